"""Graphs whose items are people (scientists) and relations worded as nouns: "he" / "she" may
stand for a person item, "born in 1867" dates one (never a film or a band), a forward phrase
"was a doctoral student of" reads as its noun the right way round ("Pauli, a doctoral student of
Sommerfeld", "were doctoral students of"), and a style phrase with its own adjective ("has the
architectural style") still reads "a Gothic bridge"; each with its false twin, on graphs declared
in code with phrases only."""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _scientists() -> kgx.KnowledgeGraph:
    rels = [R("worked_at", phrase="worked at", inverse_phrase="employed"),
            R("won", phrase="won", inverse_phrase="was awarded to"),
            R("discovered", phrase="discovered", inverse_phrase="was discovered by"),
            R("advisor", phrase="was a doctoral student of", inverse_phrase="was the doctoral advisor of")]
    people = {"s:bohr": ("Niels Bohr", 1885), "s:curie": ("Marie Curie", 1867), "s:becq": ("Henri Becquerel", 1852),
              "s:heis": ("Werner Heisenberg", 1901), "s:pauli": ("Wolfgang Pauli", 1900),
              "s:somm": ("Arnold Sommerfeld", 1868)}
    ents = [E(k, kind="item", type="scientist", label=n, attrs={"year": y, "born": y}) for k, (n, y) in people.items()]
    ents += [E("i:cph", type="institution", label="University of Copenhagen"),
             E("i:mun", type="institution", label="University of Munich"),
             E("p:planck", type="prize", label="Max Planck Medal"), E("p:copley", type="prize", label="Copley Medal"),
             E("d:radio", type="discovery", label="radioactivity"), E("d:excl", type="discovery", label="exclusion principle")]
    triples = [("s:bohr", "worked_at", "i:cph"), ("s:bohr", "won", "p:planck"), ("s:becq", "discovered", "d:radio"),
               ("s:curie", "advisor", "s:becq"), ("s:heis", "advisor", "s:somm"), ("s:pauli", "advisor", "s:somm"),
               ("s:pauli", "discovered", "d:excl"), ("s:somm", "worked_at", "i:mun"), ("s:heis", "won", "p:planck")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _bridges() -> kgx.KnowledgeGraph:
    rels = [R("designed_by", phrase="was designed by", inverse_phrase="designed"),
            R("has_style", phrase="has the architectural style", inverse_phrase="is the architectural style of")]
    ents = [E("b:charles", kind="item", type="bridge", label="Charles Bridge", attrs={"year": 1402}),
            E("b:chrysler", kind="item", type="building", label="Chrysler Building", attrs={"year": 1930}),
            E("a:parler", type="architect", label="Peter Parler"), E("a:alen", type="architect", label="William Van Alen"),
            E("st:gothic", type="style", label="Gothic"), E("st:deco", type="style", label="Art Deco")]
    triples = [("b:charles", "designed_by", "a:parler"), ("b:charles", "has_style", "st:gothic"),
               ("b:chrysler", "designed_by", "a:alen"), ("b:chrysler", "has_style", "st:deco")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


@pytest.fixture(scope="module")
def scientists() -> ConsistencyChecker:
    return ConsistencyChecker(_scientists(), outside_evidence=True).build()


@pytest.fixture(scope="module")
def bridges() -> ConsistencyChecker:
    return ConsistencyChecker(_bridges(), outside_evidence=True).build()


@pytest.mark.parametrize("text, ok", [
    ("Niels Bohr worked at the University of Copenhagen. He won the Max Planck Medal.", True),
    ("Niels Bohr worked at the University of Copenhagen. He won the Copley Medal.", False),
    ("Henri Becquerel worked at the University of Copenhagen. He discovered radioactivity.", False),
    ("Marie Curie was born in 1867.", True),
    ("Marie Curie was born in 1868.", False),
    ("Marie Curie, born in 1867, was a doctoral student of Henri Becquerel.", True),
    ("Werner Heisenberg (born 1901) won the Max Planck Medal.", True),
    ("Werner Heisenberg (born 1900) won the Max Planck Medal.", False),
    ("Marie Curie was released in 1867.", False),  # no person is released
    ("Werner Heisenberg and Wolfgang Pauli were both doctoral students of Arnold Sommerfeld.", True),
    ("Werner Heisenberg and Marie Curie were both doctoral students of Arnold Sommerfeld.", False),
    ("Wolfgang Pauli, a doctoral student of Arnold Sommerfeld, discovered the exclusion principle.", True),
    ("Wolfgang Pauli, a doctoral student of Henri Becquerel, discovered the exclusion principle.", False),
    ("Arnold Sommerfeld, a doctoral student of Werner Heisenberg, worked at the University of Munich.", False),
])
def test_people_as_items(scientists: ConsistencyChecker, text: str, ok: bool) -> None:
    assert scientists.check(text, ()).supported is ok, text


def test_born_dates_no_film() -> None:
    checker = ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True)
    assert not checker.check("Jaws was born in 1975.", ()).supported
    assert checker.check("Jaws (released 1975) stars Roy Scheider.", ()).supported
    assert not checker.check("Jaws (released 1976) stars Roy Scheider.", ()).supported


@pytest.mark.parametrize("text, ok", [
    ("The Charles Bridge is a Gothic bridge.", True),
    ("The Chrysler Building is an Art Deco building.", True),
    ("The Chrysler Building is a Gothic building.", False),
    ("The Chrysler Building is William Van Alen's Art Deco building.", True),
    ("The Chrysler Building is Peter Parler's Art Deco building.", False),
])
def test_a_style_phrase_with_its_own_adjective(bridges: ConsistencyChecker, text: str, ok: bool) -> None:
    assert bridges.check(text, ()).supported is ok, text


@pytest.mark.parametrize("text", [
    "In 1885, Niels Bohr won the Max Planck Medal.",  # a person's year is the birth, not an act's
    "Niels Bohr won the Max Planck Medal in 1885.",
    "Wolfgang Pauli discovered the exclusion principle in 1900.",
    "Wolfgang Pauli was discovered in 1900.",
])
def test_a_persons_year_is_only_the_birth(scientists: ConsistencyChecker, text: str) -> None:
    assert not scientists.check(text, ()).supported, text


def _art() -> kgx.KnowledgeGraph:
    rels = [R("painted_by", phrase="was painted by", inverse_phrase="painted"),
            R("stolen_by", phrase="was stolen by", inverse_phrase="stole"),
            R("bought_by", phrase="was bought by", inverse_phrase="bought")]
    ents = [E("p:mona", kind="item", type="painting", label="Mona Lisa", attrs={"year": 1503}),
            E("a:leo", type="painter", label="Leonardo da Vinci"), E("x:peru", type="person", label="Vincenzo Peruggia"),
            E("x:fran", type="person", label="Francis I")]
    triples = [("p:mona", "painted_by", "a:leo"), ("p:mona", "stolen_by", "x:peru"), ("p:mona", "bought_by", "x:fran")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


@pytest.mark.parametrize("text, ok", [
    ("Leonardo da Vinci painted Mona Lisa in 1503.", True),
    ("Vincenzo Peruggia stole Mona Lisa in 1503.", False),  # the theft has its own year
    ("Francis I bought Mona Lisa in 1503.", False),
])
def test_only_a_verb_of_making_gives_the_items_year(text: str, ok: bool) -> None:
    checker = ConsistencyChecker(_art(), outside_evidence=True)
    assert checker.check(text, ()).supported is ok, text


@pytest.mark.parametrize("text, ok", [
    ("Werner Heisenberg was a scientist who won the Max Planck Medal.", True),
    ("Werner Heisenberg was a scientist who won the Copley Medal.", False),
    ("Niels Bohr, the scientist who won the Max Planck Medal, worked at the University of Copenhagen.", True),
    ("Niels Bohr, the scientist who won the Copley Medal, worked at the University of Copenhagen.", False),
])
def test_who_after_a_kind_noun(scientists: ConsistencyChecker, text: str, ok: bool) -> None:
    assert scientists.check(text, ()).supported is ok, text


@pytest.mark.parametrize("text, ok", [
    ("The Charles Bridge, Peter Parler's Gothic bridge in Prague, crosses the Vltava.", True),
    ("The Charles Bridge, Peter Parler's Gothic bridge in London, crosses the Vltava.", False),
    ("The Charles Bridge, William Van Alen's Gothic bridge in Prague, crosses the Vltava.", False),
])
def test_a_possessive_apposition_then_its_place(text: str, ok: bool) -> None:
    rels = [R("designed_by", phrase="was designed by", inverse_phrase="designed"),
            R("has_style", phrase="has the architectural style", inverse_phrase="is the architectural style of"),
            R("located_in", phrase="is located in", inverse_phrase="is home to"),
            R("crosses", phrase="crosses", inverse_phrase="is crossed by")]
    ents = [E("b:charles", kind="item", type="bridge", label="Charles Bridge", attrs={"year": 1402}),
            E("a:parler", type="architect", label="Peter Parler"), E("a:alen", type="architect", label="William Van Alen"),
            E("st:gothic", type="style", label="Gothic"), E("c:prague", type="city", label="Prague"),
            E("c:london", type="city", label="London"), E("w:vltava", type="river", label="Vltava")]
    kg = kgx.KnowledgeGraph.from_triples([("b:charles", "designed_by", "a:parler"), ("b:charles", "has_style", "st:gothic"),
                                          ("b:charles", "located_in", "c:prague"), ("b:charles", "crosses", "w:vltava")],
                                         entities=ents, relations=rels)
    assert ConsistencyChecker(kg, outside_evidence=True).check(text, ()).supported is ok, text


def _fields() -> kgx.KnowledgeGraph:
    rels = [R("field", phrase="worked in", inverse_phrase="is the field of"),
            R("discovered", phrase="discovered", inverse_phrase="was discovered by")]
    ents = [E("s:becq", kind="item", type="scientist", label="Henri Becquerel", attrs={"year": 1852}),
            E("s:fleming", kind="item", type="scientist", label="Alexander Fleming", attrs={"year": 1881}),
            E("f:physics", type="field", label="physics"), E("f:bact", type="field", label="bacteriology"),
            E("d:radio", type="discovery", label="radioactivity"), E("d:pen", type="discovery", label="penicillin")]
    triples = [("s:becq", "field", "f:physics"), ("s:becq", "discovered", "d:radio"),
               ("s:fleming", "field", "f:bact"), ("s:fleming", "discovered", "d:pen")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


@pytest.mark.parametrize("text, ok", [
    ("Henri Becquerel was a physicist.", True),
    ("Alexander Fleming was a physicist.", False),
    ("Henri Becquerel was not a physicist.", False),
    ("The physicist Henri Becquerel discovered radioactivity.", True),
    ("The bacteriologist Henri Becquerel discovered radioactivity.", False),
    ("Alexander Fleming is a bacteriologist who discovered penicillin.", True),
    ("Alexander Fleming is a physicist who discovered penicillin.", False),
])
def test_who_works_in_a_field(text: str, ok: bool) -> None:
    checker = ConsistencyChecker(_fields(), outside_evidence=True)
    assert checker.check(text, ()).supported is ok, text


@pytest.mark.parametrize("text, ok", [
    ("Tower Bridge crosses the Thames.", True),
    ("The Charles Bridge crosses the Thames.", False),
])
def test_the_thames_for_the_river_thames(text: str, ok: bool) -> None:
    rels = [R("crosses", phrase="crosses", inverse_phrase="is crossed by")]
    ents = [E("b:tower", kind="item", type="bridge", label="Tower Bridge", attrs={"year": 1894}),
            E("b:charles", kind="item", type="bridge", label="Charles Bridge", attrs={"year": 1402}),
            E("w:thames", type="river", label="River Thames"), E("w:vltava", type="river", label="Vltava")]
    kg = kgx.KnowledgeGraph.from_triples([("b:tower", "crosses", "w:thames"), ("b:charles", "crosses", "w:vltava")],
                                         entities=ents, relations=rels)
    assert ConsistencyChecker(kg, outside_evidence=True).check(text, ()).supported is ok, text


def test_a_copula_with_another_is_no_later_act() -> None:
    import importlib.util
    from pathlib import Path

    path = Path(__file__).parent / "data" / "sets" / "dev37" / "games.py"
    spec = importlib.util.spec_from_file_location("dev37_games", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    checker = ConsistencyChecker(module.build(), rating_threshold=4.0, outside_evidence=True)
    said = "You gave Hollow Knight five stars; Ori and the Blind Forest is another metroidvania, and it came out in"
    assert checker.check(f"{said} 2015.", (), "user:ana").supported
    assert not checker.check(f"{said} 2016.", (), "user:ana").supported
    assert checker.check("Since you gave Terraria four stars, here is Minecraft, another sandbox game from 2011.",
                         (), "user:ben").supported


@pytest.mark.parametrize("text, ok", [
    ("Werner Heisenberg studied under Arnold Sommerfeld.", True),
    ("Marie Curie studied under Arnold Sommerfeld.", False),
    ("Arnold Sommerfeld studied under Werner Heisenberg.", False),
    ("Werner Heisenberg was supervised by Arnold Sommerfeld.", True),
    ("Arnold Sommerfeld was supervised by Werner Heisenberg.", False),
    ("Werner Heisenberg studies under Arnold Sommerfeld.", False),  # the phrase is in the past
])
def test_what_a_doctoral_student_did(scientists: ConsistencyChecker, text: str, ok: bool) -> None:
    assert scientists.check(text, ()).supported is ok, text


@pytest.mark.parametrize("text", [
    "Henri Becquerel was a physicist.",
])
def test_a_field_noun_needs_the_relation_of_working_in_it_and_a_person(text: str) -> None:
    rels = [R("opposed", phrase="opposed", inverse_phrase="was opposed by"),
            R("covers", phrase="covers", inverse_phrase="is covered by")]
    ents = [E("s:becq", kind="item", type="scientist", label="Henri Becquerel", attrs={"year": 1852}),
            E("j:pr", kind="item", type="journal", label="Physical Review", attrs={"year": 1893}),
            E("f:physics", type="field", label="physics")]
    kg = kgx.KnowledgeGraph.from_triples([("s:becq", "opposed", "f:physics"), ("j:pr", "covers", "f:physics")],
                                         entities=ents, relations=rels)
    checker = ConsistencyChecker(kg, outside_evidence=True)
    assert not checker.check(text, ()).supported  # opposing physics makes no physicist
    assert not checker.check("Physical Review is a physicist.", ()).supported


def test_a_field_noun_is_said_of_the_name_right_before_its_article() -> None:
    checker = ConsistencyChecker(_fields(), outside_evidence=True)
    assert not checker.check("Alexander Fleming discovered penicillin and Henri Becquerel was a bacteriologist.",
                             ()).supported
    assert checker.check("Alexander Fleming, a bacteriologist, discovered penicillin.", ()).supported
