"""Red team round 198 on WHOLE_SESSION.diff, readings (1)-(3): (1) people by their types (new
person types "pharaoh" ... "god", "goddess", "climber"; item types whose last word names people,
"tennis player", "text editor", "wine producer", "pond skater"): "he" / "she" name them, a graph
of them is a graph of people, their relations read the cues of living / human subjects ("lives
in" for "is located in", "is a native of" for "was born in"); (2) with people by type named
before, "he" / "she" no longer stands for others named before; (3) "him" / "her" never names its
own clause's subject.

Graphs: the shipped example graph and six of my own (see each builder's docstring): "tennis"
(tennis players beside coaches typed "coach" and "tennis coach" / "former player", a user's
ratings), "olympus" (gods beside titans, titanesses, a nymph, a gorgon, a winged horse, a monster,
sacred animals and symbols), "rulers" (popes, sultans, tsars dated by accession, beside a sultan's
mother and wife typed "valide sultan" / "haseki sultan" and a cardinal), "software" (text editors
typed "text editor" / "code editor" beside programmers typed "programmer"), "wineries" (estates
typed "wine producer" beside owners and founders typed "businessman", "person", "company"),
"garden" (climbing plants typed "climber" and a water insect typed "pond skater" beside plant
hunters typed "plant hunter" / "botanist").

Findings (122 of 240 false texts accepted; 13 OPEN texts, 11 accepted; controls: 50 of 58
accepted). 119 of the 122 are the session's: with WHOLE_SESSION.diff reversed on a copy of the
code only 3 are accepted (the "Name (YEAR) was born in X" ones, below).

* (2) 112: "he" / "she" / "his" / "her" (and "him", "her" as objects) after an item that is now a
  person by type *and* a person whose type is no person type (a "tennis coach", a "former
  player", a "titan", "titaness", "nymph", "gorgon", "winged horse", "monster", a "valide
  sultan", a "haseki sultan", a "cardinal", a "programmer", a "businessman", a "plant hunter",
  a "botanist"): that person is dropped, so the claim is judged of the item only. Before the
  diff both were read (and the claim had to hold for each). "Ivan Lendl coached Andy Murray. He
  was born in Glasgow." (tennis, 37; 4 of them after the user's claim: "You gave Andy Murray
  five stars; Ivan Lendl coached him, and he was born in Glasgow"), "Cronus is a parent of Zeus. He rules the sky.",
  "Maia is a parent of Hermes. She was born on Mount Cyllene.", "Python was slain by Apollo. His
  symbol is the lyre." (olympus, 30), "Hafsa Sultan was the mother of Suleiman the Magnificent.
  She built the Suleymaniye Mosque.", "Pietro Parolin was appointed by Pope Francis. He
  canonized John Paul II." (rulers, 14), "Vim was written by Bram Moolenaar. He runs on Linux."
  (software, 11), "Robert Mondavi founded Opus One. He produces Opus One Red.", "Chateau Latour
  is owned by Francois Pinault. Chateau Margaux neighbours him." (wineries, 12), "John Reeves
  introduced Chinese wisteria. He belongs to the family Fabaceae." (garden, 8).
* (1) 7 more: an estate typed "wine producer" is a "living" subject, so "is located in" reads
  "lives in" / "resides in": "Chateau Margaux lives in Margaux", "Chateau Latour, which lives in
  Pauillac, is owned by Francois Pinault" (the "he" ones above use it too: "He lives in
  Pauillac"). And "text editor" (programs), "climber" (plants) are people: "he" names Vim,
  Chinese wisteria.
* Not the session's (accepted before it too): "Roger Federer (2003) was born in Basel", "Pope
  Francis (2013) ...", "Mehmed II (1451) ...": "(YEAR)" after a person on a graph of people that
  declares no birth is read as the item's year.
Held: (1) "born in YEAR" on the tennis / rulers / software / wineries graphs (no birth declared)
in every other form ("born in 2003", "Born in 2003, X", "X, born in 2003,", "in 2003", "In 2003,
X was born"); wrong values of "is a native of"; gods' wrong values; (3) every "him" / "her" text
(the clause's own subject was never wrongly kept; a possessor inside the clause is dropped as if
it were the subject: one OPEN text).
Controls rejected: (new) "Cronus is a parent of Zeus. Zeus overthrew him." (the titan is dropped
from "him", so only Zeus is left: "Zeus overthrew Zeus"); "Chinese wisteria was introduced by
John Reeves. It is native to China." ("climber" is a person type now, and "it" never names one);
(old) "Ivan Lendl was born in Ostrava. He coached Andy Murray." (Ostrava is "he" too), "Rafael
Nadal was born in Manacor. His coach was Toni Nadal.", "Roger Federer won Wimbledon. Novak
Djokovic and Rafael Nadal beat him." (the first of two coordinated subjects is not "own", so
"him" must be Djokovic too), "Zeus is a parent of Hermes. Maia is a parent of him." (Zeus and
Hermes both), "Pope Francis is a native of Buenos Aires." (the graph's births include a cardinal
and a sultana: not all subjects are people by type), "Vim is based on vi.".
"""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=()):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y} if y is not None else {}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    return [(h, rel, t) for h, t in pairs]


def tennis():
    """(1)(2)(3) Tennis players (items typed "tennis player", dated by their first major title,
    not declared births) "coached by" coaches typed "coach" (a person type) or "tennis coach",
    "former player" (no person type), "won" tournaments, "beat" one another, children of a
    parent; a user who rated some of them."""
    rels = [
        R("won", phrase="won", inverse_phrase="was won by", range=("tournament",)),
        R("coach", phrase="was coached by", inverse_phrase="coached", cues=("'s coach is", "'s coach was")),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",), cues=("'s birthplace is",)),
        R("beat", phrase="beat", inverse_phrase="lost to", domain=("tennis player",), range=("tennis player",)),
        R("parent", phrase="is a child of", inverse_phrase="is a parent of"),
        R("sibling", phrase="is a sibling of", inverse_phrase="is a sibling of"),
        R("rated", phrase="rated"),
    ]
    items = {"t:federer": ("tennis player", "Roger Federer", 2003), "t:nadal": ("tennis player", "Rafael Nadal", 2005),
             "t:murray": ("tennis player", "Andy Murray", 2012), "t:jamie": ("tennis player", "Jamie Murray", 2007),
             "t:djokovic": ("tennis player", "Novak Djokovic", 2008), "t:serena": ("tennis player", "Serena Williams", 1999),
             "t:venus": ("tennis player", "Venus Williams", 2000)}
    others = {"k:lendl": ("tennis coach", "Ivan Lendl"), "k:judy": ("tennis coach", "Judy Murray"),
              "k:becker": ("former player", "Boris Becker"), "k:richard": ("tennis coach", "Richard Williams"),
              "k:toni": ("coach", "Toni Nadal"), "k:mouratoglou": ("coach", "Patrick Mouratoglou"),
              "k:edberg": ("coach", "Stefan Edberg"),
              "c:basel": ("city", "Basel"), "c:manacor": ("city", "Manacor"), "c:glasgow": ("city", "Glasgow"),
              "c:dunblane": ("city", "Dunblane"), "c:belgrade": ("city", "Belgrade"), "c:saginaw": ("city", "Saginaw"),
              "c:lynwood": ("city", "Lynwood"), "c:ostrava": ("city", "Ostrava"), "c:leimen": ("city", "Leimen"),
              "c:paris": ("city", "Paris"), "c:vastervik": ("city", "Vastervik"), "c:palma": ("city", "Palma"),
              "c:bath": ("city", "Bath"), "c:shreveport": ("city", "Shreveport"),
              "o:wimbledon": ("tournament", "Wimbledon"), "o:us": ("tournament", "the US Open"),
              "o:fr": ("tournament", "the French Open"), "o:au": ("tournament", "the Australian Open")}
    T = _t("won", [("t:federer", "o:wimbledon"), ("t:federer", "o:us"), ("t:federer", "o:au"), ("t:nadal", "o:fr"),
                   ("t:nadal", "o:wimbledon"), ("t:murray", "o:us"), ("t:murray", "o:wimbledon"), ("t:jamie", "o:wimbledon"),
                   ("t:djokovic", "o:au"), ("t:djokovic", "o:wimbledon"), ("t:serena", "o:us"), ("t:serena", "o:wimbledon"),
                   ("t:venus", "o:wimbledon")])
    T += _t("coach", [("t:murray", "k:lendl"), ("t:murray", "k:judy"), ("t:jamie", "k:judy"), ("t:djokovic", "k:becker"),
                      ("t:venus", "k:richard"), ("t:serena", "k:richard"), ("t:nadal", "k:toni"),
                      ("t:serena", "k:mouratoglou"), ("t:federer", "k:edberg")])
    T += _t("born", [("t:federer", "c:basel"), ("t:nadal", "c:manacor"), ("t:murray", "c:glasgow"), ("t:jamie", "c:dunblane"),
                     ("t:djokovic", "c:belgrade"), ("t:serena", "c:saginaw"), ("t:venus", "c:lynwood"),
                     ("k:lendl", "c:ostrava"), ("k:becker", "c:leimen"), ("k:mouratoglou", "c:paris"),
                     ("k:edberg", "c:vastervik"), ("k:toni", "c:manacor"), ("k:judy", "c:bath"), ("k:richard", "c:shreveport")])
    T += _t("beat", [("t:murray", "t:djokovic"), ("t:djokovic", "t:federer"), ("t:nadal", "t:federer"),
                     ("t:federer", "t:murray"), ("t:serena", "t:venus")])
    T += _t("parent", [("t:murray", "k:judy"), ("t:jamie", "k:judy"), ("t:serena", "k:richard"), ("t:venus", "k:richard")])
    T += _t("sibling", [("t:murray", "t:jamie"), ("t:jamie", "t:murray"), ("t:serena", "t:venus"), ("t:venus", "t:serena")])
    T += [("u:ann", "rated", "t:federer", {"rating": 5.0}), ("u:ann", "rated", "t:murray", {"rating": 5.0}),
          ("u:ann", "rated", "t:serena", {"rating": 5.0})]
    return _build(items, others, rels, T, users=[("u:ann", "Ann")])


def olympus():
    """(1)(2)(3) Greek gods (items typed "god", "goddess": people by type) beside titans and a
    titaness (typed "titan", "titaness"), nymphs ("nymph"), a winged horse and a monster
    (typed "winged horse", "monster"), sacred animals ("bird", "animal") and symbols, none of
    them people by type; births on islands and mountains, parents, who overthrew whom."""
    rels = [
        R("parent", phrase="is a child of", inverse_phrase="is a parent of"),
        R("born", phrase="was born on", inverse_phrase="is the birthplace of", range=("island", "mountain"),
          cues=("'s birthplace is",)),
        R("animal", phrase="has the sacred animal", inverse_phrase="is sacred to", range=("bird", "animal"),
          cues=("'s sacred animal is",)),
        R("symbol", phrase="has the symbol", inverse_phrase="is the symbol of", range=("symbol",), cues=("'s symbol is",)),
        R("overthrew", phrase="overthrew", inverse_phrase="was overthrown by"),
        R("patron", phrase="is the patron of", inverse_phrase="has the patron", range=("city",)),
        R("slew", phrase="slew", inverse_phrase="was slain by"),
        R("rules", phrase="rules", inverse_phrase="is ruled by", range=("realm",)),
    ]
    items = {"g:zeus": ("god", "Zeus", None), "g:hera": ("goddess", "Hera", None), "g:athena": ("goddess", "Athena", None),
             "g:apollo": ("god", "Apollo", None), "g:artemis": ("goddess", "Artemis", None), "g:hermes": ("god", "Hermes", None),
             "g:poseidon": ("god", "Poseidon", None), "g:hades": ("god", "Hades", None)}
    others = {"x:cronus": ("titan", "Cronus"), "x:rhea": ("titaness", "Rhea"), "x:leto": ("titaness", "Leto"),
              "x:atlas": ("titan", "Atlas"), "x:maia": ("nymph", "Maia"), "x:metis": ("titaness", "Metis"),
              "x:pegasus": ("winged horse", "Pegasus"), "x:python": ("monster", "Python"),
              "x:medusa": ("gorgon", "Medusa"),
              "a:eagle": ("bird", "the eagle"), "a:owl": ("bird", "the owl"), "a:peacock": ("bird", "the peacock"),
              "a:horse": ("animal", "the horse"), "a:deer": ("animal", "the deer"), "a:tortoise": ("animal", "the tortoise"),
              "s:thunderbolt": ("symbol", "the thunderbolt"), "s:trident": ("symbol", "the trident"),
              "s:lyre": ("symbol", "the lyre"), "s:caduceus": ("symbol", "the caduceus"), "s:aegis": ("symbol", "the aegis"),
              "p:crete": ("island", "Crete"), "p:delos": ("island", "Delos"), "p:cyllene": ("mountain", "Mount Cyllene"),
              "p:samos": ("island", "Samos"), "p:othrys": ("mountain", "Mount Othrys"),
              "c:athens": ("city", "Athens"), "c:argos": ("city", "Argos"), "c:delphi": ("city", "Delphi"),
              "c:corinth": ("city", "Corinth"),
              "r:sky": ("realm", "the sky"), "r:sea": ("realm", "the sea"), "r:underworld": ("realm", "the underworld")}
    T = _t("parent", [("g:zeus", "x:cronus"), ("g:zeus", "x:rhea"), ("g:hera", "x:cronus"), ("g:hera", "x:rhea"),
                      ("g:poseidon", "x:cronus"), ("g:hades", "x:cronus"), ("g:athena", "g:zeus"), ("g:athena", "x:metis"),
                      ("g:apollo", "g:zeus"), ("g:apollo", "x:leto"), ("g:artemis", "g:zeus"), ("g:artemis", "x:leto"),
                      ("g:hermes", "g:zeus"), ("g:hermes", "x:maia"), ("x:pegasus", "g:poseidon"), ("x:pegasus", "x:medusa")])
    T += _t("born", [("g:zeus", "p:crete"), ("g:apollo", "p:delos"), ("g:artemis", "p:delos"), ("g:hermes", "p:cyllene"),
                     ("g:hera", "p:samos"), ("x:cronus", "p:othrys")])
    T += _t("animal", [("g:zeus", "a:eagle"), ("g:athena", "a:owl"), ("g:hera", "a:peacock"), ("g:poseidon", "a:horse"),
                       ("g:artemis", "a:deer"), ("g:hermes", "a:tortoise")])
    T += _t("symbol", [("g:zeus", "s:thunderbolt"), ("g:poseidon", "s:trident"), ("g:apollo", "s:lyre"),
                       ("g:hermes", "s:caduceus"), ("g:athena", "s:aegis")])
    T += _t("overthrew", [("g:zeus", "x:cronus")])
    T += _t("patron", [("g:athena", "c:athens"), ("g:hera", "c:argos"), ("g:apollo", "c:delphi"), ("g:poseidon", "c:corinth")])
    T += _t("slew", [("g:apollo", "x:python")])
    T += _t("rules", [("g:zeus", "r:sky"), ("g:poseidon", "r:sea"), ("g:hades", "r:underworld")])
    return _build(items, others, rels, T)


def rulers():
    """(1)(2)(3) Popes, sultans and tsars (items typed "pope", "sultan", "tsar": people by type),
    dated by their accession (no birth declared); born in and died in cities, succeeded one
    another, canonized, built, fathered; beside a sultan's mother and wife (typed "valide sultan",
    "haseki sultan") and a cardinal ("cardinal"), people of no person type."""
    rels = [
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",), cues=("'s birthplace is",)),
        R("died", phrase="died in", inverse_phrase="is the death place of", range=("city",)),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by"),
        R("canonized", phrase="canonized", inverse_phrase="was canonized by"),
        R("built", phrase="built", inverse_phrase="was built by", range=("building",)),
        R("father", phrase="was the father of", inverse_phrase="was the son of"),
        R("mother", phrase="was the mother of", inverse_phrase="was a child of"),
        R("wife", phrase="was married to", inverse_phrase="was married to"),
        R("appointed", phrase="appointed", inverse_phrase="was appointed by"),
    ]
    items = {"p:francis": ("pope", "Pope Francis", 2013), "p:benedict": ("pope", "Benedict XVI", 2005),
             "p:jp2": ("pope", "John Paul II", 1978), "p:paul6": ("pope", "Paul VI", 1963), "p:john23": ("pope", "John XXIII", 1958),
             "s:suleiman": ("sultan", "Suleiman the Magnificent", 1520), "s:selim": ("sultan", "Selim I", 1512),
             "s:mehmed": ("sultan", "Mehmed II", 1451),
             "z:peter": ("tsar", "Peter the Great", 1682), "z:ivan": ("tsar", "Ivan the Terrible", 1547)}
    others = {"c:ba": ("city", "Buenos Aires"), "c:marktl": ("city", "Marktl"), "c:wadowice": ("city", "Wadowice"),
              "c:concesio": ("city", "Concesio"), "c:sotto": ("city", "Sotto il Monte"), "c:trabzon": ("city", "Trabzon"),
              "c:amasya": ("city", "Amasya"), "c:edirne": ("city", "Edirne"), "c:moscow": ("city", "Moscow"),
              "c:kolomenskoye": ("city", "Kolomenskoye"), "c:rome": ("city", "Rome"), "c:vatican": ("city", "Vatican City"),
              "c:szigetvar": ("city", "Szigetvar"), "c:spb": ("city", "Saint Petersburg"), "c:istanbul": ("city", "Istanbul"),
              "b:suleymaniye": ("building", "the Suleymaniye Mosque"), "b:fatih": ("building", "the Fatih Mosque"),
              "b:peterhof": ("building", "Peterhof Palace"), "b:basil": ("building", "Saint Basil's Cathedral"),
              "c:rohatyn": ("city", "Rohatyn"), "c:schiavon": ("city", "Schiavon"),
              "m:hafsa": ("valide sultan", "Hafsa Sultan"), "m:hurrem": ("haseki sultan", "Hurrem Sultan"),
              "k:parolin": ("cardinal", "Pietro Parolin")}
    T = _t("born", [("p:francis", "c:ba"), ("p:benedict", "c:marktl"), ("p:jp2", "c:wadowice"), ("p:paul6", "c:concesio"),
                    ("p:john23", "c:sotto"), ("s:suleiman", "c:trabzon"), ("s:selim", "c:amasya"), ("s:mehmed", "c:edirne"),
                    ("z:peter", "c:moscow"), ("z:ivan", "c:kolomenskoye")])
    T += _t("died", [("p:benedict", "c:vatican"), ("p:jp2", "c:vatican"), ("s:suleiman", "c:szigetvar"), ("z:peter", "c:spb"),
                     ("z:ivan", "c:moscow")])
    T += _t("succeeded", [("p:francis", "p:benedict"), ("p:benedict", "p:jp2"), ("p:paul6", "p:john23"), ("s:suleiman", "s:selim")])
    T += _t("canonized", [("p:francis", "p:jp2"), ("p:francis", "p:john23"), ("p:francis", "p:paul6")])
    T += _t("built", [("s:suleiman", "b:suleymaniye"), ("s:mehmed", "b:fatih"), ("z:peter", "b:peterhof"), ("z:ivan", "b:basil")])
    T += _t("father", [("s:selim", "s:suleiman")])
    T += _t("mother", [("m:hafsa", "s:suleiman")])
    T += _t("wife", [("s:suleiman", "m:hurrem"), ("m:hurrem", "s:suleiman")])
    T += _t("born", [("m:hurrem", "c:rohatyn"), ("k:parolin", "c:schiavon")])
    T += _t("appointed", [("p:francis", "k:parolin")])
    return _build(items, others, rels, T)


def software():
    """(1)(2) Text editors (items typed "text editor", "code editor": the last word "editor" names
    people, but these are programs) "written by" programmers (typed "programmer", no person
    type), "written in" languages, "run on" systems, "maintained by" organizations, "based on"
    one another; years are first releases."""
    rels = [
        R("author", phrase="was written by", inverse_phrase="wrote", range=("programmer",)),
        R("language", phrase="is written in", inverse_phrase="is the language of", range=("programming language",)),
        R("runs", phrase="runs on", inverse_phrase="runs", range=("operating system",)),
        R("maintainer", phrase="is maintained by", inverse_phrase="maintains", range=("organization",)),
        R("based", phrase="is based on", inverse_phrase="is the basis of"),
        R("located", phrase="is located in", inverse_phrase="is the location of", range=("city",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
    ]
    items = {"e:vim": ("text editor", "Vim", 1991), "e:vi": ("text editor", "vi", 1976), "e:emacs": ("text editor", "Emacs", 1976),
             "e:nano": ("text editor", "nano", 1999), "e:npp": ("text editor", "Notepad++", 2003),
             "e:vscode": ("code editor", "Visual Studio Code", 2015)}
    others = {"w:bram": ("programmer", "Bram Moolenaar"), "w:joy": ("programmer", "Bill Joy"),
              "w:stallman": ("programmer", "Richard Stallman"), "w:allegretta": ("programmer", "Chris Allegretta"),
              "w:ho": ("programmer", "Don Ho"), "w:gamma": ("programmer", "Erich Gamma"),
              "l:c": ("programming language", "C"), "l:lisp": ("programming language", "Emacs Lisp"),
              "l:cpp": ("programming language", "C++"), "l:ts": ("programming language", "TypeScript"),
              "o:linux": ("operating system", "Linux"), "o:windows": ("operating system", "Windows"),
              "o:macos": ("operating system", "macOS"),
              "g:gnu": ("organization", "the GNU Project"), "g:ms": ("organization", "Microsoft"),
              "c:lisse": ("city", "Lisse"), "c:manhattan": ("city", "Manhattan"), "c:zurich": ("city", "Zurich"),
              "c:detroit": ("city", "Detroit"), "c:redmond": ("city", "Redmond"), "c:boston": ("city", "Boston")}
    T = _t("author", [("e:vim", "w:bram"), ("e:vi", "w:joy"), ("e:emacs", "w:stallman"), ("e:nano", "w:allegretta"),
                      ("e:npp", "w:ho"), ("e:vscode", "w:gamma")])
    T += _t("language", [("e:vim", "l:c"), ("e:vi", "l:c"), ("e:emacs", "l:lisp"), ("e:emacs", "l:c"), ("e:nano", "l:c"),
                         ("e:npp", "l:cpp"), ("e:vscode", "l:ts")])
    T += _t("runs", [("e:vim", "o:linux"), ("e:vim", "o:windows"), ("e:vi", "o:linux"), ("e:emacs", "o:linux"),
                     ("e:nano", "o:linux"), ("e:npp", "o:windows"), ("e:vscode", "o:windows"), ("e:vscode", "o:macos")])
    T += _t("maintainer", [("e:emacs", "g:gnu"), ("e:nano", "g:gnu"), ("e:vscode", "g:ms")])
    T += _t("based", [("e:vim", "e:vi")])
    T += _t("located", [("g:ms", "c:redmond"), ("g:gnu", "c:boston")])
    T += _t("born", [("w:bram", "c:lisse"), ("w:joy", "c:detroit"), ("w:stallman", "c:manhattan"), ("w:gamma", "c:zurich")])
    return _build(items, others, rels, T)


def wineries():
    """(1) Wine estates (items typed "wine producer": its last word "producer" names people, but
    these are estates) "located in" regions, "owned by" owners (typed "person", "businessman"),
    "produce" wines, "founded by" founders; years are foundings."""
    rels = [
        R("located", phrase="is located in", inverse_phrase="is the location of", range=("region",)),
        R("owner", phrase="is owned by", inverse_phrase="owns", range=("person", "businessman", "company")),
        R("produces", phrase="produces", inverse_phrase="is produced by", range=("wine",)),
        R("founder", phrase="was founded by", inverse_phrase="founded", range=("person", "businessman")),
        R("neighbour", phrase="neighbours", inverse_phrase="neighbours"),
    ]
    items = {"w:margaux": ("wine producer", "Chateau Margaux", 1572), "w:latour": ("wine producer", "Chateau Latour", 1331),
             "w:penfolds": ("wine producer", "Penfolds", 1844), "w:opus": ("wine producer", "Opus One", 1979),
             "w:sanguido": ("wine producer", "Tenuta San Guido", 1968)}
    others = {"r:margaux": ("region", "Margaux"), "r:pauillac": ("region", "Pauillac"), "r:barossa": ("region", "the Barossa Valley"),
              "r:napa": ("region", "Napa Valley"), "r:bolgheri": ("region", "Bolgheri"),
              "o:mentzelopoulos": ("person", "Corinne Mentzelopoulos"), "o:pinault": ("businessman", "Francois Pinault"),
              "o:tw": ("company", "Treasury Wine Estates"), "o:incisa": ("person", "Nicolo Incisa della Rocchetta"),
              "f:penfold": ("person", "Christopher Rawson Penfold"), "f:mondavi": ("businessman", "Robert Mondavi"),
              "f:rothschild": ("person", "Philippe de Rothschild"), "f:mario": ("person", "Mario Incisa della Rocchetta"),
              "v:grandvin": ("wine", "Chateau Margaux Grand Vin"), "v:latourvin": ("wine", "Les Forts de Latour"),
              "v:grange": ("wine", "Grange"), "v:opusvin": ("wine", "Opus One Red"), "v:sassicaia": ("wine", "Sassicaia")}
    T = _t("located", [("w:margaux", "r:margaux"), ("w:latour", "r:pauillac"), ("w:penfolds", "r:barossa"), ("w:opus", "r:napa"),
                       ("w:sanguido", "r:bolgheri")])
    T += _t("owner", [("w:margaux", "o:mentzelopoulos"), ("w:latour", "o:pinault"), ("w:penfolds", "o:tw"),
                      ("w:sanguido", "o:incisa")])
    T += _t("produces", [("w:margaux", "v:grandvin"), ("w:latour", "v:latourvin"), ("w:penfolds", "v:grange"),
                         ("w:opus", "v:opusvin"), ("w:sanguido", "v:sassicaia")])
    T += _t("founder", [("w:penfolds", "f:penfold"), ("w:opus", "f:mondavi"), ("w:opus", "f:rothschild"),
                        ("w:sanguido", "f:mario")])
    T += _t("neighbour", [("w:latour", "w:margaux"), ("w:margaux", "w:latour")])
    return _build(items, others, rels, T)


def garden():
    """(1)(2) Climbing plants (items typed "climber", a person type now) and a water insect
    (typed "pond skater": its last word names sportspeople): a graph of "people"; introduced by
    plant hunters typed "plant hunter", "botanist" (no person types), native to regions, of
    families, living in habitats."""
    rels = [
        R("introduced", phrase="was introduced by", inverse_phrase="introduced", range=("plant hunter", "botanist")),
        R("native", phrase="is native to", inverse_phrase="is the home of", range=("region",)),
        R("family", phrase="belongs to the family", inverse_phrase="includes", range=("family",)),
        R("habitat", phrase="is located in", inverse_phrase="is the habitat of", range=("habitat",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
    ]
    items = {"g:wisteria": ("climber", "Chinese wisteria", 1816), "g:clematis": ("climber", "Clematis armandii", 1900),
             "g:jasmine": ("climber", "winter jasmine", 1844), "g:hydrangea": ("climber", "climbing hydrangea", 1865),
             "g:gerris": ("pond skater", "Gerris lacustris", 1758)}
    others = {"h:reeves": ("plant hunter", "John Reeves"), "h:wilson": ("plant hunter", "Ernest Wilson"),
              "h:fortune": ("botanist", "Robert Fortune"), "h:maximowicz": ("botanist", "Carl Maximowicz"),
              "r:china": ("region", "China"), "r:japan": ("region", "Japan"), "r:europe": ("region", "Europe"),
              "f:fabaceae": ("family", "Fabaceae"), "f:ranunculaceae": ("family", "Ranunculaceae"),
              "f:oleaceae": ("family", "Oleaceae"), "f:hydrangeaceae": ("family", "Hydrangeaceae"),
              "f:gerridae": ("family", "Gerridae"), "x:pond": ("habitat", "ponds"),
              "c:westham": ("city", "West Ham"), "c:chipping": ("city", "Chipping Campden"), "c:kelloe": ("city", "Kelloe")}
    T = _t("introduced", [("g:wisteria", "h:reeves"), ("g:clematis", "h:wilson"), ("g:jasmine", "h:fortune"),
                          ("g:hydrangea", "h:maximowicz")])
    T += _t("native", [("g:wisteria", "r:china"), ("g:clematis", "r:china"), ("g:jasmine", "r:china"),
                       ("g:hydrangea", "r:japan"), ("g:gerris", "r:europe")])
    T += _t("family", [("g:wisteria", "f:fabaceae"), ("g:clematis", "f:ranunculaceae"), ("g:jasmine", "f:oleaceae"),
                       ("g:hydrangea", "f:hydrangeaceae"), ("g:gerris", "f:gerridae")])
    T += _t("habitat", [("g:gerris", "x:pond")])
    T += _t("born", [("h:reeves", "c:westham"), ("h:wilson", "c:chipping"), ("h:fortune", "c:kelloe")])
    return _build(items, others, rels, T)


def movies():
    return kgx.KnowledgeGraph.example()


BUILDERS = {"movies": movies, "tennis": tennis, "olympus": olympus, "rulers": rulers, "software": software,
            "wineries": wineries, "garden": garden}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@tennis
# (2) "he" / "she" after a tennis player (an item, now a person by type) and a coach typed
# "tennis coach" / "former player" (no person type, so left out): the claim holds of the player
# only. Lendl: born in Ostrava, won nothing; Becker: born in Leimen; Judy Murray: born in Bath;
# Richard Williams: born in Shreveport
Ivan Lendl coached Andy Murray. He was born in Glasgow.
Ivan Lendl coached Andy Murray. He won the US Open.
Ivan Lendl coached Andy Murray; he won Wimbledon.
Ivan Lendl coached Andy Murray, and he was born in Glasgow.
Ivan Lendl was born in Ostrava and coached Andy Murray. He won Wimbledon.
Ivan Lendl, born in Ostrava, coached Andy Murray. He beat Novak Djokovic.
Ivan Lendl coached Andy Murray. He beat Novak Djokovic.
Ivan Lendl coached Andy Murray. He is a child of Judy Murray.
Ivan Lendl coached Andy Murray. He is a sibling of Jamie Murray.
Ivan Lendl coached Andy Murray. He is a native of Glasgow.
Boris Becker coached Novak Djokovic. He was born in Belgrade.
Boris Becker coached Novak Djokovic. He won the Australian Open.
Boris Becker coached Novak Djokovic. He beat Roger Federer.
Judy Murray coached Jamie Murray. She was born in Dunblane.
Judy Murray coached Andy Murray. She won the US Open.
Judy Murray is a parent of Andy Murray. She won Wimbledon.
Judy Murray is a parent of Jamie Murray. She was born in Dunblane.
Jamie Murray was coached by Judy Murray. She was born in Dunblane.
Andy Murray was coached by Judy Murray. She won Wimbledon.
Andy Murray is a child of Judy Murray. She was born in Glasgow.
Richard Williams coached Venus Williams. He was born in Lynwood.
Richard Williams coached Serena Williams. He won the US Open.
Richard Williams is a parent of Serena Williams. He was born in Saginaw.
Venus Williams was coached by Richard Williams. He was born in Lynwood.
Serena Williams was coached by Richard Williams. He was born in Saginaw.
Serena Williams was coached by Richard Williams. He beat Venus Williams.
Ivan Lendl coached Andy Murray. His birthplace is Glasgow.
Boris Becker coached Novak Djokovic. His birthplace is Belgrade.
Judy Murray coached Jamie Murray. Her birthplace is Dunblane.
Richard Williams coached Serena Williams. His birthplace is Saginaw.
Ivan Lendl coached Andy Murray. His coach was Judy Murray.
Andy Murray won Wimbledon. Ivan Lendl coached him, and he was born in Glasgow.
Andy Murray won Wimbledon. Ivan Lendl coached him. He was born in Glasgow.
Serena Williams won the US Open. Richard Williams coached her, and he was born in Saginaw.
# (1) after a user's claim
@tennis u:ann
You gave Andy Murray five stars; Ivan Lendl coached him, and he was born in Glasgow.
You gave Andy Murray five stars; Ivan Lendl coached him. He won the US Open.
You gave Serena Williams five stars; Richard Williams coached her. He was born in Saginaw.
You gave Andy Murray five stars; Judy Murray coached him. She won Wimbledon.
You gave Roger Federer five stars; he was born in Manacor.
You gave Andy Murray five stars; he was coached by Boris Becker.
You gave Serena Williams five stars; she beat Roger Federer.
You gave Roger Federer five stars; he won the French Open.
You gave Andy Murray five stars; he is a native of Dunblane.
You gave Roger Federer five stars; Ivan Lendl coached him.
@tennis
# (3) "him" / "her": the others named before, not the clause's own subject
Rafael Nadal won Wimbledon. Novak Djokovic beat him.
Roger Federer lost to Rafael Nadal. Novak Djokovic beat him.
Serena Williams won the US Open. Venus Williams beat her.
Novak Djokovic lost to Andy Murray. Roger Federer beat him.
Boris Becker coached Novak Djokovic, and Ivan Lendl coached him.
Ivan Lendl coached Andy Murray, and Boris Becker coached him.
Andy Murray won Wimbledon. Boris Becker coached him.
Roger Federer won Wimbledon. Andy Murray's parent coached him.
Jamie Murray won Wimbledon. Novak Djokovic's coach coached him.
Roger Federer beat Andy Murray. Novak Djokovic's coach Boris Becker coached him.
Rafael Nadal beat Roger Federer. He beat him.
Roger Federer lost to Rafael Nadal. He beat him.
Andy Murray beat Novak Djokovic. He beat him again.
Novak Djokovic won Wimbledon. Roger Federer beat him.
Andy Murray won the US Open. Andy Murray beat him.
Andy Murray won Wimbledon. Ivan Lendl, who coached Novak Djokovic, coached him.
Roger Federer beat Andy Murray. Andy Murray's coach Ivan Lendl coached him.
Rafael Nadal beat Roger Federer. Roger Federer's coach Stefan Edberg coached him.
Venus Williams lost to Serena Williams. Serena Williams's coach Patrick Mouratoglou coached her.
# (1) years of a graph of people that declares no birth (first major titles)
Roger Federer was born in 2003.
Born in 2003, Roger Federer won Wimbledon.
Roger Federer (2003) was born in Basel.
Roger Federer, born in 2003, won Wimbledon.
Roger Federer was born in Basel in 2003.
In 2003, Roger Federer was born in Basel.
Andy Murray was born in Glasgow in 2012.
Serena Williams, born 1999 in Saginaw, won the US Open.
Serena Williams was born in 1999 in Saginaw.
Roger Federer is a tennis player born in 2003.
Venus Williams was born in Lynwood, in 2000.
Novak Djokovic was born in Belgrade in 2008 and won Wimbledon.
Rafael Nadal, who was born in 2005, won the French Open.
# (1) "is a native of" (the birthplace), wrong values
Andy Murray is a native of Dunblane.
Roger Federer is a native of Manacor.
Ivan Lendl is a native of Glasgow.
Jamie Murray is a native of Glasgow.
Serena Williams is a native of Lynwood.
Boris Becker is a native of Belgrade.
@olympus
# (2) "he" / "she" after a god and a titan, titaness, nymph, gorgon, winged horse or monster (no
# person type, left out): the claim holds of the god only
Cronus is a parent of Zeus. He was born on Crete.
Cronus is a parent of Zeus. He rules the sky.
Cronus is a parent of Zeus; he rules the sky.
Cronus is a parent of Zeus, and he was born on Crete.
Cronus is a parent of Zeus. He overthrew Cronus.
Cronus is a parent of Poseidon. He rules the sea.
Cronus is a parent of Hades. He rules the underworld.
Cronus is a parent of Poseidon. He is the patron of Corinth.
Rhea is a parent of Zeus. She was born on Crete.
Rhea is a parent of Hera. She was born on Samos.
Rhea is a parent of Hera. She is the patron of Argos.
Leto is a parent of Apollo. She was born on Delos.
Leto is a parent of Artemis. She was born on Delos.
Leto is a parent of Apollo. She slew Python.
Maia is a parent of Hermes. She was born on Mount Cyllene.
Maia is a parent of Hermes. Her sacred animal is the tortoise.
Maia is a parent of Hermes. Her symbol is the caduceus.
Metis is a parent of Athena. She is the patron of Athens.
Metis is a parent of Athena. Her symbol is the aegis.
Metis is a parent of Athena. Her sacred animal is the owl.
Leto is a parent of Apollo. Her symbol is the lyre.
Cronus was overthrown by Zeus. He was born on Crete.
Cronus was overthrown by Zeus. He rules the sky.
Cronus was overthrown by Zeus. His symbol is the thunderbolt.
Cronus was born on Mount Othrys and was overthrown by Zeus. He rules the sky.
Python was slain by Apollo. He was born on Delos.
Python was slain by Apollo. His symbol is the lyre.
Pegasus is a child of Poseidon. He rules the sea.
Pegasus is a child of Poseidon. His symbol is the trident.
Pegasus is a child of Poseidon. His sacred animal is the horse.
Pegasus is a child of Medusa and Poseidon. He is the patron of Corinth.
Atlas is a sibling of Cronus. Cronus is a parent of Zeus. He rules the sky.
# (1) gods as people, wrong values
Hera's sacred animal is the peacock. She was born on Crete.
Athena's symbol is the aegis. She was born on Crete.
Zeus was born on Crete. His sacred animal is the owl.
Apollo was born on Delos. His symbol is the trident.
Hermes was born on Mount Cyllene. He rules the sea.
Artemis was born on Delos. She is the patron of Athens.
Zeus rules the sky. He was born on Delos.
The eagle is sacred to Zeus. He was born on Samos.
The owl is sacred to Athena. She is the patron of Argos.
The lyre is the symbol of Apollo. He slew Cronus.
Zeus is a native of Crete.
# (3) "him" / "her"
Hermes is a child of Zeus. Zeus overthrew him.
Apollo is a child of Zeus. Zeus slew him.
Zeus overthrew Cronus. Apollo slew him.
Cronus is a parent of Zeus. Apollo overthrew him.
Zeus is a parent of Apollo. Python slew him.
Apollo slew Python, and Artemis slew him.
@rulers
# (1) years of rulers (accessions, no birth declared)
Pope Francis was born in 2013.
Born in 2013, Pope Francis succeeded Benedict XVI.
Pope Francis (2013) was born in Buenos Aires.
Pope Francis was born in Buenos Aires in 2013.
In 2013, Pope Francis was born in Buenos Aires.
Pope Francis, born in 2013, canonized John Paul II.
Pope Francis was born in 2013 in Buenos Aires.
Benedict XVI was born in Marktl in 2005.
John Paul II was born in 1978 in Wadowice.
Suleiman the Magnificent was born in 1520.
Suleiman the Magnificent was born in Trabzon in 1520.
Born in Trabzon in 1520, Suleiman the Magnificent built the Suleymaniye Mosque.
Peter the Great was born in Moscow in 1682.
Ivan the Terrible, born in 1547, built Saint Basil's Cathedral.
Mehmed II (1451) was born in Edirne.
Selim I was born in 1512 and was the father of Suleiman the Magnificent.
Paul VI is a 1963-born pope.
# (2) "he" / "she" after a sultan and his mother or wife, a pope and a cardinal (no person type)
Hafsa Sultan was the mother of Suleiman the Magnificent. She was born in Trabzon.
Hafsa Sultan was the mother of Suleiman the Magnificent. She built the Suleymaniye Mosque.
Hafsa Sultan was the mother of Suleiman the Magnificent. She succeeded Selim I.
Hurrem Sultan was married to Suleiman the Magnificent. She built the Suleymaniye Mosque.
Hurrem Sultan was married to Suleiman the Magnificent. She died in Szigetvar.
Hurrem Sultan was married to Suleiman the Magnificent. She was born in Trabzon.
Suleiman the Magnificent was married to Hurrem Sultan. She was born in Trabzon.
Suleiman the Magnificent was married to Hurrem Sultan. She built the Suleymaniye Mosque.
Hurrem Sultan was born in Rohatyn. She built the Suleymaniye Mosque.
Pietro Parolin was appointed by Pope Francis. He was born in Buenos Aires.
Pietro Parolin was appointed by Pope Francis. He canonized John Paul II.
Pietro Parolin was appointed by Pope Francis. He succeeded Benedict XVI.
Hurrem Sultan was married to Suleiman the Magnificent. Her birthplace is Trabzon.
Pietro Parolin was appointed by Pope Francis. His birthplace is Buenos Aires.
Hafsa Sultan was the mother of Suleiman the Magnificent. Selim I was the father of her.
# (3) "him"
Pope Francis succeeded Benedict XVI. Benedict XVI succeeded him.
Benedict XVI succeeded John Paul II. Pope Francis canonized him.
Selim I was the father of Suleiman the Magnificent. Suleiman the Magnificent was the father of him.
Paul VI succeeded John XXIII. Benedict XVI canonized him.
Hurrem Sultan was married to Suleiman the Magnificent. Selim I succeeded him.
Suleiman the Magnificent succeeded Selim I. Mehmed II was the father of him.
@software
# (1)(2) text editors (typed "text editor": a person by its last word) as "he", their
# programmers (typed "programmer", no person type) left out
Vim was written by Bram Moolenaar. He runs on Linux.
Vim was written by Bram Moolenaar. He is written in C.
Vim was written by Bram Moolenaar. He is based on vi.
Emacs was written by Richard Stallman. He is maintained by the GNU Project.
Emacs was written by Richard Stallman. He is written in Emacs Lisp.
Bram Moolenaar wrote Vim. He runs on Windows.
Richard Stallman wrote Emacs. He runs on Linux.
Richard Stallman wrote Emacs; he is maintained by the GNU Project.
Bill Joy wrote vi. He runs on Linux.
Erich Gamma wrote Visual Studio Code. He is maintained by Microsoft.
Erich Gamma wrote Visual Studio Code. He runs on macOS.
Don Ho wrote Notepad++. He runs on Windows.
Chris Allegretta wrote nano. He is maintained by the GNU Project.
Bram Moolenaar was born in Lisse and wrote Vim. He runs on Linux.
Richard Stallman was born in Manhattan. He wrote Emacs. He is written in C.
vi was written by Bill Joy. Vim is based on him.
Bill Joy wrote vi, and Vim is based on him.
Bram Moolenaar wrote Vim. He is based on vi.
Richard Stallman wrote Emacs. His maintainer is the GNU Project.
Vim is based on vi. Bill Joy wrote him.
Vim was born in 1991.
Emacs was written by Richard Stallman. He was born in Lisse.
Vim was written by Bram Moolenaar. He was born in Manhattan.
Vim was written by Bram Moolenaar. He runs on macOS.
@wineries
# (1) wine estates (typed "wine producer": a person by its last word) read with the cues of
# living subjects ("lives in" for "is located in") and as "he" / "she" beside owners and
# founders typed "businessman" (no person type)
Chateau Margaux lives in Margaux.
Chateau Latour resides in Pauillac.
Penfolds lives in the Barossa Valley.
Opus One resides in Napa Valley.
Tenuta San Guido lives in Bolgheri.
Chateau Latour, which lives in Pauillac, is owned by Francois Pinault.
Chateau Margaux lives in Margaux and produces Chateau Margaux Grand Vin.
Chateau Latour is owned by Francois Pinault. He is located in Pauillac.
Chateau Latour is owned by Francois Pinault. He lives in Pauillac.
Francois Pinault owns Chateau Latour. He produces Les Forts de Latour.
Francois Pinault owns Chateau Latour. He neighbours Chateau Margaux.
Robert Mondavi founded Opus One. He is located in Napa Valley.
Robert Mondavi founded Opus One. He lives in Napa Valley.
Robert Mondavi founded Opus One. He produces Opus One Red.
Opus One was founded by Robert Mondavi. He lives in Napa Valley.
Opus One was founded by Robert Mondavi; he resides in Napa Valley.
Chateau Latour is owned by Francois Pinault. Chateau Margaux neighbours him.
Francois Pinault owns Chateau Latour, and Chateau Margaux neighbours him.
Chateau Latour is owned by Francois Pinault. His location is Pauillac.
Penfolds was founded by Christopher Rawson Penfold. He is located in the Barossa Valley.
Chateau Margaux is owned by Corinne Mentzelopoulos. She is located in Margaux.
Chateau Margaux was born in 1572.
Chateau Margaux neighbours Chateau Latour. Francois Pinault owns her.
Chateau Margaux lives in Pauillac.
@garden
# (1)(2) climbers and a pond skater as "he" / "she" and "him", their plant hunters left out;
# "lives in" for "is located in"
Chinese wisteria was introduced by John Reeves. He is native to China.
John Reeves introduced Chinese wisteria. He belongs to the family Fabaceae.
John Reeves introduced Chinese wisteria; he is native to China.
Ernest Wilson introduced Clematis armandii. He is native to China.
Ernest Wilson introduced Clematis armandii. He belongs to the family Ranunculaceae.
Winter jasmine was introduced by Robert Fortune. He is native to China.
Robert Fortune introduced winter jasmine. He belongs to the family Oleaceae.
Carl Maximowicz introduced climbing hydrangea. He is native to Japan.
John Reeves introduced Chinese wisteria, and the family Fabaceae includes him.
John Reeves introduced Chinese wisteria. China is the home of him.
John Reeves was born in West Ham and introduced Chinese wisteria. He is native to China.
Chinese wisteria was introduced by John Reeves. He was born in China.
Chinese wisteria was introduced by John Reeves. He is native to Japan.
Chinese wisteria was born in 1816.
Chinese wisteria is a native of China.
Gerris lacustris lives in China.
Gerris lacustris resides in Europe and belongs to the family Oleaceae.
@movies
# example graph: "him" after two people, "he" after a film and a person
Al Pacino starred in Heat. Michael Mann directed him.
Michael Mann directed Heat. He starred in it.
Robert De Niro starred in Heat. Al Pacino directed him.
Heat stars Al Pacino. Robert De Niro directed it with him.
Michael Mann directed Heat, and Al Pacino starred in him.
Jaws was directed by Steven Spielberg. He stars Al Pacino.
"""

CONTROLS = r"""
@tennis
Roger Federer won Wimbledon. He was born in Basel.
Andy Murray won Wimbledon. Ivan Lendl coached him.
Novak Djokovic won Wimbledon. Andy Murray beat him.
Venus Williams won Wimbledon. Serena Williams beat her.
Roger Federer was born in Basel. He won the US Open and the Australian Open.
Ivan Lendl was born in Ostrava. He coached Andy Murray.
Andy Murray is a sibling of Jamie Murray. Judy Murray coached him.
Serena Williams beat Venus Williams. Richard Williams coached her.
Andy Murray is a native of Glasgow.
Ivan Lendl is a native of Ostrava.
Boris Becker coached Novak Djokovic, who was born in Belgrade.
Andy Murray was coached by Ivan Lendl and was born in Glasgow.
Rafael Nadal was born in Manacor. His coach was Toni Nadal.
Roger Federer won Wimbledon. Rafael Nadal beat him.
Novak Djokovic won Wimbledon. Roger Federer lost to him.
Roger Federer won Wimbledon. Novak Djokovic and Rafael Nadal beat him.
Jamie Murray won Wimbledon. Andy Murray is a sibling of him.
@tennis u:ann
You gave Roger Federer five stars; he was born in Basel.
You gave Andy Murray five stars; Ivan Lendl coached him.
You gave Serena Williams five stars; she won the US Open.
@olympus
Zeus was born on Crete. He rules the sky.
Cronus is a parent of Zeus, who was born on Crete.
Apollo was born on Delos. His symbol is the lyre.
Hermes was born on Mount Cyllene. His sacred animal is the tortoise.
Athena is the patron of Athens. Her sacred animal is the owl.
Zeus overthrew Cronus.
Apollo slew Python.
Zeus is a parent of Apollo and Artemis.
Hera was born on Samos. She is the patron of Argos.
Zeus is a parent of Hermes. Maia is a parent of him.
Cronus is a parent of Zeus. Zeus overthrew him.
Poseidon is a parent of Pegasus. He rules the sea.
@rulers
Pope Francis was born in Buenos Aires. He succeeded Benedict XVI.
Pope Francis canonized John Paul II and John XXIII.
John Paul II was born in Wadowice. Pope Francis canonized him.
Selim I was the father of Suleiman the Magnificent. Suleiman the Magnificent succeeded him.
Peter the Great was born in Moscow and died in Saint Petersburg.
Hafsa Sultan was the mother of Suleiman the Magnificent. He built the Suleymaniye Mosque.
Hurrem Sultan was married to Suleiman the Magnificent. He was born in Trabzon.
Pope Francis is a native of Buenos Aires.
Pope Francis appointed Pietro Parolin, who was born in Schiavon.
@software
Bram Moolenaar wrote Vim, which runs on Linux.
Vim is based on vi.
Emacs is written in Emacs Lisp and C.
Visual Studio Code is maintained by Microsoft, which is located in Redmond.
Bram Moolenaar was born in Lisse.
@wineries
Chateau Latour is owned by Francois Pinault.
Chateau Margaux is located in Margaux.
Opus One was founded by Robert Mondavi and Philippe de Rothschild.
Penfolds produces Grange.
Chateau Latour neighbours Chateau Margaux.
@garden
Chinese wisteria was introduced by John Reeves, who was born in West Ham.
Chinese wisteria is native to China and belongs to the family Fabaceae.
Gerris lacustris is located in ponds.
Gerris lacustris lives in ponds.
Chinese wisteria was introduced by John Reeves. It is native to China.
@movies
Heat stars Al Pacino. Michael Mann directed it.
Al Pacino and Robert De Niro starred in Heat.
"""

KNOWN = frozenset()

OPEN = frozenset(
    # "he" with only a program named before: no referent in English (a program is "it"); the
    # checker reads it of the program
    {"Vim runs on Linux. He was written by Bram Moolenaar.",
     # "him" can be neither Stallman (the clause's subject) nor, in English, Emacs ("it")
     "Emacs is maintained by the GNU Project. Richard Stallman wrote him.",
     # the graph's year of a sultan is undeclared (it is his accession): true in the world, not
     # said by the graph
     "In 1520, Suleiman the Magnificent succeeded Selim I.",
     # "him" after John Paul II and Benedict XVI: the nearer (Benedict) or the topic (John Paul II)
     "John Paul II was born in Wadowice, and Benedict XVI succeeded him. Pope Francis canonized him.",
     # "he" after "X was coached by Y" / "X appointed Y" / "X overthrew Y": the subject X is the
     # likelier referent, and the claim holds of X (the checker reads X only); false only of Y
     # (Lendl, Becker, Cronus, Parolin), whom the checker leaves out by type
     "Andy Murray was coached by Ivan Lendl. He was born in Glasgow.",
     "Novak Djokovic was coached by Boris Becker. He was born in Belgrade.",
     "Novak Djokovic was coached by Boris Becker; he was born in Belgrade.",
     "Zeus overthrew Cronus. He was born on Crete.",
     "Pope Francis appointed Pietro Parolin. He was born in Buenos Aires.",
     # the last sentence's subject is Poseidon, of whom it holds; Pegasus (left out) is the topic
     "Medusa is a parent of Pegasus. Poseidon is a parent of Pegasus too. He rules the sea.",
     # "his language" of a programmer: the language he wrote his program in?
     "Bram Moolenaar wrote Vim. His language is C.",
     # (3) "him": Djokovic (the topic, true) or Jamie Murray, the possessor inside the clause
     # (Andy Murray never beat him), whom the rule drops as if he were the clause's subject
     "Novak Djokovic won Wimbledon. Jamie Murray's sibling Andy Murray beat him."})

OPEN_TEXTS = r"""
@software
Vim runs on Linux. He was written by Bram Moolenaar.
Emacs is maintained by the GNU Project. Richard Stallman wrote him.
@rulers
In 1520, Suleiman the Magnificent succeeded Selim I.
John Paul II was born in Wadowice, and Benedict XVI succeeded him. Pope Francis canonized him.
Pope Francis appointed Pietro Parolin. He was born in Buenos Aires.
@tennis
Andy Murray was coached by Ivan Lendl. He was born in Glasgow.
Novak Djokovic was coached by Boris Becker. He was born in Belgrade.
Novak Djokovic was coached by Boris Becker; he was born in Belgrade.
@olympus
Zeus overthrew Cronus. He was born on Crete.
Medusa is a parent of Pegasus. Poseidon is a parent of Pegasus too. He rules the sea.
@software
Bram Moolenaar wrote Vim. His language is C.
@tennis
Novak Djokovic won Wimbledon. Jamie Murray's sibling Andy Murray beat him.
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
