"""Who is named before a work, and where it was made: an agent that neither made nor offers a work
(a magazine that reviewed a game, a board that banned a film) is not its kind, owner or source
("an IGN game", "a film from the Irish Film Censor"), and a writer did not write a song at the
studio where it was recorded; each with its true twin, on graphs declared in code with phrases
only, as a new user would declare them."""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items: dict, others: dict, relations: list, triples: list) -> kgx.KnowledgeGraph:
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=relations)


def _games() -> kgx.KnowledgeGraph:
    rels = [R("developed_by", phrase="was developed by", inverse_phrase="developed"),
            R("reviewed_by", phrase="was reviewed by", inverse_phrase="reviewed"),
            R("distributed_by", phrase="is distributed by", inverse_phrase="distributes"),
            R("genre", phrase="belongs to the genre", inverse_phrase="is the genre of")]
    items = {"g:celeste": ("game", "Celeste", 2018), "g:hk": ("game", "Hollow Knight", 2017)}
    others = {"d:mmg": ("developer", "Maddy Makes Games"), "d:cherry": ("developer", "Team Cherry"),
              "r:ign": ("magazine", "IGN"), "r:edge": ("magazine", "Edge"),
              "s:steam": ("store", "Steam"), "x:plat": ("genre", "platformer"), "x:metroid": ("genre", "metroidvania")}
    triples = [("g:celeste", "developed_by", "d:mmg"), ("g:celeste", "reviewed_by", "r:ign"),
               ("g:celeste", "genre", "x:plat"), ("g:celeste", "distributed_by", "s:steam"),
               ("g:hk", "developed_by", "d:cherry"), ("g:hk", "reviewed_by", "r:edge"), ("g:hk", "genre", "x:metroid")]
    return _build(items, others, rels, triples)


def _songs() -> kgx.KnowledgeGraph:
    rels = [R("written_by", phrase="was written by", inverse_phrase="wrote"),
            R("produced_by", phrase="was produced by", inverse_phrase="produced"),
            R("recorded_at", phrase="was recorded at", inverse_phrase="was the studio for")]
    items = {"t:respect": ("song", "Respect", 1967), "t:jolene": ("song", "Jolene", 1973)}
    others = {"p:otis": ("singer", "Otis Redding"), "p:wexler": ("producer", "Jerry Wexler"),
              "p:dolly": ("singer", "Dolly Parton"), "p:bob": ("producer", "Bob Ferguson"),
              "s:atl": ("studio", "Atlantic Studios"), "s:rca": ("studio", "RCA Studio B")}
    triples = [("t:respect", "written_by", "p:otis"), ("t:respect", "produced_by", "p:wexler"),
               ("t:respect", "recorded_at", "s:atl"), ("t:jolene", "written_by", "p:dolly"),
               ("t:jolene", "produced_by", "p:bob"), ("t:jolene", "recorded_at", "s:rca")]
    return _build(items, others, rels, triples)


@pytest.fixture(scope="module")
def games() -> ConsistencyChecker:
    return ConsistencyChecker(_games(), outside_evidence=True).build()


@pytest.fixture(scope="module")
def songs() -> ConsistencyChecker:
    return ConsistencyChecker(_songs(), outside_evidence=True).build()


def _says(checker: ConsistencyChecker, text: str, user: str | None = None) -> bool:
    return checker.check(text, (), user).supported


@pytest.mark.parametrize("text", [
    "Celeste is an IGN game.",  # reviewed by IGN: a reviewer is not the game's kind or maker
    "Celeste is an IGN platformer.",
    "Hollow Knight is an Edge game.",
    "Celeste is a platformer from IGN.",  # nor where it comes from
    "Hollow Knight is a game from Team Cherry, reviewed by IGN.",
])
def test_a_reviewer_is_no_kind_maker_or_source_of_a_game(games, text):
    assert not _says(games, text)


@pytest.mark.parametrize("text", [
    "Celeste is a platformer.",
    "Celeste is a Maddy Makes Games platformer.",  # its developer
    "Hollow Knight is a metroidvania from Team Cherry.",
    "Celeste is a game from Steam.",  # its distributor offers it
    "Celeste is a platformer reviewed by IGN.",  # the reviewer said with its own verb
])
def test_a_maker_or_distributor_before_or_after_the_kind_is_read(games, text):
    assert _says(games, text)


@pytest.mark.parametrize("text, true", [
    ("Respect was written by Otis Redding at Atlantic Studios.", False),  # recorded there, not written
    ("Otis Redding wrote Respect at Atlantic Studios.", False),
    ("Dolly Parton wrote Jolene at RCA Studio B.", False),
    ("Jerry Wexler produced Respect at Atlantic Studios.", True),  # a producer makes it where it is recorded
    ("Respect was produced by Jerry Wexler at Atlantic Studios.", True),
    ("Jolene was produced by Bob Ferguson at Atlantic Studios.", False),
    ("Respect was recorded at Atlantic Studios.", True),
])
def test_a_song_is_written_nowhere_the_graph_says(songs, text, true):
    assert _says(songs, text) is true
