"""Helpers of the checker's reading tests: small graphs declared in code, texts checked with no
evidence (every true fact of the graph is allowed), so a rejection is the reading's."""

from __future__ import annotations

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker


def graph_checker(name, relations, entities, rows):
    """The checker of a small graph (ratings from 4.0 are "loved"; facts outside the evidence allowed)."""
    kg = kgx.KnowledgeGraph.from_triples(rows, entities=entities, relations=relations, name=name)
    return ConsistencyChecker(kg, outside_evidence=True, rating_threshold=4.0)


def item(eid, label, type_, year=None, born=False):
    """An item; ``born``: its year is declared its birth (``attrs["born"]``, see the checker's
    people and animals)."""
    attrs = {"year": year, **({"born": year} if born else {})} if year else {}
    return kgx.Entity(eid, kind="item", type=type_, label=label, attrs=attrs)


def attr(eid, label, type_):
    return kgx.Entity(eid, kind="attribute", type=type_, label=label)


def accepts(checker, text, user=None):
    """``user``: the one the text calls "you"."""
    verdict = checker.check(text, (), user=user)
    assert verdict.supported, (text, [(c.status, c.text) for c in verdict.rejected])


def rejects(checker, text, user=None):
    assert not checker.check(text, (), user=user).supported, text
