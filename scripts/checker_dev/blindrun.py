"""blindrun.py DIR TAG [-v]: accepted faithful / false texts per file of a blind set."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import checker, read_cases, set_files, why  # noqa: E402


def main(folder: str, tag: str, verbose: bool) -> None:
    result = {}
    for cases_file, graph in set_files(folder):
        cases = read_cases(cases_file)
        verdicts = checker(graph).check_many([(c.text, c.evidence, c.user) for c in cases])
        faithful = [(c, v) for c, v in zip(cases, verdicts) if c.faithful]
        false = [(c, v) for c, v in zip(cases, verdicts) if not c.faithful]
        wrong = [c.id for c, v in false if v.supported]
        result[cases_file.stem] = {"faithful_accepted": sum(v.supported for _, v in faithful),
                                   "faithful": len(faithful), "false_accepted": len(wrong),
                                   "false": len(false), "false_ids": wrong}
        if verbose:
            for c, v in faithful:
                if not v.supported:
                    print(f"REJ {c.id} [{c.category}] {c.text}\n    -> {why(v)[:400]}")
            for c, v in false:
                if v.supported:
                    print(f"FALSE-ACC {c.id} [{c.category}] {c.text}")
    print(json.dumps({"tag": tag, **result}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], "-v" in sys.argv)
