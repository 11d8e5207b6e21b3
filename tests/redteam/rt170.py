"""Red team round 170 on this round's new readings (CHANGES.diff, after the fixes of round 169):
(1) recordings' performers as makers, "is performed by" -> "is sung / recorded by"; (2) "has its
N in" -> "its N is in", "the N of X is in", "is headquartered / based in"; (3) "is a <words> in" a
place -> "is in / located / situated in" and the demonym; (4) "An N of X is Y"; (5) "published /
released / unveiled in" a place -> "came out / appeared / debuted in"; (6) spin-offs; (7)
"announced / unveiled", reference works "published / came out", "has been around / existed since";
(8) "compile", the new synonyms and type nouns; (9) item nouns must name the kind of the name
next to them; (10) "started out / life in", "began life in", "originated in"; (11) "the N on X".

Six graphs of my own (see each builder's docstring): music (songs, singles and albums with
performers, writers, producers, guest vocalists, a soundtrack album by someone else, band members,
singles that "are hit singles in" countries), studio (albums "recorded at" studios, record labels
with headquarters and founding cities, studios "based in" cities), places (parties with
headquarters and founding cities, caves with their year of discovery, species that "are invasive
species in" and "extinct species in" countries and "are native to" others), food (cocktails and
dishes with ingredients, garnishes, creators, the city each "was first made in", bars and hotels
with their own years, "popular cocktails / dishes in" countries and the countries they "come
from"), tech (phones, consoles, cameras, cars "unveiled in" one city and "released in" several
countries, companies typed "car_manufacturer", "camera_maker", "phone_maker", "software_company"
that "are based in" one city and "were founded in" another, car races, succession of models and of
executives, rivals, "bestselling phones in" countries), media (sitcoms and spin-offs, films "based
on" novels, networks, cinematographers and composers, dictionaries with compilers, editors and
publishers, comics characters and the comics they "first appeared in"; names with a digit first).

Findings (124 of 577 false texts accepted; the starting code, CHANGES.diff reversed, accepts 3 of
them, all three rejected now, plus the 5 of KNOWN):

* (3) ``kind_in_place`` lets any word that is no participle stand before the kind: "is a hit
  single in", "is a popular cocktail in", "is a popular dish in", "is a bestselling phone in", "is
  an invasive species in", "is an extinct species in" all pass (round 169 only shut out words
  AFTER the kind: "is a cocktail popular in", "is a song banned in"). So a market, a chart, an
  invasion or an extinction reads as where the item comes from and where it is: "The Moscow Mule
  is a Russian cocktail", "The Manhattan is a Japanese cocktail", "Pad Thai is an American dish",
  "Beef Stroganoff is a Swedish dish", "99 Luftballons is a British single", "Rolling in the Deep
  is a German single", "The Nokia 1100 is an Indian phone", "The Asian hornet is a French species",
  "The European rabbit is an Australian species", possessives ("Russia's Moscow Mule", "India's
  Nokia 1100", "Japan's iPhone X"), attributives ("The Russian cocktail Moscow Mule", "The French
  species Asian hornet"), appositions, plurals ("The Daiquiri and the Pina Colada are British
  cocktails"), and "is located / situated in" ("The Mojito is located in Spain", "The Nokia 1100
  is located in India", "99 Luftballons is located in Japan"), even "is in" a country where the
  species is extinct ("The Eurasian brown bear is in the United Kingdom", "The Eurasian lynx is in
  the Netherlands"). 79 texts. (Meanwhile the true "The Asian hornet is a Chinese species", native
  to China, is rejected: see the controls.)
* (7) ``_ANNOUNCED_KINDS`` is matched against every word of the item's type (``type_word_set``),
  so a company whose type names its products ("car_manufacturer", "camera_maker", "phone_maker",
  "software_company") and a "car_race" are "announced / unveiled" in their year of founding or
  first running: "Ford was announced in 1903", "Porsche was unveiled in 1931", "Microsoft was
  announced in 1975", "Canon was unveiled in 1937", "Nokia, which makes the Nokia 3310, was
  announced in 1865", "The 24 Hours of Le Mans was announced in 1923", "The Monaco Grand Prix,
  announced in 1929, was won by the Bugatti Type 35". 22 texts. ("video_game_company",
  "electronics_company" and "technology_company" hold no such word: Nintendo, Sony, Apple
  rejected.)
* (5) "was released in" a place (no "first") also reads "first came out in" and "first appeared
  in", so every country of release is the first one: "The Wii first came out in the United
  Kingdom", "The Wii first appeared in Japan", "The PlayStation 2 first came out in the United
  States", "The iPod first came out in Japan" (the checker itself rejects "The Wii was first
  released in the United Kingdom"). 10 texts.
* (10) the longer ``_STARTED_IN`` ("started out / life in", "began life in") is also added where
  the list was used before: to "comes from" / "originated in", and so to "is based in" (read
  "is from" where no relation says "from"): a company "based in" Redmond but "founded in"
  Albuquerque "started out in Redmond": "Microsoft started out in Redmond", "Microsoft began life in
  Redmond", "Google started out in Mountain View", "Apple started life in Cupertino", "Nokia
  started out in Espoo", "Samsung started out in Suwon". 10 texts. (The starting code already
  accepts "Microsoft got its start in Redmond" by the same path: KNOWN.)
* (9) the new check of item nouns looks only at names with a capital first letter, so a person
  whose name starts with a digit is still glued to the noun before it: "The song 50 Cent recorded
  In da Club", "The single 50 Cent sang In da Club", "The album 50 Cent recorded In da Club" (the
  starting code accepts "The album 50 Cent performed In da Club": KNOWN). 3 texts.

Held: "sung / recorded by" writers, producers, a soundtrack's performer, "X by Y" and "Y's X" for
guests, the wrong kind or year, "recorded" with a studio relation; the headquarters readings
(founding city, lists, reversed, negated, "whose headquarters", seat nouns of two words, another
relation's "based"); "started out in" a party's seat; "An ingredient of X is Y" (negated,
garnishes, lists, "the only", "every", "a key", other relations' objects); "debuted / was first
shown / first appeared in" the wrong city or for people; "present / introduce / show off" the
wrong executive; "replaced" reversed and for rivals; "grew out of / was spun off from" a basis,
reversed, a network; "went out on" for films and wrong networks; "compiled / put together /
assembled / the work of" a publisher; "documents"; "first came out / appeared in" for
dictionaries and comics; "the camerawork / cinematography / music on X"; type nouns before or
after lower-case and digit-first item names ("The console iPod", "The film 30 Rock"), in quotes and
appositions; "has been around since" after relative clauses, appositions, "X from Y", role nouns,
restrictive clauses ("The company that makes the Wii") and lists.

Rejected controls: "A member of Nirvana is Dave Grohl." (the new "A(n) N of X is Y" reads
"ingredient" and "writer" but not the noun of the phrase "is a member of": 'member' unknown); "The Asian
hornet is a Chinese species." ("is native to" gives no demonym, while the invasion gives "a
French species"); "The Wii, made by Nintendo, has been around since 2006." (the apposition ends in
an item, Nintendo, so the idiom is not read for the subject).
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


def music():
    """Songs, singles and albums (items: year released; types "song", "single", "album":
    recordings, so the performer is a maker and "is performed by" also reads "is sung / recorded
    by": no relation records, sings or performs here). Writers who never recorded the song
    (Jim Peterik, Angela Hunte, Savan Kotecha), producers (some also writers: Rich Harrison, Paul
    Epworth, Finneas O'Connell), guest vocalists ("features vocals by": Jay-Z on Crazy in Love,
    Alicia Keys on Empire State of Mind), a song on a soundtrack album performed by someone else
    (Eye of the Tiger, by Survivor, is on Rocky III, an album by Bill Conti), band members, and
    singles that "are hit singles in" countries (a kind in a place with an adjective before the
    kind: a chart hit, not where the single comes from). Names starting with a digit ("99
    Luftballons", "7 Rings", the rapper "50 Cent")."""
    SSA = ("song", "single", "album")
    SS = ("song", "single")
    rels = [
        R("performed_by", phrase="is performed by", inverse_phrase="performed", domain=SSA,
          range=("singer", "band", "composer", "rapper")),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=SS, range=("songwriter", "singer", "producer")),
        R("produced_by", phrase="was produced by", inverse_phrase="produced", domain=SSA, range=("producer",)),
        R("appears_on", phrase="appears on", inverse_phrase="includes", domain=SS, range=("album",)),
        R("guest", phrase="features vocals by", inverse_phrase="guests on", domain=SS, range=("singer", "rapper")),
        R("hit_in", phrase="is a hit single in", inverse_phrase="made a hit of", domain=("single",), range=("country",)),
        R("member_of", phrase="is a member of", inverse_phrase="has the member", domain=("singer", "songwriter"), range=("band",)),
    ]
    items = {
        "s:tiger": ("single", "Eye of the Tiger", 1982), "s:crazy": ("single", "Crazy in Love", 2003),
        "s:empire": ("single", "Empire State of Mind", 2009), "s:rings": ("single", "7 Rings", 2019),
        "s:luft": ("single", "99 Luftballons", 1983), "s:teen": ("single", "Smells Like Teen Spirit", 1991),
        "s:wonder": ("single", "Wonderwall", 1995), "s:someone": ("song", "Someone like You", 2011),
        "s:rolling": ("single", "Rolling in the Deep", 2010), "s:ocean": ("song", "Ocean Eyes", 2016),
        "s:toxic": ("single", "Toxic", 2004), "s:club": ("single", "In da Club", 2003), "s:halo": ("song", "Halo", 2008), "s:lithium": ("song", "Lithium", 1992),
        "a:rocky": ("album", "Rocky III", 1982), "a:dangerously": ("album", "Dangerously in Love", 2003),
        "a:blueprint": ("album", "The Blueprint 3", 2009), "a:sweetener": ("album", "Sweetener", 2018),
        "a:nevermind": ("album", "Nevermind", 1991), "a:morning": ("album", "Definitely Maybe", 1994),
        "a:21": ("album", "21", 2011), "a:zone": ("album", "In the Zone", 2003), "a:sasha": ("album", "Sasha Fierce", 2008), "a:getrich": ("album", "Get Rich or Die Tryin'", 2003),
    }
    others = {
        "p:survivor": ("band", "Survivor"), "p:beyonce": ("singer", "Beyonce"), "p:jayz": ("rapper", "Jay-Z"),
        "p:keys": ("singer", "Alicia Keys"), "p:ariana": ("singer", "Ariana Grande"), "p:nena": ("band", "Nena"),
        "p:nirvana": ("band", "Nirvana"), "p:oasis": ("band", "Oasis"), "p:adele": ("singer", "Adele"),
        "p:billie": ("singer", "Billie Eilish"), "p:britney": ("singer", "Britney Spears"), "p:conti": ("composer", "Bill Conti"), "p:50cent": ("rapper", "50 Cent"),
        "p:cobain": ("singer", "Kurt Cobain"), "p:liam": ("singer", "Liam Gallagher"), "p:grohl": ("singer", "Dave Grohl"),
        "w:peterik": ("songwriter", "Jim Peterik"), "w:hunte": ("songwriter", "Angela Hunte"), "w:kotecha": ("songwriter", "Savan Kotecha"),
        "w:fahrenkrog": ("songwriter", "Uwe Fahrenkrog-Petersen"), "w:noel": ("songwriter", "Noel Gallagher"),
        "w:dennis": ("songwriter", "Cathy Dennis"), "w:tedder": ("songwriter", "Ryan Tedder"),
        "r:sullivan": ("producer", "Frankie Sullivan"), "r:harrison": ("producer", "Rich Harrison"), "r:shux": ("producer", "Al Shux"),
        "r:brown": ("producer", "Tommy Brown"), "r:heil": ("producer", "Reinhold Heil"), "r:vig": ("producer", "Butch Vig"),
        "r:morris": ("producer", "Owen Morris"), "r:wilson": ("producer", "Dan Wilson"), "r:epworth": ("producer", "Paul Epworth"),
        "r:finneas": ("producer", "Finneas O'Connell"), "r:bloodshy": ("producer", "Bloodshy & Avant"),
        "r:pharrell": ("producer", "Pharrell Williams"), "r:dre": ("producer", "Dr. Dre"), "r:rubin": ("producer", "Rick Rubin"),
        "n:uk": ("country", "the United Kingdom"), "n:us": ("country", "the United States"), "n:japan": ("country", "Japan"),
        "n:germany": ("country", "Germany"), "n:australia": ("country", "Australia"),
    }
    T_ = _t("performed_by", [
        ("s:tiger", "p:survivor"), ("s:crazy", "p:beyonce"), ("s:empire", "p:jayz"), ("s:rings", "p:ariana"), ("s:luft", "p:nena"),
        ("s:teen", "p:nirvana"), ("s:wonder", "p:oasis"), ("s:someone", "p:adele"), ("s:rolling", "p:adele"),
        ("s:ocean", "p:billie"), ("s:toxic", "p:britney"), ("s:halo", "p:beyonce"), ("s:lithium", "p:nirvana"),
        ("a:rocky", "p:conti"), ("a:dangerously", "p:beyonce"), ("a:blueprint", "p:jayz"), ("a:sweetener", "p:ariana"),
        ("a:nevermind", "p:nirvana"), ("a:morning", "p:oasis"), ("a:21", "p:adele"), ("a:zone", "p:britney"),
        ("a:sasha", "p:beyonce"), ("s:club", "p:50cent"), ("a:getrich", "p:50cent")])
    T_ += _t("written_by", [
        ("s:tiger", "w:peterik"), ("s:crazy", "r:harrison"), ("s:empire", "w:hunte"), ("s:rings", "w:kotecha"),
        ("s:luft", "w:fahrenkrog"), ("s:teen", "p:cobain"), ("s:wonder", "w:noel"), ("s:someone", "r:wilson"),
        ("s:someone", "p:adele"), ("s:rolling", "r:epworth"), ("s:rolling", "p:adele"), ("s:ocean", "r:finneas"),
        ("s:toxic", "w:dennis"), ("s:club", "r:dre"), ("s:halo", "w:tedder"), ("s:lithium", "p:cobain")])
    T_ += _t("produced_by", [
        ("s:tiger", "r:sullivan"), ("s:crazy", "r:harrison"), ("s:empire", "r:shux"), ("s:rings", "r:brown"),
        ("s:luft", "r:heil"), ("s:teen", "r:vig"), ("s:wonder", "r:morris"), ("s:someone", "r:wilson"),
        ("s:rolling", "r:epworth"), ("s:ocean", "r:finneas"), ("s:toxic", "r:bloodshy"), ("s:halo", "w:tedder"),
        ("s:lithium", "r:vig"),
        ("a:nevermind", "r:vig"), ("s:club", "r:dre"), ("a:getrich", "r:dre"), ("a:21", "r:rubin"), ("a:sweetener", "r:pharrell"), ("a:morning", "r:morris")])
    T_ += _t("appears_on", [
        ("s:tiger", "a:rocky"), ("s:crazy", "a:dangerously"), ("s:empire", "a:blueprint"),
        ("s:teen", "a:nevermind"), ("s:lithium", "a:nevermind"), ("s:someone", "a:21"), ("s:rolling", "a:21"),
        ("s:toxic", "a:zone"), ("s:club", "a:getrich"), ("s:halo", "a:sasha")])
    T_ += _t("guest", [("s:crazy", "p:jayz"), ("s:empire", "p:keys")])
    T_ += _t("hit_in", [("s:tiger", "n:uk"), ("s:tiger", "n:us"), ("s:luft", "n:uk"), ("s:luft", "n:japan"),
                        ("s:crazy", "n:uk"), ("s:rolling", "n:germany"), ("s:wonder", "n:australia"), ("s:toxic", "n:japan")])
    T_ += _t("member_of", [("p:cobain", "p:nirvana"), ("p:grohl", "p:nirvana"), ("p:liam", "p:oasis"), ("w:noel", "p:oasis")])
    # (halo's producer is a songwriter here: produced_by's range is producers; keep the graph valid)
    T_ = [t for t in T_ if t != ("s:halo", "produced_by", "w:tedder")]
    return _build(items, others, rels, T_)


def studio():
    """Albums and a single (items: year released) performed by bands and singers, "recorded at"
    studios (so "is performed by" gets no "recorded / sung" reading), produced by producers
    (Rick Rubin also founded Def Jam, Jim Stewart also founded Stax), released by record labels
    (items: year founded) that "have their headquarters in" one city and "were founded in"
    another (Sub Pop: Seattle / Olympia; Motown: Los Angeles / Detroit; Geffen: Santa Monica / Los
    Angeles; Capitol: Hollywood / Los Angeles), were founded by people; studios "are based in"
    cities (another relation says "based": no "is based in" for the labels' seats)."""
    AL = ("album", "single")
    rels = [
        R("performed_by", phrase="is performed by", inverse_phrase="performed", domain=AL, range=("band", "singer")),
        R("recorded_at", phrase="was recorded at", inverse_phrase="is where was recorded", domain=AL, range=("studio",)),
        R("produced_by", phrase="was produced by", inverse_phrase="produced", domain=AL, range=("producer",)),
        R("released_by", phrase="was released by", inverse_phrase="released", domain=AL, range=("record_label",)),
        R("label_hq", phrase="has its headquarters in", inverse_phrase="is home to the headquarters of",
          domain=("record_label",), range=("city",)),
        R("founded_in", phrase="was founded in", inverse_phrase="is where was founded", domain=("record_label",), range=("city",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("record_label",), range=("producer", "executive")),
        R("studio_based", phrase="is based in", inverse_phrase="is the base of", domain=("studio",), range=("city",)),
    ]
    items = {
        "a:bleach": ("album", "Bleach", 1989), "a:songs": ("album", "Songs in the Key of Life", 1976),
        "a:appetite": ("album", "Appetite for Destruction", 1987), "a:sweetchild": ("single", "Sweet Child o' Mine", 1988),
        "a:tubular": ("album", "Tubular Bells", 1973), "a:petsounds": ("album", "Pet Sounds", 1966),
        "a:licensed": ("album", "Licensed to Ill", 1986), "a:otis": ("album", "Otis Blue", 1965),
        "a:screamadelica": ("album", "Screamadelica", 1991),
        "l:subpop": ("record_label", "Sub Pop", 1986), "l:motown": ("record_label", "Motown", 1959),
        "l:geffen": ("record_label", "Geffen Records", 1980), "l:virgin": ("record_label", "Virgin Records", 1972),
        "l:capitol": ("record_label", "Capitol Records", 1942), "l:defjam": ("record_label", "Def Jam", 1984),
        "l:stax": ("record_label", "Stax Records", 1957), "l:creation": ("record_label", "Creation Records", 1983),
    }
    others = {
        "b:nirvana": ("band", "Nirvana"), "b:wonder": ("singer", "Stevie Wonder"), "b:gnr": ("band", "Guns N' Roses"),
        "b:oldfield": ("singer", "Mike Oldfield"), "b:beachboys": ("band", "the Beach Boys"), "b:beastie": ("band", "the Beastie Boys"),
        "b:redding": ("singer", "Otis Redding"), "b:primal": ("band", "Primal Scream"),
        "t:reciprocal": ("studio", "Reciprocal Recording"), "t:crystal": ("studio", "Crystal Sound"), "t:rumbo": ("studio", "Rumbo Studios"),
        "t:manor": ("studio", "the Manor Studio"), "t:western": ("studio", "Western Recorders"), "t:chungking": ("studio", "Chung King Studios"),
        "t:stax": ("studio", "Stax Studio"), "t:jam": ("studio", "the Jam Studios"),
        "r:endino": ("producer", "Jack Endino"), "r:clink": ("producer", "Mike Clink"), "r:newman": ("producer", "Tom Newman"),
        "r:bwilson": ("producer", "Brian Wilson"), "r:rubin": ("producer", "Rick Rubin"), "r:stewart": ("producer", "Jim Stewart"),
        "r:weatherall": ("producer", "Andrew Weatherall"), "r:wonder": ("producer", "Gary Olazabal"),
        "x:pavitt": ("executive", "Bruce Pavitt"), "x:gordy": ("executive", "Berry Gordy"), "x:geffen": ("executive", "David Geffen"),
        "x:branson": ("executive", "Richard Branson"), "x:mercer": ("executive", "Johnny Mercer"), "x:mcgee": ("executive", "Alan McGee"),
        "y:seattle": ("city", "Seattle"), "y:olympia": ("city", "Olympia"), "y:la": ("city", "Los Angeles"), "y:detroit": ("city", "Detroit"),
        "y:santamonica": ("city", "Santa Monica"), "y:hollywood": ("city", "Hollywood"), "y:london": ("city", "London"),
        "y:nyc": ("city", "New York City"), "y:memphis": ("city", "Memphis"), "y:shipton": ("city", "Shipton-on-Cherwell"),
        "y:oxford": ("city", "Oxford"),
    }
    T_ = _t("performed_by", [
        ("a:bleach", "b:nirvana"), ("a:songs", "b:wonder"), ("a:appetite", "b:gnr"), ("a:sweetchild", "b:gnr"),
        ("a:tubular", "b:oldfield"), ("a:petsounds", "b:beachboys"), ("a:licensed", "b:beastie"), ("a:otis", "b:redding"),
        ("a:screamadelica", "b:primal")])
    T_ += _t("recorded_at", [
        ("a:bleach", "t:reciprocal"), ("a:songs", "t:crystal"), ("a:appetite", "t:rumbo"), ("a:sweetchild", "t:rumbo"),
        ("a:tubular", "t:manor"), ("a:petsounds", "t:western"), ("a:licensed", "t:chungking"), ("a:otis", "t:stax"),
        ("a:screamadelica", "t:jam")])
    T_ += _t("produced_by", [
        ("a:bleach", "r:endino"), ("a:songs", "r:wonder"), ("a:appetite", "r:clink"), ("a:sweetchild", "r:clink"),
        ("a:tubular", "r:newman"), ("a:petsounds", "r:bwilson"), ("a:licensed", "r:rubin"), ("a:otis", "r:stewart"),
        ("a:screamadelica", "r:weatherall")])
    T_ += _t("released_by", [
        ("a:bleach", "l:subpop"), ("a:songs", "l:motown"), ("a:appetite", "l:geffen"), ("a:sweetchild", "l:geffen"),
        ("a:tubular", "l:virgin"), ("a:petsounds", "l:capitol"), ("a:licensed", "l:defjam"), ("a:otis", "l:stax"),
        ("a:screamadelica", "l:creation")])
    T_ += _t("label_hq", [
        ("l:subpop", "y:seattle"), ("l:motown", "y:la"), ("l:geffen", "y:santamonica"), ("l:virgin", "y:london"),
        ("l:capitol", "y:hollywood"), ("l:defjam", "y:nyc"), ("l:stax", "y:memphis"), ("l:creation", "y:london")])
    T_ += _t("founded_in", [
        ("l:subpop", "y:olympia"), ("l:motown", "y:detroit"), ("l:geffen", "y:la"), ("l:virgin", "y:london"),
        ("l:capitol", "y:la"), ("l:defjam", "y:nyc"), ("l:stax", "y:memphis"), ("l:creation", "y:london")])
    T_ += _t("founded_by", [
        ("l:subpop", "x:pavitt"), ("l:motown", "x:gordy"), ("l:geffen", "x:geffen"), ("l:virgin", "x:branson"),
        ("l:capitol", "x:mercer"), ("l:defjam", "r:rubin"), ("l:stax", "r:stewart"), ("l:creation", "x:mcgee")])
    T_ += _t("studio_based", [
        ("t:reciprocal", "y:seattle"), ("t:crystal", "y:la"), ("t:rumbo", "y:la"), ("t:manor", "y:shipton"),
        ("t:western", "y:hollywood"), ("t:chungking", "y:nyc"), ("t:stax", "y:memphis"), ("t:jam", "y:london")])
    return _build(items, others, rels, T_)


def places():
    """Political parties (items: year founded) that "are political parties in" countries, "have
    their headquarters in" one city and "were founded in" another (Forza Italia: Rome / Milan; the
    Christian Democratic Union: Berlin / Bonn; the Australian Labor Party: Canberra / Barcaldine);
    caves (items: year DISCOVERED, so no "has been around since") that "are caves in" countries,
    "lie in the region", "are near" towns; species (no year) that "are invasive species in"
    countries while they "are native to" others (the Asian hornet: France, the United Kingdom /
    China), and species that "are extinct species in" countries (the Eurasian lynx in the
    Netherlands): kinds in a place with an adjective before the kind, so "an invasive species in
    France" is no French species, and an extinct one is not in the country at all."""
    PARTY, CAVE, SP = ("political_party",), ("cave",), ("species",)
    rels = [
        R("party_in", phrase="is a political party in", inverse_phrase="has the political party", domain=PARTY, range=("country",)),
        R("cave_in", phrase="is a cave in", inverse_phrase="has the cave", domain=CAVE, range=("country",)),
        R("hq", phrase="has its headquarters in", inverse_phrase="is home to the headquarters of", domain=PARTY, range=("city",)),
        R("founded_in", phrase="was founded in", inverse_phrase="is where was founded", domain=PARTY, range=("city",)),
        R("led_by", phrase="is led by", inverse_phrase="leads", domain=PARTY, range=("politician",)),
        R("region", phrase="lies in the region", inverse_phrase="is the region of", domain=CAVE, range=("region",)),
        R("near", phrase="is near", inverse_phrase="is the town near", domain=CAVE, range=("town",)),
        R("discovered_by", phrase="was discovered by", inverse_phrase="discovered", domain=CAVE, range=("explorer",)),
        R("invasive_in", phrase="is an invasive species in", inverse_phrase="is invaded by", domain=SP, range=("country",)),
        R("extinct_in", phrase="is an extinct species in", inverse_phrase="has lost", domain=SP, range=("country",)),
        R("native_to", phrase="is native to", inverse_phrase="is the native home of", domain=SP, range=("country",)),
    ]
    items = {
        "p:liberal": ("political_party", "Liberal Party of Australia", 1944), "p:labor": ("political_party", "Australian Labor Party", 1891),
        "p:forza": ("political_party", "Forza Italia", 1994), "p:cdu": ("political_party", "Christian Democratic Union", 1945),
        "p:syriza": ("political_party", "Syriza", 2004), "p:svp": ("political_party", "Swiss People's Party", 1971),
        "p:vox": ("political_party", "Vox", 2013), "p:akp": ("political_party", "Justice and Development Party", 2001),
        "p:aap": ("political_party", "Aam Aadmi Party", 2012), "p:finegael": ("political_party", "Fine Gael", 1933),
        "c:jenolan": ("cave", "Jenolan Caves", 1838), "c:eisriesenwelt": ("cave", "Eisriesenwelt", 1879),
        "c:sondoong": ("cave", "Son Doong Cave", 1990), "c:fingal": ("cave", "Fingal's Cave", 1772),
        "c:crystals": ("cave", "Cave of the Crystals", 2000), "c:cango": ("cave", "Cango Caves", 1780),
        "c:niaux": ("cave", "Niaux Cave", 1906), "c:reedflute": ("cave", "Reed Flute Cave", 1940),
        "z:hornet": ("species", "Asian hornet", None), "z:knotweed": ("species", "Japanese knotweed", None),
        "z:crab": ("species", "Chinese mitten crab", None), "z:python": ("species", "Burmese python", None),
        "z:rabbit": ("species", "European rabbit", None), "z:bear": ("species", "Eurasian brown bear", None),
        "z:lynx": ("species", "Eurasian lynx", None),
    }
    others = {
        "n:australia": ("country", "Australia"), "n:italy": ("country", "Italy"), "n:germany": ("country", "Germany"),
        "n:greece": ("country", "Greece"), "n:switzerland": ("country", "Switzerland"), "n:spain": ("country", "Spain"),
        "n:turkey": ("country", "Turkey"), "n:india": ("country", "India"), "n:ireland": ("country", "Ireland"),
        "n:austria": ("country", "Austria"), "n:vietnam": ("country", "Vietnam"), "n:uk": ("country", "the United Kingdom"),
        "n:mexico": ("country", "Mexico"), "n:southafrica": ("country", "South Africa"), "n:france": ("country", "France"),
        "n:china": ("country", "China"), "n:brazil": ("country", "Brazil"), "n:us": ("country", "the United States"),
        "n:japan": ("country", "Japan"), "n:myanmar": ("country", "Myanmar"), "n:russia": ("country", "Russia"),
        "n:sweden": ("country", "Sweden"), "n:netherlands": ("country", "the Netherlands"), "n:canada": ("country", "Canada"),
        "y:canberra": ("city", "Canberra"), "y:albury": ("city", "Albury"), "y:barcaldine": ("city", "Barcaldine"),
        "y:rome": ("city", "Rome"), "y:milan": ("city", "Milan"), "y:berlin": ("city", "Berlin"), "y:bonn": ("city", "Bonn"),
        "y:athens": ("city", "Athens"), "y:bern": ("city", "Bern"), "y:zurich": ("city", "Zurich"), "y:madrid": ("city", "Madrid"),
        "y:ankara": ("city", "Ankara"), "y:istanbul": ("city", "Istanbul"), "y:newdelhi": ("city", "New Delhi"),
        "y:dublin": ("city", "Dublin"), "y:cork": ("city", "Cork"),
        "r:nsw": ("region", "New South Wales"), "r:salzburg": ("region", "Salzburg"), "r:quangbinh": ("region", "Quang Binh"),
        "r:hebrides": ("region", "the Inner Hebrides"), "r:chihuahua": ("region", "Chihuahua"), "r:wcape": ("region", "Western Cape"),
        "r:ariege": ("region", "Ariege"), "r:guangxi": ("region", "Guangxi"),
        "t:oberon": ("town", "Oberon"), "t:werfen": ("town", "Werfen"), "t:phongnha": ("town", "Phong Nha"), "t:staffa": ("town", "Staffa"),
        "t:naica": ("town", "Naica"), "t:oudtshoorn": ("town", "Oudtshoorn"), "t:tarascon": ("town", "Tarascon"), "t:guilin": ("town", "Guilin"),
        "e:whalan": ("explorer", "James Whalan"), "e:posselt": ("explorer", "Anton Posselt"), "e:khanh": ("explorer", "Ho Khanh"),
        "e:banks": ("explorer", "Joseph Banks"), "e:delgado": ("explorer", "Eloy Delgado"), "e:vanzyl": ("explorer", "Jacobus van Zyl"),
        "e:molard": ("explorer", "Commandant Molard"), "e:li": ("explorer", "Li Wei"),
        "l:dutton": ("politician", "Peter Dutton"), "l:albanese": ("politician", "Anthony Albanese"), "l:tajani": ("politician", "Antonio Tajani"),
        "l:merz": ("politician", "Friedrich Merz"), "l:famellos": ("politician", "Sokratis Famellos"), "l:dettling": ("politician", "Marcel Dettling"),
        "l:abascal": ("politician", "Santiago Abascal"), "l:erdogan": ("politician", "Recep Tayyip Erdogan"),
        "l:kejriwal": ("politician", "Arvind Kejriwal"), "l:harris": ("politician", "Simon Harris"),
    }
    T_ = _t("party_in", [
        ("p:liberal", "n:australia"), ("p:labor", "n:australia"), ("p:forza", "n:italy"), ("p:cdu", "n:germany"),
        ("p:syriza", "n:greece"), ("p:svp", "n:switzerland"), ("p:vox", "n:spain"), ("p:akp", "n:turkey"), ("p:aap", "n:india"),
        ("p:finegael", "n:ireland")])
    T_ += _t("cave_in", [
        ("c:jenolan", "n:australia"), ("c:eisriesenwelt", "n:austria"), ("c:sondoong", "n:vietnam"), ("c:fingal", "n:uk"),
        ("c:crystals", "n:mexico"), ("c:cango", "n:southafrica"), ("c:niaux", "n:france"), ("c:reedflute", "n:china")])
    T_ += _t("hq", [
        ("p:liberal", "y:canberra"), ("p:labor", "y:canberra"), ("p:forza", "y:rome"), ("p:cdu", "y:berlin"), ("p:syriza", "y:athens"),
        ("p:svp", "y:bern"), ("p:vox", "y:madrid"), ("p:akp", "y:ankara"), ("p:aap", "y:newdelhi"), ("p:finegael", "y:dublin")])
    T_ += _t("founded_in", [
        ("p:liberal", "y:albury"), ("p:labor", "y:barcaldine"), ("p:forza", "y:milan"), ("p:cdu", "y:bonn"), ("p:syriza", "y:athens"),
        ("p:svp", "y:zurich"), ("p:vox", "y:madrid"), ("p:akp", "y:istanbul"), ("p:aap", "y:newdelhi"), ("p:finegael", "y:cork")])
    T_ += _t("led_by", [
        ("p:liberal", "l:dutton"), ("p:labor", "l:albanese"), ("p:forza", "l:tajani"), ("p:cdu", "l:merz"), ("p:syriza", "l:famellos"),
        ("p:svp", "l:dettling"), ("p:vox", "l:abascal"), ("p:akp", "l:erdogan"), ("p:aap", "l:kejriwal"), ("p:finegael", "l:harris")])
    T_ += _t("region", [
        ("c:jenolan", "r:nsw"), ("c:eisriesenwelt", "r:salzburg"), ("c:sondoong", "r:quangbinh"), ("c:fingal", "r:hebrides"),
        ("c:crystals", "r:chihuahua"), ("c:cango", "r:wcape"), ("c:niaux", "r:ariege"), ("c:reedflute", "r:guangxi")])
    T_ += _t("near", [
        ("c:jenolan", "t:oberon"), ("c:eisriesenwelt", "t:werfen"), ("c:sondoong", "t:phongnha"), ("c:fingal", "t:staffa"),
        ("c:crystals", "t:naica"), ("c:cango", "t:oudtshoorn"), ("c:niaux", "t:tarascon"), ("c:reedflute", "t:guilin")])
    T_ += _t("discovered_by", [
        ("c:jenolan", "e:whalan"), ("c:eisriesenwelt", "e:posselt"), ("c:sondoong", "e:khanh"), ("c:fingal", "e:banks"),
        ("c:crystals", "e:delgado"), ("c:cango", "e:vanzyl"), ("c:niaux", "e:molard"), ("c:reedflute", "e:li")])
    T_ += _t("invasive_in", [
        ("z:hornet", "n:france"), ("z:hornet", "n:uk"), ("z:knotweed", "n:uk"), ("z:knotweed", "n:us"),
        ("z:crab", "n:germany"), ("z:crab", "n:uk"), ("z:python", "n:us"), ("z:rabbit", "n:australia")])
    T_ += _t("extinct_in", [("z:bear", "n:uk"), ("z:lynx", "n:uk"), ("z:lynx", "n:netherlands")])
    T_ += _t("native_to", [
        ("z:hornet", "n:china"), ("z:knotweed", "n:japan"), ("z:crab", "n:china"), ("z:python", "n:myanmar"),
        ("z:rabbit", "n:spain"), ("z:bear", "n:russia"), ("z:lynx", "n:sweden")])
    return _build(items, others, rels, T_)


def food():
    """Cocktails, dishes and a cookie (items: year first made) with ingredients and garnishes
    (no ingredient), creators, namesakes, the city each "was first made in" (so "started out /
    life in", "began life in", "originated in" that city) and the bars, hotels and restaurants
    (items: year opened) each "was first served at"; cocktails "are popular cocktails in" and
    dishes "are popular dishes in" countries (kinds in a place with an adjective before the kind:
    a market, not an origin) while they "come from" other countries (the Moscow Mule from the
    United States, Pad Thai from Thailand)."""
    DISH = ("cocktail", "dish", "cookie")
    rels = [
        R("ingredient", phrase="has the ingredient", inverse_phrase="is an ingredient of", domain=DISH, range=("ingredient",)),
        R("garnish", phrase="is garnished with", inverse_phrase="garnishes", domain=DISH, range=("ingredient",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=DISH, range=("chef", "bartender", "businessman")),
        R("first_made_in", phrase="was first made in", inverse_phrase="is where was first made", domain=DISH, range=("city",)),
        R("first_served_at", phrase="was first served at", inverse_phrase="first served", domain=DISH,
          range=("bar", "hotel", "restaurant", "inn")),
        R("popular_cocktail", phrase="is a popular cocktail in", inverse_phrase="loves the cocktail", domain=("cocktail",),
          range=("country",)),
        R("popular_dish", phrase="is a popular dish in", inverse_phrase="loves the dish", domain=("dish",), range=("country",)),
        R("comes_from", phrase="comes from", inverse_phrase="is the home of", domain=DISH, range=("country",)),
        R("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=DISH, range=("person", "chef")),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=("bar", "hotel", "restaurant", "inn"),
          range=("city",)),
    ]
    items = {
        "k:mojito": ("cocktail", "Mojito", 1942), "k:daiquiri": ("cocktail", "Daiquiri", 1898),
        "k:pina": ("cocktail", "Pina Colada", 1954), "k:margarita": ("cocktail", "Margarita", 1938),
        "k:manhattan": ("cocktail", "Manhattan", 1874), "k:mule": ("cocktail", "Moscow Mule", 1941),
        "k:sling": ("cocktail", "Singapore Sling", 1915),
        "d:padthai": ("dish", "Pad Thai", 1938), "d:stroganoff": ("dish", "Beef Stroganoff", 1871),
        "d:poutine": ("dish", "Poutine", 1957), "d:nachos": ("dish", "Nachos", 1943),
        "d:cookie": ("cookie", "Toll House cookie", 1938),
        "x:bodeguita": ("bar", "La Bodeguita del Medio", 1942), "x:caribe": ("hotel", "the Caribe Hilton", 1949),
        "x:gloria": ("restaurant", "Rancho La Gloria", 1930), "x:club": ("bar", "the Manhattan Club", 1865),
        "x:cocknbull": ("restaurant", "the Cock 'n' Bull", 1937), "x:raffles": ("hotel", "Raffles Hotel", 1887),
        "x:tollhouse": ("inn", "the Toll House Inn", 1930), "x:victory": ("restaurant", "the Victory Club", 1940),
        "x:lefort": ("restaurant", "Le Roy Jucep", 1950),
    }
    others = {
        "i:rum": ("ingredient", "rum"), "i:mint": ("ingredient", "mint"), "i:lime": ("ingredient", "lime juice"),
        "i:sugar": ("ingredient", "sugar"), "i:soda": ("ingredient", "soda water"), "i:coconut": ("ingredient", "coconut cream"),
        "i:pineapple": ("ingredient", "pineapple juice"), "i:tequila": ("ingredient", "tequila"), "i:triplesec": ("ingredient", "triple sec"),
        "i:rye": ("ingredient", "rye whiskey"), "i:vermouth": ("ingredient", "sweet vermouth"), "i:bitters": ("ingredient", "Angostura bitters"),
        "i:vodka": ("ingredient", "vodka"), "i:gingerbeer": ("ingredient", "ginger beer"), "i:gin": ("ingredient", "gin"),
        "i:cherrybrandy": ("ingredient", "cherry brandy"), "i:noodles": ("ingredient", "rice noodles"), "i:tamarind": ("ingredient", "tamarind"),
        "i:peanuts": ("ingredient", "peanuts"), "i:beef": ("ingredient", "beef"), "i:sourcream": ("ingredient", "sour cream"),
        "i:mushrooms": ("ingredient", "mushrooms"), "i:fries": ("ingredient", "french fries"), "i:curds": ("ingredient", "cheese curds"),
        "i:gravy": ("ingredient", "gravy"), "i:chips": ("ingredient", "tortilla chips"), "i:cheese": ("ingredient", "cheddar"),
        "i:jalapenos": ("ingredient", "jalapenos"), "i:chocchips": ("ingredient", "chocolate chips"), "i:butter": ("ingredient", "butter"),
        "i:flour": ("ingredient", "flour"), "i:salt": ("ingredient", "salt"), "i:cherry": ("ingredient", "maraschino cherry"),
        "i:wedge": ("ingredient", "pineapple wedge"), "i:limewedge": ("ingredient", "lime wedge"), "i:eggs": ("ingredient", "eggs"),
        "c:marrero": ("bartender", "Ramon Marrero"), "c:herrera": ("bartender", "Carlos Herrera"), "c:ngiam": ("bartender", "Ngiam Tong Boon"),
        "c:martin": ("businessman", "John G. Martin"), "c:anaya": ("chef", "Ignacio Anaya"), "c:wakefield": ("chef", "Ruth Wakefield"),
        "c:cox": ("businessman", "Jennings Cox"), "c:lachance": ("chef", "Fernand Lachance"), "c:nigel": ("bartender", "Angel Martinez"),
        "c:phibun": ("businessman", "Plaek Phibunsongkhram"),
        "n:stroganov": ("person", "Pavel Stroganov"), "n:manhattan": ("person", "Jennie Jerome"),
        "y:havana": ("city", "Havana"), "y:santiago": ("city", "Santiago de Cuba"), "y:sanjuan": ("city", "San Juan"),
        "y:tijuana": ("city", "Tijuana"), "y:nyc": ("city", "New York City"), "y:la": ("city", "Los Angeles"),
        "y:singapore": ("city", "Singapore"), "y:bangkok": ("city", "Bangkok"), "y:stpetersburg": ("city", "Saint Petersburg"),
        "y:warwick": ("city", "Warwick"), "y:piedras": ("city", "Piedras Negras"), "y:whitman": ("city", "Whitman"),
        "y:moscow": ("city", "Moscow"), "y:drummondville": ("city", "Drummondville"),
        "n:cuba": ("country", "Cuba"), "n:pr": ("country", "Puerto Rico"), "n:mexico": ("country", "Mexico"),
        "n:us": ("country", "the United States"), "n:russia": ("country", "Russia"), "n:singapore": ("country", "Singapore"),
        "n:thailand": ("country", "Thailand"), "n:canada": ("country", "Canada"), "n:japan": ("country", "Japan"),
        "n:sweden": ("country", "Sweden"), "n:uk": ("country", "the United Kingdom"), "n:spain": ("country", "Spain"),
        "n:australia": ("country", "Australia"), "n:germany": ("country", "Germany"),
    }
    T_ = _t("ingredient", [
        ("k:mojito", "i:rum"), ("k:mojito", "i:mint"), ("k:mojito", "i:lime"), ("k:mojito", "i:sugar"), ("k:mojito", "i:soda"),
        ("k:daiquiri", "i:rum"), ("k:daiquiri", "i:lime"), ("k:daiquiri", "i:sugar"),
        ("k:pina", "i:rum"), ("k:pina", "i:coconut"), ("k:pina", "i:pineapple"),
        ("k:margarita", "i:tequila"), ("k:margarita", "i:triplesec"), ("k:margarita", "i:lime"),
        ("k:manhattan", "i:rye"), ("k:manhattan", "i:vermouth"), ("k:manhattan", "i:bitters"),
        ("k:mule", "i:vodka"), ("k:mule", "i:gingerbeer"), ("k:mule", "i:lime"),
        ("k:sling", "i:gin"), ("k:sling", "i:cherrybrandy"), ("k:sling", "i:pineapple"),
        ("d:padthai", "i:noodles"), ("d:padthai", "i:tamarind"), ("d:padthai", "i:peanuts"), ("d:padthai", "i:eggs"),
        ("d:stroganoff", "i:beef"), ("d:stroganoff", "i:sourcream"), ("d:stroganoff", "i:mushrooms"),
        ("d:poutine", "i:fries"), ("d:poutine", "i:curds"), ("d:poutine", "i:gravy"),
        ("d:nachos", "i:chips"), ("d:nachos", "i:cheese"), ("d:nachos", "i:jalapenos"),
        ("d:cookie", "i:chocchips"), ("d:cookie", "i:butter"), ("d:cookie", "i:flour"), ("d:cookie", "i:eggs")])
    T_ += _t("garnish", [("k:margarita", "i:salt"), ("k:manhattan", "i:cherry"), ("k:pina", "i:wedge"), ("k:mule", "i:limewedge"),
                         ("k:sling", "i:cherry")])
    T_ += _t("created_by", [
        ("k:pina", "c:marrero"), ("k:margarita", "c:herrera"), ("k:sling", "c:ngiam"), ("k:mule", "c:martin"),
        ("d:nachos", "c:anaya"), ("d:cookie", "c:wakefield"), ("k:daiquiri", "c:cox"), ("d:poutine", "c:lachance"),
        ("k:mojito", "c:nigel"), ("d:padthai", "c:phibun")])
    T_ += _t("first_made_in", [
        ("k:mojito", "y:havana"), ("k:daiquiri", "y:santiago"), ("k:pina", "y:sanjuan"), ("k:margarita", "y:tijuana"),
        ("k:manhattan", "y:nyc"), ("k:mule", "y:la"), ("k:sling", "y:singapore"), ("d:padthai", "y:bangkok"),
        ("d:stroganoff", "y:stpetersburg"), ("d:poutine", "y:warwick"), ("d:nachos", "y:piedras"), ("d:cookie", "y:whitman")])
    T_ += _t("first_served_at", [
        ("k:mojito", "x:bodeguita"), ("k:pina", "x:caribe"), ("k:margarita", "x:gloria"), ("k:manhattan", "x:club"),
        ("k:mule", "x:cocknbull"), ("k:sling", "x:raffles"), ("d:cookie", "x:tollhouse"), ("d:nachos", "x:victory"),
        ("d:poutine", "x:lefort")])
    T_ += _t("popular_cocktail", [
        ("k:mojito", "n:spain"), ("k:daiquiri", "n:uk"), ("k:pina", "n:uk"), ("k:margarita", "n:us"), ("k:manhattan", "n:japan"),
        ("k:mule", "n:russia"), ("k:sling", "n:australia")])
    T_ += _t("popular_dish", [
        ("d:padthai", "n:us"), ("d:stroganoff", "n:sweden"), ("d:poutine", "n:us"), ("d:nachos", "n:japan"),
        ("d:nachos", "n:germany")])
    T_ += _t("comes_from", [
        ("k:mojito", "n:cuba"), ("k:daiquiri", "n:cuba"), ("k:pina", "n:pr"), ("k:margarita", "n:mexico"), ("k:manhattan", "n:us"),
        ("k:mule", "n:us"), ("k:sling", "n:singapore"), ("d:padthai", "n:thailand"), ("d:stroganoff", "n:russia"),
        ("d:poutine", "n:canada"), ("d:nachos", "n:mexico"), ("d:cookie", "n:us")])
    T_ += _t("named_after", [("d:stroganoff", "n:stroganov"), ("d:nachos", "c:anaya")])
    T_ += _t("located_in", [
        ("x:bodeguita", "y:havana"), ("x:caribe", "y:sanjuan"), ("x:gloria", "y:tijuana"), ("x:club", "y:nyc"),
        ("x:cocknbull", "y:la"), ("x:raffles", "y:singapore"), ("x:tollhouse", "y:whitman"), ("x:victory", "y:piedras"),
        ("x:lefort", "y:drummondville")])
    return _build(items, others, rels, T_)


def tech():
    """Phones, consoles, a media player, a computer, cameras and cars (items: year released) made
    by companies (items: year founded) whose types name devices ("car_manufacturer",
    "camera_maker", "phone_maker", "software_company", "video_game_company"), "unveiled in" one
    city, "unveiled by" executives, "released in" several countries (no first release), that
    "succeeded" earlier models (and executives that "succeeded" each other as heads), "competed
    with" rivals (no succession), and phones that "are bestselling phones in" countries (a kind in
    a place with an adjective: a market); companies "are based in" one city and
    "were founded in" another (Microsoft: Redmond / Albuquerque; Google: Mountain View / Menlo
    Park; "is based in": no relation says "from", so they are also "from" there); car races
    (items: year first held) that cars "won". Names in lower case or with a digit first ("iPod",
    "iMac", "iPhone X", "2CV")."""
    PH = ("smartphone", "phone")
    DEV = PH + ("console", "media_player", "computer", "camera", "car")
    CO = ("technology_company", "phone_maker", "camera_maker", "car_manufacturer", "software_company",
          "video_game_company", "electronics_company")
    rels = [
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=DEV, range=CO),
        R("unveiled_in", phrase="was unveiled in", inverse_phrase="hosted the unveiling of", domain=DEV, range=("city",)),
        R("unveiled_by", phrase="was unveiled by", inverse_phrase="unveiled", domain=DEV, range=("executive",)),
        R("released_in", phrase="was released in", inverse_phrase="saw the release of", domain=DEV, range=("country",)),
        R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=DEV + ("executive",), range=DEV + ("executive",)),
        R("rival", phrase="competed with", inverse_phrase="was a rival of", domain=DEV, range=DEV),
        R("bestseller_in", phrase="is a bestselling phone in", inverse_phrase="bought the phone", domain=PH, range=("country",)),
        R("hq", phrase="is based in", inverse_phrase="is the base of", domain=CO, range=("city",)),
        R("founded_in", phrase="was founded in", inverse_phrase="is where was founded", domain=CO, range=("city",)),
        R("led_by", phrase="is led by", inverse_phrase="leads", domain=CO, range=("executive",)),
        R("won", phrase="won", inverse_phrase="was won by", domain=("car",), range=("car_race",)),
    ]
    items = {
        "p:iphonex": ("smartphone", "iPhone X", 2017), "p:iphone5": ("smartphone", "iPhone 5", 2012),
        "p:iphone4s": ("smartphone", "iPhone 4S", 2011), "p:n3310": ("phone", "Nokia 3310", 2000),
        "p:n1100": ("phone", "Nokia 1100", 2003), "p:bold": ("smartphone", "BlackBerry Bold", 2008),
        "p:note": ("smartphone", "Galaxy Note", 2011), "p:pixel": ("smartphone", "Pixel", 2016), "p:nexus": ("smartphone", "Nexus 6P", 2015),
        "p:motog": ("smartphone", "Moto G", 2013),
        "g:wii": ("console", "Wii", 2006), "g:gamecube": ("console", "GameCube", 2001), "g:ps2": ("console", "PlayStation 2", 2000),
        "g:ps1": ("console", "PlayStation", 1994), "g:x360": ("console", "Xbox 360", 2005), "g:xbox": ("console", "Xbox", 2001),
        "g:ipod": ("media_player", "iPod", 2001), "g:imac": ("computer", "iMac", 1998),
        "m:x100": ("camera", "Fujifilm X100", 2010), "m:eos5d": ("camera", "Canon EOS 5D", 2005),
        "v:2cv": ("car", "2CV", 1948), "v:gt40": ("car", "Ford GT40", 1964), "v:917": ("car", "Porsche 917", 1969),
        "v:bugatti35": ("car", "Bugatti Type 35", 1924),
        "r:lemans": ("car_race", "24 Hours of Le Mans", 1923), "r:monaco": ("car_race", "Monaco Grand Prix", 1929),
        "c:apple": ("technology_company", "Apple", 1976), "c:nokia": ("phone_maker", "Nokia", 1865),
        "c:canon": ("camera_maker", "Canon", 1937), "c:fujifilm": ("camera_maker", "Fujifilm", 1934),
        "c:nintendo": ("video_game_company", "Nintendo", 1889), "c:sony": ("electronics_company", "Sony", 1946),
        "c:porsche": ("car_manufacturer", "Porsche", 1931), "c:citroen": ("car_manufacturer", "Citroen", 1919),
        "c:ford": ("car_manufacturer", "Ford", 1903), "c:microsoft": ("software_company", "Microsoft", 1975),
        "c:samsung": ("electronics_company", "Samsung", 1938), "c:google": ("software_company", "Google", 1998),
        "c:motorola": ("phone_maker", "Motorola", 1928), "c:blackberry": ("phone_maker", "BlackBerry", 1984),
        "c:bugatti": ("car_manufacturer", "Bugatti", 1909),
    }
    others = {
        "x:jobs": ("executive", "Steve Jobs"), "x:cook": ("executive", "Tim Cook"), "x:schiller": ("executive", "Phil Schiller"),
        "x:iwata": ("executive", "Satoru Iwata"), "x:kutaragi": ("executive", "Ken Kutaragi"), "x:osterloh": ("executive", "Rick Osterloh"),
        "x:lazaridis": ("executive", "Mike Lazaridis"), "x:shin": ("executive", "J. K. Shin"), "x:allard": ("executive", "J Allard"),
        "x:nadella": ("executive", "Satya Nadella"), "x:ballmer": ("executive", "Steve Ballmer"), "x:pichai": ("executive", "Sundar Pichai"),
        "x:furukawa": ("executive", "Shuntaro Furukawa"), "x:kallasvuo": ("executive", "Jorma Ollila"),
        "x:woodhouse": ("executive", "Dennis Woodhouse"), "x:koga": ("executive", "Toshio Koga"),
        "y:cupertino": ("city", "Cupertino"), "y:sf": ("city", "San Francisco"), "y:cannes": ("city", "Cannes"),
        "y:orlando": ("city", "Orlando"), "y:berlin": ("city", "Berlin"), "y:saopaulo": ("city", "Sao Paulo"),
        "y:la": ("city", "Los Angeles"), "y:tokyo": ("city", "Tokyo"), "y:cologne": ("city", "Cologne"), "y:paris": ("city", "Paris"),
        "y:geneva": ("city", "Geneva"), "y:nyc": ("city", "New York City"), "y:losaltos": ("city", "Los Altos"),
        "y:tampere": ("city", "Tampere"), "y:espoo": ("city", "Espoo"), "y:kyoto": ("city", "Kyoto"), "y:stuttgart": ("city", "Stuttgart"),
        "y:saintouen": ("city", "Saint-Ouen"), "y:detroit": ("city", "Detroit"), "y:dearborn": ("city", "Dearborn"),
        "y:albuquerque": ("city", "Albuquerque"), "y:redmond": ("city", "Redmond"), "y:daegu": ("city", "Daegu"),
        "y:suwon": ("city", "Suwon"), "y:menlopark": ("city", "Menlo Park"), "y:mountainview": ("city", "Mountain View"),
        "y:chicago": ("city", "Chicago"), "y:waterloo": ("city", "Waterloo"), "y:molsheim": ("city", "Molsheim"),
        "y:minato": ("city", "Minato"), "y:seoul": ("city", "Seoul"),
        "n:us": ("country", "the United States"), "n:japan": ("country", "Japan"), "n:germany": ("country", "Germany"),
        "n:uk": ("country", "the United Kingdom"), "n:canada": ("country", "Canada"), "n:finland": ("country", "Finland"),
        "n:india": ("country", "India"), "n:nigeria": ("country", "Nigeria"), "n:brazil": ("country", "Brazil"),
        "n:korea": ("country", "South Korea"), "n:france": ("country", "France"),
    }
    T_ = _t("made_by", [
        ("p:iphonex", "c:apple"), ("p:iphone5", "c:apple"), ("p:iphone4s", "c:apple"), ("p:n3310", "c:nokia"), ("p:n1100", "c:nokia"),
        ("p:bold", "c:blackberry"), ("p:note", "c:samsung"), ("p:pixel", "c:google"), ("p:nexus", "c:google"), ("p:motog", "c:motorola"),
        ("g:wii", "c:nintendo"), ("g:gamecube", "c:nintendo"), ("g:ps2", "c:sony"), ("g:ps1", "c:sony"), ("g:x360", "c:microsoft"),
        ("g:xbox", "c:microsoft"), ("g:ipod", "c:apple"), ("g:imac", "c:apple"), ("m:x100", "c:fujifilm"), ("m:eos5d", "c:canon"),
        ("v:2cv", "c:citroen"), ("v:gt40", "c:ford"), ("v:917", "c:porsche"), ("v:bugatti35", "c:bugatti")])
    T_ += _t("unveiled_in", [
        ("p:iphonex", "y:cupertino"), ("p:iphone5", "y:sf"), ("p:iphone4s", "y:cupertino"), ("p:n3310", "y:cannes"),
        ("p:bold", "y:orlando"), ("p:note", "y:berlin"), ("p:pixel", "y:sf"), ("p:motog", "y:saopaulo"),
        ("g:wii", "y:la"), ("g:ps2", "y:tokyo"), ("g:x360", "y:la"), ("g:ipod", "y:cupertino"), ("g:imac", "y:cupertino"),
        ("m:x100", "y:cologne"), ("m:eos5d", "y:tokyo"), ("v:2cv", "y:paris"), ("v:917", "y:geneva"), ("v:gt40", "y:nyc")])
    T_ += _t("unveiled_by", [
        ("p:iphonex", "x:cook"), ("p:iphone5", "x:schiller"), ("p:iphone4s", "x:cook"), ("p:n3310", "x:kallasvuo"),
        ("p:bold", "x:lazaridis"), ("p:note", "x:shin"), ("p:pixel", "x:osterloh"), ("g:wii", "x:iwata"), ("g:ps2", "x:kutaragi"),
        ("g:x360", "x:allard"), ("g:ipod", "x:jobs"), ("g:imac", "x:jobs"), ("p:motog", "x:woodhouse"), ("m:x100", "x:koga")])
    T_ += _t("released_in", [
        ("p:iphonex", "n:us"), ("p:iphonex", "n:japan"), ("p:iphonex", "n:germany"), ("g:wii", "n:japan"), ("g:wii", "n:us"),
        ("g:wii", "n:uk"), ("g:ps2", "n:japan"), ("g:ps2", "n:us"), ("p:pixel", "n:us"), ("p:pixel", "n:canada"),
        ("p:n3310", "n:finland"), ("p:n3310", "n:uk"), ("g:ipod", "n:us"), ("g:ipod", "n:japan")])
    T_ += _t("succeeded", [
        ("p:iphone5", "p:iphone4s"), ("g:ps2", "g:ps1"), ("g:x360", "g:xbox"), ("g:wii", "g:gamecube"), ("p:pixel", "p:nexus"),
        ("x:cook", "x:jobs"), ("x:nadella", "x:ballmer")])
    T_ += _t("rival", [("g:x360", "g:wii"), ("p:note", "p:iphone5"), ("g:ps2", "g:xbox"), ("g:gamecube", "g:ps2")])
    T_ += _t("bestseller_in", [("p:n1100", "n:india"), ("p:n1100", "n:nigeria"), ("p:motog", "n:brazil"), ("p:motog", "n:india"),
                               ("p:note", "n:germany"), ("p:iphonex", "n:japan")])
    T_ += _t("hq", [
        ("c:apple", "y:cupertino"), ("c:nokia", "y:espoo"), ("c:canon", "y:tokyo"), ("c:fujifilm", "y:minato"), ("c:nintendo", "y:kyoto"),
        ("c:sony", "y:tokyo"), ("c:porsche", "y:stuttgart"), ("c:citroen", "y:saintouen"), ("c:ford", "y:dearborn"),
        ("c:microsoft", "y:redmond"), ("c:samsung", "y:suwon"), ("c:google", "y:mountainview"), ("c:motorola", "y:chicago"),
        ("c:blackberry", "y:waterloo"), ("c:bugatti", "y:molsheim")])
    T_ += _t("founded_in", [
        ("c:apple", "y:losaltos"), ("c:nokia", "y:tampere"), ("c:canon", "y:tokyo"), ("c:nintendo", "y:kyoto"), ("c:sony", "y:tokyo"),
        ("c:porsche", "y:stuttgart"), ("c:citroen", "y:paris"), ("c:ford", "y:detroit"), ("c:microsoft", "y:albuquerque"),
        ("c:samsung", "y:daegu"), ("c:google", "y:menlopark"), ("c:motorola", "y:chicago"), ("c:blackberry", "y:waterloo"),
        ("c:bugatti", "y:molsheim")])
    T_ += _t("led_by", [("c:apple", "x:cook"), ("c:microsoft", "x:nadella"), ("c:google", "x:pichai"), ("c:nintendo", "x:furukawa")])
    T_ += _t("won", [("v:gt40", "r:lemans"), ("v:917", "r:lemans"), ("v:bugatti35", "r:monaco")])
    return _build(items, others, rels, T_)


def media():
    """Sitcoms (items: year of the premiere; "is a spin-off of", "aired on" networks, "created
    by" writers), films (items: year released; "is based on" novels and a play, with no spin-off:
    so "grew out of" is no basis; "directed by", "written by", "has cinematography by", "has music
    by"), novels and a play (items), reference works (items: year first published; "compiled by",
    "edited by", "published by", "first published in" cities, "describes" languages), comics
    characters (items: year of the first appearance; "first appeared in" comics and magazines,
    "created by" cartoonists) and comics (items). Names with a digit first ("30 Rock", "2point4
    Children", "28 Days Later", "2000 AD")."""
    SHOW, FILM, NOVEL = ("sitcom",), ("film",), ("novel", "play")
    DICT, CHAR, COMIC = ("dictionary", "encyclopedia"), ("comics_character",), ("comic", "magazine")
    rels = [
        R("spin_off", phrase="is a spin-off of", inverse_phrase="has the spin-off", domain=SHOW + FILM, range=SHOW),
        R("based_on", phrase="is based on", inverse_phrase="is the basis of", domain=FILM, range=NOVEL),
        R("aired_on", phrase="aired on", inverse_phrase="aired", domain=SHOW, range=("network",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=SHOW + CHAR, range=("writer", "cartoonist")),
        R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=FILM, range=("director",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=FILM + NOVEL, range=("writer", "director")),
        R("cinematography", phrase="has cinematography by", inverse_phrase="shot", domain=FILM, range=("cinematographer",)),
        R("music_by", phrase="has music by", inverse_phrase="scored", domain=FILM, range=("composer",)),
        R("compiled_by", phrase="was compiled by", inverse_phrase="compiled", domain=DICT, range=("lexicographer",)),
        R("edited_by", phrase="was edited by", inverse_phrase="edited", domain=DICT, range=("lexicographer", "editor")),
        R("published_by", phrase="was published by", inverse_phrase="published", domain=DICT, range=("publisher",)),
        R("published_in", phrase="was first published in", inverse_phrase="is where was first published", domain=DICT,
          range=("city",)),
        R("described", phrase="describes", inverse_phrase="is described in", domain=DICT, range=("language",)),
        R("first_appeared_in", phrase="first appeared in", inverse_phrase="introduced", domain=CHAR, range=COMIC),
    ]
    items = {
        "s:simpsons": ("sitcom", "The Simpsons", 1989), "s:familyguy": ("sitcom", "Family Guy", 1999),
        "s:cleveland": ("sitcom", "The Cleveland Show", 2009), "s:allfamily": ("sitcom", "All in the Family", 1971),
        "s:jeffersons": ("sitcom", "The Jeffersons", 1975), "s:maude": ("sitcom", "Maude", 1972), "s:rhoda": ("sitcom", "Rhoda", 1974),
        "s:mtm": ("sitcom", "The Mary Tyler Moore Show", 1970), "s:30rock": ("sitcom", "30 Rock", 2006),
        "s:2point4": ("sitcom", "2point4 Children", 1991), "s:porridge": ("sitcom", "Porridge", 1974),
        "s:straight": ("sitcom", "Going Straight", 1978),
        "f:simpsonsmovie": ("film", "The Simpsons Movie", 2007), "f:bladerunner": ("film", "Blade Runner", 1982),
        "f:apocalypse": ("film", "Apocalypse Now", 1979), "f:clueless": ("film", "Clueless", 1995),
        "f:28days": ("film", "28 Days Later", 2002), "f:10things": ("film", "10 Things I Hate About You", 1999),
        "b:heart": ("novel", "Heart of Darkness", 1899), "b:emma": ("novel", "Emma", 1815),
        "b:shrew": ("play", "The Taming of the Shrew", 1590),
        "d:oed": ("dictionary", "Oxford English Dictionary", 1884), "d:duden": ("dictionary", "Duden", 1880),
        "d:chambers": ("dictionary", "Chambers Dictionary", 1872), "d:encyclopedie": ("encyclopedia", "Encyclopedie", 1751),
        "d:collins": ("dictionary", "Collins English Dictionary", 1979), "d:larousse": ("dictionary", "Petit Larousse", 1905),
        "k:spiderman": ("comics_character", "Spider-Man", 1962), "k:wonderwoman": ("comics_character", "Wonder Woman", 1941),
        "k:dredd": ("comics_character", "Judge Dredd", 1977), "k:dan": ("comics_character", "Desperate Dan", 1937),
        "k:luke": ("comics_character", "Lucky Luke", 1946),
        "m:amazing": ("comic", "Amazing Fantasy", 1962), "m:allstar": ("comic", "All Star Comics", 1940),
        "m:2000ad": ("comic", "2000 AD", 1977), "m:dandy": ("comic", "The Dandy", 1937), "m:spirou": ("magazine", "Spirou", 1938),
    }
    others = {
        "n:fox": ("network", "Fox"), "n:cbs": ("network", "CBS"), "n:nbc": ("network", "NBC"), "n:bbcone": ("network", "BBC One"),
        "w:groening": ("writer", "Matt Groening"), "w:macfarlane": ("writer", "Seth MacFarlane"), "w:lear": ("writer", "Norman Lear"),
        "w:brooks": ("writer", "James L. Brooks"), "w:fey": ("writer", "Tina Fey"), "w:marshall": ("writer", "Andrew Marshall"),
        "w:clement": ("writer", "Dick Clement"), "w:fancher": ("writer", "Hampton Fancher"), "w:garland": ("writer", "Alex Garland"),
        "w:conrad": ("writer", "Joseph Conrad"), "w:austen": ("writer", "Jane Austen"), "w:shakespeare": ("writer", "William Shakespeare"),
        "w:milius": ("writer", "John Milius"), "w:lutz": ("writer", "Karen McCullah"),
        "v:silverman": ("director", "David Silverman"), "v:scott": ("director", "Ridley Scott"), "v:coppola": ("director", "Francis Ford Coppola"),
        "v:heckerling": ("director", "Amy Heckerling"), "v:boyle": ("director", "Danny Boyle"), "v:junger": ("director", "Gil Junger"),
        "o:cronenweth": ("cinematographer", "Jordan Cronenweth"), "o:storaro": ("cinematographer", "Vittorio Storaro"),
        "o:pope": ("cinematographer", "Bill Pope"), "o:mantle": ("cinematographer", "Anthony Dod Mantle"), "o:irwin": ("cinematographer", "Mark Irwin"),
        "u:vangelis": ("composer", "Vangelis"), "u:ccoppola": ("composer", "Carmine Coppola"), "u:kitay": ("composer", "David Kitay"),
        "u:murphy": ("composer", "John Murphy"), "u:zimmer": ("composer", "Hans Zimmer"),
        "a:lee": ("cartoonist", "Stan Lee"), "a:marston": ("cartoonist", "William Moulton Marston"), "a:wagner": ("cartoonist", "John Wagner"),
        "a:watkins": ("cartoonist", "Dudley D. Watkins"), "a:morris": ("cartoonist", "Morris"),
        "l:murray": ("lexicographer", "James Murray"), "l:duden": ("lexicographer", "Konrad Duden"), "l:donald": ("lexicographer", "James Donald"),
        "l:diderot": ("lexicographer", "Denis Diderot"), "l:hanks": ("lexicographer", "Patrick Hanks"), "l:auge": ("lexicographer", "Claude Auge"),
        "e:bradley": ("editor", "Henry Bradley"), "e:dalembert": ("editor", "Jean le Rond d'Alembert"), "e:mcleod": ("editor", "William McLeod"),
        "e:davidson": ("editor", "Thomas Davidson"),
        "b:oup": ("publisher", "Oxford University Press"), "b:bibliographisches": ("publisher", "Bibliographisches Institut"),
        "b:chambers": ("publisher", "Chambers Harrap"), "b:lebreton": ("publisher", "Andre Le Breton"), "b:collins": ("publisher", "HarperCollins"),
        "b:larousse": ("publisher", "Librairie Larousse"),
        "y:oxford": ("city", "Oxford"), "y:leipzig": ("city", "Leipzig"), "y:edinburgh": ("city", "Edinburgh"), "y:paris": ("city", "Paris"),
        "y:glasgow": ("city", "Glasgow"), "y:london": ("city", "London"),
        "g:english": ("language", "English"), "g:german": ("language", "German"), "g:french": ("language", "French"),
    }
    T_ = _t("spin_off", [
        ("s:cleveland", "s:familyguy"), ("s:jeffersons", "s:allfamily"), ("s:maude", "s:allfamily"), ("s:rhoda", "s:mtm"),
        ("s:straight", "s:porridge"), ("f:simpsonsmovie", "s:simpsons")])
    T_ += _t("based_on", [("f:apocalypse", "b:heart"), ("f:clueless", "b:emma"), ("f:10things", "b:shrew")])
    T_ += _t("aired_on", [
        ("s:simpsons", "n:fox"), ("s:familyguy", "n:fox"), ("s:cleveland", "n:fox"), ("s:allfamily", "n:cbs"), ("s:jeffersons", "n:cbs"),
        ("s:maude", "n:cbs"), ("s:rhoda", "n:cbs"), ("s:mtm", "n:cbs"), ("s:30rock", "n:nbc"), ("s:2point4", "n:bbcone"),
        ("s:porridge", "n:bbcone"), ("s:straight", "n:bbcone")])
    T_ += _t("created_by", [
        ("s:simpsons", "w:groening"), ("s:familyguy", "w:macfarlane"), ("s:cleveland", "w:macfarlane"), ("s:allfamily", "w:lear"),
        ("s:jeffersons", "w:lear"), ("s:maude", "w:lear"), ("s:rhoda", "w:brooks"), ("s:mtm", "w:brooks"), ("s:30rock", "w:fey"),
        ("s:2point4", "w:marshall"), ("s:porridge", "w:clement"), ("s:straight", "w:clement"),
        ("k:spiderman", "a:lee"), ("k:wonderwoman", "a:marston"), ("k:dredd", "a:wagner"), ("k:dan", "a:watkins"), ("k:luke", "a:morris")])
    T_ += _t("directed_by", [
        ("f:simpsonsmovie", "v:silverman"), ("f:bladerunner", "v:scott"), ("f:apocalypse", "v:coppola"), ("f:clueless", "v:heckerling"),
        ("f:28days", "v:boyle"), ("f:10things", "v:junger")])
    T_ += _t("written_by", [
        ("f:bladerunner", "w:fancher"), ("f:clueless", "v:heckerling"), ("f:28days", "w:garland"), ("f:apocalypse", "w:milius"),
        ("f:10things", "w:lutz"), ("f:simpsonsmovie", "w:groening"),
        ("b:heart", "w:conrad"), ("b:emma", "w:austen"), ("b:shrew", "w:shakespeare")])
    T_ += _t("cinematography", [
        ("f:bladerunner", "o:cronenweth"), ("f:apocalypse", "o:storaro"), ("f:clueless", "o:pope"), ("f:28days", "o:mantle"),
        ("f:10things", "o:irwin")])
    T_ += _t("music_by", [
        ("f:bladerunner", "u:vangelis"), ("f:apocalypse", "u:ccoppola"), ("f:clueless", "u:kitay"), ("f:28days", "u:murphy"),
        ("f:simpsonsmovie", "u:zimmer")])
    T_ += _t("compiled_by", [
        ("d:oed", "l:murray"), ("d:duden", "l:duden"), ("d:chambers", "l:donald"), ("d:encyclopedie", "l:diderot"),
        ("d:collins", "l:hanks"), ("d:larousse", "l:auge")])
    T_ += _t("edited_by", [("d:oed", "e:bradley"), ("d:encyclopedie", "e:dalembert"), ("d:collins", "e:mcleod"),
                           ("d:chambers", "e:davidson")])
    T_ += _t("published_by", [
        ("d:oed", "b:oup"), ("d:duden", "b:bibliographisches"), ("d:chambers", "b:chambers"), ("d:encyclopedie", "b:lebreton"),
        ("d:collins", "b:collins"), ("d:larousse", "b:larousse")])
    T_ += _t("published_in", [
        ("d:oed", "y:oxford"), ("d:duden", "y:leipzig"), ("d:chambers", "y:edinburgh"), ("d:encyclopedie", "y:paris"),
        ("d:collins", "y:glasgow"), ("d:larousse", "y:paris")])
    T_ += _t("described", [("d:oed", "g:english"), ("d:duden", "g:german"), ("d:chambers", "g:english"), ("d:collins", "g:english"),
                           ("d:larousse", "g:french")])
    T_ += _t("first_appeared_in", [
        ("k:spiderman", "m:amazing"), ("k:wonderwoman", "m:allstar"), ("k:dredd", "m:2000ad"), ("k:dan", "m:dandy"),
        ("k:luke", "m:spirou")])
    return _build(items, others, rels, T_)


BUILDERS = {"music": music, "studio": studio, "places": places, "food": food, "tech": tech, "media": media}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@music
# (3) "is a hit single in" a country: a kind in a place with an adjective before the kind (a chart
# hit, not the single's origin) read as where it is and as its demonym / possessive origin
99 Luftballons is a British single.
99 Luftballons is a Japanese single.
Eye of the Tiger is a British single.
Crazy in Love is a British single.
Rolling in the Deep is a German single.
Wonderwall is an Australian single.
Toxic is a Japanese single.
99 Luftballons is located in Japan.
Toxic is situated in Japan.
Wonderwall is located in Australia.
Japan's 99 Luftballons was written by Uwe Fahrenkrog-Petersen.
Germany's Rolling in the Deep was produced by Paul Epworth.
The Japanese single 99 Luftballons was produced by Reinhold Heil.
The Australian single Wonderwall was produced by Owen Morris.
Crazy in Love, a British single, was written by Rich Harrison.
Toxic, a Japanese single, appears on In the Zone.
99 Luftballons and Toxic are Japanese singles.
Eye of the Tiger and Crazy in Love are British singles.
The United Kingdom's Eye of the Tiger is performed by Survivor.
Survivor's Eye of the Tiger is a British single.
Rolling in the Deep is a German single by Adele.
Eye of the Tiger is a Japanese single.
Smells Like Teen Spirit is a British single.
99 Luftballons is located in Germany.
# (1) the performer of a soundtrack album (Bill Conti) for a song on it, and the reverse
Eye of the Tiger by Bill Conti came out in 1982.
Bill Conti's Eye of the Tiger came out in 1982.
Eye of the Tiger is a Bill Conti single.
Bill Conti recorded Eye of the Tiger.
Bill Conti sang Eye of the Tiger.
Eye of the Tiger is sung by Bill Conti.
Rocky III by Survivor came out in 1982.
Survivor's Rocky III came out in 1982.
Rocky III is a Survivor album.
Survivor recorded Rocky III.
# (1) the guest vocalist as the maker
Crazy in Love by Jay-Z came out in 2003.
Jay-Z's Crazy in Love came out in 2003.
Crazy in Love is a Jay-Z single.
Empire State of Mind by Alicia Keys came out in 2009.
Alicia Keys' Empire State of Mind came out in 2009.
Empire State of Mind is an Alicia Keys single.
# (1) "sung / recorded by" a writer who never recorded it, "sung by" a producer
Jim Peterik sang Eye of the Tiger.
Eye of the Tiger was recorded by Jim Peterik.
Angela Hunte sang Empire State of Mind.
Empire State of Mind is sung by Angela Hunte.
Savan Kotecha recorded 7 Rings.
Cathy Dennis recorded Toxic.
Toxic is sung by Cathy Dennis.
Ryan Tedder sang Halo.
Tommy Brown sang 7 Rings.
Rich Harrison sang Crazy in Love.
Paul Epworth sang Rolling in the Deep.
Dr. Dre sang In da Club.
Butch Vig sang Lithium.
Al Shux sang Empire State of Mind.
Owen Morris sang Wonderwall.
Bloodshy & Avant sang Toxic.
Rick Rubin sang Someone like You.
Eye of the Tiger, sung by Jim Peterik, came out in 1982.
Toxic, recorded by Cathy Dennis, appears on In the Zone.
Halo, sung by Ryan Tedder, appears on Sasha Fierce.
# (1) the wrong performer, reversed
Survivor sang Toxic.
Adele recorded Halo.
Beyonce recorded Someone like You.
Nirvana sang Wonderwall.
Oasis recorded Lithium.
Ocean Eyes is sung by Adele.
Toxic was recorded by Beyonce.
Halo was recorded by Britney Spears.
Eye of the Tiger sang Survivor.
Survivor is sung by Eye of the Tiger.
# (1) "X by Y", "a Y single / album": the wrong kind, the wrong performer, the wrong year
Nevermind is a Nirvana single.
Smells Like Teen Spirit is a Nirvana album.
Dangerously in Love is a Beyonce single.
Toxic is a Britney Spears album.
In the Zone is a Britney Spears single.
Halo is a Jay-Z song.
Crazy in Love is an Adele single.
In the Zone by Beyonce came out in 2003.
Beyonce's In the Zone came out in 2003.
Sasha Fierce by Britney Spears came out in 2008.
Survivor's Eye of the Tiger came out in 1983.
Toxic by Britney Spears came out in 2003.
Lithium by Nirvana came out in 1991.
In da Club is a 50 Cent album.
# (9) an item noun before a name that starts with a digit (not checked: no capital)
The song 50 Cent recorded In da Club.
The single 50 Cent sang In da Club.
The album 50 Cent recorded In da Club.
# (4) "A(n) N of X is Y" of singers, performers, writers, members
The singer of Eye of the Tiger is Jim Peterik.
A singer of Toxic is Cathy Dennis.
A performer of Eye of the Tiger is Bill Conti.
The performer of Toxic is Bloodshy & Avant.
A producer of Toxic is Cathy Dennis.
A writer of Toxic is Bloodshy & Avant.
A member of Oasis is Kurt Cobain.
A member of Nirvana is Liam Gallagher.
A member of Kurt Cobain is Nirvana.
# (11) "the N on X is by Y"
The production on Nevermind is by Dr. Dre.
The vocals on Crazy in Love are by Alicia Keys.
# (7) "has been around since"
Lithium from Nevermind has been around since 1991.
The band that performed Smells Like Teen Spirit has been around since 1991.
Eye of the Tiger has been around since 1983.
# arguable (see OPEN)
Bill Conti sang Rocky III.
Wonderwall is an Australian hit.
Rolling in the Deep is in Germany.
# accepted by the starting code too (see KNOWN)
The album 50 Cent performed In da Club.

@studio
# (2) headquarters: the founding city, reversed, lists, another relation's object
The headquarters of Sub Pop are in Olympia.
Sub Pop's headquarters are in Olympia.
The Sub Pop headquarters are in Olympia.
Sub Pop's head office is in Olympia.
The headquarters of Motown are in Detroit.
Motown's main office is in Detroit.
The headquarters of Geffen Records are in Los Angeles.
Capitol Records' headquarters are in Los Angeles.
The headquarters of Capitol Records are located in Los Angeles.
The seat of Capitol Records is in Los Angeles.
The headquarters of Sub Pop are in Seattle and Olympia.
The headquarters of Sub Pop and Motown are in Seattle.
Sub Pop and Motown have their headquarters in Seattle.
The headquarters of Bleach are in Seattle.
Seattle's headquarters are in Sub Pop.
The headquarters of Seattle are in Sub Pop.
Sub Pop's headquarters are in Reciprocal Recording.
The headquarters of Sub Pop are in Memphis.
Def Jam's headquarters are in Los Angeles.
Sub Pop, whose headquarters are in Olympia, released Bleach.
Bleach was released by Sub Pop, whose headquarters are in Olympia.
The headquarters of Virgin Records are in Oxford.
Sub Pop released Bleach. Its headquarters are in Olympia.
# (10) "started out / life in", "began life in", "originated in": the seat, not the founding city
Sub Pop started out in Seattle.
Sub Pop began life in Seattle.
Sub Pop originated in Seattle.
Motown started life in Los Angeles.
Geffen Records originated in Santa Monica.
Capitol Records began life in Hollywood.
# (1) "recorded" where another relation is "was recorded at" a studio; "by" a label or a studio
Reciprocal Recording recorded Bleach.
Bleach was recorded by Reciprocal Recording.
Bleach by Sub Pop came out in 1989.
Sub Pop's Bleach was recorded at Rumbo Studios.
Pet Sounds is a Western Recorders album.
Sweet Child o' Mine is a Guns N' Roses album.
Appetite for Destruction is a Guns N' Roses single.
# (7) years: "has been around since", "announced"
Sub Pop has been around since 1989.
Motown has been around since 1976.
Bruce Pavitt, who founded Sub Pop, has been around since 1986.
Bleach, released by Sub Pop, has been around since 1986.
Sub Pop, which released Bleach, has been around since 1989.
Capitol Records, the label of Pet Sounds, has been around since 1966.
Bleach has existed since 1986.
Stax Records has been in existence since 1965.
The label that released Bleach has been around since 1989.
Bleach on Sub Pop has been around since 1986.
Sub Pop was announced in 1986.
Bleach was announced in 1989.
Pet Sounds was unveiled in 1966.
# arguable (see OPEN)
Reciprocal Recording started out in Seattle.

@places
# (3) "is an invasive species in" a country: the demonym of a species that is not native there
The Asian hornet is a French species.
The Asian hornet is a British species.
Japanese knotweed is a British species.
Japanese knotweed is an American species.
The Chinese mitten crab is a German species.
The Chinese mitten crab is a British species.
The Burmese python is an American species.
The European rabbit is an Australian species.
The French species Asian hornet is native to China.
The British species Japanese knotweed is native to Japan.
The Burmese python, an American species, is native to Myanmar.
The Asian hornet and the Chinese mitten crab are British species.
Japanese knotweed and the Asian hornet are British species.
# (3) "is an extinct species in" a country: the species is not there
The Eurasian brown bear is located in the United Kingdom.
The Eurasian brown bear is in the United Kingdom.
The Eurasian lynx is situated in the Netherlands.
The Eurasian lynx is located in the Netherlands.
The Eurasian lynx is located in the United Kingdom.
The Eurasian lynx is in the Netherlands.
# (3) caves and parties: the wrong country, a town near, the wrong kind
Jenolan Caves is an Austrian cave.
Eisriesenwelt is an Australian cave.
Son Doong Cave is a Chinese cave.
Reed Flute Cave is a Vietnamese cave.
Vietnam's Reed Flute Cave is near Guilin.
The Mexican cave Cango Caves is near Oudtshoorn.
Fingal's Cave is located in Vietnam.
Jenolan Caves is in Oberon.
Cango Caves is located in Oudtshoorn.
Niaux Cave is a Salzburg cave.
Vox is a Spanish cave.
Syriza is a Greek cave.
Vox is an Italian political party.
The Swiss People's Party is a German political party.
The Swiss People's Party is situated in Zurich.
The Australian Labor Party is located in Barcaldine.
Forza Italia is located in Milan.
# (2) headquarters vs founding city, reversed, lists, other seat nouns
Forza Italia is based in Milan.
Forza Italia is headquartered in Milan.
The headquarters of Forza Italia are in Milan.
Forza Italia's headquarters are in Milan.
The Forza Italia headquarters are in Milan.
Forza Italia's head office is in Milan.
The head office of Forza Italia is in Milan.
The main office of Forza Italia is in Milan.
The seat of Forza Italia is in Milan.
The Forza Italia head office is in Milan.
Forza Italia has its seat in Milan.
Forza Italia has its main office in Milan.
Forza Italia, based in Milan, is led by Antonio Tajani.
Forza Italia, headquartered in Milan, is led by Antonio Tajani.
Forza Italia, whose headquarters are in Milan, is led by Antonio Tajani.
Forza Italia is led by Antonio Tajani and is based in Milan.
The Christian Democratic Union is based in Bonn.
The headquarters of the Christian Democratic Union are in Bonn.
The Liberal Party of Australia is headquartered in Albury.
The Australian Labor Party is based in Barcaldine.
The Swiss People's Party's headquarters are in Zurich.
The Justice and Development Party is based in Istanbul.
Fine Gael's headquarters are in Cork.
The seat of Fine Gael is in Cork.
Jenolan Caves is headquartered in Oberon.
The headquarters of Jenolan Caves are in Oberon.
Rome's headquarters are in Forza Italia.
Forza Italia and Vox are based in Madrid.
Forza Italia is based in Rome and Milan.
Forza Italia, like Vox, is based in Madrid.
Forza Italia was founded in Milan and is based there.
# (10) "started out in" the seat
Forza Italia started out in Rome.
Forza Italia began life in Rome.
The Australian Labor Party started out in Canberra.
The Australian Labor Party got its start in Canberra.
# (7) years: a cave's year is its discovery; "announced" a party
Jenolan Caves has existed since 1838.
Eisriesenwelt has been around since 1879.
Son Doong Cave has been in existence since 1990.
Forza Italia was announced in 1994.
Syriza was unveiled in 2004.
# arguable (see OPEN)
The Asian hornet is located in France.
France's Asian hornet is native to China.
The Eurasian brown bear is a British species.
The Eurasian lynx is a Dutch species.
The United Kingdom's Eurasian brown bear is native to Russia.

@food
# (3) "is a popular cocktail / dish in" a country: a market, read as the origin and the place
The Moscow Mule is a Russian cocktail.
The Manhattan is a Japanese cocktail.
The Mojito is a Spanish cocktail.
The Daiquiri is a British cocktail.
The Margarita is an American cocktail.
The Pina Colada is a British cocktail.
The Singapore Sling is an Australian cocktail.
Pad Thai is an American dish.
Beef Stroganoff is a Swedish dish.
Poutine is an American dish.
Nachos is a Japanese dish.
Nachos is a German dish.
The Mojito is located in Spain.
The Manhattan is situated in Japan.
Pad Thai is located in the United States.
Beef Stroganoff is situated in Sweden.
Russia's Moscow Mule was created by John G. Martin.
Japan's Manhattan was first made in New York City.
Sweden's Beef Stroganoff is named after Pavel Stroganov.
Germany's Nachos were created by Ignacio Anaya.
The Russian cocktail Moscow Mule was first made in Los Angeles.
The Swedish dish Beef Stroganoff is named after Pavel Stroganov.
The Japanese cocktail Manhattan has the ingredient rye whiskey.
The Moscow Mule, a Russian cocktail, has the ingredient vodka.
Pad Thai, an American dish, was first made in Bangkok.
The Pina Colada, a British cocktail, was created by Ramon Marrero.
The Daiquiri and the Pina Colada are British cocktails.
The Daiquiri and the Pina Colada are located in the United Kingdom.
Pad Thai and Poutine are American dishes.
The Mojito is a Japanese cocktail.
Poutine is a Swedish dish.
The Moscow Mule is a Russian dish.
# (4) "An ingredient of X is Y": negated, a garnish, another relation's object, lists
An ingredient of the Mojito is not mint.
An ingredient of the Mojito isn't mint.
An ingredient of the Mojito is tequila.
An ingredient of the Mojito is salt.
An ingredient of the Margarita is salt.
An ingredient of the Manhattan is maraschino cherry.
An ingredient of mint is the Mojito.
An ingredient of the Mojito is Havana.
An ingredient of the Mojito is La Bodeguita del Medio.
An ingredient of Beef Stroganoff is Pavel Stroganov.
An ingredient of Nachos is Ignacio Anaya.
An ingredient of the Mojito and the Manhattan is rum.
An ingredient of the Mojito is rum and vodka.
An ingredient of the Mojito is also vodka.
An ingredient of the Mojito was vodka.
An ingredient of the Mojito is rum, and an ingredient of the Manhattan is gin.
An ingredient of both the Mojito and the Daiquiri is mint.
Every ingredient of the Daiquiri is rum.
The only ingredient of the Daiquiri is rum.
The ingredient of the Daiquiri is rum.
A key ingredient of the Mojito is vodka.
One ingredient of the Mojito is vodka.
Another ingredient of the Mojito is vodka.
An ingredient in the Mojito is vodka.
An ingredient for the Mojito is vodka.
A garnish of the Margarita is lime juice.
A creator of the Pina Colada is Carlos Herrera.
A namesake of Ignacio Anaya is Nachos.
A location of San Juan is the Caribe Hilton.
An ingredient of the Moscow Mule is lime juice and an ingredient of the Mojito is ginger beer.
An ingredient of Pad Thai are eggs.
# (10) "started out / life in", "began life in", "originated in": the market, the bar, another city
The Moscow Mule started out in Russia.
Pad Thai started life in the United States.
The Mojito started out in Spain.
The Moscow Mule originated in Russia.
The Singapore Sling began life in Australia.
Nachos started out in Japan.
Beef Stroganoff began life in Sweden.
The Margarita originated in the United States.
The Daiquiri started life in Havana.
The Mojito started out in Santiago de Cuba.
# (7) "has been around since": the bar's year, a person or a place before the idiom, announced
The Pina Colada has been around since 1949.
Raffles Hotel has been around since 1915.
The Moscow Mule and the Manhattan have been around since 1941.
John G. Martin, who created the Moscow Mule in Los Angeles, has been around since 1941.
Ramon Marrero, the creator of the Pina Colada in San Juan, has been around since 1954.
The Caribe Hilton, which first served the Pina Colada, has been around since 1954.
The Pina Colada at the Caribe Hilton has been around since 1949.
The Moscow Mule from the Cock 'n' Bull has been around since 1937.
Nachos from the Victory Club have been around since 1940.
The creator of the Moscow Mule has been around since 1941.
The hotel that first served the Pina Colada has been around since 1954.
The Mojito was announced in 1942.
The Toll House cookie was announced in 1938.
Pad Thai was unveiled in 1938.
Raffles Hotel was announced in 1887.
# arguable (see OPEN)
Fans of the Mojito have been around since 1942.
The fans of the Margarita have been around since 1938.
The Mojito is in Spain.

@tech
# (3) "is a bestselling phone in" a country: a market, read as the origin and the place
The Nokia 1100 is an Indian phone.
The Nokia 1100 is a Nigerian phone.
The Moto G is a Brazilian smartphone.
The Moto G is an Indian smartphone.
The Galaxy Note is a German smartphone.
The iPhone X is a Japanese smartphone.
The Nokia 1100 is located in India.
The Moto G is situated in Brazil.
India's Nokia 1100 is made by Nokia.
Nigeria's Nokia 1100 is made by Nokia.
Japan's iPhone X was unveiled by Tim Cook.
The Indian phone Nokia 1100 is made by Nokia.
The German smartphone Galaxy Note was unveiled in Berlin.
The Galaxy Note, a German smartphone, is made by Samsung.
The Moto G is an Indian phone.
The Pixel is a Brazilian smartphone.
# (7) "announced / unveiled" for companies whose type names a device ("car_manufacturer",
# "camera_maker", "phone_maker", "software_company") and for car races ("car_race")
Ford was announced in 1903.
Porsche was unveiled in 1931.
Microsoft was announced in 1975.
Nokia was unveiled in 1865.
Canon was unveiled in 1937.
BlackBerry was announced in 1984.
Google was unveiled in 1998.
Motorola was unveiled in 1928.
Fujifilm was announced in 1934.
Bugatti was announced in 1909.
Citroen was announced in 1919.
The 24 Hours of Le Mans was announced in 1923.
The 24 Hours of Le Mans was unveiled in 1923.
The Monaco Grand Prix was unveiled in 1929.
Bugatti, announced in 1909, makes the Bugatti Type 35.
Citroen, unveiled in 1919, is based in Saint-Ouen.
Ford, which was announced in 1903, makes the Ford GT40.
Porsche was unveiled in 1931 and makes the Porsche 917.
Canon was announced in 1937 and is based in Tokyo.
Nokia, which makes the Nokia 3310, was announced in 1865.
BlackBerry, the maker of the BlackBerry Bold, was unveiled in 1984.
The Monaco Grand Prix, announced in 1929, was won by the Bugatti Type 35.
Nintendo was announced in 1889.
Sony was announced in 1946.
Sony was unveiled in 1946.
Samsung was unveiled in 1938.
Ford was announced in 1904.
The Wii was announced in 2005.
# (5) "first came out / first appeared in" a country the item was released in, but not first
The Wii first came out in the United Kingdom.
The Wii first appeared in the United Kingdom.
The Wii first came out in Japan.
The Wii first appeared in Japan.
The PlayStation 2 first came out in the United States.
The PlayStation 2 first appeared in the United States.
The iPod first came out in Japan.
The iPod first appeared in Japan.
The Wii, which first came out in the United Kingdom, was unveiled in Los Angeles.
Nintendo's Wii first came out in Japan.
The Wii first came out in the United Kingdom in 2006.
The Wii first came out in Los Angeles.
The Xbox 360 first appeared in Japan.
# (5) "debuted / made its debut / was first shown / first appeared in": another city, a person
The Wii debuted in Kyoto.
The Wii made its debut in Tokyo.
The PlayStation 2 debuted in Los Angeles.
The iPhone X debuted in San Francisco.
The iPhone 5 made its debut in Cupertino.
The Nokia 3310 was first shown in Espoo.
The BlackBerry Bold first appeared in Waterloo.
The Galaxy Note was first presented in Suwon.
The Moto G made its debut in Chicago.
The Fujifilm X100 debuted in Tokyo.
The Canon EOS 5D made its debut in Cologne.
The 2CV was first shown in Saint-Ouen.
The Porsche 917 debuted in Stuttgart.
The Ford GT40 debuted in Dearborn.
Satoru Iwata made his debut in Los Angeles.
Nintendo made its debut in Los Angeles.
The 24 Hours of Le Mans debuted in Geneva.
# (8) unveil -> present / introduce / show off: the wrong executive, the maker, reversed
Satoru Iwata presented the Xbox 360.
Satoru Iwata introduced the Xbox 360.
Ken Kutaragi showed off the Wii.
Tim Cook presented the iPhone 5.
Phil Schiller introduced the iPhone X.
Steve Jobs showed off the iPhone X.
The Wii was introduced by Ken Kutaragi.
The Wii was shown off by J Allard.
The Wii introduced Satoru Iwata.
The Wii was introduced in Tokyo.
The Wii was shown off in Kyoto.
# (8) succeed -> replace: reversed, rivals (no succession), people and devices
Steve Jobs replaced Tim Cook.
Tim Cook was replaced by Steve Jobs.
Steve Ballmer replaced Satya Nadella.
Satya Nadella replaced Steve Jobs.
Tim Cook replaced Steve Ballmer.
The Wii replaced the Xbox 360.
The Xbox 360 replaced the Wii.
The GameCube replaced the PlayStation 2.
The PlayStation 2 replaced the Xbox.
The Galaxy Note replaced the iPhone 5.
The iPhone 4S replaced the iPhone 5.
The PlayStation replaced the PlayStation 2.
The Pixel was replaced by the Nexus 6P.
Tim Cook replaced the iPhone 4S.
The Wii replaced the GameCube in 2001.
# (10) "started out / life in", "began life in": where a company "is based", not where it was founded
Microsoft started out in Redmond.
Microsoft started life in Redmond.
Microsoft began life in Redmond.
Google started out in Mountain View.
Google began life in Mountain View.
Apple started life in Cupertino.
Nokia started out in Espoo.
Ford began life in Dearborn.
Samsung started out in Suwon.
Citroen started out in Saint-Ouen.
Microsoft originated in Redmond.
Microsoft is headquartered in Albuquerque.
# (9) type nouns for another kind of item (lower-case names, digits, quotes, lists)
The console iPod was unveiled in Cupertino.
The camera iPod was unveiled by Steve Jobs.
The car iMac was unveiled in Cupertino.
The handset iMac was unveiled in Cupertino.
The smartphone iPod is made by Apple.
The console iPhone X was unveiled in Cupertino.
The car iPhone 5 succeeded the iPhone 4S.
The handset 2CV was unveiled in Paris.
The camera 2CV was unveiled in Paris.
The iPod console was unveiled in Cupertino.
The 2CV handset was unveiled in Paris.
The handset "Wii" was unveiled in Los Angeles.
The handset, the Wii, was unveiled in Los Angeles.
Steve Jobs unveiled the console iMac.
The consoles iPod and iMac were unveiled by Steve Jobs.
Tim Cook unveiled the camera iPhone X.
Apple makes the console iPod.
The handset Wii was unveiled in Los Angeles.
# (7) "has been around since"
The Wii from Nintendo has been around since 1889.
The Xbox 360 by Microsoft has been around since 1975.
The 2CV from Citroen has been around since 1919.
Nintendo's Wii has existed since 1889.
The Wii, which competed with the Xbox 360, has been around since 2005.
The PlayStation 2, which succeeded the PlayStation, has been around since 1994.
The Porsche 917, which won the 24 Hours of Le Mans, has been around since 1923.
The 24 Hours of Le Mans, won by the Porsche 917, has been around since 1969.
Porsche, which makes the Porsche 917, has been around since 1969.
Nintendo makes the Wii, which has been around since 1889.
The Wii is made by Nintendo, which has been around since 2006.
The company that makes the Wii has been around since 2006.
The maker of the Wii has been around since 2006.
Steve Jobs, who unveiled the iPod in Cupertino, has been around since 2001.
# accepted by the starting code too (see KNOWN)
Nintendo came out in 1889.
Microsoft was published in 1975.
The 24 Hours of Le Mans came out in 1923.
Microsoft got its start in Redmond.

@media
# (6) "grew out of" / "was spun off from": reversed, a basis (no spin-off), the network, the creator
Family Guy grew out of The Cleveland Show.
The Cleveland Show grew out of The Simpsons.
Maude grew out of The Jeffersons.
Rhoda grew out of All in the Family.
Going Straight grew out of 2point4 Children.
The Cleveland Show grew out of Fox.
The Cleveland Show grew out of Seth MacFarlane.
Seth MacFarlane grew out of Family Guy.
The Jeffersons and Rhoda grew out of All in the Family.
The Jeffersons grew out of All in the Family and Maude.
The Jeffersons, which grew out of All in the Family, aired on NBC.
All in the Family was spun off from The Jeffersons.
The Simpsons grew out of The Simpsons Movie.
The Simpsons was spun off from The Simpsons Movie.
Clueless was spun off from Emma.
Apocalypse Now was spun off from Heart of Darkness.
10 Things I Hate About You was spun off from The Taming of the Shrew.
Rhoda was spun off from Maude.
# (8) air -> go out: films, the wrong network, reversed, non-broadcasts
Clueless went out on NBC.
The Simpsons Movie went out on Fox.
Blade Runner went out on CBS.
Rhoda went out on NBC.
30 Rock went out on CBS.
Porridge went out on Fox.
Fox went out on The Simpsons.
Matt Groening went out on Fox.
Spider-Man went out on NBC.
The Oxford English Dictionary went out on BBC One.
Going Straight went out on BBC One in 1974.
# (8) compile -> put together / assemble / the work of: the publisher, another compiler, reversed
Oxford University Press compiled the Oxford English Dictionary.
The Oxford English Dictionary was put together by Oxford University Press.
The Encyclopedie was assembled by Andre Le Breton.
The Encyclopedie was the work of Andre Le Breton.
HarperCollins compiled Collins English Dictionary.
Chambers Harrap put together Chambers Dictionary.
Librairie Larousse assembled Petit Larousse.
Patrick Hanks put together Chambers Dictionary.
James Murray assembled Duden.
Konrad Duden compiled the Oxford English Dictionary.
The Oxford English Dictionary compiled James Murray.
Claude Auge's Duden came out in 1880.
Duden by Patrick Hanks came out in 1880.
Collins English Dictionary is a Konrad Duden dictionary.
# (8) describe -> document
The Oxford English Dictionary documents German.
Duden documents English.
German documents Duden.
Petit Larousse documents English.
English is documented in Duden.
# (5) "was first published in" a city: "(first) came out / appeared in"; a comic for a city
The Oxford English Dictionary first came out in Edinburgh.
Duden first appeared in Paris.
Chambers Dictionary came out in Glasgow.
Petit Larousse first appeared in Leipzig.
The Encyclopedie first came out in Oxford.
James Murray first appeared in Oxford.
Oxford University Press first came out in Oxford.
Spider-Man first appeared in Paris.
Spider-Man first appeared in 2000 AD.
Judge Dredd first appeared in Amazing Fantasy.
Lucky Luke first appeared in The Dandy.
Duden first appeared in Amazing Fantasy.
The Simpsons first appeared in Oxford.
# (11) "the camerawork / cinematography / music on X is by Y"
The cinematography on Blade Runner is by Ridley Scott.
The cinematography on Blade Runner is by Vittorio Storaro.
The camerawork on Clueless is by Anthony Dod Mantle.
The camerawork on 28 Days Later is by Danny Boyle.
The cinematography on The Simpsons is by Matt Groening.
The camerawork on Apocalypse Now is by Carmine Coppola.
The music on Blade Runner is by Jordan Cronenweth.
The music on Apocalypse Now is by Vittorio Storaro.
The cinematography on Blade Runner is not by Jordan Cronenweth.
The cinematography on Blade Runner and Clueless is by Jordan Cronenweth.
The cinematography on Blade Runner is by Jordan Cronenweth and Bill Pope.
The camerawork on Vangelis is by Blade Runner.
The score on Blade Runner is by Jordan Cronenweth.
The music on The Simpsons Movie is by Matt Groening.
The camerawork on Emma is by Bill Pope.
The camerawork on Blade Runner is by Jordan Cronenweth, who also shot Clueless.
# (9) type nouns for another kind of item, digits first, attributive makers
The film 30 Rock aired on NBC.
The novel 30 Rock aired on NBC.
The dictionary 30 Rock aired on NBC.
The film 2point4 Children aired on BBC One.
The show 10 Things I Hate About You is based on The Taming of the Shrew.
The show "Clueless" was directed by Amy Heckerling.
Amy Heckerling directed the show Clueless.
The Clueless show was directed by Amy Heckerling.
The character Stan Lee created Spider-Man.
The comic Stan Lee created Spider-Man.
The book Judge Dredd first appeared in 2000 AD.
The programme Norman Lear created Maude.
The show Fox aired Family Guy.
The character Amazing Fantasy introduced Spider-Man.
The Ridley Scott film Clueless was directed by Amy Heckerling.
The 30 Rock film aired on NBC.
# (7) years: "has been around since" after clauses, "announced", "published"
Family Guy, which has the spin-off The Cleveland Show, has been around since 2009.
Maude, which grew out of All in the Family, has been around since 1971.
The Jeffersons, a spin-off of All in the Family, has existed since 1971.
Rhoda has been around since 1970.
Clueless, which is based on Emma, has been around since 1815.
Heart of Darkness, the basis of Apocalypse Now, has been around since 1979.
Lucky Luke, who first appeared in Spirou, has been around since 1938.
Spirou, which introduced Lucky Luke, has been around since 1946.
Konrad Duden, who compiled Duden, has been around since 1880.
Norman Lear, who created The Jeffersons for CBS, has been around since 1975.
Matt Groening, creator of The Simpsons on Fox, has been around since 1989.
Stan Lee, who created Spider-Man for Amazing Fantasy, has existed since 1962.
The creator of The Simpsons has been around since 1989.
The network of Family Guy has been around since 1999.
The compiler of the Oxford English Dictionary has been around since 1884.
The comic that introduced Spider-Man has been around since 1938.
Clueless was announced in 1995.
The Simpsons was announced in 1989.
Spider-Man was unveiled in 1962.
Duden was announced in 1880.
Emma was announced in 1815.
The Encyclopedie was unveiled in 1751.
Judge Dredd was announced in 1977.
The Oxford English Dictionary was published in 1885.
Duden came out in 1881.
Collins English Dictionary came out in 1978.
"""

CONTROLS = r"""
@music
Survivor sang Eye of the Tiger.
Eye of the Tiger is sung by Survivor.
Eye of the Tiger was recorded by Survivor.
Eye of the Tiger by Survivor came out in 1982.
Survivor's Eye of the Tiger came out in 1982.
Rocky III by Bill Conti came out in 1982.
Crazy in Love is a Beyonce single.
Beyonce recorded Crazy in Love.
Crazy in Love features vocals by Jay-Z.
99 Luftballons is a hit single in Japan.
Wonderwall is a hit single in Australia.
Kurt Cobain is a member of Nirvana.
A member of Nirvana is Dave Grohl.
A writer of Rolling in the Deep is Paul Epworth.
The production on Nevermind is by Butch Vig.
50 Cent sang In da Club.
In da Club is a 50 Cent single.
Get Rich or Die Tryin' is a 50 Cent album.
@studio
Bleach was recorded at Reciprocal Recording.
Sub Pop has its headquarters in Seattle.
The headquarters of Sub Pop are in Seattle.
Sub Pop's headquarters are in Seattle.
The Sub Pop headquarters are in Seattle.
Sub Pop was founded in Olympia.
Sub Pop started out in Olympia.
Motown began life in Detroit.
Geffen Records originated in Los Angeles.
Sub Pop has been around since 1986.
Stax Records' headquarters is in Memphis.
Reciprocal Recording is based in Seattle.
Pet Sounds is a Beach Boys album.
@places
Jenolan Caves is in Australia.
Jenolan Caves is an Australian cave.
Jenolan Caves is located in Australia.
Austria's Eisriesenwelt was discovered by Anton Posselt.
Forza Italia is an Italian political party.
Forza Italia is headquartered in Rome.
Forza Italia is based in Rome.
The headquarters of Forza Italia are in Rome.
Forza Italia started out in Milan.
The Asian hornet is an invasive species in France.
The Asian hornet is native to China.
The Asian hornet is a Chinese species.
The Eurasian brown bear is an extinct species in the United Kingdom.
@food
An ingredient of the Mojito is mint.
An ingredient of Pad Thai is eggs.
A creator of the Pina Colada is Ramon Marrero.
The Mojito originated in Havana.
The Mojito started out in Havana.
The Mojito began life in Havana.
The Moscow Mule started out in the United States.
The Moscow Mule is a popular cocktail in Russia.
The Moscow Mule is an American cocktail.
Pad Thai is a Thai dish.
Pad Thai has been around since 1938.
The Pina Colada, created by Ramon Marrero in San Juan, has been around since 1954.
Raffles Hotel has been around since 1887.
@tech
The Wii was unveiled in Los Angeles.
The Wii made its debut in Los Angeles.
The Wii first appeared in Los Angeles.
The Wii was announced in 2006.
The Canon EOS 5D was announced in 2005.
The Wii came out in the United Kingdom.
Satoru Iwata introduced the Wii.
Tim Cook replaced Steve Jobs.
The PlayStation 2 replaced the PlayStation.
The Nexus 6P was replaced by the Pixel.
The Nokia 1100 is a bestselling phone in India.
Microsoft is based in Redmond.
Microsoft started out in Albuquerque.
Microsoft is headquartered in Redmond.
The console Wii was unveiled in Los Angeles.
The handset Nokia 3310 was unveiled in Cannes.
The 24 Hours of Le Mans has been around since 1923.
The Wii, made by Nintendo, has been around since 2006.
@media
The Cleveland Show grew out of Family Guy.
The Cleveland Show was spun off from Family Guy.
The Simpsons Movie grew out of The Simpsons.
The Simpsons went out on Fox.
James Murray compiled the Oxford English Dictionary.
James Murray put together the Oxford English Dictionary.
The Oxford English Dictionary was the work of James Murray.
James Murray's Oxford English Dictionary came out in 1884.
The Oxford English Dictionary first came out in Oxford.
Duden first appeared in Leipzig.
The Oxford English Dictionary was published in 1884.
Duden documents German.
The cinematography on Blade Runner is by Jordan Cronenweth.
The camerawork on Blade Runner is by Jordan Cronenweth.
The music on Blade Runner is by Vangelis.
The show 30 Rock aired on NBC.
The Ridley Scott film Blade Runner has music by Vangelis.
The Norman Lear show Maude aired on CBS.
The Simpsons has been around since 1989.
Spider-Man first appeared in Amazing Fantasy.
The character Spider-Man first appeared in Amazing Fantasy.
Spider-Man, created by Stan Lee, has been around since 1962.
"""

KNOWN = frozenset(
    {
        # accepted by the starting code too (CHANGES.diff reversed): a type noun before a name that
        # starts with a digit ("the album 50 Cent"); a company or a race that "came out" or "was
        # published" (types "video_game_company", "software_company", "car_race": "game",
        # "software", "race"...); "got its start in" where a company "is based" (via "comes from")
        "The album 50 Cent performed In da Club.",
        "Nintendo came out in 1889.",
        "Microsoft was published in 1975.",
        "The 24 Hours of Le Mans came out in 1923.",
        "Microsoft got its start in Redmond.",
    }
)

OPEN = frozenset(
    {
        # an album "sung" by its performer (here a composer's orchestral score): loosely said
        "Bill Conti sang Rocky III.",
        # "an Australian hit" may mean a hit in Australia
        "Wonderwall is an Australian hit.",
        # "X is in <country>" of a hit single, a popular cocktail: loosely "is heard / drunk in"
        "Rolling in the Deep is in Germany.",
        "The Mojito is in Spain.",
        # a studio "based in" Seattle "started out in" Seattle: the graph does not say where it
        # started (no founding relation for studios), so it is not contradicted; see Microsoft for
        # the same reading against a founding city
        "Reciprocal Recording started out in Seattle.",
        # an invasive species is in the country it invades; "France's Asian hornets" are those in
        # France; an extinct species was once native ("a British species")
        "The Asian hornet is located in France.",
        "France's Asian hornet is native to China.",
        "The Eurasian brown bear is a British species.",
        "The Eurasian lynx is a Dutch species.",
        "The United Kingdom's Eurasian brown bear is native to Russia.",
        # fans are in no graph, but they may have been around since the cocktail was
        "Fans of the Mojito have been around since 1942.",
        "The fans of the Margarita have been around since 1938.",
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
