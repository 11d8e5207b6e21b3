"""Red team round 184 on the readings of CHANGES.diff: (1) "about" / "is about" / "deals with" /
"revolves around" / "centres on" / "tells of" / "is the story of" before a tag of the item (any
relation whose range type is "tag"), only for a lower-case tag that index.topic_tag accepts
(constructions.about_topics); (2) the credit frame "On / In / For <item>, A <verb> and B <verb>
(the <craft>)" (FrameReading._on_credits) and the craft cue constructions.fronted_crafts; (3) a
golf course "opened" / "was built" in its year, "took home" / "was honoured with" / "<prize> went
to" for a prize won, "lay out" for "design", a station's format before its noun.

Graphs: the shipped example graph (MovieLens films, 1,344 user tags) and four of my own (see each
builder's docstring): golf courses (designers typed "golf course architect", founders, owners,
tournaments hosted, awards won with the year on the edge, awards shortlisted for); radio stations
(a format each "airs", formats "formerly aired", owners, programs, flagships, awards); board games
with a tag relation of their own plus a second relation to tags (a content warning), designers
typed "game designer", awards won or nominated for; American football players where "went to"
may name a college (a trophy won with its year, a runner-up, colleges, high schools, teams).

Findings (196 of 479 false texts accepted, 182 on reading 1 and 14 on reading 2, none on reading
3; 29 arguable texts are OPEN):

* (1) index.topic_tag is a weak filter (a short list of "-ing" moods, adjective endings and words
  of remarks): "about" reads any other tag of the item (108 single tags). On the example graph: a
  studio ("Toy Story is a film about pixar", "Creature Comforts is about aardman"), a technique or
  a medium ("cgi", "claymation", "black and white", "anime", "art house", "graphic design",
  "action choreography"), a show ("A Night at the Roxbury is a film about snl"), the author of the
  book ("Fight Club is a film about palahnuik", "tolkien", "tolstoy", "dumas", "katzanzakis",
  "capote", "roald dahl": single-word names and names of no person in the graph pass), an actor
  ("X-Men is a film about hugh jackman"), a place it is set in or a wrong one ("Pulp Fiction is a
  film about los angeles", "The Third Man is a film about venice"), props and scenes ("a zither",
  "a ferris wheel", "a clock", "a stapler", "a milkshake", "a royal with cheese", "batman" in
  Suicide Squad), content ("rape", "homosexuality", "blood", "splatter", "a motherfucker"),
  remarks on the form or the watching ("character development", "pop culture references",
  "multiple stories", "out of order", "non-linear", "too long", "a tear jerker", "a chick flick",
  "an oldie but goodie", "for katie", "a new composer"), moods and genres said as nouns ("irony",
  "sarcasm", "deadpan", "suspense", "tension", "satire", "parody", "cheesy"); the other forms
  ("Toy Story deals with pixar", "Fight Club revolves around palahnuik", "The Third Man tells of
  a zither", "Creature Comforts is the story of aardman"). On the games graph: the designer's
  surname ("Ticket to Ride is a game about the moon", "Agricola is a game about rosenberg", "Catan
  is a game about teuber": the person-name check only knows types in PERSON_TYPES, and "game
  designer" is none; on the example graph "moon" is kept out only because some person is named
  Moon), the publisher ("kosmos", "gmt", "stonemaier"), "kickstarter", the fair ("essen"), an
  award ("kennerspiel"), remarks ("an expansion", "two player", "card driven", "a gateway game",
  "legacy", "dice").
* (1) "about" is read for EVERY relation whose range type is "tag", whatever it means (9): a game
  that "carries a content warning for" spiders is "a game about spiders" ("Gloomhaven deals with
  spiders", "Arkham Horror is a game about suicide", "Catan is a game about gambling").
* (1) a list after a topic: about_topics checks only the first object after "about"; the list
  reading then carries "about" to the next name, which may be any true tag of the item,
  capitalized or not, topic or not (65): "Fargo is about kidnapping and Steve Buscemi", "... and
  the Coen Brothers", "... and dark comedy", "Vertigo is about falling and Alfred Hitchcock",
  "... and imdb top 250", "Pulp Fiction is about gangsters and Quentin Tarantino", "... and great
  soundtrack", "Braveheart is about revenge and Oscar (Best Cinematography)", "The Big Lebowski
  is about a ransom and Nudity (Full Frontal)", "Blade Runner is about androids and Philip K.
  Dick", "Ticket to Ride is about trains and Alan Moon", "Gloomhaven is a game about monsters and
  spiders" (a content warning); with every form ("deals with", "centres on", "tells of", "is the
  story of", "is all about", "was about", "as well as", "and also"), in an apposition ("Fargo, a
  film about kidnapping and Steve Buscemi, is a comedy"), after a genre ("a crime film about"),
  and in a user's claim whose rating is true ("You loved Fargo, a film about kidnapping and Steve
  Buscemi.", "You loved Wingspan, a game about birds and kickstarter.").
* (2) _on_credits stops at ";" but marks the whole sentence read (self._mark(a, end)): whatever
  follows the ";" is never checked, as long as no name there is a mention (a surname alone such
  as "Spielberg", "Kubrick", "Coppola" is none) (14): "On Heat, Michael Mann directed; Spielberg
  produced.", "...; Kubrick edited.", "...; this was his debut.", "...; critics hated the
  result.", "On Heat, Dante Spinotti handled the cinematography; nobody watched.", "On Vertigo,
  Robert Burks handled the cinematography and George Tomasini the editing; Spielberg directed.",
  "On Jaws, Verna Fields edited; Spielberg composed."

Held: (1) a wrong film, negation ("is not", "isn't"), "Like Jaws, Heat ...", "as is Heat", a
person as subject, "Michael Mann directed a film about a shark", a capitalized name after
"about" ("Fargo is about Steve Buscemi"), a lower-case name that is also a person of the graph
("jim carrey", "sofia coppola", "edward norton" alone), remarks on NOT_TOPICS ("a twist ending",
"violence", "dark comedy" alone), a list whose first object is no topic or whose next object is
no tag ("and Roy Scheider", "and horror"), a remark after "and a" ("and a twist ending", "and a
big budget"; without the article, or with a topic tag after it, it passes), user claims with a low rating, a publisher's name that is also a tag ("chaosium"); (2)
wrong person, swapped roles, a gapped noun that changes the relation ("and Peter Benchley the
music"), negation, "directed brilliantly / twice / alone", a name after the verb, two items, a
year or a person fronted, "For fans of", pronouns ("On it", "For the film"), a name or pronoun
after the ";", "but", user claims, relative clauses; fronted_crafts makes no other shape pass
("In 1995, Bill Butler handled the cinematography", "In 1975, Dante Spinotti handled the
cinematography and Steven Spielberg directed Jaws"); (3) every golf, radio, prize and "laid out"
text: wrong years and other verbs of a course's history, founders, owners and other architects
"laid out", a shortlisted or hosted prize, the designer or the owner "taking home" a prize, a
year on "went to" (unverified), a runner-up, a college after "went to", another or a former
format, the owner or the city "a jazz station", "has a country music format".

Controls rejected (8 of 107): "Amadeus is about Mozart and Salieri." and "Amadeus is the story of
Mozart." (a capitalized topic tag is never read: by design, but faithful); "In Heat, Al Pacino and
Robert De Niro star." (the docstring's own example of _on_credits) and "In Heat, Al Pacino stars."
("starred" passes); "On Vertigo, Alfred Hitchcock directed and produced."; "Alister MacKenzie and
Bobby Jones laid out Augusta National." (as "... designed Augusta National": a list of designers
as subject; the passive passes); "Charles Woodson won the Heisman Trophy in 1997." and "The
Heisman Trophy went to Charles Woodson in 1997." (the year on the edge is not read).
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


def _r(user, ratings):
    """A user's ratings from (item, stars) pairs."""
    return [(user, "rated", i, {"rating": float(s)}) for i, s in ratings]


def movies():
    """The shipped example graph (MovieLens films, DBpedia credits, 1,344 user tags)."""
    return kgx.KnowledgeGraph.example()


def golf():
    """Golf courses (items typed "golf_course", the year each opened) with designers (typed "golf
    course architect", no person type, and the golfer Bobby Jones), founders (a golfer and
    businessmen), owners (companies), towns, tournaments hosted ("hosted") and awards: a course
    "won" an award (range "award": reading 3's "took home", "was honoured with", "<award> went to",
    with the year on the edge) or "was shortlisted for" one. "was designed by" gives reading 3's
    "laid out by". Augusta National was designed by Alister MacKenzie and Bobby Jones and founded
    by Bobby Jones and Clifford Roberts; Pete Dye designed Whistling Straits, Kiawah and TPC
    Sawgrass; Whistling Straits won the Best New Public Course award (1998), Kiawah the Best
    Resort Course award (1991, TPC Sawgrass shortlisted), Pebble Beach the Green Star Award (2005,
    Cypress Point shortlisted). Kim rated Augusta 5, Pebble Beach 2, Whistling Straits 4.5."""
    rels = [
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("golf_course",),
          range=("golf course architect", "golfer")),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("golf_course",),
          range=("golfer", "businessman")),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("golf_course",), range=("company",)),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("golf_course",),
          range=("city",)),
        R("hosted", phrase="hosted", inverse_phrase="was held at", domain=("golf_course",), range=("tournament",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("golf_course",), range=("award",)),
        R("shortlisted", phrase="was shortlisted for", inverse_phrase="shortlisted", domain=("golf_course",),
          range=("award",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {"g:augusta": ("golf_course", "Augusta National Golf Club", 1933),
             "g:pebble": ("golf_course", "Pebble Beach Golf Links", 1919),
             "g:pine": ("golf_course", "Pine Valley Golf Club", 1918),
             "g:cypress": ("golf_course", "Cypress Point Club", 1928),
             "g:whistling": ("golf_course", "Whistling Straits", 1998),
             "g:kiawah": ("golf_course", "Kiawah Island Ocean Course", 1991),
             "g:sawgrass": ("golf_course", "TPC Sawgrass", 1980),
             "g:carnoustie": ("golf_course", "Carnoustie Golf Links", 1842)}
    others = {
        "x:mackenzie": ("golf course architect", "Alister MacKenzie"), "x:dye": ("golf course architect", "Pete Dye"),
        "x:neville": ("golf course architect", "Jack Neville"), "x:grant": ("golf course architect", "Douglas Grant"),
        "x:crump": ("golf course architect", "George Crump"), "x:colt": ("golf course architect", "Harry Colt"),
        "x:robertson": ("golf course architect", "Allan Robertson"), "x:morris": ("golf course architect", "Old Tom Morris"),
        "x:hunter": ("golf course architect", "Robert Hunter"),
        "p:jones": ("golfer", "Bobby Jones"), "p:roberts": ("businessman", "Clifford Roberts"),
        "p:morse": ("businessman", "Samuel F. B. Morse"), "p:kohler": ("businessman", "Herbert Kohler"),
        "c:kohler": ("company", "Kohler Company"), "c:pebbleco": ("company", "Pebble Beach Company"),
        "c:pgatour": ("company", "PGA Tour"), "c:kiawahresort": ("company", "Kiawah Island Golf Resort"),
        "y:augusta": ("city", "Augusta"), "y:pebble": ("city", "Pebble Beach"), "y:pine": ("city", "Pine Valley"),
        "y:kohler": ("city", "Kohler"), "y:kiawah": ("city", "Kiawah Island"), "y:ponte": ("city", "Ponte Vedra Beach"),
        "y:carnoustie": ("city", "Carnoustie"),
        "t:masters": ("tournament", "Masters Tournament"), "t:usopen": ("tournament", "U.S. Open"),
        "t:pga": ("tournament", "PGA Championship"), "t:ryder": ("tournament", "Ryder Cup"),
        "t:players": ("tournament", "Players Championship"), "t:open": ("tournament", "The Open Championship"),
        "a:bestnew": ("award", "Best New Public Course award"), "a:resort": ("award", "Best Resort Course award"),
        "a:green": ("award", "Green Star Award"),
    }
    T_ = _t("designed_by", [("g:augusta", "x:mackenzie"), ("g:augusta", "p:jones"), ("g:pebble", "x:neville"),
                            ("g:pebble", "x:grant"), ("g:pine", "x:crump"), ("g:pine", "x:colt"),
                            ("g:cypress", "x:mackenzie"), ("g:cypress", "x:hunter"), ("g:whistling", "x:dye"),
                            ("g:kiawah", "x:dye"), ("g:sawgrass", "x:dye"), ("g:carnoustie", "x:robertson"),
                            ("g:carnoustie", "x:morris")])
    T_ += _t("founded_by", [("g:augusta", "p:jones"), ("g:augusta", "p:roberts"), ("g:pebble", "p:morse"),
                            ("g:whistling", "p:kohler")])
    T_ += _t("owned_by", [("g:whistling", "c:kohler"), ("g:pebble", "c:pebbleco"), ("g:sawgrass", "c:pgatour"),
                          ("g:kiawah", "c:kiawahresort")])
    T_ += _t("located_in", [("g:augusta", "y:augusta"), ("g:pebble", "y:pebble"), ("g:pine", "y:pine"),
                            ("g:cypress", "y:pebble"), ("g:whistling", "y:kohler"), ("g:kiawah", "y:kiawah"),
                            ("g:sawgrass", "y:ponte"), ("g:carnoustie", "y:carnoustie")])
    T_ += _t("hosted", [("g:augusta", "t:masters"), ("g:pebble", "t:usopen"), ("g:whistling", "t:pga"),
                        ("g:whistling", "t:ryder"), ("g:kiawah", "t:pga"), ("g:kiawah", "t:ryder"),
                        ("g:sawgrass", "t:players"), ("g:carnoustie", "t:open")])
    T_ += [("g:whistling", "won", "a:bestnew", {"year": 1998}), ("g:kiawah", "won", "a:resort", {"year": 1991}),
           ("g:pebble", "won", "a:green", {"year": 2005})]
    T_ += _t("shortlisted", [("g:sawgrass", "a:resort"), ("g:cypress", "a:green")])
    T_ += _r("user:kim", [("g:augusta", 5), ("g:pebble", 2), ("g:whistling", 4.5)])
    return _build(items, others, rels, T_, users=[("user:kim", "Kim")],
                  aliases={"g:augusta": ("Augusta National",), "g:pebble": ("Pebble Beach",)})

def radio():
    """Radio stations (items typed "radio_station", the year each signed on) that "air" a format
    (range "format": reading 3's "a talk radio station") and "formerly aired" others (WFAN country
    music, Hot 97 dance music, KFI adult contemporary), are owned by companies (Audacy owns WFAN,
    WINS and KROQ), licensed to a city, "broadcast" radio programs (the Grand Ole Opry on WSM), are
    "the flagship of" a team, and "won" awards (WFAN and WSM the Marconi Award, WQXR the Peabody
    Award). Ray rated WFAN 5, KFI 2, WQXR 4.5."""
    rels = [
        R("airs", phrase="airs", inverse_phrase="is aired by", domain=("radio_station",), range=("format",)),
        R("formerly_aired", phrase="formerly aired", inverse_phrase="was formerly aired by", domain=("radio_station",),
          range=("format",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("radio_station",), range=("company",)),
        R("licensed_to", phrase="is licensed to", inverse_phrase="is the city of license of", domain=("radio_station",),
          range=("city",)),
        R("broadcasts", phrase="broadcasts", inverse_phrase="is broadcast by", domain=("radio_station",),
          range=("radio program",)),
        R("carries", phrase="is the flagship of", inverse_phrase="has the flagship", domain=("radio_station",),
          range=("sports team",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("radio_station",), range=("award",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {"r:wfan": ("radio_station", "WFAN", 1987), "r:kfi": ("radio_station", "KFI", 1922),
             "r:wins": ("radio_station", "WINS", 1924), "r:wqxr": ("radio_station", "WQXR", 1936),
             "r:hot97": ("radio_station", "Hot 97", 1986), "r:wsm": ("radio_station", "WSM", 1925),
             "r:wbgo": ("radio_station", "WBGO", 1979), "r:kroq": ("radio_station", "KROQ", 1972)}
    others = {
        "f:sports": ("format", "sports radio"), "f:talk": ("format", "talk radio"), "f:news": ("format", "all-news"),
        "f:classical": ("format", "classical music"), "f:hiphop": ("format", "hip hop"), "f:country": ("format", "country music"),
        "f:jazz": ("format", "jazz"), "f:altrock": ("format", "alternative rock"), "f:dance": ("format", "dance music"),
        "f:ac": ("format", "adult contemporary"),
        "c:audacy": ("company", "Audacy"), "c:iheart": ("company", "iHeartMedia"), "c:nypr": ("company", "New York Public Radio"),
        "c:mediaco": ("company", "Mediaco Holding"), "c:ryman": ("company", "Ryman Hospitality Properties"),
        "c:newark": ("company", "Newark Public Radio"),
        "y:nyc": ("city", "New York City"), "y:la": ("city", "Los Angeles"), "y:nashville": ("city", "Nashville"),
        "y:newark": ("city", "Newark"), "y:pasadena": ("city", "Pasadena"),
        "s:opry": ("radio program", "Grand Ole Opry"), "s:boomer": ("radio program", "Boomer and Gio"),
        "s:stern": ("radio program", "The Howard Stern Show"), "s:funkmaster": ("radio program", "Funk Flex Show"),
        "k:mets": ("sports team", "New York Mets"), "k:lakers": ("sports team", "Los Angeles Lakers"),
        "a:marconi": ("award", "Marconi Award"), "a:peabody": ("award", "Peabody Award"),
    }
    T_ = _t("airs", [("r:wfan", "f:sports"), ("r:kfi", "f:talk"), ("r:wins", "f:news"), ("r:wqxr", "f:classical"),
                     ("r:hot97", "f:hiphop"), ("r:wsm", "f:country"), ("r:wbgo", "f:jazz"), ("r:kroq", "f:altrock")])
    T_ += _t("formerly_aired", [("r:wfan", "f:country"), ("r:hot97", "f:dance"), ("r:kfi", "f:ac")])
    T_ += _t("owned_by", [("r:wfan", "c:audacy"), ("r:kfi", "c:iheart"), ("r:wins", "c:audacy"), ("r:wqxr", "c:nypr"),
                          ("r:hot97", "c:mediaco"), ("r:wsm", "c:ryman"), ("r:wbgo", "c:newark"), ("r:kroq", "c:audacy")])
    T_ += _t("licensed_to", [("r:wfan", "y:nyc"), ("r:kfi", "y:la"), ("r:wins", "y:nyc"), ("r:wqxr", "y:nyc"),
                             ("r:hot97", "y:nyc"), ("r:wsm", "y:nashville"), ("r:wbgo", "y:newark"), ("r:kroq", "y:pasadena")])
    T_ += _t("broadcasts", [("r:wsm", "s:opry"), ("r:wfan", "s:boomer"), ("r:hot97", "s:funkmaster")])
    T_ += _t("carries", [("r:wfan", "k:mets"), ("r:kfi", "k:lakers")])
    T_ += [("r:wfan", "won", "a:marconi", {"year": 1996}), ("r:wsm", "won", "a:marconi", {"year": 2010}),
           ("r:wqxr", "won", "a:peabody", {"year": 1990})]
    T_ += _r("user:ray", [("r:wfan", 5), ("r:kfi", 2), ("r:wqxr", 4.5)])
    return _build(items, others, rels, T_, users=[("user:ray", "Ray")])

def games():
    """Board games (items, the year of release) with a tag relation of their own ("is tagged",
    range "tag") and a second relation to tags, a content warning ("carries a content warning
    for", range "tag": reading 1 reads "about" for every relation whose range is "tag"). Tags as a
    game site's users write them: topics ("trains", "disease", "birds", "farming", "the cold war",
    "monsters"), the designer's surname in lower case ("moon", "rosenberg", "teuber", "wrede",
    "leacock", "childres", "hargrave": designers are typed "game designer", no person type, so no
    surname is kept out of the topics), the publisher ("kosmos", "gmt", "stonemaier";
    "chaosium", which is also the publisher's name), the crowdfunding site ("kickstarter"), the
    fair ("essen"), awards ("kennerspiel", "Spiel des Jahres winner"), remarks ("gateway game",
    "two player", "card driven", "legacy", "expansion"), a capitalized name ("Alan Moon",
    "Lovecraft"). Content warnings: spiders, blood, death, alcohol, suicide, eggs, gambling.
    Designers "designed" (reading 3's "laid out"), publishers "published"; awards "won" (Catan,
    Carcassonne, Ticket to Ride the Spiel des Jahres; Agricola the Deutscher Spiele Preis;
    Wingspan the Kennerspiel des Jahres) or "was nominated for" (Pandemic and Agricola the Spiel des
    Jahres). Mia rated Catan 2, Ticket to Ride 5, Wingspan 4.5, Gloomhaven 1."""
    rels = [
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("board_game",),
          range=("game designer",)),
        R("published_by", phrase="was published by", inverse_phrase="published", domain=("board_game",),
          range=("publisher",)),
        R("has_tag", phrase="is tagged", inverse_phrase="is a tag of", domain=("board_game",), range=("tag",)),
        R("warns_of", phrase="carries a content warning for", inverse_phrase="is a content warning of",
          domain=("board_game",), range=("tag",)),
        R("has_genre", phrase="is a game of the genre", inverse_phrase="is the genre of", domain=("board_game",),
          range=("genre",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("board_game",), range=("award",)),
        R("nominated_for", phrase="was nominated for", inverse_phrase="nominated", domain=("board_game",),
          range=("award",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {"b:catan": ("board_game", "Catan", 1995), "b:carcassonne": ("board_game", "Carcassonne", 2000),
             "b:agricola": ("board_game", "Agricola", 2007), "b:pandemic": ("board_game", "Pandemic", 2008),
             "b:ttr": ("board_game", "Ticket to Ride", 2004), "b:ts": ("board_game", "Twilight Struggle", 2005),
             "b:gloom": ("board_game", "Gloomhaven", 2017), "b:wingspan": ("board_game", "Wingspan", 2019),
             "b:arkham": ("board_game", "Arkham Horror", 1987)}
    others = {
        "d:teuber": ("game designer", "Klaus Teuber"), "d:wrede": ("game designer", "Klaus-Jürgen Wrede"),
        "d:rosenberg": ("game designer", "Uwe Rosenberg"), "d:leacock": ("game designer", "Matt Leacock"),
        "d:moon": ("game designer", "Alan R. Moon"), "d:gupta": ("game designer", "Ananda Gupta"),
        "d:matthews": ("game designer", "Jason Matthews"), "d:childres": ("game designer", "Isaac Childres"),
        "d:hargrave": ("game designer", "Elizabeth Hargrave"), "d:launius": ("game designer", "Richard Launius"),
        "u:kosmos": ("publisher", "Franckh-Kosmos"), "u:hig": ("publisher", "Hans im Glück"),
        "u:lookout": ("publisher", "Lookout Games"), "u:zman": ("publisher", "Z-Man Games"),
        "u:dow": ("publisher", "Days of Wonder"), "u:gmt": ("publisher", "GMT Games"),
        "u:cephalofair": ("publisher", "Cephalofair Games"), "u:stonemaier": ("publisher", "Stonemaier Games"),
        "u:chaosium": ("publisher", "Chaosium"),
        "n:strategy": ("genre", "Strategy"), "n:family": ("genre", "Family"), "n:wargame": ("genre", "Wargame"),
        "n:coop": ("genre", "Cooperative"), "n:horror": ("genre", "Horror"),
        "a:sdj": ("award", "Spiel des Jahres"), "a:kenner": ("award", "Kennerspiel des Jahres"),
        "a:dsp": ("award", "Deutscher Spiele Preis"),
    }
    tags = {"trading": ["b:catan"], "dice": ["b:catan", "b:arkham"], "islands": ["b:catan"], "teuber": ["b:catan"],
            "kosmos": ["b:catan"], "gateway game": ["b:catan", "b:ttr", "b:carcassonne"],
            "tiles": ["b:carcassonne"], "farmers": ["b:carcassonne"], "wrede": ["b:carcassonne"],
            "farming": ["b:agricola"], "worker placement": ["b:agricola"], "rosenberg": ["b:agricola"],
            "essen": ["b:agricola", "b:catan"], "animals": ["b:agricola"],
            "disease": ["b:pandemic"], "leacock": ["b:pandemic"], "expansion": ["b:pandemic"],
            "trains": ["b:ttr"], "railways": ["b:ttr"], "moon": ["b:ttr"], "Alan Moon": ["b:ttr"],
            "cold war": ["b:ts"], "politics": ["b:ts"], "gmt": ["b:ts"], "two player": ["b:ts"],
            "card driven": ["b:ts"],
            "dungeon crawl": ["b:gloom"], "kickstarter": ["b:gloom", "b:wingspan"], "legacy": ["b:gloom"],
            "monsters": ["b:gloom", "b:arkham"], "childres": ["b:gloom"], "campaign": ["b:gloom"],
            "birds": ["b:wingspan"], "engine building": ["b:wingspan"], "hargrave": ["b:wingspan"],
            "stonemaier": ["b:wingspan"], "kennerspiel": ["b:wingspan"],
            "Lovecraft": ["b:arkham"], "cthulhu": ["b:arkham"], "chaosium": ["b:arkham"],
            "Spiel des Jahres winner": ["b:catan", "b:ttr", "b:carcassonne"]}
    warns = {"spiders": ["b:gloom", "b:arkham"], "blood": ["b:gloom"], "death": ["b:pandemic", "b:gloom"],
             "alcohol": ["b:arkham"], "suicide": ["b:arkham"], "eggs": ["b:wingspan"], "gambling": ["b:catan"]}
    for n, lab in enumerate(sorted(set(tags) | set(warns))):
        others[f"tag:{lab}"] = ("tag", lab)
    T_ = [(g, "has_tag", f"tag:{lab}") for lab, gs in tags.items() for g in gs]
    T_ += [(g, "warns_of", f"tag:{lab}") for lab, gs in warns.items() for g in gs]
    T_ += _t("designed_by", [("b:catan", "d:teuber"), ("b:carcassonne", "d:wrede"), ("b:agricola", "d:rosenberg"),
                             ("b:pandemic", "d:leacock"), ("b:ttr", "d:moon"), ("b:ts", "d:gupta"),
                             ("b:ts", "d:matthews"), ("b:gloom", "d:childres"), ("b:wingspan", "d:hargrave"),
                             ("b:arkham", "d:launius")])
    T_ += _t("published_by", [("b:catan", "u:kosmos"), ("b:carcassonne", "u:hig"), ("b:agricola", "u:lookout"),
                              ("b:pandemic", "u:zman"), ("b:ttr", "u:dow"), ("b:ts", "u:gmt"),
                              ("b:gloom", "u:cephalofair"), ("b:wingspan", "u:stonemaier"), ("b:arkham", "u:chaosium")])
    T_ += _t("has_genre", [("b:catan", "n:strategy"), ("b:catan", "n:family"), ("b:carcassonne", "n:family"),
                           ("b:agricola", "n:strategy"), ("b:pandemic", "n:coop"), ("b:ttr", "n:family"),
                           ("b:ts", "n:wargame"), ("b:gloom", "n:coop"), ("b:wingspan", "n:strategy"),
                           ("b:arkham", "n:coop"), ("b:arkham", "n:horror")])
    T_ += [("b:catan", "won", "a:sdj", {"year": 1995}), ("b:carcassonne", "won", "a:sdj", {"year": 2001}),
           ("b:ttr", "won", "a:sdj", {"year": 2004}), ("b:agricola", "won", "a:dsp", {"year": 2008}),
           ("b:wingspan", "won", "a:kenner", {"year": 2019})]
    T_ += _t("nominated_for", [("b:pandemic", "a:sdj"), ("b:agricola", "a:sdj")])
    T_ += _r("user:mia", [("b:catan", 2), ("b:ttr", 5), ("b:wingspan", 4.5), ("b:gloom", 1)])
    return _build(items, others, rels, T_, users=[("user:mia", "Mia")])


def football():
    """American football players (items typed "player", the year each was born) where "went to"
    could mean something else: a player "won" a trophy or an award (the Heisman Trophy to Charles
    Woodson in 1997 and Barry Sanders in 1988; the NFL MVP award to Manning, Brady, Rodgers and
    Sanders; Woodson the Defensive Player of the Year award), "was runner-up for" one (Peyton
    Manning for the 1997 Heisman), "played college football at" a university (what "went to"
    says of a player), "attended" a high school, "was drafted by" and "played for" teams."""
    rels = [
        R("won", phrase="won", inverse_phrase="was won by", domain=("player",), range=("trophy", "award")),
        R("runner_up", phrase="was runner-up for", inverse_phrase="had the runner-up", domain=("player",),
          range=("trophy", "award")),
        R("college", phrase="played college football at", inverse_phrase="was the college of", domain=("player",),
          range=("college",)),
        R("attended", phrase="attended", inverse_phrase="was attended by", domain=("player",), range=("high school",)),
        R("drafted_by", phrase="was drafted by", inverse_phrase="drafted", domain=("player",), range=("team",)),
        R("played_for", phrase="played for", inverse_phrase="fielded", domain=("player",), range=("team",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {"p:woodson": ("player", "Charles Woodson", 1976), "p:manning": ("player", "Peyton Manning", 1976),
             "p:brady": ("player", "Tom Brady", 1977), "p:sanders": ("player", "Barry Sanders", 1968),
             "p:rodgers": ("player", "Aaron Rodgers", 1983)}
    others = {
        "a:heisman": ("trophy", "Heisman Trophy"), "a:mvp": ("award", "NFL MVP award"),
        "a:dpoy": ("award", "Defensive Player of the Year award"),
        "c:michigan": ("college", "University of Michigan"), "c:tennessee": ("college", "University of Tennessee"),
        "c:okstate": ("college", "Oklahoma State University"), "c:cal": ("college", "University of California"),
        "h:ross": ("high school", "Ross High School"), "h:newman": ("high school", "Isidore Newman School"),
        "h:serra": ("high school", "Junipero Serra High School"), "h:wichita": ("high school", "Wichita North High School"),
        "h:pleasant": ("high school", "Pleasant Valley High School"),
        "t:raiders": ("team", "Oakland Raiders"), "t:packers": ("team", "Green Bay Packers"),
        "t:colts": ("team", "Indianapolis Colts"), "t:broncos": ("team", "Denver Broncos"),
        "t:patriots": ("team", "New England Patriots"), "t:bucs": ("team", "Tampa Bay Buccaneers"),
        "t:lions": ("team", "Detroit Lions"),
    }
    T_ = [("p:woodson", "won", "a:heisman", {"year": 1997}), ("p:sanders", "won", "a:heisman", {"year": 1988}),
          ("p:manning", "won", "a:mvp", {"year": 2003}), ("p:brady", "won", "a:mvp", {"year": 2007}),
          ("p:rodgers", "won", "a:mvp", {"year": 2011}), ("p:woodson", "won", "a:dpoy", {"year": 2009}),
          ("p:sanders", "won", "a:mvp", {"year": 1997})]
    T_ += [("p:manning", "runner_up", "a:heisman", {"year": 1997})]
    T_ += _t("college", [("p:woodson", "c:michigan"), ("p:brady", "c:michigan"), ("p:manning", "c:tennessee"),
                         ("p:sanders", "c:okstate"), ("p:rodgers", "c:cal")])
    T_ += _t("attended", [("p:woodson", "h:ross"), ("p:manning", "h:newman"), ("p:brady", "h:serra"),
                          ("p:sanders", "h:wichita"), ("p:rodgers", "h:pleasant")])
    T_ += _t("drafted_by", [("p:woodson", "t:raiders"), ("p:manning", "t:colts"), ("p:brady", "t:patriots"),
                            ("p:sanders", "t:lions"), ("p:rodgers", "t:packers")])
    T_ += _t("played_for", [("p:woodson", "t:raiders"), ("p:woodson", "t:packers"), ("p:manning", "t:colts"),
                            ("p:manning", "t:broncos"), ("p:brady", "t:patriots"), ("p:brady", "t:bucs"),
                            ("p:sanders", "t:lions"), ("p:rodgers", "t:packers")])
    return _build(items, others, rels, T_)


BUILDERS = {"movies": movies, "golf": golf, "radio": radio, "games": games, "football": football}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@movies
# (1) "about" a true tag of the film that names a studio, a medium, a technique or a show
Toy Story is a film about pixar.
Toy Story 2 is a film about pixar.
A Bug's Life is a film about pixar.
Wallace & Gromit: A Close Shave is a film about aardman.
Wallace & Gromit: The Wrong Trousers is a film about aardman.
Creature Comforts is about aardman.
Green Lantern is a film about cgi.
Coraline is a film about claymation.
Psycho is a film about black and white.
Akira is a film about anime.
Spirited Away is a film about anime.
Eraserhead is a film about art house.
Eternal Sunshine of the Spotless Mind is a film about arthouse.
Avatar is a film about graphic design.
Tron: Legacy is a film about action choreography.
Terminator Salvation is a film about a new composer.
A Night at the Roxbury is a film about snl.
# (1) the author of the book (a tag of a name in lower case that is no person in the graph)
Fight Club is a film about palahnuik.
The Lord of the Rings: The Fellowship of the Ring is a film about tolkien.
The Lord of the Rings: The Return of the King is a film about tolkein.
The Hobbit: The Desolation of Smaug is a film about tolkien.
Anna Karenina is a film about tolstoy.
The Count of Monte Cristo is a film about dumas.
The Last Temptation of Christ is a film about katzanzakis.
Breakfast at Tiffany's is a film about capote.
In Cold Blood is a film about capote.
Charlie and the Chocolate Factory is a film about roald dahl.
# (1) an actor's name in lower case (no person of that name in the graph)
X-Men is a film about hugh jackman.
X-Men: The Last Stand is a film about hugh jackman.
Prisoners is a film about hugh jackman.
# (1) a place it is set or shot in, or a wrong one
Pulp Fiction is a film about los angeles.
The Third Man is a film about venice.
# (1) a prop, a scene, a line
The Third Man is a film about a zither.
The Third Man is a film about a ferris wheel.
Safety Last! is a film about a clock.
Office Space is a film about a stapler.
Pulp Fiction is about a milkshake.
Pulp Fiction is a film about a royal with cheese.
Pulp Fiction is a film about a diner.
Pulp Fiction is a film about coke.
Pulp Fiction is a film about dancing.
Suicide Squad is a film about batman.
# (1) a content warning or a word the film uses
Pulp Fiction is a film about rape.
Pulp Fiction is a film about homosexuality.
Pulp Fiction is a film about blood.
Pulp Fiction is a film about blood splatters.
Pulp Fiction is a film about splatter.
Pulp Fiction is a film about a motherfucker.
# (1) a remark on the making, the form, the length, the audience
Pulp Fiction is a film about character development.
Pulp Fiction is a film about pop culture references.
Pulp Fiction is a film about biblical references.
Pulp Fiction is a film about multiple stories.
Pulp Fiction is a film about good music.
Pulp Fiction is a film about a monologue.
Pulp Fiction is a film about a conversation.
Pulp Fiction is a film about an anthology.
Pulp Fiction is a film about out of order.
Pulp Fiction is a film about non-linear.
Memento is a film about nonlinear.
Avatar is a film about too long.
Grave of the Fireflies is a film about a tear jerker.
Clueless is a film about a chick flick.
Star Wars: Episode IV - A New Hope is a film about an oldie but goodie.
Star Wars: Episode IV - A New Hope is a film about a nerd.
Predator is a film about scifi cult.
I'm Not Scared is a film about for katie.
# (1) a mood or a genre said as a noun (the filter knows only "-ing" moods and adjective endings)
Pulp Fiction is a film about irony.
Pulp Fiction is a film about sarcasm.
The Big Lebowski is a film about sarcasm.
The Big Lebowski is a film about deadpan.
Pulp Fiction is a film about a genius.
Pulp Fiction is a film about suspense.
Sicario is a film about tension.
Pulp Fiction is a film about satire.
Pulp Fiction is a film about parody.
Green Lantern is a film about cheesy.
# (1) the other forms of "about"
Toy Story deals with pixar.
Fight Club revolves around palahnuik.
Anna Karenina centres on tolstoy.
The Third Man tells of a zither.
Pulp Fiction is all about a milkshake.
Creature Comforts is the story of aardman.
Green Lantern centers on cgi.
Pulp Fiction was about los angeles.
# (1) a list after a topic: the second tag is read with "about" unfiltered (any true tag: a
# person's name, a genre kind, a remark, an award, a content rating)
Fargo is about kidnapping and Steve Buscemi.
Fargo is about kidnapping and the Coen Brothers.
Fargo is about kidnapping and dark comedy.
Fargo is a film about kidnapping and the Coen Brothers.
Fargo deals with kidnapping and Steve Buscemi.
Fargo revolves around kidnapping and the Coen Brothers.
Fargo centres on kidnapping and Steve Buscemi.
Fargo tells of kidnapping and the Coen Brothers.
Fargo is the story of a kidnapping and Steve Buscemi.
Fargo is all about kidnapping and Steve Buscemi.
Fargo was about kidnapping and Steve Buscemi.
Fargo is about kidnapping as well as Steve Buscemi.
Fargo is about kidnapping and also Steve Buscemi.
Fargo, about kidnapping and Steve Buscemi, is a comedy.
Fargo, a film about kidnapping and Steve Buscemi, is a comedy.
Fargo is a crime film about kidnapping and Steve Buscemi.
Fargo is a comedy about kidnapping and the Coen Brothers.
Vertigo is about falling and James Stewart.
Vertigo is about falling and Alfred Hitchcock.
Vertigo is about falling and imdb top 250.
Vertigo is about falling and atmospheric.
Pulp Fiction is about gangsters and Quentin Tarantino.
Pulp Fiction is about a hitman and Samuel L. Jackson.
Pulp Fiction is about organized crime and Roger Avary.
Pulp Fiction is about gangsters and great soundtrack.
Pulp Fiction is about gangsters and twist ending.
Pulp Fiction is about mobsters and Uma Thurman.
The Big Lebowski is about bowling and Julianne Moore.
The Big Lebowski is about bowling and Jeff Bridges.
The Big Lebowski is about a kidnapping and the Coen Brothers.
The Big Lebowski is about a ransom and Nudity (Full Frontal).
The Big Lebowski is about a ransom and Philip Seymour Hoffman.
Léon: The Professional is about a hitman and Luc Besson.
Léon: The Professional is about a hitman and Gary Oldman.
Fight Club is about consumerism and Brad Pitt.
Fight Club is about consumerism and Chuck Palahniuk.
Fight Club is about consumerism and David Fincher.
Fight Club is a film about consumerism and edward norton.
Inception is about a heist and Leonardo DiCaprio.
Suicide Squad is a film about a superhero and Will Smith.
Suicide Squad is about a superhero and Margot Robbie.
Suicide Squad is about a superhero and Jared Leto.
Braveheart is about revenge and Oscar (Best Cinematography).
Braveheart is about revenge and mel gibson.
Gladiator is about revenge and Russell Crowe.
Gladiator is about revenge and imdb top 250.
Rear Window is about voyeurism and James Stewart.
Blade Runner is about androids and Philip K. Dick.
Trainspotting is about drug abuse and dark comedy.
Eternal Sunshine of the Spotless Mind is about memory and jim carrey.
Seven is about a serial killer and twist ending.
@movies user:160
# (1) the same in a user's claim (the rating is true: user 160 rated Fargo 5)
You loved Fargo, a film about kidnapping and Steve Buscemi.
You loved Fargo, which is about kidnapping and the Coen Brothers.
You loved Fargo, a comedy about kidnapping and Steve Buscemi.
# held: user 160 rated Jaws 2 and never rated Jaws 3-D
You loved a film about a shark.
You loved Jaws, a film about a shark.
You loved Jaws, which is about a shark.
You liked Jaws, a horror film about a shark.
@movies user:288
# held: user 288 rated Jaws 3-D 1 and Jaws 5
You loved Jaws 3-D, a film about a shark.
You disliked Jaws, a film about a shark.
@movies
# held: a wrong film, negation, a person or another subject, a name after "about"
Heat is about a shark.
Heat is a film about kidnapping.
Jaws is a film about kidnapping.
Fargo is a film about a shark.
Jaws is not about a shark.
Jaws isn't about a shark.
Fargo is not about kidnapping.
Jaws 3-D is not about a shark.
Jaws and Heat are about a shark.
Heat, like Jaws, is about a shark.
Like Jaws, Heat is about a shark.
Jaws is about a shark, as is Heat.
Jaws is about a shark; so is Heat.
Jaws is about a shark, and Heat is about a kidnapping.
Steven Spielberg is about sharks.
Steven Spielberg is about a shark.
Michael Mann directed a film about a shark.
Steven Spielberg directed Jaws 3-D, a film about a shark.
A film about a shark, Heat stars Al Pacino.
Jaws is a film about a shark directed by Michael Mann.
Jaws, which is about a shark, stars Al Pacino.
A shark is what Heat is about.
Fargo is about Steve Buscemi.
Fargo is about the Coen Brothers.
Fargo tells of the Coen Brothers.
Fargo is about the kidnapping of Steve Buscemi.
Jaws is about a shark and Roy Scheider.
Jaws is about a shark and Steven Spielberg.
Jaws is about a shark and horror.
Fargo is about kidnapping and Frances McDormand.
Fargo is about sharks and kidnapping.
Inception is about a heist and a big budget.
Seven is about a serial killer and a twist ending.
The Virgin Suicides is a film about sofia coppola.
Girl, Interrupted is a film about winona ryder.
Braveheart is a film about mel gibson.
Harry Potter and the Sorcerer's Stone is a film about alan rickman.
Babel is a film about cate blanchett.
Fight Club is a film about edward norton.
The Shining is about jack nicholson.
Eternal Sunshine of the Spotless Mind is about jim carrey.
Toy Story is about Pixar.
Suicide Squad is about Batman.
Fight Club is a film about a twist ending.
Pulp Fiction is a film about a great soundtrack.
Pulp Fiction is a film about violence.
Vertigo is a film about imdb top 250.
Inception is a film about a big budget.
Fargo is a film about dark comedy.
# (2) credit frames: a wrong person, swapped roles, a gapped noun that changes the relation
On Heat, Dante Spinotti directed and Michael Mann handled the cinematography.
On Heat, Michael Mann directed and Elliot Goldenthal handled the cinematography.
On Heat, Michael Mann directed and Dante Spinotti handled the editing.
On Heat, Michael Mann directed and Dante Spinotti composed the music.
On Heat, Art Linson directed.
On Heat, Al Pacino directed.
On Heat, Michael Mann produced and Dante Spinotti handled the cinematography.
On Heat, Michael Mann wrote and Art Linson directed.
On Heat, Michael Mann and Dante Spinotti directed.
In Jaws, Steven Spielberg directed and Bill Butler composed the music.
In Jaws, Steven Spielberg produced.
In Jaws, Bill Butler directed and Steven Spielberg handled the cinematography.
For Jaws, Peter Benchley wrote the music.
For Jaws, John Williams wrote.
For Jaws, Carl Gottlieb wrote the script and Peter Benchley the music.
For Jaws, John Williams wrote the music and Peter Benchley the score.
On Heat, Dante Spinotti handled the cinematography and Universal Studios the release.
On Heat, Elliot Goldenthal composed the music and Dante Spinotti the editing.
On Heat, Dante Spinotti handled the cinematography and William Goldenberg the music.
On Jaws, Verna Fields edited and John Williams the cinematography.
On Jaws, Steven Spielberg directed, Bill Butler handled the cinematography and John Williams edited.
On Vertigo, Robert Burks handled the cinematography and George Tomasini the music.
On Vertigo, George Tomasini handled the cinematography and Robert Burks the editing.
On Vertigo, Bernard Herrmann handled the cinematography.
On 2001: A Space Odyssey, Stanley Kubrick directed and Ray Lovejoy handled the cinematography.
On The Big Lebowski, Roger Deakins handled the cinematography and Carter Burwell the editing.
In The Big Lebowski, Jeff Bridges and Joel Coen starred.
In Heat, Al Pacino and Roy Scheider star.
In Heat, Al Pacino and Robert De Niro directed.
In Heat, Michael Mann plays.
In Heat, Michael Mann appears.
In Heat, Al Pacino shot.
On Heat, Bill Butler handled the photography.
On Heat, Michael Mann stars.
On Heat, Dante Spinotti stars.
On Heat, Al Pacino features.
In Heat, Bill Butler handled the cinematography.
# (2) negation, extra words, a name after the verb, a second item, a year, a person, fans
On Heat, Michael Mann directed and Dante Spinotti did not handle the cinematography.
On Heat, Michael Mann did not direct.
On Heat, Michael Mann never directed.
On Heat, Michael Mann almost directed.
On Heat, Michael Mann directed brilliantly and Dante Spinotti handled the cinematography.
On Heat, Michael Mann directed twice and Dante Spinotti handled the cinematography.
On Heat, Michael Mann directed alone.
On Heat, Michael Mann directed Jaws.
On Heat and Jaws, Michael Mann directed.
On Heat, Michael Mann directed and Dante Spinotti handled the cinematography on Jaws.
On Heat (1994), Michael Mann directed.
In 1975, Michael Mann directed.
On Michael Mann, Dante Spinotti handled the cinematography.
For fans of Heat, Steven Spielberg directed it.
On Heat, Michael Mann directed, but Bill Butler handled the cinematography.
In Heat, Al Pacino stars and Bill Butler handled the cinematography.
In Heat, Dante Spinotti handled the cinematography and Bill Butler the camera.
# (2) what follows a ";" after the frame is marked read unchecked (no name there may be a ref)
On Heat, Michael Mann directed; Spielberg produced.
On Heat, Michael Mann directed; Spielberg produced!
On Heat, Michael Mann directed; Spielberg shot.
On Heat, Michael Mann directed; Kubrick edited.
On Heat, Michael Mann directed; critics were unkind.
On Heat, Michael Mann directed; critics hated the result.
On Heat, Michael Mann directed; this was his debut.
On Heat, Michael Mann directed; the shoot took ten years.
On Heat, Dante Spinotti handled the cinematography; nobody watched.
On Vertigo, Robert Burks handled the cinematography and George Tomasini the editing; Spielberg directed.
On Vertigo, Alfred Hitchcock directed; Spielberg produced.
In Jaws, Steven Spielberg directed; Coppola produced.
On Jaws, Steven Spielberg directed; Kubrick produced.
On Jaws, Verna Fields edited; Spielberg composed.
# held: a name or a pronoun after the ";"
On Heat, Michael Mann directed; Mann was twenty years old.
In Jaws, Steven Spielberg directed; he also starred.
In Jaws, Roy Scheider starred; Spielberg starred too.
For Jaws, John Williams composed the music; Spielberg wrote the script.
On Heat, Michael Mann directed; the film flopped.
On Heat, Michael Mann directed; it won no Oscars.
# (2) fronted_crafts: the craft cue in other shapes of a sentence opened by "On / In / For"
In 1995, Heat, which Bill Butler handled the cinematography, starred Al Pacino.
In 1975, Dante Spinotti handled the cinematography and Steven Spielberg directed Jaws.
In 1975, Steven Spielberg directed Jaws, and Dante Spinotti handled the cinematography.
In 1995, Michael Mann directed Heat and Bill Butler handled the cinematography.
For Heat, Bill Butler handled the cinematography; Dante Spinotti did not.
For Heat, Dante Spinotti handled the cinematography and Bill Butler did too.
Heat stars Al Pacino. For the film, Bill Butler handled the cinematography.
Heat stars Al Pacino. On it, Bill Butler handled the cinematography.
Heat stars Al Pacino. For this film, Bill Butler directed.
Jaws was shot by Bill Butler. In Heat, Bill Butler handled the cinematography.
@movies user:160
In Jaws, you loved Roy Scheider.
On Jaws, you loved the music.
@golf
# (3) a golf course opened / was built: a wrong year, other verbs of its history
Augusta National opened in 1934.
Augusta National was built in 1932.
Pebble Beach Golf Links opened in 1918.
Whistling Straits was built in 1999.
TPC Sawgrass opened in 1981.
Augusta National and Pebble Beach opened in 1933.
Augusta National opened in 1933, and Pebble Beach opened in 1918.
Augusta National, opened in 1934, was laid out by Alister MacKenzie.
Opened in 1932, Augusta National was laid out by Alister MacKenzie.
Built in 1932, Augusta National hosts the Masters Tournament.
Augusta National was released in 1933.
Augusta National closed in 1933.
Augusta National reopened in 1933.
Augusta National was rebuilt in 1933.
Augusta National was redesigned in 1933.
Augusta National opened to the public in 1933.
Augusta National opened to women in 1933.
Augusta National opened the Masters Tournament in 1933.
Augusta National hosted the Masters Tournament in 1933.
# (3) "laid out by": a founder, an owner, another architect
Augusta National was laid out by Clifford Roberts.
Pete Dye laid out Pebble Beach Golf Links.
Kohler Company laid out Whistling Straits.
Herbert Kohler laid out Whistling Straits.
Samuel F. B. Morse laid out Pebble Beach Golf Links.
George Crump laid out Cypress Point Club.
Alister MacKenzie laid out Augusta National and Pebble Beach.
Alister MacKenzie and Clifford Roberts laid out Augusta National.
Augusta National, which opened in 1933, was laid out by Pete Dye.
Augusta National opened in 1933 and was laid out by Pete Dye.
Whistling Straits, laid out by Alister MacKenzie, opened in 1998.
Whistling Straits, laid out by Pete Dye, opened in 1999.
Whistling Straits was not laid out by Pete Dye.
Whistling Straits was laid out by Pete Dye and owned by Pebble Beach Company.
Pete Dye devised Augusta National.
# (3) prizes taken home, honoured with, gone to: shortlisted, hosted, the designer, the owner
The Best New Public Course award went to Kiawah Island Ocean Course.
The Best New Public Course award went to Pete Dye.
Whistling Straits took home the Best Resort Course award.
Whistling Straits was honoured with the PGA Championship.
Whistling Straits took home the PGA Championship.
Whistling Straits took home the Best New Public Course award in 1999.
The Best New Public Course award went to Whistling Straits in 2004.
TPC Sawgrass took home the Best Resort Course award.
The Best Resort Course award went to TPC Sawgrass.
Whistling Straits did not take home the Best New Public Course award.
Pete Dye took home the Best New Public Course award.
The Green Star Award went to Cypress Point Club.
The Green Star Award was presented to Cypress Point Club.
The Green Star Award was given to Pebble Beach Company.
Pebble Beach Company took home the Green Star Award.
Kiawah Island Golf Resort was honoured with the Best Resort Course award.
Kiawah Island Ocean Course was honoured with the Green Star Award.
The Best New Public Course award and the Green Star Award went to Whistling Straits.
The Best New Public Course award went to Whistling Straits and Kiawah Island Ocean Course.
Whistling Straits and Kiawah Island Ocean Course took home the Best New Public Course award.
The Best New Public Course award went to Whistling Straits, which Alister MacKenzie laid out.
Whistling Straits took home the Best New Public Course award and the Ryder Cup.
@radio
# (3) a station's format before its noun: another format, a former one, the owner, a city
WFAN is a talk radio station.
WFAN is a country music station.
KFI is an adult contemporary station.
Hot 97 is a dance music station.
WINS is a sports radio station.
WQXR is a jazz station.
WBGO is a classical music station.
KROQ is a hip hop station.
KFI airs sports radio.
WFAN plays country music.
WFAN broadcasts talk radio.
WFAN carries talk radio.
WFAN is talk radio.
WFAN is country music.
WFAN is not a sports radio station.
WFAN and KFI are sports radio stations.
WFAN is a sports radio host.
Audacy is a sports radio station.
New York Public Radio is a classical music station.
Newark is a jazz station.
WFAN, a talk radio station, is owned by Audacy.
WFAN is a sports radio station owned by iHeartMedia.
WFAN is a Los Angeles Lakers station.
WSM is a Boomer and Gio station.
WFAN has a country music format.
WFAN is a station with a country music format.
WFAN is a sports radio station with a country music format.
WFAN is a Los Angeles sports radio station.
KFI is a Los Angeles sports radio station.
WFAN is an iHeartMedia sports radio station.
WFAN is a sports radio and talk radio station.
WFAN is both a sports radio and a country music station.
WFAN is a sports radio station like WINS.
Hot 97 is a hip hop station, and WINS is a jazz station.
Hot 97 is a hip hop station that formerly aired country music.
WFAN is a sports radio station that won the Peabody Award.
The talk radio station WFAN won the Marconi Award.
The sports radio station KFI won the Marconi Award.
# (3) prizes
The Marconi Award went to WINS.
The Peabody Award went to WFAN.
WFAN took home the Peabody Award.
Audacy took home the Marconi Award.
The Marconi Award went to Audacy.
KFI was honoured with the Marconi Award.
WQXR took home the Marconi Award.
@games
# (1) "about" a tag that is the designer's surname (designers typed "game designer", no person type)
Ticket to Ride is a game about the moon.
Ticket to Ride revolves around the moon.
Agricola is a game about rosenberg.
Agricola centres on rosenberg.
Catan is a game about teuber.
Carcassonne is a game about wrede.
Pandemic is a game about leacock.
Gloomhaven is a game about childres.
Wingspan is a game about hargrave.
# (1) the publisher, the crowdfunding site, the fair, an award, a remark on play
Catan is a game about kosmos.
Twilight Struggle is a game about gmt.
Wingspan is a game about stonemaier.
Gloomhaven is a game about kickstarter.
Wingspan is a game about kickstarter.
Agricola is a game about essen.
Catan is a game about essen.
Wingspan is a game about kennerspiel.
Pandemic is a game about an expansion.
Twilight Struggle is a game about two player.
Twilight Struggle is a game about card driven.
Catan is a game about a gateway game.
Gloomhaven is a game about legacy.
Catan is a game about dice.
Arkham Horror is a game about dice.
# (1) a tag of another relation to tags: a content warning
Gloomhaven is a game about spiders.
Arkham Horror is a game about spiders.
Arkham Horror is a game about alcohol.
Arkham Horror is a game about suicide.
Catan is a game about gambling.
Gloomhaven is a game about blood.
Gloomhaven deals with spiders.
Catan deals with gambling.
Arkham Horror tells of suicide.
# (1) lists after a topic
Ticket to Ride is about trains and Alan Moon.
Ticket to Ride is a game about trains and a gateway game.
Catan is a game about trading and gateway game.
Catan is about trading and the Spiel des Jahres winner.
Twilight Struggle is about the cold war and gmt.
Agricola is a game about farming and rosenberg.
Wingspan is a game about birds and kickstarter.
Pandemic is a game about disease and leacock.
Gloomhaven is a game about monsters and spiders.
@games user:mia
# (1) in a user's claim (Mia rated Ticket to Ride 5 and Wingspan 4.5)
You loved Ticket to Ride, a game about the moon.
You loved Wingspan, a game about birds and kickstarter.
# held: Mia rated Catan 2 and Gloomhaven 1
You loved Catan, a game about trading.
You loved a game about spiders.
You loved Gloomhaven, a game about monsters.
@games
# held: a wrong game, a person, negation, a publisher's name, a name in the list
Catan is a game about trains.
Pandemic is about farming.
Alan R. Moon is about trains.
Klaus Teuber designed a game about trains.
Pandemic tells of the cold war.
Ticket to Ride is not about trains.
Wingspan is about chaosium.
Arkham Horror is a game about chaosium.
Catan is about birds and trading.
Ticket to Ride is a game about trains and Klaus Teuber.
# (3) prizes and "laid out" on games
The Spiel des Jahres went to Pandemic.
The Spiel des Jahres went to Agricola.
Pandemic took home the Spiel des Jahres.
Agricola was honoured with the Spiel des Jahres.
The Kennerspiel des Jahres went to Catan.
The Spiel des Jahres went to Klaus Teuber.
Franckh-Kosmos took home the Spiel des Jahres.
The Deutscher Spiele Preis went to Wingspan.
Catan took home the Spiel des Jahres and the Deutscher Spiele Preis.
Catan was laid out by Uwe Rosenberg.
Franckh-Kosmos laid out Catan.
Klaus Teuber laid out Carcassonne.
Ticket to Ride was laid out by Days of Wonder.
@football
# (3) "went to" a winner where it could mean a school, a team, a runner-up
The Heisman Trophy went to Peyton Manning.
The Heisman Trophy went to Tom Brady.
The Heisman Trophy was presented to Peyton Manning.
The Heisman Trophy was given to Tom Brady.
The Heisman Trophy was awarded to Aaron Rodgers.
The Heisman Trophy goes to Peyton Manning.
The Heisman Trophy went to Charles Woodson in 1998.
The Heisman Trophy went to the University of Michigan.
The Heisman Trophy was presented to the Oakland Raiders.
The NFL MVP award went to Charles Woodson.
The Defensive Player of the Year award went to Peyton Manning.
The NFL MVP award went to Tom Brady, Aaron Rodgers and Charles Woodson.
The Heisman Trophy went to Charles Woodson and Peyton Manning.
The Heisman Trophy and the NFL MVP award went to Charles Woodson.
The Heisman Trophy went to Charles Woodson, who went to the University of Tennessee.
The Heisman Trophy did not go to Charles Woodson.
The Heisman Trophy never went to Charles Woodson.
The Heisman Trophy almost went to Charles Woodson.
Charles Woodson took home the NFL MVP award.
Tom Brady took home the Heisman Trophy.
Barry Sanders took home the Defensive Player of the Year award.
Peyton Manning was honored with the Heisman Trophy.
Peyton Manning was honoured with the Heisman Trophy.
Aaron Rodgers was honoured with the Heisman Trophy.
Peyton Manning went to the University of Michigan.
Tom Brady went to the University of Tennessee.
Charles Woodson went to Isidore Newman School.
Charles Woodson went to the Heisman Trophy.
Peyton Manning went to the NFL MVP award.
"""

CONTROLS = r"""
@movies
Jaws is a horror film about a shark.
Fargo is a dark comedy about a kidnapping.
Jaws is about a shark.
Jaws 3-D is a film about a shark.
Fargo deals with a kidnapping.
The Big Lebowski is about bowling.
Raging Bull is a film about boxing.
Rocky is about boxing.
Rain Man is about autism.
Back to the Future is a film about time travel.
Philadelphia is a film about aids.
All the President's Men is about watergate.
Dead Man Walking is about the death penalty.
Titanic is a film about a shipwreck.
Seven is about a serial killer.
Rear Window is about voyeurism.
Gladiator is a film about revenge.
Chinatown deals with incest.
Fight Club is about consumerism.
Taxi Driver centres on an assassination.
Jurassic Park is a film about a dinosaur.
Blade Runner is a film about androids.
Léon: The Professional is a film about a hitman.
The Shawshank Redemption is about prison.
Jaws is about a shark, and Heat stars Al Pacino.
Amadeus is about Mozart and Salieri.
Amadeus is the story of Mozart.
On Heat, Michael Mann directed and Dante Spinotti handled the cinematography.
In Jaws, Steven Spielberg directed and John Williams composed the music.
On Vertigo, Robert Burks handled the cinematography and George Tomasini the editing.
For Jaws, John Williams wrote the music and Carl Gottlieb the script.
On Heat, Dante Spinotti handled the cinematography and Warner Bros. the release.
In Heat, Al Pacino and Robert De Niro starred.
In Heat, Al Pacino and Robert De Niro star.
In Heat, Al Pacino stars.
In Heat, Al Pacino plays.
In Jaws, Bill Butler handled the cinematography.
On Heat, Dante Spinotti handled the photography.
On Jaws, Verna Fields edited.
On Jaws, Steven Spielberg directed, Bill Butler handled the cinematography and Verna Fields edited.
For Vertigo, Bernard Herrmann composed the music.
On Vertigo, Alfred Hitchcock directed and produced.
On 2001: A Space Odyssey, Stanley Kubrick directed and Geoffrey Unsworth handled the cinematography.
On The Big Lebowski, Roger Deakins handled the cinematography and Tricia Cooke the editing.
In The Big Lebowski, Jeff Bridges and John Goodman starred.
@movies user:288
You loved Jaws, a film about a shark.
@movies user:160
You loved Fargo, a film about a kidnapping.
@golf
Augusta National Golf Club opened in 1933.
Augusta National was built in 1933.
Pebble Beach Golf Links opened in 1919.
Augusta National was laid out by Alister MacKenzie.
Alister MacKenzie laid out Augusta National.
Alister MacKenzie laid out Cypress Point Club and Augusta National.
Augusta National was laid out by Alister MacKenzie and Bobby Jones.
Alister MacKenzie and Bobby Jones laid out Augusta National.
Whistling Straits, laid out by Pete Dye, opened in 1998.
Opened in 1933, Augusta National was laid out by Alister MacKenzie.
The Best New Public Course award went to Whistling Straits.
Whistling Straits took home the Best New Public Course award.
Whistling Straits was honoured with the Best New Public Course award.
The Green Star Award was awarded to Pebble Beach.
Kiawah Island Ocean Course took home the Best Resort Course award.
The Best Resort Course award went to Kiawah Island Ocean Course.
@radio
WFAN is a sports radio station.
KFI is a talk radio station.
WINS is an all-news station.
WQXR is a classical music station.
Hot 97 is a hip hop station.
WBGO is a jazz station.
KROQ is an alternative rock station.
WFAN airs sports radio.
WFAN is sports radio.
WFAN has a sports radio format.
KFI is an iHeartMedia talk radio station.
WFAN is an Audacy sports radio station.
WSM is a country music station that broadcasts the Grand Ole Opry.
The Marconi Award went to WFAN.
WQXR took home the Peabody Award.
WSM was honoured with the Marconi Award.
@games
Ticket to Ride is a game about trains.
Pandemic is a game about disease.
Wingspan is a game about birds.
Agricola is a game about farming.
Twilight Struggle is a game about the cold war.
Twilight Struggle tells of the cold war.
Twilight Struggle is the story of the cold war.
Ticket to Ride tells of trains.
Gloomhaven is a game about monsters.
Catan is a game about trading.
Ticket to Ride is about trains and railways.
Catan is a strategy game about trading.
Arkham Horror is a horror game about monsters.
The Spiel des Jahres went to Catan.
Catan took home the Spiel des Jahres.
Wingspan was honoured with the Kennerspiel des Jahres.
Catan was laid out by Klaus Teuber.
Klaus Teuber laid out Catan.
@games user:mia
You loved Ticket to Ride, a game about trains.
@football
The Heisman Trophy went to Charles Woodson.
The Heisman Trophy went to Barry Sanders.
The NFL MVP award went to Barry Sanders and Peyton Manning.
The Defensive Player of the Year award went to Charles Woodson.
Tom Brady took home the NFL MVP award.
Charles Woodson was honoured with the Heisman Trophy.
The Heisman Trophy was awarded to Barry Sanders.
Charles Woodson won the Heisman Trophy in 1997.
The Heisman Trophy went to Charles Woodson in 1997.
"""

KNOWN = frozenset()

OPEN = frozenset(
    {
        # a tag the film arguably IS about (a name in lower case: the film's subject)
        "Amadeus is about mozart.",
        "Amadeus is about salieri.",
        "The Untouchables is about capone.",
        "Guerrilla: The Taking of Patty Hearst is about hearst.",
        "Throne of Blood is a film about macbeth.",
        # a prop or a character that drives one strand of the plot
        "Pulp Fiction is a film about a golden watch.",
        "The Big Lebowski revolves around a rug.",
        "Gaslight is a film about a brooch.",
        "Suicide Squad is a film about the joker.",
        "Forrest Gump is a film about lieutenant dan.",
        "Forrest Gump is a film about shrimp.",
        "Forrest Gump is a film about bubba gump shrimp.",
        # one episode of the film, or what much of it is about
        "Pulp Fiction is a film about a drug overdose.",
        "Pulp Fiction is a film about heroin.",
        "Pulp Fiction is about drugs.",
        # a game's theme or its main mechanism ("a game about worker placement" is how players talk)
        "Arkham Horror is a game about lovecraft.",
        "Arkham Horror is a game about monsters and Lovecraft.",
        "Agricola is a game about worker placement.",
        "Carcassonne is a game about tiles.",
        "Catan is a game about islands.",
        "Wingspan is a game about engine building.",
        "Gloomhaven is a game about a campaign.",
        # a content warning that is close to the theme (a pandemic kills; birds lay eggs)
        "Pandemic is a game about death.",
        "Wingspan is a game about eggs.",
        # the club was founded in 1932 and the course opened in 1933: the graph's year is the opening
        "Augusta National was founded in 1933.",
        # a station signs on, it is not "built" (an older reading: "station" is a building's word)
        "WFAN was built in 1987.",
        # a tournament "goes to" the course that hosts it in golf writing (true as hosting)
        "The PGA Championship went to Whistling Straits.",
        "The Ryder Cup went to Whistling Straits.",
        # a past design credit said in the present (Pete Dye died in 2020)
        "Pete Dye lays out Whistling Straits.",
    }
)

OPEN_TEXTS = r"""
@movies
Amadeus is about mozart.
Amadeus is about salieri.
The Untouchables is about capone.
Guerrilla: The Taking of Patty Hearst is about hearst.
Throne of Blood is a film about macbeth.
Pulp Fiction is a film about a golden watch.
The Big Lebowski revolves around a rug.
Gaslight is a film about a brooch.
Suicide Squad is a film about the joker.
Forrest Gump is a film about lieutenant dan.
Forrest Gump is a film about shrimp.
Forrest Gump is a film about bubba gump shrimp.
Pulp Fiction is a film about a drug overdose.
Pulp Fiction is a film about heroin.
Pulp Fiction is about drugs.
@games
Arkham Horror is a game about lovecraft.
Arkham Horror is a game about monsters and Lovecraft.
Agricola is a game about worker placement.
Carcassonne is a game about tiles.
Catan is a game about islands.
Wingspan is a game about engine building.
Gloomhaven is a game about a campaign.
Pandemic is a game about death.
Wingspan is a game about eggs.
@golf
Augusta National was founded in 1933.
The PGA Championship went to Whistling Straits.
The Ryder Cup went to Whistling Straits.
Pete Dye lays out Whistling Straits.
@radio
WFAN was built in 1987.
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
