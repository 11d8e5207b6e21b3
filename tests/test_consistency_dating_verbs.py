"""The verbs that date an item by its year: the participle of the graph's own relation of making
("was painted in 1642" where a painting "was painted by" someone), "created" as "made", and
"appeared" as "came out"; never a later act ("translated", "restored"), a verb of conceiving that
comes before ("written in 1989" of a novel that came out in 1989) nor a wrong year; each with its false twin, on graphs declared in code with phrases only."""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items: dict, others: dict, relations: list, triples: list) -> kgx.KnowledgeGraph:
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=relations)


def _paintings() -> kgx.KnowledgeGraph:
    rels = [R("painted_by", phrase="was painted by", inverse_phrase="painted"),
            R("held_by", phrase="is held by", inverse_phrase="holds")]
    items = {"p:guernica": ("painting", "Guernica", 1937), "p:scream": ("painting", "The Scream", 1893)}
    others = {"a:picasso": ("painter", "Pablo Picasso"), "a:munch": ("painter", "Edvard Munch"),
              "m:reina": ("museum", "Museo Reina Sofía"), "m:nat": ("museum", "National Museum of Norway")}
    triples = [("p:guernica", "painted_by", "a:picasso"), ("p:guernica", "held_by", "m:reina"),
               ("p:scream", "painted_by", "a:munch"), ("p:scream", "held_by", "m:nat")]
    return _build(items, others, rels, triples)


def _novels() -> kgx.KnowledgeGraph:
    rels = [R("written_by", phrase="is written by", inverse_phrase="wrote"),
            R("translated_by", phrase="is translated by", inverse_phrase="translated")]
    items = {"n:rings": ("novel", "The Remains of the Day", 1989), "n:snow": ("novel", "Snow Country", 1948)}
    others = {"w:ishiguro": ("author", "Kazuo Ishiguro"), "w:kawabata": ("author", "Yasunari Kawabata"),
              "t:seid": ("translator", "Edward Seidensticker")}
    triples = [("n:rings", "written_by", "w:ishiguro"), ("n:snow", "written_by", "w:kawabata"),
               ("n:snow", "translated_by", "t:seid")]
    return _build(items, others, rels, triples)


def _parks() -> kgx.KnowledgeGraph:
    rels = [R("located_in", phrase="is located in", inverse_phrase="contains")]
    items = {"k:banff": ("national park", "Banff National Park", 1885),
             "k:zion": ("national park", "Zion National Park", 1919)}
    others = {"s:alberta": ("province", "Alberta"), "s:utah": ("state", "Utah")}
    triples = [("k:banff", "located_in", "s:alberta"), ("k:zion", "located_in", "s:utah")]
    return _build(items, others, rels, triples)


@pytest.fixture(scope="module")
def paintings() -> ConsistencyChecker:
    return ConsistencyChecker(_paintings(), outside_evidence=True).build()


@pytest.fixture(scope="module")
def novels() -> ConsistencyChecker:
    return ConsistencyChecker(_novels(), outside_evidence=True).build()


@pytest.fixture(scope="module")
def parks() -> ConsistencyChecker:
    return ConsistencyChecker(_parks(), outside_evidence=True).build()


@pytest.mark.parametrize("text, ok", [
    ("Guernica was painted in 1937.", True),
    ("Guernica was painted in 1936.", False),
    ("The Scream was painted in 1893 and is held by the National Museum of Norway.", True),
    ("Guernica was created in 1937.", True),
    ("Guernica was restored in 1937.", False),  # a later act, not the making
    ("Pablo Picasso was painted in 1937.", False),  # a painter has no year
])
def test_the_verb_of_making_dates_a_painting(paintings: ConsistencyChecker, text: str, ok: bool) -> None:
    assert paintings.check(text, ()).supported is ok, text


@pytest.mark.parametrize("text, ok", [
    ("The Remains of the Day was written in 1989.", False),  # written before it came out
    ("The Remains of the Day was written in 1988.", False),
    ("The Remains of the Day appeared in 1989.", True),
    ("Kazuo Ishiguro's The Remains of the Day appeared in 1989.", True),
    ("The Remains of the Day appeared in 1990.", False),
    ("Snow Country was translated in 1948.", False),  # the translation has its own year
    ("Kazuo Ishiguro appeared in 1989.", False),
])
def test_appearing_dates_a_novel_writing_does_not(novels: ConsistencyChecker, text: str, ok: bool) -> None:
    assert novels.check(text, ()).supported is ok, text


@pytest.mark.parametrize("text, ok", [
    ("Zion National Park was created in 1919.", True),
    ("Zion National Park was created in 1918.", False),
    ("Banff National Park, created in 1885, is located in Alberta.", True),
    ("Banff National Park, created in 1885, is located in Utah.", False),
    ("Banff National Park and Zion National Park were both created in 1919.", False),
])
def test_a_park_is_created_in_its_year(parks: ConsistencyChecker, text: str, ok: bool) -> None:
    assert parks.check(text, ()).supported is ok, text
