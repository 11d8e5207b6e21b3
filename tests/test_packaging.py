"""The built wheel carries the example graph, templates and model: a user who pip-installs it
can load the example graph."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_example_graph_loads_from_built_wheel(tmp_path):
    # built from a copy without build/: setuptools would add stale files from an old build/lib
    # (a flat module left beside the package that replaced it) to the wheel
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".git", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis", "runs"))
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(source)],
        check=True,
    )
    (wheel,) = wheels.glob("kgexplain-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for module in ("verbalize/template.py", "verbalize/seq2seq.py", "retrieval/index.py",
                   "retrieval/retriever.py"):
        assert f"kgexplain/{module}" in names
    packages = {n.split("/")[1] for n in names if n.count("/") == 2 and n.endswith("/__init__.py")}
    assert not sorted(p for p in packages if f"kgexplain/{p}.py" in names)
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)],
        check=True,
    )
    code = (
        "import kgexplain, kgexplain.verbalize.template, kgexplain.retrieval.index, sys; "
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
