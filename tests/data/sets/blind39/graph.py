"""A small television-series graph for the blind39 held-out evaluation set.

Pure code, no data files: ``build()`` returns a ``kgexplain.KnowledgeGraph`` with series (items,
with the year each was first aired), the networks that air them, their creators and lead actors
(people), their countries and genres (attributes), and a few viewers (users) with ratings.
Relations declare only ``phrase`` / ``inverse_phrase``, as a new user of the library would.
"""

from __future__ import annotations

import kgexplain as kgx

SERIES = {
    # id: (label, year first aired)
    "series:breaking_bad": ("Breaking Bad", 2008),
    "series:better_call_saul": ("Better Call Saul", 2015),
    "series:the_sopranos": ("The Sopranos", 1999),
    "series:the_wire": ("The Wire", 2002),
    "series:succession": ("Succession", 2018),
    "series:fleabag": ("Fleabag", 2016),
    "series:killing_eve": ("Killing Eve", 2018),
    "series:sherlock": ("Sherlock", 2010),
    "series:the_office_uk": ("The Office", 2001),
    "series:peep_show": ("Peep Show", 2003),
    "series:dark": ("Dark", 2017),
    "series:money_heist": ("Money Heist", 2017),
    "series:borgen": ("Borgen", 2010),
    "series:squid_game": ("Squid Game", 2021),
    "series:the_crown": ("The Crown", 2016),
}

ATTRIBUTES = {
    # networks
    "network:amc": ("network", "AMC"),
    "network:hbo": ("network", "HBO"),
    "network:bbc_one": ("network", "BBC One"),
    "network:bbc_two": ("network", "BBC Two"),
    "network:bbc_three": ("network", "BBC Three"),
    "network:bbc_america": ("network", "BBC America"),
    "network:channel_4": ("network", "Channel 4"),
    "network:netflix": ("network", "Netflix"),
    "network:dr1": ("network", "DR1"),
    # countries
    "country:us": ("country", "United States"),
    "country:uk": ("country", "United Kingdom"),
    "country:germany": ("country", "Germany"),
    "country:spain": ("country", "Spain"),
    "country:denmark": ("country", "Denmark"),
    "country:south_korea": ("country", "South Korea"),
    # genres
    "genre:crime_drama": ("genre", "crime drama"),
    "genre:thriller": ("genre", "thriller"),
    "genre:sitcom": ("genre", "sitcom"),
    "genre:science_fiction": ("genre", "science fiction"),
    "genre:political_drama": ("genre", "political drama"),
    "genre:period_drama": ("genre", "period drama"),
    "genre:mystery": ("genre", "mystery"),
    "genre:comedy_drama": ("genre", "comedy-drama"),
    "genre:satire": ("genre", "satire"),
    # people (creators and lead actors)
    "person:vince_gilligan": ("person", "Vince Gilligan"),
    "person:david_chase": ("person", "David Chase"),
    "person:david_simon": ("person", "David Simon"),
    "person:jesse_armstrong": ("person", "Jesse Armstrong"),
    "person:phoebe_waller_bridge": ("person", "Phoebe Waller-Bridge"),
    "person:steven_moffat": ("person", "Steven Moffat"),
    "person:ricky_gervais": ("person", "Ricky Gervais"),
    "person:baran_bo_odar": ("person", "Baran bo Odar"),
    "person:alex_pina": ("person", "Álex Pina"),
    "person:adam_price": ("person", "Adam Price"),
    "person:hwang_dong_hyuk": ("person", "Hwang Dong-hyuk"),
    "person:peter_morgan": ("person", "Peter Morgan"),
    "person:bryan_cranston": ("person", "Bryan Cranston"),
    "person:bob_odenkirk": ("person", "Bob Odenkirk"),
    "person:james_gandolfini": ("person", "James Gandolfini"),
    "person:idris_elba": ("person", "Idris Elba"),
    "person:brian_cox": ("person", "Brian Cox"),
    "person:sandra_oh": ("person", "Sandra Oh"),
    "person:jodie_comer": ("person", "Jodie Comer"),
    "person:benedict_cumberbatch": ("person", "Benedict Cumberbatch"),
    "person:martin_freeman": ("person", "Martin Freeman"),
    "person:david_mitchell": ("person", "David Mitchell"),
    "person:ursula_corbero": ("person", "Úrsula Corberó"),
    "person:sidse_babett_knudsen": ("person", "Sidse Babett Knudsen"),
    "person:lee_jung_jae": ("person", "Lee Jung-jae"),
    "person:claire_foy": ("person", "Claire Foy"),
}

USERS = {
    "user:maren": "Maren",
    "user:theo": "Theo",
    "user:priya": "Priya",
    "user:jonas": "Jonas",
    "user:carmen": "Carmen",
}

FACTS = [
    # series, network(s), creator(s), lead actor(s), country, genre(s)
    ("series:breaking_bad", ["network:amc"], ["person:vince_gilligan"], ["person:bryan_cranston"],
     "country:us", ["genre:crime_drama", "genre:thriller"]),
    ("series:better_call_saul", ["network:amc"], ["person:vince_gilligan"], ["person:bob_odenkirk"],
     "country:us", ["genre:crime_drama"]),
    ("series:the_sopranos", ["network:hbo"], ["person:david_chase"], ["person:james_gandolfini"],
     "country:us", ["genre:crime_drama"]),
    ("series:the_wire", ["network:hbo"], ["person:david_simon"], ["person:idris_elba"],
     "country:us", ["genre:crime_drama"]),
    ("series:succession", ["network:hbo"], ["person:jesse_armstrong"], ["person:brian_cox"],
     "country:us", ["genre:satire", "genre:comedy_drama"]),
    ("series:fleabag", ["network:bbc_three"], ["person:phoebe_waller_bridge"],
     ["person:phoebe_waller_bridge"], "country:uk", ["genre:comedy_drama"]),
    ("series:killing_eve", ["network:bbc_america"], ["person:phoebe_waller_bridge"],
     ["person:sandra_oh", "person:jodie_comer"], "country:uk", ["genre:thriller"]),
    ("series:sherlock", ["network:bbc_one"], ["person:steven_moffat"],
     ["person:benedict_cumberbatch", "person:martin_freeman"], "country:uk",
     ["genre:crime_drama", "genre:mystery"]),
    ("series:the_office_uk", ["network:bbc_two"], ["person:ricky_gervais"],
     ["person:ricky_gervais", "person:martin_freeman"], "country:uk", ["genre:sitcom"]),
    ("series:peep_show", ["network:channel_4"], ["person:jesse_armstrong"], ["person:david_mitchell"],
     "country:uk", ["genre:sitcom"]),
    ("series:dark", ["network:netflix"], ["person:baran_bo_odar"], [],
     "country:germany", ["genre:science_fiction", "genre:mystery", "genre:thriller"]),
    ("series:money_heist", ["network:netflix"], ["person:alex_pina"], ["person:ursula_corbero"],
     "country:spain", ["genre:crime_drama", "genre:thriller"]),
    ("series:borgen", ["network:dr1"], ["person:adam_price"], ["person:sidse_babett_knudsen"],
     "country:denmark", ["genre:political_drama"]),
    ("series:squid_game", ["network:netflix"], ["person:hwang_dong_hyuk"], ["person:lee_jung_jae"],
     "country:south_korea", ["genre:thriller"]),
    ("series:the_crown", ["network:netflix"], ["person:peter_morgan"], ["person:claire_foy"],
     "country:uk", ["genre:period_drama"]),
]

RATINGS = [
    ("user:maren", "series:breaking_bad", 5),
    ("user:maren", "series:the_sopranos", 4),
    ("user:maren", "series:succession", 2),
    ("user:maren", "series:dark", 5),
    ("user:maren", "series:the_crown", 3),
    ("user:theo", "series:peep_show", 5),
    ("user:theo", "series:the_office_uk", 4),
    ("user:theo", "series:fleabag", 5),
    ("user:theo", "series:the_wire", 1),
    ("user:priya", "series:killing_eve", 5),
    ("user:priya", "series:sherlock", 4),
    ("user:priya", "series:squid_game", 2),
    ("user:priya", "series:borgen", 4),
    ("user:priya", "series:breaking_bad", 3),
    ("user:jonas", "series:the_wire", 5),
    ("user:jonas", "series:better_call_saul", 4),
    ("user:jonas", "series:money_heist", 2),
    ("user:jonas", "series:dark", 4),
    ("user:carmen", "series:money_heist", 5),
    ("user:carmen", "series:the_crown", 4),
    ("user:carmen", "series:fleabag", 3),
    ("user:carmen", "series:squid_game", 5),
    ("user:carmen", "series:sherlock", 1),
]

RELATIONS = [
    kgx.Relation("watched", phrase="watched", inverse_phrase="was watched by",
                 domain=("user",), range=("series",)),
    kgx.Relation("airs_on", phrase="airs on", inverse_phrase="airs",
                 domain=("series",), range=("network",)),
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created",
                 domain=("series",), range=("person",)),
    kgx.Relation("stars", phrase="stars", inverse_phrase="plays the lead in",
                 domain=("series",), range=("person",)),
    kgx.Relation("country", phrase="is from", inverse_phrase="is the home of",
                 domain=("series",), range=("country",)),
    kgx.Relation("has_genre", phrase="has genre", inverse_phrase="is the genre of",
                 domain=("series",), range=("genre",)),
]


def rows() -> list[tuple]:
    out: list[tuple] = []
    for series, networks, creators, actors, country, genres in FACTS:
        out += [(series, "airs_on", n) for n in networks]
        out += [(series, "created_by", c) for c in creators]
        out += [(series, "stars", a) for a in actors]
        out.append((series, "country", country))
        out += [(series, "has_genre", g) for g in genres]
    out += [(u, "watched", s, {"rating": float(r)}) for u, s, r in RATINGS]
    return out


def entities() -> list[kgx.Entity]:
    ents = [kgx.Entity(i, kind="item", type="series", label=lab, attrs={"year": year})
            for i, (lab, year) in SERIES.items()]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, (t, lab) in ATTRIBUTES.items()]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return ents


def build() -> kgx.KnowledgeGraph:
    """The blind39 television graph (15 series, 50 attributes, 5 viewers)."""
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind39")
