"""Bridges and buildings: "spans" / "over" / "across" / "a crossing of" for a relation "crosses",
"made of" / "built of" for "is built from"; and years compared between two items ("is older than",
"predates", "the same year as the X", "a year before the X") or fronting the sentence ("Completed
in 1402, the Charles Bridge ..."); each with its false twin, on a graph declared in code with
phrases only."""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _bridges() -> kgx.KnowledgeGraph:
    rels = [R("designed_by", phrase="was designed by", inverse_phrase="designed"),
            R("crosses", phrase="crosses", inverse_phrase="is crossed by"),
            R("made_of", phrase="is built from", inverse_phrase="is used in"),
            R("located_in", phrase="is located in", inverse_phrase="is home to")]
    items = {"b:charles": ("bridge", "Charles Bridge", 1402), "b:brooklyn": ("bridge", "Brooklyn Bridge", 1883),
             "b:tower": ("bridge", "Tower Bridge", 1894), "b:torso": ("building", "Turning Torso", 2005),
             "b:gherkin": ("building", "30 St Mary Axe", 2004), "b:millau": ("bridge", "Millau Viaduct", 2004)}
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y}) for k, (t, n, y) in items.items()]
    ents += [E("a:parler", type="architect", label="Peter Parler"), E("a:roebling", type="architect", label="John A. Roebling"),
             E("w:vltava", type="river", label="Vltava"), E("w:east", type="river", label="East River"),
             E("w:tarn", type="river", label="Tarn"), E("m:sandstone", type="material", label="sandstone"),
             E("m:concrete", type="material", label="concrete"), E("m:steel", type="material", label="steel"),
             E("c:prague", type="city", label="Prague")]
    triples = [("b:charles", "designed_by", "a:parler"), ("b:charles", "crosses", "w:vltava"),
               ("b:charles", "made_of", "m:sandstone"), ("b:charles", "located_in", "c:prague"),
               ("b:brooklyn", "designed_by", "a:roebling"), ("b:brooklyn", "crosses", "w:east"),
               ("b:brooklyn", "made_of", "m:steel"), ("b:torso", "made_of", "m:concrete"),
               ("b:millau", "crosses", "w:tarn"), ("b:millau", "made_of", "m:steel")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


@pytest.fixture(scope="module")
def bridges() -> ConsistencyChecker:
    return ConsistencyChecker(_bridges(), outside_evidence=True).build()


@pytest.mark.parametrize("text, ok", [
    ("The Millau Viaduct spans the Tarn.", True),
    ("The Millau Viaduct spans the Vltava.", False),
    ("The Charles Bridge is a sandstone bridge over the Vltava in Prague.", True),
    ("The Charles Bridge is a sandstone bridge over the Tarn.", False),
    ("The Brooklyn Bridge is a steel bridge across the East River.", True),
    ("The Brooklyn Bridge is a steel bridge across the Vltava.", False),
    ("Prague is over the Vltava.", False),
    ("The Turning Torso is made of concrete.", True),
    ("The Turning Torso is made of steel.", False),
    ("The Charles Bridge is built of sandstone.", True),
    ("The Charles Bridge is built of concrete.", False),
])
def test_crossing_and_material_words(bridges: ConsistencyChecker, text: str, ok: bool) -> None:
    assert bridges.check(text, ()).supported is ok, text


@pytest.mark.parametrize("text, ok", [
    ("Completed in 1402, the Charles Bridge was designed by Peter Parler.", True),
    ("Completed in 1403, the Charles Bridge was designed by Peter Parler.", False),
    ("Opened in 1883, the Brooklyn Bridge was designed by John A. Roebling.", True),
    ("The Brooklyn Bridge is older than Tower Bridge.", True),
    ("Tower Bridge is older than the Brooklyn Bridge.", False),
    ("Tower Bridge is newer than the Brooklyn Bridge.", True),
    ("The Brooklyn Bridge predates Tower Bridge.", True),
    ("Tower Bridge predates the Brooklyn Bridge.", False),
    ("The Brooklyn Bridge is not older than Tower Bridge.", False),
    ("30 St Mary Axe opened in 2004, the same year as the Millau Viaduct.", True),
    ("30 St Mary Axe opened in 2004, the same year as the Turning Torso.", False),
    ("The Brooklyn Bridge opened in 1883, eleven years before Tower Bridge.", True),
    ("30 St Mary Axe opened in 2004, a year before the Turning Torso.", True),
    ("30 St Mary Axe opened in 2004, two years before the Turning Torso.", False),
])
def test_years_compared_and_fronted(bridges: ConsistencyChecker, text: str, ok: bool) -> None:
    assert bridges.check(text, ()).supported is ok, text


def _tunnels() -> kgx.KnowledgeGraph:
    rels = [R("crosses", phrase="crosses", inverse_phrase="is crossed by"),
            R("designed_by", phrase="was designed by", inverse_phrase="designed")]
    ents = [E("t:holland", kind="item", type="tunnel", label="Holland Tunnel", attrs={"year": 1927}),
            E("w:hudson", type="river", label="Hudson River"), E("a:holland", type="engineer", label="Clifford Holland")]
    return kgx.KnowledgeGraph.from_triples([("t:holland", "crosses", "w:hudson"), ("t:holland", "designed_by", "a:holland")],
                                           entities=ents, relations=rels)


@pytest.mark.parametrize("text", [
    "The Holland Tunnel is a tunnel over the Hudson River.",  # a tunnel goes under what it crosses
    "The Holland Tunnel spans the Hudson River.",
    "The Holland Tunnel was designed by Clifford Holland in 1927.",  # the design came before it opened
    "Clifford Holland designed the Holland Tunnel in 1927.",
    "Designed by Clifford Holland in 1927, the Holland Tunnel crosses the Hudson River.",
    "The Holland Tunnel was released in 1927.",
    "The Holland Tunnel came out in 1927.",
])
def test_no_span_words_for_a_tunnel_and_no_design_year(text: str) -> None:
    assert not ConsistencyChecker(_tunnels(), outside_evidence=True).check(text, ()).supported, text


def test_what_opens() -> None:
    tunnels = ConsistencyChecker(_tunnels(), outside_evidence=True)
    assert tunnels.check("The Holland Tunnel crosses the Hudson River and opened in 1927.", ()).supported
    assert tunnels.check("The Holland Tunnel was designed by Clifford Holland and opened in 1927.", ()).supported
    movies = ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True)
    assert not movies.check("Heat was built in 1995.", ()).supported  # a film is not built
    assert not movies.check("Heat opened in 1995.", ()).supported
