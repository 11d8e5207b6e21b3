"""Benchmark: kgexplain's Recommender next to most-popular, ItemKNN (cosine) and EASE.

One command::

    python benchmarks/bench_recommend.py            # example graph, then ML-1M + DBpedia
    python benchmarks/bench_recommend.py --datasets example

Datasets and splits:

* **example**: ``kgexplain.KnowledgeGraph.example()`` (ml-latest-small dev ratings + DBpedia). The
  latest 10% of each user's interactions are held back as the validation set
  (:func:`kgexplain.recommend.splits.split_latest`); every model fits on the rest.
* **ml1m**: ML-1M + DBpedia from ``../shared/data/ml1m-dbpedia-kg`` (``benchmarks/_ml1m.py``): fit
  on the PEARLM train split, evaluate on its valid split. Skipped, with a message, when absent.

Relevance is binary: every held-out interaction is relevant, whatever its rating.

**Tuning** never looks at the validation figures: the latest 10% of each user's *training*
interactions are carved out as a tuning split, every model's hyper-parameters are chosen by
NDCG@10 on it (kgexplain: EASE L2, weight of non-positive interactions, recency half-life,
attribute weight; EASE: L2; ItemKNN: neighbours), and the chosen settings are refitted on the full
training part and evaluated once on the validation set.

Reported per model: NDCG@10, Recall@10, HR@10 (standard), the PEARLM-repository NDCG@10 (ideal
DCG = the list's own hits reordered; the published PGPR 0.28, CAFE 0.21, UCPR 0.26, PLM-Rec 0.27,
KGGLM 0.41 on ML-1M use it, on PEARLM's *test* split, which is held out here, so the comparison is
indicative), catalogue coverage, mean popularity rank, explainable share (top-10 items with a path
of at most 3 hops the path finder finds), fit seconds and single-user recommend p50 in ms.
Also: the share of kgexplain's unfiltered top-10 dropped for lack of a path, and explanation
coverage (share of recommended pairs with a path) without and with the ``co_liked`` relation, on
each dataset and on the music graph (``kgexplain.datasets.music``) when it exists.

The last stdout line is one JSON object with every figure.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path
from typing import Any, Callable

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import kgexplain as kgx  # noqa: E402
from kgexplain.recommend import Recommender, add_co_liked  # noqa: E402
from kgexplain.recommend.baselines import EASE, ItemKNN, MostPopular, top_k  # noqa: E402
from kgexplain.recommend.evaluation import evaluate_rankings, popularity_ranks  # noqa: E402
from kgexplain.recommend.explainability import PathIndex  # noqa: E402
from kgexplain.recommend.interactions import Interactions, interactions_from_graph  # noqa: E402
from kgexplain.recommend.splits import split_latest  # noqa: E402

logger = logging.getLogger("bench_recommend")

K = 10
L2_GRID = (100.0, 250.0, 500.0, 1000.0, 2000.0)
NONPOSITIVE_GRID = (0.5, 1.0)
RECENCY_GRID = (None, 2.0, 3.0, 5.0, 10.0)
ATTRIBUTE_GRID = (0.0, 0.03, 0.1, 0.3)
NEIGHBOR_GRID = (50, 100, 200)


def say(*args: Any) -> None:
    print(*args, flush=True)


# --------------------------------------------------------------------------- evaluation helpers
class Split:
    """A training graph, its interactions and a held-out set, with cached evaluation context."""

    def __init__(self, train: kgx.KnowledgeGraph, held: dict[str, set[str]]) -> None:
        self.train = train
        self.x: Interactions = interactions_from_graph(train)
        self.users = sorted(u for u, rel in held.items() if rel and u in self.x.user_index)
        self.held = {u: held[u] for u in self.users}
        self.rows = np.array([self.x.user_index[u] for u in self.users], dtype=np.int64)
        self.pop_rank = popularity_ranks(dict(zip(self.x.items, self.x.item_counts())))

    def report(self, rankings: dict[str, list[str]]) -> dict[str, Any]:
        return evaluate_rankings(rankings, self.held, K, len(self.x.items), self.pop_rank).to_dict()

    def rank_scores(self, scores: np.ndarray) -> dict[str, list[str]]:
        top = top_k(scores, self.x.seen[self.rows], K)
        return {u: [self.x.items[j] for j in t] for u, t in zip(self.users, top)}

    def ndcg(self, scores: np.ndarray) -> float:
        return self.report(self.rank_scores(scores))[f"ndcg@{K}"]


def explainable_share(index: PathIndex, rankings: dict[str, list[str]]) -> float:
    ok = total = 0
    for user, items in rankings.items():
        if items:
            ok += int(index.reachable(user, items).sum())
            total += len(items)
    return ok / total if total else 0.0


def p50_ms(call: Callable[[str], Any], users: list[str]) -> float:
    times = []
    for u in users:
        t0 = time.perf_counter()
        call(u)
        times.append((time.perf_counter() - t0) * 1000)
    return float(np.median(times))


# --------------------------------------------------------------------------- tuning
def tune_ours(tune: Split) -> dict[str, Any]:
    implicit = tune.x.positive.nnz == tune.x.seen.nnz  # every interaction positive: weight moot
    best: tuple[float, dict[str, Any]] = (-1.0, {})
    for l2 in L2_GRID:
        for npw in (1.0,) if implicit else NONPOSITIVE_GRID:
            rec = Recommender(l2=l2, nonpositive_weight=npw).fit(tune.train)
            for h in RECENCY_GRID:
                for beta in ATTRIBUTE_GRID:
                    rec.recency_half_life, rec.attribute_weight = h, beta
                    score = tune.ndcg(rec.scores(tune.users))
                    params = {"l2": l2, "nonpositive_weight": npw, "recency_half_life": h,
                              "attribute_weight": beta}
                    if score > best[0]:
                        best = (score, params)
            logger.info("tuned l2=%s npw=%s: best so far %.4f %s", l2, npw, *best)
    say(f"  kgexplain tuned: {best[1]} (tuning NDCG@{K} {best[0]:.4f})")
    return best[1]


def tune_baseline(tune: Split, make: Callable[[Any], Any], grid: tuple, name: str) -> Any:
    best: tuple[float, Any] = (-1.0, grid[0])
    for value in grid:
        model = make(value).fit(tune.x)
        score = tune.ndcg(model.scores(tune.rows))
        if score > best[0]:
            best = (score, value)
    say(f"  {name} tuned: {best[1]} (tuning NDCG@{K} {best[0]:.4f})")
    return best[1]


# --------------------------------------------------------------------------- one dataset
def run_dataset(name: str, train: kgx.KnowledgeGraph, held: dict[str, set[str]], p50_users: int) -> dict[str, Any]:
    say(f"\n== {name}: {train!r}")
    t0 = time.perf_counter()
    val = Split(train, held)
    tune_train, tune_held = split_latest(train, 0.1)
    tune = Split(tune_train, tune_held)
    say(f"  validation users {len(val.users)}, held-out interactions "
        f"{sum(len(v) for v in val.held.values())}; tuning users {len(tune.users)}")
    params = tune_ours(tune)
    lam = tune_baseline(tune, lambda v: EASE(lam=v), L2_GRID, "EASE lambda")
    nbrs = tune_baseline(tune, lambda v: ItemKNN(neighbors=v), NEIGHBOR_GRID, "ItemKNN neighbors")
    del tune, tune_train
    index = PathIndex.from_graph(train)
    rng = np.random.default_rng(0)
    timing_users = [val.users[i] for i in rng.choice(len(val.users), min(p50_users, len(val.users)), replace=False)]
    out: dict[str, Any] = {"tuned": {"kgexplain": params, "ease_lambda": lam, "itemknn_neighbors": nbrs}}
    models: dict[str, Any] = {}

    for label, model in (("most-popular", MostPopular()), ("itemknn", ItemKNN(neighbors=nbrs)),
                         ("ease", EASE(lam=lam))):
        t = time.perf_counter()
        model.fit(val.x)
        fit_s = time.perf_counter() - t
        rankings = val.rank_scores(model.scores(val.rows))
        row = val.report(rankings)

        def one(u: str, model=model) -> Any:
            r = np.array([val.x.user_index[u]])
            return top_k(model.scores(r), val.x.seen[r], K)

        row.update(explainable_share=round(explainable_share(index, rankings), 4),
                   fit_s=round(fit_s, 2), recommend_p50_ms=round(p50_ms(one, timing_users), 3))
        models[label] = row
        say(f"  {label:<22} {_line(row)}")

    t = time.perf_counter()
    rec = Recommender(**params).fit(train)
    fit_s = time.perf_counter() - t
    lists = rec.recommend_many(val.users, K)
    rankings = {u: [i for i, _ in items] for u, items in zip(val.users, lists)}
    row = val.report(rankings)
    short = sum(1 for items in lists if len(items) < K)
    row.update(explainable_share=round(explainable_share(index, rankings), 4), fit_s=round(fit_s, 2),
               recommend_p50_ms=round(p50_ms(lambda u: rec.recommend(u, K), timing_users), 3),
               dropped_share=round(rec.dropped_share, 5), users_short_of_k=short)
    models["kgexplain"] = row
    say(f"  {'kgexplain':<22} {_line(row)}  dropped {row['dropped_share']:.4f}, short lists {short}")

    # ablations (same fitted model, settings read at scoring time; no path filter)
    for label, change in (("kgexplain unfiltered", {}),
                          ("kgexplain no recency", {"recency_half_life": None}),
                          ("kgexplain no attributes", {"attribute_weight": 0.0})):
        saved = {key: getattr(rec, key) for key in change}
        for key, value in change.items():
            setattr(rec, key, value)
        ranked = val.rank_scores(rec.scores(val.users))
        for key, value in saved.items():
            setattr(rec, key, value)
        row = val.report(ranked)
        row["explainable_share"] = round(explainable_share(index, ranked), 4)
        models[label] = row
        say(f"  {label:<22} {_line(row)}")
    out["models"] = models

    # explanation coverage of the unfiltered picks, without and with co_liked
    unfiltered = val.rank_scores(rec.scores(val.users))
    before = explainable_share(index, unfiltered)
    t = time.perf_counter()
    n_edges = add_co_liked(train, min_support=10)
    co_s = time.perf_counter() - t
    after = explainable_share(PathIndex.from_graph(train), unfiltered)
    out["co_liked"] = _co_liked_summary(train, before, after, n_edges, co_s, 10)
    say(f"  co_liked: {n_edges} edges in {co_s:.1f} s; coverage of unfiltered top-{K}: "
        f"{before:.4f} -> {after:.4f}")
    out["seconds"] = round(time.perf_counter() - t0, 1)
    return out


def _co_liked_summary(kg: kgx.KnowledgeGraph, before: float, after: float, n: int, secs: float,
                      min_support: int) -> dict[str, Any]:
    touching_users = sum(
        1 for t in kg.triples("co_liked")
        if kg.entity(t.head).kind == "user" or kg.entity(t.tail).kind == "user"
    )
    return {"min_support": min_support, "edges": n, "seconds": round(secs, 2),
            "coverage_without": round(before, 4), "coverage_with": round(after, 4),
            "edges_touching_users": touching_users}


def _line(row: dict[str, Any]) -> str:
    keys = (f"ndcg@{K}", f"pearlm_ndcg@{K}", f"recall@{K}", f"hr@{K}", "catalogue_coverage",
            "mean_popularity_rank", "explainable_share", "fit_s", "recommend_p50_ms")
    return "  ".join(f"{k.split('@')[0]} {row[k]}" for k in keys if k in row)


def run_music() -> dict[str, Any] | None:
    try:
        from kgexplain.datasets.music import music_graph
    except ImportError:
        say("\n== music: kgexplain/datasets/music.py is absent; skipped")
        return None
    kg = music_graph()
    say(f"\n== music (coverage only): {kg!r}")
    rec = Recommender(require_path=False).fit(kg)
    users = kg.users()
    lists = rec.recommend_many(users, K)
    ranked = {u: [i for i, _ in items] for u, items in zip(users, lists)}
    before = explainable_share(PathIndex.from_graph(kg), ranked)
    out = {}
    for support in (10, 5, 3):
        copy = music_graph()
        t = time.perf_counter()
        n = add_co_liked(copy, min_support=support)
        after = explainable_share(PathIndex.from_graph(copy), ranked)
        out[f"min_support_{support}"] = _co_liked_summary(copy, before, after, n, time.perf_counter() - t, support)
        say(f"  co_liked min_support={support}: {n} edges; coverage of top-{K}: {before:.4f} -> {after:.4f}")
    return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--datasets", default="example,ml1m", help="comma-separated: example, ml1m")
    ap.add_argument("--p50-users", type=int, default=200, help="users timed one by one")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    result: dict[str, Any] = {"k": K, "datasets": {}}
    wanted = [d.strip() for d in args.datasets.split(",") if d.strip()]
    if "example" in wanted:
        train, held = split_latest(kgx.KnowledgeGraph.example(), 0.1)
        result["datasets"]["example"] = run_dataset("example (ml-latest-small + DBpedia)", train, held,
                                                    args.p50_users)
    if "ml1m" in wanted:
        from _ml1m import DEFAULT_DATA_DIR, load_ml1m_kg, load_ml1m_valid

        kg = load_ml1m_kg()
        valid = load_ml1m_valid()
        if kg is None or valid is None:
            say(f"\n== ml1m: data not found under {DEFAULT_DATA_DIR}; skipped")
            result["datasets"]["ml1m"] = {"skipped": f"no data under {DEFAULT_DATA_DIR}"}
        else:
            held: dict[str, set[str]] = {}
            for user, item, _ in valid:
                held.setdefault(user, set()).add(item)
            result["datasets"]["ml1m"] = run_dataset("ml1m + DBpedia (PEARLM train -> valid)", kg, held,
                                                     args.p50_users)
    result["music"] = run_music()
    print(json.dumps(result, sort_keys=True))
    return result


if __name__ == "__main__":
    main()
