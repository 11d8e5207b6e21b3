"""Stage contracts and the stage registry.

Each pipeline stage has a :class:`typing.Protocol` saying what an implementation must offer, and
one public registry resolves a stage given by **name**, **class** or **instance** (PyKEEN's
``class_resolver``): ``Explainer(kg, verbalizer="template")``, ``verbalizer=TemplateVerbalizer``
or ``verbalizer=TemplateVerbalizer(kg)``. Register your own implementation under a name with
:func:`register`; :func:`implementations` lists what is registered (the contract tests run every
registered implementation through the same checks).

>>> from kgexplain.stages import implementations, lookup
>>> sorted(implementations("verbalizer"))
['default', 'seq2seq', 'template']
>>> lookup("checker", "default").__name__
'ConsistencyChecker'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Iterable, Literal, Protocol, Sequence, runtime_checkable

from kgexplain.errors import ConfigError, short_repr

if TYPE_CHECKING:  # pragma: no cover
    from kgexplain.graph import KnowledgeGraph
    from kgexplain.records import Fact, Path, Verdict

__all__ = [
    "Stage",
    "PathFinderStage",
    "FactRetrieverStage",
    "VerbalizerStage",
    "CheckerStage",
    "RecommenderStage",
    "STAGE_METHODS",
    "register",
    "lookup",
    "implementations",
]

Stage = Literal["path_finder", "retriever", "verbalizer", "checker", "recommender"]


@runtime_checkable
class PathFinderStage(Protocol):
    """Finds the strongest user -> item paths (see :class:`~kgexplain.paths.PathFinder`)."""

    def find(self, user_id: str, item_id: str, k: int = 3, max_hops: int | None = None) -> list[Path]: ...

    def find_many(self, pairs: Sequence[tuple[str, str]], k: int = 3,
                  max_hops: int | None = None) -> list[list[Path]]: ...


@runtime_checkable
class FactRetrieverStage(Protocol):
    """Supporting facts for a pair (see :class:`~kgexplain.retrieval.FaissFactRetriever`)."""

    def retrieve(self, user_id: str, item_id: str, paths: Sequence[Path], k: int = 5) -> list[Fact]: ...


@runtime_checkable
class VerbalizerStage(Protocol):
    """Candidate texts for paths and facts (see :class:`~kgexplain.verbalize.TemplateVerbalizer`)."""

    def explain_candidates(self, kg: KnowledgeGraph, paths: Sequence[Path], facts: Sequence[Fact] = (),
                           n: int = 3) -> list[str]: ...

    def explain_candidates_batch(self, kg: KnowledgeGraph,
                                 requests: Sequence[tuple[Sequence[Path], Sequence[Fact]]],
                                 n: int = 3) -> list[list[str]]: ...


@runtime_checkable
class CheckerStage(Protocol):
    """Judges texts against the graph (see :class:`~kgexplain.consistency.ConsistencyChecker`)."""

    def check(self, text: str, evidence: Iterable[Any], user: str | None = None) -> Verdict: ...

    def check_many(self, items: Sequence[tuple[str, Iterable[Any], str | None]]) -> list[Verdict]: ...


@runtime_checkable
class RecommenderStage(Protocol):
    """Recommends explainable items (see :class:`~kgexplain.recommend.Recommender`)."""

    def fit(self, kg: KnowledgeGraph) -> Any: ...

    def recommend(self, user: str, k: int = 10) -> list[tuple[str, float]]: ...

    def recommend_many(self, users: Sequence[str], k: int = 10) -> list[list[tuple[str, float]]]: ...


STAGE_METHODS: dict[str, tuple[str, ...]] = {
    "path_finder": ("find_many",),
    "retriever": ("retrieve_many", "retrieve"),
    "verbalizer": ("explain_candidates_batch",),
    "checker": ("check_many",),
    "recommender": ("recommend",),
}
"""What an instance given for a stage must offer (any one of the listed methods) to be used."""

_REGISTRY: dict[str, dict[str, str | Any]] = {
    "path_finder": {"default": "kgexplain.paths:PathFinder",
                    "bidirectional": "kgexplain.paths:PathFinder"},
    "retriever": {"default": "kgexplain.retrieval:FaissFactRetriever",
                  "faiss": "kgexplain.retrieval:FaissFactRetriever"},
    "verbalizer": {"default": "kgexplain.verbalize:Seq2SeqVerbalizer",
                   "seq2seq": "kgexplain.verbalize:Seq2SeqVerbalizer",
                   "template": "kgexplain.verbalize:TemplateVerbalizer"},
    "checker": {"default": "kgexplain.consistency:ConsistencyChecker"},
    "recommender": {"default": "kgexplain.recommend:Recommender"},
}


def register(stage: Stage, name: str, implementation: type | str) -> None:
    """Make ``implementation`` (a class, or ``"module:attr"`` imported on first use) available
    as ``name`` for ``stage``: ``Explainer(kg, verbalizer=name)`` then builds it."""
    if stage not in _REGISTRY:
        raise ConfigError(f"unknown stage {short_repr(stage)}; choose one of {sorted(_REGISTRY)}")
    if not isinstance(name, str) or not name:
        raise ConfigError(f"a stage name must be a non-empty str, got {short_repr(name)}")
    _REGISTRY[stage][name] = implementation


def implementations(stage: Stage) -> dict[str, type]:
    """Every registered implementation of ``stage`` by name (imported now)."""
    if stage not in _REGISTRY:
        raise ConfigError(f"unknown stage {short_repr(stage)}; choose one of {sorted(_REGISTRY)}")
    return {name: lookup(stage, name) for name in _REGISTRY[stage]}


def lookup(stage: Stage, name: str) -> type:
    """The class registered as ``name`` for ``stage``."""
    table = _REGISTRY.get(stage)
    if table is None:
        raise ConfigError(f"unknown stage {short_repr(stage)}; choose one of {sorted(_REGISTRY)}")
    try:
        target = table[name]
    except (KeyError, TypeError):
        raise ConfigError(f"unknown {stage.replace('_', ' ')} {short_repr(name)}; choose one of "
                          f"{sorted(table)} or pass a class or an instance") from None
    if isinstance(target, str):
        module, _, attr = target.partition(":")
        target = getattr(importlib.import_module(module), attr)
    return target
