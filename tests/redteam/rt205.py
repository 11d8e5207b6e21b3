"""Red team round 205 on WHOLE_SESSION.diff: (1) a person's surname alone keeps its entity's kind
(an item when the person is an item); (2) "was a pupil of" / "was a student of" / "studied with" /
"was taught by" / "taught" where a relation "studied under" has the other phrase "was the teacher
of" ("taught" not where another relation "taught at" a school); (3) the rest of the diff: past
nouns ("its capital was", "X's teacher was", "whose N was", "had Y as its N"), doer nouns ("the
author of", "whose author is"), in texts of one to three sentences.

Graphs: the shipped example graph and five of my own (see each builder's docstring):
"philosophers" (studied under / was the teacher of, no "taught at"; two Mills; Berkeley also a
city; teachers that are attributes), "composers" (the same relation beside "taught at" a
conservatory; two Mozarts; an opera "Mozart and Salieri"), "painters" ("studied with" / "was a
teacher of"; David a painter and a statue), "scientists" ("was a pupil of" / "was the teacher
of"; two Bohrs, two Thomsons), "empires" ("had the capital" / "was the capital of", "had the state
religion" / "was the state religion of"; two Bonapartes).

Findings (19 of 312 false texts accepted; 7 OPEN texts, 3 accepted; controls: 58 of 61 accepted).
13 of the 19 are the session's: with WHOLE_SESSION.diff reversed on a copy of the code 6 are
accepted (the six "his teacher(s) / his pupil(s)" texts below); controls then 29 of 61.

* (3) plural past nouns, 13 (new): past_role_nouns marks a past noun's list complete only when the
  noun is singular (only=not _plural_word(...)), so "X's Ns were A", "The Ns of X were A and B",
  "X, whose Ns were A and B", "Its Ns were A and B" accept any part of X's list: "The Ottoman
  Empire's capitals were Bursa and Edirne" (and Constantinople), "The Roman Empire's capitals were
  Constantinople" (and Rome), "The Western Roman Empire's capitals were Ravenna", "Osman Gazi
  founded the Ottoman Empire, whose capitals were Bursa and Edirne". The singular ("The Ottoman
  Empire's capital was Bursa", "Ravenna was the Western Roman Empire's capital") and the flipped
  plural ("Bursa and Edirne were the Ottoman Empire's capitals") are rejected as incomplete_list,
  and so is the plural of the other nouns ("Beethoven's teachers were Haydn and Salieri").
* "his teacher was" / "his teachers were" / "his pupil(s) was / were" after a sentence about the
  person, 6 (old): a list left short is accepted where "X's teacher was Y" is rejected
  (incomplete_list): "Niels Bohr was born in Copenhagen. His teacher was Rutherford." (Bohr had
  J. J. Thomson and Rutherford), "Rutherford was born in Brightwater. His pupils were Chadwick."
  (and Niels Bohr). Only where the relation's own phrase is "was a pupil of" (scientists); with
  "studied under" "his teacher" is not read at all.
Held: (1) gapped clauses after surnames ("Hume died in Edinburgh, Kant in Berlin"), "he" / "it"
/ "the latter" / "the former" after surnames, lists of surnames, Mill / Mozart / Thomson /
Bonaparte shared by two people, Berkeley (also a city), David (also a statue), surnames of
attribute teachers (Knutzen, Hutcheson, Guerin, Verrocchio); (2) every wrong direction, unlinked
pair, "took lessons from", "studied with", "was taught by", "taught" beside "taught at" (unread),
a wrong conservatory; (3) singular past nouns both ways, "whose capital was", "had Y as its
capital", "so was / as was the Z's", "the author of" / "whose author is" / "Hume's author", the
example graph's "cinematographer", "writer", "editor".
Controls rejected: "Berkeley died in Oxford." (the city Berkeley takes the name), "Haydn taught
Beethoven." (by design: "taught" unread where "taught at" is another relation), "Gros and Ingres
were pupils of David." (the statue David).
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


def philosophers():
    """Philosophers (items typed "philosopher", dated by a first book) and their books (items typed
    "book"): "studied under" / "was the teacher of" (no relation "taught at": "taught" reads as
    teaching a person), "wrote" / "was written by" (the doer noun "author"), "was born in", "died
    in" a city. Two Mills (father and son), a Berkeley who is also a city, teachers who are
    attributes (Hutcheson, Knutzen, Bauer)."""
    rels = [
        R("studied", phrase="studied under", inverse_phrase="was the teacher of", range=("philosopher",)),
        R("wrote", phrase="wrote", inverse_phrase="was written by", range=("book",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("died", phrase="died in", inverse_phrase="is where died", range=("city",)),
    ]
    items = {"p:hume": ("philosopher", "David Hume", 1739), "p:smith": ("philosopher", "Adam Smith", 1759),
             "p:jsmill": ("philosopher", "John Stuart Mill", 1843), "p:jamesmill": ("philosopher", "James Mill", 1817),
             "p:bentham": ("philosopher", "Jeremy Bentham", 1776), "p:kant": ("philosopher", "Immanuel Kant", 1781),
             "p:berkeley": ("philosopher", "George Berkeley", 1710), "p:hegel": ("philosopher", "Georg Wilhelm Friedrich Hegel", 1807),
             "p:marx": ("philosopher", "Karl Marx", 1867), "p:engels": ("philosopher", "Friedrich Engels", 1845),
             "b:treatise": ("book", "A Treatise of Human Nature", 1739), "b:enquiry": ("book", "An Enquiry Concerning Human Understanding", 1748),
             "b:wealth": ("book", "The Wealth of Nations", 1776), "b:sentiments": ("book", "The Theory of Moral Sentiments", 1759),
             "b:liberty": ("book", "On Liberty", 1859), "b:utilitarianism": ("book", "Utilitarianism", 1863),
             "b:india": ("book", "The History of British India", 1817), "b:morals": ("book", "An Introduction to the Principles of Morals and Legislation", 1789),
             "b:critique": ("book", "Critique of Pure Reason", 1781), "b:principles": ("book", "A Treatise Concerning the Principles of Human Knowledge", 1710),
             "b:phenomenology": ("book", "Phenomenology of Spirit", 1807), "b:kapital": ("book", "Das Kapital", 1867),
             "b:manifesto": ("book", "The Communist Manifesto", 1848)}
    others = {"x:hutcheson": ("philosopher", "Francis Hutcheson"), "x:knutzen": ("philosopher", "Martin Knutzen"),
              "x:bauer": ("philosopher", "Bruno Bauer"),
              "c:edinburgh": ("city", "Edinburgh"), "c:kirkcaldy": ("city", "Kirkcaldy"), "c:london": ("city", "London"),
              "c:avignon": ("city", "Avignon"), "c:logie": ("city", "Logie Pert"), "c:konigsberg": ("city", "Konigsberg"),
              "c:kilkenny": ("city", "Kilkenny"), "c:oxford": ("city", "Oxford"), "c:berkeley": ("city", "Berkeley"),
              "c:stuttgart": ("city", "Stuttgart"), "c:berlin": ("city", "Berlin"), "c:trier": ("city", "Trier"),
              "c:barmen": ("city", "Barmen"), "c:glasgow": ("city", "Glasgow"), "c:drumalig": ("city", "Drumalig")}
    T = _t("studied", [("p:jsmill", "p:jamesmill"), ("p:jsmill", "p:bentham"), ("p:smith", "x:hutcheson"),
                       ("p:kant", "x:knutzen"), ("p:marx", "x:bauer")])
    T += _t("wrote", [("p:hume", "b:treatise"), ("p:hume", "b:enquiry"), ("p:smith", "b:wealth"), ("p:smith", "b:sentiments"),
                      ("p:jsmill", "b:liberty"), ("p:jsmill", "b:utilitarianism"), ("p:jamesmill", "b:india"),
                      ("p:bentham", "b:morals"), ("p:kant", "b:critique"), ("p:berkeley", "b:principles"),
                      ("p:hegel", "b:phenomenology"), ("p:marx", "b:kapital"), ("p:marx", "b:manifesto"),
                      ("p:engels", "b:manifesto")])
    T += _t("born", [("p:hume", "c:edinburgh"), ("p:smith", "c:kirkcaldy"), ("p:jsmill", "c:london"), ("p:jamesmill", "c:logie"),
                     ("p:bentham", "c:london"), ("p:kant", "c:konigsberg"), ("p:berkeley", "c:kilkenny"),
                     ("p:hegel", "c:stuttgart"), ("p:marx", "c:trier"), ("p:engels", "c:barmen"), ("x:hutcheson", "c:drumalig"),
                     ("x:knutzen", "c:konigsberg")])
    T += _t("died", [("p:hume", "c:edinburgh"), ("p:smith", "c:edinburgh"), ("p:jsmill", "c:avignon"), ("p:jamesmill", "c:london"),
                     ("p:bentham", "c:london"), ("p:kant", "c:konigsberg"), ("p:berkeley", "c:oxford"), ("p:hegel", "c:berlin"),
                     ("p:marx", "c:london"), ("p:engels", "c:london"), ("x:hutcheson", "c:glasgow"), ("x:knutzen", "c:konigsberg")])
    return _build(items, others, rels, T)


def composers():
    """Composers (items typed "composer", dated by a first work) and their works (items typed
    "opera" / "symphony" / "oratorio"): "studied under" / "was the teacher of" beside "taught at" /
    "employed" a conservatory (so "taught" of a person is not read), "composed" / "was composed
    by" (the doer noun "composer"), "was born in", "died in". Two Mozarts (father and son), a
    Neefe who is an attribute, an opera "Mozart and Salieri"."""
    rels = [
        R("studied", phrase="studied under", inverse_phrase="was the teacher of", range=("composer",)),
        R("taughtat", phrase="taught at", inverse_phrase="employed", range=("conservatory",)),
        R("composed", phrase="composed", inverse_phrase="was composed by", range=("opera", "symphony", "oratorio")),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("died", phrase="died in", inverse_phrase="is where died", range=("city",)),
    ]
    items = {"m:haydn": ("composer", "Joseph Haydn", 1761), "m:beethoven": ("composer", "Ludwig van Beethoven", 1795),
             "m:mozart": ("composer", "Wolfgang Amadeus Mozart", 1761), "m:leopold": ("composer", "Leopold Mozart", 1755),
             "m:salieri": ("composer", "Antonio Salieri", 1770), "m:czerny": ("composer", "Carl Czerny", 1805),
             "m:liszt": ("composer", "Franz Liszt", 1825), "m:schubert": ("composer", "Franz Schubert", 1814),
             "m:rimsky": ("composer", "Nikolai Rimsky-Korsakov", 1865), "m:stravinsky": ("composer", "Igor Stravinsky", 1910),
             "m:prokofiev": ("composer", "Sergei Prokofiev", 1908),
             "w:creation": ("oratorio", "The Creation", 1798), "w:fidelio": ("opera", "Fidelio", 1805),
             "w:eroica": ("symphony", "Eroica", 1804), "w:flute": ("opera", "The Magic Flute", 1791),
             "w:giovanni": ("opera", "Don Giovanni", 1787), "w:toy": ("symphony", "Toy Symphony", 1760),
             "w:tarare": ("opera", "Tarare", 1787), "w:mands": ("opera", "Mozart and Salieri", 1898),
             "w:sadko": ("opera", "Sadko", 1898), "w:firebird": ("opera", "The Nightingale", 1914),
             "w:love": ("opera", "The Love for Three Oranges", 1921), "w:unfinished": ("symphony", "Unfinished Symphony", 1822)}
    others = {"x:neefe": ("composer", "Christian Gottlob Neefe"),
              "k:spb": ("conservatory", "the Saint Petersburg Conservatory"), "k:budapest": ("conservatory", "the Budapest Academy"),
              "k:vienna": ("conservatory", "the Vienna Conservatory"),
              "c:rohrau": ("city", "Rohrau"), "c:vienna": ("city", "Vienna"), "c:bonn": ("city", "Bonn"),
              "c:salzburg": ("city", "Salzburg"), "c:augsburg": ("city", "Augsburg"), "c:legnago": ("city", "Legnago"),
              "c:raiding": ("city", "Raiding"), "c:bayreuth": ("city", "Bayreuth"), "c:tikhvin": ("city", "Tikhvin"),
              "c:lyubensk": ("city", "Lyubensk"), "c:oranienbaum": ("city", "Oranienbaum"), "c:newyork": ("city", "New York"),
              "c:sontsovka": ("city", "Sontsovka"), "c:moscow": ("city", "Moscow"), "c:chemnitz": ("city", "Chemnitz"),
              "c:dessau": ("city", "Dessau")}
    T = _t("studied", [("m:beethoven", "m:haydn"), ("m:beethoven", "m:salieri"), ("m:beethoven", "x:neefe"),
                       ("m:mozart", "m:leopold"), ("m:czerny", "m:beethoven"), ("m:liszt", "m:czerny"), ("m:liszt", "m:salieri"),
                       ("m:schubert", "m:salieri"), ("m:stravinsky", "m:rimsky"), ("m:prokofiev", "m:rimsky")])
    T += _t("taughtat", [("m:rimsky", "k:spb"), ("m:liszt", "k:budapest"), ("m:salieri", "k:vienna")])
    T += _t("composed", [("m:haydn", "w:creation"), ("m:beethoven", "w:fidelio"), ("m:beethoven", "w:eroica"),
                         ("m:mozart", "w:flute"), ("m:mozart", "w:giovanni"), ("m:leopold", "w:toy"), ("m:salieri", "w:tarare"),
                         ("m:rimsky", "w:mands"), ("m:rimsky", "w:sadko"), ("m:stravinsky", "w:firebird"),
                         ("m:prokofiev", "w:love"), ("m:schubert", "w:unfinished")])
    T += _t("born", [("m:haydn", "c:rohrau"), ("m:beethoven", "c:bonn"), ("m:mozart", "c:salzburg"), ("m:leopold", "c:augsburg"),
                     ("m:salieri", "c:legnago"), ("m:czerny", "c:vienna"), ("m:liszt", "c:raiding"), ("m:schubert", "c:vienna"),
                     ("m:rimsky", "c:tikhvin"), ("m:stravinsky", "c:oranienbaum"), ("m:prokofiev", "c:sontsovka"),
                     ("x:neefe", "c:chemnitz")])
    T += _t("died", [("m:haydn", "c:vienna"), ("m:beethoven", "c:vienna"), ("m:mozart", "c:vienna"), ("m:leopold", "c:salzburg"),
                     ("m:salieri", "c:vienna"), ("m:czerny", "c:vienna"), ("m:liszt", "c:bayreuth"), ("m:schubert", "c:vienna"),
                     ("m:rimsky", "c:lyubensk"), ("m:stravinsky", "c:newyork"), ("m:prokofiev", "c:moscow"), ("x:neefe", "c:dessau")])
    return _build(items, others, rels, T)


def painters():
    """Painters (items typed "painter", dated by a first work) and paintings / a statue (items):
    "studied with" / "was a teacher of" (no "taught at": "taught" reads), "painted" / "was painted
    by", "sculpted" / "was sculpted by", "was born in", "died in". Teachers who are attributes
    (Verrocchio, Perugino, Ghirlandaio, Guerin) and items (David, taught Gros and Ingres); a
    statue called "David"."""
    rels = [
        R("studied", phrase="studied with", inverse_phrase="was a teacher of", range=("painter",)),
        R("painted", phrase="painted", inverse_phrase="was painted by", range=("painting",)),
        R("sculpted", phrase="sculpted", inverse_phrase="was sculpted by", range=("statue",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("died", phrase="died in", inverse_phrase="is where died", range=("city",)),
    ]
    items = {"a:leonardo": ("painter", "Leonardo da Vinci", 1472), "a:raphael": ("painter", "Raphael Sanzio", 1504),
             "a:michelangelo": ("painter", "Michelangelo Buonarroti", 1496), "a:david": ("painter", "Jacques-Louis David", 1784),
             "a:ingres": ("painter", "Jean-Auguste-Dominique Ingres", 1814), "a:gros": ("painter", "Antoine-Jean Gros", 1796),
             "a:delacroix": ("painter", "Eugene Delacroix", 1830), "a:gericault": ("painter", "Theodore Gericault", 1819),
             "w:mona": ("painting", "Mona Lisa", 1503), "w:athens": ("painting", "The School of Athens", 1511),
             "w:davidstatue": ("statue", "David", 1504), "w:pieta": ("statue", "Pieta", 1499),
             "w:horatii": ("painting", "The Oath of the Horatii", 1784), "w:odalisque": ("painting", "Grande Odalisque", 1814),
             "w:jaffa": ("painting", "Bonaparte Visiting the Plague Victims of Jaffa", 1804),
             "w:liberty": ("painting", "Liberty Leading the People", 1830), "w:medusa": ("painting", "The Raft of the Medusa", 1819),
             "w:baptism": ("painting", "The Baptism of Christ", 1475)}
    others = {"x:verrocchio": ("painter", "Andrea del Verrocchio"), "x:perugino": ("painter", "Pietro Perugino"),
              "x:ghirlandaio": ("painter", "Domenico Ghirlandaio"), "x:guerin": ("painter", "Pierre-Narcisse Guerin"),
              "c:vinci": ("city", "Vinci"), "c:amboise": ("city", "Amboise"), "c:urbino": ("city", "Urbino"), "c:rome": ("city", "Rome"),
              "c:caprese": ("city", "Caprese"), "c:paris": ("city", "Paris"), "c:brussels": ("city", "Brussels"),
              "c:montauban": ("city", "Montauban"), "c:meudon": ("city", "Meudon"), "c:charenton": ("city", "Charenton"),
              "c:rouen": ("city", "Rouen"), "c:florence": ("city", "Florence")}
    T = _t("studied", [("a:leonardo", "x:verrocchio"), ("a:raphael", "x:perugino"), ("a:michelangelo", "x:ghirlandaio"),
                       ("a:gros", "a:david"), ("a:ingres", "a:david"), ("a:delacroix", "x:guerin"), ("a:gericault", "x:guerin")])
    T += _t("painted", [("a:leonardo", "w:mona"), ("a:raphael", "w:athens"), ("a:david", "w:horatii"), ("a:ingres", "w:odalisque"),
                        ("a:gros", "w:jaffa"), ("a:delacroix", "w:liberty"), ("a:gericault", "w:medusa"),
                        ("x:verrocchio", "w:baptism"), ("a:leonardo", "w:baptism")])
    T += _t("sculpted", [("a:michelangelo", "w:davidstatue"), ("a:michelangelo", "w:pieta")])
    T += _t("born", [("a:leonardo", "c:vinci"), ("a:raphael", "c:urbino"), ("a:michelangelo", "c:caprese"), ("a:david", "c:paris"),
                     ("a:ingres", "c:montauban"), ("a:gros", "c:paris"), ("a:delacroix", "c:charenton"), ("a:gericault", "c:rouen"),
                     ("x:verrocchio", "c:florence"), ("x:ghirlandaio", "c:florence"), ("x:guerin", "c:paris")])
    T += _t("died", [("a:leonardo", "c:amboise"), ("a:raphael", "c:rome"), ("a:michelangelo", "c:rome"), ("a:david", "c:brussels"),
                     ("a:ingres", "c:paris"), ("a:gros", "c:meudon"), ("a:delacroix", "c:paris"), ("a:gericault", "c:paris"),
                     ("x:verrocchio", "c:florence"), ("x:ghirlandaio", "c:florence"), ("x:guerin", "c:rome")])
    return _build(items, others, rels, T)


def scientists():
    """Physicists (items typed "physicist", dated by a Nobel prize): "was a pupil of" / "was the
    teacher of" (no "taught at"), "worked at" a university, "was born in", "died in", "married".
    Two Bohrs and two Thomsons (fathers and sons); Sommerfeld and Planck attributes."""
    rels = [
        R("pupil", phrase="was a pupil of", inverse_phrase="was the teacher of", range=("physicist",)),
        R("worked", phrase="worked at", inverse_phrase="employed", range=("university",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("died", phrase="died in", inverse_phrase="is where died", range=("city",)),
    ]
    items = {"s:nbohr": ("physicist", "Niels Bohr", 1922), "s:abohr": ("physicist", "Aage Bohr", 1975),
             "s:jjthomson": ("physicist", "J. J. Thomson", 1906), "s:gpthomson": ("physicist", "George Paget Thomson", 1937),
             "s:rutherford": ("physicist", "Ernest Rutherford", 1908), "s:chadwick": ("physicist", "James Chadwick", 1935),
             "s:heisenberg": ("physicist", "Werner Heisenberg", 1932), "s:pauli": ("physicist", "Wolfgang Pauli", 1945),
             "s:meitner": ("physicist", "Lise Meitner", 1907), "s:oppenheimer": ("physicist", "Robert Oppenheimer", 1943)}
    others = {"x:sommerfeld": ("physicist", "Arnold Sommerfeld"), "x:planck": ("physicist", "Max Planck"),
              "x:born": ("physicist", "Max Born"),
              "u:cambridge": ("university", "the University of Cambridge"), "u:manchester": ("university", "the University of Manchester"),
              "u:copenhagen": ("university", "the University of Copenhagen"), "u:munich": ("university", "the University of Munich"),
              "u:berlin": ("university", "the University of Berlin"), "u:eth": ("university", "ETH Zurich"),
              "u:gottingen": ("university", "the University of Gottingen"), "u:berkeley": ("university", "the University of California"),
              "c:copenhagen": ("city", "Copenhagen"), "c:manchester": ("city", "Manchester"), "c:cambridge": ("city", "Cambridge"),
              "c:brightwater": ("city", "Brightwater"), "c:bollington": ("city", "Bollington"), "c:wurzburg": ("city", "Wurzburg"),
              "c:munich": ("city", "Munich"), "c:vienna": ("city", "Vienna"), "c:zurich": ("city", "Zurich"),
              "c:newyork": ("city", "New York"), "c:princeton": ("city", "Princeton"), "c:konigsberg": ("city", "Konigsberg"),
              "c:kiel": ("city", "Kiel"), "c:gottingen": ("city", "Gottingen")}
    T = _t("pupil", [("s:rutherford", "s:jjthomson"), ("s:nbohr", "s:jjthomson"), ("s:nbohr", "s:rutherford"),
                     ("s:chadwick", "s:rutherford"), ("s:abohr", "s:nbohr"), ("s:heisenberg", "x:sommerfeld"),
                     ("s:pauli", "x:sommerfeld"), ("s:meitner", "x:planck"), ("s:oppenheimer", "x:born")])
    T += _t("worked", [("s:nbohr", "u:copenhagen"), ("s:abohr", "u:copenhagen"), ("s:jjthomson", "u:cambridge"),
                       ("s:rutherford", "u:manchester"), ("s:rutherford", "u:cambridge"), ("s:chadwick", "u:cambridge"),
                       ("s:heisenberg", "u:munich"), ("s:pauli", "u:eth"), ("s:meitner", "u:berlin"), ("s:oppenheimer", "u:berkeley"),
                       ("x:sommerfeld", "u:munich"), ("x:planck", "u:berlin"), ("x:born", "u:gottingen")])
    T += _t("born", [("s:nbohr", "c:copenhagen"), ("s:abohr", "c:copenhagen"), ("s:jjthomson", "c:manchester"),
                     ("s:gpthomson", "c:cambridge"), ("s:rutherford", "c:brightwater"), ("s:chadwick", "c:bollington"),
                     ("s:heisenberg", "c:wurzburg"), ("s:pauli", "c:vienna"), ("s:meitner", "c:vienna"), ("s:oppenheimer", "c:newyork"),
                     ("x:sommerfeld", "c:konigsberg"), ("x:planck", "c:kiel")])
    T += _t("died", [("s:nbohr", "c:copenhagen"), ("s:abohr", "c:copenhagen"), ("s:jjthomson", "c:cambridge"),
                     ("s:gpthomson", "c:cambridge"), ("s:rutherford", "c:cambridge"), ("s:chadwick", "c:cambridge"),
                     ("s:heisenberg", "c:munich"), ("s:pauli", "c:zurich"), ("s:meitner", "c:cambridge"),
                     ("s:oppenheimer", "c:princeton"), ("x:sommerfeld", "c:munich"), ("x:planck", "c:gottingen")])
    return _build(items, others, rels, T)


def empires():
    """Empires (items typed "empire", dated by founding): "had the capital" / "was the capital of"
    and "had the state religion" / "was the state religion of" (nouns said only in the past:
    "its capital was"), "was founded by" / "founded" emperors (items typed "emperor"), "was born
    in" of the emperors. Two Bonapartes."""
    rels = [
        R("capital", phrase="had the capital", inverse_phrase="was the capital of", range=("city",)),
        R("religion", phrase="had the state religion", inverse_phrase="was the state religion of", range=("religion",)),
        R("founded", phrase="was founded by", inverse_phrase="founded", range=("emperor",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
    ]
    items = {"e:roman": ("empire", "the Roman Empire", -27), "e:byz": ("empire", "the Byzantine Empire", 330),
             "e:western": ("empire", "the Western Roman Empire", 395), "e:ottoman": ("empire", "the Ottoman Empire", 1299),
             "e:french": ("empire", "the First French Empire", 1804), "e:second": ("empire", "the Second French Empire", 1852),
             "e:mughal": ("empire", "the Mughal Empire", 1526),
             "r:napoleon": ("emperor", "Napoleon Bonaparte", 1804), "r:louis": ("emperor", "Louis-Napoleon Bonaparte", 1852),
             "r:augustus": ("emperor", "Augustus", -27), "r:babur": ("emperor", "Babur", 1526),
             "r:constantine": ("emperor", "Constantine the Great", 306), "r:osman": ("emperor", "Osman Gazi", 1299)}
    others = {"c:rome": ("city", "Rome"), "c:constantinople": ("city", "Constantinople"), "c:ravenna": ("city", "Ravenna"),
              "c:milan": ("city", "Milan"), "c:bursa": ("city", "Bursa"), "c:edirne": ("city", "Edirne"), "c:paris": ("city", "Paris"),
              "c:agra": ("city", "Agra"), "c:delhi": ("city", "Delhi"), "c:ajaccio": ("city", "Ajaccio"), "c:andijan": ("city", "Andijan"),
              "c:naissus": ("city", "Naissus"), "c:sogut": ("city", "Sogut"),
              "g:christianity": ("religion", "Christianity"), "g:islam": ("religion", "Islam"), "g:catholicism": ("religion", "Catholicism"),
              "g:orthodoxy": ("religion", "Orthodoxy")}
    T = _t("capital", [("e:roman", "c:rome"), ("e:roman", "c:constantinople"), ("e:byz", "c:constantinople"),
                       ("e:western", "c:ravenna"), ("e:western", "c:milan"), ("e:western", "c:rome"),
                       ("e:ottoman", "c:bursa"), ("e:ottoman", "c:edirne"), ("e:ottoman", "c:constantinople"),
                       ("e:french", "c:paris"), ("e:second", "c:paris"), ("e:mughal", "c:agra"), ("e:mughal", "c:delhi")])
    T += _t("religion", [("e:roman", "g:christianity"), ("e:byz", "g:orthodoxy"), ("e:ottoman", "g:islam"),
                         ("e:french", "g:catholicism"), ("e:mughal", "g:islam")])
    T += _t("founded", [("e:roman", "r:augustus"), ("e:byz", "r:constantine"), ("e:ottoman", "r:osman"),
                        ("e:french", "r:napoleon"), ("e:second", "r:louis"), ("e:mughal", "r:babur")])
    T += _t("born", [("r:napoleon", "c:ajaccio"), ("r:louis", "c:paris"), ("r:babur", "c:andijan"), ("r:constantine", "c:naissus"),
                     ("r:osman", "c:sogut"), ("r:augustus", "c:rome")])
    return _build(items, others, rels, T)


def movies():
    return kgx.KnowledgeGraph.example()


BUILDERS = {"movies": movies, "philosophers": philosophers, "composers": composers, "painters": painters,
            "scientists": scientists, "empires": empires}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@philosophers
# (1) gapped clauses after a surname that is an item: the second name's place is wrong
Hume died in Edinburgh, Kant in Berlin.
Hume was born in Edinburgh, Kant in Trier.
Kant was born in Konigsberg, Hegel in Berlin.
Hegel died in Berlin, Marx in Trier.
Marx died in London, Engels in Barmen.
Smith was born in Kirkcaldy, Hume in Kirkcaldy.
Bentham was born in London, Hegel in London.
Hume wrote A Treatise of Human Nature, Smith On Liberty.
Kant wrote Critique of Pure Reason, Hegel Das Kapital.
Marx wrote Das Kapital, Engels The Wealth of Nations.
# (1) "he" / "it" / "the latter" after a surname
Hume was born in Edinburgh. He died in Oxford.
Kant was born in Konigsberg and he died in Berlin.
Hegel wrote Phenomenology of Spirit. He was born in Berlin.
Marx was born in Trier. He studied under Martin Knutzen.
Marx was born in Trier. He was a pupil of Martin Knutzen.
Smith was born in Kirkcaldy. He was a student of Martin Knutzen.
Kant studied under Knutzen. He wrote The Wealth of Nations.
Hume wrote A Treatise of Human Nature. It was written by Smith.
Kant wrote Critique of Pure Reason, and the latter died in Konigsberg.
Hegel and Kant were philosophers. The latter was born in Stuttgart.
Marx and Engels wrote The Communist Manifesto. The latter was born in Trier.
Marx and Engels wrote The Communist Manifesto. The former was born in Barmen.
Marx and Engels wrote The Communist Manifesto. The latter wrote Das Kapital.
Smith studied under Hutcheson. His birthplace was Glasgow.
# (1) lists of surnames
Hume, Smith and Kant died in Edinburgh.
Hume and Kant died in Edinburgh.
Hume and Smith were born in Edinburgh.
Marx, Engels and Hegel wrote The Communist Manifesto.
Marx and Engels wrote Das Kapital.
Marx, Engels and Hegel died in London.
Kant, Hegel and Marx were born in Konigsberg.
Bentham and Hume taught John Stuart Mill.
# (1) a surname two people share: Mill
John Stuart Mill wrote On Liberty. Mill died in London.
John Stuart Mill wrote On Liberty. Mill was born in Logie Pert.
James Mill wrote The History of British India. Mill died in Avignon.
James Mill wrote The History of British India. Mill wrote On Liberty.
Mill wrote On Liberty.
Mill taught Bentham.
Mill was born in Avignon.
# (1) a surname that is also a place: Berkeley
Berkeley was born in Oxford.
Berkeley died in Kilkenny.
Berkeley wrote A Treatise of Human Nature.
George Berkeley was born in Berkeley.
George Berkeley wrote A Treatise Concerning the Principles of Human Knowledge. Berkeley was born in Oxford.
# (1) surnames of people who are attributes (teachers)
Hutcheson was born in Glasgow.
Knutzen taught Hegel.
Hegel studied under Knutzen.
Bauer taught Engels.
Hume studied under Hutcheson.
Knutzen died in Berlin.
Hutcheson wrote The Wealth of Nations.
Knutzen studied under Kant.
Kant taught Knutzen.
# (2) "studied under" / "was the teacher of": other phrases, directions, unlinked people
John Stuart Mill taught Jeremy Bentham.
Jeremy Bentham was a pupil of John Stuart Mill.
Jeremy Bentham was taught by John Stuart Mill.
James Mill was a student of John Stuart Mill.
James Mill studied with John Stuart Mill.
James Mill took lessons from Jeremy Bentham.
Jeremy Bentham taught James Mill.
Jeremy Bentham taught David Hume.
Adam Smith was taught by David Hume.
David Hume taught Adam Smith.
Francis Hutcheson taught David Hume.
Francis Hutcheson was taught by Adam Smith.
Kant was a pupil of Hegel.
Hegel was a pupil of Kant.
Marx was a pupil of Hegel.
Engels was a student of Marx.
Jeremy Bentham and James Mill taught Karl Marx.
Jeremy Bentham and David Hume taught John Stuart Mill.
John Stuart Mill was taught by Jeremy Bentham and David Hume.
John Stuart Mill and Karl Marx studied under Jeremy Bentham.
John Stuart Mill studied under Jeremy Bentham, Marx under Hegel.
Kant's teacher was Bruno Bauer.
Martin Knutzen was Hegel's teacher.
Kant was Martin Knutzen's teacher.
The teacher of Marx was Martin Knutzen.
Marx, whose teacher was Martin Knutzen, was born in Trier.
Kant's teachers were Martin Knutzen and Bruno Bauer.
John Stuart Mill's teachers were James Mill and David Hume.
# (3) "the author of" (a doer noun of "wrote"), "whose N is"
Smith is the author of A Treatise of Human Nature.
The author of On Liberty is Bentham.
Hume is the author of On Liberty.
Engels is the author of Das Kapital.
A Treatise of Human Nature's author is Smith.
Hume's author was A Treatise of Human Nature.
A Treatise of Human Nature is the author of Hume.
Hume is the writer of On Liberty.
The authors of The Communist Manifesto are Marx and Hegel.
The Communist Manifesto's authors were Marx and Hegel.
Marx was the author of The Communist Manifesto and The Wealth of Nations.
The Wealth of Nations, whose author is Hume, was written by Adam Smith.
Adam Smith, the author of On Liberty, was born in Kirkcaldy.
Kant is the author of Critique of Pure Reason. He died in Berlin.
Kant is the author of Critique of Pure Reason, and his teacher was Bruno Bauer.

@composers
# (2) where "taught at" is another relation: "taught" must stay unread; the other phrases
Beethoven taught Haydn.
Haydn studied under Beethoven.
Haydn was a pupil of Beethoven.
Haydn was taught by Beethoven.
Haydn studied with Beethoven.
Schubert was a student of Haydn.
Schubert took lessons from Haydn.
Haydn taught at the Vienna Conservatory.
Salieri taught at the Budapest Academy.
Liszt taught at the Saint Petersburg Conservatory.
Liszt was a pupil of Czerny, and Czerny of Haydn.
Liszt studied under Czerny and Haydn.
Liszt and Stravinsky studied under Salieri.
Stravinsky and Schubert were pupils of Nikolai Rimsky-Korsakov.
Czerny was born in Vienna. He studied under Haydn.
Schubert was born in Vienna. He was taught by Salieri and Haydn.
Liszt studied under Czerny. Czerny studied under Haydn.
Prokofiev composed The Love for Three Oranges. He studied under Salieri.
Liszt was a pupil of Salieri, who was born in Vienna.
# (1) two Mozarts; an opera named "Mozart and Salieri"
Leopold Mozart was a pupil of Mozart.
Leopold Mozart was born in Augsburg. Mozart was the teacher of Salieri.
Wolfgang Amadeus Mozart was born in Salzburg. Mozart composed Toy Symphony.
Wolfgang Amadeus Mozart was born in Salzburg. Mozart was born in Augsburg.
Leopold Mozart composed Toy Symphony. Mozart composed The Magic Flute.
Leopold Mozart composed Toy Symphony. He composed The Magic Flute.
Salieri composed Mozart and Salieri.
Mozart and Salieri was composed by Salieri.
Mozart and Salieri were born in Salzburg.
Mozart and Salieri was composed by Mozart.
Nikolai Rimsky-Korsakov composed Sadko and Tarare.
# (1) an attribute teacher; gapped clauses
Neefe was the teacher of Haydn.
Neefe was born in Bonn.
Beethoven studied under Neefe and Mozart.
Neefe was the teacher of Liszt.
Beethoven was born in Bonn, Haydn in Vienna.
Beethoven was born in Bonn, Schubert in Bonn.
Haydn died in Vienna, Liszt in Vienna.
Beethoven composed Fidelio, Haydn Eroica.
Beethoven was a pupil of Haydn. The latter was born in Bonn.
Beethoven was a pupil of Haydn. The former was born in Rohrau.
# (3) past nouns and doer nouns
Haydn's teacher was Beethoven.
Beethoven's teachers were Haydn, Salieri and Mozart.
Beethoven was Haydn's teacher.
Fidelio's composer was Haydn.
The composer of Fidelio is Haydn.
Czerny's teacher was Liszt.
The teacher of Czerny was Haydn.
Prokofiev, whose teacher was Salieri, was born in Sontsovka.
Stravinsky, whose teacher was Nikolai Rimsky-Korsakov, was born in Moscow.
Salieri was the teacher of Schubert and Stravinsky.

@painters
# (2) "studied with" / "was a teacher of": other phrases, directions, unlinked people
Verrocchio taught Raphael Sanzio.
Perugino taught Leonardo da Vinci.
Leonardo da Vinci was a pupil of Perugino.
Leonardo da Vinci was taught by Ghirlandaio.
Verrocchio was a pupil of Leonardo da Vinci.
Leonardo da Vinci taught Verrocchio.
Ghirlandaio taught Leonardo da Vinci.
Delacroix was a teacher of Gericault.
Gericault studied with Delacroix.
Delacroix and Ingres studied with Guerin.
Guerin taught Delacroix and Ingres.
Gros was born in Paris. He studied with Guerin.
# (1) David: a painter (an item) and a statue
Ingres taught David.
Delacroix was a pupil of David.
Gros and Delacroix were pupils of David.
Gros and Ingres were pupils of Guerin.
Ingres studied with David, who was born in Montauban.
Ingres was born in Montauban, David in Brussels.
David painted Grande Odalisque.
David sculpted David.
Gros was a pupil of David. He was born in Montauban.
# (1) surnames of items, of attributes; gapped clauses; pronouns
Michelangelo Buonarroti sculpted David. He was taught by Perugino.
Buonarroti sculpted Pieta. He died in Florence.
Buonarroti was a pupil of Verrocchio.
Buonarroti painted Mona Lisa.
Buonarroti taught Raphael Sanzio.
Guerin died in Paris.
Guerin was born in Rouen.
Ghirlandaio was born in Rome.
Verrocchio painted Mona Lisa.
Vinci painted Mona Lisa.
Vinci was born in Vinci.
Sanzio died in Urbino.
Sanzio was a pupil of Verrocchio.
Sanzio painted Mona Lisa.
Sanzio painted The School of Athens. He was born in Rome.
Gericault painted The Raft of the Medusa, Delacroix The Oath of the Horatii.
Gericault was born in Rouen, Delacroix in Paris.
Leonardo da Vinci and Verrocchio painted Mona Lisa.
Leonardo da Vinci and Raphael Sanzio painted The Baptism of Christ.
# (3) past nouns
Leonardo da Vinci's teacher was Perugino.
Verrocchio was Raphael Sanzio's teacher.
Leonardo da Vinci was Verrocchio's teacher.
The teacher of Raphael Sanzio was Verrocchio.
Raphael Sanzio, whose teacher was Ghirlandaio, was born in Urbino.
Ingres's teacher was Guerin.

@scientists
# (2) "was a pupil of" / "was the teacher of"
Rutherford taught J. J. Thomson.
Chadwick taught Rutherford.
Rutherford taught Chadwick and Heisenberg.
Niels Bohr was a pupil of Rutherford. Bohr was born in Manchester.
Niels Bohr was taught by Rutherford, who was born in Copenhagen.
Heisenberg was taught by Planck.
Sommerfeld taught Heisenberg and Meitner.
Planck taught Pauli.
Meitner studied with Sommerfeld.
Heisenberg studied under Sommerfeld, Meitner under Sommerfeld.
Heisenberg was a pupil of Sommerfeld, Meitner of Born.
Heisenberg was a pupil of Sommerfeld, as was Meitner.
Heisenberg and Meitner were pupils of Sommerfeld.
Oppenheimer was a pupil of Sommerfeld.
Max Born taught Heisenberg.
Max Born was born in New York.
George Paget Thomson was a pupil of J. J. Thomson.
Rutherford was the teacher of Chadwick and Pauli.
Heisenberg was born in Wurzburg. He was a pupil of Planck.
Heisenberg was born in Wurzburg, and he was taught by Rutherford.
Meitner died in Cambridge. She studied under Sommerfeld.
Oppenheimer was a pupil of Max Born, who worked at the University of Berlin.
Heisenberg worked at the University of Munich, Pauli at the University of Munich.
# (1) two Thomsons
J. J. Thomson taught Rutherford. Thomson was born in Cambridge.
George Paget Thomson was born in Cambridge. Thomson taught Rutherford.
J. J. Thomson worked at the University of Cambridge. Thomson taught Heisenberg.
# (3) past nouns: "teacher", "X's teacher was", "whose teacher was", "had Y as his teacher"
Chadwick was the teacher of Rutherford.
J. J. Thomson's teacher was Rutherford.
Chadwick's teacher was J. J. Thomson.
Chadwick was Rutherford's teacher.
The teacher of Rutherford was Chadwick.
Chadwick, whose teacher was Thomson, was born in Bollington.
Rutherford, whose teacher was Chadwick, was born in Brightwater.
Rutherford was a teacher of Aage Bohr.
Chadwick had J. J. Thomson as his teacher.
Rutherford had Chadwick as his teacher.
Rutherford's pupils were Chadwick.
Rutherford's pupils were Chadwick and Heisenberg.
Chadwick and Heisenberg were Rutherford's pupils.
# (3) "his teacher(s) was / were" after a person: one teacher of two, a list left short
Niels Bohr was born in Copenhagen. His teachers were J. J. Thomson.
Niels Bohr was born in Copenhagen. His teacher was Rutherford.
Niels Bohr was born in Copenhagen, and his teacher was Rutherford.
Niels Bohr worked at the University of Copenhagen. His teacher was J. J. Thomson.
Chadwick was born in Bollington. His teacher was J. J. Thomson.
Chadwick was born in Bollington, and his teacher was J. J. Thomson.
Pauli was born in Vienna. His teacher was Planck.
Pauli was born in Vienna, and his teachers were Sommerfeld and Planck.
Meitner was born in Vienna. Her teacher was Sommerfeld.
Aage Bohr was born in Copenhagen. His teacher was Rutherford.
Niels Bohr was born in Copenhagen. His teachers were Rutherford and Sommerfeld.
Rutherford was born in Brightwater. His pupils were Chadwick.
Rutherford was born in Brightwater. His pupil was Chadwick.
Rutherford was born in Brightwater. His pupils were Chadwick and Heisenberg.

@empires
# (3) past nouns "capital", "state religion": pairs, directions, lists
The capital of the Byzantine Empire was Rome.
The Byzantine Empire's capital was Ravenna.
Rome was the Byzantine Empire's capital.
The First French Empire had Rome as its capital.
The capitals of the Ottoman Empire were Bursa, Edirne and Rome.
The Byzantine Empire, whose capital was Rome, was founded by Constantine the Great.
The Byzantine Empire, whose capital was Constantinople, was founded by Augustus.
The First French Empire's state religion was Islam.
The state religion of the Byzantine Empire was Islam.
Islam was the state religion of the Byzantine Empire.
Islam was the Byzantine Empire's state religion.
The Byzantine Empire had Islam as its state religion.
Constantinople's capital was the Byzantine Empire.
The Byzantine Empire was Constantinople's capital.
The First French Empire's capital was Paris, and so was the Mughal Empire's.
The First French Empire's and the Mughal Empire's capital was Paris.
Constantinople was the capital of the Byzantine Empire and the Mughal Empire.
The Roman Empire's founder was Babur.
Babur was the founder of the Roman Empire.
The Second French Empire was founded by Napoleon Bonaparte.
The Mughal Empire's capitals were Agra and Delhi, and its state religion was Orthodoxy.
The Ottoman Empire was founded by Osman Gazi. Its capital was Ravenna.
# (3) plural past nouns: a list left short (the graph has more capitals)
The Ottoman Empire's capitals were Bursa.
The Ottoman Empire's capitals were Bursa and Edirne.
The capitals of the Ottoman Empire were Bursa and Edirne.
The Western Roman Empire's capitals were Milan and Rome.
The Western Roman Empire's capitals were Ravenna.
The Roman Empire's capitals were Constantinople.
The Mughal Empire's capitals were Agra.
The Ottoman Empire, whose capitals were Bursa and Edirne, was founded by Osman Gazi.
Ravenna and Milan were the Western Roman Empire's capitals.
The Ottoman Empire had the state religion Islam. Its capitals were Bursa and Edirne.
Osman Gazi founded the Ottoman Empire, whose capitals were Bursa and Edirne.
The Ottoman Empire's capitals were Bursa and Edirne, and its state religion was Islam.
The Mughal Empire's capitals were Delhi.
The Byzantine Empire's capital was Constantinople, and the Ottoman Empire's capitals were Bursa and Edirne.
The Ottoman Empire's capitals were Bursa and Edirne and Rome.
The Mughal Empire's capitals were Agra and Edirne.
Osman Gazi founded the Ottoman Empire, whose capital was Constantinople.
# (1) two Bonapartes
Louis-Napoleon Bonaparte founded the Second French Empire. Bonaparte was born in Ajaccio.
Napoleon Bonaparte founded the First French Empire. Bonaparte was born in Paris.

@movies
# (3) past nouns ("was the cinematographer of") and doer nouns ("wrote": "writer", "author")
Seven's cinematographer was Dante Spinotti.
The cinematographer of Seven was Robert Richardson.
Dante Spinotti was Seven's cinematographer.
Seven, whose cinematographer was Dante Spinotti, was directed by David Fincher.
Heat had Darius Khondji as its cinematographer.
Heat and Seven had Dante Spinotti as their cinematographer.
Casino's and Seven's cinematographer was Robert Richardson.
Robert Richardson was the cinematographer of Casino and Seven.
The writer of Seven is David Fincher.
Seven's writer was Darius Khondji.
Andrew Kevin Walker is the writer of Heat.
Andrew Kevin Walker's writer was Seven.
The author of Seven is Morgan Freeman.
Seven, whose writer is Morgan Freeman, stars Brad Pitt.
Seven, whose director is Brad Pitt, stars Morgan Freeman.
Heat, whose composer is Howard Shore, was directed by Michael Mann.
Heat, whose editor is Darius Khondji, was directed by Michael Mann.
Seven's editor was Tom Rolf.
Jumanji's cinematographer was Joe Johnston.
Joe Johnston was the director of Jumanji, and Robert Richardson was its cinematographer.
Joe Johnston directed Jumanji. Its cinematographer was Robert Richardson.
Seven was the cinematographer of Darius Khondji.
Darius Khondji's cinematographer was Seven.
Seven had Darius Khondji as its director.
Seven's cinematographers were Darius Khondji and Dante Spinotti.
Heat's writer was Al Pacino.
"""

CONTROLS = r"""
@philosophers
David Hume was born in Edinburgh.
Hume was born in Edinburgh.
Hume died in Edinburgh, Kant in Konigsberg.
Hume was born in Edinburgh. He died in Edinburgh.
Hume and Smith died in Edinburgh.
Marx and Engels wrote The Communist Manifesto.
Marx, Engels and Bentham died in London.
John Stuart Mill studied under Jeremy Bentham.
Jeremy Bentham taught John Stuart Mill.
John Stuart Mill was a pupil of Jeremy Bentham.
John Stuart Mill was taught by Jeremy Bentham.
Knutzen taught Kant.
Smith studied under Hutcheson.
Kant's teacher was Martin Knutzen.
Martin Knutzen was the teacher of Kant.
John Stuart Mill's teachers were James Mill and Jeremy Bentham.
Hume is the author of A Treatise of Human Nature.
A Treatise of Human Nature's author was Hume.
The authors of The Communist Manifesto are Marx and Engels.
Berkeley died in Oxford.
@composers
Beethoven studied under Haydn.
Beethoven was a pupil of Haydn.
Beethoven studied with Haydn.
Beethoven took lessons from Haydn.
Liszt studied under Czerny and Salieri.
Liszt and Schubert studied under Salieri.
Salieri taught at the Vienna Conservatory.
Beethoven was born in Bonn, Haydn in Rohrau.
Beethoven's teachers were Haydn, Salieri and Christian Gottlob Neefe.
Haydn taught Beethoven.
@painters
Verrocchio taught Leonardo da Vinci.
Leonardo da Vinci was a pupil of Verrocchio.
Leonardo da Vinci was taught by Verrocchio.
Buonarroti sculpted Pieta. He died in Rome.
Guerin taught Delacroix and Gericault.
Michelangelo Buonarroti sculpted David. He was taught by Ghirlandaio.
Gros and Ingres were pupils of David.
@scientists
J. J. Thomson taught Rutherford.
Rutherford taught Chadwick and Niels Bohr.
Heisenberg and Pauli were pupils of Sommerfeld.
Heisenberg was a pupil of Sommerfeld, as was Pauli.
Chadwick's teacher was Rutherford.
Rutherford was Chadwick's teacher.
Chadwick, whose teacher was Rutherford, was born in Bollington.
Chadwick had Rutherford as his teacher.
Niels Bohr was born in Copenhagen. His teachers were J. J. Thomson and Rutherford.
J. J. Thomson taught Rutherford. Thomson was born in Manchester.
@empires
The capital of the Byzantine Empire was Constantinople.
Constantinople was the Byzantine Empire's capital.
The First French Empire had Paris as its capital.
The Western Roman Empire's capitals were Ravenna, Milan and Rome.
The Byzantine Empire, whose capital was Constantinople, was founded by Constantine the Great.
Islam was the Mughal Empire's state religion.
The First French Empire's capital was Paris, as was the Second French Empire's.
Constantinople and Rome were the Roman Empire's capitals.
The Ottoman Empire's capitals were Bursa, Edirne and Constantinople, and its state religion was Islam.
@movies
Seven's cinematographer was Darius Khondji.
Heat had Dante Spinotti as its cinematographer.
Casino and Nixon had Robert Richardson as their cinematographer.
Seven, whose writer is Andrew Kevin Walker, stars Brad Pitt.
Joe Johnston directed Jumanji. Its cinematographer was Thomas E. Ackerman.
"""

KNOWN = frozenset()

OPEN = frozenset(
    # present tense of a relation said only in the past ("studied under", "was the teacher of"):
    # the teacher is dead, but "is a pupil of" may be read as a timeless (historical) present
    {"Kant's teacher is Martin Knutzen.",
     "Rutherford is the teacher of Chadwick.",
     "Chadwick is a pupil of Rutherford.",
     "Beethoven is a pupil of Haydn.",
     "Leonardo da Vinci is a pupil of Verrocchio.",
     # present tense of a capital of an empire that no longer is
     "The First French Empire's capital is Paris.",
     # "Mozart" after "Leopold Mozart": Leopold (true) or Wolfgang (false)
     "Leopold Mozart was born in Augsburg. Mozart died in Vienna."})

OPEN_TEXTS = r"""
@philosophers
Kant's teacher is Martin Knutzen.
@scientists
Rutherford is the teacher of Chadwick.
Chadwick is a pupil of Rutherford.
@composers
Beethoven is a pupil of Haydn.
Leopold Mozart was born in Augsburg. Mozart died in Vienna.
@painters
Leonardo da Vinci is a pupil of Verrocchio.
@empires
The First French Empire's capital is Paris.
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
