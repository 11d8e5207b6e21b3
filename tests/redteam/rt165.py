"""Red team round 165: this round's new readings (CHANGES.diff): (1) a speech (item types speech,
address, lecture, sermon, oration, eulogy, talk): "was delivered by / in / at / to" also reads
"was given ..." and "X gave Y", and its speaker is its author ("Lincoln's Gettysburg Address", "a
Reagan speech", "delivered" dates it by its year); (2) after the object of a verb, a bare "at"
takes the readings of the same verb read "at" ("Reagan delivered X at the Brandenburg Gate": "was
delivered at"); (3) a thing (no person, no building) that "is housed in" a building "is in /
inside", "sits in / inside", "is kept in / inside" it, and an item of a hanging kind (bell,
painting, tapestry, altarpiece, icon, chandelier, ...) that "is housed / located / kept /
displayed in / at" "hangs / hung in / at" there; (4) "cast" is a verb of authorship
("Whitechapel's Big Ben", "cast in 1858"), "make" also reads "craft", "lead" also "command" (where
no other relation says the word); (5) WebNLG count predicates give their numbers unit nouns ("19238
members", "60 floors") and take "has"; heights "metres tall", runway lengths "metres long".

Six graphs of my own (graph builders below):

* speeches: speeches of the seven types "delivered by" a speaker next to "written by" a
  speechwriter, "delivered at" a venue next to "recorded at" (Chartwell) and "commemorated at" (the
  Lincoln Memorial, the Reagan Library, Space Center Houston), "delivered in" a city next to
  "archived in" a library, "delivered to" an audience, "broadcast by"; two speeches at one place
  and year (Lincoln's address, Everett's oration); beside them items that are no speeches but share
  the verbs: a gift "given by" (gave) a monarch, "made by" a carpenter ("craft"), "made from" a ship
  and "housed in" the Oval Office; a bell given to Berlin; a letter, a ship (HMS Resolute, launched
  1850, delivered back to the Queen in 1856) and a statue (the Statue of Liberty, 1886, delivered by
  the frigate Isere in 1885) that "were delivered by" someone (same phrase, other domains); a prize
  "awarded to" / "presented by"; people "buried at" a cemetery or a library; a speechwriter "worked
  at" the White House; a user;
* bells: bells "housed in" a tower, a cathedral or a museum and "located in" a city or a country,
  "cast by" a foundry or a founder, "designed by" an architect; the Liberty Bell "was housed in"
  Independence Hall (past); paintings, a tapestry, an altarpiece "displayed in" a museum, "painted
  by", "stolen from", "commissioned by", Guernica "was displayed in" MoMA (past); icons "kept at" a
  gallery or a church ("hangs at"); chandeliers "located in" an opera house and "crafted by" a
  glassworks (so "make" is not read "craft" here); statues "housed in" a museum (same phrase,
  statue domain), "sculpted by" and "cast by" a foundry; a car and an aircraft "kept in" a museum
  and "made by" a maker; a bridge "located in" a city; a user;
* ships: expeditions (undertakings) "led by" an explorer ("command": no relation says it), that
  "included" members and "used" a ship; ships "captained by", "built by" a yard "in" a town,
  "delivered to" a line and "delivered by" a yard (no speech on this graph), the Fram "housed in" a
  museum, the Cutty Sark "preserved at" Greenwich; passages that "lead to" an ocean; lines "led by"
  a chief executive (present) next to "chaired by" (past); a user;
* films: films "cast by" a casting director next to "directed by", "stars", "produced by", "scored
  by", "shot at", "premiered at", "distributed by"; a user;
* gadgets: products "launched by" a company and "launched at" an event (a product launch), "presented
  by", "designed by", "manufactured by" a maker "at" a factory, "have" features; companies "are led
  by" (present; "command": no relation says it) next to "were led by" (past), "founded by" next to
  "funded by", "own", "headquartered in" next to "was headquartered in"; a user;
* webnlg: a graph built by :func:`kgexplain.evaluation.webnlg.webnlg_graph` (shipped lexicon) from
  one-triple entries: the eight count predicates, height and runway length, with labels shared by
  two predicates ("700": one school's postgraduate students and another's academic staff; "500": a
  staff size and a chain's locations; "512": a firm's employees and a book's pages; "48": floors
  and pages; "17000": students and members; "492.0": a tower's height and a runway), next to other
  predicates (city served, ground, location).

Findings (86 accepted; the starting code, CHANGES.diff reversed, rejects each of them):

* (5) a unit noun is an alias of the shared number ENTITY (one entity per label), so it is read for
  every predicate whose object has that label, and "has" is a cue of all eight counts: "Acharya
  Institute of Technology has 700 staff / academic staff / staff members" (700 = its postgraduates;
  its staff is 500), "... has 500 locations", "1 Decembrie 1918 University has 700 students" (its
  staff; it has 17000 students) and "... 700 postgraduate students", "Bob Evans Restaurants has /
  operates 500 (academic) staff" (its locations), "Anderson Kill has 512 pages", "512 pages work for
  Anderson Kill", "1634: The Ram Rebellion has / contains / is made up of 512 employees", "Asterix
  and Cleopatra has / contains 48 floors", "Carew Tower has / contains 48 pages", "Agremiacao
  Sportiva Arapiraquense has 17000 students"; likewise "metres tall" / "metres long": "Alderney
  Airport's runway is 492 metres tall", "has a runway (of) 492 metres tall", "Shanghai World
  Financial Center is / stands / measures 492 metres long".
* (4) "cast" is a verb of authorship on every graph: a casting director becomes the film's author,
  "Fred Roos's The Godfather", "The Godfather is a Fred Roos film", "Jaws is a Shari Rhodes film",
  "Irene Lamb's Star Wars stars Mark Hamill", "The Godfather is Fred Roos's film", ...; and "cast
  in <year>" reads a film's release year as the year it was cast: "The Godfather was cast in 1972",
  "Fred Roos cast The Godfather in 1972", "Shari Rhodes cast Jaws in 1975", "Apocalypse Now was
  cast in 1979" (all were cast a year or more before release; nothing in the graph dates casting).
* (4) "lead" read "command" keeps no tense: "commands" / "is commanded by" reads a PAST relation
  ("was led by"): "Steve Jobs commands Apple", "Apple is commanded by John Sculley", "Eric Schmidt
  commands Google", "Martin Eberhard commands Tesla", "Terry Gou commands Foxconn", "Steve Jobs,
  who commands Apple, presented the iPhone"; and an undertaking's "was led by" (an event, never
  present: "Shackleton leads / heads the Imperial Trans-Antarctic Expedition" are rejected) is
  "commanded" in the present: "Shackleton commands the Imperial Trans-Antarctic Expedition", "The
  Fram expedition is commanded by Nansen", "Robert FitzRoy commands the Beagle voyage", "Scott now
  commands the Terra Nova Expedition".
* (1) "delivered" dates ANY item of a relation phrased with "delivered" once the graph has a speech
  relation: "Henry Hartstene delivered HMS Resolute in 1850" (its launch year; he delivered it in
  1856), "HMS Resolute was delivered in 1850", "The Isere delivered the Statue of Liberty in 1886"
  (1885), "The Statue of Liberty was delivered in 1886". (On the ships graph, with no speech,
  "Harland and Wolff delivered Titanic in 1911" stays rejected.)
* (1)+(2) the same-verb "at" is only reached when the title follows the verb directly; after a
  determiner or a noun ("gave the Beaches speech", "gave the speech Their Finest Hour", "gave his
  speech ...") any "at" relation of the speech is read, and "gave" is new: "Churchill gave the
  Beaches speech at Chartwell" (recorded there), "Churchill gave the speech Their Finest Hour at
  Chartwell", "Lincoln gave the Gettysburg Address at the Lincoln Memorial" (commemorated there),
  "Reagan gave the speech Tear Down This Wall at the Ronald Reagan Presidential Library", "Kennedy
  gave the speech We Choose to Go to the Moon at Space Center Houston"; and with "delivered" plus a
  year (newly dated): "Churchill delivered the Beaches speech at Chartwell in 1940" (the same text
  without the year is accepted by the starting code too: KNOWN).

Not found: "gave" / "given" of the speechwriter, of the other speaker at Gettysburg, of a gift's
donor for a speech and a speaker for a gift, of a courier, a prize's presenter, a ship's yard;
"given to" the wrong audience; "gave" with a wrong year (never dated); the possessive, "a X speech"
and the apposition "a 1987 Reagan speech" with the wrong speaker or year; "delivered" with the
wrong year, the writer's year; "at" right after the title (the wrong venue, the recording venue,
the speaker's grave, the writer's workplace, a list with one wrong venue, "by X at Y" with X buried
at Y: now rejected where the starting code accepted it); "hangs in" a building or city of another
bell, a city where the graph has the country, a past home, statues, a car, a bridge, a ship, "at"
for "in"; "sits / is kept inside" the wrong building; "cast" by the designer or the sculptor, the
wrong foundry's possessive, a wrong bell year; "crafted" where another relation says "crafted", by
the wrong maker, the donor, from the wrong thing; "commands" of the wrong leader, a member, the
ship's captain, "leads to" read "commands"; counts with the wrong number, a noun of no predicate
("chapters", "seats"), "more / fewer than", negation, "is 2702 metres long" of an airport, a
runway "tall" where no height shares the label.

OPEN: a present of a past speech ("Lincoln gives the Gettysburg Address"); the White House for the
Oval Office; "broadcast at"; "gave" for handing over a prize, a letter, a ship; a donor's or a
presenter's possessive; "hung in" a past home (the Liberty Bell, Guernica); the Tsar Bell (never
hung) "hangs in" the Kremlin; an aircraft that does hang; a bronze's founder as its author and a
statue's year as its casting year; an expedition leader "commanded" its ship; a line's possessive
of a ship delivered to it; a past of a present fact; a participle "commanded by" of a past chief;
a real casting year; a university's students as "members"; "has 700 students" of a school with 700
postgraduates among 5000 students; "a runway length of 492 metres tall", "a height of 492 metres
long".

KNOWN (accepted by the starting code too): "X delivered the <title> at Y" (after a determiner or a
noun: the recording venue, the commemorating memorial); "cast X at Y" (where it was shot or
premiered); "launched / manufactured / designed the X at Y" with another "at" relation of the
product.

Rejected controls: "Lincoln gave the Gettysburg Address in 1863." ("gave" does not date a speech,
"delivered" does).

False texts only (one false statement each; arguable ones in OPEN), plus faithful controls."""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity

_SPEECH = ("speech", "address", "lecture", "sermon", "oration", "eulogy", "talk")


def _build(items, others, rels, triples, users=(), aliases=None):
    aliases = aliases or {}
    ents = [E(k, kind="item", type=t, label=n, aliases=aliases.get(k, ()),
              attrs={"year": y} if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n, aliases=aliases.get(k, ())) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def speeches():
    """Speeches (items: the year delivered) of the types speech, address, lecture, sermon, oration,
    eulogy and talk, "were delivered by" a speaker (a speech's speaker is its author) next to
    "were written by" a speechwriter, "were delivered at" a venue next to "were recorded at" another
    (Churchill's "Beaches" was recorded at Chartwell in 1949), "were delivered in" a city, "were
    delivered to" an audience, "were broadcast by" a network; beside them items that are no
    speeches: a gift "was given by" (gave) a donor and "is housed in" a room (the Resolute desk:
    "gave" means giving here), a bell given to Berlin and housed in the town hall where Kennedy
    spoke, a letter that "was delivered by" a courier (same phrase as the speeches', domain
    "letter") and "was drafted by" its writer, an award "was awarded to" a person and "was presented
    by" a chairman; people "are buried at" a cemetery or a library, a speechwriter "worked at" the
    White House; a user."""
    rels = [
        R("delivered_by", phrase="was delivered by", inverse_phrase="delivered", domain=_SPEECH, range=("politician", "president", "preacher", "physicist", "novelist", "aristocrat", "educator")),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=_SPEECH, range=("speechwriter", "politician", "president", "preacher")),
        R("delivered_at", phrase="was delivered at", inverse_phrase="was the venue of", domain=_SPEECH, range=("landmark", "town hall", "stadium", "memorial", "church", "chamber", "office", "cemetery", "university", "conference")),
        R("recorded_at", phrase="was recorded at", inverse_phrase="was the recording venue of", domain=_SPEECH, range=("house", "studio")),
        R("commemorated_at", phrase="is commemorated at", inverse_phrase="commemorates", domain=_SPEECH, range=("memorial", "library", "museum")),
        R("archived_in", phrase="is archived in", inverse_phrase="archives", domain=_SPEECH, range=("library",)),
        R("delivered_in", phrase="was delivered in", inverse_phrase="heard", domain=_SPEECH, range=("city",)),
        R("delivered_to", phrase="was delivered to", inverse_phrase="listened to", domain=_SPEECH, range=("legislature", "congregation")),
        R("broadcast_by", phrase="was broadcast by", inverse_phrase="broadcast", domain=_SPEECH, range=("network",)),
        R("given_by", phrase="was given by", inverse_phrase="gave", domain=("gift", "bell", "statue"), range=("monarch", "organization", "country")),
        R("statue_delivered_by", phrase="was delivered by", inverse_phrase="delivered", domain=("statue",), range=("frigate",)),
        R("sculpted_by", phrase="was sculpted by", inverse_phrase="sculpted", domain=("statue",), range=("sculptor",)),
        R("made_by", phrase="was made by", inverse_phrase="made", domain=("gift",), range=("carpenter",)),
        R("made_from", phrase="was made from", inverse_phrase="was the source of", domain=("gift",), range=("ship",)),
        R("housed_in", phrase="is housed in", inverse_phrase="houses", domain=("gift", "bell"), range=("office", "town hall")),
        R("letter_delivered_by", phrase="was delivered by", inverse_phrase="delivered", domain=("letter",), range=("economist",)),
        R("drafted_by", phrase="was drafted by", inverse_phrase="drafted", domain=("letter",), range=("physicist",)),
        R("addressed_to", phrase="was addressed to", inverse_phrase="received", domain=("letter",), range=("president",)),
        R("ship_delivered_by", phrase="was delivered by", inverse_phrase="delivered", domain=("ship",), range=("captain",)),
        R("ship_delivered_to", phrase="was delivered to", inverse_phrase="received", domain=("ship",), range=("monarch",)),
        R("awarded_to", phrase="was awarded to", inverse_phrase="received", domain=("award",), range=("preacher",)),
        R("presented_by", phrase="was presented by", inverse_phrase="presented", domain=("award",), range=("chairman",)),
        R("buried_at", phrase="is buried at", inverse_phrase="is the resting place of", domain=("president", "politician", "preacher"), range=("cemetery", "library")),
        R("worked_at", phrase="worked at", inverse_phrase="employed", domain=("speechwriter",), range=("office", "residence")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "s:gettysburg": ("address", "Gettysburg Address", 1863), "s:everett": ("oration", "Gettysburg Oration", 1863),
        "s:second": ("address", "Second Inaugural Address", 1865), "s:wall": ("speech", "Tear Down This Wall", 1987),
        "s:challenger": ("speech", "Challenger speech", 1986), "s:berliner": ("speech", "Ich bin ein Berliner", 1963),
        "s:moon": ("speech", "We Choose to Go to the Moon", 1962), "s:dream": ("speech", "I Have a Dream", 1963),
        "s:mountaintop": ("sermon", "I've Been to the Mountaintop", 1968), "s:beaches": ("speech", "We Shall Fight on the Beaches", 1940),
        "s:finest": ("speech", "Their Finest Hour", 1940), "s:bottom": ("lecture", "There's Plenty of Room at the Bottom", 1959),
        "s:cultures": ("lecture", "The Two Cultures", 1959), "s:diana": ("eulogy", "Eulogy for Diana", 1997),
        "s:infamy": ("address", "Day of Infamy speech", 1941), "s:creativity": ("talk", "Do Schools Kill Creativity?", 2006),
        "s:nobel": ("lecture", "The Quest for Peace and Justice", 1964),
        "g:resolute": ("gift", "Resolute desk", 1880), "g:freedom": ("bell", "Freedom Bell", 1950),
        "l:szilard": ("letter", "Einstein-Szilard letter", 1939), "k:resolute": ("ship", "HMS Resolute", 1850),
        "g:liberty": ("statue", "Statue of Liberty", 1886),
        "a:nobel": ("award", "1964 Nobel Peace Prize", 1964),
    }
    others = {
        "p:lincoln": ("president", "Abraham Lincoln"), "p:everett": ("politician", "Edward Everett"),
        "p:reagan": ("president", "Ronald Reagan"), "p:jfk": ("president", "John F. Kennedy"),
        "p:mlk": ("preacher", "Martin Luther King Jr."), "p:churchill": ("politician", "Winston Churchill"),
        "p:feynman": ("physicist", "Richard Feynman"), "p:snow": ("novelist", "C. P. Snow"),
        "p:spencer": ("aristocrat", "Charles Spencer"), "p:fdr": ("president", "Franklin D. Roosevelt"),
        "p:robinson": ("educator", "Ken Robinson"),
        "w:noonan": ("speechwriter", "Peggy Noonan"), "w:probinson": ("speechwriter", "Peter Robinson"),
        "w:sorensen": ("speechwriter", "Ted Sorensen"), "w:hay": ("speechwriter", "John Hay"),
        "m:victoria": ("monarch", "Queen Victoria"), "o:crusade": ("organization", "Crusade for Freedom"),
        "p:szilard": ("physicist", "Leo Szilard"), "p:sachs": ("economist", "Alexander Sachs"),
        "c:jahn": ("chairman", "Gunnar Jahn"), "k:hartstene": ("captain", "Henry Hartstene"),
        "k:evenden": ("carpenter", "William Evenden"), "k:isere": ("frigate", "Isere"),
        "k:france": ("country", "France"), "k:bartholdi": ("sculptor", "Frederic Auguste Bartholdi"),
        "v:gate": ("landmark", "Brandenburg Gate"), "v:rathaus": ("town hall", "Rathaus Schoeneberg"),
        "v:rice": ("stadium", "Rice Stadium"), "v:memorial": ("memorial", "Lincoln Memorial"),
        "v:mason": ("church", "Mason Temple"), "v:commons": ("chamber", "House of Commons"),
        "v:oval": ("office", "Oval Office"), "v:soldiers": ("cemetery", "Soldiers' National Cemetery"),
        "v:caltech": ("university", "Caltech"), "v:senate": ("university", "Senate House"),
        "v:abbey": ("church", "Westminster Abbey"), "v:capitol": ("landmark", "United States Capitol"),
        "v:oslo_uni": ("university", "University of Oslo"), "v:ted": ("conference", "TED"),
        "v:chartwell": ("house", "Chartwell"),
        "v:oakridge": ("cemetery", "Oak Ridge Cemetery"), "v:reaganlib": ("library", "Ronald Reagan Presidential Library"),
        "v:arlington": ("cemetery", "Arlington National Cemetery"), "v:whitehouse": ("residence", "White House"),
        "v:nasa_museum": ("museum", "Space Center Houston"), "v:loc": ("library", "Library of Congress"),
        "y:gettysburg": ("city", "Gettysburg"), "y:berlin": ("city", "Berlin"), "y:houston": ("city", "Houston"),
        "y:washington": ("city", "Washington"), "y:memphis": ("city", "Memphis"), "y:london": ("city", "London"),
        "y:pasadena": ("city", "Pasadena"), "y:cambridge": ("city", "Cambridge"), "y:oslo": ("city", "Oslo"),
        "y:monterey": ("city", "Monterey"),
        "a:congress": ("legislature", "United States Congress"), "a:parliament": ("legislature", "Parliament"),
        "a:sanitation": ("congregation", "Memphis sanitation workers"),
        "n:bbc": ("network", "BBC"), "n:nbc": ("network", "NBC"), "n:cbs": ("network", "CBS"),
    }
    T_ = [
        ("s:gettysburg", "delivered_by", "p:lincoln"), ("s:everett", "delivered_by", "p:everett"),
        ("s:second", "delivered_by", "p:lincoln"), ("s:wall", "delivered_by", "p:reagan"),
        ("s:challenger", "delivered_by", "p:reagan"), ("s:berliner", "delivered_by", "p:jfk"),
        ("s:moon", "delivered_by", "p:jfk"), ("s:dream", "delivered_by", "p:mlk"),
        ("s:mountaintop", "delivered_by", "p:mlk"), ("s:beaches", "delivered_by", "p:churchill"),
        ("s:finest", "delivered_by", "p:churchill"), ("s:bottom", "delivered_by", "p:feynman"),
        ("s:cultures", "delivered_by", "p:snow"), ("s:diana", "delivered_by", "p:spencer"),
        ("s:infamy", "delivered_by", "p:fdr"), ("s:creativity", "delivered_by", "p:robinson"),
        ("s:nobel", "delivered_by", "p:mlk"),
        ("s:gettysburg", "written_by", "p:lincoln"), ("s:wall", "written_by", "w:probinson"),
        ("s:challenger", "written_by", "w:noonan"), ("s:berliner", "written_by", "w:sorensen"),
        ("s:moon", "written_by", "w:sorensen"), ("s:second", "written_by", "p:lincoln"),
        ("s:gettysburg", "delivered_at", "v:soldiers"), ("s:everett", "delivered_at", "v:soldiers"),
        ("s:second", "delivered_at", "v:capitol"), ("s:wall", "delivered_at", "v:gate"),
        ("s:challenger", "delivered_at", "v:oval"), ("s:berliner", "delivered_at", "v:rathaus"),
        ("s:moon", "delivered_at", "v:rice"), ("s:dream", "delivered_at", "v:memorial"),
        ("s:mountaintop", "delivered_at", "v:mason"), ("s:beaches", "delivered_at", "v:commons"),
        ("s:finest", "delivered_at", "v:commons"), ("s:bottom", "delivered_at", "v:caltech"),
        ("s:cultures", "delivered_at", "v:senate"), ("s:diana", "delivered_at", "v:abbey"),
        ("s:infamy", "delivered_at", "v:capitol"), ("s:creativity", "delivered_at", "v:ted"),
        ("s:nobel", "delivered_at", "v:oslo_uni"),
        ("s:wall", "commemorated_at", "v:reaganlib"), ("s:gettysburg", "commemorated_at", "v:memorial"),
        ("s:moon", "commemorated_at", "v:nasa_museum"),
        ("s:gettysburg", "archived_in", "v:loc"), ("s:second", "archived_in", "v:loc"), ("s:challenger", "archived_in", "v:reaganlib"),
        ("s:beaches", "recorded_at", "v:chartwell"), ("s:finest", "recorded_at", "v:chartwell"),
        ("s:gettysburg", "delivered_in", "y:gettysburg"), ("s:everett", "delivered_in", "y:gettysburg"),
        ("s:second", "delivered_in", "y:washington"), ("s:wall", "delivered_in", "y:berlin"),
        ("s:challenger", "delivered_in", "y:washington"), ("s:berliner", "delivered_in", "y:berlin"),
        ("s:moon", "delivered_in", "y:houston"), ("s:dream", "delivered_in", "y:washington"),
        ("s:mountaintop", "delivered_in", "y:memphis"), ("s:beaches", "delivered_in", "y:london"),
        ("s:finest", "delivered_in", "y:london"), ("s:bottom", "delivered_in", "y:pasadena"),
        ("s:cultures", "delivered_in", "y:cambridge"), ("s:diana", "delivered_in", "y:london"),
        ("s:infamy", "delivered_in", "y:washington"), ("s:creativity", "delivered_in", "y:monterey"),
        ("s:nobel", "delivered_in", "y:oslo"),
        ("s:infamy", "delivered_to", "a:congress"), ("s:beaches", "delivered_to", "a:parliament"),
        ("s:mountaintop", "delivered_to", "a:sanitation"),
        ("s:finest", "broadcast_by", "n:bbc"), ("s:challenger", "broadcast_by", "n:cbs"), ("s:dream", "broadcast_by", "n:nbc"),
        ("g:resolute", "given_by", "m:victoria"), ("g:freedom", "given_by", "o:crusade"),
        ("g:liberty", "given_by", "k:france"), ("g:liberty", "statue_delivered_by", "k:isere"),
        ("g:liberty", "sculpted_by", "k:bartholdi"),
        ("g:resolute", "made_by", "k:evenden"), ("g:resolute", "made_from", "k:resolute"),
        ("g:resolute", "housed_in", "v:oval"), ("g:freedom", "housed_in", "v:rathaus"),
        ("l:szilard", "letter_delivered_by", "p:sachs"), ("l:szilard", "drafted_by", "p:szilard"),
        ("l:szilard", "addressed_to", "p:fdr"),
        ("k:resolute", "ship_delivered_by", "k:hartstene"), ("k:resolute", "ship_delivered_to", "m:victoria"),
        ("a:nobel", "awarded_to", "p:mlk"), ("a:nobel", "presented_by", "c:jahn"),
        ("p:lincoln", "buried_at", "v:oakridge"), ("p:reagan", "buried_at", "v:reaganlib"), ("p:jfk", "buried_at", "v:arlington"),
        ("w:noonan", "worked_at", "v:whitehouse"), ("w:probinson", "worked_at", "v:whitehouse"),
        ("user:ada", "rated", "s:wall", {"rating": 5.0}), ("user:ada", "rated", "s:dream", {"rating": 4.5}),
        ("user:ada", "rated", "s:cultures", {"rating": 2.0}),
    ]
    aliases = {"p:lincoln": ("Lincoln",), "p:reagan": ("Reagan",), "p:jfk": ("Kennedy", "JFK"),
               "p:mlk": ("King",), "p:churchill": ("Churchill",), "p:feynman": ("Feynman",),
               "p:everett": ("Everett",), "w:noonan": ("Noonan",), "p:fdr": ("Roosevelt", "FDR"),
               "s:beaches": ("the Beaches speech",), "v:rathaus": ("Rathaus Schöneberg",),
               "s:infamy": ("the Infamy Speech",)}
    return _build(items, others, rels, T_, users=[("user:ada", "Ada")], aliases=aliases)


def bells():
    """Bells, paintings, a tapestry, an altarpiece and chandeliers (hanging kinds) next to statues,
    a car, an aircraft and a bridge (not): bells "are housed in" a tower or a cathedral and "are
    located in" a city or a country ("hangs in" reads both), "were cast by" a foundry (authorship:
    "Whitechapel's Big Ben"; "cast in 1858"), "were designed by" an architect; the Liberty Bell "was
    housed in" Independence Hall (past) and "is displayed in" the Liberty Bell Center; paintings
    "are displayed in" a museum, "were painted by" a painter, "were stolen from" a museum; statues
    "are housed in" a museum (same phrase, domain of statues: "sits in", not "hangs in"), "were
    sculpted by" a sculptor and "were cast by" a foundry; a car and an aircraft "are kept in" a
    museum and "were made by" a maker (make: "crafted"? no: the chandeliers "were crafted by" a
    glassworks); a bridge "is located in" a city; museums "are located in" cities; a user."""
    hang = ("painting", "tapestry", "altarpiece")
    rels = [
        R("bell_housed_in", phrase="is housed in", inverse_phrase="houses", domain=("bell",), range=("tower", "cathedral", "museum")),
        R("bell_located_in", phrase="is located in", inverse_phrase="is home to", domain=("bell",), range=("city", "country")),
        R("bell_was_housed_in", phrase="was housed in", inverse_phrase="once housed", domain=("bell",), range=("hall",)),
        R("cast_by", phrase="was cast by", inverse_phrase="cast", domain=("bell",), range=("foundry", "founder")),
        R("bell_designed_by", phrase="was designed by", inverse_phrase="designed", domain=("bell",), range=("architect",)),
        R("displayed_in", phrase="is displayed in", inverse_phrase="displays", domain=hang, range=("museum", "cathedral")),
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting", "altarpiece", "icon"), range=("painter",)),
        R("stolen_from", phrase="was stolen from", inverse_phrase="lost", domain=hang, range=("museum", "cathedral")),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=hang, range=("bishop", "patron")),
        R("icon_kept_at", phrase="is kept at", inverse_phrase="keeps", domain=("icon",), range=("gallery", "church", "cathedral")),
        R("was_displayed_in", phrase="was displayed in", inverse_phrase="once displayed", domain=hang, range=("museum",)),
        R("statue_housed_in", phrase="is housed in", inverse_phrase="houses", domain=("statue",), range=("museum",)),
        R("sculpted_by", phrase="was sculpted by", inverse_phrase="sculpted", domain=("statue",), range=("sculptor",)),
        R("statue_cast_by", phrase="was cast by", inverse_phrase="cast", domain=("statue",), range=("foundry",)),
        R("kept_in", phrase="is kept in", inverse_phrase="keeps", domain=("car", "aircraft"), range=("museum",)),
        R("made_by", phrase="was made by", inverse_phrase="made", domain=("car", "aircraft"), range=("inventor", "manufacturer")),
        R("chandelier_in", phrase="is located in", inverse_phrase="contains", domain=("chandelier",), range=("opera house",)),
        R("crafted_by", phrase="was crafted by", inverse_phrase="crafted", domain=("chandelier",), range=("glassworks",)),
        R("bridge_in", phrase="is located in", inverse_phrase="is the site of", domain=("bridge",), range=("city",)),
        R("museum_in", phrase="is located in", inverse_phrase="is the home of", domain=("museum", "tower", "cathedral", "hall", "opera house"), range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "b:bigben": ("bell", "Big Ben", 1858), "b:tom": ("bell", "Great Tom", 1680), "b:paul": ("bell", "Great Paul", 1881),
        "b:liberty": ("bell", "Liberty Bell", 1752), "b:tsar": ("bell", "Tsar Bell", 1735), "b:pummerin": ("bell", "Pummerin", 1951),
        "b:gloriosa": ("bell", "Gloriosa", 1497),
        "p:mona": ("painting", "Mona Lisa", 1503), "p:nightwatch": ("painting", "The Night Watch", 1642),
        "p:guernica": ("painting", "Guernica", 1937), "p:scream": ("painting", "The Scream", 1893),
        "p:bayeux": ("tapestry", "Bayeux Tapestry", 1070), "p:ghent": ("altarpiece", "Ghent Altarpiece", 1432),
        "i:trinity": ("icon", "Trinity", 1411), "i:vladimir": ("icon", "Theotokos of Vladimir", 1131),
        "i:kazan": ("icon", "Our Lady of Kazan", 1579),
        "s:david": ("statue", "David", 1504), "s:thinker": ("statue", "The Thinker", 1880), "s:venus": ("statue", "Venus de Milo", None),
        "k:benz": ("car", "Benz Patent-Motorwagen", 1885), "k:spirit": ("aircraft", "Spirit of St. Louis", 1927),
        "h:sputnik": ("chandelier", "Sputnik chandeliers", 1966),
        "r:charles": ("bridge", "Charles Bridge", 1402),
    }
    others = {
        "t:elizabeth": ("tower", "Elizabeth Tower"), "t:tomtower": ("tower", "Tom Tower"), "t:stpauls": ("cathedral", "St Paul's Cathedral"),
        "t:stephen": ("cathedral", "St. Stephen's Cathedral"), "t:erfurt": ("cathedral", "Erfurt Cathedral"),
        "t:lbc": ("museum", "Liberty Bell Center"), "t:indhall": ("hall", "Independence Hall"),
        "m:louvre": ("museum", "Louvre"), "m:rijks": ("museum", "Rijksmuseum"), "m:reina": ("museum", "Museo Reina Sofia"),
        "m:munch": ("museum", "Munch Museum"), "m:moma": ("museum", "Museum of Modern Art"),
        "g:tretyakov": ("gallery", "Tretyakov Gallery"), "g:tolmachi": ("church", "Church of St. Nicholas in Tolmachi"),
        "g:kazan": ("cathedral", "Kazan Cathedral"), "x:rublev": ("painter", "Andrei Rublev"), "m:bayeux": ("museum", "Bayeux Museum"), "t:bavo": ("cathedral", "St Bavo's Cathedral"),
        "m:accademia": ("museum", "Galleria dell'Accademia"), "m:rodin": ("museum", "Musee Rodin"),
        "m:mercedes": ("museum", "Mercedes-Benz Museum"), "m:nasm": ("museum", "National Air and Space Museum"),
        "m:kremlin": ("museum", "Moscow Kremlin"), "m:met": ("opera house", "Metropolitan Opera House"),
        "f:whitechapel": ("foundry", "Whitechapel Bell Foundry"), "f:taylor": ("foundry", "John Taylor & Co"),
        "f:hodson": ("founder", "Christopher Hodson"), "f:motorin": ("founder", "Ivan Motorin"),
        "f:florian": ("foundry", "St. Florian Bell Foundry"), "f:wou": ("founder", "Gerhard van Wou"),
        "f:rudier": ("foundry", "Alexis Rudier"),
        "a:denison": ("architect", "Edmund Beckett Denison"), "a:wren": ("architect", "Christopher Wren"),
        "x:leonardo": ("painter", "Leonardo da Vinci"), "x:rembrandt": ("painter", "Rembrandt"), "x:picasso": ("painter", "Pablo Picasso"),
        "x:munch": ("painter", "Edvard Munch"), "x:vaneyck": ("painter", "Jan van Eyck"),
        "x:michelangelo": ("sculptor", "Michelangelo"), "x:rodin": ("sculptor", "Auguste Rodin"),
        "x:odo": ("bishop", "Bishop Odo"), "x:vijd": ("patron", "Joost Vijd"),
        "k:karlbenz": ("inventor", "Karl Benz"), "k:ryan": ("manufacturer", "Ryan Airlines"), "k:lobmeyr": ("glassworks", "Lobmeyr"),
        "c:london": ("city", "London"), "c:oxford": ("city", "Oxford"), "c:philadelphia": ("city", "Philadelphia"),
        "c:moscow": ("city", "Moscow"), "c:vienna": ("city", "Vienna"), "c:paris": ("city", "Paris"),
        "c:amsterdam": ("city", "Amsterdam"), "c:madrid": ("city", "Madrid"), "c:oslo": ("city", "Oslo"),
        "c:bayeux": ("city", "Bayeux"), "c:ghent": ("city", "Ghent"), "c:florence": ("city", "Florence"),
        "c:stuttgart": ("city", "Stuttgart"), "c:washington": ("city", "Washington"), "c:newyork": ("city", "New York"),
        "c:prague": ("city", "Prague"), "c:erfurt": ("city", "Erfurt"),
        "n:russia": ("country", "Russia"), "n:austria": ("country", "Austria"), "n:germany": ("country", "Germany"),
    }
    T_ = [
        ("b:bigben", "bell_housed_in", "t:elizabeth"), ("b:tom", "bell_housed_in", "t:tomtower"),
        ("b:paul", "bell_housed_in", "t:stpauls"), ("b:liberty", "bell_housed_in", "t:lbc"),
        ("b:tsar", "bell_housed_in", "m:kremlin"), ("b:pummerin", "bell_housed_in", "t:stephen"),
        ("b:gloriosa", "bell_housed_in", "t:erfurt"),
        ("b:bigben", "bell_located_in", "c:london"), ("b:tom", "bell_located_in", "c:oxford"),
        ("b:paul", "bell_located_in", "c:london"), ("b:liberty", "bell_located_in", "c:philadelphia"),
        ("b:tsar", "bell_located_in", "n:russia"), ("b:pummerin", "bell_located_in", "n:austria"),
        ("b:gloriosa", "bell_located_in", "n:germany"),
        ("b:liberty", "bell_was_housed_in", "t:indhall"),
        ("b:bigben", "cast_by", "f:whitechapel"), ("b:liberty", "cast_by", "f:whitechapel"), ("b:paul", "cast_by", "f:taylor"),
        ("b:tom", "cast_by", "f:hodson"), ("b:tsar", "cast_by", "f:motorin"), ("b:pummerin", "cast_by", "f:florian"),
        ("b:gloriosa", "cast_by", "f:wou"),
        ("b:bigben", "bell_designed_by", "a:denison"),
        ("p:mona", "displayed_in", "m:louvre"), ("p:nightwatch", "displayed_in", "m:rijks"), ("p:guernica", "displayed_in", "m:reina"),
        ("p:scream", "displayed_in", "m:munch"), ("p:bayeux", "displayed_in", "m:bayeux"), ("p:ghent", "displayed_in", "t:bavo"),
        ("p:mona", "painted_by", "x:leonardo"), ("p:nightwatch", "painted_by", "x:rembrandt"), ("p:guernica", "painted_by", "x:picasso"),
        ("p:scream", "painted_by", "x:munch"), ("i:trinity", "painted_by", "x:rublev"), ("p:ghent", "painted_by", "x:vaneyck"),
        ("i:trinity", "icon_kept_at", "g:tretyakov"), ("i:vladimir", "icon_kept_at", "g:tolmachi"), ("i:kazan", "icon_kept_at", "g:kazan"),
        ("p:guernica", "was_displayed_in", "m:moma"),
        ("p:mona", "stolen_from", "m:louvre"), ("p:ghent", "stolen_from", "t:bavo"),
        ("p:bayeux", "commissioned_by", "x:odo"), ("p:ghent", "commissioned_by", "x:vijd"),
        ("s:david", "statue_housed_in", "m:accademia"), ("s:thinker", "statue_housed_in", "m:rodin"), ("s:venus", "statue_housed_in", "m:louvre"),
        ("s:david", "sculpted_by", "x:michelangelo"), ("s:thinker", "sculpted_by", "x:rodin"), ("s:thinker", "statue_cast_by", "f:rudier"),
        ("k:benz", "kept_in", "m:mercedes"), ("k:spirit", "kept_in", "m:nasm"),
        ("k:benz", "made_by", "k:karlbenz"), ("k:spirit", "made_by", "k:ryan"),
        ("h:sputnik", "chandelier_in", "m:met"), ("h:sputnik", "crafted_by", "k:lobmeyr"),
        ("r:charles", "bridge_in", "c:prague"),
        ("t:elizabeth", "museum_in", "c:london"), ("t:tomtower", "museum_in", "c:oxford"), ("t:stpauls", "museum_in", "c:london"),
        ("t:lbc", "museum_in", "c:philadelphia"), ("t:indhall", "museum_in", "c:philadelphia"), ("t:stephen", "museum_in", "c:vienna"),
        ("m:louvre", "museum_in", "c:paris"), ("m:rijks", "museum_in", "c:amsterdam"), ("m:reina", "museum_in", "c:madrid"),
        ("m:munch", "museum_in", "c:oslo"), ("m:bayeux", "museum_in", "c:bayeux"), ("t:bavo", "museum_in", "c:ghent"),
        ("m:accademia", "museum_in", "c:florence"), ("m:rodin", "museum_in", "c:paris"), ("m:mercedes", "museum_in", "c:stuttgart"),
        ("m:nasm", "museum_in", "c:washington"), ("m:kremlin", "museum_in", "c:moscow"), ("m:met", "museum_in", "c:newyork"),
        ("t:erfurt", "museum_in", "c:erfurt"),
        ("user:bo", "rated", "b:bigben", {"rating": 5.0}), ("user:bo", "rated", "p:guernica", {"rating": 4.5}),
        ("user:bo", "rated", "s:thinker", {"rating": 2.0}),
    ]
    aliases = {"f:whitechapel": ("Whitechapel",), "m:kremlin": ("the Kremlin",), "m:met": ("the Met",),
               "k:benz": ("the Motorwagen",), "m:reina": ("Reina Sofia",), "k:lobmeyr": ("J. & L. Lobmeyr",)}
    return _build(items, others, rels, T_, users=[("user:bo", "Bo")], aliases=aliases)


def ships():
    """Polar expeditions (items: year set out) that "were led by" an explorer (an undertaking: "lead"
    also reads "command", no relation of this graph says "command") and "included" members, "used"
    a ship; ships (items: year launched) "were captained by" a captain, "were built by" a shipyard
    "in" a town, "were delivered to" an owner (no speech: no "given", no authorship), the Fram "is
    housed in" a museum (a ship: "sits in", "is kept in", never "hangs in"), the Cutty Sark "is
    preserved at" Greenwich; shipping lines "are led by" a chief executive (present) next to "were
    chaired by" a chairman (past); a user."""
    exp = ("expedition", "voyage")
    rels = [
        R("led_by", phrase="was led by", inverse_phrase="led", domain=exp, range=("explorer", "captain")),
        R("included", phrase="included", inverse_phrase="took part in", domain=exp, range=("explorer", "naturalist", "sailor")),
        R("used", phrase="used", inverse_phrase="was used by", domain=exp, range=("ship",)),
        R("captained_by", phrase="was captained by", inverse_phrase="captained", domain=("ship",), range=("captain", "explorer")),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("ship",), range=("shipyard",)),
        R("built_in", phrase="was built in", inverse_phrase="is the birthplace of", domain=("ship",), range=("town",)),
        R("delivered_to", phrase="was delivered to", inverse_phrase="took delivery of", domain=("ship",), range=("shipping line",)),
        R("ship_delivered_by", phrase="was delivered by", inverse_phrase="delivered", domain=("ship",), range=("shipyard",)),
        R("ship_housed_in", phrase="is housed in", inverse_phrase="houses", domain=("ship",), range=("museum",)),
        R("preserved_at", phrase="is preserved at", inverse_phrase="preserves", domain=("ship",), range=("dock",)),
        R("leads_to", phrase="leads to", inverse_phrase="is reached through", domain=("strait", "passage"), range=("ocean", "sea")),
        R("line_led_by", phrase="is led by", inverse_phrase="leads", domain=("shipping line",), range=("executive",)),
        R("chaired_by", phrase="was chaired by", inverse_phrase="chaired", domain=("shipping line",), range=("executive",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "x:itae": ("expedition", "Imperial Trans-Antarctic Expedition", 1914), "x:terranova": ("expedition", "Terra Nova Expedition", 1910),
        "x:fram": ("expedition", "Fram expedition", 1893), "x:discovery": ("expedition", "Discovery Expedition", 1901),
        "x:nimrod": ("expedition", "Nimrod Expedition", 1907), "x:beagle": ("voyage", "Second voyage of HMS Beagle", 1831),
        "s:endurance": ("ship", "Endurance", 1912), "s:terranova": ("ship", "Terra Nova", 1884), "s:fram": ("ship", "Fram", 1892),
        "s:discovery": ("ship", "RRS Discovery", 1901), "s:nimrod": ("ship", "Nimrod", 1867), "s:beagle": ("ship", "HMS Beagle", 1820),
        "s:titanic": ("ship", "Titanic", 1911), "s:olympic": ("ship", "Olympic", 1910), "s:cutty": ("ship", "Cutty Sark", 1869),
        "s:qm2": ("ship", "Queen Mary 2", 2003),
    }
    others = {
        "e:shackleton": ("explorer", "Ernest Shackleton"), "e:scott": ("explorer", "Robert Falcon Scott"),
        "e:nansen": ("explorer", "Fridtjof Nansen"), "e:fitzroy": ("captain", "Robert FitzRoy"),
        "e:worsley": ("captain", "Frank Worsley"), "e:pennell": ("captain", "Harry Pennell"), "e:sverdrup": ("captain", "Otto Sverdrup"),
        "e:england": ("captain", "Rupert England"), "e:smith": ("captain", "Edward Smith"), "e:woodget": ("captain", "Richard Woodget"),
        "e:wells": ("captain", "Aseem Hashmi"),
        "e:darwin": ("naturalist", "Charles Darwin"), "e:crean": ("sailor", "Tom Crean"), "e:wild": ("explorer", "Frank Wild"),
        "y:framnaes": ("shipyard", "Framnaes Mekaniske Vaerksted"), "y:stephen": ("shipyard", "Alexander Stephen and Sons"),
        "y:archer": ("shipyard", "Colin Archer"), "y:dundee": ("shipyard", "Dundee Shipbuilders Company"),
        "y:hw": ("shipyard", "Harland and Wolff"), "y:linton": ("shipyard", "Scott & Linton"), "y:woolwich": ("shipyard", "Woolwich Dockyard"),
        "y:chantiers": ("shipyard", "Chantiers de l'Atlantique"), "y:stephenstown": ("shipyard", "Alexander Hall and Sons"),
        "t:sandefjord": ("town", "Sandefjord"), "t:dundee": ("town", "Dundee"), "t:larvik": ("town", "Larvik"),
        "t:belfast": ("town", "Belfast"), "t:dumbarton": ("town", "Dumbarton"), "t:woolwich": ("town", "Woolwich"),
        "t:stnazaire": ("town", "Saint-Nazaire"), "t:aberdeen": ("town", "Aberdeen"),
        "l:whitestar": ("shipping line", "White Star Line"), "l:cunard": ("shipping line", "Cunard Line"),
        "m:frammuseum": ("museum", "Fram Museum"),
        "w:drake": ("passage", "Drake Passage"), "w:bering": ("strait", "Bering Strait"), "w:mcmurdo": ("strait", "McMurdo Sound"),
        "o:southern": ("ocean", "Southern Ocean"), "o:arctic": ("ocean", "Arctic Ocean"), "o:ross": ("sea", "Ross Sea"), "d:greenwich": ("dock", "Greenwich"),
        "p:ismay": ("executive", "J. Bruce Ismay"), "p:mcalister": ("executive", "Katie McAlister"),
    }
    T_ = [
        ("x:itae", "led_by", "e:shackleton"), ("x:terranova", "led_by", "e:scott"), ("x:fram", "led_by", "e:nansen"),
        ("x:discovery", "led_by", "e:scott"), ("x:nimrod", "led_by", "e:shackleton"), ("x:beagle", "led_by", "e:fitzroy"),
        ("x:itae", "included", "e:crean"), ("x:itae", "included", "e:wild"), ("x:terranova", "included", "e:crean"),
        ("x:nimrod", "included", "e:wild"), ("x:beagle", "included", "e:darwin"), ("x:fram", "included", "e:sverdrup"),
        ("x:itae", "used", "s:endurance"), ("x:terranova", "used", "s:terranova"), ("x:fram", "used", "s:fram"),
        ("x:discovery", "used", "s:discovery"), ("x:nimrod", "used", "s:nimrod"), ("x:beagle", "used", "s:beagle"),
        ("s:endurance", "captained_by", "e:worsley"), ("s:terranova", "captained_by", "e:pennell"), ("s:fram", "captained_by", "e:sverdrup"),
        ("s:discovery", "captained_by", "e:scott"), ("s:nimrod", "captained_by", "e:england"), ("s:beagle", "captained_by", "e:fitzroy"),
        ("s:titanic", "captained_by", "e:smith"), ("s:olympic", "captained_by", "e:smith"), ("s:cutty", "captained_by", "e:woodget"),
        ("s:qm2", "captained_by", "e:wells"),
        ("s:endurance", "built_by", "y:framnaes"), ("s:terranova", "built_by", "y:stephen"), ("s:fram", "built_by", "y:archer"),
        ("s:discovery", "built_by", "y:dundee"), ("s:titanic", "built_by", "y:hw"), ("s:olympic", "built_by", "y:hw"),
        ("s:cutty", "built_by", "y:linton"), ("s:beagle", "built_by", "y:woolwich"), ("s:qm2", "built_by", "y:chantiers"),
        ("s:nimrod", "built_by", "y:stephenstown"),
        ("s:endurance", "built_in", "t:sandefjord"), ("s:terranova", "built_in", "t:dundee"), ("s:fram", "built_in", "t:larvik"),
        ("s:discovery", "built_in", "t:dundee"), ("s:titanic", "built_in", "t:belfast"), ("s:olympic", "built_in", "t:belfast"),
        ("s:cutty", "built_in", "t:dumbarton"), ("s:beagle", "built_in", "t:woolwich"), ("s:qm2", "built_in", "t:stnazaire"),
        ("s:nimrod", "built_in", "t:aberdeen"),
        ("s:titanic", "delivered_to", "l:whitestar"), ("s:olympic", "delivered_to", "l:whitestar"), ("s:qm2", "delivered_to", "l:cunard"),
        ("s:titanic", "ship_delivered_by", "y:hw"), ("s:olympic", "ship_delivered_by", "y:hw"), ("s:qm2", "ship_delivered_by", "y:chantiers"),
        ("s:fram", "ship_housed_in", "m:frammuseum"), ("s:cutty", "preserved_at", "d:greenwich"),
        ("w:drake", "leads_to", "o:southern"), ("w:bering", "leads_to", "o:arctic"), ("w:mcmurdo", "leads_to", "o:ross"),
        ("l:cunard", "line_led_by", "p:mcalister"), ("l:whitestar", "chaired_by", "p:ismay"),
        ("user:cy", "rated", "x:itae", {"rating": 5.0}), ("user:cy", "rated", "s:fram", {"rating": 4.5}),
        ("user:cy", "rated", "s:titanic", {"rating": 2.0}),
    ]
    aliases = {"e:shackleton": ("Shackleton",), "e:scott": ("Scott",), "e:nansen": ("Nansen",),
               "s:discovery": ("Discovery",), "x:beagle": ("the Beagle voyage",)}
    return _build(items, others, rels, T_, users=[("user:cy", "Cy")], aliases=aliases)


def films():
    """Films (items: year released) "were cast by" a casting director ("cast" is now a verb of
    authorship: is a casting director's possessive the film's maker? "cast in 1972"?) next to
    "were directed by", "star" actors (who "were cast in" them), "were produced by", "were scored
    by", "were shot at" a location or a studio next to "premiered at" a festival, "were distributed
    by" a studio; a user."""
    rels = [
        R("directed_by", phrase="was directed by", inverse_phrase="directed", range=("director",)),
        R("cast_by", phrase="was cast by", inverse_phrase="cast", range=("casting director",)),
        R("stars", phrase="stars", inverse_phrase="stars in", range=("actor",)),
        R("produced_by", phrase="was produced by", inverse_phrase="produced", range=("producer", "director")),
        R("scored_by", phrase="was scored by", inverse_phrase="scored", range=("composer",)),
        R("shot_at", phrase="was shot at", inverse_phrase="was the filming location of", range=("studio", "location")),
        R("premiered_at", phrase="premiered at", inverse_phrase="hosted the premiere of", range=("festival",)),
        R("distributed_by", phrase="was distributed by", inverse_phrase="distributed", range=("distributor",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "f:godfather": ("film", "The Godfather", 1972), "f:apocalypse": ("film", "Apocalypse Now", 1979),
        "f:graffiti": ("film", "American Graffiti", 1973), "f:jaws": ("film", "Jaws", 1975),
        "f:starwars": ("film", "Star Wars", 1977), "f:close": ("film", "Close Encounters of the Third Kind", 1977),
        "f:conversation": ("film", "The Conversation", 1974),
    }
    others = {
        "d:coppola": ("director", "Francis Ford Coppola"), "d:lucas": ("director", "George Lucas"), "d:spielberg": ("director", "Steven Spielberg"),
        "c:roos": ("casting director", "Fred Roos"), "c:rhodes": ("casting director", "Shari Rhodes"),
        "c:lamb": ("casting director", "Irene Lamb"), "c:crittenden": ("casting director", "Dianne Crittenden"),
        "a:brando": ("actor", "Marlon Brando"), "a:pacino": ("actor", "Al Pacino"), "a:dreyfuss": ("actor", "Richard Dreyfuss"),
        "a:ford": ("actor", "Harrison Ford"), "a:hackman": ("actor", "Gene Hackman"), "a:scheider": ("actor", "Roy Scheider"),
        "a:hamill": ("actor", "Mark Hamill"), "a:sheen": ("actor", "Martin Sheen"),
        "p:ruddy": ("producer", "Albert S. Ruddy"), "p:zanuck": ("producer", "Richard D. Zanuck"), "p:kurtz": ("producer", "Gary Kurtz"),
        "m:rota": ("composer", "Nino Rota"), "m:williams": ("composer", "John Williams"), "m:ccoppola": ("composer", "Carmine Coppola"),
        "l:vineyard": ("location", "Martha's Vineyard"), "l:elstree": ("studio", "Elstree Studios"), "l:filmways": ("studio", "Filmways Studios"),
        "l:pagsanjan": ("location", "Pagsanjan"), "l:petaluma": ("location", "Petaluma"), "l:devils": ("location", "Devils Tower"),
        "l:sanfrancisco": ("location", "Union Square"),
        "v:cannes": ("festival", "Cannes Film Festival"),
        "s:paramount": ("distributor", "Paramount Pictures"), "s:universal": ("distributor", "Universal Pictures"),
        "s:fox": ("distributor", "20th Century Fox"), "s:columbia": ("distributor", "Columbia Pictures"),
        "s:ua": ("distributor", "United Artists"),
    }
    T_ = [
        ("f:godfather", "directed_by", "d:coppola"), ("f:apocalypse", "directed_by", "d:coppola"), ("f:conversation", "directed_by", "d:coppola"),
        ("f:graffiti", "directed_by", "d:lucas"), ("f:starwars", "directed_by", "d:lucas"),
        ("f:jaws", "directed_by", "d:spielberg"), ("f:close", "directed_by", "d:spielberg"),
        ("f:godfather", "cast_by", "c:roos"), ("f:apocalypse", "cast_by", "c:roos"), ("f:graffiti", "cast_by", "c:roos"),
        ("f:conversation", "cast_by", "c:roos"), ("f:jaws", "cast_by", "c:rhodes"), ("f:close", "cast_by", "c:rhodes"),
        ("f:starwars", "cast_by", "c:lamb"), ("f:starwars", "cast_by", "c:crittenden"),
        ("f:godfather", "stars", "a:brando"), ("f:godfather", "stars", "a:pacino"), ("f:apocalypse", "stars", "a:brando"),
        ("f:apocalypse", "stars", "a:sheen"), ("f:apocalypse", "stars", "a:ford"), ("f:graffiti", "stars", "a:dreyfuss"),
        ("f:graffiti", "stars", "a:ford"), ("f:jaws", "stars", "a:scheider"), ("f:jaws", "stars", "a:dreyfuss"),
        ("f:close", "stars", "a:dreyfuss"), ("f:starwars", "stars", "a:hamill"), ("f:starwars", "stars", "a:ford"),
        ("f:conversation", "stars", "a:hackman"), ("f:conversation", "stars", "a:ford"),
        ("f:godfather", "produced_by", "p:ruddy"), ("f:jaws", "produced_by", "p:zanuck"), ("f:starwars", "produced_by", "p:kurtz"),
        ("f:graffiti", "produced_by", "d:coppola"), ("f:apocalypse", "produced_by", "d:coppola"),
        ("f:godfather", "scored_by", "m:rota"), ("f:jaws", "scored_by", "m:williams"), ("f:starwars", "scored_by", "m:williams"),
        ("f:close", "scored_by", "m:williams"), ("f:apocalypse", "scored_by", "m:ccoppola"),
        ("f:jaws", "shot_at", "l:vineyard"), ("f:starwars", "shot_at", "l:elstree"), ("f:godfather", "shot_at", "l:filmways"),
        ("f:apocalypse", "shot_at", "l:pagsanjan"), ("f:graffiti", "shot_at", "l:petaluma"), ("f:close", "shot_at", "l:devils"),
        ("f:conversation", "shot_at", "l:sanfrancisco"),
        ("f:apocalypse", "premiered_at", "v:cannes"), ("f:conversation", "premiered_at", "v:cannes"),
        ("f:godfather", "distributed_by", "s:paramount"), ("f:conversation", "distributed_by", "s:paramount"),
        ("f:jaws", "distributed_by", "s:universal"), ("f:graffiti", "distributed_by", "s:universal"),
        ("f:starwars", "distributed_by", "s:fox"), ("f:close", "distributed_by", "s:columbia"), ("f:apocalypse", "distributed_by", "s:ua"),
        ("user:di", "rated", "f:godfather", {"rating": 5.0}), ("user:di", "rated", "f:jaws", {"rating": 4.5}),
        ("user:di", "rated", "f:graffiti", {"rating": 2.0}),
    ]
    aliases = {"c:roos": ("Roos",), "d:coppola": ("Coppola",), "d:spielberg": ("Spielberg",), "d:lucas": ("Lucas",)}
    return _build(items, others, rels, T_, users=[("user:di", "Di")], aliases=aliases)


def gadgets():
    """Products (items: year launched) "were launched by" a company (a product launch) and "were
    launched at" an event or a venue (same verb read "at"), "were presented by" a person, "were
    designed by" a designer, "were manufactured by" a maker "at" a plant, "have" features;
    companies "are led by" a chief executive (present: "lead" also reads "command", no relation of
    this graph says "command") next to "were led by" a former one, "were founded by" next to "were
    funded by", "own" subsidiaries, "are headquartered in" a city next to "were headquartered in";
    a user."""
    prod = ("smartphone", "music player", "computer", "tablet", "smartwatch", "car")
    rels = [
        R("launched_by", phrase="was launched by", inverse_phrase="launched", domain=prod, range=("company",)),
        R("launched_at", phrase="was launched at", inverse_phrase="was the launch venue of", domain=prod, range=("event", "venue")),
        R("presented_by", phrase="was presented by", inverse_phrase="presented", domain=prod, range=("executive",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=prod, range=("designer",)),
        R("manufactured_by", phrase="was manufactured by", inverse_phrase="manufactured", domain=prod, range=("company", "manufacturer")),
        R("manufactured_at", phrase="was manufactured at", inverse_phrase="produced", domain=prod, range=("factory",)),
        R("has", phrase="has", inverse_phrase="is a feature of", domain=prod, range=("feature",)),
        R("led_by", phrase="is led by", inverse_phrase="leads", domain=("company", "manufacturer"), range=("executive",)),
        R("was_led_by", phrase="was led by", inverse_phrase="led", domain=("company", "manufacturer"), range=("executive",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("company", "manufacturer"), range=("executive", "engineer")),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=("company", "manufacturer"), range=("investor", "executive")),
        R("owns", phrase="owns", inverse_phrase="is owned by", domain=("company", "manufacturer"), range=("subsidiary",)),
        R("hq_in", phrase="is headquartered in", inverse_phrase="is the headquarters of", domain=("company", "manufacturer"), range=("city",)),
        R("was_hq_in", phrase="was headquartered in", inverse_phrase="was the headquarters of", domain=("company", "manufacturer"), range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "g:iphone": ("smartphone", "iPhone", 2007), "g:ipod": ("music player", "iPod", 2001), "g:mac": ("computer", "Macintosh", 1984),
        "g:ipad": ("tablet", "iPad", 2010), "g:watch": ("smartwatch", "Apple Watch", 2015), "g:pixel": ("smartphone", "Pixel", 2016),
        "g:galaxy": ("smartphone", "Galaxy S", 2010), "g:models": ("car", "Model S", 2012),
    }
    others = {
        "c:apple": ("company", "Apple"), "c:google": ("company", "Google"), "c:samsung": ("company", "Samsung Electronics"),
        "c:tesla": ("company", "Tesla"), "c:foxconn": ("manufacturer", "Foxconn"), "c:htc": ("manufacturer", "HTC"),
        "c:inventec": ("manufacturer", "Inventec"),
        "e:macworld": ("event", "Macworld 2007"), "e:townhall": ("venue", "Apple Town Hall"), "e:flint": ("venue", "Flint Center"),
        "e:yerba": ("venue", "Yerba Buena Center for the Arts"), "e:madebygoogle": ("event", "Made by Google 2016"),
        "e:ctia": ("event", "CTIA Wireless 2010"), "e:fremontevent": ("venue", "Tesla Design Studio"),
        "x:jobs": ("executive", "Steve Jobs"), "x:cook": ("executive", "Tim Cook"), "x:osterloh": ("executive", "Rick Osterloh"),
        "x:musk": ("executive", "Elon Musk"), "x:pichai": ("executive", "Sundar Pichai"), "x:schmidt": ("executive", "Eric Schmidt"),
        "x:sculley": ("executive", "John Sculley"), "x:jun": ("executive", "Jun Young-hyun"), "x:gou": ("executive", "Terry Gou"),
        "x:liu": ("executive", "Young Liu"), "x:page": ("executive", "Larry Page"), "x:brin": ("executive", "Sergey Brin"),
        "x:eberhard": ("engineer", "Martin Eberhard"), "x:wozniak": ("engineer", "Steve Wozniak"),
        "i:markkula": ("investor", "Mike Markkula"), "i:bechtolsheim": ("investor", "Andy Bechtolsheim"),
        "d:ive": ("designer", "Jony Ive"), "d:manock": ("designer", "Jerry Manock"), "d:holzhausen": ("designer", "Franz von Holzhausen"),
        "p:fremont": ("factory", "Fremont Factory"), "p:zhengzhou": ("factory", "Zhengzhou Technology Park"),
        "p:macfactory": ("factory", "Macintosh Factory"),
        "f:multitouch": ("feature", "multi-touch screen"), "f:wheel": ("feature", "click wheel"), "f:crown": ("feature", "digital crown"),
        "f:autopilot": ("feature", "Autopilot"), "f:mouse": ("feature", "mouse"),
        "s:beats": ("subsidiary", "Beats Electronics"), "s:youtube": ("subsidiary", "YouTube"), "s:harman": ("subsidiary", "Harman International"),
        "s:solarcity": ("subsidiary", "SolarCity"),
        "y:cupertino": ("city", "Cupertino"), "y:mountainview": ("city", "Mountain View"), "y:suwon": ("city", "Suwon"),
        "y:austin": ("city", "Austin"), "y:paloalto": ("city", "Palo Alto"), "y:newtaipei": ("city", "New Taipei"),
        "y:taoyuan": ("city", "Taoyuan"), "y:menlopark": ("city", "Menlo Park"),
    }
    T_ = [
        ("g:iphone", "launched_by", "c:apple"), ("g:ipod", "launched_by", "c:apple"), ("g:mac", "launched_by", "c:apple"),
        ("g:ipad", "launched_by", "c:apple"), ("g:watch", "launched_by", "c:apple"), ("g:pixel", "launched_by", "c:google"),
        ("g:galaxy", "launched_by", "c:samsung"), ("g:models", "launched_by", "c:tesla"),
        ("g:iphone", "launched_at", "e:macworld"), ("g:ipod", "launched_at", "e:townhall"), ("g:mac", "launched_at", "e:flint"),
        ("g:ipad", "launched_at", "e:yerba"), ("g:watch", "launched_at", "e:flint"), ("g:pixel", "launched_at", "e:madebygoogle"),
        ("g:galaxy", "launched_at", "e:ctia"), ("g:models", "launched_at", "e:fremontevent"),
        ("g:iphone", "presented_by", "x:jobs"), ("g:ipod", "presented_by", "x:jobs"), ("g:mac", "presented_by", "x:jobs"),
        ("g:ipad", "presented_by", "x:jobs"), ("g:watch", "presented_by", "x:cook"), ("g:pixel", "presented_by", "x:osterloh"),
        ("g:models", "presented_by", "x:musk"),
        ("g:iphone", "designed_by", "d:ive"), ("g:ipod", "designed_by", "d:ive"), ("g:ipad", "designed_by", "d:ive"),
        ("g:watch", "designed_by", "d:ive"), ("g:mac", "designed_by", "d:manock"), ("g:models", "designed_by", "d:holzhausen"),
        ("g:iphone", "manufactured_by", "c:foxconn"), ("g:ipad", "manufactured_by", "c:foxconn"), ("g:ipod", "manufactured_by", "c:inventec"),
        ("g:pixel", "manufactured_by", "c:htc"), ("g:galaxy", "manufactured_by", "c:samsung"), ("g:models", "manufactured_by", "c:tesla"),
        ("g:mac", "manufactured_by", "c:apple"),
        ("g:iphone", "manufactured_at", "p:zhengzhou"), ("g:models", "manufactured_at", "p:fremont"), ("g:mac", "manufactured_at", "p:macfactory"),
        ("g:iphone", "has", "f:multitouch"), ("g:ipad", "has", "f:multitouch"), ("g:ipod", "has", "f:wheel"),
        ("g:watch", "has", "f:crown"), ("g:models", "has", "f:autopilot"), ("g:mac", "has", "f:mouse"),
        ("c:apple", "led_by", "x:cook"), ("c:google", "led_by", "x:pichai"), ("c:samsung", "led_by", "x:jun"),
        ("c:tesla", "led_by", "x:musk"), ("c:foxconn", "led_by", "x:liu"),
        ("c:apple", "was_led_by", "x:jobs"), ("c:apple", "was_led_by", "x:sculley"), ("c:google", "was_led_by", "x:schmidt"),
        ("c:foxconn", "was_led_by", "x:gou"), ("c:tesla", "was_led_by", "x:eberhard"),
        ("c:apple", "founded_by", "x:jobs"), ("c:apple", "founded_by", "x:wozniak"), ("c:google", "founded_by", "x:page"),
        ("c:google", "founded_by", "x:brin"), ("c:tesla", "founded_by", "x:eberhard"), ("c:foxconn", "founded_by", "x:gou"),
        ("c:apple", "funded_by", "i:markkula"), ("c:google", "funded_by", "i:bechtolsheim"), ("c:tesla", "funded_by", "x:musk"),
        ("c:apple", "owns", "s:beats"), ("c:google", "owns", "s:youtube"), ("c:samsung", "owns", "s:harman"), ("c:tesla", "owns", "s:solarcity"),
        ("c:apple", "hq_in", "y:cupertino"), ("c:google", "hq_in", "y:mountainview"), ("c:samsung", "hq_in", "y:suwon"),
        ("c:tesla", "hq_in", "y:austin"), ("c:foxconn", "hq_in", "y:newtaipei"),
        ("c:tesla", "was_hq_in", "y:paloalto"), ("c:google", "was_hq_in", "y:menlopark"),
        ("user:ed", "rated", "g:iphone", {"rating": 5.0}), ("user:ed", "rated", "g:models", {"rating": 4.5}),
        ("user:ed", "rated", "g:pixel", {"rating": 2.0}),
    ]
    aliases = {"x:jobs": ("Jobs",), "x:cook": ("Cook",), "x:musk": ("Musk",), "c:samsung": ("Samsung",)}
    return _build(items, others, rels, T_, users=[("user:ed", "Ed")], aliases=aliases)


def webnlg():
    """A WebNLG graph (built as the evaluation builds it, :func:`webnlg_graph`, with the shipped
    lexicon): count predicates (number of members, floor count, number of students, number of
    pages, academic staff size, number of employees, number of postgraduate students, number of
    locations) whose numbers now carry unit nouns and the cue "has", heights "metres tall" and
    runway lengths "metres long"; some numbers are shared by two predicates (one entity per label:
    "700" is one school's postgraduate students and another's academic staff; "500" a school's
    staff and a chain's locations; "492.0" a runway and a tower), next to "has"-phrased relations of
    other kinds (a city served, a ground, an operator)."""
    from kgexplain.datasets.webnlg import WebNLGEntry
    from kgexplain.evaluation.webnlg import webnlg_graph

    T = [
        ("Aarhus Airport", "runway length", "2702.0"), ("Aarhus Airport", "elevation above the sea level", "25.0"),
        ("Aarhus Airport", "city served", "Aarhus"), ("Aarhus Airport", "operating organisation", "Aarhus Lufthavn A/S"),
        ("Alderney Airport", "runway length", "492.0"), ("Alderney Airport", "city served", "Alderney"),
        ("Shanghai World Financial Center", "height", "492.0"), ("Shanghai World Financial Center", "floor count", "101"),
        ("300 North LaSalle", "floor count", "60"), ("300 North LaSalle", "height", "239.6"),
        ("11 Diagonal Street", "floor count", "20"), ("11 Diagonal Street", "location", "Johannesburg"),
        ("Acharya Institute of Technology", "number of students", "5000"),
        ("Acharya Institute of Technology", "academic staff size", "500"),
        ("Acharya Institute of Technology", "number of postgraduate students", "700"),
        ("Acharya Institute of Technology", "city", "Bangalore"),
        ("Accademia di Architettura di Mendrisio", "number of students", "600"),
        ("Accademia di Architettura di Mendrisio", "academic staff size", "100"),
        ("1 Decembrie 1918 University", "academic staff size", "700"),
        ("1 Decembrie 1918 University", "number of students", "17000"),
        ("AEK Athens F.C.", "number of members", "69618"), ("AEK Athens F.C.", "ground", "Olympic Stadium (Athens)"),
        ("A.S. Livorno Calcio", "number of members", "19238"), ("A.C. Chievo Verona", "number of members", "39371"),
        ("A Loyal Character Dancer", "number of pages", "352"), ("Aenir", "number of pages", "233"),
        ("1634: The Ram Rebellion", "number of pages", "512"),
        ("Hypermarcas", "number of employees", "10252"), ("Anderson Kill", "number of employees", "512"),
        ("Bob Evans Restaurants", "number of locations", "500"), ("Arby's", "number of locations", "3300"),
        ("Aaron Boogaard", "height", "1.9"), ("Aaron Hunt", "height", "1.83"),
        ("AWH Engineering College", "number of students", "700"), ("AWH Engineering College", "academic staff size", "250"),
        ("Agremiacao Sportiva Arapiraquense", "number of members", "17000"),
        ("Carew Tower", "floor count", "48"), ("Asterix and Cleopatra", "number of pages", "48"),
    ]
    entries = [WebNLGEntry(f"rt/165/{i}", "Mixed", (t,), ()) for i, t in enumerate(T)]
    kg, _ = webnlg_graph(entries, name="rt165-webnlg")
    return kg


BUILDERS = {"speeches": speeches, "bells": bells, "ships": ships, "films": films, "gadgets": gadgets, "webnlg": webnlg}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@speeches
# (1) "gave" / "given" (a speech's "delivered") said of the wrong speaker: the speechwriter, the
# other speaker at the same place, the donor of a gift, a courier, an award's presenter
Edward Everett gave the Gettysburg Address.
Lincoln gave the Gettysburg Oration.
The Gettysburg Oration was given by Abraham Lincoln.
Peter Robinson gave Tear Down This Wall.
Tear Down This Wall was given by Peter Robinson.
Peggy Noonan gave the Challenger speech.
The Challenger speech was given by Peggy Noonan.
Ted Sorensen gave Ich bin ein Berliner.
Ted Sorensen gave We Choose to Go to the Moon.
John Hay gave the Gettysburg Address.
Queen Victoria gave the Gettysburg Address.
Crusade for Freedom gave Ich bin ein Berliner.
Alexander Sachs gave the Einstein-Szilard letter.
The Einstein-Szilard letter was given by Alexander Sachs.
Gunnar Jahn gave the 1964 Nobel Peace Prize.
The 1964 Nobel Peace Prize was given by Gunnar Jahn.
Gunnar Jahn gave The Quest for Peace and Justice.
Martin Luther King Jr. gave the 1964 Nobel Peace Prize.
Lincoln gave the Resolute desk.
Reagan gave the Resolute desk.
Kennedy gave the Freedom Bell.
The Freedom Bell was given by Kennedy.
Henry Hartstene gave HMS Resolute.
HMS Resolute was given by Henry Hartstene.
HMS Resolute was given to Queen Victoria.
Henry Hartstene gave HMS Resolute to Queen Victoria.
Reagan gave Tear Down This Wall and Ich bin ein Berliner.
Reagan and Kennedy gave Tear Down This Wall.
Kennedy gave both Ich bin ein Berliner and Tear Down This Wall.
Tear Down This Wall and Ich bin ein Berliner were given by Reagan.
Churchill gave the Day of Infamy speech.
Roosevelt gave Their Finest Hour.
Richard Feynman gave The Two Cultures.
C. P. Snow gave There's Plenty of Room at the Bottom.
Ken Robinson gave the Eulogy for Diana.
Charles Spencer gave Do Schools Kill Creativity?.
# "given to" (of "delivered to"): the wrong audience, or of a speech given to none
The Day of Infamy speech was given to Parliament.
We Shall Fight on the Beaches was given to United States Congress.
I Have a Dream was given to the Memphis sanitation workers.
Their Finest Hour was given to United States Congress.
The 1964 Nobel Peace Prize was given to United States Congress.
# negation, tense
Lincoln never gave the Gettysburg Address.
Lincoln did not give the Gettysburg Address.
The Gettysburg Address was not given by Lincoln.
Reagan did not give Tear Down This Wall in Berlin.
Reagan didn't deliver Tear Down This Wall at the Brandenburg Gate.
Reagan will give Tear Down This Wall.
Lincoln gives the Gettysburg Address.
Reagan gives Tear Down This Wall at the Brandenburg Gate.
# the speaker as author: possessives and "a X speech" of the wrong speaker, the writer's year
Everett's Gettysburg Address was delivered in Gettysburg.
Lincoln's Gettysburg Oration was delivered in Gettysburg.
Kennedy's Tear Down This Wall was delivered in Berlin.
Reagan's Ich bin ein Berliner was delivered in Berlin.
Churchill's Day of Infamy speech was delivered in Washington.
Tear Down This Wall is a Kennedy speech.
Ich bin ein Berliner is a Reagan speech.
The Gettysburg Oration is a Lincoln oration.
The Gettysburg Address is an Everett address.
Tear Down This Wall is Kennedy's speech.
Ich bin ein Berliner, a 1963 Reagan speech, was delivered in Berlin.
Tear Down This Wall, a 1986 Reagan speech, was delivered in Berlin.
The Gettysburg Address, an 1863 Everett speech, was delivered in Gettysburg.
The Gettysburg Oration, an 1863 Lincoln oration, was delivered in Gettysburg.
Queen Victoria's Resolute desk is housed in the Oval Office.
Crusade for Freedom's Freedom Bell is housed in Rathaus Schoeneberg.
Alexander Sachs's Einstein-Szilard letter was addressed to Franklin D. Roosevelt.
The Einstein-Szilard letter is an Alexander Sachs letter.
Henry Hartstene's HMS Resolute was delivered to Queen Victoria.
HMS Resolute is a Henry Hartstene ship.
Gunnar Jahn's 1964 Nobel Peace Prize was awarded to Martin Luther King Jr.
# "delivered" dates a speech by its year: the wrong year, the writer's year, another speech's
Reagan delivered Tear Down This Wall in 1986.
Reagan's 1986 Tear Down This Wall was delivered in Berlin.
Reagan's 1987 Challenger speech was delivered in Washington.
Kennedy's 1962 Ich bin ein Berliner was delivered in Berlin.
Lincoln's 1863 Second Inaugural Address was delivered in Washington.
Lincoln's Second Inaugural Address, delivered in 1863, was written by Lincoln.
The Second Inaugural Address, delivered in 1863, was written by Lincoln.
Tear Down This Wall, delivered in 1986 by Reagan, was written by Peter Robinson.
Tear Down This Wall, delivered in 1987 by Peter Robinson, was written by Peter Robinson.
Delivered in 1986, Tear Down This Wall was written by Peter Robinson.
Given in 1986, Tear Down This Wall was written by Peter Robinson.
Given by Peter Robinson, Tear Down This Wall was written by Peter Robinson.
The Challenger speech was written by Peggy Noonan and delivered by Reagan in 1987.
Peter Robinson delivered Tear Down This Wall in 1987.
In 1987 Peter Robinson delivered it.
Peggy Noonan gave the Challenger speech in 1986.
Reagan gave the Challenger speech in 1987.
Reagan gave Tear Down This Wall in 1986.
In 1865 Lincoln gave the Gettysburg Address.
Lincoln gave the Second Inaugural Address in 1863.
Reagan delivered Tear Down This Wall at the Brandenburg Gate in 1986.
In 1986 Reagan delivered Tear Down This Wall at the Brandenburg Gate.
Tear Down This Wall was written by Peter Robinson, who delivered it in 1987.
Tear Down This Wall was written by Peter Robinson. He delivered it in 1987.
Tear Down This Wall was written by Peter Robinson, who gave it in Berlin.
Tear Down This Wall was delivered by Reagan, who wrote it.
Peter Robinson wrote Tear Down This Wall, which Kennedy delivered in 1987.
# "delivered" of things that are no speeches: a ship delivered (1856) years after its launch (1850)
Henry Hartstene delivered HMS Resolute in 1850.
In 1850 Henry Hartstene delivered HMS Resolute.
HMS Resolute was delivered by Henry Hartstene in 1850.
HMS Resolute was delivered in 1850.
HMS Resolute was delivered to Queen Victoria in 1850.
Alexander Sachs delivered the Einstein-Szilard letter in 1940.
Leo Szilard delivered the Einstein-Szilard letter.
Alexander Sachs delivered a speech.
Alexander Sachs gave a speech in 1939.
In 1880 Queen Victoria gave a speech.
Queen Victoria gave the Resolute desk in 1881.
The Isere delivered the Statue of Liberty in 1886.
In 1886 the Isere delivered the Statue of Liberty.
The Statue of Liberty was delivered in 1886.
The Statue of Liberty was delivered by the Isere in 1886.
Isere delivered the Statue of Liberty in 1886.
The Isere's Statue of Liberty was sculpted by Frederic Auguste Bartholdi.
The Isere gave the Statue of Liberty.
Frederic Auguste Bartholdi delivered the Statue of Liberty.
Frederic Auguste Bartholdi gave the Statue of Liberty.
The Isere delivered the Statue of Liberty at the Brandenburg Gate.
The Statue of Liberty sits in the Oval Office.
# (2) "at" after the object: the wrong venue, a venue of another relation (recorded at,
# commemorated at), the speaker's grave, the writer's workplace
Reagan delivered Tear Down This Wall at Rathaus Schoeneberg.
Reagan delivered Tear Down This Wall at the Ronald Reagan Presidential Library.
Tear Down This Wall was delivered by Reagan at the Ronald Reagan Presidential Library.
The Gettysburg Address was delivered by Lincoln at Oak Ridge Cemetery.
Lincoln delivered the Gettysburg Address at Oak Ridge Cemetery.
Kennedy delivered Ich bin ein Berliner at Arlington National Cemetery.
Ich bin ein Berliner was delivered by Kennedy at Arlington National Cemetery.
Churchill delivered We Shall Fight on the Beaches at Chartwell.
We Shall Fight on the Beaches was delivered by Churchill at Chartwell.
Churchill delivered Their Finest Hour at Chartwell.
Churchill gave We Shall Fight on the Beaches at Chartwell.
Churchill gave Their Finest Hour at Chartwell.
We Shall Fight on the Beaches was given at Chartwell.
We Shall Fight on the Beaches was recorded at the House of Commons.
Reagan delivered the Challenger speech at the Brandenburg Gate.
Reagan delivered the Challenger speech at the White House.
Peggy Noonan wrote the Challenger speech at the White House.
Peter Robinson wrote Tear Down This Wall at the Brandenburg Gate.
Ted Sorensen wrote Ich bin ein Berliner at Rathaus Schoeneberg.
Kennedy delivered We Choose to Go to the Moon at Rathaus Schoeneberg.
Kennedy delivered We Choose to Go to the Moon at Space Center Houston.
Alexander Sachs delivered the Einstein-Szilard letter at the Oval Office.
Martin Luther King Jr. delivered I Have a Dream at Mason Temple.
I Have a Dream was delivered by Martin Luther King Jr. at Mason Temple.
I Have a Dream was broadcast by NBC at the Lincoln Memorial.
NBC broadcast I Have a Dream at Mason Temple.
The Day of Infamy speech was delivered to United States Congress at the Oval Office.
The Beaches speech was delivered to Parliament at Chartwell.
We Shall Fight on the Beaches was delivered in London at Chartwell.
Roosevelt delivered the Day of Infamy speech at the Oval Office.
Richard Feynman delivered There's Plenty of Room at the Bottom at Senate House.
C. P. Snow delivered The Two Cultures at Caltech.
Ken Robinson gave Do Schools Kill Creativity? at Caltech.
Charles Spencer gave the Eulogy for Diana at the House of Commons.
Kennedy delivered We Choose to Go to the Moon at Rice Stadium and Ich bin ein Berliner at the Brandenburg Gate.
Tear Down This Wall was given by Reagan at Rathaus Schoeneberg.
Tear Down This Wall was given at Rathaus Schoeneberg by Reagan.
Tear Down This Wall was given by Kennedy at the Brandenburg Gate.
Queen Victoria gave the Resolute desk at the Oval Office.
Churchill gave the Beaches speech at Chartwell.
Churchill gave his speech We Shall Fight on the Beaches at Chartwell.
Churchill gave the speech Their Finest Hour at Chartwell.
Churchill delivered the Beaches speech at Chartwell in 1940.
Lincoln gave the Gettysburg Address at the Lincoln Memorial.
Reagan gave the speech Tear Down This Wall at the Ronald Reagan Presidential Library.
Kennedy gave the speech We Choose to Go to the Moon at Space Center Houston.
Lincoln gave the Gettysburg Address at Oak Ridge Cemetery.
Reagan gave the Challenger speech at the White House.
Churchill delivered the speech Their Finest Hour at Chartwell.
Lincoln delivered the Gettysburg Address at the Lincoln Memorial.
# "given in" (of "delivered in"): the wrong city, the archive
Tear Down This Wall was given in Washington.
Reagan gave Tear Down This Wall in Washington.
Reagan gave the Challenger speech in Berlin.
I Have a Dream was given in Memphis.
The Gettysburg Address was given at the Lincoln Memorial.
I've Been to the Mountaintop was given at the Lincoln Memorial.
Both Tear Down This Wall and the Challenger speech were given in Berlin.
Lincoln gave the Gettysburg Address in the Library of Congress.
The Gettysburg Address was given in the Library of Congress.
The Challenger speech was given in the Ronald Reagan Presidential Library.
# (3) a gift "is housed in": "is in", "sits in", "is kept in" the wrong room; never "hangs in"
The Resolute desk sits in Rathaus Schoeneberg.
The Freedom Bell sits in the Oval Office.
The Resolute desk is kept in the White House.
The Resolute desk hangs in the Oval Office.
# (4) "make" read "craft": the wrong maker, a donor, the source ship
Queen Victoria crafted the Resolute desk.
The Resolute desk was crafted by Queen Victoria.
Henry Hartstene crafted the Resolute desk.
William Evenden crafted HMS Resolute.
The Resolute desk was crafted from the Freedom Bell.
William Evenden crafted the Freedom Bell.
HMS Resolute crafted the Resolute desk.
The Resolute desk was crafted in 1856.
The Resolute desk, crafted by Queen Victoria, was given by William Evenden.
William Evenden crafted the Gettysburg Address.
@bells
# (3) "hangs in" a building the bell is not housed in, a city of another bell, a city where the
# graph has only the country, a past home, a painting's museum for a bell, and back
Big Ben hangs in Tom Tower.
Big Ben hangs in St Paul's Cathedral.
Big Ben hangs in Oxford.
Great Tom hangs in London.
Great Tom hangs in Elizabeth Tower.
Great Paul hangs in Elizabeth Tower.
Great Paul hangs in Oxford.
Big Ben hung in Tom Tower.
The Liberty Bell hangs in Independence Hall.
The Liberty Bell hung in Independence Hall.
The Liberty Bell hangs in London.
The Pummerin hangs in Vienna.
The Pummerin hangs in Germany.
The Pummerin hangs in Erfurt Cathedral.
The Tsar Bell hangs in Moscow.
Gloriosa hangs in Erfurt.
Gloriosa hangs in St. Stephen's Cathedral.
Gloriosa hangs in Austria.
Big Ben hangs in the Louvre.
The Mona Lisa hangs in Elizabeth Tower.
Big Ben does not hang in Elizabeth Tower.
Big Ben no longer hangs in Elizabeth Tower.
Big Ben hangs in Elizabeth Tower in Oxford.
Great Tom hangs in Tom Tower in London.
Big Ben and Great Tom hang in London.
Big Ben and Great Paul hang in St Paul's Cathedral.
Great Tom, which hangs in Elizabeth Tower, was cast by Christopher Hodson.
Big Ben, which hangs in Tom Tower, was cast by Whitechapel.
Tom Tower is where Big Ben hangs.
# paintings, a tapestry, an altarpiece, icons, chandeliers: the wrong museum, a city the graph
# does not give, a past museum (Guernica "was displayed in" MoMA), "at" for "in" and back
The Mona Lisa hangs in the Rijksmuseum.
The Mona Lisa hangs in Paris.
The Night Watch hangs in the Louvre.
The Night Watch hangs in Amsterdam.
Guernica hangs in the Louvre.
Guernica hangs in the Museum of Modern Art.
Guernica hung in the Museum of Modern Art.
Guernica hangs in the Museum of Modern Art and the Museo Reina Sofia.
The Scream hangs in Oslo.
The Scream hangs in Reina Sofia.
The Bayeux Tapestry hangs in the Louvre.
The Ghent Altarpiece hangs in the Louvre.
The Ghent Altarpiece hangs in the Munch Museum.
Trinity hangs at Kazan Cathedral.
Our Lady of Kazan hangs at the Tretyakov Gallery.
Theotokos of Vladimir hangs at the Tretyakov Gallery.
Trinity hangs in Kazan Cathedral.
The Sputnik chandeliers hang in New York.
The Sputnik chandeliers hang in the Louvre.
The Mona Lisa hangs at the Rijksmuseum.
# "hangs in" of things that do not hang: statues, a car, an aircraft, a bridge
David hangs in the Galleria dell'Accademia.
The Thinker hangs in Musee Rodin.
Venus de Milo hangs in the Louvre.
The Benz Patent-Motorwagen hangs in the Mercedes-Benz Museum.
The Charles Bridge hangs in Prague.
David hung in the Galleria dell'Accademia.
The Thinker hung in the Louvre.
# "is in / inside", "sits in / inside", "is kept in / inside" the wrong building
Big Ben sits in Tom Tower.
Big Ben sits inside St Paul's Cathedral.
Big Ben is kept in Tom Tower.
Great Tom is inside Elizabeth Tower.
David is kept in the Louvre.
Venus de Milo sits inside the Galleria dell'Accademia.
The Thinker is in the Louvre.
David sits inside Musee Rodin.
The Benz Patent-Motorwagen sits in the National Air and Space Museum.
The Spirit of St. Louis is kept in the Mercedes-Benz Museum.
The Liberty Bell sits in Independence Hall.
The Liberty Bell is kept in Independence Hall.
The Mona Lisa is kept in the Rijksmuseum.
The Night Watch is kept in the Louvre.
Trinity sits at Kazan Cathedral.
# (4) "cast": the wrong founder, the designer, a founder of another bell, the sculptor as caster,
# the wrong year, a year of another bell
Whitechapel's Great Tom hangs in Tom Tower.
John Taylor & Co's Big Ben hangs in London.
Great Paul is a Whitechapel bell.
Big Ben is a John Taylor & Co bell.
Ivan Motorin's Pummerin hangs in St. Stephen's Cathedral.
Gerhard van Wou's Tsar Bell is housed in the Kremlin.
Edmund Beckett Denison cast Big Ben.
Big Ben was cast by Edmund Beckett Denison.
Christopher Wren cast Great Tom.
Whitechapel cast Great Paul.
Whitechapel cast Great Paul in 1881.
Christopher Hodson cast Big Ben.
Big Ben was cast in 1859.
Great Paul was cast in 1858.
Whitechapel cast the Liberty Bell in 1858.
Whitechapel cast Big Ben in 1752.
In 1858 Whitechapel cast the Liberty Bell.
The Tsar Bell was cast in 1680.
Gloriosa was cast in 1951.
The Pummerin was cast by Ivan Motorin in 1951.
The Thinker was cast by Auguste Rodin.
Auguste Rodin cast The Thinker.
David was cast by Alexis Rudier.
Alexis Rudier cast David.
David was cast in 1504.
The Mona Lisa was cast in 1503.
Leonardo da Vinci cast the Mona Lisa.
The Charles Bridge was cast in 1402.
The Benz Patent-Motorwagen was cast in 1885.
The Sputnik chandeliers were cast in 1966.
Lobmeyr cast the Sputnik chandeliers.
Alexis Rudier's David is housed in the Galleria dell'Accademia.
Alexis Rudier's The Thinker is housed in Musee Rodin.
The Thinker is an Alexis Rudier statue.
The Thinker was cast in 1880.
Alexis Rudier cast The Thinker in 1880.
The Tsar Bell hangs in the Kremlin.
The Tsar Bell hangs in Russia.
The Spirit of St. Louis hangs in the National Air and Space Museum.
# "crafted" where another relation says "crafted" (the chandeliers): the wrong maker
Karl Benz crafted the Sputnik chandeliers.
Lobmeyr crafted the Benz Patent-Motorwagen.
The Spirit of St. Louis was crafted by Lobmeyr.
The Sputnik chandeliers were crafted by Ryan Airlines.
The Sputnik chandeliers were crafted in 1885.
@ships
# (4) "lead" read "command": the wrong leader (a captain of the expedition's ship, a member,
# another expedition's leader), ship for expedition
Frank Worsley commanded the Imperial Trans-Antarctic Expedition.
Robert Falcon Scott commanded the Imperial Trans-Antarctic Expedition.
Ernest Shackleton commanded the Terra Nova Expedition.
Otto Sverdrup commanded the Fram expedition.
Tom Crean commanded the Terra Nova Expedition.
Charles Darwin commanded the Second voyage of HMS Beagle.
Frank Wild commanded the Nimrod Expedition.
Harry Pennell commanded the Terra Nova Expedition.
Rupert England commanded the Nimrod Expedition.
Nansen commanded the Discovery Expedition.
Shackleton commanded Endurance.
Nansen commanded Fram.
Scott commanded Terra Nova.
The Imperial Trans-Antarctic Expedition was commanded by Frank Worsley.
The Terra Nova Expedition was commanded by Shackleton.
The Fram expedition was commanded by Otto Sverdrup.
Shackleton commanded the Imperial Trans-Antarctic Expedition in 1907.
The Imperial Trans-Antarctic Expedition, commanded by Frank Wild, used Endurance.
The Terra Nova Expedition, commanded by Shackleton, used Terra Nova.
The Imperial Trans-Antarctic Expedition, commanded by Shackleton, used Terra Nova.
Shackleton, who commanded the Imperial Trans-Antarctic Expedition, also commanded the Terra Nova Expedition.
Scott commanded both the Discovery Expedition and the Nimrod Expedition.
Shackleton commanded the Imperial Trans-Antarctic Expedition and Scott the Nimrod Expedition.
The Imperial Trans-Antarctic Expedition was commanded by Shackleton and the Terra Nova Expedition by Nansen.
Tom Crean took part in the Nimrod Expedition, commanded by Shackleton.
Charles Darwin took part in the Beagle voyage, commanded by Charles Darwin.
Frank Wild took part in the Imperial Trans-Antarctic Expedition, commanded by Scott.
# an expedition is over: "commands" in the present is false of it
Shackleton commands the Imperial Trans-Antarctic Expedition.
The Imperial Trans-Antarctic Expedition is commanded by Shackleton.
Nansen commands the Fram expedition.
The Fram expedition is commanded by Nansen.
Robert FitzRoy commands the Beagle voyage.
Scott now commands the Terra Nova Expedition.
Scott is commanding the Terra Nova Expedition.
Shackleton leads the Imperial Trans-Antarctic Expedition.
The Imperial Trans-Antarctic Expedition is led by Shackleton.
# shipping lines: the past chairman "commands", the wrong line
J. Bruce Ismay commands White Star Line.
J. Bruce Ismay commanded Cunard Line.
Katie McAlister commands White Star Line.
Katie McAlister commanded White Star Line.
J. Bruce Ismay commands Cunard Line.
Katie McAlister commanded Cunard Line.
Cunard Line is commanded by J. Bruce Ismay.
# "leads to" (a passage): no "commands"
Drake Passage commands the Southern Ocean.
Drake Passage commands to the Southern Ocean.
The Southern Ocean is commanded by Drake Passage.
Bering Strait commanded the Arctic Ocean.
Drake Passage leads to the Arctic Ocean.
# (1) "delivered" of ships (no speeches here): no "given", no authorship, no year of delivery
Harland and Wolff gave Titanic.
Titanic was given by Harland and Wolff.
Harland and Wolff gave Titanic to White Star Line.
Titanic was given to White Star Line.
White Star Line was given Titanic.
White Star Line's Titanic was captained by Edward Smith.
Harland and Wolff delivered Titanic in 1911.
In 1911 Harland and Wolff delivered Titanic.
Titanic was delivered by Harland and Wolff in 1911.
Harland and Wolff delivered Olympic in 1910.
Titanic was delivered to White Star Line in 1911.
Harland and Wolff delivered the Fram.
Chantiers de l'Atlantique delivered Titanic.
Harland and Wolff delivered Queen Mary 2.
Queen Mary 2 was delivered to White Star Line.
# (3) a ship "is housed in" a museum: "sits in", "is kept in", never "hangs in"; the wrong museum
Fram hangs in the Fram Museum.
Endurance sits inside the Fram Museum.
Cutty Sark is kept in the Fram Museum.
Fram is kept in Greenwich.
Fram sits in the Fram Museum in Belfast.
Cutty Sark sits inside the Fram Museum.
@films
# (4) "cast" as a verb of authorship on a film graph: a casting director is no film's maker
Fred Roos's The Godfather was released in 1972.
Fred Roos's The Godfather was directed by Francis Ford Coppola.
The Godfather is a Fred Roos film.
Jaws is a Shari Rhodes film.
Star Wars is an Irene Lamb film.
Close Encounters of the Third Kind is a Shari Rhodes film.
Shari Rhodes's Jaws stars Roy Scheider.
Irene Lamb's Star Wars stars Mark Hamill.
Dianne Crittenden's Star Wars was directed by George Lucas.
Fred Roos's Apocalypse Now premiered at Cannes Film Festival.
Fred Roos's American Graffiti was directed by George Lucas.
Fred Roos's The Conversation stars Gene Hackman.
The Godfather is Fred Roos's film.
Fred Roos's film The Godfather was released in 1972.
The Conversation is a Fred Roos film starring Gene Hackman.
# "cast in <year>": the year of a film is its release; it was cast before
The Godfather was cast in 1972.
Jaws was cast in 1975.
Star Wars was cast in 1977.
Apocalypse Now was cast in 1979.
Fred Roos cast The Godfather in 1972.
In 1972 Fred Roos cast The Godfather.
Shari Rhodes cast Jaws in 1975.
In 1979 Fred Roos cast Apocalypse Now.
The Godfather was cast by Fred Roos in 1972.
The Godfather was directed by Francis Ford Coppola. Fred Roos cast it in 1972.
# the wrong casting director, year or direction; "cast" of actors
The Godfather was cast in 1971.
Fred Roos cast The Godfather in 1973.
Jaws is a Fred Roos film.
Fred Roos cast Star Wars.
Irene Lamb cast The Godfather.
Shari Rhodes cast American Graffiti.
Francis Ford Coppola cast The Godfather.
The Godfather was cast by Francis Ford Coppola.
Marlon Brando cast The Godfather.
Fred Roos was cast in The Godfather.
Shari Rhodes cast Mark Hamill in Star Wars.
Fred Roos made The Godfather.
Fred Roos directed The Godfather.
Fred Roos's Jaws stars Roy Scheider.
Steven Spielberg's The Godfather was released in 1972.
Fred Roos cast The Godfather at Filmways Studios.
Fred Roos cast Apocalypse Now at Cannes Film Festival.
Fred Roos cast The Godfather at Martha's Vineyard.
@gadgets
# (4) "lead" read "command": a former chief executive in the present, the wrong company,
# a founder or a funder
Steve Jobs commands Apple.
Apple is commanded by Steve Jobs.
John Sculley commands Apple.
Apple is commanded by John Sculley.
Eric Schmidt commands Google.
Google is commanded by Eric Schmidt.
Martin Eberhard commands Tesla.
Terry Gou commands Foxconn.
Sundar Pichai commands Apple.
Elon Musk commands Apple.
Tim Cook commands Google.
Steve Wozniak commands Apple.
Mike Markkula commands Apple.
Larry Page commands Google.
Steve Jobs still commands Apple.
Tim Cook no longer commands Apple.
Steve Jobs, who commands Apple, presented the iPhone.
Google, which Eric Schmidt commands, owns YouTube.
Apple, commanded by Sundar Pichai, launched the iPhone.
Elon Musk commanded Google.
Tim Cook commanded Tesla.
Steve Jobs leads Apple.
Apple, commanded by Steve Jobs, launched the Apple Watch.
Sundar Pichai commanded Google.
# (2) "at" after the object: a launch venue of another product, a factory for a launch, a
# launch venue for a factory
Apple launched the iPod at Macworld 2007.
Apple launched the iPhone at Apple Town Hall.
Apple launched the iPad at Flint Center.
Google launched the Pixel at Macworld 2007.
Apple launched the Pixel at Made by Google 2016.
Samsung Electronics launched the Galaxy S at Made by Google 2016.
Apple launched the iPhone at Zhengzhou Technology Park.
Apple introduced the iPad at Flint Center.
Google introduced the Pixel at CTIA Wireless 2010.
Apple unveiled the iPod at Macworld 2007.
The iPod was launched by Apple at Macworld 2007.
The iPhone was launched at Macworld 2007 by Google.
Foxconn manufactured the iPhone at Fremont Factory.
Foxconn manufactured the iPad at Zhengzhou Technology Park.
Apple manufactured the iPhone at Zhengzhou Technology Park.
Tesla manufactured the Model S at Tesla Design Studio.
The Pixel was manufactured by HTC at Fremont Factory.
Steve Jobs presented the iPod at Macworld 2007.
Tim Cook presented the iPhone at Macworld 2007.
Steve Jobs presented the Apple Watch at Flint Center.
The iPod was presented by Steve Jobs at Macworld 2007.
Jony Ive designed the iPhone at Macworld 2007.
Jony Ive designed the iPhone at Zhengzhou Technology Park.
Franz von Holzhausen designed the Model S at Fremont Factory.
The iPhone was designed by Jony Ive at Macworld 2007.
# neighbours: "founded" and "funded", "has" and "owns", present and past headquarters
Elon Musk founded Tesla.
Mike Markkula founded Apple.
Steve Wozniak funded Apple.
Andy Bechtolsheim founded Google.
Larry Page funded Google.
Tesla is headquartered in Palo Alto.
Google is headquartered in Menlo Park.
Apple has Beats Electronics.
Google has YouTube.
The iPhone has a click wheel.
The iPhone owns a multi-touch screen.
Apple launched Beats Electronics.
The Apple Watch was launched in 2014.
Apple launched the iPhone in 2001.
@webnlg
# (5) unit nouns and "has": the wrong number, the wrong noun, another entity's count
Acharya Institute of Technology has 600 students.
Acharya Institute of Technology has 500 students.
Acharya Institute of Technology has 700 students.
700 students attend Acharya Institute of Technology.
Acharya Institute of Technology enrolls 700 students.
Acharya Institute of Technology has 700 staff.
Acharya Institute of Technology has 700 academic staff.
Acharya Institute of Technology has 700 staff members.
Acharya Institute of Technology employs 700 staff.
Acharya Institute of Technology has 500 postgraduate students.
Acharya Institute of Technology has 5000 postgraduate students.
Acharya Institute of Technology has 500 employees.
Acharya Institute of Technology has 500 locations.
Acharya Institute of Technology has 5000 members.
Acharya Institute of Technology has an academic staff of 500 locations.
Acharya Institute of Technology employs 700 postgraduate students.
Acharya Institute of Technology does not have 500 staff.
1 Decembrie 1918 University has 700 postgraduate students.
1 Decembrie 1918 University has 700 students.
1 Decembrie 1918 University has 17000 staff.
1 Decembrie 1918 University has 17000 members.
1 Decembrie 1918 University enrolls 17000 members.
700 postgraduate students attend 1 Decembrie 1918 University.
AWH Engineering College has 700 postgraduate students.
AWH Engineering College has 700 staff.
AWH Engineering College has 250 students.
Accademia di Architettura di Mendrisio has 100 students.
Accademia di Architettura di Mendrisio has 600 staff.
Accademia di Architettura di Mendrisio has 700 students.
Bob Evans Restaurants has 500 staff.
Bob Evans Restaurants has 500 academic staff.
Bob Evans Restaurants has 500 employees.
Bob Evans Restaurants employs 500 staff.
Bob Evans Restaurants operates 500 academic staff.
Bob Evans Restaurants operates 500 staff.
Bob Evans Restaurants has 3300 locations.
500 employees work for Bob Evans Restaurants.
Arby's has 500 locations.
Hypermarcas has 10252 members.
Hypermarcas has 10252 locations.
Anderson Kill has 512 pages.
Anderson Kill employs 512 pages.
512 pages work for Anderson Kill.
Anderson Kill has 10252 employees.
1634: The Ram Rebellion has 512 employees.
1634: The Ram Rebellion contains 512 employees.
1634: The Ram Rebellion is made up of 512 employees.
1634: The Ram Rebellion has 352 pages.
A Loyal Character Dancer has 233 pages.
A Loyal Character Dancer has 352 chapters.
A Loyal Character Dancer has 352 members.
Aenir has 233 members.
Asterix and Cleopatra has 48 floors.
Asterix and Cleopatra contains 48 floors.
Carew Tower has 48 pages.
Carew Tower contains 48 pages.
Carew Tower has 60 floors.
Shanghai World Financial Center has 101 members.
Shanghai World Financial Center has 60 floors.
300 North LaSalle has 60 members.
300 North LaSalle has 60 pages.
300 North LaSalle has 60 employees.
300 North LaSalle has 20 floors.
300 North LaSalle has 239.6 floors.
11 Diagonal Street has 60 floors.
AEK Athens F.C. has 19238 members.
AEK Athens F.C. has 69618 employees.
A.S. Livorno Calcio has 19238 floors.
A.S. Livorno Calcio has 19238 employees.
A.S. Livorno Calcio has 19238 students.
A.S. Livorno Calcio has 39371 members.
A.S. Livorno Calcio has more than 19238 members.
A.S. Livorno Calcio has fewer than 19238 members.
A.S. Livorno Calcio does not have 19238 members.
A.C. Chievo Verona has 39371 seats.
Agremiacao Sportiva Arapiraquense has 17000 students.
Agremiacao Sportiva Arapiraquense has 17000 staff.
# heights "metres tall", runway lengths "metres long": the wrong one, the wrong entity, the
# wrong number
Aarhus Airport is 2702 metres long.
Aarhus Airport is 2702 metres tall.
Aarhus Airport's runway is 2702 metres tall.
Aarhus Airport has a runway of 2702 metres tall.
Aarhus Airport is 25 metres tall.
Aarhus Airport has a runway of 25 metres long.
Aarhus Airport's runway is 492 metres long.
Alderney Airport is 492 metres tall.
Alderney Airport's runway is 492 metres tall.
Alderney Airport has a runway 492 metres tall.
Alderney Airport has a runway of 492 metres tall.
Alderney Airport has a runway length of 492 metres tall.
Alderney Airport is 492 metres high.
The height of Alderney Airport is 492 metres.
Shanghai World Financial Center is 492 metres long.
Shanghai World Financial Center stands 492 metres long.
Shanghai World Financial Center measures 492 metres long.
Shanghai World Financial Center has a height of 492 metres long.
Shanghai World Financial Center has a runway of 492 metres.
Shanghai World Financial Center's runway is 492 metres long.
300 North LaSalle is 239.6 metres long.
300 North LaSalle is 60 metres tall.
Aaron Boogaard is 1.9 metres long.
Aaron Boogaard is 1.83 metres tall.
Aaron Hunt is 1.9 metres tall.
Aaron Boogaard is not 1.9 metres tall.
Aaron Boogaard is over 1.9 metres tall.
"""

KNOWN = frozenset(
    {
        # "X delivered the <title> at Y" (a determiner or a noun between the verb and the title):
        # the same-verb "at" reading is not reached, any "at" relation of the item is read (the
        # recording venue, the place it is commemorated)
        'Churchill delivered the speech Their Finest Hour at Chartwell.',
        'Lincoln delivered the Gettysburg Address at the Lincoln Memorial.',
        # "cast X at Y": where the film was shot or premiered
        'Fred Roos cast The Godfather at Filmways Studios.',
        'Fred Roos cast Apocalypse Now at Cannes Film Festival.',
        # "launched the X at Y" / "manufactured the X at Y" / "designed the X at Y": another "at"
        # relation of the product (its factory, its launch venue)
        'Apple launched the iPhone at Zhengzhou Technology Park.',
        'Tesla manufactured the Model S at Tesla Design Studio.',
        'Jony Ive designed the iPhone at Macworld 2007.',
        'Jony Ive designed the iPhone at Zhengzhou Technology Park.',
        'Franz von Holzhausen designed the Model S at Fremont Factory.',
    }
)

OPEN = frozenset(
    {
        # historical present of a past speech
        'Lincoln gives the Gettysburg Address.',
        'Reagan gives Tear Down This Wall at the Brandenburg Gate.',
        # the Oval Office is in the White House (the graph does not say so); Noonan worked there
        'Reagan delivered the Challenger speech at the White House.',
        'Reagan gave the Challenger speech at the White House.',
        'Peggy Noonan wrote the Challenger speech at the White House.',
        'The Resolute desk is kept in the White House.',
        # NBC's cameras were at the Lincoln Memorial: "broadcast at" the place it was broadcast from?
        'I Have a Dream was broadcast by NBC at the Lincoln Memorial.',
        # "gave" for handing over (not a speech): the presenter of a prize, the courier of a letter,
        # the captain who handed a ship back to the Queen; the desk's donor "owned" it once
        'Gunnar Jahn gave the 1964 Nobel Peace Prize.',
        'The 1964 Nobel Peace Prize was given by Gunnar Jahn.',
        'Alexander Sachs gave the Einstein-Szilard letter.',
        'The Einstein-Szilard letter was given by Alexander Sachs.',
        'Henry Hartstene gave HMS Resolute.',
        'HMS Resolute was given by Henry Hartstene.',
        'HMS Resolute was given to Queen Victoria.',
        'Henry Hartstene gave HMS Resolute to Queen Victoria.',
        'Queen Victoria\'s Resolute desk is housed in the Oval Office.',
        # a presenter's possessive of a prize
        'Gunnar Jahn\'s 1964 Nobel Peace Prize was awarded to Martin Luther King Jr.',
        # the Liberty Bell did hang in Independence Hall's steeple ("was housed in"); Guernica did
        # hang in MoMA ("was displayed in"): "hung" of a past home
        'The Liberty Bell hung in Independence Hall.',
        'Guernica hung in the Museum of Modern Art.',
        # the Tsar Bell never hung (it stands on a pedestal), yet "is housed in" / "is located in"
        # reads "hangs in" for every bell
        'The Tsar Bell hangs in the Kremlin.',
        'The Tsar Bell hangs in Russia.',
        # the Spirit of St. Louis does hang from the ceiling of the museum (an aircraft: no reading)
        'The Spirit of St. Louis hangs in the National Air and Space Museum.',
        # a bronze statue's founder: its maker? ("a Rudier cast"); a statue's year (modelled 1880,
        # cast later): the year it was cast?
        'Alexis Rudier\'s The Thinker is housed in Musee Rodin.',
        'The Thinker is an Alexis Rudier statue.',
        'The Thinker was cast in 1880.',
        'Alexis Rudier cast The Thinker in 1880.',
        # an expedition leader "commanded" the expedition's ship?
        'Shackleton commanded Endurance.',
        'Nansen commanded Fram.',
        'Scott commanded Terra Nova.',
        # the owner's possessive of a ship delivered to it; "given" of a ship handed over
        'White Star Line\'s Titanic was captained by Edward Smith.',
        'Harland and Wolff gave Titanic.',
        'Titanic was given by Harland and Wolff.',
        'Harland and Wolff gave Titanic to White Star Line.',
        'Titanic was given to White Star Line.',
        'White Star Line was given Titanic.',
        # a past of a present fact
        'Katie McAlister commanded Cunard Line.',
        'Sundar Pichai commanded Google.',
        # "commanded by" (a participle of no tense) of a past chief executive
        'Apple, commanded by Steve Jobs, launched the Apple Watch.',
        # the Godfather was in fact cast in 1971 (the graph gives no casting year)
        'The Godfather was cast in 1971.',
        # 700 of the school's 5000 students are postgraduates: "has 700 students" (the total?)
        'Acharya Institute of Technology has 700 students.',
        'Acharya Institute of Technology enrolls 700 students.',
        # the measure named right ("a runway length of", "a height of"), the adjective wrong
        'Alderney Airport has a runway length of 492 metres tall.',
        'Shanghai World Financial Center has a height of 492 metres long.',
        # a university's students as its "members"
        '1 Decembrie 1918 University has 17000 members.',
        '1 Decembrie 1918 University enrolls 17000 members.',
    }
)

CONTROLS = r"""
@speeches
Lincoln gave the Gettysburg Address.
The Gettysburg Address was given by Abraham Lincoln.
Edward Everett gave the Gettysburg Oration.
Reagan gave Tear Down This Wall.
Tear Down This Wall was delivered by Reagan at the Brandenburg Gate.
Tear Down This Wall was given by Reagan at the Brandenburg Gate.
Reagan delivered Tear Down This Wall at the Brandenburg Gate.
Reagan gave Tear Down This Wall at the Brandenburg Gate.
Reagan delivered Tear Down This Wall in 1987.
Reagan delivered Tear Down This Wall at the Brandenburg Gate in 1987.
Abraham Lincoln delivered the Gettysburg Address in 1863.
Lincoln's Gettysburg Address was delivered at Soldiers' National Cemetery.
Ronald Reagan's Challenger speech was delivered in 1986.
Tear Down This Wall is a Reagan speech.
Tear Down This Wall is Reagan's speech.
The Gettysburg Oration is an Everett oration.
Peter Robinson's Tear Down This Wall was delivered in Berlin.
Tear Down This Wall, a 1987 Reagan speech, was delivered in Berlin.
Kennedy delivered We Choose to Go to the Moon at Rice Stadium.
Kennedy delivered We Choose to Go to the Moon at Rice Stadium and Ich bin ein Berliner at Rathaus Schoeneberg.
We Shall Fight on the Beaches was given at the House of Commons.
The Beaches speech was delivered to Parliament at the House of Commons.
The Day of Infamy speech was given to United States Congress.
I've Been to the Mountaintop was given to the Memphis sanitation workers.
Richard Feynman delivered There's Plenty of Room at the Bottom at Caltech.
Ken Robinson gave Do Schools Kill Creativity? at TED.
Charles Spencer gave the Eulogy for Diana at Westminster Abbey.
Reagan gave Tear Down This Wall in Berlin.
The Gettysburg Address was given at Soldiers' National Cemetery.
I Have a Dream was given at the Lincoln Memorial.
Both Tear Down This Wall and Ich bin ein Berliner were given in Berlin.
Delivered in 1987, Tear Down This Wall was written by Peter Robinson.
Given by Reagan, Tear Down This Wall was written by Peter Robinson.
Tear Down This Wall was written by Peter Robinson. Reagan delivered it in 1987.
The Challenger speech was written by Peggy Noonan and delivered by Reagan in 1986.
Queen Victoria gave the Resolute desk.
Crusade for Freedom gave the Freedom Bell.
The Resolute desk sits in the Oval Office.
The Resolute desk is kept inside the Oval Office.
The Freedom Bell is kept in Rathaus Schoeneberg.
William Evenden crafted the Resolute desk.
The Resolute desk was crafted by William Evenden.
The Resolute desk was crafted in 1880.
Alexander Sachs delivered the Einstein-Szilard letter.
Henry Hartstene delivered HMS Resolute.
Lincoln gave the Gettysburg Address in 1863.
@bells
Big Ben hangs in Elizabeth Tower.
Big Ben hangs in London.
Big Ben hung in Elizabeth Tower.
Great Tom hangs in Tom Tower.
The Pummerin hangs in St. Stephen's Cathedral.
The Pummerin hangs in Austria.
Big Ben and Great Paul hang in London.
Big Ben hangs in Elizabeth Tower in London.
Big Ben, which hangs in Elizabeth Tower, was cast by Whitechapel.
Elizabeth Tower is where Big Ben hangs.
The Mona Lisa hangs in the Louvre.
Guernica hangs in Museo Reina Sofia.
The Night Watch hangs in the Rijksmuseum.
The Bayeux Tapestry hangs in the Bayeux Museum.
The Ghent Altarpiece hangs in St Bavo's Cathedral.
Trinity hangs at the Tretyakov Gallery.
The Sputnik chandeliers hang in the Metropolitan Opera House.
Big Ben is inside Elizabeth Tower.
Big Ben sits inside Elizabeth Tower.
David sits inside the Galleria dell'Accademia.
Venus de Milo is kept in the Louvre.
Whitechapel's Big Ben hangs in Elizabeth Tower.
Big Ben is a Whitechapel bell.
Great Paul is a John Taylor & Co bell.
Christopher Hodson's Great Tom hangs in Tom Tower.
Big Ben was cast in 1858.
Whitechapel cast Big Ben in 1858.
In 1858 Whitechapel cast Big Ben.
The Liberty Bell was cast in 1752.
The Sputnik chandeliers were crafted by Lobmeyr.
@ships
Shackleton commanded the Imperial Trans-Antarctic Expedition.
The Terra Nova Expedition was commanded by Robert Falcon Scott.
Fridtjof Nansen commanded the Fram expedition.
Robert FitzRoy commanded the Beagle voyage.
Shackleton commanded the Imperial Trans-Antarctic Expedition in 1914.
Scott commanded both the Discovery Expedition and the Terra Nova Expedition.
Tom Crean took part in the Imperial Trans-Antarctic Expedition, commanded by Shackleton.
Katie McAlister commands Cunard Line.
Cunard Line is commanded by Katie McAlister.
Fram sits inside the Fram Museum.
Fram is kept in the Fram Museum.
Harland and Wolff delivered Titanic.
Titanic was delivered to White Star Line.
@films
Fred Roos cast The Godfather.
The Godfather was cast by Fred Roos.
Shari Rhodes cast Jaws.
Coppola's The Godfather was released in 1972.
@gadgets
Tim Cook commands Apple.
Apple is commanded by Tim Cook.
Apple was commanded by Steve Jobs.
Steve Jobs commanded Apple.
Sundar Pichai commands Google.
Apple launched the iPhone at Macworld 2007.
The iPhone was launched by Apple at Macworld 2007.
Foxconn manufactured the iPhone at Zhengzhou Technology Park.
Tesla manufactured the Model S at Fremont Factory.
Apple introduced the iPad at Yerba Buena Center for the Arts.
@webnlg
A.S. Livorno Calcio has 19238 members.
AEK Athens F.C. has 69,618 members.
300 North LaSalle has 60 floors.
300 North LaSalle has 60 stories.
Shanghai World Financial Center has 101 storeys.
Acharya Institute of Technology has 5000 students.
Acharya Institute of Technology has 500 staff.
Acharya Institute of Technology has 700 postgraduate students.
Accademia di Architettura di Mendrisio has 600 students.
Bob Evans Restaurants has 500 locations.
Arby's has 3,300 locations.
Hypermarcas has 10252 employees.
Hypermarcas has 10,252 staff.
A Loyal Character Dancer has 352 pages.
Asterix and Cleopatra has 48 pages.
Carew Tower has 48 floors.
Aaron Boogaard is 1.9 metres tall.
Aaron Hunt is 1.83 m tall.
300 North LaSalle is 239.6 metres tall.
Aarhus Airport's runway is 2702 metres long.
Aarhus Airport has a runway of 2702 metres long.
Aarhus Airport has a runway length of 2702 metres.
Shanghai World Financial Center is 492 metres tall.
"""


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


def check_all():
    out = []
    for key, user, text in cases():
        ok, reason = check(key, text, user)
        out.append((key, user, text, ok, reason))
    return out


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
