"""``kgexplain evaluate checker``: the three measurements of the consistency checker in one report.

1. the adversarial suite (:mod:`kgexplain.evaluation.suite`) on the example and music graphs,
   dev and held-out, with checks/s on one process;
2. WebNLG dev references and their corruptions (:mod:`kgexplain.evaluation.webnlg`), skipped
   with a message when the corpus is absent;
3. optionally (``audit_pairs``), the Explainer audit (:mod:`kgexplain.evaluation.audit`): random
   pairs explained with the default stages, every accepted sentence read by an independent
   verifier (slow: it runs the seq2seq model).
"""

from __future__ import annotations

import time
from pathlib import Path as FsPath
from typing import Any

from kgexplain.evaluation._checkers import checker_description, checker_factory

__all__ = ["evaluate_checker"]


def _goals(suite: dict[str, Any], web: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, block in suite["graphs"].items():
        dev = block.get("dev")
        if dev is None:  # a held-out-only graph (blind2): figures, no goals
            continue
        out[name] = {
            "recall_overall>=0.99": dev["recall_overall"] is not None and dev["recall_overall"] >= 0.99,
            "recall_every_category>=0.97": all(b["recall"] >= 0.97 for b in dev["recall"].values()),
            "paraphrase_false_reject<=0.10": (dev["false_reject"].get("paraphrase", {})
                                              .get("false_reject_rate", 0) or 0) <= 0.10,
            "template_false_reject==0": (dev["false_reject"].get("template", {})
                                         .get("false_reject_rate", 0) or 0) == 0,
        }
    if "accepted_share" in web:
        out["webnlg"] = {"accepted>=0.80": web["accepted_share"] >= 0.80,
                         "corrupted_rejected>=0.99": (web["corrupted_rejected_share"] or 0) >= 0.99}
    return out


def evaluate_checker(*, checker_module: str | FsPath | None = None, seed: int = 0,
                     rating_threshold: float = 4.0, webnlg_dir: str | FsPath | None = None,
                     webnlg_limit: int | None = None, audit_pairs: tuple[int, int] = (0, 0),
                     examples: int = 3) -> dict[str, Any]:
    """Run the measurements and return one JSON-ready report.

    Args:
        checker_module: a ``.py`` file defining ``ConsistencyChecker`` to measure instead of
            ``kgexplain.consistency`` (for before/after comparisons).
        audit_pairs: pairs to explain and audit on the example and music graphs (0: skip).
    """
    from kgexplain.evaluation.suite import evaluate_suite, load_graphs
    from kgexplain.evaluation.webnlg import evaluate_webnlg

    factory = checker_factory(checker_module, rating_threshold=rating_threshold)
    graphs = load_graphs()
    t0 = time.perf_counter()
    suite = evaluate_suite(factory, graphs=graphs, seed=seed, examples=examples)
    report: dict[str, Any] = {"checker": checker_description(checker_module), "seed": seed,
                              "rating_threshold": rating_threshold, "suite": suite}
    report["suite_s"] = round(time.perf_counter() - t0, 1)
    report["webnlg"] = evaluate_webnlg(factory, webnlg_dir, limit=webnlg_limit, seed=seed)
    if any(audit_pairs):
        from kgexplain.evaluation.audit import audit_explainer

        report["audit"] = {name: audit_explainer(graphs[name], n, seed=seed)
                           for name, n in zip(("example", "music"), audit_pairs) if n}
        if checker_module is not None:
            report["audit_note"] = "the Explainer uses its own (importable) checker"
    report["goals"] = _goals(suite, report["webnlg"])
    return report
