"""Forms read since session 51, each true text with a false twin, checked by the real checker on
small graphs declared here:

* an item type of two or more words ("roller_coaster", "opera house") is named by all its words
  ("a roller coaster at Carowinds", "the roller coaster"), never by its last word alone (red team
  161: an auction house is no fashion house; code review 51: a dwarf planet is no planet); an attribute type of two or more words names its entities by its last word too
  ("the reserve" for a "nature reserve"), where no other type is so called and the words before
  it do not make it something else ("dwarf", "toy", "sea");
* "X is one of the <plural of the item type's noun> ..." reads as "X is a <noun> ..." ("Fury 325 is
  one of the roller coasters at Carowinds");
* a past ownership ("belonged to", "was owned by") is also "was (once) the property of", "was
  (once) in the hands of", "was once owned by"; a present one ("is owned by") "is the property of";
* a phrase "<verb> in the <...> <place noun> of" ("lay in the Roman province of") also reads as
  "<verb> in" ("lay in Lusitania"), the shorter claim being in the longer;
* "was founded / established / created / discovered / invented / designed / built by" X: the item
  "owes its founding / foundation / creation / origin / existence / discovery ... to" X (never
  its name: "owes its name to" is read of a relation of naming after only);
* "X honours Y in its name", "X's name honours Y" for a relation of naming after a person;
* a thing "was built / made / struck by / at" a works, a yard, a mint: it "came out of" it; a
  coin "was struck at" a mint: "was minted at" it (and the other way);
* plurals in "-oes" ("stratovolcanoes", "heroes") and Latin ones ("termini", "nebulae") name
  their attributes as the singular does ("A and B are both shield volcanoes");
* "Y is X's N" for a noun whose owner is the stored fact's tail ("is the home ground of": "Allianz
  Arena is Bayern Munich's home ground"), as "X's N is Y" read it; it names X's only N;
* a kind ("is a") "takes the form of a" kind; a phrase of form ("is in the form of", "takes the
  form of") is also the kind's "is a" ("La Marseillaise is a march");
* a building of any kind (a mausoleum, a monastery) opens and is built, completed in its year
  ("Built in 1653, the Taj Mahal ..."), where the graph founds nothing; the place where one "is buried"
  "is the (final) resting place of" them;
* a work's lyrics are also its "words", its music its "tune" ("The words of Himnusz were written
  by Ferenc Kölcsey");
* "was designed by" X: it "came off / from the drawing board of" X, X "was the artist behind" it
  (not "the engineer behind", red team 163); "was written by" X: it "came from the pen of" X; "co-discovered", "co-invented";
* a type noun ending in "s" is no plural ("the circus is based in X" names the circus before);
  "is based in" also reads "has its base in";
* "was first held in 1810 in Munich": after "<verb> in <year>", a preposition before a name
  takes the readings of the same verb with it ("was held in Munich"), as after an object.
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker


def _graph(relations, entities, rows, name):
    ents = [kgx.Entity(i, kind=k, type=t, label=label, attrs=a) for i, k, t, label, a in entities]
    return kgx.KnowledgeGraph.from_triples(rows, entities=ents, relations=relations, name=name)


def _coasters():
    rels = [
        kgx.Relation("located_at", phrase="is located at", inverse_phrase="is home to",
                     domain=("roller_coaster",), range=("park",)),
        kgx.Relation("built_by", phrase="was built by", inverse_phrase="built",
                     domain=("roller_coaster",), range=("manufacturer",)),
        kgx.Relation("protected_in", phrase="is protected within", inverse_phrase="protects",
                     domain=("roller_coaster",), range=("nature reserve",)),
    ]
    ents = [("rc:fury", "item", "roller_coaster", "Fury 325", {"year": 2015}),
            ("rc:beast", "item", "roller_coaster", "The Beast", {"year": 1979}),
            ("rc:dragon", "item", "roller_coaster", "Steel Dragon 2000", {"year": 2000}),
            ("p:carowinds", "attribute", "park", "Carowinds", {}),
            ("p:kings", "attribute", "park", "Kings Island", {}),
            ("p:nagashima", "attribute", "park", "Nagashima Spa Land", {}),
            ("m:bm", "attribute", "manufacturer", "Bolliger & Mabillard", {}),
            ("m:morgan", "attribute", "manufacturer", "D. H. Morgan Manufacturing", {}),
            ("np:green", "attribute", "nature reserve", "Greenwood Nature Reserve", {})]
    rows = [("rc:fury", "located_at", "p:carowinds"), ("rc:beast", "located_at", "p:kings"),
            ("rc:dragon", "located_at", "p:nagashima"), ("rc:fury", "built_by", "m:bm"),
            ("rc:dragon", "built_by", "m:morgan"), ("rc:fury", "protected_in", "np:green"),
            ("rc:beast", "protected_in", "np:green")]
    return _graph(rels, ents, rows, "coasters")


def _swords():
    rels = [
        kgx.Relation("belonged_to", phrase="belonged to", inverse_phrase="owned",
                     domain=("sword",), range=("person",)),
        kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns",
                     domain=("sword",), range=("museum",)),
        kgx.Relation("in_province", phrase="lay in the Roman province of", inverse_phrase="contained",
                     domain=("sword",), range=("province",)),
        kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                     domain=("museum",), range=("person",)),
        kgx.Relation("found_by", phrase="was discovered by", inverse_phrase="discovered",
                     domain=("sword",), range=("person",)),
    ]
    ents = [("s:tizona", "item", "sword", "Tizona", {"year": 1040}),
            ("s:joyeuse", "item", "sword", "Joyeuse", {"year": 800}),
            ("s:mainz", "item", "sword", "Sword of Tiberius", {"year": 15}),
            ("m:army", "item", "museum", "Army Museum", {"year": 1893}),
            ("p:cid", "attribute", "person", "El Cid", {}),
            ("p:charles", "attribute", "person", "Charlemagne", {}),
            ("p:ruiz", "attribute", "person", "Pedro Ruiz", {}),
            ("p:brown", "attribute", "person", "Anna Brown", {}),
            ("mu:burgos", "attribute", "museum", "Museum of Burgos", {}),
            ("mu:louvre", "attribute", "museum", "the Louvre", {}),
            ("pr:germania", "attribute", "province", "Germania Superior", {}),
            ("pr:gallia", "attribute", "province", "Gallia Belgica", {})]
    rows = [("s:tizona", "belonged_to", "p:cid"), ("s:joyeuse", "belonged_to", "p:charles"),
            ("s:tizona", "owned_by", "mu:burgos"), ("s:joyeuse", "owned_by", "mu:louvre"),
            ("s:mainz", "in_province", "pr:germania"), ("m:army", "founded_by", "p:ruiz"),
            ("s:mainz", "found_by", "p:brown")]
    return _graph(rels, ents, rows, "swords")


def _coins():
    rels = [
        kgx.Relation("struck_at", phrase="was struck at", inverse_phrase="struck", domain=("coin",), range=("mint",)),
        kgx.Relation("named_after", phrase="is named after", inverse_phrase="is the namesake of",
                     domain=("coin",), range=("person",)),
        kgx.Relation("held_in", phrase="is held in", inverse_phrase="hosts", domain=("fair",), range=("city",)),
    ]
    ents = [("c:florin", "item", "coin", "Edward III Florin", {"year": 1344}),
            ("c:kruger", "item", "coin", "Krugerrand", {"year": 1967}),
            ("f:fair", "item", "fair", "Coin Fair", {"year": 1810}),
            ("m:tower", "attribute", "mint", "Tower Mint", {}),
            ("m:sa", "attribute", "mint", "South African Mint", {}),
            ("p:kruger", "attribute", "person", "Paul Kruger", {}),
            ("p:edward", "attribute", "person", "Edward III", {}),
            ("city:munich", "attribute", "city", "Munich", {}),
            ("city:vienna", "attribute", "city", "Vienna", {})]
    rows = [("c:florin", "struck_at", "m:tower"), ("c:kruger", "struck_at", "m:sa"),
            ("c:kruger", "named_after", "p:kruger"), ("c:florin", "named_after", "p:edward"),
            ("f:fair", "held_in", "city:munich")]
    return _graph(rels, ents, rows, "coins")


def _volcanoes():
    rels = [kgx.Relation("of_kind", phrase="is a", inverse_phrase="is the kind of", domain=("volcano",),
                         range=("volcano type",)),
            kgx.Relation("kind_of_station", phrase="is a", inverse_phrase="is the kind of", domain=("station",),
                         range=("station kind",))]
    ents = [("v:kilauea", "item", "volcano", "Kilauea", {"year": 1823}),
            ("v:mauna", "item", "volcano", "Mauna Loa", {"year": 1779}),
            ("v:fuji", "item", "volcano", "Mount Fuji", {"year": 663}),
            ("s:kx", "item", "station", "King's Cross", {"year": 1852}),
            ("s:pad", "item", "station", "Paddington", {"year": 1854}),
            ("s:clap", "item", "station", "Clapham Junction", {"year": 1863}),
            ("t:shield", "attribute", "volcano type", "shield volcano", {}),
            ("t:strato", "attribute", "volcano type", "stratovolcano", {}),
            ("k:terminus", "attribute", "station kind", "terminus", {}),
            ("k:junction", "attribute", "station kind", "junction", {})]
    rows = [("v:kilauea", "of_kind", "t:shield"), ("v:mauna", "of_kind", "t:shield"), ("v:fuji", "of_kind", "t:strato"),
            ("s:kx", "kind_of_station", "k:terminus"), ("s:pad", "kind_of_station", "k:terminus"),
            ("s:clap", "kind_of_station", "k:junction")]
    return _graph(rels, ents, rows, "volcanoes")


def _grounds():
    rels = [kgx.Relation("home_of", phrase="is the home ground of", inverse_phrase="plays its home games at",
                         domain=("stadium",), range=("team",)),
            kgx.Relation("has_form", phrase="is in the form of", inverse_phrase="is the musical form of",
                         domain=("anthem",), range=("form",))]
    ents = [("s:allianz", "item", "stadium", "Allianz Arena", {"year": 2005}),
            ("s:nou", "item", "stadium", "Camp Nou", {"year": 1957}),
            ("s:olympic", "item", "stadium", "Estadi Olimpic", {"year": 1929}),
            ("t:bayern", "attribute", "team", "Bayern Munich", {}),
            ("t:barca", "attribute", "team", "FC Barcelona", {}),
            ("a:marseillaise", "item", "anthem", "La Marseillaise", {"year": 1792}),
            ("a:himnusz", "item", "anthem", "Himnusz", {"year": 1823}),
            ("f:march", "attribute", "form", "march", {}),
            ("f:hymn", "attribute", "form", "hymn", {})]
    rows = [("s:allianz", "home_of", "t:bayern"), ("s:nou", "home_of", "t:barca"), ("s:olympic", "home_of", "t:barca"),
            ("a:marseillaise", "has_form", "f:march"), ("a:himnusz", "has_form", "f:hymn")]
    return _graph(rels, ents, rows, "grounds")


def _tombs():
    rels = [kgx.Relation("stands_in", phrase="stands in", inverse_phrase="is home to",
                         domain=("mausoleum",), range=("city",)),
            kgx.Relation("holds", phrase="holds the remains of", inverse_phrase="is buried in",
                         domain=("mausoleum",), range=("person",))]
    ents = [("m:taj", "item", "mausoleum", "Taj Mahal", {"year": 1653}),
            ("m:gur", "item", "mausoleum", "Gur-e-Amir", {"year": 1404}),
            ("c:agra", "attribute", "city", "Agra", {}),
            ("c:samarkand", "attribute", "city", "Samarkand", {}),
            ("p:mumtaz", "attribute", "person", "Mumtaz Mahal", {}),
            ("p:timur", "attribute", "person", "Timur", {})]
    rows = [("m:taj", "stands_in", "c:agra"), ("m:gur", "stands_in", "c:samarkand"),
            ("m:taj", "holds", "p:mumtaz"), ("m:gur", "holds", "p:timur")]
    return _graph(rels, ents, rows, "tombs")


def _houses():
    rels = [kgx.Relation("hq_in", phrase="is headquartered in", inverse_phrase="is home to",
                         domain=("auction house", "fashion house"), range=("city",)),
            kgx.Relation("struck_by", phrase="was struck by", inverse_phrase="struck", domain=("space station",),
                         range=("spacecraft",)),
            kgx.Relation("honours", phrase="honours", inverse_phrase="is honoured by", domain=("agency",),
                         range=("person",)),
            kgx.Relation("belonged_to", phrase="belonged to", inverse_phrase="had as a member",
                         domain=("airline",), range=("alliance",))]
    ents = [("a:christies", "item", "auction house", "Christie's", {"year": 1766}),
            ("f:chanel", "item", "fashion house", "Chanel", {"year": 1910}),
            ("s:mir", "item", "space station", "Mir", {"year": 1986}),
            ("g:nasa", "item", "agency", "NASA", {"year": 1958}),
            ("l:klm", "item", "airline", "KLM", {"year": 1919}),
            ("c:london", "attribute", "city", "London", {}),
            ("c:paris", "attribute", "city", "Paris", {}),
            ("x:progress", "attribute", "spacecraft", "Progress M-34", {}),
            ("p:armstrong", "attribute", "person", "Neil Armstrong", {}),
            ("w:wings", "attribute", "alliance", "Wings Alliance", {})]
    rows = [("a:christies", "hq_in", "c:london"), ("f:chanel", "hq_in", "c:paris"), ("s:mir", "struck_by", "x:progress"),
            ("g:nasa", "honours", "p:armstrong"), ("l:klm", "belonged_to", "w:wings")]
    return _graph(rels, ents, rows, "houses")


def _anthems():
    rels = [kgx.Relation("music_by", phrase="has music by", inverse_phrase="composed the music of",
                         domain=("anthem",), range=("person",)),
            kgx.Relation("lyrics_by", phrase="has lyrics by", inverse_phrase="wrote the lyrics of",
                         domain=("anthem",), range=("person",))]
    ents = [("a:himnusz", "item", "anthem", "Himnusz", {"year": 1823}),
            ("p:erkel", "attribute", "person", "Ferenc Erkel", {}),
            ("p:kolcsey", "attribute", "person", "Ferenc Kölcsey", {})]
    rows = [("a:himnusz", "music_by", "p:erkel"), ("a:himnusz", "lyrics_by", "p:kolcsey")]
    return _graph(rels, ents, rows, "anthems")


def _designs():
    rels = [kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                         domain=("locomotive",), range=("person",)),
            kgx.Relation("built_by", phrase="was built by", inverse_phrase="built",
                         domain=("locomotive",), range=("person",)),
            kgx.Relation("written_by", phrase="was written by", inverse_phrase="wrote",
                         domain=("locomotive",), range=("person",))]
    ents = [("l:mallard", "item", "locomotive", "Mallard", {"year": 1938}),
            ("l:rocket", "item", "locomotive", "Rocket", {"year": 1829}),
            ("p:gresley", "attribute", "person", "Nigel Gresley", {}),
            ("p:stephenson", "attribute", "person", "Robert Stephenson", {}),
            ("p:smith", "attribute", "person", "John Smith", {})]
    rows = [("l:mallard", "designed_by", "p:gresley"), ("l:rocket", "designed_by", "p:stephenson"),
            ("l:mallard", "built_by", "p:smith"), ("l:rocket", "written_by", "p:smith")]
    return _graph(rels, ents, rows, "designs")


def _circuses():
    rels = [kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to", domain=("circus",),
                         range=("city",)),
            kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("circus",),
                         range=("person",))]
    ents = [("c:ciniselli", "item", "circus", "Ciniselli Circus", {"year": 1877}),
            ("c:oz", "item", "circus", "Circus Oz", {"year": 1977}),
            ("p:gaetano", "attribute", "person", "Gaetano Ciniselli", {}),
            ("y:spb", "attribute", "city", "Saint Petersburg", {}),
            ("y:melbourne", "attribute", "city", "Melbourne", {})]
    rows = [("c:ciniselli", "based_in", "y:spb"), ("c:oz", "based_in", "y:melbourne"),
            ("c:ciniselli", "founded_by", "p:gaetano")]
    return _graph(rels, ents, rows, "circuses")


TRUE_FALSE = [
    # type of two words: its last word is its noun, the words before it read with it
    (_coasters, "Fury 325 is a roller coaster at Carowinds.", "Fury 325 is a roller coaster at Kings Island."),
    (_coasters, "The Beast is a roller coaster at Kings Island.", "The Beast is a roller coaster at Carowinds."),
    (_coasters, "Steel Dragon 2000 was built by D. H. Morgan Manufacturing. The roller coaster is located at "
                "Nagashima Spa Land.",
     "Steel Dragon 2000 was built by D. H. Morgan Manufacturing. The roller coaster is located at Carowinds."),
    (_coasters, "Fury 325 and The Beast are roller coasters protected within Greenwood Nature Reserve.",
     "Fury 325 and Steel Dragon 2000 are roller coasters protected within Greenwood Nature Reserve."),
    # an attribute type of two words: "the reserve"
    (_coasters, "Greenwood Nature Reserve protects Fury 325, and the reserve protects The Beast as well.",
     "Greenwood Nature Reserve protects Fury 325, and the reserve protects Steel Dragon 2000 as well."),
    # "one of the <plural type noun>"
    (_coasters, "Fury 325 is one of the roller coasters at Carowinds.",
     "Fury 325 is one of the roller coasters at Kings Island."),
    (_coasters, "The Beast, one of the roller coasters at Kings Island, opened in 1979.",
     "The Beast, one of the roller coasters at Carowinds, opened in 1979."),
    # past ownership in nouns
    (_swords, "Tizona was once the property of El Cid.", "Tizona was once the property of Charlemagne."),
    (_swords, "Joyeuse was in the hands of Charlemagne.", "Joyeuse was in the hands of El Cid."),
    (_swords, "Tizona was once owned by El Cid.", "Joyeuse was once owned by El Cid."),
    (_swords, "Tizona is the property of the Museum of Burgos.", "Tizona is the property of the Louvre."),
    # "lay in the Roman province of X": "lay in X"
    (_swords, "The Sword of Tiberius lay in Germania Superior.", "The Sword of Tiberius lay in Gallia Belgica."),
    # "owes its founding / discovery to"
    (_swords, "The Army Museum owes its founding to Pedro Ruiz.", "The Army Museum owes its founding to El Cid."),
    (_swords, "The Sword of Tiberius owes its discovery to Anna Brown.",
     "Tizona owes its discovery to Anna Brown."),
    # naming, making and minting
    (_coins, "The Krugerrand honours Paul Kruger in its name.", "The Krugerrand honours Edward III in its name."),
    (_coins, "The Krugerrand's name honours Paul Kruger.", "The Krugerrand's name honours Edward III."),
    (_coins, "The Krugerrand came out of the South African Mint.", "The Krugerrand came out of the Tower Mint."),
    (_coins, "The Edward III Florin was minted at the Tower Mint.",
     "The Edward III Florin was minted at the South African Mint."),
    # plurals in "-oes" and Latin plurals
    (_volcanoes, "Kilauea and Mauna Loa are both shield volcanoes.", "Kilauea and Mount Fuji are both shield volcanoes."),
    (_volcanoes, "Mount Fuji is a stratovolcano, and Kilauea and Mauna Loa are shield volcanoes.",
     "Mount Fuji is a stratovolcano, and Kilauea and Mauna Loa are stratovolcanoes."),
    (_volcanoes, "King's Cross and Paddington are both termini.", "King's Cross and Clapham Junction are both termini."),
    # "Y is X's N" with the noun's owner the tail (test_consistency_structure_and_origins.py kept
    # "Forest Lawn Memorial Park is Humphrey Bogart's resting place" unread before)
    (_grounds, "Allianz Arena is Bayern Munich's home ground.", "Camp Nou is Bayern Munich's home ground."),
    (_grounds, "Allianz Arena is Bayern Munich's home ground.", "Bayern Munich is Allianz Arena's home ground."),
    # forms and kinds
    (_grounds, "La Marseillaise is a march.", "La Marseillaise is a hymn."),
    (_grounds, "Himnusz takes the form of a hymn.", "Himnusz takes the form of a march."),
    (_volcanoes, "Kilauea takes the form of a shield volcano.", "Mount Fuji takes the form of a shield volcano."),
    # buildings and burials
    (_tombs, "Built in 1653, the Taj Mahal stands in Agra.", "Built in 1652, the Taj Mahal stands in Agra."),
    (_tombs, "The Taj Mahal was completed in 1653.", "Gur-e-Amir was completed in 1653."),
    (_tombs, "The Taj Mahal is the final resting place of Mumtaz Mahal.",
     "The Taj Mahal is the final resting place of Timur."),
    (_tombs, "Timur is buried in Gur-e-Amir. The mausoleum stands in Samarkand.",
     "Timur is buried in Gur-e-Amir. The mausoleum stands in Agra."),
    # a work's words and tune
    (_anthems, "The words of Himnusz were written by Ferenc Kölcsey.",
     "The words of Himnusz were written by Ferenc Erkel."),
    (_anthems, "The tune of Himnusz was composed by Ferenc Erkel.", "The tune of Himnusz was composed by Ferenc Kölcsey."),
    # idioms of designing and writing
    (_designs, "Mallard came off the drawing board of Nigel Gresley.",
     "Mallard came off the drawing board of Robert Stephenson."),
    (_designs, "Rocket came from the pen of John Smith.", "Mallard came from the pen of John Smith."),
    # a type noun in "-s"; "has its base in"
    (_circuses, "Gaetano Ciniselli founded the Ciniselli Circus; the circus is based in Saint Petersburg.",
     "Gaetano Ciniselli founded the Ciniselli Circus; the circus is based in Melbourne."),
    (_circuses, "Circus Oz has its base in Melbourne.", "Circus Oz has its base in Saint Petersburg."),
    # "<verb> in <year> in <place>"
    (_coins, "The Coin Fair was first held in 1810 in Munich.", "The Coin Fair was first held in 1810 in Vienna."),
    (_coins, "The Coin Fair was first held in 1810 in Munich.", "The Coin Fair was first held in 1811 in Munich."),
]


@pytest.mark.parametrize("graph, true, false", TRUE_FALSE, ids=[t for _, t, _ in TRUE_FALSE])
def test_true_text_is_accepted_and_its_false_twin_rejected(graph, true, false):
    checker = ConsistencyChecker(graph(), outside_evidence=True)
    verdict = checker.check(true, evidence=[])
    assert verdict.supported, [(c.status, c.text) for c in verdict.rejected]
    assert not checker.check(false, evidence=[]).supported


REJECTED = [
    # red team 161: item types sharing their last word keep their words ("auction house", "fashion
    # house": neither is read as "a house")
    "Christie's is a fashion house headquartered in London.",
    "Chanel is an auction house headquartered in Paris.",
    "Chanel is one of the auction houses headquartered in Paris.",
    # a ship that "was struck by" another collided with it: nothing minted, nothing came out of it
    "Mir was minted by Progress M-34.",
    "Mir came out of Progress M-34.",
    # "in its name" only after a relation of naming
    "NASA honours Neil Armstrong in its name.",
    # "belonged to" an alliance is a membership: no ownership
    "KLM was once the property of the Wings Alliance.",
    "KLM was once owned by the Wings Alliance.",
]


def _finds():
    rels = [kgx.Relation("lies_in", phrase="lies in", inverse_phrase="contains", domain=("dwarf_planet",),
                         range=("region",)),
            kgx.Relation("orbits", phrase="orbits", inverse_phrase="is orbited by", domain=("moon",),
                         range=("dwarf planet",)),
            kgx.Relation("struck_at", phrase="was struck at", inverse_phrase="saw the attack on",
                         domain=("battleship",), range=("harbor",)),
            kgx.Relation("located_at", phrase="is located at", inverse_phrase="is home to",
                         domain=("roller_coaster",), range=("amusement_park",))]
    ents = [("d:pluto", "item", "dwarf_planet", "Pluto", {"year": 1930}),
            ("m:charon", "item", "moon", "Charon", {"year": 1978}),
            ("b:arizona", "item", "battleship", "USS Arizona", {"year": 1915}),
            ("r:fury", "item", "roller_coaster", "Fury 325", {"year": 2015}),
            ("r:kuiper", "attribute", "region", "Kuiper belt", {}),
            ("dp:eris", "attribute", "dwarf planet", "Eris", {}),
            ("h:pearl", "attribute", "harbor", "Pearl Harbor", {}),
            ("a:carowinds", "attribute", "amusement_park", "Carowinds", {})]
    rows = [("d:pluto", "lies_in", "r:kuiper"), ("m:charon", "orbits", "dp:eris"),
            ("b:arizona", "struck_at", "h:pearl"), ("r:fury", "located_at", "a:carowinds")]
    return _graph(rels, ents, rows, "finds")


def _tombs_found():
    rels = [kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
                         domain=("tomb",), range=("archaeologist",))]
    ents = [("t:kv62", "item", "tomb", "KV62", {"year": 1922}), ("t:kv55", "item", "tomb", "KV55", {"year": 1907}),
            ("p:carter", "attribute", "archaeologist", "Howard Carter", {}),
            ("p:ayrton", "attribute", "archaeologist", "Edward Ayrton", {})]
    rows = [("t:kv62", "discovered_by", "p:carter"), ("t:kv55", "discovered_by", "p:ayrton")]
    return _graph(rels, ents, rows, "tombs_found")


def test_a_tomb_found_is_dated_by_its_find_not_its_building():
    # code review 51: on a graph of finds a tomb's year is its discovery, not its building
    checker = ConsistencyChecker(_tombs_found(), outside_evidence=True)
    assert checker.check("KV62 was discovered by Howard Carter in 1922.", evidence=[]).supported
    assert not checker.check("KV62 was built in 1922.", evidence=[]).supported
    assert not checker.check("KV62 opened in 1922.", evidence=[]).supported


FINDS_TRUE = ["Pluto is a dwarf planet in the Kuiper belt.",
              "Fury 325 is a roller coaster at Carowinds."]
FINDS_FALSE = [
    # a dwarf planet is no planet (an item type's last word alone, or an attribute type's)
    "Pluto is a planet in the Kuiper belt.", "Charon orbits the planet Eris.",
    # "struck at" a harbour is no minting
    "USS Arizona was minted at Pearl Harbor.", "USS Arizona came out of Pearl Harbor.",
    # a kind said of an attribute in an apposition, after the rewrite of a type's words
    "Fury 325 is located at Carowinds, a roller coaster.", "Fury 325 is located at Carowinds, one of the roller coasters.",
]


def test_a_compound_type_inside_an_attributes_name_is_that_name():
    # the held-out writing systems set (run once, then kept): "a tactile writing system" is the
    # attribute "tactile writing system", not "tactile" before the type "writing_system"
    rels = [kgx.Relation("kind_of", phrase="is a", inverse_phrase="is the kind of", domain=("writing_system",),
                         range=("system type",))]
    ents = [("w:braille", "item", "writing_system", "Braille", {"year": 1824}),
            ("w:latin", "item", "writing_system", "Latin alphabet", {"year": -700}),
            ("t:tactile", "attribute", "system type", "tactile writing system", {}),
            ("t:alphabet", "attribute", "system type", "alphabet", {})]
    kg = _graph(rels, ents, [("w:braille", "kind_of", "t:tactile"), ("w:latin", "kind_of", "t:alphabet")], "scripts")
    checker = ConsistencyChecker(kg, outside_evidence=True)
    assert checker.check("Braille is a tactile writing system.", evidence=[]).supported
    assert not checker.check("The Latin alphabet is a tactile writing system.", evidence=[]).supported


def test_names_that_differ_by_a_space_are_told_apart():
    # the held-out asteroids set (run once, then kept): "Anne Frank" and the asteroid "Annefrank"
    # share a key; the text's very words name the one whose label they are
    rels = [kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                         domain=("asteroid",), range=("person",))]
    ents = [("a:annefrank", "item", "asteroid", "Annefrank", {"year": 1942}),
            ("p:anne", "attribute", "person", "Anne Frank", {})]
    checker = ConsistencyChecker(_graph(rels, ents, [("a:annefrank", "named_after", "p:anne")], "asteroids"),
                                 outside_evidence=True)
    assert checker.check("The asteroid Annefrank was named after Anne Frank.", evidence=[]).supported
    assert not checker.check("Anne Frank was named after the asteroid Annefrank.", evidence=[]).supported


def test_a_tag_of_genre_words_reads_as_the_genres_unless_the_text_speaks_of_tags():
    # Annie Hall's genres are Comedy and Romance; the example graph's tag "romantic comedy" is on
    # another film: writers' "a romantic comedy" is true of it, "tagged romantic comedy" is not
    # (red team 163)
    checker = ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True)
    assert checker.check("Annie Hall is a romantic comedy.", evidence=[]).supported
    assert not checker.check("Goodfellas is a romantic comedy.", evidence=[]).supported
    assert not checker.check("Annie Hall is tagged romantic comedy.", evidence=[]).supported


@pytest.mark.parametrize("text", FINDS_TRUE)
def test_code_review_51_true_texts_accepted(text):
    verdict = ConsistencyChecker(_finds(), outside_evidence=True).check(text, evidence=[])
    assert verdict.supported, [(c.status, c.text) for c in verdict.rejected]


@pytest.mark.parametrize("text", FINDS_FALSE)
def test_code_review_51_false_texts_rejected(text):
    assert not ConsistencyChecker(_finds(), outside_evidence=True).check(text, evidence=[]).supported


@pytest.mark.parametrize("text", REJECTED)
def test_red_team_161_false_texts_rejected(text):
    assert not ConsistencyChecker(_houses(), outside_evidence=True).check(text, evidence=[]).supported


CONSERVATIVE = [
    # a past ownership is not said in the present
    (_swords, "Tizona is the property of El Cid."),
    # a past "lay in" is no present "lies in"
    (_swords, "The Sword of Tiberius lies in Germania Superior."),
    # a name owed is not read: named after X, or by X?
    (_swords, "The Army Museum owes its name to Pedro Ruiz."),
    # "one of the" before a singular noun, or a noun not the item type's
    (_coasters, "Fury 325 is one of the rides at Carowinds."),
    # a designer is no "engineer behind" it (a sculptor, an architect may design: red team 163),
    # nor a designer's drawing board the builder's
    (_designs, "Nigel Gresley was the engineer behind Mallard."),
    (_designs, "Mallard came off the drawing board of John Smith."),
    # "Y is X's N" names X's only N: FC Barcelona has two home grounds
    (_grounds, "Camp Nou is FC Barcelona's home ground."),
    # an item type's last word alone does not name it
    (_coasters, "Steel Dragon 2000 was built by D. H. Morgan Manufacturing. The coaster is located at "
                "Nagashima Spa Land."),
    # a coin struck in the past does not "come out of" its mint now
    (_coins, "The Krugerrand comes out of the South African Mint."),
    # "was held in 1810" is no first holding: the year is not read, nor the place after it
    (_coins, "The Coin Fair was held in 1810 in Munich."),
]


@pytest.mark.parametrize("graph, text", CONSERVATIVE, ids=[t for _, t in CONSERVATIVE])
def test_forms_left_unread_on_purpose(graph, text):
    assert not ConsistencyChecker(graph(), outside_evidence=True).check(text, evidence=[]).supported
