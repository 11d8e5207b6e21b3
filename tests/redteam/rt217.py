"""Red team round 217: the closing soak of the session, every reading of WHOLE_SESSION.diff together.

Attacked, alone and chained in texts of one to three sentences (lists, "it", "he / she", "the
former / the latter", relative clauses, appositions, negation, years, user claims): the naming
participle after a kind noun ("the racehorse called Frankel", "the track known as Aintree
Racecourse", a noun of another kind, plural nouns); the agent noun of a past state between people
("X's coach / teacher was Y", "his / her coach was Y" after ", and" or a full stop, "whose", lists,
the present, the direction, a second "collaborated with"); an event "is held / takes place / is
staged at" the venue that "hosts" it (present, festivals and a tournament), "hosted" it (past, motor
races) or where it "is run" (wrong venue, tense, direction, a stud and a statue a racecourse "is
home to", "stages / staged"); "P, <aside>, is where Y is run / held / takes place" (wrong years in
the aside, a wrong noun, a relative clause, "in <town>", the wrong tense); "was a (tea) clipper /
liner / steamer / vessel / warship commanded / owned by" (another captain or owner, another class,
a ship noun of the wrong type, "and commanded by", "it", relative clauses, the present); "played
guitar in" / "plays violin in" (one player type per membership relation: another band or quartet,
another instrument, a conductor, the tense, negation, lists, "went on to"); "was principal conductor
/ music director / head designer / chief engineer / artistic director / director at" (another post,
body or tense, lists, "never"); "worked as" of "also worked as"; "the mind / brains / genius /
creator / person behind" of "founded", "designed" and "directed" (a factory, a choir, opera houses),
and of a post whose inverse phrase is "was directed by"; "trained at" of "studied at" (another
school, a workplace, a garden, the present); "swims / rowed / skated for" (one relation per sport:
another sport, country, tense, negation, lists, appositions, "went on to"); genres by their words
("a Baroque / classical / folk / blues / rock / Latin guitarist / violinist"); "one of The Rolling
Stones" (bands as items: a non-member, a band, a label, negation, lists, appositions); "went on to
<verb>"; "it" naming the one thing where every item named is a person; "have / had each <participle>";
"he" and "she" where no one is named; "the former / the latter" among three names of a kind; and,
on a WebNLG-style graph (kgexplain.evaluation.webnlg.webnlg_graph over entries of our own), dishes,
books and journals typed by their predicates and "Felipe VI" for "Felipe VI of Spain".

Graphs (see each builder's docstring): "sport" (a graph of people: golfers, swimmers, rowers,
skaters; one country relation per sport; coaches; golf courses that "host" tournaments), "music"
(bands, string quartets, guitarists, violinists and conductors, all items; genres; posts; a
conductor "directed" a choir and opera houses), "horses" (racehorses, breeds, racecourses; races
"run at", festivals "hosted" now, motor races "hosted" then), "botany" (a graph of people:
botanists; plants, gardens they "were director of", inverse "was directed by"), "industry"
(porcelain factories and car makers "directed", "founded", with posts; clippers, liners,
steamships, schooners, a frigate), "webnlg" (Felipe VI, dishes, books, journals; a journal with an
"lccn number", which the book predicates claim before the journal ones).

Findings (CODE=/work/rt/rt217/code): 78 of 581 false texts accepted; 72 new with the session (the
code with WHOLE_SESSION.diff reversed rejects them), 6 accepted before the session too (KNOWN).
Controls: 92 of 93 accepted. OPEN: 13 texts (12 accepted, see the comments).
New with the session:
* "the former / the latter" picks the one pair joined by "and" among three names of a kind, which
  in a list "A, B and C" is "B and C" (42): "the former" there is the middle name, B ("Tiger Woods,
  Phil Mickelson and Nick Faldo won the Masters; the former studied at Arizona State University",
  "Jack Nicklaus, Arnold Palmer and Gary Player won the Masters. The former was born in Latrobe",
  "... , the former of whom was born in Latrobe, won the Masters", "The Masters was won by A, B and
  C; the former ...", "Both A, B and C ...", on every graph: skaters, swimmers, rowers, guitarists,
  violinists, racehorses, botanists, clippers, liners, factories, car makers); in a list of four,
  the third ("Ian Thorpe, Ryan Lochte, Michael Phelps and Rebecca Adlington were swimmers; the
  former won gold at the 2008 Summer Olympics"); and "the latter" of "A and B ..., and so did C" /
  "A and B, like C, ..." is B, not C, the last named ("Tiger Woods and Phil Mickelson won the
  Masters, and so did Nick Faldo; the latter studied at Arizona State University"). With the other
  readings: "... ; the former went on to win the Irish Derby", "...; the former swims for
  Australia", "...; the former was one of The Kinks", "...; the former was a ship commanded by
  Edward Smith", "...; the former was the mind behind the Uppsala Botanical Garden".
* "the mind / brains / genius / creator / person behind" read off an active "directed" of people
  (22): a factory ("Heinrich Gottlob Kuhn was the mind behind Meissen", "Alexandre Brongniart was one
  of the minds behind Sevres", "Meissen was founded in 1710, and Heinrich Gottlob Kuhn was the mind
  behind it", "Heinrich Gottlob Kuhn directed Meissen. He was the mind behind it", "You loved
  Meissen, and Heinrich Gottlob Kuhn was the mind behind it"), a choir and opera houses ("Adrian
  Boult was the mind behind the Bach Choir", "Mariss Jansons was the brains behind Glyndebourne":
  only museums, schools, orchestras ... are "run, not made" for "direct"), and a past post "was
  director of" whose inverse phrase is "was directed by" ("William Jackson Hooker was the mind
  behind Kew Gardens", "Carl Linnaeus was the mind behind the Uppsala Botanical Garden").
* WebNLG typing (7): a journal with an "lccn number" (a book predicate, read before the journal
  predicates "issn number", "abbreviation") is typed "book": "The book Acta Mathematica Hungarica
  is published by Springer Science+Business Media", "Acta Mathematica Hungarica, a book, ...",
  "Springer Science+Business Media publishes the book Acta Mathematica Hungarica", ...; and "The
  journal Acta Mathematica Hungarica is published by ..." (a control) is rejected.
* "plays guitar in" of a past "was a member of" (1): "Mick Taylor plays guitar in The Rolling
  Stones" (the present of a past membership, as the base's "plays in"; see KNOWN).
Accepted before the session too (6): "was / is behind" a factory or garden one "directed" ("Heinrich
Gottlob Kuhn was behind Meissen", "Alexandre Brongniart is behind Sevres", "William Jackson Hooker
was behind Kew Gardens"); "he / she" naming a horse race where no one is named ("The Epsom Derby is
run at Epsom Downs. He was won by Galileo").
Controls rejected (1): "The journal Acta Mathematica Hungarica is published by Springer
Science+Business Media" (typed "book", see above).
Held: the sport verbs (another sport, country or tense, negation, lists, appositions, "went on to",
"it"); the instruments (another band, quartet or instrument, a conductor, lists, relative clauses);
"one of" (a non-member, a band, a label, negation); genres by their words; "held / takes place /
staged at" (another venue, a stud or statue, the tense, the direction, negation, lists); the
"where" frames with an aside (wrong years, nouns, relative clauses, a town in the aside, another
race); "was a clipper commanded / owned by" (another captain, owner, class or ship type, "and
commanded by", relative clauses, "it"); posts (another post, body, tense, lists); "worked as";
"trained at"; the agent nouns ("his / her", "whose", the present, the direction, lists, "the
coach of"); "it" of the one thing; "have / had each"; "went on to"; naming participles; "Felipe VI";
dishes and books typed by their predicates.
"""
import os
import sys
from collections import namedtuple

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples):
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y} if y is not None else {}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    if any(t[0] == "user:ana" for t in triples):
        ents.append(E("user:ana", kind="user", type="user", label="Ana"))
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    return [(h, rel, t) for h, t in pairs]


RATED = R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), cues=("loved", "liked", "enjoyed", "rated"))


def sport():
    """Sportspeople, the only items (a graph of people, dated by birth): golfers ("golfer"),
    swimmers ("swimmer"), rowers ("rower"), skaters ("skater"). One relation per sport to
    countries, each of one subject type: swimmers "represent" (present), rowers "competed for"
    (past), skaters "represented" (past); golfers none (they "were born in" countries or towns).
    Golfers "won" tournaments (attributes, "tournament"); the others "won gold at" championships;
    everyone "was coached by" coaches (people: "X's coach was Y"); golfers "designed" golf courses
    ("the mind behind"), courses "host" tournaments (present; every object an event) and "are home
    to" a museum; people "studied at" universities ("trained at"), "are sponsored by" companies
    (present: no "sponsor was"), "also worked as" trades, "were rivals of" others. Ana rated some."""
    golfers, swimmers, rowers, skaters = ("golfer",), ("swimmer",), ("rower",), ("skater",)
    people = golfers + swimmers + rowers + skaters
    rels = [
        R("won", phrase="won", inverse_phrase="was won by", domain=golfers, range=("tournament",)),
        R("gold", phrase="won gold at", inverse_phrase="saw gold for", domain=swimmers + rowers + skaters,
          range=("championship",)),
        R("represents", phrase="represents", inverse_phrase="is represented by", domain=swimmers, range=("country",)),
        R("competed", phrase="competed for", inverse_phrase="was represented by", domain=rowers, range=("country",)),
        R("skated", phrase="represented", inverse_phrase="was represented by", domain=skaters, range=("country",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=people, range=("country", "city")),
        R("coached", phrase="was coached by", inverse_phrase="coached", domain=people, range=("coach",)),
        R("rival", phrase="was a rival of", inverse_phrase="was a rival of", domain=people, range=people),
        R("designed", phrase="designed", inverse_phrase="was designed by", domain=golfers, range=("golf_course",)),
        R("hosts", phrase="hosts", inverse_phrase="is hosted by", domain=("golf_course",), range=("tournament",)),
        R("home", phrase="is home to", inverse_phrase="is housed at", domain=("golf_course",), range=("museum",)),
        R("studied", phrase="studied at", inverse_phrase="was attended by", domain=people, range=("university",)),
        R("sponsor", phrase="is sponsored by", inverse_phrase="sponsors", domain=people, range=("company",)),
        R("alsojob", phrase="also worked as", inverse_phrase="was also the trade of", domain=people, range=("occupation",)),
        RATED,
    ]
    items = {"g:nicklaus": ("golfer", "Jack Nicklaus", 1940), "g:woods": ("golfer", "Tiger Woods", 1975),
             "g:palmer": ("golfer", "Arnold Palmer", 1929), "g:player": ("golfer", "Gary Player", 1935),
             "g:mickelson": ("golfer", "Phil Mickelson", 1970), "g:mcilroy": ("golfer", "Rory McIlroy", 1989),
             "g:seve": ("golfer", "Seve Ballesteros", 1957), "g:faldo": ("golfer", "Nick Faldo", 1957),
             "s:phelps": ("swimmer", "Michael Phelps", 1985), "s:thorpe": ("swimmer", "Ian Thorpe", 1982),
             "s:adlington": ("swimmer", "Rebecca Adlington", 1989), "s:lochte": ("swimmer", "Ryan Lochte", 1984),
             "r:redgrave": ("rower", "Steve Redgrave", 1962), "r:pinsent": ("rower", "Matthew Pinsent", 1970),
             "r:glover": ("rower", "Helen Glover", 1986),
             "k:plushenko": ("skater", "Evgeni Plushenko", 1982), "k:kwan": ("skater", "Michelle Kwan", 1980),
             "k:hamilton": ("skater", "Scott Hamilton", 1958)}
    others = {"t:masters": ("tournament", "the Masters"), "t:open": ("tournament", "the Open Championship"),
              "t:usopen": ("tournament", "the US Open"), "t:pga": ("tournament", "the PGA Championship"),
              "t:memorial": ("tournament", "the Memorial Tournament"),
              "w:2000": ("championship", "the 2000 Summer Olympics"), "w:2008": ("championship", "the 2008 Summer Olympics"),
              "w:2012": ("championship", "the 2012 Summer Olympics"), "w:2006": ("championship", "the 2006 Winter Olympics"),
              "w:1984": ("championship", "the 1984 Winter Olympics"),
              "c:us": ("country", "the United States"), "c:uk": ("country", "Great Britain"), "c:australia": ("country", "Australia"),
              "c:russia": ("country", "Russia"), "c:southafrica": ("country", "South Africa"), "c:spain": ("country", "Spain"),
              "c:ni": ("country", "Northern Ireland"),
              "y:columbus": ("city", "Columbus"), "y:cypress": ("city", "Cypress"), "y:latrobe": ("city", "Latrobe"),
              "y:johannesburg": ("city", "Johannesburg"), "y:sandiego": ("city", "San Diego"), "y:holywood": ("city", "Holywood"),
              "y:pedrena": ("city", "Pedrena"), "y:welwyn": ("city", "Welwyn Garden City"), "y:baltimore": ("city", "Baltimore"),
              "y:sydney": ("city", "Sydney"), "y:mansfield": ("city", "Mansfield"), "y:rochester": ("city", "Rochester"),
              "y:marlow": ("city", "Marlow"), "y:holt": ("city", "Holt"), "y:truro": ("city", "Truro"),
              "y:solnechny": ("city", "Solnechny"), "y:torrance": ("city", "Torrance"), "y:toledo": ("city", "Toledo"),
              "o:grout": ("coach", "Jack Grout"), "o:harmon": ("coach", "Butch Harmon"), "o:deacon": ("coach", "Deacon Palmer"),
              "o:bannon": ("coach", "Michael Bannon"), "o:leadbetter": ("coach", "David Leadbetter"),
              "o:bowman": ("coach", "Bob Bowman"), "o:frost": ("coach", "Doug Frost"), "o:furniss": ("coach", "Bill Furniss"),
              "o:troy": ("coach", "Gregg Troy"), "o:grobler": ("coach", "Jurgen Grobler"), "o:williams": ("coach", "Robin Williams"),
              "o:mishin": ("coach", "Alexei Mishin"), "o:carroll": ("coach", "Frank Carroll"), "o:laws": ("coach", "Don Laws"),
              "l:muirfield": ("golf_course", "Muirfield Village"), "l:augusta": ("golf_course", "Augusta National"),
              "l:bluejack": ("golf_course", "Bluejack National"), "l:leopard": ("golf_course", "Leopard Creek"),
              "l:chart": ("golf_course", "Chart Hills"), "l:oldcourse": ("golf_course", "the Old Course"),
              "m:bgm": ("museum", "the British Golf Museum"),
              "u:ohio": ("university", "Ohio State University"), "u:stanford": ("university", "Stanford University"),
              "u:asu": ("university", "Arizona State University"), "u:wake": ("university", "Wake Forest University"),
              "u:florida": ("university", "the University of Florida"), "u:oxford": ("university", "the University of Oxford"),
              "u:michigan": ("university", "the University of Michigan"),
              "m:nike": ("company", "Nike"), "m:callaway": ("company", "Callaway"), "m:speedo": ("company", "Speedo"),
              "m:rolex": ("company", "Rolex"),
              "j:pilot": ("occupation", "pilot"), "j:rancher": ("occupation", "rancher"),
              "j:commentator": ("occupation", "television commentator"), "j:presenter": ("occupation", "television presenter"),
              "j:author": ("occupation", "author")}
    T = _t("won", [("g:nicklaus", t) for t in ("t:masters", "t:open", "t:usopen", "t:pga", "t:memorial")]
           + [("g:woods", t) for t in ("t:masters", "t:open", "t:usopen", "t:pga", "t:memorial")]
           + [("g:palmer", t) for t in ("t:masters", "t:open", "t:usopen")]
           + [("g:player", t) for t in ("t:masters", "t:open", "t:usopen", "t:pga")]
           + [("g:mickelson", t) for t in ("t:masters", "t:open", "t:pga")]
           + [("g:mcilroy", t) for t in ("t:open", "t:usopen", "t:pga")]
           + [("g:seve", t) for t in ("t:masters", "t:open")] + [("g:faldo", t) for t in ("t:masters", "t:open")])
    T += _t("gold", [("s:phelps", "w:2008"), ("s:phelps", "w:2012"), ("s:thorpe", "w:2000"), ("s:adlington", "w:2008"),
                     ("s:lochte", "w:2012"), ("r:redgrave", "w:2000"), ("r:pinsent", "w:2000"), ("r:glover", "w:2012"),
                     ("k:plushenko", "w:2006"), ("k:hamilton", "w:1984")])
    T += _t("represents", [("s:phelps", "c:us"), ("s:thorpe", "c:australia"), ("s:adlington", "c:uk"), ("s:lochte", "c:us")])
    T += _t("competed", [("r:redgrave", "c:uk"), ("r:pinsent", "c:uk"), ("r:glover", "c:uk")])
    T += _t("skated", [("k:plushenko", "c:russia"), ("k:kwan", "c:us"), ("k:hamilton", "c:us")])
    T += _t("born", [("g:nicklaus", "y:columbus"), ("g:woods", "y:cypress"), ("g:palmer", "y:latrobe"),
                     ("g:player", "y:johannesburg"), ("g:mickelson", "y:sandiego"), ("g:mcilroy", "y:holywood"),
                     ("g:seve", "y:pedrena"), ("g:faldo", "y:welwyn"), ("s:phelps", "y:baltimore"), ("s:thorpe", "y:sydney"),
                     ("s:adlington", "y:mansfield"), ("s:lochte", "y:rochester"), ("r:redgrave", "y:marlow"),
                     ("r:pinsent", "y:holt"), ("r:glover", "y:truro"), ("k:plushenko", "y:solnechny"),
                     ("k:kwan", "y:torrance"), ("k:hamilton", "y:toledo"), ("g:player", "c:southafrica"),
                     ("g:seve", "c:spain"), ("g:mcilroy", "c:ni"), ("g:nicklaus", "c:us"), ("g:woods", "c:us")])
    T += _t("coached", [("g:nicklaus", "o:grout"), ("g:woods", "o:harmon"), ("g:palmer", "o:deacon"), ("g:mickelson", "o:harmon"),
                        ("g:mcilroy", "o:bannon"), ("g:faldo", "o:leadbetter"), ("s:phelps", "o:bowman"), ("s:thorpe", "o:frost"),
                        ("s:adlington", "o:furniss"), ("s:lochte", "o:troy"), ("r:redgrave", "o:grobler"),
                        ("r:pinsent", "o:grobler"), ("r:glover", "o:williams"), ("k:plushenko", "o:mishin"),
                        ("k:kwan", "o:carroll"), ("k:hamilton", "o:laws")])
    T += _t("rival", [("g:nicklaus", "g:palmer"), ("g:nicklaus", "g:player"), ("g:woods", "g:mickelson"),
                      ("s:phelps", "s:lochte"), ("s:phelps", "s:thorpe")])
    T += _t("designed", [("g:nicklaus", "l:muirfield"), ("g:woods", "l:bluejack"), ("g:player", "l:leopard"), ("g:faldo", "l:chart")])
    T += _t("hosts", [("l:augusta", "t:masters"), ("l:muirfield", "t:memorial")])
    T += _t("home", [("l:oldcourse", "m:bgm")])
    T += _t("studied", [("g:nicklaus", "u:ohio"), ("g:woods", "u:stanford"), ("g:mickelson", "u:asu"), ("g:palmer", "u:wake"),
                        ("s:lochte", "u:florida"), ("r:pinsent", "u:oxford")])
    T += _t("sponsor", [("g:woods", "m:nike"), ("g:mcilroy", "m:nike"), ("g:mickelson", "m:callaway"), ("s:phelps", "m:speedo"),
                        ("g:nicklaus", "m:rolex")])
    T += _t("alsojob", [("g:palmer", "j:pilot"), ("g:player", "j:rancher"), ("g:faldo", "j:commentator"),
                        ("s:thorpe", "j:presenter"), ("r:pinsent", "j:commentator"), ("k:hamilton", "j:author")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("g:nicklaus", 5.0), ("s:phelps", 4.5), ("g:faldo", 2.0))]
    return _build(items, others, rels, T)


def music():
    """Bands and musicians, all items (bands "band", string quartets "quartet", dated by forming;
    guitarists "guitarist", violinists "violinist", conductors "conductor", dated by birth).
    Guitarists "were members of" bands (one relation, past, guitarists only: "played guitar in");
    violinists "are members of" quartets (present, violinists only: "plays violin in"); musicians
    "founded" bands, quartets and orchestras ("the mind behind", "went on to found"), "play"
    genres ("classical music", "folk music", "rock music", "blues music", "Baroque music", "Latin
    music": "a classical violinist"), "were taught by" others (between people), "studied at"
    schools ("trained at"), "also worked as" trades; conductors "were principal conductor of"
    orchestras and "were music director of" others (past posts: "at"), "directed" a choir and opera
    houses (active: a running, no making); bands "were signed to"
    labels, "were formed in" cities, "influenced" others; quartets "are based in" cities."""
    rels = [
        R("member", phrase="was a member of", inverse_phrase="had as a member", domain=("guitarist",), range=("band",)),
        R("qmember", phrase="is a member of", inverse_phrase="has as a member", domain=("violinist",), range=("quartet",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", domain=("guitarist", "violinist", "conductor"),
          range=("band", "quartet", "orchestra")),
        R("plays", phrase="plays", inverse_phrase="is played by", domain=("guitarist", "violinist"), range=("genre",)),
        R("taught", phrase="was taught by", inverse_phrase="taught", domain=("guitarist", "violinist", "conductor"),
          range=("guitarist", "violinist", "conductor")),
        R("studied", phrase="studied at", inverse_phrase="was attended by", domain=("guitarist", "violinist", "conductor"),
          range=("school", "art_school")),
        R("alsojob", phrase="also worked as", inverse_phrase="was also the trade of",
          domain=("guitarist", "violinist", "conductor"), range=("occupation",)),
        R("principal", phrase="was principal conductor of", inverse_phrase="had as principal conductor",
          domain=("conductor",), range=("orchestra",)),
        R("musicdir", phrase="was music director of", inverse_phrase="had as music director", domain=("conductor",),
          range=("orchestra", "opera_house")),
        R("directed", phrase="directed", inverse_phrase="was directed by", domain=("conductor",),
          range=("choir", "opera_house")),
        R("signed", phrase="was signed to", inverse_phrase="signed", domain=("band",), range=("record_label",)),
        R("formed", phrase="was formed in", inverse_phrase="saw the forming of", domain=("band",), range=("city",)),
        R("influenced", phrase="influenced", inverse_phrase="was influenced by", domain=("band",), range=("band",)),
        R("based", phrase="is based in", inverse_phrase="is home to", domain=("quartet", "orchestra"), range=("city",)),
        RATED,
    ]
    items = {"b:stones": ("band", "The Rolling Stones", 1962), "b:kinks": ("band", "The Kinks", 1963),
             "b:yardbirds": ("band", "The Yardbirds", 1963), "b:byrds": ("band", "The Byrds", 1964),
             "b:mac": ("band", "Fleetwood Mac", 1967), "b:shadows": ("band", "The Shadows", 1958),
             "q:takacs": ("quartet", "the Takacs Quartet", 1975), "q:kronos": ("quartet", "the Kronos Quartet", 1973),
             "p:richards": ("guitarist", "Keith Richards", 1943), "p:wood": ("guitarist", "Ronnie Wood", 1947),
             "p:taylor": ("guitarist", "Mick Taylor", 1949), "p:rdavies": ("guitarist", "Ray Davies", 1944),
             "p:ddavies": ("guitarist", "Dave Davies", 1947), "p:beck": ("guitarist", "Jeff Beck", 1944),
             "p:page": ("guitarist", "Jimmy Page", 1944), "p:clapton": ("guitarist", "Eric Clapton", 1945),
             "p:mcguinn": ("guitarist", "Roger McGuinn", 1942), "p:green": ("guitarist", "Peter Green", 1946),
             "p:marvin": ("guitarist", "Hank Marvin", 1941),
             "v:dusinberre": ("violinist", "Edward Dusinberre", 1968), "v:rhodes": ("violinist", "Harumi Rhodes", 1978),
             "v:harrington": ("violinist", "David Harrington", 1949), "v:sherba": ("violinist", "John Sherba", 1954),
             "v:menuhin": ("violinist", "Yehudi Menuhin", 1916), "v:kennedy": ("violinist", "Nigel Kennedy", 1956),
             "v:delay": ("violinist", "Dorothy DeLay", 1917),
             "d:boult": ("conductor", "Adrian Boult", 1889), "d:beecham": ("conductor", "Thomas Beecham", 1879),
             "d:solti": ("conductor", "Georg Solti", 1912), "d:jansons": ("conductor", "Mariss Jansons", 1943),
             "d:nikisch": ("conductor", "Arthur Nikisch", 1855)}
    others = {"o:bbc": ("orchestra", "the BBC Symphony Orchestra"), "o:rpo": ("orchestra", "the Royal Philharmonic Orchestra"),
              "o:lpo": ("orchestra", "the London Philharmonic Orchestra"), "o:chicago": ("orchestra", "the Chicago Symphony Orchestra"),
              "o:concertgebouw": ("orchestra", "the Royal Concertgebouw Orchestra"),
              "o:pittsburgh": ("orchestra", "the Pittsburgh Symphony Orchestra"), "o:roh": ("opera_house", "the Royal Opera House"),
              "o:gewandhaus": ("orchestra", "the Leipzig Gewandhaus Orchestra"),
              "c:bach": ("choir", "the Bach Choir"), "c:leipzig": ("opera_house", "the Leipzig Opera"),
              "c:glyndebourne": ("opera_house", "Glyndebourne"),
              "g:classical": ("genre", "classical music"), "g:folk": ("genre", "folk music"), "g:rock": ("genre", "rock music"),
              "g:blues": ("genre", "blues music"), "g:baroque": ("genre", "Baroque music"), "g:latin": ("genre", "Latin music"),
              "g:contemporary": ("genre", "contemporary classical music"),
              "s:menuhin": ("school", "the Yehudi Menuhin School"), "s:juilliard": ("school", "the Juilliard School"),
              "s:kingston": ("art_school", "Kingston College of Art"), "s:hornsey": ("art_school", "Hornsey College of Art"),
              "s:rcm": ("school", "the Royal College of Music"), "s:liszt": ("school", "the Liszt Academy"),
              "j:painter": ("occupation", "painter"), "j:director": ("occupation", "film director"),
              "j:impresario": ("occupation", "impresario"), "j:session": ("occupation", "session musician"),
              "j:teacher": ("occupation", "music teacher"),
              "l:decca": ("record_label", "Decca Records"), "l:pye": ("record_label", "Pye Records"),
              "l:columbia": ("record_label", "Columbia Records"), "l:reprise": ("record_label", "Reprise Records"),
              "y:london": ("city", "London"), "y:la": ("city", "Los Angeles"), "y:boulder": ("city", "Boulder"),
              "y:sf": ("city", "San Francisco")}
    T = _t("member", [("p:richards", "b:stones"), ("p:wood", "b:stones"), ("p:taylor", "b:stones"), ("p:rdavies", "b:kinks"),
                      ("p:ddavies", "b:kinks"), ("p:beck", "b:yardbirds"), ("p:page", "b:yardbirds"), ("p:clapton", "b:yardbirds"),
                      ("p:mcguinn", "b:byrds"), ("p:green", "b:mac"), ("p:marvin", "b:shadows")])
    T += _t("qmember", [("v:dusinberre", "q:takacs"), ("v:rhodes", "q:takacs"), ("v:harrington", "q:kronos"),
                        ("v:sherba", "q:kronos")])
    T += _t("founded", [("p:richards", "b:stones"), ("p:rdavies", "b:kinks"), ("p:green", "b:mac"), ("p:mcguinn", "b:byrds"),
                        ("v:harrington", "q:kronos"), ("d:beecham", "o:rpo"), ("d:beecham", "o:lpo")])
    T += _t("plays", [("v:dusinberre", "g:classical"), ("v:rhodes", "g:classical"), ("v:harrington", "g:contemporary"),
                      ("v:sherba", "g:contemporary"), ("v:menuhin", "g:classical"), ("v:kennedy", "g:classical"),
                      ("v:menuhin", "g:baroque"), ("p:green", "g:blues"), ("p:clapton", "g:blues"), ("p:page", "g:rock"),
                      ("p:richards", "g:rock"), ("p:mcguinn", "g:folk"), ("p:mcguinn", "g:rock"), ("p:marvin", "g:rock"),
                      ("v:delay", "g:classical")])
    T += _t("taught", [("v:kennedy", "v:menuhin"), ("v:dusinberre", "v:delay"), ("v:rhodes", "v:delay"), ("d:boult", "d:nikisch"),
                       ("p:page", "p:marvin")])
    T += _t("studied", [("v:kennedy", "s:menuhin"), ("v:kennedy", "s:juilliard"), ("v:dusinberre", "s:juilliard"),
                        ("p:clapton", "s:kingston"), ("p:rdavies", "s:hornsey"), ("d:boult", "s:rcm"), ("d:solti", "s:liszt"),
                        ("v:rhodes", "s:juilliard")])
    T += _t("alsojob", [("p:wood", "j:painter"), ("p:rdavies", "j:director"), ("d:beecham", "j:impresario"),
                        ("p:page", "j:session"), ("v:delay", "j:teacher")])
    T += _t("principal", [("d:boult", "o:bbc"), ("d:beecham", "o:rpo"), ("d:jansons", "o:concertgebouw"), ("d:solti", "o:lpo")])
    T += _t("musicdir", [("d:solti", "o:chicago"), ("d:solti", "o:roh"), ("d:jansons", "o:pittsburgh"), ("d:nikisch", "o:gewandhaus")])
    T += _t("directed", [("d:boult", "c:bach"), ("d:nikisch", "c:leipzig"), ("d:jansons", "c:glyndebourne")])
    T += _t("signed", [("b:stones", "l:decca"), ("b:kinks", "l:pye"), ("b:yardbirds", "l:columbia"), ("b:byrds", "l:columbia"),
                       ("b:mac", "l:reprise"), ("b:shadows", "l:columbia")])
    T += _t("formed", [("b:stones", "y:london"), ("b:kinks", "y:london"), ("b:yardbirds", "y:london"), ("b:byrds", "y:la"),
                       ("b:mac", "y:london"), ("b:shadows", "y:london")])
    T += _t("influenced", [("b:shadows", "b:kinks"), ("b:yardbirds", "b:byrds")])
    T += _t("based", [("q:takacs", "y:boulder"), ("q:kronos", "y:sf")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("b:kinks", 5.0), ("v:kennedy", 4.5), ("b:shadows", 2.0))]
    return _build(items, others, rels, T)


def horses():
    """Racehorses ("racehorse", dated by foaling), horse breeds ("horse_breed", dated by their
    stud book) and racecourses ("racecourse", dated by opening), all items. Horses "were sired by"
    others, "won" races (attributes, "horse_race"), "were trained by" trainers ("horse_trainer"),
    "were ridden by" jockeys, "were owned by" owners (a past state; not between people), "are a"
    breed. Races "are run at" racecourses (every subject an event: "is held at"); racecourses
    "host" festivals (present, every object an event), "hosted" motor races (past, every object an
    event), "are home to" a stud and a statue (no events), "are located in" towns. Breeds
    "originated in" countries and "are used for" disciplines. Ana rated some."""
    rels = [
        R("sired", phrase="was sired by", inverse_phrase="sired", domain=("racehorse",), range=("racehorse",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("racehorse",), range=("horse_race",)),
        R("run", phrase="is run at", inverse_phrase="stages", domain=("horse_race",), range=("racecourse",)),
        R("hosts", phrase="hosts", inverse_phrase="is hosted by", domain=("racecourse",), range=("festival",)),
        R("hosted", phrase="hosted", inverse_phrase="was hosted by", domain=("racecourse",), range=("motor_race",)),
        R("home", phrase="is home to", inverse_phrase="is housed at", domain=("racecourse",), range=("stud_farm", "statue")),
        R("located", phrase="is located in", inverse_phrase="is home to", domain=("racecourse",), range=("town",)),
        R("trained", phrase="was trained by", inverse_phrase="trained", domain=("racehorse",), range=("horse_trainer",)),
        R("ridden", phrase="was ridden by", inverse_phrase="rode", domain=("racehorse",), range=("jockey",)),
        R("owned", phrase="was owned by", inverse_phrase="owned", domain=("racehorse",), range=("racehorse_owner",)),
        R("breed", phrase="is a", inverse_phrase="is the breed of", domain=("racehorse",), range=("horse_breed",)),
        R("origin", phrase="originated in", inverse_phrase="is the origin of", domain=("horse_breed",), range=("country",)),
        R("used", phrase="is used for", inverse_phrase="is done with", domain=("horse_breed",), range=("discipline",)),
        RATED,
    ]
    items = {"h:frankel": ("racehorse", "Frankel", 2008), "h:seathestars": ("racehorse", "Sea The Stars", 2006),
             "h:galileo": ("racehorse", "Galileo", 1998), "h:sadlers": ("racehorse", "Sadler's Wells", 1981),
             "h:dancer": ("racehorse", "Northern Dancer", 1961), "h:nijinsky": ("racehorse", "Nijinsky", 1967),
             "h:redrum": ("racehorse", "Red Rum", 1965), "h:kauto": ("racehorse", "Kauto Star", 2000),
             "h:bestmate": ("racehorse", "Best Mate", 1995), "h:enable": ("racehorse", "Enable", 2014),
             "h:winx": ("racehorse", "Winx", 2011), "h:capecross": ("racehorse", "Cape Cross", 1994),
             "h:nathaniel": ("racehorse", "Nathaniel", 2008),
             "x:thoroughbred": ("horse_breed", "Thoroughbred", 1791), "x:arabian": ("horse_breed", "Arabian", 1878),
             "x:akhal": ("horse_breed", "Akhal-Teke", 1941), "x:lipizzaner": ("horse_breed", "Lipizzaner", 1580),
             "x:clydesdale": ("horse_breed", "Clydesdale", 1877), "x:hanoverian": ("horse_breed", "Hanoverian", 1888),
             "v:newmarket": ("racecourse", "Newmarket Racecourse", 1636), "v:goodwood": ("racecourse", "Goodwood Racecourse", 1802),
             "v:york": ("racecourse", "York Racecourse", 1731), "v:epsom": ("racecourse", "Epsom Downs", 1661),
             "v:longchamp": ("racecourse", "Longchamp Racecourse", 1857), "v:curragh": ("racecourse", "the Curragh", 1727),
             "v:doncaster": ("racecourse", "Doncaster Racecourse", 1776), "v:aintree": ("racecourse", "Aintree Racecourse", 1829),
             "v:cheltenham": ("racecourse", "Cheltenham Racecourse", 1815), "v:kempton": ("racecourse", "Kempton Park", 1878),
             "v:ascot": ("racecourse", "Ascot Racecourse", 1711), "v:moonee": ("racecourse", "Moonee Valley Racecourse", 1883)}
    others = {"r:guineas": ("horse_race", "the 2000 Guineas"), "r:sussex": ("horse_race", "the Sussex Stakes"),
              "r:juddmonte": ("horse_race", "the Juddmonte International"), "r:derby": ("horse_race", "the Epsom Derby"),
              "r:arc": ("horse_race", "the Prix de l'Arc de Triomphe"), "r:irishderby": ("horse_race", "the Irish Derby"),
              "r:leger": ("horse_race", "the St Leger"), "r:national": ("horse_race", "the Grand National"),
              "r:goldcup": ("horse_race", "the Cheltenham Gold Cup"), "r:kgchase": ("horse_race", "the King George VI Chase"),
              "r:kgstakes": ("horse_race", "the King George VI and Queen Elizabeth Stakes"), "r:cox": ("horse_race", "the Cox Plate"),
              "f:cheltenham": ("festival", "the Cheltenham Festival"), "f:royalascot": ("festival", "Royal Ascot"),
              "f:ebor": ("festival", "the Ebor Festival"), "f:glorious": ("festival", "Glorious Goodwood"),
              "m:gp1955": ("motor_race", "the 1955 British Grand Prix"), "m:gp1957": ("motor_race", "the 1957 British Grand Prix"),
              "m:nationalstud": ("stud_farm", "the National Stud"), "m:redrum": ("statue", "the Red Rum statue"),
              "t:newmarket": ("town", "Newmarket"), "t:chichester": ("town", "Chichester"), "t:york": ("town", "York"),
              "t:epsom": ("town", "Epsom"), "t:paris": ("town", "Paris"), "t:kildare": ("town", "Kildare"),
              "t:doncaster": ("town", "Doncaster"), "t:liverpool": ("town", "Liverpool"), "t:cheltenham": ("town", "Cheltenham"),
              "t:sunbury": ("town", "Sunbury"), "t:ascot": ("town", "Ascot"), "t:melbourne": ("town", "Melbourne"),
              "k:cecil": ("horse_trainer", "Henry Cecil"), "k:oxx": ("horse_trainer", "John Oxx"),
              "k:aobrien": ("horse_trainer", "Aidan O'Brien"), "k:vobrien": ("horse_trainer", "Vincent O'Brien"),
              "k:mccain": ("horse_trainer", "Ginger McCain"), "k:nicholls": ("horse_trainer", "Paul Nicholls"),
              "k:knight": ("horse_trainer", "Henrietta Knight"), "k:gosden": ("horse_trainer", "John Gosden"),
              "k:waller": ("horse_trainer", "Chris Waller"),
              "j:queally": ("jockey", "Tom Queally"), "j:kinane": ("jockey", "Mick Kinane"), "j:piggott": ("jockey", "Lester Piggott"),
              "j:fletcher": ("jockey", "Brian Fletcher"), "j:stack": ("jockey", "Tommy Stack"), "j:walsh": ("jockey", "Ruby Walsh"),
              "j:culloty": ("jockey", "Jim Culloty"), "j:dettori": ("jockey", "Frankie Dettori"), "j:bowman": ("jockey", "Hugh Bowman"),
              "o:abdullah": ("racehorse_owner", "Khalid Abdullah"), "o:tsui": ("racehorse_owner", "Christopher Tsui"),
              "o:lemare": ("racehorse_owner", "Noel Le Mare"), "o:smith": ("racehorse_owner", "Clive Smith"),
              "o:engelhard": ("racehorse_owner", "Charles Engelhard"),
              "c:england": ("country", "England"), "c:arabia": ("country", "Saudi Arabia"), "c:turkmenistan": ("country", "Turkmenistan"),
              "c:slovenia": ("country", "Slovenia"), "c:scotland": ("country", "Scotland"), "c:germany": ("country", "Germany"),
              "d:flat": ("discipline", "flat racing"), "d:dressage": ("discipline", "dressage"),
              "d:draught": ("discipline", "draught work"), "d:endurance": ("discipline", "endurance riding"),
              "d:jumping": ("discipline", "show jumping")}
    T = _t("sired", [("h:frankel", "h:galileo"), ("h:galileo", "h:sadlers"), ("h:sadlers", "h:dancer"), ("h:nijinsky", "h:dancer"),
                     ("h:seathestars", "h:capecross"), ("h:enable", "h:nathaniel"), ("h:nathaniel", "h:galileo")])
    T += _t("won", [("h:frankel", "r:guineas"), ("h:frankel", "r:sussex"), ("h:frankel", "r:juddmonte"),
                    ("h:seathestars", "r:derby"), ("h:seathestars", "r:arc"), ("h:seathestars", "r:guineas"),
                    ("h:galileo", "r:derby"), ("h:galileo", "r:irishderby"), ("h:nijinsky", "r:derby"), ("h:nijinsky", "r:guineas"),
                    ("h:nijinsky", "r:leger"), ("h:redrum", "r:national"), ("h:kauto", "r:goldcup"), ("h:kauto", "r:kgchase"),
                    ("h:bestmate", "r:goldcup"), ("h:enable", "r:arc"), ("h:enable", "r:kgstakes"), ("h:winx", "r:cox"),
                    ("h:nathaniel", "r:kgstakes")])
    T += _t("run", [("r:guineas", "v:newmarket"), ("r:sussex", "v:goodwood"), ("r:juddmonte", "v:york"), ("r:derby", "v:epsom"),
                    ("r:arc", "v:longchamp"), ("r:irishderby", "v:curragh"), ("r:leger", "v:doncaster"),
                    ("r:national", "v:aintree"), ("r:goldcup", "v:cheltenham"), ("r:kgchase", "v:kempton"),
                    ("r:kgstakes", "v:ascot"), ("r:cox", "v:moonee")])
    T += _t("hosts", [("v:cheltenham", "f:cheltenham"), ("v:ascot", "f:royalascot"), ("v:york", "f:ebor"),
                      ("v:goodwood", "f:glorious")])
    T += _t("hosted", [("v:aintree", "m:gp1955"), ("v:aintree", "m:gp1957")])
    T += _t("home", [("v:newmarket", "m:nationalstud"), ("v:aintree", "m:redrum")])
    T += _t("located", [("v:newmarket", "t:newmarket"), ("v:goodwood", "t:chichester"), ("v:york", "t:york"), ("v:epsom", "t:epsom"),
                        ("v:longchamp", "t:paris"), ("v:curragh", "t:kildare"), ("v:doncaster", "t:doncaster"),
                        ("v:aintree", "t:liverpool"), ("v:cheltenham", "t:cheltenham"), ("v:kempton", "t:sunbury"),
                        ("v:ascot", "t:ascot"), ("v:moonee", "t:melbourne")])
    T += _t("trained", [("h:frankel", "k:cecil"), ("h:seathestars", "k:oxx"), ("h:galileo", "k:aobrien"), ("h:nijinsky", "k:vobrien"),
                        ("h:redrum", "k:mccain"), ("h:kauto", "k:nicholls"), ("h:bestmate", "k:knight"), ("h:enable", "k:gosden"),
                        ("h:winx", "k:waller"), ("h:nathaniel", "k:gosden")])
    T += _t("ridden", [("h:frankel", "j:queally"), ("h:seathestars", "j:kinane"), ("h:galileo", "j:kinane"),
                       ("h:nijinsky", "j:piggott"), ("h:redrum", "j:fletcher"), ("h:redrum", "j:stack"), ("h:kauto", "j:walsh"),
                       ("h:bestmate", "j:culloty"), ("h:enable", "j:dettori"), ("h:winx", "j:bowman")])
    T += _t("owned", [("h:frankel", "o:abdullah"), ("h:enable", "o:abdullah"), ("h:seathestars", "o:tsui"),
                      ("h:redrum", "o:lemare"), ("h:kauto", "o:smith"), ("h:nijinsky", "o:engelhard")])
    T += _t("breed", [(h, "x:thoroughbred") for h in ("h:frankel", "h:seathestars", "h:galileo", "h:sadlers", "h:dancer",
                                                      "h:nijinsky", "h:redrum", "h:kauto", "h:bestmate", "h:enable", "h:winx",
                                                      "h:capecross", "h:nathaniel")])
    T += _t("origin", [("x:thoroughbred", "c:england"), ("x:arabian", "c:arabia"), ("x:akhal", "c:turkmenistan"),
                       ("x:lipizzaner", "c:slovenia"), ("x:clydesdale", "c:scotland"), ("x:hanoverian", "c:germany")])
    T += _t("used", [("x:thoroughbred", "d:flat"), ("x:lipizzaner", "d:dressage"), ("x:clydesdale", "d:draught"),
                     ("x:akhal", "d:endurance"), ("x:arabian", "d:endurance"), ("x:hanoverian", "d:jumping"),
                     ("x:hanoverian", "d:dressage")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("h:frankel", 5.0), ("v:aintree", 4.5), ("h:winx", 2.0))]
    return _build(items, others, rels, T)


def botany():
    """Botanists, the only items (a graph of people, dated by birth). Botanists "described" plants
    (attributes: "genus", "species"), plants "are named after" people (attributes typed "botanist"
    too: Patrick Browne); botanists "were taught by" others (between people: "X's teacher was Y")
    and "collaborated with" others (a near miss), "studied at" universities ("trained at"), "were
    director of" gardens (a past post: "director at") and "worked at" others (a near miss),
    "founded" journals and societies ("the mind behind", "went on to found"), "sailed on" ships,
    "also worked as" trades. Ana rated some."""
    people = ("botanist",)
    rels = [
        R("described", phrase="described", inverse_phrase="was described by", domain=people, range=("genus", "species")),
        R("named", phrase="is named after", inverse_phrase="is the namesake of", domain=("genus", "species"), range=people),
        R("taught", phrase="was taught by", inverse_phrase="taught", domain=people, range=people),
        R("collab", phrase="collaborated with", inverse_phrase="collaborated with", domain=people, range=people),
        R("studied", phrase="studied at", inverse_phrase="was attended by", domain=people, range=("university",)),
        R("director", phrase="was director of", inverse_phrase="was directed by", domain=people, range=("botanical_garden",)),
        R("worked", phrase="worked at", inverse_phrase="employed", domain=people, range=("botanical_garden", "museum")),
        R("founded", phrase="founded", inverse_phrase="was founded by", domain=people, range=("journal", "society")),
        R("sailed", phrase="sailed on", inverse_phrase="carried", domain=people, range=("ship",)),
        R("alsojob", phrase="also worked as", inverse_phrase="was also the trade of", domain=people, range=("occupation",)),
        RATED,
    ]
    items = {"b:linnaeus": ("botanist", "Carl Linnaeus", 1707), "b:banks": ("botanist", "Joseph Banks", 1743),
             "b:jdhooker": ("botanist", "Joseph Dalton Hooker", 1817), "b:wjhooker": ("botanist", "William Jackson Hooker", 1785),
             "b:brown": ("botanist", "Robert Brown", 1773), "b:gray": ("botanist", "Asa Gray", 1810),
             "b:lindley": ("botanist", "John Lindley", 1799), "b:solander": ("botanist", "Daniel Solander", 1733),
             "b:candolle": ("botanist", "Augustin Pyramus de Candolle", 1778), "b:bentham": ("botanist", "George Bentham", 1800),
             "b:thunberg": ("botanist", "Carl Peter Thunberg", 1743), "b:torrey": ("botanist", "John Torrey", 1796)}
    others = {"b:browne": ("botanist", "Patrick Browne"),
              "p:banksia": ("genus", "Banksia"), "p:linnaea": ("genus", "Linnaea"), "p:solandra": ("genus", "Solandra"),
              "p:thunbergia": ("genus", "Thunbergia"), "p:lindleya": ("genus", "Lindleya"), "p:brownea": ("genus", "Brownea"),
              "p:candollea": ("genus", "Candollea"), "p:benthamia": ("genus", "Benthamia"), "p:torreya": ("genus", "Torreya"),
              "p:cattleya": ("genus", "Cattleya"),
              "p:magnolia": ("species", "Magnolia grandiflora"), "p:borealis": ("species", "Linnaea borealis"),
              "p:integrifolia": ("species", "Banksia integrifolia"), "p:thomsonii": ("species", "Rhododendron thomsonii"),
              "p:palmatum": ("species", "Acer palmatum"), "p:labiata": ("species", "Cattleya labiata"),
              "u:uppsala": ("university", "Uppsala University"), "u:lund": ("university", "Lund University"),
              "u:glasgow": ("university", "the University of Glasgow"), "u:edinburgh": ("university", "the University of Edinburgh"),
              "u:oxford": ("university", "the University of Oxford"), "u:geneva": ("university", "the University of Geneva"),
              "u:columbia": ("university", "Columbia University"),
              "g:kew": ("botanical_garden", "Kew Gardens"), "g:geneva": ("botanical_garden", "the Geneva Botanical Garden"),
              "g:uppsala": ("botanical_garden", "the Uppsala Botanical Garden"), "g:harvard": ("botanical_garden", "the Harvard Botanic Garden"),
              "g:chelsea": ("botanical_garden", "the Chelsea Physic Garden"), "m:bm": ("museum", "the British Museum"),
              "j:chronicle": ("journal", "the Gardeners' Chronicle"), "j:african": ("society", "the African Association"),
              "j:academy": ("society", "the Royal Swedish Academy of Sciences"), "j:magazine": ("journal", "the Botanical Register"),
              "s:endeavour": ("ship", "HMS Endeavour"), "s:erebus": ("ship", "HMS Erebus"), "s:investigator": ("ship", "HMS Investigator"),
              "o:physician": ("occupation", "physician"), "o:surgeon": ("occupation", "surgeon"), "o:librarian": ("occupation", "librarian"),
              "o:chemist": ("occupation", "chemist")}
    T = _t("described", [("b:linnaeus", "p:magnolia"), ("b:linnaeus", "p:borealis"), ("b:brown", "p:integrifolia"),
                         ("b:jdhooker", "p:thomsonii"), ("b:lindley", "p:cattleya"), ("b:lindley", "p:labiata"),
                         ("b:thunberg", "p:palmatum"), ("b:linnaeus", "p:banksia"), ("b:candolle", "p:lindleya"),
                         ("b:gray", "p:torreya")])
    T += _t("named", [("p:banksia", "b:banks"), ("p:linnaea", "b:linnaeus"), ("p:borealis", "b:linnaeus"), ("p:solandra", "b:solander"),
                      ("p:thunbergia", "b:thunberg"), ("p:lindleya", "b:lindley"), ("p:brownea", "b:browne"),
                      ("p:candollea", "b:candolle"), ("p:benthamia", "b:bentham"), ("p:torreya", "b:torrey")])
    T += _t("taught", [("b:solander", "b:linnaeus"), ("b:thunberg", "b:linnaeus"), ("b:jdhooker", "b:wjhooker"),
                       ("b:gray", "b:torrey"), ("b:bentham", "b:candolle")])
    T += _t("collab", [("b:bentham", "b:jdhooker"), ("b:banks", "b:solander"), ("b:brown", "b:banks")])
    T += _t("studied", [("b:linnaeus", "u:uppsala"), ("b:linnaeus", "u:lund"), ("b:solander", "u:uppsala"), ("b:thunberg", "u:uppsala"),
                        ("b:jdhooker", "u:glasgow"), ("b:brown", "u:edinburgh"), ("b:banks", "u:oxford"), ("b:candolle", "u:geneva"),
                        ("b:torrey", "u:columbia")])
    T += _t("director", [("b:wjhooker", "g:kew"), ("b:jdhooker", "g:kew"), ("b:candolle", "g:geneva"), ("b:linnaeus", "g:uppsala"),
                         ("b:gray", "g:harvard")])
    T += _t("worked", [("b:brown", "m:bm"), ("b:solander", "m:bm"), ("b:lindley", "g:chelsea"), ("b:bentham", "g:kew")])
    T += _t("founded", [("b:lindley", "j:chronicle"), ("b:banks", "j:african"), ("b:linnaeus", "j:academy")])
    T += _t("sailed", [("b:banks", "s:endeavour"), ("b:solander", "s:endeavour"), ("b:jdhooker", "s:erebus"), ("b:brown", "s:investigator")])
    T += _t("alsojob", [("b:linnaeus", "o:physician"), ("b:thunberg", "o:physician"), ("b:brown", "o:surgeon"),
                        ("b:jdhooker", "o:surgeon"), ("b:solander", "o:librarian"), ("b:torrey", "o:chemist")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("b:linnaeus", 5.0), ("b:banks", 4.5), ("b:bentham", 2.0))]
    return _build(items, others, rels, T)


def industry():
    """Makers and ships, all items: porcelain factories ("porcelain_factory"), car makers
    ("car_maker"), dated by founding, and ships dated by launch: clippers ("clipper"), liners
    ("liner"), steamships ("steamship"), schooners ("schooner"), a frigate ("frigate"). People
    (attributes: "sculptor", "chemist", "potter", "engineer", "designer", "businessman",
    "sea_captain") "founded" makers, "directed" factories (active: a past running), "were head
    designer of" / "were chief engineer of" / "were artistic director of" makers (past posts:
    "at"), "designed" cars. Makers "produced" cars. Ships "were built by" shipyards, "were
    commanded by" captains and "were owned by" companies (past states: "was a clipper commanded
    by"), "are a" class, "were rivals of" others, "are preserved at" ports. Ana rated some."""
    makers = ("porcelain_factory", "car_maker")
    ships = ("clipper", "liner", "steamship", "schooner", "frigate")
    people = ("sculptor", "chemist", "potter", "engineer", "designer", "businessman", "king")
    rels = [
        R("founded", phrase="founded", inverse_phrase="was founded by", domain=people, range=makers),
        R("directed", phrase="directed", inverse_phrase="was directed by", domain=people, range=("porcelain_factory",)),
        R("headdesigner", phrase="was head designer of", inverse_phrase="had as head designer", domain=people, range=makers),
        R("chiefeng", phrase="was chief engineer of", inverse_phrase="had as chief engineer", domain=people, range=makers),
        R("artdir", phrase="was artistic director of", inverse_phrase="had as artistic director", domain=people, range=makers),
        R("designed", phrase="designed", inverse_phrase="was designed by", domain=people, range=("car",)),
        R("produced", phrase="produced", inverse_phrase="was produced by", domain=("car_maker",), range=("car",)),
        R("built", phrase="was built by", inverse_phrase="built", domain=ships, range=("shipyard",)),
        R("commanded", phrase="was commanded by", inverse_phrase="commanded", domain=ships, range=("sea_captain",)),
        R("owned", phrase="was owned by", inverse_phrase="owned", domain=ships, range=("shipping_line", "shipowner")),
        R("class", phrase="is a", inverse_phrase="is the class of", domain=ships, range=("class",)),
        R("rival", phrase="was a rival of", inverse_phrase="was a rival of", domain=ships, range=ships),
        R("preserved", phrase="is preserved at", inverse_phrase="preserves", domain=ships, range=("port",)),
        RATED,
    ]
    items = {"f:meissen": ("porcelain_factory", "Meissen", 1710), "f:sevres": ("porcelain_factory", "Sevres", 1740),
             "f:copenhagen": ("porcelain_factory", "Royal Copenhagen", 1775),
             "f:nymphenburg": ("porcelain_factory", "Nymphenburg", 1747), "f:wedgwood": ("porcelain_factory", "Wedgwood", 1759),
             "f:bmc": ("car_maker", "the British Motor Corporation", 1952), "f:citroen": ("car_maker", "Citroen", 1919),
             "f:jaguar": ("car_maker", "Jaguar Cars", 1922), "f:lancia": ("car_maker", "Lancia", 1906),
             "s:taeping": ("clipper", "Taeping", 1863), "s:ariel": ("clipper", "Ariel", 1865),
             "s:fierycross": ("clipper", "Fiery Cross", 1860), "s:lightning": ("clipper", "Lightning", 1854),
             "s:mauretania": ("liner", "Mauretania", 1906), "s:queenmary": ("liner", "Queen Mary", 1934),
             "s:olympic": ("liner", "Olympic", 1910), "s:greateastern": ("steamship", "Great Eastern", 1858),
             "s:savannah": ("steamship", "Savannah", 1818), "s:atlantic": ("schooner", "Atlantic", 1903),
             "s:wyoming": ("schooner", "Wyoming", 1909), "s:unicorn": ("frigate", "HMS Unicorn", 1824)}
    others = {"x:kaendler": ("sculptor", "Johann Joachim Kaendler"), "x:bottger": ("chemist", "Johann Friedrich Bottger"),
              "x:augustus": ("king", "Augustus the Strong"), "x:kuhn": ("chemist", "Heinrich Gottlob Kuhn"),
              "x:brongniart": ("chemist", "Alexandre Brongniart"), "x:muller": ("chemist", "Frantz Heinrich Muller"),
              "x:krog": ("designer", "Arnold Krog"), "x:bustelli": ("sculptor", "Franz Anton Bustelli"),
              "x:wedgwood": ("potter", "Josiah Wedgwood"), "x:flaxman": ("sculptor", "John Flaxman"),
              "x:issigonis": ("engineer", "Alec Issigonis"), "x:bertoni": ("designer", "Flaminio Bertoni"),
              "x:sayer": ("engineer", "Malcolm Sayer"), "x:callum": ("designer", "Ian Callum"),
              "x:lyons": ("businessman", "William Lyons"), "x:andre": ("engineer", "Andre Citroen"),
              "x:vincenzo": ("engineer", "Vincenzo Lancia"), "x:lord": ("businessman", "Leonard Lord"),
              "x:jano": ("engineer", "Vittorio Jano"),
              "a:mini": ("car", "the Mini"), "a:minor": ("car", "the Morris Minor"), "a:ds": ("car", "the Citroen DS"),
              "a:2cv": ("car", "the Citroen 2CV"), "a:etype": ("car", "the Jaguar E-Type"), "a:ftype": ("car", "the Jaguar F-Type"),
              "a:aurelia": ("car", "the Lancia Aurelia"), "a:xk120": ("car", "the Jaguar XK120"),
              "y:steele": ("shipyard", "Robert Steele and Company"), "y:chaloner": ("shipyard", "Chaloner's yard"),
              "y:mckay": ("shipyard", "Donald McKay's yard"), "y:swan": ("shipyard", "Swan Hunter"),
              "y:john": ("shipyard", "John Brown and Company"), "y:hw": ("shipyard", "Harland and Wolff"),
              "y:russell": ("shipyard", "John Scott Russell and Company"), "y:fickett": ("shipyard", "Fickett and Crockett"),
              "y:townsend": ("shipyard", "Townsend and Downey"), "y:percy": ("shipyard", "Percy and Small"),
              "y:chatham": ("shipyard", "Chatham Dockyard"),
              "c:mckinnon": ("sea_captain", "Daniel McKinnon"), "c:keay": ("sea_captain", "John Keay"),
              "c:robinson": ("sea_captain", "Richard Robinson"), "c:forbes": ("sea_captain", "James Nicol Forbes"),
              "c:rostron": ("sea_captain", "Arthur Rostron"), "c:britten": ("sea_captain", "Edgar Britten"),
              "c:smith": ("sea_captain", "Edward Smith"), "c:anderson": ("sea_captain", "James Anderson"),
              "c:rogers": ("sea_captain", "Moses Rogers"), "c:barr": ("sea_captain", "Charlie Barr"),
              "o:cunard": ("shipping_line", "the Cunard Line"), "o:whitestar": ("shipping_line", "the White Star Line"),
              "o:baines": ("shipping_line", "the Black Ball Line"), "o:shaw": ("shipowner", "Shaw, Lowther and Maxton"),
              "o:gsc": ("shipowner", "the Great Ship Company"), "o:marshall": ("shipowner", "Wilson Marshall"),
              "o:rodger": ("shipowner", "Alexander Rodger"),
              "k:tea": ("class", "tea clipper"), "k:extreme": ("class", "extreme clipper"), "k:ocean": ("class", "ocean liner"),
              "k:racing": ("class", "racing schooner"), "k:cargo": ("class", "cargo schooner"),
              "q:dundee": ("port", "Dundee"), "q:longbeach": ("port", "Long Beach")}
    T = _t("founded", [("x:augustus", "f:meissen"), ("x:wedgwood", "f:wedgwood"), ("x:muller", "f:copenhagen"),
                       ("x:lyons", "f:jaguar"), ("x:andre", "f:citroen"), ("x:vincenzo", "f:lancia"), ("x:lord", "f:bmc")])
    T += _t("directed", [("x:kuhn", "f:meissen"), ("x:bottger", "f:meissen"), ("x:brongniart", "f:sevres")])
    T += _t("headdesigner", [("x:bertoni", "f:citroen"), ("x:callum", "f:jaguar"), ("x:bustelli", "f:nymphenburg")])
    T += _t("chiefeng", [("x:issigonis", "f:bmc"), ("x:sayer", "f:jaguar"), ("x:jano", "f:lancia")])
    T += _t("artdir", [("x:krog", "f:copenhagen"), ("x:kaendler", "f:meissen"), ("x:flaxman", "f:wedgwood")])
    T += _t("designed", [("x:issigonis", "a:mini"), ("x:issigonis", "a:minor"), ("x:bertoni", "a:ds"), ("x:bertoni", "a:2cv"),
                         ("x:sayer", "a:etype"), ("x:callum", "a:ftype"), ("x:jano", "a:aurelia"), ("x:lyons", "a:xk120")])
    T += _t("produced", [("f:bmc", "a:mini"), ("f:bmc", "a:minor"), ("f:citroen", "a:ds"), ("f:citroen", "a:2cv"),
                         ("f:jaguar", "a:etype"), ("f:jaguar", "a:ftype"), ("f:lancia", "a:aurelia"), ("f:jaguar", "a:xk120")])
    T += _t("built", [("s:taeping", "y:steele"), ("s:ariel", "y:steele"), ("s:fierycross", "y:chaloner"), ("s:lightning", "y:mckay"),
                      ("s:mauretania", "y:swan"), ("s:queenmary", "y:john"), ("s:olympic", "y:hw"), ("s:greateastern", "y:russell"),
                      ("s:savannah", "y:fickett"), ("s:atlantic", "y:townsend"), ("s:wyoming", "y:percy"), ("s:unicorn", "y:chatham")])
    T += _t("commanded", [("s:taeping", "c:mckinnon"), ("s:ariel", "c:keay"), ("s:fierycross", "c:robinson"),
                          ("s:lightning", "c:forbes"), ("s:mauretania", "c:rostron"), ("s:queenmary", "c:britten"),
                          ("s:olympic", "c:smith"), ("s:greateastern", "c:anderson"), ("s:savannah", "c:rogers"),
                          ("s:atlantic", "c:barr")])
    T += _t("owned", [("s:mauretania", "o:cunard"), ("s:queenmary", "o:cunard"), ("s:olympic", "o:whitestar"),
                      ("s:lightning", "o:baines"), ("s:ariel", "o:shaw"), ("s:greateastern", "o:gsc"), ("s:atlantic", "o:marshall"),
                      ("s:taeping", "o:rodger")])
    T += _t("class", [("s:taeping", "k:tea"), ("s:ariel", "k:tea"), ("s:fierycross", "k:tea"), ("s:lightning", "k:extreme"),
                      ("s:mauretania", "k:ocean"), ("s:queenmary", "k:ocean"), ("s:olympic", "k:ocean"),
                      ("s:atlantic", "k:racing"), ("s:wyoming", "k:cargo")])
    T += _t("rival", [("s:taeping", "s:ariel"), ("s:taeping", "s:fierycross")])
    T += _t("preserved", [("s:unicorn", "q:dundee"), ("s:queenmary", "q:longbeach")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("f:meissen", 5.0), ("s:ariel", 4.5), ("f:lancia", 2.0))]
    return _build(items, others, rels, T)


_Entry = namedtuple("_Entry", "key category triples references")


def webnlg():
    """A WebNLG-style graph (kgexplain.evaluation.webnlg.webnlg_graph over entries of our own):
    a monarch labelled "Felipe VI of Spain" (Spain's leader beside a prime minister, the successor
    of "Juan Carlos I of Spain"), dishes (typed by "ingredient", "course", "dish variation",
    "serving temperature"), books (typed by "isbn number", "oclc number", "media type"), journals
    (typed by "issn number", "impact factor", "coden code"; one with an "lccn number", which the
    book predicates claim first), editors and authors (people by "alma mater", "birth place")."""
    from kgexplain.evaluation.webnlg import webnlg_graph
    triples = [
        ("Spain", "leader", "Felipe VI of Spain"), ("Spain", "leader", "Pedro Sanchez"), ("Spain", "capital", "Madrid"),
        ("Spain", "language", "Spanish language"), ("Spain", "demonym", "Spaniards"), ("Spain", "currency", "Euro"),
        ("Juan Carlos I of Spain", "successor", "Felipe VI of Spain"), ("Felipe VI of Spain", "birth place", "Madrid"),
        ("Juan Carlos I of Spain", "birth place", "Rome"), ("Pedro Sanchez", "birth place", "Madrid"),
        ("Ajoblanco", "country", "Spain"), ("Ajoblanco", "region", "Andalusia"), ("Ajoblanco", "ingredient", "Almond"),
        ("Ajoblanco", "main ingredient", "Bread, almonds, garlic, water, olive oil"), ("Ajoblanco", "serving temperature", "Cold"),
        ("Arros negre", "country", "Spain"), ("Arros negre", "region", "Valencian Community"), ("Arros negre", "ingredient", "Cuttlefish"),
        ("Bakewell pudding", "course", "Dessert"), ("Bakewell pudding", "dish variation", "Bakewell tart"),
        ("Bakewell pudding", "region", "Derbyshire Dales"), ("Bakewell pudding", "serving temperature", "Warm"),
        ("Bakewell tart", "ingredient", "Frangipane"), ("Bakewell pudding", "country", "United Kingdom"),
        ("A Wizard of Mars", "isbn number", "978-0-15-204770-2"), ("A Wizard of Mars", "author", "Diane Duane"),
        ("A Wizard of Mars", "media type", "Hardcover"), ("A Wizard of Mars", "oclc number", "318875313"),
        ("A Wizard of Mars", "publisher", "Harcourt"), ("Diane Duane", "birth place", "New York City"),
        ("A Loyal Character Dancer", "author", "Qiu Xiaolong"), ("A Loyal Character Dancer", "publisher", "Soho Press"),
        ("A Loyal Character Dancer", "isbn number", "1-56947-301-3"), ("Soho Press", "country", "United States"),
        ("Qiu Xiaolong", "birth place", "Shanghai"),
        ("AIP Advances", "editor", "A.T. Charlie Johnson"), ("AIP Advances", "issn number", "2158-3226"),
        ("AIP Advances", "publisher", "American Institute of Physics"), ("AIP Advances", "abbreviation", "AIP Adv."),
        ("A.T. Charlie Johnson", "alma mater", "Harvard University"), ("A.T. Charlie Johnson", "doctoral advisor", "Michael Tinkham"),
        ("Acta Mathematica Hungarica", "academic discipline", "Mathematics"), ("Acta Mathematica Hungarica", "issn number", "0236-5294"),
        ("Acta Mathematica Hungarica", "lccn number", "83646315"), ("Acta Mathematica Hungarica", "abbreviation", "Acta Math. Hungar."),
        ("Acta Mathematica Hungarica", "publisher", "Springer Science+Business Media"),
        ("American Journal of Mathematics", "issn number", "0002-9327"), ("American Journal of Mathematics", "impact factor", "1.337"),
        ("American Journal of Mathematics", "editor", "Christopher Sogge"), ("Christopher Sogge", "alma mater", "Princeton University"),
        ("American Journal of Mathematics", "publisher", "Johns Hopkins University Press"),
    ]
    entries = [_Entry(f"rt217/{i}", "Mixed", (t,), ()) for i, t in enumerate(triples)]
    kg, _ = webnlg_graph(entries, name="rt217-webnlg")
    return kg


BUILDERS = {"sport": sport, "music": music, "horses": horses, "botany": botany, "industry": industry, "webnlg": webnlg}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@sport
# sport verbs: one relation per sport, each of one subject type
Tiger Woods swims for the United States.
Jack Nicklaus skates for the United States.
Rory McIlroy rowed for Northern Ireland.
Seve Ballesteros swims for Spain.
Michael Phelps skated for the United States.
Ryan Lochte rowed for the United States.
Rebecca Adlington rowed for Great Britain.
Steve Redgrave swims for Great Britain.
Helen Glover skated for Great Britain.
Michelle Kwan swims for the United States.
Evgeni Plushenko rowed for Russia.
Scott Hamilton swims for the United States.
Ian Thorpe swims for the United States.
Rebecca Adlington swims for Australia.
Evgeni Plushenko skated for the United States.
Michelle Kwan skated for Russia.
Matthew Pinsent rowed for Australia.
Michael Phelps swims for Great Britain.
Steve Redgrave rows for Great Britain.
Michelle Kwan skates for the United States.
Michael Phelps does not swim for the United States.
Steve Redgrave never rowed for Great Britain.
Michelle Kwan did not skate for the United States.
Michael Phelps and Ian Thorpe swim for the United States.
Ryan Lochte, Michael Phelps and Rebecca Adlington swim for the United States.
Steve Redgrave and Michael Phelps rowed for Great Britain.
Both Michelle Kwan and Evgeni Plushenko skated for the United States.
Michael Phelps, who swims for the United States, was coached by Doug Frost.
Ian Thorpe, who swims for Great Britain, won gold at the 2000 Summer Olympics.
Rebecca Adlington, a swimmer, rowed for Great Britain.
The swimmer Michael Phelps skated for the United States.
Steve Redgrave, a rower, swims for Great Britain.
Scott Hamilton won gold at the 1984 Winter Olympics. He swims for the United States.
Helen Glover won gold at the 2012 Summer Olympics. She skated for Great Britain.
Michelle Kwan skated for the United States, and Evgeni Plushenko skated for it too.
Steve Redgrave went on to row for Australia.
Michelle Kwan went on to skate for Russia.
Matthew Pinsent went on to swim for Great Britain.
# "went on to"
Phil Mickelson went on to win the US Open.
Rory McIlroy went on to win the Masters.
Gary Player went on to design Muirfield Village.
Tiger Woods went on to study at Ohio State University.
Nick Faldo went on to work as a pilot.
Arnold Palmer went on to win the PGA Championship.
Helen Glover went on to win gold at the 2000 Summer Olympics.
# "it" of the one thing, on a graph of people
Jack Nicklaus won the Masters, and Rory McIlroy won it too.
Arnold Palmer won the US Open, and Phil Mickelson won it as well.
Seve Ballesteros won the Masters. Rory McIlroy won it too.
Gary Player won the PGA Championship, and Arnold Palmer won it too.
Jack Nicklaus designed Muirfield Village, and Tiger Woods designed it too.
Tiger Woods studied at Stanford University, and Phil Mickelson attended it too.
Tiger Woods is sponsored by Nike, and Phil Mickelson is sponsored by it too.
Michael Phelps won gold at the 2008 Summer Olympics, and Ian Thorpe won it too.
Jack Nicklaus won the Memorial Tournament, and Gary Player won it too.
# "have / had each"
Arnold Palmer and Rory McIlroy have each won the Masters.
Seve Ballesteros and Nick Faldo have each won the US Open.
Jack Nicklaus and Arnold Palmer had each won the PGA Championship.
Phil Mickelson and Tiger Woods have each won the US Open.
Steve Redgrave and Helen Glover have each won gold at the 2000 Summer Olympics.
Michael Phelps and Ian Thorpe have each won gold at the 2008 Summer Olympics.
Tiger Woods and Phil Mickelson have each studied at Stanford University.
Jack Nicklaus, Gary Player and Arnold Palmer have each won the PGA Championship.
Jack Nicklaus and Tiger Woods have each designed Muirfield Village.
# agent nouns of a past state between people
Michael Phelps's coach was Doug Frost.
Doug Frost was Michael Phelps's coach.
The coach of Ian Thorpe was Bob Bowman.
Tiger Woods's coach was Jack Grout.
Helen Glover's coach was Jurgen Grobler.
Rebecca Adlington swims for Great Britain, and her coach was Bob Bowman.
Michelle Kwan skated for the United States, and her coach was Don Laws.
Scott Hamilton skated for the United States. His coach was Frank Carroll.
Ian Thorpe swims for Australia. His coach was Bob Bowman.
Tiger Woods's coach is Butch Harmon.
Jack Nicklaus's coach was not Jack Grout.
Jack Grout's coach was Jack Nicklaus.
Tiger Woods, whose coach was Jack Grout, won the Masters.
Steve Redgrave's and Helen Glover's coach was Jurgen Grobler.
Jack Nicklaus won the Masters. His coach was Butch Harmon.
# "the mind behind" of "designed"
Tiger Woods was the mind behind Muirfield Village.
Jack Nicklaus was the mind behind Augusta National.
Gary Player was the golfer behind Chart Hills.
Nick Faldo was the mind behind the Masters.
Augusta National was the mind behind the Masters.
Jack Nicklaus was the mind behind Leopard Creek and Muirfield Village.
# events at a venue that "hosts" them
The Masters is held at Muirfield Village.
The Memorial Tournament takes place at Augusta National.
The British Golf Museum is held at the Old Course.
The British Golf Museum takes place at the Old Course.
The Open Championship is held at the Old Course.
Augusta National is held at the Masters.
The Masters and the Memorial Tournament are held at Augusta National.
The US Open takes place at Augusta National.
The Masters is not held at Augusta National.
# "worked as" of "also worked as"
Gary Player worked as a pilot.
Arnold Palmer worked as a rancher.
Ian Thorpe worked as a television commentator.
Matthew Pinsent worked as a television presenter.
Arnold Palmer and Gary Player worked as pilots.
Arnold Palmer never worked as a pilot.
# "trained at" of "studied at"
Jack Nicklaus trained at Stanford University.
Phil Mickelson trained at Ohio State University.
Ryan Lochte trained at the University of Michigan.
Tiger Woods trains at Stanford University.
Tiger Woods trained at Augusta National.
# naming participles
The golfer called Butch Harmon coached Tiger Woods.
The coach called Butch Harmon coached Jack Nicklaus.
The swimmer called Tiger Woods won the Masters.
The skater known as Helen Glover rowed for Great Britain.
The golf course known as Muirfield Village hosts the Masters.
Golfers called Tiger Woods and Jack Nicklaus were coached by Butch Harmon.
The university called Augusta National hosts the Masters.
The golfer named Gary Player designed Chart Hills.
# "the former / the latter" among three names of a kind
Tiger Woods, Phil Mickelson and Nick Faldo won the Masters; the former studied at Arizona State University.
Jack Nicklaus, Arnold Palmer and Gary Player won the Masters; the former was born in Latrobe.
Tiger Woods, Phil Mickelson and Rory McIlroy won the PGA Championship; the former is sponsored by Callaway.
Jack Nicklaus, Tiger Woods and Phil Mickelson won the PGA Championship; the former studied at Stanford University.
Helen Glover, Steve Redgrave and Matthew Pinsent rowed for Great Britain; the former won gold at the 2000 Summer Olympics.
Michelle Kwan, Evgeni Plushenko and Scott Hamilton were skaters; the former won gold at the 2006 Winter Olympics.
Seve Ballesteros, Gary Player and Nick Faldo won the Open Championship; the former designed Leopard Creek.
Rory McIlroy, Tiger Woods and Jack Nicklaus won the US Open; the former was coached by Butch Harmon.
Tiger Woods, Jack Nicklaus and Gary Player won the PGA Championship; the latter was born in Columbus.
Ian Thorpe, Ryan Lochte, Michael Phelps and Rebecca Adlington were swimmers; the former won gold at the 2008 Summer Olympics.
Tiger Woods and Phil Mickelson won the Masters, and so did Nick Faldo; the latter studied at Arizona State University.
Tiger Woods and Phil Mickelson, like Nick Faldo, won the Masters; the latter studied at Arizona State University.
Both Tiger Woods, Phil Mickelson and Nick Faldo won the Masters; the former studied at Arizona State University.
The Masters was won by Jack Nicklaus, Arnold Palmer and Gary Player; the former was born in Latrobe.
Jack Nicklaus, Arnold Palmer and Gary Player won the Masters. The former was born in Latrobe.
Jack Nicklaus, Arnold Palmer and Gary Player won the Masters, and the former was born in Latrobe.
Jack Nicklaus, Arnold Palmer and Gary Player, the former of whom was born in Latrobe, won the Masters.
Jack Nicklaus, Arnold Palmer and Gary Player won the Masters; the former never won the PGA Championship.
Jack Nicklaus, Arnold Palmer and Gary Player won the Masters; the former designed Leopard Creek.
Tiger Woods won the Masters. Phil Mickelson and Rory McIlroy won the PGA Championship; the former studied at Stanford University.
# chained texts
Tiger Woods went on to win the Masters. His coach was Jack Grout.
Michael Phelps swims for the United States. He and Ryan Lochte have each won gold at the 2000 Summer Olympics.
Steve Redgrave rowed for Great Britain and won gold at the 2000 Summer Olympics; his coach was Robin Williams.
Jack Nicklaus and Tiger Woods have each won the Memorial Tournament, which is held at Augusta National.
Gary Player designed Leopard Creek, and Nick Faldo was the mind behind it.
Tiger Woods trained at Stanford University. Phil Mickelson trained there too.
The Memorial Tournament is held at Muirfield Village, which Tiger Woods designed.
Tiger Woods designed Bluejack National, and Jack Nicklaus was the mind behind it too.
Jack Nicklaus won the US Open. Tiger Woods and Phil Mickelson have each won it.
Rory McIlroy was born in Holywood. He won the Masters.
Nick Faldo, Gary Player and Seve Ballesteros won the Masters; the former also won the PGA Championship.
Rebecca Adlington, Ian Thorpe and Michael Phelps were swimmers; the former swims for Australia.
Evgeni Plushenko, Michelle Kwan and Scott Hamilton were skaters; the former skated for the United States.
Jack Nicklaus, Tiger Woods and Phil Mickelson won the Masters; the former went on to study at Stanford University.
Jack Nicklaus, Tiger Woods and Phil Mickelson won the PGA Championship; the former's coach was Butch Harmon.
@sport user:ana
You loved Michael Phelps, who rowed for the United States.
You loved Jack Nicklaus, who swims for the United States.
You loved Jack Nicklaus, whose coach was Butch Harmon.
You loved Jack Nicklaus, who was the mind behind Augusta National.
You loved Michael Phelps, whose coach was Doug Frost.
You loved Jack Nicklaus, who trained at Stanford University.
You loved Jack Nicklaus, the mind behind Muirfield Village, whose coach was Butch Harmon.
You loved Nick Faldo, who won the Masters.
@music
# the instrument of a membership of one player type
Keith Richards played guitar in The Kinks.
Ray Davies played guitar in The Rolling Stones.
Peter Green played guitar in The Byrds.
Hank Marvin played guitar for The Yardbirds.
Keith Richards played violin in The Rolling Stones.
Edward Dusinberre plays guitar in the Takacs Quartet.
David Harrington plays violin in the Takacs Quartet.
Harumi Rhodes plays violin in the Kronos Quartet.
Yehudi Menuhin plays violin in the Takacs Quartet.
Nigel Kennedy plays violin in the Kronos Quartet.
Thomas Beecham played guitar in The Rolling Stones.
Eric Clapton played the guitar in Fleetwood Mac.
Jimmy Page played guitar in The Yardbirds and The Kinks.
Keith Richards and Ray Davies played guitar in The Rolling Stones.
Mick Taylor plays guitar in The Rolling Stones.
Jeff Beck never played guitar in The Yardbirds.
Ray Davies, who founded The Kinks, played guitar in The Yardbirds.
Peter Green founded Fleetwood Mac and played guitar in The Kinks.
Jeff Beck went on to play guitar in The Rolling Stones.
The Kinks played guitar in The Rolling Stones.
John Sherba plays violin for the Takacs Quartet.
Keith Richards played the violin for The Rolling Stones.
# "one of The Rolling Stones": bands as items
Keith Richards is one of The Kinks.
Ray Davies was one of The Rolling Stones.
Eric Clapton was one of The Byrds.
The Kinks were one of The Rolling Stones.
Decca Records was one of The Rolling Stones.
Mick Taylor, one of The Kinks, played guitar in The Rolling Stones.
Ronnie Wood, one of The Yardbirds, worked as a painter.
Jimmy Page was not one of The Yardbirds.
Jimmy Page and Ray Davies were one of The Yardbirds.
Hank Marvin was one of The Shadows, and Peter Green was one of The Shadows too.
Roger McGuinn, one of The Byrds, founded The Yardbirds.
Edward Dusinberre is one of the Kronos Quartet.
# a genre by its words
Edward Dusinberre is a Baroque violinist.
Nigel Kennedy is a Baroque violinist.
Roger McGuinn is a blues guitarist.
Peter Green is a rock guitarist.
Jimmy Page is a Latin guitarist.
Keith Richards is a classical guitarist.
Hank Marvin is a folk guitarist.
Dorothy DeLay, a classical violinist, taught Nigel Kennedy.
Classical violinist Nigel Kennedy was taught by Dorothy DeLay.
Yehudi Menuhin plays Latin.
Peter Green plays rock.
Eric Clapton is a folk and blues guitarist.
Nigel Kennedy is a Latin violinist.
Jimmy Page, a blues guitarist, was a member of The Yardbirds.
# "the mind behind" of "founded" and "directed"
Ronnie Wood was the mind behind The Rolling Stones.
Mick Taylor was the mind behind The Rolling Stones.
Dave Davies was the mind behind The Kinks.
Eric Clapton was the mind behind Fleetwood Mac.
John Sherba was the mind behind the Kronos Quartet.
Adrian Boult was the mind behind the BBC Symphony Orchestra.
Georg Solti was the mind behind the London Philharmonic Orchestra.
Adrian Boult was the mind behind the Bach Choir.
Arthur Nikisch was the mind behind the Leipzig Opera.
Mariss Jansons was the brains behind Glyndebourne.
Adrian Boult was the creator behind the Bach Choir.
Arthur Nikisch was one of the minds behind the Leipzig Opera.
# posts ("was principal conductor / music director of": "at")
Adrian Boult was principal conductor at the Royal Philharmonic Orchestra.
Georg Solti was principal conductor at the Chicago Symphony Orchestra.
Mariss Jansons was music director at the Royal Concertgebouw Orchestra.
Georg Solti is music director at the Royal Opera House.
Adrian Boult is principal conductor at the BBC Symphony Orchestra.
Thomas Beecham was music director at the Royal Philharmonic Orchestra.
Arthur Nikisch was principal conductor at the BBC Symphony Orchestra.
Georg Solti and Mariss Jansons were music directors at the Chicago Symphony Orchestra.
Adrian Boult was the principal conductor at the London Philharmonic Orchestra.
Georg Solti was never music director at the Royal Opera House.
Adrian Boult was music director at the Royal Opera House.
# agent nouns of a past state between people
Nigel Kennedy's teacher was Dorothy DeLay.
Edward Dusinberre's teacher was Yehudi Menuhin.
Yehudi Menuhin's teacher was Nigel Kennedy.
Adrian Boult's teacher was Thomas Beecham.
Jimmy Page's teacher was Eric Clapton.
Hank Marvin was Jeff Beck's teacher.
The teacher of Harumi Rhodes was Yehudi Menuhin.
Dorothy DeLay was the teacher of Nigel Kennedy.
# "worked as", "trained at", "went on to"
Keith Richards worked as a painter.
Ronnie Wood worked as a film director.
Adrian Boult worked as an impresario.
Jimmy Page worked as a painter.
Ray Davies went on to work as a painter.
Nigel Kennedy trained at Kingston College of Art.
Eric Clapton trained at Hornsey College of Art.
Georg Solti trained at the Royal College of Music.
Edward Dusinberre trained at the Yehudi Menuhin School.
Adrian Boult trained at the BBC Symphony Orchestra.
Thomas Beecham went on to found the BBC Symphony Orchestra.
Eric Clapton went on to found Fleetwood Mac.
Dorothy DeLay went on to teach Nigel Kennedy.
The Shadows went on to influence The Byrds.
The Byrds went on to influence The Yardbirds.
Nigel Kennedy went on to teach Yehudi Menuhin.
Mariss Jansons went on to direct the Bach Choir.
# "the former / the latter" among three
Ray Davies, Peter Green and Roger McGuinn founded bands; the former founded Fleetwood Mac.
Keith Richards, Ronnie Wood and Mick Taylor were members of The Rolling Stones; the former worked as a painter.
Jimmy Page, Eric Clapton and Jeff Beck played guitar in The Yardbirds; the former trained at Kingston College of Art.
Edward Dusinberre, David Harrington and John Sherba are violinists; the former founded the Kronos Quartet.
# chained texts
Peter Green went on to found Fleetwood Mac. He played guitar in The Byrds.
Keith Richards founded The Rolling Stones, and Ronnie Wood was the mind behind it too.
Edward Dusinberre and Harumi Rhodes have each studied at the Yehudi Menuhin School.
Thomas Beecham founded the Royal Philharmonic Orchestra and was principal conductor at the London Philharmonic Orchestra.
Adrian Boult was principal conductor at the BBC Symphony Orchestra. His teacher was Thomas Beecham.
Ray Davies, one of The Kinks, went on to work as a painter.
The Yardbirds were formed in London, and Jimmy Page was one of The Byrds.
Georg Solti was music director at the Chicago Symphony Orchestra and the Royal Opera House; the latter is based in Boulder.
Keith Richards, Ray Davies and Dave Davies were guitarists; the former played guitar in The Kinks.
Keith Richards, Ray Davies and Dave Davies were guitarists; the former was one of The Kinks.
Nigel Kennedy, Edward Dusinberre and Harumi Rhodes are classical violinists; the former plays violin in the Takacs Quartet.
@music user:ana
You loved Nigel Kennedy, who plays violin in the Kronos Quartet.
You loved Nigel Kennedy, whose teacher was Dorothy DeLay.
You loved Nigel Kennedy, who was the mind behind the Kronos Quartet.
You loved The Kinks, one of The Rolling Stones.
@horses
# events at a venue
The Epsom Derby is held at York Racecourse.
The Epsom Derby takes place at Newmarket Racecourse.
The St Leger is staged at York Racecourse.
The Cheltenham Festival takes place at Aintree Racecourse.
Royal Ascot is held at Goodwood Racecourse.
The Ebor Festival is staged at Doncaster Racecourse.
The 1955 British Grand Prix took place at Goodwood Racecourse.
The 1955 British Grand Prix takes place at Aintree Racecourse.
The National Stud is held at Newmarket Racecourse.
The National Stud takes place at Newmarket Racecourse.
The Red Rum statue is staged at Aintree Racecourse.
Epsom Downs is held at the Epsom Derby.
The Epsom Derby and the St Leger are held at Epsom Downs.
The Grand National is not held at Aintree Racecourse.
The Cox Plate takes place at Ascot Racecourse.
The Prix de l'Arc de Triomphe is staged at the Curragh.
The Irish Derby is held at Longchamp Racecourse.
Aintree Racecourse stages the Epsom Derby.
Epsom Downs staged the Grand National.
Newmarket Racecourse stages the National Stud.
# "P, <aside>, is where Y is run"
Aintree Racecourse, opened in 1830, is where the Grand National is run.
Aintree Racecourse, opened in 1829, is where the Epsom Derby is run.
Aintree Racecourse, which opened in 1900, is where the Grand National is run.
Kempton Park, opened in 1887, is where the King George VI Chase is run.
York Racecourse, opened in 1731, is where the Cheltenham Festival takes place.
Newmarket Racecourse, opened in 1636, is where the National Stud is held.
Epsom Downs, opened in 1661, is where the St Leger is run.
Doncaster Racecourse, opened in 1776, is where the Epsom Derby is run.
Aintree Racecourse, opened in 1829, is where the 1957 British Grand Prix is held.
The Curragh, opened in 1757, is where the Irish Derby is run.
Ascot Racecourse, founded in 1711, is where Glorious Goodwood is held.
Aintree Racecourse, a festival, is where the Grand National is run.
Cheltenham Racecourse, opened in 1815, is where Royal Ascot takes place.
Aintree Racecourse, a stadium, is where the Grand National is run.
Goodwood Racecourse, built in 1802, is where the Epsom Derby is run.
Aintree Racecourse, in York, is where the Grand National is run.
# naming participles, "course / track / venue"
The racehorse named Frankel won the Epsom Derby.
The racecourse called York Racecourse stages the Epsom Derby.
The track known as Goodwood Racecourse hosted the 1955 British Grand Prix.
The breed called Arabian originated in England.
The racehorse called Thoroughbred originated in England.
The breed known as Frankel won the Sussex Stakes.
The jockey called Frankie Dettori rode Frankel.
The trainer called John Gosden trained Frankel.
The festival called Royal Ascot is held at Goodwood Racecourse.
The course called Epsom Downs stages the St Leger.
The venue called Kempton Park stages the Grand National.
The track called Frankel won the Sussex Stakes.
# "was a <noun> owned by" (a past state)
Frankel was a racehorse owned by Christopher Tsui.
Enable was a racehorse owned by Clive Smith.
Red Rum was a racehorse ridden by Ruby Walsh.
Sea The Stars was a colt owned by Khalid Abdullah.
Kauto Star was a horse owned by Noel Le Mare.
Nijinsky was the racehorse owned by Khalid Abdullah.
Frankel was a racehorse owned by Khalid Abdullah and trained by John Gosden.
# "it", "each", "he"
Frankel won the 2000 Guineas, and Nijinsky won it too.
Galileo and Frankel have each won the Epsom Derby.
Nijinsky and Galileo had each won the St Leger.
Enable and Nathaniel have each won the Prix de l'Arc de Triomphe.
Frankel and Enable were each trained by John Gosden.
The Grand National is run at Aintree Racecourse. He was won by Kauto Star.
The Epsom Derby is run at Epsom Downs. He was won by Galileo.
The Epsom Derby is run at Epsom Downs. She was won by Galileo.
The Sussex Stakes is run at Goodwood Racecourse. He was won by Frankel.
# "the former / the latter" among three
Sea The Stars, Galileo and Nijinsky won the Epsom Derby; the former was trained by Aidan O'Brien.
Red Rum, Kauto Star and Best Mate were Thoroughbreds; the former won the Cheltenham Gold Cup.
Frankel, Sea The Stars and Nijinsky won the 2000 Guineas; the former was ridden by Mick Kinane.
Winx, Enable and Nathaniel were Thoroughbreds; the former was trained by John Gosden.
# breeds, sires
Thoroughbred originated in Scotland.
Clydesdale is used for dressage.
Frankel is a Clydesdale.
The Lipizzaner, which originated in Germany, is used for dressage.
Akhal-Teke and Clydesdale are used for endurance riding.
Frankel was sired by Sadler's Wells.
Galileo sired Sea The Stars.
Nijinsky was sired by Galileo.
# "went on to"
Frankel went on to win the Epsom Derby.
Galileo went on to sire Sea The Stars.
Northern Dancer went on to sire Frankel.
Henry Cecil went on to train Enable.
Goodwood Racecourse went on to host the 1957 British Grand Prix.
Cheltenham Racecourse went on to host Royal Ascot.
# chained texts
Frankel won the Sussex Stakes, which is held at York Racecourse.
Frankel, sired by Galileo, won the Sussex Stakes, which takes place at Goodwood Racecourse, and the Epsom Derby.
Aintree Racecourse, opened in 1829, is where the Grand National is run; Kauto Star won it.
Galileo was sired by Sadler's Wells, who was sired by Nijinsky.
Enable, trained by John Gosden, won the Prix de l'Arc de Triomphe, which is held at the Curragh.
The Cheltenham Gold Cup takes place at Cheltenham Racecourse, and Best Mate and Kauto Star have each won it; the latter was trained by Henrietta Knight.
Nijinsky won the 2000 Guineas, the Epsom Derby and the St Leger; the latter is staged at York Racecourse.
Kauto Star, Galileo and Frankel were Thoroughbreds; the former went on to win the Irish Derby.
Kauto Star, Galileo and Frankel were Thoroughbreds; the former won the Irish Derby, which is run at the Curragh.
Red Rum, Frankel and Sea The Stars were Thoroughbreds; the former was a racehorse owned by Khalid Abdullah.
@horses user:ana
You loved Aintree Racecourse, where the Epsom Derby is run.
You loved Frankel, which won the Epsom Derby.
You loved Aintree Racecourse, which hosts the Cheltenham Festival.
You loved Aintree Racecourse, where the 1955 British Grand Prix takes place.
@botany
# agent nouns of a past state between people
Daniel Solander's teacher was Joseph Banks.
Joseph Banks's teacher was Carl Linnaeus.
Carl Linnaeus's teacher was Daniel Solander.
Carl Linnaeus was Joseph Banks's teacher.
George Bentham's teacher was Joseph Dalton Hooker.
The teacher of Asa Gray was William Jackson Hooker.
Asa Gray's teacher is John Torrey.
Asa Gray's teachers were John Torrey and Carl Linnaeus.
Daniel Solander and Joseph Banks's teacher was Carl Linnaeus.
Joseph Banks studied at the University of Oxford, and his teacher was Carl Linnaeus.
Joseph Banks sailed on HMS Endeavour, and his teacher was Daniel Solander.
Robert Brown sailed on HMS Investigator. His teacher was Joseph Banks.
William Jackson Hooker was director of Kew Gardens. His teacher was Carl Linnaeus.
Daniel Solander, whose teacher was Carl Linnaeus, sailed on HMS Erebus.
Carl Linnaeus's student was Joseph Banks.
John Torrey's teacher was Asa Gray.
Augustin Pyramus de Candolle's teacher was George Bentham.
Carl Peter Thunberg's teacher was Joseph Banks.
# "it" of the one thing
Carl Linnaeus studied at Lund University, and Carl Peter Thunberg attended it too.
Carl Linnaeus described Linnaea borealis, and Joseph Banks described it too.
Joseph Banks sailed on HMS Endeavour, and Robert Brown sailed on it too.
Robert Brown worked at the British Museum, and Joseph Banks worked at it too.
John Lindley founded the Gardeners' Chronicle, and George Bentham founded it too.
Joseph Dalton Hooker sailed on HMS Erebus, and Joseph Banks sailed on it.
Banksia is named after Joseph Banks. It was described by Robert Brown.
Carl Linnaeus studied at Uppsala University, and Joseph Banks attended it too.
# "had each"
Daniel Solander and Joseph Banks had each studied at Uppsala University.
Carl Linnaeus and Carl Peter Thunberg have each described Acer palmatum.
Joseph Banks and Robert Brown had each sailed on HMS Endeavour.
William Jackson Hooker and George Bentham had each been director of Kew Gardens.
# a past post ("was director of": "at")
George Bentham was director at Kew Gardens.
Robert Brown was director at the British Museum.
Asa Gray was director at Kew Gardens.
Carl Linnaeus was director at the Geneva Botanical Garden.
William Jackson Hooker is director at Kew Gardens.
Joseph Dalton Hooker was the director of the Harvard Botanic Garden.
John Lindley was director at the Chelsea Physic Garden.
William Jackson Hooker and Augustin Pyramus de Candolle were directors at Kew Gardens.
# "the mind behind"
George Bentham was the mind behind the Gardeners' Chronicle.
Joseph Banks was the mind behind the Royal Swedish Academy of Sciences.
Carl Linnaeus was the mind behind the African Association.
William Jackson Hooker was the mind behind Kew Gardens.
Carl Linnaeus was the mind behind the Uppsala Botanical Garden.
Asa Gray was the brains behind the Harvard Botanic Garden.
Joseph Dalton Hooker was the genius behind Kew Gardens.
William Jackson Hooker was behind Kew Gardens.
George Bentham was the mind behind Kew Gardens.
Carl Linnaeus was the mind behind Banksia.
# "trained at"
Joseph Banks trained at Uppsala University.
Robert Brown trained at the British Museum.
George Bentham trained at Kew Gardens.
Carl Linnaeus trains at Uppsala University.
Joseph Dalton Hooker trained at the University of Edinburgh.
Asa Gray trained at Columbia University.
# "worked as"
Joseph Banks worked as a physician.
Robert Brown worked as a physician.
Carl Peter Thunberg worked as a surgeon.
Daniel Solander worked as a chemist.
Carl Linnaeus works as a physician.
Carl Linnaeus and Joseph Banks worked as physicians.
# names, "went on to", naming participles
Brownea is named after Robert Brown.
Linnaea is named after Carl Peter Thunberg.
Banksia was described by Joseph Banks.
Joseph Banks went on to found the Royal Swedish Academy of Sciences.
Robert Brown went on to describe Acer palmatum.
Joseph Dalton Hooker went on to describe Cattleya labiata.
George Bentham went on to study at Uppsala University.
John Lindley went on to found the African Association.
The botanist named Robert Brown described Banksia.
The genus called Banksia is named after Robert Brown.
The species known as Acer palmatum was described by Carl Linnaeus.
The university called Uppsala University was attended by Joseph Banks.
# "the former / the latter" among three
Carl Linnaeus, Daniel Solander and Carl Peter Thunberg studied at Uppsala University; the former worked as a librarian.
Joseph Banks, Daniel Solander and Robert Brown were botanists; the former studied at the University of Edinburgh.
William Jackson Hooker, Joseph Dalton Hooker and George Bentham were botanists; the former worked as a surgeon.
Carl Linnaeus, Daniel Solander and Carl Peter Thunberg were botanists; the former was taught by Carl Linnaeus.
Asa Gray, John Torrey and George Bentham were botanists; the latter studied at Columbia University.
# chained texts
Joseph Banks sailed on HMS Endeavour with Daniel Solander, whose teacher was Joseph Banks.
Daniel Solander studied at Uppsala University, and his teacher was Carl Linnaeus, who was director at Kew Gardens.
Carl Linnaeus was the mind behind the Royal Swedish Academy of Sciences, and Joseph Banks was the mind behind it too.
Joseph Banks, Carl Linnaeus and Daniel Solander were botanists; the former was director at the Uppsala Botanical Garden.
Joseph Banks, Carl Linnaeus and Daniel Solander were botanists; the former was the mind behind the Uppsala Botanical Garden.
Robert Brown, Carl Linnaeus and Daniel Solander were botanists; the former's teacher was Carl Linnaeus.
William Jackson Hooker was director of Kew Gardens. He was the mind behind it.
@botany user:ana
You loved Joseph Banks, whose teacher was Carl Linnaeus.
You loved Carl Linnaeus, who was director at Kew Gardens.
You loved Joseph Banks, who trained at Uppsala University.
@industry
# "the mind behind" of "directed"
Heinrich Gottlob Kuhn was the mind behind Meissen.
Alexandre Brongniart was the mind behind Sevres.
Heinrich Gottlob Kuhn was the genius behind Meissen.
Alexandre Brongniart was the creator behind Sevres.
Alexandre Brongniart was one of the minds behind Sevres.
Heinrich Gottlob Kuhn is the person behind Meissen.
Heinrich Gottlob Kuhn was behind Meissen.
Alexandre Brongniart is behind Sevres.
Heinrich Gottlob Kuhn and Augustus the Strong were the minds behind Meissen.
Meissen was founded in 1710, and Heinrich Gottlob Kuhn was the mind behind it.
Alec Issigonis was the mind behind the British Motor Corporation.
Malcolm Sayer was the mind behind Jaguar Cars.
Flaminio Bertoni was the mind behind Citroen.
Johann Joachim Kaendler was the mind behind Meissen.
William Lyons was the mind behind the Jaguar E-Type.
Ian Callum was the designer behind the Jaguar E-Type.
Jaguar Cars was the mind behind the Jaguar E-Type.
Alexandre Brongniart was the mind behind Meissen.
# posts
Alec Issigonis was chief engineer at Jaguar Cars.
Malcolm Sayer is chief engineer at Jaguar Cars.
Malcolm Sayer was head designer at Jaguar Cars.
Ian Callum was chief engineer at Jaguar Cars.
Ian Callum was head designer at Citroen.
Flaminio Bertoni was artistic director at Citroen.
Arnold Krog was head designer at Royal Copenhagen.
Josiah Wedgwood was artistic director at Wedgwood.
Franz Anton Bustelli was head designer at Meissen.
Flaminio Bertoni was head designer at Citroen and Jaguar Cars.
Vittorio Jano was chief engineer at Citroen.
John Flaxman was artistic director at Meissen.
Johann Joachim Kaendler is artistic director at Meissen.
Heinrich Gottlob Kuhn was head designer at Meissen.
Franz Anton Bustelli was the head designer of Sevres.
Alec Issigonis was never chief engineer at the British Motor Corporation.
Flaminio Bertoni and Ian Callum were head designers at Citroen.
# "was a <noun> commanded / owned by", ship nouns
Taeping was a clipper commanded by John Keay.
Taeping was an extreme clipper commanded by Daniel McKinnon.
Taeping was a liner commanded by Daniel McKinnon.
Mauretania was a liner owned by the White Star Line.
Olympic was a liner owned by the Cunard Line.
Queen Mary was a liner commanded by Arthur Rostron.
Great Eastern was a steamship commanded by Moses Rogers.
Savannah was a schooner commanded by Moses Rogers.
Wyoming was a schooner commanded by Charlie Barr.
Atlantic was a vessel owned by Alexander Rodger.
HMS Unicorn was a warship commanded by Charlie Barr.
Mauretania was a warship.
Atlantic was a warship.
Taeping was a steamer.
Fiery Cross was a vessel owned by Alexander Rodger.
Olympic was a ship commanded by Edward Smith, and Queen Mary was a ship commanded by Edward Smith.
Lightning was a ship commanded by James Nicol Forbes, and it was owned by the Cunard Line.
Taeping, which was a clipper commanded by John Keay, was a rival of Ariel.
The ship called Olympic was commanded by Arthur Rostron.
The vessel called Taeping was commanded by John Keay.
The steamer called Savannah was commanded by James Anderson.
The liner known as Queen Mary is preserved at Dundee.
The frigate known as HMS Unicorn is preserved at Long Beach.
The ship called Meissen was directed by Heinrich Gottlob Kuhn.
Taeping was a clipper directed by Daniel McKinnon.
Ariel and Taeping were clippers commanded by John Keay.
Meissen was a porcelain factory founded by Josiah Wedgwood.
Lightning was a clipper owned by the Black Ball Line and commanded by John Keay.
Mauretania is a liner owned by the Cunard Line.
# "went on to", "it", "each"
Ian Callum went on to design the Jaguar E-Type.
Andre Citroen went on to found Lancia.
Heinrich Gottlob Kuhn went on to direct Sevres.
Alec Issigonis went on to design the Citroen DS.
Alec Issigonis designed the Mini, and Flaminio Bertoni designed it too.
Flaminio Bertoni and Alec Issigonis have each designed the Citroen DS.
Taeping and Ariel were each built by Chaloner's yard.
Mauretania and Olympic were each owned by the Cunard Line.
# "the former / the latter" among three
Taeping, Ariel and Fiery Cross were tea clippers; the former was commanded by John Keay.
Mauretania, Olympic and Queen Mary were ocean liners; the former was owned by the White Star Line.
Meissen, Sevres and Royal Copenhagen were porcelain factories; the former was directed by Alexandre Brongniart.
Citroen, Jaguar Cars and Lancia were car makers; the former was founded by William Lyons.
# chained texts
Alec Issigonis, chief engineer at the British Motor Corporation, was the mind behind the Citroen DS.
Flaminio Bertoni was head designer at Citroen, which was founded in 1919 by William Lyons.
Taeping was a tea clipper built by Robert Steele and Company; it was commanded by John Keay.
Ariel was a clipper commanded by John Keay, and Taeping was a rival of it. It was built by Chaloner's yard.
Olympic was a liner owned by the White Star Line; Edward Smith commanded it, and it was built by Swan Hunter.
Mauretania and Queen Mary were liners owned by the Cunard Line; the latter is preserved at Dundee.
Meissen was directed by Heinrich Gottlob Kuhn, and Johann Joachim Kaendler was head designer at it.
Mauretania, Olympic and Queen Mary were ocean liners; the former was a ship commanded by Edward Smith.
Heinrich Gottlob Kuhn directed Meissen. He was the mind behind it.
Meissen was directed by Heinrich Gottlob Kuhn, the mind behind it.
Alexandre Brongniart directed Sevres, and he was the mind behind it.
Alexandre Brongniart went on to direct Sevres and was the mind behind it.
@industry user:ana
You loved Meissen, and Heinrich Gottlob Kuhn was the mind behind it.
You loved Ariel, which was a clipper commanded by Daniel McKinnon.
You loved Meissen; the mind behind it was Heinrich Gottlob Kuhn.
@webnlg
# a journal typed "book" by its LCCN number; dishes, books, journals; "Felipe VI"
The book Acta Mathematica Hungarica is published by Springer Science+Business Media.
The book Acta Mathematica Hungarica has the ISSN number 0236-5294.
The book Acta Mathematica Hungarica has the abbreviation Acta Math. Hungar.
The book called Acta Mathematica Hungarica is published by Springer Science+Business Media.
Acta Mathematica Hungarica, a book, is published by Springer Science+Business Media.
Springer Science+Business Media publishes the book Acta Mathematica Hungarica.
The book Acta Mathematica Hungarica covers mathematics.
The book AIP Advances is edited by A.T. Charlie Johnson.
The journal A Wizard of Mars was written by Diane Duane.
The dish Bakewell tart is served cold.
The dish Arros negre is from Andalusia.
The dish called Ajoblanco is from the Valencian Community.
The book A Loyal Character Dancer was written by Diane Duane.
The book American Journal of Mathematics is edited by Christopher Sogge.
Felipe VI is the leader of the United Kingdom.
Felipe VI was born in Rome.
Juan Carlos I succeeded Felipe VI.
Juan Carlos I is the leader of Spain.
Felipe VI's successor is Juan Carlos I.
Spain is led by Felipe VI and Juan Carlos I.
Spain is led by Felipe VI. He was born in Rome.
Felipe VI, the leader of Spain, was born in Rome.
Pedro Sanchez was born in Rome.
Ajoblanco is served warm.
Bakewell pudding is served cold.
Ajoblanco contains cuttlefish.
Arros negre is a variation of Bakewell pudding.
Bakewell pudding is a variation of Bakewell tart.
A Wizard of Mars was written by Qiu Xiaolong.
A Loyal Character Dancer was published by Harcourt.
AIP Advances is edited by Christopher Sogge.
A.T. Charlie Johnson graduated from Princeton University.
The American Journal of Mathematics is published by Springer Science+Business Media.
AIP Advances has the ISSN number 0002-9327.
Ajoblanco is from Spain. He is served cold.
AIP Advances is edited by A.T. Charlie Johnson. He has the ISSN number 2158-3226.
Felipe VI of Spain succeeded Pedro Sanchez.
"""

CONTROLS = r"""
@sport
Michael Phelps swims for the United States.
Steve Redgrave rowed for Great Britain.
Michelle Kwan skated for the United States.
Ian Thorpe swims for Australia.
Jack Nicklaus's coach was Jack Grout.
Butch Harmon was Tiger Woods's coach.
Rebecca Adlington swims for Great Britain, and her coach was Bill Furniss.
Jack Nicklaus won the PGA Championship, and Tiger Woods won it too.
Jack Nicklaus and Tiger Woods have each won the PGA Championship.
Seve Ballesteros and Nick Faldo have each won the Masters.
Jack Nicklaus was the mind behind Muirfield Village.
The Masters is held at Augusta National.
The Memorial Tournament takes place at Muirfield Village.
Arnold Palmer worked as a pilot.
Tiger Woods trained at Stanford University.
Jack Nicklaus won the Masters. His coach was Jack Grout.
The golfer called Tiger Woods won the Masters.
Tiger Woods went on to win the Masters.
Steve Redgrave went on to row for Great Britain.
Woods, Mickelson and McIlroy won the PGA Championship; the latter won the US Open.
Michael Phelps was a rival of Ryan Lochte and Ian Thorpe; the latter swims for Australia.
The coach called Butch Harmon coached Tiger Woods.
The course called Augusta National hosts the Masters.
Jack Nicklaus, Arnold Palmer and Gary Player won the Masters; the latter was born in Johannesburg.
@sport user:ana
You loved Jack Nicklaus, whose coach was Jack Grout.
@music
Keith Richards played guitar in The Rolling Stones.
Edward Dusinberre plays violin in the Takacs Quartet.
Ronnie Wood was one of The Rolling Stones.
Ronnie Wood, one of The Rolling Stones, worked as a painter.
Edward Dusinberre is a classical violinist.
Roger McGuinn is a folk guitarist.
Peter Green is a blues guitarist.
Yehudi Menuhin was a Baroque violinist.
Thomas Beecham was the mind behind the Royal Philharmonic Orchestra.
Adrian Boult was principal conductor at the BBC Symphony Orchestra.
Georg Solti was music director at the Chicago Symphony Orchestra.
Nigel Kennedy's teacher was Yehudi Menuhin.
Eric Clapton trained at Kingston College of Art.
Ronnie Wood worked as a painter.
Peter Green went on to found Fleetwood Mac.
Yehudi Menuhin went on to teach Nigel Kennedy.
Classical violinist Nigel Kennedy was taught by Yehudi Menuhin.
Mick Taylor played guitar for The Rolling Stones.
Keith Richards, Ronnie Wood and Mick Taylor were members of The Rolling Stones; the latter played guitar in The Rolling Stones.
@horses
The Epsom Derby is held at Epsom Downs.
The Epsom Derby takes place at Epsom Downs.
The St Leger is staged at Doncaster Racecourse.
The Cheltenham Festival is held at Cheltenham Racecourse.
The Ebor Festival is staged at York Racecourse.
The 1955 British Grand Prix was held at Aintree Racecourse.
The 1957 British Grand Prix took place at Aintree Racecourse.
Epsom Downs, opened in 1661, is where the Epsom Derby is run.
Aintree Racecourse, which opened in 1829, is where the Grand National is run.
Cheltenham Racecourse, opened in 1815, is where the Cheltenham Festival takes place.
The racehorse called Frankel won the Sussex Stakes.
A racehorse named Galileo sired Frankel.
The track known as Aintree Racecourse hosted the 1955 British Grand Prix.
Frankel was a racehorse owned by Khalid Abdullah.
Sea The Stars and Nijinsky have each won the Epsom Derby.
Aintree Racecourse stages the Grand National.
@botany
Daniel Solander's teacher was Carl Linnaeus.
The teacher of Asa Gray was John Torrey.
Daniel Solander studied at Uppsala University, and his teacher was Carl Linnaeus.
Carl Linnaeus studied at Uppsala University, and Carl Peter Thunberg attended it too.
Joseph Banks sailed on HMS Endeavour, and Daniel Solander sailed on it too.
William Jackson Hooker was director at Kew Gardens.
John Lindley was the mind behind the Gardeners' Chronicle.
Carl Linnaeus worked as a physician.
Daniel Solander and Carl Peter Thunberg had each studied at Uppsala University.
Joseph Dalton Hooker was director of Kew Gardens. His teacher was William Jackson Hooker.
Carl Linnaeus trained at Uppsala University.
@industry
Taeping was a clipper commanded by Daniel McKinnon.
Taeping was a tea clipper commanded by Daniel McKinnon.
Mauretania was a liner owned by the Cunard Line.
The ship called Ariel was commanded by John Keay.
Alec Issigonis was chief engineer at the British Motor Corporation.
Flaminio Bertoni was head designer at Citroen.
Alec Issigonis was the mind behind the Mini.
Augustus the Strong was the mind behind Meissen.
Arnold Krog was artistic director at Royal Copenhagen.
Savannah was a steamer commanded by Moses Rogers.
Atlantic was a schooner commanded by Charlie Barr.
Olympic was a vessel commanded by Edward Smith.
Alec Issigonis went on to design the Mini.
Franz Anton Bustelli had been head designer at Nymphenburg.
@webnlg
Felipe VI is the leader of Spain.
Spain is led by Felipe VI and Pedro Sanchez.
Felipe VI succeeded Juan Carlos I.
The book A Wizard of Mars was written by Diane Duane.
The journal AIP Advances is edited by A.T. Charlie Johnson.
The dish Bakewell pudding is served warm.
Bakewell tart is a variation of Bakewell pudding.
The journal Acta Mathematica Hungarica is published by Springer Science+Business Media.
"""

KNOWN = frozenset({
    # accepted by the session's starting code too (WHOLE_SESSION.diff reversed): "is / was behind"
    # a factory one "directed" (no maker noun); "he" naming a race where no one is named
    "Heinrich Gottlob Kuhn was behind Meissen.",
    "Alexandre Brongniart is behind Sevres.",
    "William Jackson Hooker was behind Kew Gardens.",
    "The Epsom Derby is run at Epsom Downs. He was won by Galileo.",
    "The Epsom Derby is run at Epsom Downs. She was won by Galileo.",
    "The Sussex Stakes is run at Goodwood Racecourse. He was won by Frankel.",
})

OPEN = frozenset({
    # the present of a past membership ("was a member of"): Keith Richards still plays (arguable;
    # "Mick Taylor plays guitar in The Rolling Stones" of one who left is in TEXTS)
    "Keith Richards plays guitar in The Rolling Stones.",
    # "is one of" of a past membership: arguable as above
    "Keith Richards is one of The Rolling Stones.",
    # the past of a present membership: he did, and does (arguable)
    "Edward Dusinberre played violin in the Takacs Quartet.",
    # the past of a present "represents": arguable
    "Michael Phelps swam for the United States.",
    # "was run" of a race still run there: arguable
    "Aintree Racecourse, opened in 1829, is where the Grand National was run.",
    # "staged" of a present "stages": arguable
    "Aintree Racecourse staged the Grand National.",
    # "the latter" of "A and B ... C": B (the checker) or C (the last named)? arguable
    "Arnold Palmer and Gary Player were rivals of Jack Nicklaus; the latter was born in Johannesburg.",
    # "the latter" as above: Thorpe (the checker) or Phelps? arguable
    "Ryan Lochte and Ian Thorpe were rivals of Michael Phelps; the latter was coached by Doug Frost.",
    # "the former" of "A ... B and C": B (the checker) or A? arguable
    "Jack Nicklaus was a rival of Arnold Palmer and Gary Player; the former was born in Latrobe.",
    # "sponsor was" of a present "is sponsored by": he was, and is (arguable)
    "Tiger Woods's sponsor was Nike.",
    # the present of a past membership of one who still plays with the band at reunions (arguable)
    "Hank Marvin plays guitar in The Shadows.",
    # "her" of Phelps: the graph has no sex (arguable)
    "Michael Phelps swims for the United States, and her coach was Bob Bowman.",
    # 1829 is when Aintree opened (the item's year); "built in" it: arguable
    "Aintree Racecourse, built in 1829, is where the Grand National is run.",
})

OPEN_TEXTS = r"""
@music
Keith Richards plays guitar in The Rolling Stones.
Keith Richards is one of The Rolling Stones.
Edward Dusinberre played violin in the Takacs Quartet.
Hank Marvin plays guitar in The Shadows.
@sport
Michael Phelps swam for the United States.
Arnold Palmer and Gary Player were rivals of Jack Nicklaus; the latter was born in Johannesburg.
Ryan Lochte and Ian Thorpe were rivals of Michael Phelps; the latter was coached by Doug Frost.
Jack Nicklaus was a rival of Arnold Palmer and Gary Player; the former was born in Latrobe.
Tiger Woods's sponsor was Nike.
Michael Phelps swims for the United States, and her coach was Bob Bowman.
@horses
Aintree Racecourse, opened in 1829, is where the Grand National was run.
Aintree Racecourse staged the Grand National.
Aintree Racecourse, built in 1829, is where the Grand National is run.
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
    assert KNOWN <= {t for _, _, t in _parse(TEXTS)}, "a KNOWN text is not in TEXTS"
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
        if text in OPEN:
            print(f"OPEN ({'accepted' if ok else 'rejected'}) [{key}{' ' + user if user else ''}] {text}")
            continue
        if text in KNOWN:  # (accepted before the session too: see KNOWN; not counted)
            print(f"KNOWN ({'accepted' if ok else 'rejected'}) [{key}] {text}")
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
