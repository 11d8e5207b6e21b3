"""Red team round 219: the session's new readings (CHANGES.diff).

Attacked: (1) a relation noun that restates a cue narrows it to that noun's relation ("is within the
country of X"); (2) a relation's noun phrase apposed after the object ("..., a painting by X", "...,
an invention by X", "..., a pupil of X") is said of that object; (3) a prize "received" / "was
awarded" is also "won", "went to" its winner, "is a <prize> winner", "a winner / recipient of"
(only where the relation's objects are prizes, awards, medals, trophies, honours); (4) a relation
phrased "has the <noun> type" makes its objects kinds of the item ("Maria Callas was a soprano", "a
tenor born in Modena"); (5) "studied <skill> with" also reads "studied with / under", "was a pupil
of", "took lessons from", "taught X", "taught <skill> to", "was taught <skill> by". Also the
neighbours CHANGES.diff touched: a footballer who "managed" a club "coached" it, "the sculptor /
painter behind" what one "created", and "he" / "she" after a born animal or a lower-case name.

Graphs (see each builder's docstring): "opera" (singers "have the voice type", "studied singing
with" teachers, "received" awards and Grammy nominations, rivals), "football" (footballers
"played for" / "managed" clubs, "were coached by" coaches, "received" awards, "won" tournaments,
"have the position type"; museums "received" trophies), "racing" (racehorses "were born in"
countries, "have the coat type", "won" races, "received" awards; jockeys "studied riding with"
others), "botany" (plants "have the fruit type", "belong to the family", "were awarded" the
Award of Garden Merit; plant hunters and botanists "received" medals and honorary degrees;
illustrators "studied drawing with" others), "aviation" (aircraft "have the engine type" and
"the propulsion type" and "the role type", "received" trophies and type certificates; factories
"are located in" towns and "in the country" countries; towns "are part of" counties and countries),
"art" (paintings "were painted by" painters, sculptures "were created by" sculptors, both "owned
by" painters, sculptors or patrons, "restored", "commissioned", "inspired by" one another,
"have the medium type"; painters "studied painting with" others, "worked in the workshop of"
others, "were rivals of" others).

Findings: 58 of 360 false texts accepted, all new with the session (the code with CHANGES.diff
reversed accepts none of the 58). Controls: 68 of 72 accepted. OPEN: 26 texts (22 accepted, see
the comments). KNOWN: 11 texts accepted before the session too.
New with the session:
* "has the <noun> type" read as a kind of the item where the objects are no kinds of it (37): the
  new GraphIndex.class_types takes the tails of any "has the X type" relation whose tail type is
  not already a kind type, so an aircraft "is" its engine and a plant "is" its fruit: "The
  Supermarine Spitfire was a Rolls-Royce Merlin", "The Boeing 747 is a JT9D", "Concorde was a
  Rolls-Royce Olympus", "The Lockheed C-130 Hercules is an Allison T56", "The de Havilland Comet was
  a de Havilland Ghost", "The Vickers Viscount was a Rolls-Royce Dart", "The Douglas DC-3 was a
  Wright Cyclone", "The Lockheed SR-71 was a J58", "The Boeing 747 is a turbofan engine", "Concorde
  was a turbojet engine", "The Supermarine Spitfire was a piston engine", "Acer griseum is a
  samara", "Davidia involucrata is a drupe", "Quercus robur is a nut", "Lilium regale is a
  capsule", "Magnolia campbellii is a follicle", "Meconopsis betonicifolia was a capsule"; and in
  every construction the voice type gets: "a <class> <participle> by / at" ("Acer griseum is a
  samara described by Ferdinand Pax", "... a Rolls-Royce Merlin built at Castle Bromwich Aircraft
  Factory", "The Boeing 747 is a JT9D designed by Joe Sutter"), appositions before the verb and
  after the object ("Davidia involucrata, a drupe, was introduced by ...", "Boeing manufactured the
  Boeing 747, a JT9D"), "which is a", "that won", "It is a" in the next sentence, "(1901)", a
  second clause. The same relations with a real kind of the item read right ("Maria Callas was a
  soprano", "Sepp Maier was a goalkeeper", "The Boeing 747 is an airliner"): the phrase alone does
  not say the object is a kind of the subject.
* "received" read "won" where the relation's range only shares a prize word (13): a range that
  mixes prizes with honorary degrees or type certificates ("Ernest Wilson won an honorary degree
  from Harvard", "Isaac Bayley Balfour won an honorary doctorate from Aberdeen", "Ernest Wilson was
  a winner of an honorary degree from Harvard", "The Boeing 747 won the FAA type certificate",
  "Concorde won the CAA type certificate", "The de Havilland Comet was a winner of the CAA type
  certificate", "The Boeing 747 has won the FAA type certificate", "The Boeing 747 is an airliner
  that won the FAA type certificate"); a museum that "received" trophies (an acquisition, type
  "trophy"): "The National Football Museum won the Jules Rimet Trophy", "... was a winner of the
  Jules Rimet Trophy", "... is a Jules Rimet Trophy winner", "The Ajax Museum won the
  Intercontinental Cup"; an "award nomination" type: "Maria Callas was a winner of the Grammy
  nomination for Best Opera Recording".
* "managed" read "coached" (8): on a graph of no sport, a night club's "manager" (a word of
  _PLAYER_WORDS) "coached" it: "Ray McFall coached the Cavern Club", "The Cavern Club was coached
  by Ray McFall", "Harold Pendleton coached the Marquee Club", "The Marquee Club is coached by
  Harold Pendleton"; and the past "managed" of a footballer is read in the present through
  "coaches" / "is coached by", where "manages" itself is rejected: "Johan Cruyff coaches
  Barcelona", "Barcelona is coached by Frank Rijkaard", "Chelsea are coached by Ruud Gullit",
  "Johan Cruyff was born in Amsterdam and coaches Barcelona".
Held: the voice, position and coat types with the wrong class, said of teachers, conductors,
cities, lists with one wrong, negation, "a <voice> born in" the wrong city, appositions;
"studied singing / drawing / painting with" with the wrong teacher (the conductor, the workshop
master, the husband), the wrong direction, another skill ("acting", "sculpture", "botany"), the
present ("is a pupil of", "teaches", "studies with"), negation, lists, relative clauses; a jockeys'
"studied riding with" whose range is no person type reads nothing new; prizes with the wrong
winner (the nominees), a race "received", a trainer "won" a jockey's title, "went to" the wrong
one, "a <prize> winner" of the nominee, lists with one wrong; "coached" of a club one only played
for, the coach relation's own "coached", directions, negation; "the painter / sculptor behind" of
the owner (Matisse, Degas, Picasso), the restorer, the patron; the apposition after the object
(now read of the object: "Perseus ... was inspired by David, a creation by Benvenuto Cellini",
accepted before the session, is rejected); "within the country of" a town or a county (accepted
before the session, now rejected); "he" after a trainer or jockey and a born horse.
OPEN, accepted (22): the present of a past "received" / "was awarded" ("takes", "picks up",
"collects", "goes to", "is awarded": lexicon.WINNING lists present forms, and the own "receives",
"wins" were read before the session), "went to" of a degree or a certificate, "won the Order of
Merit", "won / picked up the Grammy nomination", "The Jules Rimet Trophy went to the National
Football Museum", "The Lockheed C-130 Hercules is a turboprop engine".
Controls rejected (4): "Renata Tebaldi was a rival of Maria Callas, a pupil of Elvira de Hidalgo"
(", a pupil of" after the object: unknown_words), "Frankel was a bay" ("has the coat type" on a
"colour": no class reading), "The Boeing 747 has a turbofan engine" (wrong_relation: read of the
engine-type relation), "The School of Athens is a fresco" ("has the medium type": no class reading).

Closed in the same session: the objects of "has the <noun> type" are kinds of the item only
where every object's label is a person's noun (voices, not engines or fruits); a prize "received"
is won only where every object of the relation is a prize and no keeper (museum, collector)
received it; "managed" -> "coached" in the phrase's tense, of players' sports clubs only. Then:
accepted 0 of 360.
"""
import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y} if y is not None else {}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    if any(t[0] == "user:ana" for t in triples):
        ents.append(E("user:ana", kind="user", type="user", label="Ana"))
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    return [(h, rel, t) for h, t in pairs]


def opera():
    """Singers (items dated by birth) "have the voice type" soprano, mezzo-soprano, tenor, baritone
    (type "voice": the new class reading), "studied singing with" teachers (inverse "taught singing
    to": the new skill reading), "were born in" cities, "received" awards (the Kennedy Center
    Honors, the Grammy Lifetime Achievement Award), an honour (the Order of Merit) and award
    nominations (type "award nomination": a prize word in the type), "often sang under"
    conductors, "married" a conductor; Tebaldi "was a rival of" Callas (both items). Managers
    "managed" night clubs (a manager's domain and a club's range: the new "coached" reading of a
    footballer's club, on a graph of no sport)."""
    rels = [
        R("voice", phrase="has the voice type", inverse_phrase="is the voice type of", domain=("singer",), range=("voice",)),
        R("studied", phrase="studied singing with", inverse_phrase="taught singing to", domain=("singer",), range=("teacher",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("singer",), range=("city",)),
        R("received", phrase="received", inverse_phrase="was received by", domain=("singer",),
          range=("award", "honour", "award nomination")),
        R("under", phrase="often sang under", inverse_phrase="often conducted", domain=("singer",), range=("conductor",)),
        R("married", phrase="married", inverse_phrase="married", domain=("singer",), range=("conductor",)),
        R("rival", phrase="was a rival of", inverse_phrase="was a rival of", domain=("singer",), range=("singer",)),
        R("managed", phrase="managed", inverse_phrase="was managed by", domain=("manager",), range=("club",)),
    ]
    items = {"s:callas": ("singer", "Maria Callas", 1923), "s:tebaldi": ("singer", "Renata Tebaldi", 1922),
             "s:pavarotti": ("singer", "Luciano Pavarotti", 1935), "s:freni": ("singer", "Mirella Freni", 1935),
             "s:gobbi": ("singer", "Tito Gobbi", 1913), "s:cossotto": ("singer", "Fiorenza Cossotto", 1935),
             "s:sutherland": ("singer", "Joan Sutherland", 1926), "s:horne": ("singer", "Marilyn Horne", 1934),
             "s:scotto": ("singer", "Renata Scotto", 1934)}
    others = {"v:soprano": ("voice", "soprano"), "v:tenor": ("voice", "tenor"), "v:baritone": ("voice", "baritone"),
              "v:mezzo": ("voice", "mezzo-soprano"),
              "t:hidalgo": ("teacher", "Elvira de Hidalgo"), "t:melis": ("teacher", "Carmen Melis"),
              "t:pola": ("teacher", "Arrigo Pola"), "t:campo": ("teacher", "Ettore Campogalliani"),
              "t:crimi": ("teacher", "Giulio Crimi"), "t:lehmann": ("teacher", "Lotte Lehmann"),
              "t:llopart": ("teacher", "Mercedes Llopart"), "t:carey": ("teacher", "Clive Carey"),
              "k:serafin": ("conductor", "Tullio Serafin"), "k:bonynge": ("conductor", "Richard Bonynge"),
              "k:karajan": ("conductor", "Herbert von Karajan"),
              "c:newyork": ("city", "New York"), "c:pesaro": ("city", "Pesaro"), "c:modena": ("city", "Modena"),
              "c:bassano": ("city", "Bassano del Grappa"), "c:crescentino": ("city", "Crescentino"),
              "c:sydney": ("city", "Sydney"), "c:bradford": ("city", "Bradford"), "c:savona": ("city", "Savona"),
              "a:kennedy": ("award", "Kennedy Center Honors"), "a:grammy": ("award", "Grammy Lifetime Achievement Award"),
              "a:merit": ("honour", "the Order of Merit"),
              "a:nomination": ("award nomination", "the Grammy nomination for Best Opera Recording"),
              "n:cavern": ("club", "the Cavern Club"), "n:marquee": ("club", "the Marquee Club"),
              "n:mcfall": ("manager", "Ray McFall"), "n:pendleton": ("manager", "Harold Pendleton")}
    T = _t("voice", [("s:callas", "v:soprano"), ("s:tebaldi", "v:soprano"), ("s:pavarotti", "v:tenor"), ("s:freni", "v:soprano"),
                     ("s:gobbi", "v:baritone"), ("s:cossotto", "v:mezzo"), ("s:sutherland", "v:soprano"), ("s:horne", "v:mezzo"),
                     ("s:scotto", "v:soprano")])
    T += _t("studied", [("s:callas", "t:hidalgo"), ("s:tebaldi", "t:melis"), ("s:pavarotti", "t:pola"), ("s:pavarotti", "t:campo"),
                        ("s:freni", "t:campo"), ("s:gobbi", "t:crimi"), ("s:horne", "t:lehmann"), ("s:cossotto", "t:llopart"),
                        ("s:scotto", "t:llopart"), ("s:sutherland", "t:carey")])
    T += _t("born", [("s:callas", "c:newyork"), ("s:tebaldi", "c:pesaro"), ("s:pavarotti", "c:modena"), ("s:freni", "c:modena"),
                     ("s:gobbi", "c:bassano"), ("s:cossotto", "c:crescentino"), ("s:sutherland", "c:sydney"), ("s:horne", "c:bradford"),
                     ("s:scotto", "c:savona")])
    T += _t("received", [("s:pavarotti", "a:kennedy"), ("s:pavarotti", "a:grammy"), ("s:horne", "a:kennedy"),
                         ("s:sutherland", "a:merit"), ("s:callas", "a:nomination"), ("s:freni", "a:nomination")])
    T += _t("under", [("s:callas", "k:serafin"), ("s:sutherland", "k:bonynge"), ("s:freni", "k:karajan")])
    T += _t("married", [("s:sutherland", "k:bonynge")])
    T += _t("rival", [("s:tebaldi", "s:callas")])
    T += _t("managed", [("n:mcfall", "n:cavern"), ("n:pendleton", "n:marquee")])
    return _build(items, others, rels, T)


def football():
    """Footballers (items dated by birth) "played for" clubs, "managed" clubs (a footballer's domain
    and a club's range: the new "coached" reading), "were coached by" coaches (a coach relation on
    the same words), "received" awards, "were nominated for" the Ballon d'Or (a near miss), "won"
    tournaments (no prizes: "won" of their own), "were born in" cities and "have the position type"
    (type "position": the new class reading). Museums "received" trophies (a prize word on a
    museum's acquisitions: no winning)."""
    rels = [
        R("played", phrase="played for", inverse_phrase="fielded", domain=("footballer",), range=("club",)),
        R("managed", phrase="managed", inverse_phrase="was managed by", domain=("footballer",), range=("club",)),
        R("coachedby", phrase="was coached by", inverse_phrase="coached", domain=("footballer",), range=("coach",)),
        R("received", phrase="received", inverse_phrase="was received by", domain=("footballer",), range=("award",)),
        R("nominated", phrase="was nominated for", inverse_phrase="nominated", domain=("footballer",), range=("award",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("footballer",), range=("tournament",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("footballer", "coach"), range=("city",)),
        R("position", phrase="has the position type", inverse_phrase="is the position type of", domain=("footballer",),
          range=("position",)),
        R("acquired", phrase="received", inverse_phrase="was received by", domain=("museum",), range=("trophy",)),
    ]
    items = {"f:cruyff": ("footballer", "Johan Cruyff", 1947), "f:neeskens": ("footballer", "Johan Neeskens", 1951),
             "f:beckenbauer": ("footballer", "Franz Beckenbauer", 1945), "f:muller": ("footballer", "Gerd Muller", 1945),
             "f:vanbasten": ("footballer", "Marco van Basten", 1964), "f:gullit": ("footballer", "Ruud Gullit", 1962),
             "f:rijkaard": ("footballer", "Frank Rijkaard", 1962), "f:maier": ("footballer", "Sepp Maier", 1944)}
    others = {"k:ajax": ("club", "Ajax"), "k:barca": ("club", "Barcelona"), "k:bayern": ("club", "Bayern Munich"),
              "k:milan": ("club", "AC Milan"), "k:chelsea": ("club", "Chelsea"), "k:cosmos": ("club", "the New York Cosmos"),
              "k:feyenoord": ("club", "Feyenoord"),
              "c:michels": ("coach", "Rinus Michels"), "c:sacchi": ("coach", "Arrigo Sacchi"),
              "c:cajkovski": ("coach", "Zlatko Cajkovski"), "c:kovacs": ("coach", "Stefan Kovacs"),
              "a:ballon": ("award", "Ballon d'Or"), "a:boot": ("award", "European Golden Shoe"),
              "a:fifa": ("award", "FIFA Order of Merit"),
              "t:wc74": ("tournament", "the 1974 World Cup"), "t:euro88": ("tournament", "Euro 1988"),
              "t:euro72": ("tournament", "Euro 1972"),
              "p:forward": ("position", "centre-forward"), "p:sweeper": ("position", "sweeper"),
              "p:keeper": ("position", "goalkeeper"), "p:midfielder": ("position", "midfielder"),
              "y:amsterdam": ("city", "Amsterdam"), "y:munich": ("city", "Munich"), "y:utrecht": ("city", "Utrecht"),
              "y:heemstede": ("city", "Heemstede"), "y:nordlingen": ("city", "Nordlingen"), "y:metten": ("city", "Metten"),
              "m:nfm": ("museum", "the National Football Museum"), "m:ajax": ("museum", "the Ajax Museum"),
              "r:rimet": ("trophy", "Jules Rimet Trophy"), "r:intercontinental": ("trophy", "Intercontinental Cup")}
    T = _t("played", [("f:cruyff", "k:ajax"), ("f:cruyff", "k:barca"), ("f:cruyff", "k:feyenoord"), ("f:neeskens", "k:ajax"),
                      ("f:neeskens", "k:barca"), ("f:neeskens", "k:cosmos"), ("f:beckenbauer", "k:bayern"),
                      ("f:beckenbauer", "k:cosmos"), ("f:muller", "k:bayern"), ("f:vanbasten", "k:ajax"), ("f:vanbasten", "k:milan"),
                      ("f:gullit", "k:milan"), ("f:gullit", "k:chelsea"), ("f:rijkaard", "k:ajax"), ("f:rijkaard", "k:milan"),
                      ("f:maier", "k:bayern")])
    T += _t("managed", [("f:cruyff", "k:ajax"), ("f:cruyff", "k:barca"), ("f:beckenbauer", "k:bayern"), ("f:gullit", "k:chelsea"),
                        ("f:rijkaard", "k:barca"), ("f:vanbasten", "k:ajax")])
    T += _t("coachedby", [("f:cruyff", "c:michels"), ("f:neeskens", "c:michels"), ("f:vanbasten", "c:sacchi"),
                          ("f:gullit", "c:sacchi"), ("f:rijkaard", "c:sacchi"), ("f:beckenbauer", "c:cajkovski"),
                          ("f:muller", "c:cajkovski"), ("f:cruyff", "c:kovacs")])
    T += _t("received", [("f:cruyff", "a:ballon"), ("f:beckenbauer", "a:ballon"), ("f:muller", "a:ballon"),
                         ("f:vanbasten", "a:ballon"), ("f:gullit", "a:ballon"), ("f:muller", "a:boot"), ("f:beckenbauer", "a:fifa")])
    T += _t("nominated", [("f:neeskens", "a:ballon"), ("f:rijkaard", "a:ballon"), ("f:maier", "a:ballon")])
    T += _t("won", [("f:beckenbauer", "t:wc74"), ("f:muller", "t:wc74"), ("f:maier", "t:wc74"), ("f:vanbasten", "t:euro88"),
                    ("f:gullit", "t:euro88"), ("f:rijkaard", "t:euro88"), ("f:beckenbauer", "t:euro72"), ("f:muller", "t:euro72")])
    T += _t("born", [("f:cruyff", "y:amsterdam"), ("f:neeskens", "y:heemstede"), ("f:beckenbauer", "y:munich"),
                     ("f:muller", "y:nordlingen"), ("f:vanbasten", "y:utrecht"), ("f:gullit", "y:amsterdam"),
                     ("f:rijkaard", "y:amsterdam"), ("f:maier", "y:metten"), ("c:michels", "y:amsterdam")])
    T += _t("position", [("f:cruyff", "p:forward"), ("f:vanbasten", "p:forward"), ("f:muller", "p:forward"),
                         ("f:beckenbauer", "p:sweeper"), ("f:maier", "p:keeper"), ("f:neeskens", "p:midfielder"),
                         ("f:gullit", "p:midfielder"), ("f:rijkaard", "p:midfielder")])
    T += _t("acquired", [("m:nfm", "r:rimet"), ("m:ajax", "r:intercontinental")])
    return _build(items, others, rels, T)


def racing():
    """Racehorses (items dated by foaling) "were born in" countries (a birth phrase: horses become
    "born", so "he" may name one), "were sired by" others, "were trained by" trainers, "were ridden
    by" jockeys, "were owned by" owners, "won" races (no prizes), "received" awards (horses,
    jockeys, a trainer), "have the coat type" bay / chestnut (type "colour": the new class
    reading). Jockeys "studied riding with" jockeys or trainers (a skill phrase whose range is no
    person type: the new reading's conditions almost hold)."""
    rels = [
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("racehorse", "trainer", "jockey"),
          range=("country",)),
        R("sire", phrase="was sired by", inverse_phrase="sired", domain=("racehorse",), range=("racehorse",)),
        R("trainedby", phrase="was trained by", inverse_phrase="trained", domain=("racehorse",), range=("trainer",)),
        R("ridden", phrase="was ridden by", inverse_phrase="rode", domain=("racehorse",), range=("jockey",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("racehorse",), range=("race",)),
        R("received", phrase="received", inverse_phrase="was received by", domain=("racehorse", "jockey", "trainer"),
          range=("award",)),
        R("apprentice", phrase="studied riding with", inverse_phrase="taught riding to", domain=("jockey",),
          range=("jockey", "trainer")),
        R("owned", phrase="was owned by", inverse_phrase="owned", domain=("racehorse",), range=("owner",)),
        R("coat", phrase="has the coat type", inverse_phrase="is the coat type of", domain=("racehorse",), range=("colour",)),
    ]
    items = {"h:frankel": ("racehorse", "Frankel", 2008), "h:galileo": ("racehorse", "Galileo", 1998),
             "h:nijinsky": ("racehorse", "Nijinsky", 1967), "h:northern": ("racehorse", "Northern Dancer", 1961),
             "h:secretariat": ("racehorse", "Secretariat", 1970), "h:seabird": ("racehorse", "Sea-Bird", 1962),
             "h:brigadier": ("racehorse", "Brigadier Gerard", 1968), "h:shergar": ("racehorse", "Shergar", 1978),
             "h:bold": ("racehorse", "Bold Ruler", 1954)}
    others = {"c:gb": ("country", "Great Britain"), "c:ireland": ("country", "Ireland"), "c:canada": ("country", "Canada"),
              "c:usa": ("country", "the United States"), "c:france": ("country", "France"),
              "t:cecil": ("trainer", "Henry Cecil"), "t:obrien": ("trainer", "Vincent O'Brien"), "t:aidan": ("trainer", "Aidan O'Brien"),
              "t:laurin": ("trainer", "Lucien Laurin"), "t:hern": ("trainer", "Dick Hern"), "t:stoute": ("trainer", "Michael Stoute"),
              "t:pollet": ("trainer", "Etienne Pollet"),
              "j:queally": ("jockey", "Tom Queally"), "j:piggott": ("jockey", "Lester Piggott"), "j:kinane": ("jockey", "Mick Kinane"),
              "j:turcotte": ("jockey", "Ron Turcotte"), "j:mercer": ("jockey", "Joe Mercer"), "j:swinburn": ("jockey", "Walter Swinburn"),
              "j:glennon": ("jockey", "Pat Glennon"),
              "r:derby": ("race", "the Epsom Derby"), "r:guineas": ("race", "the 2000 Guineas"),
              "r:arc": ("race", "the Prix de l'Arc de Triomphe"), "r:kentucky": ("race", "the Kentucky Derby"),
              "r:belmont": ("race", "the Belmont Stakes"), "r:juddmonte": ("race", "the Juddmonte International"),
              "a:cartier": ("award", "Cartier Racing Award"), "a:eclipse": ("award", "Eclipse Award"),
              "a:champion": ("award", "the Champion Jockey title"),
              "o:abdullah": ("owner", "Khalid Abdullah"), "o:engelhard": ("owner", "Charles Engelhard"),
              "o:chenery": ("owner", "Penny Chenery"), "o:aga": ("owner", "the Aga Khan"),
              "k:bay": ("colour", "bay"), "k:chestnut": ("colour", "chestnut")}
    T = _t("born", [("h:frankel", "c:gb"), ("h:galileo", "c:ireland"), ("h:nijinsky", "c:canada"), ("h:northern", "c:canada"),
                    ("h:secretariat", "c:usa"), ("h:seabird", "c:france"), ("h:brigadier", "c:gb"), ("h:shergar", "c:ireland"),
                    ("h:bold", "c:usa"), ("t:cecil", "c:gb"), ("t:obrien", "c:ireland"), ("t:laurin", "c:canada"),
                    ("j:piggott", "c:gb"), ("j:turcotte", "c:canada"), ("j:kinane", "c:ireland"), ("j:glennon", "c:canada")])
    T += _t("sire", [("h:frankel", "h:galileo"), ("h:nijinsky", "h:northern"), ("h:secretariat", "h:bold")])
    T += _t("trainedby", [("h:frankel", "t:cecil"), ("h:galileo", "t:aidan"), ("h:nijinsky", "t:obrien"),
                          ("h:secretariat", "t:laurin"), ("h:seabird", "t:pollet"), ("h:brigadier", "t:hern"), ("h:shergar", "t:stoute")])
    T += _t("ridden", [("h:frankel", "j:queally"), ("h:galileo", "j:kinane"), ("h:nijinsky", "j:piggott"),
                       ("h:secretariat", "j:turcotte"), ("h:seabird", "j:glennon"), ("h:brigadier", "j:mercer"),
                       ("h:shergar", "j:swinburn")])
    T += _t("won", [("h:frankel", "r:guineas"), ("h:frankel", "r:juddmonte"), ("h:galileo", "r:derby"), ("h:nijinsky", "r:derby"),
                    ("h:nijinsky", "r:guineas"), ("h:secretariat", "r:kentucky"), ("h:secretariat", "r:belmont"),
                    ("h:seabird", "r:derby"), ("h:seabird", "r:arc"), ("h:brigadier", "r:guineas"), ("h:shergar", "r:derby"),
                    ("h:northern", "r:kentucky")])
    T += _t("received", [("h:frankel", "a:cartier"), ("h:brigadier", "a:cartier"), ("h:secretariat", "a:eclipse"),
                         ("j:piggott", "a:champion"), ("t:cecil", "a:cartier")])
    T += _t("apprentice", [("j:swinburn", "j:piggott"), ("j:queally", "t:cecil")])
    T += _t("owned", [("h:frankel", "o:abdullah"), ("h:nijinsky", "o:engelhard"), ("h:secretariat", "o:chenery"),
                      ("h:shergar", "o:aga")])
    T += _t("coat", [("h:frankel", "k:bay"), ("h:galileo", "k:bay"), ("h:nijinsky", "k:bay"), ("h:secretariat", "k:chestnut"),
                     ("h:seabird", "k:chestnut"), ("h:brigadier", "k:bay"), ("h:shergar", "k:bay"), ("h:northern", "k:bay"),
                     ("h:bold", "k:bay")])
    return _build(items, others, rels, T)


def botany():
    """Plants (items dated by their description) "were described by" botanists, "were introduced
    by" plant hunters, "are named after" people, "have the fruit type" drupe / samara / capsule /
    follicle / nut (type "fruit": the new class reading, on what is no kind of a plant), "belong to
    the family" (type "plant family": a kind already), "were awarded" the Award of Garden Merit
    (a prize "was awarded": "won"), "were illustrated by" illustrators. Plant hunters and
    botanists "received" medals and honorary degrees (one relation: a prize word beside a
    degree), plant hunters "were sponsored by" nurserymen, a botanist "lectured at" a university;
    illustrators "studied drawing with" illustrators or a botanist (the new skill reading)."""
    rels = [
        R("described", phrase="was described by", inverse_phrase="described", domain=("plant",), range=("botanist",)),
        R("introduced", phrase="was introduced by", inverse_phrase="introduced", domain=("plant",), range=("plant hunter",)),
        R("named", phrase="is named after", inverse_phrase="is the namesake of", domain=("plant",),
          range=("botanist", "plant hunter")),
        R("fruit", phrase="has the fruit type", inverse_phrase="is the fruit type of", domain=("plant",), range=("fruit",)),
        R("family", phrase="belongs to the family", inverse_phrase="includes", domain=("plant",), range=("plant family",)),
        R("agm", phrase="was awarded", inverse_phrase="was awarded to", domain=("plant",), range=("award",)),
        R("received", phrase="received", inverse_phrase="was received by", domain=("botanist", "plant hunter"),
          range=("medal", "honorary degree")),
        R("studied", phrase="studied drawing with", inverse_phrase="taught drawing to", domain=("illustrator",),
          range=("illustrator", "botanist")),
        R("illustrated", phrase="was illustrated by", inverse_phrase="illustrated", domain=("plant",), range=("illustrator",)),
        R("sponsored", phrase="was sponsored by", inverse_phrase="sponsored", domain=("plant hunter",), range=("nurseryman",)),
        R("lectured", phrase="lectured at", inverse_phrase="employed", domain=("botanist",), range=("university",)),
    ]
    items = {"p:davidia": ("plant", "Davidia involucrata", 1871), "p:acer": ("plant", "Acer griseum", 1901),
             "p:lilium": ("plant", "Lilium regale", 1912), "p:meconopsis": ("plant", "Meconopsis betonicifolia", 1889),
             "p:magnolia": ("plant", "Magnolia campbellii", 1855), "p:primula": ("plant", "Primula forrestii", 1906),
             "p:rhodo": ("plant", "Rhododendron griersonianum", 1917), "p:quercus": ("plant", "Quercus robur", 1753)}
    others = {"f:drupe": ("fruit", "drupe"), "f:samara": ("fruit", "samara"), "f:capsule": ("fruit", "capsule"),
              "f:nut": ("fruit", "nut"), "f:follicle": ("fruit", "follicle"),
              "y:nyssaceae": ("plant family", "Nyssaceae"), "y:sapindaceae": ("plant family", "Sapindaceae"),
              "y:liliaceae": ("plant family", "Liliaceae"), "y:papaveraceae": ("plant family", "Papaveraceae"),
              "y:magnoliaceae": ("plant family", "Magnoliaceae"), "y:primulaceae": ("plant family", "Primulaceae"),
              "y:ericaceae": ("plant family", "Ericaceae"), "y:fagaceae": ("plant family", "Fagaceae"),
              "b:baillon": ("botanist", "Henri Baillon"), "b:pax": ("botanist", "Ferdinand Pax"), "b:rendle": ("botanist", "Alfred Rendle"),
              "b:franchet": ("botanist", "Adrien Franchet"), "b:hooker": ("botanist", "Joseph Dalton Hooker"),
              "b:diels": ("botanist", "Ludwig Diels"), "b:balfour": ("botanist", "Isaac Bayley Balfour"),
              "b:linnaeus": ("botanist", "Carl Linnaeus"),
              "h:wilson": ("plant hunter", "Ernest Wilson"), "h:david": ("plant hunter", "Armand David"),
              "h:forrest": ("plant hunter", "George Forrest"), "h:kingdon": ("plant hunter", "Frank Kingdon-Ward"),
              "h:campbell": ("plant hunter", "Archibald Campbell"),
              "n:veitch": ("nurseryman", "James Veitch"), "n:bulley": ("nurseryman", "Arthur Bulley"),
              "i:fitch": ("illustrator", "Walter Hood Fitch"), "i:smith": ("illustrator", "Matilda Smith"),
              "i:snelling": ("illustrator", "Lilian Snelling"),
              "u:edinburgh": ("university", "the University of Edinburgh"),
              "m:victoria": ("medal", "the Victoria Medal of Honour"), "m:linnean": ("medal", "the Linnean Medal"),
              "m:veitch": ("medal", "the Veitch Memorial Medal"),
              "d:harvard": ("honorary degree", "an honorary degree from Harvard"),
              "d:aberdeen": ("honorary degree", "an honorary doctorate from Aberdeen"),
              "g:agm": ("award", "Award of Garden Merit")}
    T = _t("described", [("p:davidia", "b:baillon"), ("p:acer", "b:pax"), ("p:lilium", "b:rendle"), ("p:meconopsis", "b:franchet"),
                         ("p:magnolia", "b:hooker"), ("p:primula", "b:diels"), ("p:rhodo", "b:balfour"), ("p:quercus", "b:linnaeus")])
    T += _t("introduced", [("p:davidia", "h:wilson"), ("p:acer", "h:wilson"), ("p:lilium", "h:wilson"), ("p:meconopsis", "h:kingdon"),
                           ("p:primula", "h:forrest"), ("p:rhodo", "h:forrest")])
    T += _t("named", [("p:davidia", "h:david"), ("p:primula", "h:forrest"), ("p:magnolia", "h:campbell")])
    T += _t("fruit", [("p:davidia", "f:drupe"), ("p:acer", "f:samara"), ("p:lilium", "f:capsule"), ("p:meconopsis", "f:capsule"),
                      ("p:magnolia", "f:follicle"), ("p:primula", "f:capsule"), ("p:rhodo", "f:capsule"), ("p:quercus", "f:nut")])
    T += _t("family", [("p:davidia", "y:nyssaceae"), ("p:acer", "y:sapindaceae"), ("p:lilium", "y:liliaceae"),
                       ("p:meconopsis", "y:papaveraceae"), ("p:magnolia", "y:magnoliaceae"), ("p:primula", "y:primulaceae"),
                       ("p:rhodo", "y:ericaceae"), ("p:quercus", "y:fagaceae")])
    T += _t("agm", [("p:davidia", "g:agm"), ("p:acer", "g:agm"), ("p:lilium", "g:agm")])
    T += _t("received", [("h:wilson", "m:victoria"), ("h:wilson", "d:harvard"), ("h:forrest", "m:victoria"),
                         ("h:kingdon", "m:victoria"), ("h:kingdon", "m:veitch"), ("b:hooker", "m:linnean"), ("b:balfour", "d:aberdeen")])
    T += _t("studied", [("i:smith", "i:fitch"), ("i:snelling", "b:balfour")])
    T += _t("illustrated", [("p:magnolia", "i:fitch"), ("p:rhodo", "i:snelling"), ("p:meconopsis", "i:snelling"),
                            ("p:davidia", "i:smith")])
    T += _t("sponsored", [("h:wilson", "n:veitch"), ("h:forrest", "n:bulley"), ("h:kingdon", "n:bulley")])
    T += _t("lectured", [("b:balfour", "u:edinburgh")])
    return _build(items, others, rels, T)


def aviation():
    """Aircraft (items dated by first flight) "have the engine type" (engine models: type "engine"),
    "have the propulsion type" (turbofan engine, turbojet engine ...: type "propulsion") and "have
    the role type" (airliner, fighter ...: type "role"), all three the new class reading; "were built
    at" factories, "were manufactured by" companies, "were designed by" engineers, "received"
    trophies and type certificates (one relation: a prize word beside a certificate). Factories
    "are located in" towns (cue "within") and "are located in the country" countries, "are owned
    by" companies; towns "are part of" counties and countries (cue "within" again)."""
    rels = [
        R("engine", phrase="has the engine type", inverse_phrase="is the engine type of", domain=("aircraft",), range=("engine",)),
        R("propulsion", phrase="has the propulsion type", inverse_phrase="is the propulsion type of", domain=("aircraft",),
          range=("propulsion",)),
        R("role", phrase="has the role type", inverse_phrase="is the role type of", domain=("aircraft",), range=("role",)),
        R("builtat", phrase="was built at", inverse_phrase="was the factory of", domain=("aircraft",), range=("factory",)),
        R("maker", phrase="was manufactured by", inverse_phrase="manufactured", domain=("aircraft",), range=("company",)),
        R("designed", phrase="was designed by", inverse_phrase="designed", domain=("aircraft",), range=("engineer",)),
        R("received", phrase="received", inverse_phrase="was received by", domain=("aircraft",), range=("trophy", "certificate")),
        R("located", phrase="is located in", inverse_phrase="is the location of", domain=("factory",), range=("town",)),
        R("country", phrase="is located in the country", inverse_phrase="is the country of", domain=("factory",),
          range=("country",)),
        R("part", phrase="is part of", inverse_phrase="includes", domain=("town",), range=("county", "country")),
        R("ownedby", phrase="is owned by", inverse_phrase="owns", domain=("factory",), range=("company",)),
        R("worked", phrase="worked for", inverse_phrase="employed", domain=("engineer",), range=("company",)),
    ]
    items = {"a:747": ("aircraft", "the Boeing 747", 1969), "a:concorde": ("aircraft", "Concorde", 1969),
             "a:c130": ("aircraft", "the Lockheed C-130 Hercules", 1954), "a:spitfire": ("aircraft", "the Supermarine Spitfire", 1936),
             "a:comet": ("aircraft", "the de Havilland Comet", 1949), "a:viscount": ("aircraft", "the Vickers Viscount", 1948),
             "a:dc3": ("aircraft", "the Douglas DC-3", 1935), "a:sr71": ("aircraft", "the Lockheed SR-71", 1964)}
    others = {"e:jt9d": ("engine", "JT9D"), "e:olympus": ("engine", "Rolls-Royce Olympus"), "e:t56": ("engine", "Allison T56"),
              "e:merlin": ("engine", "Rolls-Royce Merlin"), "e:ghost": ("engine", "de Havilland Ghost"),
              "e:dart": ("engine", "Rolls-Royce Dart"), "e:cyclone": ("engine", "Wright Cyclone"), "e:j58": ("engine", "J58"),
              "q:turbofan": ("propulsion", "turbofan engine"), "q:turbojet": ("propulsion", "turbojet engine"),
              "q:turboprop": ("propulsion", "turboprop engine"), "q:piston": ("propulsion", "piston engine"),
              "r:airliner": ("role", "airliner"), "r:transport": ("role", "military transport"), "r:fighter": ("role", "fighter"),
              "r:recon": ("role", "reconnaissance aircraft"),
              "f:everett": ("factory", "the Everett factory"), "f:filton": ("factory", "the Filton works"),
              "f:marietta": ("factory", "the Marietta plant"), "f:castle": ("factory", "Castle Bromwich Aircraft Factory"),
              "f:hatfield": ("factory", "the Hatfield Aerodrome works"), "f:brooklands": ("factory", "the Brooklands works"),
              "f:santamonica": ("factory", "the Santa Monica plant"), "f:burbank": ("factory", "the Burbank plant"),
              "k:boeing": ("company", "Boeing"), "k:bac": ("company", "the British Aircraft Corporation"),
              "k:lockheed": ("company", "Lockheed"), "k:supermarine": ("company", "Supermarine"),
              "k:dh": ("company", "de Havilland"), "k:vickers": ("company", "Vickers-Armstrongs"),
              "k:douglas": ("company", "Douglas Aircraft"), "k:airbus": ("company", "Airbus"),
              "g:sutter": ("engineer", "Joe Sutter"), "g:mitchell": ("engineer", "R. J. Mitchell"), "g:johnson": ("engineer", "Kelly Johnson"),
              "g:bishop": ("engineer", "Ronald Bishop"), "g:strang": ("engineer", "William Strang"),
              "t:collier": ("trophy", "the Collier Trophy"), "t:faa": ("certificate", "the FAA type certificate"),
              "t:caa": ("certificate", "the CAA type certificate"),
              "w:everett": ("town", "Everett"), "w:filton": ("town", "Filton"), "w:marietta": ("town", "Marietta"),
              "w:birmingham": ("town", "Birmingham"), "w:hatfield": ("town", "Hatfield"), "w:weybridge": ("town", "Weybridge"),
              "w:santamonica": ("town", "Santa Monica"), "w:burbank": ("town", "Burbank"),
              "n:usa": ("country", "the United States"), "n:uk": ("country", "the United Kingdom"),
              "n:surrey": ("county", "Surrey"), "n:herts": ("county", "Hertfordshire"), "n:glos": ("county", "Gloucestershire")}
    T = _t("engine", [("a:747", "e:jt9d"), ("a:concorde", "e:olympus"), ("a:c130", "e:t56"), ("a:spitfire", "e:merlin"),
                      ("a:comet", "e:ghost"), ("a:viscount", "e:dart"), ("a:dc3", "e:cyclone"), ("a:sr71", "e:j58")])
    T += _t("propulsion", [("a:747", "q:turbofan"), ("a:concorde", "q:turbojet"), ("a:c130", "q:turboprop"), ("a:spitfire", "q:piston"),
                           ("a:comet", "q:turbojet"), ("a:viscount", "q:turboprop"), ("a:dc3", "q:piston"), ("a:sr71", "q:turbojet")])
    T += _t("role", [("a:747", "r:airliner"), ("a:concorde", "r:airliner"), ("a:c130", "r:transport"), ("a:spitfire", "r:fighter"),
                     ("a:comet", "r:airliner"), ("a:viscount", "r:airliner"), ("a:dc3", "r:airliner"), ("a:sr71", "r:recon")])
    T += _t("builtat", [("a:747", "f:everett"), ("a:concorde", "f:filton"), ("a:c130", "f:marietta"), ("a:spitfire", "f:castle"),
                        ("a:comet", "f:hatfield"), ("a:viscount", "f:brooklands"), ("a:dc3", "f:santamonica"), ("a:sr71", "f:burbank")])
    T += _t("maker", [("a:747", "k:boeing"), ("a:concorde", "k:bac"), ("a:c130", "k:lockheed"), ("a:spitfire", "k:supermarine"),
                      ("a:comet", "k:dh"), ("a:viscount", "k:vickers"), ("a:dc3", "k:douglas"), ("a:sr71", "k:lockheed")])
    T += _t("designed", [("a:747", "g:sutter"), ("a:spitfire", "g:mitchell"), ("a:sr71", "g:johnson"), ("a:comet", "g:bishop"),
                         ("a:concorde", "g:strang")])
    T += _t("received", [("a:747", "t:faa"), ("a:concorde", "t:caa"), ("a:dc3", "t:collier"), ("a:sr71", "t:collier"),
                         ("a:comet", "t:caa")])
    T += _t("located", [("f:everett", "w:everett"), ("f:filton", "w:filton"), ("f:marietta", "w:marietta"), ("f:castle", "w:birmingham"),
                        ("f:hatfield", "w:hatfield"), ("f:brooklands", "w:weybridge"), ("f:santamonica", "w:santamonica"),
                        ("f:burbank", "w:burbank")])
    T += _t("country", [("f:everett", "n:usa"), ("f:filton", "n:uk"), ("f:marietta", "n:usa"), ("f:castle", "n:uk"),
                        ("f:hatfield", "n:uk"), ("f:brooklands", "n:uk"), ("f:santamonica", "n:usa"), ("f:burbank", "n:usa")])
    T += _t("part", [("w:weybridge", "n:surrey"), ("w:hatfield", "n:herts"), ("w:filton", "n:glos"), ("w:everett", "n:usa"),
                     ("w:filton", "n:uk")])
    T += _t("ownedby", [("f:everett", "k:boeing"), ("f:filton", "k:airbus"), ("f:marietta", "k:lockheed"), ("f:burbank", "k:lockheed")])
    T += _t("worked", [("g:sutter", "k:boeing"), ("g:mitchell", "k:supermarine"), ("g:johnson", "k:lockheed"), ("g:bishop", "k:dh"),
                       ("g:strang", "k:bac")])
    return _build(items, others, rels, T)


def art():
    """Paintings and sculptures (items dated by completion; the Laocoon Group undated). Paintings
    "were painted by" painters, sculptures "were created by" sculptors (one type: "the sculptor
    behind", the new reading), works "were owned by" painters, sculptors or patrons (Matisse owned
    Cezanne's Three Bathers, Picasso Rousseau's portrait, Degas Manet's Execution of Maximilian),
    "were restored by" a sculptor (Montorsoli, the Laocoon), "were commissioned by" patrons, "were
    inspired by" other works (both ends items: the apposition reading), "have the medium type"
    (type "medium": the new class reading). Painters "studied painting with" painters (the new skill
    reading), "worked in the workshop of" others (a near miss: Perugino and Botticelli with
    Verrocchio), "were rivals of" others."""
    rels = [
        R("painted", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("painter",)),
        R("created", phrase="was created by", inverse_phrase="created", domain=("sculpture",), range=("sculptor",)),
        R("owned", phrase="was owned by", inverse_phrase="owned", domain=("painting", "sculpture"),
          range=("painter", "sculptor", "patron")),
        R("restored", phrase="was restored by", inverse_phrase="restored", domain=("sculpture",), range=("sculptor",)),
        R("commissioned", phrase="was commissioned by", inverse_phrase="commissioned", domain=("painting", "sculpture"),
          range=("patron",)),
        R("inspired", phrase="was inspired by", inverse_phrase="inspired", domain=("painting", "sculpture"),
          range=("painting", "sculpture")),
        R("studied", phrase="studied painting with", inverse_phrase="taught painting to", domain=("painter", "sculptor"),
          range=("painter",)),
        R("workshop", phrase="worked in the workshop of", inverse_phrase="employed", domain=("painter", "sculptor"),
          range=("painter", "sculptor")),
        R("rival", phrase="was a rival of", inverse_phrase="was a rival of", domain=("painter", "sculptor"),
          range=("painter", "sculptor")),
        R("medium", phrase="has the medium type", inverse_phrase="is the medium type of", domain=("painting",), range=("medium",)),
    ]
    items = {"w:mona": ("painting", "the Mona Lisa", 1503), "w:baptism": ("painting", "the Baptism of Christ", 1475),
             "w:venus": ("painting", "the Birth of Venus", 1485), "w:athens": ("painting", "the School of Athens", 1511),
             "w:doni": ("painting", "the Doni Tondo", 1507), "w:urbino": ("painting", "the Venus of Urbino", 1538),
             "w:olympia": ("painting", "Olympia", 1863), "w:bathers": ("painting", "Three Bathers", 1880),
             "w:river": ("painting", "Bathers by a River", 1917), "w:yadwigha": ("painting", "Portrait of a Woman", 1895),
             "w:maximilian": ("painting", "The Execution of Maximilian", 1868),
             "s:david": ("sculpture", "David", 1504), "s:perseus": ("sculpture", "Perseus with the Head of Medusa", 1545),
             "s:laocoon": ("sculpture", "the Laocoon Group", None), "s:bacchus": ("sculpture", "Bacchus", 1497),
             "s:pieta": ("sculpture", "the Pieta", 1499)}
    others = {"p:leonardo": ("painter", "Leonardo da Vinci"), "p:verrocchio": ("painter", "Andrea del Verrocchio"),
              "p:botticelli": ("painter", "Sandro Botticelli"), "p:lippi": ("painter", "Filippo Lippi"),
              "p:raphael": ("painter", "Raphael"), "p:perugino": ("painter", "Pietro Perugino"),
              "p:ghirlandaio": ("painter", "Domenico Ghirlandaio"), "p:titian": ("painter", "Titian"),
              "p:manet": ("painter", "Edouard Manet"), "p:cezanne": ("painter", "Paul Cezanne"), "p:matisse": ("painter", "Henri Matisse"),
              "p:moreau": ("painter", "Gustave Moreau"), "p:rousseau": ("painter", "Henri Rousseau"),
              "p:picasso": ("painter", "Pablo Picasso"), "p:degas": ("painter", "Edgar Degas"), "p:couture": ("painter", "Thomas Couture"),
              "s:michelangelo": ("sculptor", "Michelangelo"), "s:cellini": ("sculptor", "Benvenuto Cellini"),
              "s:montorsoli": ("sculptor", "Giovanni Montorsoli"), "s:bandinelli": ("sculptor", "Baccio Bandinelli"),
              "k:cosimo": ("patron", "Cosimo I de' Medici"), "k:julius": ("patron", "Pope Julius II"),
              "k:doni": ("patron", "Agnolo Doni"), "k:galli": ("patron", "Jacopo Galli"), "k:wool": ("patron", "the Arte della Lana"),
              "k:guidobaldo": ("patron", "Guidobaldo della Rovere"), "k:bilheres": ("patron", "Jean de Bilheres"),
              "m:oil": ("medium", "oil on canvas"), "m:tempera": ("medium", "tempera"), "m:fresco": ("medium", "fresco"),
              "m:poplar": ("medium", "oil on poplar")}
    T = _t("painted", [("w:mona", "p:leonardo"), ("w:baptism", "p:verrocchio"), ("w:baptism", "p:leonardo"),
                       ("w:venus", "p:botticelli"), ("w:athens", "p:raphael"), ("w:doni", "s:michelangelo"), ("w:urbino", "p:titian"),
                       ("w:olympia", "p:manet"), ("w:bathers", "p:cezanne"), ("w:river", "p:matisse"), ("w:yadwigha", "p:rousseau"),
                       ("w:maximilian", "p:manet")])
    T += _t("created", [("s:david", "s:michelangelo"), ("s:perseus", "s:cellini"), ("s:bacchus", "s:michelangelo"),
                        ("s:pieta", "s:michelangelo")])
    T += _t("owned", [("w:bathers", "p:matisse"), ("w:yadwigha", "p:picasso"), ("w:maximilian", "p:degas"), ("s:bacchus", "k:galli"),
                      ("s:laocoon", "k:julius")])
    T += _t("restored", [("s:laocoon", "s:montorsoli")])
    T += _t("commissioned", [("s:david", "k:wool"), ("s:perseus", "k:cosimo"), ("w:athens", "k:julius"), ("w:doni", "k:doni"),
                             ("s:pieta", "k:bilheres"), ("w:urbino", "k:guidobaldo")])
    T += _t("inspired", [("w:olympia", "w:urbino"), ("w:river", "w:bathers"), ("s:perseus", "s:david")])
    T += _t("studied", [("p:leonardo", "p:verrocchio"), ("p:botticelli", "p:lippi"), ("s:michelangelo", "p:ghirlandaio"),
                        ("p:raphael", "p:perugino"), ("p:matisse", "p:moreau"), ("p:manet", "p:couture")])
    T += _t("workshop", [("p:perugino", "p:verrocchio"), ("p:botticelli", "p:verrocchio")])
    T += _t("rival", [("p:leonardo", "s:michelangelo"), ("s:cellini", "s:bandinelli"), ("p:matisse", "p:picasso")])
    T += _t("medium", [("w:mona", "m:poplar"), ("w:venus", "m:tempera"), ("w:athens", "m:fresco"), ("w:olympia", "m:oil"),
                       ("w:bathers", "m:oil"), ("w:river", "m:oil"), ("w:doni", "m:tempera")])
    return _build(items, others, rels, T)


BUILDERS = {"opera": opera, "football": football, "racing": racing, "botany": botany, "aviation": aviation, "art": art}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@opera
# the voice type (new class reading): the wrong voice
Maria Callas was a mezzo-soprano.
Luciano Pavarotti was a baritone.
Tito Gobbi was a tenor.
Marilyn Horne was a soprano.
Fiorenza Cossotto is a soprano.
Renata Scotto was a mezzo-soprano.
# said of people with no voice in the graph: teachers, a conductor; of a city
Elvira de Hidalgo was a soprano.
Richard Bonynge was a tenor.
Tullio Serafin was a baritone.
Modena is a tenor.
# "a <voice> born in": the wrong voice or the wrong city
Mirella Freni was a tenor born in Modena.
Luciano Pavarotti was a tenor born in Pesaro.
Renata Tebaldi was a soprano born in Modena.
Tito Gobbi was a baritone born in Crescentino.
Fiorenza Cossotto was a mezzo-soprano born in Savona.
Luciano Pavarotti, a baritone born in Modena, studied singing with Arrigo Pola.
Luciano Pavarotti, a tenor born in Modena, studied singing with Mercedes Llopart.
Mirella Freni, a soprano born in Pesaro, studied singing with Ettore Campogalliani.
Renata Scotto was a soprano who studied singing with Carmen Melis.
Renata Tebaldi was a mezzo-soprano who studied singing with Carmen Melis.
# lists with one wrong, two voices, negation
Maria Callas and Marilyn Horne were sopranos.
Renata Tebaldi, Mirella Freni and Fiorenza Cossotto were sopranos.
Luciano Pavarotti and Tito Gobbi were tenors.
Maria Callas was a soprano and a mezzo-soprano.
Maria Callas was not a soprano.
Luciano Pavarotti was never a tenor.
Tito Gobbi was a tenor, not a mezzo-soprano.
# the voice before the name, as an apposition, after a pronoun
The baritone Luciano Pavarotti was born in Modena.
The soprano Marilyn Horne was born in Bradford.
The tenor Tito Gobbi studied singing with Giulio Crimi.
Marilyn Horne, a soprano, studied singing with Lotte Lehmann.
Renata Tebaldi was a rival of Maria Callas. She was a mezzo-soprano.
Joan Sutherland married Richard Bonynge. He was a tenor.
Maria Callas studied singing with Elvira de Hidalgo, and she was a mezzo-soprano.
Luciano Pavarotti and Mirella Freni were born in Modena. She was a tenor.
# an apposition after the object (true of the subject, false of the object)
Renata Tebaldi was a rival of Maria Callas, a pupil of Carmen Melis.
Renata Tebaldi was a rival of Maria Callas, a mezzo-soprano.
Renata Tebaldi was a rival of Maria Callas, a soprano born in Pesaro.
# studied singing with: the wrong teacher, the conductor, the husband
Maria Callas studied singing with Carmen Melis.
Maria Callas studied with Tullio Serafin.
Maria Callas was a pupil of Tullio Serafin.
Tullio Serafin taught Maria Callas.
Herbert von Karajan taught Mirella Freni.
Arrigo Pola taught Mirella Freni.
Ettore Campogalliani taught Renata Tebaldi.
Mercedes Llopart taught Maria Callas.
Lotte Lehmann taught singing to Joan Sutherland.
Marilyn Horne took lessons from Clive Carey.
Joan Sutherland trained under Lotte Lehmann.
Renata Scotto studied under Ettore Campogalliani.
# the wrong direction
Elvira de Hidalgo studied singing with Maria Callas.
Maria Callas taught Elvira de Hidalgo.
Maria Callas taught singing to Elvira de Hidalgo.
Elvira de Hidalgo was a pupil of Maria Callas.
# the present of a past phrase
Maria Callas is a pupil of Elvira de Hidalgo.
Elvira de Hidalgo teaches Maria Callas.
Elvira de Hidalgo teaches singing to Maria Callas.
Maria Callas studies with Elvira de Hidalgo.
Maria Callas will study with Elvira de Hidalgo.
# another skill
Maria Callas studied acting with Elvira de Hidalgo.
Elvira de Hidalgo taught acting to Maria Callas.
Maria Callas was taught conducting by Elvira de Hidalgo.
# negation
Maria Callas never studied with Elvira de Hidalgo.
Elvira de Hidalgo did not teach Maria Callas.
Maria Callas was not a pupil of Elvira de Hidalgo.
# lists with one wrong
Ettore Campogalliani taught Luciano Pavarotti, Mirella Freni and Renata Tebaldi.
Luciano Pavarotti studied with Arrigo Pola, Ettore Campogalliani and Mercedes Llopart.
Mercedes Llopart taught Fiorenza Cossotto and Marilyn Horne.
Fiorenza Cossotto and Renata Tebaldi were pupils of Mercedes Llopart.
# coreference, years
Ettore Campogalliani taught Mirella Freni. She was born in Pesaro.
Mirella Freni studied with Ettore Campogalliani, and he taught Renata Tebaldi.
Maria Callas (1925) studied singing with Elvira de Hidalgo.
Luciano Pavarotti, born in 1936, was a tenor.
# a prize received: the wrong winner, "won", "went to", "winner / recipient of", "a <prize> winner"
Maria Callas won the Kennedy Center Honors.
Mirella Freni won the Grammy Lifetime Achievement Award.
The Kennedy Center Honors went to Joan Sutherland.
The Grammy Lifetime Achievement Award went to Marilyn Horne.
Tito Gobbi was a winner of the Kennedy Center Honors.
Renata Tebaldi was a recipient of the Grammy Lifetime Achievement Award.
Maria Callas is a Kennedy Center Honors winner.
Luciano Pavarotti and Maria Callas won the Kennedy Center Honors.
The Kennedy Center Honors went to Luciano Pavarotti, Marilyn Horne and Renata Scotto.
Tullio Serafin won the Kennedy Center Honors.
Elvira de Hidalgo was a recipient of the Kennedy Center Honors.
The Kennedy Center Honors won Luciano Pavarotti.
Maria Callas won Tullio Serafin.
# a nomination is no prize won
Maria Callas was a winner of the Grammy nomination for Best Opera Recording.
# the present of a past "received"
# negation
Luciano Pavarotti never won the Kennedy Center Honors.
Marilyn Horne did not receive the Kennedy Center Honors.
# a voice with a prize, a bare voice
Mirella Freni was a soprano who won the Kennedy Center Honors.
Maria Callas, a soprano, won the Kennedy Center Honors.
Luciano Pavarotti, a baritone, won the Kennedy Center Honors.
Mirella Freni is tenor.
# a night club's manager "managed" it: read "coached" (no sport on this graph)
Ray McFall coached the Cavern Club.
The Cavern Club was coached by Ray McFall.
Harold Pendleton coached the Marquee Club.
The Marquee Club is coached by Harold Pendleton.
Ray McFall coached the Marquee Club.

@football
# "managed" read "coached" (new): the wrong club (one played for), the wrong man
Johan Neeskens coached Ajax.
Johan Cruyff coached Feyenoord.
Johan Cruyff coached Bayern Munich.
Gerd Muller coached Bayern Munich.
Marco van Basten coached AC Milan.
Frank Rijkaard coached Ajax.
Ruud Gullit coached AC Milan.
Franz Beckenbauer coached the New York Cosmos.
Ajax were coached by Johan Neeskens.
Barcelona was coached by Johan Neeskens.
Chelsea was coached by Marco van Basten.
Johan Cruyff coached Ajax, Barcelona and Feyenoord.
Barcelona was coached by Frank Rijkaard and Johan Neeskens.
Ajax and AC Milan were coached by Marco van Basten.
Johan Neeskens played for and coached Ajax.
Frank Rijkaard coached Barcelona and won the Ballon d'Or.
# the present of the past "managed"
Johan Cruyff coaches Barcelona.
Barcelona is coached by Frank Rijkaard.
Chelsea are coached by Ruud Gullit.
Ruud Gullit is coaching Chelsea.
Johan Cruyff was born in Amsterdam and coaches Barcelona.
# negation, direction
Johan Cruyff never coached Ajax.
Franz Beckenbauer did not coach Bayern Munich.
Ajax coached Johan Cruyff.
Johan Cruyff was coached by Barcelona.
# the coach relation on the same words
Johan Cruyff coached Johan Neeskens.
Marco van Basten coached Johan Cruyff.
Zlatko Cajkovski coached Johan Cruyff.
Stefan Kovacs coached Franz Beckenbauer.
Johan Cruyff was coached by Arrigo Sacchi.
Rinus Michels was coached by Johan Cruyff.
Rinus Michels coached Johan Cruyff. He coached Feyenoord.
# a prize received: the wrong winner (the nominees), the wrong prize
Johan Neeskens won the Ballon d'Or.
Frank Rijkaard won the Ballon d'Or.
Sepp Maier won the Ballon d'Or.
The Ballon d'Or went to Johan Neeskens.
The Ballon d'Or went to Frank Rijkaard.
Johan Neeskens is a Ballon d'Or winner.
Sepp Maier was a Ballon d'Or winner.
Frank Rijkaard was a recipient of the Ballon d'Or.
Johan Cruyff won the European Golden Shoe.
Marco van Basten won the European Golden Shoe.
The European Golden Shoe went to Johan Cruyff.
Gerd Muller won the FIFA Order of Merit.
Johan Cruyff and Johan Neeskens were Ballon d'Or winners.
The Ballon d'Or went to Johan Cruyff, Gerd Muller and Sepp Maier.
Franz Beckenbauer won the Ballon d'Or and the European Golden Shoe.
Ruud Gullit, a Ballon d'Or winner, coached AC Milan.
Frank Rijkaard, a winner of the Ballon d'Or, coached Barcelona.
Chelsea was coached by Frank Rijkaard, a winner of the Ballon d'Or.
# the present of a past "received"
# the tournaments (a "won" of their own, no prize)
Johan Cruyff won the 1974 World Cup.
The 1974 World Cup went to Johan Cruyff.
Johan Cruyff was a winner of the 1974 World Cup.
Johan Cruyff was a winner of Euro 1988.
# a museum "received" a trophy: no winning
The National Football Museum won the Jules Rimet Trophy.
The National Football Museum was a winner of the Jules Rimet Trophy.
The National Football Museum is a Jules Rimet Trophy winner.
The Ajax Museum won the Intercontinental Cup.
The Ajax Museum was a recipient of the Jules Rimet Trophy.
# the position type (new class reading)
Gerd Muller was a midfielder.
Gerd Muller was a goalkeeper.
Sepp Maier was a sweeper.
Franz Beckenbauer was a goalkeeper born in Munich.
Sepp Maier was a goalkeeper born in Munich.
Zlatko Cajkovski was a goalkeeper.
Johan Cruyff and Johan Neeskens were centre-forwards.
Johan Cruyff was a centre-forward. He coached Bayern Munich.

@racing
# the coat type (new class reading)
Frankel was a chestnut.
Secretariat was a bay.
Frankel and Secretariat were bays.
Nijinsky was a bay born in Ireland.
Frankel was a bay born in Ireland.
Secretariat was a chestnut sired by Northern Dancer.
Lester Piggott was a bay.
Henry Cecil was a chestnut.
# "he" after a trainer or jockey and a born horse
Vincent O'Brien trained Nijinsky. He was born in Canada.
Lester Piggott rode Nijinsky. He was born in Canada.
Ron Turcotte rode Secretariat. He was born in the United States.
Lucien Laurin trained Secretariat. He won the Belmont Stakes.
Frankel was trained by Henry Cecil. He received the Eclipse Award.
Frankel was sired by Galileo. He won the Epsom Derby.
Charles Engelhard owned Nijinsky. He won the Epsom Derby.
Tom Queally rode Frankel. He received the Cartier Racing Award.
# a prize received: the wrong winner, a race for an award, the wrong kind of winner
Frankel won the Eclipse Award.
Secretariat won the Cartier Racing Award.
The Cartier Racing Award went to Nijinsky.
The Eclipse Award went to Frankel.
Lester Piggott won the Cartier Racing Award.
Henry Cecil won the Champion Jockey title.
Tom Queally won the Champion Jockey title.
The Champion Jockey title went to Henry Cecil.
Frankel was a winner of the Eclipse Award.
Nijinsky is a recipient of the Cartier Racing Award.
Frankel is an Eclipse Award winner.
Frankel received the Epsom Derby.
Frankel and Secretariat received the Cartier Racing Award.
Nijinsky was ridden by Lester Piggott, who won the Cartier Racing Award.
# the present of a past "received"
# "studied riding with" whose range is no person type: wrong teacher, direction, horse
Lester Piggott studied riding with Walter Swinburn.
Walter Swinburn studied riding with Henry Cecil.
Henry Cecil taught riding to Walter Swinburn.
Henry Cecil taught riding to Frankel.
Tom Queally studied riding with Lester Piggott.
Lester Piggott taught Tom Queally.
# owners and jockeys
Khalid Abdullah trained Frankel.
Penny Chenery rode Secretariat.

@botany
# the fruit type read as what the plant is (new class reading: a tree is no samara)
Acer griseum is a samara.
Davidia involucrata is a drupe.
Quercus robur is a nut.
Lilium regale is a capsule.
Magnolia campbellii is a follicle.
Meconopsis betonicifolia was a capsule.
Primula forrestii is a capsule named after George Forrest.
Acer griseum is a samara described by Ferdinand Pax.
Lilium regale is a capsule introduced by Ernest Wilson.
Davidia involucrata, a drupe, was introduced by Ernest Wilson.
The samara Acer griseum was introduced by Ernest Wilson.
Acer griseum, which is a samara, was introduced by Ernest Wilson.
Ernest Wilson introduced Acer griseum, a samara.
Ernest Wilson introduced the samara Acer griseum.
Acer griseum is a samara, and Davidia involucrata is named after Armand David.
Acer griseum (1901) is a samara.
Davidia involucrata is a drupe named after Armand David.
Acer griseum is a samara that won the Award of Garden Merit.
Ernest Wilson introduced Acer griseum. It is a samara.
# the same with one more false statement
Acer griseum is a samara named after Ernest Wilson.
Davidia involucrata, a drupe, was introduced by George Forrest.
# the wrong fruit, a person
Acer griseum is a drupe.
Davidia involucrata is a samara.
Magnolia campbellii is a capsule.
Quercus robur is a follicle.
Acer griseum has a drupe fruit.
Ernest Wilson is a samara.
# "received" an honorary degree: no prize, never "won"
Ernest Wilson won an honorary degree from Harvard.
Isaac Bayley Balfour won an honorary doctorate from Aberdeen.
Ernest Wilson was a winner of an honorary degree from Harvard.
# medals: the wrong winner (the namesake, the sponsor, the describer)
George Forrest won the Linnean Medal.
Joseph Dalton Hooker won the Victoria Medal of Honour.
The Veitch Memorial Medal went to Ernest Wilson.
Frank Kingdon-Ward was a recipient of the Linnean Medal.
Armand David won the Victoria Medal of Honour.
James Veitch won the Veitch Memorial Medal.
Ernest Wilson, George Forrest and Armand David won the Victoria Medal of Honour.
# "was awarded" the Award of Garden Merit: the wrong plant, the introducer
Magnolia campbellii won the Award of Garden Merit.
Primula forrestii was a winner of the Award of Garden Merit.
The Award of Garden Merit went to Meconopsis betonicifolia.
Ernest Wilson won the Award of Garden Merit.
Davidia involucrata and Magnolia campbellii won the Award of Garden Merit.
# the present of a past "was awarded"
Acer griseum is awarded the Award of Garden Merit.
# "studied drawing with": the wrong teacher, direction, skill, tense, a plant
Lilian Snelling studied drawing with Walter Hood Fitch.
Walter Hood Fitch taught Lilian Snelling.
Matilda Smith was a pupil of Isaac Bayley Balfour.
Walter Hood Fitch studied with Matilda Smith.
Matilda Smith taught Walter Hood Fitch.
Matilda Smith studied painting with Walter Hood Fitch.
Walter Hood Fitch taught painting to Matilda Smith.
Walter Hood Fitch taught botany to Matilda Smith.
Walter Hood Fitch teaches drawing to Matilda Smith.
Isaac Bayley Balfour taught Walter Hood Fitch.
Isaac Bayley Balfour taught Matilda Smith.
Walter Hood Fitch taught Magnolia campbellii.
Walter Hood Fitch and Isaac Bayley Balfour taught Lilian Snelling.
Isaac Bayley Balfour taught the University of Edinburgh.

@aviation
# the engine type read as what the aircraft is (new class reading: an aircraft is no engine)
The Supermarine Spitfire was a Rolls-Royce Merlin.
The Boeing 747 is a JT9D.
Concorde was a Rolls-Royce Olympus.
The Lockheed C-130 Hercules is an Allison T56.
The de Havilland Comet was a de Havilland Ghost.
The Vickers Viscount was a Rolls-Royce Dart.
The Douglas DC-3 was a Wright Cyclone.
The Lockheed SR-71 was a J58.
The Boeing 747 is a turbofan engine.
Concorde was a turbojet engine.
The Supermarine Spitfire was a piston engine.
Concorde was a turbojet engine built at the Filton works.
Concorde, a Rolls-Royce Olympus, was built at the Filton works.
The Supermarine Spitfire was a Rolls-Royce Merlin built at Castle Bromwich Aircraft Factory.
Boeing manufactured the Boeing 747, a JT9D.
Joe Sutter designed the Boeing 747, a JT9D.
The Boeing 747 is a JT9D designed by Joe Sutter.
The Boeing 747 was built at the Everett factory. It is a JT9D.
Concorde is a Rolls-Royce Olympus that received the CAA type certificate.
The Lockheed SR-71 was a J58 designed by Kelly Johnson.
# the wrong engine, the wrong role
The Supermarine Spitfire was a Rolls-Royce Dart.
The Boeing 747 is a turbojet engine.
The Vickers Viscount has a Rolls-Royce Merlin engine.
The Boeing 747 is a fighter.
The Lockheed SR-71 is an airliner.
The Supermarine Spitfire was a military transport.
The Supermarine Spitfire was a fighter built at the Filton works.
# a type certificate "received" is no prize won
The Boeing 747 won the FAA type certificate.
Concorde won the CAA type certificate.
The de Havilland Comet was a winner of the CAA type certificate.
The Boeing 747 has won the FAA type certificate.
The Boeing 747 is an airliner that won the FAA type certificate.
The Lockheed SR-71 won the FAA type certificate.
# the Collier Trophy: the wrong winner, the present
The Boeing 747 won the Collier Trophy.
The Collier Trophy went to Concorde.
The Douglas DC-3 and Concorde won the Collier Trophy.
# a noun restating the cue ("within the country of"): a town or a county named a country
The Filton works is within the country of Filton.
The Everett factory is within the country of Everett.
Filton is within the country of Gloucestershire.
Weybridge is within the country of Surrey.
The Hatfield Aerodrome works is located within the country of Hertfordshire.
The Everett factory is within the country of the United Kingdom.
The Filton works is within the town of the United Kingdom.
The Everett factory is within the town of Boeing.
The Everett factory is in the country of Everett.
The Filton works is located in the country of Filton.
The Filton works is within the country of the United Kingdom and the town of Hatfield.
# the noun names the relation, not the object (accepted before the session too: KNOWN)
Filton is within the county of the United Kingdom.
Everett is within the county of the United States.
The Filton works is owned by the owner of Airbus.
The Boeing 747 was manufactured by the manufacturer of Boeing.
The Boeing 747 was designed by the designer of Joe Sutter.

@art
# "studied painting with": the wrong teacher (the workshop master), direction, skill, tense
Leonardo da Vinci studied painting with Pietro Perugino.
Raphael studied under Domenico Ghirlandaio.
Domenico Ghirlandaio taught Raphael.
Michelangelo was taught by Pietro Perugino.
Andrea del Verrocchio taught Michelangelo.
Thomas Couture taught Henri Matisse.
Gustave Moreau taught Edouard Manet.
Henri Matisse took lessons from Thomas Couture.
Andrea del Verrocchio studied painting with Leonardo da Vinci.
Leonardo da Vinci taught Andrea del Verrocchio.
Pietro Perugino was a pupil of Raphael.
Raphael taught painting to Pietro Perugino.
Andrea del Verrocchio taught sculpture to Leonardo da Vinci.
Leonardo da Vinci studied sculpting with Andrea del Verrocchio.
Domenico Ghirlandaio taught sculpting to Michelangelo.
Andrea del Verrocchio teaches Leonardo da Vinci.
Leonardo da Vinci is a pupil of Andrea del Verrocchio.
Gustave Moreau teaches painting to Henri Matisse.
Leonardo da Vinci never studied with Andrea del Verrocchio.
Gustave Moreau did not teach Henri Matisse.
Andrea del Verrocchio taught Leonardo da Vinci and Raphael.
Leonardo da Vinci, Raphael and Michelangelo were pupils of Andrea del Verrocchio.
Filippo Lippi and Andrea del Verrocchio taught Sandro Botticelli.
Raphael studied under Pietro Perugino, and he painted the Mona Lisa.
Thomas Couture taught Edouard Manet, who painted Three Bathers.
Gustave Moreau taught Henri Matisse, who painted Three Bathers.
Pietro Perugino taught Raphael. He painted the Birth of Venus.
# "the painter / sculptor behind": the owner, the restorer, the patron, another's work
Henri Matisse was the painter behind Three Bathers.
Edgar Degas was the painter behind The Execution of Maximilian.
Pablo Picasso was the painter behind Portrait of a Woman.
Giovanni Montorsoli was the sculptor behind the Laocoon Group.
Jacopo Galli was the sculptor behind Bacchus.
Benvenuto Cellini was the sculptor behind David.
Michelangelo was the sculptor behind Perseus with the Head of Medusa.
Michelangelo is the sculptor behind David and Perseus with the Head of Medusa.
Michelangelo was the sculptor behind the Doni Tondo.
Michelangelo was the painter behind David.
Pope Julius II was the painter behind the School of Athens.
Raphael was the sculptor behind the School of Athens.
# an apposition after the object: true of the subject, false of the object
Olympia was inspired by the Venus of Urbino, a painting by Edouard Manet.
Bathers by a River was inspired by Three Bathers, a painting by Henri Matisse.
Perseus with the Head of Medusa was inspired by David, a creation of Benvenuto Cellini.
Perseus with the Head of Medusa was inspired by David, the creation of Benvenuto Cellini.
Perseus with the Head of Medusa was inspired by David, a creation by Benvenuto Cellini.
Perseus with the Head of Medusa was inspired by David, a sculpture by Benvenuto Cellini.
David inspired Perseus with the Head of Medusa, a creation of Michelangelo.
Cosimo I de' Medici commissioned Perseus with the Head of Medusa, a creation of Michelangelo.
Olympia was inspired by the Venus of Urbino, painted by Edouard Manet.
Olympia was inspired by the Venus of Urbino, a work by Edouard Manet.
Olympia was inspired by the Venus of Urbino (1538), a painting by Edouard Manet.
Bathers by a River was inspired by Three Bathers, a painting by Paul Cezanne and Henri Matisse.
Leonardo da Vinci was a rival of Michelangelo, a pupil of Andrea del Verrocchio.
Henri Matisse was a rival of Pablo Picasso, a pupil of Gustave Moreau.
# the medium type
Olympia is a tempera.
Olympia is tempera.
The Mona Lisa is oil on canvas.
The School of Athens is an oil on canvas.
The Mona Lisa is a fresco.
Leonardo da Vinci is a fresco.
"""

CONTROLS = r"""
@opera
Maria Callas was a soprano.
Luciano Pavarotti was a tenor born in Modena.
Mirella Freni, a soprano born in Modena, studied singing with Ettore Campogalliani.
Maria Callas and Renata Tebaldi were sopranos.
Tito Gobbi was a baritone.
Fiorenza Cossotto was a mezzo-soprano who studied singing with Mercedes Llopart.
Maria Callas studied under Elvira de Hidalgo.
Elvira de Hidalgo taught Maria Callas.
Maria Callas was a pupil of Elvira de Hidalgo.
Ettore Campogalliani taught Luciano Pavarotti and Mirella Freni.
Renata Scotto and Fiorenza Cossotto were pupils of Mercedes Llopart.
Mercedes Llopart taught singing to Renata Scotto.
Luciano Pavarotti won the Kennedy Center Honors.
The Kennedy Center Honors went to Luciano Pavarotti and Marilyn Horne.
Luciano Pavarotti is a Kennedy Center Honors winner.
Marilyn Horne was a recipient of the Kennedy Center Honors.
Renata Tebaldi was a rival of Maria Callas, a pupil of Elvira de Hidalgo.
Renata Tebaldi was a rival of Maria Callas, a soprano born in New York.
Luciano Pavarotti, a tenor, won the Kennedy Center Honors.
Maria Callas is soprano.
@football
Johan Cruyff coached Ajax and Barcelona.
Barcelona was coached by Johan Cruyff and Frank Rijkaard.
Franz Beckenbauer played for and coached Bayern Munich.
Rinus Michels coached Johan Cruyff and Johan Neeskens.
Johan Cruyff won the Ballon d'Or.
The Ballon d'Or went to Marco van Basten.
Gerd Muller is a European Golden Shoe winner.
Johan Cruyff and Gerd Muller were Ballon d'Or winners.
Ruud Gullit, a winner of the Ballon d'Or, coached Chelsea.
Sepp Maier was a goalkeeper.
Franz Beckenbauer was a sweeper born in Munich.
Franz Beckenbauer won the 1974 World Cup.
@racing
Frankel was a bay.
Secretariat received the Eclipse Award. He was sired by Bold Ruler.
Frankel won the Cartier Racing Award.
The Cartier Racing Award went to Frankel and Brigadier Gerard.
Lester Piggott won the Champion Jockey title.
Secretariat was a recipient of the Eclipse Award.
Henry Cecil trained Frankel, and he won the Cartier Racing Award.
Walter Swinburn studied riding with Lester Piggott.
Frankel won the 2000 Guineas. He was trained by Henry Cecil.
@botany
Acer griseum has a samara fruit.
Ernest Wilson is a recipient of an honorary degree from Harvard.
Davidia involucrata won the Award of Garden Merit.
The Award of Garden Merit went to Acer griseum and Lilium regale.
Ernest Wilson won the Victoria Medal of Honour.
Frank Kingdon-Ward was a recipient of the Veitch Memorial Medal.
Matilda Smith studied with Walter Hood Fitch.
Walter Hood Fitch taught Matilda Smith.
Isaac Bayley Balfour taught drawing to Lilian Snelling.
Lilian Snelling was a pupil of Isaac Bayley Balfour.
Davidia involucrata belongs to the family Nyssaceae.
@aviation
The Boeing 747 is an airliner.
The Boeing 747 has a turbofan engine.
The Douglas DC-3 won the Collier Trophy.
The Collier Trophy went to the Douglas DC-3 and the Lockheed SR-71.
The Everett factory is within the country of the United States.
The Filton works is located within Filton.
Filton is within the county of Gloucestershire.
The Lockheed SR-71 was a reconnaissance aircraft built at the Burbank plant.
@art
Leonardo da Vinci studied under Andrea del Verrocchio.
Domenico Ghirlandaio taught Michelangelo.
Michelangelo was taught painting by Domenico Ghirlandaio.
Gustave Moreau taught Henri Matisse, who owned Three Bathers.
Paul Cezanne was the painter behind Three Bathers.
Michelangelo was the sculptor behind David.
Michelangelo is the sculptor behind David and the Pieta.
Olympia was inspired by the Venus of Urbino, a painting by Titian.
Perseus with the Head of Medusa was inspired by David, a creation of Michelangelo.
Bathers by a River was inspired by Three Bathers, a painting by Paul Cezanne.
Olympia is oil on canvas.
The School of Athens is a fresco.
"""

KNOWN = frozenset({
    # accepted by the session's starting code too (CHANGES.diff reversed): a noun between the cue
    # and the object that names the relation is read as naming the object ("the county of X" is
    # X, though the United Kingdom is no county; "the owner of X" is X)
    "Filton is within the county of the United Kingdom.",
    "Everett is within the county of the United States.",
    "The Filton works is owned by the owner of Airbus.",
    "The Boeing 747 was manufactured by the manufacturer of Boeing.",
    "The Boeing 747 was designed by the designer of Joe Sutter.",
    # the present of the graph's own past phrase ("taught singing to", "was awarded"): read
    # before the session too
    "Elvira de Hidalgo teaches singing to Maria Callas.",
    "Walter Hood Fitch teaches drawing to Matilda Smith.",
    "Gustave Moreau teaches painting to Henri Matisse.",
    "Acer griseum is awarded the Award of Garden Merit.",
    # an attribute's name before an item's ("the samara Acer griseum") read as the item's
    # relation to it, a fruit type too (before the session as well)
    "The samara Acer griseum was introduced by Ernest Wilson.",
    "Ernest Wilson introduced the samara Acer griseum.",
})

OPEN = frozenset({
    # Bonynge was her husband and conductor, and in the world he coached her voice: "taught" (arguable)
    "Richard Bonynge taught Joan Sutherland.",
    # Perugino and Botticelli "worked in the workshop of" Verrocchio: an apprentice is a pupil (arguable)
    "Pietro Perugino studied under Andrea del Verrocchio.",
    "Sandro Botticelli was a pupil of Andrea del Verrocchio.",
    # an order "received" as an honour: "won" it? (arguable: honours are conferred, not won)
    "Joan Sutherland won the Order of Merit.",
    # a nomination "received" is "picked up" in the press (arguable); "won a nomination" is
    # loose usage (arguable; "was a winner of the nomination" is kept as false)
    "Maria Callas picked up the Grammy nomination for Best Opera Recording.",
    "Mirella Freni won the Grammy nomination for Best Opera Recording.",
    # a trophy a museum received "went to" the museum: true English of a gift (arguable)
    "The Jules Rimet Trophy went to the National Football Museum.",
    # "a turboprop" is said of a turboprop aircraft (colloquial, arguable)
    "The Lockheed C-130 Hercules is a turboprop engine.",
    # "a tempera" for a tempera painting (arguable)
    "The Birth of Venus is a tempera.",
    # the historical present of a prize won ("wins" of the own "won" and "receives" of the own
    # "received" are read before the session too, and lexicon.WINNING lists "takes", "receives",
    # "collects", "is awarded" on purpose): present forms of a past "received" / "was awarded",
    # new with the session's "received" reading (arguable: a headline's present, or a wrong tense)
    "Franz Beckenbauer wins the 1974 World Cup.",
    "Luciano Pavarotti receives the Kennedy Center Honors.",
    "Luciano Pavarotti takes the Kennedy Center Honors.",
    "The Grammy Lifetime Achievement Award goes to Luciano Pavarotti.",
    "Marilyn Horne picks up the Kennedy Center Honors.",
    "Johan Cruyff takes the Ballon d'Or.",
    "The Ballon d'Or goes to Marco van Basten.",
    "Gerd Muller collects the European Golden Shoe.",
    "Franz Beckenbauer is awarded the Ballon d'Or.",
    "Frankel takes the Cartier Racing Award.",
    "The Eclipse Award goes to Secretariat.",
    "Acer griseum takes the Award of Garden Merit.",
    "The Award of Garden Merit goes to Lilium regale.",
    "The Lockheed SR-71 takes the Collier Trophy.",
    "The Collier Trophy goes to the Douglas DC-3.",
    # a degree or a certificate conferred "went to" its holder: true English of a grant (arguable)
    "An honorary degree from Harvard went to Ernest Wilson.",
    "The FAA type certificate went to the Boeing 747.",
})

OPEN_TEXTS = r"""
@opera
Richard Bonynge taught Joan Sutherland.
Joan Sutherland won the Order of Merit.
Maria Callas picked up the Grammy nomination for Best Opera Recording.
Mirella Freni won the Grammy nomination for Best Opera Recording.
Luciano Pavarotti receives the Kennedy Center Honors.
@art
Pietro Perugino studied under Andrea del Verrocchio.
Sandro Botticelli was a pupil of Andrea del Verrocchio.
The Birth of Venus is a tempera.
@football
The Jules Rimet Trophy went to the National Football Museum.
Franz Beckenbauer wins the 1974 World Cup.
@aviation
The Lockheed C-130 Hercules is a turboprop engine.
@opera
Luciano Pavarotti takes the Kennedy Center Honors.
The Grammy Lifetime Achievement Award goes to Luciano Pavarotti.
Marilyn Horne picks up the Kennedy Center Honors.
@football
Johan Cruyff takes the Ballon d'Or.
The Ballon d'Or goes to Marco van Basten.
Gerd Muller collects the European Golden Shoe.
Franz Beckenbauer is awarded the Ballon d'Or.
@racing
Frankel takes the Cartier Racing Award.
The Eclipse Award goes to Secretariat.
@botany
Acer griseum takes the Award of Garden Merit.
The Award of Garden Merit goes to Lilium regale.
An honorary degree from Harvard went to Ernest Wilson.
@aviation
The Lockheed SR-71 takes the Collier Trophy.
The Collier Trophy goes to the Douglas DC-3.
The FAA type certificate went to the Boeing 747.
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
    assert KNOWN <= {t for _, _, t in _parse(TEXTS)}, "KNOWN not in TEXTS"
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
