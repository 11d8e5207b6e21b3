"""Red team round 176 on this round's new readings (CHANGES.diff, after round 175): (1) constructions.py
``found_at_frames``: "P is where you will / 'll / can find X." and "At / In P(,) you will find X." read
as "You'll find X in P" (X "is in" P, or P "has" X); (2) ``question_frames``: "If you like / love /
enjoy / want / are into / are after / are looking for <kind>(,) X is one / is one of them / is one too
/ fits the bill / try X" and "If <kind> is your thing / appeals, ...", the kind's type noun allowed
after its name; (3) index.py: a relation "contains / includes / houses / features" (to an attribute,
no person) reads "has", "with"; "is formed in" a rock ("is the rock of") no longer a feature relation;
(4) lexicon.py: chips, chipsets, processors, CPUs, SoCs as power sources and "is built around" what
powers a thing; "ran on / ran for / worked for" of a rail vehicle's "was operated by" a railway; "came
out of" the developer ("was developed by"); "falls", "cascade" for waterfalls. Round 175's readings
(coin years, "struck in", "appears on", "coded in", parts after "and") are attacked again.

Six graphs of my own (see each builder's docstring): sights (waterfalls with their shapes, rivers,
countries and the towns they are near; towers and skyscrapers with the facilities they "feature";
sea caves with what they "contain" and the rock they are "formed in"; islands; the Temple of Dendur
and London Bridge, moved to the United States), museums (what each "houses", "once housed" or
"borrowed"; exhibitions it "hosted"; a pharaoh's mummy), devices (phones, laptops and a tablet
"powered by" their SoCs or processors, that "use" co-processors: the Titan M2, the Apple T2, the U1 and
U2; their modems, operating systems, makers; chips' designers and foundries), rail (locomotives, a
railcar, a tram, ferries and hotels "operated by" railways; Alan Pegler, a businessman, among the
operators; the railway each was "built for"; builders, drivers, museums, owners, an engine), software
(programs "developed by" firms, projects or programmers, "developed at" labs, "maintained by",
"published by", "written in", "based on"), medals (coins, medals and tokens with and without a
"struck at" edge: the Iron Cross cast at a foundry, the Purple Heart and the subway token "made by"
firms, a cast communion token and a cast coin; obverse "depicts", "has on its reverse", "bears the
inscription").

Findings (92 of 586 false texts accepted; the starting code, CHANGES.diff reversed, accepts none of
them, but 3 others, the KNOWN ones; 37 arguable texts are OPEN):

* (1) the place of "P is where you will find X" is the last name before "is where", whatever the
  subject is (15): a sentence-initial "Next to" is glue (as before this round: KNOWN), so what is
  next to P is read as in P: "Next to Ethiopia is where you will find Blue Nile Falls", "Next to
  Taipei 101 is where you will find a tuned mass damper", "Next to the CN Tower is where you will find
  a glass floor", "Next to the Rijksmuseum is where you will find The Night Watch", "Next to the Louvre
  is where you will find the Mona Lisa", "Next to the iPhone 15 Pro is where you will find the A17
  Pro", "Next to York is where you will find the National Railway Museum" (12); a name inside a
  reduced relative or an unclosed apposition: "The CN Tower taller than Taipei 101 is where you will
  find a tuned mass damper", "The CN Tower, taller than Taipei 101 is where ...", "The Van Gogh
  Museum, near the Rijksmuseum is where you will find The Night Watch" (3).
* (2) the kind's type noun after its name is skipped ("while lowers[q] in index.type_nouns") and never
  checked against the answer's type, so an item of the right attribute and the wrong kind answers
  (49): "If you like tiered falls, Taipei 101 is one" (a tiered skyscraper), "Looking for tiered
  skyscrapers? Gullfoss is one", "If you like tiered falls, Gullfoss and Taipei 101 fit the bill",
  "If you like Canadian waterfalls, the CN Tower is one", "If you like Scotland caves, Staffa is one",
  "If you like A16 Bionic laptops, the iPhone 15 is one", "If you want a Snapdragon 8cx Gen 3 tablet,
  try the ThinkPad X13s", "If you like Caledonian Railway locomotives, the Gleneagles Hotel is one",
  "If you like Napier Deltic ferries, Royal Scots Grey is one", "If you like Rust databases, Firefox
  is one", "If you like gold medals, the Vreneli is one", "If you like copper tokens, the Kan'ei Tsuho
  is one". The old question frames ("Looking for", "In the mood for") leak the same way; the kind and
  noun said outside the frame are checked ("Taipei 101 is a tiered falls": wrong_kind).
* (4) a chip a device "uses" now powers it: a relation "uses" whose objects are chips gets the power
  forms no other relation takes ("is built around", "runs on", "ran on"), so a co-processor reads as
  what the device is built around (10): "The Pixel 8 is built around the Titan M2", "The MacBook Pro
  2019 is built around the Apple T2", "The iPhone 14 Pro is built around the U1", "The Pixel 8 runs
  on the Titan M2", "The MacBook Pro 2019 runs on the Apple T2" (the graph's "is powered by" names
  the Tensor G3, the Core i9).
* (4) "ran on / ran for / worked for" is given to "was operated by" where any subject type is a rail
  vehicle, so hotels and ferries run by railways, and a person among the operators, get it (9): "The
  Midland Hotel ran on the Midland Railway", "The Gleneagles Hotel worked for the London, Midland and
  Scottish Railway", "TSS Duke of Lancaster ran on British Railways", "TSS Cambria ran on the London
  and North Western Railway", "Flying Scotsman ran on Alan Pegler" ("ran for" a railway of a ferry or
  a hotel, "ran / worked for" Pegler are OPEN).
* (4) "came out of" / "emerged from" the developer, where the developer is a programmer (9): "Linux
  came out of Linus Torvalds", "Git came out of Linus Torvalds", "Unix came out of Ken Thompson",
  "GNU Emacs came out of Richard Stallman", "Linux emerged from Linus Torvalds".

Held: (1) X in another country, in a neighbour, near a town P (not in it), once in P (the Temple of
Dendur in Egypt, London Bridge in London), a painting P borrowed or once housed, a person, an
exhibition that is over, lists ("X and Y"), negations ("won't", "will never", "is not where",
"cannot"), "could once", "might", "we"; other openers ("Beside", "Outside", "North of", "Close to",
"Between"), "Sudan, which borders Ethiopia, is where", "as well as"; "At / In P" of another place, of a
person, a river, reversed, a town near it. (2) the wrong shape, in lists, with "the one", "your pick",
"consider", "check out"; a place or a river as the kind; negations ("don't like", "not your thing",
"is not one"), "is one to avoid", a second clause, "one of the tallest", a place after the answer;
an item as the kind. (3) another tower's or cave's feature, "like", lists, "had", "once had", "lacks",
"no"; "has" a painting a museum borrowed or once housed, another museum's, a painter, an exhibition;
"uses" a painting; a rock read "has" (now rejected; the starting code accepted "Fingal's Cave has
basalt", OPEN). (4) "built around" another device's chip, its predecessor's, its modem, its OS, its
maker, its chip's foundry or designer, reversed, negated, in lists, a relative clause of the wrong
chip; "ran on" the railway it was only built for (the Great Northern Railway), another's, in the
present, a driver, a museum, a works; "came out of" a maintainer, a publisher, a base OS; the type
nouns "falls", "cascade" of a skyscraper, a cave, an island, the wrong shape. Round 175's: striking
years of a cast medal, a medal and a token with no striking edge, a cast token, a cast coin; "struck
in" a metal, a city; "struck / minted at / by" a foundry or a firm; "bears", "features", "appears on"
a motto a coin lacks, another's portrait, the obverse's portrait "on its reverse"; "coded /
programmed / implemented in" another language, of a game, a place, reversed; a second part after "and"
or ",".

Rejected controls: "If you like tiered falls, Gullfoss is one too." ("too" unshared: the new answer is
not glued alone), "If tiered falls are your thing, Gullfoss fits the bill.", "If tiered waterfalls
appeal, Gullfoss is one." (the frame ("if",) glues nothing after "If": its "are your thing",
"appeal" are unknown words, so this reading never accepts), "The National Railway Museum is where you
will find Flying Scotsman." ("is preserved at" has no "is in"), "The Parys Mine penny was first struck
in 1787." ("first struck" unread), "The Iron Cross was introduced in 1813." (a medal with no striking
edge on a graph with struck items).
"""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=(), aliases=None):
    aliases = aliases or {}
    ents = [E(k, kind="item", type=t, label=n, aliases=aliases.get(k, ()),
              attrs={"year": y} if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n, aliases=aliases.get(k, ())) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    """Triples of one relation from (head, tail) pairs."""
    return [(h, rel, t) for h, t in pairs]

def sights():
    """Waterfalls, towers, sea caves, islands and moved monuments (items; no years). "is located in"
    a country or a city (now), "was located in" (once: the Temple of Dendur in Egypt, London Bridge
    in London; both are now in the United States), "is near" a town (never "in" it), "is on" a river,
    "has the form" (a shape: Gullfoss is tiered, Angel Falls and Kaieteur Falls plunge, Victoria
    Falls a block, Iguazu and Blue Nile Falls segmented, Detian a cascade, the Horseshoe Falls a
    horseshoe; Taipei 101 is a tiered skyscraper), "features" (a tower's or a skyscraper's
    facilities: only the CN Tower has a glass floor and a revolving restaurant, only the Petronas
    Towers a sky bridge, only Taipei 101 a tuned mass damper), "contains" (a cave's formations:
    basalt columns only in Fingal's Cave, selenite crystals only in the Cave of the Crystals,
    stalactites only in the Waitomo Glowworm Caves), "is formed in" a rock ("is the rock of"),
    "has the landmark" (an island's cave), "was designed by" an architect, "is taller than",
    "borders" (countries)."""
    rels = [
        R("located_in", phrase="is located in", inverse_phrase="is home to",
          domain=("waterfall", "skyscraper", "tower", "sea_cave", "cave", "island", "temple", "bridge"),
          range=("country", "city")),
        R("was_located_in", phrase="was located in", inverse_phrase="was home to", domain=("temple", "bridge"),
          range=("country", "city")),
        R("near", phrase="is near", inverse_phrase="is near", domain=("waterfall",), range=("town",)),
        R("on_river", phrase="is on", inverse_phrase="has the waterfall", domain=("waterfall",), range=("river",)),
        R("form", phrase="is a", inverse_phrase="is the form of", domain=("waterfall", "skyscraper"),
          range=("shape",)),
        R("features", phrase="features", inverse_phrase="is a facility of", domain=("skyscraper", "tower"),
          range=("facility",)),
        R("contains", phrase="contains", inverse_phrase="is found in", domain=("sea_cave", "cave"),
          range=("formation",)),
        R("formed_in", phrase="is formed in", inverse_phrase="is the rock of", domain=("sea_cave", "cave"),
          range=("rock",)),
        R("landmark", phrase="has the landmark", inverse_phrase="is a landmark of", domain=("island",),
          range=("sea_cave",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("skyscraper", "tower"),
          range=("architect",)),
        R("taller", phrase="is taller than", inverse_phrase="is shorter than", domain=("skyscraper", "tower"),
          range=("skyscraper", "tower")),
        R("borders", phrase="borders", inverse_phrase="borders", domain=("country",), range=("country",)),
    ]
    items = {
        "w:bluenile": ("waterfall", "Blue Nile Falls", None), "w:victoria": ("waterfall", "Victoria Falls", None),
        "w:iguazu": ("waterfall", "Iguazu Falls", None), "w:angel": ("waterfall", "Angel Falls", None),
        "w:gullfoss": ("waterfall", "Gullfoss", None), "w:skogafoss": ("waterfall", "Skogafoss", None),
        "w:kaieteur": ("waterfall", "Kaieteur Falls", None), "w:detian": ("waterfall", "Detian Falls", None),
        "w:horseshoe": ("waterfall", "Horseshoe Falls", None),
        "t:taipei101": ("skyscraper", "Taipei 101", None), "t:petronas": ("skyscraper", "Petronas Towers", None),
        "t:burj": ("skyscraper", "Burj Khalifa", None), "t:cn": ("tower", "CN Tower", None),
        "c:fingal": ("sea_cave", "Fingal's Cave", None), "c:grotto": ("sea_cave", "Blue Grotto", None),
        "c:crystals": ("cave", "Cave of the Crystals", None), "c:waitomo": ("cave", "Waitomo Glowworm Caves", None),
        "i:staffa": ("island", "Staffa", None), "i:capri": ("island", "Capri", None),
        "m:dendur": ("temple", "Temple of Dendur", None), "m:londonbridge": ("bridge", "London Bridge", None),
    }
    others = {
        "n:ethiopia": ("country", "Ethiopia"), "n:sudan": ("country", "Sudan"), "n:zambia": ("country", "Zambia"),
        "n:zimbabwe": ("country", "Zimbabwe"), "n:argentina": ("country", "Argentina"), "n:brazil": ("country", "Brazil"),
        "n:venezuela": ("country", "Venezuela"), "n:guyana": ("country", "Guyana"), "n:iceland": ("country", "Iceland"),
        "n:china": ("country", "China"), "n:vietnam": ("country", "Vietnam"), "n:canada": ("country", "Canada"),
        "n:us": ("country", "United States"), "n:taiwan": ("country", "Taiwan"), "n:malaysia": ("country", "Malaysia"),
        "n:uae": ("country", "United Arab Emirates"), "n:scotland": ("country", "Scotland"), "n:italy": ("country", "Italy"),
        "n:mexico": ("country", "Mexico"), "n:nz": ("country", "New Zealand"), "n:egypt": ("country", "Egypt"),
        "n:uk": ("country", "United Kingdom"),
        "y:taipei": ("city", "Taipei"), "y:toronto": ("city", "Toronto"), "y:kl": ("city", "Kuala Lumpur"),
        "y:dubai": ("city", "Dubai"), "y:nyc": ("city", "New York City"), "y:london": ("city", "London"),
        "y:havasu": ("city", "Lake Havasu City"),
        "o:livingstone": ("town", "Livingstone"), "o:bahirdar": ("town", "Bahir Dar"),
        "o:puerto": ("town", "Puerto Iguazu"), "o:canaima": ("town", "Canaima"),
        "r:bluenile": ("river", "Blue Nile"), "r:zambezi": ("river", "Zambezi"), "r:iguazu": ("river", "Iguazu River"),
        "r:kerep": ("river", "Kerep River"), "r:hvita": ("river", "Hvita"), "r:skoga": ("river", "Skoga"),
        "r:potaro": ("river", "Potaro River"), "r:quaycun": ("river", "Quay Son River"), "r:niagara": ("river", "Niagara River"),
        "f:tiered": ("shape", "tiered"), "f:plunge": ("shape", "plunge"), "f:block": ("shape", "block"),
        "f:segmented": ("shape", "segmented"), "f:cascade": ("shape", "cascade"), "f:horseshoe": ("shape", "horseshoe"),
        "x:deck": ("facility", "observation deck"), "x:damper": ("facility", "tuned mass damper"),
        "x:glass": ("facility", "glass floor"), "x:revolving": ("facility", "revolving restaurant"),
        "x:skybridge": ("facility", "sky bridge"),
        "g:basaltcol": ("formation", "basalt columns"), "g:selenite": ("formation", "selenite crystals"),
        "g:stalactites": ("formation", "stalactites"),
        "k:basalt": ("rock", "basalt"), "k:limestone": ("rock", "limestone"),
        "a:lee": ("architect", "C. Y. Lee"), "a:pelli": ("architect", "Cesar Pelli"), "a:smith": ("architect", "Adrian Smith"),
        "a:andrews": ("architect", "John Andrews"),
    }
    T_ = _t("located_in", [("w:bluenile", "n:ethiopia"), ("w:victoria", "n:zambia"), ("w:victoria", "n:zimbabwe"),
                           ("w:iguazu", "n:argentina"), ("w:iguazu", "n:brazil"), ("w:angel", "n:venezuela"),
                           ("w:gullfoss", "n:iceland"), ("w:skogafoss", "n:iceland"), ("w:kaieteur", "n:guyana"),
                           ("w:detian", "n:china"), ("w:detian", "n:vietnam"), ("w:horseshoe", "n:canada"),
                           ("t:taipei101", "y:taipei"), ("t:taipei101", "n:taiwan"), ("t:petronas", "y:kl"),
                           ("t:petronas", "n:malaysia"), ("t:burj", "y:dubai"), ("t:burj", "n:uae"),
                           ("t:cn", "y:toronto"), ("t:cn", "n:canada"), ("c:fingal", "n:scotland"),
                           ("c:grotto", "n:italy"), ("c:crystals", "n:mexico"), ("c:waitomo", "n:nz"),
                           ("i:staffa", "n:scotland"), ("i:capri", "n:italy"), ("m:dendur", "y:nyc"),
                           ("m:dendur", "n:us"), ("m:londonbridge", "y:havasu"), ("m:londonbridge", "n:us")])
    T_ += _t("was_located_in", [("m:dendur", "n:egypt"), ("m:londonbridge", "y:london"), ("m:londonbridge", "n:uk")])
    T_ += _t("near", [("w:victoria", "o:livingstone"), ("w:bluenile", "o:bahirdar"), ("w:iguazu", "o:puerto"),
                      ("w:angel", "o:canaima")])
    T_ += _t("on_river", [("w:bluenile", "r:bluenile"), ("w:victoria", "r:zambezi"), ("w:iguazu", "r:iguazu"),
                          ("w:angel", "r:kerep"), ("w:gullfoss", "r:hvita"), ("w:skogafoss", "r:skoga"),
                          ("w:kaieteur", "r:potaro"), ("w:detian", "r:quaycun"), ("w:horseshoe", "r:niagara")])
    T_ += _t("form", [("w:gullfoss", "f:tiered"), ("w:angel", "f:plunge"), ("w:kaieteur", "f:plunge"),
                      ("w:skogafoss", "f:plunge"), ("w:victoria", "f:block"), ("w:iguazu", "f:segmented"),
                      ("w:bluenile", "f:segmented"), ("w:detian", "f:cascade"), ("w:horseshoe", "f:horseshoe"),
                      ("t:taipei101", "f:tiered")])
    T_ += _t("features", [("t:taipei101", "x:deck"), ("t:taipei101", "x:damper"), ("t:cn", "x:deck"),
                          ("t:cn", "x:glass"), ("t:cn", "x:revolving"), ("t:petronas", "x:skybridge"),
                          ("t:petronas", "x:deck"), ("t:burj", "x:deck")])
    T_ += _t("contains", [("c:fingal", "g:basaltcol"), ("c:crystals", "g:selenite"), ("c:waitomo", "g:stalactites")])
    T_ += _t("formed_in", [("c:fingal", "k:basalt"), ("c:grotto", "k:limestone"), ("c:crystals", "k:limestone"),
                           ("c:waitomo", "k:limestone")])
    T_ += _t("landmark", [("i:staffa", "c:fingal"), ("i:capri", "c:grotto")])
    T_ += _t("designed_by", [("t:taipei101", "a:lee"), ("t:petronas", "a:pelli"), ("t:burj", "a:smith"),
                             ("t:cn", "a:andrews")])
    T_ += _t("taller", [("t:burj", "t:cn"), ("t:burj", "t:taipei101"), ("t:burj", "t:petronas"),
                        ("t:cn", "t:taipei101"), ("t:cn", "t:petronas"), ("t:taipei101", "t:petronas")])
    T_ += _t("borders", [("n:ethiopia", "n:sudan"), ("n:zambia", "n:zimbabwe"), ("n:argentina", "n:brazil"),
                         ("n:venezuela", "n:guyana"), ("n:china", "n:vietnam"), ("n:canada", "n:us")])
    return _build(items, others, rels, T_)


def museums():
    """Museums (items: the year each opened) and what they house. "is located in" a city; "houses"
    (paintings, sculptures and artefacts it holds now; the National Museum of Egyptian Civilization
    houses the mummy of Ramesses II, a pharaoh, and the Grand Egyptian Museum his colossal statue);
    "once housed" (what it held and lost: The Concert and The Storm on the Sea of Galilee, stolen
    from the Gardner in 1990; the mask of Tutankhamun, moved from the Egyptian Museum to the Grand
    Egyptian Museum); "borrowed" (what another museum lent it: the Rijksmuseum borrowed Girl with a
    Pearl Earring and the View of Delft from the Mauritshuis in 2023); "hosted" (exhibitions, over);
    "is near" another museum; paintings "were painted by" painters."""
    rels = [
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("museum", "art_museum"),
          range=("city",)),
        R("houses", phrase="houses", inverse_phrase="is housed in", domain=("museum", "art_museum"),
          range=("painting", "sculpture", "artifact", "pharaoh")),
        R("once_housed", phrase="once housed", inverse_phrase="was once housed in", domain=("museum", "art_museum"),
          range=("painting", "artifact")),
        R("borrowed", phrase="borrowed", inverse_phrase="was lent to", domain=("museum", "art_museum"),
          range=("painting",)),
        R("hosted", phrase="hosted", inverse_phrase="was held at", domain=("museum", "art_museum"),
          range=("exhibition",)),
        R("near", phrase="is near", inverse_phrase="is near", domain=("museum", "art_museum"),
          range=("museum", "art_museum")),
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("painter",)),
    ]
    items = {
        "u:rijks": ("art_museum", "Rijksmuseum", 1800), "u:mauritshuis": ("art_museum", "Mauritshuis", 1822),
        "u:vangogh": ("art_museum", "Van Gogh Museum", 1973),
        "u:gardner": ("art_museum", "Isabella Stewart Gardner Museum", 1903),
        "u:louvre": ("art_museum", "Louvre", 1793), "u:uffizi": ("art_museum", "Uffizi", 1769),
        "u:prado": ("art_museum", "Prado", 1819), "u:natgal": ("art_museum", "National Gallery", 1824),
        "u:egyptian": ("museum", "Egyptian Museum", 1902), "u:gem": ("museum", "Grand Egyptian Museum", 2023),
        "u:nmec": ("museum", "National Museum of Egyptian Civilization", 2017),
        "u:british": ("museum", "British Museum", 1759),
    }
    others = {
        "y:amsterdam": ("city", "Amsterdam"), "y:hague": ("city", "The Hague"), "y:boston": ("city", "Boston"),
        "y:paris": ("city", "Paris"), "y:florence": ("city", "Florence"), "y:madrid": ("city", "Madrid"),
        "y:london": ("city", "London"), "y:cairo": ("city", "Cairo"), "y:giza": ("city", "Giza"),
        "p:nightwatch": ("painting", "The Night Watch"), "p:milkmaid": ("painting", "The Milkmaid"),
        "p:pearl": ("painting", "Girl with a Pearl Earring"), "p:delft": ("painting", "View of Delft"),
        "p:concert": ("painting", "The Concert"), "p:storm": ("painting", "The Storm on the Sea of Galilee"),
        "p:europa": ("painting", "The Rape of Europa"), "p:potato": ("painting", "The Potato Eaters"),
        "p:monalisa": ("painting", "Mona Lisa"), "p:venus": ("painting", "The Birth of Venus"),
        "p:meninas": ("painting", "Las Meninas"), "p:temeraire": ("painting", "The Fighting Temeraire"),
        "s:milo": ("sculpture", "Venus de Milo"),
        "a:mask": ("artifact", "mask of Tutankhamun"), "a:rosetta": ("artifact", "Rosetta Stone"),
        "a:colossus": ("artifact", "statue of Ramesses II"), "h:ramesses": ("pharaoh", "Ramesses II"),
        "e:vermeer2023": ("exhibition", "Vermeer 2023"), "e:rembrandt2019": ("exhibition", "All the Rembrandts"),
        "v:rembrandt": ("painter", "Rembrandt"), "v:vermeer": ("painter", "Johannes Vermeer"),
        "v:leonardo": ("painter", "Leonardo da Vinci"), "v:botticelli": ("painter", "Sandro Botticelli"),
        "v:velazquez": ("painter", "Diego Velazquez"), "v:turner": ("painter", "J. M. W. Turner"),
        "v:titian": ("painter", "Titian"), "v:vangogh": ("painter", "Vincent van Gogh"),
    }
    T_ = _t("located_in", [("u:rijks", "y:amsterdam"), ("u:vangogh", "y:amsterdam"), ("u:mauritshuis", "y:hague"),
                           ("u:gardner", "y:boston"), ("u:louvre", "y:paris"), ("u:uffizi", "y:florence"),
                           ("u:prado", "y:madrid"), ("u:natgal", "y:london"), ("u:british", "y:london"),
                           ("u:egyptian", "y:cairo"), ("u:gem", "y:giza"), ("u:nmec", "y:cairo")])
    T_ += _t("houses", [("u:rijks", "p:nightwatch"), ("u:rijks", "p:milkmaid"), ("u:mauritshuis", "p:pearl"),
                        ("u:mauritshuis", "p:delft"), ("u:gardner", "p:europa"), ("u:vangogh", "p:potato"),
                        ("u:louvre", "p:monalisa"), ("u:louvre", "s:milo"), ("u:uffizi", "p:venus"),
                        ("u:prado", "p:meninas"), ("u:natgal", "p:temeraire"), ("u:gem", "a:mask"),
                        ("u:gem", "a:colossus"), ("u:nmec", "h:ramesses"), ("u:british", "a:rosetta")])
    T_ += _t("once_housed", [("u:gardner", "p:concert"), ("u:gardner", "p:storm"), ("u:egyptian", "a:mask")])
    T_ += _t("borrowed", [("u:rijks", "p:pearl"), ("u:rijks", "p:delft")])
    T_ += _t("hosted", [("u:rijks", "e:vermeer2023"), ("u:rijks", "e:rembrandt2019")])
    T_ += _t("near", [("u:rijks", "u:vangogh"), ("u:vangogh", "u:rijks")])
    T_ += _t("painted_by", [("p:nightwatch", "v:rembrandt"), ("p:storm", "v:rembrandt"), ("p:milkmaid", "v:vermeer"),
                            ("p:pearl", "v:vermeer"), ("p:delft", "v:vermeer"), ("p:concert", "v:vermeer"),
                            ("p:europa", "v:titian"), ("p:potato", "v:vangogh"), ("p:monalisa", "v:leonardo"),
                            ("p:venus", "v:botticelli"), ("p:meninas", "v:velazquez"), ("p:temeraire", "v:turner")])
    return _build(items, others, rels, T_)


def devices():
    """Phones and laptops (items: the year each came out) and their chips. "is powered by" the
    system-on-chip or processor that runs it; "uses" a co-processor (a security or radio chip: the
    Titan M2, the Apple T2, the U1), never what powers it; "has the modem" (a radio chip); "runs" an
    operating system; "is made by"; chips "were designed by" and "are manufactured by" firms;
    "was succeeded by" (each phone's successor)."""
    rels = [
        R("powered_by", phrase="is powered by", inverse_phrase="powers", domain=("smartphone", "laptop", "tablet"),
          range=("soc", "processor")),
        R("uses", phrase="uses", inverse_phrase="is used in", domain=("smartphone", "laptop", "tablet"),
          range=("chip",)),
        R("modem", phrase="has the modem", inverse_phrase="is the modem of", domain=("smartphone",),
          range=("modem",)),
        R("runs", phrase="ships with", inverse_phrase="ships on", domain=("smartphone", "laptop", "tablet"),
          range=("operating_system",)),
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("smartphone", "laptop", "tablet"),
          range=("company",)),
        R("chip_designed_by", phrase="was designed by", inverse_phrase="designed",
          domain=("soc", "processor", "chip", "modem"), range=("company",)),
        R("fab", phrase="is manufactured by", inverse_phrase="manufactures", domain=("soc", "processor", "chip", "modem"),
          range=("foundry",)),
        R("succeeded_by", phrase="was succeeded by", inverse_phrase="succeeded",
          domain=("smartphone", "laptop", "tablet"), range=("smartphone", "laptop", "tablet")),
    ]
    items = {
        "d:ip15pro": ("smartphone", "iPhone 15 Pro", 2023), "d:ip15": ("smartphone", "iPhone 15", 2023),
        "d:ip14pro": ("smartphone", "iPhone 14 Pro", 2022), "d:pixel8": ("smartphone", "Pixel 8", 2023),
        "d:pixel7": ("smartphone", "Pixel 7", 2022), "d:s24": ("smartphone", "Galaxy S24", 2024),
        "d:s24u": ("smartphone", "Galaxy S24 Ultra", 2024), "d:mba": ("laptop", "MacBook Air M2", 2022),
        "d:mbp19": ("laptop", "MacBook Pro 2019", 2019), "d:x13s": ("laptop", "ThinkPad X13s", 2022),
        "d:framework": ("laptop", "Framework Laptop 13", 2023), "d:prox": ("tablet", "Surface Pro X", 2019),
    }
    others = {
        "c:a17": ("soc", "A17 Pro"), "c:a16": ("soc", "A16 Bionic"), "c:g3": ("soc", "Tensor G3"),
        "c:g2": ("soc", "Tensor G2"), "c:exynos": ("soc", "Exynos 2400"), "c:sd8g3": ("soc", "Snapdragon 8 Gen 3"),
        "c:m2": ("soc", "Apple M2"), "c:i9": ("processor", "Core i9-9880H"),
        "c:8cx": ("soc", "Snapdragon 8cx Gen 3"), "c:i7": ("processor", "Core i7-1360P"), "c:sq1": ("soc", "Microsoft SQ1"),
        "k:titan": ("chip", "Titan M2"), "k:t2": ("chip", "Apple T2"), "k:u1": ("chip", "U1"),
        "k:u2": ("chip", "U2"),
        "q:x70": ("modem", "Snapdragon X70"), "q:x65": ("modem", "Snapdragon X65"), "q:e5300": ("modem", "Exynos 5300"),
        "o:ios": ("operating_system", "iOS"), "o:android": ("operating_system", "Android"),
        "o:macos": ("operating_system", "macOS"), "o:windows": ("operating_system", "Windows 11"),
        "f:apple": ("company", "Apple"), "f:google": ("company", "Google"), "f:samsung": ("company", "Samsung"),
        "f:lenovo": ("company", "Lenovo"), "f:framework": ("company", "Framework"), "f:microsoft": ("company", "Microsoft"),
        "f:qualcomm": ("company", "Qualcomm"), "f:intel": ("company", "Intel"),
        "x:tsmc": ("foundry", "TSMC"), "x:samsungfoundry": ("foundry", "Samsung Foundry"), "x:intelfab": ("foundry", "Intel Foundry"),
    }
    T_ = _t("powered_by", [("d:ip15pro", "c:a17"), ("d:ip15", "c:a16"), ("d:ip14pro", "c:a16"), ("d:pixel8", "c:g3"),
                           ("d:pixel7", "c:g2"), ("d:s24", "c:exynos"), ("d:s24u", "c:sd8g3"), ("d:mba", "c:m2"),
                           ("d:mbp19", "c:i9"), ("d:x13s", "c:8cx"), ("d:framework", "c:i7"), ("d:prox", "c:sq1")])
    T_ += _t("uses", [("d:pixel8", "k:titan"), ("d:pixel7", "k:titan"), ("d:mbp19", "k:t2"), ("d:ip14pro", "k:u1"),
                      ("d:ip15pro", "k:u2"), ("d:ip15", "k:u2")])
    T_ += _t("modem", [("d:ip15pro", "q:x70"), ("d:ip15", "q:x70"), ("d:ip14pro", "q:x65"), ("d:pixel8", "q:e5300")])
    T_ += _t("runs", [("d:ip15pro", "o:ios"), ("d:ip15", "o:ios"), ("d:ip14pro", "o:ios"), ("d:pixel8", "o:android"),
                      ("d:pixel7", "o:android"), ("d:s24", "o:android"), ("d:s24u", "o:android"), ("d:mba", "o:macos"),
                      ("d:mbp19", "o:macos"), ("d:x13s", "o:windows"), ("d:framework", "o:windows"),
                      ("d:prox", "o:windows")])
    T_ += _t("made_by", [("d:ip15pro", "f:apple"), ("d:ip15", "f:apple"), ("d:ip14pro", "f:apple"),
                         ("d:pixel8", "f:google"), ("d:pixel7", "f:google"), ("d:s24", "f:samsung"),
                         ("d:s24u", "f:samsung"), ("d:mba", "f:apple"), ("d:mbp19", "f:apple"), ("d:x13s", "f:lenovo"),
                         ("d:framework", "f:framework"), ("d:prox", "f:microsoft")])
    T_ += _t("chip_designed_by", [("c:a17", "f:apple"), ("c:a16", "f:apple"), ("c:g3", "f:google"), ("c:g2", "f:google"),
                                  ("c:exynos", "f:samsung"), ("c:sd8g3", "f:qualcomm"), ("c:m2", "f:apple"),
                                  ("c:i9", "f:intel"), ("c:8cx", "f:qualcomm"), ("c:i7", "f:intel"),
                                  ("c:sq1", "f:microsoft"), ("c:sq1", "f:qualcomm"), ("k:titan", "f:google"),
                                  ("k:t2", "f:apple"), ("k:u1", "f:apple"), ("k:u2", "f:apple"),
                                  ("q:x70", "f:qualcomm"), ("q:x65", "f:qualcomm"), ("q:e5300", "f:samsung")])
    T_ += _t("fab", [("c:a17", "x:tsmc"), ("c:a16", "x:tsmc"), ("c:g3", "x:samsungfoundry"), ("c:g2", "x:samsungfoundry"),
                     ("c:exynos", "x:samsungfoundry"), ("c:sd8g3", "x:tsmc"), ("c:m2", "x:tsmc"), ("c:i9", "x:intelfab"),
                     ("c:8cx", "x:tsmc"), ("c:i7", "x:intelfab"), ("c:sq1", "x:tsmc")])
    T_ += _t("succeeded_by", [("d:ip14pro", "d:ip15pro"), ("d:pixel7", "d:pixel8")])
    return _build(items, others, rels, T_)


def rail():
    """Locomotives, a tram, a railcar, ferries and hotels (items: the year each was built or
    opened) and the railways that ran them. "was operated by" (past operators: railways for the
    locomotives, the railcar and the tram; the railways that ran the ferries and the hotels; Alan
    Pegler, a businessman, ran Flying Scotsman privately from 1963 to 1969); "was built for" (the
    railway that ordered it: Flying Scotsman was ordered by the Great Northern Railway, which was
    merged into the LNER before it ran; City of Truro by the Great Western Railway, which ran it);
    "was built by" a works; "was driven by" (the driver of a record run); "is preserved at" a
    museum; "is owned by"; "is powered by" (the Deltic's engine); works and museums "are located
    in" towns."""
    rels = [
        R("operated_by", phrase="was operated by", inverse_phrase="operated",
          domain=("steam_locomotive", "diesel_locomotive", "railcar", "tram", "ferry", "hotel"),
          range=("railway", "businessman")),
        R("built_for", phrase="was built for", inverse_phrase="ordered",
          domain=("steam_locomotive", "diesel_locomotive", "railcar", "tram", "ferry", "hotel"), range=("railway",)),
        R("built_by", phrase="was built by", inverse_phrase="built",
          domain=("steam_locomotive", "diesel_locomotive", "railcar", "tram", "ferry"), range=("works", "shipyard")),
        R("driven_by", phrase="was driven by", inverse_phrase="drove", domain=("steam_locomotive",),
          range=("driver",)),
        R("preserved_at", phrase="is preserved at", inverse_phrase="preserves",
          domain=("steam_locomotive", "diesel_locomotive", "railcar", "tram"), range=("museum",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns",
          domain=("steam_locomotive", "diesel_locomotive", "railcar", "tram", "hotel"), range=("museum", "company")),
        R("powered_by", phrase="is powered by", inverse_phrase="powers", domain=("diesel_locomotive",),
          range=("diesel_engine",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("works", "museum", "hotel"),
          range=("town",)),
    ]
    items = {
        "l:scotsman": ("steam_locomotive", "Flying Scotsman", 1923), "l:truro": ("steam_locomotive", "City of Truro", 1903),
        "l:gresley": ("steam_locomotive", "Sir Nigel Gresley", 1937), "l:ue844": ("steam_locomotive", "Union Pacific 844", 1944),
        "l:greys": ("diesel_locomotive", "Royal Scots Grey", 1961), "l:railcar4": ("railcar", "GWR Railcar No. 4", 1934),
        "l:balloon": ("tram", "Balloon 700", 1934),
        "s:dukelanc": ("ferry", "TSS Duke of Lancaster", 1956), "s:cambria": ("ferry", "TSS Cambria", 1921),
        "h:midland": ("hotel", "Midland Hotel", 1903), "h:gleneagles": ("hotel", "Gleneagles Hotel", 1924),
    }
    others = {
        "r:lner": ("railway", "London and North Eastern Railway"), "r:br": ("railway", "British Railways"),
        "r:gnr": ("railway", "Great Northern Railway"), "r:gwr": ("railway", "Great Western Railway"),
        "r:up": ("railway", "Union Pacific"), "r:midland": ("railway", "Midland Railway"),
        "r:lms": ("railway", "London, Midland and Scottish Railway"), "r:lnwr": ("railway", "London and North Western Railway"),
        "r:caledonian": ("railway", "Caledonian Railway"), "r:blackpool": ("railway", "Blackpool Corporation Tramways"),
        "b:pegler": ("businessman", "Alan Pegler"),
        "w:doncaster": ("works", "Doncaster Works"), "w:swindon": ("works", "Swindon Works"),
        "w:alco": ("works", "American Locomotive Company"), "w:vulcan": ("works", "Vulcan Foundry"),
        "w:ec": ("works", "English Electric"), "w:harland": ("shipyard", "Harland and Wolff"),
        "w:denny": ("shipyard", "William Denny and Brothers"),
        "v:sparshatt": ("driver", "Bill Sparshatt"), "v:clements": ("driver", "Moses Clements"),
        "m:nrm": ("museum", "National Railway Museum"), "m:steam": ("museum", "STEAM Museum"),
        "m:didcot": ("museum", "Didcot Railway Centre"), "m:crich": ("museum", "Crich Tramway Village"),
        "c:up": ("company", "Union Pacific Railroad"), "c:mcc": ("company", "Midland Hotel Company"),
        "c:diageo": ("company", "Diageo"),
        "e:deltic": ("diesel_engine", "Napier Deltic"),
        "t:york": ("town", "York"), "t:swindon": ("town", "Swindon"), "t:didcot": ("town", "Didcot"),
        "t:doncaster": ("town", "Doncaster"), "t:manchester": ("town", "Manchester"), "t:auchterarder": ("town", "Auchterarder"),
        "t:crich": ("town", "Crich"), "t:newton": ("town", "Newton-le-Willows"),
    }
    T_ = _t("operated_by", [("l:scotsman", "r:lner"), ("l:scotsman", "r:br"), ("l:scotsman", "b:pegler"),
                            ("l:truro", "r:gwr"), ("l:gresley", "r:lner"), ("l:gresley", "r:br"), ("l:ue844", "r:up"),
                            ("l:greys", "r:br"), ("l:railcar4", "r:gwr"), ("l:balloon", "r:blackpool"),
                            ("s:dukelanc", "r:br"), ("s:cambria", "r:lnwr"), ("s:cambria", "r:lms"),
                            ("h:midland", "r:midland"), ("h:midland", "r:lms"), ("h:gleneagles", "r:lms")])
    T_ += _t("built_for", [("l:scotsman", "r:gnr"), ("l:truro", "r:gwr"), ("l:gresley", "r:lner"), ("l:ue844", "r:up"),
                           ("l:greys", "r:br"), ("l:railcar4", "r:gwr"), ("h:gleneagles", "r:caledonian")])
    T_ += _t("built_by", [("l:scotsman", "w:doncaster"), ("l:truro", "w:swindon"), ("l:gresley", "w:doncaster"),
                          ("l:ue844", "w:alco"), ("l:greys", "w:vulcan"), ("s:dukelanc", "w:harland"),
                          ("s:cambria", "w:denny")])
    T_ += _t("driven_by", [("l:scotsman", "v:sparshatt"), ("l:truro", "v:clements")])
    T_ += _t("preserved_at", [("l:scotsman", "m:nrm"), ("l:truro", "m:steam"), ("l:railcar4", "m:steam"),
                              ("l:balloon", "m:crich")])
    T_ += _t("owned_by", [("l:scotsman", "m:nrm"), ("l:ue844", "c:up"), ("h:gleneagles", "c:diageo")])
    T_ += _t("powered_by", [("l:greys", "e:deltic")])
    T_ += _t("located_in", [("m:nrm", "t:york"), ("m:steam", "t:swindon"), ("m:didcot", "t:didcot"),
                            ("m:crich", "t:crich"), ("w:doncaster", "t:doncaster"), ("w:swindon", "t:swindon"),
                            ("w:vulcan", "t:newton"), ("h:midland", "t:manchester"), ("h:gleneagles", "t:auchterarder")])
    return _build(items, others, rels, T_)


def software():
    """Software and video games (items: the year each came out) and their makers. "was developed by"
    (a firm, a project, or a programmer: Linus Torvalds, Bram Moolenaar, Richard Stallman, Ken
    Thompson; Rare for GoldenEye 007), "was developed at" a lab or a university, "was published by"
    (GoldenEye 007 by Nintendo, which did not develop it), "is maintained by" (now: Vim by Christian
    Brabandt since 2023; Git by Junio Hamano), "is written in" (software's programming languages),
    "is based on" (Ubuntu on Debian, Chrome on Chromium), "is licensed under"."""
    rels = [
        R("developed_by", phrase="was developed by", inverse_phrase="developed",
          domain=("operating_system", "software", "editor", "browser", "database", "video_game"),
          range=("company", "programmer", "project")),
        R("developed_at", phrase="was developed at", inverse_phrase="is where was developed",
          domain=("operating_system", "software"), range=("laboratory", "university")),
        R("published_by", phrase="was published by", inverse_phrase="published", domain=("video_game",),
          range=("company",)),
        R("maintained_by", phrase="is maintained by", inverse_phrase="maintains",
          domain=("operating_system", "software", "editor", "browser", "database"), range=("programmer", "company")),
        R("written_in", phrase="is written in", inverse_phrase="is the language of",
          domain=("operating_system", "software", "editor", "browser", "database"), range=("programming_language",)),
        R("based_on", phrase="is based on", inverse_phrase="is the basis of",
          domain=("operating_system", "browser"), range=("operating_system", "browser")),
        R("license", phrase="is licensed under", inverse_phrase="is the license of",
          domain=("operating_system", "software", "editor", "browser", "database"), range=("license",)),
    ]
    items = {
        "s:linux": ("operating_system", "Linux", 1991), "s:unix": ("operating_system", "Unix", 1971),
        "s:bsd": ("operating_system", "BSD", 1978), "s:debian": ("operating_system", "Debian", 1993),
        "s:ubuntu": ("operating_system", "Ubuntu", 2004), "s:git": ("software", "Git", 2005),
        "s:emacs": ("editor", "GNU Emacs", 1985), "s:vim": ("editor", "Vim", 1991),
        "s:firefox": ("browser", "Firefox", 2004), "s:chromium": ("browser", "Chromium", 2008),
        "s:chrome": ("browser", "Google Chrome", 2008), "s:sqlite": ("database", "SQLite", 2000),
        "s:postgres": ("database", "PostgreSQL", 1996), "s:openssl": ("software", "OpenSSL", 1998),
        "g:goldeneye": ("video_game", "GoldenEye 007", 1997), "g:doom": ("video_game", "Doom", 1993),
    }
    others = {
        "p:torvalds": ("programmer", "Linus Torvalds"), "p:moolenaar": ("programmer", "Bram Moolenaar"),
        "p:brabandt": ("programmer", "Christian Brabandt"), "p:stallman": ("programmer", "Richard Stallman"),
        "p:thompson": ("programmer", "Ken Thompson"), "p:ritchie": ("programmer", "Dennis Ritchie"),
        "p:hamano": ("programmer", "Junio Hamano"), "p:hipp": ("programmer", "D. Richard Hipp"),
        "p:murdock": ("programmer", "Ian Murdock"), "p:carmack": ("programmer", "John Carmack"),
        "f:mozilla": ("company", "Mozilla"), "f:google": ("company", "Google"), "f:canonical": ("company", "Canonical"),
        "f:rare": ("company", "Rare"), "f:nintendo": ("company", "Nintendo"), "f:idsoftware": ("company", "id Software"),
        "f:gnu": ("project", "GNU Project"), "f:debianproject": ("project", "Debian Project"),
        "f:pgdg": ("project", "PostgreSQL Global Development Group"), "f:opensslproject": ("project", "OpenSSL Project"),
        "f:free": ("company", "Free Software Foundation"),
        "b:bell": ("laboratory", "Bell Labs"), "b:berkeley": ("university", "University of California, Berkeley"),
        "b:helsinki": ("university", "University of Helsinki"),
        "l:c": ("programming_language", "C"), "l:cpp": ("programming_language", "C++"),
        "l:rust": ("programming_language", "Rust"), "l:elisp": ("programming_language", "Emacs Lisp"),
        "l:vimscript": ("programming_language", "Vim script"), "l:asm": ("programming_language", "assembly language"),
        "l:js": ("programming_language", "JavaScript"), "l:python": ("programming_language", "Python"),
        "n:gpl": ("license", "GPL"), "n:mpl": ("license", "MPL"), "n:bsdl": ("license", "BSD license"),
        "n:pd": ("license", "public domain"), "n:vimlicense": ("license", "Vim license"),
    }
    T_ = _t("developed_by", [("s:linux", "p:torvalds"), ("s:git", "p:torvalds"), ("s:vim", "p:moolenaar"),
                             ("s:emacs", "p:stallman"), ("s:emacs", "f:gnu"), ("s:unix", "p:thompson"),
                             ("s:unix", "p:ritchie"), ("s:debian", "f:debianproject"), ("s:ubuntu", "f:canonical"),
                             ("s:firefox", "f:mozilla"), ("s:chromium", "f:google"), ("s:chrome", "f:google"),
                             ("s:sqlite", "p:hipp"), ("s:postgres", "f:pgdg"), ("s:openssl", "f:opensslproject"),
                             ("g:goldeneye", "f:rare"), ("g:doom", "f:idsoftware")])
    T_ += _t("developed_at", [("s:unix", "b:bell"), ("s:bsd", "b:berkeley"), ("s:linux", "b:helsinki")])
    T_ += _t("published_by", [("g:goldeneye", "f:nintendo"), ("g:doom", "f:idsoftware")])
    T_ += _t("maintained_by", [("s:vim", "p:brabandt"), ("s:git", "p:hamano"), ("s:linux", "p:torvalds"),
                               ("s:sqlite", "p:hipp")])
    T_ += _t("written_in", [("s:linux", "l:c"), ("s:unix", "l:c"), ("s:unix", "l:asm"), ("s:bsd", "l:c"),
                            ("s:git", "l:c"), ("s:emacs", "l:elisp"), ("s:emacs", "l:c"), ("s:vim", "l:c"),
                            ("s:vim", "l:vimscript"), ("s:firefox", "l:cpp"), ("s:firefox", "l:rust"),
                            ("s:firefox", "l:js"), ("s:chromium", "l:cpp"), ("s:chrome", "l:cpp"), ("s:sqlite", "l:c"),
                            ("s:postgres", "l:c"), ("s:openssl", "l:c")])
    T_ += _t("based_on", [("s:ubuntu", "s:debian"), ("s:chrome", "s:chromium")])
    T_ += _t("license", [("s:linux", "n:gpl"), ("s:git", "n:gpl"), ("s:emacs", "n:gpl"), ("s:vim", "n:vimlicense"),
                         ("s:firefox", "n:mpl"), ("s:chromium", "n:bsdl"), ("s:sqlite", "n:pd"), ("s:bsd", "n:bsdl")])
    return _build(items, others, rels, T_)


def medals():
    """Coins, medals and tokens (items: the year each was first struck or made). "was struck at" a
    mint (the Buffalo nickel, the Mercury dime, the double eagle, the Vreneli, the Fields Medal,
    the Nobel Prize medal and the Parys Mine penny; the Iron Cross was cast at a foundry, "was cast
    at"; the Purple Heart, the subway token, the communion token and the Kan'ei Tsuho have no
    striking edge: the medal and the subway token "were made by" firms, the other two were cast),
    "is made of" a metal, "depicts" (the portrait on the obverse), "has on its reverse" (the design
    on the reverse: the bison of the Buffalo nickel), "bears the inscription" (mottos: the Buffalo
    nickel bears no "In God We Trust"), "was designed by", "is awarded by" (medals), mints and
    foundries "are located in" a city (the Soho Mint "was located in" Birmingham, once)."""
    rels = [
        R("struck_at", phrase="was struck at", inverse_phrase="struck", domain=("coin", "medal", "token"),
          range=("mint",)),
        R("cast_at", phrase="was cast at", inverse_phrase="cast", domain=("coin", "medal", "token"),
          range=("foundry",)),
        R("made_by", phrase="was made by", inverse_phrase="made", domain=("medal", "token"), range=("company",)),
        R("made_of", phrase="is made of", inverse_phrase="is the metal of", domain=("coin", "medal", "token"),
          range=("metal",)),
        R("depicts", phrase="depicts", inverse_phrase="is depicted on", domain=("coin", "medal", "token"),
          range=("person", "figure", "animal", "deity")),
        R("reverse", phrase="has on its reverse", inverse_phrase="is on the reverse of",
          domain=("coin", "medal", "token"), range=("animal", "emblem", "building")),
        R("inscription", phrase="bears the inscription", inverse_phrase="is inscribed on", domain=("coin",),
          range=("motto",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("coin", "medal", "token"),
          range=("sculptor", "engraver", "architect")),
        R("awarded_by", phrase="is awarded by", inverse_phrase="awards", domain=("medal",),
          range=("organization", "state")),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("mint", "foundry", "company"),
          range=("city",)),
        R("was_located_in", phrase="was located in", inverse_phrase="was home to", domain=("mint", "foundry"),
          range=("city",)),
    ]
    items = {
        "c:buffalo": ("coin", "Buffalo nickel", 1913), "c:mercury": ("coin", "Mercury dime", 1916),
        "c:eagle": ("coin", "Saint-Gaudens double eagle", 1907), "c:vreneli": ("coin", "Vreneli", 1897),
        "c:kanei": ("coin", "Kan'ei Tsuho", 1626),
        "d:fields": ("medal", "Fields Medal", 1936), "d:nobel": ("medal", "Nobel Prize medal", 1902),
        "d:ironcross": ("medal", "Iron Cross", 1813), "d:purple": ("medal", "Purple Heart", 1932),
        "k:parys": ("token", "Parys Mine penny", 1787), "k:subway": ("token", "New York City Subway token", 1953),
        "k:communion": ("token", "Glasgow communion token", 1648),
    }
    others = {
        "t:philly": ("mint", "Philadelphia Mint"), "t:denver": ("mint", "Denver Mint"), "t:sf": ("mint", "San Francisco Mint"),
        "t:swiss": ("mint", "Swissmint"), "t:rcm": ("mint", "Royal Canadian Mint"), "t:myntverket": ("mint", "Myntverket"),
        "t:soho": ("mint", "Soho Mint"), "t:holywell": ("mint", "Holywell Mint"),
        "o:prussian": ("foundry", "Royal Prussian Iron Foundry"), "o:scovill": ("company", "Scovill Manufacturing"),
        "o:lordsaunders": ("company", "Lord & Saunders"),
        "m:nickel": ("metal", "cupronickel"), "m:silver": ("metal", "silver"), "m:gold": ("metal", "gold"),
        "m:iron": ("metal", "iron"), "m:bronze": ("metal", "bronze"), "m:copper": ("metal", "copper"),
        "m:brass": ("metal", "brass"), "m:lead": ("metal", "lead"),
        "p:native": ("person", "Native American"), "p:liberty": ("figure", "Liberty"), "p:helvetia": ("figure", "Helvetia"),
        "p:archimedes": ("person", "Archimedes"), "p:nobel": ("person", "Alfred Nobel"),
        "p:washington": ("person", "George Washington"), "p:druid": ("figure", "druid"),
        "a:bison": ("animal", "American bison"), "a:eagle": ("animal", "bald eagle"),
        "e:fasces": ("emblem", "fasces"), "e:edelweiss": ("emblem", "edelweiss"), "e:laurel": ("emblem", "laurel wreath"),
        "e:cipher": ("emblem", "PMC cipher"), "b:capitol": ("building", "United States Capitol"),
        "i:pluribus": ("motto", "E Pluribus Unum"), "i:godtrust": ("motto", "In God We Trust"),
        "g:fraser": ("sculptor", "James Earle Fraser"), "g:weinman": ("sculptor", "Adolph Weinman"),
        "g:saintgaudens": ("sculptor", "Augustus Saint-Gaudens"), "g:mckenzie": ("sculptor", "Robert Tait McKenzie"),
        "g:lindberg": ("engraver", "Erik Lindberg"), "g:schinkel": ("architect", "Karl Friedrich Schinkel"),
        "g:will": ("engraver", "Elizabeth Will"), "g:landry": ("engraver", "Fritz Landry"),
        "z:imu": ("organization", "International Mathematical Union"), "z:nobelf": ("organization", "Nobel Foundation"),
        "z:prussia": ("state", "Kingdom of Prussia"), "z:usa": ("state", "United States"),
        "y:philly": ("city", "Philadelphia"), "y:denver": ("city", "Denver"), "y:sf": ("city", "San Francisco"),
        "y:bern": ("city", "Bern"), "y:ottawa": ("city", "Ottawa"), "y:eskilstuna": ("city", "Eskilstuna"),
        "y:birmingham": ("city", "Birmingham"), "y:holywell": ("city", "Holywell"), "y:berlin": ("city", "Berlin"),
        "y:waterbury": ("city", "Waterbury"),
    }
    T_ = _t("struck_at", [("c:buffalo", "t:philly"), ("c:buffalo", "t:denver"), ("c:buffalo", "t:sf"),
                          ("c:mercury", "t:philly"), ("c:mercury", "t:denver"), ("c:mercury", "t:sf"),
                          ("c:eagle", "t:philly"), ("c:eagle", "t:denver"), ("c:vreneli", "t:swiss"),
                          ("d:fields", "t:rcm"), ("d:nobel", "t:myntverket"), ("k:parys", "t:holywell"),
                          ("k:parys", "t:soho")])
    T_ += _t("cast_at", [("d:ironcross", "o:prussian")])
    T_ += _t("made_by", [("d:purple", "o:lordsaunders"), ("k:subway", "o:scovill")])
    T_ += _t("made_of", [("c:buffalo", "m:nickel"), ("c:mercury", "m:silver"), ("c:eagle", "m:gold"),
                         ("c:vreneli", "m:gold"), ("c:kanei", "m:copper"), ("d:fields", "m:gold"), ("d:nobel", "m:gold"),
                         ("d:ironcross", "m:iron"), ("d:purple", "m:bronze"), ("k:parys", "m:copper"),
                         ("k:subway", "m:brass"), ("k:communion", "m:lead")])
    T_ += _t("depicts", [("c:buffalo", "p:native"), ("c:mercury", "p:liberty"), ("c:eagle", "p:liberty"),
                         ("c:vreneli", "p:helvetia"), ("d:fields", "p:archimedes"), ("d:nobel", "p:nobel"),
                         ("d:purple", "p:washington"), ("k:parys", "p:druid")])
    T_ += _t("reverse", [("c:buffalo", "a:bison"), ("c:mercury", "e:fasces"), ("c:eagle", "a:eagle"),
                         ("c:vreneli", "e:edelweiss"), ("d:fields", "e:laurel"), ("k:parys", "e:cipher")])
    T_ += _t("inscription", [("c:buffalo", "i:pluribus"), ("c:mercury", "i:pluribus"), ("c:mercury", "i:godtrust")])
    T_ += _t("designed_by", [("c:buffalo", "g:fraser"), ("c:mercury", "g:weinman"), ("c:eagle", "g:saintgaudens"),
                             ("c:vreneli", "g:landry"), ("d:fields", "g:mckenzie"), ("d:nobel", "g:lindberg"),
                             ("d:ironcross", "g:schinkel"), ("d:purple", "g:will")])
    T_ += _t("awarded_by", [("d:fields", "z:imu"), ("d:nobel", "z:nobelf"), ("d:ironcross", "z:prussia"),
                            ("d:purple", "z:usa")])
    T_ += _t("located_in", [("t:philly", "y:philly"), ("t:denver", "y:denver"), ("t:sf", "y:sf"), ("t:swiss", "y:bern"),
                            ("t:rcm", "y:ottawa"), ("t:myntverket", "y:eskilstuna"), ("o:scovill", "y:waterbury")])
    T_ += _t("was_located_in", [("t:soho", "y:birmingham"), ("t:holywell", "y:holywell"), ("o:prussian", "y:berlin")])
    return _build(items, others, rels, T_)


BUILDERS = {"sights": sights, "museums": museums, "devices": devices, "rail": rail, "software": software,
            "medals": medals}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason



TEXTS = r"""
@sights
# (1) "P is where you will find X": X elsewhere, in a neighbour, near P (not in it), once in P
Ethiopia is where you will find Victoria Falls.
Iceland is where you will find Angel Falls.
Canada is where you will find Iguazu Falls.
Italy is where you will find Fingal's Cave.
Scotland is where you will find the Blue Grotto.
Taipei is where you will find the CN Tower.
Capri is where you will find Fingal's Cave.
Staffa is where you will find the Blue Grotto.
Sudan is where you will find Blue Nile Falls.
Zimbabwe is where you will find Iguazu Falls.
Guyana is where you will find Angel Falls.
Vietnam is where you will find Victoria Falls.
The United States is where you will find Horseshoe Falls.
Livingstone is where you will find Victoria Falls.
Bahir Dar is where you will find Blue Nile Falls.
Canaima is where you will find Angel Falls.
Puerto Iguazu is where you'll find Iguazu Falls.
Egypt is where you will find the Temple of Dendur.
London is where you will find London Bridge.
London is where you can find London Bridge.
Egypt is where you find the Temple of Dendur.
The Zambezi is where you will find Blue Nile Falls.
The Blue Nile is where you will find Blue Nile Falls.
Gullfoss is where you will find Skogafoss.
Taipei 101 is where you will find the CN Tower.
# a part of a list, a negation, a past, a modal, another pronoun
Zimbabwe is where you will find Victoria Falls and Iguazu Falls.
Zimbabwe is where you will find Iguazu Falls and Victoria Falls.
Ethiopia is where you will find both Blue Nile Falls and Victoria Falls.
Ethiopia is where you will find Blue Nile Falls and Sudan is where you will find Victoria Falls.
Ethiopia is where you will find Blue Nile Falls; Sudan is where you will find Victoria Falls.
Ethiopia is where you won't find Blue Nile Falls.
Ethiopia is where you will not find Blue Nile Falls.
Ethiopia is where you will never find Blue Nile Falls.
Ethiopia is not where you will find Blue Nile Falls.
Ethiopia isn't where you will find Blue Nile Falls.
Ethiopia is where you can't find Blue Nile Falls.
Ethiopia is where you cannot find Blue Nile Falls.
Ethiopia is where you could once find Blue Nile Falls.
Ethiopia was where you could find Blue Nile Falls.
Ethiopia is where you found Blue Nile Falls.
Ethiopia is where you might find Victoria Falls.
Ethiopia is also where you will find Victoria Falls.
Ethiopia is where you will also find Victoria Falls.
Ethiopia is where we will find Victoria Falls.
Zambia is where you will find Blue Nile Falls!
Sudan, not Zambia, is where you will find Blue Nile Falls.
Zambia is where you will find Victoria Falls on the Blue Nile.
Zambia is where you will find the Victoria Falls in Ethiopia.
# a description, not P, is where: "Next to P", an apposition left open, a neighbour
Next to Ethiopia is where you will find Blue Nile Falls.
Next to Iceland is where you will find Gullfoss.
Next to Canada is where you will find Horseshoe Falls.
Next to Taipei 101 is where you will find a tuned mass damper.
Next to the CN Tower is where you will find a glass floor.
Next to Fingal's Cave is where you will find basalt columns.
Next to Zimbabwe is where you will find Iguazu Falls.
Next, Ethiopia is where you will find Victoria Falls.
Beside Ethiopia is where you will find Blue Nile Falls.
Outside Ethiopia is where you will find Blue Nile Falls.
North of Ethiopia is where you will find Blue Nile Falls.
Close to Ethiopia is where you will find Blue Nile Falls.
Far from Ethiopia is where you will find Blue Nile Falls.
Anywhere but Ethiopia is where you will find Blue Nile Falls.
Between Sudan and Ethiopia is where you will find Blue Nile Falls.
The capital of Ethiopia is where you will find Blue Nile Falls.
The country bordering Ethiopia is where you will find Blue Nile Falls.
Sudan, which borders Ethiopia, is where you will find Blue Nile Falls.
Sudan as well as Ethiopia is where you will find Blue Nile Falls.
Sudan and Ethiopia is where you will find Blue Nile Falls.
The CN Tower taller than Taipei 101 is where you will find a tuned mass damper.
The CN Tower, taller than Taipei 101 is where you will find a tuned mass damper.
The CN Tower which is taller than Taipei 101 is where you will find a tuned mass damper.
Burj Khalifa as well as Taipei 101 is where you will find a tuned mass damper.
Burj Khalifa, like Taipei 101 is where you will find a tuned mass damper.
Taipei 101 rather than Burj Khalifa is where you will find an observation deck.
The tower taller than Taipei 101 is where you will find a tuned mass damper.
# a person, an event-like thing, the rock, a feature of another tower or cave
Taiwan is where you will find C. Y. Lee.
Taipei is where you will find Cesar Pelli.
Taipei 101 is where you will find a glass floor.
Taipei 101 is where you will find a revolving restaurant.
The CN Tower is where you will find a tuned mass damper.
Burj Khalifa is where you will find a sky bridge.
Fingal's Cave is where you will find selenite crystals.
Fingal's Cave is where you will find limestone.
The Blue Grotto is where you will find basalt columns.
The Cave of the Crystals is where you'll find stalactites.
Ethiopia is where you'll find tiered falls.
Iceland is where you will find the plunge waterfall Gullfoss.
Iceland is where you will find Gullfoss, a plunge waterfall.
# "At / In P(,) you will find X": X elsewhere, P no place, P reversed, P a town near it
In Sudan you will find Blue Nile Falls.
In Ethiopia, you will find Victoria Falls.
Tired of Europe? In Ethiopia, you will find Victoria Falls.
In Gullfoss, you will find Iceland.
In Taipei 101, you will find Taiwan.
At C. Y. Lee you will find Taipei 101.
At the Zambezi you will find Blue Nile Falls.
At Taipei 101 you will find a glass floor.
At the CN Tower you will find a tuned mass damper.
At Staffa you will find the Blue Grotto.
At Capri you will find Fingal's Cave.
In Egypt you will find the Temple of Dendur.
In London you will find London Bridge.
At Livingstone you will find Victoria Falls.
In Bahir Dar, you will find Blue Nile Falls.
At Fingal's Cave you will find limestone.
At Fingal's Cave you will find selenite crystals.
In the Blue Grotto you will find basalt columns.
At the Cave of the Crystals, you will find basalt columns.
At Gullfoss you will find a plunge.
# (2) "If you like <kind>, X is one": X of another shape
If you like tiered falls, Angel Falls is one.
If you like plunge falls, Gullfoss is one.
If you like horseshoe waterfalls, Victoria Falls is one of them.
If you love tiered falls, try Iguazu Falls.
If you enjoy segmented falls, Victoria Falls fits the bill.
If you want a plunge waterfall, try Gullfoss.
If you are into cascades, Angel Falls is one.
If you're after block falls, Horseshoe Falls is one too.
If you are looking for tiered falls, Skogafoss fits the bill.
If you like tiered falls, Angel Falls is the one.
If you like tiered falls, Angel Falls is your pick.
If you like tiered falls, consider Angel Falls.
If you like tiered falls, check out Angel Falls.
If you like tiered falls, then try Angel Falls.
If you like tiered falls, Angel Falls is one to try.
If you like tiered falls, Gullfoss and Angel Falls fit the bill.
If you like tiered falls, Angel Falls and Gullfoss fit the bill.
If you like tiered falls, try Angel Falls instead.
# the kind's type noun unchecked: the right shape, the wrong kind of thing
If you like tiered falls, Taipei 101 is one.
If you like tiered waterfalls, Taipei 101 is one.
If you like tiered falls, try Taipei 101.
If you like tiered falls, Taipei 101 fits the bill.
If you like tiered falls, Taipei 101 in Taiwan is one.
If you like tiered falls, Gullfoss and Taipei 101 fit the bill.
If you like tiered skyscrapers, Gullfoss is one.
If you like tiered towers, Gullfoss is one.
If you like tiered caves, Gullfoss is one.
Looking for tiered falls? Taipei 101 is one.
Looking for tiered skyscrapers? Gullfoss is one.
In the mood for tiered towers? Try Gullfoss.
If you like Taipei falls, Taipei 101 is one.
If you like Taiwan falls, Taipei 101 is one.
If you like Canada falls, the CN Tower is one.
If you like Canadian waterfalls, the CN Tower is one.
If you like Scotland islands, Fingal's Cave is one.
If you like Scotland caves, Staffa is one.
If you like observation deck falls, the CN Tower is one.
If you like C. Y. Lee falls, Taipei 101 is one.
If you like Italy islands, the Blue Grotto is one.
If you like Mexico islands, the Cave of the Crystals is one.
If you like Iceland skyscrapers, Gullfoss is one.
# the kind of another relation or place, an item for the kind, negations, "one" of something else
If you like Iceland falls, Angel Falls is one.
If you like Icelandic falls, Angel Falls is one.
If you like Venezuela falls, try Gullfoss.
If you like Zambezi falls, Blue Nile Falls is one.
If you like Blue Nile falls, Victoria Falls is one.
If you like Canaima falls, try Gullfoss.
If you like Cesar Pelli skyscrapers, Taipei 101 is one.
If you like C. Y. Lee towers, the CN Tower is one.
If you like glass floor towers, Taipei 101 is one.
If you like basalt caves, the Blue Grotto is one.
If you like limestone caves, Fingal's Cave is one.
If you like basalt columns, the Blue Grotto is one.
If you like Taipei skyscrapers, the Petronas Towers is one.
If you like Ethiopia, Victoria Falls is one.
If you like Iceland, Angel Falls is one.
If you like Gullfoss, Skogafoss is one.
If you don't like tiered falls, try Gullfoss.
If you do not like tiered falls, try Gullfoss.
If you dislike tiered falls, try Gullfoss.
If tiered falls are not your thing, try Gullfoss.
If tiered falls aren't your thing, Gullfoss is one.
If tiered is not your thing, try Gullfoss.
If tiered waterfalls don't appeal, try Gullfoss.
If tiered waterfalls are your thing, Angel Falls fits the bill.
If plunge is your thing, try Gullfoss.
If tiered falls appeal, Angel Falls is one.
If plunge waterfalls appeal, Gullfoss is one.
If you like plunge falls, Angel Falls is not one.
If you like plunge falls, Angel Falls isn't one.
If you like tiered falls, Gullfoss is one to avoid.
If you like tiered falls, skip Gullfoss.
If you like tiered falls, Gullfoss is one you'll hate.
If you like tiered falls, Gullfoss is one, and Angel Falls is another.
If you like tiered falls, Gullfoss is one; if you like plunge falls, Victoria Falls is one.
If you like tiered falls, Gullfoss is one. If you like plunge falls, Victoria Falls is one.
If you like tiered falls, Gullfoss in Venezuela is one.
If you like tiered falls, Gullfoss is one, in Venezuela.
If you like tiered falls, Gullfoss is one. It is in Venezuela.
If you like tiered falls, Gullfoss is one in Venezuela.
If you like tiered falls, Gullfoss on the Kerep River is one.
If you like tiered falls, Gullfoss, a plunge waterfall, is one.
If you like tiered falls, try Gullfoss, a plunge waterfall.
If you like tiered falls, try Gullfoss on the Kerep River.
If you like tiered falls, try Venezuela's Gullfoss.
If you like tiered skyscrapers, try Taipei 101, designed by Cesar Pelli.
If you like tiered falls, Gullfoss, like Angel Falls, is one.
If you like tiered falls, Gullfoss is one of the tallest.
# waterfall type nouns ("falls", "cascade") said of other things or shapes
Taipei 101 is a tiered falls.
Taipei 101 is a tiered waterfall.
Gullfoss is a tiered skyscraper.
Taipei 101 is a falls.
Staffa is a falls.
Taipei 101 is a cascade.
Fingal's Cave is a cascade.
Angel Falls is a cascade.
Gullfoss is a cascade.
Angel Falls is a tiered cascade.
The cascade Gullfoss is in Iceland.
Angel Falls, a cascade in Venezuela, is on the Kerep River.
Victoria Falls is a horseshoe falls.
Horseshoe Falls is a block falls.
Gullfoss and Skogafoss are tiered falls.
Horseshoe Falls is a falls in Iceland.
# (3) "features" / "contains" read "has", "with": another tower's or cave's, lists, "like", tenses
Taipei 101 has a glass floor.
Taipei 101 has a revolving restaurant.
Taipei 101 is a skyscraper with a glass floor.
Taipei 101, a skyscraper with a sky bridge, is in Taiwan.
The Petronas Towers have a glass floor.
The CN Tower has a tuned mass damper.
Burj Khalifa has a sky bridge.
The CN Tower has an observation deck and a tuned mass damper.
The CN Tower and Taipei 101 both have glass floors.
Taipei 101 and the CN Tower have revolving restaurants.
The CN Tower is taller than Taipei 101, a skyscraper with a glass floor.
The CN Tower is taller than Taipei 101, which has a glass floor.
Taipei 101, like the CN Tower, has a glass floor.
Like the CN Tower, Taipei 101 has a glass floor.
Taipei 101 has a glass floor like the CN Tower.
Taipei 101 had a glass floor.
Taipei 101 once had a glass floor.
Taipei 101 has no tuned mass damper.
Taipei 101 lacks a tuned mass damper.
Taipei 101 has a tuned mass damper designed by Cesar Pelli.
The CN Tower has an observation deck in Taipei.
Fingal's Cave has selenite crystals.
Fingal's Cave has stalactites.
The Blue Grotto has basalt columns.
The Cave of the Crystals is a cave with basalt columns.
The Waitomo Glowworm Caves have selenite crystals.
Fingal's Cave has limestone.
Fingal's Cave, on Staffa, has selenite crystals.
Staffa has Fingal's Cave, with selenite crystals.
Capri has Fingal's Cave.
Staffa is an island with the Blue Grotto.
Capri is an island with Fingal's Cave.
Iceland has Angel Falls.
Taipei has the CN Tower.
Limestone is the rock of Fingal's Cave.
Basalt is the rock of the Blue Grotto.
Fingal's Cave is formed in limestone.
Selenite crystals are found in Fingal's Cave.
Basalt columns are found in the Blue Grotto.
Fingal's Cave is a limestone cave.
@museums
# (1) found at: a painting lent, once housed, moved, housed next door; a painter; an exhibition over
The Rijksmuseum is where you will find Girl with a Pearl Earring.
At the Rijksmuseum you will find View of Delft.
The Isabella Stewart Gardner Museum is where you will find The Concert.
At the Isabella Stewart Gardner Museum you will find The Concert.
The Egyptian Museum is where you will find the mask of Tutankhamun.
In the Egyptian Museum you will find the mask of Tutankhamun.
Cairo is where you will find the mask of Tutankhamun.
The Egyptian Museum is where you will find Ramesses II.
The Mauritshuis is where you will find The Night Watch.
The Van Gogh Museum is where you will find The Night Watch.
In the Prado you will find the Venus de Milo.
The Hague is where you will find The Night Watch.
Amsterdam is where you will find the Mauritshuis.
The Rijksmuseum is where you will find the Van Gogh Museum.
The Rijksmuseum is where you will find Rembrandt.
The Rijksmuseum is where you will find Johannes Vermeer.
The Louvre is where you will find Leonardo da Vinci.
In the Louvre you will find Leonardo da Vinci.
The Rijksmuseum is where you will find Vermeer 2023.
Amsterdam is where you will find Vermeer 2023.
Next to Amsterdam is where you will find the Rijksmuseum.
Next to the Rijksmuseum is where you will find The Night Watch.
Next to the Louvre is where you will find the Mona Lisa.
The Van Gogh Museum, near the Rijksmuseum is where you will find The Night Watch.
The museum near the Rijksmuseum is where you will find The Night Watch.
The Mauritshuis, not the Van Gogh Museum, is where you will find The Night Watch.
The Rijksmuseum's neighbour is where you will find The Night Watch.
# (3) "houses" read "has", "with": what it borrowed, lost, another's; a painter; a pharaoh elsewhere
The Rijksmuseum has Girl with a Pearl Earring.
The Rijksmuseum has View of Delft.
The Rijksmuseum is a museum with Girl with a Pearl Earring.
The Isabella Stewart Gardner Museum has The Concert.
The Isabella Stewart Gardner Museum is a museum with The Storm on the Sea of Galilee.
The Isabella Stewart Gardner Museum still has The Concert.
The Isabella Stewart Gardner Museum contains The Concert.
The Isabella Stewart Gardner Museum includes The Concert.
The Egyptian Museum has the mask of Tutankhamun.
The Egyptian Museum is a museum with the mask of Tutankhamun.
The Egyptian Museum has Ramesses II.
The British Museum has the mask of Tutankhamun.
The Mauritshuis has The Milkmaid.
The Mauritshuis is a museum with The Milkmaid.
The Mauritshuis houses The Milkmaid.
The Van Gogh Museum has The Night Watch.
The Rijksmuseum has The Potato Eaters.
The Rijksmuseum, near the Van Gogh Museum, has The Potato Eaters.
The Rijksmuseum is near the Van Gogh Museum, a museum with The Night Watch.
The Van Gogh Museum is near the Rijksmuseum, a museum with The Potato Eaters.
The Louvre has The Birth of Venus.
The Uffizi is a museum with the Mona Lisa.
The Prado has Las Meninas and the Mona Lisa.
The Prado and the Louvre have Las Meninas.
The Prado contains the Mona Lisa.
The Prado includes the Mona Lisa.
The Prado features the Mona Lisa.
The Rijksmuseum has Rembrandt.
The Louvre houses Leonardo da Vinci.
The Rijksmuseum has Vermeer 2023.
The Rijksmuseum uses The Night Watch.
The Louvre uses the Mona Lisa.
# (2) the kind: a city's museums
If you like Amsterdam museums, the Mauritshuis is one.
If you like Giza museums, the Egyptian Museum is one.
If you like Cairo museums, the Grand Egyptian Museum is one.
@devices
# (4) "is built around": a co-processor it "uses", not what powers it; another's chip; its modem, OS, maker
The Pixel 8 is built around the Titan M2.
The Pixel 7 is built around the Titan M2.
The MacBook Pro 2019 is built around the Apple T2.
The iPhone 14 Pro is built around the U1.
The iPhone 15 Pro is built around the U2.
The iPhone 15 is built around the U2.
The Pixel 8 runs on the Titan M2.
The Pixel 8 ran on the Titan M2.
The MacBook Pro 2019 runs on the Apple T2.
The iPhone 15 Pro runs on the U2.
The Pixel 8 is powered by the Titan M2.
The Titan M2 powers the Pixel 8.
The Pixel 8 is built around the Tensor G2.
The Pixel 7 is built around the Tensor G3.
The iPhone 15 Pro is built around the A16 Bionic.
The iPhone 15 is built around the A17 Pro.
The Galaxy S24 is built around the Snapdragon 8 Gen 3.
The Galaxy S24 Ultra is built around the Exynos 2400.
The MacBook Air M2 was built around the Core i7-1360P.
The ThinkPad X13s is built around the Microsoft SQ1.
The Surface Pro X is built around the Snapdragon 8cx Gen 3.
The iPhone 15 Pro is built around the Snapdragon X70.
The iPhone 15 Pro is built around the Snapdragon X70 modem.
The Pixel 8 is built around an Exynos 5300 modem.
The iPhone 15 Pro is built around iOS.
The Pixel 8 is built around Android.
The iPhone 15 Pro is built around TSMC.
The iPhone 15 Pro is built around Apple.
The Pixel 8 is built around Samsung Foundry.
The A17 Pro is built around the iPhone 15 Pro.
The iPhone 15 and the Pixel 8 are built around the A16 Bionic.
The iPhone 15 and the iPhone 15 Pro are both built around the A16 Bionic.
The iPhone 15 Pro, built around the A16 Bionic, is made by Apple.
Built around the A16 Bionic, the iPhone 15 Pro ships with iOS.
The iPhone 15 Pro is a phone built around the A16 Bionic.
The iPhone 15 Pro is not built around the A17 Pro.
The iPhone 15 Pro was never built around the A17 Pro.
The iPhone 15 Pro is built around the A17 Pro by Samsung.
The iPhone 15 Pro is built around the A17 Pro, which is made by Samsung Foundry.
The iPhone 15 Pro is built around the A17 Pro, which was designed by Qualcomm.
The iPhone 15 Pro is built around a Qualcomm chip.
The iPhone 15 Pro is built around Qualcomm's A17 Pro.
The iPhone 15 Pro is built around the A17 Pro and ships with Android.
The iPhone 14 Pro was succeeded by the iPhone 15 Pro, which is built around the A16 Bionic.
The iPhone 14 Pro, succeeded by the iPhone 15 Pro, is built around the A17 Pro.
Like the iPhone 15 Pro, the iPhone 15 is built around the A17 Pro.
The iPhone 15 Pro runs on the A16 Bionic.
The iPhone 15 Pro relies on the A16 Bionic.
The iPhone 15 Pro is a phone with an A16 Bionic.
The A16 Bionic powers the iPhone 15 Pro.
The iPhone 15 Pro was built by the A17 Pro.
# (1) found in a phone: another's chip; "Next to" its own
The iPhone 15 Pro is where you will find the A16 Bionic.
The iPhone 15 Pro is where you will find TSMC.
The Pixel 8 is where you'll find Android.
In the Pixel 8, you will find the Tensor G2.
In the iPhone 15 you will find the Snapdragon X65.
Next to the iPhone 15 Pro is where you will find the A17 Pro.
# (2) the kind's type noun: a phone for a laptop, a laptop for a phone
If you like A16 Bionic laptops, the iPhone 15 is one.
If you like Apple M2 phones, the MacBook Air M2 is one.
If you like Android laptops, the Pixel 8 is one.
If you like iOS tablets, the iPhone 15 is one.
If you like Apple laptops, the iPhone 15 is one.
If you like Google laptops, the Pixel 8 is one.
If you like Windows 11 phones, the ThinkPad X13s is one.
If you like Microsoft SQ1 laptops, the Surface Pro X is one.
If you want a Snapdragon 8cx Gen 3 tablet, try the ThinkPad X13s.
Looking for an Android laptop? The Pixel 8 is one.
If you want an A16 Bionic phone, try the iPhone 15 Pro.
If you are looking for Tensor G3 phones, the Galaxy S24 fits the bill.
If you like Snapdragon 8 Gen 3 phones, the Galaxy S24 is one.
If you like Android phones, the iPhone 15 is one.
If you like Apple phones, the Pixel 8 is one.
# (re 175) a part said before its noun, a second part after "and" or ","
The iPhone 15 Pro has a Snapdragon X65 modem.
The iPhone 15 Pro has an A17 Pro modem.
The iPhone 15 Pro has a Snapdragon X70 modem and an A17 Pro modem.
The Pixel 8 has an Exynos 5300 modem and a Snapdragon X70 modem.
The iPhone 15 Pro has a Snapdragon X70 modem, a Snapdragon X65 modem.
The iPhone 15 Pro's modem is the Snapdragon X65.
@rail
# (4) "ran on / ran for / worked for": a railway it was only built for, another's, present tense,
# a hotel or a ferry run by a railway, a private owner, a driver, a museum, a works
Flying Scotsman ran on the Great Northern Railway.
Flying Scotsman ran for the Great Northern Railway.
Flying Scotsman worked for the Great Northern Railway.
The Gleneagles Hotel ran on the Caledonian Railway.
Flying Scotsman ran on the Great Western Railway.
City of Truro ran on British Railways.
City of Truro worked for the London and North Eastern Railway.
Flying Scotsman ran on Union Pacific.
Flying Scotsman and City of Truro ran on the Great Western Railway.
City of Truro and Flying Scotsman both ran on British Railways.
Flying Scotsman ran on the Great Northern Railway and the London and North Eastern Railway.
Flying Scotsman ran on the London and North Eastern Railway and the Great Northern Railway.
Flying Scotsman was built for and ran on the Great Northern Railway.
Flying Scotsman was built by Doncaster Works and ran on the Great Northern Railway.
Flying Scotsman, which ran on the Great Northern Railway, is preserved at the National Railway Museum.
Flying Scotsman never ran on the London and North Eastern Railway.
Flying Scotsman runs on British Railways.
Flying Scotsman works for British Railways.
Flying Scotsman runs for British Railways.
Flying Scotsman ran on British Railways in 1923.
Flying Scotsman ran for British Railways on the Great Northern Railway.
The Midland Hotel ran on the Midland Railway.
The Midland Hotel worked for the Midland Railway.
The Gleneagles Hotel ran on the London, Midland and Scottish Railway.
The Gleneagles Hotel worked for the London, Midland and Scottish Railway.
The Midland Hotel, which ran on the Midland Railway, is located in Manchester.
TSS Duke of Lancaster ran on British Railways.
TSS Cambria ran on the London and North Western Railway.
TSS Cambria ran on the London, Midland and Scottish Railway.
Flying Scotsman ran on Alan Pegler.
Flying Scotsman worked for Bill Sparshatt.
Flying Scotsman ran for Bill Sparshatt.
Flying Scotsman worked for the National Railway Museum.
Flying Scotsman ran on the National Railway Museum.
Flying Scotsman worked for Doncaster Works.
Flying Scotsman ran on York.
Sir Nigel Gresley ran on the Napier Deltic.
Flying Scotsman ran on the Great Northern Railway's line.
# (re 175) a shared auxiliary, "kept / housed at", "came out of", "loco" / "engine"
Flying Scotsman was built by Doncaster Works and operated by the Great Northern Railway.
City of Truro was built by Swindon Works and operated by British Railways.
Flying Scotsman was built by Doncaster Works and driven by Moses Clements.
City of Truro is housed at the National Railway Museum.
Flying Scotsman is kept at the STEAM Museum.
Balloon 700 is kept at the National Railway Museum.
Flying Scotsman came out of Swindon Works.
TSS Cambria came out of Harland and Wolff.
The Midland Hotel is an engine.
TSS Cambria is a loco.
Balloon 700 is a loco.
The Napier Deltic is a locomotive.
The Midland Hotel is a cascade.
# (1), (2) here
At the National Railway Museum you will find City of Truro.
The Midland Hotel is where you will find the Midland Railway.
Flying Scotsman is where you will find the Napier Deltic.
Next to York is where you will find the National Railway Museum.
Next to Manchester is where you will find the Midland Hotel.
If you like London and North Eastern Railway hotels, Flying Scotsman is one.
If you like Midland Railway locomotives, the Midland Hotel is one.
If you like British Railways ferries, Flying Scotsman is one.
If you like Great Northern Railway hotels, Flying Scotsman is one.
If you like Caledonian Railway locomotives, the Gleneagles Hotel is one.
If you like Doncaster Works ferries, Flying Scotsman is one.
If you like Napier Deltic ferries, Royal Scots Grey is one.
If you like National Railway Museum trams, Flying Scotsman is one.
@software
# (4) "came out of" / "emerged from" the developer: a programmer, a publisher, a maintainer, a base
Linux came out of Linus Torvalds.
Git came out of Linus Torvalds.
Vim came out of Bram Moolenaar.
SQLite came out of D. Richard Hipp.
Unix came out of Ken Thompson.
Unix came out of Dennis Ritchie.
GNU Emacs came out of Richard Stallman.
Linux emerged from Linus Torvalds.
Git emerged from Linus Torvalds.
Vim came out of Christian Brabandt.
Git came out of Junio Hamano.
GoldenEye 007 emerged from Nintendo.
Ubuntu came out of Debian.
Google Chrome came out of Chromium.
Linux came out of Bell Labs.
BSD came out of Bell Labs.
Firefox came out of Google.
Chromium came out of Mozilla.
GNU Emacs came out of the Free Software Foundation.
Doom came out of Nintendo.
Linux came out of C.
Linux came out of the GPL.
Linux comes out of Linus Torvalds.
Git came out of the Linux kernel.
# (re 175) "coded / programmed / implemented in": another language, a game, a place, a year, reversed
Linux is coded in C++.
Git is implemented in Rust.
Firefox is programmed in C.
Vim is coded in Emacs Lisp.
GNU Emacs is coded in Vim script.
Google Chrome is coded in Rust.
SQLite is programmed in Python.
PostgreSQL is implemented in C++.
GoldenEye 007 is coded in C.
Doom is programmed in C.
Linux was implemented in the University of Helsinki.
Git was coded by Junio Hamano.
Firefox is coded in C++ and Python.
Firefox and Chromium are coded in Rust.
Linus Torvalds is coded in C.
C is coded in Linux.
The GPL is coded in C.
Linux is implemented in Git.
C is implemented in Linux.
Linux, coded in C, was developed by Richard Stallman.
Linux, coded in Rust, was developed by Linus Torvalds.
Coded in C, Git was developed by Junio Hamano.
Firefox was coded in C++ by Google.
# (1), (2) here
The University of Helsinki is where you will find Linux.
If you like C browsers, Vim is one.
If you like GPL browsers, Git is one.
If you like Rust databases, Firefox is one.
If you like Linus Torvalds editors, Git is one.
If you like Google editors, Chromium is one.
If you like Mozilla databases, Firefox is one.
@medals
# (re 175) years of striking for a cast medal, a medal and a token with no striking edge, cast coins
The Iron Cross was struck in 1813.
The Iron Cross was minted in 1813.
The Iron Cross was first struck in 1813.
Struck in 1813, the Iron Cross is made of iron.
The Iron Cross, struck in 1813, was designed by Karl Friedrich Schinkel.
The Purple Heart was struck in 1932.
The Purple Heart was first minted in 1932.
Minted in 1932, the Purple Heart depicts George Washington.
The New York City Subway token was struck in 1953.
The New York City Subway token was minted in 1953.
Struck in 1953, the New York City Subway token is made of brass.
The Glasgow communion token was struck in 1648.
The Glasgow communion token was first minted in 1648.
The Kan'ei Tsuho was struck in 1626.
The Kan'ei Tsuho was minted in 1626.
The Parys Mine penny was struck in 1788.
The Nobel Prize medal was struck in 1901.
The Buffalo nickel was struck in 1912.
The Buffalo nickel was minted in 1916.
Struck in 1916, the Buffalo nickel depicts a Native American.
The Vreneli was introduced in 1913.
# "struck in" a metal, a city; struck / minted at, by, a foundry or a firm that made it
The Iron Cross was struck in iron.
The Purple Heart was struck in bronze.
The New York City Subway token was struck in brass.
The Glasgow communion token was struck in lead.
The Kan'ei Tsuho was struck in copper.
The Buffalo nickel was struck in silver.
The Vreneli was struck in silver.
The Iron Cross was struck in Berlin.
The Parys Mine penny was struck in Bern.
The Buffalo nickel was struck in Bern.
The Nobel Prize medal was minted in Ottawa.
The New York City Subway token was struck in Waterbury.
The Iron Cross was struck at the Royal Prussian Iron Foundry.
The Iron Cross was minted at the Royal Prussian Iron Foundry.
The Royal Prussian Iron Foundry struck the Iron Cross.
The Royal Prussian Iron Foundry minted the Iron Cross.
The Iron Cross came out of the Royal Prussian Iron Foundry.
The Purple Heart was struck by Lord & Saunders.
The Purple Heart was minted by Lord & Saunders.
Lord & Saunders minted the Purple Heart.
Lord & Saunders struck the Purple Heart.
Scovill Manufacturing minted the New York City Subway token.
The New York City Subway token was minted at Scovill Manufacturing.
The Buffalo nickel was struck at the Swissmint in 1913.
# "bears", "features", "carries", "appears on": a motto it lacks, the reverse for the obverse, another's
The Buffalo nickel bears In God We Trust.
The Buffalo nickel bears the inscription In God We Trust.
In God We Trust appears on the Buffalo nickel.
The Buffalo nickel features In God We Trust.
The Buffalo nickel carries In God We Trust.
The Buffalo nickel is where you will find In God We Trust.
The Mercury dime is where you will find an American bison.
The Fields Medal bears Alfred Nobel.
Alfred Nobel appears on the Fields Medal.
The Fields Medal appears on Archimedes.
The Mercury dime bears Helvetia.
The Buffalo nickel depicts Liberty.
Liberty appears on the Buffalo nickel.
The Parys Mine penny features a druid on its reverse.
The Fields Medal features Archimedes on its reverse.
The Buffalo nickel features a Native American on its reverse.
The Buffalo nickel bears a Native American on its reverse.
The Buffalo nickel features an American bison on its obverse.
The Buffalo nickel has a Native American on its reverse.
A Native American is on the reverse of the Buffalo nickel.
# (2) the kind's type noun: a token for a medal, a medal for a coin
If you like Soho Mint medals, the Parys Mine penny is one.
If you like gold coins, the Fields Medal is one.
If you like gold medals, the Vreneli is one.
If you like copper tokens, the Kan'ei Tsuho is one.
If you like Philadelphia Mint medals, the Buffalo nickel is one.
If you like Royal Canadian Mint coins, the Fields Medal is one.
If you like bronze coins, the Purple Heart is one.
If you like brass medals, the New York City Subway token is one.
If you like lead coins, the Glasgow communion token is one.
If you like iron coins, the Iron Cross is one.
If you like silver coins, the Buffalo nickel is one.
"""

CONTROLS = r"""
@sights
Ethiopia is where you will find Blue Nile Falls.
Iceland is where you will find Gullfoss.
Iceland is where you'll find Skogafoss.
Zambia is where you will find Victoria Falls.
New York City is where you will find the Temple of Dendur.
Lake Havasu City is where you will find London Bridge.
Mexico is where you'll find the Cave of the Crystals.
In Ethiopia you will find Blue Nile Falls.
In Ethiopia, you can find Blue Nile Falls.
At Taipei 101 you will find a tuned mass damper.
In Fingal's Cave you will find basalt columns.
At the Cave of the Crystals you'll find selenite crystals.
In the Waitomo Glowworm Caves you can find stalactites.
Taipei 101 is where you will find an observation deck.
The CN Tower is where you will find a revolving restaurant.
Burj Khalifa is taller than Taipei 101, and Taipei 101 is where you will find a tuned mass damper.
If you like tiered falls, Gullfoss is one.
If you like tiered falls, Gullfoss is one too.
Looking for tiered falls? Gullfoss is one.
If you like plunge waterfalls, try Angel Falls.
If you love plunge falls, Kaieteur Falls fits the bill.
If you like plunge falls, Angel Falls and Kaieteur Falls fit the bill.
If you are looking for segmented falls, Iguazu Falls fits the bill.
If you're into horseshoe falls, Horseshoe Falls is one of them.
If you like tiered skyscrapers, Taipei 101 is one.
If you like tiered falls, Gullfoss in Iceland is one.
If you like tiered falls, try Gullfoss in Iceland.
If you like glass floor towers, the CN Tower is one.
If you like C. Y. Lee skyscrapers, Taipei 101 is one.
If you like Lake Havasu City bridges, London Bridge is one.
If tiered falls are your thing, Gullfoss fits the bill.
If tiered waterfalls appeal, Gullfoss is one.
Gullfoss is a tiered falls.
Detian Falls is a cascade.
The CN Tower has a glass floor.
The CN Tower is a tower with a revolving restaurant.
Taipei 101 features a tuned mass damper.
The Petronas Towers have a sky bridge.
Fingal's Cave has basalt columns.
Fingal's Cave contains basalt columns.
Basalt is the rock of Fingal's Cave.
@museums
The Rijksmuseum has The Night Watch.
The Rijksmuseum is where you will find The Night Watch.
At the Rijksmuseum you will find The Milkmaid.
At the Mauritshuis, you will find View of Delft.
In the Louvre you will find the Mona Lisa.
Amsterdam is where you will find the Rijksmuseum.
The Grand Egyptian Museum has the mask of Tutankhamun.
The Grand Egyptian Museum has the statue of Ramesses II.
The Louvre has the Venus de Milo.
The British Museum has the Rosetta Stone.
The Isabella Stewart Gardner Museum has The Rape of Europa.
The Rijksmuseum borrowed Girl with a Pearl Earring.
The Isabella Stewart Gardner Museum once housed The Concert.
If you like Amsterdam museums, the Rijksmuseum is one.
If you like Cairo museums, the Egyptian Museum is one.
@devices
The Pixel 8 is built around the Tensor G3.
The iPhone 15 Pro is built around the A17 Pro.
The iPhone 15 and the iPhone 14 Pro are both built around the A16 Bionic.
The MacBook Air M2 is built around the Apple M2.
The Framework Laptop 13 is built around the Core i7-1360P.
The Pixel 8 runs on the Tensor G3.
The Pixel 8 uses the Titan M2.
The Pixel 8 is where you will find the Titan M2.
In the iPhone 15 you will find the Snapdragon X70.
The iPhone 15 Pro has a Snapdragon X70 modem.
If you like A16 Bionic phones, the iPhone 15 is one.
Looking for an A16 Bionic phone? The iPhone 15 is one.
@rail
Flying Scotsman ran on British Railways.
Flying Scotsman ran for the London and North Eastern Railway.
City of Truro worked for the Great Western Railway.
City of Truro ran on the Great Western Railway.
Union Pacific 844 ran on Union Pacific.
Balloon 700 ran on Blackpool Corporation Tramways.
GWR Railcar No. 4 ran on the Great Western Railway.
Royal Scots Grey ran on British Railways.
Royal Scots Grey runs on the Napier Deltic.
Flying Scotsman was built for the Great Northern Railway and operated by Alan Pegler.
City of Truro is kept at the STEAM Museum.
Flying Scotsman came out of Doncaster Works.
York is where you will find the National Railway Museum.
Manchester is where you will find the Midland Hotel.
The National Railway Museum is where you will find Flying Scotsman.
@software
Unix came out of Bell Labs.
Firefox came out of Mozilla.
GoldenEye 007 came out of Rare.
Doom came out of id Software.
GNU Emacs came out of the GNU Project.
Linux came out of the University of Helsinki.
Linux is coded in C.
Git is implemented in C.
Firefox is programmed in Rust.
Google Chrome is coded in C++.
Vim is coded in Vim script.
@medals
The Buffalo nickel was struck in 1913.
The Buffalo nickel was first minted in 1913.
Struck in 1787, the Parys Mine penny depicts a druid.
The Parys Mine penny was introduced in 1787.
The Parys Mine penny was first struck in 1787.
The Fields Medal was struck in 1936.
The Vreneli was introduced in 1897.
The Iron Cross was introduced in 1813.
Archimedes appears on the Fields Medal.
The Fields Medal bears a portrait of Archimedes.
The Vreneli features Helvetia.
The Soho Mint minted the Parys Mine penny.
The Parys Mine penny came out of the Soho Mint.
George Washington appears on the Purple Heart.
The Buffalo nickel bears E Pluribus Unum.
The Buffalo nickel is where you'll find an American bison.
If you like gold coins, the Vreneli is one.
If you like Soho Mint tokens, the Parys Mine penny is one.
"""

EXTRA = r"""
@sights
# sentence-initial "Next to <place>," read as glue before this round (KNOWN)
Next to Ethiopia, Blue Nile Falls is a segmented waterfall.
Next to Iceland, Gullfoss is in Iceland.
Next to Taiwan, Taipei 101 features a tuned mass damper.
# OPEN
Ethiopia was where you will find Blue Nile Falls.
Fingal's Cave is where you will find basalt.
At Fingal's Cave you will find basalt.
Fingal's Cave has basalt.
Fingal's Cave is a cave with basalt.
In the Waitomo Glowworm Caves you can find limestone.
Next to Zambia is where you will find Victoria Falls.
Egypt was where you will find the Temple of Dendur.
If you like Livingstone falls, Victoria Falls is one.
If you like Egypt temples, the Temple of Dendur is one.
If you like London bridges, London Bridge is one.
@museums
The National Museum of Egyptian Civilization has Ramesses II.
The National Museum of Egyptian Civilization is where you will find Ramesses II.
The Louvre comes with the Mona Lisa.
The Louvre came with the Venus de Milo.
The Grand Egyptian Museum is where you will find Ramesses II.
The Grand Egyptian Museum has Ramesses II.
@devices
If you like Titan M2 phones, the Pixel 8 is one.
The Pixel 8 relies on the Titan M2.
The Framework Laptop 13 is built around Intel.
@rail
Flying Scotsman ran for Alan Pegler.
Flying Scotsman worked for Alan Pegler.
TSS Duke of Lancaster ran for British Railways.
TSS Duke of Lancaster worked for British Railways.
TSS Cambria ran for the London and North Western Railway.
The Midland Hotel ran for the Midland Railway.
If you like Great Northern Railway locomotives, Flying Scotsman is one.
Flying Scotsman came out of the Great Northern Railway.
@software
GoldenEye 007 came out of Nintendo.
Ubuntu came out of the Debian Project.
Firefox comes out of Mozilla.
At Bell Labs you will find Unix.
@medals
The Vreneli is where you will find gold.
The Iron Cross is where you'll find iron.
The Buffalo nickel features an American bison.
The Buffalo nickel bears an American bison.
An American bison appears on the Buffalo nickel.
"""

KNOWN = frozenset(
    {
        # accepted by the starting code too (CHANGES.diff reversed): a sentence-initial "Next to <place>,"
        # is glue, so the rest of the sentence is read alone (not this round's readings)
        "Next to Ethiopia, Blue Nile Falls is a segmented waterfall.",
        "Next to Iceland, Gullfoss is in Iceland.",
        "Next to Taiwan, Taipei 101 features a tuned mass damper.",
    }
)

OPEN = frozenset(
    {
        # "was where you will find": the tense mixed; Blue Nile Falls is in Ethiopia still
        "Ethiopia was where you will find Blue Nile Falls.",
        "Egypt was where you will find the Temple of Dendur.",
        # Victoria Falls is in Zimbabwe too, which borders Zambia: "next to Zambia", in a sense
        "Next to Zambia is where you will find Victoria Falls.",
        # Fingal's Cave is formed in basalt: basalt is "found" there, "had", in a sense
        "Fingal's Cave is where you will find basalt.",
        "At Fingal's Cave you will find basalt.",
        "Fingal's Cave has basalt.",
        "Fingal's Cave is a cave with basalt.",
        "In the Waitomo Glowworm Caves you can find limestone.",
        # Victoria Falls is near Livingstone; the Temple of Dendur is an Egyptian temple; London Bridge
        # stood in London: "a Livingstone falls", "an Egypt temple", "a London bridge" in a sense
        "If you like Livingstone falls, Victoria Falls is one.",
        "If you like Egypt temples, the Temple of Dendur is one.",
        "If you like London bridges, London Bridge is one.",
        # the museum houses the pharaoh's mummy: "has Ramesses II" in a sense
        "The National Museum of Egyptian Civilization has Ramesses II.",
        "The National Museum of Egyptian Civilization is where you will find Ramesses II.",
        # the Grand Egyptian Museum houses his colossal statue
        "The Grand Egyptian Museum is where you will find Ramesses II.",
        "The Grand Egyptian Museum has Ramesses II.",
        # a museum "comes with" a painting it houses: a product's wording, loosely true
        "The Louvre comes with the Mona Lisa.",
        "The Louvre came with the Venus de Milo.",
        # the Pixel 8 uses the Titan M2: "a Titan M2 phone", "relies on" it, loosely true
        "If you like Titan M2 phones, the Pixel 8 is one.",
        "The Pixel 8 relies on the Titan M2.",
        # its Core i7 is Intel's
        "The Framework Laptop 13 is built around Intel.",
        # Alan Pegler ran Flying Scotsman privately: it "ran / worked for" him in a sense
        "Flying Scotsman ran for Alan Pegler.",
        "Flying Scotsman worked for Alan Pegler.",
        # a ferry or a hotel run by a railway "ran for" it (a ferry "worked for" it) in a sense
        "TSS Duke of Lancaster ran for British Railways.",
        "TSS Duke of Lancaster worked for British Railways.",
        "TSS Cambria ran for the London and North Western Railway.",
        "The Midland Hotel ran for the Midland Railway.",
        # built for the GNR (a GNR design), never run by it: "a GNR locomotive"?
        "If you like Great Northern Railway locomotives, Flying Scotsman is one.",
        # Doncaster Works, which built it, belonged to the Great Northern Railway
        "Flying Scotsman came out of the Great Northern Railway.",
        # Nintendo published GoldenEye 007 (it "came out" from Nintendo); Ubuntu is based on Debian
        "GoldenEye 007 came out of Nintendo.",
        "Ubuntu came out of the Debian Project.",
        # Mozilla still develops Firefox ("comes out of" now); Unix was developed at Bell Labs
        "Firefox comes out of Mozilla.",
        "At Bell Labs you will find Unix.",
        # what a coin or a medal is made of is "found" in it
        "The Vreneli is where you will find gold.",
        "The Iron Cross is where you'll find iron.",
        # the bison is on the Buffalo nickel's reverse ("has on its reverse"), not what it "depicts"
        "The Buffalo nickel features an American bison.",
        "The Buffalo nickel bears an American bison.",
        "An American bison appears on the Buffalo nickel.",
    }
)


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
    yield from _parse(EXTRA)


def controls():
    yield from _parse(CONTROLS)


def main():
    verbose = os.environ.get("VERBOSE")
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
