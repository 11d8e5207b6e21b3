"""Red team round 228: the whole session's change to the checker (CHANGES.diff) on six small graphs
of my own.

Graphs are built in code (``KnowledgeGraph.from_triples`` with declared entities and relations);
each text is checked with ``ConsistencyChecker(kg, outside_evidence=True, rating_threshold=4.0)``
and no evidence, so any true statement of the graph is allowed. Six graphs (see the builders):
"museum" (paintings and statues "painted / sculpted / restored / donated by", "housed in" museums,
statues that "stand at" squares; art historians who "worked at", "were director of" and
"succeeded"; a painter who "was the mother of" a painter, a sculptor "the father of" an art
historian; burials "at" cemeteries; Bjørn Aas and Björn Aas), "orchestra" (principal conductors
and succession, ballets with "music by" composers, symphonies, an orchestra that "employed"
people, a composer who "worked for" a prince, orchestras "housed in" halls), "university"
(rectors and deans in succession, scholars who "did research in" fields and "worked at"
universities, parents, burials "in" towns, place chains, languages and leaders; Øystein Berg and
Oystein Berg), "hockey" (field hockey players who "played club / international hockey for",
"played as a" position, "were coached by"; cyclists who "rode for" teams; head coaches in
succession; Łukasz Zieliński and Lukasz Zielinski), "rail" (locomotives "designed / built by",
"driven by" a power unit and, on a record run, by a driver; "housed in" museums, "stand at"
stations; chief mechanical engineers in succession; saints "buried at" shrines, relics "housed
in" churches, a saint "the mother of" a missionary bishop), "stage" (films and a play "directed
by" directors; an opera house, a film archive, a festival, a society, a concert series "directed
by" those who run them).

Findings: 5 of 317 false texts accepted, all new with the session (the code with CHANGES.diff
reversed rejects all 5). KNOWN: 8 more accepted before the session too.
Controls: 87 of 93 accepted. OPEN: 10 (10 accepted).
* "X was born to P in Y" (the new "was born to" of "was the mother / father of"): the place after
  the parent is read as the parent's own ("Anna Verhoef in Leiden", where she died; "Hilda of
  Whitby in Whitby", where she was born), never as where the child was born: "Pieter Verhoef was
  born to Anna Verhoef in Leiden" (he was born in Haarlem), also in a "who" clause and after "the
  painter"; "Wilfrid of York was born to Hilda of Whitby in Whitby" (he was born in York).
KNOWN (accepted before too): "is the work of" the director of an opera house, a film archive, a
film festival, a film society, a concert series (what is run, not made; "festival" is in
_RUN_NOT_MADE yet accepted before and after); the present "researches" of a past "did research
in"; "is driven by" a record-run driver ("was driven by", past) through the power relation "is
driven by".
Held: "composed for" (wrong ballet, orchestra, prince, symphony, choreographer, reversed, lists,
negation, year), "held a post at" / "was employed at / by" (wrong body, a painter, present
tense, lists; not for types the index does not count as people: "curator", "rector"),
"succeeded / took over from / was followed in office by ... as N of Z" (wrong body, the other's
post, reversed, lists on either side, a "who" clause, modal, negation), "gave birth to" /
"fathered" / "was born to" without a place (wrong parent, the mother "fathered", the father "gave
birth", reversed, present, lists), "lies in / at" (where died, where born, the wrong cemetery,
"lay"), "is home to" / "home" (wrong museum or hall, reversed, a person, a square), "stands at /
in" (wrong square, a painting, "stood"), "played hockey for" / "played for" (the other side, a
cyclist's team, present, lists), "played at" / "played" a position (wrong position, "plays", a
club added), "trained under" (wrong coach, reversed, present), "is driven by" / "drives" power
(wrong unit, a person as power through "runs on", "uses", "powers"), "is the work of" (builder,
driver, restorer, donor, museum director, a child of the painter), place chains, "where the
language spoken is", the spelled fold (Ø / O, Ł / L; texts mixing the two people of a name),
"he" / "she" after people of both sexes.
Controls rejected (6): "is the work of" where a painting, statue or symphony is on the graph
("the work" is read as a reference, as round 226 found); "took over from" on the university
graph (its "succeeded" relation is not given the form there, though it is on the others);
"Ulrich Haller did research in optics in Tubingen" (he worked at the university there: the act
"in" a town is not reached through "worked at" a university); "Jan Vermeer ... Christina Maes ...
She was born in Ghent" ("Jan" is in neither list, so "she" stands for both).
Closed in the same session: a person's name followed by "in / at <place>" that no claim took
is not read as that person's own place (born, lived or died there, the words cannot tell): "X was
born to Anna Verhoef in Leiden" is rejected. Then: accepted 0 of 317.
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


MUSEUM_PEOPLE = ("painter", "sculptor", "chemist", "art historian", "merchant")


def museum():
    """Paintings and statues (items dated by completion) "were painted / sculpted by" artists,
    "were restored by" a restorer, "were donated by" collectors, "are housed in" museums (the new
    "is home to", "home"); statues "stand at" squares (the new "stand in"); museums "are located in"
    cities, squares too, cities in provinces and countries; curators "worked at" museums (the new
    "held a post at", "was employed at / by"), "were director of" them and "succeeded" one another
    (the new "as N of" of both), "were members of" a society; people "were born in", "died in",
    "are buried at" cemeteries (the new "lies in / at"); a painter "was the mother of" a painter and
    a sculptor "was the father of" a curator (the new "gave birth to", "fathered", "was born to").
    Names: Anna Verhoef and Pieter Verhoef, Jan Lievens (a name of neither list), Maria Vos,
    Willem de Groot; a curator named Bjørn Aas and a collector named Björn Aas."""
    rels = [
        R("painted", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("painter",)),
        R("sculpted", phrase="was sculpted by", inverse_phrase="sculpted", domain=("statue",), range=("sculptor",)),
        R("restored", phrase="was restored by", inverse_phrase="restored", domain=("painting", "statue"), range=("chemist",)),
        R("donated", phrase="was donated by", inverse_phrase="donated", domain=("painting", "statue"), range=("merchant",)),
        R("housed", phrase="is housed in", inverse_phrase="houses", domain=("painting", "statue"), range=("museum",)),
        R("stands", phrase="stands at", inverse_phrase="is the site of", domain=("statue",), range=("square",)),
        R("located", phrase="is located in", inverse_phrase="contains", domain=("museum", "square", "city", "province"),
          range=("city", "province", "country")),
        R("worked", phrase="worked at", inverse_phrase="was the workplace of", domain=("art historian", "chemist"),
          range=("museum",)),
        R("director", phrase="was director of", inverse_phrase="was directed by", domain=("art historian",),
          range=("museum",)),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("art historian",),
          range=("art historian",)),
        R("member", phrase="was a member of", inverse_phrase="had as a member", domain=MUSEUM_PEOPLE, range=("society",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=MUSEUM_PEOPLE, range=("city",)),
        R("died", phrase="died in", inverse_phrase="is the place of death of", domain=MUSEUM_PEOPLE, range=("city",)),
        R("buried", phrase="is buried at", inverse_phrase="is the resting place of", domain=MUSEUM_PEOPLE, range=("cemetery",)),
        R("mother", phrase="was the mother of", inverse_phrase="was the child of", domain=("painter",), range=MUSEUM_PEOPLE),
        R("father", phrase="was the father of", inverse_phrase="was the son of", domain=("sculptor",), range=MUSEUM_PEOPLE),
    ]
    items = {"w:harbour": ("painting", "Harbour at Dawn", 1651), "w:lute": ("painting", "The Lute Player", 1662),
             "w:orchard": ("painting", "Orchard in Bloom", 1674), "w:skater": ("painting", "The Skaters", 1668),
             "w:fisher": ("statue", "The Fisherman", 1702), "w:mercury": ("statue", "Mercury Rising", 1715)}
    others = {"a:averhoef": ("painter", "Anna Verhoef"), "a:pverhoef": ("painter", "Pieter Verhoef"),
              "a:lievens": ("painter", "Jan Lievens"), "a:vos": ("sculptor", "Maria Vos"),
              "a:degroot": ("sculptor", "Willem de Groot"),
              "r:kamp": ("chemist", "Greta Kamp"),
              "c:aas": ("art historian", "Bjørn Aas"), "c:ruys": ("art historian", "Hendrik Ruys"), "c:dekker": ("art historian", "Sophie Dekker"),
              "c:mol": ("art historian", "Lotte Mol"), "c:degroot": ("art historian", "Cornelis de Groot"),
              "k:aas": ("merchant", "Björn Aas"), "k:six": ("merchant", "Jacob Six"),
              "m:hals": ("museum", "the Hals Museum"), "m:lakenhal": ("museum", "the Lakenhal"),
              "m:prinsenhof": ("museum", "the Prinsenhof"),
              "q:markt": ("square", "the Grote Markt"), "q:dam": ("square", "Dam Square"),
              "s:guild": ("society", "the Guild of Saint Luke"), "s:pulchri": ("society", "the Pulchri Society"),
              "g:oud": ("cemetery", "Oud Eik en Duinen"), "g:zorgvlied": ("cemetery", "Zorgvlied"),
              "y:haarlem": ("city", "Haarlem"), "y:leiden": ("city", "Leiden"), "y:delft": ("city", "Delft"),
              "y:amsterdam": ("city", "Amsterdam"), "y:utrecht": ("city", "Utrecht"), "y:antwerp": ("city", "Antwerp"),
              "y:bergen": ("city", "Bergen"),
              "p:holland": ("province", "North Holland"), "p:zholland": ("province", "South Holland"),
              "n:netherlands": ("country", "the Netherlands"), "n:belgium": ("country", "Belgium"), "n:norway": ("country", "Norway")}
    T = _t("painted", [("w:harbour", "a:averhoef"), ("w:lute", "a:pverhoef"), ("w:orchard", "a:averhoef"), ("w:skater", "a:lievens")])
    T += _t("sculpted", [("w:fisher", "a:vos"), ("w:mercury", "a:degroot")])
    T += _t("restored", [("w:lute", "r:kamp"), ("w:fisher", "r:kamp")])
    T += _t("donated", [("w:harbour", "k:aas"), ("w:skater", "k:six"), ("w:mercury", "k:six")])
    T += _t("housed", [("w:harbour", "m:hals"), ("w:lute", "m:lakenhal"), ("w:orchard", "m:hals"), ("w:skater", "m:prinsenhof"),
                       ("w:mercury", "m:lakenhal")])
    T += _t("stands", [("w:fisher", "q:markt"), ("w:mercury", "q:dam")])
    T += _t("located", [("m:hals", "y:haarlem"), ("m:lakenhal", "y:leiden"), ("m:prinsenhof", "y:delft"), ("q:markt", "y:haarlem"),
                        ("q:dam", "y:amsterdam"), ("y:haarlem", "p:holland"), ("y:amsterdam", "p:holland"),
                        ("y:leiden", "p:zholland"), ("y:delft", "p:zholland"), ("p:holland", "n:netherlands"),
                        ("p:zholland", "n:netherlands"), ("y:utrecht", "n:netherlands"), ("y:antwerp", "n:belgium"),
                        ("y:bergen", "n:norway")])
    T += _t("worked", [("c:aas", "m:hals"), ("c:ruys", "m:hals"), ("c:dekker", "m:lakenhal"), ("c:mol", "m:prinsenhof"),
                       ("r:kamp", "m:lakenhal"), ("c:degroot", "m:prinsenhof")])
    T += _t("director", [("c:ruys", "m:hals"), ("c:aas", "m:hals"), ("c:dekker", "m:lakenhal"), ("c:mol", "m:lakenhal"),
                         ("c:degroot", "m:prinsenhof")])
    T += _t("succeeded", [("c:aas", "c:ruys"), ("c:mol", "c:dekker"), ("c:degroot", "c:mol")])
    T += _t("member", [("a:averhoef", "s:guild"), ("a:pverhoef", "s:guild"), ("a:vos", "s:pulchri"), ("c:ruys", "s:pulchri"),
                       ("k:six", "s:guild")])
    T += _t("born", [("a:averhoef", "y:haarlem"), ("a:pverhoef", "y:haarlem"), ("a:lievens", "y:leiden"), ("a:vos", "y:antwerp"),
                     ("a:degroot", "y:utrecht"), ("r:kamp", "y:delft"), ("c:aas", "y:bergen"), ("c:ruys", "y:amsterdam"),
                     ("c:dekker", "y:leiden"), ("c:mol", "y:utrecht"), ("c:degroot", "y:utrecht"), ("k:aas", "y:amsterdam"),
                     ("k:six", "y:amsterdam")])
    T += _t("died", [("a:averhoef", "y:leiden"), ("a:lievens", "y:amsterdam"), ("a:vos", "y:haarlem"), ("c:ruys", "y:delft")])
    T += _t("buried", [("a:averhoef", "g:oud"), ("a:lievens", "g:zorgvlied"), ("c:ruys", "g:oud")])
    T += _t("mother", [("a:averhoef", "a:pverhoef")])
    T += _t("father", [("a:degroot", "c:degroot")])
    return _build(items, others, rels, T)


MUSIC_PEOPLE = ("conductor", "composer", "violinist", "choreographer", "stage director", "intendant", "prince")


def orchestra():
    """Orchestras and conductors: conductors "were principal conductor of" orchestras and
    "succeeded" one another; ballets (items dated by premiere) "have music by" composers (inverse
    "composed the music for": the new "composed for") and "were choreographed by"
    choreographers; symphonies "were composed by" composers and "were premiered by" orchestras;
    an opera "was composed by" a composer and "was directed by" a stage director; an opera house
    "was directed by" its intendant (a house, not a work: the new _DIRECTED_WORKS sees "opera");
    orchestras "are based in" cities and "are housed in" concert halls; violinists "were members
    of" orchestras; a composer "worked for" a prince and "was employed by" an orchestra; a
    composer "was the father of" a violinist."""
    rels = [
        R("principal", phrase="was principal conductor of", inverse_phrase="had as principal conductor", domain=("conductor",),
          range=("orchestra",)),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("conductor",), range=("conductor",)),
        R("music", phrase="has music by", inverse_phrase="composed the music for", domain=("ballet",), range=("composer",)),
        R("choreo", phrase="was choreographed by", inverse_phrase="choreographed", domain=("ballet",), range=("choreographer",)),
        R("composed", phrase="was composed by", inverse_phrase="composed", domain=("symphony", "opera"), range=("composer",)),
        R("premiered", phrase="was premiered by", inverse_phrase="premiered", domain=("symphony", "ballet"), range=("orchestra",)),
        R("directed", phrase="was directed by", inverse_phrase="directed", domain=("opera", "opera house"),
          range=("stage director", "intendant")),
        R("based", phrase="is based in", inverse_phrase="is home to", domain=("orchestra", "opera house"), range=("city",)),
        R("housed", phrase="is housed in", inverse_phrase="houses", domain=("orchestra",), range=("concert hall",)),
        R("member", phrase="was a member of", inverse_phrase="had as a member", domain=("violinist",), range=("orchestra",)),
        R("workedfor", phrase="worked for", inverse_phrase="had in its service", domain=("composer",), range=("prince",)),
        R("employed", phrase="employed", inverse_phrase="was employed by", domain=("orchestra",), range=("composer", "violinist")),
        R("father", phrase="was the father of", inverse_phrase="was the son of", domain=("composer",), range=("violinist",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=MUSIC_PEOPLE, range=("city",)),
        R("located", phrase="is located in", inverse_phrase="contains", domain=("concert hall", "city"), range=("city", "country")),
    ]
    items = {"b:swan": ("ballet", "The Winter Swan", 1901), "b:glass": ("ballet", "Glass Gardens", 1912),
             "b:fire": ("ballet", "Firebird Variations", 1920),
             "s:alpine": ("symphony", "the Alpine Symphony", 1899), "s:sea": ("symphony", "the Sea Symphony", 1905),
             "o:medea": ("opera", "Medea in Corinth", 1910)}
    others = {"k:lindqvist": ("conductor", "Erik Lindqvist"), "k:horvath": ("conductor", "Ilona Horvath"),
              "k:brenner": ("conductor", "Paul Brenner"), "k:okafor": ("conductor", "Simone Okafor"),
              "c:marek": ("composer", "Tomas Marek"), "c:fischer": ("composer", "Clara Fischer"),
              "c:aalto": ("composer", "Johann Aalto"),
              "h:petit": ("choreographer", "Roland Petit-Jean"), "h:ivanova": ("choreographer", "Olga Ivanova"),
              "d:strehler": ("stage director", "Walter Strehler"), "i:gruber": ("intendant", "Rudolf Gruber"),
              "p:esterhaz": ("prince", "Prince Anton of Esterhaz"),
              "v:aalto": ("violinist", "Ida Aalto"), "v:novak": ("violinist", "Karel Novak"),
              "x:vienna": ("orchestra", "the Vienna Tonkunstler Orchestra"), "x:prague": ("orchestra", "the Prague Radio Orchestra"),
              "x:helsinki": ("orchestra", "the Helsinki City Orchestra"),
              "q:staatsoper": ("opera house", "the Graz Opera House"),
              "z:musikverein": ("concert hall", "the Golden Hall"), "z:rudolfinum": ("concert hall", "the Rudolfinum"),
              "y:vienna": ("city", "Vienna"), "y:prague": ("city", "Prague"), "y:helsinki": ("city", "Helsinki"),
              "y:graz": ("city", "Graz"), "y:brno": ("city", "Brno"), "y:turku": ("city", "Turku"), "y:linz": ("city", "Linz"),
              "n:austria": ("country", "Austria"), "n:czechia": ("country", "Czechia"), "n:finland": ("country", "Finland")}
    T = _t("principal", [("k:lindqvist", "x:helsinki"), ("k:horvath", "x:vienna"), ("k:brenner", "x:vienna"),
                         ("k:okafor", "x:prague"), ("k:brenner", "x:prague")])
    T += _t("succeeded", [("k:brenner", "k:horvath"), ("k:okafor", "k:brenner")])
    T += _t("music", [("b:swan", "c:marek"), ("b:glass", "c:fischer"), ("b:fire", "c:marek"), ("b:fire", "c:aalto")])
    T += _t("choreo", [("b:swan", "h:petit"), ("b:glass", "h:ivanova"), ("b:fire", "h:ivanova")])
    T += _t("composed", [("s:alpine", "c:fischer"), ("s:sea", "c:aalto"), ("o:medea", "c:marek")])
    T += _t("premiered", [("s:alpine", "x:vienna"), ("s:sea", "x:helsinki"), ("b:swan", "x:prague")])
    T += _t("directed", [("o:medea", "d:strehler"), ("q:staatsoper", "i:gruber")])
    T += _t("based", [("x:vienna", "y:vienna"), ("x:prague", "y:prague"), ("x:helsinki", "y:helsinki"), ("q:staatsoper", "y:graz")])
    T += _t("housed", [("x:vienna", "z:musikverein"), ("x:prague", "z:rudolfinum")])
    T += _t("member", [("v:aalto", "x:helsinki"), ("v:novak", "x:prague")])
    T += _t("workedfor", [("c:marek", "p:esterhaz")])
    T += _t("employed", [("x:prague", "c:marek"), ("x:helsinki", "v:aalto")])
    T += _t("father", [("c:aalto", "v:aalto")])
    T += _t("born", [("k:lindqvist", "y:turku"), ("k:horvath", "y:graz"), ("k:brenner", "y:linz"), ("k:okafor", "y:vienna"),
                     ("c:marek", "y:brno"), ("c:fischer", "y:vienna"), ("c:aalto", "y:helsinki"), ("h:petit", "y:vienna"),
                     ("h:ivanova", "y:prague"), ("d:strehler", "y:graz"), ("i:gruber", "y:linz"), ("v:aalto", "y:turku"),
                     ("v:novak", "y:brno")])
    T += _t("located", [("z:musikverein", "y:vienna"), ("z:rudolfinum", "y:prague"), ("y:vienna", "n:austria"),
                        ("y:graz", "n:austria"), ("y:linz", "n:austria"), ("y:prague", "n:czechia"), ("y:brno", "n:czechia"),
                        ("y:helsinki", "n:finland"), ("y:turku", "n:finland")])
    return _build(items, others, rels, T)


ACADEMIC = ("professor", "chemist", "physicist", "mathematician")


def university():
    """Universities and rectors (people dated by birth): rectors "were rector of" universities
    and "dean of" faculties, and "succeeded" one another; scholars "did research in" fields (the
    new "worked in / on", "specialised in", "researched"), "worked at" universities (the new "held
    a post at", "was employed at / by"), "were educated at" universities, "were members of"
    academies, "were born in", "died in", "are buried in" towns; a chemist "was the mother of" a
    physicist, a rector "was the father of" a mathematician; universities "stand in" towns (the new
    "stand at"), towns "are located in" regions and countries; countries with languages and a
    leader."""
    rels = [
        R("rector", phrase="was rector of", inverse_phrase="had as rector", domain=("professor",), range=("university",)),
        R("dean", phrase="was dean of", inverse_phrase="had as dean", domain=("professor",), range=("faculty",)),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=ACADEMIC, range=ACADEMIC),
        R("research", phrase="did research in", inverse_phrase="was researched by", domain=ACADEMIC, range=("field",)),
        R("worked", phrase="worked at", inverse_phrase="was the workplace of", domain=ACADEMIC, range=("university",)),
        R("educated", phrase="was educated at", inverse_phrase="educated", domain=ACADEMIC, range=("university",)),
        R("member", phrase="was a member of", inverse_phrase="had as a member", domain=ACADEMIC, range=("academy",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=ACADEMIC, range=("town",)),
        R("died", phrase="died in", inverse_phrase="is the place of death of", domain=ACADEMIC, range=("town",)),
        R("buried", phrase="is buried in", inverse_phrase="is the resting place of", domain=ACADEMIC, range=("town",)),
        R("mother", phrase="was the mother of", inverse_phrase="was the daughter of", domain=ACADEMIC, range=ACADEMIC),
        R("father", phrase="was the father of", inverse_phrase="was the child of", domain=ACADEMIC, range=ACADEMIC),
        R("part", phrase="is part of", inverse_phrase="includes", domain=("faculty",), range=("university",)),
        R("stands", phrase="stands in", inverse_phrase="is the seat of", domain=("university",), range=("town",)),
        R("located", phrase="is located in", inverse_phrase="contains", domain=("town", "region"), range=("region", "country")),
        R("language", phrase="has the language", inverse_phrase="is the language of", domain=("country",), range=("language",)),
        R("leader", phrase="is led by", inverse_phrase="leads", domain=("country",), range=("chancellor",)),
    ]
    items = {"p:haller": ("professor", "Ulrich Haller", 1801), "p:steiner": ("professor", "Agnes Steiner", 1815),
             "p:brandt": ("professor", "Konrad Brandt", 1822), "p:kovacs": ("professor", "Lena Kovacs", 1830),
             "p:weiss": ("chemist", "Hedwig Weiss", 1828), "p:weissjr": ("physicist", "Otto Weiss", 1855),
             "p:hallerjr": ("mathematician", "Felix Haller", 1838), "p:lund": ("mathematician", "Sasha Lund", 1840),
             "p:ostby": ("physicist", "Øystein Berg", 1850), "p:ostby2": ("chemist", "Oystein Berg", 1852)}
    others = {"u:tubingen": ("university", "the University of Tubingen"), "u:basel": ("university", "the University of Basel"),
              "u:graz": ("university", "the University of Graz"), "u:uppsala": ("university", "Uppsala University"),
              "f:law": ("faculty", "the Faculty of Law"), "f:med": ("faculty", "the Faculty of Medicine"),
              "d:optics": ("field", "optics"), "d:organic": ("field", "organic chemistry"), "d:geometry": ("field", "geometry"),
              "d:mechanics": ("field", "mechanics"), "d:number": ("field", "number theory"),
              "a:leopoldina": ("academy", "the Leopoldina"), "a:royal": ("academy", "the Royal Swedish Academy"),
              "t:tubingen": ("town", "Tubingen"), "t:basel": ("town", "Basel"), "t:graz": ("town", "Graz"),
              "t:uppsala": ("town", "Uppsala"), "t:ulm": ("town", "Ulm"), "t:bern": ("town", "Bern"),
              "t:linz": ("town", "Linz"), "t:stuttgart": ("town", "Stuttgart"), "t:bergen": ("town", "Bergen"),
              "g:swabia": ("region", "Swabia"), "g:styria": ("region", "Styria"),
              "n:germany": ("country", "Germany"), "n:switzerland": ("country", "Switzerland"), "n:austria": ("country", "Austria"),
              "n:sweden": ("country", "Sweden"), "n:norway": ("country", "Norway"),
              "l:german": ("language", "German"), "l:swedish": ("language", "Swedish"), "l:norwegian": ("language", "Norwegian"),
              "l:french": ("language", "French"),
              "x:merz": ("chancellor", "Karl Merz"), "x:amherd": ("chancellor", "Viola Amherd")}
    T = _t("rector", [("p:haller", "u:tubingen"), ("p:steiner", "u:tubingen"), ("p:brandt", "u:basel"), ("p:kovacs", "u:graz"),
                      ("p:brandt", "u:tubingen")])
    T += _t("dean", [("p:haller", "f:law"), ("p:kovacs", "f:law"), ("p:steiner", "f:med")])
    T += _t("succeeded", [("p:steiner", "p:haller"), ("p:brandt", "p:steiner"), ("p:kovacs", "p:brandt")])
    T += _t("research", [("p:haller", "d:optics"), ("p:steiner", "d:mechanics"), ("p:weiss", "d:organic"), ("p:weissjr", "d:optics"),
                         ("p:hallerjr", "d:geometry"), ("p:lund", "d:number"), ("p:kovacs", "d:geometry"),
                         ("p:ostby", "d:optics"), ("p:ostby2", "d:organic")])
    T += _t("worked", [("p:haller", "u:tubingen"), ("p:steiner", "u:basel"), ("p:weiss", "u:graz"), ("p:weissjr", "u:uppsala"),
                       ("p:hallerjr", "u:basel"), ("p:lund", "u:uppsala"), ("p:ostby", "u:uppsala"), ("p:ostby2", "u:graz")])
    T += _t("educated", [("p:haller", "u:basel"), ("p:steiner", "u:tubingen"), ("p:weiss", "u:tubingen"), ("p:lund", "u:graz")])
    T += _t("member", [("p:haller", "a:leopoldina"), ("p:weiss", "a:leopoldina"), ("p:lund", "a:royal"), ("p:ostby", "a:royal")])
    T += _t("born", [("p:haller", "t:ulm"), ("p:steiner", "t:bern"), ("p:brandt", "t:stuttgart"), ("p:kovacs", "t:graz"),
                     ("p:weiss", "t:linz"), ("p:weissjr", "t:graz"), ("p:hallerjr", "t:tubingen"), ("p:lund", "t:uppsala"),
                     ("p:ostby", "t:bergen"), ("p:ostby2", "t:ulm")])
    T += _t("died", [("p:haller", "t:tubingen"), ("p:steiner", "t:basel"), ("p:weiss", "t:uppsala"), ("p:weissjr", "t:linz")])
    T += _t("buried", [("p:haller", "t:ulm"), ("p:steiner", "t:bern"), ("p:weiss", "t:graz")])
    T += _t("mother", [("p:weiss", "p:weissjr")])
    T += _t("father", [("p:haller", "p:hallerjr")])
    T += _t("part", [("f:law", "u:tubingen"), ("f:med", "u:basel")])
    T += _t("stands", [("u:tubingen", "t:tubingen"), ("u:basel", "t:basel"), ("u:graz", "t:graz"), ("u:uppsala", "t:uppsala")])
    T += _t("located", [("t:tubingen", "g:swabia"), ("t:ulm", "g:swabia"), ("t:stuttgart", "g:swabia"), ("g:swabia", "n:germany"),
                        ("t:graz", "g:styria"), ("g:styria", "n:austria"), ("t:linz", "n:austria"), ("t:basel", "n:switzerland"),
                        ("t:bern", "n:switzerland"), ("t:uppsala", "n:sweden"), ("t:bergen", "n:norway")])
    T += _t("language", [("n:germany", "l:german"), ("n:austria", "l:german"), ("n:switzerland", "l:german"),
                         ("n:switzerland", "l:french"), ("n:sweden", "l:swedish"), ("n:norway", "l:norwegian")])
    T += _t("leader", [("n:germany", "x:merz"), ("n:switzerland", "x:amherd")])
    return _build(items, others, rels, T)


SPORT_PEOPLE = ("hockey player", "cyclist", "coach")


def hockey():
    """Field hockey players and cyclists (items dated by birth): players "played club hockey for"
    clubs and "played international hockey for" national sides (the new "played hockey for",
    "played for"), "played as a" position (the new "played at", "played"), "were coached by"
    coaches (the new "trained under"); cyclists "rode for" teams, "were coached by" coaches;
    coaches "were head coach of" clubs and "succeeded" one another (the new "took over from", "as N
    of"); people "were members of" squads; clubs "are based in" towns in countries. Names: Jan
    Vermeer (a man), Christina Maes, Noor Visser (neither list), Luc / Luuk; Łukasz / Lukasz
    Zieliński."""
    rels = [
        R("club", phrase="played club hockey for", inverse_phrase="had as a player", domain=("hockey player",),
          range=("hockey club",)),
        R("intl", phrase="played international hockey for", inverse_phrase="capped", domain=("hockey player",),
          range=("national side",)),
        R("position", phrase="played as a", inverse_phrase="was the position of", domain=("hockey player",), range=("position",)),
        R("coachedby", phrase="was coached by", inverse_phrase="coached", domain=("hockey player", "cyclist"), range=("coach",)),
        R("rode", phrase="rode for", inverse_phrase="had as a rider", domain=("cyclist",), range=("cycling team",)),
        R("headcoach", phrase="was head coach of", inverse_phrase="had as head coach", domain=("coach",),
          range=("hockey club", "national side", "cycling team")),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("coach",), range=("coach",)),
        R("member", phrase="was a member of", inverse_phrase="had as a member", domain=SPORT_PEOPLE, range=("squad",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=SPORT_PEOPLE, range=("town",)),
        R("based", phrase="is based in", inverse_phrase="is home to", domain=("hockey club", "cycling team"), range=("town",)),
        R("located", phrase="is located in", inverse_phrase="contains", domain=("town",), range=("country",)),
    ]
    items = {"h:vermeer": ("hockey player", "Jan Vermeer", 1985), "h:maes": ("hockey player", "Christina Maes", 1988),
             "h:visser": ("hockey player", "Noor Visser", 1990), "h:lzielinski": ("hockey player", "Łukasz Zieliński", 1987),
             "h:pzielinski": ("hockey player", "Lukasz Zielinski", 1989),
             "r:luc": ("cyclist", "Luc Janssens", 1984), "r:eva": ("cyclist", "Eva de Wit", 1991),
             "c:brink": ("coach", "Ruud Brink", 1960), "c:claes": ("coach", "Martina Claes", 1965), "c:smet": ("coach", "Koen Smet", 1970)}
    others = {"k:hgc": ("hockey club", "HGC Wassenaar"), "k:oranje": ("hockey club", "Oranje-Rood"),
              "k:dragons": ("hockey club", "Royal Dragons"),
              "n:nl": ("national side", "the Netherlands"), "n:be": ("national side", "Belgium"), "n:pl": ("national side", "Poland"),
              "o:gk": ("position", "goalkeeper"), "o:mid": ("position", "midfielder"), "o:def": ("position", "defender"),
              "o:fwd": ("position", "forward"),
              "e:lotto": ("cycling team", "Team Lotto"), "e:rabo": ("cycling team", "Rabo Cycling"),
              "q:2012": ("squad", "the 2012 Olympic squad"), "q:2016": ("squad", "the 2016 Olympic squad"),
              "y:wassenaar": ("town", "Wassenaar"), "y:eindhoven": ("town", "Eindhoven"), "y:brasschaat": ("town", "Brasschaat"),
              "y:ghent": ("town", "Ghent"), "y:utrecht": ("town", "Utrecht"), "y:poznan": ("town", "Poznań"),
              "y:lodz": ("town", "Łódź"), "y:leuven": ("town", "Leuven"),
              "l:nl": ("country", "Holland"), "l:be": ("country", "Flanders"), "l:pl": ("country", "Polska")}
    T = _t("club", [("h:vermeer", "k:hgc"), ("h:maes", "k:dragons"), ("h:visser", "k:oranje"), ("h:lzielinski", "k:oranje"),
                    ("h:pzielinski", "k:hgc")])
    T += _t("intl", [("h:vermeer", "n:nl"), ("h:maes", "n:be"), ("h:lzielinski", "n:pl")])
    T += _t("position", [("h:vermeer", "o:gk"), ("h:maes", "o:mid"), ("h:visser", "o:def"), ("h:lzielinski", "o:fwd"),
                         ("h:pzielinski", "o:gk")])
    T += _t("coachedby", [("h:vermeer", "c:brink"), ("h:maes", "c:claes"), ("h:visser", "c:brink"), ("r:luc", "c:smet"),
                          ("r:eva", "c:claes")])
    T += _t("rode", [("r:luc", "e:lotto"), ("r:eva", "e:rabo")])
    T += _t("headcoach", [("c:brink", "k:hgc"), ("c:claes", "k:hgc"), ("c:claes", "n:be"), ("c:smet", "e:lotto"),
                          ("c:smet", "n:be")])
    T += _t("succeeded", [("c:claes", "c:brink"), ("c:smet", "c:claes")])
    T += _t("member", [("h:vermeer", "q:2012"), ("h:maes", "q:2016"), ("c:brink", "q:2012"), ("h:lzielinski", "q:2016")])
    T += _t("born", [("h:vermeer", "y:wassenaar"), ("h:maes", "y:ghent"), ("h:visser", "y:utrecht"), ("h:lzielinski", "y:lodz"),
                     ("h:pzielinski", "y:poznan"), ("r:luc", "y:leuven"), ("r:eva", "y:eindhoven"), ("c:brink", "y:eindhoven"),
                     ("c:claes", "y:brasschaat"), ("c:smet", "y:ghent")])
    T += _t("based", [("k:hgc", "y:wassenaar"), ("k:oranje", "y:eindhoven"), ("k:dragons", "y:brasschaat"), ("e:lotto", "y:leuven"),
                      ("e:rabo", "y:utrecht")])
    T += _t("located", [("y:wassenaar", "l:nl"), ("y:eindhoven", "l:nl"), ("y:utrecht", "l:nl"), ("y:brasschaat", "l:be"),
                        ("y:ghent", "l:be"), ("y:leuven", "l:be"), ("y:poznan", "l:pl"), ("y:lodz", "l:pl")])
    return _build(items, others, rels, T)


RAIL_PEOPLE = ("engineer", "engine driver", "saint", "architect", "missionary")


def rail():
    """Engineers and locomotives, saints and shrines: locomotives (items dated by building) "were
    designed by" engineers, "were built by" works, "are driven by" power units (the new "is driven
    by" of power: "runs on", "uses", "powers") and "were driven by" engine drivers on record runs
    (a person), "are housed in" museums, "stand at" stations; engineers "were chief mechanical
    engineer of" railways and "succeeded" one another, "worked for" railways; saints "are buried
    at" shrines (the new "lies at / in"), their relics "are housed in" churches, a saint "was the
    mother of" a bishop; shrines and churches "were designed by" architects and "stand in" towns."""
    rels = [
        R("designed", phrase="was designed by", inverse_phrase="designed", domain=("locomotive", "shrine", "church"),
          range=("engineer", "architect")),
        R("built", phrase="was built by", inverse_phrase="built", domain=("locomotive",), range=("works",)),
        R("power", phrase="is driven by", inverse_phrase="drives", domain=("locomotive",), range=("power unit",)),
        R("drivenby", phrase="was driven by", inverse_phrase="drove", domain=("locomotive",), range=("engine driver",)),
        R("housed", phrase="is housed in", inverse_phrase="houses", domain=("locomotive", "relic"), range=("museum", "church")),
        R("standsat", phrase="stands at", inverse_phrase="is the site of", domain=("locomotive",), range=("station",)),
        R("cme", phrase="was chief mechanical engineer of", inverse_phrase="had as chief mechanical engineer",
          domain=("engineer",), range=("railway",)),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("engineer", "missionary"),
          range=("engineer", "missionary")),
        R("workedfor", phrase="worked for", inverse_phrase="was the employer of", domain=("engineer",),
          range=("railway",)),
        R("buried", phrase="is buried at", inverse_phrase="is the resting place of", domain=("saint", "missionary"),
          range=("shrine", "church")),
        R("relic", phrase="is a relic of", inverse_phrase="is venerated through", domain=("relic",), range=("saint",)),
        R("mother", phrase="was the mother of", inverse_phrase="was the son of", domain=("saint",), range=("missionary", "saint")),
        R("bishopof", phrase="was bishop of", inverse_phrase="had as bishop", domain=("missionary",), range=("diocese",)),
        R("standsin", phrase="stands in", inverse_phrase="is the site of", domain=("shrine", "church", "station", "museum"),
          range=("town",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=RAIL_PEOPLE, range=("town",)),
    ]
    items = {"l:mallard": ("locomotive", "Silver Falcon", 1935), "l:comet": ("locomotive", "Northern Comet", 1938),
             "l:duke": ("locomotive", "Duke of Rothesay", 1951), "l:turbo": ("locomotive", "Turbomotive", 1935),
             "r:cloak": ("relic", "the Cloak of Saint Ebba", 1100), "r:skull": ("relic", "the Skull of Saint Aidan", 900)}
    others = {"e:gresham": ("engineer", "Nigel Gresham"), "e:stanier": ("engineer", "William Stanier-Hope"),
              "e:thompson": ("engineer", "Edward Thompson"), "e:peppercorn": ("engineer", "Arthur Peppercorn"),
              "e:riddles": ("engineer", "Alice Riddles"),
              "a:pugin": ("architect", "Augustus Pugin"), "a:scott": ("architect", "Giles Scott"),
              "w:doncaster": ("works", "Doncaster Works"), "w:crewe": ("works", "Crewe Works"),
              "u:steam": ("power unit", "a triple-expansion steam engine"), "u:turbine": ("power unit", "a Ljungstrom turbine"),
              "d:duddington": ("engine driver", "Joseph Duddington"), "d:bray": ("engine driver", "Tom Bray"),
              "m:nrm": ("museum", "the National Railway Museum"), "m:locomotion": ("museum", "Locomotion"),
              "t:kingscross": ("station", "King's Cross"), "t:euston": ("station", "Euston"),
              "z:lner": ("railway", "the London and North Eastern Railway"), "z:lms": ("railway", "the London Midland Railway"),
              "s:ebba": ("saint", "Saint Ebba"), "s:aidan": ("saint", "Saint Aidan"), "s:hilda": ("saint", "Hilda of Whitby"),
              "b:wilfrid": ("missionary", "Wilfrid of York"), "b:cedd": ("missionary", "Cedd of Lastingham"),
              "p:coldingham": ("shrine", "the Coldingham Shrine"), "p:lindisfarne": ("shrine", "the Lindisfarne Shrine"),
              "c:durham": ("church", "Durham Cathedral"), "c:whitby": ("church", "Whitby Abbey"),
              "o:york": ("diocese", "the Diocese of York"), "o:essex": ("diocese", "the Diocese of Essex"),
              "y:york": ("town", "York"), "y:shildon": ("town", "Shildon"), "y:london": ("town", "London"),
              "y:durham": ("town", "Durham"), "y:whitby": ("town", "Whitby"), "y:coldingham": ("town", "Coldingham"),
              "y:holy": ("town", "Holy Island"), "y:edinburgh": ("town", "Edinburgh"), "y:crewe": ("town", "Crewe"),
              "y:bamburgh": ("town", "Bamburgh")}
    T = _t("designed", [("l:mallard", "e:gresham"), ("l:comet", "e:thompson"), ("l:duke", "e:riddles"), ("l:turbo", "e:stanier"),
                        ("p:coldingham", "a:pugin"), ("c:durham", "a:scott"), ("p:lindisfarne", "a:scott")])
    T += _t("built", [("l:mallard", "w:doncaster"), ("l:comet", "w:doncaster"), ("l:duke", "w:crewe"), ("l:turbo", "w:crewe")])
    T += _t("power", [("l:mallard", "u:steam"), ("l:turbo", "u:turbine"), ("l:comet", "u:steam")])
    T += _t("drivenby", [("l:mallard", "d:duddington"), ("l:comet", "d:bray")])
    T += _t("housed", [("l:mallard", "m:nrm"), ("l:turbo", "m:locomotion"), ("r:cloak", "c:durham"), ("r:skull", "c:whitby")])
    T += _t("standsat", [("l:comet", "t:kingscross"), ("l:duke", "t:euston")])
    T += _t("cme", [("e:gresham", "z:lner"), ("e:thompson", "z:lner"), ("e:peppercorn", "z:lner"), ("e:stanier", "z:lms"),
                    ("e:riddles", "z:lms")])
    T += _t("succeeded", [("e:thompson", "e:gresham"), ("e:peppercorn", "e:thompson"), ("e:riddles", "e:stanier"),
                          ("b:cedd", "b:wilfrid")])
    T += _t("workedfor", [("e:gresham", "z:lner"), ("e:stanier", "z:lms"), ("e:riddles", "z:lms")])
    T += _t("buried", [("s:ebba", "p:coldingham"), ("s:aidan", "p:lindisfarne"), ("s:hilda", "c:whitby"), ("b:wilfrid", "c:durham")])
    T += _t("relic", [("r:cloak", "s:ebba"), ("r:skull", "s:aidan")])
    T += _t("mother", [("s:hilda", "b:wilfrid")])
    T += _t("bishopof", [("b:wilfrid", "o:york"), ("b:cedd", "o:york"), ("b:cedd", "o:essex")])
    T += _t("standsin", [("p:coldingham", "y:coldingham"), ("p:lindisfarne", "y:holy"), ("c:durham", "y:durham"),
                         ("c:whitby", "y:whitby"), ("t:kingscross", "y:london"), ("t:euston", "y:london"), ("m:nrm", "y:york"),
                         ("m:locomotion", "y:shildon")])
    T += _t("born", [("e:gresham", "y:edinburgh"), ("e:stanier", "y:london"), ("e:thompson", "y:london"), ("e:peppercorn", "y:york"),
                     ("e:riddles", "y:crewe"), ("d:duddington", "y:york"), ("d:bray", "y:crewe"), ("s:ebba", "y:bamburgh"),
                     ("s:aidan", "y:york"), ("s:hilda", "y:whitby"), ("b:wilfrid", "y:york"), ("a:pugin", "y:london"),
                     ("a:scott", "y:london")])
    return _build(items, others, rels, T)


BUILDERS = {"museum": museum, "orchestra": orchestra, "university": university, "hockey": hockey, "rail": rail}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


STAGE_PEOPLE = ("film director", "manager", "conductor", "historian", "playwright", "stage director")


def stage():
    """Houses and their directors (items dated by opening): films "were directed by" film
    directors (a director's work); an opera house, a film archive, a concert series and a theatre
    company "were directed by" managers, historians and conductors (run, not made: _DIRECTED_WORKS
    sees "opera", "film", "series" in their types); a play "was written by" a playwright and "was
    directed by" a stage director at its premiere; all "are based in" cities."""
    rels = [
        R("directed", phrase="was directed by", inverse_phrase="directed", domain=("film", "play"),
          range=("film director", "stage director")),
        R("ran", phrase="was directed by", inverse_phrase="directed",
          domain=("opera house", "film archive", "concert series", "film festival", "film society"),
          range=("manager", "historian", "conductor", "film director")),
        R("written", phrase="was written by", inverse_phrase="wrote", domain=("play", "film"), range=("playwright",)),
        R("based", phrase="is based in", inverse_phrase="is home to",
          domain=("opera house", "film archive", "concert series", "film festival", "film society"), range=("city",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=STAGE_PEOPLE, range=("city",)),
    ]
    items = {"f:tide": ("film", "The Turning Tide", 1952), "f:lamps": ("film", "Lamps of Sorrento", 1957),
             "h:graz": ("opera house", "the Graz Opera House", 1899), "h:archive": ("film archive", "the Baltic Film Archive", 1961),
             "h:series": ("concert series", "the Lindenhof Concert Series", 1921), "h:festival": ("film festival", "the Riga Film Festival", 1966),
             "h:society": ("film society", "the Tartu Film Society", 1970),
             "p:gulls": ("play", "The Gulls of Pärnu", 1931)}
    others = {"d:kask": ("film director", "Arvo Kask"), "d:ozols": ("film director", "Inga Ozols"),
              "m:gruber": ("manager", "Rudolf Gruber"), "m:berzins": ("historian", "Maris Berzins"),
              "m:lehar": ("conductor", "Franz Lehner"), "m:tamm": ("manager", "Kaja Tamm"),
              "w:raud": ("playwright", "Eduard Raud"), "s:vilde": ("stage director", "Ants Vilde"),
              "y:graz": ("city", "Graz"), "y:riga": ("city", "Riga"), "y:tallinn": ("city", "Tallinn"), "y:tartu": ("city", "Tartu"),
              "y:vienna": ("city", "Vienna")}
    T = _t("directed", [("f:tide", "d:kask"), ("f:lamps", "d:ozols"), ("p:gulls", "s:vilde")])
    T += _t("ran", [("h:graz", "m:gruber"), ("h:archive", "m:berzins"), ("h:series", "m:lehar"), ("h:festival", "m:tamm"),
                    ("h:society", "d:kask")])
    T += _t("written", [("p:gulls", "w:raud"), ("f:tide", "w:raud")])
    T += _t("based", [("h:graz", "y:graz"), ("h:archive", "y:riga"), ("h:series", "y:vienna"), ("h:festival", "y:riga"),
                      ("h:society", "y:tartu")])
    T += _t("born", [("d:kask", "y:tallinn"), ("d:ozols", "y:riga"), ("m:gruber", "y:graz"), ("m:berzins", "y:riga"),
                     ("m:lehar", "y:vienna"), ("m:tamm", "y:tartu"), ("w:raud", "y:tartu"), ("s:vilde", "y:tallinn")])
    return _build(items, others, rels, T)


BUILDERS["stage"] = stage


TEXTS = r"""
@museum
# "is home to" / "home" from "is housed in": the wrong museum, reversed, a statue's square, a
# person, tense; "stands at" -> "stands in": the wrong square, a city two levels up, a painting
The Hals Museum is home to The Lute Player.
The Lakenhal is home to The Fisherman.
The Prinsenhof is home to Harbour at Dawn.
The Hals Museum is home to Harbour at Dawn and The Skaters.
The Lakenhal is home to Mercury Rising and The Skaters.
Harbour at Dawn is home to the Hals Museum.
The Hals Museum is home to Anna Verhoef.
The Lakenhal is home to Sophie Dekker.
The home of The Lute Player is the Hals Museum.
The Lute Player's home is the Hals Museum.
The Skaters' home is the Lakenhal.
Mercury Rising's home is the Prinsenhof.
The Hals Museum is not home to Orchard in Bloom.
The Hals Museum will be home to The Lute Player.
The Grote Markt is home to Mercury Rising.
The Fisherman stands in Dam Square.
Mercury Rising stands at the Grote Markt.
Mercury Rising stands in the Grote Markt.
Mercury Rising stands in Haarlem.
The Fisherman stands at Dam Square.
The Fisherman stood in the Grote Markt.
The Fisherman and Mercury Rising stand in the Grote Markt.
Harbour at Dawn stands in the Grote Markt.
The Fisherman does not stand in the Grote Markt.
# "held a post at" / "was employed at / by" from "worked at": the wrong museum, a painter, a
# museum its director never worked at, present tense, lists
Bjørn Aas held a post at the Lakenhal.
Sophie Dekker was employed at the Hals Museum.
Sophie Dekker is employed by the Lakenhal.
Greta Kamp held a position at the Prinsenhof.
Anna Verhoef held a post at the Hals Museum.
Lotte Mol was employed by the Lakenhal.
Lotte Mol held a post at the Lakenhal.
Hendrik Ruys held a post at the Hals Museum and the Lakenhal.
Hendrik Ruys and Sophie Dekker held posts at the Hals Museum.
Bjørn Aas holds a post at the Hals Museum.
Jacob Six was employed by the Hals Museum.
Cornelis de Groot was employed at the Lakenhal.
Greta Kamp did not hold a post at the Lakenhal.
# "X succeeded Y as N of Z" / "took over from" / "was followed in office by"
Hendrik Ruys succeeded Bjørn Aas as director of the Hals Museum.
Lotte Mol succeeded Sophie Dekker as director of the Hals Museum.
Cornelis de Groot succeeded Lotte Mol as director of the Lakenhal.
Cornelis de Groot succeeded Lotte Mol as director of the Prinsenhof.
Bjørn Aas took over from Hendrik Ruys as director of the Lakenhal.
Hendrik Ruys was followed in office by Lotte Mol.
Lotte Mol took over from Hendrik Ruys.
Hendrik Ruys took over from Bjørn Aas.
Bjørn Aas succeeded Hendrik Ruys as a member of the Pulchri Society.
Sophie Dekker took over from Lotte Mol as director of the Lakenhal.
Bjørn Aas and Lotte Mol succeeded Hendrik Ruys as director of the Hals Museum.
Bjørn Aas succeeded Hendrik Ruys as director of the Hals Museum in 1702.
# parents: "gave birth to" / "fathered" / "was born to" (the new): the wrong parent, reversed,
# the mother said to have fathered, tense, lists; the place "in" after the parent
Anna Verhoef fathered Pieter Verhoef.
Willem de Groot gave birth to Cornelis de Groot.
Cornelis de Groot was born to Anna Verhoef.
Pieter Verhoef gave birth to Anna Verhoef.
Pieter Verhoef and Jan Lievens were born to Anna Verhoef.
Anna Verhoef gives birth to Pieter Verhoef.
Anna Verhoef gave birth to Cornelis de Groot.
Maria Vos gave birth to Cornelis de Groot.
Jan Lievens was born to Anna Verhoef.
Pieter Verhoef was born to Willem de Groot.
Anna Verhoef did not give birth to Pieter Verhoef.
Pieter Verhoef was born to Anna Verhoef in Leiden.
Pieter Verhoef was born to Anna Verhoef in Amsterdam.
Cornelis de Groot was born to Willem de Groot in Haarlem.
Anna Verhoef gave birth to Pieter Verhoef in Leiden.
Pieter Verhoef, who was born to Anna Verhoef in Leiden, painted The Lute Player.
Pieter Verhoef was born to the painter Anna Verhoef in Leiden.
# "lies in / at" from "is buried at": the wrong cemetery, where born or died, tense
Anna Verhoef lies in Zorgvlied.
Hendrik Ruys lies at Zorgvlied.
Jan Lievens lay at Zorgvlied.
Maria Vos lies at Zorgvlied.
Jan Lievens lies at Oud Eik en Duinen.
Anna Verhoef and Jan Lievens lie at Oud Eik en Duinen.
Anna Verhoef lies in Haarlem.
# names that fold alike: Bjørn Aas (an art historian, born in Bergen) and Björn Aas (a merchant,
# born in Amsterdam); a spelling of neither, mixing the two
Björn Aas held a post at the Hals Museum.
Bjørn Aas donated Harbour at Dawn.
Björn Aas was director of the Hals Museum.
BJØRN AAS was born in Amsterdam.
Bjørn Aas was born in Amsterdam.
Björn Aas was born in Bergen.
Bjorn Aas donated Harbour at Dawn and succeeded Hendrik Ruys.
Bjorn Aas donated Harbour at Dawn and was director of the Hals Museum.
Bjorn Aas was born in Amsterdam and worked at the Hals Museum.
Bjorn Aas, who was born in Amsterdam, donated The Skaters.
# the act "in" a place and "a N in P" (the new "in" / "at" after a kind noun)
Harbour at Dawn is a painting in Leiden.
Harbour at Dawn is a painting at the Lakenhal.
The Fisherman is a statue in Amsterdam.
The Fisherman is a statue at Dam Square.
Harbour at Dawn, a painting in Leiden, was painted by Anna Verhoef.
Hendrik Ruys worked at the Hals Museum in Delft.
Anna Verhoef painted Harbour at Dawn in Leiden.
Maria Vos sculpted The Fisherman in Antwerp.
Jan Lievens painted The Skaters in Amsterdam.
Sophie Dekker, the director of a museum in Utrecht, was born in Leiden.
Lotte Mol is an art historian in Leiden.
Hendrik Ruys was an art historian in Delft.
# "is the work of": a restorer, a donor, a museum's director, a painter's son, a museum
The Lute Player is the work of Greta Kamp.
Harbour at Dawn is the work of Björn Aas.
The Fisherman is the work of Greta Kamp.
Mercury Rising is the work of Jacob Six.
The Hals Museum is the work of Hendrik Ruys.
Pieter Verhoef is the work of Anna Verhoef.
Cornelis de Groot is the work of Willem de Groot.
Harbour at Dawn is the work of Pieter Verhoef.

@orchestra
# "composed for" (from "composed the music for"): the wrong ballet, an orchestra, a prince, a
# symphony, a choreographer, lists, negation, a year
Tomas Marek composed for Glass Gardens.
Clara Fischer composed for The Winter Swan.
Tomas Marek composed for the Prague Radio Orchestra.
Tomas Marek composed for Prince Anton of Esterhaz.
Clara Fischer composed for the Alpine Symphony.
Clara Fischer composed for the Vienna Tonkunstler Orchestra.
Tomas Marek composed for The Winter Swan and Glass Gardens.
Johann Aalto and Clara Fischer composed for Firebird Variations.
Tomas Marek composed for Olga Ivanova.
Tomas Marek did not compose for The Winter Swan.
Tomas Marek composed for The Winter Swan in 1920.
Roland Petit-Jean composed for The Winter Swan.
The Winter Swan composed for Tomas Marek.
Johann Aalto, who composed for Glass Gardens, was born in Helsinki.
# "was employed at / by" and "held a post at": the wrong orchestra, a member not employed
Tomas Marek was employed at the Helsinki City Orchestra.
Ida Aalto was employed at the Prague Radio Orchestra.
Karel Novak was employed at the Prague Radio Orchestra.
Clara Fischer was employed by the Prague Radio Orchestra.
Tomas Marek is employed at the Prague Radio Orchestra.
Johann Aalto was employed by Prince Anton of Esterhaz.
# succession as principal conductor
Paul Brenner succeeded Ilona Horvath as principal conductor of the Prague Radio Orchestra.
Simone Okafor succeeded Paul Brenner as principal conductor of the Vienna Tonkunstler Orchestra.
Simone Okafor took over from Paul Brenner as principal conductor of the Vienna Tonkunstler Orchestra.
Simone Okafor and Paul Brenner succeeded Ilona Horvath as principal conductor of the Vienna Tonkunstler Orchestra.
Simone Okafor succeeded Paul Brenner and Ilona Horvath as principal conductor of the Vienna Tonkunstler Orchestra.
Simone Okafor succeeded Paul Brenner as principal conductor of the Prague Radio Orchestra and the Vienna Tonkunstler Orchestra.
Paul Brenner, who succeeded Ilona Horvath as principal conductor of the Prague Radio Orchestra, was born in Linz.
Paul Brenner succeeded Ilona Horvath as principal conductor of the Vienna Tonkunstler Orchestra. He was born in Graz.
Ilona Horvath was succeeded by Paul Brenner as principal conductor of the Prague Radio Orchestra.
Paul Brenner succeeded Ilona Horvath as conductor of the Prague Radio Orchestra.
Simone Okafor succeeded Ilona Horvath as principal conductor of the Vienna Tonkunstler Orchestra.
Simone Okafor will succeed Paul Brenner as principal conductor of the Prague Radio Orchestra.
Simone Okafor did not succeed Paul Brenner as principal conductor of the Prague Radio Orchestra.
Erik Lindqvist took over from Paul Brenner.
Ilona Horvath took over from Paul Brenner.
# "is home to" / "home" from "is housed in"
The Golden Hall is home to the Prague Radio Orchestra.
The Rudolfinum is home to the Vienna Tonkunstler Orchestra.
The home of the Prague Radio Orchestra is the Golden Hall.
The Prague Radio Orchestra's home is Vienna.
Vienna is home to the Prague Radio Orchestra.
The Rudolfinum is home to the Helsinki City Orchestra.
# parents
Johann Aalto fathered Karel Novak.
Karel Novak was born to Johann Aalto.
Ida Aalto was born to Tomas Marek.
Johann Aalto gave birth to Ida Aalto.
Ida Aalto fathered Johann Aalto.
Ida Aalto was born to Johann Aalto in Turku.
# "is the work of"
The Alpine Symphony is the work of Johann Aalto.
The Winter Swan is the work of Olga Ivanova.
The Alpine Symphony is the work of the Vienna Tonkunstler Orchestra.
The Vienna Tonkunstler Orchestra is the work of Ilona Horvath.

@university
# the scholar's field (the new readings of "did research in"): the wrong field, lists, tense
Ulrich Haller specialised in geometry.
Hedwig Weiss did research in optics.
Hedwig Weiss and Otto Weiss did research in optics.
Otto Weiss and Ulrich Haller worked on optics.
Ulrich Haller works on optics.
Ulrich Haller researches optics.
Ulrich Haller specialises in optics.
Agnes Steiner worked on geometry.
Felix Haller specialised in optics.
Sasha Lund researched geometry.
Lena Kovacs worked in number theory.
Ulrich Haller did not do research in optics.
Ulrich Haller worked on optics and geometry.
# the act "in" a place (a born, buried, dead place)
Ulrich Haller did research in optics in Ulm.
Agnes Steiner specialised in mechanics in Bern.
Hedwig Weiss did research in organic chemistry in Linz.
Hedwig Weiss did research in organic chemistry in Uppsala.
Otto Weiss did research in optics in Graz.
Ulrich Haller specialised in optics in Tubingen.
# "held a post at" / "was employed at / by"
Ulrich Haller held a post at the University of Basel.
Ulrich Haller was employed by the University of Basel.
Agnes Steiner was employed at the University of Tubingen.
Ulrich Haller held a post at Ulm.
Hedwig Weiss held a post at the University of Graz in Linz.
Konrad Brandt held a post at the University of Basel.
Felix Haller holds a post at the University of Basel.
Sasha Lund was employed at the University of Graz.
# succession as rector / dean
Agnes Steiner succeeded Ulrich Haller as dean of the Faculty of Law.
Agnes Steiner succeeded Ulrich Haller as dean of the Faculty of Medicine.
Konrad Brandt succeeded Agnes Steiner as rector of the University of Basel.
Lena Kovacs succeeded Konrad Brandt as rector of the University of Graz.
Lena Kovacs succeeded Konrad Brandt as dean of the Faculty of Law.
Konrad Brandt took over from Agnes Steiner as dean of the Faculty of Medicine.
Konrad Brandt was followed in office by Agnes Steiner.
Agnes Steiner succeeded Ulrich Haller as rector of the Faculty of Law.
Agnes Steiner succeeded Ulrich Haller as a member of the Leopoldina.
Ulrich Haller succeeded Agnes Steiner as rector of the University of Tubingen.
# parents and the place after the parent
Otto Weiss was born to Hedwig Weiss in Linz.
Otto Weiss was born to Hedwig Weiss in Uppsala.
Felix Haller was born to Ulrich Haller in Ulm.
Felix Haller was born to Ulrich Haller in Tubingen.
Ulrich Haller gave birth to Felix Haller.
Hedwig Weiss fathered Otto Weiss.
Felix Haller and Otto Weiss were born to Ulrich Haller.
Sasha Lund was born to Hedwig Weiss.
# "lies in" from "is buried in": where died, where born
Ulrich Haller lies in Tubingen.
Hedwig Weiss lies in Linz.
Otto Weiss lies in Linz.
Agnes Steiner lies in Basel.
# "stands in" -> "stands at"; place chains
The University of Basel stands at Tubingen.
The University of Tubingen stands in Tubingen, in Austria.
The University of Graz stands in Graz, in Swabia.
Ulrich Haller was born in Ulm, in Styria.
Lena Kovacs was born in Graz, in Germany.
Ulrich Haller was educated at the University of Basel, in Germany.
Agnes Steiner was born in Bern, in Switzerland, where the language spoken is Swedish.
Agnes Steiner was born in Switzerland, where the language spoken is German and the leader is Karl Merz.
Hedwig Weiss was born in Linz, in Austria, where a leader is Viola Amherd.
# pronouns after people of both sexes
Lena Kovacs succeeded Konrad Brandt. He was born in Graz.
Lena Kovacs succeeded Konrad Brandt. She was born in Stuttgart.
Konrad Brandt was succeeded by Lena Kovacs. He was born in Graz.
Hedwig Weiss gave birth to Otto Weiss. She was born in Graz.
Otto Weiss was born to Hedwig Weiss. He was born in Linz.
# names that fold alike: Øystein Berg (optics, born in Bergen) and Oystein Berg (organic
# chemistry, born in Ulm)
Oystein Berg did research in optics.
Øystein Berg was born in Ulm.
ØYSTEIN BERG was born in Ulm.
Oystein Berg was born in Ulm and did research in optics.
Oystein Berg worked at Uppsala University and did research in organic chemistry.

@hockey
# "played <level> hockey for" -> "played hockey for", "played for"
Jan Vermeer played for Oranje-Rood.
Jan Vermeer plays for HGC Wassenaar.
Jan Vermeer played hockey for Belgium.
Christina Maes played for HGC Wassenaar.
Christina Maes played hockey for Royal Dragons and the Netherlands.
Noor Visser played for Poland.
Noor Visser played for the Netherlands.
Lukasz Zielinski played for Poland.
Luc Janssens played for Team Lotto.
Eva de Wit played for Rabo Cycling.
Jan Vermeer did not play for the Netherlands.
Jan Vermeer and Christina Maes played for Belgium.
Christina Maes played hockey for HGC Wassenaar.
# positions: "played as a" -> "played at", "played"
Jan Vermeer played midfielder.
Jan Vermeer played at midfielder.
Jan Vermeer plays goalkeeper.
Jan Vermeer played goalkeeper for Oranje-Rood.
Jan Vermeer played as a goalkeeper for Royal Dragons.
Christina Maes played midfielder for the Netherlands.
Noor Visser played defender and forward.
Christina Maes played goalkeeper.
Lukasz Zielinski played forward.
Łukasz Zieliński played goalkeeper.
Noor Visser played at forward.
# "was coached by" -> "trained under"
Jan Vermeer trained under Martina Claes.
Ruud Brink trained under Jan Vermeer.
Eva de Wit trained under Koen Smet.
Jan Vermeer trains under Ruud Brink.
Noor Visser and Christina Maes trained under Ruud Brink.
Luc Janssens trained under Martina Claes.
# succession as head coach
Koen Smet took over from Martina Claes as head coach of HGC Wassenaar.
Koen Smet succeeded Martina Claes as head coach of Team Lotto.
Ruud Brink took over from Martina Claes.
Ruud Brink was followed in office by Koen Smet.
Martina Claes took over from Ruud Brink as head coach of Belgium.
Koen Smet took over from Ruud Brink.
# names that fold alike: Łukasz Zieliński (born in Łódź, Poland) and Lukasz Zielinski (born in Poznań)
Lukasz Zielinski was born in Łódź.
Łukasz Zieliński was born in Poznań.
Łukasz Zielinski was born in Poznań and played for Poland.
Lukasz Zieliński played goalkeeper and played for Poland.
# pronouns
Christina Maes played midfielder. Jan Vermeer played goalkeeper. She was born in Wassenaar.
Jan Vermeer played goalkeeper. Christina Maes played midfielder. He was born in Ghent.
Eva de Wit was coached by Martina Claes. She was born in Eindhoven.
Christina Maes played midfielder. Noor Visser played defender. She was born in Ghent.

@rail
# "is driven by" (power): a person as power, present tense of a driver, reversed
Joseph Duddington powers Silver Falcon.
Silver Falcon runs on Joseph Duddington.
Silver Falcon uses Joseph Duddington.
Silver Falcon is powered by Joseph Duddington.
Silver Falcon is driven by Joseph Duddington.
Northern Comet is driven by Tom Bray.
Tom Bray drove Silver Falcon.
Duke of Rothesay is driven by a triple-expansion steam engine.
Turbomotive is driven by a triple-expansion steam engine.
Silver Falcon is driven by a Ljungstrom turbine.
A Ljungstrom turbine drives Silver Falcon.
A triple-expansion steam engine drives Turbomotive.
Silver Falcon uses a Ljungstrom turbine.
Silver Falcon and Turbomotive are driven by a triple-expansion steam engine.
Silver Falcon is not driven by a triple-expansion steam engine.
# "is the work of": the works that built it, the driver, the wrong engineer
Silver Falcon is the work of Doncaster Works.
Silver Falcon is the work of Joseph Duddington.
Northern Comet is the work of Nigel Gresham.
The Coldingham Shrine is the work of Giles Scott.
Turbomotive is the work of Crewe Works.
Duke of Rothesay is the work of William Stanier-Hope.
# "stands at" / "stands in"
Northern Comet stands at Euston.
Silver Falcon stands at King's Cross.
Silver Falcon stands in King's Cross.
Duke of Rothesay stands at King's Cross.
# "lies at / in" from "is buried at"
Saint Ebba lies in Durham Cathedral.
Saint Aidan lies at Whitby Abbey.
Wilfrid of York lies at Whitby Abbey.
Saint Ebba lies in Coldingham.
Hilda of Whitby lies in Durham Cathedral.
Saint Aidan lies at the Lindisfarne Shrine, in Durham.
Saint Aidan lies at the Coldingham Shrine.
# "is home to" from "is housed in"
Whitby Abbey is home to the Cloak of Saint Ebba.
Locomotion is home to Silver Falcon.
The National Railway Museum is home to Turbomotive.
Durham Cathedral is home to the Skull of Saint Aidan.
# parents
Wilfrid of York was born to Hilda of Whitby in Whitby.
Wilfrid of York was born to Hilda of Whitby in York.
Cedd of Lastingham was born to Hilda of Whitby.
Wilfrid of York, who was born to Hilda of Whitby in Whitby, is buried at Durham Cathedral.
Saint Ebba gave birth to Wilfrid of York.
Wilfrid of York gave birth to Hilda of Whitby.
# succession; employment
Edward Thompson took over from Nigel Gresham as chief mechanical engineer of the London Midland Railway.
Arthur Peppercorn took over from Nigel Gresham.
Cedd of Lastingham succeeded Wilfrid of York as bishop of the Diocese of Essex.
Nigel Gresham was employed by the London Midland Railway.
Edward Thompson was employed by the London and North Eastern Railway.
Arthur Peppercorn held a post at the London and North Eastern Railway.
William Stanier-Hope took over from Alice Riddles.
# pronouns
Alice Riddles designed Duke of Rothesay. Nigel Gresham designed Silver Falcon. She was born in Edinburgh.
Nigel Gresham designed Silver Falcon. Alice Riddles designed Duke of Rothesay. He was born in Crewe.
Alice Riddles designed Duke of Rothesay. She was built by Crewe Works.

@stage
# "is the work of" a director of what is run, not made (an opera house, a film archive, a
# festival, a society, a concert series), the wrong director
The Graz Opera House is the work of Rudolf Gruber.
The Baltic Film Archive is the work of Maris Berzins.
The Riga Film Festival is the work of Kaja Tamm.
The Tartu Film Society is the work of Arvo Kask.
The Lindenhof Concert Series is the work of Franz Lehner.
The Turning Tide is the work of Inga Ozols.
The Graz Opera House and the Baltic Film Archive are the work of Rudolf Gruber.
"""

CONTROLS = r"""
@museum
The Hals Museum is home to Harbour at Dawn.
The Lute Player's home is the Lakenhal.
The Fisherman stands in the Grote Markt.
Mercury Rising stands in Dam Square.
Bjørn Aas held a post at the Hals Museum.
Sophie Dekker was employed by the Lakenhal.
Greta Kamp held a position at the Lakenhal.
Bjørn Aas succeeded Hendrik Ruys as director of the Hals Museum.
Lotte Mol succeeded Sophie Dekker as the director of the Lakenhal.
Bjørn Aas took over from Hendrik Ruys as director of the Hals Museum.
Hendrik Ruys was followed in office by Bjørn Aas.
Anna Verhoef gave birth to Pieter Verhoef.
Willem de Groot fathered Cornelis de Groot.
Pieter Verhoef was born to Anna Verhoef.
Cornelis de Groot was born to Willem de Groot.
Cornelis de Groot was born to Willem de Groot in Utrecht.
Anna Verhoef lies at Oud Eik en Duinen.
Anna Verhoef lies in Oud Eik en Duinen.
Björn Aas donated Harbour at Dawn.
Bjørn Aas was born in Bergen.
Harbour at Dawn is the work of Anna Verhoef.
The Fisherman is the work of Maria Vos.
@orchestra
Tomas Marek composed for The Winter Swan.
Johann Aalto composed for Firebird Variations.
Tomas Marek composed for The Winter Swan and Firebird Variations.
Tomas Marek was employed at the Prague Radio Orchestra.
Ida Aalto was employed at the Helsinki City Orchestra.
Paul Brenner succeeded Ilona Horvath as principal conductor of the Vienna Tonkunstler Orchestra.
Simone Okafor succeeded Paul Brenner as principal conductor of the Prague Radio Orchestra.
The Golden Hall is home to the Vienna Tonkunstler Orchestra.
The Prague Radio Orchestra's home is the Rudolfinum.
Johann Aalto fathered Ida Aalto.
Ida Aalto was born to Johann Aalto.
The Alpine Symphony is the work of Clara Fischer.
@university
Ulrich Haller worked in optics.
Ulrich Haller worked on optics.
Ulrich Haller specialised in optics.
Ulrich Haller researched optics.
Hedwig Weiss specialised in organic chemistry.
Ulrich Haller held a post at the University of Tubingen.
Agnes Steiner held a position at the University of Basel.
Agnes Steiner was employed by the University of Basel.
Agnes Steiner succeeded Ulrich Haller as rector of the University of Tubingen.
Konrad Brandt succeeded Agnes Steiner as rector of the University of Tubingen.
Agnes Steiner took over from Ulrich Haller as rector of the University of Tubingen.
Hedwig Weiss gave birth to Otto Weiss.
Otto Weiss was born to Hedwig Weiss.
Ulrich Haller fathered Felix Haller.
Ulrich Haller lies in Ulm.
Agnes Steiner lies in Bern.
The University of Tubingen stands at Tubingen.
The University of Tubingen stands in Tubingen, in Swabia.
Ulrich Haller was born in Ulm, in Swabia.
Sasha Lund did research in number theory. He was born in Uppsala.
Øystein Berg did research in optics.
Oystein Berg did research in organic chemistry.
Ulrich Haller did research in optics in Tubingen.
@hockey
Jan Vermeer played hockey for HGC Wassenaar.
Jan Vermeer played for the Netherlands.
Jan Vermeer played for HGC Wassenaar.
Christina Maes played for Belgium.
Jan Vermeer played at goalkeeper.
Jan Vermeer played goalkeeper.
Noor Visser played defender.
Jan Vermeer trained under Ruud Brink.
Luc Janssens trained under Koen Smet.
Martina Claes took over from Ruud Brink as head coach of HGC Wassenaar.
Koen Smet succeeded Martina Claes as head coach of Belgium.
Łukasz Zieliński played for Poland.
Lukasz Zielinski played goalkeeper.
Jan Vermeer played goalkeeper. Christina Maes played midfielder. She was born in Ghent.
@rail
A Ljungstrom turbine drives Turbomotive.
Silver Falcon is driven by a triple-expansion steam engine.
Joseph Duddington drove Silver Falcon.
Silver Falcon is the work of Nigel Gresham.
The Coldingham Shrine is the work of Augustus Pugin.
Durham Cathedral is the work of Giles Scott.
Northern Comet stands in King's Cross.
Duke of Rothesay stands in Euston.
Saint Ebba lies at the Coldingham Shrine.
Hilda of Whitby lies at Whitby Abbey.
Durham Cathedral is home to the Cloak of Saint Ebba.
The National Railway Museum is home to Silver Falcon.
Hilda of Whitby gave birth to Wilfrid of York.
Wilfrid of York was born to Hilda of Whitby.
Edward Thompson took over from Nigel Gresham as chief mechanical engineer of the London and North Eastern Railway.
Cedd of Lastingham took over from Wilfrid of York as bishop of the Diocese of York.
Nigel Gresham held a post at the London and North Eastern Railway.
Nigel Gresham designed Silver Falcon. He was born in Edinburgh.
Saint Aidan lies at the Lindisfarne Shrine, in Holy Island.
@stage
The Turning Tide is the work of Arvo Kask.
Lamps of Sorrento is the work of Inga Ozols.
Rudolf Gruber directed the Graz Opera House.
"""

OPEN_TEXTS = r"""
@orchestra
Tomas Marek composes for The Winter Swan.
Tomas Marek held a post at Prince Anton of Esterhaz.
Tomas Marek was employed by Prince Anton of Esterhaz.
The Golden Hall was home to the Vienna Tonkunstler Orchestra.
@museum
Bjorn Aas was born in Amsterdam.
@hockey
Lukasz Zieliński played for Poland.
Łukasz Zielinski was born in Poznań.
Jan Vermeer played goalkeeper. She was born in Wassenaar.
@rail
Silver Falcon was driven by a triple-expansion steam engine.
@stage
The Gulls of Pärnu is the work of Ants Vilde.
"""


KNOWN = frozenset({
    # the present "researches" of a past "did research in" (accepted before the session too)
    "Ulrich Haller researches optics.",
    # the record-run driver ("was driven by") read through the power relation "is driven by"
    "Silver Falcon is driven by Joseph Duddington.",
    "Northern Comet is driven by Tom Bray.",
    # "is the work of" the director of what is run, not made (before the session too)
    "The Graz Opera House is the work of Rudolf Gruber.",
    "The Baltic Film Archive is the work of Maris Berzins.",
    "The Riga Film Festival is the work of Kaja Tamm.",
    "The Tartu Film Society is the work of Arvo Kask.",
    "The Lindenhof Concert Series is the work of Franz Lehner.",
})

OPEN = frozenset({
    # present "composes for" of a ballet composed once: habitual, arguable (as round 226)
    "Tomas Marek composes for The Winter Swan.",
    # "held a post at" a prince (not in PERSON_NOUNS_OF_WORK): a category slip, not plainly false
    "Tomas Marek held a post at Prince Anton of Esterhaz.",
    # he worked for the prince: "employed by" him is true
    "Tomas Marek was employed by Prince Anton of Esterhaz.",
    # it was (and still is) its home
    "The Golden Hall was home to the Vienna Tonkunstler Orchestra.",
    # "Bjorn" is the spelling of neither Bjørn nor Björn: either may be meant (Björn was born there)
    "Bjorn Aas was born in Amsterdam.",
    # as above: "Lukasz Zieliński" is spelled like neither (Łukasz played for Poland)
    "Lukasz Zieliński played for Poland.",
    # as above (Lukasz Zielinski was born in Poznań)
    "Łukasz Zielinski was born in Poznań.",
    # "Jan" is in neither list (a woman's name in some languages); Jan Vermeer was born there
    "Jan Vermeer played goalkeeper. She was born in Wassenaar.",
    # the engine drove it then and drives it still
    "Silver Falcon was driven by a triple-expansion steam engine.",
    # a play "is the work of" the stage director of its premiere: the play is its playwright's
    # (Eduard Raud), but the design reads a director's stage work as his work
    "The Gulls of Pärnu is the work of Ants Vilde.",
})


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
