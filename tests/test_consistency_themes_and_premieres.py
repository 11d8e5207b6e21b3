"""Themes ("a game about trade", "a space-themed game"), first performances ("was first staged
at"), keys ("is in G minor") and a relative clause after a maker ("a game by X that uses Y").

The graphs are declared as a new user would, with phrases only.
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _games():
    rels = [R("designed_by", phrase="was designed by", inverse_phrase="designed"),
            R("uses", phrase="uses", inverse_phrase="is used in"),
            R("theme", phrase="is themed around", inverse_phrase="is the theme of"),
            R("category", phrase="is categorized as", inverse_phrase="is the category of")]
    items = {"g:pr": ("game", "Puerto Rico", 2002), "g:dom": ("game", "Dominion", 2008),
             "g:tf": ("game", "Terraforming Mars", 2016)}
    others = {"d:seyfarth": ("designer", "Andreas Seyfarth"), "d:vaccarino": ("designer", "Donald X. Vaccarino"),
              "d:fryxelius": ("designer", "Jacob Fryxelius"),
              "m:roles": ("mechanic", "role selection"), "m:deck": ("mechanic", "deck building"),
              "m:cards": ("mechanic", "hand management"),
              "t:colonial": ("theme", "colonial trade"), "t:medieval": ("theme", "medieval"),
              "t:space": ("theme", "space"), "c:strategy": ("category", "strategy game")}
    triples = [("g:pr", "designed_by", "d:seyfarth"), ("g:dom", "designed_by", "d:vaccarino"),
               ("g:tf", "designed_by", "d:fryxelius"), ("g:pr", "uses", "m:roles"), ("g:dom", "uses", "m:deck"),
               ("g:tf", "uses", "m:cards"), ("g:pr", "theme", "t:colonial"), ("g:dom", "theme", "t:medieval"),
               ("g:tf", "theme", "t:space"), ("g:pr", "category", "c:strategy"), ("g:tf", "category", "c:strategy"),
               ("g:dom", "category", "c:strategy")]
    return _build(items, others, rels, triples)


def _operas():
    rels = [R("composed_by", phrase="was composed by", inverse_phrase="composed"),
            R("premiered_at", phrase="premiered at", inverse_phrase="hosted the premiere of"),
            R("in_key", phrase="is in the key of", inverse_phrase="is the key of")]
    items = {"w:otello": ("work", "Otello", 1887), "w:falstaff": ("work", "Falstaff", 1893),
             "w:jupiter": ("work", "Jupiter Symphony", 1788)}
    others = {"p:verdi": ("composer", "Giuseppe Verdi"), "p:mozart": ("composer", "Mozart"),
              "v:scala": ("venue", "La Scala"), "v:burg": ("venue", "Burgtheater"),
              "k:c": ("key", "C major"), "k:g": ("key", "G minor")}
    triples = [("w:otello", "composed_by", "p:verdi"), ("w:falstaff", "composed_by", "p:verdi"),
               ("w:jupiter", "composed_by", "p:mozart"), ("w:otello", "premiered_at", "v:scala"),
               ("w:falstaff", "premiered_at", "v:scala"), ("w:jupiter", "in_key", "k:c")]
    return _build(items, others, rels, triples)


def _supported(kg, text):
    return ConsistencyChecker(kg, outside_evidence=True).check(text, ()).supported


@pytest.mark.parametrize("true_text, false_text", [
    ("Puerto Rico is a game about colonial trade.", "Dominion is a game about colonial trade."),
    ("Dominion is about medieval.", "Dominion is about space."),
    ("Terraforming Mars is a space-themed game.", "Puerto Rico is a space-themed game."),
    ("Terraforming Mars is a space-themed strategy game.", "Dominion is a space-themed strategy game."),
    ("Dominion is a medieval game.", "Terraforming Mars is a medieval game."),
    ("Terraforming Mars is a Jacob Fryxelius-designed game.", "Dominion is a Jacob Fryxelius-designed game."),
    ("Dominion is a strategy game by Donald X. Vaccarino that uses deck building.",
     "Dominion is a strategy game by Donald X. Vaccarino that uses role selection."),
    ("Puerto Rico is a game by Andreas Seyfarth that uses role selection.",
     "Puerto Rico is a game by Jacob Fryxelius that uses role selection."),
])
def test_themes_and_a_relative_after_the_maker(true_text, false_text):
    kg = _games()
    assert _supported(kg, true_text), true_text
    assert not _supported(kg, false_text), false_text


@pytest.mark.parametrize("text", [
    "Puerto Rico is a Seyfarth-themed game.",  # "-themed" names no designer
    "Dominion is a game about Donald X. Vaccarino.",  # a designer is no theme
    "Puerto Rico is a strategy game-themed game.",
])
def test_a_compound_or_about_of_another_relation_is_not_read(text):
    assert not _supported(_games(), text)


@pytest.mark.parametrize("true_text, false_text", [
    ("Otello was first performed at La Scala.", "Otello was first performed at the Burgtheater."),
    ("Falstaff was first staged at La Scala.", "Falstaff was first staged at the Burgtheater."),
    ("Otello had its premiere at La Scala.", "Otello had its premiere at the Burgtheater."),
    ("La Scala saw the premiere of Falstaff.", "The Burgtheater saw the premiere of Falstaff."),
    ("Otello and Falstaff were both first performed at La Scala.",
     "Otello and the Jupiter Symphony were both first performed at La Scala."),
    ("The Jupiter Symphony is in C major.", "The Jupiter Symphony is in G minor."),
    ("Mozart's Jupiter Symphony is in C major.", "Verdi's Otello is in C major."),
])
def test_first_performances_and_keys(true_text, false_text):
    kg = _operas()
    assert _supported(kg, true_text), true_text
    assert not _supported(kg, false_text), false_text


@pytest.mark.parametrize("text", [
    "Otello was performed at La Scala.",  # a performance is no premiere
    "Otello is at La Scala.",
])
def test_a_later_performance_is_no_premiere(text):
    assert not _supported(_operas(), text)


def _probes():
    rels = [R("went_to", phrase="went to", inverse_phrase="was visited by"),
            R("lent_to", phrase="was lent to", inverse_phrase="borrowed")]
    items = {"p:nh": ("probe", "New Horizons", 2006), "p:juno": ("probe", "Juno", 2011),
             "p:art": ("artwork", "The Starry Night", 1889)}
    others = {"d:pluto": ("destination", "Pluto"), "d:jupiter": ("destination", "Jupiter"),
              "m:tate": ("museum", "Tate Modern")}
    triples = [("p:nh", "went_to", "d:pluto"), ("p:juno", "went_to", "d:jupiter"), ("p:art", "lent_to", "m:tate")]
    return _build(items, others, rels, triples)


@pytest.mark.parametrize("true_text, false_text", [
    ("New Horizons is a probe to Pluto.", "New Horizons is a probe to Jupiter."),
    ("Juno, a probe to Jupiter, launched in 2011.", "Juno, a probe to Pluto, launched in 2011."),
])
def test_a_bare_to_of_going_somewhere(true_text, false_text):
    kg = _probes()
    assert _supported(kg, true_text), true_text
    assert not _supported(kg, false_text), false_text


@pytest.mark.parametrize("text", [
    "The Starry Night is a painting to Tate Modern.",  # lent, not gone: no bare "to"
    "Juno is similar to Jupiter.",
    "Juno returned to Jupiter.",
])
def test_a_bare_to_reads_no_other_relation(text):
    assert not _supported(_probes(), text)
