"""Shared helpers of the checker development tools: a set's checker and its files."""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker
from kgexplain.evaluation.cases import read_cases

__all__ = ["checker", "set_files", "why", "read_cases"]


@functools.lru_cache(maxsize=None)
def checker(graph: str, outside: bool = False) -> ConsistencyChecker:
    """The checker of ``graph``: ``"example"``, a ``.py`` file with ``build()``, or a graph file."""
    if graph == "example":
        kg = kgx.KnowledgeGraph.example()
    elif not graph.endswith(".py"):
        kg = kgx.KnowledgeGraph.load(graph)
    else:
        path = Path(graph)
        spec = importlib.util.spec_from_file_location(f"g_{path.parent.name}_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        kg = module.build()
    return ConsistencyChecker(kg, rating_threshold=4.0, outside_evidence=outside).build()


def set_files(folder: str | Path) -> list[tuple[Path, str]]:
    """``(cases file, graph)`` for each ``.jsonl`` of a set folder (``movies.jsonl``: the example graph)."""
    folder = Path(folder)
    out = []
    for cases in sorted(folder.glob("*.jsonl")):
        if cases.stem == "movies":
            out.append((cases, "example"))
        else:
            own = folder / f"{cases.stem}.py"
            out.append((cases, str(own if own.exists() else folder / "graph.py")))
    return out


def why(verdict) -> str:
    """A rejected verdict's reason and its first two rejected claims."""
    parts = [verdict.reason] + [str(c.to_dict()) for c in verdict.rejected[:2]]
    return " | ".join(p for p in parts if p)
