"""Relation nouns of more than one word ("total area", "rotation period") and the clause shapes
writers build with them, each with a false twin, on a small graph of places declared in code."""

from __future__ import annotations

import functools

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker
from kgexplain.records import Entity, Relation


def _places() -> kgx.KnowledgeGraph:
    ents = [Entity(i, label=label) for i, label in [
        ("p:angola", "Angola, Indiana"), ("p:area", "16.55 square kilometres"),
        ("p:area2", "6.81 square kilometres"), ("p:alex", "Alexandria, Indiana"),
        ("p:tama", "1089 Tama"), ("p:period", "17.28 hours"), ("p:b", "Birmingham"),
        ("p:lab", "Labour Party"), ("p:lib", "Liberal Democrats"), ("p:london", "London"),
        ("p:khan", "Sadiq Khan"),
    ]]
    rels = [
        Relation("area_total", phrase="has the total area", inverse_phrase="is the total area of"),
        Relation("rotation_period", phrase="has the rotation period",
                 inverse_phrase="is the rotation period of"),
        Relation("leader", phrase="is led by", inverse_phrase="leads",
                 inverse_cues=("is the leader of",)),
    ]
    triples = [("p:angola", "area_total", "p:area"), ("p:alex", "area_total", "p:area2"),
               ("p:tama", "rotation_period", "p:period"), ("p:b", "leader", "p:lab"),
               ("p:london", "leader", "p:khan"), ("p:angola", "leader", "p:lab")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


@pytest.fixture(scope="module")
def places() -> ConsistencyChecker:
    return ConsistencyChecker(_places(), outside_evidence=True)


@pytest.mark.parametrize("true_text,false_text", [
    ("The total area of Angola, Indiana is 16.55 square kilometres.",
     "The total area of Angola, Indiana is 6.81 square kilometres."),
    ("The total area of Angola, Indiana, is 16.55 square kilometres.",
     "The total area of Alexandria, Indiana, is 16.55 square kilometres."),
    ("The rotation period of 1089 Tama is 17.28 hours.",
     "The rotation period of 17.28 hours is 1089 Tama."),
    ("The rotation period for 1089 Tama is 17.28 hours.",
     "The total area for 1089 Tama is 17.28 hours."),
    ("17.28 hours is 1089 Tama's rotation period.", "1089 Tama is 17.28 hours's rotation period."),
    ("Angola, Indiana, whose total area is 16.55 square kilometres, is led by the Labour Party.",
     "Angola, Indiana, whose total area is 6.81 square kilometres, is led by the Labour Party."),
    ("Angola, Indiana has 16.55 square kilometres as its total area.",
     "Angola, Indiana has 16.55 square kilometres as its rotation period."),
    ("The leader of London is Sadiq Khan.", "The leader of Birmingham is Sadiq Khan."),
    ("The leader of Birmingham is the Labour Party.",
     "The leader of Birmingham is the Liberal Democrats."),
    ("The leader in London is Sadiq Khan.", "The leader in Birmingham is Sadiq Khan."),
])
def test_multi_word_relation_nouns(places, true_text, false_text):
    v = places.check(true_text, ())
    assert v.supported, (true_text, v.reason)
    assert not places.check(false_text, ()).supported, false_text


def test_a_relation_noun_never_stands_alone(places):
    # a telegraphic "X total area Y" is read as "X's total area, Y"; a bare noun has no subject
    assert places.check("Angola, Indiana total area 16.55 square kilometres.", ()).supported
    assert not places.check("Angola, Indiana total area 6.81 square kilometres.", ()).supported
    assert not places.check("The total area is 16.55 square kilometres.", ()).supported


@pytest.fixture(scope="module")
def movies() -> ConsistencyChecker:
    return _checker("movie")


@pytest.mark.parametrize("user,true_text,false_text", [
    # "Y was its N": the item before, the noun of the relation
    (None, "Carter Burwell composed the music for The Big Lebowski, and Roger Deakins was its "
           "cinematographer.",
     "Carter Burwell composed the music for The Big Lebowski, and Roger Deakins was its director."),
    (None, "The Big Lebowski is a comedy, and Joel Coen was its director.",
     "The Big Lebowski is a comedy, and Ethan Coen was its director."),
    # the Oxford comma in a list of subjects: every name is checked
    (None, "Cary Grant, Eva Marie Saint, and James Mason appear in North by Northwest.",
     "Jeff Bridges, Cary Grant, and James Mason appear in North by Northwest."),
    (None, "Vertigo, Psycho, and Rebecca were directed by Alfred Hitchcock.",
     "Vertigo, Titanic, and Psycho were directed by Alfred Hitchcock."),
    # "all" after a list of names says no more than the list
    (None, "Cary Grant, Eva Marie Saint and James Mason all appear in North by Northwest.",
     "Cary Grant, Eva Marie Saint and Jeff Bridges all appear in North by Northwest."),
    # "each" after a verb or a preposition stands for every item before
    (None, "Steven Spielberg directed Jaws and E.T. the Extra-Terrestrial, and John Williams "
           "scored each.",
     "Steven Spielberg directed Jaws and E.T. the Extra-Terrestrial, and Bernard Herrmann "
     "composed the music for each."),
    # a relative clause without "that" after a predicate noun, about "you"
    ("user:474", "Ridley Scott directed Alien, a horror film you loved.",
     "Ridley Scott directed Alien, a comedy film you loved."),
    ("user:474", "Stanley Kubrick directed and produced Full Metal Jacket, a war drama you rated "
                 "four stars.",
     "Stanley Kubrick directed and produced Full Metal Jacket, a war drama you rated five stars."),
    # ", the <kind noun> ..." identifies the item like ", a ..."
    ("user:474", "Ridley Scott directed Alien, the 1979 horror film you loved.",
     "Ridley Scott directed Alien, the 1978 horror film you loved."),
    ("user:474", "You loved Alien, the 1979 horror film by Ridley Scott.",
     "You loved Alien, the 1979 horror film by James Cameron."),
    # "come from the same N": what the items share
    (None, "Vertigo and Psycho come from the same director.",
     "Vertigo and Titanic come from the same director."),
])
def test_free_paraphrase_shapes(movies, user, true_text, false_text):
    v = movies.check(true_text, (), user=user)
    assert v.supported, (true_text, v.reason)
    assert not movies.check(false_text, (), user=user).supported, false_text


def test_each_and_all_are_read_only_where_they_stand_for_a_list(movies):
    assert not movies.check("Cary Grant all appear in North by Northwest.", ()).supported
    assert not movies.check("Alfred Hitchcock directed all of Vertigo.", ()).supported
    assert not movies.check("You loved Alien, the horror, by Ridley Scott.", (),
                            user="user:474").supported


def _bookshelf_bare() -> kgx.KnowledgeGraph:
    """The test bookshelf with its relations declared by phrases only (no cues)."""
    import dataclasses
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("bookshelf", Path(__file__).parent / "data" / "bookshelf.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    kg = mod.build()
    rels = [dataclasses.replace(r, cues=(), inverse_cues=()) for r in mod.RELATIONS]
    return kgx.KnowledgeGraph.from_triples([(h, r, t, dict(d)) for h, t, r, d in kg.graph.edges(keys=True, data=True)],
                                           entities=list(kg.entities()), relations=rels)


@functools.lru_cache(maxsize=None)
def _checker(graph: str) -> ConsistencyChecker:
    """One checker per graph for these tests: "movie" (the example graph), "music", "books" (the
    test bookshelf declared by phrases only)."""
    from kgexplain.datasets.music import music_graph

    kg = {"movie": kgx.KnowledgeGraph.example, "music": music_graph, "books": _bookshelf_bare}[graph]()
    return ConsistencyChecker(kg, outside_evidence=True)


@pytest.mark.parametrize("true_text,false_text", [
    # agent nouns from the phrases ("was translated by" -> "translator"; "wrote" -> "author")
    ("Hopscotch's translator is Gregory Rabassa.", "Hopscotch's translator is Edith Grossman."),
    ("The author of Dune is Frank Herbert.", "The author of Dune is Isaac Asimov."),
    ("Hopscotch was translated by Gregory Rabassa; he is its translator.",
     "Hopscotch was translated by Gregory Rabassa; he is its author."),
    ("Gregory Rabassa is the translator of Hopscotch.", "Julio Cortázar is the translator of Hopscotch."),
    ("Dune was written by Frank Herbert. Its publisher is Chilton Books.",
     "Dune was written by Frank Herbert. Its publisher is Ace Books."),
])
def test_agent_nouns_on_a_graph_declared_with_phrases_only(true_text, false_text):
    checker = _checker("books")
    v = checker.check(true_text, ())
    assert v.supported, (true_text, v.reason)
    assert not checker.check(false_text, ()).supported, false_text


@pytest.mark.parametrize("user,true_text,false_text", [
    # "is by X" / "are both by X": authorship, like "a novel by X"
    (None, "The Lord of the Rings is by J. R. R. Tolkien.", "The Lord of the Rings is by Frank Herbert."),
    (None, "The Hobbit and The Lord of the Rings are both by J. R. R. Tolkien.",
     "The Hobbit and Dune are both by J. R. R. Tolkien."),
    ("user:ana", "You loved The Hobbit; The Lord of the Rings is also by J. R. R. Tolkien.",
     "You loved The Hobbit; Dune is also by J. R. R. Tolkien."),
    # "both books" names the items before
    ("user:dara", "You loved Emma and Pride and Prejudice; both books are by Jane Austen.",
     "You loved Emma and Pride and Prejudice; both books are by Toni Morrison."),
    # "first published in <year>": the item's own year
    (None, "Neuromancer was first published in 1984.", "Neuromancer was first published in 1985."),
    (None, "Dune, first published in 1965, was written by Frank Herbert.",
     "Dune, first published in 1966, was written by Frank Herbert."),
])
def test_authorship_by_and_first_publication(user, true_text, false_text):
    checker = _checker("books")
    v = checker.check(true_text, (), user=user)
    assert v.supported, (true_text, v.reason)
    assert not checker.check(false_text, (), user=user).supported, false_text


def test_first_before_a_relation_is_an_order_the_graph_does_not_record():
    checker = _checker("music")
    assert checker.check("Nirvana was signed to DGC Records.", ()).supported
    assert not checker.check("Nirvana was first signed to DGC Records.", ()).supported


@pytest.mark.parametrize("user,text", [
    # red team 15 (this session's readings): each false, each rejected
    (None, "Alfred Hitchcock directed Rebecca, Vertigo and Psycho, and Bernard Herrmann scored each."),
    ("user:474", "You watched Jaws 3-D, Jaws and Alien, and you loved each of them."),
    ("user:474", "You watched Jaws 3-D and Alien, the horror films you loved."),
    ("user:474", "You loved Jaws and Alien, the 1979 horror films."),
    ("user:474", "You watched Jaws 3-D; Alien is another horror film you loved."),
    ("user:474", "You loved Titanic, Vertigo and Psycho all directed by Alfred Hitchcock."),
    (None, "Blade Runner, like Alien, was directed by Ridley Scott; Jerry Goldsmith was its composer."),
])
def test_fifteenth_red_team_false_sentences(movies, user, text):
    assert not movies.check(text, (), user=user).supported, text


def test_a_group_reference_after_a_list_of_three_is_every_item(movies):
    assert movies.check("Alfred Hitchcock directed Vertigo, Psycho and North by Northwest, and "
                        "Bernard Herrmann scored each.", ()).supported


@pytest.mark.parametrize("user,false_text,true_text", [
    # red team 15, older readings
    ("user:474", "Titanic and Vertigo, which you loved, were directed by Alfred Hitchcock.",
     "Vertigo, Psycho, and Rebecca, which you loved, were directed by Alfred Hitchcock."),
    (None, "Titanic and Vertigo, which Paramount Pictures distributed, are thrillers.", None),
    ("user:474", "You rated Jaws 3-D well.", None),
    ("user:474", "You loved Titanic, Vertigo, and Psycho were directed by Alfred Hitchcock.",
     "You loved Vertigo, and Psycho was directed by Alfred Hitchcock."),
])
def test_fifteenth_red_team_older_shapes(movies, user, false_text, true_text):
    assert not movies.check(false_text, (), user=user).supported, false_text
    if true_text is not None:
        v = movies.check(true_text, (), user=user)
        assert v.supported, (true_text, v.reason)


@pytest.mark.parametrize("user,false_text,true_text", [
    # "it" after an item compared with ("like X", "as X"): either one, so both must hold
    (None, "Blade Runner, like Alien, was directed by Ridley Scott; Jerry Goldsmith scored it.", None),
    (None, "Blade Runner has the same director as Alien, and it has music by Jerry Goldsmith.", None),
    ("user:1", None, "Because you loved The Abyss, you may like Titanic: James Cameron directed it "
                     "and also wrote it."),
    # "also" / "another ... that you loved" about the user: another item the user loved
    ("user:474", "You watched Jaws 3-D; you also loved Alien.", "You loved Jaws; you also loved Alien."),
    ("user:474", "You watched Jaws 3-D, and Alien is another horror film that you loved.",
     "You loved Jaws; Alien is another horror film that you loved."),
    # a passive participle after a list starts no clause: said of every item
    ("user:474", "You loved Titanic and Vertigo both directed by Alfred Hitchcock.", None),
    ("user:474", "Ridley Scott directed Blade Runner and Alien, the horror films.", None),
])
def test_fifteenth_red_team_replay_shapes(movies, user, false_text, true_text):
    if false_text is not None:
        assert not movies.check(false_text, (), user=user).supported, false_text
    if true_text is not None:
        v = movies.check(true_text, (), user=user)
        assert v.supported, (true_text, v.reason)


@pytest.mark.parametrize("true_text,false_text", [
    # UI lines: a title, its year, then its genres; a fragment that only describes the title
    ("Fargo (1996): crime, comedy, thriller.", "Fargo (1996): crime, horror, thriller."),
    ("Fargo (1996): Crime, Drama, Thriller.", "Fargo (1997): Crime, Drama, Thriller."),
    ("Chinatown (1974), directed by Roman Polanski.", "Chinatown (1974), directed by James Cameron."),
    ("- Chinatown (1974), directed by Roman Polanski.", "- Chinatown (1975), directed by Roman Polanski."),
    # a metadata line: each name linked to the item by some relation, the year its own
    ("Heat (1995) · Michael Mann · crime", "Heat (1995) · James Cameron · crime"),
    ("Chinatown · Roman Polanski · 1974", "Chinatown · Roman Polanski · 1975"),
    # "A and B as well": the list shares the predicate
    ("Steven Spielberg directed Jaws and E.T. the Extra-Terrestrial as well.",
     "Steven Spielberg directed Jaws and Titanic as well."),
    # "composed its score" / "wrote the score": the item left unnamed, as in "X was its director"
    ("Jan de Bont shot Die Hard, and Michael Kamen composed its score.",
     "Jan de Bont shot Die Hard, and John Williams composed its score."),
    ("Apocalypse Now was produced and directed by Francis Coppola, and Carmine Coppola wrote the score.",
     "Apocalypse Now was produced and directed by Francis Coppola, and John Williams wrote the score."),
])
def test_ui_lines(movies, true_text, false_text):
    v = movies.check(true_text, ())
    assert v.supported, (true_text, v.reason)
    assert not movies.check(false_text, ()).supported, false_text


def test_an_unnamed_score_needs_one_item_before(movies):
    assert not movies.check("Michael Kamen composed the score.", ()).supported
    assert not movies.check("You loved Heat; Vertigo is a thriller, and Bernard Herrmann composed its "
                            "score.", (), user="user:474").supported


def test_a_fragment_that_says_more_than_its_description_is_not_read(movies):
    assert not movies.check("Alfred Hitchcock directed Vertigo. Also Chinatown, a thriller.", ()).supported
    assert not movies.check("Hans Zimmer is who scored The Rock.", ()).supported
    assert not movies.check("Fargo (1996): crime, comedy, Joel Coen.", ()).supported


@pytest.fixture(scope="module")
def webnlg_places() -> ConsistencyChecker:
    from kgexplain.datasets.webnlg import WebNLGEntry
    from kgexplain.evaluation.webnlg import webnlg_graph

    entries = [
        WebNLGEntry("t/1/1", "Person", (("Alberto Teisaire", "nationality", "Argentina"),
                                        ("Argentina", "language", "Spanish language")), ()),
        WebNLGEntry("t/1/2", "City", (("Attica, Indiana", "country", "United States"),
                                      ("United States", "ethnic group", "African Americans"),
                                      ("United States", "leader", "Barack Obama")), ()),
        WebNLGEntry("t/1/3", "Building", (("Addis Ababa City Hall", "country", "Ethiopia"),
                                          ("Ethiopia", "currency", "Ethiopian birr"),
                                          ("Ethiopia", "leader", "Hailemariam Desalegn")), ()),
    ]
    kg, _ = webnlg_graph(entries, name="where")
    return ConsistencyChecker(kg, outside_evidence=True)


@pytest.mark.parametrize("true_text,false_text", [
    ("Alberto Teisaire was from Argentina, where Spanish is spoken.",
     "Attica, Indiana is located in the United States, where Spanish is spoken."),
    ("Attica, Indiana is located in the United States, where African Americans are an ethnic group.",
     "Attica, Indiana is located in the United States, where Barack Obama is an ethnic group."),
    ("Attica, Indiana is located in the United States, where African Americans are one of the "
     "ethnic groups.",
     "Addis Ababa City Hall is in Ethiopia, where African Americans are one of the ethnic groups."),
    ("Attica, Indiana is located in the United States, where Barack Obama is the leader.",
     "Attica, Indiana is located in the United States, where African Americans are the leader."),
    ("Addis Ababa City Hall is in Ethiopia, where the currency is the Ethiopian birr.",
     "Addis Ababa City Hall is in Ethiopia, where the leader is the Ethiopian birr."),
])
def test_where_clauses_about_a_place(webnlg_places, true_text, false_text):
    v = webnlg_places.check(true_text, ())
    assert v.supported, (true_text, v.reason)
    assert not webnlg_places.check(false_text, ()).supported, false_text


def test_also_known_as_names_the_thing_again():
    kg = kgx.KnowledgeGraph.from_triples(
        [("p:1", "alternative_name", "p:2")],
        entities=[Entity("p:1", label="1955 Dodge"), Entity("p:2", label="Dodge Custom Royal"),
                  Entity("p:3", label="Dodge Coronet")],
        relations=[Relation("alternative_name", phrase="is known as",
                            inverse_phrase="is the alternative name of")])
    checker = ConsistencyChecker(kg, outside_evidence=True)
    v = checker.check("The 1955 Dodge is also known as the Dodge Custom Royal.", ())
    assert v.supported, v.reason
    assert not checker.check("The 1955 Dodge is also known as the Dodge Coronet.", ()).supported


def test_an_unread_where_is_unknown(webnlg_places):
    assert not webnlg_places.check("Alberto Teisaire was from Argentina, where he ate.", ()).supported


def test_a_fiction_genre_said_as_a_novel_and_a_comma_by_apposition():
    v = _checker("books")
    assert v.check("Hopscotch, by Julio Cortázar, is literary fiction.", ()).supported
    assert not v.check("Hopscotch, by Jane Austen, is literary fiction.", ()).supported
    assert v.check("Beloved is a literary novel by Toni Morrison.", ()).supported
    assert not v.check("Dune is a literary novel by Frank Herbert.", ()).supported


RED_TEAM_16_FALSE = [
    # red team 16: each false, each rejected
    ("movie", "user:474", "You loved Titanic (1997), Vertigo and Psycho; Alfred Hitchcock directed them."),
    ("movie", None, "Alfred Hitchcock directed Rebecca, a thriller, Vertigo and Psycho, and Bernard "
                    "Herrmann scored each."),
    ("movie", None, "Alfred Hitchcock directed Rebecca as well as Vertigo and Psycho, and Bernard "
                    "Herrmann scored each."),
    ("books", "user:ben", "You loved Dune; the movie is science fiction."),
    ("movie", None, "Blade Runner shares a director with Alien, and its composer is Jerry Goldsmith."),
    ("movie", None, "Blade Runner was directed by Ridley Scott, who also directed Alien; Jerry "
                    "Goldsmith scored it."),
    ("movie", None, "Psycho and Psycho (1998) share a director."),
    ("movie", "user:474", "You loved Psycho (1960) and Psycho."),
    ("movie", None, "Titanic (1953) has the same director as Titanic."),
    ("books", None, "Edith Grossman translated Don Quixote in 1605."),
    ("books", None, "In 1605, Edith Grossman translated Don Quixote."),
    ("music", None, "Sub Pop signed Nirvana in 1987."),
    # found by the held-out suite (its one false music text accepted after ', and its' was read)
    ("music", None, "Led Zeppelin was influenced by Muddy Waters, and its label is Chess Records."),
]


RED_TEAM_16_TRUE = [
    ("movie", None, "Alfred Hitchcock directed Vertigo (1958), Psycho and North by Northwest, and "
                    "Bernard Herrmann scored each."),
    ("movie", None, "Psycho (1960) and Psycho (1998) are both horror films."),
    ("movie", None, "Blade Runner is a thriller, and its composer is Vangelis."),
    ("movie", None, "Gus Van Sant directed Psycho in 1998."),
    ("books", None, "Frank Herbert wrote Dune in 1965."),
    ("books", None, "Dune was published by Chilton Books in 1965."),
    ("books", None, "Gustave Doré illustrated Don Quixote, first published in 1605."),
    ("books", "user:ben", "You loved Dune and Foundation; both books are science fiction."),
]


@pytest.mark.parametrize("user,true_text,false_text", [
    # a genre that is a noun of its own, said without a kind noun; "fantasy too"; "both science fiction"
    (None, "Emma is a romance like Pride and Prejudice.", "Dune is a romance like Pride and Prejudice."),
    (None, "The Little Prince is a fantasy, like The Hobbit.", "Emma is a fantasy, like The Hobbit."),
    (None, "Dune and Neuromancer are both science fiction.", "Dune and Emma are both science fiction."),
    # "set on" for "set in"
    (None, "Dune is set on Arrakis.", "Dune is set on Trantor."),
    # "not only ... but also" adds, it does not negate
    (None, "J. R. R. Tolkien not only wrote The Hobbit but also illustrated it.",
     "J. R. R. Tolkien not only wrote Dune but also illustrated it."),
    # "you gave both five stars": the rating is said of each
    ("user:dara", "Emma and Pride and Prejudice are both by Jane Austen; you loved both.",
     "Emma and The Little Prince are both by Antoine de Saint-Exupéry; you loved both."),
])
def test_dev17_shapes(user, true_text, false_text):
    checker = _checker("books")
    v = checker.check(true_text, (), user=user)
    assert v.supported, (true_text, v.reason)
    assert not checker.check(false_text, (), user=user).supported, false_text


def test_a_rating_after_both_is_said_of_each():
    checker = _checker("music")
    text = "Amy Winehouse and Adele are soul singers from London; you gave both five stars."
    v = checker.check(text, (), user="user:hiro")
    assert v.supported, v.reason
    assert not checker.check(text.replace("five", "four"), (), user="user:hiro").supported
    assert not checker.check("Nirvana is a rock.", ()).supported


def test_a_literature_genre_said_as_a_book():
    kg = kgx.KnowledgeGraph.from_triples(
        [("book:alice", "has_genre", "genre:childrens"), ("book:dune", "has_genre", "genre:sf")],
        entities=[Entity("book:alice", kind="item", type="book", label="Alice's Adventures in Wonderland"),
                  Entity("book:dune", kind="item", type="book", label="Dune"),
                  Entity("genre:childrens", type="genre", label="children's literature"),
                  Entity("genre:sf", type="genre", label="science fiction")],
        relations=[Relation("has_genre", phrase="belongs to the genre", inverse_phrase="is the genre of")])
    checker = ConsistencyChecker(kg, outside_evidence=True)
    v = checker.check("Alice's Adventures in Wonderland is a children's book.", ())
    assert v.supported, v.reason
    assert not checker.check("Dune is a children's book.", ()).supported


RED_TEAM_17_FALSE = [
    # red team 17: each false, each rejected
    ("movie", None, "Alien shares a director with Blade Runner and is an action film."),
    ("movie", None, "Blade Runner shares a director with Alien and was scored by Jerry Goldsmith."),
    ("movie", None, "Rebecca was directed by Alfred Hitchcock, like Vertigo, and scored by Bernard Herrmann."),
    ("music", None, "Nirvana shares a label with Soundgarden and comes from Seattle."),
    ("movie", "user:474", "You watched Jaws 3-D (1983), Jaws and Alien. You loved them."),
    ("movie", "user:474", "You loved Titanic (1997), Vertigo and Psycho. Alfred Hitchcock directed them."),
    ("books", None, "Dune is a science book."),
    ("movie", None, "Psycho (1960) was directed by Alfred Hitchcock, as was Psycho."),
    ("movie", None, "Kate Winslet starred in Titanic (1997) and in Titanic."),
    ("movie", "user:474", "You loved Titanic (1997). Titanic, another film you loved, stars Kate Winslet."),
    ("movie", "user:474", "You gave Jaws 4.5 stars, and Jurassic Park III."),
    ("music", None, "Dave Grohl was a member of Nirvana in 1987."),
    ("music", None, "Dave Grohl played drums in Nirvana in 1987."),
    ("movie", None, "Blade Runner was directed by Ridley Scott, as was Alien, and scored by Jerry Goldsmith."),
    ("movie", None, "Alien shares a director with Blade Runner and came out in 1982."),
    ("movie", None, "Psycho (1960) was directed by Alfred Hitchcock. So was Psycho."),
    ("movie", "user:474", "You loved Titanic (1997) and Vertigo, and also Titanic."),
    ("movie", "user:474", "You gave Jaws 4.5 stars, and Jurassic Park and Jurassic Park III."),
    ("books", None, "Emma is a romance like Pride and Prejudice, set in Surrey."),
]


RED_TEAM_17_TRUE = [
    ("movie", None, "Alien shares a director with Blade Runner and is a horror film."),
    ("movie", None, "Blade Runner shares a director with Alien and was scored by Vangelis."),
    ("movie", None, "Rebecca came out in 1940; like Rebecca, Vertigo is a mystery."),
    ("movie", None, "Alfred Hitchcock directed Vertigo and Psycho. Bernard Herrmann scored them."),
    ("books", None, "Dune is a science fiction novel."),
    ("movie", "user:474", "You loved Alien. Rebecca, another film you loved, was directed by Alfred Hitchcock."),
    ("movie", None, "Blade Runner was directed by Ridley Scott, as was Alien, and scored by Vangelis."),
    ("movie", None, "Alien shares a director with Blade Runner and came out in 1979."),
    ("books", None, "Emma is a romance like Pride and Prejudice, written by Jane Austen."),
]


def test_where_the_n_is_z_names_the_only_one():
    from kgexplain.datasets.webnlg import WebNLGEntry
    from kgexplain.evaluation.webnlg import webnlg_graph

    kg, _ = webnlg_graph([WebNLGEntry("t/1/2", "City", (
        ("Attica, Indiana", "country", "United States"), ("United States", "leader", "Barack Obama"),
        ("United States", "leader", "Joe Biden")), ())], name="leaders")
    checker = ConsistencyChecker(kg, outside_evidence=True)
    assert not checker.check("Attica, Indiana is in the United States, where the leader is Barack "
                             "Obama.", ()).supported


def test_a_contracted_copula_outside_titles(movies):
    v = movies.check("Vertigo was directed by Alfred Hitchcock; it's a thriller.", ())
    assert v.supported, v.reason
    assert not movies.check("Vertigo was directed by Alfred Hitchcock; it's a comedy.", ()).supported
    # "It's a Wonderful Life" stays a title
    v = movies.check("The Wiz is a film of the genre Fantasy, which is also the genre of It's a "
                     "Wonderful Life.", ())
    assert v.supported, v.reason


def test_it_in_brackets_after_a_compared_item_is_that_item(movies):
    text = "Apt Pupil: directed by Bryan Singer, like The Usual Suspects (you rated it 5 stars)."
    v = movies.check(text, (), user="user:1")
    assert v.supported, v.reason
    assert not movies.check(text.replace("5 stars", "2 stars"), (), user="user:1").supported


@pytest.mark.parametrize("graph,false_text,true_text", [
    # red team 18: comparisons hand claims to the wrong item
    ("movie", "Chinatown shares a composer with Alien, both directed by Roman Polanski.",
     "Psycho shares a distributor with Vertigo, both directed by Alfred Hitchcock."),
    ("movie", "Rebecca, a thriller like Vertigo, came out in 1958.", None),
    ("movie", "Rebecca, a thriller like Vertigo, is a 1958 film.", "Vertigo is a 1958 thriller."),
    ("movie", "Alien shares a composer with Chinatown, a film from 1979.",
     "Alien shares a director with Blade Runner and came out in 1979."),
    ("movie", "Alien is a horror film, like Psycho and Vertigo, and is a romance.", None),
    ("movie", "Blade Runner shares a director with Alien and Vertigo.",
     "Blade Runner shares a director with Alien and Legend."),
    ("movie", "Blade Runner was directed by Ridley Scott, like Alien and Vertigo, and scored by Vangelis.",
     "Blade Runner was directed by Ridley Scott, like Alien and Legend, and scored by Vangelis."),
    ("movie", "Rebecca was directed by Alfred Hitchcock, as Vertigo was, and scored by Bernard Herrmann.",
     "Rebecca was directed by Alfred Hitchcock, as Vertigo was, and scored by Franz Waxman."),
    ("music", "Nirvana plays grunge, as Soundgarden does, and comes from Seattle.",
     "Nirvana plays grunge, as Soundgarden does, and comes from Aberdeen."),
])
def test_eighteenth_red_team_comparisons(graph, false_text, true_text):
    checker = _checker(graph)
    assert not checker.check(false_text, ()).supported, false_text
    if true_text is not None:
        v = checker.check(true_text, ())
        assert v.supported, (true_text, v.reason)


def test_the_templates_like_a_and_b_shape_stays_understood(movies):
    # the Explainer's own shape (it fell back to a repeated shape for a while when this broke)
    text = "Like The Sting and True Romance, which you loved, Chinatown is a film of the genre Crime."
    v = movies.check(text, (), user="user:431")
    assert v.supported, v.reason


@pytest.mark.parametrize("false_text,true_text", [
    # red team 19: a suggestion ("so try", "we recommend", "Fans of X should try") reads its own
    # words only; any other word in the gap is reported
    ("You gave Vertigo a perfect score, so try North by Northwest, also directed by Alfred Hitchcock.",
     "You gave Vertigo 4.5 stars, so try North by Northwest, also directed by Alfred Hitchcock."),
    ("Fans of Heat such as yourself should try The Insider, also directed by Michael Mann.", None),
    ("We recommend the long version of Heat, directed by Michael Mann.",
     "Because you loved Alien, we recommend Aliens."),
    ("Since you watched Heat so often, try The Insider, also directed by Michael Mann.",
     "Since you loved Alien, check out Aliens."),
])
def test_a_suggestion_frames_only_its_own_words(movies, false_text, true_text):
    assert not movies.check(false_text, (), user="user:474").supported, false_text
    if true_text is not None:
        v = movies.check(true_text, (), user="user:474")
        assert v.supported, (true_text, v.reason)


@pytest.mark.parametrize("true_text,false_text", [
    # "Fans of <attribute> should try X": X must be linked to it
    ("Fans of crime films should try Heat.", "Fans of comedies should try Heat."),
    ("Fans of Al Pacino should try Heat.", "Fans of Jack Nicholson should try Heat."),
])
def test_fans_of_an_attribute(movies, true_text, false_text):
    v = movies.check(true_text, ())
    assert v.supported, (true_text, v.reason)
    assert not movies.check(false_text, ()).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # blind writer 5 (read after its run): "so here is X" frames; "the music" is the film's
    ("You loved Alien, so here's Blade Runner: Ridley Scott directed it.",
     "You loved Alien, so here's Blade Runner: James Cameron directed it."),
    ("Jonathan Demme directed The Silence of the Lambs, and Howard Shore composed the music.",
     "Jonathan Demme directed The Silence of the Lambs, and John Williams composed the music."),
])
def test_here_is_and_the_music(movies, true_text, false_text):
    v = movies.check(true_text, (), user="user:474")
    assert v.supported, (true_text, v.reason)
    assert not movies.check(false_text, (), user="user:474").supported, false_text


@pytest.mark.parametrize("graph,user,text", RED_TEAM_16_FALSE + RED_TEAM_17_FALSE)
def test_red_team_16_17_false_sentences(graph, user, text):
    assert not _checker(graph).check(text, (), user=user).supported, text


@pytest.mark.parametrize("graph,user,text", RED_TEAM_16_TRUE + RED_TEAM_17_TRUE)
def test_red_team_16_17_true_twins(graph, user, text):
    v = _checker(graph).check(text, (), user=user)
    assert v.supported, (text, v.reason)
