"""Forms read since session 50, each true text with a false twin, checked by the real checker on
small graphs declared here:

* a participle opening the sentence with any preposition of place, origin or naming ("Named
  after X, Y ...", "Launched from X, Y ...", "Made from X, Y ..."), as with "by", "in", "at", "on"
  before: said of the one subject after the comma, as the same participle after it would be;
* "whereas" and "whilst" separate clauses as "while" does (never opening a sentence);
* a list of names of two types that one reading of the predicate takes as its objects ("made
  landfall in Puerto Rico (a territory) and Dominica (a country)", "is located in Agra and India");
* on a graph whose items one relation links to those who first found or made them, besides
  "discovered": "introduced", "described", "invented", "pioneered", "devised" date the item
  ("Hevelius introduced Scutum in 1684"; not "reached", "sighted", red teams 158, 160), and a
  participle of that finding opens a sentence with its year ("Discovered in 1853, X ...",
  "Discovered by A in 1904, X ..."); on a graph with two such verbs, only "discovered" does;
  besides "discovered", only where that relation is the graph's one relation of an event and
  every dated item has it, its finder the agent (red team 158: a graph with "was first climbed
  by" too; code review 50: "was introduced to" a country is no finding);
* a year after a list of names is each one's ("discovered A and B in 1859", red team 158), and so
  is a year before "by" after a list of subjects ("A and B were founded in 2016 by X", red team
  160); a year before "by" after a later act or a verb of holding is not the item's ("was
  consecrated / restored / owned in 1926 by X", red teams 159, 160);
* on a graph of discoveries an item's year is its find, never its making ("The Titanic was built
  in 1985" where 1985 is when its wreck was found: red team 155's KNOWN texts);
* "X's N is Y" names all of X's Ns, whichever end of the stored fact X is ("Humphrey Bogart's
  resting place is Forest Lawn" is about Bogart's resting places, not all who rest there; so
  is "Y is X's N" checked on X's side);
* prisons, gaols, jails, penitentiaries, windmills, watermills and termini (a type's last word:
  not a "prison film", red team 158; no "mill" or "terminal": a pepper mill, a computer
  terminal) open and are built in their year; "erected" and "inaugurated" date a venue as "built" and "opened" do;
* a year of our era said with its era ("in AD 80", "80 CE") is the year 80; an opening
  participle takes a year of two or three digits ("Built in 238, X ...");
* a ship "was built by" a shipyard: "was built / constructed at" it;
* a phrase "<be> <participle> as a <noun> <preposition>" ("is preserved as a museum ship in")
  also reads without its "as" part ("is preserved in"), the shorter claim being in the longer;
* a relation's noun phrase ("is a type of", "is the home of") is an apposition after a comma,
  said of the name before it ("Gyokuro, a type of green tea, ...").

The grammar probe behind the first three (scripts/checker_dev/grammar_probe.py) builds texts
from each kept set's own declared phrases in 28 constructions.
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker


def _graph(relations, entities, rows, name):
    ents = [kgx.Entity(i, kind=k, type=t, label=label, attrs=a) for i, k, t, label, a in entities]
    return kgx.KnowledgeGraph.from_triples(rows, entities=ents, relations=relations, name=name)


def _storms():
    rels = [
        kgx.Relation("made_landfall_in", phrase="made landfall in", inverse_phrase="was hit by",
                     domain=("hurricane",), range=("country", "territory", "state")),
        kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                     domain=("hurricane",), range=("person",)),
        kgx.Relation("tracked_by", phrase="was tracked by", inverse_phrase="tracked",
                     domain=("hurricane",), range=("agency",)),
    ]
    ents = [("h:maria", "item", "hurricane", "Hurricane Maria", {"year": 2017}),
            ("h:irma", "item", "hurricane", "Hurricane Irma", {"year": 2017}),
            ("h:andrew", "item", "hurricane", "Hurricane Andrew", {"year": 1992}),
            ("t:puerto_rico", "attribute", "territory", "Puerto Rico", {}),
            ("c:dominica", "attribute", "country", "Dominica", {}),
            ("c:cuba", "attribute", "country", "Cuba", {}),
            ("c:bahamas", "attribute", "country", "the Bahamas", {}),
            ("s:florida", "attribute", "state", "Florida", {}),
            ("p:maria", "attribute", "person", "Maria Garcia", {}),
            ("a:nhc", "attribute", "agency", "National Hurricane Center", {}),
            ("a:cphc", "attribute", "agency", "Central Pacific Hurricane Center", {})]
    rows = [("h:maria", "made_landfall_in", "t:puerto_rico"), ("h:maria", "made_landfall_in", "c:dominica"),
            ("h:irma", "made_landfall_in", "c:cuba"), ("h:irma", "made_landfall_in", "s:florida"),
            ("h:andrew", "made_landfall_in", "c:bahamas"), ("h:andrew", "made_landfall_in", "s:florida"),
            ("h:maria", "tracked_by", "a:nhc"), ("h:irma", "tracked_by", "a:nhc"),
            ("h:andrew", "tracked_by", "a:nhc")]
    return _graph(rels, ents, rows, "storms")


def _satellites():
    rels = [
        kgx.Relation("launched_from", phrase="was launched from", inverse_phrase="launched",
                     domain=("satellite",), range=("launch_site",)),
        kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                     domain=("satellite",), range=("person",)),
        kgx.Relation("made_from", phrase="is made from", inverse_phrase="is the material of",
                     domain=("satellite",), range=("material",)),
        kgx.Relation("built_by", phrase="was built by", inverse_phrase="built",
                     domain=("satellite",), range=("company",)),
    ]
    ents = [("s:aryabhata", "item", "satellite", "Aryabhata", {"year": 1975}),
            ("s:hipparcos", "item", "satellite", "Hipparcos", {"year": 1989}),
            ("s:sputnik", "item", "satellite", "Sputnik 1", {"year": 1957}),
            ("site:kapustin", "attribute", "launch_site", "Kapustin Yar", {}),
            ("site:kourou", "attribute", "launch_site", "Guiana Space Centre", {}),
            ("site:baikonur", "attribute", "launch_site", "Baikonur Cosmodrome", {}),
            ("p:aryabhata", "attribute", "person", "Aryabhata the astronomer", {}),
            ("p:hipparchus", "attribute", "person", "Hipparchus", {}),
            ("m:aluminium", "attribute", "material", "aluminium", {}),
            ("m:titanium", "attribute", "material", "titanium", {}),
            ("co:isro", "attribute", "company", "ISRO", {}),
            ("co:matra", "attribute", "company", "Matra Marconi Space", {})]
    rows = [("s:aryabhata", "launched_from", "site:kapustin"), ("s:hipparcos", "launched_from", "site:kourou"),
            ("s:sputnik", "launched_from", "site:baikonur"),
            ("s:aryabhata", "named_after", "p:aryabhata"), ("s:hipparcos", "named_after", "p:hipparchus"),
            ("s:sputnik", "made_from", "m:aluminium"), ("s:hipparcos", "made_from", "m:titanium"),
            ("s:aryabhata", "built_by", "co:isro"), ("s:hipparcos", "built_by", "co:matra")]
    return _graph(rels, ents, rows, "satellites")


def _lakes():
    rels = [
        kgx.Relation("reached_by", phrase="was reached by", inverse_phrase="reached",
                     domain=("lake",), range=("explorer",)),
        kgx.Relation("located_in", phrase="is located in", inverse_phrase="contains",
                     domain=("lake",), range=("country",)),
        kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                     domain=("lake",), range=("explorer", "person")),
    ]
    ents = [("lake:baikal", "item", "lake", "Lake Baikal", {"year": 1643}),
            ("lake:champlain", "item", "lake", "Lake Champlain", {"year": 1609}),
            ("lake:victoria", "item", "lake", "Lake Victoria", {"year": 1858}),
            ("e:ivanov", "attribute", "explorer", "Kurbat Ivanov", {}),
            ("e:champlain", "attribute", "explorer", "Samuel de Champlain", {}),
            ("e:speke", "attribute", "explorer", "John Hanning Speke", {}),
            ("c:russia", "attribute", "country", "Russia", {}),
            ("c:usa", "attribute", "country", "United States", {}),
            ("c:uganda", "attribute", "country", "Uganda", {}),
            ("p:victoria", "attribute", "person", "Queen Victoria", {})]
    rows = [("lake:baikal", "reached_by", "e:ivanov"), ("lake:champlain", "reached_by", "e:champlain"),
            ("lake:victoria", "reached_by", "e:speke"), ("lake:baikal", "located_in", "c:russia"),
            ("lake:champlain", "located_in", "c:usa"), ("lake:victoria", "located_in", "c:uganda"),
            ("lake:champlain", "named_after", "e:champlain"), ("lake:victoria", "named_after", "p:victoria")]
    return _graph(rels, ents, rows, "lakes")


def _constellations():
    rels = [
        kgx.Relation("introduced_by", phrase="was introduced by", inverse_phrase="introduced",
                     domain=("constellation",), range=("astronomer",)),
        kgx.Relation("lies_in", phrase="lies in", inverse_phrase="holds",
                     domain=("constellation",), range=("hemisphere",)),
    ]
    ents = [("con:scutum", "item", "constellation", "Scutum", {"year": 1684}),
            ("con:columba", "item", "constellation", "Columba", {"year": 1592}),
            ("a:hevelius", "attribute", "astronomer", "Johannes Hevelius", {}),
            ("a:plancius", "attribute", "astronomer", "Petrus Plancius", {}),
            ("h:south", "attribute", "hemisphere", "southern celestial hemisphere", {})]
    rows = [("con:scutum", "introduced_by", "a:hevelius"), ("con:columba", "introduced_by", "a:plancius"),
            ("con:scutum", "lies_in", "h:south"), ("con:columba", "lies_in", "h:south")]
    return _graph(rels, ents, rows, "constellations")


def _islands():
    # "discovered" and "sighted": only "discovered" dates the item
    rels = [
        kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
                     domain=("island",), range=("explorer",)),
        kgx.Relation("sighted_by", phrase="was sighted by", inverse_phrase="sighted",
                     domain=("island",), range=("explorer",)),
    ]
    ents = [("i:heard", "item", "island", "Heard Island", {"year": 1853}),
            ("i:easter", "item", "island", "Easter Island", {"year": 1722}),
            ("e:heard", "attribute", "explorer", "John Heard", {}),
            ("e:roggeveen", "attribute", "explorer", "Jacob Roggeveen", {}),
            ("e:cook", "attribute", "explorer", "James Cook", {})]
    rows = [("i:heard", "discovered_by", "e:heard"), ("i:easter", "discovered_by", "e:roggeveen"),
            ("i:easter", "sighted_by", "e:cook")]
    return _graph(rels, ents, rows, "islands")


def _buildings():
    rels = [
        kgx.Relation("held", phrase="held", inverse_phrase="was imprisoned in",
                     domain=("prison",), range=("person",)),
        kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                     domain=("prison", "windmill"), range=("person",)),
        kgx.Relation("stands_in", phrase="stands in", inverse_phrase="is home to",
                     domain=("prison", "windmill"), range=("city",)),
    ]
    ents = [("pr:alcatraz", "item", "prison", "Alcatraz Federal Penitentiary", {"year": 1934}),
            ("pr:eastern", "item", "prison", "Eastern State Penitentiary", {"year": 1829}),
            ("w:brixton", "item", "windmill", "Brixton Windmill", {"year": 1816}),
            ("p:capone", "attribute", "person", "Al Capone", {}),
            ("p:haviland", "attribute", "person", "John Haviland", {}),
            ("p:ashby", "attribute", "person", "John Ashby", {}),
            ("city:sf", "attribute", "city", "San Francisco", {}),
            ("city:philadelphia", "attribute", "city", "Philadelphia", {}),
            ("city:london", "attribute", "city", "London", {})]
    rows = [("pr:alcatraz", "held", "p:capone"), ("pr:eastern", "held", "p:capone"),
            ("pr:eastern", "designed_by", "p:haviland"), ("w:brixton", "designed_by", "p:ashby"),
            ("pr:alcatraz", "stands_in", "city:sf"), ("pr:eastern", "stands_in", "city:philadelphia"),
            ("w:brixton", "stands_in", "city:london")]
    return _graph(rels, ents, rows, "buildings")


def _ancient():
    rels = [
        kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                     domain=("amphitheatre",), range=("city",)),
        kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned",
                     domain=("amphitheatre",), range=("emperor",)),
    ]
    ents = [("a:colosseum", "item", "amphitheatre", "Colosseum", {"year": 80}),
            ("a:el_jem", "item", "amphitheatre", "Amphitheatre of El Jem", {"year": 238}),
            ("c:rome", "attribute", "city", "Rome", {}),
            ("c:el_jem", "attribute", "city", "El Jem", {}),
            ("e:vespasian", "attribute", "emperor", "Vespasian", {})]
    rows = [("a:colosseum", "located_in", "c:rome"), ("a:el_jem", "located_in", "c:el_jem"),
            ("a:colosseum", "commissioned_by", "e:vespasian")]
    return _graph(rels, ents, rows, "ancient")


def _boats():
    rels = [
        kgx.Relation("built_by", phrase="was built by", inverse_phrase="built",
                     domain=("submarine",), range=("shipyard",)),
        kgx.Relation("preserved_in", phrase="is preserved as a museum ship in", inverse_phrase="is home to",
                     domain=("submarine",), range=("city",)),
        kgx.Relation("of_class", phrase="is a boat of the", inverse_phrase="includes",
                     domain=("submarine",), range=("submarine_class",)),
    ]
    ents = [("s:cod", "item", "submarine", "USS Cod", {"year": 1943}),
            ("s:torsk", "item", "submarine", "USS Torsk", {"year": 1944}),
            ("y:electric_boat", "attribute", "shipyard", "Electric Boat", {}),
            ("y:portsmouth", "attribute", "shipyard", "Portsmouth Naval Shipyard", {}),
            ("c:cleveland", "attribute", "city", "Cleveland", {}),
            ("c:baltimore", "attribute", "city", "Baltimore", {}),
            ("k:gato", "attribute", "submarine_class", "Gato class", {}),
            ("k:tench", "attribute", "submarine_class", "Tench class", {})]
    rows = [("s:cod", "built_by", "y:electric_boat"), ("s:torsk", "built_by", "y:portsmouth"),
            ("s:cod", "preserved_in", "c:cleveland"), ("s:torsk", "preserved_in", "c:baltimore"),
            ("s:cod", "of_class", "k:gato"), ("s:torsk", "of_class", "k:tench")]
    return _graph(rels, ents, rows, "boats")


def _teas():
    rels = [
        kgx.Relation("tea_class", phrase="is a type of", inverse_phrase="includes",
                     domain=("tea",), range=("tea_class",)),
        kgx.Relation("grown_in", phrase="is grown in", inverse_phrase="produces",
                     domain=("tea",), range=("region",)),
    ]
    ents = [("t:gyokuro", "item", "tea", "Gyokuro", {"year": 1835}),
            ("t:keemun", "item", "tea", "Keemun", {"year": 1875}),
            ("k:green", "attribute", "tea_class", "green tea", {}),
            ("k:black", "attribute", "tea_class", "black tea", {}),
            ("r:uji", "attribute", "region", "Uji", {}),
            ("r:qimen", "attribute", "region", "Qimen County", {})]
    rows = [("t:gyokuro", "tea_class", "k:green"), ("t:keemun", "tea_class", "k:black"),
            ("t:gyokuro", "grown_in", "r:uji"), ("t:keemun", "grown_in", "r:qimen")]
    return _graph(rels, ents, rows, "teas")


def _red158():
    # red team 158: type words of venues only as a type's last word; a verb of first finding on a
    # graph of two events; a year after a list of finds
    rels = [
        kgx.Relation("made_by", phrase="was made by", inverse_phrase="made", domain=("pepper mill", "prison film"),
                     range=("company",)),
        kgx.Relation("sighted_by", phrase="was sighted by", inverse_phrase="sighted", domain=("mountain",),
                     range=("explorer",)),
        kgx.Relation("climbed_by", phrase="was first climbed by", inverse_phrase="first climbed",
                     domain=("mountain",), range=("explorer",)),
    ]
    ents = [("m:peugeot", "item", "pepper mill", "Peugeot pepper mill", {"year": 1874}),
            ("f:escape", "item", "prison film", "Escape from Alcatraz", {"year": 1979}),
            ("co:peugeot", "attribute", "company", "Peugeot", {}),
            ("co:paramount", "attribute", "company", "Paramount Pictures", {}),
            ("mt:kili", "item", "mountain", "Kilimanjaro", {"year": 1889}),
            ("e:rebmann", "attribute", "explorer", "Johannes Rebmann", {}),
            ("e:meyer", "attribute", "explorer", "Hans Meyer", {})]
    rows = [("m:peugeot", "made_by", "co:peugeot"), ("f:escape", "made_by", "co:paramount"),
            ("mt:kili", "sighted_by", "e:rebmann"), ("mt:kili", "climbed_by", "e:meyer")]
    return _graph(rels, ents, rows, "red158")


def _finds():
    rels = [kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
                         domain=("lake", "waterfall"), range=("explorer",)),
            kgx.Relation("located_in", phrase="is located in", inverse_phrase="contains",
                         domain=("lake", "waterfall"), range=("country",))]
    ents = [("l:malawi", "item", "lake", "Lake Malawi", {"year": 1859}),
            ("l:bangweulu", "item", "lake", "Lake Bangweulu", {"year": 1868}),
            ("l:tanganyika", "item", "lake", "Lake Tanganyika", {"year": 1859}),
            ("w:victoria", "item", "waterfall", "Victoria Falls", {"year": 1855}),
            ("e:livingstone", "attribute", "explorer", "David Livingstone", {}),
            ("c:zambia", "attribute", "country", "Zambia", {}),
            ("c:malawi", "attribute", "country", "Malawi", {})]
    rows = [("l:malawi", "discovered_by", "e:livingstone"), ("l:bangweulu", "discovered_by", "e:livingstone"),
            ("l:tanganyika", "discovered_by", "e:livingstone"), ("w:victoria", "discovered_by", "e:livingstone"),
            ("w:victoria", "located_in", "c:zambia"), ("l:malawi", "located_in", "c:malawi"),
            ("l:bangweulu", "located_in", "c:zambia")]
    return _graph(rels, ents, rows, "finds")


def _resting():
    rels = [kgx.Relation("resting_place_of", phrase="is the resting place of", inverse_phrase="is buried in",
                         domain=("cemetery", "church"), range=("person",))]
    ents = [("c:forest_lawn", "item", "cemetery", "Forest Lawn Memorial Park", {"year": 1906}),
            ("c:pere_lachaise", "item", "cemetery", "Père Lachaise Cemetery", {"year": 1804}),
            ("c:holy_cross", "item", "church", "Holy Cross Church", {"year": 1696}),
            ("p:bogart", "attribute", "person", "Humphrey Bogart", {}),
            ("p:stewart", "attribute", "person", "Jimmy Stewart", {}),
            ("p:chopin", "attribute", "person", "Frédéric Chopin", {})]
    rows = [("c:forest_lawn", "resting_place_of", "p:bogart"), ("c:forest_lawn", "resting_place_of", "p:stewart"),
            ("c:pere_lachaise", "resting_place_of", "p:chopin"), ("c:holy_cross", "resting_place_of", "p:chopin")]
    return _graph(rels, ents, rows, "resting")


def _species():
    # code review 50: "was introduced to" a country is no verb of finding; a find's one place
    rels = [kgx.Relation("introduced_to", phrase="was introduced to", inverse_phrase="received",
                         domain=("species",), range=("country",)),
            kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
                         domain=("mineral",), range=("person",)),
            kgx.Relation("found_in", phrase="is found in", inverse_phrase="yields",
                         domain=("mineral",), range=("country",))]
    ents = [("s:rabbit", "item", "species", "European rabbit", {"year": 1758}),
            ("m:taaffeite", "item", "mineral", "Taaffeite", {"year": 1945}),
            ("c:australia", "attribute", "country", "Australia", {}),
            ("c:new_zealand", "attribute", "country", "New Zealand", {}),
            ("c:sri_lanka", "attribute", "country", "Sri Lanka", {}),
            ("c:tanzania", "attribute", "country", "Tanzania", {}),
            ("p:taaffe", "attribute", "person", "Richard Taaffe", {})]
    rows = [("s:rabbit", "introduced_to", "c:australia"), ("s:rabbit", "introduced_to", "c:new_zealand"),
            ("m:taaffeite", "discovered_by", "p:taaffe"), ("m:taaffeite", "found_in", "c:sri_lanka"),
            ("m:taaffeite", "found_in", "c:tanzania")]
    return _graph(rels, ents, rows, "species")


def _firms():
    rels = [kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("company",),
                         range=("person",)),
            kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("company",),
                         range=("city",))]
    ents = [("c:spacex", "item", "company", "SpaceX", {"year": 2002}),
            ("c:neuralink", "item", "company", "Neuralink", {"year": 2016}),
            ("c:boring", "item", "company", "The Boring Company", {"year": 2016}),
            ("p:musk", "attribute", "person", "Elon Musk", {}),
            ("city:hawthorne", "attribute", "city", "Hawthorne", {})]
    rows = [("c:spacex", "founded_by", "p:musk"), ("c:neuralink", "founded_by", "p:musk"),
            ("c:boring", "founded_by", "p:musk"), ("c:spacex", "owned_by", "city:hawthorne")]
    return _graph(rels, ents, rows, "firms")


def _wrecks():
    # a graph of discoveries: an item's year is its find, never its making (red team 155)
    rels = [kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="found the wreck of",
                         domain=("shipwreck",), range=("explorer",)),
            kgx.Relation("built_by", phrase="was built by", inverse_phrase="built", domain=("shipwreck",),
                         range=("shipyard",))]
    ents = [("w:titanic", "item", "shipwreck", "Titanic", {"year": 1985}),
            ("w:endurance", "item", "shipwreck", "Endurance", {"year": 2022}),
            ("e:ballard", "attribute", "explorer", "Robert Ballard", {}),
            ("e:bound", "attribute", "explorer", "Mensun Bound", {}),
            ("y:hw", "attribute", "shipyard", "Harland and Wolff", {}),
            ("y:framnaes", "attribute", "shipyard", "Framnæs", {})]
    rows = [("w:titanic", "discovered_by", "e:ballard"), ("w:endurance", "discovered_by", "e:bound"),
            ("w:titanic", "built_by", "y:hw"), ("w:endurance", "built_by", "y:framnaes")]
    return _graph(rels, ents, rows, "wrecks")


CASES = [
    # years of our era, "inaugurated"
    ("ancient", "The Colosseum was inaugurated in AD 80.", "The Colosseum was inaugurated in AD 81."),
    ("ancient", "The Colosseum, built in 80 AD, was commissioned by Vespasian.",
     "The Colosseum, built in 70 AD, was commissioned by Vespasian."),
    ("ancient", "Built in 238, the Amphitheatre of El Jem is located in El Jem.",
     "Built in 238, the Colosseum is located in Rome."),
    ("ancient", "Erected in AD 80, the Colosseum is located in Rome.",
     "Erected in AD 238, the Colosseum is located in Rome."),
    # built at a shipyard; a phrase without its "as" part
    ("boats", "USS Torsk was built at Portsmouth Naval Shipyard.", "USS Cod was built at Portsmouth Naval Shipyard."),
    ("boats", "USS Cod is preserved in Cleveland and USS Torsk in Baltimore.",
     "USS Cod is preserved in Baltimore and USS Torsk in Cleveland."),
    # a relation's noun phrase as an apposition
    ("teas", "Gyokuro, a type of green tea, is grown in Uji.", "Gyokuro, a type of black tea, is grown in Uji."),
    ("teas", "Keemun, a type of black tea, is grown in Qimen County.",
     "Keemun, a type of black tea, is grown in Uji."),
    # "X's N is Y" is complete on X's side: Bogart's resting places, not all who rest there
    ("resting", "Humphrey Bogart's resting place is Forest Lawn Memorial Park.",
     "Humphrey Bogart's resting place is Père Lachaise Cemetery."),
    # a find's year with its finder
    ("wrecks", "Robert Ballard discovered the Titanic in 1985.", "Robert Ballard discovered the Titanic in 1986."),
    # a year before "by" after a list of subjects is each one's (red team 160)
    ("firms", "Neuralink and The Boring Company were founded in 2016 by Elon Musk.",
     "SpaceX and Neuralink were founded in 2016 by Elon Musk."),
    # a year after a list of finds is each find's (red team 158)
    ("finds", "David Livingstone discovered Lake Tanganyika and Lake Malawi in 1859.",
     "David Livingstone discovered Lake Bangweulu and Lake Malawi in 1859."),

    # a participle opening the sentence, any preposition
    ("satellites", "Named after Hipparchus, Hipparcos was launched from the Guiana Space Centre.",
     "Named after Hipparchus, Aryabhata was launched from Kapustin Yar."),
    ("satellites", "Launched from Kapustin Yar, Aryabhata was built by ISRO.",
     "Launched from Kapustin Yar, Hipparcos was built by Matra Marconi Space."),
    ("satellites", "Made from titanium, Hipparcos was launched from the Guiana Space Centre.",
     "Made from titanium, Sputnik 1 was launched from Baikonur Cosmodrome."),
    ("lakes", "Named after Queen Victoria, Lake Victoria is located in Uganda.",
     "Named after Queen Victoria, Lake Baikal is located in Russia."),
    # whereas / whilst
    ("storms", "Hurricane Maria made landfall in Dominica, whereas Hurricane Irma made landfall in Cuba.",
     "Hurricane Maria made landfall in Dominica, whereas Hurricane Irma made landfall in the Bahamas."),
    ("lakes", "Lake Baikal is located in Russia, whilst Lake Victoria is located in Uganda.",
     "Lake Baikal is located in Russia, whilst Lake Victoria is located in the United States."),
    # a list of two types the predicate takes
    ("storms", "Hurricane Maria made landfall in Puerto Rico and Dominica.",
     "Hurricane Maria made landfall in Puerto Rico and Cuba."),
    ("storms", "Hurricane Andrew made landfall in the Bahamas and Florida.",
     "Hurricane Andrew made landfall in the Bahamas and Cuba."),
    ("storms", "Hurricane Irma made landfall in Cuba and in Florida.",
     "Hurricane Irma made landfall in Cuba and in Puerto Rico."),
    # verbs of first finding date the item
    ("constellations", "Johannes Hevelius introduced Scutum in 1684.",
     "Johannes Hevelius introduced Scutum in 1592."),
    ("constellations", "Columba, introduced by Petrus Plancius in 1592, lies in the southern celestial hemisphere.",
     "Columba, introduced by Johannes Hevelius in 1592, lies in the southern celestial hemisphere."),
    ("constellations", "Introduced in 1684, Scutum lies in the southern celestial hemisphere.",
     "Introduced in 1685, Scutum lies in the southern celestial hemisphere."),
    ("islands", "Discovered in 1853, Heard Island was discovered by John Heard.",
     "Discovered in 1722, Heard Island was discovered by John Heard."),
    ("islands", "Discovered by Jacob Roggeveen in 1722, Easter Island was sighted by James Cook.",
     "Discovered by Jacob Roggeveen in 1723, Easter Island was sighted by James Cook."),
    # prisons and windmills open and are built in their year
    ("buildings", "Alcatraz Federal Penitentiary, opened in 1934, held Al Capone.",
     "Alcatraz Federal Penitentiary, opened in 1933, held Al Capone."),
    ("buildings", "Eastern State Penitentiary opened in 1829 and was designed by John Haviland.",
     "Eastern State Penitentiary opened in 1834 and was designed by John Haviland."),
    ("buildings", "Built in 1816, Brixton Windmill stands in London.",
     "Built in 1817, Brixton Windmill stands in London."),
]


@pytest.fixture(scope="module")
def checkers():
    return {name: ConsistencyChecker(build(), outside_evidence=True).build()
            for name, build in (("storms", _storms), ("satellites", _satellites), ("lakes", _lakes),
                                ("constellations", _constellations), ("islands", _islands),
                                ("buildings", _buildings), ("ancient", _ancient), ("boats", _boats),
                                ("teas", _teas), ("red158", _red158), ("finds", _finds),
                                ("resting", _resting), ("species", _species),
                                ("firms", _firms), ("wrecks", _wrecks))}


@pytest.mark.parametrize("graph, true, false", CASES, ids=[f"{g}:{t[:40]}:{f[-25:]}" for g, t, f in CASES])
def test_true_text_is_read_and_its_twin_is_not(checkers, graph, true, false):
    checker = checkers[graph]
    assert checker.check(true, ()).supported, checker.check(true, ()).reason
    assert not checker.check(false, ()).supported


REJECTED = [
    # a second verb of first finding on the graph: "sighted" gives no year ("discovered" does)
    ("islands", "James Cook sighted Easter Island in 1722."),
    # no verb of first finding says another act's year: "named after" is none
    ("lakes", "Lake Victoria was named after Queen Victoria in 1858."),
    # the opening participle is said of one subject only, the one after the comma
    ("satellites", "Named after Hipparchus, Aryabhata and Hipparcos were launched from Kapustin Yar."),
    # a list of two types only where a reading takes both: a designer is no city
    ("buildings", "Eastern State Penitentiary stands in Philadelphia and John Haviland."),
    # an era is no year of another item; "built at" is a shipyard's, not a city's
    ("ancient", "The Amphitheatre of El Jem was built in AD 80."),
    ("boats", "USS Cod was built at Cleveland."),
    # the apposition is said of the name before it, not of the clause's subject
    ("teas", "Gyokuro is grown in Uji, a type of green tea."),
    # (red team 158) a pepper mill and a prison film neither open nor are built; "sighted" on a
    # graph that also says "was first climbed by" gives no year; a year after a list is each one's
    ("red158", "The Peugeot pepper mill opened in 1874."),
    ("red158", "Escape from Alcatraz was built in 1979."),
    ("red158", "Johannes Rebmann sighted Kilimanjaro in 1889."),
    ("red158", "Sighted in 1889, Kilimanjaro was first climbed by Hans Meyer."),
    ("finds", "David Livingstone discovered Victoria Falls and Lake Malawi in 1859."),
    # Chopin has two resting places: "his resting place is X" leaves one out; a fragment
    ("resting", "Frédéric Chopin's resting place is Père Lachaise Cemetery."),
    ("resting", "Whereas Humphrey Bogart is buried in Forest Lawn Memorial Park."),
    # (code review 50) a class noun the other way; "Y is X's N" is complete on X's side; a verb
    # of finding needs its finder as agent; an opening "Found in X in <year>" of a find of two places
    ("teas", "The type of green tea is Gyokuro."),
    ("teas", "Gyokuro is green tea's type."),
    ("resting", "Père Lachaise Cemetery is Frédéric Chopin's resting place."),
    ("resting", "Père Lachaise Cemetery, Frédéric Chopin's resting place, opened in 1804."),
    ("species", "The European rabbit was introduced to Australia in 1758."),
    ("species", "In 1758, the European rabbit was introduced to Australia."),
    ("species", "Found in Tanzania in 1945, Taaffeite was discovered by Richard Taaffe."),
    # (red team 160) a year before "by" after a verb of holding is no year of the item
    ("firms", "SpaceX was owned in 2002 by Hawthorne."),
    # (red team 155's KNOWN) on a graph of discoveries a year is the find, never the making
    ("wrecks", "The Titanic was built by Harland and Wolff in 1985."),
    ("wrecks", "Harland and Wolff built the Titanic in 1985."),
    ("wrecks", "In 1985, Harland and Wolff built the Titanic."),
    ("wrecks", "Built by Harland and Wolff in 1985, the Titanic was discovered by Robert Ballard."),
    ("wrecks", "The Titanic was launched in 1985."),
    ("wrecks", "Framnæs built the Endurance in 2022."),
]


@pytest.mark.parametrize("graph, text", REJECTED, ids=[t[:50] for _, t in REJECTED])
def test_false_text_is_rejected(checkers, graph, text):
    assert not checkers[graph].check(text, ()).supported


CONSERVATIVE = [
    # faithful but rejected on purpose: a relation noun whose owner is the stored fact's tail is
    # read as "X's N is Y" and, since session 51, "Y is X's N." ending its clause (both check the
    # list of X's Ns, tests/test_consistency_types_and_owing.py); "The N of X is Y" would reach the
    # counting and "whose" forms too, which check the head's list (red team 144: "Oxford has two
    # alumni: A and B")
    ("resting", "The resting place of Humphrey Bogart is Forest Lawn Memorial Park."),
    # "reached" and "sighted" give no year: a lake or a peak is reached by many, and on a graph
    # of peaks the year may be the first ascent's (red teams 158, 160)
    ("lakes", "Kurbat Ivanov reached Lake Baikal in 1643."),
    ("lakes", "Lake Victoria was reached by John Hanning Speke in 1858."),
]


@pytest.mark.parametrize("graph, text", CONSERVATIVE, ids=[t[:50] for _, t in CONSERVATIVE])
def test_conservative_text_is_rejected(checkers, graph, text):
    assert not checkers[graph].check(text, ()).supported
