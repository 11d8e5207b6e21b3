"""Soak benchmark: one long export on the example graph, resident memory sampled as it goes.

Run: ``python benchmarks/bench_soak.py [--pairs 50000] [--verbalizer template|seq2seq]
[--retriever | --no-retriever] [--batch-size 64] [--out DIR]``. Needs nothing outside the package.

The pairs are the built-in recommender's picks (``Recommender().fit(kg).recommend_many``) for
every user of the example graph, as many per user as it takes to reach ``--pairs`` (610 users x
82 = 50,020 for the default), so nearly every pair is a real explanation, not a cheap error
record. One ``export_pairs`` run writes them all to JSONL in one process; a wrapper around the
journal's ``append`` (the real method, called unchanged) reads the process's current resident set
size (``VmRSS``) after each batch and keeps it at the first batch past 10,000, 25,000 and all
rows (with fewer than 50,000 pairs: past 20%, 50% and 100% of them). ``rss_start_mb`` is taken after the graph, recommender and explainer are
loaded and one warm-up batch is explained, so it includes the models.

Figures: ``rss_mb`` at each mark, ``growth_first_mark_to_end`` = (RSS at the end - RSS at the
first mark) / RSS at the first mark (goal <= 10%: the explainer's caches are bounded, so memory must go flat), ``rows_per_s``,
``errors`` and the seconds of each phase. The template verbalizer is the default so 50,000 pairs fit
in about ten minutes on two shared CPU cores; ``--verbalizer seq2seq`` soaks the shipped model.
Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import kgexplain as kgx  # noqa: E402
from kgexplain import export as export_module  # noqa: E402
from kgexplain.export import export_pairs  # noqa: E402

GOAL_GROWTH = 0.10


def rss_mb() -> float:
    """Current resident set size of this process (Linux ``/proc/self/status``)."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024.0
    return float("nan")  # pragma: no cover - not Linux


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def write_pairs(kg: kgx.KnowledgeGraph, n: int, path: Path) -> int:
    users = sorted(kg.users(), key=lambda u: int(u.split(":")[1]))
    per_user = -(-n // len(users))
    recs = kgx.Recommender().fit(kg).recommend_many(users, k=per_user)
    written = 0
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["user", "item", "rank"])
        for user, items in zip(users, recs):
            for rank, (item, _) in enumerate(items, 1):
                if written < n:
                    w.writerow([user, item, rank])
                    written += 1
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=50_000)
    ap.add_argument("--verbalizer", default="template", choices=["template", "seq2seq"])
    ap.add_argument("--retriever", action=argparse.BooleanOptionalAction, default=True,
                    help="FAISS fact retrieval (the default pipeline's retriever)")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--out", type=Path, default=None, help="folder for the pairs and the export")
    args = ap.parse_args()

    folder = args.out or Path(tempfile.mkdtemp(prefix="kgx-soak-"))
    folder.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    kg = kgx.KnowledgeGraph.example()
    pairs_csv = folder / "pairs.csv"
    n = write_pairs(kg, args.pairs, pairs_csv)
    t_pairs = time.perf_counter() - t0
    ex = kgx.Explainer(kg, verbalizer=args.verbalizer, retriever="faiss" if args.retriever else None)
    with open(pairs_csv, newline="", encoding="utf-8") as fh:
        warm = [(r["user"], r["item"]) for _, r in zip(range(args.batch_size), csv.DictReader(fh))]
    list(ex.explain_many(warm, batch_size=args.batch_size))  # load models and build the index
    t_ready = time.perf_counter() - t0
    start = rss_mb()

    marks = [10_000, 25_000, n] if n >= 50_000 else [max(1, round(n * f)) for f in (0.2, 0.5, 1.0)]
    samples: dict[int, float] = {}
    seen = {"rows": 0}
    real_append = export_module._Journal.append

    def append_and_sample(self, records):  # the real append, then a memory reading
        records = list(records)
        real_append(self, records)
        seen["rows"] += len(records)
        for m in marks:
            if m not in samples and seen["rows"] >= m:
                samples[m] = rss_mb()
                print(f"{seen['rows']:>7,} rows  rss {samples[m]:8.1f} MB", flush=True)

    export_module._Journal.append = append_and_sample
    try:
        t1 = time.perf_counter()
        summary = export_pairs(kg, pairs_csv, folder / "out.jsonl", batch_size=args.batch_size,
                               progress=False, explainer=ex, overwrite=True)
        t_export = time.perf_counter() - t1
    finally:
        export_module._Journal.append = real_append
    first, end = samples[marks[0]], samples[marks[-1]]
    growth = (end - first) / first
    result = {
        "benchmark": "soak",
        "pairs": n,
        "verbalizer": args.verbalizer,
        "retriever": "faiss" if args.retriever else None,
        "batch_size": args.batch_size,
        "rss_start_mb": round(start, 1),
        "rss_mb": {str(k): round(v, 1) for k, v in sorted(samples.items())},
        "growth_first_mark_to_end": round(growth, 4),
        "first_mark": marks[0],
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "rows_written": summary.rows_written,
        "errors": summary.errors,
        "unsupported": summary.unsupported,
        "rows_per_s": round(summary.rows_written / t_export, 1),
        "seconds": {"pairs": round(t_pairs, 1), "ready": round(t_ready - t_pairs, 1),
                    "export": round(t_export, 1)},
        "goal_growth_le": GOAL_GROWTH,
        "goal_met": growth <= GOAL_GROWTH and summary.total == n,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
