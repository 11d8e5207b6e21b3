"""Red team round 202 on WHOLE_SESSION.diff, the readings new since rounds 198-200: (1) "hailed
from", "hails from", "came from", "came into the world in / at" for "was born in" of people;
(2) "predecessor" / "successor" of a relation of succession between items of one kind; (3)
"belonged to" / "was a member of" a group whose type only ends in a group word; (4) a place
after a claim of a relation whose objects are people ("married X in P") no longer read as the
subject's place; (5) kin nouns ("son", "daughter", "father", "mother") where both ends are people
by type and the graph says no one's sex.

Graphs: the shipped example graph and five of my own (see each builder's docstring): "emigres"
(physicists and composers born in one city, grown up, living, dying in others; a family; a
teacher; marriages), "romanovs" (tsars typed "tsar" and their wives and children typed "person",
whose sex the graph gives by a relation "has sex", by "gave birth to" and "fathered"; "succeeded"
between tsars), "popes" (succession between popes, beside cardinals and conclaves), "jesuits"
(enslaved people who "belonged to" -- were owned by -- a "religious_order" / "monastic_order"),
"coaches" (tennis players and coaches: "coached", "married", where each lives, was born, won).

Findings (48 of 230 false texts accepted; 6 OPEN texts, 4 accepted; controls: 47 of 53
accepted). 34 of the 48 are the session's: with WHOLE_SESSION.diff reversed on a copy of the code
only 14 are accepted, all of them places after "coached" / "taught" / "married" (below).

* (5) 23: kin nouns where the graph does give the sex, only not by a type word or a phrase word
  the checker knows: "has sex" female / male, "gave birth to" (mothers), "fathered" (fathers),
  and the type "tsar" (a man's title, in PERSON_TYPES but not in _SEXED_WORDS; so "sultan",
  "pharaoh", "pope", "shah" too): "Olga Nikolaevna was a son of Nicholas II", "Alexandra
  Feodorovna was a father of Alexei Nikolaevich", "Nicholas II was a mother of Olga
  Nikolaevna", "Alexander III was a daughter of Alexander II".
* (3) 10: "belonged to" of ownership (enslaved people owned by the Jesuits' "religious_order",
  serfs by a "monastic_order") read as membership: "Isaac Hawkins was a member of the Society of
  Jesus", "Ivan Petrov was a member of the Trinity Lavra".
* (4) 15 (14 old, 1 new): a place after "coached" / "taught" / "married" / "was coached by" is
  read as the *object's* place (where the object lives, was born, grew up): "Ivan Lendl coached
  Andy Murray in Glasgow", "Niels Bohr taught Werner Heisenberg in Wurzburg", "Andre Agassi
  married Steffi Graf in Mannheim", "Andy Murray was coached by Ivan Lendl in Goshen"; and (new,
  the diff's marriage both ways) "Andre Agassi was married to Steffi Graf in Mannheim".
Held: (1) every "came from" / "hailed from" / "came into the world" of another place, a school, a
family, a year, a move ("from Ulm to Princeton"), lists, gapping, "as did", negations; (2) every
wrong pair, direction, chain ("predecessor's predecessor", "predecessor but one"), qualifier ("as
archbishop"), cardinal, "his" after another person.
Controls rejected: "Lise Meitner and Alban Berg came from Vienna" (old: "Lise Meitner and Alban
Berg were born in Vienna" is rejected too, unattached_mention), "X was Y's daughter" / "X's mother
was Y" (incomplete_list where Y has more children / X two parents), "Pope Francis is Benedict
XVI's successor" (present "is ... successor" unread), "Benedict XVI's predecessor and successor
were John Paul II and Pope Francis" (respective nouns read as wrong_direction), "Andy Murray won
Wimbledon, and his coach was Ivan Lendl" ("coach" unread).
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


def emigres():
    """(1)(4) Physicists and composers (items typed "physicist" / "composer", dated by the year of a
    Nobel prize or of a first work, not of a birth): "was born in" a city, "died in" a city, "grew
    up in" a city (a hometown), "lived in" a city, "emigrated to" a country, "studied at" a
    university, "descended from" a family, "married" (both ways), "taught" (people taught people),
    "worked at" a university."""
    rels = [
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("died", phrase="died in", inverse_phrase="is where died", range=("city",)),
        R("grew", phrase="grew up in", inverse_phrase="is the hometown of", range=("city",)),
        R("lived", phrase="lived in", inverse_phrase="was the home of", range=("city",)),
        R("emig", phrase="emigrated to", inverse_phrase="received", range=("country",)),
        R("studied", phrase="studied at", inverse_phrase="educated", range=("university",)),
        R("family", phrase="descended from", inverse_phrase="was the family of", range=("family",)),
        R("spouse", phrase="married", inverse_phrase="married", range=("physicist", "composer", "person")),
        R("taught", phrase="taught", inverse_phrase="was taught by", range=("physicist", "composer")),
        R("worked", phrase="worked at", inverse_phrase="employed", range=("university",)),
        R("incountry", phrase="is located in", inverse_phrase="contains", range=("country",)),
    ]
    items = {"p:einstein": ("physicist", "Albert Einstein", 1921), "p:bohr": ("physicist", "Niels Bohr", 1922),
             "p:meitner": ("physicist", "Lise Meitner", 1907), "p:szilard": ("physicist", "Leo Szilard", 1929),
             "p:fermi": ("physicist", "Enrico Fermi", 1938), "p:heisenberg": ("physicist", "Werner Heisenberg", 1932),
             "p:schoenberg": ("composer", "Arnold Schoenberg", 1899), "p:bartok": ("composer", "Bela Bartok", 1903),
             "p:bach": ("composer", "Johann Sebastian Bach", 1708), "p:berg": ("composer", "Alban Berg", 1925)}
    others = {"c:ulm": ("city", "Ulm"), "c:munich": ("city", "Munich"), "c:princeton": ("city", "Princeton"),
              "c:bern": ("city", "Bern"), "c:copenhagen": ("city", "Copenhagen"), "c:vienna": ("city", "Vienna"),
              "c:berlin": ("city", "Berlin"), "c:stockholm": ("city", "Stockholm"), "c:cambridge": ("city", "Cambridge"),
              "c:budapest": ("city", "Budapest"), "c:rome": ("city", "Rome"), "c:chicago": ("city", "Chicago"),
              "c:wuerzburg": ("city", "Wurzburg"), "c:la": ("city", "Los Angeles"), "c:nagyszentmiklos": ("city", "Nagyszentmiklos"),
              "c:pozsony": ("city", "Pozsony"), "c:newyork": ("city", "New York"), "c:eisenach": ("city", "Eisenach"),
              "c:leipzig": ("city", "Leipzig"),
              "n:germany": ("country", "Germany"), "n:usa": ("country", "the United States"), "n:sweden": ("country", "Sweden"),
              "n:austria": ("country", "Austria"), "n:hungary": ("country", "Hungary"), "n:denmark": ("country", "Denmark"),
              "n:italy": ("country", "Italy"), "n:uk": ("country", "England"),
              "u:eth": ("university", "ETH Zurich"), "u:vienna": ("university", "the University of Vienna"),
              "u:munich": ("university", "the University of Munich"), "u:copenhagen": ("university", "the University of Copenhagen"),
              "u:berlin": ("university", "the University of Berlin"), "u:pisa": ("university", "the University of Pisa"),
              "u:princeton": ("university", "Princeton University"),
              "f:bach": ("family", "the Bach family"), "x:mileva": ("person", "Mileva Maric"), "x:margrethe": ("person", "Margrethe Norlund"),
              "x:laura": ("person", "Laura Capon"), "x:mathilde": ("person", "Mathilde Zemlinsky")}
    T = _t("born", [("p:einstein", "c:ulm"), ("p:bohr", "c:copenhagen"), ("p:meitner", "c:vienna"), ("p:szilard", "c:budapest"),
                    ("p:fermi", "c:rome"), ("p:heisenberg", "c:wuerzburg"), ("p:schoenberg", "c:vienna"),
                    ("p:bartok", "c:nagyszentmiklos"), ("p:bach", "c:eisenach"), ("p:berg", "c:vienna")])
    T += _t("died", [("p:einstein", "c:princeton"), ("p:bohr", "c:copenhagen"), ("p:meitner", "c:cambridge"),
                     ("p:szilard", "c:la"), ("p:fermi", "c:chicago"), ("p:heisenberg", "c:munich"), ("p:schoenberg", "c:la"),
                     ("p:bartok", "c:newyork"), ("p:bach", "c:leipzig"), ("p:berg", "c:vienna")])
    T += _t("grew", [("p:einstein", "c:munich"), ("p:bartok", "c:pozsony"), ("p:heisenberg", "c:munich")])
    T += _t("lived", [("p:einstein", "c:bern"), ("p:einstein", "c:berlin"), ("p:meitner", "c:berlin"), ("p:meitner", "c:stockholm"),
                      ("p:szilard", "c:berlin"), ("p:schoenberg", "c:berlin"), ("p:bach", "c:leipzig")])
    T += _t("emig", [("p:einstein", "n:usa"), ("p:meitner", "n:sweden"), ("p:szilard", "n:uk"), ("p:fermi", "n:usa"),
                     ("p:schoenberg", "n:usa"), ("p:bartok", "n:usa")])
    T += _t("studied", [("p:einstein", "u:eth"), ("p:meitner", "u:vienna"), ("p:szilard", "u:berlin"), ("p:fermi", "u:pisa"),
                        ("p:heisenberg", "u:munich"), ("p:bohr", "u:copenhagen")])
    T += _t("family", [("p:bach", "f:bach")])
    T += _t("spouse", [("p:einstein", "x:mileva"), ("p:bohr", "x:margrethe"), ("p:fermi", "x:laura"), ("p:schoenberg", "x:mathilde")])
    T += _t("taught", [("p:schoenberg", "p:berg"), ("p:bohr", "p:heisenberg")])
    T += _t("worked", [("p:einstein", "u:princeton"), ("p:bohr", "u:copenhagen"), ("p:meitner", "u:berlin"),
                       ("p:schoenberg", "u:berlin")])
    T += _t("incountry", [("c:ulm", "n:germany"), ("c:munich", "n:germany"), ("c:berlin", "n:germany"), ("c:wuerzburg", "n:germany"),
                          ("c:eisenach", "n:germany"), ("c:leipzig", "n:germany"), ("c:vienna", "n:austria"),
                          ("c:budapest", "n:hungary"), ("c:copenhagen", "n:denmark"), ("c:rome", "n:italy"),
                          ("c:princeton", "n:usa"), ("c:chicago", "n:usa"), ("c:la", "n:usa"), ("c:newyork", "n:usa"),
                          ("c:stockholm", "n:sweden"), ("c:cambridge", "n:uk"), ("c:nagyszentmiklos", "n:hungary"),
                          ("c:pozsony", "n:hungary"), ("c:bern", "n:germany")])
    return _build(items, others, rels, T)


def romanovs():
    """(5)(2) Russian tsars (typed "tsar": men by the type, though "tsar" is no word of sex the
    checker knows) and their children and wives typed "person": "was a child of" / "was a parent
    of"; the graph gives sex elsewhere: "has sex" (a "sex" entity, female / male), "gave birth to"
    (mothers), "fathered" (fathers); "succeeded" between tsars (one kind); "married"."""
    rels = [
        R("child", phrase="was a child of", inverse_phrase="was a parent of", range=("tsar", "person")),
        R("sex", phrase="has sex", inverse_phrase="is the sex of", range=("sex",)),
        R("bore", phrase="gave birth to", inverse_phrase="was born to", range=("tsar", "person")),
        R("sired", phrase="fathered", inverse_phrase="was fathered by", range=("tsar", "person")),
        R("succ", phrase="succeeded", inverse_phrase="was succeeded by", range=("tsar",)),
        R("spouse", phrase="married", inverse_phrase="married", range=("person",)),
        R("crowned", phrase="was crowned in", inverse_phrase="saw the coronation of", range=("city",)),
    ]
    items = {"t:alex2": ("tsar", "Alexander II", 1855), "t:alex3": ("tsar", "Alexander III", 1881),
             "t:nich2": ("tsar", "Nicholas II", 1894), "t:nich1": ("tsar", "Nicholas I", 1825),
             "t:alex1": ("tsar", "Alexander I", 1801), "t:paul1": ("tsar", "Paul I", 1796)}
    others = {"x:olga": ("person", "Olga Nikolaevna"), "x:alexei": ("person", "Alexei Nikolaevich"),
              "x:alexandra": ("person", "Alexandra Feodorovna"), "x:maria": ("person", "Maria Feodorovna"),
              "x:tatiana": ("person", "Tatiana Nikolaevna"), "x:george": ("person", "George Alexandrovich"),
              "x:female": ("sex", "female"), "x:male": ("sex", "male"), "c:moscow": ("city", "Moscow")}
    T = _t("child", [("t:nich2", "t:alex3"), ("t:nich2", "x:maria"), ("x:george", "t:alex3"), ("x:george", "x:maria"),
                     ("x:olga", "t:nich2"), ("x:olga", "x:alexandra"), ("x:tatiana", "t:nich2"), ("x:tatiana", "x:alexandra"),
                     ("x:alexei", "t:nich2"), ("x:alexei", "x:alexandra"), ("t:alex3", "t:alex2"), ("t:alex2", "t:nich1"),
                     ("t:nich1", "t:paul1"), ("t:alex1", "t:paul1")])
    T += _t("sex", [("x:olga", "x:female"), ("x:tatiana", "x:female"), ("x:alexandra", "x:female"), ("x:maria", "x:female"),
                    ("x:alexei", "x:male"), ("x:george", "x:male"), ("t:nich2", "x:male"), ("t:alex3", "x:male")])
    T += _t("bore", [("x:alexandra", "x:olga"), ("x:alexandra", "x:tatiana"), ("x:alexandra", "x:alexei"),
                     ("x:maria", "t:nich2"), ("x:maria", "x:george")])
    T += _t("sired", [("t:nich2", "x:olga"), ("t:nich2", "x:tatiana"), ("t:nich2", "x:alexei"), ("t:alex3", "t:nich2"),
                      ("t:alex3", "x:george")])
    T += _t("succ", [("t:alex1", "t:paul1"), ("t:nich1", "t:alex1"), ("t:alex2", "t:nich1"), ("t:alex3", "t:alex2"),
                     ("t:nich2", "t:alex3")])
    T += _t("spouse", [("t:nich2", "x:alexandra"), ("t:alex3", "x:maria")])
    T += _t("crowned", [("t:nich2", "c:moscow"), ("t:alex3", "c:moscow"), ("t:alex2", "c:moscow")])
    return _build(items, others, rels, T)


def popes():
    """(2) Popes (typed "pope") of the 20th century: "succeeded" (one kind), "was elected in" a
    year's conclave (typed "conclave"), "was born in" a city, "canonized" (a pope made another a
    saint), "appointed" (a pope named a cardinal, typed "cardinal" -- not of the succession's
    kind), "was the secretary of" (a cardinal served a pope)."""
    rels = [
        R("succ", phrase="succeeded", inverse_phrase="was succeeded by", range=("pope",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("canon", phrase="canonized", inverse_phrase="was canonized by", range=("pope",)),
        R("appointed", phrase="appointed", inverse_phrase="was appointed by", range=("cardinal",)),
        R("elected", phrase="was elected by", inverse_phrase="elected", range=("conclave",)),
    ]
    items = {"p:benedict15": ("pope", "Benedict XV", 1914), "p:pius11": ("pope", "Pius XI", 1922),
             "p:pius12": ("pope", "Pius XII", 1939), "p:john23": ("pope", "John XXIII", 1958),
             "p:paul6": ("pope", "Paul VI", 1963), "p:jp1": ("pope", "John Paul I", 1978),
             "p:jp2": ("pope", "John Paul II", 1978), "p:benedict16": ("pope", "Benedict XVI", 2005),
             "p:francis": ("pope", "Pope Francis", 2013)}
    others = {"c:rome": ("city", "Rome"), "c:milan": ("city", "Milan"), "c:genoa": ("city", "Genoa"),
              "c:krakow": ("city", "Wadowice"), "c:ba": ("city", "Buenos Aires"), "c:marktl": ("city", "Marktl"),
              "k:ratzinger": ("cardinal", "Joseph Ratzinger"), "k:parolin": ("cardinal", "Pietro Parolin"),
              "k:1978": ("conclave", "the conclave of October 1978"), "k:2005": ("conclave", "the conclave of 2005")}
    T = _t("succ", [("p:pius11", "p:benedict15"), ("p:pius12", "p:pius11"), ("p:john23", "p:pius12"), ("p:paul6", "p:john23"),
                    ("p:jp1", "p:paul6"), ("p:jp2", "p:jp1"), ("p:benedict16", "p:jp2"), ("p:francis", "p:benedict16")])
    T += _t("born", [("p:pius11", "c:milan"), ("p:pius12", "c:rome"), ("p:benedict15", "c:genoa"), ("p:jp2", "c:krakow"),
                     ("p:francis", "c:ba"), ("p:benedict16", "c:marktl")])
    T += _t("canon", [("p:francis", "p:john23"), ("p:francis", "p:jp2"), ("p:francis", "p:paul6")])
    T += _t("appointed", [("p:paul6", "k:ratzinger"), ("p:benedict16", "k:parolin")])
    T += _t("elected", [("p:jp2", "k:1978"), ("p:benedict16", "k:2005")])
    return _build(items, others, rels, T)


def jesuits():
    """(3) Enslaved people (typed "enslaved person": people by the type's last word) who "belonged
    to" a religious order (owned by it; typed "religious_order") or a monastery's "monastic_order";
    Jesuit priests (typed "priest") "sold" them; an enslaved musician who "belonged to" a "brass_band"'s
    owner... the groups' types only end in a group word."""
    rels = [
        R("owned", phrase="belonged to", inverse_phrase="owned", range=("religious_order", "monastic_order", "political_party")),
        R("sold", phrase="was sold by", inverse_phrase="sold", range=("priest",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("town",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", range=("religious_order", "university")),
    ]
    items = {"e:hawkins": ("enslaved person", "Isaac Hawkins", 1838), "e:mahoney": ("enslaved person", "Anna Mahoney", 1838),
             "e:campbell": ("enslaved person", "Nace Butler", 1838), "e:serf": ("enslaved person", "Ivan Petrov", 1850)}
    others = {"o:jesuits": ("religious_order", "the Society of Jesus"), "o:lavra": ("monastic_order", "the Trinity Lavra"),
              "o:party": ("political_party", "the Democratic Party"),
              "k:mulledy": ("priest", "Thomas Mulledy"), "k:carroll": ("priest", "John Carroll"),
              "t:st": ("town", "St. Inigoes"), "u:georgetown": ("university", "Georgetown University")}
    T = _t("owned", [("e:hawkins", "o:jesuits"), ("e:mahoney", "o:jesuits"), ("e:campbell", "o:jesuits"),
                     ("e:serf", "o:lavra")])
    T += _t("sold", [("e:hawkins", "k:mulledy"), ("e:mahoney", "k:mulledy"), ("e:campbell", "k:mulledy")])
    T += _t("born", [("e:hawkins", "t:st"), ("e:mahoney", "t:st")])
    T += _t("founded", [("k:carroll", "u:georgetown")])
    return _build(items, others, rels, T)


def coaches():
    """(4) Tennis players and coaches (typed "tennis player" / "tennis coach"): "coached" (people
    coached people), "married" (a marriage), "lived in" a city, "won" a tournament (typed
    "tournament") "held in" a city, "was born in"."""
    rels = [
        R("coached", phrase="coached", inverse_phrase="was coached by", range=("tennis player",)),
        R("spouse", phrase="married", inverse_phrase="married", range=("tennis player", "person")),
        R("lived", phrase="lives in", inverse_phrase="is the home of", range=("city",)),
        R("won", phrase="won", inverse_phrase="was won by", range=("tournament",)),
        R("held", phrase="is held in", inverse_phrase="hosts", range=("city",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
    ]
    items = {"t:murray": ("tennis player", "Andy Murray", 2005), "t:lendl": ("tennis player", "Ivan Lendl", 1978),
             "t:federer": ("tennis player", "Roger Federer", 1998), "t:graf": ("tennis player", "Steffi Graf", 1982),
             "t:agassi": ("tennis player", "Andre Agassi", 1986), "t:djokovic": ("tennis player", "Novak Djokovic", 2003),
             "t:becker": ("tennis player", "Boris Becker", 1984)}
    others = {"x:sears": ("person", "Kim Sears"), "x:mirka": ("person", "Mirka Federer"),
              "w:wimbledon": ("tournament", "Wimbledon"), "w:rg": ("tournament", "the French Open"),
              "w:uso": ("tournament", "the US Open"),
              "c:london": ("city", "London"), "c:paris": ("city", "Paris"), "c:nyc": ("city", "New York"),
              "c:glasgow": ("city", "Glasgow"), "c:ostrava": ("city", "Ostrava"), "c:basel": ("city", "Basel"),
              "c:lasvegas": ("city", "Las Vegas"), "c:belgrade": ("city", "Belgrade"), "c:monaco": ("city", "Monte Carlo"),
              "c:mannheim": ("city", "Mannheim"), "c:goshen": ("city", "Goshen")}
    T = _t("coached", [("t:lendl", "t:murray"), ("t:becker", "t:djokovic")])
    T += _t("spouse", [("t:murray", "x:sears"), ("t:federer", "x:mirka"), ("t:agassi", "t:graf")])
    T += _t("lived", [("t:murray", "c:london"), ("t:lendl", "c:goshen"), ("t:federer", "c:basel"), ("t:agassi", "c:lasvegas"),
                      ("t:graf", "c:lasvegas"), ("t:djokovic", "c:monaco")])
    T += _t("won", [("t:murray", "w:wimbledon"), ("t:federer", "w:wimbledon"), ("t:graf", "w:rg"), ("t:agassi", "w:uso"),
                    ("t:lendl", "w:rg"), ("t:djokovic", "w:wimbledon"), ("t:becker", "w:wimbledon")])
    T += _t("held", [("w:wimbledon", "c:london"), ("w:rg", "c:paris"), ("w:uso", "c:nyc")])
    T += _t("born", [("t:murray", "c:glasgow"), ("t:lendl", "c:ostrava"), ("t:federer", "c:basel"), ("t:graf", "c:mannheim"),
                     ("t:agassi", "c:lasvegas"), ("t:djokovic", "c:belgrade")])
    return _build(items, others, rels, T)


def movies():
    return kgx.KnowledgeGraph.example()


BUILDERS = {"movies": movies, "emigres": emigres, "romanovs": romanovs, "popes": popes, "jesuits": jesuits, "coaches": coaches}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@emigres
# (1) "came from" / "hailed from" / "came into the world in" a place the person was not born in: a
# hometown, a home, a place of death, a country emigrated to, a school, a family
Albert Einstein came from Munich.
Albert Einstein hailed from Munich.
Albert Einstein hails from Bern.
Albert Einstein came from Princeton.
Albert Einstein came into the world in Princeton.
Albert Einstein came into the world at Munich.
Albert Einstein came from Berlin.
Albert Einstein came from the United States.
Albert Einstein came from ETH Zurich.
Albert Einstein came from Princeton University.
Albert Einstein came from the Bach family.
Albert Einstein's wife came from Ulm.
Albert Einstein's family came from Ulm.
Albert Einstein's teacher came from Ulm.
Lise Meitner came from Stockholm.
Lise Meitner hailed from Berlin.
Lise Meitner came into the world in Cambridge.
Leo Szilard came from Berlin.
Leo Szilard hails from Los Angeles.
Enrico Fermi came from Chicago.
Enrico Fermi came into the world at Chicago.
Werner Heisenberg came into the world in Munich.
Niels Bohr came from Munich.
Arnold Schoenberg came from Los Angeles.
Arnold Schoenberg hailed from Berlin.
Johann Sebastian Bach came from Leipzig.
Johann Sebastian Bach came into the world in Leipzig.
Alban Berg came from the Bach family.
Johann Sebastian Bach was born in the Bach family.
Johann Sebastian Bach hailed from the Bach family.
Johann Sebastian Bach came into the world in the Bach family.
# (1) wrong years, moves, lists, gapping, relatives
Albert Einstein came into the world in 1921.
Albert Einstein came into the world in 1879.
Albert Einstein came from Ulm in 1921.
Albert Einstein came from Ulm in 1933.
Albert Einstein came into the world in Ulm in 1921.
Albert Einstein came from Ulm to Princeton.
Albert Einstein came from Ulm to the United States.
Lise Meitner came from Vienna to Berlin.
Albert Einstein came from ETH Zurich to Princeton University.
Albert Einstein came from Ulm, and Niels Bohr from Vienna.
Albert Einstein and Niels Bohr came from Ulm.
Albert Einstein, like Niels Bohr, came from Ulm.
Albert Einstein came from Ulm, as did Lise Meitner.
Albert Einstein came from Ulm, and so did Niels Bohr.
Leo Szilard came from Budapest, as did Bela Bartok.
Lise Meitner, Alban Berg and Leo Szilard hailed from Vienna.
Albert Einstein and Lise Meitner came from Vienna and Ulm respectively.
Vienna is where Albert Einstein came from.
Albert Einstein hailed from Ulm and died there.
Albert Einstein came from Ulm, where he died.
Niels Bohr came from Copenhagen, where he died.
Albert Einstein came from Ulm and grew up in Bern.
Lise Meitner came from Vienna and emigrated to England.
Albert Einstein came from Ulm. He married Margrethe Norlund.
Albert Einstein came from Ulm. He taught Alban Berg.
Albert Einstein never came from Ulm.
Albert Einstein did not come from Ulm.
Albert Einstein, who came from Ulm, won in 1921.
# (4) a place after "taught" / "married" that the graph gives for the object (born, grew up,
# died there), not for the teaching or the wedding
Niels Bohr taught Werner Heisenberg in Munich.
Niels Bohr taught Werner Heisenberg in Wurzburg.
Arnold Schoenberg taught Alban Berg in Los Angeles.
Arnold Schoenberg taught Alban Berg in Berlin.
Arnold Schoenberg, who came from Vienna, taught Alban Berg in Los Angeles.
Arnold Schoenberg taught Alban Berg, in Vienna.
Albert Einstein married Mileva Maric in Ulm.
Albert Einstein married Mileva Maric, in Ulm.
Niels Bohr married Margrethe Norlund in Copenhagen.
Enrico Fermi married Laura Capon in Chicago.
@romanovs
# (5) kin nouns against the sex the graph gives: "has sex" female / male, "gave birth to"
# (a mother), "fathered" (a father), and the type "tsar" (a man)
Olga Nikolaevna was a son of Nicholas II.
Olga Nikolaevna was Nicholas II's son.
Tatiana Nikolaevna was a son of Alexandra Feodorovna.
Olga Nikolaevna and Tatiana Nikolaevna were sons of Nicholas II.
Nicholas II's sons were Olga Nikolaevna and Tatiana Nikolaevna.
Nicholas II's son Olga Nikolaevna married nobody.
Olga Nikolaevna, a son of Nicholas II, was a child of Alexandra Feodorovna.
Alexei Nikolaevich was a daughter of Nicholas II.
Alexei Nikolaevich was a daughter of Alexandra Feodorovna.
George Alexandrovich was a daughter of Maria Feodorovna.
Alexandra Feodorovna was the father of Olga Nikolaevna.
Alexandra Feodorovna was a father of Alexei Nikolaevich.
Alexandra Feodorovna was a father of Tatiana Nikolaevna.
Alexandra Feodorovna, the father of Olga Nikolaevna, married Nicholas II.
Alexandra Feodorovna was Olga Nikolaevna's father.
Olga Nikolaevna's father was Alexandra Feodorovna.
Maria Feodorovna was a father of Nicholas II.
Maria Feodorovna was a father of George Alexandrovich.
Maria Feodorovna was the father of George Alexandrovich.
Nicholas II was the mother of Alexei Nikolaevich.
Nicholas II was a mother of Olga Nikolaevna.
Nicholas II was a mother of Tatiana Nikolaevna.
Nicholas II was Olga Nikolaevna's mother.
Olga Nikolaevna's mother was Nicholas II.
Alexander III was a mother of George Alexandrovich.
Alexander III was the mother of Nicholas II.
Nicholas II was a daughter of Alexander III.
Nicholas II was a daughter of Alexander III and Maria Feodorovna.
Alexander III was a daughter of Alexander II.
Alexander II was a daughter of Nicholas I.
Nicholas I was a daughter of Paul I.
Alexander I was a daughter of Paul I.
Paul I was a mother of Alexander I.
Nicholas I was a mother of Alexander II.
Alexander II was a mother of Alexander III.
Alexander III was a mother of Nicholas II.
# (5) wrong pairs and directions
Alexandra Feodorovna was a daughter of Nicholas II.
Olga Nikolaevna was a daughter of Alexander III.
Nicholas II was a son of Alexander II.
Alexander III was a son of Nicholas II.
Maria Feodorovna was a mother of Olga Nikolaevna.
# (2) predecessor / successor: wrong pairs, directions, chains, kin beside it
Nicholas II's predecessor was Alexander II.
Alexander III's predecessor was Nicholas II.
Nicholas II's successor was Alexander III.
Nicholas II's predecessor's predecessor was Alexander III.
Nicholas II's predecessor but one was Alexander III.
Nicholas II's immediate predecessor was Alexander II.
Nicholas II's father and predecessor was Maria Feodorovna.
Nicholas I's predecessor was Paul I.
Nicholas II had no predecessor.
Alexei Nikolaevich was Nicholas II's successor.
Alexei Nikolaevich succeeded Nicholas II.
Nicholas II's successor was Alexei Nikolaevich.
Nicholas II was crowned in Moscow. His predecessor was Alexander II.
Nicholas II was crowned in Moscow, and his predecessor was Alexander II.
Alexander III married Maria Feodorovna, and his predecessor was Nicholas I.
# (4) a wedding place the graph does not give
Nicholas II married Alexandra Feodorovna in Moscow.
@popes
# (2) predecessor / successor: wrong pairs, directions, qualifiers, chains, of a cardinal
John Paul II's predecessor was Paul VI.
Pius XII's predecessor was Benedict XV.
Benedict XVI's predecessor as archbishop was John Paul II.
Benedict XVI's predecessor as Archbishop of Munich was John Paul II.
John Paul II, Benedict XVI's predecessor, was born in Rome.
Benedict XVI was born in Marktl. His predecessor was John Paul I.
Pope Francis canonized John Paul II. His predecessor was John Paul I.
Pope Francis canonized John Paul II, and his predecessor was John Paul I.
Paul VI appointed Joseph Ratzinger, and his predecessor was John XXIII.
Paul VI appointed Joseph Ratzinger. His successor was John Paul I.
Joseph Ratzinger's predecessor was John Paul II.
Pietro Parolin's predecessor was Benedict XVI.
Pope Francis's predecessors were Benedict XVI and John Paul II.
Benedict XVI's predecessor canonized John XXIII.
Benedict XVI's successor canonized John XXIII.
Pope Francis was Benedict XVI's successor and predecessor.
Benedict XVI's predecessor and successor were Pope Francis and John Paul II.
Pope Francis's predecessor was elected by the conclave of 2005.
John Paul I's successor was elected by the conclave of October 1978.
Pius XI's predecessor was born in Genoa.
Pius XII's predecessor was born in Genoa.
Pope Francis canonized his predecessor.
Pope Francis canonized his predecessor's predecessor.
Benedict XVI's predecessor John Paul I was born in Wadowice.
Pope Francis, the successor of John Paul II, canonized John XXIII.
Pope Francis, the predecessor of Benedict XVI, canonized John XXIII.
Pius XI's predecessor was Pius XII.
Pius XI's successor was Benedict XV.
John XXIII's successor was John Paul I.
John Paul I's predecessor was John XXIII.
The predecessor of Pope Francis was John Paul II.
The successor of John Paul II was Pope Francis.
@jesuits
# (3) "was a member of" an order that owned the person ("belonged to": enslaved people)
Isaac Hawkins was a member of the Society of Jesus.
Anna Mahoney was a member of the Society of Jesus.
Nace Butler was a member of the Society of Jesus.
Isaac Hawkins and Anna Mahoney were members of the Society of Jesus.
Isaac Hawkins, Anna Mahoney and Nace Butler were members of the Society of Jesus.
Ivan Petrov was a member of the Trinity Lavra.
Ivan Petrov and Isaac Hawkins were members of the Trinity Lavra.
Isaac Hawkins was a member of the Society of Jesus and was sold by Thomas Mulledy.
Isaac Hawkins was born in St. Inigoes and was a member of the Society of Jesus.
Isaac Hawkins was a member of the Society of Jesus. He was sold by Thomas Mulledy.
Isaac Hawkins was a member of the Society of Jesus. He was born in St. Inigoes.
Isaac Hawkins is a member of the Society of Jesus.
Isaac Hawkins was one of the members of the Society of Jesus.
The Society of Jesus had Isaac Hawkins as a member.
Isaac Hawkins, a member of the Society of Jesus, was sold by Thomas Mulledy.
Nace Butler, a member of the Society of Jesus, was born in St. Inigoes.
Thomas Mulledy sold Isaac Hawkins, a member of the Society of Jesus.
Isaac Hawkins was a Jesuit.
Isaac Hawkins joined the Society of Jesus.
Members of the Society of Jesus included Isaac Hawkins.
Isaac Hawkins was a Society of Jesus member.
# (3) wrong pairs
Isaac Hawkins was a member of the Democratic Party.
Isaac Hawkins was a member of the Trinity Lavra.
Ivan Petrov was a member of the Society of Jesus.
Isaac Hawkins was a member of Georgetown University.
Thomas Mulledy was a member of the Society of Jesus.
Isaac Hawkins was a member of the Society of Jesus, which was founded by John Carroll.
@coaches
# (4) a place after "coached" / "married" / "was coached by" that the graph gives for the
# object (where he lives, was born), not for the coaching or the wedding
Ivan Lendl coached Andy Murray in London.
Ivan Lendl coached Andy Murray in Glasgow.
Ivan Lendl coached Andy Murray in Glasgow and London.
Ivan Lendl coached Andy Murray in Ostrava.
Ivan Lendl coached Andy Murray in Goshen.
Ivan Lendl coached Andy Murray at Wimbledon.
Ivan Lendl coached Andy Murray at London.
Ivan Lendl coached Andy Murray in 2005.
Boris Becker coached Novak Djokovic in Monte Carlo.
Boris Becker coached Novak Djokovic in Belgrade.
Boris Becker coached Novak Djokovic at Wimbledon.
Boris Becker coached Novak Djokovic in Belgrade, and Ivan Lendl coached Andy Murray in Glasgow.
Ivan Lendl, who was born in Ostrava, coached Andy Murray in Glasgow.
Ivan Lendl coached Andy Murray in Glasgow and won the French Open.
Andre Agassi married Steffi Graf in Mannheim.
Andre Agassi married Steffi Graf in Mannheim and lives in Las Vegas.
Andre Agassi was married to Steffi Graf in Mannheim.
Steffi Graf married Andre Agassi in Mannheim.
Andre Agassi married Steffi Graf in Germany.
Andy Murray married Kim Sears in London.
Andy Murray married Kim Sears in Glasgow.
Roger Federer married Mirka Federer in Basel.
Andy Murray was coached by Ivan Lendl in Goshen.
Andy Murray was coached by Ivan Lendl in Ostrava.
Andy Murray, who was coached by Ivan Lendl in Goshen, won Wimbledon.
Andy Murray was coached by Ivan Lendl in London.
Novak Djokovic was coached by Boris Becker in Monte Carlo.
# (1) and the pronoun rules beside them
Ivan Lendl hailed from Goshen.
Andy Murray came from London.
Steffi Graf came into the world in Las Vegas.
Andy Murray came into the world at Wimbledon.
Andy Murray came into the world in London.
Andy Murray won Wimbledon, and Boris Becker coached him.
Novak Djokovic won Wimbledon, and Ivan Lendl coached him.
Novak Djokovic and Andy Murray won Wimbledon, and Ivan Lendl coached him.
Andy Murray beat Novak Djokovic, and Ivan Lendl coached him.
@movies
# the example graph: no births, kin, succession, membership
Joe Johnston came from Jumanji.
Robin Williams came into the world in Jumanji.
Robin Williams hailed from Jumanji.
Robin Williams was a member of Jumanji.
Joe Johnston's predecessor was Robin Williams.
Robin Williams is the son of Joe Johnston.
Joe Johnston directed Jumanji in London.
Robin Williams starred in Jumanji in London.
"""

CONTROLS = r"""
@emigres
Albert Einstein was born in Ulm.
Albert Einstein came from Ulm.
Albert Einstein hailed from Ulm.
Albert Einstein came into the world in Ulm.
Enrico Fermi came into the world at Rome.
Bela Bartok came from Nagyszentmiklos.
Johann Sebastian Bach came from Eisenach.
Albert Einstein came from Ulm and grew up in Munich.
Albert Einstein and Lise Meitner came from Ulm and Vienna respectively.
Ulm is where Albert Einstein came from.
Lise Meitner came from Vienna and emigrated to Sweden.
Leo Szilard came from Budapest and studied at the University of Berlin.
Lise Meitner and Alban Berg came from Vienna.
Niels Bohr taught Werner Heisenberg.
Albert Einstein married Mileva Maric.
@romanovs
Nicholas II was a child of Alexander III.
Nicholas II was a son of Alexander III.
Olga Nikolaevna was a daughter of Nicholas II.
Olga Nikolaevna was a daughter of Alexandra Feodorovna.
Alexandra Feodorovna was a mother of Olga Nikolaevna.
Nicholas II was a father of Olga Nikolaevna.
Alexei Nikolaevich was a son of Nicholas II.
Olga Nikolaevna and Tatiana Nikolaevna were daughters of Nicholas II.
Olga Nikolaevna was Nicholas II's daughter.
Nicholas II's mother was Maria Feodorovna.
Nicholas II succeeded Alexander III.
Nicholas II's predecessor was Alexander III.
Alexander III's successor was Nicholas II.
Nicholas II's father and predecessor was Alexander III.
Nicholas II was crowned in Moscow. His predecessor was Alexander III.
Nicholas II married Alexandra Feodorovna.
@popes
Pius XII's predecessor was Pius XI.
Pius XI's successor was Pius XII.
Benedict XVI's predecessor was John Paul II.
The predecessor of Benedict XVI was John Paul II.
John Paul II, Benedict XVI's predecessor, was born in Wadowice.
Benedict XVI was born in Marktl. His predecessor was John Paul II.
Pope Francis was the successor of Benedict XVI.
Pope Francis is Benedict XVI's successor.
Benedict XVI's predecessor and successor were John Paul II and Pope Francis.
Benedict XVI's predecessor John Paul II was born in Wadowice.
Pope Francis, the successor of Benedict XVI, canonized John Paul II.
@jesuits
Isaac Hawkins belonged to the Society of Jesus.
Ivan Petrov belonged to the Trinity Lavra.
The Society of Jesus owned Isaac Hawkins.
Isaac Hawkins was sold by Thomas Mulledy.
@coaches
Ivan Lendl coached Andy Murray.
Andy Murray won Wimbledon, and Ivan Lendl coached him.
Ivan Lendl hails from Ostrava.
Andy Murray hails from Glasgow.
Steffi Graf came into the world in Mannheim.
Andre Agassi married Steffi Graf.
Andy Murray won Wimbledon, and his coach was Ivan Lendl.
"""

KNOWN = frozenset()

OPEN = frozenset(
    # (closing read of round 202) "Andy Murray from Glasgow": a person "from" the place of birth,
    # which is true; "coached ... from Glasgow" as where the coaching was done from is a reading
    # too
    {"Ivan Lendl coached Andy Murray from Glasgow."} |
    # "his" after two popes: the subject (Francis, whose predecessor was Benedict XVI) or the
    # nearer one (John Paul II, whose predecessor was John Paul I)
    {"Pope Francis canonized John Paul II, and his predecessor was Benedict XVI.",
     "Pope Francis canonized John Paul II. His predecessor was Benedict XVI.",
     # the place of the teaching is not in the graph, but Schoenberg did teach Berg in Vienna (the
     # graph has Berg born and dead there)
     "Arnold Schoenberg taught Alban Berg in Vienna.",
     # Agassi and Graf did marry in Las Vegas, where both live (the graph gives no wedding place)
     "Andre Agassi married Steffi Graf in Las Vegas.",
     # Bartok grew up in Pozsony: "hailed from" is said of a hometown too
     "Bela Bartok hailed from Pozsony.",
     # "descended from" the family: "came from" it is fair
     "Johann Sebastian Bach came from the Bach family."})

OPEN_TEXTS = r"""
@coaches
Ivan Lendl coached Andy Murray from Glasgow.
@popes
Pope Francis canonized John Paul II, and his predecessor was Benedict XVI.
Pope Francis canonized John Paul II. His predecessor was Benedict XVI.
@emigres
Arnold Schoenberg taught Alban Berg in Vienna.
Bela Bartok hailed from Pozsony.
Johann Sebastian Bach came from the Bach family.
@coaches
Andre Agassi married Steffi Graf in Las Vegas.
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
