"""Red team round 171 on this round's new readings (CHANGES.diff): (1) recordings' performers as
makers, "is performed by" -> "is sung / recorded by"; (2) "has its N in" -> "its N is in", "the N
of X is in", "is headquartered / based in"; (3) "is a <kind> in" a place -> "is in / located /
situated in", the demonym and the possessive; (4) "A(n) N of X is Y"; (5) "was (first) published
/ released / unveiled in" -> "(first) came out / appeared in", "debuted in", "was first shown in";
(6) spin-offs; (7) "announced / unveiled" years of devices, "published / came out" of reference
works, "has been around / existed since"; (8) "compile", unveil -> present / introduce / show
off, succeed -> replace, describe -> document, air -> go out, the new type nouns; (9) item nouns
next to names; (10) "started out / life in", "began life in", "originated in"; (11) "the N on
X"; (13) film parts and makers ("The score for X came from Y", "did the editing on X", "came
out in 1975 through Y", "was at the helm of", "one of the producers behind X").

Six graphs of my own (see each builder's docstring): songs (singles, songs, albums and "hits"
with performers, writers, producers, guest vocalists, labels of type "record_label" with a seat,
a former seat and a founding city; a film, an album and a single all named Purple Rain; the album
and the band Weezer; performers in lower case: k.d. lang, will.i.am), orgs (sports bodies,
international bodies, companies, publishers with a seat, a former seat, a founding city, a
European headquarters, a registered office, offices; publishers typed "map_publisher",
"dictionary_publisher", "paper_company"; one-off conferences and concerts), places (exclaves,
embassies, exiles, invasive species, delicacies, bestsellers and show caves, each "is a <its own
type> in" a country, with the country it belongs to / represents / comes from beside it),
kitchen (dishes with main ingredients, ingredients, toppings, sides, creators, first-made cities;
chips typed "potato_chip" / "tortilla_chip"; food companies with only a former seat), screen
(films with screenplay, score, editing, cinematography, producers, distributors, and the novels
they share names with; sitcoms and a film spin-off; dictionaries, an encyclopedia, a thesaurus,
an atlas; comics characters), devices (consoles, phones, cameras, a car, a statue; trade shows as
items with the year each was held; a first country of release beside later ones).

Findings (144 of 554 false texts accepted; the starting code, CHANGES.diff reversed, accepts none
of them, but 8 others that are all rejected now, plus the 18 of KNOWN):

* (2) ``_seat_forms`` reads "had its headquarters in" (``_HAVE`` holds "had") as a seat now:
  "its headquarters are in", "X's headquarters are (located) in", "The headquarters of X are in",
  "The X headquarters are in", even "its headquarters are in" after a pronoun. Beside a current
  seat ("has its headquarters in") the former one is read as present: "The headquarters of UEFA
  are in Bern" (Nyon now), "The International Olympic Committee's headquarters are in Paris",
  "Interpol's headquarters are in Saint-Cloud", "DC Comics' headquarters are in New York City",
  "Penguin Books' headquarters are in Harmondsworth", "The headquarters of Island Records are in
  Kingston", "Warner Records' headquarters are in Burbank" (44 texts with the next point). Where
  the former seat is the graph's only seat relation, no other relation takes "headquarter", so it
  also reads "is headquartered / based in", "has its headquarters / seat in", "head / main office
  is in", "The seat of X is in": "PepsiCo is headquartered in New York City", "Frito-Lay is based
  in Dallas", "Kellanova has its seat in Battle Creek", "Doritos is made by Frito-Lay, which is
  headquartered in Dallas". (Meanwhile the true "Island Records is headquartered in London" is
  rejected where both relations exist: see the controls.)
* (3) ``kind_in_place`` takes every kind that is the subject's own type for where the subject
  comes from, but an exclave belongs to another country than the one around it, an embassy
  represents another country, a delicacy, a hit or a bestseller is prized, charts or sells in a
  country it does not come from: "Busingen am Hochrhein is a Swiss exclave" (German),
  "Switzerland's Busingen am Hochrhein", "The French exclave Llivia belongs to Spain", "Palazzo
  Farnese is an Italian embassy" (the French one), "Kopi luwak is a Japanese delicacy", "Kobe
  beef is an American delicacy"; and "is located / situated in" of things that are not there:
  "Kopi luwak is located in Japan", "Gangnam Style is located in the United Kingdom", "Perfume is
  located in the United States"; possessives: "The United Kingdom's Gangnam Style", "Japan's
  Dragostea Din Tei", "Spain's Despacito", "Germany's Sophie's World", "France's The Alchemist".
  Round 170's fix shut out words that are not the type's ("is a hit single in"), but a type
  named "hit", "delicacy", "bestseller", "exclave" or "embassy" says the same. 55 texts.
* (7) the year of an item is read as its announcement or unveiling (``_ANNOUNCED_KINDS``) even
  where the graph says it "was unveiled at" a trade show of an earlier year: "The PlayStation 3
  was announced in 2006" (unveiled at E3 2005), "The Fujifilm GFX 50S, unveiled at Photokina 2016,
  was announced in 2017", "Ken Kutaragi unveiled the PlayStation 3 in 2006". 9 texts.
* (7) the head noun "chip" makes potato and tortilla chips devices: "Pringles was announced in
  1968", "Doritos was unveiled in 1966", "Walkers, announced in 1948, is made by PepsiCo". 5 texts.
* (7) "has been around / existed / been in existence since" dates one-off events (a conference, a
  concert, one edition of a trade show: items whose year is the year they were held): "Live Aid
  has been around since 1985", "The Yalta Conference has existed since 1945", "E3 2005 has been
  around since 2005". 13 texts.
* (7) the new ``PUBLISHED_KINDS`` words ("map", "dictionary", "paper") date companies: "Rand
  McNally came out in 1856" (map_publisher), "Merriam-Webster was published in 1831"
  (dictionary_publisher), "International Paper came out in 1898" (paper_company). 6 texts.
  ("book", "comic", "record" did so before: KNOWN.)
* (5) "was unveiled in" reads "was first shown / presented in", "first appeared in", "made its
  debut / debuted in" even where another relation says where it was first shown: the Statue of
  Liberty "was first exhibited in" Philadelphia, yet "The Statue of Liberty was first shown in
  New York City" passes. 5 texts.
* (9) the item-noun check looks only at names with a capital or a digit first: a performer in
  lower case is still glued to the noun before it: "The song k.d. lang recorded Constant
  Craving", "The album k.d. lang recorded Ingenue", "The film k.d. lang recorded Constant
  Craving" (with "wrote" / "produced" the starting code accepts them too: KNOWN). 5 texts.
* (1) a performer typed "producer" whose single features vocals by a guest "sang" it: "Mark
  Ronson sang Valerie", "Valerie is sung by Mark Ronson" (Amy Winehouse sings it). 2 texts.

Held: "sung / recorded by" writers and producers, the wrong performer, reversed; "X by Y" and
"Y's X" for the director of a film with a song or album of the same name; "came out in <year>
through" a label (the wrong label, a producer, a guest, the year; distributors are no labels);
the seat readings for a founding city, a European headquarters, a registered office, an office,
lists, reversed; "started out in" a seat, a factory city; exiles (persons: no demonym); "A(n) N
of X is Y" (toppings, sides, negations, "never", "no longer", lists, other relations' objects);
"grew out of / was spun off from" reversed, a founder, a network; "went out on" for films and
comics; "put together / assembled / the work of" an editor or a publisher; "documents"; "the
editing on X" / "did the editing on X" for directors, compilers, cinematographers; "the
camerawork / score on X"; "was at the helm of" for producers, writers, creators, a co-director of
another film; "one of the producers / directors / writers behind"; "The screenplay / score for X
came from / is the work of" another maker; homonyms of a film and its novel ("The film Psycho
was written by Robert Bloch"); the item nouns before sitcoms, films, characters, people with
capitals, names in quotes; "has been around since" after appositions, relative clauses,
possessives, decades, "at least", negations; "first came out / appeared in" other countries;
"present / introduce / show off" the wrong executive; "replaced" reversed and transitively.

Rejected controls: "Island Records is headquartered in London.", "UEFA is headquartered in Nyon."
(the former seat's "had its headquarters in" takes "headquarter", so the current seat loses
"is headquartered in" too); "Busingen am Hochrhein is a German exclave.", "Palazzo Farnese is a
French embassy." (the demonym reads only the kind-in-place relation, not "belongs to" / "is the
embassy of"); "The Blue Grotto is located in Campania." ("lies in the region" gives no "is
located in"); "An ingredient of Caesar salad is romaine lettuce." (the main ingredient is no
"ingredient"); "Jaws came out in 1975 through Universal Pictures." (only record labels take
"came out through"); "The PlayStation 3 was unveiled in 2005." (the year of the trade show it
was unveiled at is not read); "The Statue of Liberty was first shown in Philadelphia." ("was
first exhibited in" gives no "was first shown in").
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


def songs():
    """Songs, singles, albums and "hits" (items: year released; all recordings, so the performer
    is a maker and "is performed by" also reads "is sung / recorded by": no relation records,
    sings or performs), two films and a novel-free soundtrack, record labels (items: year
    founded; type "record_label") with headquarters, a former headquarters ("had its
    headquarters in") and founding cities."""
    REC = ("song", "single", "album", "hit")
    rels = [
        R("performed_by", phrase="is performed by", inverse_phrase="performed", domain=REC,
          range=("singer", "band", "rapper", "duo")),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=REC, range=("songwriter", "singer", "producer", "rapper")),
        R("produced_by", phrase="was produced by", inverse_phrase="produced", domain=REC, range=("producer", "singer", "rapper")),
        R("appears_on", phrase="appears on", inverse_phrase="includes", domain=("song", "single", "hit"), range=("album",)),
        R("guest", phrase="features vocals by", inverse_phrase="guests on", domain=REC, range=("singer", "rapper")),
        R("released_by", phrase="was released by", inverse_phrase="released", domain=REC, range=("record_label",)),
        R("soundtrack_of", phrase="is the soundtrack of", inverse_phrase="has the soundtrack", domain=("album",), range=("film",)),
        R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("director",)),
        R("stars", phrase="stars", inverse_phrase="stars in", domain=("film",), range=("singer", "rapper", "actor")),
        R("hit_in", phrase="is a hit in", inverse_phrase="made a hit of", domain=("hit",), range=("country",)),
        R("comes_from", phrase="comes from", inverse_phrase="is the home of", domain=("hit",), range=("country",)),
        R("label_hq", phrase="has its headquarters in", inverse_phrase="is home to the headquarters of",
          domain=("record_label",), range=("city",)),
        R("label_old_hq", phrase="had its headquarters in", inverse_phrase="was home to the headquarters of",
          domain=("record_label",), range=("city",)),
        R("founded_in", phrase="was founded in", inverse_phrase="is where was founded", domain=("record_label",), range=("city",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("record_label",), range=("executive", "producer", "rapper")),
    ]
    items = {
        "s:umbrella": ("single", "Umbrella", 2007), "s:rehab": ("single", "Rehab", 2006), "s:valerie": ("single", "Valerie", 2007),
        "s:torn": ("single", "Torn", 1997), "s:sincegone": ("single", "Since U Been Gone", 2004),
        "s:craving": ("single", "Constant Craving", 1992), "s:boom": ("single", "Boom Boom Pow", 2009),
        "s:buddy": ("song", "Buddy Holly", 1994), "s:song2": ("song", "Song 2", 1997), "s:lucky": ("single", "Get Lucky", 2013),
        "s:purple": ("single", "Purple Rain", 1984), "s:lose": ("song", "Lose Yourself", 2002), "s:bye": ("single", "Bye Bye Bye", 2000),
        "a:goodgirl": ("album", "Good Girl Gone Bad", 2007), "a:black": ("album", "Back to Black", 2006), "a:version": ("album", "Version", 2007),
        "a:leftmiddle": ("album", "Left of the Middle", 1997), "a:breakaway": ("album", "Breakaway", 2004), "a:ingenue": ("album", "Ingenue", 1992),
        "a:end": ("album", "The E.N.D.", 2009), "a:weezer": ("album", "Weezer", 1994), "a:blur": ("album", "Blur", 1997),
        "a:ram": ("album", "Random Access Memories", 2013), "a:purple": ("album", "Purple Rain", 1984), "a:8mile": ("album", "8 Mile", 2002),
        "a:nostrings": ("album", "No Strings Attached", 2000),
        "f:purple": ("film", "Purple Rain", 1984), "f:8mile": ("film", "8 Mile", 2002),
        "h:gangnam": ("hit", "Gangnam Style", 2012), "h:macarena": ("hit", "Macarena", 1993), "h:despacito": ("hit", "Despacito", 2017),
        "h:dragostea": ("hit", "Dragostea Din Tei", 2003), "h:lambada": ("hit", "Lambada", 1989),
        "l:defjam": ("record_label", "Def Jam Recordings", 1984), "l:island": ("record_label", "Island Records", 1959),
        "l:columbia": ("record_label", "Columbia Records", 1889), "l:rca": ("record_label", "RCA Records", 1929),
        "l:geffen": ("record_label", "DGC Records", 1990), "l:warner": ("record_label", "Warner Records", 1958),
        "l:jive": ("record_label", "Jive Records", 1981), "l:interscope": ("record_label", "Interscope Records", 1990),
        "l:parlophone": ("record_label", "Parlophone", 1896), "l:mercury": ("record_label", "Mercury Records", 1945),
    }
    others = {
        "p:rihanna": ("singer", "Rihanna"), "p:winehouse": ("singer", "Amy Winehouse"), "p:ronson": ("producer", "Mark Ronson"),
        "p:imbruglia": ("singer", "Natalie Imbruglia"), "p:clarkson": ("singer", "Kelly Clarkson"), "p:lang": ("singer", "k.d. lang"),
        "p:bep": ("band", "the Black Eyed Peas"), "p:weezer": ("band", "Weezer"), "p:blur": ("band", "Blur"),
        "p:daftpunk": ("duo", "Daft Punk"), "p:prince": ("singer", "Prince"), "p:eminem": ("rapper", "Eminem"), "p:nsync": ("band", "*NSYNC"),
        "p:psy": ("singer", "PSY"), "p:delrio": ("duo", "Los del Rio"), "p:fonsi": ("singer", "Luis Fonsi"), "p:ozone": ("band", "O-Zone"),
        "p:kaoma": ("band", "Kaoma"), "p:jayz": ("rapper", "Jay-Z"), "p:pharrell": ("singer", "Pharrell Williams"),
        "p:willi": ("producer", "will.i.am"), "p:daddy": ("rapper", "Daddy Yankee"),
        "w:dream": ("songwriter", "The-Dream"), "w:tricky": ("producer", "Tricky Stewart"), "w:mccabe": ("songwriter", "Dave McCabe"),
        "w:cutler": ("songwriter", "Scott Cutler"), "w:preven": ("songwriter", "Anne Preven"), "w:thornalley": ("producer", "Phil Thornalley"),
        "w:martin": ("producer", "Max Martin"), "w:luke": ("producer", "Dr. Luke"), "w:mink": ("producer", "Ben Mink"),
        "w:cuomo": ("songwriter", "Rivers Cuomo"), "w:ocasek": ("producer", "Ric Ocasek"), "w:street": ("producer", "Stephen Street"),
        "w:albarn": ("songwriter", "Damon Albarn"), "w:rodgers": ("songwriter", "Nile Rodgers"), "w:bass": ("producer", "Jeff Bass"),
        "w:lundin": ("producer", "Kristian Lundin"), "w:carlsson": ("songwriter", "Andreas Carlsson"), "w:yoo": ("producer", "Yoo Gun-hyung"),
        "w:romero": ("songwriter", "Antonio Romero"), "w:erika": ("songwriter", "Erika Ender"), "w:balan": ("songwriter", "Dan Balan"),
        "w:hermosa": ("songwriter", "Gonzalo Hermosa"), "w:torres": ("producer", "Andres Torres"),
        "d:magnoli": ("director", "Albert Magnoli"), "d:hanson": ("director", "Curtis Hanson"), "d:basinger": ("actor", "Kim Basinger"),
        "x:lyor": ("executive", "Russell Simmons"), "x:blackwell": ("executive", "Chris Blackwell"), "x:geffen": ("executive", "David Geffen"),
        "x:iovine": ("executive", "Jimmy Iovine"), "x:calder": ("executive", "Clive Calder"), "x:sarnoff": ("executive", "David Sarnoff"),
        "x:easton": ("executive", "Edward Easton"), "x:warner": ("executive", "Jack Warner"), "x:lindstrom": ("executive", "Carl Lindstrom"),
        "x:green": ("executive", "Irving Green"),
        "n:uk": ("country", "the United Kingdom"), "n:us": ("country", "the United States"), "n:japan": ("country", "Japan"),
        "n:germany": ("country", "Germany"), "n:korea": ("country", "South Korea"), "n:spain": ("country", "Spain"),
        "n:pr": ("country", "Puerto Rico"), "n:moldova": ("country", "Moldova"), "n:brazil": ("country", "Brazil"),
        "n:france": ("country", "France"), "n:italy": ("country", "Italy"),
        "y:nyc": ("city", "New York City"), "y:london": ("city", "London"), "y:kingston": ("city", "Kingston"), "y:la": ("city", "Los Angeles"),
        "y:santamonica": ("city", "Santa Monica"), "y:burbank": ("city", "Burbank"), "y:washington": ("city", "Washington"),
        "y:chicago": ("city", "Chicago"), "y:berlin": ("city", "Berlin"), "y:camden": ("city", "Camden"),
    }
    T_ = _t("performed_by", [
        ("s:umbrella", "p:rihanna"), ("s:rehab", "p:winehouse"), ("s:valerie", "p:ronson"), ("s:torn", "p:imbruglia"),
        ("s:sincegone", "p:clarkson"), ("s:craving", "p:lang"), ("s:boom", "p:bep"), ("s:buddy", "p:weezer"), ("s:song2", "p:blur"),
        ("s:lucky", "p:daftpunk"), ("s:purple", "p:prince"), ("s:lose", "p:eminem"), ("s:bye", "p:nsync"),
        ("a:goodgirl", "p:rihanna"), ("a:black", "p:winehouse"), ("a:version", "p:ronson"), ("a:leftmiddle", "p:imbruglia"),
        ("a:breakaway", "p:clarkson"), ("a:ingenue", "p:lang"), ("a:end", "p:bep"), ("a:weezer", "p:weezer"), ("a:blur", "p:blur"),
        ("a:ram", "p:daftpunk"), ("a:purple", "p:prince"), ("a:nostrings", "p:nsync"),
        ("h:gangnam", "p:psy"), ("h:macarena", "p:delrio"), ("h:despacito", "p:fonsi"), ("h:dragostea", "p:ozone"), ("h:lambada", "p:kaoma")])
    T_ += _t("written_by", [
        ("s:umbrella", "w:dream"), ("s:umbrella", "w:tricky"), ("s:rehab", "p:winehouse"), ("s:valerie", "w:mccabe"),
        ("s:torn", "w:cutler"), ("s:torn", "w:preven"), ("s:torn", "w:thornalley"), ("s:sincegone", "w:martin"), ("s:sincegone", "w:luke"),
        ("s:craving", "p:lang"), ("s:craving", "w:mink"), ("s:boom", "p:willi"), ("s:buddy", "w:cuomo"), ("s:song2", "w:albarn"),
        ("s:lucky", "p:pharrell"), ("s:lucky", "w:rodgers"), ("s:purple", "p:prince"), ("s:lose", "p:eminem"), ("s:lose", "w:bass"),
        ("s:bye", "w:lundin"), ("s:bye", "w:carlsson"), ("h:gangnam", "p:psy"), ("h:gangnam", "w:yoo"), ("h:macarena", "w:romero"),
        ("h:despacito", "p:fonsi"), ("h:despacito", "w:erika"), ("h:dragostea", "w:balan"), ("h:lambada", "w:hermosa")])
    T_ += _t("produced_by", [
        ("s:umbrella", "w:tricky"), ("s:rehab", "p:ronson"), ("s:valerie", "p:ronson"), ("s:torn", "w:thornalley"),
        ("s:sincegone", "w:martin"), ("s:sincegone", "w:luke"), ("s:craving", "w:mink"), ("s:boom", "p:willi"), ("s:buddy", "w:ocasek"),
        ("s:song2", "w:street"), ("s:lucky", "p:daftpunk"), ("s:purple", "p:prince"), ("s:lose", "p:eminem"), ("s:lose", "w:bass"),
        ("s:bye", "w:lundin"), ("a:weezer", "w:ocasek"), ("a:blur", "w:street"), ("a:black", "p:ronson"), ("a:8mile", "p:eminem"),
        ("h:gangnam", "w:yoo"), ("h:despacito", "w:torres")])
    T_ += _t("appears_on", [
        ("s:umbrella", "a:goodgirl"), ("s:rehab", "a:black"), ("s:valerie", "a:version"), ("s:torn", "a:leftmiddle"),
        ("s:sincegone", "a:breakaway"), ("s:craving", "a:ingenue"), ("s:boom", "a:end"), ("s:buddy", "a:weezer"), ("s:song2", "a:blur"),
        ("s:lucky", "a:ram"), ("s:purple", "a:purple"), ("s:lose", "a:8mile"), ("s:bye", "a:nostrings")])
    T_ += _t("guest", [("s:umbrella", "p:jayz"), ("s:valerie", "p:winehouse"), ("s:lucky", "p:pharrell"), ("h:despacito", "p:daddy")])
    T_ += _t("released_by", [
        ("s:umbrella", "l:defjam"), ("s:rehab", "l:island"), ("s:valerie", "l:columbia"), ("s:torn", "l:rca"), ("s:sincegone", "l:rca"),
        ("s:buddy", "l:geffen"), ("a:weezer", "l:geffen"), ("s:purple", "l:warner"), ("a:purple", "l:warner"), ("s:bye", "l:jive"),
        ("a:nostrings", "l:jive"), ("s:lose", "l:interscope"), ("a:8mile", "l:interscope"), ("s:boom", "l:interscope"),
        ("s:song2", "l:parlophone"), ("a:blur", "l:parlophone"), ("a:black", "l:island"), ("a:goodgirl", "l:defjam"),
        ("h:macarena", "l:rca"), ("h:despacito", "l:mercury")])
    T_ += _t("soundtrack_of", [("a:purple", "f:purple"), ("a:8mile", "f:8mile")])
    T_ += _t("directed_by", [("f:purple", "d:magnoli"), ("f:8mile", "d:hanson")])
    T_ += _t("stars", [("f:purple", "p:prince"), ("f:8mile", "p:eminem"), ("f:8mile", "d:basinger")])
    T_ += _t("hit_in", [
        ("h:gangnam", "n:uk"), ("h:gangnam", "n:us"), ("h:macarena", "n:us"), ("h:despacito", "n:uk"), ("h:despacito", "n:spain"),
        ("h:dragostea", "n:japan"), ("h:dragostea", "n:germany"), ("h:lambada", "n:france"), ("h:lambada", "n:germany")])
    T_ += _t("comes_from", [
        ("h:gangnam", "n:korea"), ("h:macarena", "n:spain"), ("h:despacito", "n:pr"), ("h:dragostea", "n:moldova"), ("h:lambada", "n:brazil")])
    T_ += _t("label_hq", [
        ("l:defjam", "y:nyc"), ("l:island", "y:london"), ("l:columbia", "y:nyc"), ("l:rca", "y:nyc"), ("l:geffen", "y:santamonica"),
        ("l:warner", "y:la"), ("l:jive", "y:nyc"), ("l:interscope", "y:santamonica"), ("l:parlophone", "y:london"), ("l:mercury", "y:nyc")])
    T_ += _t("label_old_hq", [("l:island", "y:kingston"), ("l:warner", "y:burbank"), ("l:mercury", "y:chicago"), ("l:jive", "y:london")])
    T_ += _t("founded_in", [
        ("l:defjam", "y:nyc"), ("l:island", "y:kingston"), ("l:columbia", "y:washington"), ("l:rca", "y:camden"), ("l:geffen", "y:la"),
        ("l:warner", "y:burbank"), ("l:jive", "y:london"), ("l:interscope", "y:santamonica"), ("l:parlophone", "y:berlin"),
        ("l:mercury", "y:chicago")])
    T_ += _t("founded_by", [
        ("l:defjam", "x:lyor"), ("l:island", "x:blackwell"), ("l:columbia", "x:easton"), ("l:rca", "x:sarnoff"), ("l:geffen", "x:geffen"),
        ("l:warner", "x:warner"), ("l:jive", "x:calder"), ("l:interscope", "x:iovine"), ("l:parlophone", "x:lindstrom"),
        ("l:mercury", "x:green")])
    return _build(items, others, rels, T_, aliases={"p:nsync": ("NSYNC",), "p:lang": ("k.d. lang",)})


def orgs():
    """International bodies, companies and publishers (items: year founded) that "have their
    headquarters in" one city, "had their headquarters in" another (a former seat), "were founded
    in" a third; companies with a "European headquarters" (a noun of two words: no seat noun) and
    a "registered office", offices in other cities ("has an office in"); publishers typed
    "book_publisher", "comic_book_publisher", "map_publisher", a "book_fair" and a "book_club" (the
    type words "book", "map" are kinds of publication); one-off conferences and concerts (items:
    the year they were held) and a yearly festival; spin-offs of companies and a successor body."""
    ORG = ("sports_body", "international_organization", "technology_company", "retailer", "book_publisher",
           "comic_book_publisher", "map_publisher", "book_club", "payments_company", "dictionary_publisher", "paper_company")
    EV = ("conference", "concert", "book_fair", "festival")
    rels = [
        R("hq", phrase="has its headquarters in", inverse_phrase="is home to the headquarters of", domain=ORG, range=("city",)),
        R("old_hq", phrase="had its headquarters in", inverse_phrase="was home to the headquarters of", domain=ORG, range=("city",)),
        R("founded_in", phrase="was founded in", inverse_phrase="is where was founded", domain=ORG, range=("city",)),
        R("eu_hq", phrase="has its European headquarters in", inverse_phrase="is home to the European headquarters of",
          domain=ORG, range=("city",)),
        R("registered", phrase="has its registered office in", inverse_phrase="is home to the registered office of",
          domain=ORG, range=("city",)),
        R("office_in", phrase="has an office in", inverse_phrase="hosts an office of", domain=ORG, range=("city",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=ORG, range=("person",)),
        R("led_by", phrase="is led by", inverse_phrase="leads", domain=ORG, range=("person",)),
        R("spin_off", phrase="is a spin-off of", inverse_phrase="has the spin-off", domain=ORG, range=ORG),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=ORG, range=ORG),
        R("held_in", phrase="was held in", inverse_phrase="hosted", domain=EV, range=("city",)),
        R("organized_by", phrase="was organized by", inverse_phrase="organized", domain=EV, range=ORG + ("person",)),
    ]
    items = {
        "o:uefa": ("sports_body", "UEFA", 1954), "o:fifa": ("sports_body", "FIFA", 1904), "o:ioc": ("sports_body", "International Olympic Committee", 1894),
        "o:interpol": ("international_organization", "Interpol", 1923), "o:wef": ("international_organization", "World Economic Forum", 1971),
        "o:greenpeace": ("international_organization", "Greenpeace", 1971), "o:un": ("international_organization", "United Nations", 1945),
        "o:league": ("international_organization", "League of Nations", 1920),
        "c:meta": ("technology_company", "Meta Platforms", 2004), "c:amazon": ("retailer", "Amazon", 1994),
        "c:spotify": ("technology_company", "Spotify", 2006), "c:ebay": ("technology_company", "eBay", 1995),
        "c:paypal": ("payments_company", "PayPal", 1998), "c:hp": ("technology_company", "Hewlett-Packard", 1939),
        "c:agilent": ("technology_company", "Agilent Technologies", 1999),
        "b:penguin": ("book_publisher", "Penguin Books", 1935), "b:gallimard": ("book_publisher", "Gallimard", 1911),
        "b:faber": ("book_publisher", "Faber and Faber", 1929), "b:dc": ("comic_book_publisher", "DC Comics", 1934),
        "b:marvel": ("comic_book_publisher", "Marvel Comics", 1939), "b:rand": ("map_publisher", "Rand McNally", 1856),
        "b:bomc": ("book_club", "Book of the Month Club", 1926),
        "b:merriam": ("dictionary_publisher", "Merriam-Webster", 1831), "c:ip": ("paper_company", "International Paper", 1898),
        "e:yalta": ("conference", "Yalta Conference", 1945), "e:liveaid": ("concert", "Live Aid", 1985),
        "e:bangladesh": ("concert", "Concert for Bangladesh", 1971), "e:frankfurt": ("book_fair", "Frankfurt Book Fair", 1949),
        "e:glastonbury": ("festival", "Glastonbury Festival", 1970), "e:bretton": ("conference", "Bretton Woods Conference", 1944),
    }
    others = {
        "y:nyon": ("city", "Nyon"), "y:bern": ("city", "Bern"), "y:basel": ("city", "Basel"), "y:zurich": ("city", "Zurich"),
        "y:paris": ("city", "Paris"), "y:lausanne": ("city", "Lausanne"), "y:lyon": ("city", "Lyon"), "y:vienna": ("city", "Vienna"),
        "y:saintcloud": ("city", "Saint-Cloud"), "y:cologny": ("city", "Cologny"), "y:geneva": ("city", "Geneva"),
        "y:amsterdam": ("city", "Amsterdam"), "y:vancouver": ("city", "Vancouver"), "y:nyc": ("city", "New York City"),
        "y:sf": ("city", "San Francisco"), "y:menlopark": ("city", "Menlo Park"), "y:paloalto": ("city", "Palo Alto"),
        "y:cambridge": ("city", "Cambridge"), "y:dublin": ("city", "Dublin"), "y:seattle": ("city", "Seattle"),
        "y:bellevue": ("city", "Bellevue"), "y:luxembourg": ("city", "Luxembourg"), "y:stockholm": ("city", "Stockholm"),
        "y:london": ("city", "London"), "y:berlin": ("city", "Berlin"), "y:sanjose": ("city", "San Jose"),
        "y:santaclara": ("city", "Santa Clara"), "y:harmondsworth": ("city", "Harmondsworth"), "y:burbank": ("city", "Burbank"),
        "y:chicago": ("city", "Chicago"), "y:frankfurt": ("city", "Frankfurt"), "y:yalta": ("city", "Yalta"),
        "y:philadelphia": ("city", "Philadelphia"), "y:pilton": ("city", "Pilton"), "y:brettonwoods": ("city", "Bretton Woods"),
        "y:skokie": ("city", "Skokie"), "y:springfield": ("city", "Springfield"), "y:memphis": ("city", "Memphis"),
        "y:albany": ("city", "Albany"), "y:tokyo": ("city", "Tokyo"), "y:singapore": ("city", "Singapore"),
        "x:guerin": ("person", "Robert Guerin"), "x:coubertin": ("person", "Pierre de Coubertin"), "x:schwab": ("person", "Klaus Schwab"),
        "x:zuckerberg": ("person", "Mark Zuckerberg"), "x:bezos": ("person", "Jeff Bezos"), "x:ek": ("person", "Daniel Ek"),
        "x:omidyar": ("person", "Pierre Omidyar"), "x:thiel": ("person", "Peter Thiel"), "x:hewlett": ("person", "Bill Hewlett"),
        "x:lane": ("person", "Allen Lane"), "x:gallimard": ("person", "Gaston Gallimard"), "x:faber": ("person", "Geoffrey Faber"),
        "x:wheeler": ("person", "Malcolm Wheeler-Nicholson"), "x:goodman": ("person", "Martin Goodman"), "x:mcnally": ("person", "Andrew McNally"),
        "x:scherman": ("person", "Harry Scherman"), "x:ceferin": ("person", "Aleksander Ceferin"), "x:infantino": ("person", "Gianni Infantino"),
        "x:bach": ("person", "Thomas Bach"), "x:geldof": ("person", "Bob Geldof"), "x:harrison": ("person", "George Harrison"),
        "x:eavis": ("person", "Michael Eavis"), "x:guterres": ("person", "Antonio Guterres"),
    }
    T_ = _t("hq", [
        ("o:uefa", "y:nyon"), ("o:fifa", "y:zurich"), ("o:ioc", "y:lausanne"), ("o:interpol", "y:lyon"), ("o:wef", "y:cologny"),
        ("o:greenpeace", "y:amsterdam"), ("o:un", "y:nyc"), ("o:league", "y:geneva"), ("c:meta", "y:menlopark"), ("c:amazon", "y:seattle"),
        ("c:spotify", "y:stockholm"), ("c:ebay", "y:sanjose"), ("c:paypal", "y:sanjose"), ("c:hp", "y:paloalto"), ("c:agilent", "y:santaclara"),
        ("b:penguin", "y:london"), ("b:gallimard", "y:paris"), ("b:faber", "y:london"), ("b:dc", "y:burbank"), ("b:marvel", "y:nyc"),
        ("b:rand", "y:chicago"), ("b:bomc", "y:nyc"), ("b:merriam", "y:springfield"), ("c:ip", "y:memphis")])
    T_ += _t("old_hq", [
        ("o:uefa", "y:bern"), ("o:ioc", "y:paris"), ("o:interpol", "y:saintcloud"), ("c:meta", "y:paloalto"), ("b:penguin", "y:harmondsworth"),
        ("b:dc", "y:nyc"), ("b:rand", "y:skokie")])
    T_ += _t("founded_in", [
        ("o:uefa", "y:basel"), ("o:fifa", "y:paris"), ("o:ioc", "y:paris"), ("o:interpol", "y:vienna"), ("o:wef", "y:geneva"),
        ("o:greenpeace", "y:vancouver"), ("o:un", "y:sf"), ("o:league", "y:paris"), ("c:meta", "y:cambridge"), ("c:amazon", "y:bellevue"),
        ("c:spotify", "y:stockholm"), ("c:ebay", "y:sanjose"), ("c:paypal", "y:paloalto"), ("c:hp", "y:paloalto"),
        ("b:penguin", "y:london"), ("b:gallimard", "y:paris"), ("b:faber", "y:london"), ("b:dc", "y:nyc"), ("b:marvel", "y:nyc"),
        ("b:rand", "y:chicago"), ("b:bomc", "y:nyc"), ("b:merriam", "y:springfield"), ("c:ip", "y:albany")])
    T_ += _t("eu_hq", [("c:meta", "y:dublin"), ("c:amazon", "y:luxembourg"), ("c:ebay", "y:berlin"), ("c:paypal", "y:luxembourg")])
    T_ += _t("registered", [("c:spotify", "y:luxembourg"), ("o:wef", "y:geneva")])
    T_ += _t("office_in", [("c:meta", "y:london"), ("c:meta", "y:singapore"), ("c:amazon", "y:london"), ("c:spotify", "y:london"),
                           ("c:spotify", "y:nyc"), ("o:greenpeace", "y:london"), ("o:un", "y:geneva"), ("o:un", "y:vienna")])
    T_ += _t("founded_by", [
        ("o:fifa", "x:guerin"), ("o:ioc", "x:coubertin"), ("o:wef", "x:schwab"), ("c:meta", "x:zuckerberg"), ("c:amazon", "x:bezos"),
        ("c:spotify", "x:ek"), ("c:ebay", "x:omidyar"), ("c:paypal", "x:thiel"), ("c:hp", "x:hewlett"), ("b:penguin", "x:lane"),
        ("b:gallimard", "x:gallimard"), ("b:faber", "x:faber"), ("b:dc", "x:wheeler"), ("b:marvel", "x:goodman"),
        ("b:rand", "x:mcnally"), ("b:bomc", "x:scherman")])
    T_ += _t("led_by", [("o:uefa", "x:ceferin"), ("o:fifa", "x:infantino"), ("o:ioc", "x:bach"), ("o:un", "x:guterres"),
                        ("c:meta", "x:zuckerberg"), ("c:spotify", "x:ek")])
    T_ += _t("spin_off", [("c:paypal", "c:ebay"), ("c:agilent", "c:hp")])
    T_ += _t("succeeded", [("o:un", "o:league")])
    T_ += _t("held_in", [("e:yalta", "y:yalta"), ("e:liveaid", "y:london"), ("e:liveaid", "y:philadelphia"), ("e:bangladesh", "y:nyc"),
                         ("e:frankfurt", "y:frankfurt"), ("e:glastonbury", "y:pilton"), ("e:bretton", "y:brettonwoods")])
    T_ += _t("organized_by", [("e:liveaid", "x:geldof"), ("e:bangladesh", "x:harrison"), ("e:glastonbury", "x:eavis")])
    return _build(items, others, rels, T_)


def places():
    """Exclaves (no year) that "are exclaves in" one country and "belong to" another; embassies
    that "are embassies in" a country and "are the embassies of" another; exiles (persons) who
    "were exiles in" one country after they "were exiled from" another; invasive species typed
    "invasive_species" ("is an invasive species in" / "is native to"); delicacies typed "delicacy"
    that "are delicacies in" countries other than the one they "come from"; novels typed
    "bestseller" (items: year published) that "are bestsellers in" countries and "were first
    published in" another; show caves (items: year opened to visitors) in countries and regions.
    Each kind-in-place phrase says the subject's own type words only, so the new reading takes it
    as where the thing is, and its demonym and possessive as where it comes from."""
    rels = [
        R("exclave_in", phrase="is an exclave in", inverse_phrase="surrounds the exclave", domain=("exclave",), range=("country",)),
        R("belongs_to", phrase="belongs to", inverse_phrase="owns the exclave", domain=("exclave",), range=("country",)),
        R("near", phrase="is near", inverse_phrase="is the town near", domain=("exclave", "show_cave"), range=("town",)),
        R("embassy_in", phrase="is an embassy in", inverse_phrase="hosts the embassy", domain=("embassy",), range=("country",)),
        R("embassy_of", phrase="is the embassy of", inverse_phrase="has the embassy", domain=("embassy",), range=("country",)),
        R("exile_in", phrase="was an exile in", inverse_phrase="took in the exile", domain=("exile",), range=("country",)),
        R("exiled_from", phrase="was exiled from", inverse_phrase="exiled", domain=("exile",), range=("country",)),
        R("invasive_in", phrase="is an invasive species in", inverse_phrase="is invaded by", domain=("invasive_species",), range=("country",)),
        R("native_to", phrase="is native to", inverse_phrase="is the native home of", domain=("invasive_species",), range=("country",)),
        R("delicacy_in", phrase="is a delicacy in", inverse_phrase="prizes the delicacy", domain=("delicacy",), range=("country",)),
        R("comes_from", phrase="comes from", inverse_phrase="is the home of", domain=("delicacy",), range=("country",)),
        R("bestseller_in", phrase="is a bestseller in", inverse_phrase="bought the bestseller", domain=("bestseller",), range=("country",)),
        R("first_published_in", phrase="was first published in", inverse_phrase="first published", domain=("bestseller",),
          range=("country",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("bestseller",), range=("writer",)),
        R("cave_in", phrase="is a show cave in", inverse_phrase="has the show cave", domain=("show_cave",), range=("country",)),
        R("lies_in", phrase="lies in the region", inverse_phrase="is the region of", domain=("show_cave",), range=("region",)),
    ]
    items = {
        "b:alchemist": ("bestseller", "The Alchemist", 1988), "b:sophie": ("bestseller", "Sophie's World", 1991),
        "b:perfume": ("bestseller", "Perfume", 1985), "b:rose": ("bestseller", "The Name of the Rose", 1980),
        "b:millennium": ("bestseller", "The Girl with the Dragon Tattoo", 2005),
        "c:postojna": ("show_cave", "Postojna Cave", 1819), "c:carlsbad": ("show_cave", "Carlsbad Caverns", 1923),
        "c:waitomo": ("show_cave", "Waitomo Caves", 1889), "c:mammoth": ("show_cave", "Mammoth Cave", 1816),
        "c:blue": ("show_cave", "Blue Grotto", 1826), "c:dachstein": ("show_cave", "Dachstein Ice Cave", 1912),
        "x:busingen": ("exclave", "Busingen am Hochrhein", None), "x:llivia": ("exclave", "Llivia", None), "x:campione": ("exclave", "Campione d'Italia", None),
        "x:baarle": ("exclave", "Baarle-Hertog", None), "x:vennbahn": ("exclave", "Mutzenich", None),
        "m:farnese": ("embassy", "Palazzo Farnese", None), "m:margherita": ("embassy", "Palazzo Margherita", None),
        "m:charost": ("embassy", "Hotel de Charost", None), "m:beauharnais": ("embassy", "Hotel de Beauharnais", None),
        "m:wolkonsky": ("embassy", "Villa Wolkonsky", None),
        "z:hornet": ("invasive_species", "Asian hornet", None), "z:toad": ("invasive_species", "cane toad", None),
        "z:squirrel": ("invasive_species", "grey squirrel", None), "z:mussel": ("invasive_species", "zebra mussel", None),
        "z:kudzu": ("invasive_species", "kudzu", None),
        "d:kopi": ("delicacy", "kopi luwak", None), "d:caviar": ("delicacy", "beluga caviar", None), "d:kobe": ("delicacy", "Kobe beef", None),
        "d:iberico": ("delicacy", "Iberico ham", None), "d:nest": ("delicacy", "bird's nest soup", None),
    }
    others = {
        "p:trotsky": ("exile", "Leon Trotsky"), "p:hugo": ("exile", "Victor Hugo"), "p:khomeini": ("exile", "Ruhollah Khomeini"),
        "p:selassie": ("exile", "Haile Selassie"), "p:mann": ("exile", "Thomas Mann"), "p:ovid": ("exile", "Ovid"),
        "w:coelho": ("writer", "Paulo Coelho"), "w:gaarder": ("writer", "Jostein Gaarder"), "w:suskind": ("writer", "Patrick Suskind"),
        "w:eco": ("writer", "Umberto Eco"), "w:larsson": ("writer", "Stieg Larsson"),
        "n:switzerland": ("country", "Switzerland"), "n:germany": ("country", "Germany"), "n:france": ("country", "France"),
        "n:spain": ("country", "Spain"), "n:italy": ("country", "Italy"), "n:netherlands": ("country", "the Netherlands"),
        "n:belgium": ("country", "Belgium"), "n:uk": ("country", "the United Kingdom"), "n:us": ("country", "the United States"),
        "n:mexico": ("country", "Mexico"), "n:russia": ("country", "Russia"), "n:iran": ("country", "Iran"), "n:ethiopia": ("country", "Ethiopia"),
        "n:romania": ("country", "Romania"), "n:china": ("country", "China"), "n:australia": ("country", "Australia"),
        "n:brazil": ("country", "Brazil"), "n:ukraine": ("country", "Ukraine"), "n:japan": ("country", "Japan"),
        "n:indonesia": ("country", "Indonesia"), "n:norway": ("country", "Norway"), "n:sweden": ("country", "Sweden"),
        "n:canada": ("country", "Canada"), "n:slovenia": ("country", "Slovenia"), "n:nz": ("country", "New Zealand"),
        "n:austria": ("country", "Austria"), "n:malaysia": ("country", "Malaysia"), "n:portugal": ("country", "Portugal"),
        "t:schaffhausen": ("town", "Schaffhausen"), "t:puigcerda": ("town", "Puigcerda"), "t:lugano": ("town", "Lugano"),
        "t:baarlenassau": ("town", "Baarle-Nassau"), "t:monschau": ("town", "Monschau"), "t:postojna": ("town", "Postojna"),
        "t:hallstatt": ("town", "Hallstatt"), "t:anacapri": ("town", "Anacapri"),
        "r:carniola": ("region", "Inner Carniola"), "r:newmexico": ("region", "New Mexico"), "r:waikato": ("region", "Waikato"),
        "r:kentucky": ("region", "Kentucky"), "r:campania": ("region", "Campania"), "r:upperaustria": ("region", "Upper Austria"),
    }
    T_ = _t("exclave_in", [("x:busingen", "n:switzerland"), ("x:llivia", "n:france"), ("x:campione", "n:switzerland"),
                           ("x:baarle", "n:netherlands"), ("x:vennbahn", "n:belgium")])
    T_ += _t("belongs_to", [("x:busingen", "n:germany"), ("x:llivia", "n:spain"), ("x:campione", "n:italy"),
                            ("x:baarle", "n:belgium"), ("x:vennbahn", "n:germany")])
    T_ += _t("near", [("x:busingen", "t:schaffhausen"), ("x:llivia", "t:puigcerda"), ("x:campione", "t:lugano"),
                      ("x:baarle", "t:baarlenassau"), ("x:vennbahn", "t:monschau"), ("c:postojna", "t:postojna"),
                      ("c:dachstein", "t:hallstatt"), ("c:blue", "t:anacapri")])
    T_ += _t("embassy_in", [("m:farnese", "n:italy"), ("m:margherita", "n:italy"), ("m:charost", "n:france"),
                            ("m:beauharnais", "n:france"), ("m:wolkonsky", "n:italy")])
    T_ += _t("embassy_of", [("m:farnese", "n:france"), ("m:margherita", "n:us"), ("m:charost", "n:uk"),
                            ("m:beauharnais", "n:germany"), ("m:wolkonsky", "n:uk")])
    T_ += _t("exile_in", [("p:trotsky", "n:mexico"), ("p:hugo", "n:uk"), ("p:khomeini", "n:france"), ("p:selassie", "n:uk"),
                          ("p:mann", "n:us"), ("p:ovid", "n:romania")])
    T_ += _t("exiled_from", [("p:trotsky", "n:russia"), ("p:hugo", "n:france"), ("p:khomeini", "n:iran"), ("p:selassie", "n:ethiopia"),
                             ("p:mann", "n:germany"), ("p:ovid", "n:italy")])
    T_ += _t("invasive_in", [("z:hornet", "n:france"), ("z:hornet", "n:uk"), ("z:toad", "n:australia"), ("z:squirrel", "n:uk"),
                             ("z:squirrel", "n:italy"), ("z:mussel", "n:us"), ("z:mussel", "n:canada"), ("z:kudzu", "n:us")])
    T_ += _t("native_to", [("z:hornet", "n:china"), ("z:toad", "n:brazil"), ("z:squirrel", "n:us"), ("z:mussel", "n:ukraine"),
                           ("z:kudzu", "n:japan")])
    T_ += _t("delicacy_in", [("d:kopi", "n:japan"), ("d:caviar", "n:france"), ("d:kobe", "n:us"), ("d:iberico", "n:japan"),
                             ("d:nest", "n:china")])
    T_ += _t("comes_from", [("d:kopi", "n:indonesia"), ("d:caviar", "n:russia"), ("d:kobe", "n:japan"), ("d:iberico", "n:spain"),
                            ("d:nest", "n:malaysia")])
    T_ += _t("bestseller_in", [("b:alchemist", "n:france"), ("b:sophie", "n:germany"), ("b:perfume", "n:us"), ("b:rose", "n:us"),
                               ("b:millennium", "n:uk"), ("b:millennium", "n:us")])
    T_ += _t("first_published_in", [("b:alchemist", "n:brazil"), ("b:sophie", "n:norway"), ("b:perfume", "n:switzerland"),
                                    ("b:rose", "n:italy"), ("b:millennium", "n:sweden")])
    T_ += _t("written_by", [("b:alchemist", "w:coelho"), ("b:sophie", "w:gaarder"), ("b:perfume", "w:suskind"), ("b:rose", "w:eco"),
                            ("b:millennium", "w:larsson")])
    T_ += _t("cave_in", [("c:postojna", "n:slovenia"), ("c:carlsbad", "n:us"), ("c:waitomo", "n:nz"), ("c:mammoth", "n:us"),
                         ("c:blue", "n:italy"), ("c:dachstein", "n:austria")])
    T_ += _t("lies_in", [("c:postojna", "r:carniola"), ("c:carlsbad", "r:newmexico"), ("c:waitomo", "r:waikato"),
                         ("c:mammoth", "r:kentucky"), ("c:blue", "r:campania"), ("c:dachstein", "r:upperaustria")])
    return _build(items, others, rels, T_)


def kitchen():
    """Dishes (items: year first made) with a main ingredient ("has the main ingredient"), other
    ingredients ("has the ingredient"), toppings ("is topped with") and sides ("is served with"),
    creators, namesakes, the city each "was first made in", the country each "comes from" (so no
    "is from" reading for the first-made city), the restaurants and hotels (items: year opened)
    that first served them; potato and tortilla chip brands (items: year launched; types
    "potato_chip", "tortilla_chip": foods whose type's head noun is "chip") made by food companies."""
    DISH = ("dish", "salad", "dessert", "sandwich", "pizza")
    PLACE = ("restaurant", "hotel", "bar")
    CHIP = ("potato_chip", "tortilla_chip")
    rels = [
        R("main", phrase="has the main ingredient", inverse_phrase="is the main ingredient of", domain=DISH, range=("ingredient",)),
        R("ingredient", phrase="has the ingredient", inverse_phrase="is an ingredient of", domain=DISH, range=("ingredient",)),
        R("topped", phrase="is topped with", inverse_phrase="tops", domain=DISH, range=("ingredient",)),
        R("served_with", phrase="is served with", inverse_phrase="is served alongside", domain=DISH, range=("ingredient",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=DISH, range=("chef",)),
        R("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=DISH, range=("person", "chef")),
        R("first_made_in", phrase="was first made in", inverse_phrase="is where was first made", domain=DISH, range=("city",)),
        R("comes_from", phrase="comes from", inverse_phrase="is the home of", domain=DISH, range=("country",)),
        R("first_served_at", phrase="was first served at", inverse_phrase="first served", domain=DISH, range=PLACE),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=PLACE, range=("city",)),
        R("variant_of", phrase="is a variant of", inverse_phrase="has the variant", domain=DISH, range=DISH),
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=CHIP, range=("food_company",)),
        R("first_produced_in", phrase="was first produced in", inverse_phrase="is where was first produced", domain=CHIP,
          range=("city",)),
        R("produced_in", phrase="is produced in", inverse_phrase="produces", domain=CHIP, range=("city",)),
        R("old_hq", phrase="had its headquarters in", inverse_phrase="was home to the headquarters of", domain=("food_company",),
          range=("city",)),
    ]
    items = {
        "d:caesar": ("salad", "Caesar salad", 1924), "d:benedict": ("dish", "Eggs Benedict", 1894),
        "d:tikka": ("dish", "Chicken tikka masala", 1971), "d:melba": ("dessert", "Peach Melba", 1892),
        "d:pavlova": ("dessert", "Pavlova", 1926), "d:carpaccio": ("dish", "Carpaccio", 1950),
        "d:margherita": ("pizza", "Pizza Margherita", 1889), "d:wings": ("dish", "Buffalo wings", 1964),
        "d:reuben": ("sandwich", "Reuben sandwich", 1914), "d:florentine": ("dish", "Eggs Florentine", 1931),
        "r:caesars": ("restaurant", "Caesar's", 1923), "r:waldorf": ("hotel", "the Waldorf Hotel", 1893),
        "r:shish": ("restaurant", "Shish Mahal", 1964), "r:savoy": ("hotel", "the Savoy Hotel", 1889),
        "r:harrys": ("bar", "Harry's Bar", 1931), "r:brandi": ("restaurant", "Pizzeria Brandi", 1780),
        "r:anchor": ("bar", "the Anchor Bar", 1935), "r:blackstone": ("hotel", "the Blackstone Hotel", 1915),
        "k:pringles": ("potato_chip", "Pringles", 1968), "k:walkers": ("potato_chip", "Walkers", 1948),
        "k:doritos": ("tortilla_chip", "Doritos", 1966), "k:tostitos": ("tortilla_chip", "Tostitos", 1979),
    }
    others = {
        "i:romaine": ("ingredient", "romaine lettuce"), "i:croutons": ("ingredient", "croutons"), "i:parmesan": ("ingredient", "parmesan"),
        "i:yolk": ("ingredient", "egg yolk"), "i:eggs": ("ingredient", "poached eggs"), "i:muffin": ("ingredient", "English muffin"),
        "i:ham": ("ingredient", "ham"), "i:hollandaise": ("ingredient", "hollandaise sauce"), "i:chicken": ("ingredient", "chicken"),
        "i:yogurt": ("ingredient", "yogurt"), "i:tomato": ("ingredient", "tomato"), "i:cream": ("ingredient", "cream"),
        "i:peaches": ("ingredient", "peaches"), "i:raspberry": ("ingredient", "raspberry sauce"), "i:icecream": ("ingredient", "vanilla ice cream"),
        "i:meringue": ("ingredient", "meringue"), "i:kiwi": ("ingredient", "kiwifruit"), "i:beef": ("ingredient", "raw beef"),
        "i:oil": ("ingredient", "olive oil"), "i:lemon": ("ingredient", "lemon juice"), "i:arugula": ("ingredient", "arugula"),
        "i:dough": ("ingredient", "dough"), "i:mozzarella": ("ingredient", "mozzarella"), "i:basil": ("ingredient", "basil"),
        "i:wings": ("ingredient", "chicken wings"), "i:hotsauce": ("ingredient", "hot sauce"), "i:butter": ("ingredient", "butter"),
        "i:celery": ("ingredient", "celery"), "i:bluecheese": ("ingredient", "blue cheese dressing"), "i:cornedbeef": ("ingredient", "corned beef"),
        "i:sauerkraut": ("ingredient", "sauerkraut"), "i:swiss": ("ingredient", "Swiss cheese"), "i:rye": ("ingredient", "rye bread"),
        "i:spinach": ("ingredient", "spinach"), "i:mornay": ("ingredient", "Mornay sauce"),
        "c:cardini": ("chef", "Caesar Cardini"), "c:lemuel": ("chef", "Lemuel Benedict"), "c:aslam": ("chef", "Ali Ahmed Aslam"),
        "c:escoffier": ("chef", "Auguste Escoffier"), "c:cipriani": ("chef", "Giuseppe Cipriani"), "c:esposito": ("chef", "Raffaele Esposito"),
        "c:bellissimo": ("chef", "Teressa Bellissimo"), "c:kulakofsky": ("chef", "Reuben Kulakofsky"), "c:sachse": ("chef", "Herbert Sachse"),
        "n:melba": ("person", "Nellie Melba"), "n:pavlova": ("person", "Anna Pavlova"), "n:vittore": ("person", "Vittore Carpaccio"),
        "n:margherita": ("person", "Margherita of Savoy"),
        "y:tijuana": ("city", "Tijuana"), "y:nyc": ("city", "New York City"), "y:glasgow": ("city", "Glasgow"), "y:london": ("city", "London"),
        "y:wellington": ("city", "Wellington"), "y:venice": ("city", "Venice"), "y:naples": ("city", "Naples"), "y:buffalo": ("city", "Buffalo"),
        "y:omaha": ("city", "Omaha"), "y:san_diego": ("city", "San Diego"),
        "n:mexico": ("country", "Mexico"), "n:us": ("country", "the United States"), "n:uk": ("country", "the United Kingdom"),
        "n:nz": ("country", "New Zealand"), "n:italy": ("country", "Italy"), "n:australia": ("country", "Australia"),
        "n:france": ("country", "France"),
        "f:kellanova": ("food_company", "Kellanova"), "f:pepsico": ("food_company", "PepsiCo"), "f:fritolay": ("food_company", "Frito-Lay"),
        "y:leicester": ("city", "Leicester"), "y:jackson": ("city", "Jackson"), "y:anaheim": ("city", "Anaheim"), "y:dallas": ("city", "Dallas"),
        "y:mechelen": ("city", "Mechelen"), "y:coventry": ("city", "Coventry"), "y:topeka": ("city", "Topeka"),
        "y:battlecreek": ("city", "Battle Creek"),
    }
    T_ = _t("main", [("d:caesar", "i:romaine"), ("d:benedict", "i:eggs"), ("d:tikka", "i:chicken"), ("d:melba", "i:peaches"),
                     ("d:pavlova", "i:meringue"), ("d:carpaccio", "i:beef"), ("d:margherita", "i:dough"), ("d:wings", "i:wings"),
                     ("d:reuben", "i:cornedbeef"), ("d:florentine", "i:eggs")])
    T_ += _t("ingredient", [
        ("d:caesar", "i:croutons"), ("d:caesar", "i:parmesan"), ("d:caesar", "i:yolk"), ("d:caesar", "i:lemon"),
        ("d:benedict", "i:muffin"), ("d:benedict", "i:ham"), ("d:tikka", "i:yogurt"), ("d:tikka", "i:tomato"), ("d:tikka", "i:cream"),
        ("d:melba", "i:raspberry"), ("d:melba", "i:icecream"), ("d:pavlova", "i:cream"), ("d:carpaccio", "i:oil"), ("d:carpaccio", "i:lemon"),
        ("d:margherita", "i:tomato"), ("d:margherita", "i:mozzarella"), ("d:wings", "i:hotsauce"), ("d:wings", "i:butter"),
        ("d:reuben", "i:sauerkraut"), ("d:reuben", "i:swiss"), ("d:reuben", "i:rye"), ("d:florentine", "i:spinach"), ("d:florentine", "i:muffin")])
    T_ += _t("topped", [("d:benedict", "i:hollandaise"), ("d:pavlova", "i:kiwi"), ("d:margherita", "i:basil"), ("d:florentine", "i:mornay")])
    T_ += _t("served_with", [("d:wings", "i:celery"), ("d:wings", "i:bluecheese"), ("d:carpaccio", "i:arugula")])
    T_ += _t("created_by", [("d:caesar", "c:cardini"), ("d:benedict", "c:lemuel"), ("d:tikka", "c:aslam"), ("d:melba", "c:escoffier"),
                            ("d:carpaccio", "c:cipriani"), ("d:margherita", "c:esposito"), ("d:wings", "c:bellissimo"),
                            ("d:reuben", "c:kulakofsky"), ("d:pavlova", "c:sachse")])
    T_ += _t("named_after", [("d:caesar", "c:cardini"), ("d:benedict", "c:lemuel"), ("d:melba", "n:melba"), ("d:pavlova", "n:pavlova"),
                             ("d:carpaccio", "n:vittore"), ("d:margherita", "n:margherita"), ("d:reuben", "c:kulakofsky")])
    T_ += _t("first_made_in", [("d:caesar", "y:tijuana"), ("d:benedict", "y:nyc"), ("d:tikka", "y:glasgow"), ("d:melba", "y:london"),
                               ("d:pavlova", "y:wellington"), ("d:carpaccio", "y:venice"), ("d:margherita", "y:naples"),
                               ("d:wings", "y:buffalo"), ("d:reuben", "y:omaha")])
    T_ += _t("comes_from", [("d:caesar", "n:mexico"), ("d:benedict", "n:us"), ("d:tikka", "n:uk"), ("d:melba", "n:uk"),
                            ("d:pavlova", "n:nz"), ("d:carpaccio", "n:italy"), ("d:margherita", "n:italy"), ("d:wings", "n:us"),
                            ("d:reuben", "n:us"), ("d:florentine", "n:us")])
    T_ += _t("first_served_at", [("d:caesar", "r:caesars"), ("d:benedict", "r:waldorf"), ("d:tikka", "r:shish"), ("d:melba", "r:savoy"),
                                 ("d:carpaccio", "r:harrys"), ("d:margherita", "r:brandi"), ("d:wings", "r:anchor"),
                                 ("d:reuben", "r:blackstone")])
    T_ += _t("located_in", [("r:caesars", "y:tijuana"), ("r:waldorf", "y:nyc"), ("r:shish", "y:glasgow"), ("r:savoy", "y:london"),
                            ("r:harrys", "y:venice"), ("r:brandi", "y:naples"), ("r:anchor", "y:buffalo"), ("r:blackstone", "y:omaha")])
    T_ += _t("variant_of", [("d:florentine", "d:benedict")])
    T_ += _t("made_by", [("k:pringles", "f:kellanova"), ("k:walkers", "f:pepsico"), ("k:doritos", "f:fritolay"), ("k:tostitos", "f:fritolay")])
    T_ += _t("first_produced_in", [("k:pringles", "y:jackson"), ("k:walkers", "y:leicester"), ("k:doritos", "y:anaheim"),
                                   ("k:tostitos", "y:dallas")])
    T_ += _t("produced_in", [("k:pringles", "y:mechelen"), ("k:walkers", "y:coventry"), ("k:doritos", "y:topeka"), ("k:tostitos", "y:topeka")])
    T_ += _t("old_hq", [("f:pepsico", "y:nyc"), ("f:fritolay", "y:dallas"), ("f:kellanova", "y:battlecreek")])
    return _build(items, others, rels, T_)


def screen():
    """Films (items: year released) with directors, screenwriters ("has a screenplay by"),
    composers ("has a score by"), editors, cinematographers ("has cinematography by"), producers,
    distributors, and the novels they are based on (items: year published; several with the
    film's own name: Jaws, Psycho, The Godfather); a film spin-off; sitcoms (items: year of the
    premiere) with spin-offs, networks and creators; reference works (items: year first published;
    types "dictionary", "encyclopedia", "thesaurus", "atlas") with compilers, editors, publishers
    and the cities they "were first published in"; comics characters (items: year of the first
    appearance) and the comics and magazines (items) they "first appeared in"."""
    FILM, NOVEL, SHOW = ("film",), ("novel", "book"), ("sitcom",)
    REF = ("dictionary", "encyclopedia", "thesaurus", "atlas")
    CHAR, COMIC = ("comics_character",), ("comic", "magazine")
    rels = [
        R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=FILM, range=("director",)),
        R("screenplay", phrase="has a screenplay by", inverse_phrase="wrote the screenplay of", domain=FILM, range=("writer", "director")),
        R("score", phrase="has a score by", inverse_phrase="scored", domain=FILM, range=("composer",)),
        R("edited_by", phrase="was edited by", inverse_phrase="edited", domain=FILM + REF, range=("film_editor", "editor")),
        R("cinematography", phrase="has cinematography by", inverse_phrase="shot", domain=FILM, range=("cinematographer",)),
        R("produced_by", phrase="was produced by", inverse_phrase="produced", domain=FILM, range=("producer", "director")),
        R("distributed_by", phrase="was distributed by", inverse_phrase="distributed", domain=FILM, range=("film_studio",)),
        R("based_on", phrase="is based on", inverse_phrase="is the basis of", domain=FILM, range=NOVEL),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=NOVEL, range=("writer",)),
        R("spin_off", phrase="is a spin-off of", inverse_phrase="has the spin-off", domain=FILM + SHOW, range=FILM + SHOW),
        R("aired_on", phrase="aired on", inverse_phrase="aired", domain=SHOW, range=("network",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=SHOW + CHAR, range=("writer", "cartoonist")),
        R("compiled_by", phrase="was compiled by", inverse_phrase="compiled", domain=REF, range=("lexicographer",)),
        R("published_by", phrase="was published by", inverse_phrase="published", domain=REF, range=("publisher",)),
        R("published_in", phrase="was first published in", inverse_phrase="is where was first published", domain=REF, range=("city",)),
        R("describes", phrase="describes", inverse_phrase="is described in", domain=REF, range=("language",)),
        R("first_appeared_in", phrase="first appeared in", inverse_phrase="introduced", domain=CHAR, range=COMIC),
    ]
    items = {
        "f:jaws": ("film", "Jaws", 1975), "f:psycho": ("film", "Psycho", 1960), "f:godfather": ("film", "The Godfather", 1972),
        "f:goodfellas": ("film", "Goodfellas", 1990), "f:meangirls": ("film", "Mean Girls", 2004),
        "f:despicable": ("film", "Despicable Me", 2010), "f:minions": ("film", "Minions", 2015),
        "b:jaws": ("novel", "Jaws", 1974), "b:psycho": ("novel", "Psycho", 1959), "b:godfather": ("novel", "The Godfather", 1969),
        "b:wiseguy": ("book", "Wiseguy", 1985), "b:queenbees": ("book", "Queen Bees and Wannabes", 2002),
        "s:cheers": ("sitcom", "Cheers", 1982), "s:frasier": ("sitcom", "Frasier", 1993), "s:friends": ("sitcom", "Friends", 1994),
        "s:joey": ("sitcom", "Joey", 2004), "s:happydays": ("sitcom", "Happy Days", 1974), "s:mork": ("sitcom", "Mork and Mindy", 1978),
        "s:30rock": ("sitcom", "30 Rock", 2006),
        "r:johnson": ("dictionary", "A Dictionary of the English Language", 1755), "r:webster": ("dictionary", "An American Dictionary of the English Language", 1828),
        "r:britannica": ("encyclopedia", "Encyclopaedia Britannica", 1768), "r:roget": ("thesaurus", "Roget's Thesaurus", 1852),
        "r:times": ("atlas", "The Times Atlas of the World", 1895), "r:larousse": ("encyclopedia", "Larousse Gastronomique", 1938),
        "k:superman": ("comics_character", "Superman", 1938), "k:batman": ("comics_character", "Batman", 1939),
        "k:tintin": ("comics_character", "Tintin", 1929), "k:asterix": ("comics_character", "Asterix", 1959),
        "k:dennis": ("comics_character", "Dennis the Menace", 1951),
        "m:action": ("comic", "Action Comics", 1938), "m:detective": ("comic", "Detective Comics", 1937),
        "m:vingtieme": ("magazine", "Le Petit Vingtieme", 1928), "m:pilote": ("magazine", "Pilote", 1959), "m:beano": ("comic", "The Beano", 1938),
    }
    others = {
        "v:spielberg": ("director", "Steven Spielberg"), "v:hitchcock": ("director", "Alfred Hitchcock"), "v:coppola": ("director", "Francis Ford Coppola"),
        "v:scorsese": ("director", "Martin Scorsese"), "v:waters": ("director", "Mark Waters"), "v:coffin": ("director", "Pierre Coffin"),
        "v:renaud": ("director", "Chris Renaud"), "v:balda": ("director", "Kyle Balda"),
        "w:benchley": ("writer", "Peter Benchley"), "w:gottlieb": ("writer", "Carl Gottlieb"), "w:stefano": ("writer", "Joseph Stefano"),
        "w:bloch": ("writer", "Robert Bloch"), "w:puzo": ("writer", "Mario Puzo"), "w:pileggi": ("writer", "Nicholas Pileggi"),
        "w:fey": ("writer", "Tina Fey"), "w:wiseman": ("writer", "Rosalind Wiseman"), "w:paul": ("writer", "Cinco Paul"),
        "w:lynch": ("writer", "Brian Lynch"), "w:charles": ("writer", "Glen Charles"), "w:angell": ("writer", "David Angell"),
        "w:crane": ("writer", "David Crane"), "w:silveri": ("writer", "Scott Silveri"), "w:marshall": ("writer", "Garry Marshall"),
        "u:williams": ("composer", "John Williams"), "u:herrmann": ("composer", "Bernard Herrmann"), "u:rota": ("composer", "Nino Rota"),
        "u:kent": ("composer", "Rolfe Kent"), "u:pharrell": ("composer", "Heitor Pereira"),
        "e:fields": ("film_editor", "Verna Fields"), "e:tomasini": ("film_editor", "George Tomasini"), "e:reynolds": ("film_editor", "William Reynolds"),
        "e:schoonmaker": ("film_editor", "Thelma Schoonmaker"), "e:bricmont": ("film_editor", "Wendy Greene Bricmont"),
        "o:butler": ("cinematographer", "Bill Butler"), "o:russell": ("cinematographer", "John L. Russell"), "o:willis": ("cinematographer", "Gordon Willis"),
        "o:ballhaus": ("cinematographer", "Michael Ballhaus"), "o:okada": ("cinematographer", "Daryn Okada"),
        "p:zanuck": ("producer", "Richard D. Zanuck"), "p:brown": ("producer", "David Brown"), "p:ruddy": ("producer", "Albert S. Ruddy"),
        "p:winkler": ("producer", "Irwin Winkler"), "p:michaels": ("producer", "Lorne Michaels"), "p:meledandri": ("producer", "Chris Meledandri"),
        "s:universal": ("film_studio", "Universal Pictures"), "s:paramount": ("film_studio", "Paramount Pictures"), "s:warner": ("film_studio", "Warner Bros."),
        "n:nbc": ("network", "NBC"), "n:abc": ("network", "ABC"), "n:cbs": ("network", "CBS"),
        "l:johnson": ("lexicographer", "Samuel Johnson"), "l:webster": ("lexicographer", "Noah Webster"), "l:smellie": ("lexicographer", "William Smellie"),
        "l:roget": ("lexicographer", "Peter Mark Roget"), "l:bartholomew": ("lexicographer", "John Bartholomew"), "l:montagne": ("lexicographer", "Prosper Montagne"),
        "e:bell": ("editor", "Andrew Bell"), "e:goodrich": ("editor", "Chauncey Goodrich"), "e:kirkpatrick": ("editor", "Betty Kirkpatrick"),
        "e:gottschalk": ("editor", "Alfred Gottschalk"),
        "b:knapton": ("publisher", "John Knapton"), "b:converse": ("publisher", "Sherman Converse"), "b:macfarquhar": ("publisher", "Colin Macfarquhar"),
        "b:longman": ("publisher", "Longman"), "b:timesbooks": ("publisher", "Times Books"), "b:larousse": ("publisher", "Librairie Larousse"),
        "y:london": ("city", "London"), "y:nyc": ("city", "New York City"), "y:edinburgh": ("city", "Edinburgh"), "y:paris": ("city", "Paris"),
        "y:brussels": ("city", "Brussels"), "y:newhaven": ("city", "New Haven"),
        "g:english": ("language", "English"), "g:french": ("language", "French"),
        "a:siegel": ("cartoonist", "Jerry Siegel"), "a:kane": ("cartoonist", "Bob Kane"), "a:herge": ("cartoonist", "Herge"),
        "a:goscinny": ("cartoonist", "Rene Goscinny"), "a:law": ("cartoonist", "David Law"),
    }
    T_ = _t("directed_by", [("f:jaws", "v:spielberg"), ("f:psycho", "v:hitchcock"), ("f:godfather", "v:coppola"), ("f:goodfellas", "v:scorsese"),
                            ("f:meangirls", "v:waters"), ("f:despicable", "v:coffin"), ("f:despicable", "v:renaud"),
                            ("f:minions", "v:coffin"), ("f:minions", "v:balda")])
    T_ += _t("screenplay", [("f:jaws", "w:benchley"), ("f:jaws", "w:gottlieb"), ("f:psycho", "w:stefano"), ("f:godfather", "w:puzo"),
                            ("f:godfather", "v:coppola"), ("f:goodfellas", "w:pileggi"), ("f:goodfellas", "v:scorsese"), ("f:meangirls", "w:fey"),
                            ("f:despicable", "w:paul"), ("f:minions", "w:lynch")])
    T_ += _t("score", [("f:jaws", "u:williams"), ("f:psycho", "u:herrmann"), ("f:godfather", "u:rota"), ("f:meangirls", "u:kent"),
                       ("f:despicable", "u:pharrell"), ("f:minions", "u:pharrell")])
    T_ += _t("edited_by", [("f:jaws", "e:fields"), ("f:psycho", "e:tomasini"), ("f:godfather", "e:reynolds"), ("f:goodfellas", "e:schoonmaker"),
                           ("f:meangirls", "e:bricmont"), ("r:britannica", "e:bell"), ("r:webster", "e:goodrich"), ("r:roget", "e:kirkpatrick"),
                           ("r:larousse", "e:gottschalk")])
    T_ += _t("cinematography", [("f:jaws", "o:butler"), ("f:psycho", "o:russell"), ("f:godfather", "o:willis"), ("f:goodfellas", "o:ballhaus"),
                                ("f:meangirls", "o:okada")])
    T_ += _t("produced_by", [("f:jaws", "p:zanuck"), ("f:jaws", "p:brown"), ("f:psycho", "v:hitchcock"), ("f:godfather", "p:ruddy"),
                             ("f:goodfellas", "p:winkler"), ("f:meangirls", "p:michaels"), ("f:despicable", "p:meledandri"),
                             ("f:minions", "p:meledandri")])
    T_ += _t("distributed_by", [("f:jaws", "s:universal"), ("f:psycho", "s:paramount"), ("f:godfather", "s:paramount"),
                                ("f:goodfellas", "s:warner"), ("f:meangirls", "s:paramount"), ("f:despicable", "s:universal"),
                                ("f:minions", "s:universal")])
    T_ += _t("based_on", [("f:jaws", "b:jaws"), ("f:psycho", "b:psycho"), ("f:godfather", "b:godfather"), ("f:goodfellas", "b:wiseguy"),
                          ("f:meangirls", "b:queenbees")])
    T_ += _t("written_by", [("b:jaws", "w:benchley"), ("b:psycho", "w:bloch"), ("b:godfather", "w:puzo"), ("b:wiseguy", "w:pileggi"),
                            ("b:queenbees", "w:wiseman")])
    T_ += _t("spin_off", [("f:minions", "f:despicable"), ("s:frasier", "s:cheers"), ("s:joey", "s:friends"), ("s:mork", "s:happydays")])
    T_ += _t("aired_on", [("s:cheers", "n:nbc"), ("s:frasier", "n:nbc"), ("s:friends", "n:nbc"), ("s:joey", "n:nbc"),
                          ("s:happydays", "n:abc"), ("s:mork", "n:abc"), ("s:30rock", "n:nbc")])
    T_ += _t("created_by", [("s:cheers", "w:charles"), ("s:frasier", "w:angell"), ("s:friends", "w:crane"), ("s:joey", "w:silveri"),
                            ("s:happydays", "w:marshall"), ("s:mork", "w:marshall"), ("s:30rock", "w:fey"),
                            ("k:superman", "a:siegel"), ("k:batman", "a:kane"), ("k:tintin", "a:herge"), ("k:asterix", "a:goscinny"),
                            ("k:dennis", "a:law")])
    T_ += _t("compiled_by", [("r:johnson", "l:johnson"), ("r:webster", "l:webster"), ("r:britannica", "l:smellie"), ("r:roget", "l:roget"),
                             ("r:times", "l:bartholomew"), ("r:larousse", "l:montagne")])
    T_ += _t("published_by", [("r:johnson", "b:knapton"), ("r:webster", "b:converse"), ("r:britannica", "b:macfarquhar"),
                              ("r:roget", "b:longman"), ("r:times", "b:timesbooks"), ("r:larousse", "b:larousse")])
    T_ += _t("published_in", [("r:johnson", "y:london"), ("r:webster", "y:nyc"), ("r:britannica", "y:edinburgh"), ("r:roget", "y:london"),
                              ("r:times", "y:london"), ("r:larousse", "y:paris")])
    T_ += _t("describes", [("r:johnson", "g:english"), ("r:webster", "g:english"), ("r:roget", "g:english"), ("r:larousse", "g:french")])
    T_ += _t("first_appeared_in", [("k:superman", "m:action"), ("k:batman", "m:detective"), ("k:tintin", "m:vingtieme"),
                                   ("k:asterix", "m:pilote"), ("k:dennis", "m:beano")])
    return _build(items, others, rels, T_, aliases={"r:johnson": ("Johnson's Dictionary",), "r:webster": ("Webster's Dictionary",)})


def devices():
    """Phones, consoles, cameras, a smartwatch and a car (items: year released) made by companies
    (others), "unveiled in" cities, "unveiled by" executives and "unveiled at" trade shows (items:
    the year each was held, a year before some releases: the PlayStation 3, the Fujifilm GFX 50S,
    the Nintendo Switch were shown the year before they came out); a first country of release
    ("was first released in") beside later ones ("was released in"); succession (with a chain of
    three consoles); a statue (item: year unveiled) "first exhibited in" one city and "unveiled in"
    another."""
    DEV = ("smartphone", "console", "camera", "smartwatch", "car", "statue")
    rels = [
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=DEV, range=("electronics_company", "car_company")),
        R("unveiled_in", phrase="was unveiled in", inverse_phrase="hosted the unveiling of", domain=DEV, range=("city",)),
        R("unveiled_by", phrase="was unveiled by", inverse_phrase="unveiled", domain=DEV, range=("executive", "sculptor")),
        R("unveiled_at", phrase="was unveiled at", inverse_phrase="saw the unveiling of", domain=DEV, range=("trade_show",)),
        R("held_in", phrase="was held in", inverse_phrase="hosted", domain=("trade_show",), range=("city",)),
        R("first_released_in", phrase="was first released in", inverse_phrase="first got", domain=DEV, range=("country",)),
        R("released_in", phrase="was released in", inverse_phrase="saw the release of", domain=DEV, range=("country",)),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=DEV + ("executive",), range=DEV + ("executive",)),
        R("exhibited", phrase="was first exhibited in", inverse_phrase="first exhibited", domain=DEV, range=("city",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=DEV, range=("sculptor", "designer")),
    ]
    items = {
        "g:ps2": ("console", "PlayStation 2", 2000), "g:ps3": ("console", "PlayStation 3", 2006), "g:ps4": ("console", "PlayStation 4", 2013),
        "g:switch": ("console", "Nintendo Switch", 2017), "g:wiiu": ("console", "Wii U", 2012), "g:x360": ("console", "Xbox 360", 2005),
        "p:iphone": ("smartphone", "iPhone", 2007), "p:iphone3g": ("smartphone", "iPhone 3G", 2008), "p:matex": ("smartphone", "Huawei Mate X", 2019),
        "m:gfx": ("camera", "Fujifilm GFX 50S", 2017), "m:d3": ("camera", "Nikon D3", 2007), "w:watch": ("smartwatch", "Apple Watch", 2015),
        "v:leaf": ("car", "Nissan Leaf", 2010), "s:liberty": ("statue", "Statue of Liberty", 1886),
        "t:e3": ("trade_show", "E3 2005", 2005), "t:macworld": ("trade_show", "Macworld 2007", 2007),
        "t:photokina": ("trade_show", "Photokina 2016", 2016), "t:mwc": ("trade_show", "Mobile World Congress 2019", 2019),
        "t:tgs": ("trade_show", "Tokyo Motor Show 2009", 2009),
    }
    others = {
        "c:sony": ("electronics_company", "Sony"), "c:nintendo": ("electronics_company", "Nintendo"), "c:microsoft": ("electronics_company", "Microsoft"),
        "c:apple": ("electronics_company", "Apple"), "c:huawei": ("electronics_company", "Huawei"), "c:fujifilm": ("electronics_company", "Fujifilm"),
        "c:nikon": ("electronics_company", "Nikon"), "c:nissan": ("car_company", "Nissan"),
        "x:kutaragi": ("executive", "Ken Kutaragi"), "x:house": ("executive", "Andrew House"), "x:kimishima": ("executive", "Tatsumi Kimishima"),
        "x:iwata": ("executive", "Satoru Iwata"), "x:allard": ("executive", "J Allard"), "x:jobs": ("executive", "Steve Jobs"),
        "x:cook": ("executive", "Tim Cook"), "x:yu": ("executive", "Richard Yu"), "x:ghosn": ("executive", "Carlos Ghosn"),
        "x:tamura": ("executive", "Toshihisa Iida"), "x:hirai": ("executive", "Kaz Hirai"), "x:stringer": ("executive", "Howard Stringer"),
        "x:bartholdi": ("sculptor", "Frederic Auguste Bartholdi"), "x:cleveland": ("executive", "Grover Cleveland"),
        "y:la": ("city", "Los Angeles"), "y:tokyo": ("city", "Tokyo"), "y:sf": ("city", "San Francisco"), "y:barcelona": ("city", "Barcelona"),
        "y:cologne": ("city", "Cologne"), "y:cupertino": ("city", "Cupertino"), "y:yokohama": ("city", "Yokohama"), "y:nyc": ("city", "New York City"),
        "y:philadelphia": ("city", "Philadelphia"), "y:paris": ("city", "Paris"), "y:kyoto": ("city", "Kyoto"),
        "n:japan": ("country", "Japan"), "n:us": ("country", "the United States"), "n:uk": ("country", "the United Kingdom"),
        "n:germany": ("country", "Germany"), "n:china": ("country", "China"), "n:france": ("country", "France"),
    }
    T_ = _t("made_by", [("g:ps2", "c:sony"), ("g:ps3", "c:sony"), ("g:ps4", "c:sony"), ("g:switch", "c:nintendo"), ("g:wiiu", "c:nintendo"),
                        ("g:x360", "c:microsoft"), ("p:iphone", "c:apple"), ("p:iphone3g", "c:apple"), ("p:matex", "c:huawei"),
                        ("m:gfx", "c:fujifilm"), ("m:d3", "c:nikon"), ("w:watch", "c:apple"), ("v:leaf", "c:nissan")])
    T_ += _t("unveiled_in", [("g:ps3", "y:la"), ("g:x360", "y:la"), ("g:switch", "y:tokyo"), ("p:iphone", "y:sf"), ("p:matex", "y:barcelona"),
                             ("m:gfx", "y:cologne"), ("m:d3", "y:tokyo"), ("w:watch", "y:cupertino"), ("v:leaf", "y:yokohama"),
                             ("s:liberty", "y:nyc"), ("g:ps4", "y:nyc")])
    T_ += _t("unveiled_by", [("g:ps3", "x:kutaragi"), ("g:ps4", "x:house"), ("g:switch", "x:kimishima"), ("g:x360", "x:allard"),
                             ("p:iphone", "x:jobs"), ("p:iphone3g", "x:jobs"), ("w:watch", "x:cook"), ("p:matex", "x:yu"),
                             ("v:leaf", "x:ghosn"), ("m:gfx", "x:tamura"), ("s:liberty", "x:cleveland")])
    T_ += _t("unveiled_at", [("g:ps3", "t:e3"), ("p:iphone", "t:macworld"), ("m:gfx", "t:photokina"), ("p:matex", "t:mwc")])
    T_ += _t("held_in", [("t:e3", "y:la"), ("t:macworld", "y:sf"), ("t:photokina", "y:cologne"), ("t:mwc", "y:barcelona"), ("t:tgs", "y:tokyo")])
    T_ += _t("first_released_in", [("g:ps3", "n:japan"), ("p:iphone", "n:us"), ("p:matex", "n:china"), ("g:ps2", "n:japan")])
    T_ += _t("released_in", [("g:ps3", "n:us"), ("g:ps3", "n:uk"), ("g:ps3", "n:japan"), ("p:iphone", "n:uk"), ("p:iphone", "n:germany"),
                             ("p:iphone", "n:us"), ("p:matex", "n:china"), ("p:matex", "n:germany"), ("g:ps2", "n:japan"), ("g:ps2", "n:us"),
                             ("g:switch", "n:japan"), ("g:switch", "n:us"), ("w:watch", "n:us"), ("w:watch", "n:japan")])
    T_ += _t("succeeded", [("g:ps3", "g:ps2"), ("g:ps4", "g:ps3"), ("g:switch", "g:wiiu"), ("p:iphone3g", "p:iphone"),
                           ("x:hirai", "x:stringer"), ("x:kimishima", "x:iwata")])
    T_ += _t("exhibited", [("s:liberty", "y:philadelphia")])
    T_ += _t("designed_by", [("s:liberty", "x:bartholdi")])
    return _build(items, others, rels, T_)


BUILDERS = {"songs": songs, "orgs": orgs, "places": places, "kitchen": kitchen, "screen": screen, "devices": devices}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@songs
# (1) "is performed by" read "is sung / recorded by": writers and producers who never sang or recorded it
Max Martin sang Since U Been Gone.
Since U Been Gone is sung by Max Martin.
Dr. Luke recorded Since U Been Gone.
Tricky Stewart sang Umbrella.
Umbrella was recorded by The-Dream.
The-Dream recorded Umbrella.
Phil Thornalley sang Torn.
Torn was recorded by Anne Preven.
Scott Cutler recorded Torn.
Dave McCabe sang Valerie.
Ben Mink sang Constant Craving.
Ric Ocasek sang Buddy Holly.
Stephen Street sang Song 2.
Nile Rodgers sang Get Lucky.
Jeff Bass sang Lose Yourself.
Kristian Lundin sang Bye Bye Bye.
Andreas Carlsson recorded Bye Bye Bye.
Yoo Gun-hyung sang Gangnam Style.
Erika Ender sang Despacito.
Andres Torres sang Despacito.
Gonzalo Hermosa recorded Lambada.
Boom Boom Pow is sung by will.i.am.
# (1) a performer who is a producer or an electronic duo, with the vocals by a guest ("features vocals by")
Mark Ronson sang Valerie.
Valerie is sung by Mark Ronson.
# (1) the wrong performer, reversed
Rihanna sang Rehab.
Kelly Clarkson recorded Torn.
Natalie Imbruglia sang Since U Been Gone.
Weezer recorded Song 2.
Blur sang Buddy Holly.
Prince recorded Lose Yourself.
Eminem sang Purple Rain.
PSY sang Macarena.
Bye Bye Bye is sung by the Black Eyed Peas.
Umbrella sang Rihanna.
Rihanna is sung by Umbrella.
# (1) "X by Y", "Y's X", "a Y single": the wrong kind, performer, year; a film's director for a song
Lose Yourself by Curtis Hanson came out in 2002.
Purple Rain by Albert Magnoli appears on Purple Rain.
Curtis Hanson's Lose Yourself came out in 2002.
Good Girl Gone Bad is a Rihanna single.
Umbrella is a Rihanna album.
Back to Black by Amy Winehouse came out in 2007.
Rihanna's Umbrella came out in 2006.
Ingenue by k.d. lang came out in 1997.
Weezer by Blur came out in 1994.
8 Mile by Prince came out in 2002.
Umbrella by Jay-Z came out in 2007.
Valerie is an Amy Winehouse single.
# (1) "performed" / "sang" date nothing
Rihanna sang Umbrella in 2006.
Prince performed Purple Rain in 1983.
# (9) an item noun before a name in lower case (k.d. lang, will.i.am: no capital, so not checked)
The song k.d. lang recorded Constant Craving.
The single k.d. lang sang Constant Craving.
The album k.d. lang recorded Ingenue.
The hit k.d. lang sang Constant Craving.
The film k.d. lang recorded Constant Craving.
# (9) homonyms of several kinds (the film, album and single Purple Rain; the album and band Weezer)
The album Weezer sang Buddy Holly.
The album Blur sang Song 2.
The film Purple Rain appears on Purple Rain.
The single Purple Rain stars Prince.
The album 8 Mile stars Kim Basinger.
The film 8 Mile was produced by Eminem.
The film Purple Rain was released by Warner Records.
The song Purple Rain was directed by Albert Magnoli.
The hit Lose Yourself was written by Eminem.
The film Purple Rain came out in 1984 through Warner Records.
The film 8 Mile came out in 2002 through Interscope Records.
# (3) "is a hit in" a country (type "hit": the kind is the subject's own type): where it is, and its origin
Gangnam Style is located in the United Kingdom.
Gangnam Style is situated in the United States.
Macarena is located in the United States.
Lambada is located in Germany.
Despacito is situated in Spain.
Dragostea Din Tei is located in Germany.
Dragostea Din Tei is situated in Japan.
Gangnam Style and Despacito are located in the United Kingdom.
The United Kingdom's Gangnam Style was written by PSY.
The United States' Macarena was written by Antonio Romero.
Japan's Dragostea Din Tei was written by Dan Balan.
Japan's Dragostea Din Tei is performed by O-Zone.
Germany's Lambada is performed by Kaoma.
France's Lambada was written by Gonzalo Hermosa.
Spain's Despacito features vocals by Daddy Yankee.
The United Kingdom's Despacito was produced by Andres Torres.
Gangnam Style is a British song.
Macarena is an American song.
Lambada is a German song.
Gangnam Style is a Japanese hit.
# (2) a record label's former seat ("had its headquarters in") read as its seat now
The headquarters of Island Records are in Kingston.
Island Records' headquarters are in Kingston.
The Island Records headquarters are in Kingston.
The headquarters of Warner Records are in Burbank.
Warner Records' headquarters are in Burbank.
The headquarters of Mercury Records are in Chicago.
Mercury Records' headquarters are located in Chicago.
The headquarters of Jive Records are in London.
The headquarters of Island Records are in Kingston, and it released Rehab.
Island Records, which released Rehab, has its headquarters in Kingston.
The headquarters of Def Jam Recordings are in Los Angeles.
Columbia Records' headquarters are in Washington.
The headquarters of Parlophone are in Berlin.
Island Records is headquartered in Kingston.
Mercury Records is based in Chicago.
Jive Records' head office is in London.
# (10) "started out / life in", "began life in", "originated in": the seat, not the founding city
Island Records started out in London.
Warner Records began life in Los Angeles.
Parlophone started life in London.
Columbia Records originated in New York City.
# (13) "came out in <year> through <label>": the wrong label, a producer, a guest, the year
Umbrella came out in 2007 through Island Records.
Umbrella came out in 2007 through Tricky Stewart.
Umbrella came out in 2006 through Def Jam Recordings.
Umbrella came out in 2007 through Jay-Z.
Lose Yourself came out in 2002 through Island Records.
Valerie came out in 2007 through Island Records.
Back to Black came out in 2006 through Mark Ronson.
Gangnam Style came out in 2012 through RCA Records.
Rehab came out in 2006 through Island Records, which is headquartered in Kingston.
# (7) years: labels (type "record_label") announced or around; recordings announced
Island Records was announced in 1959.
Columbia Records was unveiled in 1889.
Umbrella was announced in 2007.
Back to Black was unveiled in 2006.
Island Records has been around since 1962.
Umbrella has been around since 2006.
# (11) "the N on X is by Y": another relation's person
The vocals on Valerie are by Mark Ronson.
The vocals on Get Lucky are by Daft Punk.
The production on Umbrella is by Rihanna.
The production on Umbrella is by The-Dream.
The production on Valerie is by Amy Winehouse.
# (9) a name in quotes, a name of two words, a guest as the attributive maker
The song "Rihanna" sang Umbrella.
The song Amy Winehouse recorded Rehab.
The Amy Winehouse single Valerie appears on Version.
# (4) "A(n) N of X is Y"
A writer of Umbrella is Rihanna.
A producer of Rehab is Amy Winehouse.
A performer of Valerie is Amy Winehouse.
A writer of Valerie is Mark Ronson.
A founder of Island Records is David Geffen.
# arguable (see OPEN)
Daft Punk sang Get Lucky.
Gangnam Style is a British hit.
Lambada is a German hit.
The German hit Lambada is performed by Kaoma.
Lambada, a French hit, is performed by Kaoma.
Gangnam Style and Despacito are British hits.
Gangnam Style is in the United Kingdom.
Get Lucky by Pharrell Williams came out in 2013.
# accepted by the starting code too (see KNOWN)
The song k.d. lang wrote Constant Craving.
The film will.i.am wrote Boom Boom Pow.
The song will.i.am wrote Boom Boom Pow.
The single will.i.am produced Boom Boom Pow.
The album will.i.am produced Boom Boom Pow.
Island Records came out in 1959.
Def Jam Recordings was published in 1984.
Umbrella by Tricky Stewart came out in 2007.
Tricky Stewart's Umbrella came out in 2007.
Umbrella is a Tricky Stewart single.

@orgs
# (2) a former seat ("had its headquarters in") read as the seat now, beside the seat ("has its headquarters in")
The headquarters of UEFA are in Bern.
UEFA's headquarters are in Bern.
The UEFA headquarters are in Bern.
The headquarters of UEFA are located in Bern.
UEFA's headquarters are located in Bern.
UEFA was founded in Basel. Its headquarters are in Bern.
The headquarters of the International Olympic Committee are in Paris.
The International Olympic Committee's headquarters are in Paris.
The headquarters of Interpol are in Saint-Cloud.
Interpol's headquarters are in Saint-Cloud.
The headquarters of DC Comics are in New York City.
DC Comics' headquarters are in New York City.
Penguin Books' headquarters are in Harmondsworth.
Penguin Books' headquarters are in Harmondsworth, and its founder is Allen Lane.
Meta Platforms' headquarters are in Palo Alto.
The headquarters of Rand McNally are in Skokie.
The Rand McNally headquarters are in Skokie.
UEFA has its headquarters in Bern.
UEFA's head office is in Bern.
UEFA's headquarters are now in Bern.
# (2) the founding city, the European headquarters, the registered office, an office
The headquarters of FIFA are in Paris.
The headquarters of Greenpeace are in Vancouver.
The headquarters of the United Nations are in San Francisco.
The headquarters of Meta Platforms are in Dublin.
Meta Platforms' headquarters are in Dublin.
The European headquarters of Meta Platforms are in Menlo Park.
The European headquarters of Amazon are in Seattle.
Amazon's European headquarters are in Bellevue.
Spotify's headquarters are in Luxembourg.
The registered office of Spotify is in Stockholm.
Meta Platforms' main office is in London.
The headquarters of Greenpeace are in London.
The headquarters of the United Nations are in Geneva.
The headquarters of Nyon are in UEFA.
The headquarters of Live Aid are in London.
The headquarters of Allen Lane are in London.
# (10) "started out / life in", "began life in", "originated in", "got its start in"
Spotify started out in Luxembourg.
Meta Platforms started life in Menlo Park.
Meta Platforms began life in Palo Alto.
Interpol originated in Lyon.
UEFA got its start in Bern.
The International Olympic Committee started out in Lausanne.
Amazon started out in Seattle.
Greenpeace began life in Amsterdam.
# (6) "grew out of", "was spun off from": reversed, a founder, another company, a city
eBay grew out of PayPal.
eBay was spun off from PayPal.
PayPal grew out of Peter Thiel.
Hewlett-Packard grew out of Agilent Technologies.
Agilent Technologies grew out of eBay.
PayPal grew out of Hewlett-Packard.
PayPal was spun off from Palo Alto.
# (8) succeed -> replace: reversed, a spin-off for a succession
The League of Nations replaced the United Nations.
The United Nations was replaced by the League of Nations.
PayPal replaced eBay.
# (7) "has been around since" one-off events (a conference, a concert: the year they were held)
Live Aid has been around since 1985.
Live Aid has been in existence since 1985.
The Yalta Conference has been around since 1945.
The Yalta Conference has existed since 1945.
The Concert for Bangladesh has existed since 1971.
The Concert for Bangladesh has been around since 1971.
The Bretton Woods Conference has been in existence since 1944.
Bretton Woods Conference has been around since 1944.
Live Aid, organized by Bob Geldof, has been around since 1985.
Live Aid, a concert in London, has been around since 1985.
The Yalta Conference, a meeting in Yalta, has existed since 1945.
# (7) "published" / "came out" for companies whose type names a work of reference or a paper
Rand McNally came out in 1856.
Rand McNally was published in 1856.
Merriam-Webster came out in 1831.
Merriam-Webster was published in 1831.
International Paper came out in 1898.
International Paper was published in 1898.
Rand McNally was announced in 1856.
Meta Platforms was announced in 2004.
Spotify was unveiled in 2006.
Glastonbury Festival has been around since 1971.
UEFA has been around since 1904.
# (4), (13) "A(n) N of X is Y", "one of the Ns behind"
A founder of PayPal is Pierre Omidyar.
Pierre Omidyar is one of the founders behind PayPal.
Bob Geldof is one of the organizers behind the Concert for Bangladesh.
# arguable (see OPEN)
The League of Nations has been around since 1920.
The United Nations grew out of the League of Nations.
# accepted by the starting code too (see KNOWN)
Penguin Books came out in 1935.
Gallimard was published in 1911.
DC Comics came out in 1934.
Marvel Comics was published in 1939.
The Book of the Month Club came out in 1926.
The Frankfurt Book Fair came out in 1949.
The Frankfurt Book Fair was published in 1949.
Faber and Faber was first published in 1929.

@places
# (3) "is an exclave in" a country: the surrounding country's demonym and possessive (an exclave belongs to another)
Busingen am Hochrhein is a Swiss exclave.
Llivia is a French exclave.
Campione d'Italia is a Swiss exclave.
Baarle-Hertog is a Dutch exclave.
Mutzenich is a Belgian exclave.
Switzerland's Busingen am Hochrhein is near Schaffhausen.
France's Llivia is near Puigcerda.
The Netherlands' Baarle-Hertog is near Baarle-Nassau.
Belgium's Mutzenich belongs to Germany.
Switzerland's Campione d'Italia belongs to Italy.
The Swiss exclave Busingen am Hochrhein is near Schaffhausen.
The French exclave Llivia belongs to Spain.
Llivia, a French exclave, is near Puigcerda.
Busingen am Hochrhein and Campione d'Italia are Swiss exclaves.
Llivia is an Italian exclave.
Llivia is an exclave in Spain.
Llivia, a French, is near Puigcerda.
# (3) "is an embassy in" a country: the host country's demonym for another country's embassy
Palazzo Farnese is an Italian embassy.
Hotel de Charost is a French embassy.
Palazzo Margherita is an Italian embassy.
Hotel de Beauharnais is a French embassy.
Villa Wolkonsky is an Italian embassy.
The Italian embassy Palazzo Farnese is the embassy of France.
Palazzo Margherita, an Italian embassy, is the embassy of the United States.
Palazzo Farnese and Villa Wolkonsky are Italian embassies.
Palazzo Farnese is a German embassy.
Palazzo Farnese is located in France.
# (3) "was an exile in" a country (persons, no items)
Leon Trotsky was a Mexican exile.
Victor Hugo was a British exile.
Thomas Mann was an American exile.
# (3) "is an invasive species in" (type "invasive_species")
The Asian hornet is a French species.
The cane toad is an Australian species.
The grey squirrel is a British species.
Kudzu is an American species.
The zebra mussel is a Canadian species.
# (3) "is a delicacy in" a country (type "delicacy"): a market read as the origin and the place
Kopi luwak is a Japanese delicacy.
Beluga caviar is a French delicacy.
Kobe beef is an American delicacy.
Iberico ham is a Japanese delicacy.
Bird's nest soup is a Chinese delicacy.
Kopi luwak is located in Japan.
Kobe beef is situated in the United States.
Beluga caviar is located in France.
Iberico ham is situated in Japan.
Kopi luwak, a Japanese delicacy, comes from Indonesia.
Beluga caviar is a French delicacy and comes from Russia.
Beluga caviar and Kobe beef are French delicacies.
Kobe beef, an American, comes from Japan.
# (3) "is a bestseller in" a country (type "bestseller"): the place and the possessive
Perfume is located in the United States.
The Name of the Rose is situated in the United States.
The Alchemist is located in France.
The Girl with the Dragon Tattoo is located in the United Kingdom.
The United States' Perfume was written by Patrick Suskind.
Germany's Sophie's World was written by Jostein Gaarder.
France's The Alchemist was written by Paulo Coelho.
The United Kingdom's The Girl with the Dragon Tattoo was first published in Sweden.
Perfume is an American novel.
# (3) "is a show cave in": the wrong country, a region or town of another relation
Waitomo Caves is an Australian show cave.
Postojna Cave is an Austrian show cave.
Carlsbad Caverns is a Mexican show cave.
Postojna Cave is in Upper Austria.
Mammoth Cave is in New Mexico.
The Dachstein Ice Cave is in Hallstatt.
The Dachstein Ice Cave is located in Germany.
Postojna Cave has been around since 1820.
# arguable (see OPEN)
Italy's Palazzo Farnese is the embassy of France.
Mexico's Leon Trotsky was exiled from Russia.
The Asian hornet is a French invasive species.
Perfume is an American bestseller.
The Name of the Rose is an American bestseller.
Postojna Cave has been around since 1819.

@kitchen
# (2) only a former seat ("had its headquarters in"): read as the seat now, "is headquartered / based in"
PepsiCo is headquartered in New York City.
PepsiCo is based in New York City.
PepsiCo has its headquarters in New York City.
PepsiCo's headquarters are in New York City.
The headquarters of PepsiCo are in New York City.
The PepsiCo headquarters are in New York City.
The headquarters of Frito-Lay are in Dallas.
Frito-Lay's head office is in Dallas.
Frito-Lay is based in Dallas.
Kellanova's main office is in Battle Creek.
The seat of Kellanova is in Battle Creek.
Kellanova has its seat in Battle Creek.
Kellanova is headquartered in Battle Creek.
The head office of Kellanova is in Battle Creek.
Frito-Lay is headquartered in Dallas and makes Doritos.
Doritos is made by Frito-Lay, which is headquartered in Dallas.
Walkers is made by PepsiCo, which is based in New York City.
PepsiCo, based in New York City, makes Walkers.
PepsiCo is headquartered in Coventry.
Frito-Lay is based in Topeka.
# (7) "announced" / "unveiled" for foods whose type's head noun is "chip" (potato_chip, tortilla_chip)
Pringles was announced in 1968.
Doritos was unveiled in 1966.
Walkers, announced in 1948, is made by PepsiCo.
Tostitos was announced in 1979.
Pringles, which was unveiled in 1968, is made by Kellanova.
Kellanova announced Pringles in 1968.
Frito-Lay unveiled Doritos in 1966.
Caesar salad was announced in 1924.
Caesar salad was unveiled in 1924.
Caesar salad came out in 1924.
Pizza Margherita was published in 1889.
# (10) "started out / life in", "began life in", "got its start in" where chips are produced now, not first
Walkers started out in Coventry.
Walkers originated in Coventry.
Pringles began life in Mechelen.
Doritos started life in Topeka.
Tostitos got its start in Topeka.
Eggs Florentine started life in New York City.
Peach Melba originated in Paris.
Carpaccio began life in Naples.
Pizza Margherita originated in Venice.
# (4) "A(n) N of X is Y": toppings and sides for ingredients, negations, lists, other relations
An ingredient of Caesar salad is never parmesan.
An ingredient of Caesar salad is no longer parmesan.
An ingredient of Caesar salad is parmesan but not croutons.
A main ingredient of Caesar salad is parmesan.
An ingredient of Eggs Benedict is hollandaise sauce.
An ingredient of Buffalo wings is celery.
An ingredient of Buffalo wings is blue cheese dressing.
An ingredient of Pavlova is kiwifruit.
An ingredient of Carpaccio is arugula.
An ingredient of Caesar salad was ham.
An ingredient of Caesar salad is Caesar Cardini.
An ingredient of Caesar salad is Tijuana.
An ingredient of Eggs Florentine is Eggs Benedict.
A namesake of Peach Melba is Auguste Escoffier.
A creator of Peach Melba is Nellie Melba.
A creator of Pavlova is Anna Pavlova.
Tijuana is in Mexico, and an ingredient of Caesar salad is ham.
An ingredient of Peach Melba is peaches and raspberry sauce.
An ingredient of Peach Melba are peaches.
An ingredient of Reuben sandwich is rye bread, and an ingredient of Carpaccio is corned beef.
An ingredient of chicken is Chicken tikka masala.
An ingredient of Reuben sandwich is hollandaise sauce.
A creator of Caesar salad is Lemuel Benedict.
# (7) "has been around since": another item's year, a person, a place, decades, hedges
Caesar salad has been around since 1923.
Caesar's Caesar salad has been around since 1923.
Caesar salad, first served at Caesar's, has been around since 1923.
Eggs Benedict, which was first served at the Waldorf Hotel, has been around since 1893.
The Waldorf Hotel's Eggs Benedict has been around since 1893.
Caesar salad has been around since the 1910s.
Caesar salad has been around since at least 1920.
Caesar salad has not been around since 1924.
Caesar salad has been around since 1924 in the United States.
Caesar Cardini has been around since 1924.
Tijuana has been around since 1924.
The creator of Caesar salad has been around since 1924.
Harry's Bar has been around since 1950.
Pizzeria Brandi, where Pizza Margherita was first made, has been around since 1889.
Pringles has been around since 1966.
Walkers, made by PepsiCo, has been around since 1966.
# (9) item nouns of the wrong kind
The dessert Caesar salad was first made in Tijuana.
The pizza Peach Melba was created by Auguste Escoffier.
The sandwich Pavlova is named after Anna Pavlova.
The salad Caesar Cardini created Caesar salad.
The dish Harry's Bar is located in Venice.
The Carpaccio salad was created by Giuseppe Cipriani.
The Pavlova pizza is topped with kiwifruit.
# (13) "one of the Ns behind"
Nellie Melba is one of the creators behind Peach Melba.
Caesar Cardini is one of the creators behind Peach Melba.

@screen
# (13) "The screenplay / score for X came from Y", "... is the work of Y": another maker
The screenplay for Jaws came from Steven Spielberg.
The screenplay for Jaws came from John Williams.
The screenplay for Psycho came from Robert Bloch.
The screenplay for Psycho is the work of Robert Bloch.
The score for Psycho is the work of Alfred Hitchcock.
The score for Jaws came from Verna Fields.
The score for The Godfather came from Mario Puzo.
The score for Jaws came from Universal Pictures.
The screenplay for Goodfellas is the work of Thelma Schoonmaker.
The screenplay for Mean Girls came from Rosalind Wiseman.
The score for Minions is the work of Pierre Coffin.
The score for Despicable Me came from Pierre Coffin.
The screenplay for Psycho is from Robert Bloch.
The screenplay for Jaws is the work of Carl Gottlieb and Verna Fields.
# (13) "did the editing on X", "the editing on X is by Y" (and the production, the distribution)
Steven Spielberg did the editing on Jaws.
Bill Butler did the editing on Jaws.
The editing on Jaws is by Steven Spielberg.
The editing on Psycho is by Alfred Hitchcock.
The editing on Goodfellas is by Martin Scorsese.
Thelma Schoonmaker did the editing on Mean Girls.
Verna Fields did the editing on Psycho.
Samuel Johnson did the editing on A Dictionary of the English Language.
Noah Webster did the editing on An American Dictionary of the English Language.
The editing on Roget's Thesaurus is by Peter Mark Roget.
Verna Fields did the production on Jaws.
The production on Jaws is by Steven Spielberg.
Steven Spielberg did the distribution of Jaws.
The distribution of Jaws is by Paramount Pictures.
The editing on Jaws is by Verna Fields and Bill Butler.
The editing on Encyclopaedia Britannica is by Colin Macfarquhar.
Colin Macfarquhar did the editing on Encyclopaedia Britannica.
# (13) "was at the helm of", "one of the producers behind"
Richard D. Zanuck was at the helm of Jaws.
Peter Benchley was at the helm of Jaws.
Steven Spielberg was at the helm of Psycho.
Jaws was at the helm of Steven Spielberg.
Chris Renaud was at the helm of Minions.
Alfred Hitchcock was at the helm of The Godfather.
Garry Marshall was at the helm of Happy Days.
Tina Fey was at the helm of Mean Girls.
Steven Spielberg was one of the producers behind Jaws.
Peter Benchley was one of the producers behind Jaws.
Verna Fields was one of the producers behind Jaws.
Richard D. Zanuck was one of the producers behind Psycho.
Mario Puzo was one of the producers behind The Godfather.
Chris Renaud was one of the directors behind Minions.
Jaws was one of the producers behind David Brown.
John Williams was one of the composers behind Psycho.
Rosalind Wiseman was one of the writers behind Mean Girls.
# (11) "the camerawork / cinematography / score on X is by Y"
The cinematography on Jaws is by Steven Spielberg.
The camerawork on Psycho is by Alfred Hitchcock.
The camerawork on Goodfellas is by Thelma Schoonmaker.
The cinematography on The Godfather is by Gordon Willis and Nino Rota.
The camerawork on Mean Girls is by Bill Butler.
The score on Jaws is by Bernard Herrmann.
# (13) "came out in <year> through <distributor>" (no label: the distributors are film studios)
Jaws came out in 1975 through Paramount Pictures.
Jaws came out in 1974 through Universal Pictures.
Jaws came out in 1975 through Steven Spielberg.
Minions came out in 2015 through Paramount Pictures.
# (4) "A(n) N of X is Y"
A director of Minions is Chris Renaud.
A producer of Jaws is Steven Spielberg.
A writer of Jaws is John Williams.
A compiler of Roget's Thesaurus is Betty Kirkpatrick.
An editor of Roget's Thesaurus is Peter Mark Roget.
A publisher of Encyclopaedia Britannica is William Smellie.
A creator of Superman is Bob Kane.
A cinematographer of Jaws is Verna Fields.
# (6) "grew out of" / "was spun off from"
Cheers grew out of Frasier.
Frasier grew out of Happy Days.
Despicable Me grew out of Minions.
Mork and Mindy was spun off from Cheers.
Joey was spun off from NBC.
Frasier grew out of Cheers and Friends.
Jaws grew out of Minions.
Minions grew out of Pierre Coffin.
# (8) air -> go out; compile -> put together / assemble / the work of; describe -> document
Jaws went out on NBC.
Minions went out on NBC.
Happy Days went out on NBC.
Frasier went out on ABC.
Frasier went out on NBC in 1994.
NBC went out on Frasier.
Action Comics went out on NBC.
John Knapton put together Johnson's Dictionary.
Betty Kirkpatrick compiled Roget's Thesaurus.
Andrew Bell assembled Encyclopaedia Britannica.
Betty Kirkpatrick's Roget's Thesaurus came out in 1852.
Roget's Thesaurus was the work of Longman.
Roget's Thesaurus was the work of Betty Kirkpatrick.
Larousse Gastronomique documents English.
Roget's Thesaurus documents French.
English documents Roget's Thesaurus.
# (7) years of reference works, "announced" for works and people
Roget's Thesaurus came out in 1853.
The Times Atlas of the World came out in 1896.
Larousse Gastronomique was announced in 1938.
Encyclopaedia Britannica was unveiled in 1768.
Samuel Johnson came out in 1755.
Jaws was announced in 1975.
The Godfather was unveiled in 1972.
Superman was announced in 1938.
# (5) "first came out / appeared in", "debuted in"
Superman first appeared in Edinburgh.
Encyclopaedia Britannica first appeared in Action Comics.
Larousse Gastronomique first came out in London.
Larousse Gastronomique first appeared in London.
Roget's Thesaurus first appeared in New Haven.
Jerry Siegel debuted in Action Comics.
Superman debuted in Detective Comics.
# (9) item nouns: homonyms of a film and its novel, a sitcom called a film, a person called a work
The film Psycho was written by Robert Bloch.
Robert Bloch wrote the film Psycho.
The novel Psycho was directed by Alfred Hitchcock.
The novel Jaws has a score by John Williams.
The book Jaws was directed by Steven Spielberg.
The Jaws novel was directed by Steven Spielberg.
The novel The Godfather was produced by Albert S. Ruddy.
30 Rock, a film by Tina Fey, aired on NBC.
Tina Fey's film 30 Rock aired on NBC.
The 30 Rock film aired on NBC.
The programme Mean Girls has a screenplay by Tina Fey.
The series Minions is a spin-off of Despicable Me.
The character Herge created Tintin.
The comic Herge created Tintin.
The show Steven Spielberg directed Jaws.
The book Superman first appeared in Action Comics.
# arguable (see OPEN)
The film Jaws grew out of the novel Jaws.

@devices
# (7) "announced / unveiled in <year>": the release year of a device unveiled at a trade show the year before
The PlayStation 3 was announced in 2006.
The PlayStation 3 was unveiled in 2006.
The Fujifilm GFX 50S was announced in 2017.
The Fujifilm GFX 50S was unveiled in 2017.
The PlayStation 3, announced in 2006, is made by Sony.
The Fujifilm GFX 50S, unveiled at Photokina 2016, was announced in 2017.
Ken Kutaragi unveiled the PlayStation 3 in 2006.
Sony announced the PlayStation 3 in 2006.
The PlayStation 3 was unveiled at E3 2005 in 2006.
The PlayStation 3, which Ken Kutaragi unveiled in 2006, is made by Sony.
Toshihisa Iida unveiled the Fujifilm GFX 50S in 2017.
The PlayStation 3 was unveiled in 2006 in Los Angeles.
The Nintendo Switch was announced in 2016.
# (5) "was unveiled in" read "was first shown / presented in", "debuted in", "first appeared in": a statue
# first exhibited elsewhere; "was first released in" read "first appeared in" where the unveiling came first
The Statue of Liberty was first shown in New York City.
The Statue of Liberty first appeared in New York City.
The Statue of Liberty was first presented in New York City.
The Statue of Liberty made its debut in New York City.
The Statue of Liberty debuted in New York City.
# (5) the wrong country or city, people and companies
The PlayStation 3 first came out in the United States.
The PlayStation 3 first appeared in the United Kingdom.
The iPhone first came out in the United Kingdom.
The iPhone first appeared in Germany.
The Huawei Mate X first came out in Germany.
The PlayStation 2 first came out in the United States.
The Nintendo Switch first came out in the United States.
The Apple Watch first came out in Japan.
The PlayStation 3 debuted in Tokyo.
The Nintendo Switch debuted in Kyoto.
The iPhone made its debut in Cupertino.
The Apple Watch first appeared in San Francisco.
The Huawei Mate X was first shown in Tokyo.
The Nissan Leaf debuted in Tokyo.
Steve Jobs debuted in San Francisco.
Sony debuted in Los Angeles.
E3 2005 debuted in Los Angeles.
# (8) unveil -> present / introduce / show off; succeed -> replace
Steve Jobs presented the Apple Watch.
Tim Cook introduced the iPhone.
Ken Kutaragi showed off the PlayStation 4.
Andrew House presented the PlayStation 3.
Kaz Hirai introduced the PlayStation 3.
Satoru Iwata presented the Nintendo Switch.
J Allard presented the PlayStation 3.
Carlos Ghosn introduced the Huawei Mate X.
Frederic Auguste Bartholdi presented the Statue of Liberty.
Sony presented the PlayStation 3.
The PlayStation 3 introduced Ken Kutaragi.
The PlayStation 4 replaced the PlayStation 2.
The PlayStation 2 replaced the PlayStation 3.
The PlayStation 3 was replaced by the PlayStation 2.
The Wii U replaced the Nintendo Switch.
The iPhone replaced the iPhone 3G.
Howard Stringer replaced Kaz Hirai.
Satoru Iwata replaced Tatsumi Kimishima.
Kaz Hirai replaced Ken Kutaragi.
The PlayStation 3 replaced the Xbox 360.
# (7) "has been around since": one trade show (an edition: the year it was held)
The PlayStation 3 has been around since 2005.
E3 2005 has been around since 2005.
Macworld 2007 has existed since 2007.
Photokina 2016 has been around since 2016.
Mobile World Congress 2019 has been in existence since 2019.
The Statue of Liberty has been around since 1876.
The PlayStation 3, unveiled at E3 2005, has been around since 2005.
# (9) item nouns of the wrong kind
The camera iPhone was unveiled in San Francisco.
The handset Nintendo Switch was unveiled in Tokyo.
The phone Fujifilm GFX 50S was unveiled in Cologne.
The handset Apple Watch is made by Apple.
The statue Steve Jobs unveiled the iPhone.
The console Ken Kutaragi unveiled the PlayStation 3.
# arguable (see OPEN)
The PlayStation 3 first appeared in Japan.
The Huawei Mate X first appeared in China.
"""

CONTROLS = r"""
@songs
Rihanna sang Umbrella.
Umbrella was recorded by Rihanna.
Umbrella by Rihanna came out in 2007.
Rihanna's Umbrella came out in 2007.
Gangnam Style is a hit in the United Kingdom.
Gangnam Style is a South Korean hit.
South Korea's Gangnam Style was written by PSY.
Macarena is a Spanish hit.
Island Records has its headquarters in London.
The headquarters of Island Records are in London.
The headquarters of Island Records were in Kingston.
Island Records started out in Kingston.
Back to Black came out in 2006 through Island Records.
Purple Rain by Prince came out in 1984.
The film Purple Rain was directed by Albert Magnoli.
The album Weezer was produced by Ric Ocasek.
k.d. lang sang Constant Craving.
*NSYNC sang Bye Bye Bye.
The vocals on Valerie are by Amy Winehouse.
The production on Rehab is by Mark Ronson.
The Rihanna single Umbrella features vocals by Jay-Z.
Island Records is headquartered in London.
@orgs
UEFA has its headquarters in Nyon.
The headquarters of UEFA are in Nyon.
UEFA's headquarters are in Nyon.
The headquarters of UEFA were in Bern.
UEFA started out in Basel.
The European headquarters of Meta Platforms are in Dublin.
PayPal grew out of eBay.
PayPal was spun off from eBay.
The United Nations replaced the League of Nations.
Glastonbury Festival has been around since 1970.
The Frankfurt Book Fair has been around since 1949.
Peter Thiel is one of the founders behind PayPal.
UEFA is headquartered in Nyon.
@places
Busingen am Hochrhein is an exclave in Switzerland.
Busingen am Hochrhein is located in Switzerland.
Busingen am Hochrhein is a German exclave.
Palazzo Farnese is in Italy.
Palazzo Farnese is a French embassy.
Leon Trotsky was in Mexico.
Kobe beef is a Japanese delicacy.
Postojna Cave is in Slovenia.
Carlsbad Caverns is an American show cave.
Carlsbad Caverns is in New Mexico.
The Blue Grotto is located in Campania.
Perfume is a bestseller in the United States.
@kitchen
An ingredient of Caesar salad is parmesan.
The main ingredient of Caesar salad is romaine lettuce.
A main ingredient of Caesar salad is romaine lettuce.
Caesar salad started out in Tijuana.
Caesar salad originated in Tijuana.
Caesar salad has been around since 1924.
Walkers started out in Leicester.
PepsiCo had its headquarters in New York City.
The headquarters of PepsiCo were in New York City.
Caesar's has been around since 1923.
An ingredient of Caesar salad is romaine lettuce.
@screen
The screenplay for Jaws came from Peter Benchley.
The score for Jaws is the work of John Williams.
Verna Fields did the editing on Jaws.
The editing on Jaws is by Verna Fields.
Steven Spielberg was at the helm of Jaws.
David Brown was one of the producers behind Jaws.
The camerawork on Jaws is by Bill Butler.
Frasier grew out of Cheers.
Frasier went out on NBC.
Samuel Johnson compiled A Dictionary of the English Language.
Johnson's Dictionary was the work of Samuel Johnson.
Roget's Thesaurus came out in 1852.
Encyclopaedia Britannica first came out in Edinburgh.
Superman first appeared in Action Comics.
The novel Psycho was written by Robert Bloch.
Kyle Balda was at the helm of Minions.
Pierre Coffin was at the helm of Despicable Me.
The score for Despicable Me came from Heitor Pereira.
The editing on Encyclopaedia Britannica is by Andrew Bell.
Andrew Bell did the editing on Encyclopaedia Britannica.
A director of Minions is Kyle Balda.
Roget's Thesaurus documents English.
Jaws came out in 1975 through Universal Pictures.
@devices
The PlayStation 3 was unveiled at E3 2005.
The PlayStation 3 debuted in Los Angeles.
The PlayStation 3 first came out in Japan.
The iPhone was announced in 2007.
Steve Jobs introduced the iPhone.
Tim Cook presented the Apple Watch.
The PlayStation 4 replaced the PlayStation 3.
The Statue of Liberty was first exhibited in Philadelphia.
The PlayStation 3 has been around since 2006.
The Huawei Mate X first came out in China.
The PlayStation 3 first appeared in Los Angeles.
The PlayStation 3 was unveiled in 2005.
The Statue of Liberty was first shown in Philadelphia.
"""

KNOWN = frozenset(
    {
        # accepted by the starting code too (CHANGES.diff reversed): an item noun before a name in
        # lower case ("the song will.i.am", "the film will.i.am"); a record label, a book publisher,
        # a book club or a book fair that "came out" or "was published" (types "record_label",
        # "book_publisher", "comic_book_publisher", "book_club", "book_fair": "record", "book",
        # "comic"); a producer as the song's maker ("by", possessive, attributive: authorship)
        "The song k.d. lang wrote Constant Craving.",
        "The film will.i.am wrote Boom Boom Pow.",
        "The song will.i.am wrote Boom Boom Pow.",
        "The single will.i.am produced Boom Boom Pow.",
        "The album will.i.am produced Boom Boom Pow.",
        "Island Records came out in 1959.",
        "Def Jam Recordings was published in 1984.",
        "Umbrella by Tricky Stewart came out in 2007.",
        "Tricky Stewart's Umbrella came out in 2007.",
        "Umbrella is a Tricky Stewart single.",
        "Penguin Books came out in 1935.",
        "Gallimard was published in 1911.",
        "DC Comics came out in 1934.",
        "Marvel Comics was published in 1939.",
        "The Book of the Month Club came out in 1926.",
        "The Frankfurt Book Fair came out in 1949.",
        "The Frankfurt Book Fair was published in 1949.",
        "Faber and Faber was first published in 1929.",
    }
)

OPEN = frozenset(
    {
        # Daft Punk's own vocoder vocals are on Get Lucky beside Pharrell's (the graph names only his)
        "Daft Punk sang Get Lucky.",
        # "a British hit" may mean a hit in Britain; "in the United Kingdom" loosely "in its charts"
        "Gangnam Style is a British hit.",
        "Lambada is a German hit.",
        "The German hit Lambada is performed by Kaoma.",
        "Lambada, a French hit, is performed by Kaoma.",
        "Gangnam Style and Despacito are British hits.",
        "Gangnam Style is in the United Kingdom.",
        # a song "by" its writer (Pharrell Williams wrote Get Lucky; authorship, as the code reads it)
        "Get Lucky by Pharrell Williams came out in 2013.",
        # the League of Nations was succeeded (dissolved), but the graph gives no end year; the UN
        # "grew out of" it loosely (a successor, no spin-off)
        "The League of Nations has been around since 1920.",
        "The United Nations grew out of the League of Nations.",
        # "Italy's Palazzo Farnese" may mean the palace in Italy, not Italy's embassy; "Mexico's
        # Trotsky" the exile in Mexico; "a French invasive species" one invasive in France; "an
        # American bestseller" one that sells in America
        "Italy's Palazzo Farnese is the embassy of France.",
        "Mexico's Leon Trotsky was exiled from Russia.",
        "The Asian hornet is a French invasive species.",
        "Perfume is an American bestseller.",
        "The Name of the Rose is an American bestseller.",
        # a show cave's year is its opening to visitors: the cave is far older, the show cave is not
        "Postojna Cave has been around since 1819.",
        # a film "grows out of" the novel it adapts, loosely
        "The film Jaws grew out of the novel Jaws.",
        # "was first released in" Japan read "first appeared in" Japan, beside "was unveiled in" Los
        # Angeles read "first appeared in" Los Angeles (both accepted): first in the shops, or first
        # shown at all?
        "The PlayStation 3 first appeared in Japan.",
        "The Huawei Mate X first appeared in China.",
    }
)


def _parse(block):
    key, user = None, None
    for line in block.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            parts = line[1:].split()
            key, user = parts[0], (parts[1] if len(parts) > 1 else None)
            continue
        yield key, user, line


def cases():
    yield from _parse(TEXTS)


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
