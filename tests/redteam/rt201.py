"""Red team round 201 on WHOLE_SESSION.diff, readings (1) people by type, (2) "he" / "she" of each
person by type plus every "maybe" person, untyped name and animal, (3) "him" / "her" not the own
clause's subject, (4) ", and his N is Y" of the one person by type named before, (5) "Serena and
Venus Williams", (6) "(YEAR)" after a person or an animal only on a graph that declares births.

Graphs: the shipped example graph and five of my own (see each builder): "myths" (gods and
goddesses as items, people by type now, beside a "centaur", a "muse", a "cyclops", an "oracle", a
"satyr", a "witch", none of them a person type nor a "maybe" type, and a "nymph", a "titaness",
"heroes", which are), "cabinet" (prime ministers as items, typed "prime minister", dated by taking
office, beside a king and a queen, a "surgeon", a "doctor", an "entrepreneur", an "heir", a
"private secretary"), "racing" (jockeys and racehorses as items, both dated by a Derby), "tennis"
(tennis players, births declared, beside coaches, a "commentator", a "broadcaster", a "pundit", a
"physio"; two Williamses, two Murrays, two Bryans), "laureates" (poets laureate, astronomers
royal, masters of music as items dated by appointment, beside monarchs and poets).

Findings (167 of 235 false texts accepted; 5 OPEN texts, 5 accepted; controls: 48 of 55
accepted). With WHOLE_SESSION.diff reversed on a copy of the code 99 are accepted: 70 are the
session's, 97 are holes it leaves (2 more are closed by it).

* (2) the session's, 51 (+ 5 after a user's claim): with gods now people by type ("god", "goddess") and
  "tennis player" people too, a name of a type that is neither a person type nor a "maybe" type
  is dropped from "he" / "she", so the claim is judged of the god / the player only, though the
  dropped one is the subject: "Chiron taught Asclepius. He is a child of Apollo." (centaur),
  "Apollo loved Calliope. She is a child of Leto." (muse), "Polyphemus is a child of Poseidon. He
  lives on Mount Olympus." (cyclops), "The Pythia served Apollo. She is a child of Zeus." (oracle),
  "Silenus taught Dionysus. He lives on Naxos." (satyr), "Circe was visited by Hermes. She is a
  child of Maia." (witch), "John McEnroe interviewed Roger Federer. He beat Rafael Nadal."
  (pundit), "Jordan Murray treated Andy Murray. He is a child of Judy Murray." (physio).
* (4) the session's, 13 (+1 below): ", and his / her N is Y" read of the one person by type where
  the subject is one of those types: "Chiron taught Asclepius, and his symbol is the staff.", "John McEnroe
  interviewed Andy Murray, and his birthplace is Glasgow.", "You gave Roger Federer five stars,
  and John McEnroe interviewed him, and his birthplace is Basel."
* (4) not the session's, 11: "his" of a goddess, "her" of a god, where the types give the sex:
  "Athena lives on Mount Olympus, and his symbol is the owl.", "Zeus lives on Mount Olympus, and
  her symbol is the thunderbolt.", "Zeus is a parent of Athena, and her symbol is the
  thunderbolt." (one new: "You gave Athena five stars, and his symbol is the owl.").
* (6) holes the fix leaves, 47: the fix applies only where every item is a person by type or an
  animal; items typed "prime minister", "poet laureate", "astronomer royal", "master of music"
  (no person types) and a graph of jockeys *and* racehorses still read "(YEAR)" as the item's
  year, i.e. a birth: "Winston Churchill (1940) was born at Blenheim Palace.", "Ted Hughes (1984)
  wrote Crow.", "Lester Piggott (1954) rode Nijinsky.", "Nijinsky (1970) was foaled in Canada.".
* (2) holes the session leaves, 39: an item of a type that names people but is no person type
  ("prime minister", "poet laureate", "astronomer royal", "master of music") is dropped beside a
  king, a queen or a poet ("Winston Churchill served George VI. He was born at Sandringham
  House.", "Ted Hughes was married to Sylvia Plath. He was born in Boston."), and so are a
  "surgeon", a "doctor", an "entrepreneur", an "heir", a "private secretary" ("Horace Evans
  treated George VI. He was buried at St George's Chapel.", "Denis Thatcher met Elizabeth II. He
  was born at Bruton Street."); and a muse beside a "musician" ("Calliope taught Orpheus. She was
  born on Mount Pangaion.").
Held: (5) every shared-surname text (the claim is checked of each; a given name of no such
person, "Jordan and Andy Murray", is rejected); (3) "him" / "her"; (2) "nymph", "titaness",
"hero", "trainer", "commentator", "broadcaster" stay in "he" / "she"; (4) two people by type ("his"
is the subject's); (6) "born in 1954" forms, a coach's "(1981)", wrong births on the tennis graph;
the example graph.
Controls rejected: "Maia is a parent of Hermes. He was born on Mount Cyllene.", "Leto is a parent
of Apollo. He was born on Delos." (sex unread: "he" is the nymph / titaness too); "Jordan Murray
treated Jamie Murray, and he was born in Stirling." (the physio dropped: "he" is Jamie only);
"Ted Hughes was married to Sylvia Plath. He was born in Mytholmroyd.", "Ted Hughes wrote Crow.
Sylvia Plath was married to him.", "Ted Hughes was appointed by Elizabeth II. Andrew Motion
succeeded him." (the laureate dropped); "Joel and Ethan Coen directed Fargo." (the example graph
credits Joel only).
"""
import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=(), born=False):
    ents = [E(k, kind="item", type=t, label=n, attrs=({"year": y, "born": y} if born else {"year": y}) if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)

def _t(rel, pairs):
    return [(h, rel, t) for h, t in pairs]

def myths():
    rels = [
        R("parent", phrase="is a child of", inverse_phrase="is a parent of"),
        R("born", phrase="was born on", inverse_phrase="is the birthplace of", range=("island", "mountain")),
        R("home", phrase="lives on", inverse_phrase="is the home of", range=("island", "mountain", "sanctuary")),
        R("taught", phrase="was taught by", inverse_phrase="taught"),
        R("symbol", phrase="has symbol", inverse_phrase="is the symbol of", range=("symbol",), cues=("'s symbol is",)),
        R("blinded", phrase="was blinded by", inverse_phrase="blinded"),
        R("loved", phrase="loved", inverse_phrase="was loved by"),
        R("visited", phrase="visited", inverse_phrase="was visited by"),
        R("served", phrase="served", inverse_phrase="was served by"),
        R("rated", phrase="rated"),
    ]
    items = {"g:zeus": ("god", "Zeus", None), "g:apollo": ("god", "Apollo", None), "g:athena": ("goddess", "Athena", None),
             "g:artemis": ("goddess", "Artemis", None), "g:poseidon": ("god", "Poseidon", None),
             "g:hermes": ("god", "Hermes", None), "g:asclepius": ("god", "Asclepius", None),
             "g:dionysus": ("god", "Dionysus", None)}
    others = {"c:chiron": ("centaur", "Chiron"), "c:calliope": ("muse", "Calliope"), "c:polyphemus": ("cyclops", "Polyphemus"),
              "c:circe": ("witch", "Circe"), "c:silenus": ("satyr", "Silenus"), "c:pythia": ("oracle", "the Pythia"),
              "c:odysseus": ("hero", "Odysseus"), "c:achilles": ("hero", "Achilles"), "c:orpheus": ("musician", "Orpheus"),
              "c:maia": ("nymph", "Maia"), "c:leto": ("titaness", "Leto"),
              "i:naxos": ("island", "Naxos"), "m:nysa": ("mountain", "Mount Nysa"), "m:pangaion": ("mountain", "Mount Pangaion"),
              "d:delphi": ("sanctuary", "Delphi"), "s:thyrsus": ("symbol", "the thyrsus"),
              "i:delos": ("island", "Delos"), "i:crete": ("island", "Crete"), "i:aeaea": ("island", "Aeaea"),
              "i:sicily": ("island", "Sicily"), "i:ithaca": ("island", "Ithaca"),
              "m:olympus": ("mountain", "Mount Olympus"), "m:pelion": ("mountain", "Mount Pelion"),
              "m:cyllene": ("mountain", "Mount Cyllene"), "m:helicon": ("mountain", "Mount Helicon"),
              "s:thunder": ("symbol", "the thunderbolt"), "s:lyre": ("symbol", "the lyre"), "s:owl": ("symbol", "the owl"),
              "s:trident": ("symbol", "the trident"), "s:bow": ("symbol", "the bow"), "s:staff": ("symbol", "the staff"),
              "s:caduceus": ("symbol", "the caduceus")}
    T = _t("parent", [("g:apollo", "g:zeus"), ("g:artemis", "g:zeus"), ("g:athena", "g:zeus"), ("g:hermes", "g:zeus"), ("g:dionysus", "g:zeus"),
                      ("g:apollo", "c:leto"), ("g:artemis", "c:leto"), ("g:hermes", "c:maia"), ("g:asclepius", "g:apollo"),
                      ("c:polyphemus", "g:poseidon")])
    T += _t("born", [("g:zeus", "i:crete"), ("g:apollo", "i:delos"), ("g:artemis", "i:delos"), ("g:hermes", "m:cyllene"),
                     ("c:chiron", "m:pelion"), ("c:circe", "i:aeaea"), ("c:odysseus", "i:ithaca"), ("c:calliope", "m:helicon"),
                     ("g:dionysus", "m:nysa"), ("c:orpheus", "m:pangaion"), ("g:athena", "m:olympus")])
    T += _t("home", [("g:zeus", "m:olympus"), ("g:athena", "m:olympus"), ("g:apollo", "m:olympus"), ("g:poseidon", "m:olympus"),
                     ("c:chiron", "m:pelion"), ("c:circe", "i:aeaea"), ("c:polyphemus", "i:sicily"), ("c:calliope", "m:helicon"),
                     ("c:odysseus", "i:ithaca"), ("g:dionysus", "i:naxos"), ("c:pythia", "d:delphi")])
    T += _t("taught", [("g:asclepius", "c:chiron"), ("c:achilles", "c:chiron"), ("c:orpheus", "c:calliope"),
                       ("g:artemis", "g:apollo"), ("g:dionysus", "c:silenus")])
    T += _t("symbol", [("g:zeus", "s:thunder"), ("g:apollo", "s:lyre"), ("g:athena", "s:owl"), ("g:poseidon", "s:trident"),
                       ("g:artemis", "s:bow"), ("g:asclepius", "s:staff"), ("g:hermes", "s:caduceus"), ("g:dionysus", "s:thyrsus")])
    T += _t("visited", [("g:hermes", "c:circe"), ("c:odysseus", "c:circe")])
    T += _t("served", [("c:pythia", "g:apollo")])
    T += _t("blinded", [("c:polyphemus", "c:odysseus")])
    T += _t("loved", [("c:circe", "c:odysseus"), ("g:apollo", "c:calliope")])
    T += [("u:ann", "rated", "g:zeus", {"rating": 5.0}), ("u:ann", "rated", "g:apollo", {"rating": 5.0}),
          ("u:ann", "rated", "g:athena", {"rating": 5.0})]
    return _build(items, others, rels, T, users=[("u:ann", "Ann")])


def cabinet():
    rels = [
        R("served", phrase="served", inverse_phrase="was served by"),
        R("born", phrase="was born at", inverse_phrase="is the birthplace of", range=("palace", "city", "house")),
        R("succ", phrase="was succeeded by", inverse_phrase="succeeded"),
        R("treated", phrase="was treated by", inverse_phrase="treated"),
        R("party", phrase="belonged to", inverse_phrase="had member", range=("party",)),
        R("buried", phrase="was buried at", inverse_phrase="is the burial place of", range=("church", "chapel", "abbey")),
        R("met", phrase="met", inverse_phrase="met"),
    ]
    items = {"p:churchill": ("prime minister", "Winston Churchill", 1940), "p:attlee": ("prime minister", "Clement Attlee", 1945),
             "p:eden": ("prime minister", "Anthony Eden", 1955), "p:macmillan": ("prime minister", "Harold Macmillan", 1957),
             "p:thatcher": ("prime minister", "Margaret Thatcher", 1979), "p:major": ("prime minister", "John Major", 1990)}
    others = {"k:george": ("king", "George VI"), "k:elizabeth": ("queen", "Elizabeth II"),
              "d:moran": ("doctor", "Lord Moran"), "d:evans": ("surgeon", "Horace Evans"),
              "e:denis": ("entrepreneur", "Denis Thatcher"), "s:randolph": ("heir", "Randolph Churchill"),
              "x:colville": ("private secretary", "John Colville"),
              "pl:blenheim": ("palace", "Blenheim Palace"), "pl:sandringham": ("house", "Sandringham House"),
              "pl:bruton": ("palace", "Bruton Street"), "pl:putney": ("city", "Putney"), "pl:grantham": ("city", "Grantham"),
              "pl:windlestone": ("house", "Windlestone Hall"), "pl:chelsea": ("city", "Chelsea"),
              "pl:lewisham": ("city", "Lewisham"), "pl:carshalton": ("city", "St Helier"),
              "c:bladon": ("church", "St Martin's Church"), "c:george": ("chapel", "St George's Chapel"),
              "c:westminster": ("abbey", "Westminster Abbey"),
              "y:con": ("party", "the Conservative Party"), "y:lab": ("party", "the Labour Party")}
    T = _t("served", [("p:churchill", "k:george"), ("p:attlee", "k:george"), ("p:churchill", "k:elizabeth"),
                      ("p:eden", "k:elizabeth"), ("p:macmillan", "k:elizabeth"), ("p:thatcher", "k:elizabeth"),
                      ("p:major", "k:elizabeth"), ("x:colville", "p:churchill")])
    T += _t("born", [("p:churchill", "pl:blenheim"), ("k:george", "pl:sandringham"), ("k:elizabeth", "pl:bruton"),
                     ("p:attlee", "pl:putney"), ("p:thatcher", "pl:grantham"), ("p:eden", "pl:windlestone"),
                     ("p:macmillan", "pl:chelsea"), ("d:moran", "pl:lewisham"), ("p:major", "pl:carshalton"),
                     ("s:randolph", "pl:chelsea"), ("e:denis", "pl:lewisham")])
    T += _t("succ", [("p:churchill", "p:attlee"), ("p:attlee", "p:churchill"), ("p:churchill", "p:eden"),
                     ("p:eden", "p:macmillan"), ("p:thatcher", "p:major"), ("k:george", "k:elizabeth")])
    T += _t("treated", [("p:churchill", "d:moran"), ("p:eden", "d:evans"), ("k:george", "d:evans")])
    T += _t("party", [("p:churchill", "y:con"), ("p:eden", "y:con"), ("p:macmillan", "y:con"), ("p:thatcher", "y:con"),
                      ("p:major", "y:con"), ("p:attlee", "y:lab"), ("e:denis", "y:con"), ("s:randolph", "y:con")])
    T += _t("buried", [("p:churchill", "c:bladon"), ("k:george", "c:george"), ("k:elizabeth", "c:george")])
    T += _t("met", [("e:denis", "k:elizabeth"), ("s:randolph", "k:george"), ("x:colville", "k:elizabeth"), ("d:moran", "k:george")])
    return _build(items, others, rels, T)

def racing():
    rels = [
        R("rode", phrase="rode", inverse_phrase="was ridden by"),
        R("won", phrase="won", inverse_phrase="was won by", range=("race",)),
        R("trained", phrase="was trained by", inverse_phrase="trained"),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("town",)),
        R("foaled", phrase="was foaled in", inverse_phrase="is the birthplace of", range=("country",)),
        R("sire", phrase="was sired by", inverse_phrase="sired"),
    ]
    items = {"j:piggott": ("jockey", "Lester Piggott", 1954), "j:dettori": ("jockey", "Frankie Dettori", 2007),
             "j:carson": ("jockey", "Willie Carson", 1979), "h:nijinsky": ("racehorse", "Nijinsky", 1970),
             "h:shergar": ("racehorse", "Shergar", 1981), "h:authorized": ("racehorse", "Authorized", 2007),
             "h:troy": ("racehorse", "Troy", 1979), "h:northern": ("racehorse", "Northern Dancer", 1964)}
    others = {"t:obrien": ("trainer", "Vincent O'Brien"), "t:stoute": ("trainer", "Michael Stoute"),
              "t:cecil": ("horse trainer", "Henry Cecil"), "t:hern": ("racehorse trainer", "Dick Hern"),
              "j:swinburn": ("jockey", "Walter Swinburn"), "j:hartack": ("jockey", "Bill Hartack"),
              "w:wantage": ("town", "Wantage"), "w:milan": ("town", "Milan"), "w:stirling": ("town", "Stirling"),
              "w:oxford": ("town", "Oxford"), "w:newmarket": ("town", "Newmarket"),
              "n:canada": ("country", "Canada"), "n:ireland": ("country", "Ireland"), "n:uk": ("country", "England"),
              "r:derby": ("race", "the Derby"), "r:kentucky": ("race", "the Kentucky Derby"),
              "r:arc": ("race", "the Arc")}
    T = _t("rode", [("j:piggott", "h:nijinsky"), ("j:swinburn", "h:shergar"), ("j:dettori", "h:authorized"),
                    ("j:carson", "h:troy"), ("j:hartack", "h:northern")])
    T += _t("won", [("j:piggott", "r:derby"), ("h:nijinsky", "r:derby"), ("h:shergar", "r:derby"), ("h:authorized", "r:derby"),
                    ("h:troy", "r:derby"), ("j:dettori", "r:derby"), ("j:carson", "r:derby"), ("h:northern", "r:kentucky"),
                    ("j:dettori", "r:arc")])
    T += _t("trained", [("h:nijinsky", "t:obrien"), ("h:shergar", "t:stoute"), ("h:authorized", "t:cecil"),
                        ("h:troy", "t:hern")])
    T += _t("born", [("j:piggott", "w:wantage"), ("j:dettori", "w:milan"), ("j:carson", "w:stirling"),
                     ("t:stoute", "w:oxford"), ("t:cecil", "w:newmarket")])
    T += _t("foaled", [("h:nijinsky", "n:canada"), ("h:shergar", "n:ireland"), ("h:authorized", "n:ireland"),
                       ("h:troy", "n:uk"), ("h:northern", "n:canada")])
    T += _t("sire", [("h:nijinsky", "h:northern")])
    return _build(items, others, rels, T)

def tennis():
    rels = [
        R("won", phrase="won", inverse_phrase="was won by", range=("tournament",)),
        R("coach", phrase="was coached by", inverse_phrase="coached", cues=("'s coach is", "'s coach was")),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",), cues=("'s birthplace is",)),
        R("beat", phrase="beat", inverse_phrase="lost to", domain=("tennis player",), range=("tennis player",)),
        R("parent", phrase="is a child of", inverse_phrase="is a parent of"),
        R("sibling", phrase="is a sibling of", inverse_phrase="is a sibling of"),
        R("partner", phrase="partnered", inverse_phrase="partnered"),
        R("interviewed", phrase="was interviewed by", inverse_phrase="interviewed"),
        R("physio", phrase="was treated by", inverse_phrase="treated"),
        R("rated", phrase="rated"),
    ]
    items = {"t:serena": ("tennis player", "Serena Williams", 1981), "t:venus": ("tennis player", "Venus Williams", 1980),
             "t:andy": ("tennis player", "Andy Murray", 1987), "t:jamie": ("tennis player", "Jamie Murray", 1986),
             "t:federer": ("tennis player", "Roger Federer", 1981), "t:nadal": ("tennis player", "Rafael Nadal", 1986),
             "t:bryan": ("tennis player", "Bob Bryan", 1978), "t:mike": ("tennis player", "Mike Bryan", 1978)}
    others = {"k:richard": ("tennis coach", "Richard Williams"), "k:oracene": ("tennis coach", "Oracene Price"),
              "k:judy": ("tennis coach", "Judy Murray"), "k:lendl": ("coach", "Ivan Lendl"), "k:toni": ("coach", "Toni Nadal"),
              "k:becker": ("commentator", "Boris Becker"), "k:mouratoglou": ("coach", "Patrick Mouratoglou"),
              "k:jordan": ("physio", "Jordan Murray"),
              "k:mcenroe": ("pundit", "John McEnroe"), "k:barker": ("broadcaster", "Sue Barker"),
              "c:wiesbaden": ("city", "Wiesbaden"), "c:paignton": ("city", "Paignton"), "c:stirling": ("city", "Stirling"),
              "c:saginaw": ("city", "Saginaw"), "c:lynwood": ("city", "Lynwood"), "c:glasgow": ("city", "Glasgow"),
              "c:dunblane": ("city", "Dunblane"), "c:basel": ("city", "Basel"), "c:manacor": ("city", "Manacor"),
              "c:shreveport": ("city", "Shreveport"), "c:leimen": ("city", "Leimen"), "c:bath": ("city", "Bath"),
              "c:camarillo": ("city", "Camarillo"), "c:ostrava": ("city", "Ostrava"), "c:paris": ("city", "Paris"),
              "o:wimbledon": ("tournament", "Wimbledon"), "o:us": ("tournament", "the US Open"),
              "o:fr": ("tournament", "the French Open"), "o:au": ("tournament", "the Australian Open")}
    T = _t("won", [("t:serena", "o:wimbledon"), ("t:serena", "o:us"), ("t:serena", "o:fr"), ("t:venus", "o:wimbledon"),
                   ("t:andy", "o:wimbledon"), ("t:andy", "o:us"), ("t:jamie", "o:au"), ("t:federer", "o:wimbledon"),
                   ("t:federer", "o:au"), ("t:nadal", "o:fr"), ("t:bryan", "o:us"), ("t:mike", "o:us")])
    T += _t("coach", [("t:serena", "k:richard"), ("t:venus", "k:richard"), ("t:serena", "k:oracene"), ("t:andy", "k:judy"),
                      ("t:jamie", "k:judy"), ("t:andy", "k:lendl"), ("t:nadal", "k:toni"), ("t:serena", "k:mouratoglou")])
    T += _t("born", [("t:serena", "c:saginaw"), ("t:venus", "c:lynwood"), ("t:andy", "c:glasgow"), ("t:jamie", "c:glasgow"),
                     ("t:federer", "c:basel"), ("t:nadal", "c:manacor"), ("k:richard", "c:shreveport"), ("k:becker", "c:leimen"),
                     ("k:judy", "c:bath"), ("t:bryan", "c:camarillo"), ("t:mike", "c:camarillo"), ("k:lendl", "c:ostrava"),
                     ("k:mouratoglou", "c:paris"), ("k:toni", "c:manacor"),
                     ("k:mcenroe", "c:wiesbaden"), ("k:barker", "c:paignton"), ("k:jordan", "c:stirling")])
    T += _t("beat", [("t:serena", "t:venus"), ("t:andy", "t:federer"), ("t:federer", "t:nadal"), ("t:nadal", "t:andy")])
    T += _t("parent", [("t:serena", "k:richard"), ("t:venus", "k:richard"), ("t:serena", "k:oracene"), ("t:venus", "k:oracene"),
                       ("t:andy", "k:judy"), ("t:jamie", "k:judy")])
    T += _t("sibling", [("t:serena", "t:venus"), ("t:venus", "t:serena"), ("t:andy", "t:jamie"), ("t:jamie", "t:andy"),
                        ("t:bryan", "t:mike"), ("t:mike", "t:bryan")])
    T += _t("partner", [("t:serena", "t:venus"), ("t:bryan", "t:mike"), ("t:andy", "t:jamie")])
    T += _t("interviewed", [("t:andy", "k:becker"), ("t:federer", "k:becker"), ("t:serena", "k:becker"), ("t:andy", "k:mcenroe"),
                            ("t:federer", "k:mcenroe"), ("t:serena", "k:barker"), ("t:nadal", "k:barker")])
    T += _t("physio", [("t:andy", "k:jordan"), ("t:jamie", "k:jordan")])
    T += [("u:ann", "rated", "t:andy", {"rating": 5.0}), ("u:ann", "rated", "t:federer", {"rating": 5.0}),
          ("u:ann", "rated", "t:serena", {"rating": 5.0})]
    return _build(items, others, rels, T, users=[("u:ann", "Ann")], born=True)

def movies():
    return kgx.KnowledgeGraph.example()

def laureates():
    rels = [
        R("appointed", phrase="was appointed by", inverse_phrase="appointed"),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("town",)),
        R("wrote", phrase="wrote", inverse_phrase="was written by", range=("poem", "book")),
        R("composed", phrase="composed", inverse_phrase="was composed by", range=("work",)),
        R("married", phrase="was married to", inverse_phrase="was married to"),
        R("succ", phrase="succeeded", inverse_phrase="was succeeded by"),
    ]
    items = {"l:tennyson": ("poet laureate", "Alfred Tennyson", 1850), "l:betjeman": ("poet laureate", "John Betjeman", 1972),
             "l:hughes": ("poet laureate", "Ted Hughes", 1984), "l:motion": ("poet laureate", "Andrew Motion", 1999),
             "l:duffy": ("poet laureate", "Carol Ann Duffy", 2009), "l:armitage": ("poet laureate", "Simon Armitage", 2019),
             "a:rees": ("astronomer royal", "Martin Rees", 1995), "a:airy": ("astronomer royal", "George Airy", 1835),
             "m:elgar": ("master of music", "Edward Elgar", 1924), "m:bliss": ("master of music", "Arthur Bliss", 1953)}
    others = {"q:victoria": ("queen", "Queen Victoria"), "q:elizabeth": ("queen", "Elizabeth II"),
              "q:george": ("king", "George V"), "q:charles": ("king", "Charles III"),
              "w:plath": ("poet", "Sylvia Plath"), "w:emily": ("poet", "Emily Tennyson"), "w:alice": ("poet", "Alice Elgar"),
              "t:somersby": ("town", "Somersby"), "t:highgate": ("town", "Highgate"), "t:mytholmroyd": ("town", "Mytholmroyd"),
              "t:london": ("town", "London"), "t:glasgow": ("town", "Glasgow"), "t:huddersfield": ("town", "Huddersfield"),
              "t:york": ("town", "York"), "t:alnwick": ("town", "Alnwick"), "t:broadheath": ("town", "Lower Broadheath"),
              "t:boston": ("town", "Boston"), "t:horncastle": ("town", "Horncastle"), "t:gosport": ("town", "Gosport"),
              "p:ulysses": ("poem", "Ulysses"), "p:crow": ("book", "Crow"), "p:ariel": ("book", "Ariel"),
              "p:summoned": ("book", "Summoned by Bells"), "p:rapture": ("book", "Rapture"),
              "k:enigma": ("work", "the Enigma Variations"), "k:colour": ("work", "A Colour Symphony")}
    T = _t("appointed", [("l:tennyson", "q:victoria"), ("l:betjeman", "q:elizabeth"), ("l:hughes", "q:elizabeth"),
                         ("l:motion", "q:elizabeth"), ("l:duffy", "q:elizabeth"), ("l:armitage", "q:elizabeth"),
                         ("a:rees", "q:elizabeth"), ("a:airy", "q:victoria"), ("m:elgar", "q:george"), ("m:bliss", "q:elizabeth")])
    T += _t("born", [("l:tennyson", "t:somersby"), ("l:betjeman", "t:highgate"), ("l:hughes", "t:mytholmroyd"),
                     ("l:motion", "t:london"), ("l:duffy", "t:glasgow"), ("l:armitage", "t:huddersfield"),
                     ("a:rees", "t:york"), ("a:airy", "t:alnwick"), ("m:elgar", "t:broadheath"), ("m:bliss", "t:london"),
                     ("w:plath", "t:boston"), ("w:emily", "t:horncastle"), ("w:alice", "t:gosport"),
                     ("q:victoria", "t:london"), ("q:elizabeth", "t:london")])
    T += _t("wrote", [("l:tennyson", "p:ulysses"), ("l:hughes", "p:crow"), ("w:plath", "p:ariel"),
                      ("l:betjeman", "p:summoned"), ("l:duffy", "p:rapture")])
    T += _t("composed", [("m:elgar", "k:enigma"), ("m:bliss", "k:colour")])
    T += _t("married", [("l:hughes", "w:plath"), ("l:tennyson", "w:emily"), ("m:elgar", "w:alice")])
    T += _t("succ", [("l:motion", "l:hughes"), ("l:duffy", "l:motion"), ("l:armitage", "l:duffy"), ("m:bliss", "m:elgar")])
    return _build(items, others, rels, T)


BUILDERS = {"movies": movies, "myths": myths, "cabinet": cabinet, "racing": racing, "tennis": tennis,
            "laureates": laureates}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@myths
# (2) "he" / "she" after a god or goddess (people by type) and a name of a type that is neither a
# person type nor a "maybe" type ("centaur", "muse", "cyclops", "oracle", "satyr", "witch"): the
# latter is dropped, so the claim is judged of the god only. The dropped one is the subject (the
# natural referent) and the claim is false of it.
Chiron taught Asclepius. He is a child of Apollo.
Chiron taught Asclepius. He has symbol the staff.
Chiron taught Asclepius. His symbol is the staff.
Chiron taught Asclepius. He was taught by Chiron.
Chiron taught Asclepius, and he is a child of Apollo.
Chiron taught Achilles and Asclepius. He has symbol the staff.
Chiron taught Asclepius. He is a child of Apollo and has symbol the staff.
Calliope taught Orpheus. She was born on Mount Pangaion.
Calliope taught Orpheus, and she was born on Mount Pangaion.
Calliope taught Orpheus. She was taught by Calliope.
Calliope was loved by Apollo. She lives on Mount Olympus.
Calliope was loved by Apollo. She has symbol the lyre.
Calliope was loved by Apollo. Her symbol is the lyre.
Calliope was loved by Apollo. She was born on Delos.
Calliope was loved by Apollo. She is a child of Leto.
Calliope was loved by Apollo, and she lives on Mount Olympus.
Apollo loved Calliope. She lives on Mount Olympus.
Apollo loved Calliope. She was born on Delos.
Apollo loved Calliope. She is a child of Leto.
Apollo loved Calliope, and she lives on Mount Olympus.
Polyphemus is a child of Poseidon. He lives on Mount Olympus.
Polyphemus is a child of Poseidon. His symbol is the trident.
Polyphemus is a child of Poseidon. He has symbol the trident.
Polyphemus is a child of Poseidon, and he lives on Mount Olympus.
Polyphemus was blinded by Odysseus. He has symbol the trident.
The Pythia served Apollo. She was born on Delos.
The Pythia served Apollo. She has symbol the lyre.
The Pythia served Apollo. She is a child of Zeus.
The Pythia served Apollo. She lives on Mount Olympus.
The Pythia served Apollo, and she is a child of Leto.
Silenus taught Dionysus. He is a child of Zeus.
Silenus taught Dionysus. He was born on Mount Nysa.
Silenus taught Dionysus. He lives on Naxos.
Silenus taught Dionysus. His symbol is the thyrsus.
Silenus taught Dionysus, and he lives on Naxos.
Circe was visited by Hermes. She is a child of Zeus.
Circe was visited by Hermes. She was born on Mount Cyllene.
Circe was visited by Hermes. Her symbol is the caduceus.
Circe was visited by Hermes, and she is a child of Maia.
# (4) ", and his / her N is Y": "his" read of the one person by type named before, where the
# subject (the natural owner) is a centaur, a muse, a cyclops, an oracle, a satyr
Chiron taught Asclepius, and his symbol is the staff.
Chiron taught Asclepius, and his symbol is the staff and the lyre.
Calliope taught Orpheus, and her birthplace is Mount Pangaion.
Polyphemus is a child of Poseidon, and his symbol is the trident.
The Pythia served Apollo, and her symbol is the lyre.
Silenus taught Dionysus, and his symbol is the thyrsus.
Circe was visited by Hermes, and her symbol is the caduceus.
Calliope was loved by Apollo, and her symbol is the lyre.
# (4) the same of the one person named, against the sex its type gives ("god" / "goddess"): a
# goddess's "his", a god's "her"
Athena lives on Mount Olympus, and his symbol is the owl.
Athena was born on Mount Olympus, and his symbol is the owl.
Artemis was born on Delos, and his symbol is the bow.
Artemis is a child of Leto, and his symbol is the bow.
Zeus lives on Mount Olympus, and her symbol is the thunderbolt.
Zeus was born on Crete, and her symbol is the thunderbolt.
Apollo lives on Mount Olympus, and her symbol is the lyre.
Apollo was born on Delos, and her symbol is the lyre.
Poseidon lives on Mount Olympus, and her symbol is the trident.
Hermes was born on Mount Cyllene, and her symbol is the caduceus.
Dionysus lives on Naxos, and her symbol is the thyrsus.
# ", and her N" after a god and a goddess: "her" can only be the goddess
Zeus is a parent of Athena, and her symbol is the thunderbolt.
Artemis was taught by Apollo, and her symbol is the lyre.
# (2) held: a "nymph", a "titaness", a "hero" are "maybe" people and stay
Maia is a parent of Hermes. She was born on Mount Cyllene.
Maia is a parent of Hermes, and her symbol is the caduceus.
Leto is a parent of Apollo. She was born on Delos.
Leto is a parent of Apollo, and her symbol is the lyre.
Achilles was taught by Chiron. He is a child of Apollo.
Odysseus visited Circe. He lives on Aeaea.
Chiron taught Achilles. He has symbol the staff.
@myths u:ann
# (4) after a user's claim: the god the user rated and a centaur, a muse
You gave Apollo five stars; Calliope was loved by him, and she lives on Mount Olympus.
You gave Apollo five stars, and Calliope was loved by him. She was born on Delos.
You gave Zeus and Apollo five stars, and his symbol is the lyre.
You gave Athena five stars, and his symbol is the owl.
@cabinet
# (6) a year in brackets after a prime minister (items typed "prime minister": no graph of people
# by type, so the fix does not apply): the year is his taking office, read as a birth
Winston Churchill (1940) was born at Blenheim Palace.
Winston Churchill (1940) served George VI.
Winston Churchill (1940) belonged to the Conservative Party.
Clement Attlee (1945) was born at Putney.
Clement Attlee (1945) succeeded Winston Churchill.
Anthony Eden (1955) served Elizabeth II.
Harold Macmillan (1957) was born at Chelsea.
Margaret Thatcher (1979) was born at Grantham.
Margaret Thatcher (1979) was succeeded by John Major.
John Major (1990) was born at St Helier.
Winston Churchill (1940) and Clement Attlee (1945) served George VI.
# (2) "he" / "she" after a prime minister (an item of a type that is no person type) and a king
# or queen: the prime minister is dropped
Winston Churchill served George VI. He was born at Sandringham House.
Winston Churchill served George VI. He was buried at St George's Chapel.
Winston Churchill served George VI. He was treated by Horace Evans.
Winston Churchill served George VI. He was succeeded by Elizabeth II.
Winston Churchill served George VI, and he was born at Sandringham House.
Winston Churchill served George VI, and he was buried at St George's Chapel.
Clement Attlee served George VI. He was born at Sandringham House.
Clement Attlee served George VI. He was treated by Horace Evans.
Margaret Thatcher served Elizabeth II. She was born at Bruton Street.
Margaret Thatcher served Elizabeth II. She was buried at St George's Chapel.
Margaret Thatcher served Elizabeth II, and she was born at Bruton Street.
John Major served Elizabeth II. He was born at Bruton Street.
Harold Macmillan served Elizabeth II. He succeeded George VI.
Winston Churchill served Elizabeth II. He succeeded George VI.
# (2) a "surgeon", an "entrepreneur", an "heir", a "private secretary", a "doctor" dropped
# beside a king or queen
Horace Evans treated George VI. He was born at Sandringham House.
Horace Evans treated George VI. He was buried at St George's Chapel.
Horace Evans treated George VI, and he was succeeded by Elizabeth II.
Denis Thatcher met Elizabeth II. He was born at Bruton Street.
Denis Thatcher met Elizabeth II. He was buried at St George's Chapel.
John Colville met Elizabeth II. He was born at Bruton Street.
Randolph Churchill met George VI. He was born at Sandringham House.
Randolph Churchill met George VI. He was succeeded by Elizabeth II.
Lord Moran met George VI. He was buried at St George's Chapel.
Lord Moran met George VI. He was treated by Horace Evans.
# held: no person by type named, so both stay
Lord Moran treated Winston Churchill. He was born at Blenheim Palace.
Lord Moran treated Winston Churchill, and his birthplace is Blenheim Palace.
John Colville served Winston Churchill. He was born at Blenheim Palace.
Winston Churchill was born in 1940.
Born in 1940, Winston Churchill served George VI.
@racing
# (6) a year in brackets after a jockey or a racehorse on a graph of both (no graph of people,
# no graph of animals): the year of a Derby is read as a birth / foaling
Lester Piggott (1954) was born in Wantage.
Lester Piggott (1954) rode Nijinsky.
Lester Piggott (1954) won the Derby.
Frankie Dettori (2007) was born in Milan.
Frankie Dettori (2007) won the Arc.
Frankie Dettori (2007) rode Authorized.
Willie Carson (1979) rode Troy.
Willie Carson (1979) was born in Stirling.
Nijinsky (1970) was foaled in Canada.
Nijinsky (1970) was sired by Northern Dancer.
Nijinsky (1970) won the Derby.
Nijinsky (1970) was trained by Vincent O'Brien.
Shergar (1981) was foaled in Ireland.
Shergar (1981) won the Derby.
Shergar (1981) was trained by Michael Stoute.
Troy (1979) won the Derby.
Authorized (2007) was trained by Henry Cecil.
Northern Dancer (1964) sired Nijinsky.
Northern Dancer (1964) won the Kentucky Derby.
Northern Dancer (1964) was foaled in Canada.
Nijinsky (1970) was ridden by Lester Piggott (1954).
Lester Piggott (1954) and Frankie Dettori (2007) won the Derby.
# held: other forms of a birth year, pronouns after a trainer (a "maybe" type)
Lester Piggott was born in 1954.
Nijinsky was foaled in 1970.
Michael Stoute trained Shergar. He was born in Oxford.
Henry Cecil trained Authorized. He was foaled in Ireland.
Lester Piggott rode Nijinsky. He was foaled in Canada.
Vincent O'Brien trained Nijinsky. He won the Derby.
@tennis
# (2) "he" / "she" after a tennis player and a "pundit" / a "physio" (neither a person type nor
# a "maybe" type): dropped
John McEnroe interviewed Andy Murray. He was born in Glasgow.
John McEnroe interviewed Andy Murray. He is a sibling of Jamie Murray.
John McEnroe interviewed Andy Murray. He was coached by Ivan Lendl.
John McEnroe interviewed Andy Murray. He beat Roger Federer.
John McEnroe interviewed Roger Federer. He beat Rafael Nadal.
John McEnroe interviewed Roger Federer. He was born in Basel.
John McEnroe interviewed Roger Federer, and he beat Rafael Nadal.
John McEnroe interviewed Roger Federer, and he was born in Basel.
John McEnroe interviewed Andy Murray and Roger Federer. He was coached by Ivan Lendl.
Jordan Murray treated Andy Murray. He was born in Glasgow.
Jordan Murray treated Andy Murray. He is a child of Judy Murray.
Jordan Murray treated Jamie Murray. He won the Australian Open.
Jordan Murray treated Jamie Murray. He partnered Andy Murray.
Jordan Murray treated Jamie Murray, and he is a sibling of Andy Murray.
Andy Murray won Wimbledon. John McEnroe interviewed him, and he was born in Glasgow.
Andy Murray won Wimbledon. John McEnroe interviewed him. He was born in Glasgow.
Andy Murray won Wimbledon. John McEnroe interviewed him. He beat Roger Federer.
Jamie Murray won the Australian Open. Jordan Murray treated him. He partnered Andy Murray.
# (4) ", and his N is Y" where the subject is the pundit / the physio
John McEnroe interviewed Andy Murray, and his birthplace is Glasgow.
John McEnroe interviewed Roger Federer, and his birthplace is Basel.
Jordan Murray treated Jamie Murray, and his birthplace is Glasgow.
Jordan Murray treated Andy Murray, and his birthplace is Glasgow.
# (4) held: the subject a "commentator", a "broadcaster" (agent nouns): two people
Boris Becker interviewed Andy Murray, and his birthplace is Glasgow.
Sue Barker interviewed Rafael Nadal, and her birthplace is Manacor.
Sue Barker interviewed Rafael Nadal. She was born in Manacor.
Boris Becker interviewed Andy Murray. He was born in Glasgow.
Ivan Lendl coached Andy Murray, and his birthplace is Glasgow.
Richard Williams coached Venus Williams, and his birthplace is Lynwood.
@tennis u:ann
You gave Andy Murray five stars; John McEnroe interviewed him, and his birthplace is Glasgow.
You gave Andy Murray five stars; John McEnroe interviewed him. He was born in Glasgow.
You gave Roger Federer five stars, and John McEnroe interviewed him, and his birthplace is Basel.
You gave Roger Federer five stars; John McEnroe interviewed him, and he beat Rafael Nadal.
You gave Andy Murray five stars; Jordan Murray treated him, and he is a child of Judy Murray.
You gave Andy Murray and Roger Federer five stars, and his birthplace is Basel.
@tennis
# (5) shared surnames (held): the claim of each
Serena and Venus Williams won the US Open.
Richard and Serena Williams won Wimbledon.
Venus and Richard Williams won Wimbledon.
Andy and Judy Murray won Wimbledon.
Judy and Andy Murray were born in Glasgow.
Jamie and Andy Murray won the US Open.
Andy and Jamie Murray won the Australian Open.
Jordan and Andy Murray were born in Glasgow.
Jordan and Andy Murray won Wimbledon.
Oracene and Serena Williams won Wimbledon.
Serena and Venus Williams were coached by Judy Murray.
Serena and Venus Williams beat Roger Federer.
Patrick Mouratoglou coached Serena and Venus Williams.
Serena and Andy Murray won the US Open.
Venus and Andy Murray won Wimbledon.
Serena and Venus Williams's coach is Patrick Mouratoglou.
Venus and Serena Williams's birthplace is Saginaw.
Venus and Serena Williams were born in Saginaw.
Venus and Serena Williams were born in Saginaw and Lynwood respectively.
Mike and Bob Bryan were born in Glasgow.
Bob and Mike Bryan won Wimbledon.
Serena and Venus Williams (1981) won Wimbledon.
Venus Williams (1981) won Wimbledon.
Richard Williams (1981) coached Serena Williams.
Serena and Venus Williams won Wimbledon. Judy Murray coached her.
# (3) "him" / "her" (held)
Rafael Nadal won the French Open. Roger Federer lost to him.
Serena Williams won the US Open. Venus Williams beat her.
@laureates
# (6) a year in brackets after a poet laureate, an astronomer royal, a master of music (their
# appointment; no graph of people by type)
Ted Hughes (1984) was born in Mytholmroyd.
Ted Hughes (1984) wrote Crow.
Ted Hughes (1984) was married to Sylvia Plath.
Alfred Tennyson (1850) wrote Ulysses.
Alfred Tennyson (1850) was born in Somersby.
John Betjeman (1972) was born in Highgate.
Andrew Motion (1999) succeeded Ted Hughes (1984).
Carol Ann Duffy (2009) wrote Rapture.
Simon Armitage (2019) was born in Huddersfield.
Martin Rees (1995) was born in York.
George Airy (1835) was born in Alnwick.
Edward Elgar (1924) composed the Enigma Variations.
Edward Elgar (1924) was married to Alice Elgar.
Arthur Bliss (1953) composed A Colour Symphony.
# (2) "he" / "she" after a laureate (an item of a type that is no person type) and a poet or a
# monarch (person types): the laureate is dropped
Ted Hughes was married to Sylvia Plath. He was born in Boston.
Ted Hughes was married to Sylvia Plath. He wrote Ariel.
Ted Hughes was married to Sylvia Plath, and he wrote Ariel.
Alfred Tennyson was married to Emily Tennyson. He was born in Horncastle.
Edward Elgar was married to Alice Elgar. He was born in Gosport.
Alfred Tennyson was appointed by Queen Victoria. He was born in London.
Martin Rees was appointed by Elizabeth II. He was born in London.
George Airy was appointed by Queen Victoria. He was born in London.
Carol Ann Duffy was appointed by Elizabeth II. She was born in London.
Queen Victoria appointed Alfred Tennyson. He was born in London.
Elizabeth II appointed Ted Hughes. He was born in London.
# (4) held: no graph of people, so ", and his" is not read of the one person
Ted Hughes was married to Sylvia Plath, and his birthplace is Boston.
@movies
# (5) shared surnames on the example graph (held), (6) a person's year (held)
Jeff and Beau Bridges starred in The Big Lebowski.
Luke and Owen Wilson wrote Bottle Rocket.
Owen and Luke Wilson wrote Bottle Rocket.
Ridley and Tony Scott directed Top Gun.
Tony and Ridley Scott directed Alien.
Casey and Ben Affleck directed Gone Baby Gone.
Eric and Julia Roberts starred in Pretty Woman.
Robin Williams (1995) starred in Jumanji.
"""

CONTROLS = r"""
@myths
Chiron taught Asclepius.
Asclepius is a child of Apollo.
Apollo loved Calliope.
Calliope taught Orpheus.
Polyphemus is a child of Poseidon.
The Pythia served Apollo.
Silenus taught Dionysus.
Hermes visited Circe.
Athena lives on Mount Olympus, and her symbol is the owl.
Zeus lives on Mount Olympus, and his symbol is the thunderbolt.
Maia is a parent of Hermes. He was born on Mount Cyllene.
Leto is a parent of Apollo. He was born on Delos.
Chiron lives on Mount Pelion.
Asclepius's symbol is the staff.
@cabinet
Winston Churchill served George VI.
Winston Churchill was born at Blenheim Palace.
George VI was succeeded by Elizabeth II.
Horace Evans treated George VI.
Denis Thatcher met Elizabeth II.
Lord Moran treated Winston Churchill.
Clement Attlee succeeded Winston Churchill.
@racing
Lester Piggott rode Nijinsky.
Nijinsky was sired by Northern Dancer.
Shergar was trained by Michael Stoute.
Frankie Dettori was born in Milan.
Nijinsky was foaled in Canada.
@tennis
Serena and Venus Williams won Wimbledon.
Jamie and Andy Murray were born in Glasgow.
Bob and Mike Bryan were born in Camarillo.
Mike and Bob Bryan won the US Open.
Serena Williams (1981) won Wimbledon.
Andy Murray (1987) was born in Glasgow.
Roger Federer won Wimbledon. He was born in Basel.
John McEnroe interviewed Andy Murray.
Ivan Lendl coached Andy Murray, and his birthplace is Ostrava.
Toni Nadal coached Rafael Nadal, and his birthplace is Manacor.
Andy Murray won Wimbledon. Roger Federer lost to him.
Richard Williams coached Serena and Venus Williams.
Judy Murray coached Jamie and Andy Murray.
Andy Murray won Wimbledon, and his birthplace is Glasgow.
Jordan Murray treated Jamie Murray, and he was born in Stirling.
@tennis u:ann
You gave Roger Federer five stars, and his birthplace is Basel.
You gave Andy Murray five stars; he was born in Glasgow.
@laureates
Ted Hughes was born in Mytholmroyd.
Ted Hughes was married to Sylvia Plath. She was born in Boston.
Ted Hughes was married to Sylvia Plath. He was born in Mytholmroyd.
Ted Hughes wrote Crow. Sylvia Plath was married to him.
Ted Hughes was appointed by Elizabeth II. Andrew Motion succeeded him.
Edward Elgar composed the Enigma Variations.
Andrew Motion succeeded Ted Hughes.
@movies
Owen and Luke Wilson starred in Bottle Rocket.
Peter and Bobby Farrelly directed Dumb & Dumber.
Jumanji (1995) stars Robin Williams.
Wes Anderson directed Bottle Rocket, and Owen and Luke Wilson starred in it.
Joel and Ethan Coen directed Fargo.
"""

KNOWN = frozenset(
    # (closing read of round 201) ", and her N" after two people by type is read of the
    # clause's subject by the possessive-noun reading, which reads no sex from the types ("her" of
    # a god): the sex filter covers the pronoun readings only
    {"Zeus is a parent of Athena, and her symbol is the thunderbolt."})

OPEN = frozenset(
    # the person by type is the subject and the dropped one (a centaur, a pundit) the object: the
    # natural reading of "he" / "his" is the subject, of whom the claim is true; the checker's own
    # rule ("the claim must hold for all") is broken, not the text
    {"Asclepius was taught by Chiron. He is a child of Apollo.",
     "Asclepius was taught by Chiron, and his symbol is the staff.",
     "Andy Murray was interviewed by John McEnroe. He was born in Glasgow.",
     # "he" of a goddess at the start of a sentence (the old "His ..." reading, the graph's types
     # give the sex)
     "Athena lives on Mount Olympus. His symbol is the owl.",
     "Zeus was born on Crete. Her symbol is the thunderbolt.",
     # true as written: "she" after Anthony Eden and Elizabeth II is the queen, who was born at
     # Bruton Street (session 69: a given name of one sex keeps "she" off a prime minister named
     # Anthony, now a person type)
     "Anthony Eden served Elizabeth II. She was born at Bruton Street."})

OPEN_TEXTS = r"""
@myths
Asclepius was taught by Chiron. He is a child of Apollo.
Asclepius was taught by Chiron, and his symbol is the staff.
Athena lives on Mount Olympus. His symbol is the owl.
Zeus was born on Crete. Her symbol is the thunderbolt.
@tennis
Andy Murray was interviewed by John McEnroe. He was born in Glasgow.
@cabinet
Anthony Eden served Elizabeth II. She was born at Bruton Street.
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
