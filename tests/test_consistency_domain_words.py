"""Domain wording a new user's graph implies without cues (relation nouns from "has N" / "is N of"
phrases, kind nouns with a medium, ...), each with a false twin, on a television graph declared in
code with phrases only, as a new user would declare one."""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

_SHOWS = {  # id: (title, year, creators, showrunner, stars, network, country, genre)
    "fleabag": ("Fleabag", 2016, ["pwb"], None, ["pwb"], "bbc3", "uk", "comedy"),
    "sherlock": ("Sherlock", 2010, ["moffat", "gatiss"], "moffat", ["cumberbatch", "freeman"], "bbc1", "uk",
                 "crime drama"),
    "wire": ("The Wire", 2002, ["simon"], "simon", ["west"], "hbo", "us", "crime drama"),
    "heist": ("Money Heist", 2017, ["pina"], "pina", ["ituno"], "netflix", "es", "thriller"),
    "eve": ("Killing Eve", 2018, ["pwb"], "pwb", ["oh", "comer"], "bbca", "uk", "thriller"),
    "crown": ("The Crown", 2016, ["morgan"], None, ["foy"], "netflix", "uk", "drama"),
    "succession": ("Succession", 2018, ["armstrong"], "armstrong", ["cox"], "hbo", "us", "drama"),
    "dark": ("Dark", 2017, ["odar"], None, ["lisa"], "netflix", "de", "science fiction"),
}
_PEOPLE = {"pwb": "Phoebe Waller-Bridge", "moffat": "Steven Moffat", "gatiss": "Mark Gatiss",
           "simon": "David Simon", "pina": "Álex Pina", "morgan": "Peter Morgan", "armstrong": "Jesse Armstrong",
           "odar": "Baran bo Odar", "cumberbatch": "Benedict Cumberbatch", "freeman": "Martin Freeman",
           "west": "Dominic West", "ituno": "Itziar Ituño", "oh": "Sandra Oh", "comer": "Jodie Comer",
           "foy": "Claire Foy", "cox": "Brian Cox", "lisa": "Lisa Vicari"}
_NETWORKS = {"bbc3": "BBC Three", "bbc1": "BBC One", "hbo": "HBO", "netflix": "Netflix", "bbca": "BBC America"}
_COUNTRIES = {"uk": "United Kingdom", "us": "United States", "es": "Spain", "de": "Germany"}
_RELATIONS = [
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created", domain=("series",),
                 range=("person",)),
    kgx.Relation("showrunner", phrase="has showrunner", inverse_phrase="is showrunner of",
                 domain=("series",), range=("person",)),
    kgx.Relation("stars", phrase="stars", inverse_phrase="stars in", domain=("series",), range=("person",)),
    kgx.Relation("network", phrase="aired on", inverse_phrase="aired", domain=("series",), range=("network",)),
    kgx.Relation("country", phrase="was produced in", inverse_phrase="is the country of", domain=("series",),
                 range=("country",)),
    kgx.Relation("genre", phrase="has genre", inverse_phrase="is the genre of", domain=("series",),
                 range=("genre",)),
    kgx.Relation("watched", phrase="watched", inverse_phrase="was watched by", domain=("user",),
                 range=("series",)),
]
_RATINGS = {"fleabag": 5.0, "sherlock": 4.0, "dark": 2.0, "crown": 1.0}


def _television() -> kgx.KnowledgeGraph:
    ents = [kgx.Entity("user:ana", kind="user", label="Ana")]
    ents += [kgx.Entity(f"person:{k}", type="person", label=v) for k, v in _PEOPLE.items()]
    ents += [kgx.Entity(f"network:{k}", type="network", label=v) for k, v in _NETWORKS.items()]
    ents += [kgx.Entity(f"country:{k}", type="country", label=v) for k, v in _COUNTRIES.items()]
    triples: list[tuple] = []
    for sid, (title, year, creators, runner, stars, network, country, genre) in _SHOWS.items():
        ents.append(kgx.Entity(f"show:{sid}", kind="item", type="series", label=title, attrs={"year": year}))
        triples += [(f"show:{sid}", "created_by", f"person:{p}") for p in creators]
        triples += [(f"show:{sid}", "stars", f"person:{p}") for p in stars]
        if runner:
            triples.append((f"show:{sid}", "showrunner", f"person:{runner}"))
        triples += [(f"show:{sid}", "network", f"network:{network}"),
                    (f"show:{sid}", "country", f"country:{country}"),
                    (f"show:{sid}", "genre", f"genre:{genre.replace(' ', '_')}")]
    ents += [kgx.Entity(f"genre:{g.replace(' ', '_')}", type="genre", label=g)
             for g in {s[7] for s in _SHOWS.values()}]
    triples += [("user:ana", "watched", f"show:{s}", {"rating": r}) for s, r in _RATINGS.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=_RELATIONS, name="television")


@pytest.fixture(scope="module")
def tv() -> ConsistencyChecker:
    return ConsistencyChecker(_television(), outside_evidence=True).build()


def _says(checker: ConsistencyChecker, text: str, user: str | None = None) -> bool:
    return checker.check(text, (), user).supported


@pytest.mark.parametrize("true_text, false_text", [
    ("The Wire's showrunner is David Simon.", "The Wire's showrunner is Jesse Armstrong."),
    ("The showrunner of The Wire is David Simon.", "The showrunner of Sherlock is Mark Gatiss."),
    ("The Wire, whose showrunner is David Simon, aired on HBO.",
     "Sherlock, whose showrunner is Mark Gatiss, aired on BBC One."),
    ("Showrunner David Simon created The Wire.", "Showrunner Mark Gatiss created Sherlock."),
    ("The Wire has showrunner David Simon.", "David Simon has showrunner The Wire."),
    ("Fleabag's genre is comedy.", "Fleabag's genre is drama."),
])
def test_a_noun_of_a_has_n_phrase(tv, true_text, false_text):
    """A relation phrased "has showrunner" / "is showrunner of" gives the noun "showrunner"."""
    assert _says(tv, true_text), true_text
    assert not _says(tv, false_text), false_text


@pytest.mark.parametrize("true_text, false_text", [
    ("Killing Eve is a TV series starring Sandra Oh.", "Killing Eve is a TV series starring Claire Foy."),
    ("Killing Eve is a television series starring Jodie Comer.",
     "Killing Eve is a television series created by Peter Morgan."),
    ("Killing Eve, a British TV series, stars Sandra Oh.", "Dark, a British TV series, stars Lisa Vicari."),
])
def test_a_medium_before_the_item_noun(tv, true_text, false_text):
    """"TV" / "television" before the item type's noun names the medium, nothing more."""
    assert _says(tv, true_text), true_text
    assert not _says(tv, false_text), false_text


@pytest.mark.parametrize("true_text, false_text", [
    ("Fleabag first aired on BBC Three.", "Fleabag first aired on BBC One."),
    ("Fleabag originally aired on BBC Three in 2016.", "Fleabag originally aired on BBC Three in 2017."),
    ("Fleabag was first broadcast on BBC Three.", "Sherlock was first broadcast on BBC Three."),
    ("Fleabag was shown on BBC Three.", "Fleabag was shown on Netflix."),
    ("Fleabag, first shown on BBC Three, stars Phoebe Waller-Bridge.",
     "Fleabag, first shown on BBC One, stars Phoebe Waller-Bridge."),
    ("The Wire was screened on HBO.", "The Wire was screened on Netflix."),
    ("HBO broadcast The Wire.", "The Wire broadcast HBO."),
])
def test_first_aired_and_the_synonyms_of_air(tv, true_text, false_text):
    """"aired on" also reads "first / originally aired on" (as "premiered on" does) and its
    synonyms "broadcast", "shown", "screened" (no other relation of the graph uses them)."""
    assert _says(tv, true_text), true_text
    assert not _says(tv, false_text), false_text


@pytest.fixture(scope="module")
def movies() -> ConsistencyChecker:
    return ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True).build()


@pytest.mark.parametrize("true_text, false_text", [
    ("Try Aliens, from Titanic director James Cameron.", "Try Aliens, from Titanic director Ridley Scott."),
    ("Aliens comes from Titanic director James Cameron.", "Alien comes from Titanic director James Cameron."),
    ("Try Alien, from Blade Runner director Ridley Scott.", "Try Alien, from Titanic director Ridley Scott."),
])
def test_an_item_and_a_role_noun_before_a_name(movies, true_text, false_text):
    """ "from Titanic director James Cameron": the role is the name's in that item, and "from"
    speaks of the name, not of the item before the noun."""
    assert _says(movies, true_text), true_text
    assert not _says(movies, false_text), false_text


@pytest.mark.parametrize("true_text, false_text", [
    ("Al Pacino plays the lead in Heat.", "Al Pacino plays the lead in Titanic."),
    ("Al Pacino and Robert De Niro play the leads in Heat.", "Al Pacino and Tom Hanks play the leads in Heat."),
    ("Al Pacino had a leading role in Heat.", "Al Pacino did not have a leading role in Heat."),
])
def test_plays_the_lead_in(movies, true_text, false_text):
    """ "plays the lead (role) in" says what "stars in" says (as "with X in the lead" does)."""
    assert _says(movies, true_text), true_text
    assert not _says(movies, false_text), false_text


@pytest.mark.parametrize("true_text, false_text", [
    ("Sherlock, which Steven Moffat and Mark Gatiss created, stars Benedict Cumberbatch.",
     "Sherlock, which Steven Moffat and Peter Morgan created, stars Benedict Cumberbatch."),
    ("Killing Eve, which Sandra Oh and Jodie Comer star in, aired on BBC America.",
     "Killing Eve, which Sandra Oh and Claire Foy star in, aired on BBC America."),
])
def test_a_relative_clause_with_two_subjects(tv, true_text, false_text):
    """ "X, which A and B created, ...": the verb is said of each subject."""
    assert _says(tv, true_text), true_text
    assert not _says(tv, false_text), false_text


_ROLE_RELATIONS = [
    kgx.Relation("host", phrase="has host", inverse_phrase="is host of", domain=("show",), range=("person",)),
    kgx.Relation("judge", phrase="has judge", inverse_phrase="is judge of", domain=("show",), range=("person",)),
    kgx.Relation("kind", phrase="has type", inverse_phrase="is the type of", domain=("show",), range=("format",)),
    kgx.Relation("aired_on", phrase="aired on", inverse_phrase="aired", domain=("show",), range=("network",)),
    kgx.Relation("premiered_on", phrase="premiered on", inverse_phrase="premiered", domain=("show",),
                 range=("network",)),
]


def _roles() -> kgx.KnowledgeGraph:
    ents = [kgx.Entity("show:jeopardy", kind="item", type="show", label="Jeopardy", attrs={"year": 1984}),
            kgx.Entity("show:idol", kind="item", type="show", label="American Idol", attrs={"year": 2002}),
            kgx.Entity("show:office", kind="item", type="show", label="The Office", attrs={"year": 2005}),
            kgx.Entity("p:trebek", type="person", label="Alex Trebek"),
            kgx.Entity("p:cowell", type="person", label="Simon Cowell"),
            kgx.Entity("f:quiz", type="format", label="quiz show"),
            kgx.Entity("f:sitcom", type="format", label="sitcom"),
            kgx.Entity("n:nbc", type="network", label="NBC"),
            kgx.Entity("n:cc", type="network", label="Comedy Central")]
    triples = [("show:jeopardy", "host", "p:trebek"), ("show:idol", "judge", "p:cowell"),
               ("show:jeopardy", "kind", "f:quiz"), ("show:office", "kind", "f:sitcom"),
               ("show:office", "aired_on", "n:nbc"), ("show:office", "aired_on", "n:cc"),
               ("show:office", "premiered_on", "n:nbc")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=_ROLE_RELATIONS, name="roles")


@pytest.mark.parametrize("true_text, false_text", [
    # red team 88: the plural of a role noun is the verb it spells, the other way round
    ("Alex Trebek is the host of Jeopardy.", "Jeopardy hosts Alex Trebek."),
    ("Jeopardy's host is Alex Trebek.", "Jeopardy, a TV show, hosts Alex Trebek."),
    ("Simon Cowell is a judge of American Idol.", "American Idol judges Simon Cowell."),
    # "a type of" names a narrower class
    ("The Office's type is sitcom.", "Sitcom is a type of The Office."),
    # a graph with its own premiere relation: "first aired on" is that relation's
    ("The Office premiered on NBC.", "The Office first aired on Comedy Central."),
    ("The Office aired on Comedy Central.", "The Office premiered on Comedy Central."),
])
def test_red_team_88_holes(true_text, false_text):
    checker = ConsistencyChecker(_roles(), outside_evidence=True).build()
    assert not _says(checker, false_text), false_text
    assert _says(checker, true_text), true_text


_POD_RELATIONS = [
    kgx.Relation("hosted_by", phrase="is hosted by", inverse_phrase="hosts", domain=("podcast",),
                 range=("host",)),
    kgx.Relation("country", phrase="is from", inverse_phrase="is the home country of", domain=("podcast",),
                 range=("country",)),
    kgx.Relation("label", phrase="was released on", inverse_phrase="released", domain=("podcast",),
                 range=("label",)),
]


def _podcasts() -> kgx.KnowledgeGraph:
    ents = [kgx.Entity("pod:rewind", kind="item", type="podcast", label="Rewind", attrs={"year": 2012}),
            kgx.Entity("pod:table", kind="item", type="podcast", label="The Kitchen Table", attrs={"year": 2018}),
            kgx.Entity("h:mira", type="host", label="Mira Lindqvist"), kgx.Entity("h:tom", type="host", label="Tom Hale"),
            kgx.Entity("c:uk", type="country", label="United Kingdom"), kgx.Entity("c:ie", type="country", label="Ireland"),
            kgx.Entity("l:kestrel", type="label", label="Kestrel Audio"),
            kgx.Entity("l:drift", type="label", label="Driftwood Media")]
    triples = [("pod:rewind", "hosted_by", "h:mira"), ("pod:rewind", "country", "c:uk"),
               ("pod:table", "hosted_by", "h:tom"), ("pod:table", "country", "c:ie"),
               ("pod:rewind", "label", "l:kestrel"), ("pod:table", "label", "l:drift")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=_POD_RELATIONS, name="pods")


@pytest.mark.parametrize("true_text, false_text", [
    ("Rewind launched in 2012.", "Rewind launched in 2013."),
    ("Rewind, launched in 2012, is hosted by Mira Lindqvist.", "Rewind, launched in 2018, is hosted by Mira Lindqvist."),
    ("Rewind started in 2012.", "The Kitchen Table started in 2012."),
    ("Rewind began in 2012.", "Rewind began in 2018."),
    ("Rewind is a podcast from the UK.", "The Kitchen Table is a podcast from the UK."),
    ("The Kitchen Table is a show out of Ireland.", "Rewind is a show out of Ireland."),
    ("Ireland is home to The Kitchen Table.", "Ireland is home to Rewind."),
    ("Rewind was released by Kestrel Audio.", "Rewind was released by Driftwood Media."),
])
def test_starts_short_country_names_and_bare_verbs_passive(true_text, false_text):
    """A start said with "launched / started / began in <year>" on a graph of items that come from
    a place; "the UK" for the United Kingdom; "out of" a place as "from"; "was released by" from
    the inverse phrase "released"."""
    checker = ConsistencyChecker(_podcasts(), outside_evidence=True).build()
    assert _says(checker, true_text), true_text
    assert not _says(checker, false_text), false_text


@pytest.mark.parametrize("true_text, false_text", [
    ("Heat is a 1995 film.", "Heat is a 1996 film."),
    ("Heat, the film by Michael Mann, stars Al Pacino.", "Heat, the film by James Cameron, stars Al Pacino."),
    ("Heat, the 1995 film by Michael Mann, stars Al Pacino.", "Heat, the 1996 film by Michael Mann, stars Al Pacino."),
    ("You loved Heat, the 1995 film.", "You loved Heat, the 1996 film."),
])
def test_a_year_noun_predicate_and_a_definite_apposition(movies, true_text, false_text):
    """ "X is a 1995 film." claims the year; ", the (1995) film by X" is an apposition as ", a
    film by X" is."""
    assert _says(movies, true_text, "user:1" if true_text.startswith("You") else None), true_text
    assert not _says(movies, false_text, "user:1" if false_text.startswith("You") else None), false_text


def _museums() -> kgx.KnowledgeGraph:
    rel = [kgx.Relation("style", phrase="is built in the style of", inverse_phrase="is the style of",
                        domain=("museum",), range=("style",))]
    ents = [kgx.Entity("m:orrin", kind="item", type="museum", label="Orrin Hall", attrs={"year": 1965}),
            kgx.Entity("m:stone", kind="item", type="museum", label="Stonegate Museum", attrs={"year": 1923}),
            kgx.Entity("s:brut", type="style", label="brutalism"),
            kgx.Entity("s:neo", type="style", label="neoclassicism")]
    return kgx.KnowledgeGraph.from_triples([("m:orrin", "style", "s:brut"), ("m:stone", "style", "s:neo")],
                                           entities=ents, relations=rel, name="museums")


@pytest.mark.parametrize("true_text, false_text", [
    ("Orrin Hall is a brutalist building.", "Stonegate Museum is a brutalist building."),
    ("Stonegate Museum is a neoclassical museum.", "Orrin Hall is a neoclassical museum."),
])
def test_ism_styles_in_lower_case(true_text, false_text):
    """A lower-case "-ism" style reads as its "-ist" (or "-ical") adjective."""
    checker = ConsistencyChecker(_museums(), outside_evidence=True).build()
    assert _says(checker, true_text), true_text
    assert not _says(checker, false_text), false_text


def _guests_and_places() -> kgx.KnowledgeGraph:
    rel = [kgx.Relation("guest", phrase="featured", inverse_phrase="appeared on", domain=("podcast",),
                        range=("guest",)),
           kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("museum",),
                        range=("city",))]
    ents = [kgx.Entity("p:orbit", kind="item", type="podcast", label="Deep Orbit", attrs={"year": 2016}),
            kgx.Entity("p:rewind", kind="item", type="podcast", label="Rewind", attrs={"year": 2012}),
            kgx.Entity("g:keiko", type="guest", label="Keiko Tanaka"),
            kgx.Entity("m:stone", kind="item", type="museum", label="Stonegate Museum", attrs={"year": 1923}),
            kgx.Entity("c:melb", type="city", label="Melbourne"), kgx.Entity("c:glas", type="city", label="Glasgow")]
    triples = [("p:orbit", "guest", "g:keiko"), ("m:stone", "located_in", "c:melb")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rel, name="guests")


@pytest.mark.parametrize("true_text, false_text", [
    ("Keiko Tanaka has been a guest on Deep Orbit.", "Keiko Tanaka has been a guest on Rewind."),
    ("Keiko Tanaka was a guest on Deep Orbit.", "Deep Orbit has been a guest on Keiko Tanaka."),
    ("Keiko Tanaka was a guest on Deep Orbit.", "Keiko Tanaka has a guest on Deep Orbit."),  # red team 90
    ("Stonegate Museum opened in Melbourne.", "Stonegate Museum opened in Glasgow."),
    ("Stonegate Museum opened in Melbourne in 1923.", "Stonegate Museum opened in Melbourne in 1924."),
])
def test_a_role_noun_on_and_opened_in_a_place(true_text, false_text):
    """A noun of a relation said with "on" reads "a guest on X"; "opened in <city>" says where a
    place is, and a year after it is the item's (its one place)."""
    checker = ConsistencyChecker(_guests_and_places(), outside_evidence=True).build()
    assert _says(checker, true_text), true_text
    assert not _says(checker, false_text), false_text


@pytest.mark.parametrize("true_text, false_text", [
    ("Rewind was put out by Kestrel Audio.", "Rewind was put out by Driftwood Media."),
    ("Driftwood Media put out The Kitchen Table.", "The Kitchen Table put out Driftwood Media."),
    # red team 90: a host is not "behind" the show (only makers are)
    ("Mira Lindqvist hosts Rewind.", "Mira Lindqvist is behind Rewind."),
])
def test_put_out_for_released(true_text, false_text):
    """ "released" (a label or publisher's) also reads "put out"."""
    checker = ConsistencyChecker(_podcasts(), outside_evidence=True).build()
    assert _says(checker, true_text), true_text
    assert not _says(checker, false_text), false_text


@pytest.mark.parametrize("true_text, false_text", [
    ("Michael Mann is behind Heat.", "James Cameron is behind Heat."),
    ("Michael Mann is behind Heat.", "Al Pacino is behind Heat."),
])
def test_a_maker_is_behind_the_work(movies, true_text, false_text):
    """ "X is behind Y" for a relation of making (directed, written, produced ...), not acting."""
    assert _says(movies, true_text), true_text
    assert not _says(movies, false_text), false_text


def _albums() -> kgx.KnowledgeGraph:
    rel = [kgx.Relation("genre", phrase="belongs to the genre", inverse_phrase="includes", domain=("album",),
                        range=("genre",))]
    ents = [kgx.Entity("a:sky", kind="item", type="album", label="Copper Sky", attrs={"year": 2012}),
            kgx.Entity("a:salt", kind="item", type="album", label="Salt and Static", attrs={"year": 2014}),
            *(kgx.Entity(f"g:{g}", type="genre", label=g) for g in ("soul", "jazz", "electronic", "synth-pop"))]
    triples = [("a:sky", "genre", "g:soul"), ("a:sky", "genre", "g:jazz"), ("a:salt", "genre", "g:electronic"),
               ("a:salt", "genre", "g:synth-pop")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rel, name="albums")


@pytest.mark.parametrize("true_text, false_text", [
    ("Copper Sky mixes soul and jazz.", "Copper Sky mixes soul and synth-pop."),
    ("Copper Sky blends soul with jazz.", "Salt and Static blends soul with jazz."),
    ("Salt and Static mixes synth-pop and electronic music.", "Copper Sky is electronic music."),
    ("Copper Sky combines jazz and soul.", "Copper Sky doesn't mix soul and jazz."),
])
def test_mixed_genres(true_text, false_text):
    """ "mixes / blends / combines" the classes of an item (genres): each named is the item's; a
    genre of a music graph may be said with "music" after it."""
    checker = ConsistencyChecker(_albums(), outside_evidence=True).build()
    assert _says(checker, true_text), true_text
    assert not _says(checker, false_text), false_text


def _topics() -> kgx.KnowledgeGraph:
    rel = [kgx.Relation("hosted_by", phrase="is hosted by", inverse_phrase="hosts", domain=("podcast",),
                        range=("host",)),
           kgx.Relation("about", phrase="is about", inverse_phrase="is the topic of", domain=("podcast",),
                        range=("topic",))]
    ents = [kgx.Entity("p:run", kind="item", type="podcast", label="The Long Run", attrs={"year": 2020}),
            kgx.Entity("p:pitch", kind="item", type="podcast", label="Pitch Side", attrs={"year": 2011}),
            kgx.Entity("h:rafa", type="host", label="Rafael Duarte"), kgx.Entity("h:sam", type="host", label="Sam Okoro"),
            kgx.Entity("t:run", type="topic", label="running"), kgx.Entity("t:foot", type="topic", label="football")]
    triples = [("p:run", "hosted_by", "h:rafa"), ("p:run", "about", "t:run"), ("p:pitch", "hosted_by", "h:sam"),
               ("p:pitch", "about", "t:foot")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rel, name="topics")


@pytest.mark.parametrize("true_text, false_text", [
    ("The Long Run, Rafael Duarte's show about running, came out in 2020.",
     "The Long Run, Rafael Duarte's show about football, came out in 2020."),
    ("The Long Run, Rafael Duarte's show about running, came out in 2020.",
     "The Long Run, Sam Okoro's show about running, came out in 2020."),
])
def test_a_possessive_apposition_before_about(true_text, false_text):
    """ "X, Y's show about Z, ...": the apposition is X's, and what follows "about" too."""
    checker = ConsistencyChecker(_topics(), outside_evidence=True).build()
    assert _says(checker, true_text), true_text
    assert not _says(checker, false_text), false_text


@pytest.mark.parametrize("true_text, false_text", [
    ("Ridley Scott directed two films, Alien and Blade Runner.", "Ridley Scott directed two films, Alien and Heat."),
    ("Ridley Scott directed two films: Alien and Blade Runner.",
     "Ridley Scott directed three films: Alien and Blade Runner."),
    ("You loved two films: Heat and Toy Story.", "You loved two films: Heat and Jumanji."),
])
def test_a_count_before_the_list_it_counts(movies, true_text, false_text):
    """ "directed two films, A and B": a count that matches the list after it is glue."""
    user = "user:1" if true_text.startswith("You") else None
    assert _says(movies, true_text, user), true_text
    assert not _says(movies, false_text, user), false_text


def test_a_verb_spelled_as_a_relation_noun_keeps_its_verb_reading():
    """ "host" is the verb of the declared "hosts" and the noun of the host type: both read."""
    rel = [kgx.Relation("hosted_by", phrase="is hosted by", inverse_phrase="hosts", domain=("podcast",),
                        range=("host",))]
    ents = [kgx.Entity("p:night", kind="item", type="podcast", label="Night Shift", attrs={"year": 2017}),
            kgx.Entity("p:byte", kind="item", type="podcast", label="Byte Sized", attrs={"year": 2015}),
            kgx.Entity("h:ethan", type="host", label="Ethan Cole"), kgx.Entity("h:aiko", type="host", label="Aiko Mori")]
    kg = kgx.KnowledgeGraph.from_triples([("p:night", "hosted_by", "h:ethan"), ("p:night", "hosted_by", "h:aiko"),
                                          ("p:byte", "hosted_by", "h:aiko")], entities=ents, relations=rel)
    checker = ConsistencyChecker(kg, outside_evidence=True).build()
    assert _says(checker, "Ethan Cole and Aiko Mori host Night Shift.")
    assert not _says(checker, "Ethan Cole and Aiko Mori host Byte Sized.")


@pytest.mark.parametrize("true_text, false_text", [
    ("Heat (1995) is by Michael Mann.", "Heat (1995) is by James Cameron."),
    ("Alien was directed by Ridley Scott, Heat by Michael Mann.", "Alien was directed by Ridley Scott, Heat by James Cameron."),
    ("Try Alien and Heat; the former was directed by Ridley Scott, the latter by Michael Mann.",
     "Try Alien and Heat; the former was directed by Ridley Scott, the latter by James Cameron."),
])
def test_is_by_after_a_year_and_gapped_makers(movies, true_text, false_text):
    """ "X (1995) is by Y"; "A was directed by X, B by Y" and "..., the latter by Y": the passive
    predicate again, its verb left out, after a comma or semicolon too."""
    assert _says(movies, true_text), true_text
    assert not _says(movies, false_text), false_text


def test_a_short_ism_and_a_hyphenated_one():
    rel = [kgx.Relation("movement", phrase="belongs to the movement", inverse_phrase="includes", domain=("painting",),
                        range=("movement",))]
    ents = [kgx.Entity("p:dem", kind="item", type="painting", label="Les Demoiselles", attrs={"year": 1907}),
            kgx.Entity("p:star", kind="item", type="painting", label="The Starry Night", attrs={"year": 1889}),
            kgx.Entity("m:cub", type="movement", label="Cubism"),
            kgx.Entity("m:post", type="movement", label="Post-Impressionism")]
    kg = kgx.KnowledgeGraph.from_triples([("p:dem", "movement", "m:cub"), ("p:star", "movement", "m:post")],
                                         entities=ents, relations=rel)
    checker = ConsistencyChecker(kg, outside_evidence=True).build()
    assert _says(checker, "Les Demoiselles is a Cubist painting.")
    assert _says(checker, "The Starry Night is a Post-Impressionist painting.")
    assert not _says(checker, "The Starry Night is a Cubist painting.")
    assert not _says(checker, "Les Demoiselles is a Post-Impressionist painting.")


def test_its_phrases_and_synonyms_of_depict():
    rel = [kgx.Relation("home_ground", phrase="plays its home games at", inverse_phrase="is the home ground of",
                        domain=("club",), range=("stadium",)),
           kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted in", domain=("club",),
                        range=("subject",))]
    ents = [kgx.Entity("c:ars", kind="item", type="club", label="Arsenal", attrs={"year": 1886}),
            kgx.Entity("c:che", kind="item", type="club", label="Chelsea", attrs={"year": 1905}),
            kgx.Entity("s:emi", type="stadium", label="Emirates Stadium"),
            kgx.Entity("s:sta", type="stadium", label="Stamford Bridge"),
            kgx.Entity("t:can", type="subject", label="a cannon")]
    kg = kgx.KnowledgeGraph.from_triples([("c:ars", "home_ground", "s:emi"), ("c:che", "home_ground", "s:sta"),
                                          ("c:ars", "depicts", "t:can")], entities=ents, relations=rel)
    checker = ConsistencyChecker(kg, outside_evidence=True).build()
    for text in ("Arsenal play their home games at the Emirates Stadium.", "Arsenal plays at the Emirates Stadium.",
                 "Arsenal shows a cannon."):
        assert _says(checker, text), text
    for text in ("Chelsea play their home games at the Emirates Stadium.", "Arsenal plays at Stamford Bridge.",
                 "Chelsea shows a cannon.", "Arsenal doesn't play at the Emirates Stadium.",
                 "Arsenal plays to the Emirates Stadium."):
        assert not _says(checker, text), text


def test_a_collection_that_holds_a_work():
    rel = [kgx.Relation("held_by", phrase="is held by", inverse_phrase="holds", domain=("painting",),
                        range=("museum",))]
    ents = [kgx.Entity("p:kiss", kind="item", type="painting", label="The Kiss", attrs={"year": 1908}),
            kgx.Entity("p:guernica", kind="item", type="painting", label="Guernica", attrs={"year": 1937}),
            kgx.Entity("m:bel", type="museum", label="Belvedere"), kgx.Entity("m:rs", type="museum", label="Reina Sofia")]
    kg = kgx.KnowledgeGraph.from_triples([("p:kiss", "held_by", "m:bel"), ("p:guernica", "held_by", "m:rs")],
                                         entities=ents, relations=rel)
    checker = ConsistencyChecker(kg, outside_evidence=True).build()
    for text in ("The Kiss hangs in the Belvedere.", "Guernica is in the collection of the Reina Sofia.",
                 "Guernica can be seen at the Reina Sofia.", "The Kiss is kept at the Belvedere."):
        assert _says(checker, text), text
    # (not "on display at": a work a museum holds may be in store or on loan, red team 156)
    for text in ("The Kiss hangs in the Reina Sofia.", "Guernica is in the collection of the Belvedere.",
                 "The Belvedere hangs in The Kiss.", "The Kiss is not on display at the Belvedere.",
                 "The Kiss is on display at the Belvedere."):
        assert not _says(checker, text), text


def test_held_and_its_readings_stay_in_their_domain():
    """Red team 93: "hangs in" only where museums hold works; "<verb> its <noun> at" reads the bare
    "<verb> at" only for verbs of playing."""
    rel = [kgx.Relation("held_by", phrase="is held by", inverse_phrase="holds", domain=("person",), range=("prison",)),
           kgx.Relation("meets_at", phrase="holds its meetings at", inverse_phrase="hosts the meetings of",
                        domain=("club",), range=("hotel",))]
    ents = [kgx.Entity("p:nm", kind="item", type="person", label="Nelson Mandela", attrs={"year": 1918}),
            kgx.Entity("c:che", kind="item", type="club", label="Chelsea", attrs={"year": 1905}),
            kgx.Entity("j:rob", type="prison", label="Robben Island"), kgx.Entity("h:sav", type="hotel", label="the Savoy")]
    kg = kgx.KnowledgeGraph.from_triples([("p:nm", "held_by", "j:rob"), ("c:che", "meets_at", "h:sav")],
                                         entities=ents, relations=rel)
    checker = ConsistencyChecker(kg, outside_evidence=True).build()
    assert _says(checker, "Nelson Mandela was held by Robben Island.")
    assert _says(checker, "Chelsea holds its meetings at the Savoy.")
    for text in ("Nelson Mandela hung at Robben Island.", "Nelson Mandela is on display at Robben Island.",
                 "Chelsea holds at the Savoy."):
        assert not _says(checker, text), text
