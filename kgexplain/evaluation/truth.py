"""What the checker-suite generators know about a graph, and the independent re-check of a
generated false statement (:func:`statement_is_false`), so a generator cannot silently produce a
text that happens to be true."""

from __future__ import annotations

from typing import Any

from kgexplain.records import Triple

__all__ = ["Graph", "statement_is_false", "LOVED_MIN"]

LOVED_MIN = 4.0


# ---------------------------------------------------------------------------------------------
class Graph:
    """What the generators need to know about a graph."""

    def __init__(self, kg: Any, graph_name: str) -> None:
        self.kg = kg
        self.name = graph_name
        rels = kg.relations
        self.user_rels = {n for n, r in rels.items() if "user" in r.domain}
        self.fact_rels = {n for n, r in rels.items()
                          if n not in self.user_rels and r.usable
                          and n != "has_tag"}
        self.by_type: dict[str, list[str]] = {}
        for e in kg.entities():
            self.by_type.setdefault(e.type, []).append(e.id)
        for ids in self.by_type.values():
            ids.sort()
        self.user_rel = sorted(self.user_rels - {"tagged"})[0]

    def label(self, eid: str) -> str:
        return self.kg.label(eid)

    def type(self, eid: str) -> str:
        return self.kg.entity(eid).type

    def year(self, eid: str) -> int | None:
        y = self.kg.entity(eid).attrs.get("year")
        return int(y) if y is not None else None

    def rating(self, user: str, item: str) -> float | None:
        for r in self.user_rels:
            if self.kg.has_triple(user, r, item):
                return self.kg.edge_attrs(user, r, item).get("rating")
        return None

    def phrase(self, rel: str) -> str:
        return self.kg.relation(rel).phrase

    def inverse(self, rel: str) -> str:
        return self.kg.relation(rel).inverse_phrase

    def facts_of(self, eid: str) -> list[Triple]:
        return [t for t in self.kg.triples_of(eid) if t.relation in self.fact_rels]

    def sentence(self, t: Triple, forward: bool = True) -> str:
        h, r, tl = t
        if forward:
            return f"{self.label(h)} {self.phrase(r)} {self.label(tl)}"
        return f"{self.label(tl)} {self.inverse(r)} {self.label(h)}"

    def tags(self, eid: str) -> list[str]:
        return [self.label(t.tail) for t in self.kg.triples_of(eid) if t.relation == "has_tag"]


def statement_is_false(kg: Any, false_triple: tuple[str, str, str], threshold: float = LOVED_MIN) -> bool:
    """Re-check, against the graph, the statement a generated unfaithful case makes false.

    ``false_triple`` is ``(head, relation, tail)`` with ``relation`` a relation name (the stated
    triple must not be stored) or one of ``<unknown: words>`` (no relation of the registry has
    those words), ``<invented>`` (``tail`` is a name no entity has), ``<not: relation>`` (the
    negated triple is stored), ``<loved>`` / ``<not-loved>`` / ``<interacted>`` /
    ``<rating=n>`` (user claims), ``<year>`` (``tail`` is not the head's year) and
    ``<evaluative>`` (no tag of the head carries the word).
    """
    h, r, t = false_triple
    if r in kg.relations:
        return not kg.has_triple(h, r, t)
    g = Graph(kg, "")
    if r.startswith("<unknown:"):
        words = r[len("<unknown:"):-1].strip().lower()
        phrases = {p.lower() for rel in kg.relations.values()
                   for p in (rel.phrase, rel.inverse_phrase, *rel.cues, *rel.inverse_cues)}
        return words not in phrases
    if r == "<invented>":
        return not kg.find(t)
    if r.startswith("<not:"):
        return kg.has_triple(h, r[len("<not:"):-1].strip(), t)
    rating = g.rating(h, t) if r.startswith("<") and h in kg and t in kg else None
    if r == "<loved>":
        return rating is None or rating < threshold
    if r == "<not-loved>":
        return rating is not None and rating >= threshold
    if r == "<interacted>":
        return rating is None
    if r.startswith("<rating="):
        return rating is None or abs(rating - float(r[len("<rating="):-1])) > 1e-9
    if r == "<year>":
        return g.year(h) != int(t)
    if r == "<evaluative>":
        return not any(t.lower() in tag.lower() for tag in g.tags(h))
    if r == "<unlinked>":
        return not kg.triples_between(h, t)
    raise ValueError(f"unknown statement kind {r!r}")
