"""Red team round 210 on WHOLE_SESSION.diff: the readings added after round 209 -- (1) names
listed before one plural noun ("the Safavid, Timurid and Mughal empires", "Banff and Jasper
National Parks"); (2) "it bears / carries his / her name"; (3) "X wrote Y's score", "... wrote the
film's score", "The music in X was composed by Y", "The camera work on X is by Y"; (4) "A and B
share a composer: both have music by X" (and with ";"); (5) "..., and X both wrote and directed
it"; (6) a fossil "was found at" a site: it "comes from" / "is from" it, "a skeleton from X"; (7)
"the city / temple / site" for items typed "ancient_city", "hindu_temple", "archaeological_site"
(the head of a compound type); (8) "the patron / patroness of", "He had himself served under X".

Graphs: the shipped example graph and six of my own (see each builder's docstring): "realms"
(empires and national parks, towns named like parks), "eponyms" (chess openings and comets that
bear people's names; discoverers who are not the bearers), "scores" (films, composers, directors,
writers, cinematographers), "digs" (skeletons, skulls, a fossil, a meteorite found at sites; a
comet discovered at an observatory), "ancient" (ancient cities, Hindu temples, archaeological
sites, a "temple_mountain" and a "ghost_town"; modern cities typed "city"), "patrons" (patron
saints, emperors and kings served under).

Findings (27 of 426 false texts accepted; 15 OPEN, 10 accepted; controls: 52 of 58 accepted).
All 27 come from the session: with WHOLE_SESSION.diff reversed on a copy of the code none is
accepted (and 3 of the 58 controls are).
* (6) "X is a K1 K2 from P" (kind_from_places): with two kind words, only the first is checked
  against X's type; the second, the head of the compound, is not, 11: "Lucy is a skeleton skull
  from Hadar" (also in an apposition and after another clause), "Turkana Boy / Selam is a skeleton
  skull from ...", "Lucy is a skeleton meteorite / comet from Hadar", "Allan Hills 84001 is a
  meteorite skull / skeleton from Allan Hills", "Taung Child is a skull skeleton from Taung",
  "Mrs. Ples is a skull meteorite from Sterkfontein". (A wrong first word, "Lucy is a skull
  skeleton from Hadar", is rejected; a non-type second word, "chimpanzee skeleton", too.)
* (7) the compound-type head "mountain" of "temple_mountain" names the item (_KIND_HEADS now has
  "mountain"), though a temple mountain is a temple, 9: "Suryavarman II built Angkor Wat. The
  mountain lies in Cambodia.", "Angkor Wat is a mountain in Cambodia.", "Suryavarman II built the
  mountain Angkor Wat.", "Angkor Wat, the mountain, lies in Cambodia." and the others with "the
  mountain".
* (7) "both / these" + the plural of one of the new head nouns (temples, towns, mountains; "sites"
  in OPEN) takes the two items named before whatever their type (the "group" rule checks no kind),
  7: "... excavated Harappa, ... Mohenjo-daro. Both temples lie in Pakistan." (ancient cities),
  "Both mountains lie in Pakistan", "... Gobekli Tepe, ... Catalhoyuk. Both temples / These temples /
  Both towns lie in Turkey." (archaeological sites), "... Kailasa Temple ... Brihadeeswarar Temple.
  Both mountains / Both towns lie in India." Before the session the nouns were unknown words.
Held: (1) lists with one false member (two and three names, "," and ", and", as subject and object,
"respectively", years, negation, "each other", a name that makes no entity, a noun heading no
label, singular heads, towns named like parks); (2) "his / her name" with the wrong person, two
people before (all must hold), negation, "its", "he bears its name", an item that bears another's
name; (3) wrong composers, cinematographers, parts (screenplay), lists, "too", years, negation,
"the film's" after two films; (4) no shared value, a wrong shared noun, a named value, "they",
"each", "no / only / two composers", negation, clauses after the colon; (5) wrong first or second
verb, wrong object, wrong subject; (6) wrong sites, people, observatories, countries, lists,
negation, other kinds; (7) "the city" (ambiguous with modern cities), "the temple / site" for the
wrong type, two temples; (8) "patron" wrong saint, direction, lists, negation; "had himself"
wrong emperor, negation, years, direction.
Controls rejected (6): "The Safavid, Timurid and Mughal empires were founded by rulers." (a class
noun object), "The Safavid and Mughal empires bordered each other." (the list unread before "each
other"), "Banff, Jasper and Yoho National Parks were established by 1907.", "Lucy was found at
Hadar and Selam at Dikika; both sites lie in Ethiopia." (sites typed "fossil site": two words, no
"both sites"), "Donald Johanson is a paleontologist from Chicago." (a person who is an attribute:
as in round 209), "Daya Ram Sahni excavated Harappa. The city lies in Pakistan." ("the city" with
modern cities typed "city" in the graph: unresolved).
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


def realms():
    """Empires (items typed "empire", dated by founding) "were founded by" rulers, "had their
    capital at" cities, "bordered" each other; national parks (items typed "national park",
    dated by establishment) "lie in" provinces and states and "border" each other. The towns
    Banff and Jasper (attributes typed "town") "lie in" their parks; the dynasties (attributes
    typed "dynasty") "ruled" the empires; Timur (a ruler) is also a name alone."""
    rels = [
        R("founded", phrase="was founded by", inverse_phrase="founded", range=("ruler",)),
        R("capital", phrase="had its capital at", inverse_phrase="was the capital of", domain=("empire",), range=("city",)),
        R("bordered", phrase="bordered", inverse_phrase="was bordered by", domain=("empire",), range=("empire",)),
        R("ruled", phrase="was ruled by", inverse_phrase="ruled", domain=("empire",), range=("dynasty",)),
        R("lies", phrase="lies in", inverse_phrase="contains", range=("province", "state", "national park")),
        R("borders", phrase="borders", inverse_phrase="is bordered by", domain=("national park",), range=("national park",)),
    ]
    items = {"e:safavid": ("empire", "Safavid Empire", 1501), "e:timurid": ("empire", "Timurid Empire", 1370),
             "e:mughal": ("empire", "Mughal Empire", 1526), "e:ottoman": ("empire", "Ottoman Empire", 1299),
             "e:byzantine": ("empire", "Byzantine Empire", 330),
             "n:banff": ("national park", "Banff National Park", 1885), "n:jasper": ("national park", "Jasper National Park", 1907),
             "n:yoho": ("national park", "Yoho National Park", 1886), "n:kootenay": ("national park", "Kootenay National Park", 1920),
             "n:yellowstone": ("national park", "Yellowstone National Park", 1872),
             "n:glacier": ("national park", "Glacier National Park", 1910)}
    others = {"r:ismail": ("ruler", "Ismail I"), "r:timur": ("ruler", "Timur"), "r:babur": ("ruler", "Babur"),
              "r:osman": ("ruler", "Osman I"), "r:constantine": ("ruler", "Constantine the Great"),
              "c:tabriz": ("city", "Tabriz"), "c:isfahan": ("city", "Isfahan"), "c:samarkand": ("city", "Samarkand"),
              "c:herat": ("city", "Herat"), "c:agra": ("city", "Agra"), "c:delhi": ("city", "Delhi"),
              "c:constantinople": ("city", "Constantinople"), "c:bursa": ("city", "Bursa"),
              "d:safavids": ("dynasty", "the Safavids"), "d:timurids": ("dynasty", "the Timurids"),
              "d:osmanli": ("dynasty", "the House of Osman"),
              "p:alberta": ("province", "Alberta"), "p:bc": ("province", "British Columbia"),
              "s:wyoming": ("state", "Wyoming"), "s:montana": ("state", "Montana"),
              "t:banff": ("town", "Banff"), "t:jasper": ("town", "Jasper")}
    T = _t("founded", [("e:safavid", "r:ismail"), ("e:timurid", "r:timur"), ("e:mughal", "r:babur"), ("e:ottoman", "r:osman"),
                       ("e:byzantine", "r:constantine")])
    T += _t("capital", [("e:safavid", "c:tabriz"), ("e:safavid", "c:isfahan"), ("e:timurid", "c:samarkand"), ("e:timurid", "c:herat"),
                        ("e:mughal", "c:agra"), ("e:mughal", "c:delhi"), ("e:ottoman", "c:constantinople"), ("e:ottoman", "c:bursa"),
                        ("e:byzantine", "c:constantinople")])
    T += _t("bordered", [("e:safavid", "e:ottoman"), ("e:safavid", "e:mughal")])
    T += _t("ruled", [("e:safavid", "d:safavids"), ("e:timurid", "d:timurids"), ("e:mughal", "d:timurids"), ("e:ottoman", "d:osmanli")])
    T += _t("lies", [("n:banff", "p:alberta"), ("n:jasper", "p:alberta"), ("n:yoho", "p:bc"), ("n:kootenay", "p:bc"),
                     ("n:yellowstone", "s:wyoming"), ("n:glacier", "s:montana"), ("t:banff", "n:banff"), ("t:jasper", "n:jasper")])
    T += _t("borders", [("n:banff", "n:jasper"), ("n:banff", "n:yoho"), ("n:banff", "n:kootenay"), ("n:yoho", "n:kootenay")])
    return _build(items, others, rels, T)


def eponyms():
    """Chess openings (items typed "chess opening") and comets (items typed "comet") that "bear
    the name of" people (attributes typed "chess player", "astronomer"); openings "were
    pioneered by" players, comets "were discovered by" and "were studied by" astronomers.
    Encke's Comet was discovered by Pierre Mechain but bears Johann Encke's name; Comet
    Rigollet was discovered by Caroline Herschel and bears Roger Rigollet's name (only his);
    the Marshall Attack was pioneered by Frank Marshall (and bears his name); the Caro-Kann
    Defence bears the names of Horatio Caro and Marcus Kann; Alekhine's Defence was pioneered
    by Alexander Alekhine; Petrov's Defence bears Alexander Petrov's name and was pioneered by
    him; players "were born in" cities."""
    rels = [
        R("bears", phrase="bears the name of", inverse_phrase="gave his name to"),
        R("pioneered", phrase="was pioneered by", inverse_phrase="pioneered", domain=("chess opening",), range=("chess player",)),
        R("discovered", phrase="was discovered by", inverse_phrase="discovered", domain=("comet",), range=("astronomer",)),
        R("studied", phrase="was studied by", inverse_phrase="studied", domain=("comet",), range=("astronomer",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
    ]
    items = {"o:marshall": ("chess opening", "Marshall Attack", 1918), "o:carokann": ("chess opening", "Caro-Kann Defence", 1886),
             "o:alekhine": ("chess opening", "Alekhine's Defence", 1921), "o:petrov": ("chess opening", "Petrov's Defence", 1837),
             "o:evans": ("chess opening", "Evans Gambit", 1827),
             "k:halley": ("comet", "Halley's Comet", 1758), "k:encke": ("comet", "Encke's Comet", 1786),
             "k:rigollet": ("comet", "Comet Rigollet", 1788), "k:biela": ("comet", "Biela's Comet", 1826)}
    others = {"p:marshall": ("chess player", "Frank Marshall"), "p:capablanca": ("chess player", "Jose Raul Capablanca"),
              "p:caro": ("chess player", "Horatio Caro"), "p:kann": ("chess player", "Marcus Kann"),
              "p:alekhine": ("chess player", "Alexander Alekhine"), "p:petrov": ("chess player", "Alexander Petrov"),
              "p:evans": ("chess player", "William Davies Evans"),
              "a:halley": ("astronomer", "Edmond Halley"), "a:encke": ("astronomer", "Johann Encke"),
              "a:mechain": ("astronomer", "Pierre Mechain"), "a:herschel": ("astronomer", "Caroline Herschel"),
              "a:rigollet": ("astronomer", "Roger Rigollet"), "a:biela": ("astronomer", "Wilhelm von Biela"),
              "c:newyork": ("city", "New York"), "c:moscow": ("city", "Moscow"), "c:london": ("city", "London"),
              "c:hamburg": ("city", "Hamburg"), "c:hanover": ("city", "Hanover")}
    T = _t("bears", [("o:marshall", "p:marshall"), ("o:carokann", "p:caro"), ("o:carokann", "p:kann"), ("o:alekhine", "p:alekhine"),
                     ("o:petrov", "p:petrov"), ("o:evans", "p:evans"), ("k:halley", "a:halley"), ("k:encke", "a:encke"),
                     ("k:rigollet", "a:rigollet"), ("k:biela", "a:biela")])
    T += _t("pioneered", [("o:marshall", "p:marshall"), ("o:alekhine", "p:alekhine"), ("o:petrov", "p:petrov"),
                          ("o:evans", "p:evans")])
    T += _t("discovered", [("k:encke", "a:mechain"), ("k:rigollet", "a:herschel"), ("k:biela", "a:biela")])
    T += _t("studied", [("k:halley", "a:halley"), ("k:encke", "a:encke")])
    T += _t("born", [("p:marshall", "c:newyork"), ("p:alekhine", "c:moscow"), ("a:halley", "c:london"),
                     ("a:encke", "c:hamburg"), ("a:herschel", "c:hanover")])
    return _build(items, others, rels, T)


def scores():
    """Films (items typed "film", dated by release) with "music by" composers (Max Steiner for
    Casablanca, King Kong and Gone with the Wind; Bernard Herrmann for Citizen Kane, Psycho and
    Vertigo), "directed by" and "written by" people (Welles directed and wrote Citizen Kane with
    Herman Mankiewicz; Hitchcock directed Psycho and Vertigo, written by Joseph Stefano and Samuel
    Taylor), "photographed by" cinematographers (Gregg Toland for Citizen Kane, John L. Russell for
    Psycho, Arthur Edeson for Casablanca)."""
    rels = [
        R("music", phrase="has music by", inverse_phrase="composed the music for", range=("person",)),
        R("directed", phrase="is directed by", inverse_phrase="directed", range=("person",)),
        R("written", phrase="is written by", inverse_phrase="wrote", range=("person",)),
        R("photo", phrase="has cinematography by", inverse_phrase="was the cinematographer of", range=("person",)),
    ]
    items = {"f:casablanca": ("film", "Casablanca", 1942), "f:kong": ("film", "King Kong", 1933),
             "f:gwtw": ("film", "Gone with the Wind", 1939), "f:kane": ("film", "Citizen Kane", 1941),
             "f:psycho": ("film", "Psycho", 1960), "f:vertigo": ("film", "Vertigo", 1958),
             "f:rebecca": ("film", "Rebecca", 1940)}
    others = {"p:steiner": ("person", "Max Steiner"), "p:herrmann": ("person", "Bernard Herrmann"),
              "p:waxman": ("person", "Franz Waxman"),
              "p:curtiz": ("person", "Michael Curtiz"), "p:cooper": ("person", "Merian C. Cooper"),
              "p:fleming": ("person", "Victor Fleming"), "p:welles": ("person", "Orson Welles"),
              "p:hitchcock": ("person", "Alfred Hitchcock"), "p:mankiewicz": ("person", "Herman Mankiewicz"),
              "p:epstein": ("person", "Julius Epstein"), "p:howard": ("person", "Sidney Howard"),
              "p:stefano": ("person", "Joseph Stefano"), "p:taylor": ("person", "Samuel Taylor"),
              "p:toland": ("person", "Gregg Toland"), "p:russell": ("person", "John L. Russell"),
              "p:edeson": ("person", "Arthur Edeson"), "p:burks": ("person", "Robert Burks")}
    T = _t("music", [("f:casablanca", "p:steiner"), ("f:kong", "p:steiner"), ("f:gwtw", "p:steiner"), ("f:kane", "p:herrmann"),
                     ("f:psycho", "p:herrmann"), ("f:vertigo", "p:herrmann"), ("f:rebecca", "p:waxman")])
    T += _t("directed", [("f:casablanca", "p:curtiz"), ("f:kong", "p:cooper"), ("f:gwtw", "p:fleming"), ("f:kane", "p:welles"),
                         ("f:psycho", "p:hitchcock"), ("f:vertigo", "p:hitchcock"), ("f:rebecca", "p:hitchcock")])
    T += _t("written", [("f:casablanca", "p:epstein"), ("f:gwtw", "p:howard"), ("f:kane", "p:welles"), ("f:kane", "p:mankiewicz"),
                        ("f:psycho", "p:stefano"), ("f:vertigo", "p:taylor")])
    T += _t("photo", [("f:kane", "p:toland"), ("f:psycho", "p:russell"), ("f:casablanca", "p:edeson"), ("f:vertigo", "p:burks")])
    return _build(items, others, rels, T)


def digs():
    """Fossils (items: "skeleton" Lucy, Turkana Boy, Selam; "skull" Taung Child, Mrs. Ples;
    "fossil" Peking Man), a meteorite (Allan Hills 84001) and a comet (Shoemaker-Levy) "found at"
    places: fossil sites (Hadar, Dikika, Nariokotome, Taung, Sterkfontein typed "fossil site";
    Zhoukoudian a "cave"), a region (Allan Hills), an observatory (Palomar Observatory); sites
    "lie in" countries; items "described by" paleontologists (attributes typed "paleontologist",
    "born in" cities: Johanson in Chicago, Dart in Brisbane, Leakey in Nairobi); ancient cities
    (items typed "ancient_city": Harappa, Mohenjo-daro, Lothal, Persepolis), Hindu temples (items
    typed "hindu_temple": Kailasa Temple, Brihadeeswarar Temple), archaeological sites (items typed
    "archaeological_site": Gobekli Tepe, Catalhoyuk) and a "temple_mountain" (Angkor Wat) "lie in"
    countries, "were built by" rulers and "excavated by" archaeologists."""
    rels = [
        R("found", phrase="was found at", inverse_phrase="yielded",
          domain=("skeleton", "skull", "fossil", "meteorite"), range=("fossil site", "cave", "region")),
        R("seen", phrase="was discovered at", inverse_phrase="saw the discovery of", domain=("comet",), range=("observatory",)),
        R("lies", phrase="lies in", inverse_phrase="contains", range=("country",)),
        R("described", phrase="was described by", inverse_phrase="described", range=("paleontologist",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("paleontologist", "archaeologist"),
          range=("city",)),
        R("built", phrase="was built by", inverse_phrase="built", range=("ruler",)),
        R("excavated", phrase="was excavated by", inverse_phrase="excavated", range=("archaeologist",)),
        R("dedicated", phrase="is dedicated to", inverse_phrase="is worshipped at", range=("deity",)),
    ]
    items = {"f:lucy": ("skeleton", "Lucy", 1974), "f:turkana": ("skeleton", "Turkana Boy", 1984), "f:selam": ("skeleton", "Selam", 2000),
             "f:taung": ("skull", "Taung Child", 1924), "f:ples": ("skull", "Mrs. Ples", 1947), "f:peking": ("fossil", "Peking Man", 1929),
             "m:alh": ("meteorite", "Allan Hills 84001", 1984), "m:sl9": ("comet", "Shoemaker-Levy", 1993),
}
    others = {"s:hadar": ("fossil site", "Hadar"), "s:dikika": ("fossil site", "Dikika"), "s:nariokotome": ("fossil site", "Nariokotome"),
              "s:taung": ("fossil site", "Taung"), "s:sterkfontein": ("fossil site", "Sterkfontein"),
              "s:zhoukoudian": ("cave", "Zhoukoudian"), "s:allan": ("region", "Allan Hills"),
              "s:palomar": ("observatory", "Palomar Observatory"),
              "c:ethiopia": ("country", "Ethiopia"), "c:kenya": ("country", "Kenya"), "c:southafrica": ("country", "South Africa"),
              "c:china": ("country", "China"), "c:antarctica": ("country", "Antarctica"), "c:us": ("country", "the United States"),
              "c:pakistan": ("country", "Pakistan"), "c:india": ("country", "India"), "c:iran": ("country", "Iran"),
              "c:turkey": ("country", "Turkey"), "c:cambodia": ("country", "Cambodia"),
              "x:johanson": ("paleontologist", "Donald Johanson"), "x:alemseged": ("paleontologist", "Zeresenay Alemseged"),
              "x:leakey": ("paleontologist", "Richard Leakey"), "x:dart": ("paleontologist", "Raymond Dart"),
              "x:broom": ("paleontologist", "Robert Broom"), "x:black": ("paleontologist", "Davidson Black"),
              "t:chicago": ("city", "Chicago"), "t:brisbane": ("city", "Brisbane"), "t:nairobi": ("city", "Nairobi"),
              "t:shiraz": ("city", "Shiraz"), "t:karachi": ("city", "Karachi"),
              "r:darius": ("ruler", "Darius I"), "r:krishna": ("ruler", "Krishna I"), "r:rajaraja": ("ruler", "Rajaraja I"),
              "r:suryavarman": ("ruler", "Suryavarman II"),
              "h:sahni": ("archaeologist", "Daya Ram Sahni"), "h:banerji": ("archaeologist", "R. D. Banerji"),
              "h:rao": ("archaeologist", "S. R. Rao"), "h:schmidt": ("archaeologist", "Klaus Schmidt"),
              "h:mellaart": ("archaeologist", "James Mellaart"), "h:herzfeld": ("archaeologist", "Ernst Herzfeld"),
              "g:shiva": ("deity", "Shiva"), "g:vishnu": ("deity", "Vishnu")}
    T = _t("found", [("f:lucy", "s:hadar"), ("f:turkana", "s:nariokotome"), ("f:selam", "s:dikika"), ("f:taung", "s:taung"),
                     ("f:ples", "s:sterkfontein"), ("f:peking", "s:zhoukoudian"), ("m:alh", "s:allan")])
    T += _t("seen", [("m:sl9", "s:palomar")])
    T += _t("lies", [("s:hadar", "c:ethiopia"), ("s:dikika", "c:ethiopia"), ("s:nariokotome", "c:kenya"), ("s:taung", "c:southafrica"),
                     ("s:sterkfontein", "c:southafrica"), ("s:zhoukoudian", "c:china"), ("s:allan", "c:antarctica"),
                     ("s:palomar", "c:us")])
    T += _t("described", [("f:lucy", "x:johanson"), ("f:selam", "x:alemseged"), ("f:turkana", "x:leakey"), ("f:taung", "x:dart"),
                          ("f:ples", "x:broom"), ("f:peking", "x:black")])
    T += _t("born", [("x:johanson", "t:chicago"), ("x:dart", "t:brisbane"), ("x:leakey", "t:nairobi")])
    return _build(items, others, rels, T)


def patrons():
    """Saints (items typed "saint", dated by birth) who "are the patron saint of" countries and
    trades (Patrick of Ireland, George of England and of soldiers, Cecilia of musicians, Joan of
    Arc of France, Luke of painters, Catherine of Siena of Italy, Francis of Assisi of Italy and of
    animals), "served under" emperors and kings (Martin of Tours under Constantius II, Sebastian
    and George under Diocletian, Joan of Arc under Charles VII), "were martyred under" emperors
    (Sebastian and George under Diocletian, Cecilia under Alexander Severus), "were born in"
    cities."""
    rels = [
        R("patron", phrase="is the patron saint of", inverse_phrase="has as its patron saint", range=("country", "trade", "group")),
        R("served", phrase="served under", inverse_phrase="commanded", range=("emperor", "king")),
        R("martyred", phrase="was martyred under", inverse_phrase="martyred", range=("emperor",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
    ]
    items = {"s:patrick": ("saint", "Saint Patrick", 385), "s:george": ("saint", "Saint George", 280),
             "s:cecilia": ("saint", "Saint Cecilia", 200), "s:joan": ("saint", "Joan of Arc", 1412),
             "s:luke": ("saint", "Saint Luke", 1), "s:catherine": ("saint", "Catherine of Siena", 1347),
             "s:francis": ("saint", "Francis of Assisi", 1181), "s:martin": ("saint", "Martin of Tours", 316),
             "s:sebastian": ("saint", "Saint Sebastian", 256)}
    others = {"c:ireland": ("country", "Ireland"), "c:england": ("country", "England"), "c:france": ("country", "France"),
              "c:italy": ("country", "Italy"), "c:spain": ("country", "Spain"),
              "w:musicians": ("trade", "musicians"), "w:painters": ("trade", "painters"), "w:soldiers": ("group", "soldiers"),
              "w:animals": ("group", "animals"),
              "e:constantius": ("emperor", "Constantius II"), "e:julian": ("emperor", "Julian"), "e:diocletian": ("emperor", "Diocletian"),
              "e:severus": ("emperor", "Alexander Severus"), "k:charles": ("king", "Charles VII"),
              "t:domremy": ("city", "Domremy"), "t:siena": ("city", "Siena"), "t:assisi": ("city", "Assisi"),
              "t:savaria": ("city", "Savaria"), "t:narbonne": ("city", "Narbonne"), "t:antioch": ("city", "Antioch")}
    T = _t("patron", [("s:patrick", "c:ireland"), ("s:george", "c:england"), ("s:george", "w:soldiers"), ("s:cecilia", "w:musicians"),
                      ("s:joan", "c:france"), ("s:luke", "w:painters"), ("s:catherine", "c:italy"), ("s:francis", "c:italy"),
                      ("s:francis", "w:animals"), ("s:sebastian", "w:soldiers")])
    T += _t("served", [("s:martin", "e:constantius"), ("s:sebastian", "e:diocletian"), ("s:george", "e:diocletian"),
                       ("s:joan", "k:charles")])
    T += _t("martyred", [("s:sebastian", "e:diocletian"), ("s:george", "e:diocletian"), ("s:cecilia", "e:severus")])
    T += _t("born", [("s:joan", "t:domremy"), ("s:catherine", "t:siena"), ("s:francis", "t:assisi"), ("s:martin", "t:savaria"),
                     ("s:sebastian", "t:narbonne"), ("s:luke", "t:antioch")])
    return _build(items, others, rels, T)



def ancient():
    """Ancient cities (items typed "ancient_city": Harappa, Mohenjo-daro in Pakistan, Lothal in
    India, Persepolis in Iran), Hindu temples (items typed "hindu_temple": Kailasa Temple,
    Brihadeeswarar Temple in India, dedicated to Shiva), archaeological sites (items typed
    "archaeological_site": Gobekli Tepe, Catalhoyuk in Turkey), a "temple_mountain" (Angkor Wat in
    Cambodia, dedicated to Vishnu) and a "ghost_town" (Kayakoy in Turkey); modern cities
    (attributes typed "city": Shiraz, Karachi) "lie in" countries; items "were built by" rulers,
    "excavated by" archaeologists, "lie near" modern cities (Persepolis near Shiraz, Mohenjo-daro
    near Larkana)."""
    rels = [
        R("lies", phrase="lies in", inverse_phrase="contains", range=("country",)),
        R("near", phrase="lies near", inverse_phrase="lies near", range=("city",)),
        R("built", phrase="was built by", inverse_phrase="built", range=("ruler",)),
        R("excavated", phrase="was excavated by", inverse_phrase="excavated", range=("archaeologist",)),
        R("dedicated", phrase="is dedicated to", inverse_phrase="is worshipped at", range=("deity",)),
    ]
    items = {"a:harappa": ("ancient_city", "Harappa", None), "a:mohenjo": ("ancient_city", "Mohenjo-daro", None),
             "a:lothal": ("ancient_city", "Lothal", None), "a:persepolis": ("ancient_city", "Persepolis", None),
             "a:kailasa": ("hindu_temple", "Kailasa Temple", 760), "a:brihad": ("hindu_temple", "Brihadeeswarar Temple", 1010),
             "a:gobekli": ("archaeological_site", "Gobekli Tepe", None), "a:catal": ("archaeological_site", "Catalhoyuk", None),
             "a:angkor": ("temple_mountain", "Angkor Wat", 1150), "a:kayakoy": ("ghost_town", "Kayakoy", None)}
    others = {"c:pakistan": ("country", "Pakistan"), "c:india": ("country", "India"), "c:iran": ("country", "Iran"),
              "c:turkey": ("country", "Turkey"), "c:cambodia": ("country", "Cambodia"),
              "t:shiraz": ("city", "Shiraz"), "t:larkana": ("city", "Larkana"),
              "r:darius": ("ruler", "Darius I"), "r:krishna": ("ruler", "Krishna I"), "r:rajaraja": ("ruler", "Rajaraja I"),
              "r:suryavarman": ("ruler", "Suryavarman II"),
              "h:sahni": ("archaeologist", "Daya Ram Sahni"), "h:banerji": ("archaeologist", "R. D. Banerji"),
              "h:rao": ("archaeologist", "S. R. Rao"), "h:schmidt": ("archaeologist", "Klaus Schmidt"),
              "h:mellaart": ("archaeologist", "James Mellaart"), "h:herzfeld": ("archaeologist", "Ernst Herzfeld"),
              "g:shiva": ("deity", "Shiva"), "g:vishnu": ("deity", "Vishnu")}
    T = _t("lies", [("a:harappa", "c:pakistan"), ("a:mohenjo", "c:pakistan"), ("a:lothal", "c:india"),
                    ("a:persepolis", "c:iran"), ("a:kailasa", "c:india"), ("a:brihad", "c:india"), ("a:gobekli", "c:turkey"),
                    ("a:catal", "c:turkey"), ("a:angkor", "c:cambodia"), ("a:kayakoy", "c:turkey"), ("t:shiraz", "c:iran"),
                    ("t:larkana", "c:pakistan")])
    T += _t("near", [("a:persepolis", "t:shiraz"), ("a:mohenjo", "t:larkana")])
    T += _t("built", [("a:persepolis", "r:darius"), ("a:kailasa", "r:krishna"), ("a:brihad", "r:rajaraja"), ("a:angkor", "r:suryavarman")])
    T += _t("excavated", [("a:harappa", "h:sahni"), ("a:mohenjo", "h:banerji"), ("a:lothal", "h:rao"), ("a:gobekli", "h:schmidt"),
                          ("a:catal", "h:mellaart"), ("a:persepolis", "h:herzfeld")])
    T += _t("dedicated", [("a:kailasa", "g:shiva"), ("a:brihad", "g:shiva"), ("a:angkor", "g:vishnu")])
    return _build(items, others, rels, T)



def movies():
    return kgx.KnowledgeGraph.example()


BUILDERS = {"movies": movies, "realms": realms, "eponyms": eponyms, "scores": scores, "digs": digs, "patrons": patrons,
            "ancient": ancient}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@realms
# (1) names listed before one plural noun: one of the claims false
The Safavid and Mughal empires were founded by Babur.
The Timurid and Mughal empires were founded by Timur.
The Safavid, Timurid and Mughal empires were founded by Ismail I.
The Safavid, Timurid, and Mughal empires had their capital at Samarkand.
The Ottoman and Byzantine empires had their capital at Bursa.
The Safavid Empire bordered the Ottoman and Timurid empires.
The Mughal Empire bordered the Ottoman and Safavid empires.
The Ottoman and Mughal empires bordered the Timurid Empire.
The Ottoman and Mughal empires were ruled by the Timurids.
The Safavid and Ottoman empires were ruled by the Safavids.
Banff and Yoho National Parks lie in Alberta.
Jasper and Kootenay National Parks lie in Alberta.
Banff, Jasper and Yoho National Parks lie in Alberta.
Banff, Jasper, and Kootenay National Parks lie in Alberta.
Yoho and Jasper National Parks lie in British Columbia.
Yellowstone and Glacier National Parks lie in Wyoming.
Glacier and Yellowstone National Parks lie in Montana.
Banff National Park borders Jasper and Yellowstone National Parks.
Jasper National Park borders Yoho and Kootenay National Parks.
Yoho National Park borders Jasper and Kootenay National Parks.
Kootenay and Jasper National Parks border Yoho National Park.
Babur founded the Mughal and Timurid empires.
Timur founded the Timurid and Safavid empires.
Osman I founded the Ottoman and Byzantine empires.
Ismail I founded the Safavid, Mughal and Ottoman empires.
# one name makes no entity with the noun; a noun that heads no label; the singular
The Safavid, Sasanian and Mughal empires were founded by rulers.
The Safavid and Mughal dynasties bordered each other.
The Safavid and Mughal kingdoms bordered each other.
Banff and Jasper provinces lie in Alberta.
Banff and Waterton Lakes National Parks lie in Alberta.
Banff and Waterton National Parks lie in Alberta.
The Mughal and Persian empires bordered each other.
# lists inside other claims; respectively; years; negation; each other
The Safavid and Timurid empires had their capitals at Samarkand and Isfahan respectively.
The Mughal and Ottoman empires had their capitals at Constantinople and Agra respectively.
The Safavid and Mughal empires were founded in 1526.
The Ottoman and Mughal empires were founded in 1299.
Banff and Jasper National Parks were established in 1885.
The Safavid and Mughal empires did not border each other.
Banff and Jasper National Parks do not lie in Alberta.
The Safavid and Ottoman empires never bordered each other.
The Ottoman and Timurid empires bordered each other.
The Timurid and Mughal empires bordered each other.
Timur founded the Timurid Empire, and Babur the Safavid and Mughal empires.
Ismail I founded the Safavid Empire, whose capital was Agra, and the Ottoman and Mughal empires bordered it.
The Safavid and Mughal empires bordered the Ottoman Empire.
Both the Safavid and Mughal empires bordered the Ottoman Empire.
The town of Banff lies in Banff and Yoho National Parks.
Jasper lies in Banff and Jasper National Parks.
The town of Jasper lies in Banff National Park.
Banff lies in Jasper National Park.
The Safavid and Mughal empires were ruled by the Timurids.
Isfahan and Agra were the capitals of the Safavid and Timurid empires.
Samarkand was the capital of the Timurid and Mughal empires.
Constantinople was the capital of the Ottoman and Safavid empires.
Constantinople was the capital of the Byzantine and Mughal empires.
@eponyms
# (2) "it bears / carries his / her name": the wrong person, two people before, negation
Pierre Mechain discovered Encke's Comet, and it bears his name.
Caroline Herschel discovered Comet Rigollet, and it bears her name.
Pierre Mechain discovered Encke's Comet; it carries his name.
Caroline Herschel discovered Comet Rigollet. It carries her name.
Caroline Herschel discovered Comet Rigollet, which bears her name.
Johann Encke studied Encke's Comet, and Pierre Mechain discovered it; it bears his name.
Johann Encke studied Encke's Comet, and it does not bear his name.
Frank Marshall pioneered the Marshall Attack, and it does not bear his name.
Frank Marshall pioneered the Marshall Attack, but it never bore his name.
Jose Raul Capablanca faced the Marshall Attack, and it bears his name.
Frank Marshall pioneered the Marshall Attack, and it bears his name and Jose Raul Capablanca's.
Alexander Alekhine pioneered Alekhine's Defence, and it bears his name, as does the Marshall Attack.
Alexander Alekhine pioneered Petrov's Defence, and it bears his name.
Alexander Petrov pioneered Alekhine's Defence, and it bears his name.
Frank Marshall pioneered the Evans Gambit, and it bears his name.
Frank Marshall was born in New York, and the Evans Gambit bears his name.
Alexander Alekhine was born in Moscow, and Petrov's Defence bears his name.
Edmond Halley was born in London, and Encke's Comet bears his name.
Johann Encke was born in Hamburg, and Halley's Comet carries his name.
Caroline Herschel was born in Hanover, and Comet Rigollet carries her name.
Wilhelm von Biela discovered Biela's Comet, and Halley's Comet bears his name.
Edmond Halley studied Halley's Comet, and Encke's Comet bore his name.
Horatio Caro played the Caro-Kann Defence, and it bears her name.
Frank Marshall pioneered the Marshall Attack, and he bears its name.
Frank Marshall pioneered the Marshall Attack, and Alexander Alekhine's Defence bears his name.
Frank Marshall pioneered the Marshall Attack in 1920, and it bears his name.
Johann Encke studied Encke's Comet, and the Marshall Attack bears his name.
Frank Marshall pioneered the Marshall Attack, and it and the Evans Gambit bear his name.
Alexander Petrov pioneered Petrov's Defence, and it bears his name, and Alexander Alekhine pioneered the Evans Gambit.
Frank Marshall, who was born in Moscow, pioneered the Marshall Attack, and it bears his name.
Frank Marshall pioneered the Marshall Attack and it bears his name; he was born in Moscow.
Alexander Alekhine pioneered Alekhine's Defence, and his name is borne by Petrov's Defence.
Alexander Alekhine was born in New York, and Alekhine's Defence bears his name.
Edmond Halley discovered Halley's Comet, and it bears his name.
Johann Encke discovered Encke's Comet, and it bears his name.
Wilhelm von Biela studied Biela's Comet, and it bears his name.
Pierre Mechain discovered Encke's Comet, and it bears her name.
Horatio Caro and Marcus Kann pioneered the Caro-Kann Defence, and it bears their names.
Pierre Mechain discovered Encke's Comet, and Johann Encke studied it; it bears his name.
@scores
# (3) "X wrote Y's score", "the film's score", "the music in", "the camera work on"
Bernard Herrmann wrote Casablanca's score.
Max Steiner wrote Citizen Kane's score.
Franz Waxman wrote Psycho's score.
Max Steiner composed Vertigo's score.
Bernard Herrmann scored Rebecca's music.
Max Steiner wrote Casablanca's screenplay.
Orson Welles wrote Citizen Kane's score.
Max Steiner wrote Casablanca's score in 1945.
Max Steiner wrote King Kong's score in 1942.
Max Steiner did not write Casablanca's score.
Max Steiner never wrote King Kong's score.
Max Steiner wrote Casablanca's and Psycho's scores.
Max Steiner wrote Casablanca's score and Psycho's.
Max Steiner wrote Casablanca's score, and Bernard Herrmann wrote Rebecca's score.
Max Steiner and Bernard Herrmann wrote Casablanca's score.
Max Steiner wrote Casablanca's score too, like Bernard Herrmann.
Michael Curtiz directed Casablanca, and Bernard Herrmann wrote the film's score.
Alfred Hitchcock directed Psycho, and Max Steiner wrote the film's score.
Alfred Hitchcock directed Rebecca, and Bernard Herrmann wrote the film's score.
Orson Welles directed Citizen Kane and Psycho, and Bernard Herrmann wrote the film's score.
Victor Fleming directed Gone with the Wind, and Franz Waxman composed the film's score.
Alfred Hitchcock directed Vertigo; Max Steiner wrote the film's score.
Michael Curtiz directed King Kong, and Max Steiner wrote the film's score.
Merian C. Cooper directed King Kong, and Max Steiner wrote the film's screenplay.
Max Steiner wrote the score for Psycho.
The music in Psycho was composed by Max Steiner.
The music in Rebecca was composed by Bernard Herrmann.
The music in Casablanca was written by Julius Epstein.
The music in Vertigo was composed by Alfred Hitchcock.
The music in Casablanca and Psycho was composed by Max Steiner.
The music in Casablanca was not composed by Max Steiner.
The music in Casablanca was composed by Max Steiner in 1950.
The camera work on Citizen Kane is by Arthur Edeson.
The camera work on Psycho is by Gregg Toland.
The camera work on Vertigo is by John L. Russell.
The camera work on Casablanca is by Michael Curtiz.
The camera work on Rebecca is by Robert Burks.
The camera work on Citizen Kane is not by Gregg Toland.
The camera work on Citizen Kane and Casablanca is by Gregg Toland.
The camera work in Citizen Kane is by Arthur Edeson.
The camera work on Citizen Kane was by Gregg Toland in 1950.
The music in Citizen Kane is by Gregg Toland.
The camera work on Citizen Kane is by Bernard Herrmann.
# (5) "..., and X both wrote and directed it"
Psycho has music by Bernard Herrmann, and Alfred Hitchcock both wrote and directed it.
Vertigo has music by Bernard Herrmann, and Samuel Taylor both wrote and directed it.
Casablanca has music by Max Steiner, and Michael Curtiz both wrote and directed it.
Gone with the Wind has music by Max Steiner, and Victor Fleming both wrote and directed it.
Casablanca has music by Max Steiner, and Julius Epstein both wrote and directed it.
Citizen Kane has music by Bernard Herrmann, and Herman Mankiewicz both wrote and directed it.
Citizen Kane has music by Bernard Herrmann, and Orson Welles both wrote and scored it.
Citizen Kane has music by Bernard Herrmann, and Orson Welles both directed and photographed it.
Citizen Kane has music by Bernard Herrmann, and Orson Welles both wrote and directed Psycho.
Psycho has music by Bernard Herrmann, and Orson Welles both wrote and directed it.
Citizen Kane has music by Max Steiner, and Orson Welles both wrote and directed it.
Citizen Kane came out in 1950, and Orson Welles both wrote and directed it.
Citizen Kane has music by Bernard Herrmann, and Orson Welles did not both write and direct it.
Citizen Kane has music by Bernard Herrmann, and Orson Welles both wrote and directed it alone.
Citizen Kane has music by Bernard Herrmann, and both Orson Welles and Gregg Toland directed it.
Citizen Kane has music by Bernard Herrmann, and Orson Welles and Gregg Toland both wrote and directed it.
Citizen Kane has music by Bernard Herrmann, and Orson Welles both wrote it and directed Vertigo.
Citizen Kane has music by Bernard Herrmann, and Orson Welles both wrote and was directed by it.
Psycho has music by Bernard Herrmann, and Alfred Hitchcock both directed and wrote it.
Vertigo has music by Bernard Herrmann, and Alfred Hitchcock both directed and scored it.
Alfred Hitchcock directed Vertigo, and Bernard Herrmann both scored and directed it.
# (4) "A and B share a composer: both ..."
Casablanca and Citizen Kane share a composer: both have music by Max Steiner.
Casablanca and Rebecca share a composer: both have music by Max Steiner.
Psycho and Rebecca share a composer: both have music by Bernard Herrmann.
Psycho and Vertigo share a composer: both have music by Max Steiner.
Psycho and Vertigo share a composer: both have music by Franz Waxman.
Psycho and Vertigo share a composer; both have music by Max Steiner.
Psycho and Vertigo share a composer: they have music by Max Steiner.
Psycho and Vertigo share a composer: each has music by Max Steiner.
Psycho and Vertigo share a director: both have music by Max Steiner.
Psycho and Citizen Kane share a director: both have music by Bernard Herrmann.
Casablanca and King Kong share a director: both have music by Max Steiner.
Psycho and Vertigo share a writer: both have music by Bernard Herrmann.
Psycho and Vertigo share a cinematographer: both have music by Bernard Herrmann.
Psycho and Vertigo share a composer: both are directed by Orson Welles.
Psycho and Vertigo share a composer: both are written by Joseph Stefano.
Psycho and Vertigo share a composer: both have cinematography by Robert Burks.
Psycho and Vertigo share a composer: Bernard Herrmann, who wrote Casablanca.
Psycho and Vertigo share a composer: Max Steiner.
Psycho and Vertigo share a composer: Franz Waxman.
Casablanca and King Kong share a composer: Bernard Herrmann.
Psycho and Vertigo do not share a composer: both have music by Bernard Herrmann.
Psycho and Vertigo never shared a composer: both have music by Bernard Herrmann.
Psycho and Rebecca share a director: both have music by Bernard Herrmann.
Psycho and Rebecca share a director: both are directed by Alfred Hitchcock and have music by Bernard Herrmann.
Psycho and Vertigo share a composer: both have music by Bernard Herrmann and are written by Samuel Taylor.
Psycho and Vertigo share a composer: both have music by Bernard Herrmann, as does Casablanca.
Psycho and Vertigo share a composer: both have music by Bernard Herrmann, and so does Rebecca.
Psycho and Vertigo share a composer: both have music by Bernard Herrmann and Max Steiner.
Psycho, Vertigo and Rebecca share a composer: all have music by Bernard Herrmann.
Psycho, Vertigo and Casablanca share a composer: all three have music by Bernard Herrmann.
Casablanca, King Kong and Rebecca share a composer: each has music by Max Steiner.
Psycho and Vertigo share a composer: Casablanca has music by Bernard Herrmann.
Psycho and Vertigo share a composer: both came out in 1958.
Psycho and Vertigo share a composer and a writer: both have music by Bernard Herrmann.
Psycho and Vertigo share a composer and a cinematographer: both have music by Bernard Herrmann.
Citizen Kane and Psycho share a composer: both have music by Bernard Herrmann and are directed by Orson Welles.
Psycho and Vertigo share a composer: both have music by Bernard Herrmann; both have cinematography by Robert Burks.
Psycho and Vertigo share no composer: both have music by Bernard Herrmann.
Psycho and Vertigo share only a composer: both have music by Bernard Herrmann.
Psycho and Vertigo share a composer but not a director: both have music by Bernard Herrmann.
Psycho and Vertigo share two composers: both have music by Bernard Herrmann.
Psycho and Vertigo share a composer: neither has music by Bernard Herrmann.
Psycho and Vertigo share a composer: both have no music by Bernard Herrmann.
Psycho and Vertigo share a composer: both have music by Bernard Herrmann, but Vertigo was directed by Orson Welles.
Psycho and Vertigo share a composer: both have music by Bernard Herrmann; Vertigo has music by Max Steiner.
Psycho and Vertigo share a composer, Max Steiner: both have music by Bernard Herrmann.
Psycho and Vertigo share a composer: both have music by Bernard Herrmann, who directed them.
Casablanca and Psycho share a composer: one has music by Max Steiner.
Max Steiner wrote Casablanca's score, and Bernard Herrmann the film's screenplay.
Franz Waxman wrote Rebecca's score, and Bernard Herrmann wrote Psycho's score too.
Rebecca's score was written by Bernard Herrmann.
Bernard Herrmann wrote Rebecca's score.
Bernard Herrmann wrote Rebecca's score, which Franz Waxman conducted.
Franz Waxman says Bernard Herrmann wrote Rebecca's score.
Alfred Hitchcock directed Rebecca and Psycho. Bernard Herrmann wrote the film's score.
Psycho, unlike Rebecca, has music by Bernard Herrmann, and Franz Waxman wrote the film's score.
Psycho has music by Bernard Herrmann, and Franz Waxman wrote the film's score.
@digs
# (6) "comes from" / "is from" / "a K from" a site: the wrong site, a country, a person, an observatory
Lucy comes from Dikika.
Selam comes from Hadar.
Turkana Boy comes from Taung.
Peking Man came from Sterkfontein.
Mrs. Ples is from Taung.
Taung Child is from Sterkfontein.
Lucy is from Nariokotome.
Lucy comes from Donald Johanson.
Taung Child comes from Raymond Dart.
Shoemaker-Levy comes from Palomar Observatory.
Shoemaker-Levy is from Palomar Observatory.
Allan Hills 84001 comes from Zhoukoudian.
Lucy is a skeleton from Dikika.
Turkana Boy is a skeleton from Hadar.
Selam is a skeleton from Nariokotome.
Taung Child is a skull from Sterkfontein.
Mrs. Ples is a skull from Taung.
Peking Man is a fossil from Hadar.
Taung Child is a skeleton from Taung.
Mrs. Ples is a skeleton from Sterkfontein.
Lucy is a skull from Hadar.
Turkana Boy is a skull from Nariokotome.
Lucy is a meteorite from Hadar.
Allan Hills 84001 is a skeleton from Allan Hills.
Allan Hills 84001 is a meteorite from Hadar.
Shoemaker-Levy is a comet from Palomar Observatory.
Lucy, a skeleton from Dikika, was described by Donald Johanson.
Taung Child, a skull from Sterkfontein, was described by Raymond Dart.
Lucy, a skeleton from Hadar, was described by Richard Leakey.
Lucy is not from Hadar.
Lucy does not come from Hadar.
Lucy is a skeleton not from Hadar.
Lucy is not a skeleton from Hadar.
Lucy and Selam come from Hadar.
Lucy and Turkana Boy are from Hadar.
Lucy comes from Hadar and Dikika.
Lucy is a skeleton from Hadar and Dikika.
Lucy comes from Hadar, like Selam.
Lucy comes from Hadar, and so does Selam.
Lucy came from Hadar in 1980.
Lucy, from Hadar, was described by Raymond Dart.
Donald Johanson is a paleontologist from Brisbane.
Raymond Dart is a paleontologist from Chicago.
Richard Leakey is a paleontologist from Hadar.
Donald Johanson comes from Hadar.
Donald Johanson is from Hadar.
Donald Johanson described Lucy, a skeleton from Dikika.
Raymond Dart described Taung Child, a skull from Sterkfontein.
The skeleton from Hadar was described by Richard Leakey.
The skull from Taung was described by Robert Broom.
Lucy came from Hadar and was described by Raymond Dart.
Lucy is a skeleton from Hadar described by Raymond Dart.
Hadar yielded Selam.
Selam was found at Hadar.
Turkana Boy is a skeleton skull from Nariokotome.
Selam is a skeleton skull from Dikika.
Lucy is a skeleton skull from Hadar.
Lucy is a skeleton meteorite from Hadar.
Lucy is a skeleton comet from Hadar.
Allan Hills 84001 is a meteorite skull from Allan Hills.
Allan Hills 84001 is a meteorite skeleton from Allan Hills.
Taung Child is a skull skeleton from Taung.
Mrs. Ples is a skull meteorite from Sterkfontein.
Lucy, a skeleton skull from Hadar, was described by Donald Johanson.
Turkana Boy was described by Richard Leakey, and Lucy is a skeleton skull from Hadar.
Lucy is a non-skeleton from Hadar.
Lucy is a fake skeleton from Hadar.
Lucy is a complete skeleton from Hadar.
Lucy is a chimpanzee skeleton from Hadar.
Lucy is a whale skeleton from Hadar.
Lucy is a cast from Hadar.
Lucy is a replica from Hadar.
Lucy is a loan from Hadar.
Lucy, a loan from Hadar, was described by Donald Johanson.
Lucy is a skeleton far from Hadar.
Lucy is a bone from Hadar.
Lucy is a skull skeleton from Hadar.
Taung Child is a fossil skeleton from Taung.
@ancient
# (7) "the city", "the temple", "the site" and other heads of compound types
Klaus Schmidt excavated Gobekli Tepe. The site lies in Iran.
James Mellaart excavated Catalhoyuk. The site was excavated by Klaus Schmidt.
Krishna I built Kailasa Temple. The temple is dedicated to Vishnu.
Rajaraja I built Brihadeeswarar Temple. The temple lies in Cambodia.
Rajaraja I built Brihadeeswarar Temple. The temple was built by Krishna I.
Suryavarman II built Angkor Wat. The temple lies in India.
Angkor Wat lies in Cambodia. The mountain is dedicated to Vishnu.
Klaus Schmidt excavated Gobekli Tepe. The city lies in Turkey.
Krishna I built Kailasa Temple. The city lies in India.
Daya Ram Sahni excavated Harappa. The temple lies in Pakistan.
Daya Ram Sahni excavated Harappa. The site lies in Pakistan.
Klaus Schmidt excavated Gobekli Tepe. The temple lies in Turkey.
Suryavarman II built Angkor Wat. The site lies in Cambodia.
Krishna I built Kailasa Temple, and Rajaraja I built Brihadeeswarar Temple. The temple is dedicated to Vishnu.
Krishna I built Kailasa Temple, and Rajaraja I built Brihadeeswarar Temple. The temple was built by Krishna I.
Klaus Schmidt excavated Gobekli Tepe and James Mellaart Catalhoyuk. The site was excavated by Klaus Schmidt.
James Mellaart excavated Catalhoyuk, and the site lies in Iran.
James Mellaart excavated Catalhoyuk, a site in Iran.
James Mellaart excavated Catalhoyuk, and Klaus Schmidt excavated the site.
Krishna I built Kailasa Temple, and the temple is not dedicated to Shiva.
Krishna I built Kailasa Temple, and Rajaraja I built the temple.
S. R. Rao excavated Lothal. The city lies in Pakistan.
The temple of Kailasa lies in Cambodia.
Klaus Schmidt excavated Gobekli Tepe and Catalhoyuk. Both sites lie in Turkey.
Klaus Schmidt excavated Gobekli Tepe, and James Mellaart excavated Catalhoyuk. Both temples lie in Turkey.
Krishna I built Kailasa Temple. The site is dedicated to Shiva.
Krishna I built Kailasa Temple. This temple lies in Pakistan.
Suryavarman II built Angkor Wat. That temple is dedicated to Shiva.
Suryavarman II built Angkor Wat. The mountain lies in Cambodia.
Angkor Wat, the mountain, lies in Cambodia.
Suryavarman II built the mountain Angkor Wat.
Angkor Wat lies in Cambodia. The mountain was built by Suryavarman II.
Angkor Wat lies in Cambodia, and the mountain was built by Suryavarman II.
Suryavarman II built Angkor Wat, a mountain in Cambodia.
Angkor Wat is a mountain in Cambodia.
Suryavarman II built Angkor Wat. The mountain is dedicated to Vishnu.
Daya Ram Sahni excavated Harappa, and R. D. Banerji excavated Mohenjo-daro. Both temples lie in Pakistan.
Daya Ram Sahni excavated Harappa, and R. D. Banerji excavated Mohenjo-daro. Both mountains lie in Pakistan.
Klaus Schmidt excavated Gobekli Tepe, and James Mellaart excavated Catalhoyuk. These temples lie in Turkey.
Klaus Schmidt excavated Gobekli Tepe, and James Mellaart excavated Catalhoyuk. Both towns lie in Turkey.
Krishna I built Kailasa Temple and Rajaraja I Brihadeeswarar Temple. Both mountains lie in India.
Krishna I built Kailasa Temple and Rajaraja I Brihadeeswarar Temple. Both towns lie in India.
Klaus Schmidt excavated Gobekli Tepe, and James Mellaart excavated Catalhoyuk. Both cities lie in Turkey.
Gobekli Tepe and Catalhoyuk are temples.
Gobekli Tepe is a temple.
Harappa is a temple.
Kailasa Temple is a city.
Harappa is a site.
Gobekli Tepe, a temple in Turkey, was excavated by Klaus Schmidt.
The temple Gobekli Tepe lies in Turkey.
The temple Harappa lies in Pakistan.
The city Gobekli Tepe lies in Turkey.
Kayakoy lies in Turkey. The town was built by Darius I.
Darius I built Persepolis. The temple was excavated by Ernst Herzfeld.
Darius I built Persepolis. The mountain was excavated by Ernst Herzfeld.
Ernst Herzfeld excavated Persepolis, and Daya Ram Sahni excavated Harappa. Both temples were built by Darius I.
@patrons
# (8) "the patron / patroness of", "He had himself served under X"
Saint Patrick is the patron of England.
Saint George is the patron of Ireland.
Saint Cecilia is the patroness of painters.
Saint Luke is the patron of musicians.
Joan of Arc is the patroness of England.
Catherine of Siena is the patroness of France.
Francis of Assisi is the patron of soldiers.
Saint Sebastian is the patron of Italy.
Saint Patrick is not the patron of Ireland.
Saint George and Saint Patrick are the patrons of England.
Saint George is the patron of England and Ireland.
Ireland is the patron of Saint Patrick.
Saint Patrick was born in Domremy, and he is the patron of Ireland.
Joan of Arc was born in Siena, and she is the patroness of France.
Saint George is the patron of England, like Saint Patrick.
Saint Patrick is the patron of Ireland and Saint George of France.
Saint Martin served under Diocletian, and he is the patron of soldiers.
Martin of Tours is the patron of soldiers.
Saint Cecilia is the patron of musicians and painters.
Martin of Tours was born in Savaria. He had himself served under Julian.
Martin of Tours was born in Savaria. He had himself served under Diocletian.
Saint Sebastian was born in Narbonne. He had himself served under Constantius II.
Joan of Arc was born in Domremy. She had herself served under Diocletian.
Joan of Arc was born in Domremy. She had herself served under Constantius II.
Saint Sebastian had himself served under Charles VII.
Saint George had himself served under Julian.
Martin of Tours had himself served under Charles VII.
Saint Sebastian had himself not served under Diocletian.
Saint Sebastian had himself never served under Diocletian.
Saint Sebastian and Saint George had themselves served under Constantius II.
Saint Sebastian was born in Narbonne. He had himself served under Diocletian and Constantius II.
Saint Sebastian was born in Antioch. He had himself served under Diocletian.
Saint Luke was born in Antioch. He had himself served under Diocletian.
Saint Cecilia was martyred under Alexander Severus. She had herself served under him.
Saint George was martyred under Diocletian. He had himself served under Constantius II.
Saint Sebastian is himself the patron of England.
Saint George was himself martyred under Alexander Severus.
Saint Cecilia was herself martyred under Diocletian.
Saint Sebastian had himself served under Diocletian in 1500.
Diocletian had himself served under Saint Sebastian.
Charles VII had himself served under Joan of Arc.
Joan of Arc had herself commanded Charles VII.
@movies
# (3)-(5) on the example graph
Elliot Goldenthal wrote Casino's score.
John Williams wrote Heat's score.
James Horner wrote Jumanji's score and Heat's.
Michael Mann wrote Heat's score.
Dante Spinotti wrote Heat's score.
The music in Heat was composed by James Horner.
The music in Casino was composed by Elliot Goldenthal.
The camera work on Heat is by Robert Richardson.
The camera work on Casino is by Dante Spinotti.
The camera work on Nixon is by Dante Spinotti.
The camera work on Heat is by Michael Mann.
Michael Mann directed Heat, and John Williams wrote the film's score.
Martin Scorsese directed Casino, and Elliot Goldenthal wrote the film's score.
Heat is a thriller, and Art Linson both wrote and directed it.
Casino is a crime film, and Martin Scorsese both wrote and directed it.
Jumanji is a fantasy film, and Joe Johnston both wrote and directed it.
From Dusk Till Dawn is a horror film, and Quentin Tarantino both wrote and directed it.
From Dusk Till Dawn is a horror film, and Robert Rodriguez both wrote and directed it.
Leaving Las Vegas is a drama, and Mike Figgis both directed and edited it.
Heat is a thriller, and Michael Mann both wrote and produced it.
Nixon is a drama, and Oliver Stone both wrote and edited it.
Heat is a thriller, and Michael Mann both wrote and directed Casino.
Jumanji and Heat share a composer: both have music by James Horner.
Jumanji and Balto share a composer: both have music by John Williams.
Jumanji and Balto share a director: both have music by James Horner.
Jumanji and Balto share a composer: both star Robin Williams.
Heat and Casino share a star: both have music by Elliot Goldenthal.
Heat and Casino share a composer: both star Robert De Niro.
Nixon and Casino share a cinematographer: both have cinematography by Dante Spinotti.
Nixon and Casino share a director: both have cinematography by Robert Richardson.
Assassins and Fair Game share a composer: both are directed by Richard Donner.
Grumpier Old Men and Father of the Bride Part II share a composer: both have music by Alan Silvestri and star Steve Martin.
The Postman and The Juror share a composer: both have music by James Horner.
Jumanji and Balto share a composer: they star Robin Williams.
Heat and Casino do not share a star: both star Robert De Niro.
"""

CONTROLS = r"""
@realms
The Safavid, Timurid and Mughal empires were founded by rulers.
The Safavid Empire bordered the Ottoman and Mughal empires.
Banff and Jasper National Parks lie in Alberta.
Yoho and Kootenay National Parks lie in British Columbia.
The Ottoman and Byzantine empires had their capital at Constantinople.
Banff National Park borders Jasper, Yoho and Kootenay National Parks.
The Timurid and Mughal empires were ruled by the Timurids.
The Safavid and Mughal empires bordered each other.
Constantinople was the capital of the Ottoman and Byzantine empires.
Banff, Jasper and Yoho National Parks were established by 1907.
@eponyms
Frank Marshall pioneered the Marshall Attack, and it bears his name.
Alexander Alekhine pioneered Alekhine's Defence, and it bears his name.
Johann Encke studied Encke's Comet, and it bears his name.
Wilhelm von Biela discovered Biela's Comet, and it bears his name.
Edmond Halley was born in London, and Halley's Comet bears his name.
Alexander Petrov pioneered Petrov's Defence; it bears his name.
Pierre Mechain discovered Encke's Comet, and it bears the name of Johann Encke.
@scores
Max Steiner wrote Casablanca's score.
Bernard Herrmann wrote Psycho's score.
Michael Curtiz directed Casablanca, and Max Steiner wrote the film's score.
The music in Casablanca was composed by Max Steiner.
The music in Vertigo was composed by Bernard Herrmann.
The camera work on Citizen Kane is by Gregg Toland.
The camera work on Psycho is by John L. Russell.
Casablanca and King Kong share a composer: both have music by Max Steiner.
Psycho and Vertigo share a composer; both have music by Bernard Herrmann.
Psycho and Rebecca share a director: both are directed by Alfred Hitchcock.
Citizen Kane has music by Bernard Herrmann, and Orson Welles both wrote and directed it.
Citizen Kane came out in 1941, and Orson Welles both wrote and directed it.
@digs
Lucy comes from Hadar.
Selam is from Dikika.
Turkana Boy is a skeleton from Nariokotome.
Taung Child is a skull from Taung.
Lucy, a skeleton from Hadar, was described by Donald Johanson.
Peking Man came from Zhoukoudian.
Allan Hills 84001 comes from Allan Hills.
Mrs. Ples is a skull from Sterkfontein.
Lucy was found at Hadar and Selam at Dikika; both sites lie in Ethiopia.
Donald Johanson is a paleontologist from Chicago.
@ancient
Krishna I built Kailasa Temple. The temple lies in India.
Klaus Schmidt excavated Gobekli Tepe. The site lies in Turkey.
Rajaraja I built Brihadeeswarar Temple, and the temple is dedicated to Shiva.
James Mellaart excavated Catalhoyuk. The site lies in Turkey.
Daya Ram Sahni excavated Harappa. The city lies in Pakistan.
Kayakoy lies in Turkey. The town lies in Turkey.
@patrons
Saint Patrick is the patron of Ireland.
Saint Cecilia is the patroness of musicians.
Joan of Arc is the patroness of France.
Saint George is the patron of England.
Saint Sebastian was born in Narbonne. He had himself served under Diocletian.
Saint Sebastian had himself served under Diocletian.
Joan of Arc was born in Domremy. She had herself served under Charles VII.
@movies
Elliot Goldenthal wrote Heat's score.
The camera work on Heat is by Dante Spinotti.
The music in Heat was composed by Elliot Goldenthal.
Heat has music by Elliot Goldenthal, and Michael Mann both wrote and directed it.
Jumanji and Balto share a composer: both have music by James Horner.
Leaving Las Vegas is a drama, and Mike Figgis both wrote and directed it.
"""

KNOWN = frozenset()

OPEN = frozenset({
    # "patroness" of a man: wrong in English, but the graph stores no sex (the next four too)
    'Saint Patrick is the patroness of Ireland.',
    'Saint George is the patroness of soldiers.',
    'Francis of Assisi is the patroness of animals.',
    'Saint Luke is the patroness of painters.',
    # the present perfect of a past fact: a tense slip rather than a false claim
    'Martin of Tours was born in Savaria. He has himself served under Constantius II.',
    # typed "fossil" only; "a fossil skull" says it is a skull (the graph does not say, the world does)
    'Peking Man is a fossil skull from Zhoukoudian.',
    # a skeleton typed "skeleton": "a skeleton fossil" adds fossil, which it is (not typed so)
    'Lucy is a skeleton fossil from Hadar.',
    # found at Hadar, which lies in Ethiopia: "from Ethiopia" is arguably true (and the next)
    'Lucy is a skeleton from Ethiopia.',
    'Lucy comes from Ethiopia.',
    # a skeleton typed "skeleton" is arguably a fossil
    'Lucy is a fossil from Hadar.',
    # true in meaning ("parks" for "National Parks"), so no false text; rejected
    'Banff and Jasper parks lie in Alberta.',
    # ancient cities and temples called "sites": not typed so, but in the world they are sites
    'Daya Ram Sahni excavated Harappa, and R. D. Banerji excavated Mohenjo-daro. Both sites lie in Pakistan.',
    'Krishna I built Kailasa Temple, and Rajaraja I built Brihadeeswarar Temple. Both sites lie in India.',
    'Krishna I built Kailasa Temple and Rajaraja I Brihadeeswarar Temple. Both sites are dedicated to Shiva.',
})

OPEN_TEXTS = r"""
@patrons
Saint Patrick is the patroness of Ireland.
Saint George is the patroness of soldiers.
Francis of Assisi is the patroness of animals.
Saint Luke is the patroness of painters.
Martin of Tours was born in Savaria. He has himself served under Constantius II.
@digs
Peking Man is a fossil skull from Zhoukoudian.
Lucy is a skeleton fossil from Hadar.
Lucy is a skeleton from Ethiopia.
Lucy comes from Ethiopia.
Lucy is a fossil from Hadar.
@realms
Banff and Jasper parks lie in Alberta.
@ancient
Daya Ram Sahni excavated Harappa, and R. D. Banerji excavated Mohenjo-daro. Both sites lie in Pakistan.
Krishna I built Kailasa Temple, and Rajaraja I built Brihadeeswarar Temple. Both sites lie in India.
Krishna I built Kailasa Temple and Rajaraja I Brihadeeswarar Temple. Both sites are dedicated to Shiva.
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
