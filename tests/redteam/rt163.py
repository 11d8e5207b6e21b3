"""Red team round 163: this round's new readings (CHANGES.diff): (1) an item type of two or more
words ("roller_coaster", "opera house") read by all its words, in lower case, as the type's own
noun ("a roller coaster at X", "one of the roller coasters at X", "the roller coaster"), only where
no other item type ends in the same word, never by its last word alone; (2) "the <type noun>"
names the last item OF THAT TYPE named before, on a graph of several item types (a noun in "-s",
"circus", is no plural); (3) "Y is X's N" (owner = the stored fact's tail): no class noun, and
after "is" no relation of the past; (4) idioms: "came off / from the drawing board of" (designed),
"came from the pen of" (written, penned), "the engineer behind" (designed), "the artist behind"
(painted, sculpted, illustrated, designed, animated, crafted), "co-discovered", "co-invented",
"has its base in" (is based in), "words" (lyrics) and "tune" (music); (5) a free-text tag made
only of genre words ("romantic comedy") read as those genres; (6) "takes the form of a" only for
relations whose objects are kinds; "minted at" / "came out of" a mint only for coins and medals;
buildings open and are built in their year only where the graph founds and finds nothing.

Six graphs of my own (graph builders below):

* parks: rides of four types, "roller_coaster" (read by its words), "dark_ride" and "water_ride"
  (both end in "ride": not read), "observation_tower" (next to a park named "Alton Towers");
  "is located at", "was manufactured by", "was designed by" an engineer, a designer or an artist
  next to "was built by" a contractor and "was commissioned by" an executive, "replaced", "has"
  features ("dark ride section" holds a type's words), "is themed after"; features "were invented
  by" one or two people; parks "are owned by" next to "are operated by"; a user;
* airlines: "flag_carrier" and "budget_airline" (founding year; "flag carrier" is also the noun
  of "is the flag carrier of", present, next to "was the flag carrier of", past) and
  "international_airport" (opened); "is based in" (present) next to "was based in" (past),
  "was founded by" next to "was funded by", "launched" a loyalty programme, "operates" aircraft;
  airports "are a hub for" next to "are a base for", "are managed by" next to "are owned by";
  "is the chief executive of" (present) next to "was the chief executive of" (past); alliances
  "are headquartered in"; a user;
* media: newspapers, magazines and "news_channel"s; "is published in" next to "broadcasts from",
  "is owned by" next to "was owned by"; "is the editor of" (present) next to "was the editor of"
  (past) and "is the founding editor of"; "was founded by" next to "was funded by"; "launched" a
  supplement; "has" a format next to "had"; a user;
* shows: films (genres Romance, Comedy, Drama, Action, Horror, Musical; free-text tags, some made
  only of genre words: "romantic comedy", "romantic drama", "action comedy", "horror comedy"),
  "stage_musical"s ("has music by" next to "has lyrics by" and "has a book by": "tune", "words")
  and circuses ("the circus", "both circuses"; "is based in" next to "was based in", "was founded
  by" next to "was funded by"); films "are directed by" next to "are written by" (pen); musicals
  "premiered at" theatres that "stand on" a street (Piccadilly Circus); a user;
* coins: coins and medals "struck at" a mint ("minted at", "came out of") next to banknotes
  "printed at" a works and a medal "made by" a jeweller; "was designed by" a sculptor, an artist
  or an engraver next to "was engraved by", "depicts", "is named after", "was instituted by";
  coins "are a" coin type (range "coin type": formal) next to medals "in the form of" a shape
  (range "shape": not formal); hoards "were discovered by" one or two finders next to "were
  excavated by"; a user;
* opera: "opera_house", "opera_company" (types sharing their FIRST word), "concert_hall" and
  cathedrals, on a graph that founds; houses "were designed by" architects next to "were
  engineered by" engineers (Ove Arup for the Sydney Opera House), "were built by" contractors and
  "were commissioned by" patrons, "are the home of" companies next to "were the home of";
  companies "are based in" a city next to "tour" cities; operas "premiered at"; a user.

Findings (accepted through this round's readings; the starting code, CHANGES.diff reversed,
rejects each of them):

* (5) a tag made of genre words is read as the genres EVERYWHERE, also where the text names the
  tag itself ("is tagged", "tagged as", "has the tag", "share the tag"): a film with both genres
  but not the tag is "tagged" with it: "Pretty Woman is tagged romantic comedy", "Titanic is
  tagged romantic drama", "Zombieland is tagged action comedy" (Zombieland's tag is "horror
  comedy"), "Pretty Woman has the tag romantic comedy", "Notting Hill and Pretty Woman share the
  tag romantic comedy", in participles, lists, "and so is", "like", a user's text. And the films
  that do carry the tag without both genres lose it: "Die Hard is tagged action comedy", "Love
  Actually is tagged romantic comedy", "Zombieland is tagged horror comedy" (controls, accepted by
  the starting code) are rejected.
* (4) "the engineer behind" is read for every designer a person-typed range holds: a sculptor,
  an artist, an engraver, an architect: "Coert Steynberg is the engineer behind the Krugerrand"
  (a sculptor), "Robert Tait McKenzie is the engineer behind the Fields Medal", "Jorn Utzon is the
  engineer behind the Sydney Opera House" (an architect; the graph's engineer of that house is Ove
  Arup: "was engineered by"), "Christopher Wren is the engineer behind St Paul's Cathedral",
  "Frank Gehry ...", "Herzog & de Meuron ..." (a firm), in "was", "one of the engineers", "among
  the engineers", appositions and relative clauses. Meanwhile "Ove Arup is the engineer behind the
  Sydney Opera House" (the engineer who "engineered" it; a control the starting code accepts) is
  rejected.

Not found: (1) "roller coaster", "observation tower", "news channel", "stage musical", "opera
house", "opera company", "concert hall" of an item of another type, with a wrong place, maker,
designer or year, "one of the <plural>" with a wrong place or maker, "both <plural>" with an item
of another type, two type nouns in a row ("a circus film", "a magazine newspaper"), a lower-case
type phrase inside a feature's name; (2) "the roller coaster", "the observation tower", "the news
channel", "the newspaper", "the magazine", "the stage musical", "the circus", "the opera house",
"the concert hall", "the opera company" after an item of another type, after "it", after
Piccadilly Circus (a street), across sentences; (3) a past chief executive or editor, a founding
editor as the editor, another relation's noun, the roles swapped, with "also", "now", "still",
negation; (4) the drawing board / pen / artist behind a patron, an executive, a builder, a
manufacturer, a jeweller, a depicted person, a namesake, a monarch, a director, a composer; the
words / tune of the wrong part or person, a book writer, a director; "co-discovered",
"co-invented", "co-designed" with one finder or the wrong partner; "has its base in" a past base,
a toured city, a hub's city, the wrong city, a book; (6) "takes the form of a" a wrong coin type,
a shape said with "is a"; "minted at" / "came out of" a bank, a museum, a printing works, the
wrong mint.

OPEN: "the roller coaster at X" where X has several; "the roller coaster" after "A replaced B";
"has its base in" an alliance's headquarters, an airport's city; a hub as "a base for"; "was X's
N" of a present fact; "described as" (a tag cue, or plain description?); "is an action comedy" of
a film with the tag and one of the genres; "had its base in" a present base; a musical "from the
pen of" its lyricist; an engraver as "the artist behind"; a banknote that "came out of" its
printing works; a medal that "is a" cross pattee / disc (its shape); architects as "the artist
behind"; a cathedral or an opera house "founded" in its completion / opening year; "launched in"
a founding year.

KNOWN (accepted by the starting code too): "the film", "the movie", "this film" (nouns of the
reference table, never filtered by type) naming the last item whatever its type: a stage musical
("Evita premiered at the Prince Edward Theatre. The film was directed by Harold Prince"), a
circus ("Circus Krone was founded by Carl Krone. The film is based in Munich"), past the last
film; "the engineer / artist behind" said of a designer whose relation's range holds the types
"engineer", "designer", "artist" (John Wardley, a designer, "the engineer behind Nemesis"; Werner
Stengel, an engineer, "the artist behind Millennium Force"); "the roller coasters A and B" with B
a water ride; a past editor in "is the editor of" and "X's editor is Y"; a coin's year read as a
find on a graph with finds ("The Krugerrand was discovered in 1967").

Rejected controls: new this round: the three films that carry a genre-word tag without both
genres ("Die Hard is tagged action comedy", ...), "The Victoria Cross takes the form of a cross
pattee" and "The Nobel Prize medal takes the form of a disc" (a relation phrased "is in the form
of" a shape now has no "takes the form of"), "Ove Arup is the engineer behind the Sydney Opera
House". Rejected by the starting code too: "Millennium Force is a roller coaster." (bare, no
place), "A and B are both roller coasters.", "Hex is a dark ride." (types sharing "ride"),
"Lufthansa is Germany's flag carrier." and "Lufthansa is a flag carrier." (the type phrase "flag
carrier" clobbers the relation noun), "Star Alliance has its headquarters in Frankfurt." (only
"is based in" has "has its headquarters in"), "Ringling Bros. had its base in Sarasota." ("was
based in" has no "had its base in"), "Circus Krone and Circus Roncalli are both circuses.",
"Sydney Opera House is Opera Australia's home.".

False texts only (one false statement each; arguable ones in OPEN), plus faithful controls."""

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


def parks():
    """Theme park rides (items: year opened) of four types: "roller_coaster" (a type of two words
    whose last word no other type has: "a roller coaster", "the roller coaster", "one of the roller
    coasters"), "dark_ride" and "water_ride" (two types ending in "ride": neither read by its
    words), "observation_tower"; "is located at" a theme park (Alton Towers: "Towers" in a name),
    "was manufactured by" a firm, "was designed by" an engineer, designer or artist (drawing board,
    "the engineer / artist behind") next to "was built by" a contractor and "was commissioned by" an
    executive, "replaced" another ride, "has" features (lower case: "vertical loop", "dark ride
    section" with a type's words in it), "is themed after" a film; features "were invented by" one
    or two people ("co-invented"); parks "are owned by" and "are operated by" firms, "are located
    in" cities; a user."""
    rels = [
        R("located_at", phrase="is located at", inverse_phrase="is the home of", domain=("roller_coaster", "dark_ride", "water_ride", "observation_tower"), range=("theme park",)),
        R("manufactured_by", phrase="was manufactured by", inverse_phrase="manufactured", domain=("roller_coaster", "dark_ride", "water_ride", "observation_tower"), range=("manufacturer",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("roller_coaster", "dark_ride", "water_ride", "observation_tower"), range=("engineer", "designer", "artist")),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("roller_coaster", "observation_tower"), range=("contractor",)),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=("roller_coaster", "dark_ride"), range=("executive",)),
        R("replaced", phrase="replaced", inverse_phrase="was replaced by", domain=("roller_coaster", "dark_ride", "water_ride"), range=("roller_coaster", "dark_ride", "water_ride")),
        R("has", phrase="has", inverse_phrase="is a feature of", domain=("roller_coaster", "dark_ride", "water_ride"), range=("feature",)),
        R("invented_by", phrase="was invented by", inverse_phrase="invented", domain=("feature",), range=("engineer", "designer", "inventor")),
        R("themed_after", phrase="is themed after", inverse_phrase="inspired", domain=("dark_ride", "water_ride"), range=("film",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("theme park",), range=("company",)),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("theme park",), range=("company",)),
        R("park_in", phrase="is located in", inverse_phrase="is the location of", domain=("theme park",), range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "c:mforce": ("roller_coaster", "Millennium Force", 2000), "c:ttd": ("roller_coaster", "Top Thrill Dragster", 2003),
        "c:fury": ("roller_coaster", "Fury 325", 2015), "c:steel": ("roller_coaster", "Steel Vengeance", 2018),
        "c:kingda": ("roller_coaster", "Kingda Ka", 2005), "c:nemesis": ("roller_coaster", "Nemesis", 1994),
        "c:smiler": ("roller_coaster", "The Smiler", 2013), "c:taron": ("roller_coaster", "Taron", 2016),
        "c:mean": ("roller_coaster", "Mean Streak", 1991),
        "d:hex": ("dark_ride", "Hex", 2000), "d:mansion": ("dark_ride", "Haunted Mansion", 1969),
        "d:pirates": ("dark_ride", "Pirates of the Caribbean", 1967), "d:spiderman": ("dark_ride", "The Amazing Adventures of Spider-Man", 1999),
        "w:splash": ("water_ride", "Splash Mountain", 1989), "w:congo": ("water_ride", "Congo River Rapids", 1986),
        "w:chiapas": ("water_ride", "Chiapas", 2014),
        "t:euro": ("observation_tower", "Euro-Tower", 1988), "t:skyhawk": ("observation_tower", "Sky Hawk Tower", 2001),
    }
    others = {
        "p:cedar": ("theme park", "Cedar Point"), "p:carowinds": ("theme park", "Carowinds"),
        "p:greatadv": ("theme park", "Six Flags Great Adventure"), "p:alton": ("theme park", "Alton Towers"),
        "p:phantasia": ("theme park", "Phantasialand"), "p:disneyland": ("theme park", "Disneyland"),
        "p:ioa": ("theme park", "Islands of Adventure"), "p:europa": ("theme park", "Europa-Park"),
        "m:intamin": ("manufacturer", "Intamin"), "m:bm": ("manufacturer", "Bolliger & Mabillard"),
        "m:rmc": ("manufacturer", "Rocky Mountain Construction"), "m:gerst": ("manufacturer", "Gerstlauer"),
        "m:vekoma": ("manufacturer", "Vekoma"), "m:arrow": ("manufacturer", "Arrow Development"),
        "m:oceaneering": ("manufacturer", "Oceaneering"), "m:hopkins": ("manufacturer", "Hopkins Rides"),
        "m:mack": ("manufacturer", "Mack Rides"), "m:dinn": ("manufacturer", "Dinn Corporation"),
        "e:stengel": ("engineer", "Werner Stengel"), "e:schilke": ("engineer", "Alan Schilke"),
        "e:wardley": ("designer", "John Wardley"), "e:davis": ("artist", "Marc Davis"),
        "e:coats": ("artist", "Claude Coats"), "e:trowbridge": ("designer", "Scott Trowbridge"),
        "e:summers": ("engineer", "Curtis Summers"), "e:beecher": ("inventor", "Lina Beecher"),
        "e:schwarzkopf": ("engineer", "Anton Schwarzkopf"),
        "b:kiewit": ("contractor", "Kiewit"), "b:vinci": ("contractor", "Vinci Construction"),
        "x:kinzel": ("executive", "Dick Kinzel"), "x:varney": ("executive", "Nick Varney"),
        "f:loop": ("feature", "vertical loop"), "f:launch": ("feature", "launch track"), "f:splash": ("feature", "water splash"),
        "f:section": ("feature", "dark ride section"), "f:drop": ("feature", "beyond-vertical drop"),
        "f:vortex": ("feature", "vortex room"),
        "m:songofsouth": ("film", "Song of the South"), "m:potc": ("film", "Pirates of the Caribbean: The Curse of the Black Pearl"),
        "o:cedarfair": ("company", "Cedar Fair"), "o:sixflags": ("company", "Six Flags"), "o:merlin": ("company", "Merlin Entertainments"),
        "o:disney": ("company", "The Walt Disney Company"), "o:comcast": ("company", "Comcast"),
        "o:universal": ("company", "Universal Destinations"), "o:mackfam": ("company", "Mack family"),
        "o:loeffelhardt": ("company", "Loeffelhardt family"),
        "y:sandusky": ("city", "Sandusky"), "y:charlotte": ("city", "Charlotte"), "y:jackson": ("city", "Jackson"),
        "y:alton": ("city", "Alton"), "y:bruehl": ("city", "Bruehl"), "y:anaheim": ("city", "Anaheim"),
        "y:orlando": ("city", "Orlando"), "y:rust": ("city", "Rust"),
    }
    T_ = [
        ("c:mforce", "located_at", "p:cedar"), ("c:ttd", "located_at", "p:cedar"), ("c:steel", "located_at", "p:cedar"),
        ("c:mean", "located_at", "p:cedar"), ("c:fury", "located_at", "p:carowinds"), ("c:kingda", "located_at", "p:greatadv"),
        ("c:nemesis", "located_at", "p:alton"), ("c:smiler", "located_at", "p:alton"), ("c:taron", "located_at", "p:phantasia"),
        ("d:hex", "located_at", "p:alton"), ("d:mansion", "located_at", "p:disneyland"), ("d:pirates", "located_at", "p:disneyland"),
        ("d:spiderman", "located_at", "p:ioa"), ("w:splash", "located_at", "p:disneyland"), ("w:congo", "located_at", "p:alton"),
        ("w:chiapas", "located_at", "p:phantasia"), ("t:euro", "located_at", "p:europa"), ("t:skyhawk", "located_at", "p:cedar"),
        ("c:mforce", "manufactured_by", "m:intamin"), ("c:ttd", "manufactured_by", "m:intamin"), ("c:kingda", "manufactured_by", "m:intamin"),
        ("c:taron", "manufactured_by", "m:intamin"), ("c:fury", "manufactured_by", "m:bm"), ("c:nemesis", "manufactured_by", "m:bm"),
        ("c:steel", "manufactured_by", "m:rmc"), ("c:smiler", "manufactured_by", "m:gerst"), ("c:mean", "manufactured_by", "m:dinn"),
        ("d:hex", "manufactured_by", "m:vekoma"), ("d:mansion", "manufactured_by", "m:arrow"), ("d:pirates", "manufactured_by", "m:arrow"),
        ("d:spiderman", "manufactured_by", "m:oceaneering"), ("w:splash", "manufactured_by", "m:hopkins"), ("w:congo", "manufactured_by", "m:intamin"),
        ("w:chiapas", "manufactured_by", "m:intamin"), ("t:euro", "manufactured_by", "m:intamin"), ("t:skyhawk", "manufactured_by", "m:mack"),
        ("c:mforce", "designed_by", "e:stengel"), ("c:ttd", "designed_by", "e:stengel"), ("c:kingda", "designed_by", "e:stengel"),
        ("c:steel", "designed_by", "e:schilke"), ("c:nemesis", "designed_by", "e:wardley"), ("c:smiler", "designed_by", "e:wardley"),
        ("d:hex", "designed_by", "e:wardley"), ("d:mansion", "designed_by", "e:coats"), ("d:pirates", "designed_by", "e:davis"),
        ("d:spiderman", "designed_by", "e:trowbridge"), ("c:mean", "designed_by", "e:summers"), ("w:splash", "designed_by", "e:davis"),
        ("c:mforce", "built_by", "b:kiewit"), ("c:ttd", "built_by", "b:kiewit"), ("t:euro", "built_by", "b:vinci"),
        ("c:mforce", "commissioned_by", "x:kinzel"), ("c:ttd", "commissioned_by", "x:kinzel"), ("c:smiler", "commissioned_by", "x:varney"),
        ("d:hex", "commissioned_by", "x:varney"),
        ("c:steel", "replaced", "c:mean"), ("c:smiler", "replaced", "w:congo"),
        ("c:smiler", "has", "f:loop"), ("c:taron", "has", "f:launch"), ("c:ttd", "has", "f:launch"), ("c:kingda", "has", "f:launch"),
        ("w:splash", "has", "f:splash"), ("w:chiapas", "has", "f:splash"), ("c:nemesis", "has", "f:loop"),
        ("c:steel", "has", "f:drop"), ("d:hex", "has", "f:vortex"), ("c:taron", "has", "f:section"),
        ("f:loop", "invented_by", "e:beecher"), ("f:launch", "invented_by", "e:schwarzkopf"), ("f:launch", "invented_by", "e:stengel"),
        ("f:drop", "invented_by", "e:schilke"), ("f:vortex", "invented_by", "e:wardley"),
        ("w:splash", "themed_after", "m:songofsouth"), ("d:pirates", "themed_after", "m:potc"),
        ("p:cedar", "owned_by", "o:cedarfair"), ("p:carowinds", "owned_by", "o:cedarfair"), ("p:greatadv", "owned_by", "o:sixflags"),
        ("p:alton", "owned_by", "o:merlin"), ("p:disneyland", "owned_by", "o:disney"), ("p:ioa", "owned_by", "o:comcast"),
        ("p:europa", "owned_by", "o:mackfam"), ("p:phantasia", "owned_by", "o:loeffelhardt"),
        ("p:cedar", "operated_by", "o:cedarfair"), ("p:greatadv", "operated_by", "o:sixflags"), ("p:alton", "operated_by", "o:merlin"),
        ("p:ioa", "operated_by", "o:universal"), ("p:disneyland", "operated_by", "o:disney"),
        ("p:cedar", "park_in", "y:sandusky"), ("p:carowinds", "park_in", "y:charlotte"), ("p:greatadv", "park_in", "y:jackson"),
        ("p:alton", "park_in", "y:alton"), ("p:phantasia", "park_in", "y:bruehl"), ("p:disneyland", "park_in", "y:anaheim"),
        ("p:ioa", "park_in", "y:orlando"), ("p:europa", "park_in", "y:rust"),
        ("user:mia", "rated", "c:mforce", {"rating": 5.0}), ("user:mia", "rated", "d:hex", {"rating": 4.5}),
        ("user:mia", "rated", "c:smiler", {"rating": 2.0}),
    ]
    aliases = {"c:ttd": ("Dragster",), "d:spiderman": ("Spider-Man",)}
    return _build(items, others, rels, T_, users=[("user:mia", "Mia")], aliases=aliases)


def airlines():
    """Airlines and airports (items) of three types: "flag_carrier" and "budget_airline" (founding
    year; "flag carrier" is also the noun of "is the flag carrier of" a country, present, next to
    "was the flag carrier of", past) and "international_airport" (year opened); airlines "are based
    in" a city (present: "has its base in") next to "was based in" (past), "were founded by" next to
    "were funded by", "launched" a loyalty programme (a product launch), "operate" aircraft, "are
    members of" alliances; airports "are a hub for" next to "are a base for" airlines, "are located
    in", "are managed by" next to "are owned by", "are named after"; people who "are the chief
    executive of" (present) next to "were the chief executive of" (past) an airline; alliances
    "are headquartered in" a city; a user."""
    AL = ("flag_carrier", "budget_airline")
    rels = [
        R("flag_of", phrase="is the flag carrier of", inverse_phrase="has as its flag carrier", domain=("flag_carrier",), range=("country",)),
        R("was_flag_of", phrase="was the flag carrier of", inverse_phrase="once had as its flag carrier", domain=("flag_carrier",), range=("country",)),
        R("based_in", phrase="is based in", inverse_phrase="is the home of", domain=AL, range=("city",)),
        R("was_based_in", phrase="was based in", inverse_phrase="was the home of", domain=AL, range=("city",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=AL, range=("businessman",)),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=AL, range=("investor",)),
        R("launched", phrase="launched", inverse_phrase="was launched by", domain=AL, range=("loyalty programme",)),
        R("operates", phrase="operates", inverse_phrase="is operated by", domain=AL, range=("aircraft",)),
        R("member_of", phrase="is a member of", inverse_phrase="includes", domain=AL, range=("alliance",)),
        R("hub_for", phrase="is a hub for", inverse_phrase="uses as a hub", domain=("international_airport",), range=AL),
        R("base_for", phrase="is a base for", inverse_phrase="has a base at", domain=("international_airport",), range=AL),
        R("ap_located_in", phrase="is located in", inverse_phrase="is the location of", domain=("international_airport",), range=("city",)),
        R("managed_by", phrase="is managed by", inverse_phrase="manages", domain=("international_airport",), range=("airport operator",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("international_airport",), range=("airport operator", "council", "government")),
        R("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=("international_airport",), range=("politician",)),
        R("ceo_of", phrase="is the chief executive of", inverse_phrase="is led by", domain=("businessman",), range=AL),
        R("was_ceo_of", phrase="was the chief executive of", inverse_phrase="was once led by", domain=("businessman",), range=AL),
        R("hq_in", phrase="is headquartered in", inverse_phrase="hosts the headquarters of", domain=("alliance",), range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "a:lufthansa": ("flag_carrier", "Lufthansa", 1953), "a:ba": ("flag_carrier", "British Airways", 1974),
        "a:klm": ("flag_carrier", "KLM", 1919), "a:aerlingus": ("flag_carrier", "Aer Lingus", 1936),
        "a:swissair": ("flag_carrier", "Swissair", 1931), "a:sabena": ("flag_carrier", "Sabena", 1923),
        "a:alitalia": ("flag_carrier", "Alitalia", 1946), "a:swiss": ("flag_carrier", "Swiss International Air Lines", 2002),
        "a:ita": ("flag_carrier", "ITA Airways", 2020), "a:brussels": ("flag_carrier", "Brussels Airlines", 2006),
        "l:ryanair": ("budget_airline", "Ryanair", 1984), "l:easyjet": ("budget_airline", "easyJet", 1995),
        "l:wizz": ("budget_airline", "Wizz Air", 2003), "l:norwegian": ("budget_airline", "Norwegian Air Shuttle", 1993),
        "l:vueling": ("budget_airline", "Vueling", 2004),
        "p:heathrow": ("international_airport", "Heathrow Airport", 1946), "p:fra": ("international_airport", "Frankfurt Airport", 1936),
        "p:dublin": ("international_airport", "Dublin Airport", 1940), "p:stansted": ("international_airport", "Stansted Airport", 1943),
        "p:luton": ("international_airport", "Luton Airport", 1938), "p:schiphol": ("international_airport", "Schiphol", 1916),
        "p:muc": ("international_airport", "Munich Airport", 1992), "p:zrh": ("international_airport", "Zurich Airport", 1948),
        "p:bru": ("international_airport", "Brussels Airport", 1958),
    }
    others = {
        "c:germany": ("country", "Germany"), "c:uk": ("country", "United Kingdom"), "c:nl": ("country", "Netherlands"),
        "c:ireland": ("country", "Ireland"), "c:switzerland": ("country", "Switzerland"), "c:belgium": ("country", "Belgium"),
        "c:italy": ("country", "Italy"),
        "y:cologne": ("city", "Cologne"), "y:london": ("city", "London"), "y:amstelveen": ("city", "Amstelveen"),
        "y:dublin": ("city", "Dublin"), "y:basel": ("city", "Basel"), "y:rome": ("city", "Rome"), "y:brussels": ("city", "Brussels"),
        "y:luton": ("city", "Luton"), "y:budapest": ("city", "Budapest"), "y:fornebu": ("city", "Fornebu"),
        "y:barcelona": ("city", "Barcelona"), "y:waterford": ("city", "Waterford"), "y:zurich": ("city", "Zurich"),
        "y:hague": ("city", "The Hague"), "y:frankfurt": ("city", "Frankfurt"), "y:stansted": ("city", "Stansted Mountfitchet"),
        "y:haarlemmermeer": ("city", "Haarlemmermeer"), "y:freising": ("city", "Freising"), "y:kloten": ("city", "Kloten"),
        "y:zaventem": ("city", "Zaventem"), "y:newyork": ("city", "New York"), "y:amsterdam": ("city", "Amsterdam"),
        "b:ryan": ("businessman", "Tony Ryan"), "b:stelios": ("businessman", "Stelios Haji-Ioannou"),
        "b:varadi": ("businessman", "Jozsef Varadi"), "b:kjos": ("businessman", "Bjorn Kjos"),
        "b:spohr": ("businessman", "Carsten Spohr"), "b:oleary": ("businessman", "Michael O'Leary"),
        "b:lundgren": ("businessman", "Johan Lundgren"), "b:doyle": ("businessman", "Sean Doyle"),
        "b:walsh": ("businessman", "Willie Walsh"), "b:mccall": ("businessman", "Carolyn McCall"),
        "b:franz": ("businessman", "Christoph Franz"),
        "i:indigo": ("investor", "Indigo Partners"), "i:loucas": ("investor", "Loucas Haji-Ioannou"), "i:apax": ("investor", "Apax Partners"),
        "g:milesmore": ("loyalty programme", "Miles & More"), "g:exec": ("loyalty programme", "Executive Club"),
        "g:flyingblue": ("loyalty programme", "Flying Blue"), "g:aerclub": ("loyalty programme", "AerClub"),
        "k:a380": ("aircraft", "Airbus A380"), "k:b747": ("aircraft", "Boeing 747-8"), "k:b777": ("aircraft", "Boeing 777"),
        "k:b737": ("aircraft", "Boeing 737"), "k:a320": ("aircraft", "Airbus A320"), "k:a321": ("aircraft", "Airbus A321"),
        "n:star": ("alliance", "Star Alliance"), "n:oneworld": ("alliance", "Oneworld"), "n:skyteam": ("alliance", "SkyTeam"),
        "o:hah": ("airport operator", "Heathrow Airport Holdings"), "o:fraport": ("airport operator", "Fraport"),
        "o:daa": ("airport operator", "daa"), "o:mag": ("airport operator", "Manchester Airports Group"),
        "o:llaol": ("airport operator", "London Luton Airport Operations"), "o:schiphol": ("airport operator", "Royal Schiphol Group"),
        "o:fmg": ("airport operator", "Flughafen Muenchen GmbH"), "o:fzag": ("airport operator", "Flughafen Zurich AG"),
        "o:bac": ("airport operator", "Brussels Airport Company"),
        "o:lbc": ("council", "Luton Borough Council"), "o:irgov": ("government", "Government of Ireland"),
        "x:strauss": ("politician", "Franz Josef Strauss"),
    }
    T_ = [
        ("a:lufthansa", "flag_of", "c:germany"), ("a:ba", "flag_of", "c:uk"), ("a:klm", "flag_of", "c:nl"),
        ("a:aerlingus", "flag_of", "c:ireland"), ("a:swiss", "flag_of", "c:switzerland"), ("a:ita", "flag_of", "c:italy"),
        ("a:brussels", "flag_of", "c:belgium"),
        ("a:swissair", "was_flag_of", "c:switzerland"), ("a:sabena", "was_flag_of", "c:belgium"), ("a:alitalia", "was_flag_of", "c:italy"),
        ("a:lufthansa", "based_in", "y:cologne"), ("a:ba", "based_in", "y:london"), ("a:klm", "based_in", "y:amstelveen"),
        ("a:aerlingus", "based_in", "y:dublin"), ("a:swiss", "based_in", "y:basel"), ("a:ita", "based_in", "y:rome"),
        ("a:brussels", "based_in", "y:brussels"), ("l:ryanair", "based_in", "y:dublin"), ("l:easyjet", "based_in", "y:luton"),
        ("l:wizz", "based_in", "y:budapest"), ("l:norwegian", "based_in", "y:fornebu"), ("l:vueling", "based_in", "y:barcelona"),
        ("l:ryanair", "was_based_in", "y:waterford"), ("a:swissair", "was_based_in", "y:zurich"), ("a:sabena", "was_based_in", "y:brussels"),
        ("a:alitalia", "was_based_in", "y:rome"), ("a:klm", "was_based_in", "y:hague"),
        ("l:ryanair", "founded_by", "b:ryan"), ("l:easyjet", "founded_by", "b:stelios"), ("l:wizz", "founded_by", "b:varadi"),
        ("l:norwegian", "founded_by", "b:kjos"),
        ("l:wizz", "funded_by", "i:indigo"), ("l:easyjet", "funded_by", "i:loucas"), ("l:vueling", "funded_by", "i:apax"),
        ("a:lufthansa", "launched", "g:milesmore"), ("a:ba", "launched", "g:exec"), ("a:klm", "launched", "g:flyingblue"),
        ("a:aerlingus", "launched", "g:aerclub"),
        ("a:lufthansa", "operates", "k:a380"), ("a:lufthansa", "operates", "k:b747"), ("a:ba", "operates", "k:a380"),
        ("a:ba", "operates", "k:b777"), ("a:klm", "operates", "k:b777"), ("l:ryanair", "operates", "k:b737"),
        ("l:easyjet", "operates", "k:a320"), ("l:wizz", "operates", "k:a321"), ("l:vueling", "operates", "k:a320"),
        ("a:lufthansa", "member_of", "n:star"), ("a:swiss", "member_of", "n:star"), ("a:brussels", "member_of", "n:star"),
        ("a:ba", "member_of", "n:oneworld"), ("a:klm", "member_of", "n:skyteam"), ("a:ita", "member_of", "n:skyteam"),
        ("p:fra", "hub_for", "a:lufthansa"), ("p:muc", "hub_for", "a:lufthansa"), ("p:heathrow", "hub_for", "a:ba"),
        ("p:schiphol", "hub_for", "a:klm"), ("p:dublin", "hub_for", "a:aerlingus"), ("p:zrh", "hub_for", "a:swiss"),
        ("p:bru", "hub_for", "a:brussels"),
        ("p:stansted", "base_for", "l:ryanair"), ("p:dublin", "base_for", "l:ryanair"), ("p:luton", "base_for", "l:easyjet"),
        ("p:luton", "base_for", "l:wizz"), ("p:stansted", "base_for", "l:easyjet"),
        ("p:heathrow", "ap_located_in", "y:london"), ("p:fra", "ap_located_in", "y:frankfurt"), ("p:dublin", "ap_located_in", "y:dublin"),
        ("p:stansted", "ap_located_in", "y:stansted"), ("p:luton", "ap_located_in", "y:luton"), ("p:schiphol", "ap_located_in", "y:haarlemmermeer"),
        ("p:muc", "ap_located_in", "y:freising"), ("p:zrh", "ap_located_in", "y:kloten"), ("p:bru", "ap_located_in", "y:zaventem"),
        ("p:heathrow", "managed_by", "o:hah"), ("p:fra", "managed_by", "o:fraport"), ("p:dublin", "managed_by", "o:daa"),
        ("p:stansted", "managed_by", "o:mag"), ("p:luton", "managed_by", "o:llaol"), ("p:schiphol", "managed_by", "o:schiphol"),
        ("p:muc", "managed_by", "o:fmg"), ("p:zrh", "managed_by", "o:fzag"), ("p:bru", "managed_by", "o:bac"),
        ("p:luton", "owned_by", "o:lbc"), ("p:stansted", "owned_by", "o:mag"), ("p:dublin", "owned_by", "o:irgov"),
        ("p:muc", "named_after", "x:strauss"),
        ("b:spohr", "ceo_of", "a:lufthansa"), ("b:oleary", "ceo_of", "l:ryanair"), ("b:lundgren", "ceo_of", "l:easyjet"),
        ("b:doyle", "ceo_of", "a:ba"), ("b:varadi", "ceo_of", "l:wizz"),
        ("b:walsh", "was_ceo_of", "a:ba"), ("b:walsh", "was_ceo_of", "a:aerlingus"), ("b:mccall", "was_ceo_of", "l:easyjet"),
        ("b:franz", "was_ceo_of", "a:lufthansa"), ("b:franz", "was_ceo_of", "a:swiss"), ("b:stelios", "was_ceo_of", "l:easyjet"),
        ("n:star", "hq_in", "y:frankfurt"), ("n:oneworld", "hq_in", "y:newyork"), ("n:skyteam", "hq_in", "y:amsterdam"),
        ("user:leo", "rated", "a:klm", {"rating": 5.0}), ("user:leo", "rated", "l:ryanair", {"rating": 1.5}),
        ("user:leo", "rated", "p:schiphol", {"rating": 4.5}),
    ]
    aliases = {"p:heathrow": ("Heathrow",), "p:stansted": ("London Stansted", "Stansted"), "p:luton": ("London Luton",),
               "p:schiphol": ("Amsterdam Airport Schiphol",), "a:swiss": ("Swiss",), "p:muc": ("Franz Josef Strauss Airport",)}
    return _build(items, others, rels, T_, users=[("user:leo", "Leo")], aliases=aliases)


def media():
    """Newspapers, magazines (founding year) and news channels (a type of two words, "news_channel",
    launch year); "is published in" (papers) next to "broadcasts from" (channels), "is owned by"
    (present) next to "was owned by" (past); people who "are the editor of" (present) next to "were
    the editor of" (past) and "are the founding editor of" (a present phrase of the first editor); "was
    founded by" next to "was funded by"; "launched" a supplement (a product launch); "has" a format
    or a feature next to "had" (past); a user."""
    P = ("newspaper", "magazine")
    rels = [
        R("published_in", phrase="is published in", inverse_phrase="is the home of", domain=P, range=("city",)),
        R("broadcasts_from", phrase="broadcasts from", inverse_phrase="is the base of", domain=("news_channel",), range=("city",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=(*P, "news_channel"), range=("media company", "trust")),
        R("was_owned_by", phrase="was owned by", inverse_phrase="once owned", domain=(*P, "news_channel"), range=("media company", "family")),
        R("editor_of", phrase="is the editor of", inverse_phrase="is edited by", domain=("journalist",), range=P),
        R("was_editor_of", phrase="was the editor of", inverse_phrase="was edited by", domain=("journalist",), range=P),
        R("founding_editor_of", phrase="is the founding editor of", inverse_phrase="has as its founding editor", domain=("journalist",), range=P),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=(*P, "news_channel"), range=("journalist", "businessman")),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=(*P, "news_channel"), range=("businessman", "group")),
        R("launched", phrase="launched", inverse_phrase="was launched by", domain=P, range=("supplement",)),
        R("has", phrase="has", inverse_phrase="is a feature of", domain=P, range=("format", "feature")),
        R("had", phrase="had", inverse_phrase="was a feature of", domain=P, range=("format", "feature")),
        R("presents_on", phrase="presents on", inverse_phrase="is presented by", domain=("journalist",), range=("news_channel",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "n:guardian": ("newspaper", "The Guardian", 1821), "n:times": ("newspaper", "The Times", 1785),
        "n:nyt": ("newspaper", "The New York Times", 1851), "n:ft": ("newspaper", "Financial Times", 1888),
        "n:wapo": ("newspaper", "The Washington Post", 1877), "n:lemonde": ("newspaper", "Le Monde", 1944),
        "n:observer": ("newspaper", "The Observer", 1791),
        "m:newyorker": ("magazine", "The New Yorker", 1925), "m:economist": ("magazine", "The Economist", 1843),
        "m:spectator": ("magazine", "The Spectator", 1828), "m:eye": ("magazine", "Private Eye", 1961),
        "t:sky": ("news_channel", "Sky News", 1989), "t:cnn": ("news_channel", "CNN", 1980),
        "t:bbcnc": ("news_channel", "BBC News Channel", 1997), "t:aje": ("news_channel", "Al Jazeera English", 2006),
        "t:euronews": ("news_channel", "Euronews", 1993),
    }
    others = {
        "y:london": ("city", "London"), "y:manchester": ("city", "Manchester"), "y:newyork": ("city", "New York"),
        "y:washington": ("city", "Washington"), "y:paris": ("city", "Paris"), "y:atlanta": ("city", "Atlanta"),
        "y:doha": ("city", "Doha"), "y:lyon": ("city", "Lyon"),
        "o:scott": ("trust", "Scott Trust"), "o:newsuk": ("media company", "News UK"), "o:nytco": ("media company", "The New York Times Company"),
        "o:nikkei": ("media company", "Nikkei"), "o:nash": ("media company", "Nash Holdings"), "o:economistgroup": ("media company", "Economist Group"),
        "o:conde": ("media company", "Conde Nast"), "o:comcast": ("media company", "Comcast"), "o:wbd": ("media company", "Warner Bros. Discovery"),
        "o:pearson": ("media company", "Pearson"), "o:graham": ("family", "Graham family"), "o:thomson": ("media company", "Thomson Organisation"),
        "o:barclay": ("family", "Barclay family"), "o:turner": ("media company", "Turner Broadcasting System"),
        "o:bbc": ("media company", "BBC"), "o:aljazeera": ("media company", "Al Jazeera Media Network"), "o:alpac": ("media company", "Alpac Capital"),
        "o:lemondegroup": ("media company", "Groupe Le Monde"), "o:gmg": ("media company", "Guardian Media Group"),
        "j:viner": ("journalist", "Katharine Viner"), "j:rusbridger": ("journalist", "Alan Rusbridger"), "j:cpscott": ("journalist", "C. P. Scott"),
        "j:khalaf": ("journalist", "Roula Khalaf"), "j:barber": ("journalist", "Lionel Barber"), "j:remnick": ("journalist", "David Remnick"),
        "j:ross": ("journalist", "Harold Ross"), "j:beddoes": ("journalist", "Zanny Minton Beddoes"), "j:wilson": ("journalist", "James Wilson"),
        "j:bagehot": ("journalist", "Walter Bagehot"), "j:gallagher": ("journalist", "Tony Gallagher"), "j:johnson": ("journalist", "Boris Johnson"),
        "j:gove": ("journalist", "Michael Gove"), "j:hislop": ("journalist", "Ian Hislop"), "j:ingrams": ("journalist", "Richard Ingrams"),
        "j:taylor": ("journalist", "John Edward Taylor"), "j:walter": ("journalist", "John Walter"), "j:raymond": ("journalist", "Henry Jarvis Raymond"),
        "j:beuve": ("journalist", "Hubert Beuve-Mery"), "j:burley": ("journalist", "Kay Burley"), "j:amanpour": ("journalist", "Christiane Amanpour"),
        "j:reynolds": ("journalist", "Paul Reynolds"),
        "b:turner": ("businessman", "Ted Turner"), "b:fleischmann": ("businessman", "Raoul Fleischmann"), "b:murdoch": ("businessman", "Rupert Murdoch"),
        "g:littlecircle": ("group", "Little Circle"), "g:ebu": ("group", "European Broadcasting Union"),
        "s:tls": ("supplement", "The Times Literary Supplement"), "s:nytmag": ("supplement", "The New York Times Magazine"),
        "s:htsi": ("supplement", "How to Spend It"), "s:weekend": ("supplement", "Guardian Weekend"),
        "f:tabloid": ("format", "tabloid format"), "f:berliner": ("format", "Berliner format"), "f:broadsheet": ("format", "broadsheet format"),
        "f:paywall": ("feature", "paywall"), "f:crossword": ("feature", "cryptic crossword"), "f:pink": ("feature", "pink paper"),
    }
    T_ = [
        ("n:guardian", "published_in", "y:london"), ("n:times", "published_in", "y:london"), ("n:nyt", "published_in", "y:newyork"),
        ("n:ft", "published_in", "y:london"), ("n:wapo", "published_in", "y:washington"), ("n:lemonde", "published_in", "y:paris"),
        ("n:observer", "published_in", "y:london"), ("m:newyorker", "published_in", "y:newyork"), ("m:economist", "published_in", "y:london"),
        ("m:spectator", "published_in", "y:london"), ("m:eye", "published_in", "y:london"),
        ("t:sky", "broadcasts_from", "y:london"), ("t:cnn", "broadcasts_from", "y:atlanta"), ("t:bbcnc", "broadcasts_from", "y:london"),
        ("t:aje", "broadcasts_from", "y:doha"), ("t:euronews", "broadcasts_from", "y:lyon"),
        ("n:guardian", "owned_by", "o:scott"), ("n:times", "owned_by", "o:newsuk"), ("n:nyt", "owned_by", "o:nytco"),
        ("n:ft", "owned_by", "o:nikkei"), ("n:wapo", "owned_by", "o:nash"), ("n:lemonde", "owned_by", "o:lemondegroup"),
        ("m:economist", "owned_by", "o:economistgroup"), ("m:newyorker", "owned_by", "o:conde"), ("t:sky", "owned_by", "o:comcast"),
        ("t:cnn", "owned_by", "o:wbd"), ("t:bbcnc", "owned_by", "o:bbc"), ("t:aje", "owned_by", "o:aljazeera"), ("t:euronews", "owned_by", "o:alpac"),
        ("n:ft", "was_owned_by", "o:pearson"), ("n:wapo", "was_owned_by", "o:graham"), ("n:times", "was_owned_by", "o:thomson"),
        ("m:spectator", "was_owned_by", "o:barclay"), ("t:cnn", "was_owned_by", "o:turner"), ("n:observer", "was_owned_by", "o:gmg"),
        ("j:viner", "editor_of", "n:guardian"), ("j:khalaf", "editor_of", "n:ft"), ("j:remnick", "editor_of", "m:newyorker"),
        ("j:beddoes", "editor_of", "m:economist"), ("j:gallagher", "editor_of", "n:times"), ("j:gove", "editor_of", "m:spectator"),
        ("j:hislop", "editor_of", "m:eye"),
        ("j:rusbridger", "was_editor_of", "n:guardian"), ("j:cpscott", "was_editor_of", "n:guardian"), ("j:barber", "was_editor_of", "n:ft"),
        ("j:ross", "was_editor_of", "m:newyorker"), ("j:bagehot", "was_editor_of", "m:economist"), ("j:johnson", "was_editor_of", "m:spectator"),
        ("j:ingrams", "was_editor_of", "m:eye"),
        ("j:ross", "founding_editor_of", "m:newyorker"), ("j:wilson", "founding_editor_of", "m:economist"), ("j:ingrams", "founding_editor_of", "m:eye"),
        ("j:taylor", "founding_editor_of", "n:guardian"),
        ("n:guardian", "founded_by", "j:taylor"), ("n:times", "founded_by", "j:walter"), ("n:nyt", "founded_by", "j:raymond"),
        ("n:lemonde", "founded_by", "j:beuve"), ("m:newyorker", "founded_by", "j:ross"), ("m:economist", "founded_by", "j:wilson"),
        ("m:eye", "founded_by", "j:ingrams"), ("t:cnn", "founded_by", "b:turner"),
        ("n:guardian", "funded_by", "g:littlecircle"), ("m:newyorker", "funded_by", "b:fleischmann"), ("t:euronews", "funded_by", "g:ebu"),
        ("t:sky", "funded_by", "b:murdoch"),
        ("n:times", "launched", "s:tls"), ("n:nyt", "launched", "s:nytmag"), ("n:ft", "launched", "s:htsi"), ("n:guardian", "launched", "s:weekend"),
        ("n:guardian", "has", "f:tabloid"), ("n:guardian", "had", "f:berliner"), ("n:guardian", "had", "f:broadsheet"),
        ("n:times", "has", "f:paywall"), ("n:times", "has", "f:crossword"), ("n:times", "had", "f:broadsheet"),
        ("n:ft", "has", "f:pink"), ("n:ft", "has", "f:paywall"), ("n:ft", "has", "f:broadsheet"),
        ("n:nyt", "has", "f:paywall"), ("n:nyt", "has", "f:broadsheet"), ("n:guardian", "has", "f:crossword"),
        ("n:observer", "has", "f:tabloid"), ("n:observer", "had", "f:berliner"),
        ("j:burley", "presents_on", "t:sky"), ("j:amanpour", "presents_on", "t:cnn"), ("j:reynolds", "presents_on", "t:bbcnc"),
        ("user:zoe", "rated", "n:guardian", {"rating": 5.0}), ("user:zoe", "rated", "m:eye", {"rating": 4.5}),
        ("user:zoe", "rated", "t:cnn", {"rating": 2.0}),
    ]
    aliases = {"n:guardian": ("Guardian", "the Guardian"), "n:nyt": ("the New York Times", "New York Times"),
               "n:ft": ("the FT", "the Financial Times"), "n:wapo": ("the Washington Post", "Washington Post"),
               "m:economist": ("the Economist", "Economist"), "m:newyorker": ("the New Yorker",),
               "m:spectator": ("the Spectator",), "n:times": ("the Times",), "n:observer": ("the Observer",)}
    return _build(items, others, rels, T_, users=[("user:zoe", "Zoe")], aliases=aliases)


def shows():
    """Films (genres Romance, Comedy, Drama, Action, Horror, Musical; free-text tags, some made only
    of genre words: "romantic comedy", "action comedy", "horror comedy", "romantic drama"), stage
    musicals (a type of two words, "stage_musical"; "has music by" next to "has lyrics by" and "has a
    book by": "words", "tune") and circuses (a type noun in "-s": "the circus", "both circuses"; "is
    based in" next to "was based in", "was founded by" next to "was funded by"); films "are directed
    by", "are written by" (pen), "have music by"; musicals "premiered at" a theatre that "stands on"
    a street or a square (Piccadilly Circus); a user."""
    rels = [
        R("has_genre", phrase="is a film of the genre", inverse_phrase="is the genre of", domain=("film",), range=("genre",), cues=("is a", "is an")),
        R("has_tag", phrase="is tagged", inverse_phrase="is a tag of", domain=("film",), range=("tag",), cues=("tagged", "is tagged as", "described as")),
        R("directed_by", phrase="is directed by", inverse_phrase="directed", domain=("film", "stage_musical"), range=("director",)),
        R("written_by", phrase="is written by", inverse_phrase="wrote", domain=("film",), range=("screenwriter", "director")),
        R("music_by", phrase="has music by", inverse_phrase="composed the music for", domain=("film", "stage_musical"), range=("composer",), inverse_cues=("composed", "scored")),
        R("lyrics_by", phrase="has lyrics by", inverse_phrase="wrote the lyrics for", domain=("stage_musical",), range=("lyricist", "composer"), inverse_cues=("penned",)),
        R("book_by", phrase="has a book by", inverse_phrase="wrote the book for", domain=("stage_musical",), range=("writer", "lyricist")),
        R("premiered_at", phrase="premiered at", inverse_phrase="staged the premiere of", domain=("stage_musical",), range=("theatre",)),
        R("stands_on", phrase="stands on", inverse_phrase="is the site of", domain=("theatre",), range=("street",)),
        R("based_on", phrase="is based on", inverse_phrase="is the basis of", domain=("stage_musical", "film"), range=("book",)),
        R("circus_based_in", phrase="is based in", inverse_phrase="is the home of", domain=("circus",), range=("city",)),
        R("circus_was_based_in", phrase="was based in", inverse_phrase="was the home of", domain=("circus",), range=("city",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("circus",), range=("impresario",)),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=("circus",), range=("government", "impresario")),
        R("circus_owned_by", phrase="is owned by", inverse_phrase="owns", domain=("circus",), range=("company",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "f:harry": ("film", "When Harry Met Sally", 1989), "f:notting": ("film", "Notting Hill", 1999),
        "f:notebook": ("film", "The Notebook", 2004), "f:shaun": ("film", "Shaun of the Dead", 2004),
        "f:rush": ("film", "Rush Hour", 1998), "f:diehard": ("film", "Die Hard", 1988), "f:titanic": ("film", "Titanic", 1997),
        "f:shining": ("film", "The Shining", 1980), "f:lalaland": ("film", "La La Land", 2016), "f:airplane": ("film", "Airplane!", 1980),
        "f:pretty": ("film", "Pretty Woman", 1990), "f:loveactually": ("film", "Love Actually", 2003),
        "f:zombieland": ("film", "Zombieland", 2009),
        "s:cats": ("stage_musical", "Cats", 1981), "s:lesmis": ("stage_musical", "Les Miserables", 1985),
        "s:phantom": ("stage_musical", "The Phantom of the Opera", 1986), "s:evita": ("stage_musical", "Evita", 1978),
        "s:jcs": ("stage_musical", "Jesus Christ Superstar", 1971), "s:hamilton": ("stage_musical", "Hamilton", 2015),
        "s:wicked": ("stage_musical", "Wicked", 2003), "s:wss": ("stage_musical", "West Side Story", 1957),
        "s:cabaret": ("stage_musical", "Cabaret", 1966),
        "x:cirque": ("circus", "Cirque du Soleil", 1984), "x:roncalli": ("circus", "Circus Roncalli", 1976),
        "x:ringling": ("circus", "Ringling Bros. and Barnum & Bailey Circus", 1919), "x:bigapple": ("circus", "Big Apple Circus", 1977),
        "x:krone": ("circus", "Circus Krone", 1905), "x:zippos": ("circus", "Zippos Circus", 1986),
    }
    others = {
        "g:romance": ("genre", "Romance"), "g:comedy": ("genre", "Comedy"), "g:drama": ("genre", "Drama"),
        "g:action": ("genre", "Action"), "g:horror": ("genre", "Horror"), "g:musical": ("genre", "Musical"),
        "t:romcom": ("tag", "romantic comedy"), "t:actcom": ("tag", "action comedy"), "t:horcom": ("tag", "horror comedy"),
        "t:romdrama": ("tag", "romantic drama"), "t:spoof": ("tag", "spoof"), "t:christmas": ("tag", "christmas"),
        "t:zombies": ("tag", "zombies"),
        "d:reiner": ("director", "Rob Reiner"), "d:michell": ("director", "Roger Michell"), "d:cassavetes": ("director", "Nick Cassavetes"),
        "d:wright": ("director", "Edgar Wright"), "d:ratner": ("director", "Brett Ratner"), "d:mctiernan": ("director", "John McTiernan"),
        "d:cameron": ("director", "James Cameron"), "d:kubrick": ("director", "Stanley Kubrick"), "d:chazelle": ("director", "Damien Chazelle"),
        "d:zucker": ("director", "David Zucker"), "d:marshall": ("director", "Garry Marshall"), "d:curtis": ("director", "Richard Curtis"),
        "d:fleischer": ("director", "Ruben Fleischer"),
        "d:nunn": ("director", "Trevor Nunn"), "d:prince": ("director", "Harold Prince"), "d:kail": ("director", "Thomas Kail"),
        "d:robbins": ("director", "Jerome Robbins"),
        "w:ephron": ("screenwriter", "Nora Ephron"), "w:pegg": ("screenwriter", "Simon Pegg"), "w:demeo": ("screenwriter", "Jeff Nathanson"),
        "w:stuart": ("screenwriter", "Jeb Stuart"), "w:lawton": ("screenwriter", "J. F. Lawton"), "w:reese": ("screenwriter", "Rhett Reese"),
        "w:sardi": ("screenwriter", "Jan Sardi"), "w:johnson": ("screenwriter", "Diane Johnson"),
        "c:shaiman": ("composer", "Marc Shaiman"), "c:horner": ("composer", "James Horner"), "c:hurwitz": ("composer", "Justin Hurwitz"),
        "c:kamen": ("composer", "Michael Kamen"), "c:schifrin": ("composer", "Lalo Schifrin"),
        "c:alw": ("composer", "Andrew Lloyd Webber"), "c:schonberg": ("composer", "Claude-Michel Schonberg"),
        "c:miranda": ("composer", "Lin-Manuel Miranda"), "c:schwartz": ("composer", "Stephen Schwartz"),
        "c:bernstein": ("composer", "Leonard Bernstein"), "c:kander": ("composer", "John Kander"),
        "l:rice": ("lyricist", "Tim Rice"), "l:hart": ("lyricist", "Charles Hart"), "l:kretzmer": ("lyricist", "Herbert Kretzmer"),
        "l:sondheim": ("lyricist", "Stephen Sondheim"), "l:ebb": ("lyricist", "Fred Ebb"), "l:eliot": ("lyricist", "T. S. Eliot"),
        "b:laurents": ("writer", "Arthur Laurents"), "b:masteroff": ("writer", "Joe Masteroff"), "b:holzman": ("writer", "Winnie Holzman"),
        "h:apollo": ("theatre", "Apollo Victoria Theatre"), "h:newlondon": ("theatre", "New London Theatre"),
        "h:barbican": ("theatre", "Barbican Theatre"), "h:majesty": ("theatre", "Her Majesty's Theatre"),
        "h:prince": ("theatre", "Prince Edward Theatre"), "h:public": ("theatre", "The Public Theater"),
        "h:gershwin": ("theatre", "Gershwin Theatre"), "h:winter": ("theatre", "Winter Garden Theatre"), "h:broadhurst": ("theatre", "Broadhurst Theatre"),
        "h:pavilion": ("theatre", "London Pavilion"),
        "r:piccadilly": ("street", "Piccadilly Circus"), "r:haymarket": ("street", "Haymarket"), "r:broadway": ("street", "Broadway"),
        "r:drury": ("street", "Drury Lane"), "r:oldcompton": ("street", "Old Compton Street"),
        "k:hugo": ("book", "Les Miserables novel"), "k:leroux": ("book", "Le Fantome de l'Opera"), "k:possum": ("book", "Old Possum's Book of Practical Cats"),
        "k:maguire": ("book", "Wicked novel"), "k:sparks": ("book", "The Notebook novel"), "k:isherwood": ("book", "Goodbye to Berlin"),
        "k:king": ("book", "The Shining novel"),
        "y:montreal": ("city", "Montreal"), "y:cologne": ("city", "Cologne"), "y:sarasota": ("city", "Sarasota"),
        "y:newyork": ("city", "New York"), "y:munich": ("city", "Munich"), "y:london": ("city", "London"),
        "y:palmetto": ("city", "Palmetto"), "y:baraboo": ("city", "Baraboo"),
        "i:laliberte": ("impresario", "Guy Laliberte"), "i:paul": ("impresario", "Bernhard Paul"), "i:ringling": ("impresario", "John Ringling"),
        "i:binder": ("impresario", "Paul Binder"), "i:krone": ("impresario", "Carl Krone"), "i:burton": ("impresario", "Martin Burton"),
        "v:quebec": ("government", "Government of Quebec"),
        "o:feld": ("company", "Feld Entertainment"), "o:catalyst": ("company", "Catalyst Capital"),
    }
    T_ = [
        ("f:harry", "has_genre", "g:romance"), ("f:harry", "has_genre", "g:comedy"), ("f:harry", "has_tag", "t:romcom"),
        ("f:notting", "has_genre", "g:romance"), ("f:notting", "has_genre", "g:comedy"), ("f:notting", "has_tag", "t:romcom"),
        ("f:notebook", "has_genre", "g:romance"), ("f:notebook", "has_genre", "g:drama"), ("f:notebook", "has_tag", "t:romdrama"),
        ("f:shaun", "has_genre", "g:horror"), ("f:shaun", "has_genre", "g:comedy"), ("f:shaun", "has_tag", "t:horcom"),
        ("f:shaun", "has_tag", "t:zombies"),
        ("f:rush", "has_genre", "g:action"), ("f:rush", "has_genre", "g:comedy"), ("f:rush", "has_tag", "t:actcom"),
        ("f:diehard", "has_genre", "g:action"), ("f:diehard", "has_tag", "t:christmas"), ("f:diehard", "has_tag", "t:actcom"),
        ("f:titanic", "has_genre", "g:romance"), ("f:titanic", "has_genre", "g:drama"),
        ("f:shining", "has_genre", "g:horror"), ("f:lalaland", "has_genre", "g:musical"), ("f:lalaland", "has_genre", "g:romance"),
        ("f:lalaland", "has_genre", "g:drama"), ("f:airplane", "has_genre", "g:comedy"), ("f:airplane", "has_tag", "t:spoof"),
        ("f:pretty", "has_genre", "g:romance"), ("f:pretty", "has_genre", "g:comedy"),
        ("f:loveactually", "has_genre", "g:comedy"), ("f:loveactually", "has_tag", "t:romcom"), ("f:loveactually", "has_tag", "t:christmas"),
        ("f:zombieland", "has_genre", "g:comedy"), ("f:zombieland", "has_genre", "g:action"), ("f:zombieland", "has_tag", "t:horcom"),
        ("f:zombieland", "has_tag", "t:zombies"),
        ("f:harry", "directed_by", "d:reiner"), ("f:notting", "directed_by", "d:michell"), ("f:notebook", "directed_by", "d:cassavetes"),
        ("f:shaun", "directed_by", "d:wright"), ("f:rush", "directed_by", "d:ratner"), ("f:diehard", "directed_by", "d:mctiernan"),
        ("f:titanic", "directed_by", "d:cameron"), ("f:shining", "directed_by", "d:kubrick"), ("f:lalaland", "directed_by", "d:chazelle"),
        ("f:airplane", "directed_by", "d:zucker"), ("f:pretty", "directed_by", "d:marshall"), ("f:loveactually", "directed_by", "d:curtis"),
        ("f:zombieland", "directed_by", "d:fleischer"),
        ("s:cats", "directed_by", "d:nunn"), ("s:lesmis", "directed_by", "d:nunn"), ("s:phantom", "directed_by", "d:prince"),
        ("s:evita", "directed_by", "d:prince"), ("s:hamilton", "directed_by", "d:kail"), ("s:wss", "directed_by", "d:robbins"),
        ("s:cabaret", "directed_by", "d:prince"),
        ("f:harry", "written_by", "w:ephron"), ("f:shaun", "written_by", "w:pegg"), ("f:shaun", "written_by", "d:wright"),
        ("f:rush", "written_by", "w:demeo"), ("f:diehard", "written_by", "w:stuart"), ("f:titanic", "written_by", "d:cameron"),
        ("f:shining", "written_by", "d:kubrick"), ("f:shining", "written_by", "w:johnson"), ("f:lalaland", "written_by", "d:chazelle"),
        ("f:pretty", "written_by", "w:lawton"), ("f:loveactually", "written_by", "d:curtis"), ("f:notting", "written_by", "d:curtis"),
        ("f:zombieland", "written_by", "w:reese"), ("f:notebook", "written_by", "w:sardi"),
        ("f:harry", "music_by", "c:shaiman"), ("f:titanic", "music_by", "c:horner"), ("f:lalaland", "music_by", "c:hurwitz"),
        ("f:diehard", "music_by", "c:kamen"), ("f:rush", "music_by", "c:schifrin"),
        ("s:cats", "music_by", "c:alw"), ("s:phantom", "music_by", "c:alw"), ("s:evita", "music_by", "c:alw"), ("s:jcs", "music_by", "c:alw"),
        ("s:lesmis", "music_by", "c:schonberg"), ("s:hamilton", "music_by", "c:miranda"), ("s:wicked", "music_by", "c:schwartz"),
        ("s:wss", "music_by", "c:bernstein"), ("s:cabaret", "music_by", "c:kander"),
        ("s:cats", "lyrics_by", "l:eliot"), ("s:phantom", "lyrics_by", "l:hart"), ("s:evita", "lyrics_by", "l:rice"), ("s:jcs", "lyrics_by", "l:rice"),
        ("s:lesmis", "lyrics_by", "l:kretzmer"), ("s:hamilton", "lyrics_by", "c:miranda"), ("s:wicked", "lyrics_by", "c:schwartz"),
        ("s:wss", "lyrics_by", "l:sondheim"), ("s:cabaret", "lyrics_by", "l:ebb"),
        ("s:wss", "book_by", "b:laurents"), ("s:cabaret", "book_by", "b:masteroff"), ("s:wicked", "book_by", "b:holzman"),
        ("s:cats", "premiered_at", "h:newlondon"), ("s:lesmis", "premiered_at", "h:barbican"), ("s:phantom", "premiered_at", "h:majesty"),
        ("s:evita", "premiered_at", "h:prince"), ("s:hamilton", "premiered_at", "h:public"), ("s:wicked", "premiered_at", "h:gershwin"),
        ("s:wss", "premiered_at", "h:winter"), ("s:cabaret", "premiered_at", "h:broadhurst"), ("s:jcs", "premiered_at", "h:pavilion"),
        ("h:pavilion", "stands_on", "r:piccadilly"), ("h:majesty", "stands_on", "r:haymarket"), ("h:gershwin", "stands_on", "r:broadway"),
        ("h:winter", "stands_on", "r:broadway"), ("h:newlondon", "stands_on", "r:drury"), ("h:prince", "stands_on", "r:oldcompton"),
        ("s:lesmis", "based_on", "k:hugo"), ("s:phantom", "based_on", "k:leroux"), ("s:cats", "based_on", "k:possum"),
        ("s:wicked", "based_on", "k:maguire"), ("f:notebook", "based_on", "k:sparks"), ("s:cabaret", "based_on", "k:isherwood"),
        ("f:shining", "based_on", "k:king"),
        ("x:cirque", "circus_based_in", "y:montreal"), ("x:roncalli", "circus_based_in", "y:cologne"), ("x:bigapple", "circus_based_in", "y:newyork"),
        ("x:krone", "circus_based_in", "y:munich"), ("x:zippos", "circus_based_in", "y:london"), ("x:ringling", "circus_based_in", "y:palmetto"),
        ("x:ringling", "circus_was_based_in", "y:sarasota"), ("x:ringling", "circus_was_based_in", "y:baraboo"),
        ("x:cirque", "founded_by", "i:laliberte"), ("x:roncalli", "founded_by", "i:paul"), ("x:ringling", "founded_by", "i:ringling"),
        ("x:bigapple", "founded_by", "i:binder"), ("x:krone", "founded_by", "i:krone"), ("x:zippos", "founded_by", "i:burton"),
        ("x:cirque", "funded_by", "v:quebec"), ("x:roncalli", "funded_by", "i:paul"),
        ("x:ringling", "circus_owned_by", "o:feld"), ("x:cirque", "circus_owned_by", "o:catalyst"),
        ("user:eva", "rated", "f:harry", {"rating": 5.0}), ("user:eva", "rated", "s:cats", {"rating": 4.5}),
        ("user:eva", "rated", "x:krone", {"rating": 2.0}),
    ]
    aliases = {"x:ringling": ("Ringling Bros.", "the Ringling circus"), "s:lesmis": ("Les Mis",), "s:phantom": ("Phantom",),
               "f:airplane": ("Airplane",)}
    return _build(items, others, rels, T_, users=[("user:eva", "Eva")], aliases=aliases)


def coins():
    """Coins, medals and banknotes (items: year first issued): coins and medals "were struck at" a
    mint ("minted at", "came out of"), banknotes "were printed at" a works, the Victoria Cross "was
    made by" a jeweller ("came out of"); "was designed by" an artist, a sculptor or an engraver
    (drawing board, "the artist behind") next to "was engraved by" (die work), "depicts" people and
    animals, "is held by" a museum, "was issued by" a bank, "was instituted by" a monarch, "is named
    after" a person; "is a" a coin type (range "coin type": "takes the form of a bullion coin") next
    to "is in the form of" a shape (range "shape": no "is a"); hoards (year found) "were discovered
    by" one or two finders ("co-discovered") next to "were excavated by", "are displayed at"; a
    user."""
    CM = ("coin", "medal")
    rels = [
        R("struck_at", phrase="was struck at", inverse_phrase="struck", domain=CM, range=("mint",)),
        R("printed_at", phrase="was printed at", inverse_phrase="printed", domain=("banknote",), range=("printing works",)),
        R("made_by", phrase="was made by", inverse_phrase="made", domain=("medal",), range=("jeweller",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=(*CM, "banknote"), range=("sculptor", "artist", "engraver")),
        R("engraved_by", phrase="was engraved by", inverse_phrase="engraved", domain=CM, range=("engraver", "sculptor")),
        R("depicts", phrase="depicts", inverse_phrase="is depicted on", domain=(*CM, "banknote"), range=("person", "animal", "politician")),
        R("held_by", phrase="is held by", inverse_phrase="holds", domain=(*CM, "banknote"), range=("museum",)),
        R("issued_by", phrase="was issued by", inverse_phrase="issued", domain=(*CM, "banknote"), range=("bank", "government")),
        R("instituted_by", phrase="was instituted by", inverse_phrase="instituted", domain=("medal",), range=("monarch",)),
        R("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=(*CM,), range=("person", "monarch", "politician")),
        R("is_a", phrase="is a", inverse_phrase="is the type of", domain=("coin",), range=("coin type",)),
        R("shape", phrase="is in the form of", inverse_phrase="is the shape of", domain=("medal",), range=("shape",)),
        R("discovered_by", phrase="was discovered by", inverse_phrase="discovered", domain=("hoard",), range=("detectorist", "farmer", "archaeologist")),
        R("excavated_by", phrase="was excavated by", inverse_phrase="excavated", domain=("hoard",), range=("archaeologist",)),
        R("hoard_held_by", phrase="is displayed at", inverse_phrase="displays", domain=("hoard",), range=("museum",)),
        R("awarded_for", phrase="is awarded for", inverse_phrase="is rewarded with", domain=("medal",), range=("field",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "c:kruger": ("coin", "Krugerrand", 1967), "c:eagle": ("coin", "American Gold Eagle", 1986),
        "c:britannia": ("coin", "Britannia", 1987), "c:maple": ("coin", "Maple Leaf", 1979),
        "c:morgan": ("coin", "Morgan dollar", 1878), "c:buffalo": ("coin", "Buffalo nickel", 1913),
        "c:peace": ("coin", "Peace dollar", 1921), "c:kew": ("coin", "Kew Gardens 50p", 2009),
        "m:vc": ("medal", "Victoria Cross", 1856), "m:nobel": ("medal", "Nobel Prize medal", 1902),
        "m:fields": ("medal", "Fields Medal", 1936), "m:gc": ("medal", "George Cross", 1940),
        "m:copley": ("medal", "Copley Medal", 1731),
        "b:turing": ("banknote", "Turing £50 note", 2021), "b:churchill": ("banknote", "Churchill £5 note", 2016),
        "b:austen": ("banknote", "Austen £10 note", 2017),
        "h:hoxne": ("hoard", "Hoxne Hoard", 1992), "h:staffs": ("hoard", "Staffordshire Hoard", 2009),
        "h:mildenhall": ("hoard", "Mildenhall Treasure", 1942), "h:frome": ("hoard", "Frome Hoard", 2010),
        "h:suttonhoo": ("hoard", "Sutton Hoo treasure", 1939),
    }
    others = {
        "n:royal": ("mint", "Royal Mint"), "n:sa": ("mint", "South African Mint"), "n:westpoint": ("mint", "West Point Mint"),
        "n:rcm": ("mint", "Royal Canadian Mint"), "n:philly": ("mint", "Philadelphia Mint"), "n:denver": ("mint", "Denver Mint"),
        "n:myntverket": ("mint", "Myntverket"),
        "w:debden": ("printing works", "Debden"), "w:delarue": ("printing works", "De La Rue"),
        "j:hancocks": ("jeweller", "Hancocks"),
        "a:steynberg": ("sculptor", "Coert Steynberg"), "a:saintgaudens": ("sculptor", "Augustus Saint-Gaudens"),
        "a:nathan": ("engraver", "Philip Nathan"), "a:ott": ("artist", "Walter Ott"), "a:morgan": ("engraver", "George T. Morgan"),
        "a:fraser": ("sculptor", "James Earle Fraser"), "a:francisci": ("sculptor", "Anthony de Francisci"),
        "a:lebrun": ("artist", "Christopher Le Brun"), "a:lindberg": ("engraver", "Erik Lindberg"),
        "a:mckenzie": ("sculptor", "Robert Tait McKenzie"), "a:metcalfe": ("artist", "Percy Metcalfe"),
        "a:barber": ("engraver", "Charles E. Barber"), "a:stewart": ("artist", "Stephen Stewart"),
        "a:heppell": ("engraver", "Lucy Heppell"),
        "p:kruger": ("politician", "Paul Kruger"), "p:liberty": ("person", "Lady Liberty"), "p:turing": ("person", "Alan Turing"),
        "p:churchill": ("politician", "Winston Churchill"), "p:austen": ("person", "Jane Austen"), "p:nobel": ("person", "Alfred Nobel"),
        "p:fields": ("person", "John Charles Fields"), "p:copley": ("person", "Godfrey Copley"),
        "p:victoria": ("monarch", "Queen Victoria"), "p:george6": ("monarch", "George VI"), "p:george3": ("monarch", "George III"),
        "x:springbok": ("animal", "springbok"), "x:bison": ("animal", "bison"), "x:eagle": ("animal", "bald eagle"),
        "u:bm": ("museum", "British Museum"), "u:smithsonian": ("museum", "Smithsonian Institution"), "u:iwm": ("museum", "Imperial War Museum"),
        "k:boe": ("bank", "Bank of England"), "k:sarb": ("bank", "South African Reserve Bank"), "k:ustreasury": ("government", "United States Treasury"),
        "t:bullion": ("coin type", "bullion coin"), "t:circulating": ("coin type", "circulating coin"), "t:commemorative": ("coin type", "commemorative coin"),
        "s:pattee": ("shape", "cross pattee"), "s:cross": ("shape", "plain cross"), "s:disc": ("shape", "disc"),
        "q:lawes": ("detectorist", "Eric Lawes"), "q:herbert": ("detectorist", "Terry Herbert"), "q:butcher": ("farmer", "Gordon Butcher"),
        "q:ford": ("farmer", "Sydney Ford"), "q:crisp": ("detectorist", "Dave Crisp"), "q:brown": ("archaeologist", "Basil Brown"),
        "q:pretty": ("archaeologist", "Edith Pretty"), "q:phillips": ("archaeologist", "Charles Phillips"), "q:moorhead": ("archaeologist", "Sam Moorhead"),
        "u:ashmolean": ("museum", "Ashmolean Museum"), "u:potteries": ("museum", "Potteries Museum"),
        "d:gallantry": ("field", "gallantry"), "d:mathematics": ("field", "mathematics"), "d:science": ("field", "science"),
    }
    T_ = [
        ("c:kruger", "struck_at", "n:sa"), ("c:eagle", "struck_at", "n:westpoint"), ("c:britannia", "struck_at", "n:royal"),
        ("c:maple", "struck_at", "n:rcm"), ("c:morgan", "struck_at", "n:philly"), ("c:buffalo", "struck_at", "n:philly"),
        ("c:buffalo", "struck_at", "n:denver"), ("c:peace", "struck_at", "n:philly"), ("c:kew", "struck_at", "n:royal"),
        ("m:nobel", "struck_at", "n:myntverket"), ("m:fields", "struck_at", "n:rcm"), ("m:gc", "struck_at", "n:royal"),
        ("m:copley", "struck_at", "n:royal"),
        ("b:turing", "printed_at", "w:debden"), ("b:churchill", "printed_at", "w:delarue"), ("b:austen", "printed_at", "w:delarue"),
        ("m:vc", "made_by", "j:hancocks"),
        ("c:kruger", "designed_by", "a:steynberg"), ("c:eagle", "designed_by", "a:saintgaudens"), ("c:britannia", "designed_by", "a:nathan"),
        ("c:maple", "designed_by", "a:ott"), ("c:morgan", "designed_by", "a:morgan"), ("c:buffalo", "designed_by", "a:fraser"),
        ("c:peace", "designed_by", "a:francisci"), ("c:kew", "designed_by", "a:lebrun"), ("m:nobel", "designed_by", "a:lindberg"),
        ("m:fields", "designed_by", "a:mckenzie"), ("m:gc", "designed_by", "a:metcalfe"), ("b:turing", "designed_by", "a:stewart"),
        ("c:buffalo", "engraved_by", "a:barber"), ("c:peace", "engraved_by", "a:morgan"), ("c:kew", "engraved_by", "a:heppell"),
        ("c:kruger", "depicts", "p:kruger"), ("c:kruger", "depicts", "x:springbok"), ("c:eagle", "depicts", "p:liberty"),
        ("c:eagle", "depicts", "x:eagle"), ("c:buffalo", "depicts", "x:bison"), ("c:morgan", "depicts", "p:liberty"),
        ("b:turing", "depicts", "p:turing"), ("b:churchill", "depicts", "p:churchill"), ("b:austen", "depicts", "p:austen"),
        ("m:nobel", "depicts", "p:nobel"), ("m:fields", "depicts", "p:fields"),
        ("m:vc", "held_by", "u:iwm"), ("c:morgan", "held_by", "u:smithsonian"), ("c:buffalo", "held_by", "u:smithsonian"),
        ("c:kruger", "held_by", "u:bm"), ("m:copley", "held_by", "u:bm"),
        ("c:kruger", "issued_by", "k:sarb"), ("b:turing", "issued_by", "k:boe"), ("b:churchill", "issued_by", "k:boe"),
        ("b:austen", "issued_by", "k:boe"), ("c:eagle", "issued_by", "k:ustreasury"),
        ("m:vc", "instituted_by", "p:victoria"), ("m:gc", "instituted_by", "p:george6"),
        ("c:kruger", "named_after", "p:kruger"), ("m:gc", "named_after", "p:george6"), ("m:nobel", "named_after", "p:nobel"),
        ("m:fields", "named_after", "p:fields"), ("m:copley", "named_after", "p:copley"),
        ("c:kruger", "is_a", "t:bullion"), ("c:eagle", "is_a", "t:bullion"), ("c:britannia", "is_a", "t:bullion"),
        ("c:maple", "is_a", "t:bullion"), ("c:morgan", "is_a", "t:circulating"), ("c:buffalo", "is_a", "t:circulating"),
        ("c:peace", "is_a", "t:circulating"), ("c:kew", "is_a", "t:commemorative"), ("c:kew", "is_a", "t:circulating"),
        ("m:vc", "shape", "s:pattee"), ("m:gc", "shape", "s:cross"), ("m:nobel", "shape", "s:disc"), ("m:fields", "shape", "s:disc"),
        ("h:hoxne", "discovered_by", "q:lawes"), ("h:staffs", "discovered_by", "q:herbert"), ("h:mildenhall", "discovered_by", "q:butcher"),
        ("h:mildenhall", "discovered_by", "q:ford"), ("h:frome", "discovered_by", "q:crisp"), ("h:suttonhoo", "discovered_by", "q:brown"),
        ("h:suttonhoo", "excavated_by", "q:phillips"), ("h:suttonhoo", "excavated_by", "q:brown"), ("h:frome", "excavated_by", "q:moorhead"),
        ("h:hoxne", "hoard_held_by", "u:bm"), ("h:mildenhall", "hoard_held_by", "u:bm"), ("h:staffs", "hoard_held_by", "u:potteries"),
        ("h:suttonhoo", "hoard_held_by", "u:bm"), ("h:frome", "hoard_held_by", "u:ashmolean"),
        ("m:vc", "awarded_for", "d:gallantry"), ("m:gc", "awarded_for", "d:gallantry"), ("m:fields", "awarded_for", "d:mathematics"),
        ("m:copley", "awarded_for", "d:science"),
        ("user:ivo", "rated", "c:kruger", {"rating": 5.0}), ("user:ivo", "rated", "m:vc", {"rating": 4.5}),
        ("user:ivo", "rated", "b:turing", {"rating": 2.0}),
    ]
    aliases = {"c:eagle": ("Gold Eagle",), "c:maple": ("Canadian Maple Leaf",), "c:britannia": ("the Britannia",)}
    return _build(items, others, rels, T_, users=[("user:ivo", "Ivo")], aliases=aliases)


def opera():
    """Opera houses and concert halls (types of two words, "opera_house", "concert_hall": year
    opened), opera companies ("opera_company", sharing "opera" with "opera_house": year founded) and
    cathedrals (year completed) on a graph that founds things ("was founded by"); opera houses "were
    designed by" architects (drawing board, "engineer behind") next to "were engineered by" engineers
    (Ove Arup), "were built by" contractors and "were commissioned by" patrons, "are located in" cities, "are the home of" companies (present:
    "Y is X's home") next to "were the home of" (past); companies "are based in" a city (its base)
    next to "tour" cities, "were founded by" next to "were funded by"; operas "premiered at" houses;
    cathedrals "are the seat of" a bishop's see; a user."""
    H = ("opera_house", "concert_hall")
    rels = [
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=(*H, "cathedral"), range=("architect",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=(*H, "cathedral"), range=("contractor",)),
        R("engineered_by", phrase="was engineered by", inverse_phrase="engineered", domain=H, range=("engineer",)),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=(*H,), range=("patron", "monarch")),
        R("located_in", phrase="is located in", inverse_phrase="is the location of", domain=(*H, "cathedral"), range=("city",)),
        R("home_of", phrase="is the home of", inverse_phrase="performs at", domain=H, range=("opera_company", "orchestra")),
        R("was_home_of", phrase="was the home of", inverse_phrase="once performed at", domain=H, range=("opera_company", "orchestra")),
        R("based_in", phrase="is based in", inverse_phrase="is the home city of", domain=("opera_company",), range=("city",)),
        R("tours", phrase="tours", inverse_phrase="is toured by", domain=("opera_company",), range=("city",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("opera_company",), range=("impresario", "monarch")),
        R("funded_by", phrase="was funded by", inverse_phrase="funded", domain=("opera_company",), range=("patron", "arts council")),
        R("premiered_at", phrase="premiered at", inverse_phrase="staged the premiere of", domain=("opera",), range=H),
        R("seat_of", phrase="is the seat of", inverse_phrase="has its seat at", domain=("cathedral",), range=("diocese",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "h:sydney": ("opera_house", "Sydney Opera House", 1973), "h:garnier": ("opera_house", "Palais Garnier", 1875),
        "h:roh": ("opera_house", "Royal Opera House", 1858), "h:met": ("opera_house", "Metropolitan Opera House", 1966),
        "h:oldmet": ("opera_house", "Old Metropolitan Opera House", 1883), "h:scala": ("opera_house", "La Scala", 1778),
        "h:bastille": ("opera_house", "Opera Bastille", 1989), "h:staatsoper": ("opera_house", "Vienna State Opera", 1869),
        "h:elbphil": ("concert_hall", "Elbphilharmonie", 2017), "h:disney": ("concert_hall", "Walt Disney Concert Hall", 2003),
        "h:carnegie": ("concert_hall", "Carnegie Hall", 1891), "h:rah": ("concert_hall", "Royal Albert Hall", 1871),
        "o:royalopera": ("opera_company", "The Royal Opera", 1946), "o:metopera": ("opera_company", "Metropolitan Opera", 1883),
        "o:parisopera": ("opera_company", "Paris Opera", 1669), "o:eno": ("opera_company", "English National Opera", 1931),
        "o:operaaustralia": ("opera_company", "Opera Australia", 1956), "o:wno": ("opera_company", "Welsh National Opera", 1943),
        "k:cologne": ("cathedral", "Cologne Cathedral", 1880), "k:stpauls": ("cathedral", "St Paul's Cathedral", 1710),
        "k:notredame": ("cathedral", "Notre-Dame de Paris", 1260), "k:sagrada": ("cathedral", "Sagrada Familia", 2026),
    }
    others = {
        "a:utzon": ("architect", "Jorn Utzon"), "a:garnier": ("architect", "Charles Garnier"), "a:barry": ("architect", "Edward Middleton Barry"),
        "a:harrison": ("architect", "Wallace Harrison"), "a:cady": ("architect", "Josiah Cleaveland Cady"), "a:piermarini": ("architect", "Giuseppe Piermarini"),
        "a:ott": ("architect", "Carlos Ott"), "a:vandernull": ("architect", "August Sicard von Sicardsburg"),
        "a:herzog": ("architect", "Herzog & de Meuron"), "a:gehry": ("architect", "Frank Gehry"), "a:tuthill": ("architect", "William Burnet Tuthill"),
        "a:fowke": ("architect", "Francis Fowke"), "a:wren": ("architect", "Christopher Wren"), "a:gaudi": ("architect", "Antoni Gaudi"),
        "a:zwirner": ("architect", "Ernst Friedrich Zwirner"),
        "b:hornibrook": ("contractor", "Hornibrook"), "b:hochtief": ("contractor", "Hochtief"), "b:lucas": ("contractor", "Lucas Brothers"),
        "b:mortenson": ("contractor", "M. A. Mortenson Company"),
        "e:arup": ("engineer", "Ove Arup"), "e:scott": ("engineer", "Henry Young Darracott Scott"), "e:heinz": ("engineer", "Heinz Nick"),
        "p:napoleon3": ("monarch", "Napoleon III"), "p:carnegie": ("patron", "Andrew Carnegie"), "p:lillian": ("patron", "Lillian Disney"),
        "p:maria": ("monarch", "Maria Theresa"), "p:cahill": ("patron", "Joseph Cahill"), "p:victoria": ("monarch", "Queen Victoria"),
        "p:mitterrand": ("patron", "Francois Mitterrand"), "p:franzjoseph": ("monarch", "Franz Joseph I"),
        "y:sydney": ("city", "Sydney"), "y:paris": ("city", "Paris"), "y:london": ("city", "London"), "y:newyork": ("city", "New York"),
        "y:milan": ("city", "Milan"), "y:vienna": ("city", "Vienna"), "y:hamburg": ("city", "Hamburg"), "y:losangeles": ("city", "Los Angeles"),
        "y:cologne": ("city", "Cologne"), "y:barcelona": ("city", "Barcelona"), "y:cardiff": ("city", "Cardiff"), "y:melbourne": ("city", "Melbourne"),
        "y:llandudno": ("city", "Llandudno"),
        "r:ndrelb": ("orchestra", "NDR Elbphilharmonie Orchestra"), "r:lapo": ("orchestra", "Los Angeles Philharmonic"),
        "r:nyphil": ("orchestra", "New York Philharmonic"), "r:bbcso": ("orchestra", "BBC Symphony Orchestra"),
        "r:vpo": ("orchestra", "Vienna Philharmonic"),
        "i:webster": ("impresario", "David Webster"), "i:lilian": ("impresario", "Lilian Baylis"), "i:louis14": ("monarch", "Louis XIV"),
        "i:abbey": ("impresario", "Henry Abbey"), "i:idloes": ("impresario", "Idloes Owen"),
        "f:artscouncil": ("arts council", "Arts Council England"), "f:vanderbilt": ("patron", "William Henry Vanderbilt"),
        "f:welsh": ("arts council", "Arts Council of Wales"), "f:creative": ("arts council", "Creative Australia"),
        "w:tosca": ("opera", "Tosca"), "w:otello": ("opera", "Otello"), "w:butterfly": ("opera", "Madama Butterfly"),
        "w:warandpeace": ("opera", "War and Peace"), "w:peter": ("opera", "Peter Grimes"), "w:fanciulla": ("opera", "La fanciulla del West"),
        "w:tannhauser": ("opera", "Tannhauser"),
        "d:cologne": ("diocese", "Archdiocese of Cologne"), "d:london": ("diocese", "Diocese of London"), "d:paris": ("diocese", "Archdiocese of Paris"),
    }
    T_ = [
        ("h:sydney", "designed_by", "a:utzon"), ("h:garnier", "designed_by", "a:garnier"), ("h:roh", "designed_by", "a:barry"),
        ("h:met", "designed_by", "a:harrison"), ("h:oldmet", "designed_by", "a:cady"), ("h:scala", "designed_by", "a:piermarini"),
        ("h:bastille", "designed_by", "a:ott"), ("h:staatsoper", "designed_by", "a:vandernull"), ("h:elbphil", "designed_by", "a:herzog"),
        ("h:disney", "designed_by", "a:gehry"), ("h:carnegie", "designed_by", "a:tuthill"), ("h:rah", "designed_by", "a:fowke"),
        ("k:stpauls", "designed_by", "a:wren"), ("k:sagrada", "designed_by", "a:gaudi"), ("k:cologne", "designed_by", "a:zwirner"),
        ("h:sydney", "built_by", "b:hornibrook"), ("h:elbphil", "built_by", "b:hochtief"), ("h:rah", "built_by", "b:lucas"),
        ("h:disney", "built_by", "b:mortenson"),
        ("h:sydney", "engineered_by", "e:arup"), ("h:rah", "engineered_by", "e:scott"), ("h:elbphil", "engineered_by", "e:heinz"),
        ("h:garnier", "commissioned_by", "p:napoleon3"), ("h:carnegie", "commissioned_by", "p:carnegie"), ("h:disney", "commissioned_by", "p:lillian"),
        ("h:scala", "commissioned_by", "p:maria"), ("h:sydney", "commissioned_by", "p:cahill"), ("h:rah", "commissioned_by", "p:victoria"),
        ("h:bastille", "commissioned_by", "p:mitterrand"), ("h:staatsoper", "commissioned_by", "p:franzjoseph"),
        ("h:sydney", "located_in", "y:sydney"), ("h:garnier", "located_in", "y:paris"), ("h:roh", "located_in", "y:london"),
        ("h:met", "located_in", "y:newyork"), ("h:oldmet", "located_in", "y:newyork"), ("h:scala", "located_in", "y:milan"),
        ("h:bastille", "located_in", "y:paris"), ("h:staatsoper", "located_in", "y:vienna"), ("h:elbphil", "located_in", "y:hamburg"),
        ("h:disney", "located_in", "y:losangeles"), ("h:carnegie", "located_in", "y:newyork"), ("h:rah", "located_in", "y:london"),
        ("k:cologne", "located_in", "y:cologne"), ("k:stpauls", "located_in", "y:london"), ("k:notredame", "located_in", "y:paris"),
        ("k:sagrada", "located_in", "y:barcelona"),
        ("h:sydney", "home_of", "o:operaaustralia"), ("h:roh", "home_of", "o:royalopera"), ("h:met", "home_of", "o:metopera"),
        ("h:garnier", "home_of", "o:parisopera"), ("h:bastille", "home_of", "o:parisopera"), ("h:elbphil", "home_of", "r:ndrelb"),
        ("h:disney", "home_of", "r:lapo"), ("h:staatsoper", "home_of", "r:vpo"), ("h:rah", "home_of", "r:bbcso"),
        ("h:oldmet", "was_home_of", "o:metopera"), ("h:carnegie", "was_home_of", "r:nyphil"),
        ("o:royalopera", "based_in", "y:london"), ("o:metopera", "based_in", "y:newyork"), ("o:parisopera", "based_in", "y:paris"),
        ("o:eno", "based_in", "y:london"), ("o:operaaustralia", "based_in", "y:sydney"), ("o:wno", "based_in", "y:cardiff"),
        ("o:operaaustralia", "tours", "y:melbourne"), ("o:wno", "tours", "y:llandudno"), ("o:royalopera", "tours", "y:paris"),
        ("o:royalopera", "founded_by", "i:webster"), ("o:eno", "founded_by", "i:lilian"), ("o:parisopera", "founded_by", "i:louis14"),
        ("o:metopera", "founded_by", "i:abbey"), ("o:wno", "founded_by", "i:idloes"),
        ("o:royalopera", "funded_by", "f:artscouncil"), ("o:eno", "funded_by", "f:artscouncil"), ("o:metopera", "funded_by", "f:vanderbilt"),
        ("o:wno", "funded_by", "f:welsh"), ("o:operaaustralia", "funded_by", "f:creative"),
        ("w:tosca", "premiered_at", "h:scala"), ("w:otello", "premiered_at", "h:scala"), ("w:butterfly", "premiered_at", "h:scala"),
        ("w:warandpeace", "premiered_at", "h:sydney"), ("w:fanciulla", "premiered_at", "h:oldmet"),
        ("w:tannhauser", "premiered_at", "h:garnier"),
        ("k:cologne", "seat_of", "d:cologne"), ("k:stpauls", "seat_of", "d:london"), ("k:notredame", "seat_of", "d:paris"),
        ("user:ola", "rated", "h:sydney", {"rating": 5.0}), ("user:ola", "rated", "o:eno", {"rating": 4.5}),
        ("user:ola", "rated", "k:cologne", {"rating": 2.0}),
    ]
    aliases = {"h:roh": ("Covent Garden",), "h:met": ("the Met",), "o:metopera": ("the Metropolitan Opera",),
               "h:scala": ("Teatro alla Scala",), "o:royalopera": ("Royal Opera",)}
    return _build(items, others, rels, T_, users=[("user:ola", "Ola")], aliases=aliases)


BUILDERS = {"parks": parks, "airlines": airlines, "media": media, "shows": shows, "coins": coins, "opera": opera}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@parks
# (1) "roller coaster" (a type of two words, last word "coaster" no other type has) said of a
# ride of another type, with a wrong place, maker or designer
Fury 325 is a roller coaster at Cedar Point.
Fury 325 is a roller coaster manufactured by Intamin.
Hex is a roller coaster designed by John Wardley.
Congo River Rapids is a roller coaster at Alton Towers.
Euro-Tower is a roller coaster at Europa-Park.
Sky Hawk Tower is a roller coaster at Cedar Point.
Sky Hawk Tower is an observation tower at Carowinds.
Millennium Force is an observation tower at Cedar Point.
Euro-Tower is an observation tower manufactured by Mack Rides.
Hex is an observation tower.
Spider-Man is a roller coaster at Islands of Adventure.
Hex is a 2000 roller coaster.
Top Thrill Dragster is a 2000 roller coaster.
Top Thrill Dragster is a roller coaster from 2000.
Opened in 2000, Hex is a roller coaster at Alton Towers.
Millennium Force is a roller coaster that opened in 2003.
Millennium Force is an observation tower roller coaster at Cedar Point.
Euro-Tower is a roller coaster observation tower at Europa-Park.
# "one of the roller coasters" with a wrong place, maker or designer, of a ride of another type
Hex is one of the roller coasters at Alton Towers.
Congo River Rapids is one of the roller coasters at Alton Towers.
Taron is one of the roller coasters at Cedar Point.
Taron is one of the roller coasters designed by Werner Stengel.
Fury 325 is one of the roller coasters manufactured by Intamin.
Nemesis is one of the roller coasters designed by Werner Stengel.
Sky Hawk Tower is one of the observation towers at Europa-Park.
Nemesis is one of the roller coasters at Alton Towers designed by Werner Stengel.
Millennium Force, one of the roller coasters at Cedar Point, was designed by Alan Schilke.
Millennium Force and Sky Hawk Tower are roller coasters at Cedar Point.
Millennium Force and Sky Hawk Tower are both roller coasters.
Nemesis and Hex are both roller coasters at Alton Towers.
Nemesis and The Smiler are both roller coasters manufactured by Gerstlauer.
Nemesis and Hex are located at Alton Towers. Both roller coasters were designed by John Wardley.
# (2) "the roller coaster", "the observation tower" after a ride of another type, across sentences
Millennium Force is located at Cedar Point. The roller coaster was manufactured by Bolliger & Mabillard.
Millennium Force is located at Cedar Point. The roller coaster opened in 2003.
Hex is located at Alton Towers. The roller coaster was manufactured by Vekoma.
Hex is located at Alton Towers. The roller coaster was designed by John Wardley.
Congo River Rapids is located at Alton Towers. The roller coaster was manufactured by Intamin.
Euro-Tower is located at Europa-Park. The roller coaster was manufactured by Intamin.
Nemesis is located at Alton Towers. Hex was manufactured by Vekoma. The roller coaster was manufactured by Vekoma.
Nemesis is located at Alton Towers. Hex was manufactured by Vekoma, and it was designed by John Wardley. The roller coaster has a vortex room.
Nemesis is located at Alton Towers. Hex was manufactured by Vekoma. It has a vortex room. The roller coaster was manufactured by Vekoma.
Millennium Force is located at Cedar Point. Sky Hawk Tower opened in 2001. It was manufactured by Mack Rides. The roller coaster opened in 2001.
Euro-Tower is located at Europa-Park. The observation tower was built by Kiewit.
Nemesis is located at Alton Towers. The observation tower was manufactured by Bolliger & Mabillard.
Hex is located at Alton Towers. The observation tower was manufactured by Vekoma.
Kingda Ka was manufactured by Intamin. The observation tower is located at Six Flags Great Adventure.
Sky Hawk Tower is located at Cedar Point. The roller coaster was manufactured by Mack Rides.
Sky Hawk Tower was manufactured by Mack Rides. The roller coaster is located at Cedar Point.
The roller coaster Hex is located at Alton Towers.
The roller coaster Euro-Tower is located at Europa-Park.
The observation tower Nemesis is located at Alton Towers.
Roller coaster Hex is located at Alton Towers.
Alton Towers is home to the roller coaster Hex.
Intamin manufactured the roller coaster Hex.
Hex was made by the roller coaster manufacturer Vekoma.
# (4) "the engineer / artist behind", the drawing board of the wrong person, of a builder, an
# executive, a manufacturer; negation, wrong direction, lists, relative clauses
Werner Stengel is the engineer behind Taron.
Werner Stengel is the engineer behind Steel Vengeance.
Alan Schilke is the engineer behind Mean Streak.
Curtis Summers is the engineer behind Steel Vengeance.
Kiewit is the engineer behind Millennium Force.
Dick Kinzel is the engineer behind Millennium Force.
Intamin is the engineer behind Millennium Force.
Werner Stengel was not the engineer behind Millennium Force.
Werner Stengel was the engineer behind Millennium Force and Steel Vengeance.
Werner Stengel was the engineer behind Millennium Force, which is located at Alton Towers.
Werner Stengel, the engineer behind Millennium Force, designed Steel Vengeance.
Millennium Force is the engineer behind Werner Stengel.
Lina Beecher is the engineer behind the vertical loop.
John Wardley is the engineer behind Nemesis.
Marc Davis is the engineer behind Pirates of the Caribbean.
Scott Trowbridge is the engineer behind The Amazing Adventures of Spider-Man.
Werner Stengel is the artist behind Millennium Force.
Alan Schilke is the artist behind Steel Vengeance.
Intamin manufactured the roller coasters Taron and Congo River Rapids.
Marc Davis is the artist behind Haunted Mansion.
Claude Coats is the artist behind Pirates of the Caribbean.
Marc Davis is the artist behind Hex.
Nick Varney is the artist behind Hex.
John Wardley is the artist behind Taron.
Marc Davis was the artist behind Pirates of the Caribbean, which is located at Alton Towers.
Marc Davis was the artist behind Pirates of the Caribbean, which opened in 1969.
Marc Davis, the artist behind Pirates of the Caribbean, designed Haunted Mansion.
Steel Vengeance came off the drawing board of Werner Stengel.
Steel Vengeance came off the drawing board of Curtis Summers.
Millennium Force came off the drawing board of Dick Kinzel.
Millennium Force came off the drawing board of Kiewit.
Millennium Force came off the drawing board of Intamin.
Hex came off the drawing board of Vekoma.
The Smiler came off the drawing board of Nick Varney.
Hex came from the drawing board of Nick Varney.
Taron came from the drawing board of John Wardley.
Werner Stengel came off the drawing board of Millennium Force.
Millennium Force and Steel Vengeance came off the drawing board of Werner Stengel.
Millennium Force did not come off the drawing board of Werner Stengel.
Millennium Force, which came off the drawing board of Werner Stengel, is located at Carowinds.
Millennium Force came off the drawing board of Werner Stengel in 2003.
Pirates of the Caribbean came from the pen of Claude Coats.
# "co-invented" a feature one person invented, or with the wrong partner; "co-designed"
Lina Beecher co-invented the vertical loop.
Alan Schilke co-invented the beyond-vertical drop.
John Wardley co-invented the vortex room.
Anton Schwarzkopf co-invented the launch track with Alan Schilke.
Anton Schwarzkopf co-invented the vertical loop.
The vertical loop was co-invented by Lina Beecher.
Werner Stengel co-designed Millennium Force.
Werner Stengel co-designed Millennium Force with Alan Schilke.
# neighbours: features ("dark ride section" holds a type's words), themes, replacements
Hex has a dark ride section.
Millennium Force has a vertical loop.
Haunted Mansion is themed after Song of the South.
Mean Streak replaced Steel Vengeance.
The Smiler replaced Hex.
Hex is a dark ride at Cedar Point.
@parks user:mia
You rated Hex, a roller coaster at Alton Towers.
You rated Hex, one of the roller coasters at Alton Towers.
You rated The Smiler, one of the roller coasters at Cedar Point.
You rated Hex. The roller coaster was designed by John Wardley.
You rated Millennium Force, which came off the drawing board of Alan Schilke.
@airlines
# (3) "Y is X's N" of a past relation ("was the chief executive of"), of another relation's
# noun, the roles swapped, with "now", "still", "also", negation, two owners
Christoph Franz is Lufthansa's chief executive.
Willie Walsh is British Airways's chief executive.
Carolyn McCall is easyJet's chief executive.
Stelios Haji-Ioannou is easyJet's chief executive.
Christoph Franz is Swiss's chief executive.
Christoph Franz is Swiss International Air Lines's chief executive.
Willie Walsh is Aer Lingus's chief executive.
Willie Walsh is also Aer Lingus's chief executive.
Willie Walsh is now British Airways's chief executive.
Willie Walsh is still British Airways's chief executive.
Willie Walsh remains British Airways's chief executive.
Willie Walsh is British Airways's chief executive and Aer Lingus's chief executive.
Carolyn McCall is easyJet's chief executive, and Sean Doyle is British Airways's chief executive.
Sean Doyle is not British Airways's chief executive.
Jozsef Varadi is easyJet's chief executive.
Lufthansa is Carsten Spohr's chief executive.
Johan Lundgren is easyJet's founder.
Michael O'Leary is Ryanair's founder.
Tony Ryan is Ryanair's chief executive.
Indigo Partners is Wizz Air's founder.
Heathrow Airport is Lufthansa's hub.
Stansted Airport is Ryanair's hub.
Heathrow Airport is Ryanair's base.
Luton Airport is Ryanair's base.
Fraport is Frankfurt Airport's owner.
Luton Borough Council is Luton Airport's manager.
Flying Blue is Lufthansa's loyalty programme.
Waterford is Ryanair's home.
Zurich is Swissair's home.
The Boeing 737 is Lufthansa's aircraft.
Swissair is Switzerland's flag carrier.
Sabena is Belgium's flag carrier.
Alitalia is Italy's flag carrier.
Carsten Spohr is Lufthansa's type of chief executive.
# (4) "has its base in" the wrong city, a past base ("was based in"), an airport's city, a hub
Ryanair has its base in Waterford.
Ryanair has its base in Stansted Mountfitchet.
Ryanair has its base in London.
Swissair has its base in Zurich.
Swiss International Air Lines has its base in Zurich.
Lufthansa has its base in Frankfurt.
KLM has its base in The Hague.
KLM had its base in Amsterdam.
Ryanair and easyJet have their base in Dublin.
Ryanair, which has its base in Dublin, was founded by Stelios Haji-Ioannou.
Ryanair does not have its base in Dublin.
Ryanair has its base in Dublin and operates the Airbus A320.
Wizz Air has its base in Luton.
Wizz Air has its base in Budapest and is a member of Star Alliance.
easyJet has its base in Stansted Mountfitchet.
Aer Lingus has its base in London.
Vueling has its base in Rome.
Brussels Airlines has its base in Zaventem.
Dublin has its base in Ryanair.
Ryanair has its headquarters in Waterford.
Lufthansa is headquartered in Frankfurt.
Ryanair makes its home in Waterford.
Ryanair has its home in Waterford.
Oneworld has its base in Frankfurt.
# neighbours: "operates" (aircraft) next to "is managed by" (airports), "launched" a programme,
# "founded" next to "funded", "is a hub for" next to "is a base for", "is named after"
Frankfurt Airport is operated by Lufthansa.
Lufthansa manages the Airbus A380.
Lufthansa launched Flying Blue.
KLM launched Miles & More.
Ryanair was funded by Tony Ryan.
Wizz Air was founded by Indigo Partners.
Munich Airport is named after Carsten Spohr.
Luton Airport is a base for Ryanair.
Heathrow Airport is a hub for Lufthansa.
Lufthansa is a budget airline.
Ryanair is a flag carrier.
Heathrow Airport is an international airport in Frankfurt.
@airlines user:leo
You rated Ryanair, which has its base in Waterford.
You rated KLM, whose chief executive is Carsten Spohr.
@media
# (3) "Y is X's N" of a past editor, a founding editor said as the editor (and the reverse),
# another relation's noun, another paper
Alan Rusbridger is The Guardian's editor.
C. P. Scott is The Guardian's editor.
Harold Ross is The New Yorker's editor.
Harold Ross is the New Yorker's editor.
David Remnick is The New Yorker's founding editor.
James Wilson is The Economist's editor.
Walter Bagehot is The Economist's founding editor.
John Edward Taylor is The Guardian's editor.
Richard Ingrams is Private Eye's editor.
Ian Hislop is Private Eye's founding editor.
Boris Johnson is The Spectator's editor.
Lionel Barber is Financial Times's editor.
Michael Gove is The Spectator's founding editor.
Katharine Viner is The Observer's editor.
Roula Khalaf is The Guardian's editor.
Tony Gallagher is The Times's founding editor.
The New Yorker's founding editor is David Remnick.
The Guardian's editor is Alan Rusbridger.
Pearson is Financial Times's owner.
Graham family is The Washington Post's owner.
Harold Ross is the editor of The New Yorker.
The New Yorker's editor is Harold Ross.
# (1) "news channel" (a type of two words) of a paper, with a wrong city; "both news channels"
The Guardian is a news channel published in London.
CNN is a news channel that broadcasts from London.
Euronews is a news channel that broadcasts from Doha.
CNN is one of the news channels that broadcast from London.
Sky News and CNN are news channels that broadcast from London.
Sky News and The Guardian are both news channels.
Sky News and BBC News Channel broadcast from London. Both news channels were launched in 1989.
The Guardian is a magazine newspaper published in London.
# (2) "the news channel", "the newspaper", "the magazine" after an item of another type
Sky News broadcasts from London. The news channel is owned by the BBC.
The Guardian is published in London. The news channel is owned by Comcast.
The Guardian is published in London. The newspaper is owned by Comcast.
The New Yorker is published in New York. The newspaper is owned by Conde Nast.
The Guardian is published in London. The magazine is owned by the Scott Trust.
Al Jazeera English broadcasts from Doha. The news channel was founded by Ted Turner.
The Economist is published in London. The magazine was founded by Walter Bagehot.
The Times is published in London. The newspaper launched The New York Times Magazine.
Private Eye is published in London. The newspaper was founded by Richard Ingrams.
# neighbours: "has" next to "had" (formats), "launched" a supplement, "founded" next to "funded"
The Guardian has a Berliner format.
The Guardian had a tabloid format.
The Times has a broadsheet format.
The Guardian has a paywall.
The Observer has a Berliner format.
The Financial Times had a pink paper.
The Times launched How to Spend It.
Sky News launched in 1997.
CNN was funded by Ted Turner.
Sky News was founded by Rupert Murdoch.
The Guardian was founded by the Little Circle.
Kay Burley presents on CNN.
@media user:zoe
You rated The Guardian, whose editor is Alan Rusbridger.
You rated Private Eye, a news channel.
@shows
# (5) a tag made of genre words ("romantic comedy", "romantic drama", "action comedy") read as
# its genres where the text says the TAG: films with both genres but not the tag
Pretty Woman is tagged romantic comedy.
Pretty Woman is tagged as a romantic comedy.
Pretty Woman is tagged as romantic comedy.
Titanic is tagged romantic drama.
Titanic is tagged as a romantic drama.
La La Land is tagged romantic drama.
Zombieland is tagged action comedy.
Zombieland is tagged as an action comedy.
Pretty Woman, tagged romantic comedy, was directed by Garry Marshall.
Titanic, tagged romantic drama, was directed by James Cameron.
Titanic was tagged romantic drama.
Pretty Woman and Notting Hill are tagged romantic comedy.
Titanic and The Notebook are tagged romantic drama.
Titanic and The Notebook are both tagged romantic drama.
Titanic is a romantic drama tagged romantic drama.
Pretty Woman is a film tagged romantic comedy.
Titanic is a film tagged romantic drama.
Titanic is a 1997 film tagged romantic drama.
Zombieland is a film tagged action comedy.
Titanic is tagged romantic drama and directed by James Cameron.
Pretty Woman has the tag romantic comedy.
Titanic has the tag romantic drama.
Pretty Woman is a romantic comedy, tagged romantic comedy.
The Notebook is tagged romantic drama, and so is Titanic.
Titanic is tagged romantic drama, like The Notebook.
Notting Hill and Pretty Woman share the tag romantic comedy.
Like Notting Hill, Pretty Woman is tagged romantic comedy.
When Harry Met Sally and Pretty Woman are tagged romantic comedy.
Pretty Woman is tagged romantic comedy and directed by Garry Marshall.
Pretty Woman is tagged romantic comedy, and Rush Hour is tagged action comedy.
Pretty Woman is a 1990 film tagged romantic comedy.
Pretty Woman was tagged as a romantic comedy.
Rush Hour is tagged action comedy, and so is Zombieland.
Zombieland is tagged action comedy and horror comedy.
Titanic is tagged romantic comedy.
Titanic is tagged romance.
Pretty Woman is tagged spoof.
# genre words of films with one genre only, the wrong pair, the tag only, lists, years, users
Airplane! is a romantic comedy.
Titanic is a romantic comedy.
The Notebook is a romantic comedy.
La La Land is a romantic comedy.
Shaun of the Dead is a romantic comedy.
Rush Hour is a romantic comedy.
When Harry Met Sally is a romantic drama.
Notting Hill is a romantic drama.
Pretty Woman is a romantic drama.
La La Land is a musical comedy.
Shaun of the Dead is an action comedy.
The Shining is a horror comedy.
The Shining is a horror drama.
Airplane! is a horror comedy.
Die Hard is a comedy.
When Harry Met Sally is a romantic comedy directed by Nora Ephron.
Pretty Woman is a romantic comedy written by Nora Ephron.
Notting Hill and Titanic are romantic comedies.
Notting Hill and Airplane! are both romantic comedies.
When Harry Met Sally is a romantic comedy from 1999.
Pretty Woman is a 1999 romantic comedy.
Titanic is a romantic comedy-drama.
La La Land is a romantic musical comedy.
Die Hard is a romantic film.
Airplane! is a comic romance.
Titanic is a romance comedy.
Die Hard is a comedy action.
# (4) "came from the pen of" a director, a composer, the roles swapped, lists, relative clauses
When Harry Met Sally came from the pen of Rob Reiner.
When Harry Met Sally came from the pen of Marc Shaiman.
Die Hard came from the pen of John McTiernan.
Notting Hill came from the pen of Roger Michell.
The Notebook came from the pen of Nick Cassavetes.
Titanic came from the pen of James Horner.
Pretty Woman came from the pen of Garry Marshall.
Evita came from the pen of Andrew Lloyd Webber.
West Side Story came from the pen of Leonard Bernstein.
Nora Ephron came from the pen of When Harry Met Sally.
Shaun of the Dead came from the pen of Simon Pegg and Richard Curtis.
When Harry Met Sally, which came from the pen of Nora Ephron, was directed by Nora Ephron.
# (4) "words" (lyrics) and "tune" (music) of the wrong person or the wrong part, a book writer,
# a director, of a film
Andrew Lloyd Webber penned the words for Evita.
Tim Rice penned the tune for Evita.
Tim Rice penned the words for Cats.
The words of Evita are by Andrew Lloyd Webber.
Evita's words are by Andrew Lloyd Webber.
Evita's tune is by Tim Rice.
The tune of West Side Story is by Stephen Sondheim.
The words of West Side Story are by Leonard Bernstein.
The words of West Side Story are by Arthur Laurents.
West Side Story's words came from Arthur Laurents.
West Side Story's tune came from Jerome Robbins.
West Side Story has music by Leonard Bernstein, and its words are by Arthur Laurents.
West Side Story has lyrics by Stephen Sondheim, and its tune is by Stephen Sondheim.
Leonard Bernstein composed the words for West Side Story.
Stephen Sondheim composed the tune for West Side Story.
Andrew Lloyd Webber provided the words for Evita.
Tim Rice provided the words for Cats.
Wicked's words are by Winnie Holzman.
Cabaret's words are by Joe Masteroff.
Cabaret's tune is by Fred Ebb.
Hamilton's tune is by Thomas Kail.
Phantom's words are by Andrew Lloyd Webber.
The tune of Les Miserables is by Herbert Kretzmer.
The words of Titanic are by James Cameron.
Titanic's words are by James Horner.
Die Hard's tune is by Jeb Stuart.
The lyrics of Evita are by Andrew Lloyd Webber.
The tune of Cats is by T. S. Eliot.
The words of Cats are by Trevor Nunn.
The book of West Side Story is by Stephen Sondheim.
# (2) "the circus" (a type noun in "-s") after items of another type, after Piccadilly Circus
# (a street), across sentences; "both circuses"
Circus Krone is based in Munich. The circus was founded by Bernhard Paul.
Circus Krone is based in Munich. The circus was funded by Carl Krone.
Circus Krone was founded by Carl Krone. Cats premiered at the New London Theatre. The circus is based in London.
Circus Roncalli was founded by Bernhard Paul. Circus Krone was founded by Carl Krone. The circus is based in Cologne.
Cats premiered at the New London Theatre. The circus is based in London.
The London Pavilion stands on Piccadilly Circus. The circus was founded by Martin Burton.
The London Pavilion stands on Piccadilly Circus. The circus is based in London.
The London Pavilion stands on Piccadilly Circus, and the circus is based in London.
Zippos Circus was founded by Martin Burton. The circus stands on Piccadilly Circus.
Circus Krone is based in Munich. Cats premiered at the New London Theatre, and it has music by Andrew Lloyd Webber. The circus has music by Andrew Lloyd Webber.
Circus Krone and Circus Roncalli are based in Munich and Cologne. Both circuses were founded by Bernhard Paul.
Circus Krone was founded by Carl Krone, and Circus Roncalli was founded by Bernhard Paul. Both circuses are based in Cologne.
Cirque du Soleil and Circus Krone are circuses based in Montreal.
Cirque du Soleil is a circus based in Cologne.
Cats is a circus based in London.
Cirque du Soleil is a circus founded by Bernhard Paul.
Circus Roncalli is one of the circuses based in Munich.
Cats is one of the circuses based in London.
Titanic is a circus film.
Cats is a circus stage musical.
# "has its base in" the wrong city, a past base, a book a musical is based on; negation
Cirque du Soleil has its base in Cologne.
Circus Krone has its base in Cologne.
Ringling Bros. has its base in Sarasota.
Zippos Circus has its base in Munich.
Big Apple Circus has its base in Sarasota.
Circus Roncalli does not have its base in Cologne.
Cirque du Soleil, which has its base in Montreal, was funded by Guy Laliberte.
Cats has its base in Old Possum's Book of Practical Cats.
# (1) "stage musical" of a film; "the stage musical" after a film
Titanic is a stage musical.
La La Land is a stage musical.
Evita is a stage musical that premiered at the New London Theatre.
Cats premiered at the New London Theatre. The stage musical has lyrics by Tim Rice.
Titanic was directed by James Cameron. The stage musical has music by James Horner.
Evita premiered at the Prince Edward Theatre. Titanic was directed by James Cameron. The stage musical has music by James Horner.
# "the film", "the movie", "this film" (nouns of the reference table) after a stage musical or a circus
Cats premiered at the New London Theatre. The film has music by Andrew Lloyd Webber.
Titanic was directed by James Cameron. Evita premiered at the Prince Edward Theatre. The film has music by Andrew Lloyd Webber.
Titanic was directed by James Cameron. Evita premiered at the Prince Edward Theatre. The movie has music by Andrew Lloyd Webber.
Titanic was directed by James Cameron. Evita premiered at the Prince Edward Theatre. This film has music by Andrew Lloyd Webber.
Evita premiered at the Prince Edward Theatre. The film was directed by Harold Prince.
Evita was directed by Harold Prince. The movie premiered at the Prince Edward Theatre.
Circus Krone was founded by Carl Krone. The film is based in Munich.
@shows user:eva
You rated When Harry Met Sally, a romantic drama.
You liked When Harry Met Sally, so you may like Titanic, another romantic comedy.
Since you liked When Harry Met Sally, a romantic comedy, you may like The Notebook, a romantic comedy.
You rated When Harry Met Sally, which is tagged romantic drama.
Because you liked When Harry Met Sally, which is tagged romantic comedy, you may like Pretty Woman, which is tagged romantic comedy too.
You rated Circus Krone. The circus was founded by Bernhard Paul.
@coins
# (6) "minted at" / "came out of" a mint a coin or medal was not struck at, a bank, a museum, a
# jeweller; a banknote's printing works; a hoard
The Krugerrand was minted at the Royal Mint.
The Krugerrand came out of the Royal Mint.
The Krugerrand came out of the British Museum.
The Krugerrand came out of the South African Reserve Bank.
The Krugerrand was minted at the South African Reserve Bank.
The Turing £50 note was minted at Debden.
The Victoria Cross was minted at Hancocks.
The Victoria Cross was struck at Hancocks.
The George Cross came out of Hancocks.
The Nobel Prize medal was minted at the Royal Mint.
The Fields Medal was minted at Myntverket.
The Buffalo nickel was minted at the West Point Mint.
The Morgan dollar was minted at the Denver Mint.
The Buffalo nickel and the Morgan dollar were minted at the Denver Mint.
The Hoxne Hoard was minted at the Royal Mint.
The Copley Medal came out of the British Museum.
# (6) "takes the form of a" / "is in the form of a" a coin type the coin is not; a shape said with "is a"
The Morgan dollar takes the form of a bullion coin.
The Krugerrand takes the form of a circulating coin.
The Peace dollar is in the form of a bullion coin.
The Britannia takes the form of a commemorative coin.
The George Cross is a cross pattee.
The George Cross takes the form of a cross pattee.
The Fields Medal takes the form of a plain cross.
The Morgan dollar is a bullion coin.
The Victoria Cross takes the form of a bullion coin.
The Hoxne Hoard takes the form of a bullion coin.
# (4) "the artist / engineer behind", the drawing board, the pen: a depicted person, a namesake,
# the monarch who instituted it, a jeweller, a finder; a sculptor or an artist as "the engineer"
Paul Kruger is the artist behind the Krugerrand.
Queen Victoria is the artist behind the Victoria Cross.
Hancocks is the artist behind the Victoria Cross.
Alan Turing is the artist behind the Turing £50 note.
George VI is the artist behind the George Cross.
Alfred Nobel is the artist behind the Nobel Prize medal.
Percy Metcalfe is the artist behind the Fields Medal.
Eric Lawes is the artist behind the Hoxne Hoard.
Robert Tait McKenzie is the engineer behind the Fields Medal.
Philip Nathan is the engineer behind the Britannia.
Coert Steynberg is the engineer behind the Krugerrand.
Erik Lindberg is the engineer behind the Nobel Prize medal.
Percy Metcalfe is the engineer behind the George Cross.
Stephen Stewart is the engineer behind the Turing £50 note.
Coert Steynberg was the engineer behind the Krugerrand.
Coert Steynberg, the engineer behind the Krugerrand, designed the Krugerrand.
Coert Steynberg is one of the engineers behind the Krugerrand.
Coert Steynberg is the engineer behind the Krugerrand, which was minted at the South African Mint.
Augustus Saint-Gaudens is the engineer behind the American Gold Eagle.
The Krugerrand came off the drawing board of Paul Kruger.
The Buffalo nickel came off the drawing board of Charles E. Barber.
The Peace dollar came off the drawing board of George T. Morgan.
The Victoria Cross came off the drawing board of Queen Victoria.
The George Cross came off the drawing board of Robert Tait McKenzie.
The Krugerrand came from the pen of Coert Steynberg.
# (4) "co-discovered" a hoard one person found; an excavator; the wrong partner
Eric Lawes co-discovered the Hoxne Hoard.
Basil Brown co-discovered the Sutton Hoo treasure.
Charles Phillips co-discovered the Sutton Hoo treasure.
Terry Herbert co-discovered the Staffordshire Hoard.
Gordon Butcher co-discovered the Hoxne Hoard.
Dave Crisp co-discovered the Frome Hoard.
Sam Moorhead co-discovered the Frome Hoard.
Gordon Butcher co-discovered the Mildenhall Treasure with Eric Lawes.
Basil Brown co-discovered the Sutton Hoo treasure with Charles Phillips.
The Sutton Hoo treasure was co-discovered by Basil Brown.
The Sutton Hoo treasure was co-discovered by Basil Brown and Charles Phillips.
# a coin's year read as a find on a graph of finds
The Krugerrand was discovered in 1967.
The Hoxne Hoard was discovered in 2009.
@coins user:ivo
You rated the Krugerrand, which was minted at the Royal Mint.
You rated the Victoria Cross, which came out of the Royal Mint.
@opera
# (1) "opera house", "opera company" (two types sharing their first word), "concert hall" of an
# item of another type, an opera, a wrong city
Carnegie Hall is an opera house in New York.
The Royal Opera is an opera house in London.
Royal Opera House is an opera company in London.
English National Opera is an opera company based in Cardiff.
La Scala is a concert hall in Milan.
Elbphilharmonie is an opera house designed by Herzog & de Meuron.
Carnegie Hall is a cathedral in New York.
Tosca is an opera house.
Sydney Opera House is a concert hall opera house in Sydney.
# (2) "the opera house", "the concert hall", "the opera company" after another type, an opera
Tosca premiered at La Scala. The opera house was designed by Charles Garnier.
The Royal Opera is based in London. The opera house was designed by Edward Middleton Barry.
The Royal Opera is based in London. The opera company was founded by Lilian Baylis.
Carnegie Hall is located in New York. The opera house was designed by William Burnet Tuthill.
La Scala is located in Milan. The concert hall was designed by Giuseppe Piermarini.
Cologne Cathedral is located in Cologne. The opera house was designed by Ernst Friedrich Zwirner.
# (4) the drawing board of a patron, a builder, the structural engineer; "the engineer behind"
# an opera house its architect designed (the graph names its engineer), "the artist behind" a patron
Sydney Opera House came off the drawing board of Joseph Cahill.
Sydney Opera House came off the drawing board of Hornibrook.
Sydney Opera House came off the drawing board of Ove Arup.
Joseph Cahill is the engineer behind the Sydney Opera House.
Hornibrook is the engineer behind the Sydney Opera House.
Ove Arup is the artist behind the Sydney Opera House.
Lillian Disney is the artist behind the Walt Disney Concert Hall.
Jorn Utzon is the engineer behind the Sydney Opera House.
Frank Gehry is the engineer behind the Walt Disney Concert Hall.
Herzog & de Meuron is the engineer behind the Elbphilharmonie.
Christopher Wren is the engineer behind St Paul's Cathedral.
Charles Garnier is the engineer behind the Palais Garnier.
Jorn Utzon was the engineer behind the Sydney Opera House.
Jorn Utzon is one of the engineers behind the Sydney Opera House.
Jorn Utzon was among the engineers behind the Sydney Opera House.
Jorn Utzon was the engineer behind the Sydney Opera House, which opened in 1973.
Charles Garnier was the engineer behind the Palais Garnier, which is located in Paris.
Jorn Utzon and Ove Arup were the engineers behind the Sydney Opera House.
Jorn Utzon engineered the Sydney Opera House.
Ove Arup is the architect behind the Sydney Opera House.
Joseph Cahill is the architect behind the Sydney Opera House.
# (4) "has its base in" a city the company tours, another company's city
The Royal Opera has its base in Paris.
Welsh National Opera has its base in Llandudno.
Opera Australia has its base in Melbourne.
English National Opera has its base in Cardiff.
Metropolitan Opera has its base in Paris.
# (3) "Y is X's N": a past home, another company's home, another see's seat
Old Metropolitan Opera House is Metropolitan Opera's home.
Carnegie Hall is New York Philharmonic's home.
Sydney Opera House is Royal Opera's home.
Palais Garnier is Metropolitan Opera's home.
St Paul's Cathedral is Archdiocese of Cologne's seat.
Cologne Cathedral is Archdiocese of Paris's seat.
# years of another item, a company built
The Royal Opera was built in 1946.
Sydney Opera House opened in 1966.
Cologne Cathedral was completed in 1710.
Metropolitan Opera House opened in 1883.
@opera user:ola
You rated Sydney Opera House, which came off the drawing board of Joseph Cahill.
You rated English National Opera, which has its base in Cardiff.
# arguable texts (see OPEN)
@parks
Millennium Force is the roller coaster at Cedar Point.
Steel Vengeance replaced Mean Streak. The roller coaster opened in 2018.
@airlines
Star Alliance has its base in Frankfurt.
Heathrow Airport has its base in London.
Frankfurt Airport is a base for Lufthansa.
Carsten Spohr was Lufthansa's chief executive.
@media
Katharine Viner was The Guardian's editor.
The Times launched in 1785.
@shows
Pretty Woman is described as a romantic comedy.
Titanic is described as a romantic drama.
Die Hard is an action comedy.
Love Actually is a romantic comedy.
Zombieland is a horror comedy.
Ringling Bros. had its base in Palmetto.
Evita came from the pen of Tim Rice.
@coins
Charles E. Barber is the artist behind the Buffalo nickel.
The Turing £50 note came out of Debden.
The Victoria Cross is a cross pattee.
The Nobel Prize medal is a disc.
The Krugerrand was launched in 1967.
@opera
Jorn Utzon is the artist behind the Sydney Opera House.
Frank Gehry is the artist behind the Walt Disney Concert Hall.
Herzog & de Meuron is the artist behind the Elbphilharmonie.
Cologne Cathedral was founded in 1880.
Sydney Opera House was founded in 1973.
"""

KNOWN = frozenset(
    {
        # accepted by the starting code (bf880b3) too: "the newspaper" / "the magazine" after an
        # item of another type (the type filter of "the <type noun>" closes them)
        "The New Yorker is published in New York. The newspaper is owned by Conde Nast.",
        "The Guardian is published in London. The magazine is owned by the Scott Trust.",
        "Private Eye is published in London. The newspaper was founded by Richard Ingrams.",
        # the roller coasters A and B with B a water ride (accepted by the starting code too)
        'Intamin manufactured the roller coasters Taron and Congo River Rapids.',
        # "the engineer / artist behind" a designer of another profession, where the relation's range
        # holds the type words "engineer" and "artist" (the starting code reads them as role nouns)
        'John Wardley is the engineer behind Nemesis.',
        'Marc Davis is the engineer behind Pirates of the Caribbean.',
        'Scott Trowbridge is the engineer behind The Amazing Adventures of Spider-Man.',
        'Werner Stengel is the artist behind Millennium Force.',
        'Alan Schilke is the artist behind Steel Vengeance.',
        # a past editor in "is the editor of" and "X's editor is Y"
        'Harold Ross is the editor of The New Yorker.',
        "The New Yorker's editor is Harold Ross.",
        # "the film", "the movie", "this film" (the reference table's nouns: no type filter) after a stage
        # musical or a circus, past the last film
        'Cats premiered at the New London Theatre. The film has music by Andrew Lloyd Webber.',
        'Titanic was directed by James Cameron. Evita premiered at the Prince Edward Theatre. The film has music by Andrew Lloyd Webber.',
        'Titanic was directed by James Cameron. Evita premiered at the Prince Edward Theatre. The movie has music by Andrew Lloyd Webber.',
        'Titanic was directed by James Cameron. Evita premiered at the Prince Edward Theatre. This film has music by Andrew Lloyd Webber.',
        'Evita premiered at the Prince Edward Theatre. The film was directed by Harold Prince.',
        'Evita was directed by Harold Prince. The movie premiered at the Prince Edward Theatre.',
        'Circus Krone was founded by Carl Krone. The film is based in Munich.',
        # a coin's year read as a find on a graph that has finds (hoards)
        'The Krugerrand was discovered in 1967.',
    }
)

OPEN = frozenset(
    {
        # "the roller coaster at X": the only one? (Cedar Point has four)
        'Millennium Force is the roller coaster at Cedar Point.',
        # "the roller coaster": the subject (true) or the last one named (false)?
        'Steel Vengeance replaced Mean Streak. The roller coaster opened in 2018.',
        # a headquarters as a base
        'Star Alliance has its base in Frankfurt.',
        # an airport's location as its base
        'Heathrow Airport has its base in London.',
        # a hub is a base?
        'Frankfurt Airport is a base for Lufthansa.',
        # "was X's N" of a present fact
        "Carsten Spohr was Lufthansa's chief executive.",
        # "was X's N" of a present fact
        "Katharine Viner was The Guardian's editor.",
        # "launched" of a paper's founding year
        'The Times launched in 1785.',
        # "described as": a tag cue, or a plain description (Pretty Woman has both genres)?
        'Pretty Woman is described as a romantic comedy.',
        # "described as": a tag cue, or a plain description?
        'Titanic is described as a romantic drama.',
        # the tag without both genres
        'Die Hard is an action comedy.',
        # the tag without both genres
        'Love Actually is a romantic comedy.',
        # the tag without both genres
        'Zombieland is a horror comedy.',
        # "had" of a present base
        'Ringling Bros. had its base in Palmetto.',
        # a musical from its lyricist's pen
        'Evita came from the pen of Tim Rice.',
        # an engraver as the artist behind a coin
        'Charles E. Barber is the artist behind the Buffalo nickel.',
        # a banknote comes out of its printing works
        'The Turing £50 note came out of Debden.',
        # a medal that is its shape
        'The Victoria Cross is a cross pattee.',
        # a medal that is its shape
        'The Nobel Prize medal is a disc.',
        # a coin launched in its year
        'The Krugerrand was launched in 1967.',
        # an architect as an artist
        'Jorn Utzon is the artist behind the Sydney Opera House.',
        # an architect as an artist
        'Frank Gehry is the artist behind the Walt Disney Concert Hall.',
        # an architecture firm as an artist
        'Herzog & de Meuron is the artist behind the Elbphilharmonie.',
        # a building "founded" in its completion year
        'Cologne Cathedral was founded in 1880.',
        # a building "founded" in its opening year
        'Sydney Opera House was founded in 1973.',
    }
)

CONTROLS = r"""
@parks
Millennium Force is a roller coaster at Cedar Point.
Kingda Ka is a roller coaster manufactured by Intamin.
Nemesis is one of the roller coasters at Alton Towers.
Euro-Tower is one of the observation towers at Europa-Park.
Sky Hawk Tower is an observation tower at Cedar Point.
Millennium Force is located at Cedar Point. The roller coaster was manufactured by Intamin.
Nemesis is located at Alton Towers. Hex was manufactured by Vekoma. The roller coaster was designed by John Wardley.
Euro-Tower is located at Europa-Park. The observation tower was built by Vinci Construction.
Nemesis and The Smiler are both roller coasters designed by John Wardley.
Werner Stengel is the engineer behind Millennium Force.
Marc Davis is the artist behind Pirates of the Caribbean.
Millennium Force came off the drawing board of Werner Stengel.
Hex came from the drawing board of John Wardley.
Millennium Force and Kingda Ka came off the drawing board of Werner Stengel.
Anton Schwarzkopf co-invented the launch track with Werner Stengel.
The launch track was co-invented by Werner Stengel.
Taron has a dark ride section.
Intamin manufactured the roller coaster Taron.
Millennium Force is a roller coaster.
Millennium Force and Top Thrill Dragster are both roller coasters.
Hex is a dark ride.
@airlines
Ryanair has its base in Dublin.
KLM has its base in Amstelveen.
Carsten Spohr is Lufthansa's chief executive.
Michael O'Leary is Ryanair's chief executive.
Dublin Airport is Aer Lingus's hub.
Heathrow Airport is an international airport in London.
Lufthansa is Germany's flag carrier.
Lufthansa is a flag carrier.
Star Alliance has its headquarters in Frankfurt.
Willie Walsh was British Airways's chief executive.
@media
Katharine Viner is The Guardian's editor.
Harold Ross is The New Yorker's founding editor.
Sky News broadcasts from London. The news channel is owned by Comcast.
Sky News is a news channel that broadcasts from London.
Sky News is one of the news channels that broadcast from London.
The Guardian is published in London. The paper is owned by the Scott Trust.
The Guardian had a Berliner format.
Scott Trust is The Guardian's owner.
@shows
Notting Hill is a romantic comedy.
Pretty Woman is a romantic comedy.
Titanic is a romantic drama.
Zombieland is an action comedy.
Shaun of the Dead is a horror comedy.
Notting Hill and Pretty Woman are both romantic comedies.
Notting Hill is tagged romantic comedy.
The Notebook is tagged romantic drama.
Rush Hour is tagged action comedy.
Die Hard is tagged action comedy.
Love Actually is tagged romantic comedy.
Zombieland is tagged horror comedy.
When Harry Met Sally came from the pen of Nora Ephron.
Shaun of the Dead came from the pen of Simon Pegg and Edgar Wright.
Tim Rice penned the words for Evita.
Evita's tune is by Andrew Lloyd Webber.
The words of West Side Story are by Stephen Sondheim.
West Side Story has music by Leonard Bernstein, and its words are by Stephen Sondheim.
Cirque du Soleil has its base in Montreal.
Ringling Bros. had its base in Sarasota.
Circus Krone is based in Munich. The circus was founded by Carl Krone.
Circus Roncalli was founded by Bernhard Paul. Circus Krone was founded by Carl Krone. The circus is based in Munich.
Cats premiered at the New London Theatre. The stage musical has music by Andrew Lloyd Webber.
Cirque du Soleil is one of the circuses founded by Guy Laliberte.
Circus Krone and Circus Roncalli are both circuses.
@coins
The Krugerrand was minted at the South African Mint.
The Krugerrand came out of the South African Mint.
The Victoria Cross came out of Hancocks.
The Buffalo nickel and the Morgan dollar were minted at the Philadelphia Mint.
The Krugerrand takes the form of a bullion coin.
The Britannia is in the form of a bullion coin.
Coert Steynberg is the artist behind the Krugerrand.
The Krugerrand came off the drawing board of Coert Steynberg.
Gordon Butcher co-discovered the Mildenhall Treasure.
Gordon Butcher and Sydney Ford co-discovered the Mildenhall Treasure.
The Victoria Cross takes the form of a cross pattee.
The Nobel Prize medal takes the form of a disc.
@opera
Sydney Opera House is an opera house in Sydney.
The Royal Opera is an opera company based in London.
Carnegie Hall is a concert hall in New York.
Tosca premiered at La Scala. The opera house was designed by Giuseppe Piermarini.
The Royal Opera is based in London. The opera company was founded by David Webster.
Carnegie Hall is located in New York. The concert hall was designed by William Burnet Tuthill.
Sydney Opera House came off the drawing board of Jorn Utzon.
The Royal Opera has its base in London.
Cologne Cathedral is Archdiocese of Cologne's seat.
Ove Arup is the engineer behind the Sydney Opera House.
Jorn Utzon is the architect behind the Sydney Opera House.
Sydney Opera House is Opera Australia's home.
Cologne Cathedral was completed in 1880.
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
