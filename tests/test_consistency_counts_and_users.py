"""Named users, counted lists, work done on an item and a genre's touch, said as writers say them:

- the user a text is checked for, named by their label with its capital ("Ana rated the Golden
  Gate Bridge 5 out of 5", "User 15 gave Aliens a 5.0"), is read as "you"; another user's name
  is no mention; "Ben, you gave X five stars" / "You loved X, Ana." names the one spoken to;
- "..., giving it 4.5" / "..., rating it 4.5" after a user's claim: the user's rating; ratings
  said of "them" go to the items in the order they were named ("You loved Fargo and Heat and gave
  them 5 and 4": earlier releases paired them back to front, red team 125);
- a passive relation's agent noun for "engineer", "arranger", "mixer" ... ("its engineer was X");
- "X has three editors: A, B and C": every one of them (a list the graph has more of is
  incomplete), and the count is the list's;
- "X directed two science fiction films: A and B", "designed two suspension bridges, the A and
  the B": a count, an attribute said of each, kind nouns, then the list;
- "X handled the editing on Y", "oversaw the distribution of Y", "was responsible for the design
  of Y": the work a passive relation's agent does ("was edited by");
- ", six years after Terminator 2 (1991).": the other item's year in parentheses is checked too;
- "was released in 1975 through X": the year is the item's, as in "released in 1975 by X"; a label
  declared with "is released on" also reads "came out on / through", "released through";
- on the example graph: "was behind the camera for" (directed), "was the director of
  photography on" / "handled the camera on" (cinematography), "handled the release of"
  (distributed);
- "the band" for an artist, "the firm" for a company, "the yard" for a shipyard (a type's other
  noun, where no other type is so called), as "the label" is for a label;
- "X is part of the cast of Z": among its stars (not "X leads the cast of Z": a lead role is more
  than the graph says);
- a listed item's year in parentheses ("two U2 albums, The Joshua Tree (1987) and Achtung Baby
  (1991)"): the year is checked, the list goes on;
- "record" also reads "cut", "track", "lay down"; "build" also "erect", "put up" (where no other
  relation of the graph says them);
- a company named without the word for its kind ("Harvest" for Harvest Records, "Westlake" for
  Westlake Recording Studios) where no other name is so written;
- "an animated comedy for children" (the genre Children), "comic" / "comedic" for Comedy (not on
  a graph whose items are comics);
- a genre's touch: "a crime thriller with a comic streak", "with a streak of horror";
- a question naming what the reader wants, then the item that answers it: "Looking for soft rock?
  Rumours fits the bill.", "In the mood for sci-fi? Try The Matrix." (the attribute said of the item,
  or of each item of a list that opens the answer; an answer that names another item after them is
  not read: red team 126).

Each true text has a false twin that must be rejected. The graphs are declared as a new user
would, with phrases only.
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _albums():
    rels = [R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("album",)),
            R("recorded_by", phrase="is recorded by", inverse_phrase="recorded", domain=("album",), range=("artist",)),
            R("produced_by", phrase="is produced by", inverse_phrase="produced", domain=("album",), range=("person",)),
            R("engineered_by", phrase="is engineered by", inverse_phrase="engineered", domain=("album",), range=("person",)),
            R("released_on", phrase="is released on", inverse_phrase="released", domain=("album",), range=("label",)),
            R("recorded_at", phrase="is recorded at", inverse_phrase="hosted the recording of",
              domain=("album",), range=("studio",))]
    items = {"a:bends": ("The Bends", 1995), "a:okc": ("OK Computer", 1997), "a:dsotm": ("The Dark Side of the Moon", 1973),
             "a:lz4": ("Led Zeppelin IV", 1971), "a:nevermind": ("Nevermind", 1991)}
    others = {"r:radiohead": ("artist", "Radiohead"), "r:floyd": ("artist", "Pink Floyd"),
              "r:zep": ("artist", "Led Zeppelin"), "r:nirvana": ("artist", "Nirvana"),
              "p:leckie": ("person", "John Leckie"), "p:godrich": ("person", "Nigel Godrich"),
              "p:parsons": ("person", "Alan Parsons"), "p:page": ("person", "Jimmy Page"), "p:vig": ("person", "Butch Vig"),
              "l:parlophone": ("label", "Parlophone"), "l:harvest": ("label", "Harvest Records"),
              "l:atlantic": ("label", "Atlantic Records"), "l:dgc": ("label", "DGC Records"),
              "l:epic": ("label", "Epic Records"),
              "s:abbey": ("studio", "Abbey Road Studios"), "s:sound_city": ("studio", "Sound City Studios"),
              "s:westlake": ("studio", "Westlake Recording Studios")}
    ents = [E(k, kind="item", type="album", label=n, attrs={"year": y}) for k, (n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    ents += [E(f"user:{u}", kind="user", type="user", label=u) for u in ("ana", "ben", "dev")]
    triples = [("a:bends", "recorded_by", "r:radiohead"), ("a:okc", "recorded_by", "r:radiohead"),
               ("a:dsotm", "recorded_by", "r:floyd"), ("a:lz4", "recorded_by", "r:zep"),
               ("a:nevermind", "recorded_by", "r:nirvana"),
               ("a:bends", "produced_by", "p:leckie"), ("a:okc", "produced_by", "p:godrich"),
               ("a:bends", "engineered_by", "p:godrich"), ("a:dsotm", "engineered_by", "p:parsons"),
               ("a:lz4", "produced_by", "p:page"), ("a:nevermind", "produced_by", "p:vig"),
               ("a:bends", "released_on", "l:parlophone"), ("a:okc", "released_on", "l:parlophone"),
               ("a:dsotm", "released_on", "l:harvest"), ("a:lz4", "released_on", "l:atlantic"),
               ("a:nevermind", "released_on", "l:dgc"), ("a:dsotm", "recorded_at", "s:abbey"),
               ("a:nevermind", "recorded_at", "s:sound_city"),
               ("user:ana", "rated", "a:dsotm", {"rating": 5.0}), ("user:ana", "rated", "a:bends", {"rating": 2.0}),
               ("user:ben", "rated", "a:nevermind", {"rating": 2.0}), ("user:ben", "rated", "a:okc", {"rating": 4.5}),
               ("user:dev", "rated", "a:lz4", {"rating": 4.5})]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _bridges():
    rels = [R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("bridge",), range=("person",)),
            R("has_type", phrase="is a bridge of the type", inverse_phrase="is the type of",
              domain=("bridge",), range=("bridge_type",))]
    items = {"b:gwb": ("George Washington Bridge", 1931), "b:vnb": ("Verrazzano-Narrows Bridge", 1964),
             "b:bayonne": ("Bayonne Bridge", 1931), "b:brooklyn": ("Brooklyn Bridge", 1883)}
    others = {"p:ammann": ("person", "Othmar Ammann"), "p:roebling": ("person", "John A. Roebling"),
              "t:suspension": ("bridge_type", "suspension bridge"), "t:arch": ("bridge_type", "arch bridge")}
    ents = [E(k, kind="item", type="bridge", label=n, attrs={"year": y}) for k, (n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    triples = [("b:gwb", "designed_by", "p:ammann"), ("b:vnb", "designed_by", "p:ammann"),
               ("b:bayonne", "designed_by", "p:ammann"), ("b:brooklyn", "designed_by", "p:roebling"),
               ("b:gwb", "has_type", "t:suspension"), ("b:vnb", "has_type", "t:suspension"),
               ("b:brooklyn", "has_type", "t:suspension"), ("b:bayonne", "has_type", "t:arch")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


_GRAPHS = {"albums": _albums, "bridges": _bridges, "movies": kgx.KnowledgeGraph.example}
_CHECKERS: dict[str, ConsistencyChecker] = {}


def _supported(graph, text, user=None):
    if graph not in _CHECKERS:
        _CHECKERS[graph] = ConsistencyChecker(_GRAPHS[graph](), outside_evidence=True, rating_threshold=4.0).build()
    return _CHECKERS[graph].check(text, (), user).supported


@pytest.mark.parametrize("graph, user, true_text, false_text", [
    ("albums", "user:ana", "Ana rated The Dark Side of the Moon 5 out of 5.",
     "Ana rated The Dark Side of the Moon 4 out of 5."),
    ("albums", "user:ana", "Ana loved The Dark Side of the Moon.", "Ana loved The Bends."),
    ("albums", "user:ben", "Ben rated Nevermind just 2 out of 5.", "Ben rated Nevermind 4 out of 5."),
    ("albums", "user:ana", "Ana gave The Dark Side of the Moon five stars.",
     "Ben gave The Dark Side of the Moon five stars."),  # (another user: nothing given backs it)
    ("albums", "user:ben", "Ben, you gave OK Computer 4.5 stars.", "Ben, you gave OK Computer five stars."),
    ("albums", "user:ben", "You loved OK Computer, Ben.", "You loved Nevermind, Ben."),
    ("albums", "user:dev", "Dev, you liked Led Zeppelin IV a lot, giving it 4.5.",
     "Dev, you liked Led Zeppelin IV a lot, giving it 5."),
    ("albums", "user:dev", "You liked Led Zeppelin IV, rating it 4.5.", "You liked Led Zeppelin IV, rating it 2."),
    ("movies", "user:1", "User 1 gave Toy Story 4 stars.", "User 1 gave Toy Story 5 stars."),
    # (ratings said after a list, in the order of the list: earlier releases paired "them" back to front)
    ("movies", "user:1", "You loved Fargo and Heat and gave them 5 and 4.", "You loved Fargo and Heat and gave them 4 and 5."),
    ("movies", "user:1", "You loved Fargo and Heat, giving them 5 and 4.", "You loved Fargo and Heat, giving them 4 and 5."),
])
def test_the_user_named_or_spoken_to(graph, user, true_text, false_text):
    assert _supported(graph, true_text, user), true_text
    assert not _supported(graph, false_text, user), false_text


@pytest.mark.parametrize("graph, true_text, false_text", [
    ("albums", "The Bends was produced by John Leckie; its engineer was Nigel Godrich.",
     "The Bends was produced by John Leckie; its engineer was John Leckie."),
    ("albums", "Alan Parsons is the engineer of The Dark Side of the Moon.",
     "Alan Parsons is the engineer of Nevermind."),
    ("albums", "Alan Parsons handled the engineering on The Dark Side of the Moon.",
     "Alan Parsons handled the production on The Dark Side of the Moon."),
    ("albums", "Nigel Godrich was responsible for the production of OK Computer.",
     "Nigel Godrich was responsible for the production of The Bends."),
    ("albums", "The Dark Side of the Moon is by Pink Floyd; Harvest released it in 1973.",
     "The Dark Side of the Moon is by Pink Floyd; Atlantic released it in 1973."),
    ("albums", "Led Zeppelin IV came out on Atlantic.", "Nevermind came out on Epic."),
    ("albums", "The Dark Side of the Moon was released in 1973 through Harvest Records.",
     "The Dark Side of the Moon was released in 1974 through Harvest Records."),
    ("albums", "Nevermind came out through DGC Records.", "Nevermind came out through Harvest Records."),
    ("albums", "Nevermind was recorded at Sound City.", "Nevermind was recorded at Westlake."),
    ("albums", "Nevermind was tracked at Sound City Studios.", "Nevermind was tracked at Abbey Road Studios."),
    ("albums", "Nirvana cut Nevermind at Sound City Studios.", "Nirvana cut OK Computer at Sound City Studios."),
    ("albums", "OK Computer was produced by Nigel Godrich, and Radiohead recorded it; the band also recorded The Bends.",
     "OK Computer was produced by Nigel Godrich, and Radiohead recorded it; the band also recorded Nevermind."),
    ("bridges", "Othmar Ammann designed two suspension bridges, the George Washington Bridge and the "
     "Verrazzano-Narrows Bridge.",
     "Othmar Ammann designed two suspension bridges, the George Washington Bridge and the Bayonne Bridge."),
    ("bridges", "Othmar Ammann designed two bridges: the Bayonne Bridge and the George Washington Bridge.",
     "Othmar Ammann designed two bridges: the Bayonne Bridge and the Brooklyn Bridge."),
    ("bridges", "Othmar Ammann designed two bridges: the Bayonne Bridge (1931) and the George Washington Bridge (1931).",
     "Othmar Ammann designed two bridges: the Bayonne Bridge (1931) and the George Washington Bridge (1932)."),
    ("albums", "Nigel Godrich worked on two Radiohead albums, The Bends (1995) and OK Computer (1997).",
     "Nigel Godrich worked on two Radiohead albums, The Bends (1995) and Nevermind (1991)."),
    ("movies", "Keanu Reeves is part of the cast of The Matrix.", "Keanu Reeves is part of the cast of Heat."),
    ("movies", "Ridley Scott directed two science fiction films: Alien and Blade Runner.",
     "Ridley Scott directed two comedy films: Alien and Blade Runner."),
    ("movies", "Ridley Scott directed two science fiction films, Alien and Blade Runner.",
     "Ridley Scott directed two science fiction films, Alien and Gladiator."),
    ("movies", "Gladiator has two composers, Hans Zimmer and Lisa Gerrard.",
     "Gladiator has two composers, Hans Zimmer and Ridley Scott."),
    ("movies", "The Matrix has four credited stars: Keanu Reeves, Laurence Fishburne, Carrie-Anne Moss and Hugo Weaving.",
     "The Matrix has three stars: Keanu Reeves, Laurence Fishburne and Hugo Weaving."),  # (it has four)
    ("movies", "The Godfather: Part II, from 1974, has three credited editors: Richard Marks, Barry Malkin and Peter Zinner.",
     "The Godfather: Part II, from 1975, has three credited editors: Richard Marks, Barry Malkin and Peter Zinner."),
    ("movies", "James Cameron directed Titanic in 1997, six years after Terminator 2: Judgment Day (1991).",
     "James Cameron directed Titanic in 1997, six years after Terminator 2: Judgment Day (1992)."),
    ("movies", "Verna Fields handled the editing on Jaws.", "Steven Spielberg handled the editing on Jaws."),
    ("movies", "Paramount Pictures handled the distribution of Titanic.",
     "Paramount Pictures handled the distribution of Jaws."),
    ("movies", "Universal Studios handled the release of Jaws.", "Universal Studios handled the release of Titanic."),
    ("movies", "Jaws was released in 1975 through Universal Studios.", "Jaws was released in 1976 through Universal Studios."),
    ("movies", "Ridley Scott was behind the camera for Alien.", "James Cameron was behind the camera for Alien."),
    ("movies", "Dante Spinotti was the director of photography on Heat.",
     "Michael Mann was the director of photography on Heat."),
    ("movies", "Toy Story is an animated comedy for children.", "Heat is a crime film for children."),
    ("movies", "Fargo is a crime thriller with a comic streak.", "Alien is a horror film with a comic streak."),
    ("movies", "The Silence of the Lambs is a crime thriller with a streak of horror.",
     "Heat is a crime film with a streak of horror."),
    ("movies", "Fargo is a comedic thriller.", "Heat is a comedic thriller."),
    ("movies", "In the mood for sci-fi? The Matrix stars Keanu Reeves.",
     "In the mood for comedy? The Matrix stars Keanu Reeves."),
    ("movies", "Looking for a thriller? Heat fits the bill.", "Looking for a comedy? Heat fits the bill."),
    ("movies", "Fancy a comedy? Try Fargo.", "Fancy a comedy? Try Heat."),
    ("movies", "Looking for a thriller? Heat and Seven fit the bill.", "Looking for a thriller? Heat and Casino fit the bill."),
    ("movies", "Looking for a thriller? Heat, Seven and Fargo fit the bill.",
     "Looking for a thriller? Heat, Seven and Casino fit the bill."),
    ("bridges", "Fond of suspension bridges? The George Washington Bridge is one, and it was designed by Othmar Ammann.",
     "Fond of arch bridges? The George Washington Bridge is one, and it was designed by Othmar Ammann."),
])
def test_a_true_text_is_read_and_its_false_twin_rejected(graph, true_text, false_text):
    assert _supported(graph, true_text), true_text
    assert not _supported(graph, false_text), false_text


@pytest.mark.parametrize("graph, user, text", [
    ("albums", "user:ana", "ana rated The Dark Side of the Moon 5 out of 5."),  # (a name keeps its capital)
    ("albums", None, "Ana rated The Dark Side of the Moon 5 out of 5."),  # (no user to check it against)
    ("albums", "user:ana", "Ben rated Nevermind 2 out of 5."),  # (not the user the text is checked for)
    ("albums", "user:dev", "Led Zeppelin IV is a hard rock album, giving it 4.5."),  # (no user's clause)
    ("movies", None, "The Matrix has two stars: Keanu Reeves and Hugo Weaving."),  # (it has four)
    ("movies", None, "Ridley Scott directed three science fiction films: Alien and Blade Runner."),
    ("movies", None, "Alien is a horror film with a streak of comedy."),
    ("movies", None, "Martin Sheen leads the cast of Apocalypse Now."),  # (he stars in it; the lead?)
    ("movies", None, "Looking for a comedy? Heat is not one."),
    ("movies", None, "Looking for a thriller? Skip Fargo."),
    ("movies", None, "Not looking for a comedy? Heat fits the bill."),
    ("movies", None, "Looking for a thriller? Try Heat or Fargo."),  # (Fargo: a comedy, crime, drama, thriller?)
    # (an answer listing items says each is what was asked for; another item after them: which?)
    ("movies", None, "Looking for a comedy? Fargo and Heat are crime films."),
    ("movies", None, "Looking for horror? Jaws and Jurassic Park were directed by Steven Spielberg."),
    ("movies", None, "Looking for a thriller? Heat stars Al Pacino, as does Casino."),
    ("movies", None, "Looking for a thriller? Heat, like Casino, stars Robert De Niro."),
])
def test_what_the_readings_do_not_allow(graph, user, text):
    assert not _supported(graph, text, user), text
