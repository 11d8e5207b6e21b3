"""Readings added in session 53, each with false twins: fictional characters as "he" / "she", an
item's class after a noun ("a work of documentary photography", "P's treatise on ethics"),
photographs "shot" and dated by the active past, "debuted in", "based in", "lives in", "is one
of", "is the subject of"; and the WebNLG measure against each entry's own graph. Red teams 166
and 167 (tests/redteam) attack the same readings with false texts.

The graphs are small and declared here; texts are checked with no evidence (every true fact of
the graph is allowed), so a rejection is the reading's, not the evidence's."""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

from checker_cases import accepts as _ok, attr as _attr, graph_checker as _graph, item as _item, rejects as _bad
from kgexplain.datasets.webnlg import WebNLGEntry
from kgexplain.evaluation.webnlg import webnlg_entry_graphs, webnlg_graph


@pytest.fixture(scope="module")
def comics():
    rels = [kgx.Relation("created_by", phrase="was created by", inverse_phrase="created",
                         domain=("superhero",), range=("person",)),
            kgx.Relation("published_by", phrase="is published by", inverse_phrase="publishes",
                         domain=("superhero",), range=("publisher",)),
            kgx.Relation("member_of", phrase="is a member of", inverse_phrase="includes",
                         domain=("superhero",), range=("team",)),
            kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to",
                         domain=("superhero",), range=("city",)),
            kgx.Relation("first_appeared_in", phrase="first appeared in", inverse_phrase="introduced",
                         domain=("superhero",), range=("comic",))]
    ents = [_item("h:ww", "Wonder Woman", "superhero", 1941), _item("h:storm", "Storm", "superhero", 1975),
            _item("h:flash", "The Flash", "superhero", 1956),
            _attr("p:marston", "William Moulton Marston", "person"), _attr("p:wein", "Len Wein", "person"),
            _attr("pub:dc", "DC Comics", "publisher"), _attr("pub:marvel", "Marvel Comics", "publisher"),
            _attr("t:xmen", "X-Men", "team"), _attr("t:jla", "Justice League", "team"),
            _attr("c:themyscira", "Themyscira", "city"), _attr("c:central", "Central City", "city"),
            _attr("i:asc8", "All Star Comics #8", "comic"), _attr("i:gsxm1", "Giant-Size X-Men #1", "comic"),
            _attr("i:sc4", "Showcase #4", "comic")]
    rows = [("h:ww", "created_by", "p:marston"), ("h:ww", "published_by", "pub:dc"), ("h:ww", "member_of", "t:jla"),
            ("h:ww", "based_in", "c:themyscira"), ("h:ww", "first_appeared_in", "i:asc8"),
            ("h:storm", "created_by", "p:wein"), ("h:storm", "published_by", "pub:marvel"),
            ("h:storm", "member_of", "t:xmen"), ("h:storm", "first_appeared_in", "i:gsxm1"),
            ("h:flash", "published_by", "pub:dc"), ("h:flash", "based_in", "c:central"),
            ("h:flash", "first_appeared_in", "i:sc4")]
    return _graph("comics", rels, ents, rows)


@pytest.fixture(scope="module")
def photos():
    rels = [kgx.Relation("taken_by", phrase="was taken by", inverse_phrase="took",
                         domain=("photograph",), range=("photographer",)),
            kgx.Relation("taken_in", phrase="was taken in", inverse_phrase="is the setting of",
                         domain=("photograph",), range=("city",)),
            kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted in",
                         domain=("photograph",), range=("person",)),
            kgx.Relation("published_in", phrase="was published in", inverse_phrase="published",
                         domain=("photograph",), range=("magazine",)),
            kgx.Relation("has_genre", phrase="belongs to the genre", inverse_phrase="is the genre of",
                         domain=("photograph",), range=("genre",))]
    ents = [_item("ph:baiser", "Le Baiser de l'Hôtel de Ville", "photograph", 1950),
            _item("ph:gh", "Guerrillero Heroico", "photograph", 1960),
            _item("ph:mm", "Migrant Mother", "photograph", 1936),
            _attr("pg:doisneau", "Robert Doisneau", "photographer"), _attr("pg:korda", "Alberto Korda", "photographer"),
            _attr("pg:lange", "Dorothea Lange", "photographer"),
            _attr("c:paris", "Paris", "city"), _attr("c:havana", "Havana", "city"), _attr("c:nipomo", "Nipomo", "city"),
            _attr("p:che", "Che Guevara", "person"), _attr("p:fidel", "Fidel Castro", "person"),
            _attr("m:life", "Life", "magazine"), _attr("m:revolucion", "Revolución", "magazine"),
            _attr("g:street", "street photography", "genre"), _attr("g:doc", "documentary photography", "genre"),
            _attr("g:portrait", "portrait photography", "genre")]
    rows = [("ph:baiser", "taken_by", "pg:doisneau"), ("ph:baiser", "taken_in", "c:paris"),
            ("ph:baiser", "published_in", "m:life"), ("ph:baiser", "has_genre", "g:street"),
            ("ph:gh", "taken_by", "pg:korda"), ("ph:gh", "taken_in", "c:havana"), ("ph:gh", "depicts", "p:che"),
            ("ph:gh", "has_genre", "g:portrait"), ("ph:gh", "published_in", "m:revolucion"),
            ("ph:mm", "taken_by", "pg:lange"), ("ph:mm", "taken_in", "c:nipomo"), ("ph:mm", "has_genre", "g:doc")]
    return _graph("photos", rels, ents, rows)


@pytest.fixture(scope="module")
def treatises():
    rels = [kgx.Relation("written_by", phrase="was written by", inverse_phrase="wrote",
                         domain=("treatise",), range=("philosopher",)),
            kgx.Relation("written_in", phrase="is written in", inverse_phrase="is the language of",
                         domain=("treatise",), range=("language",)),
            kgx.Relation("branch", phrase="is a work of", inverse_phrase="is the field of",
                         domain=("treatise",), range=("branch",)),
            kgx.Relation("published_in", phrase="was first published in", inverse_phrase="saw the first edition of",
                         domain=("treatise",), range=("city",))]
    ents = [_item("t:bn", "Being and Nothingness", "treatise", 1943), _item("t:lev", "Leviathan", "treatise", 1651),
            _item("t:gw", "Groundwork of the Metaphysics of Morals", "treatise", 1785),
            _item("t:eo", "Either/Or", "treatise", 1843),
            _attr("ph:sartre", "Jean-Paul Sartre", "philosopher"), _attr("ph:hobbes", "Thomas Hobbes", "philosopher"),
            _attr("ph:kant", "Immanuel Kant", "philosopher"), _attr("ph:kierkegaard", "Søren Kierkegaard", "philosopher"),
            _attr("l:french", "French", "language"), _attr("l:english", "English", "language"),
            _attr("l:german", "German", "language"), _attr("l:danish", "Danish", "language"),
            _attr("b:meta", "metaphysics", "branch"), _attr("b:pol", "political philosophy", "branch"),
            _attr("b:ethics", "ethics", "branch"),
            _attr("c:paris", "Paris", "city"), _attr("c:london", "London", "city"), _attr("c:riga", "Riga", "city"),
            _attr("c:copenhagen", "Copenhagen", "city")]
    rows = [("t:bn", "written_by", "ph:sartre"), ("t:bn", "written_in", "l:french"), ("t:bn", "branch", "b:meta"),
            ("t:bn", "published_in", "c:paris"),
            ("t:lev", "written_by", "ph:hobbes"), ("t:lev", "written_in", "l:english"), ("t:lev", "branch", "b:pol"),
            ("t:lev", "published_in", "c:london"),
            ("t:gw", "written_by", "ph:kant"), ("t:gw", "written_in", "l:german"), ("t:gw", "branch", "b:ethics"),
            ("t:gw", "published_in", "c:riga"),
            ("t:eo", "written_by", "ph:kierkegaard"), ("t:eo", "written_in", "l:danish"), ("t:eo", "branch", "b:ethics"),
            ("t:eo", "published_in", "c:copenhagen")]
    return _graph("treatises", rels, ents, rows)


@pytest.fixture(scope="module")
def stores():
    rels = [kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                         domain=("store",), range=("city",)),
            kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                         domain=("store",), range=("person",))]
    ents = [_item("s:eci", "El Corte Inglés", "store", 1940), _item("s:harrods", "Harrods", "store", 1849),
            _attr("c:madrid", "Madrid", "city"), _attr("c:london", "London", "city"),
            _attr("p:areces", "Ramón Areces", "person"), _attr("p:harrod", "Charles Henry Harrod", "person")]
    rows = [("s:eci", "located_in", "c:madrid"), ("s:eci", "founded_by", "p:areces"),
            ("s:harrods", "located_in", "c:london"), ("s:harrods", "founded_by", "p:harrod")]
    return _graph("stores", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    # a character may be "he" / "she"; a comic or a publisher named before is not
    ("Wonder Woman first appeared in All Star Comics #8. She is published by DC Comics.",
     "Wonder Woman first appeared in All Star Comics #8. She is published by Marvel Comics."),
    ("Storm first appeared in Giant-Size X-Men #1, and she is a member of the X-Men.",
     "Storm first appeared in Giant-Size X-Men #1, and she is a member of the Justice League."),
    # (a publisher may be a person: red team 167, "Max Gaines published All Star Comics #8")
    ("Storm first appeared in Giant-Size X-Men #1. She was created by Len Wein.",
     "Storm first appeared in Giant-Size X-Men #1. She was created by William Moulton Marston."),
    # "debuted in", "made her debut in"
    ("The Flash debuted in Showcase #4.", "The Flash debuted in All Star Comics #8."),
    ("Wonder Woman made her debut in All Star Comics #8.", "Wonder Woman made her debut in Showcase #4."),
    ("The Flash debuted in Showcase #4, Storm in Giant-Size X-Men #1.",
     "The Flash debuted in Showcase #4, Storm in All Star Comics #8."),
    # "lives in" for a character; "is one of" a team
    ("The Flash lives in Central City.", "The Flash lives in Themyscira."),
    ("Storm is one of the X-Men.", "Storm is one of the Justice League."),
    ("Wonder Woman is one of the Justice League.", "Justice League is one of the Wonder Woman."),
])
def test_characters(comics, true, false):
    _ok(comics, true)
    _bad(comics, false)


@pytest.mark.parametrize("true, false", [
    # photographs are "shot", "captured", "photographed"; the taker is their maker
    ("Robert Doisneau shot Le Baiser de l'Hôtel de Ville in Paris.",
     "Robert Doisneau shot Le Baiser de l'Hôtel de Ville in Havana."),
    ("Alberto Korda captured Guerrillero Heroico in Havana.", "Alberto Korda captured Migrant Mother in Nipomo."),
    ("Dorothea Lange photographed Migrant Mother in Nipomo.",
     "Migrant Mother photographed Dorothea Lange in Nipomo."),
    # the active past dates the photograph
    ("Robert Doisneau took Le Baiser de l'Hôtel de Ville in 1950.",
     "Robert Doisneau took Le Baiser de l'Hôtel de Ville in 1960."),
    ("Alberto Korda took Guerrillero Heroico in 1960.", "Alberto Korda took Migrant Mother in 1936."),
    # "a work / piece / example of" the genre
    ("Migrant Mother is a work of documentary photography.", "Migrant Mother is a work of street photography."),
    ("Le Baiser de l'Hôtel de Ville is a piece of street photography.",
     "Guerrillero Heroico is a piece of street photography."),
    ("Guerrillero Heroico is an example of portrait photography.",
     "Guerrillero Heroico is an example of documentary photography."),
    # "is the subject of", the other way round from "depicts"
    ("Che Guevara is the subject of Guerrillero Heroico.", "Fidel Castro is the subject of Guerrillero Heroico."),
    # "printed in" for "published in"
    ("Le Baiser de l'Hôtel de Ville was printed in Life.", "Migrant Mother was printed in Life."),
])
def test_photographs(photos, true, false):
    _ok(photos, true)
    _bad(photos, false)


@pytest.mark.parametrize("true, false", [
    ("Leviathan is a treatise of political philosophy.", "Leviathan is a treatise of ethics."),
    ("The Groundwork of the Metaphysics of Morals is a treatise on ethics.",
     "The Groundwork of the Metaphysics of Morals is a treatise on metaphysics."),
    ("Being and Nothingness is a work of metaphysics.", "Being and Nothingness is a work of political philosophy."),
    # after a possessive: authorship, then the class
    ("Being and Nothingness is Jean-Paul Sartre's work of metaphysics.",
     "Being and Nothingness is Immanuel Kant's work of metaphysics."),
    ("The Groundwork of the Metaphysics of Morals is Immanuel Kant's treatise on ethics.",
     "The Groundwork of the Metaphysics of Morals is Immanuel Kant's treatise on metaphysics."),
    ("Being and Nothingness, Jean-Paul Sartre's work of metaphysics, is written in French.",
     "Being and Nothingness, Jean-Paul Sartre's work of ethics, is written in French."),
    ("Being and Nothingness (1943) is Jean-Paul Sartre's work of metaphysics.",
     "Being and Nothingness (1944) is Jean-Paul Sartre's work of metaphysics."),
    # a treatise is published and comes out in its year
    ("Either/Or was published in 1843.", "Either/Or was published in 1844."),
    ("Published in 1651, Leviathan is written in English.", "Published in 1651, Either/Or is written in Danish."),
    ("Leviathan came out in 1651.", "Leviathan came out in 1785."),
])
def test_treatises(treatises, true, false):
    _ok(treatises, true)
    _bad(treatises, false)


def test_on_is_said_of_fields_only(photos):
    _bad(photos, "Migrant Mother is a work on documentary photography.")  # (a genre is no topic)


@pytest.mark.parametrize("true, false", [
    ("El Corte Inglés is based in Madrid.", "El Corte Inglés is based in London."),
    ("Harrods, founded by Charles Henry Harrod in 1849, is based in London.",
     "Harrods, founded by Charles Henry Harrod in 1849, is based in Madrid."),
])
def test_based_in(stores, true, false):
    _ok(stores, true)
    _bad(stores, false)


def test_a_store_does_not_live_anywhere(stores):
    _bad(stores, "El Corte Inglés lives in Madrid.")


def _two_leaders():
    return [WebNLGEntry("dev/x/1", "Country", (("Philippines", "leader", "Rodrigo Duterte"),), ()),
            WebNLGEntry("dev/x/2", "Country", (("Philippines", "leader", "Pantaleon Alvarez"),), ())]


def test_webnlg_each_entry_has_its_own_graph():
    entries = _two_leaders()
    text = "The leader of the Philippines is Pantaleon Alvarez."
    whole, evidence = webnlg_graph(entries)
    # one graph of both entries: the Philippines has two leaders, "the leader" leaves one out
    assert not ConsistencyChecker(whole).check(text, evidence["dev/x/2"]).supported
    graphs = {e.key: (kg, ev) for e, kg, ev in webnlg_entry_graphs(entries)}
    kg, ev = graphs["dev/x/2"]
    assert kg.num_triples == 1
    assert ConsistencyChecker(kg).check(text, ev).supported
    assert not ConsistencyChecker(kg).check("The leader of the Philippines is Rodrigo Duterte.", ev).supported
    assert not ConsistencyChecker(kg).check("The leader of the Philippines is not Pantaleon Alvarez.", ev).supported


def test_webnlg_character_qualifier_is_a_compound_type():
    entry = WebNLGEntry("dev/x/3", "ComicsCharacter", (("Bolt (comicsCharacter)", "creator", "Gary Cohn (comics)"),), ())
    (_, kg, ev), = webnlg_entry_graphs([entry])
    assert {e.type for e in kg.entities()} == {"comics_character", "person"}
    checker = ConsistencyChecker(kg)
    assert checker.check("The comic character Bolt was created by Gary Cohn.", ev).supported
    assert not checker.check("The comic character Gary Cohn was created by Bolt.", ev).supported
