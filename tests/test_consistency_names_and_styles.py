"""Forms read since session 48, each true text with a false twin, checked by the real checker on
small graphs declared here:

* an item whose label is in sentence case ("Four color theorem") is named in lower case after
  "the" ("Kenneth Appel proved the four color theorem"), never without it nor after "a";
* on a graph of buildings, a style is also said with "architecture" after it ("an example of
  Manueline architecture"), the relation to it by the nouns "architecture" and "architectural
  style" ("Its architecture is Baroque"), a monastery, an abbey or a palace is "built in the Y
  style", and is "a building" ("a Gothic building");
* (on a graph whose items are all buildings only: where manuscripts share the styles, a style is
  no architecture, red team 151);
* a relation phrased "connects", "links (up with)" or "joins" reads them all, "is connected to",
  "runs between" (where no other relation says "runs"), and "links A with B" / "joins A to B"
  as "links A and B";
* "X is a <X's type> who <verb> Y", "X was one of the <types / people> who <verb> Y" say "X
  <verb> Y" (a person's type or "person", "people");
* (withdrawn after red team 154: "they / their" for one item whose name is a plural, as "Kew
  Gardens", since "they" may be a band or a choir named before);
* a state said in the past ("was the seat of", "had his seat at") reads no present ("is the seat
  of", "has his seat at"), by its phrase nor by its noun;
* "X runs / travels / goes from A" reads a relation of where X starts ("departs from"), and "to
  B" right after A one of where it ends ("terminates in");
* "is the home of" also reads "is home to" (where another relation says it too, both are read
  and the graph says which holds; in the present only); of two names as long, one running into a
  capitalized word loses ("The Royal Opera" before "House": the Royal Opera House);
* "older than" / "predates" only of items whose year is their beginning (people, works,
  releases, foundings, venues, buildings), not of trees;
* a relation to topics phrased "concerns", "addresses" or "is concerned with" also reads "is
  about", "covers", "deals with" and the like;
* more verb synonyms ("ended" -> "concluded", "put an end to"; "established" -> "set up";
  "departs from" -> "leaves from", "sets out from"; "terminates in" -> "ends in"; "proved" ->
  "resolved", "settled"; "was tracked by" -> "was monitored by"; "excavated" -> "unearthed", "dug
  at");
* a synonym said alone or before "by" is kept where another relation says its verb only with
  another word after it ("is run by" an operator beside "runs in" a country);
* a phrase in the perfect passive ("has been held at") also reads the past ("was held at"), not
  the present; a circuit, speedway or racetrack is a venue that opened in its year;
* an adverb of a declared phrase ("was officially opened by", "officially opened", "was first
  described by") may be left out, which says less ("Ronald Reagan opened X", "was described by");
* "P is where Y <verb>" and "..., P, where Y <verb>." say "Y <verb> in / at / from / on P" where
  that is a known cue ("Mexico is where the Chihuahua comes from").
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker


def _graph(relations, entities, rows, name):
    ents = [kgx.Entity(i, kind=k, type=t, label=label, attrs=a) for i, k, t, label, a in entities]
    return kgx.KnowledgeGraph.from_triples(rows, entities=ents, relations=relations, name=name)


def _theorems():
    rels = [
        kgx.Relation("proved_by", phrase="was proved by", inverse_phrase="proved", domain=("theorem",),
                     range=("mathematician",)),
        kgx.Relation("in_field", phrase="belongs to the field of", inverse_phrase="is the field of",
                     domain=("theorem",), range=("field",)),
    ]
    ents = [("theorem:four_color", "item", "theorem", "Four color theorem", {"year": 1976}),
            ("theorem:pnt", "item", "theorem", "Prime number theorem", {"year": 1896}),
            ("theorem:fta", "item", "theorem", "Fundamental theorem of algebra", {"year": 1799}),
            ("mathematician:appel", "attribute", "mathematician", "Kenneth Appel", {}),
            ("mathematician:hadamard", "attribute", "mathematician", "Jacques Hadamard", {}),
            ("mathematician:gauss", "attribute", "mathematician", "Carl Friedrich Gauss", {}),
            ("field:graph_theory", "attribute", "field", "graph theory", {}),
            ("field:number_theory", "attribute", "field", "number theory", {}),
            ("field:algebra", "attribute", "field", "algebra", {})]
    rows = [("theorem:four_color", "proved_by", "mathematician:appel"),
            ("theorem:pnt", "proved_by", "mathematician:hadamard"),
            ("theorem:fta", "proved_by", "mathematician:gauss"),
            ("theorem:four_color", "in_field", "field:graph_theory"),
            ("theorem:pnt", "in_field", "field:number_theory"),
            ("theorem:fta", "in_field", "field:algebra")]
    return _graph(rels, ents, rows, "theorems")


def _abbeys():
    rels = [
        kgx.Relation("has_style", phrase="is an example of", inverse_phrase="is exemplified by",
                     domain=("monastery",), range=("style",)),
        kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("monastery",),
                     range=("person",)),
    ]
    ents = [("monastery:cluny", "item", "monastery", "Cluny Abbey", {"year": 910}),
            ("monastery:batalha", "item", "monastery", "Batalha Monastery", {"year": 1386}),
            ("monastery:jeronimos", "item", "monastery", "Jerónimos Monastery", {"year": 1501}),
            ("style:romanesque", "attribute", "style", "Romanesque", {}),
            ("style:gothic", "attribute", "style", "Gothic", {}),
            ("style:manueline", "attribute", "style", "Manueline", {}),
            ("person:william", "attribute", "person", "William I of Aquitaine", {}),
            ("person:john", "attribute", "person", "John I of Portugal", {})]
    rows = [("monastery:cluny", "has_style", "style:romanesque"),
            ("monastery:batalha", "has_style", "style:gothic"),
            ("monastery:jeronimos", "has_style", "style:manueline"),
            ("monastery:cluny", "founded_by", "person:william"),
            ("monastery:batalha", "founded_by", "person:john")]
    return _graph(rels, ents, rows, "abbeys")


def _mixed():
    """Buildings and manuscripts sharing the styles: a style is no architecture here (red team 151)."""
    rels = [kgx.Relation("has_style", phrase="is an example of", inverse_phrase="is exemplified by",
                         domain=("abbey", "manuscript"), range=("style",))]
    ents = [("abbey:westminster", "item", "abbey", "Westminster Abbey", {"year": 1245}),
            ("manuscript:kells", "item", "manuscript", "Book of Kells", {"year": 800}),
            ("style:gothic", "attribute", "style", "Gothic", {}),
            ("style:insular", "attribute", "style", "Insular", {})]
    rows = [("abbey:westminster", "has_style", "style:gothic"), ("manuscript:kells", "has_style", "style:insular")]
    return _graph(rels, ents, rows, "mixed")


def _canals():
    rels = [kgx.Relation("links", phrase="links up with", inverse_phrase="is linked up by", domain=("canal",),
                         range=("body_of_water",)),
            kgx.Relation("operated_by", phrase="is run by", inverse_phrase="runs", domain=("canal",),
                         range=("organisation",))]
    ents = [("canal:kiel", "item", "canal", "Kiel Canal", {"year": 1895}),
            ("canal:suez", "item", "canal", "Suez Canal", {"year": 1869}),
            ("water:north", "attribute", "body_of_water", "North Sea", {}),
            ("water:baltic", "attribute", "body_of_water", "Baltic Sea", {}),
            ("water:med", "attribute", "body_of_water", "Mediterranean Sea", {}),
            ("water:red", "attribute", "body_of_water", "Red Sea", {}),
            ("organisation:wsv", "attribute", "organisation", "WSV", {})]
    rows = [("canal:kiel", "links", "water:north"), ("canal:kiel", "links", "water:baltic"),
            ("canal:suez", "links", "water:med"), ("canal:suez", "links", "water:red"),
            ("canal:kiel", "operated_by", "organisation:wsv")]
    return _graph(rels, ents, rows, "canals")


def _gardens():
    rels = [kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("garden",),
                         range=("person",)),
            kgx.Relation("located_in", phrase="is in", inverse_phrase="is home to", domain=("garden",),
                         range=("city",))]
    ents = [("garden:kew", "item", "garden", "Kew Gardens", {"year": 1759}),
            ("garden:mo", "item", "garden", "Missouri Botanical Garden", {"year": 1859}),
            ("person:augusta", "attribute", "person", "Augusta", {}),
            ("person:shaw", "attribute", "person", "Henry Shaw", {}),
            ("city:london", "attribute", "city", "London", {}),
            ("city:stl", "attribute", "city", "St. Louis", {})]
    rows = [("garden:kew", "founded_by", "person:augusta"), ("garden:mo", "founded_by", "person:shaw"),
            ("garden:kew", "located_in", "city:london"), ("garden:mo", "located_in", "city:stl")]
    return _graph(rels, ents, rows, "gardens")


def _opera_houses():
    rels = [kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                         domain=("opera_house",), range=("city",)),
            kgx.Relation("home_of", phrase="is the home of", inverse_phrase="is based at",
                         domain=("opera_house",), range=("company",))]
    ents = [("opera_house:roh", "item", "opera_house", "Royal Opera House", {"year": 1858}),
            ("opera_house:bolshoi", "item", "opera_house", "Bolshoi Theatre", {"year": 1825}),
            ("opera_house:met", "item", "opera_house", "Metropolitan Opera House", {"year": 1966}),
            ("company:ro", "attribute", "company", "The Royal Opera", {}),
            ("company:rb", "attribute", "company", "The Royal Ballet", {}),
            ("company:bb", "attribute", "company", "Bolshoi Ballet", {}),
            ("city:london", "attribute", "city", "London", {}),
            ("city:moscow", "attribute", "city", "Moscow", {})]
    rows = [("opera_house:roh", "located_in", "city:london"), ("opera_house:bolshoi", "located_in", "city:moscow"),
            ("opera_house:roh", "home_of", "company:ro"), ("opera_house:roh", "home_of", "company:rb"),
            ("opera_house:bolshoi", "home_of", "company:bb")]
    return _graph(rels, ents, rows, "opera_houses")


def _review2():
    """The second review's graphs (session 48): a club joined, a first tenant, a plural surname."""
    rels = [kgx.Relation("joins", phrase="joins", inverse_phrase="is joined by", domain=("player",),
                         range=("club",)),
            kgx.Relation("first_tenant", phrase="originally housed", inverse_phrase="was originally housed in",
                         domain=("hall",), range=("bank",)),
            kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                         domain=("player",), range=("city",)),
            kgx.Relation("coached_by", phrase="was coached by", inverse_phrase="coached",
                         domain=("player",), range=("coach",))]
    ents = [("player:henry", "item", "player", "Thierry Henry", {"year": 1977}),
            ("player:serena", "item", "player", "Serena Williams", {"year": 1981}),
            ("club:arsenal", "attribute", "club", "Arsenal", {}),
            ("club:barca", "attribute", "club", "Barcelona", {}),
            ("hall:old", "item", "hall", "Old Hall", {"year": 1700}),
            ("bank:ruritania", "attribute", "bank", "Bank of Ruritania", {}),
            ("city:saginaw", "attribute", "city", "Saginaw", {}),
            ("coach:richard", "attribute", "coach", "Richard Williams", {})]
    rows = [("player:henry", "joins", "club:arsenal"), ("player:henry", "joins", "club:barca"),
            ("hall:old", "first_tenant", "bank:ruritania"), ("player:serena", "born_in", "city:saginaw"),
            ("player:serena", "coached_by", "coach:richard")]
    return _graph(rels, ents, rows, "review2")


def _cathedrals():
    rels = [kgx.Relation("seat_of", phrase="is the seat of", inverse_phrase="has his seat at",
                         domain=("cathedral",), range=("bishop",)),
            kgx.Relation("former_seat", phrase="was the seat of", inverse_phrase="had his seat at",
                         domain=("cathedral",), range=("bishop",))]
    ents = [("cathedral:glasgow", "item", "cathedral", "Glasgow Cathedral", {"year": 1136}),
            ("cathedral:st_mungo", "item", "cathedral", "St Andrew's Cathedral", {"year": 1816}),
            ("cathedral:york", "item", "cathedral", "York Minster", {"year": 1472}),
            ("bishop:glasgow", "attribute", "bishop", "Archbishop of Glasgow", {})]
    rows = [("cathedral:glasgow", "former_seat", "bishop:glasgow"), ("cathedral:st_mungo", "seat_of", "bishop:glasgow")]
    return _graph(rels, ents, rows, "cathedrals")


def _trees():
    """A tree's year is when it is best known (named, recorded): "older than" says no age of it."""
    rels = [kgx.Relation("in_country", phrase="stands in", inverse_phrase="is the country of", domain=("tree",),
                         range=("country",))]
    ents = [("tree:major_oak", "item", "tree", "Major Oak", {"year": 1790}),
            ("tree:sycamore_gap", "item", "tree", "Sycamore Gap Tree", {"year": 1991}),
            ("country:uk", "attribute", "country", "England", {})]
    rows = [("tree:major_oak", "in_country", "country:uk"), ("tree:sycamore_gap", "in_country", "country:uk")]
    return _graph(rels, ents, rows, "trees")


def _treaties():
    rels = [
        kgx.Relation("ended", phrase="ended", inverse_phrase="was ended by", domain=("treaty",), range=("war",)),
        kgx.Relation("established", phrase="established", inverse_phrase="was established by",
                     domain=("treaty",), range=("organisation",)),
        kgx.Relation("concerns", phrase="concerns", inverse_phrase="is the subject of", domain=("treaty",),
                     range=("topic",)),
    ]
    ents = [("treaty:ghent", "item", "treaty", "Treaty of Ghent", {"year": 1814}),
            ("treaty:rome", "item", "treaty", "Rome Statute", {"year": 1998}),
            ("treaty:montreal", "item", "treaty", "Montreal Protocol", {"year": 1987}),
            ("war:1812", "attribute", "war", "War of 1812", {}),
            ("war:opium", "attribute", "war", "First Opium War", {}),
            ("organisation:icc", "attribute", "organisation", "International Criminal Court", {}),
            ("organisation:nato", "attribute", "organisation", "NATO", {}),
            ("topic:ozone", "attribute", "topic", "ozone layer", {}),
            ("topic:war_crimes", "attribute", "topic", "war crimes", {})]
    rows = [("treaty:ghent", "ended", "war:1812"), ("treaty:rome", "established", "organisation:icc"),
            ("treaty:montreal", "concerns", "topic:ozone"), ("treaty:rome", "concerns", "topic:war_crimes")]
    return _graph(rels, ents, rows, "treaties")


def _trains():
    rels = [
        kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("train",),
                     range=("operator",)),
        kgx.Relation("departs_from", phrase="departs from", inverse_phrase="is the starting point of",
                     domain=("train",), range=("city",)),
        kgx.Relation("terminates_in", phrase="terminates in", inverse_phrase="is the terminus of",
                     domain=("train",), range=("city",)),
        kgx.Relation("runs_in", phrase="runs in", inverse_phrase="is served by", domain=("train",),
                     range=("country",)),
    ]
    ents = [("train:ghan", "item", "train", "The Ghan", {"year": 1929}),
            ("train:canadian", "item", "train", "The Canadian", {"year": 1955}),
            ("operator:jb", "attribute", "operator", "Journey Beyond", {}),
            ("operator:via", "attribute", "operator", "Via Rail", {}),
            ("city:adelaide", "attribute", "city", "Adelaide", {}),
            ("city:darwin", "attribute", "city", "Darwin", {}),
            ("city:toronto", "attribute", "city", "Toronto", {}),
            ("country:australia", "attribute", "country", "Australia", {}),
            ("country:canada", "attribute", "country", "Canada", {})]
    rows = [("train:ghan", "operated_by", "operator:jb"), ("train:canadian", "operated_by", "operator:via"),
            ("train:ghan", "departs_from", "city:adelaide"), ("train:ghan", "terminates_in", "city:darwin"),
            ("train:canadian", "departs_from", "city:toronto"), ("train:ghan", "runs_in", "country:australia"),
            ("train:canadian", "runs_in", "country:canada")]
    return _graph(rels, ents, rows, "trains")


def _circuits():
    rels = [
        kgx.Relation("hosts", phrase="has hosted", inverse_phrase="has been held at", domain=("circuit",),
                     range=("race",)),
    ]
    ents = [("circuit:daytona", "item", "circuit", "Daytona International Speedway", {"year": 1959}),
            ("circuit:silverstone", "item", "circuit", "Silverstone Circuit", {"year": 1948}),
            ("race:d500", "attribute", "race", "Daytona 500", {}),
            ("race:bgp", "attribute", "race", "British Grand Prix", {})]
    rows = [("circuit:daytona", "hosts", "race:d500"), ("circuit:silverstone", "hosts", "race:bgp")]
    return _graph(rels, ents, rows, "circuits")


def _review():
    """The code review's graphs (session 48): readings that must not leak into neighbours."""
    rels = [
        kgx.Relation("concerns", phrase="concerns", inverse_phrase="is the subject of", domain=("book",),
                     range=("topic",)),
        kgx.Relation("dedicated_to", phrase="is dedicated to", inverse_phrase="is the dedicatee of",
                     domain=("book",), range=("person",)),
        kgx.Relation("directed_by", phrase="was directed by", inverse_phrase="directed", domain=("film",),
                     range=("person",)),
        kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                     domain=("temple", "shrine"), range=("city",)),
        kgx.Relation("established_in", phrase="was established in", inverse_phrase="is the seat of",
                     domain=("university",), range=("city",)),
        kgx.Relation("ended", phrase="ended", inverse_phrase="was ended by", domain=("treaty",), range=("war",)),
        kgx.Relation("party_to", phrase="is a party to", inverse_phrase="has as a party", domain=("country",),
                     range=("treaty",)),
    ]
    ents = [("book:wap", "item", "book", "War and Peace", {"year": 1869}),
            ("topic:napoleon", "attribute", "topic", "Napoleon", {}),
            ("person:sofia", "attribute", "person", "Sofia Tolstaya", {}),
            ("film:heat_wave", "item", "film", "Heat Wave", {"year": 1990}),
            ("film:heat_wave2", "item", "film", "Heat wave", {"year": 2001}),
            ("person:ann", "attribute", "person", "Ann Smith", {}),
            ("person:bob", "attribute", "person", "Bob Jones", {}),
            ("temple:kinkakuji", "item", "temple", "Kinkaku-ji", {"year": 1397}),
            ("shrine:fushimi", "item", "shrine", "Fushimi Inari", {"year": 711}),
            ("city:kyoto", "attribute", "city", "Kyoto", {}),
            ("city:paris", "attribute", "city", "Paris", {}),
            ("university:acme", "item", "university", "Acme University", {"year": 1900}),
            ("treaty:ghent", "item", "treaty", "Treaty of Ghent", {"year": 1814}),
            ("war:1812", "attribute", "war", "War of 1812", {}),
            ("country:uk", "attribute", "country", "United Kingdom", {})]
    rows = [("book:wap", "concerns", "topic:napoleon"), ("book:wap", "dedicated_to", "person:sofia"),
            ("film:heat_wave", "directed_by", "person:ann"), ("film:heat_wave2", "directed_by", "person:bob"),
            ("temple:kinkakuji", "located_in", "city:kyoto"), ("shrine:fushimi", "located_in", "city:kyoto"),
            ("university:acme", "established_in", "city:paris"), ("treaty:ghent", "ended", "war:1812"),
            ("country:uk", "party_to", "treaty:ghent")]
    return _graph(rels, ents, rows, "review")


def _games():
    rels = [
        kgx.Relation("opened_by", phrase="was officially opened by", inverse_phrase="officially opened",
                     domain=("games",), range=("person",)),
        kgx.Relation("described_by", phrase="was first described by", inverse_phrase="first described",
                     domain=("games",), range=("writer",)),
    ]
    ents = [("games:la84", "item", "games", "1984 Summer Olympics", {"year": 1984}),
            ("games:atl96", "item", "games", "1996 Summer Olympics", {"year": 1996}),
            ("person:reagan", "attribute", "person", "Ronald Reagan", {}),
            ("person:clinton", "attribute", "person", "Bill Clinton", {}),
            ("writer:smith", "attribute", "writer", "Jane Smith", {}),
            ("writer:doe", "attribute", "writer", "John Doe", {})]
    rows = [("games:la84", "opened_by", "person:reagan"), ("games:atl96", "opened_by", "person:clinton"),
            ("games:la84", "described_by", "writer:smith")]
    return _graph(rels, ents, rows, "games")


def _cheeses():
    rels = [
        kgx.Relation("from_country", phrase="comes from", inverse_phrase="is the home of", domain=("cheese",),
                     range=("country",)),
        kgx.Relation("made_in", phrase="is made in", inverse_phrase="is the home region of", domain=("cheese",),
                     range=("region",)),
    ]
    ents = [("cheese:gruyere", "item", "cheese", "Gruyère", {"year": 1115}),
            ("cheese:brie", "item", "cheese", "Brie", {"year": 800}),
            ("country:ch", "attribute", "country", "Switzerland", {}),
            ("country:fr", "attribute", "country", "France", {}),
            ("region:fribourg", "attribute", "region", "Fribourg", {}),
            ("region:idf", "attribute", "region", "Île-de-France", {})]
    rows = [("cheese:gruyere", "from_country", "country:ch"), ("cheese:brie", "from_country", "country:fr"),
            ("cheese:gruyere", "made_in", "region:fribourg"), ("cheese:brie", "made_in", "region:idf")]
    return _graph(rels, ents, rows, "cheeses")


CASES = [
    ("theorems", "Kenneth Appel proved the four color theorem.",
     "Kenneth Appel proved the prime number theorem."),
    ("theorems", "The four color theorem was proved by Kenneth Appel.",
     "The four color theorem was proved by Jacques Hadamard."),
    ("theorems", "Carl Friedrich Gauss proved the fundamental theorem of algebra.",
     "Jacques Hadamard proved the fundamental theorem of algebra."),
    ("theorems", "The prime number theorem belongs to the field of number theory.",
     "The prime number theorem belongs to the field of graph theory."),
    ("abbeys", "Cluny Abbey was built in the Romanesque style.",
     "Cluny Abbey was built in the Gothic style."),
    ("abbeys", "The Jerónimos Monastery is an example of Manueline architecture.",
     "Cluny Abbey is an example of Manueline architecture."),
    ("abbeys", "Cluny Abbey's architecture is Romanesque.",
     "Cluny Abbey's architecture is Gothic."),
    ("abbeys", "William I of Aquitaine founded Cluny Abbey. Its architecture is Romanesque.",
     "William I of Aquitaine founded Cluny Abbey. Its architecture is Manueline."),
    ("abbeys", "John I of Portugal founded Batalha Monastery, whose architectural style is Gothic.",
     "John I of Portugal founded Batalha Monastery, whose architectural style is Romanesque."),
    ("abbeys", "Batalha Monastery is a Gothic building.",
     "Cluny Abbey is a Gothic building."),
    ("treaties", "The Montreal Protocol addresses the ozone layer.", "The Montreal Protocol addresses war crimes."),
    ("treaties", "The Rome Statute deals with war crimes.", "The Rome Statute deals with the ozone layer."),
    ("treaties", "The Montreal Protocol is about the ozone layer.", "The Rome Statute is about the ozone layer."),
    ("treaties", "The Treaty of Ghent put an end to the War of 1812.",
     "The Treaty of Ghent put an end to the First Opium War."),
    ("treaties", "The Treaty of Ghent concluded the War of 1812.", "The Rome Statute concluded the War of 1812."),
    ("treaties", "The Rome Statute set up the International Criminal Court.", "The Rome Statute set up NATO."),
    ("trains", "Via Rail runs The Canadian.", "Via Rail runs The Ghan."),
    ("trains", "The Ghan is run by Journey Beyond.", "The Ghan is run by Via Rail."),
    ("trains", "The Ghan leaves from Adelaide.", "The Ghan leaves from Darwin."),
    ("trains", "The Ghan sets out from Adelaide.", "The Canadian sets out from Adelaide."),
    ("trains", "The Ghan ends in Darwin.", "The Ghan ends in Adelaide."),
    ("trains", "The Ghan runs from Adelaide to Darwin.", "The Ghan runs from Darwin to Adelaide."),
    ("trains", "The Ghan departs from Adelaide to Darwin.", "The Ghan departs from Adelaide to Toronto."),
    ("circuits", "The Daytona 500 was held at Daytona International Speedway.",
     "The Daytona 500 was held at Silverstone Circuit."),
    ("circuits", "Daytona International Speedway opened in 1959.", "Daytona International Speedway opened in 1948."),
    ("games", "Ronald Reagan opened the 1984 Summer Olympics.", "Ronald Reagan opened the 1996 Summer Olympics."),
    ("games", "The 1996 Summer Olympics were opened by Bill Clinton.",
     "The 1996 Summer Olympics were opened by Ronald Reagan."),
    ("games", "The 1984 Summer Olympics were described by Jane Smith.",
     "The 1984 Summer Olympics were described by John Doe."),
    ("canals", "The Kiel Canal links the North Sea with the Baltic Sea.",
     "The Kiel Canal links the North Sea with the Red Sea."),
    ("canals", "The Suez Canal joins the Mediterranean Sea to the Red Sea.",
     "The Suez Canal joins the Baltic Sea to the Red Sea."),
    ("canals", "The Kiel Canal connects the North Sea and the Baltic Sea.",
     "The Suez Canal connects the North Sea and the Baltic Sea."),
    ("canals", "The Kiel Canal is connected to the Baltic Sea.", "The Suez Canal is connected to the Baltic Sea."),
    ("opera_houses", "The Bolshoi Theatre is home to the Bolshoi Ballet.",
     "The Bolshoi Theatre is home to The Royal Ballet."),
    ("opera_houses", "The Royal Opera House is home to both The Royal Opera and The Royal Ballet.",
     "The Royal Opera House is home to both The Royal Opera and the Bolshoi Ballet."),
    ("opera_houses", "Moscow is home to the Bolshoi Theatre.", "Moscow is home to the Bolshoi Ballet."),
    ("cathedrals", "Glasgow Cathedral was the seat of the Archbishop of Glasgow.",
     "York Minster was the seat of the Archbishop of Glasgow."),
    ("mixed", "Westminster Abbey is a Gothic building.", "The Book of Kells is a Gothic building."),
    ("cheeses", "Switzerland is where Gruyère comes from.", "France is where Gruyère comes from."),
    ("cheeses", "Fribourg is where Gruyère is made.", "Fribourg is where Brie is made."),
    ("cheeses", "Gruyère is made in Fribourg; Switzerland is where Gruyère comes from.",
     "Gruyère is made in Fribourg; France is where Gruyère comes from."),
    ("review", "Bob Jones directed the heat wave.", "Ann Smith directed the heat wave."),
    ("review", "Acme University was founded in Paris.", "Acme University was founded in Kyoto."),
    ("review", "The Treaty of Ghent put an end to the War of 1812.",
     "The Treaty of Ghent put an end to the United Kingdom."),
    ("review", "Fushimi Inari is a shrine in Kyoto.", "Kinkaku-ji is a shrine in Kyoto."),
    ("gardens", "Kew Gardens is in London, and its founder was Augusta.",
     "Kew Gardens is in London, and its founder was Henry Shaw."),
    ("theorems", "Kenneth Appel is a mathematician who proved the four color theorem.",
     "Kenneth Appel is a mathematician who proved the prime number theorem."),
    ("theorems", "Jacques Hadamard was one of the people who proved the prime number theorem.",
     "Kenneth Appel was one of the people who proved the prime number theorem."),
    ("theorems", "Carl Friedrich Gauss is one of the mathematicians who proved the fundamental theorem of algebra.",
     "Carl Friedrich Gauss is one of the mathematicians who proved the four color theorem."),
    ("theorems", "Kenneth Appel settled the four color theorem.", "Carl Friedrich Gauss settled the four color theorem."),
]


@pytest.fixture(scope="module")
def checkers():
    return {name: ConsistencyChecker(build(), outside_evidence=True).build()
            for name, build in (("theorems", _theorems), ("abbeys", _abbeys), ("treaties", _treaties),
                                ("trains", _trains), ("circuits", _circuits), ("review", _review),
                                ("games", _games), ("cheeses", _cheeses), ("mixed", _mixed),
                                ("canals", _canals), ("gardens", _gardens),
                                ("opera_houses", _opera_houses), ("review2", _review2),
                                ("cathedrals", _cathedrals), ("trees", _trees))}


@pytest.mark.parametrize("graph, true, false", CASES, ids=[f"{g}:{t[:40]}:{f[-25:]}" for g, t, f in CASES])
def test_true_text_is_read_and_its_twin_is_not(checkers, graph, true, false):
    checker = checkers[graph]
    assert checker.check(true, ()).supported, checker.check(true, ()).reason
    assert not checker.check(false, ()).supported


REJECTED = [
    # a sentence-case label in lower case only after "the"
    ("theorems", "Kenneth Appel proved a four color theorem."),
    ("theorems", "Kenneth Appel proved four color theorem."),
    # the relation's noun "architecture" is a style's, not a founder's
    ("abbeys", "Cluny Abbey's architecture is William I of Aquitaine."),
    # "runs" alone is the operator's, "runs in" the country's: neither reads the other
    ("trains", "The Canadian runs Canada."),
    ("trains", "Via Rail runs in The Canadian."),
    # a topic phrase whose verb another relation says ("is dedicated to" a person) is not added
    ("review", "War and Peace is dedicated to Napoleon."),
    # "where": negated, or with words after the verb that no cue has
    ("cheeses", "Fribourg is not where Gruyère is made."),
    ("cheeses", "Switzerland is where Gruyère was first sold."),
    ("cheeses", "Fribourg is where Gruyère is made, and France is where Gruyère comes from."),
    # "runs between" is no connecting where "runs" is another relation's; "with" after a name of
    # another type is no second object
    ("canals", "The Kiel Canal runs between the North Sea and the Baltic Sea."),
    ("canals", "The Kiel Canal links the North Sea with WSV."),
    # (the second review) "joins" a club is no connecting; an adverb left out says no present;
    # "they" after a person whose name ends in "s" is no plural name
    ("review2", "Thierry Henry runs between Arsenal and Barcelona."),
    ("review2", "Thierry Henry links Arsenal with Barcelona."),
    ("review2", "Old Hall houses the Bank of Ruritania."),
    ("review2", "Serena Williams was coached by Richard Williams. They were born in Saginaw."),
    # (red team 153) "houses" is not read (it reached the genre "house"); "is a <word of the
    # type's name> who" only with the type's last word ("a person", not "a landscape")
    ("opera_houses", "The Bolshoi Theatre houses the Bolshoi Ballet."),
    ("theorems", "Kenneth Appel is a field who proved the four color theorem."),
    # a manuscript has no architecture, even beside buildings (red team 151)
    ("mixed", "The Book of Kells is an example of Insular architecture."),
    ("mixed", "The Book of Kells's architecture is Insular."),
    ("mixed", "The Book of Kells is an Insular building."),
    # "they / their" stand for no plural-named item (red team 154: "Runrig played at the Cathedral of
    # the Isles. They formed in 1851." is the band's); a state said in the past is no present one
    ("cathedrals", "Glasgow Cathedral is the seat of the Archbishop of Glasgow."),
    ("cathedrals", "The Archbishop of Glasgow has his seat at Glasgow Cathedral."),
    # "is a <noun> who": only the name's own type; negated; a singular after "one of the"
    ("theorems", "Kenneth Appel is a field who proved the four color theorem."),
    ("theorems", "Kenneth Appel is not a mathematician who proved the four color theorem."),
    ("theorems", "Kenneth Appel is a mathematician who did not prove the four color theorem."),
    ("theorems", "Kenneth Appel is one of the mathematician who proved the four color theorem."),
    # "older than" compares the years of items whose year is their beginning only (held-out
    # writer 144: a tree's year is when it is best known)
    ("trees", "The Major Oak is older than the Sycamore Gap Tree."),
    # a perfect says it happened, not that it still does
    ("circuits", "The Daytona 500 is held at Daytona International Speedway."),
    # "to" names the end only right after the start's object, not under a negation
    ("trains", "The Ghan does not run from Adelaide to Darwin."),
    ("trains", "The Ghan runs to Darwin from Adelaide to Toronto."),
    # a synonym with a preposition of its own is no synonym ("concluded in" a city)
    ("treaties", "The Treaty of Ghent was concluded in the War of 1812."),
]


@pytest.mark.parametrize("graph, text", REJECTED, ids=[t[:50] for _, t in REJECTED])
def test_false_text_is_rejected(checkers, graph, text):
    assert not checkers[graph].check(text, ()).supported
