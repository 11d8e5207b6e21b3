"""Red team round 192 on the session's readings as they stand after rounds 189-191: mostly (7)
a company "operates in" an industry -> "is in / works in / is active in / does business in", (13)
"Like A and B, C <predicate>" and (14) "P, where a(n) N is Z" / "P, where its / their N is Z"; the
rest on the edges of (1) schooling, (5) "passed away in" / "a native of", (9) "featured" ->
"had / used / relied on / came with", (10) engines, (11) "<work> is by <person>", (12) "Born in
<year>, X", (2) "one of its pupils", (3) surnames.

Graphs: the shipped example graph and seven of my own (see each builder's docstring):
"industries" (companies and military companies "operates in" industries / sectors, beside "left",
"supplies", "invested in"); "cities" (cities and teams that share one "was founded by"; cities lie
in a metropolitan area, a diocese, a river basin: no place type words); "schools" (one "attended"
for schools, boxing gyms typed "gymnasium", lecture lyceums typed "lyceum", the Royal College of
Physicians); "credits" (people as items; works and portrait sitters as attributes); "characters"
(fictional characters typed pilot / president / king / general, years of first appearance);
"machines" (fairs and a magazine issue that "featured" innovations / devices; engines); "lives"
(actors who "died in" films; animals "born in" captivity, typed "state").

Findings (101 of 289 false texts accepted; 12 arguable texts are OPEN; controls: 64 of 68
accepted). 5 of the 101 were accepted before the session too (the diff reversed on a copy of the
code): the older "P, where one of the / its Ns is Z" (2) and "X was born in <year>" / "X, born in
<year>, ..." (3). The other 96 are the session's:

* (1) 29. "attended" reads "studied at / was educated at / went to school at / was a student /
  pupil at / was schooled at / an alumnus of / its former students include" whenever every object
  type's last word is in _PUPIL_SCHOOLS: "gymnasium" (a boxing gym), "lyceum" (a lecture society
  of the lyceum movement), "college" (the Royal College of Physicians, a professional body):
  "Muhammad Ali went to school at the Fifth Street Gym", "Abraham Lincoln was a pupil at the Young
  Men's Lyceum of Springfield", "William Harvey was educated at the Royal College of Physicians".
  Surnames carry it ("Lincoln was educated at ...").
* (14) 8 + 9. "X is based in P, where their / its N is Z" reads "their" / "its" as P's (the
  new its / their branch has no check on what "its" names): a team's founder taken for the
  city's ("The Dodgers are based in Los Angeles, where their founder is Felipe de Neve", "Arsenal is
  based in London, where its founder is Aulus Plautius"). And "P, where a(n) N is Z" takes a unit
  that P lies in for one in P whenever its type has no place word (metropolitan area, diocese, river
  basin): "Arlington, where a metropolitan area is the Dallas–Fort Worth metroplex, is in Texas",
  "Arlington, where a diocese is the Diocese of Fort Worth, ..." (the older "one of the / its Ns"
  does the same: 2 more, accepted before the session).
* (9) 15. "featured" -> "used / relied on / came with" is given for objects typed "innovation" or
  "device" whatever the subject: a fair that exhibited them, a magazine issue whose cover showed
  one: "The Centennial Exposition relied on the telephone", "The Great Exhibition used the Colt
  revolver", "The January 1975 issue of Popular Electronics came with the Altair 8800".
* (5) 9 + 6. "died in" -> "passed away in" where an actor "died in" a film (his character did):
  "Sean Bean passed away in GoldenEye", "John Hurt passed away in Alien"; "was born in" ->
  "is / was a native of" where the object is typed "state" (a birthplace word) but is a condition:
  "Knut is a native of captivity".
* (12) 8. "Born in <year>, X ..." dates fictional characters typed with person words (pilot,
  president, politician, king, general) whose years are first appearances: "Born in 1977, Han Solo
  appears in Star Wars", "Born in 1954, King Théoden is played by Bernard Hill".
* (11) 7. "<work> is by <person>" where the "work" is a portrait's sitter: "painted a portrait of"
  has "painted", a verb of conceiving: "Napoleon is by Jacques-Louis David", "Virginie Gautreau is
  by Sargent".
* (7) 5. "operates in" -> "does business in" between military companies (typed "company") and
  sectors of a front (typed "sector"): "Easy Company does business in the Carentan sector".

Held: (13) every "Like A and B, C ..." (B without the predicate, three names, "both", "also", "as
well as", "or", "unlike", mid-sentence "like", C and D, relatives, years, appositions, negation);
(7) supplied / left / invested-in industries, negation, "no longer", "only", past, direction,
lists, "with", "like", wrong chiefs and exchanges; (14) adjectives ("former", "first", "only",
"old"), negation, wrong values, non-places with "a", unit of another place; (8) wrong
headquarters; (1) wrong school, present tense, "graduated from", a trainer as teacher; (11)
illustrator, costume / set designer, critic, translator, librettist, foreword writer; (12) wrong
years, films, actors; (9) wrong objects, direction, negation, present; (10) wrong makers,
direction, negation, "propelled"; (5) wrong films, towns, zoos, states.

Controls rejected: "The Texas Rangers are based in Arlington, where their founder is Elwood
Quesada." and "The Raiders are based in Las Vegas, where their owner is Mark Davis." (the team's
own founder / owner: "their" read as the city's); "Las Vegas, where one of the stadiums is Sam Boyd
Stadium, is in Nevada." (wrong_relation: the noun "stadium" is the teams' "is the stadium of");
"E.T. the Extra-Terrestrial, like Jaws and Hook, was directed by Steven Spielberg." (mid-sentence
"like A and B": nothing_shared).
"""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=(), aliases=None):
    aliases = dict(aliases or {})
    ents = [E(k, kind="item", type=t, label=n, aliases=aliases.get(k, ()),
              attrs={"year": y} if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n, aliases=aliases.get(k, ())) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    """Triples of one relation from (head, tail) pairs."""
    return [(h, rel, t) for h, t in pairs]


def movies():
    """The shipped example graph (MovieLens films, DBpedia credits, user ratings and tags)."""
    return kgx.KnowledgeGraph.example()


def industries():
    """(7) Companies (items typed "company") that "operates in" industries (typed "industry") and
    the financial sector (typed "sector"), but also Easy Company and Dog Company, military companies
    (typed "company" too) that "operates in" sectors of a front (typed "sector": Carentan, Bastogne).
    Besides: "left" (Nokia left rubber and paper, Samsung left retail), "supplies" (Caterpillar
    supplies mining and construction, Bosch automobiles), "invested in" (SoftBank, Toyota in
    ride-hailing), (8) "is headquartered in", "is led by", "is listed on" stock exchanges."""
    rels = [
        R("operates_in", phrase="operates in", inverse_phrase="includes the company", domain=("company",),
          range=("industry", "sector")),
        R("left", phrase="left", inverse_phrase="was left by", domain=("company",), range=("industry", "sector")),
        R("supplies", phrase="supplies", inverse_phrase="is supplied by", domain=("company",), range=("industry", "sector")),
        R("invested", phrase="invested in", inverse_phrase="attracted investment from", domain=("company",),
          range=("industry", "sector")),
        R("hq", phrase="is headquartered in", inverse_phrase="is the headquarters city of", domain=("company",), range=("city",)),
        R("led_by", phrase="is led by", inverse_phrase="leads", domain=("company",), range=("person",)),
        R("listed_on", phrase="is listed on", inverse_phrase="lists", domain=("company",), range=("stock exchange",)),
    ]
    items = {"f:apple": ("company", "Apple", 1976), "f:samsung": ("company", "Samsung", 1938),
             "f:nokia": ("company", "Nokia", 1865), "f:cat": ("company", "Caterpillar", 1925),
             "f:softbank": ("company", "SoftBank", 1981), "f:walmart": ("company", "Walmart", 1962),
             "f:goldman": ("company", "Goldman Sachs", 1869), "f:toyota": ("company", "Toyota", 1937),
             "f:bosch": ("company", "Bosch", 1886),
             "f:easy": ("company", "Easy Company", 1942), "f:dog": ("company", "Dog Company", 1942)}
    others = {"i:electronics": ("industry", "consumer electronics"), "i:software": ("industry", "software"),
              "i:retail": ("industry", "retail"), "i:telecom": ("industry", "telecommunications"),
              "i:rubber": ("industry", "rubber"), "i:paper": ("industry", "paper"), "i:mining": ("industry", "mining"),
              "i:construction": ("industry", "construction"), "i:machinery": ("industry", "heavy machinery"),
              "i:ridehailing": ("industry", "ride-hailing"), "i:banking": ("industry", "banking"),
              "i:autos": ("industry", "automobiles"), "i:engineering": ("industry", "engineering"),
              "i:finance": ("sector", "the financial sector"),
              "s:carentan": ("sector", "the Carentan sector"), "s:bastogne": ("sector", "the Bastogne sector"),
              "c:cupertino": ("city", "Cupertino"), "c:suwon": ("city", "Suwon"), "c:espoo": ("city", "Espoo"),
              "c:irving": ("city", "Irving"), "c:tokyo": ("city", "Tokyo"), "c:bentonville": ("city", "Bentonville"),
              "c:nyc": ("city", "New York City"), "c:toyota": ("city", "Toyota City"), "c:gerlingen": ("city", "Gerlingen"),
              "p:cook": ("person", "Tim Cook"), "p:lee": ("person", "Lee Jae-yong"), "p:lundmark": ("person", "Pekka Lundmark"),
              "p:mcmillon": ("person", "Doug McMillon"), "p:winters": ("person", "Richard Winters"),
              "p:son": ("person", "Masayoshi Son"),
              "x:nasdaq": ("stock exchange", "Nasdaq"), "x:krx": ("stock exchange", "the Korea Exchange"),
              "x:tse": ("stock exchange", "the Tokyo Stock Exchange"), "x:helsinki": ("stock exchange", "Nasdaq Helsinki"),
              "x:nyse": ("stock exchange", "the New York Stock Exchange")}
    T_ = _t("operates_in", [("f:apple", "i:electronics"), ("f:apple", "i:software"), ("f:apple", "i:retail"),
                            ("f:samsung", "i:electronics"), ("f:samsung", "i:construction"), ("f:nokia", "i:telecom"),
                            ("f:cat", "i:machinery"), ("f:softbank", "i:telecom"), ("f:walmart", "i:retail"),
                            ("f:goldman", "i:banking"), ("f:goldman", "i:finance"), ("f:toyota", "i:autos"),
                            ("f:bosch", "i:engineering"), ("f:easy", "s:carentan"), ("f:dog", "s:bastogne")])
    T_ += _t("left", [("f:nokia", "i:rubber"), ("f:nokia", "i:paper"), ("f:samsung", "i:retail")])
    T_ += _t("supplies", [("f:cat", "i:mining"), ("f:cat", "i:construction"), ("f:bosch", "i:autos")])
    T_ += _t("invested", [("f:softbank", "i:ridehailing"), ("f:toyota", "i:ridehailing")])
    T_ += _t("hq", [("f:apple", "c:cupertino"), ("f:samsung", "c:suwon"), ("f:nokia", "c:espoo"), ("f:cat", "c:irving"),
                    ("f:softbank", "c:tokyo"), ("f:walmart", "c:bentonville"), ("f:goldman", "c:nyc"),
                    ("f:toyota", "c:toyota"), ("f:bosch", "c:gerlingen")])
    T_ += _t("led_by", [("f:apple", "p:cook"), ("f:samsung", "p:lee"), ("f:nokia", "p:lundmark"),
                        ("f:walmart", "p:mcmillon"), ("f:easy", "p:winters"), ("f:softbank", "p:son")])
    T_ += _t("listed_on", [("f:apple", "x:nasdaq"), ("f:samsung", "x:krx"), ("f:toyota", "x:tse"),
                           ("f:nokia", "x:helsinki"), ("f:walmart", "x:nyse"), ("f:cat", "x:nyse")])
    return _build(items, others, rels, T_)


def cities():
    """(14) Cities (items) with a mayor ("is the mayor of"), stadiums, a founder ("was founded by":
    Felipe de Neve founded Los Angeles, William A. Clark Las Vegas), a metropolitan area, a diocese
    and a river basin they lie in (typed "metropolitan area", "diocese", "river basin": no place
    words), and the state they are in; teams (items) based in them, with their own founders (the
    same relation), owners and stadiums. "The Dodgers are based in Los Angeles, where their founder
    is Felipe de Neve" is false: the Dodgers were founded by Charles Byrne."""
    rels = [
        R("mayor", phrase="is governed by", inverse_phrase="is the mayor of", domain=("city",), range=("politician",)),
        R("stadium", phrase="is home to the stadium", inverse_phrase="is a stadium in", domain=("city",), range=("stadium",)),
        R("founder", phrase="was founded by", inverse_phrase="founded", domain=("city", "team"), range=("person", "politician")),
        R("plays_at", phrase="plays at", inverse_phrase="is the stadium of", domain=("team",), range=("stadium",)),
        R("based_in", phrase="is based in", inverse_phrase="is the home of", domain=("team",), range=("city",)),
        R("owner", phrase="is owned by", inverse_phrase="owns", domain=("team",), range=("person",)),
        R("metro", phrase="is part of", inverse_phrase="includes", domain=("city",), range=("metropolitan area",)),
        R("diocese", phrase="lies in the diocese of", inverse_phrase="is the diocese of", domain=("city",), range=("diocese",)),
        R("basin", phrase="lies in", inverse_phrase="is the river basin of", domain=("city",), range=("river basin",)),
        R("twin", phrase="is twinned with", inverse_phrase="is twinned with", domain=("city",), range=("city",)),
        R("in_state", phrase="is in", inverse_phrase="contains", domain=("city",), range=("state",)),
    ]
    items = {"c:lv": ("city", "Las Vegas", 1905), "c:la": ("city", "Los Angeles", 1781), "c:london": ("city", "London", 47),
             "c:fw": ("city", "Fort Worth", 1849), "c:oakland": ("city", "Oakland", 1852),
             "t:raiders": ("team", "the Raiders", 1960), "t:dodgers": ("team", "the Dodgers", 1883),
             "t:arsenal": ("team", "Arsenal", 1886), "t:spurs": ("team", "Tottenham Hotspur", 1882),
             "t:rangers": ("team", "the Texas Rangers", 1961), "c:arlington": ("city", "Arlington", 1876)}
    others = {"p:goodman": ("politician", "Carolyn Goodman"), "p:bass": ("politician", "Karen Bass"),
              "p:khan": ("politician", "Sadiq Khan"), "p:parker": ("politician", "Mattie Parker"),
              "p:barbara": ("politician", "Barbara Lee"),
              "p:deneve": ("person", "Felipe de Neve"), "p:clark": ("person", "William A. Clark"),
              "p:davis": ("person", "Al Davis"), "p:byrne": ("person", "Charles Byrne"),
              "p:woolwich": ("person", "David Danskin"), "p:mdavis": ("person", "Mark Davis"),
              "p:walter": ("person", "Mark Walter"), "p:kroenke": ("person", "Stan Kroenke"),
              "p:levy": ("person", "Daniel Levy"), "p:arnold": ("person", "Ripley Arnold"),
              "s:allegiant": ("stadium", "Allegiant Stadium"), "s:samboyd": ("stadium", "Sam Boyd Stadium"),
              "s:dodger": ("stadium", "Dodger Stadium"), "s:coliseum": ("stadium", "the Los Angeles Memorial Coliseum"),
              "s:sofi": ("stadium", "SoFi Stadium"), "s:wembley": ("stadium", "Wembley Stadium"),
              "s:emirates": ("stadium", "the Emirates Stadium"), "s:thfc": ("stadium", "the Tottenham Hotspur Stadium"),
              "s:coliseum_o": ("stadium", "the Oakland Coliseum"), "s:globe": ("stadium", "Globe Life Field"),
              "m:dfw": ("metropolitan area", "the Dallas–Fort Worth metroplex"),
              "m:bay": ("metropolitan area", "the San Francisco Bay Area"),
              "d:fortworth": ("diocese", "the Diocese of Fort Worth"), "d:oakland": ("diocese", "the Diocese of Oakland"),
              "p:plautius": ("person", "Aulus Plautius"), "p:johnson": ("person", "Middleton Tate Johnson"),
              "p:quesada": ("person", "Elwood Quesada"), "p:ross": ("politician", "Jim Ross"),
              "b:trinity": ("river basin", "the Trinity River basin"),
              "st:nv": ("state", "Nevada"), "st:ca": ("state", "California"), "st:tx": ("state", "Texas")}
    T_ = _t("mayor", [("c:lv", "p:goodman"), ("c:la", "p:bass"), ("c:london", "p:khan"), ("c:fw", "p:parker"),
                      ("c:oakland", "p:barbara")])
    T_ += _t("stadium", [("c:lv", "s:allegiant"), ("c:lv", "s:samboyd"), ("c:la", "s:dodger"), ("c:la", "s:coliseum"),
                         ("c:la", "s:sofi"), ("c:london", "s:wembley"), ("c:london", "s:emirates"), ("c:london", "s:thfc"),
                         ("c:oakland", "s:coliseum_o")])
    T_ += _t("founder", [("c:lv", "p:clark"), ("c:la", "p:deneve"), ("c:fw", "p:arnold"), ("t:raiders", "p:davis"),
                         ("c:london", "p:plautius"), ("c:arlington", "p:johnson"), ("t:rangers", "p:quesada"),
                         ("t:dodgers", "p:byrne"), ("t:arsenal", "p:woolwich")])
    T_ += _t("plays_at", [("t:raiders", "s:allegiant"), ("t:dodgers", "s:dodger"), ("t:arsenal", "s:emirates"),
                          ("t:spurs", "s:thfc"), ("t:rangers", "s:globe")])
    T_ += _t("based_in", [("t:raiders", "c:lv"), ("t:dodgers", "c:la"), ("t:arsenal", "c:london"), ("t:spurs", "c:london"),
                          ("t:rangers", "c:arlington")])
    T_ += _t("owner", [("t:raiders", "p:mdavis"), ("t:dodgers", "p:walter"), ("t:arsenal", "p:kroenke"), ("t:spurs", "p:levy")])
    T_ += _t("metro", [("c:fw", "m:dfw"), ("c:oakland", "m:bay"), ("c:arlington", "m:dfw")])
    T_ += _t("diocese", [("c:fw", "d:fortworth"), ("c:oakland", "d:oakland"), ("c:arlington", "d:fortworth")])
    T_ += _t("basin", [("c:fw", "b:trinity"), ("c:arlington", "b:trinity")])
    T_ += _t("mayor", [("c:arlington", "p:ross")])
    T_ += _t("twin", [("c:lv", "c:la")])
    T_ += _t("in_state", [("c:lv", "st:nv"), ("c:la", "st:ca"), ("c:fw", "st:tx"), ("c:oakland", "st:ca"),
                            ("c:arlington", "st:tx")])
    return _build(items, others, rels, T_)



def schools():
    """(1) People (items: boxers, a politician, poets, a scientist) and ONE relation "attended"
    whose objects' type words are all school words of the session's list (gymnasium, lyceum,
    school, college): real schools (Central High School, Harvard College), but also boxing gyms
    (typed "gymnasium": the Fifth Street Gym, where Ali trained), lyceums of the American lecture
    movement (typed "lyceum": Lincoln gave his Lyceum Address at the Young Men's Lyceum of
    Springfield; Emerson and Thoreau lectured at the Concord Lyceum) and the Royal College of
    Physicians (typed "college": Harvey was a Fellow; he studied at Caius and Padua). Also "was born
    in", "was trained by"."""
    rels = [
        R("attended", phrase="attended", inverse_phrase="was attended by", domain=("boxer", "politician", "poet", "scientist"),
          range=("gymnasium", "lyceum", "school", "college")),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("trained_by", phrase="was trained by", inverse_phrase="trained", domain=("boxer",), range=("coach",)),
    ]
    items = {"p:ali": ("boxer", "Muhammad Ali", 1942), "p:frazier": ("boxer", "Joe Frazier", 1944),
             "p:lincoln": ("politician", "Abraham Lincoln", 1809), "p:emerson": ("poet", "Ralph Waldo Emerson", 1803),
             "p:harvey": ("scientist", "William Harvey", 1578), "p:thoreau": ("poet", "Henry David Thoreau", 1817)}
    others = {"g:fifth": ("gymnasium", "the Fifth Street Gym"), "g:cloverlay": ("gymnasium", "the Cloverlay Gym"),
              "l:springfield": ("lyceum", "the Young Men's Lyceum of Springfield"), "l:concord": ("lyceum", "the Concord Lyceum"),
              "s:central": ("school", "Central High School"), "s:harvard": ("college", "Harvard College"),
              "s:rcp": ("college", "the Royal College of Physicians"), "s:caius": ("college", "Gonville and Caius College"),
              "s:beaufort": ("school", "Robert Smalls School"),
              "c:louisville": ("city", "Louisville"), "c:beaufort": ("city", "Beaufort"), "c:hodgenville": ("city", "Hodgenville"),
              "c:boston": ("city", "Boston"), "c:folkestone": ("city", "Folkestone"), "c:concord": ("city", "Concord"),
              "k:dundee": ("coach", "Angelo Dundee"), "k:durham": ("coach", "Yank Durham")}
    T_ = _t("attended", [("p:ali", "g:fifth"), ("p:ali", "s:central"), ("p:frazier", "g:cloverlay"), ("p:frazier", "s:beaufort"),
                         ("p:lincoln", "l:springfield"), ("p:emerson", "l:concord"), ("p:emerson", "s:harvard"),
                         ("p:harvey", "s:rcp"), ("p:harvey", "s:caius"), ("p:thoreau", "l:concord"), ("p:thoreau", "s:harvard")])
    T_ += _t("born_in", [("p:ali", "c:louisville"), ("p:frazier", "c:beaufort"), ("p:lincoln", "c:hodgenville"),
                         ("p:emerson", "c:boston"), ("p:harvey", "c:folkestone"), ("p:thoreau", "c:concord")])
    T_ += _t("trained_by", [("p:ali", "k:dundee"), ("p:frazier", "k:durham")])
    return _build(items, others, rels, T_)


def credits():
    """People are items (a costume designer, a critic, a portrait painter, an illustrator, a set
    designer, a translator, a novelist, a composer, a choreographer); works and sitters are
    attributes."""
    rels = [
        R("wrote", phrase="wrote", inverse_phrase="was written by", domain=("novelist", "poet"), range=("novel", "poem")),
        R("composed", phrase="composed", inverse_phrase="was composed by", domain=("composer",), range=("ballet", "opera")),
        R("costumes", phrase="designed the costumes for", inverse_phrase="has costumes by", domain=("designer",), range=("film", "ballet")),
        R("sets", phrase="designed the sets for", inverse_phrase="has sets by", domain=("designer",), range=("opera", "ballet")),
        R("review", phrase="wrote a review of", inverse_phrase="was reviewed by", domain=("journalist",), range=("novel", "film")),
        R("portrait", phrase="painted a portrait of", inverse_phrase="was painted by", domain=("painter",), range=("sitter",)),
        R("illustrated", phrase="drew the illustrations for", inverse_phrase="was illustrated by", domain=("illustrator",),
          range=("novel",)),
        R("translated", phrase="translated", inverse_phrase="was translated by", domain=("translator",), range=("novel", "poem")),
        R("libretto", phrase="wrote the libretto for", inverse_phrase="has a libretto by", domain=("librettist",), range=("opera",)),
        R("foreword", phrase="wrote the foreword to", inverse_phrase="has a foreword by", domain=("novelist", "poet"), range=("novel",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
    ]
    items = {"p:carroll": ("novelist", "Lewis Carroll", 1832), "p:tenniel": ("illustrator", "John Tenniel", 1820),
             "p:tchaikovsky": ("composer", "Pyotr Ilyich Tchaikovsky", 1840), "p:bakst": ("designer", "Léon Bakst", 1866),
             "p:head": ("designer", "Edith Head", 1897), "p:kael": ("journalist", "Pauline Kael", 1919),
             "p:david": ("painter", "Jacques-Louis David", 1748), "p:sargent": ("painter", "John Singer Sargent", 1856),
             "p:pevear": ("translator", "Richard Pevear", 1943), "p:dostoevsky": ("novelist", "Fyodor Dostoevsky", 1821),
             "p:verdi": ("composer", "Giuseppe Verdi", 1813), "p:boito": ("librettist", "Arrigo Boito", 1842),
             "p:orwell": ("novelist", "George Orwell", 1903), "p:eliot": ("poet", "T. S. Eliot", 1888),
             "p:kipling": ("novelist", "Rudyard Kipling", 1865)}
    others = {"w:alice": ("novel", "Alice's Adventures in Wonderland"), "w:swan": ("ballet", "Swan Lake"),
              "w:sleeping": ("ballet", "The Sleeping Beauty"), "w:otello": ("opera", "Otello"),
              "w:roman": ("film", "Roman Holiday"), "w:bonnie": ("film", "Bonnie and Clyde"),
              "w:crime": ("novel", "Crime and Punishment"), "w:animal": ("novel", "Animal Farm"),
              "w:waste": ("poem", "The Waste Land"), "w:kim": ("novel", "Kim"),
              "s:napoleon": ("sitter", "Napoleon"), "s:madamex": ("sitter", "Virginie Gautreau"),
              "s:recamier": ("sitter", "Juliette Récamier"),
              "c:daresbury": ("city", "Daresbury"), "c:london": ("city", "London"), "c:votkinsk": ("city", "Votkinsk"),
              "c:grodno": ("city", "Grodno"), "c:sanbern": ("city", "San Bernardino"), "c:petaluma": ("city", "Petaluma"),
              "c:paris": ("city", "Paris"), "c:florence": ("city", "Florence"), "c:boston": ("city", "Boston"),
              "c:moscow": ("city", "Moscow"), "c:roncole": ("city", "Le Roncole"), "c:padua": ("city", "Padua"),
              "c:motihari": ("city", "Motihari"), "c:stlouis": ("city", "St. Louis"), "c:bombay": ("city", "Bombay")}
    T_ = _t("wrote", [("p:carroll", "w:alice"), ("p:dostoevsky", "w:crime"), ("p:orwell", "w:animal"), ("p:eliot", "w:waste"),
                      ("p:kipling", "w:kim")])
    T_ += _t("composed", [("p:tchaikovsky", "w:swan"), ("p:tchaikovsky", "w:sleeping"), ("p:verdi", "w:otello")])
    T_ += _t("costumes", [("p:head", "w:roman"), ("p:bakst", "w:sleeping")])
    T_ += _t("sets", [("p:bakst", "w:sleeping")])
    T_ += _t("review", [("p:kael", "w:bonnie"), ("p:orwell", "w:kim")])
    T_ += _t("portrait", [("p:david", "s:napoleon"), ("p:david", "s:recamier"), ("p:sargent", "s:madamex")])
    T_ += _t("illustrated", [("p:tenniel", "w:alice")])
    T_ += _t("translated", [("p:pevear", "w:crime")])
    T_ += _t("libretto", [("p:boito", "w:otello")])
    T_ += _t("foreword", [("p:eliot", "w:kim")])
    T_ += _t("born_in", [("p:carroll", "c:daresbury"), ("p:tenniel", "c:london"), ("p:tchaikovsky", "c:votkinsk"),
                         ("p:bakst", "c:grodno"), ("p:head", "c:sanbern"), ("p:kael", "c:petaluma"), ("p:david", "c:paris"),
                         ("p:sargent", "c:florence"), ("p:pevear", "c:boston"), ("p:dostoevsky", "c:moscow"),
                         ("p:verdi", "c:roncole"), ("p:boito", "c:padua"), ("p:orwell", "c:motihari"),
                         ("p:eliot", "c:stlouis"), ("p:kipling", "c:bombay")])
    return _build(items, others, rels, T_)


def characters():
    """Fictional characters (items) typed with person words (pilot, president, king, general); each
    item's year is the year of the first appearance, no birth."""
    rels = [R("appears_in", phrase="appears in", inverse_phrase="features", range=("film", "series")),
            R("played_by", phrase="is played by", inverse_phrase="plays", range=("actor",))]
    items = {"c:solo": ("pilot", "Han Solo", 1977), "c:maverick": ("pilot", "Pete Mitchell", 1986),
             "c:bartlet": ("president", "Josiah Bartlet", 1999), "c:underwood": ("politician", "Frank Underwood", 2013),
             "c:theoden": ("king", "King Théoden", 1954), "c:ripper": ("general", "Jack D. Ripper", 1964)}
    others = {"w:sw": ("film", "Star Wars"), "w:topgun": ("film", "Top Gun"), "w:ww": ("series", "The West Wing"),
              "w:hoc": ("series", "House of Cards"), "w:lotr": ("film", "The Two Towers"), "w:strangelove": ("film", "Dr. Strangelove"),
              "a:ford": ("actor", "Harrison Ford"), "a:cruise": ("actor", "Tom Cruise"), "a:sheen": ("actor", "Martin Sheen"),
              "a:spacey": ("actor", "Kevin Spacey"), "a:hill": ("actor", "Bernard Hill"), "a:hayden": ("actor", "Sterling Hayden")}
    T_ = _t("appears_in", [("c:solo", "w:sw"), ("c:maverick", "w:topgun"), ("c:bartlet", "w:ww"), ("c:underwood", "w:hoc"),
                           ("c:theoden", "w:lotr"), ("c:ripper", "w:strangelove")])
    T_ += _t("played_by", [("c:solo", "a:ford"), ("c:maverick", "a:cruise"), ("c:bartlet", "a:sheen"), ("c:underwood", "a:spacey"),
                           ("c:theoden", "a:hill"), ("c:ripper", "a:hayden")])
    return _build(items, others, rels, T_)


def machines():
    """Exhibitions and a magazine issue that "featured" innovations / devices (shown, not used); cars
    that "featured" features (controls); cars "powered by an engine from" makers; actors who "died
    in" films (their characters did); animals "born in" captivity (typed "state")."""
    rels = [
        R("featured", phrase="featured", inverse_phrase="was featured in", domain=("exhibition", "issue", "car"),
          range=("innovation", "device", "feature")),
        R("engine", phrase="was powered by an engine from", inverse_phrase="supplied the engine of", domain=("car",),
          range=("manufacturer",)),
        R("held_in", phrase="was held in", inverse_phrase="hosted", domain=("exhibition",), range=("city",)),
        R("published_by", phrase="was published by", inverse_phrase="published", domain=("issue",), range=("publisher",)),
    ]
    items = {"x:centennial": ("exhibition", "the Centennial Exposition", 1876),
             "x:great": ("exhibition", "the Great Exhibition", 1851),
             "x:macworld": ("exhibition", "Macworld 2007", 2007),
             "m:pe": ("issue", "the January 1975 issue of Popular Electronics", 1975),
             "v:lotus25": ("car", "the Lotus 25", 1962), "v:cobra": ("car", "the AC Cobra", 1962),
             "v:elise": ("car", "the Lotus Elise", 1996)}
    others = {"n:telephone": ("innovation", "the telephone"), "n:corliss": ("innovation", "the Corliss engine"),
              "n:typewriter": ("innovation", "the typewriter"), "n:reaper": ("innovation", "the McCormick reaper"),
              "n:colt": ("innovation", "the Colt revolver"), "d:iphone": ("device", "the iPhone"),
              "d:appletv": ("device", "the Apple TV"), "d:altair": ("device", "the Altair 8800"),
              "f:monocoque": ("feature", "a monocoque chassis"), "f:coil": ("feature", "coil springs"),
              "f:alu": ("feature", "an aluminium chassis"),
              "k:ford": ("manufacturer", "Ford"), "k:rover": ("manufacturer", "Rover"), "k:climax": ("manufacturer", "Coventry Climax"),
              "c:philadelphia": ("city", "Philadelphia"), "c:london": ("city", "London"), "c:sf": ("city", "San Francisco"),
              "u:ziff": ("publisher", "Ziff Davis")}
    T_ = _t("featured", [("x:centennial", "n:telephone"), ("x:centennial", "n:corliss"), ("x:centennial", "n:typewriter"),
                         ("x:great", "n:reaper"), ("x:great", "n:colt"), ("x:macworld", "d:iphone"), ("x:macworld", "d:appletv"),
                         ("m:pe", "d:altair"), ("v:lotus25", "f:monocoque"), ("v:cobra", "f:coil"), ("v:elise", "f:alu")])
    T_ += _t("engine", [("v:lotus25", "k:climax"), ("v:cobra", "k:ford"), ("v:elise", "k:rover")])
    T_ += _t("held_in", [("x:centennial", "c:philadelphia"), ("x:great", "c:london"), ("x:macworld", "c:sf")])
    T_ += _t("published_by", [("m:pe", "u:ziff")])
    return _build(items, others, rels, T_)


def lives():
    """Actors (items) who "died in" films (their characters did: Sean Bean dies in many films) and
    "was born in" towns; animals (items) "was born in" the wild or captivity (typed "state") and
    "died in" zoos."""
    rels = [
        R("died_in", phrase="died in", inverse_phrase="saw the death of", domain=("actor", "bear", "gorilla"),
          range=("film", "zoo")),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("actor",), range=("town",)),
        R("born_state", phrase="was born in", inverse_phrase="is the birth state of", domain=("bear", "gorilla"),
          range=("state",)),
    ]
    items = {"a:bean": ("actor", "Sean Bean", 1959), "a:hurt": ("actor", "John Hurt", 1940),
             "a:jackson": ("actor", "Samuel L. Jackson", 1948),
             "z:knut": ("bear", "Knut", 2006), "z:harambe": ("gorilla", "Harambe", 1999), "z:koko": ("gorilla", "Koko", 1971),
             "z:guy": ("gorilla", "Guy", 1946)}
    others = {"f:goldeneye": ("film", "GoldenEye"), "f:ronin": ("film", "Ronin"), "f:alien": ("film", "Alien"),
              "f:deep": ("film", "Deep Blue Sea"), "f:jp": ("film", "Jurassic Park"),
              "z:berlin": ("zoo", "Berlin Zoo"), "z:cincinnati": ("zoo", "Cincinnati Zoo"), "z:london": ("zoo", "London Zoo"),
              "s:captivity": ("state", "captivity"), "s:wild": ("state", "the wild"),
              "t:sheffield": ("town", "Sheffield"), "t:chesterfield": ("town", "Chesterfield"), "t:washington": ("town", "Washington, D.C.")}
    T_ = _t("died_in", [("a:bean", "f:goldeneye"), ("a:bean", "f:ronin"), ("a:hurt", "f:alien"), ("a:jackson", "f:deep"),
                        ("a:jackson", "f:jp"), ("z:knut", "z:berlin"), ("z:harambe", "z:cincinnati"), ("z:guy", "z:london")])
    T_ += _t("born_in", [("a:bean", "t:sheffield"), ("a:hurt", "t:chesterfield"), ("a:jackson", "t:washington")])
    T_ += _t("born_state", [("z:knut", "s:captivity"), ("z:harambe", "s:captivity"), ("z:koko", "s:captivity"), ("z:guy", "s:wild")])
    return _build(items, others, rels, T_)


BUILDERS = {"movies": movies, "industries": industries, "cities": cities, "schools": schools, "credits": credits,
            "characters": characters, "machines": machines, "lives": lives}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@industries
# (7) military companies (typed "company") "operates in" sectors of a front (typed "sector", an
# industry word): read "does business in"
Easy Company does business in the Carentan sector.
Dog Company does business in the Bastogne sector.
Easy Company, led by Richard Winters, does business in the Carentan sector.
Easy Company does business in the Carentan sector and is led by Richard Winters.
Richard Winters leads Easy Company, which does business in the Carentan sector.
Easy Company is in the Carentan sector and does business there.
# (7) supplied, left, invested-in industries; wrong industry, negation, past, direction, lists (held?)
Nokia is in rubber.
Nokia works in paper.
Nokia is active in rubber.
Nokia does business in paper.
Caterpillar is in mining.
Caterpillar does business in mining.
Caterpillar works in construction.
Caterpillar is active in construction.
SoftBank is in ride-hailing.
SoftBank does business in ride-hailing.
Toyota is active in ride-hailing.
Bosch is in automobiles.
Bosch works in automobiles.
Samsung is in retail.
Samsung does business in retail.
Apple is no longer in retail.
Apple is not in retail.
Apple is only in retail.
Apple is in retail since 1976.
Apple and Samsung are in software.
Both Apple and Samsung are in retail.
Apple, Walmart and Samsung are in retail.
Tim Cook works in retail.
Tim Cook runs Apple and works in retail.
Retail is in Apple.
Software works in Apple.
Cupertino is in retail.
Apple is in retail and banking.
Apple is in retail, and Samsung in banking.
Apple is in retail, software and telecommunications.
SoftBank is in telecommunications and ride-hailing.
Nokia is in telecommunications and rubber.
Samsung, which is in retail, is led by Lee Jae-yong.
Toyota, which is in automobiles, is in ride-hailing.
Apple is in retail in Espoo.
Samsung is in construction with Walmart.
Apple is in software with Walmart.
Like Apple and Samsung, Walmart is in retail.
Like Walmart and Samsung, Apple is in retail.
Like Nokia and SoftBank, Apple is in telecommunications.
Like Caterpillar and Samsung, Bosch is in construction.
Apple is in retail, just like Samsung and Walmart.
Apple is in software, and so is Walmart.
Apple is in retail, as is Samsung.
Walmart does business in consumer electronics.
Goldman Sachs is in retail.
Goldman Sachs works in the Carentan sector.
Easy Company does business in the Bastogne sector.
Easy Company is in banking.
# (8) headquarters, (7) exchanges and chiefs (held?)
Nokia, with its headquarters in Espoo, is in rubber.
Nokia, with its headquarters in Cupertino, is in telecommunications.
Samsung has its headquarters in Cupertino.
Apple's headquarters are in Suwon.
Walmart, with its headquarters in Tokyo, is in retail.
Samsung trades on Nasdaq.
Toyota is traded on the Korea Exchange.
Lee Jae-yong runs Apple.
Apple is run by Doug McMillon.
@cities
# (14) "X is based in P, where their / its N is Z": "their" / "its" is the team's, the checker reads
# P's N (the city's founder)
The Dodgers are based in Los Angeles, where their founder is Felipe de Neve.
The Raiders are based in Las Vegas, where their founder is William A. Clark.
The Texas Rangers are based in Arlington, where their founder is Middleton Tate Johnson.
Arsenal is based in London, where its founder is Aulus Plautius.
Tottenham Hotspur is based in London, where its founder is Aulus Plautius.
The Dodgers, owned by Mark Walter, are based in Los Angeles, where their founder is Felipe de Neve.
The Raiders play at Allegiant Stadium and are based in Las Vegas, where their founder is William A. Clark.
Arsenal, which plays at the Emirates Stadium, is based in London, where its founder is Aulus Plautius.
# (14) "P, where a(n) N is Z": a unit that P lies in (a metropolitan area, a diocese, a river basin)
# said to lie in P
Fort Worth, where a metropolitan area is the Dallas–Fort Worth metroplex, is in Texas.
Arlington, where a metropolitan area is the Dallas–Fort Worth metroplex, is in Texas.
Oakland, where a metropolitan area is the San Francisco Bay Area, is in California.
Arlington, where a diocese is the Diocese of Fort Worth, is in Texas.
Arlington, where a river basin is the Trinity River basin, is in Texas.
Fort Worth, where a river basin is the Trinity River basin, is in Texas.
The Texas Rangers are based in Arlington, where a diocese is the Diocese of Fort Worth.
The Texas Rangers are based in Arlington, where a metropolitan area is the Dallas–Fort Worth metroplex.
Arlington, where a metropolitan area is the Dallas–Fort Worth metroplex, lies in the Diocese of Fort Worth.
Arlington, where one of the dioceses is the Diocese of Fort Worth, is in Texas.
Arlington, where one of its metropolitan areas is the Dallas–Fort Worth metroplex, is in Texas.
# (14) adjectives, negation, wrong values, non-places, stadiums (held?)
Las Vegas, where a former mayor is Carolyn Goodman, is in Nevada.
Las Vegas, where the first mayor is Carolyn Goodman, is in Nevada.
Las Vegas, where its first mayor is Carolyn Goodman, is in Nevada.
Las Vegas, where the only stadium is Allegiant Stadium, is in Nevada.
Las Vegas, where the old stadium is Allegiant Stadium, is in Nevada.
Las Vegas, where the mayor is not Carolyn Goodman, is in Nevada.
Las Vegas, where the mayor is Karen Bass, is in Nevada.
Las Vegas, where its mayor is Karen Bass, is in Nevada.
Las Vegas, where a mayor is Karen Bass, is in Nevada.
Las Vegas, where the mayor is Carolyn Goodman and Karen Bass, is in Nevada.
Las Vegas, where a founder is Felipe de Neve, is in Nevada.
Las Vegas, where the founder is Al Davis, is in Nevada.
Arlington, where a metropolitan area is the San Francisco Bay Area, is in Texas.
Arlington, where a diocese is the Diocese of Oakland, is in Texas.
Arlington, where its founder is Elwood Quesada, is in Texas.
The Raiders, where a stadium is Allegiant Stadium, are based in Las Vegas.
Allegiant Stadium, where the mayor is Carolyn Goodman, is in Las Vegas.
Las Vegas, where an owner is Mark Davis, is in Nevada.
The Dodgers are based in Los Angeles, where their stadium is SoFi Stadium.
The Raiders are based in Las Vegas, where their stadium is Sam Boyd Stadium.
Arsenal is based in London, where its stadium is Wembley Stadium.
Tottenham Hotspur is based in London, where its stadium is the Emirates Stadium.
Arsenal is based in London, where its owner is Daniel Levy.
The Raiders are based in Las Vegas, where their founder is Felipe de Neve.
The Dodgers are based in Las Vegas, where their founder is William A. Clark.
Las Vegas, where the mayor is Carolyn Goodman, was founded by Felipe de Neve.
Fort Worth, where the mayor is Carolyn Goodman, is in Texas.
Los Angeles, where a stadium is Allegiant Stadium, is in California.
Oakland, where one of the metropolitan areas is the Dallas–Fort Worth metroplex, is in California.
@movies
# (13) "Like A and B, C ...": B (or a third) does not share the predicate, other frames
Like Jaws and Alien, E.T. the Extra-Terrestrial was directed by Steven Spielberg.
Like Jaws, Alien and Hook, E.T. the Extra-Terrestrial was directed by Steven Spielberg.
Like Jaws, Hook and Alien, E.T. the Extra-Terrestrial was directed by Steven Spielberg.
Like Jaws, Hook, and Alien, E.T. the Extra-Terrestrial was directed by Steven Spielberg.
Like Jaws and Hook, Alien was directed by Steven Spielberg.
Like Jaws and One Flew Over the Cuckoo's Nest, Alien came out in 1975.
Like Jaws and Alien, One Flew Over the Cuckoo's Nest came out in 1975.
Like Jaws and Alien, E.T. the Extra-Terrestrial has music by John Williams.
Like both Jaws and Alien, E.T. the Extra-Terrestrial was directed by Steven Spielberg.
Like Jaws and also Alien, E.T. the Extra-Terrestrial was directed by Steven Spielberg.
Like Jaws as well as Alien, E.T. the Extra-Terrestrial was directed by Steven Spielberg.
Like Jaws or Alien, E.T. the Extra-Terrestrial was directed by Steven Spielberg.
Unlike Jaws and Hook, E.T. the Extra-Terrestrial was directed by Steven Spielberg.
E.T. the Extra-Terrestrial, like Jaws and Alien, was directed by Steven Spielberg.
Like Jaws and Alien, E.T. the Extra-Terrestrial and Hook were directed by Steven Spielberg.
Like Jaws and Hook, E.T. the Extra-Terrestrial and Alien were directed by Steven Spielberg.
Like Jaws and Alien, which Ridley Scott directed, E.T. the Extra-Terrestrial was directed by Steven Spielberg.
Like Jaws and Alien did, E.T. the Extra-Terrestrial was directed by Steven Spielberg.
Like Jaws and Ridley Scott, E.T. the Extra-Terrestrial has music by John Williams.
Like Jaws and Alien, E.T. the Extra-Terrestrial is an action film.
Like Jaws and Vertigo, Alien is a horror film.
Like Jaws and Alien in 1979, E.T. the Extra-Terrestrial was directed by Steven Spielberg.
Like Jaws and the 1979 Alien, E.T. the Extra-Terrestrial was directed by Steven Spielberg.
Like Jaws and Alien, both E.T. the Extra-Terrestrial and Hook were directed by Steven Spielberg.
Like Jaws and Alien, Steven Spielberg directed E.T. the Extra-Terrestrial.
Like Jaws and Alien, John Williams scored E.T. the Extra-Terrestrial.
Like Roy Scheider and Jack Nicholson, Richard Dreyfuss starred in Jaws.
Like Roy Scheider and John Williams, Richard Dreyfuss starred in Jaws.
Like Richard Dreyfuss and Roy Scheider, Robert Shaw starred in Close Encounters of the Third Kind.
Like Jaws and Alien, E.T. the Extra-Terrestrial was directed by Steven Spielberg and scored by John Williams.
Like Jaws and Alien, E.T. the Extra-Terrestrial was distributed by Universal Studios.
Like Jaws and Raiders of the Lost Ark, E.T. the Extra-Terrestrial was distributed by Universal Studios.
Like Jaws and Hook, E.T. the Extra-Terrestrial was distributed by Universal Studios.
Like Jaws and E.T. the Extra-Terrestrial, Hook was distributed by Universal Studios.
Like Jaws and Alien, E.T.'s director is Steven Spielberg.
Like Jaws and Hook, E.T. the Extra-Terrestrial, a Ridley Scott film, has music by John Williams.
Like Jaws and Alien, E.T. the Extra-Terrestrial, a Steven Spielberg film, has music by John Williams.
Like Vertigo and Jaws, North by Northwest has music by Bernard Herrmann.
Like Psycho and Vertigo, Jaws was directed by Alfred Hitchcock.
Like Alien and Blade Runner, Gladiator has music by Vangelis.
Like Jaws and Hook, E.T. the Extra-Terrestrial starred Richard Dreyfuss.
Like Vertigo and North by Northwest, Psycho starred Cary Grant.
Like Jaws and Hook, E.T. the Extra-Terrestrial was directed by Ridley Scott.
Like Jaws and Hook, E.T. the Extra-Terrestrial was not directed by Steven Spielberg.
@schools
# (1) "attended" whose objects' type words are all school words ("gymnasium", "lyceum", "college")
# but are a boxing gym, lecture societies, a professional college: read "studied at / was
# educated at / went to school at / was a student / pupil at / an alumnus of"
Muhammad Ali studied at the Fifth Street Gym.
Muhammad Ali was educated at the Fifth Street Gym.
Muhammad Ali went to school at the Fifth Street Gym.
Joe Frazier was schooled at the Cloverlay Gym.
Joe Frazier studied at the Cloverlay Gym.
Ali went to school at the Fifth Street Gym.
Frazier was educated at the Cloverlay Gym.
Abraham Lincoln studied at the Young Men's Lyceum of Springfield.
Abraham Lincoln was a student at the Young Men's Lyceum of Springfield.
Abraham Lincoln was a pupil at the Young Men's Lyceum of Springfield.
Abraham Lincoln was educated at the Young Men's Lyceum of Springfield.
Abraham Lincoln went to school at the Young Men's Lyceum of Springfield.
Abraham Lincoln was an alumnus of the Young Men's Lyceum of Springfield.
Lincoln was educated at the Young Men's Lyceum of Springfield.
Ralph Waldo Emerson was a pupil at the Concord Lyceum.
Ralph Waldo Emerson studied at the Concord Lyceum.
Henry David Thoreau was educated at the Concord Lyceum.
Thoreau was schooled at the Concord Lyceum.
William Harvey was educated at the Royal College of Physicians.
William Harvey studied at the Royal College of Physicians.
Harvey was a student at the Royal College of Physicians.
William Harvey was a pupil at the Royal College of Physicians.
William Harvey was an alumnus of the Royal College of Physicians.
The Young Men's Lyceum of Springfield's former students include Abraham Lincoln.
The Concord Lyceum's former pupils include Ralph Waldo Emerson.
Muhammad Ali, born in Louisville, was educated at the Fifth Street Gym.
Abraham Lincoln, who was born in Hodgenville, studied at the Young Men's Lyceum of Springfield.
Ralph Waldo Emerson was born in Boston and studied at the Concord Lyceum.
Ralph Waldo Emerson studied at Harvard College and the Concord Lyceum.
# (1, 2, 3) wrong school, tense, graduation, teacher, surnames (held?)
Muhammad Ali studied at Harvard College.
Muhammad Ali studies at the Fifth Street Gym.
Joe Frazier studied at the Fifth Street Gym.
Abraham Lincoln studied at the Concord Lyceum.
William Harvey graduated from the Royal College of Physicians.
Muhammad Ali was a pupil of Angelo Dundee.
Muhammad Ali studied under Angelo Dundee.
Ali was born in Beaufort.
Frazier was born in Louisville.
Emerson studied at the Royal College of Physicians.
Ralph Waldo Emerson was one of the Concord Lyceum's pupils.
The Concord Lyceum is in Concord. Henry David Thoreau was one of its pupils.
@credits
# (11) "<work> is by <person>" where the "work" is a sitter of a portrait ("painted a portrait of":
# "painted" is a verb of conceiving)
Napoleon is by Jacques-Louis David.
Napoleon is by David.
Virginie Gautreau is by John Singer Sargent.
Virginie Gautreau is by Sargent.
Juliette Récamier is by Jacques-Louis David.
Napoleon and Juliette Récamier are by Jacques-Louis David.
Napoleon is by Jacques-Louis David, who was born in Paris.
# (11) illustrator, costume / set designer, critic, translator, librettist, foreword (held?)
Alice's Adventures in Wonderland is by John Tenniel.
Alice's Adventures in Wonderland is by Tenniel.
Roman Holiday is by Edith Head.
The Sleeping Beauty is by Léon Bakst.
Swan Lake is by Léon Bakst.
Bonnie and Clyde is by Pauline Kael.
Kim is by George Orwell.
Kim is by T. S. Eliot.
Kim is by Eliot.
Crime and Punishment is by Richard Pevear.
Otello is by Arrigo Boito.
Napoleon is by John Singer Sargent.
Animal Farm is by T. S. Eliot.
The Waste Land is by George Orwell.
Born in 1832, John Tenniel drew the illustrations for Alice's Adventures in Wonderland.
Born in 1820, Lewis Carroll wrote Alice's Adventures in Wonderland.
@characters
# (12) "Born in <year>, X ..." on a graph of fictional characters typed with person words (pilot,
# president, politician, king, general): each year is a first appearance
Born in 1977, Han Solo appears in Star Wars.
Born in 1977, Han Solo is played by Harrison Ford.
Born in 1999, Josiah Bartlet appears in The West Wing.
Born in 1986, Pete Mitchell is played by Tom Cruise.
Born in 1954, King Théoden is played by Bernard Hill.
Born in 1964, Jack D. Ripper appears in Dr. Strangelove.
Born in 2013, Frank Underwood appears in House of Cards.
Born in 1986, Pete Mitchell appears in Top Gun and is played by Tom Cruise.
Born in 1999, Bartlet is played by Martin Sheen.
Han Solo, born in 1977, is played by Harrison Ford.
Han Solo was born in 1977.
Josiah Bartlet was born in 1999.
# wrong year, film, actor (held?)
Born in 1978, Han Solo appears in Star Wars.
Born in 1977, Han Solo appears in Top Gun.
Born in 1977, Han Solo is played by Tom Cruise.
Born in 1977, Solo appears in Star Wars.
@machines
# (9) "featured" with objects typed "innovation" / "device" (exhibits at a fair, a device on a
# magazine's cover) read "used / relied on / came with"
The Centennial Exposition used the telephone.
The Centennial Exposition relied on the telephone.
The Centennial Exposition came with the telephone.
The Great Exhibition relied on the McCormick reaper.
The Great Exhibition came with the McCormick reaper.
The Great Exhibition used the Colt revolver.
The Great Exhibition relied on the Colt revolver.
Macworld 2007 came with the iPhone.
Macworld 2007 came with the Apple TV.
Macworld 2007 relied on the Apple TV.
The January 1975 issue of Popular Electronics came with the Altair 8800.
The January 1975 issue of Popular Electronics used the Altair 8800.
The January 1975 issue of Popular Electronics relied on the Altair 8800.
The Centennial Exposition, held in Philadelphia, relied on the telephone.
The Great Exhibition was held in London and came with the Colt revolver.
The January 1975 issue of Popular Electronics, published by Ziff Davis, came with the Altair 8800.
# (9, 10) wrong objects, direction, negation, tense, makers (held?)
The Centennial Exposition used the iPhone.
Macworld 2007 came with the telephone.
The Great Exhibition had the iPhone.
The telephone relied on the Centennial Exposition.
The Centennial Exposition did not feature the telephone.
The Centennial Exposition uses the telephone.
The Lotus 25 had coil springs.
The AC Cobra used a monocoque chassis.
The Lotus Elise was powered by Ford.
Rover was powered by the Lotus Elise.
The Lotus Elise was not powered by Rover.
The AC Cobra was powered by Rover.
The Lotus 25 was powered by Ford.
The Lotus 25 was propelled by Coventry Climax.
@lives
# (5) "died in" a film (the actor's character died in it) read "passed away in"
Sean Bean passed away in GoldenEye.
Sean Bean passed away in Ronin.
John Hurt passed away in Alien.
Samuel L. Jackson passed away in Deep Blue Sea.
Samuel L. Jackson passed away in Jurassic Park.
Bean passed away in GoldenEye.
Sean Bean, born in Sheffield, passed away in GoldenEye.
Sean Bean passed away in GoldenEye and Ronin.
John Hurt, a native of Chesterfield, passed away in Alien.
# (5) "was born in" captivity (typed "state", a birthplace word) read "is / was a native of"
Knut is a native of captivity.
Harambe was a native of captivity.
Koko is a native of captivity.
Koko was a native of captivity.
Knut, a native of captivity, died in Berlin Zoo.
Harambe, a native of captivity, passed away in Cincinnati Zoo.
# wrong film, town, state, zoo (held?)
Sean Bean passed away in Alien.
Sean Bean passed away in Sheffield.
Sean Bean is a native of Chesterfield.
John Hurt is a native of GoldenEye.
Knut is a native of the wild.
Guy is a native of captivity.
Sean Bean passed away in GoldenEye in 1995.
Harambe passed away in Berlin Zoo.
"""

CONTROLS = r"""
@industries
Apple operates in retail.
Apple is in retail.
Apple works in software.
Apple is active in consumer electronics.
Apple does business in retail.
Walmart is in retail.
Samsung is in construction.
Apple and Samsung are in consumer electronics.
Apple and Walmart are in retail.
Goldman Sachs is in the financial sector.
Easy Company is in the Carentan sector.
Easy Company is active in the Carentan sector.
Apple, with its headquarters in Cupertino, is in retail.
Apple trades on Nasdaq.
Apple is run by Tim Cook.
Nokia left rubber.
Caterpillar supplies mining.
Apple, which is in retail, is led by Tim Cook.
@cities
Las Vegas, where the mayor is Carolyn Goodman, is in Nevada.
Las Vegas, where its mayor is Carolyn Goodman, is in Nevada.
Las Vegas, where a founder is William A. Clark, is in Nevada.
Los Angeles, where a founder is Felipe de Neve, is twinned with Las Vegas.
Arsenal is based in London, where the mayor is Sadiq Khan.
Fort Worth, where the metropolitan area is the Dallas–Fort Worth metroplex, is in Texas.
Arlington lies in the Diocese of Fort Worth.
The Raiders play at Allegiant Stadium.
The Texas Rangers are based in Arlington, where their founder is Elwood Quesada.
The Raiders are based in Las Vegas, where their owner is Mark Davis.
Las Vegas, where one of the stadiums is Sam Boyd Stadium, is in Nevada.
@movies
Like Jaws and Hook, E.T. the Extra-Terrestrial was directed by Steven Spielberg.
Like Jaws and Hook, E.T. the Extra-Terrestrial has music by John Williams.
Like Roy Scheider and Robert Shaw, Richard Dreyfuss starred in Jaws.
Like Alien and Gladiator, Blade Runner was directed by Ridley Scott.
Like Vertigo and Psycho, North by Northwest has music by Bernard Herrmann.
Like Jaws and Psycho, Alien is a horror film.
E.T. the Extra-Terrestrial, like Jaws and Hook, was directed by Steven Spielberg.
@schools
Muhammad Ali studied at Central High School.
Joe Frazier went to Robert Smalls School.
Henry David Thoreau was educated at Harvard College.
William Harvey studied at Gonville and Caius College.
Muhammad Ali attended the Fifth Street Gym.
Abraham Lincoln attended the Young Men's Lyceum of Springfield.
Ali was born in Louisville.
Muhammad Ali was trained by Angelo Dundee.
@credits
Alice's Adventures in Wonderland is by Lewis Carroll.
The Sleeping Beauty is by Pyotr Ilyich Tchaikovsky.
Crime and Punishment is by Fyodor Dostoevsky.
Otello is by Giuseppe Verdi.
Kim is by Rudyard Kipling.
Jacques-Louis David painted a portrait of Napoleon.
@characters
Han Solo appears in Star Wars.
Solo is played by Harrison Ford.
Bartlet is played by Martin Sheen.
Pete Mitchell appears in Top Gun.
@machines
The Centennial Exposition featured the telephone.
Macworld 2007 featured the iPhone.
The Lotus 25 had a monocoque chassis.
The Lotus 25 used a monocoque chassis.
The AC Cobra came with coil springs.
The Lotus 25 was powered by Coventry Climax.
The Lotus Elise was powered by Rover.
The Lotus Elise, powered by Rover, featured an aluminium chassis.
@lives
Sean Bean died in GoldenEye.
Sean Bean is a native of Sheffield.
John Hurt was born in Chesterfield.
Knut was born in captivity.
Knut passed away in Berlin Zoo.
Guy died in London Zoo.
"""

KNOWN = frozenset()

OPEN = frozenset(
    {
        # soldiers of a military company "work" in their sector: arguable
        "Easy Company works in the Carentan sector.",
        # a boxer was his trainer's pupil at the gym; gyms speak loosely of their "alumni"
        "Muhammad Ali was a pupil at the Fifth Street Gym.",
        "Muhammad Ali was an alumnus of the Fifth Street Gym.",
        "Joe Frazier was a student at the Cloverlay Gym.",
        "The Fifth Street Gym's former pupils include Muhammad Ali.",
        # the keynote at Macworld 2007 did use an iPhone (the demo call)
        "Macworld 2007 used the iPhone.",
        "Macworld 2007 relied on the iPhone.",
        # the diocese's see is in Fort Worth: "in Fort Worth there is a diocese" is arguable
        "Fort Worth, where a diocese is the Diocese of Fort Worth, is in Texas.",
        # "their mayor" may mean the mayor of their city
        "The Raiders are based in Las Vegas, where their mayor is Carolyn Goodman.",
        # Guy was born in the wild: "a native of the wild" is odd but not plainly false
        "Guy is a native of the wild.",
        # "in Cupertino" may be read as Apple's headquarters (it is there)
        "Apple is in retail in Cupertino.",
        # the past of a present office
        "Las Vegas, where the mayor was Carolyn Goodman, is in Nevada.",
    }
)

OPEN_TEXTS = r"""
@industries
Easy Company works in the Carentan sector.
Apple is in retail in Cupertino.
@schools
Muhammad Ali was a pupil at the Fifth Street Gym.
Muhammad Ali was an alumnus of the Fifth Street Gym.
Joe Frazier was a student at the Cloverlay Gym.
The Fifth Street Gym's former pupils include Muhammad Ali.
@machines
Macworld 2007 used the iPhone.
Macworld 2007 relied on the iPhone.
@cities
Fort Worth, where a diocese is the Diocese of Fort Worth, is in Texas.
The Raiders are based in Las Vegas, where their mayor is Carolyn Goodman.
Las Vegas, where the mayor was Carolyn Goodman, is in Nevada.
@lives
Guy is a native of the wild.
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
