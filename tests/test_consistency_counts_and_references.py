"""Counts said otherwise than their label ("2-4 players": "two to four players", "a 2-4 player
game", "a game for 2-4 players"), "which you also loved", and "the latter" after a clause's own
subject.
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _games():
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by"),
            R("players", phrase="is for", inverse_phrase="is the player count of"),
            R("designed_by", phrase="was designed by", inverse_phrase="designed"),
            R("category", phrase="is categorized as", inverse_phrase="is the category of")]
    items = {"g:az": ("game", "Azul", 2017), "g:jai": ("game", "Jaipur", 2009), "g:sp": ("game", "Splendor", 2014),
             "g:dix": ("game", "Dixit", 2008)}
    others = {"n:24": ("player count", "2-4 players"), "n:2": ("player count", "2 players"),
              "n:36": ("player count", "3-6 players"), "d:kiesling": ("designer", "Michael Kiesling"),
              "d:pauchon": ("designer", "Sébastien Pauchon"), "d:andre": ("designer", "Marc André"),
              "d:roubira": ("designer", "Jean-Louis Roubira"), "c:abstract": ("category", "abstract game"),
              "c:party": ("category", "party game")}
    triples = [("g:az", "players", "n:24"), ("g:sp", "players", "n:24"), ("g:jai", "players", "n:2"),
               ("g:dix", "players", "n:36"), ("g:az", "designed_by", "d:kiesling"), ("g:jai", "designed_by", "d:pauchon"),
               ("g:sp", "designed_by", "d:andre"), ("g:dix", "designed_by", "d:roubira"),
               ("g:az", "category", "c:abstract"), ("g:dix", "category", "c:party")]
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    ents.append(E("u:kim", kind="user", label="Kim"))
    triples += [("u:kim", "rated", "g:az", {"rating": 5.0}), ("u:kim", "rated", "g:sp", {"rating": 4.0}),
                ("u:kim", "rated", "g:dix", {"rating": 2.0})]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _supported(kg, text, user=None):
    return ConsistencyChecker(kg, outside_evidence=True, rating_threshold=4.0).check(text, (), user).supported


@pytest.mark.parametrize("true_text, false_text", [
    ("Azul is a game for 2-4 players.", "Dixit is a game for 2-4 players."),
    ("Azul is an abstract game for 2-4 players.", "Azul is an abstract game for 3-6 players."),
    ("Azul is for two to four players.", "Jaipur is for two to four players."),
    ("Dixit is a game for three to six players.", "Dixit is a game for two to four players."),
    ("Splendor is a 2-4 player game.", "Dixit is a 2-4 player game."),
    ("Jaipur is a two-player game.", "Azul is a two-player game."),
    ("Jaipur is a game for two players designed by Sébastien Pauchon.",
     "Jaipur is a game for two players designed by Marc André."),
])
def test_a_count_said_in_other_words(true_text, false_text):
    kg = _games()
    assert _supported(kg, true_text), true_text
    assert not _supported(kg, false_text), false_text


@pytest.mark.parametrize("true_text, false_text", [
    ("You loved Azul; Splendor, which you also loved, is for 2-4 players.",
     "You loved Azul; Dixit, which you also loved, is for 3-6 players."),  # Dixit got a 2
    ("You gave Azul five stars, and Splendor, which you also liked, was designed by Marc André.",
     "You gave Dixit two stars, and Splendor, which you also liked, was designed by Marc André."),
    ("You gave Azul five stars, and Splendor, which you rated 4, is for 2-4 players.",
     "You gave Azul five stars, and Splendor, which you rated 5, is for 2-4 players."),
])
def test_which_you_also_loved_needs_another_loved_item(true_text, false_text):
    kg = _games()
    assert _supported(kg, true_text, "u:kim"), true_text
    assert not _supported(kg, false_text, "u:kim"), false_text


@pytest.mark.parametrize("true_text, false_text", [
    ("Azul and Splendor are for 2-4 players, and Marc André designed the latter.",
     "Azul and Splendor are for 2-4 players, and Marc André designed the former."),
    ("You loved Azul and Splendor, and Marc André designed the latter.",
     "You loved Azul and Splendor, and Michael Kiesling designed the latter."),
])
def test_the_latter_is_not_the_clause_s_own_subject(true_text, false_text):
    kg = _games()
    assert _supported(kg, true_text, "u:kim"), true_text
    assert not _supported(kg, false_text, "u:kim"), false_text


@pytest.mark.parametrize("true_text, false_text", [
    ("Azul was designed by Michael Kiesling, Splendor by Marc André.",
     "Azul was designed by Michael Kiesling, Splendor by Sébastien Pauchon."),
    ("You loved Azul and Splendor; the former was designed by Michael Kiesling, the latter by Marc André.",
     "You loved Azul and Splendor; the former was designed by Michael Kiesling, the latter by Michael Kiesling."),
    ("You loved Azul and Splendor; the first was designed by Michael Kiesling, the second by Marc André.",
     "You loved Azul and Splendor; the first was designed by Marc André, the second by Michael Kiesling."),
    ("Azul, a game for 2-4 players, is by Michael Kiesling.", "Azul, a game for 2-4 players, is by Marc André."),
    ("Jaipur, which is for 2 players, is by Sébastien Pauchon.", "Jaipur, which is for 2 players, is by Marc André."),
])
def test_a_verb_left_out_and_a_copula_after_an_aside(true_text, false_text):
    kg = _games()
    assert _supported(kg, true_text, "u:kim"), true_text
    assert not _supported(kg, false_text, "u:kim"), false_text


@pytest.mark.parametrize("true_text, false_text", [
    ("Citizen Kane and Psycho were both scored by Bernard Herrmann; the former was edited by Robert Wise, "
     "the latter by George Tomasini.",
     "Citizen Kane and Psycho were both scored by Bernard Herrmann; the former was edited by George Tomasini, "
     "the latter by Robert Wise."),
    ("Citizen Kane was edited by Robert Wise, Psycho by George Tomasini.",
     "Citizen Kane was edited by George Tomasini, Psycho by Robert Wise."),
    ("Raiders of the Lost Ark and Back to the Future: the first was distributed by Paramount Pictures, "
     "the second by Universal Studios.",
     "Raiders of the Lost Ark and Back to the Future: the first was distributed by Universal Studios, "
     "the second by Paramount Pictures."),
])
def test_a_left_out_verb_of_no_authorship_on_the_example_graph(true_text, false_text):
    kg = kgx.KnowledgeGraph.example()
    assert _supported(kg, true_text), true_text
    assert not _supported(kg, false_text), false_text


@pytest.mark.parametrize("text", [
    "You gave Azul five stars, as well as Dixit, which is for 3-6 players.",  # Dixit got a 2
    "You gave Azul five stars, and also Dixit, which is for 3-6 players.",
    "You gave Azul five stars, plus Dixit, which is for 3-6 players.",
])
def test_a_rating_carried_along_a_list_is_checked(text):
    assert not _supported(_games(), text, "u:kim")


@pytest.mark.parametrize("true_text, false_text", [
    ("You gave Dixit 2 stars but loved Azul.", "You gave Azul 5 stars but loved Dixit."),
    ("You rated Dixit two stars but loved Splendor, a game for 2-4 players.",
     "You rated Splendor four stars but loved Dixit, a game for 3-6 players."),
])
def test_a_user_verb_after_but_keeps_the_user(true_text, false_text):
    kg = _games()
    assert _supported(kg, true_text, "u:kim"), true_text
    assert not _supported(kg, false_text, "u:kim"), false_text
