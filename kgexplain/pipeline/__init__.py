"""Explainer: composes the stages into grounded, checked explanations.

``graph -> PathFinder -> FactRetriever -> Verbalizer -> ConsistencyChecker -> Explanation``.
For each (user, item) pair the explainer finds the strongest paths, retrieves supporting facts,
asks the verbalizer for N candidate texts, and keeps the first candidate whose every claim the
checker proves against the graph; if none passes it falls back to the template text. A pair with
no path gets an honest explanation-less record. Every stage can be given by name, class or
instance; the configuration is a tree of frozen dataclasses that saves to YAML or JSON.

>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples([
...     ("user:1", "rated", "movie:1", {"rating": 5.0}),
...     ("movie:1", "directed_by", "person:Lasseter"),
...     ("movie:2", "directed_by", "person:Lasseter")])
>>> ex = kgx.Explainer(kg, verbalizer="template", retriever=None)
>>> e = ex.explain("user:1", "movie:2")
>>> e.source, e.verdict.supported
('template', True)
"""

from kgexplain.pipeline.config import (
    MAX_HOPS_LIMIT,
    CheckerConfig,
    ExplainerConfig,
    PathConfig,
    RetrievalConfig,
    VerbalizerConfig,
)
from kgexplain.pipeline.explainer import Explainer
from kgexplain.pipeline.reading import _reads_well  # noqa: F401  (tests read the rule directly)

__all__ = [
    "Explainer",
    "ExplainerConfig",
    "PathConfig",
    "RetrievalConfig",
    "VerbalizerConfig",
    "CheckerConfig",
    "MAX_HOPS_LIMIT",
]
