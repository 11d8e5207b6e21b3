"""Readings added in session 60, each with false twins: items of common-noun kinds named in lower
case ("the kakapo"), species and breeds also in the plural; an animal "comes from" the place it "is
native to"; a species "is a member of" the family it "belongs to"; a client a house "was built for"
is the one it "was designed / made for" where no other relation says that verb ("was built by X
for Y"); "X, which, like Y, ..." after a user's claim; a year in "was founded in 1852 by X" after
words set off by commas; "A and B are both X designs"; "If you are after a <class>, X is one"; "At
Taronga Zoo you can see a platypus"; "P, where one of the Ns is Z"; and fixes of older readings: a
year after "X, like Y," is checked on both, a year after a later act ("stolen in 1503 by") is not
the item's, nothing "devised" by a dam or a performer. Readings tried and withdrawn after red teams
185-188 (habitat and diet verbs, "invented", "was built in", a year inside a phrase with its
adverb) are tested as rejected. Red teams (tests/redteam/rt185-188.py) attack the same readings."""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

from checker_cases import accepts as _ok, attr as _attr, graph_checker as _graph, item as _item, rejects as _bad


@pytest.fixture(scope="module")
def movies():
    return ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True, rating_threshold=4.0)


@pytest.fixture(scope="module")
def birds():
    rels = [kgx.Relation("native_to", phrase="is native to", inverse_phrase="is home to",
                         domain=("bird",), range=("region",)),
            kgx.Relation("feeds_on", phrase="feeds on", inverse_phrase="is eaten by", domain=("bird",), range=("food",)),
            kgx.Relation("in_family", phrase="belongs to the family", inverse_phrase="includes",
                         domain=("bird",), range=("family",))]
    ents = [_item("b:kea", "Kea", "bird", 1856), _item("b:tui", "Tui", "bird", 1788),
            _item("b:condor", "Andean condor", "bird", 1758), _item("b:hoatzin", "Hoatzin", "bird", 1776),
            _attr("r:nz", "New Zealand", "region"), _attr("r:sa", "South America", "region"),
            _attr("f:insects", "insects", "food"), _attr("f:carrion", "carrion", "food"),
            _attr("f:nectar", "nectar", "food"), _attr("fam:cath", "Cathartidae", "family"),
            _attr("fam:nest", "Nestoridae", "family")]
    rows = [("b:kea", "native_to", "r:nz"), ("b:tui", "native_to", "r:nz"), ("b:condor", "native_to", "r:sa"),
            ("b:hoatzin", "native_to", "r:sa"), ("b:kea", "feeds_on", "f:insects"),
            ("b:tui", "feeds_on", "f:nectar"), ("b:condor", "feeds_on", "f:carrion"),
            ("b:condor", "in_family", "fam:cath"), ("b:kea", "in_family", "fam:nest")]
    return _graph("birds", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("The kea is native to New Zealand.", "The kea is native to South America."),
    ("The tui feeds on nectar.", "The tui feeds on carrion."),
    ("The hoatzin comes from South America.", "The hoatzin comes from New Zealand."),
    ("The Andean condor is a member of the family Cathartidae.", "The kea is a member of the family Cathartidae."),
    ("The kea is a member of the Nestoridae.", "The kea is not a member of the Nestoridae."),
    ("The kea and the tui are both native to New Zealand.", "The kea and the hoatzin are both native to New Zealand."),
])
def test_birds(birds, true, false):
    _ok(birds, true)
    _bad(birds, false)


def test_habitat_one_way(birds):
    _bad(birds, "New Zealand lives in the kea.")
    _bad(birds, "Carrion eats the Andean condor.")


def test_native_is_no_present_habitat():
    # "is native to" (with no habitat in the graph's words) says where a species comes from, not
    # that it lives there now (the dodo: red teams 185, 186)
    rels = [kgx.Relation("native_to", phrase="is native to", inverse_phrase="is the native land of",
                         domain=("bird",), range=("island",))]
    ents = [_item("b:dodo", "Dodo", "bird", 1598), _attr("i:mau", "Mauritius", "island"),
            _attr("i:reu", "Réunion", "island")]
    checker = _graph("native", rels, ents, [("b:dodo", "native_to", "i:mau")])
    _ok(checker, "The dodo comes from Mauritius.")
    _bad(checker, "The dodo comes from Réunion.")
    for text in ("The dodo lives in Mauritius.", "The dodo is found in Mauritius.", "Mauritius shelters the dodo."):
        _bad(checker, text)


@pytest.mark.parametrize("text", [
    # tried and withdrawn (red teams 185-188): verbs of living somewhere now from the graph's "is
    # native to" / "is home to" / "lives in" (extinct, fossil, sessile animals "roaming"), "feeds on"
    # as "eats" / "hunts" (a vampire bat "eats cattle"), species named in the plural from a type
    # "bird" (one bird, "Alex" the parrot)
    "The kea lives in New Zealand.", "Keas roam New Zealand.", "New Zealand shelters the kea.",
    "The kea eats insects.", "The Andean condor hunts carrion.", "Keas are native to New Zealand.",
])
def test_withdrawn_habitat_diet_and_plural(birds, text):
    _bad(birds, text)


@pytest.fixture(scope="module")
def villas():
    rels = [kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                         domain=("house",), range=("person",)),
            kgx.Relation("built_for", phrase="was built for", inverse_phrase="commissioned",
                         domain=("house",), range=("person",)),
            kgx.Relation("located_in", phrase="stands in", inverse_phrase="is home to", domain=("house",),
                         range=("city",))]
    ents = [_item("h:savoye", "Villa Savoye", "house", 1931), _item("h:mairea", "Villa Mairea", "house", 1939),
            _item("h:stein", "Villa Stein", "house", 1927),
            _attr("p:lc", "Le Corbusier", "person"), _attr("p:aalto", "Alvar Aalto", "person"),
            _attr("p:savoye", "Pierre Savoye", "person"), _attr("p:gull", "Maire Gullichsen", "person"),
            _attr("c:poissy", "Poissy", "city"), _attr("c:noor", "Noormarkku", "city")]
    rows = [("h:savoye", "designed_by", "p:lc"), ("h:mairea", "designed_by", "p:aalto"), ("h:stein", "designed_by", "p:lc"),
            ("h:savoye", "built_for", "p:savoye"), ("h:mairea", "built_for", "p:gull"),
            ("h:savoye", "located_in", "c:poissy"), ("h:mairea", "located_in", "c:noor")]
    return _graph("villas", rels, ents, rows)


@pytest.fixture(scope="module")
def clients():
    # no other relation says "designed": the client it "was built for" is the one it "was made /
    # designed for"
    rels = [kgx.Relation("built_for", phrase="was built for", inverse_phrase="commissioned",
                         domain=("house",), range=("person",)),
            kgx.Relation("built_by", phrase="was built by", inverse_phrase="built", domain=("house",),
                         range=("firm",))]
    ents = [_item("h:savoye", "Villa Savoye", "house", 1931), _item("h:mairea", "Villa Mairea", "house", 1939),
            _attr("p:savoye", "Pierre Savoye", "person"), _attr("p:gull", "Maire Gullichsen", "person"),
            _attr("f:acme", "Acme Builders", "firm")]
    rows = [("h:savoye", "built_for", "p:savoye"), ("h:mairea", "built_for", "p:gull"), ("h:savoye", "built_by", "f:acme")]
    return _graph("clients", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Villa Savoye was designed for Pierre Savoye.", "Villa Savoye was designed for Maire Gullichsen."),
    ("Villa Mairea was made for Maire Gullichsen.", "Villa Mairea was made for Pierre Savoye."),
    ("Villa Savoye was built by Acme Builders for Pierre Savoye.",
     "Villa Savoye was built by Acme Builders for Maire Gullichsen."),
])
def test_clients(clients, true, false):
    _ok(clients, true)
    _bad(clients, false)


def test_designed_for_stays_unread_beside_a_designer(villas):
    # where another relation says "designed" (the designer), "designed for" is not read as the
    # client's (a graph may give a house one client it was designed for and another it was built
    # for, red team 188)
    _ok(villas, "Villa Savoye was built for Pierre Savoye.")
    _bad(villas, "Villa Savoye was designed for Pierre Savoye.")


@pytest.fixture(scope="module")
def obelisks():
    # an obelisk is no building: where it stands is not where it was built (Luxor to Paris)
    rels = [kgx.Relation("located_in", phrase="stands in", inverse_phrase="is home to", domain=("obelisk",),
                         range=("city",))]
    ents = [_item("o:luxor", "Luxor Obelisk", "obelisk", 1836), _attr("c:paris", "Paris", "city")]
    return _graph("obelisks", rels, ents, [("o:luxor", "located_in", "c:paris")])


def test_where_it_stands_is_not_where_it_was_built(obelisks, villas):
    # tried and withdrawn (red teams 185, 186: moved temples, obelisks): a graph seldom says
    # that a thing was moved
    _ok(obelisks, "The Luxor Obelisk stands in Paris.")
    _bad(obelisks, "The Luxor Obelisk was built in Paris.")
    _bad(villas, "Villa Savoye was built in Poissy.")


@pytest.fixture(scope="module")
def hospitals():
    rels = [kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("hospital",),
                         range=("person",)),
            kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("hospital",),
                         range=("city",)),
            kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the kind of", domain=("hospital",),
                         range=("kind",))]
    ents = [_item("h:gosh", "Great Ormond Street Hospital", "hospital", 1852),
            _item("h:guys", "Guy's Hospital", "hospital", 1721), _attr("p:west", "Charles West", "person"),
            _attr("p:guy", "Thomas Guy", "person"), _attr("c:london", "London", "city"),
            _attr("k:child", "children's hospital", "kind")]
    rows = [("h:gosh", "founded_by", "p:west"), ("h:guys", "founded_by", "p:guy"), ("h:gosh", "located_in", "c:london"),
            ("h:guys", "located_in", "c:london"), ("h:gosh", "has_kind", "k:child")]
    return _graph("hospitals", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Great Ormond Street Hospital, a children's hospital, was founded in 1852 by Charles West.",
     "Great Ormond Street Hospital, a children's hospital, was founded in 1853 by Charles West."),
    ("Great Ormond Street Hospital, in London, was founded in 1852 by Charles West.",
     "Great Ormond Street Hospital, in London, was founded in 1852 by Thomas Guy."),
    ("Guy's Hospital, which is in London, was founded in 1721 by Thomas Guy.",
     "Guy's Hospital, which is in London, was founded in 1852 by Thomas Guy."),
])
def test_year_after_words_set_off(hospitals, true, false):
    _ok(hospitals, true)
    _bad(hospitals, false)


@pytest.mark.parametrize("text", [
    # the year said after a compared name is the year of the name compared with too (these were
    # accepted on Psycho's year alone)
    "Vertigo, like Psycho, was directed in 1960 by Alfred Hitchcock.",
    "Vertigo, like Psycho, was released in 1960 by Paramount Pictures.",
])
def test_year_of_the_compared_and_its_host(movies, text):
    _bad(movies, text)


def test_which_like_after_a_user_claim():
    checker = ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True, rating_threshold=4.0)
    # user:57 rated Vertigo 4.0 or more in the example graph (see the assertion below)
    assert checker.check("You enjoyed Vertigo.", (), "user:57").supported
    _ok_user = checker.check("You enjoyed Vertigo, which, like Psycho, has music by Bernard Herrmann.", (), "user:57")
    assert _ok_user.supported, [(c.status, c.text) for c in _ok_user.rejected]
    for false in ("You enjoyed Vertigo, which, like Psycho, was directed by Bernard Herrmann.",
                  "You enjoyed Vertigo, which, like Alien, has music by Bernard Herrmann."):
        assert not checker.check(false, (), "user:57").supported, false


@pytest.mark.parametrize("true, false", [
    ("Pulp Fiction was put together in the editing room by Sally Menke.",
     "Pulp Fiction was put together in the editing room by Quentin Tarantino."),
    ("Terry Gilliam was in the director's chair for Twelve Monkeys.",
     "Terry Gilliam was in the director's chair for Vertigo."),
])
def test_movie_idioms(movies, true, false):
    _ok(movies, true)
    _bad(movies, false)


@pytest.fixture(scope="module")
def drinks():
    rels = [kgx.Relation("created_by", phrase="was created by", inverse_phrase="created", domain=("spirit",),
                         range=("person",))]
    ents = [_item("s:campari", "Campari", "spirit", 1860), _item("s:baileys", "Baileys Irish Cream", "spirit", 1974),
            _attr("p:gaspare", "Gaspare Campari", "person"), _attr("p:jago", "Tom Jago", "person")]
    return _graph("drinks", rels, ents, [("s:campari", "created_by", "p:gaspare"), ("s:baileys", "created_by", "p:jago")])


def test_invented_for_created(drinks):
    # "invented" for "created" tried and withdrawn (red team 188: a dam "invented" its lake), read
    # again since session 70 where no force of nature or natural feature is at either end of the
    # relation (see test_a_dam_devised_nothing and test_consistency_s70_readings)
    _ok(drinks, "Gaspare Campari created Campari.")
    _ok(drinks, "Gaspare Campari invented Campari.")
    _bad(drinks, "Tom Jago invented Campari.")
    _bad(drinks, "Campari invented Gaspare Campari.")


def test_a_dam_devised_nothing():
    rels = [kgx.Relation("created_by", phrase="was created by", inverse_phrase="created", domain=("reservoir",),
                         range=("dam",))]
    ents = [_item("l:mead", "Lake Mead", "reservoir", 1935), _attr("d:hoover", "Hoover Dam", "dam")]
    checker = _graph("dams", rels, ents, [("l:mead", "created_by", "d:hoover")])
    _ok(checker, "Hoover Dam created Lake Mead.")
    for text in ("Hoover Dam devised Lake Mead.", "Hoover Dam came up with Lake Mead.", "Hoover Dam invented Lake Mead."):
        _bad(checker, text)


@pytest.fixture(scope="module")
def described():
    rels = [kgx.Relation("described_by", phrase="was formally described by", inverse_phrase="formally described",
                         domain=("bird",), range=("person",))]
    ents = [_item("b:falcon", "Peregrine falcon", "bird", 1771), _item("b:kea", "Kea", "bird", 1856),
            _attr("p:tunstall", "Marmaduke Tunstall", "person"), _attr("p:gould", "John Gould", "person")]
    return _graph("described", rels, ents, [("b:falcon", "described_by", "p:tunstall"),
                                            ("b:kea", "described_by", "p:gould")])


@pytest.mark.parametrize("text", [
    # tried and withdrawn: a year inside a declared phrase with its adverb ("was famously portrayed
    # in 1914 by X" says a later act, red team 186)
    "The peregrine falcon was formally described in 1771 by Marmaduke Tunstall.",
])
def test_year_inside_a_phrase_with_its_adverb_stays_unread(described, text):
    _bad(described, text)


@pytest.mark.parametrize("true, false", [
    ("Villa Savoye and Villa Stein are both Le Corbusier designs.",
     "Villa Savoye and Villa Mairea are both Le Corbusier designs."),
])
def test_plural_designs_of_one_maker(villas, true, false):
    _ok(villas, true)
    _bad(villas, false)


def test_plural_designs_of_one_maker_on_films(movies):
    _ok(movies, "Vertigo and Psycho are both Alfred Hitchcock films.")
    _bad(movies, "Vertigo and Jaws are both Alfred Hitchcock films.")


def test_habitat_only_as_the_one_link_to_places():
    # a second relation of the animals to places (extinct there) leaves "lives in" unread (red
    # team 185: "The dodo lives in Mauritius")
    rels = [kgx.Relation("native_to", phrase="is native to", inverse_phrase="is home to", domain=("bird",),
                         range=("island",)),
            kgx.Relation("extinct_in", phrase="went extinct in", inverse_phrase="lost", domain=("bird",),
                         range=("island",))]
    ents = [_item("b:dodo", "Dodo", "bird", 1598), _attr("i:mau", "Mauritius", "island")]
    checker = _graph("dodo", rels, ents, [("b:dodo", "native_to", "i:mau"), ("b:dodo", "extinct_in", "i:mau")])
    _ok(checker, "The dodo is native to Mauritius.")
    for text in ("The dodo lives in Mauritius.", "Mauritius shelters the dodo.", "Dodos roam Mauritius."):
        _bad(checker, text)


def test_a_moved_building_was_not_built_where_it_stands():
    rels = [kgx.Relation("located_in", phrase="stands in", inverse_phrase="is home to", domain=("temple",),
                         range=("city",)),
            kgx.Relation("moved_from", phrase="was moved from", inverse_phrase="lost", domain=("temple",),
                         range=("city",))]
    ents = [_item("t:debod", "Temple of Debod", "temple", 1968), _attr("c:madrid", "Madrid", "city"),
            _attr("c:debod", "Debod", "city")]
    checker = _graph("moved", rels, ents, [("t:debod", "located_in", "c:madrid"), ("t:debod", "moved_from", "c:debod")])
    _ok(checker, "The Temple of Debod stands in Madrid.")
    _bad(checker, "The Temple of Debod was built in Madrid.")


def test_belonging_to_an_owner_is_no_membership():
    rels = [kgx.Relation("owned_by", phrase="belongs to", inverse_phrase="owns", domain=("house",), range=("trust",))]
    ents = [_item("h:fw", "Fallingwater", "house", 1937), _attr("t:wpc", "Western Pennsylvania Conservancy", "trust")]
    checker = _graph("owned", rels, ents, [("h:fw", "owned_by", "t:wpc")])
    _ok(checker, "Fallingwater belongs to the Western Pennsylvania Conservancy.")
    _bad(checker, "Fallingwater is a member of the Western Pennsylvania Conservancy.")


def test_a_role_created_by_an_actor_was_not_invented_by_him():
    rels = [kgx.Relation("created_by", phrase="was created by", inverse_phrase="created", domain=("role",),
                         range=("actor",))]
    ents = [_item("r:stanley", "Stanley Kowalski", "role", 1947), _attr("a:brando", "Marlon Brando", "actor")]
    checker = _graph("roles", rels, ents, [("r:stanley", "created_by", "a:brando")])
    _ok(checker, "Marlon Brando created Stanley Kowalski.")
    for text in ("Marlon Brando invented Stanley Kowalski.", "Marlon Brando came up with Stanley Kowalski."):
        _bad(checker, text)


@pytest.mark.parametrize("text", [
    # a relative after a list may be said of the whole list: not read of its last name (red team 185)
    "Try Jaws and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.",
    "Try Vertigo and Psycho, which, like The Birds, were directed by Alfred Hitchcock.",
])
def test_which_like_after_a_list_stays_unread(movies, text):
    _bad(movies, text)


def test_year_after_an_apposition_with_its_kind_noun(movies):
    _ok(movies, "Heat, a crime film, was released in 1995 by Warner Bros.")
    _bad(movies, "Heat, a crime film, was released in 1996 by Warner Bros.")


@pytest.fixture(scope="module")
def liqueurs():
    rels = [kgx.Relation("of_style", phrase="is a", inverse_phrase="is the style of", domain=("spirit",),
                         range=("style",)),
            kgx.Relation("made_from", phrase="is made from", inverse_phrase="goes into", domain=("spirit",),
                         range=("ingredient",))]
    ents = [_item("s:kahlua", "Kahlúa", "spirit", 1936), _item("s:campari", "Campari", "spirit", 1860),
            _attr("st:coffee", "coffee liqueur", "style"), _attr("st:bitter", "bitter liqueur", "style"),
            _attr("i:coffee", "coffee", "ingredient")]
    rows = [("s:kahlua", "of_style", "st:coffee"), ("s:campari", "of_style", "st:bitter"),
            ("s:kahlua", "made_from", "i:coffee")]
    return _graph("liqueurs", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("If you are after a coffee liqueur, Kahlúa is one.", "If you are after a coffee liqueur, Campari is one."),
    ("If you want a bitter liqueur, Campari is one.", "If you want a bitter liqueur, Campari is not one."),
])
def test_if_you_want_a_declared_class(liqueurs, true, false):
    _ok(liqueurs, true)
    _bad(liqueurs, false)


def test_if_you_want_what_it_is_made_from_is_no_class(liqueurs):
    # coffee is what Kahlúa is made from: Kahlúa is no coffee
    _bad(liqueurs, "If you like coffee, Kahlúa is one.")


@pytest.fixture(scope="module")
def zoos():
    rels = [kgx.Relation("keeps", phrase="keeps", inverse_phrase="can be seen at", domain=("zoo",), range=("animal",)),
            kgx.Relation("exhibits", phrase="exhibits", inverse_phrase="is exhibited at", domain=("aquarium",),
                         range=("animal",))]
    ents = [_item("z:taronga", "Taronga Zoo", "zoo", 1916), _item("z:bronx", "Bronx Zoo", "zoo", 1899),
            _item("a:osaka", "Osaka Aquarium Kaiyukan", "aquarium", 1990),
            _attr("an:platypus", "platypus", "animal"), _attr("an:gorilla", "gorilla", "animal"),
            _attr("an:shark", "whale shark", "animal")]
    rows = [("z:taronga", "keeps", "an:platypus"), ("z:bronx", "keeps", "an:gorilla"), ("a:osaka", "exhibits", "an:shark")]
    return _graph("zoos", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("At Taronga Zoo you can see a platypus.", "At Taronga Zoo you can see a gorilla."),
    ("At the Bronx Zoo you can see a gorilla.", "At the Bronx Zoo you can see a platypus."),
    ("At Osaka Aquarium Kaiyukan you can see a whale shark.", "At Osaka Aquarium Kaiyukan you can see a gorilla."),
])
def test_at_a_place_you_can_see(zoos, true, false):
    _ok(zoos, true)
    _bad(zoos, false)


def test_at_a_place_you_cannot_see(zoos):
    _bad(zoos, "At Taronga Zoo you can't see a platypus.")


@pytest.fixture(scope="module")
def nations():
    rels = [kgx.Relation("country", phrase="is in the country", inverse_phrase="has the city", domain=("city",),
                         range=("country",)),
            kgx.Relation("ethnic_group", phrase="has the ethnic group", inverse_phrase="is an ethnic group of",
                         domain=("country",), range=("ethnic_group",)),
            kgx.Relation("fought_in", phrase="fought in", inverse_phrase="was fought by", domain=("person",),
                         range=("war",)),
            kgx.Relation("commander", phrase="has the commander", inverse_phrase="was a commander of",
                         domain=("war",), range=("person",))]
    ents = [_item("c:auburn", "Auburn", "city"), _attr("n:us", "United States", "country"),
            _attr("e:asian", "Asian Americans", "ethnic_group"), _attr("e:mestizo", "Mestizo", "ethnic_group"),
            _attr("p:holloway", "Adam Holloway", "person"), _attr("w:gulf", "Gulf War", "war"),
            _attr("p:bush", "George H. W. Bush", "person")]
    rows = [("c:auburn", "country", "n:us"), ("n:us", "ethnic_group", "e:asian"), ("p:holloway", "fought_in", "w:gulf"),
            ("w:gulf", "commander", "p:bush")]
    return _graph("nations", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Auburn is in the United States, where one of the ethnic groups is Asian Americans.",
     "Auburn is in the United States, where one of the ethnic groups is Mestizo."),
    ("Auburn is in the United States, where one of the ethnic groups is Asian Americans.",
     "Auburn is in the United States, where one of the ethnic groups is not Asian Americans."),
])
def test_where_one_of_the_nouns_is(nations, true, false):
    _ok(nations, true)
    _bad(nations, false)


def test_where_one_of_only_after_a_place(nations):
    # a war or a person is no place "where" (red team 187)
    _bad(nations, "Adam Holloway, where one of the wars was the Gulf War, is a politician.")
    _bad(nations, "Adam Holloway fought in the Gulf War, where one of the commanders was George H. W. Bush.")


def test_belonging_to_a_family_is_membership_only_for_living_things():
    rels = [kgx.Relation("owned_by", phrase="belongs to the family", inverse_phrase="owns", domain=("house",),
                         range=("family",))]
    ents = [_item("h:chats", "Chatsworth House", "house", 1560), _attr("f:cav", "Cavendish family", "family")]
    checker = _graph("owned_family", rels, ents, [("h:chats", "owned_by", "f:cav")])
    _ok(checker, "Chatsworth House belongs to the family Cavendish family.")
    _bad(checker, "Chatsworth House is a member of the Cavendish family.")


def test_a_part_an_actor_created_was_not_invented_by_him():
    rels = [kgx.Relation("created_by", phrase="was created by", inverse_phrase="created", domain=("heroine",),
                         range=("actor",))]
    ents = [_item("r:eliza", "Eliza Doolittle", "heroine", 1914), _attr("a:campbell", "Mrs Patrick Campbell", "actor")]
    checker = _graph("parts", rels, ents, [("r:eliza", "created_by", "a:campbell")])
    _ok(checker, "Mrs Patrick Campbell created Eliza Doolittle.")
    for text in ("Mrs Patrick Campbell invented Eliza Doolittle.", "Mrs Patrick Campbell came up with Eliza Doolittle.",
                 "Eliza Doolittle is a Mrs Patrick Campbell invention."):
        _bad(checker, text)


@pytest.mark.parametrize("text", [
    "Try Jaws, and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.",
    "Try Jaws as well as Vertigo, which, like Psycho, were directed by Alfred Hitchcock.",
    "Try Jaws (1975) and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.",
])
def test_which_like_after_any_list_stays_unread(movies, text):
    _bad(movies, text)


def test_if_you_want_a_past_label_is_no_class():
    # "was first sold as a" is no class the item is now (red team 187)
    rels = [kgx.Relation("first_sold_as", phrase="was first sold as a", inverse_phrase="first described",
                         domain=("drink",), range=("product",))]
    ents = [_item("d:coke", "Coca-Cola", "drink", 1886), _attr("p:med", "patent medicine", "product")]
    checker = _graph("sold_as", rels, ents, [("d:coke", "first_sold_as", "p:med")])
    _bad(checker, "If you want a patent medicine, Coca-Cola is one.")


def test_at_a_person_you_see_nothing():
    rels = [kgx.Relation("keeps", phrase="exhibits", inverse_phrase="is exhibited by", domain=("naturalist",),
                         range=("animal",))]
    ents = [_item("p:white", "Gilbert White", "naturalist", 1720), _attr("a:bee", "honey bee", "animal")]
    checker = _graph("naturalists", rels, ents, [("p:white", "keeps", "a:bee")])
    _bad(checker, "At Gilbert White you can see a honey bee.")
