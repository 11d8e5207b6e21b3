"""How much declaring proposed cues helps on a new domain, and what it costs in false texts.

Run: ``python benchmarks/bench_cue_proposals.py [SET_DIR ...]`` (default: every kept hand-written
set in ``tests/data/sets`` with a graph of its own).

For each set's own graph, the faithful texts are split in two halves (even and odd positions).
Cues are proposed (:func:`kgexplain.consistency.propose.propose_cues`) from one half's faithful
texts, all added to the graph as a user who accepts every proposal unread would, and the other
half's faithful texts and all the set's false texts are checked with and without them; then the
halves swap. The baseline of the ratio is the graph as declared, in the same run. The halves'
texts share a writer and a graph but not a sentence, so this measures how far one writer's
wording carries to their other texts, not to a new writer. Last line: one JSON object.
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = HERE.parent / "tests" / "data" / "sets"


def _graph(module_file: Path):
    spec = importlib.util.spec_from_file_location(f"_bench_{module_file.parent.name}_{module_file.stem}", module_file)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build()


def _own_sets(dirs: list[Path]) -> list[tuple[Path, Path]]:
    out = []
    for d in dirs:
        for cases in sorted(d.glob("*.jsonl")):
            graph = d / f"{cases.stem}.py"
            graph = graph if graph.exists() else d / "graph.py"
            if cases.stem != "movies" and graph.exists():
                out.append((cases, graph))
    return out


def main(argv: list[str]) -> int:
    from kgexplain.consistency import ConsistencyChecker
    from kgexplain.consistency.propose import propose_cues, with_cues
    from kgexplain.evaluation.cases import read_cases

    dirs = [Path(a) for a in argv] or sorted(p for p in SETS.iterdir() if p.is_dir())
    sets = _own_sets(dirs)
    if not sets:
        print(json.dumps({"skipped": f"no set with a graph of its own in {[str(d) for d in dirs]}"}))
        return 0
    start = time.perf_counter()
    totals = {"faithful": 0, "accepted_before": 0, "accepted_after": 0, "false": 0,
              "false_accepted_before": 0, "false_accepted_after": 0, "proposals": 0}
    per_set = {}
    for cases_file, graph_file in sets:
        cases = read_cases(cases_file)
        faithful = [c for c in cases if c.faithful]
        false = [c for c in cases if not c.faithful]
        row = dict.fromkeys(totals, 0)
        for fold in (0, 1):
            seen = [c for i, c in enumerate(faithful) if i % 2 == fold]
            unseen = [c for i, c in enumerate(faithful) if i % 2 != fold]
            plain = ConsistencyChecker(_graph(graph_file), rating_threshold=4.0)
            proposals = propose_cues(plain, [(c.text, c.evidence, c.user) for c in seen])
            cued = ConsistencyChecker(with_cues(_graph(graph_file), proposals), rating_threshold=4.0)
            for name, checker in (("before", plain), ("after", cued)):
                ok = checker.check_many([(c.text, c.evidence, c.user) for c in unseen])
                bad = checker.check_many([(c.text, c.evidence, c.user) for c in false])
                row[f"accepted_{name}"] += sum(v.supported for v in ok)
                row[f"false_accepted_{name}"] += sum(v.supported for v in bad)
            row["faithful"] += len(unseen)
            row["false"] += len(false)
            row["proposals"] += len(proposals)
        per_set[f"{cases_file.parent.name}/{cases_file.stem}"] = row
        for k in totals:
            totals[k] += row[k]
        print(f"{cases_file.parent.name}/{cases_file.stem}: unseen faithful accepted "
              f"{row['accepted_before']} -> {row['accepted_after']} of {row['faithful']}, "
              f"false accepted {row['false_accepted_before']} -> {row['false_accepted_after']} "
              f"of {row['false']} ({row['proposals']} proposals)", flush=True)
    result = {
        "sets": len(per_set),
        **totals,
        "accepted_share_before": round(totals["accepted_before"] / totals["faithful"], 4),
        "accepted_share_after": round(totals["accepted_after"] / totals["faithful"], 4),
        "ratio_after_before": round(totals["accepted_after"] / max(1, totals["accepted_before"]), 3),
        "false_accepted_share_after": round(totals["false_accepted_after"] / totals["false"], 4),
        "seconds": round(time.perf_counter() - start, 1),
        "note": "two folds per set: cues proposed from half of a writer's faithful texts, every "
                "proposal accepted unread; counted on the other half and on all false texts",
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
