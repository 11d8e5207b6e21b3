"""The verbalizer stage's base class and what every verbalizer shares.

:class:`Verbalizer` is the interface (label triples in, texts out; paths and facts in, candidate
reasons out). :func:`reason_triples` turns paths and facts (entity ids) into the label triples
the verbalizers read: hops in path order, the user as ``"you"``, a ``rated`` hop as ``"loved"``
or ``"watched"`` (:func:`loved_threshold` sets the rating that counts as loved), sensitive and
unexplainable relations dropped. The shipped path templates (``templates/paths.yaml``) are read
here because the rating words live there.
"""

from __future__ import annotations

import contextlib
import contextvars
from typing import Any, Iterable, Iterator, Sequence

from kgexplain.verbalize.linearization import USER_WORD

__all__ = ["Verbalizer", "LabelTriple", "reason_triples", "loved_threshold"]

LabelTriple = tuple[str, str, str]

_TEMPLATE_CACHE: dict[str, Any] = {}


def _path_templates() -> dict[str, Any]:
    if "paths" not in _TEMPLATE_CACHE:
        from importlib import resources

        import yaml

        text = (resources.files("kgexplain") / "templates" / "paths.yaml").read_text("utf-8")
        _TEMPLATE_CACHE["paths"] = yaml.safe_load(text) or {}
    return _TEMPLATE_CACHE["paths"]


def _dedupe(texts: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for t in texts:
        if t and t not in seen:
            seen.add(t)
            out.append(t)
    return out


_LOVED_MIN: "contextvars.ContextVar[float | None]" = contextvars.ContextVar("loved_min", default=None)


@contextlib.contextmanager
def loved_threshold(value: float | None) -> Iterator[None]:
    """Within the block, templates say "loved" for ratings >= ``value`` (the Explainer passes
    its checker's ``rating_threshold``, so the template and the checker agree)."""
    token = _LOVED_MIN.set(value)
    try:
        yield
    finally:
        _LOVED_MIN.reset(token)


def _rating_words() -> tuple[float, str, str]:
    spec = _path_templates().get("rating", {})
    loved_min = _LOVED_MIN.get()
    if loved_min is None:
        loved_min = float(spec.get("loved_min", 4.0))
    return float(loved_min), str(spec.get("loved", "loved")), str(spec.get("watched", "watched"))


def _hop_phrase(kg: Any, triple: Any) -> str | None:
    """The phrase for a stored triple, or ``None`` when its relation must not be verbalized."""
    head, rel, tail = triple
    relation = kg.relation(rel)
    if relation.sensitive or not relation.explainable:
        return None
    if rel == "rated":
        attrs = kg.edge_attrs(head, rel, tail)
        rating = attrs.get("rating")
        loved_min, loved, watched = _rating_words()
        try:
            return loved if rating is not None and float(rating) >= loved_min else watched
        except (TypeError, ValueError):
            return watched
    return relation.phrase


def _node_label(kg: Any, entity_id: str, you: str | None = None) -> str:
    """``"you"`` for the explained user (any user when ``you`` is None), else the label."""
    entity = kg.entity(entity_id)
    if you is not None:
        return USER_WORD if entity_id == you else entity.label
    return USER_WORD if entity.kind == "user" else entity.label


def _path_user(kg: Any, paths: Sequence[Any]) -> str | None:
    for path in paths:
        if path.nodes and kg.entity(path.nodes[0]).kind == "user":
            return path.nodes[0]
    return None


def reason_triples(kg: Any, paths: Iterable[Any], facts: Iterable[Any] = ()) -> list[LabelTriple]:
    """Turn paths and facts (entity ids) into the label triples the verbalizers read.

    Hops come in path order (user first), each in its stored direction; the user reads ``"you"``;
    a ``rated`` hop reads ``"loved"`` (rating >= 4) or ``"watched"``; sensitive and unexplainable
    relations are dropped; duplicates are kept once. Other users on a path (collaborative
    paths) keep their labels: only the path's own user is "you".

    Args:
        kg: the :class:`~kgexplain.graph.KnowledgeGraph` the ids belong to.
        paths: :class:`~kgexplain.records.Path` records.
        facts: :class:`~kgexplain.records.Fact` records (or plain triples of ids).

    Returns:
        ``(head_label, relation_phrase, tail_label)`` triples.
    """
    out: list[LabelTriple] = []
    seen: set[tuple[str, str, str]] = set()
    paths = list(paths)
    you = _path_user(kg, paths)

    def add(triple: Any) -> None:
        head, rel, tail = tuple(triple)
        key = (head, rel, tail)
        if key in seen:
            return
        phrase = _hop_phrase(kg, key)
        if phrase is None:
            return
        seen.add(key)
        out.append((_node_label(kg, head, you), phrase, _node_label(kg, tail, you)))

    for path in paths:
        for hop in path.hops:
            add(hop)
    for fact in facts:
        add(getattr(fact, "triple", fact))
    return out


class Verbalizer:
    """Base class: turns label triples into text.

    Subclasses implement :meth:`candidates`; the other methods derive from it.
    ``explain_candidates`` is the pipeline's entry point: paths and facts (ids) in, candidate
    reasons out (best first).
    """

    name = "verbalizer"

    def verbalize(self, triples: Sequence[Sequence[str]]) -> str:
        """One text for a triple set (``(head_label, relation_phrase, tail_label)`` triples)."""
        found = self.candidates(triples, 1)
        return found[0] if found else ""

    def verbalize_batch(self, batch: Sequence[Sequence[Sequence[str]]]) -> list[str]:
        """One text per triple set."""
        return [self.verbalize(triples) for triples in batch]

    def candidates(self, triples: Sequence[Sequence[str]], n: int) -> list[str]:
        """Up to ``n`` distinct texts for a triple set, best first."""
        raise NotImplementedError

    def explain_candidates(self, kg: Any, paths: Sequence[Any], facts: Sequence[Any] = (),
                           n: int = 3) -> list[str]:
        """Up to ``n`` candidate reasons for one (user, item) pair's paths and facts."""
        return self.candidates(reason_triples(kg, paths, facts), n)

    def explain_candidates_batch(self, kg: Any, requests: Sequence[tuple[Sequence[Any], Sequence[Any]]],
                                 n: int = 3) -> list[list[str]]:
        """:meth:`explain_candidates` for many ``(paths, facts)`` requests."""
        return [self.explain_candidates(kg, paths, facts, n) for paths, facts in requests]
