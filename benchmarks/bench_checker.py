"""Benchmark: the consistency checker's recall, false rejects and speed.

Run: ``python benchmarks/bench_checker.py [--n 500] [--webnlg-limit 1000] [--no-seq2seq]
[--checker-module old_checker.py] [--audit 300,150] [--suite-only]``.

First the adversarial suite of :mod:`kgexplain.evaluation` (``kgexplain evaluate checker``:
recall per unfaithful category and false rejects per faithful one on the example and music
graphs, dev and held-out; WebNLG dev references and their corruptions; optionally the Explainer
audit), then the older corruption benchmark below.

Runs :func:`kgexplain.evaluation.corrupted.evaluate_corrupted` on the shipped example graph (recall per
error kind on a corrupted set, false rejects on template / seq2seq texts and on WebNLG dev
references when ``../shared/data/webnlg`` is there) and on a books graph declared in code
(``tests/data/bookshelf.py``) that the checker has never seen. Speed is measured twice: one
process (``checks_per_s`` in each report) and two forked worker processes sharing the built
matchers (``throughput_2_processes``). Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import multiprocessing as mp
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

_WORK: dict = {}


def _check_chunk(bounds: tuple[int, int]) -> int:
    checker, items = _WORK["checker"], _WORK["items"]
    lo, hi = bounds
    checker.check_many(items[lo:hi])
    return hi - lo


def throughput(kg, n_texts: int = 4000, processes: int = 2, seed: int = 0) -> dict:
    """Checks/s of ``processes`` forked workers over faithful template texts."""
    from kgexplain.evaluation.sampling import sample_cases
    from kgexplain.consistency import ConsistencyChecker
    from kgexplain.verbalize import TemplateVerbalizer

    checker = ConsistencyChecker(kg).build()
    tv = TemplateVerbalizer(kg)
    items = []
    for case in sample_cases(kg, n_texts // 4, seed=seed):
        evidence = tuple(case["path"].hops) + tuple(case["facts"])
        for text in tv.explain_candidates(kg, [case["path"]], case["facts"], n=4):
            items.append((text, evidence, case["user"]))
    items = items[:n_texts]
    _WORK.update(checker=checker, items=items)
    step = (len(items) + processes - 1) // processes
    chunks = [(i, min(len(items), i + step)) for i in range(0, len(items), step)]
    ctx = mp.get_context("fork")
    t0 = time.perf_counter()
    with ctx.Pool(processes) as pool:
        done = sum(pool.map(_check_chunk, chunks))
    wall = time.perf_counter() - t0
    return {"processes": processes, "texts": done, "wall_s": round(wall, 2),
            "checks_per_s": round(done / wall, 1), "cpu_count": os.cpu_count()}


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500, help="paths sampled on the example graph")
    parser.add_argument("--n-books", type=int, default=300, help="paths sampled on the books graph")
    parser.add_argument("--webnlg", default=str(HERE.parent.parent / "shared" / "data" / "webnlg"))
    parser.add_argument("--webnlg-limit", type=int, default=None,
                        help="at most this many WebNLG dev references (default: all)")
    parser.add_argument("--no-seq2seq", action="store_true")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--checker-module", default=None,
                        help="a .py file defining ConsistencyChecker to measure in the suite")
    parser.add_argument("--audit", default="0,0", help="pairs to audit on example,music (slow)")
    parser.add_argument("--suite-only", action="store_true", help="skip the older benchmark")
    args = parser.parse_args(argv)

    from kgexplain.evaluation.checker import evaluate_checker as evaluate_suite

    webnlg_dir = Path(args.webnlg)
    pairs = tuple(int(x) for x in args.audit.split(","))
    suite = evaluate_suite(checker_module=args.checker_module, seed=args.seed,
                           webnlg_dir=webnlg_dir if webnlg_dir.is_dir() else None,
                           webnlg_limit=args.webnlg_limit, audit_pairs=(pairs + (0, 0))[:2])
    suite_summary = {
        "checker": suite["checker"],
        "graphs": {g: {split: {"recall_overall": b[split]["recall_overall"],
                               "false_reject_overall": b[split]["false_reject_overall"],
                               "recall": {k: v["recall"] for k, v in b[split]["recall"].items()},
                               "false_reject": {k: v["false_reject_rate"]
                                                for k, v in b[split]["false_reject"].items()}}
                       for split in ("dev", "heldout") if split in b}
                   for g, b in suite["suite"]["graphs"].items()},
        "checks_per_s_1_process": {g: v["checks_per_s"] for g, v in suite["suite"]["speed"].items()},
        "webnlg": {k: suite["webnlg"].get(k) for k in ("accepted_share", "corrupted_rejected_share",
                                                       "lexicon", "skipped") if k in suite["webnlg"]},
        "goals": suite["goals"],
    }
    if "audit" in suite:
        suite_summary["audit"] = {g: {k: a[k] for k in ("accepted", "seq2seq_share_of_accepted",
                                                         "sentences")} | {
            "false_sentences": len(a["false_sentences"])} for g, a in suite["audit"].items()}
    if args.suite_only:
        return {"benchmark": "checker", "suite": suite_summary, "details": {"suite": suite}}

    import kgexplain as kgx
    from kgexplain.evaluation.corrupted import evaluate_corrupted

    webnlg = Path(args.webnlg)
    t0 = time.perf_counter()
    kg = kgx.KnowledgeGraph.example()
    load_s = time.perf_counter() - t0
    example = evaluate_corrupted(
        kg, n=args.n, seed=args.seed, webnlg_dir=webnlg if webnlg.is_dir() else None,
        webnlg_limit=args.webnlg_limit, seq2seq=not args.no_seq2seq,
    )
    example["graph_load_s"] = round(load_s, 2)
    example["throughput_2_processes"] = throughput(kg, seed=args.seed)

    spec = importlib.util.spec_from_file_location("bookshelf", HERE.parent / "tests" / "data" / "bookshelf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    books = evaluate_corrupted(module.build(), n=args.n_books, seed=args.seed, seq2seq=False,
                             webnlg_limit=0)

    def summary(report: dict) -> dict:
        out = {
            "recall": {k: v["recall"] for k, v in report["recall"].items()},
            "n": {k: v["n"] for k, v in report["recall"].items()},
            "false_reject": {k: v.get("false_reject_rate", v.get("skipped"))
                             for k, v in report["false_reject"].items()},
            "checks_per_s_1_process": report["checks_per_s"],
        }
        s2s = report["false_reject"].get("seq2seq", {})
        if "faithful" in s2s:
            out["seq2seq"] = {"outputs": s2s["outputs"], "judged_faithful": s2s["judged_faithful"],
                              "accepted_share_all_outputs": s2s["accepted_share_all_outputs"]}
        return out

    result = {
        "benchmark": "checker",
        "suite": suite_summary,
        "example": summary(example),
        "example_throughput_2_processes": example["throughput_2_processes"],
        "books_user_declared": summary(books),
        "details": {"suite": suite, "example": example, "books": books},
    }
    return result


if __name__ == "__main__":
    res = main()
    details = res.pop("details")
    print(json.dumps(details, indent=1))
    print(json.dumps(res))
