"""The built wheel carries the example graph, templates and model: a user who pip-installs it
can load the example graph."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_example_graph_loads_from_built_wheel(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(ROOT)],
        check=True,
    )
    (wheel,) = wheels.glob("kgexplain-*.whl")
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
    )
    code = (
        "import kgexplain, sys; "
        "assert kgexplain.__file__.startswith(sys.argv[1]), kgexplain.__file__; "
        "kg = kgexplain.KnowledgeGraph.example(); "
        "print(kg.num_entities, kg.num_triples, kg.relation('starring').phrase)"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True, text=True,
                         env=env, cwd=tmp_path, check=True).stdout.split()
    assert out == ["22931", "147692", "stars"]
    assert (target / "kgexplain" / "graphs" / "LICENSE-DATA.md").exists()
    assert (target / "kgexplain" / "templates" / "relations.yaml").exists()
    assert (target / "kgexplain" / "py.typed").exists()
