"""The architecture as a checked contract: import-linter's layers and ruff's error rules.

The contracts live in ``pyproject.toml`` (``[tool.importlinter]``): the checker never imports the
verbalizer or any model code, records and errors import no stage, no stage imports the pipeline,
export or the CLI, and the recommender, the path finder and the checker are independent.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: pip install '.[test]' installs it")
    return found


def test_import_contracts_are_kept():
    proc = subprocess.run([_tool("lint-imports"), "--no-cache"], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "0 broken" in proc.stdout


def test_ruff_finds_no_errors():
    proc = subprocess.run([_tool("ruff"), "check", "kgexplain", "tests", "benchmarks", "scripts"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
