"""Readings added in session 54, each with false twins: recordings made by their performer ("a
song by the Eagles", "recorded by"); "has its headquarters in" said noun first ("the
headquarters of X are in Y"); a kind in a place ("is a cave in" France: "is in France", "a French
cave"); "An ingredient of X is Y"; first publication and unveiling in a place; spin-offs;
compiling as authorship; works of reference dated by their publication, any lasting item by "has
been around since"; item nouns that must name an item of their kind; film parts and makers as the
movie writers put them. Red teams 169-171 (tests/redteam) attack the same
readings with false texts.

The graphs are small and declared here; texts are checked with no evidence (every true fact of
the graph is allowed), so a rejection is the reading's, not the evidence's."""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

from checker_cases import accepts as _ok, attr as _attr, graph_checker as _graph, item as _item, rejects as _bad


@pytest.fixture(scope="module")
def songs():
    rels = [kgx.Relation("performed_by", phrase="is performed by", inverse_phrase="performed",
                         domain=("song",), range=("band", "person")),
            kgx.Relation("written_by", phrase="was written by", inverse_phrase="wrote", domain=("song",), range=("person",)),
            kgx.Relation("produced_by", phrase="was produced by", inverse_phrase="produced",
                         domain=("song",), range=("person",)),
            kgx.Relation("on_album", phrase="appears on the album", inverse_phrase="includes",
                         domain=("song",), range=("album",))]
    ents = [_item("s:hc", "Hotel California", "song", 1977), _item("s:rehab", "Rehab", "song", 2006),
            _item("s:sup", "Superstition", "song", 1972),
            _attr("b:eagles", "the Eagles", "band"), _attr("p:felder", "Don Felder", "person"),
            _attr("p:szymczyk", "Bill Szymczyk", "person"), _attr("p:amy", "Amy Winehouse", "person"),
            _attr("p:ronson", "Mark Ronson", "person"), _attr("p:stevie", "Stevie Wonder", "person"),
            _attr("a:hc", "Hotel California (album)", "album"), _attr("a:tb", "Talking Book", "album"),
            _attr("a:back", "Back to Black", "album")]
    rows = [("s:hc", "performed_by", "b:eagles"), ("s:hc", "written_by", "p:felder"),
            ("s:hc", "produced_by", "p:szymczyk"), ("s:hc", "on_album", "a:hc"),
            ("s:rehab", "performed_by", "p:amy"), ("s:rehab", "written_by", "p:amy"),
            ("s:rehab", "produced_by", "p:ronson"), ("s:rehab", "on_album", "a:back"),
            ("s:sup", "performed_by", "p:stevie"), ("s:sup", "written_by", "p:stevie"), ("s:sup", "on_album", "a:tb")]
    return _graph("songs", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    # a recording's performer is one of its makers; a song "is recorded by" its performer (not "sung":
    # a performer credit may be a producer's, red team 171)
    ("Hotel California is a song by the Eagles.", "Rehab is a song by the Eagles."),
    ("The Eagles' Hotel California was written by Don Felder.", "The Eagles' Rehab was written by Amy Winehouse."),
    ("Rehab was recorded by Amy Winehouse.", "Rehab was recorded by Mark Ronson."),
    ("Stevie Wonder recorded Superstition.", "The Eagles recorded Superstition."),
    # "appears on the album": "is on", "can be found on", "a track from"
    ("Superstition can be found on the album Talking Book.", "Superstition can be found on the album Back to Black."),
    ("Superstition is on Talking Book.", "Talking Book is on Superstition."),
    ("Superstition is a track from Talking Book.", "Rehab is a track from Talking Book."),
])
def test_recordings(songs, true, false):
    _ok(songs, true)
    _bad(songs, false)


@pytest.fixture(scope="module")
def parties():
    rels = [kgx.Relation("based_in", phrase="is a party in", inverse_phrase="is the country of",
                         domain=("party",), range=("country",)),
            kgx.Relation("headquartered_in", phrase="has its headquarters in",
                         inverse_phrase="hosts the headquarters of", domain=("party",), range=("city",)),
            kgx.Relation("founded_in", phrase="was founded in", inverse_phrase="is where it was founded",
                         domain=("party",), range=("city",))]
    ents = [_item("pa:labour", "Labour Party", "party", 1900), _item("pa:bjp", "Bharatiya Janata Party", "party", 1980),
            _item("pa:snp", "Scottish National Party", "party", 1934),
            _attr("c:uk", "United Kingdom", "country"), _attr("c:india", "India", "country"),
            _attr("ci:london", "London", "city"), _attr("ci:delhi", "New Delhi", "city"),
            _attr("ci:edinburgh", "Edinburgh", "city"), _attr("ci:glasgow", "Glasgow", "city")]
    rows = [("pa:labour", "based_in", "c:uk"), ("pa:labour", "headquartered_in", "ci:london"),
            ("pa:bjp", "based_in", "c:india"), ("pa:bjp", "headquartered_in", "ci:delhi"),
            ("pa:snp", "based_in", "c:uk"), ("pa:snp", "headquartered_in", "ci:edinburgh"),
            ("pa:snp", "founded_in", "ci:glasgow")]
    return _graph("parties", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    # "has its headquarters in", noun first
    ("The Labour Party's headquarters are in London.", "The Labour Party's headquarters are in Edinburgh."),
    ("The headquarters of the Labour Party are in London.", "The headquarters of London are in the Labour Party."),
    ("The Labour Party headquarters are in London.", "The Labour Party headquarters are in New Delhi."),
    ("The Labour Party is headquartered in London.", "The Scottish National Party is headquartered in Glasgow."),
    ("The Scottish National Party's head office is in Edinburgh.",
     "The Scottish National Party's head office is in Glasgow."),
    ("The Scottish National Party was founded in Glasgow; its headquarters are in Edinburgh.",
     "The Scottish National Party was founded in Edinburgh; its headquarters are in Glasgow."),
    # a kind in a place: "is in" it, and the place's demonym before the kind
    ("The Bharatiya Janata Party is an Indian party.", "The Labour Party is an Indian party."),
    ("The Bharatiya Janata Party is in India.", "The Scottish National Party is in India."),
])
def test_seats_and_kinds_in_places(parties, true, false):
    _ok(parties, true)
    _bad(parties, false)


def test_a_relation_noun_with_an_indefinite_article():
    ok = ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True)
    _ok(ok, "A writer of Alien is Dan O'Bannon.")
    _bad(ok, "A writer of Alien is Ridley Scott.")  # (its director)
    _bad(ok, "A writer of Dan O'Bannon is Alien.")
    _bad(ok, "Writers of Alien are Dan O'Bannon.")  # (no article: not read)


@pytest.fixture(scope="module")
def works():
    rels = [kgx.Relation("compiled_by", phrase="was compiled by", inverse_phrase="compiled",
                         domain=("dictionary",), range=("person",)),
            kgx.Relation("published_by", phrase="was published by", inverse_phrase="published",
                         domain=("dictionary",), range=("publisher",)),
            kgx.Relation("first_published_in", phrase="was first published in",
                         inverse_phrase="saw the first publication of", domain=("dictionary",), range=("city",))]
    ents = [_item("d:johnson", "A Dictionary of the English Language", "dictionary", 1755),
            _item("d:century", "The Century Dictionary", "dictionary", 1889),
            _attr("p:johnson", "Samuel Johnson", "person"), _attr("p:whitney", "William Dwight Whitney", "person"),
            _attr("pub:century", "The Century Company", "publisher"), _attr("pub:strahan", "William Strahan", "publisher"),
            _attr("c:london", "London", "city"), _attr("c:ny", "New York", "city")]
    rows = [("d:johnson", "compiled_by", "p:johnson"), ("d:johnson", "published_by", "pub:strahan"),
            ("d:johnson", "first_published_in", "c:london"), ("d:century", "compiled_by", "p:whitney"),
            ("d:century", "published_by", "pub:century"), ("d:century", "first_published_in", "c:ny")]
    return _graph("works", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Samuel Johnson's A Dictionary of the English Language came out in 1755.",
     "William Dwight Whitney's A Dictionary of the English Language came out in 1755."),
    ("A Dictionary of the English Language was the work of Samuel Johnson.",
     "A Dictionary of the English Language was the work of William Dwight Whitney."),
    ("Samuel Johnson put together A Dictionary of the English Language.",
     "William Strahan put together A Dictionary of the English Language."),
    ("The Century Dictionary first came out in New York.", "The Century Dictionary first came out in London."),
    ("The Century Dictionary first appeared in New York in 1889.",
     "The Century Dictionary first appeared in New York in 1755."),
    ("The Century Dictionary was first published in 1889.", "The Century Dictionary was first published in 1890."),
])
def test_works_of_reference(works, true, false):
    _ok(works, true)
    _bad(works, false)


@pytest.fixture(scope="module")
def products():
    rels = [kgx.Relation("unveiled_in", phrase="was unveiled in", inverse_phrase="hosted the unveiling of",
                         domain=("smartphone",), range=("city",)),
            kgx.Relation("succeeded", phrase="succeeded", inverse_phrase="was succeeded by",
                         domain=("smartphone",), range=("smartphone",)),
            kgx.Relation("aired_on", phrase="aired on", inverse_phrase="broadcast", domain=("sitcom",), range=("network",)),
            kgx.Relation("spin_off_of", phrase="is a spin-off of", inverse_phrase="spawned the spin-off",
                         domain=("sitcom",), range=("sitcom",)),
            kgx.Relation("comes_from", phrase="comes from", inverse_phrase="is the home of", domain=("bar",),
                         range=("country",))]
    ents = [_item("ph:p2", "Pixel 2", "smartphone", 2017), _item("ph:p3", "Pixel 3", "smartphone", 2018),
            _item("ph:s2", "Galaxy S II", "smartphone", 2011),
            _item("tv:cheers", "Cheers", "sitcom", 1982), _item("tv:frasier", "Frasier", "sitcom", 1993),
            _item("b:ripe", "Cherry Ripe", "bar", 1924), _item("b:twix", "Twix", "bar", 1967),
            _attr("c:barcelona", "Barcelona", "city"), _attr("c:sf", "San Francisco", "city"),
            _attr("n:nbc", "NBC", "network"), _attr("n:cbc", "CBC Television", "network"),
            _attr("co:au", "Australia", "country"), _attr("co:uk", "United Kingdom", "country")]
    rows = [("ph:p3", "succeeded", "ph:p2"), ("ph:s2", "unveiled_in", "c:barcelona"), ("ph:p2", "unveiled_in", "c:sf"),
            ("tv:cheers", "aired_on", "n:nbc"), ("tv:frasier", "aired_on", "n:nbc"),
            ("tv:frasier", "spin_off_of", "tv:cheers"), ("b:ripe", "comes_from", "co:au"),
            ("b:twix", "comes_from", "co:uk")]
    return _graph("products", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("The Galaxy S II made its debut in Barcelona.", "The Pixel 2 made its debut in Barcelona."),
    ("The Pixel 3 replaced the Pixel 2.", "The Pixel 2 replaced the Pixel 3."),
    ("Frasier grew out of Cheers.", "Cheers grew out of Frasier."),
    ("Frasier was spun off from Cheers.", "Cheers was spun off from Frasier."),
    ("Frasier went out on NBC.", "Frasier went out on CBC Television."),
    ("The 1993 series Frasier aired on NBC.", "The 1993 series Cheers aired on NBC."),
    ("Cherry Ripe has been around since 1924.", "Twix has been around since 1924."),
    ("Cherry Ripe, a bar from Australia, has been around since 1924.",
     "Cherry Ripe, a bar from Australia, has been around since 1967."),
])
def test_products_and_shows(products, true, false):
    _ok(products, true)
    _bad(products, false)


def test_an_announcement_dates_nothing(products):
    # (a product may be unveiled at a trade show the year before its release, red team 171; a
    # film is announced long before it comes out)
    _bad(products, "The Pixel 2 was announced in 2017.")
    _bad(ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True), "Alien was announced in 1979.")


def test_a_kind_in_a_place_is_the_items_own_kind():
    rels = [kgx.Relation("banned_in", phrase="is a song banned in", inverse_phrase="banned", domain=("song",),
                         range=("country",)),
            kgx.Relation("cave_in", phrase="is a cave in", inverse_phrase="has the cave", domain=("cave",),
                         range=("country",))]
    ents = [_item("s:gloomy", "Gloomy Sunday", "song", 1933), _item("c:lascaux", "Lascaux", "cave", 1940),
            _attr("co:uk", "United Kingdom", "country"), _attr("co:fr", "France", "country")]
    checker = _graph("kinds", rels, ents, [("s:gloomy", "banned_in", "co:uk"), ("c:lascaux", "cave_in", "co:fr")])
    _ok(checker, "Lascaux is a French cave.")
    _ok(checker, "Lascaux is in France.")
    _bad(checker, "Gloomy Sunday is a British song.")  # (a ban is no place of the song)
    _bad(checker, "Gloomy Sunday is in the United Kingdom.")


def test_around_since_is_said_of_the_clause_subject(products):
    _bad(products, "NBC, which aired Frasier, has been around since 1993.")  # (Frasier's year)
    _bad(products, "Australia, the home of Cherry Ripe, has been around since 1924.")


def test_an_item_noun_names_an_item_of_its_kind():
    ok = ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True)
    _ok(ok, "The film Alien was directed by Ridley Scott.")
    _ok(ok, "The Ridley Scott film Alien is a horror film.")
    _bad(ok, "The film Ridley Scott directed Alien.")  # (a person, not a film)


@pytest.mark.parametrize("true, false", [
    # a film's parts and its release, as the movie writers put them
    ("The screenplay for Chinatown came from Robert Towne.", "The screenplay for Chinatown came from Roman Polanski."),
    ("The score for Alien came from Jerry Goldsmith.", "The score for Alien came from Ridley Scott."),
    ("Thelma Schoonmaker did the editing on Goodfellas.", "Martin Scorsese did the editing on Goodfellas."),
    ("The editing on Goodfellas is by Thelma Schoonmaker.", "The editing on Goodfellas is by Martin Scorsese."),
    ("The camerawork on E.T. the Extra-Terrestrial is by Allen Daviau.",
     "The camerawork on E.T. the Extra-Terrestrial is by Steven Spielberg."),
    ("Jaws came out in 1975 through Universal Studios.", "Jaws came out in 1975 through Warner Bros."),
])
def test_film_parts_and_releases(true, false):
    ok = ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True)
    _ok(ok, true)
    _bad(ok, false)


@pytest.mark.parametrize("true, false", [
    ("The score for Blade Runner is the work of Vangelis.", "The score for Blade Runner is the work of Ridley Scott."),
    ("Ridley Scott was at the helm of Alien.", "Alien was at the helm of Ridley Scott."),
    ("Richard D. Zanuck was one of the producers behind Jaws.", "Steven Spielberg was one of the producers behind Jaws."),
])
def test_film_makers_as_writers_say_them(true, false):
    ok = ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True)
    _ok(ok, true)
    _bad(ok, false)


def test_a_kind_in_a_place_says_nothing_else():
    rels = [kgx.Relation("hit_in", phrase="is a hit single in", inverse_phrase="charted", domain=("single",),
                         range=("country",))]
    ents = [_item("s:99", "99 Luftballons", "single", 1983), _attr("co:jp", "Japan", "country")]
    checker = _graph("hits", rels, ents, [("s:99", "hit_in", "co:jp")])
    _ok(checker, "99 Luftballons is a hit single in Japan.")
    _bad(checker, "99 Luftballons is a Japanese single.")  # (a hit there, not from there)
    _bad(checker, "99 Luftballons is in Japan.")
