"""Red team round 216: the readings this session added (CHANGES.diff).

Attacked: the naming participle after a kind noun ("the ship called Cutty Sark", "the racehorse called
Lexington" beside a steamship Lexington, "the asteroid known as 1101 Clematis" beside the genus
Clematis, a noun of another kind or an attribute's); the agent noun of a past state ("X's coach /
teacher / commander / owner / sponsor was Y", "Y was X's coach", "The coach of X was Y", "his / her /
their coach was Y" on graphs whose items are all people, "whose coach was", lists, "is", negation,
a second "coached" relation, "studied with" and "collaborated with" beside "was taught by" / "taught");
an event "is held / takes place / is staged at" the venue that "hosts" (present) or "hosted" (past)
it, and "is run at" (wrong venues, tenses, directions, a venue "is home to" a museum, lists, relative
clauses, user claims); "X was a (tea / extreme) clipper commanded by Y" (another ship's captain,
builder or owner, the class, a racehorse and a steamship of one name, "the rival of", "it", the
present, "and owned by"); "ship / vessel / steamer / warship" for clippers, liners, schooners,
steamships, frigates and not for racehorses; "played / plays <instrument> in / for" a band or a
quartet; "was head designer / head chef / principal conductor / director at" and "is executive
chef / music director at" (another post, body or tense, founders, staff); "also worked as" read
"worked as"; "the mind / person / creator / genius / brains behind" (a namesake, a commissioner, a
populariser, a head designer, a discoverer, a perfume house); "trained at" (a school not studied at,
a training centre, a workplace, the present); "skates / swims / skis for", "rowed / rode / ran for".

Graphs (see each builder's docstring): "athletes" (skaters, swimmers, skiers that "represent"
countries and rowers, cyclists, runners that "competed for" them, coaches, sponsors, universities,
training centres), "music" (guitarists, bassists, drummers in rock bands; pianists and saxophonists in
jazz quartets; conductors' posts; teachers and "studied with"), "ships" (clippers, liners, schooners,
steamships, frigates, two racehorses, one named as a steamship), "racing" (races "run at"
racecourses, festivals and a museum racecourses "host", championships and football clubs stadiums
"hosted", a museum and statues venues "are home to"), "fashion" (couturiers' and chefs' posts,
dishes chefs "invented", scents and garments "created by" people or a perfume house, namesakes,
commissioners), "astronomy" (asteroids, comets, a dwarf planet, astronomers' teachers, posts, trades).

Findings: 80 of 552 false texts accepted; 77 of them new with the session (the code with
CHANGES.diff reversed rejects them), 3 accepted before the session too. Controls: 111 of 127
accepted. OPEN: 22 texts (4 accepted, see the comments).
New with the session:
* the sport verb of every type in a relation's domain, not the subject's (37): one "represents"
  relation for skaters, swimmers and skiers gives each of them "skates / swims / skis for" ("Katie
  Ledecky skates for the United States", "Yuzuru Hanyu swims for Japan", "Nathan Chen skis for the
  United States", "Mikaela Shiffrin swims for the United States", "Adam Peaty skates for Great
  Britain", "Marco Odermatt swims for Switzerland", "Yuna Kim skis for South Korea", "Kaylee McKeown
  skates for Australia", "Caeleb Dressel skis for the United States", "Javier Fernandez swims for
  Spain"), one "competed for" relation for rowers, cyclists and runners gives "rowed / rode / ran for"
  ("Usain Bolt rowed for Jamaica", "Steve Redgrave ran for Great Britain", "Chris Hoy rowed for Great
  Britain", "Mo Farah rode for Great Britain", "Eliud Kipchoge rode for Kenya", "Laura Kenny ran for
  Great Britain", "Matthew Pinsent rode for Great Britain"); the same in lists, gapped clauses, relative
  clauses, appositions that name the right sport, "she / he", user claims ("Adam Peaty, a swimmer,
  skates for Great Britain", "The swimmer Katie Ledecky skis for the United States", "Chris Hoy and
  Laura Kenny ran for Great Britain", "Usain Bolt won gold at the 2012 Summer Olympics. He rowed for
  Jamaica", "You loved Yuzuru Hanyu, who swims for Japan", ...).
* the instrument of every type in a membership relation's domain, not the subject's (29): one "was a
  member of" relation for guitarists, bassists and drummers gives each "played guitar / bass / drums
  in / for" ("John Bonham played guitar in Led Zeppelin", "Jimmy Page played drums in Led Zeppelin",
  "Charlie Watts played bass in the Rolling Stones", "Eric Clapton played drums in Cream", "Ginger Baker
  played bass for Cream", "John Bonham played the guitar in Led Zeppelin", "The drummer John Bonham
  played guitar in Led Zeppelin", "Jack Bruce was a member of Cream. He played guitar in the band",
  "You loved Jimmy Page, who played drums in Led Zeppelin", ...); one "is a member of" relation for
  pianists and saxophonists gives both "plays piano / saxophone in" ("Paul Desmond plays piano in the
  Dave Brubeck Quartet", "Dave Brubeck plays saxophone in the Dave Brubeck Quartet", "John Coltrane
  plays piano in the John Coltrane Quartet", ...). And "plays guitar in" of a past membership (1):
  "Jimmy Page plays guitar in Led Zeppelin" (as the base's "plays in", below).
* "was held / took place / was staged at" (of "hosted") and "is held / takes place / is staged at" (of
  "hosts") read of whatever the relation's range holds, events or not (10): football clubs whose
  ground a stadium was ("Tottenham Hotspur was held at Wembley Stadium", "Tottenham Hotspur took place
  at Wembley Stadium", "Tottenham Hotspur was staged at Wembley Stadium", "West Ham United was staged
  at the London Olympic Stadium", "West Ham United were held at the London Olympic Stadium",
  "Wembley Stadium, where Tottenham Hotspur took place, is located in London", "Tottenham Hotspur took
  place at Wembley Stadium and West Ham United took place at the London Olympic Stadium") and a museum
  a racecourse "hosts" ("The National Horseracing Museum is held at / takes place at / is staged at
  Newmarket Racecourse"); a museum or statue a venue "is home to" is rejected.
Accepted before the session too (3): "Jimmy Page plays in Led Zeppelin" (the present of "was a member
of"); "Wembley Stadium staged Tottenham Hotspur" ("staged" of "hosted", of a club); "Guerlain was the
person behind Shalimar" ("the person behind" read off a "was created by" whose range mixes people and
a perfume house).
Controls rejected (16): the plural sport verb ("Katie Ledecky and Caeleb Dressel swim for the United
States"); "The skater called / The figure skater called Yuzuru Hanyu" (type "figure_skater": neither
noun names); "their coach was" after two subjects, "Brian Orser was the coach of Yuzuru Hanyu" (the
agent noun after the agent), "..., and his sponsor was All Nippon Airways" after a possessive subject,
"Simon Rattle studied at the Royal College of Music, and his teacher was Hans Swarowsky" ("his" read
of the college), "Karl Reinmuth discovered 1101 Clematis, and his teacher was Max Wolf" (items are
no people there); the declared phrase itself with "also" ("Jimmy Page / Karl Lagerfeld / Heinrich
Olbers also worked as ...": "nothing_shared"); "Ginger Baker, who founded Cream, played drums in the
band" ("the band": wrong_kind), "John Bonham was a member of Led Zeppelin, and he played drums in it"
("it" unresolved); "Alexander McQueen was the mind behind Alexander McQueen" (a founder and a house of
one name); "You loved Dior, whose head designer was John Galliano" ("whose" + a post); "The dwarf
planet called 1 Ceres" (a two-word kind noun).
OPEN, accepted: the past of a present post ("Gustavo Dudamel was music director at the Los Angeles
Philharmonic", "Clare Smyth was executive chef at Core"); "Guerlain was the mind behind Shalimar"
(before the session too); "Wembley Stadium was the venue for Tottenham Hotspur" (before too).
Held: the naming participle (every noun of another kind, an attribute's noun, the steamship and the
racehorse Lexington, wrong years, lists); the agent nouns ("is", "had been", direction, "studied
with", "collaborated with", the second "coached", lists, "whose", "his / her" with a wrong person,
user claims); events at venues (wrong venue, tense, direction, negation, lists, a venue "home to" a
museum or statue, user claims); "was a clipper commanded by" (another captain, the builder, designer
or owner, the class, "the rival of", "it", "is", a racehorse, "and owned by"); ship nouns (a racehorse,
"steamer" / "warship" / "frigate" / "liner" / "schooner" of the wrong type, "the vessel" in a second
sentence); posts (another post, body, the present of a past post, founders and staff, lists, "both");
"worked as" (wrong trade, "works as", "never", lists); "the mind behind" (namesakes, commissioners,
populariser, head designers, staff, a discoverer, direction, negation, lists); "trained at" (another
school, "trains at", negation, lists); sport verbs of the wrong country, the other tense, negation.
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
    if any(t[0] == "user:ana" for t in triples):
        ents.append(E("user:ana", kind="user", type="user", label="Ana"))
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    return [(h, rel, t) for h, t in pairs]


RATED = R("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), cues=("loved", "liked", "enjoyed", "rated"))


def athletes():
    """Sportspeople, the only items (a graph of people: "his coach was" reads; dated by birth):
    figure skaters ("figure_skater"), swimmers, skiers (one relation "represents" countries, present,
    for the three types) and rowers, cyclists, runners (one relation "competed for" countries, past,
    for the three); all "were born in" countries (Braathen in Norway, racing for Brazil; Farah in
    Somalia); "were coached by" coaches (a past state: "X's coach was Y"), "were sponsored by"
    companies (a past state: "X's sponsor was Y"), "were rivals of" one another; "studied at"
    universities and "are based at" training centres (a near miss of "trained at"); "won gold at"
    championships (attributes). Coaches "coached" national teams (a second "coached" relation,
    coach first: no "coach" noun). Ana rated some."""
    sports = ("figure_skater", "swimmer", "skier")
    racers = ("rower", "cyclist", "runner")
    people = sports + racers
    rels = [
        R("represents", phrase="represents", inverse_phrase="is represented by", domain=sports, range=("country",)),
        R("competed", phrase="competed for", inverse_phrase="was represented by", domain=racers, range=("country",)),
        R("born", phrase="was born in", inverse_phrase="is the birthplace of", domain=people, range=("country",)),
        R("coached", phrase="was coached by", inverse_phrase="coached", domain=people, range=("coach",)),
        R("rival", phrase="was a rival of", inverse_phrase="was a rival of", domain=people, range=people),
        R("teamcoach", phrase="coached", inverse_phrase="was coached by", domain=("coach",), range=("national_team",)),
        R("sponsor", phrase="was sponsored by", inverse_phrase="sponsored", domain=people, range=("company",)),
        R("studied", phrase="studied at", inverse_phrase="was attended by", domain=people, range=("university",)),
        R("based", phrase="is based at", inverse_phrase="is the base of", domain=people, range=("training_centre",)),
        R("gold", phrase="won gold at", inverse_phrase="saw gold for", domain=people, range=("championship",)),
        RATED,
    ]
    items = {"a:hanyu": ("figure_skater", "Yuzuru Hanyu", 1994), "a:chen": ("figure_skater", "Nathan Chen", 1999),
             "a:kim": ("figure_skater", "Yuna Kim", 1990), "a:fernandez": ("figure_skater", "Javier Fernandez", 1991),
             "a:ledecky": ("swimmer", "Katie Ledecky", 1997), "a:peaty": ("swimmer", "Adam Peaty", 1994),
             "a:mcKeown": ("swimmer", "Kaylee McKeown", 2001), "a:dressel": ("swimmer", "Caeleb Dressel", 1996),
             "a:shiffrin": ("skier", "Mikaela Shiffrin", 1995), "a:odermatt": ("skier", "Marco Odermatt", 1997),
             "a:braathen": ("skier", "Lucas Braathen", 2000),
             "a:redgrave": ("rower", "Steve Redgrave", 1962), "a:pinsent": ("rower", "Matthew Pinsent", 1970),
             "a:hoy": ("cyclist", "Chris Hoy", 1976), "a:kenny": ("cyclist", "Laura Kenny", 1992),
             "a:bolt": ("runner", "Usain Bolt", 1986), "a:farah": ("runner", "Mo Farah", 1983),
             "a:kipchoge": ("runner", "Eliud Kipchoge", 1984)}
    others = {"w:2014": ("championship", "the 2014 Winter Olympics"), "w:2018": ("championship", "the 2018 Winter Olympics"),
              "w:2016": ("championship", "the 2016 Summer Olympics"), "w:2012": ("championship", "the 2012 Summer Olympics"),
              "w:2000": ("championship", "the 2000 Summer Olympics"), "w:2010": ("championship", "the 2010 Winter Olympics"),
              "w:wc2019": ("championship", "the 2019 World Championships"),
              "n:japan": ("national_team", "the Japanese skating team"), "n:canada": ("national_team", "the Canadian skating team"),
              "n:gbrow": ("national_team", "the British rowing team"),
              "c:japan": ("country", "Japan"), "c:us": ("country", "the United States"), "c:korea": ("country", "South Korea"),
              "c:spain": ("country", "Spain"), "c:uk": ("country", "Great Britain"), "c:australia": ("country", "Australia"),
              "c:switzerland": ("country", "Switzerland"), "c:norway": ("country", "Norway"), "c:brazil": ("country", "Brazil"),
              "c:jamaica": ("country", "Jamaica"), "c:kenya": ("country", "Kenya"), "c:somalia": ("country", "Somalia"),
              "c:canada": ("country", "Canada"),
              "k:orser": ("coach", "Brian Orser"), "k:arutunian": ("coach", "Rafael Arutunian"),
              "k:gemmell": ("coach", "Bruce Gemmell"), "k:spence": ("coach", "Mel Marshall"),
              "k:troy": ("coach", "Gregg Troy"), "k:riley": ("coach", "Dean Boxall"),
              "k:shiffrin": ("coach", "Mike Day"), "k:odermatt": ("coach", "Helmut Krug"),
              "k:grobler": ("coach", "Jurgen Grobler"), "k:mills": ("coach", "Glen Mills"),
              "k:salazar": ("coach", "Alberto Salazar"), "k:sang": ("coach", "Patrick Sang"),
              "k:kerr": ("coach", "Iain Dyer"), "k:wilson": ("coach", "David Wilson"),
              "m:ana": ("company", "All Nippon Airways"), "m:nike": ("company", "Nike"), "m:toyota": ("company", "Toyota"),
              "m:speedo": ("company", "Speedo"), "m:redbull": ("company", "Red Bull"), "m:puma": ("company", "Puma"),
              "m:arena": ("company", "Arena"),
              "u:waseda": ("university", "Waseda University"), "u:yale": ("university", "Yale University"),
              "u:stanford": ("university", "Stanford University"), "u:korea": ("university", "Korea University"),
              "u:cambridge": ("university", "the University of Cambridge"), "u:oxford": ("university", "the University of Oxford"),
              "u:edinburgh": ("university", "the University of Edinburgh"),
              "t:toronto": ("training_centre", "the Toronto Cricket Club"), "t:irvine": ("training_centre", "Great Park Ice"),
              "t:loughborough": ("training_centre", "Loughborough University"),
              "t:caversham": ("training_centre", "the Caversham Lakes centre"),
              "t:manchester": ("training_centre", "the Manchester Velodrome")}
    T = _t("represents", [("a:hanyu", "c:japan"), ("a:chen", "c:us"), ("a:kim", "c:korea"), ("a:fernandez", "c:spain"),
                          ("a:ledecky", "c:us"), ("a:peaty", "c:uk"), ("a:mcKeown", "c:australia"), ("a:dressel", "c:us"),
                          ("a:shiffrin", "c:us"), ("a:odermatt", "c:switzerland"), ("a:braathen", "c:brazil")])
    T += _t("competed", [("a:redgrave", "c:uk"), ("a:pinsent", "c:uk"), ("a:hoy", "c:uk"), ("a:kenny", "c:uk"),
                         ("a:bolt", "c:jamaica"), ("a:farah", "c:uk"), ("a:kipchoge", "c:kenya")])
    T += _t("born", [("a:hanyu", "c:japan"), ("a:chen", "c:us"), ("a:kim", "c:korea"), ("a:fernandez", "c:spain"),
                     ("a:ledecky", "c:us"), ("a:peaty", "c:uk"), ("a:mcKeown", "c:australia"), ("a:dressel", "c:us"),
                     ("a:shiffrin", "c:us"), ("a:odermatt", "c:switzerland"), ("a:braathen", "c:norway"),
                     ("a:redgrave", "c:uk"), ("a:pinsent", "c:uk"), ("a:hoy", "c:uk"), ("a:kenny", "c:uk"),
                     ("a:bolt", "c:jamaica"), ("a:farah", "c:somalia"), ("a:kipchoge", "c:kenya")])
    T += _t("coached", [("a:hanyu", "k:orser"), ("a:fernandez", "k:orser"), ("a:chen", "k:arutunian"), ("a:kim", "k:orser"),
                        ("a:ledecky", "k:gemmell"), ("a:peaty", "k:spence"), ("a:dressel", "k:troy"), ("a:mcKeown", "k:riley"),
                        ("a:shiffrin", "k:shiffrin"), ("a:odermatt", "k:odermatt"), ("a:redgrave", "k:grobler"),
                        ("a:pinsent", "k:grobler"), ("a:bolt", "k:mills"), ("a:farah", "k:salazar"), ("a:kipchoge", "k:sang"),
                        ("a:hoy", "k:kerr")])
    T += _t("rival", [("a:hanyu", "a:chen"), ("a:hanyu", "a:fernandez"), ("a:ledecky", "a:mcKeown"), ("a:farah", "a:kipchoge")])
    T += _t("teamcoach", [("k:wilson", "n:japan"), ("k:orser", "n:canada"), ("k:grobler", "n:gbrow")])
    T += _t("sponsor", [("a:hanyu", "m:ana"), ("a:chen", "m:nike"), ("a:ledecky", "m:toyota"), ("a:peaty", "m:speedo"),
                        ("a:shiffrin", "m:redbull"), ("a:bolt", "m:puma"), ("a:dressel", "m:arena")])
    T += _t("studied", [("a:hanyu", "u:waseda"), ("a:chen", "u:yale"), ("a:ledecky", "u:stanford"), ("a:kim", "u:korea"),
                        ("a:pinsent", "u:oxford"), ("a:hoy", "u:edinburgh")])
    T += _t("based", [("a:hanyu", "t:toronto"), ("a:fernandez", "t:toronto"), ("a:chen", "t:irvine"),
                      ("a:peaty", "t:loughborough"), ("a:redgrave", "t:caversham"), ("a:kenny", "t:manchester"),
                      ("a:hoy", "t:manchester")])
    T += _t("gold", [("a:hanyu", "w:2014"), ("a:hanyu", "w:2018"), ("a:kim", "w:2010"), ("a:ledecky", "w:2016"),
                     ("a:ledecky", "w:2012"), ("a:peaty", "w:2016"), ("a:shiffrin", "w:2014"), ("a:redgrave", "w:2000"),
                     ("a:pinsent", "w:2000"), ("a:hoy", "w:2012"), ("a:bolt", "w:2012"), ("a:bolt", "w:2016"),
                     ("a:farah", "w:2012"), ("a:kipchoge", "w:2016"), ("a:chen", "w:wc2019"), ("a:kenny", "w:2016")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("a:hanyu", 5.0), ("a:bolt", 4.5), ("a:farah", 2.0))]
    return _build(items, others, rels, T)


def music():
    """Musicians, the only items (typed by instrument: "guitarist", "bassist", "drummer", "pianist",
    "saxophonist", "conductor", dated by birth). Guitarists, bassists and drummers "were members of"
    rock bands (one relation, past; "band" attributes); pianists and saxophonists "are members of"
    jazz quartets (one relation, present; "quartet" attributes); musicians "were taught by" teachers (a past state: "X's teacher was
    Y") and "studied with" others (a near miss), "studied at" conservatories, "founded" groups;
    conductors "were principal conductor of" orchestras (a past post) and "are music director of"
    others (a present one), "guest conducted" others; some "also worked as" another trade
    (attributes typed "occupation"). Groups "are based in" cities. Ana rated some."""
    players = ("guitarist", "bassist", "drummer")
    jazz = ("pianist", "saxophonist")
    people = players + jazz + ("conductor",)
    rels = [
        R("member", phrase="was a member of", inverse_phrase="had as a member", domain=players, range=("band",)),
        R("jmember", phrase="is a member of", inverse_phrase="has as a member", domain=jazz, range=("quartet",)),
        R("taught", phrase="was taught by", inverse_phrase="taught", domain=people, range=people),
        R("studiedwith", phrase="studied with", inverse_phrase="had as a pupil", domain=people, range=people),
        R("studied", phrase="studied at", inverse_phrase="was attended by", domain=people, range=("conservatory",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", domain=people, range=("band", "quartet")),
        R("principal", phrase="was principal conductor of", inverse_phrase="had as principal conductor",
          domain=("conductor",), range=("orchestra",)),
        R("musicdir", phrase="is music director of", inverse_phrase="has as music director", domain=("conductor",),
          range=("orchestra",)),
        R("guest", phrase="guest conducted", inverse_phrase="was guest conducted by", domain=("conductor",),
          range=("orchestra",)),
        R("alsojob", phrase="also worked as", inverse_phrase="was also the trade of", domain=people, range=("occupation",)),
        R("based", phrase="is based in", inverse_phrase="is home to", range=("city",)),
        RATED,
    ]
    items = {"p:page": ("guitarist", "Jimmy Page", 1944), "p:jones": ("bassist", "John Paul Jones", 1946),
             "p:bonham": ("drummer", "John Bonham", 1948), "p:richards": ("guitarist", "Keith Richards", 1943),
             "p:wyman": ("bassist", "Bill Wyman", 1936), "p:watts": ("drummer", "Charlie Watts", 1941),
             "p:gilmour": ("guitarist", "David Gilmour", 1946), "p:waters": ("bassist", "Roger Waters", 1943),
             "p:mason": ("drummer", "Nick Mason", 1944), "p:clapton": ("guitarist", "Eric Clapton", 1945),
             "p:bruce": ("bassist", "Jack Bruce", 1943), "p:baker": ("drummer", "Ginger Baker", 1939),
             "p:brubeck": ("pianist", "Dave Brubeck", 1920), "p:desmond": ("saxophonist", "Paul Desmond", 1924),
             "p:tyner": ("pianist", "McCoy Tyner", 1938), "p:coltrane": ("saxophonist", "John Coltrane", 1926),
             "p:lewis": ("pianist", "John Lewis", 1920),
             "p:rattle": ("conductor", "Simon Rattle", 1955), "p:karajan": ("conductor", "Herbert von Karajan", 1908),
             "p:abbado": ("conductor", "Claudio Abbado", 1933), "p:dudamel": ("conductor", "Gustavo Dudamel", 1981),
             "p:petrenko": ("conductor", "Kirill Petrenko", 1972), "p:boulanger": ("pianist", "Nadia Boulanger", 1887),
             "p:swarowsky": ("conductor", "Hans Swarowsky", 1899), "p:abreu": ("conductor", "Jose Antonio Abreu", 1939)}
    others = {"b:zeppelin": ("band", "Led Zeppelin"), "b:stones": ("band", "the Rolling Stones"),
              "b:floyd": ("band", "Pink Floyd"), "b:cream": ("band", "Cream"),
              "b:yardbirds": ("band", "the Yardbirds"),
              "q:brubeck": ("quartet", "the Dave Brubeck Quartet"), "q:coltrane": ("quartet", "the John Coltrane Quartet"),
              "q:mjq": ("quartet", "the Modern Jazz Quartet"),
              "o:cbso": ("orchestra", "the City of Birmingham Symphony Orchestra"),
              "o:berlin": ("orchestra", "the Berlin Philharmonic"), "o:lso": ("orchestra", "the London Symphony Orchestra"),
              "o:la": ("orchestra", "the Los Angeles Philharmonic"), "o:vienna": ("orchestra", "the Vienna Philharmonic"),
              "o:bolivar": ("orchestra", "the Simon Bolivar Symphony Orchestra"),
              "o:bavarian": ("orchestra", "the Bavarian State Orchestra"),
              "k:rcm": ("conservatory", "the Royal College of Music"), "k:vienna": ("conservatory", "the Vienna Conservatory"),
              "k:juilliard": ("conservatory", "the Juilliard School"), "k:guildhall": ("conservatory", "the Guildhall School of Music"),
              "k:paris": ("conservatory", "the Paris Conservatoire"), "k:liverpool": ("conservatory", "the Liverpool Institute"),
              "k:mills": ("conservatory", "Mills College"),
              "j:session": ("occupation", "session musician"), "j:producer": ("occupation", "record producer"),
              "j:architect": ("occupation", "architect"), "j:painter": ("occupation", "painter"),
              "j:teacher": ("occupation", "music teacher"), "j:organist": ("occupation", "organist"),
              "t:london": ("city", "London"), "t:berlin": ("city", "Berlin"), "t:birmingham": ("city", "Birmingham"),
              "t:la": ("city", "Los Angeles"), "t:vienna": ("city", "Vienna"), "t:caracas": ("city", "Caracas"),
              "t:munich": ("city", "Munich"), "t:newyork": ("city", "New York"), "t:sf": ("city", "San Francisco")}
    T = _t("member", [("p:page", "b:zeppelin"), ("p:jones", "b:zeppelin"), ("p:bonham", "b:zeppelin"), ("p:page", "b:yardbirds"),
                      ("p:clapton", "b:yardbirds"), ("p:richards", "b:stones"), ("p:wyman", "b:stones"), ("p:watts", "b:stones"),
                      ("p:gilmour", "b:floyd"), ("p:waters", "b:floyd"), ("p:mason", "b:floyd"), ("p:clapton", "b:cream"),
                      ("p:bruce", "b:cream"), ("p:baker", "b:cream")])
    T += _t("jmember", [("p:brubeck", "q:brubeck"), ("p:desmond", "q:brubeck"), ("p:tyner", "q:coltrane"),
                        ("p:coltrane", "q:coltrane"), ("p:lewis", "q:mjq")])
    T += _t("taught", [("p:rattle", "p:swarowsky"), ("p:abbado", "p:swarowsky"), ("p:dudamel", "p:abreu"),
                       ("p:brubeck", "p:boulanger"), ("p:tyner", "p:lewis")])
    T += _t("studiedwith", [("p:rattle", "p:abbado"), ("p:brubeck", "p:desmond"), ("p:petrenko", "p:karajan"),
                            ("p:coltrane", "p:tyner")])
    T += _t("studied", [("p:rattle", "k:rcm"), ("p:karajan", "k:vienna"), ("p:abbado", "k:vienna"), ("p:petrenko", "k:vienna"),
                        ("p:brubeck", "k:mills"), ("p:jones", "k:guildhall"), ("p:waters", "k:rcm"), ("p:boulanger", "k:paris"),
                        ("p:lewis", "k:juilliard")])
    T += _t("founded", [("p:page", "b:zeppelin"), ("p:richards", "b:stones"), ("p:waters", "b:floyd"), ("p:baker", "b:cream"),
                        ("p:brubeck", "q:brubeck"), ("p:coltrane", "q:coltrane"), ("p:lewis", "q:mjq")])
    T += _t("principal", [("p:rattle", "o:cbso"), ("p:rattle", "o:berlin"), ("p:karajan", "o:berlin"), ("p:abbado", "o:lso"),
                          ("p:abbado", "o:berlin")])
    T += _t("musicdir", [("p:dudamel", "o:la"), ("p:petrenko", "o:bavarian"), ("p:rattle", "o:lso")])
    T += _t("guest", [("p:karajan", "o:vienna"), ("p:dudamel", "o:berlin"), ("p:petrenko", "o:vienna"),
                      ("p:abbado", "o:vienna"), ("p:abreu", "o:bolivar")])
    T += _t("alsojob", [("p:page", "j:session"), ("p:jones", "j:session"), ("p:jones", "j:producer"),
                        ("p:waters", "j:architect"), ("p:wyman", "j:producer"), ("p:watts", "j:painter"),
                        ("p:boulanger", "j:teacher"), ("p:boulanger", "j:organist")])
    T += _t("based", [("b:zeppelin", "t:london"), ("b:stones", "t:london"), ("b:floyd", "t:london"), ("b:cream", "t:london"),
                      ("q:brubeck", "t:sf"), ("q:coltrane", "t:newyork"), ("q:mjq", "t:newyork"), ("o:cbso", "t:birmingham"),
                      ("o:berlin", "t:berlin"), ("o:lso", "t:london"), ("o:la", "t:la"), ("o:vienna", "t:vienna"),
                      ("o:bolivar", "t:caracas"), ("o:bavarian", "t:munich")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("p:page", 5.0), ("p:rattle", 4.5), ("p:wyman", 2.0))]
    return _build(items, others, rels, T)


def ships():
    """Sailing ships and steamships (items dated by launch): clippers ("clipper": Cutty Sark,
    Thermopylae, Flying Cloud, Challenge, Sovereign of the Seas), liners ("liner": Lusitania, Titanic),
    schooners ("schooner": Bluenose, America), steamships ("steamship": Great Britain, Lexington),
    frigates ("frigate": USS Constitution, HMS Trincomalee), and two racehorses ("racehorse":
    Lexington, named like the steamship, and Seabiscuit). Ships "were commanded by" captains (a past
    state: "X's commander was Y"; people typed "sea_captain"), "were built by" shipyards, "were
    designed by" designers (people typed "naval_architect"), "were owned by" owners (a past state;
    people or companies), "are preserved at" places, "were rivals of" one another (Cutty Sark and
    Thermopylae), "are a" class ("extreme clipper", "tea clipper", "ocean liner", "fishing schooner";
    attributes typed "class"). Racehorses "were trained by" trainers, "were owned by" owners
    (the same relation as the ships'), "were ridden by" jockeys. Ana rated some."""
    vessels = ("clipper", "liner", "schooner", "steamship", "frigate")
    rels = [
        R("commanded", phrase="was commanded by", inverse_phrase="commanded", domain=vessels, range=("sea_captain",)),
        R("built", phrase="was built by", inverse_phrase="built", domain=vessels, range=("shipyard",)),
        R("designed", phrase="was designed by", inverse_phrase="designed", domain=vessels, range=("naval_architect",)),
        R("owned", phrase="was owned by", inverse_phrase="owned", range=("shipowner", "company", "racehorse_owner")),
        R("preserved", phrase="is preserved at", inverse_phrase="preserves", domain=vessels, range=("dock",)),
        R("rival", phrase="was a rival of", inverse_phrase="was a rival of", domain=vessels, range=vessels),
        R("class", phrase="is a", inverse_phrase="is the class of", domain=vessels, range=("class",)),
        R("trained", phrase="was trained by", inverse_phrase="trained", domain=("racehorse",), range=("horse_trainer",)),
        R("ridden", phrase="was ridden by", inverse_phrase="rode", domain=("racehorse",), range=("jockey",)),
        RATED,
    ]
    items = {"s:cutty": ("clipper", "Cutty Sark", 1869), "s:thermo": ("clipper", "Thermopylae", 1868),
             "s:cloud": ("clipper", "Flying Cloud", 1851), "s:challenge": ("clipper", "Challenge", 1851),
             "s:sovereign": ("clipper", "Sovereign of the Seas", 1852),
             "s:lusitania": ("liner", "Lusitania", 1906), "s:titanic": ("liner", "Titanic", 1911),
             "s:bluenose": ("schooner", "Bluenose", 1921), "s:america": ("schooner", "America", 1851),
             "s:gb": ("steamship", "Great Britain", 1843), "s:lexington": ("steamship", "Lexington", 1835),
             "s:constitution": ("frigate", "USS Constitution", 1797), "s:trinco": ("frigate", "HMS Trincomalee", 1817),
             "h:lexington": ("racehorse", "Lexington", 1850), "h:seabiscuit": ("racehorse", "Seabiscuit", 1933)}
    others = {"c:woodget": ("sea_captain", "Richard Woodget"), "c:kemball": ("sea_captain", "Charles Kemball"),
              "c:creesy": ("sea_captain", "Josiah Creesy"), "c:waterman": ("sea_captain", "Robert Waterman"),
              "c:lmckay": ("sea_captain", "Lauchlan McKay"), "c:turner": ("sea_captain", "William Turner"),
              "c:smith": ("sea_captain", "Edward Smith"), "c:walters": ("sea_captain", "Angus Walters"),
              "c:brown": ("sea_captain", "Dick Brown"), "c:hosken": ("sea_captain", "James Hosken"),
              "c:child": ("sea_captain", "George Child"), "c:hull": ("sea_captain", "Isaac Hull"),
              "y:scott": ("shipyard", "Scott and Linton"), "y:hood": ("shipyard", "Walter Hood and Company"),
              "y:mckay": ("shipyard", "Donald McKay's yard"), "y:webb": ("shipyard", "William H. Webb's yard"),
              "y:john": ("shipyard", "John Brown and Company"), "y:hw": ("shipyard", "Harland and Wolff"),
              "y:smith": ("shipyard", "Smith and Rhuland"), "y:brown": ("shipyard", "William H. Brown's yard"),
              "y:patterson": ("shipyard", "William Patterson's yard"), "y:hartt": ("shipyard", "Edmund Hartt's shipyard"),
              "y:bombay": ("shipyard", "the Bombay Dockyard"), "y:bergh": ("shipyard", "Bishop and Simonson"),
              "d:linton": ("naval_architect", "Hercules Linton"), "d:rennie": ("naval_architect", "Bernard Waymouth"),
              "d:mckay": ("naval_architect", "Donald McKay"), "d:andrews": ("naval_architect", "Thomas Andrews"),
              "d:roue": ("naval_architect", "William Roue"), "d:steers": ("naval_architect", "George Steers"),
              "d:brunel": ("naval_architect", "Isambard Kingdom Brunel"), "d:humphreys": ("naval_architect", "Joshua Humphreys"),
              "o:willis": ("shipowner", "John Willis"), "o:thompson": ("shipowner", "George Thompson"),
              "o:grinnell": ("shipowner", "Grinnell, Minturn and Company"), "o:cunard": ("company", "the Cunard Line"),
              "o:whitestar": ("company", "the White Star Line"), "o:vanderbilt": ("shipowner", "Cornelius Vanderbilt"),
              "o:stevens": ("shipowner", "John Cox Stevens"),
              "o:tenbroeck": ("racehorse_owner", "Richard Ten Broeck"), "o:howard": ("racehorse_owner", "Charles Howard"),
              "k:greenwich": ("dock", "Greenwich"), "k:bristol": ("dock", "the Great Western Dockyard"),
              "k:boston": ("dock", "the Charlestown Navy Yard"), "k:hartlepool": ("dock", "Hartlepool"),
              "r:pryor": ("horse_trainer", "John Pryor"), "r:smith": ("horse_trainer", "Tom Smith"),
              "j:pollard": ("jockey", "Red Pollard"), "j:woolf": ("jockey", "George Woolf"),
              "j:meichon": ("jockey", "Henry Meichon"),
              "x:extreme": ("class", "extreme clipper"), "x:tea": ("class", "tea clipper"),
              "x:ocean": ("class", "ocean liner"), "x:fishing": ("class", "fishing schooner")}
    T = _t("commanded", [("s:cutty", "c:woodget"), ("s:thermo", "c:kemball"), ("s:cloud", "c:creesy"),
                         ("s:challenge", "c:waterman"), ("s:sovereign", "c:lmckay"), ("s:lusitania", "c:turner"),
                         ("s:titanic", "c:smith"), ("s:bluenose", "c:walters"), ("s:america", "c:brown"),
                         ("s:gb", "c:hosken"), ("s:lexington", "c:child"), ("s:constitution", "c:hull")])
    T += _t("built", [("s:cutty", "y:scott"), ("s:thermo", "y:hood"), ("s:cloud", "y:mckay"), ("s:sovereign", "y:mckay"),
                      ("s:challenge", "y:webb"), ("s:lusitania", "y:john"), ("s:titanic", "y:hw"), ("s:bluenose", "y:smith"),
                      ("s:america", "y:brown"), ("s:gb", "y:patterson"), ("s:lexington", "y:bergh"),
                      ("s:constitution", "y:hartt"), ("s:trinco", "y:bombay")])
    T += _t("designed", [("s:cutty", "d:linton"), ("s:thermo", "d:rennie"), ("s:cloud", "d:mckay"), ("s:sovereign", "d:mckay"),
                         ("s:titanic", "d:andrews"), ("s:bluenose", "d:roue"), ("s:america", "d:steers"), ("s:gb", "d:brunel"),
                         ("s:constitution", "d:humphreys")])
    T += _t("owned", [("s:cutty", "o:willis"), ("s:thermo", "o:thompson"), ("s:cloud", "o:grinnell"),
                      ("s:lusitania", "o:cunard"), ("s:titanic", "o:whitestar"), ("s:lexington", "o:vanderbilt"),
                      ("s:america", "o:stevens"), ("h:lexington", "o:tenbroeck"), ("h:seabiscuit", "o:howard")])
    T += _t("preserved", [("s:cutty", "k:greenwich"), ("s:gb", "k:bristol"), ("s:constitution", "k:boston"),
                          ("s:trinco", "k:hartlepool")])
    T += _t("rival", [("s:cutty", "s:thermo"), ("s:cloud", "s:challenge")])
    T += _t("class", [("s:cutty", "x:tea"), ("s:thermo", "x:tea"), ("s:cloud", "x:extreme"), ("s:challenge", "x:extreme"),
                      ("s:sovereign", "x:extreme"), ("s:lusitania", "x:ocean"), ("s:titanic", "x:ocean"),
                      ("s:bluenose", "x:fishing")])
    T += _t("trained", [("h:lexington", "r:pryor"), ("h:seabiscuit", "r:smith")])
    T += _t("ridden", [("h:lexington", "j:meichon"), ("h:seabiscuit", "j:pollard"), ("h:seabiscuit", "j:woolf")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("s:cutty", 5.0), ("h:seabiscuit", 4.5), ("s:titanic", 2.0))]
    return _build(items, others, rels, T)


def racing():
    """Racing and events (items dated by first running or opening): horse races ("horse_race":
    the Kentucky Derby, the Preakness Stakes, the Melbourne Cup, the Grand National, the Epsom Derby,
    the Cheltenham Gold Cup) that "are run at" racecourses (a near miss of "is held at"); festivals
    and meetings ("festival": the Cheltenham Festival, Royal Ascot, Glorious Goodwood, the Galway
    Races) that racecourses "host" (present; one relation, whose range also has a museum: Newmarket
    "hosts" the National Horseracing Museum); stadiums that "hosted" (past; one relation)
    championships (the 1948 and 2012 Summer Olympics, the 1966 World Cup final) and the football
    clubs whose ground they were (Tottenham Hotspur, West Ham United); venues that "are home to"
    a museum and statues (no events: the Kentucky Derby Museum, the Phar Lap statue) and "are
    located in" towns. Races "were won by" horses (items, "horse"), who "were trained by" trainers
    and "were ridden by" jockeys; races "are sponsored by" companies. Ana rated some."""
    rels = [
        R("run", phrase="is run at", inverse_phrase="stages", domain=("horse_race",), range=("racecourse",)),
        R("hosts", phrase="hosts", inverse_phrase="is hosted by", domain=("racecourse",), range=("festival", "museum")),
        R("hosted", phrase="hosted", inverse_phrase="was hosted by", domain=("stadium",),
          range=("championship", "football_club")),
        R("home", phrase="is home to", inverse_phrase="is housed at", domain=("racecourse", "stadium"),
          range=("museum", "statue")),
        R("located", phrase="is located in", inverse_phrase="is home to", domain=("racecourse", "stadium"), range=("town",)),
        R("won", phrase="was won by", inverse_phrase="won", domain=("horse_race", "festival"), range=("horse",)),
        R("trained", phrase="was trained by", inverse_phrase="trained", domain=("horse",), range=("person",)),
        R("ridden", phrase="was ridden by", inverse_phrase="rode", domain=("horse",), range=("person",)),
        R("sponsored", phrase="is sponsored by", inverse_phrase="sponsors", domain=("horse_race", "festival"),
          range=("company",)),
        RATED,
    ]
    items = {"r:derby": ("horse_race", "the Kentucky Derby", 1875), "r:preakness": ("horse_race", "the Preakness Stakes", 1873),
             "r:melbourne": ("horse_race", "the Melbourne Cup", 1861), "r:national": ("horse_race", "the Grand National", 1839),
             "r:epsom": ("horse_race", "the Epsom Derby", 1780), "r:goldcup": ("horse_race", "the Cheltenham Gold Cup", 1924),
             "f:cheltenham": ("festival", "the Cheltenham Festival", 1860), "f:ascot": ("festival", "Royal Ascot", 1711),
             "f:goodwood": ("festival", "Glorious Goodwood", 1802), "f:galway": ("festival", "the Galway Races", 1869),
             "c:1948": ("championship", "the 1948 Summer Olympics", 1948), "c:1966": ("championship", "the 1966 World Cup final", 1966),
             "c:2012": ("championship", "the 2012 Summer Olympics", 2012),
             "v:churchill": ("racecourse", "Churchill Downs", 1875), "v:pimlico": ("racecourse", "Pimlico Race Course", 1870),
             "v:flemington": ("racecourse", "Flemington Racecourse", 1840), "v:aintree": ("racecourse", "Aintree Racecourse", 1829),
             "v:epsom": ("racecourse", "Epsom Downs", 1661), "v:chelt": ("racecourse", "Cheltenham Racecourse", 1815),
             "v:ascot": ("racecourse", "Ascot Racecourse", 1711), "v:goodwood": ("racecourse", "Goodwood Racecourse", 1802),
             "v:ballybrit": ("racecourse", "Ballybrit Racecourse", 1869), "v:newmarket": ("racecourse", "Newmarket Racecourse", 1636),
             "v:wembley": ("stadium", "Wembley Stadium", 1923), "v:olympic": ("stadium", "the London Olympic Stadium", 2012),
             "h:secretariat": ("horse", "Secretariat", 1970), "h:pharlap": ("horse", "Phar Lap", 1926),
             "h:redrum": ("horse", "Red Rum", 1965), "h:arkle": ("horse", "Arkle", 1957), "h:shergar": ("horse", "Shergar", 1978),
             "h:frankel": ("horse", "Frankel", 2008), "h:warAdmiral": ("horse", "War Admiral", 1934)}
    others = {"m:museum": ("museum", "the Kentucky Derby Museum"), "m:palace": ("museum", "the National Horseracing Museum"),
              "m:pharlap": ("statue", "the Phar Lap statue"), "m:redrum": ("statue", "the Red Rum statue"),
              "m:moore": ("statue", "the Bobby Moore statue"), "z:spurs": ("football_club", "Tottenham Hotspur"),
              "z:westham": ("football_club", "West Ham United"),
              "t:louisville": ("town", "Louisville"), "t:baltimore": ("town", "Baltimore"), "t:melbourne": ("town", "Melbourne"),
              "t:liverpool": ("town", "Liverpool"), "t:epsom": ("town", "Epsom"), "t:cheltenham": ("town", "Cheltenham"),
              "t:ascot": ("town", "Ascot"), "t:chichester": ("town", "Chichester"), "t:galway": ("town", "Galway"),
              "t:newmarket": ("town", "Newmarket"), "t:london": ("town", "London"),
              "p:laurin": ("person", "Lucien Laurin"), "p:turcotte": ("person", "Ron Turcotte"),
              "p:telford": ("person", "Harry Telford"), "p:pike": ("person", "Jim Pike"),
              "p:mccain": ("person", "Ginger McCain"), "p:fletcher": ("person", "Brian Fletcher"),
              "p:dreaper": ("person", "Tom Dreaper"), "p:taaffe": ("person", "Pat Taaffe"),
              "p:stoute": ("person", "Michael Stoute"), "p:swinburn": ("person", "Walter Swinburn"),
              "p:cecil": ("person", "Henry Cecil"), "p:queally": ("person", "Tom Queally"),
              "p:conway": ("person", "George Conway"), "p:kurtsinger": ("person", "Charles Kurtsinger"),
              "k:yum": ("company", "Yum! Brands"), "k:lexus": ("company", "Lexus"), "k:randox": ("company", "Randox"),
              "k:cazoo": ("company", "Cazoo"), "k:magners": ("company", "Magners"), "k:qatar": ("company", "Qatar Airways")}
    T = _t("run", [("r:derby", "v:churchill"), ("r:preakness", "v:pimlico"), ("r:melbourne", "v:flemington"),
                   ("r:national", "v:aintree"), ("r:epsom", "v:epsom"), ("r:goldcup", "v:chelt")])
    T += _t("hosts", [("v:chelt", "f:cheltenham"), ("v:ascot", "f:ascot"), ("v:goodwood", "f:goodwood"),
                      ("v:ballybrit", "f:galway")])
    T += _t("hosted", [("v:wembley", "c:1948"), ("v:wembley", "c:1966"), ("v:olympic", "c:2012"),
                       ("v:wembley", "z:spurs"), ("v:olympic", "z:westham")])
    T += _t("hosts", [("v:newmarket", "m:palace")])
    T += _t("home", [("v:churchill", "m:museum"), ("v:flemington", "m:pharlap"),
                     ("v:aintree", "m:redrum"), ("v:wembley", "m:moore")])
    T += _t("located", [("v:churchill", "t:louisville"), ("v:pimlico", "t:baltimore"), ("v:flemington", "t:melbourne"),
                        ("v:aintree", "t:liverpool"), ("v:epsom", "t:epsom"), ("v:chelt", "t:cheltenham"),
                        ("v:ascot", "t:ascot"), ("v:goodwood", "t:chichester"), ("v:ballybrit", "t:galway"),
                        ("v:newmarket", "t:newmarket"), ("v:wembley", "t:london"), ("v:olympic", "t:london")])
    T += _t("won", [("r:derby", "h:secretariat"), ("r:preakness", "h:secretariat"), ("r:melbourne", "h:pharlap"),
                    ("r:national", "h:redrum"), ("r:goldcup", "h:arkle"), ("r:epsom", "h:shergar"), ("f:goodwood", "h:frankel"),
                    ("f:ascot", "h:frankel"), ("r:derby", "h:warAdmiral"), ("r:preakness", "h:warAdmiral")])
    T += _t("trained", [("h:secretariat", "p:laurin"), ("h:pharlap", "p:telford"), ("h:redrum", "p:mccain"),
                        ("h:arkle", "p:dreaper"), ("h:shergar", "p:stoute"), ("h:frankel", "p:cecil"), ("h:warAdmiral", "p:conway")])
    T += _t("ridden", [("h:secretariat", "p:turcotte"), ("h:pharlap", "p:pike"), ("h:redrum", "p:fletcher"),
                       ("h:arkle", "p:taaffe"), ("h:shergar", "p:swinburn"), ("h:frankel", "p:queally"),
                       ("h:warAdmiral", "p:kurtsinger")])
    T += _t("sponsored", [("r:derby", "k:yum"), ("r:melbourne", "k:lexus"), ("r:national", "k:randox"), ("f:goodwood", "k:qatar"),
                          ("f:galway", "k:magners")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("r:derby", 5.0), ("f:ascot", 4.5), ("r:national", 2.0))]
    return _build(items, others, rels, T)


def fashion():
    """Fashion and food (items dated): fashion houses ("fashion_house", dated by founding), a
    perfume house ("perfume_house": Guerlain), restaurants ("restaurant"), garments and scents
    ("garment", "perfume") and dishes ("dish"), dated by their creation. Designers ("couturier")
    "were head designer of" houses (a past post), "were creative director of" others (a second
    post), "founded" houses, "worked at" others; chefs ("chef") "were head chef of" restaurants (a
    past post) and "are executive chef of" others (a present post); chefs "invented" dishes (the
    active phrase of a person's work: "the mind behind"); garments and perfumes "were created by"
    couturiers, perfumers or a perfume house (one relation); dishes "are named after" people (persons
    typed "singer", "dancer": Nellie Melba, Anna Pavlova), perfumes "were commissioned by"
    couturiers (not created), garments "were popularised by" people; people "studied at" schools
    ("school") and "were apprenticed to" others; "also worked as" another trade. Houses and
    restaurants "are based in" cities. Ana rated some."""
    designers = ("couturier",)
    people = ("couturier", "chef", "perfumer")
    rels = [
        R("headdesigner", phrase="was head designer of", inverse_phrase="had as head designer", domain=designers,
          range=("fashion_house",)),
        R("creative", phrase="was creative director of", inverse_phrase="had as creative director", domain=designers,
          range=("fashion_house",)),
        R("founded", phrase="founded", inverse_phrase="was founded by", domain=people, range=("fashion_house", "restaurant")),
        R("worked", phrase="worked at", inverse_phrase="employed", domain=people, range=("fashion_house", "restaurant")),
        R("headchef", phrase="was head chef of", inverse_phrase="had as head chef", domain=("chef",), range=("restaurant",)),
        R("execchef", phrase="is executive chef of", inverse_phrase="has as executive chef", domain=("chef",),
          range=("restaurant",)),
        R("created", phrase="was created by", inverse_phrase="created", domain=("garment", "perfume"),
          range=("couturier", "perfumer", "perfume_house")),
        R("invented", phrase="invented", inverse_phrase="was invented by", domain=("chef",), range=("dish",)),
        R("named", phrase="is named after", inverse_phrase="is the namesake of", domain=("dish", "garment"),
          range=("singer", "dancer")),
        R("commissioned", phrase="was commissioned by", inverse_phrase="commissioned", domain=("perfume",),
          range=("couturier",)),
        R("popularised", phrase="was popularised by", inverse_phrase="popularised", domain=("garment",),
          range=("couturier", "singer", "dancer")),
        R("studied", phrase="studied at", inverse_phrase="was attended by", domain=people, range=("school",)),
        R("apprenticed", phrase="was apprenticed to", inverse_phrase="took on as an apprentice", domain=people, range=people),
        R("alsojob", phrase="also worked as", inverse_phrase="was also the trade of", domain=people, range=("occupation",)),
        R("based", phrase="is based in", inverse_phrase="is home to", domain=("fashion_house", "perfume_house", "restaurant"),
          range=("city",)),
        RATED,
    ]
    items = {"f:dior": ("fashion_house", "Dior", 1946), "f:givenchy": ("fashion_house", "Givenchy", 1952),
             "f:chanel": ("fashion_house", "Chanel", 1910), "f:chloe": ("fashion_house", "Chloe", 1952),
             "f:gucci": ("fashion_house", "Gucci", 1921), "f:celine": ("fashion_house", "Celine", 1945),
             "f:balenciaga": ("fashion_house", "Balenciaga", 1917), "f:mcqueen": ("fashion_house", "Alexander McQueen", 1992),
             "f:ysl": ("fashion_house", "Yves Saint Laurent", 1961), "f:guerlain": ("perfume_house", "Guerlain", 1828),
             "r:savoy": ("restaurant", "the Savoy Grill", 1889), "r:ritz": ("restaurant", "the Ritz Restaurant", 1906),
             "r:core": ("restaurant", "Core", 2017), "r:fat": ("restaurant", "the Fat Duck", 1995),
             "r:noma": ("restaurant", "Noma", 2003), "r:cardini": ("restaurant", "Caesar's", 1920),
             "g:newlook": ("garment", "the New Look", 1947), "g:lbd": ("garment", "the little black dress", 1926),
             "g:smoking": ("garment", "Le Smoking", 1966), "g:bumster": ("garment", "the bumster", 1993),
             "g:pavlova": ("garment", "the Pavlova tutu", 1905),
             "p:no5": ("perfume", "Chanel No. 5", 1921), "p:opium": ("perfume", "Opium", 1977),
             "p:jadore": ("perfume", "J'adore", 1999), "p:shalimar": ("perfume", "Shalimar", 1925),
             "d:melba": ("dish", "Peach Melba", 1892), "d:toast": ("dish", "Melba toast", 1897),
             "d:pavlova": ("dish", "Pavlova", 1926), "d:caesar": ("dish", "Caesar salad", 1924),
             "d:snail": ("dish", "snail porridge", 2004)}
    others = {"x:galliano": ("couturier", "John Galliano"), "x:mcqueen": ("couturier", "Alexander McQueen"),
              "x:lagerfeld": ("couturier", "Karl Lagerfeld"), "x:ford": ("couturier", "Tom Ford"),
              "x:philo": ("couturier", "Phoebe Philo"), "x:dior": ("couturier", "Christian Dior"),
              "x:chanel": ("couturier", "Coco Chanel"), "x:ysl": ("couturier", "Yves Saint Laurent"),
              "x:ghesquiere": ("couturier", "Nicolas Ghesquiere"), "x:balenciaga": ("couturier", "Cristobal Balenciaga"),
              "x:givenchy": ("couturier", "Hubert de Givenchy"),
              "c:escoffier": ("chef", "Auguste Escoffier"), "c:smyth": ("chef", "Clare Smyth"),
              "c:blumenthal": ("chef", "Heston Blumenthal"), "c:redzepi": ("chef", "Rene Redzepi"),
              "c:cardini": ("chef", "Caesar Cardini"), "c:ritz": ("chef", "Cesar Ritz"),
              "c:sachse": ("chef", "Bert Sachse"), "c:ramsay": ("chef", "Gordon Ramsay"),
              "z:beaux": ("perfumer", "Ernest Beaux"), "z:dematteo": ("perfumer", "Calice Becker"),
              "z:sieuzac": ("perfumer", "Jean-Louis Sieuzac"),
              "s:melba": ("singer", "Nellie Melba"), "s:pavlova": ("dancer", "Anna Pavlova"),
              "s:hepburn": ("dancer", "Audrey Hepburn"),
              "u:csm": ("school", "Central Saint Martins"), "u:parsons": ("school", "Parsons School of Design"),
              "u:chambre": ("school", "the Chambre Syndicale school"), "u:cordon": ("school", "Le Cordon Bleu"),
              "u:westminster": ("school", "Westminster Kingsway College"),
              "j:photographer": ("occupation", "photographer"), "j:director": ("occupation", "film director"),
              "j:hotelier": ("occupation", "hotelier"), "j:illustrator": ("occupation", "illustrator"),
              "j:milliner": ("occupation", "milliner"),
              "t:paris": ("city", "Paris"), "t:london": ("city", "London"), "t:florence": ("city", "Florence"),
              "t:copenhagen": ("city", "Copenhagen"), "t:bray": ("city", "Bray"), "t:tijuana": ("city", "Tijuana")}
    T = _t("headdesigner", [("x:galliano", "f:givenchy"), ("x:galliano", "f:dior"), ("x:mcqueen", "f:givenchy"),
                            ("x:lagerfeld", "f:chloe"), ("x:ghesquiere", "f:balenciaga")])
    T += _t("creative", [("x:ford", "f:gucci"), ("x:ford", "f:ysl"), ("x:philo", "f:celine"), ("x:lagerfeld", "f:chanel")])
    T += _t("founded", [("x:dior", "f:dior"), ("x:chanel", "f:chanel"), ("x:ysl", "f:ysl"), ("x:mcqueen", "f:mcqueen"),
                        ("x:balenciaga", "f:balenciaga"), ("x:givenchy", "f:givenchy"), ("c:smyth", "r:core"),
                        ("c:blumenthal", "r:fat"), ("c:redzepi", "r:noma"), ("c:cardini", "r:cardini")])
    T += _t("worked", [("x:ysl", "f:dior"), ("x:lagerfeld", "f:balenciaga"), ("x:philo", "f:chloe"),
                       ("c:ramsay", "r:savoy"), ("c:smyth", "r:fat")])
    T += _t("headchef", [("c:escoffier", "r:savoy"), ("c:escoffier", "r:ritz")])
    T += _t("execchef", [("c:smyth", "r:core"), ("c:blumenthal", "r:fat")])
    T += _t("created", [(b, a) for a, b in (("x:dior", "g:newlook"), ("x:chanel", "g:lbd"), ("x:ysl", "g:smoking"),
                                            ("x:mcqueen", "g:bumster"), ("z:beaux", "p:no5"), ("z:sieuzac", "p:opium"),
                                            ("z:dematteo", "p:jadore"), ("f:guerlain", "p:shalimar"))])
    T += _t("invented", [("c:escoffier", "d:melba"), ("c:escoffier", "d:toast"), ("c:sachse", "d:pavlova"),
                         ("c:cardini", "d:caesar"), ("c:blumenthal", "d:snail")])
    T += _t("named", [("d:melba", "s:melba"), ("d:toast", "s:melba"), ("d:pavlova", "s:pavlova"), ("g:pavlova", "s:pavlova")])
    T += _t("commissioned", [("p:no5", "x:chanel"), ("p:opium", "x:ysl"), ("p:jadore", "x:galliano")])
    T += _t("popularised", [("g:lbd", "s:hepburn"), ("g:pavlova", "s:pavlova")])
    T += _t("studied", [("x:galliano", "u:csm"), ("x:mcqueen", "u:csm"), ("x:philo", "u:csm"), ("x:ford", "u:parsons"),
                        ("x:ysl", "u:chambre"), ("c:smyth", "u:westminster"), ("c:ramsay", "u:westminster")])
    T += _t("apprenticed", [("x:ghesquiere", "x:givenchy"), ("x:givenchy", "x:balenciaga"), ("c:ramsay", "c:smyth")])
    T += _t("alsojob", [("x:lagerfeld", "j:photographer"), ("x:ford", "j:director"), ("c:ritz", "j:hotelier"),
                        ("x:galliano", "j:illustrator"), ("x:chanel", "j:milliner")])
    T += _t("based", [("f:dior", "t:paris"), ("f:guerlain", "t:paris"), ("f:givenchy", "t:paris"), ("f:chanel", "t:paris"), ("f:chloe", "t:paris"),
                      ("f:gucci", "t:florence"), ("f:celine", "t:paris"), ("f:balenciaga", "t:paris"), ("f:mcqueen", "t:london"),
                      ("f:ysl", "t:paris"), ("r:savoy", "t:london"), ("r:ritz", "t:london"), ("r:core", "t:london"),
                      ("r:fat", "t:bray"), ("r:noma", "t:copenhagen"), ("r:cardini", "t:tijuana")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("f:dior", 5.0), ("d:melba", 4.5), ("r:noma", 2.0))]
    return _build(items, others, rels, T)


def astronomy():
    """Minor planets and comets (items dated by discovery: asteroids "asteroid", comets "comet",
    a dwarf planet "dwarf_planet") "were discovered by" astronomers ("astronomer") at observatories
    ("observatory"), "are named after" figures (goddesses typed "deity", a plant genus "genus",
    people). Astronomers "were students of" others (inverse "taught": a past state, "X's teacher
    was Y") and "collaborated with" others (a near miss), "studied at" universities, "were director
    of" observatories (a past post), "worked at" others, "also worked as" another trade. Ana rated
    some."""
    bodies = ("asteroid", "comet", "dwarf_planet")
    rels = [
        R("discovered", phrase="was discovered by", inverse_phrase="discovered", domain=bodies, range=("astronomer",)),
        R("at", phrase="was discovered at", inverse_phrase="was the site of the discovery of", domain=bodies,
          range=("observatory",)),
        R("named", phrase="is named after", inverse_phrase="is the namesake of", domain=bodies,
          range=("deity", "genus", "astronomer")),
        R("student", phrase="was a student of", inverse_phrase="taught", domain=("astronomer",), range=("astronomer",)),
        R("collab", phrase="collaborated with", inverse_phrase="collaborated with", domain=("astronomer",),
          range=("astronomer",)),
        R("studied", phrase="studied at", inverse_phrase="was attended by", domain=("astronomer",), range=("university",)),
        R("director", phrase="was director of", inverse_phrase="was directed by", domain=("astronomer",),
          range=("observatory",)),
        R("worked", phrase="worked at", inverse_phrase="employed", domain=("astronomer",), range=("observatory",)),
        R("alsojob", phrase="also worked as", inverse_phrase="was also the trade of", domain=("astronomer",),
          range=("occupation",)),
        RATED,
    ]
    items = {"b:ceres": ("dwarf_planet", "1 Ceres", 1801), "b:pallas": ("asteroid", "2 Pallas", 1802),
             "b:juno": ("asteroid", "3 Juno", 1804), "b:vesta": ("asteroid", "4 Vesta", 1807),
             "b:hygiea": ("asteroid", "10 Hygiea", 1849), "b:eros": ("asteroid", "433 Eros", 1898),
             "b:clematis": ("asteroid", "1101 Clematis", 1928), "b:gaspra": ("asteroid", "951 Gaspra", 1916),
             "b:halley": ("comet", "Halley's Comet", 1758), "b:encke": ("comet", "Encke's Comet", 1786),
             "b:wolf": ("comet", "14P/Wolf", 1884)}
    others = {"a:piazzi": ("astronomer", "Giuseppe Piazzi"), "a:olbers": ("astronomer", "Heinrich Olbers"),
              "a:harding": ("astronomer", "Karl Harding"), "a:gasparis": ("astronomer", "Annibale de Gasparis"),
              "a:witt": ("astronomer", "Gustav Witt"), "a:reinmuth": ("astronomer", "Karl Reinmuth"),
              "a:wolf": ("astronomer", "Max Wolf"), "a:neujmin": ("astronomer", "Grigory Neujmin"),
              "a:halley": ("astronomer", "Edmond Halley"), "a:mechain": ("astronomer", "Pierre Mechain"),
              "a:encke": ("astronomer", "Johann Encke"), "a:gauss": ("astronomer", "Carl Friedrich Gauss"),
              "a:schroter": ("astronomer", "Johann Schroter"), "a:bode": ("astronomer", "Johann Bode"),
              "a:capocci": ("astronomer", "Ernesto Capocci"), "a:kapteyn": ("astronomer", "Jacobus Kapteyn"),
              "o:palermo": ("observatory", "the Palermo Observatory"), "o:bremen": ("observatory", "Olbers's home observatory"),
              "o:lilienthal": ("observatory", "the Lilienthal Observatory"), "o:capodimonte": ("observatory", "the Capodimonte Observatory"),
              "o:urania": ("observatory", "the Urania Observatory"), "o:heidelberg": ("observatory", "the Heidelberg Observatory"),
              "o:simeiz": ("observatory", "the Simeiz Observatory"), "o:berlin": ("observatory", "the Berlin Observatory"),
              "o:gottingen": ("observatory", "the Gottingen Observatory"), "o:seeberg": ("observatory", "the Seeberg Observatory"),
              "g:ceres": ("deity", "Ceres"), "g:pallas": ("deity", "Pallas Athena"), "g:juno": ("deity", "Juno"),
              "g:vesta": ("deity", "Vesta"), "g:hygieia": ("deity", "Hygieia"), "g:eros": ("deity", "Eros"),
              "g:clematis": ("genus", "Clematis"), "g:gaspra": ("genus", "Gaspra"),
              "u:palermo": ("university", "the University of Palermo"), "u:gottingen": ("university", "the University of Gottingen"),
              "u:naples": ("university", "the University of Naples"), "u:heidelberg": ("university", "Heidelberg University"),
              "u:berlin": ("university", "the University of Berlin"), "u:petersburg": ("university", "Saint Petersburg University"),
              "j:physician": ("occupation", "physician"), "j:priest": ("occupation", "priest"),
              "j:surveyor": ("occupation", "surveyor"), "j:engineer": ("occupation", "engineer")}
    T = _t("discovered", [("b:ceres", "a:piazzi"), ("b:pallas", "a:olbers"), ("b:juno", "a:harding"), ("b:vesta", "a:olbers"),
                          ("b:hygiea", "a:gasparis"), ("b:eros", "a:witt"), ("b:clematis", "a:reinmuth"),
                          ("b:gaspra", "a:neujmin"), ("b:halley", "a:halley"), ("b:encke", "a:mechain"), ("b:wolf", "a:wolf")])
    T += _t("at", [("b:ceres", "o:palermo"), ("b:pallas", "o:bremen"), ("b:juno", "o:lilienthal"), ("b:vesta", "o:bremen"),
                   ("b:hygiea", "o:capodimonte"), ("b:eros", "o:urania"), ("b:clematis", "o:heidelberg"),
                   ("b:gaspra", "o:simeiz"), ("b:wolf", "o:heidelberg")])
    T += _t("named", [("b:ceres", "g:ceres"), ("b:pallas", "g:pallas"), ("b:juno", "g:juno"), ("b:vesta", "g:vesta"),
                      ("b:hygiea", "g:hygieia"), ("b:eros", "g:eros"), ("b:clematis", "g:clematis"), ("b:gaspra", "g:gaspra"),
                      ("b:halley", "a:halley"), ("b:encke", "a:encke"), ("b:wolf", "a:wolf")])
    T += _t("student", [("a:reinmuth", "a:wolf"), ("a:encke", "a:gauss"), ("a:gasparis", "a:capocci"), ("a:harding", "a:schroter")])
    T += _t("collab", [("a:olbers", "a:gauss"), ("a:piazzi", "a:bode"), ("a:wolf", "a:kapteyn")])
    T += _t("studied", [("a:wolf", "u:heidelberg"), ("a:reinmuth", "u:heidelberg"), ("a:encke", "u:gottingen"),
                        ("a:gauss", "u:gottingen"), ("a:gasparis", "u:naples"), ("a:neujmin", "u:petersburg"),
                        ("a:witt", "u:berlin")])
    T += _t("director", [("a:piazzi", "o:palermo"), ("a:gasparis", "o:capodimonte"), ("a:wolf", "o:heidelberg"),
                         ("a:encke", "o:berlin"), ("a:gauss", "o:gottingen"), ("a:capocci", "o:capodimonte")])
    T += _t("worked", [("a:reinmuth", "o:heidelberg"), ("a:witt", "o:urania"), ("a:neujmin", "o:simeiz"),
                       ("a:harding", "o:lilienthal"), ("a:encke", "o:seeberg"), ("a:harding", "o:gottingen")])
    T += _t("alsojob", [("a:olbers", "j:physician"), ("a:piazzi", "j:priest"), ("a:harding", "j:surveyor")])
    T += [("user:ana", "rated", h, {"rating": r}) for h, r in (("b:ceres", 5.0), ("b:halley", 4.5), ("b:eros", 2.0))]
    return _build(items, others, rels, T)


BUILDERS = {"athletes": athletes, "music": music, "ships": ships, "racing": racing, "fashion": fashion,
            "astronomy": astronomy}

_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@athletes
Katie Ledecky skates for the United States.
Yuzuru Hanyu swims for Japan.
Nathan Chen skis for the United States.
Mikaela Shiffrin swims for the United States.
Adam Peaty skates for Great Britain.
Marco Odermatt swims for Switzerland.
Yuna Kim skis for South Korea.
Kaylee McKeown skates for Australia.
Caeleb Dressel skis for the United States.
Javier Fernandez swims for Spain.
Usain Bolt rowed for Jamaica.
Steve Redgrave ran for Great Britain.
Chris Hoy rowed for Great Britain.
Mo Farah rode for Great Britain.
Eliud Kipchoge rode for Kenya.
Laura Kenny ran for Great Britain.
Matthew Pinsent rode for Great Britain.
Lucas Braathen skis for Norway.
Mo Farah ran for Somalia.
Yuzuru Hanyu skates for Canada.
Javier Fernandez skates for Japan.
Kaylee McKeown swims for the United States.
Usain Bolt ran for Kenya.
Chris Hoy rode for Jamaica.
Steve Redgrave rows for Great Britain.
Chris Hoy rides for Great Britain.
Usain Bolt runs for Jamaica.
Yuzuru Hanyu does not skate for Japan.
Katie Ledecky doesn't swim for the United States.
Usain Bolt never ran for Jamaica.
Yuzuru Hanyu and Nathan Chen skate for Japan.
Katie Ledecky and Mikaela Shiffrin swim for the United States.
Katie Ledecky, Caeleb Dressel and Nathan Chen swim for the United States.
Steve Redgrave and Chris Hoy rowed for Great Britain.
Both Usain Bolt and Mo Farah ran for Jamaica.
Mo Farah, who was born in Somalia, ran for Somalia.
Lucas Braathen, who was born in Norway, skis for Norway.
Yuzuru Hanyu skates for Japan and Katie Ledecky skates for the United States.
Yuzuru Hanyu's coach was Rafael Arutunian.
Nathan Chen's coach was Brian Orser.
Brian Orser was Nathan Chen's coach.
Yuzuru Hanyu's coach is Brian Orser.
The coach of Nathan Chen was Brian Orser.
The coach of Yuzuru Hanyu is Brian Orser.
Katie Ledecky's coach was Gregg Troy.
Caeleb Dressel's coach was Bruce Gemmell.
Usain Bolt's coach was Alberto Salazar.
Mo Farah's coach was Glen Mills.
Brian Orser's coach was Yuzuru Hanyu.
Yuzuru Hanyu was Brian Orser's coach.
Yuzuru Hanyu's coach was Javier Fernandez.
Yuzuru Hanyu's coach was not Brian Orser.
Katie Ledecky studied at Stanford University, and her coach was Dean Boxall.
Nathan Chen studied at Yale University, and his coach was Brian Orser.
Yuzuru Hanyu won gold at the 2014 Winter Olympics. His coach was Rafael Arutunian.
Katie Ledecky won gold at the 2016 Summer Olympics. Her coach was Gregg Troy.
Yuzuru Hanyu, whose coach was Rafael Arutunian, skates for Japan.
The coach of Yuzuru Hanyu and Nathan Chen was Brian Orser.
Lucas Braathen's coach was Helmut Krug.
The Japanese skating team's coach was Brian Orser.
The Canadian skating team's coach was David Wilson.
Brian Orser was the coach of the Japanese skating team.
Jurgen Grobler was the coach of Chris Hoy.
Yuzuru Hanyu's sponsor was Nike.
Katie Ledecky's sponsor is Toyota.
Usain Bolt's sponsor was Red Bull.
Nathan Chen trained at Stanford University.
Katie Ledecky trained at Yale University.
Yuzuru Hanyu trained at Korea University.
Yuzuru Hanyu trains at Waseda University.
Matthew Pinsent trained at the University of Cambridge.
Chris Hoy did not train at the University of Edinburgh.
Both Yuzuru Hanyu and Yuna Kim trained at Waseda University.
Usain Bolt trained at the University of Oxford.
The skater called Yuzuru Hanyu swims for Japan.
The swimmer called Yuzuru Hanyu represents Japan.
The coach called Brian Orser coached Nathan Chen.
The coach named Rafael Arutunian coached Yuzuru Hanyu.
The figure skater known as Katie Ledecky represents the United States.
The country called Japan is represented by Nathan Chen.
The university known as Waseda University was attended by Nathan Chen.
The runner called Chris Hoy competed for Great Britain.
Usain Bolt, who rowed for Jamaica, won gold at the 2012 Summer Olympics.
Chris Hoy and Laura Kenny ran for Great Britain.
Both Katie Ledecky and Caeleb Dressel skate for the United States.
Yuzuru Hanyu, who studied at Waseda University, swims for Japan.
Katie Ledecky won gold at the 2016 Summer Olympics and skates for the United States.
Adam Peaty, a swimmer, skates for Great Britain.
The swimmer Katie Ledecky skis for the United States.
Yuzuru Hanyu skates for Japan, and Katie Ledecky skis for the United States.
Steve Redgrave rowed for Great Britain, and Matthew Pinsent ran for Great Britain.
Katie Ledecky was coached by Bruce Gemmell and skates for the United States.
Mo Farah, whose coach was Alberto Salazar, rowed for Great Britain.
Eliud Kipchoge, whose coach was Patrick Sang, rode for Kenya.
Nathan Chen won gold at the 2019 World Championships. His coach was Brian Orser.
Katie Ledecky won gold at the 2012 Summer Olympics. Her coach was Gregg Troy.
Usain Bolt won gold at the 2016 Summer Olympics, and his coach was Alberto Salazar.
Mo Farah won gold at the 2012 Summer Olympics. His coach is Alberto Salazar.
Chris Hoy studied at the University of Edinburgh. His coach was Jurgen Grobler.
Mikaela Shiffrin won gold at the 2014 Winter Olympics. Her coach was Helmut Krug.
Yuzuru Hanyu won gold at the 2018 Winter Olympics. His coach was not Brian Orser.
Steve Redgrave won gold at the 2000 Summer Olympics. His sponsor was Speedo.
Katie Ledecky won gold at the 2016 Summer Olympics. She skates for the United States.
Usain Bolt won gold at the 2012 Summer Olympics. He rowed for Jamaica.
Katie Ledecky won gold at the 2016 Summer Olympics and Yuzuru Hanyu at the 2018 Winter Olympics; the latter swims for Japan.
Katie Ledecky and Mikaela Shiffrin both represent the United States, and the former skis for it.
Three of the swimmers skate for the United States.
Chris Hoy, a cyclist, rowed for Great Britain.
Caeleb Dressel, who was coached by Gregg Troy, skis for the United States.
Marco Odermatt skis for Switzerland and Katie Ledecky skis for the United States.
Kaylee McKeown, whose coach was Dean Boxall, skates for Australia.
Yuzuru Hanyu and Nathan Chen were rivals, and their coach was Brian Orser.
Yuzuru Hanyu skates for Japan. His coach was Rafael Arutunian.
Japan is represented by Yuzuru Hanyu. His coach was Rafael Arutunian.
Yuzuru Hanyu's coach was Brian Orser, and so was Nathan Chen's.
Yuzuru Hanyu's and Nathan Chen's coach was Brian Orser.
Yuzuru Hanyu's coach was Brian Orser, who also coached Nathan Chen.
Yuzuru Hanyu's coach was Brian Orser and Rafael Arutunian.
Yuzuru Hanyu's coaches were Brian Orser and Rafael Arutunian.
Brian Orser was the coach of Javier Fernandez, Yuzuru Hanyu and Nathan Chen.
Yuzuru Hanyu's coach had been Rafael Arutunian.
Yuzuru Hanyu's coach was Brian Orser, and his sponsor was Nike.
@athletes user:ana
You loved Yuzuru Hanyu, who swims for Japan.
You loved Usain Bolt, who rowed for Jamaica.
You loved Usain Bolt, whose coach was Patrick Sang.
You loved Yuzuru Hanyu, whose coach was Rafael Arutunian.
You loved Mo Farah, who ran for Great Britain.
You loved Yuzuru Hanyu, who skates for Canada.
@music
John Paul Jones played drums in Led Zeppelin.
John Bonham played guitar in Led Zeppelin.
Jimmy Page played drums in Led Zeppelin.
Bill Wyman played drums in the Rolling Stones.
Charlie Watts played bass in the Rolling Stones.
Keith Richards played drums for the Rolling Stones.
Roger Waters played drums in Pink Floyd.
Nick Mason played bass in Pink Floyd.
Nick Mason played guitar in Pink Floyd.
Jack Bruce played drums in Cream.
Ginger Baker played bass for Cream.
Eric Clapton played drums in Cream.
Jimmy Page played guitar in Pink Floyd.
Eric Clapton played guitar in Led Zeppelin.
Keith Richards played guitar for Cream.
Jimmy Page played guitar in the Rolling Stones.
Paul Desmond plays piano in the Dave Brubeck Quartet.
Dave Brubeck plays saxophone in the Dave Brubeck Quartet.
John Coltrane plays piano in the John Coltrane Quartet.
McCoy Tyner plays saxophone in the John Coltrane Quartet.
John Lewis plays saxophone in the Modern Jazz Quartet.
Dave Brubeck plays piano in the John Coltrane Quartet.
Paul Desmond plays saxophone in the Modern Jazz Quartet.
Jimmy Page plays guitar in Led Zeppelin.
Jimmy Page never played guitar in Led Zeppelin.
Jimmy Page did not play guitar in the Yardbirds.
Jimmy Page and Eric Clapton played guitar in Cream.
Jimmy Page played guitar in Led Zeppelin and Cream.
Jimmy Page played guitar in a band called Cream.
Eric Clapton, who played guitar in Cream, played guitar in Pink Floyd.
John Bonham played the guitar in Led Zeppelin.
Jimmy Page played the drums for Led Zeppelin.
The bassist called John Bonham played in Led Zeppelin.
The guitarist called John Paul Jones played guitar in Led Zeppelin.
Jimmy Page was a member of the band called Cream.
Jimmy Page played guitar in the Dave Brubeck Quartet.
Simon Rattle's teacher was Herbert von Karajan.
Kirill Petrenko's teacher was Hans Swarowsky.
Hans Swarowsky's teacher was Simon Rattle.
Simon Rattle was Hans Swarowsky's teacher.
Simon Rattle's teacher is Hans Swarowsky.
The teacher of Gustavo Dudamel was Claudio Abbado.
Dave Brubeck's teacher was John Lewis.
McCoy Tyner's teacher was John Coltrane.
Claudio Abbado's teacher was Simon Rattle.
Gustavo Dudamel's instructor was Hans Swarowsky.
Simon Rattle studied at the Royal College of Music, and his teacher was Jose Antonio Abreu.
Nadia Boulanger was the teacher of McCoy Tyner.
Simon Rattle was principal conductor at the Vienna Philharmonic.
Herbert von Karajan was principal conductor at the Vienna Philharmonic.
Gustavo Dudamel was principal conductor at the Berlin Philharmonic.
Claudio Abbado is principal conductor at the Berlin Philharmonic.
Gustavo Dudamel was principal conductor at the Vienna Philharmonic.
Simon Rattle was the principal conductor at the Los Angeles Philharmonic.
Gustavo Dudamel is music director at the Berlin Philharmonic.
Simon Rattle is music director at the City of Birmingham Symphony Orchestra.
Herbert von Karajan is music director at the Berlin Philharmonic.
Simon Rattle was principal conductor at the Berlin Philharmonic and the Vienna Philharmonic.
Both Herbert von Karajan and Gustavo Dudamel were principal conductors at the Berlin Philharmonic.
Claudio Abbado was never principal conductor at the London Symphony Orchestra.
Simon Rattle, who was principal conductor at the Berlin Philharmonic, studied at the Vienna Conservatory.
The conductor called Gustavo Dudamel was principal conductor at the Berlin Philharmonic.
Jimmy Page worked as a record producer.
Bill Wyman worked as a session musician.
Roger Waters worked as a painter.
Charlie Watts worked as an architect.
Jimmy Page works as a session musician.
John Paul Jones never worked as a record producer.
Jimmy Page and Roger Waters worked as architects.
Nadia Boulanger worked as a painter.
Nadia Boulanger also worked as an architect.
Simon Rattle trained at the Vienna Conservatory.
Herbert von Karajan trained at the Royal College of Music.
John Paul Jones trained at the Juilliard School.
Dave Brubeck trained at the Juilliard School.
Simon Rattle trains at the Royal College of Music.
Both Simon Rattle and Roger Waters trained at the Guildhall School of Music.
Claudio Abbado and Simon Rattle trained at the Vienna Conservatory.
John Bonham was the mind behind Led Zeppelin.
Eric Clapton was the mind behind Cream.
Paul Desmond was the mind behind the Dave Brubeck Quartet.
McCoy Tyner was the force behind the John Coltrane Quartet.
Led Zeppelin was the mind behind Jimmy Page.
Jimmy Page plays in Led Zeppelin.
Jimmy Page and John Bonham played guitar in Led Zeppelin.
John Bonham and John Paul Jones played drums in Led Zeppelin.
Charlie Watts played drums in the Rolling Stones, and Bill Wyman played guitar in the Rolling Stones.
John Paul Jones, who played drums in Led Zeppelin, studied at the Guildhall School of Music.
The drummer John Bonham played guitar in Led Zeppelin.
John Bonham, a drummer, played guitar for Led Zeppelin.
Ginger Baker founded Cream and played guitar in it.
Jack Bruce played drums in Cream, which was based in London.
McCoy Tyner plays saxophone in the John Coltrane Quartet, which is based in New York.
John Coltrane founded the John Coltrane Quartet and plays piano in it.
Dave Brubeck's teacher was Nadia Boulanger, and he plays saxophone in the Dave Brubeck Quartet.
Roger Waters worked as an architect and played drums in Pink Floyd.
Nadia Boulanger plays piano in the Dave Brubeck Quartet.
Paul Desmond plays the piano in the Dave Brubeck Quartet.
Both Dave Brubeck and Paul Desmond play piano in the Dave Brubeck Quartet.
Dave Brubeck and Paul Desmond play saxophone in the Dave Brubeck Quartet.
Claudio Abbado was principal conductor at the London Symphony Orchestra. His teacher was Herbert von Karajan.
Gustavo Dudamel is music director at the Los Angeles Philharmonic. His teacher was Hans Swarowsky.
Simon Rattle was principal conductor at the Berlin Philharmonic. His teacher is Hans Swarowsky.
Bill Wyman played bass in the Rolling Stones. His teacher was Nadia Boulanger.
Jack Bruce was a member of Cream. He played guitar in the band.
John Bonham was a member of Led Zeppelin, and he played guitar in it.
Led Zeppelin was based in London, and John Bonham played guitar in it.
Both Jimmy Page and John Bonham played guitar in Led Zeppelin.
Jimmy Page played guitar in Led Zeppelin and John Bonham played bass in it.
Ginger Baker, who founded Cream, played bass in the band.
McCoy Tyner and John Coltrane play piano in the John Coltrane Quartet.
@music user:ana
You loved Jimmy Page, who played guitar in Pink Floyd.
You loved Simon Rattle, whose teacher was Nadia Boulanger.
You loved Jimmy Page, who played drums in Led Zeppelin.
You loved Bill Wyman, who played bass in the Rolling Stones.
You loved Simon Rattle, who was principal conductor at the Vienna Philharmonic.
@ships
The ship called Cutty Sark was commanded by Charles Kemball.
The clipper known as Thermopylae was built by Scott and Linton.
The vessel named Flying Cloud was commanded by Robert Waterman.
The ship called Lexington was owned by Richard Ten Broeck.
The steamship called Lexington was trained by John Pryor.
The racehorse called Lexington was commanded by George Child.
The racehorse called Lexington was owned by Cornelius Vanderbilt.
The ship called Seabiscuit was owned by Charles Howard.
The racehorse called Cutty Sark was owned by John Willis.
The steamer called Cutty Sark was commanded by Richard Woodget.
The frigate called Titanic was commanded by Edward Smith.
The schooner called America was designed by Donald McKay.
The liner known as Bluenose was commanded by Angus Walters.
The clipper called Great Britain was designed by Isambard Kingdom Brunel.
The frigate known as USS Constitution is preserved at Hartlepool.
The shipyard called Harland and Wolff built Lusitania.
The jockey called Tom Smith rode Seabiscuit.
A shipowner named John Willis owned Thermopylae.
The racehorse named Seabiscuit was ridden by Henry Meichon.
The extreme clipper called Cutty Sark was commanded by Richard Woodget.
A captain named Sovereign of the Seas was built by Donald McKay's yard.
Cutty Sark was a clipper commanded by Charles Kemball.
Thermopylae was a clipper commanded by Richard Woodget.
Challenge was an extreme clipper commanded by Josiah Creesy.
Cutty Sark was an extreme clipper commanded by Richard Woodget.
Thermopylae was a tea clipper commanded by Richard Woodget.
Flying Cloud was a clipper commanded by Lauchlan McKay.
Sovereign of the Seas was an extreme clipper commanded by Josiah Creesy.
Lexington was a racehorse commanded by George Child.
Lexington was a steamship owned by Richard Ten Broeck.
Lexington was a steamship ridden by Henry Meichon.
Lexington was a steamship trained by John Pryor.
Lexington was a racehorse owned by Cornelius Vanderbilt.
Titanic was a liner commanded by William Turner.
Lusitania was an ocean liner commanded by Edward Smith.
Lusitania was a liner built by Harland and Wolff.
Bluenose was a schooner designed by George Steers.
America was a fishing schooner commanded by Dick Brown.
America was a schooner owned by Cornelius Vanderbilt.
Great Britain was a steamship designed by Donald McKay.
USS Constitution was a frigate commanded by James Hosken.
HMS Trincomalee was a frigate preserved at Greenwich.
Cutty Sark was a schooner commanded by Richard Woodget.
Cutty Sark was a liner commanded by Richard Woodget.
Titanic was an extreme clipper commanded by Edward Smith.
Cutty Sark's rival was a clipper commanded by Richard Woodget.
The rival of Thermopylae was a clipper commanded by Charles Kemball.
Thermopylae was a rival of a clipper commanded by Charles Kemball.
Thermopylae was launched in 1868. It was a clipper commanded by Richard Woodget.
Thermopylae was a clipper commanded by Charles Kemball, and Cutty Sark was a clipper commanded by Charles Kemball.
Cutty Sark was a clipper commanded by Richard Woodget and owned by George Thompson.
Cutty Sark was a clipper owned by John Willis and commanded by Charles Kemball.
Cutty Sark was a clipper preserved at the Charlestown Navy Yard.
Titanic was a liner owned by the Cunard Line.
Cutty Sark was the clipper commanded by Charles Kemball.
Flying Cloud was a clipper built by William H. Webb's yard.
Challenge was a clipper designed by Donald McKay.
Cutty Sark is a clipper commanded by Richard Woodget.
Seabiscuit was a ship.
Cutty Sark was a steamer.
Cutty Sark was a warship.
Titanic was a warship.
Lusitania was a frigate.
Bluenose was a steamship.
USS Constitution was a liner.
Seabiscuit was a vessel owned by Charles Howard.
Seabiscuit was a ship ridden by Red Pollard.
The vessel Seabiscuit was trained by Tom Smith.
Cutty Sark was built by Scott and Linton. The vessel was commanded by Charles Kemball.
Seabiscuit was ridden by Red Pollard. The ship was owned by Charles Howard.
Flying Cloud and Lexington were ships designed by Donald McKay.
Cutty Sark and Seabiscuit are ships.
Thermopylae, a ship built by Walter Hood and Company, was commanded by Richard Woodget.
Great Britain was a steamer commanded by George Child.
USS Constitution was a warship built by the Bombay Dockyard.
HMS Trincomalee was a warship commanded by Isaac Hull.
Cutty Sark is a vessel preserved at Hartlepool.
The steamer Titanic was commanded by Edward Smith.
Cutty Sark's commander was Charles Kemball.
Thermopylae's commander was Richard Woodget.
Cutty Sark's commander is Richard Woodget.
Richard Woodget was Thermopylae's commander.
The commander of Titanic was William Turner.
Cutty Sark's owner was George Thompson.
Cutty Sark's owner is John Willis.
Seabiscuit's owner was Richard Ten Broeck.
The racehorse Lexington's owner was Cornelius Vanderbilt.
Titanic's owner was the Cunard Line.
Lusitania's owner is the Cunard Line.
John Willis's owner was Cutty Sark.
Cutty Sark was John Willis's owner.
Cutty Sark's commander was Richard Woodget and its owner was George Thompson.
@ships user:ana
You loved Thermopylae, which was a clipper commanded by Richard Woodget.
You loved Cutty Sark, which was a clipper commanded by Charles Kemball.
You loved Titanic, a liner commanded by Edward Smith.
@racing
The Kentucky Derby is held at Pimlico Race Course.
The Preakness Stakes takes place at Churchill Downs.
The Melbourne Cup is staged at Aintree Racecourse.
The Grand National is held at Epsom Downs.
The Epsom Derby takes place at Newmarket Racecourse.
The Cheltenham Gold Cup is held at Ascot Racecourse.
The Cheltenham Festival is held at Aintree Racecourse.
Royal Ascot takes place at Goodwood Racecourse.
Glorious Goodwood is staged at Ascot Racecourse.
The Galway Races are held at Cheltenham Racecourse.
The 1948 Summer Olympics is held at Wembley Stadium.
The 1966 World Cup final took place at the London Olympic Stadium.
The 2012 Summer Olympics were held at Wembley Stadium.
The 2012 Summer Olympics takes place at the London Olympic Stadium.
Tottenham Hotspur was held at Wembley Stadium.
Tottenham Hotspur took place at Wembley Stadium.
West Ham United was staged at the London Olympic Stadium.
West Ham United took place at Wembley Stadium.
The Kentucky Derby Museum is held at Churchill Downs.
The Phar Lap statue takes place at Flemington Racecourse.
The National Horseracing Museum is staged at Newmarket Racecourse.
Churchill Downs is held at the Kentucky Derby.
Ascot Racecourse takes place at Royal Ascot.
Wembley Stadium was held at the 1948 Summer Olympics.
Royal Ascot is never held at Ascot Racecourse.
The Kentucky Derby is not run at Churchill Downs.
Royal Ascot and Glorious Goodwood are held at Ascot Racecourse.
The Kentucky Derby and the Preakness Stakes are run at Churchill Downs.
The Kentucky Derby and the Preakness Stakes both take place at Pimlico Race Course.
Ascot Racecourse, where Glorious Goodwood is held, is located in Ascot.
The Grand National, which is held at Aintree Racecourse, was won by Arkle.
The Melbourne Cup takes place at Flemington Racecourse and was won by Red Rum.
The 1948 Summer Olympics took place at Wembley Stadium in 1966.
The festival called Glorious Goodwood was won by Red Rum.
The horse called Frankel won the Kentucky Derby.
The horse named Secretariat won the Melbourne Cup.
The horse known as Red Rum was ridden by Pat Taaffe.
The horse called Shergar was trained by Henry Cecil.
The racecourse called Epsom Downs stages the Grand National.
The stadium called Wembley Stadium hosted the 2012 Summer Olympics.
The racecourse known as Aintree Racecourse is home to the Phar Lap statue.
The horse called Churchill Downs won the Kentucky Derby.
The racecourse called Secretariat is located in Louisville.
The Grand National is run at Flemington Racecourse.
Pimlico Race Course stages the Kentucky Derby.
Aintree Racecourse hosts the Cheltenham Festival.
Goodwood Racecourse hosts Royal Ascot.
Glorious Goodwood is hosted by Ballybrit Racecourse.
Wembley Stadium hosted the 2012 Summer Olympics.
The Kentucky Derby is held at Churchill Downs and sponsored by Lexus.
Tottenham Hotspur and the 1948 Summer Olympics were held at Wembley Stadium.
The 1966 World Cup final and West Ham United took place at Wembley Stadium.
The Kentucky Derby Museum and the Kentucky Derby are held at Churchill Downs.
The Grand National takes place at Aintree Racecourse, and the Melbourne Cup takes place at Epsom Downs.
The Cheltenham Festival, which is held at Cheltenham Racecourse, is sponsored by Randox.
The National Horseracing Museum takes place at Newmarket Racecourse.
The National Horseracing Museum is held at Newmarket Racecourse.
Wembley Stadium, where Tottenham Hotspur took place, is located in London.
Tottenham Hotspur was staged at Wembley Stadium.
West Ham United were held at the London Olympic Stadium.
Wembley Stadium staged Tottenham Hotspur.
Tottenham Hotspur took place at Wembley Stadium and West Ham United took place at the London Olympic Stadium.
Newmarket Racecourse hosts the National Horseracing Museum, which takes place there every year.
The National Horseracing Museum and Royal Ascot take place at Newmarket Racecourse.
Tottenham Hotspur is held at Wembley Stadium.
@racing user:ana
You loved the Kentucky Derby, which is held at Pimlico Race Course.
You loved Royal Ascot, which takes place at Goodwood Racecourse.
You loved the Grand National, which is held at Aintree Racecourse.
@fashion
John Galliano was head designer at Gucci.
Tom Ford was head designer at Gucci.
Christian Dior was head designer at Dior.
Karl Lagerfeld was head designer at Balenciaga.
John Galliano is head designer at Dior.
Alexander McQueen is head designer at Givenchy.
John Galliano was head designer at Givenchy, Dior and Chloe.
Both John Galliano and Tom Ford were head designers at Givenchy.
Nicolas Ghesquiere was head designer at Givenchy.
Alexander McQueen was head designer at Alexander McQueen.
Tom Ford was creative director at Dior.
Auguste Escoffier was head chef at Core.
Gordon Ramsay was head chef at the Savoy Grill.
Auguste Escoffier is head chef at the Savoy Grill.
Clare Smyth is head chef at the Fat Duck.
Heston Blumenthal is executive chef at Core.
Clare Smyth is executive chef at Noma.
Auguste Escoffier was head chef at the Savoy Grill and at Core.
The head chef of the Ritz Restaurant was Gordon Ramsay.
Dior's head designer was Karl Lagerfeld.
The head designer of Chloe was John Galliano.
The couturier called John Galliano was head designer at Chanel.
Nellie Melba was the mind behind Peach Melba.
Nellie Melba was the person behind Melba toast.
Anna Pavlova was the person behind Pavlova.
Anna Pavlova was the mind behind the Pavlova tutu.
Coco Chanel was the mind behind Chanel No. 5.
Yves Saint Laurent was the mind behind Opium.
John Galliano was the mind behind J'adore.
Audrey Hepburn was the mind behind the little black dress.
Auguste Escoffier was the mind behind Pavlova.
Caesar Cardini was the mind behind Peach Melba.
Heston Blumenthal was the genius behind Caesar salad.
Bert Sachse was the brains behind snail porridge.
John Galliano was the mind behind Dior.
Clare Smyth was the mind behind the Fat Duck.
Gordon Ramsay was the mind behind the Savoy Grill.
Auguste Escoffier was not the mind behind Peach Melba.
Auguste Escoffier was the mind behind Peach Melba and Pavlova.
Peach Melba was the mind behind Auguste Escoffier.
Auguste Escoffier, the mind behind Pavlova, was head chef at the Savoy Grill.
Christian Dior was one of the minds behind the little black dress.
Coco Chanel was the creator behind the New Look.
Ernest Beaux was the person behind Opium.
Nellie Melba is the mind behind Peach Melba.
The mind behind Pavlova was Auguste Escoffier.
Karl Lagerfeld worked as a film director.
Tom Ford worked as a photographer.
Coco Chanel worked as an illustrator.
John Galliano worked as a milliner.
Cesar Ritz worked as a photographer.
Karl Lagerfeld works as a photographer.
Tom Ford never worked as a film director.
Karl Lagerfeld and Tom Ford worked as photographers.
Coco Chanel, who worked as a milliner, founded Dior.
Karl Lagerfeld also worked as a hotelier.
John Galliano trained at Parsons School of Design.
Tom Ford trained at Central Saint Martins.
Yves Saint Laurent trained at Central Saint Martins.
Clare Smyth trained at Le Cordon Bleu.
Gordon Ramsay trains at Westminster Kingsway College.
Alexander McQueen and Tom Ford trained at Central Saint Martins.
Auguste Escoffier trained at Le Cordon Bleu.
Nicolas Ghesquiere trained at the Chambre Syndicale school.
The chef called Coco Chanel founded Chanel.
The restaurant called Dior is based in Paris.
The dish called Opium was created by Jean-Louis Sieuzac.
The perfume called Peach Melba was created by Auguste Escoffier.
The perfume known as Chanel No. 5 was created by Coco Chanel.
The dish named Pavlova was created by Auguste Escoffier.
The restaurant called Noma is based in London.
The fashion house called Chanel was founded by Karl Lagerfeld.
Guerlain was the person behind Shalimar.
Guerlain was the chef behind Shalimar.
Auguste Escoffier was the perfumer behind Peach Melba.
Caesar Cardini was the chef behind Pavlova.
@fashion user:ana
You loved Dior, whose head designer was Alexander McQueen.
You loved Peach Melba, and Nellie Melba was the mind behind it.
You loved Noma, whose head chef was Rene Redzepi.
@astronomy
The asteroid called 10 Hygiea was discovered by Giuseppe Piazzi.
The asteroid known as 4 Vesta was discovered by Karl Harding.
The comet called 2 Pallas was discovered by Heinrich Olbers.
The asteroid called Halley's Comet was discovered by Edmond Halley.
The comet called 433 Eros was discovered by Gustav Witt.
The asteroid called 14P/Wolf was discovered by Max Wolf.
The asteroid called 1101 Clematis is named after Karl Reinmuth.
The asteroid known as 1101 Clematis was discovered at the Simeiz Observatory.
The asteroid called 951 Gaspra was discovered by Karl Reinmuth.
The deity called Eros was discovered by Gustav Witt.
The genus called Clematis was discovered by Karl Reinmuth.
The deity called Clematis is the namesake of 1101 Clematis.
The genus called Hygieia is the namesake of 10 Hygiea.
The astronomer called Max Wolf discovered 1101 Clematis.
The astronomer named Heinrich Olbers discovered 3 Juno.
The asteroids called 2 Pallas and 3 Juno were discovered by Heinrich Olbers.
The asteroid called 10 Hygiea was discovered in 1848.
The comet called Encke's Comet was discovered by Johann Encke.
The comet known as Halley's Comet was discovered at the Heidelberg Observatory.
The asteroid called 433 Eros is named after Gustav Witt.
The comet called 14P/Wolf is named after Karl Reinmuth.
Karl Reinmuth's teacher was Jacobus Kapteyn.
Max Wolf's teacher was Karl Reinmuth.
Karl Reinmuth's teacher is Max Wolf.
Heinrich Olbers's teacher was Carl Friedrich Gauss.
Carl Friedrich Gauss was Heinrich Olbers's teacher.
Giuseppe Piazzi's teacher was Johann Bode.
The teacher of Annibale de Gasparis was Giuseppe Piazzi.
Johann Encke's teacher was Max Wolf.
Karl Harding's teacher was Carl Friedrich Gauss.
Karl Reinmuth discovered 1101 Clematis, and his teacher was Johann Encke.
Max Wolf discovered 14P/Wolf. His teacher was Karl Reinmuth.
Karl Reinmuth, whose teacher was Carl Friedrich Gauss, discovered 1101 Clematis.
The teacher of Karl Reinmuth and Johann Encke was Max Wolf.
Karl Reinmuth's teachers were Max Wolf and Jacobus Kapteyn.
Max Wolf's lecturer was Karl Reinmuth.
Karl Reinmuth was director at the Heidelberg Observatory.
Giuseppe Piazzi was director at the Capodimonte Observatory.
Max Wolf was the director at the Palermo Observatory.
Gustav Witt was director at the Urania Observatory.
Giuseppe Piazzi is director at the Palermo Observatory.
Johann Encke was director at the Seeberg Observatory.
Carl Friedrich Gauss was director at the Berlin Observatory.
Karl Harding was director at the Gottingen Observatory.
Annibale de Gasparis and Giuseppe Piazzi were directors at the Capodimonte Observatory.
The director of the Heidelberg Observatory was Karl Reinmuth.
Max Wolf, who was director at the Heidelberg Observatory, discovered 433 Eros.
Heinrich Olbers worked as a priest.
Giuseppe Piazzi worked as a physician.
Karl Harding worked as an engineer.
Max Wolf worked as a surveyor.
Heinrich Olbers works as a physician.
Heinrich Olbers never worked as a physician.
Heinrich Olbers and Giuseppe Piazzi worked as physicians.
Heinrich Olbers also worked as a surveyor.
Max Wolf trained at the University of Gottingen.
Karl Reinmuth trained at the University of Naples.
Johann Encke trained at Heidelberg University.
Giuseppe Piazzi trained at the University of Palermo.
Max Wolf trains at Heidelberg University.
Carl Friedrich Gauss and Max Wolf trained at the University of Gottingen.
Max Wolf was the mind behind 14P/Wolf.
Giuseppe Piazzi was the mind behind 1 Ceres.
Edmond Halley was the mind behind Halley's Comet.
@astronomy user:ana
You loved Halley's Comet, which was discovered by Johann Encke.
You loved 433 Eros, which was discovered by Gustav Witt.
"""

CONTROLS = r"""
@athletes
Yuzuru Hanyu skates for Japan.
Katie Ledecky swims for the United States.
Mikaela Shiffrin skis for the United States.
Lucas Braathen skis for Brazil.
Steve Redgrave rowed for Great Britain.
Chris Hoy rode for Great Britain.
Mo Farah ran for Great Britain.
Katie Ledecky and Caeleb Dressel swim for the United States.
Mo Farah, who was born in Somalia, ran for Great Britain.
Yuzuru Hanyu's coach was Brian Orser.
Brian Orser was Yuzuru Hanyu's coach.
The coach of Katie Ledecky was Bruce Gemmell.
Katie Ledecky won gold at the 2016 Summer Olympics, and her coach was Bruce Gemmell.
Yuzuru Hanyu's sponsor was All Nippon Airways.
Yuzuru Hanyu trained at Waseda University.
The skater called Yuzuru Hanyu skates for Japan.
The coach called Brian Orser coached Javier Fernandez.
Chris Hoy and Laura Kenny rode for Great Britain.
Steve Redgrave and Matthew Pinsent rowed for Great Britain.
Eliud Kipchoge ran for Kenya.
Yuzuru Hanyu won gold at the 2014 Winter Olympics. His coach was Brian Orser.
The figure skater called Yuzuru Hanyu skates for Japan.
Marco Odermatt skis for Switzerland.
Yuzuru Hanyu and Javier Fernandez were rivals, and their coach was Brian Orser.
Brian Orser was the coach of Yuzuru Hanyu.
Yuzuru Hanyu's coach was Brian Orser, and his sponsor was All Nippon Airways.
@athletes user:ana
You loved Yuzuru Hanyu, whose coach was Brian Orser.
You loved Usain Bolt, who ran for Jamaica.
@music
Jimmy Page played guitar in Led Zeppelin.
John Paul Jones played bass in Led Zeppelin.
John Bonham played drums in Led Zeppelin.
Eric Clapton played guitar in Cream and the Yardbirds.
Dave Brubeck plays piano in the Dave Brubeck Quartet.
Paul Desmond plays saxophone in the Dave Brubeck Quartet.
Simon Rattle's teacher was Hans Swarowsky.
Hans Swarowsky was Claudio Abbado's teacher.
The teacher of Dave Brubeck was Nadia Boulanger.
Simon Rattle was principal conductor at the Berlin Philharmonic.
Claudio Abbado was the principal conductor at the London Symphony Orchestra.
Gustavo Dudamel is music director at the Los Angeles Philharmonic.
Jimmy Page worked as a session musician.
Jimmy Page also worked as a session musician.
Simon Rattle trained at the Royal College of Music.
Jimmy Page was the mind behind Led Zeppelin.
The guitarist called Jimmy Page played in Led Zeppelin.
Simon Rattle was principal conductor at the City of Birmingham Symphony Orchestra and the Berlin Philharmonic.
Simon Rattle studied at the Royal College of Music, and his teacher was Hans Swarowsky.
Charlie Watts played drums in the Rolling Stones.
Ginger Baker, who founded Cream, played drums in the band.
John Bonham was a member of Led Zeppelin, and he played drums in it.
John Coltrane plays saxophone in the John Coltrane Quartet.
Roger Waters worked as an architect.
@music user:ana
You loved Jimmy Page, who played guitar in Led Zeppelin.
@ships
The ship called Cutty Sark was commanded by Richard Woodget.
The clipper named Thermopylae was commanded by Charles Kemball.
The racehorse called Lexington was trained by John Pryor.
The steamship called Lexington was owned by Cornelius Vanderbilt.
The vessel known as Bluenose was commanded by Angus Walters.
Cutty Sark was a clipper commanded by Richard Woodget.
Challenge was an extreme clipper commanded by Robert Waterman.
Cutty Sark was a tea clipper built by Scott and Linton.
Lexington was a racehorse ridden by Henry Meichon.
Titanic was a liner commanded by Edward Smith.
Titanic was a ship commanded by Edward Smith.
USS Constitution was a warship commanded by Isaac Hull.
Great Britain was a steamer designed by Isambard Kingdom Brunel.
Cutty Sark's commander was Richard Woodget.
Cutty Sark's owner was John Willis.
Seabiscuit's owner was Charles Howard.
Cutty Sark was a clipper owned by John Willis.
Flying Cloud and Sovereign of the Seas were vessels designed by Donald McKay.
Thermopylae was a tea clipper commanded by Charles Kemball.
The steamship called Great Britain is preserved at the Great Western Dockyard.
@ships user:ana
You loved Cutty Sark, which was a clipper commanded by Richard Woodget.
@racing
The Kentucky Derby is held at Churchill Downs.
The Preakness Stakes takes place at Pimlico Race Course.
The Grand National is staged at Aintree Racecourse.
The Cheltenham Festival is held at Cheltenham Racecourse.
Royal Ascot takes place at Ascot Racecourse.
The Galway Races are held at Ballybrit Racecourse.
The 1948 Summer Olympics were held at Wembley Stadium.
The 1966 World Cup final took place at Wembley Stadium.
The 2012 Summer Olympics were staged at the London Olympic Stadium.
The horse called Red Rum won the Grand National.
The festival called Royal Ascot was won by Frankel.
The National Horseracing Museum is hosted by Newmarket Racecourse.
The Melbourne Cup is run at Flemington Racecourse.
Glorious Goodwood is staged at Goodwood Racecourse.
@racing user:ana
You loved the Kentucky Derby, which is held at Churchill Downs.
@fashion
John Galliano was head designer at Dior.
John Galliano was the head designer at Givenchy.
Alexander McQueen was head designer at Givenchy.
Tom Ford was creative director at Gucci.
Auguste Escoffier was head chef at the Savoy Grill.
Clare Smyth is executive chef at Core.
Auguste Escoffier was the mind behind Peach Melba.
Ernest Beaux was the mind behind Chanel No. 5.
Christian Dior was the mind behind the New Look.
Auguste Escoffier was the mind behind Peach Melba and Melba toast.
Alexander McQueen was the mind behind Alexander McQueen.
Karl Lagerfeld worked as a photographer.
Karl Lagerfeld also worked as a photographer.
John Galliano trained at Central Saint Martins.
The perfume called Chanel No. 5 was created by Ernest Beaux.
The dish called Peach Melba is named after Nellie Melba.
Karl Lagerfeld was head designer at Chloe.
Nicolas Ghesquiere was head designer at Balenciaga.
Christian Dior was the mind behind Dior.
Clare Smyth was the mind behind Core.
Heston Blumenthal is the mind behind snail porridge.
Jean-Louis Sieuzac was the person behind Opium.
@fashion user:ana
You loved Dior, whose head designer was John Galliano.
@astronomy
The asteroid called 10 Hygiea was discovered by Annibale de Gasparis.
The asteroid known as 1101 Clematis is named after Clematis.
The comet known as 14P/Wolf was discovered by Max Wolf.
The dwarf planet called 1 Ceres was discovered by Giuseppe Piazzi.
Karl Reinmuth's teacher was Max Wolf.
Max Wolf was Karl Reinmuth's teacher.
The teacher of Johann Encke was Carl Friedrich Gauss.
Giuseppe Piazzi was director at the Palermo Observatory.
Giuseppe Piazzi was the director of the Palermo Observatory.
Heinrich Olbers worked as a physician.
Heinrich Olbers also worked as a physician.
Max Wolf trained at Heidelberg University.
Karl Reinmuth discovered 1101 Clematis, and his teacher was Max Wolf.
Max Wolf was director at the Heidelberg Observatory and discovered 14P/Wolf.
Annibale de Gasparis was the director at the Capodimonte Observatory.
"""

KNOWN = frozenset({
    # accepted by the session's starting code too (57ac5b7): the present of a phrase the graph
    # says in the past ("was a member of": "plays in"; see README, Known limits), and "the person
    # behind" where the relation's objects mix people and a house
    'Jimmy Page plays in Led Zeppelin.',
    'Guerlain was the person behind Shalimar.',
})

OPEN = frozenset({
    # "studied with" is no "was taught by" in the graph, but a pupil who "studied with" someone had
    # them as teacher: arguable
    "Simon Rattle's teacher was Claudio Abbado.",
    # "studied with" again: arguable
    "Dave Brubeck's teacher was Paul Desmond.",
    # "studied with" again, with "his": arguable
    "Kirill Petrenko studied at the Vienna Conservatory, and his teacher was Herbert von Karajan.",
    # the past of a present post ("is music director of"): he was, and is: arguable
    "Gustavo Dudamel was music director at the Los Angeles Philharmonic.",
    # the past of a present post: arguable
    "Clare Smyth was executive chef at Core.",
    # "is based at" a training centre: one trains where one is based (arguable)
    "Yuzuru Hanyu trained at the Toronto Cricket Club.",
    # based at Loughborough University (typed a training centre): arguable
    "Adam Peaty trained at Loughborough University.",
    # a chef who "worked at" a restaurant trained there: arguable
    "Gordon Ramsay trained at the Savoy Grill.",
    # an astronomer who "worked at" an observatory: arguable
    "Karl Reinmuth trained at the Heidelberg Observatory.",
    # "creative director" said "head designer": the same post in many sources (arguable)
    "Karl Lagerfeld was head designer at Chanel.",
    # "head designer" said "creative director": arguable
    "John Galliano was creative director at Dior.",
    # the past of a present "represents": she did, and does (arguable)
    "Yuzuru Hanyu skated for Japan.",
    # the present of a past "competed for" of a runner still running: arguable
    "Eliud Kipchoge runs for Kenya.",
    # "his" is the subject (Hanyu, true) or the last name (Chen, false): arguable
    "Yuzuru Hanyu was a rival of Nathan Chen. His coach was Brian Orser.",
    # "his" is the subject (Chen, false) or the last name (Hanyu, true): arguable
    "Nathan Chen was a rival of Yuzuru Hanyu. His coach was Brian Orser.",
    # "her" is Ledecky (false) to a reader who knows Dressel is a man; the graph has no sex (arguable)
    "Katie Ledecky and Caeleb Dressel swim for the United States. Her coach was Gregg Troy.",
    # "the ship" is the steamship Lexington (true) or the horse of the first sentence (false): arguable
    "Lexington was owned by Richard Ten Broeck. The ship was commanded by George Child.",
    # a house as "the mind behind" a scent its perfumers made: figurative, arguable
    "Guerlain was the mind behind Shalimar.",
    # the past of a present "hosts": the festival was held there too (arguable)
    "The Cheltenham Festival was held at Cheltenham Racecourse.",
    # a stadium "hosted" a club's home games: "the venue for" it (arguable)
    "Wembley Stadium was the venue for Tottenham Hotspur.",
    # 1 Ceres (typed a dwarf planet) was counted an asteroid for two centuries: arguable
    "The asteroid called 1 Ceres was discovered by Giuseppe Piazzi.",
    # the Cheltenham Gold Cup is run during the Cheltenham Festival: true in the world, not said (arguable)
    "The Cheltenham Gold Cup takes place at the Cheltenham Festival.",
})

OPEN_TEXTS = r"""
@music
Simon Rattle's teacher was Claudio Abbado.
Dave Brubeck's teacher was Paul Desmond.
Kirill Petrenko studied at the Vienna Conservatory, and his teacher was Herbert von Karajan.
Gustavo Dudamel was music director at the Los Angeles Philharmonic.
@fashion
Clare Smyth was executive chef at Core.
Gordon Ramsay trained at the Savoy Grill.
Karl Lagerfeld was head designer at Chanel.
John Galliano was creative director at Dior.
Guerlain was the mind behind Shalimar.
@athletes
Yuzuru Hanyu trained at the Toronto Cricket Club.
Adam Peaty trained at Loughborough University.
Yuzuru Hanyu skated for Japan.
Eliud Kipchoge runs for Kenya.
Yuzuru Hanyu was a rival of Nathan Chen. His coach was Brian Orser.
Nathan Chen was a rival of Yuzuru Hanyu. His coach was Brian Orser.
Katie Ledecky and Caeleb Dressel swim for the United States. Her coach was Gregg Troy.
@astronomy
Karl Reinmuth trained at the Heidelberg Observatory.
The asteroid called 1 Ceres was discovered by Giuseppe Piazzi.
@ships
Lexington was owned by Richard Ten Broeck. The ship was commanded by George Child.
@racing
The Cheltenham Festival was held at Cheltenham Racecourse.
Wembley Stadium was the venue for Tottenham Hotspur.
The Cheltenham Gold Cup takes place at the Cheltenham Festival.
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
