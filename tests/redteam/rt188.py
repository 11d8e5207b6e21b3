"""Red team round 188 on the session's readings as they stand after the fixes of rounds 185-187:
(1) common-noun kinds named in lower case and species in the plural; (2) the one animal relation to
places read "roams / wanders / lives in / inhabits / is found in / thrives in" (and, from the
place, "shelters"), "is native to" read "comes from"; (3) "feeds on" read "eats / hunts / preys on
/ lives on"; (4) "belongs to the family / group / ..." read "is a member of" for living things'
types; (5) "was built / made / designed for" read with each participle of the kind's making, and
"for" chained; (6) "create" read "invent / come up with / devise / dream up / the mind behind",
except for roles and performers; (7) "You enjoyed X, which, like Y, ..."; (8) a year inside a
passive after words set off by commas; (9) "A and B are X inventions / designs / releases"; (10)
"If you want a <kind>, X is one"; (11) "At <venue> you can see Y"; (12) "P, where one of the Ns is
Z"; (13) the example graph's idioms and the type nouns "home / residence / building" (house),
"species" (bird), "drink" (spirit).

Graphs: the shipped example graph (user 474 enjoyed Jaws, Vertigo, Psycho (1960), The Birds,
Jurassic Park, Rebecca) and six of my own (see each builder's docstring): "reef" (sessile and
critically endangered animals with one "lives in" habitat relation; herbivores, a scavenger, a
blood feeder and nectar feeders that "feed on" what they eat; families, classes, statuses);
"fossils" (extinct animals typed species / reptile / fish / bird whose one place relation is "is
found in" a rock formation, where their fossils are); "islands" (islands typed "island" that are
"part of" an archipelago and "governed by" a state typed "kingdom" / "republic"; volcanoes and
ports on them; plants and animals typed "species" that "are found in" an island; electronic
circuits typed "circuit" that "exhibit" an effect); "creations" (one "was created by" relation for
reservoirs and their dams, canyons and their rivers, a crater lake and its volcano, national
parks and the presidents who signed them, peerages and the monarchs who conferred them, opera and
ballet characters and the soprano / tenor / baritone / mezzo-soprano / ballerina who first sang
or danced them, with their composers and choreographers); "heritage" (paintings, sculptures,
hoards, songs and hospitals whose graph year is when they were made, with later acts done to them:
"was stolen / attacked / discovered / excavated / recorded / opened by"); "estates" (dynasties
and country houses both typed "house", ghosts typed "spirit", schools of painting typed
"school", racehorses typed "animal" and trees typed "tree" that "belong to the family" owning
them, factories typed "plant" that "belong to the group" owning them, single birds typed "bird",
two Frank Lloyd Wright buildings "designed for" one client and "built for" another).

Findings (325 of 414 false texts accepted; 21 arguable texts are OPEN; every control accepted):

* (2) 87. The habitat reading trusts the types and the phrase, not what the things are. Sessile
  animals "roam / wander" where they live ("The red coral roams the Mediterranean Sea", "Giant
  barrel sponges roam the Caribbean Sea", "Acorn barnacles wander the North Atlantic Ocean", "The
  giant clam roams the Indian Ocean", "Pacific oysters roam the Pacific Ocean", "The giant barrel
  sponge, like the West Indian manatee, roams the Caribbean Sea", "You enjoyed the red coral,
  which roams the Mediterranean Sea"); critically endangered ones "thrive" there though the graph
  gives the status ("The vaquita thrives in the Gulf of California", "Elkhorn coral thrives in the
  Caribbean Sea"). _habitat takes the graph's "is found in" for a habitat, and the domain check
  (every subject type in WILDLIFE_TYPES) lets extinct animals whose FOSSILS are found in a rock
  formation live there ("Hallucigenia lives in / roams / inhabits / thrives in the Burgess Shale",
  "Ichthyosaurus and Plesiosaurus live in the Blue Lias", "The Solnhofen Limestone shelters
  Archaeopteryx", "Dunkleosteus, which lived during the Devonian, roams the Cleveland Shale"). And
  WILDLIFE_TYPES has "species", a type of plants too: "The dragon tree roams Tenerife", "Canary
  Island pines roam Gran Canaria", "The Teide bugloss wanders Tenerife", "The Sicilian fir thrives
  in Sicily" (about thirty trees left), "Mount Teide rises on Tenerife, where the dragon tree roams".
* (3) 29. _inflect gives every "feeds on" the forms "hunts / preys on / eats" whatever is fed on:
  plants, nectar, carrion, blood ("The giant panda hunts / preys on bamboo", "Koalas hunt eucalyptus
  leaves", "The West Indian manatee hunts seagrass", "The monarch butterfly preys on milkweed", "The
  ruby-throated hummingbird hunts nectar", "The Andean condor hunts carrion", "The common vampire
  bat eats cattle", "... hunts blood", "The kakapo hunts rimu fruit", "You loved the giant panda,
  which hunts bamboo").
* (4) 18. The _TAXA check reads type words, and "animal", "tree", "plant" name owned things too: a
  racehorse, an estate's tree, a factory "is a member of" its owner ("Frankel is a member of the
  Abdullah family", "Miesque and Kingmambo are members of the Niarchos family", "The Major Oak is a
  member of the Savile family", "The Wolfsburg plant is a member of the Volkswagen Group",
  "Sellafield is a member of the Nuclear Decommissioning Authority", "Enable, a member of the
  Abdullah family, won the Prix de l'Arc de Triomphe", "You loved Frankel, a member of the Abdullah
  family").
* (5) 8. The "for" forms are added beside a relation the graph declares with the same words and
  another object: "was built for" is read "was designed for" and "was designed for" "was built
  for", so each building's two clients swap ("Massaro House was designed for Joseph Massaro" (the
  graph: for A. K. Chahroudi), "Massaro House was built for A. K. Chahroudi", "The Blue Sky
  Mausoleum was designed by Frank Lloyd Wright for Forest Lawn Cemetery", "The Blue Sky Mausoleum
  was built for Darwin D. Martin", "Massaro House, designed for Joseph Massaro, is located in New
  York").
* (6) + (9) 60. The no-invention guard looks for role / part words in the items' types and
  actor / singer / dancer / performer words in the creators' types only: singers typed "soprano",
  "tenor", "baritone", "mezzo-soprano" and dancers typed "ballerina" still invent the characters
  they first sang or danced ("Hariclea Darclée invented Tosca", "Victor Maurel came up with Iago",
  "Enrico Caruso devised Dick Johnson", "Tamara Karsavina invented Firebird", "Hariclea Darclée was
  the mind behind Tosca", "Iago and Falstaff are Victor Maurel inventions"); and "created" said of
  what no one conceives gets every conceiving word: a reservoir by its dam ("Hoover Dam invented
  Lake Mead", "Lake Mead was dreamed up by Hoover Dam", "Hoover Dam was the mind behind Lake
  Mead"), a canyon by its river ("The Colorado River came up with the Grand Canyon"), a crater lake
  by its volcano ("Mount Mazama invented Crater Lake"), a national park by the president who signed
  it ("Ulysses S. Grant invented Yellowstone National Park", "... was the brains behind ..."), a
  peerage by the monarch who conferred it ("George VI invented the Dukedom of Edinburgh", "Queen
  Victoria dreamed up the Earldom of Beaconsfield", "The Dukedom of Edinburgh was invented by George
  VI for Prince Philip").
* (7) 16. _named_first skips pronouns and is blind to noun phrases, so a list whose first member is
  "it", "that one", "this film" or "the film" makes the second name "the first name of its
  sentence", and the plural predicate is never checked on the first: "Try Jaws. You enjoyed it and
  Vertigo, which, like Psycho, were directed by Alfred Hitchcock", "... it as well as Vertigo,
  ...", "... that one / this film / the film and Vertigo, ...", "Try Jaws. You enjoyed it and
  Vertigo, which, like Psycho, are thrillers", "Try Vertigo. You enjoyed it and Jaws, which, like
  Jurassic Park, were directed by Steven Spielberg", "Try Jurassic Park. You enjoyed it and
  Vertigo, which, like Psycho, were edited by George Tomasini".
* (8) 53. A year between a declared passive verb and "by" is taken for the item's own year unless
  the verb's stem is in _LATER_BY or LATER_ACTS; "stolen", "attacked", "discovered", "excavated",
  "recorded", "opened" are in neither, and "shot" / "written" (EARLIER_ACTS) are not consulted
  there. The set-off reading inherits it: "The Mona Lisa, a Leonardo da Vinci painting, was stolen
  in 1503 by Vincenzo Peruggia" (1911), "The Pietà, a sculpture by Michelangelo, was attacked in
  1499 by Laszlo Toth" (1972), "The Lewis chessmen, in the British Museum, were discovered in 1150
  by Malcolm Macleod" (1831), "Hurt, a Trent Reznor song, was recorded in 1994 by Johnny Cash"
  (2002), "St Thomas' Hospital, founded by Augustinian canons, was opened in 1173 by Queen
  Victoria" (1871), "Jaws, a Steven Spielberg film, was shot in 1975 by Bill Butler" (1974), "The
  Birds, with Tippi Hedren, was shot in 1963 by Robert Burks" (1962), "Jaws, by Steven Spielberg,
  was written in 1975 by Peter Benchley"; the plain subject the same ("The Mona Lisa was stolen in
  1503 by Vincenzo Peruggia", "Jaws was shot in 1975 by Bill Butler": 13 of the 53).
* (11) 15. The venue check passes any type word of VENUE_WORDS: a school of painting ("At the Hudson
  River School you can see luminism", "At the Barbizon school you'll see plein air painting"), a
  dynasty typed "house" ("At the House of Habsburg you can see a double-headed eagle"), an
  electronic circuit typed "circuit" ("At the RLC circuit you can see resonance", "At the Schmitt
  trigger you will see hysteresis").
* (12) 16. _places filters the N relations whose tails are places by the graph's place types and
  the words of _WHERE_PLACES only: an island's archipelago and the kingdom or republic that governs
  it pass, so what contains P is said to be in P ("Mount Teide rises on Tenerife, where one of the
  archipelagos is the Canary Islands", "... where one of the kingdoms is Spain", "Mount Etna rises
  on Sicily, where one of the republics is Italy", "Portree Harbour is located on Skye, where one of
  the kingdoms is the United Kingdom", "Tenerife, where one of the archipelagos is the Canary
  Islands, is governed by Spain").
* (13) + (1) 23. The new type nouns are given by the type's name, whatever the items are: a
  dynasty typed "house" is a "home / residence" ("The House of Windsor, a residence, was founded
  by George V", "The House of Bourbon is a home that displays the fleur-de-lis"), a ghost typed
  "spirit" a "drink" ("The Brown Lady of Raynham Hall, a drink, haunts Raynham Hall"), a single bird
  typed "bird" a "species" ("Alex is a species studied by Irene Pepperberg", "The species Cher Ami
  served with the 77th Infantry Division", "Wisdom, a species, nests on Midway Atoll"); and (1) a
  single bird's name gets the plural of a kind ("Alexes were studied by Irene Pepperberg",
  "Marthas died at Cincinnati Zoo").

Held: (10) every "If you want a <kind>" text (another animal's class, hedges "hardly / not
really / might be", a false second clause); (7) a compared list ("like Psycho and Jaws"), a second
predicate, a year, a wrong genre, a named first member (the fix of round 186); (9) releases /
productions / designs of the example graph; (13) the idioms with a wrong person, a list, a year;
wrong foods, places, families, clients, traits, creators, peers, years and directions everywhere;
"building" for a dynasty (the graph's own "building" type keeps it out); the active "designed X
for Y".

Controls rejected: none of 77.
"""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=(), aliases=None):
    aliases = dict(aliases or {})
    ents = [E(k, kind="item", type=t, label=n, aliases=aliases.get(k, ()),
              attrs={"year": y} if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n, aliases=aliases.get(k, ())) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    """Triples of one relation from (head, tail) pairs."""
    return [(h, rel, t) for h, t in pairs]


def _r(user, ratings):
    """A user's ratings from (item, stars) pairs."""
    return [(user, "rated", i, {"rating": float(s)}) for i, s in ratings]


def movies():
    """The shipped example graph (MovieLens films, DBpedia credits, user ratings and tags)."""
    return kgx.KnowledgeGraph.example()


def reef():
    """Animals (items, every one typed "animal", the year each was described) with ONE relation to
    places, "lives in" (inverse "is home to": the graph's own habitat words, so the session reads
    it "roams / wanders / inhabits / is found in / thrives in" and, from the place, "shelters"),
    and no other relation between animals and places. Many of them are sessile as adults (red
    coral, elkhorn coral, the giant barrel sponge, the acorn barnacle, the giant clam, the Pacific
    oyster, the beadlet anemone: they never roam or wander); some are critically endangered (the
    vaquita, about ten left; elkhorn coral; the kakapo) or vulnerable. Diet: "feeds on" (the
    session reads it "eats / hunts / preys on / lives on"): herbivores (giant panda: bamboo; koala:
    eucalyptus leaves; manatee: seagrass; monarch caterpillar: milkweed), a nectar feeder
    (ruby-throated hummingbird), a scavenger (Andean condor: carrion), a blood feeder (common
    vampire bat: the blood of cattle; "feeds on" cattle and blood), filter feeders (giant clam,
    oyster, barnacle, sponge: plankton). Each "belongs to the family" (taxon) and "is a" (class),
    and "has the conservation status"."""
    rels = [
        R("lives_in", phrase="lives in", inverse_phrase="is home to", domain=("animal",), range=("sea", "region")),
        R("feeds_on", phrase="feeds on", inverse_phrase="is food for", domain=("animal",), range=("food", "livestock")),
        R("family", phrase="belongs to the family", inverse_phrase="includes", domain=("animal",), range=("family",)),
        R("is_a", phrase="is a", inverse_phrase="has the example", domain=("animal",), range=("animal class",)),
        R("status", phrase="has the conservation status", inverse_phrase="is the conservation status of",
          domain=("animal",), range=("status",)),
        R("described_by", phrase="was described by", inverse_phrase="described", domain=("animal",),
          range=("naturalist",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {"a:redcoral": ("animal", "red coral", 1758), "a:elkhorn": ("animal", "elkhorn coral", 1786),
             "a:sponge": ("animal", "giant barrel sponge", 1870), "a:barnacle": ("animal", "acorn barnacle", 1766),
             "a:clam": ("animal", "giant clam", 1798), "a:oyster": ("animal", "Pacific oyster", 1793),
             "a:anemone": ("animal", "beadlet anemone", 1758),
             "a:vaquita": ("animal", "vaquita", 1958), "a:kakapo": ("animal", "kakapo", 1845),
             "a:panda": ("animal", "giant panda", 1869), "a:koala": ("animal", "koala", 1817),
             "a:manatee": ("animal", "West Indian manatee", 1758), "a:monarch": ("animal", "monarch butterfly", 1758),
             "a:hummingbird": ("animal", "ruby-throated hummingbird", 1758),
             "a:condor": ("animal", "Andean condor", 1758), "a:vampire": ("animal", "common vampire bat", 1810)}
    others = {
        "p:med": ("sea", "Mediterranean Sea"), "p:carib": ("sea", "Caribbean Sea"), "p:indian": ("sea", "Indian Ocean"),
        "p:pacific": ("sea", "Pacific Ocean"), "p:atlantic": ("sea", "North Atlantic Ocean"),
        "p:gulf": ("sea", "Gulf of California"), "p:china": ("region", "China"), "p:australia": ("region", "Australia"),
        "p:nz": ("region", "New Zealand"), "p:samerica": ("region", "South America"),
        "p:namerica": ("region", "North America"), "p:florida": ("region", "Florida"),
        "f:bamboo": ("food", "bamboo"), "f:eucalyptus": ("food", "eucalyptus leaves"), "f:seagrass": ("food", "seagrass"),
        "f:milkweed": ("food", "milkweed"), "f:nectar": ("food", "nectar"), "f:carrion": ("food", "carrion"),
        "f:blood": ("food", "blood"), "f:cattle": ("livestock", "cattle"), "f:plankton": ("food", "plankton"),
        "f:rimu": ("food", "rimu fruit"), "f:fish": ("food", "small fish"),
        "t:coralliidae": ("family", "Coralliidae"), "t:acroporidae": ("family", "Acroporidae"),
        "t:petrosiidae": ("family", "Petrosiidae"), "t:balanidae": ("family", "Balanidae"),
        "t:cardiidae": ("family", "Cardiidae"), "t:ostreidae": ("family", "Ostreidae"), "t:actiniidae": ("family", "Actiniidae"),
        "t:phocoenidae": ("family", "Phocoenidae"), "t:strigopidae": ("family", "Strigopidae"), "t:ursidae": ("family", "Ursidae"),
        "t:phascolarctidae": ("family", "Phascolarctidae"), "t:trichechidae": ("family", "Trichechidae"),
        "t:nymphalidae": ("family", "Nymphalidae"), "t:trochilidae": ("family", "Trochilidae"),
        "t:cathartidae": ("family", "Cathartidae"), "t:phyllostomidae": ("family", "Phyllostomidae"),
        "c:octocoral": ("animal class", "precious coral"), "c:stony": ("animal class", "stony coral"),
        "c:sponge": ("animal class", "sea sponge"), "c:crustacean": ("animal class", "crustacean"),
        "c:bivalve": ("animal class", "bivalve"), "c:anemone": ("animal class", "sea anemone"),
        "c:porpoise": ("animal class", "porpoise"), "c:parrot": ("animal class", "parrot"), "c:bear": ("animal class", "bear"),
        "c:marsupial": ("animal class", "marsupial"), "c:sirenian": ("animal class", "sea cow"),
        "c:butterfly": ("animal class", "butterfly"), "c:hummingbird": ("animal class", "hummingbird"),
        "c:vulture": ("animal class", "New World vulture"), "c:bat": ("animal class", "bat"),
        "s:cr": ("status", "critically endangered"), "s:vu": ("status", "vulnerable"), "s:lc": ("status", "least concern"),
        "s:en": ("status", "endangered"),
        "n:linnaeus": ("naturalist", "Carl Linnaeus"), "n:lamarck": ("naturalist", "Jean-Baptiste Lamarck"),
        "n:schmidt": ("naturalist", "Oscar Schmidt"), "n:pallas": ("naturalist", "Peter Simon Pallas"),
        "n:roding": ("naturalist", "Peter Friedrich Röding"), "n:thunberg": ("naturalist", "Carl Peter Thunberg"),
        "n:norris": ("naturalist", "Kenneth S. Norris"), "n:gray": ("naturalist", "George Robert Gray"),
        "n:david": ("naturalist", "Armand David"), "n:goldfuss": ("naturalist", "Georg August Goldfuss"),
        "n:geoffroy": ("naturalist", "Étienne Geoffroy Saint-Hilaire"),
    }
    T_ = _t("lives_in", [("a:redcoral", "p:med"), ("a:elkhorn", "p:carib"), ("a:sponge", "p:carib"),
                         ("a:barnacle", "p:atlantic"), ("a:clam", "p:indian"), ("a:clam", "p:pacific"),
                         ("a:oyster", "p:pacific"), ("a:anemone", "p:atlantic"), ("a:vaquita", "p:gulf"),
                         ("a:kakapo", "p:nz"), ("a:panda", "p:china"), ("a:koala", "p:australia"),
                         ("a:manatee", "p:carib"), ("a:manatee", "p:florida"), ("a:monarch", "p:namerica"),
                         ("a:hummingbird", "p:namerica"), ("a:condor", "p:samerica"), ("a:vampire", "p:samerica")])
    T_ += _t("feeds_on", [("a:panda", "f:bamboo"), ("a:koala", "f:eucalyptus"), ("a:manatee", "f:seagrass"),
                          ("a:monarch", "f:milkweed"), ("a:hummingbird", "f:nectar"), ("a:condor", "f:carrion"),
                          ("a:vampire", "f:blood"), ("a:vampire", "f:cattle"), ("a:clam", "f:plankton"),
                          ("a:oyster", "f:plankton"), ("a:barnacle", "f:plankton"), ("a:sponge", "f:plankton"),
                          ("a:kakapo", "f:rimu"), ("a:vaquita", "f:fish"), ("a:anemone", "f:fish"),
                          ("a:redcoral", "f:plankton"), ("a:elkhorn", "f:plankton")])
    T_ += _t("family", [("a:redcoral", "t:coralliidae"), ("a:elkhorn", "t:acroporidae"), ("a:sponge", "t:petrosiidae"),
                        ("a:barnacle", "t:balanidae"), ("a:clam", "t:cardiidae"), ("a:oyster", "t:ostreidae"),
                        ("a:anemone", "t:actiniidae"), ("a:vaquita", "t:phocoenidae"), ("a:kakapo", "t:strigopidae"),
                        ("a:panda", "t:ursidae"), ("a:koala", "t:phascolarctidae"), ("a:manatee", "t:trichechidae"),
                        ("a:monarch", "t:nymphalidae"), ("a:hummingbird", "t:trochilidae"),
                        ("a:condor", "t:cathartidae"), ("a:vampire", "t:phyllostomidae")])
    T_ += _t("is_a", [("a:redcoral", "c:octocoral"), ("a:elkhorn", "c:stony"), ("a:sponge", "c:sponge"),
                      ("a:barnacle", "c:crustacean"), ("a:clam", "c:bivalve"), ("a:oyster", "c:bivalve"),
                      ("a:anemone", "c:anemone"), ("a:vaquita", "c:porpoise"), ("a:kakapo", "c:parrot"),
                      ("a:panda", "c:bear"), ("a:koala", "c:marsupial"), ("a:manatee", "c:sirenian"),
                      ("a:monarch", "c:butterfly"), ("a:hummingbird", "c:hummingbird"), ("a:condor", "c:vulture"),
                      ("a:vampire", "c:bat")])
    T_ += _t("status", [("a:vaquita", "s:cr"), ("a:elkhorn", "s:cr"), ("a:kakapo", "s:cr"), ("a:panda", "s:vu"),
                        ("a:koala", "s:en"), ("a:manatee", "s:vu"), ("a:condor", "s:vu"), ("a:redcoral", "s:en"),
                        ("a:clam", "s:lc"), ("a:oyster", "s:lc"), ("a:barnacle", "s:lc"), ("a:sponge", "s:lc"),
                        ("a:anemone", "s:lc"), ("a:monarch", "s:lc"), ("a:hummingbird", "s:lc"), ("a:vampire", "s:lc")])
    T_ += _t("described_by", [("a:redcoral", "n:linnaeus"), ("a:elkhorn", "n:lamarck"), ("a:sponge", "n:schmidt"),
                              ("a:barnacle", "n:pallas"), ("a:clam", "n:roding"), ("a:oyster", "n:thunberg"),
                              ("a:anemone", "n:linnaeus"), ("a:vaquita", "n:norris"), ("a:kakapo", "n:gray"),
                              ("a:panda", "n:david"), ("a:koala", "n:goldfuss"), ("a:manatee", "n:linnaeus"),
                              ("a:monarch", "n:linnaeus"), ("a:hummingbird", "n:linnaeus"), ("a:condor", "n:linnaeus"),
                              ("a:vampire", "n:geoffroy")])
    T_ += _r("user:sam", [("a:kakapo", 5), ("a:panda", 4.5), ("a:redcoral", 4.5), ("a:sponge", 4.5), ("a:koala", 2)])
    return _build(items, others, rels, T_, users=[("user:sam", "Sam")])


def fossils():
    """Extinct animals known from fossils (items typed "species", "reptile", "fish" or "bird", the
    year each was described), with ONE relation to places: "is found in" a rock formation (where
    their fossils are found: the graph's own words, which the session takes for a habitat and
    reads "lives in / roams / wanders / inhabits / thrives in" and, from the formation, "shelters").
    Each "lived during" a geological period (all long gone: the Cambrian, the Devonian, the
    Jurassic), "was described by" a palaeontologist, "belongs to the order" of its taxon, and "has
    the conservation status" extinct. No other relation links the animals to the formations."""
    rels = [
        R("found_in", phrase="is found in", inverse_phrase="yields", domain=("species", "reptile", "fish", "bird"),
          range=("formation",)),
        R("lived_during", phrase="lived during", inverse_phrase="saw", domain=("species", "reptile", "fish", "bird"),
          range=("period",)),
        R("described_by", phrase="was described by", inverse_phrase="described",
          domain=("species", "reptile", "fish", "bird"), range=("palaeontologist",)),
        R("order", phrase="belongs to the order", inverse_phrase="includes",
          domain=("species", "reptile", "fish", "bird"), range=("order",)),
        R("status", phrase="has the conservation status", inverse_phrase="is the conservation status of",
          domain=("species", "reptile", "fish", "bird"), range=("status",)),
    ]
    items = {"x:hallucigenia": ("species", "Hallucigenia", 1977), "x:anomalocaris": ("species", "Anomalocaris", 1892),
             "x:opabinia": ("species", "Opabinia", 1912), "x:marrella": ("species", "Marrella", 1912),
             "x:dunkleosteus": ("fish", "Dunkleosteus", 1873), "x:tiktaalik": ("fish", "Tiktaalik", 2006),
             "x:ichthyosaurus": ("reptile", "Ichthyosaurus", 1821), "x:plesiosaurus": ("reptile", "Plesiosaurus", 1821),
             "x:archaeopteryx": ("bird", "Archaeopteryx", 1861), "x:compsognathus": ("reptile", "Compsognathus", 1859)}
    others = {
        "f:burgess": ("formation", "Burgess Shale"), "f:cleveland": ("formation", "Cleveland Shale"),
        "f:fram": ("formation", "Fram Formation"), "f:lias": ("formation", "Blue Lias"),
        "f:solnhofen": ("formation", "Solnhofen Limestone"),
        "p:cambrian": ("period", "Cambrian"), "p:devonian": ("period", "Devonian"), "p:jurassic": ("period", "Jurassic"),
        "n:conway": ("palaeontologist", "Simon Conway Morris"), "n:whiteaves": ("palaeontologist", "Joseph Frederick Whiteaves"),
        "n:walcott": ("palaeontologist", "Charles Doolittle Walcott"), "n:newberry": ("palaeontologist", "John Strong Newberry"),
        "n:daeschler": ("palaeontologist", "Edward B. Daeschler"), "n:conybeare": ("palaeontologist", "William Conybeare"),
        "n:meyer": ("palaeontologist", "Hermann von Meyer"), "n:wagner": ("palaeontologist", "Johann Andreas Wagner"),
        "o:lobopodia": ("order", "Lobopodia"), "o:radiodonta": ("order", "Radiodonta"), "o:opabiniida": ("order", "Opabiniida"),
        "o:marrellida": ("order", "Marrellida"), "o:arthrodira": ("order", "Arthrodira"),
        "o:elpistostegalia": ("order", "Elpistostegalia"), "o:ichthyosauria": ("order", "Ichthyosauria"),
        "o:plesiosauria": ("order", "Plesiosauria"), "o:avialae": ("order", "Archaeopterygiformes"),
        "o:saurischia": ("order", "Saurischia"),
        "s:extinct": ("status", "extinct"),
    }
    T_ = _t("found_in", [("x:hallucigenia", "f:burgess"), ("x:anomalocaris", "f:burgess"), ("x:opabinia", "f:burgess"),
                         ("x:marrella", "f:burgess"), ("x:dunkleosteus", "f:cleveland"), ("x:tiktaalik", "f:fram"),
                         ("x:ichthyosaurus", "f:lias"), ("x:plesiosaurus", "f:lias"), ("x:archaeopteryx", "f:solnhofen"),
                         ("x:compsognathus", "f:solnhofen")])
    T_ += _t("lived_during", [("x:hallucigenia", "p:cambrian"), ("x:anomalocaris", "p:cambrian"),
                              ("x:opabinia", "p:cambrian"), ("x:marrella", "p:cambrian"), ("x:dunkleosteus", "p:devonian"),
                              ("x:tiktaalik", "p:devonian"), ("x:ichthyosaurus", "p:jurassic"),
                              ("x:plesiosaurus", "p:jurassic"), ("x:archaeopteryx", "p:jurassic"),
                              ("x:compsognathus", "p:jurassic")])
    T_ += _t("described_by", [("x:hallucigenia", "n:conway"), ("x:anomalocaris", "n:whiteaves"), ("x:opabinia", "n:walcott"),
                              ("x:marrella", "n:walcott"), ("x:dunkleosteus", "n:newberry"), ("x:tiktaalik", "n:daeschler"),
                              ("x:ichthyosaurus", "n:conybeare"), ("x:plesiosaurus", "n:conybeare"),
                              ("x:archaeopteryx", "n:meyer"), ("x:compsognathus", "n:wagner")])
    T_ += _t("order", [("x:hallucigenia", "o:lobopodia"), ("x:anomalocaris", "o:radiodonta"), ("x:opabinia", "o:opabiniida"),
                       ("x:marrella", "o:marrellida"), ("x:dunkleosteus", "o:arthrodira"), ("x:tiktaalik", "o:elpistostegalia"),
                       ("x:ichthyosaurus", "o:ichthyosauria"), ("x:plesiosaurus", "o:plesiosauria"),
                       ("x:archaeopteryx", "o:avialae"), ("x:compsognathus", "o:saurischia")])
    T_ += _t("status", [(x, "s:extinct") for x in items])
    return _build(items, others, rels, T_)


def islands():
    """Islands (typed "island": a place by its type word) that are part of an archipelago (typed
    "archipelago": no place word of the session's list) and governed by a state typed "kingdom" or
    "republic" (no place word either); volcanoes (items) that "rise on" an island; ports (typed
    "port") "located on" an island; electronic circuits (typed "circuit", a venue word: a racing
    circuit) that "exhibit" a physical effect, and stock markets (typed "market", a venue word)
    that "display" a trait: neither is a place one visits to see anything. Species (items typed
    "species": plants as well as animals) "are found in" an island (the one relation of those
    types to places, worded as a habitat: the session reads it "roams / wanders / thrives in"):
    the dragon tree, the Canary Island pine, the Teide bugloss, the Mauna Kea silversword and the
    Sicilian fir are plants (never roam; the silversword and the fir, about thirty trees left, are
    critically endangered), the Tenerife lizard and the Hawaiian goose animals."""
    rels = [
        R("part_of", phrase="is part of", inverse_phrase="includes", domain=("island",), range=("archipelago",)),
        R("governed_by", phrase="is governed by", inverse_phrase="governs", domain=("island",),
          range=("kingdom", "republic")),
        R("rises_on", phrase="rises on", inverse_phrase="has the volcano", domain=("volcano",), range=("island",)),
        R("located_on", phrase="is located on", inverse_phrase="has the port", domain=("port",), range=("island",)),
        R("erupted_in", phrase="last erupted in", inverse_phrase="saw an eruption of", domain=("volcano",),
          range=("year",)),
        R("circuit_exhibits", phrase="exhibits", inverse_phrase="is exhibited by", domain=("circuit",),
          range=("effect",)),
        R("found_in", phrase="is found in", inverse_phrase="is home to", domain=("species",), range=("island",)),
        R("status", phrase="has the conservation status", inverse_phrase="is the conservation status of",
          domain=("species",), range=("status",)),
        R("market_displays", phrase="displays", inverse_phrase="is displayed by", domain=("market",),
          range=("market trait",)),
    ]
    items = {"v:teide": ("volcano", "Mount Teide", None), "v:etna": ("volcano", "Mount Etna", None),
             "v:maunaloa": ("volcano", "Mauna Loa", None), "v:kilauea": ("volcano", "Kilauea", None),
             "v:hekla": ("volcano", "Hekla", None), "v:stromboli": ("volcano", "Stromboli", None),
             "c:rlc": ("circuit", "RLC circuit", None), "c:lc": ("circuit", "LC circuit", None),
             "c:schmitt": ("circuit", "Schmitt trigger", None),
             "s:dragon": ("species", "dragon tree", 1767), "s:pine": ("species", "Canary Island pine", 1825),
             "s:bugloss": ("species", "Teide bugloss", 1882), "s:silversword": ("species", "Mauna Kea silversword", 1828),
             "s:fir": ("species", "Sicilian fir", 1957), "s:lizard": ("species", "Tenerife lizard", 1838),
             "s:nene": ("species", "Hawaiian goose", 1834),
             "m:nasdaq": ("market", "Nasdaq", 1971), "m:lse": ("market", "London Stock Exchange", 1801)}
    others = {
        "i:tenerife": ("island", "Tenerife"), "i:grancanaria": ("island", "Gran Canaria"), "i:lanzarote": ("island", "Lanzarote"),
        "i:mallorca": ("island", "Mallorca"), "i:menorca": ("island", "Menorca"), "i:sicily": ("island", "Sicily"),
        "i:stromboli": ("island", "Stromboli island"), "i:hawaii": ("island", "Hawaii"), "i:oahu": ("island", "Oahu"),
        "i:skye": ("island", "Skye"), "i:iceland": ("island", "Iceland"),
        "a:canary": ("archipelago", "Canary Islands"), "a:balearic": ("archipelago", "Balearic Islands"),
        "a:aeolian": ("archipelago", "Aeolian Islands"), "a:hawaiian": ("archipelago", "Hawaiian Islands"),
        "a:hebrides": ("archipelago", "Inner Hebrides"),
        "g:spain": ("kingdom", "Spain"), "g:italy": ("republic", "Italy"), "g:usa": ("republic", "United States"),
        "g:uk": ("kingdom", "United Kingdom"), "g:iceland": ("republic", "Republic of Iceland"),
        "p:santacruz": ("port", "Port of Santa Cruz de Tenerife"), "p:palma": ("port", "Port of Palma"),
        "p:palermo": ("port", "Port of Palermo"), "p:honolulu": ("port", "Honolulu Harbor"),
        "p:portree": ("port", "Portree Harbour"),
        "y:1909": ("year", "1909"), "y:2024": ("year", "2024"),
        "e:resonance": ("effect", "resonance"), "e:hysteresis": ("effect", "hysteresis"),
        "e:oscillation": ("effect", "oscillation"), "t:volatility": ("market trait", "volatility"),
        "t:liquidity": ("market trait", "liquidity"),
        "k:cr": ("status", "critically endangered"), "k:lc": ("status", "least concern"), "k:vu": ("status", "vulnerable"),
    }
    T_ = _t("part_of", [("i:tenerife", "a:canary"), ("i:grancanaria", "a:canary"), ("i:lanzarote", "a:canary"),
                        ("i:mallorca", "a:balearic"), ("i:menorca", "a:balearic"), ("i:stromboli", "a:aeolian"),
                        ("i:hawaii", "a:hawaiian"), ("i:oahu", "a:hawaiian"), ("i:skye", "a:hebrides")])
    T_ += _t("governed_by", [("i:tenerife", "g:spain"), ("i:grancanaria", "g:spain"), ("i:lanzarote", "g:spain"),
                             ("i:mallorca", "g:spain"), ("i:menorca", "g:spain"), ("i:sicily", "g:italy"),
                             ("i:stromboli", "g:italy"), ("i:hawaii", "g:usa"), ("i:oahu", "g:usa"), ("i:skye", "g:uk"),
                             ("i:iceland", "g:iceland")])
    T_ += _t("rises_on", [("v:teide", "i:tenerife"), ("v:etna", "i:sicily"), ("v:maunaloa", "i:hawaii"),
                          ("v:kilauea", "i:hawaii"), ("v:hekla", "i:iceland"), ("v:stromboli", "i:stromboli")])
    T_ += _t("located_on", [("p:santacruz", "i:tenerife"), ("p:palma", "i:mallorca"), ("p:palermo", "i:sicily"),
                            ("p:honolulu", "i:oahu"), ("p:portree", "i:skye")])
    T_ += _t("erupted_in", [("v:teide", "y:1909"), ("v:etna", "y:2024"), ("v:maunaloa", "y:2024"), ("v:kilauea", "y:2024"),
                            ("v:hekla", "y:2024"), ("v:stromboli", "y:2024")])
    T_ += _t("found_in", [("s:dragon", "i:tenerife"), ("s:dragon", "i:grancanaria"), ("s:pine", "i:tenerife"),
                          ("s:pine", "i:grancanaria"), ("s:bugloss", "i:tenerife"), ("s:silversword", "i:hawaii"),
                          ("s:fir", "i:sicily"), ("s:lizard", "i:tenerife"), ("s:nene", "i:hawaii")])
    T_ += _t("status", [("s:dragon", "k:vu"), ("s:pine", "k:lc"), ("s:bugloss", "k:lc"), ("s:silversword", "k:cr"),
                        ("s:fir", "k:cr"), ("s:lizard", "k:lc"), ("s:nene", "k:vu")])
    T_ += _t("circuit_exhibits", [("c:rlc", "e:resonance"), ("c:lc", "e:oscillation"), ("c:schmitt", "e:hysteresis")])
    T_ += _t("market_displays", [("m:nasdaq", "t:volatility"), ("m:lse", "t:liquidity")])
    return _build(items, others, rels, T_)


def creations():
    """Things "created" in senses that are no invention (items, with the year each was created),
    all in ONE relation "was created by" whose subject types (lake, reservoir, canyon, national
    park, peerage, opera character, ballet character) have no role / part word and whose object
    types (dam, river, volcano, president, monarch, soprano, tenor, baritone, mezzo-soprano,
    ballerina) are no "actor / singer / dancer / performer" word: a reservoir created by the dam
    that holds it back, a canyon by the river that cut it, a crater lake by the volcano that
    collapsed, a national park by the president who signed it into law, a peerage by the monarch
    who conferred it, an opera or ballet character by the singer or dancer who first sang or
    danced it (as opera histories say: "Darclée created Tosca"). Their inventors are others: the
    composers and librettists ("was composed by"), the choreographers ("was choreographed by").
    A peerage "was created for" its first holder; each character "appears in" a work."""
    rels = [
        R("created_by", phrase="was created by", inverse_phrase="created",
          domain=("lake", "reservoir", "canyon", "national park", "peerage", "opera character", "ballet character"),
          range=("dam", "river", "volcano", "president", "monarch", "soprano", "tenor", "baritone", "mezzo-soprano",
                 "ballerina")),
        R("created_for", phrase="was created for", inverse_phrase="received", domain=("peerage",), range=("peer",)),
        R("composed_by", phrase="was composed by", inverse_phrase="composed", domain=("opera character",),
          range=("composer",)),
        R("choreographed_by", phrase="was choreographed by", inverse_phrase="choreographed",
          domain=("ballet character",), range=("choreographer",)),
        R("appears_in", phrase="appears in", inverse_phrase="features", domain=("opera character", "ballet character"),
          range=("opera", "ballet")),
        R("located_in", phrase="is located in", inverse_phrase="contains",
          domain=("lake", "reservoir", "canyon", "national park"), range=("state",)),
    ]
    items = {"l:mead": ("reservoir", "Lake Mead", 1936), "l:powell": ("reservoir", "Lake Powell", 1963),
             "l:nasser": ("reservoir", "Lake Nasser", 1970), "l:crater": ("lake", "Crater Lake", None),
             "l:mohave": ("reservoir", "Lake Mohave", 1951),
             "c:grand": ("canyon", "Grand Canyon", None), "c:gunnison": ("canyon", "Black Canyon of the Gunnison", None),
             "n:yellowstone": ("national park", "Yellowstone National Park", 1872),
             "n:yosemite": ("national park", "Yosemite National Park", 1890),
             "n:devils": ("national park", "Devils Tower National Monument", 1906),
             "p:edinburgh": ("peerage", "Dukedom of Edinburgh", 1947), "p:marlborough": ("peerage", "Dukedom of Marlborough", 1702),
             "p:beaconsfield": ("peerage", "Earldom of Beaconsfield", 1876), "p:wellington": ("peerage", "Dukedom of Wellington", 1814),
             "o:tosca": ("opera character", "Tosca", 1900), "o:otello": ("opera character", "Otello", 1887),
             "o:iago": ("opera character", "Iago", 1887), "o:falstaff": ("opera character", "Falstaff", 1893),
             "o:carmen": ("opera character", "Carmen", 1875), "o:butterfly": ("opera character", "Cio-Cio-San", 1904),
             "o:minnie": ("opera character", "Minnie", 1910), "o:johnson": ("opera character", "Dick Johnson", 1910),
             "b:firebird": ("ballet character", "Firebird", 1910), "b:swan": ("ballet character", "The Dying Swan", 1905)}
    others = {
        "d:hoover": ("dam", "Hoover Dam"), "d:glen": ("dam", "Glen Canyon Dam"), "d:aswan": ("dam", "Aswan High Dam"),
        "d:davis": ("dam", "Davis Dam"), "v:mazama": ("volcano", "Mount Mazama"),
        "r:colorado": ("river", "Colorado River"), "r:gunnison": ("river", "Gunnison River"),
        "h:grant": ("president", "Ulysses S. Grant"), "h:harrison": ("president", "Benjamin Harrison"),
        "h:roosevelt": ("president", "Theodore Roosevelt"),
        "k:george6": ("monarch", "George VI"), "k:anne": ("monarch", "Queen Anne"), "k:victoria": ("monarch", "Queen Victoria"),
        "k:george3": ("monarch", "George III"),
        "e:philip": ("peer", "Prince Philip"), "e:churchill": ("peer", "John Churchill"),
        "e:disraeli": ("peer", "Benjamin Disraeli"), "e:wellesley": ("peer", "Arthur Wellesley"),
        "s:darclee": ("soprano", "Hariclea Darclée"), "s:tamagno": ("tenor", "Francesco Tamagno"),
        "s:maurel": ("baritone", "Victor Maurel"), "s:galli": ("mezzo-soprano", "Célestine Galli-Marié"),
        "s:storchio": ("soprano", "Rosina Storchio"), "s:destinn": ("soprano", "Emmy Destinn"),
        "s:caruso": ("tenor", "Enrico Caruso"), "s:karsavina": ("ballerina", "Tamara Karsavina"),
        "s:pavlova": ("ballerina", "Anna Pavlova"),
        "m:puccini": ("composer", "Giacomo Puccini"), "m:verdi": ("composer", "Giuseppe Verdi"),
        "m:bizet": ("composer", "Georges Bizet"),
        "g:fokine": ("choreographer", "Michel Fokine"),
        "w:tosca": ("opera", "Tosca (opera)"), "w:otello": ("opera", "Otello (opera)"), "w:falstaff": ("opera", "Falstaff (opera)"),
        "w:carmen": ("opera", "Carmen (opera)"), "w:butterfly": ("opera", "Madama Butterfly"),
        "w:fanciulla": ("opera", "La fanciulla del West"), "w:firebird": ("ballet", "The Firebird"),
        "w:swan": ("ballet", "The Swan"),
        "t:nevada": ("state", "Nevada"), "t:utah": ("state", "Utah"), "t:egypt": ("state", "Egypt"),
        "t:oregon": ("state", "Oregon"), "t:arizona": ("state", "Arizona"), "t:colorado": ("state", "Colorado"),
        "t:wyoming": ("state", "Wyoming"), "t:california": ("state", "California"),
    }
    T_ = _t("created_by", [("l:mead", "d:hoover"), ("l:powell", "d:glen"), ("l:nasser", "d:aswan"), ("l:mohave", "d:davis"),
                           ("l:crater", "v:mazama"), ("c:grand", "r:colorado"), ("c:gunnison", "r:gunnison"),
                           ("n:yellowstone", "h:grant"), ("n:yosemite", "h:harrison"), ("n:devils", "h:roosevelt"),
                           ("p:edinburgh", "k:george6"), ("p:marlborough", "k:anne"), ("p:beaconsfield", "k:victoria"),
                           ("p:wellington", "k:george3"),
                           ("o:tosca", "s:darclee"), ("o:otello", "s:tamagno"), ("o:iago", "s:maurel"),
                           ("o:falstaff", "s:maurel"), ("o:carmen", "s:galli"), ("o:butterfly", "s:storchio"),
                           ("o:minnie", "s:destinn"), ("o:johnson", "s:caruso"), ("b:firebird", "s:karsavina"),
                           ("b:swan", "s:pavlova")])
    T_ += _t("created_for", [("p:edinburgh", "e:philip"), ("p:marlborough", "e:churchill"),
                             ("p:beaconsfield", "e:disraeli"), ("p:wellington", "e:wellesley")])
    T_ += _t("composed_by", [("o:tosca", "m:puccini"), ("o:otello", "m:verdi"), ("o:iago", "m:verdi"),
                             ("o:falstaff", "m:verdi"), ("o:carmen", "m:bizet"), ("o:butterfly", "m:puccini"),
                             ("o:minnie", "m:puccini"), ("o:johnson", "m:puccini")])
    T_ += _t("choreographed_by", [("b:firebird", "g:fokine"), ("b:swan", "g:fokine")])
    T_ += _t("appears_in", [("o:tosca", "w:tosca"), ("o:otello", "w:otello"), ("o:iago", "w:otello"),
                            ("o:falstaff", "w:falstaff"), ("o:carmen", "w:carmen"), ("o:butterfly", "w:butterfly"),
                            ("o:minnie", "w:fanciulla"), ("o:johnson", "w:fanciulla"), ("b:firebird", "w:firebird"),
                            ("b:swan", "w:swan")])
    T_ += _t("located_in", [("l:mead", "t:nevada"), ("l:mead", "t:arizona"), ("l:powell", "t:utah"), ("l:powell", "t:arizona"),
                            ("l:nasser", "t:egypt"), ("l:crater", "t:oregon"), ("l:mohave", "t:nevada"),
                            ("c:grand", "t:arizona"), ("c:gunnison", "t:colorado"), ("n:yellowstone", "t:wyoming"),
                            ("n:yosemite", "t:california"), ("n:devils", "t:wyoming")])
    return _build(items, others, rels, T_)


def heritage():
    """Works and places whose graph year is when they were made (items: paintings, sculptures,
    songs, hoards, hospitals), with relations of acts done to them LATER, by people who were not
    yet born when the work was made: "was stolen by" (the Mona Lisa, 1503, by Vincenzo Peruggia in
    1911; The Scream, 1893, by Pål Enger in 1994), "was attacked by" (the Pietà, 1499, by Laszlo
    Toth in 1972; The Night Watch, 1642, by Wilhelmus de Rijk in 1975; the Rokeby Venus, 1651, by
    Mary Richardson in 1914), "was discovered by" (the Lewis chessmen, 1150, by Malcolm Macleod in
    1831; the Staffordshire Hoard, 650, by Terry Herbert in 2009), "was excavated by" (Sutton Hoo,
    625, by Basil Brown in 1939), "was recorded by" (a song's every recording: Hurt, 1994, by Nine
    Inch Nails and by Johnny Cash in 2002; Hallelujah, 1984, by Leonard Cohen and by Jeff Buckley
    in 1994; Mad World, 1982, by Tears for Fears and by Gary Jules in 2001; I Will Always Love
    You, 1974, by Dolly Parton and by Whitney Houston in 1992), "was opened by" (a hospital's new
    building: St Thomas' Hospital, 1173, by Queen Victoria in 1871; the Royal Victoria Infirmary,
    1751, by Edward VII in 1906). And the makers: "was painted by", "was sculpted by", "was
    written by", "was founded by"."""
    rels = [
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("painter",)),
        R("sculpted_by", phrase="was sculpted by", inverse_phrase="sculpted", domain=("sculpture",), range=("sculptor",)),
        R("stolen_by", phrase="was stolen by", inverse_phrase="stole", domain=("painting",), range=("thief",)),
        R("attacked_by", phrase="was attacked by", inverse_phrase="attacked", domain=("painting", "sculpture"),
          range=("vandal",)),
        R("discovered_by", phrase="was discovered by", inverse_phrase="discovered", domain=("hoard",), range=("finder",)),
        R("excavated_by", phrase="was excavated by", inverse_phrase="excavated", domain=("hoard",),
          range=("archaeologist",)),
        R("recorded_by", phrase="was recorded by", inverse_phrase="recorded", domain=("song",), range=("musician",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("song",), range=("songwriter",)),
        R("opened_by", phrase="was opened by", inverse_phrase="opened", domain=("hospital",), range=("monarch",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("hospital",), range=("founder",)),
        R("kept_in", phrase="is kept in", inverse_phrase="keeps", domain=("painting", "sculpture", "hoard"),
          range=("museum",)),
    ]
    items = {"w:mona": ("painting", "Mona Lisa", 1503), "w:scream": ("painting", "The Scream", 1893),
             "w:nightwatch": ("painting", "The Night Watch", 1642), "w:rokeby": ("painting", "Rokeby Venus", 1651),
             "w:pieta": ("sculpture", "Pietà", 1499),
             "h:lewis": ("hoard", "Lewis chessmen", 1150), "h:staffs": ("hoard", "Staffordshire Hoard", 650),
             "h:sutton": ("hoard", "Sutton Hoo", 625),
             "s:hurt": ("song", "Hurt", 1994), "s:hallelujah": ("song", "Hallelujah", 1984),
             "s:madworld": ("song", "Mad World", 1982), "s:iwaly": ("song", "I Will Always Love You", 1974),
             "o:thomas": ("hospital", "St Thomas' Hospital", 1173), "o:rvi": ("hospital", "Royal Victoria Infirmary", 1751)}
    others = {
        "p:leonardo": ("painter", "Leonardo da Vinci"), "p:munch": ("painter", "Edvard Munch"),
        "p:rembrandt": ("painter", "Rembrandt"), "p:velazquez": ("painter", "Diego Velázquez"),
        "p:michelangelo": ("sculptor", "Michelangelo"),
        "t:peruggia": ("thief", "Vincenzo Peruggia"), "t:enger": ("thief", "Pål Enger"),
        "v:toth": ("vandal", "Laszlo Toth"), "v:rijk": ("vandal", "Wilhelmus de Rijk"), "v:richardson": ("vandal", "Mary Richardson"),
        "f:macleod": ("finder", "Malcolm Macleod"), "f:herbert": ("finder", "Terry Herbert"),
        "f:brown": ("archaeologist", "Basil Brown"),
        "m:nin": ("musician", "Nine Inch Nails"), "m:cash": ("musician", "Johnny Cash"), "m:cohen": ("musician", "Leonard Cohen"),
        "m:buckley": ("musician", "Jeff Buckley"), "m:tff": ("musician", "Tears for Fears"), "m:jules": ("musician", "Gary Jules"),
        "m:parton": ("musician", "Dolly Parton"), "m:houston": ("musician", "Whitney Houston"),
        "r:reznor": ("songwriter", "Trent Reznor"), "r:cohen": ("songwriter", "Leonard Cohen"),
        "r:orzabal": ("songwriter", "Roland Orzabal"), "r:parton": ("songwriter", "Dolly Parton"),
        "k:victoria": ("monarch", "Queen Victoria"), "k:edward": ("monarch", "Edward VII"),
        "q:canons": ("founder", "Augustinian canons"), "q:public": ("founder", "public subscription"),
        "u:louvre": ("museum", "Louvre"), "u:national": ("museum", "National Museum of Norway"),
        "u:rijks": ("museum", "Rijksmuseum"), "u:ng": ("museum", "National Gallery"), "u:stpeter": ("museum", "St. Peter's Basilica"),
        "u:bm": ("museum", "British Museum"), "u:bmag": ("museum", "Birmingham Museum and Art Gallery"),
    }
    T_ = _t("painted_by", [("w:mona", "p:leonardo"), ("w:scream", "p:munch"), ("w:nightwatch", "p:rembrandt"),
                           ("w:rokeby", "p:velazquez")])
    T_ += _t("sculpted_by", [("w:pieta", "p:michelangelo")])
    T_ += _t("stolen_by", [("w:mona", "t:peruggia"), ("w:scream", "t:enger")])
    T_ += _t("attacked_by", [("w:pieta", "v:toth"), ("w:nightwatch", "v:rijk"), ("w:rokeby", "v:richardson")])
    T_ += _t("discovered_by", [("h:lewis", "f:macleod"), ("h:staffs", "f:herbert")])
    T_ += _t("excavated_by", [("h:sutton", "f:brown")])
    T_ += _t("recorded_by", [("s:hurt", "m:nin"), ("s:hurt", "m:cash"), ("s:hallelujah", "m:cohen"),
                             ("s:hallelujah", "m:buckley"), ("s:madworld", "m:tff"), ("s:madworld", "m:jules"),
                             ("s:iwaly", "m:parton"), ("s:iwaly", "m:houston")])
    T_ += _t("written_by", [("s:hurt", "r:reznor"), ("s:hallelujah", "r:cohen"), ("s:madworld", "r:orzabal"),
                            ("s:iwaly", "r:parton")])
    T_ += _t("opened_by", [("o:thomas", "k:victoria"), ("o:rvi", "k:edward")])
    T_ += _t("founded_by", [("o:thomas", "q:canons"), ("o:rvi", "q:public")])
    T_ += _t("kept_in", [("w:mona", "u:louvre"), ("w:scream", "u:national"), ("w:nightwatch", "u:rijks"),
                         ("w:rokeby", "u:ng"), ("w:pieta", "u:stpeter"), ("h:lewis", "u:bm"), ("h:staffs", "u:bmag"),
                         ("h:sutton", "u:bm")])
    return _build(items, others, rels, T_)


def estates():
    """Things typed "house" (the session reads "home / residence / building" for it): royal and
    noble dynasties (the House of Windsor, Tudor, Habsburg, Medici, Bourbon: "was founded by" a
    person, "ruled" a country, "displays" the charge of its coat of arms) beside country houses
    (Raynham Hall, Blickling Hall; Hampton Court Palace typed "palace"); two buildings by Frank
    Lloyd Wright designed for one client and built, decades later, for another ("was designed
    for": Massaro House for A. K. Chahroudi, the Blue Sky Mausoleum for Darwin D. Martin; "was
    built for": Joseph Massaro, Forest Lawn Cemetery). Ghosts typed "spirit" (read "drink") "haunt"
    the houses. Schools of painting typed "school" (a venue word) "exhibit" the traits of their
    style: no place at all. Racehorses typed "animal" and famous trees typed "tree" "belong to the
    family" that owns them (Frankel and Enable to the Abdullah family, Miesque and Kingmambo to the
    Niarchos family: owned, never members); factories typed "plant" (the industrial sense) "belong
    to the group" that owns them. Individual birds typed "bird" (read "species"): Alex the grey
    parrot ("was studied by" Irene Pepperberg), Cher Ami the pigeon ("served with" the 77th Infantry
    Division), Wisdom the albatross ("nests on" Midway Atoll), Martha the last passenger pigeon
    ("died at" Cincinnati Zoo). Lee rated Raynham Hall 5, Blickling Hall 4.5 and Frankel 5."""
    rels = [
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("house",), range=("person",)),
        R("ruled", phrase="ruled", inverse_phrase="was ruled by", domain=("house",), range=("country",)),
        R("displays", phrase="displays", inverse_phrase="is displayed by", domain=("house",), range=("heraldic charge",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("house", "palace", "building"),
          range=("architect",)),
        R("designed_for", phrase="was designed for", inverse_phrase="was the first client of",
          domain=("house", "building"), range=("client",)),
        R("built_for", phrase="was built for", inverse_phrase="had built", domain=("house", "building"),
          range=("client",)),
        R("located_in", phrase="is located in", inverse_phrase="contains", domain=("house", "palace", "building"),
          range=("county", "state")),
        R("haunts", phrase="haunts", inverse_phrase="is haunted by", domain=("spirit",), range=("house", "palace")),
        R("exhibits", phrase="exhibits", inverse_phrase="is exhibited by", domain=("school",), range=("style trait",)),
        R("led_by", phrase="was led by", inverse_phrase="led", domain=("school",), range=("painter",)),
        R("owner_family", phrase="belongs to the family", inverse_phrase="owns", domain=("animal", "tree"),
          range=("family",)),
        R("owner_group", phrase="belongs to the group", inverse_phrase="owns", domain=("plant",), range=("group",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("animal",), range=("race",)),
        R("trained_by", phrase="was trained by", inverse_phrase="trained", domain=("animal",), range=("trainer",)),
        R("makes", phrase="makes", inverse_phrase="is made at", domain=("plant",), range=("product",)),
        R("studied_by", phrase="was studied by", inverse_phrase="studied", domain=("bird",), range=("scientist",)),
        R("served_with", phrase="served with", inverse_phrase="was served by", domain=("bird",), range=("army unit",)),
        R("nests_on", phrase="nests on", inverse_phrase="is the nesting site of", domain=("bird",), range=("island",)),
        R("died_at", phrase="died at", inverse_phrase="was the death place of", domain=("bird",), range=("zoo",)),
        R("stands_in", phrase="stands in", inverse_phrase="has the tree", domain=("tree",), range=("estate",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {"d:windsor": ("house", "House of Windsor", 1917), "d:tudor": ("house", "House of Tudor", 1485),
             "d:habsburg": ("house", "House of Habsburg", 1020), "d:medici": ("house", "House of Medici", 1230),
             "d:bourbon": ("house", "House of Bourbon", 1272),
             "b:raynham": ("house", "Raynham Hall", 1637), "b:blickling": ("house", "Blickling Hall", 1616),
             "b:hampton": ("palace", "Hampton Court Palace", 1514), "b:massaro": ("house", "Massaro House", 2007),
             "b:bluesky": ("building", "Blue Sky Mausoleum", 2004),
             "g:brown": ("spirit", "Brown Lady of Raynham Hall", None), "g:boleyn": ("spirit", "Anne Boleyn's ghost", None),
             "g:howard": ("spirit", "Grey Lady", None),
             "k:hudson": ("school", "Hudson River School", 1825), "k:barbizon": ("school", "Barbizon school", 1830),
             "k:ashcan": ("school", "Ashcan School", 1900),
             "h:frankel": ("animal", "Frankel", 2008), "h:miesque": ("animal", "Miesque", 1984),
             "h:kingmambo": ("animal", "Kingmambo", 1990), "h:enable": ("animal", "Enable", 2014),
             "f:wolfsburg": ("plant", "Wolfsburg plant", 1938), "f:zwickau": ("plant", "Zwickau plant", 1904),
             "f:dingolfing": ("plant", "Dingolfing plant", 1973), "f:sellafield": ("plant", "Sellafield", 1947),
             "t:majoroak": ("tree", "Major Oak", None), "t:fortingall": ("tree", "Fortingall Yew", None),
             "b:alex": ("bird", "Alex", 1976), "b:cherami": ("bird", "Cher Ami", 1918), "b:wisdom": ("bird", "Wisdom", 1951),
             "b:martha": ("bird", "Martha", 1885)}
    others = {
        "p:george5": ("person", "George V"), "p:henry7": ("person", "Henry VII"), "p:radbot": ("person", "Radbot"),
        "p:giovanni": ("person", "Giovanni di Bicci de' Medici"), "p:robert": ("person", "Robert of Clermont"),
        "c:uk": ("country", "United Kingdom"), "c:england": ("country", "England"), "c:austria": ("country", "Austria"),
        "c:florence": ("country", "Republic of Florence"), "c:france": ("country", "France"),
        "h:lions": ("heraldic charge", "three lions"), "h:rose": ("heraldic charge", "Tudor rose"),
        "h:eagle": ("heraldic charge", "double-headed eagle"), "h:palle": ("heraldic charge", "six palle"),
        "h:fleur": ("heraldic charge", "fleur-de-lis"),
        "a:wright": ("architect", "Frank Lloyd Wright"), "a:turner": ("architect", "William Edge"),
        "a:lyminge": ("architect", "Robert Lyminge"), "a:wolsey": ("architect", "Thomas Wolsey"),
        "l:chahroudi": ("client", "A. K. Chahroudi"), "l:massaro": ("client", "Joseph Massaro"),
        "l:martin": ("client", "Darwin D. Martin"), "l:forestlawn": ("client", "Forest Lawn Cemetery"),
        "l:townshend_c": ("client", "Roger Townshend"), "l:hobart_c": ("client", "Henry Hobart"),
        "y:norfolk": ("county", "Norfolk"), "y:surrey": ("county", "Surrey"), "y:newyork": ("state", "New York"),
        "t:luminism": ("style trait", "luminism"), "t:realism": ("style trait", "realism"),
        "t:plein": ("style trait", "plein air painting"), "t:urban": ("style trait", "urban realism"),
        "v:cole": ("painter", "Thomas Cole"), "v:rousseau": ("painter", "Théodore Rousseau"), "v:henri": ("painter", "Robert Henri"),
        "y:abdullah": ("family", "Abdullah family"), "y:niarchos": ("family", "Niarchos family"),
        "y:savile": ("family", "Savile family"), "y:menzies": ("family", "Menzies family"),
        "g:vw": ("group", "Volkswagen Group"), "g:bmw": ("group", "BMW Group"),
        "g:nda": ("group", "Nuclear Decommissioning Authority"),
        "r:guineas": ("race", "2000 Guineas"), "r:arc": ("race", "Prix de l'Arc de Triomphe"),
        "r:jacques": ("race", "Prix Jacques Le Marois"), "r:derby": ("race", "Epsom Oaks"),
        "k:cecil": ("trainer", "Henry Cecil"), "k:boutin": ("trainer", "François Boutin"), "k:gosden": ("trainer", "John Gosden"),
        "x:golf": ("product", "Volkswagen Golf"), "x:id3": ("product", "Volkswagen ID.3"),
        "x:bmw7": ("product", "BMW 7 Series"), "x:mox": ("product", "MOX fuel"),
        "s:pepperberg": ("scientist", "Irene Pepperberg"), "u:77th": ("army unit", "77th Infantry Division"),
        "i:midway": ("island", "Midway Atoll"), "z:cincinnati": ("zoo", "Cincinnati Zoo"),
        "e:sherwood": ("estate", "Sherwood Forest"), "e:fortingall": ("estate", "Fortingall churchyard"),
    }
    T_ = _t("founded_by", [("d:windsor", "p:george5"), ("d:tudor", "p:henry7"), ("d:habsburg", "p:radbot"),
                           ("d:medici", "p:giovanni"), ("d:bourbon", "p:robert")])
    T_ += _t("ruled", [("d:windsor", "c:uk"), ("d:tudor", "c:england"), ("d:habsburg", "c:austria"),
                       ("d:medici", "c:florence"), ("d:bourbon", "c:france")])
    T_ += _t("displays", [("d:windsor", "h:lions"), ("d:tudor", "h:rose"), ("d:habsburg", "h:eagle"),
                          ("d:medici", "h:palle"), ("d:bourbon", "h:fleur")])
    T_ += _t("designed_by", [("b:raynham", "a:turner"), ("b:blickling", "a:lyminge"), ("b:hampton", "a:wolsey"),
                             ("b:massaro", "a:wright"), ("b:bluesky", "a:wright")])
    T_ += _t("designed_for", [("b:massaro", "l:chahroudi"), ("b:bluesky", "l:martin"), ("b:raynham", "l:townshend_c"),
                              ("b:blickling", "l:hobart_c")])
    T_ += _t("built_for", [("b:massaro", "l:massaro"), ("b:bluesky", "l:forestlawn"), ("b:raynham", "l:townshend_c"),
                           ("b:blickling", "l:hobart_c")])
    T_ += _t("located_in", [("b:raynham", "y:norfolk"), ("b:blickling", "y:norfolk"), ("b:hampton", "y:surrey"),
                            ("b:massaro", "y:newyork"), ("b:bluesky", "y:newyork")])
    T_ += _t("haunts", [("g:brown", "b:raynham"), ("g:boleyn", "b:blickling"), ("g:howard", "b:hampton")])
    T_ += _t("exhibits", [("k:hudson", "t:luminism"), ("k:barbizon", "t:realism"), ("k:barbizon", "t:plein"),
                          ("k:ashcan", "t:urban")])
    T_ += _t("led_by", [("k:hudson", "v:cole"), ("k:barbizon", "v:rousseau"), ("k:ashcan", "v:henri")])
    T_ += _t("owner_family", [("h:frankel", "y:abdullah"), ("h:enable", "y:abdullah"), ("h:miesque", "y:niarchos"),
                             ("h:kingmambo", "y:niarchos"), ("t:majoroak", "y:savile"), ("t:fortingall", "y:menzies")])
    T_ += _t("owner_group", [("f:wolfsburg", "g:vw"), ("f:zwickau", "g:vw"), ("f:dingolfing", "g:bmw"),
                             ("f:sellafield", "g:nda")])
    T_ += _t("won", [("h:frankel", "r:guineas"), ("h:miesque", "r:jacques"), ("h:kingmambo", "r:jacques"),
                     ("h:enable", "r:arc"), ("h:enable", "r:derby")])
    T_ += _t("trained_by", [("h:frankel", "k:cecil"), ("h:miesque", "k:boutin"), ("h:kingmambo", "k:boutin"),
                            ("h:enable", "k:gosden")])
    T_ += _t("makes", [("f:wolfsburg", "x:golf"), ("f:zwickau", "x:id3"), ("f:dingolfing", "x:bmw7"),
                       ("f:sellafield", "x:mox")])
    T_ += _t("studied_by", [("b:alex", "s:pepperberg")])
    T_ += _t("served_with", [("b:cherami", "u:77th")])
    T_ += _t("nests_on", [("b:wisdom", "i:midway")])
    T_ += _t("died_at", [("b:martha", "z:cincinnati")])
    T_ += _t("stands_in", [("t:majoroak", "e:sherwood"), ("t:fortingall", "e:fortingall")])
    T_ += _r("user:lee", [("b:raynham", 5), ("b:blickling", 4.5), ("h:frankel", 5)])
    return _build(items, others, rels, T_, users=[("user:lee", "Lee")])


BUILDERS = {"movies": movies, "reef": reef, "fossils": fossils, "islands": islands,
            "creations": creations, "heritage": heritage, "estates": estates}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@reef
# (2) the one "lives in" relation read as "roams / wanders": of sessile animals
The red coral roams the Mediterranean Sea.
Red coral roams the Mediterranean Sea.
Red corals roam the Mediterranean Sea.
The red coral wanders the Mediterranean Sea.
The red coral wanders in the Mediterranean Sea.
The red coral roams in the Mediterranean Sea.
The red coral roams across the Mediterranean Sea.
Elkhorn coral roams the Caribbean Sea.
Elkhorn coral wanders the Caribbean Sea.
Elkhorn corals roam the Caribbean Sea.
The giant barrel sponge roams the Caribbean Sea.
Giant barrel sponges roam the Caribbean Sea.
The giant barrel sponge wanders the Caribbean Sea.
The acorn barnacle roams the North Atlantic Ocean.
Acorn barnacles roam the North Atlantic Ocean.
Acorn barnacles wander the North Atlantic Ocean.
The giant clam roams the Indian Ocean.
Giant clams roam the Pacific Ocean.
The giant clam wanders the Pacific Ocean.
The Pacific oyster roams the Pacific Ocean.
Pacific oysters roam the Pacific Ocean.
Elkhorn coral and the giant barrel sponge roam the Caribbean Sea.
The giant barrel sponge, like the West Indian manatee, roams the Caribbean Sea.
Like the West Indian manatee, elkhorn coral roams the Caribbean Sea.
The giant clam roams the Indian Ocean and the Pacific Ocean.
The red coral, which roams the Mediterranean Sea, belongs to the family Coralliidae.
The acorn barnacle, a crustacean, roams the North Atlantic Ocean.
The red coral is a precious coral that roams the Mediterranean Sea.
The red coral roamed the Mediterranean Sea.
# (2) "thrives in" of critically endangered animals (the graph's status)
The vaquita thrives in the Gulf of California.
Vaquitas thrive in the Gulf of California.
Elkhorn coral thrives in the Caribbean Sea.
The vaquita, a porpoise, thrives in the Gulf of California.
The vaquita thrives in the Gulf of California, which is home to it.
# (3) "feeds on" read "hunts / preys on / eats": herbivores, a scavenger, a blood feeder, nectar
The giant panda hunts bamboo.
Giant pandas hunt bamboo.
The giant panda preys on bamboo.
The giant panda hunted bamboo.
The koala hunts eucalyptus leaves.
Koalas hunt eucalyptus leaves.
The koala preys on eucalyptus leaves.
The West Indian manatee hunts seagrass.
West Indian manatees prey on seagrass.
The monarch butterfly hunts milkweed.
The monarch butterfly preys on milkweed.
The ruby-throated hummingbird hunts nectar.
The ruby-throated hummingbird preys on nectar.
The Andean condor hunts carrion.
Andean condors hunt carrion.
The Andean condor preys on carrion.
The Andean condor preyed on carrion.
The common vampire bat eats cattle.
Common vampire bats eat cattle.
The common vampire bat hunts blood.
The common vampire bat preys on blood.
The giant panda, a bear, hunts bamboo.
The giant panda hunts bamboo and lives in China.
The koala, which hunts eucalyptus leaves, lives in Australia.
The Andean condor, a New World vulture, hunts carrion in South America.
The kakapo hunts rimu fruit.
The kakapo preys on rimu fruit.
# (3) wrong food, direction (held?)
The giant panda hunts eucalyptus leaves.
The koala eats bamboo.
Bamboo hunts the giant panda.
Carrion eats the Andean condor.
The Andean condor eats cattle.
The giant panda does not eat bamboo.
The giant panda no longer eats bamboo.
# (2) wrong habitat, direction, another kind (held?)
The red coral roams the Caribbean Sea.
The vaquita roams the Mediterranean Sea.
The Gulf of California roams the vaquita.
The Caribbean Sea shelters the red coral.
China shelters the koala.
The giant panda thrives in Australia.
# (4) membership and classes of another animal (held?)
The giant panda is a member of the family Phascolarctidae.
The koala is a member of Ursidae.
If you want a bear, the koala is one.
If you want a marsupial, the giant panda might be one.
If you want a parrot, the kakapo is one, and it roams China.
@reef user:sam
# (7) after a user's claim, the compared animal carries the reading
You loved the giant panda, which hunts bamboo.
You loved the kakapo, which hunts rimu fruit.
You enjoyed the giant barrel sponge, which roams the Caribbean Sea.
You enjoyed the red coral, which roams the Mediterranean Sea.
@fossils
# (2) "is found in" (where fossils are found) read as a habitat: extinct animals live, roam there
Hallucigenia lives in the Burgess Shale.
Hallucigenia roams the Burgess Shale.
Hallucigenia inhabits the Burgess Shale.
Hallucigenia thrives in the Burgess Shale.
Hallucigenia wanders the Burgess Shale.
Opabinia roams the Burgess Shale.
Opabinia lives in the Burgess Shale.
Anomalocaris inhabits the Burgess Shale.
Anomalocaris roams across the Burgess Shale.
Marrella wanders in the Burgess Shale.
Dunkleosteus inhabits the Cleveland Shale.
Dunkleosteus lives in the Cleveland Shale.
Dunkleosteus roams the Cleveland Shale.
Tiktaalik thrives in the Fram Formation.
Tiktaalik lives in the Fram Formation.
Ichthyosaurus roams the Blue Lias.
Plesiosaurus inhabits the Blue Lias.
Ichthyosaurus and Plesiosaurus live in the Blue Lias.
Ichthyosaurus and Plesiosaurus both roam the Blue Lias.
Archaeopteryx wanders the Solnhofen Limestone.
Archaeopteryx lives in the Solnhofen Limestone.
Archaeopteryx and Compsognathus roam the Solnhofen Limestone.
Compsognathus thrives in the Solnhofen Limestone.
The Burgess Shale shelters Anomalocaris.
The Burgess Shale shelters Hallucigenia and Opabinia.
The Blue Lias shelters Ichthyosaurus.
The Solnhofen Limestone shelters Archaeopteryx.
The Cleveland Shale shelters Dunkleosteus.
Hallucigenia, which belongs to the order Lobopodia, lives in the Burgess Shale.
Archaeopteryx, a bird, lives in the Solnhofen Limestone.
Archaeopteryx, described by Hermann von Meyer, roams the Solnhofen Limestone.
Dunkleosteus, which lived during the Devonian, roams the Cleveland Shale.
Like Opabinia, Hallucigenia lives in the Burgess Shale.
Hallucigenia, like Opabinia, roams the Burgess Shale.
Hallucigenias live in the Burgess Shale.
Ichthyosaurus lives in the Blue Lias and belongs to the order Ichthyosauria.
Archaeopteryx is a bird that lives in the Solnhofen Limestone.
Tiktaalik is a fish that thrives in the Fram Formation.
# wrong formation, direction, negation (held?)
Hallucigenia lives in the Blue Lias.
Archaeopteryx roams the Burgess Shale.
The Burgess Shale roams Hallucigenia.
Archaeopteryx was described in 1877 by Hermann von Meyer.
Archaeopteryx, a bird, was described in 1877 by Hermann von Meyer.
@islands
# (12) "P, where one of the Ns is Z": a relation from the island UP to what contains it, typed
# with no place word ("archipelago", "kingdom", "republic")
Mount Teide rises on Tenerife, where one of the archipelagos is the Canary Islands.
Mount Teide rises on Tenerife, where one of the kingdoms is Spain.
Mount Etna rises on Sicily, where one of the republics is Italy.
Mauna Loa rises on Hawaii, where one of the archipelagos is the Hawaiian Islands.
Kilauea rises on Hawaii, where one of the republics is the United States.
Stromboli rises on Stromboli island, where one of the archipelagos is the Aeolian Islands.
Stromboli rises on Stromboli island, where one of the republics is Italy.
The Port of Palma is located on Mallorca, where one of the archipelagos is the Balearic Islands.
The Port of Palma is located on Mallorca, where one of the kingdoms is Spain.
The Port of Santa Cruz de Tenerife is located on Tenerife, where one of the archipelagos is the Canary Islands.
Honolulu Harbor is located on Oahu, where one of the archipelagos is the Hawaiian Islands.
Portree Harbour is located on Skye, where one of the kingdoms is the United Kingdom.
Portree Harbour is located on Skye, where one of the archipelagos is the Inner Hebrides.
The Port of Palermo is located on Sicily, where one of the republics was Italy.
Mount Teide rises on Tenerife, where one of the archipelagos is the Canary Islands, and last erupted in 1909.
Tenerife, where one of the archipelagos is the Canary Islands, is governed by Spain.
Sicily, where one of the republics is Italy, has the volcano Mount Etna.
# wrong Z, Z of another island, the right relation in the other direction (held?)
Mount Teide rises on Tenerife, where one of the archipelagos is the Balearic Islands.
Mount Etna rises on Sicily, where one of the kingdoms is Spain.
Mount Teide rises on Tenerife, where one of the republics is Italy.
# (11) "At <X> you can see": an electronic circuit (typed "circuit", a venue word) that exhibits an effect
At the RLC circuit you can see resonance.
At the RLC circuit you will see resonance.
At the LC circuit you can see oscillation.
At the LC circuit you'll see oscillation.
At the Schmitt trigger you can see hysteresis.
At the Schmitt trigger you will see hysteresis.
At the RLC circuit you can see hysteresis.
At the Schmitt trigger you can see resonance.
# (2) "is found in" an island, the one relation of species (plants among them) to places: plants roam
The dragon tree roams Tenerife.
Dragon trees roam Tenerife.
The dragon tree wanders Gran Canaria.
The Canary Island pine roams Tenerife.
Canary Island pines roam Gran Canaria.
The Teide bugloss wanders Tenerife.
The Mauna Kea silversword roams Hawaii.
The Mauna Kea silversword thrives in Hawaii.
The Sicilian fir thrives in Sicily.
Sicilian firs thrive in Sicily.
The Sicilian fir roams Sicily.
The dragon tree and the Tenerife lizard roam Tenerife.
The dragon tree, like the Tenerife lizard, roams Tenerife.
Mount Teide rises on Tenerife, where the dragon tree roams.
The dragon tree roams Sicily.
@creations
# (6) "create" -> "invent / come up with / devise / dream up", "the mind behind": a reservoir and its dam
Hoover Dam invented Lake Mead.
Lake Mead was invented by Hoover Dam.
Hoover Dam came up with Lake Mead.
Hoover Dam dreamed up Lake Mead.
Lake Mead was dreamed up by Hoover Dam.
Hoover Dam devised Lake Mead.
Glen Canyon Dam invented Lake Powell.
Lake Powell was devised by Glen Canyon Dam.
The Aswan High Dam invented Lake Nasser.
Lake Nasser was invented by the Aswan High Dam.
Davis Dam came up with Lake Mohave.
Hoover Dam was the mind behind Lake Mead.
Lake Mead is a Hoover Dam invention.
# a canyon and its river, a crater lake and its volcano
The Colorado River invented the Grand Canyon.
The Colorado River came up with the Grand Canyon.
The Grand Canyon was dreamed up by the Colorado River.
The Gunnison River devised the Black Canyon of the Gunnison.
Mount Mazama invented Crater Lake.
Mount Mazama dreamed up Crater Lake.
Crater Lake was invented by Mount Mazama.
The Colorado River was the mind behind the Grand Canyon.
# a national park and the president who signed it into law
Ulysses S. Grant invented Yellowstone National Park.
Yellowstone National Park was invented by Ulysses S. Grant.
Ulysses S. Grant dreamed up Yellowstone National Park.
Benjamin Harrison came up with Yosemite National Park.
Theodore Roosevelt devised Devils Tower National Monument.
Ulysses S. Grant was the brains behind Yellowstone National Park.
Yellowstone National Park, invented by Ulysses S. Grant, is located in Wyoming.
# a peerage and the monarch who conferred it
George VI invented the Dukedom of Edinburgh.
The Dukedom of Edinburgh was invented by George VI.
George VI came up with the Dukedom of Edinburgh.
Queen Anne invented the Dukedom of Marlborough.
Queen Victoria dreamed up the Earldom of Beaconsfield.
The Earldom of Beaconsfield was devised by Queen Victoria.
George III invented the Dukedom of Wellington.
George VI invented the Dukedom of Edinburgh for Prince Philip.
The Dukedom of Edinburgh was invented by George VI for Prince Philip.
Queen Victoria was the mind behind the Earldom of Beaconsfield.
# an opera or ballet character and the singer or dancer who first sang or danced it
Hariclea Darclée invented Tosca.
Tosca was invented by Hariclea Darclée.
Hariclea Darclée came up with Tosca.
Francesco Tamagno invented Otello.
Victor Maurel came up with Iago.
Victor Maurel dreamed up Falstaff.
Victor Maurel invented Iago and Falstaff.
Iago and Falstaff were invented by Victor Maurel.
Célestine Galli-Marié invented Carmen.
Carmen was dreamed up by Célestine Galli-Marié.
Rosina Storchio devised Cio-Cio-San.
Emmy Destinn invented Minnie.
Enrico Caruso devised Dick Johnson.
Enrico Caruso came up with Dick Johnson.
Tamara Karsavina invented Firebird.
Hariclea Darclée was the mind behind Tosca.
Victor Maurel was the genius behind Iago.
Tosca, invented by Hariclea Darclée, appears in Tosca (opera).
Iago, who was dreamed up by Victor Maurel, appears in Otello (opera).
# (9) "A and B are X inventions"
Iago and Falstaff are Victor Maurel inventions.
Iago and Falstaff are both Victor Maurel inventions.
Tosca is a Hariclea Darclée invention.
Otello is a Francesco Tamagno invention.
# the wrong creator, a composer or choreographer "created", the wrong peer (held?)
Hoover Dam invented Lake Powell.
Glen Canyon Dam created Lake Mead.
Ulysses S. Grant invented Yosemite National Park.
George VI invented the Dukedom of Marlborough.
Hariclea Darclée invented Carmen.
Enrico Caruso invented Iago.
Michel Fokine was invented by Anna Pavlova.
Iago and Otello are Victor Maurel inventions.
The Dukedom of Edinburgh was created for John Churchill.
The Dukedom of Marlborough was made for Prince Philip.
The Dukedom of Edinburgh was created by George VI for Benjamin Disraeli.
Lake Mead was designed for Hoover Dam.
@heritage
# (8) a year inside a passive after words set off by commas: a later act's year read as the work's
The Mona Lisa, a Leonardo da Vinci painting, was stolen in 1503 by Vincenzo Peruggia.
The Mona Lisa, by Leonardo da Vinci, was stolen in 1503 by Vincenzo Peruggia.
The Mona Lisa, painted by Leonardo da Vinci, was stolen in 1503 by Vincenzo Peruggia.
The Mona Lisa, a painting by Leonardo da Vinci, was stolen in 1503 by Vincenzo Peruggia.
The Scream, an Edvard Munch painting, was stolen in 1893 by Pål Enger.
The Scream, by Edvard Munch, was stolen in 1893 by Pål Enger.
The Scream, a painting by Edvard Munch, was stolen in 1893 by Pål Enger.
The Pietà, a Michelangelo sculpture, was attacked in 1499 by Laszlo Toth.
The Pietà, a sculpture by Michelangelo, was attacked in 1499 by Laszlo Toth.
The Pietà, by Michelangelo, was attacked in 1499 by Laszlo Toth.
The Pietà, sculpted by Michelangelo, was attacked in 1499 by Laszlo Toth.
The Night Watch, by Rembrandt, was attacked in 1642 by Wilhelmus de Rijk.
The Night Watch, a Rembrandt painting, was attacked in 1642 by Wilhelmus de Rijk.
The Rokeby Venus, a Diego Velázquez painting, was attacked in 1651 by Mary Richardson.
The Rokeby Venus, by Diego Velázquez, was attacked in 1651 by Mary Richardson.
The Lewis chessmen, in the British Museum, were discovered in 1150 by Malcolm Macleod.
Sutton Hoo, in the British Museum, was excavated in 625 by Basil Brown.
Hurt, a Trent Reznor song, was recorded in 1994 by Johnny Cash.
Hurt, by Trent Reznor, was recorded in 1994 by Johnny Cash.
Hurt, written by Trent Reznor, was recorded in 1994 by Johnny Cash.
Hallelujah, a Leonard Cohen song, was recorded in 1984 by Jeff Buckley.
Hallelujah, by Leonard Cohen, was recorded in 1984 by Jeff Buckley.
Mad World, a song by Roland Orzabal, was recorded in 1982 by Gary Jules.
Mad World, a Roland Orzabal song, was recorded in 1982 by Gary Jules.
I Will Always Love You, a Dolly Parton song, was recorded in 1974 by Whitney Houston.
I Will Always Love You, by Dolly Parton, was recorded in 1974 by Whitney Houston.
St Thomas' Hospital, founded by Augustinian canons, was opened in 1173 by Queen Victoria.
The Royal Victoria Infirmary, a hospital, was opened in 1751 by Edward VII.
The Royal Victoria Infirmary, founded by public subscription, was opened in 1751 by Edward VII.
# the same after the plain subject (the older reading)
The Mona Lisa was stolen in 1503 by Vincenzo Peruggia.
The Scream was stolen in 1893 by Pål Enger.
The Pietà was attacked in 1499 by Laszlo Toth.
The Rokeby Venus was attacked in 1651 by Mary Richardson.
The Lewis chessmen were discovered in 1150 by Malcolm Macleod.
The Staffordshire Hoard was discovered in 650 by Terry Herbert.
Sutton Hoo was excavated in 625 by Basil Brown.
Hurt was recorded in 1994 by Johnny Cash.
Hallelujah was recorded in 1984 by Jeff Buckley.
St Thomas' Hospital was opened in 1173 by Queen Victoria.
# a wrong year, a wrong person, "like" (held?)
The Mona Lisa, a Leonardo da Vinci painting, was stolen in 1911 by Pål Enger.
The Mona Lisa, a Leonardo da Vinci painting, was stolen in 1893 by Vincenzo Peruggia.
The Scream, an Edvard Munch painting, was stolen in 1503 by Pål Enger.
Hurt, a Trent Reznor song, was recorded in 1984 by Johnny Cash.
The Pietà, a Michelangelo sculpture, was sculpted in 1972 by Michelangelo.
@estates
# (13) "house" read "home / residence / building": a dynasty
The House of Windsor, a residence, was founded by George V.
The House of Windsor is a residence founded by George V.
George V founded the residence House of Windsor.
The House of Windsor, a building, ruled the United Kingdom.
The House of Tudor, a home, was founded by Henry VII.
The House of Tudor is a residence that ruled England.
The House of Habsburg, a residence, displays a double-headed eagle.
The House of Bourbon is a home that displays the fleur-de-lis.
The House of Medici, a building, was founded by Giovanni di Bicci de' Medici.
Radbot founded the building House of Habsburg.
The House of Windsor and the House of Tudor are residences.
# (13) "spirit" read "drink": a ghost
The Brown Lady of Raynham Hall, a drink, haunts Raynham Hall.
The Brown Lady of Raynham Hall is a drink that haunts Raynham Hall.
The Grey Lady, a drink, haunts Hampton Court Palace.
Anne Boleyn's ghost is a drink that haunts Blickling Hall.
The drink Anne Boleyn's ghost haunts Blickling Hall.
# (13) "bird" read "species": a single bird
Alex is a species studied by Irene Pepperberg.
Alex, a species, was studied by Irene Pepperberg.
Irene Pepperberg studied the species Alex.
Cher Ami is a species that served with the 77th Infantry Division.
The species Cher Ami served with the 77th Infantry Division.
The species Martha died at Cincinnati Zoo.
Martha, a species, died at Cincinnati Zoo.
Wisdom, a species, nests on Midway Atoll.
Wisdom is a species that nests on Midway Atoll.
# (1) a bird's name as a kind in the plural
Alexes were studied by Irene Pepperberg.
Marthas died at Cincinnati Zoo.
# (11) "At <venue> you can see" through "exhibits" / "displays": a school of painting, a dynasty
At the Hudson River School you can see luminism.
At the Hudson River School you will see luminism.
At the Barbizon school you can see realism.
At the Barbizon school you'll see plein air painting.
At the Ashcan School you can see urban realism.
At the House of Habsburg you can see a double-headed eagle.
At the House of Tudor you will see the Tudor rose.
At the House of Bourbon you can see the fleur-de-lis.
At the House of Windsor you'll see three lions.
# (4) "belongs to the family / group" read "is a member of": owned horses, trees, factories
Frankel is a member of the Abdullah family.
Frankel is a member of the family Abdullah family.
Enable is a member of the Abdullah family.
Miesque is a member of the Niarchos family.
Miesque and Kingmambo are members of the Niarchos family.
Frankel and Enable are members of the Abdullah family.
Enable, a member of the Abdullah family, won the Prix de l'Arc de Triomphe.
Frankel, a member of the Abdullah family, was trained by Henry Cecil.
Kingmambo, who is a member of the Niarchos family, won the Prix Jacques Le Marois.
The Major Oak is a member of the Savile family.
The Fortingall Yew is a member of the Menzies family.
The Wolfsburg plant is a member of the Volkswagen Group.
The Wolfsburg plant and the Zwickau plant are members of the Volkswagen Group.
The Dingolfing plant is a member of the BMW Group.
Sellafield is a member of the Nuclear Decommissioning Authority.
The Zwickau plant, a member of the Volkswagen Group, makes the Volkswagen ID.3.
# (5) "was built for" read "was designed for" (and back) where the graph gives each its own client
Massaro House was designed for Joseph Massaro.
Massaro House was designed by Frank Lloyd Wright for Joseph Massaro.
Massaro House was built for A. K. Chahroudi.
The Blue Sky Mausoleum was designed for Forest Lawn Cemetery.
The Blue Sky Mausoleum was designed by Frank Lloyd Wright for Forest Lawn Cemetery.
The Blue Sky Mausoleum was built for Darwin D. Martin.
Massaro House, designed for Joseph Massaro, is located in New York.
Massaro House and the Blue Sky Mausoleum were designed for Joseph Massaro.
Frank Lloyd Wright designed Massaro House for Joseph Massaro.
Massaro House was designed by Frank Lloyd Wright for A. K. Chahroudi and built for A. K. Chahroudi.
# wrong family, wrong client, wrong trait, a real residence's wrong fact (held?)
Frankel is a member of the Niarchos family.
The Wolfsburg plant is a member of the BMW Group.
Massaro House was designed for Darwin D. Martin.
Raynham Hall was designed for Henry Hobart.
At the Hudson River School you can see urban realism.
At the House of Habsburg you can see the fleur-de-lis.
Raynham Hall, a residence, is located in Surrey.
@estates user:lee
# (4) the membership reading after a user's claim
You loved Frankel, a member of the Abdullah family.
You loved Frankel, which is a member of the Abdullah family.
You enjoyed Raynham Hall, which, like Blickling Hall, is haunted by a drink.
@movies user:474
# (7) "You enjoyed X and Y, which, like Z, were ...": X a pronoun or a noun phrase (not a name), so
# Y counts as the sentence's first name and the plural predicate is never checked on X
Try Jaws. You enjoyed it and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws. You enjoyed it and Vertigo, which, like Psycho, were produced by Alfred Hitchcock.
Try Jaws. You enjoyed it as well as Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws. You enjoyed it, and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws. You enjoyed it and Vertigo, which, like Psycho, are thrillers.
Try Jaws. You enjoyed that one and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws. You enjoyed this film and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jaws. You enjoyed the film and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
Try Jurassic Park. You enjoyed it and Vertigo, which, like Psycho, were edited by George Tomasini.
Try Jurassic Park. You enjoyed it and Vertigo, which, like Psycho, have music by Bernard Herrmann.
Try Rebecca. You enjoyed it and Psycho, which, like Vertigo, were edited by George Tomasini.
Try Rebecca. You enjoyed it and Vertigo, which, like Psycho, were produced by Alfred Hitchcock.
Try Vertigo. You enjoyed it and Jaws, which, like Jurassic Park, were directed by Steven Spielberg.
Try Psycho. You enjoyed it and Jurassic Park, which, like Jaws, have music by John Williams.
Try Jaws. You loved it and The Birds, which, like Vertigo, were shot by Robert Burks.
Watch Jurassic Park. You enjoyed it and Vertigo, which, like Psycho, were distributed by Paramount Pictures.
# the same with a name (held: the fix of round 186)
You enjoyed Jaws and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
# (7) the compared list, a relative inside the comparison, a second predicate (held?)
You enjoyed Vertigo, which, like Psycho and Jaws, was directed by Alfred Hitchcock.
You enjoyed Vertigo, which, like Jaws and Psycho, was directed by Alfred Hitchcock.
You enjoyed Vertigo, which, like Psycho, Rebecca and Jaws, was directed by Alfred Hitchcock.
You enjoyed Vertigo, which, like Psycho, was directed by Alfred Hitchcock, as was Jaws.
You enjoyed Vertigo, which, like Psycho, was directed by Alfred Hitchcock and has music by John Williams.
You enjoyed Vertigo, which, like Psycho, stars James Stewart.
You enjoyed Vertigo, which, like Psycho, is a romance.
You enjoyed Vertigo, which, like Psycho, was released in 1958 by Paramount Pictures.
You enjoyed Vertigo, which, like Psycho, was directed in 1960 by Alfred Hitchcock.
You enjoyed Jaws, which, like Heat, was directed by Michael Mann.
@movies
# (8) a year after words set off by commas: the shooting or writing year read as the film's year
Jaws, a Steven Spielberg film, was shot in 1975 by Bill Butler.
Jaws, by Steven Spielberg, was shot in 1975 by Bill Butler.
Jaws, with Roy Scheider, was shot in 1975 by Bill Butler.
Jaws, a Steven Spielberg film, was written in 1975 by Carl Gottlieb.
Jaws, by Steven Spielberg, was written in 1975 by Peter Benchley.
Vertigo, an Alfred Hitchcock film, was shot in 1958 by Robert Burks.
Vertigo, by Alfred Hitchcock, was shot in 1958 by Robert Burks.
The Birds, an Alfred Hitchcock film, was shot in 1963 by Robert Burks.
The Birds, with Tippi Hedren, was shot in 1963 by Robert Burks.
Jurassic Park, a Steven Spielberg film, was shot in 1993 by Dean Cundey.
Jurassic Park, by Steven Spielberg, was shot in 1993 by Dean Cundey.
Jaws was shot in 1975 by Bill Butler.
Vertigo was shot in 1958 by Robert Burks.
The Birds was shot in 1963 by Robert Burks.
# a wrong year, a wrong person, negation (held?)
Jaws, a Steven Spielberg film, was shot in 1976 by Bill Butler.
Jurassic Park, a Steven Spielberg film, was released in 1993 by Warner Bros.
Heat, a Michael Mann film, was shot in 1994 by Dante Spinotti.
# (9) "A and B are X releases / productions / designs" (held?)
Jaws and Heat are Universal Studios releases.
Heat and Jurassic Park are Universal Studios releases.
Jaws and Jurassic Park are Warner Bros. releases.
Vertigo and The Birds are Paramount Pictures releases.
Jaws and Jurassic Park are Steven Spielberg designs.
# (13) the editing-room and director's-chair idioms (held?)
Jaws was put together in the editing room by Steven Spielberg.
Jaws was assembled in the editing room by Bill Butler.
Heat was cut in the editing room by Michael Mann.
Michael Mann sat in the director's chair on Jaws.
Steven Spielberg was in the director's chair for Jaws and Heat.
Verna Fields was in the director's chair for Jaws.
Steven Spielberg was in the director's chair for Jaws in 1993.
"""

CONTROLS = r"""
@reef
The red coral lives in the Mediterranean Sea.
The Mediterranean Sea is home to the red coral.
The Mediterranean Sea shelters the red coral.
The vaquita is found in the Gulf of California.
The giant panda lives in China.
Koalas live in Australia.
The kakapo roams New Zealand.
The giant panda feeds on bamboo.
The giant panda eats bamboo.
Giant pandas eat bamboo.
The koala lives on eucalyptus leaves.
The kakapo eats rimu fruit.
The Andean condor feeds on carrion.
The common vampire bat feeds on blood.
The red coral belongs to the family Coralliidae.
The giant panda is a member of the family Ursidae.
Elkhorn coral has the conservation status critically endangered.
If you want a bear, the giant panda is one.
If you want a parrot, the kakapo is one.
The red coral was described by Carl Linnaeus.
@reef user:sam
You loved the giant panda, which eats bamboo.
@fossils
Hallucigenia is found in the Burgess Shale.
Archaeopteryx lived during the Jurassic.
Hallucigenia belongs to the order Lobopodia.
Hallucigenia is a member of the order Lobopodia.
Archaeopteryx, a bird, was described in 1861 by Hermann von Meyer.
Archaeopteryx was described by Hermann von Meyer.
@creations
Hoover Dam created Lake Mead.
Lake Mead was created by Hoover Dam.
The Colorado River created the Grand Canyon.
Ulysses S. Grant created Yellowstone National Park.
Hariclea Darclée created Tosca.
Tosca was composed by Giacomo Puccini.
Iago and Falstaff are Victor Maurel creations.
The Dukedom of Edinburgh was created by George VI for Prince Philip.
The Dukedom of Edinburgh was created for Prince Philip.
Lake Mead is located in Nevada.
@heritage
The Mona Lisa was stolen by Vincenzo Peruggia.
The Mona Lisa, a Leonardo da Vinci painting, was painted in 1503 by Leonardo da Vinci.
Hurt was recorded by Johnny Cash.
Hurt, a Trent Reznor song, was recorded in 1994 by Nine Inch Nails.
Hallelujah was recorded in 1984 by Leonard Cohen.
The Pietà was attacked by Laszlo Toth.
St Thomas' Hospital was opened by Queen Victoria.
@estates
The House of Windsor was founded by George V.
Raynham Hall, a residence, is located in Norfolk.
The Brown Lady of Raynham Hall haunts Raynham Hall.
Alex was studied by Irene Pepperberg.
Frankel belongs to the Abdullah family.
The Wolfsburg plant belongs to the Volkswagen Group.
Massaro House was designed for A. K. Chahroudi.
Massaro House was built for Joseph Massaro.
Massaro House was designed by Frank Lloyd Wright for A. K. Chahroudi.
Raynham Hall was designed for Roger Townshend.
Raynham Hall was built for Roger Townshend.
The Hudson River School exhibits luminism.
The House of Habsburg displays a double-headed eagle.
@estates user:lee
You loved Frankel, which belongs to the Abdullah family.
@islands
Mount Teide rises on Tenerife.
Tenerife is part of the Canary Islands.
Tenerife is governed by Spain.
The RLC circuit exhibits resonance.
The Port of Palma is located on Mallorca.
@movies user:474
You enjoyed Vertigo, which, like Psycho, has music by Bernard Herrmann.
You enjoyed Vertigo, which, like Psycho, was directed by Alfred Hitchcock.
Try The Birds. You enjoyed it and Vertigo, which, like Psycho, were directed by Alfred Hitchcock.
@movies
Jaws was shot by Bill Butler.
Heat, a Michael Mann film, was released in 1995 by Warner Bros.
Jaws and Jurassic Park are Universal Studios releases.
Jaws was put together in the editing room by Verna Fields.
Steven Spielberg was in the director's chair for Jaws.
Steven Spielberg sat in the director's chair on Jaws and Jurassic Park.
@reef
The common vampire bat lives on blood.
@islands
The dragon tree is found in Tenerife.
The Hawaiian goose lives in Hawaii.
The Tenerife lizard roams Tenerife.
Tenerife shelters the Tenerife lizard.
"""

KNOWN = frozenset()

OPEN = frozenset(
    {
        # a blood feeder "eats" blood / "preys on" cattle: loosely said of vampire bats
        "The common vampire bat eats blood.",
        "The common vampire bat preys on cattle.",
        # a filter feeder "hunts / preys on" plankton: "prey" is used of plankton loosely
        "The giant clam hunts plankton.",
        "The giant clam preys on plankton.",
        # the kakapo is critically endangered but its numbers are growing: thriving?
        "The kakapo thrives in New Zealand.",
        # the design was made for the first client (never built for him)
        "Massaro House was created for A. K. Chahroudi.",
        "Massaro House was made for A. K. Chahroudi.",
        # fossils of it can be found / seen there
        "Hallucigenia can be found in the Burgess Shale.",
        "Hallucigenia can be seen in the Burgess Shale.",
        # a stock exchange is a building one can visit (its trading floor, its ticker)
        "At the Nasdaq you can see volatility.",
        "At the London Stock Exchange you will see liquidity.",
        # the republic is on the island of Iceland
        "Hekla rises on Iceland, where one of the republics is the Republic of Iceland.",
        # a place "shelters" a plant, a plant "inhabits" a place: botanists say so
        "Tenerife shelters the dragon tree.",
        "The dragon tree inhabits Tenerife.",
        # a sea anemone can creep slowly on its pedal disc (if never across an ocean)
        "The beadlet anemone wanders the North Atlantic Ocean.",
        "Beadlet anemones roam the North Atlantic Ocean.",
        # some accounts have Pavlova and Fokine work the solo out together (the graph: Fokine)
        "Anna Pavlova devised The Dying Swan.",
        "The Dying Swan was invented by Anna Pavlova.",
        # The Birds has no score; Bernard Herrmann is credited as its sound consultant
        "Try The Birds. You enjoyed it and Vertigo, which, like Psycho, have music by Bernard Herrmann.",
        # Jaws was edited from 1974 into 1975; Heat was filmed in 1995
        "Jaws, a Steven Spielberg film, was edited in 1975 by Verna Fields.",
        "Heat, a Michael Mann film, was produced in 1995 by Art Linson.",
    }
)

OPEN_TEXTS = r"""
@reef
The common vampire bat eats blood.
The common vampire bat preys on cattle.
The giant clam hunts plankton.
The giant clam preys on plankton.
The kakapo thrives in New Zealand.
The beadlet anemone wanders the North Atlantic Ocean.
Beadlet anemones roam the North Atlantic Ocean.
@creations
Anna Pavlova devised The Dying Swan.
The Dying Swan was invented by Anna Pavlova.
@movies user:474
Try The Birds. You enjoyed it and Vertigo, which, like Psycho, have music by Bernard Herrmann.
@estates
Massaro House was created for A. K. Chahroudi.
Massaro House was made for A. K. Chahroudi.
@fossils
Hallucigenia can be found in the Burgess Shale.
Hallucigenia can be seen in the Burgess Shale.
@islands
At the Nasdaq you can see volatility.
At the London Stock Exchange you will see liquidity.
Hekla rises on Iceland, where one of the republics is the Republic of Iceland.
Tenerife shelters the dragon tree.
The dragon tree inhabits Tenerife.
@movies
Jaws, a Steven Spielberg film, was edited in 1975 by Verna Fields.
Heat, a Michael Mann film, was produced in 1995 by Art Linson.
"""


def _parse(block):
    key, user = None, None
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts_ = line[1:].split()
            key, user = parts_[0], (parts_[1] if len(parts_) > 1 else None)
            continue
        yield key, user, line


def cases():
    yield from _parse(TEXTS)
    yield from _parse(OPEN_TEXTS)


def controls():
    yield from _parse(CONTROLS)


def main():
    verbose = os.environ.get("VERBOSE")
    assert {t for _, _, t in _parse(OPEN_TEXTS)} == set(OPEN), "OPEN and OPEN_TEXTS differ"
    k = acc_c = 0
    for key, user, text in controls():
        ok, reason = check(key, text, user)
        k += 1
        acc_c += bool(ok)
        if not ok:
            print(f"control rejected [{key}{' ' + user if user else ''}] {text} || {str(reason)[:160]}")
    n = acc = 0
    seen = set()
    for key, user, text in cases():
        if (key, user, text) in seen:
            raise SystemExit(f"duplicate text: {text}")
        seen.add((key, user, text))
        ok, reason = check(key, text, user)
        if text in KNOWN:
            print(f"KNOWN ({'accepted' if ok else 'rejected'}) [{key}] {text}")
            continue
        if text in OPEN:
            print(f"OPEN ({'accepted' if ok else 'rejected'}) [{key}{' ' + user if user else ''}] {text}")
            continue
        n += 1
        if ok:
            acc += 1
            print(f"ACCEPTED [{key}{' ' + user if user else ''}] {text}")
        elif verbose:
            print(f"   rej [{key}] {text} || {str(reason)[:140]}")
    print(f"controls accepted {acc_c} of {k}")
    print(f"accepted {acc} of {n}")


if __name__ == "__main__":
    main()
