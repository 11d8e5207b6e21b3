"""Reason quality on the example graph (and the second-domain music graph when it exists).

Explains N recommended pairs (the built-in recommender's top three per user) and N random pairs
and measures the texts (see :mod:`kgexplain.evaluation.reasons`), on each graph as loaded and
again with the recommender's collaborative ``co_liked`` relation added
(:func:`kgexplain.recommend.add_co_liked`; ``min_support`` 10 on the example graph, 3 on the small
synthetic music graph, where no item pair has 10 shared fans). The last stdout line is one JSON
object: ``<graph>`` (as loaded) and ``<graph>+co_liked`` per graph. ``--relation-factors`` measures
the example graph with a reader prior on relations (:class:`kgexplain.PathScorer`), not the default.

    python benchmarks/bench_reasons.py --n 200 --verbalizer seq2seq
"""

from __future__ import annotations

import argparse
import json
import logging
import time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="recommended and random pairs each")
    ap.add_argument("--verbalizer", default="seq2seq", choices=["seq2seq", "template"])
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-music", action="store_true", help="skip the second-domain graph")
    ap.add_argument("--co-liked", default="both", choices=["both", "off", "only"],
                    help="measure the graphs as loaded, with co_liked edges added, or both")
    ap.add_argument("--min-support", type=int, default=10,
                    help="co_liked min_support on the example graph")
    ap.add_argument("--music-min-support", type=int, default=3,
                    help="co_liked min_support on the music graph (few synthetic listeners)")
    ap.add_argument("--relation-factors", default=None, metavar="JSON",
                    help='a reader prior for PathScorer(relation_factors=...) on the example '
                         'graph, e.g. \'{"starring": 3, "directed_by": 1.5}\' (default: none)')
    args = ap.parse_args()
    factors = json.loads(args.relation_factors) if args.relation_factors else None
    logging.basicConfig(level=logging.WARNING)

    import kgexplain as kgx
    from kgexplain.evaluation.reasons import evaluate_reasons

    loaders = [("movielens_small", kgx.KnowledgeGraph.example, args.min_support)]
    if not args.no_music:
        try:
            from kgexplain.datasets.music import music_graph
        except ImportError:
            print("music graph not available (kgexplain.datasets.music): skipped")
        else:
            loaders.append(("music", music_graph, args.music_min_support))
    variants = {"both": (False, True), "off": (False,), "only": (True,)}[args.co_liked]
    out: dict = {"n": args.n, "verbalizer": args.verbalizer, "seed": args.seed,
                 "relation_factors": factors}
    for name, load, min_support in loaders:
        for co in variants:
            kg = load()
            key = name
            extra: dict = {}
            if co:
                from kgexplain.recommend import add_co_liked

                key = f"{name}+co_liked"
                extra = {"co_liked_min_support": min_support,
                         "co_liked_edges": add_co_liked(kg, min_support=min_support)}
            explainer = None
            if factors and name == "movielens_small":
                explainer = kgx.Explainer(kg, verbalizer=args.verbalizer, path_finder=kgx.PathFinder(
                    kg, scorer=kgx.PathScorer(relation_factors=factors)))
                extra["relation_factors"] = factors
            t0 = time.perf_counter()
            res = evaluate_reasons(kg, n=args.n, verbalizer=args.verbalizer, seed=args.seed,
                                   explainer=explainer)
            for part, fig in res.items():
                print(f"[{key} / {part}]")
                for ex in fig.pop("examples", []):
                    print(f"  {ex['user']} -> {ex['item']} ({ex['source']}): {ex['text']}")
                print("  " + json.dumps(fig))
            out[key] = {**res, **extra, "seconds": round(time.perf_counter() - t0, 1)}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
