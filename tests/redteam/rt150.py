"""Red team round 150: this round's new readings (CHANGES.diff). (1) "today" / "currently" / "still"
add no claim only in a clause whose every cue says what is (never of a relation whose phrase is
past: "was the residence of", "aired on", "was owned by", "formerly played for"), and inside a cue
("is currently run by"); "jointly" only where "and" joins two doers in its clause; (2) "was owned
by" also reads "belonged to", "once belonged to", "was once owned by", "X once owned Y"; "is kept at"
also reads "is housed / held / displayed at / in", "is on display at", "is in / belongs to / sits
in / is part of the collection of"; (3) "has as its N" names the noun N ("X has Y as its N", "Y is
the N of X", "X's N is Y"), "has / counts among its Ns" the singular noun; "it", "the latter", "the
former" may be the subject of "has / counts Y among / as its N"; (4) "introduce" is a verb of
making ("X introduced Y in <year>", "Y, introduced in <year>,", "a Hevelius constellation"); (5)
"borders" (and "adjoins", "is adjacent to") also reads "lies / sits next to", "neighbours"; (6)
"the latter / the former" of another pair only in the sentence that named something last,
"there" only of its own sentence; (7) the verb after "X <participle> by Y" is X's, also with
"today / still / currently" between; "one of the <plural group>" beside a declared "is one of".

Four graphs of my own:

* astronomy: constellations (items dated by the year each was introduced) and star atlases
  (items dated by publication), who introduced each constellation ("was introduced by" /
  "introduced"), its brightest star ("has as its brightest star"), the stars in it ("lies in" /
  "counts among its stars"), the constellations it "borders", the figure it represents, the
  groups it "is one of" (declared: "the Zodiac constellations"), who compiled each atlas, where it
  "is kept at" (now) and who it "was owned by" (once), its style and period, where astronomers
  "worked at" and "studied at" (once) and were born, places of libraries and observatories; a user;
* art: paintings (items dated by painting) and museums (items dated by founding), painters, where
  each painting "is kept at" (now), who it "was owned by" (once), the series it "belongs to" (now),
  styles and periods, each museum's city, whose residence it "was", its director ("has as its
  director"), founder, patrons ("counts among its patrons") and the landmark it "is adjacent to";
  a user;
* football: clubs (founded), stadiums (opened) and documentary series (premiered), where a club
  "plays its home games at" (now) and "played its home games at" (once), who "plays for" it and
  who "formerly played for" it, its captain ("has as its captain"), who "is owned by" it now and
  "was owned by" it once, its rivals ("counts among its rivals"), stadiums "adjacent to"
  landmarks, styles and periods, the network a series "aired on" (once) and the platform it
  "streams on" (now); a user;
* islands: species (items dated by the year each was described) and national parks (items dated
  by their founding), who described each species, the island it "is native to", the islands it
  "was introduced to" and the settler who introduced it ("was introduced by": a later act than
  its description), the family it "belongs to", islands that "belong to" a country (now), "are
  owned by" a trust (now) and "were owned by" a landowner (once), each island's highest point
  ("has as its highest point"), parks on islands and who runs them, countries that "border" each
  other; a user.

False texts only (one false statement each; arguable ones in OPEN; false ones the starting code
accepted too, through readings this round did not touch, in KNOWN), plus faithful controls."""

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


def astronomy():
    """Constellations (items with years: the year each was introduced; the classical ones 150, of
    Ptolemy's Almagest) and star atlases (items: the year each was published), the astronomer who
    introduced each constellation ("was introduced by" / "introduced"), its brightest star ("has as
    its brightest star"), the stars that lie in it ("lies in" / "counts among its stars"), the
    constellations it borders, the figure it represents, who compiled each atlas, the library or
    observatory it "is kept at" (now), who it "was owned by" (once), its style and period, where
    astronomers worked (once) and were born, observatories and libraries located in cities; a user."""
    rels = [
        R("introduced_by", phrase="was introduced by", inverse_phrase="introduced", domain=("constellation",),
          range=("astronomer",)),
        R("brightest", phrase="has as its brightest star", inverse_phrase="is the brightest star of",
          domain=("constellation",), range=("star",)),
        R("lies_in", phrase="lies in", inverse_phrase="counts among its stars", domain=("star",),
          range=("constellation",)),
        R("borders", phrase="borders", inverse_phrase="borders", domain=("constellation",),
          range=("constellation",)),
        R("represents", phrase="represents", inverse_phrase="is represented by", domain=("constellation",),
          range=("figure",)),
        R("compiled_by", phrase="was compiled by", inverse_phrase="compiled", domain=("atlas",),
          range=("astronomer",)),
        R("kept_at", phrase="is kept at", inverse_phrase="keeps", domain=("atlas",),
          range=("library", "observatory")),
        R("owned_by", phrase="was owned by", inverse_phrase="owned", domain=("atlas",),
          range=("astronomer", "king", "collector")),
        R("style", phrase="is an example of", inverse_phrase="is the style of", domain=("atlas",),
          range=("style",)),
        R("dates_from", phrase="dates from", inverse_phrase="saw the making of", domain=("atlas",),
          range=("period",)),
        R("worked_at", phrase="worked at", inverse_phrase="employed", domain=("astronomer",),
          range=("observatory",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("astronomer", "king"),
          range=("city",)),
        R("studied_at", phrase="studied at", inverse_phrase="educated", domain=("astronomer",), range=("university",)),
        R("located_in", phrase="is located in", inverse_phrase="is the site of",
          domain=("library", "observatory", "university"),
          range=("city",)),
        R("zodiac", phrase="is one of", inverse_phrase="counts", domain=("constellation",), range=("group",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "c:orion": ("constellation", "Orion", 150), "c:lyra": ("constellation", "Lyra", 150),
        "c:cygnus": ("constellation", "Cygnus", 150), "c:hercules": ("constellation", "Hercules", 150),
        "c:taurus": ("constellation", "Taurus", 150), "c:gemini": ("constellation", "Gemini", 150),
        "c:auriga": ("constellation", "Auriga", 150), "c:aquila": ("constellation", "Aquila", 150),
        "c:canismajor": ("constellation", "Canis Major", 150), "c:leo": ("constellation", "Leo", 150),
        "c:lynx": ("constellation", "Lynx", 1687), "c:lacerta": ("constellation", "Lacerta", 1687),
        "c:vulpecula": ("constellation", "Vulpecula", 1687), "c:scutum": ("constellation", "Scutum", 1684),
        "c:sextans": ("constellation", "Sextans", 1687),
        "c:pyxis": ("constellation", "Pyxis", 1756), "c:antlia": ("constellation", "Antlia", 1756),
        "c:fornax": ("constellation", "Fornax", 1756),
        "c:monoceros": ("constellation", "Monoceros", 1612), "c:camelopardalis": ("constellation", "Camelopardalis", 1612),
        "c:columba": ("constellation", "Columba", 1592),
        "at:uranometria": ("atlas", "Uranometria", 1603),
        "at:firmamentum": ("atlas", "Firmamentum Sobiescianum", 1690),
        "at:coelum": ("atlas", "Coelum Australe Stelliferum", 1763),
        "at:flamsteed": ("atlas", "Atlas Coelestis", 1729),
    }
    others = {
        "p:ptolemy": ("astronomer", "Ptolemy"), "p:hevelius": ("astronomer", "Johannes Hevelius"),
        "p:lacaille": ("astronomer", "Nicolas-Louis de Lacaille"), "p:plancius": ("astronomer", "Petrus Plancius"),
        "p:bayer": ("astronomer", "Johann Bayer"), "p:flamsteed": ("astronomer", "John Flamsteed"),
        "p:wherschel": ("astronomer", "William Herschel"), "p:cherschel": ("astronomer", "Caroline Herschel"),
        "p:sobieski": ("king", "John III Sobieski"), "p:crawford": ("collector", "Lord Crawford"),
        "s:rigel": ("star", "Rigel"), "s:betelgeuse": ("star", "Betelgeuse"), "s:bellatrix": ("star", "Bellatrix"),
        "s:vega": ("star", "Vega"), "s:sheliak": ("star", "Sheliak"), "s:deneb": ("star", "Deneb"),
        "s:albireo": ("star", "Albireo"), "s:kornephoros": ("star", "Kornephoros"), "s:aldebaran": ("star", "Aldebaran"),
        "s:elnath": ("star", "Elnath"), "s:pollux": ("star", "Pollux"), "s:castor": ("star", "Castor"),
        "s:capella": ("star", "Capella"), "s:altair": ("star", "Altair"), "s:sirius": ("star", "Sirius"),
        "s:regulus": ("star", "Regulus"), "s:alphalyncis": ("star", "Alpha Lyncis"), "s:anser": ("star", "Anser"),
        "s:alphapyxidis": ("star", "Alpha Pyxidis"), "s:phact": ("star", "Phact"),
        "s:alphascuti": ("star", "Alpha Scuti"), "s:betamon": ("star", "Beta Monocerotis"),
        "f:hunter": ("figure", "hunter"), "f:lyre": ("figure", "lyre"), "f:swan": ("figure", "swan"),
        "f:heracles": ("figure", "Heracles"), "f:bull": ("figure", "bull"), "f:twins": ("figure", "twins"),
        "f:lizard": ("figure", "lizard"), "f:fox": ("figure", "little fox"), "f:shield": ("figure", "Sobieski's shield"),
        "f:compass": ("figure", "mariner's compass"), "f:pump": ("figure", "air pump"), "f:unicorn": ("figure", "unicorn"),
        "f:dove": ("figure", "dove"), "f:giraffe": ("figure", "giraffe"), "f:eagle": ("figure", "eagle"),
        "f:lion": ("figure", "lion"), "f:sextant": ("figure", "sextant"), "f:furnace": ("figure", "furnace"),
        "lb:linda": ("library", "Linda Hall Library"), "lb:gdansk": ("library", "Gdańsk Library"),
        "ob:paris": ("observatory", "Paris Observatory"), "ob:greenwich": ("observatory", "Royal Observatory Greenwich"),
        "ob:edinburgh": ("observatory", "Royal Observatory Edinburgh"), "ob:slough": ("observatory", "Observatory House"),
        "y:kansascity": ("city", "Kansas City"), "y:gdansk": ("city", "Gdańsk"), "y:paris": ("city", "Paris"),
        "y:london": ("city", "London"), "y:edinburgh": ("city", "Edinburgh"), "y:slough": ("city", "Slough"),
        "y:hanover": ("city", "Hanover"), "y:rumigny": ("city", "Rumigny"), "y:olesko": ("city", "Olesko"),
        "y:rain": ("city", "Rain"), "y:denby": ("city", "Denby"), "y:leiden": ("city", "Leiden"),
        "y:cambridge": ("city", "Cambridge"), "y:ingolstadt": ("city", "Ingolstadt"),
        "u:leiden": ("university", "Leiden University"), "u:lisieux": ("university", "Collège de Lisieux"),
        "u:cambridge": ("university", "University of Cambridge"), "u:ingolstadt": ("university", "University of Ingolstadt"),
        "st:baroque": ("style", "Baroque"), "st:rococo": ("style", "Rococo"),
        "g:zodiac": ("group", "Zodiac constellations"), "g:winter": ("group", "Winter Hexagon constellations"),
        "pd:revolution": ("period", "Scientific Revolution"), "pd:enlightenment": ("period", "Age of Enlightenment"),
    }
    T = [
        ("c:orion", "introduced_by", "p:ptolemy"), ("c:lyra", "introduced_by", "p:ptolemy"),
        ("c:cygnus", "introduced_by", "p:ptolemy"), ("c:hercules", "introduced_by", "p:ptolemy"),
        ("c:taurus", "introduced_by", "p:ptolemy"), ("c:gemini", "introduced_by", "p:ptolemy"),
        ("c:auriga", "introduced_by", "p:ptolemy"), ("c:aquila", "introduced_by", "p:ptolemy"),
        ("c:canismajor", "introduced_by", "p:ptolemy"), ("c:leo", "introduced_by", "p:ptolemy"),
        ("c:lynx", "introduced_by", "p:hevelius"), ("c:lacerta", "introduced_by", "p:hevelius"),
        ("c:vulpecula", "introduced_by", "p:hevelius"), ("c:scutum", "introduced_by", "p:hevelius"),
        ("c:sextans", "introduced_by", "p:hevelius"),
        ("c:pyxis", "introduced_by", "p:lacaille"), ("c:antlia", "introduced_by", "p:lacaille"),
        ("c:fornax", "introduced_by", "p:lacaille"),
        ("c:monoceros", "introduced_by", "p:plancius"), ("c:camelopardalis", "introduced_by", "p:plancius"),
        ("c:columba", "introduced_by", "p:plancius"),
        ("c:orion", "brightest", "s:rigel"), ("c:lyra", "brightest", "s:vega"), ("c:cygnus", "brightest", "s:deneb"),
        ("c:hercules", "brightest", "s:kornephoros"), ("c:taurus", "brightest", "s:aldebaran"),
        ("c:gemini", "brightest", "s:pollux"), ("c:auriga", "brightest", "s:capella"),
        ("c:aquila", "brightest", "s:altair"), ("c:canismajor", "brightest", "s:sirius"),
        ("c:leo", "brightest", "s:regulus"), ("c:lynx", "brightest", "s:alphalyncis"),
        ("c:vulpecula", "brightest", "s:anser"), ("c:pyxis", "brightest", "s:alphapyxidis"),
        ("c:columba", "brightest", "s:phact"), ("c:scutum", "brightest", "s:alphascuti"),
        ("c:monoceros", "brightest", "s:betamon"),
        ("s:rigel", "lies_in", "c:orion"), ("s:betelgeuse", "lies_in", "c:orion"), ("s:bellatrix", "lies_in", "c:orion"),
        ("s:vega", "lies_in", "c:lyra"), ("s:sheliak", "lies_in", "c:lyra"), ("s:deneb", "lies_in", "c:cygnus"),
        ("s:albireo", "lies_in", "c:cygnus"), ("s:kornephoros", "lies_in", "c:hercules"),
        ("s:aldebaran", "lies_in", "c:taurus"), ("s:elnath", "lies_in", "c:taurus"), ("s:pollux", "lies_in", "c:gemini"),
        ("s:castor", "lies_in", "c:gemini"), ("s:capella", "lies_in", "c:auriga"), ("s:altair", "lies_in", "c:aquila"),
        ("s:sirius", "lies_in", "c:canismajor"), ("s:regulus", "lies_in", "c:leo"),
        ("s:alphalyncis", "lies_in", "c:lynx"), ("s:anser", "lies_in", "c:vulpecula"),
        ("s:alphapyxidis", "lies_in", "c:pyxis"), ("s:phact", "lies_in", "c:columba"),
        ("s:alphascuti", "lies_in", "c:scutum"), ("s:betamon", "lies_in", "c:monoceros"),
        ("c:lyra", "borders", "c:cygnus"), ("c:lyra", "borders", "c:hercules"), ("c:lyra", "borders", "c:vulpecula"),
        ("c:cygnus", "borders", "c:vulpecula"), ("c:cygnus", "borders", "c:lacerta"),
        ("c:vulpecula", "borders", "c:aquila"), ("c:hercules", "borders", "c:aquila"),
        ("c:hercules", "borders", "c:vulpecula"), ("c:scutum", "borders", "c:aquila"),
        ("c:orion", "borders", "c:taurus"), ("c:orion", "borders", "c:gemini"), ("c:orion", "borders", "c:monoceros"),
        ("c:monoceros", "borders", "c:canismajor"), ("c:gemini", "borders", "c:auriga"),
        ("c:gemini", "borders", "c:lynx"), ("c:auriga", "borders", "c:lynx"), ("c:auriga", "borders", "c:taurus"),
        ("c:auriga", "borders", "c:camelopardalis"), ("c:lynx", "borders", "c:camelopardalis"),
        ("c:leo", "borders", "c:lynx"), ("c:leo", "borders", "c:sextans"), ("c:pyxis", "borders", "c:antlia"),
        ("c:columba", "borders", "c:canismajor"), ("c:gemini", "borders", "c:monoceros"),
        ("c:orion", "represents", "f:hunter"), ("c:lyra", "represents", "f:lyre"), ("c:cygnus", "represents", "f:swan"),
        ("c:hercules", "represents", "f:heracles"), ("c:taurus", "represents", "f:bull"),
        ("c:gemini", "represents", "f:twins"), ("c:lacerta", "represents", "f:lizard"),
        ("c:vulpecula", "represents", "f:fox"), ("c:scutum", "represents", "f:shield"),
        ("c:pyxis", "represents", "f:compass"), ("c:antlia", "represents", "f:pump"),
        ("c:monoceros", "represents", "f:unicorn"), ("c:columba", "represents", "f:dove"),
        ("c:camelopardalis", "represents", "f:giraffe"), ("c:aquila", "represents", "f:eagle"),
        ("c:leo", "represents", "f:lion"), ("c:sextans", "represents", "f:sextant"), ("c:fornax", "represents", "f:furnace"),
        ("at:uranometria", "compiled_by", "p:bayer"), ("at:firmamentum", "compiled_by", "p:hevelius"),
        ("at:coelum", "compiled_by", "p:lacaille"), ("at:flamsteed", "compiled_by", "p:flamsteed"),
        ("at:uranometria", "kept_at", "lb:linda"), ("at:firmamentum", "kept_at", "lb:gdansk"),
        ("at:coelum", "kept_at", "ob:paris"), ("at:flamsteed", "kept_at", "ob:greenwich"),
        ("at:flamsteed", "kept_at", "ob:edinburgh"),
        ("at:uranometria", "owned_by", "p:wherschel"), ("at:firmamentum", "owned_by", "p:sobieski"),
        ("at:flamsteed", "owned_by", "p:cherschel"), ("at:flamsteed", "owned_by", "p:crawford"),
        ("at:uranometria", "style", "st:baroque"), ("at:firmamentum", "style", "st:baroque"),
        ("at:coelum", "style", "st:rococo"),
        ("at:uranometria", "dates_from", "pd:revolution"), ("at:firmamentum", "dates_from", "pd:revolution"),
        ("at:coelum", "dates_from", "pd:enlightenment"), ("at:flamsteed", "dates_from", "pd:enlightenment"),
        ("p:lacaille", "worked_at", "ob:paris"), ("p:flamsteed", "worked_at", "ob:greenwich"),
        ("p:wherschel", "worked_at", "ob:slough"), ("p:cherschel", "worked_at", "ob:slough"),
        ("p:hevelius", "born_in", "y:gdansk"), ("p:lacaille", "born_in", "y:rumigny"), ("p:wherschel", "born_in", "y:hanover"),
        ("p:cherschel", "born_in", "y:hanover"), ("p:sobieski", "born_in", "y:olesko"), ("p:bayer", "born_in", "y:rain"),
        ("p:flamsteed", "born_in", "y:denby"),
        ("c:taurus", "zodiac", "g:zodiac"), ("c:gemini", "zodiac", "g:zodiac"), ("c:leo", "zodiac", "g:zodiac"),
        ("c:orion", "zodiac", "g:winter"), ("c:taurus", "zodiac", "g:winter"), ("c:gemini", "zodiac", "g:winter"),
        ("c:auriga", "zodiac", "g:winter"), ("c:canismajor", "zodiac", "g:winter"),
        ("p:hevelius", "studied_at", "u:leiden"), ("p:lacaille", "studied_at", "u:lisieux"),
        ("p:flamsteed", "studied_at", "u:cambridge"), ("p:bayer", "studied_at", "u:ingolstadt"),
        ("u:leiden", "located_in", "y:leiden"), ("u:cambridge", "located_in", "y:cambridge"),
        ("u:ingolstadt", "located_in", "y:ingolstadt"),
        ("lb:linda", "located_in", "y:kansascity"), ("lb:gdansk", "located_in", "y:gdansk"),
        ("ob:paris", "located_in", "y:paris"), ("ob:greenwich", "located_in", "y:london"),
        ("ob:edinburgh", "located_in", "y:edinburgh"), ("ob:slough", "located_in", "y:slough"),
        ("user:eve", "rated", "c:lyra", {"rating": 5.0}), ("user:eve", "rated", "c:lynx", {"rating": 4.5}),
        ("user:eve", "rated", "at:uranometria", {"rating": 2.0}), ("user:eve", "rated", "c:pyxis", {"rating": 4.0}),
        ("user:eve", "rated", "c:orion", {"rating": 1.5}), ("user:eve", "rated", "at:firmamentum", {"rating": 5.0}),
    ]
    aliases = {"p:hevelius": ("Hevelius",), "p:lacaille": ("Lacaille",), "p:plancius": ("Plancius",),
               "p:bayer": ("Bayer",), "p:flamsteed": ("Flamsteed",), "p:sobieski": ("Sobieski",),
               "at:firmamentum": ("the Firmamentum",), "ob:greenwich": ("Greenwich Observatory",)}
    return _build(items, others, rels, T, users=[("user:eve", "Eve")], aliases=aliases)


def art():
    """Paintings (items with years: the year each was painted) and museums (items: the year each
    was founded), who painted each ("was painted by"), the museum each "is kept at" (now), the
    collector or king each "was owned by" (once), the series a painting "belongs to", its style and
    period, the city each museum "is located in", whose residence it "was" (once), its director
    ("has as its director"), its founder, its patrons ("counts among its patrons"), the landmark it
    "is adjacent to", where painters were born; a user."""
    rels = [
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("painter",)),
        R("kept_at", phrase="is kept at", inverse_phrase="keeps", domain=("painting",), range=("museum",)),
        R("owned_by", phrase="was owned by", inverse_phrase="owned", domain=("painting",),
          range=("collector", "king", "painter")),
        R("series", phrase="belongs to", inverse_phrase="includes", domain=("painting",), range=("series",)),
        R("style", phrase="is an example of", inverse_phrase="is the style of", domain=("painting",), range=("style",)),
        R("dates_from", phrase="dates from", inverse_phrase="saw the painting of", domain=("painting",),
          range=("period",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("museum",), range=("city",)),
        R("residence", phrase="was the residence of", inverse_phrase="lived in", domain=("museum",),
          range=("king", "collector")),
        R("director", phrase="has as its director", inverse_phrase="directs", domain=("museum",),
          range=("curator",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("museum",),
          range=("king", "collector")),
        R("patron", phrase="counts among its patrons", inverse_phrase="supports", domain=("museum",),
          range=("company",)),
        R("adjacent", phrase="is adjacent to", inverse_phrase="lies beside", domain=("museum",),
          range=("landmark",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("painter", "king", "collector"),
          range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "w:monalisa": ("painting", "Mona Lisa", 1503), "w:nightwatch": ("painting", "The Night Watch", 1642),
        "w:meninas": ("painting", "Las Meninas", 1656), "w:pearl": ("painting", "Girl with a Pearl Earring", 1665),
        "w:milkmaid": ("painting", "The Milkmaid", 1658), "w:delights": ("painting", "The Garden of Earthly Delights", 1500),
        "w:mistress": ("painting", "Mistress and Maid", 1667), "w:haystacks": ("painting", "Haystacks, End of Summer", 1891),
        "w:grainstack": ("painting", "Grainstack (Sunset)", 1891), "w:rouen": ("painting", "Rouen Cathedral, Full Sunlight", 1894),
        "w:sunflowers": ("painting", "Sunflowers", 1888),
        "m:louvre": ("museum", "Louvre", 1793), "m:prado": ("museum", "Prado", 1819),
        "m:rijks": ("museum", "Rijksmuseum", 1800), "m:mauritshuis": ("museum", "Mauritshuis", 1822),
        "m:frick": ("museum", "Frick Collection", 1935), "m:orsay": ("museum", "Musée d'Orsay", 1986),
        "m:ng": ("museum", "National Gallery", 1824), "m:mfa": ("museum", "Museum of Fine Arts, Boston", 1870),
    }
    others = {
        "p:leonardo": ("painter", "Leonardo da Vinci"), "p:rembrandt": ("painter", "Rembrandt"),
        "p:velazquez": ("painter", "Diego Velázquez"), "p:vermeer": ("painter", "Johannes Vermeer"),
        "p:bosch": ("painter", "Hieronymus Bosch"), "p:monet": ("painter", "Claude Monet"),
        "p:vangogh": ("painter", "Vincent van Gogh"),
        "k:francis": ("king", "Francis I"), "k:philip4": ("king", "Philip IV"), "k:philip2": ("king", "Philip II"),
        "k:louis14": ("king", "Louis XIV"), "k:ferdinand": ("king", "Ferdinand VII"), "k:louisbonaparte": ("king", "Louis Bonaparte"),
        "k:maurice": ("collector", "John Maurice of Nassau"), "k:frick": ("collector", "Henry Clay Frick"),
        "k:tombe": ("collector", "Arnoldus des Tombe"), "k:six": ("collector", "Jan Six"),
        "k:durandruel": ("collector", "Paul Durand-Ruel"), "k:william1": ("king", "William I"),
        "sr:haystacks": ("series", "Haystacks series"), "sr:rouen": ("series", "Rouen Cathedral series"),
        "sr:sunflowers": ("series", "Sunflowers series"),
        "cu:descars": ("curator", "Laurence des Cars"), "cu:falomir": ("curator", "Miguel Falomir"),
        "cu:dibbits": ("curator", "Taco Dibbits"), "cu:gosselink": ("curator", "Martine Gosselink"),
        "cu:ruger": ("curator", "Axel Rüger"), "cu:finaldi": ("curator", "Gabriele Finaldi"),
        "cu:amic": ("curator", "Sylvain Amic"), "cu:teitelbaum": ("curator", "Matthew Teitelbaum"),
        "co:lvmh": ("company", "LVMH"), "co:iberdrola": ("company", "Iberdrola"), "co:ing": ("company", "ING"),
        "co:creditsuisse": ("company", "Credit Suisse"), "co:bbva": ("company", "BBVA"),
        "lm:tuileries": ("landmark", "Tuileries Garden"), "lm:retiro": ("landmark", "Retiro Park"),
        "lm:museumplein": ("landmark", "Museumplein"), "lm:binnenhof": ("landmark", "Binnenhof"),
        "lm:centralpark": ("landmark", "Central Park"), "lm:trafalgar": ("landmark", "Trafalgar Square"),
        "lm:seine": ("landmark", "Seine"),
        "y:paris": ("city", "Paris"), "y:madrid": ("city", "Madrid"), "y:amsterdam": ("city", "Amsterdam"),
        "y:thehague": ("city", "The Hague"), "y:newyork": ("city", "New York"), "y:london": ("city", "London"),
        "y:boston": ("city", "Boston"), "y:vinci": ("city", "Vinci"), "y:leiden": ("city", "Leiden"),
        "y:seville": ("city", "Seville"), "y:delft": ("city", "Delft"), "y:zundert": ("city", "Zundert"),
        "y:pittsburgh": ("city", "Pittsburgh"), "y:cognac": ("city", "Cognac"),
        "sy:renaissance": ("style", "High Renaissance"), "sy:baroque": ("style", "Baroque"),
        "sy:golden": ("style", "Dutch Golden Age painting"), "sy:impressionism": ("style", "Impressionism"),
        "sy:postimp": ("style", "Post-Impressionism"), "sy:netherlandish": ("style", "Early Netherlandish painting"),
        "pd:renaissance": ("period", "Renaissance"), "pd:golden": ("period", "Dutch Golden Age"),
        "pd:belle": ("period", "Belle Époque"), "pd:spanish": ("period", "Spanish Golden Age"),
    }
    T = [
        ("w:monalisa", "painted_by", "p:leonardo"), ("w:nightwatch", "painted_by", "p:rembrandt"),
        ("w:meninas", "painted_by", "p:velazquez"), ("w:pearl", "painted_by", "p:vermeer"),
        ("w:milkmaid", "painted_by", "p:vermeer"), ("w:delights", "painted_by", "p:bosch"),
        ("w:mistress", "painted_by", "p:vermeer"), ("w:haystacks", "painted_by", "p:monet"),
        ("w:grainstack", "painted_by", "p:monet"), ("w:rouen", "painted_by", "p:monet"),
        ("w:sunflowers", "painted_by", "p:vangogh"),
        ("w:monalisa", "kept_at", "m:louvre"), ("w:nightwatch", "kept_at", "m:rijks"), ("w:meninas", "kept_at", "m:prado"),
        ("w:pearl", "kept_at", "m:mauritshuis"), ("w:milkmaid", "kept_at", "m:rijks"), ("w:delights", "kept_at", "m:prado"),
        ("w:mistress", "kept_at", "m:frick"), ("w:haystacks", "kept_at", "m:orsay"), ("w:grainstack", "kept_at", "m:mfa"),
        ("w:rouen", "kept_at", "m:orsay"), ("w:sunflowers", "kept_at", "m:ng"),
        ("w:monalisa", "owned_by", "k:francis"), ("w:monalisa", "owned_by", "k:louis14"),
        ("w:meninas", "owned_by", "k:philip4"), ("w:delights", "owned_by", "k:philip2"),
        ("w:pearl", "owned_by", "k:tombe"), ("w:milkmaid", "owned_by", "k:six"), ("w:mistress", "owned_by", "k:frick"),
        ("w:haystacks", "owned_by", "k:durandruel"), ("w:sunflowers", "owned_by", "p:vangogh"),
        ("w:haystacks", "series", "sr:haystacks"), ("w:grainstack", "series", "sr:haystacks"),
        ("w:rouen", "series", "sr:rouen"), ("w:sunflowers", "series", "sr:sunflowers"),
        ("w:monalisa", "style", "sy:renaissance"), ("w:nightwatch", "style", "sy:baroque"),
        ("w:meninas", "style", "sy:baroque"), ("w:pearl", "style", "sy:golden"), ("w:milkmaid", "style", "sy:golden"),
        ("w:mistress", "style", "sy:golden"), ("w:delights", "style", "sy:netherlandish"),
        ("w:haystacks", "style", "sy:impressionism"), ("w:grainstack", "style", "sy:impressionism"),
        ("w:rouen", "style", "sy:impressionism"), ("w:sunflowers", "style", "sy:postimp"),
        ("w:monalisa", "dates_from", "pd:renaissance"), ("w:nightwatch", "dates_from", "pd:golden"),
        ("w:pearl", "dates_from", "pd:golden"), ("w:milkmaid", "dates_from", "pd:golden"),
        ("w:meninas", "dates_from", "pd:spanish"), ("w:rouen", "dates_from", "pd:belle"),
        ("w:haystacks", "dates_from", "pd:belle"),
        ("m:louvre", "located_in", "y:paris"), ("m:prado", "located_in", "y:madrid"), ("m:rijks", "located_in", "y:amsterdam"),
        ("m:mauritshuis", "located_in", "y:thehague"), ("m:frick", "located_in", "y:newyork"),
        ("m:orsay", "located_in", "y:paris"), ("m:ng", "located_in", "y:london"), ("m:mfa", "located_in", "y:boston"),
        ("m:louvre", "residence", "k:louis14"), ("m:louvre", "residence", "k:francis"),
        ("m:mauritshuis", "residence", "k:maurice"), ("m:frick", "residence", "k:frick"),
        ("m:louvre", "director", "cu:descars"), ("m:prado", "director", "cu:falomir"), ("m:rijks", "director", "cu:dibbits"),
        ("m:mauritshuis", "director", "cu:gosselink"), ("m:frick", "director", "cu:ruger"),
        ("m:ng", "director", "cu:finaldi"), ("m:orsay", "director", "cu:amic"), ("m:mfa", "director", "cu:teitelbaum"),
        ("m:frick", "founded_by", "k:frick"), ("m:prado", "founded_by", "k:ferdinand"),
        ("m:rijks", "founded_by", "k:louisbonaparte"), ("m:mauritshuis", "founded_by", "k:william1"),
        ("m:louvre", "patron", "co:lvmh"), ("m:prado", "patron", "co:iberdrola"), ("m:prado", "patron", "co:bbva"),
        ("m:rijks", "patron", "co:ing"), ("m:ng", "patron", "co:creditsuisse"),
        ("m:louvre", "adjacent", "lm:tuileries"), ("m:louvre", "adjacent", "lm:seine"), ("m:prado", "adjacent", "lm:retiro"),
        ("m:rijks", "adjacent", "lm:museumplein"), ("m:mauritshuis", "adjacent", "lm:binnenhof"),
        ("m:frick", "adjacent", "lm:centralpark"), ("m:ng", "adjacent", "lm:trafalgar"), ("m:orsay", "adjacent", "lm:seine"),
        ("p:leonardo", "born_in", "y:vinci"), ("p:rembrandt", "born_in", "y:leiden"), ("p:velazquez", "born_in", "y:seville"),
        ("p:vermeer", "born_in", "y:delft"), ("p:vangogh", "born_in", "y:zundert"), ("p:monet", "born_in", "y:paris"),
        ("k:frick", "born_in", "y:pittsburgh"), ("k:francis", "born_in", "y:cognac"),
        ("user:fay", "rated", "w:meninas", {"rating": 5.0}), ("user:fay", "rated", "w:pearl", {"rating": 4.5}),
        ("user:fay", "rated", "m:louvre", {"rating": 2.0}), ("user:fay", "rated", "w:mistress", {"rating": 4.0}),
        ("user:fay", "rated", "m:prado", {"rating": 5.0}), ("user:fay", "rated", "w:sunflowers", {"rating": 1.0}),
    ]
    aliases = {"p:leonardo": ("Leonardo",), "p:velazquez": ("Velázquez",), "p:vermeer": ("Vermeer",),
               "p:monet": ("Monet",), "m:prado": ("Museo del Prado", "Prado Museum"), "m:louvre": ("Louvre Museum",),
               "m:frick": ("the Frick",), "k:frick": ("Frick",), "p:vangogh": ("Van Gogh",)}
    return _build(items, others, rels, T, users=[("user:fay", "Fay")], aliases=aliases)


def football():
    """Clubs (items with years: the year each was founded), stadiums (items: the year each opened)
    and documentary series (items: the year each premiered), where each club plays its home games
    (now) and played them (once), the city it is based in, who plays for it (now) and formerly
    played for it (once), its captain ("has as its captain"), who owns it (now: "is owned by") and
    who owned it (once: "was owned by"), its rivals ("counts among its rivals"), the park or
    landmark each stadium "is adjacent to", stadium styles and periods, the network a series
    "aired on" (once) and the platform it "streams on" (now), the club each is about; a user."""
    rels = [
        R("home", phrase="plays its home games at", inverse_phrase="is the home ground of", domain=("club",),
          range=("stadium",)),
        R("former_home", phrase="played its home games at", inverse_phrase="was the home ground of", domain=("club",),
          range=("stadium",)),
        R("based_in", phrase="is based in", inverse_phrase="is the home of", domain=("club",), range=("city",)),
        R("plays_for", phrase="plays for", inverse_phrase="fields", domain=("player",), range=("club",)),
        R("formerly", phrase="formerly played for", inverse_phrase="once fielded", domain=("player",), range=("club",)),
        R("captain", phrase="has as its captain", inverse_phrase="captains", domain=("club",), range=("player",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("club",), range=("owner",)),
        R("was_owned_by", phrase="was owned by", inverse_phrase="owned", domain=("club",), range=("owner",)),
        R("rival", phrase="counts among its rivals", inverse_phrase="is a rival of", domain=("club",),
          range=("club",)),
        R("adjacent", phrase="is adjacent to", inverse_phrase="adjoins", domain=("stadium",), range=("landmark",)),
        R("style", phrase="is an example of", inverse_phrase="is the style of", domain=("stadium",), range=("style",)),
        R("dates_from", phrase="dates from", inverse_phrase="saw the building of", domain=("stadium",),
          range=("period",)),
        R("aired_on", phrase="aired on", inverse_phrase="aired", domain=("series",), range=("network",)),
        R("streams_on", phrase="streams on", inverse_phrase="streams", domain=("series",), range=("platform",)),
        R("about", phrase="is about", inverse_phrase="is the subject of", domain=("series",), range=("club",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "cl:arsenal": ("club", "Arsenal", 1886), "cl:chelsea": ("club", "Chelsea", 1905),
        "cl:spurs": ("club", "Tottenham Hotspur", 1882), "cl:united": ("club", "Manchester United", 1878),
        "cl:city": ("club", "Manchester City", 1880), "cl:liverpool": ("club", "Liverpool FC", 1892),
        "cl:everton": ("club", "Everton", 1878), "cl:westham": ("club", "West Ham United", 1895),
        "sd:emirates": ("stadium", "Emirates Stadium", 2006), "sd:highbury": ("stadium", "Highbury", 1913),
        "sd:bridge": ("stadium", "Stamford Bridge", 1877), "sd:thfc": ("stadium", "Tottenham Hotspur Stadium", 2019),
        "sd:whl": ("stadium", "White Hart Lane", 1899), "sd:oldtrafford": ("stadium", "Old Trafford", 1910),
        "sd:etihad": ("stadium", "Etihad Stadium", 2002), "sd:maineroad": ("stadium", "Maine Road", 1923),
        "sd:anfield": ("stadium", "Anfield", 1884), "sd:goodison": ("stadium", "Goodison Park", 1892),
        "sd:london": ("stadium", "London Stadium", 2012), "sd:boleyn": ("stadium", "Boleyn Ground", 1904),
        "tv:aon": ("series", "All or Nothing: Arsenal", 2022), "tv:being": ("series", "Being: Liverpool", 2012),
        "tv:sunderland": ("series", "The Class of '92", 2013),
    }
    others = {
        "y:london": ("city", "London"), "y:manchester": ("city", "Manchester"), "y:liverpool": ("city", "Liverpool"),
        "pl:saka": ("player", "Bukayo Saka"), "pl:odegaard": ("player", "Martin Ødegaard"),
        "pl:palmer": ("player", "Cole Palmer"), "pl:james": ("player", "Reece James"),
        "pl:son": ("player", "Son Heung-min"), "pl:bruno": ("player", "Bruno Fernandes"),
        "pl:haaland": ("player", "Erling Haaland"), "pl:dias": ("player", "Rúben Dias"),
        "pl:salah": ("player", "Mohamed Salah"), "pl:vvd": ("player", "Virgil van Dijk"),
        "pl:bowen": ("player", "Jarrod Bowen"), "pl:sterling": ("player", "Raheem Sterling"),
        "pl:henry": ("player", "Thierry Henry"), "pl:lampard": ("player", "Frank Lampard"),
        "pl:rooney": ("player", "Wayne Rooney"), "pl:pickford": ("player", "Jordan Pickford"),
        "ow:boehly": ("owner", "Todd Boehly"), "ow:glazer": ("owner", "Glazer family"),
        "ow:cfg": ("owner", "City Football Group"), "ow:kroenke": ("owner", "Stan Kroenke"),
        "ow:fsg": ("owner", "Fenway Sports Group"), "ow:abramovich": ("owner", "Roman Abramovich"),
        "ow:hicks": ("owner", "Tom Hicks"), "ow:shinawatra": ("owner", "Thaksin Shinawatra"),
        "ow:edwards": ("owner", "Martin Edwards"), "ow:enic": ("owner", "ENIC Group"),
        "ow:friedkin": ("owner", "Friedkin Group"), "ow:moshiri": ("owner", "Farhad Moshiri"),
        "lm:stanley": ("landmark", "Stanley Park"), "lm:olympic": ("landmark", "Queen Elizabeth Olympic Park"),
        "lm:holloway": ("landmark", "Holloway Road"), "lm:brompton": ("landmark", "Brompton Cemetery"),
        "lm:canal": ("landmark", "Bridgewater Canal"),
        "sy:artdeco": ("style", "Art Deco"), "sy:modern": ("style", "Modernism"), "sy:hightech": ("style", "High-tech architecture"),
        "pd:victorian": ("period", "Victorian era"), "pd:edwardian": ("period", "Edwardian era"),
        "pd:interwar": ("period", "interwar period"),
        "nw:channel5": ("network", "Channel 5"), "nw:sky": ("network", "Sky Sports"), "nw:bbc": ("network", "BBC One"),
        "pf:prime": ("platform", "Prime Video"), "pf:netflix": ("platform", "Netflix"),
    }
    T = [
        ("cl:arsenal", "home", "sd:emirates"), ("cl:chelsea", "home", "sd:bridge"), ("cl:spurs", "home", "sd:thfc"),
        ("cl:united", "home", "sd:oldtrafford"), ("cl:city", "home", "sd:etihad"), ("cl:liverpool", "home", "sd:anfield"),
        ("cl:everton", "home", "sd:goodison"), ("cl:westham", "home", "sd:london"),
        ("cl:arsenal", "former_home", "sd:highbury"), ("cl:spurs", "former_home", "sd:whl"),
        ("cl:city", "former_home", "sd:maineroad"), ("cl:westham", "former_home", "sd:boleyn"),
        ("cl:everton", "former_home", "sd:anfield"),
        ("cl:arsenal", "based_in", "y:london"), ("cl:chelsea", "based_in", "y:london"), ("cl:spurs", "based_in", "y:london"),
        ("cl:westham", "based_in", "y:london"), ("cl:united", "based_in", "y:manchester"),
        ("cl:city", "based_in", "y:manchester"), ("cl:liverpool", "based_in", "y:liverpool"),
        ("cl:everton", "based_in", "y:liverpool"),
        ("pl:saka", "plays_for", "cl:arsenal"), ("pl:odegaard", "plays_for", "cl:arsenal"),
        ("pl:palmer", "plays_for", "cl:chelsea"), ("pl:james", "plays_for", "cl:chelsea"),
        ("pl:son", "plays_for", "cl:spurs"), ("pl:bruno", "plays_for", "cl:united"), ("pl:haaland", "plays_for", "cl:city"),
        ("pl:dias", "plays_for", "cl:city"), ("pl:salah", "plays_for", "cl:liverpool"), ("pl:vvd", "plays_for", "cl:liverpool"),
        ("pl:bowen", "plays_for", "cl:westham"), ("pl:sterling", "plays_for", "cl:chelsea"),
        ("pl:pickford", "plays_for", "cl:everton"),
        ("pl:palmer", "formerly", "cl:city"), ("pl:sterling", "formerly", "cl:liverpool"), ("pl:sterling", "formerly", "cl:city"),
        ("pl:salah", "formerly", "cl:chelsea"), ("pl:henry", "formerly", "cl:arsenal"), ("pl:lampard", "formerly", "cl:westham"),
        ("pl:lampard", "formerly", "cl:chelsea"), ("pl:rooney", "formerly", "cl:everton"),
        ("pl:rooney", "formerly", "cl:united"),
        ("cl:arsenal", "captain", "pl:odegaard"), ("cl:liverpool", "captain", "pl:vvd"), ("cl:united", "captain", "pl:bruno"),
        ("cl:chelsea", "captain", "pl:james"), ("cl:city", "captain", "pl:dias"), ("cl:westham", "captain", "pl:bowen"),
        ("cl:spurs", "captain", "pl:son"),
        ("cl:chelsea", "owned_by", "ow:boehly"), ("cl:united", "owned_by", "ow:glazer"), ("cl:city", "owned_by", "ow:cfg"),
        ("cl:arsenal", "owned_by", "ow:kroenke"), ("cl:liverpool", "owned_by", "ow:fsg"), ("cl:spurs", "owned_by", "ow:enic"),
        ("cl:everton", "owned_by", "ow:friedkin"),
        ("cl:chelsea", "was_owned_by", "ow:abramovich"), ("cl:liverpool", "was_owned_by", "ow:hicks"),
        ("cl:city", "was_owned_by", "ow:shinawatra"), ("cl:united", "was_owned_by", "ow:edwards"),
        ("cl:everton", "was_owned_by", "ow:moshiri"),
        ("cl:arsenal", "rival", "cl:spurs"), ("cl:spurs", "rival", "cl:arsenal"), ("cl:liverpool", "rival", "cl:everton"),
        ("cl:everton", "rival", "cl:liverpool"), ("cl:liverpool", "rival", "cl:united"), ("cl:united", "rival", "cl:liverpool"),
        ("cl:united", "rival", "cl:city"), ("cl:city", "rival", "cl:united"), ("cl:chelsea", "rival", "cl:spurs"),
        ("cl:westham", "rival", "cl:spurs"),
        ("sd:anfield", "adjacent", "lm:stanley"), ("sd:goodison", "adjacent", "lm:stanley"),
        ("sd:london", "adjacent", "lm:olympic"), ("sd:emirates", "adjacent", "lm:holloway"),
        ("sd:bridge", "adjacent", "lm:brompton"), ("sd:oldtrafford", "adjacent", "lm:canal"),
        ("sd:highbury", "style", "sy:artdeco"), ("sd:emirates", "style", "sy:modern"), ("sd:thfc", "style", "sy:hightech"),
        ("sd:bridge", "dates_from", "pd:victorian"), ("sd:goodison", "dates_from", "pd:victorian"),
        ("sd:oldtrafford", "dates_from", "pd:edwardian"), ("sd:whl", "dates_from", "pd:victorian"),
        ("sd:highbury", "dates_from", "pd:edwardian"), ("sd:maineroad", "dates_from", "pd:interwar"),
        ("tv:aon", "streams_on", "pf:prime"), ("tv:being", "aired_on", "nw:channel5"), ("tv:sunderland", "aired_on", "nw:sky"),
        ("tv:sunderland", "streams_on", "pf:netflix"),
        ("tv:aon", "about", "cl:arsenal"), ("tv:being", "about", "cl:liverpool"), ("tv:sunderland", "about", "cl:united"),
        ("user:gil", "rated", "cl:arsenal", {"rating": 5.0}), ("user:gil", "rated", "sd:anfield", {"rating": 4.5}),
        ("user:gil", "rated", "cl:chelsea", {"rating": 2.0}), ("user:gil", "rated", "tv:aon", {"rating": 4.0}),
        ("user:gil", "rated", "tv:being", {"rating": 1.0}), ("user:gil", "rated", "sd:highbury", {"rating": 5.0}),
    ]
    aliases = {"cl:spurs": ("Spurs", "Tottenham"), "cl:united": ("Man United",), "cl:city": ("Man City",),
               "cl:liverpool": ("Liverpool",), "cl:westham": ("West Ham",), "pl:son": ("Son",),
               "pl:salah": ("Salah",), "pl:sterling": ("Sterling",), "pl:palmer": ("Palmer",),
               "ow:abramovich": ("Abramovich",), "ow:boehly": ("Boehly",)}
    return _build(items, others, rels, T, users=[("user:gil", "Gil")], aliases=aliases)


def islands():
    """Species (items with years: the year each was described) and national parks (items: the
    year each was established), the naturalist who described each species, the island each is
    native to, the islands it "was introduced to" and the person who introduced it there ("was
    introduced by": a later act than its description), the family it "belongs to", islands that
    "belong to" countries (now), are "owned by" a body (now) and "were owned by" a person (once),
    each island's highest point ("has as its highest point"), the park that "lies on" it and the
    body that runs the park, countries that border each other; a user."""
    rels = [
        R("described_by", phrase="was described by", inverse_phrase="described", domain=("species",),
          range=("naturalist",)),
        R("native_to", phrase="is native to", inverse_phrase="is the home of", domain=("species",), range=("island",)),
        R("introduced_to", phrase="was introduced to", inverse_phrase="received", domain=("species",),
          range=("island",)),
        R("introduced_by", phrase="was introduced by", inverse_phrase="introduced", domain=("species",),
          range=("settler",)),
        R("family", phrase="belongs to", inverse_phrase="includes", domain=("species",), range=("family",)),
        R("country", phrase="belongs to", inverse_phrase="governs", domain=("island",), range=("country",)),
        R("owned_now", phrase="is owned by", inverse_phrase="owns", domain=("island",), range=("trust",)),
        R("owned_once", phrase="was owned by", inverse_phrase="owned", domain=("island",), range=("settler", "landowner")),
        R("highest", phrase="has as its highest point", inverse_phrase="is the highest point of", domain=("island",),
          range=("mountain",)),
        R("park_on", phrase="lies on", inverse_phrase="is the island of", domain=("park",), range=("island",)),
        R("run_by", phrase="is run by", inverse_phrase="runs", domain=("park",), range=("trust", "agency")),
        R("borders", phrase="borders", inverse_phrase="borders", domain=("country",), range=("country",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "sp:rabbit": ("species", "European rabbit", 1758), "sp:toad": ("species", "Cane toad", 1758),
        "sp:myna": ("species", "Common myna", 1766), "sp:mongoose": ("species", "Small Indian mongoose", 1836),
        "sp:fox": ("species", "Red fox", 1758), "sp:dodo": ("species", "Dodo", 1758),
        "sp:iguana": ("species", "Marine iguana", 1825), "sp:nene": ("species", "nēnē", 1832),
        "sp:devil": ("species", "Tasmanian devil", 1808), "sp:penguin": ("species", "Little penguin", 1781),
        "sp:pigeon": ("species", "Pink pigeon", 1866), "sp:cabbage": ("species", "Lundy cabbage", 1936),
        "pk:galapagos": ("park", "Galápagos National Park", 1959), "pk:mountfield": ("park", "Mount Field National Park", 1916),
        "pk:blackriver": ("park", "Black River Gorges National Park", 1994), "pk:reunion": ("park", "Réunion National Park", 2007),
        "pk:kokee": ("park", "Kōkeʻe State Park", 1952),
    }
    others = {
        "i:mauritius": ("island", "Mauritius"), "i:reunion": ("island", "Réunion"), "i:oahu": ("island", "Oahu"),
        "i:kauai": ("island", "Kauai"), "i:isabela": ("island", "Isabela Island"), "i:santacruz": ("island", "Santa Cruz Island"),
        "i:lundy": ("island", "Lundy"), "i:skomer": ("island", "Skomer"), "i:tasmania": ("island", "Tasmania"),
        "i:phillip": ("island", "Phillip Island"),
        "k:france": ("country", "France"), "k:usa": ("country", "United States"), "k:ecuador": ("country", "Ecuador"),
        "k:uk": ("country", "United Kingdom"), "k:australia": ("country", "Australia"), "k:spain": ("country", "Spain"),
        "k:belgium": ("country", "Belgium"), "k:andorra": ("country", "Andorra"), "k:peru": ("country", "Peru"),
        "k:colombia": ("country", "Colombia"), "k:canada": ("country", "Canada"), "k:mexico": ("country", "Mexico"),
        "k:portugal": ("country", "Portugal"),
        "n:linnaeus": ("naturalist", "Carl Linnaeus"), "n:hodgson": ("naturalist", "Brian Hodgson"),
        "n:bell": ("naturalist", "Thomas Bell"), "n:vigors": ("naturalist", "Nicholas Vigors"),
        "n:harris": ("naturalist", "George Harris"), "n:forster": ("naturalist", "Johann Reinhold Forster"),
        "n:schlegel": ("naturalist", "Hermann Schlegel"), "n:onions": ("naturalist", "Oliver Onions"),
        "se:austin": ("settler", "Thomas Austin"), "se:pemberton": ("settler", "Cyril Pemberton"),
        "se:purvis": ("settler", "William Purvis"), "se:poivre": ("settler", "Pierre Poivre"),
        "lo:harman": ("landowner", "Martin Coles Harman"), "lo:heaven": ("landowner", "William Hudson Heaven"),
        "lo:codd": ("landowner", "Reuben Codd"),
        "tr:nt": ("trust", "National Trust"), "tr:nrw": ("trust", "Natural Resources Wales"),
        "ag:ecuador": ("agency", "Galápagos National Park Directorate"), "ag:tas": ("agency", "Tasmania Parks and Wildlife Service"),
        "ag:npcs": ("agency", "National Parks and Conservation Service"), "ag:hawaii": ("agency", "Hawaii State Parks"),
        "ag:reunion": ("agency", "Parc national de La Réunion"),
        "fm:leporidae": ("family", "Leporidae"), "fm:bufonidae": ("family", "Bufonidae"), "fm:sturnidae": ("family", "Sturnidae"),
        "fm:herpestidae": ("family", "Herpestidae"), "fm:canidae": ("family", "Canidae"), "fm:columbidae": ("family", "Columbidae"),
        "fm:iguanidae": ("family", "Iguanidae"), "fm:anatidae": ("family", "Anatidae"), "fm:dasyuridae": ("family", "Dasyuridae"),
        "fm:spheniscidae": ("family", "Spheniscidae"), "fm:brassicaceae": ("family", "Brassicaceae"),
        "mt:neiges": ("mountain", "Piton des Neiges"), "mt:noire": ("mountain", "Piton de la Petite Rivière Noire"),
        "mt:ossa": ("mountain", "Mount Ossa"), "mt:kawaikini": ("mountain", "Kawaikini"), "mt:kaala": ("mountain", "Mount Kaʻala"),
        "mt:wolf": ("mountain", "Wolf Volcano"), "mt:beacon": ("mountain", "Beacon Hill"),
    }
    T = [
        ("sp:rabbit", "described_by", "n:linnaeus"), ("sp:toad", "described_by", "n:linnaeus"),
        ("sp:myna", "described_by", "n:linnaeus"), ("sp:mongoose", "described_by", "n:hodgson"),
        ("sp:fox", "described_by", "n:linnaeus"), ("sp:dodo", "described_by", "n:linnaeus"),
        ("sp:iguana", "described_by", "n:bell"), ("sp:nene", "described_by", "n:vigors"),
        ("sp:devil", "described_by", "n:harris"), ("sp:penguin", "described_by", "n:forster"),
        ("sp:pigeon", "described_by", "n:schlegel"), ("sp:cabbage", "described_by", "n:onions"),
        ("sp:dodo", "native_to", "i:mauritius"), ("sp:pigeon", "native_to", "i:mauritius"),
        ("sp:iguana", "native_to", "i:isabela"), ("sp:nene", "native_to", "i:kauai"),
        ("sp:devil", "native_to", "i:tasmania"), ("sp:penguin", "native_to", "i:phillip"),
        ("sp:cabbage", "native_to", "i:lundy"),
        ("sp:rabbit", "introduced_to", "i:lundy"), ("sp:rabbit", "introduced_to", "i:skomer"),
        ("sp:rabbit", "introduced_to", "i:tasmania"), ("sp:toad", "introduced_to", "i:oahu"),
        ("sp:myna", "introduced_to", "i:mauritius"), ("sp:myna", "introduced_to", "i:oahu"),
        ("sp:mongoose", "introduced_to", "i:oahu"), ("sp:mongoose", "introduced_to", "i:mauritius"),
        ("sp:fox", "introduced_to", "i:tasmania"),
        ("sp:rabbit", "introduced_by", "se:austin"), ("sp:toad", "introduced_by", "se:pemberton"),
        ("sp:mongoose", "introduced_by", "se:purvis"), ("sp:myna", "introduced_by", "se:poivre"),
        ("sp:rabbit", "family", "fm:leporidae"), ("sp:toad", "family", "fm:bufonidae"), ("sp:myna", "family", "fm:sturnidae"),
        ("sp:mongoose", "family", "fm:herpestidae"), ("sp:fox", "family", "fm:canidae"), ("sp:dodo", "family", "fm:columbidae"),
        ("sp:pigeon", "family", "fm:columbidae"), ("sp:iguana", "family", "fm:iguanidae"), ("sp:nene", "family", "fm:anatidae"),
        ("sp:devil", "family", "fm:dasyuridae"), ("sp:penguin", "family", "fm:spheniscidae"),
        ("sp:cabbage", "family", "fm:brassicaceae"),
        ("i:reunion", "country", "k:france"), ("i:oahu", "country", "k:usa"), ("i:kauai", "country", "k:usa"),
        ("i:isabela", "country", "k:ecuador"), ("i:santacruz", "country", "k:ecuador"), ("i:lundy", "country", "k:uk"),
        ("i:skomer", "country", "k:uk"), ("i:tasmania", "country", "k:australia"), ("i:phillip", "country", "k:australia"),
        ("i:lundy", "owned_now", "tr:nt"), ("i:skomer", "owned_now", "tr:nrw"),
        ("i:lundy", "owned_once", "lo:harman"), ("i:lundy", "owned_once", "lo:heaven"), ("i:skomer", "owned_once", "lo:codd"),
        ("i:reunion", "highest", "mt:neiges"), ("i:mauritius", "highest", "mt:noire"), ("i:tasmania", "highest", "mt:ossa"),
        ("i:kauai", "highest", "mt:kawaikini"), ("i:oahu", "highest", "mt:kaala"), ("i:isabela", "highest", "mt:wolf"),
        ("i:lundy", "highest", "mt:beacon"),
        ("pk:galapagos", "park_on", "i:isabela"), ("pk:galapagos", "park_on", "i:santacruz"),
        ("pk:mountfield", "park_on", "i:tasmania"), ("pk:blackriver", "park_on", "i:mauritius"),
        ("pk:reunion", "park_on", "i:reunion"), ("pk:kokee", "park_on", "i:kauai"),
        ("pk:galapagos", "run_by", "ag:ecuador"), ("pk:mountfield", "run_by", "ag:tas"),
        ("pk:blackriver", "run_by", "ag:npcs"), ("pk:reunion", "run_by", "ag:reunion"), ("pk:kokee", "run_by", "ag:hawaii"),
        ("k:france", "borders", "k:spain"), ("k:france", "borders", "k:belgium"), ("k:france", "borders", "k:andorra"),
        ("k:spain", "borders", "k:andorra"), ("k:spain", "borders", "k:portugal"), ("k:ecuador", "borders", "k:peru"),
        ("k:ecuador", "borders", "k:colombia"), ("k:peru", "borders", "k:colombia"), ("k:usa", "borders", "k:canada"),
        ("k:usa", "borders", "k:mexico"),
        ("user:hal", "rated", "sp:nene", {"rating": 5.0}), ("user:hal", "rated", "pk:galapagos", {"rating": 4.5}),
        ("user:hal", "rated", "sp:toad", {"rating": 1.0}), ("user:hal", "rated", "sp:dodo", {"rating": 4.0}),
        ("user:hal", "rated", "pk:reunion", {"rating": 2.0}), ("user:hal", "rated", "sp:rabbit", {"rating": 4.5}),
    ]
    aliases = {"sp:nene": ("Hawaiian goose", "nene"), "sp:rabbit": ("rabbit",), "sp:toad": ("cane toads",),
               "n:linnaeus": ("Linnaeus",), "se:austin": ("Austin",), "pk:galapagos": ("Galápagos park",)}
    return _build(items, others, rels, T, users=[("user:hal", "Hal")], aliases=aliases)


BUILDERS = {"astronomy": astronomy, "art": art, "football": football, "islands": islands}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@astronomy
# (1) words of the present with a past relation ("was owned by", "worked at", "studied at"):
# before, after, inside the verb, in a relative clause, across "and"
Uranometria is still owned by William Herschel.
William Herschel still owns Uranometria.
Uranometria currently belongs to William Herschel.
Uranometria belongs to William Herschel today.
Uranometria belonged to William Herschel and still belongs to him.
Uranometria is kept at the Linda Hall Library and still belongs to William Herschel.
Uranometria, still owned by William Herschel, is kept at the Linda Hall Library.
Uranometria, which William Herschel still owns, is kept at the Linda Hall Library.
Nicolas-Louis de Lacaille still works at the Paris Observatory.
Nicolas-Louis de Lacaille is still working at the Paris Observatory.
The Paris Observatory still employs Nicolas-Louis de Lacaille.
Johannes Hevelius still studies at Leiden University.
Johannes Hevelius currently studies at Leiden University.
Today Johannes Hevelius studies at Leiden University.
Johannes Hevelius, who still studies at Leiden University, introduced Lynx.
Johannes Hevelius introduced Lynx and still studies at Leiden University.
Leiden University still educates Johannes Hevelius.
Leiden University currently educates Johannes Hevelius.
# (2) "belonged to", "once belonged to", "X once owned Y": another owner, the other way, a keeper
# for an owner; "is kept at" read "is housed / held / displayed at", "is on display at", "is in /
# belongs to / sits in / is part of the collection of": another keeper, an owner, negated, "once"
Uranometria belonged to Caroline Herschel.
Uranometria once belonged to John III Sobieski.
John III Sobieski once owned Uranometria.
Uranometria once owned William Herschel.
William Herschel once belonged to Uranometria.
The Linda Hall Library once owned Uranometria.
Uranometria once belonged to the Linda Hall Library.
Uranometria is housed at the Paris Observatory.
Uranometria is held at the Royal Observatory Greenwich.
Uranometria is on display at the Gdańsk Library.
Uranometria is in the collection of the Paris Observatory.
Uranometria belongs to the collection of William Herschel.
Atlas Coelestis is displayed at the Linda Hall Library.
Atlas Coelestis sits in the collection of the Gdańsk Library.
Coelum Australe Stelliferum is part of the collection of the Royal Observatory Edinburgh.
Uranometria is not housed at the Linda Hall Library.
Uranometria is no longer on display at the Linda Hall Library.
The Linda Hall Library is housed at Uranometria.
Uranometria was once housed at the Linda Hall Library.
Coelum Australe Stelliferum was once displayed at the Paris Observatory.
# (4) "introduce" as a verb of making: the wrong year, the wrong astronomer, "a Hevelius
# constellation" of another's, "introduced in" another item's year
Johannes Hevelius introduced Lynx in 1612.
Petrus Plancius introduced Lynx in 1687.
Lynx, introduced in 1612, borders Leo.
Introduced in 1756, Lynx borders Leo.
Lynx was introduced by Johannes Hevelius in 1756.
Pyxis is a Hevelius constellation.
Lynx is a Lacaille constellation.
Lacaille's Lynx borders Leo.
Lynx, a Plancius constellation, borders Gemini.
The Lacaille constellation Lynx borders Leo.
Johannes Hevelius introduced Lynx and Scutum in 1687.
Johannes Hevelius introduced Lynx and Pyxis.
Johannes Hevelius introduced Lynx in 1690.
Orion, introduced in 1687, borders Taurus.
Lynx introduced Johannes Hevelius.
Johann Bayer introduced Lynx.
Johannes Hevelius never introduced Lynx.
Pyxis, a Hevelius constellation introduced in 1756, borders Antlia.
# (3) "has as its brightest star": another star, the other way round, the noun of "lies in"
# ("counts among its stars"), negated
Lyra has Deneb as its brightest star.
Vega has Lyra as its brightest star.
Vega is the brightest star of Cygnus.
Sheliak is Lyra's brightest star.
Lyra's brightest star is Sheliak.
Betelgeuse is Orion's brightest star.
Lyra has Vega as its faintest star.
Lyra has Johannes Hevelius as its brightest star.
Lyra counts Deneb among its stars.
Deneb is one of Lyra's stars.
Lyra, whose brightest star is Deneb, borders Cygnus.
Lyra, with Deneb as its brightest star, borders Cygnus.
Vega is not the brightest star of Lyra.
# (3, 6) "it", "the latter", "the former" as the subject of "has Y as its N"
Vega lies in Lyra and Rigel in Orion; the latter has Vega as its brightest star.
Vega lies in Lyra and Deneb in Cygnus. Lyra borders Hercules; the latter has Deneb as its brightest star.
Lynx was introduced by Johannes Hevelius and Pyxis by Nicolas-Louis de Lacaille; the latter has Alpha Lyncis as its brightest star.
Johannes Hevelius introduced Lynx and Vulpecula; the latter has Alpha Lyncis as its brightest star.
Lynx was introduced by Johannes Hevelius, and it has Vega as its brightest star.
Lyra borders Cygnus, and it has Deneb as its brightest star.
Lyra has Vega as its brightest star, and it borders Orion.
# "the former" after "A and B <verb> C": A (of "A and B"), never B; the checker takes the last two names
Lyra and Cygnus border Vulpecula; the former has Deneb as its brightest star.
Lyra and Cygnus lie next to Vulpecula; the former has Deneb as its brightest star.
Lyra and Cygnus neighbour Vulpecula; the former has Deneb as its brightest star.
# (5) "lies next to", "sits next to", "neighbours" of constellations that do not border, of a
# star in a constellation; negated; in lists and relative clauses
Lyra lies next to Orion.
Lyra sits next to Orion.
Lyra neighbours Orion.
Lyra lies next to Cygnus and Orion.
Lyra neighbours Cygnus, Hercules and Orion.
Vega lies next to Lyra.
Lyra lies next to Vega.
Vega lies in Lyra, which lies next to Orion.
Lyra does not lie next to Cygnus.
Lyra never neighbours Cygnus.
Lyra still lies next to Orion.
Lyra, which lies next to Orion, has Vega as its brightest star.
Orion sits next to Taurus and Leo.
Hevelius's Lynx lies next to Orion.
Lynx, introduced in 1687, lies next to Orion.
Lynx lies next to Leo, which was introduced by Hevelius.
Leo lies next to Lynx, a Plancius constellation.
Lynx lies next to Sextans, a Hevelius constellation introduced in 1687.
# (1) "jointly" where "and" joins two verbs, not two doers (the starting code skipped "jointly"
# everywhere; the new condition asks only for an "and" somewhere in the clause, so most of these
# stay accepted)
Lynx was introduced jointly by Johannes Hevelius and lies next to Leo.
Lynx was jointly introduced by Johannes Hevelius and borders Leo.
Uranometria was jointly owned by William Herschel and is kept at the Linda Hall Library.
Johannes Hevelius and Petrus Plancius jointly introduced Lynx.
Caroline Herschel and William Herschel jointly owned Atlas Coelestis.
# (7) the verb after "X <participle> by Y" (with "today" between) is X's
Lynx introduced by Johannes Hevelius was born in Gdańsk.
Lynx introduced by Johannes Hevelius today borders Orion.
Uranometria compiled by Johann Bayer today is kept at the Paris Observatory.
Uranometria compiled by Johann Bayer today was born in Rain.
Uranometria housed at the Linda Hall Library was compiled by John Flamsteed.
# (6) "there" with the new readings of "is kept at"
The Paris Observatory is located in Paris, and Uranometria is housed there.
The Paris Observatory is located in Paris, and Uranometria is on display there.
The Linda Hall Library is located in Kansas City, and Nicolas-Louis de Lacaille worked there.
Uranometria is kept at the Linda Hall Library, and William Herschel worked there.
# (7) "one of the <plural group>" beside a declared "is one of"
Lyra is one of the Zodiac constellations.
Orion, one of the Zodiac constellations, borders Taurus.
Vega is one of the Zodiac constellations.
Leo, one of the Winter Hexagon constellations, borders Lynx.
Taurus is not one of the Zodiac constellations.
@astronomy user:eve
You loved Lyra, which has Deneb as its brightest star.
You loved Lynx, introduced in 1612.
You loved Pyxis, a Hevelius constellation.
You loved the Firmamentum Sobiescianum, which is housed at the Paris Observatory.
You loved Lyra, which lies next to Orion.
You loved the Firmamentum Sobiescianum, once housed at the Gdańsk Library.
You loved the Firmamentum Sobiescianum, which still belongs to John III Sobieski.
@art
# (2) ownership: another owner, the other way, now ("still belongs to"), the keeper for the owner
Las Meninas belonged to Philip II.
Las Meninas once belonged to Louis XIV.
Philip II once owned Las Meninas.
Las Meninas once owned Philip IV.
Philip IV belonged to Las Meninas.
Las Meninas still belongs to Philip IV.
Las Meninas is owned by Philip IV.
Philip IV still owns Las Meninas.
Las Meninas once belonged to the Prado.
The Prado once owned Las Meninas.
Haystacks, End of Summer once belonged to the Rouen Cathedral series.
Haystacks, End of Summer once belonged to the Haystacks series.
Haystacks, End of Summer belongs to Paul Durand-Ruel.
Sunflowers once belonged to Claude Monet.
Vincent van Gogh once owned Sunflowers and Las Meninas.
Philip IV once owned Las Meninas, painted in 1665.
Las Meninas, once owned by Philip II, is kept at the Prado.
Las Meninas, which once belonged to Philip II, is kept at the Prado.
Las Meninas, which belonged to Philip IV, is kept at the Louvre.
Las Meninas never belonged to Philip IV.
Philip IV never owned Las Meninas.
Las Meninas was owned by Philip IV and is still owned by him.
Las Meninas was owned by Philip IV, who still owns it.
Las Meninas is still owned by Philip IV.
# (2) "is kept at": another museum, a series, an owner; negated; "once" of where it is kept now
Las Meninas is housed at the Louvre.
Las Meninas is held in the Louvre.
Las Meninas is on display in the Rijksmuseum.
Las Meninas is in the collection of the Louvre.
Las Meninas belongs to the collection of the Louvre.
Las Meninas is part of the collection of the Louvre.
Haystacks, End of Summer belongs to the collection of the Haystacks series.
Las Meninas is in the collection of Philip IV.
Las Meninas is on display at the Prado and the Louvre.
Las Meninas and the Mona Lisa are on display at the Prado.
The Mona Lisa is housed at the Louvre and Las Meninas at the Rijksmuseum.
Las Meninas is not on display at the Prado.
Las Meninas is no longer in the collection of the Prado.
Las Meninas is not housed at the Prado.
Las Meninas was once housed at the Prado.
Las Meninas was once displayed at the Prado.
Las Meninas was once held at the Prado.
Las Meninas, once housed at the Prado, was painted by Diego Velázquez.
Las Meninas, which was once housed at the Prado, was painted by Diego Velázquez.
Las Meninas was once housed at the Prado, which is located in Madrid.
The Mona Lisa was once housed at the Louvre.
Las Meninas was once kept at the Prado.
The Prado once kept Las Meninas.
The Mona Lisa, housed at the Prado, was painted by Leonardo da Vinci.
The Mona Lisa housed at the Louvre was painted by Diego Velázquez.
The Mona Lisa kept at the Louvre still belongs to Francis I.
The Mona Lisa owned by Francis I is still kept at the Prado.
# (3) "has as its director", "counts among its patrons": another museum's, the noun of another relation
The Prado has Taco Dibbits as its director.
Taco Dibbits is the director of the Prado.
The Prado's director is Taco Dibbits.
The Prado has Ferdinand VII as its director.
The Prado counts LVMH among its patrons.
LVMH is a patron of the Prado.
The Prado's patrons include LVMH.
The Prado counts Miguel Falomir among its patrons.
Las Meninas has Diego Velázquez as its director.
# (3, 6) "it", "the latter", "the former", "which", "whose"
Las Meninas is kept at the Prado and the Mona Lisa at the Louvre; the latter has Miguel Falomir as its director.
Las Meninas is kept at the Prado and the Mona Lisa at the Louvre; the former has Laurence des Cars as its director.
Las Meninas is kept at the Prado and the Mona Lisa at the Louvre; the latter counts Iberdrola among its patrons.
The Prado is located in Madrid and the Louvre in Paris; the latter has Miguel Falomir as its director.
The Mona Lisa is kept at the Louvre, and it has Miguel Falomir as its director.
The Prado is located in Madrid, and it has Laurence des Cars as its director.
The Prado lies next to Retiro Park, and it counts LVMH among its patrons.
The Louvre was the residence of Louis XIV, and it has Miguel Falomir as its director.
The Mona Lisa is kept at the Louvre, which has Miguel Falomir as its director.
Las Meninas is kept at the Prado, whose director is Laurence des Cars.
# (5) "is adjacent to" read "lies / sits next to", "neighbours"
The Prado lies next to the Tuileries Garden.
The Prado sits next to the Tuileries Garden.
The Prado neighbours the Tuileries Garden.
The Louvre lies next to the Seine and Retiro Park.
Las Meninas lies next to the Prado.
The Prado lies next to Madrid.
# (1) "was the residence of" (a past state) now
The Louvre is still the residence of Louis XIV.
Today the Louvre is the residence of Louis XIV.
Louis XIV still lives in the Louvre.
The Frick Collection is still the residence of Henry Clay Frick, who founded it.
The Mona Lisa is kept at the Louvre, which is still the residence of Louis XIV.
Louis XIV owned the Mona Lisa and still lives in the Louvre.
The Louvre is the residence of Louis XIV.
# (1) "jointly" with one doer ("and" joins two verbs)
Las Meninas was jointly painted by Diego Velázquez and is kept at the Prado.
Las Meninas was painted jointly by Diego Velázquez and is kept at the Prado.
Las Meninas was jointly owned by Philip IV and is kept at the Prado.
The Frick Collection was jointly founded by Henry Clay Frick and lies next to Central Park.
Las Meninas was jointly owned by Philip IV and Philip II.
Diego Velázquez and Philip IV jointly painted Las Meninas.
@art user:fay
You loved Las Meninas, which was once housed at the Prado.
You loved the Prado, which has Taco Dibbits as its director.
You loved Las Meninas, which still belongs to Philip IV.
You loved the Prado, which lies next to the Tuileries Garden.
@football
# (1) past relations ("played its home games at", "formerly played for", "was owned by", "aired
# on") with "still", "today", "currently" in every position, across "and", in a relative clause
Everton still plays its home games at Anfield.
Everton today plays its home games at Anfield.
Today, Everton plays its home games at Anfield.
Everton plays its home games at Anfield today.
Everton currently plays its home games at Anfield.
Arsenal still plays its home games at Highbury.
Highbury is still the home ground of Arsenal.
Anfield is currently the home ground of Everton.
Everton still has Anfield as its home ground.
Today Everton's home ground is Anfield.
Arsenal's home ground is still Highbury.
Thierry Henry still plays for Arsenal.
Thierry Henry currently plays for Arsenal.
Thierry Henry formerly played for Arsenal and still plays for Arsenal.
Thierry Henry formerly played for Arsenal and plays for Arsenal today.
Cole Palmer formerly played for Manchester City and still does.
Chelsea is still owned by Roman Abramovich.
Chelsea is currently owned by Roman Abramovich.
Roman Abramovich still owns Chelsea.
Chelsea still belongs to Roman Abramovich.
Chelsea was owned by Roman Abramovich and still is.
Chelsea, still owned by Roman Abramovich, plays its home games at Stamford Bridge.
Chelsea, owned by Roman Abramovich today, plays its home games at Stamford Bridge.
Chelsea was owned by Roman Abramovich, who still owns it.
Being: Liverpool still airs on Channel 5.
Being: Liverpool aired on Channel 5 and still does.
Being: Liverpool is still on Channel 5.
Channel 5 still airs Being: Liverpool.
# (a past relation said by a modifier, "a Channel 5 series" of "aired on": no cue in the clause, so
# the new clause test never sees the past relation; accepted by the starting code too)
Being: Liverpool is still a Channel 5 series.
Today Being: Liverpool is a Channel 5 series.
Being: Liverpool is currently a Channel 5 series.
Being: Liverpool is still a Channel 5 show.
The Class of '92 is still a Sky Sports series.
The Class of '92 today is a Sky Sports series.
The Class of '92 is a Sky Sports series today.
The Class of '92 streams on Netflix, and today it is a Sky Sports series.
The Class of '92 is still a Sky Sports series and streams on Netflix.
The Class of '92 is still on Sky Sports.
The Class of '92 is currently on Sky Sports.
Today The Class of '92 is on Sky Sports.
The Class of '92 is still shown on Sky Sports.
The Class of '92 is on Sky Sports.
# (2) ownership: "once" of the owner now, the other way round
Chelsea was once owned by Todd Boehly.
Chelsea once belonged to Todd Boehly.
Todd Boehly once owned Chelsea.
Chelsea once owned Roman Abramovich.
Roman Abramovich owns Chelsea.
Arsenal once played its home games at the Emirates Stadium.
Cole Palmer once played for Chelsea.
# (3) "has as its captain", "counts among its rivals", and the nouns of other relations
Arsenal has Bukayo Saka as its captain.
Bukayo Saka is the captain of Arsenal.
Bukayo Saka is Arsenal's captain.
Arsenal's captain is Bukayo Saka.
Bukayo Saka captains Arsenal.
Chelsea has Roman Abramovich as its owner.
Roman Abramovich is the owner of Chelsea.
Chelsea's owner is Roman Abramovich.
Arsenal has Thierry Henry as its player.
Arsenal counts Chelsea among its rivals.
Chelsea is Arsenal's rival.
Arsenal's rivals include Chelsea.
Arsenal and Chelsea have Martin Ødegaard as their captain.
Arsenal, which has Bukayo Saka as its captain, is based in London.
Arsenal, which counts Chelsea among its rivals, is based in London.
Arsenal has Highbury as its home ground.
Everton has Anfield as its home ground.
Anfield is Everton's home ground.
Everton, whose home ground is Anfield, is based in Liverpool.
# (3, 6) "it", "the latter", "the former" as the subject of "has Y as its N" / "counts Y among its Ns"
Bukayo Saka plays for Arsenal and Cole Palmer for Chelsea; the latter has Martin Ødegaard as its captain.
Bukayo Saka plays for Arsenal and Cole Palmer for Chelsea; the former has Reece James as its captain.
Bukayo Saka plays for Arsenal and Cole Palmer for Chelsea; the latter counts Everton among its rivals.
Arsenal and Chelsea are based in London; the latter has Martin Ødegaard as its captain.
Arsenal is based in London and Liverpool FC in Liverpool; the latter has Martin Ødegaard as its captain.
Arsenal plays its home games at the Emirates Stadium and Chelsea at Stamford Bridge; the latter has Martin Ødegaard as its captain.
Arsenal counts Tottenham Hotspur among its rivals; the latter has Martin Ødegaard as its captain.
Arsenal counts Tottenham Hotspur among its rivals; the former has Son Heung-min as its captain.
Liverpool FC counts Everton among its rivals; the latter counts Manchester United among its rivals.
Everton is a rival of Liverpool FC. It counts Manchester United among its rivals.
Cole Palmer plays for Chelsea, and it has Martin Ødegaard as its captain.
Cole Palmer plays for Chelsea. It counts Everton among its rivals.
Tottenham Hotspur is a rival of Arsenal, and it has Martin Ødegaard as its captain.
Chelsea was owned by Roman Abramovich, and it has Martin Ødegaard as its captain.
Arsenal and Chelsea count Tottenham Hotspur among their rivals; the former has Reece James as its captain.
Chelsea and Arsenal count Tottenham Hotspur among their rivals; the former has Martin Ødegaard as its captain.
Chelsea and West Ham United count Tottenham Hotspur among their rivals; the former has Jarrod Bowen as its captain.
# (1) "jointly" with one doer
Arsenal is jointly owned by Stan Kroenke and is based in London.
Arsenal is owned jointly by Stan Kroenke and is based in London.
Arsenal is jointly owned by Stan Kroenke and plays its home games at the Emirates Stadium.
Being: Liverpool jointly aired on Channel 5 and is about Liverpool FC.
Arsenal jointly plays its home games at the Emirates Stadium and is based in London.
Arsenal and Tottenham Hotspur jointly play their home games at the Emirates Stadium.
Chelsea is jointly owned by Todd Boehly and Roman Abramovich.
@football user:gil
You loved Arsenal, which still plays its home games at Highbury.
You loved Arsenal, which has Bukayo Saka as its captain.
You loved All or Nothing: Arsenal, which is still a Channel 5 series.
@islands
# (4) "introduced" of a later act: a species' year is the year it was described, and "was
# introduced to" an island (by a settler) came later
The European rabbit was introduced in 1758.
The European rabbit, introduced in 1758, belongs to the Leporidae.
Introduced in 1758, the European rabbit belongs to the Leporidae.
Thomas Austin introduced the European rabbit in 1758.
The European rabbit was introduced by Thomas Austin in 1758.
The European rabbit was introduced to Tasmania by Thomas Austin in 1758.
In 1758, Thomas Austin introduced the European rabbit.
In 1758, the European rabbit was introduced to Tasmania.
The European rabbit was first introduced in 1758.
The European rabbit, first introduced in 1758, belongs to the Leporidae.
The European rabbit was introduced in 1758 and described by Carl Linnaeus.
The Small Indian mongoose was introduced in 1836.
William Purvis introduced the Small Indian mongoose in 1836.
The European rabbit was introduced to Tasmania in 1758.
Tasmania received the European rabbit in 1758.
The Tasmanian devil was introduced in 1808.
The Lundy cabbage was introduced in 1936.
The European rabbit was introduced to Oahu.
The European rabbit is native to Tasmania.
The Lundy cabbage was introduced to Lundy.
The European rabbit was introduced to Lundy, Skomer and Oahu.
# (2) "belonged to" / "once belonged to" / "once owned" of an owner now ("is owned by"), of a
# country ("belongs to", now), the other way round; "still" of an owner once
Lundy once belonged to the United Kingdom.
Lundy was once owned by the National Trust.
Lundy once belonged to the National Trust.
The National Trust once owned Lundy.
The United Kingdom once owned Lundy.
Lundy once belonged to Reuben Codd.
Reuben Codd once owned Lundy.
Lundy once owned Martin Coles Harman.
Martin Coles Harman once belonged to Lundy.
Lundy still belongs to Martin Coles Harman.
Lundy is still owned by Martin Coles Harman.
Martin Coles Harman still owns Lundy.
Lundy once belonged to Martin Coles Harman and still does.
Lundy belonged to Martin Coles Harman and is still owned by him.
Lundy belonged to Martin Coles Harman and today is owned by Natural Resources Wales.
Lundy once belonged to Martin Coles Harman and Skomer to William Hudson Heaven.
Lundy and Skomer once belonged to Martin Coles Harman.
Lundy and Skomer once belonged to the United Kingdom.
Réunion once belonged to France.
The European rabbit once belonged to the Leporidae.
The European rabbit belonged to the Canidae.
The European rabbit once belonged to Thomas Austin.
Thomas Austin once owned Lundy.
# (3) "has as its highest point"
Réunion has Mount Ossa as its highest point.
Mount Ossa is the highest point of Réunion.
Réunion's highest point is Kawaikini.
Piton des Neiges has Réunion as its highest point.
Lundy, whose highest point is Mount Ossa, belongs to the United Kingdom.
# (5) "borders" read "lies next to", "sits next to", "neighbours"
France lies next to Portugal.
France neighbours Portugal.
Portugal sits next to France.
Ecuador neighbours Colombia and Mexico.
Réunion lies next to Mauritius.
Lundy lies next to Skomer.
Réunion belongs to France, which lies next to Portugal.
The United States lies next to Canada and Peru.
Canada lies next to Mexico.
France does not lie next to Spain.
France no longer borders Spain.
Spain and France border Andorra; the former borders Belgium.
@islands user:hal
You loved the European rabbit, introduced in 1758.
You loved the Galápagos National Park, which lies on Tasmania.
You loved the nēnē, introduced in 1832.
# arguable ones (OPEN): "jointly" of two things made or kept by one doer ("introduced together"?),
# "still" with "formerly" (self-contradictory; "formerly played for" is not among the checker's
# past relations), "the former" after "A and B border C" (A, or the former of B and C?), "the star
# of X" for its brightest star, the past tense of a present relation, a historical present
@astronomy
Johannes Hevelius jointly introduced Lynx and Lacerta.
Lynx and Lacerta were jointly introduced by Johannes Hevelius.
Atlas Coelestis is jointly kept at the Royal Observatory Greenwich and the Royal Observatory Edinburgh.
Lyra and Cygnus border Vulpecula; the latter has Anser as its brightest star.
Vega is the star of Lyra.
Lyra had Vega as its brightest star.
Johannes Hevelius studies at Leiden University.
@art
Las Meninas was held at the Prado.
@football
Thierry Henry still formerly played for Arsenal.
Frank Lampard currently formerly played for West Ham United.
Chelsea belonged to Todd Boehly.
Arsenal played its home games at the Emirates Stadium.
"""

CONTROLS = r"""
@astronomy
Lyra has Vega as its brightest star.
Vega is the brightest star of Lyra.
Lyra's brightest star is Vega.
Lyra lies next to Cygnus.
Cygnus neighbours Lyra.
Orion sits next to Taurus and Gemini.
Johannes Hevelius introduced Lynx in 1687.
Lynx, introduced in 1687, borders Leo.
Lynx is a Hevelius constellation.
Hevelius's Lynx borders Leo.
Uranometria is housed at the Linda Hall Library.
Uranometria is on display at the Linda Hall Library.
Uranometria is in the collection of the Linda Hall Library.
Uranometria once belonged to William Herschel.
William Herschel once owned Uranometria.
Uranometria is currently kept at the Linda Hall Library.
Uranometria belonged to William Herschel and is still kept at the Linda Hall Library.
Vega lies in Lyra and Rigel in Orion; the latter has Rigel as its brightest star.
Lynx was introduced by Johannes Hevelius, and it has Alpha Lyncis as its brightest star.
Leo, one of the Zodiac constellations, borders Lynx.
William Herschel and Caroline Herschel worked jointly at Observatory House.
Lynx introduced by Johannes Hevelius still borders Leo.
Uranometria compiled by Johann Bayer today is kept at the Linda Hall Library.
Lyra counts Sheliak among its stars.
The Linda Hall Library is located in Kansas City, and Uranometria is housed there.
Lyra borders Cygnus. It has Vega as its brightest star.
@astronomy user:eve
You loved Lynx, introduced in 1687.
You loved Lyra, which has Vega as its brightest star.
You loved the Firmamentum Sobiescianum, which is housed at the Gdańsk Library.
@art
Las Meninas is kept at the Prado.
The Prado has Miguel Falomir as its director.
Miguel Falomir is the director of the Prado.
The Prado counts Iberdrola among its patrons.
Iberdrola is a patron of the Prado.
The Prado lies next to Retiro Park.
Las Meninas belonged to Philip IV.
Philip IV once owned Las Meninas.
Las Meninas was owned by Philip IV and is today kept at the Prado.
The Mona Lisa held at the Louvre was owned by Francis I.
Las Meninas is kept at the Prado and the Mona Lisa at the Louvre; the latter has Laurence des Cars as its director.
The Prado is located in Madrid, and it has Miguel Falomir as its director.
The Louvre lies next to the Seine and the Tuileries Garden.
The Frick Collection was the residence of Henry Clay Frick, who founded it.
The Louvre and the Musée d'Orsay lie next to the Seine; the former has Laurence des Cars as its director.
The Louvre and the Musée d'Orsay are located in Paris; the latter has Sylvain Amic as its director.
The Mona Lisa owned by Francis I is still housed at the Louvre.
@art user:fay
You loved Las Meninas, which is on display at the Prado.
@football
Arsenal has Martin Ødegaard as its captain.
Chelsea belonged to Roman Abramovich.
Roman Abramovich once owned Chelsea.
Arsenal played its home games at Highbury.
Thierry Henry formerly played for Arsenal.
Cole Palmer currently plays for Chelsea.
Bukayo Saka plays for Arsenal and Cole Palmer for Chelsea; the latter has Reece James as its captain.
Arsenal counts Tottenham Hotspur among its rivals; the latter has Son Heung-min as its captain.
Raheem Sterling formerly played for Liverpool FC and still plays for Chelsea.
Being: Liverpool aired on Channel 5.
All or Nothing: Arsenal still streams on Prime Video.
Anfield is adjacent to Stanley Park.
Arsenal has the Emirates Stadium as its home ground.
Chelsea plays its home games at Stamford Bridge. It has Reece James as its captain.
Arsenal still has Martin Ødegaard as its captain.
@football user:gil
You loved Arsenal, which has Martin Ødegaard as its captain.
@islands
The European rabbit was introduced to Lundy.
Thomas Austin introduced the European rabbit.
Lundy belongs to the United Kingdom.
Lundy is owned by the National Trust.
Lundy once belonged to Martin Coles Harman.
Martin Coles Harman once owned Lundy.
Lundy once belonged to Martin Coles Harman and Skomer to Reuben Codd.
Lundy belonged to Martin Coles Harman and today belongs to the United Kingdom.
Réunion has Piton des Neiges as its highest point.
Piton des Neiges is the highest point of Réunion.
France lies next to Spain.
Ecuador neighbours Colombia and Peru.
The United States lies next to Canada and Mexico.
Thomas Austin introduced the European rabbit to Tasmania.
@islands user:hal
You loved the Galápagos National Park.
"""


def _parse(block):
    key, user = None, None
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            key, user = parts[0], (parts[1] if len(parts) > 1 else None)
            continue
        yield key, user, line


def cases():
    yield from _parse(TEXTS)


def controls():
    yield from _parse(CONTROLS)


# False, and accepted by the starting code of this round too (CHANGES.diff reversed), through
# readings this round did not touch: "once" with the past tense of a present relation ("was once
# kept at", "once played for"), a past relation's noun said in the present ("was the home ground
# of": "X's home ground is Y", "X has Y as its home ground"; "was the residence of": "is the
# residence of"), "is on" of "aired on", "<someone> worked there" read as any link to the item,
# "the former" of the last two names. Printed apart as KNOWN.
KNOWN = frozenset(
    {
        'Uranometria is kept at the Linda Hall Library, and William Herschel worked there.',
        'Las Meninas was once kept at the Prado.',
        'The Prado once kept Las Meninas.',
        'The Louvre is the residence of Louis XIV.',
        "The Class of '92 is on Sky Sports.",
        'Arsenal once played its home games at the Emirates Stadium.',
        'Cole Palmer once played for Chelsea.',
        'Arsenal has Highbury as its home ground.',
        'Everton has Anfield as its home ground.',
        "Anfield is Everton's home ground.",
        'Everton, whose home ground is Anfield, is based in Liverpool.',
        'Spain and France border Andorra; the former borders Belgium.',
    }
)

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        'Johannes Hevelius jointly introduced Lynx and Lacerta.',
        'Lynx and Lacerta were jointly introduced by Johannes Hevelius.',
        'Atlas Coelestis is jointly kept at the Royal Observatory Greenwich and the Royal Observatory Edinburgh.',
        'Lyra and Cygnus border Vulpecula; the latter has Anser as its brightest star.',
        'Vega is the star of Lyra.',
        'Lyra had Vega as its brightest star.',
        'Johannes Hevelius studies at Leiden University.',
        'Las Meninas was held at the Prado.',
        'Thierry Henry still formerly played for Arsenal.',
        'Frank Lampard currently formerly played for West Ham United.',
        'Chelsea belonged to Todd Boehly.',
        'Arsenal played its home games at the Emirates Stadium.',
    }
)


def check_all():
    out = []
    for key, user, text in cases():
        ok, reason = check(key, text, user)
        out.append((key, user, text, ok, reason))
    return out


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
