"""Reason quality on the example graph (and the second-domain music graph when it exists).

Explains N recommended pairs (the built-in recommender's top three per user) and N random pairs
and measures the texts (see :mod:`kgexplain.evaluation.reasons`). The last stdout line is one
JSON object.

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
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)

    import kgexplain as kgx
    from kgexplain.evaluation.reasons import evaluate_reasons

    graphs = [("movielens_small", kgx.KnowledgeGraph.example())]
    if not args.no_music:
        try:
            from kgexplain.datasets.music import music_graph
        except ImportError:
            print("music graph not available (kgexplain.datasets.music): skipped")
        else:
            graphs.append(("music", music_graph()))
    out: dict = {"n": args.n, "verbalizer": args.verbalizer, "seed": args.seed}
    for name, kg in graphs:
        t0 = time.perf_counter()
        res = evaluate_reasons(kg, n=args.n, verbalizer=args.verbalizer, seed=args.seed)
        for part, fig in res.items():
            print(f"[{name} / {part}]")
            for ex in fig.pop("examples", []):
                print(f"  {ex['user']} -> {ex['item']} ({ex['source']}): {ex['text']}")
            print("  " + json.dumps(fig))
        out[name] = res
        out[name]["seconds"] = round(time.perf_counter() - t0, 1)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
