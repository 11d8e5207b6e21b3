"""Regression sets kept from earlier rounds: every false text of each set stays rejected.

* ``tests/data/sets/<name>/``: hand-written sets, each with its graphs declared in code
  (``<graph>.py`` with ``build()``) and cases (``<graph>.jsonl``, or ``movies.jsonl`` on the shipped
  example graph) in the :class:`~kgexplain.evaluation.cases.Case` format: dev sets written for
  development, and blind sets written without sight of the checker and read after their runs.
* ``tests/redteam/rt*.py``: red-team scripts, each printing ``accepted N of M`` (false texts it
  got accepted) as its last line; run in this process, as ``__main__`` (each stays runnable
  alone). Some build their graphs with the functions of ``tests/test_consistency_domain_words.py``:
  change those graphs and their texts may turn true.

What share of the faithful texts is accepted is measured (README); here, each faithful text a
kept set's checker accepted when the set's baseline (``tests/data/sets/accepted_faithful.json``)
was last written must stay accepted, so a reading that loses one fails the suite (a new reading
that gains texts leaves it green; rewrite the baseline with ``KGEXPLAIN_WRITE_BASELINE=1`` and
``-n 0``, in one process). Each
graph's checker is built once for all its sets' tests.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import io
import json
import os
import runpy
from pathlib import Path

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker
from kgexplain.evaluation.cases import read_cases

_HERE = Path(__file__).resolve().parent
_SETS = sorted((p, j) for p in (_HERE / "data" / "sets").iterdir() if p.is_dir() for j in sorted(p.glob("*.jsonl")))
_RED_TEAMS = sorted((_HERE / "redteam").glob("rt*.py"))
_BASELINE = _HERE / "data" / "sets" / "accepted_faithful.json"


def _checker(set_dir: Path, cases_file: Path) -> ConsistencyChecker:
    """The checker of a set's graph, built once for both tests of the set (the example graph's
    once for every set's movie texts)."""
    if cases_file.stem == "movies":
        return _built("example")
    module_file = set_dir / (f"{cases_file.stem}.py" if (set_dir / f"{cases_file.stem}.py").exists() else "graph.py")
    return _built(str(module_file))


@functools.lru_cache(maxsize=None)
def _built(module_file: str) -> ConsistencyChecker:
    if module_file == "example":
        kg = kgx.KnowledgeGraph.example()
    else:
        path = Path(module_file)
        spec = importlib.util.spec_from_file_location(f"_set_{path.parent.name}_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        kg = module.build()
    return ConsistencyChecker(kg, rating_threshold=4.0).build()


@pytest.mark.parametrize("set_dir, cases_file", _SETS, ids=[f"{p.name}/{j.name}" for p, j in _SETS])
def test_no_false_text_of_a_kept_set_is_accepted(set_dir, cases_file):
    cases = read_cases(cases_file)
    checker = _checker(set_dir, cases_file)
    false = [c for c in cases if not c.faithful]
    assert false, f"{cases_file} has no false texts"
    verdicts = checker.check_many([(c.text, c.evidence, c.user) for c in false])
    accepted = [c.text for c, v in zip(false, verdicts) if v.supported]
    assert not accepted, accepted


@pytest.mark.parametrize("script", _RED_TEAMS, ids=[p.stem for p in _RED_TEAMS])
def test_a_red_team_gets_no_false_text_accepted(script):
    # in this process (the scripts are self-contained; a Python start and imports each cost seconds)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        runpy.run_path(str(script), run_name="__main__")
    lines = out.getvalue().strip().splitlines()
    last = lines[-1]
    assert last.startswith("accepted 0 of "), "\n".join(
        line for line in lines if line.startswith("ACCEPTED"))[-3000:] or last


@pytest.mark.parametrize("set_dir, cases_file", _SETS, ids=[f"{p.name}/{j.name}" for p, j in _SETS])
def test_no_faithful_text_once_accepted_is_lost(set_dir, cases_file):
    key = f"{set_dir.name}/{cases_file.name}"
    cases = [c for c in read_cases(cases_file) if c.faithful]
    checker = _checker(set_dir, cases_file)
    verdicts = checker.check_many([(c.text, c.evidence, c.user) for c in cases])
    accepted = sorted(c.id for c, v in zip(cases, verdicts) if v.supported)
    baseline = json.loads(_BASELINE.read_text()) if _BASELINE.exists() else {}
    if os.environ.get("KGEXPLAIN_WRITE_BASELINE"):
        if os.environ.get("PYTEST_XDIST_WORKER"):  # (workers would overwrite each other's keys)
            pytest.fail("write the baseline in one process: add -n 0")
        baseline[key] = accepted
        _BASELINE.write_text(json.dumps(dict(sorted(baseline.items())), indent=1) + "\n")
        return
    assert key in baseline, f"no baseline for {key}: run with KGEXPLAIN_WRITE_BASELINE=1"
    lost = sorted(set(baseline[key]) - set(accepted))
    assert not lost, [c.text for c in cases if c.id in lost]
