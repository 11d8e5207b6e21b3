"""Red team round 204 on WHOLE_SESSION.diff: the session's new readings -- (1) agent nouns of an
active phrase whose inverse is passive, naming the relation's head ("wrote" / "was written by":
"X is the author of Y", "Y's author was X", "Y, whose author is X"), read after a present copula
too, also where the verb says a state or a deed that ends ("conducted", "operated", "trained",
"curated", "taught"); (2) nouns of relations said only in the past ("was the capital of", "had
the state religion", "had the official language", "was the home of", "was the headquarters of",
"was the seat of": "X's N was Y", "Y was X's N", "The N of X was Y", "X, whose N was Y", "X had Y
as its N", "Its N was Y"); (3) the "only one" check of "Y is the N of X" / "X, whose N is Y".

Graphs: the shipped example graph and five of my own (see each builder's docstring): "empires"
(capitals, state religions, official languages, rulers, founders, emperors' homes), "dynasties"
(seats, state religions, leaders, founders, palaces owned), "companies" (companies, orchestras,
railways, racehorses, museum collections and courses: "managed", "owned", "led", "conducted",
"operated", "trained", "curated", "taught", "founded", "was the headquarters of"), "books"
("wrote", "illustrated", "translated", "edited", "published"), "buildings" ("designed", "built",
"commissioned", "owned", "was the home of", "created": "creator" shared by "designed" and
"created").

Findings (43 of 357 false texts accepted; 4 OPEN texts, all accepted; controls: 63 of 65
accepted). 40 of the 43 are the session's: with WHOLE_SESSION.diff reversed on a copy of the code
only 3 are accepted ("Henry Cecil trains Frankel", "Lucien Laurin trains Secretariat", "Arturo
Toscanini conducts the NBC Symphony Orchestra": present verbs of relations said in the past, an old
hole).

* (1) doer nouns in the present, 27: _noun_readings lets a doer noun through even for a relation of
  the past (past_relations | past_states), because "the maker stays its maker"; but _AGENTS also
  gives nouns of states and deeds that end, and these are read after "is" too: "conducted" ->
  conductor, "operated" / "ran" -> operator, "trained" -> trainer, "curated" -> curator, "taught"
  -> instructor / lecturer (probed also: "piloted" -> pilot, "skippered" -> skipper, "organized",
  "moderated", "interviewed"). "Arturo Toscanini is the conductor of the NBC Symphony Orchestra",
  "The Great Western Railway's operator is the GWR Company", "Secretariat's trainer is Lucien
  Laurin", "Frankel, whose trainer is Henry Cecil, was owned by Khalid Abdullah", "The curators of
  the Egyptian Collection are Wallis Budge and John Taylor", "CS50's instructor is David Malan",
  "Herbert von Karajan is one of the conductors of the Berlin Philharmonic", "Simon Rattle is a
  conductor of the London Symphony Orchestra". ("manager", "owner", "leader", "coach", "host",
  "commander", "captain", "sponsor", "presenter", "teacher" are not read at all: rejected.)
* (2)/(3) plural past nouns leave one out, 9: past_role_nouns marks the list complete only where
  the noun is singular (only=not _plural_word), so "X's Ns were A and B" / "The Ns of X were ..." /
  "X, whose Ns were ..." take any part of the list, even one item under a plural verb: "The Roman
  Empire's capitals were Rome and Ravenna" (and Constantinople), "The Mughal Empire, whose capitals
  were Agra and Delhi, ..." (and Lahore), "The Holy Roman Empire's official languages were Latin"
  (and German), "The Holy Roman Empire's capitals were Vienna", "The Roman Empire's state religions
  were Christianity".
* (3) a noun whose singular is plural in form, 4: "headquarters" is taken for a plural, so "X's
  headquarters was Y" (a singular verb) is not the only one either: "Ford Motor Company's
  headquarters was Highland Park Plant", "The headquarters of Ford Motor Company was Highland Park
  Plant", "Ford Motor Company, whose headquarters was Highland Park Plant, ...", "Henry Ford founded
  Ford Motor Company. Its headquarters was Highland Park Plant." (also the Glass House; "Highland
  Park Plant was Ford Motor Company's headquarters" is rejected, only=True there).
Held: every past noun said in the present ("is", "has ... as its"), with wrong values, relations,
owners (a person for an empire, a city for a state), directions, "its" after a person, lists with
a wrong item, negations; the only-one check of singular past nouns in all four shapes and of "Y is
the N of X" / "X, whose N is Y" for "author", "writer", "conductor", "operator"; wrong doers
("designer" of a builder, "architect" of a firm, "author" of a translator or illustrator), doers
the wrong way round, "creator" shared by "designed" and "created" (wrong pairs rejected); the
example graph ("writer" of "wrote").
Controls rejected: "Ford Motor Company's headquarters were the Glass House and Highland Park
Plant." (a name after "was"/"were" that opens with "the" is not where past_role_nouns looks: the
reading needs (ne + 1) in starting, and the ref starts after "the"); "Lewis Carroll, the author of
Through the Looking-Glass, also wrote Alice's Adventures in Wonderland." (incomplete_list on
"author of": the apposition's owner is taken to be Carroll, the head, so his works must all be
named, though "the author of" names the book's only author, which he is; the old code rejects it
too, for the unknown word "author").
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

def empires():
    rels = [
        R("capital", phrase="had the capital", inverse_phrase="was the capital of", range=("city",)),
        R("religion", phrase="had the state religion", inverse_phrase="was the state religion of", range=("religion",)),
        R("language", phrase="had the official language", inverse_phrase="was the official language of", range=("language",)),
        R("ruled", phrase="ruled", inverse_phrase="was ruled by", range=("empire",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", range=("empire",)),
        R("home", phrase="lived in", inverse_phrase="was the home of", range=("city",)),
    ]
    items = {"e:roman": ("empire", "the Roman Empire", -27), "e:byz": ("empire", "the Byzantine Empire", 330),
             "e:ottoman": ("empire", "the Ottoman Empire", 1299), "e:french": ("empire", "the First French Empire", 1804),
             "e:mughal": ("empire", "the Mughal Empire", 1526), "e:hre": ("empire", "the Holy Roman Empire", 962)}
    others = {"c:rome": ("city", "Rome"), "c:constantinople": ("city", "Constantinople"), "c:ravenna": ("city", "Ravenna"),
              "c:bursa": ("city", "Bursa"), "c:edirne": ("city", "Edirne"), "c:paris": ("city", "Paris"),
              "c:agra": ("city", "Agra"), "c:delhi": ("city", "Delhi"), "c:lahore": ("city", "Lahore"), "c:vienna": ("city", "Vienna"),
              "c:prague": ("city", "Prague"), "c:ajaccio": ("city", "Ajaccio"),
              "r:christianity": ("religion", "Christianity"), "r:orthodoxy": ("religion", "Eastern Orthodoxy"),
              "r:islam": ("religion", "Islam"), "r:catholicism": ("religion", "Catholicism"), "r:paganism": ("religion", "Roman paganism"),
              "l:latin": ("language", "Latin"), "l:greek": ("language", "Greek"), "l:turkish": ("language", "Ottoman Turkish"),
              "l:persian": ("language", "Persian"), "l:french": ("language", "French"), "l:german": ("language", "German"),
              "p:augustus": ("emperor", "Augustus"), "p:constantine": ("emperor", "Constantine the Great"),
              "p:justinian": ("emperor", "Justinian I"), "p:osman": ("emperor", "Osman I"), "p:mehmed": ("emperor", "Mehmed II"),
              "p:napoleon": ("emperor", "Napoleon"), "p:babur": ("emperor", "Babur"), "p:akbar": ("emperor", "Akbar"),
              "p:otto": ("emperor", "Otto the Great"), "p:charles": ("emperor", "Charles V")}
    T = _t("capital", [("e:roman", "c:rome"), ("e:roman", "c:constantinople"), ("e:roman", "c:ravenna"),
                       ("e:byz", "c:constantinople"), ("e:ottoman", "c:bursa"), ("e:ottoman", "c:edirne"),
                       ("e:ottoman", "c:constantinople"), ("e:french", "c:paris"), ("e:mughal", "c:agra"),
                       ("e:mughal", "c:delhi"), ("e:mughal", "c:lahore"), ("e:hre", "c:vienna"), ("e:hre", "c:prague")])
    T += _t("religion", [("e:roman", "r:christianity"), ("e:roman", "r:paganism"), ("e:byz", "r:orthodoxy"),
                         ("e:ottoman", "r:islam"), ("e:mughal", "r:islam"), ("e:hre", "r:catholicism")])
    T += _t("language", [("e:roman", "l:latin"), ("e:byz", "l:greek"), ("e:byz", "l:latin"), ("e:ottoman", "l:turkish"),
                         ("e:mughal", "l:persian"), ("e:french", "l:french"), ("e:hre", "l:latin"), ("e:hre", "l:german")])
    T += _t("ruled", [("p:augustus", "e:roman"), ("p:constantine", "e:roman"), ("p:justinian", "e:byz"), ("p:osman", "e:ottoman"),
                      ("p:mehmed", "e:ottoman"), ("p:napoleon", "e:french"), ("p:babur", "e:mughal"), ("p:akbar", "e:mughal"),
                      ("p:otto", "e:hre"), ("p:charles", "e:hre")])
    T += _t("founded", [("p:augustus", "e:roman"), ("p:osman", "e:ottoman"), ("p:napoleon", "e:french"), ("p:babur", "e:mughal"),
                        ("p:otto", "e:hre"), ("p:constantine", "e:byz")])
    T += _t("home", [("p:augustus", "c:rome"), ("p:constantine", "c:constantinople"), ("p:justinian", "c:constantinople"),
                     ("p:mehmed", "c:edirne"), ("p:mehmed", "c:constantinople"), ("p:napoleon", "c:paris"), ("p:napoleon", "c:ajaccio"),
                     ("p:akbar", "c:agra"), ("p:charles", "c:vienna")])
    return _build(items, others, rels, T)

def dynasties():
    """Dynasties (items) and states: "led" (a person led a dynasty), "was the seat of" (a palace was
    the seat of a dynasty), "had the state religion", "founded", "owned" palaces."""
    rels = [
        R("seat", phrase="had the seat", inverse_phrase="was the seat of", range=("palace",)),
        R("religion", phrase="had the state religion", inverse_phrase="was the state religion of", range=("religion",)),
        R("led", phrase="led", inverse_phrase="was led by", range=("dynasty",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", range=("dynasty",)),
        R("owned", phrase="owned", inverse_phrase="was owned by", range=("palace",)),
        R("ruled", phrase="ruled over", inverse_phrase="was ruled over by", range=("state",)),
    ]
    items = {"d:ming": ("dynasty", "the Ming dynasty", 1368), "d:qing": ("dynasty", "the Qing dynasty", 1644),
             "d:tudor": ("dynasty", "the Tudor dynasty", 1485), "d:habsburg": ("dynasty", "the Habsburg dynasty", 1020),
             "d:romanov": ("dynasty", "the Romanov dynasty", 1613)}
    others = {"x:hongwu": ("person", "Hongwu Emperor"), "x:yongle": ("person", "Yongle Emperor"), "x:nurhaci": ("person", "Nurhaci"),
              "x:kangxi": ("person", "Kangxi Emperor"), "x:henry7": ("person", "Henry VII"), "x:henry8": ("person", "Henry VIII"),
              "x:rudolf": ("person", "Rudolf I"), "x:maria": ("person", "Maria Theresa"), "x:michael": ("person", "Michael Romanov"),
              "x:peter": ("person", "Peter the Great"),
              "b:forbidden": ("palace", "the Forbidden City"), "b:nanjing": ("palace", "Nanjing Palace"), "b:mukden": ("palace", "Mukden Palace"),
              "b:whitehall": ("palace", "Whitehall Palace"), "b:hofburg": ("palace", "the Hofburg"), "b:kremlin": ("palace", "the Kremlin"),
              "b:winter": ("palace", "the Winter Palace"), "b:hampton": ("palace", "Hampton Court"), "b:schonbrunn": ("palace", "Schonbrunn Palace"),
              "r:confucianism": ("religion", "Confucianism"), "r:anglicanism": ("religion", "Anglicanism"), "r:catholicism": ("religion", "Catholicism"),
              "r:orthodoxy": ("religion", "Russian Orthodoxy"), "r:buddhism": ("religion", "Tibetan Buddhism"),
              "s:china": ("state", "China"), "s:england": ("state", "England"), "s:austria": ("state", "Austria"), "s:russia": ("state", "Russia"),
              "s:spain": ("state", "Spain")}
    T = _t("seat", [("d:ming", "b:forbidden"), ("d:ming", "b:nanjing"), ("d:qing", "b:forbidden"), ("d:qing", "b:mukden"),
                    ("d:tudor", "b:whitehall"), ("d:habsburg", "b:hofburg"), ("d:romanov", "b:kremlin"), ("d:romanov", "b:winter")])
    T += _t("religion", [("d:ming", "r:confucianism"), ("d:qing", "r:confucianism"), ("d:qing", "r:buddhism"),
                         ("d:tudor", "r:anglicanism"), ("d:habsburg", "r:catholicism"), ("d:romanov", "r:orthodoxy")])
    T += _t("led", [("x:hongwu", "d:ming"), ("x:yongle", "d:ming"), ("x:nurhaci", "d:qing"), ("x:kangxi", "d:qing"),
                    ("x:henry7", "d:tudor"), ("x:henry8", "d:tudor"), ("x:rudolf", "d:habsburg"), ("x:maria", "d:habsburg"),
                    ("x:michael", "d:romanov"), ("x:peter", "d:romanov")])
    T += _t("founded", [("x:hongwu", "d:ming"), ("x:nurhaci", "d:qing"), ("x:henry7", "d:tudor"), ("x:rudolf", "d:habsburg"),
                        ("x:michael", "d:romanov")])
    T += _t("owned", [("x:henry8", "b:hampton"), ("x:henry8", "b:whitehall"), ("x:maria", "b:schonbrunn"), ("x:peter", "b:winter")])
    T += _t("ruled", [("d:ming", "s:china"), ("d:qing", "s:china"), ("d:tudor", "s:england"), ("d:habsburg", "s:austria"),
                      ("d:habsburg", "s:spain"), ("d:romanov", "s:russia")])
    return _build(items, others, rels, T)

def companies():
    """Companies, orchestras, stables, museums (items) and people, by relations whose verbs say a
    state or a deed that ends, in the past: "managed", "owned", "led" (nouns the checker does not
    know), "conducted" (conductor), "operated" (operator), "trained" (trainer), "curated" (curator),
    "taught" (instructor, lecturer); "founded" (founder); "was the headquarters of" a company (a
    noun said only in the past)."""
    rels = [
        R("managed", phrase="managed", inverse_phrase="was managed by", range=("company",)),
        R("owned", phrase="owned", inverse_phrase="was owned by", range=("company", "racehorse")),
        R("founded", phrase="founded", inverse_phrase="was founded by", range=("company", "orchestra")),
        R("led", phrase="led", inverse_phrase="was led by", range=("company",)),
        R("hq", phrase="had the headquarters", inverse_phrase="was the headquarters of", range=("building",)),
        R("conducted", phrase="conducted", inverse_phrase="was conducted by", range=("orchestra",)),
        R("operated", phrase="operated", inverse_phrase="was operated by", range=("railway",)),
        R("trained", phrase="trained", inverse_phrase="was trained by", range=("racehorse",)),
        R("curated", phrase="curated", inverse_phrase="was curated by", range=("collection",)),
        R("taught", phrase="taught", inverse_phrase="was taught by", range=("course",)),
    ]
    items = {"k:apple": ("company", "Apple", 1976), "k:microsoft": ("company", "Microsoft", 1975), "k:ford": ("company", "Ford Motor Company", 1903),
             "k:twitter": ("company", "Twitter", 2006),
             "o:bpo": ("orchestra", "the Berlin Philharmonic", 1882), "o:lso": ("orchestra", "the London Symphony Orchestra", 1904),
             "o:nbc": ("orchestra", "the NBC Symphony Orchestra", 1937),
             "r:gwr": ("railway", "the Great Western Railway", 1833), "r:orient": ("railway", "the Orient Express", 1883),
             "r:transsib": ("railway", "the Trans-Siberian Railway", 1916),
             "h:secretariat": ("racehorse", "Secretariat", 1970), "h:frankel": ("racehorse", "Frankel", 2008),
             "h:shergar": ("racehorse", "Shergar", 1978),
             "c:elgin": ("collection", "the Elgin Marbles", 1816), "c:rosetta": ("collection", "the Egyptian Collection", 1802),
             "u:physics": ("course", "The Feynman Lectures on Physics", 1961), "u:cs50": ("course", "CS50", 1989)}
    others = {"x:jobs": ("person", "Steve Jobs"), "x:wozniak": ("person", "Steve Wozniak"), "x:cook": ("person", "Tim Cook"),
              "x:sculley": ("person", "John Sculley"), "x:gates": ("person", "Bill Gates"), "x:allen": ("person", "Paul Allen"),
              "x:ballmer": ("person", "Steve Ballmer"), "x:hford": ("person", "Henry Ford"),
              "x:dorsey": ("person", "Jack Dorsey"), "x:musk": ("person", "Elon Musk"),
              "x:karajan": ("person", "Herbert von Karajan"), "x:furtwangler": ("person", "Wilhelm Furtwangler"),
              "x:rattle": ("person", "Simon Rattle"), "x:toscanini": ("person", "Arturo Toscanini"), "x:previn": ("person", "Andre Previn"),
              "x:bulow": ("person", "Hans von Bulow"),
              "k:gwrco": ("company", "the GWR Company"), "k:wagonslits": ("company", "Wagons-Lits"), "k:rzd": ("company", "Russian Railways"),
              "k:belmond": ("company", "Belmond"),
              "x:laurin": ("person", "Lucien Laurin"), "x:cecil": ("person", "Henry Cecil"), "x:stoute": ("person", "Michael Stoute"),
              "x:abdullah": ("person", "Khalid Abdullah"), "x:aga": ("person", "Aga Khan IV"), "x:chenery": ("person", "Penny Chenery"),
              "x:jenkins": ("person", "Ian Jenkins"), "x:budge": ("person", "Wallis Budge"), "x:taylor": ("person", "John Taylor"),
              "x:feynman": ("person", "Richard Feynman"), "x:malan": ("person", "David Malan"), "x:leighton": ("person", "Robert Leighton"),
              "b:infinite": ("building", "Infinite Loop"), "b:redmond": ("building", "Microsoft Redmond Campus"),
              "b:glasshouse": ("building", "the Glass House"), "b:highland": ("building", "Highland Park Plant"),
              "b:market": ("building", "1355 Market Street")}
    T = _t("managed", [("x:sculley", "k:apple"), ("x:cook", "k:apple"), ("x:ballmer", "k:microsoft")])
    T += _t("owned", [("x:musk", "k:twitter"), ("x:hford", "k:ford"), ("x:chenery", "h:secretariat"), ("x:abdullah", "h:frankel"),
                      ("x:aga", "h:shergar")])
    T += _t("founded", [("x:jobs", "k:apple"), ("x:wozniak", "k:apple"), ("x:gates", "k:microsoft"), ("x:allen", "k:microsoft"),
                        ("x:hford", "k:ford"), ("x:dorsey", "k:twitter"), ("x:toscanini", "o:nbc")])
    T += _t("led", [("x:jobs", "k:apple"), ("x:cook", "k:apple"), ("x:gates", "k:microsoft"), ("x:dorsey", "k:twitter"), ("x:musk", "k:twitter")])
    T += _t("hq", [("k:apple", "b:infinite"), ("k:microsoft", "b:redmond"), ("k:ford", "b:glasshouse"), ("k:ford", "b:highland"),
                   ("k:twitter", "b:market")])
    T += _t("conducted", [("x:karajan", "o:bpo"), ("x:furtwangler", "o:bpo"), ("x:rattle", "o:bpo"), ("x:bulow", "o:bpo"),
                          ("x:previn", "o:lso"), ("x:rattle", "o:lso"), ("x:toscanini", "o:nbc")])
    T += _t("operated", [("k:gwrco", "r:gwr"), ("k:wagonslits", "r:orient"), ("k:belmond", "r:orient"), ("k:rzd", "r:transsib")])
    T += _t("trained", [("x:laurin", "h:secretariat"), ("x:cecil", "h:frankel"), ("x:stoute", "h:shergar")])
    T += _t("curated", [("x:jenkins", "c:elgin"), ("x:budge", "c:rosetta"), ("x:taylor", "c:rosetta")])
    T += _t("taught", [("x:feynman", "u:physics"), ("x:leighton", "u:physics"), ("x:malan", "u:cs50")])
    return _build(items, others, rels, T)


def books():
    """Books (items) and people: "wrote", "illustrated", "translated", "edited" (agent nouns of
    active phrases), "published" by a publisher (a company), "was the birthplace of"."""
    rels = [
        R("wrote", phrase="wrote", inverse_phrase="was written by", range=("book",)),
        R("illustrated", phrase="illustrated", inverse_phrase="was illustrated by", range=("book",)),
        R("translated", phrase="translated", inverse_phrase="was translated by", range=("book",)),
        R("edited", phrase="edited", inverse_phrase="was edited by", range=("book",)),
        R("published", phrase="published", inverse_phrase="was published by", range=("book",)),
    ]
    items = {"b:treatise": ("book", "A Treatise of Human Nature", 1739), "b:enquiry": ("book", "An Enquiry Concerning Human Understanding", 1748),
             "b:alice": ("book", "Alice's Adventures in Wonderland", 1865), "b:looking": ("book", "Through the Looking-Glass", 1871),
             "b:hobbit": ("book", "The Hobbit", 1937), "b:lotr": ("book", "The Lord of the Rings", 1954),
             "b:goodomens": ("book", "Good Omens", 1990), "b:iliad": ("book", "The Iliad of Homer", 1715),
             "b:wealth": ("book", "The Wealth of Nations", 1776)}
    others = {"x:hume": ("person", "David Hume"), "x:carroll": ("person", "Lewis Carroll"), "x:tenniel": ("person", "John Tenniel"),
              "x:tolkien": ("person", "J. R. R. Tolkien"), "x:pratchett": ("person", "Terry Pratchett"), "x:gaiman": ("person", "Neil Gaiman"),
              "x:pope": ("person", "Alexander Pope"), "x:homer": ("person", "Homer"), "x:smith": ("person", "Adam Smith"),
              "x:selby": ("person", "Lewis Selby"), "x:christopher": ("person", "Christopher Tolkien"),
              "p:macmillan": ("company", "Macmillan"), "p:allen": ("company", "Allen & Unwin"), "p:gollancz": ("company", "Gollancz"),
              "p:strahan": ("company", "William Strahan"), "p:noon": ("company", "John Noon")}
    T = _t("wrote", [("x:hume", "b:treatise"), ("x:hume", "b:enquiry"), ("x:carroll", "b:alice"), ("x:carroll", "b:looking"),
                     ("x:tolkien", "b:hobbit"), ("x:tolkien", "b:lotr"), ("x:pratchett", "b:goodomens"), ("x:gaiman", "b:goodomens"),
                     ("x:homer", "b:iliad"), ("x:smith", "b:wealth")])
    T += _t("illustrated", [("x:tenniel", "b:alice"), ("x:tenniel", "b:looking"), ("x:tolkien", "b:hobbit")])
    T += _t("translated", [("x:pope", "b:iliad")])
    T += _t("edited", [("x:christopher", "b:lotr"), ("x:selby", "b:treatise")])
    T += _t("published", [("p:macmillan", "b:alice"), ("p:macmillan", "b:looking"), ("p:allen", "b:hobbit"), ("p:allen", "b:lotr"),
                          ("p:gollancz", "b:goodomens"), ("p:noon", "b:treatise"), ("p:strahan", "b:wealth")])
    return _build(items, others, rels, T)

def buildings():
    """Buildings (items), architects, builders: "designed" (designer, creator, architect), "built"
    (builder, maker), "commissioned" (patron), "owned", "was the home of" (a building was the home
    of a person: past noun "home")."""
    rels = [
        R("designed", phrase="designed", inverse_phrase="was designed by", range=("building",)),
        R("built", phrase="built", inverse_phrase="was built by", range=("building",)),
        R("commissioned", phrase="commissioned", inverse_phrase="was commissioned by", range=("building",)),
        R("owned", phrase="owned", inverse_phrase="was owned by", range=("building",)),
        R("home", phrase="lived in", inverse_phrase="was the home of", range=("building",)),
        R("created", phrase="created", inverse_phrase="was created by", range=("garden",)),
    ]
    items = {"h:stpauls": ("building", "St Paul's Cathedral", 1710), "h:fallingwater": ("building", "Fallingwater", 1939),
             "h:guggenheim": ("building", "the Guggenheim Museum", 1959), "h:sagrada": ("building", "the Sagrada Familia", 1882),
             "h:eiffel": ("building", "the Eiffel Tower", 1889), "h:chrysler": ("building", "the Chrysler Building", 1930),
             "h:versailles": ("building", "the Palace of Versailles", 1682), "h:batllo": ("building", "Casa Batllo", 1906),
             "g:versgarden": ("garden", "the Gardens of Versailles", 1661)}
    others = {"x:wren": ("architect", "Christopher Wren"), "x:wright": ("architect", "Frank Lloyd Wright"),
              "x:gaudi": ("architect", "Antoni Gaudi"), "x:sauvestre": ("architect", "Stephen Sauvestre"),
              "x:alen": ("architect", "William Van Alen"), "x:levau": ("architect", "Louis Le Vau"), "x:lenotre": ("architect", "Andre Le Notre"),
              "x:kaufmann": ("person", "Edgar Kaufmann"), "x:louis14": ("person", "Louis XIV"), "x:chryslerw": ("person", "Walter Chrysler"),
              "x:batllo": ("person", "Josep Batllo"), "x:solomon": ("person", "Solomon Guggenheim"), "x:eiffelg": ("person", "Gustave Eiffel"),
              "k:eiffelco": ("company", "Eiffel et Cie"), "k:fuller": ("company", "George A. Fuller Company"),
              "k:wsb": ("company", "Fred T. Ley & Co.")}
    T = _t("designed", [("x:wren", "h:stpauls"), ("x:wright", "h:fallingwater"), ("x:wright", "h:guggenheim"), ("x:gaudi", "h:sagrada"),
                        ("x:gaudi", "h:batllo"), ("x:sauvestre", "h:eiffel"), ("x:alen", "h:chrysler"), ("x:levau", "h:versailles")])
    T += _t("built", [("k:eiffelco", "h:eiffel"), ("k:wsb", "h:chrysler"), ("k:fuller", "h:guggenheim")])
    T += _t("commissioned", [("x:kaufmann", "h:fallingwater"), ("x:louis14", "h:versailles"), ("x:chryslerw", "h:chrysler"),
                             ("x:batllo", "h:batllo"), ("x:solomon", "h:guggenheim")])
    T += _t("owned", [("x:kaufmann", "h:fallingwater"), ("x:chryslerw", "h:chrysler"), ("x:batllo", "h:batllo"), ("x:eiffelg", "h:eiffel")])
    T += _t("home", [("x:kaufmann", "h:fallingwater"), ("x:louis14", "h:versailles"), ("x:batllo", "h:batllo")])
    T += _t("created", [("x:lenotre", "g:versgarden")])
    return _build(items, others, rels, T)

def movies():
    return kgx.KnowledgeGraph.example()

BUILDERS = {"movies": movies, "empires": empires, "dynasties": dynasties, "companies": companies, "books": books,
            "buildings": buildings}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@empires
# (2) past nouns said in the present
The capital of the First French Empire is Paris.
The First French Empire's capital is Paris.
Paris is the First French Empire's capital.
Paris is the capital of the First French Empire.
The First French Empire, whose capital is Paris, was founded by Napoleon.
The First French Empire has Paris as its capital.
Napoleon founded the First French Empire. Its capital is Paris.
The Ottoman Empire's state religion is Islam.
The state religion of the Mughal Empire is Islam.
The Byzantine Empire's official languages are Greek and Latin.
Napoleon's homes are Paris and Ajaccio.
Agra is Akbar's home.
# wrong values, wrong relations, wrong owners
The capital of the First French Empire was Rome.
The First French Empire's capital was Ajaccio.
Rome was the First French Empire's capital.
The First French Empire, whose capital was Rome, was founded by Napoleon.
The First French Empire had Rome as its capital.
The First French Empire had Paris as its official language.
Napoleon founded the First French Empire. Its capital was Rome.
Napoleon founded the First French Empire. Rome was its capital.
Napoleon lived in Paris. Its capital was Paris.
Ravenna was the capital of the Byzantine Empire.
The Ottoman Empire's state religion was Christianity.
The state religion of the Ottoman Empire was Eastern Orthodoxy.
Christianity was the Ottoman Empire's state religion.
The Ottoman Empire had Christianity as its state religion.
The Ottoman Empire had Islam as its official language.
The Ottoman Empire had Ottoman Turkish as its state religion.
The Ottoman Empire's official language was Persian.
The Ottoman Empire's official language was Islam.
The Ottoman Empire's state religion was Ottoman Turkish.
The Mughal Empire, whose official language was Ottoman Turkish, was ruled by Akbar.
Akbar ruled the Mughal Empire, whose capital was Constantinople.
Akbar, whose capital was Agra, ruled the Mughal Empire.
Akbar's capital was Agra.
Akbar's home was Delhi.
The home of Napoleon was Rome.
Napoleon, whose home was Rome, founded the First French Empire.
Paris was the Ottoman Empire's capital.
Augustus's capital was Rome.
Rome's capital was the Roman Empire.
The capital of Rome was the Roman Empire.
The Roman Empire was the capital of Rome.
Islam's state religion was the Ottoman Empire.
The Holy Roman Empire's state religion was Islam.
The Holy Roman Empire's official language was Greek.
The Holy Roman Empire, whose official language was French, was founded by Otto the Great.
The Holy Roman Empire had Paris as its capital.
The First French Empire's capital was Paris, and its official language was Latin.
The First French Empire's capital was Paris, and its state religion was Islam.
The Ottoman Empire was founded by Osman I. Its official language was Persian.
The Mughal Empire was founded by Babur. Its state religion was Catholicism.
Osman I founded the Ottoman Empire, and its capital was Paris.
# (2) lists and plurals
The Byzantine Empire's capitals were Constantinople and Ravenna.
The Byzantine Empire's official languages were Greek and Persian.
The Roman Empire's capitals were Rome and Bursa.
The capitals of the Ottoman Empire were Bursa, Edirne and Delhi.
The Ottoman Empire, whose capitals were Bursa and Agra, was founded by Osman I.
The Mughal Empire's capitals were Agra, Delhi and Paris.
Rome and Paris were the Roman Empire's capitals.
The Holy Roman Empire's capitals were Vienna, Prague and Rome.
# (3) only one: a list that leaves one out
The Roman Empire's capital was Rome.
The capital of the Roman Empire was Rome.
The Roman Empire, whose capital was Rome, was founded by Augustus.
Rome was the Roman Empire's capital.
Constantinople was the Ottoman Empire's capital.
The Byzantine Empire's official language was Greek.
The Byzantine Empire, whose official language was Greek, was ruled by Justinian I.
Akbar ruled the Mughal Empire, whose capital was Agra.
The home of Napoleon was Paris.
Napoleon's home was Paris.
Napoleon, whose home was Paris, founded the First French Empire.
Paris was Napoleon's home.
The Ottoman Empire had Bursa as its capital.
The Roman Empire had Latin as its official language and Rome as its capital.
The capital of the Holy Roman Empire was Vienna.
The Holy Roman Empire's official language was Latin.
The Roman Empire's state religion was Christianity.
The Roman Empire's capitals were Rome and Ravenna.
The capitals of the Roman Empire were Rome and Ravenna.
The Roman Empire, whose capitals were Rome and Ravenna, was founded by Augustus.
The Mughal Empire's capitals were Agra and Delhi.
The Ottoman Empire, whose capitals were Bursa and Edirne, was founded by Osman I.
The Holy Roman Empire's official languages were Latin.
The Holy Roman Empire's capitals were Vienna.
The Mughal Empire, whose capitals were Agra and Delhi, was founded by Babur.
The Roman Empire's state religions were Christianity.
# negation
The Ottoman Empire's capital was not Bursa.
The First French Empire's capital was not Paris.
Paris was not the capital of the First French Empire.
The First French Empire did not have Paris as its capital.
Islam was never the Ottoman Empire's state religion.
# doers and founders
Augustus is the founder of the Byzantine Empire.
The founder of the Roman Empire was Napoleon.
The Ottoman Empire's founder was Mehmed II.
Mehmed II, the founder of the Ottoman Empire, lived in Constantinople.
Augustus was the ruler of the Byzantine Empire.
The Roman Empire's founder was Constantine the Great.
@dynasties
The seat of the Tudor dynasty was the Hofburg.
The Tudor dynasty's seat was the Kremlin.
The Tudor dynasty's seat is Whitehall Palace.
Whitehall Palace is the Tudor dynasty's seat.
The Ming dynasty's seat was the Forbidden City.
The Ming dynasty, whose seat was the Forbidden City, was founded by Hongwu Emperor.
The Qing dynasty's seats were the Forbidden City and the Kremlin.
The Romanov dynasty's seats were the Kremlin and the Hofburg.
The Qing dynasty's state religion was Confucianism.
The Qing dynasty's state religions were Confucianism and Anglicanism.
The Tudor dynasty's state religion was Catholicism.
The Tudor dynasty had Catholicism as its state religion.
The Tudor dynasty had Anglicanism as its seat.
The Habsburg dynasty's state religion was Russian Orthodoxy.
The Romanov dynasty, whose state religion was Anglicanism, ruled over Russia.
The Romanov dynasty's state religion is Russian Orthodoxy.
Anglicanism was the Tudor dynasty's seat.
Henry VIII's seat was Whitehall Palace.
Henry VIII's state religion was Anglicanism.
The Tudor dynasty was founded by Henry VII. Its seat was the Winter Palace.
The Tudor dynasty was founded by Henry VII. Its state religion was Catholicism.
The Habsburg dynasty ruled over Spain, and its state religion was Anglicanism.
Henry VII is the founder of the Ming dynasty.
The founder of the Qing dynasty was Kangxi Emperor.
The Romanov dynasty's founder was Peter the Great.
Peter the Great was the founder of the Romanov dynasty.
Hongwu Emperor, the founder of the Qing dynasty, ruled over China.
Henry VIII is the owner of Hampton Court.
Henry VIII was the leader of the Tudor dynasty.
The Tudor dynasty's leader was Henry VIII.
Peter the Great is the owner of the Winter Palace.
@companies
# (1) doer nouns of relations said in the past (states that end) read in the present
Arturo Toscanini is the conductor of the NBC Symphony Orchestra.
The conductor of the NBC Symphony Orchestra is Arturo Toscanini.
The NBC Symphony Orchestra's conductor is Arturo Toscanini.
The NBC Symphony Orchestra, whose conductor is Arturo Toscanini, was founded by Arturo Toscanini.
The conductors of the Berlin Philharmonic are Herbert von Karajan, Wilhelm Furtwangler, Simon Rattle and Hans von Bulow.
Simon Rattle is a conductor of the London Symphony Orchestra.
The conductors of the London Symphony Orchestra are Andre Previn and Simon Rattle.
The GWR Company is the operator of the Great Western Railway.
The operator of the Great Western Railway is the GWR Company.
The Great Western Railway's operator is the GWR Company.
Russian Railways is the operator of the Trans-Siberian Railway.
The operators of the Orient Express are Wagons-Lits and Belmond.
The Orient Express, whose operators are Wagons-Lits and Belmond, was founded in 1883.
Lucien Laurin is the trainer of Secretariat.
Secretariat's trainer is Lucien Laurin.
The trainer of Frankel is Henry Cecil.
Frankel, whose trainer is Henry Cecil, was owned by Khalid Abdullah.
Michael Stoute is the trainer of Shergar.
Ian Jenkins is the curator of the Elgin Marbles.
The curators of the Egyptian Collection are Wallis Budge and John Taylor.
The Elgin Marbles' curator is Ian Jenkins.
David Malan is the instructor of CS50.
CS50's instructor is David Malan.
The lecturers of The Feynman Lectures on Physics are Richard Feynman and Robert Leighton.
The Berlin Philharmonic's conductors are Herbert von Karajan, Wilhelm Furtwangler, Simon Rattle and Hans von Bulow.
Herbert von Karajan is one of the conductors of the Berlin Philharmonic.
Secretariat's trainer is Lucien Laurin, and Frankel's trainer is Henry Cecil.
Richard Feynman and Robert Leighton are the lecturers of The Feynman Lectures on Physics.
Henry Cecil trains Frankel.
Arturo Toscanini conducts the NBC Symphony Orchestra.
Lucien Laurin trains Secretariat.
# wrong pairs, directions, relations
Herbert von Karajan is the conductor of the NBC Symphony Orchestra.
The conductor of the NBC Symphony Orchestra was Simon Rattle.
The London Symphony Orchestra's conductor was Herbert von Karajan.
The NBC Symphony Orchestra is the conductor of Arturo Toscanini.
Arturo Toscanini's conductor was the NBC Symphony Orchestra.
Herbert von Karajan was the conductor of the Berlin Philharmonic.
The conductor of the Berlin Philharmonic was Simon Rattle.
The Berlin Philharmonic, whose conductor was Herbert von Karajan, was founded in 1882.
Andre Previn was the conductor of the London Symphony Orchestra.
Belmond was the operator of the Orient Express.
The operator of the Orient Express was Wagons-Lits.
Belmond was the operator of the Great Western Railway.
The Trans-Siberian Railway's operator was the GWR Company.
Henry Cecil was the trainer of Secretariat.
Secretariat's trainer was Penny Chenery.
Penny Chenery was the trainer of Secretariat.
Khalid Abdullah was the trainer of Frankel.
Frankel's trainer was Khalid Abdullah.
Lucien Laurin was the owner of Secretariat.
Wallis Budge was the curator of the Elgin Marbles.
Wallis Budge was the curator of the Egyptian Collection.
The curator of the Egyptian Collection was John Taylor.
Richard Feynman was the instructor of CS50.
Richard Feynman was the lecturer of The Feynman Lectures on Physics.
David Malan was the founder of CS50.
Arturo Toscanini was the operator of the NBC Symphony Orchestra.
Henry Cecil was the conductor of Frankel.
Steve Jobs is the founder of Microsoft.
Steve Jobs was the founder of Apple.
Apple's founder was Steve Jobs.
The founder of Apple was Steve Wozniak.
Bill Gates is the founder of Apple.
Apple's founders were Steve Jobs and Bill Gates.
Steve Jobs is the manager of Apple.
Tim Cook is the manager of Apple.
Elon Musk is the owner of Twitter.
Twitter's owner is Elon Musk.
Jack Dorsey is the leader of Twitter.
# (2) the headquarters, a noun of the past
Apple's headquarters is Infinite Loop.
Infinite Loop is the headquarters of Apple.
The headquarters of Apple was Microsoft Redmond Campus.
Apple's headquarters was Microsoft Redmond Campus.
Microsoft's headquarters was Infinite Loop.
Apple had Microsoft Redmond Campus as its headquarters.
Steve Jobs founded Apple. Its headquarters was Microsoft Redmond Campus.
Steve Jobs founded Apple. Its headquarters is Infinite Loop.
Steve Jobs's headquarters was Infinite Loop.
Twitter, whose headquarters was Infinite Loop, was founded by Jack Dorsey.
Ford Motor Company's headquarters was Highland Park Plant.
The headquarters of Ford Motor Company was Highland Park Plant.
Highland Park Plant was Ford Motor Company's headquarters.
Ford Motor Company had Highland Park Plant as its headquarters.
Ford Motor Company, whose headquarters was Highland Park Plant, was founded by Henry Ford.
Henry Ford founded Ford Motor Company. Its headquarters was Highland Park Plant.
Infinite Loop's headquarters was Apple.
@books
David Hume is the author of Alice's Adventures in Wonderland.
Lewis Carroll is the author of A Treatise of Human Nature.
The author of The Hobbit is John Tenniel.
The Hobbit's author was Lewis Carroll.
The Hobbit's author is Allen & Unwin.
Good Omens's author was Terry Pratchett.
Terry Pratchett is the author of Good Omens.
The author of Good Omens is Terry Pratchett.
Good Omens, whose author is Terry Pratchett, was published by Gollancz.
The Hobbit, whose author is John Tenniel, was published by Allen & Unwin.
The Hobbit, whose illustrator is John Tenniel, was published by Allen & Unwin.
John Tenniel is the illustrator of The Hobbit.
John Tenniel is the author of Alice's Adventures in Wonderland.
Alexander Pope is the author of The Iliad of Homer.
Homer is the translator of The Iliad of Homer.
Christopher Tolkien is the editor of The Hobbit.
Christopher Tolkien is the author of The Lord of the Rings.
Macmillan is the publisher of The Hobbit.
Allen & Unwin is the author of The Hobbit.
J. R. R. Tolkien is the publisher of The Hobbit.
The Hobbit is the author of J. R. R. Tolkien.
J. R. R. Tolkien's author is The Hobbit.
J. R. R. Tolkien, whose author is The Hobbit, wrote The Lord of the Rings.
John Tenniel, the author of Through the Looking-Glass, also illustrated Alice's Adventures in Wonderland.
The writer of The Hobbit was Lewis Carroll.
David Hume was the author of The Wealth of Nations.
David Hume was not the author of A Treatise of Human Nature.
David Hume is not the author of The Wealth of Nations.
The authors of Good Omens were Terry Pratchett and John Tenniel.
Terry Pratchett and John Tenniel are the authors of Good Omens.
The author of Good Omens was Neil Gaiman.
Neil Gaiman was the author of Good Omens.
Good Omens, whose author was Neil Gaiman, was published by Gollancz.
David Hume's author was A Treatise of Human Nature.
A Treatise of Human Nature was David Hume's author.
J. R. R. Tolkien was The Lord of the Rings's illustrator.
The Lord of the Rings, whose editor is J. R. R. Tolkien, was written by J. R. R. Tolkien.
The author of The Hobbit and Good Omens is J. R. R. Tolkien.
J. R. R. Tolkien is the author of The Hobbit and Good Omens.
J. R. R. Tolkien is the author and illustrator of The Lord of the Rings.
Alice's Adventures in Wonderland's author and illustrator was Lewis Carroll.
The Lord of the Rings's author and illustrator was J. R. R. Tolkien.
The author of The Hobbit is J. R. R. Tolkien, whose publisher was Macmillan.
Neil Gaiman is the sole author of Good Omens.
Lewis Carroll, the author of The Hobbit, was born in 1832.
The Wealth of Nations, whose author is David Hume, was published by William Strahan.
The Wealth of Nations' author was David Hume.
A Treatise of Human Nature, whose editor was David Hume, was published by John Noon.
David Hume is the editor of A Treatise of Human Nature.
The editor of A Treatise of Human Nature was David Hume.
Alexander Pope was the author of The Iliad of Homer.
The Iliad of Homer's translator was Homer.
The Iliad of Homer, whose author is Alexander Pope, was written in 1715.
Lewis Carroll wrote Through the Looking-Glass, whose illustrator was Lewis Carroll.
Lewis Carroll wrote Through the Looking-Glass. Its author was John Tenniel.
Lewis Carroll wrote Alice's Adventures in Wonderland. Its illustrator was Lewis Carroll.
Lewis Carroll wrote Alice's Adventures in Wonderland, and its publisher was Allen & Unwin.
The Lord of the Rings's editor is J. R. R. Tolkien.
The authors of The Hobbit are J. R. R. Tolkien and Christopher Tolkien.
The Hobbit's authors were J. R. R. Tolkien and John Tenniel.
@buildings
Andre Le Notre is the designer of the Gardens of Versailles.
Andre Le Notre is the architect of the Gardens of Versailles.
Andre Le Notre is the creator of the Palace of Versailles.
Louis Le Vau is the creator of the Gardens of Versailles.
Eiffel et Cie is the architect of the Eiffel Tower.
Stephen Sauvestre is the builder of the Eiffel Tower.
Gustave Eiffel is the designer of the Eiffel Tower.
Gustave Eiffel is the owner of the Eiffel Tower.
The Eiffel Tower's architect was Gustave Eiffel.
The Eiffel Tower, whose architect is Eiffel et Cie, was built by Eiffel et Cie.
The Eiffel Tower, whose builder is Stephen Sauvestre, was designed by Stephen Sauvestre.
Eiffel et Cie, the architect of the Eiffel Tower, built it.
Frank Lloyd Wright is the architect of Fallingwater and Casa Batllo.
The architect of Fallingwater and Casa Batllo is Frank Lloyd Wright.
Edgar Kaufmann was the patron of the Guggenheim Museum.
The patron of the Guggenheim Museum was Edgar Kaufmann.
Edgar Kaufmann is the architect of Fallingwater.
Fallingwater's architect is Edgar Kaufmann.
Frank Lloyd Wright, whose architect is Fallingwater, designed the Guggenheim Museum.
Fallingwater was the home of Josep Batllo.
Edgar Kaufmann's home was Casa Batllo.
Edgar Kaufmann's home is Fallingwater.
The home of Louis XIV was Fallingwater.
Louis XIV, whose home was Casa Batllo, commissioned the Palace of Versailles.
Louis XIV had Casa Batllo as his home.
Casa Batllo was Louis XIV's home.
The Palace of Versailles's home was Louis XIV.
Louis XIV's home was Louis XIV.
The Sagrada Familia, whose architect is William Van Alen, was designed in 1882.
The Chrysler Building's patron and owner was Walter Chrysler.
The Chrysler Building's architect and owner was Walter Chrysler.
The Chrysler Building's architect and builder was William Van Alen.
The Chrysler Building's maker was William Van Alen.
The Chrysler Building's creator was Walter Chrysler.
William Van Alen's creator was the Chrysler Building.
Walter Chrysler is the owner of the Chrysler Building.
The architect of the Guggenheim Museum is Antoni Gaudi.
The Guggenheim Museum's builder is Frank Lloyd Wright.
George A. Fuller Company is the builder of the Chrysler Building.
The builder of the Chrysler Building was George A. Fuller Company.
The Chrysler Building, whose builder was George A. Fuller Company, was designed by William Van Alen.
Christopher Wren is the architect of the Sagrada Familia.
St Paul's Cathedral's designer is Antoni Gaudi.
The designers of Casa Batllo were Antoni Gaudi and Frank Lloyd Wright.
Antoni Gaudi and William Van Alen are the architects of the Sagrada Familia.
Josep Batllo is the patron of the Sagrada Familia.
Josep Batllo was the architect of Casa Batllo.
Casa Batllo's patron was Antoni Gaudi.
Antoni Gaudi designed Casa Batllo. Its patron was Edgar Kaufmann.
Antoni Gaudi designed Casa Batllo, whose owner was Walter Chrysler.
Walter Chrysler commissioned the Chrysler Building, whose architect was Stephen Sauvestre.
Frank Lloyd Wright is the builder of Fallingwater.
Frank Lloyd Wright was the maker of Fallingwater.
@movies
Jonathan Hensleigh is the writer of Jumanji.
The writer of Jumanji is Jonathan Hensleigh.
Jumanji's writer was Greg Taylor.
Jumanji, whose writer is Jonathan Hensleigh, was directed by Joe Johnston.
Jonathan Hensleigh was the author of Jumanji.
Michael Mann is the writer of Jumanji.
The writer of Heat is Joe Johnston.
Heat's writer was Art Linson.
Heat, whose writer is Art Linson, was directed by Michael Mann.
Aaron Sorkin is the writer of Heat.
Joe Johnston is the writer of Jumanji.
Jumanji is the writer of Jonathan Hensleigh.
Jonathan Hensleigh's writer was Jumanji.
Ronald Bass is the writer of Waiting to Exhale.
The writer of Waiting to Exhale was Terry McMillan.
Waiting to Exhale, whose writer was Ronald Bass, was directed by Forest Whitaker.
The writers of Jumanji were Jonathan Hensleigh and Joe Johnston.
Michael France is the writer of GoldenEye.
Oliver Stone was the writer of Nixon.
Nixon's writer was Oliver Stone.
Mel Brooks is the writer of Dracula: Dead and Loving It.
Emma Thompson is the writer of Heat.
The writer of Sense and Sensibility was Ang Lee.
Sense and Sensibility, whose writer was Ang Lee, was directed by Ang Lee.
Joe Johnston is the director of Heat.
Heat's director was Joe Johnston.
Jumanji's composer was John Williams.
Father of the Bride Part II's writers were Charles Shyer and Nancy Meyers.
Father of the Bride Part II, whose writers were Charles Shyer and Nancy Meyers, was directed by Charles Shyer.
"""

CONTROLS = r"""
@empires
The capital of the First French Empire was Paris.
The First French Empire's capital was Paris.
Paris was the First French Empire's capital.
The First French Empire, whose capital was Paris, was founded by Napoleon.
The First French Empire had Paris as its capital.
Napoleon founded the First French Empire. Its capital was Paris.
Napoleon founded the First French Empire. Paris was its capital.
The Byzantine Empire's capital was Constantinople.
Constantinople was the Byzantine Empire's capital.
The Roman Empire's capitals were Rome, Ravenna and Constantinople.
The capitals of the Roman Empire were Rome, Constantinople and Ravenna.
The Ottoman Empire's state religion was Islam.
The state religion of the Ottoman Empire was Islam.
Islam was the Ottoman Empire's state religion.
The Ottoman Empire had Islam as its state religion.
The Ottoman Empire's official language was Ottoman Turkish.
The Byzantine Empire's official languages were Greek and Latin.
The Mughal Empire, whose official language was Persian, was ruled by Akbar.
Akbar's home was Agra.
Agra was Akbar's home.
Napoleon's homes were Paris and Ajaccio.
The founder of the Roman Empire was Augustus.
The Ottoman Empire's founder was Osman I.
Augustus was the founder of the Roman Empire.
@dynasties
The Tudor dynasty's seat was Whitehall Palace.
The Tudor dynasty's state religion was Anglicanism.
The Habsburg dynasty, whose state religion was Catholicism, ruled over Austria.
Henry VII was the founder of the Tudor dynasty.
@companies
Apple's headquarters was Infinite Loop.
Infinite Loop was the headquarters of Apple.
Apple, whose headquarters was Infinite Loop, was founded by Steve Jobs.
Apple had Infinite Loop as its headquarters.
Apple's founders were Steve Jobs and Steve Wozniak.
Arturo Toscanini was the conductor of the NBC Symphony Orchestra.
The trainer of Secretariat was Lucien Laurin.
Ford Motor Company's headquarters were the Glass House and Highland Park Plant.
@books
David Hume is the author of A Treatise of Human Nature.
The author of The Hobbit is J. R. R. Tolkien.
The Hobbit's author was J. R. R. Tolkien.
Good Omens's authors were Terry Pratchett and Neil Gaiman.
Good Omens, whose authors are Terry Pratchett and Neil Gaiman, was published by Gollancz.
The Hobbit, whose author is J. R. R. Tolkien, was published by Allen & Unwin.
J. R. R. Tolkien is the illustrator of The Hobbit.
Alexander Pope is the translator of The Iliad of Homer.
Christopher Tolkien is the editor of The Lord of the Rings.
Macmillan is the publisher of Alice's Adventures in Wonderland.
Terry Pratchett and Neil Gaiman are the authors of Good Omens.
A Treatise of Human Nature's author was David Hume.
David Hume was A Treatise of Human Nature's author.
The Hobbit's author and illustrator was J. R. R. Tolkien.
Lewis Carroll, the author of Through the Looking-Glass, also wrote Alice's Adventures in Wonderland.
@buildings
Christopher Wren is the architect of St Paul's Cathedral.
Stephen Sauvestre is the designer of the Eiffel Tower.
Eiffel et Cie is the builder of the Eiffel Tower.
The Eiffel Tower, whose architect is Stephen Sauvestre, was built by Eiffel et Cie.
Frank Lloyd Wright is the architect of Fallingwater and the Guggenheim Museum.
Fallingwater's patron was Edgar Kaufmann.
Edgar Kaufmann's home was Fallingwater.
The Palace of Versailles was Louis XIV's home.
The architect of the Sagrada Familia is Antoni Gaudi.
Andre Le Notre is the creator of the Gardens of Versailles.
@movies
The writers of Jumanji were Jonathan Hensleigh and Greg Taylor.
Michael Mann is the writer of Heat.
Heat's writer was Michael Mann.
Emma Thompson is the writer of Sense and Sensibility.
"""

KNOWN = frozenset(
    # (older than this round: accepted before the session too) the present of a verb the graph
    # says in the past, "trained": a trainer's work is a state that ends, but making "train" a
    # state verb drops "X's trainer was Y" and "a mare trained by Y" (racehorses, tennis), so it
    # was tried and withdrawn ("conducted" and "curated" are kept in the past)
    {"Henry Cecil trains Frankel.", "Lucien Laurin trains Secretariat."})

OPEN = frozenset(
    # the graph's own inverse phrase "was the capital of", word for word: the graph says it of
    # Rome, Ravenna and Constantinople alike, so "the capital" need not be the only one
    {"Rome was the capital of the Roman Empire.",
     # "creator" of an architect who "designed" the building: a designer made it up, arguably
     "Louis Le Vau is the creator of the Palace of Versailles.",
     # "maker" of a firm that "built" the tower: arguably its maker
     "Eiffel et Cie is the maker of the Eiffel Tower.",
     # an apposition has no tense: "the conductor of" in a past sentence may say what he was then
     "Arturo Toscanini, the conductor of the NBC Symphony Orchestra, founded it."})

OPEN_TEXTS = r"""
@empires
Rome was the capital of the Roman Empire.
@buildings
Louis Le Vau is the creator of the Palace of Versailles.
Eiffel et Cie is the maker of the Eiffel Tower.
@companies
Arturo Toscanini, the conductor of the NBC Symphony Orchestra, founded it.
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
