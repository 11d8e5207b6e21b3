"""Red team round 159: this round's new readings (CHANGES.diff, on top of round 158's): "AD" /
"A.D." / "CE" by a year dropped ("in AD 80" reads "in 80"); an opening participle or "In <year>,"
with a year of two or three digits ("Built in 238, X ...", "Dating from AD 40, X ...");
"erected" / "inaugurated" before "in <year>" (venues and buildings); a ship that "was built by" a
yard "was built / constructed at" it; "<be> <participle> as a / an / the <noun> <in / at / on / by>"
also read without its "as" part ("is preserved as a museum ship in" -> "is preserved in"); a
relation's own noun phrase ("is a type of", "is the home of", "is a hub for", "is the resting
place of") read as an apposition after a comma, said of the name before it.

Four graphs of my own:

* rome: Roman and early medieval buildings (items: year opened or completed, under 1000 but one;
  two BC years stored as negative numbers) and a statue and a column (no venues): kind, who
  commissioned, inaugurated ("was inaugurated by") and erected ("was erected by") each, city, the
  style each "is an example of", the dynasty each "dates from", the person each "is the resting
  place of", the pope a temple "was consecrated as a church by", the papacy a mausoleum "was used
  as a fortress by"; emperors "venerated as a saint in" a church and "crowned as an emperor in" a
  city; a user;
* ships: museum ships (items: year launched) "built by" one yard (a vessel relation: "built at")
  and "refitted at", "repaired at", "completed by", "restored as a museum ship by" another; the
  city each "is preserved as a museum ship in", the navy it "was used as a training ship by",
  namesakes, flagships (past and present), yards' cities, the museum that "is the home of" a
  ship; a user;
* travel: airports, stadiums and museums (items: year opened), dishes and teas (items: year first
  recorded): the airline an airport "is a hub for" and "is used as a base by", the country an
  airline "is the flag carrier of", "is the home of" said by two relations (a stadium of its team,
  a city of its museum), "is a national dish of", "is a type of", "is eaten as a street food in",
  "is made with", "is grown in", "is the capital of"; a user;
* coins: Roman, Byzantine, Umayyad and Anglo-Saxon coins (items: year first struck, one BC): the
  class each "is a type of", the ruler who introduced it "as a reform coin", the mint city, who it
  depicts, what it replaced; rulers: what each ruled, the dynasty each "is the founder of",
  successors; a user.

Findings (accepted through this round's readings; the starting code, CHANGES.diff reversed,
rejects each of them):

* (2) "In <year>," with two or three digits at the head of a sentence that names no item is taken
  as the sentence's year and then checked against nothing: a coronation, a reign, a succession
  get any year ("In 801, Charlemagne was crowned as an emperor in Rome", also "In AD 801, ..."
  and with the shorter "was crowned in" of (5); "In 270, Diocletian ruled the Roman Empire", "In
  685, Abd al-Malik was succeeded by al-Walid I"). The same with four digits is accepted by the
  starting code (KNOWN); this round opens it to Roman and medieval years.
* (5) the shorter phrase "<be> <participle> by" of "<be> <participle> as a <noun> by" makes its
  participle a verb of making: a year put inside it ("was used in 139 by", "was consecrated in 126
  by", "was restored in 1860 by") is read as the item's own year, though the use, consecration or
  restoration came centuries later ("Castel Sant'Angelo was used in 139 by the Papacy", "The
  Pantheon was consecrated in 126 by Pope Boniface IV", "HMS Warrior was restored in 1860 by
  Hartlepool Dockyard", "Heathrow Airport was used in 1946 by Virgin Atlantic"; also as a
  participle and after a user's rating). The year after the agent ("... by the Papacy in 139") is
  rejected; a relation phrased "was used by" directly is read the same way by the starting code.

Not found: "AD" / "CE" (another item's year, a BC year said as AD, an AD year said as BC, lists,
negation), opening participles with the wrong year or a later act, "erected" / "inaugurated"
(another venue's year, a dish, relations that say them), "built at" (the yard that refitted,
repaired, restored or completed a ship, another ship's yard, a city), "preserved in" and the other
shorter phrases with a wrong object, and the appositions (wrong object, the other direction, two
relations sharing "is the home of", placed after the object of a verb, after a list, after a
user's rating) held against every false text here.

KNOWN (accepted by the starting code too): a four-digit "In <year>," on a sentence that names no
item. OPEN: a past act said now ("is used by", "is built at"), a museum's opening year said as its
erection, a commissioning dated by the item's year, a ship "built at" the yard that completed it,
a city "the home of" what its museum holds or its team.

False texts only (one false statement each; arguable ones in OPEN), plus faithful controls."""

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


def rome():
    """Roman and early medieval buildings (items: year opened / completed; years under 1000, two
    BC years stored as negative numbers) and statues; kind, the emperor who commissioned each,
    who inaugurated it, who erected it (a legion, the Senate), city, the style each is an
    example of, the dynasty each dates from, the person each is the resting place of; emperors
    "venerated as a saint in" a church, "crowned as an emperor in" a city, "buried in" a
    mausoleum; a fortress "used as a fortress by" the popes; a user."""
    VENUES = ("amphitheatre", "temple", "arch", "wall", "aqueduct", "bath", "basilica", "cathedral", "mausoleum",
              "theatre", "gate", "palace", "church")
    ALL = VENUES + ("statue", "column")
    rels = [
        R("kind", phrase="is a", inverse_phrase="is the kind of", range=("building type",)),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=ALL,
          range=("emperor", "king", "pope")),
        R("inaugurated_by", phrase="was inaugurated by", inverse_phrase="inaugurated", domain=VENUES,
          range=("emperor", "king", "pope")),
        R("erected_by", phrase="was erected by", inverse_phrase="erected", domain=ALL, range=("legion", "senate")),
        R("located_in", phrase="is located in", inverse_phrase="is the site of", domain=ALL,
          range=("city", "region", "country")),
        R("example_of", phrase="is an example of", inverse_phrase="is exemplified by", domain=ALL, range=("style",)),
        R("dates_from", phrase="dates from", inverse_phrase="is the period of", domain=ALL, range=("dynasty",)),
        R("resting_place", phrase="is the resting place of", inverse_phrase="is buried in", domain=VENUES,
          range=("emperor", "king", "painter", "pope")),
        R("venerated", phrase="is venerated as a saint in", inverse_phrase="venerates as a saint",
          domain=("emperor", "king"), range=("church body",)),
        R("crowned", phrase="was crowned as an emperor in", inverse_phrase="saw the coronation of",
          domain=("emperor", "king"), range=("city",)),
        R("used_by", phrase="was used as a fortress by", inverse_phrase="used as a fortress", domain=VENUES,
          range=("pope", "papacy")),
        R("consecrated", phrase="was consecrated as a church by", inverse_phrase="consecrated as a church",
          domain=VENUES, range=("pope",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "v:colosseum": ("amphitheatre", "Colosseum", 80), "v:pantheon": ("temple", "Pantheon", 126),
        "v:titus": ("arch", "Arch of Titus", 81), "v:constantine": ("arch", "Arch of Constantine", 315),
        "v:hadrianwall": ("wall", "Hadrian's Wall", 122), "v:antonine": ("wall", "Antonine Wall", 142),
        "v:pontdugard": ("aqueduct", "Pont du Gard", 50), "v:caracalla": ("bath", "Baths of Caracalla", 216),
        "v:hagia": ("church", "Hagia Sophia", 537), "v:aachen": ("cathedral", "Aachen Cathedral", 805),
        "v:vitale": ("basilica", "Basilica of San Vitale", 547), "v:theodoric": ("mausoleum", "Mausoleum of Theodoric", 520),
        "v:santangelo": ("mausoleum", "Castel Sant'Angelo", 139), "v:eljem": ("amphitheatre", "Amphitheatre of El Jem", 238),
        "v:nigra": ("gate", "Porta Nigra", 170), "v:diocletian": ("palace", "Diocletian's Palace", 305),
        "v:marcellus": ("theatre", "Theatre of Marcellus", -13), "v:maison": ("temple", "Maison Carrée", -16),
        "v:nimes": ("amphitheatre", "Arena of Nîmes", 70), "v:speyer": ("cathedral", "Speyer Cathedral", 1061),
        "s:aurelius": ("statue", "Equestrian Statue of Marcus Aurelius", 175),
        "s:trajan": ("column", "Trajan's Column", 113),
    }
    others = {
        "k:amph": ("building type", "amphitheatre"), "k:temple": ("building type", "temple"),
        "k:arch": ("building type", "triumphal arch"), "k:wall": ("building type", "defensive wall"),
        "k:aqueduct": ("building type", "aqueduct bridge"), "k:bath": ("building type", "bath complex"),
        "k:church": ("building type", "cathedral"), "k:basilica": ("building type", "basilica"),
        "k:mausoleum": ("building type", "mausoleum"), "k:gate": ("building type", "city gate"),
        "k:palace": ("building type", "palace"), "k:theatre": ("building type", "theatre"),
        "k:statue": ("building type", "equestrian statue"), "k:column": ("building type", "victory column"),
        "e:vespasian": ("emperor", "Vespasian"), "e:titus": ("emperor", "Titus"), "e:domitian": ("emperor", "Domitian"),
        "e:hadrian": ("emperor", "Hadrian"), "e:antoninus": ("emperor", "Antoninus Pius"),
        "e:caracalla": ("emperor", "Caracalla"), "e:justinian": ("emperor", "Justinian I"),
        "e:charlemagne": ("emperor", "Charlemagne"), "e:theodoric": ("king", "Theodoric the Great"),
        "e:constantine": ("emperor", "Constantine the Great"), "e:diocletian": ("emperor", "Diocletian"),
        "e:augustus": ("emperor", "Augustus"), "e:trajan": ("emperor", "Trajan"),
        "e:aurelius": ("emperor", "Marcus Aurelius"), "e:agrippa": ("emperor", "Agrippa"),
        "e:claudius": ("emperor", "Claudius"), "e:conrad": ("emperor", "Conrad II"), "c:speyer": ("city", "Speyer"),
        "st:romanesque": ("style", "Romanesque architecture"), "d:salian": ("dynasty", "Salian dynasty"),
        "p:boniface": ("pope", "Pope Boniface IV"), "p:leo": ("pope", "Pope Leo III"), "p:papacy": ("papacy", "the Papacy"),
        "p:raphael": ("painter", "Raphael"),
        "l:sixth": ("legion", "Sixth Legion"), "l:second": ("legion", "Second Legion"),
        "l:senate": ("senate", "Roman Senate"),
        "c:rome": ("city", "Rome"), "c:nimes": ("city", "Nîmes"), "c:istanbul": ("city", "Constantinople"),
        "c:aachen": ("city", "Aachen"), "c:ravenna": ("city", "Ravenna"), "c:eljem": ("city", "El Jem"),
        "c:trier": ("city", "Trier"), "c:split": ("city", "Split"), "c:northumberland": ("region", "Northumberland"),
        "c:scotland": ("country", "Scotland"), "c:gard": ("region", "Gard"),
        "st:roman": ("style", "Roman architecture"), "st:byzantine": ("style", "Byzantine architecture"),
        "st:carolingian": ("style", "Carolingian architecture"), "st:ostrogothic": ("style", "Ostrogothic architecture"),
        "d:flavian": ("dynasty", "Flavian dynasty"), "d:nerva": ("dynasty", "Nerva-Antonine dynasty"),
        "d:severan": ("dynasty", "Severan dynasty"), "d:justinian": ("dynasty", "Justinian dynasty"),
        "d:carolingian": ("dynasty", "Carolingian dynasty"), "d:julio": ("dynasty", "Julio-Claudian dynasty"),
        "d:constantinian": ("dynasty", "Constantinian dynasty"), "d:tetrarchy": ("dynasty", "Tetrarchy"),
        "ch:orthodox": ("church body", "Eastern Orthodox Church"), "ch:catholic": ("church body", "Catholic Church"),
    }
    T_ = [
        ("v:colosseum", "kind", "k:amph"), ("v:pantheon", "kind", "k:temple"), ("v:titus", "kind", "k:arch"),
        ("v:constantine", "kind", "k:arch"), ("v:hadrianwall", "kind", "k:wall"), ("v:antonine", "kind", "k:wall"),
        ("v:pontdugard", "kind", "k:aqueduct"), ("v:caracalla", "kind", "k:bath"), ("v:hagia", "kind", "k:church"),
        ("v:aachen", "kind", "k:church"), ("v:vitale", "kind", "k:basilica"), ("v:theodoric", "kind", "k:mausoleum"),
        ("v:santangelo", "kind", "k:mausoleum"), ("v:eljem", "kind", "k:amph"), ("v:nigra", "kind", "k:gate"),
        ("v:diocletian", "kind", "k:palace"), ("v:marcellus", "kind", "k:theatre"), ("v:maison", "kind", "k:temple"),
        ("v:nimes", "kind", "k:amph"), ("v:speyer", "kind", "k:church"), ("v:speyer", "commissioned_by", "e:conrad"),
        ("v:speyer", "located_in", "c:speyer"), ("v:speyer", "example_of", "st:romanesque"),
        ("v:speyer", "dates_from", "d:salian"), ("v:speyer", "resting_place", "e:conrad"), ("s:aurelius", "kind", "k:statue"), ("s:trajan", "kind", "k:column"),
        ("v:colosseum", "commissioned_by", "e:vespasian"), ("v:pantheon", "commissioned_by", "e:hadrian"),
        ("v:titus", "commissioned_by", "e:domitian"), ("v:constantine", "commissioned_by", "e:constantine"),
        ("v:hadrianwall", "commissioned_by", "e:hadrian"), ("v:antonine", "commissioned_by", "e:antoninus"),
        ("v:caracalla", "commissioned_by", "e:caracalla"), ("v:hagia", "commissioned_by", "e:justinian"),
        ("v:aachen", "commissioned_by", "e:charlemagne"), ("v:theodoric", "commissioned_by", "e:theodoric"),
        ("v:santangelo", "commissioned_by", "e:hadrian"), ("v:diocletian", "commissioned_by", "e:diocletian"),
        ("v:marcellus", "commissioned_by", "e:augustus"), ("v:maison", "commissioned_by", "e:agrippa"),
        ("s:trajan", "commissioned_by", "e:trajan"), ("s:aurelius", "commissioned_by", "e:aurelius"),
        ("v:colosseum", "inaugurated_by", "e:titus"), ("v:hagia", "inaugurated_by", "e:justinian"),
        ("v:aachen", "inaugurated_by", "p:leo"), ("v:pantheon", "consecrated", "p:boniface"), ("v:caracalla", "inaugurated_by", "e:caracalla"),
        ("v:marcellus", "inaugurated_by", "e:augustus"),
        ("v:hadrianwall", "erected_by", "l:sixth"), ("v:antonine", "erected_by", "l:second"),
        ("v:constantine", "erected_by", "l:senate"), ("s:trajan", "erected_by", "l:senate"),
        ("v:colosseum", "located_in", "c:rome"), ("v:pantheon", "located_in", "c:rome"), ("v:titus", "located_in", "c:rome"),
        ("v:constantine", "located_in", "c:rome"), ("v:hadrianwall", "located_in", "c:northumberland"),
        ("v:antonine", "located_in", "c:scotland"), ("v:pontdugard", "located_in", "c:gard"),
        ("v:caracalla", "located_in", "c:rome"), ("v:hagia", "located_in", "c:istanbul"), ("v:aachen", "located_in", "c:aachen"),
        ("v:vitale", "located_in", "c:ravenna"), ("v:theodoric", "located_in", "c:ravenna"), ("v:santangelo", "located_in", "c:rome"),
        ("v:eljem", "located_in", "c:eljem"), ("v:nigra", "located_in", "c:trier"), ("v:diocletian", "located_in", "c:split"),
        ("v:marcellus", "located_in", "c:rome"), ("v:maison", "located_in", "c:nimes"), ("v:nimes", "located_in", "c:nimes"),
        ("s:aurelius", "located_in", "c:rome"), ("s:trajan", "located_in", "c:rome"),
        ("v:colosseum", "example_of", "st:roman"), ("v:pantheon", "example_of", "st:roman"), ("v:titus", "example_of", "st:roman"),
        ("v:pontdugard", "example_of", "st:roman"), ("v:hagia", "example_of", "st:byzantine"),
        ("v:vitale", "example_of", "st:byzantine"), ("v:aachen", "example_of", "st:carolingian"),
        ("v:theodoric", "example_of", "st:ostrogothic"), ("v:maison", "example_of", "st:roman"),
        ("v:colosseum", "dates_from", "d:flavian"), ("v:titus", "dates_from", "d:flavian"),
        ("v:pantheon", "dates_from", "d:nerva"), ("v:hadrianwall", "dates_from", "d:nerva"),
        ("v:antonine", "dates_from", "d:nerva"), ("v:caracalla", "dates_from", "d:severan"),
        ("v:hagia", "dates_from", "d:justinian"), ("v:aachen", "dates_from", "d:carolingian"),
        ("v:marcellus", "dates_from", "d:julio"), ("v:pontdugard", "dates_from", "d:julio"),
        ("v:constantine", "dates_from", "d:constantinian"), ("v:diocletian", "dates_from", "d:tetrarchy"),
        ("v:pantheon", "resting_place", "p:raphael"), ("v:aachen", "resting_place", "e:charlemagne"),
        ("v:theodoric", "resting_place", "e:theodoric"), ("v:santangelo", "resting_place", "e:hadrian"),
        ("e:constantine", "venerated", "ch:orthodox"), ("e:justinian", "venerated", "ch:orthodox"),
        ("e:charlemagne", "crowned", "c:rome"), ("e:justinian", "crowned", "c:istanbul"),
        ("v:santangelo", "used_by", "p:papacy"),
        ("user:livia", "rated", "v:colosseum", {"rating": 5.0}), ("user:livia", "rated", "v:pantheon", {"rating": 4.5}),
        ("user:livia", "rated", "v:hagia", {"rating": 4.0}), ("user:livia", "rated", "v:hadrianwall", {"rating": 2.0}),
        ("user:livia", "rated", "v:eljem", {"rating": 1.5}),
    ]
    aliases = {"v:colosseum": ("the Colosseum", "Flavian Amphitheatre"), "v:pantheon": ("the Pantheon",),
               "v:pontdugard": ("the Pont du Gard",), "e:charlemagne": ("Charles the Great",),
               "e:constantine": ("Constantine",), "e:justinian": ("Justinian",), "e:theodoric": ("Theodoric",),
               "c:istanbul": ("Istanbul",)}
    return _build(items, others, rels, T_, users=[("user:livia", "Livia")], aliases=aliases)


def ships():
    """Warships, liners and a clipper (items: year launched): kind, the yard that built each, the
    yard that refitted, repaired or completed it, the city it is preserved as a museum ship in,
    the navy it was used as a training ship by, the person it is named after, the admiral it
    was the flagship of and the officer it is the flagship of, the navy it served in; yards and
    their cities; museums that are the home of a ship; a user."""
    SHIP = ("ship of the line", "frigate", "ironclad", "cruiser", "battleship", "submarine", "aircraft carrier",
            "clipper", "liner", "tender")
    rels = [
        R("kind", phrase="is a", inverse_phrase="is the kind of", range=("ship type",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=SHIP, range=("shipyard",)),
        R("refitted_at", phrase="was refitted at", inverse_phrase="refitted", domain=SHIP, range=("shipyard",)),
        R("repaired_at", phrase="was repaired at", inverse_phrase="repaired", domain=SHIP, range=("shipyard",)),
        R("restored", phrase="was restored as a museum ship by", inverse_phrase="restored as a museum ship",
          domain=SHIP, range=("shipyard", "trust")),
        R("completed_by", phrase="was completed by", inverse_phrase="completed", domain=SHIP, range=("shipyard",)),
        R("preserved", phrase="is preserved as a museum ship in", inverse_phrase="is the berth of", domain=SHIP,
          range=("city",)),
        R("training", phrase="was used as a training ship by", inverse_phrase="used as a training ship", domain=SHIP,
          range=("navy",)),
        R("served_in", phrase="served in", inverse_phrase="was served in by", domain=SHIP, range=("navy",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=SHIP,
          range=("city", "person", "battle", "admiral")),
        R("flagship_of", phrase="was the flagship of", inverse_phrase="had as flagship", domain=SHIP, range=("admiral",)),
        R("current_flagship", phrase="is the flagship of", inverse_phrase="flies his flag in", domain=SHIP,
          range=("officer",)),
        R("yard_in", phrase="is located in", inverse_phrase="is the site of", domain=("shipyard", "museum"),
          range=("city",)),
        R("home_of", phrase="is the home of", inverse_phrase="is housed in", domain=("museum",), range=SHIP),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "s:victory": ("ship of the line", "HMS Victory", 1765), "s:warrior": ("ironclad", "HMS Warrior", 1860),
        "s:belfast": ("cruiser", "HMS Belfast", 1938), "s:trincomalee": ("frigate", "HMS Trincomalee", 1817),
        "s:unicorn": ("frigate", "HMS Unicorn", 1824), "s:torsk": ("submarine", "USS Torsk", 1944),
        "s:missouri": ("battleship", "USS Missouri", 1944), "s:intrepid": ("aircraft carrier", "USS Intrepid", 1943),
        "s:cuttysark": ("clipper", "Cutty Sark", 1869), "s:nomadic": ("tender", "SS Nomadic", 1911),
        "s:mikasa": ("battleship", "Mikasa", 1900), "s:constitution": ("frigate", "USS Constitution", 1797),
        "s:greatbritain": ("liner", "SS Great Britain", 1843),
    }
    others = {
        "k:sol": ("ship type", "ship of the line"), "k:ironclad": ("ship type", "ironclad"),
        "k:cruiser": ("ship type", "light cruiser"), "k:frigate": ("ship type", "frigate"),
        "k:sub": ("ship type", "submarine"), "k:bb": ("ship type", "battleship"), "k:cv": ("ship type", "aircraft carrier"),
        "k:clipper": ("ship type", "clipper"), "k:tender": ("ship type", "tender"), "k:liner": ("ship type", "passenger liner"),
        "y:chatham": ("shipyard", "Chatham Dockyard"), "y:thames": ("shipyard", "Thames Ironworks"),
        "y:hw": ("shipyard", "Harland and Wolff"), "y:bombay": ("shipyard", "Bombay Dockyard"),
        "y:devonport": ("shipyard", "Devonport Dockyard"), "y:pns": ("shipyard", "Portsmouth Naval Shipyard"),
        "y:nyns": ("shipyard", "New York Naval Shipyard"), "y:newport": ("shipyard", "Newport News Shipbuilding"),
        "y:norfolk": ("shipyard", "Norfolk Naval Shipyard"), "y:longbeach": ("shipyard", "Long Beach Naval Shipyard"),
        "y:scott": ("shipyard", "Scott and Linton"), "y:denny": ("shipyard", "William Denny and Brothers"),
        "y:vickers": ("shipyard", "Vickers"), "y:hartt": ("shipyard", "Edmund Hartt's Shipyard"),
        "y:gwsc": ("shipyard", "Great Western Steamship Company"), "y:portsmouth": ("shipyard", "Portsmouth Dockyard"),
        "y:hartlepool": ("shipyard", "Hartlepool Dockyard"), "y:rosyth": ("shipyard", "Rosyth Dockyard"),
        "t:cst": ("trust", "Cutty Sark Trust"),
        "c:portsmouth": ("city", "Portsmouth"), "c:london": ("city", "London"), "c:hartlepool": ("city", "Hartlepool"),
        "c:dundee": ("city", "Dundee"), "c:baltimore": ("city", "Baltimore"), "c:honolulu": ("city", "Honolulu"),
        "c:newyork": ("city", "New York City"), "c:belfast": ("city", "Belfast"), "c:yokosuka": ("city", "Yokosuka"),
        "c:boston": ("city", "Boston"), "c:bristol": ("city", "Bristol"), "c:chatham": ("city", "Chatham"),
        "c:dumbarton": ("city", "Dumbarton"), "c:kittery": ("city", "Kittery"), "c:mumbai": ("city", "Mumbai"),
        "c:plymouth": ("city", "Plymouth"), "c:missouri": ("city", "Missouri"), "c:trincomalee": ("city", "Trincomalee"),
        "n:rn": ("navy", "Royal Navy"), "n:usn": ("navy", "United States Navy"), "n:ijn": ("navy", "Imperial Japanese Navy"),
        "n:rnr": ("navy", "Royal Naval Reserve"), "n:rnvr": ("navy", "Royal Naval Volunteer Reserve"),
        "p:nelson": ("admiral", "Horatio Nelson"), "p:togo": ("admiral", "Tōgō Heihachirō"),
        "p:keppel": ("admiral", "Augustus Keppel"), "p:fsl": ("officer", "First Sea Lord"),
        "p:torsk": ("person", "Torsk"), "p:intrepid": ("battle", "Battle of Tripoli"),
        "m:nmrn": ("museum", "National Museum of the Royal Navy"), "m:iwm": ("museum", "Imperial War Museum"),
        "m:rmg": ("museum", "Royal Museums Greenwich"), "m:intrepid": ("museum", "Intrepid Museum"),
    }
    T_ = [
        ("s:victory", "kind", "k:sol"), ("s:warrior", "kind", "k:ironclad"), ("s:belfast", "kind", "k:cruiser"),
        ("s:trincomalee", "kind", "k:frigate"), ("s:unicorn", "kind", "k:frigate"), ("s:torsk", "kind", "k:sub"),
        ("s:missouri", "kind", "k:bb"), ("s:intrepid", "kind", "k:cv"), ("s:cuttysark", "kind", "k:clipper"),
        ("s:nomadic", "kind", "k:tender"), ("s:mikasa", "kind", "k:bb"), ("s:constitution", "kind", "k:frigate"),
        ("s:greatbritain", "kind", "k:liner"),
        ("s:victory", "built_by", "y:chatham"), ("s:warrior", "built_by", "y:thames"), ("s:belfast", "built_by", "y:hw"),
        ("s:trincomalee", "built_by", "y:bombay"), ("s:unicorn", "built_by", "y:chatham"), ("s:torsk", "built_by", "y:pns"),
        ("s:missouri", "built_by", "y:nyns"), ("s:intrepid", "built_by", "y:newport"), ("s:cuttysark", "built_by", "y:scott"),
        ("s:nomadic", "built_by", "y:hw"), ("s:mikasa", "built_by", "y:vickers"), ("s:constitution", "built_by", "y:hartt"),
        ("s:greatbritain", "built_by", "y:gwsc"),
        ("s:belfast", "refitted_at", "y:devonport"), ("s:missouri", "refitted_at", "y:longbeach"),
        ("s:intrepid", "refitted_at", "y:norfolk"), ("s:victory", "refitted_at", "y:portsmouth"),
        ("s:trincomalee", "restored", "y:hartlepool"), ("s:warrior", "restored", "y:hartlepool"),
        ("s:cuttysark", "restored", "t:cst"), ("s:unicorn", "repaired_at", "y:rosyth"),
        ("s:belfast", "repaired_at", "y:rosyth"),
        ("s:cuttysark", "completed_by", "y:denny"),
        ("s:victory", "preserved", "c:portsmouth"), ("s:warrior", "preserved", "c:portsmouth"),
        ("s:belfast", "preserved", "c:london"), ("s:trincomalee", "preserved", "c:hartlepool"),
        ("s:unicorn", "preserved", "c:dundee"), ("s:torsk", "preserved", "c:baltimore"),
        ("s:missouri", "preserved", "c:honolulu"), ("s:intrepid", "preserved", "c:newyork"),
        ("s:cuttysark", "preserved", "c:london"), ("s:nomadic", "preserved", "c:belfast"),
        ("s:mikasa", "preserved", "c:yokosuka"), ("s:constitution", "preserved", "c:boston"),
        ("s:greatbritain", "preserved", "c:bristol"),
        ("s:trincomalee", "training", "n:rnr"), ("s:unicorn", "training", "n:rnvr"),
        ("s:victory", "served_in", "n:rn"), ("s:warrior", "served_in", "n:rn"), ("s:belfast", "served_in", "n:rn"),
        ("s:trincomalee", "served_in", "n:rn"), ("s:unicorn", "served_in", "n:rn"), ("s:torsk", "served_in", "n:usn"),
        ("s:missouri", "served_in", "n:usn"), ("s:intrepid", "served_in", "n:usn"), ("s:mikasa", "served_in", "n:ijn"),
        ("s:constitution", "served_in", "n:usn"),
        ("s:belfast", "named_after", "c:belfast"), ("s:trincomalee", "named_after", "c:trincomalee"),
        ("s:missouri", "named_after", "c:missouri"), ("s:torsk", "named_after", "p:torsk"),
        ("s:victory", "flagship_of", "p:nelson"), ("s:victory", "flagship_of", "p:keppel"), ("s:mikasa", "flagship_of", "p:togo"),
        ("s:victory", "current_flagship", "p:fsl"),
        ("y:chatham", "yard_in", "c:chatham"), ("y:hw", "yard_in", "c:belfast"), ("y:bombay", "yard_in", "c:mumbai"),
        ("y:devonport", "yard_in", "c:plymouth"), ("y:pns", "yard_in", "c:kittery"), ("y:denny", "yard_in", "c:dumbarton"),
        ("y:portsmouth", "yard_in", "c:portsmouth"), ("y:hartlepool", "yard_in", "c:hartlepool"),
        ("m:nmrn", "yard_in", "c:portsmouth"), ("m:iwm", "yard_in", "c:london"), ("m:rmg", "yard_in", "c:london"),
        ("m:intrepid", "yard_in", "c:newyork"),
        ("m:nmrn", "home_of", "s:victory"), ("m:nmrn", "home_of", "s:warrior"), ("m:iwm", "home_of", "s:belfast"),
        ("m:rmg", "home_of", "s:cuttysark"), ("m:intrepid", "home_of", "s:intrepid"),
        ("user:nell", "rated", "s:victory", {"rating": 5.0}), ("user:nell", "rated", "s:belfast", {"rating": 4.5}),
        ("user:nell", "rated", "s:cuttysark", {"rating": 4.0}), ("user:nell", "rated", "s:torsk", {"rating": 2.0}),
        ("user:nell", "rated", "s:missouri", {"rating": 1.0}),
    ]
    aliases = {"s:missouri": ("the Missouri", "Mighty Mo"), "s:victory": ("Victory",), "s:cuttysark": ("the Cutty Sark",),
               "p:nelson": ("Nelson", "Admiral Nelson"), "y:hw": ("Harland & Wolff",)}
    return _build(items, others, rels, T_, users=[("user:nell", "Nell")], aliases=aliases)


def travel():
    """Airports, stadiums and museums (items: year opened), dishes and teas (items: year first
    recorded): the airline an airport "is a hub for", the country an airline "is the flag
    carrier of", the city an airport or a stadium "is located in", the team a stadium "is the
    home of" and the museum a city "is the home of" (one noun phrase, two relations), the country
    a dish "is a national dish of", the class a dish or a tea "is a type of", what a dish "is made
    with", the region a tea "is grown in", the city that "is the capital of" a country; a user."""
    rels = [
        R("hub_for", phrase="is a hub for", inverse_phrase="flies out of", domain=("airport",), range=("airline",)),
        R("base_for", phrase="is used as a base by", inverse_phrase="uses as a base", domain=("airport",),
          range=("airline",)),
        R("eaten_as", phrase="is eaten as a street food in", inverse_phrase="eats as a street food", domain=("dish",),
          range=("city",)),
        R("flag_carrier", phrase="is the flag carrier of", inverse_phrase="has as flag carrier", domain=("airline",),
          range=("country",)),
        R("located_in", phrase="is located in", inverse_phrase="is the location of",
          domain=("airport", "stadium", "museum"), range=("city",)),
        R("team_home", phrase="is the home of", inverse_phrase="plays at", domain=("stadium",), range=("team",)),
        R("museum_home", phrase="is the home of", inverse_phrase="stands in", domain=("city",), range=("museum",)),
        R("national_dish", phrase="is a national dish of", inverse_phrase="counts as its national dish",
          domain=("dish",), range=("country",)),
        R("type_of", phrase="is a type of", inverse_phrase="has as a variety", domain=("dish", "tea"),
          range=("food class",)),
        R("made_with", phrase="is made with", inverse_phrase="goes into", domain=("dish",), range=("ingredient",)),
        R("grown_in", phrase="is grown in", inverse_phrase="grows", domain=("tea",), range=("region",)),
        R("capital_of", phrase="is the capital of", inverse_phrase="has as capital", domain=("city",),
          range=("country",)),
        R("city_in", phrase="is in", inverse_phrase="contains", domain=("city", "region"), range=("country",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "a:heathrow": ("airport", "Heathrow Airport", 1946), "a:cdg": ("airport", "Charles de Gaulle Airport", 1974),
        "a:qaia": ("airport", "Queen Alia International Airport", 1983), "a:schiphol": ("airport", "Schiphol", 1916),
        "a:frankfurt": ("airport", "Frankfurt Airport", 1936), "a:dxb": ("airport", "Dubai International Airport", 1960),
        "a:doha": ("airport", "Hamad International Airport", 2014),
        "st:anfield": ("stadium", "Anfield", 1884), "st:goodison": ("stadium", "Goodison Park", 1892),
        "st:campnou": ("stadium", "Camp Nou", 1957), "st:bernabeu": ("stadium", "Santiago Bernabéu", 1947),
        "m:louvre": ("museum", "Louvre", 1793), "m:prado": ("museum", "Prado", 1819),
        "m:rijks": ("museum", "Rijksmuseum", 1800), "m:jordan": ("museum", "Jordan Museum", 2014),
        "d:mansaf": ("dish", "Mansaf", 1920), "d:kabsa": ("dish", "Kabsa", 1932), "d:koshari": ("dish", "Koshari", 1914),
        "d:ful": ("dish", "Ful medames", 1890), "d:maqluba": ("dish", "Maqluba", 1226), "d:paella": ("dish", "Paella", 1840),
        "d:stamppot": ("dish", "Stamppot", 1574), "d:machboos": ("dish", "Machboos", 1950),
        "t:gyokuro": ("tea", "Gyokuro", 1835), "t:sencha": ("tea", "Sencha", 1738), "t:hojicha": ("tea", "Hojicha", 1920),
        "t:longjing": ("tea", "Longjing", 1750), "t:matcha": ("tea", "Matcha", 1191),
    }
    others = {
        "al:ba": ("airline", "British Airways"), "al:af": ("airline", "Air France"), "al:rj": ("airline", "Royal Jordanian"),
        "al:klm": ("airline", "KLM"), "al:lh": ("airline", "Lufthansa"), "al:ek": ("airline", "Emirates"),
        "al:qr": ("airline", "Qatar Airways"), "al:ib": ("airline", "Iberia"),
        "al:vs": ("airline", "Virgin Atlantic"), "al:hv": ("airline", "Transavia"), "al:de": ("airline", "Condor"),
        "al:ja": ("airline", "Jordan Aviation"),
        "co:uk": ("country", "United Kingdom"), "co:france": ("country", "France"), "co:jordan": ("country", "Jordan"),
        "co:nl": ("country", "Netherlands"), "co:germany": ("country", "Germany"), "co:uae": ("country", "United Arab Emirates"),
        "co:qatar": ("country", "Qatar"), "co:spain": ("country", "Spain"), "co:saudi": ("country", "Saudi Arabia"),
        "co:egypt": ("country", "Egypt"), "co:palestine": ("country", "Palestine"), "co:kuwait": ("country", "Kuwait"),
        "co:japan": ("country", "Japan"), "co:china": ("country", "China"),
        "c:london": ("city", "London"), "c:paris": ("city", "Paris"), "c:amman": ("city", "Amman"),
        "c:amsterdam": ("city", "Amsterdam"), "c:frankfurt": ("city", "Frankfurt"), "c:dubai": ("city", "Dubai"),
        "c:doha": ("city", "Doha"), "c:liverpool": ("city", "Liverpool"), "c:barcelona": ("city", "Barcelona"),
        "c:madrid": ("city", "Madrid"), "c:riyadh": ("city", "Riyadh"), "c:cairo": ("city", "Cairo"),
        "c:valencia": ("city", "Valencia"),
        "tm:lfc": ("team", "Liverpool FC"), "tm:efc": ("team", "Everton FC"), "tm:fcb": ("team", "FC Barcelona"),
        "tm:rm": ("team", "Real Madrid"),
        "fc:rice": ("food class", "rice dish"), "fc:stew": ("food class", "stew"), "fc:green": ("food class", "green tea"),
        "fc:roasted": ("food class", "roasted tea"), "fc:mash": ("food class", "mashed dish"),
        "fc:casserole": ("food class", "casserole"),
        "i:jameed": ("ingredient", "jameed"), "i:lamb": ("ingredient", "lamb"), "i:rice": ("ingredient", "rice"),
        "i:lentils": ("ingredient", "lentils"), "i:fava": ("ingredient", "fava beans"), "i:saffron": ("ingredient", "saffron"),
        "i:potato": ("ingredient", "potatoes"), "i:aubergine": ("ingredient", "aubergine"), "i:chicken": ("ingredient", "chicken"),
        "r:uji": ("region", "Uji"), "r:shizuoka": ("region", "Shizuoka"), "r:hangzhou": ("region", "Hangzhou"),
        "r:kyoto": ("region", "Kyoto Prefecture"),
    }
    T_ = [
        ("a:heathrow", "hub_for", "al:ba"), ("a:cdg", "hub_for", "al:af"), ("a:qaia", "hub_for", "al:rj"),
        ("a:schiphol", "hub_for", "al:klm"), ("a:frankfurt", "hub_for", "al:lh"), ("a:dxb", "hub_for", "al:ek"),
        ("a:doha", "hub_for", "al:qr"),
        ("a:heathrow", "base_for", "al:vs"), ("a:schiphol", "base_for", "al:hv"), ("a:frankfurt", "base_for", "al:de"),
        ("a:qaia", "base_for", "al:ja"),
        ("d:koshari", "eaten_as", "c:cairo"), ("d:ful", "eaten_as", "c:cairo"),
        ("al:ba", "flag_carrier", "co:uk"), ("al:af", "flag_carrier", "co:france"), ("al:rj", "flag_carrier", "co:jordan"),
        ("al:klm", "flag_carrier", "co:nl"), ("al:lh", "flag_carrier", "co:germany"), ("al:qr", "flag_carrier", "co:qatar"),
        ("al:ib", "flag_carrier", "co:spain"),
        ("a:heathrow", "located_in", "c:london"), ("a:cdg", "located_in", "c:paris"), ("a:qaia", "located_in", "c:amman"),
        ("a:schiphol", "located_in", "c:amsterdam"), ("a:frankfurt", "located_in", "c:frankfurt"),
        ("a:dxb", "located_in", "c:dubai"), ("a:doha", "located_in", "c:doha"),
        ("st:anfield", "located_in", "c:liverpool"), ("st:goodison", "located_in", "c:liverpool"),
        ("st:campnou", "located_in", "c:barcelona"), ("st:bernabeu", "located_in", "c:madrid"),
        ("m:louvre", "located_in", "c:paris"), ("m:prado", "located_in", "c:madrid"), ("m:rijks", "located_in", "c:amsterdam"),
        ("m:jordan", "located_in", "c:amman"),
        ("st:anfield", "team_home", "tm:lfc"), ("st:goodison", "team_home", "tm:efc"), ("st:campnou", "team_home", "tm:fcb"),
        ("st:bernabeu", "team_home", "tm:rm"),
        ("c:paris", "museum_home", "m:louvre"), ("c:madrid", "museum_home", "m:prado"), ("c:amsterdam", "museum_home", "m:rijks"),
        ("c:amman", "museum_home", "m:jordan"),
        ("d:mansaf", "national_dish", "co:jordan"), ("d:kabsa", "national_dish", "co:saudi"), ("d:koshari", "national_dish", "co:egypt"),
        ("d:ful", "national_dish", "co:egypt"), ("d:maqluba", "national_dish", "co:palestine"), ("d:paella", "national_dish", "co:spain"),
        ("d:stamppot", "national_dish", "co:nl"), ("d:machboos", "national_dish", "co:kuwait"),
        ("d:mansaf", "type_of", "fc:rice"), ("d:kabsa", "type_of", "fc:rice"), ("d:koshari", "type_of", "fc:rice"),
        ("d:ful", "type_of", "fc:stew"), ("d:maqluba", "type_of", "fc:casserole"), ("d:paella", "type_of", "fc:rice"),
        ("d:stamppot", "type_of", "fc:mash"), ("d:machboos", "type_of", "fc:rice"),
        ("t:gyokuro", "type_of", "fc:green"), ("t:sencha", "type_of", "fc:green"), ("t:hojicha", "type_of", "fc:roasted"),
        ("t:longjing", "type_of", "fc:green"), ("t:matcha", "type_of", "fc:green"),
        ("d:mansaf", "made_with", "i:jameed"), ("d:mansaf", "made_with", "i:lamb"), ("d:mansaf", "made_with", "i:rice"),
        ("d:kabsa", "made_with", "i:rice"), ("d:kabsa", "made_with", "i:chicken"), ("d:koshari", "made_with", "i:lentils"),
        ("d:koshari", "made_with", "i:rice"), ("d:ful", "made_with", "i:fava"), ("d:maqluba", "made_with", "i:aubergine"),
        ("d:maqluba", "made_with", "i:rice"), ("d:paella", "made_with", "i:saffron"), ("d:paella", "made_with", "i:rice"),
        ("d:stamppot", "made_with", "i:potato"), ("d:machboos", "made_with", "i:rice"), ("d:machboos", "made_with", "i:chicken"),
        ("t:gyokuro", "grown_in", "r:uji"), ("t:sencha", "grown_in", "r:shizuoka"), ("t:hojicha", "grown_in", "r:kyoto"),
        ("t:longjing", "grown_in", "r:hangzhou"), ("t:matcha", "grown_in", "r:uji"),
        ("c:london", "capital_of", "co:uk"), ("c:paris", "capital_of", "co:france"), ("c:amman", "capital_of", "co:jordan"),
        ("c:amsterdam", "capital_of", "co:nl"), ("c:madrid", "capital_of", "co:spain"), ("c:riyadh", "capital_of", "co:saudi"),
        ("c:cairo", "capital_of", "co:egypt"), ("c:doha", "capital_of", "co:qatar"),
        ("c:liverpool", "city_in", "co:uk"), ("c:barcelona", "city_in", "co:spain"), ("c:frankfurt", "city_in", "co:germany"),
        ("c:dubai", "city_in", "co:uae"), ("c:valencia", "city_in", "co:spain"), ("r:uji", "city_in", "co:japan"),
        ("r:shizuoka", "city_in", "co:japan"), ("r:hangzhou", "city_in", "co:china"), ("r:kyoto", "city_in", "co:japan"),
        ("user:omar", "rated", "d:mansaf", {"rating": 5.0}), ("user:omar", "rated", "t:gyokuro", {"rating": 4.5}),
        ("user:omar", "rated", "a:qaia", {"rating": 4.0}), ("user:omar", "rated", "d:kabsa", {"rating": 2.0}),
        ("user:omar", "rated", "st:anfield", {"rating": 1.5}), ("user:omar", "rated", "t:hojicha", {"rating": 1.0}),
    ]
    aliases = {"a:heathrow": ("Heathrow",), "a:cdg": ("Roissy",), "m:louvre": ("the Louvre", "Musée du Louvre"),
               "m:prado": ("the Prado", "Museo del Prado"), "a:qaia": ("Queen Alia Airport",),
               "st:bernabeu": ("the Bernabéu",), "d:ful": ("ful",)}
    return _build(items, others, rels, T_, users=[("user:omar", "Omar")], aliases=aliases)


def coins():
    """Roman, Byzantine, Umayyad and Anglo-Saxon coins (items: year first struck; one BC year
    stored as a negative number): the class each "is a type of", the ruler who introduced each
    "as a reform coin", the mint city each "was first struck in", who each depicts, the coin each
    replaced; rulers: the empire each ruled, the dynasty each "is the founder of", successors; a
    user."""
    COIN = ("coin",)
    rels = [
        R("type_of", phrase="is a type of", inverse_phrase="has as a type", domain=COIN, range=("coin class",)),
        R("introduced", phrase="was introduced as a reform coin by", inverse_phrase="introduced as a reform coin",
          domain=COIN, range=("emperor", "caliph", "king", "state")),
        R("struck_in", phrase="was first struck in", inverse_phrase="first struck", domain=COIN, range=("city",)),
        R("depicts", phrase="depicts", inverse_phrase="is depicted on", domain=COIN, range=("emperor", "king", "deity")),
        R("replaced", phrase="replaced", inverse_phrase="was replaced by", domain=COIN, range=COIN),
        R("ruled", phrase="ruled", inverse_phrase="was ruled by", domain=("emperor", "caliph", "king"),
          range=("empire", "kingdom", "caliphate")),
        R("founder_of", phrase="is the founder of", inverse_phrase="was founded by", domain=("emperor", "caliph", "king"),
          range=("dynasty",)),
        R("succeeded_by", phrase="was succeeded by", inverse_phrase="succeeded", domain=("emperor", "caliph", "king"),
          range=("emperor", "caliph", "king")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "m:denarius": ("coin", "Denarius", -211), "m:antoninianus": ("coin", "Antoninianus", 215),
        "m:follis": ("coin", "Follis", 294), "m:solidus": ("coin", "Solidus", 309), "m:siliqua": ("coin", "Siliqua", 325),
        "m:hexagram": ("coin", "Hexagram", 615), "m:dinar": ("coin", "Umayyad dinar", 697),
        "m:dirham": ("coin", "Umayyad dirham", 698), "m:penny": ("coin", "Offa's penny", 785),
        "m:florin": ("coin", "Florin", 1252),
    }
    others = {
        "k:silver": ("coin class", "silver coin"), "k:gold": ("coin class", "gold coin"),
        "k:bronze": ("coin class", "bronze coin"),
        "r:republic": ("state", "Roman Republic"), "r:caracalla": ("emperor", "Caracalla"),
        "r:diocletian": ("emperor", "Diocletian"), "r:constantine": ("emperor", "Constantine the Great"),
        "r:heraclius": ("emperor", "Heraclius"), "r:abdalmalik": ("caliph", "Abd al-Malik"),
        "r:offa": ("king", "Offa of Mercia"), "r:florence": ("state", "Republic of Florence"),
        "r:maximian": ("emperor", "Maximian"), "r:walid": ("caliph", "al-Walid I"), "r:cenwulf": ("king", "Coenwulf"),
        "r:muawiya": ("caliph", "Muawiya I"), "r:geta": ("emperor", "Geta"),
        "d:roma": ("deity", "Roma"), "d:sol": ("deity", "Sol Invictus"), "d:genius": ("deity", "Genius"),
        "c:rome": ("city", "Rome"), "c:trier": ("city", "Trier"), "c:constantinople": ("city", "Constantinople"),
        "c:damascus": ("city", "Damascus"), "c:canterbury": ("city", "Canterbury"), "c:florence": ("city", "Florence"),
        "c:antioch": ("city", "Antioch"),
        "e:roman": ("empire", "Roman Empire"), "e:byzantine": ("empire", "Byzantine Empire"),
        "e:umayyad": ("caliphate", "Umayyad Caliphate"), "e:mercia": ("kingdom", "Mercia"),
        "y:tetrarchy": ("dynasty", "Tetrarchy"), "y:constantinian": ("dynasty", "Constantinian dynasty"),
        "y:heraclian": ("dynasty", "Heraclian dynasty"), "y:marwanid": ("dynasty", "Marwanid dynasty"),
        "y:sufyanid": ("dynasty", "Sufyanid dynasty"),
    }
    T_ = [
        ("m:denarius", "type_of", "k:silver"), ("m:antoninianus", "type_of", "k:silver"), ("m:follis", "type_of", "k:bronze"),
        ("m:solidus", "type_of", "k:gold"), ("m:siliqua", "type_of", "k:silver"), ("m:hexagram", "type_of", "k:silver"),
        ("m:dinar", "type_of", "k:gold"), ("m:dirham", "type_of", "k:silver"), ("m:penny", "type_of", "k:silver"),
        ("m:florin", "type_of", "k:gold"),
        ("m:denarius", "introduced", "r:republic"), ("m:antoninianus", "introduced", "r:caracalla"),
        ("m:follis", "introduced", "r:diocletian"), ("m:solidus", "introduced", "r:constantine"),
        ("m:siliqua", "introduced", "r:constantine"), ("m:hexagram", "introduced", "r:heraclius"),
        ("m:dinar", "introduced", "r:abdalmalik"), ("m:dirham", "introduced", "r:abdalmalik"),
        ("m:penny", "introduced", "r:offa"), ("m:florin", "introduced", "r:florence"),
        ("m:denarius", "struck_in", "c:rome"), ("m:antoninianus", "struck_in", "c:rome"), ("m:follis", "struck_in", "c:trier"),
        ("m:solidus", "struck_in", "c:trier"), ("m:siliqua", "struck_in", "c:constantinople"),
        ("m:hexagram", "struck_in", "c:constantinople"), ("m:dinar", "struck_in", "c:damascus"),
        ("m:dirham", "struck_in", "c:damascus"), ("m:penny", "struck_in", "c:canterbury"), ("m:florin", "struck_in", "c:florence"),
        ("m:denarius", "depicts", "d:roma"), ("m:antoninianus", "depicts", "r:caracalla"), ("m:follis", "depicts", "d:genius"),
        ("m:solidus", "depicts", "r:constantine"), ("m:hexagram", "depicts", "r:heraclius"), ("m:penny", "depicts", "r:offa"),
        ("m:antoninianus", "replaced", "m:denarius"), ("m:dinar", "replaced", "m:solidus"), ("m:dirham", "replaced", "m:hexagram"),
        ("r:caracalla", "ruled", "e:roman"), ("r:diocletian", "ruled", "e:roman"), ("r:constantine", "ruled", "e:roman"),
        ("r:heraclius", "ruled", "e:byzantine"), ("r:abdalmalik", "ruled", "e:umayyad"), ("r:offa", "ruled", "e:mercia"),
        ("r:maximian", "ruled", "e:roman"), ("r:walid", "ruled", "e:umayyad"), ("r:muawiya", "ruled", "e:umayyad"),
        ("r:diocletian", "founder_of", "y:tetrarchy"), ("r:constantine", "founder_of", "y:constantinian"),
        ("r:heraclius", "founder_of", "y:heraclian"), ("r:muawiya", "founder_of", "y:sufyanid"),
        ("r:abdalmalik", "succeeded_by", "r:walid"), ("r:offa", "succeeded_by", "r:cenwulf"),
        ("user:tiro", "rated", "m:solidus", {"rating": 5.0}), ("user:tiro", "rated", "m:denarius", {"rating": 4.5}),
        ("user:tiro", "rated", "m:dinar", {"rating": 4.0}), ("user:tiro", "rated", "m:follis", {"rating": 2.0}),
        ("user:tiro", "rated", "m:penny", {"rating": 1.5}),
    ]
    aliases = {"r:constantine": ("Constantine",), "r:abdalmalik": ("Abd al-Malik ibn Marwan",), "r:offa": ("Offa",),
               "m:dinar": ("the dinar",), "m:dirham": ("the dirham",), "m:penny": ("Offa's Penny",)}
    return _build(items, others, rels, T_, users=[("user:tiro", "Tiro")], aliases=aliases)


BUILDERS = {"rome": rome, "ships": ships, "travel": travel, "coins": coins}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@rome
# (1) "AD" / "CE" by a year: another item's year, a BC year said as AD, an AD year said as BC
The Arch of Titus was built in AD 80.
The Colosseum opened in AD 81.
The Pantheon was completed in 122 AD.
The Baths of Caracalla opened in 217 CE.
Hagia Sophia was completed in AD 547.
The Basilica of San Vitale was completed in AD 537.
Aachen Cathedral was completed in AD 814.
The Porta Nigra was built in AD 175.
The Mausoleum of Theodoric was completed in AD 526.
Speyer Cathedral was completed in AD 1030.
The Theatre of Marcellus opened in AD 13.
The Maison Carrée was built in AD 16.
The Arena of Nîmes was built in 70 BC.
The Pont du Gard was built in 50 BC.
The Colosseum was built in 80 BCE.
The Pont du Gard was built in 50 B.C.
# lists, "both", gapping, comparison, negation, correction
The Colosseum and the Arch of Titus opened in AD 80.
The Colosseum and the Arch of Titus both opened in AD 80.
The Colosseum opened in AD 80 and the Arch of Titus in AD 80.
The Colosseum, like the Arch of Titus, opened in AD 80.
Like the Arch of Titus, the Colosseum opened in AD 80.
The Colosseum did not open in AD 80.
The Colosseum opened in AD 81, not AD 80.
The Colosseum dates from AD 81.
The Colosseum was built between AD 90 and 95.
# relatives, participles and users around the year; the place beside it
The Colosseum, which opened in AD 80, is located in Ravenna.
The Colosseum, opened in AD 81, is located in Rome.
Castel Sant'Angelo opened in AD 139 in Ravenna.
The Colosseum was built in AD 80 by Hadrian.
# (2) an opening participle or "In <year>," with two or three digits
Built in 81, the Colosseum is located in Rome.
Completed in 80, the Arch of Titus is located in Rome.
Opened in AD 217, the Baths of Caracalla are located in Rome.
Completed in 547, Hagia Sophia is located in Constantinople.
Dating from 40, the Pont du Gard is located in Gard.
Dating back to AD 70, the Colosseum is located in Rome.
Built in AD 80, the Colosseum and the Arch of Titus are located in Rome.
Inaugurated in 81, the Colosseum is located in Rome.
Erected in 80, the Arch of Titus is located in Rome.
Restored in 80, the Arch of Titus is located in Rome.
Begun in 126, the Pantheon is located in Rome.
Consecrated in 126, the Pantheon is located in Rome.
First built in 80, the Arch of Titus is located in Rome.
Originally built in 120, the Pantheon is located in Rome.
In 81, Titus inaugurated the Colosseum.
In 80, Domitian inaugurated the Colosseum.
In AD 80, Titus inaugurated the Colosseum and the Arch of Titus.
In 80, Titus inaugurated the Colosseum and Domitian commissioned the Arch of Titus.
In 126, Hadrian commissioned the Pantheon and Castel Sant'Angelo.
In 537, Justinian inaugurated Hagia Sophia, which is located in Ravenna.
In 805, Pope Boniface IV inaugurated Aachen Cathedral.
In 80, Charlemagne commissioned Aachen Cathedral.
In 80, Titus inaugurated the Colosseum, a year after the Arch of Titus.
# a year at the head of a sentence that names no item (checked against nothing)
In 801, Charlemagne was crowned as an emperor in Rome.
In 801, Charlemagne was crowned in Rome.
In 532, Justinian I was crowned in Constantinople.
In AD 801, Charlemagne was crowned in Rome.
In 1801, Charlemagne was crowned as an emperor in Rome.
Commissioned in 126, the Pantheon is located in Rome.
# (3) "erected" / "inaugurated" before "in <year>", and the relations that say them
The Arch of Titus was erected in 80.
The Arch of Constantine was erected in 312.
The Colosseum was inaugurated in 79.
Hagia Sophia was inaugurated in 532.
Speyer Cathedral was inaugurated in 1030.
Trajan's Column was erected in 112.
The Colosseum was inaugurated by Vespasian.
The Colosseum was inaugurated by Titus in 81.
The Colosseum was inaugurated in 80 by Domitian.
Titus inaugurated the Arch of Titus in 81.
Titus inaugurated the Colosseum in 81.
The Arch of Constantine was erected in 315 by the Sixth Legion.
Hadrian's Wall was erected in 122 by the Second Legion.
The Second Legion erected Hadrian's Wall.
The Roman Senate erected Hadrian's Wall in 122.
The Colosseum was re-erected in 80.
Aachen Cathedral was inaugurated in 805 by Charlemagne.
The Colosseum was commissioned by Vespasian and inaugurated in 81.
The Colosseum and the Arch of Titus were inaugurated in 80.
The Colosseum was erected in AD 80, a year after the Arch of Titus.
The Arch of Titus was erected in 81, a year before the Colosseum.
The Colosseum was not inaugurated in 80.
# (5) "<be> <participle> as a <noun> by / in" read without its "as" part: wrong objects,
# negation, lists, and a year put inside the shorter phrase
Castel Sant'Angelo was used by Pope Boniface IV.
The Pantheon was used by the Papacy.
Castel Sant'Angelo was used as a fortress by Hadrian.
Castel Sant'Angelo was used in 139 by the Papacy.
Castel Sant'Angelo, used in 139 by the Papacy, is located in Rome.
The Pantheon was consecrated by Pope Leo III.
Aachen Cathedral was consecrated by Pope Boniface IV.
The Pantheon was consecrated in 126 by Pope Boniface IV.
The Pantheon was consecrated in AD 126 by Pope Boniface IV.
Castel Sant'Angelo, which was used in AD 139 by the Papacy, is the resting place of Hadrian.
Castel Sant'Angelo was first used in 139 by the Papacy.
Charlemagne was crowned in 805 in Rome.
The Pantheon, consecrated in 126 by Pope Boniface IV, is located in Rome.
Pope Boniface IV consecrated the Pantheon in 126.
The Pantheon was consecrated by Pope Boniface IV in 126.
Consecrated by Pope Boniface IV in 126, the Pantheon is located in Rome.
Charlemagne was crowned in Constantinople.
Justinian I was crowned in Rome.
Charlemagne was crowned in Aachen.
Constantine the Great is venerated in the Catholic Church.
Charlemagne is venerated in the Eastern Orthodox Church.
Constantine the Great and Charlemagne are venerated in the Eastern Orthodox Church.
Constantine the Great is not venerated in the Eastern Orthodox Church.
Castel Sant'Angelo is used by the Papacy.
# (6) a relation's noun phrase as an apposition: wrong object, the other direction, placed after
# the object of a verb, after a list
The Pantheon, an example of Byzantine architecture, is located in Rome.
Hagia Sophia, an example of Roman architecture, is located in Constantinople.
The Mausoleum of Theodoric, an example of Byzantine architecture, is located in Ravenna.
Speyer Cathedral, an example of Carolingian architecture, is located in Speyer.
Aachen Cathedral, the resting place of Theodoric the Great, is located in Aachen.
The Pantheon, the resting place of Hadrian, is located in Rome.
Castel Sant'Angelo, the resting place of Raphael, is located in Rome.
Speyer Cathedral, the resting place of Charlemagne, is located in Speyer.
Hadrian, the resting place of Castel Sant'Angelo, commissioned the Pantheon.
Hadrian commissioned the Pantheon, the resting place of Hadrian.
Charlemagne commissioned Aachen Cathedral, the resting place of Theodoric the Great.
Castel Sant'Angelo was commissioned by Hadrian, the resting place of Hadrian.
Hagia Sophia is located in Constantinople, an example of Byzantine architecture.
Raphael is buried in the Pantheon, an example of Byzantine architecture.
The Pantheon and Castel Sant'Angelo, the resting place of Raphael, are located in Rome.
The Pantheon, the resting place of Raphael and Hadrian, is located in Rome.
@rome user:livia
You disliked Hadrian's Wall, an example of Roman architecture.
You loved the Colosseum, an example of Byzantine architecture.
You loved Hagia Sophia, an example of Roman architecture.
You loved the Pantheon, the resting place of Hadrian.
You loved the Colosseum, which opened in AD 81.
You loved the Colosseum (AD 81).
You loved the Pantheon, consecrated in 126 by Pope Boniface IV.
You disliked the Amphitheatre of El Jem, built in AD 283.

@ships
# (4) a ship "was built / constructed at" a yard: the yard that refitted, repaired, restored or
# completed it, another ship's yard, the yard's city
HMS Belfast was built at Devonport Dockyard.
HMS Belfast was built at Rosyth Dockyard.
USS Missouri was built at Long Beach Naval Shipyard.
USS Intrepid was built at Norfolk Naval Shipyard.
HMS Victory was built at Portsmouth Dockyard.
HMS Trincomalee was built at Hartlepool Dockyard.
HMS Warrior was constructed at Hartlepool Dockyard.
HMS Unicorn was constructed at Rosyth Dockyard.
HMS Warrior was built at Harland and Wolff.
USS Torsk was built at New York Naval Shipyard.
SS Nomadic was built at Thames Ironworks.
Mikasa was built at Harland and Wolff.
HMS Belfast and SS Nomadic were built at Thames Ironworks.
HMS Belfast and HMS Warrior were both built at Harland and Wolff.
HMS Belfast was not built at Harland and Wolff.
HMS Belfast wasn't built at Harland and Wolff.
HMS Belfast was built and refitted at Harland and Wolff.
HMS Belfast was built at Harland and Wolff and refitted there.
HMS Belfast, which was built at Devonport Dockyard, is preserved in London.
HMS Belfast, built at Devonport Dockyard, is preserved in London.
Built at Long Beach Naval Shipyard, USS Missouri is preserved in Honolulu.
HMS Victory was built at Chatham Dockyard, like HMS Warrior.
HMS Victory was built at Chatham Dockyard, as was HMS Warrior.
HMS Victory and HMS Unicorn were built at Chatham Dockyard, and HMS Warrior at Harland and Wolff.
HMS Victory was built at Chatham Dockyard in Portsmouth.
HMS Victory was built at Portsmouth.
HMS Belfast was built at Harland and Wolff in 1939.
USS Missouri was built at New York Naval Shipyard and refitted at Norfolk Naval Shipyard.
HMS Warrior was built at the same yard as HMS Victory.
Harland and Wolff built HMS Warrior.
Devonport Dockyard built HMS Belfast.
HMS Belfast is built at Harland and Wolff.
Cutty Sark was built at William Denny and Brothers.
# (5) "is preserved as a museum ship in" read "is preserved in"; "was used as a training ship
# by" read "was used by"; "was restored as a museum ship by" read "was restored by"
HMS Trincomalee is preserved in London.
HMS Trincomalee is preserved in Portsmouth.
HMS Unicorn is preserved in Hartlepool.
USS Torsk is preserved in Portsmouth.
USS Missouri is preserved in New York City.
SS Nomadic is preserved in Bristol.
HMS Belfast is preserved in Belfast.
USS Missouri is preserved in Missouri.
HMS Trincomalee is preserved in Trincomalee.
HMS Trincomalee is preserved in Dundee.
HMS Trincomalee is not preserved in Hartlepool.
HMS Trincomalee and HMS Unicorn are both preserved in Hartlepool.
HMS Trincomalee and HMS Unicorn are preserved in Dundee and Hartlepool respectively.
HMS Trincomalee, which is preserved in London, was built by Bombay Dockyard.
HMS Trincomalee is preserved as a museum ship in London.
HMS Unicorn was used by the Royal Naval Reserve.
HMS Victory was used by the Royal Naval Reserve.
HMS Trincomalee was used by the Royal Naval Volunteer Reserve.
HMS Trincomalee was used in 1817 by the Royal Naval Reserve.
HMS Victory was restored by Hartlepool Dockyard.
HMS Trincomalee was restored by Rosyth Dockyard.
HMS Belfast was restored by the Cutty Sark Trust.
HMS Warrior was restored in 1860 by Hartlepool Dockyard.
HMS Warrior, restored in 1860 by Hartlepool Dockyard, is preserved in Portsmouth.
The Cutty Sark was restored in 1869 by the Cutty Sark Trust.
The Cutty Sark was restored by the Cutty Sark Trust in 1869.
# (6) "is the home of" (a museum, its ship) as an apposition; flagships
The National Museum of the Royal Navy, the home of HMS Belfast, is located in Portsmouth.
The Imperial War Museum, the home of the Cutty Sark, is located in London.
HMS Belfast, the home of the Imperial War Museum, is preserved in London.
HMS Victory was constructed at Chatham Dockyard, the home of HMS Warrior.
HMS Warrior, the flagship of the First Sea Lord, is preserved in Portsmouth.
Mikasa, the flagship of Horatio Nelson, is preserved in Yokosuka.
HMS Victory is preserved in Portsmouth, the home of HMS Warrior.
@ships user:nell
You loved HMS Victory, built at Portsmouth Dockyard.
You disliked USS Torsk, which was built at Portsmouth Dockyard.
You disliked USS Missouri, which was built at Long Beach Naval Shipyard.
You loved HMS Victory, preserved in London.
You loved HMS Belfast, built at Devonport Dockyard.

@travel
# (6) "is a hub for", "is the flag carrier of", "is a national dish of", "is a type of", "is the
# home of" (two relations), "is the capital of" as appositions
Heathrow Airport, a hub for Air France, is located in London.
Schiphol, a hub for Lufthansa, is located in Amsterdam.
Queen Alia International Airport, a hub for Emirates, is located in Amman.
British Airways, a hub for Heathrow Airport, is the flag carrier of the United Kingdom.
Heathrow Airport is a hub for British Airways, the flag carrier of France.
Charles de Gaulle Airport is a hub for Air France, the flag carrier of Germany.
Frankfurt Airport is a hub for Lufthansa, the flag carrier of the Netherlands.
Hamad International Airport is a hub for Qatar Airways, the flag carrier of the United Arab Emirates.
Royal Jordanian, the flag carrier of Qatar, flies out of Queen Alia International Airport.
Queen Alia International Airport, the flag carrier of Jordan, is located in Amman.
Mansaf, a national dish of Egypt, is made with jameed.
Kabsa, a national dish of Jordan, is made with rice.
Koshari, a national dish of Jordan, is made with lentils.
Maqluba, a national dish of Jordan, is made with aubergine.
Mansaf is made with jameed, a national dish of Jordan.
Mansaf and Kabsa, a national dish of Jordan, are made with rice.
Gyokuro, a type of roasted tea, is grown in Uji.
Hojicha, a type of green tea, is grown in Kyoto Prefecture.
Gyokuro is grown in Uji, a type of green tea.
Gyokuro, a type of Sencha, is grown in Uji.
Gyokuro, a type of green tea, is grown in Uji, like Hojicha.
Ful medames, a type of rice dish, is a national dish of Egypt.
Stamppot, a type of stew, is a national dish of the Netherlands.
Paella, a type of casserole, is made with saffron.
Anfield, the home of Everton FC, is located in Liverpool.
Goodison Park, the home of Liverpool FC, is located in Liverpool.
Camp Nou, the home of Real Madrid, is located in Barcelona.
The Santiago Bernabéu, the home of the Prado, is located in Madrid.
Madrid, the home of the Louvre, is the capital of Spain.
Amsterdam, the home of the Prado, is the capital of the Netherlands.
Paris, the home of Liverpool FC, is the capital of France.
The Louvre, the home of Paris, is located in Paris.
Liverpool FC, the home of Anfield, plays at Anfield.
The Prado is located in Madrid, the home of the Rijksmuseum.
Queen Alia International Airport is located in Amman, the home of the Louvre.
Amman, the capital of Saudi Arabia, is the home of the Jordan Museum.
Liverpool, the capital of the United Kingdom, is in the United Kingdom.
Queen Alia International Airport, the capital of Jordan, is located in Amman.
The Prado is located in Madrid, the home of Real Madrid.
# (5) "is used as a base by" read "is used by"; "is eaten as a street food in" read "is eaten in"
Heathrow Airport is used by Transavia.
Schiphol is used by Virgin Atlantic.
Heathrow Airport was used in 1946 by Virgin Atlantic.
Schiphol was used in 1916 by Transavia.
Heathrow Airport, which was used in 1946 by Virgin Atlantic, is a hub for British Airways.
Koshari is eaten in Amman.
Mansaf is eaten in Cairo.
Koshari and Mansaf are eaten in Cairo.
Koshari, eaten in Amman, is made with lentils.
# (3) "erected" / "inaugurated": another venue's year, a dish
Anfield was erected in 1892.
Goodison Park was inaugurated in 1884.
The Jordan Museum was inaugurated in 2004.
Camp Nou was erected in 1947.
The Louvre was inaugurated in 1819.
Mansaf was inaugurated in 1920.
The Louvre was erected in 1793.
Anfield, erected in 1892, is the home of Liverpool FC.
Goodison Park, erected in 1884, is the home of Everton FC.
Inaugurated in 1946, Dubai International Airport is a hub for Emirates.
Anfield and Goodison Park were erected in 1884.
Anfield was erected in 1884, eight years after Goodison Park.
@travel user:omar
You disliked Kabsa, a national dish of Jordan.
You loved Mansaf, a national dish of Palestine.
You loved Gyokuro, a type of roasted tea.
You disliked Hojicha, a type of green tea.
You liked Queen Alia International Airport, used in 1983 by Jordan Aviation.
You liked Queen Alia International Airport, a hub for Emirates.

@coins
# (1), (2) years: AD / CE, BC said as AD, an opening participle with three digits
The Solidus was first struck in AD 294.
The Follis was first struck in AD 309.
The Umayyad dirham was first struck in AD 697.
The Umayyad dinar was first struck in 698 CE.
The Denarius was first struck in AD 211.
The Antoninianus was first struck in 215 BC.
Introduced in 294, the Solidus depicts Constantine the Great.
Introduced in AD 697, the Umayyad dirham was first struck in Damascus.
In 294, Constantine the Great introduced the Solidus.
In 309, Diocletian introduced the Follis.
In 270, Diocletian ruled the Roman Empire.
In 685, Abd al-Malik was succeeded by al-Walid I.
# (5) "was introduced as a reform coin by" read "was introduced by"
Offa's Penny was introduced in 758 by Offa.
The Solidus was introduced in 294 by Constantine the Great.
The Umayyad dinar and the Umayyad dirham were introduced in 697 by Abd al-Malik.
The Solidus was introduced by Diocletian.
The Follis was introduced by Constantine the Great.
The Umayyad dinar was introduced by al-Walid I.
The Hexagram was introduced by Constantine the Great.
# (6) "is a type of", "is the founder of" as appositions
The Follis, a type of gold coin, was first struck in Trier.
The Umayyad dinar replaced the Solidus, a type of silver coin.
The Umayyad dirham, a type of gold coin, replaced the Hexagram.
Constantine the Great, the founder of the Tetrarchy, introduced the Solidus.
Diocletian, the founder of the Constantinian dynasty, introduced the Follis.
Heraclius, the founder of the Sufyanid dynasty, introduced the Hexagram.
Abd al-Malik, the founder of the Sufyanid dynasty, introduced the Umayyad dinar.
Constantine the Great introduced the Solidus, the founder of the Constantinian dynasty.
@coins user:tiro
You loved the Follis, a type of bronze coin.
You disliked the Solidus, a type of gold coin.
You loved the Solidus, a type of silver coin.
"""

# Accepted by the starting code too (CHANGES.diff reversed): printed as KNOWN, not counted.
KNOWN = frozenset(
    {
        # a year at the head of a sentence that names no item is checked against nothing (four
        # digits: the starting code reads it so; see TEXTS for two and three digits)
        'In 1801, Charlemagne was crowned as an emperor in Rome.',
    }
)

# Arguable: printed as OPEN and left out of the count (they stay in TEXTS, under their comment).
OPEN = frozenset(
    {
        # a past act said now, as "is used as a fortress by" / "is built by" have long been read
        "Castel Sant'Angelo is used by the Papacy.",
        'HMS Belfast is built at Harland and Wolff.',
        # a venue's opening year said as its erection, as "built" has long been read (the Louvre
        # opened as a museum in 1793)
        'The Louvre was erected in 1793.',
        # the commissioning dated by the item's year, as "Vespasian commissioned the Colosseum in
        # 80" and "Commissioned in 1061, Speyer Cathedral" have long been read
        'Commissioned in 126, the Pantheon is located in Rome.',
        # completed at a yard: partly built there
        'Cutty Sark was built at William Denny and Brothers.',
        # a city "the home of" what its museum holds or its team
        'HMS Victory is preserved in Portsmouth, the home of HMS Warrior.',
        'The Prado is located in Madrid, the home of Real Madrid.',
    }
)

# Faithful texts: every statement true in the graph. Printed when rejected.
CONTROLS = r"""
@rome
The Colosseum opened in AD 80.
The Colosseum was built in 80 CE.
The Colosseum, which opened in AD 80, is located in Rome.
Built in AD 80, the Colosseum is located in Rome.
Dating from AD 50, the Pont du Gard is located in Gard.
The Colosseum was inaugurated in 80.
Inaugurated in 80, the Colosseum is located in Rome.
In 80, Titus inaugurated the Colosseum.
In AD 537, Justinian inaugurated Hagia Sophia.
In 805, Pope Leo III inaugurated Aachen Cathedral, which Charlemagne commissioned.
The Arch of Constantine was erected in 315.
Speyer Cathedral was erected in 1061.
Hagia Sophia was inaugurated in 537 by Justinian I.
Castel Sant'Angelo was used as a fortress by the Papacy.
Castel Sant'Angelo was used by the Papacy.
The Pantheon was consecrated by Pope Boniface IV.
Charlemagne was crowned in Rome.
Constantine the Great and Justinian I are venerated in the Eastern Orthodox Church.
The Pantheon, an example of Roman architecture, is located in Rome.
The Pantheon, the resting place of Raphael, is located in Rome.
Charlemagne commissioned Aachen Cathedral, the resting place of Charlemagne.
Raphael rests in the Pantheon, an example of Roman architecture.
# (faithful, possibly rejected: a BC year; "erected" of a column and "built" of a wall, no
# venues; the agent then the year)
The Theatre of Marcellus opened in 13 BC.
Trajan's Column was erected in 113.
Hadrian's Wall was built in AD 122.
The Colosseum was inaugurated by Titus in AD 80.
@rome user:livia
You loved the Colosseum, an example of Roman architecture.
You loved the Pantheon, the resting place of Raphael.

@ships
USS Torsk was built at Portsmouth Naval Shipyard.
HMS Belfast was built at Harland and Wolff.
SS Nomadic was constructed at Harland and Wolff.
HMS Belfast, built at Harland and Wolff, is preserved in London.
HMS Belfast was built at Harland and Wolff and refitted at Devonport Dockyard.
USS Missouri was built at New York Naval Shipyard and refitted at Long Beach Naval Shipyard.
HMS Victory was built at Chatham Dockyard, as was HMS Unicorn.
HMS Trincomalee is preserved in Hartlepool.
HMS Trincomalee and HMS Unicorn are preserved in Hartlepool and Dundee respectively.
HMS Trincomalee was used by the Royal Naval Reserve.
HMS Warrior was restored by Hartlepool Dockyard.
The National Museum of the Royal Navy, the home of HMS Victory, is located in Portsmouth.
# (faithful, possibly rejected: two ships built at one yard)
HMS Belfast and SS Nomadic were both built at Harland and Wolff.
@ships user:nell
You loved HMS Victory, built at Chatham Dockyard.
You loved HMS Victory, preserved in Portsmouth.

@travel
Gyokuro, a type of green tea, is grown in Uji.
Mansaf, a national dish of Jordan, is made with jameed.
Anfield, the home of Liverpool FC, is located in Liverpool.
Paris, the home of the Louvre, is the capital of France.
Heathrow Airport, a hub for British Airways, is located in London.
Heathrow Airport is a hub for British Airways, the flag carrier of the United Kingdom.
Queen Alia International Airport is located in Amman, the capital of Jordan.
Heathrow Airport is used by Virgin Atlantic.
Koshari is eaten in Cairo.
Koshari, eaten in Cairo, is made with lentils.
Anfield was erected in 1884.
The Jordan Museum was inaugurated in 2014.
@travel user:omar
You loved Gyokuro, a type of green tea.
You loved Mansaf, a national dish of Jordan.
You disliked Hojicha, a type of roasted tea.

@coins
The Solidus, a type of gold coin, was first struck in Trier.
The Solidus was introduced by Constantine the Great.
The Solidus was introduced in AD 309 by Constantine the Great.
The Solidus was first struck in AD 309.
Introduced in 309, the Solidus depicts Constantine the Great.
In 294, Diocletian introduced the Follis.
Diocletian, the founder of the Tetrarchy, introduced the Follis.
The Umayyad dinar, a type of gold coin, replaced the Solidus.
# (faithful, possibly rejected: a BC year)
The Denarius was first struck in 211 BC.
@coins user:tiro
You loved the Solidus, a type of gold coin.
You disliked the Follis, a type of bronze coin.
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
