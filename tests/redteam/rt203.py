"""Red team round 203 (closing soak) on WHOLE_SESSION.diff: the whole session's change together --
people by type, kin nouns, marriage both ways, "he" / "his" / "him" (sex by type, ", and his N",
"him" not the clause's subject), births "from" / "came from" / "came into the world", predecessor /
successor, places after verbs whose objects are people, bracketed years, "Serena and Venus
Williams", verb synonyms ("coached" -> "trained", "mentored"), phrases ending in an article
("belonged to the"), "at" read as "in" ("is venerated at"), in texts of one to three sentences
that chain them.

Graphs: the shipped example graph and six of my own (see each builder's docstring): "physics"
(physicists and chemists, their students, the Curies, directors of the Cavendish succeeding one
another), "royals" (monarchs typed "monarch" and consorts typed "queen consort" / "prince consort"),
"bands" (singers, drummers succeeding one another, two tenors), "athletes" (footballers and clubs,
"coached", captains succeeding one another), "saints" (saints venerated at cities, buried in
churches, an abbess, bishops of Rome succeeding one another), "inventors" (inventors and
companies, companies succeeding one another).

Findings (68 of 390 false texts accepted; 4 OPEN texts, 3 accepted; controls: 48 of 52 accepted).
All 68 are the session's: with WHOLE_SESSION.diff reversed on a copy of the code, 26 are accepted,
none of these 68 (the 26 are old holes the session closes: places after "succeeded" / "married",
people's bracketed years...; controls then 11 of 52).

* kin nouns, 66: the "son" / "daughter" / "father" / "mother" reading turns on where the graph
  says no one's sex (_unsexed_people), but it only looks for the words of _SEXED_WORDS, whole,
  in types, phrases and relation names, so a graph that gives the sex by any other word gets the
  kin nouns read as "child" / "parent": "was the godmother of" and "was the stepmother of"
  ("godmother", "stepmother" are not in the list; "stepson" is), a hyphenated "was the
  mother-in-law of" (the phrase is split on spaces: "mother-in-law" is no word of the list; so
  "lady-in-waiting", "son-in-law", "ex-wife", "half-brother"), "was the frontman of", "was voted
  sportsman of the year by" ("sportsman" is in _MALE_PEOPLE but not _SEXED_WORDS), "was the
  abbess of" (same), and the type "tenor" (a man's voice; a person type that is no word of
  sex): "Marie Curie was a son of Bronislawa Sklodowska", "Victoria of Saxe-Coburg was the
  father of Queen Victoria", "Julian Lennon was a daughter of John Lennon", "Paolo Maldini was
  the mother of Daniel Maldini", "Clare of Assisi was a son of Ortolana", "Luciano Pavarotti was
  a daughter of Fernando Pavarotti"; chained: "Marie Curie was the godmother of Hanna Lamm and a
  son of Bronislawa Sklodowska", "Pierre Curie married Marie Curie, and his son was Irene
  Joliot-Curie", "Julian and Sean Lennon were daughters of John Lennon", "Clare of Assisi was
  the abbess of San Damiano. She was a son of Ortolana."
* bare "from" of a birth, 2: ", from P" right after the object of "married" is read as the
  subject's birthplace: "Pierre Curie married Marie Curie, from Paris." (Pierre was born in
  Paris, Marie in Warsaw), "John Lennon married Yoko Ono, from Liverpool." (with "a chemist from
  Paris" / "a singer from Liverpool" it is rejected).
Held: "he" / "she" / ", and his N" beside consorts (rejected, if for ambiguity: "prince consort"
is sexed by its first word, which the pronoun filter does not read); every wrong predecessor /
successor (pairs, directions, "father and predecessor", of consorts, of people beside companies);
places after "married" / "taught" / "coached" / "trained" / "succeeded" (people objects), fronted
or after a comma; "at" / "in" with wrong places ("is venerated at", "was buried at"); "came from" /
"hailed from" / "came into the world" of wrong places, moves, years; "Marie and Pierre Curie" /
"Julian and Sean Lennon" / "Paolo and Daniel Maldini" with claims false of one; bracketed years
(also "(born 1911)", "(1911-1934)", "(b. 1911)"); "trained at", "mentored" of wrong pairs;
"him" after two people; the example graph.
Controls rejected: "Marie and Pierre Curie worked at the Sorbonne.", "Paul and Linda McCartney
were members of Wings." (old: "Marie Curie and Pierre Curie worked at the Sorbonne." is rejected
too, unattached_mention); "George V came into the world at Marlborough House." ("came into the
world" only of a phrase "was born in", not "was born at"); "Queen Victoria married Prince
Albert. She was crowned at London." ("she" also the prince consort: the filter reads only a
type's last word, "consort").
"""
import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, born=False):
    ents = [E(k, kind="item", type=t, label=n, attrs=({"year": y, "born": y} if born else {"year": y}) if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    return [(h, rel, t) for h, t in pairs]


def physics():
    """Physicists and chemists (items, dated by a Nobel prize, no births declared) and their
    students: "was a student of" / "taught", "married" (both ways), "was a child of" (kin nouns:
    both ends people by type), "succeeded" (directors of the Cavendish, one kind), "was born in" /
    "died in" a city, "worked at" a university. The graph gives Marie Curie's sex only by "was the
    godmother of" and Irene's by "was the stepmother of" (words the checker does not know)."""
    rels = [
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("died", phrase="died in", inverse_phrase="is where died", range=("city",)),
        R("student", phrase="was a student of", inverse_phrase="taught", range=("physicist", "chemist")),
        R("spouse", phrase="married", inverse_phrase="married", range=("physicist", "chemist", "person")),
        R("child", phrase="was a child of", inverse_phrase="was a parent of", range=("physicist", "chemist", "person")),
        R("succ", phrase="succeeded", inverse_phrase="was succeeded by", range=("physicist",)),
        R("worked", phrase="worked at", inverse_phrase="employed", range=("university",)),
        R("godm", phrase="was the godmother of", inverse_phrase="was the goddaughter of", range=("person",)),
        R("step", phrase="was the stepmother of", inverse_phrase="was the stepchild of", range=("person",)),
    ]
    items = {"p:marie": ("chemist", "Marie Curie", 1911), "p:pierre": ("physicist", "Pierre Curie", 1903),
             "p:irene": ("chemist", "Irene Joliot-Curie", 1935), "p:frederic": ("physicist", "Frederic Joliot-Curie", 1935),
             "p:thomson": ("physicist", "J. J. Thomson", 1906), "p:rutherford": ("physicist", "Ernest Rutherford", 1908),
             "p:bragg": ("physicist", "Lawrence Bragg", 1915), "p:mott": ("physicist", "Nevill Mott", 1977),
             "p:gpthomson": ("physicist", "George Paget Thomson", 1937), "p:bohr": ("physicist", "Niels Bohr", 1922),
             "p:chadwick": ("physicist", "James Chadwick", 1935)}
    others = {"c:warsaw": ("city", "Warsaw"), "c:paris": ("city", "Paris"), "c:manchester": ("city", "Manchester"),
              "c:brightwater": ("city", "Brightwater"), "c:adelaide": ("city", "Adelaide"), "c:leeds": ("city", "Leeds"),
              "c:cambridge": ("city", "Cambridge"), "c:copenhagen": ("city", "Copenhagen"), "c:bollington": ("city", "Bollington"),
              "c:sancellemoz": ("city", "Sancellemoz"), "c:london": ("city", "London"),
              "u:sorbonne": ("university", "the Sorbonne"), "u:cambridge": ("university", "the University of Cambridge"),
              "u:manchester": ("university", "the University of Manchester"), "u:mcgill": ("university", "McGill University"),
              "x:rose": ("person", "Rose Thomson"), "x:mary": ("person", "Mary Newton"), "x:eve": ("person", "Eve Curie"),
              "x:bronislawa": ("person", "Bronislawa Sklodowska"), "x:hanna": ("person", "Hanna Lamm"),
              "x:pierrej": ("person", "Pierre Joliot")}
    T = _t("born", [("p:marie", "c:warsaw"), ("p:pierre", "c:paris"), ("p:irene", "c:paris"), ("p:frederic", "c:paris"),
                    ("p:thomson", "c:manchester"), ("p:rutherford", "c:brightwater"), ("p:bragg", "c:adelaide"),
                    ("p:mott", "c:leeds"), ("p:gpthomson", "c:cambridge"), ("p:bohr", "c:copenhagen"),
                    ("p:chadwick", "c:bollington")])
    T += _t("died", [("p:marie", "c:sancellemoz"), ("p:pierre", "c:paris"), ("p:irene", "c:paris"), ("p:thomson", "c:cambridge"),
                     ("p:rutherford", "c:cambridge"), ("p:bragg", "c:london"), ("p:bohr", "c:copenhagen"),
                     ("p:chadwick", "c:cambridge")])
    T += _t("student", [("p:rutherford", "p:thomson"), ("p:chadwick", "p:rutherford"), ("p:bohr", "p:thomson"),
                        ("p:bohr", "p:rutherford"), ("p:frederic", "p:marie"), ("p:irene", "p:marie")])
    T += _t("spouse", [("p:pierre", "p:marie"), ("p:frederic", "p:irene"), ("p:thomson", "x:rose"),
                       ("p:rutherford", "x:mary")])
    T += _t("child", [("p:irene", "p:marie"), ("p:irene", "p:pierre"), ("x:eve", "p:marie"), ("x:eve", "p:pierre"),
                      ("p:gpthomson", "p:thomson"), ("p:gpthomson", "x:rose"), ("p:marie", "x:bronislawa"),
                      ("x:pierrej", "p:irene"), ("x:pierrej", "p:frederic")])
    T += _t("succ", [("p:rutherford", "p:thomson"), ("p:bragg", "p:rutherford"), ("p:mott", "p:bragg")])
    T += _t("worked", [("p:marie", "u:sorbonne"), ("p:pierre", "u:sorbonne"), ("p:thomson", "u:cambridge"),
                       ("p:rutherford", "u:manchester"), ("p:rutherford", "u:mcgill"), ("p:rutherford", "u:cambridge"),
                       ("p:bragg", "u:cambridge"), ("p:chadwick", "u:cambridge")])
    T += _t("godm", [("p:marie", "x:hanna")])
    T += _t("step", [("p:irene", "x:hanna")])
    return _build(items, others, rels, T)


def royals():
    """Monarchs (items typed "monarch": no sex by the type, dated by accession) and their consorts
    (typed "queen consort" / "prince consort": sexed by the first word only) and parents typed
    "person": "was a child of" (kin nouns), "married" (a marriage, both ways), "succeeded" (monarchs),
    "was born at" a palace, "was buried at" a town ("at" read as "in"), "was crowned at" a city.
    The graph gives the sex of "person"s only by "was a lady-in-waiting to" and "was the
    mother-in-law of" (hyphenated words the checker splits on spaces only)."""
    rels = [
        R("child", phrase="was a child of", inverse_phrase="was a parent of", range=("monarch", "person")),
        R("spouse", phrase="married", inverse_phrase="married", range=("queen consort", "prince consort")),
        R("succ", phrase="succeeded", inverse_phrase="was succeeded by", range=("monarch",)),
        R("born", phrase="was born at", inverse_phrase="is the birthplace of", range=("palace",)),
        R("buried", phrase="was buried at", inverse_phrase="is the burial place of", range=("town",)),
        R("crowned", phrase="was crowned at", inverse_phrase="saw the coronation of", range=("city",)),
        R("waiting", phrase="was a lady-in-waiting to", inverse_phrase="was served by", range=("monarch",)),
        R("inlaw", phrase="was the mother-in-law of", inverse_phrase="was the son-in-law of", range=("prince consort", "queen consort")),
    ]
    items = {"m:william4": ("monarch", "William IV", 1830), "m:victoria": ("monarch", "Queen Victoria", 1837),
             "m:edward7": ("monarch", "Edward VII", 1901), "m:george5": ("monarch", "George V", 1910),
             "m:edward8": ("monarch", "Edward VIII", 1936), "m:george6": ("monarch", "George VI", 1936),
             "m:elizabeth2": ("monarch", "Elizabeth II", 1952)}
    others = {"q:albert": ("prince consort", "Prince Albert"), "q:alexandra": ("queen consort", "Alexandra of Denmark"),
              "q:mary": ("queen consort", "Mary of Teck"), "q:elizabeth": ("queen consort", "Elizabeth Bowes-Lyon"),
              "q:philip": ("prince consort", "Prince Philip"), "q:adelaide": ("queen consort", "Adelaide of Saxe-Meiningen"),
              "x:duchess": ("person", "Victoria of Saxe-Coburg"), "x:louise": ("person", "Louise of Saxe-Gotha"),
              "x:sarah": ("person", "Sarah Lyttelton"),
              "b:kensington": ("palace", "Kensington Palace"), "b:marlborough": ("palace", "Marlborough House"),
              "b:buckingham": ("palace", "Buckingham Palace"), "b:york": ("palace", "York Cottage"),
              "b:rosenau": ("palace", "Schloss Rosenau"), "b:yellow": ("palace", "the Yellow Palace"),
              "b:bruton": ("palace", "Bruton Street"), "b:whitelodge": ("palace", "White Lodge"),
              "b:monrepos": ("palace", "Mon Repos"),
              "t:windsor": ("town", "Windsor"), "t:frogmore": ("town", "Frogmore"), "t:copenhagen": ("city", "Copenhagen"),
              "c:london": ("city", "London"), "c:coburg": ("city", "Coburg")}
    T = _t("child", [("m:edward7", "m:victoria"), ("m:george5", "m:edward7"), ("m:edward8", "m:george5"),
                     ("m:george6", "m:george5"), ("m:elizabeth2", "m:george6"), ("m:victoria", "x:duchess")])
    T += _t("spouse", [("m:victoria", "q:albert"), ("m:edward7", "q:alexandra"), ("m:george5", "q:mary"),
                       ("m:george6", "q:elizabeth"), ("m:elizabeth2", "q:philip"), ("m:william4", "q:adelaide")])
    T += _t("succ", [("m:victoria", "m:william4"), ("m:edward7", "m:victoria"), ("m:george5", "m:edward7"),
                     ("m:edward8", "m:george5"), ("m:george6", "m:edward8"), ("m:elizabeth2", "m:george6")])
    T += _t("born", [("m:victoria", "b:kensington"), ("m:edward7", "b:buckingham"), ("m:george5", "b:marlborough"),
                     ("m:edward8", "b:whitelodge"), ("m:george6", "b:york"), ("m:elizabeth2", "b:bruton"),
                     ("q:albert", "b:rosenau"), ("q:alexandra", "b:yellow"), ("q:philip", "b:monrepos"),
                     ("m:william4", "b:buckingham")])
    T += _t("buried", [("m:victoria", "t:frogmore"), ("m:edward7", "t:windsor"), ("m:george5", "t:windsor"),
                       ("m:george6", "t:windsor"), ("m:elizabeth2", "t:windsor"), ("q:albert", "t:frogmore"),
                       ("m:edward8", "t:frogmore")])
    T += _t("crowned", [("m:victoria", "c:london"), ("m:edward7", "c:london"), ("m:george5", "c:london"),
                        ("m:george6", "c:london"), ("m:elizabeth2", "c:london")])
    T += _t("waiting", [("x:sarah", "m:victoria")])
    T += _t("inlaw", [("x:duchess", "q:albert")])
    return _build(items, others, rels, T)


def bands():
    """Musicians (items typed "singer" / "drummer", dated by a first hit, no births declared) and
    bands: "was a member of" a band, "was the frontman of" a band (the singer's sex, by a word the
    checker does not know), "was a child of" (kin nouns), "married" people typed "person",
    "succeeded" (drummers, one kind), "was born in" a city, "wrote" songs. Two tenors (a man's
    voice; "tenor" is a person type and no word of sex the checker knows), father and son."""
    rels = [
        R("member", phrase="was a member of", inverse_phrase="had member", range=("band",)),
        R("front", phrase="was the frontman of", inverse_phrase="was fronted by", range=("band",)),
        R("child", phrase="was a child of", inverse_phrase="was a parent of", range=("singer", "person", "tenor")),
        R("spouse", phrase="married", inverse_phrase="married", range=("person", "singer")),
        R("succ", phrase="succeeded", inverse_phrase="was succeeded by", range=("drummer",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("wrote", phrase="wrote", inverse_phrase="was written by", range=("song",)),
    ]
    items = {"s:john": ("singer", "John Lennon", 1962), "s:paul": ("singer", "Paul McCartney", 1962),
             "s:julian": ("singer", "Julian Lennon", 1984), "s:sean": ("singer", "Sean Lennon", 1998),
             "s:ringo": ("drummer", "Ringo Starr", 1962), "s:pete": ("drummer", "Pete Best", 1961),
             "s:zak": ("drummer", "Zak Starkey", 1996), "s:jagger": ("singer", "Mick Jagger", 1963),
             "s:pavarotti": ("tenor", "Luciano Pavarotti", 1961), "s:fernando": ("tenor", "Fernando Pavarotti", 1975)}
    others = {"b:beatles": ("band", "the Beatles"), "b:wings": ("band", "Wings"), "b:stones": ("band", "the Rolling Stones"),
              "b:oasis": ("band", "Oasis"), "b:quarrymen": ("band", "the Quarrymen"),
              "x:yoko": ("person", "Yoko Ono"), "x:cynthia": ("person", "Cynthia Lennon"), "x:linda": ("person", "Linda McCartney"),
              "x:maureen": ("person", "Maureen Starkey"), "x:lorenza": ("person", "Lorenza Pavarotti"), "x:julia": ("person", "Julia Lennon"), "x:alfred": ("person", "Alfred Lennon"),
              "c:liverpool": ("city", "Liverpool"), "c:madras": ("city", "Madras"), "c:nyc": ("city", "New York"),
              "c:dartford": ("city", "Dartford"), "c:modena": ("city", "Modena"), "c:london": ("city", "London"),
              "g:help": ("song", "Help!"), "g:yesterday": ("song", "Yesterday"), "g:satisfaction": ("song", "Satisfaction"),
              "g:valotte": ("song", "Valotte")}
    T = _t("member", [("s:john", "b:beatles"), ("s:paul", "b:beatles"), ("s:ringo", "b:beatles"), ("s:pete", "b:beatles"),
                      ("s:paul", "b:wings"), ("x:linda", "b:wings"), ("s:jagger", "b:stones"), ("s:zak", "b:oasis"),
                      ("s:john", "b:quarrymen")])
    T += _t("front", [("s:jagger", "b:stones"), ("s:john", "b:quarrymen"), ("s:julian", "b:quarrymen")])
    T += _t("child", [("s:julian", "s:john"), ("s:julian", "x:cynthia"), ("s:sean", "s:john"), ("s:sean", "x:yoko"),
                      ("s:john", "x:julia"), ("s:john", "x:alfred"), ("s:pavarotti", "s:fernando"),
                      ("x:lorenza", "s:pavarotti")])
    T += _t("spouse", [("s:john", "x:yoko"), ("s:john", "x:cynthia"), ("s:paul", "x:linda"), ("s:ringo", "x:maureen")])
    T += _t("succ", [("s:ringo", "s:pete"), ("s:zak", "s:ringo")])
    T += _t("born", [("s:john", "c:liverpool"), ("s:paul", "c:liverpool"), ("s:julian", "c:liverpool"), ("s:sean", "c:nyc"),
                     ("s:ringo", "c:liverpool"), ("s:pete", "c:madras"), ("s:zak", "c:london"), ("s:jagger", "c:dartford"),
                     ("s:pavarotti", "c:modena"), ("s:fernando", "c:modena")])
    T += _t("wrote", [("s:john", "g:help"), ("s:paul", "g:yesterday"), ("s:jagger", "g:satisfaction"), ("s:julian", "g:valotte")])
    return _build(items, others, rels, T)


def athletes():
    """Footballers (items typed "footballer", dated by a debut) and clubs: "played for" a club,
    "coached" a club or a footballer (verb synonyms "trained", "mentored"), "was a child of" (kin
    nouns; the graph gives sex only by "was voted sportsman of the year by", a word it does not
    know), "succeeded" (as captain: footballers, one kind), "was born in" a city."""
    rels = [
        R("played", phrase="played for", inverse_phrase="fielded", range=("club",)),
        R("coached", phrase="coached", inverse_phrase="was coached by", range=("club", "footballer")),
        R("child", phrase="was a child of", inverse_phrase="was a parent of", range=("footballer", "person")),
        R("succ", phrase="succeeded", inverse_phrase="was succeeded by", range=("footballer",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("voted", phrase="was voted sportsman of the year by", inverse_phrase="honoured", range=("newspaper",)),
        R("based", phrase="is based in", inverse_phrase="is the home of", range=("city",)),
    ]
    items = {"f:johan": ("footballer", "Johan Cruyff", 1964), "f:jordi": ("footballer", "Jordi Cruyff", 1994),
             "f:cesare": ("footballer", "Cesare Maldini", 1954), "f:paolo": ("footballer", "Paolo Maldini", 1985),
             "f:daniel": ("footballer", "Daniel Maldini", 2020), "f:baresi": ("footballer", "Franco Baresi", 1977),
             "f:pep": ("footballer", "Pep Guardiola", 1990)}
    others = {"k:ajax": ("club", "Ajax"), "k:barca": ("club", "Barcelona"), "k:milan": ("club", "AC Milan"),
              "k:manutd": ("club", "Manchester United"), "k:city": ("club", "Manchester City"),
              "c:amsterdam": ("city", "Amsterdam"), "c:milan": ("city", "Milan"), "c:trieste": ("city", "Trieste"),
              "c:barcelona": ("city", "Barcelona"), "c:travagliato": ("city", "Travagliato"), "c:santpedor": ("city", "Santpedor"),
              "c:manchester": ("city", "Manchester"),
              "n:gazzetta": ("newspaper", "La Gazzetta dello Sport"), "x:danny": ("person", "Danny Coster")}
    T = _t("played", [("f:johan", "k:ajax"), ("f:johan", "k:barca"), ("f:jordi", "k:barca"), ("f:jordi", "k:manutd"),
                      ("f:cesare", "k:milan"), ("f:paolo", "k:milan"), ("f:daniel", "k:milan"), ("f:baresi", "k:milan"),
                      ("f:pep", "k:barca")])
    T += _t("coached", [("f:johan", "k:ajax"), ("f:johan", "k:barca"), ("f:cesare", "k:milan"), ("f:pep", "k:barca"),
                        ("f:pep", "k:city"), ("f:johan", "f:pep"), ("f:cesare", "f:paolo")])
    T += _t("child", [("f:jordi", "f:johan"), ("f:jordi", "x:danny"), ("f:paolo", "f:cesare"), ("f:daniel", "f:paolo")])
    T += _t("succ", [("f:paolo", "f:baresi")])
    T += _t("born", [("f:johan", "c:amsterdam"), ("f:jordi", "c:amsterdam"), ("f:cesare", "c:trieste"), ("f:paolo", "c:milan"),
                     ("f:daniel", "c:milan"), ("f:baresi", "c:travagliato"), ("f:pep", "c:santpedor")])
    T += _t("voted", [("f:paolo", "n:gazzetta"), ("f:johan", "n:gazzetta")])
    T += _t("based", [("k:ajax", "c:amsterdam"), ("k:barca", "c:barcelona"), ("k:milan", "c:milan"), ("k:manutd", "c:manchester"),
                      ("k:city", "c:manchester")])
    return _build(items, others, rels, T)


def saints():
    """Saints (items typed "saint", dated by canonization or a feast's year) and churches: "is
    venerated at" a city ("at" read as "in"; verb synonyms "revered", "worshipped"), "is buried in"
    a church, "founded" an order, "belonged to the" an order (a phrase ending in an article),
    "was a child of" (kin nouns; Clare's sex only by "was the abbess of", a word the checker does
    not know), "succeeded" (bishops of Rome, one kind), "was born in" a city."""
    rels = [
        R("venerated", phrase="is venerated at", inverse_phrase="venerates", range=("city",)),
        R("buried", phrase="is buried in", inverse_phrase="holds the tomb of", range=("church",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", range=("order",)),
        R("belonged", phrase="belonged to the", inverse_phrase="counted", range=("order",)),
        R("child", phrase="was a child of", inverse_phrase="was a parent of", range=("saint", "person")),
        R("abbess", phrase="was the abbess of", inverse_phrase="was led by", range=("convent",)),
        R("succ", phrase="succeeded", inverse_phrase="was succeeded by", range=("saint",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("sibling", phrase="was a sibling of", inverse_phrase="was a sibling of", range=("saint",)),
    ]
    items = {"s:peter": ("saint", "Saint Peter", 1), "s:linus": ("saint", "Saint Linus", 67), "s:anacletus": ("saint", "Saint Anacletus", 76),
             "s:francis": ("saint", "Francis of Assisi", 1228), "s:clare": ("saint", "Clare of Assisi", 1255),
             "s:benedict": ("saint", "Benedict of Nursia", 1220), "s:scholastica": ("saint", "Scholastica", 1220),
             "s:agnes": ("saint", "Agnes of Assisi", 1753), "s:andrew": ("saint", "Saint Andrew", 1)}
    others = {"c:rome": ("city", "Rome"), "c:assisi": ("city", "Assisi"), "c:nursia": ("city", "Nursia"),
              "c:bethsaida": ("city", "Bethsaida"), "c:volterra": ("city", "Volterra"), "c:amalfi": ("city", "Amalfi"),
              "c:montecassino": ("city", "Monte Cassino"), "c:edinburgh": ("city", "Edinburgh"),
              "h:stpeters": ("church", "St. Peter's Basilica"), "h:sanfrancesco": ("church", "the Basilica of San Francesco"),
              "h:santachiara": ("church", "the Basilica of Santa Chiara"), "h:amalfi": ("church", "Amalfi Cathedral"),
              "h:abbey": ("church", "the Abbey of Monte Cassino"),
              "o:franciscans": ("order", "Franciscans"), "o:poorclares": ("order", "Poor Clares"),
              "o:benedictines": ("order", "Benedictines"),
              "v:damiano": ("convent", "San Damiano"), "x:ortolana": ("person", "Ortolana"), "x:favarone": ("person", "Favarone"),
              "x:pietro": ("person", "Pietro di Bernardone"), "x:jonah": ("person", "Jonah")}
    T = _t("venerated", [("s:peter", "c:rome"), ("s:francis", "c:assisi"), ("s:clare", "c:assisi"), ("s:andrew", "c:amalfi"),
                         ("s:andrew", "c:edinburgh"), ("s:benedict", "c:montecassino"), ("s:linus", "c:volterra")])
    T += _t("buried", [("s:peter", "h:stpeters"), ("s:francis", "h:sanfrancesco"), ("s:clare", "h:santachiara"),
                       ("s:andrew", "h:amalfi"), ("s:benedict", "h:abbey"), ("s:scholastica", "h:abbey"),
                       ("s:linus", "h:stpeters")])
    T += _t("founded", [("s:francis", "o:franciscans"), ("s:clare", "o:poorclares"), ("s:benedict", "o:benedictines")])
    T += _t("belonged", [("s:clare", "o:poorclares"), ("s:agnes", "o:poorclares"), ("s:francis", "o:franciscans"),
                         ("s:scholastica", "o:benedictines")])
    T += _t("child", [("s:clare", "x:ortolana"), ("s:clare", "x:favarone"), ("s:agnes", "x:ortolana"), ("s:agnes", "x:favarone"),
                      ("s:francis", "x:pietro"), ("s:peter", "x:jonah"), ("s:andrew", "x:jonah")])
    T += _t("abbess", [("s:clare", "v:damiano"), ("s:agnes", "v:damiano")])
    T += _t("succ", [("s:linus", "s:peter"), ("s:anacletus", "s:linus")])
    T += _t("born", [("s:peter", "c:bethsaida"), ("s:andrew", "c:bethsaida"), ("s:francis", "c:assisi"), ("s:clare", "c:assisi"),
                     ("s:agnes", "c:assisi"), ("s:benedict", "c:nursia"), ("s:scholastica", "c:nursia"), ("s:linus", "c:volterra")])
    T += _t("sibling", [("s:peter", "s:andrew"), ("s:benedict", "s:scholastica"), ("s:clare", "s:agnes")])
    return _build(items, others, rels, T)


def inventors():
    """Inventors (items typed "inventor", dated by an invention, not a birth) and companies (items
    typed "company", dated by founding): "founded" a company, "worked for" a company, "was born in"
    a city, "married" people typed "person", "succeeded" (companies, one kind)."""
    rels = [
        R("founded", phrase="founded", inverse_phrase="was founded by", range=("company",)),
        R("worked", phrase="worked for", inverse_phrase="employed", range=("company",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", range=("city",)),
        R("spouse", phrase="married", inverse_phrase="married", range=("person",)),
        R("succ", phrase="was succeeded by", inverse_phrase="succeeded", range=("company",)),
        R("hq", phrase="is headquartered in", inverse_phrase="hosts", range=("city",)),
    ]
    items = {"i:edison": ("inventor", "Thomas Edison", 1879), "i:tesla": ("inventor", "Nikola Tesla", 1888),
             "i:bell": ("inventor", "Alexander Graham Bell", 1876), "i:westinghouse": ("inventor", "George Westinghouse", 1869),
             "k:ge": ("company", "General Electric", 1892), "k:edisonco": ("company", "Edison General Electric", 1889),
             "k:bellco": ("company", "Bell Telephone Company", 1877), "k:att": ("company", "AT&T", 1885),
             "k:wec": ("company", "Westinghouse Electric", 1886)}
    others = {"c:milan_oh": ("city", "Milan, Ohio"), "c:smiljan": ("city", "Smiljan"), "c:edinburgh": ("city", "Edinburgh"),
              "c:centralbridge": ("city", "Central Bridge"), "c:boston": ("city", "Boston"), "c:pittsburgh": ("city", "Pittsburgh"),
              "c:schenectady": ("city", "Schenectady"), "c:nyc": ("city", "New York"),
              "x:mina": ("person", "Mina Miller"), "x:mabel": ("person", "Mabel Hubbard"), "x:marguerite": ("person", "Marguerite Walker")}
    T = _t("founded", [("i:edison", "k:edisonco"), ("i:bell", "k:bellco"), ("i:westinghouse", "k:wec")])
    T += _t("worked", [("i:tesla", "k:edisonco"), ("i:tesla", "k:wec"), ("i:edison", "k:ge")])
    T += _t("born", [("i:edison", "c:milan_oh"), ("i:tesla", "c:smiljan"), ("i:bell", "c:edinburgh"),
                     ("i:westinghouse", "c:centralbridge")])
    T += _t("spouse", [("i:edison", "x:mina"), ("i:bell", "x:mabel"), ("i:westinghouse", "x:marguerite")])
    T += _t("succ", [("k:edisonco", "k:ge"), ("k:bellco", "k:att")])
    T += _t("hq", [("k:ge", "c:schenectady"), ("k:att", "c:nyc"), ("k:wec", "c:pittsburgh"), ("k:bellco", "c:boston")])
    return _build(items, others, rels, T)


def movies():
    return kgx.KnowledgeGraph.example()


BUILDERS = {"movies": movies, "physics": physics, "royals": royals, "bands": bands, "athletes": athletes,
            "saints": saints, "inventors": inventors}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@physics
# kin nouns where the graph gives the sex by a word the checker does not know: Marie Curie "was
# the godmother of" Hanna Lamm, Irene Joliot-Curie "was the stepmother of" her (women both)
Marie Curie was a son of Bronislawa Sklodowska.
Marie Curie was Bronislawa Sklodowska's son.
Bronislawa Sklodowska's son was Marie Curie.
Marie Curie was a father of Irene Joliot-Curie.
Marie Curie was a father of Eve Curie.
Marie Curie was Eve Curie's father.
Irene Joliot-Curie was a son of Marie Curie.
Irene Joliot-Curie was a son of Pierre Curie.
Irene Joliot-Curie was a father of Pierre Joliot.
Irene Joliot-Curie was Pierre Joliot's father.
Pierre Joliot's father was Irene Joliot-Curie.
Irene Joliot-Curie and Eve Curie were sons of Marie Curie.
Marie Curie, a son of Bronislawa Sklodowska, was born in Warsaw.
Marie Curie was born in Warsaw. She was a son of Bronislawa Sklodowska.
Marie Curie was born in Warsaw, and she was a father of Irene Joliot-Curie.
Marie Curie married Pierre Curie. She was a father of Irene Joliot-Curie.
Marie Curie's son Irene Joliot-Curie married Frederic Joliot-Curie.
Irene Joliot-Curie, Marie Curie's son, married Frederic Joliot-Curie.
Irene Joliot-Curie married Frederic Joliot-Curie, and she was a son of Pierre Curie.
Marie Curie taught Irene Joliot-Curie, and her son was Irene Joliot-Curie.
Irene Joliot-Curie was a son of Marie Curie and Pierre Curie.
Marie Curie worked at the Sorbonne, and her son was Irene Joliot-Curie.
Marie Curie worked at the Sorbonne, and her father was Bronislawa Sklodowska.
Irene Joliot-Curie married Frederic Joliot-Curie, and her father was Marie Curie.
Pierre Curie married Marie Curie, and his son was Irene Joliot-Curie.
Marie Curie was the godmother of Hanna Lamm and a son of Bronislawa Sklodowska.
Marie Curie, who was a son of Bronislawa Sklodowska, was born in Warsaw.
Irene Joliot-Curie and Eve Curie were a son and a daughter of Marie Curie respectively.
Marie Curie was the husband of Pierre Curie.
# kin: wrong pairs and directions
Eve Curie was a daughter of Irene Joliot-Curie.
Pierre Curie was a son of Marie Curie.
George Paget Thomson was a son of Ernest Rutherford.
J. J. Thomson was a son of George Paget Thomson.
Marie Curie was a daughter of Pierre Curie.
# marriage both ways, tense, places after it
Pierre Curie married Marie Curie in Paris.
Pierre Curie married Marie Curie in Warsaw.
Marie Curie was married to Pierre Curie in Warsaw.
Frederic Joliot-Curie married Irene Joliot-Curie in Paris.
Marie Curie married Pierre Curie at the Sorbonne.
Marie Curie is married to Pierre Curie.
Marie Curie married Frederic Joliot-Curie.
Irene Joliot-Curie was married to Pierre Curie.
J. J. Thomson married Mary Newton.
Ernest Rutherford was married to Rose Thomson.
Marie Curie married Pierre Curie, and she was born in Paris.
Marie Curie married Pierre Curie, and he was born in Warsaw.
# teaching: a place after it, people objects
Ernest Rutherford was a student of J. J. Thomson in Manchester.
J. J. Thomson taught Ernest Rutherford in Manchester.
J. J. Thomson taught Ernest Rutherford at Manchester.
Ernest Rutherford taught James Chadwick in Bollington.
Ernest Rutherford taught Niels Bohr in Copenhagen.
Niels Bohr was a student of Ernest Rutherford in Copenhagen.
Marie Curie taught Irene Joliot-Curie in Warsaw.
Marie Curie taught Frederic Joliot-Curie and Irene Joliot-Curie in Warsaw.
In Warsaw, Marie Curie taught Irene Joliot-Curie.
Marie Curie taught Irene Joliot-Curie, in Warsaw.
Marie Curie, who came from Warsaw, taught Irene Joliot-Curie in Warsaw.
Marie Curie taught Irene Joliot-Curie in Sancellemoz.
# succession: pairs, directions, kin beside it, "his"
Ernest Rutherford's predecessor was Lawrence Bragg.
Lawrence Bragg's predecessor was J. J. Thomson.
Nevill Mott's predecessor was Ernest Rutherford.
J. J. Thomson's successor was Lawrence Bragg.
Ernest Rutherford's successor was James Chadwick.
Ernest Rutherford's predecessor was George Paget Thomson.
George Paget Thomson was J. J. Thomson's successor.
J. J. Thomson's son and successor was George Paget Thomson.
Ernest Rutherford's teacher and predecessor was Niels Bohr.
Ernest Rutherford was a student of J. J. Thomson, and his successor was Nevill Mott.
Ernest Rutherford was a student of J. J. Thomson, and his predecessor was Lawrence Bragg.
Lawrence Bragg was born in Adelaide. His predecessor was J. J. Thomson.
Lawrence Bragg was born in Adelaide, and his predecessor was J. J. Thomson.
Lawrence Bragg came from Adelaide, and his successor was Ernest Rutherford.
Marie Curie's predecessor was Pierre Curie.
Nevill Mott succeeded Ernest Rutherford.
# births "from", "came into the world"
Ernest Rutherford came from Manchester.
Ernest Rutherford came from Cambridge.
Lawrence Bragg hailed from London.
Niels Bohr came into the world in Cambridge.
Marie Curie came into the world in Paris.
Marie Curie came into the world at Sancellemoz.
Marie Curie was from Paris.
Marie Curie, a chemist from Paris, married Pierre Curie.
Pierre Curie married Marie Curie, from Paris.
Marie Curie taught Irene Joliot-Curie, a chemist from Warsaw.
Pierre Curie married Marie Curie, a chemist from Paris.
Ernest Rutherford taught Niels Bohr, a physicist from Brightwater.
Marie Curie married Pierre Curie from Warsaw.
Ernest Rutherford came from Brightwater to Cambridge.
Marie Curie came from Warsaw to Paris.
Marie Curie came from Warsaw in 1911.
Marie Curie came into the world in 1911.
Marie Curie came from the Sorbonne.
Marie Curie and Pierre Curie came from Paris.
Marie Curie came from Warsaw. Her son was Irene Joliot-Curie.
# "Marie and Pierre Curie"
Marie and Pierre Curie came from Paris.
Marie and Pierre Curie were born in Paris.
Marie and Pierre Curie died in Paris.
Marie and Pierre Curie taught Irene Joliot-Curie.
Pierre and Marie Curie worked at the University of Cambridge.
Irene and Frederic Joliot-Curie were born in Warsaw.
Frederic and Irene Joliot-Curie were students of Pierre Curie.
Eve and Marie Curie were born in Warsaw.
# bracketed years (a Nobel prize, not a birth)
Marie Curie (1911) was born in Warsaw.
Ernest Rutherford (1908) taught Niels Bohr.
Niels Bohr (1922) came from Copenhagen.
Marie Curie (1867) married Pierre Curie.
Marie Curie (born 1911) was born in Warsaw.
Marie Curie (1911-1934) was born in Warsaw.
Marie Curie (b. 1911) married Pierre Curie.
@royals
# kin nouns where the graph gives the sex by a hyphenated word: Victoria of Saxe-Coburg "was the
# mother-in-law of" Prince Albert
Victoria of Saxe-Coburg was the father of Queen Victoria.
Victoria of Saxe-Coburg was a father of Queen Victoria.
Queen Victoria's father was Victoria of Saxe-Coburg.
Victoria of Saxe-Coburg, the father of Queen Victoria, was the mother-in-law of Prince Albert.
Queen Victoria was born at Kensington Palace. Her father was Victoria of Saxe-Coburg.
# "he" / "she" of a consort whose type's first word gives the sex ("prince consort")
Alexandra of Denmark married Edward VII. He was born at the Yellow Palace.
Edward VII married Alexandra of Denmark, and he was born at the Yellow Palace.
Prince Albert married Queen Victoria. She was born at Schloss Rosenau.
Prince Philip married Elizabeth II. She was born at Mon Repos.
Prince Philip married Elizabeth II, and she was born at Mon Repos.
Elizabeth II married Prince Philip. She was born at Mon Repos.
Queen Victoria married Prince Albert. She was buried at Frogmore, and she was born at Schloss Rosenau.
# ", and his / her N": the one person by type is the monarch, though the consort is the subject
Prince Albert married Queen Victoria, and his mother was Victoria of Saxe-Coburg.
Prince Philip married Elizabeth II, and his father was George VI.
Prince Philip married Elizabeth II, and his predecessor was George VI.
Prince Albert married Queen Victoria, and his predecessor was William IV.
Alexandra of Denmark married Edward VII, and her predecessor was Queen Victoria.
Mary of Teck married George V, and her father was Edward VII.
Elizabeth Bowes-Lyon married George VI, and her father was George V.
Prince Philip married Elizabeth II. His father was George VI.
Prince Albert married Queen Victoria. His mother was Victoria of Saxe-Coburg.
Prince Philip married Elizabeth II. He was born at Bruton Street.
Prince Albert married Queen Victoria. He was born at Kensington Palace.
# succession
Edward VIII's predecessor was George VI.
George VI's predecessor was George V.
Elizabeth II's father and predecessor was George V.
Queen Victoria's predecessor was Edward VII.
Queen Victoria's successor was William IV.
William IV's predecessor was Queen Victoria.
Edward VII's mother and predecessor was Victoria of Saxe-Coburg.
George VI's brother and predecessor was Edward VIII.
Prince Philip's predecessor was Prince Albert.
Elizabeth II's predecessor was Prince Philip.
Elizabeth II was crowned at London. Her predecessor was Edward VIII.
George V was buried at Windsor, and his predecessor was Queen Victoria.
Edward VIII's father and predecessor was Edward VII.
# "at" read as "in"; places after "married"
Queen Victoria was buried in Windsor.
Edward VII was buried at Frogmore.
Prince Albert was buried in Windsor.
Queen Victoria was crowned in Coburg.
Edward VIII was crowned in London.
Queen Victoria married Prince Albert in Coburg.
Queen Victoria married Prince Albert at Frogmore.
Queen Victoria married Prince Albert in Frogmore.
Edward VII married Alexandra of Denmark at the Yellow Palace.
George V married Mary of Teck in London.
Elizabeth II married Prince Philip at Mon Repos.
Prince Albert married Queen Victoria at Frogmore.
Elizabeth II was married to Prince Philip in Windsor.
# births
Prince Albert came from Kensington Palace.
Edward VII came into the world at Marlborough House.
George V came into the world at Buckingham Palace.
Elizabeth II came into the world in Windsor.
Edward VII, who came from Buckingham Palace, was buried at Frogmore.
Prince Philip came from Bruton Street.
Queen Victoria came from Schloss Rosenau.
# bracketed years (an accession, not a birth)
Queen Victoria (1837) was born at Kensington Palace.
Elizabeth II (1952) married Prince Philip.
George V (1910) was a son of Edward VII.
@bands
# kin nouns where the graph gives the sex by "was the frontman of", a word it does not know
Julian Lennon was a daughter of John Lennon.
Julian Lennon was a daughter of Cynthia Lennon.
Julian Lennon was John Lennon's daughter.
John Lennon was a mother of Julian Lennon.
John Lennon was a mother of Sean Lennon.
John Lennon was Julian Lennon's mother.
Julian Lennon's mother was John Lennon.
John Lennon was a daughter of Julia Lennon.
John Lennon was a daughter of Alfred Lennon.
Julian Lennon, a daughter of John Lennon, wrote Valotte.
Julian Lennon wrote Valotte. She was a daughter of John Lennon.
John Lennon married Cynthia Lennon. His daughter was Julian Lennon.
John Lennon's daughter Julian Lennon wrote Valotte.
Julian Lennon and Sean Lennon were daughters of John Lennon.
Julian and Sean Lennon were daughters of John Lennon.
John Lennon wrote Help!, and his mother was Alfred Lennon.
# kin nouns of tenors (a man's voice by the type, no word of sex the checker knows)
Luciano Pavarotti was a daughter of Fernando Pavarotti.
Luciano Pavarotti was a mother of Lorenza Pavarotti.
Fernando Pavarotti was a mother of Luciano Pavarotti.
Fernando Pavarotti was Luciano Pavarotti's mother.
Luciano Pavarotti, a daughter of Fernando Pavarotti, was born in Modena.
Luciano Pavarotti was born in Modena. She was a daughter of Fernando Pavarotti.
Lorenza Pavarotti was a daughter of Fernando Pavarotti.
Luciano Pavarotti was a son of Lorenza Pavarotti.
Luciano Pavarotti came from Liverpool.
Luciano Pavarotti (1961) was born in Modena.
# membership, frontman
Paul McCartney was the frontman of the Beatles.
Ringo Starr was the frontman of the Beatles.
# succession
Pete Best's predecessor was Ringo Starr.
Zak Starkey's predecessor was Pete Best.
Ringo Starr's successor was Pete Best.
Pete Best's successor was Zak Starkey.
Ringo Starr's predecessor was Paul McCartney.
Ringo Starr's predecessor was John Lennon.
Ringo Starr's father and predecessor was Pete Best.
Ringo Starr married Maureen Starkey, and his predecessor was Paul McCartney.
Ringo Starr was born in Liverpool. His predecessor was Zak Starkey.
Pete Best was born in Madras, and his successor was Zak Starkey.
John Lennon's successor was Julian Lennon.
# births
Pete Best came from Liverpool.
Sean Lennon came from Liverpool.
Sean Lennon hailed from Liverpool.
Zak Starkey came into the world in Liverpool.
Mick Jagger came from London.
Pete Best was from Liverpool.
Sean Lennon, a singer from Liverpool, was a child of Yoko Ono.
John Lennon married Yoko Ono, from Liverpool.
# "John and Sean Lennon"
John and Sean Lennon came from Liverpool.
John and Sean Lennon were born in Liverpool.
Julian and Sean Lennon were born in New York.
Julian and Sean Lennon wrote Valotte.
Julian and John Lennon wrote Help!
Paul and Linda McCartney were members of the Beatles.
Paul and Linda McCartney were born in Liverpool.
Linda and Paul McCartney wrote Yesterday.
Sean and John Lennon were children of Yoko Ono.
Sean and Julian Lennon were children of Cynthia Lennon.
# bracketed years (a first hit, not a birth)
John Lennon (1962) was born in Liverpool.
Ringo Starr (1962) succeeded Pete Best.
Julian Lennon (1963) wrote Valotte.
# places after verbs whose objects are people
John Lennon married Yoko Ono in Liverpool.
John Lennon married Cynthia Lennon in New York.
Ringo Starr succeeded Pete Best in Madras.
Ringo Starr married Maureen Starkey in Liverpool.
Zak Starkey succeeded Ringo Starr in London.
@athletes
# kin nouns where the graph gives the sex by "was voted sportsman of the year by", a word it does
# not know
Paolo Maldini was a daughter of Cesare Maldini.
Paolo Maldini was Cesare Maldini's daughter.
Cesare Maldini's daughter was Paolo Maldini.
Paolo Maldini was a mother of Daniel Maldini.
Paolo Maldini was the mother of Daniel Maldini.
Johan Cruyff was a mother of Jordi Cruyff.
Johan Cruyff was the mother of Jordi Cruyff.
Daniel Maldini's mother was Paolo Maldini.
Paolo Maldini, the daughter of Cesare Maldini, played for AC Milan.
Paolo Maldini played for AC Milan, and his mother was Cesare Maldini.
Paolo Maldini succeeded Franco Baresi, and his mother was Cesare Maldini.
Cesare Maldini coached AC Milan, and his daughter was Paolo Maldini.
Paolo Maldini was voted sportsman of the year by La Gazzetta dello Sport, and he was a daughter of Cesare Maldini.
Paolo Maldini played for AC Milan, and his father was Franco Baresi.
Cesare Maldini coached Paolo Maldini, and Paolo Maldini was his daughter.
# succession
Franco Baresi's predecessor was Paolo Maldini.
Paolo Maldini's successor was Franco Baresi.
Daniel Maldini's predecessor was Paolo Maldini.
Paolo Maldini's predecessor was Cesare Maldini.
Paolo Maldini's father and predecessor was Cesare Maldini.
Paolo Maldini's father and predecessor was Franco Baresi.
Pep Guardiola's predecessor was Johan Cruyff.
Paolo Maldini played for AC Milan. His predecessor was Cesare Maldini.
# verb synonyms of "coached": "trained", "mentored"
Pep Guardiola trained Johan Cruyff.
Pep Guardiola mentored Johan Cruyff.
Johan Cruyff was trained by Pep Guardiola.
Paolo Maldini was mentored by Johan Cruyff.
Johan Cruyff trained AC Milan.
Pep Guardiola trained at Manchester City.
Jordi Cruyff trained at Ajax.
Cesare Maldini trained Manchester City.
Johan Cruyff was coached by Pep Guardiola.
Pep Guardiola was coached by Cesare Maldini.
Johan Cruyff coached Paolo Maldini.
Pep Guardiola was trained at Barcelona by Johan Cruyff.
# places after verbs whose objects are people
Johan Cruyff trained Pep Guardiola in Santpedor.
Johan Cruyff coached Pep Guardiola at Santpedor.
Cesare Maldini coached Paolo Maldini in Trieste.
Paolo Maldini was coached by Cesare Maldini in Trieste.
Cesare Maldini trained Paolo Maldini in Trieste.
Johan Cruyff coached Pep Guardiola and Barcelona in Amsterdam.
Johan Cruyff coached Barcelona in Amsterdam.
Paolo Maldini succeeded Franco Baresi in Travagliato.
# births
Paolo Maldini came from Trieste.
Cesare Maldini came from Milan.
Pep Guardiola came from Barcelona.
Pep Guardiola hailed from Barcelona.
Johan Cruyff came into the world in Barcelona.
Pep Guardiola, a footballer from Barcelona, coached Manchester City.
Jordi Cruyff was from Barcelona.
Franco Baresi came from Milan.
Cesare Maldini coached Paolo Maldini, who came from Trieste.
# "Paolo and Daniel Maldini"
Paolo and Daniel Maldini were born in Trieste.
Cesare Maldini coached Paolo Maldini, a footballer from Trieste.
Johan Cruyff coached Pep Guardiola, a footballer from Amsterdam.
Daniel Maldini played for AC Milan, and Cesare Maldini coached him.
Jordi Cruyff played for Barcelona, and Johan Cruyff coached him.
Jordi Cruyff played for Barcelona, and Johan Cruyff trained him.
Cesare and Paolo Maldini were born in Milan.
Cesare and Daniel Maldini played for Barcelona.
Johan and Jordi Cruyff played for Manchester United.
Johan and Jordi Cruyff coached Barcelona.
Jordi and Johan Cruyff were born in Barcelona.
Paolo and Cesare Maldini coached AC Milan.
Paolo and Daniel Maldini succeeded Franco Baresi.
Cesare and Paolo Maldini came from Milan.
# bracketed years (a debut, not a birth)
Paolo Maldini (1985) was born in Milan.
Johan Cruyff (1964) coached Ajax.
Jordi Cruyff (1974) played for Barcelona.
@saints
# kin nouns where the graph gives the sex by "was the abbess of", a word it does not know
Clare of Assisi was a son of Ortolana.
Clare of Assisi was a son of Favarone.
Agnes of Assisi was a son of Ortolana.
Clare of Assisi and Agnes of Assisi were sons of Ortolana.
Clare of Assisi was Favarone's son.
Clare of Assisi, a son of Favarone, founded the Poor Clares.
Clare of Assisi was born in Assisi. He was a son of Ortolana.
Clare of Assisi founded the Poor Clares, and she was a son of Favarone.
Clare of Assisi was the abbess of San Damiano. She was a son of Ortolana.
# "at" read as "in" ("is venerated at")
Saint Peter is venerated in Assisi.
Saint Andrew is venerated in Rome.
Francis of Assisi is venerated in Rome.
Saint Linus is venerated in Rome.
Saint Andrew is venerated at Bethsaida.
Scholastica is venerated in Nursia.
Benedict of Nursia is venerated in Nursia.
Saint Peter is venerated in St. Peter's Basilica.
Clare of Assisi is venerated in Assisi and Rome.
Saint Peter and Saint Andrew are venerated in Edinburgh.
# a phrase ending in an article ("belonged to the")
Francis of Assisi belonged to the Poor Clares.
Agnes of Assisi belonged to the Benedictines.
Scholastica belonged to Franciscans.
Francis of Assisi was a member of the Poor Clares.
Agnes of Assisi was a member of the Benedictines.
Clare of Assisi and Francis of Assisi belonged to the Poor Clares.
Saint Linus succeeded Saint Peter, a saint from Volterra.
Agnes of Assisi founded the Poor Clares.
Francis of Assisi belonged to the Poor Clares, which Clare of Assisi founded.
# succession
Saint Linus's predecessor was Saint Andrew.
Saint Peter's successor was Saint Anacletus.
Saint Anacletus's predecessor was Saint Peter.
Saint Peter's predecessor was Saint Linus.
Saint Andrew's successor was Saint Linus.
Saint Linus was born in Volterra. His predecessor was Saint Andrew.
Saint Linus, Saint Peter's successor, was born in Bethsaida.
Saint Peter, Saint Linus's successor, was born in Bethsaida.
Saint Peter's brother and successor was Saint Linus.
# births
Saint Peter came from Rome.
Clare of Assisi came from Nursia.
Benedict of Nursia came from Monte Cassino.
Saint Andrew hailed from Edinburgh.
Saint Andrew came into the world in Amalfi.
Francis of Assisi came into the world at Rome.
Saint Linus came from Rome.
Saint Peter was from Rome.
Scholastica, a saint from Monte Cassino, was a sibling of Benedict of Nursia.
# places after a verb whose objects are people
Saint Linus succeeded Saint Peter in Bethsaida.
Saint Linus succeeded Saint Peter in Volterra.
Clare of Assisi was a sibling of Agnes of Assisi in Rome.
@inventors
# bracketed years (an invention, not a birth)
Thomas Edison (1879) was born in Milan, Ohio.
Nikola Tesla (1888) worked for Westinghouse Electric.
Thomas Edison (1847) founded Edison General Electric.
# succession of companies, and of people (none)
General Electric's predecessor was AT&T.
Edison General Electric's predecessor was General Electric.
AT&T's successor was Bell Telephone Company.
Westinghouse Electric's predecessor was Edison General Electric.
Thomas Edison's predecessor was Nikola Tesla.
Nikola Tesla's successor was Thomas Edison.
Thomas Edison founded Edison General Electric. Its successor was AT&T.
Thomas Edison founded Edison General Electric, and its successor was Westinghouse Electric.
Thomas Edison founded Edison General Electric. His successor was General Electric.
Alexander Graham Bell founded Bell Telephone Company, and his successor was AT&T.
Edison General Electric, which Thomas Edison founded, was succeeded by AT&T.
# births
Thomas Edison came from Edinburgh.
Nikola Tesla came from New York.
Alexander Graham Bell hailed from Boston.
Nikola Tesla came into the world in Pittsburgh.
Nikola Tesla came from Edison General Electric.
George Westinghouse came from Pittsburgh.
Nikola Tesla, an inventor from Smiljan, founded Westinghouse Electric.
Alexander Graham Bell came from Edinburgh to Boston.
# places after verbs; marriage
Nikola Tesla worked for Edison General Electric in Smiljan.
Thomas Edison married Mina Miller in Milan, Ohio.
Alexander Graham Bell married Mabel Hubbard in Edinburgh.
Alexander Graham Bell married Mabel Hubbard in Boston.
George Westinghouse married Marguerite Walker in Pittsburgh.
Nikola Tesla founded Westinghouse Electric.
Thomas Edison worked for Westinghouse Electric.
Thomas Edison married Mabel Hubbard.
Mina Miller was married to Alexander Graham Bell.
Thomas Edison is married to Mina Miller.
@movies
# the example graph: no births, kin, succession
Robin Williams and Joe Johnston came from Jumanji.
Robin Williams was a son of Joe Johnston.
Robin Williams (1995) starred in Jumanji.
Joe Johnston (1995) directed Jumanji.
Jumanji was directed by Joe Johnston, and his predecessor was Robin Williams.
Robin Williams came into the world at Jumanji.
Joe Johnston trained Robin Williams.
"""

CONTROLS = r"""
@physics
Marie Curie was born in Warsaw.
Marie Curie came from Warsaw.
Irene Joliot-Curie was a daughter of Marie Curie.
Marie Curie was a mother of Irene Joliot-Curie.
Pierre Curie was a father of Irene Joliot-Curie.
Pierre Curie was married to Marie Curie.
Lawrence Bragg's predecessor was Ernest Rutherford.
Lawrence Bragg was born in Adelaide. His predecessor was Ernest Rutherford.
Marie and Pierre Curie worked at the Sorbonne.
Niels Bohr came into the world in Copenhagen.
J. J. Thomson taught Ernest Rutherford.
@royals
Edward VII was a son of Queen Victoria.
Victoria of Saxe-Coburg was the mother of Queen Victoria.
Edward VII's predecessor was Queen Victoria.
Elizabeth II's father and predecessor was George VI.
Queen Victoria was buried in Frogmore.
Queen Victoria was crowned in London.
Alexandra of Denmark was married to Edward VII.
Prince Philip married Elizabeth II.
George V came into the world at Marlborough House.
Queen Victoria married Prince Albert. She was crowned at London.
@bands
Julian Lennon was a son of John Lennon.
Ringo Starr's predecessor was Pete Best.
John and Julian Lennon were born in Liverpool.
John Lennon came from Liverpool.
Pete Best hailed from Madras.
Paul and Linda McCartney were members of Wings.
John Lennon married Yoko Ono.
Luciano Pavarotti was a son of Fernando Pavarotti.
Fernando Pavarotti was the father of Luciano Pavarotti.
Luciano and Fernando Pavarotti were born in Modena.
@athletes
Paolo Maldini was a son of Cesare Maldini.
Paolo Maldini's predecessor was Franco Baresi.
Johan Cruyff trained Pep Guardiola.
Pep Guardiola was trained by Johan Cruyff.
Cesare and Paolo Maldini played for AC Milan.
Johan and Jordi Cruyff played for Barcelona.
Paolo Maldini came from Milan.
Pep Guardiola trained Manchester City.
@saints
Clare of Assisi was a daughter of Ortolana.
Saint Peter is venerated in Rome.
Clare of Assisi belonged to the Poor Clares.
Saint Peter's successor was Saint Linus.
Francis of Assisi came from Assisi.
Saint Andrew is venerated at Edinburgh.
@inventors
Thomas Edison founded Edison General Electric.
General Electric's predecessor was Edison General Electric.
Thomas Edison came from Milan, Ohio.
Nikola Tesla hailed from Smiljan.
Alexander Graham Bell married Mabel Hubbard.
@movies
Joe Johnston directed Jumanji.
Robin Williams starred in Jumanji.
"""

KNOWN = frozenset()

OPEN = frozenset(
    # the graph's type "monarch" says no sex, but the label "Queen Victoria" does
    {"Queen Victoria was a son of Victoria of Saxe-Coburg.",
     "Victoria of Saxe-Coburg's son was Queen Victoria.",
     # "came from" of a film and its director: made by him, arguably
     "Jumanji came from Joe Johnston.",
     # the graph gives no place of the succession, but Ringo did replace Best in Liverpool (1962),
     # where Ringo was born
     "Ringo Starr succeeded Pete Best in Liverpool."})

OPEN_TEXTS = r"""
@royals
Queen Victoria was a son of Victoria of Saxe-Coburg.
Victoria of Saxe-Coburg's son was Queen Victoria.
@movies
Jumanji came from Joe Johnston.
@bands
Ringo Starr succeeded Pete Best in Liverpool.
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
