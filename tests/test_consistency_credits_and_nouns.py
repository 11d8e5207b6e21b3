"""Readings added in session 59, each with false twins: a credit frame "On Heat, Michael Mann
directed and Dante Spinotti handled the cinematography" (each clause an objectless credit said of
the fronted item); the head noun of a compound item type ("the course" of a golf course); a golf
course that opened; a prize "taken home", "honoured with", that "went to" an item; "laid out" for
designed; a station's format before its noun ("a talk radio station", "plays talk radio"); "share
the screen in"; "is headquartered in" read as "is based in". "About" a tag stays unread. Red
teams (tests/redteam) attack the same readings with false texts."""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

from checker_cases import accepts as _ok, attr as _attr, graph_checker as _graph, item as _item, rejects as _bad


@pytest.fixture(scope="module")
def movies():
    return ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True, rating_threshold=4.0)


@pytest.mark.parametrize("text", [
    # "about" a tag stays unread: tried again in session 59 with a filter of topics (no genre,
    # name, mood, adjective or remark on the making) and withdrawn when kept red teams 96, 97 and
    # 128 still got "a film about a cult", "about a milkshake", "about a genius" accepted (a tag is
    # free text: a judgement, a scene, a label as often as a topic)
    "Jaws is a horror film about a shark.",
    "Pulp Fiction is a film about a milkshake.",
    "Fargo is a film about Steve Buscemi.",
])
def test_about_a_tag_stays_unread(movies, text):
    _bad(movies, text)


@pytest.mark.parametrize("true, false", [
    ("On Heat, Michael Mann directed and Dante Spinotti handled the cinematography.",
     "On Heat, Dante Spinotti directed and Michael Mann handled the cinematography."),
    ("On Vertigo, Alfred Hitchcock directed, Bernard Herrmann wrote the score and George Tomasini did the editing.",
     "On Vertigo, Alfred Hitchcock directed, George Tomasini wrote the score and Bernard Herrmann did the editing."),
    ("On Vertigo, Robert Burks handled the cinematography and George Tomasini the editing.",
     "On Vertigo, Robert Burks handled the cinematography and George Tomasini the music."),
    ("On Raiders of the Lost Ark, Steven Spielberg directed, Lawrence Kasdan wrote and Michael Kahn edited.",
     "On Raiders of the Lost Ark, Steven Spielberg directed, Lawrence Kasdan wrote and Michael Kahn produced."),
    ("In Jaws, Steven Spielberg directed and John Williams composed the music.",
     "In Jaws, John Williams directed and Steven Spielberg composed the music."),
    ("On Heat, Michael Mann directed.", "On Heat, Michael Mann didn't direct."),
])
def test_on_item_credits(movies, true, false):
    _ok(movies, true)
    _bad(movies, false)


@pytest.mark.parametrize("text", [
    "In Heat, Michael Mann directed Al Pacino.",  # a name after the verb: no objectless credit
    "On Heat, Michael Mann directed and Al Pacino.",
    "On Heat, Michael Mann directed and Dante Spinotti handled the cinematography beautifully.",
    "On Heat, Michael Mann directed; Steven Spielberg produced.",  # (red team 184)
    "On Heat, Michael Mann directed?",  # a question states nothing
    "On Heat, Michael Mann directed and.",
    "On Heat, Michael Mann directed: Dante Spinotti shot.",
])
def test_on_item_credits_only_whole(movies, text):
    _bad(movies, text)


def test_on_item_credits_with_stars(movies):
    _ok(movies, "In Heat, Al Pacino and Robert De Niro star.")
    _bad(movies, "In Heat, Al Pacino and Tom Hanks star.")


def test_on_item_credits_craft_noun_with_evidence():
    # the craft's noun ("cinematography", also a tag of the graph) is part of the credit, not a
    # mention outside the evidence
    checker = ConsistencyChecker(kgx.KnowledgeGraph.example(), rating_threshold=4.0)
    evidence = [("movie:6", "directed_by", "person:Michael_Mann_(director)"),
                ("movie:6", "cinematography_by", "person:Dante_Spinotti")]
    text = "On Heat, Michael Mann directed and Dante Spinotti handled the cinematography."
    verdict = checker.check(text, evidence)
    assert verdict.supported, [(c.status, c.text) for c in verdict.rejected]
    assert not checker.check("On Heat, Dante Spinotti directed and Michael Mann handled the cinematography.",
                             evidence).supported


@pytest.fixture(scope="module")
def golf():
    rels = [kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                         domain=("golf_course",), range=("person",)),
            kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                         domain=("golf_course",), range=("person",)),
            kgx.Relation("won", phrase="won", inverse_phrase="was won by", domain=("golf_course",), range=("award",))]
    ents = [_item("g:augusta", "Augusta National Golf Club", "golf_course", 1933),
            _item("g:pinehurst", "Pinehurst No. 2", "golf_course", 1907),
            _attr("p:mackenzie", "Alister MacKenzie", "person"), _attr("p:ross", "Donald Ross", "person"),
            _attr("p:jones", "Bobby Jones", "person"), _attr("a:best", "Best Course Award", "award")]
    rows = [("g:augusta", "designed_by", "p:mackenzie"), ("g:pinehurst", "designed_by", "p:ross"),
            ("g:augusta", "founded_by", "p:jones"), ("g:augusta", "won", "a:best")]
    return _graph("golf", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Augusta National Golf Club opened in 1933.", "Augusta National Golf Club opened in 1934."),
    ("Opened in 1907, Pinehurst No. 2 was designed by Donald Ross.",
     "Opened in 1933, Pinehurst No. 2 was designed by Donald Ross."),
    ("Donald Ross laid out Pinehurst No. 2.", "Alister MacKenzie laid out Pinehurst No. 2."),
    ("Augusta National Golf Club was laid out by Alister MacKenzie.",
     "Augusta National Golf Club was laid out by Donald Ross."),
    ("Augusta National Golf Club took home the Best Course Award.",
     "Pinehurst No. 2 took home the Best Course Award."),
    ("The Best Course Award went to Augusta National Golf Club.", "The Best Course Award went to Pinehurst No. 2."),
    ("Augusta National Golf Club was honoured with the Best Course Award.",
     "Pinehurst No. 2 was honoured with the Best Course Award."),
])
def test_golf(golf, true, false):
    _ok(golf, true)
    _bad(golf, false)


def test_prize_goes_one_way(golf):
    _bad(golf, "Augusta National Golf Club went to the Best Course Award.")


@pytest.fixture(scope="module")
def radio():
    rels = [kgx.Relation("airs", phrase="airs", inverse_phrase="is aired on", domain=("radio_station",),
                         range=("format",)),
            kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to", domain=("radio_station",),
                         range=("city",))]
    ents = [_item("r:kfi", "KFI", "radio_station", 1922), _item("r:wsm", "WSM", "radio_station", 1925),
            _attr("f:talk", "talk radio", "format"), _attr("f:country", "country music", "format"),
            _attr("c:la", "Los Angeles", "city"), _attr("c:nash", "Nashville", "city")]
    rows = [("r:kfi", "airs", "f:talk"), ("r:wsm", "airs", "f:country"), ("r:kfi", "based_in", "c:la"),
            ("r:wsm", "based_in", "c:nash")]
    return _graph("radio", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("KFI is a talk radio station in Los Angeles.", "KFI is a country music station in Los Angeles."),
    ("WSM is a country music station based in Nashville.", "WSM is a talk radio station based in Nashville."),
])
def test_station_format(radio, true, false):
    _ok(radio, true)
    _bad(radio, false)


@pytest.mark.parametrize("true, false", [
    ("Alister MacKenzie designed Augusta National Golf Club, and the course was founded by Bobby Jones.",
     "Alister MacKenzie designed Augusta National Golf Club, and the course was founded by Donald Ross."),
    ("Donald Ross designed Pinehurst No. 2; the course opened in 1907.",
     "Donald Ross designed Pinehurst No. 2; the course opened in 1933."),
])
def test_the_course(golf, true, false):
    _ok(golf, true)
    _bad(golf, false)


def test_station_plays_its_format(radio):
    _ok(radio, "KFI plays talk radio.")
    _bad(radio, "KFI plays country music.")


@pytest.mark.parametrize("true, false", [
    ("Cary Grant and Katharine Hepburn share the screen in Bringing Up Baby.",
     "Cary Grant and Tom Hanks share the screen in Bringing Up Baby."),
    ("Tom Hanks is in the cast of Apollo 13.", "Tom Hanks is not in the cast of Apollo 13."),
])
def test_cast_words(movies, true, false):
    _ok(movies, true)
    _bad(movies, false)


@pytest.fixture(scope="module")
def firms():
    rels = [kgx.Relation("headquartered_in", phrase="is headquartered in", inverse_phrase="is home to",
                         domain=("brand",), range=("city",))]
    ents = [_item("b:nike", "Nike", "brand", 1964), _item("b:puma", "Puma", "brand", 1948),
            _item("b:adidas", "Adidas", "brand", 1949), _attr("c:bea", "Beaverton", "city"),
            _attr("c:herz", "Herzogenaurach", "city")]
    rows = [("b:nike", "headquartered_in", "c:bea"), ("b:puma", "headquartered_in", "c:herz"),
            ("b:adidas", "headquartered_in", "c:herz")]
    return _graph("firms", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Nike is based in Beaverton.", "Nike is based in Herzogenaurach."),
    ("Nike has its head office in Beaverton.", "Puma has its head office in Beaverton."),
    ("Puma and Adidas are both based in Herzogenaurach.", "Puma and Nike are both based in Herzogenaurach."),
])
def test_headquartered_is_based(firms, true, false):
    _ok(firms, true)
    _bad(firms, false)
