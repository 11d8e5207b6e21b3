"""Forms derived for any graph from its declared phrases, as writers of a new domain say them:

- a passive phrase with an adverb ("was first climbed by") also reads its active, with or without
  the adverb ("Whymper first climbed the Matterhorn"), and "was climbed first by";
- a phrase opening with an irregular past ("made the first ascent of") is inflected from its base
  ("makes the first ascent of"; earlier releases made "maded", "mades");
- "is part of" a whole is also "is in" it, "lies / rises / sits in" it ("K2 rises in the Karakoram",
  "a pyramidal peak in the Alps");
- the verb after "first" in a declared phrase dates the item ("was first climbed in 1865 (by X)"),
  and "first flew in 1969" is an item's first event as "first aired" is;
- a country's adjective after a copula or in an apposition says where the subject comes from
  ("Lino Lacedelli is Italian", "an Italian climber": the noun must be the subject's own type);
- "serves as a bomber" is also "is a bomber"; "originates from" is also "hails from", "comes from";
- a role said of a place or without its article ("is head chef at Per Se"), "X has Y as head
  chef", "X, with Y as (its) head chef, ...";
- "X supplied / provided / did the music for Y" (who made the part);
- "is an alumnus of" a school also "studied at", "attended", "went to" (past only; "graduated
  from" only of "is a graduate of"; never of a firm or a show: red team 129); "is a
  member of" / "is a region of" also "belongs to"; "founded" also "helped (to) found / establish";
  "make" also "produce" (where no other relation says it); "has its campus in";
- "in Athens, Greece": a place, then a place of another kind the graph puts it in;
- "You'll find X in Y." (where X is); "makes / has its home in" for "is located in"; "is a city
  in" also "is in";
- on the example graph: "X brought / put Y to theaters / into cinemas", "put out (by)", "is at
  once a mystery and a romance", "carries / comes with a score by";
- "X designed two of these museums: A and B" (as "two museums: A and B");
- a founder before the item as its owner ("Alice Waters's Chez Panisse", "Claus Meyer's restaurant");

- "was edited by two people, A and B", "was the work of two architects, A and B": a count, a noun
  for what they are, then every one of them.

Each true text has a false twin that must be rejected. The graphs are declared as a new user
would, with phrases only.
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _graph(rels, items, others, triples, item_type):
    ents = [E(k, kind="item", type=item_type, label=n, attrs={"year": y}) for k, (n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _peaks():
    rels = [R("in_range", phrase="is part of", inverse_phrase="includes", domain=("peak",), range=("range",)),
            R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("peak",), range=("country",)),
            R("first_climbed_by", phrase="was first climbed by", inverse_phrase="made the first ascent of",
              domain=("peak",), range=("climber",)),
            R("climber_from", phrase="comes from", inverse_phrase="is the home country of",
              domain=("climber",), range=("country",)),
            R("is_a", phrase="is a", inverse_phrase="is the landform type of", domain=("peak",), range=("landform",))]
    items = {"m:matterhorn": ("Matterhorn", 1865), "m:eiger": ("Eiger", 1858), "m:denali": ("Denali", 1913),
             "m:k2": ("K2", 1954), "m:blanc": ("Mont Blanc", 1786)}
    others = {"r:alps": ("range", "Alps"), "r:alaska": ("range", "Alaska Range"), "r:karakoram": ("range", "Karakoram"),
              "c:ch": ("country", "Switzerland"), "c:it": ("country", "Italy"), "c:fr": ("country", "France"),
              "c:us": ("country", "United States"), "c:pk": ("country", "Pakistan"),
              "c:uk": ("country", "United Kingdom"),
              "p:whymper": ("climber", "Edward Whymper"), "p:barrington": ("climber", "Charles Barrington"),
              "p:stuck": ("climber", "Hudson Stuck"), "p:lacedelli": ("climber", "Lino Lacedelli"),
              "p:compagnoni": ("climber", "Achille Compagnoni"), "p:balmat": ("climber", "Jacques Balmat"),
              "l:pyramidal": ("landform", "pyramidal peak"), "l:massif": ("landform", "massif")}
    triples = [("m:matterhorn", "in_range", "r:alps"), ("m:eiger", "in_range", "r:alps"),
               ("m:blanc", "in_range", "r:alps"), ("m:denali", "in_range", "r:alaska"),
               ("m:k2", "in_range", "r:karakoram"),
               ("m:matterhorn", "located_in", "c:ch"), ("m:matterhorn", "located_in", "c:it"),
               ("m:eiger", "located_in", "c:ch"), ("m:blanc", "located_in", "c:fr"),
               ("m:denali", "located_in", "c:us"), ("m:k2", "located_in", "c:pk"),
               ("m:matterhorn", "first_climbed_by", "p:whymper"), ("m:eiger", "first_climbed_by", "p:barrington"),
               ("m:denali", "first_climbed_by", "p:stuck"), ("m:k2", "first_climbed_by", "p:lacedelli"),
               ("m:k2", "first_climbed_by", "p:compagnoni"), ("m:blanc", "first_climbed_by", "p:balmat"),
               ("p:whymper", "climber_from", "c:uk"), ("p:lacedelli", "climber_from", "c:it"),
               ("p:compagnoni", "climber_from", "c:it"), ("p:balmat", "climber_from", "c:fr"),
               ("p:stuck", "climber_from", "c:us"), ("m:matterhorn", "is_a", "l:pyramidal"),
               ("m:eiger", "is_a", "l:pyramidal"), ("m:blanc", "is_a", "l:massif")]
    return _graph(rels, items, others, triples, "peak")


def _planes():
    rels = [R("made_by", phrase="is made by", inverse_phrase="makes", domain=("aircraft",), range=("company",)),
            R("engine_by", phrase="is built by", inverse_phrase="builds", domain=("engine",), range=("company",)),
            R("powered_by", phrase="is powered by", inverse_phrase="powers", domain=("aircraft",), range=("engine",)),
            R("has_role", phrase="serves as a", inverse_phrase="is the role of", domain=("aircraft",), range=("role",)),
            R("originates_from", phrase="originates from", inverse_phrase="is the country of origin of",
              domain=("aircraft",), range=("country",))]
    items = {"a:747": ("Boeing 747", 1969), "a:concorde": ("Concorde", 1969), "a:sr71": ("SR-71 Blackbird", 1964),
             "a:b17": ("B-17 Flying Fortress", 1935), "a:c130": ("C-130 Hercules", 1954)}
    others = {"c:boeing": ("company", "Boeing"), "c:lockheed": ("company", "Lockheed"),
              "c:aero": ("company", "Aérospatiale"), "c:bac": ("company", "British Aircraft Corporation"),
              "c:rr": ("company", "Rolls-Royce"), "c:pw": ("company", "Pratt & Whitney"),
              "e:olympus": ("engine", "Rolls-Royce Olympus"), "e:jt9d": ("engine", "JT9D"),
              "r:bomber": ("role", "bomber"), "r:airliner": ("role", "airliner"), "r:transport": ("role", "transport"),
              "r:recon": ("role", "reconnaissance aircraft"),
              "k:us": ("country", "United States"), "k:fr": ("country", "France"), "k:uk": ("country", "United Kingdom")}
    triples = [("a:747", "made_by", "c:boeing"), ("a:b17", "made_by", "c:boeing"), ("a:sr71", "made_by", "c:lockheed"),
               ("a:c130", "made_by", "c:lockheed"), ("a:concorde", "made_by", "c:aero"),
               ("a:concorde", "made_by", "c:bac"),
               ("e:olympus", "engine_by", "c:rr"), ("e:jt9d", "engine_by", "c:pw"),
               ("a:concorde", "powered_by", "e:olympus"), ("a:747", "powered_by", "e:jt9d"),
               ("a:b17", "has_role", "r:bomber"), ("a:747", "has_role", "r:airliner"),
               ("a:concorde", "has_role", "r:airliner"), ("a:c130", "has_role", "r:transport"),
               ("a:sr71", "has_role", "r:recon"),
               ("a:747", "originates_from", "k:us"), ("a:sr71", "originates_from", "k:us"),
               ("a:b17", "originates_from", "k:us"), ("a:c130", "originates_from", "k:us"),
               ("a:concorde", "originates_from", "k:fr"), ("a:concorde", "originates_from", "k:uk")]
    return _graph(rels, items, others, triples, "aircraft")


def _kitchens():
    rels = [R("chef", phrase="has as head chef", inverse_phrase="is the head chef of",
              domain=("restaurant",), range=("person",)),
            R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("restaurant",), range=("person",)),
            R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("restaurant",), range=("city",))]
    items = {"r:perse": ("Per Se", 2004), "r:laundry": ("The French Laundry", 1978), "r:noma": ("Noma", 2003),
             "r:panisse": ("Chez Panisse", 1971)}
    others = {"p:keller": ("person", "Thomas Keller"), "p:redzepi": ("person", "René Redzepi"),
              "p:waters": ("person", "Alice Waters"), "p:meyer": ("person", "Claus Meyer"),
              "c:nyc": ("city", "New York City"), "c:yountville": ("city", "Yountville"),
              "c:cph": ("city", "Copenhagen"), "c:berkeley": ("city", "Berkeley")}
    triples = [("r:perse", "chef", "p:keller"), ("r:laundry", "chef", "p:keller"), ("r:noma", "chef", "p:redzepi"),
               ("r:panisse", "chef", "p:waters"), ("r:noma", "founded_by", "p:redzepi"),
               ("r:noma", "founded_by", "p:meyer"), ("r:panisse", "founded_by", "p:waters"),
               ("r:perse", "located_in", "c:nyc"), ("r:laundry", "located_in", "c:yountville"),
               ("r:noma", "located_in", "c:cph"), ("r:panisse", "located_in", "c:berkeley")]
    return _graph(rels, items, others, triples, "restaurant")


def _museums():
    rels = [R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("museum",), range=("city",)),
            R("in_country", phrase="is a city in", inverse_phrase="contains the city", domain=("city",), range=("country",)),
            R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("museum",), range=("architect",))]
    items = {"m:louvre": ("Louvre", 1793), "m:bilbao": ("Guggenheim Museum Bilbao", 1997),
             "m:acropolis": ("Acropolis Museum", 2009), "m:tate": ("Tate Modern", 2000),
             "m:vitra": ("Vitra Design Museum", 1989), "m:pompidou": ("Centre Pompidou", 1977)}
    others = {"c:paris": ("city", "Paris"), "c:bilbao": ("city", "Bilbao"), "c:athens": ("city", "Athens"),
              "c:london": ("city", "London"), "c:weil": ("city", "Weil am Rhein"), "k:de": ("country", "Germany"),
              "k:fr": ("country", "France"), "k:es": ("country", "Spain"),
              "k:gr": ("country", "Greece"), "k:uk": ("country", "United Kingdom"),
              "a:gehry": ("architect", "Frank Gehry"), "a:tschumi": ("architect", "Bernard Tschumi"),
              "a:hdm": ("architect", "Herzog & de Meuron"), "a:piano": ("architect", "Renzo Piano"),
              "a:rogers": ("architect", "Richard Rogers")}
    triples = [("m:louvre", "located_in", "c:paris"), ("m:bilbao", "located_in", "c:bilbao"),
               ("m:acropolis", "located_in", "c:athens"), ("m:tate", "located_in", "c:london"),
               ("m:vitra", "located_in", "c:weil"), ("c:weil", "in_country", "k:de"), ("m:vitra", "designed_by", "a:gehry"),
               ("c:paris", "in_country", "k:fr"), ("c:bilbao", "in_country", "k:es"),
               ("c:athens", "in_country", "k:gr"), ("c:london", "in_country", "k:uk"),
               ("m:bilbao", "designed_by", "a:gehry"), ("m:acropolis", "designed_by", "a:tschumi"),
               ("m:tate", "designed_by", "a:hdm"), ("m:pompidou", "located_in", "c:paris"),
               ("m:pompidou", "designed_by", "a:piano"), ("m:pompidou", "designed_by", "a:rogers")]
    return _graph(rels, items, others, triples, "museum")


def _schools():
    rels = [R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("university",), range=("city",)),
            R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("university",), range=("person",)),
            R("has_alumnus", phrase="has as an alumnus", inverse_phrase="is an alumnus of",
              domain=("university",), range=("person",)),
            R("member_of", phrase="is a member of", inverse_phrase="has as a member", domain=("university",),
              range=("association",))]
    items = {"u:cornell": ("Cornell University", 1865), "u:mcgill": ("McGill University", 1821),
             "u:yale": ("Yale University", 1701)}
    others = {"c:ithaca": ("city", "Ithaca"), "c:montreal": ("city", "Montreal"), "c:newhaven": ("city", "New Haven"),
              "p:ezra": ("person", "Ezra Cornell"), "p:james": ("person", "James McGill"),
              "p:morrison": ("person", "Toni Morrison"), "p:cohen": ("person", "Leonard Cohen"),
              "p:bush": ("person", "George W. Bush"), "a:ivy": ("association", "Ivy League"),
              "a:u15": ("association", "U15")}
    triples = [("u:cornell", "located_in", "c:ithaca"), ("u:mcgill", "located_in", "c:montreal"),
               ("u:yale", "located_in", "c:newhaven"), ("u:cornell", "founded_by", "p:ezra"),
               ("u:mcgill", "founded_by", "p:james"), ("u:cornell", "has_alumnus", "p:morrison"),
               ("u:mcgill", "has_alumnus", "p:cohen"), ("u:yale", "has_alumnus", "p:bush"),
               ("u:cornell", "member_of", "a:ivy"), ("u:yale", "member_of", "a:ivy"), ("u:mcgill", "member_of", "a:u15")]
    return _graph(rels, items, others, triples, "university")


def _cheeses():
    rels = [R("made_by", phrase="is made by", inverse_phrase="makes", domain=("cheese",), range=("maker",)),
            R("made_in", phrase="is made in", inverse_phrase="is the home region of", domain=("cheese",), range=("region",)),
            R("region_of", phrase="is a region of", inverse_phrase="contains", domain=("region",), range=("country",))]
    items = {"c:stilton": ("Stilton", 1722), "c:wensleydale": ("Wensleydale", 1150)}
    others = {"m:colston": ("maker", "Colston Bassett Dairy"), "m:hawes": ("maker", "Wensleydale Creamery"),
              "r:notts": ("region", "Nottinghamshire"), "r:yorks": ("region", "North Yorkshire"),
              "k:england": ("country", "England"), "k:scotland": ("country", "Scotland")}
    triples = [("c:stilton", "made_by", "m:colston"), ("c:wensleydale", "made_by", "m:hawes"),
               ("c:stilton", "made_in", "r:notts"), ("c:wensleydale", "made_in", "r:yorks"),
               ("r:notts", "region_of", "k:england"), ("r:yorks", "region_of", "k:england")]
    return _graph(rels, items, others, triples, "cheese")


_GRAPHS = {"schools": _schools, "cheeses": _cheeses, "museums": _museums, "peaks": _peaks, "planes": _planes, "kitchens": _kitchens, "movies": kgx.KnowledgeGraph.example}
_CHECKERS: dict[str, ConsistencyChecker] = {}


def _supported(graph, text):
    if graph not in _CHECKERS:
        _CHECKERS[graph] = ConsistencyChecker(_GRAPHS[graph](), outside_evidence=True, rating_threshold=4.0).build()
    return _CHECKERS[graph].check(text, (), None).supported


@pytest.mark.parametrize("graph, true_text, false_text", [
    # a passive phrase's adverb, its active; an irregular past's present
    ("peaks", "Edward Whymper first climbed the Matterhorn.", "Edward Whymper first climbed the Eiger."),
    ("peaks", "The Matterhorn was climbed first by Edward Whymper.", "The Matterhorn first climbed Edward Whymper."),
    ("peaks", "Jacques Balmat makes the first ascent of Mont Blanc.", "Jacques Balmat makes the first ascent of Denali."),
    # "is part of" is "is in"
    ("peaks", "K2 rises in the Karakoram.", "K2 rises in the Alps."),
    ("peaks", "The Matterhorn and the Eiger are both in the Alps.", "The Matterhorn and Denali are both in the Alps."),
    ("peaks", "The Matterhorn is a pyramidal peak in the Alps.", "The Matterhorn is a pyramidal peak in the Karakoram."),
    # the verb after "first" dates the item
    ("peaks", "The Matterhorn was first climbed in 1865 by Edward Whymper.",
     "The Matterhorn was first climbed in 1866 by Edward Whymper."),
    ("peaks", "Denali was first climbed in 1913.", "Denali was first climbed in 1953."),
    ("planes", "The Boeing 747 first flew in 1969.", "The Boeing 747 first flew in 1970."),
    # a country's adjective
    ("peaks", "Lino Lacedelli is Italian.", "Edward Whymper is Italian."),
    ("peaks", "Achille Compagnoni was an Italian climber.", "Achille Compagnoni was a French climber."),
    ("peaks", "Achille Compagnoni was an Italian climber.", "Achille Compagnoni was an Italian chef."),
    ("peaks", "Lino Lacedelli, an Italian, made the first ascent of K2.",
     "Lino Lacedelli, a Pakistani, made the first ascent of K2."),
    # "serves as a", "originates from"
    ("planes", "The B-17 Flying Fortress is a bomber made by Boeing.", "The C-130 Hercules is a bomber made by Lockheed."),
    ("planes", "The SR-71 Blackbird hails from the United States.", "Concorde hails from the United States."),
    # counted agents
    ("planes", "Concorde was made by two companies, Aérospatiale and the British Aircraft Corporation.",
     "Concorde was made by three companies, Aérospatiale and the British Aircraft Corporation."),
    ("planes", "Concorde was made by two companies, Aérospatiale and the British Aircraft Corporation.",
     "Concorde was made by two companies, Aérospatiale and Boeing."),
    ("museums", "The Centre Pompidou was the work of two architects, Renzo Piano and Richard Rogers.",
     "The Centre Pompidou was the work of two architects, Renzo Piano and Frank Gehry."),
    ("movies", "Heat was edited by two people, William Goldenberg and Tom Rolf.",
     "Heat was edited by two people, William Goldenberg and Dante Spinotti."),
    # roles
    ("kitchens", "Thomas Keller is head chef at Per Se.", "René Redzepi is head chef at Per Se."),
    ("kitchens", "Per Se has Thomas Keller as head chef.", "Thomas Keller has Per Se as head chef."),
    ("kitchens", "Noma, with René Redzepi as head chef, is in Copenhagen.",
     "Noma, with Claus Meyer as head chef, is in Copenhagen."),
    ("kitchens", "Chez Panisse is in Berkeley, with Alice Waters as its head chef.",
     "Chez Panisse is in Berkeley, with Thomas Keller as its head chef."),
    # "Athens, Greece"; "You'll find X in Y"
    ("museums", "The Acropolis Museum stands in Athens, Greece.", "The Acropolis Museum stands in Athens, Spain."),
    ("museums", "The Guggenheim Museum Bilbao, in Bilbao, Spain, was designed by Frank Gehry.",
     "The Guggenheim Museum Bilbao, in Bilbao, France, was designed by Frank Gehry."),
    ("museums", "You'll find the Louvre in Paris.", "You'll find the Louvre in London."),
    ("museums", "The Tate Modern makes its home in London.", "The Tate Modern makes its home in Paris."),
    ("museums", "You will find the Guggenheim Museum Bilbao in the city of Bilbao.",
     "You will find the Guggenheim Museum Bilbao in the city of Paris."),
    # "two of these": a count and a complete list
    ("museums", "Frank Gehry designed two of these museums: the Guggenheim Museum Bilbao and the Vitra Design Museum.",
     "Frank Gehry designed two of these museums: the Guggenheim Museum Bilbao and the Tate Modern."),
    ("museums", "Frank Gehry designed two of these museums: the Guggenheim Museum Bilbao and the Vitra Design Museum.",
     "Frank Gehry designed three of these museums: the Guggenheim Museum Bilbao and the Vitra Design Museum."),
    # a founder's possessive
    ("kitchens", "Alice Waters's Chez Panisse is in Berkeley.", "Thomas Keller's Chez Panisse is in Berkeley."),
    ("kitchens", "Noma is Claus Meyer's restaurant.", "Per Se is Claus Meyer's restaurant."),
    # "is a city in" is "is in"; "X and Y star." after the item still read
    ("museums", "Bilbao is in Spain.", "Bilbao is in France."),
    ("movies", "Heat is directed by Michael Mann. Al Pacino and Robert De Niro star.",
     "Heat is directed by Michael Mann. Al Pacino and Tom Hanks star."),
    # "brought X to cinemas", "put X into cinemas", "put out"; "at once"; "carries a score by"
    ("movies", "Miramax Films brought Pulp Fiction to theaters.", "Miramax Films brought Heat to theaters."),
    ("movies", "Miramax Films put Pulp Fiction into cinemas.", "Miramax Films put Casablanca into cinemas."),
    ("movies", "Casablanca was put out by Warner Bros.", "Casablanca was put out by Miramax Films."),
    ("movies", "Vertigo is at once a mystery and a romance.", "Vertigo is at once a mystery and a comedy."),
    ("movies", "Universal Pictures released Apollo 13, which carries a score by James Horner.",
     "Universal Pictures released Apollo 13, which carries a score by John Williams."),
    # an alumnus, a member, a region, a maker's synonym, a helper, a campus
    ("schools", "Toni Morrison studied at Cornell University.", "Toni Morrison studied at McGill University."),
    ("schools", "Leonard Cohen went to McGill University.", "Leonard Cohen went to Yale University."),
    ("schools", "George W. Bush attended Yale University.", "Leonard Cohen attended Yale University."),
    ("schools", "Cornell University and Yale University both belong to the Ivy League.",
     "Cornell University and McGill University both belong to the Ivy League."),
    ("schools", "Ezra Cornell helped establish Cornell University.", "James McGill helped establish Cornell University."),
    ("schools", "McGill University has its campus in Montreal.", "McGill University has its campus in Ithaca."),
    ("cheeses", "Colston Bassett Dairy produces Stilton.", "Colston Bassett Dairy produces Wensleydale."),
    ("cheeses", "Nottinghamshire belongs to England.", "Nottinghamshire belongs to Scotland."),
    # the maker of a part
    ("movies", "Vangelis supplied the music for Blade Runner.", "Vangelis supplied the music for Alien."),
    ("movies", "Vangelis provided the score for Blade Runner.", "Ridley Scott provided the score for Blade Runner."),
])
def test_general_forms(graph, true_text, false_text):
    assert _supported(graph, true_text), true_text
    assert not _supported(graph, false_text), false_text


@pytest.mark.parametrize("graph, text", [
    ("peaks", "Achille Compagnoni was an Italian mountaineer."),  # (a noun that is not its type: no synonym guessed)
    ("peaks", "Edward Whymper first climbed K2."),
    ("planes", "The Boeing 747 is a bomber."),
    ("planes", "Boeing makes the Rolls-Royce Olympus."),  # (an engine is built, not made, by its company here)
    ("planes", "Lockheed built the SR-71 Blackbird."),  # ("built" is the engines' verb here: no synonym of "made")
    ("kitchens", "Claus Meyer is head chef at Noma."),
    ("museums", "The museums stand in Paris, Bilbao and Athens."),  # (a list of places: no place in a place)
    ("schools", "Cornell University studied at Toni Morrison."),
    ("schools", "Toni Morrison studies at Cornell University."),  # (an alumna studies there no longer: red team 129)
    ("schools", "Toni Morrison graduated from Cornell University."),  # (an alumnus may have left without a degree)
    ("schools", "Toni Morrison founded Cornell University."),
    ("schools", "Leonard Cohen belongs to McGill University."),
    # red team 127: "first flew" only of what flies; a verb of an item's first time only where a
    # relation says it; a noun of the items never said of a person; "an Italian" is a person
    ("peaks", "The Matterhorn first flew in 1865."),
    ("movies", "Heat first flew in 1995."),
    ("peaks", "K2 was first brewed in 1954."),
    ("planes", "Concorde was first sold in 1969."),
    ("peaks", "Edward Whymper was a British peak."),
    ("peaks", "Edward Whymper, a British peak, first climbed the Matterhorn."),
    ("peaks", "The Matterhorn, an Italian, was first climbed by Edward Whymper."),
    ("kitchens", "René Redzepi founded Noma with Claus Meyer as its head chef."),
    # red team 128 (older holes): a first act no relation says; a noun of the items after a
    # pronoun, a relative or an apposition of a person
    ("peaks", "K2 was first composed in 1954."),
    ("peaks", "K2, first staged in 1954, is in Pakistan."),
    ("planes", "Concorde was first served in 1969."),
    ("planes", "Concorde was first published in 1969."),  # (nothing published on this graph)
    ("peaks", "Edward Whymper first climbed the Matterhorn; he was a British peak."),
    ("peaks", "Edward Whymper, who was a British peak, first climbed the Matterhorn."),
    ("kitchens", "René Redzepi, a restaurant, founded Noma."),
    ("kitchens", "René Redzepi, who is a restaurant, founded Noma."),
    # "about" a tag stays unread: a reading tried in this release ("about a shark", "about the
    # mafia") was withdrawn when kept red team 97 got "a film about a genius", "about a nonlinear
    # timeline" accepted (free-text tags are judgements as often as topics)
    ("movies", "Jaws is a horror film about a shark."),
    ("movies", "Toy Story is a film about Pixar."),
    ("movies", "Pulp Fiction is a film about a genius."),
    ("museums", "You'll find Frank Gehry in Bilbao."),  # (no such link)
    ("movies", "Heat was edited by three people, William Goldenberg and Tom Rolf."),
])
def test_still_rejected(graph, text):
    assert not _supported(graph, text), text
