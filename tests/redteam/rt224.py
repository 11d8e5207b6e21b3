"""Red team round 224: the session's second batch of new readings (CHANGES.diff) on six small
graphs of my own.

Graphs are built in code (``KnowledgeGraph.from_triples`` with declared entities and relations);
each text is checked with ``ConsistencyChecker(kg, outside_evidence=True, rating_threshold=4.0)``
and no evidence, so any true statement of the graph is allowed. Six graphs (see the builders):
"royal" (kings, queens, princes, a duchess, a male regent named Anne, a princess named Nikola,
ministers; kingdoms, a duchy, an electorate, a margraviate, a republic, a colony; "was the
mother / father of", "is buried in", "was a citizen of", "is located in" / "is home to"),
"gym" (gymnasts "were coached by" coaches, clubs "employed" coaches, coaches "worked at"
institutes and "succeeded" one another as head coach; names of both sexes, "Jens Møller" beside
"Jens Möller"), "machines" (a destroyer, a corvette, an aircraft carrier named after a man, a
sloop and a barque; ships "are driven by" propulsion, racing cars "were driven by" drivers and
"are powered by" engines, a locomotive "is housed in" a museum), "stage" (playwrights "wrote plays
in the genre of", studios "make films in the genre", composers "composed operas in the genre of";
manuscripts "are housed in" libraries; theatres "stand in" cities and "stand at" squares),
"city" (statues "stand at" squares, fountains "sit in" parks, organs "are housed in" churches,
clubs "are based in" cities, "is home to"; sculptors "are buried in" churches), "works"
(engineers "specialised in" fields, were baptised / lived / grew up / educated in towns, "are
buried at" cemeteries; firms "employed" them; mills "are driven by" steam engines; chairmen
"succeeded" one another).

Attacked: each reading of the second batch with wrong entities, wrong direction, wrong tense,
negation, lists with one wrong member, coreference (a woman and a man before "she", names of both
sexes, a ship named after a man, labels that open with a title, a pronoun after a kingdom and a
queen), neighbouring relations on the same words, and graphs where the conditions almost hold.

Findings: 70 of 393 false texts accepted, all new with the session (the code with CHANGES.diff
reversed, scratch/code_before/, accepts none of the 70). KNOWN: 6 more accepted before too.
Controls: 100 of 117 accepted. OPEN: 99 (24 accepted).
* the fold of ø / ł / đ ... (24): "Bjørn" now folds to "Bjorn" as "Björn" (NFKD) always did, and
  "Møller" to "Moller" as "Möller": two people whose names differ only there become one name, and
  a text that spells one of them exactly is checked against either: "Björn Halvorsen was
  chancellor of the Kingdom of Brenz" (Bjørn was), "Bjørn Halvorsen was born in Vellhaven"
  (Björn was), "Jens Möller coached Yuri Tanabe" (Møller did), "Kim Lindgren succeeded Jens
  Møller" (she succeeded Möller), "Tokai Gymnastics Club employed Jens Møller", ...
* the present of the new past readings (23): "was the mother / father of" -> "gives birth to",
  "fathers", "is born to" (18th-century people); "employed" -> "is employed at" (the phrase is
  past, the new "was employed at" is not kept in its tense, unlike "trained under"); "wrote plays
  / composed operas in the genre of" -> "writes comedy", "composes opera buffa".
* the genre reading drops the kind of work (11): "wrote plays in the genre of comedy" reads
  "wrote comedy" and then any noun after the genre: "Carlo Valdoni wrote comic operas / comedy
  films", "Margaret Aske wrote tragedy films", "Giovanni Pergola composed opera buffa plays",
  "Meridian Pictures makes thriller plays / operas" (a noun the checker knows is not checked
  against the relation's own noun; "novels", "songs", "ballets" are unknown words and rejected).
* given names (12): a woman whose given name is a man's in the list (Czech "Nikola", Japanese
  "Yuri") and a man named "Anne" (Anne de Montmorency was one) are skipped by "she" / "he", which
  lands on the person before: "Nadia Ionescu competed for the Romanian team. Nikola Hrubá competed
  for the Czech team. She trained under Mircea Dragan"; "Kim Lindgren coached Nikola Hrubá. She
  was born in Aarhus" (Kim's birthplace); "Frederick of Brenz ruled the Kingdom of Brenz. Anne de
  Montclair was regent of the Kingdom of Brenz. He was born in Altstein" (Frederick's).
Held: "gave birth to" / "fathered" / "was born to" (the other parent's verb, direction, a child of
another, lists, relative clauses, years, places, a kingdom or a nationality after "born to"),
"lies in / at" (wrong church, birthplace, the church's city, the column's own "lies in" on the
same graph, past "lay"), "is driven by" (wrong engine, reversed, the driver relation's "was
driven by" on the same graph, a water wheel), "stands / sits / lies at / in" (wrong square, the
other theatre's, reversed, lists), "is home to" / "home" (wrong library or church, reversed, the
clubs' own "is home to", the city), "trained under" (tense, direction, the gym, the
choreographer's "studied under", a coach declared "coached"), "was employed at" (the institute
a coach "worked at" is not read as employment), "succeeded / took over from / replaced Y as
director / head coach of Z" (each of X and Y, lists of predecessors, "and founder"), kingdoms,
duchies, colonies as no one for "he" / "she".
Controls rejected (17): a parent list across the mother and father relations; a coordination
before "lie in"; "she" of a ship after its commander ("HSwMS Halland was commanded by Gustav
Nyberg. She was built at Götaverken"); a barque and a sloop (no ship word of the list); an
electorate and a margraviate (not among the new no-one words) beside their ruler; "she" of
Nikola / Yuri (names of men in the list) and "he" of Anne de Montclair; "Jens Möller succeeded
Jens Møller" (one name now); "as chairman of" (an unknown word after "succeeded Y as"); "lies in"
of burial where another relation says "lies in" (by design); a ship named after a man of the same
label.
Closed in the same session: a name whose label differs from another's only by a letter the fold
drops ("Bjørn" / "Björn", "Møller" / "Möller") is the one spelled so in the text; "gave birth to",
"fathered", "was born to" and "was employed at" only as written (in the past); the genre said by
its phrase's verb alone ("wrote comedy") withdrawn; "Nikola" left the lists ("Maria" stays: the
woman Maria Teresa Lombardi); where a person was baptised or married is no place of an act either
(the KNOWN texts are rejected too); barques, sloops and brigantines are ships. Then: accepted 0 of
393. Later in the session given names were read only of people by their type (red team 226), so
"Maria Teresa Lombardi drove the Cooper T51. He was born in Turin" (a "driver") is accepted as
before the session and moved to KNOWN: accepted 0 of 392.
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


def royal():
    """A royal family of the Kingdom of Brenz (items dated by birth): King Frederick and Queen
    Adelaide "were the father / mother of" Prince Albrecht and Princess Charlotte (a label that
    opens with a title); Albrecht "married" Sophia of Lenz (a duchess), whose mother was the
    Duchess Margarete; Duke Ernst of Lenz (a title first) "was the father of" Sophia and of Nikola of
    Orla (a princess whose given name is a man's in the list); Anne de Montclair (a man, type
    "regent") "was regent of" the kingdom; chancellors Bjørn Halvorsen and Björn Halvorsen (two men
    whose names fold alike). People "were born in" / "died in" cities and a palace, "are buried in"
    churches (present: "lies in"), "were citizens of" kingdoms (a nationality on "born"); churches and
    palaces "are located in" cities (inverse "is home to"); monarchs "ruled" kingdoms, a duchy, an
    electorate, a margraviate; the kingdom "has its capital at" a city; the republic, the colony."""
    rels = [
        R("mother", phrase="was the mother of", inverse_phrase="was a child of", domain=("queen", "duchess"),
          range=("prince", "princess", "duchess")),
        R("father", phrase="was the father of", inverse_phrase="was a child of", domain=("king", "duke"),
          range=("prince", "princess", "duchess")),
        R("married", phrase="married", inverse_phrase="was married to", domain=("king", "prince", "duke"),
          range=("queen", "duchess", "princess")),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of",
          domain=("king", "queen", "prince", "princess", "duke", "duchess", "regent", "chancellor"), range=("city", "palace")),
        R("died", phrase="died in", inverse_phrase="is the place of death of",
          domain=("king", "queen", "prince", "princess", "duke", "duchess", "regent", "chancellor"), range=("city",)),
        R("buried", phrase="is buried in", inverse_phrase="is the burial place of",
          domain=("king", "queen", "prince", "princess", "duke", "duchess", "regent", "chancellor"), range=("church",)),
        R("citizen", phrase="was a citizen of", inverse_phrase="had as a citizen",
          domain=("chancellor", "regent"), range=("kingdom", "republic")),
        R("ruled", phrase="ruled", inverse_phrase="was ruled by", domain=("king", "queen", "duke", "duchess", "princess"),
          range=("kingdom", "duchy", "electorate", "margraviate")),
        R("regent", phrase="was regent of", inverse_phrase="had as regent", domain=("regent", "queen"), range=("kingdom",)),
        R("chancellor", phrase="was chancellor of", inverse_phrase="had as chancellor", domain=("chancellor",), range=("kingdom",)),
        R("located", phrase="is located in", inverse_phrase="is home to", domain=("church", "palace"), range=("city",)),
        R("capital", phrase="has its capital at", inverse_phrase="is the capital of",
          domain=("kingdom", "duchy", "republic", "colony", "electorate"), range=("city",)),
        R("colony", phrase="held", inverse_phrase="was held by", domain=("kingdom",), range=("colony",)),
    ]
    items = {"k:frederick": ("king", "Frederick of Brenz", 1698), "q:adelaide": ("queen", "Adelaide of Brenz", 1702),
             "p:albrecht": ("prince", "Albrecht of Brenz", 1722), "p:charlotte": ("princess", "Princess Charlotte", 1725),
             "d:sophia": ("duchess", "Sophia of Lenz", 1730), "d:ernst": ("duke", "Duke Ernst of Lenz", 1700),
             "d:margarete": ("duchess", "Margarete of Lenz", 1705),
             "p:nikola": ("princess", "Nikola of Orla", 1733), "r:anne": ("regent", "Anne de Montclair", 1690),
             "m:bjorn": ("chancellor", "Bjørn Halvorsen", 1680), "m:bjoern": ("chancellor", "Björn Halvorsen", 1685)}
    others = {"c:brenz": ("kingdom", "the Kingdom of Brenz"), "c:lenz": ("duchy", "the Duchy of Lenz"),
              "c:orla": ("electorate", "the Electorate of Orla"), "c:sarn": ("margraviate", "the Margraviate of Sarn"),
              "c:vell": ("republic", "the Republic of Vell"), "c:newbrenz": ("colony", "the Colony of New Brenz"),
              "y:brenzburg": ("city", "Brenzburg"), "y:altstein": ("city", "Altstein"), "y:lenzau": ("city", "Lenzau"),
              "y:orlau": ("city", "Orlau"), "y:vellhaven": ("city", "Vellhaven"), "y:rupert": ("city", "Sankt Rupert"),
              "y:kolby": ("city", "Kolby"), "y:port": ("city", "Port Adelaide"),
              "h:rosenholm": ("palace", "Rosenholm Palace"), "h:olaf": ("church", "St Olaf's Chapel"),
              "h:marien": ("church", "the Marienkirche"), "h:abbey": ("church", "Altstein Abbey")}
    T = _t("mother", [("q:adelaide", "p:albrecht"), ("q:adelaide", "p:charlotte"), ("d:margarete", "d:sophia")])
    T += _t("father", [("k:frederick", "p:albrecht"), ("k:frederick", "p:charlotte"), ("d:ernst", "d:sophia"),
                       ("d:ernst", "p:nikola")])
    T += _t("married", [("k:frederick", "q:adelaide"), ("p:albrecht", "d:sophia"), ("d:ernst", "d:margarete")])
    T += _t("born", [("k:frederick", "y:altstein"), ("q:adelaide", "y:vellhaven"), ("p:albrecht", "h:rosenholm"),
                     ("p:charlotte", "y:brenzburg"), ("d:sophia", "y:lenzau"), ("d:ernst", "y:lenzau"), ("d:margarete", "y:orlau"),
                     ("p:nikola", "y:orlau"), ("r:anne", "y:rupert"), ("m:bjorn", "y:kolby"), ("m:bjoern", "y:vellhaven")])
    T += _t("died", [("k:frederick", "y:brenzburg"), ("q:adelaide", "y:altstein"), ("p:albrecht", "y:lenzau"),
                     ("d:ernst", "y:orlau"), ("r:anne", "y:brenzburg"), ("m:bjorn", "y:altstein"), ("d:margarete", "y:lenzau")])
    T += _t("buried", [("k:frederick", "h:olaf"), ("q:adelaide", "h:abbey"), ("p:albrecht", "h:olaf"), ("d:ernst", "h:marien"),
                       ("d:margarete", "h:marien"), ("r:anne", "h:abbey"), ("m:bjorn", "h:abbey")])
    T += _t("citizen", [("r:anne", "c:vell"), ("m:bjorn", "c:brenz"), ("m:bjoern", "c:vell")])
    T += _t("ruled", [("k:frederick", "c:brenz"), ("p:albrecht", "c:brenz"), ("d:ernst", "c:lenz"), ("d:sophia", "c:lenz"),
                      ("d:margarete", "c:orla"), ("p:nikola", "c:sarn")])
    T += _t("regent", [("r:anne", "c:brenz"), ("q:adelaide", "c:brenz")])
    T += _t("chancellor", [("m:bjorn", "c:brenz")])
    T += _t("located", [("h:olaf", "y:brenzburg"), ("h:marien", "y:lenzau"), ("h:abbey", "y:altstein"),
                        ("h:rosenholm", "y:brenzburg")])
    T += _t("capital", [("c:brenz", "y:brenzburg"), ("c:lenz", "y:lenzau"), ("c:orla", "y:orlau"), ("c:vell", "y:vellhaven"),
                        ("c:newbrenz", "y:port")])
    T += _t("colony", [("c:brenz", "c:newbrenz")])
    return _build(items, others, rels, T)


def gym():
    """Gymnasts (items dated by birth) "were coached by" coaches (the new "trained under") and
    "trained at" gyms (a neighbour on "trained"); clubs "employed" coaches (the new "was employed
    at"); coaches "worked at" institutes (another "employed at" neighbour), "were head coach of"
    national teams and "succeeded" one another (the new "as head coach of" of both); gymnasts
    "competed for" national teams and "were married to" coaches; a choreographer "studied under" a
    coach. Names: Nikola Hrubá and Yuri Tanabe (women with names of men in the list), Andrea Conti
    (a name of both sexes), Jens Møller and Jens Möller (two coaches whose names fold alike),
    Łukasz Wrona."""
    rels = [
        R("coachedby", phrase="was coached by", inverse_phrase="coached", domain=("gymnast",), range=("gymnastics coach",)),
        R("trainedat", phrase="trained at", inverse_phrase="was the gym of", domain=("gymnast",), range=("gym",)),
        R("employed", phrase="employed", inverse_phrase="was on the staff of", domain=("sports club",),
          range=("gymnastics coach",)),
        R("workedat", phrase="worked at", inverse_phrase="was the workplace of", domain=("gymnastics coach",),
          range=("institute",)),
        R("headcoach", phrase="was head coach of", inverse_phrase="had as head coach", domain=("gymnastics coach",),
          range=("national team",)),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("gymnastics coach",),
          range=("gymnastics coach",)),
        R("competed", phrase="competed for", inverse_phrase="fielded", domain=("gymnast",), range=("national team",)),
        R("married", phrase="was married to", inverse_phrase="was the spouse of", domain=("gymnast",),
          range=("gymnastics coach",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("gymnast", "gymnastics coach",
                                                                                       "choreographer", "swimmer",
                                                                                       "swimming coach"), range=("city",)),
        R("studied", phrase="studied under", inverse_phrase="taught", domain=("choreographer",), range=("gymnastics coach",)),
        R("based", phrase="is based in", inverse_phrase="is home to", domain=("sports club", "gym", "institute"),
          range=("city",)),
        R("swimcoach", phrase="coached", inverse_phrase="was coached by", domain=("swimming coach",), range=("swimmer",)),
        R("swimclub", phrase="swam for", inverse_phrase="had as a swimmer", domain=("swimmer",), range=("sports club",)),
    ]
    items = {"w:falk": ("swimmer", "Ingrid Falk", 1970), "w:berg": ("swimmer", "Lars Berg", 1972),
             "w:sund": ("swimming coach", "Sven Sund", 1940), "w:strand": ("swimming coach", "Birgit Strand", 1945),
             "g:ionescu": ("gymnast", "Nadia Ionescu", 1961), "g:hruba": ("gymnast", "Nikola Hrubá", 1985),
             "g:tanabe": ("gymnast", "Yuri Tanabe", 1990), "g:volkov": ("gymnast", "Dmitri Volkov", 1975),
             "g:conti": ("gymnast", "Andrea Conti", 1988), "g:marin": ("gymnast", "Elena Marin", 1983),
             "g:wrona": ("gymnast", "Łukasz Wrona", 1987),
             "c:petrov": ("gymnastics coach", "Alexander Petrov", 1940), "c:sokolova": ("gymnastics coach", "Tatiana Sokolova", 1945),
             "c:moller": ("gymnastics coach", "Jens Møller", 1948), "c:moeller": ("gymnastics coach", "Jens Möller", 1952),
             "c:lindgren": ("gymnastics coach", "Kim Lindgren", 1960), "c:dragan": ("gymnastics coach", "Mircea Dragan", 1942),
             "h:varga": ("choreographer", "Ilona Varga", 1950)}
    others = {"s:dinamo": ("sports club", "Dinamo Deva"), "s:cska": ("sports club", "CSKA Moscow"),
              "s:aarhus": ("sports club", "Aarhus GF"), "s:dukla": ("sports club", "Dukla Prague"),
              "s:tokai": ("sports club", "Tokai Gymnastics Club"),
              "i:deva": ("gym", "the Deva Gym"), "i:round": ("gym", "Round Lake"), "i:brondby": ("gym", "the Brøndby Hall"),
              "i:olomouc": ("gym", "the Olomouc Gym"),
              "n:inst": ("institute", "the Institute of Sport"), "n:leipzig": ("institute", "the Leipzig Sports Institute"),
              "t:romania": ("national team", "the Romanian team"), "t:soviet": ("national team", "the Soviet team"),
              "t:denmark": ("national team", "the Danish team"), "t:czech": ("national team", "the Czech team"),
              "t:japan": ("national team", "the Japanese team"), "t:italy": ("national team", "the Italian team"),
              "t:poland": ("national team", "the Polish team"),
              "y:deva": ("city", "Deva"), "y:onesti": ("city", "Onești"), "y:moscow": ("city", "Moscow"),
              "y:brno": ("city", "Brno"), "y:nagoya": ("city", "Nagoya"), "y:aarhus": ("city", "Aarhus"),
              "y:leipzig": ("city", "Leipzig"), "y:milan": ("city", "Milan"), "y:lodz": ("city", "Łódź"),
              "y:odense": ("city", "Odense"), "y:kiev": ("city", "Kiev"), "y:cluj": ("city", "Cluj"),
              "y:budapest": ("city", "Budapest"), "y:prague": ("city", "Prague")}
    T = _t("coachedby", [("g:ionescu", "c:dragan"), ("g:marin", "c:dragan"), ("g:volkov", "c:petrov"), ("g:volkov", "c:sokolova"),
                         ("g:hruba", "c:lindgren"), ("g:tanabe", "c:moller"), ("g:conti", "c:moeller"), ("g:wrona", "c:moller")])
    T += _t("trainedat", [("g:ionescu", "i:deva"), ("g:marin", "i:deva"), ("g:volkov", "i:round"), ("g:hruba", "i:olomouc"),
                          ("g:tanabe", "i:brondby"), ("g:wrona", "i:brondby")])
    T += _t("employed", [("s:dinamo", "c:dragan"), ("s:cska", "c:petrov"), ("s:cska", "c:sokolova"), ("s:aarhus", "c:moller"),
                         ("s:dukla", "c:lindgren"), ("s:tokai", "c:moeller")])
    T += _t("workedat", [("c:petrov", "n:inst"), ("c:moeller", "n:leipzig"), ("c:lindgren", "n:leipzig")])
    T += _t("headcoach", [("c:petrov", "t:soviet"), ("c:sokolova", "t:soviet"), ("c:dragan", "t:romania"), ("c:moller", "t:denmark"),
                          ("c:lindgren", "t:czech"), ("c:moeller", "t:denmark")])
    T += _t("succeeded", [("c:sokolova", "c:petrov"), ("c:moeller", "c:moller"), ("c:lindgren", "c:moeller")])
    T += _t("competed", [("g:ionescu", "t:romania"), ("g:marin", "t:romania"), ("g:volkov", "t:soviet"), ("g:hruba", "t:czech"),
                         ("g:tanabe", "t:japan"), ("g:conti", "t:italy"), ("g:wrona", "t:poland")])
    T += _t("married", [("g:marin", "c:dragan"), ("g:tanabe", "c:moller")])
    T += _t("born", [("g:ionescu", "y:onesti"), ("g:marin", "y:deva"), ("g:volkov", "y:kiev"), ("g:hruba", "y:brno"),
                     ("g:tanabe", "y:nagoya"), ("g:conti", "y:milan"), ("g:wrona", "y:lodz"), ("c:petrov", "y:moscow"),
                     ("c:sokolova", "y:kiev"), ("c:moller", "y:odense"), ("c:moeller", "y:leipzig"), ("c:lindgren", "y:aarhus"),
                     ("c:dragan", "y:cluj"), ("h:varga", "y:budapest"),
                     ("w:falk", "y:odense"), ("w:berg", "y:aarhus"), ("w:sund", "y:aarhus"), ("w:strand", "y:odense")])
    T += _t("studied", [("h:varga", "c:dragan")])
    T += _t("swimcoach", [("w:sund", "w:falk"), ("w:strand", "w:berg")])
    T += _t("swimclub", [("w:falk", "s:aarhus"), ("w:berg", "s:aarhus")])
    T += _t("based", [("s:dinamo", "y:deva"), ("s:cska", "y:moscow"), ("s:aarhus", "y:aarhus"), ("s:dukla", "y:prague"),
                      ("s:tokai", "y:nagoya"), ("i:deva", "y:deva"), ("i:brondby", "y:odense"), ("i:olomouc", "y:brno"),
                      ("n:inst", "y:moscow"), ("n:leipzig", "y:leipzig")])
    return _build(items, others, rels, T)


def machines():
    """Ships (items dated by launch): a destroyer, a corvette, an aircraft carrier named after a man
    ("Erik Lindholm", who is on the graph too), a sloop and a barque (no ship words of the list);
    ships "are driven by" propulsion (the new power reading), "were built at" shipyards (which "are
    located in" cities), "were commanded by" officers (a woman among them), "are named after"
    people. Racing cars (items) "were driven by" drivers (a neighbour on "driven") and "are powered
    by" engines; a locomotive "is housed in" a museum (the new "is home to", "home"), a racing car
    "is displayed at" another."""
    rels = [
        R("drivenby", phrase="is driven by", inverse_phrase="drives",
          domain=("destroyer", "corvette", "aircraft carrier", "sloop", "barque"), range=("marine propulsion", "steam engine")),
        R("built", phrase="was built at", inverse_phrase="built", domain=("destroyer", "corvette", "aircraft carrier", "sloop",
                                                                       "barque"), range=("shipyard",)),
        R("commanded", phrase="was commanded by", inverse_phrase="commanded",
          domain=("destroyer", "corvette", "aircraft carrier", "sloop", "barque"), range=("naval officer",)),
        R("named", phrase="is named after", inverse_phrase="gave its name to",
          domain=("destroyer", "corvette", "aircraft carrier", "sloop", "barque"), range=("naval officer", "explorer")),
        R("driver", phrase="was driven by", inverse_phrase="drove", domain=("racing car",), range=("racing driver",)),
        R("powered", phrase="is powered by", inverse_phrase="powers", domain=("racing car", "locomotive"),
          range=("piston engine", "steam engine")),
        R("housed", phrase="is housed in", inverse_phrase="houses", domain=("locomotive", "racing car"), range=("museum",)),
        R("displayed", phrase="is displayed at", inverse_phrase="displays", domain=("racing car",), range=("museum",)),
        R("located", phrase="is located in", inverse_phrase="is the site of", domain=("shipyard", "museum"), range=("city",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of",
          domain=("naval officer", "explorer", "racing driver"), range=("city",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("racing driver",), range=("race",)),
    ]
    items = {"v:halland": ("destroyer", "HSwMS Halland", 1952), "v:vigil": ("corvette", "HMS Vigilant", 1941),
             "v:lindholm": ("aircraft carrier", "Erik Lindholm", 1961), "v:mary": ("sloop", "Mary Holt", 1798),
             "v:svea": ("barque", "Svea Star", 1874),
             "o:lindholm": ("naval officer", "Erik Lindholm", 1890), "o:holt": ("naval officer", "Mary Holt", 1770),
             "o:grey": ("naval officer", "Margaret Grey", 1905), "o:nyberg": ("naval officer", "Gustav Nyberg", 1910),
             "o:dahl": ("naval officer", "Harald Dahl", 1925), "o:moller": ("naval officer", "Jens Møller", 1830),
             "x:nordqvist": ("explorer", "Otto Nordqvist", 1850),
             "r:vw5": ("racing car", "the Vanwall VW5", 1957), "r:t51": ("racing car", "the Cooper T51", 1959),
             "r:lotus": ("racing car", "the Lotus 18", 1960), "l:rocket": ("locomotive", "the Lindholm Rocket", 1830),
             "d:brooks": ("racing driver", "Tony Brooks", 1932), "d:lombardi": ("racing driver", "Maria Teresa Lombardi", 1931),
             "d:moss": ("racing driver", "Stirling Moss", 1929), "d:ireland": ("racing driver", "Innes Ireland", 1930)}
    others = {"p:turbine": ("marine propulsion", "geared steam turbines"), "p:diesel": ("marine propulsion", "diesel-electric propulsion"),
              "p:cosag": ("marine propulsion", "COSAG propulsion"), "p:triple": ("steam engine", "a triple-expansion engine"),
              "p:beam": ("steam engine", "the Soho beam engine"),
              "e:vanwall": ("piston engine", "the Vanwall 254"), "e:climax": ("piston engine", "the Coventry Climax FPF"),
              "y:gota": ("shipyard", "Götaverken"), "y:kockums": ("shipyard", "Kockums"), "y:yarrow": ("shipyard", "Yarrow Shipbuilders"),
              "y:harland": ("shipyard", "Harland and Wolff"),
              "c:gothenburg": ("city", "Gothenburg"), "c:malmo": ("city", "Malmö"), "c:glasgow": ("city", "Glasgow"),
              "c:belfast": ("city", "Belfast"), "c:stockholm": ("city", "Stockholm"), "c:london": ("city", "London"),
              "c:york": ("city", "York"), "c:beaulieu": ("city", "Beaulieu"), "c:bergen": ("city", "Bergen"),
              "c:plymouth": ("city", "Plymouth"), "c:turin": ("city", "Turin"), "c:kirkcaldy": ("city", "Kirkcaldy"),
              "c:dundee": ("city", "Dundee"),
              "m:nrm": ("museum", "the National Railway Museum"), "m:beaulieu": ("museum", "the National Motor Museum"),
              "m:science": ("museum", "the Science Museum"),
              "z:monaco": ("race", "the 1958 Monaco Grand Prix"), "z:british": ("race", "the 1957 British Grand Prix"),
              "z:italian": ("race", "the 1959 Italian Grand Prix")}
    T = _t("drivenby", [("v:halland", "p:turbine"), ("v:vigil", "p:triple"), ("v:lindholm", "p:cosag"), ("v:svea", "p:diesel")])
    T += _t("built", [("v:halland", "y:gota"), ("v:vigil", "y:yarrow"), ("v:lindholm", "y:kockums"), ("v:mary", "y:harland"),
                      ("v:svea", "y:gota")])
    T += _t("commanded", [("v:halland", "o:nyberg"), ("v:vigil", "o:grey"), ("v:lindholm", "o:dahl"), ("v:mary", "o:holt"),
                          ("v:svea", "o:moller")])
    T += _t("named", [("v:lindholm", "o:lindholm"), ("v:mary", "o:holt"), ("v:svea", "x:nordqvist")])
    T += _t("driver", [("r:vw5", "d:brooks"), ("r:vw5", "d:moss"), ("r:t51", "d:lombardi"), ("r:lotus", "d:ireland")])
    T += _t("powered", [("r:vw5", "e:vanwall"), ("r:t51", "e:climax"), ("r:lotus", "e:climax"), ("l:rocket", "p:beam")])
    T += _t("housed", [("l:rocket", "m:nrm"), ("r:vw5", "m:beaulieu")])
    T += _t("displayed", [("r:t51", "m:science")])
    T += _t("located", [("y:gota", "c:gothenburg"), ("y:kockums", "c:malmo"), ("y:yarrow", "c:glasgow"), ("y:harland", "c:belfast"),
                        ("m:nrm", "c:york"), ("m:beaulieu", "c:beaulieu"), ("m:science", "c:london")])
    T += _t("born", [("o:lindholm", "c:stockholm"), ("o:holt", "c:plymouth"), ("o:grey", "c:dundee"), ("o:nyberg", "c:gothenburg"),
                     ("o:dahl", "c:bergen"), ("o:moller", "c:bergen"), ("x:nordqvist", "c:malmo"), ("d:brooks", "c:london"),
                     ("d:lombardi", "c:turin"), ("d:moss", "c:london"), ("d:ireland", "c:kirkcaldy")])
    T += _t("won", [("d:moss", "z:monaco"), ("d:brooks", "z:british"), ("d:moss", "z:italian")])
    return _build(items, others, rels, T)


def stage():
    """Playwrights, composers and film people (items dated by birth) and their works: playwrights
    "wrote plays in the genre of" genres (the new "wrote comedy") and "wrote" plays (typed play, the
    same verb); a composer "composed operas in the genre of" a genre and "composed" operas; film
    studios "make films in the genre" (present; the new "make thrillers"); directors "directed"
    films; plays "premiered at" theatres, which "stand in" cities (the new "stand at") and "stand at"
    squares; manuscripts "are housed in" libraries ("is home to", "home"), which "are located in"
    cities; playwrights "are buried at" cemeteries (present: the new "lies at") and "were born in" /
    "died in" cities; a play "is set in" a city."""
    rels = [
        R("genre", phrase="wrote plays in the genre of", inverse_phrase="was a genre of the plays of",
          domain=("playwright",), range=("genre",)),
        R("opgenre", phrase="composed operas in the genre of", inverse_phrase="was a genre of the operas of",
          domain=("composer",), range=("genre",)),
        R("filmgenre", phrase="makes films in the genre", inverse_phrase="is a genre of the films of",
          domain=("film studio",), range=("genre",)),
        R("wrote", phrase="wrote", inverse_phrase="was written by", domain=("playwright",), range=("play",)),
        R("composed", phrase="composed", inverse_phrase="was composed by", domain=("composer",), range=("opera",)),
        R("produced", phrase="produced", inverse_phrase="was produced by", domain=("film studio",), range=("film",)),
        R("directed", phrase="directed", inverse_phrase="was directed by", domain=("film director",), range=("film",)),
        R("premiered", phrase="premiered at", inverse_phrase="hosted the premiere of", domain=("play", "opera"),
          range=("theatre",)),
        R("standsin", phrase="stands in", inverse_phrase="is the site of", domain=("theatre",), range=("city",)),
        R("standsat", phrase="stands at", inverse_phrase="is the setting of", domain=("theatre",), range=("square",)),
        R("housed", phrase="is housed in", inverse_phrase="keeps", domain=("manuscript",), range=("library",)),
        R("located", phrase="is located in", inverse_phrase="is the seat of", domain=("library", "square", "film studio"),
          range=("city",)),
        R("buried", phrase="is buried at", inverse_phrase="is the resting place of", domain=("playwright", "composer"),
          range=("cemetery",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of",
          domain=("playwright", "composer", "film director"), range=("city",)),
        R("died", phrase="died in", inverse_phrase="is the place of death of", domain=("playwright", "composer"), range=("city",)),
        R("setin", phrase="is set in", inverse_phrase="is the setting of", domain=("play", "film"), range=("city",)),
        R("manuscript", phrase="is the manuscript of", inverse_phrase="survives in", domain=("manuscript",), range=("play", "opera")),
    ]
    items = {"w:goldoni": ("playwright", "Carlo Valdoni", 1707), "w:marivel": ("playwright", "Pierre Marivel", 1688),
             "w:holberg": ("playwright", "Ludvig Holmberg", 1684), "w:aske": ("playwright", "Margaret Aske", 1890),
             "w:ashdown": ("playwright", "George Ashdown", 1819),
             "c:pergola": ("composer", "Giovanni Pergola", 1710), "c:hasse": ("composer", "Johanna Hesse", 1699),
             "p:servant": ("play", "The Servant of Two Masters", 1746), "p:games": ("play", "The Game of Love", 1730),
             "p:jeppe": ("play", "Jeppe of the Hill", 1722), "p:mourning": ("play", "The Mourning Bride", 1925),
             "o:serva": ("opera", "La serva astuta", 1733), "o:artaserse": ("opera", "Artaserse", 1730),
             "f:night": ("film", "Night Harbour", 1947), "f:dust": ("film", "Dust Road", 1952),
             "d:hale": ("film director", "Howard Hale", 1905), "d:ruiz": ("film director", "Elena Ruiz", 1910)}
    others = {"g:comedy": ("genre", "comedy"), "g:tragedy": ("genre", "tragedy"), "g:farce": ("genre", "farce"),
              "g:buffa": ("genre", "opera buffa"), "g:seria": ("genre", "opera seria"), "g:noir": ("genre", "film noir"),
              "g:western": ("genre", "the western"), "g:thriller": ("genre", "thriller"), "g:melodrama": ("genre", "melodrama"),
              "s:rko": ("film studio", "Meridian Pictures"), "s:apex": ("film studio", "Apex Films"),
              "t:sanluca": ("theatre", "Teatro San Luca"), "t:italiens": ("theatre", "the Théâtre Italien"),
              "t:gronnegade": ("theatre", "the Grønnegade Theatre"), "t:royalty": ("theatre", "the Royalty Theatre"),
              "q:campo": ("square", "Campo San Luca"), "q:kongens": ("square", "Kongens Nytorv"),
              "q:bourgogne": ("square", "Place de Bourgogne"),
              "l:marciana": ("library", "the Biblioteca Marciana"), "l:royal": ("library", "the Royal Library"),
              "l:bnf": ("library", "the Bibliothèque nationale"),
              "m:servant": ("manuscript", "the Valdoni autograph"), "m:jeppe": ("manuscript", "the Holmberg manuscript"),
              "m:serva": ("manuscript", "the Pergola score"),
              "k:isola": ("cemetery", "San Michele Cemetery"), "k:assistens": ("cemetery", "Assistens Cemetery"),
              "k:pere": ("cemetery", "Père Lachaise Cemetery"), "k:highgate": ("cemetery", "Highgate Cemetery"),
              "y:venice": ("city", "Venice"), "y:paris": ("city", "Paris"), "y:copenhagen": ("city", "Copenhagen"),
              "y:bergen": ("city", "Bergen"), "y:naples": ("city", "Naples"), "y:dresden": ("city", "Dresden"),
              "y:london": ("city", "London"), "y:hamburg": ("city", "Hamburg"), "y:bologna": ("city", "Bologna"),
              "y:hollywood": ("city", "Hollywood"), "y:madrid": ("city", "Madrid"), "y:chicago": ("city", "Chicago"),
              "y:milan": ("city", "Milan"), "y:bath": ("city", "Bath")}
    T = _t("genre", [("w:goldoni", "g:comedy"), ("w:marivel", "g:comedy"), ("w:holberg", "g:comedy"), ("w:holberg", "g:farce"),
                     ("w:aske", "g:tragedy"), ("w:aske", "g:melodrama"),
                     ("w:ashdown", "g:tragedy")])
    T += _t("opgenre", [("c:pergola", "g:buffa"), ("c:hasse", "g:seria")])
    T += _t("filmgenre", [("s:rko", "g:noir"), ("s:rko", "g:thriller"), ("s:apex", "g:western")])
    T += _t("wrote", [("w:goldoni", "p:servant"), ("w:marivel", "p:games"), ("w:holberg", "p:jeppe"), ("w:aske", "p:mourning")])
    T += _t("composed", [("c:pergola", "o:serva"), ("c:hasse", "o:artaserse")])
    T += _t("produced", [("s:rko", "f:night"), ("s:apex", "f:dust")])
    T += _t("directed", [("d:hale", "f:night"), ("d:ruiz", "f:dust")])
    T += _t("premiered", [("p:servant", "t:sanluca"), ("p:games", "t:italiens"), ("p:jeppe", "t:gronnegade"),
                          ("p:mourning", "t:royalty"), ("o:serva", "t:sanluca")])
    T += _t("standsin", [("t:sanluca", "y:venice"), ("t:italiens", "y:paris"), ("t:gronnegade", "y:copenhagen"),
                         ("t:royalty", "y:london")])
    T += _t("standsat", [("t:sanluca", "q:campo"), ("t:gronnegade", "q:kongens")])
    T += _t("housed", [("m:servant", "l:marciana"), ("m:jeppe", "l:royal"), ("m:serva", "l:marciana")])
    T += _t("located", [("l:marciana", "y:venice"), ("l:royal", "y:copenhagen"), ("l:bnf", "y:paris"), ("q:campo", "y:venice"),
                        ("q:kongens", "y:copenhagen"), ("q:bourgogne", "y:paris"), ("s:rko", "y:hollywood"), ("s:apex", "y:hollywood")])
    T += _t("buried", [("w:goldoni", "k:pere"), ("w:marivel", "k:pere"), ("w:holberg", "k:assistens"), ("c:pergola", "k:isola"),
                       ("w:aske", "k:highgate")])
    T += _t("born", [("w:goldoni", "y:venice"), ("w:marivel", "y:paris"), ("w:holberg", "y:bergen"), ("w:aske", "y:london"),
                     ("w:ashdown", "y:bath"), ("c:pergola", "y:naples"), ("c:hasse", "y:hamburg"), ("d:hale", "y:chicago"), ("d:ruiz", "y:madrid")])
    T += _t("died", [("w:goldoni", "y:paris"), ("w:marivel", "y:paris"), ("w:holberg", "y:copenhagen"), ("c:pergola", "y:venice"),
                     ("c:hasse", "y:dresden"), ("w:aske", "y:london")])
    T += _t("setin", [("p:servant", "y:venice"), ("p:jeppe", "y:copenhagen"), ("f:night", "y:hamburg"), ("f:dust", "y:madrid")])
    T += _t("manuscript", [("m:servant", "p:servant"), ("m:jeppe", "p:jeppe"), ("m:serva", "o:serva")])
    return _build(items, others, rels, T)


def city():
    """Monuments of two cities: statues (items dated by unveiling) "stand at" squares (the new
    "stand in"), fountains "sit in" parks (the new "sit at"), a column "lies in" a park, squares and
    parks "are located in" cities; organs and an altarpiece "are housed in" churches (the new "is home
    to", "home"), churches "are situated in" cities; football clubs "are based in" cities (inverse "is
    home to": the same words); statues "depict" people and "were sculpted by" sculptors, who "are
    buried in" churches (present: the new "lies in", beside the column's own "lies in") and "were
    born in" cities. Names with the new folded letters: Milan Đorđević, the Ørsted Monument,
    Søndertorv, Łazienki Park."""
    rels = [
        R("standsat", phrase="stands at", inverse_phrase="is the site of", domain=("statue", "monument"), range=("square",)),
        R("sitsin", phrase="sits in", inverse_phrase="contains", domain=("fountain",), range=("park",)),
        R("liesin", phrase="lies in", inverse_phrase="holds", domain=("column",), range=("park",)),
        R("located", phrase="is located in", inverse_phrase="has", domain=("square", "park"), range=("city",)),
        R("housed", phrase="is housed in", inverse_phrase="houses", domain=("organ", "altarpiece"), range=("church",)),
        R("situated", phrase="is situated in", inverse_phrase="is the location of", domain=("church",), range=("city",)),
        R("based", phrase="is based in", inverse_phrase="is home to", domain=("football club",), range=("city",)),
        R("depicts", phrase="depicts", inverse_phrase="is depicted by", domain=("statue", "monument"), range=("scientist", "king")),
        R("sculpted", phrase="was sculpted by", inverse_phrase="sculpted", domain=("statue", "monument", "fountain"),
          range=("sculptor",)),
        R("built", phrase="was built by", inverse_phrase="built", domain=("organ",), range=("organ builder",)),
        R("buried", phrase="is buried in", inverse_phrase="is the burial place of", domain=("sculptor", "organ builder", "king"),
          range=("church",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of",
          domain=("sculptor", "organ builder", "scientist", "king"), range=("city",)),
    ]
    items = {"s:orsted": ("monument", "the Ørsted Monument", 1876), "s:chopin": ("statue", "the Chopin Statue", 1926),
             "s:absalon": ("statue", "the Absalon Statue", 1902), "s:sobieski": ("statue", "the Sobieski Statue", 1788),
             "f:gefion": ("fountain", "the Gefion Fountain", 1908), "f:neptune": ("fountain", "the Neptune Fountain", 1633),
             "c:column": ("column", "the Sigismund Column", 1644),
             "o:frederik": ("organ", "the Frederik Organ", 1730), "o:wagner": ("organ", "the Wagner Organ", 1760),
             "a:altar": ("altarpiece", "the Marienaltar", 1520),
             "p:bissen": ("sculptor", "Vilhelm Bissen", 1836), "p:djordjevic": ("sculptor", "Milan Đorđević", 1850),
             "p:szymanowski": ("sculptor", "Wacław Szymanowski", 1859), "p:bundgaard": ("sculptor", "Anders Bundgaard", 1864),
             "b:wagner": ("organ builder", "Joachim Wagner", 1690), "b:lund": ("organ builder", "Sophie Lund", 1700),
             "h:orsted": ("scientist", "Hans Christian Ørsted", 1777), "h:chopin": ("scientist", "Fryderyk Chopin", 1810),
             "k:sobieski": ("king", "John III Sobieski", 1629), "k:absalon": ("king", "Absalon", 1128)}
    others = {"q:sondertorv": ("square", "Søndertorv"), "q:hojbro": ("square", "Højbro Plads"),
              "q:castle": ("square", "Castle Square"), "q:market": ("square", "the Old Market Square"),
              "k:lazienki": ("park", "Łazienki Park"), "k:churchill": ("park", "Churchillparken"), "k:saxon": ("park", "the Saxon Garden"),
              "y:copenhagen": ("city", "Copenhagen"), "y:warsaw": ("city", "Warsaw"), "y:odense": ("city", "Odense"),
              "y:krakow": ("city", "Kraków"), "y:belgrade": ("city", "Belgrade"), "y:berlin": ("city", "Berlin"),
              "y:rudkobing": ("city", "Rudkøbing"), "y:faaborg": ("city", "Faaborg"), "y:olesko": ("city", "Olesko"),
              "y:lubeck": ("city", "Lübeck"), "y:zelazowa": ("city", "Żelazowa Wola"), "y:lwow": ("city", "Lwów"),
              "h:garrison": ("church", "the Garrison Church"), "h:vor": ("church", "Vor Frue Kirke"),
              "h:wawel": ("church", "Wawel Cathedral"), "h:marien": ("church", "St. Mary's Church"),
              "h:holy": ("church", "Holy Cross Church"),
              "x:fck": ("football club", "FC København"), "x:legia": ("football club", "Legia Warsaw"),
              "x:ob": ("football club", "Odense BK")}
    T = _t("standsat", [("s:orsted", "q:sondertorv"), ("s:absalon", "q:hojbro"), ("s:sobieski", "q:market"),
                        ("s:chopin", "q:castle")])
    T += _t("sitsin", [("f:gefion", "k:churchill"), ("f:neptune", "k:saxon")])
    T += _t("liesin", [("c:column", "k:lazienki")])
    T += _t("located", [("q:sondertorv", "y:copenhagen"), ("q:hojbro", "y:copenhagen"), ("q:castle", "y:warsaw"),
                        ("q:market", "y:krakow"), ("k:lazienki", "y:warsaw"), ("k:churchill", "y:copenhagen"), ("k:saxon", "y:warsaw")])
    T += _t("housed", [("o:frederik", "h:garrison"), ("o:wagner", "h:marien"), ("a:altar", "h:marien")])
    T += _t("situated", [("h:garrison", "y:copenhagen"), ("h:vor", "y:copenhagen"), ("h:wawel", "y:krakow"), ("h:marien", "y:berlin"),
                         ("h:holy", "y:warsaw")])
    T += _t("based", [("x:fck", "y:copenhagen"), ("x:legia", "y:warsaw"), ("x:ob", "y:odense")])
    T += _t("depicts", [("s:orsted", "h:orsted"), ("s:chopin", "h:chopin"), ("s:sobieski", "k:sobieski"), ("s:absalon", "k:absalon")])
    T += _t("sculpted", [("s:orsted", "p:bissen"), ("s:absalon", "p:bissen"), ("s:chopin", "p:szymanowski"),
                         ("s:sobieski", "p:djordjevic"), ("f:gefion", "p:bundgaard"), ("f:neptune", "p:djordjevic")])
    T += _t("built", [("o:frederik", "b:lund"), ("o:wagner", "b:wagner")])
    T += _t("buried", [("p:bissen", "h:garrison"), ("p:szymanowski", "h:holy"), ("p:djordjevic", "h:wawel"),
                       ("b:wagner", "h:marien"), ("b:lund", "h:vor"), ("k:sobieski", "h:wawel")])
    T += _t("born", [("p:bissen", "y:copenhagen"), ("p:djordjevic", "y:belgrade"), ("p:szymanowski", "y:warsaw"),
                     ("p:bundgaard", "y:odense"), ("b:wagner", "y:berlin"), ("b:lund", "y:faaborg"), ("h:orsted", "y:rudkobing"),
                     ("h:chopin", "y:zelazowa"), ("k:sobieski", "y:olesko")])
    return _build(items, others, rels, T)


def works():
    """Engineers (items dated by birth) "specialised in" fields (the act "in" a place after its
    object), "worked at" factories, and were baptised / lived / grew up / were educated in towns,
    "were born in" / "died in" towns and "are buried at" cemeteries (present: "lies at"); firms
    "employed" them (the new "was employed at", beside "worked at"); factories (items) "are driven
    by" steam engines (the new power reading) or a water wheel (no power source), "stand in" towns
    (the new "stand at"), "were owned by" firms; industrialists "were chairman of" firms and
    "succeeded" one another (the new "as chairman of"), "founded" firms; a centrifugal governor (a
    device whose type ends in "governor", a new person noun) "regulates" an engine."""
    rels = [
        R("field", phrase="specialised in", inverse_phrase="was the speciality of", domain=("engineer",), range=("field",)),
        R("workedat", phrase="worked at", inverse_phrase="was the workplace of", domain=("engineer",), range=("factory",)),
        R("baptised", phrase="was baptised in", inverse_phrase="is the place of baptism of", domain=("engineer",), range=("town",)),
        R("lived", phrase="lived in", inverse_phrase="was the home of", domain=("engineer",), range=("town",)),
        R("grew", phrase="grew up in", inverse_phrase="was the childhood home of", domain=("engineer",), range=("town",)),
        R("educated", phrase="was educated in", inverse_phrase="educated", domain=("engineer",), range=("town",)),
        R("married", phrase="was married in", inverse_phrase="saw the wedding of", domain=("engineer",), range=("town",)),
        R("retired", phrase="retired to", inverse_phrase="was the retreat of", domain=("engineer",), range=("town",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("engineer", "industrialist"), range=("town",)),
        R("died", phrase="died in", inverse_phrase="is the place of death of", domain=("engineer", "industrialist"), range=("town",)),
        R("buried", phrase="is buried at", inverse_phrase="is the resting place of", domain=("engineer", "industrialist"),
          range=("cemetery",)),
        R("employed", phrase="employed", inverse_phrase="drew the wages of", domain=("firm",), range=("engineer",)),
        R("drivenby", phrase="is driven by", inverse_phrase="drives", domain=("factory",), range=("steam engine", "water wheel")),
        R("standsin", phrase="stands in", inverse_phrase="is the site of", domain=("factory",), range=("town",)),
        R("owned", phrase="was owned by", inverse_phrase="owned", domain=("factory",), range=("firm",)),
        R("chairman", phrase="was chairman of", inverse_phrase="was chaired by", domain=("industrialist",), range=("firm",)),
        R("director", phrase="was director of", inverse_phrase="was directed by", domain=("industrialist",), range=("firm",)),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("industrialist",), range=("industrialist",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", domain=("industrialist",), range=("firm",)),
        R("regulates", phrase="regulates", inverse_phrase="is regulated by", domain=("centrifugal governor",), range=("steam engine",)),
    ]
    items = {"e:boulton": ("engineer", "William Murdock", 1754), "e:fairbairn": ("engineer", "Peter Fairlie", 1800),
             "e:ewart": ("engineer", "Agnes Ewart", 1820), "e:hick": ("engineer", "Benjamin Hickling", 1790),
             "e:smeaton": ("engineer", "John Smeaton", 1724),
             "i:strutt": ("industrialist", "Jedediah Stott", 1726), "i:arkwright": ("industrialist", "George Arkwell", 1732),
             "i:marshall": ("industrialist", "John Marshall", 1765), "i:greg": ("industrialist", "Hannah Gregg", 1766),
             "f:albion": ("factory", "Albion Mill", 1786), "f:temple": ("factory", "Temple Works", 1838),
             "f:quarry": ("factory", "Quarry Bank Mill", 1784), "f:masson": ("factory", "Masson Mill", 1783),
             "g:porter": ("centrifugal governor", "the Porter governor", 1858)}
    others = {"d:hydraulics": ("field", "hydraulics"), "d:gas": ("field", "gas lighting"), "d:boilers": ("field", "boiler design"),
              "d:bridges": ("field", "bridge building"),
              "t:redruth": ("town", "Redruth"), "t:cumnock": ("town", "Cumnock"), "t:leeds": ("town", "Leeds"),
              "t:manchester": ("town", "Manchester"), "t:birmingham": ("town", "Birmingham"), "t:styal": ("town", "Styal"),
              "t:cromford": ("town", "Cromford"), "t:london": ("town", "London"), "t:bolton": ("town", "Bolton"),
              "t:glasgow": ("town", "Glasgow"), "t:derby": ("town", "Derby"), "t:austhorpe": ("town", "Austhorpe"),
              "t:kelso": ("town", "Kelso"), "t:belper": ("town", "Belper"), "t:handsworth": ("town", "Handsworth"),
              "t:edinburgh": ("town", "Edinburgh"), "t:auchinleck": ("town", "Auchinleck"),
              "t:coldstream": ("town", "Coldstream"),
              "k:handsworth": ("cemetery", "St Mary's Churchyard"), "k:kensal": ("cemetery", "Kensal Green Cemetery"),
              "k:belper": ("cemetery", "Belper Cemetery"), "k:ardwick": ("cemetery", "Ardwick Cemetery"),
              "c:soho": ("firm", "the Soho Foundry"), "c:marshall": ("firm", "Marshall and Company"),
              "c:greg": ("firm", "Gregg and Sons"), "c:arkwright": ("firm", "Arkwell and Company"),
              "c:hick": ("firm", "Hickling Hargreaves"),
              "s:boulton": ("steam engine", "a Boulton and Watt engine"), "s:beam": ("steam engine", "the Hick beam engine"),
              "s:wheel": ("water wheel", "the great wheel")}
    T = _t("field", [("e:boulton", "d:gas"), ("e:fairbairn", "d:bridges"), ("e:fairbairn", "d:boilers"), ("e:ewart", "d:hydraulics"),
                     ("e:hick", "d:boilers"), ("e:smeaton", "d:hydraulics")])
    T += _t("workedat", [("e:boulton", "f:albion"), ("e:fairbairn", "f:temple"), ("e:ewart", "f:quarry"), ("e:hick", "f:temple")])
    T += _t("baptised", [("e:boulton", "t:cumnock"), ("e:ewart", "t:kelso"), ("e:fairbairn", "t:coldstream")])
    T += _t("married", [("e:boulton", "t:redruth"), ("e:fairbairn", "t:leeds"), ("e:hick", "t:handsworth")])
    T += _t("retired", [("e:fairbairn", "t:cromford"), ("e:smeaton", "t:derby"), ("e:ewart", "t:belper")])
    T += _t("lived", [("e:boulton", "t:redruth"), ("e:ewart", "t:bolton"), ("e:fairbairn", "t:manchester"), ("e:hick", "t:bolton")])
    T += _t("grew", [("e:boulton", "t:glasgow"), ("e:fairbairn", "t:edinburgh")])
    T += _t("educated", [("e:ewart", "t:edinburgh"), ("e:hick", "t:derby"), ("e:smeaton", "t:leeds")])
    T += _t("born", [("e:boulton", "t:auchinleck"), ("e:fairbairn", "t:kelso"), ("e:ewart", "t:glasgow"), ("e:hick", "t:leeds"),
                     ("e:smeaton", "t:austhorpe"), ("i:strutt", "t:derby"), ("i:arkwright", "t:bolton"), ("i:marshall", "t:leeds"),
                     ("i:greg", "t:glasgow")])
    T += _t("died", [("e:boulton", "t:birmingham"), ("e:fairbairn", "t:manchester"), ("e:ewart", "t:bolton"),
                     ("e:smeaton", "t:austhorpe"), ("i:strutt", "t:derby"), ("i:arkwright", "t:cromford")])
    T += _t("buried", [("e:boulton", "k:handsworth"), ("e:fairbairn", "k:ardwick"), ("e:hick", "k:kensal"), ("i:strutt", "k:belper")])
    T += _t("employed", [("c:soho", "e:boulton"), ("c:marshall", "e:fairbairn"), ("c:greg", "e:ewart"), ("c:hick", "e:hick"),
                         ("c:marshall", "e:hick")])
    T += _t("drivenby", [("f:albion", "s:boulton"), ("f:temple", "s:beam"), ("f:quarry", "s:wheel")])
    T += _t("standsin", [("f:albion", "t:london"), ("f:temple", "t:leeds"), ("f:quarry", "t:styal"), ("f:masson", "t:cromford")])
    T += _t("owned", [("f:temple", "c:marshall"), ("f:quarry", "c:greg"), ("f:masson", "c:arkwright"), ("f:albion", "c:soho")])
    T += _t("chairman", [("i:marshall", "c:marshall"), ("i:greg", "c:greg"), ("i:arkwright", "c:arkwright"), ("i:strutt", "c:arkwright"),
                         ("i:greg", "c:marshall")])
    T += _t("director", [("i:arkwright", "c:arkwright"), ("i:strutt", "c:arkwright"), ("i:marshall", "c:marshall"),
                         ("i:greg", "c:marshall"), ("i:greg", "c:greg")])
    T += _t("succeeded", [("i:strutt", "i:arkwright"), ("i:greg", "i:marshall"), ("i:greg", "i:strutt")])
    T += _t("founded", [("i:arkwright", "c:arkwright"), ("i:marshall", "c:marshall"), ("i:greg", "c:greg")])
    T += _t("regulates", [("g:porter", "s:beam")])
    return _build(items, others, rels, T)


BUILDERS = {"royal": royal, "gym": gym, "machines": machines, "stage": stage, "city": city, "works": works}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@royal
# a parent: "gave birth to" (mother), "fathered" (father), "was born to" (child): wrong parent,
# wrong direction, the other parent's verb, a child of another, lists, negation, tense
Frederick of Brenz gave birth to Albrecht of Brenz.
Adelaide of Brenz fathered Albrecht of Brenz.
Margarete of Lenz fathered Sophia of Lenz.
Duke Ernst of Lenz gave birth to Sophia of Lenz.
Albrecht of Brenz fathered Frederick of Brenz.
Albrecht of Brenz gave birth to Adelaide of Brenz.
Frederick of Brenz was born to Albrecht of Brenz.
Adelaide of Brenz was born to Princess Charlotte.
Albrecht of Brenz was born to Margarete of Lenz.
Sophia of Lenz was born to Adelaide of Brenz.
Sophia of Lenz was born to Frederick of Brenz.
Nikola of Orla was born to Margarete of Lenz.
Princess Charlotte was born to Duke Ernst of Lenz.
Albrecht of Brenz was born to Sophia of Lenz.
Albrecht of Brenz was fathered by Duke Ernst of Lenz.
Frederick of Brenz fathered Sophia of Lenz.
Duke Ernst of Lenz fathered Albrecht of Brenz.
Adelaide of Brenz gave birth to Sophia of Lenz.
Margarete of Lenz gave birth to Nikola of Orla.
Adelaide of Brenz did not give birth to Albrecht of Brenz.
Frederick of Brenz never fathered Albrecht of Brenz.
Albrecht of Brenz was not born to Adelaide of Brenz.
Adelaide of Brenz gave birth to Albrecht of Brenz and Sophia of Lenz.
Frederick of Brenz fathered Albrecht of Brenz and Sophia of Lenz.
Duke Ernst of Lenz fathered Sophia of Lenz and Princess Charlotte.
Duke Ernst of Lenz and Frederick of Brenz fathered Sophia of Lenz.
Adelaide of Brenz and Margarete of Lenz gave birth to Princess Charlotte.
Frederick of Brenz fathered Albrecht of Brenz, who ruled the Duchy of Lenz.
Adelaide of Brenz gave birth to Albrecht of Brenz, fathered by Duke Ernst of Lenz.
Sophia of Lenz, who was born to Adelaide of Brenz, married Albrecht of Brenz.
Albrecht of Brenz married Sophia of Lenz, who was born to Adelaide of Brenz.
Albrecht of Brenz, who was born to Margarete of Lenz, married Sophia of Lenz.
Adelaide of Brenz gave birth to Albrecht of Brenz in 1725.
Adelaide of Brenz gave birth to Albrecht of Brenz in Altstein.
Adelaide of Brenz gave birth to Albrecht of Brenz at Rosenholm Palace in 1730.
Sophia of Lenz was born in Orlau to Margarete of Lenz.
Frederick of Brenz fathered Sophia of Lenz with Margarete of Lenz.
Adelaide of Brenz will give birth to Albrecht of Brenz.
Adelaide of Brenz gives birth to Albrecht of Brenz.
Frederick of Brenz fathers Albrecht of Brenz.
Albrecht of Brenz is born to Adelaide of Brenz.
Margarete of Lenz gives birth to Sophia of Lenz.
Duke Ernst of Lenz fathers Nikola of Orla.
Adelaide of Brenz gives birth to Princess Charlotte.
Frederick of Brenz fathers Princess Charlotte.
Sophia of Lenz is born to Margarete of Lenz.
Princess Charlotte is born to Frederick of Brenz.
Frederick of Brenz fathers Albrecht of Brenz and Princess Charlotte.
# "was born to" beside a nationality ("was a citizen of"), a birthplace, a kingdom
Anne de Montclair was born to the Republic of Vell.
Bjørn Halvorsen was born to the Kingdom of Brenz.
Albrecht of Brenz was born to the Kingdom of Brenz.
Albrecht of Brenz was born to Rosenholm Palace.
Adelaide of Brenz gave birth to the Kingdom of Brenz.
Frederick of Brenz fathered the Kingdom of Brenz.
Frederick of Brenz fathered the Colony of New Brenz.
# "lies in / at" (the present "is buried in"): wrong church, birthplace, death city, city of
# the church, reversed, negated, tense, lists
Adelaide of Brenz lies in St Olaf's Chapel.
Frederick of Brenz lies in Rosenholm Palace.
Frederick of Brenz lies in Altstein.
Frederick of Brenz lies in Altstein Abbey.
Albrecht of Brenz lies in the Marienkirche.
Albrecht of Brenz lies in Lenzau.
Sophia of Lenz lies in the Marienkirche.
Princess Charlotte lies in St Olaf's Chapel.
Duke Ernst of Lenz lies at St Olaf's Chapel.
Margarete of Lenz lies at Altstein Abbey.
St Olaf's Chapel lies in Frederick of Brenz.
Frederick of Brenz does not lie in St Olaf's Chapel.
Frederick of Brenz lay in St Olaf's Chapel.
Frederick of Brenz will lie in St Olaf's Chapel.
Frederick of Brenz and Adelaide of Brenz lie in St Olaf's Chapel.
Frederick of Brenz, Albrecht of Brenz and Duke Ernst of Lenz lie in St Olaf's Chapel.
Anne de Montclair lies in St Olaf's Chapel.
Frederick of Brenz, who lies in the Marienkirche, ruled the Kingdom of Brenz.
Frederick of Brenz ruled the Kingdom of Brenz and lies in Altstein Abbey.
# "he" after a king and then a regent whose given name is a woman's in the list but who is a man
# (Anne de Montmorency was one): the pronoun skips the regent and lands on the king
Frederick of Brenz ruled the Kingdom of Brenz. Anne de Montclair was regent of the Kingdom of Brenz. He was born in Altstein.
Frederick of Brenz ruled the Kingdom of Brenz. Anne de Montclair was regent of the Kingdom of Brenz. He lies in St Olaf's Chapel.
Frederick of Brenz ruled the Kingdom of Brenz. Anne de Montclair was regent of the Kingdom of Brenz. He married Adelaide of Brenz.
Albrecht of Brenz ruled the Kingdom of Brenz. Anne de Montclair was a citizen of the Republic of Vell. He was born in Rosenholm Palace.
Duke Ernst of Lenz ruled the Duchy of Lenz. Anne de Montclair was regent of the Kingdom of Brenz. He was born in Lenzau.
Frederick of Brenz was the father of Albrecht of Brenz. Anne de Montclair was regent of the Kingdom of Brenz. He ruled the Kingdom of Brenz.
Frederick of Brenz ruled the Kingdom of Brenz. Anne de Montclair was regent of the Kingdom of Brenz. He was born in Sankt Rupert and died in Brenzburg. He fathered Princess Charlotte.
# "he" / "she" after a man and a woman of the list; titles first; kingdoms and the queen
Frederick of Brenz married Adelaide of Brenz. She was born in Altstein.
Frederick of Brenz married Adelaide of Brenz. He was born in Vellhaven.
Adelaide of Brenz was married to Frederick of Brenz. She died in Brenzburg.
Adelaide of Brenz was married to Frederick of Brenz. He died in Altstein.
Duke Ernst of Lenz married Margarete of Lenz. He was born in Orlau.
Duke Ernst of Lenz married Margarete of Lenz. She was born in Lenzau.
Duke Ernst of Lenz fathered Sophia of Lenz. He married Albrecht of Brenz.
Margarete of Lenz gave birth to Sophia of Lenz. She ruled the Electorate of Orla.
Princess Charlotte was a child of Frederick of Brenz. She was born in Altstein.
Princess Charlotte was a child of Frederick of Brenz. He was born in Brenzburg.
The Kingdom of Brenz was ruled by Frederick of Brenz. She was born in Altstein.
The Kingdom of Brenz had as regent Adelaide of Brenz. She was born in Brenzburg.
Adelaide of Brenz was regent of the Kingdom of Brenz. She held the Colony of New Brenz.
Adelaide of Brenz was regent of the Kingdom of Brenz. She has its capital at Brenzburg.
Frederick of Brenz ruled the Kingdom of Brenz. He held the Colony of New Brenz.
Frederick of Brenz ruled the Kingdom of Brenz. He has its capital at Brenzburg.
Sophia of Lenz ruled the Duchy of Lenz. She was born in Orlau.
Duke Ernst of Lenz ruled the Duchy of Lenz. She was born in Lenzau.
Nikola of Orla was born in Orlau. She ruled the Duchy of Lenz.
# two chancellors whose names fold alike (Norwegian "Bjørn", Swedish "Björn"): each written
# exactly, and what is true of the other one only
Bjørn Halvorsen was born in Vellhaven.
Björn Halvorsen was born in Kolby.
Björn Halvorsen was chancellor of the Kingdom of Brenz.
Björn Halvorsen lies in Altstein Abbey.
Björn Halvorsen died in Altstein.
Bjørn Halvorsen was a citizen of the Republic of Vell.
Björn Halvorsen was a citizen of the Kingdom of Brenz.
The Kingdom of Brenz had as chancellor Björn Halvorsen.
Björn Halvorsen, a chancellor, was born in Kolby.

@gym
# "trained under" (past "was coached by"): tense, direction, wrong coach, the gym, lists,
# negation, the choreographer's "studied under", a place after it
Nadia Ionescu trains under Mircea Dragan.
Nadia Ionescu will train under Mircea Dragan.
Nadia Ionescu is training under Mircea Dragan.
Mircea Dragan trained under Nadia Ionescu.
Nadia Ionescu trained under Alexander Petrov.
Dmitri Volkov trained under Mircea Dragan.
Elena Marin trained under Tatiana Sokolova.
Nadia Ionescu did not train under Mircea Dragan.
Nadia Ionescu never trained under Mircea Dragan.
Nadia Ionescu trained under the Deva Gym.
Nadia Ionescu trained at Mircea Dragan.
Ilona Varga trained under Mircea Dragan.
Dmitri Volkov trained under Alexander Petrov and Mircea Dragan.
Nadia Ionescu and Dmitri Volkov trained under Mircea Dragan.
Dmitri Volkov trained under Alexander Petrov at the Deva Gym.
Nadia Ionescu trained under Mircea Dragan in Cluj.
Nadia Ionescu trained under Mircea Dragan in 1970.
Ingrid Falk trained under Birgit Strand.
Sven Sund trained under Ingrid Falk.
Ingrid Falk trains under Sven Sund.
Ingrid Falk and Lars Berg trained under Sven Sund.
Ingrid Falk swam for Aarhus GF. She trained under Birgit Strand.
Jens Møller trained under Kim Lindgren.
# "was employed at" (an employer that "employed" the coach): wrong club, the institute
# (another relation's "worked at"), the city, the gym, tense, direction, lists
Mircea Dragan was employed at CSKA Moscow.
Nadia Ionescu was employed at Dinamo Deva.
Mircea Dragan was employed at the Deva Gym.
Mircea Dragan was not employed at Dinamo Deva.
Mircea Dragan is employed at Dinamo Deva.
Mircea Dragan will be employed at Dinamo Deva.
Alexander Petrov is employed at CSKA Moscow.
Alexander Petrov and Tatiana Sokolova are employed at CSKA Moscow.
Dinamo Deva was employed at Mircea Dragan.
Alexander Petrov and Mircea Dragan were employed at CSKA Moscow.
Tatiana Sokolova was employed at CSKA Moscow and Dinamo Deva.
Ingrid Falk was employed at Aarhus GF.
# "X succeeded / took over from Y as head coach of Z": N of Z said of both
Tatiana Sokolova succeeded Alexander Petrov as head coach of the Romanian team.
Kim Lindgren succeeded Jens Möller as head coach of the Czech team.
Kim Lindgren took over from Jens Möller as head coach of the Czech team.
Kim Lindgren replaced Jens Möller as head coach of the Czech team.
Kim Lindgren succeeded Jens Möller as the head coach of the Czech team.
Kim Lindgren succeeded Jens Möller as head coach of the Danish team.
Jens Möller was succeeded by Kim Lindgren as head coach of the Czech team.
Alexander Petrov succeeded Tatiana Sokolova as head coach of the Soviet team.
Tatiana Sokolova succeeded Mircea Dragan as head coach of the Soviet team.
Kim Lindgren succeeded Jens Möller and Alexander Petrov as head coach of the Danish team.
Kim Lindgren, who succeeded Jens Möller, was head coach of the Danish team.
Tatiana Sokolova succeeded Alexander Petrov as head coach of the Soviet team in 1990.
# names of both sexes, women with names of men in the list (Czech "Nikola", Japanese "Yuri"):
# "she" skips them and lands on the woman before
Nadia Ionescu competed for the Romanian team. Nikola Hrubá competed for the Czech team. She trained under Mircea Dragan.
Nadia Ionescu competed for the Romanian team. Nikola Hrubá competed for the Czech team. She was born in Onești.
Elena Marin competed for the Romanian team. Yuri Tanabe competed for the Japanese team. She trained at the Deva Gym.
Elena Marin was born in Deva. Yuri Tanabe was born in Nagoya. She was married to Mircea Dragan.
Kim Lindgren coached Nikola Hrubá. She was born in Aarhus.
Kim Lindgren coached Nikola Hrubá. She was head coach of the Czech team.
Nadia Ionescu competed for the Romanian team. Nikola Hrubá competed for the Czech team. She trained under Kim Lindgren.
Yuri Tanabe was married to Jens Møller. He was born in Nagoya.
Elena Marin trained under Mircea Dragan. Andrea Conti trained under Jens Möller. She was born in Deva.
Elena Marin was married to Mircea Dragan. He was born in Deva.
Tatiana Sokolova succeeded Alexander Petrov. She was born in Moscow.
Tatiana Sokolova succeeded Alexander Petrov. He was born in Kiev.
Dmitri Volkov was coached by Alexander Petrov and Tatiana Sokolova. She was born in Moscow.
Ilona Varga studied under Mircea Dragan. She was born in Cluj.
Ilona Varga studied under Mircea Dragan. He was born in Budapest.
# two coaches whose names fold alike (Danish "Møller", German "Möller"), each written exactly
Jens Møller was employed at Tokai Gymnastics Club.
Jens Möller was employed at Aarhus GF.
Tokai Gymnastics Club employed Jens Møller.
Aarhus GF employed Jens Möller.
Yuri Tanabe trained under Jens Möller.
Andrea Conti trained under Jens Møller.
Łukasz Wrona trained under Jens Möller.
Jens Møller coached Andrea Conti.
Jens Möller coached Yuri Tanabe.
Jens Møller was born in Leipzig.
Jens Möller was born in Odense.
Jens Møller worked at the Leipzig Sports Institute.
Jens Möller was married to Yuri Tanabe.
Yuri Tanabe was married to Jens Möller.
Kim Lindgren succeeded Jens Møller.
Jens Møller was succeeded by Kim Lindgren.
Jens Möller succeeded Kim Lindgren.

@machines
# "is driven by" a power source: wrong engine, another ship's, reversed, negated, lists, the
# driver relation's "was driven by" on the same words, the locomotive's "is powered by"
HSwMS Halland is driven by COSAG propulsion.
HSwMS Halland is driven by diesel-electric propulsion.
Geared steam turbines drive HMS Vigilant.
HSwMS Halland drives geared steam turbines.
Geared steam turbines are driven by HSwMS Halland.
HSwMS Halland is driven by Gustav Nyberg.
HSwMS Halland was driven by Gustav Nyberg.
Gustav Nyberg drove HSwMS Halland.
HSwMS Halland is not driven by geared steam turbines.
HSwMS Halland and HMS Vigilant are driven by geared steam turbines.
Geared steam turbines drive HSwMS Halland and Erik Lindholm.
HSwMS Halland uses diesel-electric propulsion.
HSwMS Halland relies on COSAG propulsion.
HSwMS Halland will be driven by geared steam turbines.
Geared steam turbines will drive HSwMS Halland.
HSwMS Halland is driven by geared steam turbines and was built at Kockums.
HSwMS Halland, driven by diesel-electric propulsion, was built at Götaverken.
HSwMS Halland is a destroyer driven by COSAG propulsion.
HMS Vigilant is driven by the Soho beam engine.
The Lindholm Rocket is driven by a triple-expansion engine.
Tony Brooks drove the Vanwall 254.
The Vanwall VW5 is driven by the Coventry Climax FPF.
COSAG propulsion drives the Vanwall VW5.
The Cooper T51 was driven by Stirling Moss.
Tony Brooks drove the Cooper T51.
The Vanwall VW5 is powered by the Vanwall 254 and driven by Innes Ireland.
Svea Star was driven by Jens Møller.
# "is housed in": "is home to", "home": wrong museum, the displayed car, the city, reversed, lists
The Science Museum is home to the Lindholm Rocket.
The Lindholm Rocket is home to the National Railway Museum.
The National Railway Museum's home is the Lindholm Rocket.
The Science Museum is home to the Cooper T51.
The Cooper T51's home is the Science Museum.
The National Railway Museum is not home to the Lindholm Rocket.
The National Railway Museum is home to the Lindholm Rocket and the Vanwall VW5.
The National Motor Museum is home to the Lindholm Rocket.
Götaverken is located at Malmö.
# "she" of ships: a ship named after a man (the aircraft carrier "Erik Lindholm"), a woman
# officer, a sloop and a barque (no ship word of the list)
Erik Lindholm was built at Kockums. She was born in Stockholm.
Erik Lindholm was commanded by Harald Dahl. He was born in Stockholm.
Erik Lindholm was commanded by Harald Dahl. She is driven by geared steam turbines.
Harald Dahl commanded Erik Lindholm. She was built at Götaverken.
HSwMS Halland was commanded by Gustav Nyberg. She was built at Kockums.
HSwMS Halland was commanded by Gustav Nyberg. He was born in Bergen.
HMS Vigilant was commanded by Margaret Grey. She was built at Kockums.
Margaret Grey commanded HMS Vigilant. She is driven by geared steam turbines.
Svea Star was built at Götaverken. She is driven by geared steam turbines.
Svea Star is named after Otto Nordqvist. She was built at Kockums.
Svea Star is named after Otto Nordqvist. She was born in Malmö.
Maria Teresa Lombardi drove the Cooper T51. He was born in Turin.

@stage
# the genre alone after the verb ("wrote comedy"): wrong genre, wrong kind of work, wrong
# verb, tense, lists, negation, "with", a place, a year
Carlo Valdoni wrote tragedy.
Carlo Valdoni wrote tragedies.
Carlo Valdoni wrote farce.
Carlo Valdoni wrote farces.
Carlo Valdoni wrote opera buffa.
Carlo Valdoni did not write comedy.
Carlo Valdoni never wrote comedy.
Carlo Valdoni wrote comedy and farce.
Carlo Valdoni and Ludvig Holmberg wrote farce.
Carlo Valdoni wrote both comedy and tragedy.
Margaret Aske wrote comedy.
Margaret Aske wrote comedy and tragedy.
Margaret Aske wrote a comedy.
Giovanni Pergola wrote comedy.
Giovanni Pergola composed opera seria.
Johanna Hesse composed opera buffa.
Giovanni Pergola composed comedy.
Carlo Valdoni composed comedy.
Carlo Valdoni writes comedy.
Carlo Valdoni will write comedy.
Giovanni Pergola composes opera buffa.
Ludvig Holmberg writes farce.
Margaret Aske writes tragedy.
Johanna Hesse composes opera seria.
Pierre Marivel writes comedy.
Ludvig Holmberg writes comedy and farce.
Carlo Valdoni wrote comic operas.
Carlo Valdoni wrote comic films.
Carlo Valdoni wrote comedy films.
Carlo Valdoni wrote comedy operas.
Carlo Valdoni wrote comic novels.
Ludvig Holmberg wrote comedy operas.
Ludvig Holmberg wrote farce operas.
Margaret Aske wrote melodrama films.
Margaret Aske wrote tragedy films.
Giovanni Pergola composed opera buffa plays.
Meridian Pictures makes thriller plays.
Meridian Pictures makes thriller operas.
Meridian Pictures makes thriller novels.
Carlo Valdoni wrote comedy songs.
Carlo Valdoni wrote comic ballets.
Ludvig Holmberg wrote farce with Carlo Valdoni.
Carlo Valdoni wrote operas in the genre of comedy.
Carlo Valdoni wrote novels in the genre of comedy.
Carlo Valdoni composed operas in the genre of comedy.
Giovanni Pergola composed plays in the genre of opera buffa.
Carlo Valdoni wrote comedy, like Margaret Aske.
Carlo Valdoni wrote comedy in 1730.
Carlo Valdoni wrote comedy at Père Lachaise Cemetery.
Ludvig Holmberg wrote farce in Bergen.
Comedy wrote Carlo Valdoni.
Carlo Valdoni, who wrote tragedy, was born in Venice.
Carlo Valdoni wrote the comedy The Game of Love.
Pierre Marivel wrote the comedy The Servant of Two Masters.
Carlo Valdoni wrote The Game of Love.
Ludvig Holmberg wrote farce. He was born in Copenhagen.
Meridian Pictures makes westerns.
Meridian Pictures makes the western.
Apex Films makes thrillers.
Meridian Pictures will make thrillers.
Meridian Pictures makes comedies.
Howard Hale makes thrillers.
Meridian Pictures makes plays in the genre thriller.
# "stands at / in" read alike: wrong square, the other theatre's square, the city of another
Teatro San Luca stands at Kongens Nytorv.
Teatro San Luca stands in Copenhagen.
The Théâtre Italien stands at Place de Bourgogne.
The Théâtre Italien stands in Place de Bourgogne.
The Royalty Theatre stands at Campo San Luca.
The Grønnegade Theatre will stand at Kongens Nytorv.
The Grønnegade Theatre does not stand at Kongens Nytorv.
Kongens Nytorv stands at the Grønnegade Theatre.
Kongens Nytorv stands in the Grønnegade Theatre.
Kongens Nytorv is located at Venice.
The Grønnegade Theatre and Teatro San Luca stand at Kongens Nytorv.
The Grønnegade Theatre stands at Kongens Nytorv and Campo San Luca.
The Grønnegade Theatre stands at Kongens Nytorv in Venice.
Teatro San Luca, which stands at Kongens Nytorv, hosted the premiere of Jeppe of the Hill.
# "is housed in": "is home to", "home"; another "is home to"; the city of the library
The Biblioteca Marciana is home to the Holmberg manuscript.
The Royal Library is home to the Valdoni autograph.
The Valdoni autograph's home is the Royal Library.
The Biblioteca Marciana is home to the Pergola score and the Holmberg manuscript.
The Biblioteca Marciana, home to the Holmberg manuscript, is located in Venice.
The Biblioteca Marciana will be home to the Valdoni autograph.
The Biblioteca Marciana is the home of the Holmberg manuscript.
The Servant of Two Masters is home to the Valdoni autograph.
Teatro San Luca is home to the Valdoni autograph.
# "lies at" (present "is buried at")
Johanna Hesse lies at San Michele Cemetery.
Giovanni Pergola lies at Père Lachaise Cemetery.
Père Lachaise Cemetery lies at Carlo Valdoni.
Carlo Valdoni and Ludvig Holmberg lie at Père Lachaise Cemetery.
Carlo Valdoni lies at Père Lachaise Cemetery in Venice.
Carlo Valdoni lies at the Théâtre Italien.
Carlo Valdoni wrote comedy. He lies at Assistens Cemetery.

@city
# "stands / sits / lies at / in" (each phrase with either preposition), the column's own "lies
# in" (so no "lies in" of burial here), "is home to" of the clubs and of the organs
The Ørsted Monument stands at Højbro Plads.
The Ørsted Monument stands in Højbro Plads.
The Chopin Statue stands in Søndertorv.
The Gefion Fountain sits at the Saxon Garden.
The Sigismund Column lies in the Saxon Garden.
Castle Square is located in Copenhagen.
Vilhelm Bissen lies in Vor Frue Kirke.
Vilhelm Bissen lies in Churchillparken.
Vilhelm Bissen lies in Søndertorv.
Vilhelm Bissen stands at Søndertorv.
Milan Đorđević lies in Belgrade.
St. Mary's Church is home to the Frederik Organ.
The Garrison Church is home to the Wagner Organ.
St. Mary's Church is home to the Wagner Organ and the Frederik Organ.
Warsaw is home to FC København.
Legia Warsaw's home is Copenhagen.
The Frederik Organ is housed in Vor Frue Kirke.
The Sobieski Statue was sculpted by Milan Đorđević. He was born in Olesko.
The Sobieski Statue depicts John III Sobieski, who lies in Holy Cross Church.

@works
# a person's act "in" a place after its object: the new rule leaves out born / died / buried
# / grew up, not where the person was baptised or married (KNOWN: accepted before too) nor
# retired to; "at" the cemetery
Peter Fairlie specialised in bridge building in Kelso.
William Murdock specialised in gas lighting in Auchinleck.
Peter Fairlie specialised in bridge building in Edinburgh.
Agnes Ewart specialised in hydraulics in Glasgow.
John Smeaton specialised in hydraulics in Austhorpe.
William Murdock specialised in gas lighting in Cumnock.
Peter Fairlie specialised in bridge building in Coldstream.
Peter Fairlie specialised in bridge building in Leeds.
Benjamin Hickling specialised in boiler design in Handsworth.
Agnes Ewart specialised in hydraulics in Kelso.
Agnes Ewart specialised in hydraulics in Kelso and worked at Quarry Bank Mill.
Peter Fairlie specialised in bridge building in Cromford.
Agnes Ewart specialised in hydraulics in Belper.
John Smeaton specialised in hydraulics in Derby.
William Murdock specialised in gas lighting at St Mary's Churchyard.
Benjamin Hickling specialised in boiler design at Kensal Green Cemetery.
William Murdock worked at Albion Mill in Cumnock.
# "lies at" (present "is buried at"); "was employed at" beside "worked at"
William Murdock lies at Kensal Green Cemetery.
George Arkwell lies at Belper Cemetery.
William Murdock was employed at Marshall and Company.
Benjamin Hickling was employed at Marshall and Company and the Soho Foundry.
Agnes Ewart is employed at Gregg and Sons.
Benjamin Hickling is employed at Hickling Hargreaves.
Peter Fairlie is employed at Marshall and Company.
John Smeaton was employed at the Soho Foundry.
Gregg and Sons was employed at Agnes Ewart.
# "is driven by" a steam engine (power) or a water wheel (no power source)
Temple Works is driven by a Boulton and Watt engine.
Albion Mill drives a Boulton and Watt engine.
Masson Mill is driven by the great wheel.
Albion Mill is driven by William Murdock.
William Murdock drives Albion Mill.
William Murdock drove Albion Mill.
The Porter governor drives the Hick beam engine.
Albion Mill stands in Leeds.
# "X succeeded Y as director of Z": both; lists; direction; negation
Hannah Gregg succeeded John Marshall as director of Gregg and Sons.
Hannah Gregg succeeded Jedediah Stott as director of Marshall and Company.
Hannah Gregg succeeded Jedediah Stott and John Marshall as director of Marshall and Company.
Hannah Gregg succeeded John Marshall and Jedediah Stott as director of Marshall and Company.
Hannah Gregg succeeded John Marshall and Jedediah Stott as director of Arkwell and Company.
Jedediah Stott succeeded George Arkwell as director and founder of Arkwell and Company.
Jedediah Stott succeeded George Arkwell as director of Arkwell and Company and Marshall and Company.
Hannah Gregg succeeded John Marshall as director of Gregg and Sons and Marshall and Company.
John Marshall was succeeded by Hannah Gregg as director of Gregg and Sons.
Hannah Gregg followed John Marshall as director of Gregg and Sons.
Hannah Gregg replaced John Marshall as director of Gregg and Sons.
Hannah Gregg succeeded John Marshall as a director of Gregg and Sons.
Hannah Gregg succeeded John Marshall as founder of Marshall and Company.
Hannah Gregg did not succeed John Marshall as director of Marshall and Company.
John Marshall succeeded Hannah Gregg as director of Marshall and Company.
Hannah Gregg succeeded John Marshall as director of Marshall and Company, which she founded.
Hannah Gregg succeeded John Marshall as director of Marshall and Company. She was born in Leeds.
"""

CONTROLS = r"""
@machines
Erik Lindholm is named after Erik Lindholm.
Mary Holt was built at Harland and Wolff. She was commanded by Mary Holt.
Mary Holt was born in Plymouth. She commanded Mary Holt.
Maria Teresa Lombardi drove the Cooper T51. Stirling Moss won the 1958 Monaco Grand Prix. She was born in Turin.
@royal
Adelaide of Brenz gave birth to Albrecht of Brenz.
Frederick of Brenz fathered Albrecht of Brenz.
Albrecht of Brenz was born to Adelaide of Brenz.
Albrecht of Brenz was born to Frederick of Brenz.
Frederick of Brenz fathered Albrecht of Brenz and Princess Charlotte.
Duke Ernst of Lenz fathered Sophia of Lenz and Nikola of Orla.
Sophia of Lenz, who was born to Margarete of Lenz, married Albrecht of Brenz.
Albrecht of Brenz was fathered by Frederick of Brenz.
Adelaide of Brenz gave birth to Albrecht of Brenz, fathered by Frederick of Brenz.
Princess Charlotte was born to Frederick of Brenz and Adelaide of Brenz.
Frederick of Brenz lies in St Olaf's Chapel.
Frederick of Brenz lies at St Olaf's Chapel.
Frederick of Brenz and Albrecht of Brenz lie in St Olaf's Chapel.
St Olaf's Chapel lies in Brenzburg.
Frederick of Brenz married Adelaide of Brenz. She was born in Vellhaven.
Frederick of Brenz married Adelaide of Brenz. He was born in Altstein.
Duke Ernst of Lenz married Margarete of Lenz. He was born in Lenzau.
Duke Ernst of Lenz fathered Sophia of Lenz. She married Albrecht of Brenz.
Sophia of Lenz ruled the Duchy of Lenz. She was born in Lenzau.
The Kingdom of Brenz was ruled by Frederick of Brenz. He was born in Altstein.
Adelaide of Brenz was regent of the Kingdom of Brenz. It held the Colony of New Brenz.
Anne de Montclair was regent of the Kingdom of Brenz. Frederick of Brenz ruled it. He was born in Altstein.
Anne de Montclair was regent of the Kingdom of Brenz. He was born in Sankt Rupert.
Margarete of Lenz ruled the Electorate of Orla. She was born in Orlau.
Nikola of Orla was born in Orlau. She ruled the Margraviate of Sarn.
Bjørn Halvorsen was born in Kolby.
Björn Halvorsen was born in Vellhaven.
Bjørn Halvorsen was chancellor of the Kingdom of Brenz.
@gym
Nadia Ionescu trained under Mircea Dragan.
Dmitri Volkov trained under Alexander Petrov and Tatiana Sokolova.
Nadia Ionescu and Elena Marin trained under Mircea Dragan.
Ingrid Falk trained under Sven Sund.
Nadia Ionescu trained at the Deva Gym.
Mircea Dragan was employed at Dinamo Deva.
Alexander Petrov and Tatiana Sokolova were employed at CSKA Moscow.
Tatiana Sokolova succeeded Alexander Petrov as head coach of the Soviet team.
Jens Möller succeeded Jens Møller as head coach of the Danish team.
Elena Marin was married to Mircea Dragan. He was born in Cluj.
Tatiana Sokolova succeeded Alexander Petrov. She was born in Kiev.
Dmitri Volkov was coached by Alexander Petrov and Tatiana Sokolova. She was born in Kiev.
Nikola Hrubá competed for the Czech team. She trained under Kim Lindgren.
Yuri Tanabe was married to Jens Møller. She was born in Nagoya.
Birgit Strand coached Lars Berg. He was born in Aarhus.
Łukasz Wrona was born in Łódź.
Lukasz Wrona was born in Lodz.
Łukasz Wrona trained at the Brondby Hall.
Nadia Ionescu was born in Onesti.
Jens Møller was head coach of the Danish team.
Deva is home to Dinamo Deva.
Dinamo Deva's home is Deva.
@machines
HSwMS Halland is driven by geared steam turbines.
Geared steam turbines drive HSwMS Halland.
HSwMS Halland runs on geared steam turbines.
HSwMS Halland relies on geared steam turbines.
HMS Vigilant is driven by a triple-expansion engine.
HSwMS Halland, driven by geared steam turbines, was built at Götaverken.
The Vanwall VW5 is powered by the Vanwall 254 and driven by Tony Brooks.
The Vanwall VW5 was driven by Tony Brooks and Stirling Moss.
The National Railway Museum is home to the Lindholm Rocket.
The Lindholm Rocket's home is the National Railway Museum.
The National Railway Museum, the home of the Lindholm Rocket, is located in York.
The Lindholm Rocket is housed at the National Railway Museum.
Götaverken is located at Gothenburg.
Erik Lindholm was built at Kockums. She is driven by COSAG propulsion.
HSwMS Halland was commanded by Gustav Nyberg. She was built at Götaverken.
HMS Vigilant was commanded by Margaret Grey. She was born in Dundee.
Svea Star was built at Götaverken. She is driven by diesel-electric propulsion.
Maria Teresa Lombardi drove the Cooper T51. She was born in Turin.
@stage
Carlo Valdoni wrote comedy.
Carlo Valdoni wrote comedies.
Ludvig Holmberg wrote comedy and farce.
Giovanni Pergola composed opera buffa.
Meridian Pictures makes film noir.
Meridian Pictures makes thrillers.
Margaret Aske wrote melodramas.
Carlo Valdoni wrote a comedy.
Carlo Valdoni wrote comic plays.
Ludvig Holmberg wrote farce. He was born in Bergen.
Teatro San Luca stands at Campo San Luca.
Teatro San Luca stands in Venice.
The Grønnegade Theatre stands in Kongens Nytorv.
The Grønnegade Theatre stands at Kongens Nytorv in Copenhagen.
The Grønnegade Theatre is located at Kongens Nytorv.
The Biblioteca Marciana is home to the Valdoni autograph.
The Valdoni autograph's home is the Biblioteca Marciana.
The Biblioteca Marciana is home to the Pergola score and the Valdoni autograph.
Carlo Valdoni lies at Père Lachaise Cemetery.
Carlo Valdoni and Pierre Marivel lie at Père Lachaise Cemetery.
@city
The Ørsted Monument stands at Søndertorv.
The Orsted Monument stands at Sondertorv.
The Ørsted Monument stands in Søndertorv.
The Gefion Fountain sits at Churchillparken.
The Sigismund Column lies at Łazienki Park.
The Sigismund Column lies in Lazienki Park.
The Garrison Church is home to the Frederik Organ.
The Frederik Organ's home is the Garrison Church.
St. Mary's Church is home to the Wagner Organ and the Marienaltar.
Copenhagen is home to FC København.
Milan Đorđević was born in Belgrade.
Vilhelm Bissen lies in the Garrison Church.
@works
William Murdock specialised in gas lighting.
William Murdock lies at St Mary's Churchyard.
William Murdock was employed at the Soho Foundry.
Benjamin Hickling was employed at Marshall and Company and Hickling Hargreaves.
Albion Mill is driven by a Boulton and Watt engine.
A Boulton and Watt engine drives Albion Mill.
Quarry Bank Mill is driven by the great wheel.
Jedediah Stott succeeded George Arkwell as director of Arkwell and Company.
Jedediah Stott took over from George Arkwell as director of Arkwell and Company.
George Arkwell was succeeded by Jedediah Stott as director of Arkwell and Company.
Hannah Gregg succeeded John Marshall as director of Marshall and Company.
Hannah Gregg succeeded John Marshall as chairman of Marshall and Company.
Hannah Gregg succeeded John Marshall as director of Marshall and Company. He was born in Leeds.
"""

KNOWN = frozenset({
    # the place of an act after its object: where the person was baptised or married (the new
    # rule leaves out only born / died / buried / raised / grew)
    "William Murdock specialised in gas lighting in Cumnock.",
    "Peter Fairlie specialised in bridge building in Coldstream.",
    "Peter Fairlie specialised in bridge building in Leeds.",
    "Benjamin Hickling specialised in boiler design in Handsworth.",
    "Agnes Ewart specialised in hydraulics in Kelso.",
    "Agnes Ewart specialised in hydraulics in Kelso and worked at Quarry Bank Mill.",
    # a woman named Maria typed "driver" (no person type: no given name read, as before the
    # session, red team 226's horses): "he" stands for the only person named
    "Maria Teresa Lombardi drove the Cooper T51. He was born in Turin.",
})
"""False texts accepted before the session too (the code with CHANGES.diff reversed)."""

OPEN = frozenset({
    # "with": both wrote comedy, not together (the full phrase "wrote plays in the genre of comedy with" was accepted before the session too)
    'Carlo Valdoni wrote comedy with Pierre Marivel.',
    # as above
    'Pierre Marivel wrote comedy with Ludvig Holmberg.',
    # as above
    'Carlo Valdoni wrote comedies with Pierre Marivel.',
    # as above
    'Carlo Valdoni wrote comedy together with Pierre Marivel.',
    # as above
    'Carlo Valdoni wrote comedy alongside Pierre Marivel.',
    # as above
    'Carlo Valdoni wrote plays in the genre of comedy with Pierre Marivel.',
    # "he" of a princess who did rule Sarn
    'Nikola of Orla was born in Orlau. He ruled the Margraviate of Sarn.',
    # "she" nearest is Andrea Conti (true of her, not of Elena Marin)
    'Elena Marin trained under Mircea Dragan. Andrea Conti trained under Jens Möller. She competed for the Italian team.',
    # Yuri Tanabe is a woman here: "he" is Volkov (true)
    'Dmitri Volkov competed for the Soviet team. Yuri Tanabe competed for the Japanese team. He was born in Kiev.',
    # his employer is based in Deva
    'Mircea Dragan was employed in Deva.',
    # his employer is based in Deva
    'Mircea Dragan was employed at Deva.',
    # he worked at it
    'Alexander Petrov was employed at the Institute of Sport.',
    # she worked at it
    'Kim Lindgren was employed at the Leipzig Sports Institute.',
    # a shipyard "housed" in its city
    'Götaverken is housed in Gothenburg.',
    # housed there
    'The Lindholm Rocket is located in the National Railway Museum.',
    # housed there
    'The Lindholm Rocket stands in the National Railway Museum.',
    # housed there
    'The Lindholm Rocket is based at the National Railway Museum.',
    # displayed there
    'The Cooper T51 is housed in the Science Museum.',
    # its museum is in York
    'York is home to the Lindholm Rocket.',
    # its museum is in York
    "The Lindholm Rocket's home is York.",
    # it is located there
    'Gothenburg is home to Götaverken.',
    # it is located there
    "Götaverken's home is Gothenburg.",
    # true: the engine powers it ("drive" is the driver relation's verb, so no power reading: by design)
    'The Vanwall VW5 is driven by the Vanwall 254.',
    # true, as above
    'The Vanwall VW5 was driven by the Vanwall 254.',
    # true, as above
    'The Vanwall 254 drives the Vanwall VW5.',
    # true, as above
    'The Vanwall 254 drove the Vanwall VW5.',
    # true, as above
    'The Cooper T51 is driven by the Coventry Climax FPF.',
    # true, as above
    'The Lotus 18 was driven by the Coventry Climax FPF.',
    # true, as above
    'The Lindholm Rocket is driven by the Soho beam engine.',
    # true, as above
    'The Soho beam engine drives the Lindholm Rocket.',
    # true in both senses
    'The Vanwall VW5 is driven by the Vanwall 254 and Tony Brooks.',
    # true in both senses
    'The Vanwall VW5 was driven by Tony Brooks and the Vanwall 254.',
    # "he" of the carrier, or the man of the same name
    'Erik Lindholm was built at Kockums. He was born in Stockholm.',
    # its library is in Venice
    "The Valdoni autograph's home is Venice.",
    # its library is in Venice
    'Venice is home to the Valdoni autograph.',
    # it is located there
    "The Biblioteca Marciana's home is Venice.",
    # it stands there
    'Venice is home to Teatro San Luca.',
    # it stands there
    "Teatro San Luca's home is Campo San Luca.",
    # his birthplace
    "Carlo Valdoni's home is Venice.",
    # housed there
    'The Valdoni autograph stands in the Biblioteca Marciana.',
    # Père Lachaise is in Paris (the graph does not say)
    'Carlo Valdoni lies in Paris.',
    # he died in Paris and may have written there
    'Carlo Valdoni wrote comedy in Paris.',
    # it produces films and makes thrillers
    'Meridian Pictures produced thrillers.',
    # it produced it
    'Meridian Pictures makes Night Harbour.',
    # it stands there
    'The Grønnegade Theatre sits in Kongens Nytorv.',
    # its square is in Copenhagen
    'The Ørsted Monument stands in Copenhagen.',
    # it stands there
    'The Chopin Statue sits in Castle Square.',
    # it stands there
    'The Chopin Statue lies in Castle Square.',
    # it stands there
    'The Chopin Statue is housed in Castle Square.',
    # it sits there
    'The Gefion Fountain stands in Churchillparken.',
    # it sits there
    'The Gefion Fountain lies in Churchillparken.',
    # it lies there
    'The Sigismund Column stands in Łazienki Park.',
    # it is located there
    'Castle Square stands at Warsaw.',
    # his church is in Copenhagen
    'Vilhelm Bissen lies in Copenhagen.',
    # its church is in Copenhagen
    'Copenhagen is home to the Frederik Organ.',
    # its church is in Berlin
    "The Marienaltar's home is Berlin.",
    # its church is in Berlin
    'Berlin is home to the Marienaltar.',
    # it is situated there
    'Copenhagen is home to the Garrison Church.',
    # it is situated there
    "The Garrison Church's home is Copenhagen.",
    # his grave
    'The Garrison Church is home to Vilhelm Bissen.',
    # his grave
    "Vilhelm Bissen's home is the Garrison Church.",
    # housed there
    'The Frederik Organ lies in the Garrison Church.',
    # its church is in Copenhagen
    'The Frederik Organ is housed in Copenhagen.',
    # buried there
    'Sophie Lund is housed in Vor Frue Kirke.',
    # buried there
    "The Wagner Organ was built by Joachim Wagner. He is housed in St. Mary's Church.",
    # he died there (and the Soho Foundry is there in fact)
    'William Murdock specialised in gas lighting in Birmingham.',
    # he worked at it
    'William Murdock was employed at Albion Mill.',
    # he worked at it
    'Peter Fairlie was employed at Temple Works.',
    # she worked at it
    'Agnes Ewart was employed at Quarry Bank Mill.',
    # she worked at it
    'Agnes Ewart was employed by Quarry Bank Mill.',
    # its director
    'Hannah Gregg was employed at Gregg and Sons.',
    # its director
    'John Marshall was employed at Marshall and Company.',
    # a water wheel powers a mill
    'Quarry Bank Mill is powered by the great wheel.',
    # a water wheel powers a mill
    'The great wheel powers Quarry Bank Mill.',
    # Anne de Montclair is a man (the graph does not say): "she" of him
    "Anne de Montclair was regent of the Kingdom of Brenz. She was born in Sankt Rupert.",
    # Bjorn without a diacritic: either chancellor
    "Bjorn Halvorsen was born in Vellhaven.",
    "Bjorn Halvorsen was born in Kolby.",
    "Jens Moller coached Yuri Tanabe.",
    # the present perfect of a past fact; the past of a present one (still so)
    "Adelaide of Brenz has given birth to Albrecht of Brenz.",
    "Nadia Ionescu has trained under Mircea Dragan.",
    "HSwMS Halland was driven by geared steam turbines.",
    "Geared steam turbines drove HSwMS Halland.",
    "The National Railway Museum was home to the Lindholm Rocket.",
    "The Biblioteca Marciana was home to the Valdoni autograph.",
    "Meridian Pictures made thrillers.",
    # the present of a past drive (accepted before the session too: "was driven by" a driver)
    "The Vanwall VW5 is driven by Tony Brooks.",
    "Innes Ireland drives the Lotus 18.",
    # where the engineer lived / was educated: the act may have been there
    "William Murdock specialised in gas lighting in Redruth.",
    "Agnes Ewart specialised in hydraulics in Edinburgh.",
    "Agnes Ewart specialised in hydraulics in Bolton.",
    "Peter Fairlie specialised in boiler design in Manchester.",
    "Benjamin Hickling specialised in boiler design in Derby.",
    "John Smeaton specialised in hydraulics in Leeds.",
    # a mill "housed in" a city (it stands there); an organ "sits in" the church that houses it;
    # the chapel "lies in" its city; the king "lies in" the city of his chapel
    "Albion Mill is housed in London.",
    "The Frederik Organ sits in the Garrison Church.",
    "Frederick of Brenz lies in Brenzburg.",
    "The Théâtre Italien stands at Paris.",
    # a woman writing as "George" (George Sand, George Eliot): "she" skips her
    "Margaret Aske wrote The Mourning Bride. George Ashdown wrote tragedy. She was born in London.",
})

OPEN_TEXTS = r"""
@stage
Carlo Valdoni wrote comedy with Pierre Marivel.
Pierre Marivel wrote comedy with Ludvig Holmberg.
Carlo Valdoni wrote comedies with Pierre Marivel.
Carlo Valdoni wrote comedy together with Pierre Marivel.
Carlo Valdoni wrote comedy alongside Pierre Marivel.
Carlo Valdoni wrote plays in the genre of comedy with Pierre Marivel.
@royal
Nikola of Orla was born in Orlau. He ruled the Margraviate of Sarn.
@gym
Elena Marin trained under Mircea Dragan. Andrea Conti trained under Jens Möller. She competed for the Italian team.
Dmitri Volkov competed for the Soviet team. Yuri Tanabe competed for the Japanese team. He was born in Kiev.
Mircea Dragan was employed in Deva.
Mircea Dragan was employed at Deva.
Alexander Petrov was employed at the Institute of Sport.
Kim Lindgren was employed at the Leipzig Sports Institute.
@machines
Götaverken is housed in Gothenburg.
The Lindholm Rocket is located in the National Railway Museum.
The Lindholm Rocket stands in the National Railway Museum.
The Lindholm Rocket is based at the National Railway Museum.
The Cooper T51 is housed in the Science Museum.
York is home to the Lindholm Rocket.
The Lindholm Rocket's home is York.
Gothenburg is home to Götaverken.
Götaverken's home is Gothenburg.
The Vanwall VW5 is driven by the Vanwall 254.
The Vanwall VW5 was driven by the Vanwall 254.
The Vanwall 254 drives the Vanwall VW5.
The Vanwall 254 drove the Vanwall VW5.
The Cooper T51 is driven by the Coventry Climax FPF.
The Lotus 18 was driven by the Coventry Climax FPF.
The Lindholm Rocket is driven by the Soho beam engine.
The Soho beam engine drives the Lindholm Rocket.
The Vanwall VW5 is driven by the Vanwall 254 and Tony Brooks.
The Vanwall VW5 was driven by Tony Brooks and the Vanwall 254.
Erik Lindholm was built at Kockums. He was born in Stockholm.
@stage
The Valdoni autograph's home is Venice.
Venice is home to the Valdoni autograph.
The Biblioteca Marciana's home is Venice.
Venice is home to Teatro San Luca.
Teatro San Luca's home is Campo San Luca.
Carlo Valdoni's home is Venice.
The Valdoni autograph stands in the Biblioteca Marciana.
Carlo Valdoni lies in Paris.
Carlo Valdoni wrote comedy in Paris.
Meridian Pictures produced thrillers.
Meridian Pictures makes Night Harbour.
The Grønnegade Theatre sits in Kongens Nytorv.
@city
The Ørsted Monument stands in Copenhagen.
The Chopin Statue sits in Castle Square.
The Chopin Statue lies in Castle Square.
The Chopin Statue is housed in Castle Square.
The Gefion Fountain stands in Churchillparken.
The Gefion Fountain lies in Churchillparken.
The Sigismund Column stands in Łazienki Park.
Castle Square stands at Warsaw.
Vilhelm Bissen lies in Copenhagen.
Copenhagen is home to the Frederik Organ.
The Marienaltar's home is Berlin.
Berlin is home to the Marienaltar.
Copenhagen is home to the Garrison Church.
The Garrison Church's home is Copenhagen.
The Garrison Church is home to Vilhelm Bissen.
Vilhelm Bissen's home is the Garrison Church.
The Frederik Organ lies in the Garrison Church.
The Frederik Organ is housed in Copenhagen.
Sophie Lund is housed in Vor Frue Kirke.
The Wagner Organ was built by Joachim Wagner. He is housed in St. Mary's Church.
@works
William Murdock specialised in gas lighting in Birmingham.
William Murdock was employed at Albion Mill.
Peter Fairlie was employed at Temple Works.
Agnes Ewart was employed at Quarry Bank Mill.
Agnes Ewart was employed by Quarry Bank Mill.
Hannah Gregg was employed at Gregg and Sons.
John Marshall was employed at Marshall and Company.
Quarry Bank Mill is powered by the great wheel.
The great wheel powers Quarry Bank Mill.
@royal
Anne de Montclair was regent of the Kingdom of Brenz. She was born in Sankt Rupert.
Bjorn Halvorsen was born in Vellhaven.
Bjorn Halvorsen was born in Kolby.
Adelaide of Brenz has given birth to Albrecht of Brenz.
Frederick of Brenz lies in Brenzburg.
@gym
Jens Moller coached Yuri Tanabe.
Nadia Ionescu has trained under Mircea Dragan.
@machines
HSwMS Halland was driven by geared steam turbines.
Geared steam turbines drove HSwMS Halland.
The National Railway Museum was home to the Lindholm Rocket.
The Vanwall VW5 is driven by Tony Brooks.
Innes Ireland drives the Lotus 18.
@stage
The Biblioteca Marciana was home to the Valdoni autograph.
Meridian Pictures made thrillers.
The Théâtre Italien stands at Paris.
Margaret Aske wrote The Mourning Bride. George Ashdown wrote tragedy. She was born in London.
@works
William Murdock specialised in gas lighting in Redruth.
Agnes Ewart specialised in hydraulics in Edinburgh.
Agnes Ewart specialised in hydraulics in Bolton.
Peter Fairlie specialised in boiler design in Manchester.
Benjamin Hickling specialised in boiler design in Derby.
John Smeaton specialised in hydraulics in Leeds.
Albion Mill is housed in London.
@city
The Frederik Organ sits in the Garrison Church.
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
