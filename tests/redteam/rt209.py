"""Red team round 209 on WHOLE_SESSION.diff: the readings added after round 208 -- (1) "X was a
tenor from Modena", "X, a soprano from Barcelona,": a kind and "from" a place read as the graph's
"is from" (where one was born); (2) "both / these / those" + the plural of an attribute type noun
("both sites", "these cities"); (3) relative clauses opened by under / against / after / through /
into / over / across / alongside / beside + whom / which; (4) "belongs to" for "belongs to the
field of"; (5) "the sculptor behind" X where every maker has that one type; (6) "counts as a" /
"qualifies as a", "was the person who produced", "was made under the direction of"; (7) "joined" /
"was a member of" for groups of people, "coached" for "trained", "beat / overcame / was beaten by"
for "defeated"; (8) the new person types, "a native of", "born on" an island.

Graphs: the shipped example graph and six of my own (see each builder's docstring): "tenors"
(singers born, dead, living in cities; teachers; cities in countries), "seafarers" (pirates,
explorers, a merchant, astronomers; islands; captains; defeats; training; straits, oceans, islands
named after people), "fossils" (fossils found at sites that lie in countries, described by
paleontologists), "saints" (saints and religious orders, popes, heresies), "inventions" (fields,
inventors, laboratories), "fountains" (sculptors, architects, popes, cities).

Findings (10 of 408 false texts accepted; 8 OPEN, 2 accepted; controls: 53 of 57 accepted).
* (1) "X was a K1 and K2 from P": kind_from_places allows 1-3 alphabetic words between the article
  and "from", "and" among them; only K1 is checked against X's type, K2 (when it is a type word of
  the graph) is read as nothing: "Luciano Pavarotti was a tenor and soprano from Modena", "Mirella
  Freni was a soprano and tenor from Modena" (and the apposition "Mirella Freni, a soprano and tenor
  from Modena, married ..."), "Galileo Galilei was an astronomer and merchant from Pisa", "Marco Polo
  was a merchant and pirate from Venice", "Edward Teach was a pirate and navigator from Bristol",
  "Henry Morgan was a privateer and astronomer from Wales", "Christopher Columbus was a navigator and
  pirate from Genoa", "Martin Luther was a theologian and saint from Eisleben", "Gregor Mendel was a
  botanist and saint from Heinzendorf". Without "from" ("Luciano Pavarotti was a tenor and
  soprano.") the text is rejected; a K2 that is no type of the graph ("tenor and pirate" on the
  singers' graph) is rejected as an unknown word; "soprano and tenor" for Pavarotti (K1 wrong) is
  rejected.
Held: "from" a place of death, of residence, an island of death, a country of a city; wrong kinds;
"from" after other words (not, born far, banished, expelled, who fled, different); negation; names
before the copula that are not the subject ("X was, like Y, a K from P", "The husband of Y", "Y's
teacher"); names and lists around "from"; (2) both / these / those + cities, sites, countries,
paleontologists, popes, sculptors, companies (wrong country, wrong pair, three named, one named, none
named, as object); (3) every new preposition + whom / which with wrong subjects, wrong antecedents and
verbs that do not take the preposition; (4) "belongs to" wrong field, direction, lists, negation;
(5) "the inventor / sculptor behind" wrong makers, plurals, lists, negation; (6) "counts / qualifies
as a", "the person who", "made under the direction of"; (7) "joined", "coached", "beat / overcame /
was beaten by" (direction, lists, negation, years); (8) "a native of", "born / died / lived on".
Controls rejected (4): "Raymond Dart was a paleontologist from Brisbane", "Alfred Nobel was an inventor
from Stockholm", "Gian Lorenzo Bernini was a sculptor from Naples" (the kind of a person who is an
attribute unread), "The inventors behind ENIAC were J. Presper Eckert and John Mauchly" (plural
"inventors behind" with a fronted subject unread).
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


def tenors():
    """Opera singers (items typed "tenor", "soprano", one "bass singer" and a
    "teacher"; dated by birth) "born in", "died in", "lived in" cities (Caruso lived in New York,
    Callas was born in New York, lived in Athens and died in Paris, Domingo lived in Mexico City,
    Netrebko in Vienna, Bjorling died on the island Siaro), "studied under" teachers (Pavarotti
    under Pola and Campogalliani, Freni under Campogalliani, Callas under de Hidalgo), "debuted
    at" opera houses, Freni "married" Ghiaurov; cities "lie in" countries."""
    rels = [
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("died", phrase="died in", inverse_phrase="is where died", range=("city", "island")),
        R("lived", phrase="lived in", inverse_phrase="was home to", range=("city",)),
        R("studied", phrase="studied under", inverse_phrase="taught", range=("tenor", "teacher", "soprano")),
        R("debut", phrase="debuted at", inverse_phrase="saw the debut of", range=("opera house",)),
        R("married", phrase="married", inverse_phrase="was married to", range=("bass singer",)),
        R("lies", phrase="lies in", inverse_phrase="contains", range=("country",)),
    ]
    items = {"s:pavarotti": ("tenor", "Luciano Pavarotti", 1935), "s:freni": ("soprano", "Mirella Freni", 1935),
             "s:caruso": ("tenor", "Enrico Caruso", 1873), "s:callas": ("soprano", "Maria Callas", 1923),
             "s:carreras": ("tenor", "Jose Carreras", 1946), "s:caballe": ("soprano", "Montserrat Caballe", 1933),
             "s:domingo": ("tenor", "Placido Domingo", 1941), "s:netrebko": ("soprano", "Anna Netrebko", 1971),
             "s:bjorling": ("tenor", "Jussi Bjorling", 1911), "s:ghiaurov": ("bass singer", "Nicolai Ghiaurov", 1929),
             "s:pola": ("tenor", "Arrigo Pola", 1919), "s:campo": ("teacher", "Ettore Campogalliani", 1903),
             "s:hidalgo": ("soprano", "Elvira de Hidalgo", 1891)}
    others = {"t:modena": ("city", "Modena"), "t:naples": ("city", "Naples"), "t:newyork": ("city", "New York"),
              "t:paris": ("city", "Paris"), "t:athens": ("city", "Athens"), "t:barcelona": ("city", "Barcelona"),
              "t:madrid": ("city", "Madrid"), "t:mexico": ("city", "Mexico City"), "t:krasnodar": ("city", "Krasnodar"),
              "t:vienna": ("city", "Vienna"), "t:borlange": ("city", "Borlange"), "t:stockholm": ("city", "Stockholm"),
              "t:velingrad": ("city", "Velingrad"), "t:mantua": ("city", "Mantua"), "t:valderrobres": ("city", "Valderrobres"),
              "i:siaro": ("island", "Siaro"),
              "c:italy": ("country", "Italy"), "c:spain": ("country", "Spain"), "c:us": ("country", "the United States"),
              "c:france": ("country", "France"), "c:greece": ("country", "Greece"), "c:mexico": ("country", "Mexico"),
              "c:russia": ("country", "Russia"), "c:austria": ("country", "Austria"), "c:sweden": ("country", "Sweden"),
              "c:bulgaria": ("country", "Bulgaria"),
              "o:municipale": ("opera house", "the Teatro Municipale"), "o:nuovo": ("opera house", "the Teatro Nuovo"),
              "o:liceu": ("opera house", "the Liceu"), "o:mariinsky": ("opera house", "the Mariinsky Theatre"),
              "o:olympia": ("opera house", "the Olympia Theatre"), "o:basel": ("opera house", "the Basel Theatre"),
              "o:monterrey": ("opera house", "the Monterrey Opera"), "o:stockholm": ("opera house", "the Royal Swedish Opera")}
    T = _t("born", [("s:pavarotti", "t:modena"), ("s:freni", "t:modena"), ("s:caruso", "t:naples"), ("s:callas", "t:newyork"),
                    ("s:carreras", "t:barcelona"), ("s:caballe", "t:barcelona"), ("s:domingo", "t:madrid"),
                    ("s:netrebko", "t:krasnodar"), ("s:bjorling", "t:borlange"), ("s:ghiaurov", "t:velingrad"),
                    ("s:pola", "t:modena"), ("s:campo", "t:mantua"), ("s:hidalgo", "t:valderrobres")])
    T += _t("died", [("s:pavarotti", "t:modena"), ("s:freni", "t:modena"), ("s:caruso", "t:naples"), ("s:callas", "t:paris"),
                     ("s:caballe", "t:barcelona"), ("s:bjorling", "i:siaro"), ("s:ghiaurov", "t:modena")])
    T += _t("lived", [("s:caruso", "t:newyork"), ("s:callas", "t:athens"), ("s:domingo", "t:mexico"),
                      ("s:netrebko", "t:vienna"), ("s:bjorling", "t:stockholm"), ("s:carreras", "t:barcelona")])
    T += _t("studied", [("s:pavarotti", "s:pola"), ("s:pavarotti", "s:campo"), ("s:freni", "s:campo"),
                        ("s:callas", "s:hidalgo")])
    T += _t("debut", [("s:pavarotti", "o:municipale"), ("s:caruso", "o:nuovo"), ("s:carreras", "o:liceu"),
                      ("s:netrebko", "o:mariinsky"), ("s:callas", "o:olympia"), ("s:caballe", "o:basel"),
                      ("s:domingo", "o:monterrey"), ("s:bjorling", "o:stockholm")])
    T += _t("married", [("s:freni", "s:ghiaurov")])
    T += _t("lies", [("t:modena", "c:italy"), ("t:naples", "c:italy"), ("t:newyork", "c:us"), ("t:paris", "c:france"),
                     ("t:athens", "c:greece"), ("t:barcelona", "c:spain"), ("t:madrid", "c:spain"), ("t:mexico", "c:mexico"),
                     ("t:krasnodar", "c:russia"), ("t:vienna", "c:austria"), ("t:borlange", "c:sweden"),
                     ("t:stockholm", "c:sweden"), ("t:velingrad", "c:bulgaria"), ("t:mantua", "c:italy"),
                     ("t:valderrobres", "c:spain")])
    return _build(items, others, rels, T)


def seafarers():
    """Pirates, privateers, explorers, navigators, a merchant, astronomers (items, dated by birth)
    "born in", "died in", "lived in" cities, countries and islands (Morgan born in Wales, died in
    Jamaica; Cook died in Hawaii; Magellan on Mactan; Brahe lived on Hven; Polo lived in Beijing);
    "sailed under" a captain (Bonnet and Hands under Teach, Bonny and Read under Rackham, Vancouver
    under Cook); Maynard "defeated" Teach; Drake "was trained by" Hawkins; "sailed through" straits,
    "sailed across" oceans, "explored" islands; islands "were named after" people."""
    rels = [
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city", "country", "island")),
        R("died", phrase="died in", inverse_phrase="is where died", range=("city", "country", "island")),
        R("lived", phrase="lived in", inverse_phrase="was home to", range=("city", "island")),
        R("under", phrase="sailed under", inverse_phrase="was the captain of", range=("pirate", "navigator")),
        R("defeated", phrase="defeated", inverse_phrase="was defeated by", range=("pirate",)),
        R("trained", phrase="was trained by", inverse_phrase="trained", range=("navigator",)),
        R("through", phrase="sailed through", inverse_phrase="was sailed through by", range=("strait",)),
        R("across", phrase="sailed across", inverse_phrase="was crossed by", range=("ocean",)),
        R("explored", phrase="explored", inverse_phrase="was explored by", range=("island",)),
        R("named", phrase="was named after", inverse_phrase="gave its name to", domain=("island",)),
    ]
    items = {"p:teach": ("pirate", "Edward Teach", 1680), "p:bonnet": ("pirate", "Stede Bonnet", 1688),
             "p:hands": ("pirate", "Israel Hands", 1690), "p:maynard": ("naval officer", "Robert Maynard", 1684),
             "p:morgan": ("privateer", "Henry Morgan", 1635), "p:bonny": ("pirate", "Anne Bonny", 1697),
             "p:read": ("pirate", "Mary Read", 1685), "p:rackham": ("pirate", "Jack Rackham", 1682),
             "p:drake": ("privateer", "Francis Drake", 1540), "p:hawkins": ("navigator", "John Hawkins", 1532),
             "p:magellan": ("explorer", "Ferdinand Magellan", 1480), "p:tasman": ("explorer", "Abel Tasman", 1603),
             "p:cook": ("navigator", "James Cook", 1728), "p:vancouver": ("navigator", "George Vancouver", 1757),
             "p:columbus": ("navigator", "Christopher Columbus", 1451), "p:polo": ("merchant", "Marco Polo", 1254),
             "p:galileo": ("astronomer", "Galileo Galilei", 1564), "p:brahe": ("astronomer", "Tycho Brahe", 1546),
             "p:copernicus": ("astronomer", "Nicolaus Copernicus", 1473)}
    others = {"t:bristol": ("city", "Bristol"), "t:charleston": ("city", "Charleston"), "t:london": ("city", "London"),
              "t:kinsale": ("city", "Kinsale"), "t:tavistock": ("city", "Tavistock"), "t:plymouth": ("city", "Plymouth"),
              "t:portobelo": ("city", "Portobelo"), "t:lutjegast": ("city", "Lutjegast"), "t:batavia": ("city", "Batavia"),
              "t:marton": ("city", "Marton"), "t:kingslynn": ("city", "King's Lynn"), "t:genoa": ("city", "Genoa"),
              "t:valladolid": ("city", "Valladolid"), "t:venice": ("city", "Venice"), "t:beijing": ("city", "Beijing"),
              "t:pisa": ("city", "Pisa"), "t:arcetri": ("city", "Arcetri"), "t:knutstorp": ("city", "Knutstorp"),
              "t:prague": ("city", "Prague"), "t:torun": ("city", "Torun"), "t:frombork": ("city", "Frombork"),
              "c:wales": ("country", "Wales"), "c:england": ("country", "England"), "c:portugal": ("country", "Portugal"),
              "c:spain": ("country", "Spain"),
              "i:ocracoke": ("island", "Ocracoke Island"), "i:barbados": ("island", "Barbados"), "i:jamaica": ("island", "Jamaica"),
              "i:mactan": ("island", "Mactan"), "i:hawaii": ("island", "Hawaii"), "i:hven": ("island", "Hven"),
              "i:tasmania": ("island", "Tasmania"), "i:vancouver": ("island", "Vancouver Island"),
              "i:newzealand": ("island", "New Zealand"), "i:cuba": ("island", "Cuba"),
              "x:magellan": ("strait", "the Strait of Magellan"), "x:torres": ("strait", "the Torres Strait"),
              "x:pacific": ("ocean", "the Pacific"), "x:atlantic": ("ocean", "the Atlantic")}
    T = _t("born", [("p:teach", "t:bristol"), ("p:bonnet", "i:barbados"), ("p:morgan", "c:wales"), ("p:bonny", "t:kinsale"),
                    ("p:read", "t:london"), ("p:rackham", "c:england"), ("p:drake", "t:tavistock"), ("p:hawkins", "t:plymouth"),
                    ("p:magellan", "c:portugal"), ("p:tasman", "t:lutjegast"), ("p:cook", "t:marton"),
                    ("p:vancouver", "t:kingslynn"), ("p:columbus", "t:genoa"), ("p:polo", "t:venice"), ("p:galileo", "t:pisa"),
                    ("p:brahe", "t:knutstorp"), ("p:copernicus", "t:torun")])
    T += _t("died", [("p:teach", "i:ocracoke"), ("p:bonnet", "t:charleston"), ("p:morgan", "i:jamaica"), ("p:read", "i:jamaica"),
                     ("p:rackham", "i:jamaica"), ("p:drake", "t:portobelo"), ("p:magellan", "i:mactan"), ("p:tasman", "t:batavia"),
                     ("p:cook", "i:hawaii"), ("p:columbus", "t:valladolid"), ("p:polo", "t:venice"), ("p:galileo", "t:arcetri"),
                     ("p:brahe", "t:prague"), ("p:copernicus", "t:frombork")])
    T += _t("lived", [("p:morgan", "i:jamaica"), ("p:polo", "t:beijing"), ("p:brahe", "i:hven"), ("p:drake", "t:plymouth")])
    T += _t("under", [("p:bonnet", "p:teach"), ("p:hands", "p:teach"), ("p:bonny", "p:rackham"), ("p:read", "p:rackham"),
                      ("p:vancouver", "p:cook")])
    T += _t("defeated", [("p:maynard", "p:teach")])
    T += _t("trained", [("p:drake", "p:hawkins")])
    T += _t("through", [("p:drake", "x:magellan"), ("p:magellan", "x:magellan"), ("p:cook", "x:torres")])
    T += _t("across", [("p:magellan", "x:pacific"), ("p:columbus", "x:atlantic"), ("p:drake", "x:pacific")])
    T += _t("explored", [("p:tasman", "i:tasmania"), ("p:tasman", "i:newzealand"), ("p:vancouver", "i:vancouver"),
                         ("p:columbus", "i:cuba"), ("p:cook", "i:newzealand")])
    T += _t("named", [("i:tasmania", "p:tasman"), ("i:vancouver", "p:vancouver")])
    return _build(items, others, rels, T)


def fossils():
    """Hominin fossils (items typed "fossil", dated by discovery) "found at" sites (attributes
    typed "site") that "lie in" countries; "described by" paleontologists (attributes typed
    "paleontologist", "born in" cities: Dart in Brisbane, Johanson in Chicago); "lived during"
    epochs. Hadar, Dikika, Aramis lie in Ethiopia, Nariokotome in Kenya, Taung and Sterkfontein in
    South Africa, Zhoukoudian in China."""
    rels = [
        R("found", phrase="was found at", inverse_phrase="yielded", range=("site",)),
        R("lies", phrase="lies in", inverse_phrase="contains", domain=("site",), range=("country",)),
        R("described", phrase="was described by", inverse_phrase="described", range=("paleontologist",)),
        R("epoch", phrase="lived during", inverse_phrase="was the time of", range=("epoch",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("paleontologist",), range=("city",)),
        R("worked", phrase="worked in", inverse_phrase="employed", domain=("paleontologist",), range=("city",)),
    ]
    items = {"f:lucy": ("fossil", "Lucy", 1974), "f:selam": ("fossil", "Selam", 2000), "f:ardi": ("fossil", "Ardi", 1994),
             "f:turkana": ("fossil", "Turkana Boy", 1984), "f:taung": ("fossil", "Taung Child", 1924),
             "f:ples": ("fossil", "Mrs. Ples", 1947), "f:littlefoot": ("fossil", "Little Foot", 1994),
             "f:peking": ("fossil", "Peking Man", 1929)}
    others = {"x:hadar": ("site", "Hadar"), "x:dikika": ("site", "Dikika"), "x:aramis": ("site", "Aramis"),
              "x:nariokotome": ("site", "Nariokotome"), "x:taung": ("site", "Taung"), "x:sterkfontein": ("site", "Sterkfontein"),
              "x:zhoukoudian": ("site", "Zhoukoudian"),
              "c:ethiopia": ("country", "Ethiopia"), "c:kenya": ("country", "Kenya"), "c:sa": ("country", "South Africa"),
              "c:china": ("country", "China"),
              "p:johanson": ("paleontologist", "Donald Johanson"), "p:alemseged": ("paleontologist", "Zeresenay Alemseged"),
              "p:white": ("paleontologist", "Tim White"), "p:walker": ("paleontologist", "Alan Walker"),
              "p:dart": ("paleontologist", "Raymond Dart"), "p:broom": ("paleontologist", "Robert Broom"),
              "p:clarke": ("paleontologist", "Ron Clarke"), "p:black": ("paleontologist", "Davidson Black"),
              "e:pliocene": ("epoch", "the Pliocene"), "e:pleistocene": ("epoch", "the Pleistocene"),
              "t:chicago": ("city", "Chicago"), "t:brisbane": ("city", "Brisbane"), "t:johannesburg": ("city", "Johannesburg"),
              "t:paisley": ("city", "Paisley"), "t:toronto": ("city", "Toronto"), "t:addis": ("city", "Addis Ababa"),
              "t:leicester": ("city", "Leicester"), "t:beijing": ("city", "Beijing"), "t:la": ("city", "Los Angeles")}
    T = _t("found", [("f:lucy", "x:hadar"), ("f:selam", "x:dikika"), ("f:ardi", "x:aramis"), ("f:turkana", "x:nariokotome"),
                     ("f:taung", "x:taung"), ("f:ples", "x:sterkfontein"), ("f:littlefoot", "x:sterkfontein"),
                     ("f:peking", "x:zhoukoudian")])
    T += _t("lies", [("x:hadar", "c:ethiopia"), ("x:dikika", "c:ethiopia"), ("x:aramis", "c:ethiopia"),
                     ("x:nariokotome", "c:kenya"), ("x:taung", "c:sa"), ("x:sterkfontein", "c:sa"), ("x:zhoukoudian", "c:china")])
    T += _t("described", [("f:lucy", "p:johanson"), ("f:selam", "p:alemseged"), ("f:ardi", "p:white"),
                          ("f:turkana", "p:walker"), ("f:taung", "p:dart"), ("f:ples", "p:broom"), ("f:littlefoot", "p:clarke"),
                          ("f:peking", "p:black")])
    T += _t("epoch", [("f:lucy", "e:pliocene"), ("f:selam", "e:pliocene"), ("f:ardi", "e:pliocene"),
                      ("f:turkana", "e:pleistocene"), ("f:taung", "e:pleistocene"), ("f:ples", "e:pliocene"),
                      ("f:littlefoot", "e:pliocene"), ("f:peking", "e:pleistocene")])
    T += _t("born", [("p:johanson", "t:chicago"), ("p:dart", "t:brisbane"), ("p:broom", "t:paisley"), ("p:black", "t:toronto"),
                     ("p:alemseged", "t:addis"), ("p:walker", "t:leicester"), ("p:white", "t:la")])
    T += _t("worked", [("p:dart", "t:johannesburg"), ("p:black", "t:beijing"), ("p:broom", "t:johannesburg")])
    return _build(items, others, rels, T)


def saints():
    """Saints (items typed "saint"; Luther a "theologian", Mendel a "botanist") "were
    members of" religious orders (founders are not stored as members, save Loyola and Teresa),
    "founded" them, "born in" / "died in" cities (Xavier on Shangchuan Island), Aquinas "studied
    under" Albertus, Bonaventure "served under" Pope Gregory X, "canonized by" popes, Dominic
    "preached against" Albigensianism; orders "approved by" popes."""
    rels = [
        R("member", phrase="was a member of", inverse_phrase="had as a member", range=("religious order",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", range=("religious order",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("died", phrase="died in", inverse_phrase="is where died", range=("city", "island")),
        R("studied", phrase="studied under", inverse_phrase="taught", range=("saint",)),
        R("served", phrase="served under", inverse_phrase="was served by", range=("pope",)),
        R("canonized", phrase="was canonized by", inverse_phrase="canonized", range=("pope",)),
        R("preached", phrase="preached against", inverse_phrase="was preached against by", range=("heresy",)),
        R("condemned", phrase="was condemned by", inverse_phrase="condemned", domain=("heresy",), range=("pope",)),
        R("approved", phrase="was approved by", inverse_phrase="approved", domain=("religious order",), range=("pope",)),
    ]
    items = {"o:aquinas": ("saint", "Thomas Aquinas", 1225), "o:albertus": ("saint", "Albertus Magnus", 1200),
             "o:dominic": ("saint", "Saint Dominic", 1170), "o:francis": ("saint", "Francis of Assisi", 1181),
             "o:bonaventure": ("saint", "Bonaventure", 1221), "o:loyola": ("saint", "Ignatius of Loyola", 1491),
             "o:xavier": ("saint", "Francis Xavier", 1506), "o:teresa": ("saint", "Teresa of Avila", 1515),
             "o:benedict": ("saint", "Benedict of Nursia", 480), "o:bernard": ("saint", "Bernard of Clairvaux", 1090),
             "o:luther": ("theologian", "Martin Luther", 1483), "o:mendel": ("botanist", "Gregor Mendel", 1822)}
    others = {"g:dominicans": ("religious order", "the Dominicans"), "g:franciscans": ("religious order", "the Franciscans"),
              "g:jesuits": ("religious order", "the Jesuits"), "g:carmelites": ("religious order", "the Discalced Carmelites"),
              "g:benedictines": ("religious order", "the Benedictines"), "g:cistercians": ("religious order", "the Cistercians"),
              "g:augustinians": ("religious order", "the Augustinians"),
              "t:roccasecca": ("city", "Roccasecca"), "t:fossanova": ("city", "Fossanova"), "t:lauingen": ("city", "Lauingen"),
              "t:cologne": ("city", "Cologne"), "t:caleruega": ("city", "Caleruega"), "t:bologna": ("city", "Bologna"),
              "t:assisi": ("city", "Assisi"), "t:bagnoregio": ("city", "Bagnoregio"), "t:lyon": ("city", "Lyon"),
              "t:azpeitia": ("city", "Azpeitia"), "t:rome": ("city", "Rome"), "t:javier": ("city", "Javier"),
              "i:shangchuan": ("island", "Shangchuan Island"), "t:avila": ("city", "Avila"), "t:alba": ("city", "Alba de Tormes"),
              "t:norcia": ("city", "Norcia"), "t:cassino": ("city", "Monte Cassino"), "t:fontaine": ("city", "Fontaine-les-Dijon"),
              "t:clairvaux": ("city", "Clairvaux"), "t:eisleben": ("city", "Eisleben"), "t:heinzendorf": ("city", "Heinzendorf"),
              "t:brno": ("city", "Brno"),
              "q:gregory10": ("pope", "Pope Gregory X"), "q:john22": ("pope", "Pope John XXII"),
              "q:gregory9": ("pope", "Pope Gregory IX"), "q:gregory15": ("pope", "Pope Gregory XV"),
              "q:paul3": ("pope", "Pope Paul III"), "q:innocent3": ("pope", "Pope Innocent III"),
              "q:honorius3": ("pope", "Pope Honorius III"), "q:alexander3": ("pope", "Pope Alexander III"),
              "h:albigensianism": ("heresy", "Albigensianism"), "h:arianism": ("heresy", "Arianism"), "q:sylvester": ("pope", "Pope Sylvester I"),
              "t:piacenza": ("city", "Piacenza")}
    T = _t("member", [("o:aquinas", "g:dominicans"), ("o:albertus", "g:dominicans"), ("o:bonaventure", "g:franciscans"),
                      ("o:loyola", "g:jesuits"), ("o:xavier", "g:jesuits"), ("o:teresa", "g:carmelites"),
                      ("o:bernard", "g:cistercians"), ("o:luther", "g:augustinians"), ("o:mendel", "g:augustinians")])
    T += _t("founded", [("o:dominic", "g:dominicans"), ("o:francis", "g:franciscans"), ("o:loyola", "g:jesuits"),
                        ("o:teresa", "g:carmelites"), ("o:benedict", "g:benedictines")])
    T += _t("born", [("o:aquinas", "t:roccasecca"), ("o:albertus", "t:lauingen"), ("o:dominic", "t:caleruega"),
                     ("o:francis", "t:assisi"), ("o:bonaventure", "t:bagnoregio"), ("o:loyola", "t:azpeitia"),
                     ("o:xavier", "t:javier"), ("o:teresa", "t:avila"), ("o:benedict", "t:norcia"), ("o:bernard", "t:fontaine"),
                     ("o:luther", "t:eisleben"), ("o:mendel", "t:heinzendorf")])
    T += _t("died", [("o:aquinas", "t:fossanova"), ("o:albertus", "t:cologne"), ("o:dominic", "t:bologna"),
                     ("o:francis", "t:assisi"), ("o:bonaventure", "t:lyon"), ("o:loyola", "t:rome"), ("o:xavier", "i:shangchuan"),
                     ("o:teresa", "t:alba"), ("o:benedict", "t:cassino"), ("o:bernard", "t:clairvaux"), ("o:mendel", "t:brno")])
    T += _t("studied", [("o:aquinas", "o:albertus")])
    T += _t("served", [("o:bonaventure", "q:gregory10")])
    T += _t("canonized", [("o:aquinas", "q:john22"), ("o:francis", "q:gregory9"), ("o:loyola", "q:gregory15"),
                          ("o:xavier", "q:gregory15"), ("o:teresa", "q:gregory15"), ("o:bernard", "q:alexander3")])
    T += _t("preached", [("o:dominic", "h:albigensianism")])
    T += _t("condemned", [("h:albigensianism", "q:innocent3"), ("h:arianism", "q:sylvester")])
    T += _t("born", [("q:gregory10", "t:piacenza")])
    T += _t("approved", [("g:jesuits", "q:paul3"), ("g:franciscans", "q:innocent3"), ("g:dominicans", "q:honorius3")])
    return _build(items, others, rels, T)


def inventions():
    """Inventions (items typed "invention", dated by their making) that "belong to the field of" a
    field, "were invented by" inventors (attributes, all typed "inventor"), "were developed at"
    laboratories; inventors "born in" and "lived in" cities; Mauchly "worked alongside" Eckert,
    Ritchie alongside Thompson, Mannes alongside Godowsky."""
    rels = [
        R("field", phrase="belongs to the field of", inverse_phrase="is the field of", range=("field",)),
        R("invented", phrase="was invented by", inverse_phrase="invented", range=("inventor",)),
        R("lab", phrase="was developed at", inverse_phrase="developed", range=("laboratory",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("inventor",), range=("city",)),
        R("lived", phrase="lived in", inverse_phrase="was home to", domain=("inventor",), range=("city",)),
        R("alongside", phrase="worked alongside", inverse_phrase="was a colleague of", domain=("inventor",), range=("inventor",)),
    ]
    items = {"v:eniac": ("invention", "ENIAC", 1945), "v:kevlar": ("invention", "Kevlar", 1965),
             "v:nylon": ("invention", "Nylon", 1935), "v:teflon": ("invention", "Teflon", 1938),
             "v:velcro": ("invention", "Velcro", 1955), "v:kodachrome": ("invention", "Kodachrome", 1935),
             "v:dynamite": ("invention", "Dynamite", 1867), "v:bakelite": ("invention", "Bakelite", 1907),
             "v:unix": ("invention", "Unix", 1969)}
    others = {"d:computing": ("field", "computing"), "d:materials": ("field", "materials science"),
              "d:chemistry": ("field", "chemistry"), "d:textiles": ("field", "textiles"),
              "d:photography": ("field", "photography"), "d:explosives": ("field", "explosives"),
              "n:eckert": ("inventor", "J. Presper Eckert"), "n:mauchly": ("inventor", "John Mauchly"),
              "n:kwolek": ("inventor", "Stephanie Kwolek"), "n:carothers": ("inventor", "Wallace Carothers"),
              "n:plunkett": ("inventor", "Roy Plunkett"), "n:mestral": ("inventor", "George de Mestral"),
              "n:godowsky": ("inventor", "Leopold Godowsky"), "n:mannes": ("inventor", "Leopold Mannes"),
              "n:nobel": ("inventor", "Alfred Nobel"), "n:baekeland": ("inventor", "Leo Baekeland"),
              "n:thompson": ("inventor", "Ken Thompson"), "n:ritchie": ("inventor", "Dennis Ritchie"),
              "l:moore": ("laboratory", "the Moore School"), "l:dupont": ("laboratory", "the DuPont Experimental Station"),
              "l:jackson": ("laboratory", "the Jackson Laboratory"), "l:kodak": ("laboratory", "Kodak Research Laboratories"),
              "l:bell": ("laboratory", "Bell Labs"),
              "t:stockholm": ("city", "Stockholm"), "t:sanremo": ("city", "San Remo"), "t:ghent": ("city", "Ghent"),
              "t:yonkers": ("city", "Yonkers"), "t:lausanne": ("city", "Lausanne"), "t:kensington": ("city", "New Kensington"),
              "t:burlington": ("city", "Burlington"), "t:carlisle": ("city", "New Carlisle"),
              "t:philadelphia": ("city", "Philadelphia"), "t:cincinnati": ("city", "Cincinnati"),
              "t:neworleans": ("city", "New Orleans"), "t:bronxville": ("city", "Bronxville"), "t:newyork": ("city", "New York")}
    T = _t("field", [("v:eniac", "d:computing"), ("v:kevlar", "d:materials"), ("v:nylon", "d:chemistry"),
                     ("v:teflon", "d:chemistry"), ("v:velcro", "d:textiles"), ("v:kodachrome", "d:photography"),
                     ("v:dynamite", "d:explosives"), ("v:bakelite", "d:chemistry"), ("v:unix", "d:computing")])
    T += _t("invented", [("v:eniac", "n:eckert"), ("v:eniac", "n:mauchly"), ("v:kevlar", "n:kwolek"), ("v:nylon", "n:carothers"),
                         ("v:teflon", "n:plunkett"), ("v:velcro", "n:mestral"), ("v:kodachrome", "n:godowsky"),
                         ("v:kodachrome", "n:mannes"), ("v:dynamite", "n:nobel"), ("v:bakelite", "n:baekeland"),
                         ("v:unix", "n:thompson"), ("v:unix", "n:ritchie")])
    T += _t("lab", [("v:eniac", "l:moore"), ("v:kevlar", "l:dupont"), ("v:nylon", "l:dupont"), ("v:teflon", "l:jackson"),
                    ("v:kodachrome", "l:kodak"), ("v:unix", "l:bell")])
    T += _t("born", [("n:nobel", "t:stockholm"), ("n:baekeland", "t:ghent"), ("n:mestral", "t:lausanne"),
                     ("n:kwolek", "t:kensington"), ("n:carothers", "t:burlington"), ("n:plunkett", "t:carlisle"),
                     ("n:eckert", "t:philadelphia"), ("n:mauchly", "t:cincinnati"), ("n:thompson", "t:neworleans"),
                     ("n:ritchie", "t:bronxville"), ("n:godowsky", "t:newyork"), ("n:mannes", "t:newyork")])
    T += _t("lived", [("n:nobel", "t:sanremo"), ("n:baekeland", "t:yonkers"), ("n:mauchly", "t:philadelphia")])
    T += _t("alongside", [("n:mauchly", "n:eckert"), ("n:ritchie", "n:thompson"), ("n:mannes", "n:godowsky")])
    return _build(items, others, rels, T)


def fountains():
    """Fountains (items typed "fountain", dated by completion) "sculpted by" sculptors (all typed
    "sculptor"), "designed by" an architect (Salvi), "commissioned by" popes and a duke, "stand in"
    cities; sculptors "born in" cities (Gian Lorenzo Bernini in Naples, though he worked in Rome),
    "worked in" cities; Gian Lorenzo Bernini "was trained by" Pietro Bernini."""
    rels = [
        R("sculpted", phrase="was sculpted by", inverse_phrase="sculpted", range=("sculptor",)),
        R("designed", phrase="was designed by", inverse_phrase="designed", range=("architect",)),
        R("commissioned", phrase="was commissioned by", inverse_phrase="commissioned", range=("pope", "duke")),
        R("stands", phrase="stands in", inverse_phrase="is home to", range=("city",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("sculptor", "architect"), range=("city",)),
        R("worked", phrase="worked in", inverse_phrase="was the workplace of", domain=("sculptor",), range=("city",)),
        R("trained", phrase="was trained by", inverse_phrase="trained", domain=("sculptor",), range=("sculptor",)),
    ]
    items = {"u:trevi": ("fountain", "the Trevi Fountain", 1762), "u:four": ("fountain", "the Fountain of the Four Rivers", 1651),
             "u:triton": ("fountain", "the Triton Fountain", 1643), "u:neptune": ("fountain", "the Fountain of Neptune", 1565),
             "u:maggiore": ("fountain", "the Fontana Maggiore", 1278), "u:manneken": ("fountain", "the Manneken Pis", 1619),
             "u:barcaccia": ("fountain", "the Barcaccia", 1629), "u:bees": ("fountain", "the Fountain of the Bees", 1644)}
    others = {"k:bernini": ("sculptor", "Gian Lorenzo Bernini"), "k:pietro": ("sculptor", "Pietro Bernini"),
              "k:bracci": ("sculptor", "Pietro Bracci"), "k:ammannati": ("sculptor", "Bartolomeo Ammannati"),
              "k:npisano": ("sculptor", "Nicola Pisano"), "k:gpisano": ("sculptor", "Giovanni Pisano"),
              "k:duquesnoy": ("sculptor", "Jerome Duquesnoy"), "a:salvi": ("architect", "Nicola Salvi"),
              "q:clement12": ("pope", "Pope Clement XII"), "q:innocent10": ("pope", "Pope Innocent X"),
              "q:urban8": ("pope", "Pope Urban VIII"), "q:cosimo": ("duke", "Cosimo I de' Medici"),
              "t:rome": ("city", "Rome"), "t:florence": ("city", "Florence"), "t:perugia": ("city", "Perugia"),
              "t:brussels": ("city", "Brussels"), "t:naples": ("city", "Naples"), "t:settignano": ("city", "Settignano"),
              "t:sesto": ("city", "Sesto Fiorentino"), "t:pisa": ("city", "Pisa")}
    T = _t("sculpted", [("u:trevi", "k:bracci"), ("u:four", "k:bernini"), ("u:triton", "k:bernini"), ("u:neptune", "k:ammannati"),
                        ("u:maggiore", "k:npisano"), ("u:maggiore", "k:gpisano"), ("u:manneken", "k:duquesnoy"),
                        ("u:barcaccia", "k:pietro"), ("u:barcaccia", "k:bernini"), ("u:bees", "k:bernini")])
    T += _t("designed", [("u:trevi", "a:salvi")])
    T += _t("commissioned", [("u:trevi", "q:clement12"), ("u:four", "q:innocent10"), ("u:triton", "q:urban8"),
                             ("u:neptune", "q:cosimo"), ("u:barcaccia", "q:urban8"), ("u:bees", "q:urban8")])
    T += _t("stands", [("u:trevi", "t:rome"), ("u:four", "t:rome"), ("u:triton", "t:rome"), ("u:neptune", "t:florence"),
                       ("u:maggiore", "t:perugia"), ("u:manneken", "t:brussels"), ("u:barcaccia", "t:rome"), ("u:bees", "t:rome")])
    T += _t("born", [("k:bernini", "t:naples"), ("k:pietro", "t:sesto"), ("k:bracci", "t:rome"), ("k:ammannati", "t:settignano"),
                     ("k:gpisano", "t:pisa"), ("k:duquesnoy", "t:brussels"), ("a:salvi", "t:rome")])
    T += _t("worked", [("k:bernini", "t:rome"), ("k:pietro", "t:naples"), ("k:pietro", "t:rome"), ("k:ammannati", "t:florence")])
    T += _t("trained", [("k:bernini", "k:pietro")])
    return _build(items, others, rels, T)


def movies():
    return kgx.KnowledgeGraph.example()


BUILDERS = {"movies": movies, "tenors": tenors, "seafarers": seafarers, "fossils": fossils, "saints": saints,
            "inventions": inventions, "fountains": fountains}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@tenors
# (1) "a K from" a place where the singer lived or died, not where he was born
Enrico Caruso was a tenor from New York.
Maria Callas was a soprano from Paris.
Maria Callas was a soprano from Athens.
Placido Domingo was a tenor from Mexico City.
Anna Netrebko, a soprano from Vienna, debuted at the Mariinsky Theatre.
Jussi Bjorling was a tenor from Siaro.
Jussi Bjorling was a tenor from Stockholm.
Luciano Pavarotti was a tenor from Naples.
Maria Callas, a soprano from Paris, debuted at the Olympia Theatre.
Jose Carreras, a tenor from Madrid, debuted at the Liceu.
Nicolai Ghiaurov was a bass from Modena.
# the kind before "from" wrong
Luciano Pavarotti was a soprano from Modena.
Mirella Freni was a tenor from Modena.
Luciano Pavarotti was a novelist from Modena.
Luciano Pavarotti was a famous baritone from Modena.
Luciano Pavarotti was a pirate from Modena.
Arrigo Pola was a soprano from Modena.
Ettore Campogalliani was a tenor from Mantua.
Mirella Freni, a tenor from Modena, married Nicolai Ghiaurov.
# "from" of a source, not a place of birth
Enrico Caruso was a tenor from the Teatro Nuovo.
Luciano Pavarotti was a pupil from Arrigo Pola.
Maria Callas was a soprano from Greece.
# negation and other prepositions ending in "from"
Luciano Pavarotti was a tenor not from Modena.
Mirella Freni was a soprano born far from Modena.
Mirella Freni was a soprano far away from Modena.
Enrico Caruso was a tenor banished from Naples.
Luciano Pavarotti was a tenor absent from Modena.
Luciano Pavarotti was a tenor expelled from Modena.
Enrico Caruso was a tenor who fled from Naples.
Anna Netrebko was a soprano barred from Krasnodar.
Luciano Pavarotti was a tenor retired from Modena.
Enrico Caruso was a tenor away from Naples.
Mirella Freni was a soprano different from Luciano Pavarotti.
Luciano Pavarotti was not a tenor from Modena.
Luciano Pavarotti was never a tenor from Modena.
# the name before the copula is not the subject
Enrico Caruso was, like Luciano Pavarotti, a tenor from Modena.
Jose Carreras was, as was Placido Domingo, a tenor from Madrid.
Enrico Caruso was, unlike Jose Carreras, a tenor from Barcelona.
The husband of Mirella Freni was a bass from Modena.
The teacher of Mirella Freni was a soprano from Modena.
The teacher of Mirella Freni was a tenor from Modena.
A pupil of Elvira de Hidalgo was a soprano from Valderrobres.
Mirella Freni's teacher was a soprano from Modena.
Mirella Freni's husband was a bass from Modena.
Nicolai Ghiaurov married Mirella Freni, a bass from Modena.
# a name or a list around "from"
Luciano Pavarotti was a Teatro Nuovo tenor from Modena.
Jose Carreras was a Liceu tenor from Madrid.
Luciano Pavarotti was a Naples tenor from Modena.
Luciano Pavarotti was a tenor from Modena and Naples.
Montserrat Caballe was a soprano from Barcelona and Madrid.
Luciano Pavarotti was a tenor from Modena, like Enrico Caruso.
Luciano Pavarotti was a tenor from Modena, and so was Enrico Caruso.
Mirella Freni was a soprano from Modena, as was Nicolai Ghiaurov.
Luciano Pavarotti was a tenor from Modena and Enrico Caruso a tenor from Modena.
Luciano Pavarotti and Enrico Caruso were each a tenor from Modena.
# a second kind after "and" before "from" (only the first is checked)
Luciano Pavarotti was a tenor and soprano from Modena.
Mirella Freni was a soprano and tenor from Modena.
Mirella Freni, a soprano and tenor from Modena, married Nicolai Ghiaurov.
Luciano Pavarotti was a tenor and pirate from Modena.
Enrico Caruso was a tenor and astronomer from Naples.
Luciano Pavarotti was a soprano and tenor from Modena.
Luciano Pavarotti was a tenor or soprano from Modena.
# one false statement beside a true "from"
Enrico Caruso was a tenor from Naples who died in New York.
Enrico Caruso, a tenor from Naples, debuted at the Liceu.
Mirella Freni, a soprano from Modena, married Luciano Pavarotti.
Jose Carreras, a tenor from Barcelona, lived in Madrid.
Luciano Pavarotti, a tenor from Modena, studied under Elvira de Hidalgo.
Luciano Pavarotti was a tenor from Modena who lived in New York.
Maria Callas was a soprano from New York who died in Athens.
# (2) "both / these / those cities"
Luciano Pavarotti was born in Modena and Enrico Caruso in Naples; both cities lie in Spain.
Jose Carreras was born in Barcelona and Placido Domingo in Madrid; both cities lie in Italy.
Luciano Pavarotti was born in Modena and Jose Carreras in Barcelona; both cities lie in Italy.
Luciano Pavarotti was born in Modena, Enrico Caruso in Naples and Jose Carreras in Barcelona. These cities lie in Italy.
Maria Callas died in Paris and lived in Athens. Both cities lie in Greece.
Placido Domingo lived in Mexico City and Anna Netrebko in Vienna. Those cities lie in Mexico.
Enrico Caruso was born in Naples and Maria Callas in New York; both cities lie in the United States.
Mirella Freni was born in Modena and Enrico Caruso in Naples. Both cities are the birthplace of Mirella Freni.
Enrico Caruso lived in New York and Maria Callas in Athens. Both cities were home to Enrico Caruso.
Luciano Pavarotti debuted at the Teatro Municipale. Both cities lie in Italy.
Luciano Pavarotti was born in Modena. Both cities lie in Italy.
Modena lies in Italy and Barcelona in Spain; both countries contain Naples.
Jose Carreras was born in Barcelona and Placido Domingo in Madrid. Spain contains both cities, and so does Italy.
Luciano Pavarotti was born in Modena and Jose Carreras in Barcelona. Italy contains both cities.
Luciano Pavarotti was born in Modena and Enrico Caruso in Naples; neither city lies in Italy.
Luciano Pavarotti was born in Modena and Enrico Caruso in Naples; both cities lie in Italy, and both were the birthplace of Maria Callas.
# (3) relative clauses with the new prepositions
Arrigo Pola, under whom Mirella Freni studied, was born in Modena.
Elvira de Hidalgo, under whom Anna Netrebko studied, was born in Valderrobres.
Ettore Campogalliani, under whom Maria Callas studied, was born in Mantua.
Mirella Freni, alongside whom Luciano Pavarotti studied, was born in Modena.
Arrigo Pola, after whom Luciano Pavarotti studied, was born in Modena.
Arrigo Pola, beside whom Luciano Pavarotti studied, was born in Modena.
Arrigo Pola, against whom Luciano Pavarotti studied, was born in Modena.
Arrigo Pola and Ettore Campogalliani, under whom Mirella Freni studied, taught Luciano Pavarotti.
Modena, across which Luciano Pavarotti lived, lies in Italy.
Modena, over which Luciano Pavarotti lived, lies in Italy.
New York, beside which Enrico Caruso lived, lies in the United States.
The Teatro Municipale, into which Enrico Caruso debuted, saw the debut of Luciano Pavarotti.
Arrigo Pola, under whom Luciano Pavarotti studied, was born in Naples.
@seafarers
# (1) "a K from" a place of death or life
Henry Morgan was a privateer from Jamaica.
James Cook was a navigator from Hawaii.
Ferdinand Magellan was an explorer from Mactan.
Marco Polo was a merchant from Beijing.
Tycho Brahe was an astronomer from Hven.
Tycho Brahe was an astronomer from Prague.
Galileo Galilei was an astronomer from Arcetri.
Nicolaus Copernicus was an astronomer from Frombork.
Abel Tasman was an explorer from Tasmania.
Abel Tasman was an explorer from Batavia.
Christopher Columbus was a navigator from Valladolid.
Francis Drake was a privateer from Plymouth.
Edward Teach was a pirate from Ocracoke Island.
Mary Read, a pirate from Jamaica, sailed under Jack Rackham.
Anne Bonny was a pirate from Jamaica.
Robert Maynard was a pirate from Bristol.
Stede Bonnet was a pirate from Charleston.
George Vancouver was a navigator from Vancouver Island.
Edward Teach was a pirate from the Strait of Magellan.
Edward Teach was a navigator from Bristol.
Marco Polo was an astronomer from Venice.
Galileo Galilei was a merchant from Pisa.
Galileo Galilei was a famous pirate from Pisa.
Francis Drake was a privateer from Tavistock who died in Jamaica.
Edward Teach was, like Stede Bonnet, a pirate from Barbados.
Stede Bonnet was, like Edward Teach, a pirate from Bristol.
The captain of Stede Bonnet was a pirate from Barbados.
A pupil of John Hawkins was a navigator from Plymouth.
Edward Teach was a pirate expelled from Bristol.
Marco Polo was a merchant absent from Venice.
Galileo Galilei was an astronomer banned from Pisa.
# a second kind after "and" before "from"
Galileo Galilei was an astronomer and merchant from Pisa.
Marco Polo was a merchant and pirate from Venice.
Edward Teach was a pirate and navigator from Bristol.
Henry Morgan was a privateer and astronomer from Wales.
Christopher Columbus was a navigator and pirate from Genoa.
# (8) "a native of", "born on" an island
Henry Morgan was a native of Jamaica.
James Cook was a native of Hawaii.
Henry Morgan was born on Jamaica.
Edward Teach was born on Ocracoke Island.
Mary Read was born on Jamaica.
Ferdinand Magellan was born on Mactan.
Tycho Brahe was born on Hven.
Stede Bonnet died on Barbados.
Stede Bonnet was born on Jamaica.
Anne Bonny was born on 8 March 1698.
Edward Teach was born on Bristol in 1681.
Stede Bonnet was born on Barbados in 1680.
Tycho Brahe lived on Mactan.
# (7) "beat / overcame / was beaten by", "coached"
Edward Teach beat Robert Maynard.
Edward Teach overcame Robert Maynard.
Robert Maynard was beaten by Edward Teach.
Robert Maynard beat Stede Bonnet.
Robert Maynard overcame Jack Rackham.
Jack Rackham was beaten by Robert Maynard.
Robert Maynard beat Edward Teach in 1680.
Robert Maynard beat Edward Teach and Stede Bonnet.
Robert Maynard never beat Edward Teach.
Robert Maynard did not overcome Edward Teach.
Edward Teach was beaten by Stede Bonnet.
Robert Maynard, who beat Edward Teach, was born in Bristol.
Francis Drake coached John Hawkins.
John Hawkins was coached by Francis Drake.
John Hawkins coached James Cook.
John Hawkins coached Francis Drake and George Vancouver.
John Hawkins never coached Francis Drake.
James Cook coached George Vancouver.
# (3) relative clauses with the new prepositions
Edward Teach, under whom Mary Read sailed, died in Ocracoke Island.
Jack Rackham, under whom Stede Bonnet sailed, died in Jamaica.
James Cook, under whom Israel Hands sailed, died in Hawaii.
The Strait of Magellan, through which James Cook sailed, was sailed through by Francis Drake.
The Torres Strait, through which Francis Drake sailed, was sailed through by James Cook.
The Atlantic, across which Ferdinand Magellan sailed, was crossed by Christopher Columbus.
The Pacific, across which Christopher Columbus sailed, was crossed by Francis Drake.
George Vancouver, after whom Tasmania was named, was born in King's Lynn.
Abel Tasman, after whom Vancouver Island was named, was born in Lutjegast.
James Cook, after whom New Zealand was named, died in Hawaii.
Edward Teach, against whom Robert Maynard sailed, died in Ocracoke Island.
Edward Teach, alongside whom Stede Bonnet sailed, died in Ocracoke Island.
Edward Teach, beside whom Robert Maynard sailed, died in Ocracoke Island.
Jamaica, over which Henry Morgan sailed, was home to Henry Morgan.
Cuba, into which Christopher Columbus sailed, was explored by Abel Tasman.
Robert Maynard, over whom Edward Teach prevailed, was born in Bristol.
@fossils
# (2) "both / these / those sites"
Lucy was found at Hadar and Selam at Dikika; both sites lie in Kenya.
Lucy was found at Hadar and Turkana Boy at Nariokotome; both sites lie in Ethiopia.
Lucy was found at Hadar, Selam at Dikika and Turkana Boy at Nariokotome; these sites lie in Ethiopia.
Lucy was found at Hadar and Selam at Dikika. Both sites yielded Ardi.
Lucy was found at Hadar. Both sites lie in Ethiopia.
Lucy was described by Donald Johanson. Both sites lie in Ethiopia.
Lucy was found at Hadar and Turkana Boy at Nariokotome. Ethiopia contains both sites.
Lucy was found at Hadar and Selam at Dikika. Kenya contains both sites.
Lucy was found at Hadar and Selam at Dikika. Those sites lie in South Africa.
Mrs. Ples and Little Foot were found at Sterkfontein, and Taung Child at Taung. Both sites lie in Ethiopia.
Mrs. Ples was found at Sterkfontein and Taung Child at Taung; both sites yielded Little Foot.
Lucy was found at Hadar and Selam at Dikika; both sites lie in Ethiopia and yielded Turkana Boy.
Lucy was found at Hadar and Selam at Dikika; neither site lies in Ethiopia.
Lucy was found at Hadar and Selam at Dikika; both sites do not lie in Ethiopia.
Hadar lies in Ethiopia and Taung in South Africa; both countries contain Sterkfontein.
Hadar lies in Ethiopia and Nariokotome in Kenya. Both countries contain Dikika.
Donald Johanson described Lucy and Raymond Dart the Taung Child; both paleontologists described Ardi.
Donald Johanson described Lucy and Raymond Dart described Taung Child; both paleontologists were born in Chicago.
Lucy lived during the Pliocene and Turkana Boy during the Pleistocene; both epochs were the time of Selam.
Selam was found at Dikika and Ardi at Aramis. Both sites yielded Lucy.
Peking Man was found at Zhoukoudian and Lucy at Hadar. Both sites lie in China.
Lucy was found at Hadar and Selam at Dikika, and both sites were described by Donald Johanson.
Lucy and Selam were found at Hadar and Dikika. Both sites lie in Kenya.
Lucy was found at Hadar and Selam at Dikika; both sites lie in Ethiopia, and both fossils lived during the Pleistocene.
# (1) on paleontologists (person attributes)
Raymond Dart was a paleontologist from Johannesburg.
Davidson Black was a paleontologist from Beijing.
Robert Broom, a paleontologist from Johannesburg, described Mrs. Ples.
Raymond Dart was a geologist from Brisbane.
Donald Johanson was a paleontologist from Brisbane.
Lucy was a fossil from Ethiopia.
Lucy was a fossil from Kenya.
Turkana Boy was a fossil from the Pliocene.
@saints
# (7) "joined", "was a member of"
Thomas Aquinas joined the Jesuits.
Ignatius of Loyola was a member of the Dominicans.
Martin Luther joined the Jesuits.
Saint Dominic and Ignatius of Loyola were members of the Jesuits.
Thomas Aquinas and Bonaventure were members of the Dominicans.
Thomas Aquinas never joined the Dominicans.
Thomas Aquinas did not join the Dominicans.
Thomas Aquinas joined the Dominicans in 1225.
Albertus Magnus joined the Dominicans in 1200.
The Dominicans joined Thomas Aquinas.
Thomas Aquinas joined the Dominicans and the Franciscans.
Francis Xavier joined the Franciscans.
Gregor Mendel joined the Cistercians.
Bernard of Clairvaux was a member of the Benedictines.
Thomas Aquinas, who joined the Dominicans, was born in Assisi.
Thomas Aquinas joined the Dominicans, and so did Bonaventure.
Bonaventure joined the Dominicans.
Pope Paul III joined the Jesuits.
Thomas Aquinas joined Albertus Magnus.
Thomas Aquinas was a Jesuit.
Francis Xavier was a Dominican.
Bonaventure, a Dominican, died in Lyon.
# (3) relative clauses with the new prepositions
Pope Paul III, under whom Bonaventure served, approved the Jesuits.
Pope Gregory X, under whom Thomas Aquinas served, was born in Piacenza.
Pope Gregory X, under whom Bonaventure served, was born in Rome.
Albertus Magnus, under whom Bonaventure studied, was born in Lauingen.
Albertus Magnus, under whom Thomas Aquinas studied, was born in Cologne.
Arianism, against which Saint Dominic preached, was condemned by Pope Sylvester I.
Albigensianism, against which Francis of Assisi preached, was condemned by Pope Innocent III.
Albigensianism, against which Saint Dominic preached, was approved by Pope Paul III.
The Jesuits, into which Thomas Aquinas entered, were approved by Pope Paul III.
The Jesuits, into which Francis Xavier was admitted, were approved by Pope Honorius III.
Pope Gregory XV, after whom Thomas Aquinas was canonized, canonized Francis Xavier.
Pope Innocent III, over whom Saint Dominic prevailed, approved the Franciscans.
Albertus Magnus, alongside whom Thomas Aquinas studied, was born in Lauingen.
Albertus Magnus, beside whom Thomas Aquinas studied, died in Cologne.
Pope Gregory X, under whom Bonaventure served, was canonized by Pope John XXII.
# (1) "a saint from" a place of death; no person types ("friar", "monk")
Francis Xavier was a saint from Shangchuan Island.
Thomas Aquinas was a saint from Fossanova.
Ignatius of Loyola was a saint from Rome.
Martin Luther was a friar from Rome.
Gregor Mendel was a monk from Brno.
Thomas Aquinas, a Dominican from Naples, studied under Albertus Magnus.
Thomas Aquinas was a Franciscan from Roccasecca.
Francis Xavier was a Jesuit from Shangchuan Island.
Francis Xavier, a Jesuit from Shangchuan Island, was canonized by Pope Gregory XV.
Bonaventure was a Dominican from Bagnoregio.
Thomas Aquinas was a Dominican from Roccasecca, and so was Bonaventure.
# a second kind after "and" before "from"
Martin Luther was a theologian and saint from Eisleben.
Gregor Mendel was a botanist and saint from Heinzendorf.
Francis Xavier was a saint and pirate from Javier.
# (2) "both popes", "both cities", "these saints"
Thomas Aquinas was canonized by Pope John XXII and Francis of Assisi by Pope Gregory IX; both popes canonized Teresa of Avila.
The Jesuits were approved by Pope Paul III and the Franciscans by Pope Innocent III; both popes approved the Dominicans.
Thomas Aquinas was born in Roccasecca and Bonaventure in Bagnoregio; both cities were the birthplace of Albertus Magnus.
Thomas Aquinas died in Fossanova and Albertus Magnus in Cologne; both cities are the birthplace of Thomas Aquinas.
@inventions
# (4) "belongs to" for "belongs to the field of"
Nylon belongs to computing.
Kevlar belongs to textiles.
Unix belongs to chemistry.
Chemistry belongs to Nylon.
Nylon belongs to the DuPont Experimental Station.
Nylon belongs to Wallace Carothers.
Nylon and Unix belong to chemistry.
Nylon belongs to chemistry and textiles.
Nylon doesn't belong to chemistry.
Nylon does not belong to chemistry.
Nylon never belonged to chemistry.
Nylon belongs to the field of computing.
Velcro belongs to photography.
Dynamite belonged to chemistry.
Nylon belongs to chemistry, and so does Unix.
Kevlar belongs to explosives.
Wallace Carothers belongs to chemistry.
Nylon belongs to chemistry, and Unix belongs to textiles.
Nylon, which belongs to chemistry, was developed at Bell Labs.
Nylon belongs to chemistry, the field of Unix.
Nylon belongs to the field of Unix.
Chemistry is the field of Unix.
Nylon belongs to chemistry and was invented by Ken Thompson.
Nylon belongs within chemistry, and Unix within chemistry.
Nylon belongs under computing.
Nylon and Teflon belong to chemistry, and Kevlar does too.
Nylon belongs to chemistry in 1938.
Nylon has belonged to computing since 1935.
# (5) "the inventor behind"
Alfred Nobel was the inventor behind Nylon.
The inventors behind ENIAC were J. Presper Eckert and Ken Thompson.
Wallace Carothers, the inventor behind Kevlar, was born in Burlington.
John Mauchly was one of the inventors behind Unix.
The inventor behind Kevlar was Wallace Carothers.
Roy Plunkett was the inventor behind Nylon.
Leo Baekeland was the inventor behind Dynamite.
The inventor behind Velcro was Alfred Nobel.
Alfred Nobel was not the inventor behind Dynamite.
Bell Labs was the inventor behind Unix.
Alfred Nobel was the inventor behind Dynamite and Bakelite.
The inventor behind Dynamite was born in San Remo.
The inventor behind Unix was J. Presper Eckert.
Ken Thompson was the only inventor behind Unix.
Stephanie Kwolek and Wallace Carothers were the inventors behind Kevlar.
# (1) on inventors
Alfred Nobel was an inventor from San Remo.
Leo Baekeland, an inventor from Yonkers, invented Bakelite.
John Mauchly was an inventor from Philadelphia.
Alfred Nobel was a chemist from Stockholm.
Alfred Nobel was an inventor from Ghent.
# (3) "alongside whom"
Ken Thompson, alongside whom John Mauchly worked, was born in New Orleans.
J. Presper Eckert, alongside whom Dennis Ritchie worked, was born in Philadelphia.
John Mauchly, alongside whom J. Presper Eckert worked, was born in Cincinnati.
Ken Thompson, alongside whom Dennis Ritchie worked, was born in Bronxville.
Ken Thompson, beside whom Dennis Ritchie worked, was born in Bronxville.
Bell Labs, through which Kevlar was developed, developed Unix.
The DuPont Experimental Station, through which Nylon was developed, developed Unix.
@fountains
# (5) "the sculptor behind"
Gian Lorenzo Bernini was the sculptor behind the Trevi Fountain.
Nicola Salvi was the sculptor behind the Trevi Fountain.
Pope Clement XII was the sculptor behind the Trevi Fountain.
The sculptors behind the Fountain of the Four Rivers were Gian Lorenzo Bernini and Pietro Bracci.
Gian Lorenzo Bernini, the sculptor behind the Trevi Fountain, was born in Naples.
Pietro Bracci was the sculptor behind the Fountain of Neptune.
Bartolomeo Ammannati was one of the sculptors behind the Fontana Maggiore.
The sculptor behind the Manneken Pis was Nicola Pisano.
Pietro Bernini was the sculptor behind the Triton Fountain.
Pietro Bernini was the only sculptor behind the Barcaccia.
The sculptor behind the Trevi Fountain was born in Naples.
Gian Lorenzo Bernini was the sculptor behind the Triton Fountain and the Trevi Fountain.
Gian Lorenzo Bernini was not the sculptor behind the Triton Fountain.
The Triton Fountain was the sculptor behind Gian Lorenzo Bernini.
Cosimo I de' Medici was the sculptor behind the Fountain of Neptune.
The architect behind the Trevi Fountain was Pietro Bracci.
The pope behind the Trevi Fountain was Pope Urban VIII.
The duke behind the Fountain of Neptune was Pope Urban VIII.
# (1) "a sculptor from" the city where he worked
Gian Lorenzo Bernini was a sculptor from Rome.
Bartolomeo Ammannati was a sculptor from Florence.
Pietro Bernini, a sculptor from Naples, sculpted the Barcaccia.
Nicola Salvi was a sculptor from Rome.
Pietro Bracci was an architect from Rome.
Jerome Duquesnoy was a sculptor from Rome.
# (7) "coached"
Gian Lorenzo Bernini coached Pietro Bernini.
Pietro Bernini was coached by Gian Lorenzo Bernini.
Pietro Bernini coached Pietro Bracci.
Pietro Bernini coached Gian Lorenzo Bernini and Pietro Bracci.
# (2) "both sculptors", "both popes", "both cities"
Gian Lorenzo Bernini sculpted the Triton Fountain and Pietro Bracci the Trevi Fountain; both sculptors were born in Naples.
Gian Lorenzo Bernini sculpted the Triton Fountain and Pietro Bracci the Trevi Fountain; both sculptors sculpted the Barcaccia.
The Trevi Fountain was commissioned by Pope Clement XII and the Triton Fountain by Pope Urban VIII; both popes commissioned the Fountain of the Four Rivers.
The Trevi Fountain stands in Rome and the Fountain of Neptune in Florence; both cities are home to the Manneken Pis.
The Trevi Fountain was commissioned by Pope Clement XII and the Fountain of Neptune by Cosimo I de' Medici; both popes commissioned fountains in Rome.
@movies
# (6) "counts as a" / "qualifies as a"
Heat counts as a comedy.
Toy Story qualifies as a drama.
Heat counts as a thriller and a comedy.
Jumanji qualifies as a comedy.
Heat does not count as a thriller.
Heat doesn't qualify as a thriller.
Casino counts as a comedy.
Heat counts as a western.
Forrest Gump counts as a horror film.
Heat counts as an animation.
Toy Story counts as a Pixar.
Heat counts as a remake.
Heat counts as a Michael Mann.
Michael Mann counts as a director of Casino.
Heat counts as a 1996 film.
Heat qualifies as a crime film from 1996.
Heat counts as a film directed by Martin Scorsese.
Heat and Toy Story count as comedies.
Heat, which counts as a comedy, was directed by Michael Mann.
Heat counts as a crime film, and Toy Story counts as a thriller.
# "was the person who"
Michael Mann was the person who produced Heat.
Art Linson was the person who directed Heat.
Art Linson was the person who produced Casino.
Robert De Niro was the person who produced Heat.
Warner Bros. was the person who distributed Heat.
Al Pacino was the person who directed Heat.
Michael Mann was not the person who directed Heat.
Michael Mann was the person who directed Heat and Casino.
Martin Scorsese was the person who wrote Heat.
Michael Mann was the person who starred in Heat.
Michael Mann is the person who directed Casino.
Comedy was the person who distributed Heat.
# "was made under the direction of"
Heat was made under the direction of Art Linson.
Casino was made under the direction of Michael Mann.
Heat and Casino were made under the direction of Martin Scorsese.
Heat was not made under the direction of Michael Mann.
Heat was made in 1996 under the direction of Michael Mann.
Heat was made under the direction of Michael Mann in 1994.
Heat was made under the direction of Warner Bros..
Michael Mann was made under the direction of Heat.
Heat was made under the direction of Al Pacino.
Jumanji was made under the direction of Robin Williams.
# (2) "both companies", "both people"
Heat was distributed by Warner Bros. and Casino by Universal Pictures. Both companies distributed Casino.
Heat was distributed by Warner Bros. and Toy Story by Universal Pictures. Both companies distributed Heat.
Heat was directed by Michael Mann and Casino by Martin Scorsese. Both people directed Heat.
Heat was directed by Michael Mann and Casino by Martin Scorsese; these people directed Heat.
Heat is a thriller and Toy Story a comedy. Both genres describe Heat.
# (5) on the example graph
Martin Scorsese was the director behind Heat.
Art Linson was the producer behind Casino.
Michael Mann was the producer behind Heat.
# (1) on the example graph (people are attributes; no "is from")
Michael Mann was a director from Heat.
Al Pacino was an actor from Casino.
"""

CONTROLS = r"""
@tenors
Luciano Pavarotti was a tenor from Modena.
Mirella Freni, a soprano from Modena, married Nicolai Ghiaurov.
Enrico Caruso was a tenor from Naples.
Jose Carreras was a tenor from Barcelona.
Maria Callas was a soprano from New York.
Anna Netrebko, a soprano from Krasnodar, debuted at the Mariinsky Theatre.
Luciano Pavarotti was born in Modena and Enrico Caruso in Naples; both cities lie in Italy.
Jose Carreras was born in Barcelona and Placido Domingo in Madrid. Both cities lie in Spain.
Arrigo Pola, under whom Luciano Pavarotti studied, was born in Modena.
Ettore Campogalliani, under whom Mirella Freni studied, was born in Mantua.
Maria Callas died in Paris.
@seafarers
Henry Morgan died in Jamaica.
Edward Teach was a pirate from Bristol.
Marco Polo was a merchant from Venice.
Galileo Galilei was an astronomer from Pisa.
Ferdinand Magellan died on Mactan.
Stede Bonnet was born on Barbados.
Robert Maynard beat Edward Teach.
Robert Maynard overcame Edward Teach.
Edward Teach was beaten by Robert Maynard.
John Hawkins coached Francis Drake.
Francis Drake was coached by John Hawkins.
Edward Teach, under whom Stede Bonnet sailed, died in Ocracoke Island.
The Strait of Magellan, through which Francis Drake sailed, was sailed through by Ferdinand Magellan.
The Pacific, across which Ferdinand Magellan sailed, was crossed by Francis Drake.
Abel Tasman, after whom Tasmania was named, was born in Lutjegast.
Tycho Brahe lived on Hven.
@fossils
Lucy was found at Hadar and Selam at Dikika; both sites lie in Ethiopia.
Mrs. Ples was found at Sterkfontein and Taung Child at Taung. Both sites lie in South Africa.
Lucy was found at Hadar and Selam at Dikika. Ethiopia contains both sites.
Raymond Dart was a paleontologist from Brisbane.
@saints
Thomas Aquinas joined the Dominicans.
Francis Xavier was a member of the Jesuits.
Bonaventure joined the Franciscans.
Pope Gregory X, under whom Bonaventure served, was born in Piacenza.
Albigensianism, against which Saint Dominic preached, was condemned by Pope Innocent III.
Albertus Magnus, under whom Thomas Aquinas studied, was born in Lauingen.
Thomas Aquinas was a saint from Roccasecca.
@inventions
Nylon belongs to chemistry.
Kevlar belongs to the field of materials science.
Nylon and Teflon belong to chemistry.
Alfred Nobel was the inventor behind Dynamite.
The inventors behind ENIAC were J. Presper Eckert and John Mauchly.
Alfred Nobel was an inventor from Stockholm.
Ken Thompson, alongside whom Dennis Ritchie worked, was born in New Orleans.
@fountains
Pietro Bracci was the sculptor behind the Trevi Fountain.
Gian Lorenzo Bernini was the sculptor behind the Triton Fountain.
Gian Lorenzo Bernini was a sculptor from Naples.
Pietro Bernini coached Gian Lorenzo Bernini.
Gian Lorenzo Bernini was coached by Pietro Bernini.
@movies
Heat counts as a thriller.
Toy Story qualifies as a comedy.
Casino counts as a crime film.
Art Linson was the person who produced Heat.
Michael Mann was the person who directed Heat.
Heat was made under the direction of Michael Mann.
Casino was made under the direction of Martin Scorsese.
"""

KNOWN = frozenset()

OPEN = frozenset(
    # born in Modena, which lies in Italy: "a tenor from Italy" is arguably true
    {"Luciano Pavarotti was a tenor from Italy.",
     "Mirella Freni, a soprano from Italy, married Nicolai Ghiaurov.",
     # founders not stored as members: "joined" / "a member of" what one founded is arguable
     "Saint Dominic joined the Dominicans.",
     "Benedict of Nursia was a member of the Benedictines.",
     # Pietro Bernini also worked in Naples; "from" might be said of a place of work
     "Pietro Bernini was a sculptor from Rome.",
     # Maynard is typed "naval officer": is he a person? his "from" is unknown either way
     "Robert Maynard was a naval officer from Bristol.",
     # the present of a past defeat (historical present): "defeats" is accepted too, before this session
     "Robert Maynard beats Edward Teach.",
     # Aquinas (typed "saint") was a theologian in fact; the graph does not say so
     "Thomas Aquinas was a saint and theologian from Roccasecca."})

OPEN_TEXTS = r"""
@tenors
Luciano Pavarotti was a tenor from Italy.
Mirella Freni, a soprano from Italy, married Nicolai Ghiaurov.
@saints
Saint Dominic joined the Dominicans.
Benedict of Nursia was a member of the Benedictines.
@fountains
Pietro Bernini was a sculptor from Rome.
@seafarers
Robert Maynard was a naval officer from Bristol.
Robert Maynard beats Edward Teach.
@saints
Thomas Aquinas was a saint and theologian from Roccasecca.
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
