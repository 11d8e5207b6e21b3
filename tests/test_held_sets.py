"""Regression sets kept from earlier rounds: every false text of each set stays rejected.

* ``tests/data/sets/<name>/``: hand-written sets, each with its graphs declared in code
  (``<graph>.py`` with ``build()``) and cases (``<graph>.jsonl``, or ``movies.jsonl`` on the shipped
  example graph) in the :class:`~kgexplain.evaluation.cases.Case` format: dev sets written for
  development, and blind sets written without sight of the checker and read after their runs.
* ``tests/redteam/rt*.py``: red-team scripts, each printing ``accepted N of M`` (false texts it
  got accepted) as its last line. Some build their graphs with the functions of
  ``tests/test_consistency_domain_words.py``: change those graphs and their texts may turn true.

What share of the faithful texts is accepted is measured (README), not asserted here.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker
from kgexplain.evaluation.cases import read_cases

_HERE = Path(__file__).resolve().parent
_SETS = sorted((p, j) for p in (_HERE / "data" / "sets").iterdir() if p.is_dir() for j in sorted(p.glob("*.jsonl")))
_RED_TEAMS = sorted((_HERE / "redteam").glob("rt*.py"))


def _graph(set_dir: Path, cases_file: Path) -> kgx.KnowledgeGraph:
    if cases_file.stem == "movies":
        return kgx.KnowledgeGraph.example()
    module_file = set_dir / (f"{cases_file.stem}.py" if (set_dir / f"{cases_file.stem}.py").exists() else "graph.py")
    spec = importlib.util.spec_from_file_location(f"_set_{set_dir.name}_{module_file.stem}", module_file)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build()


@pytest.mark.parametrize("set_dir, cases_file", _SETS, ids=[f"{p.name}/{j.name}" for p, j in _SETS])
def test_no_false_text_of_a_kept_set_is_accepted(set_dir, cases_file):
    cases = read_cases(cases_file)
    checker = ConsistencyChecker(_graph(set_dir, cases_file), rating_threshold=4.0).build()
    false = [c for c in cases if not c.faithful]
    assert false, f"{cases_file} has no false texts"
    verdicts = checker.check_many([(c.text, c.evidence, c.user) for c in false])
    accepted = [c.text for c, v in zip(false, verdicts) if v.supported]
    assert not accepted, accepted


@pytest.mark.parametrize("script", _RED_TEAMS, ids=[p.stem for p in _RED_TEAMS])
def test_a_red_team_gets_no_false_text_accepted(script):
    env = {**os.environ, "CODE": str(_HERE.parent)}
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    last = proc.stdout.strip().splitlines()[-1]
    assert last.startswith("accepted 0 of "), "\n".join(
        line for line in proc.stdout.splitlines() if line.startswith("ACCEPTED"))[-3000:] or last
