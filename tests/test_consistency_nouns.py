"""Relation nouns of more than one word ("total area", "rotation period") and the clause shapes
writers build with them, each with a false twin, on a small graph of places declared in code."""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker
from kgexplain.records import Entity, Relation


def _places() -> kgx.KnowledgeGraph:
    ents = [Entity(i, label=label) for i, label in [
        ("p:angola", "Angola, Indiana"), ("p:area", "16.55 square kilometres"),
        ("p:area2", "6.81 square kilometres"), ("p:alex", "Alexandria, Indiana"),
        ("p:tama", "1089 Tama"), ("p:period", "17.28 hours"), ("p:b", "Birmingham"),
        ("p:lab", "Labour Party"), ("p:lib", "Liberal Democrats"), ("p:london", "London"),
        ("p:khan", "Sadiq Khan"),
    ]]
    rels = [
        Relation("area_total", phrase="has the total area", inverse_phrase="is the total area of"),
        Relation("rotation_period", phrase="has the rotation period",
                 inverse_phrase="is the rotation period of"),
        Relation("leader", phrase="is led by", inverse_phrase="leads",
                 inverse_cues=("is the leader of",)),
    ]
    triples = [("p:angola", "area_total", "p:area"), ("p:alex", "area_total", "p:area2"),
               ("p:tama", "rotation_period", "p:period"), ("p:b", "leader", "p:lab"),
               ("p:london", "leader", "p:khan"), ("p:angola", "leader", "p:lab")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


@pytest.fixture(scope="module")
def places() -> ConsistencyChecker:
    return ConsistencyChecker(_places(), outside_evidence=True)


@pytest.mark.parametrize("true_text,false_text", [
    ("The total area of Angola, Indiana is 16.55 square kilometres.",
     "The total area of Angola, Indiana is 6.81 square kilometres."),
    ("The total area of Angola, Indiana, is 16.55 square kilometres.",
     "The total area of Alexandria, Indiana, is 16.55 square kilometres."),
    ("The rotation period of 1089 Tama is 17.28 hours.",
     "The rotation period of 17.28 hours is 1089 Tama."),
    ("The rotation period for 1089 Tama is 17.28 hours.",
     "The total area for 1089 Tama is 17.28 hours."),
    ("17.28 hours is 1089 Tama's rotation period.", "1089 Tama is 17.28 hours's rotation period."),
    ("Angola, Indiana, whose total area is 16.55 square kilometres, is led by the Labour Party.",
     "Angola, Indiana, whose total area is 6.81 square kilometres, is led by the Labour Party."),
    ("Angola, Indiana has 16.55 square kilometres as its total area.",
     "Angola, Indiana has 16.55 square kilometres as its rotation period."),
    ("The leader of London is Sadiq Khan.", "The leader of Birmingham is Sadiq Khan."),
    ("The leader of Birmingham is the Labour Party.",
     "The leader of Birmingham is the Liberal Democrats."),
])
def test_multi_word_relation_nouns(places, true_text, false_text):
    v = places.check(true_text, ())
    assert v.supported, (true_text, v.reason)
    assert not places.check(false_text, ()).supported, false_text


def test_a_relation_noun_never_stands_alone(places):
    # a telegraphic "X total area Y" is read as "X's total area, Y"; a bare noun has no subject
    assert places.check("Angola, Indiana total area 16.55 square kilometres.", ()).supported
    assert not places.check("Angola, Indiana total area 6.81 square kilometres.", ()).supported
    assert not places.check("The total area is 16.55 square kilometres.", ()).supported
