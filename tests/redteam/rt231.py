"""Red team round 231: the session's change to the checker (CHANGES.diff) on five small graphs of
my own: declared phrases with their own "also" ("also worked as a", "also served as"), phrases
of a verb, a preposition and a possessive said around their object ("counted X among its
members", "has X on its shore", "had X on its faculty"), "the winner of" / "a winner of" /
"Y's winner" of a relation phrased "won" (or inverse "won"), "the man / woman behind" read as
"the mind behind" by the given name before, and a name's own type noun after it with "the"
before ("the Harwick and Boyd yard").

Graphs are built in code (``KnowledgeGraph.from_triples`` with declared entities and relations);
each text is checked with ``ConsistencyChecker(kg, outside_evidence=True, rating_threshold=4.0)``
and no evidence, so any true statement of the graph is allowed. Graphs: "music" (composers dated
by birth who "recorded for" labels, "also worked as a" second occupation, "also served as" an
office, "were members of" orchestras that "counted among its members" them), "sport" (cyclists
and horses who "won" races, a race won by two cyclists, a cyclist who "won a medal at" games, a
medal item "won at" games, a trophy that "was won by" a club; a club that "counted among its
members" cyclists), "inventions" (devices dated by year "invented by" engineers of male, female
and neutral given names, a "person", a novelist with a pen name, two engineers of one label;
"manufactured by" companies, a company "founded by" an engineer), "lakes" (lakes that "have on
their shore" towns, universities that "had on its faculty" botanists, a society that "counted
among its members" botanists, plants dated by description "described by" botanists), "yards"
(ships dated by launch "built by" shipbuilders, a shipyard and a boatbuilder, "operated by" a
shipping line; films dated by release "shot at" film studios), "builders" (the same with one
builder type only, "shipbuilder", so that "yard" and "shipyard" name it).

Findings: 0 of 382 false texts accepted. Controls: 61 of 68 accepted. OPEN: 11 (5 accepted:
the present of a past split phrase, "has X on its faculty", "counts X among its members", which
the unsplit present form accepts already; "had X on its shore"; a name two engineers share;
"the man behind" a company its founder made; "among its fellows" of a "was a fellow of").
Controls rejected (7): "born in 1881" of an item dated by birth; "the X yard(s)" where three
builder types (shipbuilder, shipyard, boatbuilder) all have "yard" as a synonym, so no one type
gets the noun (with one builder type, graph "builders", all are read).
Closed in the same session: nothing to close (0 of 382 accepted). The five OPEN texts accepted
are tenses the contiguous phrases already allowed ("has on its faculty X" of a past "had on its
faculty"). Then: accepted 0 of 382.
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
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    return [(h, rel, t) for h, t in pairs]


def music():
    """Composers (items dated by birth) "recorded for" record labels, "also worked as a" second
    occupation, "also served as" an office, "were members of" orchestras ("counted among its
    members"), "were born in" cities; a conductor "worked as a" (no "also") conductor."""
    rels = [
        R("recorded", phrase="recorded for", inverse_phrase="released records by", domain=("composer",), range=("record label",)),
        R("second", phrase="also worked as a", inverse_phrase="was the second occupation of", domain=("composer",),
          range=("occupation",)),
        R("office", phrase="also served as", inverse_phrase="was held by", domain=("composer",), range=("office",)),
        R("member", phrase="was a member of", inverse_phrase="counted among its members", domain=("composer",),
          range=("orchestra",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("composer",), range=("city",)),
        R("composed", phrase="was composed by", inverse_phrase="composed", domain=("opera",), range=("composer",)),
    ]
    items = {"c:weber": ("composer", "Anton Weber", 1881), "c:hess": ("composer", "Clara Hess", 1890),
             "c:larsen": ("composer", "Kim Larsen", 1902), "c:brandt": ("composer", "Rudolf Brandt", 1875),
             "o:hexe": ("opera", "Die Lindenhexe", 1921), "o:faehre": ("opera", "Die Fähre", 1930)}
    others = {"l:harwell": ("record label", "Harwell Records"), "l:marlow": ("record label", "Marlow Records"),
              "j:critic": ("occupation", "music critic"), "j:translator": ("occupation", "translator"),
              "j:teacher": ("occupation", "teacher"),
              "f:mayor": ("office", "mayor of Linz"), "f:councillor": ("office", "city councillor"),
              "r:linz": ("orchestra", "the Linz Philharmonic"), "r:graz": ("orchestra", "the Graz Chamber Orchestra"),
              "y:linz": ("city", "Linz"), "y:graz": ("city", "Graz"), "y:salzburg": ("city", "Salzburg")}
    T = _t("recorded", [("c:weber", "l:harwell"), ("c:hess", "l:harwell"), ("c:larsen", "l:marlow")])
    T += _t("second", [("c:weber", "j:critic"), ("c:hess", "j:translator"), ("c:brandt", "j:critic"), ("c:brandt", "j:teacher")])
    T += _t("office", [("c:weber", "f:mayor"), ("c:larsen", "f:councillor")])
    T += _t("member", [("c:weber", "r:linz"), ("c:hess", "r:linz"), ("c:larsen", "r:graz"), ("c:brandt", "r:graz")])
    T += _t("born", [("c:weber", "y:linz"), ("c:hess", "y:graz"), ("c:larsen", "y:salzburg"), ("c:brandt", "y:linz")])
    T += _t("composed", [("o:hexe", "c:weber"), ("o:faehre", "c:hess")])
    return _build(items, others, rels, T)


def sport():
    """Cyclists (items dated by birth) and horses "won" races (the Tour of Lorraine won by two
    cyclists); a cyclist "won a medal at" games; medals (items dated by year) "were won at" games;
    a trophy "was won by" a club; clubs "counted among its members" cyclists; cyclists "rode for"
    teams."""
    rels = [
        R("won", phrase="won", inverse_phrase="was won by", domain=("cyclist", "horse"), range=("race",)),
        R("medal_at", phrase="won a medal at", inverse_phrase="awarded a medal to", domain=("cyclist",), range=("games",)),
        R("won_at", phrase="was won at", inverse_phrase="saw the winning of", domain=("medal",), range=("games",)),
        R("trophy", phrase="was won by", inverse_phrase="won", domain=("trophy",), range=("club",)),
        R("club", phrase="counted among its members", inverse_phrase="was a member of", domain=("club",), range=("cyclist",)),
        R("rode", phrase="rode for", inverse_phrase="had as rider", domain=("cyclist",), range=("team",)),
        R("trained", phrase="was trained by", inverse_phrase="trained", domain=("horse",), range=("trainer",)),
    ]
    items = {"p:dufour": ("cyclist", "Henri Dufour", 1928), "p:maas": ("cyclist", "Pieter Maas", 1931),
             "p:roux": ("cyclist", "Ingrid Roux", 1935), "p:morel": ("cyclist", "Jean Morel", 1930),
             "h:comet": ("horse", "Silver Comet", 1950), "h:bramble": ("horse", "Bramble Lad", 1952),
             "m:gold": ("medal", "the Helsinki gold medal", 1952)}
    others = {"r:lorraine": ("race", "the Tour of Lorraine"), "r:ardennes": ("race", "the Ardennes Classic"),
              "r:meuse": ("race", "the Meuse Cup"), "r:sambre": ("race", "the Sambre Stakes"),
              "g:helsinki": ("games", "the Helsinki Games"), "g:melbourne": ("games", "the Melbourne Games"),
              "t:harlow": ("trophy", "the Harlow Trophy"), "t:vesle": ("trophy", "the Vesle Shield"),
              "k:metz": ("club", "the Metz Velo Club"), "k:liege": ("club", "the Liege Wheelers"),
              "e:rapide": ("team", "Rapide Sud"), "e:peloton": ("team", "Team Ostwind"),
              "x:croft": ("trainer", "Tom Croft")}
    T = _t("won", [("p:dufour", "r:lorraine"), ("p:maas", "r:lorraine"), ("p:maas", "r:ardennes"), ("h:comet", "r:meuse"),
                   ("p:roux", "r:ardennes")])
    T += _t("medal_at", [("p:morel", "g:helsinki")])
    T += _t("won_at", [("m:gold", "g:helsinki")])
    T += _t("trophy", [("t:harlow", "k:metz"), ("t:vesle", "k:liege")])
    T += _t("club", [("k:metz", "p:dufour"), ("k:metz", "p:morel"), ("k:liege", "p:maas")])
    T += _t("rode", [("p:dufour", "e:rapide"), ("p:maas", "e:peloton"), ("p:roux", "e:rapide")])
    T += _t("trained", [("h:comet", "x:croft"), ("h:bramble", "x:croft")])
    return _build(items, others, rels, T)


def inventions():
    """Devices (items dated by year) "were invented by" engineers (male, female and neutral given
    names; two engineers called Victor Hale), a "person" and a novelist (pen names); "were
    manufactured by" companies; companies "were founded by" engineers; a novel "was written by" the
    novelist."""
    rels = [
        R("invented", phrase="was invented by", inverse_phrase="invented", domain=("device",),
          range=("engineer", "person", "novelist")),
        R("made", phrase="was manufactured by", inverse_phrase="manufactured", domain=("device",), range=("company",)),
        R("founded", phrase="was founded by", inverse_phrase="founded", domain=("company",), range=("engineer",)),
        R("written", phrase="was written by", inverse_phrase="wrote", domain=("novel",), range=("novelist",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("engineer", "person", "novelist"),
          range=("city",)),
    ]
    items = {"d:pump": ("device", "the Kessler pump", 1898), "d:loom": ("device", "the Voss loom", 1904),
             "d:valve": ("device", "the Morel valve", 1911), "d:lamp": ("device", "the Lind lamp", 1907),
             "d:press": ("device", "the Ashby press", 1889), "d:gauge": ("device", "the Hale gauge", 1920),
             "d:kettle": ("device", "the Hale kettle", 1925),
             "n:ashes": ("novel", "Grey Ashes", 1890)}
    others = {"e:kessler": ("engineer", "Rudolf Kessler"), "e:voss": ("engineer", "Clara Voss"),
              "e:morel": ("engineer", "Jean Morel"), "e:hale1": ("engineer", "Victor Hale"), "e:hale2": ("engineer", "Victor Hale"),
              "q:lind": ("person", "Hugo Lind"), "w:ashby": ("novelist", "George Ashby"),
              "k:werke": ("company", "Kessler Werke"), "k:nordlicht": ("company", "Nordlicht AG"),
              "y:kiel": ("city", "Kiel"), "y:bremen": ("city", "Bremen")}
    T = _t("invented", [("d:pump", "e:kessler"), ("d:loom", "e:voss"), ("d:valve", "e:morel"), ("d:lamp", "q:lind"),
                        ("d:press", "w:ashby"), ("d:gauge", "e:hale1"), ("d:kettle", "e:hale2")])
    T += _t("made", [("d:pump", "k:werke"), ("d:loom", "k:nordlicht"), ("d:lamp", "k:nordlicht")])
    T += _t("founded", [("k:werke", "e:kessler")])
    T += _t("written", [("n:ashes", "w:ashby")])
    T += _t("born", [("e:kessler", "y:kiel"), ("e:voss", "y:bremen"), ("w:ashby", "y:kiel")])
    return _build(items, others, rels, T)


def lakes():
    """Lakes "have on its shore" towns; universities "had on its faculty" botanists; a society
    "counted among its members" botanists; plants (items dated by description) "were described by"
    botanists; botanists "studied at" universities; towns "are located in" regions."""
    rels = [
        R("shore", phrase="has on its shore", inverse_phrase="lies on the shore of", domain=("lake",), range=("town",)),
        R("faculty", phrase="had on its faculty", inverse_phrase="taught at", domain=("university",), range=("botanist",)),
        R("studied", phrase="studied at", inverse_phrase="was attended by", domain=("botanist",), range=("university",)),
        R("society", phrase="counted among its members", inverse_phrase="was a fellow of", domain=("society",),
          range=("botanist",)),
        R("described", phrase="was described by", inverse_phrase="described", domain=("plant",), range=("botanist",)),
        R("located", phrase="is located in", inverse_phrase="contains", domain=("town", "lake"), range=("region",)),
    ]
    items = {"p:saxifraga": ("plant", "Saxifraga holmii", 1851), "p:gentiana": ("plant", "Gentiana solbergiae", 1863),
             "p:draba": ("plant", "Draba nivalis", 1870)}
    others = {"b:holm": ("botanist", "Anders Holm"), "b:solberg": ("botanist", "Ingrid Solberg"),
              "b:vik": ("botanist", "Kim Vik"),
              "u:uppsala": ("university", "Uppsala University"), "u:lund": ("university", "Lund University"),
              "s:linnean": ("society", "the Linnean Circle"), "s:flora": ("society", "the Flora Society"),
              "l:mjosa": ("lake", "Lake Mjosa"), "l:vanern": ("lake", "Lake Vanern"),
              "t:hamar": ("town", "Hamar"), "t:gjovik": ("town", "Gjovik"), "t:karlstad": ("town", "Karlstad"),
              "t:lidkoping": ("town", "Lidkoping"),
              "g:innlandet": ("region", "Innlandet"), "g:varmland": ("region", "Varmland")}
    T = _t("shore", [("l:mjosa", "t:hamar"), ("l:mjosa", "t:gjovik"), ("l:vanern", "t:karlstad")])
    T += _t("faculty", [("u:uppsala", "b:holm"), ("u:uppsala", "b:solberg"), ("u:lund", "b:vik")])
    T += _t("studied", [("b:holm", "u:lund"), ("b:solberg", "u:uppsala")])
    T += _t("society", [("s:linnean", "b:holm"), ("s:linnean", "b:vik"), ("s:flora", "b:solberg")])
    T += _t("described", [("p:saxifraga", "b:holm"), ("p:gentiana", "b:solberg"), ("p:draba", "b:vik")])
    T += _t("located", [("t:hamar", "g:innlandet"), ("t:gjovik", "g:innlandet"), ("t:karlstad", "g:varmland"),
                        ("l:mjosa", "g:innlandet"), ("t:lidkoping", "g:varmland")])
    return _build(items, others, rels, T)


def yards():
    """Ships (items dated by launch) "were built by" a shipbuilder, a shipyard and a boatbuilder
    ("came out of"), "operated by" shipping lines; shipbuilders "are based in" cities; films (items
    dated by release) "were shot at" film studios."""
    rels = [
        R("built", phrase="was built by", inverse_phrase="built", domain=("ship",),
          range=("shipbuilder", "shipyard", "boatbuilder"), cues=("came out of",)),
        R("operated", phrase="was operated by", inverse_phrase="operated", domain=("ship",), range=("shipping company",)),
        R("based", phrase="is based in", inverse_phrase="is home to", domain=("shipbuilder", "shipyard", "boatbuilder",
                                                                             "shipping company", "film studio"),
          range=("city",)),
        R("shot", phrase="was shot at", inverse_phrase="was where was shot", domain=("film",), range=("film studio",)),
    ]
    items = {"s:aurora": ("ship", "SS Aurora", 1911), "s:caledonia": ("ship", "SS Caledonia", 1920),
             "s:kittiwake": ("ship", "Kittiwake", 1935), "s:orion": ("ship", "SS Orion", 1925),
             "f:tide": ("film", "The Turning Tide", 1947), "f:fog": ("film", "Harbour Fog", 1951)}
    others = {"b:harwick": ("shipbuilder", "Harwick and Boyd"), "b:dunmore": ("shipyard", "Dunmore"),
              "b:tay": ("boatbuilder", "Tay Marine"), "c:bluestar": ("shipping company", "Blue Anchor Line"),
              "c:north": ("shipping company", "Northern Steam"),
              "m:caledon": ("film studio", "Caledon"), "m:pinewood": ("film studio", "Brackley"),
              "y:belfast": ("city", "Belfast"), "y:dundee": ("city", "Dundee"), "y:leith": ("city", "Leith")}
    T = _t("built", [("s:aurora", "b:harwick"), ("s:caledonia", "b:dunmore"), ("s:kittiwake", "b:tay"),
                     ("s:orion", "b:harwick")])
    T += _t("operated", [("s:aurora", "c:bluestar"), ("s:caledonia", "c:north"), ("s:orion", "c:north")])
    T += _t("based", [("b:harwick", "y:belfast"), ("b:dunmore", "y:leith"), ("b:tay", "y:dundee"),
                      ("c:bluestar", "y:belfast"), ("c:north", "y:leith"), ("m:caledon", "y:dundee"), ("m:pinewood", "y:leith")])
    T += _t("shot", [("f:tide", "m:caledon"), ("f:fog", "m:pinewood")])
    return _build(items, others, rels, T)


def builders():
    """The "yards" graph with one builder type only ("shipbuilder": "yard" and "shipyard" name it),
    two shipbuilders, a shipping line, film studios."""
    kg = yards()
    rels = [R("built", phrase="was built by", inverse_phrase="built", domain=("ship",), range=("shipbuilder",),
              cues=("came out of",)),
            R("operated", phrase="was operated by", inverse_phrase="operated", domain=("ship",), range=("shipping company",)),
            R("based", phrase="is based in", inverse_phrase="is home to", domain=("shipbuilder", "shipping company", "film studio"),
              range=("city",)),
            R("shot", phrase="was shot at", inverse_phrase="was where was shot", domain=("film",), range=("film studio",))]
    items = {"s:aurora": ("ship", "SS Aurora", 1911), "s:caledonia": ("ship", "SS Caledonia", 1920),
             "s:orion": ("ship", "SS Orion", 1925), "f:tide": ("film", "The Turning Tide", 1947)}
    others = {"b:harwick": ("shipbuilder", "Harwick and Boyd"), "b:dunmore": ("shipbuilder", "Dunmore"),
              "c:bluestar": ("shipping company", "Blue Anchor Line"), "m:caledon": ("film studio", "Caledon"),
              "y:belfast": ("city", "Belfast"), "y:leith": ("city", "Leith"), "y:dundee": ("city", "Dundee")}
    T = _t("built", [("s:aurora", "b:harwick"), ("s:orion", "b:harwick"), ("s:caledonia", "b:dunmore")])
    T += _t("operated", [("s:aurora", "c:bluestar")])
    T += _t("based", [("b:harwick", "y:belfast"), ("b:dunmore", "y:leith"), ("c:bluestar", "y:belfast"), ("m:caledon", "y:dundee")])
    T += _t("shot", [("f:tide", "m:caledon")])
    del kg
    return _build(items, others, rels, T)


BUILDERS = {"builders": builders, "music": music, "sport": sport, "inventions": inventions, "lakes": lakes, "yards": yards}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@music
# "also worked as a": wrong occupation, wrong person, present tense, lists with one wrong, negation
Anton Weber also worked as a translator.
Clara Hess also worked as a music critic.
Kim Larsen also worked as a teacher.
Rudolf Brandt also worked as a translator.
Anton Weber is a music critic.
Rudolf Brandt is a teacher.
Clara Hess is a translator.
Clara Hess was a music critic.
Kim Larsen was a music critic.
Anton Weber was a teacher.
Anton Weber was a music critic and a translator.
Rudolf Brandt was a music critic, a teacher and a translator.
Anton Weber and Clara Hess were music critics.
Anton Weber and Kim Larsen also worked as music critics.
Anton Weber never worked as a music critic.
Anton Weber did not also work as a music critic.
Anton Weber, a translator, was born in Linz.
Clara Hess, a music critic, was born in Graz.
Anton Weber also worked as a music critic in Graz.
Anton Weber also worked as a music critic for Marlow Records.
Anton Weber also worked as a Linz Philharmonic.
Die Lindenhexe also worked as a music critic.
Linz also worked as a music critic.
Anton Weber, born in 1890, also worked as a music critic.
Anton Weber, born in 1881, also worked as a teacher.
Anton Weber also worked as a music critic, like Clara Hess.
Like Clara Hess, Anton Weber also worked as a music critic.
Like Kim Larsen, Rudolf Brandt also worked as a music critic.
Clara Hess worked as a translator, and Anton Weber also worked as a translator.
Kim Larsen worked as a teacher.
Anton Weber worked as a music critic and also worked as a translator.
# "also served as": wrong office, wrong person, lists, sharing "also"
Anton Weber also served as city councillor.
Kim Larsen also served as mayor of Linz.
Clara Hess also served as mayor of Linz.
Rudolf Brandt also served as mayor of Linz.
Anton Weber and Kim Larsen also served as mayor of Linz.
Like Clara Hess, Anton Weber also served as mayor of Linz.
Like Anton Weber, Kim Larsen also served as mayor of Linz.
Anton Weber is mayor of Linz.
Anton Weber never served as mayor of Linz.
Anton Weber also served as mayor of Linz in 1950, a year after his birth.
Kim Larsen also served as city councillor and mayor of Linz.
# sharing "also" beside the declared phrases
Kim Larsen recorded for Marlow Records. Anton Weber also recorded for Marlow Records.
Kim Larsen recorded for Marlow Records, and Clara Hess also recorded for Marlow Records.
Anton Weber also recorded for Marlow Records.
Like Kim Larsen, Anton Weber also recorded for Harwell Records.
Like Kim Larsen, Anton Weber also worked as a music critic.
Kim Larsen was born in Salzburg. Anton Weber was also born in Salzburg.
Anton Weber was born in Linz. Clara Hess was also born in Linz.
Anton Weber composed Die Lindenhexe. Clara Hess also composed Die Lindenhexe.
Anton Weber was a member of the Linz Philharmonic. Kim Larsen also was a member of the Linz Philharmonic.
Anton Weber was a member of the Linz Philharmonic. Kim Larsen was also a member of the Linz Philharmonic.
Rudolf Brandt also worked as a teacher, as did Anton Weber.
Rudolf Brandt also worked as a teacher, and so did Clara Hess.
Anton Weber also worked as a music critic, and Kim Larsen did too.
Anton Weber also worked as a music critic, as did Kim Larsen.
Anton Weber also worked as a music critic. So did Kim Larsen.
Kim Larsen also served as a music critic.
Anton Weber also worked as mayor of Linz.
Clara Hess also served as mayor of Linz, like Anton Weber.
Anton Weber was a music critic and teacher.
Anton Weber also served as mayor of Linz, and so did Rudolf Brandt.
# "counted X among its members" (inverse of "was a member of")
The Linz Philharmonic counted Kim Larsen among its members.
The Graz Chamber Orchestra counted Anton Weber among its members.
The Linz Philharmonic counted Anton Weber and Rudolf Brandt among its members.
The Linz Philharmonic counted Anton Weber, Clara Hess and Kim Larsen among its members.
Anton Weber counted the Linz Philharmonic among its members.
The Linz Philharmonic never counted Anton Weber among its members.
The Linz Philharmonic counted Anton Weber among his members.
The Linz Philharmonic counted Anton Weber among its founders.
The Linz Philharmonic counted Anton Weber among its members in 1950.
The Linz Philharmonic counted Harwell Records among its members.
The Linz Philharmonic counted Linz among its members.
The Linz Philharmonic counted Anton Weber among its members and Kim Larsen among its soloists.
The Linz Philharmonic counted Anton Weber among its members, and the Graz Chamber Orchestra counted Clara Hess among its members.
The Linz Philharmonic counted Anton Weber among its members and recorded for Harwell Records.
The Linz Philharmonic counts Rudolf Brandt among its members.
The Linz Philharmonic counted Anton Weber among its members, and Kim Larsen was born in Graz.
Harwell Records counted Anton Weber among its members.
The Linz Philharmonic counted Anton Weber among its conductors.
The Linz Philharmonic counted Anton Weber among its members since 1870.
The Linz Philharmonic counted many composers among its members, including Kim Larsen.
The Linz Philharmonic counted Anton Weber, born in 1890, among its members.
The Linz Philharmonic and the Graz Chamber Orchestra counted Anton Weber among their members.
The Linz Philharmonic counted the composer of Die Fähre and Kim Larsen among its members.
# "the man / woman behind" of operas
Clara Hess is the woman behind Die Lindenhexe.
Anton Weber is the man behind Die Fähre.
Rudolf Brandt is the man behind Die Lindenhexe.
Clara Hess is the man behind Die Fähre.
Anton Weber is the woman behind Die Lindenhexe.
Kim Larsen is the man behind Die Fähre.
@sport
# "the winner of", "a winner of", "Y's winner"
Jean Morel was the winner of the Tour of Lorraine.
Ingrid Roux was the winner of the Tour of Lorraine.
Henri Dufour was the winner of the Ardennes Classic.
Silver Comet was the winner of the Sambre Stakes.
Bramble Lad was the winner of the Meuse Cup.
Bramble Lad is a winner of the Meuse Cup.
Henri Dufour is a winner of the Ardennes Classic.
Jean Morel is a winner of the Ardennes Classic.
The Ardennes Classic's winner was Henri Dufour.
The Meuse Cup's winner was Bramble Lad.
The Tour of Lorraine's winner was Ingrid Roux.
The Tour of Lorraine was the winner of Henri Dufour.
The Meuse Cup is the winner of Silver Comet.
Henri Dufour's winner was the Tour of Lorraine.
Jean Morel was the winner of the Helsinki Games.
Jean Morel is a winner of the Helsinki Games.
The Helsinki gold medal was the winner of the Helsinki Games.
The Helsinki Games' winner was Jean Morel.
The Helsinki Games' winner was the Helsinki gold medal.
The Melbourne Games' winner was Jean Morel.
Jean Morel won the Helsinki Games.
Henri Dufour won a medal at the Helsinki Games.
Pieter Maas was the winner of the Melbourne Games.
The Metz Velo Club was the winner of the Vesle Shield.
The Liege Wheelers were the winner of the Harlow Trophy.
The Harlow Trophy was the winner of the Metz Velo Club.
The Harlow Trophy's winner was the Liege Wheelers.
The Vesle Shield's winner was the Metz Velo Club.
Henri Dufour was the winner of the Harlow Trophy.
The Metz Velo Club was the winner of the Tour of Lorraine.
Rapide Sud was the winner of the Ardennes Classic.
Tom Croft was the winner of the Meuse Cup.
Henri Dufour and Ingrid Roux were winners of the Tour of Lorraine.
Pieter Maas and Jean Morel were winners of the Ardennes Classic.
Pieter Maas was the winner of the Tour of Lorraine and the Meuse Cup.
Henri Dufour was never the winner of the Tour of Lorraine.
Henri Dufour was not a winner of the Tour of Lorraine.
Henri Dufour, born in 1931, was the winner of the Tour of Lorraine.
Henri Dufour, the winner of the Ardennes Classic, rode for Rapide Sud.
Ingrid Roux, the winner of the Tour of Lorraine, rode for Rapide Sud.
Pieter Maas, a winner of the Meuse Cup, rode for Team Ostwind.
Silver Comet, the winner of the Meuse Cup, was trained by Rapide Sud.
The winner of the Ardennes Classic, Henri Dufour, rode for Rapide Sud.
The winner of the Meuse Cup was Bramble Lad.
The winner of the Ardennes Classic rode for Rapide Sud, and she was Henri Dufour.
Henri Dufour is the winner of the Tour of Lorraine's rival, the Ardennes Classic.
Henri Dufour was the Tour of Lorraine winner and the Ardennes Classic winner.
Ingrid Roux was the Tour of Lorraine winner.
The Ardennes Classic winner Jean Morel rode for Rapide Sud.
Henri Dufour was the first winner of the Ardennes Classic.
Henri Dufour was the winner of the Ardennes Classic in 1950.
Henri Dufour was the runner-up of the Tour of Lorraine.
Henri Dufour was the loser of the Tour of Lorraine.
Jean Morel was the winner of the Helsinki gold medal.
Pieter Maas was a winner at the Helsinki Games.
Silver Comet and Bramble Lad were winners of the Meuse Cup.
Henri Dufour, Pieter Maas and Ingrid Roux are winners of the Tour of Lorraine.
Henri Dufour is the winner of both the Tour of Lorraine and the Ardennes Classic.
Bramble Lad's winner was the Meuse Cup.
Silver Comet's winner was the Meuse Cup.
# "counted X among its members" of a club (its own phrase)
The Metz Velo Club counted Pieter Maas among its members.
The Liege Wheelers counted Henri Dufour among its members.
The Metz Velo Club counted Henri Dufour, Jean Morel and Pieter Maas among its members.
The Metz Velo Club counted Henri Dufour and Ingrid Roux among their members.
The Metz Velo Club counted Silver Comet among its members.
The Metz Velo Club counted Rapide Sud among its members.
Henri Dufour counted the Metz Velo Club among its members.
The Metz Velo Club did not count Henri Dufour among its members.
The Metz Velo Club counted Henri Dufour among her members.
The Metz Velo Club counted Henri Dufour among its riders.
The Metz Velo Club counted Henri Dufour among its members until 1940.
The Metz Velo Club counted Henri Dufour among its members, and Pieter Maas rode for Rapide Sud.
The Metz Velo Club counted Henri Dufour among its members and won the Vesle Shield.
Rapide Sud counted Henri Dufour among its members.
The Metz Velo Club counted the winner of the Ardennes Classic among its members.
The Metz Velo Club counted Henri Dufour among its members, and the Liege Wheelers counted Jean Morel among their members.
@inventions
# "the man / woman behind"
Rudolf Kessler is the man behind the Voss loom.
Rudolf Kessler is the man behind the Hale gauge.
Clara Voss is the woman behind the Kessler pump.
Clara Voss is the woman behind the Morel valve.
Clara Voss is the man behind the Voss loom.
Rudolf Kessler is the woman behind the Kessler pump.
Jean Morel is the man behind the Morel valve.
Jean Morel is the woman behind the Morel valve.
Hugo Lind is the man behind the Lind lamp.
George Ashby is the man behind the Ashby press.
George Ashby is the man behind Grey Ashes.
Victor Hale is the man behind the Kessler pump.
Kessler Werke is the man behind the Kessler pump.
Nordlicht AG is the woman behind the Voss loom.
Kessler Werke, founded by Rudolf Kessler, is the man behind the Kessler pump.
Nordlicht AG, which made the loom of Clara Voss, is the woman behind the Voss loom.
The company of Rudolf Kessler is the man behind the Kessler pump.
Rudolf Kessler was the man behind the Voss loom.
Rudolf Kessler, the man behind the Voss loom, was born in Kiel.
Clara Voss, the woman behind the Kessler pump, was born in Bremen.
Rudolf Kessler, the man behind the Kessler pump, was born in Bremen.
Clara Voss, the woman behind the Voss loom, was born in Kiel.
Rudolf Kessler is the man behind the Kessler pump and the Voss loom.
Rudolf Kessler is the man behind Nordlicht AG.
Rudolf Kessler is the man behind Kiel.
Rudolf Kessler is not the man behind the Kessler pump.
Rudolf Kessler is the man behind the Kessler pump, which Nordlicht AG manufactured.
Rudolf Kessler is the man behind the Kessler pump, invented in 1904.
Rudolf Kessler and Clara Voss are the man behind the Kessler pump.
Clara Voss and Rudolf Kessler are the men behind the Kessler pump.
Rudolf Kessler is the man behind the 1904 Kessler pump.
Clara Voss is the woman behind the Voss loom, manufactured by Kessler Werke.
Rudolf Kessler is the man behind the Kessler pump, and Clara Voss is the woman behind the Morel valve.
The man behind the Voss loom is Rudolf Kessler.
The woman behind the Kessler pump is Clara Voss.
Rudolf Kessler was the man behind the Kessler pump; Clara Voss was the man behind the Voss loom.
Kiel is the man behind the Kessler pump.
Bremen, the woman behind the Voss loom, is a city.
Rudolf Kessler is the man in front of the Kessler pump.
Rudolf Kessler is the man behind the Kessler pump and Kessler Werke.
Rudolf Kessler is the Kiel man behind the Kessler pump.
Rudolf Kessler is the man behind the Kessler pump. He also invented the Voss loom.
Clara Voss is the woman behind the Voss loom. She also invented the Lind lamp.
Clara Voss is the woman behind the Voss loom. She founded Kessler Werke.
Rudolf Kessler is the man who invented the Voss loom.
Clara Voss was the brain behind the Kessler pump.
Rudolf Kessler was the boy behind the Kessler pump.
Rudolf Kessler was the manufacturer behind the Kessler pump.
Rudolf Kessler, the woman behind the Voss loom, was born in Kiel.
Bremen is the birthplace of Clara Voss, the man behind the Voss loom.
Kiel is the birthplace of Rudolf Kessler, the man behind the Voss loom.
Kessler Werke was founded by Rudolf Kessler, the man behind the Voss loom.
Kessler Werke, the man behind the Kessler pump, was founded by Rudolf Kessler.
The engineer Rudolf Kessler is the man behind the Voss loom.
George Ashby is the woman behind Grey Ashes.
Rudolf Kessler and Clara Voss were the woman behind the Voss loom.
Rudolf Kessler was the man behind the Kessler pump and Clara Voss the man behind the Voss loom.
@lakes
# "has X on its shore", "had X on its faculty", "counted X among its members"
Lake Mjosa has Karlstad on its shore.
Lake Vanern has Hamar on its shore.
Lake Vanern has Lidkoping on its shore.
Lake Mjosa has Hamar, Gjovik and Karlstad on its shore.
Lake Mjosa has Hamar and Lidkoping on its shore.
Hamar has Lake Mjosa on its shore.
Lake Mjosa does not have Hamar on its shore.
Lake Mjosa has Hamar on his shore.
Lake Mjosa has Hamar on its shores.
Lake Mjosa has Hamar on its island.
Lake Mjosa has Hamar on its shore in 1900.
Lake Mjosa has Hamar on its shore and Karlstad on its island.
Lake Mjosa has Innlandet on its shore.
Lake Mjosa has Uppsala University on its shore.
Lake Mjosa has Anders Holm on its shore.
Lake Mjosa and Lake Vanern have Hamar on their shore.
Lake Mjosa has Hamar on its shore, and Lake Vanern has Gjovik on its shore.
Lake Mjosa has Hamar on its shore and is located in Varmland.
Lake Mjosa had Hamar on its shore until 1950.
Innlandet has Hamar on its shore.
Uppsala University has Hamar on its shore.
Lake Mjosa has Hamar at its shore.
Lake Mjosa has Hamar in its shore.
Lake Mjosa has a town on its shore, Karlstad.
Lake Mjosa has towns on its shore, such as Karlstad.
Lake Mjosa has Hamar, Gjovik, Karlstad on its shore.
Lake Mjosa has Hamar but not Gjovik on its shore.
Lake Mjosa also has Hamar on its shore.
Lake Mjosa, like Lake Vanern, has Hamar on its shore.
Uppsala University, like Lund University, had Anders Holm on its faculty.
Uppsala University had Anders Holm on its faculty, as did Lund University.
Uppsala University had Kim Vik on its faculty.
Lund University had Anders Holm on its faculty.
Lund University had Ingrid Solberg on its faculty.
Uppsala University had Anders Holm, Ingrid Solberg and Kim Vik on its faculty.
Uppsala University had Anders Holm and Kim Vik on their faculty.
Anders Holm had Uppsala University on its faculty.
Uppsala University never had Anders Holm on its faculty.
Uppsala University had Anders Holm on her faculty.
Uppsala University had Anders Holm on its board.
Uppsala University had Anders Holm on its faculty from 1880.
Uppsala University had Saxifraga holmii on its faculty.
Uppsala University had Hamar on its faculty.
Uppsala University had the Linnean Circle on its faculty.
Uppsala University had Anders Holm on its faculty, and Lund University had Ingrid Solberg on its faculty.
Uppsala University had Anders Holm on its faculty and was attended by Kim Vik.
Lund University had Anders Holm on its faculty, where he studied.
Uppsala University had the botanist who described Draba nivalis on its faculty.
The Linnean Circle had Anders Holm on its faculty.
Uppsala University counted Anders Holm among its members.
The Linnean Circle counted Ingrid Solberg among its members.
The Flora Society counted Anders Holm among its members.
The Linnean Circle counted Anders Holm and Ingrid Solberg among its members.
Anders Holm counted the Linnean Circle among its members.
The Linnean Circle counted Anders Holm among his members.
The Linnean Circle counted Saxifraga holmii among its members.
The Linnean Circle counted Anders Holm among its faculty.
Uppsala University counted Anders Holm on its faculty.
The Linnean Circle had Anders Holm among its members.
The Linnean Circle has Anders Holm on its shore.
Lake Mjosa counted Hamar among its members.
Lake Mjosa had Hamar on its faculty.
Uppsala University has Anders Holm on its shore.
# "the man / woman behind" of plants
Anders Holm is the man behind Gentiana solbergiae.
Ingrid Solberg is the woman behind Saxifraga holmii.
Ingrid Solberg is the man behind Gentiana solbergiae.
@yards
# a name's own type noun after it
SS Aurora came out of the Dunmore yard.
SS Caledonia came out of the Harwick and Boyd yard.
SS Caledonia came out of the Harwick and Boyd yards.
Kittiwake came out of the Harwick and Boyd yard.
SS Aurora came out of the Tay Marine yard.
SS Aurora came out of the Blue Anchor Line yard.
SS Aurora came out of the Caledon yard.
SS Aurora came out of the Belfast yard.
SS Aurora came out of the Caledon studio.
SS Aurora came out of the Harwick and Boyd studio.
SS Aurora came out of the Harwick and Boyd line.
SS Aurora came out of the Blue Anchor Line studio.
SS Aurora was built by the Dunmore yard.
SS Orion was built by the Tay Marine yard.
Kittiwake was built by the Dunmore shipyard.
Kittiwake was built by the Harwick and Boyd shipyard.
The Harwick and Boyd yard built SS Caledonia.
The Dunmore yard built SS Aurora and SS Caledonia.
The Dunmore yard built Kittiwake.
The Harwick and Boyd yard did not build SS Aurora.
The Harwick and Boyd yard is based in Leith.
The Dunmore yard is based in Belfast.
The Tay Marine yard is based in Leith.
The Blue Anchor Line yard is based in Belfast.
The Caledon yard is based in Dundee.
The Harwick and Boyd yard operated SS Aurora.
SS Aurora was operated by the Harwick and Boyd yard.
SS Caledonia was operated by the Blue Anchor Line company.
The Turning Tide was shot at the Brackley studio.
Harbour Fog was shot at the Caledon studio.
The Turning Tide was shot at the Caledon studios and Harbour Fog at the Caledon studio.
The Turning Tide was shot at the Dunmore studio.
The Turning Tide was shot at the Dunmore yard.
The Turning Tide was shot at the Harwick and Boyd yard.
The Caledon studio is based in Leith.
The Brackley studio built SS Orion.
SS Aurora, launched in 1920, came out of the Harwick and Boyd yard.
SS Aurora came out of the Harwick and Boyd yard in 1925.
SS Aurora and Kittiwake came out of the Harwick and Boyd yard.
SS Aurora came out of the Harwick and Boyd yard, as did SS Caledonia.
SS Aurora came out of the Harwick and Boyd yard and was operated by Northern Steam.
The Harwick and Boyd yard is in Dundee.
SS Aurora came out of the Harwick and Boyd film studio.
SS Aurora came out of the Caledon film studio.
SS Aurora came out of the Harwick and Boyd boatyard.
SS Caledonia came out of the Dunmore boatyard.
The Harwick and Boyd city built SS Aurora.
The Belfast city is home to Dunmore.
Kittiwake came out of the Tay Marine shipyard.
@builders
# one builder type: "yard" and "shipyard" name the shipbuilder
SS Caledonia came out of the Harwick and Boyd yard.
SS Aurora came out of the Dunmore yard.
SS Aurora came out of the Dunmore shipyard.
SS Orion came out of the Dunmore yards.
SS Aurora came out of the Blue Anchor Line yard.
SS Aurora came out of the Caledon yard.
SS Aurora came out of the Belfast yard.
SS Aurora came out of the Harwick and Boyd studio.
SS Aurora came out of the Caledon studio.
SS Aurora came out of the Harwick and Boyd line.
SS Aurora came out of the Blue Anchor Line company.
SS Aurora came out of the Harwick and Boyd company.
SS Aurora came out of the Harwick and Boyd yard in 1925.
SS Aurora, launched in 1920, came out of the Harwick and Boyd yard.
SS Aurora and SS Caledonia came out of the Harwick and Boyd yard.
SS Aurora came out of the Harwick and Boyd yard, and SS Orion came out of the Dunmore yard.
SS Aurora did not come out of the Harwick and Boyd yard.
SS Aurora never came out of the Harwick and Boyd yard.
The Harwick and Boyd yard built SS Caledonia.
The Dunmore yard built SS Aurora and SS Caledonia.
The Harwick and Boyd shipyard built SS Caledonia.
The Harwick and Boyd yard is based in Leith.
The Dunmore yard is based in Belfast.
The Dunmore yards are based in Belfast.
The Harwick and Boyd yard operated SS Aurora.
SS Aurora was operated by the Harwick and Boyd yard.
The Blue Anchor Line yard is based in Belfast.
The Caledon yard is based in Dundee.
The Caledon yard built SS Orion.
The Turning Tide was shot at the Harwick and Boyd yard.
The Turning Tide was shot at the Dunmore studio.
The Turning Tide came out of the Harwick and Boyd yard.
Belfast came out of the Harwick and Boyd yard.
SS Aurora came out of the Harwick and Boyd yard and was operated by Dunmore.
SS Aurora came out of the Harwick and Boyd yard and the Dunmore yard.
SS Aurora came out of the Harwick yard.
SS Aurora came out of the Boyd yard.
SS Aurora came out of the old Harwick and Boyd yard.
SS Aurora came out of the Belfast Harwick and Boyd yard of Dunmore.
SS Aurora came out of the Harwick and Boyd yard in Leith.
SS Caledonia came out of a Harwick and Boyd yard.
SS Caledonia came out of the yard of Harwick and Boyd.
The Harwick and Boyd yard, based in Leith, built SS Aurora.
"""

CONTROLS = r"""
@music
Anton Weber also worked as a music critic.
Clara Hess also worked as a translator.
Rudolf Brandt also worked as a teacher.
Anton Weber was a music critic.
Rudolf Brandt was a music critic and a teacher.
Anton Weber and Rudolf Brandt also worked as music critics.
Anton Weber also served as mayor of Linz.
Kim Larsen also served as city councillor.
Anton Weber, born in 1881, also worked as a music critic.
Anton Weber recorded for Harwell Records. Clara Hess also recorded for Harwell Records.
The Linz Philharmonic counted Anton Weber among its members.
The Linz Philharmonic counted Anton Weber and Clara Hess among its members.
The Graz Chamber Orchestra counted Kim Larsen and Rudolf Brandt among its members.
Kim Larsen was a member of the Graz Chamber Orchestra.
Anton Weber is the man behind Die Lindenhexe.
Clara Hess is the woman behind Die Fähre.
Like Anton Weber, Rudolf Brandt also worked as a music critic.
@sport
Henri Dufour was a winner of the Tour of Lorraine.
Silver Comet was the winner of the Meuse Cup.
The Meuse Cup's winner was Silver Comet.
Henri Dufour and Pieter Maas won the Tour of Lorraine.
The Metz Velo Club was the winner of the Harlow Trophy.
The Harlow Trophy's winner was the Metz Velo Club.
Jean Morel won a medal at the Helsinki Games.
The Helsinki gold medal was won at the Helsinki Games.
The Metz Velo Club counted Henri Dufour among its members.
The Metz Velo Club counted Henri Dufour and Jean Morel among its members.
Ingrid Roux, a winner of the Ardennes Classic, rode for Rapide Sud.
Henri Dufour and Pieter Maas were winners of the Tour of Lorraine.
@inventions
Rudolf Kessler is the man behind the Kessler pump.
Clara Voss is the woman behind the Voss loom.
Rudolf Kessler, the man behind the Kessler pump, was born in Kiel.
Clara Voss, the woman behind the Voss loom, was born in Bremen.
Rudolf Kessler was the man behind the Kessler pump.
Jean Morel is the mind behind the Morel valve.
Hugo Lind is the mind behind the Lind lamp.
Rudolf Kessler is the mind behind the Kessler pump.
Rudolf Kessler founded Kessler Werke.
Kiel is the birthplace of Rudolf Kessler, the man behind the Kessler pump.
Kessler Werke was founded by Rudolf Kessler, the man behind the Kessler pump.
@lakes
Lake Mjosa has Hamar on its shore.
Lake Mjosa has Hamar and Gjovik on its shore.
Lake Vanern has Karlstad on its shore.
Uppsala University had Anders Holm on its faculty.
Uppsala University had Anders Holm and Ingrid Solberg on its faculty.
Lund University had Kim Vik on its faculty.
The Linnean Circle counted Anders Holm among its members.
The Linnean Circle counted Anders Holm and Kim Vik among its members.
The Flora Society counted Ingrid Solberg among its members.
Hamar lies on the shore of Lake Mjosa.
@yards
SS Aurora came out of the Harwick and Boyd yard.
SS Orion came out of the Harwick and Boyd yards.
SS Caledonia came out of the Dunmore yard.
Kittiwake came out of the Tay Marine yard.
The Harwick and Boyd yard built SS Aurora.
The Harwick and Boyd yard is based in Belfast.
SS Caledonia was built by the Dunmore shipyard.
The Turning Tide was shot at the Caledon studio.
Harbour Fog was shot at the Brackley studios.
SS Aurora came out of Harwick and Boyd.
SS Aurora was operated by the Blue Anchor Line company.
@builders
SS Aurora came out of the Harwick and Boyd yard.
SS Orion came out of the Harwick and Boyd yards.
SS Caledonia came out of the Dunmore yard.
The Harwick and Boyd yard built SS Aurora and SS Orion.
The Harwick and Boyd yard is based in Belfast.
SS Caledonia was built by the Dunmore shipyard.
The Turning Tide was shot at the Caledon studio.
"""

OPEN_TEXTS = r"""
@inventions
Victor Hale is the man behind the Hale gauge.
Rudolf Kessler is the man behind Kessler Werke.
@lakes
The Linnean Circle counted Anders Holm among its fellows.
Anders Holm is the man behind Saxifraga holmii.
Ingrid Solberg is the woman behind Gentiana solbergiae.
@sport
Pieter Maas is the winner of the Ardennes Classic.
@lakes
Uppsala University has Anders Holm on its faculty.
Lund University has Kim Vik on its faculty.
Lake Mjosa had Hamar on its shore.
@music
The Linz Philharmonic counts Anton Weber among its members.
The Graz Chamber Orchestra counts Kim Larsen and Rudolf Brandt among its members.
"""

OPEN = frozenset({
    # two engineers are called Victor Hale and one of them invented the Hale gauge: true of that one
    "Victor Hale is the man behind the Hale gauge.",
    # he founded the firm: "the man behind" a company is its founder in plain English
    "Rudolf Kessler is the man behind Kessler Werke.",
    # the inverse phrase is "was a fellow of": a member is a fellow there
    "The Linnean Circle counted Anders Holm among its fellows.",
    # "described" a species: whether its describer is "the man behind" it is loose wording
    "Anders Holm is the man behind Saxifraga holmii.",
    "Ingrid Solberg is the woman behind Gentiana solbergiae.",
    # the race has two winners (Pieter Maas and Ingrid Roux): "the winner" of one edition, or not
    "Pieter Maas is the winner of the Ardennes Classic.",
    # the present of a past phrase ("had on its faculty", "counted among its members"): says he is
    # on it now; the unsplit "has on its faculty X" / "counts among its members X" is accepted too
    # (older), the split reading only inherits it
    "Uppsala University has Anders Holm on its faculty.",
    "Lund University has Kim Vik on its faculty.",
    "The Linz Philharmonic counts Anton Weber among its members.",
    "The Graz Chamber Orchestra counts Kim Larsen and Rudolf Brandt among its members.",
    # the past of a present phrase: it had, and still has
    "Lake Mjosa had Hamar on its shore.",
})
KNOWN = frozenset()


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
