"""Red team round 200 on WHOLE_SESSION.diff, readings 6-8: (6) a relation's phrase ending in its
object's article also read without it; (7) a passive "was <participle> at" a place also read "in"
it, and "on" it where some objects are islands, mountains or hills; (8) the new verb synonyms
coach -> train, mentor; worship -> venerate, revere; rule -> reign, govern; govern -> rule; reign
-> rule; spread -> transmit, carry; transmit -> spread.

Graphs: the shipped example graph and eight of my own (see each builder's docstring): "diseases"
("is spread by the" vectors, "is classified as a", "spread to", "was identified at" towns),
"transport" (coach operators and towns: "is linked by coach to", "runs coaches to", "is linked
by rail to"), "athletes" ("was coached by", "was crowned at"), "gods" ("was worshipped at"
cities, islands and mountains, "was worshipped by the" peoples, "ruled" realms, "was born on"),
"strikes" ("was fired at", "was directed at", "was targeted at" targets, "was aimed at",
"was launched from", "was developed at"), "monarchs" ("reigned over", "reigned from", "was
crowned at", "was exiled to the", "governed"), "collections" ("belonged to the", "was sold to
the", "is the first / last of the", "is on loan to the", "has coach services to"), "missiles"
("was pointed at", "was levelled at", "was thrown at").

Findings (30 of 352 false texts accepted; 13 OPEN texts, 6 accepted; controls: 63 of 69 accepted).
Two holes, 18 + 12 texts:
* (7) a passive "at" that names a TARGET, not where the thing was: "was fired at" London (the V-2
  was fired from The Hague), "was directed at" Coventry (the Blitz was flown from France), "was
  targeted at" Cuba, "was pointed at" Moscow (the Pershing II stood in West Germany), "was
  levelled at" Serbia: the reading adds "was fired / directed / targeted / pointed / levelled in"
  the target. The exclusion list ("aimed", "launched", ...) misses these verbs of aiming.
* (8) "coach" the NOUN of a vehicle read as the verb: "is linked by coach to" -> "is linked by
  train to" (towns with no railway), "runs coaches to" -> "runs trains to" (a coach operator),
  "has coach services to" -> "has train services to"; and "mentor(s)" in the same places. The
  synonym code skips a noun only after "a / an / the", not after "by", a verb or a modifier.
Held: every wrong vector, class, region, place, realm, coach, family, museum, series; directions;
negations; the cause read as the vector; "carried" / "transmitted" / "venerated" / "revered" /
"trained" / "mentored" / "ruled" / "reigned" / "governed" with wrong objects; "on" a city.
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


def diseases():
    """(6)(7)(8) Diseases (items typed "disease") "spread by the" vectors (a phrase ending in its
    object's article, whose verb "spread" reads "transmit" and "carry"), "caused by" pathogens,
    "classified as a" class, that "spread to" regions and "were identified at" towns (a passive
    "at" a place: also "in")."""
    rels = [
        R("vector", phrase="is spread by the", inverse_phrase="spreads", range=("vector",)),
        R("cause", phrase="is caused by", inverse_phrase="causes", range=("pathogen",)),
        R("klass", phrase="is classified as a", inverse_phrase="includes", range=("disease class",)),
        R("reached", phrase="spread to", inverse_phrase="was reached by", range=("region",)),
        R("identified", phrase="was identified at", inverse_phrase="is where was identified", range=("town",)),
    ]
    items = {"d:plague": ("disease", "Plague", 1347), "d:malaria": ("disease", "Malaria", None),
             "d:lyme": ("disease", "Lyme disease", 1975), "d:typhus": ("disease", "Typhus", None),
             "d:dengue": ("disease", "Dengue", 1779), "d:sleeping": ("disease", "Sleeping sickness", None),
             "d:cholera": ("disease", "Cholera", 1817), "d:rabies": ("disease", "Rabies", None)}
    others = {"v:flea": ("vector", "rat flea"), "v:anopheles": ("vector", "Anopheles mosquito"),
              "v:tick": ("vector", "deer tick"), "v:louse": ("vector", "body louse"),
              "v:aedes": ("vector", "Aedes mosquito"), "v:tsetse": ("vector", "tsetse fly"),
              "v:dog": ("vector", "dog"),
              "p:yersinia": ("pathogen", "Yersinia pestis"), "p:plasmodium": ("pathogen", "Plasmodium"),
              "p:borrelia": ("pathogen", "Borrelia"), "p:rickettsia": ("pathogen", "Rickettsia"),
              "p:denv": ("pathogen", "dengue virus"), "p:trypanosoma": ("pathogen", "Trypanosoma"),
              "p:vibrio": ("pathogen", "Vibrio cholerae"), "p:lyssa": ("pathogen", "lyssavirus"),
              "k:zoonosis": ("disease class", "zoonosis"), "k:tropical": ("disease class", "tropical disease"),
              "k:waterborne": ("disease class", "waterborne disease"), "k:notifiable": ("disease class", "notifiable disease"),
              "r:europe": ("region", "Europe"), "r:americas": ("region", "the Americas"), "r:asia": ("region", "Asia"),
              "r:india": ("region", "India"), "r:africa": ("region", "Africa"),
              "t:lyme": ("town", "Old Lyme"), "t:hongkong": ("town", "Hong Kong"), "t:florence": ("town", "Florence"),
              "t:cairo": ("town", "Cairo")}
    T = _t("vector", [("d:plague", "v:flea"), ("d:malaria", "v:anopheles"), ("d:lyme", "v:tick"), ("d:typhus", "v:louse"),
                      ("d:dengue", "v:aedes"), ("d:sleeping", "v:tsetse"), ("d:rabies", "v:dog")])
    T += _t("cause", [("d:plague", "p:yersinia"), ("d:malaria", "p:plasmodium"), ("d:lyme", "p:borrelia"),
                      ("d:typhus", "p:rickettsia"), ("d:dengue", "p:denv"), ("d:sleeping", "p:trypanosoma"),
                      ("d:cholera", "p:vibrio"), ("d:rabies", "p:lyssa")])
    T += _t("klass", [("d:plague", "k:zoonosis"), ("d:lyme", "k:zoonosis"), ("d:rabies", "k:zoonosis"),
                      ("d:malaria", "k:tropical"), ("d:dengue", "k:tropical"), ("d:sleeping", "k:tropical"),
                      ("d:cholera", "k:waterborne"), ("d:plague", "k:notifiable"), ("d:cholera", "k:notifiable")])
    T += _t("reached", [("d:plague", "r:europe"), ("d:cholera", "r:europe"), ("d:malaria", "r:americas"),
                        ("d:dengue", "r:asia"), ("d:cholera", "r:americas")])
    T += _t("identified", [("d:lyme", "t:lyme"), ("d:plague", "t:hongkong"), ("d:cholera", "t:florence"),
                           ("d:dengue", "t:cairo")])
    return _build(items, others, rels, T)


def transport():
    """(8) Coach travel: "coach" and "coaches" as nouns of a vehicle in a relation's phrase ("is
    linked by coach to", "runs coaches to"), which the new synonym "coach -> train" reads as
    "train(s)"; beside a rail relation said without "train" ("is linked by rail to")."""
    rels = [
        R("coach_link", phrase="is linked by coach to", inverse_phrase="is linked by coach to", range=("town",)),
        R("rail_link", phrase="is linked by rail to", inverse_phrase="is linked by rail to", range=("town",)),
        R("runs_coaches", phrase="runs coaches to", inverse_phrase="is served by coaches of", range=("town", "city")),
        R("ferry", phrase="has ferries to", inverse_phrase="has ferries from", range=("island",)),
        R("based", phrase="is based in", inverse_phrase="is the base of", range=("city", "town")),
    ]
    items = {"o:nx": ("coach operator", "National Express", 1972), "o:mega": ("coach operator", "Megabus", 2003),
             "o:citylink": ("coach operator", "Scottish Citylink", 1985), "o:calmac": ("ferry operator", "CalMac", 1973)}
    others = {"t:keswick": ("town", "Keswick"), "t:penrith": ("town", "Penrith"), "t:windermere": ("town", "Windermere"),
              "t:kendal": ("town", "Kendal"), "t:ambleside": ("town", "Ambleside"), "t:oban": ("town", "Oban"),
              "c:london": ("city", "London"), "c:birmingham": ("city", "Birmingham"), "c:glasgow": ("city", "Glasgow"),
              "c:edinburgh": ("city", "Edinburgh"), "c:manchester": ("city", "Manchester"), "c:perth": ("city", "Perth"),
              "i:mull": ("island", "Mull"), "i:barra": ("island", "Barra")}
    T = _t("coach_link", [("t:keswick", "t:penrith"), ("t:ambleside", "t:keswick"), ("t:keswick", "t:windermere")])
    T += _t("rail_link", [("t:windermere", "t:kendal"), ("t:penrith", "t:kendal")])
    T += _t("runs_coaches", [("o:nx", "c:london"), ("o:nx", "c:birmingham"), ("o:mega", "c:glasgow"),
                             ("o:citylink", "c:edinburgh"), ("o:citylink", "c:perth"), ("o:citylink", "t:oban"),
                             ("o:nx", "t:keswick")])
    T += _t("ferry", [("o:calmac", "i:mull"), ("o:calmac", "i:barra")])
    T += _t("based", [("o:nx", "c:birmingham"), ("o:mega", "c:perth"), ("o:citylink", "c:glasgow"), ("o:calmac", "c:glasgow")])
    return _build(items, others, rels, T)


def athletes():
    """(8) Tennis players and gymnasts (items of person-like types) "coached by" coaches, which
    the synonyms read "trained by", "mentored by"; "was born in" cities, "won" tournaments, and a
    "was stationed at" relation of nothing (no: "competed at" events at cities)."""
    rels = [
        R("coach", phrase="was coached by", inverse_phrase="coached", range=("coach",),
          cues=("'s coach is", "'s coach was")),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("won", phrase="won", inverse_phrase="was won by", range=("tournament",)),
        R("studied", phrase="studied under", inverse_phrase="taught", range=("teacher",)),
        R("competed", phrase="was crowned at", inverse_phrase="saw the crowning of", range=("city",)),
    ]
    items = {"t:serena": ("tennis player", "Serena Williams", 1981), "t:nadal": ("tennis player", "Rafael Nadal", 1986),
             "t:murray": ("tennis player", "Andy Murray", 1987), "t:federer": ("tennis player", "Roger Federer", 1981),
             "g:biles": ("gymnast", "Simone Biles", 1997), "g:comaneci": ("gymnast", "Nadia Comaneci", 1961)}
    others = {"k:mouratoglou": ("coach", "Patrick Mouratoglou"), "k:toni": ("coach", "Toni Nadal"),
              "k:lendl": ("coach", "Ivan Lendl"), "k:judy": ("coach", "Judy Murray"), "k:annacone": ("coach", "Paul Annacone"),
              "k:boorman": ("coach", "Aimee Boorman"), "k:karolyi": ("coach", "Bela Karolyi"),
              "s:carter": ("teacher", "Peter Carter"),
              "c:saginaw": ("city", "Saginaw"), "c:manacor": ("city", "Manacor"), "c:glasgow": ("city", "Glasgow"),
              "c:basel": ("city", "Basel"), "c:columbus": ("city", "Columbus"), "c:onesti": ("city", "Onesti"),
              "c:montreal": ("city", "Montreal"), "c:rio": ("city", "Rio de Janeiro"), "c:london": ("city", "London"),
              "o:wimbledon": ("tournament", "Wimbledon"), "o:rg": ("tournament", "the French Open"),
              "o:usopen": ("tournament", "the US Open")}
    T = _t("coach", [("t:serena", "k:mouratoglou"), ("t:nadal", "k:toni"), ("t:murray", "k:lendl"), ("t:murray", "k:judy"),
                     ("t:federer", "k:annacone"), ("g:biles", "k:boorman"), ("g:comaneci", "k:karolyi")])
    T += _t("born", [("t:serena", "c:saginaw"), ("t:nadal", "c:manacor"), ("t:murray", "c:glasgow"), ("t:federer", "c:basel"),
                     ("g:biles", "c:columbus"), ("g:comaneci", "c:onesti")])
    T += _t("won", [("t:serena", "o:wimbledon"), ("t:nadal", "o:rg"), ("t:murray", "o:wimbledon"), ("t:federer", "o:wimbledon"),
                    ("t:serena", "o:usopen")])
    T += _t("studied", [("t:federer", "s:carter")])
    T += _t("competed", [("g:comaneci", "c:montreal"), ("g:biles", "c:rio"), ("t:murray", "c:london")])
    return _build(items, others, rels, T)


def gods():
    """(6)(7)(8) Greek gods (items typed "god", "goddess": people by type) "worshipped at" cities,
    islands and mountains (the passive "at" a place: also "in", and "on" as some objects are
    islands and mountains; "worship" reads "venerate", "revere"), "worshipped by the" peoples (a
    phrase ending in its object's article), who "ruled" realms ("rule" reads "reign", "govern"),
    were "born on" islands and mountains."""
    rels = [
        R("cult", phrase="was worshipped at", inverse_phrase="was a cult centre of", range=("city", "island", "mountain")),
        R("people", phrase="was worshipped by the", inverse_phrase="worshipped", range=("people",)),
        R("realm", phrase="ruled", inverse_phrase="was ruled by", range=("realm",)),
        R("birth", phrase="was born on", inverse_phrase="is the birthplace of", range=("island", "mountain")),
        R("parent", phrase="is a child of", inverse_phrase="is a parent of", range=("god", "goddess")),
    ]
    items = {"g:apollo": ("god", "Apollo", None), "g:zeus": ("god", "Zeus", None), "g:athena": ("goddess", "Athena", None),
             "g:hermes": ("god", "Hermes", None), "g:artemis": ("goddess", "Artemis", None),
             "g:aphrodite": ("goddess", "Aphrodite", None), "g:poseidon": ("god", "Poseidon", None),
             "g:hades": ("god", "Hades", None), "g:leto": ("goddess", "Leto", None)}
    others = {"c:delphi": ("city", "Delphi"), "c:olympia": ("city", "Olympia"), "c:dodona": ("city", "Dodona"),
              "c:athens": ("city", "Athens"), "c:ephesus": ("city", "Ephesus"), "c:paphos": ("city", "Paphos"),
              "c:corinth": ("city", "Corinth"), "c:sparta": ("city", "Sparta"),
              "i:delos": ("island", "Delos"), "i:cythera": ("island", "Cythera"), "i:crete": ("island", "Crete"),
              "i:cyprus": ("island", "Cyprus"),
              "m:lykaion": ("mountain", "Mount Lykaion"), "m:cyllene": ("mountain", "Mount Cyllene"),
              "m:olympus": ("mountain", "Mount Olympus"), "m:ida": ("mountain", "Mount Ida"),
              "n:greeks": ("people", "Greeks"), "n:romans": ("people", "Romans"), "n:athenians": ("people", "Athenians"),
              "n:spartans": ("people", "Spartans"),
              "r:sky": ("realm", "the sky"), "r:sea": ("realm", "the sea"), "r:underworld": ("realm", "the underworld")}
    T = _t("cult", [("g:apollo", "c:delphi"), ("g:apollo", "i:delos"), ("g:zeus", "c:olympia"), ("g:zeus", "c:dodona"),
                    ("g:zeus", "m:lykaion"), ("g:athena", "c:athens"), ("g:hermes", "m:cyllene"), ("g:artemis", "c:ephesus"),
                    ("g:aphrodite", "c:paphos"), ("g:aphrodite", "i:cythera"), ("g:poseidon", "c:corinth")])
    T += _t("people", [("g:apollo", "n:greeks"), ("g:apollo", "n:romans"), ("g:athena", "n:athenians"),
                       ("g:zeus", "n:greeks"), ("g:artemis", "n:spartans")])
    T += _t("realm", [("g:zeus", "r:sky"), ("g:poseidon", "r:sea"), ("g:hades", "r:underworld")])
    T += _t("birth", [("g:apollo", "i:delos"), ("g:artemis", "i:delos"), ("g:zeus", "i:crete"), ("g:hermes", "m:cyllene"),
                      ("g:aphrodite", "i:cyprus")])
    T += _t("parent", [("g:apollo", "g:zeus"), ("g:apollo", "g:leto"), ("g:artemis", "g:zeus"), ("g:artemis", "g:leto"),
                       ("g:hermes", "g:zeus"), ("g:athena", "g:zeus")])
    return _build(items, others, rels, T)


def strikes():
    """(7) Weapons and campaigns (items typed "missile", "campaign"): "was fired at" cities (a
    target, not where it was fired from), "was directed at" and "was targeted at" cities (a
    target), "was launched from" sites, "was developed at" towns, "was aimed at" (excluded)."""
    rels = [
        R("target", phrase="was fired at", inverse_phrase="was hit by", range=("city",)),
        R("launch", phrase="was launched from", inverse_phrase="was the launch site of", range=("city", "town", "region")),
        R("developed", phrase="was developed at", inverse_phrase="was where was developed", range=("town",)),
        R("directed", phrase="was directed at", inverse_phrase="was the target of", range=("city", "region")),
        R("targeted", phrase="was targeted at", inverse_phrase="was targeted by", range=("country",)),
        R("aimed", phrase="was aimed at", inverse_phrase="was the aim of", range=("island",)),
    ]
    items = {"w:v2": ("missile", "The V-2", 1944), "w:v1": ("missile", "The V-1", 1944), "w:scud": ("missile", "The Scud", 1957),
             "w:tomahawk": ("missile", "The Tomahawk", 1983),
             "c:blitz": ("campaign", "The Blitz", 1940), "c:baedeker": ("campaign", "The Baedeker Blitz", 1942),
             "c:chastise": ("campaign", "Operation Chastise", 1943), "c:tet": ("campaign", "The propaganda campaign", 1960),
             "c:malta": ("campaign", "The Siege of Malta", 1940)}
    others = {"c:london": ("city", "London"), "c:antwerp": ("city", "Antwerp"), "c:riyadh": ("city", "Riyadh"),
              "c:telaviv": ("city", "Tel Aviv"), "c:baghdad": ("city", "Baghdad"), "c:coventry": ("city", "Coventry"),
              "c:exeter": ("city", "Exeter"), "c:bath": ("city", "Bath"), "c:hague": ("city", "The Hague"),
              "c:liege": ("city", "Liège"), "c:berlin": ("city", "Berlin"),
              "t:peenemunde": ("town", "Peenemünde"), "t:kassel": ("town", "Kassel"), "t:scampton": ("town", "Scampton"),
              "r:calais": ("region", "the Pas-de-Calais"), "r:ruhr": ("region", "the Ruhr"), "r:western": ("region", "western Iraq"),
              "n:cuba": ("country", "Cuba"), "n:germany": ("country", "Germany"),
              "i:malta": ("island", "Malta")}
    T = _t("target", [("w:v2", "c:london"), ("w:v2", "c:antwerp"), ("w:v2", "c:liege"), ("w:v1", "c:london"),
                      ("w:scud", "c:riyadh"), ("w:scud", "c:telaviv"), ("w:tomahawk", "c:baghdad")])
    T += _t("launch", [("w:v2", "c:hague"), ("w:v1", "r:calais"), ("w:scud", "r:western"), ("c:chastise", "t:scampton")])
    T += _t("developed", [("w:v2", "t:peenemunde"), ("w:v1", "t:kassel")])
    T += _t("directed", [("c:blitz", "c:london"), ("c:blitz", "c:coventry"), ("c:baedeker", "c:exeter"),
                         ("c:baedeker", "c:bath"), ("c:chastise", "r:ruhr")])
    T += _t("targeted", [("c:tet", "n:cuba")])
    T += _t("aimed", [("c:malta", "i:malta")])
    return _build(items, others, rels, T)


def monarchs():
    """(6)(7)(8) Monarchs and governors (items typed "monarch", "pharaoh", "governor"): "reigned
    over" realms ("reign" reads "rule"), "was crowned at" cities (also "in"), "was exiled to the"
    islands (a phrase ending in its object's article), "governed" states ("govern" reads "rule",
    free here as no relation says "rule")."""
    rels = [
        R("reign", phrase="reigned over", inverse_phrase="was reigned over by", range=("kingdom",)),
        R("crowned", phrase="was crowned at", inverse_phrase="saw the coronation of", range=("city",)),
        R("exile", phrase="was exiled to the", inverse_phrase="was the place of exile of", range=("island",)),
        R("governed", phrase="governed", inverse_phrase="was governed by", range=("state",)),
        R("capital", phrase="reigned from", inverse_phrase="was the capital of", range=("city",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
    ]
    items = {"m:victoria": ("monarch", "Queen Victoria", 1819), "m:louis": ("monarch", "Louis XIV", 1638),
             "m:napoleon": ("monarch", "Napoleon", 1769), "m:akbar": ("monarch", "Akbar", 1542),
             "m:charles": ("monarch", "Charles VII", 1403), "m:ramesses": ("pharaoh", "Ramesses II", None),
             "g:arnold": ("governor", "Arnold Schwarzenegger", 1947), "g:reagan": ("governor", "Ronald Reagan", 1911),
             "g:bush": ("governor", "George W. Bush", 1946)}
    others = {"k:uk": ("kingdom", "the United Kingdom"), "k:france": ("kingdom", "France"), "k:mughal": ("kingdom", "the Mughal Empire"),
              "k:egypt": ("kingdom", "Egypt"), "k:india": ("kingdom", "India"),
              "c:reims": ("city", "Reims"), "c:paris": ("city", "Paris"), "c:london": ("city", "London"),
              "c:agra": ("city", "Agra"), "c:fatehpur": ("city", "Fatehpur Sikri"), "c:delhi": ("city", "Delhi"),
              "c:pirameses": ("city", "Pi-Ramesses"), "c:thebes": ("city", "Thebes"), "c:ajaccio": ("city", "Ajaccio"),
              "c:versailles": ("city", "Versailles"), "c:umerkot": ("city", "Umerkot"), "c:graz": ("city", "Thal"),
              "c:tampico": ("city", "Tampico"), "c:newhaven": ("city", "New Haven"),
              "i:elba": ("island", "Elba"), "i:helena": ("island", "Saint Helena"), "i:corsica": ("island", "Corsica"),
              "s:california": ("state", "California"), "s:texas": ("state", "Texas")}
    T = _t("reign", [("m:victoria", "k:uk"), ("m:louis", "k:france"), ("m:akbar", "k:mughal"), ("m:napoleon", "k:france"),
                     ("m:charles", "k:france"), ("m:ramesses", "k:egypt"), ("m:victoria", "k:india")])
    T += _t("crowned", [("m:louis", "c:reims"), ("m:charles", "c:reims"), ("m:napoleon", "c:paris")])
    T += _t("exile", [("m:napoleon", "i:elba"), ("m:napoleon", "i:helena")])
    T += _t("governed", [("g:arnold", "s:california"), ("g:reagan", "s:california"), ("g:bush", "s:texas")])
    T += _t("capital", [("m:akbar", "c:agra"), ("m:akbar", "c:fatehpur"), ("m:ramesses", "c:pirameses"),
                        ("m:louis", "c:versailles")])
    T += _t("born", [("m:napoleon", "c:ajaccio"), ("m:louis", "c:paris"), ("m:victoria", "c:london"), ("m:akbar", "c:umerkot"),
                     ("g:arnold", "c:graz"), ("g:reagan", "c:tampico"), ("g:bush", "c:newhaven")])
    return _build(items, others, rels, T)


def collections():
    """(6) Paintings and novels: "belonged to the" families, "was sold to the" museums, "is the
    first of the" / "is the last of the" series, "is on loan to the" museums (phrases ending in
    their object's article), and coach-stations: "has coach services to" towns (8)."""
    rels = [
        R("owner", phrase="belonged to the", inverse_phrase="owned", range=("family",)),
        R("sold", phrase="was sold to the", inverse_phrase="bought", range=("museum",)),
        R("first", phrase="is the first of the", inverse_phrase="begins with", range=("series",)),
        R("last", phrase="is the last of the", inverse_phrase="ends with", range=("series",)),
        R("loan", phrase="is on loan to the", inverse_phrase="has on loan", range=("museum",)),
        R("painter", phrase="was painted by", inverse_phrase="painted", range=("painter",)),
        R("services", phrase="has coach services to", inverse_phrase="has coach services from", range=("town",)),
    ]
    items = {"p:primavera": ("painting", "Primavera", 1482), "p:venus": ("painting", "The Birth of Venus", 1485),
             "p:triumphs": ("painting", "The Triumphs of Caesar", 1484), "p:monarch": ("painting", "The Monarch of the Glen", 1851),
             "p:jane": ("painting", "The Execution of Lady Jane Grey", 1833),
             "b:stone": ("novel", "Philosopher's Stone", 1997), "b:hallows": ("novel", "Deathly Hallows", 2007),
             "b:fellowship": ("novel", "The Fellowship of the Ring", 1954), "b:king": ("novel", "The Return of the King", 1955),
             "s:keswick": ("bus station", "Keswick bus station", 1990)}
    others = {"f:medici": ("family", "Medici"), "f:gonzaga": ("family", "Gonzagas"), "f:stuart": ("family", "Stuarts"),
              "f:dewar": ("family", "Dewars"),
              "m:uffizi": ("museum", "Uffizi"), "m:ng": ("museum", "National Gallery"), "m:nms": ("museum", "National Museum of Scotland"),
              "m:royal": ("museum", "Royal Collection"),
              "s:potter": ("series", "Harry Potter novels"), "s:lotr": ("series", "Lord of the Rings trilogy"),
              "a:botticelli": ("painter", "Botticelli"), "a:mantegna": ("painter", "Mantegna"), "a:landseer": ("painter", "Landseer"),
              "a:delaroche": ("painter", "Delaroche"),
              "t:penrith": ("town", "Penrith"), "t:carlisle": ("town", "Carlisle")}
    T = _t("owner", [("p:primavera", "f:medici"), ("p:venus", "f:medici"), ("p:triumphs", "f:gonzaga"), ("p:monarch", "f:dewar")])
    T += _t("sold", [("p:triumphs", "m:royal"), ("p:monarch", "m:nms"), ("p:jane", "m:ng")])
    T += _t("first", [("b:stone", "s:potter"), ("b:fellowship", "s:lotr")])
    T += _t("last", [("b:hallows", "s:potter"), ("b:king", "s:lotr")])
    T += _t("loan", [("p:venus", "m:ng")])
    T += _t("painter", [("p:primavera", "a:botticelli"), ("p:venus", "a:botticelli"), ("p:triumphs", "a:mantegna"),
                        ("p:monarch", "a:landseer"), ("p:jane", "a:delaroche")])
    T += _t("services", [("s:keswick", "t:penrith")])
    return _build(items, others, rels, T)


def missiles():
    """(7) More targets said with a passive "at" a place: "was pointed at", "was thrown at",
    "was levelled at" cities or countries (targets, never where the thing was)."""
    rels = [
        R("pointed", phrase="was pointed at", inverse_phrase="was the target of", range=("city",)),
        R("stationed", phrase="was stationed in", inverse_phrase="hosted", range=("country",)),
        R("levelled", phrase="was levelled at", inverse_phrase="faced", range=("country",)),
        R("thrown", phrase="was thrown at", inverse_phrase="was hit by", range=("city",)),
    ]
    items = {"w:pershing": ("missile", "The Pershing II", 1983), "w:ss20": ("missile", "The SS-20", 1976),
             "a:charge": ("accusation", "The charge of genocide", 1990), "a:claim": ("accusation", "The claim of fraud", 2000),
             "b:bomb": ("bomb", "The Orsini bomb", 1858)}
    others = {"c:moscow": ("city", "Moscow"), "c:paris": ("city", "Paris"), "c:bonn": ("city", "Bonn"),
              "n:wg": ("country", "West Germany"), "n:ussr": ("country", "the Soviet Union"), "n:serbia": ("country", "Serbia"),
              "n:italy": ("country", "Italy"), "c:rome": ("city", "Rome")}
    T = _t("pointed", [("w:pershing", "c:moscow"), ("w:ss20", "c:paris"), ("w:ss20", "c:bonn")])
    T += _t("stationed", [("w:pershing", "n:wg"), ("w:ss20", "n:ussr")])
    T += _t("levelled", [("a:charge", "n:serbia"), ("a:claim", "n:italy")])
    T += _t("thrown", [("b:bomb", "c:paris")])
    return _build(items, others, rels, T)


def movies():
    return kgx.KnowledgeGraph.example()


BUILDERS = {"movies": movies, "diseases": diseases, "transport": transport, "athletes": athletes, "gods": gods,
            "strikes": strikes, "monarchs": monarchs,
            "collections": collections, "missiles": missiles}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@diseases
# (6) wrong vector with the article dropped / changed
Plague is spread by Anopheles mosquitoes.
Plague is spread by deer ticks.
Plague is spread by a deer tick.
Plague is spread by body lice.
Malaria is spread by rat fleas.
Malaria is spread by tsetse flies.
Malaria is spread by the Aedes mosquito.
Malaria is spread by an Aedes mosquito.
Lyme disease is spread by rat fleas.
Lyme disease is spread by body lice.
Typhus is spread by deer ticks.
Typhus is spread by a rat flea.
Dengue is spread by Anopheles mosquitoes.
Dengue is spread by the Anopheles mosquito.
Sleeping sickness is spread by Aedes mosquitoes.
Rabies is spread by rat fleas.
Cholera is spread by rat fleas.
Cholera is spread by dogs.
# (6) the cause read as the vector
Plague is spread by Yersinia pestis.
Malaria is spread by Plasmodium.
Lyme disease is spread by Borrelia.
Cholera is spread by Vibrio cholerae.
# (6)(8) "carry" / "transmit" of the vector: wrong objects, directions, the cause
Plague is carried by Anopheles mosquitoes.
Plague is carried by the deer tick.
Malaria is carried by rat fleas.
Malaria is carried by Plasmodium.
Plague is carried by Yersinia pestis.
Typhus is carried by ticks.
Lyme disease is carried by body lice.
Dengue is carried by tsetse flies.
Rabies is carried by mosquitoes.
Cholera is carried by mosquitoes.
Rat fleas carry malaria.
Deer ticks carry plague.
Anopheles mosquitoes carry dengue.
Aedes mosquitoes carry malaria.
Tsetse flies carry typhus.
Dogs carry plague.
Rat fleas spread malaria.
Deer ticks spread typhus.
Plague carries rat fleas.
Malaria carries Anopheles mosquitoes.
Plague spreads rat fleas.
Rat fleas are carried by plague.
Rat fleas are spread by plague.
Malaria transmits Anopheles mosquitoes.
Anopheles mosquitoes transmit plague.
Rat fleas transmit malaria.
Plague is transmitted by deer ticks.
# negations of true vectors
Plague is not spread by rat fleas.
Plague is not carried by rat fleas.
Malaria is not spread by Anopheles mosquitoes.
Rat fleas do not carry plague.
# (6) "classified as a": wrong class, the article dropped or changed
Plague is classified as a tropical disease.
Plague is classified as tropical disease.
Plague is classified as a waterborne disease.
Malaria is classified as a zoonosis.
Malaria is classified as zoonosis.
Lyme disease is classified as a tropical disease.
Cholera is classified as a zoonosis.
Cholera is classified as zoonosis.
Dengue is classified as a waterborne disease.
Rabies is classified as a notifiable disease.
Rabies is classified as notifiable disease.
Typhus is classified as a zoonosis.
Malaria is classified as a notifiable disease.
Plague is classified as the tropical disease.
Zoonosis is classified as plague.
Plague is not classified as a zoonosis.
# "spread to": "carried to", "transmitted to" (8): wrong regions
Plague spread to the Americas.
Plague spread to Asia.
Malaria spread to Europe.
Dengue spread to Europe.
Plague carried to Asia.
Cholera carried to Africa.
Plague was carried to the Americas.
Malaria was carried to Europe.
Dengue was carried to Africa.
Plague was transmitted to Asia.
Cholera was transmitted to India.
Europe spread to plague.
# (7) "was identified at" a town: "in" it; wrong towns, an island reading "on"
Lyme disease was identified in Hong Kong.
Plague was identified in Old Lyme.
Cholera was identified in Cairo.
Dengue was identified in Florence.
Typhus was identified in Florence.
Malaria was identified in Cairo.
Lyme disease was identified at Florence.
Old Lyme was identified in Lyme disease.
Lyme disease was not identified in Old Lyme.
@transport
# (8) "coach" a vehicle read "train": the towns have no railway between them (only coaches)
Keswick is linked by train to Penrith.
Ambleside is linked by train to Keswick.
Keswick is linked by train to Windermere.
Penrith is linked by train to Keswick.
Keswick is linked by trains to Penrith.
# wrong towns by coach, by rail
Keswick is linked by coach to Kendal.
Windermere is linked by coach to Kendal.
Keswick is linked by rail to Penrith.
Ambleside is linked by rail to Keswick.
Ambleside is linked by coach to Oban.
# (8) "runs coaches to": "runs trains to" (a coach operator runs no trains)
National Express runs trains to London.
National Express runs trains to Birmingham.
National Express runs trains to Keswick.
Megabus runs trains to Glasgow.
Scottish Citylink runs trains to Edinburgh.
Scottish Citylink runs trains to Oban.
Scottish Citylink ran trains to Perth.
# wrong places of coaches
National Express runs coaches to Glasgow.
Megabus runs coaches to London.
Scottish Citylink runs coaches to Keswick.
CalMac runs coaches to Mull.
National Express has ferries to Mull.
CalMac has ferries to Oban.
National Express does not run coaches to London.
@athletes
# (8) "coach" read "train", "mentor": wrong coaches, directions, negations
Serena Williams was trained by Toni Nadal.
Serena Williams was mentored by Ivan Lendl.
Rafael Nadal was trained by Patrick Mouratoglou.
Rafael Nadal was mentored by Judy Murray.
Andy Murray was trained by Paul Annacone.
Andy Murray was mentored by Toni Nadal.
Roger Federer was trained by Ivan Lendl.
Roger Federer was mentored by Bela Karolyi.
Simone Biles was trained by Bela Karolyi.
Simone Biles was mentored by Patrick Mouratoglou.
Nadia Comaneci was trained by Aimee Boorman.
Nadia Comaneci was mentored by Aimee Boorman.
Toni Nadal trained Serena Williams.
Ivan Lendl trained Roger Federer.
Bela Karolyi trained Simone Biles.
Judy Murray mentored Rafael Nadal.
Patrick Mouratoglou mentored Andy Murray.
Aimee Boorman trained Nadia Comaneci.
Rafael Nadal trained Toni Nadal.
Andy Murray trained Ivan Lendl.
Serena Williams mentored Patrick Mouratoglou.
Toni Nadal was trained by Rafael Nadal.
Ivan Lendl was mentored by Andy Murray.
Rafael Nadal was not trained by Toni Nadal.
Toni Nadal did not mentor Rafael Nadal.
Serena Williams's mentor is Toni Nadal.
Andy Murray's mentor is Paul Annacone.

# the teacher read as a coach: Peter Carter taught Federer, no coach
Roger Federer was coached by Peter Carter.
Peter Carter coached Roger Federer.
# (7) "was crowned at" a city: "in" it; wrong cities
Nadia Comaneci was crowned in Rio de Janeiro.
Simone Biles was crowned in Montreal.
Andy Murray was crowned in Glasgow.
Serena Williams was crowned in London.
Nadia Comaneci was crowned on Montreal.
Rafael Nadal was crowned in London.
Montreal was crowned in Nadia Comaneci.
@gods
# (7) "was worshipped at": "in", "on"; wrong places
Apollo was worshipped in Olympia.
Apollo was worshipped on Crete.
Apollo was worshipped on Cythera.
Apollo was worshipped at Athens.
Zeus was worshipped in Delphi.
Zeus was worshipped on Delos.
Zeus was worshipped on Mount Cyllene.
Zeus was worshipped on Mount Olympus.
Zeus was worshipped on Crete.
Athena was worshipped in Sparta.
Athena was worshipped in Ephesus.
Hermes was worshipped on Mount Lykaion.
Hermes was worshipped in Athens.
Artemis was worshipped in Athens.
Artemis was worshipped on Delos.
Aphrodite was worshipped on Delos.
Aphrodite was worshipped in Corinth.
Poseidon was worshipped in Athens.
Poseidon was worshipped on Delos.
Hades was worshipped in Corinth.
Leto was worshipped on Delos.
Delos was worshipped in Apollo.
Apollo was not worshipped on Delos.
Apollo was never worshipped in Delphi.
# (8) "venerated", "revered" (+ (7) "in", "on")
Apollo was venerated in Olympia.
Zeus was revered on Delos.
Zeus was venerated at Delphi.
Athena was revered in Sparta.
Hermes was venerated on Mount Lykaion.
Artemis was venerated on Delos.
Poseidon was revered in Athens.
Hades was venerated in Corinth.
# (6) "was worshipped by the" people: the article dropped, wrong peoples, directions
Apollo was worshipped by Spartans.
Athena was worshipped by Romans.
Athena was worshipped by Spartans.
Zeus was worshipped by Athenians.
Artemis was worshipped by Romans.
Hermes was worshipped by Greeks.
Poseidon was worshipped by the Greeks.
Apollo was revered by the Athenians.
Athena was venerated by Romans.
Zeus was revered by Spartans.
Greeks were worshipped by Apollo.
The Athenians worshipped Zeus.
The Romans worshipped Athena.
The Spartans revered Apollo.
The Romans venerated Hermes.
Apollo worshipped the Greeks.
The Romans did not worship Apollo.
# (8) "rule": "reign", "govern": wrong realms, directions
Zeus ruled the sea.
Zeus reigned over the sea.
Zeus governed the underworld.
Poseidon reigned over the sky.
Poseidon governed the underworld.
Hades ruled the sea.
Hades reigned over the sky.
Apollo ruled the sky.
Athena governed the sky.
The sky ruled Zeus.
The sea governed Poseidon.
The underworld was ruled by Zeus.
The sky was governed by Poseidon.
Zeus did not rule the sky.
Poseidon never governed the sea.
# born on: wrong islands and mountains (beside worshipped on)
Zeus was born on Delos.
Apollo was born on Crete.
Hermes was born on Mount Olympus.
Aphrodite was born on Cythera.
@strikes
# (7) "was fired at" a target read "was fired in" it: the missile was fired from elsewhere
The V-2 was fired in London.
The V-2 was fired in Antwerp.
The V-2 was fired in Liège.
The V-1 was fired in London.
The Scud was fired in Riyadh.
The Scud was fired in Tel Aviv.
The Tomahawk was fired in Baghdad.
V-2 rockets were fired in London.
The V-2 was fired from London.
The V-1 was launched from London.
# wrong targets, launch sites
The V-2 was fired at Berlin.
The V-1 was fired at Antwerp.
The Scud was fired at Baghdad.
The V-2 was launched from Peenemünde.
The V-1 was launched from The Hague.
The Scud was launched from Riyadh.
London was fired at the V-2.
The V-2 was not fired at London.
# (7) "was developed at" a town: wrong towns
The V-2 was developed in Kassel.
The V-1 was developed in Peenemünde.
The Scud was developed in Peenemünde.
# (7) "was directed at" a target read "was directed in" it (the raids were flown from elsewhere)
The Blitz was directed in London.
The Blitz was directed in Coventry.
The Baedeker Blitz was directed in Exeter.
The Baedeker Blitz was directed in Bath.
Operation Chastise was directed in the Ruhr.
# wrong targets
The Blitz was directed at Exeter.
The Baedeker Blitz was directed at London.
Operation Chastise was directed at Coventry.
The Blitz was directed in Berlin.
# (7) "was targeted at" a country: the relation's objects are countries (no locality)
The propaganda campaign was targeted in Cuba.
The propaganda campaign was targeted at Germany.
# (7) "was aimed at": excluded
The Siege of Malta was aimed in Malta.
The Siege of Malta was aimed on Malta.
The Siege of Malta was aimed at Cuba.
# (7) "was launched from" (no "at")
Operation Chastise was launched from the Ruhr.
Operation Chastise was launched in Scampton and directed at Coventry.
@monarchs
# (8) "reign" read "rule": wrong realms, directions
Queen Victoria ruled France.
Queen Victoria ruled over France.
Louis XIV ruled the United Kingdom.
Louis XIV ruled over the Mughal Empire.
Akbar ruled over Egypt.
Akbar ruled France.
Napoleon ruled over the United Kingdom.
Ramesses II ruled India.
Charles VII ruled over Egypt.
France ruled over Louis XIV.
The United Kingdom was ruled by Louis XIV.
France was ruled by Queen Victoria.
Queen Victoria did not rule over the United Kingdom.
Louis XIV never ruled France.
# "reigned from" a capital: "ruled from"; wrong capitals
Akbar ruled from Delhi.
Akbar reigned from Delhi.
Ramesses II ruled from Thebes.
Louis XIV ruled from Paris.
Louis XIV reigned from Agra.
Queen Victoria ruled from Versailles.
# (8) "govern" read "rule": wrong states, directions
Arnold Schwarzenegger ruled Texas.
George W. Bush ruled California.
Ronald Reagan ruled Texas.
Arnold Schwarzenegger governed Texas.
George W. Bush governed California.
California ruled Arnold Schwarzenegger.
Texas was ruled by Ronald Reagan.
California was governed by George W. Bush.
# (the governors read as monarchs, the monarchs as governors)
Arnold Schwarzenegger reigned over California.
# (7) "was crowned at": "in"; wrong cities
Louis XIV was crowned in Paris.
Napoleon was crowned in Reims.
Charles VII was crowned in Paris.
Queen Victoria was crowned in Reims.
Akbar was crowned in Reims.
Louis XIV was crowned on Elba.
Reims was crowned in Louis XIV.
Louis XIV was not crowned in Reims.
# (6) "was exiled to the": the article dropped; wrong islands, people
Napoleon was exiled to Corsica.
Napoleon was exiled to the Corsica.
Louis XIV was exiled to Elba.
Queen Victoria was exiled to Saint Helena.
Charles VII was exiled to Elba.
Elba was exiled to Napoleon.
Napoleon was not exiled to Elba.
Napoleon was exiled to Elba and Corsica.
@collections
# (6) "belonged to the" family: wrong families, article dropped
Primavera belonged to Gonzagas.
Primavera belonged to the Gonzagas.
The Birth of Venus belonged to Stuarts.
The Triumphs of Caesar belonged to Medici.
The Triumphs of Caesar belonged to the Medici.
The Monarch of the Glen belonged to Medici.
The Execution of Lady Jane Grey belonged to the Dewars.
Medici belonged to Primavera.
Primavera did not belong to the Medici.
# (6) "was sold to the": wrong museums, the owner family read as a buyer
The Triumphs of Caesar was sold to National Gallery.
The Triumphs of Caesar was sold to the Uffizi.
The Monarch of the Glen was sold to Royal Collection.
The Execution of Lady Jane Grey was sold to National Museum of Scotland.
Primavera was sold to the Uffizi.
The Birth of Venus was sold to National Gallery.
Primavera was sold to the Medici.
# (6) "is on loan to the": wrong museums, the loan read as a sale
The Birth of Venus is on loan to Uffizi.
Primavera is on loan to National Gallery.
The Monarch of the Glen is on loan to the National Gallery.
# (6) "is the first of the" / "is the last of the": first read as last, article dropped, wrong series
Deathly Hallows is the first of the Harry Potter novels.
Deathly Hallows is the first of Harry Potter novels.
Philosopher's Stone is the last of the Harry Potter novels.
Philosopher's Stone is the last of Harry Potter novels.
The Return of the King is the first of the Lord of the Rings trilogy.
The Fellowship of the Ring is the last of Lord of the Rings trilogy.
Philosopher's Stone is the first of the Lord of the Rings trilogy.
The Fellowship of the Ring is the first of Harry Potter novels.
Philosopher's Stone is the second of the Harry Potter novels.
Philosopher's Stone is the first of the Harry Potter novels and Deathly Hallows is the first of the Harry Potter novels.
# (8) "has coach services to": "train services"
Keswick bus station has train services to Penrith.
Keswick bus station has coach services to Carlisle.
@missiles
# (7) "was pointed at" / "was thrown at" / "was levelled at": targets read as where
The Pershing II was pointed in Moscow.
The SS-20 was pointed in Paris.
The SS-20 was pointed in Bonn.
The charge of genocide was levelled in Serbia.
The claim of fraud was levelled in Italy.
The Pershing II was pointed at Paris.
The Pershing II was pointed in West Germany.
The SS-20 was stationed in Paris.
The Orsini bomb was thrown in Rome.
@movies
# (8) the new synonyms on the example graph, where no relation says them
Michael Mann coached Heat.
Michael Mann trained Al Pacino.
Al Pacino was trained by Michael Mann.
Heat was ruled by Michael Mann.
Heat was governed by Warner Bros.
Warner Bros. ruled Heat.
Heat was carried by Warner Bros.
Warner Bros. transmitted Heat.
Heat was spread by Warner Bros.
Heat was worshipped in Los Angeles.
Al Pacino was revered by Michael Mann.
Sabrina was spread by Paramount Pictures.
"""

# Controls rejected: "Malaria is transmitted by the Anopheles mosquito" (the synonym is not made:
# _verb_forms("transmit") gives "transmited", and "spread" -> "spreaded"), "venerated / revered on" (synonym and "on" not combined), "Poseidon
# reigned over the sea" (rule -> reign gives "reigned" only), "Louis XIV ruled France" (bare "ruled"
# comes from "governed", so it reads the governors' relation: wrong_relation), "Philosopher's Stone is
# one of the Harry Potter novels" (no "one of" from "the first of").
CONTROLS = r"""
@diseases
Plague is spread by the rat flea.
Plague is spread by rat fleas.
Malaria is spread by the Anopheles mosquito.
Lyme disease is spread by the deer tick.
Plague is carried by the rat flea.
Malaria is carried by Anopheles mosquitoes.
Malaria is transmitted by the Anopheles mosquito.
Anopheles mosquitoes spread malaria.
Plague is caused by Yersinia pestis.
Plague is classified as a zoonosis.
Cholera is classified as a waterborne disease.
Plague spread to Europe.
Lyme disease was identified at Old Lyme.
Lyme disease was identified in Old Lyme.
Cholera was identified in Florence.
@transport
Keswick is linked by coach to Penrith.
Windermere is linked by rail to Kendal.
National Express runs coaches to London.
Scottish Citylink runs coaches to Oban.
CalMac has ferries to Mull.
@athletes
Rafael Nadal was coached by Toni Nadal.
Rafael Nadal was trained by Toni Nadal.
Andy Murray was mentored by Ivan Lendl.
Ivan Lendl coached Andy Murray.
Bela Karolyi trained Nadia Comaneci.
Nadia Comaneci was crowned at Montreal.
Nadia Comaneci was crowned in Montreal.
Roger Federer studied under Peter Carter.
@gods
Apollo was worshipped at Delphi.
Apollo was worshipped in Delphi.
Apollo was worshipped on Delos.
Zeus was worshipped on Mount Lykaion.
Hermes was venerated on Mount Cyllene.
Aphrodite was revered on Cythera.
Athena was worshipped by the Athenians.
Apollo was worshipped by Romans.
Zeus ruled the sky.
Poseidon reigned over the sea.
Hades governed the underworld.
Apollo was born on Delos.
@strikes
The V-2 was fired at London.
The V-2 was launched from The Hague.
The V-2 was developed at Peenemünde.
The V-2 was developed in Peenemünde.
The Blitz was directed at Coventry.
The Siege of Malta was aimed at Malta.
@monarchs
Queen Victoria reigned over the United Kingdom.
Queen Victoria ruled over the United Kingdom.
Louis XIV ruled France.
Akbar ruled from Agra.
Arnold Schwarzenegger governed California.
Louis XIV was crowned in Reims.
Napoleon was exiled to Elba.
Napoleon was exiled to the island of Elba.
Napoleon was exiled to Saint Helena.
@collections
Philosopher's Stone is one of the Harry Potter novels.
Primavera belonged to the Medici.
Primavera belonged to Medici.
The Monarch of the Glen was sold to the National Museum of Scotland.
Philosopher's Stone is the first of the Harry Potter novels.
Deathly Hallows is the last of the Harry Potter novels.
The Birth of Venus is on loan to the National Gallery.
@missiles
The Orsini bomb was thrown at Paris.
The Orsini bomb was thrown in Paris.
The Pershing II was pointed at Moscow.
The Pershing II was stationed in West Germany.
The charge of genocide was levelled at Serbia.
@movies
Heat was directed by Michael Mann.
Heat stars Al Pacino.
"""

KNOWN = frozenset()

OPEN = frozenset({
    # "mentor" for the noun "coach" (a vehicle): nonsense rather than false
    "Keswick is linked by mentor to Penrith.",
    "National Express runs mentors to London.",
    "Keswick bus station has mentor services to Penrith.",
    # "the first of a ... novels": an article error, no false claim
    "Philosopher's Stone is the first of a Harry Potter novels.",
    # Peter Carter taught Federer ("studied under"): a teacher may be said to "train" a pupil
    "Roger Federer was trained by Peter Carter.",
    # Paphos, a cult site of Aphrodite in the graph, lies on Cyprus: true by geography
    "Aphrodite was worshipped on Cyprus.",
    "Aphrodite was revered on Cyprus.",
    # the V-2 was launched from The Hague: "fired in The Hague" is then true
    "The V-2 was fired in The Hague.",
    # identified at Hong Kong, which is (partly) an island: "on" it may be true
    "Plague was identified on Hong Kong.",
    # a monarch who reigned over a realm "governed" it? a governor "ruled" his state? (loose)
    "Queen Victoria governed the United Kingdom.",
    "Louis XIV governed France.",
    "Arnold Schwarzenegger ruled California.",
    "Ronald Reagan ruled California.",
})

OPEN_TEXTS = r"""
@transport
Keswick is linked by mentor to Penrith.
National Express runs mentors to London.
@collections
Keswick bus station has mentor services to Penrith.
Philosopher's Stone is the first of a Harry Potter novels.
@athletes
Roger Federer was trained by Peter Carter.
@gods
Aphrodite was worshipped on Cyprus.
Aphrodite was revered on Cyprus.
@strikes
The V-2 was fired in The Hague.
@diseases
Plague was identified on Hong Kong.
@monarchs
Queen Victoria governed the United Kingdom.
Louis XIV governed France.
Arnold Schwarzenegger ruled California.
Ronald Reagan ruled California.
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
