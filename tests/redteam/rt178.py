"""Red team round 178, on six readings of this session's change (CHANGES.diff): (1) an apposition with
a possessive pronoun ("X, its producer, also produced Y", "X, one of its stars, also appears in Y",
"its" the item named before); (2) "the former / the latter / the first / the second" in object position
where the clause's own subject closes a pair ("Goldsmith scored Alien and Chinatown, and Scott directed
the former"); (3) "Between A and B, the former ..." read as "Of A and B, ..."; (4) "One of X's Ns is
Y", "One of its Ns is Y", "X has Y as one of its Ns", "X, with Y as one of its Ns, ..."; (5) "Y was X's
N" where Y is a reference ("the latter", "it", "she", "the ship", "he", "both") or a name before an
aside ("HMS Victory, launched in 1765, was Nelson's flagship"); (6) a gapped remnant whose object is of
the relation's range rather than of the first object's type ("A was first served at a hotel, and B at
a restaurant"), and the verbless "Lord's hosted X, the MCG Y" gap of the same kind.

Five graphs of my own (see each builder's docstring) and the shipped movie graph: albums (producers,
two for some albums, engineers, musicians an album "features", studios, labels, artists, the album
that "was followed by" another), clubs (football clubs "managed / captained by", the home ground a club
"plays at", the grounds it "formerly played at" (a relation of the past: "was the ground of"), owners,
two for some clubs, leagues, players), operas (composers, librettists, two for some operas, the opera
house or theatre of the premiere: two types in one range, the premiere's conductor, the setting),
dishes (the hotel or restaurant a dish "was first served at": two types in one range, creators,
namesakes, ingredients, where the chefs "worked at"), ships (the admiral whose flagship a warship "was",
a tail noun; the dockyard or shipyard it "was built at": two types in one range; battles it "fought in"
and, through the diff, "fought at / took part in / saw action at"; captains); movies
(KnowledgeGraph.example()).

Findings (10 of 904 false texts accepted; the starting code, CHANGES.diff reversed, accepts none of
them, but 10 neighbours, the KNOWN ones; 15 arguable texts are OPEN):

* (4) the noun of a relation of the past, said in the present: "formerly played at" (inverse "was the
  ground of") gives the noun "ground" ("ground" is not in index._STATE_NOUNS, so the past phrase's noun
  is registered), and (4) rewrites the copula of "One of X's Ns is Y" to "include" (no tense left) and
  reads "has Y as one of its Ns" and "with Y as one of its Ns" with no tense check either, so grounds a
  club left are said to be its grounds now (10): "One of Everton's grounds is Anfield", "One of
  Arsenal's grounds is Highbury", "One of Manchester United's grounds is Bank Street", "Everton was
  founded in 1878; one of its grounds is Anfield", "Manchester United plays in the Premier League; one
  of its grounds is Bank Street", "Everton has Anfield as one of its grounds", "Arsenal has Highbury as
  one of its grounds", "Manchester United has Bank Street as one of its grounds", "Everton, with Anfield
  as one of its grounds, plays in the Premier League", "Manchester United, with Bank Street as one of
  its grounds, plays in the Premier League". The checker itself rejects "Manchester United plays at Bank
  Street" and "Manchester United played at Bank Street"; the past "One of Everton's grounds was Anfield"
  is a control. The starting code reads the noun so in its own constructions (KNOWN: "Bank Street is
  Manchester United's ground", "Manchester United's ground is Bank Street", "Bank Street is one of
  Manchester United's grounds", "Manchester United has Bank Street as its ground", "Manchester United's
  grounds include Bank Street", "Everton was founded in 1878; among its grounds is Anfield"); grounds a
  club never had ("One of Everton's grounds is Highbury", "Arsenal had Priory Road as one of its
  grounds") are rejected.

Held: (1) the wrong person, the wrong role noun ("Brian Eno, one of its producers" of a musician;
"its engineer", "its band", "its studio", "its namesake", "its creator", "its setting", "its league",
"its theatre", "its distributor"), a role noun of another relation's range (RCA, Hansa Studios as "its
producer"), a false second clause ("also produced Nevermind"), negations ("did not produce", "never
produced"), lists after the apposition, relative clauses on its object, a false context (the year, the
studio), "its" with two items before (both must hold), "its" after a user's item and after a suggestion
("so try In Utero: Butch Vig, its producer"), "their", the singular of one of several (OPEN), a plural
without "one of", "the latter, its engineer,". (2) the wrong member of the pair, "the first / the
second", pairs of items, of people, of clubs, the subject an item closing a pair of people ("Brian Eno
and Robert Fripp play on Heroes, and Low features the latter"), a user's pair. (3) the wrong member,
"first / second", a false year, relation, aside, relative clause, possessive ("the latter's producer"),
"with Y as one of its Ns", a gapped second clause, a pair of people, of a person and an item, of two
types after an earlier item ("Heroes came out in 1977. Between Steve Albini and Nevermind, the former
..."), after ";", "In between". (4) the wrong N, owner or role, singular "producer", "their", lists
("is Butch Vig and Steve Albini"), relative clauses, negations, modals, "another", "as does", "and so
does", "like", "which has", "with" after a clause or an object, a person's Ns, two items before "its"
(every one must hold). (5) a false aside (year, builder, battle,
captain, "like", "as well as", "not", "rather than", "then", "too", "however", a user's relative),
a present copula of the past flagship, "it", "she", "the ship / vessel / warship / that ship" after two
ships, "both", "they", "the latter ... the former Togo's", negations, modals, "once", another
admiral's, a captain's, a dockyard's, "at the Battle of ..." after the noun, a person subject ("he was Surfer Rosa's producer"), a forward noun after an aside ("Steve Albini, In
Utero's producer, was Nevermind's producer"). (6) a remnant of the wrong place, of another relation's
range (a battle, an admiral, a chef, a label), of a person subject, "by" after "at", lists of remnants
with one wrong, years, "but", "while", a relative or a participle on the main clause's object
("Giacomo Puccini composed Tosca, which is set in Rome, and Carmen in Seville": Carmen stays the object
of "composed"), the verbless gap with a place of the wrong kind or the wrong place.

Rejected controls (6 of 104, all true): "Between Liverpool and Everton, the first plays at Anfield." and
"Between Butch Vig and Steve Albini, the second produced In Utero." ("first / second" before a verb read
as an adverb: unknown_words), "Heroes came out in 1977. Tony Visconti and David Bowie, its producers,
also produced Low." (a plural apposition without "one of" is not read), "Mikasa and HMS Lion fought at
the Battle of Tsushima and the Battle of Jutland; the former was Togo's flagship." (the respective
battles are not read), "Tosca, composed by Giacomo Puccini, was first performed at Teatro Costanzi, and
Carmen at the Opera-Comique." and "Peach Melba, created by Auguste Escoffier, was first served at the
Savoy Hotel, and Caesar salad at Caesar's." (an aside between the subject and the verb: the remnant's
subject is not of the kind of the name right before the verb, unattached_mention).
"""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=(), aliases=None):
    aliases = aliases or {}
    ents = [E(k, kind="item", type=t, label=n, aliases=aliases.get(k, ()),
              attrs={"year": y} if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n, aliases=aliases.get(k, ())) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    """Triples of one relation from (head, tail) pairs."""
    return [(h, rel, t) for h, t in pairs]


def albums():
    """Record albums (items: the year each came out). An album "was produced by" a producer (some
    have two: Heroes and Low by Tony Visconti and David Bowie), "was engineered by" an engineer,
    "features" a musician (who "plays on" it: Brian Eno plays on Heroes and Low, and produced
    neither; Quincy Jones produced Thriller and Off the Wall), "was recorded at" a studio, "was
    released by" a record label, "was followed by" the artist's next album (Low by Heroes, Nevermind by
    In Utero, OK Computer by Kid A, Rubber Soul by Revolver, Off the Wall by Thriller), "is by" an artist (a band or a singer: Bowie, an artist and a
    producer, is the same entity). Cleo rated Heroes 5, Nevermind 4.5 and In Utero 2."""
    rels = [
        R("produced_by", phrase="was produced by", inverse_phrase="produced", domain=("album",),
          range=("person",)),
        R("engineered_by", phrase="was engineered by", inverse_phrase="engineered", domain=("album",),
          range=("person",)),
        R("features", phrase="features", inverse_phrase="plays on", domain=("album",), range=("person",)),
        R("recorded_at", phrase="was recorded at", inverse_phrase="is where was recorded", domain=("album",),
          range=("studio",)),
        R("released_by", phrase="was released by", inverse_phrase="released", domain=("album",),
          range=("record_label",)),
        R("followed", phrase="was followed by", inverse_phrase="followed", domain=("album",), range=("album",)),
        R("by_artist", phrase="is by", inverse_phrase="recorded", domain=("album",), range=("person", "band")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "a:heroes": ("album", "Heroes", 1977), "a:low": ("album", "Low", 1977),
        "a:thriller": ("album", "Thriller", 1982), "a:offthewall": ("album", "Off the Wall", 1979),
        "a:nevermind": ("album", "Nevermind", 1991), "a:inutero": ("album", "In Utero", 1993),
        "a:okc": ("album", "OK Computer", 1997), "a:kida": ("album", "Kid A", 2000),
        "a:revolver": ("album", "Revolver", 1966), "a:rubbersoul": ("album", "Rubber Soul", 1965),
        "a:surfer": ("album", "Surfer Rosa", 1988),
    }
    others = {
        "p:visconti": ("person", "Tony Visconti"), "p:bowie": ("person", "David Bowie"),
        "p:eno": ("person", "Brian Eno"), "p:fripp": ("person", "Robert Fripp"),
        "p:quincy": ("person", "Quincy Jones"), "p:swedien": ("person", "Bruce Swedien"),
        "p:vanhalen": ("person", "Eddie Van Halen"), "p:mccartney": ("person", "Paul McCartney"),
        "p:vig": ("person", "Butch Vig"), "p:albini": ("person", "Steve Albini"),
        "p:godrich": ("person", "Nigel Godrich"), "p:martin": ("person", "George Martin"),
        "p:emerick": ("person", "Geoff Emerick"), "p:norman": ("person", "Norman Smith"),
        "p:greenwood": ("person", "Jonny Greenwood"), "p:grohl": ("person", "Dave Grohl"),
        "p:jackson": ("person", "Michael Jackson"), "p:shankar": ("person", "Ravi Shankar"),
        "b:nirvana": ("band", "Nirvana"), "b:radiohead": ("band", "Radiohead"), "b:beatles": ("band", "The Beatles"),
        "b:pixies": ("band", "Pixies"),
        "s:hansa": ("studio", "Hansa Studios"), "s:herouville": ("studio", "Chateau d'Herouville"),
        "s:westlake": ("studio", "Westlake Studio"), "s:allenzentz": ("studio", "Allen Zentz Recording"),
        "s:soundcity": ("studio", "Sound City"), "s:pachyderm": ("studio", "Pachyderm Studio"),
        "s:stcath": ("studio", "St Catherine's Court"), "s:abbey": ("studio", "Abbey Road Studios"),
        "s:qdivision": ("studio", "Q Division"),
        "l:rca": ("record_label", "RCA"), "l:epic": ("record_label", "Epic"), "l:dgc": ("record_label", "DGC"),
        "l:parlophone": ("record_label", "Parlophone"), "l:4ad": ("record_label", "4AD"),
    }
    T_ = _t("produced_by", [("a:heroes", "p:visconti"), ("a:heroes", "p:bowie"), ("a:low", "p:visconti"),
                            ("a:low", "p:bowie"), ("a:thriller", "p:quincy"), ("a:thriller", "p:jackson"),
                            ("a:offthewall", "p:quincy"), ("a:nevermind", "p:vig"), ("a:inutero", "p:albini"),
                            ("a:okc", "p:godrich"), ("a:kida", "p:godrich"), ("a:revolver", "p:martin"),
                            ("a:rubbersoul", "p:martin"), ("a:surfer", "p:albini")])
    T_ += _t("engineered_by", [("a:heroes", "p:visconti"), ("a:thriller", "p:swedien"), ("a:offthewall", "p:swedien"),
                               ("a:revolver", "p:emerick"), ("a:rubbersoul", "p:norman"), ("a:okc", "p:godrich"),
                               ("a:inutero", "p:albini"), ("a:surfer", "p:albini")])
    T_ += _t("features", [("a:heroes", "p:eno"), ("a:heroes", "p:fripp"), ("a:low", "p:eno"),
                          ("a:thriller", "p:vanhalen"), ("a:thriller", "p:mccartney"), ("a:nevermind", "p:grohl"),
                          ("a:inutero", "p:grohl"), ("a:okc", "p:greenwood"), ("a:kida", "p:greenwood")])
    T_ += _t("recorded_at", [("a:heroes", "s:hansa"), ("a:low", "s:herouville"), ("a:low", "s:hansa"),
                             ("a:thriller", "s:westlake"), ("a:offthewall", "s:allenzentz"),
                             ("a:nevermind", "s:soundcity"), ("a:inutero", "s:pachyderm"), ("a:okc", "s:stcath"),
                             ("a:revolver", "s:abbey"), ("a:rubbersoul", "s:abbey"), ("a:surfer", "s:qdivision")])
    T_ += _t("released_by", [("a:heroes", "l:rca"), ("a:low", "l:rca"), ("a:thriller", "l:epic"),
                             ("a:offthewall", "l:epic"), ("a:nevermind", "l:dgc"), ("a:inutero", "l:dgc"),
                             ("a:okc", "l:parlophone"), ("a:kida", "l:parlophone"), ("a:revolver", "l:parlophone"),
                             ("a:rubbersoul", "l:parlophone"), ("a:surfer", "l:4ad")])
    T_ += _t("followed", [("a:low", "a:heroes"), ("a:nevermind", "a:inutero"), ("a:okc", "a:kida"),
                          ("a:rubbersoul", "a:revolver"), ("a:offthewall", "a:thriller")])
    T_ += _t("by_artist", [("a:heroes", "p:bowie"), ("a:low", "p:bowie"), ("a:thriller", "p:jackson"),
                           ("a:offthewall", "p:jackson"), ("a:nevermind", "b:nirvana"), ("a:inutero", "b:nirvana"),
                           ("a:okc", "b:radiohead"), ("a:kida", "b:radiohead"), ("a:revolver", "b:beatles"),
                           ("a:rubbersoul", "b:beatles"), ("a:surfer", "b:pixies")])
    T_ += [("user:cleo", "rated", "a:heroes", {"rating": 5.0}), ("user:cleo", "rated", "a:nevermind", {"rating": 4.5}),
           ("user:cleo", "rated", "a:inutero", {"rating": 2.0})]
    return _build(items, others, rels, T_, users=[("user:cleo", "Cleo")])


def clubs():
    """Football clubs (items: the year each was founded). A club "was managed by" managers (several
    each, in the past: Kenny Dalglish managed Liverpool and Celtic), "was captained by" captains,
    "plays at" a stadium (its home ground: "is the home ground of"), "formerly played at"
    a stadium ("was the ground of": Everton played at Anfield before Liverpool did; Arsenal at
    Highbury and the Manor Ground), "is owned by" owners (a
    firm or a person; Manchester United and Leeds United have two each), "plays in" a league; a player "played for" a club (Dalglish played for
    Celtic and Liverpool; Kevin Keegan for Liverpool only). Dan rated Liverpool 5, Celtic 4.5 and
    Everton 1."""
    rels = [
        R("managed_by", phrase="was managed by", inverse_phrase="managed", domain=("football_club",),
          range=("person",)),
        R("captained_by", phrase="was captained by", inverse_phrase="captained", domain=("football_club",),
          range=("person",)),
        R("ground", phrase="plays at", inverse_phrase="is the home ground of", domain=("football_club",),
          range=("stadium",)),
        R("old_ground", phrase="formerly played at", inverse_phrase="was the ground of", domain=("football_club",),
          range=("stadium",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("football_club",),
          range=("company", "person")),
        R("league", phrase="plays in", inverse_phrase="includes", domain=("football_club",), range=("league",)),
        R("played_for", phrase="played for", inverse_phrase="had the player", domain=("person",),
          range=("football_club",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "c:liverpool": ("football_club", "Liverpool", 1892), "c:everton": ("football_club", "Everton", 1878),
        "c:manutd": ("football_club", "Manchester United", 1878), "c:arsenal": ("football_club", "Arsenal", 1886),
        "c:celtic": ("football_club", "Celtic", 1887), "c:leeds": ("football_club", "Leeds United", 1919),
        "c:aberdeen": ("football_club", "Aberdeen", 1903),
    }
    others = {
        "p:shankly": ("person", "Bill Shankly"), "p:paisley": ("person", "Bob Paisley"),
        "p:klopp": ("person", "Jurgen Klopp"), "p:dalglish": ("person", "Kenny Dalglish"),
        "p:kendall": ("person", "Howard Kendall"), "p:moyes": ("person", "David Moyes"),
        "p:busby": ("person", "Matt Busby"), "p:ferguson": ("person", "Alex Ferguson"),
        "p:chapman": ("person", "Herbert Chapman"), "p:wenger": ("person", "Arsene Wenger"),
        "p:stein": ("person", "Jock Stein"), "p:oneill": ("person", "Martin O'Neill"),
        "p:revie": ("person", "Don Revie"), "p:gerrard": ("person", "Steven Gerrard"),
        "p:hughes": ("person", "Emlyn Hughes"), "p:keane": ("person", "Roy Keane"),
        "p:robson": ("person", "Bryan Robson"), "p:adams": ("person", "Tony Adams"),
        "p:vieira": ("person", "Patrick Vieira"), "p:mcneill": ("person", "Billy McNeill"),
        "p:bremner": ("person", "Billy Bremner"), "p:ratcliffe": ("person", "Kevin Ratcliffe"),
        "p:keegan": ("person", "Kevin Keegan"), "p:cantona": ("person", "Eric Cantona"),
        "p:henry": ("person", "Thierry Henry"), "p:glazer": ("person", "Malcolm Glazer"),
        "p:desmond": ("person", "Dermot Desmond"), "p:moshiri": ("person", "Farhad Moshiri"),
        "s:anfield": ("stadium", "Anfield"), "s:goodison": ("stadium", "Goodison Park"),
        "s:oldtrafford": ("stadium", "Old Trafford"), "s:emirates": ("stadium", "Emirates Stadium"),
        "s:celticpark": ("stadium", "Celtic Park"), "s:ellandroad": ("stadium", "Elland Road"),
        "s:pittodrie": ("stadium", "Pittodrie"), "s:highbury": ("stadium", "Highbury"),
        "s:manor": ("stadium", "Manor Ground"), "s:priory": ("stadium", "Priory Road"),
        "s:bankstreet": ("stadium", "Bank Street"),
        "f:fsg": ("company", "Fenway Sports Group"), "f:kse": ("company", "Kroenke Sports"),
        "f:49ers": ("company", "49ers Enterprises"), "f:ineos": ("company", "INEOS"),
        "p:radrizzani": ("person", "Andrea Radrizzani"),
        "g:pl": ("league", "Premier League"), "g:spl": ("league", "Scottish Premiership"),
        "g:champ": ("league", "EFL Championship"),
    }
    T_ = _t("managed_by", [("c:liverpool", "p:shankly"), ("c:liverpool", "p:paisley"), ("c:liverpool", "p:klopp"),
                           ("c:liverpool", "p:dalglish"), ("c:everton", "p:kendall"), ("c:everton", "p:moyes"),
                           ("c:manutd", "p:busby"), ("c:manutd", "p:ferguson"), ("c:manutd", "p:moyes"),
                           ("c:arsenal", "p:chapman"), ("c:arsenal", "p:wenger"), ("c:celtic", "p:stein"),
                           ("c:celtic", "p:oneill"), ("c:celtic", "p:dalglish"), ("c:leeds", "p:revie"),
                           ("c:aberdeen", "p:ferguson")])
    T_ += _t("captained_by", [("c:liverpool", "p:gerrard"), ("c:liverpool", "p:hughes"), ("c:manutd", "p:keane"),
                              ("c:manutd", "p:robson"), ("c:arsenal", "p:adams"), ("c:arsenal", "p:vieira"),
                              ("c:celtic", "p:mcneill"), ("c:leeds", "p:bremner"), ("c:everton", "p:ratcliffe")])
    T_ += _t("ground", [("c:liverpool", "s:anfield"), ("c:everton", "s:goodison"), ("c:manutd", "s:oldtrafford"),
                        ("c:arsenal", "s:emirates"), ("c:celtic", "s:celticpark"), ("c:leeds", "s:ellandroad"),
                        ("c:aberdeen", "s:pittodrie")])
    T_ += _t("old_ground", [("c:arsenal", "s:highbury"), ("c:arsenal", "s:manor"), ("c:everton", "s:anfield"),
                            ("c:everton", "s:priory"), ("c:manutd", "s:bankstreet")])
    T_ += _t("owned_by", [("c:liverpool", "f:fsg"), ("c:arsenal", "f:kse"), ("c:manutd", "p:glazer"),
                          ("c:manutd", "f:ineos"), ("c:celtic", "p:desmond"), ("c:everton", "p:moshiri"),
                          ("c:leeds", "f:49ers"), ("c:leeds", "p:radrizzani")])
    T_ += _t("league", [("c:liverpool", "g:pl"), ("c:everton", "g:pl"), ("c:manutd", "g:pl"), ("c:arsenal", "g:pl"),
                        ("c:celtic", "g:spl"), ("c:aberdeen", "g:spl"), ("c:leeds", "g:champ")])
    T_ += _t("played_for", [("p:dalglish", "c:celtic"), ("p:dalglish", "c:liverpool"), ("p:keegan", "c:liverpool"),
                            ("p:gerrard", "c:liverpool"), ("p:hughes", "c:liverpool"), ("p:keane", "c:manutd"),
                            ("p:keane", "c:celtic"), ("p:robson", "c:manutd"), ("p:cantona", "c:manutd"),
                            ("p:cantona", "c:leeds"), ("p:adams", "c:arsenal"), ("p:vieira", "c:arsenal"),
                            ("p:henry", "c:arsenal"), ("p:mcneill", "c:celtic"), ("p:bremner", "c:leeds"),
                            ("p:ratcliffe", "c:everton")])
    T_ += [("user:dan", "rated", "c:liverpool", {"rating": 5.0}), ("user:dan", "rated", "c:celtic", {"rating": 4.5}),
           ("user:dan", "rated", "c:everton", {"rating": 1.0})]
    return _build(items, others, rels, T_, users=[("user:dan", "Dan")])


def operas():
    """Operas (items: the year of each premiere). An opera "was composed by" a composer, "has a
    libretto by" a librettist (several have two), "was first performed at" an opera house or a
    theatre (two types in the relation's range: La Scala is an opera house, the Estates Theatre a
    theatre), "was conducted by" the conductor of its premiere (Arturo Toscanini: La boheme,
    Pagliacci, Turandot), "is set in" a city. Eve rated Tosca 5, Carmen 4.5 and Aida 1.5."""
    rels = [
        R("composed_by", phrase="was composed by", inverse_phrase="composed", domain=("opera",), range=("composer",)),
        R("libretto_by", phrase="has a libretto by", inverse_phrase="wrote the libretto of", domain=("opera",),
          range=("librettist",)),
        R("premiered_at", phrase="was first performed at", inverse_phrase="staged the premiere of",
          domain=("opera",), range=("opera_house", "theatre")),
        R("conducted_by", phrase="was conducted by", inverse_phrase="conducted", domain=("opera",),
          range=("conductor",)),
        R("set_in", phrase="is set in", inverse_phrase="is the setting of", domain=("opera",), range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "o:carmen": ("opera", "Carmen", 1875), "o:traviata": ("opera", "La traviata", 1853),
        "o:rigoletto": ("opera", "Rigoletto", 1851), "o:aida": ("opera", "Aida", 1871),
        "o:otello": ("opera", "Otello", 1887), "o:tosca": ("opera", "Tosca", 1900),
        "o:boheme": ("opera", "La boheme", 1896), "o:butterfly": ("opera", "Madama Butterfly", 1904),
        "o:turandot": ("opera", "Turandot", 1926), "o:pagliacci": ("opera", "Pagliacci", 1892),
        "o:flute": ("opera", "The Magic Flute", 1791), "o:giovanni": ("opera", "Don Giovanni", 1787),
    }
    others = {
        "c:bizet": ("composer", "Georges Bizet"), "c:verdi": ("composer", "Giuseppe Verdi"),
        "c:puccini": ("composer", "Giacomo Puccini"), "c:leoncavallo": ("composer", "Ruggero Leoncavallo"),
        "c:mozart": ("composer", "Wolfgang Amadeus Mozart"),
        "w:meilhac": ("librettist", "Henri Meilhac"), "w:halevy": ("librettist", "Ludovic Halevy"),
        "w:piave": ("librettist", "Francesco Maria Piave"), "w:ghislanzoni": ("librettist", "Antonio Ghislanzoni"),
        "w:boito": ("librettist", "Arrigo Boito"), "w:illica": ("librettist", "Luigi Illica"),
        "w:giacosa": ("librettist", "Giuseppe Giacosa"), "w:adami": ("librettist", "Giuseppe Adami"),
        "w:schikaneder": ("librettist", "Emanuel Schikaneder"), "w:daponte": ("librettist", "Lorenzo Da Ponte"),
        "w:leoncavallo": ("librettist", "Leoncavallo"),
        "h:scala": ("opera_house", "La Scala"), "h:fenice": ("opera_house", "La Fenice"),
        "h:costanzi": ("opera_house", "Teatro Costanzi"), "h:regio": ("opera_house", "Teatro Regio"),
        "h:khedivial": ("opera_house", "Khedivial Opera House"),
        "t:comique": ("theatre", "Opera-Comique"), "t:wieden": ("theatre", "Theater auf der Wieden"),
        "t:estates": ("theatre", "Estates Theatre"), "t:dalverme": ("theatre", "Teatro Dal Verme"),
        "k:toscanini": ("conductor", "Arturo Toscanini"), "k:faccio": ("conductor", "Franco Faccio"),
        "k:mugnone": ("conductor", "Leopoldo Mugnone"), "k:campanini": ("conductor", "Cleofonte Campanini"),
        "k:bottesini": ("conductor", "Giovanni Bottesini"),
        "x:seville": ("city", "Seville"), "x:paris": ("city", "Paris"), "x:mantua": ("city", "Mantua"),
        "x:memphis": ("city", "Memphis"), "x:cyprus": ("city", "Famagusta"), "x:rome": ("city", "Rome"),
        "x:nagasaki": ("city", "Nagasaki"), "x:peking": ("city", "Peking"), "x:seville2": ("city", "Calabria"),
    }
    T_ = _t("composed_by", [("o:carmen", "c:bizet"), ("o:traviata", "c:verdi"), ("o:rigoletto", "c:verdi"),
                            ("o:aida", "c:verdi"), ("o:otello", "c:verdi"), ("o:tosca", "c:puccini"),
                            ("o:boheme", "c:puccini"), ("o:butterfly", "c:puccini"), ("o:turandot", "c:puccini"),
                            ("o:pagliacci", "c:leoncavallo"), ("o:flute", "c:mozart"), ("o:giovanni", "c:mozart")])
    T_ += _t("libretto_by", [("o:carmen", "w:meilhac"), ("o:carmen", "w:halevy"), ("o:traviata", "w:piave"),
                             ("o:rigoletto", "w:piave"), ("o:aida", "w:ghislanzoni"), ("o:otello", "w:boito"),
                             ("o:tosca", "w:illica"), ("o:tosca", "w:giacosa"), ("o:boheme", "w:illica"),
                             ("o:boheme", "w:giacosa"), ("o:butterfly", "w:illica"), ("o:butterfly", "w:giacosa"),
                             ("o:turandot", "w:adami"), ("o:pagliacci", "w:leoncavallo"),
                             ("o:flute", "w:schikaneder"), ("o:giovanni", "w:daponte")])
    T_ += _t("premiered_at", [("o:carmen", "t:comique"), ("o:traviata", "h:fenice"), ("o:rigoletto", "h:fenice"),
                              ("o:aida", "h:khedivial"), ("o:otello", "h:scala"), ("o:tosca", "h:costanzi"),
                              ("o:boheme", "h:regio"), ("o:butterfly", "h:scala"), ("o:turandot", "h:scala"),
                              ("o:pagliacci", "t:dalverme"), ("o:flute", "t:wieden"), ("o:giovanni", "t:estates")])
    T_ += _t("conducted_by", [("o:boheme", "k:toscanini"), ("o:pagliacci", "k:toscanini"),
                              ("o:turandot", "k:toscanini"), ("o:otello", "k:faccio"), ("o:tosca", "k:mugnone"),
                              ("o:butterfly", "k:campanini"), ("o:aida", "k:bottesini")])
    T_ += _t("set_in", [("o:carmen", "x:seville"), ("o:traviata", "x:paris"), ("o:rigoletto", "x:mantua"),
                        ("o:aida", "x:memphis"), ("o:otello", "x:cyprus"), ("o:tosca", "x:rome"),
                        ("o:boheme", "x:paris"), ("o:butterfly", "x:nagasaki"), ("o:turandot", "x:peking"),
                        ("o:pagliacci", "x:seville2")])
    T_ += [("user:eve", "rated", "o:tosca", {"rating": 5.0}), ("user:eve", "rated", "o:carmen", {"rating": 4.5}),
           ("user:eve", "rated", "o:aida", {"rating": 1.5})]
    return _build(items, others, rels, T_, users=[("user:eve", "Eve")])


def dishes():
    """Dishes (items: the year each was first served). A dish "was first served at" a restaurant
    or a hotel (two types in the relation's range), "was created by" a chef, "is named after" a
    person (Peach Melba and Melba toast after Nellie Melba), "contains" ingredients; a chef
    "worked at" restaurants and hotels (Escoffier at the Savoy and the Ritz Paris). Finn rated
    Peach Melba 5, Caesar salad 4 and Baked Alaska 2."""
    rels = [
        R("first_served", phrase="was first served at", inverse_phrase="first served", domain=("dish",),
          range=("restaurant", "hotel")),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("dish",), range=("chef",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("dish",),
          range=("person",)),
        R("contains", phrase="contains", inverse_phrase="is an ingredient of", domain=("dish",),
          range=("ingredient",)),
        R("worked_at", phrase="worked at", inverse_phrase="employed", domain=("chef",),
          range=("restaurant", "hotel")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "d:melba": ("dish", "Peach Melba", 1892), "d:toast": ("dish", "Melba toast", 1897),
        "d:benedict": ("dish", "Eggs Benedict", 1894), "d:waldorf": ("dish", "Waldorf salad", 1896),
        "d:newberg": ("dish", "Lobster Newberg", 1876), "d:alaska": ("dish", "Baked Alaska", 1867),
        "d:caesar": ("dish", "Caesar salad", 1924), "d:suzette": ("dish", "Crepes Suzette", 1895),
        "d:rossini": ("dish", "Tournedos Rossini", 1855),
    }
    others = {
        "r:delmonicos": ("restaurant", "Delmonico's"), "r:caesars": ("restaurant", "Caesar's"),
        "r:cafedeparis": ("restaurant", "Cafe de Paris"), "r:anglais": ("restaurant", "Cafe Anglais"),
        "h:savoy": ("hotel", "Savoy Hotel"), "h:waldorf": ("hotel", "Waldorf Hotel"),
        "h:ritz": ("hotel", "Ritz Paris"),
        "k:escoffier": ("chef", "Auguste Escoffier"), "k:ranhofer": ("chef", "Charles Ranhofer"),
        "k:tschirky": ("chef", "Oscar Tschirky"), "k:cardini": ("chef", "Caesar Cardini"),
        "k:charpentier": ("chef", "Henri Charpentier"), "k:careme": ("chef", "Marie-Antoine Careme"),
        "k:dugléré": ("chef", "Adolphe Dugléré"),
        "n:nellie": ("person", "Nellie Melba"), "n:rossini": ("person", "Gioachino Rossini"),
        "n:benedict": ("person", "Lemuel Benedict"), "n:wenberg": ("person", "Ben Wenberg"),
        "n:suzette": ("person", "Suzanne Reichenberg"),
        "i:peach": ("ingredient", "peach"), "i:raspberry": ("ingredient", "raspberry"),
        "i:icecream": ("ingredient", "ice cream"), "i:meringue": ("ingredient", "meringue"),
        "i:sponge": ("ingredient", "sponge cake"), "i:lettuce": ("ingredient", "romaine lettuce"),
        "i:crouton": ("ingredient", "croutons"), "i:parmesan": ("ingredient", "parmesan"),
        "i:apple": ("ingredient", "apple"), "i:celery": ("ingredient", "celery"), "i:walnut": ("ingredient", "walnuts"),
        "i:egg": ("ingredient", "egg"), "i:ham": ("ingredient", "ham"), "i:hollandaise": ("ingredient", "hollandaise"),
        "i:lobster": ("ingredient", "lobster"), "i:cream": ("ingredient", "cream"), "i:butter": ("ingredient", "butter"),
        "i:orange": ("ingredient", "orange"), "i:beef": ("ingredient", "beef"), "i:foiegras": ("ingredient", "foie gras"),
        "i:truffle": ("ingredient", "truffle"), "i:bread": ("ingredient", "bread"),
    }
    T_ = _t("first_served", [("d:melba", "h:savoy"), ("d:toast", "h:savoy"), ("d:benedict", "h:waldorf"),
                             ("d:waldorf", "h:waldorf"), ("d:newberg", "r:delmonicos"), ("d:alaska", "r:delmonicos"),
                             ("d:caesar", "r:caesars"), ("d:suzette", "r:cafedeparis"), ("d:rossini", "r:anglais")])
    T_ += _t("created_by", [("d:melba", "k:escoffier"), ("d:toast", "k:escoffier"), ("d:benedict", "k:tschirky"),
                            ("d:waldorf", "k:tschirky"), ("d:newberg", "k:ranhofer"), ("d:alaska", "k:ranhofer"),
                            ("d:caesar", "k:cardini"), ("d:suzette", "k:charpentier"), ("d:rossini", "k:careme")])
    T_ += _t("named_after", [("d:melba", "n:nellie"), ("d:toast", "n:nellie"), ("d:rossini", "n:rossini"),
                             ("d:benedict", "n:benedict"), ("d:newberg", "n:wenberg"), ("d:suzette", "n:suzette")])
    T_ += _t("contains", [("d:melba", "i:peach"), ("d:melba", "i:raspberry"), ("d:melba", "i:icecream"),
                          ("d:toast", "i:bread"), ("d:benedict", "i:egg"), ("d:benedict", "i:ham"),
                          ("d:benedict", "i:hollandaise"), ("d:waldorf", "i:apple"), ("d:waldorf", "i:celery"),
                          ("d:waldorf", "i:walnut"), ("d:newberg", "i:lobster"), ("d:newberg", "i:cream"),
                          ("d:newberg", "i:butter"), ("d:alaska", "i:icecream"), ("d:alaska", "i:meringue"),
                          ("d:alaska", "i:sponge"), ("d:caesar", "i:lettuce"), ("d:caesar", "i:crouton"),
                          ("d:caesar", "i:parmesan"), ("d:suzette", "i:orange"), ("d:suzette", "i:butter"),
                          ("d:rossini", "i:beef"), ("d:rossini", "i:foiegras"), ("d:rossini", "i:truffle")])
    T_ += _t("worked_at", [("k:escoffier", "h:savoy"), ("k:escoffier", "h:ritz"), ("k:ranhofer", "r:delmonicos"),
                           ("k:tschirky", "h:waldorf"), ("k:cardini", "r:caesars"), ("k:charpentier", "r:cafedeparis"),
                           ("k:dugléré", "r:anglais")])
    T_ += [("user:finn", "rated", "d:melba", {"rating": 5.0}), ("user:finn", "rated", "d:caesar", {"rating": 4.0}),
           ("user:finn", "rated", "d:alaska", {"rating": 2.0})]
    return _build(items, others, rels, T_, users=[("user:finn", "Finn")])


def ships():
    """Warships (items: the year each was launched). A ship "was the flagship of" an admiral
    (Nelson's was HMS Victory, Collingwood's HMS Royal Sovereign; HMS Vanguard, Nelson's ship at the Nile, is
    no flagship in the graph), "was built
    at" a dockyard or a shipyard, "fought in" battles, "was captained by" a captain (Thomas Hardy
    captained HMS Victory), "was named after" a person or a place. Gus rated HMS Victory 5, Mikasa
    4.5 and HMS Lion 1."""
    rels = [
        R("flagship_of", phrase="was the flagship of", inverse_phrase="flew his flag in", domain=("warship",),
          range=("admiral",)),
        R("built_at", phrase="was built at", inverse_phrase="built", domain=("warship",),
          range=("dockyard", "shipyard")),
        R("fought_in", phrase="fought in", inverse_phrase="was fought by", domain=("warship",), range=("battle",)),
        R("captained_by", phrase="was captained by", inverse_phrase="captained", domain=("warship",),
          range=("captain",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "s:victory": ("warship", "HMS Victory", 1765), "s:vanguard": ("warship", "HMS Vanguard", 1787),
        "s:sovereign": ("warship", "HMS Royal Sovereign", 1786), "s:temeraire": ("warship", "HMS Temeraire", 1798),
        "s:mikasa": ("warship", "Mikasa", 1900), "s:irondukes": ("warship", "HMS Iron Duke", 1912),
        "s:lion": ("warship", "HMS Lion", 1910), "s:lutzow": ("warship", "SMS Lutzow", 1913),
        "s:olympia": ("warship", "USS Olympia", 1892), "s:bucentaure": ("warship", "Bucentaure", 1803),
    }
    others = {
        "a:nelson": ("admiral", "Horatio Nelson"), "a:collingwood": ("admiral", "Cuthbert Collingwood"),
        "a:togo": ("admiral", "Togo"), "a:jellicoe": ("admiral", "John Jellicoe"),
        "a:beatty": ("admiral", "David Beatty"), "a:hipper": ("admiral", "Franz von Hipper"),
        "a:dewey": ("admiral", "George Dewey"), "a:villeneuve": ("admiral", "Pierre Villeneuve"),
        "y:chatham": ("dockyard", "Chatham Dockyard"), "y:plymouth": ("dockyard", "Plymouth Dockyard"),
        "y:portsmouth": ("dockyard", "Portsmouth Dockyard"), "y:devonport": ("dockyard", "Devonport Dockyard"),
        "y:deptford": ("dockyard", "Deptford Dockyard"),
        "z:vickers": ("shipyard", "Vickers"), "z:schichau": ("shipyard", "Schichau"),
        "z:unioniron": ("shipyard", "Union Iron Works"), "z:toulon": ("shipyard", "Toulon Arsenal"),
        "b:trafalgar": ("battle", "Battle of Trafalgar"), "b:nile": ("battle", "Battle of the Nile"),
        "b:stvincent": ("battle", "Battle of Cape St Vincent"), "b:tsushima": ("battle", "Battle of Tsushima"),
        "b:jutland": ("battle", "Battle of Jutland"), "b:dogger": ("battle", "Battle of Dogger Bank"),
        "b:manila": ("battle", "Battle of Manila Bay"), "b:yellowsea": ("battle", "Battle of the Yellow Sea"),
        "c:hardy": ("captain", "Thomas Hardy"), "c:rotheram": ("captain", "Edward Rotheram"),
        "c:harvey": ("captain", "Eliab Harvey"), "c:berry": ("captain", "Edward Berry"),
        "c:chatfield": ("captain", "Ernle Chatfield"), "c:dreyer": ("captain", "Frederic Dreyer"),
        "c:gridley": ("captain", "Charles Gridley"), "c:ijichi": ("captain", "Ijichi Hikojiro"),
    }
    T_ = _t("flagship_of", [("s:victory", "a:nelson"), ("s:sovereign", "a:collingwood"),
                            ("s:mikasa", "a:togo"), ("s:irondukes", "a:jellicoe"), ("s:lion", "a:beatty"),
                            ("s:lutzow", "a:hipper"), ("s:olympia", "a:dewey"), ("s:bucentaure", "a:villeneuve")])
    T_ += _t("built_at", [("s:victory", "y:chatham"), ("s:vanguard", "y:deptford"), ("s:sovereign", "y:plymouth"),
                          ("s:temeraire", "y:chatham"), ("s:mikasa", "z:vickers"), ("s:irondukes", "y:portsmouth"),
                          ("s:lion", "y:devonport"), ("s:lutzow", "z:schichau"), ("s:olympia", "z:unioniron"),
                          ("s:bucentaure", "z:toulon")])
    T_ += _t("fought_in", [("s:victory", "b:trafalgar"), ("s:victory", "b:stvincent"), ("s:vanguard", "b:nile"),
                           ("s:sovereign", "b:trafalgar"), ("s:temeraire", "b:trafalgar"),
                           ("s:mikasa", "b:tsushima"), ("s:mikasa", "b:yellowsea"), ("s:irondukes", "b:jutland"),
                           ("s:lion", "b:jutland"), ("s:lion", "b:dogger"), ("s:lutzow", "b:jutland"),
                           ("s:olympia", "b:manila"), ("s:bucentaure", "b:trafalgar")])
    T_ += _t("captained_by", [("s:victory", "c:hardy"), ("s:sovereign", "c:rotheram"), ("s:temeraire", "c:harvey"),
                              ("s:vanguard", "c:berry"), ("s:lion", "c:chatfield"), ("s:irondukes", "c:dreyer"),
                              ("s:olympia", "c:gridley"), ("s:mikasa", "c:ijichi")])
    T_ += [("user:gus", "rated", "s:victory", {"rating": 5.0}), ("user:gus", "rated", "s:mikasa", {"rating": 4.5}),
           ("user:gus", "rated", "s:lion", {"rating": 1.0})]
    return _build(items, others, rels, T_, users=[("user:gus", "Gus")])


def movies():
    """The shipped example graph (movies of 1995 and a few others)."""
    return kgx.KnowledgeGraph.example()


BUILDERS = {"albums": albums, "clubs": clubs, "operas": operas, "dishes": dishes, "ships": ships,
            "movies": movies}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@albums
# (1) "X, its N, ..." / "X, one of its Ns, ...": the wrong person, the wrong role, the wrong second clause
Heroes came out in 1977. Brian Eno, one of its producers, also plays on Low.
Heroes came out in 1977. Robert Fripp, one of its producers, also plays on Low.
Heroes came out in 1977. Tony Visconti, one of its producers, also produced Nevermind.
Heroes came out in 1977. Tony Visconti, one of its producers, also produced Kid A.
Heroes came out in 1977. David Bowie, one of its producers, also produced Thriller.
Heroes came out in 1977. David Bowie, one of its producers, also recorded Nevermind.
Heroes came out in 1977. Tony Visconti, one of its producers, did not produce Low.
Heroes came out in 1977. Tony Visconti, one of its producers, never produced Low.
Heroes came out in 1977. Tony Visconti, one of its producers, also engineered Low.
Heroes came out in 1977. Tony Visconti, one of its producers, produced Low and Nevermind.
Heroes came out in 1977. Tony Visconti, one of its producers, also produced Low, which came out on Epic.
Heroes came out in 1977. Tony Visconti, one of its producers, also produced Low, an album by Nirvana.
Heroes came out in 1977. Quincy Jones, one of its producers, also produced Thriller.
Heroes came out in 1977. RCA, one of its producers, also released Low.
Heroes came out in 1977. Hansa Studios, one of its producers, is where Low was recorded.
Heroes came out in 1978. Tony Visconti, one of its producers, also produced Low.
Heroes was recorded at Sound City. Tony Visconti, one of its producers, also produced Low.
Heroes followed Low. Tony Visconti, one of its producers, also produced Kid A.
Heroes is by David Bowie. Brian Eno, its engineer, also plays on Low.
Heroes came out in 1977. Tony Visconti, its producer, also produced Low.
Thriller came out in 1982. Quincy Jones, its producer, also produced Off the Wall.
Thriller came out in 1982. Quincy Jones, one of its producers, also produced Heroes.
Thriller came out in 1982. Michael Jackson, one of its producers, also produced Off the Wall.
Thriller came out in 1982. Bruce Swedien, one of its producers, also engineered Off the Wall.
Thriller came out in 1982. Eddie Van Halen, one of its producers, plays on it.
Thriller came out in 1982. Paul McCartney, one of its producers, plays on it.
Thriller was recorded at Westlake Studio; Bruce Swedien, its engineer, also engineered Heroes.
Thriller was recorded at Westlake Studio; Bruce Swedien, its producer, also engineered Off the Wall.
Nevermind came out in 1991; Butch Vig, its producer, also produced In Utero.
Nevermind came out in 1991; Steve Albini, its producer, also produced In Utero.
Nevermind came out in 1991; Butch Vig, its engineer, also produced Surfer Rosa.
Nevermind came out in 1991; Dave Grohl, its producer, also plays on In Utero.
Nevermind came out in 1991; Nirvana, its band, also recorded Kid A.
Nevermind came out in 1991; Radiohead, its band, also recorded Kid A.
In Utero came out in 1993; Steve Albini, its producer, also produced Nevermind.
In Utero came out in 1993; Dave Grohl, its producer, also plays on Nevermind.
In Utero came out in 1993; Butch Vig, its producer, also produced Nevermind.
In Utero came out in 1993; Steve Albini, its engineer, also produced Kid A.
Surfer Rosa is by Pixies; Steve Albini, its producer, also produced Nevermind.
Surfer Rosa is by Pixies; Steve Albini, its producer, also produced In Utero, which came out in 1991.
Revolver came out in 1966. George Martin, its producer, also produced Kid A.
Revolver came out in 1966. Geoff Emerick, its producer, also engineered Rubber Soul.
Revolver came out in 1966. Geoff Emerick, its engineer, also engineered Rubber Soul.
Revolver came out in 1966. Norman Smith, its engineer, also engineered Rubber Soul.
Rubber Soul came out in 1966. George Martin, its producer, also produced Revolver.
Rubber Soul came out in 1965. George Martin, its producer, produced Revolver in 1965.
Rubber Soul was followed by Revolver. George Martin, its producer, also produced Kid A.
Kid A came out in 2000; Nigel Godrich, its engineer, also produced OK Computer.
OK Computer came out in 1997; Jonny Greenwood, its producer, also plays on Kid A.
OK Computer came out in 1997; Nigel Godrich, its producer, also plays on Kid A.
OK Computer came out in 1997; Radiohead, its producer, also recorded Kid A.
OK Computer came out in 1997; Parlophone, its producer, also released Kid A.
OK Computer came out in 1997; Nigel Godrich, its producer, also released Kid A.
Low came out in 1977. Sound City, one of its studios, is where Nevermind was recorded.
Heroes came out in 1977. Sound City, its studio, is where Nevermind was recorded.
Low came out in 1977. Tony Visconti, one of its engineers, also engineered Heroes.
Heroes was produced by Tony Visconti and David Bowie; the latter, its engineer, also produced Low.
Heroes was produced by Tony Visconti and David Bowie; the latter, its engineer, also recorded it.
@albums user:cleo
You loved Heroes; Brian Eno, one of its producers, also plays on Low.
You loved Nevermind; Steve Albini, its producer, also produced In Utero.
You loved Nevermind. Butch Vig, its producer, also produced In Utero.
You loved Nevermind, so try In Utero: Butch Vig, its producer, also produced Nevermind.
You rated Nevermind highly; Butch Vig, its producer, also produced Surfer Rosa.
You loved Heroes; Thriller was released by Epic. Tony Visconti, one of its producers, also produced Low.
@albums
# (2) "the former / the latter / the first / the second" in object position, the clause's subject closing a pair
Nigel Godrich produced OK Computer and Kid A, and Radiohead recorded the latter, and Nirvana the former.
Steve Albini produced In Utero and Surfer Rosa, and Butch Vig produced the former.
Steve Albini produced In Utero and Surfer Rosa, and Nirvana recorded the latter.
Steve Albini produced In Utero and Surfer Rosa, and Pixies recorded the former.
Steve Albini produced Surfer Rosa and In Utero, and Pixies recorded the second.
Steve Albini produced Surfer Rosa and In Utero, and Nirvana recorded the first.
Brian Eno plays on Heroes and Low, and Butch Vig produced the former.
Brian Eno plays on Heroes and Low, and Quincy Jones produced the latter.
Brian Eno plays on Low and Heroes, and Robert Fripp plays on the first.
Dave Grohl plays on Nevermind and In Utero, and Butch Vig produced the latter.
Dave Grohl plays on Nevermind and In Utero, and Steve Albini produced the former.
Dave Grohl plays on Nevermind and In Utero, and Steve Albini produced the first.
Dave Grohl plays on Nevermind and In Utero, and Butch Vig produced the second.
Nevermind and In Utero are by Nirvana, and Butch Vig produced the latter.
Nevermind and In Utero are by Nirvana; Steve Albini produced the first.
Thriller and Off the Wall are by Michael Jackson, and Michael Jackson produced the latter.
Off the Wall and Thriller are by Michael Jackson, and Bruce Swedien produced the second.
Revolver and Rubber Soul were produced by George Martin, and Geoff Emerick engineered the latter.
Revolver and Rubber Soul were produced by George Martin, and Norman Smith engineered the former.
Rubber Soul and Revolver were released by Parlophone, and Revolver followed the latter.
Rubber Soul and Nevermind were released by Parlophone and DGC, and Revolver followed the second.
Low and Nevermind were released by RCA and DGC, and In Utero followed the former.
Low and Nevermind were released by RCA and DGC, and Heroes followed the latter.
Heroes features Robert Fripp and Brian Eno, and Low features the former.
Brian Eno and Robert Fripp play on Heroes, and Low features the latter.
You loved Heroes and Nevermind, and Butch Vig produced the former.
# (3) "Between A and B, the former ..."
Between Heroes and Nevermind, the latter was produced by Tony Visconti.
Between Heroes and Nevermind, the former was produced by Butch Vig.
Between Heroes and Nevermind, the second was produced by Tony Visconti.
Between Heroes and Nevermind, the first was produced by Butch Vig.
Between Heroes and Nevermind, the latter was released by RCA.
Between Heroes and Nevermind, the former came out in 1991.
Between Heroes and Nevermind, the latter came out in 1977.
Between Heroes and Nevermind, the latter is by David Bowie.
Between Heroes and Nevermind, the former features Dave Grohl.
Between Heroes and Nevermind, the latter features Brian Eno.
Between Heroes and Nevermind, the former was recorded at Sound City.
Between Heroes and Nevermind, the former was followed by In Utero.
Between Heroes and Nevermind, the latter followed Low.
Between Heroes and Nevermind, the former was produced by Tony Visconti, who also produced the latter.
Between Heroes and Nevermind, the former was produced by Tony Visconti and the latter by Tony Visconti.
Between Heroes and Nevermind, the former was produced by Tony Visconti, the latter by Steve Albini.
Between Heroes and Nevermind, the former was produced by Tony Visconti, and Steve Albini produced the latter.
Between Heroes and Nevermind, the former was produced by Tony Visconti, and Butch Vig produced the former.
Between Heroes and Nevermind, the first was produced by Tony Visconti, and the second by Steve Albini.
Between Heroes and Nevermind, the latter, which came out in 1991, was produced by Steve Albini.
Between Heroes and Nevermind, the former, produced by Butch Vig, came out in 1977.
Between Heroes and Nevermind, the former has Butch Vig as one of its producers.
Between Heroes and Nevermind, the latter has Tony Visconti as one of its producers.
Between Heroes and Nevermind, the former, with Butch Vig as one of its producers, came out in 1977.
Between Heroes and Nevermind, the former was not produced by Tony Visconti.
Between Heroes and Thriller, the former was produced by Quincy Jones.
Between Heroes and Thriller, the latter was produced by Tony Visconti.
Between Heroes and Thriller, the former is by Michael Jackson.
Between Butch Vig and Steve Albini, the former produced In Utero.
Between Butch Vig and Steve Albini, the latter produced Nevermind.
Between Butch Vig and Steve Albini, the latter engineered Nevermind.
Between Tony Visconti and Brian Eno, the latter produced Heroes.
Between Tony Visconti and Brian Eno, the former plays on Heroes.
Between Nevermind and Steve Albini, the former was produced by the latter.
Between Nevermind and RCA, the latter released the former.
Heroes came out in 1977. Between Steve Albini and Nevermind, the former was produced by Tony Visconti.
Heroes was produced by Tony Visconti; between Nevermind and In Utero, the former was produced by Steve Albini.
In between Nevermind and In Utero, the former was produced by Steve Albini.
Between Nevermind and Heroes, the latter was produced by Butch Vig; between Heroes and Nevermind, the former was produced by Tony Visconti.
Between Nevermind and In Utero, the former was produced by Steve Albini, and between Heroes and Low, the latter by Butch Vig.
# (4) "One of X's Ns is Y", "One of its Ns is Y", "X has Y as one of its Ns", "X, with Y as one of its Ns, ..."
One of Heroes's producers is Brian Eno.
One of Heroes's producers is Butch Vig.
One of Heroes's engineers is Brian Eno.
One of Heroes's producers is RCA.
One of Heroes's producers is Hansa Studios.
One of Heroes's studios is Sound City.
One of Low's studios is Sound City.
One of Nevermind's producers is Steve Albini.
One of Nevermind's producers was Steve Albini.
One of Nevermind's producers is Butch Vig and Steve Albini.
One of Nevermind's producers is Butch Vig, who also produced Surfer Rosa.
One of Thriller's producers is Quincy Jones, who also produced Heroes.
One of Thriller's producers is Bruce Swedien.
One of Off the Wall's producers is Michael Jackson.
One of Heroes's producers is Tony Visconti and one of its musicians is Butch Vig.
One of Heroes's producers is Tony Visconti; one of Nevermind's producers is Steve Albini.
One of Heroes's producers is Tony Visconti, but one of Nevermind's producers is Steve Albini.
One of Heroes's and Low's producers is Butch Vig.
One of Heroes's producers, Butch Vig, also produced Nevermind.
One of Heroes's producers, Tony Visconti, also produced Nevermind.
One of Heroes's producers will be Butch Vig.
One of Tony Visconti's producers is David Bowie.
Heroes was recorded at Hansa Studios; one of its producers is Brian Eno.
Heroes was recorded at Hansa Studios; one of its producers is Butch Vig.
Heroes was recorded at Sound City; one of its producers is Tony Visconti.
Nevermind was recorded at Sound City; one of its producers is Steve Albini.
Nevermind was recorded at Sound City; one of its producers is Butch Vig and Steve Albini.
Nevermind was recorded at Sound City; one of its producers is Butch Vig, who also produced Surfer Rosa.
Nevermind is by Nirvana. One of its producers is Steve Albini.
Tony Visconti produced Heroes. One of its producers is Butch Vig.
Heroes features Brian Eno, and one of its producers is Butch Vig.
Heroes features Brian Eno; one of its producers is Brian Eno.
Heroes features Brian Eno; one of its engineers is Brian Eno.
Low was followed by Heroes; one of its producers is Brian Eno.
Heroes followed Low. One of its producers is Brian Eno.
Off the Wall was followed by Thriller. One of its producers is Michael Jackson.
Off the Wall, like Thriller, was released by Epic. One of its producers is Michael Jackson.
Off the Wall, which was followed by Thriller, was released by Epic. One of its producers is Michael Jackson.
Quincy Jones produced Off the Wall and Thriller. One of its producers is Michael Jackson.
Heroes was released by RCA, and Nevermind by DGC. One of its producers is Butch Vig.
Heroes has Brian Eno as one of its producers.
Heroes has Butch Vig as one of its producers.
Heroes has Brian Eno as one of its engineers.
Low has Tony Visconti as one of its engineers.
Heroes has Tony Visconti as one of its studios.
Heroes has Hansa Studios as one of its producers.
Heroes has RCA as one of its producers.
Thriller has Bruce Swedien as one of its producers.
Off the Wall has Michael Jackson as one of its producers.
Heroes and Nevermind have Tony Visconti as one of their producers.
Heroes and Nevermind both have Tony Visconti as one of their producers.
Heroes and Low both have Brian Eno as one of their producers.
Heroes has Tony Visconti as one of its producers, and Nevermind has Tony Visconti as one of its producers.
Heroes has Tony Visconti as one of its producers, as does Nevermind.
Heroes has Tony Visconti as one of its producers, and so does Nevermind.
Like Nevermind, Heroes has Tony Visconti as one of its producers.
Heroes has Tony Visconti as one of its producers and Butch Vig as another.
Heroes has Tony Visconti as one of its producers, and Brian Eno as its engineer.
Heroes had Butch Vig as one of its producers.
Heroes does not have Tony Visconti as one of its producers.
Heroes, which has Butch Vig as one of its producers, came out in 1977.
Heroes, which also has Brian Eno as one of its producers, came out in 1977.
Heroes, with Brian Eno as one of its producers, was recorded at Hansa Studios.
Heroes, with Tony Visconti as one of its producers, was recorded at Sound City.
Heroes, with Tony Visconti as one of its producers, was released by Epic.
Heroes, with Tony Visconti as one of its producers, came out in 1978.
Heroes, with Brian Eno as one of its engineers, came out in 1977.
Low, with Tony Visconti as one of its engineers, came out in 1977.
Heroes, with Butch Vig as one of their producers, came out in 1977.
Heroes and Low, with Butch Vig as one of their producers, came out in 1977.
Thriller, with Bruce Swedien as one of its producers, came out in 1982.
Tony Visconti produced Heroes, with Brian Eno as one of its producers.
Brian Eno plays on Heroes, with Butch Vig as one of its producers.
Heroes came out in 1977, with Brian Eno as one of its producers.
Heroes, with Tony Visconti as one of its producers, did not come out in 1977.
Heroes, with Tony Visconti as one of its producers, followed Nevermind.
Heroes, with Tony Visconti as one of its producers, was followed by Low.
@albums user:cleo
You loved Heroes, which has Brian Eno as one of its producers.
You loved Nevermind, which has Steve Albini as one of its producers.
You loved In Utero, which has Steve Albini as one of its producers.
You loved Nevermind. One of its producers is Steve Albini.
You loved Nevermind, so try Heroes: one of its producers is Butch Vig.
@albums
# (5) "Y was X's N" after a reference or a name before an aside
Butch Vig produced Nevermind; he was Surfer Rosa's producer.
Steve Albini produced In Utero, and he was Nevermind's engineer.
Steve Albini produced In Utero; he was Nevermind's producer.
Nigel Godrich produced OK Computer and Kid A; he was the latter's engineer.
OK Computer and Kid A were produced by Nigel Godrich; he was the latter's engineer.
Nigel Godrich produced Kid A; he was Revolver's producer.
George Martin produced Revolver; he was Revolver's engineer.
Steve Albini, who produced In Utero, was Nevermind's producer.
Steve Albini, In Utero's producer, was Nevermind's producer.
Butch Vig, In Utero's producer, was Nevermind's producer.
Butch Vig, Nevermind's producer, was In Utero's producer.
Butch Vig, like Steve Albini, was In Utero's producer.
Steve Albini, and not Butch Vig, was Nevermind's producer.
Steve Albini, as well as Butch Vig, was Nevermind's producer.
Steve Albini, in 1991, was Nevermind's producer.
Steve Albini, an engineer, was Nevermind's engineer.
Nigel Godrich, OK Computer's producer, was Revolver's engineer.
Nigel Godrich, Kid A's engineer, was OK Computer's producer.
Norman Smith, Rubber Soul's engineer, was Revolver's engineer.
George Martin, Revolver's producer, was Rubber Soul's engineer.
Bruce Swedien, Thriller's engineer, was Off the Wall's producer.
Michael Jackson, one of Thriller's producers, was Off the Wall's producer.
Quincy Jones, Off the Wall's producer, was Heroes's producer.
Heroes came out in 1977. Tony Visconti, who produced Nevermind, was its engineer.
Heroes came out in 1977. Butch Vig, who produced Nevermind, was its producer.
Nevermind came out in 1991. Steve Albini, who produced In Utero, was its producer.
Nevermind came out in 1991. Butch Vig, who produced it, was In Utero's producer.
Heroes came out in 1977. Tony Visconti, one of its producers, who also produced Nevermind, engineered it.
# (6) a gapped remnant of the relation's range
Heroes was recorded at Hansa Studios, and Nevermind at Pachyderm Studio.
Heroes was recorded at Hansa Studios, and Thriller at Sound City.
Heroes was recorded at Hansa Studios, Nevermind at Sound City, and OK Computer at Abbey Road Studios.
Nevermind was recorded at Sound City, and In Utero at Butch Vig.
Nevermind was recorded at Sound City, and In Utero at DGC.
Nevermind was recorded at Sound City, and Steve Albini at Pachyderm Studio.
Butch Vig produced Nevermind, which was recorded at Sound City, and In Utero at Pachyderm Studio.
Tony Visconti produced Heroes, which was recorded at Hansa Studios, and Thriller at Westlake Studio.
Dave Grohl plays on Nevermind, which was recorded at Sound City, and OK Computer at St Catherine's Court.
Heroes was released by RCA, Nevermind Epic.
Heroes is by David Bowie, Nevermind Radiohead.
Heroes features Brian Eno, Nevermind Butch Vig.
Low was followed by Heroes, and Nevermind by Kid A.
@clubs
# (1) "X, its N, ...", "X, one of its Ns, ..."
Liverpool plays in the Premier League; Fenway Sports Group, its owner, also owns Everton.
Liverpool was founded in 1892; Fenway Sports Group, its owner, owns Arsenal.
Liverpool was founded in 1892; Kroenke Sports, its owner, owns Liverpool.
Arsenal was founded in 1886; Kroenke Sports, its owner, also owns Liverpool.
Arsenal was founded in 1886; Fenway Sports Group, its owner, owns Arsenal.
Manchester United plays in the Premier League; INEOS, one of its owners, also owns Celtic.
Manchester United plays at Old Trafford; INEOS, its owner, owns it.
Manchester United plays at Old Trafford. Malcolm Glazer, one of its owners, also owns Leeds United.
Leeds United plays at Elland Road. Malcolm Glazer, one of its owners, also owns Manchester United.
Leeds United plays at Elland Road; Andrea Radrizzani, one of its owners, owns Celtic.
Leeds United was founded in 1919; INEOS, one of its owners, owns it.
Leeds United was founded in 1919; 49ers Enterprises, one of its owners, also owns Manchester United.
Leeds United was founded in 1920; 49ers Enterprises, one of its owners, owns it.
Celtic was founded in 1887; the Premier League, its league, includes Everton.
Liverpool was founded in 1892; the Premier League, its league, includes Aberdeen.
Celtic was founded in 1887; the Scottish Premiership, its league, includes Everton.
Aberdeen was founded in 1903; the Premier League, its league, includes Liverpool.
Liverpool was founded in 1892; Goodison Park, its stadium, is Everton's home ground.
Liverpool was founded in 1892; Anfield, its stadium, is Everton's home ground.
Everton was founded in 1878; Priory Road, one of its grounds, was Arsenal's ground.
@clubs user:dan
You loved Liverpool; Fenway Sports Group, its owner, also owns Celtic.
You loved Celtic; Dermot Desmond, its owner, also owns Liverpool.
You loved Celtic; Fenway Sports Group, its owner, also owns Liverpool.
You loved Liverpool, so try Everton: Fenway Sports Group, its owner, owns Liverpool too.
@clubs
# (2) the former / the latter in object position, the subject closing the pair
Kenny Dalglish played for Celtic and Liverpool, and Jock Stein managed the latter.
Kenny Dalglish played for Celtic and Liverpool, and Bill Shankly managed the former.
Kenny Dalglish played for Celtic and Liverpool, and Dermot Desmond owns the second.
Kenny Dalglish played for Celtic and Liverpool; Fenway Sports Group owns the former.
Kenny Dalglish played for Celtic and Liverpool, and Emlyn Hughes captained the first.
Roy Keane played for Celtic and Manchester United, and Alex Ferguson managed the former.
Roy Keane played for Manchester United and Celtic, and Alex Ferguson managed the latter.
Roy Keane played for Manchester United and Celtic, and Martin O'Neill managed the former.
Roy Keane played for Manchester United and Celtic, and Malcolm Glazer owns the second.
Eric Cantona played for Leeds United and Manchester United; Don Revie managed the second.
Eric Cantona played for Leeds United and Manchester United; Matt Busby managed the first.
Eric Cantona played for Leeds United and Manchester United, and Billy Bremner captained the latter.
Eric Cantona played for Leeds United and Manchester United, and Roy Keane captained the former.
Liverpool and Celtic were managed by Kenny Dalglish, and Fenway Sports Group owns the latter.
Liverpool and Celtic were managed by Kenny Dalglish, and Jock Stein managed the former.
Liverpool and Celtic were managed by Kenny Dalglish, and Emlyn Hughes captained the latter.
Liverpool and Celtic were managed by Kenny Dalglish, and Billy McNeill captained the former.
Manchester United and Aberdeen were managed by Alex Ferguson, and Dermot Desmond owns the second.
Manchester United and Aberdeen were managed by Alex Ferguson, and Roy Keane captained the second.
Everton and Manchester United were managed by David Moyes, and Kevin Ratcliffe captained the latter.
Everton and Manchester United were managed by David Moyes, and Farhad Moshiri owns the second.
@clubs user:dan
You loved Liverpool and Celtic, and Jock Stein managed the former.
You loved Liverpool and Celtic, and Fenway Sports Group owns the latter.
@clubs
# (3) Between A and B, the former ...
Between Liverpool and Everton, the latter plays at Anfield.
Between Liverpool and Everton, the former plays at Goodison Park.
Between Liverpool and Everton, the latter is owned by Fenway Sports Group.
Between Liverpool and Everton, the former was founded in 1878.
Between Liverpool and Everton, the latter was founded in 1892.
Between Liverpool and Everton, the former was managed by Howard Kendall.
Between Liverpool and Everton, the latter was captained by Steven Gerrard.
Between Liverpool and Everton, the former formerly played at Anfield.
Between Liverpool and Everton, the latter formerly played at Highbury.
Between Celtic and Liverpool, the former plays in the Premier League.
Between Celtic and Liverpool, the second is owned by Dermot Desmond.
Between Celtic and Liverpool, the former is owned by Fenway Sports Group.
Between Celtic and Liverpool, the first plays in the Scottish Premiership, and the second in the Scottish Premiership.
Between Celtic and Aberdeen, the latter was managed by Jock Stein.
Between Celtic and Aberdeen, the former was managed by Alex Ferguson.
Between Arsenal and Everton, the latter formerly played at Highbury.
Between Arsenal and Everton, the former formerly played at Anfield.
Between Arsenal and Everton, the former was managed by David Moyes.
Between Manchester United and Leeds United, the latter was managed by Matt Busby.
Between Manchester United and Leeds United, the former plays in the EFL Championship.
Between Manchester United and Leeds United, the latter is owned by INEOS.
Between Bill Shankly and Jock Stein, the former managed Celtic.
Between Bill Shankly and Jock Stein, the latter managed Liverpool.
Between Roy Keane and Eric Cantona, the latter played for Celtic.
Between Roy Keane and Eric Cantona, the former played for Leeds United.
Between Anfield and Goodison Park, the former is Everton's home ground.
Between Anfield and Goodison Park, the latter is Liverpool's home ground.
# (4) One of X's Ns is Y, has Y as one of its Ns, with Y as one of its Ns
One of Leeds United's owners is Malcolm Glazer.
One of Manchester United's owners is Andrea Radrizzani.
One of Manchester United's owners is Fenway Sports Group.
One of Manchester United's owners is INEOS, which also owns Celtic.
One of Manchester United's owners is Malcolm Glazer and INEOS and Dermot Desmond.
One of Liverpool's owners is Malcolm Glazer.
One of Liverpool's leagues is the Scottish Premiership.
Manchester United has Andrea Radrizzani as one of its owners.
Manchester United has Dermot Desmond as one of its owners.
Leeds United has INEOS as one of its owners.
Leeds United and Manchester United both have INEOS as one of their owners.
Manchester United, with INEOS as one of its owners, plays at Elland Road.
Manchester United, with Fenway Sports Group as one of its owners, plays at Old Trafford.
Leeds United, with Malcolm Glazer as one of its owners, plays at Elland Road.
Leeds United, with 49ers Enterprises as one of its owners, plays in the Premier League.
Leeds United, with 49ers Enterprises as one of its owners, was founded in 1920.
Manchester United plays at Old Trafford; one of its owners is Andrea Radrizzani.
Leeds United plays at Elland Road; one of its owners is INEOS.
Liverpool plays at Anfield; one of its owners is Dermot Desmond.
# the same of a relation of the past ("formerly played at", "was the ground of"), said in the present
One of Everton's grounds is Anfield.
One of Arsenal's grounds is Highbury.
One of Manchester United's grounds is Bank Street.
Everton was founded in 1878; one of its grounds is Anfield.
Manchester United plays in the Premier League; one of its grounds is Bank Street.
Everton has Anfield as one of its grounds.
Arsenal has Highbury as one of its grounds.
Manchester United has Bank Street as one of its grounds.
Everton, with Anfield as one of its grounds, plays in the Premier League.
Manchester United, with Bank Street as one of its grounds, plays in the Premier League.
# ... and of grounds it never had
One of Everton's grounds is Highbury.
One of Arsenal's grounds was Anfield.
Arsenal has Priory Road as one of its grounds.
Arsenal had Priory Road as one of its grounds.
Everton, with Highbury as one of its grounds, plays in the Premier League.
# (5) Y was X's N after a reference or an aside
Liverpool plays at Anfield; it is Everton's ground.
Liverpool plays at Anfield; it was Arsenal's ground.
Kenny Dalglish played for Celtic; he was Celtic's owner.
Kenny Dalglish played for Celtic; he was its owner.
Liverpool and Everton play in the Premier League; Anfield is the latter's home ground.
Liverpool and Everton play in the Premier League; Goodison Park is the former's home ground.
Liverpool plays in the Premier League; Goodison Park is its home ground.
Anfield, Liverpool's home ground, is Everton's home ground.
Goodison Park, Everton's home ground, is Liverpool's home ground.
Emirates Stadium, Arsenal's home ground, is Everton's home ground.
Anfield, like Goodison Park, is Everton's home ground.
Anfield, not Goodison Park, is Everton's home ground.
Fenway Sports Group, Liverpool's owner, is Everton's owner.
INEOS, one of Manchester United's owners, is Leeds United's owner.
Dermot Desmond, Celtic's owner, is Aberdeen's owner.
# (6) gapped remnants
Liverpool plays at Anfield, and Everton at Old Trafford.
Liverpool plays at Anfield, and Everton at Anfield.
Liverpool plays at Anfield, Everton at Goodison Park, and Arsenal at Highbury.
Liverpool plays in the Premier League, and Celtic in the Premier League.
Liverpool plays in the Premier League, and Leeds United in the Scottish Premiership.
Liverpool plays in the Premier League, and Celtic at Anfield.
Liverpool plays at Anfield, and Celtic in the Premier League.
Liverpool plays at Anfield, and Everton in the Scottish Premiership.
Liverpool plays in the Premier League, and Celtic in Glasgow.
Arsenal formerly played at Highbury, and Everton at Goodison Park.
Arsenal formerly played at Highbury, and Liverpool at Anfield.
Arsenal formerly played at Highbury, and Everton at Bank Street.
Kenny Dalglish managed Liverpool, which plays at Anfield, and Everton at Goodison Park.
Fenway Sports Group owns Liverpool, which plays at Anfield, and Everton at Goodison Park.
@operas
# (1) "X, its N, ...", "X, one of its Ns, ..."
La boheme premiered in 1896; Arturo Toscanini, its conductor, also conducted Otello.
La boheme premiered in 1896; Arturo Toscanini, its composer, also conducted Pagliacci.
La boheme premiered in 1896; Giacomo Puccini, its composer, also composed Pagliacci.
La boheme premiered in 1896; Giacomo Puccini, its conductor, also composed Tosca.
La boheme premiered in 1896; Luigi Illica, one of its librettists, also wrote the libretto of Aida.
La boheme premiered in 1896; Arrigo Boito, one of its librettists, also wrote the libretto of Otello.
La boheme premiered in 1896; Luigi Illica, its librettist, also wrote the libretto of Tosca.
La boheme premiered in 1896; Luigi Illica, one of its librettists, also composed Tosca.
La boheme premiered in 1897; Luigi Illica, one of its librettists, also wrote the libretto of Tosca.
La boheme premiered in 1896; Paris, its setting, is also the setting of Carmen.
Tosca premiered in 1900; Rome, its setting, is also the setting of La boheme.
Tosca premiered in 1900; Giuseppe Giacosa, one of its librettists, also wrote the libretto of Otello.
Tosca premiered in 1900; Leopoldo Mugnone, its conductor, also conducted Turandot.
Tosca premiered in 1900; Arturo Toscanini, its conductor, also conducted Turandot.
Otello premiered in 1887; Arrigo Boito, its librettist, also wrote the libretto of Aida.
Otello premiered in 1887; Arrigo Boito, its librettist, also composed it.
Otello premiered in 1887; Arrigo Boito, its composer, also wrote its libretto.
Otello premiered in 1887; Franco Faccio, its conductor, also conducted Aida.
Otello premiered in 1887; Giuseppe Verdi, its composer, also composed Tosca.
Aida premiered in 1871; Giovanni Bottesini, its conductor, also conducted Otello.
Aida premiered in 1871; Giuseppe Verdi, its composer, also composed Otello and Tosca.
Aida premiered in 1871; Giuseppe Verdi, its composer, also composed Otello, Rigoletto and Tosca.
Aida premiered in 1871; Antonio Ghislanzoni, its librettist, also wrote the libretto of Rigoletto.
Carmen premiered in 1875; the Opera-Comique, its theatre, also staged the premiere of Tosca.
Carmen premiered in 1875; Henri Meilhac, one of its librettists, also wrote the libretto of La traviata.
Carmen premiered in 1875; Georges Bizet, its composer, also composed Aida.
Rigoletto premiered in 1851; Francesco Maria Piave, its librettist, also wrote the libretto of Otello.
Rigoletto premiered in 1851; Mantua, its setting, is also the setting of La traviata.
Turandot premiered in 1926; Giuseppe Adami, its librettist, also wrote the libretto of Tosca.
Turandot premiered in 1926; Arturo Toscanini, its conductor, also conducted Madama Butterfly.
Turandot premiered in 1926; Giacomo Puccini, its composer, also composed Pagliacci.
Pagliacci premiered in 1892; Arturo Toscanini, its conductor, also composed it.
The Magic Flute premiered in 1791; Emanuel Schikaneder, its librettist, also wrote the libretto of Don Giovanni.
Don Giovanni premiered in 1787; Lorenzo Da Ponte, its librettist, also wrote the libretto of The Magic Flute.
Don Giovanni premiered in 1787; Wolfgang Amadeus Mozart, its composer, also composed Otello.
@operas user:eve
You loved Tosca; Giacomo Puccini, its composer, also composed Carmen.
You loved Tosca; Luigi Illica, one of its librettists, also wrote the libretto of Carmen.
You loved Carmen; Georges Bizet, its composer, also composed Tosca.
You loved Tosca, so try Carmen: Giacomo Puccini, its composer, also composed La boheme.
@operas
# (2) the former / the latter in object position
Arturo Toscanini conducted La boheme and Turandot, and Ruggero Leoncavallo composed the former.
Arturo Toscanini conducted La boheme and Pagliacci, and Giacomo Puccini composed the latter.
Arturo Toscanini conducted Pagliacci and La boheme, and Giacomo Puccini composed the first.
Arturo Toscanini conducted La boheme and Turandot, and Giuseppe Adami wrote the libretto of the former.
Luigi Illica wrote the libretto of Tosca and La boheme, and Leopoldo Mugnone conducted the latter.
Luigi Illica wrote the libretto of Tosca and La boheme, and Arturo Toscanini conducted the former.
Francesco Maria Piave wrote the libretto of Rigoletto and La traviata, and Giacomo Puccini composed the latter.
Giuseppe Verdi composed Otello and Aida, and Giovanni Bottesini conducted the former.
Giuseppe Verdi composed Otello and Aida, and Franco Faccio conducted the latter.
Giuseppe Verdi composed Aida and Otello, and Arrigo Boito wrote the libretto of the first.
Giacomo Puccini composed Tosca and Madama Butterfly, and Cleofonte Campanini conducted the former.
Wolfgang Amadeus Mozart composed Don Giovanni and The Magic Flute, and Emanuel Schikaneder wrote the libretto of the former.
Wolfgang Amadeus Mozart composed Don Giovanni and The Magic Flute, and Lorenzo Da Ponte wrote the libretto of the second.
@operas user:eve
You loved Tosca and Carmen, and Georges Bizet composed the former.
You loved Carmen and Tosca, and Giacomo Puccini composed the former.
@operas
# (3) Between A and B, the former ...
Between Tosca and Aida, the former is set in Memphis.
Between Tosca and Aida, the latter is set in Rome.
Between Tosca and Aida, the latter was composed by Giacomo Puccini.
Between Tosca and Aida, the former premiered in 1871.
Between Tosca and Aida, the first was first performed at the Khedivial Opera House.
Between Tosca and Aida, the second was conducted by Leopoldo Mugnone.
Between Tosca and Carmen, the latter has a libretto by Luigi Illica.
Between Tosca and Carmen, the former has a libretto by Henri Meilhac.
Between Otello and Turandot, the latter was conducted by Franco Faccio.
Between Otello and Turandot, the former was first performed at Teatro Regio.
Between Otello and Turandot, the latter was composed by Giuseppe Verdi.
Between La traviata and Rigoletto, the former is set in Mantua.
Between La traviata and Rigoletto, the latter is set in Paris.
Between The Magic Flute and Don Giovanni, the former was first performed at the Estates Theatre.
Between The Magic Flute and Don Giovanni, the latter has a libretto by Emanuel Schikaneder.
Between Giacomo Puccini and Giuseppe Verdi, the former composed Otello.
Between Giacomo Puccini and Giuseppe Verdi, the latter composed Tosca.
Between Arturo Toscanini and Franco Faccio, the latter conducted Turandot.
Between Arturo Toscanini and Franco Faccio, the former conducted Otello.
Between La Scala and La Fenice, the former staged the premiere of Rigoletto.
Between La Scala and La Fenice, the latter staged the premiere of Otello.
# (4) One of X's Ns is Y / has Y as one of its Ns / with Y as one of its Ns
One of Tosca's librettists is Arrigo Boito.
One of Tosca's librettists is Giacomo Puccini.
One of Tosca's librettists is Giuseppe Adami.
One of Carmen's librettists is Luigi Illica.
One of Carmen's librettists is Ludovic Halevy, who also wrote the libretto of Tosca.
One of Madama Butterfly's librettists is Arrigo Boito.
One of La boheme's librettists was Francesco Maria Piave.
One of Tosca's composers is Giacomo Puccini and Giuseppe Verdi.
One of Tosca's librettists is Luigi Illica and Arrigo Boito.
Tosca has Arrigo Boito as one of its librettists.
Tosca has Giacomo Puccini as one of its librettists.
Carmen has Luigi Illica as one of its librettists.
La boheme has Henri Meilhac as one of its librettists.
Madama Butterfly has Giuseppe Adami as one of its librettists.
Tosca and Carmen both have Luigi Illica as one of their librettists.
Tosca and Otello have Luigi Illica as one of their librettists.
Tosca, with Arrigo Boito as one of its librettists, is set in Rome.
Tosca, with Luigi Illica as one of its librettists, is set in Paris.
Tosca, with Luigi Illica as one of its librettists, was composed by Giuseppe Verdi.
Tosca, with Luigi Illica as one of its librettists, premiered in 1901.
Carmen, with Luigi Illica as one of its librettists, premiered in 1875.
Carmen, with Ludovic Halevy as one of its librettists, was first performed at La Scala.
Tosca premiered in 1900; one of its librettists is Arrigo Boito.
Carmen premiered in 1875; one of its librettists is Luigi Illica.
Tosca premiered in 1900; one of its librettists is Luigi Illica, who also wrote the libretto of Otello.
Tosca is set in Rome; one of its librettists is Henri Meilhac.
# (5) Y was X's N after a reference or an aside
Arturo Toscanini conducted Turandot; he was Otello's conductor.
Arturo Toscanini, who conducted Turandot, was Otello's conductor.
Arturo Toscanini, Turandot's conductor, was Tosca's conductor.
Franco Faccio, Otello's conductor, was Aida's conductor.
Giacomo Puccini, Tosca's composer, was Carmen's composer.
Giuseppe Verdi, Aida's composer, was Tosca's composer.
Arrigo Boito, Otello's librettist, was Aida's librettist.
Antonio Ghislanzoni, Aida's librettist, was Otello's librettist.
Emanuel Schikaneder, The Magic Flute's librettist, was Don Giovanni's librettist.
Georges Bizet, born in Paris, was Tosca's composer.
Georges Bizet, like Giacomo Puccini, was Tosca's composer.
Rome, Tosca's setting, was La boheme's setting.
Paris, La boheme's setting, was Carmen's setting.
# (6) gapped remnants of "was first performed at" (opera houses and theatres) and "is set in"
Otello was first performed at La Scala, and Carmen at La Fenice.
Otello was first performed at La Scala, and Don Giovanni at the Theater auf der Wieden.
The Magic Flute was first performed at the Theater auf der Wieden, and Otello at La Fenice.
The Magic Flute was first performed at the Theater auf der Wieden, and Don Giovanni at La Scala.
Carmen was first performed at the Opera-Comique, and Tosca at Teatro Regio.
Carmen was first performed at the Opera-Comique, and Tosca at Teatro Dal Verme.
Carmen was first performed at the Opera-Comique, Tosca at Teatro Costanzi, and Aida at La Scala.
Carmen was first performed at the Opera-Comique, Tosca at La Scala, and Aida at the Khedivial Opera House.
Pagliacci was first performed at Teatro Dal Verme, and Turandot at Teatro Regio.
Pagliacci was first performed at Teatro Dal Verme, and La boheme at Teatro Costanzi.
Otello was first performed at La Scala, and Carmen at Paris.
Otello was first performed at La Scala, and Carmen at Georges Bizet.
Otello was first performed at La Scala, and Carmen at Arturo Toscanini.
Otello was first performed at La Scala, and Carmen in Seville.
Otello was first performed at La Scala, and Giuseppe Verdi at La Fenice.
Otello was first performed at La Scala in 1887, and Carmen at the Opera-Comique in 1876.
Tosca is set in Rome, and Carmen in Paris.
Tosca is set in Rome, and Carmen at the Opera-Comique.
Tosca is set in Rome, and La boheme in Rome.
Tosca is set in Rome, La boheme in Paris, and Aida in Cyprus.
Tosca is set in Rome, La boheme in Paris, and Aida in Famagusta.
Giacomo Puccini composed Tosca, which is set in Rome, and Carmen in Seville.
Giacomo Puccini composed Tosca, which was first performed at Teatro Costanzi, and Carmen at the Opera-Comique.
Arturo Toscanini conducted La boheme, first performed at Teatro Regio, and Otello at La Scala.
@operas user:eve
You loved Tosca and Carmen; Giacomo Puccini was the latter's composer.
You loved Tosca and Carmen; the latter's composer was Giacomo Puccini.
You loved Tosca and Carmen; Georges Bizet was the former's composer.
@dishes
# (1) "X, its N, ...", "X, one of its Ns, ..."
Peach Melba was first served at the Savoy Hotel; Gioachino Rossini, its namesake, also gave his name to Tournedos Rossini.
Peach Melba was first served at the Savoy Hotel; Nellie Melba, its namesake, also gave her name to Tournedos Rossini.
Peach Melba was first served at the Savoy Hotel; Auguste Escoffier, its creator, also created Caesar salad.
Peach Melba was first served at the Savoy Hotel; Charles Ranhofer, its creator, also created Baked Alaska.
Peach Melba was first served at the Savoy Hotel; Auguste Escoffier, its namesake, also created Melba toast.
Peach Melba was first served at the Savoy Hotel; Nellie Melba, its creator, also gave her name to Melba toast.
Peach Melba was first served at the Waldorf Hotel; Auguste Escoffier, its creator, also created Melba toast.
Peach Melba was first served at the Savoy Hotel; Auguste Escoffier, its creator, worked at Delmonico's.
Peach Melba was first served at the Savoy Hotel; Auguste Escoffier, its creator, did not work at the Savoy Hotel.
Baked Alaska was first served at Delmonico's; Charles Ranhofer, its creator, also created Peach Melba.
Baked Alaska was first served at Delmonico's; Auguste Escoffier, its creator, also created Peach Melba.
Baked Alaska was first served at Delmonico's; meringue, one of its ingredients, is also in Peach Melba.
Baked Alaska was first served at Delmonico's; meringue, one of its ingredients, is also an ingredient of Peach Melba.
Peach Melba was first served at the Savoy Hotel; ice cream, one of its ingredients, is also an ingredient of Caesar salad.
Peach Melba was first served at the Savoy Hotel; meringue, one of its ingredients, is also an ingredient of Baked Alaska.
Peach Melba was first served at the Savoy Hotel; the Waldorf Hotel, its hotel, also first served Waldorf salad.
Caesar salad was first served at Caesar's; Caesar Cardini, its creator, worked at Delmonico's.
Lobster Newberg was first served at Delmonico's; Charles Ranhofer, its creator, worked at the Savoy Hotel.
Lobster Newberg was first served at Delmonico's; Ben Wenberg, its creator, gave his name to it.
Lobster Newberg was first served at Delmonico's; Ben Wenberg, its namesake, worked at Delmonico's.
Eggs Benedict was first served at the Waldorf Hotel; Oscar Tschirky, its creator, also created Lobster Newberg.
Eggs Benedict was first served at the Waldorf Hotel; Lemuel Benedict, its creator, also created Waldorf salad.
Eggs Benedict was first served at the Waldorf Hotel; hollandaise, one of its ingredients, is also an ingredient of Lobster Newberg.
Tournedos Rossini was first served at Cafe Anglais; Marie-Antoine Careme, its creator, worked at Cafe Anglais.
Tournedos Rossini was first served at Cafe Anglais; truffle, one of its ingredients, is also an ingredient of Crepes Suzette.
Crepes Suzette was first served at Cafe de Paris; Henri Charpentier, its creator, worked at the Ritz Paris.
Crepes Suzette was first served at Cafe de Paris; butter, one of its ingredients, is also an ingredient of Peach Melba.
@dishes user:finn
You loved Peach Melba; Auguste Escoffier, its creator, also created Baked Alaska.
You loved Peach Melba; Nellie Melba, its namesake, also gave her name to Caesar salad.
You loved Caesar salad; Caesar Cardini, its creator, also created Peach Melba.
You loved Peach Melba, so try Lobster Newberg: Auguste Escoffier, its creator, worked at Delmonico's.
@dishes
# (2) the former / the latter in object position
Nellie Melba gave her name to Peach Melba and Melba toast, and Charles Ranhofer created the latter.
Charles Ranhofer created Lobster Newberg and Baked Alaska, and Ben Wenberg gave his name to the latter.
Charles Ranhofer created Baked Alaska and Lobster Newberg, and Ben Wenberg gave his name to the former.
Oscar Tschirky created Eggs Benedict and Waldorf salad, and Lemuel Benedict gave his name to the latter.
Oscar Tschirky created Waldorf salad and Eggs Benedict, and Lemuel Benedict gave his name to the first.
Peach Melba and Caesar salad contain peach and croutons, and Caesar Cardini created the former.
Peach Melba and Tournedos Rossini were first served at the Savoy Hotel and Cafe Anglais, and Auguste Escoffier created the latter.
Peach Melba and Tournedos Rossini were first served at the Savoy Hotel and Cafe Anglais, and Marie-Antoine Careme created the former.
@dishes user:finn
You loved Peach Melba and Caesar salad, and Auguste Escoffier created the latter.
You loved Caesar salad and Peach Melba, and Caesar Cardini created the second.
@dishes
# (3) Between A and B, the former ...
Between Peach Melba and Caesar salad, the latter was created by Auguste Escoffier.
Between Peach Melba and Caesar salad, the former was first served at Caesar's.
Between Peach Melba and Caesar salad, the latter contains peach.
Between Peach Melba and Caesar salad, the former is named after Caesar Cardini.
Between Peach Melba and Caesar salad, the former was first served in 1924.
Between Peach Melba and Caesar salad, the second was first served in 1892.
Between Lobster Newberg and Eggs Benedict, the former was first served at the Waldorf Hotel.
Between Lobster Newberg and Eggs Benedict, the latter was created by Charles Ranhofer.
Between Lobster Newberg and Eggs Benedict, the first contains hollandaise.
Between Baked Alaska and Waldorf salad, the latter contains meringue.
Between Baked Alaska and Waldorf salad, the former contains walnuts.
Between Auguste Escoffier and Charles Ranhofer, the latter created Peach Melba.
Between Auguste Escoffier and Charles Ranhofer, the former worked at Delmonico's.
Between the Savoy Hotel and Delmonico's, the former first served Lobster Newberg.
# (4) One of X's Ns is Y / has Y as one of its Ns / with Y as one of its Ns
One of Peach Melba's ingredients is meringue.
One of Peach Melba's ingredients is lobster.
One of Caesar salad's ingredients is peach.
One of Caesar salad's ingredients is Caesar Cardini.
One of Baked Alaska's ingredients is ice cream and walnuts.
One of Baked Alaska's ingredients is meringue, which is also an ingredient of Peach Melba.
One of Peach Melba's creators is Charles Ranhofer.
One of Peach Melba's namesakes is Gioachino Rossini.
Peach Melba has meringue as one of its ingredients.
Peach Melba has Nellie Melba as one of its ingredients.
Caesar salad has walnuts as one of its ingredients.
Waldorf salad has croutons as one of its ingredients.
Peach Melba and Baked Alaska both have meringue as one of their ingredients.
Peach Melba and Caesar salad both have ice cream as one of their ingredients.
Peach Melba has peach as one of its ingredients, and so does Baked Alaska.
Peach Melba, with meringue as one of its ingredients, was created by Auguste Escoffier.
Peach Melba, with peach as one of its ingredients, was created by Charles Ranhofer.
Peach Melba, with peach as one of its ingredients, was first served at Delmonico's.
Peach Melba, with peach as one of its ingredients, was first served in 1893.
Caesar salad, with apple as one of its ingredients, was first served at Caesar's.
Peach Melba is named after Nellie Melba; one of its ingredients is meringue.
Caesar salad was first served at Caesar's; one of its ingredients is walnuts.
Tournedos Rossini is named after Gioachino Rossini; one of its ingredients is lobster.
Peach Melba and Caesar salad were created by Auguste Escoffier and Caesar Cardini. One of its ingredients is croutons.
# (5) Y was X's N after a reference or an aside
Auguste Escoffier, Peach Melba's creator, was Baked Alaska's creator.
Charles Ranhofer, Lobster Newberg's creator, was Peach Melba's creator.
Auguste Escoffier, who worked at the Ritz Paris, was Caesar salad's creator.
Auguste Escoffier, like Charles Ranhofer, was Baked Alaska's creator.
Charles Ranhofer created Baked Alaska; he was Peach Melba's creator.
Auguste Escoffier created Peach Melba; he was also Caesar salad's creator.
Nellie Melba, Peach Melba's namesake, was Tournedos Rossini's namesake.
Gioachino Rossini, Tournedos Rossini's namesake, was Melba toast's namesake.
Peach Melba and Caesar salad were first served at the Savoy Hotel and Caesar's; Auguste Escoffier was the latter's creator.
# (6) gapped remnants: "was first served at" a restaurant or a hotel, "worked at"
Peach Melba was first served at the Savoy Hotel, and Caesar salad at Delmonico's.
Lobster Newberg was first served at the Savoy Hotel, and Peach Melba at Delmonico's.
Lobster Newberg was first served at Delmonico's, and Peach Melba at the Waldorf Hotel.
Eggs Benedict was first served at the Waldorf Hotel, and Lobster Newberg at Cafe de Paris.
Caesar salad was first served at Caesar's, and Peach Melba at the Ritz Paris.
Peach Melba was first served at the Savoy Hotel, Lobster Newberg at Delmonico's, and Caesar salad at the Waldorf Hotel.
Peach Melba was first served at the Savoy Hotel, Lobster Newberg at Cafe Anglais, and Caesar salad at Caesar's.
Peach Melba was first served at the Savoy Hotel, and Caesar salad at Caesar Cardini.
Peach Melba was first served at the Savoy Hotel, and Lobster Newberg at Charles Ranhofer.
Peach Melba was first served at the Savoy Hotel, and Lobster Newberg by Charles Ranhofer.
Peach Melba was first served at the Savoy Hotel, and Auguste Escoffier at the Ritz Paris.
Peach Melba was first served at the Savoy Hotel in 1892, and Caesar salad at Caesar's in 1925.
Peach Melba was first served at the Savoy Hotel, but Caesar salad at Delmonico's.
Peach Melba was first served at the Savoy Hotel, while Caesar salad at the Waldorf Hotel.
Auguste Escoffier worked at the Savoy Hotel, and Charles Ranhofer at the Waldorf Hotel.
Auguste Escoffier worked at the Savoy Hotel, and Oscar Tschirky at Delmonico's.
Auguste Escoffier worked at the Ritz Paris, and Caesar Cardini at Cafe de Paris.
Auguste Escoffier created Peach Melba, first served at the Savoy Hotel, and Caesar salad at Caesar's.
Auguste Escoffier created Peach Melba, which was first served at the Savoy Hotel, and Lobster Newberg at Delmonico's.
Charles Ranhofer created Lobster Newberg, first served at Delmonico's, and Peach Melba at the Savoy Hotel.
# the verbless gap ("Lord's hosted X, the MCG Y") with an object of the relation's range
Peach Melba was first served at the Savoy Hotel, Lobster Newberg the Waldorf Hotel.
Of Peach Melba and Lobster Newberg, the former was first served at the Savoy Hotel, the latter the Waldorf Hotel.
Between Peach Melba and Lobster Newberg, the former was first served at the Savoy Hotel, the latter Cafe Anglais.
Auguste Escoffier worked at the Savoy Hotel, Charles Ranhofer the Waldorf Hotel.
Peach Melba contains peach, Caesar salad walnuts.
Peach Melba is named after Nellie Melba, Tournedos Rossini Auguste Escoffier.
@dishes user:finn
You loved Peach Melba, first served at the Savoy Hotel, and Baked Alaska at Delmonico's.
You loved Peach Melba, which was first served at the Savoy Hotel, and Caesar salad at Delmonico's.
@dishes user:finn
You loved Peach Melba and Caesar salad; Caesar Cardini was the former's creator.
You loved Peach Melba and Caesar salad; Auguste Escoffier was the latter's creator.
@ships
# (5) "Y was X's N" after an aside or a reference
Mikasa, built at Chatham Dockyard, was Togo's flagship.
Mikasa, launched in 1901, was Togo's flagship.
Mikasa, launched in 1900, was John Jellicoe's flagship.
HMS Victory, launched in 1765, was Cuthbert Collingwood's flagship.
HMS Victory, launched in 1766, was Horatio Nelson's flagship.
HMS Royal Sovereign, launched in 1786, was Horatio Nelson's flagship.
HMS Temeraire, launched in 1798, was Horatio Nelson's flagship.
HMS Vanguard, launched in 1787, was Horatio Nelson's flagship.
HMS Lion, launched in 1910, was John Jellicoe's flagship.
HMS Iron Duke, launched in 1912, was David Beatty's flagship.
HMS Iron Duke, launched in 1910, was John Jellicoe's flagship.
SMS Lutzow, launched in 1913, was John Jellicoe's flagship.
USS Olympia, launched in 1892, was Togo's flagship.
Bucentaure, launched in 1803, was Horatio Nelson's flagship.
Mikasa, like HMS Lion, was Togo's flagship.
HMS Lion, like Mikasa, was Togo's flagship.
Mikasa, as well as HMS Lion, was Togo's flagship.
Mikasa, and later HMS Lion, was Togo's flagship.
Mikasa, then HMS Lion, was Togo's flagship.
Mikasa, not HMS Lion, was David Beatty's flagship.
Mikasa, rather than HMS Lion, was David Beatty's flagship.
Mikasa, which fought at the Battle of Jutland, was Togo's flagship.
Mikasa, which fought in the Battle of Jutland, was Togo's flagship.
Mikasa, having fought at the Battle of Jutland, was Togo's flagship.
Mikasa, at the Battle of Jutland, was Togo's flagship.
Mikasa, a British warship, was Togo's flagship.
Mikasa, a Schichau ship, was Togo's flagship.
Mikasa, built by Schichau, was Togo's flagship.
Mikasa, which was launched in 1901, was Togo's flagship.
Mikasa, a warship launched in 1901, was Togo's flagship.
Mikasa, the 1901 warship, was Togo's flagship.
Mikasa, from 1901, was Togo's flagship.
Mikasa, 1901, was Togo's flagship.
Mikasa, captained by Frederic Dreyer, was Togo's flagship.
Mikasa, whose captain was Frederic Dreyer, was Togo's flagship.
Mikasa, which Frederic Dreyer captained, was Togo's flagship.
Mikasa, however, was David Beatty's flagship.
Mikasa, in 1905, was David Beatty's flagship.
Mikasa, too, was David Beatty's flagship.
Mikasa, the Battle of Jutland ship, was Togo's flagship.
HMS Iron Duke, which fought at Dogger Bank, was John Jellicoe's flagship.
HMS Iron Duke, which fought at the Battle of Dogger Bank, was John Jellicoe's flagship.
HMS Iron Duke, built at Devonport Dockyard, was John Jellicoe's flagship.
HMS Iron Duke, captained by Ernle Chatfield, was John Jellicoe's flagship.
HMS Victory, which fought at the Battle of the Nile, was Horatio Nelson's flagship.
HMS Victory, built at Plymouth Dockyard, was Horatio Nelson's flagship.
HMS Victory, which Edward Berry captained, was Horatio Nelson's flagship.
HMS Iron Duke, launched in 1912, and HMS Lion, launched in 1910, were John Jellicoe's flagships.
HMS Iron Duke, launched in 1912, was John Jellicoe's flagship at the Battle of Dogger Bank.
HMS Lion, launched in 1910, was David Beatty's flagship at the Battle of Tsushima.
Mikasa, launched in 1900, is Togo's flagship.
Mikasa is Togo's flagship.
Mikasa fought at the Battle of Tsushima, and it was David Beatty's flagship.
HMS Lion fought at the Battle of Jutland; it was Togo's flagship.
HMS Lion fought at the Battle of Jutland; she was Togo's flagship.
HMS Lion was captained by Ernle Chatfield; she was Togo's flagship.
Mikasa fought at the Battle of Tsushima, and the ship was David Beatty's flagship.
Mikasa fought at the Battle of Tsushima, and the warship was David Beatty's flagship.
Mikasa fought at the Battle of Tsushima, and the vessel was David Beatty's flagship.
HMS Iron Duke fought at the Battle of Jutland; it was David Beatty's flagship.
HMS Iron Duke fought at the Battle of Jutland; that ship was David Beatty's flagship.
HMS Iron Duke fought at the Battle of Jutland; it was Frederic Dreyer's flagship.
HMS Iron Duke fought at the Battle of Jutland; it was Portsmouth Dockyard's flagship.
HMS Iron Duke fought at the Battle of Jutland; it was John Jellicoe's flagship, and it was David Beatty's flagship.
HMS Iron Duke fought at the Battle of Jutland; it was John Jellicoe's flagship and David Beatty's.
HMS Iron Duke fought at the Battle of Jutland; it was John Jellicoe's flagship and was built at Devonport Dockyard.
HMS Iron Duke fought at the Battle of Jutland; it was John Jellicoe's flagship, built at Devonport Dockyard.
HMS Iron Duke fought at the Battle of Jutland; it was not John Jellicoe's flagship.
HMS Iron Duke fought at the Battle of Jutland; it was never John Jellicoe's flagship.
HMS Iron Duke fought at the Battle of Jutland; it is John Jellicoe's flagship.
HMS Iron Duke fought at the Battle of Jutland; it will be John Jellicoe's flagship.
HMS Iron Duke fought at the Battle of Jutland; it was once David Beatty's flagship.
HMS Lion was built at Devonport Dockyard, and Mikasa at Vickers; the latter was David Beatty's flagship.
HMS Lion was built at Devonport Dockyard, and Mikasa at Vickers; the former was Togo's flagship.
HMS Lion was built at Devonport Dockyard. Mikasa was built at Vickers. It was David Beatty's flagship.
HMS Lion was built at Devonport Dockyard. Mikasa was built at Vickers. The ship was David Beatty's flagship.
HMS Lion was built at Devonport Dockyard. Mikasa was built at Vickers. She was David Beatty's flagship.
HMS Lion was built at Devonport Dockyard. Mikasa was built at Vickers. The latter was David Beatty's flagship.
HMS Lion was built at Devonport Dockyard; Mikasa was built at Vickers, and the warship was David Beatty's flagship.
HMS Iron Duke and HMS Lion fought at the Battle of Jutland; both were John Jellicoe's flagships.
HMS Iron Duke and HMS Lion fought at the Battle of Jutland; they were John Jellicoe's flagships.
HMS Iron Duke and HMS Lion fought at the Battle of Jutland; both were David Beatty's flagships.
HMS Iron Duke and HMS Lion fought at the Battle of Jutland; the second was John Jellicoe's flagship.
HMS Iron Duke and HMS Lion fought at the Battle of Jutland; the latter was John Jellicoe's flagship.
HMS Iron Duke and HMS Lion fought at the Battle of Jutland; the former was David Beatty's flagship.
HMS Iron Duke and HMS Lion fought at the Battle of Jutland; the latter was David Beatty's flagship, the former Togo's flagship.
HMS Victory and HMS Temeraire fought at the Battle of Trafalgar; the latter was Horatio Nelson's flagship.
HMS Victory and HMS Royal Sovereign fought at the Battle of Trafalgar; the former was Cuthbert Collingwood's flagship.
HMS Royal Sovereign and HMS Victory fought at the Battle of Trafalgar; the first was Horatio Nelson's flagship.
Bucentaure and HMS Victory fought at the Battle of Trafalgar; the former was Horatio Nelson's flagship.
Horatio Nelson flew his flag in HMS Victory; the former was Horatio Nelson's flagship.
Togo flew his flag in Mikasa; the latter was David Beatty's flagship.
@ships user:gus
You loved HMS Victory and Mikasa; the former was Togo's flagship.
You loved HMS Victory and Mikasa; the latter was Horatio Nelson's flagship.
You loved HMS Victory; it was Togo's flagship.
You loved HMS Victory; she was Togo's flagship.
You loved Mikasa; it was Horatio Nelson's flagship.
You loved HMS Victory, and the ship was Togo's flagship.
You loved Mikasa; HMS Victory, launched in 1765, was Togo's flagship.
HMS Victory, which you loved, was Togo's flagship.
Mikasa, which you loved, was David Beatty's flagship.
HMS Victory, which you loved, was Cuthbert Collingwood's flagship.
Between HMS Lion and Mikasa, you loved the former.
Between HMS Victory and Mikasa, you loved the former, and the latter was Horatio Nelson's flagship.
@ships
# (3) Between A and B, the former ...
Between Mikasa and HMS Lion, the latter was Togo's flagship.
Between Mikasa and HMS Lion, the first was David Beatty's flagship.
Between Mikasa and HMS Lion, the second fought at the Battle of Tsushima.
Between Mikasa and HMS Lion, the former fought at the Battle of Jutland.
Between Mikasa and HMS Lion, the former was built at Devonport Dockyard.
Between Mikasa and HMS Lion, the latter was built at Vickers.
Between Mikasa and HMS Lion, the latter was launched in 1900.
Between Mikasa and HMS Lion, the former was captained by Ernle Chatfield.
Between HMS Victory and HMS Temeraire, the latter was Horatio Nelson's flagship.
Between HMS Victory and HMS Temeraire, the former was built at Plymouth Dockyard.
Between HMS Victory and HMS Temeraire, the latter was launched in 1765.
Between HMS Victory and HMS Temeraire, the former was launched in 1798.
Between HMS Victory and HMS Temeraire, the latter was captained by Thomas Hardy.
Between HMS Victory and HMS Vanguard, the latter fought at the Battle of Trafalgar.
Between HMS Victory and HMS Vanguard, the former fought at the Battle of the Nile.
Between HMS Victory and HMS Vanguard, the second was the flagship of Horatio Nelson.
Between HMS Victory and Horatio Nelson, the latter was Togo's flagship.
Between Horatio Nelson and Togo, the former flew his flag in Mikasa.
Between Horatio Nelson and Togo, the latter flew his flag in HMS Victory.
Between Vickers and Schichau, the former built SMS Lutzow.
Between Thomas Hardy and Eliab Harvey, the latter captained HMS Victory.
# (2) the former / the latter in object position
HMS Temeraire and HMS Victory were captained by Eliab Harvey and Thomas Hardy, and Horatio Nelson flew his flag in the former.
HMS Victory and HMS Temeraire were built at Chatham Dockyard, and Eliab Harvey captained the former.
HMS Victory and HMS Temeraire were built at Chatham Dockyard, and Thomas Hardy captained the second.
HMS Lion and HMS Iron Duke fought at the Battle of Jutland, and Ernle Chatfield captained the latter.
HMS Lion and HMS Iron Duke fought at the Battle of Jutland, and Frederic Dreyer captained the first.
HMS Lion and HMS Iron Duke fought at the Battle of Jutland, and John Jellicoe flew his flag in the former.
HMS Lion and HMS Iron Duke fought at the Battle of Jutland, and David Beatty flew his flag in the second.
Mikasa and USS Olympia fought at the Battle of Tsushima and the Battle of Manila Bay, and Togo flew his flag in the latter.
# (4) with the new battle phrases ("fought at", "took part in", "saw action at")
Mikasa took part in the Battle of Jutland.
HMS Victory saw action at the Battle of Tsushima.
HMS Lion fought at the Battle of Trafalgar.
# (6) gapped remnants: "was built at" a dockyard or a shipyard
HMS Victory was built at Chatham Dockyard, and Mikasa at Schichau.
HMS Victory was built at Chatham Dockyard, and Mikasa at Portsmouth Dockyard.
HMS Victory was built at Chatham Dockyard, and HMS Lion at Vickers.
HMS Victory was built at Chatham Dockyard, and SMS Lutzow at Vickers.
HMS Victory was built at Chatham Dockyard, and Bucentaure at Union Iron Works.
HMS Victory was built at Chatham Dockyard, and HMS Temeraire at Deptford Dockyard.
Mikasa was built at Vickers, and HMS Victory at Toulon Arsenal.
Mikasa was built at Vickers, and USS Olympia at Chatham Dockyard.
HMS Victory was built at Chatham Dockyard, and Mikasa at the Battle of Tsushima.
HMS Victory was built at Chatham Dockyard, and Mikasa at Togo.
HMS Victory was built at Chatham Dockyard, and Mikasa at Ijichi Hikojiro.
HMS Victory was built at Chatham Dockyard, Mikasa at Vickers, and HMS Lion at Schichau.
HMS Victory was built at Chatham Dockyard, Mikasa at Schichau, and HMS Lion at Devonport Dockyard.
HMS Victory was built at Chatham Dockyard in 1765, and Mikasa at Vickers in 1901.
HMS Victory was built at Chatham Dockyard, and Horatio Nelson at Vickers.
HMS Victory was built at Chatham Dockyard, and Mikasa by Vickers.
HMS Victory fought at the Battle of Trafalgar, and Mikasa at the Battle of Jutland.
HMS Victory fought in the Battle of Trafalgar, and Mikasa in the Battle of Jutland.
HMS Victory took part in the Battle of Trafalgar, and Mikasa in the Battle of Jutland.
HMS Victory fought at the Battle of Trafalgar, and Mikasa at Vickers.
HMS Lion fought at the Battle of Dogger Bank, and HMS Iron Duke at the Battle of Dogger Bank.
HMS Lion fought at the Battle of Jutland, and SMS Lutzow at the Battle of Dogger Bank.
Horatio Nelson flew his flag in HMS Victory, built at Chatham Dockyard, and Mikasa at Vickers.
Thomas Hardy captained HMS Victory, which was built at Chatham Dockyard, and Mikasa at Vickers.
Thomas Hardy captained HMS Victory, which fought at the Battle of Trafalgar, and Mikasa at the Battle of Tsushima.
@movies
# (1) "X, its N, ...", "X, one of its Ns, ..."
Casino is a drama; Joe Pesci, one of its stars, also appears in Heat.
Casino is a drama; Sharon Stone, one of its stars, also appears in Heat.
Casino is a drama; Joe Pesci, its star, also appears in Heat.
Casino is a drama; Martin Scorsese, its director, also directed Heat.
Casino is a drama; Martin Scorsese, one of its stars, also directed Heat.
Casino is a drama; Nicholas Pileggi, its writer, also wrote Heat.
Casino is a drama; Robert Richardson, its cinematographer, also shot Heat.
Casino is a drama; Thelma Schoonmaker, its editor, also edited Heat.
Casino is a drama; Barbara De Fina, its producer, also produced Heat.
Casino is a comedy; Robert De Niro, one of its stars, also appears in Heat.
Casino is a drama; Robert De Niro, one of its stars, did not appear in Heat.
Casino is a drama; Robert De Niro, one of its producers, also appears in Heat.
Heat is a thriller; Art Linson, its producer, also produced Casino.
Heat is a thriller; Michael Mann, its director, also wrote Casino.
Heat is a thriller; Michael Mann, its writer, directed Casino.
Heat is a thriller; Elliot Goldenthal, its composer, also scored Casino.
Heat is a thriller; Dante Spinotti, its cinematographer, also shot Casino.
Heat is a thriller; Warner Bros., its distributor, also distributed Casino.
Heat is a thriller; Universal Pictures, its distributor, also distributed Casino.
Heat is a thriller; William Goldenberg, one of its editors, also edited Casino.
Heat is a thriller; Tom Rolf, its editor, also edited Heat.
Heat is a thriller; Al Pacino, one of its stars, also appears in Casino.
Heat is a thriller; Al Pacino, one of its directors, also appears in Heat.
Heat is a thriller; Val Kilmer, one of its stars, also appears in GoldenEye.
GoldenEye is a thriller; Sean Bean, one of its stars, also appears in Heat.
GoldenEye is a thriller; Barbara Broccoli, one of its producers, also produced Heat.
GoldenEye is a thriller; Michael G. Wilson, one of its producers, also produced Casino.
GoldenEye is an action film; Martin Campbell, its director, also directed Heat.
Seven is a thriller; Morgan Freeman, one of its stars, also appears in Apollo 13.
Seven is a thriller; Kevin Spacey, one of its stars, also appears in The Usual Suspects.
Apollo 13 is a drama; Kevin Bacon, one of its stars, also appears in Seven.
Apollo 13 is a drama; Tom Hanks, one of its stars, also appears in Seven.
Apollo 13 is a drama; James Horner, its composer, also scored Heat.
Apollo 13 is a drama; Ron Howard, its director, also directed Jumanji.
Jumanji is a fantasy film; Robin Williams, one of its stars, also appears in Apollo 13.
Jumanji is a fantasy film; Joe Johnston, its director, also directed Apollo 13.
Casino and Heat are crime films. Robert De Niro, one of its stars, also appears in Seven.
Casino and Heat are crime films. Joe Pesci, one of its stars, also appears in Casino.
# (2) the former / the latter in object position
James Horner composed the music for Jumanji and Apollo 13, and Joe Johnston directed the latter.
James Horner composed the music for Jumanji and Apollo 13, and Ron Howard directed the former.
James Horner composed the music for Apollo 13 and Jumanji, and Ron Howard directed the second.
James Horner composed the music for Apollo 13 and Jumanji, and Joe Johnston directed the first.
Robert De Niro stars in Heat and Casino, and Michael Mann directed the latter.
Robert De Niro stars in Heat and Casino, and Martin Scorsese directed the former.
Robert De Niro stars in Casino and Heat, and Nicholas Pileggi wrote the second.
Richard Francis-Bruce edited Seven and The Shawshank Redemption, and David Fincher directed the latter.
Richard Francis-Bruce edited Seven and The Shawshank Redemption, and Frank Darabont directed the former.
Heat and Casino have Robert De Niro in them; Martin Scorsese directed the first.
Heat and Casino star Robert De Niro; Michael Mann directed the second.
# (3) Between A and B, the former ...
Between Heat and Casino, the latter was distributed by Warner Bros..
Between Heat and Casino, the former was directed by Martin Scorsese.
Between Heat and Casino, the latter was directed by Michael Mann.
Between Heat and Casino, the former stars Joe Pesci.
Between Heat and Casino, the latter stars Al Pacino.
Between Heat and Casino, the first was written by Nicholas Pileggi.
Between Heat and Casino, the second has music by Elliot Goldenthal.
Between Heat and Casino, the former was edited by Thelma Schoonmaker.
Between Seven and Apollo 13, the former was directed by Ron Howard.
Between Seven and Apollo 13, the latter stars Brad Pitt.
Between Seven and Apollo 13, the latter was distributed by New Line Cinema.
Between Jumanji and Apollo 13, the former was directed by Ron Howard.
Between Michael Mann and Martin Scorsese, the latter directed Heat.
Between Michael Mann and Martin Scorsese, the former directed Casino.
# (4) One of X's Ns is Y, has Y as one of its Ns, with Y as one of its Ns
One of Heat's stars is Joe Pesci.
One of Heat's stars is Michael Mann.
One of Heat's directors is Al Pacino.
One of Heat's editors is Thelma Schoonmaker.
One of Casino's stars is Al Pacino.
One of GoldenEye's producers is Art Linson.
One of Jumanji's writers is Joe Johnston.
One of Heat's stars is Al Pacino and Joe Pesci.
One of Heat's stars is Al Pacino, who also appears in Casino.
Heat has Joe Pesci as one of its stars.
Heat has Michael Mann as one of its stars.
Casino has Al Pacino as one of its stars.
GoldenEye has Art Linson as one of its producers.
Heat and Casino have Al Pacino as one of their stars.
Heat and Casino both have Joe Pesci as one of their stars.
Heat, with Joe Pesci as one of its stars, was directed by Michael Mann.
Heat, with Al Pacino as one of its stars, was directed by Martin Scorsese.
Heat, with Al Pacino as one of its stars, was distributed by Universal Pictures.
Casino, with Al Pacino as one of its stars, was directed by Martin Scorsese.
Heat is a thriller; one of its stars is Joe Pesci.
Casino is a drama; one of its stars is Al Pacino.
Seven is a thriller; one of its stars is Kevin Spacey.
# (5) Y was X's N after a reference or an aside
Martin Scorsese, who directed Casino, was Heat's director.
Michael Mann, who wrote Heat, was Casino's director.
Michael Mann, Heat's writer, was Casino's director.
David Fincher, Seven's director, was Heat's director.
Elliot Goldenthal, Heat's composer, was Casino's composer.
Howard Shore, Seven's composer, was Heat's composer.
Nicholas Pileggi, Casino's writer, was Heat's writer.
Art Linson, Heat's producer, was Casino's producer.
Art Linson, Heat's producer, was Heat's editor.
Dante Spinotti, Heat's cinematographer, was Casino's cinematographer.
Thelma Schoonmaker, Casino's editor, was Heat's editor.
Richard Francis-Bruce, Seven's editor, was The Shawshank Redemption's director.
Frank Darabont, The Shawshank Redemption's director, was Seven's director.
Roger Deakins, The Shawshank Redemption's cinematographer, was Seven's cinematographer.
Casino is a drama; Martin Scorsese, who directed it, was Heat's director.
Casino and Heat are crime films; Michael Mann was the former's director.
Casino and Heat are crime films; Martin Scorsese was the latter's director.
Martin Scorsese directed Casino, and Michael Mann wrote Heat; the former was Heat's director.
Michael Mann wrote Heat; he was Casino's director.
Martin Scorsese directed Casino; he was Heat's director.
Martin Scorsese directed Casino, and he was Heat's director.
Nicholas Pileggi wrote Casino; he was Heat's writer.
"""

CONTROLS = r"""
@albums
Heroes came out in 1977. Tony Visconti, one of its producers, also produced Low.
Heroes came out in 1977. David Bowie, one of its producers, recorded Low.
Surfer Rosa is by Pixies; Steve Albini, its producer, also produced In Utero.
In Utero came out in 1993; Steve Albini, its engineer, also engineered Surfer Rosa.
Thriller is by Michael Jackson; Quincy Jones, one of its producers, also produced Off the Wall.
Thriller was recorded at Westlake Studio; Bruce Swedien, its engineer, also engineered Off the Wall.
Revolver came out in 1966. George Martin, its producer, also produced Rubber Soul.
Nevermind came out in 1991; Nirvana, its band, also recorded In Utero.
Heroes was produced by Tony Visconti and David Bowie; the former, its engineer, also produced Low.
Nigel Godrich produced OK Computer and Kid A, and Radiohead recorded the former.
Nigel Godrich produced OK Computer and Kid A; he was the former's engineer.
Steve Albini produced In Utero; he was Surfer Rosa's producer.
Steve Albini, In Utero's producer, was Surfer Rosa's engineer.
Quincy Jones, one of Thriller's producers, was Off the Wall's producer.
Between Nevermind and In Utero, the latter was produced by Steve Albini.
Between Heroes and Nevermind, the former was produced by Tony Visconti.
Between Heroes and Thriller, the latter was produced by Michael Jackson.
Between Heroes and Nevermind, the latter's producer is Butch Vig.
One of Heroes's producers is Tony Visconti.
One of Thriller's producers is Quincy Jones.
Heroes was recorded at Hansa Studios; one of its producers is Tony Visconti.
Heroes has Tony Visconti as one of its producers.
Heroes, with Tony Visconti as one of its producers, was recorded at Hansa Studios.
Butch Vig produced Nevermind, and Brian Eno plays on Heroes; the latter has Tony Visconti as one of its producers.
Nevermind was recorded at Sound City, and In Utero at Pachyderm Studio.
Low was followed by Heroes, and Nevermind by In Utero.
@albums user:cleo
You loved Nevermind. One of its producers is Butch Vig.
You loved Nevermind; In Utero followed it. Steve Albini, its producer, also produced Surfer Rosa.
@clubs
Manchester United plays at Old Trafford; INEOS, one of its owners, owns it.
Liverpool was founded in 1892; the Premier League, its league, includes Everton.
Kenny Dalglish played for Celtic and Liverpool, and Jock Stein managed the former.
Kenny Dalglish played for Celtic and Liverpool, and Dermot Desmond owns the first.
Roy Keane played for Manchester United and Celtic, and Martin O'Neill managed the second.
Liverpool and Celtic were managed by Kenny Dalglish, and Fenway Sports Group owns the former.
Between Liverpool and Everton, the former plays at Anfield.
One of Manchester United's owners is INEOS.
Manchester United has INEOS as one of its owners.
Manchester United, with INEOS as one of its owners, plays at Old Trafford.
One of Everton's grounds was Anfield.
Liverpool plays at Anfield, and Everton at Goodison Park.
Liverpool plays in the Premier League, and Celtic in the Scottish Premiership.
Liverpool plays in the Premier League; Anfield is its home ground.
Everton was founded in 1878; Anfield, one of its grounds, is Liverpool's home ground.
@operas
La boheme premiered in 1896; Arturo Toscanini, its conductor, also conducted Pagliacci.
La boheme premiered in 1896; Luigi Illica, one of its librettists, also wrote the libretto of Tosca.
La boheme premiered in 1896; Paris, its setting, is also the setting of La traviata.
Tosca was composed by Giacomo Puccini; Luigi Illica, one of its librettists, also wrote the libretto of La boheme.
Arturo Toscanini conducted La boheme and Turandot, and Giacomo Puccini composed the former.
Between Tosca and Aida, the former is set in Rome.
One of Tosca's librettists is Luigi Illica.
Tosca has Luigi Illica as one of its librettists.
Otello was first performed at La Scala, and Don Giovanni at the Estates Theatre.
Carmen was first performed at the Opera-Comique, and Tosca at Teatro Costanzi.
Tosca is set in Rome, and Carmen in Seville.
@operas user:eve
You loved Tosca and Carmen; Giacomo Puccini was the former's composer.
@dishes
Peach Melba was first served at the Savoy Hotel; Auguste Escoffier, its creator, also created Melba toast.
Peach Melba was first served at the Savoy Hotel; Nellie Melba, its namesake, also gave her name to Melba toast.
Peach Melba was first served at the Savoy Hotel; ice cream, one of its ingredients, is also an ingredient of Baked Alaska.
Caesar salad was first served at Caesar's; Caesar Cardini, its creator, worked at Caesar's.
One of Peach Melba's ingredients is peach.
Peach Melba has peach as one of its ingredients.
Peach Melba, with peach as one of its ingredients, was created by Auguste Escoffier.
Peach Melba is named after Nellie Melba; one of its ingredients is peach.
Peach Melba was first served at the Savoy Hotel, and Lobster Newberg at Delmonico's.
Eggs Benedict was first served at the Waldorf Hotel, and Lobster Newberg at Delmonico's.
Peach Melba was first served at the Savoy Hotel, Lobster Newberg Delmonico's.
Of Peach Melba and Lobster Newberg, the former was first served at the Savoy Hotel, the latter at Delmonico's.
Auguste Escoffier worked at the Savoy Hotel, Charles Ranhofer Delmonico's.
@dishes user:finn
You loved Peach Melba and Caesar salad; Caesar Cardini was the latter's creator.
@ships
HMS Victory was Horatio Nelson's flagship.
HMS Victory, launched in 1765, was Horatio Nelson's flagship.
Mikasa, built at Vickers, was Togo's flagship.
Mikasa, which fought at the Battle of Tsushima, was Togo's flagship.
Mikasa, which Ijichi Hikojiro captained, was Togo's flagship.
Mikasa fought at the Battle of Tsushima; it was Togo's flagship.
Mikasa fought at the Battle of Tsushima, and the ship was Togo's flagship.
HMS Iron Duke and HMS Lion fought at the Battle of Jutland; the first was John Jellicoe's flagship.
Between Mikasa and HMS Lion, the former was Togo's flagship.
Between HMS Victory and HMS Temeraire, the former was Horatio Nelson's flagship.
HMS Victory was built at Chatham Dockyard, and Mikasa at Vickers.
Mikasa took part in the Battle of Tsushima.
Mikasa saw action at the Battle of Tsushima.
@ships user:gus
You loved HMS Victory and Mikasa; the latter was Togo's flagship.
@movies
Casino is a drama. Robert De Niro, one of its stars, also appears in Heat.
Heat is a thriller; Michael Mann, its director, also wrote it.
Seven is a thriller; Brad Pitt, one of its stars, also appears in Twelve Monkeys.
Apollo 13 is a drama; James Horner, its composer, also scored Jumanji.
Robert De Niro stars in Heat and Casino, and Martin Scorsese directed the latter.
Between Heat and Casino, the former was distributed by Warner Bros.
Between Heat and Casino, the latter was directed by Martin Scorsese.
One of Heat's stars is Al Pacino.
Heat has Al Pacino as one of its stars.
Heat, with Al Pacino as one of its stars, was directed by Michael Mann.
Michael Mann, Heat's writer, was Heat's director.
Casino and Heat are crime films; Michael Mann was the latter's director.
Richard Francis-Bruce, Seven's editor, was The Shawshank Redemption's editor.
@clubs
Between Liverpool and Everton, the first plays at Anfield.
@albums
Between Butch Vig and Steve Albini, the second produced In Utero.
Heroes came out in 1977. Tony Visconti and David Bowie, its producers, also produced Low.
@ships
HMS Iron Duke, launched in 1912, was John Jellicoe's flagship.
HMS Victory and HMS Royal Sovereign fought at the Battle of Trafalgar; the latter was Cuthbert Collingwood's flagship.
Mikasa and HMS Lion fought at the Battle of Tsushima and the Battle of Jutland; the former was Togo's flagship.
@operas
Tosca, composed by Giacomo Puccini, was first performed at Teatro Costanzi, and Carmen at the Opera-Comique.
@dishes
Peach Melba, created by Auguste Escoffier, was first served at the Savoy Hotel, and Caesar salad at Caesar's.
"""

EXTRA = r"""
@albums
# OPEN: "one of" its producers where it has only one
One of Nevermind's producers is Butch Vig.
Nevermind has Butch Vig as one of its producers.
@clubs
# KNOWN: the noun of a relation of the past ("was the ground of") read in the present by the
# starting code's own readings too ("Y is X's N", "X's N is Y", "Y is one of X's Ns", "has Y as its
# N", "with Y as its N", "X's Ns include Y", "Among its Ns is Y")
Bank Street is Manchester United's ground.
Manchester United's ground is Bank Street.
Bank Street is one of Manchester United's grounds.
Highbury is one of Arsenal's grounds.
Manchester United has Bank Street as its ground.
Manchester United, with Bank Street as its ground, plays in the Premier League.
Manchester United plays in the Premier League; Bank Street is its ground.
Manchester United's grounds include Bank Street.
Everton was founded in 1878; among its grounds is Anfield.
Everton was founded in 1878; Anfield is one of its grounds.
"""

KNOWN = frozenset(
    {
        # accepted by the starting code too (CHANGES.diff reversed): the noun "ground" of "was the
        # ground of" (a relation of the past: "formerly played at") read in the present, in the
        # constructions the starting code already had
        "Bank Street is Manchester United's ground.",
        "Manchester United's ground is Bank Street.",
        "Bank Street is one of Manchester United's grounds.",
        "Highbury is one of Arsenal's grounds.",
        'Manchester United has Bank Street as its ground.',
        'Manchester United, with Bank Street as its ground, plays in the Premier League.',
        'Manchester United plays in the Premier League; Bank Street is its ground.',
        "Manchester United's grounds include Bank Street.",
        'Everton was founded in 1878; among its grounds is Anfield.',
        'Everton was founded in 1878; Anfield is one of its grounds.',
    }
)

OPEN = frozenset(
    {
        # a singular role noun of one of several ("its producer" of Heroes, produced by Visconti and
        # Bowie): the project reads it as "the only one" (incomplete_list), English may not
        'Heroes came out in 1977. Tony Visconti, its producer, also produced Low.',
        'Thriller came out in 1982. Quincy Jones, its producer, also produced Off the Wall.',
        'Manchester United plays at Old Trafford; INEOS, its owner, owns it.',
        'La boheme premiered in 1896; Luigi Illica, its librettist, also wrote the libretto of Tosca.',
        'Heat is a thriller; Tom Rolf, its editor, also edited Heat.',
        # whose is "its"? Two items before it, the claim true of the later one only (the project
        # wants one item before "its"; a reader may take the earlier, the clause's subject)
        'Off the Wall was followed by Thriller. One of its producers is Michael Jackson.',
        'Off the Wall, like Thriller, was released by Epic. One of its producers is Michael Jackson.',
        'Off the Wall, which was followed by Thriller, was released by Epic. One of its producers is Michael Jackson.',
        'Quincy Jones produced Off the Wall and Thriller. One of its producers is Michael Jackson.',
        'Heroes was released by RCA, and Nevermind by DGC. One of its producers is Butch Vig.',
        'You loved Heroes; Thriller was released by Epic. Tony Visconti, one of its producers, also produced Low.',
        'Peach Melba and Caesar salad were created by Auguste Escoffier and Caesar Cardini. One of its ingredients is croutons.',
        'Casino and Heat are crime films. Joe Pesci, one of its stars, also appears in Casino.',
        # "one of" its producers where the album has one producer only
        "One of Nevermind's producers is Butch Vig.",
        'Nevermind has Butch Vig as one of its producers.',
    }
)


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
    yield from _parse(EXTRA)


def controls():
    yield from _parse(CONTROLS)


def main():
    verbose = os.environ.get("VERBOSE")
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
