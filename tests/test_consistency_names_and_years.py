"""Readings added in session 58, each with false twins: the short name of an item whose label ends
in a kind tail that other items of its type share ("Chernobyl" of "Chernobyl Nuclear Power Plant",
"the Beznau plant"); a year after the object of a verb that dates the item ("was founded in
Seattle in 1986", of its one such place); "first" before a verb of discovery ("was first found
by"); a phrase's article before a noun and its maker ("adapted from the manga by": "from a manga
by", "from manga by"), and "based on" for "adapted from"; the noun before a classifier head
("an apple" of an apple cultivar); a craft's noun ("has editing by X"); a show that "premiered on"
its network; ", the <kind> <noun> founded by X"; "by X" after an attribute no one makes ("an opera
in German by Richard Strauss"); ", a <distributor> release,"; a place aside in a user claim. Red
teams 181-183 (tests/redteam) attack the same readings with false texts."""

from __future__ import annotations

import pytest

import kgexplain as kgx

from checker_cases import accepts as _ok, attr as _attr, graph_checker as _graph, item as _item, rejects as _bad


@pytest.fixture(scope="module")
def plants():
    rels = [kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                         domain=("power_plant",), range=("region",)),
            kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates",
                         domain=("power_plant",), range=("organisation",))]
    ents = [_item("p:chernobyl", "Chernobyl Nuclear Power Plant", "power_plant", 1977),
            _item("p:kori", "Kori Nuclear Power Plant", "power_plant", 1978),
            _item("p:beznau", "Beznau Nuclear Power Plant", "power_plant", 1969),
            _item("p:bruce", "Bruce Nuclear Generating Station", "power_plant", 1977),
            _item("p:tmi", "Three Mile Island Nuclear Generating Station", "power_plant", 1974),
            _item("p:sizewell", "Sizewell B", "power_plant", 1995),
            _attr("r:kyiv", "Kyiv Oblast", "region"), _attr("r:busan", "Busan", "region"),
            _attr("r:aargau", "Aargau", "region"), _attr("r:ontario", "Ontario", "region"),
            _attr("r:penn", "Pennsylvania", "region"), _attr("r:suffolk", "Suffolk", "region"),
            _attr("o:axpo", "Axpo", "organisation"), _attr("o:bp", "Bruce Power", "organisation"),
            _attr("o:edf", "EDF Energy", "organisation")]
    rows = [("p:chernobyl", "located_in", "r:kyiv"), ("p:kori", "located_in", "r:busan"),
            ("p:beznau", "located_in", "r:aargau"), ("p:bruce", "located_in", "r:ontario"),
            ("p:tmi", "located_in", "r:penn"), ("p:sizewell", "located_in", "r:suffolk"),
            ("p:beznau", "operated_by", "o:axpo"), ("p:bruce", "operated_by", "o:bp"),
            ("p:sizewell", "operated_by", "o:edf")]
    return _graph("plants", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Chernobyl is located in Kyiv Oblast.", "Chernobyl is located in Busan."),
    ("Three Mile Island is in Pennsylvania.", "Three Mile Island is in Ontario."),
    ("The Beznau plant is operated by Axpo.", "The Beznau plant is operated by Bruce Power."),
    ("The Bruce station is operated by Bruce Power.", "The Bruce station is operated by Axpo."),
    ("Axpo operates Beznau.", "Axpo operates Kori."),
])
def test_short_names_of_kind_tails(plants, true, false):
    _ok(plants, true)
    _bad(plants, false)


@pytest.mark.parametrize("text", [
    "Sizewell is in Suffolk.",  # "B" is no kind: Sizewell B keeps its name
    "Three Mile is in Pennsylvania.",  # not a cut inside the name
    "Chernobyl Nuclear is in Kyiv Oblast.",
])
def test_short_names_left_unread(plants, text):
    _bad(plants, text)


@pytest.fixture(scope="module")
def labels():
    rels = [kgx.Relation("founded_in", phrase="was founded in", inverse_phrase="is the birthplace of",
                         domain=("record_label",), range=("city",)),
            kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                         domain=("record_label",), range=("person",)),
            kgx.Relation("signed", phrase="signed", inverse_phrase="was signed to",
                         domain=("record_label",), range=("artist",))]
    ents = [_item("l:subpop", "Sub Pop", "record_label", 1986), _item("l:factory", "Factory Records", "record_label", 1978),
            _item("l:twin", "Twin Label", "record_label", 1990),
            _attr("c:seattle", "Seattle", "city"), _attr("c:manchester", "Manchester", "city"),
            _attr("c:leeds", "Leeds", "city"),
            _attr("p:pavitt", "Bruce Pavitt", "person"), _attr("p:wilson", "Tony Wilson", "person"),
            _attr("a:nirvana", "Nirvana", "artist")]
    rows = [("l:subpop", "founded_in", "c:seattle"), ("l:factory", "founded_in", "c:manchester"),
            ("l:subpop", "founded_by", "p:pavitt"), ("l:factory", "founded_by", "p:wilson"),
            ("l:twin", "founded_in", "c:leeds"), ("l:twin", "founded_in", "c:manchester"),
            ("l:subpop", "signed", "a:nirvana")]
    return _graph("labels", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Sub Pop was founded in Seattle in 1986.", "Sub Pop was founded in Seattle in 1987."),
    ("Factory Records was founded in Manchester in 1978.", "Factory Records was founded in Seattle in 1978."),
    ("Sub Pop was founded by Bruce Pavitt in 1986.", "Sub Pop was founded by Bruce Pavitt in 1978."),
    ("Founded in 1986 by Bruce Pavitt, Sub Pop signed Nirvana.", "Founded in 1986 by Tony Wilson, Sub Pop signed Nirvana."),
    ("Founded in 1986 by Bruce Pavitt, Sub Pop signed Nirvana.", "Founded in 1987 by Bruce Pavitt, Sub Pop signed Nirvana."),
])
def test_year_after_the_object(labels, true, false):
    _ok(labels, true)
    _bad(labels, false)


def test_year_after_one_of_two_places_is_not_read(labels):
    # founded in two cities (a graph's odd edge): the year may be the other's founding
    _bad(labels, "Twin Label was founded in Leeds in 1990.")


@pytest.fixture(scope="module")
def moons():
    rels = [kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
                         domain=("moon",), range=("person",)),
            kgx.Relation("visited_by", phrase="was visited by", inverse_phrase="visited",
                         domain=("moon",), range=("spacecraft",))]
    ents = [_item("m:titan", "Titan", "moon", 1655), _item("m:io", "Io", "moon", 1610),
            _attr("p:huygens", "Christiaan Huygens", "person"), _attr("p:galileo", "Galileo Galilei", "person"),
            _attr("s:voyager", "Voyager 1", "spacecraft")]
    rows = [("m:titan", "discovered_by", "p:huygens"), ("m:io", "discovered_by", "p:galileo"),
            ("m:titan", "visited_by", "s:voyager"), ("m:io", "visited_by", "s:voyager")]
    return _graph("moons", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Titan was first found by Christiaan Huygens.", "Titan was first found by Galileo Galilei."),
    ("Io was first discovered by Galileo Galilei.", "Titan was first discovered by Galileo Galilei."),
])
def test_first_before_a_discovery(moons, true, false):
    _ok(moons, true)
    _bad(moons, false)


@pytest.mark.parametrize("text", [
    "Titan was first visited by Voyager 1.",  # an order the graph does not record
    "Galileo Galilei first discovered Io.",  # (active: may say it was his first find, red team 181)
    "Voyager 1 flew past Titan.",  # a visit is no flight (a race "visits" a circuit, red team 181)
])
def test_first_before_another_verb_is_not_read(moons, text):
    _bad(moons, text)


@pytest.fixture(scope="module")
def anime():
    rels = [kgx.Relation("adapted_from_manga_by", phrase="is adapted from the manga by",
                         inverse_phrase="created the manga adapted as", domain=("anime_series",), range=("person",)),
            kgx.Relation("first_aired_on", phrase="first aired on", inverse_phrase="first broadcast",
                         domain=("anime_series",), range=("network",))]
    ents = [_item("a:monster", "Monster", "anime_series", 2004), _item("a:aot", "Attack on Titan", "anime_series", 2013),
            _attr("p:urasawa", "Naoki Urasawa", "person"), _attr("p:isayama", "Hajime Isayama", "person"),
            _attr("n:ntv", "Nippon TV", "network"), _attr("n:mbs", "MBS", "network")]
    rows = [("a:monster", "adapted_from_manga_by", "p:urasawa"), ("a:aot", "adapted_from_manga_by", "p:isayama"),
            ("a:monster", "first_aired_on", "n:ntv"), ("a:aot", "first_aired_on", "n:mbs")]
    return _graph("anime", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Monster is adapted from a manga by Naoki Urasawa.", "Monster is adapted from a manga by Hajime Isayama."),
    ("Monster is adapted from manga by Naoki Urasawa.", "Attack on Titan is adapted from manga by Naoki Urasawa."),
    ("Attack on Titan is based on the manga by Hajime Isayama.",
     "Attack on Titan is based on the manga by Naoki Urasawa."),
    ("Monster is based on a manga by Naoki Urasawa.", "Monster is based on a manga by Hajime Isayama."),
    ("Monster premiered on Nippon TV.", "Monster premiered on MBS."),
    ("Attack on Titan made its debut on MBS.", "Attack on Titan made its debut on Nippon TV."),
    ("Monster debuted on Nippon TV in 2004.", "Monster debuted on Nippon TV in 2013."),
])
def test_article_of_a_phrase_noun(anime, true, false):
    _ok(anime, true)
    _bad(anime, false)



@pytest.fixture(scope="module")
def apples():
    rels = [kgx.Relation("originated_in", phrase="originated in", inverse_phrase="is the country of origin of",
                         domain=("apple_cultivar",), range=("country",)),
            kgx.Relation("first_grown_by", phrase="was first grown by", inverse_phrase="first grew",
                         domain=("apple_cultivar",), range=("person",))]
    ents = [_item("a:braeburn", "Braeburn", "apple_cultivar", 1952), _item("a:mcintosh", "McIntosh", "apple_cultivar", 1811),
            _attr("c:nz", "New Zealand", "country"), _attr("c:canada", "Canada", "country"),
            _attr("p:moran", "O. Moran", "person"), _attr("p:john", "John McIntosh", "person")]
    rows = [("a:braeburn", "originated_in", "c:nz"), ("a:mcintosh", "originated_in", "c:canada"),
            ("a:braeburn", "first_grown_by", "p:moran"), ("a:mcintosh", "first_grown_by", "p:john")]
    return _graph("apples", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Braeburn was first grown by O. Moran. The apple originated in New Zealand.",
     "Braeburn was first grown by O. Moran. The apple originated in Canada."),
    ("Braeburn is an apple from New Zealand.", "Braeburn is an apple from Canada."),
])
def test_the_noun_a_classifier_compound_names(apples, true, false):
    _ok(apples, true)
    _bad(apples, false)


@pytest.fixture(scope="module")
def movies():
    from kgexplain.consistency import ConsistencyChecker
    return ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True, rating_threshold=4.0)


@pytest.mark.parametrize("true, false", [
    ("Jaws has editing by Verna Fields.", "Jaws has editing by John Williams."),
    ("Jaws has music by John Williams and editing by Verna Fields.",
     "Jaws has music by Verna Fields and editing by John Williams."),
    ("Jaws features editing by Verna Fields.", "Jaws features editing by Steven Spielberg."),
])
def test_the_noun_of_a_craft(movies, true, false):
    _ok(movies, true)
    _bad(movies, false)


@pytest.mark.parametrize("true, false", [
    ("Deimos was first spotted by Asaph Hall.", "Titan was first spotted by Asaph Hall."),
    ("Titan was spotted by Christiaan Huygens.", "Titan was spotted by Asaph Hall."),
])
def test_verb_synonyms_of_finding(moons_more, true, false):
    _ok(moons_more, true)
    _bad(moons_more, false)


@pytest.fixture(scope="module")
def moons_more():
    rels = [kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
                         domain=("moon",), range=("person",)),
            kgx.Relation("visited_by", phrase="was visited by", inverse_phrase="visited",
                         domain=("moon",), range=("spacecraft",))]
    ents = [_item("m:titan", "Titan", "moon", 1655), _item("m:deimos", "Deimos", "moon", 1877),
            _item("m:phobos", "Phobos", "moon", 1877),
            _attr("p:huygens", "Christiaan Huygens", "person"), _attr("p:hall", "Asaph Hall", "person"),
            _attr("s:voyager", "Voyager 1", "spacecraft")]
    rows = [("m:titan", "discovered_by", "p:huygens"), ("m:deimos", "discovered_by", "p:hall"),
            ("m:phobos", "discovered_by", "p:hall"), ("m:titan", "visited_by", "s:voyager")]
    return _graph("moons_more", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Jaws was helmed by Steven Spielberg.", "Jaws was helmed by John Williams."),
])
def test_verb_synonyms_on_movies(movies, true, false):
    _ok(movies, true)
    _bad(movies, false)


@pytest.fixture(scope="module")
def circuses():
    rels = [kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("circus",)),
            kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                         domain=("circus",), range=("person",)),
            kgx.Relation("circus_kind", phrase="is a", inverse_phrase="is the kind of",
                         domain=("circus",), range=("kind",))]
    ents = [_item("c:zippos", "Zippos Circus", "circus", 1986), _item("c:krone", "Circus Krone", "circus", 1905),
            _attr("p:burton", "Martin Burton", "person"), _attr("p:sembach", "Carl Krone", "person"),
            _attr("k:travel", "traveling circus", "kind"), _attr("k:perm", "permanent circus", "kind"),
            kgx.Entity("user:ben", kind="user", type="user", label="ben")]
    rows = [("c:zippos", "founded_by", "p:burton"), ("c:krone", "founded_by", "p:sembach"),
            ("c:zippos", "circus_kind", "k:travel"), ("c:krone", "circus_kind", "k:perm"),
            ("user:ben", "rated", "c:zippos", {"rating": 1.5})]
    return _graph("circuses", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("You disliked Zippos Circus, the traveling circus founded by Martin Burton.",
     "You disliked Zippos Circus, the traveling circus founded by Carl Krone."),
    ("You disliked Zippos Circus, the traveling circus founded by Martin Burton.",
     "You disliked Zippos Circus, the permanent circus founded by Martin Burton."),
])
def test_the_kind_named_with_its_noun(circuses, true, false):
    verdict = circuses.check(true, (), user="user:ben")
    assert verdict.supported, [(c.status, c.text) for c in verdict.rejected]
    assert not circuses.check(false, (), user="user:ben").supported


@pytest.fixture(scope="module")
def operas():
    rels = [kgx.Relation("composed_by", phrase="was composed by", inverse_phrase="composed",
                         domain=("opera",), range=("person",)),
            kgx.Relation("language", phrase="is sung in", inverse_phrase="is the language of",
                         domain=("opera",), range=("language",)),
            kgx.Relation("based_on_play_by", phrase="is based on a play by", inverse_phrase="wrote the play behind",
                         domain=("opera",), range=("person",))]
    ents = [_item("o:salome", "Salome", "opera", 1905), _item("o:otello", "Otello", "opera", 1887),
            _attr("p:strauss", "Richard Strauss", "person"), _attr("p:verdi", "Giuseppe Verdi", "person"),
            _attr("p:wilde", "Oscar Wilde", "person"), _attr("l:de", "German", "language"),
            _attr("l:it", "Italian", "language")]
    rows = [("o:salome", "composed_by", "p:strauss"), ("o:otello", "composed_by", "p:verdi"),
            ("o:salome", "language", "l:de"), ("o:otello", "language", "l:it"),
            ("o:salome", "based_on_play_by", "p:wilde")]
    return _graph("operas", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Salome is an opera in German by Richard Strauss.", "Salome is an opera in German by Giuseppe Verdi."),
    ("Otello is an opera in Italian by Giuseppe Verdi.", "Otello is an opera in German by Giuseppe Verdi."),
])
def test_by_after_an_attribute_no_one_makes(operas, true, false):
    _ok(operas, true)
    _bad(operas, false)


@pytest.mark.parametrize("true, false", [
    ("Die Hard, a 20th Century Fox release, was helmed by John McTiernan.",
     "Die Hard, a 20th Century Fox release, was helmed by John Williams."),
    ("Die Hard, a 20th Century Fox release, stars Bruce Willis.",
     "Die Hard, a 20th Century Fox release, stars Tom Hanks."),
    ("Die Hard, a 20th Century Fox release, stars Bruce Willis.",
     "Alien, a Ridley Scott release, stars Sigourney Weaver."),  # a maker is no releaser
])
def test_a_distributors_release_as_an_apposition(movies, true, false):
    _ok(movies, true)
    _bad(movies, false)


@pytest.fixture(scope="module")
def castles():
    rels = [kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("castle",)),
            kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                         domain=("castle",), range=("country",))]
    ents = [_item("c:kronborg", "Kronborg Castle", "castle", 1585), _item("c:chambord", "Château de Chambord", "castle", 1547),
            _attr("n:dk", "Denmark", "country"), _attr("n:fr", "France", "country"),
            kgx.Entity("user:chen", kind="user", type="user", label="chen")]
    rows = [("c:kronborg", "located_in", "n:dk"), ("c:chambord", "located_in", "n:fr"),
            ("user:chen", "rated", "c:kronborg", {"rating": 1.0})]
    return _graph("castles", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("You disliked Kronborg Castle, in Denmark.", "You disliked Kronborg Castle, in France."),
    ("You gave Kronborg Castle, in Denmark, one star.", "You gave Kronborg Castle, in France, one star."),
    ("You gave Kronborg Castle, in Denmark, one star.", "You gave Kronborg Castle, in Denmark, five stars."),
])
def test_a_place_aside_in_a_user_claim(castles, true, false):
    assert castles.check(true, (), user="user:chen").supported
    assert not castles.check(false, (), user="user:chen").supported


@pytest.mark.parametrize("text", [
    "Salome is sung in German by Richard Strauss.",  # after a verb, "by" is its agent (red team 122)
])
def test_by_after_a_verb_is_its_agent(operas, text):
    _bad(operas, text)


@pytest.fixture(scope="module")
def airports():
    # a graph with no items at all, as WebNLG's entries are read: "it" is what the text is about
    rels = [kgx.Relation("city_served", phrase="serves", inverse_phrase="is served by"),
            kgx.Relation("operator", phrase="is operated by", inverse_phrase="operates")]
    ents = [_attr("a:luanda", "Angola International Airport", "entity"), _attr("c:luanda", "Luanda", "locality"),
            _attr("o:enana", "ENANA", "entity"), _attr("o:other", "Flemish Region", "entity"),
            _attr("a:antwerp", "Antwerp International Airport", "entity")]
    rows = [("a:luanda", "city_served", "c:luanda"), ("a:luanda", "operator", "o:enana"),
            ("a:antwerp", "operator", "o:other")]
    return _graph("airports", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Angola International Airport serves Luanda. It is operated by ENANA.",
     "Angola International Airport serves Luanda. It is operated by Flemish Region."),
    ("Angola International Airport serves Luanda, and its operator is ENANA.",
     "Angola International Airport serves Luanda, and its operator is Flemish Region."),
])
def test_it_in_a_text_that_names_no_item(airports, true, false):
    _ok(airports, true)
    _bad(airports, false)


@pytest.mark.parametrize("text", [
    # two things named before: which one "it" is, the words cannot tell (red team 183)
    "Antwerp International Airport is operated by Flemish Region. Angola International Airport serves Luanda. "
    "It is operated by Flemish Region.",
    "Angola International Airport is operated by ENAIRE. Antwerp International Airport is operated by Flemish Region. "
    "It is operated by ENAIRE.",
])
def test_it_between_two_things_is_not_read(airports, text):
    _bad(airports, text)
