"""Forms read since session 47, each true text with a false twin, checked by the real checker on
small graphs declared here:

* a subject described by a participle or a place without commas, then its verb: "The ALCO RS-3
  built by X has Y", "3Arena at East Link Bridge is owned by X" (the verb is the subject's, not
  the modifier's object's); "X directed by Y directed Z" says X directed Z;
* a possessive before a name that opens with its kind noun ("Gustav Mahler's Symphony of a
  Thousand");
* "was first performed in" also reads "premiered in", "had / received its (first public)
  performance in", "was first heard in"; "premiered in <year> in <place>";
* "is written in" a key or a language (no place) also reads "is in";
* "is designated a" / "is listed as" a status also reads "is a";
* "There is a pagoda at Kew Gardens." says the garden has it;
* "has a pagoda, a palm house and a treetop walkway": a row of names after articles, closed by
  "and a", is a list, not an apposition;
* "is scored for" also reads "calls for", "uses", "requires"; instruments are count nouns ("a
  harp and a cor anglais");
* "was premiered under the baton of" also reads "was premiered under", also after a place
  ("premiered in Moscow under X");
* "originated in" also reads "has its roots in", "is rooted in"; "created" also reads "devised";
* "is inscribed as intangible heritage by" (a status) also reads "was inscribed by";
* "was owned by" also reads "belonged to", "was once owned by"; "is kept at" also reads "is
  housed / held / displayed at", "is in the collection of";
* words that add no claim: "himself" right after a person's name, "today", "currently", "still",
  "jointly" of two or more (also inside a cue: "is run jointly by A and B"); "went on to" before
  a verb, in one sentence, of the same subject, where every item after it is no older than every
  item before it;
* "is located in" also reads "is located within"; "in the city of X" where X is a city reads "in X";
  "lies on" an island also reads "is found / located / situated on", "is on";
* a relation of being in a place also reads "stretches / extends / reaches into", "spreads over",
  "falls within"; "You'll find X in Y" where X is a feature and Y an item says Y has X;
* the one relation of a place to its features also reads "has", "with", "holds";
* "is one of the X" / ", one of the X," where X is a group with a plural name ("the World
  Marathon Majors") reads "is part of" (unless the graph declares "is one of" itself);
* "<verb> there" after a clause: the one entity named before whose type the verb's "at" / "in" /
  "on" takes ("The University of Cambridge is in the UK, and Isaac Newton studied there");
* a phrase "has / counts among its Ns" names the relation's noun (the singular: "alumnus"), and
  "has as its N" the noun N; "It / the latter counts Y among its Ns" as "X counts ...";
* "borders" also reads "lies next to", "neighbours";
* "the latter" / "the former" after two pairs of names ("A lies in X and B in Y; the latter
  ..."): of the pair whose type the verb after it can be said of.
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker


def _graph(relations, entities, rows, name):
    ents = [kgx.Entity(i, kind=k, type=t, label=label, attrs=a) for i, k, t, label, a in entities]
    return kgx.KnowledgeGraph.from_triples(rows, entities=ents, relations=relations, name=name)


def _symphonies():
    rels = [
        kgx.Relation("composed_by", phrase="was composed by", inverse_phrase="composed", domain=("symphony",),
                     range=("composer",)),
        kgx.Relation("premiered_in", phrase="was first performed in", inverse_phrase="hosted the premiere of",
                     domain=("symphony",), range=("city",)),
        kgx.Relation("in_key", phrase="is written in", inverse_phrase="is the key of", domain=("symphony",),
                     range=("key",)),
        kgx.Relation("conducted_by", phrase="was premiered under the baton of",
                     inverse_phrase="conducted the premiere of", domain=("symphony",), range=("conductor",)),
        kgx.Relation("scored_for", phrase="is scored for", inverse_phrase="is heard in", domain=("symphony",),
                     range=("instrument",)),
    ]
    ents = [("symphony:mahler8", "item", "symphony", "Symphony of a Thousand", {"year": 1910}),
            ("symphony:fantastique", "item", "symphony", "Symphonie fantastique", {"year": 1830}),
            ("symphony:tchaikovsky4", "item", "symphony", "Tchaikovsky's Fourth Symphony", {"year": 1878}),
            ("symphony:sibelius2", "item", "symphony", "Sibelius's Second Symphony", {"year": 1902}),
            ("composer:mahler", "attribute", "composer", "Gustav Mahler", {}),
            ("composer:berlioz", "attribute", "composer", "Hector Berlioz", {}),
            ("composer:sibelius", "attribute", "composer", "Jean Sibelius", {}),
            ("city:munich", "attribute", "city", "Munich", {}),
            ("city:paris", "attribute", "city", "Paris", {}),
            ("city:moscow", "attribute", "city", "Moscow", {}),
            ("city:helsinki", "attribute", "city", "Helsinki", {}),
            ("key:eflat", "attribute", "key", "E-flat major", {}),
            ("key:dmajor", "attribute", "key", "D major", {}),
            ("conductor:rubinstein", "attribute", "conductor", "Nikolai Rubinstein", {}),
            ("conductor:habeneck", "attribute", "conductor", "François Habeneck", {}),
            ("instrument:harp", "attribute", "instrument", "harp", {}),
            ("instrument:cor", "attribute", "instrument", "cor anglais", {}),
            ("instrument:bells", "attribute", "instrument", "bells", {}),
            ("instrument:mandolin", "attribute", "instrument", "mandolin", {})]
    rows = [("symphony:mahler8", "composed_by", "composer:mahler"),
            ("symphony:fantastique", "composed_by", "composer:berlioz"),
            ("symphony:sibelius2", "composed_by", "composer:sibelius"),
            ("symphony:mahler8", "premiered_in", "city:munich"), ("symphony:fantastique", "premiered_in", "city:paris"),
            ("symphony:tchaikovsky4", "premiered_in", "city:moscow"),
            ("symphony:sibelius2", "premiered_in", "city:helsinki"),
            ("symphony:mahler8", "in_key", "key:eflat"), ("symphony:sibelius2", "in_key", "key:dmajor"),
            ("symphony:tchaikovsky4", "conducted_by", "conductor:rubinstein"),
            ("symphony:fantastique", "conducted_by", "conductor:habeneck"),
            ("symphony:fantastique", "scored_for", "instrument:harp"),
            ("symphony:fantastique", "scored_for", "instrument:cor"),
            ("symphony:fantastique", "scored_for", "instrument:bells"),
            ("symphony:mahler8", "scored_for", "instrument:mandolin")]
    return _graph(rels, ents, rows, "symphonies47")


def _gardens():
    rels = [
        kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("garden",),
                     range=("person",)),
        kgx.Relation("has_feature", phrase="has", inverse_phrase="is a feature of", domain=("garden",),
                     range=("feature",)),
        kgx.Relation("designated", phrase="is designated a", inverse_phrase="is a designation held by",
                     domain=("garden",), range=("designation",)),
        kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("garden",),
                     range=("city",)),
        kgx.Relation("managed_by", phrase="is run by", inverse_phrase="runs", domain=("garden",),
                     range=("organisation",)),
    ]
    ents = [("garden:kew", "item", "garden", "Kew Gardens", {"year": 1759}),
            ("garden:missouri", "item", "garden", "Missouri Botanical Garden", {"year": 1859}),
            ("garden:singapore", "item", "garden", "Singapore Botanic Gardens", {"year": 1859}),
            ("person:shaw", "attribute", "person", "Henry Shaw", {}),
            ("feature:pagoda", "attribute", "feature", "pagoda", {}),
            ("feature:palm_house", "attribute", "feature", "palm house", {}),
            ("feature:walkway", "attribute", "feature", "treetop walkway", {}),
            ("feature:orchid", "attribute", "feature", "orchid garden", {}),
            ("designation:nhl", "attribute", "designation", "National Historic Landmark", {}),
            ("city:london", "attribute", "city", "London", {}),
            ("city:st_louis", "attribute", "city", "St. Louis", {}),
            ("organisation:trust", "attribute", "organisation", "Royal Botanic Gardens Trust", {}),
            ("organisation:board", "attribute", "organisation", "Missouri Garden Board", {})]
    rows = [("garden:missouri", "founded_by", "person:shaw"),
            ("garden:kew", "has_feature", "feature:pagoda"), ("garden:kew", "has_feature", "feature:palm_house"),
            ("garden:kew", "has_feature", "feature:walkway"), ("garden:singapore", "has_feature", "feature:orchid"),
            ("garden:missouri", "designated", "designation:nhl"),
            ("garden:kew", "located_in", "city:london"), ("garden:missouri", "located_in", "city:st_louis"),
            ("garden:kew", "managed_by", "organisation:trust"),
            ("garden:missouri", "managed_by", "organisation:board")]
    return _graph(rels, ents, rows, "gardens47")


def _dances():
    rels = [
        kgx.Relation("originates_in", phrase="originates in", inverse_phrase="is the birthplace of",
                     domain=("dance",), range=("region",)),
        kgx.Relation("created_by", phrase="was created by", inverse_phrase="created", domain=("dance",),
                     range=("person",)),
        kgx.Relation("inscribed_by", phrase="is inscribed as intangible heritage by",
                     inverse_phrase="inscribed as intangible heritage", domain=("dance",), range=("organisation",)),
    ]
    ents = [("dance:garba", "item", "dance", "Garba", {"year": 2023}),
            ("dance:reel", "item", "dance", "The Reel of the 51st Division", {"year": 1940}),
            ("dance:polka", "item", "dance", "Polka", {"year": 1835}),
            ("region:gujarat", "attribute", "region", "Gujarat", {}),
            ("region:scotland", "attribute", "region", "Scotland", {}),
            ("region:bohemia", "attribute", "region", "Bohemia", {}),
            ("person:atkinson", "attribute", "person", "Jimmy Atkinson", {}),
            ("organisation:unesco", "attribute", "organisation", "UNESCO", {}),
            ("organisation:rscds", "attribute", "organisation", "RSCDS", {})]
    rows = [("dance:garba", "originates_in", "region:gujarat"), ("dance:reel", "originates_in", "region:scotland"),
            ("dance:polka", "originates_in", "region:bohemia"), ("dance:reel", "created_by", "person:atkinson"),
            ("dance:garba", "inscribed_by", "organisation:unesco")]
    return _graph(rels, ents, rows, "dances47")


def _volcanoes():
    rels = [kgx.Relation("on_island", phrase="lies on", inverse_phrase="is the site of", domain=("volcano",),
                         range=("island",))]
    ents = [("volcano:unzen", "item", "volcano", "Mount Unzen", {"year": 1792}),
            ("volcano:merapi", "item", "volcano", "Mount Merapi", {"year": 2010}),
            ("island:kyushu", "attribute", "island", "Kyushu", {}),
            ("island:java", "attribute", "island", "Java", {})]
    rows = [("volcano:unzen", "on_island", "island:kyushu"), ("volcano:merapi", "on_island", "island:java")]
    return _graph(rels, ents, rows, "volcanoes47")


def _universities():
    rels = [
        kgx.Relation("has_alumnus", phrase="has among its alumni", inverse_phrase="studied at", domain=("university",),
                     range=("person",)),
        kgx.Relation("in_country", phrase="is in", inverse_phrase="is the country of", domain=("university",),
                     range=("country",)),
    ]
    ents = [("university:cambridge", "item", "university", "University of Cambridge", {"year": 1209}),
            ("university:oxford", "item", "university", "University of Oxford", {"year": 1096}),
            ("person:newton", "attribute", "person", "Isaac Newton", {}),
            ("person:hawking", "attribute", "person", "Stephen Hawking", {}),
            ("country:uk", "attribute", "country", "United Kingdom", {})]
    rows = [("university:cambridge", "has_alumnus", "person:newton"), ("university:oxford", "has_alumnus", "person:hawking"),
            ("university:cambridge", "in_country", "country:uk"), ("university:oxford", "in_country", "country:uk")]
    return _graph(rels, ents, rows, "universities47")


def _marathons():
    rels = [
        kgx.Relation("part_of", phrase="is part of", inverse_phrase="includes", domain=("marathon",), range=("series",)),
        kgx.Relation("in_country", phrase="takes place in", inverse_phrase="is the country of", domain=("marathon",),
                     range=("country",)),
        kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("marathon",),
                     range=("person",)),
    ]
    ents = [("marathon:berlin", "item", "marathon", "Berlin Marathon", {"year": 1974}),
            ("marathon:big_sur", "item", "marathon", "Big Sur International Marathon", {"year": 1986}),
            ("series:majors", "attribute", "series", "World Marathon Majors", {}),
            ("country:germany", "attribute", "country", "Germany", {}),
            ("country:us", "attribute", "country", "United States", {}),
            ("person:steinmetz", "attribute", "person", "Horst Milde", {})]
    rows = [("marathon:berlin", "part_of", "series:majors"), ("marathon:berlin", "in_country", "country:germany"),
            ("marathon:big_sur", "in_country", "country:us"), ("marathon:berlin", "founded_by", "person:steinmetz")]
    return _graph(rels, ents, rows, "marathons47")


def _gems():
    rels = [
        kgx.Relation("owned_by", phrase="was owned by", inverse_phrase="owned", domain=("gem",), range=("person",)),
        kgx.Relation("kept_at", phrase="is kept at", inverse_phrase="houses", domain=("gem",), range=("museum",)),
    ]
    ents = [("gem:regent", "item", "gem", "Regent Diamond", {"year": 1698}),
            ("gem:hope", "item", "gem", "Hope Diamond", {"year": 1666}),
            ("person:pitt", "attribute", "person", "Thomas Pitt", {}),
            ("museum:louvre", "attribute", "museum", "Louvre", {}),
            ("museum:smithsonian", "attribute", "museum", "Smithsonian", {})]
    rows = [("gem:regent", "owned_by", "person:pitt"), ("gem:regent", "kept_at", "museum:louvre"),
            ("gem:hope", "kept_at", "museum:smithsonian")]
    return _graph(rels, ents, rows, "gems47")


def _constellations():
    rels = [
        kgx.Relation("introduced_by", phrase="was introduced by", inverse_phrase="introduced", domain=("constellation",),
                     range=("astronomer",)),
        kgx.Relation("brightest_star", phrase="has as its brightest star", inverse_phrase="is the brightest star of",
                     domain=("constellation",), range=("star",)),
        kgx.Relation("borders", phrase="borders", inverse_phrase="borders", domain=("constellation",),
                     range=("constellation",)),
    ]
    ents = [("constellation:pyxis", "item", "constellation", "Pyxis", {"year": 1756}),
            ("constellation:antlia", "item", "constellation", "Antlia", {"year": 1756}),
            ("constellation:scutum", "item", "constellation", "Scutum", {"year": 1684}),
            ("star:alpha_pyx", "attribute", "star", "Alpha Pyxidis", {}),
            ("astronomer:lacaille", "attribute", "astronomer", "Nicolas-Louis de Lacaille", {}),
            ("astronomer:hevelius", "attribute", "astronomer", "Johannes Hevelius", {})]
    rows = [("constellation:pyxis", "introduced_by", "astronomer:lacaille"),
            ("constellation:antlia", "introduced_by", "astronomer:lacaille"),
            ("constellation:scutum", "introduced_by", "astronomer:hevelius"),
            ("constellation:pyxis", "brightest_star", "star:alpha_pyx"),
            ("constellation:pyxis", "borders", "constellation:antlia")]
    return _graph(rels, ents, rows, "constellations47")


def _caves():
    rels = [
        kgx.Relation("in_country", phrase="is a cave in", inverse_phrase="has within its borders", domain=("cave",),
                     range=("country",)),
        kgx.Relation("has_feature", phrase="contains", inverse_phrase="can be seen in", domain=("cave",),
                     range=("feature",)),
    ]
    ents = [("cave:altamira", "item", "cave", "Cave of Altamira", {"year": 1868}),
            ("cave:carlsbad", "item", "cave", "Carlsbad Caverns", {"year": 1898}),
            ("country:spain", "attribute", "country", "Spain", {}),
            ("country:us", "attribute", "country", "United States", {}),
            ("feature:bats", "attribute", "feature", "bat colony", {}),
            ("feature:paintings", "attribute", "feature", "cave paintings", {})]
    rows = [("cave:altamira", "in_country", "country:spain"), ("cave:carlsbad", "in_country", "country:us"),
            ("cave:carlsbad", "has_feature", "feature:bats"), ("cave:altamira", "has_feature", "feature:paintings")]
    return _graph(rels, ents, rows, "caves47")


def _ships():
    rels = [
        kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("ship",),
                     range=("person",)),
        kgx.Relation("operated_by", phrase="was operated by", inverse_phrase="operated", domain=("ship",),
                     range=("shipping_line",)),
        kgx.Relation("built_by", phrase="was built by", inverse_phrase="built", domain=("ship",),
                     range=("shipyard",)),
        kgx.Relation("registered_in", phrase="was registered in", inverse_phrase="was the port of registry of",
                     domain=("ship",), range=("port",)),
    ]
    ents = [("ship:normandie", "item", "ship", "SS Normandie", {"year": 1932}),
            ("ship:france", "item", "ship", "SS France", {"year": 1960}),
            ("person:yourkevitch", "attribute", "person", "Vladimir Yourkevitch", {}),
            ("shipping_line:french", "attribute", "shipping_line", "French Line", {}),
            ("shipping_line:cunard", "attribute", "shipping_line", "Cunard Line", {}),
            ("shipyard:penhoet", "attribute", "shipyard", "Penhoët", {}),
            ("port:le_havre", "attribute", "port", "Le Havre", {})]
    rows = [("ship:normandie", "designed_by", "person:yourkevitch"),
            ("ship:normandie", "operated_by", "shipping_line:french"),
            ("ship:france", "operated_by", "shipping_line:french"),
            ("ship:normandie", "built_by", "shipyard:penhoet"), ("ship:normandie", "registered_in", "port:le_havre")]
    return _graph(rels, ents, rows, "ships47")


CASES = [
    # a participle or a place without commas, then the subject's verb
    ("ships", "SS Normandie designed by Vladimir Yourkevitch was operated by the French Line.",
     "SS France designed by Vladimir Yourkevitch was operated by the French Line."),
    ("ships", "SS Normandie built by Penhoët was registered in Le Havre.",
     "SS Normandie built by Penhoët was operated by the Cunard Line."),
    ("ships", "SS Normandie in Le Havre was operated by the French Line.",
     "SS France in Le Havre was operated by the French Line."),
    ("movies", "Alien directed by Ridley Scott was written by Dan O'Bannon.",
     "Blade Runner directed by Ridley Scott was written by Dan O'Bannon."),
    ("movies", "Alien directed by Ridley Scott has music by Jerry Goldsmith.",
     "Alien directed by Ridley Scott directed Blade Runner."),
    # a possessive before a name that opens with its kind noun
    ("symphonies", "Gustav Mahler's Symphony of a Thousand was first performed in Munich.",
     "Jean Sibelius's Symphony of a Thousand was first performed in Munich."),
    # "was first performed in" -> "premiered in", "had its premiere in"
    ("symphonies", "The Symphony of a Thousand premiered in Munich.", "The Symphony of a Thousand premiered in Paris."),
    ("symphonies", "The Symphonie fantastique received its first public performance in Paris.",
     "The Symphonie fantastique received its first public performance in Munich."),
    ("symphonies", "The Symphony of a Thousand had its very first performance in Munich.",
     "The Symphony of a Thousand had its very first performance in Helsinki."),
    ("symphonies", "The Symphony of a Thousand was first heard in Munich.",
     "The Symphonie fantastique was first heard in Munich."),
    ("symphonies", "Sibelius's Second Symphony was premiered in 1902 in Helsinki.",
     "Sibelius's Second Symphony was premiered in 1903 in Helsinki."),
    # "is written in" a key -> "is in"; "wrote" for the composer
    ("symphonies", "The Symphony of a Thousand is in E-flat major.", "The Symphony of a Thousand is in D major."),
    # "is scored for" -> "calls for", "uses"; a list of instruments with articles
    ("symphonies", "The Symphony of a Thousand calls for a mandolin.", "The Symphony of a Thousand calls for a harp."),
    ("symphonies", "The Symphonie fantastique calls for bells, a harp and a cor anglais.",
     "The Symphonie fantastique calls for bells, a harp and a mandolin."),
    ("symphonies", "The Symphonie fantastique uses a harp and a cor anglais.",
     "The Symphony of a Thousand uses a harp and a cor anglais."),
    # "was premiered under the baton of" -> "was premiered under", also after a place
    ("symphonies", "Tchaikovsky's Fourth Symphony was premiered in Moscow under Nikolai Rubinstein.",
     "Tchaikovsky's Fourth Symphony was premiered in Moscow under François Habeneck."),
    # "is designated a" -> "is a"
    ("gardens", "The Missouri Botanical Garden is a National Historic Landmark.",
     "Kew Gardens is a National Historic Landmark."),
    ("gardens", "The Missouri Botanical Garden was founded by Henry Shaw, and it is a National Historic Landmark.",
     "Kew Gardens was founded by Henry Shaw, and it is a National Historic Landmark."),
    # "There is an X at Y."
    ("gardens", "There is an orchid garden at the Singapore Botanic Gardens.",
     "There is an orchid garden at Kew Gardens."),
    ("gardens", "There's a pagoda in Kew Gardens.", "There's a pagoda in the Singapore Botanic Gardens."),
    # a row of names after articles, closed by "and a"
    ("gardens", "Kew Gardens has a pagoda, a palm house and a treetop walkway.",
     "Kew Gardens has a pagoda, a palm house and an orchid garden."),
    ("gardens", "Kew Gardens has a pagoda, a palm house.", "Kew Gardens has a pagoda, an orchid garden."),
    ("gardens", "Kew Gardens has a pagoda, a palm house, and a treetop walkway.",
     "The Missouri Botanical Garden has a pagoda, a palm house, and a treetop walkway."),
    # "originated in" -> "has its roots in"; "created" -> "devised"; "inscribed by"
    ("dances", "Garba has its roots in Gujarat.", "Garba has its roots in Scotland."),
    ("dances", "Polka is rooted in Bohemia.", "Polka is rooted in Gujarat."),
    ("dances", "The Reel of the 51st Division was devised by Jimmy Atkinson.", "Garba was devised by Jimmy Atkinson."),
    ("dances", "Garba was inscribed by UNESCO.", "Polka was inscribed by UNESCO."),
    # words that add no claim
    ("gardens", "The Missouri Botanical Garden was founded by Henry Shaw himself.",
     "Kew Gardens was founded by Henry Shaw himself."),
    ("gardens", "The Missouri Botanical Garden was founded by Henry Shaw, and today the Missouri Garden Board runs it.",
     "The Missouri Botanical Garden was founded by Henry Shaw, and today the Royal Botanic Gardens Trust runs it."),
    ("gardens", "Kew Gardens is currently run by the Royal Botanic Gardens Trust.",
     "Kew Gardens is currently run by the Missouri Garden Board."),
    ("gardens", "Kew Gardens is still run by the Royal Botanic Gardens Trust.",
     "The Missouri Botanical Garden is still run by the Royal Botanic Gardens Trust."),
    # "is located in" -> "is located within"
    ("gardens", "Kew Gardens is located within London.", "Kew Gardens is located within St. Louis."),
    # "the city of X" where X is a city; "lies on" an island -> "is found / located on"
    ("gardens", "Kew Gardens is located in the city of London.", "Kew Gardens is located in the city of St. Louis."),
    ("volcanoes", "Mount Unzen is found on Kyushu.", "Mount Unzen is found on Java."),
    ("volcanoes", "Mount Unzen is located on Kyushu.", "Mount Merapi is located on Kyushu."),
    # "<verb> there": the one entity named before that the verb's "at" / "in" takes
    ("universities", "The University of Cambridge is in the United Kingdom, and Isaac Newton studied there.",
     "The University of Oxford is in the United Kingdom, and Isaac Newton studied there."),
    # "one of the <group of a plural name>" reads "is part of"
    ("marathons", "The Berlin Marathon is one of the World Marathon Majors.",
     "The Big Sur International Marathon is one of the World Marathon Majors."),
    ("marathons", "The Berlin Marathon, one of the World Marathon Majors, takes place in Germany.",
     "The Big Sur International Marathon, one of the World Marathon Majors, takes place in the United States."),
    # a declared "has among its alumni" names the noun "alumnus"; "it" before "counts Y among its Ns"
    ("universities", "The University of Oxford counts Stephen Hawking among its alumni.",
     "The University of Oxford counts Isaac Newton among its alumni."),
    ("universities", "The University of Cambridge is in the United Kingdom. It counts Isaac Newton among its alumni.",
     "The University of Cambridge is in the United Kingdom. It counts Stephen Hawking among its alumni."),
    ("universities", "Stephen Hawking is an alumnus of the University of Oxford.",
     "Stephen Hawking is an alumnus of the University of Cambridge."),
    # "was owned by" -> "belonged to", "once owned"; "is kept at" -> "is housed at", "in the collection of"
    ("gems", "The Regent Diamond belonged to Thomas Pitt.", "The Hope Diamond belonged to Thomas Pitt."),
    ("gems", "Thomas Pitt once owned the Regent Diamond.", "Thomas Pitt once owned the Hope Diamond."),
    ("gems", "The Regent Diamond sits in the collection of the Louvre.",
     "The Hope Diamond sits in the collection of the Louvre."),
    ("gems", "The Regent Diamond and the Hope Diamond are housed at the Louvre and the Smithsonian respectively.",
     "The Regent Diamond and the Hope Diamond are housed at the Smithsonian and the Louvre respectively."),
    # "has as its N" names the noun N ("X has Y as its N", also of "the latter"); "borders" ->
    # "lies next to"
    ("constellations", "Pyxis has Alpha Pyxidis as its brightest star.",
     "Antlia has Alpha Pyxidis as its brightest star."),
    ("constellations", "Antlia borders Pyxis. The latter has Alpha Pyxidis as its brightest star.",
     "Antlia borders Pyxis. The former has Alpha Pyxidis as its brightest star."),
    ("constellations", "Pyxis, introduced by Nicolas-Louis de Lacaille, lies next to Antlia.",
     "Scutum, introduced by Nicolas-Louis de Lacaille, lies next to Antlia."),
    # a region that reaches over places; "You'll find X in Y" of a feature: Y has it
    ("gardens", "Kew Gardens stretches into London.", "Kew Gardens stretches into St. Louis."),
    ("gardens", "You'll find a pagoda in Kew Gardens.", "You'll find an orchid garden in Kew Gardens."),
    # the one relation to a place's features also reads "has", "with", "holds"
    ("caves", "Carlsbad Caverns has a bat colony.", "The Cave of Altamira has a bat colony."),
    ("caves", "The Cave of Altamira holds cave paintings.", "Carlsbad Caverns holds cave paintings."),
    # "the latter" / "the former" of the pair the verb after it can be said of
    ("gardens", "Kew Gardens is in London and the Missouri Botanical Garden is in St. Louis; the latter was "
                "founded by Henry Shaw.",
     "Kew Gardens is in London and the Missouri Botanical Garden is in St. Louis; the former was founded by "
     "Henry Shaw."),
    ("gardens", "The Missouri Botanical Garden lies in St. Louis and Kew Gardens in London; the latter has a pagoda.",
     "The Missouri Botanical Garden lies in St. Louis and Kew Gardens in London; the former has a pagoda."),
    ("movies", "Ridley Scott directed Alien and went on to direct Blade Runner.",
     "Ridley Scott directed Blade Runner and went on to direct Alien."),
    ("movies", "Blade Runner came from Ridley Scott, who went on to make Gladiator.",
     "Blade Runner came from Ridley Scott, who went on to make Heat."),
]


@pytest.fixture(scope="module")
def checkers():
    return {name: ConsistencyChecker(build(), outside_evidence=True).build()
            for name, build in (("symphonies", _symphonies), ("gardens", _gardens), ("dances", _dances),
                                ("ships", _ships), ("volcanoes", _volcanoes), ("universities", _universities),
                                ("marathons", _marathons), ("gems", _gems), ("constellations", _constellations),
                                ("caves", _caves),
                                ("movies", kgx.KnowledgeGraph.example))}


@pytest.mark.parametrize("graph, true, false", CASES, ids=[f"{g}:{t[:40]}:{f[-25:]}" for g, t, f in CASES])
def test_true_text_is_read_and_its_twin_is_not(checkers, graph, true, false):
    checker = checkers[graph]
    assert checker.check(true, ()).supported, checker.check(true, ()).reason
    assert not checker.check(false, ()).supported


REJECTED = [
    # (red team 150) "introduced in <year>" may be a later act (a species introduced to an island);
    # "the former" among three of a kind; "still" before a noun whose modifier says what was
    # ("Johannes Hevelius introduced Scutum in 1684" is read since session 50: on a graph whose one
    # event relation is "was introduced by", with the introducer as agent, and every dated item
    # has it, the year is the introduction; a species "was introduced to" an island is no such
    # relation: see tests/test_consistency_structure_and_origins.py)
    ("constellations", "Pyxis, Antlia and Scutum were introduced by astronomers; the former has Alpha Pyxidis as "
                       "its brightest star."),
    ("constellations", "Antlia and Scutum border Pyxis; the former has Alpha Pyxidis as its brightest star."),
    # a past state is no present one
    ("gems", "The Regent Diamond belongs to Thomas Pitt."),
    # (red team 148) the verb after a described subject is the subject's, whatever words stand
    # between; "went on to" in the graph's year order, in one sentence, of the same subject; a
    # reflexive after a preposition says a claim ("for himself")
    ("movies", "Alien directed by Ridley Scott also directed Blade Runner."),
    ("movies", "Alien directed by Ridley Scott today directed Blade Runner."),
    ("ships", "SS Normandie designed by Vladimir Yourkevitch himself designed SS France."),
    ("universities", "Isaac Newton studied at the University of Cambridge himself."),  # alone? (red team 114)
    ("movies", "Ridley Scott directed Blade Runner and went on to direct Alien."),
    ("movies", "Ridley Scott directed Alien and went on to direct Alien."),
    ("movies", "Ridley Scott directed Alien. Heat is a crime film, and Ridley Scott went on to direct Blade Runner."),
    ("gardens", "Henry Shaw founded the Missouri Botanical Garden for himself."),
    # (the review) "jointly" of one; a bare participle after the described name's modifier; "the
    # former" of three; "is written in" a place is no "is in"
    ("ships", "SS Normandie was designed jointly by Vladimir Yourkevitch."),
    ("gardens", "Kew Gardens run by the Royal Botanic Gardens Trust located in London."),
    ("gardens", "Kew Gardens has a pagoda, the Missouri Botanical Garden is in St. Louis and the Singapore Botanic "
                "Gardens has an orchid garden; the former was founded by Henry Shaw."),
    # "one of the" before a noun is no group ("one of the founders of")
    ("marathons", "Horst Milde is one of the World Marathon Majors."),
    # "there" of two entities the verb may take: which one?
    ("universities", "The University of Oxford and the University of Cambridge are in the United Kingdom, and "
                     "Isaac Newton studied there."),
    # "the <noun> of X" only where X is of that type
    ("gardens", "Kew Gardens is located in the country of London."),
    # an instrument is no class of the work; an apposition whose relation takes the name is read
    ("symphonies", "The Symphonie fantastique is harp."),
    ("gardens", "Kew Gardens has a pagoda, a National Historic Landmark."),
    ("gardens", "Kew Gardens, a National Historic Landmark, is in London."),
    # "is set in" or "is made in" a place is no "is in" (only a key, a language, a medium)
    ("symphonies", "The Symphony of a Thousand is in Munich."),
]


@pytest.mark.parametrize("graph, text", REJECTED, ids=[t[:50] for _, t in REJECTED])
def test_false_text_is_rejected(checkers, graph, text):
    assert not checkers[graph].check(text, ()).supported
