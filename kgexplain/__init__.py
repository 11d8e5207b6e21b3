"""kgexplain: grounded, claim-checked explanations for recommendations over a knowledge graph.

>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples([("user:1", "rated", "movie:1")])
>>> kg
<KnowledgeGraph: 2 entities, 1 triples, 1 relations>
"""

from __future__ import annotations

import importlib
from typing import Any

from kgexplain.errors import (
    ConfigError,
    ConflictingEntityError,
    EmptyGraphError,
    GraphFileNotFoundError,
    GraphFormatError,
    KGExplainError,
    MissingColumnError,
    ModelNotFoundError,
    NoPathError,
    UnknownEntityError,
    UnknownRelationError,
)
from kgexplain.graph import CompiledGraph, KnowledgeGraph
from kgexplain.records import Claim, Entity, Explanation, Fact, Path, Relation, Triple, Verdict

__version__ = "0.1.0"

# Stage classes load on first use so `import kgexplain` stays fast.
_LAZY = {
    "PathFinder": "kgexplain.paths",
    "PathScorer": "kgexplain.paths",
    "FactRetriever": "kgexplain.retrieval",
    "FaissFactRetriever": "kgexplain.retrieval",
    "Verbalizer": "kgexplain.verbalize",
    "TemplateVerbalizer": "kgexplain.verbalize",
    "Seq2SeqVerbalizer": "kgexplain.verbalize",
    "ConsistencyChecker": "kgexplain.consistency",
    "Explainer": "kgexplain.pipeline",
    "ExplainerConfig": "kgexplain.pipeline",
    "Recommender": "kgexplain.recommend",
    "LoadLimits": "kgexplain.limits",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kgexplain' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(list(globals()) + list(_LAZY))


__all__ = [
    "KnowledgeGraph",
    "CompiledGraph",
    "Entity",
    "Relation",
    "Triple",
    "Path",
    "Fact",
    "Claim",
    "Verdict",
    "Explanation",
    "KGExplainError",
    "UnknownEntityError",
    "UnknownRelationError",
    "ConflictingEntityError",
    "EmptyGraphError",
    "GraphFormatError",
    "MissingColumnError",
    "GraphFileNotFoundError",
    "ConfigError",
    "ModelNotFoundError",
    "NoPathError",
    *_LAZY,
]
