"""Recommendation wording read by the checker, each with a false twin, on a small books graph
declared in code (phrases plus a few cues, lower-case genres, as a user would declare one)."""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

_RELATIONS = [
    kgx.Relation("read", phrase="read", inverse_phrase="was read by", domain=("user",),
                 range=("book",), cues=("finished", "rated", "gave")),
    kgx.Relation("written_by", phrase="is written by", inverse_phrase="wrote", domain=("book",),
                 range=("person",), cues=("authored by", "penned by"),
                 inverse_cues=("authored", "penned", "is the author of")),
    kgx.Relation("illustrated_by", phrase="is illustrated by", inverse_phrase="illustrated",
                 domain=("book",), range=("person",)),
    kgx.Relation("published_by", phrase="was published by", inverse_phrase="published",
                 domain=("book",), range=("publisher",)),
    kgx.Relation("has_genre", phrase="belongs to the genre", inverse_phrase="is the genre of",
                 domain=("book",), range=("genre",)),
]
_BOOKS = [  # id, title, year, author, genre, publisher, illustrator
    ("wizard", "A Wizard of Earthsea", 1968, "leguin", "fantasy", "parnassus", "robbins"),
    ("tombs", "The Tombs of Atuan", 1970, "leguin", "fantasy", "atheneum", "robbins"),
    ("foundation", "Foundation", 1951, "asimov", "science fiction", "gnome", None),
    ("ackroyd", "The Murder of Roger Ackroyd", 1926, "christie", "crime fiction", "collins", None),
    ("alice", "Alice's Adventures in Wonderland", 1865, "carroll", "children's literature",
     "macmillan", "tenniel"),
]
_NAMES = {"leguin": "Ursula K. Le Guin", "asimov": "Isaac Asimov", "christie": "Agatha Christie",
          "carroll": "Lewis Carroll", "robbins": "Ruth Robbins", "tenniel": "John Tenniel",
          "parnassus": "Parnassus Press", "atheneum": "Atheneum", "gnome": "Gnome Press",
          "collins": "Collins Crime Club", "macmillan": "Macmillan"}
_RATINGS = {"wizard": 5.0, "foundation": 2.0, "alice": 4.5, "ackroyd": 3.0}


def _books() -> kgx.KnowledgeGraph:
    ents = [kgx.Entity("user:ana", kind="user", label="Ana")]
    triples = []
    for bid, title, year, author, genre, pub, ill in _BOOKS:
        ents.append(kgx.Entity(f"book:{bid}", kind="item", type="book", label=title, attrs={"year": year}))
        triples += [(f"book:{bid}", "written_by", f"x:{author}"), (f"book:{bid}", "published_by", f"x:{pub}"),
                    (f"book:{bid}", "has_genre", f"genre:{genre}")]
        if ill:
            triples.append((f"book:{bid}", "illustrated_by", f"x:{ill}"))
    ents += [kgx.Entity(f"x:{k}", type="publisher" if k in ("parnassus", "atheneum", "gnome", "collins",
                                                             "macmillan") else "person", label=v)
             for k, v in _NAMES.items()]
    ents += [kgx.Entity(f"genre:{g}", type="genre", label=g) for g in {b[4] for b in _BOOKS}]
    triples += [("user:ana", "read", f"book:{b}", {"rating": r}) for b, r in _RATINGS.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=_RELATIONS)


@pytest.fixture(scope="module")
def books() -> ConsistencyChecker:
    return ConsistencyChecker(_books(), outside_evidence=True)


@pytest.mark.parametrize("true_text,false_text", [
    # a genre said without an article, then what else is said of the book
    ("The Murder of Roger Ackroyd is crime fiction by Agatha Christie.",
     "Foundation is science fiction by Agatha Christie."),
    ("Foundation is science fiction by Isaac Asimov, and A Wizard of Earthsea is fantasy by Ursula K. Le Guin.",
     "Foundation is science fiction by Ursula K. Le Guin, and A Wizard of Earthsea is fantasy by Isaac Asimov."),
    ("Alice's Adventures in Wonderland is children's literature from Macmillan.",
     "Alice's Adventures in Wonderland is children's literature from Collins Crime Club."),
    ("The Murder of Roger Ackroyd is crime fiction that Agatha Christie wrote.",
     "The Murder of Roger Ackroyd is crime fiction that Isaac Asimov wrote."),
    ("The Murder of Roger Ackroyd is crime fiction written by Agatha Christie.",
     "The Murder of Roger Ackroyd is fantasy by Agatha Christie."),
    # "author" the noun, where a declared cue "authored" also makes "author" a verb
    ("You loved A Wizard of Earthsea. The Tombs of Atuan has the same author, Ursula K. Le Guin.",
     "You loved A Wizard of Earthsea. The Tombs of Atuan has the same author, Isaac Asimov."),
    ("The author of The Tombs of Atuan is Ursula K. Le Guin.",
     "The author of The Tombs of Atuan is Isaac Asimov."),
    ("You loved A Wizard of Earthsea. The Tombs of Atuan has the same author, Ursula K. Le Guin, "
     "and the same illustrator, Ruth Robbins.",
     "You loved A Wizard of Earthsea. The Tombs of Atuan has the same author, Ursula K. Le Guin, "
     "and the same illustrator, John Tenniel."),
    ("Ursula K. Le Guin authored The Tombs of Atuan.", "The Tombs of Atuan authored Ursula K. Le Guin."),
    # ratings in brackets, each of the book before it
    ("You loved A Wizard of Earthsea (five stars).", "You loved A Wizard of Earthsea (four stars)."),
    ("You read A Wizard of Earthsea (five stars) and The Murder of Roger Ackroyd (three stars).",
     "You read A Wizard of Earthsea (three stars) and The Murder of Roger Ackroyd (five stars)."),
    ("You read A Wizard of Earthsea (five stars), Foundation (two stars) and The Murder of Roger Ackroyd "
     "(three stars).",
     "You read A Wizard of Earthsea (five stars), Foundation (three stars) and The Murder of Roger Ackroyd "
     "(two stars)."),
    # "your five-star pick X", "one of your five-star reads"
    ("Your five-star pick A Wizard of Earthsea is fantasy.", "Your five-star pick Foundation is science fiction."),
    ("Your 4.5-star favourite Alice's Adventures in Wonderland is children's literature.",
     "Your four-star pick A Wizard of Earthsea is fantasy."),
    ("A Wizard of Earthsea was one of your five-star reads.", "Foundation was one of your five-star reads."),
    ("A Wizard of Earthsea was one of your 5-star reads, and The Tombs of Atuan has the same writer, "
     "Ursula K. Le Guin.",
     "A Wizard of Earthsea was one of your 5-star reads, and The Tombs of Atuan has the same writer, "
     "Isaac Asimov."),
    ("A Wizard of Earthsea, your five-star read, was written by Ursula K. Le Guin.",
     "Foundation, your five-star read, was written by Isaac Asimov."),
    # "is also <genre>": the adverb joins the bare copula, and another book must share it
    ("Foundation is science fiction. A Wizard of Earthsea is fantasy. The Tombs of Atuan is also fantasy.",
     "Foundation is science fiction. The Murder of Roger Ackroyd is also science fiction."),
    ("A Wizard of Earthsea is fantasy. The Tombs of Atuan is also fantasy, written by Ursula K. Le Guin.",
     "The Murder of Roger Ackroyd is crime fiction. The Tombs of Atuan is also fantasy."),
    # "published in 1926 by X": the book's year, and the verb's cue spans it
    ("The Murder of Roger Ackroyd was published in 1926 by Collins Crime Club.",
     "The Murder of Roger Ackroyd was published in 1934 by Collins Crime Club."),
    ("Foundation, published in 1951 by Gnome Press, is science fiction.",
     "Foundation, published in 1951 by Atheneum, is science fiction."),
])
def test_recommendation_wording(books, true_text, false_text):
    true_v = books.check(true_text, [], user="user:ana")
    false_v = books.check(false_text, [], user="user:ana")
    assert true_v.supported, (true_text, true_v.reason)
    assert not false_v.supported, false_text


def test_a_star_pick_needs_a_user(books):
    assert not books.check("Your five-star pick A Wizard of Earthsea is fantasy.", []).supported


def _games() -> kgx.KnowledgeGraph:
    rels = [kgx.Relation("developed_by", phrase="was developed by", inverse_phrase="developed",
                         domain=("game",), range=("studio",)),
            kgx.Relation("music_by", phrase="has music by", inverse_phrase="composed the music for",
                         domain=("game",), range=("person",))]
    ents = [kgx.Entity("g:hades", kind="item", type="game", label="Hades", attrs={"year": 2020}),
            kgx.Entity("g:celeste", kind="item", type="game", label="Celeste", attrs={"year": 2018}),
            kgx.Entity("s:supergiant", type="studio", label="Supergiant Games"),
            kgx.Entity("p:korb", type="person", label="Darren Korb"),
            kgx.Entity("p:raine", type="person", label="Lena Raine")]
    triples = [("g:hades", "developed_by", "s:supergiant"), ("g:hades", "music_by", "p:korb"),
               ("g:celeste", "music_by", "p:raine")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


@pytest.fixture(scope="module")
def movies() -> ConsistencyChecker:
    return ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True)


@pytest.mark.parametrize("true_text,false_text", [
    # "comes from / is by the same N, X": X is the item's N, and another item shares it
    ("You loved Raiders of the Lost Ark, and Jurassic Park comes from the same director, Steven Spielberg.",
     "You loved Raiders of the Lost Ark, and Heat comes from the same director, Steven Spielberg."),
    ("You loved Raiders of the Lost Ark, and Jurassic Park is by the same director, Steven Spielberg.",
     "You loved Raiders of the Lost Ark, and Jurassic Park is by the same director, George Lucas."),
    ("You loved Raiders of the Lost Ark, and Jurassic Park is from the same director, Steven Spielberg.",
     "Jurassic Park comes from the same director, Steven Spielberg."),
    # a year after a relative clause on the subject is the subject's
    ("Alien, which Ridley Scott directed, is a 1979 horror film.",
     "Alien, which Ridley Scott directed, is a 1982 horror film."),
    ("Alien, which was directed by Ridley Scott, is a 1979 horror film.",
     "Blade Runner, which Ridley Scott directed, is a 1979 horror film."),
    ("Vertigo was directed in 1958 by Alfred Hitchcock.",
     "Rebecca, a thriller like Vertigo, was released in 1958 by United Artists."),
])
def test_movie_wording(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text  # rated Raiders 5
    assert not movies.check(false_text, [], user="user:1").supported, false_text


def test_year_after_a_relative_clause_about_the_user(movies):
    assert movies.check("Alien, which you loved, is a 1979 horror film by Ridley Scott.", [],
                        user="user:474").supported
    assert not movies.check("Alien, which you loved, is a 1982 horror film by Ridley Scott.", [],
                            user="user:474").supported


@pytest.mark.parametrize("true_text,false_text", [
    ("Hades features music by Darren Korb.", "Hades features music by Lena Raine."),
    ("Celeste, a 2018 game, boasts music by Lena Raine.", "Darren Korb features music by Hades."),
])
def test_has_noun_by_without_the_verb(true_text, false_text):
    games = ConsistencyChecker(_games(), outside_evidence=True)
    assert games.check(true_text, []).supported, true_text
    assert not games.check(false_text, []).supported, false_text


# red team 20: holes in the readings above, each closed (texts from its report)
@pytest.mark.parametrize("graph,user,false_text", [
    ("books", "user:ana", "A Wizard of Earthsea was one of your five-star reads, like Foundation."),
    ("books", "user:ana", "A Wizard of Earthsea was one of your five-star picks, like Foundation."),
    ("books", "user:ana", "You read Foundation (two stars, like A Wizard of Earthsea)."),
    ("books", "user:ana", "Another book like A Wizard of Earthsea was one of your five-star reads."),
    ("books", "user:ana", "Foundation authors Isaac Asimov."),
    ("books", "user:ana", "A Wizard of Earthsea is by Parnassus Press."),
    ("books", "user:ana", "The Murder of Roger Ackroyd is crime fiction by Collins Crime Club."),
    ("books", "user:ana", "You loved A Wizard of Earthsea, and Ursula K. Le Guin wrote The Tombs of Atuan (five stars)."),
    ("movies", "user:474", "Blade Runner and Alien, which Ridley Scott directed, are 1979 films."),
    ("movies", "user:474", "Blade Runner, which Ridley Scott directed, like Alien, is a 1979 sci-fi film."),
    ("movies", "user:1", "You loved Raiders of the Lost Ark and Heat, and Jurassic Park is by the same director, "
                         "Steven Spielberg."),
    ("movies", "user:1", "You loved Raiders of the Lost Ark, and Jurassic Park is by the same director, "
                         "Steven Spielberg (five stars)."),
])
def test_red_team_20_holes(books, movies, graph, user, false_text):
    checker = books if graph == "books" else movies
    assert not checker.check(false_text, [], user=user).supported, false_text


def test_a_declared_verb_stays_a_verb():
    rels = [kgx.Relation("hosted_by", phrase="is hosted by", inverse_phrase="hosts")]
    ents = [kgx.Entity("s:late", kind="item", type="show", label="The Late Show"),
            kgx.Entity("h:colbert", type="host", label="Stephen Colbert")]
    kg = kgx.KnowledgeGraph.from_triples([("s:late", "hosted_by", "h:colbert")], entities=ents, relations=rels)
    checker = ConsistencyChecker(kg, outside_evidence=True)
    assert checker.check("Stephen Colbert hosts The Late Show.", []).supported
    assert not checker.check("The Late Show hosts Stephen Colbert.", []).supported


def test_a_rating_then_the_subjects_year(movies):
    assert movies.check("Blade Runner, which you rated 3 stars, is a 1982 film.", [], user="user:474").supported
    assert not movies.check("Blade Runner, which you rated 3 stars, is a 1979 film.", [],
                            user="user:474").supported


def _shows() -> kgx.KnowledgeGraph:
    rels = [kgx.Relation("created_by", phrase="was created by", inverse_phrase="created"),
            kgx.Relation("aired_on", phrase="aired on", inverse_phrase="aired"),
            kgx.Relation("has_genre", phrase="belongs to the genre", inverse_phrase="is the genre of")]
    ents = [kgx.Entity("s:bcs", kind="item", type="series", label="Better Call Saul", attrs={"year": 2015}),
            kgx.Entity("s:bb", kind="item", type="series", label="Breaking Bad", attrs={"year": 2008}),
            kgx.Entity("s:wire", kind="item", type="series", label="The Wire", attrs={"year": 2002}),
            kgx.Entity("s:shield", kind="item", type="series", label="The Shield", attrs={"year": 2002}),
            kgx.Entity("s:firefly", kind="item", type="series", label="Firefly", attrs={"year": 2002}),
            kgx.Entity("p:vg", type="person", label="Vince Gilligan"),
            kgx.Entity("p:pg", type="person", label="Peter Gould"),
            kgx.Entity("n:amc", type="network", label="AMC"), kgx.Entity("n:hbo", type="network", label="HBO"),
            kgx.Entity("g:crime", type="genre", label="crime drama"),
            kgx.Entity("g:legal", type="genre", label="legal drama")]
    triples = [("s:bcs", "created_by", "p:vg"), ("s:bcs", "created_by", "p:pg"), ("s:bb", "created_by", "p:vg"),
               ("s:bcs", "aired_on", "n:amc"), ("s:bb", "aired_on", "n:amc"), ("s:wire", "aired_on", "n:hbo")]
    triples += [(s, "has_genre", "g:crime") for s in ("s:bcs", "s:bb", "s:wire")]
    triples += [("s:bcs", "has_genre", "g:legal"), ("s:shield", "has_genre", "g:crime")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


@pytest.mark.parametrize("true_text,false_text", [
    # "co-" before a verb of a declared phrase: the same relation, and someone else shares it
    ("Vince Gilligan co-created Better Call Saul.", "Vince Gilligan co-created Breaking Bad."),
    ("Better Call Saul was co-created by Vince Gilligan and Peter Gould.",
     "Breaking Bad was co-created by Vince Gilligan."),
    # "first aired in YEAR" and "all ... premiered in YEAR": the items' own years
    ("The Wire first aired in 2002.", "The Wire first aired in 2008."),
    ("Breaking Bad and Better Call Saul both aired on AMC.", "Breaking Bad and The Wire both aired on AMC."),
    ("The Wire, The Shield and Firefly all premiered in 2002.",
     "The Wire, Breaking Bad and Firefly all premiered in 2002."),
])
def test_tv_wording(true_text, false_text):
    shows = ConsistencyChecker(_shows(), outside_evidence=True)
    assert shows.check(true_text, []).supported, (true_text, shows.check(true_text, []).reason)
    assert not shows.check(false_text, []).supported, false_text


@pytest.mark.parametrize("graph,true_text,false_text", [
    # a network or label before a work: where it was shown or signed
    ("tv", "The Wire is an HBO crime drama.", "The Wire is an AMC crime drama."),
    ("tv", "HBO's The Wire is a crime drama.", "AMC's The Wire is a crime drama."),
    ("tv", "Breaking Bad and Better Call Saul are AMC crime dramas.",
     "Breaking Bad and The Wire are AMC crime dramas."),
    ("music", "Nirvana is a Sub Pop band.", "Nirvana is a Chess Records band."),
    ("music", "Soundgarden is another Sub Pop band, like Nirvana.",
     "Muddy Waters is another Sub Pop band, like Nirvana."),
])
def test_network_or_label_before_a_work(graph, true_text, false_text):
    from kgexplain.datasets.music import music_graph
    checker = ConsistencyChecker(_shows() if graph == "tv" else music_graph(), outside_evidence=True)
    assert checker.check(true_text, []).supported, (true_text, checker.check(true_text, []).reason)
    assert not checker.check(false_text, []).supported, false_text


@pytest.mark.parametrize("graph,true_text,false_text", [
    # a bare "on" / "for" before a network or label: where the work is shown or signed
    ("tv", "The Wire is a crime drama on HBO.", "The Wire is a crime drama on AMC."),
    ("tv", "Breaking Bad was created by Vince Gilligan for AMC.",
     "Breaking Bad was created by Vince Gilligan for HBO."),
    ("tv", "Better Call Saul was created by Vince Gilligan and Peter Gould for AMC.",
     "Better Call Saul was created by Vince Gilligan and Peter Gould for HBO."),
    ("music", "Nirvana is on Sub Pop.", "Nirvana is on Chess Records."),
    ("music", "Soundgarden is a grunge band on Sub Pop.", "Soundgarden is a grunge band on Parlophone."),
])
def test_on_or_for_a_network_or_label(graph, true_text, false_text):
    from kgexplain.datasets.music import music_graph
    checker = ConsistencyChecker(_shows() if graph == "tv" else music_graph(), outside_evidence=True)
    assert checker.check(true_text, []).supported, (true_text, checker.check(true_text, []).reason)
    assert not checker.check(false_text, []).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # "later": the item after it came out after the one before it; "N years later": exactly
    ("Alfred Hitchcock directed Rebecca and later Vertigo.", "Alfred Hitchcock directed Vertigo and later Rebecca."),
    ("Richard Halsey edited Rocky and, fourteen years later, Edward Scissorhands.",
     "Richard Halsey edited Rocky and, twelve years later, Edward Scissorhands."),
    ("Alfred Hitchcock directed Rebecca and, 18 years later, Vertigo.",
     "Alfred Hitchcock directed Rebecca and, 20 years later, Vertigo."),
])
def test_later(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, true_text
    assert not movies.check(false_text, []).supported, false_text


def test_as_well_as_joins_two_predicates():
    shows = ConsistencyChecker(_shows(), outside_evidence=True)
    assert shows.check("Better Call Saul is a legal drama as well as a crime drama.", []).supported
    assert not shows.check("Breaking Bad is a legal drama as well as a crime drama.", []).supported


@pytest.mark.parametrize("true_text,false_text", [
    ("You read Foundation but gave it only two stars.", "You read Foundation but gave it only three stars."),
    ("You read Foundation but gave it two stars.", "You read Foundation but loved it."),
])
def test_but_carries_the_user(books, true_text, false_text):
    assert books.check(true_text, [], user="user:ana").supported, true_text
    assert not books.check(false_text, [], user="user:ana").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # "all three": every item named before, exactly three of them
    ("Harold Ramis wrote Stripes, Ghostbusters and Ghostbusters II; Ivan Reitman directed all three.",
     "Harold Ramis wrote Stripes, Ghostbusters and Groundhog Day; Ivan Reitman directed all three."),
    ("Steven Spielberg directed Raiders of the Lost Ark, E.T. the Extra-Terrestrial and Jurassic Park, "
     "and John Williams scored all three.",
     "Steven Spielberg directed Raiders of the Lost Ark and Jurassic Park, and John Williams scored all three."),
    # metadata lines with their own relation words, dots or dashes
    ("Heat · directed by Michael Mann · 1995", "Heat · directed by Ridley Scott · 1995"),
    ("Heat — 1995 — Michael Mann — crime", "Heat — 1995 — Ridley Scott — crime"),
])
def test_groups_and_metadata_lines(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, (true_text, movies.check(true_text, []).reason)
    assert not movies.check(false_text, []).supported, false_text


def test_comes_from_after_a_relative_clause(movies):
    assert movies.check("Alien, which you rated four stars, comes from Ridley Scott.", [], user="user:474").supported
    assert not movies.check("Alien, which you rated four stars, comes from Steven Spielberg.", [],
                            user="user:474").supported


def test_a_year_after_both_or_they_is_each_ones():
    shows = ConsistencyChecker(_shows(), outside_evidence=True)
    assert shows.check("The Wire and The Shield are crime dramas, and both premiered in 2002.", []).supported
    assert shows.check("The Wire and The Shield are crime dramas, and they premiered in 2002.", []).supported
    assert not shows.check("The Wire and Breaking Bad are crime dramas, and both premiered in 2002.", []).supported


def _series_books() -> kgx.KnowledgeGraph:
    kg = _books()
    triples = [(h, r, t, dict(d)) for h, t, r, d in kg.graph.edges(keys=True, data=True)]
    triples += [("book:wizard", "in_series", "series:earthsea", {}), ("book:tombs", "in_series", "series:earthsea", {})]
    ents = list(kg.entities()) + [kgx.Entity("series:earthsea", type="series", label="Earthsea Cycle")]
    rels = _RELATIONS + [kgx.Relation("in_series", phrase="is part of", inverse_phrase="includes",
                                      domain=("book",), range=("series",))]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


@pytest.mark.parametrize("true_text,false_text", [
    # "from" + a name of a type one relation ends in: that relation; the type word after it
    ("The Tombs of Atuan is a novel from the Earthsea Cycle.", "Foundation is a novel from the Earthsea Cycle."),
    ("A Wizard of Earthsea is a novel from the Earthsea Cycle. The Tombs of Atuan is another novel from "
     "the Earthsea Cycle.",
     "Foundation is a novel from the Earthsea Cycle. The Tombs of Atuan is another novel from the Earthsea Cycle."),
    ("The Tombs of Atuan is part of the Earthsea Cycle series.", "Foundation is part of the Earthsea Cycle series."),
    ("The Murder of Roger Ackroyd is a novel by Agatha Christie.", "Foundation is a novel by Agatha Christie."),
    # "also by X" in an apposition: another item of the text is X's too
    ("A Wizard of Earthsea is fantasy. The Tombs of Atuan, also by Ursula K. Le Guin, is fantasy too.",
     "Foundation is science fiction. The Tombs of Atuan, also by Ursula K. Le Guin, is fantasy."),
])
def test_from_a_series_and_also_by(true_text, false_text):
    checker = ConsistencyChecker(_series_books(), outside_evidence=True)
    assert checker.check(true_text, []).supported, (true_text, checker.check(true_text, []).reason)
    assert not checker.check(false_text, []).supported, false_text


def test_a_year_after_a_relative_clauses_verb(movies, books):
    assert movies.check("Thelma Schoonmaker edited Raging Bull, which Martin Scorsese directed in 1980.", []).supported
    assert not movies.check("Thelma Schoonmaker edited Raging Bull, which Martin Scorsese directed in 1981.",
                            []).supported
    assert books.check("Foundation, which Gnome Press published in 1951, is science fiction.", []).supported
    assert not books.check("Foundation, which Gnome Press published in 1952, is science fiction.", []).supported


def test_hyphenated_attribute_names_and_we_suggest():
    rels = [kgx.Relation("designed_by", phrase="is designed by", inverse_phrase="designed"),
            kgx.Relation("uses_mechanic", phrase="uses", inverse_phrase="is used in")]
    ents = [kgx.Entity("g:agricola", kind="item", type="game", label="Agricola"),
            kgx.Entity("g:dominion", kind="item", type="game", label="Dominion"),
            kgx.Entity("d:rosenberg", type="designer", label="Uwe Rosenberg"),
            kgx.Entity("m:wp", type="mechanic", label="worker placement"),
            kgx.Entity("m:db", type="mechanic", label="deck building")]
    triples = [("g:agricola", "designed_by", "d:rosenberg"), ("g:agricola", "uses_mechanic", "m:wp"),
               ("g:dominion", "uses_mechanic", "m:db")]
    games = ConsistencyChecker(kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels),
                               outside_evidence=True)
    assert games.check("Agricola is a worker-placement game by Uwe Rosenberg.", []).supported
    assert not games.check("Agricola is a deck-building game by Uwe Rosenberg.", []).supported
    assert games.check("We suggest Dominion, a deck-building game.", []).supported
    assert not games.check("We suggest Dominion, a worker-placement game.", []).supported


@pytest.mark.parametrize("true_text,false_text", [
    # a possessive as the predicate: "X is Y's 1975 horror film"
    ("Jaws is Steven Spielberg's 1975 horror film.", "Jaws is Steven Spielberg's 1976 horror film."),
    ("Jaws is Steven Spielberg's horror film.", "Jaws is Ridley Scott's 1975 horror film."),
    # "co-star": the same relation, with a partner
    ("Keanu Reeves and Laurence Fishburne co-star in The Matrix.",
     "Keanu Reeves and Tom Hanks co-star in The Matrix."),
    # a year after an apposition on the subject is the subject's; a person has none
    ("Jaws, starring Roy Scheider and Richard Dreyfuss, came out in 1975.",
     "Jaws, starring Roy Scheider and Richard Dreyfuss, came out in 1976."),
    ("Steven Spielberg directed Jaws, which came out in 1975.",
     "Roy Scheider, who starred in Jaws, came out in 1975."),
])
def test_possessive_predicates_and_apposition_years(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, (true_text, movies.check(true_text, []).reason)
    assert not movies.check(false_text, []).supported, false_text


def test_a_later_act_in_an_apposition_leaves_the_year_unread(books):
    assert not books.check("Alice's Adventures in Wonderland, illustrated by John Tenniel, came out in 1865.",
                           []).supported


@pytest.mark.parametrize("true_text,false_text", [
    # the user's favourites said with a copula; "rated X highly"; "you're a fan of X"
    ("Since Jaws is one of your favourites, try E.T. the Extra-Terrestrial.",
     "Since Blade Runner is one of your favourites, try Alien."),
    ("Jaws is one of your favourite films.", "Blade Runner is one of your favourite films."),
    ("Jaws is among your favourites.", "Blade Runner is among your favourites."),
    ("Jaws is a favourite of yours.", "Blade Runner is a favourite of yours."),
    ("You rated Jaws highly.", "You rated Blade Runner highly."),
    ("You're a fan of Jaws, so try E.T. the Extra-Terrestrial.", "You're a fan of Blade Runner, so try Alien."),
])
def test_favourites_with_a_copula(movies, true_text, false_text):
    user = "user:39"  # Jaws 5 stars; Blade Runner unrated or below 4
    assert movies.check(true_text, [], user=user).supported, (true_text, movies.check(true_text, [], user=user).reason)
    assert not movies.check(false_text, [], user=user).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # framing headers: "Why we picked X:", "Our pick for you: X, directed by Y."
    ("Why we picked E.T. the Extra-Terrestrial: you loved Jaws, and Steven Spielberg directed both.",
     "Why we picked Alien: you loved Jaws, and Steven Spielberg directed both."),
    ("Our pick for you: E.T. the Extra-Terrestrial, directed by Steven Spielberg.",
     "Our pick for you: E.T. the Extra-Terrestrial, directed by Ridley Scott."),
    ("Recommended for you: E.T. the Extra-Terrestrial (1982), directed by Steven Spielberg.",
     "Recommended for you: E.T. the Extra-Terrestrial (1983), directed by Steven Spielberg."),
])
def test_framing_headers(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:39").supported, true_text
    assert not movies.check(false_text, [], user="user:39").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # a list under a header that says what its items share: each item must hold
    ("Films directed by Steven Spielberg: Jaws and E.T. the Extra-Terrestrial.",
     "Films directed by Steven Spielberg: Jaws and Alien."),
    ("More from Steven Spielberg: Jaws and E.T. the Extra-Terrestrial.", "More from Steven Spielberg: Jaws and Alien."),
    ("Films with a score by John Williams: Jaws and E.T. the Extra-Terrestrial.",
     "Films with a score by John Williams: Jaws and Alien."),
    ("Starring Keanu Reeves: The Matrix.", "Starring Keanu Reeves: Jaws."),
    ("Horror films: Jaws and Alien.", "Horror films: Jaws and The Matrix."),
    ("Steven Spielberg films: Jaws (1975) and E.T. the Extra-Terrestrial (1982).",
     "Steven Spielberg films: Jaws (1975) and E.T. the Extra-Terrestrial (1983)."),
])
def test_list_headers(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, (true_text, movies.check(true_text, []).reason)
    assert not movies.check(false_text, []).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # "G's drummer was Y": a member, the drummer, and the only one
    ("Nirvana's drummer was Dave Grohl.", "Nirvana's drummer was Kurt Cobain."),
])
def test_music_nouns(true_text, false_text):
    from kgexplain.datasets.music import music_graph
    music = ConsistencyChecker(music_graph(), outside_evidence=True)
    assert music.check(true_text, []).supported, (true_text, music.check(true_text, []).reason)
    assert not music.check(false_text, []).supported, false_text


def test_the_user_addressed_by_name(books):
    assert books.check("Ana, you gave A Wizard of Earthsea five stars.", [], user="user:ana").supported
    assert books.check("You gave A Wizard of Earthsea five stars, Ana.", [], user="user:ana").supported
    assert not books.check("Ben, you gave A Wizard of Earthsea five stars.", [], user="user:ana").supported


@pytest.mark.parametrize("graph,user,false_text", [
    # red team 21: "co-" needs a partner on the work's side, and only before a verb of making
    ("tv", None, "Breaking Bad was co-created by Vince Gilligan."),
    ("tv", None, "Vince Gilligan co-created Breaking Bad."),
    ("music", None, "Nirvana was co-signed to Sub Pop."),
    ("music", None, "Nirvana was co-influenced by Pixies."),
    ("tv", None, "The Wire co-aired on HBO."),
])
def test_red_team_21_holes(graph, user, false_text):
    from kgexplain.datasets.music import music_graph
    checker = ConsistencyChecker(_shows() if graph == "tv" else music_graph(), outside_evidence=True)
    assert not checker.check(false_text, [], user=user).supported, false_text


def test_co_partner_when_the_person_is_the_head():
    rels = [kgx.Relation("wrote", phrase="wrote", inverse_phrase="was written by")]
    ents = [kgx.Entity("b:omens", kind="item", type="book", label="Good Omens"),
            kgx.Entity("b:wizard", kind="item", type="book", label="A Wizard of Earthsea"),
            kgx.Entity("b:tombs", kind="item", type="book", label="The Tombs of Atuan"),
            kgx.Entity("p:gaiman", type="person", label="Neil Gaiman"),
            kgx.Entity("p:pratchett", type="person", label="Terry Pratchett"),
            kgx.Entity("p:leguin", type="person", label="Ursula K. Le Guin")]
    triples = [("p:gaiman", "wrote", "b:omens"), ("p:pratchett", "wrote", "b:omens"),
               ("p:leguin", "wrote", "b:wizard"), ("p:leguin", "wrote", "b:tombs")]
    checker = ConsistencyChecker(kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels),
                                 outside_evidence=True)
    assert checker.check("Neil Gaiman co-wrote Good Omens.", []).supported
    assert not checker.check("Ursula K. Le Guin co-wrote A Wizard of Earthsea.", []).supported


@pytest.mark.parametrize("true_text,false_text", [
    # a relation's noun from the one type its stored tails have ("network" for aired_on)
    ("Breaking Bad's network is AMC.", "Breaking Bad's network is HBO."),
    ("Better Call Saul and Breaking Bad share a network.", "Better Call Saul and The Wire share a network."),
    ("Breaking Bad is a crime drama. Better Call Saul aired on the same network, AMC.",
     "Breaking Bad and The Wire are crime dramas. Better Call Saul aired on the same network, AMC."),
])
def test_nouns_from_the_stored_tail_type(true_text, false_text):
    shows = ConsistencyChecker(_shows(), outside_evidence=True)
    assert shows.check(true_text, []).supported, (true_text, shows.check(true_text, []).reason)
    assert not shows.check(false_text, []).supported, false_text


def test_a_leading_the_in_lower_case(movies):
    assert movies.check("The Matrix was written and directed by the Wachowski Brothers.", []).supported
    assert not movies.check("Jaws was directed by the Wachowski Brothers.", []).supported
    # the rest of the name keeps its capitals: "the score" is not the film The Score
    assert not movies.check("Kevin Costner stars in the score.", []).supported


@pytest.mark.parametrize("true_text,false_text", [
    # "your top-rated / highest-rated X": the user's highest rating
    ("A Wizard of Earthsea is your highest-rated book.", "Alice's Adventures in Wonderland is your highest-rated book."),
    ("You loved A Wizard of Earthsea, your top-rated book.", "You loved Alice's Adventures in Wonderland, your top-rated book."),
])
def test_top_rated(books, true_text, false_text):
    assert books.check(true_text, [], user="user:ana").supported, true_text
    assert not books.check(false_text, [], user="user:ana").supported, false_text


def test_shares_a_noun_value_with_an_item(movies):
    assert movies.check("Jaws shares a composer, John Williams, with E.T. the Extra-Terrestrial.", []).supported
    assert movies.check("Jaws shares its composer, John Williams, with E.T. the Extra-Terrestrial.", []).supported
    assert not movies.check("Jaws shares a composer, John Williams, with The Matrix.", []).supported


@pytest.mark.parametrize("graph,user,false_text", [
    # red team 22: holes in the readings above, each closed
    ("movies", None, "Steven Spielberg directed Jaws and next Alien."),
    ("movies", "user:39", "You loved Jaws and next Fantasia."),
    ("movies", None, "Steven Spielberg directed Jaws and picked Alien."),
    ("movies", "user:39", "You watched Jaws and later Alien."),
    ("movies", "user:39", "You rated Jaws highly, as well as Fantasia."),
    ("movies", None, "Jaws, directed by Steven Spielberg, who directed E.T. the Extra-Terrestrial in 1975, "
                     "is a horror film."),
    ("movies", None, "Steven Spielberg directed E.T. the Extra-Terrestrial, Jaws and later Raiders of the Lost Ark."),
    ("movies", "user:39", "Jaws was one of your favourites in 1975."),
    ("movies", "user:39", "In 1975, Jaws was one of your favourites."),
    ("movies", None, "Jaws and Alien, which both came out in 1979, are horror films."),
    ("movies", None, "Jaws and Alien, both from 1979, are horror films."),
    ("movies", None, "Jaws was directed by the Steven Spielberg movie."),
    ("books", None, "Foundation was published by the Gnome Press book."),
])
def test_red_team_22_holes(books, movies, graph, user, false_text):
    checker = books if graph == "books" else movies
    assert not checker.check(false_text, [], user=user).supported, false_text


def test_released_on_also_reads_came_out_on():
    rels = [kgx.Relation("released_on", phrase="was released on", inverse_phrase="is a platform of")]
    ents = [kgx.Entity("g:sm64", kind="item", type="game", label="Super Mario 64"),
            kgx.Entity("p:n64", type="platform", label="Nintendo 64"), kgx.Entity("p:pc", type="platform", label="PC")]
    games = ConsistencyChecker(kgx.KnowledgeGraph.from_triples([("g:sm64", "released_on", "p:n64")], entities=ents,
                                                               relations=rels), outside_evidence=True)
    assert games.check("Super Mario 64 came out on the Nintendo 64.", []).supported
    assert games.check("Super Mario 64 is available on the Nintendo 64.", []).supported
    assert not games.check("Super Mario 64 came out on PC.", []).supported


def test_music_relations_read_scored():
    games = ConsistencyChecker(_games(), outside_evidence=True)
    assert games.check("Darren Korb scored Hades.", []).supported
    assert games.check("Hades was scored by Darren Korb.", []).supported
    assert not games.check("Hades scored Darren Korb.", []).supported
    assert not games.check("Lena Raine scored Hades.", []).supported


@pytest.mark.parametrize("true_text,false_text", [
    # from the sixth blind writer's rejections, read after its single run
    ("Because you loved Jaws (5/5), try E.T. the Extra-Terrestrial.",  # a rating in brackets, not a year
     "Because you loved Jaws (4/5), try E.T. the Extra-Terrestrial."),
    ("You loved Jaws, so give E.T. the Extra-Terrestrial a try.", "You loved Blade Runner, so give Alien a try."),
])
def test_blind_6_dev_wording(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:39").supported, true_text
    assert not movies.check(false_text, [], user="user:39").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # a title, a colon, then a clause about it; a genre line with its year at the end
    ("Heat: Michael Mann wrote and directed it, and Dante Spinotti was its cinematographer.",
     "Heat: Ridley Scott directed it."),
    ("Back to the Future — Adventure, Comedy, Sci-Fi (1985).", "Back to the Future — Adventure, Comedy, Sci-Fi (1986)."),
])
def test_title_lines(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, (true_text, movies.check(true_text, []).reason)
    assert not movies.check(false_text, []).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # a part of the work, then its maker ("music by" -> "the music is by"); all of it
    ("Chinatown is directed by Roman Polanski and the music is by Jerry Goldsmith.",
     "Chinatown is directed by Roman Polanski and the music is by John Williams."),
    ("Chinatown is directed by Roman Polanski; the music is from Jerry Goldsmith.",
     "Jaws stars Roy Scheider; the music is from Jerry Goldsmith."),
    ("E.T. the Extra-Terrestrial stars Henry Thomas; the script is by Melissa Mathison.",
     "E.T. the Extra-Terrestrial stars Henry Thomas; the script is by Roman Polanski."),
    ("The Rock's music is by Hans Zimmer and Nick Glennie-Smith.",
     "The Rock's music is by Hans Zimmer."),  # it has two composers: "the music" is all of it
    # a cast includes some of its players; the cast "is" all of them
    ("Heat's cast includes Al Pacino, Val Kilmer and Robert De Niro.",
     "Heat's cast includes Al Pacino, Val Kilmer and Tom Hanks."),
    ("Heat, whose cast includes Al Pacino, is a thriller.", "Heat's cast is Al Pacino."),
    # "too" after the kind noun: another item of the text must share it
    ("Jaws is a horror film. Alien is a horror film too.", "Alien is a horror film too."),
    ("Jaws, Alien and Aliens are all horror films.", "Jaws, Alien and Heat are all horror films."),
])
def test_work_parts_casts_and_too(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, (true_text, movies.check(true_text, []).reason)
    assert not movies.check(false_text, []).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # a card: the item, then one field per bullet (lines become spaces, the bullets stay)
    ("Recommended: Jaws\n• Director: Steven Spielberg\n• Music: John Williams\n• Year: 1975",
     "Recommended: Jaws\n• Director: Steven Spielberg\n• Music: John Williams\n• Year: 1976"),
    ("Recommended: Jaws\n• Director: Steven Spielberg", "Recommended: Jaws\n• Director: Ridley Scott"),
    ("Jaws\n• Stars: Roy Scheider, Richard Dreyfuss\n• Genre: Horror, Action",
     "Jaws\n• Stars: Roy Scheider, Richard Dreyfuss\n• Genre: Horror"),  # "Genre" names them all
    ("We recommend Jaws.\n• Director: Steven Spielberg", "We recommend Jaws.\n• Director: not Steven Spielberg"),
    ("The Rock\n• Music: Hans Zimmer, Nick Glennie-Smith", "The Rock\n• Composer: Hans Zimmer"),
    ("Why Jaws?\n- Director: Steven Spielberg (E.T. the Extra-Terrestrial)",  # his other film
     "Why Jaws?\n- Director: Steven Spielberg (Alien)"),
    ("Jaws\n• Directed by: Steven Spielberg", "Jaws\n• Budget: Steven Spielberg"),
])
def test_field_cards(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, (true_text, movies.check(true_text, []).reason)
    assert not movies.check(false_text, []).supported, false_text


def test_platforms_after_for_the_and_runs_on():
    rels = [kgx.Relation("developed_by", phrase="was developed by", inverse_phrase="developed",
                         domain=("game",), range=("studio",)),
            kgx.Relation("released_on", phrase="was released on", inverse_phrase="is a platform of",
                         domain=("game",), range=("platform",))]
    ents = [kgx.Entity("g:halo", kind="item", type="game", label="Halo", attrs={"year": 2001}),
            kgx.Entity("s:bungie", type="studio", label="Bungie"),
            kgx.Entity("p:xbox", type="platform", label="Xbox"),
            kgx.Entity("p:ps", type="platform", label="PlayStation")]
    kg = kgx.KnowledgeGraph.from_triples([("g:halo", "developed_by", "s:bungie"), ("g:halo", "released_on", "p:xbox")],
                                         entities=ents, relations=rels)
    games = ConsistencyChecker(kg, outside_evidence=True)
    assert games.check("Halo was developed by Bungie for the Xbox.", []).supported
    assert not games.check("Halo was developed by Bungie for the PlayStation.", []).supported
    assert games.check("Halo runs on the Xbox.", []).supported
    assert not games.check("Halo runs on the PlayStation.", []).supported
    assert not games.check("Bungie runs on the Xbox.", []).supported


@pytest.mark.parametrize("true_text,false_text", [
    # "one of / among the Ns of" says some, not all; "is in" a work is playing in it
    ("Roy Scheider is one of the stars of Jaws.", "Al Pacino is one of the stars of Jaws."),
    ("Roy Scheider and Richard Dreyfuss are among the stars of Jaws.", "Roy Scheider is one of the directors of Jaws."),
    ("Roy Scheider is in Jaws.", "Steven Spielberg is in Jaws."),
    ("Roy Scheider and Richard Dreyfuss were in Jaws.", "Jaws is in Roy Scheider."),
])
def test_some_of_a_cast_and_is_in(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, (true_text, movies.check(true_text, []).reason)
    assert not movies.check(false_text, []).supported, false_text


def test_score_and_soundtrack_for_music_relations():
    games = ConsistencyChecker(_games(), outside_evidence=True)
    assert games.check("Hades, with a soundtrack by Darren Korb, was developed by Supergiant Games.", []).supported
    assert not games.check("Hades, with a soundtrack by Lena Raine, was developed by Supergiant Games.", []).supported
    assert games.check("Hades's soundtrack is by Darren Korb.", []).supported
    assert games.check("Lena Raine wrote the music for Celeste.", []).supported
    assert not games.check("Lena Raine wrote the score for Hades.", []).supported
    assert not games.check("Celeste wrote the music for Lena Raine.", []).supported


def test_a_year_after_where_a_work_came_out():
    rels = [kgx.Relation("released_on", phrase="was released on", inverse_phrase="is a platform of",
                         domain=("game",), range=("platform",))]
    ents = [kgx.Entity("g:t", kind="item", type="game", label="Transistor", attrs={"year": 2014}),
            kgx.Entity("p:ps4", type="platform", label="PlayStation 4")]
    kg = kgx.KnowledgeGraph.from_triples([("g:t", "released_on", "p:ps4")], entities=ents, relations=rels)
    games = ConsistencyChecker(kg, outside_evidence=True)
    assert games.check("Transistor came out on PlayStation 4 in 2014.", []).supported
    assert not games.check("Transistor came out on PlayStation 4 in 2015.", []).supported
    from kgexplain.datasets.music import music_graph
    music = ConsistencyChecker(music_graph(), outside_evidence=True)
    # "another" shares the year with the band before (Nirvana: 1987); a label is no verb of release
    assert not music.check("You loved Nirvana; Soundgarden is another grunge band formed in 1984.", [],
                           user="user:wen").supported


@pytest.mark.parametrize("true_text,false_text", [
    # a possessive maker's film in an apposition, after a year in brackets or with a year of its own;
    # a title opening a sentence names the film, not a lower-case tag spelled the same
    ("Aliens is James Cameron's horror film.", "Aliens is Ridley Scott's horror film."),
    ("Aliens (1986), James Cameron's action film, stars Sigourney Weaver.",
     "Aliens (1986), James Cameron's comedy film, stars Sigourney Weaver."),
    ("Try Forrest Gump, Robert Zemeckis's 1994 film.", "Try Forrest Gump, Robert Zemeckis's 1995 film."),
    ("Try Forrest Gump, Robert Zemeckis's 1994 film with a score by Alan Silvestri.",
     "Try Forrest Gump, Robert Zemeckis's 1994 film with a score by John Williams."),
])
def test_possessive_makers_in_appositions(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, (true_text, movies.check(true_text, []).reason)
    assert not movies.check(false_text, []).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    ("Soundgarden has Chris Cornell and Kim Thayil among its members.",
     "Soundgarden has Chris Cornell and Kurt Cobain among its members."),
    ("The Cure is a post-punk band formed in Crawley.", "The Cure formed in London."),
    ("The Cure formed in Crawley in 1978.", "The Cure formed in Crawley in 1979."),
])
def test_band_members_among_and_formed_in(true_text, false_text):
    from kgexplain.datasets.music import music_graph
    music = ConsistencyChecker(music_graph(), outside_evidence=True)
    assert music.check(true_text, []).supported, (true_text, music.check(true_text, []).reason)
    assert not music.check(false_text, []).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # a suggestion opening a clause after a comma: what follows is still checked
    ("Since you loved Jaws, have a look at E.T. the Extra-Terrestrial — Steven Spielberg directed it too.",
     "Since you loved Jaws, have a look at Alien — Steven Spielberg directed it too."),
    ("Since you loved Jaws, meet E.T. the Extra-Terrestrial, also directed by Steven Spielberg.",
     "Since you loved Fantasia, meet E.T. the Extra-Terrestrial, also directed by Steven Spielberg."),
    ("Since you loved Jaws, consider E.T. the Extra-Terrestrial.", "Steven Spielberg directed Jaws and look at Alien."),
])
def test_suggestions_opening_a_clause(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:39").supported, true_text
    assert not movies.check(false_text, [], user="user:39").supported, false_text


def test_acting_words_derived_from_stars_in():
    rels = [kgx.Relation("stars", phrase="stars", inverse_phrase="stars in")]
    ents = [kgx.Entity("s:veep", kind="item", type="series", label="Veep"),
            kgx.Entity("s:ad", kind="item", type="series", label="Arrested Development"),
            kgx.Entity("s:st", kind="item", type="series", label="Stranger Things"),
            kgx.Entity("p:th", type="person", label="Tony Hale"),
            kgx.Entity("p:mbb", type="person", label="Millie Bobby Brown")]
    kg = kgx.KnowledgeGraph.from_triples([("s:veep", "stars", "p:th"), ("s:ad", "stars", "p:th"),
                                          ("s:st", "stars", "p:mbb")], entities=ents, relations=rels)
    shows = ConsistencyChecker(kg, outside_evidence=True)
    assert shows.check("Tony Hale appears in both Veep and Arrested Development.", []).supported
    assert not shows.check("Tony Hale appears in Stranger Things.", []).supported
    assert shows.check("Millie Bobby Brown is one of the stars of Stranger Things.", []).supported
    assert not shows.check("Millie Bobby Brown is one of the stars of Veep.", []).supported
    assert shows.check("Tony Hale was in Veep.", []).supported
    assert not shows.check("Veep appears in Tony Hale.", []).supported


def test_the_film_you_loved_as_an_apposition(movies):
    assert movies.check("Alien, the film you loved, was directed by Ridley Scott.", [], user="user:474").supported
    assert not movies.check("Alien, the film you loved, was directed by James Cameron.", [], user="user:474").supported
    assert not movies.check("Fantasia, the film you loved, was directed by Ridley Scott.", [], user="user:474").supported


@pytest.mark.parametrize("true_text,false_text", [
    # a second "the same N, X" fragment after the first; "X should suit you" as a suggestion
    ("Since you gave Jaws five stars, try E.T. the Extra-Terrestrial: same director, Steven Spielberg, "
     "and the same composer, John Williams.",
     "Since you gave Jaws five stars, try E.T. the Extra-Terrestrial: same director, Steven Spielberg, "
     "and the same composer, Jerry Goldsmith."),
    ("You loved Jaws, so E.T. the Extra-Terrestrial should suit you: Steven Spielberg directed it too.",
     "You loved Jaws, so Alien should suit you: Steven Spielberg directed it too."),
    ("You loved Jaws, so E.T. the Extra-Terrestrial should suit you.", "Jaws stars Roy Scheider, and the same composer, John Williams."),
])
def test_same_fragments_and_suits_you(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:39").supported, true_text
    assert not movies.check(false_text, [], user="user:39").supported, false_text


@pytest.mark.parametrize("user,false_text", [
    # red team 23: "too" needs another item with the same value, not the same item with another
    (None, "Jaws is a horror film. Alien is a sci-fi film too."),
    (None, "Jaws 2 stars Roy Scheider. Jaws stars Richard Dreyfuss too."),
    (None, "Jaws, Alien and Aliens are all horror films too."),
    # "it" / "the music" where several items came before: not the one the user watched
    ("user:39", "We picked Heat because you loved Jaws. It stars Roy Scheider."),
    ("user:39", "We recommend Heat because you loved Jaws; the cinematography is by Bill Butler."),
    ("user:39", "You loved Alien and Jaws; the music is by John Williams."),
    (None, "Jaws and Alien are horror films. The music is by Jerry Goldsmith."),
    # a card's singular field names them all; a card without its own item takes no user's item
    ("user:39", "Recommended: Heat\n• Star: Al Pacino"),
    ("user:39", "Why Jaws? You loved Alien.\n- Director: Ridley Scott"),
])
def test_red_team_23_holes(movies, user, false_text):
    assert not movies.check(false_text, [], user=user).supported, false_text


@pytest.mark.parametrize("user,true_text", [
    ("user:39", "We picked Heat because you loved Jaws. It stars Al Pacino."),
    ("user:39", "Because you loved Alien, try Heat: it stars Al Pacino."),
    (None, "Jaws is a horror film. Alien and Aliens are horror films too."),
    ("user:39", "You loved Jaws. You also loved E.T. the Extra-Terrestrial."),
])
def test_red_team_23_true_twins(movies, user, true_text):
    assert movies.check(true_text, [], user=user).supported, (true_text, movies.check(true_text, [], user=user).reason)


def test_too_after_a_comma(movies):
    assert movies.check("Jaws is a horror film. Alien is a horror film, too.", []).supported
    assert not movies.check("Jaws is a horror film. Alien is a sci-fi film, too.", []).supported
    assert movies.check("Steven Spielberg directed Jaws. He directed E.T. the Extra-Terrestrial, too.", []).supported
    assert not movies.check("Alien is a horror film, too.", []).supported


@pytest.mark.parametrize("true_text,false_text", [
    # "as were Y" / "like Y" repeat the clause's predicate, not an apposition on its subject
    ("The Smiths, from Manchester, were signed to Rough Trade Records, as were The Strokes.",
     "The Smiths, from Manchester, were signed to Rough Trade Records, as were Oasis."),
    ("Daft Punk, a house band from Paris, is signed to Virgin Records, like Massive Attack.",
     "Daft Punk comes from Paris and is signed to Virgin Records, like Massive Attack."),
    # a hometown is where a band comes from
    ("Joy Division and New Order share a label, Factory Records, and a hometown, Salford.",
     "Joy Division and Oasis share a hometown, Salford."),
])
def test_music_appositions_and_hometowns(true_text, false_text):
    from kgexplain.datasets.music import music_graph
    music = ConsistencyChecker(music_graph(), outside_evidence=True)
    assert music.check(true_text, []).supported, (true_text, music.check(true_text, []).reason)
    assert not music.check(false_text, []).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # a title, a colon, its genres, then segments with their own relation words
    ("Jaws: horror, directed by Steven Spielberg, music by John Williams.",
     "Jaws: horror, directed by Steven Spielberg, music by Jerry Goldsmith."),
    ("Jaws: horror, directed by Steven Spielberg.", "Jaws (1975): horror, directed by Steven Spielberg and Ridley Scott."),
    ("Jaws (1975) – horror, action; directed by Steven Spielberg.", "Jaws (1975) – horror, action; directed by Ridley Scott."),
])
def test_title_line_with_genres_then_makers(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, (true_text, movies.check(true_text, []).reason)
    assert not movies.check(false_text, []).supported, false_text


def test_a_guessed_genre_before_a_relative_clause():
    shows = ConsistencyChecker(_shows(), outside_evidence=True)
    assert shows.check("Breaking Bad is a crime drama that Vince Gilligan created.", []).supported
    assert not shows.check("Breaking Bad is a crime drama that Peter Gould created.", []).supported
    assert not shows.check("Breaking Bad is a legal drama that Vince Gilligan created.", []).supported


@pytest.mark.parametrize("true_text,false_text", [
    # the top of the scale in words, intensified and gerund user verbs, "you've"
    ("You gave Fargo a perfect score.", "You gave Fantasia a perfect score."),
    ("You gave Fargo full marks, so try Heat.", "You gave Fantasia full marks, so try Heat."),
    ("You absolutely loved Fargo.", "You absolutely loved Fantasia."),
    ("You enjoyed watching Fargo.", "You enjoyed watching Fantasia."),
    ("You've seen Fargo.", "You've seen Heat."),
    ("Because you rated Fargo so highly, try Heat.", "Because you rated Fantasia so highly, try Heat."),
])
def test_user_rating_words(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:39").supported, true_text
    assert not movies.check(false_text, [], user="user:39").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    ("You loved Fargo, so Heat is worth a look: Michael Mann directed it.",
     "You loved Fargo, so Heat is worth a look: Steven Spielberg directed it."),
    ("Michael Mann's Heat stars Al Pacino opposite Robert De Niro.", "Heat stars Al Pacino opposite Tom Hanks."),
    ("You loved Fargo, so Heat could be next: Michael Mann directed it.",
     "You loved Fargo, so Heat could be next: Steven Spielberg directed it."),
    ("Heat is our pick for you: Michael Mann directed it.", "Heat is our pick for you: Ridley Scott directed it."),
])
def test_worth_a_look_and_opposite(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:39").supported, true_text
    assert not movies.check(false_text, [], user="user:39").supported, false_text


def test_a_lineup_is_the_members():
    from kgexplain.datasets.music import music_graph
    music = ConsistencyChecker(music_graph(), outside_evidence=True)
    assert music.check("Soundgarden's lineup included Chris Cornell and Kim Thayil.", []).supported
    assert not music.check("Soundgarden's lineup included Chris Cornell and Kurt Cobain.", []).supported
    assert music.check("Nirvana's lineup was Kurt Cobain, Krist Novoselic and Dave Grohl.", []).supported
    assert not music.check("Nirvana's lineup was Kurt Cobain and Dave Grohl.", []).supported


@pytest.mark.parametrize("true_text,false_text", [
    # a name's own type word after it (no determiner needed after a verb) or before it, as a title
    ("Saffron Door serves Indian cuisine.", "Saffron Door serves Italian cuisine."),
    ("Chef Priya Nair runs Saffron Door.", "Chef Luca Bernardi runs Saffron Door."),
    ("Saffron Door opened in 2011.", "Saffron Door opened in 2012."),
])
def test_restaurant_wording(true_text, false_text):
    from kgexplain.evaluation.data.blind2_graph import build
    rest = ConsistencyChecker(build(), outside_evidence=True)
    assert rest.check(true_text, []).supported, (true_text, rest.check(true_text, []).reason)
    assert not rest.check(false_text, []).supported, false_text


@pytest.mark.parametrize("user,false_text", [
    # red team 24: "it" after a sentence of what the user did names the suggestion before it
    ("user:39", "Try Heat. You loved Jaws. It stars Roy Scheider."),
    ("user:39", "We think you'll like Heat. You loved Jaws. It stars Roy Scheider."),
    ("user:39", "Try Heat. You loved Jaws. The music is by John Williams."),
    ("user:39", "Try Heat. Jaws is one of your favourites. It is a horror film."),
    # a credit field of a card names all of them ("Starring:" and plural fields name some)
    ("user:39", "Recommended: Jaws\n• Written by: Peter Benchley"),
    ("user:39", "Recommended: Jaws\n• Cast: Roy Scheider"),
])
def test_red_team_24_holes(movies, user, false_text):
    assert not movies.check(false_text, [], user=user).supported, false_text


@pytest.mark.parametrize("user,true_text", [
    ("user:39", "Try Heat. You loved Jaws. It stars Al Pacino."),
    ("user:39", "You loved Jaws. It stars Roy Scheider."),
    ("user:39", "Recommended: Jaws\n• Written by: Peter Benchley, Carl Gottlieb\n• Starring: Roy Scheider"),
])
def test_red_team_24_true_twins(movies, user, true_text):
    assert movies.check(true_text, [], user=user).supported, (true_text, movies.check(true_text, [], user=user).reason)


def test_a_year_on_one_of_several_platforms_is_not_backed():
    rels = [kgx.Relation("released_on", phrase="was released on", inverse_phrase="is a platform of",
                         domain=("game",), range=("platform",))]
    ents = [kgx.Entity("g:b2", kind="item", type="game", label="Bayonetta 2", attrs={"year": 2014}),
            kgx.Entity("p:wiiu", type="platform", label="Wii U"),
            kgx.Entity("p:switch", type="platform", label="Nintendo Switch")]
    kg = kgx.KnowledgeGraph.from_triples([("g:b2", "released_on", "p:wiiu"), ("g:b2", "released_on", "p:switch")],
                                         entities=ents, relations=rels)
    games = ConsistencyChecker(kg, outside_evidence=True)
    assert games.check("Bayonetta 2 came out on the Wii U and the Nintendo Switch.", []).supported
    assert not games.check("Bayonetta 2 came out on the Nintendo Switch in 2014.", []).supported
    assert not games.check("In 2014, Bayonetta 2 came out on the Nintendo Switch.", []).supported


def test_a_genre_whose_name_ends_in_the_kind_noun():
    rels = [kgx.Relation("has_genre", phrase="belongs to the genre", inverse_phrase="is the genre of",
                         domain=("game",), range=("genre",))]
    ents = [kgx.Entity("g:ut", kind="item", type="game", label="Undertale"),
            kgx.Entity("g:ff7", kind="item", type="game", label="Final Fantasy VII"),
            kgx.Entity("g:halo", kind="item", type="game", label="Halo"),
            kgx.Entity("x:rpg", type="genre", label="role-playing game"),
            kgx.Entity("x:fps", type="genre", label="first-person shooter")]
    kg = kgx.KnowledgeGraph.from_triples([("g:ut", "has_genre", "x:rpg"), ("g:ff7", "has_genre", "x:rpg"),
                                          ("g:halo", "has_genre", "x:fps")], entities=ents, relations=rels)
    games = ConsistencyChecker(kg, outside_evidence=True)
    assert games.check("Like Final Fantasy VII, Undertale is a role-playing game.", []).supported
    assert not games.check("Like Final Fantasy VII, Halo is a role-playing game.", []).supported
    assert not games.check("Halo is a role-playing game.", []).supported


def test_a_plural_count_genre_after_are():
    rels = [kgx.Relation("has_genre", phrase="belongs to the genre", inverse_phrase="is the genre of",
                         domain=("game",), range=("genre",)),
            kgx.Relation("developed_by", phrase="was developed by", inverse_phrase="developed",
                         domain=("game",), range=("studio",))]
    ents = [kgx.Entity("g:b", kind="item", type="game", label="Bastion"),
            kgx.Entity("g:t", kind="item", type="game", label="Transistor"),
            kgx.Entity("g:c", kind="item", type="game", label="Celeste"),
            kgx.Entity("x:arpg", type="genre", label="action RPG"),
            kgx.Entity("s:sg", type="studio", label="Supergiant Games")]
    kg = kgx.KnowledgeGraph.from_triples([("g:b", "has_genre", "x:arpg"), ("g:t", "has_genre", "x:arpg"),
                                          ("g:b", "developed_by", "s:sg"), ("g:t", "developed_by", "s:sg")],
                                         entities=ents, relations=rels)
    games = ConsistencyChecker(kg, outside_evidence=True)
    assert games.check("Bastion and Transistor are both action RPGs from Supergiant Games.", []).supported
    assert not games.check("Bastion and Celeste are action RPGs.", []).supported
    assert not games.check("Bastion and Celeste are both action RPGs from Supergiant Games.", []).supported


def test_alongside_a_list_after_a_comma():
    rels = [kgx.Relation("stars", phrase="stars", inverse_phrase="stars in")]
    ents = [kgx.Entity("s:fb", kind="item", type="series", label="Fleabag"),
            kgx.Entity("p:pwb", type="person", label="Phoebe Waller-Bridge"),
            kgx.Entity("p:sc", type="person", label="Sian Clifford"),
            kgx.Entity("p:oc", type="person", label="Olivia Colman"),
            kgx.Entity("p:bc", type="person", label="Bryan Cranston")]
    kg = kgx.KnowledgeGraph.from_triples([("s:fb", "stars", p) for p in ("p:pwb", "p:sc", "p:oc")],
                                         entities=ents, relations=rels)
    shows = ConsistencyChecker(kg, outside_evidence=True)
    assert shows.check("Phoebe Waller-Bridge stars in Fleabag, alongside Sian Clifford and Olivia Colman.", []).supported
    assert not shows.check("Phoebe Waller-Bridge stars in Fleabag, alongside Sian Clifford and Bryan Cranston.", []).supported
    assert not shows.check("Bryan Cranston stars in Fleabag, alongside Sian Clifford.", []).supported


@pytest.mark.parametrize("user,false_text", [
    # red team 25
    ("user:39", "Because you rated Fantasia well, try Heat."),  # "well" is a good rating
    ("user:39", "You just watched Fargo."),  # when, the graph does not say
    (None, "Heat stars Al Pacino opposite Al Pacino."),  # a co-star is someone else
    (None, "Heat's genre: crime."),  # the only one
    (None, "Jaws's writer: Peter Benchley."),
    (None, "Jaws\\nGenre: Horror"),
])
def test_red_team_25_holes(movies, user, false_text):
    assert not movies.check(false_text, [], user=user).supported, false_text


def test_red_team_25_music_lineups():
    from kgexplain.datasets.music import music_graph
    music = ConsistencyChecker(music_graph(), outside_evidence=True)
    for text in ("Joy Division and New Order share a lineup.", "Joy Division and New Order have the same members.",
                 "Joy Division has the same lineup as New Order."):
        assert not music.check(text, []).supported, text
    assert music.check("Joy Division and New Order share a label, Factory Records.", []).supported
    assert music.check("Joy Division and New Order share members.", []).supported


def _platform_games() -> kgx.KnowledgeGraph:
    rels = [kgx.Relation("played", phrase="played", inverse_phrase="was played by", domain=("user",),
                         range=("game",), cues=("rated", "gave")),
            kgx.Relation("developed_by", phrase="was developed by", inverse_phrase="developed",
                         domain=("game",), range=("studio",)),
            kgx.Relation("released_on", phrase="was released on", inverse_phrase="is a platform of",
                         domain=("game",), range=("platform",), cues=("released on", "is available on")),
            kgx.Relation("has_genre", phrase="is a game of the genre", inverse_phrase="is the genre of",
                         domain=("game",), range=("genre",)),
            kgx.Relation("music_by", phrase="has music by", inverse_phrase="composed the music for",
                         domain=("game",), range=("person",), cues=("composed by",))]
    ents = [kgx.Entity("user:ana", kind="user", label="Ana"),
            kgx.Entity("g:sm64", kind="item", type="game", label="Super Mario 64", attrs={"year": 1996}),
            kgx.Entity("g:oot", kind="item", type="game", label="Ocarina of Time", attrs={"year": 1998}),
            kgx.Entity("g:celeste", kind="item", type="game", label="Celeste", attrs={"year": 2018}),
            kgx.Entity("s:ead", type="studio", label="Nintendo EAD"),
            kgx.Entity("s:mmg", type="studio", label="Maddy Makes Games"),
            kgx.Entity("p:n64", type="platform", label="Nintendo 64"),
            kgx.Entity("p:win", type="platform", label="Windows"),
            kgx.Entity("p:switch", type="platform", label="Nintendo Switch"),
            kgx.Entity("genre:platformer", type="genre", label="platformer"),
            kgx.Entity("genre:adventure", type="genre", label="action-adventure"),
            kgx.Entity("x:kondo", type="person", label="Koji Kondo"),
            kgx.Entity("x:raine", type="person", label="Lena Raine")]
    triples = [("g:sm64", "developed_by", "s:ead"), ("g:oot", "developed_by", "s:ead"),
               ("g:celeste", "developed_by", "s:mmg"), ("g:sm64", "released_on", "p:n64"),
               ("g:oot", "released_on", "p:n64"), ("g:celeste", "released_on", "p:win"),
               ("g:celeste", "released_on", "p:switch"), ("g:sm64", "has_genre", "genre:platformer"),
               ("g:celeste", "has_genre", "genre:platformer"), ("g:oot", "has_genre", "genre:adventure"),
               ("g:sm64", "music_by", "x:kondo"), ("g:oot", "music_by", "x:kondo"),
               ("g:celeste", "music_by", "x:raine"),
               ("user:ana", "played", "g:sm64", {"rating": 5.0}), ("user:ana", "played", "g:oot", {"rating": 5.0})]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


@pytest.fixture(scope="module")
def platform_games() -> ConsistencyChecker:
    return ConsistencyChecker(_platform_games(), outside_evidence=True)


@pytest.mark.parametrize("true_text,false_text", [
    # an attribute phrase after a genre noun: "a platformer available on X" is said of the game
    ("Celeste is a platformer available on Windows and Nintendo Switch.",
     "Celeste is a platformer available on the Nintendo 64."),
    ("Celeste, a platformer available on Windows.", "Ocarina of Time, a platformer available on the Nintendo 64."),
    # a part of the work, then who made it: "the music is composed by X"
    ("Super Mario 64's music is composed by Koji Kondo.", "Super Mario 64's music is composed by Lena Raine."),
    ("Celeste is a platformer; the music is written by Lena Raine.",
     "Celeste is a platformer; the music is written by Koji Kondo."),
    ("Ocarina of Time's music was made by Koji Kondo.", "Celeste's music was made by Koji Kondo."),
    # "for the <platform>" after a participle said of the user's games
    ("You loved Super Mario 64 and Ocarina of Time, both developed by Nintendo EAD for the Nintendo 64.",
     "You loved Super Mario 64 and Ocarina of Time, both developed by Nintendo EAD for Windows."),
    ("You loved Super Mario 64, developed by Nintendo EAD for the Nintendo 64.",
     "You loved Super Mario 64, developed by Nintendo EAD for the Nintendo Switch."),
    # a credit line after a title line is said of its item
    ("Celeste (2018): platformer. Developed by Maddy Makes Games.",
     "Celeste (2018): platformer. Developed by Nintendo EAD."),
    # a title, a colon (or a dash) and an apposition
    ("Celeste: a 2018 platformer from Maddy Makes Games.", "Celeste: a 2017 platformer from Maddy Makes Games."),
    ("Celeste — a platformer by Maddy Makes Games.", "Ocarina of Time — a platformer by Nintendo EAD."),
])
def test_platforms_parts_and_title_lines(platform_games, true_text, false_text):
    assert platform_games.check(true_text, [], user="user:ana").supported, true_text
    assert not platform_games.check(false_text, [], user="user:ana").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # ", all <participle> by X" after a list of three: said of each
    ("Universal Studios distributed Jaws, Jurassic Park and E.T. the Extra-Terrestrial, all directed by Steven Spielberg.",
     "Universal Studios distributed Jaws, Jurassic Park and E.T. the Extra-Terrestrial, all directed by George Lucas."),
    ("Steven Spielberg directed Jaws, Jurassic Park and Raiders of the Lost Ark, all scored by John Williams.",
     "Steven Spielberg directed Jaws, Jurassic Park and Raiders of the Lost Ark, all distributed by Universal Studios."),
    # a credit sentence after a title line
    ("Stand by Me (1986) — Adventure, Drama. Directed by Rob Reiner.",
     "Stand by Me (1986) — Adventure, Drama. Directed by Steven Spielberg."),
    ("Jaws (1975). Directed by Steven Spielberg and scored by John Williams.",
     "Jaws (1975). Directed by Steven Spielberg and scored by Jerry Goldsmith."),
    ("Try Jaws. Directed by Steven Spielberg.", "Jaws and Alien. Directed by Steven Spielberg."),
    # "the same year as Y": Y's year too
    ("Apocalypse Now came out in 1979, the same year as Alien.",
     "Apocalypse Now came out in 1979, the same year as Jaws."),
    # "is also in" from "stars in", after a relative pronoun on one of the cast
    ("The Big Lebowski stars Jeff Bridges and Steve Buscemi, who is also in Reservoir Dogs.",
     "The Big Lebowski stars Jeff Bridges and Steve Buscemi, who is also in Jaws."),
    ("Jeff Bridges and Steve Buscemi are both in The Big Lebowski.",
     "Jeff Bridges and Roy Scheider are both in The Big Lebowski."),
    # a title line's apposition after a colon
    ("Jaws: a 1975 horror film by Steven Spielberg.", "Jaws: a 1976 horror film by Steven Spielberg."),
    ("Jaws (1975): a horror film directed by Steven Spielberg.", "Our pick: a horror film by Steven Spielberg."),
    # two genres before the kind noun, then its maker
    ("Jaws is an action and horror film by Steven Spielberg.", "Jaws is an action and horror film by Ridley Scott."),
    ("Jaws is a horror and action film by Steven Spielberg.", "Jaws is an action and comedy film by Steven Spielberg."),
])
def test_lists_credit_lines_and_years(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, true_text
    assert not movies.check(false_text, []).supported, false_text


def test_a_credit_line_after_what_the_user_did_names_no_item(movies):
    # "You loved Jaws. Directed by X.": said of which film? Not the one the user watched
    assert not movies.check("You loved Jaws. Directed by Steven Spielberg.", [], user="user:474").supported
    assert not movies.check("Directed by Steven Spielberg.", []).supported


@pytest.mark.parametrize("true_text,false_text", [
    # a year after a relative clause about the user is the antecedent's, when it says it came out
    ("Jaws, which you loved, came out in 1975.", "Jaws, which you loved, came out in 1976."),
    ("Jaws, which you loved, was released in 1975.", "Jaws, which you watched in 1975, is a horror film."),
    # "the same year as A and B": each
    ("Apocalypse Now came out in 1979, the same year as Alien, which Ridley Scott directed.",
     "Apocalypse Now came out in 1979, the same year as Alien and Jaws."),
])
def test_years_after_relative_clauses_and_same_year_lists(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:474").supported, true_text
    assert not movies.check(false_text, [], user="user:474").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # "co-" after a genre noun: "a crime drama co-created by X", someone else created it too
    ("Better Call Saul is a legal drama co-created by Peter Gould.",
     "Breaking Bad is a crime drama co-created by Vince Gilligan."),
    ("Better Call Saul, a legal drama co-created by Vince Gilligan, aired on AMC.",
     "Better Call Saul, a legal drama co-created by Vince Gilligan, aired on HBO."),
    # a network and a genre before a relative clause: the clause is said of the series
    ("Breaking Bad is an AMC crime drama that Vince Gilligan created.",
     "Breaking Bad is an AMC crime drama that Peter Gould created."),
    ("Better Call Saul, an AMC legal drama that Peter Gould created.",
     "The Wire, an HBO crime drama that Vince Gilligan created."),
    # "also" before a year: another item of the text has that year
    ("The Wire premiered in 2002. The Shield also premiered in 2002.",
     "Breaking Bad premiered in 2008. The Shield also premiered in 2002."),
    ("The Shield is a crime drama like The Wire, and it also came out in 2002.",
     "The Shield also came out in 2002."),
])
def test_tv_credits_relatives_and_shared_years(true_text, false_text):
    shows = ConsistencyChecker(_shows(), outside_evidence=True)
    assert shows.check(true_text, []).supported, (true_text, shows.check(true_text, []).reason)
    assert not shows.check(false_text, []).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # a book's or a game's art is its illustration
    ("A Wizard of Earthsea has art by Ruth Robbins.", "Foundation has art by Ruth Robbins."),
    ("A Wizard of Earthsea was written by Ursula K. Le Guin; the art is by Ruth Robbins.",
     "A Wizard of Earthsea was written by Ursula K. Le Guin; the art is by John Tenniel."),
    ("John Tenniel drew the illustrations for Alice's Adventures in Wonderland.",
     "John Tenniel drew the illustrations for The Tombs of Atuan."),
])
def test_art_is_illustration(books, true_text, false_text):
    assert books.check(true_text, []).supported, true_text
    assert not books.check(false_text, []).supported, false_text


@pytest.mark.parametrize("false_text", [
    # red team 26: after "the same year as Y" only the year was compared; "both" names no one
    "Apocalypse Now came out in 1979, the same year as Alien, both directed by Ridley Scott.",
    "Apocalypse Now came out in 1979, the same year as Alien, which were both directed by Ridley Scott.",
    # "for fans" and "for a while" say something; "another Jaws" and "a Jaws-like film" are not Jaws
    "Jaws was directed by Steven Spielberg for fans.",
    "Jaws was directed by Steven Spielberg for a while.",
    "Another Jaws came out in 1975.",
    "A Jaws-like film: a 1975 horror film by Steven Spielberg.",
    "Try another Jaws. Directed by Steven Spielberg.",
])
def test_red_team_26_holes(movies, false_text):
    assert not movies.check(false_text, []).supported, false_text


@pytest.mark.parametrize("graph,true_text,false_text", [
    ("movies", "Alien, which Ridley Scott directed, came out in 1979.",
     "Alien, which Ridley Scott directed, came out in 1980."),
    ("music", "The Beatles formed in 1960.", "The Beatles formed in 1961."),
    ("games", "Super Metroid is an action-adventure and Metroidvania game.",
     "Super Metroid is an action-adventure and platformer game."),
])
def test_red_team_26_true_texts(graph, true_text, false_text):
    from kgexplain.datasets.music import music_graph
    if graph == "games":
        rels = [kgx.Relation("has_genre", phrase="is a game of the genre", inverse_phrase="is the genre of")]
        ents = [kgx.Entity("g:sm", kind="item", type="game", label="Super Metroid"),
                kgx.Entity("genre:aa", type="genre", label="action-adventure"),
                kgx.Entity("genre:mv", type="genre", label="Metroidvania"),
                kgx.Entity("genre:pf", type="genre", label="platformer"),
                kgx.Entity("g:c", kind="item", type="game", label="Celeste")]
        kg = kgx.KnowledgeGraph.from_triples([("g:sm", "has_genre", "genre:aa"), ("g:sm", "has_genre", "genre:mv"),
                                              ("g:c", "has_genre", "genre:pf")], entities=ents, relations=rels)
    else:
        kg = kgx.KnowledgeGraph.example() if graph == "movies" else music_graph()
    checker = ConsistencyChecker(kg, outside_evidence=True)
    assert checker.check(true_text, []).supported, true_text
    assert not checker.check(false_text, []).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # a learner's wording: "liked very much X", "liked X a lot" (loved, checked as such), and
    # "we recommend you X" ("you" is no subject there)
    ("You liked Jaws very much.", "You didn't like Jaws very much."),
    ("You have liked very much Jurassic Park, so we recommend Jaws, it is also from Steven Spielberg.",
     "You have liked very much Jurassic Park, so we recommend Jaws, it is also from Ridley Scott."),
    ("Because you liked Jurassic Park, we recommend you Jaws.", "We recommend you Jaws, directed by Ridley Scott."),
    ("You liked Jaws a lot.", "You rated Jaws very much."),
])
def test_learners_wording(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:474").supported, true_text
    assert not movies.check(false_text, [], user="user:474").supported, false_text


def test_liked_very_much_needs_a_high_rating(movies):
    # user:27 gave Jaws two stars
    assert not movies.check("You liked Jaws very much.", [], user="user:27").supported
    assert not movies.check("You liked very much Jaws.", [], user="user:27").supported


@pytest.mark.parametrize("true_text,false_text", [
    # a credit that opens the sentence is said of its subject
    ("Directed by Steven Spielberg, Jaws stars Roy Scheider and Robert Shaw.",
     "Directed by Ridley Scott, Jaws stars Roy Scheider and Robert Shaw."),
    ("Written by Peter Benchley and Carl Gottlieb, Jaws was directed by Steven Spielberg.",
     "Written by Peter Benchley and Steven Spielberg, Jaws was directed by Steven Spielberg."),
    ("Scored by John Williams, Jaws is a horror film.",
     "Directed by Steven Spielberg, Jaws and Jurassic Park are horror films."),
    # "the same N" with no "as": the one other item named before
    ("You loved Jurassic Park. Jaws has the same director.", "You loved Alien. Jaws has the same director."),
    ("You loved Jurassic Park, and Jaws has the same composer.",
     "You loved Jurassic Park and Alien. Jaws has the same director."),
    # a hedge inside a suggestion ("you'll probably like X"); not on a claim
    ("If you enjoyed Jurassic Park, you'll probably like Jaws, another Steven Spielberg film.",
     "Jaws was probably directed by Steven Spielberg."),
])
def test_fronted_credits_same_noun_and_hedges(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:474").supported, true_text
    assert not movies.check(false_text, [], user="user:474").supported, false_text


def test_two_bare_genres_then_the_author():
    rels = [kgx.Relation("written_by", phrase="is written by", inverse_phrase="wrote"),
            kgx.Relation("has_genre", phrase="belongs to the genre", inverse_phrase="is the genre of")]
    ents = [kgx.Entity("b:rose", kind="item", type="book", label="The Name of the Rose"),
            kgx.Entity("b:cholera", kind="item", type="book", label="Love in the Time of Cholera"),
            kgx.Entity("p:eco", type="person", label="Umberto Eco"),
            kgx.Entity("p:ggm", type="person", label="Gabriel García Márquez"),
            kgx.Entity("g:hist", type="genre", label="historical fiction"),
            kgx.Entity("g:crime", type="genre", label="crime fiction"),
            kgx.Entity("g:rom", type="genre", label="romance")]
    kg = kgx.KnowledgeGraph.from_triples(
        [("b:rose", "written_by", "p:eco"), ("b:rose", "has_genre", "g:hist"), ("b:rose", "has_genre", "g:crime"),
         ("b:cholera", "written_by", "p:ggm"), ("b:cholera", "has_genre", "g:rom")], entities=ents, relations=rels)
    books = ConsistencyChecker(kg, outside_evidence=True)
    assert books.check("The Name of the Rose is historical fiction and crime fiction by Umberto Eco.", []).supported
    assert not books.check("The Name of the Rose is historical fiction and crime fiction by Gabriel García Márquez.",
                           []).supported
    assert not books.check("The Name of the Rose is historical fiction and romance by Umberto Eco.", []).supported
    # acting phrased as a role, on the example graph
    movies = ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True)
    assert movies.check("Roy Scheider has a role in Jaws.", []).supported
    assert not movies.check("Roy Scheider has a role in Alien.", []).supported


@pytest.mark.parametrize("true_text,false_text", [
    # membership said as playing in or being in a band; influence said as inspiration
    ("Thom Yorke and Jonny Greenwood play in Radiohead.", "Thom Yorke plays in Nirvana."),
    ("Dave Grohl was in Nirvana.", "Dave Grohl was in Radiohead."),
    ("Nirvana formed in 1987.", "Dave Grohl was in Nirvana in 1987."),  # when he was, the graph does not say
    ("Jonny Greenwood plays guitar in Radiohead.", "Jonny Greenwood plays drums in Radiohead."),
    ("Radiohead took inspiration from R.E.M.", "Radiohead took inspiration from The Beatles."),
    ("Pixies inspired Radiohead and Nirvana.", "Radiohead inspired Pixies."),
])
def test_music_membership_and_inspiration(true_text, false_text):
    from kgexplain.datasets.music import music_graph
    music = ConsistencyChecker(music_graph(), outside_evidence=True)
    assert music.check(true_text, []).supported, true_text
    assert not music.check(false_text, []).supported, false_text


@pytest.mark.parametrize("true_text,false_user,false_text", [
    # ratings and love said around the item (user:474 gave Casablanca 5, Jaws 4.5; user:27 Jaws 2)
    ("You gave five stars to Casablanca.", "user:474", "You gave five stars to Jaws."),
    ("Jaws got 4.5 stars from you, so try Alien.", "user:474", "Jaws got five stars from you."),
    ("Based on your love of Casablanca, try Rebecca.", "user:27", "Based on your love of Jaws, try Alien."),
    ("Your favourite, Jaws, was directed by Steven Spielberg.", "user:474",
     "Your favourite, Jaws, was directed by Ridley Scott."),
])
def test_ratings_around_the_item(movies, true_text, false_user, false_text):
    assert movies.check(true_text, [], user="user:474").supported, true_text
    assert not movies.check(false_text, [], user=false_user).supported, false_text


def test_love_and_favourites_need_a_high_rating(movies):
    assert not movies.check("Your favourite, Jaws, was directed by Steven Spielberg.", [], user="user:27").supported
    assert not movies.check("Given your love for Jaws, you might enjoy Alien.", [], user="user:27").supported
    assert not movies.check("Your favourite, Jaws, was directed by Steven Spielberg.", []).supported  # whose?


@pytest.mark.parametrize("true_text,false_text", [
    # ", and like Y(,) it ...": a new clause that opens with a comparison, not "you like Y"
    ("You loved Super Mario 64, and like Ocarina of Time it was released on the Nintendo 64.",
     "You loved Super Mario 64, and like Ocarina of Time it was released on Windows."),
    ("You gave Super Mario 64 five stars, and like it, Ocarina of Time has music by Koji Kondo.",
     "You gave Super Mario 64 five stars, and like it, Celeste has music by Koji Kondo."),
])
def test_and_like_opens_a_comparison(platform_games, true_text, false_text):
    assert platform_games.check(true_text, [], user="user:ana").supported, true_text
    assert not platform_games.check(false_text, [], user="user:ana").supported, false_text


def test_a_participle_after_a_suggestion_names_the_item_not_the_user():
    rels = [kgx.Relation("watched", phrase="watched", inverse_phrase="was watched by"),
            kgx.Relation("created_by", phrase="was created by", inverse_phrase="created"),
            kgx.Relation("stars", phrase="stars", inverse_phrase="stars in"),
            kgx.Relation("has_genre", phrase="belongs to the genre", inverse_phrase="is the genre of")]
    ents = [kgx.Entity("user:tom", kind="user", label="Tom"),
            kgx.Entity("s:office", kind="item", type="series", label="The Office", attrs={"year": 2005}),
            kgx.Entity("s:b99", kind="item", type="series", label="Brooklyn Nine-Nine", attrs={"year": 2013}),
            kgx.Entity("p:schur", type="person", label="Michael Schur"),
            kgx.Entity("p:goor", type="person", label="Dan Goor"),
            kgx.Entity("p:samberg", type="person", label="Andy Samberg"),
            kgx.Entity("p:carell", type="person", label="Steve Carell"),
            kgx.Entity("g:sitcom", type="genre", label="sitcom")]
    triples = [("user:tom", "watched", "s:office", {"rating": 5.0}), ("s:b99", "created_by", "p:schur"),
               ("s:b99", "created_by", "p:goor"), ("s:b99", "stars", "p:samberg"), ("s:office", "stars", "p:carell"),
               ("s:b99", "has_genre", "g:sitcom"), ("s:office", "has_genre", "g:sitcom")]
    shows = ConsistencyChecker(kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels),
                               outside_evidence=True)
    text = "Since you enjoyed The Office, meet Brooklyn Nine-Nine: a 2013 sitcom co-created by Michael Schur, starring {}."
    assert shows.check(text.format("Andy Samberg"), [], user="user:tom").supported
    assert not shows.check(text.format("Steve Carell"), [], user="user:tom").supported


def _stage() -> kgx.KnowledgeGraph:
    """A small musicals graph with work-part relations (music, lyrics) and a premiere venue."""
    rels = [kgx.Relation("saw", phrase="saw", inverse_phrase="was seen by", cues=("loved", "rated", "gave")),
            kgx.Relation("music_by", phrase="has music by", inverse_phrase="composed the music for",
                         inverse_cues=("composed",)),
            kgx.Relation("lyrics_by", phrase="has lyrics by", inverse_phrase="wrote the lyrics for"),
            kgx.Relation("directed_by", phrase="was directed by", inverse_phrase="directed"),
            kgx.Relation("premiered_at", phrase="premiered at", inverse_phrase="hosted the premiere of",
                         cues=("opened at",))]
    ents = [kgx.Entity("user:mo", kind="user", label="Mo"),
            kgx.Entity("m:gd", kind="item", type="musical", label="Guys and Dolls", attrs={"year": 1950}),
            kgx.Entity("m:mfl", kind="item", type="musical", label="My Fair Lady", attrs={"year": 1956}),
            kgx.Entity("m:rent", kind="item", type="musical", label="Rent", attrs={"year": 1996}),
            kgx.Entity("p:fl", type="person", label="Frank Loesser"),
            kgx.Entity("p:loewe", type="person", label="Frederick Loewe"),
            kgx.Entity("p:lerner", type="person", label="Alan Jay Lerner"),
            kgx.Entity("p:larson", type="person", label="Jonathan Larson"),
            kgx.Entity("p:greif", type="person", label="Michael Greif"),
            kgx.Entity("v:nytw", type="theatre", label="New York Theatre Workshop")]
    triples = [("m:gd", "music_by", "p:fl"), ("m:gd", "lyrics_by", "p:fl"),
               ("m:mfl", "music_by", "p:loewe"), ("m:mfl", "lyrics_by", "p:lerner"),
               ("m:rent", "music_by", "p:larson"), ("m:rent", "lyrics_by", "p:larson"),
               ("m:rent", "directed_by", "p:greif"), ("m:rent", "premiered_at", "v:nytw"),
               ("user:mo", "saw", "m:gd", {"rating": 5.0}), ("user:mo", "saw", "m:mfl", {"rating": 4.0})]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


@pytest.mark.parametrize("true_text,false_text", [
    # two parts of a work in one verb phrase: each is a claim of its own
    ("You loved Guys and Dolls. Frank Loesser wrote its music and lyrics.",
     "You loved My Fair Lady. Frederick Loewe wrote its music and lyrics."),
    ("Frank Loesser wrote the music and lyrics for Guys and Dolls.",
     "Frederick Loewe wrote the music and lyrics for My Fair Lady."),
    ("You loved My Fair Lady. Alan Jay Lerner wrote its lyrics.",
     "You loved My Fair Lady. Frederick Loewe wrote its lyrics."),
    # "its" after two items: the one the user did not act on
    ("You loved Guys and Dolls, so try Rent: Jonathan Larson wrote its music.",
     "You loved Guys and Dolls, so try Rent: Frank Loesser wrote its music."),
    # a year after the one premiere venue is the item's
    ("Rent premiered at New York Theatre Workshop in 1996.", "Rent premiered at New York Theatre Workshop in 1994."),
    ("Rent was directed by Michael Greif in 1996.", "Rent was directed by Michael Greif in 1994."),
    ("In 1996, Rent premiered at New York Theatre Workshop.",
     "New York Theatre Workshop, where Rent premiered, opened in 1996."),  # the theatre's year
    # "with lyrics by" after the object names the work, not its composer
    ("Jonathan Larson composed Rent, with lyrics by Jonathan Larson.",
     "Frederick Loewe composed My Fair Lady, with lyrics by Frederick Loewe."),
    ("You should see Rent, directed by Michael Greif.", "You should see Rent, directed by Frank Loesser."),
])
def test_parts_of_a_stage_work(true_text, false_text):
    stage = ConsistencyChecker(_stage(), outside_evidence=True)
    assert stage.check(true_text, [], user="user:mo").supported, true_text
    assert not stage.check(false_text, [], user="user:mo").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    ("Robert Towne wrote the screenplay for Chinatown.", "Roman Polanski wrote the screenplay for Chinatown."),
    ("Directed by Robert Zemeckis and scored by Alan Silvestri, Back to the Future is a comedy.",
     "Directed by Robert Zemeckis and scored by John Williams, Back to the Future is a comedy."),
    ("Directed by Robert Zemeckis, scored by Alan Silvestri, Back to the Future is a comedy.",
     "Directed by Alan Silvestri, scored by Robert Zemeckis, Back to the Future is a comedy."),
    ("Jaws was directed by Steven Spielberg. Roy Scheider and Robert Shaw are among its stars.",
     "Jaws was directed by Steven Spielberg. Roy Scheider and Tom Hanks are among its stars."),
    ("Casablanca was directed by Michael Curtiz with music by Max Steiner.",
     "Casablanca was directed by Michael Curtiz with music by John Williams."),
    ("You loved Jaws, so you should see Jurassic Park.", "You loved Jaws, so you should see Jurassic Park in 1975."),
])
def test_credits_screenplays_and_casts(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:474").supported, true_text
    assert not movies.check(false_text, [], user="user:474").supported, false_text


@pytest.mark.parametrize("false_text", [
    "Jaws was filmed in 1975.",  # filming is not the release
    "Bill Butler shot Jaws in 1975.",  # nor is shooting or editing
    "Jaws was founded in 1975.",  # a film is not founded
    "You loved Jaws, so try Emma: Roy Scheider is among its stars.",  # "Emma" is a tag; "its" is not Jaws
])
def test_red_team_27_holes(movies, false_text):
    assert not movies.check(false_text, [], user="user:474").supported, false_text


def test_a_participle_object_has_its_own_year():
    from kgexplain.datasets.music import music_graph
    music = ConsistencyChecker(music_graph(), outside_evidence=True)
    assert music.check("Oasis, influenced by The Beatles, formed in 1991.", []).supported
    assert not music.check("Oasis, influenced by The Beatles, formed in 1960.", []).supported


@pytest.mark.parametrize("true_text,false_text", [
    # fronted credits with a pronoun or a list as the subject, two verbs, or "Starring"
    ("You loved Jaws. Directed by Steven Spielberg, it stars Roy Scheider.",
     "You loved Jaws. Directed by Ridley Scott, it stars Roy Scheider."),
    ("Directed by Steven Spielberg, Jaws and Jurassic Park are action films.",
     "Directed by Steven Spielberg, Jaws and Alien are horror films."),
    ("Written and directed by Quentin Tarantino, Pulp Fiction is a crime film.",
     "Written and directed by Roger Avary, Pulp Fiction is a crime film."),
    ("Starring Roy Scheider, Jaws was directed by Steven Spielberg.",
     "Starring Tom Hanks, Jaws was directed by Steven Spielberg."),
])
def test_more_fronted_credits(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:474").supported, true_text
    assert not movies.check(false_text, [], user="user:474").supported, false_text


@pytest.mark.parametrize("text", [
    "You did not like Jaws.", "You didn't like Jaws very much.", "You did not enjoy Jaws, so try Casablanca.",
])
def test_not_liking_needs_a_rating_below_the_threshold(movies, text):
    assert movies.check(text, [], user="user:27").supported, text  # Jaws: 2.0
    assert not movies.check(text, [], user="user:474").supported, text  # Jaws: 4.5
    assert not movies.check(text, [], user="user:1").supported, text  # never rated Jaws


@pytest.mark.parametrize("true_text,false_text", [
    # "the same N" after a suggestion: the one other item named before
    ("You loved Jurassic Park, so try Jaws, by the same director.",
     "You loved Alien, so try Jaws, by the same director."),
    ("You loved Jurassic Park, so try Jaws, which has the same composer.",
     "You loved Alien, so try Jaws, which has the same composer."),
    ("You loved Jurassic Park, so try Jaws from the same director.",
     "You loved Jurassic Park and Alien, so try Jaws, by the same director."),
    ("You loved Jurassic Park. Jaws also has the same director.",
     "You loved Jurassic Park, so try Jaws and Alien, by the same director."),
])
def test_the_same_maker_after_a_suggestion(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:474").supported, true_text
    assert not movies.check(false_text, [], user="user:474").supported, false_text


def test_not_liking_is_a_dislike_not_a_middling_rating(movies):
    # user:177 gave Rope 3.5: not loved, but not disliked either
    assert not movies.check("You did not like Rope.", [], user="user:177").supported
    assert movies.check("You did not love Rope.", [], user="user:177").supported


@pytest.mark.parametrize("true_text,false_text", [
    # "the same year" with no "as": the one other item named before (user:91 gave Blazing
    # Saddles 4.5; Blazing Saddles and Young Frankenstein are both of 1974)
    ("You rated Blazing Saddles four and a half stars. Young Frankenstein, from the same year, is also "
     "directed by Mel Brooks.",
     "You rated Blazing Saddles four and a half stars. Jaws, from the same year, is directed by Steven Spielberg."),
    ("You rated Blazing Saddles four and a half stars. Young Frankenstein came out the same year.",
     "Young Frankenstein came out the same year."),
])
def test_the_same_year_without_as(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:91").supported, true_text
    assert not movies.check(false_text, [], user="user:91").supported, false_text


def test_formed_after_a_relative_clause():
    from kgexplain.datasets.music import music_graph
    music = ConsistencyChecker(music_graph(), outside_evidence=True)
    assert music.check("The Beatles, which influenced Oasis, formed in 1960.", []).supported
    assert not music.check("The Beatles, which influenced Oasis, formed in 1991.", []).supported


@pytest.mark.parametrize("true_text,false_text", [
    ("You gave Jaws 4.5 stars; Jurassic Park has the same director and composer.",
     "You gave Jaws 4.5 stars; Jurassic Park has the same director and editor."),
    ("The score of Jurassic Park is by John Williams.", "The score of Jurassic Park is by Jerry Goldsmith."),
    ("You loved Jaws, so try Jurassic Park: Steven Spielberg is its director too.",
     "You loved Alien, so try Jurassic Park: Steven Spielberg is its director too."),
])
def test_two_shared_nouns_and_parts_of_a_film(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:474").supported, true_text
    assert not movies.check(false_text, [], user="user:474").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # a kind noun, then a relative clause on the item: "a film (that) X directed"
    ("You loved Jaws, so try Jurassic Park, a film Steven Spielberg directed.",
     "You loved Jaws, so try Jurassic Park, a film Ridley Scott directed."),
    ("Jurassic Park is a film Steven Spielberg directed.", "Jurassic Park is a film that Ridley Scott directed."),
    ("Jurassic Park, a movie that Steven Spielberg directed, came out in 1993.",
     "Jurassic Park, a movie that Steven Spielberg directed, came out in 1975."),
])
def test_kind_noun_then_relative_clause(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:474").supported, true_text
    assert not movies.check(false_text, [], user="user:474").supported, false_text


def test_red_team_28_years_of_venues_and_companies():
    from kgexplain.datasets.music import music_graph
    music = ConsistencyChecker(music_graph(), outside_evidence=True)
    assert not music.check("In 1960, The Beatles came from Liverpool.", []).supported  # origin has no year
    assert music.check("In 1960, The Beatles formed in Liverpool.", []).supported
    stage = ConsistencyChecker(_stage(), outside_evidence=True)
    assert not stage.check("Rent premiered at New York Theatre Workshop, which opened in 1996.", []).supported


@pytest.mark.parametrize("true_text,false_text", [
    ("If you loved Jaws, Jurassic Park is for you: Steven Spielberg directed it.",
     "If you loved Jaws, Alien is for you: Steven Spielberg directed it."),
    ("You loved Jaws, which is why we picked Jurassic Park: Steven Spielberg directed it.",
     "You loved Jaws, which is why we picked Alien: Steven Spielberg directed it."),
    ("You loved Alien, so try Jaws. Among its stars are Roy Scheider and Robert Shaw.",
     "You loved Alien, so try Jaws. Among its directors is Roy Scheider."),
    ("Jaws was directed by Steven Spielberg. Roy Scheider is one of its stars.",
     "Jaws was directed by Steven Spielberg. Tom Hanks is one of its stars."),
])
def test_suggestions_for_you_and_some_of_the_cast(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:474").supported, true_text
    assert not movies.check(false_text, [], user="user:474").supported, false_text


def test_a_band_formed_rather_than_debuted():
    from kgexplain.datasets.music import music_graph
    music = ConsistencyChecker(music_graph(), outside_evidence=True)
    assert music.check("Oasis formed in 1991.", []).supported
    assert not music.check("Oasis debuted in 1991.", []).supported  # the graph's year is its forming


@pytest.mark.parametrize("true_text,false_text", [
    ("Better Call Saul premiered on AMC in 2015.", "Better Call Saul premiered on AMC in 2014."),
    ("The Wire debuted on HBO.", "Better Call Saul premiered on HBO."),
])
def test_premiered_on_a_network(true_text, false_text):
    shows = ConsistencyChecker(_shows(), outside_evidence=True)
    assert shows.check(true_text, []).supported, true_text
    assert not shows.check(false_text, []).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # "by / from the N of Y": the two items share that maker, whoever it is
    ("Jurassic Park is by the director of Jaws.", "Jurassic Park is by the director of Alien."),
    ("You loved Jaws, so try Jurassic Park, from the director of Jaws.",
     "You loved Jaws, so try Alien, from the director of Jaws."),
])
def test_by_the_maker_of_another_item(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:474").supported, true_text
    assert not movies.check(false_text, [], user="user:474").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    ("You loved Jaws, so try Jurassic Park, whose music John Williams wrote.",
     "You loved Jaws, so try Alien, whose music John Williams wrote."),
    ("You loved Jaws, so try Jurassic Park, whose score John Williams also composed.",
     "You loved Alien, so try Jurassic Park, whose score John Williams also composed."),
])
def test_whose_part_then_its_maker(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:474").supported, true_text
    assert not movies.check(false_text, [], user="user:474").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # a verb of acting with no object: the item named last
    ("Heat is written and directed by Michael Mann. Al Pacino and Robert De Niro star.",
     "Heat is written and directed by Michael Mann. Al Pacino and Tom Hanks star."),
    ("Heat is written and directed by Michael Mann. Al Pacino stars.",
     "Jaws and Heat are thrillers. Al Pacino stars."),
])
def test_a_cast_line_after_the_item(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:474").supported, true_text
    assert not movies.check(false_text, [], user="user:474").supported, false_text


def _books_and_films() -> kgx.KnowledgeGraph:
    rels = [kgx.Relation("written_by", phrase="was written by", inverse_phrase="wrote"),
            kgx.Relation("directed_by", phrase="was directed by", inverse_phrase="directed"),
            kgx.Relation("based_on", phrase="is based on", inverse_phrase="is the basis of")]
    ents = [kgx.Entity("b:misery", kind="item", type="book", label="Misery", attrs={"year": 1987}),
            kgx.Entity("f:mile", kind="item", type="film", label="The Green Mile", attrs={"year": 1999}),
            kgx.Entity("p:king", type="person", label="Stephen King"),
            kgx.Entity("p:darabont", type="person", label="Frank Darabont")]
    return kgx.KnowledgeGraph.from_triples(
        [("b:misery", "written_by", "p:king"), ("f:mile", "directed_by", "p:darabont"),
         ("f:mile", "written_by", "p:darabont")], entities=ents, relations=rels)


@pytest.mark.parametrize("true_text,false_text", [
    # on a graph of books and films, a kind noun beside an item must name its type
    ("Misery is a novel Stephen King wrote.", "Misery is a movie Stephen King wrote."),
    ("The Green Mile, a film Frank Darabont wrote, came out in 1999.",
     "The Green Mile, a book Frank Darabont wrote, came out in 1999."),
    ("Stephen King wrote the novel Misery.", "Stephen King wrote the film Misery."),
])
def test_kind_nouns_name_the_item_type(true_text, false_text):
    mixed = ConsistencyChecker(_books_and_films(), outside_evidence=True)
    assert mixed.check(true_text, []).supported, true_text
    assert not mixed.check(false_text, []).supported, false_text


def test_a_band_is_no_singer():
    from kgexplain.datasets.music import music_graph
    music = ConsistencyChecker(music_graph(), outside_evidence=True)
    assert not music.check("The Beatles is a singer that Parlophone signed.", []).supported
    assert music.check("The Beatles is a band that Parlophone signed.", []).supported


@pytest.mark.parametrize("true_text,false_text", [
    ("You loved Jurassic Park, so try Jaws, by the same composer.",
     "You loved Alien, so try Jaws, by the same composer."),
    ("You loved Jurassic Park. Try Jaws: it has the same director.",
     "You loved Alien. Try Jaws: it has the same director."),
])
def test_more_of_the_same(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:474").supported, true_text
    assert not movies.check(false_text, [], user="user:474").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # a count that matches the list before it: each of them
    ("You loved Jaws and Jurassic Park, two films by Steven Spielberg.",
     "You loved Jaws and Alien, two films by Steven Spielberg."),
    ("You loved Jaws and Jurassic Park, both by Steven Spielberg.",
     "You loved Jaws and Jurassic Park, three films by Steven Spielberg."),
])
def test_counted_lists(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:474").supported, true_text
    assert not movies.check(false_text, [], user="user:474").supported, false_text


def test_red_team_30_holes(movies):
    # what follows "X, from the director of Y" would be said of which? not read
    assert not movies.check("Jurassic Park, from the director of Jaws, is from 1975.", []).supported
    # "composed its score" / "whose score X composed": all of it (The Great Dictator has two composers)
    assert not movies.check("You loved City Lights, so try The Great Dictator: Charlie Chaplin composed its score.",
                            [], user="user:474").supported
    assert not movies.check("You loved City Lights, so try The Great Dictator, whose score Charlie Chaplin composed.",
                            [], user="user:474").supported
    mixed = ConsistencyChecker(_books_and_films(), outside_evidence=True)
    assert not mixed.check("Misery, which Stephen King wrote, is a film.", []).supported
    assert mixed.check("Misery, which Stephen King wrote, is a novel.", []).supported


def test_a_band_has_members():
    from kgexplain.datasets.music import music_graph
    music = ConsistencyChecker(music_graph(), outside_evidence=True)
    assert music.check("Nirvana is a grunge band.", []).supported
    assert not music.check("David Bowie is a rock band.", []).supported  # a solo artist: no members
    movies = ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True)
    assert movies.check("Jurassic Park, directed by Steven Spielberg, who directed Jaws, is from 1993.", []).supported
    assert not movies.check("Jurassic Park, directed by Steven Spielberg, who directed Jaws, is from 1975.",
                            []).supported


def test_a_singer_has_no_band_members():
    from kgexplain.datasets.music import music_graph
    music = ConsistencyChecker(music_graph(), outside_evidence=True)
    assert music.check("David Bowie is a singer from London.", []).supported
    assert not music.check("The Beatles is a singer that Parlophone signed.", []).supported
    assert not music.check("Larry Mullen Jr., a singer, is a member of U2.", []).supported  # no vocals stored


@pytest.mark.parametrize("true_text,false_text", [
    # ", also a <maker> film": shared with another item of the text
    ("Since you loved Jurassic Park, try Jaws, also a Steven Spielberg film.",
     "Since you loved Alien, try Jaws, also a Steven Spielberg film."),
    # a year inside a fronted credit of making: the subject's
    ("Directed by Steven Spielberg in 1975, Jaws stars Roy Scheider.",
     "Directed by Steven Spielberg in 1974, Jaws stars Roy Scheider."),
    ("Directed by Steven Spielberg, Jaws stars Roy Scheider.",
     "Shot by Bill Butler in 1975, Jaws stars Roy Scheider."),  # shooting is not the release
])
def test_also_a_maker_film_and_a_year_in_a_fronted_credit(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:474").supported, true_text
    assert not movies.check(false_text, [], user="user:474").supported, false_text


def test_another_shares_all_of_it_with_one_item(movies):
    # Yojimbo is Kurosawa's but no drama; Wit is a drama with no director stored: no one item
    # is "another Akira Kurosawa drama"
    assert not movies.check("Since you loved Yojimbo and Wit, try Ran, another Akira Kurosawa drama film.",
                            [], user="user:474").supported
    assert movies.check("You loved Jurassic Park, so try Jaws, another Steven Spielberg film.",
                        [], user="user:474").supported


@pytest.mark.parametrize("shape", [
    "You loved {a} and {b}. {c} is also a {g} film by {d}.",
    "You loved {a} and {b}; {c} is, too, a {g} film by {d}.",
    "You loved {a} and {b}; {c} is a {g} film by {d} too.",
    "You loved {a} and {b}; {c} is a {g} film by {d} as well.",
])
def test_also_a_kind_is_one_item_of_that_kind(movies, shape):
    # Maverick is Richard Donner's but no crime film; Get Shorty is a crime film he did not
    # direct: no one item is "also a crime film by Richard Donner"
    false = shape.format(a="Maverick", b="Get Shorty", c="Lethal Weapon 3", g="crime", d="Richard Donner")
    assert not movies.check(false, [], user="user:385").supported, false
    true = shape.format(a="Maverick", b="Get Shorty", c="Lethal Weapon 3", g="comedy", d="Richard Donner")
    assert movies.check(true, [], user="user:385").supported, true  # Maverick is one


@pytest.mark.parametrize("true_text,false_text", [
    # "A, which ..., and B, which ...": each relative clause is its own name's
    ("Chess Records has signed Howlin' Wolf, which plays blues, and Muddy Waters, which influenced Jimi Hendrix.",
     "Chess Records has signed Howlin' Wolf, which plays blues, and Muddy Waters, which influenced Pixies."),
    ("Chess Records signed Muddy Waters, which influenced Jimi Hendrix, and Howlin' Wolf, which you listened to.",
     "Chess Records signed Muddy Waters, which influenced Jimi Hendrix, and Howlin' Wolf, which influenced Jimi Hendrix."),
    # "X was influenced by A and B was ...": a singular verb after B begins B's own clause
    ("Prince was influenced by James Brown and Michael Jackson was influenced by James Brown.",
     "Prince was influenced by James Brown and Michael Jackson was influenced by Prince."),
])
def test_each_relative_and_a_singular_verb_after_a_list(true_text, false_text):
    from kgexplain.datasets.music import music_graph
    checker = ConsistencyChecker(music_graph(), outside_evidence=True)
    assert checker.check(true_text, [], user="user:luca").supported, true_text
    assert not checker.check(false_text, [], user="user:luca").supported, false_text
    # without a relative of its own before, "A and B, which ..." is still said of both
    assert not checker.check("Chess Records has signed Howlin' Wolf and Muddy Waters, which influenced Jimi Hendrix.",
                             [], user="user:luca").supported


@pytest.mark.parametrize("user,true_text,false_text", [
    # the registry's own phrase says no more than its relation: not "the only composer"
    ("user:313", "Muppet Treasure Island has music by Hans Zimmer, who also composed the music for The Rock, which you watched.",
     "Muppet Treasure Island has music by Hans Zimmer, who also composed the music for Alien, which you watched."),
    # a name that ends in its own "?" before a capital ends the sentence
    ("user:561", "You loved What About Bob? What About Bob? is produced by Laura Ziskin.",
     "You loved What About Bob? What About Bob? is produced by Frank Oz."),
    ("user:561", "Laura Ziskin produced What About Bob? It is directed by Frank Oz.",
     "Laura Ziskin produced What About Bob? It is directed by Laura Ziskin."),
])
def test_template_texts_on_the_example_graph(movies, user, true_text, false_text):
    assert movies.check(true_text, [], user=user).supported, true_text
    assert not movies.check(false_text, [], user=user).supported, false_text


@pytest.mark.parametrize("user,true_text,false_text", [
    # "B influenced C too": another item of the text (the subject's place) influenced C, said or not
    ("user:kira", "You listened to The Velvet Underground; Sex Pistols influenced Joy Division too.",
     "You listened to The Velvet Underground; Sex Pistols influenced David Bowie too."),
    ("user:kira", "You listened to The Velvet Underground; Sex Pistols influenced Joy Division too.",
     "You listened to Blondie; Sex Pistols influenced Joy Division too."),
    # a name ending in "." before a capital ends the sentence
    ("user:greta", "Radiohead, which you listened to, was influenced by R.E.M. R.E.M. has the member Bill Berry.",
     "Radiohead, which you listened to, was influenced by R.E.M. R.E.M. has the member Thom Yorke."),
    ("user:nico", "The Strokes has the member Albert Hammond Jr. The Strokes plays indie rock.",
     "The Strokes has the member Albert Hammond Jr. The Strokes plays heavy metal."),
])
def test_template_texts_on_the_music_graph(user, true_text, false_text):
    from kgexplain.datasets.music import music_graph
    checker = ConsistencyChecker(music_graph(), outside_evidence=True)
    assert checker.check(true_text, [], user=user).supported, true_text
    assert not checker.check(false_text, [], user=user).supported, false_text


def test_one_name_for_entities_of_different_types(movies):
    # the person Adam Sandler wrote Big Daddy; the tag "Adam Sandler" is on it: each where it stands
    ev = [("movie:2694", "written_by", "person:Adam_Sandler"), ("movie:2694", "has_tag", "tag:adam_sandler")]
    checker = ConsistencyChecker(kgx.KnowledgeGraph.example())
    text = "Big Daddy is written by Adam Sandler. Big Daddy is tagged Adam Sandler."
    assert checker.check(text, ev).supported
    assert not checker.check("Big Daddy is tagged Adam Sandler, who wrote Happy Gilmore.", ev).supported
    # but two films of one name stay one film throughout
    assert not movies.check("Psycho is directed by Alfred Hitchcock. Psycho stars Anne Heche.", []).supported


@pytest.mark.parametrize("true_text,false_text", [
    # "The Fan" opening a text is the film (an article alone does not refer)
    ("The Fan has music by Hans Zimmer.", "The Fan has music by John Williams."),
    # "Adventure" opening a sentence: the tag or the genre, as the cue says
    ("Adventure is a tag of both The Da Vinci Code and Lara Croft Tomb Raider: The Cradle of Life.",
     "Adventure is the genre of both The Da Vinci Code and Lara Croft Tomb Raider: The Cradle of Life."),
])
def test_names_opening_a_sentence(movies, true_text, false_text):
    ev = [("movie:782", "music_by", "person:Hans_Zimmer")]
    assert movies.check(true_text, ev).supported, true_text
    assert not movies.check(false_text, ev).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # "Heat is a crime thriller too": another item of the text is a crime thriller (Vertigo is a
    # thriller but no crime film)
    ("The Silence of the Lambs is a crime thriller. Heat is a crime thriller too.",
     "Vertigo is a thriller. Heat is a crime thriller too."),
    ("The Silence of the Lambs is a crime thriller. Heat is a crime thriller too.",
     "Jaws is an action film. Heat is an action thriller too."),
])
def test_a_stacked_kind_said_shared(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, true_text
    assert not movies.check(false_text, []).supported, false_text


def test_an_inline_singular_field_names_all(movies):
    # "Jaws, genre: horror" says horror is its genre (Jaws is an action film too)
    assert not movies.check("Jaws, genre: horror.", []).supported
    assert movies.check("Alien, genres: horror and sci-fi.", []).supported
    assert movies.check("Heat, director: Michael Mann.", []).supported


@pytest.mark.parametrize("text", [
    # red team 32: the listed subjects are not each other's partner for "too"
    "Radiohead and U2 influenced Coldplay too.",
    "Radiohead and U2 influenced Coldplay as well.",
])
def test_a_listed_subject_is_no_partner_for_too(text):
    from kgexplain.datasets.music import music_graph
    checker = ConsistencyChecker(music_graph(), outside_evidence=True)
    assert not checker.check(text, []).supported, text


def test_a_kind_said_shared_after_a_comma(movies):
    # red team 32: ", too" after a kind needs one item with all of it as well
    false = ("Jaws is directed by Steven Spielberg. Star Wars: Episode IV - A New Hope is an adventure film. "
             "Jurassic Park is an adventure film by Steven Spielberg, too.")
    assert not movies.check(false, []).supported
    true = "Raiders of the Lost Ark is an adventure film by Steven Spielberg. Jurassic Park is an adventure film by Steven Spielberg, too."
    assert movies.check(true, []).supported


@pytest.mark.parametrize("true_text,false_text", [
    # "consider" / "have a look at" opening a clause after read words ("four stars")
    ("Since you rated Alien four stars, consider Aliens.", "Since you rated Alien five stars, consider Aliens."),
    ("Since you rated Alien four stars, have a look at Aliens.", "Since you rated Jaws four stars, have a look at Aliens."),
    ("Consider Aliens: it is a horror film.", "Consider Aliens: it is a western."),
    # "which, like Y, ...": the relative's predicate holds for the antecedent and for Y
    ("Try Aliens, which, like Alien, is a horror film.", "Try Aliens, which, like Jaws, is a sci-fi film."),
    ("Try Aliens, which like Alien is a sci-fi film.", "Try Vertigo, which, like North by Northwest, came out in 1958."),
])
def test_suggestion_openings_and_a_compared_relative(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # "X, whom you saw in Y": you watched Y (loved, for "loved" / "enjoyed"), and X is in Y
    ("Scrooged stars Bill Murray, whom you watched in Rushmore.", "Scrooged stars Bill Murray, whom you watched in Jaws."),
    ("Aliens stars Sigourney Weaver, whom you loved in Ghostbusters.", "Aliens stars Sigourney Weaver, whom you saw in Rushmore."),
    ("Terminator 2: Judgment Day stars Arnold Schwarzenegger, whom you enjoyed in Predator.",
     "Aliens stars Sigourney Weaver, whom you hated in Ghostbusters."),
    ("Sigourney Weaver, whom you saw in Ghostbusters, stars in Aliens.",
     "Sigourney Weaver, whom you saw in Ghostbusters, stars in Jaws."),
])
def test_a_person_you_saw_in_an_item(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # "the <noun> behind X" is "the <noun> of X"
    ("Death Becomes Her was directed by Robert Zemeckis, the director behind Forrest Gump.",
     "Death Becomes Her was directed by Robert Zemeckis, the director behind Alien."),
    ("Steven Spielberg is the director behind Jaws.", "Steven Spielberg is the writer behind Jaws."),
])
def test_the_noun_behind(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, true_text
    assert not movies.check(false_text, []).supported, false_text


def test_a_counted_apposition_on_the_list_before_it(movies):
    # "as are A and B, two films you rated highly": the two of the list before it
    assert movies.check("Jaws is a Steven Spielberg film, as are Raiders of the Lost Ark and Saving Private Ryan, "
                        "two films you rated highly.", [], user="user:1").supported
    assert not movies.check("Jaws is a Steven Spielberg film, as are Raiders of the Lost Ark and Saving Private Ryan, "
                            "three films you rated highly.", [], user="user:1").supported
    assert not movies.check("Steven Spielberg directed Jaws, Raiders of the Lost Ark and Saving Private Ryan, "
                            "two films you rated highly.", [], user="user:1").supported


@pytest.mark.parametrize("true_text,false_text", [
    # "X (co-)stars with / alongside Y in Z": both are in Z
    ("Linda Hamilton co-stars with Arnold Schwarzenegger in Terminator 2: Judgment Day.",
     "Linda Hamilton co-starred with Bill Murray in Terminator 2: Judgment Day."),
    ("Linda Hamilton stars alongside Arnold Schwarzenegger in Terminator 2: Judgment Day, which James Cameron directed.",
     "Linda Hamilton stars with Arnold Schwarzenegger in Jaws."),
])
def test_acting_with_someone_in_an_item(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, true_text
    assert not movies.check(false_text, []).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # "comes from / is by / is from the same N as Y(, Z)"
    ("Jaws comes from the same director as Jurassic Park.", "Jaws comes from the same director as Alien."),
    ("Jaws is by the same director as Jurassic Park, Steven Spielberg.",
     "Jaws is by the same director as Jurassic Park, James Cameron."),
    ("Jaws is from the same director as Jurassic Park.", "Jaws is by the same genre as Alien."),
])
def test_from_the_same_noun_as(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, true_text
    assert not movies.check(false_text, []).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # "<verb> the same <noun> as Y": the verb's relation shared with Y (the noun's, where it names one)
    ("Jaws was directed by the same person as Jurassic Park.", "Jaws was directed by the same person as Alien."),
    ("Jaws was directed by the same director as Jurassic Park, Steven Spielberg.",
     "Jaws was directed by the same composer as Jurassic Park."),
])
def test_verb_the_same_noun_as(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, true_text
    assert not movies.check(false_text, []).supported, false_text


def test_a_noun_from_a_has_phrase():
    # a relation declared "has a heart of" also reads "X's heart is Y" and "the heart of X is Y"
    kg = kgx.KnowledgeGraph.from_triples(
        [("perfume:opium", "has_heart_note", "note:clove"), ("perfume:opium", "has_heart_note", "note:jasmine"),
         ("perfume:opium", "has_base_note", "note:vanilla")],
        entities=[kgx.Entity("perfume:opium", kind="item", type="perfume", label="Opium"),
                  kgx.Entity("note:clove", label="clove"), kgx.Entity("note:jasmine", label="jasmine"),
                  kgx.Entity("note:vanilla", label="vanilla")],
        relations=[kgx.Relation("has_heart_note", phrase="has a heart of", inverse_phrase="is a heart note of"),
                   kgx.Relation("has_base_note", phrase="dries down to", inverse_phrase="is a base note of")])
    checker = ConsistencyChecker(kg, outside_evidence=True)
    assert checker.check("Opium's heart is clove and jasmine.", []).supported
    assert checker.check("The heart of Opium is clove and jasmine.", []).supported
    assert not checker.check("Opium's heart is vanilla.", []).supported


@pytest.mark.parametrize("text", [
    # red team 33: a described name opening a list the (plural or past) verb is said of
    "Al Pacino, whom you saw in Heat, and Robin Williams star in Jumanji.",
    "Michael Mann, the director behind Heat, and Joe Johnston directed Jumanji.",
    "Sidney Lumet, the director of Network, and Peter Bonerz directed Police Academy 6: City Under Siege.",
    "Steven Spielberg, the director of Die Hard: With a Vengeance, and Joe Johnston directed Jumanji.",
    # the year after "whom you saw in Y" is not the person's
    "Jack Nicholson, whom you watched in Easy Rider, was released in 1969.",
    "Jack Nicholson, whom you watched in Easy Rider in 1969, stars in Terms of Endearment.",
])
def test_red_team_33_holes(movies, text):
    assert not movies.check(text, [], user="user:1").supported, text


@pytest.mark.parametrize("true_text,false_text", [
    # "directed ... from a script / screenplay by X": X wrote it
    ("Alfred Hitchcock directed Psycho from a screenplay by Joseph Stefano.",
     "Psycho was directed by Alfred Hitchcock from a script by Robert Towne."),
    ("Terminator 2: Judgment Day, which James Cameron directed from a script by William Wisher, stars Linda Hamilton.",
     "Terminator 2: Judgment Day, which James Cameron directed from a script by Steven Spielberg, stars Linda Hamilton."),
])
def test_from_a_script_by(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, true_text
    assert not movies.check(false_text, []).supported, false_text


def test_they_for_the_people_listed_before(movies):
    # with no two items before it, "they" is the last list of people: each of them
    assert movies.check("Robert De Niro and Al Pacino appear in Heat; they also appear in The Godfather: Part II.", []).supported
    assert not movies.check("Robert De Niro and Al Pacino appear in Heat; they also appear in Jaws.", []).supported


@pytest.mark.parametrize("true_text,false_text", [
    # "X came out (in) the same year as Y": both have that one year
    ("Jaws came out the same year as Nashville.", "Jaws was released the same year as Alien."),
    ("You loved Alien. Jaws came out in the same year as Nashville.", "Jaws is from the same year as Alien."),
])
def test_the_same_year_as(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # "N year(s) after / before Y": the items' own years that far apart
    ("Gus Van Sant directed Psycho a year after Good Will Hunting.",
     "Gus Van Sant directed Psycho two years after Good Will Hunting."),
    ("Aliens came out seven years after Alien.", "Aliens came out six years after Alien."),
    ("Alien came out seven years before Aliens.", "Alien came out seven years after Aliens."),
])
def test_years_apart(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, true_text
    assert not movies.check(false_text, []).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # gapping: "X was directed by A and Y by B" is "and Y was directed by B"
    ("Vertigo was directed by Alfred Hitchcock and Chinatown by Roman Polanski.",
     "Vertigo was directed by Alfred Hitchcock and Chinatown by Robert Towne."),
    ("Vertigo was scored by Bernard Herrmann, and Jaws by John Williams.",
     "Vertigo was directed by Alfred Hitchcock and Chinatown by Alfred Hitchcock."),
])
def test_a_gapped_passive(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, true_text
    assert not movies.check(false_text, []).supported, false_text


@pytest.mark.parametrize("text", [
    # red team 34: "as do A and B" is the last predicate again (it was glue, the names saved only
    # by being unattached, and a user apposition attached them)
    "Jaws stars Roy Scheider, as do Heat and Toy Story, two films you watched.",
    "Aliens stars Sigourney Weaver, as do Ghostbusters and Heat.",
    "Peter Fonda appears alongside Peter Fonda in Easy Rider.",
])
def test_red_team_34_holes(movies, text):
    assert not movies.check(text, [], user="user:1").supported, text


def test_an_unresolved_it_in_a_shared_value_does_not_crash(movies):
    v = movies.check("Jurassic Park is great, and Jaws comes from the same director as it.", [])
    assert not v.supported


@pytest.mark.parametrize("text", [
    # red team 35: every listed item of a year comparison; nothing said after it; gapping only
    # after the clause's own passive
    "Alphaville came out the same year as Cat Ballou and Four Rooms.",
    "Aliens came out seven years after Alien and Vertigo.",
    "Aliens came out seven years after Alien and was directed by Ridley Scott.",
    "Roman Polanski directed Chinatown from a screenplay by Robert Towne and Psycho by Joseph Stefano.",
])
def test_red_team_35_holes(movies, text):
    assert not movies.check(text, []).supported, text
    assert movies.check("Jaws came out the same year as Nashville, Barry Lyndon and One Flew Over the Cuckoo's Nest.",
                        []).supported


@pytest.mark.parametrize("true_text,false_text", [
    # the clause goes on with the described person, never with the "you" of a nested user clause
    ("Alan Silvestri, the composer of Forrest Gump and Predator, two films you rated four stars, also wrote "
     "the music for Back to the Future Part II.",
     "Alan Silvestri, the composer of Forrest Gump and Predator, two films you rated four stars, also wrote "
     "the music for Jaws."),
    ("Alan Silvestri, the composer of Forrest Gump, which you loved, also wrote the music for Back to the Future Part II.",
     "Alan Silvestri, the composer of Forrest Gump, which you hated, also wrote the music for Back to the Future Part II."),
])
def test_the_subject_after_a_nested_user_clause(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # "whom you watched in A and B": each item
    ("Scrooged stars Bill Murray, whom you watched in Rushmore and Ed Wood.",
     "Scrooged stars Bill Murray, whom you watched in Rushmore and Jaws."),
    ("Bill Murray, whom you watched in Rushmore, Ed Wood and Ghostbusters, stars in Scrooged.",
     "Bill Murray, whom you watched in Rushmore and Ed Wood, stars in Jaws."),
])
def test_a_person_you_saw_in_a_list_of_items(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # the comma after an opening "If / Since ..." clause ends it; "should be next on your list"
    ("If you enjoyed Alien, Aliens should be next on your list.", "If you enjoyed Jaws, Aliens should be next on your list."),
    ("If you enjoyed Alien, Aliens is a horror film.", "If you enjoyed Alien, Aliens is a western."),
    ("You loved Alien. Aliens could be your next watch: James Cameron directed it.",
     "You loved Alien. Aliens could be your next watch: Ridley Scott directed it."),
])
def test_an_opening_clause_and_suggestions(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text
    # a list after the opening clause's verb stays its list
    assert movies.check("Since you loved Alien, Rushmore and Ed Wood, try Aliens.", [], user="user:1").supported


@pytest.mark.parametrize("true_text,false_text", [
    # a relative clause opened by a preposition: "Y, in which X stars" reads "X stars in Y"
    ("Heat, in which Al Pacino stars, is a crime film.", "Heat, in which Bill Murray stars, is a crime film."),
    ("You loved Rushmore, a comedy in which Bill Murray stars.",
     "You loved Rushmore, a comedy in which Al Pacino stars."),
    ("Ed Wood, for which Howard Shore composed the music, stars Johnny Depp.",
     "Ed Wood, for which Howard Shore wrote the screenplay, stars Johnny Depp."),
    ("Heat is a crime film in which Robert De Niro stars.", "Heat is a crime film in which Robert De Niro does not star."),
])
def test_a_relative_clause_after_a_preposition(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text
    # only the preposition the relation takes: "by which" names no acting
    assert not movies.check("Heat, by which Al Pacino stars, is a crime film.", [], user="user:1").supported


@pytest.mark.parametrize("true_text,false_text", [
    # "you loved X in Y": the user claim is said of Y, and X acts in Y
    ("You loved Bill Murray in Rushmore, so try Scrooged.", "You loved Bill Murray in Heat, so try Scrooged."),
    ("You loved Bill Murray in Rushmore and Ghostbusters.", "You loved Bill Murray in Rushmore and Psycho."),
    ("You saw Bill Murray in Ed Wood.", "You loved Al Pacino in Psycho."),
])
def test_a_person_you_loved_in_an_item(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # a count after "are" reads as "both" / "all" when it matches the list before it
    ("Rushmore and Ghostbusters are two comedies you loved.", "Rushmore and Ghostbusters are three comedies you loved."),
    ("Rushmore and Ghostbusters are two comedies.", "Rushmore and Heat are two comedies."),
])
def test_a_count_after_the_copula(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text


def _cars() -> kgx.KnowledgeGraph:
    cars = {"mx5": ("Mazda MX-5", "Japan", "inline-four engine", "roadster", "Mazda", "sports car"),
            "911": ("Porsche 911", "Germany", "flat-six engine", "coupé", "Porsche", "sports car"),
            "mustang": ("Ford Mustang", "United States", "V8 engine", "coupé", "Ford", "pony car"),
            "golf": ("Volkswagen Golf", "Germany", "inline-four engine", "hatchback", "Volkswagen", "compact car")}
    ents, triples = [], []
    for cid, (label, country, engine, body, maker, segment) in cars.items():
        ents.append(kgx.Entity(f"car:{cid}", kind="item", type="car", label=label))
        triples += [(f"car:{cid}", "country_of_origin", f"country:{country}"),
                    (f"car:{cid}", "powered_by", f"engine:{engine}"), (f"car:{cid}", "body_style", f"body:{body}"),
                    (f"car:{cid}", "manufactured_by", f"company:{maker}"), (f"car:{cid}", "segment", f"segment:{segment}")]
    for maker in {c[4] for c in cars.values()}:
        ents.append(kgx.Entity(f"company:{maker}", kind="attribute", type="company", label=maker))
    for segment in {c[5] for c in cars.values()}:
        ents.append(kgx.Entity(f"segment:{segment}", kind="attribute", type="segment", label=segment))
    for country in {c[1] for c in cars.values()}:
        ents.append(kgx.Entity(f"country:{country}", kind="attribute", type="country", label=country))
    for engine in {c[2] for c in cars.values()}:
        ents.append(kgx.Entity(f"engine:{engine}", kind="attribute", type="engine", label=engine))
    for body in {c[3] for c in cars.values()}:
        ents.append(kgx.Entity(f"body:{body}", kind="attribute", type="body_style", label=body))
    relations = [kgx.Relation("country_of_origin", phrase="comes from", inverse_phrase="is the country of origin of"),
                 kgx.Relation("powered_by", phrase="is powered by", inverse_phrase="powers"),
                 kgx.Relation("body_style", phrase="has the body style", inverse_phrase="is the body style of"),
                 kgx.Relation("manufactured_by", phrase="is manufactured by", inverse_phrase="manufactures"),
                 kgx.Relation("segment", phrase="belongs to the segment", inverse_phrase="is the segment of")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=relations)


@pytest.fixture(scope="module")
def cars() -> tuple[ConsistencyChecker, list]:
    kg = _cars()
    return ConsistencyChecker(kg), [(t.head, t.relation, t.tail) for t in kg.triples()]


@pytest.mark.parametrize("true_text,false_text", [
    # on a graph declared with phrases only: what an item has ("with", "has"), a country's
    # adjective, and the attribute's own type noun after it
    ("The Porsche 911 is a German coupé with a flat-six engine.", "The Porsche 911 is a German coupé with a V8 engine."),
    ("The Mazda MX-5 is a Japanese roadster.", "The Mazda MX-5 is a German roadster."),
    ("The Ford Mustang is an American car with a coupé body.", "The Ford Mustang is an American car with a roadster body."),
    ("The Volkswagen Golf has an inline-four engine.", "The Volkswagen Golf has a flat-six engine."),
    ("The Mazda MX-5 and the Volkswagen Golf both have inline-four engines.",
     "The Mazda MX-5 and the Porsche 911 both have inline-four engines."),
    ("The Porsche 911 has a coupé body style.", "The Porsche 911 does not have a coupé body style."),
])
def test_having_and_country_adjectives(cars, true_text, false_text):
    checker, evidence = cars
    assert checker.check(true_text, evidence).supported, true_text
    assert not checker.check(false_text, evidence).supported, false_text
    # a person or a place is not something an item is "with"
    assert not checker.check("The Porsche 911 is a car with Germany.", evidence).supported


@pytest.mark.parametrize("true_text,false_text", [
    # an appositive count that matches the list; what follows the kind is said of each item
    ("You loved Rushmore and Ghostbusters, two comedies.", "You loved Rushmore and Heat, two comedies."),
    ("You loved Rushmore and Ghostbusters, two comedies starring Bill Murray.",
     "You loved Rushmore and Ghostbusters, two comedies starring Al Pacino."),
    ("You loved Rushmore and Ghostbusters, both comedies that star Bill Murray.",
     "You loved Rushmore and Ghostbusters, three comedies that star Bill Murray."),
    # two genres joined by a hyphen are both said
    ("Forrest Gump is a comedy-drama directed by Robert Zemeckis.",
     "Forrest Gump is a comedy-horror directed by Robert Zemeckis."),
    # a suggestion says nothing of the item's worth
    ("If you loved Alien, Aliens is an easy pick.", "If you loved Alien, Aliens is a great pick."),
])
def test_counted_kinds_hyphens_and_picks(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text


def test_synonyms_of_a_declared_verb_and_agent_nouns():
    kg = kgx.KnowledgeGraph.from_triples(
        [("car:golf", "manufactured_by", "co:vw"), ("car:911", "manufactured_by", "co:porsche"),
         ("show:lore", "about", "topic:folklore"), ("show:pm", "about", "topic:economics")],
        entities=[kgx.Entity("car:golf", kind="item", type="car", label="Volkswagen Golf"),
                  kgx.Entity("car:911", kind="item", type="car", label="Porsche 911"),
                  kgx.Entity("co:vw", kind="attribute", type="company", label="Volkswagen"),
                  kgx.Entity("co:porsche", kind="attribute", type="company", label="Porsche"),
                  kgx.Entity("show:lore", kind="item", type="car", label="Lore"),
                  kgx.Entity("show:pm", kind="item", type="car", label="Planet Money"),
                  kgx.Entity("topic:folklore", kind="attribute", type="topic", label="folklore"),
                  kgx.Entity("topic:economics", kind="attribute", type="topic", label="economics")],
        relations=[kgx.Relation("manufactured_by", phrase="is manufactured by", inverse_phrase="manufactures"),
                   kgx.Relation("about", phrase="is about", inverse_phrase="is the topic of"),
                   kgx.Relation("hosted_by", phrase="is hosted by", inverse_phrase="hosts")])
    checker = ConsistencyChecker(kg)
    evidence = [(t.head, t.relation, t.tail) for t in kg.triples()]
    for true_text, false_text in [("Volkswagen makes the Volkswagen Golf.", "Volkswagen makes the Porsche 911."),
                                  ("The Porsche 911 is built by Porsche.", "The Porsche 911 is built by Volkswagen."),
                                  ("The Volkswagen Golf's manufacturer is Volkswagen.",
                                   "The Volkswagen Golf's manufacturer is Porsche."),
                                  ("Lore covers folklore.", "Lore covers economics."),
                                  ("Planet Money explores economics.", "Planet Money does not explore economics.")]:
        assert checker.check(true_text, evidence).supported, true_text
        assert not checker.check(false_text, evidence).supported, false_text
    # a synonym another relation of the graph says is not borrowed
    both = kgx.KnowledgeGraph.from_triples(
        [("car:golf", "manufactured_by", "co:vw"), ("car:golf", "sold_by", "co:porsche")],
        entities=[kgx.Entity("car:golf", kind="item", type="car", label="Volkswagen Golf"),
                  kgx.Entity("co:vw", kind="attribute", type="company", label="Volkswagen"),
                  kgx.Entity("co:porsche", kind="attribute", type="company", label="Porsche")],
        relations=[kgx.Relation("manufactured_by", phrase="is manufactured by", inverse_phrase="manufactures"),
                   kgx.Relation("sold_by", phrase="is made available by", inverse_phrase="makes available")])
    evidence = [(t.head, t.relation, t.tail) for t in both.triples()]
    assert not ConsistencyChecker(both).check("Porsche makes the Volkswagen Golf.", evidence).supported


@pytest.mark.parametrize("true_text,false_text", [
    # a fronted credit before "the" + item; "is a X." for a kind that is a count noun; "uses";
    # the type noun of a phrase "belongs to the segment" after the name; a maker's short name
    ("Manufactured by Porsche, the Porsche 911 is a coupé.", "Manufactured by Ford, the Porsche 911 is a coupé."),
    ("The Volkswagen Golf is a hatchback.", "The Volkswagen Golf is a roadster."),
    ("The Mazda MX-5 uses an inline-four engine.", "The Mazda MX-5 uses a V8 engine."),
    ("The Ford Mustang belongs to the pony car segment.", "The Ford Mustang belongs to the compact car segment."),
    ("The Mustang is a coupé from the United States.", "The Mustang is a coupé from Germany."),
    ("Like the MX-5, the Porsche 911 is a sports car.", "Like the Golf, the Porsche 911 is a sports car."),
])
def test_car_wording_on_phrases_only(cars, true_text, false_text):
    checker, evidence = cars
    assert checker.check(true_text, evidence).supported, true_text
    assert not checker.check(false_text, evidence).supported, false_text
    # a type of its own that is not a count noun: "is a Germany." says nothing
    assert not checker.check("The Porsche 911 is a Germany.", evidence).supported


def test_a_suggestion_agrees_with_a_rating_outside_the_evidence(movies):
    # "you may like X" for an item the user rated: checked against the graph's rating
    assert movies.check("You may like Heat.", [("user:1", "rated", "movie:6")], user="user:1").supported
    assert not movies.check("You may like Psycho.", [], user="user:1").supported


@pytest.mark.parametrize("true_text,false_text", [
    # a count or "both" after "are", before a kind noun and a user clause
    ("Heat and Goodfellas are two films you loved.", "Heat and Psycho are two films you loved."),
    ("Heat and Goodfellas are films you loved.", "Heat and Goodfellas are films you hated."),
    ("Heat, Goodfellas and Fargo are three films you loved.", "Heat, Goodfellas and Fargo are two films you loved."),
])
def test_films_you_loved_after_are(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text


def test_a_tag_named_like_a_person_is_not_what_a_film_is_with(movies):
    # red team 36: "with" / "has" never read the tag relation (tags are free text)
    assert not movies.check("Raiders of the Lost Ark is an action film with Steven Spielberg.", [],
                            user="user:1").supported
    assert not movies.check("2001: A Space Odyssey has Arthur C. Clarke.", [], user="user:1").supported


@pytest.mark.parametrize("true_text,false_text", [
    ("The Porsche 911 and the Ford Mustang are two coupés.", "The Porsche 911 and the Mazda MX-5 are two coupés."),
    ("The Volkswagen Golf and the Mazda MX-5 are two cars with inline-four engines.",
     "The Volkswagen Golf and the Porsche 911 are two cars with inline-four engines."),
    ("Both the Porsche 911 and the Volkswagen Golf come from Germany.",
     "Both the Porsche 911 and the Mazda MX-5 come from Germany."),
])
def test_car_lists(cars, true_text, false_text):
    checker, evidence = cars
    assert checker.check(true_text, evidence).supported, true_text
    assert not checker.check(false_text, evidence).supported, false_text


def test_a_place_based_compound():
    kg = kgx.KnowledgeGraph.from_triples(
        [("pod:serial", "based_in", "city:chicago"), ("pod:daily", "based_in", "city:nyc"),
         ("pod:serial", "about", "topic:crime"), ("pod:daily", "about", "topic:news"),
         ("pod:serial", "hosted_by", "person:sk")],
        entities=[kgx.Entity("pod:serial", kind="item", type="podcast", label="Serial"),
                  kgx.Entity("pod:daily", kind="item", type="podcast", label="The Daily"),
                  kgx.Entity("city:chicago", kind="attribute", type="city", label="Chicago"),
                  kgx.Entity("city:nyc", kind="attribute", type="city", label="New York"),
                  kgx.Entity("topic:crime", kind="attribute", type="topic", label="true crime"),
                  kgx.Entity("topic:news", kind="attribute", type="topic", label="news"),
                  kgx.Entity("person:sk", kind="attribute", type="person", label="Sarah Koenig")],
        relations=[kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to"),
                   kgx.Relation("about", phrase="is about", inverse_phrase="is the topic of")])
    checker = ConsistencyChecker(kg)
    evidence = [(t.head, t.relation, t.tail) for t in kg.triples()]
    assert checker.check("Serial is a Chicago-based podcast.", evidence).supported
    assert checker.check("The Daily is a New York-based podcast.", evidence).supported
    assert checker.check("Serial is a Chicago-based true crime podcast.", evidence).supported
    assert not checker.check("Serial is a New York-based podcast.", evidence).supported
    assert not checker.check("The Daily is a Chicago-based podcast.", evidence).supported
    # red team 37: only a place of the relation ("based in") makes the compound
    assert not checker.check("Serial is a Sarah Koenig-based podcast.", evidence).supported


@pytest.mark.parametrize("true_text,false_text", [
    # the gapped passive in a later clause and with "the"; a having predicate over objects of
    # two relations
    ("You loved Heat; Casablanca was directed by Michael Curtiz and Vertigo by Alfred Hitchcock.",
     "You loved Heat; Casablanca was directed by Michael Curtiz and Vertigo by Roman Polanski."),
])
def test_gapping_after_a_semicolon(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    ("The Porsche 911 has a coupé body style and a flat-six engine.",
     "The Porsche 911 has a coupé body style and a V8 engine."),
    ("The Volkswagen Golf is a car with a hatchback body and an inline-four engine.",
     "The Volkswagen Golf is a car with a hatchback body and a flat-six engine."),
    ("The Porsche 911 is made by Porsche, and the Volkswagen Golf by Volkswagen.",
     "The Porsche 911 is made by Porsche, and the Volkswagen Golf by Ford."),
])
def test_having_lists_and_gapping_with_the(cars, true_text, false_text):
    checker, evidence = cars
    assert checker.check(true_text, evidence).supported, true_text
    assert not checker.check(false_text, evidence).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # red team 37: a part (an engine) is had, never been; a kind (a segment) is been, never had
    ("The Porsche 911 is a coupé.", "The Porsche 911 is a flat-six engine."),
    ("The Volkswagen Golf and the Mazda MX-5 are two cars with inline-four engines.",
     "The Volkswagen Golf and the Mazda MX-5 are two inline-four engines."),
    ("The Porsche 911 is a sports car.", "The Porsche 911 has a sports car."),
    ("The Porsche 911 belongs to the sports car segment.", "The Porsche 911 uses a sports car segment."),
    ("The Porsche 911 has a coupé body style and a flat-six engine.", "The Porsche 911 is a coupé and a flat-six engine."),
    ("The Volkswagen Golf and the Mazda MX-5 are both cars with inline-four engines.",
     "The Volkswagen Golf and the Mazda MX-5 are both inline-four engines."),
])
def test_parts_are_had_and_kinds_are_been(cars, true_text, false_text):
    checker, evidence = cars
    assert checker.check(true_text, evidence).supported, true_text
    assert not checker.check(false_text, evidence).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # red team 37: a suggestion of an item the user disliked is false, however it is worded
    ("Since you loved Heat, try Goodfellas.", "Since you loved Heat, try Toys."),
    ("Goodfellas is an easy pick since you loved Heat.", "Toys is an easy pick since you loved Heat."),
    ("Try Goodfellas, since you loved Heat.", "Try Toys, since you loved Heat."),
])
def test_a_suggestion_never_offers_a_disliked_item(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text


def test_a_class_before_an_irregular_participle_and_a_rating_before_the_name():
    kg = kgx.KnowledgeGraph.from_triples(
        [("wine:tig", "has_style", "style:red"), ("wine:tig", "has_grape", "grape:sangiovese"),
         ("wine:tig", "from_country", "country:italy"), ("user:ana", "rated", "wine:tig", {"rating": 4})],
        entities=[kgx.Entity("wine:tig", kind="item", type="wine", label="Tignanello"),
                  kgx.Entity("style:red", kind="attribute", type="style", label="red"),
                  kgx.Entity("grape:sangiovese", kind="attribute", type="grape", label="Sangiovese"),
                  kgx.Entity("grape:merlot", kind="attribute", type="grape", label="Merlot"),
                  kgx.Entity("country:italy", kind="attribute", type="country", label="Italy"),
                  kgx.Entity("user:ana", kind="user", label="Ana")],
        relations=[kgx.Relation("has_style", phrase="has the style", inverse_phrase="is the style of"),
                   kgx.Relation("has_grape", phrase="is made from", inverse_phrase="is used in"),
                   kgx.Relation("from_country", phrase="is from", inverse_phrase="is the country of"),
                   kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by")])
    checker = ConsistencyChecker(kg)
    evidence = [(t.head, t.relation, t.tail) for t in kg.triples()]
    # "made" is a participle too: "a red made from X" says it of the wine
    assert checker.check("Tignanello is an Italian red made from Sangiovese.", evidence).supported
    assert not checker.check("Tignanello is an Italian red made from Merlot.", evidence).supported
    # "your four-star X": the user's rating of X
    assert checker.check("Your four-star Tignanello is a red.", evidence, user="user:ana").supported
    assert not checker.check("Your five-star Tignanello is a red.", evidence, user="user:ana").supported


@pytest.mark.parametrize("true_text,false_text", [
    # "both of which" is a quantifier, not a preposition of the relative clause's verb
    ("Heat and Goodfellas, both of which you loved, are crime films.",
     "Heat and Psycho, both of which you loved, are crime films."),
    ("Heat and The Insider, both of which Michael Mann directed, star Al Pacino.",
     "Heat and The Insider, both of which Michael Mann produced, star Al Pacino."),
])
def test_both_of_which(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # "as he did X": the clause's predicate again for the items after "did", same subject
    ("James Cameron directed Titanic, as he did Aliens and The Abyss.",
     "James Cameron directed Titanic, as he did Aliens and Alien."),
    ("James Horner wrote the score for Titanic, as he did for Aliens.",
     "James Horner wrote the score for Titanic, as he did for Alien."),
])
def test_as_he_did(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text


def test_as_he_did_after_a_year_and_other_people(movies):
    # "he" may stand for the clause's subject among the people named before; a year in
    # brackets is still checked
    assert movies.check("Titanic (1997) stars Kate Winslet, and James Horner wrote the score for it, as he did "
                        "for Aliens and Apollo 13.", [], user="user:1").supported
    assert not movies.check("James Horner wrote the score for Titanic (1998), as he did for Aliens.", [],
                            user="user:1").supported


@pytest.mark.parametrize("true_text,false_text", [
    # red team 38: a genre that is no count noun is no "a X" ("Heat is a crime."), alone, in a
    # list, an apposition or a count; "you should watch X" offers X, never a disliked one
    ("Heat is a crime film.", "Heat is a crime."),
    ("Heat is a thriller.", "Heat is a thriller and a crime."),
    ("Basic Instinct, a crime film, stars Charlotte Rampling.", "Basic Instinct, a crime, stars Charlotte Rampling."),
    ("Heat and Basic Instinct are two thrillers.", "Heat and Basic Instinct are two crimes."),
    ("Since you loved Heat, you should watch Goodfellas.", "Since you loved Heat, you should watch Toys."),
    ("A Few Good Men has a crime genre and a drama genre.", "A Few Good Men has a crime genre and a drama."),
])
def test_red_team_38_holes(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text
    # a row of kinds before its noun is still read
    assert movies.check("Heat and Basic Instinct are both crime thrillers.", [], user="user:1").supported


def test_whose_part_is_by(movies):
    # "Y, whose music is by X": Y has music by X
    assert movies.check("Heat, whose music is by Elliot Goldenthal, stars Al Pacino.", [], user="user:1").supported
    assert not movies.check("Heat, whose music is by John Williams, stars Al Pacino.", [], user="user:1").supported


@pytest.mark.parametrize("true_text,false_text", [
    # the user's rating said of a list after "to", and "X earned your N stars"
    ("You gave five stars to both Goodfellas and Fargo.", "You gave five stars to both Goodfellas and Heat."),
    ("Goodfellas earned your five stars.", "Heat earned your five stars."),
])
def test_ratings_given_to_a_list_and_earned(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text


def test_a_kind_set_in_a_place():
    # blind writers 11 and 12 (read after their runs): "set" is a participle too
    kg = kgx.KnowledgeGraph.from_triples(
        [("a:pb", "has_genre", "g:thriller"), ("a:pb", "set_in", "p:tokyo")],
        entities=[kgx.Entity("a:pb", kind="item", type="anime", label="Perfect Blue"),
                  kgx.Entity("g:thriller", kind="attribute", type="genre", label="thriller"),
                  kgx.Entity("p:tokyo", kind="attribute", type="place", label="Tokyo"),
                  kgx.Entity("p:kyoto", kind="attribute", type="place", label="Kyoto")],
        relations=[kgx.Relation("has_genre", phrase="belongs to the genre", inverse_phrase="is the genre of"),
                   kgx.Relation("set_in", phrase="is set in", inverse_phrase="is the setting of")])
    checker = ConsistencyChecker(kg)
    evidence = [(t.head, t.relation, t.tail) for t in kg.triples()]
    assert checker.check("Perfect Blue is a thriller set in Tokyo.", evidence).supported
    assert not checker.check("Perfect Blue is a thriller set in Kyoto.", evidence).supported


def _true_and_false(kg: kgx.KnowledgeGraph, true_text: str, false_text: str, user: str | None = None) -> None:
    """The true text is accepted and its false twin rejected, every triple of ``kg`` as evidence
    (``user``'s ratings with the threshold 4)."""
    checker = ConsistencyChecker(kg, rating_threshold=4.0)
    evidence = [(t.head, t.relation, t.tail) for t in kg.triples()]
    assert checker.check(true_text, evidence, user).supported, true_text
    assert not checker.check(false_text, evidence, user).supported, false_text


def _movie_twins(movies: ConsistencyChecker, true_text: str, false_text: str, user: str) -> None:
    """On the example graph (outside evidence allowed): the true text passes, its twin does not."""
    assert movies.check(true_text, [], user=user).supported, true_text
    assert not movies.check(false_text, [], user=user).supported, false_text


def _phrase_graph_texts(triples: list[tuple[str, str, str]], entities: list[kgx.Entity],
                        relations: list[kgx.Relation], true_texts: tuple[str, ...],
                        false_texts: tuple[str, ...]) -> None:
    """On a graph declared with phrases only (outside evidence allowed): every true text passes,
    every false one is rejected."""
    checker = ConsistencyChecker(kgx.KnowledgeGraph.from_triples(triples, entities=entities, relations=relations),
                                 outside_evidence=True)
    for text in true_texts:
        assert checker.check(text, []).supported, text
    for text in false_texts:
        assert not checker.check(text, []).supported, text


def _operas() -> kgx.KnowledgeGraph:
    """A graph declared with phrases only (blind writer 12's relations, read after its run)."""
    operas = {"otello": ("Otello", "verdi", "boito"), "falstaff": ("Falstaff", "verdi", "boito"),
              "tosca": ("Tosca", "puccini", "illica"), "boheme": ("La bohème", "puccini", "illica")}
    people = {"verdi": "Giuseppe Verdi", "puccini": "Giacomo Puccini", "boito": "Arrigo Boito",
              "illica": "Luigi Illica", "sardou": "Victorien Sardou"}
    entities = [kgx.Entity(f"o:{k}", kind="item", type="opera", label=v[0]) for k, v in operas.items()]
    entities += [kgx.Entity(f"p:{k}", kind="attribute", type="person", label=v) for k, v in people.items()]
    triples = [t for k, (_, c, lb) in operas.items()
               for t in ((f"o:{k}", "composed_by", f"p:{c}"), (f"o:{k}", "libretto_by", f"p:{lb}"))]
    triples.append(("o:tosca", "based_on_work_by", "p:sardou"))
    entities.append(kgx.Entity("g:tragedy", kind="attribute", type="genre", label="tragedy"))
    triples += [(f"o:{k}", "has_genre", "g:tragedy") for k in ("otello", "tosca", "boheme")]
    relations = [kgx.Relation("composed_by", phrase="was composed by", inverse_phrase="composed"),
                 kgx.Relation("libretto_by", phrase="has a libretto by", inverse_phrase="wrote the libretto of"),
                 kgx.Relation("based_on_work_by", phrase="is based on a work by",
                              inverse_phrase="wrote the source of"),
                 kgx.Relation("has_genre", phrase="is in the genre", inverse_phrase="is the genre of")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=entities, relations=relations)


@pytest.mark.parametrize("true_text,false_text", [
    # composing is authorship: "an opera by Verdi" names its composer, never its librettist
    ("Otello is an opera by Giuseppe Verdi.", "Otello is an opera by Arrigo Boito."),
    ("Otello is a Giuseppe Verdi opera.", "Tosca is a Giuseppe Verdi opera."),
    # "has a libretto by": the noun alone, its plural, and who writes one
    ("Otello and Falstaff both have librettos by Arrigo Boito.", "Otello and Tosca both have librettos by Arrigo Boito."),
    ("Tosca, with a libretto by Luigi Illica, was composed by Giacomo Puccini.",
     "Tosca, with a libretto by Arrigo Boito, was composed by Giacomo Puccini."),
    ("Otello and Falstaff share a librettist, Arrigo Boito.", "Otello and Falstaff share a librettist, Giuseppe Verdi."),
    ("Arrigo Boito wrote the libretto for Otello.", "Arrigo Boito wrote the libretto for Tosca."),
    # "is based on a work by" -> "based on works by"; "was composed by" -> "with music by"
    ("Tosca and La bohème are operas by Giacomo Puccini.", "Tosca and Otello are operas by Giacomo Puccini."),
    ("Tosca is based on works by Victorien Sardou.", "Otello is based on works by Victorien Sardou."),
    ("Falstaff is an opera with music by Giuseppe Verdi.", "Falstaff is an opera with music by Arrigo Boito."),
])
def test_phrase_only_authorship_and_parts(true_text, false_text):
    kg = _operas()
    _true_and_false(kg, true_text, false_text)


@pytest.mark.parametrize("true_text,false_text", [
    # a relative clause on the user after a genre apposition, and a modal one (a suggestion)
    ("Heat, a thriller you loved, stars Al Pacino.", "Toys, a comedy you loved, stars Robin Williams."),
    ("Heat, a thriller you loved, stars Al Pacino.", "Heat, a comedy you loved, stars Al Pacino."),
    ("We suggest Heat, a thriller you may like.", "We suggest Toys, a comedy you may like."),
    ("We suggest Heat, a film you might enjoy.", "We suggest Toys, a film you might enjoy."),
    # a second participle after "and" is said of the item, not of the user
    ("You loved Heat, directed by Michael Mann and scored by Elliot Goldenthal.",
     "You loved Heat, directed by Michael Mann and scored by John Williams."),
    # "with a <person> score": the score is by that person
    ("Heat is a thriller with an Elliot Goldenthal score.", "Heat is a thriller with a John Williams score."),
    # a suggestion after a relative clause, and "a natural next pick"
    ("Heat, which stars Al Pacino, is worth a look.", "Heat, which stars Tom Hanks, is worth a look."),
    ("Heat is a natural next pick: it stars Al Pacino.", "Toys is a natural next pick: it stars Robin Williams."),
    # "made" says directed where no relation of the graph says "make"
    ("Steven Spielberg made Jaws.", "Steven Spielberg made Alien."),
])
def test_blind_11_and_12_wordings(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # "Y, whose X you loved": X is Y's, and the user clause is said of X
    ("Jaws was directed by Steven Spielberg, whose E.T. the Extra-Terrestrial you loved.",
     "Jaws was directed by Steven Spielberg, whose Alien you loved."),
    ("Jaws was directed by Steven Spielberg, whose E.T. the Extra-Terrestrial you rated 5 stars.",
     "Jaws was directed by Steven Spielberg, whose E.T. the Extra-Terrestrial you rated 4 stars."),
    # after the clause, the sentence goes on with its own subject (dev writer 26)
    ("Jurassic Park was directed by Steven Spielberg, whose E.T. the Extra-Terrestrial you loved, and shot by Dean Cundey.",
     "Jurassic Park was directed by Steven Spielberg, whose E.T. the Extra-Terrestrial you loved, and shot by Janusz Kamiński."),
])
def test_whose_item_you_rated(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text


def _beers() -> kgx.KnowledgeGraph:
    hops = {"pliny": ("Pliny the Elder", ["simcoe", "amarillo"]), "zombie": ("Zombie Dust", ["citra"]),
            "heady": ("Heady Topper", ["simcoe", "citra"])}
    entities = [kgx.Entity(f"b:{k}", kind="item", type="beer", label=v[0]) for k, v in hops.items()]
    entities += [kgx.Entity(f"h:{h}", kind="attribute", type="hop", label=h.title())
                 for h in ("simcoe", "amarillo", "citra")]
    triples = [(f"b:{k}", "hopped_with", f"h:{h}") for k, (_, hs) in hops.items() for h in hs]
    return kgx.KnowledgeGraph.from_triples(
        triples, entities=entities,
        relations=[kgx.Relation("hopped_with", phrase="is hopped with", inverse_phrase="is a hop in")])


@pytest.mark.parametrize("true_text,false_text", [
    # "is a hop in": "one of the hops in X" (some), "the hop in X" (the only one)
    ("Heady Topper is hopped with Simcoe, one of the hops in Pliny the Elder.",
     "Heady Topper is hopped with Citra, one of the hops in Pliny the Elder."),
    ("Heady Topper is hopped with Citra, the hop in Zombie Dust.",
     "Heady Topper is hopped with Simcoe, the hop in Pliny the Elder."),
    ("Simcoe is one of the hops in Pliny the Elder.", "Citra is one of the hops in Pliny the Elder."),
])
def test_a_noun_with_its_own_preposition(true_text, false_text):
    kg = _beers()
    _true_and_false(kg, true_text, false_text)


@pytest.mark.parametrize("user,true_text,false_text", [
    # a counted genre apposition with a user clause: each item is one, and each was rated so
    ("user:42", "The Silence of the Lambs and Seven, two thrillers you rated highly, both have music by Howard Shore.",
     "The Silence of the Lambs and Seven, two comedies you rated highly, both have music by Howard Shore."),
    ("user:42", "The Silence of the Lambs and Seven, two thrillers you rated highly, both have music by Howard Shore.",
     "The Silence of the Lambs and Toys, two thrillers you rated highly, both have music by Howard Shore."),
    # an agent noun with "on"
    ("user:1", "Roger Deakins was the cinematographer on both The Shawshank Redemption and The Big Lebowski.",
     "Roger Deakins was the cinematographer on both The Shawshank Redemption and Heat."),
    # "the (same) pair / team behind X": every fact of the clause holds of X too
    ("user:1", "Jaws was directed by Steven Spielberg and scored by John Williams, the pairing behind E.T. the Extra-Terrestrial.",
     "Jaws was directed by Steven Spielberg and scored by John Williams, the pairing behind Heat."),
    ("user:1", "Jaws was directed by Steven Spielberg and scored by John Williams, the same team behind E.T. the Extra-Terrestrial.",
     "Jaws was directed by Steven Spielberg and edited by Verna Fields, the same team behind E.T. the Extra-Terrestrial."),
])
def test_dev_25_and_26_movie_wordings(movies, user, true_text, false_text):
    assert movies.check(true_text, [], user=user).supported, true_text
    assert not movies.check(false_text, [], user=user).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # red team 39: a clause on "you" that says nothing readable does not swallow the sentence
    ("Heat, a thriller you loved, stars Al Pacino.", "Heat, a thriller you should try, stars Tom Hanks."),
    # a negated suggestion says nothing the graph can back
    ("Heat, a thriller you may like, stars Al Pacino.", "Heat, a thriller you may not like, stars Al Pacino."),
    # "A and B share X" / "A shares X with B": both, by one same relation
    ("Heat and Ronin share Robert De Niro.", "Heat and Ronin share Al Pacino."),
    ("Heat shares Robert De Niro with Ronin.", "Heat shares Al Pacino with Ronin."),
])
def test_red_team_39_and_shared_values(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text


def test_two_items_each_with_a_relative_clause_then_both():
    # red team 39: "A, a beer you loved, and B, a beer you may like, are both brewed by X" is
    # said of both A and B (it used to be checked on B alone)
    kg = kgx.KnowledgeGraph.from_triples(
        [("b:pliny", "brewed_by", "x:rr"), ("b:zd", "brewed_by", "x:3f"), ("b:gh", "brewed_by", "x:3f"),
         ("u:m", "rated", "b:pliny", {"rating": 5}), ("u:m", "rated", "b:zd", {"rating": 5})],
        entities=[kgx.Entity("b:pliny", kind="item", type="beer", label="Pliny the Elder"),
                  kgx.Entity("b:zd", kind="item", type="beer", label="Zombie Dust"),
                  kgx.Entity("b:gh", kind="item", type="beer", label="Gumballhead"),
                  kgx.Entity("x:rr", kind="attribute", type="brewery", label="Russian River Brewing"),
                  kgx.Entity("x:3f", kind="attribute", type="brewery", label="Three Floyds Brewing"),
                  kgx.Entity("u:m", kind="user", type="user", label="Maya")],
        relations=[kgx.Relation("brewed_by", phrase="is brewed by", inverse_phrase="brews"),
                   kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by")])
    checker = ConsistencyChecker(kg)
    evidence = [(t.head, t.relation, t.tail) for t in kg.triples()]
    for false_text in ("Pliny the Elder, which you loved, and Zombie Dust, which you loved, are both brewed by Three Floyds Brewing.",
                       "Pliny the Elder, a beer you loved, and Gumballhead, a beer you may like, are both brewed by Three Floyds Brewing."):
        assert not checker.check(false_text, evidence, "u:m").supported, false_text
    assert checker.check("Gumballhead, a beer you may like, and Zombie Dust, a beer you loved, are both brewed by "
                         "Three Floyds Brewing.", evidence, "u:m").supported


@pytest.mark.parametrize("true_text,false_text", [
    # a count in "one of the N hops in X" is X's number of hops; "the single / only hop": all
    ("Heady Topper is hopped with Simcoe, one of the two hops in Pliny the Elder.",
     "Heady Topper is hopped with Simcoe, one of the three hops in Pliny the Elder."),
    ("Heady Topper is hopped with Citra, the single hop in Zombie Dust.",
     "Heady Topper is hopped with Simcoe, the only hop in Pliny the Elder."),
])
def test_counted_and_only_relation_nouns(true_text, false_text):
    kg = _beers()
    _true_and_false(kg, true_text, false_text)


@pytest.mark.parametrize("true_text,false_text", [
    # two relation nouns joined by a hyphen are both said
    ("Frank Darabont is the writer-director of The Shawshank Redemption.", "Frank Darabont is the writer-director of Heat."),
    ("True Lies is written and directed by James Cameron, the writer-director of Aliens.",
     "True Lies is written and directed by James Cameron, the writer-director of Jaws."),
])
def test_hyphen_joined_relation_nouns(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text


def test_first_made_in_a_year():
    # "first brewed / served / taught in 1981": the item's own year
    kg = kgx.KnowledgeGraph.from_triples(
        [("b:c", "brewed_by", "x:sn")],
        entities=[kgx.Entity("b:c", kind="item", type="beer", label="Celebration Ale", attrs={"year": 1981}),
                  kgx.Entity("x:sn", kind="attribute", type="brewery", label="Sierra Nevada")],
        relations=[kgx.Relation("brewed_by", phrase="is brewed by", inverse_phrase="brews")])
    checker = ConsistencyChecker(kg)
    evidence = [(t.head, t.relation, t.tail) for t in kg.triples()]
    assert checker.check("Celebration Ale, first brewed in 1981, is brewed by Sierra Nevada.", evidence).supported
    assert not checker.check("Celebration Ale, first brewed in 1982, is brewed by Sierra Nevada.", evidence).supported


def _courses() -> kgx.KnowledgeGraph:
    courses = {"cs50w": ("CS50W", ["malan", "yu"], "harvard"), "cs50ai": ("CS50 AI", ["malan", "yu"], "harvard"),
               "ml": ("Machine Learning", ["ng"], "stanford"), "algo": ("Algorithms", ["sedgewick", "wayne", "ng"], "princeton")}
    people = {"malan": "David J. Malan", "yu": "Brian Yu", "ng": "Andrew Ng", "sedgewick": "Robert Sedgewick",
              "wayne": "Kevin Wayne"}
    entities = [kgx.Entity(f"c:{k}", kind="item", type="course", label=v[0]) for k, v in courses.items()]
    entities += [kgx.Entity(f"p:{k}", kind="attribute", type="person", label=v) for k, v in people.items()]
    entities += [kgx.Entity(f"u:{k}", kind="attribute", type="university", label=k.title() + " University")
                 for k in ("harvard", "stanford", "princeton")]
    triples = [(f"c:{k}", "taught_by", f"p:{p}") for k, (_, ps, _) in courses.items() for p in ps]
    triples += [(f"c:{k}", "offered_by", f"u:{u}") for k, (_, _, u) in courses.items()]
    return kgx.KnowledgeGraph.from_triples(
        triples, entities=entities,
        relations=[kgx.Relation("taught_by", phrase="is taught by", inverse_phrase="teaches"),
                   kgx.Relation("offered_by", phrase="is offered by", inverse_phrase="offers")])


@pytest.mark.parametrize("true_text,false_text", [
    # "the two instructors of X": both names, and all of X's
    ("CS50 AI is taught by David J. Malan and Brian Yu, the two instructors of CS50W.",
     "CS50 AI is taught by David J. Malan and Brian Yu, the three instructors of CS50W."),
    # "comes from" the one relation that ends in the object's type
    ("CS50W comes from Harvard University.", "CS50W comes from Stanford University."),
    # "the pair behind X": the two people just listed
    ("CS50 AI is co-taught by David J. Malan and Brian Yu, the pair behind CS50W.",
     "CS50 AI is co-taught by David J. Malan and Brian Yu, the pair behind Machine Learning."),
    # "co-taught" needs a partner; the instructor noun
    ("Andrew Ng is one of the instructors of Algorithms.", "Brian Yu is one of the instructors of Algorithms."),
])
def test_course_wordings(true_text, false_text):
    kg = _courses()
    _true_and_false(kg, true_text, false_text)


@pytest.mark.parametrize("text", [
    # red team 40
    "Lethal Weapon, directed by Richard Donner and shot by Stephen Goldblatt, the same team behind Young Sherlock Holmes, stars Danny Glover.",
    "Rushmore was directed by Wes Anderson and shot by Robert Yeoman, the same trio behind Bottle Rocket.",
    "Desperado was directed by Robert Rodriguez and edited by Robert Rodriguez, the pair behind From Dusk Till Dawn.",
    "Billy Madison and The Wedding Singer share Adam Sandler.",
])
def test_red_team_40_holes(movies, text):
    assert not movies.check(text, [], user="user:1").supported, text


def test_rated_relative_clauses_then_both():
    kg = _beers()
    kg = kgx.KnowledgeGraph.from_triples(
        [*((t.head, t.relation, t.tail) for t in kg.triples()),
         ("u:m", "rated", "b:pliny", {"rating": 5}), ("u:m", "rated", "b:zombie", {"rating": 4})],
        entities=[*kg.entities(), kgx.Entity("u:m", kind="user", type="user", label="Maya")],
        relations=[kgx.Relation("hopped_with", phrase="is hopped with", inverse_phrase="is a hop in"),
                   kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by")])
    checker = ConsistencyChecker(kg)
    evidence = [(t.head, t.relation, t.tail) for t in kg.triples()]
    assert not checker.check("Pliny the Elder, which you rated 5 stars, and Zombie Dust, which you rated 4 stars, "
                             "are both hopped with Citra.", evidence, "u:m").supported


def test_a_relative_clause_then_and_b_were_both(movies):
    # blind writer 11 (read after its run): "A, which you gave five stars, and B were both ..."
    ok = "Fight Club, which you gave five stars, and Seven were both directed by David Fincher."
    assert movies.check(ok, [], user="user:1").supported
    for false_text in ("Fight Club, which you gave five stars, and Heat were both directed by David Fincher.",
                       "Heat, which you loved, and Seven were both directed by David Fincher.",
                       "Fight Club, which you gave four stars, and Seven were both directed by David Fincher."):
        assert not movies.check(false_text, [], user="user:1").supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # "the same year" after "and", said of the clause's item; and of a plural subject
    ("You loved Heat. Casino also stars Robert De Niro and came out the same year.",
     "You loved Heat. Toys also stars Robin Williams and came out the same year."),
    ("Heat and Casino came out the same year.", "Heat and Toys came out the same year."),
])
def test_the_same_year_after_and_and_of_a_list(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:1").supported, true_text
    assert not movies.check(false_text, [], user="user:1").supported, false_text


@pytest.mark.parametrize("text", [
    # red team 41: "from" names who made or offers an item, never a part or a kind
    "Heady Topper comes from Citra.",
    "Heady Topper is a beer from Simcoe.",
    # a count said over two items; a "pair" of a hop and a venue
    "Heady Topper is hopped with Simcoe, one of the two hops in both Pliny the Elder and Zombie Dust.",
])
def test_red_team_41_holes(text):
    kg = _beers()
    checker = ConsistencyChecker(kg)
    evidence = [(t.head, t.relation, t.tail) for t in kg.triples()]
    assert not checker.check(text, evidence).supported, text


def test_a_pair_is_of_people(movies):
    assert not movies.check("Heat stars Al Pacino and has the genre Crime, the pair behind Scarface.", [],
                            user="user:1").supported


def test_a_user_clause_right_after_a_name():
    # blind writer 14 (read after its run): "Like the Peach Melba you loved, ..." reads as
    # "Peach Melba, which you loved"; the rating is checked as in any user clause
    kg = kgx.KnowledgeGraph.from_triples(
        [("d:melba", "made_with", "i:icecream"), ("d:jubilee", "made_with", "i:icecream"),
         ("d:tatin", "made_with", "i:butter"),
         ("u:m", "rated", "d:melba", {"rating": 5}), ("u:m", "rated", "d:tatin", {"rating": 2})],
        entities=[kgx.Entity("d:melba", kind="item", type="dish", label="Peach Melba"),
                  kgx.Entity("d:jubilee", kind="item", type="dish", label="Cherries Jubilee"),
                  kgx.Entity("d:tatin", kind="item", type="dish", label="Tarte Tatin"),
                  kgx.Entity("i:icecream", kind="attribute", type="ingredient", label="vanilla ice cream"),
                  kgx.Entity("i:butter", kind="attribute", type="ingredient", label="butter"),
                  kgx.Entity("u:m", kind="user", type="user", label="Maya")],
        relations=[kgx.Relation("made_with", phrase="is made with", inverse_phrase="is an ingredient of"),
                   kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by")])
    checker = ConsistencyChecker(kg)
    evidence = [(t.head, t.relation, t.tail) for t in kg.triples()]
    assert checker.check("Like the Peach Melba you loved, Cherries Jubilee is made with vanilla ice cream.",
                         evidence, "u:m").supported
    for false_text in ("Like the Tarte Tatin you loved, Cherries Jubilee is made with vanilla ice cream.",
                       "Like the Peach Melba you loved, Cherries Jubilee is made with butter.",
                       "Like the Peach Melba you rated four stars, Cherries Jubilee is made with vanilla ice cream."):
        assert not checker.check(false_text, evidence, "u:m").supported, false_text


def _dishes() -> kgx.KnowledgeGraph:
    """Recipes declared with phrases only: a cuisine (a class said as an adjective), a course (a
    kind of dish), ingredients."""
    E = kgx.Entity
    return kgx.KnowledgeGraph.from_triples(
        [("d:tiramisu", "cuisine_of", "c:italian"), ("d:tiramisu", "served_as", "k:dessert"),
         ("d:tiramisu", "made_with", "i:coffee"), ("d:tiramisu", "made_with", "i:mascarpone"),
         ("d:ossobuco", "cuisine_of", "c:italian"), ("d:ossobuco", "served_as", "k:main"),
         ("d:ossobuco", "made_with", "i:butter"),
         ("d:tatin", "cuisine_of", "c:french"), ("d:tatin", "served_as", "k:dessert"),
         ("d:tatin", "made_with", "i:butter"),
         ("u:t", "rated", "d:ossobuco", {"rating": 4}), ("u:t", "rated", "d:tatin", {"rating": 5})],
        entities=[E("d:tiramisu", kind="item", type="dish", label="Tiramisu"),
                  E("d:ossobuco", kind="item", type="dish", label="Ossobuco"),
                  E("d:tatin", kind="item", type="dish", label="Tarte Tatin"),
                  E("c:italian", kind="attribute", type="cuisine", label="Italian cuisine", aliases=("Italian",)),
                  E("c:french", kind="attribute", type="cuisine", label="French cuisine", aliases=("French",)),
                  E("k:dessert", kind="attribute", type="course", label="dessert"),
                  E("k:main", kind="attribute", type="course", label="main course"),
                  E("i:coffee", kind="attribute", type="ingredient", label="coffee"),
                  E("i:butter", kind="attribute", type="ingredient", label="butter"),
                  E("i:mascarpone", kind="attribute", type="ingredient", label="mascarpone"),
                  E("u:t", kind="user", type="user", label="Tom")],
        relations=[kgx.Relation("cuisine_of", phrase="is a dish of", inverse_phrase="includes the dish"),
                   kgx.Relation("served_as", phrase="is served as", inverse_phrase="is the course for"),
                   kgx.Relation("made_with", phrase="is made with", inverse_phrase="goes into"),
                   kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by")])


@pytest.mark.parametrize("true_text,false_text", [
    # a course is a kind of dish: "a dessert", "an Italian dessert" (cuisine and course)
    ("Tiramisu is a dessert.", "Ossobuco is a dessert."),
    ("Try Tiramisu, an Italian dessert.", "Try Tarte Tatin, an Italian dessert."),
    ("Tiramisu is an Italian dessert.", "Tiramisu is a French dessert."),
    # "recipe" / "dish" name the items
    ("Ossobuco and Tarte Tatin are both recipes made with butter.",
     "Ossobuco and Tiramisu are both recipes made with butter."),
    # a rating said as "a five-star N for you"
    ("Try Ossobuco, a four-star dish for you, made with butter.",
     "Try Ossobuco, a five-star dish for you, made with butter."),
    ("Tiramisu, like Tarte Tatin (a five-star dish for you), is a dessert.",
     "Tiramisu, like Tarte Tatin (a four-star dish for you), is a dessert."),
    ("Since Tarte Tatin was a five-star dish for you, try Tiramisu, another dessert.",
     "Since Ossobuco was a five-star dish for you, try Tiramisu, another dessert."),
    # "Y does too / as well" after "and" or ";": the clause before, said of Y
    ("Ossobuco is made with butter, and Tarte Tatin is too.",
     "Ossobuco is made with butter, and Tiramisu is too."),
])
def test_dishes_courses_and_star_nouns(true_text, false_text):
    _true_and_false(_dishes(), true_text, false_text, "u:t")


@pytest.mark.parametrize("true_text,false_text", [
    ("Jumanji stars Robin Williams, and The Birdcage does too.",
     "Jumanji stars Robin Williams, and Heat does too."),
    ("Jumanji stars Robin Williams; The Birdcage does, too.",
     "Jumanji stars Robin Williams; Heat does, too."),
    ("Jumanji stars Robin Williams, and The Birdcage does as well.",
     "Jumanji stars Robin Williams, and Heat does as well."),
])
def test_and_y_does_too(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:1")


def test_an_article_in_an_alias_is_glue():
    # an alias written "the Highline" still lets "the Highline Trail" name the trail
    E = kgx.Entity
    kg = kgx.KnowledgeGraph.from_triples(
        [("t:high", "graded", "g:moderate"), ("t:sky", "graded", "g:strenuous")],
        entities=[E("t:high", kind="item", type="trail", label="Highline Trail", aliases=("the Highline",)),
                  E("t:sky", kind="item", type="trail", label="Sky Pond Trail"),
                  E("g:moderate", kind="attribute", type="grade", label="moderate"),
                  E("g:strenuous", kind="attribute", type="grade", label="strenuous")],
        relations=[kgx.Relation("graded", phrase="is graded", inverse_phrase="is the grade of")])
    checker = ConsistencyChecker(kg)
    evidence = [(t.head, t.relation, t.tail) for t in kg.triples()]
    for text in ("The Highline Trail is graded moderate.", "Try the Highline, a moderate hike."):
        assert checker.check(text, evidence).supported, text
    for text in ("The Highline Trail is graded strenuous.", "Try the Highline, a strenuous hike."):
        assert not checker.check(text, evidence).supported, text


def _trails() -> kgx.KnowledgeGraph:
    E = kgx.Entity
    return kgx.KnowledgeGraph.from_triples(
        [("t:sky", "located_in", "p:rmnp"), ("t:emerald", "located_in", "p:rmnp"),
         ("t:mist", "located_in", "p:yosemite"), ("t:sky", "features", "f:lake"),
         ("t:grinnell", "features", "f:lake"), ("t:mist", "features", "f:falls"),
         ("t:sky", "graded", "g:strenuous"), ("t:grinnell", "graded", "g:strenuous"),
         ("t:emerald", "graded", "g:easy"),
         ("u:p", "rated", "t:grinnell", {"rating": 4}), ("u:p", "rated", "t:emerald", {"rating": 5}),
         ("u:p", "rated", "t:mist", {"rating": 2})],
        entities=[E("t:sky", kind="item", type="trail", label="Sky Pond Trail", aliases=("Sky Pond",)),
                  E("t:emerald", kind="item", type="trail", label="Emerald Lake Trail"),
                  E("t:grinnell", kind="item", type="trail", label="Grinnell Glacier Trail"),
                  E("t:mist", kind="item", type="trail", label="Mist Trail"),
                  E("p:rmnp", kind="attribute", type="park", label="Rocky Mountain National Park"),
                  E("p:yosemite", kind="attribute", type="park", label="Yosemite National Park"),
                  E("f:lake", kind="attribute", type="feature", label="alpine lake"),
                  E("f:falls", kind="attribute", type="feature", label="waterfalls"),
                  E("g:strenuous", kind="attribute", type="grade", label="strenuous"),
                  E("g:easy", kind="attribute", type="grade", label="easy"),
                  E("u:p", kind="user", type="user", label="Priya")],
        relations=[kgx.Relation("located_in", phrase="is in", inverse_phrase="is home to"),
                   kgx.Relation("features", phrase="features", inverse_phrase="is a feature of"),
                   kgx.Relation("graded", phrase="is graded", inverse_phrase="is the grade of"),
                   kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by")])


@pytest.mark.parametrize("true_text,false_text", [
    # a list closed by a relative clause, then "the" and "both <verb>"
    ("The Grinnell Glacier Trail, which you gave four stars, and Sky Pond both feature an alpine lake.",
     "The Grinnell Glacier Trail, which you gave four stars, and the Mist Trail both feature an alpine lake."),
    ("The Grinnell Glacier Trail, which you rated four stars, and the Sky Pond Trail are both graded strenuous.",
     "The Grinnell Glacier Trail, which you rated five stars, and the Sky Pond Trail are both graded strenuous."),
    # "the same N, X": the object's own type noun, and another item of the text shares it
    ("You loved the Emerald Lake Trail. Sky Pond is in the same park, Rocky Mountain National Park.",
     "You loved the Grinnell Glacier Trail. Sky Pond is in the same park, Rocky Mountain National Park."),
    # ", home to / home of Y" describes the name before it
    ("Sky Pond is in Rocky Mountain National Park, home to the Emerald Lake Trail.",
     "Sky Pond is in Rocky Mountain National Park, home to the Mist Trail."),
    ("The Emerald Lake Trail is in Rocky Mountain National Park, home of Sky Pond.",
     "The Emerald Lake Trail is in Rocky Mountain National Park, home of the Mist Trail."),
])
def test_trail_lists_same_noun_and_home_to(true_text, false_text):
    _true_and_false(_trails(), true_text, false_text, "u:p")


@pytest.mark.parametrize("true_text,false_text", [
    # "four and a half stars" in "got ... from you" and "gave ... to"
    ("Heat got four and a half stars from you.", "Heat got four stars from you."),
    ("You gave four and a half stars to Heat.", "You gave five and a half stars to Heat."),
    # "X, like Y, which you loved, was ...": X is the subject again after the relative clause
    ("Back to the Future Part II (1989), like Back to the Future, which you loved, was directed by Robert Zemeckis.",
     "Back to the Future Part II (1989), like Back to the Future, which you loved, was directed by James Cameron."),
    # a year after "; it ..." is said of the new clause's item, not of the one compared before
    ("Like Psycho, Vertigo is a thriller; it is from 1958.",
     "Like Psycho, Vertigo is a thriller; it is from 1960."),
])
def test_half_stars_like_relatives_and_years_after_a_semicolon(movies, true_text, false_text):
    user = "user:64" if "Heat" in true_text else "user:7" if "Future" in true_text else "user:4"
    _movie_twins(movies, true_text, false_text, user)


@pytest.mark.parametrize("true_text,false_text", [
    # "reunites / brings back" a role noun: "has", and another item of the text has the same one
    ("You liked Goodfellas; Casino reunites director Martin Scorsese.",
     "You liked Heat; Casino reunites director Martin Scorsese."),
    ("You liked Goodfellas; Casino brings back director Martin Scorsese and star Joe Pesci.",
     "You liked Goodfellas; Casino brings back director Martin Scorsese and star Sharon Stone."),
    # "like the X": X is the compared one, "it" after "; " is the new clause's item
    ("Like the Goodfellas you loved, Casino stars Joe Pesci; it was directed by Martin Scorsese.",
     "Like the Goodfellas you loved, Casino stars Joe Pesci; it was directed by Brian De Palma."),
])
def test_reunites_and_like_the(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:39")


@pytest.mark.parametrize("true_text,false_text", [
    # "goes into" reads "go into" for a plural subject; "is another dish of" asks for a second item
    ("Coffee and mascarpone go into Tiramisu.", "Coffee and butter go into Tiramisu."),
    ("You rated Ossobuco four stars; Tiramisu is another dish of Italian cuisine.",
     "You rated Tarte Tatin five stars; Ossobuco is another dish of Italian cuisine."),
])
def test_plural_of_goes_and_another_noun_phrase(true_text, false_text):
    _true_and_false(_dishes(), true_text, false_text, "u:t")


@pytest.mark.parametrize("true_text,false_text", [
    # a place said with "sits in / lies in", passing with "runs through", features "offered",
    # starting with "begins at"
    ("Sky Pond sits in Rocky Mountain National Park.", "The Mist Trail sits in Rocky Mountain National Park."),
    ("The Mist Trail lies in Yosemite National Park.", "Sky Pond lies in Yosemite National Park."),
    ("Sky Pond offers an alpine lake.", "The Mist Trail offers an alpine lake."),
    ("Sky Pond features an alpine lake, plus it is graded strenuous.",
     "Sky Pond features an alpine lake, plus it is graded easy."),
])
def test_place_and_feature_synonyms(true_text, false_text):
    _true_and_false(_trails(), true_text, false_text, "u:p")


@pytest.mark.parametrize("text", [
    # red team 42: the name compared with "like" is no subject of its own; a subject the reader
    # did not find leaves the claim unproved, and "which, like Y, which you loved," is X's clause
    "54, like Saving Private Ryan, which you loved, was directed by Steven Spielberg.",
    "Like Saving Private Ryan, which you loved, was directed by Steven Spielberg.",
    "Try Heat, which, like Jurassic Park, which you loved, was directed by Steven Spielberg.",
])
def test_red_team_42_holes(movies, text):
    assert not movies.check(text, [], user="user:112").supported, text


def test_which_like_which_you_loved_is_said_of_both(movies):
    text = "Try Casino, which, like Goodfellas, which you loved, was directed by Martin Scorsese."
    assert movies.check(text, [], user="user:39").supported


def test_and_like_which_you_rated_keeps_the_subject(movies):
    head = "Indiana Jones and the Last Crusade stars Harrison Ford and, like Raiders of the Lost Ark, which you gave four stars, "
    assert movies.check(head + "is distributed by Paramount Pictures.", [], user="user:15").supported
    assert not movies.check("Heat stars Al Pacino and, like Raiders of the Lost Ark, which you gave four stars, "
                            "is distributed by Paramount Pictures.", [], user="user:15").supported


@pytest.mark.parametrize("true_text,false_text,user", [
    # "screenwriter" names the writer of a film (the example graph's registry)
    ("You rated Gattaca 4.5 stars; The Truman Show shares its screenwriter, Andrew Niccol.",
     "You rated Gattaca 4.5 stars; The Truman Show shares its screenwriter, Peter Weir.", "user:15"),
    # ", one of your 4.5-star ratings": the user's rating of the item before
    ("Nixon stars James Woods, who also appears in Casino, one of your 4.5-star ratings.",
     "Nixon stars James Woods, who also appears in Casino, one of your 5-star ratings.", "user:18"),
    # ", one of the stars of X," describes the name before it
    ("Robin Williams, one of the stars of Good Will Hunting, appears in Aladdin.",
     "Robin Williams, one of the stars of Heat, appears in Aladdin.", "user:1"),
])
def test_screenwriter_one_of_your_ratings_one_of_the_stars(movies, true_text, false_text, user):
    _movie_twins(movies, true_text, false_text, user)


@pytest.mark.parametrize("true_text,false_text", [
    # a class said as an adjective of nationality ("is Italian."); "maker" for a brewing relation
    ("Tiramisu is Italian.", "Tarte Tatin is Italian."),
    ("Tiramisu is Italian, like Ossobuco.", "Tiramisu is Italian, like Tarte Tatin."),
])
def test_nationality_adjectives(true_text, false_text):
    _true_and_false(_dishes(), true_text, false_text, "u:t")


def test_the_maker_of_a_beer():
    E = kgx.Entity
    kg = kgx.KnowledgeGraph.from_triples(
        [("b:hazy", "brewed_by", "o:sierra"), ("b:pale", "brewed_by", "o:sierra"), ("b:heady", "brewed_by", "o:alch")],
        entities=[E("b:hazy", kind="item", type="beer", label="Hazy Little Thing"),
                  E("b:pale", kind="item", type="beer", label="Sierra Nevada Pale Ale"),
                  E("b:heady", kind="item", type="beer", label="Heady Topper"),
                  E("o:sierra", kind="attribute", type="brewery", label="Sierra Nevada Brewing Co."),
                  E("o:alch", kind="attribute", type="brewery", label="The Alchemist")],
        relations=[kgx.Relation("brewed_by", phrase="is brewed by", inverse_phrase="brews")])
    checker = ConsistencyChecker(kg)
    evidence = [(t.head, t.relation, t.tail) for t in kg.triples()]
    head = "Hazy Little Thing is brewed by Sierra Nevada Brewing Co., the maker of "
    assert checker.check(head + "Sierra Nevada Pale Ale.", evidence).supported
    assert not checker.check(head + "Heady Topper.", evidence).supported


@pytest.mark.parametrize("text", [
    # red team 43: every role noun of a "reunites" list must be another item's too
    "You liked Goodfellas; Casino reunites director Martin Scorsese, star Sharon Stone.",
    "You liked Goodfellas; Casino reunites director Martin Scorsese, star Joe Pesci and star Sharon Stone.",
    "You liked Goodfellas; Casino reunites director Martin Scorsese, plus star Sharon Stone.",
])
def test_red_team_43_holes(movies, text):
    assert not movies.check(text, [], user="user:39").supported, text


def test_reunites_a_list(movies):
    assert movies.check("You liked Goodfellas; Casino reunites director Martin Scorsese, star Joe Pesci "
                        "and star Robert De Niro.", [], user="user:39").supported


@pytest.mark.parametrize("true_text,false_text", [
    # ", one of the Ns you liked": a relative clause on the item before, like ", a film you liked"
    ("Casino stars Joe Pesci, like Goodfellas, one of the films you liked.",
     "Casino stars Joe Pesci, like Goodfellas, one of the films you hated."),
    ("Goodfellas is one of the films you liked.", "Heat is one of the films you liked."),
])
def test_one_of_the_films_you_liked(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:39")


@pytest.mark.parametrize("true_text,false_text", [
    # ratings listed in the order of the items ("respectively" or not)
    ("You rated Jurassic Park and Schindler's List four and five stars.",
     "You rated Jurassic Park and Schindler's List five and four stars."),
    ("You gave Jurassic Park and Schindler's List 4 and 5 stars, respectively.",
     "You gave Jurassic Park and Schindler's List 5 and 4 stars, respectively."),
])
def test_respective_ratings(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:8")


def test_a_rating_list_of_another_length_is_not_read(movies):
    assert not movies.check("You rated Jurassic Park four and five stars.", [], user="user:8").supported


@pytest.mark.parametrize("true_text,false_text", [
    # red team 44: every role noun after "reunites / shares / another film from" is shared, even
    # past ", as star,"; "shares stars A and B": another item stars each (not "Heat stars A")
    ("You liked Goodfellas; Casino reunites director Martin Scorsese and, as star, Joe Pesci.",
     "You liked Goodfellas; Casino reunites director Martin Scorsese and, as star, Sharon Stone."),
    ("You liked Goodfellas; Casino shares star Robert De Niro and director Martin Scorsese.",
     "You liked Goodfellas; Heat shares star Robert De Niro and director Michael Mann."),
    ("You liked Goodfellas; Casino has the same star, Robert De Niro, and director, Martin Scorsese.",
     "You liked Goodfellas; Heat has the same star, Robert De Niro, and director, Michael Mann."),
    ("You liked Goodfellas; Casino shares stars Robert De Niro and Joe Pesci.",
     "You liked Goodfellas; Heat shares stars Robert De Niro and Al Pacino."),
    ("You liked Goodfellas; Casino is another film from director Martin Scorsese and, as star, Joe Pesci.",
     "You liked Goodfellas; Casino is another film from director Martin Scorsese and, as star, Sharon Stone."),
])
def test_red_team_44_shared_role_lists(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:39")


@pytest.mark.parametrize("true_text,false_text,user", [
    # red team 45: "the same N as A, X, and N2, Y" says Y of A too; "like A, which you ..., and B,
    # which you ..." compares B as well
    ("You liked Goodfellas; Casino has the same director as Goodfellas, Martin Scorsese, and star, Joe Pesci.",
     "You liked Goodfellas; Casino has the same director as Goodfellas, Martin Scorsese, and star, Sharon Stone.",
     "user:39"),
    ("Casino stars Robert De Niro, like Goodfellas, which you watched, and Heat, which you watched.",
     "Casino stars Joe Pesci, like Goodfellas, which you watched, and Heat, which you watched.", "user:18"),
])
def test_red_team_45_holes(movies, true_text, false_text, user):
    _movie_twins(movies, true_text, false_text, user)


@pytest.mark.parametrize("true_text,false_text", [
    # session 21: ratings said in a relative clause, in brackets, in an apposition, of a list
    ("Robert De Niro stars in Heat, which got five stars from you.",
     "Robert De Niro stars in Casino, which got five stars from you."),
    ("Heat, which got five stars from you, stars Robert De Niro.",
     "Heat, which got four stars from you, stars Robert De Niro."),
    ("Robert De Niro stars in Goodfellas and Heat, which got five stars from you.",
     "Robert De Niro stars in Casino and Heat, which got five stars from you."),
    ("Robert De Niro stars in Casino, which got only three stars from you.",
     "Robert De Niro stars in Casino, which got only two stars from you."),
    ("Robert De Niro stars in Heat (five stars from you).", "Robert De Niro stars in Heat (four stars from you)."),
    ("Heat, a favourite of yours, stars Robert De Niro.", "Casino, a favourite of yours, stars Robert De Niro."),
    ("Heat and Goodfellas, both five-star films for you, star Robert De Niro.",
     "Heat and Casino, both five-star films for you, star Robert De Niro."),
    ("Heat and Goodfellas are both five-star films for you; Robert De Niro stars in both.",
     "Heat and Casino are both five-star films for you; Robert De Niro stars in both."),
    ("Robert De Niro stars in Heat and Goodfellas, two five-star films for you.",
     "Robert De Niro stars in Heat, Alien and Goodfellas, two five-star films for you."),
    # "you liked him in X": the user's claim on X, and the person acts in X
    ("Robert De Niro stars in Casino, and you liked him in Heat.",
     "Robert De Niro stars in Casino, and you liked him in Alien."),
    ("Robert De Niro stars in Casino; you've liked him in both Heat and Goodfellas.",
     "Robert De Niro stars in Heat; you've liked him in both Casino and Goodfellas."),
    ("Robert De Niro stars in Casino; you enjoyed him in Heat.",
     "Al Pacino and Robert De Niro star in Heat; you enjoyed him in Goodfellas."),
    # "is in the cast" / "in its cast": in the item named last
    ("Heat was directed by Michael Mann, and Al Pacino is in its cast.",
     "Heat was directed by Michael Mann, and Sigourney Weaver is in its cast."),
    ("You loved Alien; Heat was directed by Michael Mann, and Al Pacino is in the cast.",
     "You loved Heat; Alien was directed by Ridley Scott, and Al Pacino is in the cast."),
    # a surname alone: the one person of that name named before (or in the evidence)
    ("Steven Spielberg directed Jaws, and you loved Spielberg's Jurassic Park.",
     "Steven Spielberg directed Jaws, and you loved Spielberg's Alien."),
    ("Heat stars Al Pacino and Robert De Niro; De Niro also stars in Casino.",
     "Heat stars Al Pacino and Robert De Niro; Pacino also stars in Casino."),
])
def test_session21_ratings_cast_and_surnames(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:380")


def test_surname_alone_names_the_evidence_person_only_when_unique():
    kg = _operas()
    checker = ConsistencyChecker(kg, rating_threshold=4.0)
    ev = [("o:otello", "composed_by", "p:verdi"), ("o:falstaff", "composed_by", "p:verdi")]
    assert checker.check("Verdi composed Otello and Falstaff.", ev).supported
    assert not checker.check("Boito composed Otello and Falstaff.", ev).supported  # not in the evidence
    assert not checker.check("verdi composed Otello and Falstaff.", ev).supported  # a name keeps its capital
    # two people of the evidence share the surname: it names neither
    twins = kgx.KnowledgeGraph.from_triples(
        [("o:a", "composed_by", "p:x"), ("o:b", "composed_by", "p:y")],
        entities=[kgx.Entity("o:a", kind="item", type="opera", label="Alpha"),
                  kgx.Entity("o:b", kind="item", type="opera", label="Beta"),
                  kgx.Entity("p:x", kind="attribute", type="person", label="Anna Moreau"),
                  kgx.Entity("p:y", kind="attribute", type="person", label="Paul Moreau")],
        relations=[kgx.Relation("composed_by", phrase="was composed by", inverse_phrase="composed")])
    both = [("o:a", "composed_by", "p:x"), ("o:b", "composed_by", "p:y")]
    assert not ConsistencyChecker(twins).check("Moreau composed Alpha.", both).supported
    assert ConsistencyChecker(twins).check("Anna Moreau composed Alpha.", both).supported


def _stage_shows() -> kgx.KnowledgeGraph:
    """Stage shows with a venue and a city each, and a set builder located in a city."""
    E = kgx.Entity
    return kgx.KnowledgeGraph.from_triples(
        [("s:a", "premiered_at", "v:nat"), ("s:a", "premiered_in", "c:lon"),
         ("s:b", "premiered_at", "v:nat"), ("s:b", "premiered_in", "c:lon"),
         ("s:c", "premiered_at", "v:court"), ("s:c", "premiered_in", "c:ny"),
         ("s:a", "sets_by", "o:acme"), ("o:acme", "located_in", "c:leeds"),
         ("s:a", "has_genre", "g:comedy"), ("s:c", "has_genre", "g:comedy")],
        entities=[E("s:a", kind="item", type="show", label="Arcadia"),
                  E("s:b", kind="item", type="show", label="Betrayal"),
                  E("s:c", kind="item", type="show", label="Cloud Nine"),
                  E("v:nat", kind="attribute", type="venue", label="National Theatre"),
                  E("v:court", kind="attribute", type="venue", label="Royal Court Theatre"),
                  E("c:lon", kind="attribute", type="city", label="London"),
                  E("c:ny", kind="attribute", type="city", label="New York"),
                  E("c:leeds", kind="attribute", type="city", label="Leeds"),
                  E("o:acme", kind="attribute", type="company", label="Acme Stagecraft"),
                  E("g:comedy", kind="attribute", type="genre", label="comedy")],
        relations=[kgx.Relation("premiered_at", phrase="premiered at", inverse_phrase="hosted the premiere of"),
                   kgx.Relation("premiered_in", phrase="premiered in", inverse_phrase="saw the premiere of"),
                   kgx.Relation("sets_by", phrase="has sets by", inverse_phrase="built the sets of"),
                   kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to"),
                   kgx.Relation("has_genre", phrase="is a", inverse_phrase="is the genre of")])


@pytest.mark.parametrize("true_text,false_text", [
    # "in <place>" after a name says where: the item is there, or the name is
    ("Arcadia and Betrayal both premiered at the National Theatre in London.",
     "Arcadia and Betrayal both premiered at the National Theatre in New York."),
    ("Arcadia has sets by Acme Stagecraft in Leeds.", "Arcadia has sets by Acme Stagecraft in London."),
    ("Cloud Nine is a comedy in New York.", "Arcadia is a comedy in New York."),
    ("Arcadia, a comedy in London, has sets by Acme Stagecraft.",
     "Arcadia, a comedy in Leeds, has sets by Acme Stagecraft."),
    ("Arcadia in London has sets by Acme Stagecraft.", "Cloud Nine in London is a comedy."),
    # a place after a name that no claim takes is not read
    ("Arcadia premiered at the National Theatre.", "Arcadia premiered there, the National Theatre in London."),
])
def test_place_after_a_name(true_text, false_text):
    _true_and_false(_stage_shows(), true_text, false_text)


def test_red_team_46_surnames_are_people_and_ratings_have_no_year(movies):
    # the last word of a company's or place's name is no surname
    stage = _stage_shows()
    checker = ConsistencyChecker(stage, rating_threshold=4.0)
    ev = [(t.head, t.relation, t.tail) for t in stage.triples()]
    assert checker.check("Arcadia has sets by Acme Stagecraft.", ev).supported
    assert not checker.check("Arcadia has sets by Stagecraft.", ev).supported
    assert not checker.check("Arcadia premiered at Theatre.", ev).supported
    # when a rating was given, the graph does not say
    _movie_twins(movies, "Heat, which got five stars from you, stars Robert De Niro.",
                 "Heat, which got five stars from you in 1995, stars Robert De Niro.", "user:380")
    _movie_twins(movies, "You gave five stars to Heat.", "You gave five stars to Heat in 1995.", "user:380")
    _movie_twins(movies, "Heat got five stars from you.", "Heat got five stars from you in 1995.", "user:380")


@pytest.mark.parametrize("true_text,false_text", [
    # "the same N1 and N2: X and Y" / "share a N1 and a N2: X and Y": each noun takes the name in
    # its place; with "the same", another item of the text has each too
    ("You loved Jurassic Park; Jaws comes from the same director and composer: Steven Spielberg and John Williams.",
     "You loved Jurassic Park; Jaws comes from the same director and composer: John Williams and Steven Spielberg."),
    ("You liked Goodfellas; Casino has the same director, writer and editor: Martin Scorsese, Nicholas Pileggi "
     "and Thelma Schoonmaker.",
     "You liked Heat; Casino has the same director, writer and editor: Martin Scorsese, Nicholas Pileggi "
     "and Thelma Schoonmaker."),
    ("Jurassic Park and Jaws share a director and a composer: Steven Spielberg and John Williams.",
     "Jurassic Park and Jaws share a director and a composer: Steven Spielberg and Dean Cundey."),
    ("Vertigo and North by Northwest share a director, a composer and a cinematographer: Alfred Hitchcock, "
     "Bernard Herrmann and Robert Burks.",
     "Vertigo and Psycho share a director, a composer and a cinematographer: Alfred Hitchcock, "
     "Bernard Herrmann and Robert Burks."),
    ("Jurassic Park and Jaws share a director and a composer: Steven Spielberg and John Williams.",
     "Jurassic Park and Jaws share a director, a composer and an editor: Steven Spielberg and John Williams."),
])
def test_role_noun_lists_after_a_colon(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:380")


@pytest.mark.parametrize("true_text,false_text", [
    # "his X": the possessive of each person named before ("James Cameron's The Abyss")
    ("Terminator 2: Judgment Day is another James Cameron film; you rated his The Abyss four stars.",
     "Terminator 2: Judgment Day is another James Cameron film; you rated his Heat four stars."),
    ("Ridley Scott directed Alien, and his Gladiator stars Russell Crowe.",
     "Ridley Scott directed Alien, and his Heat stars Al Pacino."),
    ("Ridley Scott directed Alien, and his Gladiator stars Russell Crowe.",
     "Sigourney Weaver stars in Alien, which Ridley Scott directed, and his Gladiator stars Russell Crowe."),
    ("Ridley Scott directed Alien, and his Gladiator stars Russell Crowe.", "His Gladiator stars Russell Crowe."),
])
def test_his_work_is_the_possessive_of_the_people_before(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:380")


@pytest.mark.parametrize("true_text,false_text", [
    # red team 47: the place is judged for every item the claim is said of
    ("Arcadia and Betrayal are comedies in London.", "Arcadia and Cloud Nine are comedies in London."),
    ("Arcadia is a comedy in London, and so is Betrayal.", "Arcadia is a comedy in London, and so is Cloud Nine."),
])
def test_red_team_47_place_of_each_item(true_text, false_text):
    kg = _stage_shows()
    kg.add_triple("s:b", "has_genre", "g:comedy")
    _true_and_false(kg, true_text, false_text)


def test_red_team_47_a_year_after_a_rating_with_a_comma(movies):
    _movie_twins(movies, "Heat got five stars from you.", "Heat got five stars from you, in 1995.", "user:380")
    _movie_twins(movies, "You gave five stars to Heat.", "You gave five stars to Heat — in 1995.", "user:380")


@pytest.mark.parametrize("true_text,false_text", [
    # red team 48: "his" is checked past a year, a genre or "later", and after the item
    ("Ridley Scott directed Alien; his 2000 film Gladiator stars Russell Crowe.",
     "Ridley Scott directed Alien; his 1995 film Heat stars Al Pacino."),
    ("Ridley Scott directed Alien; his action film Gladiator stars Russell Crowe.",
     "Ridley Scott directed Alien; his crime film Heat stars Al Pacino."),
    ("Ridley Scott directed Alien; Gladiator, his film, stars Russell Crowe.",
     "Ridley Scott directed Alien; Heat, his film, stars Al Pacino."),
    ("Ridley Scott directed Alien; his 2000 film Gladiator stars Russell Crowe.", "His 2000 film Gladiator stars Russell Crowe."),
    # "shares a N1 and a N2: X and Y" with one item: another item of the text has each too
    ("You loved Jurassic Park; Jaws shares a director and a composer: Steven Spielberg and John Williams.",
     "You loved Heat; Jaws shares a director and a composer: Steven Spielberg and John Williams."),
])
def test_red_team_48_owner_past_modifiers_and_single_sharer(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:380")


@pytest.mark.parametrize("true_text,false_text", [
    # "completed / built in <year>": the item's year; "by P at O": who made it there
    ("Arcadia, completed in 1993, premiered at the National Theatre.",
     "Arcadia, completed in 1994, premiered at the National Theatre."),
    ("Arcadia premiered in London at the National Theatre.", "Cloud Nine premiered in New York at the National Theatre."),
])
def test_completion_years_and_at_places(true_text, false_text):
    kg = _stage_shows()
    kg.add_entity("s:a", kind="item", type="show", label="Arcadia", attrs={"year": 1993})
    kg.add_entity("s:c", kind="item", type="show", label="Cloud Nine", attrs={"year": 1979})
    _true_and_false(kg, true_text, false_text)


@pytest.mark.parametrize("true_text,false_text", [
    # "the first (one)" / "the second" of exactly two items named before
    ("Heat and Casino both star Robert De Niro; you loved the first, so try the second.",
     "Heat and Casino both star Robert De Niro; you loved the second, so try the first."),
    ("You loved Heat and Goodfellas; the first stars Al Pacino.", "You loved Heat and Goodfellas; the second stars Al Pacino."),
    ("Heat and Goodfellas both star Robert De Niro. You liked the first one.",
     "Heat, Goodfellas and Casino star Robert De Niro. You liked the first one."),
])
def test_the_first_and_the_second(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:380")


def test_from_a_maker_whose_name_has_the():
    # "from The Alchemist": the article is the name's own, and "from" reads the maker
    E = kgx.Entity
    kg = kgx.KnowledgeGraph.from_triples(
        [("b:a", "brewed_by", "w:alc"), ("b:b", "brewed_by", "w:bell")],
        entities=[E("b:a", kind="item", type="beer", label="Focal Banger"),
                  E("b:b", kind="item", type="beer", label="Hopslam"),
                  E("w:alc", kind="attribute", type="brewery", label="The Alchemist"),
                  E("w:bell", kind="attribute", type="brewery", label="Bell's Brewery")],
        relations=[kgx.Relation("brewed_by", phrase="is brewed by", inverse_phrase="brews")])
    _true_and_false(kg, "Focal Banger is from The Alchemist.", "Hopslam is from The Alchemist.")
    _true_and_false(kg, "Focal Banger is a beer from The Alchemist.", "Hopslam is a beer from The Alchemist.")


def test_red_team_49_owner_before_a_comma_and_makers_at(movies):
    _movie_twins(movies, "Ridley Scott directed Alien; his film, Gladiator, stars Russell Crowe.",
                 "Ridley Scott directed Alien; his film, Heat, stars Al Pacino.", "user:380")
    # "at O" after a maker: O made it or it is there, never only sold it
    E = kgx.Entity
    kg = kgx.KnowledgeGraph.from_triples(
        [("f:a", "directed_by", "p:m"), ("f:a", "distributed_by", "c:wb"), ("f:a", "produced_by", "c:fx"),
         ("f:b", "directed_by", "p:m"), ("f:b", "produced_by", "c:wb")],
        entities=[E("f:a", kind="item", type="film", label="Heat"), E("f:b", kind="item", type="film", label="Ali"),
                  E("p:m", kind="attribute", type="person", label="Michael Mann"),
                  E("c:wb", kind="attribute", type="company", label="Warner Bros."),
                  E("c:fx", kind="attribute", type="company", label="Forward Pass")],
        relations=[kgx.Relation("directed_by", phrase="is directed by", inverse_phrase="directed"),
                   kgx.Relation("produced_by", phrase="is produced by", inverse_phrase="produced"),
                   kgx.Relation("distributed_by", phrase="is distributed by", inverse_phrase="distributed")])
    _true_and_false(kg, "Ali was directed by Michael Mann at Warner Bros.",
                    "Heat was directed by Michael Mann at Warner Bros.")


@pytest.mark.parametrize("text", [
    # red team 51: ", one of its Ns," is not read (a reading of it once let any link pass)
    "You rated Heat highly. Michael Mann, one of its stars, directed it.",
    "You rated Heat highly. Al Pacino, one of its composers, appears in it.",
    "You rated Heat highly. Sigourney Weaver, one of its stars, also appears in Alien.",
])
def test_red_team_51_one_of_its_nouns_apposition(movies, text):
    assert not movies.check(text, [], user="user:380").supported


def test_from_the_same_director_apposition(movies):
    _movie_twins(movies, "You loved Jurassic Park; try Jaws, from the same director, Steven Spielberg.",
                 "You loved Heat; try Jaws, from the same director, Steven Spielberg.", "user:380")


@pytest.mark.parametrize("text", [
    # red team 50: an owner pronoun no reading checked is unverified
    "Martin Scorsese directed Goodfellas; Heat (1995), his film, stars Al Pacino.",
    "Michael Mann directed Heat; Jaws, a film of his, stars Lorraine Gary.",
    "Amy Brenneman starred in Heat; Casino (1995), her film, stars Robert De Niro.",
])
def test_red_team_50_unchecked_owner_pronouns(movies, text):
    assert not movies.check(text, [], user="user:380").supported


def test_his_before_a_relation_noun_is_read_as_before():
    # "and his label is X": the relation noun's own reading, not an unchecked owner
    E = kgx.Entity
    kg = kgx.KnowledgeGraph.from_triples(
        [("p:a", "record_label", "l:r"), ("p:b", "record_label", "l:s"), ("p:a", "genre", "g:rb")],
        entities=[E("p:a", kind="item", type="artist", label="Anders Osborne"),
                  E("p:b", kind="item", type="artist", label="Aaron Deer"),
                  E("l:r", kind="attribute", type="label", label="Rabadash Records"),
                  E("l:s", kind="attribute", type="label", label="Secretly Canadian"),
                  E("g:rb", kind="attribute", type="genre", label="rhythm and blues")],
        relations=[kgx.Relation("record_label", phrase="has the record label", inverse_phrase="is the record label of",
                                cues=("record label",)),
                   kgx.Relation("genre", phrase="has the genre", inverse_phrase="is the genre of", cues=("genre",))])
    _true_and_false(kg, "Anders Osborne's genre is rhythm and blues and his record label is Rabadash Records.",
                    "Anders Osborne's genre is rhythm and blues and his record label is Secretly Canadian.")


def test_year_in_an_apposition_is_not_compared(movies):
    # "like Hook" repeats the predicate (the score), not the year said of Jaws before it
    _movie_twins(movies, "Jaws, a 1975 Steven Spielberg film, has a score by John Williams, like Hook.",
                 "Jaws, a 1975 Steven Spielberg film, has a score by John Williams, like Heat.", "user:380")
    assert not movies.check("Vertigo is a 1958 thriller, like Psycho.", [], user="user:380").supported
    assert not movies.check("Jaws, a 1974 film, has a score by John Williams, like Hook.", [],
                            user="user:380").supported


def test_favourite_in_brackets(movies):
    _movie_twins(movies, "Heat (one of your favourites) stars Robert De Niro.",
                 "Casino (one of your favourites) stars Robert De Niro.", "user:380")
    _movie_twins(movies, "Michael Mann directed Heat (a favourite of yours).",
                 "Martin Scorsese directed Casino (a favourite of yours).", "user:380")
    assert not movies.check("Heat (one of your favourites in 1995) stars Robert De Niro.", [],
                            user="user:380").supported


@pytest.mark.parametrize("true_text,false_text", [
    ("Bicentennial Man has a James Horner score.", "Bicentennial Man has a John Williams score."),
    ("Heat has a Elliot Goldenthal score.", "Heat has a Dante Spinotti score."),
    ("Heat is an Art Linson production.", "Heat is a Michael Mann production."),
    ("Heat, an Art Linson production, stars Al Pacino.", "Heat, an Art Linson production, stars Roy Scheider."),
    ("Heat is a Warner Bros. release.", "Heat is a Universal Studios release."),
])
def test_name_before_a_part_noun(movies, true_text, false_text):
    # "a James Horner score" reads as "a score by James Horner"; "an X production" as "produced by X"
    _movie_twins(movies, true_text, false_text, "user:380")


@pytest.mark.parametrize("text", [
    "Jaws is a John Williams score.",  # a film is not a score (it has one)
    "Heat, another Art Linson production, stars Al Pacino.",  # no other item of the text has him
])
def test_name_before_a_part_noun_rejected(movies, text):
    assert not movies.check(text, [], user="user:380").supported


@pytest.mark.parametrize("true_text,false_text", [
    ("Jaws has the same director and composer as Hook.", "Jaws has the same director and editor as Hook."),
    ("Jaws is from the same director and composer as Hook.", "Jaws is from the same director and composer as Heat."),
    ("Jurassic Park is a Steven Spielberg film with music by John Williams, the same director and composer as Hook.",
     "Jaws is a Steven Spielberg film with music by John Williams, the same director and composer as Heat."),
])
def test_the_same_two_roles_as(movies, true_text, false_text):
    # every listed noun is shared, not just one
    _movie_twins(movies, true_text, false_text, "user:380")
    assert not movies.check("Jaws has the same director, composer and editor as Hook.", [],
                            user="user:380").supported


@pytest.mark.parametrize("true_text,false_text", [
    ("Rebecca is a romance and mystery starring Laurence Olivier.", "Rebecca is a romance and mystery starring Cary Grant."),
    ("Jaws is an action and horror film starring Roy Scheider.", "Jaws is an action and comedy film starring Roy Scheider."),
    ("Jaws is an action and horror film with music by John Williams.",
     "Jaws is an action and horror film with music by Hans Zimmer."),
    ("The Great Mouse Detective is an animated film from 1986 with music by Henry Mancini.",
     "The Great Mouse Detective is an animated film from 1987 with music by Henry Mancini."),
    ("Jaws is a horror film from 1975 directed by Steven Spielberg.",
     "Jaws is a horror film from 1975 directed by Ridley Scott."),
])
def test_participle_after_a_listed_or_dated_predicate_noun(movies, true_text, false_text):
    # the participle is said of the item the predicate nouns describe, not of the last genre
    _movie_twins(movies, true_text, false_text, "user:380")


def test_stands_at_a_located_at_place():
    E = kgx.Entity
    kg = kgx.KnowledgeGraph.from_triples(
        [("c:toro", "located_at", "p:sfga"), ("c:beast", "located_at", "p:ki")],
        entities=[E("c:toro", kind="item", type="coaster", label="El Toro"),
                  E("c:beast", kind="item", type="coaster", label="The Beast"),
                  E("p:sfga", kind="attribute", type="park", label="Six Flags Great Adventure"),
                  E("p:ki", kind="attribute", type="park", label="Kings Island")],
        relations=[kgx.Relation("located_at", phrase="is located at", inverse_phrase="is home to")])
    _true_and_false(kg, "El Toro stands at Six Flags Great Adventure.", "El Toro stands at Kings Island.")
    _true_and_false(kg, "The Beast sits at Kings Island.", "The Beast sits at Six Flags Great Adventure.")


@pytest.mark.parametrize("true_text,false_text", [
    ("Heat stars Robert De Niro and came out in 1995.", "Heat stars Robert De Niro and came out in 1996."),
    ("Heat and Casino both star Robert De Niro and were released in 1995.",
     "Heat and Jaws both star Robert De Niro and came out in 1995."),
    ("Jaws stars Roy Scheider, a star of Jaws 2.", "Jaws stars Roy Scheider, a star of Heat."),
])
def test_year_after_a_second_predicate_and_indefinite_noun_apposition(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:380")
    # the year of a second predicate is its subject's: a director has none
    assert not movies.check("Michael Mann directed Heat and came out in 1995.", [], user="user:380").supported


def test_how_many_five_star_items_the_user_has():
    # "one of your two five-star beers": the user rated exactly two beers five stars
    E = kgx.Entity
    beers = {"b:p": "Pliny the Elder", "b:z": "Zombie Dust", "b:t": "Two Hearted Ale", "b:f": "Fat Tire"}
    ratings = {"b:p": 5, "b:z": 5, "b:t": 4, "b:f": 2}
    kg = kgx.KnowledgeGraph.from_triples(
        [("u:maya", "rated", b, {"rating": r}) for b, r in ratings.items()] + [("b:t", "style", "s:ipa")],
        entities=[E("u:maya", kind="user", type="user", label="Maya"),
                  E("s:ipa", kind="attribute", type="style", label="IPA"),
                  *(E(b, kind="item", type="beer", label=lb) for b, lb in beers.items())],
        relations=[kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by"),
                   kgx.Relation("style", phrase="is a", inverse_phrase="is the style of")])
    _true_and_false(kg, "Pliny the Elder is one of your two five-star beers.",
                    "Pliny the Elder is one of your three five-star beers.", "u:maya")
    _true_and_false(kg, "Two Hearted Ale, one of your three favourites, is an IPA.",
                    "Two Hearted Ale, one of your two favourites, is an IPA.", "u:maya")
    _true_and_false(kg, "Zombie Dust is one of your two five-star beers.",
                    "Fat Tire is one of your two five-star beers.", "u:maya")


def test_red_team_52_plural_nouns_after_the_same(movies):
    # "the same director and cast as X" would say the same cast, all of it: not read
    assert not movies.check("Casino has the same director and cast as Goodfellas.", [], user="user:380").supported
    assert not movies.check("Jurassic Park has the same director and genres as Hook.", [], user="user:380").supported


def test_in_the_value_noun():
    # "in the <value> <noun>" / "in the <noun> of <value>": the relation the noun names
    E = kgx.Entity
    kg = kgx.KnowledgeGraph.from_triples(
        [("b:m", "has_style", "s:d"), ("b:v", "has_style", "s:m"), ("b:g", "has_style", "s:i"),
         ("b:m", "building_type", "t:museum"), ("b:v", "building_type", "t:house"),
         ("b:g", "building_type", "t:house"), ("b:v", "located_in", "c:p")],
        entities=[E("b:m", kind="item", type="building", label="MAXXI"),
                  E("b:v", kind="item", type="building", label="Villa Savoye"),
                  E("b:g", kind="item", type="building", label="Glass House"),
                  E("s:d", kind="attribute", type="style", label="Deconstructivism"),
                  E("s:m", kind="attribute", type="style", label="Modernism"),
                  E("s:i", kind="attribute", type="style", label="International Style"),
                  E("t:museum", kind="attribute", type="building_type", label="museum"),
                  E("t:house", kind="attribute", type="building_type", label="house"),
                  E("c:p", kind="attribute", type="city", label="Poissy")],
        relations=[kgx.Relation("has_style", phrase="is built in the style of", inverse_phrase="is the style of"),
                   kgx.Relation("building_type", phrase="is a", inverse_phrase="is the type of"),
                   kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to")])
    _true_and_false(kg, "MAXXI is a museum in the Deconstructivism style.", "MAXXI is a museum in the Modernism style.")
    _true_and_false(kg, "Villa Savoye is a house in the style of Modernism.",
                    "Villa Savoye is a house in the style of Deconstructivism.")
    _true_and_false(kg, "The Glass House is a house in the International Style.",
                    "Villa Savoye is a house in the International Style.")
    _true_and_false(kg, "Villa Savoye is a house in Poissy.", "The Glass House is a house in Poissy.")


def test_in_the_genre(movies):
    _movie_twins(movies, "Jaws is an action film in the horror genre.", "Jaws is an action film in the comedy genre.",
                 "user:380")


def test_a_design_by():
    # "was designed by" gives "a design by X" (the made thing itself)
    E = kgx.Entity
    kg = kgx.KnowledgeGraph.from_triples(
        [("b:f", "designed_by", "p:mies"), ("b:b", "designed_by", "p:mies"), ("b:s", "designed_by", "p:utzon")],
        entities=[E("b:f", kind="item", type="building", label="Farnsworth House"),
                  E("b:b", kind="item", type="building", label="Barcelona Pavilion"),
                  E("b:s", kind="item", type="building", label="Sydney Opera House"),
                  E("p:mies", kind="attribute", type="person", label="Mies van der Rohe"),
                  E("p:utzon", kind="attribute", type="person", label="Jørn Utzon")],
        relations=[kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed")])
    _true_and_false(kg, "Mies van der Rohe designed the Barcelona Pavilion; the Farnsworth House is another design by him.",
                    "Mies van der Rohe designed the Barcelona Pavilion; the Sydney Opera House is another design by him.")
    _true_and_false(kg, "The Farnsworth House is a design by Mies van der Rohe.",
                    "The Farnsworth House is a design by Jørn Utzon.")


@pytest.mark.parametrize("text", [
    # red team 53: a year after "and came out" is the clause subject's; a maker has none
    "Michael Mann directed Heat, and was released in 1995.",
    "Ray Liotta starred in Field of Dreams, and came out in 1989.",
    "Lorraine Gary starred in Jaws and was completed in 1975.",
    # a plural apposition after a list is said of each listed name
    "Jaws stars Roy Scheider and Robert Shaw, stars of Jaws 2.",
    # "your N five-star films" with a modifier after the noun counts a set the checker does not read
    "Hook is one of your eight five-star films from 1991.",
])
def test_red_team_53(movies, text):
    assert not movies.check(text, [], user="user:380").supported


def test_red_team_53_counts_with_modifiers():
    E = kgx.Entity
    kg = kgx.KnowledgeGraph.from_triples(
        [("u:m", "rated", "b:p", {"rating": 5}), ("u:m", "rated", "b:z", {"rating": 5}),
         ("b:p", "hopped_with", "h:s"), ("b:z", "hopped_with", "h:c")],
        entities=[E("u:m", kind="user", type="user", label="Maya"),
                  E("b:p", kind="item", type="beer", label="Pliny the Elder"),
                  E("b:z", kind="item", type="beer", label="Zombie Dust"),
                  E("h:s", kind="attribute", type="hop", label="Simcoe"),
                  E("h:c", kind="attribute", type="hop", label="Citra")],
        relations=[kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by"),
                   kgx.Relation("hopped_with", phrase="is hopped with", inverse_phrase="is used in")])
    _true_and_false(kg, "Pliny the Elder is one of your two five-star beers, and it is hopped with Simcoe.",
                    "Pliny the Elder is one of your two five-star beers, both hopped with Simcoe.", "u:m")
    _true_and_false(kg, "Pliny the Elder is one of your two five-star beers.",
                    "Pliny the Elder is one of your two five-star beers hopped with Simcoe.", "u:m")


def test_shares_one_of_its(movies):
    # "shares one of its stars, X" says what "shares its star X" says
    _movie_twins(movies, "You loved Heat, and Casino shares one of its stars, Robert De Niro.",
                 "You loved Heat, and Casino shares one of its stars, Al Pacino.", "user:380")


def test_is_his_too(movies):
    # "X is his (too)": the possessive as a predicate, of the person named before
    _movie_twins(movies, "Martin Scorsese directed Goodfellas; Casino is his too.",
                 "Martin Scorsese directed Goodfellas; Heat is his too.", "user:1")
    _movie_twins(movies, "Ridley Scott directed Alien. Blade Runner is his too.",
                 "Martin Scorsese directed Casino; Casino is his too.", "user:1")  # no other item is his


def test_also_one_of_the_nouns_of(movies):
    _movie_twins(movies, "Apocalypse Now was written by John Milius; he is also one of the writers of Clear and Present Danger.",
                 "Apocalypse Now was written by John Milius; he is also one of the writers of Heat.", "user:1")


@pytest.mark.parametrize("text", [
    # red team 54: after "one of your (N) five-star Ns", a relative clause, a dash or a plural
    # reference speaks of the whole set, which is not read
    "Heat is one of your five-star films, which star Robert De Niro.",
    "Heat is one of your five-star films - both starring Al Pacino.",
    "Heat is one of your five-star films, and these star Al Pacino.",
    # a plural apposition after a list joined by "as well as" / "plus" is said of each name
    "Casino stars Joe Pesci as well as Robert De Niro, stars of Heat.",
    "Casino stars Joe Pesci plus Robert De Niro, stars of Heat.",
])
def test_red_team_54(movies, text):
    assert not movies.check(text, [], user="user:1").supported


@pytest.mark.parametrize("text", [
    # red team 55: "your X" before "is his" is still read; a plural apposition after any list is
    # said of each name; a plural clause after ", &" / ", plus" still speaks of the whole set
    "Martin Scorsese directed Goodfellas; your Casino is his too.",
    "Casino stars Joe Pesci & Robert De Niro, stars of Heat.",
    "Mad Max stars Steve Bisley but also Mel Gibson, stars of Pocahontas.",
    "Heat is one of your five-star films, & both star Al Pacino.",
])
def test_red_team_55(movies, text):
    assert not movies.check(text, [], user="user:1").supported


def _ferries() -> kgx.KnowledgeGraph:
    """A hand-made graph of ferry routes declared with phrases only: an operator (two types of
    object), the vessel the route was launched on, the ports it goes to."""
    E = kgx.Entity
    routes = {"r1": ("Dover Seaways Run", "dfds", "spirit", ["calais"], 1990),
              "r2": ("Channel Dash", "dfds", "spirit", ["calais", "dunkirk"], 1995),
              "r3": ("Irish Sea Link", "stena", "adventurer", ["dublin"], 2001),
              "r4": ("Biscay Crossing", "brittany", "adventurer", ["santander"], 2001)}
    names = {"dfds": ("DFDS", "operator"), "stena": ("Stena Line", "operator"),
             "brittany": ("Brittany Ferries", "company"), "spirit": ("Spirit of Kent", "ferry vessel"),
             "adventurer": ("Stena Adventurer", "ferry vessel"), "calais": ("Calais", "port"),
             "dunkirk": ("Dunkirk", "port"), "dublin": ("Dublin", "port"), "santander": ("Santander", "port")}
    ents = [E(f"r:{k}", kind="item", type="route", label=v[0], attrs={"year": v[4]}) for k, v in routes.items()]
    ents += [E(f"x:{k}", kind="attribute", type=t, label=n) for k, (n, t) in names.items()]
    triples = []
    for k, (_, op, ship, ports, _) in routes.items():
        triples += [(f"r:{k}", "operated_by", f"x:{op}"), (f"r:{k}", "sailed_on", f"x:{ship}")]
        triples += [(f"r:{k}", "goes_to", f"x:{p}") for p in ports]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=[
        kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates"),
        kgx.Relation("sailed_on", phrase="was launched on", inverse_phrase="sails"),
        kgx.Relation("goes_to", phrase="goes to", inverse_phrase="is served by")])


@pytest.mark.parametrize("true_text,false_text", [
    # an operator before the item noun ("a DFDS route"), as a maker is ("a Spielberg film")
    ("The Channel Dash is a DFDS route.", "The Channel Dash is a Stena Line route."),
    ("DFDS's Channel Dash goes to Dunkirk.", "Stena Line's Channel Dash goes to Dunkirk."),
    # the bare "on" of "was launched on"
    ("The Irish Sea Link goes to Dublin on the Stena Adventurer.",
     "The Irish Sea Link goes to Dublin on the Spirit of Kent."),
    ("The Channel Dash, on the Spirit of Kent, goes to Calais.",
     "The Channel Dash, on the Stena Adventurer, goes to Calais."),
    # the value's type as the relation's noun, two words, and one of two types
    ("The Dover Seaways Run and the Channel Dash share a ferry vessel.",
     "The Dover Seaways Run and the Irish Sea Link share a ferry vessel."),
    ("The Channel Dash was launched on the same ferry vessel as the Dover Seaways Run.",
     "The Channel Dash was launched on the same ferry vessel as the Biscay Crossing."),
    ("The Channel Dash has the same operator as the Dover Seaways Run.",
     "The Channel Dash has the same operator as the Irish Sea Link."),
    # ", a N it shares with Y" / ", which it shares with Y"
    ("The Channel Dash goes to Calais, a port it shares with the Dover Seaways Run.",
     "The Channel Dash goes to Dunkirk, a port it shares with the Dover Seaways Run."),
    ("The Biscay Crossing was launched on the Stena Adventurer, which it shares with the Irish Sea Link.",
     "The Biscay Crossing was launched on the Stena Adventurer, which it shares with the Channel Dash."),
    # a year between a verb of first showing and its own preposition
    ("The Biscay Crossing was launched in 2001 on the Stena Adventurer.",
     "The Biscay Crossing was launched in 2002 on the Stena Adventurer."),
])
def test_operators_vessels_and_shared_values(true_text, false_text):
    _true_and_false(_ferries(), true_text, false_text)


@pytest.mark.parametrize("text", [
    "The Channel Dash goes to Calais, a vessel it shares with the Dover Seaways Run.",  # not the fact's noun
    "The Channel Dash goes to Calais, a port it does not share with the Dover Seaways Run.",
    "The Channel Dash doesn't go to Dublin, a port it shares with the Irish Sea Link.",
    "The Channel Dash goes to Calais on Stena Line.",  # an operator is no vessel
])
def test_operators_vessels_and_shared_values_rejected(text):
    kg = _ferries()
    assert not ConsistencyChecker(kg, rating_threshold=4.0).check(
        text, [(t.head, t.relation, t.tail) for t in kg.triples()]).supported, text


def test_a_star_it_shares_with(movies):
    _movie_twins(movies, "Heat stars Robert De Niro, a star it shares with Goodfellas.",
                 "Heat stars Robert De Niro, a star it shares with Jaws.", "user:1")
    _movie_twins(movies, "Heat is a crime film, a genre it shares with Goodfellas.",
                 "Heat is a crime film, a genre it shares with Jaws.", "user:1")


def _typefaces() -> kgx.KnowledgeGraph:
    """A hand-made graph of typefaces: a country of origin ("comes from") beside a maker, a
    hyphenated class, one typeface inspired by another."""
    E = kgx.Entity
    ents = [E("f:futura", kind="item", type="typeface", label="Futura", attrs={"year": 1927}),
            E("f:avenir", kind="item", type="typeface", label="Avenir", attrs={"year": 1988}),
            E("f:verdana", kind="item", type="typeface", label="Verdana", attrs={"year": 1996}),
            E("c:geo", kind="attribute", type="class", label="geometric sans-serif"),
            E("c:hum", kind="attribute", type="class", label="humanist sans-serif"),
            E("o:bauer", kind="attribute", type="foundry", label="Bauer Type Foundry"),
            E("o:linotype", kind="attribute", type="foundry", label="Linotype"),
            E("o:microsoft", kind="attribute", type="company", label="Microsoft"),
            E("k:de", kind="attribute", type="country", label="Germany"),
            E("k:us", kind="attribute", type="country", label="United States")]
    triples = [("f:futura", "classified_as", "c:geo"), ("f:avenir", "classified_as", "c:geo"),
               ("f:verdana", "classified_as", "c:hum"), ("f:futura", "released_by", "o:bauer"),
               ("f:avenir", "released_by", "o:linotype"), ("f:verdana", "released_by", "o:microsoft"),
               ("f:futura", "comes_from", "k:de"), ("f:avenir", "comes_from", "k:de"),
               ("f:verdana", "comes_from", "k:us"), ("f:avenir", "inspired_by", "f:futura")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=[
        kgx.Relation("classified_as", phrase="is classified as", inverse_phrase="is the classification of"),
        kgx.Relation("released_by", phrase="was released by", inverse_phrase="released"),
        kgx.Relation("comes_from", phrase="comes from", inverse_phrase="is the country of origin of"),
        kgx.Relation("inspired_by", phrase="was inspired by", inverse_phrase="inspired")])


@pytest.mark.parametrize("true_text,false_text", [
    # the plural of a hyphenated class
    ("Futura and Avenir are geometric sans-serifs.", "Futura and Verdana are geometric sans-serifs."),
    # "from" reads a maker where the graph's own "comes from" names a country
    ("Verdana is a humanist sans-serif from Microsoft.", "Futura is a geometric sans-serif from Microsoft."),
    ("Verdana comes from Microsoft.", "Verdana comes from Linotype."),
    ("Avenir comes from Germany.", "Verdana comes from Germany."),
    # "it" as the object of its own clause's subject is not that subject
    ("Futura is a geometric sans-serif, and Avenir was inspired by it.",
     "Avenir is a geometric sans-serif, and Futura was inspired by it."),
])
def test_hyphenated_plurals_makers_from_and_it(true_text, false_text):
    _true_and_false(_typefaces(), true_text, false_text)


def test_it_is_not_its_own_clause_subject():
    kg = _typefaces()
    check = ConsistencyChecker(kg, rating_threshold=4.0)
    evidence = [(t.head, t.relation, t.tail) for t in kg.triples()]
    assert not check.check("Avenir was inspired by it.", evidence).supported


def test_year_in_a_participle_apposition_is_not_compared(movies):
    _movie_twins(movies, "Jaws, released in 1975, is a horror film like Alien.",
                 "Jaws, released in 1979, is a horror film like Alien.", "user:1")
    assert not movies.check("Jaws came out in 1975, like Alien.", [], user="user:1").supported


def test_bare_at_and_the_home_of():
    # "is located at" gives a bare "at"; "is home to" gives the noun "home" ("the home of X")
    E = kgx.Entity
    kg = kgx.KnowledgeGraph.from_triples(
        [("c:toro", "located_at", "p:sfga"), ("c:nitro", "located_at", "p:sfga"), ("c:beast", "located_at", "p:ki")],
        entities=[E("c:toro", kind="item", type="coaster", label="El Toro"),
                  E("c:nitro", kind="item", type="coaster", label="Nitro"),
                  E("c:beast", kind="item", type="coaster", label="The Beast"),
                  E("p:sfga", kind="attribute", type="park", label="Six Flags Great Adventure"),
                  E("p:ki", kind="attribute", type="park", label="Kings Island")],
        relations=[kgx.Relation("located_at", phrase="is located at", inverse_phrase="is home to")])
    _true_and_false(kg, "Nitro is at Six Flags Great Adventure.", "Nitro is at Kings Island.")
    _true_and_false(kg, "El Toro stands at Six Flags Great Adventure, the home of Nitro.",
                    "El Toro stands at Six Flags Great Adventure, the home of The Beast.")
    _true_and_false(kg, "Kings Island is the home of The Beast.", "Kings Island is the home of Nitro.")


@pytest.mark.parametrize("true_text,false_text", [
    # "brings together / pairs A with B": each works on the item, in the role a noun before a
    # name gives
    ("Heat brings together Al Pacino and Robert De Niro.", "Heat brings together Al Pacino and Joe Pesci."),
    ("Vertigo pairs Alfred Hitchcock with composer Bernard Herrmann.",
     "Vertigo pairs Alfred Hitchcock with director Bernard Herrmann."),
    # "reunites" / "again" / "brings back": an earlier item had them all (the one named, else
    # another item of the text)
    ("You liked Goodfellas; Casino reunites Martin Scorsese with Robert De Niro and Joe Pesci.",
     "You liked Goodfellas; Casino reunites Martin Scorsese with Robert De Niro and Sharon Stone."),
    ("Psycho pairs Alfred Hitchcock with composer Bernard Herrmann again, as in Vertigo.",
     "Psycho pairs Alfred Hitchcock with composer Bernard Herrmann again, as in Jaws."),
    ("Thunderball brings back Sean Connery from Dr. No.", "Thunderball brings back Roy Scheider from Dr. No."),
    # "worked on": any part the graph gives a person in the item
    ("Casino is edited by Thelma Schoonmaker, who also worked on Goodfellas.",
     "Casino is edited by Thelma Schoonmaker, who also worked on Jaws."),
    # "actor" names the acting relation
    ("Apollo 13 and Titanic share composer James Horner and actor Bill Paxton.",
     "Apollo 13 and Titanic share composer James Horner and actor Tom Hanks."),
    # "one of your five-star films" after a bracketed year; "a five-star pick of yours"
    ("Goodfellas (1990), one of your five-star films, was directed by Martin Scorsese.",
     "Goodfellas (1990), one of your four-star films, was directed by Martin Scorsese."),
    ("Thelma Schoonmaker edited Goodfellas, a five-star pick of yours.",
     "Thelma Schoonmaker edited Goodfellas, a four-star pick of yours."),
])
def test_people_brought_together_and_worked_on(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:1")


@pytest.mark.parametrize("text", [
    "Heat doesn't bring together Al Pacino and Robert De Niro.",
    "Goodfellas, a five-star pick, was directed by Martin Scorsese.",  # whose stars?
    "Heat reunites Al Pacino with Robert De Niro again, as in Jaws.",
    "Casino reunites Martin Scorsese with Robert De Niro and Joe Pesci.",  # no earlier item named
    "You liked Goodfellas; Casino reunites director Martin Scorsese, plus star Sharon Stone.",
])
def test_people_brought_together_rejected(movies, text):
    assert not movies.check(text, [], user="user:1").supported, text


def test_a_person_from_an_item(movies):
    # "X from Y": X has a part in Y (any the graph gives a person in an item)
    _movie_twins(movies, "Al Pacino, from Heat, stars in The Godfather: Part II as well.",
                 "Al Pacino, from Jaws, stars in The Godfather: Part II as well.", "user:1")
    _movie_twins(movies, "Heat stars Al Pacino from The Godfather: Part II.",
                 "Heat stars Al Pacino from Jaws.", "user:1")


@pytest.mark.parametrize("text", [
    # red team 56: a noun that names one of several types of the relation's objects names that
    # one ("company": Brittany Ferries; DFDS is an operator)
    "The Channel Dash is operated by the same company as the Dover Seaways Run.",
    "The Channel Dash has the same company as the Dover Seaways Run.",
    # ", which it shares with Y" after a list of values: which of them?
    "The Channel Dash goes to Calais and Dunkirk, which it shares with the Dover Seaways Run.",
])
def test_red_team_56(text):
    kg = _ferries()
    assert not ConsistencyChecker(kg, rating_threshold=4.0).check(
        text, [(t.head, t.relation, t.tail) for t in kg.triples()]).supported, text


def test_the_same_named_type_as():
    _true_and_false(_ferries(), "The Channel Dash is operated by the same operator as the Dover Seaways Run.",
                    "The Channel Dash is operated by the same operator as the Biscay Crossing.")


@pytest.mark.parametrize("true_text,false_text", [
    # "a good next pick / step": a suggestion, not the tag "good"
    ("Since you gave Titanic 4 stars, Aliens is a good next pick: James Cameron directed both.",
     "Since you gave Titanic 4 stars, Aliens is a good next pick: Steven Spielberg directed both."),
    # "directed both and Y scored both": each "both" names the two items
    ("Since you gave Titanic 4 stars, Aliens should appeal: James Cameron directed both and James Horner scored both.",
     "Since you gave Titanic 4 stars, Aliens should appeal: James Cameron directed both and John Williams scored both."),
    # a bracketed year before the verb; "its director, X, with its star Y"
    ("The Insider (1999) pairs Al Pacino with Russell Crowe.", "The Insider (1999) pairs Al Pacino with Robert De Niro."),
])
def test_suggestions_both_and_reunions(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:108")


def test_reunites_its_director_with_its_star(movies):
    _movie_twins(movies, "You loved Heat, and The Insider reunites its director, Michael Mann, with its star Al Pacino.",
                 "You loved Heat, and The Insider reunites its director, Michael Mann, with its star Robert De Niro.",
                 "user:380")


def test_the_latter_after_a_user_verb_is_an_item(movies):
    # "you gave the latter four stars": of the items named before, not of the last two people
    _movie_twins(movies, "Janusz Kamiński shot Schindler's List and Saving Private Ryan, and Michael Kahn edited "
                 "both; you gave the latter four stars.",
                 "Janusz Kamiński shot Schindler's List and Saving Private Ryan, and Michael Kahn edited "
                 "both; you gave the former four stars.", "user:1")


def test_a_role_noun_before_a_person_who_opens_a_clause(movies):
    _movie_twins(movies, "Editor Sally Menke cut Pulp Fiction.", "Composer Steven Spielberg directed Jaws.", "user:1")
    _movie_twins(movies, "Jaws was directed by Steven Spielberg, and composer John Williams scored it.",
                 "Jaws was directed by Steven Spielberg, and composer Michael Kahn edited it.", "user:1")


@pytest.mark.parametrize("text", [
    # red team 57: a plural role noun holds for every name after it; the earlier item is
    # another one, and came out before; a namesake has no part in an item
    "Dial M for Murder pairs Dimitri Tiomkin with writers Frederick Knott and Grace Kelly.",
    "Vertigo pairs Alfred Hitchcock with composer Bernard Herrmann again, as in Psycho.",
    "Thunderball brings back Sean Connery from Thunderball.",
])
def test_red_team_57(movies, text):
    assert not movies.check(text, [], user="user:1").supported, text


def test_a_namesake_did_not_work_on_it():
    E = kgx.Entity
    kg = kgx.KnowledgeGraph.from_triples(
        [("t:jmt", "named_after", "p:muir"), ("t:jmt", "built_by", "p:crew")],
        entities=[E("t:jmt", kind="item", type="trail", label="John Muir Trail"),
                  E("p:muir", kind="attribute", type="person", label="John Muir"),
                  E("p:crew", kind="attribute", type="person", label="Walter Fry")],
        relations=[kgx.Relation("named_after", phrase="is named after", inverse_phrase="is the namesake of"),
                   kgx.Relation("built_by", phrase="was built by", inverse_phrase="built")])
    _true_and_false(kg, "Walter Fry worked on the John Muir Trail.", "John Muir worked on the John Muir Trail.")


@pytest.mark.parametrize("text,user", [
    # red team 44 replayed on the new "reunites" reading: a list that goes on after the names
    # (", for the star, X") and one person named twice are not read
    ("You liked Raging Bull; Casino reunites director Martin Scorsese and, for the star, Joe Pesci.", "user:84"),
    ("You liked Reservoir Dogs; Pulp Fiction reunites director Quentin Tarantino and writer Quentin Tarantino.",
     "user:1"),
])
def test_reunites_lists_that_go_on_and_one_person_twice(movies, text, user):
    assert not movies.check(text, [], user=user).supported, text


def test_red_team_58_role_titles(movies):
    # the title holds for an item named after the person (not one named before), and "actress"
    # is one noun
    _movie_twins(movies, "Actress Sharon Stone starred in Casino.",
                 "Editor James Cameron produced Terminator 2: Judgment Day.", "user:1")
    _movie_twins(movies, "Casino pairs Martin Scorsese with actress Sharon Stone and Thelma Schoonmaker.",
                 "Casino pairs Martin Scorsese with actress Thelma Schoonmaker and Sharon Stone.", "user:1")


def test_if_you_liked_x_comma_y_is_no_list(movies):
    # "If you liked A, B stars ...": a comma alone is a list only when the list goes on, so "it"
    # is B (the item suggested), not both
    _movie_twins(movies, "If you liked Stargate, The Thing stars Kurt Russell; John Carpenter directed it.",
                 "If you liked Stargate, The Thing stars Kurt Russell; Roland Emmerich directed it.", "user:81")


@pytest.mark.parametrize("true_text,false_text", [
    # a second predicate noun, after a comma or "and", is said of the clause's subject too
    ("Fight Club is a David Fincher film, a 1999 crime drama.",
     "Fight Club is a David Fincher film, a 1997 crime drama."),
    ("Fight Club is a crime drama, a David Fincher film.", "Fight Club is a crime drama, a Ridley Scott film."),
    ("Fight Club is a David Fincher film and a crime drama.", "Fight Club is a David Fincher film and a comedy."),
    ("Alien is a horror film and a 1979 Ridley Scott film.", "Alien is a horror film and a 1982 Ridley Scott film."),
    # a comparison that ends an apposition is the apposition's: the verb after it is the subject's
    ("Gladiator (2000), an action adventure like Highlander, stars Russell Crowe.",
     "Gladiator (2000), an action adventure like Highlander, stars Christopher Lambert."),
    ("Guy Ritchie directed Lock, Stock & Two Smoking Barrels, a crime comedy like Snatch.",
     "Guy Ritchie directed Lock, Stock & Two Smoking Barrels, a crime drama like Snatch."),
])
def test_second_predicate_nouns_and_apposed_comparisons(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:81")


def test_the_apposition_closes_after_its_relative_clause(movies):
    _movie_twins(movies,
                 "Gladiator (2000), an action adventure like Highlander, which you rated four stars, stars Russell Crowe.",
                 "Gladiator (2000), an action adventure like Highlander, which you rated four stars, stars Sean Connery.",
                 "user:55")


@pytest.mark.parametrize("text", [
    "Fight Club is a film by David Fincher, a 1999 crime drama.",  # Fincher's apposition? not read
    "Gladiator, like Highlander, stars Russell Crowe.",  # a fronted comparison: both star him
    "Gladiator (2000), an action adventure like Highlander, which you rated four stars, directed by Ridley Scott.",
])
def test_comparisons_outside_an_apposition_stay_shared(movies, text):
    assert not movies.check(text, [], user="user:55").supported, text


@pytest.mark.parametrize("true_text,false_text", [
    # an aside in brackets after a name: the sentence goes on as if the brackets were not there
    ("James Cameron, who directed Titanic (you gave it four stars), also directed Aliens.",
     "James Cameron, who directed Titanic (you gave it four stars), also directed Heat."),
    ("James Cameron, who directed Titanic (which you gave four stars), also directed Aliens.",
     "James Cameron, who directed Titanic (which you gave five stars), also directed Aliens."),
    ("Titanic (you gave it four stars) was directed by James Cameron.",
     "Titanic (you gave it four stars) was directed by Michael Mann."),
])
def test_a_bracketed_aside_after_a_name(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:108")


@pytest.mark.parametrize("true_text,false_text", [
    # as many names as nouns after a colon, in their order: each name is its noun's
    ("Jurassic Park has the same director and composer as Jaws: Steven Spielberg and John Williams.",
     "Jurassic Park has the same director and composer as Jaws: John Williams and Steven Spielberg."),
    ("Jurassic Park shares a director and a composer with Jaws: Steven Spielberg and John Williams.",
     "Jurassic Park shares a director and a composer with Jaws: John Williams and Steven Spielberg."),
    ("Schindler's List shares a director, a composer and an editor with Jurassic Park: Steven Spielberg, "
     "John Williams and Michael Kahn.",
     "Jurassic Park shares a director, a composer and an editor with Jaws: Steven Spielberg, John Williams "
     "and Michael Kahn."),
    ("Jurassic Park shares a director and a composer with Jaws.", "Jurassic Park shares a director and an editor with Jaws."),
    # "too" before an apposition is the clause's, not the apposition's
    ("You loved Highlander. Sean Connery is in The Rock too, an action film.",
     "You loved Highlander. Sean Connery is in The Rock too, a comedy."),
])
def test_respective_names_shared_nouns_and_too_before_an_apposition(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:55")


@pytest.mark.parametrize("text", [
    "Jurassic Park has the same director and composer as Jaws: Steven Spielberg, John Williams and Michael Kahn.",
    "Jurassic Park has the same director and composer as Jaws, Steven Spielberg and John Williams.",
    "Jurassic Park has the same director and composer as Jaws: Steven Spielberg and John Williams, who won.",
])
def test_respective_names_need_the_same_count_and_a_closed_list(movies, text):
    assert not movies.check(text, [], user="user:55").supported, text


def test_made_by_a_maker_in_the_items_place_of_origin():
    E = kgx.Entity
    kg = kgx.KnowledgeGraph.from_triples(
        [("c:harbison", "made_by", "m:jasper"), ("c:harbison", "comes_from", "r:vermont"),
         ("c:rogue", "made_by", "m:rogue"), ("c:rogue", "comes_from", "r:oregon"),
         ("r:vermont", "located_in", "n:usa"), ("r:oregon", "located_in", "n:usa")],
        entities=[E("c:harbison", kind="item", type="cheese", label="Harbison"),
                  E("c:rogue", kind="item", type="cheese", label="Rogue River Blue"),
                  E("m:jasper", kind="attribute", type="organisation", label="Jasper Hill Farm"),
                  E("m:rogue", kind="attribute", type="organisation", label="Rogue Creamery"),
                  E("r:vermont", kind="attribute", type="region", label="Vermont"),
                  E("r:oregon", kind="attribute", type="region", label="Oregon"),
                  E("n:usa", kind="attribute", type="country", label="United States")],
        relations=[kgx.Relation("made_by", phrase="is made by", inverse_phrase="makes"),
                   kgx.Relation("comes_from", phrase="comes from", inverse_phrase="is the home of"),
                   kgx.Relation("located_in", phrase="is in", inverse_phrase="contains")])
    _true_and_false(kg, "Harbison is made by Jasper Hill Farm in Vermont.",
                    "Harbison is made by Jasper Hill Farm in Oregon.")
    _true_and_false(kg, "Rogue River Blue is made by Rogue Creamery in Oregon.",
                    "Rogue River Blue is made by Rogue Creamery in Vermont.")


@pytest.mark.parametrize("text", [
    # red team 59: after ", a N like B," a list that goes on (", and C") is the clause's objects,
    # and "both" or a plural verb is said of both
    "Michael Mann directed Heat, a crime film like Casino, and Goodfellas.",
    "Al Pacino starred in Heat, a crime film like Casino, and Goodfellas.",
    "Heat, a crime film like Casino, both were directed by Michael Mann.",
    "Heat, a crime film like Casino, both feature Al Pacino.",
    "Goodfellas, a crime film like Casino, were shot by Michael Ballhaus.",
    "Steven Spielberg directed Indiana Jones and the Last Crusade, an action film like Jaws and Close "
    "Encounters of the Third Kind.",
])
def test_red_team_59(movies, text):
    assert not movies.check(text, [], user="user:55").supported, text


@pytest.mark.parametrize("true_text,false_text", [
    # "watch X" opening a clause suggests X; "X should be on your list"
    ("If you loved Titanic, watch Aliens: James Cameron directed it.",
     "If you loved Titanic, watch Heat: James Cameron directed it."),
    ("You loved Titanic, so Aliens should be on your list: James Cameron directed it.",
     "You loved Titanic, so Heat should be on your list: James Cameron directed it."),
])
def test_watch_on_your_list(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:108")


def test_his_is_a_person_named_before(movies):
    # not a genre or a company named after the person
    _movie_twins(movies, "Schindler's List is a Steven Spielberg war drama; you rated his Jaws four stars.",
                 "Schindler's List is a Steven Spielberg war drama; you rated his Heat four stars.", "user:84")


@pytest.mark.parametrize("text", [
    # red team 60: an aside that names something else ("like B") is read, not skipped
    "Heat (like Casino) stars Al Pacino.",
    "Michael Mann (like Martin Scorsese) directed Heat.",
    "Titanic (you gave it four stars, like Heat) was directed by James Cameron.",
    "Jurassic Park (like Heat) has the same director and composer as Jaws: Steven Spielberg and John Williams.",
])
def test_red_team_60(movies, text):
    assert not movies.check(text, [], user="user:108").supported, text


def test_a_surname_that_is_also_a_title_outside_the_evidence():
    # "Hitchcock" is also a 2012 film: with Alfred Hitchcock in the evidence, the sentence says which
    checker = ConsistencyChecker(kgx.KnowledgeGraph.example(), rating_threshold=4.0)
    evidence = [("movie:903", "directed_by", "person:Alfred_Hitchcock"),
                ("movie:903", "produced_by", "person:Alfred_Hitchcock")]
    assert checker.check("Hitchcock directed and produced Vertigo.", evidence).supported
    assert not checker.check("Hitchcock directed and wrote Vertigo.", evidence).supported
    assert not checker.check("Hitchcock is a 2012 film.", evidence).supported


def test_the_last_two_of_a_list(movies):
    # "the last two" / "the latter two": the last two items of the list before
    _movie_twins(movies,
                 "George Tomasini edited Vertigo, North by Northwest and Psycho (1960), and you enjoyed the last two.",
                 "George Tomasini edited North by Northwest, Psycho (1960) and Vertigo, and you enjoyed the last two.",
                 "user:18")
    _movie_twins(movies,
                 "George Tomasini edited Vertigo, North by Northwest and Psycho (1960); you rated the latter two highly.",
                 "George Tomasini edited North by Northwest, Psycho (1960) and Vertigo; you rated the latter two highly.",
                 "user:18")


def test_a_relative_clause_on_two_people_leaves_them_the_subject(movies):
    # "A and B, who both star in X, appear in Y": both appear in Y
    _movie_twins(movies, "Robert De Niro and Al Pacino, who both star in Heat, appear in The Godfather: Part II.",
                 "Robert De Niro and Al Pacino, who both star in Heat, appear in Goodfellas.", "user:1")


def test_it_after_whose_item_you_rated(movies):
    # "X was directed by Y, whose Z you rated 4.5, and it stars ...": "it" is X, not the user's Z
    _movie_twins(movies, "Hook was directed by Steven Spielberg, whose Schindler's List you rated 4.5, and it "
                 "stars Bob Hoskins.", "Hook was directed by Steven Spielberg, whose Schindler's List you rated 4.5, "
                 "and it stars Liam Neeson.", "user:18")


@pytest.mark.parametrize("text", [
    # red team 62: "the last two" of a list of people is its last two names, not its first two
    "Back to the Future Part II stars Lea Thompson, Michael J. Fox and Elisabeth Shue, and the last two also "
    "appear in Back to the Future Part III.",
    "Desperado stars Cheech Marin, Salma Hayek and Antonio Banderas; the latter two star in From Dusk Till Dawn "
    "as well.",
])
def test_red_team_62(movies, text):
    assert not movies.check(text, [], user="user:1").supported, text


def test_a_second_noun_after_having_is_not_a_predicate_noun():
    # replaying red team 38: "has a coupé body style and a flat-six engine and a sports car" is
    # not read as "is a sports car" (a second predicate noun follows a copula only)
    _true_and_false(_cars(), "The Porsche 911 is a coupé and a sports car.",
                    "The Porsche 911 has a coupé body style and a flat-six engine and a sports car.")


@pytest.mark.parametrize("true_text,false_text", [
    # "comes from / is by Y's N": the two items share that maker
    ("Gladiator comes from Alien's director.", "Titanic comes from Alien's director."),
    ("Gladiator is by Alien's director.", "Gladiator comes from Alien's composer."),
    # "Y is one of / among X's Ns": some of them
    ("Kate Winslet is one of Titanic's stars.", "Kate Winslet is one of Titanic's directors."),
    ("Kate Winslet and Leonardo DiCaprio are among Titanic's stars.",
     "Kate Winslet and Ridley Scott are among Titanic's stars."),
    # "X, Y's N, ...": an apposition on X, the clause goes on with X
    ("Ridley Scott, Alien's director, also directed Gladiator.",
     "Ridley Scott, Alien's director, also directed Titanic."),
    ("Bill Paxton, one of Titanic's stars, appears in Twister.",
     "Bill Paxton, one of Titanic's directors, appears in Twister."),
])
def test_possessive_relation_nouns(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:108")


def _towns() -> kgx.KnowledgeGraph:
    E = kgx.Entity
    pairs = [("lyon", "milan"), ("lyon", "frankfurt"), ("frankfurt", "milan")]
    triples = [t for a, b in pairs for t in (("t:" + a, "sister_city_of", "t:" + b), ("t:" + b, "sister_city_of", "t:" + a))]
    triples += [("t:villeurbanne", "neighbour_of", "t:lyon"), ("t:lyon", "neighbour_of", "t:villeurbanne"),
                ("t:villeurbanne", "suburb_of", "t:lyon"), ("t:lyon", "in_country", "c:france"),
                ("t:villeurbanne", "in_country", "c:france"), ("t:milan", "in_country", "c:italy"),
                ("t:frankfurt", "in_country", "c:germany")]
    names = {"lyon": "Lyon", "milan": "Milan", "frankfurt": "Frankfurt", "villeurbanne": "Villeurbanne"}
    entities = [E("t:" + k, kind="item", type="city", label=v) for k, v in names.items()]
    entities += [E("c:" + k, kind="attribute", type="country", label=v)
                 for k, v in (("france", "France"), ("italy", "Italy"), ("germany", "Germany"))]
    relations = [kgx.Relation("sister_city_of", phrase="is a sister city of", inverse_phrase="is a sister city of"),
                 kgx.Relation("neighbour_of", phrase="is a neighbour of", inverse_phrase="is a neighbour of"),
                 kgx.Relation("suburb_of", phrase="is a suburb of", inverse_phrase="has the suburb"),
                 kgx.Relation("in_country", phrase="is in", inverse_phrase="is the country of")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=entities, relations=relations)


@pytest.mark.parametrize("true_text,false_text", [
    # a relation said the same both ways, as a plural noun of two names
    ("Lyon and Milan are sister cities.", "Lyon and Villeurbanne are sister cities."),
    ("Villeurbanne and Lyon are neighbours.", "Milan and Lyon are neighbours."),
    ("Lyon and Milan are sister cities, and Milan is in Italy.", "Villeurbanne and Lyon are suburbs."),
    # only one said the other way round
    ("Villeurbanne is a suburb of Lyon.", "Lyon and Villeurbanne are suburbs."),
    ("Milan is one of Lyon's sister cities.", "Villeurbanne is one of Milan's sister cities."),
    ("Villeurbanne, Lyon's neighbour, is in France.", "Villeurbanne, Lyon's neighbour, is in Italy."),
    ("Lyon's neighbour is Villeurbanne.", "Milan is Lyon's sister city."),  # (one of three)
])
def test_symmetric_relation_nouns(true_text, false_text):
    _true_and_false(_towns(), true_text, false_text)


@pytest.mark.parametrize("true_text,false_text", [
    # "that one" / "this one": the item named last
    ("Jaws is by Steven Spielberg; you gave that one four stars.",
     "Jaws is by Steven Spielberg; you gave that one five stars."),
    ("You gave Jaws four stars, and that one is by Steven Spielberg.",
     "You gave Jaws four stars, and that one is by James Cameron."),
])
def test_that_one_is_the_item_named_last(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:84")


@pytest.mark.parametrize("true_text,false_text", [
    # "you rated both highly": each of the two
    ("Steven Spielberg directed Jurassic Park and E.T. the Extra-Terrestrial, and you rated both highly.",
     "Steven Spielberg directed Jurassic Park and Jaws, and you rated both highly."),
    # a credit line that names a part of the work ("Music by X."), also after another credit line
    ("Try Jurassic Park. Music by John Williams.", "Try Jurassic Park. Music by James Horner."),
    ("Try Jurassic Park. Directed by Steven Spielberg. Music by John Williams.",
     "Try Jurassic Park. Directed by Steven Spielberg. Music by James Horner."),
    ("Try Jurassic Park. Directed by Steven Spielberg. Edited by Michael Kahn.",
     "Try Jurassic Park. Directed by Steven Spielberg. Edited by Verna Fields."),
])
def test_both_highly_and_part_credit_lines(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:108")


@pytest.mark.parametrize("true_text,false_text", [
    # "that one" after a relative clause: the item named last, as "the latter"
    ("Vertigo was shot by Robert Burks, who also photographed North by Northwest; you gave that one four stars.",
     "Vertigo was shot by Robert Burks, who also photographed North by Northwest; you gave that one five stars."),
    # a listed subject with a relative clause goes on to a second predicate
    ("Jaws, which you rated four stars, and Jurassic Park were both directed by Steven Spielberg and "
     "distributed by Universal Studios.",
     "Jaws, which you rated four stars, and Jurassic Park were both directed by Steven Spielberg and "
     "edited by Michael Kahn."),
    # a suggestion says nothing of the item ("might appeal", "fits", "the obvious next step")
    ("If you enjoyed Psycho, Vertigo is the obvious next step: same director, Alfred Hitchcock.",
     "If you enjoyed Psycho, Vertigo is the obvious next step: same director, Steven Spielberg."),
    ("Since you rated Pulp Fiction four stars, Reservoir Dogs might appeal: Quentin Tarantino directed both.",
     "Since you rated Pulp Fiction four stars, Jaws might appeal: Quentin Tarantino directed both."),
    # "has Y in its cast", "with Y and Z in the cast"
    ("Heat has Val Kilmer in its cast.", "Heat has Ridley Scott in its cast."),
    ("Heat, with Val Kilmer and Jon Voight in the cast, is a crime film.",
     "Heat, with Val Kilmer and Michael Mann in the cast, is a crime film."),
    ("Since you liked Heat, try The Insider, which also has Diane Venora in its cast.",
     "Since you liked Heat, try The Insider, which also has Val Kilmer in its cast."),
    # years apart after a comma, or before a clause of its own
    ("Reservoir Dogs is a crime film from 1992, two years before Pulp Fiction.",
     "Reservoir Dogs is a crime film from 1992, two years after Pulp Fiction."),
    ("George Lucas directed American Graffiti four years before he made Star Wars: Episode IV - A New Hope.",
     "George Lucas directed American Graffiti three years before he made Star Wars: Episode IV - A New Hope."),
    ("James Cameron directed Aliens (1986), which you enjoyed, and five years later he directed Terminator 2: "
     "Judgment Day.",
     "James Cameron directed Aliens (1986), which you enjoyed, and four years later he directed Terminator 2: "
     "Judgment Day."),
])
def test_that_one_cast_years_apart_and_suggestions(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:84")


@pytest.mark.parametrize("text", [
    # red team 64: three names are not "rivals" of each other because the last one is of each
    "Lyon, Villeurbanne and Milan are sister cities.",
    "Lyon and Frankfurt and Villeurbanne are sister cities.",
])
def test_red_team_64_symmetric_nouns_of_two_names_only(text):
    checker = ConsistencyChecker(_towns(), rating_threshold=4.0)
    assert not checker.check(text, [(t.head, t.relation, t.tail) for t in _towns().triples()]).supported, text


@pytest.mark.parametrize("text", [
    # red team 64: "A and B from X's director" checked the last item only
    "You liked Desperado, so watch both Heat and From Dusk Till Dawn from Desperado's director.",
    "Watch Heat and From Dusk Till Dawn from the director of Desperado.",
    "Gladiator comes from Alien's directors.",
])
def test_red_team_64_maker_of_a_list(movies, text):
    assert not movies.check(text, [], user="user:84").supported, text


@pytest.mark.parametrize("true_text,false_text", [
    # "X, <apposition>, got N stars from you": the rating is X's
    ("Since Aliens, another James Cameron film, got four stars from you, give Titanic a go.",
     "Since Aliens, another James Cameron film, got five stars from you, give Titanic a go."),
    ("Heat, a crime film, got four stars from you.", "Heat, a crime film, got three stars from you."),
])
def test_got_stars_from_you_after_an_apposition(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:84")


def test_a_credit_line_after_a_sentence_naming_the_users_item(movies):
    # the credit is said of the one item the sentence before is about, not of the user's
    _movie_twins(movies, "Blade Runner (1982): directed by Ridley Scott, whose Alien you rated 4 stars. Music by Vangelis.",
                 "Blade Runner (1982): directed by Ridley Scott, whose Alien you rated 4 stars. Music by Jerry Goldsmith.",
                 "user:1")


def test_you_gave_the_first_n_stars(movies):
    # "the first" / "the second" before a rating after "gave": a reference to one of two items
    _movie_twins(movies, "Heat and Ronin share a star, Robert De Niro. You gave the first four stars.",
                 "Heat and Ronin share a star, Robert De Niro. You gave the first five stars.", "user:84")


@pytest.mark.parametrize("true_text,false_text", [
    # red team 65: a credit line after one that names another item is still the first item's
    ("Try Avenir. Inspired by Futura. Released by Linotype.", "Try Avenir. Inspired by Futura. Released by Bauer Type Foundry."),
])
def test_red_team_65_credit_lines_stay_with_their_item(true_text, false_text):
    _true_and_false(_typefaces(), true_text, false_text)


def test_years_earlier_before_a_clause_of_its_own(movies):
    _movie_twins(movies, "Michael Mann directed The Insider (1999), and four years earlier he directed Heat.",
                 "Michael Mann directed The Insider (1999), and three years earlier he directed Heat.", "user:84")


@pytest.mark.parametrize("true_text,false_text", [
    # "the same Ns as Y": every one of them, and more than one
    ("Patriot Games has the same producers as Clear and Present Danger.",
     "Hook has the same producers as Schindler's List."),  # (they share one of their producers)
    ("Patriot Games has the same producers as Clear and Present Danger.",
     "Jaws has the same writers as Jurassic Park."),
    # a clause after "Like X, Y ..., and" has a subject of its own
    ("Like Jaws, Jurassic Park was directed by Steven Spielberg, and John Williams scored both.",
     "Like Jaws, Jurassic Park was directed by Steven Spielberg, and James Horner scored both."),
    # two verbs of one new clause
    ("The Usual Suspects and Apt Pupil were shot by Newton Thomas Sigel, and John Ottman scored and edited each of them.",
     "The Usual Suspects and Apt Pupil were shot by Newton Thomas Sigel, and John Ottman scored and directed each of them."),
])
def test_the_same_producers_and_new_clauses_after_a_list(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:84")


def test_a_passive_chain_after_a_listed_subject_is_no_new_clause(movies):
    # found on writer 19's false texts: "A, which ..., and B were both written and directed by X"
    # is said of both (Big Trouble in Little China is not John Carpenter's script)
    assert not movies.check("Big Trouble in Little China, which you gave three and a half stars, and Escape from "
                            "New York were both written and directed by John Carpenter.", [], user="user:207").supported


def test_if_x_was_one_of_your_favourites(movies):
    # checked as "X was one of your favourites", as "If you loved X" is
    _movie_twins(movies, "If Jaws was one of your favourites, try Jurassic Park.",
                 "If Alien was one of your favourites, try Aliens.", "user:84")


@pytest.mark.parametrize("text", [
    # red team 66: "the same Ns as Y" after a verb, and a noun of two words, are every one too
    "Hook was produced by the same producers as Schindler's List.",
    "Lethal Weapon 4 was made by the same directors as The Goonies.",
    # a relative word inside a title opens no relative clause
    "Fans of Guess Who's Coming to Dinner should try On the Beach. Music by Frank De Vol.",
])
def test_red_team_66(movies, text):
    assert not movies.check(text, [], user="user:84").supported, text


def test_red_team_66_has_the_same_item_noun_states_no_relation(movies):
    # "X has the same film as Y" names no relation (the item's own type noun after "has")
    assert not movies.check("Jaws has the same film as Jurassic Park.", [], user="user:84").supported


@pytest.mark.parametrize("text", [
    # red team 67: a credit line after "try B" where B's name was read as no item; a bare number
    # title before "N years before Y" (it raised an IndexError)
    "Fans of Heat should try Titanic. Directed by Michael Mann.",
    "54, one year before Heat.",
])
def test_red_team_67(movies, text):
    assert not movies.check(text, [], user="user:84").supported, text


@pytest.mark.parametrize("true_text,false_text", [
    # "Fans of A should try B": a sentence after it is about B, the film recommended
    ("Fans of Heat should try Alien. It was directed by Ridley Scott.",
     "Fans of Heat should try Alien. It was directed by Michael Mann."),
    ("Fans of Heat should try Alien. Directed by Ridley Scott.",
     "Fans of Heat should try Alien. Directed by Michael Mann."),
    # red team 67: a title that is also a tag's label ("Titanic") names the film after "try"
    ("Fans of Heat should try Titanic. It was directed by James Cameron.",
     "Fans of Heat should try Titanic. It was directed by Michael Mann."),
    ("Fans of Weird Science should try Ghost. Directed by Jerry Zucker.",
     "Fans of Weird Science should try Ghost. Directed by John Hughes."),
])
def test_fans_of_a_should_try_b_then_b(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:84")


@pytest.mark.parametrize("true_text,false_text", [
    # "may appeal (to you)": a suggestion, as "might appeal"
    ("Since you loved Jaws, Jurassic Park may appeal to you: it was directed by Steven Spielberg.",
     "Since you loved Jaws, Jurassic Park may appeal to you: it was directed by Ridley Scott."),
    ("Since you loved Jaws, Jurassic Park might appeal to you.",
     "Since you loved Alien, Jurassic Park might appeal to you."),
    # "exactly as", ", much like": a comparison, as "just like"
    ("Jurassic Park was directed by Steven Spielberg, exactly as Jaws was.",
     "Jurassic Park was directed by Steven Spielberg, exactly as Alien was."),
    ("E.T. the Extra-Terrestrial has music by John Williams, much like Jaws.",
     "E.T. the Extra-Terrestrial has music by John Williams, much like Alien."),
    # "this one directed by X": the item named last
    ("You loved Heat; Casino also stars Robert De Niro, this one directed by Martin Scorsese.",
     "You loved Heat; Casino also stars Robert De Niro, this one directed by Michael Mann."),
    # "which in turn": a relative clause like any other
    ("Jaws was directed by Steven Spielberg, who in turn directed Jurassic Park.",
     "Jaws was directed by Steven Spielberg, who in turn directed Alien."),
    # a year in brackets after the name keeps the suggestion a suggestion (and is checked)
    ("If you liked Aliens, give Titanic (1997) a try: James Cameron wrote and directed it.",
     "If you liked Aliens, give Titanic (1953) a try: James Cameron wrote and directed it."),
    ("Jaws (1975) is worth a look.", "Jaws (1976) is worth a look."),
])
def test_may_appeal_exactly_as_this_one_and_bracketed_years(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:84")


@pytest.mark.parametrize("true_text,false_text,user", [
    # "X got N stars from you" names what the user did: "it" after it is the item suggested
    ("Since Jaws got four stars from you, try Raiders of the Lost Ark: it was written by Lawrence Kasdan.",
     "Since Jaws got four stars from you, try Raiders of the Lost Ark: it was written by Peter Benchley.",
     "user:84"),
    # "it came out the same year(, 1995)": the item "it" names and the one other item before it
    ("Since you loved Casino, try Heat: it came out the same year, 1995.",
     "Since you loved Casino, try Heat: it came out the same year, 1996.", "user:136"),
    ("Since you loved Casino, try Heat: it came out the same year.",
     "Since you loved Casino, try Jaws: it came out the same year.", "user:136"),
    # a year after a new clause's subject is that subject's, not a rating of the clause before
    ("You gave Jurassic Park 4 stars; Jaws, from 1975, was also distributed by Universal Studios.",
     "You gave Jurassic Park 4 stars; Jaws, from 1976, was also distributed by Universal Studios.", "user:1"),
    # ", here alongside Y": Y is in the item just named, as ", alongside Y"
    ("Casino stars Robert De Niro, here alongside Joe Pesci.",
     "Casino stars Robert De Niro, here alongside Al Pacino.", "user:84"),
])
def test_got_stars_from_you_same_year_pronoun_and_here_alongside(movies, true_text, false_text, user):
    _movie_twins(movies, true_text, false_text, user)


@pytest.mark.parametrize("text,user", [
    # red team 68: ", (exactly / much) as Z was" is Z as a subject again, never one more object
    ("Jurassic Park was directed by Steven Spielberg, exactly as Alien was.", "user:84"),
    # "(just / exactly) as you rated Y": the same rating as the one said before
    ("You rated Angels in the Outfield 1 stars, just as you rated Toy Story.", "user:414"),
    ("You rated Angels in the Outfield 1 stars, exactly as you rated Toy Story.", "user:414"),
    ("You rated Toy Story highly, exactly as you rated GoldenEye.", "user:414"),
    # "Ed Wood's films" are the person's, not the film "Ed Wood"'s (also after "watch")
    ("Watch Ed Wood's films, starring Bill Murray.", "user:84"),
    ("Ed Wood's films star Bill Murray.", "user:84"),
])
def test_red_team_68(movies, text, user):
    assert not movies.check(text, [], user=user).supported, text


def test_red_team_68_as_z_was_on_a_phrase_only_graph():
    names = {"rust": "Rust", "haskell": "Haskell", "cpp": "C++", "scala": "Scala"}
    entities = [kgx.Entity("l:" + k, kind="item", type="language", label=v) for k, v in names.items()]
    triples = [("l:" + h, "influenced_by", "l:" + t) for h, t in (("rust", "haskell"), ("rust", "cpp"), ("scala", "haskell"))]
    relations = [kgx.Relation("influenced_by", phrase="was influenced by", inverse_phrase="influenced")]
    kg = kgx.KnowledgeGraph.from_triples(triples, entities=entities, relations=relations)
    checker = ConsistencyChecker(kg, outside_evidence=True)
    assert checker.check("Rust was influenced by Haskell, as Scala was.", []).supported
    assert not checker.check("Rust was influenced by Haskell, as C++ was.", []).supported
    assert not checker.check("Rust was influenced by Haskell, exactly as C++ was.", []).supported


@pytest.mark.parametrize("true_text,false_text,user", [
    ("You rated Toy Story 4 stars, just as you rated Clueless.",
     "You rated Toy Story 4 stars, just as you rated Twelve Monkeys.", "user:414"),
    # every item listed after "Fans of" is framing, and "it" is the item suggested
    ("Fans of Heat, Ronin and Casino should try Alien. Directed by Ridley Scott.",
     "Fans of Heat, Ronin and Casino should try Alien. Directed by Michael Mann.", "user:84"),
    ("Fans of Heat and Ronin should try Alien. It was directed by Ridley Scott.",
     "Fans of Heat and Ronin should try Alien. It was directed by Michael Mann.", "user:84"),
])
def test_as_you_rated_and_fans_of_a_list(movies, true_text, false_text, user):
    _movie_twins(movies, true_text, false_text, user)


def _planes() -> kgx.KnowledgeGraph:
    """A graph declared with phrases only: a role the item "serves as", a first flight."""
    E = kgx.Entity
    planes = {"spitfire": ("Supermarine Spitfire", 1936, "fighter", "supermarine"),
              "lancaster": ("Avro Lancaster", 1941, "bomber", "avro"),
              "mosquito": ("de Havilland Mosquito", 1940, "fighter", "dh")}
    entities = [E("p:" + k, kind="item", type="aircraft", label=v[0], attrs={"year": v[1]})
                for k, v in planes.items()]
    entities += [E("r:" + r, kind="attribute", type="role", label=r) for r in ("fighter", "bomber")]
    entities += [E("m:" + k, kind="attribute", type="manufacturer", label=v)
                 for k, v in (("supermarine", "Supermarine"), ("avro", "Avro"), ("dh", "de Havilland"))]
    entities += [E("u:ana", kind="user", type="user", label="Ana")]
    triples = [("p:" + k, "has_role", "r:" + v[2]) for k, v in planes.items()]
    triples += [("p:mosquito", "has_role", "r:bomber")]
    triples += [("p:" + k, "built_by", "m:" + v[3]) for k, v in planes.items()]
    triples += [("u:ana", "rated", "p:spitfire", {"rating": 5.0}), ("u:ana", "rated", "p:lancaster", {"rating": 2.0})]
    relations = [kgx.Relation("has_role", phrase="serves as a", inverse_phrase="is the role of"),
                 kgx.Relation("built_by", phrase="was built by", inverse_phrase="built"),
                 kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=entities, relations=relations)


@pytest.mark.parametrize("true_text,false_text", [
    # a relation said "serves as a": its objects are classes of the item ("is a fighter"), not parts
    ("The Supermarine Spitfire is a fighter.", "The Avro Lancaster is a fighter."),
    ("The de Havilland Mosquito is a fighter and a bomber.", "The Avro Lancaster is a fighter and a bomber."),
    ("The Supermarine Spitfire, a fighter, was built by Supermarine.",
     "The Avro Lancaster, a fighter, was built by Avro."),
    # "first <verb> in <year>" after a relation said "first <verb> at": the item's year
    ("The Avro Lancaster first flew in 1941.", "The Avro Lancaster first flew in 1942."),
    ("The Avro Lancaster was built by Avro and first flew in 1941.",
     "The Avro Lancaster was built by Avro and first flew in 1940."),
    # "Liked the X?": said to the user, as "Liked X?"
    ("Liked the Supermarine Spitfire? Try the de Havilland Mosquito.",
     "Liked the Avro Lancaster? Try the de Havilland Mosquito."),
])
def test_serves_as_classes_first_flights_and_liked_the(true_text, false_text):
    kg = _planes()
    kg.add_relation(kgx.Relation("first_flew_at", phrase="first flew at", inverse_phrase="hosted the first flight of"))
    _true_and_false(kg, true_text, false_text, user="u:ana")


@pytest.mark.parametrize("true_text,false_text", [
    # red team 69: "it" listed or compared with a named item is another item than that one
    ("Try Jaws. Jurassic Park, as well as it, was directed by Steven Spielberg.",
     "Try Heat. Jurassic Park, as well as it, was directed by Steven Spielberg."),
    ("Try Jaws. Steven Spielberg directed Jurassic Park and it.",
     "Try Heat. Steven Spielberg directed Jurassic Park and it."),
    ("Try Jaws. Both Jurassic Park and it were directed by Steven Spielberg.",
     "Try Heat. Both Jurassic Park and it were directed by Steven Spielberg."),
    ("Try Jaws. Jurassic Park was directed by Steven Spielberg, as was it.",
     "Try Heat. Jurassic Park was directed by Steven Spielberg, as was it."),
    ("Try Jaws. Jurassic Park was directed by Steven Spielberg, just as it was.",
     "Try Heat. Jurassic Park was directed by Steven Spielberg, exactly as it was."),
    ("Try Jaws. Steven Spielberg directed Jurassic Park and this one.",
     "Try Heat. Steven Spielberg directed Jurassic Park and this one."),
])
def test_red_team_69_it_listed_with_a_name_is_another_item(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:84")


def test_red_team_69_a_and_it_before_a_verb_holds_for_both(movies):
    # "A and it was X": a list, or a clause about A? Each must have X; ", and it ..." is a clause
    assert not movies.check("Try Identity. Real Genius and it was produced by Brian Grazer.", [],
                            user="user:84").supported
    assert movies.check("Try Jurassic Park. Steven Spielberg directed Jaws, and it has music by John Williams.", [],
                        user="user:84").supported


@pytest.mark.parametrize("true_text,false_text", [
    # after a colon, "X's film" names the item before the colon again (X's, and the subject)
    ("Try Alien: Ridley Scott's film has music by Jerry Goldsmith.",
     "Try Alien: Michael Mann's film has music by Jerry Goldsmith."),
    ("Since you loved Jaws, try Alien: Ridley Scott's film has music by Jerry Goldsmith.",
     "Since you loved Jaws, try Alien: Ridley Scott's film has music by John Williams."),
])
def test_possessive_film_after_a_colon(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:84")


@pytest.mark.parametrize("true_text,false_text", [
    # "X is one of / among the Ns that ...": an N the clause after it describes
    ("Jaws is one of the films that Steven Spielberg directed.",
     "Alien is one of the films that Steven Spielberg directed."),
    ("Jaws is among the films directed by Steven Spielberg.",
     "Alien is among the films directed by Steven Spielberg."),
])
def test_one_of_the_ns_that(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:84")


@pytest.mark.parametrize("true_text,false_text", [
    # red team 70: "and so was it", "it was too", "it was as well", "and also it": another item
    ("Try Jaws. Jurassic Park was directed by Steven Spielberg, and so was it.",
     "Try Heat. Jurassic Park was directed by Steven Spielberg, and so was it."),
    ("Try Jaws. Jurassic Park was directed by Steven Spielberg; it was too.",
     "Try Heat. Jurassic Park was directed by Steven Spielberg; it was too."),
    ("Try Jaws. Jurassic Park was directed by Steven Spielberg, and it was as well.",
     "Try Heat. Jurassic Park was directed by Steven Spielberg, and it was as well."),
    ("Try Jaws. Steven Spielberg directed Jurassic Park and also it.",
     "Try Heat. Steven Spielberg directed Jurassic Park and also it."),
])
def test_red_team_70_so_was_it(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:84")


def _planes_with_an_engine() -> tuple[ConsistencyChecker, list[tuple[str, str, str]]]:
    """The planes graph with a part: the Spitfire "is powered by" the Merlin (every triple as
    evidence)."""
    kg = _planes()
    kg.add_entity("e:merlin", kind="attribute", type="engine", label="Rolls-Royce Merlin", aliases=("Merlin",))
    kg.add_relation(kgx.Relation("powered_by", phrase="is powered by", inverse_phrase="powers"))
    kg.add_triple("p:spitfire", "powered_by", "e:merlin")
    return ConsistencyChecker(kg, rating_threshold=4.0), [(t.head, t.relation, t.tail) for t in kg.triples()]


def test_red_team_70_a_part_is_not_said_as_a_class():
    checker, evidence = _planes_with_an_engine()
    assert checker.check("The Supermarine Spitfire is powered by the Merlin.", evidence).supported
    assert not checker.check("The Supermarine Spitfire is a Merlin engine.", evidence).supported


@pytest.mark.parametrize("text", [
    # red team 71: "since X ..., as is it" with the suggested item in the same sentence
    "Try Heat, since Jurassic Park was directed by Steven Spielberg, as was it.",
    "Try Heat: Jurassic Park was directed by Steven Spielberg, as was it.",
    # the item before the colon is only compared ("like A"): "X's film" is not it
    "Try Citizen Kane, like Rosemary's Baby: Roman Polanski's film is directed by Orson Welles.",
])
def test_red_team_71(movies, text):
    assert not movies.check(text, [], user="user:84").supported, text


@pytest.mark.parametrize("text", [
    # red team 71: an item's relation noun is never what the item is
    "The Supermarine Spitfire is an engine, the Merlin.",
    "The Supermarine Spitfire is an engine: the Rolls-Royce Merlin.",
    "The Supermarine Spitfire is the engine Merlin.",
])
def test_red_team_71_an_item_is_not_its_part(text):
    checker, evidence = _planes_with_an_engine()
    assert checker.check("The Supermarine Spitfire's engine is the Merlin.", evidence).supported
    assert not checker.check(text, evidence).supported, text


@pytest.mark.parametrize("true_text,false_text,user", [
    # red team 72: ", and it as well / likewise / similarly" repeats the verb for another item
    ("Try Jaws. Steven Spielberg directed Jurassic Park, and it as well.",
     "Try Heat. Steven Spielberg directed Jurassic Park, and it as well.", "user:84"),
    ("Try Jaws. Steven Spielberg directed Jurassic Park, and it likewise.",
     "Try Heat. Steven Spielberg directed Jurassic Park, and it likewise.", "user:84"),
])
def test_red_team_72_and_it_as_well(movies, true_text, false_text, user):
    _movie_twins(movies, true_text, false_text, user)


@pytest.mark.parametrize("text,user", [
    ("Try Pete's Dragon. You loved Dumbo, and it as well.", "user:1"),
    # "it" naming the very item of the clause it repeats says nothing more: not read
    ("Try Jurassic Park. Steven Spielberg directed Jurassic Park, and also it.", "user:84"),
])
def test_red_team_72_rejected(movies, text, user):
    assert not movies.check(text, [], user=user).supported, text


@pytest.mark.parametrize("true_text,false_text", [
    # "X is a film that ...": the relative clause is the subject's own predicate, not a description
    ("Jaws is a film that was directed by Steven Spielberg.",
     "Jaws is a film that was directed by Roy Scheider."),
    ("Jaws is a film that Steven Spielberg directed.", "Jaws is a movie that Roy Scheider directed."),
    ("Jaws was a 1975 film that was directed by Steven Spielberg.",
     "Jaws was a 1975 film that was not directed by Steven Spielberg."),
    ("Jaws is a film that stars Roy Scheider and was directed by Steven Spielberg.",
     "Jaws is a film that stars Steven Spielberg and was directed by Roy Scheider."),
    # the names after "alongside" are the item's own, not shared by the "also"
    ("Goodfellas stars Ray Liotta. Casino also stars Robert De Niro, alongside Joe Pesci and Sharon Stone.",
     "Goodfellas stars Ray Liotta. Casino also stars Robert De Niro, alongside Joe Pesci and Ray Liotta."),
    ("Goodfellas stars Ray Liotta. Casino also stars Robert De Niro, alongside Sharon Stone.",
     "Goodfellas stars Ray Liotta. Casino also stars Sharon Stone, alongside Joe Pesci and Robert De Niro."),
    # "<name>-<participle>": the participle's relation, said of the item described
    ("Jaws is a Steven Spielberg-directed horror film.", "Jaws is a John Williams-directed film."),
    ("Try the Steven Spielberg-directed horror film Jaws.", "Try the Steven Spielberg-directed comedy Jaws."),
    ("Jaws, a Steven Spielberg-directed film, stars Roy Scheider.",
     "Jaws, a Roy Scheider-directed film, stars Steven Spielberg."),
])
def test_film_that_alongside_after_also_and_hyphen_participles(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:84")


def _languages() -> ConsistencyChecker:
    """Languages and their designers, declared with phrases only."""
    names = {"rust": "Rust", "haskell": "Haskell", "cpp": "C++", "c": "C", "kotlin": "Kotlin"}
    entities = [kgx.Entity("l:" + k, kind="item", type="language", label=v) for k, v in names.items()]
    entities += [kgx.Entity("p:pike", kind="attribute", type="person", label="Rob Pike"),
                 kgx.Entity("p:bs", kind="attribute", type="person", label="Bjarne Stroustrup")]
    triples = [("l:" + h, "influenced_by", "l:" + t)
               for h, t in (("rust", "haskell"), ("rust", "cpp"), ("kotlin", "c"), ("cpp", "c"))]
    triples += [("l:kotlin", "designed_by", "p:pike"), ("l:cpp", "designed_by", "p:bs")]
    relations = [kgx.Relation("influenced_by", phrase="was influenced by", inverse_phrase="influenced"),
                 kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed")]
    kg = kgx.KnowledgeGraph.from_triples(triples, entities=entities, relations=relations)
    return ConsistencyChecker(kg, outside_evidence=True)


@pytest.mark.parametrize("true_text,false_text", [
    ("Kotlin is a language that was designed by Rob Pike.",
     "Kotlin is a language that was designed by Bjarne Stroustrup."),
    ("Kotlin is a Rob Pike-designed language.", "Kotlin is a Bjarne Stroustrup-designed language."),
    ("Kotlin, a Rob Pike-designed language, was influenced by C.",
     "Kotlin, a Rob Pike-designed language, was influenced by Haskell."),
    ("Kotlin is a Rob Pike-designed language and was influenced by C.",
     "Kotlin is a Bjarne Stroustrup-designed language and was influenced by C."),
    ("Rust is a Haskell-influenced language.", "Haskell is a Rust-influenced language."),
    ("Try the Haskell-influenced Rust.", "Try the Haskell-influenced Kotlin."),
    ("Try the Rob Pike-designed Kotlin.", "Kotlin is a C-designed language."),
])
def test_hyphen_participles_on_a_phrase_only_graph(true_text, false_text):
    checker = _languages()
    assert checker.check(true_text, []).supported, true_text
    assert not checker.check(false_text, []).supported, false_text


def test_a_type_two_relations_end_in_is_the_noun_of_the_one_said_of_items():
    # regions end both a wine's "comes from" and a winery's "is located in": "the same region"
    # said of wines is the wines' relation
    E = kgx.Entity
    entities = [E("w:opus", kind="item", type="wine", label="Opus One"),
                E("w:insignia", kind="item", type="wine", label="Insignia"),
                E("w:sassicaia", kind="item", type="wine", label="Sassicaia"),
                E("y:antinori", kind="attribute", type="winery", label="Antinori"),
                E("r:napa", kind="attribute", type="region", label="Napa Valley"),
                E("r:tuscany", kind="attribute", type="region", label="Tuscany")]
    triples = [("w:opus", "region", "r:napa"), ("w:insignia", "region", "r:napa"),
               ("w:sassicaia", "region", "r:tuscany"), ("y:antinori", "located_in", "r:tuscany")]
    relations = [kgx.Relation("region", phrase="comes from", inverse_phrase="is the home of"),
                 kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Insignia comes from the same region as Opus One.", "Insignia and Opus One share a region, Napa Valley.",
                         "Insignia's region is Napa Valley."),
                        ("Insignia comes from the same region as Sassicaia.", "Insignia and Sassicaia share a region, Napa Valley.",
                         "Antinori's region is Tuscany.", "Insignia's region is Tuscany."))


@pytest.mark.parametrize("true_text,false_text", [
    # "N years apart": the graph's years of the two items listed before it (Vertigo 1958, Psycho 1960)
    ("Vertigo and Psycho came out two years apart.", "Vertigo and Psycho came out three years apart."),
    ("Vertigo and North by Northwest came out a year apart.", "Vertigo and Psycho were released a year apart."),
    ("Vertigo and Psycho, released two years apart, were both directed by Alfred Hitchcock.",
     "Vertigo and Psycho, released three years apart, were both directed by Alfred Hitchcock."),
    ("Alfred Hitchcock directed Vertigo and Psycho, two years apart.",
     "Alfred Hitchcock directed Vertigo and Psycho, five years apart."),
    ("Both Vertigo and Psycho came out two years apart.", "Jaws, Vertigo and Psycho came out two years apart."),
])
def test_n_years_apart_of_two_listed_items(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:84")


@pytest.mark.parametrize("true_text,false_text", [
    # red team 73: the names after "alongside" drop the "also" for themselves only; a later
    # predicate with its own "also" still needs the liked film to share it
    ("Since you liked Casino, Goodfellas also stars Robert De Niro, alongside Paul Sorvino, and was also directed by Martin Scorsese.",
     "Since you liked Heat, Goodfellas also stars Robert De Niro, alongside Paul Sorvino, and was also directed by Martin Scorsese."),
    ("Since you liked Casino, Goodfellas also stars Robert De Niro, alongside Paul Sorvino, and also stars Joe Pesci.",
     "Since you liked Heat, Goodfellas also stars Robert De Niro, alongside Paul Sorvino, and also stars Joe Pesci."),
    # "X is a film that ..." after a framing clause
    ("Since you liked Schindler's List, Jaws is a film that was also directed by Steven Spielberg.",
     "Since you liked Heat, Jaws is a film that was also directed by Steven Spielberg."),
])
def test_red_team_73_alongside_then_also(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:64")  # (rated Casino, Heat and Schindler's List highly)


@pytest.mark.parametrize("true_text,false_text", [
    # a participle after "a <kind noun> from <place>" is said of the item the noun names, when
    # no place can be its subject
    ("Led Zeppelin is a band from London signed to Atlantic Records.",
     "Led Zeppelin is a band from London signed to EMI."),
    ("Led Zeppelin, a band from London signed to Atlantic Records, was influenced by Muddy Waters.",
     "Queen, a band from London signed to Atlantic Records, was influenced by Muddy Waters."),
    ("Queen is a band from London signed to EMI.", "Queen is a band from Liverpool signed to EMI."),
])
def test_participle_after_a_kind_noun_from_a_place(true_text, false_text):
    from kgexplain.datasets.music import music_graph
    checker = ConsistencyChecker(music_graph(), outside_evidence=True)
    assert checker.check(true_text, []).supported, true_text
    assert not checker.check(false_text, []).supported, false_text


def _teas() -> ConsistencyChecker:
    """Teas declared with phrases only: where each is grown, its notes, another name."""
    E = kgx.Entity
    entities = [E("t:tgy", kind="item", type="tea", label="Tie Guan Yin", aliases=("Iron Goddess",)),
                E("t:lj", kind="item", type="tea", label="Long Jing", aliases=("Dragon Well",)),
                E("k:oolong", kind="attribute", type="tea type", label="oolong"),
                E("k:green", kind="attribute", type="tea type", label="green tea"),
                E("p:anxi", kind="attribute", type="region", label="Anxi"),
                E("p:hangzhou", kind="attribute", type="region", label="Hangzhou"),
                E("n:orchid", kind="attribute", type="note", label="orchid"),
                E("n:chestnut", kind="attribute", type="note", label="chestnut")]
    triples = [("t:tgy", "tea_type", "k:oolong"), ("t:lj", "tea_type", "k:green"), ("t:tgy", "grown_in", "p:anxi"),
               ("t:lj", "grown_in", "p:hangzhou"), ("t:tgy", "note", "n:orchid"), ("t:lj", "note", "n:chestnut")]
    relations = [kgx.Relation("tea_type", phrase="is a type of", inverse_phrase="includes"),
                 kgx.Relation("grown_in", phrase="is grown in", inverse_phrase="grows"),
                 kgx.Relation("note", phrase="has notes of", inverse_phrase="is a note in")]
    return ConsistencyChecker(kgx.KnowledgeGraph.from_triples(triples, entities=entities, relations=relations),
                              outside_evidence=True)


@pytest.mark.parametrize("true_text,false_text", [
    # "is grown in X" also reads "comes from X", "a tea from X" (a verb of making, not of setting)
    ("Tie Guan Yin comes from Anxi.", "Tie Guan Yin comes from Hangzhou."),
    ("Tie Guan Yin is an oolong from Anxi.", "Long Jing is an oolong from Anxi."),
    # "with" after "a <kind> from <place>" is the item's
    ("Tie Guan Yin is an oolong from Anxi with notes of orchid.",
     "Tie Guan Yin is an oolong from Anxi with notes of chestnut."),
    # another name of the same entity
    ("Long Jing, also known as Dragon Well, has notes of chestnut.",
     "Long Jing, also known as Iron Goddess, has notes of chestnut."),
    ("Tie Guan Yin (also called Iron Goddess) comes from Anxi.",
     "Tie Guan Yin (also called Dragon Well) comes from Anxi."),
])
def test_grown_in_from_with_after_a_place_and_also_known_as(true_text, false_text):
    checker = _teas()
    assert checker.check(true_text, []).supported, true_text
    assert not checker.check(false_text, []).supported, false_text


def test_covers_reads_about_and_a_graph_without_copula_reads_an_authors_kind():
    E = kgx.Entity
    entities = [E("p:se", kind="item", type="podcast", label="Song Exploder"),
                E("p:rl", kind="item", type="podcast", label="Radiolab"),
                E("t:music", kind="attribute", type="topic", label="music"),
                E("t:science", kind="attribute", type="topic", label="science")]
    triples = [("p:se", "covers_topic", "t:music"), ("p:rl", "covers_topic", "t:science")]
    relations = [kgx.Relation("covers_topic", phrase="covers", inverse_phrase="is covered by")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Song Exploder is a podcast about music.", "Song Exploder is about music.",
                         "Radiolab, a podcast about science, covers science."),
                        ("Song Exploder is a podcast about science.", "Radiolab is about music.",
                         "Song Exploder is not about music."))
    languages = _languages()  # no relation is said "is a": "a Rob Pike language" is his design
    assert languages.check("Kotlin is a Rob Pike language.", []).supported
    assert not languages.check("Kotlin is a Bjarne Stroustrup language.", []).supported


def test_the_own_kind_before_a_relative_and_bike_for_bicycle():
    E = kgx.Entity
    entities = [E("p:se", kind="item", type="podcast", label="Song Exploder"),
                E("p:cr", kind="item", type="podcast", label="Criminal"),
                E("p:se2", kind="item", type="podcast", label="Serial"),
                E("n:rt", kind="attribute", type="network", label="Radiotopia"),
                E("n:sp", kind="attribute", type="network", label="Serial Productions"),
                E("b:grizl", kind="item", type="bicycle", label="Grizl"),
                E("m:carbon", kind="attribute", type="material", label="carbon"),
                E("m:alu", kind="attribute", type="material", label="aluminium")]
    triples = [("p:se", "produced_by", "n:rt"), ("p:cr", "produced_by", "n:rt"), ("p:se2", "produced_by", "n:sp"),
               ("b:grizl", "frame", "m:carbon")]
    relations = [kgx.Relation("produced_by", phrase="is produced by", inverse_phrase="produces"),
                 kgx.Relation("frame", phrase="is built from", inverse_phrase="is used to build")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Song Exploder is produced by Radiotopia, the network that produces Criminal.",
                         "The Grizl is a carbon bike."),
                        ("Song Exploder is produced by Radiotopia, the network that produces Serial.",
                         "Song Exploder is produced by Radiotopia, the network that does not produce Criminal.",
                         "The Grizl is an aluminium bike."))


@pytest.mark.parametrize("true_text,false_text", [
    # red team 74: "Like C, X ..." holds for C in every predicate of X's clause, also a reduced
    # participle or a "with" phrase after the first
    ("Like Casino, Goodfellas is a film directed by Martin Scorsese starring Joe Pesci.",
     "Like Casino, Goodfellas is a film directed by Martin Scorsese starring Ray Liotta."),
    ("Like Casino, Goodfellas stars Robert De Niro, directed by Martin Scorsese.",
     "Like Heat, Goodfellas stars Robert De Niro, directed by Martin Scorsese."),
])
def test_red_team_74_like_holds_for_every_predicate_of_the_clause(movies, true_text, false_text):
    _movie_twins(movies, true_text, false_text, "user:84")


@pytest.mark.parametrize("true_text,false_text", [
    ("Like Queen, Led Zeppelin is a band from London.", "Like Queen, Led Zeppelin is a band from London signed to Atlantic Records."),
    ("Led Zeppelin is a band from London with the member Jimmy Page.",
     "Like Queen, Led Zeppelin is a band from London with the member Jimmy Page."),
])
def test_red_team_74_on_the_music_graph(true_text, false_text):
    from kgexplain.datasets.music import music_graph
    checker = ConsistencyChecker(music_graph(), outside_evidence=True)
    assert checker.check(true_text, []).supported, true_text
    assert not checker.check(false_text, []).supported, false_text


def test_a_hosts_show_and_began_in_a_year():
    E = kgx.Entity
    entities = [E("p:tal", kind="item", type="podcast", label="This American Life", attrs={"year": 1995}),
                E("p:hh", kind="item", type="podcast", label="Hardcore History", attrs={"year": 2005}),
                E("h:glass", kind="attribute", type="host", label="Ira Glass"),
                E("h:carlin", kind="attribute", type="host", label="Dan Carlin")]
    triples = [("p:tal", "hosted_by", "h:glass"), ("p:hh", "hosted_by", "h:carlin")]
    relations = [kgx.Relation("hosted_by", phrase="is hosted by", inverse_phrase="hosts")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Try This American Life, Ira Glass's show.", "This American Life is an Ira Glass podcast.",
                         "Hardcore History, which began in 2005, is hosted by Dan Carlin."),
                        ("Try This American Life, Dan Carlin's show.", "Hardcore History is an Ira Glass podcast.",
                         "Hardcore History, which began in 2006, is hosted by Dan Carlin."))


def test_red_team_75_negative_and_part_relations_are_never_read_implicitly():
    E = kgx.Entity
    entities = [E("p:se", kind="item", type="podcast", label="Song Exploder"),
                E("p:hb", kind="item", type="podcast", label="Hidden Brain"),
                E("n:npr", kind="attribute", type="network", label="NPR"),
                E("n:rt", kind="attribute", type="network", label="Radiotopia"),
                E("b:marlin", kind="item", type="bicycle", label="Marlin"),
                E("b:grizl", kind="item", type="bicycle", label="Grizl"),
                E("m:steel", kind="attribute", type="material", label="steel"),
                E("m:alu", kind="attribute", type="material", label="aluminium"),
                E("d:road", kind="attribute", type="discipline", label="road racing"),
                E("d:gravel", kind="attribute", type="discipline", label="gravel")]
    triples = [("p:se", "produced_by", "n:rt"), ("p:se", "turned_down_by", "n:npr"), ("p:hb", "produced_by", "n:npr"),
               ("b:marlin", "fork", "m:steel"), ("b:marlin", "frame", "m:alu"),
               ("b:grizl", "unfit_for", "d:road"), ("b:grizl", "designed_for", "d:gravel")]
    relations = [kgx.Relation("produced_by", phrase="is produced by", inverse_phrase="produces"),
                 kgx.Relation("turned_down_by", phrase="was turned down by", inverse_phrase="turned down"),
                 kgx.Relation("fork", phrase="has a fork made of", inverse_phrase="is used for the fork of"),
                 kgx.Relation("frame", phrase="is built from", inverse_phrase="is used to build"),
                 kgx.Relation("unfit_for", phrase="is unsuitable for", inverse_phrase="is a poor fit for"),
                 kgx.Relation("designed_for", phrase="is designed for", inverse_phrase="is the discipline of")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Hidden Brain is an NPR podcast.", "The Marlin is an aluminium bike.", "The Grizl is a gravel bike.",
                         "Song Exploder was turned down by NPR."),
                        ("Song Exploder is an NPR podcast.", "The NPR podcast Song Exploder is worth a look.",
                         "The Marlin is a steel bike.", "The Grizl is a road racing bike."))


def test_is_equipped_with_reads_with_and_comes_with():
    E = kgx.Entity
    entities = [E("b:grizl", kind="item", type="bicycle", label="Grizl"),
                E("g:rival", kind="attribute", type="groupset", label="SRAM Rival"),
                E("g:105", kind="attribute", type="groupset", label="Shimano 105")]
    relations = [kgx.Relation("groupset", phrase="is equipped with", inverse_phrase="equips")]
    checker = ConsistencyChecker(kgx.KnowledgeGraph.from_triples([("b:grizl", "groupset", "g:rival")], entities=entities,
                                                                 relations=relations), outside_evidence=True)
    for text in ("The Grizl comes with SRAM Rival.", "The Grizl is a bike with SRAM Rival."):
        assert checker.check(text, []).supported, text
    for text in ("The Grizl comes with Shimano 105.", "The Grizl is a bike with Shimano 105."):
        assert not checker.check(text, []).supported, text


@pytest.mark.parametrize("phrase", ["was almost directed by", "was offered to", "was originally to be directed by",
                                    "was turned down by", "is misattributed to"])
def test_red_team_76_hedged_relations_are_read_by_their_own_words_only(phrase):
    E = kgx.Entity
    entities = [E("m:a", kind="item", type="film", label="Harbor Lights"),
                E("m:b", kind="item", type="film", label="Iron Lanterns"),
                E("p:sc", kind="attribute", type="person", label="Sofia Coppola")]
    triples = [("m:a", "near", "p:sc"), ("m:b", "directed_by", "p:sc")]
    relations = [kgx.Relation("directed_by", phrase="was directed by", inverse_phrase="directed"),
                 kgx.Relation("near", phrase=phrase, inverse_phrase="passed on")]
    checker = ConsistencyChecker(kgx.KnowledgeGraph.from_triples(triples, entities=entities, relations=relations),
                                 outside_evidence=True)
    assert checker.check("Iron Lanterns is a Sofia Coppola film.", []).supported
    assert not checker.check("Harbor Lights is a Sofia Coppola film.", []).supported
    assert not checker.check("Sofia Coppola's Harbor Lights is worth a look.", []).supported


def test_red_team_76_a_place_participle_reads_its_own_relation_and_with_only_of_equipping():
    E = kgx.Entity
    entities = [E("t:tgy", kind="item", type="tea", label="Tie Guan Yin"), E("t:lj", kind="item", type="tea", label="Long Jing"),
                E("p:anxi", kind="attribute", type="region", label="Anxi"),
                E("p:hz", kind="attribute", type="region", label="Hangzhou"),
                E("f:mint", kind="attribute", type="flavour", label="mint")]
    triples = [("t:tgy", "grown_in", "p:anxi"), ("t:tgy", "packed_in", "p:hz"), ("t:lj", "tied_with", "f:mint")]
    relations = [kgx.Relation("grown_in", phrase="is grown in", inverse_phrase="grows"),
                 kgx.Relation("packed_in", phrase="is packed in", inverse_phrase="packs"),
                 kgx.Relation("tied_with", phrase="is tied with", inverse_phrase="ties with")]
    _phrase_graph_texts(triples, entities, relations,
                        ("The Anxi-grown Tie Guan Yin is worth a look.", "Try the Hangzhou-packed Tie Guan Yin."),
                        ("The Hangzhou-grown Tie Guan Yin is worth a look.", "Try the Anxi-packed Tie Guan Yin.",
                         "Long Jing comes with mint.", "Long Jing is a mint tea."))


@pytest.mark.parametrize("true_text,false_text", [
    # two subjects of one relative clause: each verb is said of the antecedent
    ("Jumanji, which Joe Johnston directed and Jonathan Hensleigh wrote, stars Robin Williams.",
     "Jumanji, which Joe Johnston directed and James Horner wrote, stars Robin Williams."),
    ("Grumpier Old Men is a comedy that Howard Deutch directed and John Davis produced.",
     "Grumpier Old Men is a comedy that Howard Deutch directed and John Davis did not produce."),
    ("Grumpier Old Men, which Howard Deutch directed and Alan Silvestri scored, stars Jack Lemmon.",
     "Jumanji, which Joe Johnston wrote and Jonathan Hensleigh directed, is a fantasy."),
    ("Jumanji, which Joe Johnston directed and Robert Dalva edited, came out in 1995.",
     "Jumanji, which Joe Johnston directed and Robert Dalva edited, came out in 1996."),
    # a year between the article and the kind noun of "is a film by X"
    ("Grumpier Old Men is a 1995 film by Howard Deutch.", "Grumpier Old Men is a 1994 film by Howard Deutch."),
    ("Grumpier Old Men is a 1995 film from Warner Bros.", "Grumpier Old Men is a 1995 film by Alan Silvestri."),
    # "with X" after a bare "by" describes the item, as "a comedy with X" does
    ("Try Grumpier Old Men, a comedy by Howard Deutch with Jack Lemmon.",
     "Try Grumpier Old Men, a comedy by Howard Deutch with Tom Hanks."),
    ("Grumpier Old Men is a comedy by Howard Deutch with Jack Lemmon and Walter Matthau.",
     "Grumpier Old Men is a comedy by Howard Deutch with Bonnie Hunt."),
    # "an adventure" is a count noun, as "a thriller" is
    ("Jumanji is an adventure by Joe Johnston.", "Grumpier Old Men is an adventure."),
    # a subtitle names the item alone (not one that opens with a preposition)
    ("Return of the Jedi stars Mark Hamill.", "Return of the Jedi stars Robin Williams."),
    ("The Empire Strikes Back is a sci-fi film.", "Bruce Willis stars in With a Vengeance."),
    # ", also directed by X," closes before its subject's year
    ("You loved Blade Runner; Alien, also directed by Ridley Scott, is a 1979 horror film.",
     "You loved Blade Runner; Alien, also directed by Ridley Scott, is a 1980 horror film."),
    # ", the 1942 romance that X directed": a count genre ends the apposition's noun phrase
    ("Casablanca, the 1942 romance that Michael Curtiz directed, is a drama.",
     "Casablanca, the 1942 romance that Michael Curtiz wrote, is a drama."),
    ("Casablanca, the romance by Michael Curtiz, is a drama.", "Casablanca, the comedy that Michael Curtiz directed, is a drama."),
    # "should suit you" after the item's clause between commas is a suggestion
    ("Heat, which stars Al Pacino, should suit you.", "Heat, which stars Tom Hanks, should suit you."),
    # "a film starring X with music by Y": the music is the film's
    ("James Cameron directed Aliens, a 1986 film starring Sigourney Weaver with music by James Horner.",
     "James Cameron directed Aliens, a 1986 film starring Sigourney Weaver with music by Hans Zimmer."),
])
def test_movie_wording_session_28(movies, true_text, false_text):
    assert movies.check(true_text, [], user="user:18").supported, true_text  # loved Blade Runner
    assert not movies.check(false_text, [], user="user:18").supported, false_text


def _ships() -> kgx.KnowledgeGraph:
    """Years as entities (a catalog's "commissioned in 1778"), a "features N by" phrase and a
    lower-case material whose name holds a noun cue ("oak timber")."""
    E = kgx.Entity
    entities = [E("s:victory", kind="item", type="ship", label="HMS Victory"),
                E("s:constitution", kind="item", type="ship", label="USS Constitution"),
                E("s:cutty", kind="item", type="ship", label="Cutty Sark"),
                E("y:1778", type="year", label="1778"), E("y:1797", type="year", label="1797"),
                E("y:1869", type="year", label="1869"), E("y:1870", type="year", label="1870"),
                E("s:mary", kind="item", type="ship", label="Mary Rose"), E("y:1982", type="year", label="1982"),
                E("user:ann", kind="user", label="Ann"), E("o:navy", type="owner", label="Royal Navy"),
                E("p:slade", type="person", label="Thomas Slade"),
                E("p:humphreys", type="person", label="Joshua Humphreys"),
                E("p:ward", type="person", label="Edward Ward"),
                E("m:oak", type="timber", label="oak timber"), E("m:teak", type="timber", label="teak timber"),
                E("f:chatham", type="yard", label="Chatham Dockyard")]
    triples = [("s:victory", "commissioned_in", "y:1778"), ("s:constitution", "commissioned_in", "y:1797"),
               ("s:cutty", "commissioned_in", "y:1869"), ("s:cutty", "refitted_in", "y:1870"),
               ("s:mary", "raised_in", "y:1982"), ("user:ann", "rated", "s:victory", {"rating": 5}),
               ("s:victory", "commissioned_by", "o:navy"),
               ("s:victory", "design_by", "p:slade"), ("s:constitution", "design_by", "p:humphreys"),
               ("s:victory", "carvings_by", "p:ward"),
               ("s:victory", "hull_from", "m:oak"), ("s:cutty", "hull_from", "m:teak"),
               ("s:victory", "built_at", "f:chatham"), ("s:victory", "noted_for", "m:oak")]
    relations = [kgx.Relation("commissioned_in", phrase="was commissioned in", inverse_phrase="saw the commissioning of"),
                 kgx.Relation("refitted_in", phrase="was refitted in", inverse_phrase="saw the refit of"),
                 kgx.Relation("raised_in", phrase="was raised in", inverse_phrase="saw the raising of"),
                 kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by"),
                 kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned"),
                 kgx.Relation("design_by", phrase="was designed by", inverse_phrase="designed"),
                 kgx.Relation("carvings_by", phrase="features carvings by", inverse_phrase="carved the figures of"),
                 kgx.Relation("hull_from", phrase="is built from", inverse_phrase="went into"),
                 kgx.Relation("built_at", phrase="was built at", inverse_phrase="built"),
                 kgx.Relation("noted_for", phrase="is known for", inverse_phrase="is a hallmark of")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=entities, relations=relations)


@pytest.mark.parametrize("true_text,false_text", [
    # a year given as an entity is the item's year, where the item has one such link only
    ("HMS Victory was commissioned in 1778.", "HMS Victory was commissioned in 1797."),
    ("USS Constitution is a 1797 ship designed by Joshua Humphreys.",
     "USS Constitution, a 1778 ship designed by Joshua Humphreys, was built at Chatham Dockyard."),
    ("HMS Victory, a 1778 ship, was designed by Thomas Slade.", "HMS Victory is a 1797 ship."),
    ("Commissioned in 1778, HMS Victory was designed by Thomas Slade.",
     "Commissioned in 1797, HMS Victory was designed by Thomas Slade."),
    ("HMS Victory (1778) was built at Chatham Dockyard.", "USS Constitution (1778) was designed by Joshua Humphreys."),
    # (two year links: which one a bare year means, the graph cannot say)
    ("HMS Victory, designed by Thomas Slade, was commissioned in 1778.", "Cutty Sark is a 1869 ship."),
    # (nor a year of a later act: the wreck was raised in 1982, not made)
    ("USS Constitution was commissioned in 1797.", "Mary Rose is a 1982 ship."),
    # red team 77: the graph dates one event; another verb, or a year outside the verb's
    # phrase, says an event it does not date
    ("HMS Victory was commissioned in 1778.", "HMS Victory was built in 1778."),
    ("Commissioned in 1778, HMS Victory was designed by Thomas Slade.", "Launched in 1778, HMS Victory is worth a look."),
    ("HMS Victory (1778) was designed by Thomas Slade.", "In 1778, Thomas Slade designed HMS Victory."),
    ("USS Constitution, commissioned in 1797, was designed by Joshua Humphreys.",
     "Chatham Dockyard built HMS Victory in 1778."),
    # red team 78: "from <year>" is verbless only after the copula, a comma or a kind noun
    ("HMS Victory is from 1778.", "HMS Victory was built from 1778."),
    ("HMS Victory, from 1778, was designed by Thomas Slade.", "HMS Victory was designed by Thomas Slade from 1778."),
    # a participial apposition closes before the verb of its subject
    ("HMS Victory, known for oak timber, was commissioned in 1778.",
     "HMS Victory, known for oak timber, was commissioned in 1779."),
    # "features N by" reads as "has N by"
    ("HMS Victory has carvings by Edward Ward.", "USS Constitution has carvings by Edward Ward."),
    ("HMS Victory, with carvings by Edward Ward, was designed by Thomas Slade.",
     "HMS Victory, with carvings by Thomas Slade, was designed by Thomas Slade."),
    # (its carvings are not its whole decoration: no synonym of a noun the graph does not say)
    ("Edward Ward carved the figures of HMS Victory.", "HMS Victory is decorated by Edward Ward."),
])
def test_ship_catalog_wording(true_text, false_text):
    checker = ConsistencyChecker(_ships(), outside_evidence=True)
    assert checker.check(true_text, []).supported, true_text
    assert not checker.check(false_text, []).supported, false_text


def test_a_lower_case_name_that_holds_a_noun_cue_whole_is_the_name():
    """ "cow's milk" where "milk" is the noun cue of "is made from" (its range type)."""
    E = kgx.Entity
    entities = [E("i:fior", kind="item", type="gelato", label="Fior di Latte"),
                E("i:capra", kind="item", type="gelato", label="Capra Bianca"),
                E("m:cow", type="milk", label="cow's milk"), E("m:goat", type="milk", label="goat's milk")]
    triples = [("i:fior", "made_from", "m:cow"), ("i:capra", "made_from", "m:goat")]
    relations = [kgx.Relation("made_from", phrase="is made from", inverse_phrase="is used to make")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Fior di Latte is made from cow's milk.", "Capra Bianca is a goat's milk gelato."),
                        ("Fior di Latte is made from goat's milk.", "Capra Bianca is a cow's milk gelato."))


def test_lies_within_reads_in():
    E = kgx.Entity
    entities = [E("v:a", kind="item", type="vineyard", label="Clos Rougeard"),
                E("v:b", kind="item", type="vineyard", label="Clos de la Coulée"),
                E("z:saumur", type="appellation", label="Saumur-Champigny"),
                E("z:savennieres", type="appellation", label="Savennières")]
    triples = [("v:a", "within", "z:saumur"), ("v:b", "within", "z:savennieres")]
    relations = [kgx.Relation("within", phrase="lies within", inverse_phrase="contains")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Clos Rougeard is a vineyard in Saumur-Champigny.", "Clos de la Coulée is in Savennières."),
                        ("Clos Rougeard is a vineyard in Savennières.", "Clos de la Coulée is in Saumur-Champigny."))


def test_a_relative_clause_after_a_place_is_about_the_item_when_places_never_hold_its_relation():
    E = kgx.Entity
    entities = [E("c:stilton", kind="item", type="cheese", label="Stichelton"),
                E("c:comte", kind="item", type="cheese", label="Comté"),
                E("r:notts", type="region", label="Nottinghamshire"), E("r:jura", type="region", label="Jura"),
                E("w:port", type="wine", label="port"), E("w:jaune", type="wine", label="vin jaune")]
    triples = [("c:stilton", "from", "r:notts"), ("c:comte", "from", "r:jura"),
               ("c:stilton", "pairs", "w:port"), ("c:comte", "pairs", "w:jaune")]
    relations = [kgx.Relation("from", phrase="comes from", inverse_phrase="is the home of"),
                 kgx.Relation("pairs", phrase="pairs with", inverse_phrase="goes well with")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Stichelton is a cheese from Nottinghamshire that pairs with port.",
                         "Try Comté from the Jura, which pairs with vin jaune."),
                        ("Stichelton is a cheese from Nottinghamshire that pairs with vin jaune.",
                         "Try Comté from the Jura, which pairs with port.",
                         "Try Comté from Nottinghamshire, which pairs with vin jaune.",
                         # red team 78: a verb between the item and the name ends the noun phrase
                         "Stichelton pairs with port, which comes from Nottinghamshire.",
                         "Comté comes from the Jura, which pairs with vin jaune."))


def test_a_prepositional_apposition_closes_before_its_subjects_verb():
    E = kgx.Entity
    entities = [E("p:glacier", kind="item", type="park", label="Glacier National Park"),
                E("s:mt", type="state", label="Montana"), E("y:1910", type="year", label="1910")]
    triples = [("p:glacier", "in", "s:mt"), ("p:glacier", "est", "y:1910")]
    relations = [kgx.Relation("in", phrase="is located in", inverse_phrase="is home to"),
                 kgx.Relation("est", phrase="was established in", inverse_phrase="saw the founding of")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Glacier National Park, in Montana, was established in 1910.",
                         "Founded in 1910, Glacier National Park is in Montana."),  # (the verb's family)
                        ("Glacier National Park, in Montana, was established in 1911.",
                         "Completed in 1910, Glacier National Park is in Montana."))


def test_red_team_77_only_a_year_entity_of_a_dating_relation_dates_the_item():
    E = kgx.Entity
    entities = [E("w:essay", kind="item", type="essay", label="On Tariffs"),
                E("w:film", kind="item", type="film", label="Orbit Zero"),
                E("w:tomb", kind="item", type="site", label="KV62"),
                E("m:1843", type="magazine", label="1843"), E("y:2001", type="year", label="2001"),
                E("y:1922", type="year", label="1922")]
    triples = [("w:essay", "published_in", "m:1843"), ("w:film", "set_in", "y:2001"),
               ("w:tomb", "discovered_in", "y:1922")]
    relations = [kgx.Relation("published_in", phrase="was published in", inverse_phrase="published"),
                 kgx.Relation("set_in", phrase="is set in the year", inverse_phrase="is the setting of"),
                 kgx.Relation("discovered_in", phrase="was discovered in", inverse_phrase="saw the discovery of")]
    _phrase_graph_texts(triples, entities, relations, (),
                        ("On Tariffs came out in 1843.", "Orbit Zero is a 2001 film.", "Orbit Zero came out in 2001.",
                         "KV62 was built in 1922.", "Made in 1922, KV62 is worth a visit."))


def test_red_team_77_features_music_by_is_no_score():
    E = kgx.Entity
    entities = [E("f:neon", kind="item", type="film", label="Neon Harbor"),
                E("b:wolves", type="band", label="The Paper Wolves"), E("p:rey", type="person", label="Ana Rey")]
    triples = [("f:neon", "songs_by", "b:wolves"), ("f:neon", "score_by", "p:rey")]
    relations = [kgx.Relation("songs_by", phrase="features music by", inverse_phrase="has songs in"),
                 kgx.Relation("score_by", phrase="has a score by", inverse_phrase="scored")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Neon Harbor features music by The Paper Wolves.", "Ana Rey scored Neon Harbor."),
                        ("The Paper Wolves scored Neon Harbor.", "Neon Harbor has a score by The Paper Wolves."))


def test_an_entity_year_item_keeps_its_ratings_and_its_verb_with_an_agent():
    checker = ConsistencyChecker(_ships(), outside_evidence=True)
    for text in ("HMS Victory, which you rated five stars, was commissioned in 1778.",
                 "HMS Victory, which you loved, was commissioned in 1778.",
                 "The Royal Navy commissioned it in 1778."):
        assert checker.check(text if "it" not in text.split() else "HMS Victory is worth a look. " + text,
                             [], user="user:ann").supported, text
    for text in ("HMS Victory, which you rated two stars, was commissioned in 1778.",
                 "HMS Victory was designed by Thomas Slade in 1778.",
                 "HMS Victory was commissioned by the Royal Navy in 1797."):
        assert not checker.check(text, [], user="user:ann").supported, text


def test_is_available_on_reads_runs_on_came_out_on_and_a_platform_before_the_noun():
    E = kgx.Entity
    entities = [E("a:procreate", kind="item", type="app", label="Procreate"),
                E("a:krita", kind="item", type="app", label="Krita"),
                E("o:ipados", type="platform", label="iPadOS"), E("o:android", type="platform", label="Android"),
                E("o:linux", type="platform", label="Linux"), E("y:2011", type="year", label="2011"),
                E("y:2005", type="year", label="2005")]
    triples = [("a:procreate", "on", "o:ipados"), ("a:krita", "on", "o:android"), ("a:krita", "on", "o:linux"),
               ("a:procreate", "released_in", "y:2011"), ("a:krita", "released_in", "y:2005")]
    relations = [kgx.Relation("on", phrase="is available on", inverse_phrase="offers"),
                 kgx.Relation("released_in", phrase="was released in", inverse_phrase="saw the release of")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Procreate runs on iPadOS.", "Krita runs on Android and Linux.",
                         "Procreate came out on iPadOS in 2011.", "Krita is a Linux app.",
                         "Procreate is an app for iPadOS.", "Procreate was released for iPadOS in 2011."),
                        ("Procreate runs on Android.", "Procreate came out on iPadOS in 2012.",
                         "Procreate is a Linux app.", "Krita came out on Linux in 2011.",
                         "Procreate is an app for Android.", "Procreate was released for iPadOS in 2012."))


def test_red_team_79_a_kind_noun_after_names_and_who_after_a_person():
    E = kgx.Entity
    entities = [E("g:ct", kind="item", type="game", label="Chrono Trigger"),
                E("a:krita", kind="item", type="app", label="Krita"),
                E("o:snes", type="platform", label="Super Nintendo"), E("o:linux", type="platform", label="Linux"),
                E("o:android", type="platform", label="Android"), E("c:square", type="company", label="Square"),
                E("p:toriyama", type="person", label="Akira Toriyama"), E("p:ito", type="person", label="Kazuo Ito"),
                E("g:ff", kind="item", type="game", label="Final Fantasy")]
    triples = [("g:ct", "on", "o:snes"), ("a:krita", "on", "o:linux"), ("a:krita", "on", "o:android"),
               ("g:ct", "published_by", "c:square"), ("g:ct", "art_by", "p:toriyama"), ("g:ff", "art_by", "p:ito"),
               ("g:ct", "made_with", "p:ito")]
    relations = [kgx.Relation("on", phrase="is available on", inverse_phrase="offers"),
                 kgx.Relation("published_by", phrase="was published by", inverse_phrase="published"),
                 kgx.Relation("art_by", phrase="has art by", inverse_phrase="drew"),
                 kgx.Relation("made_with", phrase="was made with", inverse_phrase="worked on")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Chrono Trigger is a Super Nintendo game.", "Krita is an Android and Linux app.",
                         "Chrono Trigger is Square's Super Nintendo game."),
                        ("Chrono Trigger is a Super Nintendo app.", "Krita is an Android and Linux game.",
                         "Chrono Trigger is Square's Super Nintendo app.",
                         "Chrono Trigger is a game from Square, who has art by Akira Toriyama."))


def test_red_team_81_an_attribute_year_takes_no_verb_that_dates_only_other_items():
    E = kgx.Entity
    entities = [E("f:heat", kind="item", type="film", label="Heat", attrs={"year": 1995}),
                E("s:victory", kind="item", type="ship", label="HMS Victory"),
                E("p:glacier", kind="item", type="park", label="Glacier National Park"),
                E("y:1778", type="year", label="1778"), E("y:1910", type="year", label="1910"),
                E("p:pacino", type="person", label="Al Pacino")]
    triples = [("s:victory", "commissioned_in", "y:1778"), ("p:glacier", "established_in", "y:1910"),
               ("f:heat", "starring", "p:pacino")]
    relations = [kgx.Relation("commissioned_in", phrase="was commissioned in", inverse_phrase="saw the commissioning of"),
                 kgx.Relation("established_in", phrase="was established in", inverse_phrase="saw the founding of"),
                 kgx.Relation("starring", phrase="stars", inverse_phrase="stars in")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Heat was released in 1995.", "Heat, released in 1995, stars Al Pacino.",
                         "Glacier National Park was founded in 1910.", "HMS Victory was commissioned in 1778."),
                        ("Heat was commissioned in 1995.", "Founded in 1995, Heat stars Al Pacino.",
                         "Heat, which was erected in 1995, stars Al Pacino.", "Glacier National Park was commissioned in 1910."))


def test_a_year_entity_after_a_venue_is_the_items():
    E = kgx.Entity
    entities = [E("p:a", kind="item", type="play", label="Arcadia"), E("v:nt", type="venue", label="National Theatre"),
                E("y:1993", type="year", label="1993"), E("p:b", kind="item", type="play", label="Copenhagen"),
                E("y:1998", type="year", label="1998"), E("v:cot", type="venue", label="Cottesloe")]
    triples = [("p:a", "at", "v:nt"), ("p:a", "in", "y:1993"), ("p:b", "at", "v:cot"), ("p:b", "in", "y:1998")]
    relations = [kgx.Relation("at", phrase="premiered at", inverse_phrase="hosted the premiere of"),
                 kgx.Relation("in", phrase="premiered in", inverse_phrase="saw the premiere of")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Arcadia premiered at the National Theatre in 1993.", "Copenhagen premiered at the Cottesloe in 1998."),
                        ("Arcadia premiered at the National Theatre in 1998.", "Arcadia opened at the National Theatre in 1993.",
                         "Copenhagen premiered at the National Theatre in 1998."))


def test_an_ism_style_reads_as_its_ist_adjective():
    E = kgx.Entity
    entities = [E("b:a", kind="item", type="building", label="Barbican Centre"),
                E("b:b", kind="item", type="building", label="Seagram Building"),
                E("s:brut", type="style", label="Brutalism"), E("s:intl", type="style", label="International Style"),
                E("s:mod", type="style", label="Modernism"), E("t:tour", type="topic", label="Tourism")]
    triples = [("b:a", "style", "s:brut"), ("b:b", "style", "s:intl"), ("b:a", "serves", "t:tour")]
    relations = [kgx.Relation("style", phrase="is an example of", inverse_phrase="is represented by"),
                 kgx.Relation("serves", phrase="serves", inverse_phrase="is served by")]
    _phrase_graph_texts(triples, entities, relations,
                        ("The Barbican Centre is a Brutalist building.", "Try the Brutalist Barbican Centre."),
                        ("The Seagram Building is a Brutalist building.", "The Barbican Centre is a Modernist building.",
                         "The Barbican Centre is a Tourist building."))  # (red team 82: a topic is no style)


def _parks() -> ConsistencyChecker:
    """Parks with founding years as entities, a state, a feature and a user's ratings (dev set 33's
    relations)."""
    E = kgx.Entity
    entities = [E("p:zion", kind="item", type="park", label="Zion National Park"),
                E("p:bryce", kind="item", type="park", label="Bryce Canyon National Park"),
                E("p:arches", kind="item", type="park", label="Arches National Park"),
                E("p:yose", kind="item", type="park", label="Yosemite National Park"),
                E("s:utah", type="state", label="Utah"), E("s:ca", type="state", label="California"),
                E("y:1919", type="year", label="1919"), E("y:1928", type="year", label="1928"),
                E("y:1971", type="year", label="1971"), E("y:1890", type="year", label="1890"),
                E("f:hoodoos", type="feature", label="hoodoos"), E("f:canyons", type="feature", label="slot canyons"),
                E("user:nora", kind="user", label="Nora")]
    triples = [("p:zion", "in", "s:utah"), ("p:bryce", "in", "s:utah"), ("p:arches", "in", "s:utah"),
               ("p:yose", "in", "s:ca"), ("p:zion", "est", "y:1919"), ("p:bryce", "est", "y:1928"),
               ("p:arches", "est", "y:1971"), ("p:yose", "est", "y:1890"),
               ("p:bryce", "known", "f:hoodoos"), ("p:zion", "known", "f:canyons"),
               ("user:nora", "visited", "p:zion", {"rating": 5}), ("user:nora", "visited", "p:bryce", {"rating": 5}),
               ("user:nora", "visited", "p:arches", {"rating": 4})]
    relations = [kgx.Relation("in", phrase="is located in", inverse_phrase="is home to"),
                 kgx.Relation("est", phrase="was established in", inverse_phrase="saw the founding of"),
                 kgx.Relation("known", phrase="is known for", inverse_phrase="is a highlight of"),
                 kgx.Relation("visited", phrase="visited", inverse_phrase="was visited by")]
    kg = kgx.KnowledgeGraph.from_triples(triples, entities=entities, relations=relations)
    return ConsistencyChecker(kg, outside_evidence=True)


@pytest.mark.parametrize("true_text,false_text", [
    # a relative clause or a participle that only dates the user's item gives the item's year,
    # never a rating of it
    ("You loved Bryce Canyon National Park, which was established in 1928.",
     "You loved Bryce Canyon National Park, which was established in 1919."),
    ("You loved Bryce Canyon National Park, established in 1928.",
     "You loved Bryce Canyon National Park, established in 1971."),
    ("You loved Bryce Canyon National Park, which was established in 1928 and is known for its hoodoos.",
     "You loved Bryce Canyon National Park, which you visited in 1928."),
    # a year after an apposition on the item is the item's, and "another" does not reach it
    ("Because you liked Arches National Park, consider Zion National Park, another Utah park, established in 1919.",
     "Because you liked Arches National Park, consider Bryce Canyon National Park, another Utah park, established in 1919."),
    # a copula of its own opens a predicate that "also" does not reach
    ("Since you loved Zion National Park, try Bryce Canyon National Park: it's also in Utah and is known for its hoodoos.",
     "Since you loved Zion National Park, try Yosemite National Park: it's also in Utah and is known for its hoodoos."),
    # a kind noun before a place cue ("a park in Utah")
    ("Bryce Canyon National Park is a park in Utah.", "Yosemite National Park is a park in Utah."),
])
def test_a_dating_clause_after_the_users_item_and_a_new_copula_after_also(true_text, false_text):
    checker = _parks()
    assert checker.check(true_text, [], user="user:nora").supported, true_text
    assert not checker.check(false_text, [], user="user:nora").supported, false_text


def test_a_dating_relative_after_the_users_film(movies):
    _movie_twins(movies, "You loved Heat, which came out in 1995.", "You loved Heat, which came out in 1996.", "user:1")
    _movie_twins(movies, "You loved Heat, released in 1995.", "You loved Heat, watched in 1995.", "user:1")


def test_wrote_the_librettos_for_reads_the_plural_and_both_prepositions():
    checker = ConsistencyChecker(_operas(), outside_evidence=True)
    for text in ("Arrigo Boito wrote the libretti for Otello and Falstaff.",
                 "Arrigo Boito wrote the librettos for Otello and Falstaff.",
                 "Luigi Illica wrote the libretto for Tosca."):
        assert checker.check(text, []).supported, text
    for text in ("Arrigo Boito wrote the libretti for Otello and Tosca.",
                 "Luigi Illica wrote the librettos for Otello and Falstaff."):
        assert not checker.check(text, []).supported, text


def test_a_surname_alone_names_the_graphs_one_person_so_called_when_checking_the_whole_graph():
    kg = _operas()
    whole = ConsistencyChecker(kg, outside_evidence=True)
    for text in ("Falstaff is a Verdi opera.", "Tosca is a Puccini opera.", "Otello, Verdi's opera, has a libretto by Boito."):
        assert whole.check(text, []).supported, text
    for text in ("Tosca is a Verdi opera.", "Falstaff is a Tony Verdi opera.", "Falstaff is a Verdi Brothers opera.",
                 "Falstaff is a Puccini opera."):
        assert not whole.check(text, []).supported, text
    # against the evidence only, a surname names only the evidence's people
    evidence = [("o:tosca", "composed_by", "p:puccini")]
    assert not ConsistencyChecker(kg).check("Falstaff is a Verdi opera.", evidence).supported


def test_a_surname_keeps_its_accent_and_a_use_reads_as_the_buildings_kind():
    E = kgx.Entity
    entities = [E("b:batllo", kind="item", type="building", label="Casa Batlló"),
                E("b:elb", kind="item", type="building", label="Elbphilharmonie"),
                E("p:gaudi", type="architect", label="Antoni Gaudí"), E("p:hdm", type="architect", label="Jacques Herzog"),
                E("c:bcn", type="city", label="Barcelona"), E("c:ham", type="city", label="Hamburg"),
                E("u:museum", type="use", label="museum"), E("u:hall", type="use", label="concert hall")]
    triples = [("b:batllo", "by", "p:gaudi"), ("b:elb", "by", "p:hdm"), ("b:batllo", "in", "c:bcn"),
               ("b:elb", "in", "c:ham"), ("b:batllo", "use", "u:museum"), ("b:elb", "use", "u:hall")]
    relations = [kgx.Relation("by", phrase="was designed by", inverse_phrase="designed"),
                 kgx.Relation("in", phrase="is located in", inverse_phrase="is home to"),
                 kgx.Relation("use", phrase="is used as", inverse_phrase="is the use of")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Casa Batlló is a Gaudí building.", "Gaudí designed Casa Batlló.", "Casa Batlló is a museum.",
                         "Casa Batlló is a museum in Barcelona.", "The Elbphilharmonie serves as a concert hall.",
                         "The Elbphilharmonie is a concert hall in Hamburg."),
                        ("The Elbphilharmonie is a Gaudí building.", "Casa Batlló is a concert hall.",
                         "Casa Batlló is a museum in Hamburg.", "The Elbphilharmonie serves as a museum.",
                         "The Elbphilharmonie is a concert hall in Barcelona."))


def test_a_genre_named_with_the_kind_noun_in_an_apposition_and_a_participle_year_after_it():
    E = kgx.Entity
    entities = [E("o:falstaff", kind="item", type="opera", label="Falstaff"),
                E("o:aida", kind="item", type="opera", label="Aida"),
                E("g:comic", type="genre", label="comic opera"), E("g:grand", type="genre", label="grand opera"),
                E("p:verdi", type="person", label="Giuseppe Verdi"), E("l:it", type="language", label="Italian"),
                E("y:1893", type="year", label="1893"), E("y:1871", type="year", label="1871")]
    triples = [("o:falstaff", "genre", "g:comic"), ("o:aida", "genre", "g:grand"), ("o:falstaff", "by", "p:verdi"),
               ("o:aida", "by", "p:verdi"), ("o:falstaff", "sung", "l:it"), ("o:aida", "sung", "l:it"),
               ("o:falstaff", "premiered", "y:1893"), ("o:aida", "premiered", "y:1871")]
    relations = [kgx.Relation("genre", phrase="is classed as", inverse_phrase="is the genre of"),
                 kgx.Relation("by", phrase="was composed by", inverse_phrase="composed"),
                 kgx.Relation("sung", phrase="is sung in", inverse_phrase="is the language of"),
                 kgx.Relation("premiered", phrase="premiered in", inverse_phrase="saw the premiere of")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Falstaff, a comic opera, is sung in Italian.",
                         "Falstaff, a comic opera by Giuseppe Verdi, is sung in Italian.",
                         "Giuseppe Verdi composed Falstaff, a comic opera premiered in 1893.",
                         "Verdi composed Aida; Falstaff is another opera by Giuseppe Verdi."),
                        ("Falstaff, a grand opera, is sung in Italian.",
                         "Aida, a comic opera by Giuseppe Verdi, is sung in Italian.",
                         "Giuseppe Verdi composed Falstaff, a comic opera premiered in 1871."))


@pytest.mark.parametrize("true_text,false_text", [
    # a participle phrase after a possessive predicate noun is the item's
    ("Heat is Michael Mann's crime film starring Al Pacino.", "Heat is Michael Mann's crime film starring Tom Hanks."),
    ("Heat is Michael Mann's thriller starring Al Pacino and Robert De Niro.",
     "Heat is Michael Mann's thriller starring Al Pacino and Tom Hanks."),
    # and a possessive apposition closes before the subject's year
    ("Heat, Michael Mann's crime film starring Al Pacino, came out in 1995.",
     "Heat, Michael Mann's crime film starring Al Pacino, came out in 1996."),
])
def test_a_participle_after_a_possessive_predicate_noun(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, true_text
    assert not movies.check(false_text, []).supported, false_text


def test_red_team_83_a_neighbour_or_a_past_of_the_item_is_no_kind_of_it():
    E = kgx.Entity
    entities = [E("b:birch", kind="item", type="building", label="Birch Hall"),
                E("b:tate", kind="item", type="building", label="Tate Modern"),
                E("c:oslo", type="city", label="Oslo"), E("c:london", type="city", label="London"),
                E("u:church", type="use", label="church"), E("u:school", type="use", label="school"),
                E("u:gallery", type="use", label="gallery"), E("f:power", type="function", label="power station"),
                E("u:hall", type="use", label="concert hall")]
    triples = [("b:birch", "in", "c:oslo"), ("b:tate", "in", "c:london"), ("b:birch", "converted", "u:church"),
               ("b:birch", "next_to", "u:school"), ("b:tate", "built_as", "f:power"), ("b:tate", "use", "u:gallery"),
               ("b:birch", "use", "u:hall")]
    relations = [kgx.Relation("in", phrase="is located in", inverse_phrase="is home to"),
                 kgx.Relation("converted", phrase="was converted from", inverse_phrase="was turned into"),
                 kgx.Relation("next_to", phrase="stands next to a", inverse_phrase="stands next to"),
                 kgx.Relation("built_as", phrase="was originally built as", inverse_phrase="was the first use of"),
                 kgx.Relation("use", phrase="is used as", inverse_phrase="is the use of")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Tate Modern is a gallery in London.", "Birch Hall serves as a concert hall.",
                         "Birch Hall was converted from a church."),
                        ("Birch Hall is a church.", "Birch Hall is a church in Oslo.", "Birch Hall is a school.",
                         "Birch Hall is a school in Oslo.", "Tate Modern is a power station.",
                         "Tate Modern is a power station in London."))


@pytest.mark.parametrize("true_text,false_text", [
    # "in the lead(s)" after a person says they play in the item: their claim must be one of acting
    ("Aliens was directed by James Cameron, with Sigourney Weaver in the lead.",
     "Aliens was directed by James Cameron, with James Horner in the lead."),
    ("Heat stars Al Pacino and Robert De Niro in the leads.", "Heat stars Al Pacino and Michael Mann in the leads."),
    ("Aliens stars Sigourney Weaver in the lead role.", "Aliens was directed by James Cameron in the lead."),
    # the main verb after a participle apposition is not shared by its "also"
    ("Back to the Future was directed by Robert Zemeckis; Back to the Future Part II, also directed by Robert "
     "Zemeckis, stars Michael J. Fox, Christopher Lloyd and Lea Thompson.",
     "Back to the Future was directed by Robert Zemeckis; Back to the Future Part II, also directed by Robert "
     "Zemeckis, stars Michael J. Fox, Christopher Lloyd and Tom Hanks."),
    # "composed the scores for A, B and C": the plural of a declared "composed the score for"
    ("James Horner composed the scores for Aliens, Titanic and Apollo 13.",
     "James Horner composed the scores for Aliens, Titanic and Jaws."),
])
def test_lead_roles_a_participle_apposition_and_plural_scores(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, true_text
    assert not movies.check(false_text, []).supported, false_text


@pytest.mark.parametrize("true_text,false_text", [
    # "N years later" after the item it dates: that many years after the item before it
    ("Ridley Scott directed Alien in 1979 and Blade Runner three years later.",
     "Ridley Scott directed Alien in 1979 and Blade Runner two years later."),
    ("Ridley Scott directed Alien in 1979 and Blade Runner three years later.",
     "Ridley Scott directed Blade Runner in 1982 and Alien three years later."),
    # ", N years apart." after a clause whose subjects are the two items
    ("Alien and Blade Runner were both directed by Ridley Scott, three years apart.",
     "Alien and Gladiator were both directed by Ridley Scott, three years apart."),
])
def test_years_later_after_the_item_and_years_apart_after_a_clause(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, true_text
    assert not movies.check(false_text, []).supported, false_text


def test_what_the_user_did_is_not_dated_by_years_later(movies):
    assert not movies.check("You watched Alien in 1979 and Blade Runner three years later.", [],
                            user="user:1").supported


def test_its_before_an_item_is_the_possessive_of_the_one_item_it_refers_to():
    E = kgx.Entity
    entities = [E("p:olympic", kind="item", type="park", label="Olympic National Park"),
                E("p:zion", kind="item", type="park", label="Zion National Park"),
                E("t:mosses", kind="item", type="trail", label="Hall of Mosses Trail"),
                E("t:angels", kind="item", type="trail", label="Angels Landing Trail"),
                E("d:easy", type="difficulty", label="easy"), E("d:hard", type="difficulty", label="strenuous")]
    triples = [("t:mosses", "within", "p:olympic"), ("t:angels", "within", "p:zion"), ("t:mosses", "rated", "d:easy"),
               ("t:angels", "rated", "d:hard")]
    relations = [kgx.Relation("within", phrase="lies within", inverse_phrase="contains"),
                 kgx.Relation("rated", phrase="is rated", inverse_phrase="is the difficulty rating of")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Consider Olympic National Park; its Hall of Mosses Trail is rated easy.",
                         "Try Zion National Park: its Angels Landing Trail is rated strenuous."),
                        ("Consider Zion National Park; its Hall of Mosses Trail is rated easy.",
                         "Try Olympic National Park: its Angels Landing Trail is rated strenuous."))


@pytest.mark.parametrize("phrase,true", [
    ("adjoins a", False), ("sits by a", False), ("is part of a", False), ("succeeds a", False),
    ("was a", False), ("was used as", False), ("served as", False), ("is a replica of a", False),
    ("stands on the site of a", False), ("is due to open a", False), ("was converted from a", False),
    ("became a", True), ("was converted into a", True), ("is preserved as a", True), ("is used as", True),
])
def test_red_team_84_only_a_relation_saying_what_the_item_is_now_reads_as_is_a(phrase, true):
    E = kgx.Entity
    entities = [E("b:larch", kind="item", type="building", label="Larch Court"), E("c:oslo", type="city", label="Oslo"),
                E("u:mill", type="use", label="mill")]
    triples = [("b:larch", "in", "c:oslo"), ("b:larch", "rel", "u:mill")]
    relations = [kgx.Relation("in", phrase="is located in", inverse_phrase="is home to"),
                 kgx.Relation("rel", phrase=phrase, inverse_phrase="is related to")]
    checker = ConsistencyChecker(kgx.KnowledgeGraph.from_triples(triples, entities=entities, relations=relations),
                                 outside_evidence=True)
    if true:
        assert checker.check("Larch Court is a mill.", []).supported, phrase
        return
    for text in ("Larch Court is a mill.", "Larch Court is a mill in Oslo.", "The mill Larch Court is in Oslo."):
        assert not checker.check(text, []).supported, (phrase, text)


@pytest.mark.parametrize("true_text,false_text", [
    # an apposition right after the name a subject shares with is that name's
    ("Alien shares a composer with Chinatown, a 1974 film.", "Alien shares a composer with Chinatown, a 1979 film."),
    ("Rebecca is a thriller like Vertigo, a 1958 film.", "Rebecca is a thriller like Vertigo, a 1940 film."),
])
def test_an_apposition_after_the_compared_name_is_its_own(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, true_text
    assert not movies.check(false_text, []).supported, false_text


def test_a_relative_clause_closed_before_a_name_does_not_end_at_it():
    E = kgx.Entity
    entities = [E("g:sotc", kind="item", type="game", label="Shadow of the Colossus"),
                E("g:ico", kind="item", type="game", label="Ico"), E("p:ueda", type="person", label="Fumito Ueda"),
                E("y:2001", type="year", label="2001"), E("y:2005", type="year", label="2005"),
                E("user:theo", kind="user", label="Theo")]
    triples = [("g:sotc", "by", "p:ueda"), ("g:ico", "by", "p:ueda"), ("g:sotc", "out", "y:2005"),
               ("g:ico", "out", "y:2001"), ("user:theo", "rated", "g:sotc", {"rating": 4})]
    relations = [kgx.Relation("by", phrase="was directed by", inverse_phrase="directed"),
                 kgx.Relation("out", phrase="was released in", inverse_phrase="saw the release of"),
                 kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by")]
    checker = ConsistencyChecker(kgx.KnowledgeGraph.from_triples(triples, entities=entities, relations=relations),
                                 outside_evidence=True)
    text = "Shadow of the Colossus, which you rated 4 stars, shares its director Fumito Ueda with Ico, a {} game."
    assert checker.check(text.format(2001), [], user="user:theo").supported
    assert not checker.check(text.format(2005), [], user="user:theo").supported


def test_a_year_after_an_apposition_headed_by_a_kind_and_belongs_to_for_is_owned_by():
    E = kgx.Entity
    entities = [E("b:shard", kind="item", type="building", label="The Shard"),
                E("b:louvre", kind="item", type="building", label="Louvre Pyramid"),
                E("u:mixed", type="use", label="mixed-use skyscraper"), E("u:museum", type="use", label="museum"),
                E("c:london", type="city", label="London"), E("c:paris", type="city", label="Paris"),
                E("o:state", type="owner", label="French State"), E("o:qatar", type="owner", label="State of Qatar"),
                E("y:2012", type="year", label="2012"), E("y:1989", type="year", label="1989")]
    triples = [("b:shard", "use", "u:mixed"), ("b:louvre", "use", "u:museum"), ("b:shard", "in", "c:london"),
               ("b:louvre", "in", "c:paris"), ("b:shard", "done", "y:2012"), ("b:louvre", "done", "y:1989"),
               ("b:louvre", "owner", "o:state"), ("b:shard", "owner", "o:qatar")]
    relations = [kgx.Relation("use", phrase="is used as", inverse_phrase="is the use of"),
                 kgx.Relation("in", phrase="is located in", inverse_phrase="is home to"),
                 kgx.Relation("done", phrase="was completed in", inverse_phrase="saw the completion of"),
                 kgx.Relation("owner", phrase="is owned by", inverse_phrase="owns")]
    _phrase_graph_texts(triples, entities, relations,
                        ("The Shard, a mixed-use skyscraper completed in 2012, is in London.",
                         "The Louvre Pyramid, a museum completed in 1989, is in Paris.",
                         "The Louvre Pyramid belongs to the French State."),
                        ("The Shard, a mixed-use skyscraper completed in 1989, is in London.",
                         "The Louvre Pyramid, a mixed-use skyscraper completed in 1989, is in Paris.",
                         "The Louvre Pyramid belongs to the State of Qatar."))


@pytest.mark.parametrize("phrase,true", [
    ("functioned during the war as a", False), ("resigned as a", False), ("was unveiled as a", False),
    ("operated as a", False), ("was then a", False), ("is to become a", False), ("is being converted into a", False),
    ("sits on top of a", False), ("is based on a", False), ("was built for a", False), ("belongs to a", False),
    ("contains a", False), ("houses a", False), ("includes a", False),
    ("is operated as a", True), ("reopened as a", True), ("was rebuilt as a", True), ("is listed as a", True),
])
def test_red_team_85_an_as_phrase_reads_is_a_only_when_it_says_what_the_item_is_now(phrase, true):
    test_red_team_84_only_a_relation_saying_what_the_item_is_now_reads_as_is_a(phrase, true)


def test_red_team_85_a_containing_relation_still_reads_with():
    E = kgx.Entity
    entities = [E("b:larch", kind="item", type="building", label="Larch Court"), E("u:chapel", type="use", label="chapel")]
    checker = ConsistencyChecker(kgx.KnowledgeGraph.from_triples(
        [("b:larch", "has", "u:chapel")], entities=entities,
        relations=[kgx.Relation("has", phrase="contains a", inverse_phrase="is inside")]), outside_evidence=True)
    assert checker.check("Larch Court contains a chapel.", []).supported
    assert not checker.check("Larch Court is a chapel.", []).supported


def test_red_team_85_every_its_before_an_item_is_checked_and_too_after_a_shared_apposition(movies):
    E = kgx.Entity
    entities = [E("p:o", kind="item", type="park", label="Olympic National Park"),
                E("t:h", kind="item", type="trail", label="Hall of Mosses Trail"),
                E("t:n", kind="item", type="trail", label="Narrows Trail"), E("d:easy", type="difficulty", label="easy")]
    triples = [("t:h", "within", "p:o"), ("t:n", "near", "p:o"), ("t:h", "rated", "d:easy"), ("t:n", "rated", "d:easy")]
    relations = [kgx.Relation("within", phrase="lies within", inverse_phrase="contains"),
                 kgx.Relation("near", phrase="starts near", inverse_phrase="is near the start of"),
                 kgx.Relation("rated", phrase="is rated", inverse_phrase="is the difficulty rating of")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Consider Olympic National Park; its Hall of Mosses Trail is rated easy.",),
                        ("Consider Olympic National Park; its Hall of Mosses Trail and its Narrows Trail are rated easy.",
                         "Consider Olympic National Park; the Hall of Mosses Trail and its Narrows Trail are rated easy."))
    assert not movies.check("Aliens was directed by James Cameron; Titanic, also directed by James Cameron, "
                            "stars Kate Winslet too.", []).supported


@pytest.mark.parametrize("true_text,false_text", [
    # "with A and B starring": an absolute clause whose people must play in the item
    ("Indiana Jones and the Last Crusade, with Harrison Ford and Sean Connery starring, is a Steven Spielberg film.",
     "Indiana Jones and the Last Crusade, with Harrison Ford and Tom Hanks starring, is a Steven Spielberg film."),
    ("Indiana Jones and the Last Crusade is a Steven Spielberg film, with Harrison Ford and Sean Connery starring.",
     "Indiana Jones and the Last Crusade is a Steven Spielberg film, with Harrison Ford and John Williams starring."),
])
def test_with_people_starring(movies, true_text, false_text):
    assert movies.check(true_text, []).supported, true_text
    assert not movies.check(false_text, []).supported, false_text


def test_there_after_a_verb_names_the_place_named_last_and_adapted_from_reads_based_on():
    E = kgx.Entity
    entities = [E("o:otello", kind="item", type="opera", label="Otello"), E("o:turandot", kind="item", type="opera", label="Turandot"),
                E("o:carmen", kind="item", type="opera", label="Carmen"), E("v:scala", type="venue", label="La Scala"),
                E("v:oc", type="venue", label="Opéra-Comique"), E("w:othello", type="play", label="Othello")]
    triples = [("o:otello", "at", "v:scala"), ("o:turandot", "at", "v:scala"), ("o:carmen", "at", "v:oc"),
               ("o:otello", "source", "w:othello")]
    relations = [kgx.Relation("at", phrase="premiered at", inverse_phrase="hosted the premiere of"),
                 kgx.Relation("source", phrase="is based on", inverse_phrase="is the source of")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Otello premiered at La Scala; Turandot premiered there too.", "Otello is adapted from Othello.",
                         "Otello, drawn from Othello, premiered at La Scala."),
                        ("Otello premiered at La Scala; Carmen premiered there too.",
                         "Carmen premiered at La Scala; Turandot premiered there too.", "Carmen is adapted from Othello."))


@pytest.mark.parametrize("phrase,true", [
    ("has original use", False), ("had use", False), ("has use before 1990", False), ("is used as a set for a", False),
    ("serves as an entrance to a", False), ("serves a", False), ("is rarely used as", False), ("is nicknamed a", False),
    ("is used as", True), ("serves as", True), ("became a", True), ("was converted into a", True), ("has use", True),
])
def test_red_team_86_a_relation_to_a_kind_reads_is_a_only_when_it_classifies_the_item(phrase, true):
    test_red_team_84_only_a_relation_saying_what_the_item_is_now_reads_as_is_a(phrase, true)


def test_a_list_closed_by_and_ends_before_a_comma_and(movies):
    assert movies.check("Gladiator stars Russell Crowe and Joaquin Phoenix, and Hans Zimmer and Lisa Gerrard "
                        "composed its music.", []).supported
    assert not movies.check("Gladiator stars Russell Crowe and Joaquin Phoenix, and Hans Zimmer and Russell Crowe "
                            "composed its music.", []).supported


def test_a_verbless_year_after_a_possessive_or_a_count_genre_is_the_items():
    E = kgx.Entity
    entities = [E("s:lost", kind="item", type="series", label="Lost"),
                E("s:watch", kind="item", type="series", label="Watchmen"),
                E("n:abc", type="network", label="ABC"), E("n:hbo", type="network", label="HBO"),
                E("g:drama", type="genre", label="mystery drama"), E("g:super", type="genre", label="superhero"),
                E("y:2004", type="year", label="2004"), E("y:2019", type="year", label="2019")]
    triples = [("s:lost", "on", "n:abc"), ("s:watch", "on", "n:hbo"), ("s:lost", "genre", "g:drama"),
               ("s:watch", "genre", "g:super"), ("s:lost", "premiered", "y:2004"), ("s:watch", "premiered", "y:2019")]
    relations = [kgx.Relation("on", phrase="aired on", inverse_phrase="broadcast"),
                 kgx.Relation("genre", phrase="belongs to the genre", inverse_phrase="is the genre of"),
                 kgx.Relation("premiered", phrase="premiered in", inverse_phrase="is the premiere year of")]
    _phrase_graph_texts(triples, entities, relations,
                        ("Lost is an ABC mystery drama from 2004.", "Watchmen is HBO's 2019 superhero series."),
                        ("Lost is an ABC mystery drama from 2019.", "Watchmen is HBO's 2004 superhero series.",
                         "Watchmen was built in 2019."))
