"""Red team round 196 on LATEST.diff (and WHOLE_SESSION.diff): (1) a relation said "worked as" /
"works as" makes its objects classes of the item ("Marco Polo was a merchant", "the merchant Marco
Polo", "a mountaineer born in Auckland", "a physicist who flew for NASA"); (2) "by trade / by
profession / by training / by occupation"; (3) "breeder" and "bred"; (4) "alumnus / pupil /
student" of a school one "studied at"; (5) re-tests of the session's earlier readings.

Graphs: the shipped example graph and five of my own (see each builder's docstring): "explorers"
(people with several occupations, past ("worked as") and present ("works as"), and a different
"trained as"; regions explored, birthplaces, an agency flown for, universities studied and taught
at), "buildings" (buildings and ships that "worked as" one function and "works as" another now,
"was built as" a third; nurses who "worked as" nurses, in the same type), "words" (words that
"work as" parts of speech and "worked as" others once), "breeders" (grapes, a rose and racehorses
"bred by" breeders and "bred from" parents; horses' owners, trainers and sires; dog breeds "bred
in" a country and "bred for" a task; owners and trainers typed "owner" / "trainer" who "worked
as" occupations), "schools" (physicists who "studied at", "taught at", "visited", "lectured at",
"applied to" universities, "was expelled from" a school).

Findings (75 of 288 false texts accepted; 30 arguable texts are OPEN, all accepted; controls: 64
of 66 accepted). All 75 are LATEST.diff's: with LATEST.diff reversed on a copy of the code none is
accepted (with WHOLE_SESSION.diff reversed neither).

* (1) 33: "worked as" (a past state) is read as what the item is now ("worked" joined
  _AS_WHAT_IT_IS), so "is a" is accepted where the graph has the present in its own "works as":
  Alcatraz "worked as" a prison and "works as" a museum: "Alcatraz is a prison" (also "in / located
  in San Francisco", "a San Francisco prison", "a prison and a museum", "a prison built as a
  fortress", 10); the Selimiye Barracks "is a hospital", RMS Queen Mary "is a troopship / an ocean
  liner" (it works as a hotel), RMS Olympic "is an ocean liner", Les Invalides "is a hospital"
  (buildings: 27 in all, "by trade" ones included); "wont" "worked as" a verb: "Wont is a verb"
  (6); and Bear Grylls, alive, who "worked as" a soldier and "works as" a presenter: "Bear Grylls
  is a soldier" (and "who explored Everest", "born in London", "a London-born soldier", "a
  soldier and a presenter", "By trade, Bear Grylls is a soldier", "a soldier by profession": 12).
* (1) 21 (one of them also above): a name before the occupation noun is taken as any link between
  the person and that name ("Marco Polo was a Chinese merchant": he explored China, was born in
  Venice; "John Glenn was a NASA / Marine Corps / Muskingum University senator": he flew for NASA
  and the Marine Corps, studied at Muskingum; "Edmund Hillary was an Everest beekeeper"; "Zheng He
  was an Indian Ocean diplomat"; "Fridtjof Nansen was a University of Oslo diplomat"; "David
  Livingstone was a University of Glasgow missionary"), in appositions and titles too ("The NASA
  senator John Glenn was born in Cambridge"). Before the diff these were rejected (the occupation
  was no class at all).
* (2) 9: "by training" is read as "by trade": any occupation the person "worked as" passes, even
  where the graph says he "trained as" another ("John Glenn was a senator by training": he
  trained as an engineer; "By training, Sally Ride was a professor": she trained as a physicist;
  "Fridtjof Nansen was a diplomat by training": he trained as a zoologist; "By training, Zheng He
  was a diplomat": no training in the graph).

Held: (1) occupations the person never had, in appositions, titles ("Admiral Marco Polo"),
"as well as", lists, "who ..." and "born in ..." clauses with a wrong fact, "became", "works as"
for a past occupation, negations, a place before the noun that is not the person's ("a Venice
admiral"), "Florence Nightingale was a hospital" (a function of a building, in the same type),
"Alcatraz works as / serves as a prison"; (2) "by trade" with an occupation only "trained as",
"by trade" with a wrong fact elsewhere in the clause; (3) all 63 breeder texts: owners, trainers,
sires, parent varieties, countries and purposes called breeders, "breeds" in the present, wrong
years, lists, "the breeder" as a reference, "whose breeder"; (4) all 34 school texts: "alumnus /
student / pupil" of a university one taught at, visited, lectured at or applied to, present "is
a student", "former pupil" of a school one was expelled from, lists with one wrong school;
(5) "the former / latter N" with a wrong referent, "the company behind" a distributor, "portrayed"
a film, "first appeared in YEAR in W" of a film, "by trade" in the example graph.
Controls rejected: "Penny Chenery was a horse breeder." and "Lucien Laurin was a jockey." (people
typed "owner" / "trainer", not person types: their "worked as" is not read as a class).
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


def explorers():
    """(1)(2)(5) People (items typed "explorer", "astronaut", "physicist", dated by birth) who "worked
    as" several occupations (typed "occupation"), "trained as" others (the same type), "explored"
    regions, "were born in" cities, "flew for" an agency; "studied at" / "taught at" universities."""
    rels = [
        R("occ", phrase="worked as", inverse_phrase="was the occupation of", domain=("explorer", "astronaut"),
          range=("occupation",)),
        R("works_as", phrase="works as", inverse_phrase="is the occupation of", domain=("explorer",),
          range=("occupation",)),
        R("trained", phrase="trained as", inverse_phrase="was the training of", domain=("explorer", "astronaut"),
          range=("occupation",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("explorer", "astronaut"),
          range=("city",)),
        R("explored", phrase="explored", inverse_phrase="was explored by", domain=("explorer",), range=("region",)),
        R("flew_for", phrase="flew for", inverse_phrase="employed", domain=("astronaut",), range=("agency",)),
        R("studied", phrase="studied at", inverse_phrase="was attended by", domain=("explorer", "astronaut"),
          range=("university",)),
        R("taught", phrase="taught at", inverse_phrase="employed", domain=("explorer", "astronaut"),
          range=("university",)),
    ]
    items = {"p:polo": ("explorer", "Marco Polo", 1254), "p:zheng": ("explorer", "Zheng He", 1371),
             "p:hillary": ("explorer", "Edmund Hillary", 1919), "p:livingstone": ("explorer", "David Livingstone", 1813),
             "p:nansen": ("explorer", "Fridtjof Nansen", 1861), "p:ride": ("astronaut", "Sally Ride", 1951),
             "p:glenn": ("astronaut", "John Glenn", 1921), "p:grylls": ("explorer", "Bear Grylls", 1974)}
    others = {"o:merchant": ("occupation", "merchant"), "o:admiral": ("occupation", "admiral"),
              "o:diplomat": ("occupation", "diplomat"), "o:beekeeper": ("occupation", "beekeeper"),
              "o:mountaineer": ("occupation", "mountaineer"), "o:physician": ("occupation", "physician"),
              "o:missionary": ("occupation", "missionary"), "o:zoologist": ("occupation", "zoologist"),
              "o:physicist": ("occupation", "physicist"), "o:pilot": ("occupation", "pilot"),
              "o:senator": ("occupation", "senator"),
              "o:teacher": ("occupation", "teacher"), "o:engineer": ("occupation", "engineer"),
              "o:professor": ("occupation", "professor"), "o:soldier": ("occupation", "soldier"),
              "o:presenter": ("occupation", "presenter"), "o:writer": ("occupation", "writer"),
              "c:venice": ("city", "Venice"), "c:kunyang": ("city", "Kunyang"), "c:auckland": ("city", "Auckland"),
              "c:blantyre": ("city", "Blantyre"), "c:oslo": ("city", "Oslo"), "c:la": ("city", "Los Angeles"),
              "c:cambridge": ("city", "Cambridge"), "c:london": ("city", "London"),
              "r:china": ("region", "China"), "r:indian": ("region", "the Indian Ocean"), "r:everest": ("region", "Everest"),
              "r:africa": ("region", "Africa"), "r:arctic": ("region", "the Arctic"),
              "a:nasa": ("agency", "NASA"), "a:usmc": ("agency", "the Marine Corps"),
              "u:glasgow": ("university", "the University of Glasgow"), "u:oslo": ("university", "the University of Oslo"),
              "u:auckland": ("university", "the University of Auckland"), "u:stanford": ("university", "Stanford"),
              "u:ucsd": ("university", "UC San Diego"), "u:muskingum": ("university", "Muskingum University")}
    T = _t("occ", [("p:polo", "o:merchant"), ("p:zheng", "o:admiral"), ("p:zheng", "o:diplomat"),
                   ("p:hillary", "o:beekeeper"), ("p:hillary", "o:mountaineer"), ("p:livingstone", "o:physician"),
                   ("p:livingstone", "o:missionary"), ("p:nansen", "o:zoologist"), ("p:nansen", "o:diplomat"),
                   ("p:ride", "o:physicist"), ("p:ride", "o:professor"), ("p:glenn", "o:pilot"), ("p:glenn", "o:senator"),
                   ("p:grylls", "o:soldier")])
    T += _t("works_as", [("p:grylls", "o:presenter"), ("p:grylls", "o:writer")])
    T += _t("trained", [("p:livingstone", "o:physician"), ("p:ride", "o:physicist"),
                        ("p:nansen", "o:zoologist"), ("p:glenn", "o:engineer")])
    T += _t("born", [("p:polo", "c:venice"), ("p:zheng", "c:kunyang"), ("p:hillary", "c:auckland"),
                     ("p:livingstone", "c:blantyre"), ("p:nansen", "c:oslo"), ("p:ride", "c:la"), ("p:grylls", "c:london"),
                     ("p:glenn", "c:cambridge")])
    T += _t("explored", [("p:polo", "r:china"), ("p:zheng", "r:indian"), ("p:hillary", "r:everest"),
                         ("p:livingstone", "r:africa"), ("p:nansen", "r:arctic"),
                         ("p:grylls", "r:everest")])
    T += _t("flew_for", [("p:ride", "a:nasa"), ("p:glenn", "a:nasa"), ("p:glenn", "a:usmc")])
    T += _t("studied", [("p:livingstone", "u:glasgow"), ("p:nansen", "u:oslo"), ("p:ride", "u:stanford"),
                        ("p:glenn", "u:muskingum")])
    T += _t("taught", [("p:nansen", "u:oslo"), ("p:hillary", "u:auckland"), ("p:ride", "u:ucsd")])
    return _build(items, others, rels, T)


def buildings():
    """(1) Buildings and ships (items typed "building" / "ship", dated by completion) that "worked
    as" (past) or "works as" (now) a function (typed "function"), and "was built as" another; a
    nurse (typed "nurse", an item) who "worked as" one of the same type ("function"), "worked at" a
    building; buildings "are located in" cities, ships "were built by" shipyards."""
    rels = [
        R("worked_as", phrase="worked as", inverse_phrase="was a function of", domain=("building", "ship", "nurse"),
          range=("function",)),
        R("works_as", phrase="works as", inverse_phrase="is a function of", domain=("building", "ship"),
          range=("function",)),
        R("built_as", phrase="was built as", inverse_phrase="was the original function of",
          domain=("building", "ship"), range=("function",)),
        R("located", phrase="is located in", inverse_phrase="is the location of", domain=("building",),
          range=("city",)),
        R("yard", phrase="was built by", inverse_phrase="built", domain=("ship",), range=("shipyard",)),
        R("worked_at", phrase="worked at", inverse_phrase="employed", domain=("nurse",), range=("building",)),
    ]
    items = {"b:invalides": ("building", "Les Invalides", 1676), "b:selimiye": ("building", "the Selimiye Barracks", 1800),
             "b:alcatraz": ("building", "Alcatraz", 1912), "b:louvre": ("building", "the Louvre", 1546),
             "s:britannic": ("ship", "HMHS Britannic", 1914), "s:queenmary": ("ship", "RMS Queen Mary", 1936),
             "s:olympic": ("ship", "RMS Olympic", 1911),
             "n:nightingale": ("nurse", "Florence Nightingale", 1820), "n:seacole": ("nurse", "Mary Seacole", 1805)}
    others = {"f:hospital": ("function", "hospital"), "f:museum": ("function", "museum"),
              "f:barracks": ("function", "barracks"), "f:prison": ("function", "prison"),
              "f:fortress": ("function", "fortress"), "f:palace": ("function", "palace"),
              "f:liner": ("function", "ocean liner"), "f:hospitalship": ("function", "hospital ship"),
              "f:troopship": ("function", "troopship"), "f:hotel": ("function", "hotel"),
              "f:nurse": ("function", "nurse"), "f:innkeeper": ("function", "innkeeper"),
              "c:paris": ("city", "Paris"), "c:istanbul": ("city", "Istanbul"), "c:sf": ("city", "San Francisco"),
              "y:harland": ("shipyard", "Harland and Wolff"), "y:john": ("shipyard", "John Brown & Company")}
    T = _t("worked_as", [("b:invalides", "f:hospital"), ("b:selimiye", "f:hospital"), ("b:alcatraz", "f:prison"),
                         ("b:louvre", "f:palace"), ("s:britannic", "f:hospitalship"), ("s:queenmary", "f:troopship"),
                         ("s:queenmary", "f:liner"), ("s:olympic", "f:liner"), ("s:olympic", "f:troopship"),
                         ("n:nightingale", "f:nurse"), ("n:seacole", "f:nurse"), ("n:seacole", "f:innkeeper")])
    T += _t("works_as", [("b:invalides", "f:museum"), ("b:selimiye", "f:barracks"), ("b:alcatraz", "f:museum"),
                         ("b:louvre", "f:museum"), ("s:queenmary", "f:hotel")])
    T += _t("built_as", [("b:invalides", "f:hospital"), ("b:selimiye", "f:barracks"), ("b:alcatraz", "f:fortress"),
                         ("b:louvre", "f:fortress"), ("s:britannic", "f:liner"), ("s:queenmary", "f:liner"),
                         ("s:olympic", "f:liner")])
    T += _t("located", [("b:invalides", "c:paris"), ("b:selimiye", "c:istanbul"), ("b:alcatraz", "c:sf"),
                        ("b:louvre", "c:paris")])
    T += _t("yard", [("s:britannic", "y:harland"), ("s:olympic", "y:harland"), ("s:queenmary", "y:john")])
    T += _t("worked_at", [("n:nightingale", "b:selimiye")])
    return _build(items, others, rels, T)


def breeders():
    """(3) Grape varieties and roses (items typed "grape" / "rose", dated by their breeding) "bred
    by" breeders (typed "breeder") and "bred from" parent varieties (items too); racehorses (items
    typed "horse", dated by foaling) "bred by" one person, "owned by" and "trained by" others (typed
    "owner", "trainer"), "sired by" stallions (items typed "horse"); dog breeds (items typed "breed")
    "bred for" a task and "bred in" a country, "developed by" a person (typed "breeder")."""
    rels = [
        R("bred_by", phrase="was bred by", inverse_phrase="bred", domain=("grape", "rose", "horse"), range=("breeder",)),
        R("bred_from", phrase="was bred from", inverse_phrase="is a parent of", domain=("grape", "rose"),
          range=("grape", "rose")),
        R("owned_by", phrase="was owned by", inverse_phrase="owned", domain=("horse",), range=("owner",)),
        R("trained_by", phrase="was trained by", inverse_phrase="trained", domain=("horse",), range=("trainer",)),
        R("sired_by", phrase="was sired by", inverse_phrase="sired", domain=("horse",), range=("horse",)),
        R("bred_for", phrase="was bred for", inverse_phrase="is the purpose of", domain=("breed",), range=("task",)),
        R("bred_in", phrase="was bred in", inverse_phrase="is the home of", domain=("breed",), range=("country",)),
        R("developed_by", phrase="was developed by", inverse_phrase="developed", domain=("breed",),
          range=("breeder",)),
        R("occ", phrase="worked as", inverse_phrase="was the occupation of", domain=("owner", "trainer"),
          range=("occupation",)),
        R("grown_in", phrase="is grown in", inverse_phrase="grows", domain=("grape",), range=("country",)),
    ]
    items = {"g:pinotage": ("grape", "Pinotage", 1925), "g:pinot": ("grape", "Pinot Noir", None),
             "g:cinsaut": ("grape", "Cinsaut", None), "g:mueller": ("grape", "Müller-Thurgau", 1882),
             "g:riesling": ("grape", "Riesling", None), "r:peace": ("rose", "Peace", 1935),
             "h:secretariat": ("horse", "Secretariat", 1970), "h:boldruler": ("horse", "Bold Ruler", 1954),
             "h:seabiscuit": ("horse", "Seabiscuit", 1933), "h:hardtack": ("horse", "Hard Tack", 1926),
             "d:labradoodle": ("breed", "the Labradoodle", 1989), "d:golden": ("breed", "the Golden Retriever", 1868)}
    others = {"x:perold": ("breeder", "Abraham Perold"), "x:mueller": ("breeder", "Hermann Müller"),
              "x:meilland": ("breeder", "Francis Meilland"), "x:chenery": ("breeder", "Christopher Chenery"),
              "x:phipps": ("breeder", "Gladys Phipps"), "x:wheatley": ("breeder", "Wheatley Stable"),
              "x:conron": ("breeder", "Wally Conron"), "x:tweedmouth": ("breeder", "Lord Tweedmouth"),
              "o:penny": ("owner", "Penny Chenery"), "o:howard": ("owner", "Charles Howard"),
              "t:laurin": ("trainer", "Lucien Laurin"), "t:smith": ("trainer", "Tom Smith"),
              "j:horsebreeder": ("occupation", "horse breeder"), "j:jockey": ("occupation", "jockey"),
              "j:dealer": ("occupation", "car dealer"), "j:trainer": ("occupation", "horse trainer"),
              "k:retrieving": ("task", "retrieving"), "k:guiding": ("task", "guiding"),
              "n:scotland": ("country", "Scotland"), "n:australia": ("country", "Australia"),
              "n:sa": ("country", "South Africa"), "n:germany": ("country", "Germany")}
    T = _t("bred_by", [("g:pinotage", "x:perold"), ("g:mueller", "x:mueller"), ("r:peace", "x:meilland"),
                       ("h:secretariat", "x:chenery"), ("h:boldruler", "x:wheatley"), ("h:seabiscuit", "x:wheatley")])
    T += _t("bred_from", [("g:pinotage", "g:pinot"), ("g:pinotage", "g:cinsaut"), ("g:mueller", "g:riesling")])
    T += _t("owned_by", [("h:secretariat", "o:penny"), ("h:seabiscuit", "o:howard"), ("h:boldruler", "o:penny")])
    T += _t("trained_by", [("h:secretariat", "t:laurin"), ("h:seabiscuit", "t:smith"), ("h:boldruler", "t:laurin")])
    T += _t("sired_by", [("h:secretariat", "h:boldruler"), ("h:seabiscuit", "h:hardtack")])
    T += _t("bred_for", [("d:labradoodle", "k:guiding"), ("d:golden", "k:retrieving")])
    T += _t("bred_in", [("d:labradoodle", "n:australia"), ("d:golden", "n:scotland")])
    T += _t("developed_by", [("d:labradoodle", "x:conron"), ("d:golden", "x:tweedmouth")])
    T += _t("occ", [("o:penny", "j:horsebreeder"), ("t:laurin", "j:jockey"), ("t:laurin", "j:trainer"),
                    ("o:howard", "j:dealer"), ("t:smith", "j:trainer")])
    T += _t("grown_in", [("g:pinotage", "n:sa"), ("g:mueller", "n:germany"), ("g:riesling", "n:germany")])
    return _build(items, others, rels, T)


def schools():
    """(4) Scientists (items typed "physicist", dated by birth) who "studied at" universities
    (typed "university"), "taught at" others, "visited" and "lectured at" others, "applied to" one
    that rejected them; a high school (typed "school") one "attended"; "was expelled from"."""
    rels = [
        R("studied", phrase="studied at", inverse_phrase="was attended by", domain=("physicist",),
          range=("university", "school")),
        R("taught", phrase="taught at", inverse_phrase="employed", domain=("physicist",), range=("university",)),
        R("visited", phrase="visited", inverse_phrase="was visited by", domain=("physicist",), range=("university",)),
        R("lectured", phrase="lectured at", inverse_phrase="hosted lectures by", domain=("physicist",),
          range=("university",)),
        R("applied", phrase="applied to", inverse_phrase="rejected", domain=("physicist",), range=("university",)),
        R("expelled", phrase="was expelled from", inverse_phrase="expelled", domain=("physicist",),
          range=("school",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=("physicist",),
          range=("city",)),
    ]
    items = {"p:einstein": ("physicist", "Albert Einstein", 1879), "p:curie": ("physicist", "Marie Curie", 1867),
             "p:feynman": ("physicist", "Richard Feynman", 1918), "p:bohr": ("physicist", "Niels Bohr", 1885),
             "p:hawking": ("physicist", "Stephen Hawking", 1942)}
    others = {"u:eth": ("university", "ETH Zurich"), "u:bern": ("university", "the University of Bern"),
              "u:princeton": ("university", "Princeton"), "u:sorbonne": ("university", "the Sorbonne"),
              "u:flying": ("university", "the Flying University"), "u:mit": ("university", "MIT"),
              "u:caltech": ("university", "Caltech"), "u:columbia": ("university", "Columbia"),
              "u:copenhagen": ("university", "the University of Copenhagen"), "u:manchester": ("university", "Manchester"),
              "u:oxford": ("university", "Oxford"), "u:cambridge": ("university", "Cambridge"),
              "s:luitpold": ("school", "the Luitpold Gymnasium"), "s:aarau": ("school", "the Aarau school"),
              "c:ulm": ("city", "Ulm"), "c:warsaw": ("city", "Warsaw"), "c:nyc": ("city", "New York"),
              "c:copenhagen": ("city", "Copenhagen"), "c:oxford": ("city", "Oxford")}
    T = _t("studied", [("p:einstein", "u:eth"), ("p:einstein", "s:aarau"), ("p:curie", "u:flying"),
                       ("p:curie", "u:sorbonne"), ("p:feynman", "u:mit"), ("p:feynman", "u:princeton"),
                       ("p:bohr", "u:copenhagen"), ("p:hawking", "u:oxford"), ("p:hawking", "u:cambridge")])
    T += _t("taught", [("p:einstein", "u:bern"), ("p:einstein", "u:princeton"), ("p:curie", "u:sorbonne"),
                       ("p:feynman", "u:caltech"), ("p:hawking", "u:cambridge")])
    T += _t("visited", [("p:einstein", "u:caltech"), ("p:bohr", "u:manchester"), ("p:bohr", "u:princeton")])
    T += _t("lectured", [("p:bohr", "u:columbia"), ("p:feynman", "u:cambridge")])
    T += _t("applied", [("p:einstein", "u:eth"), ("p:feynman", "u:columbia")])
    T += _t("expelled", [("p:einstein", "s:luitpold")])
    T += _t("born", [("p:einstein", "c:ulm"), ("p:curie", "c:warsaw"), ("p:feynman", "c:nyc"),
                     ("p:bohr", "c:copenhagen"), ("p:hawking", "c:oxford")])
    return _build(items, others, rels, T)


def words():
    """(1) Words (items typed "word", dated by first record) that "work as" parts of speech (typed
    "word class") and "worked as" others once; "come from" languages; "rhymes with"."""
    rels = [
        R("works_as", phrase="works as", inverse_phrase="is the class of", domain=("word",), range=("word class",)),
        R("worked_as", phrase="worked as", inverse_phrase="was the class of", domain=("word",),
          range=("word class",)),
        R("from", phrase="comes from", inverse_phrase="is the source of", domain=("word",), range=("language",)),
        R("rhymes", phrase="rhymes with", inverse_phrase="rhymes with", domain=("word",), range=("word",)),
    ]
    items = {"w:run": ("word", "run", 1000), "w:fast": ("word", "fast", 900), "w:google": ("word", "google", 1998),
             "w:thou": ("word", "thou", 900), "w:sun": ("word", "sun", 800), "w:last": ("word", "last", 850),
             "w:wont": ("word", "wont", 900)}
    others = {"k:verb": ("word class", "verb"), "k:noun": ("word class", "noun"), "k:adverb": ("word class", "adverb"),
              "k:adjective": ("word class", "adjective"), "k:pronoun": ("word class", "pronoun"),
              "l:oe": ("language", "Old English"), "l:english": ("language", "English")}
    T = _t("works_as", [("w:run", "k:verb"), ("w:run", "k:noun"), ("w:fast", "k:adjective"), ("w:fast", "k:adverb"),
                        ("w:google", "k:verb"), ("w:google", "k:noun"), ("w:sun", "k:noun"), ("w:last", "k:adjective"),
                        ("w:wont", "k:adjective"), ("w:wont", "k:noun")])
    T += _t("worked_as", [("w:thou", "k:pronoun"), ("w:wont", "k:verb")])
    T += _t("from", [("w:run", "l:oe"), ("w:fast", "l:oe"), ("w:thou", "l:oe"), ("w:sun", "l:oe"),
                     ("w:google", "l:english"), ("w:last", "l:oe"), ("w:wont", "l:oe")])
    T += _t("rhymes", [("w:run", "w:sun"), ("w:fast", "w:last")])
    return _build(items, others, rels, T)


BUILDERS = {"movies": movies, "explorers": explorers, "buildings": buildings, "breeders": breeders,
            "schools": schools, "words": words}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason

TEXTS = r"""
@explorers
# (1) "worked as" (past) read as "is a" (now): Bear Grylls, alive, "worked as" a soldier and
# "works as" a presenter and a writer
Bear Grylls is a soldier.
Bear Grylls is a soldier who explored Everest.
Bear Grylls is a soldier born in London.
Bear Grylls is a London-born soldier.
Bear Grylls is a soldier and a presenter.
Bear Grylls is a presenter and a soldier.
Bear Grylls is a soldier as well as a writer.
Bear Grylls is a soldier, a presenter and a writer.
Bear Grylls was a presenter and is a soldier.
Bear Grylls is an Everest soldier.
# (2) "by trade / profession" with a present soldier
By trade, Bear Grylls is a soldier.
Bear Grylls is a soldier by profession.
Bear Grylls is a soldier by trade who explored Everest.
# (2) "by training" says the occupation he trained as: here one he only worked as, or none
John Glenn was a senator by training.
By training, John Glenn was a senator.
By training, John Glenn was a senator born in Cambridge.
By training, Sally Ride was a professor.
By training, Sally Ride was a professor who flew for NASA.
Sally Ride was a professor by training.
Sally Ride, a professor by training, flew for NASA.
By training, Zheng He was a diplomat.
By training, Fridtjof Nansen was a diplomat.
Fridtjof Nansen was a diplomat by training.
David Livingstone was a missionary by training and a physician by profession.
Edmund Hillary, a mountaineer by training, explored Everest.
# (1) a name before the occupation read as any link of the person's ("a Chinese merchant":
# Marco Polo explored China; "a NASA senator": Glenn flew for NASA)
Marco Polo was a Chinese merchant.
Marco Polo was a China merchant.
Marco Polo, a Chinese merchant, was born in Venice.
The Chinese merchant Marco Polo was born in Venice.
Marco Polo was a Chinese merchant born in Venice.
Marco Polo, the Chinese merchant, explored China.
Marco Polo was the Chinese merchant who explored China.
John Glenn was a NASA senator.
John Glenn, a NASA senator, was born in Cambridge.
The NASA senator John Glenn was born in Cambridge.
John Glenn was a pilot and NASA senator.
John Glenn was a Marine Corps senator.
John Glenn was a Muskingum University senator.
Edmund Hillary was an Everest beekeeper.
Edmund Hillary was an Everest beekeeper born in Auckland.
Edmund Hillary, an Everest beekeeper, was born in Auckland.
Edmund Hillary was a University of Auckland beekeeper.
Bear Grylls is an Everest presenter.
Bear Grylls is an Everest writer.
Bear Grylls was an Everest soldier.
Zheng He was an Indian Ocean diplomat.
Zheng He, an Indian Ocean diplomat, was born in Kunyang.
Fridtjof Nansen was a University of Oslo diplomat.
David Livingstone was a University of Glasgow missionary.
# (1) wrong occupations, places, lists, negations, "who" / "born" clauses
Marco Polo was an admiral.
Zheng He, a merchant, explored the Indian Ocean.
The admiral Marco Polo explored China.
Admiral Marco Polo explored China.
David Livingstone was a physician as well as a diplomat.
Edmund Hillary was a mountaineer born in Venice.
Edmund Hillary was a merchant born in Auckland.
By trade, Marco Polo was an admiral.
Marco Polo was an admiral by trade.
By trade, Marco Polo was a merchant and explored Africa.
Fridtjof Nansen is an alumnus of the University of Glasgow.
Edmund Hillary is an alumnus of the University of Auckland.
Edmund Hillary was a student at the University of Auckland.
Marco Polo was a beekeeper who explored China.
Edmund Hillary was a beekeeper who explored China.
John Glenn was a physicist.
Sally Ride was a teacher by profession.
By profession, Sally Ride was a teacher.
By trade, Sally Ride was a teacher.
John Glenn was an engineer.
Sally Ride was a physicist who flew for the Marine Corps.
Sally Ride was a teacher who flew for NASA.
Sally Ride, a teacher, flew for NASA.
The teacher Sally Ride flew for NASA.
Marco Polo was a merchant born in 1260.
Marco Polo, a merchant born in Kunyang, explored China.
Marco Polo was a merchant born in Venice who explored Africa.
Edmund Hillary was a beekeeper who was born in Venice.
Marco Polo and Zheng He were merchants.
Zheng He was an admiral and a merchant.
Zheng He was an admiral and merchant.
Marco Polo explored China as an admiral.
Marco Polo was no merchant.
Marco Polo was not a merchant.
Zheng He was a Chinese merchant.
Zheng He was a Venice admiral.
Zheng He was an Indian Ocean merchant.
Edmund Hillary was an Everest diplomat.
Sally Ride was a NASA teacher.
John Glenn was a Stanford pilot.
John Glenn was a Marine Corps physicist.
Edmund Hillary was an Auckland beekeeper.
Marco Polo was a Venice merchant.
Bear Grylls is a London presenter.
The merchant who explored the Indian Ocean was Zheng He.
Zheng He was the merchant who explored the Indian Ocean.
Zheng He was the admiral who explored China.
Fridtjof Nansen, a zoologist and merchant, explored the Arctic.
Fridtjof Nansen was a zoologist, a diplomat and a merchant.
Edmund Hillary was a beekeeper, and a mountaineer born in Venice.
Edmund Hillary works as a beekeeper.
Edmund Hillary worked as a merchant.
By trade, Zheng He was a merchant.
Zheng He, a merchant by trade, explored China.
Marco Polo, a merchant by trade, explored Africa.
By trade, Marco Polo was a merchant, and he explored Africa.
By trade, Marco Polo was a merchant born in Kunyang.
By trade, Marco Polo, a merchant, was born in Kunyang.
By trade, Edmund Hillary was a mountaineer who explored Africa.
Marco Polo was, by trade, an admiral.
By occupation, John Glenn was a physicist.
John Glenn was a physicist by occupation.
@buildings
# (1) "worked as" (past) read as "is a" (now): Alcatraz "worked as" a prison and "works as" a
# museum; the Selimiye Barracks "worked as" a hospital, now barracks; the Queen Mary "worked as"
# a troopship and a liner, now a hotel; the Olympic (scrapped) "worked as" both
Alcatraz is a prison.
Alcatraz is a prison in San Francisco.
Alcatraz is a prison located in San Francisco.
Alcatraz, which is a prison, is located in San Francisco.
Alcatraz is a prison and a museum.
Alcatraz is a museum and a prison.
Alcatraz is a San Francisco prison.
Alcatraz is a prison that was built as a fortress.
Alcatraz is a prison built as a fortress.
Alcatraz is a prison by trade.
The Selimiye Barracks is a hospital.
The Selimiye Barracks is a hospital in Istanbul.
By trade, the Selimiye Barracks is a hospital.
The Selimiye Barracks is a hospital by profession.
RMS Queen Mary is a troopship.
RMS Queen Mary is a troopship built by John Brown & Company.
RMS Queen Mary is a John Brown & Company troopship.
RMS Queen Mary is a troopship by trade.
RMS Queen Mary is an ocean liner.
RMS Queen Mary is an ocean liner built by John Brown & Company.
RMS Olympic is a troopship.
RMS Olympic is an ocean liner.
RMS Olympic is an ocean liner built by Harland and Wolff.
Les Invalides is a hospital.
Les Invalides is a hospital in Paris.
Les Invalides is a hospital and a museum.
Les Invalides is a Paris hospital.
# held: what it never was, wrong places and builders, the verb itself
Alcatraz is a fortress.
Alcatraz was a fortress.
The Louvre is a fortress.
HMHS Britannic was an ocean liner.
HMHS Britannic is an ocean liner.
Florence Nightingale was a hospital.
Florence Nightingale was an innkeeper.
The Selimiye Barracks was a nurse.
By trade, Florence Nightingale was an innkeeper.
Alcatraz, a fortress, is located in San Francisco.
Alcatraz, a hospital, is located in San Francisco.
Alcatraz was a prison located in Paris.
Les Invalides was a hospital located in Istanbul.
Alcatraz is a Paris museum.
RMS Queen Mary was a Harland and Wolff troopship.
Florence Nightingale was a Selimiye Barracks nurse.
Mary Seacole, a nurse who worked at the Selimiye Barracks, was born in 1805.
Florence Nightingale was a nurse as well as an innkeeper.
Les Invalides works as a hospital.
Alcatraz works as a prison.
Florence Nightingale works as a nurse.
Alcatraz serves as a prison.
Alcatraz is still a prison.
Alcatraz is currently a prison.
Alcatraz remains a prison.
@words
# (1) "works as" / "worked as" said of words: "wont" "worked as" a verb (no longer)
Wont is a verb.
Wont is a verb and a noun.
Wont is a noun as well as a verb.
Wont is an Old English verb.
Wont, a verb, comes from Old English.
Wont is a verb that comes from Old English.
Run is an adverb.
Fast is a verb.
Sun is a verb.
Wont is an adverb.
Google is an Old English verb.
Google, a verb, comes from Old English.
Run is an English verb.
Fast is an adjective as well as a pronoun.
Google is a noun and an adverb.
@breeders
# (3) "breeder", "bred": owners, trainers, sires, parents, countries, purposes
Pinotage's breeder was Hermann Müller.
Hermann Müller was the breeder behind Pinotage.
Abraham Perold breeds Pinotage.
Pinot Noir was Pinotage's breeder.
Pinot Noir is the breeder of Pinotage.
Pinot Noir bred Pinotage.
Pinotage bred Pinot Noir.
Pinotage was bred from Abraham Perold.
Pinotage was bred by Pinot Noir.
Pinot Noir was bred from Pinotage.
Penny Chenery was Secretariat's breeder.
Penny Chenery bred Secretariat.
Penny Chenery was the breeder behind Secretariat.
Lucien Laurin was Secretariat's breeder.
Bold Ruler was Secretariat's breeder.
Bold Ruler bred Secretariat.
Secretariat was bred by Bold Ruler.
Secretariat was bred in 1954.
Pinotage was bred in 1935.
Pinotage was bred in Germany.
The Labradoodle was bred in Scotland.
Lord Tweedmouth was the breeder of the Labradoodle.
Australia was the Labradoodle's breeder.
Australia bred the Labradoodle.
Guiding bred the Labradoodle.
Guiding was the Labradoodle's breeder.
Scotland is the breeder of the Golden Retriever.
The Labradoodle was bred for retrieving.
The Labradoodle was bred by guiding.
Wheatley Stable bred Seabiscuit and Secretariat.
Wheatley Stable, the breeder of Seabiscuit, also bred Secretariat.
Seabiscuit's breeder also bred Secretariat.
Seabiscuit's breeder trained Secretariat.
Seabiscuit's trainer was Charles Howard.
Secretariat was bred and owned by Penny Chenery.
Secretariat was bred and trained by Lucien Laurin.
Secretariat was bred by Penny Chenery and owned by Christopher Chenery.
Peace was bred by Francis Meilland in 1945.
Francis Meilland bred Peace in 1945.
Abraham Perold was not the breeder of Pinotage.
Abraham Perold never bred Pinotage.
Hermann Müller bred Riesling.
Abraham Perold bred Pinotage from Riesling.
Abraham Perold bred Pinotage. The breeder also bred Müller-Thurgau.
The Labradoodle was bred in Australia. The breed was developed by Lord Tweedmouth.
Pinotage was bred by the breeder Hermann Müller.
The breeder Abraham Perold bred Müller-Thurgau.
Wally Conron, a breeder, bred Pinotage.
Christopher Chenery, the breeder of Secretariat, owned Bold Ruler.
Christopher Chenery, Secretariat's breeder, bred Bold Ruler.
Bold Ruler's breeder, Wheatley Stable, also bred Secretariat.
Secretariat's breeder owned Bold Ruler.
Secretariat and Bold Ruler were bred by Christopher Chenery.
Bold Ruler sired Secretariat, whose breeder was Wheatley Stable.
Bold Ruler sired Seabiscuit.
Pinotage is a rose bred by Abraham Perold.
Pinotage is a grape bred from Pinot Noir and Riesling.
The Golden Retriever was bred in Scotland for guiding.
The Golden Retriever was bred by Lord Tweedmouth.
Lord Tweedmouth developed the Labradoodle.
Penny Chenery was the breeder who bred Secretariat.
Penny Chenery was a horse breeder of Secretariat.
The car dealer Charles Howard trained Seabiscuit.
@schools
# (4) "alumnus / student / pupil" of a school one taught at, visited, lectured at, applied to
Albert Einstein is an alumnus of Princeton.
Albert Einstein is an alumnus of the University of Bern.
Albert Einstein was a student at Princeton.
Albert Einstein is a student at ETH Zurich.
Albert Einstein was a pupil at the Luitpold Gymnasium.
Albert Einstein is an alumnus of the Luitpold Gymnasium.
Albert Einstein was an alumnus of Caltech.
Niels Bohr is an alumnus of Manchester.
Niels Bohr is an alumnus of Princeton.
Richard Feynman is an alumnus of Columbia.
Richard Feynman is an alumnus of Caltech.
Richard Feynman is an alumnus of Cambridge.
Richard Feynman is an alumnus of MIT and Caltech.
Marie Curie is an alumnus of Oxford.
Princeton's alumni include Albert Einstein.
Caltech's alumni include Richard Feynman.
The University of Bern's alumni include Albert Einstein.
Among Princeton's students was Albert Einstein.
Albert Einstein was one of Princeton's students.
Albert Einstein was one of the University of Bern's pupils.
Richard Feynman, an alumnus of Caltech, taught at Caltech.
Richard Feynman, a Caltech alumnus, taught at Caltech.
Richard Feynman, a Caltech student, taught at MIT.
Albert Einstein, a Princeton student, was born in Ulm.
Albert Einstein, a Princeton alumnus, was born in Ulm.
Niels Bohr, an alumnus of the University of Copenhagen, was born in Ulm.
Albert Einstein studied at ETH Zurich and Princeton.
Albert Einstein was a student at ETH Zurich and at Princeton.
Albert Einstein was a student at Princeton and a teacher at ETH Zurich.
Albert Einstein was a former pupil of the Luitpold Gymnasium.
Albert Einstein is a former student of the Luitpold Gymnasium.
Albert Einstein is a former student of Princeton.
Niels Bohr was a student at Manchester.
Niels Bohr, a pupil of Princeton, was born in Copenhagen.
@movies
# re-tests on the example graph: "by trade", class modifiers, "who" / "born", the former /
# latter film, "the company behind", "first appeared in YEAR in W"
Heat is a comedy by trade.
Heat is a Paramount Pictures thriller.
Heat is an Al Pacino comedy.
Sabrina is a Harrison Ford thriller.
Heat is a thriller born in 1995.
Heat and Sabrina star Al Pacino and Harrison Ford. The latter film was directed by Michael Mann.
Warner Bros. distributed Heat and Paramount Pictures distributed Sabrina; the former company distributed Sabrina.
Warner Bros. is the company behind Heat.
Michael Mann is the director behind Sabrina.
Al Pacino portrayed Heat.
Heat first appeared in 1995 in Sabrina.
Michael Mann, who directed Heat, was a writer by trade.
Al Pacino was a director by trade.
"""
CONTROLS = r"""
@explorers
Marco Polo was a merchant.
Zheng He, an admiral, explored the Indian Ocean.
The merchant Marco Polo explored China.
David Livingstone was a physician as well as a missionary.
Edmund Hillary was a mountaineer born in Auckland.
By trade, Marco Polo was a merchant.
Marco Polo was a merchant by trade.
David Livingstone is an alumnus of the University of Glasgow.
Sally Ride was a physicist who flew for NASA.
Marco Polo was a merchant born in Venice.
Marco Polo, a merchant born in Venice, explored China.
Zheng He was an admiral and a diplomat.
Admiral Zheng He explored the Indian Ocean.
Fridtjof Nansen, a zoologist and diplomat, explored the Arctic.
Edmund Hillary was a beekeeper and a mountaineer born in Auckland.
Edmund Hillary worked as a beekeeper.
Bear Grylls is a presenter.
Bear Grylls was a soldier.
By training, David Livingstone was a physician.
Fridtjof Nansen was a zoologist by training.
John Glenn trained as an engineer.
By training, Sally Ride was a physicist.
By profession, John Glenn was a senator.
Marco Polo, a merchant by trade, explored China.
By trade, Edmund Hillary, a beekeeper, explored Everest.
John Glenn was a Marine Corps pilot.
@buildings
Alcatraz was a prison.
Alcatraz is a museum.
Les Invalides was a hospital.
RMS Queen Mary is a hotel.
HMHS Britannic was a hospital ship.
Florence Nightingale was a nurse.
Mary Seacole was a nurse as well as an innkeeper.
Alcatraz, a museum, is located in San Francisco.
Alcatraz is a museum that was built as a fortress.
The Selimiye Barracks is a barracks in Istanbul.
RMS Olympic was a Harland and Wolff troopship.
Les Invalides worked as a hospital.
@words
Run is a verb.
Google is a noun and a verb.
Fast is an adjective as well as an adverb.
Wont was a verb.
Wont is a noun and an adjective.
@breeders
Abraham Perold bred Pinotage.
Pinotage's breeder was Abraham Perold.
Abraham Perold was the breeder behind Pinotage.
Christopher Chenery was Secretariat's breeder.
Pinotage was bred from Pinot Noir.
The Labradoodle was bred in Australia.
Seabiscuit's breeder also bred Bold Ruler.
Bold Ruler sired Secretariat, whose breeder was Christopher Chenery.
Secretariat was bred by Christopher Chenery and owned by Penny Chenery.
Pinotage is a grape bred from Pinot Noir and Cinsaut.
Penny Chenery was a horse breeder.
Lucien Laurin was a jockey.
@schools
Albert Einstein is an alumnus of ETH Zurich.
Albert Einstein was a student at ETH Zurich.
Richard Feynman is an alumnus of MIT and Princeton.
Stephen Hawking is an alumnus of Oxford and Cambridge.
ETH Zurich's alumni include Albert Einstein.
Richard Feynman, an alumnus of MIT, taught at Caltech.
Albert Einstein is a former student of ETH Zurich.
Albert Einstein, who was a student at ETH Zurich, was born in Ulm.
@movies
Heat is a Warner Bros. thriller.
Heat is a Michael Mann thriller.
Michael Mann was the writer behind Heat.
"""

KNOWN = frozenset()

OPEN = frozenset(
    {
        # "is a" for a dead person who "worked as" it: the present of a biography is loose
        "Marco Polo is a merchant.",
        "John Glenn is a pilot.",
        "Florence Nightingale is a nurse.",
        # an apposition or a title has no tense: Bear Grylls "worked as" a soldier
        "Bear Grylls, a soldier, explored Everest.",
        "The soldier Bear Grylls explored Everest.",
        "Bear Grylls, a soldier by profession, explored Everest.",
        # a name before the occupation that may be said loosely (Livingstone was a missionary in
        # Africa, Nansen a zoologist of the Arctic, Ride studied at Stanford and flew for NASA)
        "David Livingstone was an Africa missionary.",
        "Fridtjof Nansen was an Arctic zoologist.",
        "Fridtjof Nansen was an Arctic diplomat.",
        "Sally Ride was a Stanford physicist.",
        "Sally Ride was a NASA physicist.",
        "John Glenn was a NASA pilot.",
        "David Livingstone was a University of Glasgow physician.",
        # "by training" of two occupations: only the first may be meant
        "David Livingstone was a physician as well as a missionary by training.",
        # "by training" with no training in the graph, or one the person may well have had
        # (the checker reads "by training" as "by trade": accepted)
        "John Glenn was a pilot by training.",
        "Zheng He was an admiral by training.",
        "David Livingstone was a missionary by training.",
        "Edmund Hillary was a beekeeper by training.",
        "By training, Edmund Hillary was a mountaineer.",
        "By training, Marco Polo was a merchant.",
        "Marco Polo was a merchant by training.",
        # "by trade" / "by profession" said of a building or a word (a category mistake, but what it
        # was is true)
        "By trade, Alcatraz was a prison.",
        "Alcatraz was a museum by trade.",
        "Run is a verb by trade.",
        # "worked as" for what it still works as; the Louvre is still called a palace; "thou" is
        # still a pronoun, if archaic
        "Les Invalides worked as a museum.",
        "The Louvre is a palace.",
        "Thou is a pronoun.",
        # a title with no tense of a building's past or present function
        "The prison Alcatraz is a museum.",
        "The troopship RMS Queen Mary is a hotel.",
        # "who" of a film (bad grammar, the facts are true)
        "Heat is a thriller who stars Al Pacino.",
    }
)

OPEN_TEXTS = r"""
@explorers
Marco Polo is a merchant.
John Glenn is a pilot.
Bear Grylls, a soldier, explored Everest.
The soldier Bear Grylls explored Everest.
Bear Grylls, a soldier by profession, explored Everest.
David Livingstone was an Africa missionary.
Fridtjof Nansen was an Arctic zoologist.
Fridtjof Nansen was an Arctic diplomat.
Sally Ride was a Stanford physicist.
Sally Ride was a NASA physicist.
John Glenn was a NASA pilot.
David Livingstone was a University of Glasgow physician.
David Livingstone was a physician as well as a missionary by training.
John Glenn was a pilot by training.
Zheng He was an admiral by training.
David Livingstone was a missionary by training.
Edmund Hillary was a beekeeper by training.
By training, Edmund Hillary was a mountaineer.
By training, Marco Polo was a merchant.
Marco Polo was a merchant by training.
@buildings
Florence Nightingale is a nurse.
By trade, Alcatraz was a prison.
Alcatraz was a museum by trade.
Les Invalides worked as a museum.
The Louvre is a palace.
The prison Alcatraz is a museum.
The troopship RMS Queen Mary is a hotel.
@words
Run is a verb by trade.
Thou is a pronoun.
@movies
Heat is a thriller who stars Al Pacino.
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
