"""Red team round 173 on this round's new readings (CHANGES.diff): (1) "introduced in <year>" (and
", introduced in <year>,", "Introduced in <year>, X") of an item whose type's head noun is a
product's (``LAUNCHED_GOODS``), and "Created in <year>, X" of the same; (2) a firm that makes /
manufactures / produces / builds a product, "is a product of"; (3) succession read in each other's
words ("took over from", "is the successor of / to", "is the predecessor of", "is the follow-up to",
"followed", "came before") between items of one kind; (4) "runs on / is powered by / uses / powers"
where every object type is a power source; (5) "was first made / first produced in" read as "comes
/ is from", "from", and "was developed / invented / created ... in", "formed in" read as
"originated in", "comes from", "has its roots in"; (6) "X is the <type noun> that / who ...", "the
one who", "X, a <type noun>, ..."; (7) "has its home in / at", "makes its home in"; (8) "is the
creation / brainchild of"; (9) "is the parent company of", "is a subsidiary of"; (10) "come up
with", "draw up", "dream up", "operate" (for "manage"); (11) a first making no longer read as the
making now; (12) new type nouns.

Six graphs of my own (see each builder's docstring): market (products beside things whose type
has a product's head noun but which never came to market: fashion models, observation decks,
languages, clay tablets, a gravitational lens, one-off machines; species, laws, a course, a
festival; two "Mustang"s), lineage (dynasties and emperors "succeeded"; stations down a line and
planets out from the Sun in one relation "precedes"; buildings that "replaced" the one pulled
down on their site), power (airships that "use" engines and a lifting gas, reactors that "use"
a fuel and a moderator or coolant, a clock and a chronometer that "use" escapements, cars, a
racing team that "uses" its car and engine; two firms called "Lotus"), firms (owners now, past
owners ("owned"), businessmen and a state that "own" firms, shareholders, managers, museum
directors, founders), places (landmarks "designed by" several people, among them those who
designed only a part, "built by" contractors, "commissioned by" bodies; treasures housed and kept
now and before; a fossil "preserved in" its rock; monuments; events; bands "formed in" one city
and "based in" another), origins (foods "first made in"; operas "first produced in" (the
registry's own phrase) where they were first staged; war photographs "developed in" one place and
"taken in" another; inventions, paintings, bands, storms, tektites, beers, dog breeds).

Findings (180 of 402 false texts accepted; the starting code, CHANGES.diff reversed, accepts none
of them, but 18 others, the KNOWN ones; 51 arguable texts are OPEN):

* (1) ``launched_good`` looks at a type's last word only, and "model", "deck", "language",
  "tablet", "lens" are product words: fashion models (type "fashion_model", year born) are
  "introduced" in their birth year ("Kate Moss was introduced in 1974", "Twiggy, introduced in
  1949, was born in Neasden", "Kate Moss is the one that was introduced in 1974", 10), observation
  decks in the year they opened ("Top of the Rock was introduced in 1933", "Introduced in 1974,
  Skydeck Chicago is part of Willis Tower", 7), languages in the year they were first written,
  clay tablets in the year one was found and the other bought, a gravitational lens in the year
  it was found ("Basque was introduced in 1545", "The Flood Tablet was introduced in 1853",
  "The Einstein Cross, introduced in 1985, lies in Pegasus", 9).
* (1) "Created in <year>, X" dates the same people and finds by that year ("Created in 1974, Kate
  Moss was born in Croydon", "Created in 1922, Plimpton 322 is housed in ...", 8), and every
  product by the year it came to market, though a game or a toy is created years before it is
  first sold ("Created in 1935, Monopoly is made by Hasbro" (Magie 1903, Darrow 1933), "Created
  in 1977, Rubik's Cube was devised by Erno Rubik" (1974), "Created in 1981, Trivial Pursuit
  ..." (1979), "Created in 1949, Cluedo ..." (1943), "Created in 1950, Silly Putty ..." (1943),
  10; ", created in 1935," and "was created in 1977" were read so by the starting code: KNOWN).
* (3) "precedes" (an order in space) reads as succession: a station down the line "took over
  from", "is the successor of / to", "is the follow-up to" the one before it ("Regent's Park took
  over from Baker Street", "Embankment is the successor of Charing Cross", "Regent's Park, a
  station, took over from Baker Street", 13), a planet the one nearer the Sun ("Earth took over
  from Venus", "Saturn is the follow-up to Jupiter", "Earth is the one that took over from
  Venus", 10); "replaced" of a building on the site of one pulled down reads as the same ("Madison
  Square Garden took over from Pennsylvania Station", "... is the successor of ...", "One Liberty
  Plaza is the follow-up to the Singer Building", "Pennsylvania Station is the predecessor of
  Madison Square Garden", 8). Item kinds equal object kinds is no test of a succession.
* (4) the object types' words are read one by one: "gas" and "liquid" are power modifiers and
  "mechanism" a power source, so a lifting gas powers an airship ("Hydrogen powers the
  Hindenburg", "The Hindenburg ran on hydrogen", "Helium is the gas that powers USS Akron", "The
  Graf Zeppelin ran on hydrogen and Blau gas", 16), a moderator or coolant a reactor ("Heavy
  water powers CANDU 6", "EBR-II runs on liquid sodium", 10), an escapement a clock ("The double
  three-legged gravity escapement powers the Great Clock of Westminster", "H4 runs on the verge
  escapement", 7); "car" is a modifier, so a racing car powers the team that races it ("The Lotus
  72 powers Team Lotus", "Team Lotus runs on the Lotus 72", 3).
* (9) the parent-company reading tests the relation's objects only, which for an active "owns"
  or "owned" are the things owned, so (a) the past "owned" reads as the parent now ("Ford is the
  parent company of Volvo Cars", "Aston Martin is a subsidiary of Ford", "BMW Group is the parent
  company of Rover Group", "Vickers is the parent company of Rolls-Royce Motors", "Ford, the parent
  company of Aston Martin, is based in Dearborn", 15; "was owned by" is guarded, "owned" is not),
  (b) a businessman or a state that "owns" a firm is its parent company ("Richard Branson is the
  parent company of Virgin Group", "Ineos is a subsidiary of Jim Ratcliffe", "Norway is the parent
  company of Equinor", 10); and for "is owned by" (objects: firms) nothing tests the subjects, so
  a racehorse, a skyscraper, an ocean liner and a hotel are subsidiaries ("Frankel is a subsidiary
  of Juddmonte", "Carnival Corporation is the parent company of Queen Mary 2", 9).
* (10) "manage" -> "operate" is held back only where the objects' whole type names are person
  types: "football_manager" and "music_manager" are not, so "Pep Guardiola operates Manchester
  City", "Coldplay is operated by Dave Holmes", "Manchester City, operated by Pep Guardiola, is
  based in Manchester" (6).
* (8) "the brainchild of" for every designer where "was designed by" is the graph's only verb of
  conceiving, also one who designed a part: "The Sydney Opera House is the brainchild of Peter
  Hall" (its interiors), "The Statue of Liberty is the brainchild of Gustave Eiffel" (its frame),
  "The Golden Gate Bridge is the brainchild of Irving Morrow" (its Art Deco details) (5; "the
  creation of" was already read so: KNOWN).
* (7) "is preserved in" reads "has its home in", of any object: "The London Archaeopteryx has
  its home in the Solnhofen limestone" (the rock it is preserved in; it is housed in the Natural
  History Museum) (3).
* (5) the registry's "was first produced in" (an opera's first staging) reads "comes / is / hails
  from", "an opera from": "Aida comes from Cairo", "Aida is an opera from Cairo", "Porgy and Bess
  comes from Boston" (its try-out) (8); "was developed in" (where a photograph's film was
  developed; each "was taken in" another place) reads "comes from", "originated in", "has its
  roots in": "The Falling Soldier comes from Paris", "Raising the Flag on Iwo Jima originated in
  Guam", "The Terror of War has its roots in Saigon" (13).

Held: "introduced" of species, laws, a course, a festival, a cookbook, the P-51 under the Ford's
short name, wrong years; "a product of" a first maker, an inventor, a designer, a city, a country,
a commissioner, an owner; "makes / manufactures / produces" of a first maker (this round's fix) and
"produces" of a one-off's builder; "came up with / drew up / dreamed up" of makers, builders,
commissioners, the wrong designer; "is the company / agency / city that" of a person, the wrong
kind, the wrong firm; "the one who" reversed or with the wrong verb; the new type nouns for
another kind; succession with a gap, reversed, across kinds (a dynasty and an emperor), "took
over" with no "from"; "powers" of an engine another car uses, of a maker, a designer, a builder,
reversed; "the parent company" of a shareholder, two levels up, of a manager, reversed; "operates"
of a museum director or an owner; "the creation / brainchild of" a commissioner, a builder, an
owner; "has its home in" where a thing was once housed or kept, a band's first city, a birthplace,
reversed; "comes from" the wrong place, a country, a place a name suggests.

Rejected controls: "Mattel produces Scrabble." (the second maker; "Hasbro manufactures Monopoly"
passes); "The Nintendo Switch is the system that Nintendo makes.", "Fanta is the beverage that The
Coca-Cola Company makes." (object relative clauses after "the <noun> that"); "Kate Moss is the one
who was born in Croydon.", "Richard Branson is the businessman who owns Virgin Group." ("who" only
of person types); "Ford was the parent company of Volvo Cars." (no past form); "Geely Holding
Group, a group, owns Volvo Cars." ("group" read as another kind); "Peter Hall, an architect,
designed the Sydney Opera House." (read in the wrong direction); "The Mona Lisa has its home in
Paris." (the museum's city not chained); "The Falling Soldier comes from Espejo." (where it was
taken is not where it comes from).
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


def market():
    """Products and things that are no products on one graph (items: the year of each). Products
    (the year each came to market): board games and toys (type "boardgame", "toy") that were
    devised years before they were first sold, cars (type "car"), a console, a watch and a soft
    drink, each "made by" its maker now and, where the brand changed hands, "first made by"
    another firm (the Jeep Wrangler by American Motors, Monopoly by Parker Brothers); a cookbook
    "written by" its author. Beside them, under types whose head noun is a product's
    (``LAUNCHED_GOODS``) but which are no products brought to market: fashion models (type
    "fashion_model", year born), observation decks (type "observation_deck", year opened) on
    skyscrapers (year completed), languages (year first written), clay tablets (type
    "clay_tablet": the year one was found, the year the other was bought), a gravitational lens
    (year found), a one-off television car (the 1966 Batmobile, year built), a lunar rover (type
    "lunar_vehicle", year first driven on the Moon), two launch vehicles (year of first flight)
    and a one-off pipe organ (type "instrument", year built). Also a fighter aircraft that
    shares its short name "Mustang" with the Ford car (first flight 1940), two species
    "introduced to" islands (year described), two laws "introduced by" congressmen (year
    enacted: the bills were introduced the year before), a university course (year first taught)
    and a festival (year first held). The one-offs "were built by" firms (one relation, all its
    subjects of product head nouns); the fighter "was produced by" its maker; games and the soft
    drink "were devised by" their inventors; cars "were designed by" designers; firms "are based
    in" cities; models "are represented by" agencies."""
    GOODS = ("boardgame", "toy", "car", "console", "watch", "soft_drink")
    rels = [
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=GOODS, range=("company",)),
        R("first_made_by", phrase="was first made by", inverse_phrase="first made", domain=GOODS, range=("company",)),
        R("devised_by", phrase="was devised by", inverse_phrase="devised", domain=("boardgame", "toy", "soft_drink"),
          range=("inventor",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("car",), range=("designer",)),
        R("built_by", phrase="was built by", inverse_phrase="built",
          domain=("car", "lunar_vehicle", "launch_vehicle", "instrument"), range=("company",)),
        R("produced_by", phrase="was produced by", inverse_phrase="produced", domain=("fighter_aircraft",),
          range=("company",)),
        R("part_of", phrase="is part of", inverse_phrase="includes", domain=("observation_deck",), range=("skyscraper",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to",
          domain=("skyscraper", "observation_deck", "festival"), range=("city", "village")),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("fashion_model",), range=("city",)),
        R("represented_by", phrase="is represented by", inverse_phrase="represents", domain=("fashion_model",),
          range=("agency",)),
        R("introduced_to", phrase="was introduced to", inverse_phrase="received", domain=("species",), range=("island",)),
        R("introduced_by", phrase="was introduced by", inverse_phrase="introduced", domain=("act",), range=("politician",)),
        R("taught_at", phrase="is taught at", inverse_phrase="teaches", domain=("course",), range=("university",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("cookbook",), range=("writer",)),
        R("spoken_in", phrase="is spoken in", inverse_phrase="speaks", domain=("language",), range=("country",)),
        R("housed_in", phrase="is housed in", inverse_phrase="houses", domain=("clay_tablet",), range=("museum",)),
        R("lies_in", phrase="lies in", inverse_phrase="contains", domain=("gravitational_lens",), range=("constellation",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("company",), range=("city",)),
    ]
    items = {
        "g:monopoly": ("boardgame", "Monopoly", 1935), "g:scrabble": ("boardgame", "Scrabble", 1948),
        "g:trivial": ("boardgame", "Trivial Pursuit", 1981), "g:cluedo": ("boardgame", "Cluedo", 1949),
        "t:rubik": ("toy", "Rubik's Cube", 1977), "t:putty": ("toy", "Silly Putty", 1950),
        "c:mustang": ("car", "Ford Mustang", 1964), "c:911": ("car", "Porsche 911", 1964),
        "c:wrangler": ("car", "Jeep Wrangler", 1986), "c:corolla": ("car", "Toyota Corolla", 1966),
        "c:batmobile": ("car", "Batmobile", 1966), "v:lrv": ("lunar_vehicle", "Lunar Roving Vehicle", 1971),
        "v:vanguard": ("launch_vehicle", "Vanguard", 1957), "v:atlas": ("launch_vehicle", "Atlas V", 2002),
        "i:wanamaker": ("instrument", "Wanamaker Organ", 1904),
        "a:p51": ("fighter_aircraft", "P-51 Mustang", 1940),
        "d:topoftherock": ("observation_deck", "Top of the Rock", 1933), "d:edge": ("observation_deck", "Edge", 2020),
        "d:skydeck": ("observation_deck", "Skydeck Chicago", 1974),
        "s:rockefeller": ("skyscraper", "30 Rockefeller Plaza", 1933), "s:hudson": ("skyscraper", "30 Hudson Yards", 2019),
        "s:willis": ("skyscraper", "Willis Tower", 1974),
        "m:moss": ("fashion_model", "Kate Moss", 1974), "m:campbell": ("fashion_model", "Naomi Campbell", 1970),
        "m:twiggy": ("fashion_model", "Twiggy", 1949),
        "x:canetoad": ("species", "cane toad", 1758), "x:stoat": ("species", "stoat", 1758),
        "l:cra": ("act", "Civil Rights Act of 1964", 1964), "l:aca": ("act", "Affordable Care Act", 2010),
        "k:cs50": ("course", "CS50", 1989), "e:glasto": ("festival", "Glastonbury Festival", 1970),
        "n:switch": ("console", "Nintendo Switch", 2017), "w:seiko5": ("watch", "Seiko 5", 1963),
        "s:fanta": ("soft_drink", "Fanta", 1940), "b:joy": ("cookbook", "The Joy of Cooking", 1931),
        "l:esperanto": ("language", "Esperanto", 1887), "l:swahili": ("language", "Swahili", 1711),
        "l:basque": ("language", "Basque", 1545), "h:flood": ("clay_tablet", "Flood Tablet", 1853),
        "h:plimpton": ("clay_tablet", "Plimpton 322", 1922), "h:einstein": ("gravitational_lens", "Einstein Cross", 1985),
    }
    others = {
        "f:hasbro": ("company", "Hasbro"), "f:mattel": ("company", "Mattel"), "f:spinmaster": ("company", "Spin Master"),
        "f:crayola": ("company", "Crayola"), "f:ford": ("company", "Ford"),
        "f:porsche": ("company", "Porsche"), "f:stellantis": ("company", "Stellantis"), "f:toyota": ("company", "Toyota"),
        "f:parker": ("company", "Parker Brothers"), "f:pmc": ("company", "Production and Marketing Company"),
        "f:hornabbot": ("company", "Horn Abbot"), "f:waddingtons": ("company", "Waddingtons"),
        "f:politechnika": ("company", "Politechnika"), "f:amc": ("company", "American Motors"),
        "f:barris": ("company", "Barris Kustom Industries"), "f:boeing": ("company", "Boeing"),
        "f:martin": ("company", "Glenn L. Martin Company"), "f:ula": ("company", "United Launch Alliance"),
        "f:laaoc": ("company", "Los Angeles Art Organ Company"), "f:naa": ("company", "North American Aviation"),
        "n:magie": ("inventor", "Lizzie Magie"), "n:darrow": ("inventor", "Charles Darrow"),
        "n:butts": ("inventor", "Alfred Mosher Butts"), "n:haney": ("inventor", "Chris Haney"),
        "n:abbott": ("inventor", "Scott Abbott"), "n:pratt": ("inventor", "Anthony E. Pratt"),
        "n:rubik": ("inventor", "Erno Rubik"), "n:wright": ("inventor", "James Wright"),
        "z:oros": ("designer", "Joe Oros"), "z:butzi": ("designer", "Ferdinand Alexander Porsche"),
        "z:barris": ("designer", "George Barris"), "z:hasegawa": ("designer", "Tatsuo Hasegawa"),
        "y:nyc": ("city", "New York City"), "y:chicago": ("city", "Chicago"), "y:london": ("city", "London"),
        "y:croydon": ("city", "Croydon"), "y:streatham": ("city", "Streatham"), "y:neasden": ("city", "Neasden"),
        "y:pawtucket": ("city", "Pawtucket"), "y:elsegundo": ("city", "El Segundo"), "y:toronto": ("city", "Toronto"),
         "y:dearborn": ("city", "Dearborn"), "y:stuttgart": ("city", "Stuttgart"),
        "y:amsterdam": ("city", "Amsterdam"), "y:toyota": ("city", "Toyota City"),
        "y:pilton": ("village", "Pilton"),
        "q:storm": ("agency", "Storm Management"), "q:img": ("agency", "IMG Models"),
        "w:australia": ("island", "Australia"), "w:nz": ("island", "New Zealand"),
        "o:celler": ("politician", "Emanuel Celler"), "o:rangel": ("politician", "Charles Rangel"),
        "u:harvard": ("university", "Harvard University"), "f:nintendo": ("company", "Nintendo"),
        "f:seiko": ("company", "Seiko"), "f:tccc": ("company", "The Coca-Cola Company"),
        "f:ccd": ("company", "Coca-Cola Deutschland"), "n:keith": ("inventor", "Max Keith"),
        "r:rombauer": ("writer", "Irma Rombauer"), "y:kyoto": ("city", "Kyoto"), "y:tokyo": ("city", "Tokyo"),
        "y:atlanta": ("city", "Atlanta"), "k:tanzania": ("country", "Tanzania"), "k:kenya": ("country", "Kenya"),
        "k:spain": ("country", "Spain"), "k:france": ("country", "France"), "k:brazil": ("country", "Brazil"),
        "h:bm": ("museum", "British Museum"), "h:columbia": ("museum", "Columbia University's Rare Book Library"),
        "h:pegasus": ("constellation", "Pegasus"),
    }
    T_ = _t("made_by", [
        ("g:monopoly", "f:hasbro"), ("g:scrabble", "f:hasbro"), ("g:scrabble", "f:mattel"), ("g:trivial", "f:hasbro"),
        ("g:cluedo", "f:hasbro"), ("t:rubik", "f:spinmaster"), ("t:putty", "f:crayola"),
        ("c:mustang", "f:ford"), ("c:911", "f:porsche"), ("c:wrangler", "f:stellantis"), ("c:corolla", "f:toyota"),
        ("n:switch", "f:nintendo"), ("w:seiko5", "f:seiko"), ("s:fanta", "f:tccc")])
    T_ += _t("first_made_by", [
        ("g:monopoly", "f:parker"), ("g:scrabble", "f:pmc"), ("g:trivial", "f:hornabbot"), ("g:cluedo", "f:waddingtons"),
        ("t:rubik", "f:politechnika"), ("c:wrangler", "f:amc"), ("s:fanta", "f:ccd")])
    T_ += _t("devised_by", [
        ("g:monopoly", "n:magie"), ("g:monopoly", "n:darrow"), ("g:scrabble", "n:butts"), ("g:trivial", "n:haney"),
        ("g:trivial", "n:abbott"), ("g:cluedo", "n:pratt"), ("t:rubik", "n:rubik"), ("t:putty", "n:wright"),
        ("s:fanta", "n:keith")])
    T_ += _t("designed_by", [("c:mustang", "z:oros"), ("c:911", "z:butzi"), ("c:batmobile", "z:barris"),
                             ("c:corolla", "z:hasegawa")])
    T_ += _t("built_by", [("c:batmobile", "f:barris"), ("v:lrv", "f:boeing"), ("v:vanguard", "f:martin"),
                          ("v:atlas", "f:ula"), ("i:wanamaker", "f:laaoc")])
    T_ += _t("produced_by", [("a:p51", "f:naa")])
    T_ += _t("part_of", [("d:topoftherock", "s:rockefeller"), ("d:edge", "s:hudson"), ("d:skydeck", "s:willis")])
    T_ += _t("located_in", [("d:topoftherock", "y:nyc"), ("d:edge", "y:nyc"), ("d:skydeck", "y:chicago"),
                            ("s:rockefeller", "y:nyc"), ("s:hudson", "y:nyc"), ("s:willis", "y:chicago"),
                            ("e:glasto", "y:pilton")])
    T_ += _t("born_in", [("m:moss", "y:croydon"), ("m:campbell", "y:streatham"), ("m:twiggy", "y:neasden")])
    T_ += _t("represented_by", [("m:moss", "q:storm"), ("m:campbell", "q:img"), ("m:twiggy", "q:storm")])
    T_ += _t("introduced_to", [("x:canetoad", "w:australia"), ("x:stoat", "w:nz")])
    T_ += _t("introduced_by", [("l:cra", "o:celler"), ("l:aca", "o:rangel")])
    T_ += _t("taught_at", [("k:cs50", "u:harvard")])
    T_ += _t("based_in", [("f:hasbro", "y:pawtucket"), ("f:mattel", "y:elsegundo"), ("f:spinmaster", "y:toronto"),
                          ("f:ford", "y:dearborn"), ("f:porsche", "y:stuttgart"),
                          ("f:stellantis", "y:amsterdam"), ("f:toyota", "y:toyota"), ("f:nintendo", "y:kyoto"),
                          ("f:seiko", "y:tokyo"), ("f:tccc", "y:atlanta")])
    T_ += _t("written_by", [("b:joy", "r:rombauer")])
    T_ += _t("spoken_in", [("l:swahili", "k:tanzania"), ("l:swahili", "k:kenya"), ("l:basque", "k:spain"),
                           ("l:basque", "k:france"), ("l:esperanto", "k:brazil")])
    T_ += _t("housed_in", [("h:flood", "h:bm"), ("h:plimpton", "h:columbia")])
    T_ += _t("lies_in", [("h:einstein", "h:pegasus")])
    aliases = {"c:mustang": ("Mustang",), "a:p51": ("Mustang",)}
    return _build(items, others, rels, T_, aliases=aliases)


def lineage():
    """Orders of one kind after another, in three relations (each verb only in its own):
    Chinese dynasties and emperors (items: the year each dynasty was founded; emperors
    are attributes) in one relation "was succeeded by" (a dynasty by the next one, an emperor by
    the next emperor); London Underground stations on the Bakerloo line, southbound, and the
    planets from the Sun in one relation "precedes" (an order in space, no succession: no
    station replaced or took over from the one before it); New York and London buildings that
    "replaced" the building pulled down on their site (no successor in function: Madison Square
    Garden took over nothing from Pennsylvania Station, whose trains run on below it). Emperors
    "belonged to" dynasties; dynasties "were founded by" emperors; stations "are on" a line;
    buildings "are located in" cities."""
    rels = [
        R("succeeded_by", phrase="was succeeded by", inverse_phrase="succeeded",
          domain=("dynasty", "emperor"), range=("dynasty", "emperor")),
        R("precedes", phrase="precedes", inverse_phrase="is preceded by",
          domain=("station", "planet"), range=("station", "planet")),
        R("replaced", phrase="replaced", inverse_phrase="was replaced by", domain=("building",), range=("building",)),
        R("belonged_to", phrase="belonged to", inverse_phrase="included", domain=("emperor",), range=("dynasty",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("dynasty",), range=("emperor",)),
        R("on_line", phrase="is on", inverse_phrase="serves", domain=("station",), range=("railway_line",)),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("building",), range=("city",)),
    ]
    items = {
        "d:sui": ("dynasty", "Sui dynasty", 581), "d:tang": ("dynasty", "Tang dynasty", 618),
        "d:song": ("dynasty", "Song dynasty", 960), "d:yuan": ("dynasty", "Yuan dynasty", 1271),
        "d:ming": ("dynasty", "Ming dynasty", 1368), "d:qing": ("dynasty", "Qing dynasty", 1644),
        "s:baker": ("station", "Baker Street", 1863), "s:regents": ("station", "Regent's Park", 1906),
        "s:oxford": ("station", "Oxford Circus", 1900), "s:piccadilly": ("station", "Piccadilly Circus", 1906),
        "s:charing": ("station", "Charing Cross", 1906), "s:embankment": ("station", "Embankment", 1870),
        "p:mercury": ("planet", "Mercury", None), "p:venus": ("planet", "Venus", None), "p:earth": ("planet", "Earth", None),
        "p:mars": ("planet", "Mars", None), "p:jupiter": ("planet", "Jupiter", None), "p:saturn": ("planet", "Saturn", None),
        "b:penn": ("building", "Pennsylvania Station", 1910), "b:msg": ("building", "Madison Square Garden", 1968),
        "b:singer": ("building", "Singer Building", 1908), "b:liberty": ("building", "One Liberty Plaza", 1973),
        "b:southwark": ("building", "Southwark Towers", 1976), "b:shard": ("building", "The Shard", 2012),
    }
    others = {
        "e:gaozu": ("emperor", "Emperor Gaozu of Tang"), "e:taizong": ("emperor", "Emperor Taizong of Tang"),
        "e:gaozong": ("emperor", "Emperor Gaozong of Tang"), "e:zhongzong": ("emperor", "Emperor Zhongzong of Tang"),
        "e:taizu": ("emperor", "Emperor Taizu of Song"), "e:taizongsong": ("emperor", "Emperor Taizong of Song"),
        "e:hongwu": ("emperor", "Hongwu Emperor"), "e:jianwen": ("emperor", "Jianwen Emperor"),
        "e:yongle": ("emperor", "Yongle Emperor"), "e:hongtaiji": ("emperor", "Hong Taiji"),
        "e:kangxi": ("emperor", "Kangxi Emperor"), "e:yongzheng": ("emperor", "Yongzheng Emperor"),
        "e:qianlong": ("emperor", "Qianlong Emperor"), "e:kublai": ("emperor", "Kublai Khan"),
        "e:toghon": ("emperor", "Toghon Temur"), "e:wendi": ("emperor", "Emperor Wen of Sui"),
        "l:bakerloo": ("railway_line", "Bakerloo line"), "y:nyc": ("city", "New York City"), "y:london": ("city", "London"),
    }
    T_ = _t("succeeded_by", [
        ("d:sui", "d:tang"), ("d:song", "d:yuan"), ("d:yuan", "d:ming"),
        ("d:ming", "d:qing"),
        ("e:gaozu", "e:taizong"), ("e:taizong", "e:gaozong"), ("e:gaozong", "e:zhongzong"), ("e:taizu", "e:taizongsong"),
        ("e:hongwu", "e:jianwen"), ("e:jianwen", "e:yongle"), ("e:kangxi", "e:yongzheng"), ("e:yongzheng", "e:qianlong")])
    T_ += _t("precedes", [
        ("s:baker", "s:regents"), ("s:regents", "s:oxford"), ("s:oxford", "s:piccadilly"), ("s:piccadilly", "s:charing"),
        ("s:charing", "s:embankment"),
        ("p:mercury", "p:venus"), ("p:venus", "p:earth"), ("p:earth", "p:mars"), ("p:mars", "p:jupiter"),
        ("p:jupiter", "p:saturn")])
    T_ += _t("replaced", [("b:msg", "b:penn"), ("b:liberty", "b:singer"), ("b:shard", "b:southwark")])
    T_ += _t("belonged_to", [
        ("e:gaozu", "d:tang"), ("e:taizong", "d:tang"), ("e:gaozong", "d:tang"), ("e:zhongzong", "d:tang"),
        ("e:taizu", "d:song"), ("e:taizongsong", "d:song"), ("e:hongwu", "d:ming"), ("e:jianwen", "d:ming"),
        ("e:yongle", "d:ming"), ("e:hongtaiji", "d:qing"), ("e:kangxi", "d:qing"), ("e:yongzheng", "d:qing"),
        ("e:qianlong", "d:qing"), ("e:kublai", "d:yuan"), ("e:toghon", "d:yuan"), ("e:wendi", "d:sui")])
    T_ += _t("founded_by", [("d:tang", "e:gaozu"), ("d:song", "e:taizu"), ("d:ming", "e:hongwu"), ("d:qing", "e:hongtaiji"),
                            ("d:yuan", "e:kublai"), ("d:sui", "e:wendi")])
    T_ += _t("on_line", [(s, "l:bakerloo") for s in ("s:baker", "s:regents", "s:oxford", "s:piccadilly", "s:charing",
                                                      "s:embankment")])
    T_ += _t("located_in", [("b:penn", "y:nyc"), ("b:msg", "y:nyc"), ("b:singer", "y:nyc"), ("b:liberty", "y:nyc"),
                            ("b:southwark", "y:london"), ("b:shard", "y:london")])
    return _build(items, others, rels, T_)


def power():
    """What machines run on, in one relation "uses" whose objects are all of power-source kinds
    by their type words (engines, a jet engine, a fuel, a gas, a liquid, a mechanism, a racing
    car): airships that use engines and a lifting gas (hydrogen or helium: the gas lifts them, the
    engines drive them; the Graf Zeppelin also burned Blau gas, a fuel), nuclear reactors that
    use a fuel and a liquid (heavy water, the CANDU's moderator; liquid sodium, EBR-II's coolant),
    a clock and a chronometer that use escapements (which regulate them: weights and a mainspring
    power them), cars that use engines (the Mustang an engine family, the Windsor V8, of which
    the Windsor 289 "is a version"), a racing car and the team that raced it ("Team Lotus uses"
    its car and its engine), an airliner. Items: the year each was launched, first flew, went
    critical, was completed or first sold. Also "is made by" (current makers of cars and
    engines), "was built by" (the builders of the airships, the racing car and the airliner),
    "was designed by". Team Lotus and Lotus Cars both go by "Lotus"."""
    rels = [
        R("uses", phrase="uses", inverse_phrase="is used by",
          domain=("airship", "reactor", "clock", "chronometer", "car", "racing_car", "airliner", "team"),
          range=("engine", "jet_engine", "gas", "liquid", "fuel", "mechanism", "racing_car")),
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("car", "engine"), range=("company",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("airship", "racing_car", "airliner"),
          range=("company", "team")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed",
          domain=("airship", "racing_car", "clock", "chronometer", "reactor"), range=("designer",)),
        R("version_of", phrase="is a version of", inverse_phrase="has the version", domain=("engine",), range=("engine",)),
    ]
    items = {
        "a:hindenburg": ("airship", "Hindenburg", 1936), "a:grafzeppelin": ("airship", "Graf Zeppelin", 1928),
        "a:akron": ("airship", "USS Akron", 1931), "r:candu": ("reactor", "CANDU 6", 1983),
        "r:ebr2": ("reactor", "EBR-II", 1964), "k:bigben": ("clock", "Great Clock of Westminster", 1859),
        "k:h4": ("chronometer", "H4", 1759), "c:mustang": ("car", "Ford Mustang", 1964),
        "c:emira": ("car", "Lotus Emira", 2021), "c:lotus72": ("racing_car", "Lotus 72", 1970),
        "j:concorde": ("airliner", "Concorde", 1976),
    }
    others = {
        "e:db602": ("engine", "Daimler-Benz DB 602"), "e:maybach": ("engine", "Maybach VL II"),
        "g:hydrogen": ("gas", "hydrogen"), "g:helium": ("gas", "helium"), "u:blau": ("fuel", "Blau gas"),
        "u:natural": ("fuel", "natural uranium"), "u:enriched": ("fuel", "enriched uranium"),
        "q:heavy": ("liquid", "heavy water"), "q:sodium": ("liquid", "liquid sodium"),
        "m:gravity": ("mechanism", "double three-legged gravity escapement"), "m:verge": ("mechanism", "verge escapement"),
        "m:remontoire": ("mechanism", "remontoire"),
        "e:windsor": ("engine", "Ford Windsor V8"), "e:w289": ("engine", "Windsor 289"), "e:2gr": ("engine", "Toyota 2GR-FE"),
        "e:dfv": ("engine", "Cosworth DFV"), "e:olympus": ("jet_engine", "Olympus 593"),
        "t:teamlotus": ("team", "Team Lotus"), "f:lotuscars": ("company", "Lotus Cars"), "f:ford": ("company", "Ford"),
        "f:toyota": ("company", "Toyota"), "f:cosworth": ("company", "Cosworth"),
        "f:zeppelin": ("company", "Luftschiffbau Zeppelin"), "f:goodyear": ("company", "Goodyear-Zeppelin Corporation"),
        "f:aerospatiale": ("company", "Aerospatiale"), "f:bac": ("company", "British Aircraft Corporation"),
        "x:chapman": ("designer", "Colin Chapman"), "x:philippe": ("designer", "Maurice Philippe"),
        "x:durr": ("designer", "Ludwig Durr"), "x:denison": ("designer", "Edmund Beckett Denison"),
        "x:harrison": ("designer", "John Harrison"), "x:lewis": ("designer", "W. Bennett Lewis"),
        "x:koch": ("designer", "Leonard Koch"),
    }
    T_ = _t("uses", [
        ("a:hindenburg", "e:db602"), ("a:hindenburg", "g:hydrogen"), ("a:grafzeppelin", "e:maybach"),
        ("a:grafzeppelin", "g:hydrogen"), ("a:grafzeppelin", "u:blau"), ("a:akron", "e:maybach"), ("a:akron", "g:helium"),
        ("r:candu", "u:natural"), ("r:candu", "q:heavy"), ("r:ebr2", "u:enriched"), ("r:ebr2", "q:sodium"),
        ("k:bigben", "m:gravity"), ("k:h4", "m:verge"), ("k:h4", "m:remontoire"),
        ("c:mustang", "e:windsor"), ("c:emira", "e:2gr"), ("c:lotus72", "e:dfv"), ("j:concorde", "e:olympus"),
        ("t:teamlotus", "c:lotus72"), ("t:teamlotus", "e:dfv")])
    T_ += _t("made_by", [("c:mustang", "f:ford"), ("c:emira", "f:lotuscars"), ("e:windsor", "f:ford"),
                         ("e:w289", "f:ford"), ("e:2gr", "f:toyota"), ("e:dfv", "f:cosworth")])
    T_ += _t("built_by", [("a:hindenburg", "f:zeppelin"), ("a:grafzeppelin", "f:zeppelin"), ("a:akron", "f:goodyear"),
                          ("c:lotus72", "t:teamlotus"), ("j:concorde", "f:aerospatiale"), ("j:concorde", "f:bac")])
    T_ += _t("designed_by", [("c:lotus72", "x:chapman"), ("c:lotus72", "x:philippe"), ("a:hindenburg", "x:durr"),
                             ("a:grafzeppelin", "x:durr"), ("k:bigben", "x:denison"), ("k:h4", "x:harrison"),
                             ("r:candu", "x:lewis"), ("r:ebr2", "x:koch")])
    T_ += _t("version_of", [("e:w289", "e:windsor")])
    aliases = {"t:teamlotus": ("Lotus",), "f:lotuscars": ("Lotus",)}
    return _build(items, others, rels, T_, aliases=aliases)


def firms():
    """Who owns what. "is owned by" a firm (types company, group, conglomerate) now: carmakers,
    a football club, a racehorse, a skyscraper, an ocean liner and a hotel (only the firms are
    subsidiaries); "owns" (another relation) of businessmen and a state that own firms (majority
    owners, but no parent companies); "owned" (the past: Ford's and BMW's and Vickers' former
    marques, each sold since); "is a shareholder of" (minority stakes). "is managed by" a football manager, a band's manager and a hotel company
    (one relation: the objects' types, "football_manager", "music_manager", are no person types
    by their whole names); "is directed by" (museum directors); "was founded by" (the graph's one
    relation of founding, creating or designing); "is based in". Items: the year each company
    was founded, the club formed, the horse foaled, the building completed, the liner launched."""
    rels = [
        R("owned_by", phrase="is owned by", inverse_phrase="owns",
          domain=("company", "football_club", "racehorse", "skyscraper", "ocean_liner", "hotel"),
          range=("company", "group", "conglomerate")),
        R("owns", phrase="owns", inverse_phrase="belongs to", domain=("businessman", "country"), range=("group", "company")),
        R("formerly_owned", phrase="owned", inverse_phrase="was owned by", domain=("company", "group"), range=("company",)),
        R("shareholder_of", phrase="is a shareholder of", inverse_phrase="has as a shareholder",
          domain=("group", "company"), range=("company", "group")),
        R("managed_by", phrase="is managed by", inverse_phrase="manages", domain=("football_club", "band", "hotel"),
          range=("football_manager", "music_manager", "company")),
        R("directed_by", phrase="is directed by", inverse_phrase="directs", domain=("museum",), range=("museum_director",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("company", "group"), range=("founder",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to",
          domain=("company", "group", "conglomerate", "football_club", "band", "museum"), range=("city",)),
    ]
    items = {
        "c:rrmc": ("company", "Rolls-Royce Motor Cars", 1998), "c:bentley": ("company", "Bentley", 1919),
        "c:jlr": ("company", "Jaguar Land Rover", 2008), "c:volvo": ("company", "Volvo Cars", 1927),
        "c:jaguar": ("company", "Jaguar Cars", 1922), "c:aston": ("company", "Aston Martin", 1913),
        "c:rover": ("company", "Rover Group", 1986), "c:rrmotors": ("company", "Rolls-Royce Motors", 1973),
        "c:cunard": ("company", "Cunard", 1840), "c:tatamotors": ("company", "Tata Motors", 1945),
        "h:mancity": ("football_club", "Manchester City", 1880), "h:frankel": ("racehorse", "Frankel", 2008),
        "h:gherkin": ("skyscraper", "30 St Mary Axe", 2003), "h:qm2": ("ocean_liner", "Queen Mary 2", 2003),
        "h:savoy": ("hotel", "The Savoy", 1889), "h:coldplay": ("band", "Coldplay", 1997),
        "g:virgin": ("group", "Virgin Group", 1970), "c:ineos": ("company", "Ineos", 1998),
        "c:equinor": ("company", "Equinor", 1972),
        "m:louvre": ("museum", "Louvre", 1793), "m:bm": ("museum", "British Museum", 1753),
    }
    others = {
        "o:bmw": ("group", "BMW Group"), "o:vw": ("group", "Volkswagen Group"), "o:geely": ("group", "Geely Holding Group"),
        "o:cfg": ("group", "City Football Group"), "o:safra": ("group", "Safra Group"), "o:tatagroup": ("conglomerate", "Tata Group"),
        "o:juddmonte": ("company", "Juddmonte"), "o:carnival": ("company", "Carnival Corporation"),
        "o:katara": ("company", "Katara Hospitality"), "o:ford": ("company", "Ford"), "o:vickers": ("company", "Vickers"),
        "o:mercedes": ("group", "Mercedes-Benz Group"), "o:fairmont": ("company", "Fairmont Hotels and Resorts"),
        "p:branson": ("businessman", "Richard Branson"), "p:mansour": ("businessman", "Sheikh Mansour"),
        "p:ratcliffe": ("businessman", "Jim Ratcliffe"), "k:norway": ("country", "Norway"),
        "p:guardiola": ("football_manager", "Pep Guardiola"), "p:holmes": ("music_manager", "Dave Holmes"),
        "p:descars": ("museum_director", "Laurence des Cars"), "p:cullinan": ("museum_director", "Nicholas Cullinan"),
        "p:wobentley": ("founder", "W. O. Bentley"), "p:martin": ("founder", "Lionel Martin"),
        "p:bamford": ("founder", "Robert Bamford"), "p:gabrielsson": ("founder", "Assar Gabrielsson"),
        "p:larson": ("founder", "Gustaf Larson"), "p:lyons": ("founder", "William Lyons"),
        "p:walmsley": ("founder", "William Walmsley"), "p:cunard": ("founder", "Samuel Cunard"),
        "p:tata": ("founder", "J. R. D. Tata"),
        "y:goodwood": ("city", "Goodwood"), "y:crewe": ("city", "Crewe"), "y:coventry": ("city", "Coventry"),
        "y:gothenburg": ("city", "Gothenburg"), "y:gaydon": ("city", "Gaydon"), "y:southampton": ("city", "Southampton"),
        "y:manchester": ("city", "Manchester"), "y:london": ("city", "London"), "y:paris": ("city", "Paris"),
        "y:munich": ("city", "Munich"), "y:wolfsburg": ("city", "Wolfsburg"), "y:hangzhou": ("city", "Hangzhou"),
        "y:mumbai": ("city", "Mumbai"), "y:dearborn": ("city", "Dearborn"), "y:miami": ("city", "Miami"), "y:stavanger": ("city", "Stavanger"),
    }
    T_ = _t("owned_by", [
        ("c:rrmc", "o:bmw"), ("c:bentley", "o:vw"), ("c:jlr", "c:tatamotors"), ("c:volvo", "o:geely"),
        ("c:tatamotors", "o:tatagroup"), ("c:cunard", "o:carnival"), ("h:mancity", "o:cfg"), ("h:frankel", "o:juddmonte"),
        ("h:gherkin", "o:safra"), ("h:qm2", "o:carnival"), ("h:savoy", "o:katara")])
    T_ += _t("owns", [("p:branson", "g:virgin"), ("p:mansour", "o:cfg"), ("p:ratcliffe", "c:ineos"),
                      ("k:norway", "c:equinor")])
    T_ += _t("formerly_owned", [("o:ford", "c:jaguar"), ("o:ford", "c:aston"), ("o:ford", "c:volvo"),
                                ("o:bmw", "c:rover"), ("o:vickers", "c:rrmotors")])
    T_ += _t("shareholder_of", [("o:mercedes", "c:aston"), ("o:geely", "c:aston"), ("o:geely", "o:mercedes")])
    T_ += _t("managed_by", [("h:mancity", "p:guardiola"), ("h:coldplay", "p:holmes"), ("h:savoy", "o:fairmont")])
    T_ += _t("directed_by", [("m:louvre", "p:descars"), ("m:bm", "p:cullinan")])
    T_ += _t("founded_by", [
        ("c:bentley", "p:wobentley"), ("c:aston", "p:martin"), ("c:aston", "p:bamford"), ("c:volvo", "p:gabrielsson"),
        ("c:volvo", "p:larson"), ("c:jaguar", "p:lyons"), ("c:jaguar", "p:walmsley"), ("c:cunard", "p:cunard"),
        ("g:virgin", "p:branson"), ("c:tatamotors", "p:tata")])
    T_ += _t("based_in", [
        ("c:rrmc", "y:goodwood"), ("c:bentley", "y:crewe"), ("c:jlr", "y:coventry"), ("c:volvo", "y:gothenburg"),
        ("c:aston", "y:gaydon"), ("c:cunard", "y:southampton"), ("h:mancity", "y:manchester"), ("h:coldplay", "y:london"),
        ("g:virgin", "y:london"), ("o:bmw", "y:munich"), ("o:vw", "y:wolfsburg"), ("o:geely", "y:hangzhou"),
        ("o:tatagroup", "y:mumbai"), ("c:equinor", "y:stavanger"), ("c:tatamotors", "y:mumbai"), ("o:ford", "y:dearborn"), ("o:carnival", "y:miami"),
        ("m:louvre", "y:paris"), ("m:bm", "y:london")])
    return _build(items, others, rels, T_)


def places():
    """Landmarks and the things museums keep. Landmarks (items: year completed or dedicated)
    "were designed by" their architects, engineers and sculptors, among them those who designed a
    part (Peter Hall the Sydney Opera House's interiors, Gustave Eiffel the Statue of Liberty's
    iron frame, Irving Morrow the Golden Gate Bridge's Art Deco details, Augustus Pugin the
    Palace of Westminster's interiors): the graph's one relation of designing, creating,
    founding or inventing; "were built by" contractors (firms); "were commissioned by" the bodies
    that ordered them; "are located in" cities. Treasures (items: year made or found) "are housed
    in" a museum now and "were housed in" others before ("was housed in": the past), "are kept
    in" / "were kept in" (the Book of Kells, the Stone of Scone, the Ashes urn), "are preserved in"
    (a fossil in its limestone, a warship in its dock); monuments "stand in" squares and a
    harbour; events "are held in" cities and at golf courses (the Open Championship moves among
    several); bands "formed in" one city and "are based in" another; architects "were born in"
    cities."""
    rels = [
        R("designed_by", phrase="was designed by", inverse_phrase="designed",
          domain=("opera_house", "statue", "bridge", "palace"), range=("architect", "engineer", "sculptor")),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("opera_house", "statue", "bridge"),
          range=("company",)),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned",
          domain=("opera_house", "statue", "bridge"), range=("organization", "government")),
        R("located_in", phrase="is located in", inverse_phrase="is home to",
          domain=("opera_house", "statue", "bridge", "palace", "museum", "library"), range=("city",)),
        R("housed_in", phrase="is housed in", inverse_phrase="houses",
          domain=("painting", "aircraft", "bell", "bust", "stele", "fossil", "bog_body"), range=("museum",)),
        R("was_housed_in", phrase="was housed in", inverse_phrase="once housed",
          domain=("painting", "aircraft", "bell", "bust"), range=("museum", "palace", "building")),
        R("kept_in", phrase="is kept in", inverse_phrase="keeps", domain=("manuscript", "stone", "trophy"),
          range=("library", "museum")),
        R("was_kept_in", phrase="was kept in", inverse_phrase="once kept", domain=("manuscript", "stone"),
          range=("abbey", "castle")),
        R("preserved_in", phrase="is preserved in", inverse_phrase="preserves", domain=("fossil", "warship"),
          range=("rock", "dockyard")),
        R("stands_in", phrase="stands in", inverse_phrase="is the site of", domain=("statue", "monument"),
          range=("square", "harbour", "city")),
        R("held_in", phrase="is held in", inverse_phrase="hosts", domain=("race", "golf_tournament"),
          range=("city", "golf_course")),
        R("formed_in", phrase="formed in", inverse_phrase="is where", domain=("band",), range=("city",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("band",), range=("city",)),
        R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("architect", "engineer", "sculptor"),
          range=("city",)),
    ]
    items = {
        "l:soh": ("opera_house", "Sydney Opera House", 1973), "l:liberty": ("statue", "Statue of Liberty", 1886),
        "l:ggb": ("bridge", "Golden Gate Bridge", 1937), "l:westminster": ("palace", "Palace of Westminster", 1870),
        "l:towerbridge": ("bridge", "Tower Bridge", 1894),
        "t:mona": ("painting", "Mona Lisa", 1503), "t:nightwatch": ("painting", "The Night Watch", 1642),
        "t:flyer": ("aircraft", "Wright Flyer", 1903), "t:bell": ("bell", "Liberty Bell", 1752),
        "t:nefertiti": ("bust", "Bust of Nefertiti", 1912), "t:rosetta": ("stele", "Rosetta Stone", 1799),
        "t:archaeopteryx": ("fossil", "London Archaeopteryx", 1861), "t:lindow": ("bog_body", "Lindow Man", 1984),
        "t:kells": ("manuscript", "Book of Kells", 800), "t:scone": ("stone", "Stone of Scone", 1296),
        "t:ashes": ("trophy", "the Ashes urn", 1882), "t:victory": ("warship", "HMS Victory", 1765),
        "t:nelson": ("monument", "Nelson's Column", 1843), "t:mermaid": ("statue", "The Little Mermaid", 1913),
        "t:eros": ("monument", "Shaftesbury Memorial Fountain", 1893),
        "e:monaco": ("race", "Monaco Grand Prix", 1929), "e:open": ("golf_tournament", "The Open Championship", 1860),
        "e:fleetwood": ("band", "Fleetwood Mac", 1967), "e:acdc": ("band", "AC/DC", 1973),
        "e:pogues": ("band", "The Pogues", 1982), "e:foo": ("band", "Foo Fighters", 1994),
    }
    others = {
        "a:utzon": ("architect", "Jorn Utzon"), "a:hall": ("architect", "Peter Hall"),
        "a:bartholdi": ("sculptor", "Frederic Auguste Bartholdi"), "a:eiffel": ("engineer", "Gustave Eiffel"),
        "a:strauss": ("engineer", "Joseph Strauss"), "a:ellis": ("engineer", "Charles Ellis"),
        "a:morrow": ("architect", "Irving Morrow"), "a:barry": ("architect", "Charles Barry"),
        "a:pugin": ("architect", "Augustus Pugin"), "a:jones": ("architect", "Horace Jones"),
        "a:wolfebarry": ("engineer", "John Wolfe Barry"),
        "f:hornibrook": ("company", "Hornibrook"), "f:civil": ("company", "Civil and Civic"),
        "f:gaget": ("company", "Gaget, Gauthier and Company"), "f:mcclintic": ("company", "McClintic-Marshall Company"),
        "f:arrol": ("company", "William Arrol and Company"),
        "o:union": ("organization", "Franco-American Union"), "o:nsw": ("government", "Government of New South Wales"),
        "o:corp": ("organization", "City of London Corporation"), "o:district": ("government", "Golden Gate Bridge District"),
        "m:louvre": ("museum", "Louvre"), "m:rijks": ("museum", "Rijksmuseum"), "m:nasm": ("museum", "National Air and Space Museum"),
        "m:lbc": ("museum", "Liberty Bell Center"), "m:bm": ("museum", "British Museum"), "m:nhm": ("museum", "Natural History Museum"),
        "m:science": ("museum", "Science Museum"), "m:altes": ("museum", "Altes Museum"), "m:perth": ("museum", "Perth Museum"),
        "m:mcc": ("museum", "MCC Museum"), "m:neues": ("museum", "Neues Museum"),
        "k:fontainebleau": ("palace", "Palace of Fontainebleau"), "k:versailles": ("palace", "Palace of Versailles"),
        "k:trippenhuis": ("building", "Trippenhuis"), "k:independence": ("building", "Independence Hall"),
        "k:tcd": ("library", "Trinity College Library"), "k:kells": ("abbey", "Kells Abbey"),
        "k:westminsterabbey": ("abbey", "Westminster Abbey"), "k:edinburgh": ("castle", "Edinburgh Castle"),
        "r:solnhofen": ("rock", "Solnhofen limestone"), "r:portsmouth": ("dockyard", "Portsmouth Historic Dockyard"),
        "q:trafalgar": ("square", "Trafalgar Square"), "q:piccadilly": ("square", "Piccadilly Circus"),
        "q:harbor": ("harbour", "New York Harbor"),
        "v:standrews": ("golf_course", "St Andrews"), "v:carnoustie": ("golf_course", "Carnoustie"),
        "v:troon": ("golf_course", "Royal Troon"),
        "y:sydney": ("city", "Sydney"), "y:nyc": ("city", "New York City"), "y:sf": ("city", "San Francisco"),
        "y:london": ("city", "London"), "y:berlin": ("city", "Berlin"), "y:copenhagen": ("city", "Copenhagen"),
        "y:monaco": ("city", "Monaco"), "y:la": ("city", "Los Angeles"), "y:seattle": ("city", "Seattle"),
        "y:colmar": ("city", "Colmar"), "y:dijon": ("city", "Dijon"), "y:paris": ("city", "Paris"),
        "y:cincinnati": ("city", "Cincinnati"),
        "y:amsterdam": ("city", "Amsterdam"),
    }
    T_ = _t("designed_by", [
        ("l:soh", "a:utzon"), ("l:soh", "a:hall"), ("l:liberty", "a:bartholdi"), ("l:liberty", "a:eiffel"),
        ("l:ggb", "a:strauss"), ("l:ggb", "a:ellis"), ("l:ggb", "a:morrow"), ("l:westminster", "a:barry"),
        ("l:westminster", "a:pugin"), ("l:towerbridge", "a:jones"), ("l:towerbridge", "a:wolfebarry")])
    T_ += _t("built_by", [("l:soh", "f:hornibrook"), ("l:soh", "f:civil"), ("l:liberty", "f:gaget"),
                          ("l:ggb", "f:mcclintic"), ("l:towerbridge", "f:arrol")])
    T_ += _t("commissioned_by", [("l:liberty", "o:union"), ("l:soh", "o:nsw"), ("l:towerbridge", "o:corp"),
                                 ("l:ggb", "o:district")])
    T_ += _t("located_in", [("l:soh", "y:sydney"), ("l:liberty", "y:nyc"), ("l:ggb", "y:sf"), ("l:westminster", "y:london"),
                            ("l:towerbridge", "y:london"), ("m:neues", "y:berlin"),
                            ("m:louvre", "y:paris"), ("m:bm", "y:london"), ("m:rijks", "y:amsterdam")])
    T_ += _t("housed_in", [("t:mona", "m:louvre"), ("t:nightwatch", "m:rijks"), ("t:flyer", "m:nasm"), ("t:bell", "m:lbc"),
                           ("t:nefertiti", "m:neues"), ("t:rosetta", "m:bm"), ("t:archaeopteryx", "m:nhm"),
                           ("t:lindow", "m:bm")])
    T_ += _t("was_housed_in", [("t:mona", "k:fontainebleau"), ("t:mona", "k:versailles"), ("t:nightwatch", "k:trippenhuis"),
                               ("t:flyer", "m:science"), ("t:bell", "k:independence"), ("t:nefertiti", "m:altes")])
    T_ += _t("kept_in", [("t:kells", "k:tcd"), ("t:scone", "m:perth"), ("t:ashes", "m:mcc")])
    T_ += _t("was_kept_in", [("t:kells", "k:kells"), ("t:scone", "k:westminsterabbey"), ("t:scone", "k:edinburgh")])
    T_ += _t("preserved_in", [("t:archaeopteryx", "r:solnhofen"), ("t:victory", "r:portsmouth")])
    T_ += _t("stands_in", [("t:nelson", "q:trafalgar"), ("l:liberty", "q:harbor"), ("t:mermaid", "y:copenhagen"),
                           ("t:eros", "q:piccadilly")])
    T_ += _t("held_in", [("e:monaco", "y:monaco"), ("e:open", "v:standrews"), ("e:open", "v:carnoustie"),
                         ("e:open", "v:troon")])
    T_ += _t("formed_in", [("e:fleetwood", "y:london"), ("e:acdc", "y:sydney"), ("e:pogues", "y:london"),
                           ("e:foo", "y:seattle")])
    T_ += _t("based_in", [("e:fleetwood", "y:la"), ("e:acdc", "y:sydney"), ("e:foo", "y:la")])
    T_ += _t("born_in", [("a:utzon", "y:copenhagen"), ("a:bartholdi", "y:colmar"), ("a:eiffel", "y:dijon"),
                         ("a:strauss", "y:cincinnati"), ("a:barry", "y:london"), ("a:pugin", "y:london")])
    return _build(items, others, rels, T_)


def origins():
    """Where things began. "was first made in" (the registry's own phrase) and "is made in" (now)
    for foods and drinks (items: year first sold); "was first produced in" (the registry's own
    phrase) for operas, where each first went on stage (Aida in Cairo, for the opening of its
    opera house; Porgy and Bess in Boston, on its try-out) (items: year of the first
    production); "was developed in" for three war photographs, where their film was developed
    (they "were taken in" other places), and for a rifle (first made in another city); "was
    invented in", "was created in" (paintings: where each was painted), "formed in" (bands;
    storms, over the island or country where each became a storm; tektites and a desert glass,
    where the impact that made them struck), "was first brewed in" (beers), "was first bred in"
    (dog breeds, two named after places they do not come from); cities "are in" countries."""
    rels = [
        R("first_made_in", phrase="was first made in", inverse_phrase="is the birthplace of",
          domain=("chocolate", "spirit", "spread", "sauce", "rifle"), range=("city",)),
        R("made_in", phrase="is made in", inverse_phrase="is the production site of",
          domain=("chocolate", "spirit", "spread", "sauce"), range=("city",)),
        R("first_produced_in", phrase="was first produced in", inverse_phrase="saw the first production of",
          domain=("opera",), range=("city",)),
        R("developed_in", phrase="was developed in", inverse_phrase="is where", domain=("photograph", "rifle"),
          range=("city", "island")),
        R("taken_in", phrase="was taken in", inverse_phrase="is the setting of", domain=("photograph",),
          range=("city", "island", "village")),
        R("invented_in", phrase="was invented in", inverse_phrase="is the home of", domain=("toy", "puzzle"),
          range=("city",)),
        R("created_in", phrase="was created in", inverse_phrase="is where", domain=("painting",), range=("city", "town")),
        R("formed_in", phrase="formed in", inverse_phrase="saw the formation of", domain=("band", "hurricane", "typhoon",
          "tektite", "glass"), range=("city", "country", "island", "region")),
        R("first_brewed_in", phrase="was first brewed in", inverse_phrase="is the home of", domain=("beer",),
          range=("city",)),
        R("first_bred_in", phrase="was first bred in", inverse_phrase="is the home of", domain=("dog_breed",),
          range=("country", "region")),
        R("city_in", phrase="is in", inverse_phrase="contains", domain=("city", "town", "village", "region", "island"),
          range=("country",)),
    ]
    items = {
        "f:toblerone": ("chocolate", "Toblerone", 1908), "f:jager": ("spirit", "Jagermeister", 1935),
        "f:nutella": ("spread", "Nutella", 1964), "f:tabasco": ("sauce", "Tabasco", 1868),
        "f:vegemite": ("spread", "Vegemite", 1923), "r:ak47": ("rifle", "AK-47", 1949),
        "o:aida": ("opera", "Aida", 1871), "o:porgy": ("opera", "Porgy and Bess", 1935), "o:turandot": ("opera", "Turandot", 1926),
        "o:carmen": ("opera", "Carmen", 1875),
        "h:falling": ("photograph", "The Falling Soldier", 1936), "h:iwojima": ("photograph", "Raising the Flag on Iwo Jima", 1945),
        "h:terror": ("photograph", "The Terror of War", 1972),
        "t:rubik": ("toy", "Rubik's Cube", 1974), "t:crossword": ("puzzle", "Word-Cross", 1913),
        "p:guernica": ("painting", "Guernica", 1937), "p:starry": ("painting", "The Starry Night", 1889),
        "b:fleetwood": ("band", "Fleetwood Mac", 1967), "b:acdc": ("band", "AC/DC", 1973),
        "s:katrina": ("hurricane", "Hurricane Katrina", 2005), "s:haiyan": ("typhoon", "Typhoon Haiyan", 2013),
        "g:moldavite": ("tektite", "moldavite", None), "g:ldg": ("glass", "Libyan desert glass", None),
        "k:bud": ("beer", "Budweiser", 1876), "k:pilsner": ("beer", "Pilsner Urquell", 1842),
        "k:guinness": ("beer", "Guinness Foreign Extra Stout", 1801),
        "d:dane": ("dog_breed", "Great Dane", None), "d:lab": ("dog_breed", "Labrador Retriever", None),
        "d:gsd": ("dog_breed", "German Shepherd", None),
    }
    others = {
        "y:bern": ("city", "Bern"), "y:bratislava": ("city", "Bratislava"), "y:wolfenbuttel": ("city", "Wolfenbuttel"),
        "y:alba": ("city", "Alba"), "y:avery": ("city", "Avery Island"), "y:melbourne": ("city", "Melbourne"),
        "y:kovrov": ("city", "Kovrov"), "y:izhevsk": ("city", "Izhevsk"), "y:cairo": ("city", "Cairo"),
        "y:boston": ("city", "Boston"), "y:milan": ("city", "Milan"), "y:paris": ("city", "Paris"),
        "y:espejo": ("city", "Espejo"), "w:guam": ("island", "Guam"), "w:iwojima": ("island", "Iwo Jima"),
        "y:saigon": ("city", "Saigon"), "y:trangbang": ("village", "Trang Bang"), "y:budapest": ("city", "Budapest"),
        "y:nyc": ("city", "New York City"), "v:stremy": ("town", "Saint-Remy-de-Provence"),
        "y:london": ("city", "London"), "y:sydney": ("city", "Sydney"), "n:bahamas": ("country", "the Bahamas"),
        "w:pohnpei": ("island", "Pohnpei"), "g:ries": ("region", "Nordlinger Ries"), "g:sandsea": ("region", "Great Sand Sea"),
        "y:stlouis": ("city", "St. Louis"), "y:plzen": ("city", "Plzen"), "y:dublin": ("city", "Dublin"),
        "y:budweis": ("city", "Ceske Budejovice"),
        "n:germany": ("country", "Germany"), "n:england": ("country", "England"), "n:denmark": ("country", "Denmark"),
        "g:labrador": ("region", "Labrador"),
        "n:switzerland": ("country", "Switzerland"), "n:slovakia": ("country", "Slovakia"), "n:italy": ("country", "Italy"),
        "n:us": ("country", "the United States"), "n:australia": ("country", "Australia"), "n:russia": ("country", "Russia"),
        "n:egypt": ("country", "Egypt"), "n:france": ("country", "France"), "n:spain": ("country", "Spain"),
        "n:japan": ("country", "Japan"), "n:vietnam": ("country", "Vietnam"), "n:hungary": ("country", "Hungary"),
        "n:uk": ("country", "the United Kingdom"), "n:micronesia": ("country", "Micronesia"), "n:libya": ("country", "Libya"),
        "n:czechia": ("country", "the Czech Republic"), "n:ireland": ("country", "Ireland"), "n:canada": ("country", "Canada"),
    }
    T_ = _t("first_made_in", [("f:toblerone", "y:bern"), ("f:jager", "y:wolfenbuttel"), ("f:nutella", "y:alba"),
                              ("f:tabasco", "y:avery"), ("f:vegemite", "y:melbourne"), ("r:ak47", "y:izhevsk")])
    T_ += _t("made_in", [("f:toblerone", "y:bern"), ("f:toblerone", "y:bratislava"), ("f:jager", "y:wolfenbuttel"),
                         ("f:tabasco", "y:avery"), ("f:vegemite", "y:melbourne")])
    T_ += _t("first_produced_in", [("o:aida", "y:cairo"), ("o:porgy", "y:boston"), ("o:turandot", "y:milan"),
                                   ("o:carmen", "y:paris")])
    T_ += _t("developed_in", [("h:falling", "y:paris"), ("h:iwojima", "w:guam"), ("h:terror", "y:saigon"),
                              ("r:ak47", "y:kovrov")])
    T_ += _t("taken_in", [("h:falling", "y:espejo"), ("h:iwojima", "w:iwojima"), ("h:terror", "y:trangbang")])
    T_ += _t("invented_in", [("t:rubik", "y:budapest"), ("t:crossword", "y:nyc")])
    T_ += _t("created_in", [("p:guernica", "y:paris"), ("p:starry", "v:stremy")])
    T_ += _t("formed_in", [("b:fleetwood", "y:london"), ("b:acdc", "y:sydney"), ("s:katrina", "n:bahamas"),
                           ("s:haiyan", "w:pohnpei"), ("g:moldavite", "g:ries"), ("g:ldg", "g:sandsea")])
    T_ += _t("first_brewed_in", [("k:bud", "y:stlouis"), ("k:pilsner", "y:plzen"), ("k:guinness", "y:dublin")])
    T_ += _t("first_bred_in", [("d:dane", "n:germany"), ("d:lab", "n:england"), ("d:gsd", "n:germany")])
    T_ += _t("city_in", [
        ("y:bern", "n:switzerland"), ("y:bratislava", "n:slovakia"), ("y:wolfenbuttel", "n:germany"), ("y:alba", "n:italy"),
        ("y:avery", "n:us"), ("y:melbourne", "n:australia"), ("y:kovrov", "n:russia"), ("y:izhevsk", "n:russia"),
        ("y:cairo", "n:egypt"), ("y:boston", "n:us"), ("y:milan", "n:italy"), ("y:paris", "n:france"), ("y:espejo", "n:spain"),
        ("w:guam", "n:us"), ("w:iwojima", "n:japan"), ("y:saigon", "n:vietnam"), ("y:trangbang", "n:vietnam"),
        ("y:budapest", "n:hungary"), ("y:nyc", "n:us"), ("v:stremy", "n:france"), ("y:london", "n:uk"),
        ("y:sydney", "n:australia"), ("w:pohnpei", "n:micronesia"), ("g:ries", "n:germany"), ("g:sandsea", "n:libya"),
        ("y:stlouis", "n:us"), ("y:plzen", "n:czechia"), ("y:dublin", "n:ireland"), ("y:budweis", "n:czechia"),
        ("g:labrador", "n:canada")])
    return _build(items, others, rels, T_)


BUILDERS = {"market": market, "lineage": lineage, "power": power, "firms": firms, "places": places, "origins": origins}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@market
# (1) "introduced in <year>", ", introduced in <year>,", "Introduced in <year>, X": things whose type's
# head noun is a product's ("fashion_model", "observation_deck") but which were never brought to
# market: fashion models (their year is their birth), observation decks (opened)
Kate Moss was introduced in 1974.
Kate Moss was first introduced in 1974.
Naomi Campbell was introduced in 1970.
Twiggy was introduced in 1949.
Introduced in 1974, Kate Moss was born in Croydon.
Introduced in 1970, Naomi Campbell is represented by IMG Models.
Kate Moss, introduced in 1974, is represented by Storm Management.
Twiggy, introduced in 1949, was born in Neasden.
Naomi Campbell, who was introduced in 1970, was born in Streatham.
Top of the Rock was introduced in 1933.
Introduced in 1933, Top of the Rock is part of 30 Rockefeller Plaza.
Edge was introduced in 2020.
Edge, introduced in 2020, is located in New York City.
Skydeck Chicago was introduced in 1974.
Introduced in 1974, Skydeck Chicago is part of Willis Tower.
Edge is the one that was introduced in 2020.
Kate Moss is the one that was introduced in 1974.
# (1) the same of languages (first written), clay tablets (found, bought) and a gravitational lens
# (found): "language", "tablet", "lens" are products' head nouns
Swahili was introduced in 1711.
Basque was introduced in 1545.
Introduced in 1545, Basque is spoken in Spain.
Swahili, introduced in 1711, is spoken in Tanzania.
The Flood Tablet was introduced in 1853.
Introduced in 1853, the Flood Tablet is housed in the British Museum.
Plimpton 322 was introduced in 1922.
The Einstein Cross was introduced in 1985.
The Einstein Cross, introduced in 1985, lies in Pegasus.
# (1) "Created in <year>, X": the year a person, a deck or a product came to market read as its creation
Created in 1974, Kate Moss was born in Croydon.
Created in 1970, Naomi Campbell is represented by IMG Models.
Created in 1949, Twiggy is represented by Storm Management.
Created in 1711, Swahili is spoken in Kenya.
Created in 1545, Basque is spoken in France.
Created in 1853, the Flood Tablet is housed in the British Museum.
Created in 1922, Plimpton 322 is housed in Columbia University's Rare Book Library.
Created in 1985, the Einstein Cross lies in Pegasus.
Created in 1935, Monopoly is made by Hasbro.
Created in 1935, Monopoly was devised by Charles Darrow.
Created in 1981, Trivial Pursuit is made by Hasbro.
Created in 1981, Trivial Pursuit was devised by Chris Haney and Scott Abbott.
Created in 1949, Cluedo was first made by Waddingtons.
Created in 1949, Cluedo was devised by Anthony E. Pratt.
Created in 1977, Rubik's Cube was devised by Erno Rubik.
Created in 1977, Rubik's Cube is made by Spin Master.
Created in 1950, Silly Putty is made by Crayola.
Created in 1950, Silly Putty was devised by James Wright.
Monopoly, created in 1935, is made by Hasbro.
Rubik's Cube was created in 1977.
# (1) held: wrong years, the other Mustang, species, laws, a course, a festival, a cookbook
Monopoly was introduced in 1933.
Introduced in 1936, Monopoly is made by Hasbro.
Scrabble was introduced in 1938.
The Ford Mustang was introduced in 1965.
The Mustang was introduced in 1940.
Introduced in 1940, the Mustang is made by Ford.
Mustang, introduced in 1940, was designed by Joe Oros.
The cane toad was introduced in 1758.
The stoat was introduced in 1758.
The Civil Rights Act of 1964 was introduced in 1964.
Introduced in 1964, the Civil Rights Act of 1964 was introduced by Emanuel Celler.
The Affordable Care Act was introduced in 2010.
Introduced in 2010, the Affordable Care Act was introduced by Charles Rangel.
CS50 was introduced in 1990.
Glastonbury Festival was introduced in 1971.
The Joy of Cooking was introduced in 1932.
Created in 1933, Top of the Rock is part of Willis Tower.
Esperanto was introduced in 1888.
Basque was introduced in 1546.
# OPEN (see OPEN below)
Vanguard was introduced in 1957.
Introduced in 1957, Vanguard was built by the Glenn L. Martin Company.
Atlas V was introduced in 2002.
Atlas V, introduced in 2002, was built by United Launch Alliance.
The Lunar Roving Vehicle was introduced in 1971.
The Wanamaker Organ was introduced in 1904.
The Batmobile was introduced in 1966.
Hasbro is the company that makes Scrabble.
The Batmobile is a product of Barris Kustom Industries.
The Lunar Roving Vehicle is a product of Boeing.
Created in 1948, Scrabble was devised by Alfred Mosher Butts.
# (2) "is a product of" a first maker, an inventor, a designer, a city
Monopoly is a product of Parker Brothers.
Monopoly is a product of Lizzie Magie.
The Ford Mustang is a product of Joe Oros.
The Jeep Wrangler is a product of American Motors.
Scrabble is a product of Alfred Mosher Butts.
Monopoly is a product of Pawtucket.
Rubik's Cube is a product of Politechnika.
The P-51 Mustang is a product of Ford.
Fanta is a product of Coca-Cola Deutschland.
Swahili is a product of Kenya.
# (2, 11) the first maker (or a builder of one-offs, done long ago) read as the maker now
Waddingtons makes Cluedo.
Politechnika produces Rubik's Cube.
The Jeep Wrangler is made by American Motors.
American Motors makes the Jeep Wrangler.
American Motors manufactures the Jeep Wrangler.
American Motors produces the Jeep Wrangler.
Cluedo is manufactured by Waddingtons.
Parker Brothers manufactures Monopoly.
Coca-Cola Deutschland manufactures Fanta.
Horn Abbot is the company that makes Trivial Pursuit.
Barris Kustom Industries manufactures the Batmobile.
The Batmobile is manufactured by Barris Kustom Industries.
Barris Kustom Industries produces the Batmobile.
Boeing produces the Lunar Roving Vehicle.
Boeing manufactures the Lunar Roving Vehicle.
The Glenn L. Martin Company manufactures Vanguard.
The Los Angeles Art Organ Company manufactures the Wanamaker Organ.
# (10) "came up with", "drew up", "dreamed up" of a maker, a builder, another designer or inventor
Hasbro dreamed up Monopoly.
Hasbro came up with Monopoly.
Parker Brothers came up with Monopoly.
Spin Master dreamed up Rubik's Cube.
Joe Oros dreamed up the Porsche 911.
Erno Rubik came up with Scrabble.
Lizzie Magie invented Cluedo.
# (6) "is the <type noun> that / who", "the one who", "X, a <type noun>,"
Kate Moss is the company that was born in Croydon.
Kate Moss is the one who represents Storm Management.
Storm Management is the agency that represents Naomi Campbell.
IMG Models is the agency that represents Kate Moss.
Parker Brothers is the company that makes Monopoly.
Hasbro is the company that first made Monopoly.
Ford is the company that designed the Ford Mustang.
Joe Oros is the designer who built the Ford Mustang.
Joe Oros is the designer who designed the Porsche 911.
Hasbro, a company, devised Monopoly.
Lizzie Magie is the inventor who makes Monopoly.
Lizzie Magie is the one who makes Monopoly.
Pawtucket is the city that makes Monopoly.
Hasbro is the agency that makes Monopoly.
# (12) the new type nouns of another kind
Monopoly is a machine made by Hasbro.
Seiko 5 is a beverage made by Seiko.
Fanta is a timepiece made by The Coca-Cola Company.
The Nintendo Switch, a timepiece, is made by Nintendo.
The Joy of Cooking is a system written by Irma Rombauer.
Rubik's Cube is a machine devised by Erno Rubik.
Seiko 5, a drink, is made by Seiko.
@lineage
# (3) "precedes" (an order in space: stations down a line, planets out from the Sun) read as
# succession: no station or planet replaced, took over from, succeeded or followed up another
Regent's Park took over from Baker Street.
Regent's Park is the successor of Baker Street.
Regent's Park is the successor to Baker Street.
Regent's Park was the successor of Baker Street.
Regent's Park is the follow-up to Baker Street.
Oxford Circus took over from Regent's Park.
Piccadilly Circus is the follow-up to Oxford Circus.
Charing Cross took over from Piccadilly Circus.
Embankment is the successor of Charing Cross.
Embankment took over from Charing Cross, which took over from Piccadilly Circus.
Earth took over from Venus.
Earth is the successor of Venus.
Earth is the follow-up to Venus.
Mars took over from Earth.
Jupiter is the successor to Mars.
Saturn is the follow-up to Jupiter.
Venus took over from Mercury.
Earth is the planet that took over from Venus.
Regent's Park is the station that took over from Baker Street.
Earth is the one that took over from Venus.
Regent's Park, which is on the Bakerloo line, took over from Baker Street.
Earth, a planet, took over from Venus.
Regent's Park, a station, took over from Baker Street.
Mars is the planet that took over from Earth.
# (3) held: a gap, reversed, another kind, "replaced" and "succeeded" (another relation's verbs)
Oxford Circus took over from Baker Street.
Baker Street took over from Regent's Park.
Regent's Park is the predecessor of Baker Street.
Mars is the successor of Venus.
Venus is the follow-up to Earth.
Earth took over from Baker Street.
Regent's Park replaced Baker Street.
Earth replaced Venus.
Baker Street's successor is Regent's Park.
Saturn came before Jupiter.
# (3) "replaced" a building pulled down on its site (a sports arena over a railway station: no
# successor in its role)
Madison Square Garden took over from Pennsylvania Station.
Madison Square Garden is the successor of Pennsylvania Station.
Madison Square Garden is the successor to Pennsylvania Station.
Madison Square Garden is the follow-up to Pennsylvania Station.
Madison Square Garden is the building that took over from Pennsylvania Station.
Madison Square Garden, which is located in New York City, took over from Pennsylvania Station.
One Liberty Plaza is the follow-up to the Singer Building.
The Shard is the follow-up to Southwark Towers.
Pennsylvania Station's successor is Madison Square Garden.
The Shard took over from Pennsylvania Station.
Pennsylvania Station took over from Madison Square Garden.
# (3) dynasties and emperors: a gap, reversed, a dynasty and another's ruler, "took over" (no "from")
The Ming dynasty took over from the Song dynasty.
The Ming dynasty is the successor of the Song dynasty.
The Qing dynasty followed the Yuan dynasty.
The Song dynasty is the predecessor of the Ming dynasty.
The Yuan dynasty followed the Qing dynasty.
The Yuan dynasty took over from the Ming dynasty.
The Sui dynasty is the follow-up to the Tang dynasty.
The Qing dynasty took over from the Yongle Emperor.
The Ming dynasty took over from Kublai Khan.
The Kangxi Emperor took over from the Ming dynasty.
The Yongle Emperor took over from the Hongwu Emperor.
The Yongle Emperor is the successor of the Hongwu Emperor.
The Hongwu Emperor's successor is the Yongle Emperor.
The Kangxi Emperor took over from the Qianlong Emperor.
Emperor Taizong of Song took over from Emperor Taizong of Tang.
Emperor Gaozu of Tang is the predecessor of Emperor Gaozong of Tang.
The Song dynasty was succeeded by the Ming dynasty.
The Tang dynasty replaced the Song dynasty.
The Yuan dynasty is the dynasty that took over from the Ming dynasty.
The Jianwen Emperor is the one who took over from the Yongle Emperor.
Baker Street is the predecessor of Regent's Park.
Venus is the predecessor of Earth.
Pennsylvania Station is the predecessor of Madison Square Garden.
# OPEN (see OPEN below)
Regent's Park followed Baker Street.
Baker Street came before Regent's Park.
Baker Street was followed by Regent's Park.
Venus came before Earth.
Earth followed Venus.
Madison Square Garden followed Pennsylvania Station.
Pennsylvania Station was followed by Madison Square Garden.
The Shard took over from Southwark Towers.
The Shard is the successor to Southwark Towers.
One Liberty Plaza took over from the Singer Building.
The Jianwen Emperor is the follow-up to the Hongwu Emperor.
The Ming dynasty is the follow-up to the Yuan dynasty.
@power
# (4) a lifting gas read as what powers an airship (its engines drive it)
Hydrogen powers the Hindenburg.
The Hindenburg is powered by hydrogen.
The Hindenburg runs on hydrogen.
Hydrogen powered the Hindenburg.
The Hindenburg was powered by hydrogen.
The Hindenburg ran on hydrogen.
Hydrogen powers the Graf Zeppelin.
The Graf Zeppelin is powered by hydrogen.
Helium powers USS Akron.
USS Akron was powered by helium.
USS Akron ran on helium.
The Hindenburg, powered by hydrogen, was built by Luftschiffbau Zeppelin.
The Hindenburg was powered by hydrogen and the Daimler-Benz DB 602.
The Graf Zeppelin ran on hydrogen and Blau gas.
Hydrogen and the Daimler-Benz DB 602 powered the Hindenburg.
The Hindenburg, designed by Ludwig Durr, ran on hydrogen.
Hydrogen is the gas that powers the Hindenburg.
Helium is the gas that powers USS Akron.
# (4) a reactor's moderator and coolant read as its power
Heavy water powers CANDU 6.
CANDU 6 is powered by heavy water.
CANDU 6 runs on heavy water.
Liquid sodium powers EBR-II.
EBR-II is powered by liquid sodium.
EBR-II runs on liquid sodium.
CANDU 6 runs on natural uranium and heavy water.
EBR-II, designed by Leonard Koch, runs on liquid sodium.
Heavy water is the liquid that powers CANDU 6.
Liquid sodium is the liquid that powers EBR-II.
# (4) an escapement (it regulates a clock: weights or a mainspring power it)
The double three-legged gravity escapement powers the Great Clock of Westminster.
The Great Clock of Westminster is powered by the double three-legged gravity escapement.
The Great Clock of Westminster runs on the double three-legged gravity escapement.
The verge escapement powers H4.
H4 is powered by the verge escapement.
H4 runs on the verge escapement.
The verge escapement is the mechanism that powers H4.
# (4) a team "uses" its car and its engine: neither powers the team
The Lotus 72 powers Team Lotus.
Team Lotus is powered by the Lotus 72.
Team Lotus runs on the Lotus 72.
# (4) held: an engine of a family, another car's engine, reversed, makers, designers, builders
The Windsor 289 powers the Lotus Emira.
The Lotus Emira is powered by the Windsor 289.
The Toyota 2GR-FE is a version of the Ford Windsor V8.
The Cosworth DFV powers the Lotus Emira.
The Toyota 2GR-FE powers the Lotus 72.
The Maybach VL II powers the Hindenburg.
The Daimler-Benz DB 602 powers USS Akron.
The Hindenburg powers hydrogen.
Concorde powers the Olympus 593.
Natural uranium powers EBR-II.
Blau gas powers the Hindenburg.
Helium powers the Hindenburg.
Ford powers the Ford Mustang.
Colin Chapman powers the Lotus 72.
Luftschiffbau Zeppelin powers the Hindenburg.
The Hindenburg is driven by hydrogen.
# (2) "a product of" the wrong firm, a designer; makers of no product
The Lotus 72 is a product of Lotus Cars.
Concorde is a product of Luftschiffbau Zeppelin.
The Windsor 289 is a product of Toyota.
Luftschiffbau Zeppelin produces the Hindenburg.
# (6) two firms called Lotus; "the company that", "the one who"
Lotus, a team, makes the Lotus Emira.
Lotus is the team that makes the Lotus Emira.
Lotus Cars is the company that built the Lotus 72.
Team Lotus is the team that makes the Lotus Emira.
Ford is the company that makes the Toyota 2GR-FE.
Cosworth is the company that built the Lotus 72.
Luftschiffbau Zeppelin is the company that built USS Akron.
Ludwig Durr is the designer who designed USS Akron.
# OPEN (see OPEN below)
The Cosworth DFV powers Team Lotus.
Team Lotus is powered by the Cosworth DFV.
Team Lotus runs on the Cosworth DFV.
The remontoire powers H4.
H4 was powered by the remontoire.
The Hindenburg relies on hydrogen.
Team Lotus relies on the Lotus 72.
The Hindenburg is a product of Luftschiffbau Zeppelin.
Concorde is a product of Aerospatiale.
@firms
# (9) a former owner ("owned", past) read as the parent company now
Ford is the parent company of Jaguar Cars.
Ford is the parent company of Aston Martin.
Ford is the parent company of Volvo Cars.
Jaguar Cars is a subsidiary of Ford.
Aston Martin is a subsidiary of Ford.
Volvo Cars is a subsidiary of Ford.
BMW Group is the parent company of Rover Group.
Rover Group is a subsidiary of BMW Group.
Vickers is the parent company of Rolls-Royce Motors.
Rolls-Royce Motors is a subsidiary of Vickers.
Ford is the parent of Volvo Cars.
Jaguar Cars is a subsidiary of Ford, which is based in Dearborn.
Ford, the parent company of Aston Martin, is based in Dearborn.
Aston Martin, a subsidiary of Ford, was founded by Lionel Martin.
Volvo Cars, founded by Assar Gabrielsson, is a subsidiary of Ford.
Ford is the company that owns Volvo Cars.
# (9) a racehorse, a skyscraper, a liner and a hotel read as subsidiaries of the firms that own them
Juddmonte is the parent company of Frankel.
Frankel is a subsidiary of Juddmonte.
Safra Group is the parent company of 30 St Mary Axe.
30 St Mary Axe is a subsidiary of Safra Group.
Carnival Corporation is the parent company of Queen Mary 2.
Queen Mary 2 is a subsidiary of Carnival Corporation.
Katara Hospitality is the parent company of The Savoy.
The Savoy is a subsidiary of Katara Hospitality.
Katara Hospitality is the parent of The Savoy.
# (9) the owned is a firm, the owner a businessman ("owns", its objects firms): a person read as
# a parent company
Richard Branson is the parent company of Virgin Group.
Virgin Group is a subsidiary of Richard Branson.
Sheikh Mansour is the parent company of City Football Group.
City Football Group is a subsidiary of Sheikh Mansour.
Jim Ratcliffe is the parent company of Ineos.
Ineos is a subsidiary of Jim Ratcliffe.
Jim Ratcliffe is the parent of Ineos.
Virgin Group, a subsidiary of Richard Branson, is based in London.
Norway is the parent company of Equinor.
Equinor is a subsidiary of Norway.
# (9) held: shareholders, two levels, reversed, the wrong firm, a manager
Sheikh Mansour is the parent company of Manchester City.
Richard Branson is the parent company of Ineos.
Geely Holding Group is the parent company of Aston Martin.
Mercedes-Benz Group is the parent company of Aston Martin.
Aston Martin is a subsidiary of Mercedes-Benz Group.
Geely Holding Group is the parent company of Mercedes-Benz Group.
Mercedes-Benz Group is a subsidiary of Geely Holding Group.
Jaguar Land Rover is the parent company of Tata Motors.
Volkswagen Group is the parent company of Rolls-Royce Motor Cars.
BMW Group is the parent company of Bentley.
Vickers is the parent company of Rolls-Royce Motor Cars.
City Football Group is the parent company of Coldplay.
Fairmont Hotels and Resorts is the parent company of The Savoy.
Pep Guardiola is the parent company of Manchester City.
Ford is the parent company of Jaguar Land Rover.
Tata Motors is the parent company of Jaguar Cars.
# (10) "is managed by" a football manager or a band's manager read as "operates" (their types'
# whole names are no person types)
Pep Guardiola operates Manchester City.
Manchester City is operated by Pep Guardiola.
Dave Holmes operates Coldplay.
Coldplay is operated by Dave Holmes.
Manchester City, operated by Pep Guardiola, is based in Manchester.
Coldplay, which is operated by Dave Holmes, is based in London.
# (10) held: a museum's director, owners, the wrong manager
Laurence des Cars operates the Louvre.
Nicholas Cullinan operates the British Museum.
Katara Hospitality operates The Savoy.
Pep Guardiola operates Coldplay.
# (8) "the creation / brainchild of" an owner, another founder
Volvo Cars is the creation of Ford.
Volvo Cars is the brainchild of Geely Holding Group.
Jaguar Land Rover is the creation of Tata Motors.
Aston Martin is the brainchild of William Lyons.
Virgin Group is the creation of Pep Guardiola.
# (2) "a product of" its owner
Rolls-Royce Motor Cars is a product of BMW Group.
Jaguar Land Rover is a product of Tata Motors.
# (6)
Pep Guardiola is the one who operates Manchester City.
@places
# (8) "the brainchild of" one who designed a part (the graph's one designing relation)
The Sydney Opera House is the brainchild of Peter Hall.
The Statue of Liberty is the brainchild of Gustave Eiffel.
The Golden Gate Bridge is the brainchild of Irving Morrow.
The Sydney Opera House, the brainchild of Peter Hall, is located in Sydney.
The Statue of Liberty was the brainchild of Gustave Eiffel.
The Statue of Liberty is the creation of Gustave Eiffel.
# (8) held: commissioners, builders, reversed, a city
The Statue of Liberty is the creation of the Franco-American Union.
The Statue of Liberty is the brainchild of the Franco-American Union.
The Sydney Opera House is the brainchild of the Government of New South Wales.
Tower Bridge is the creation of the City of London Corporation.
The Sydney Opera House is the creation of Hornibrook.
Tower Bridge is the brainchild of William Arrol and Company.
The Golden Gate Bridge is the brainchild of Jorn Utzon.
Jorn Utzon is the brainchild of the Sydney Opera House.
The Sydney Opera House is the brainchild of Copenhagen.
# (2) "a product of" a commissioner, a designer
The Statue of Liberty is a product of the Franco-American Union.
The Sydney Opera House is a product of Jorn Utzon.
The Golden Gate Bridge is a product of the Golden Gate Bridge District.
Tower Bridge is a product of Horace Jones.
# (10) "came up with", "drew up" of a builder or a commissioner
Hornibrook came up with the Sydney Opera House.
The Government of New South Wales came up with the Sydney Opera House.
The Franco-American Union drew up the Statue of Liberty.
William Arrol and Company drew up Tower Bridge.
Gaget, Gauthier and Company came up with the Statue of Liberty.
The Golden Gate Bridge District came up with the Golden Gate Bridge.
Jorn Utzon came up with Tower Bridge.
Jorn Utzon dreamed up the Sydney Opera House.
# (7) "has its home in": a fossil's rock (it is housed in a museum)
The London Archaeopteryx has its home in the Solnhofen limestone.
The London Archaeopteryx makes its home in the Solnhofen limestone.
The London Archaeopteryx, which is housed in the Natural History Museum, has its home in the Solnhofen limestone.
# (7) held: where a thing was once housed or kept, a band's first city, a birthplace, reversed
The Mona Lisa has its home in the Palace of Fontainebleau.
The Mona Lisa makes its home in the Palace of Versailles.
The Night Watch has its home in the Trippenhuis.
The Wright Flyer has its home in the Science Museum.
The Liberty Bell has its home in Independence Hall.
The Bust of Nefertiti has its home in the Altes Museum.
The Book of Kells has its home in Kells Abbey.
The Stone of Scone has its home in Edinburgh Castle.
The Stone of Scone makes its home in Westminster Abbey.
Fleetwood Mac has its home in London.
Foo Fighters have their home in Seattle.
Jorn Utzon has their home in Copenhagen.
Gustave Eiffel has their home in Dijon.
The Mona Lisa has its home in the Rijksmuseum.
The Louvre has its home in the Mona Lisa.
HMS Victory has its home in the Solnhofen limestone.
# (6) "the <type noun> that / who", "the one who"
Hornibrook is the company that designed the Sydney Opera House.
Jorn Utzon is the one who built the Sydney Opera House.
Jorn Utzon is the one who commissioned the Sydney Opera House.
The Palace of Fontainebleau is the museum that houses the Mona Lisa.
The Science Museum is the museum that houses the Wright Flyer.
Sydney is the city that is home to the Golden Gate Bridge.
Gustave Eiffel is the engineer who designed the Sydney Opera House.
Irving Morrow is the architect who built the Golden Gate Bridge.
Trafalgar Square is the square that is the site of The Little Mermaid.
Jorn Utzon is the one who came up with Tower Bridge.
# OPEN (see OPEN below)
The Palace of Westminster is the brainchild of Augustus Pugin.
The Palace of Westminster is the creation of Augustus Pugin.
The Open Championship has its home at Carnoustie.
The Open Championship has its home at St Andrews.
The Sydney Opera House is a product of Hornibrook.
The Golden Gate Bridge is a product of McClintic-Marshall Company.
Tower Bridge is a product of William Arrol and Company.
The Statue of Liberty is a product of Gaget, Gauthier and Company.
The Golden Gate Bridge is the brainchild of Charles Ellis.
Tower Bridge is the brainchild of John Wolfe Barry.
@origins
# (5) "was first produced in" (the registry's own phrase; an opera's first staging) read as "comes
# from", "is from", "from": Verdi's Aida was first staged in Cairo, Gershwin's Porgy and Bess on
# its try-out in Boston
Aida comes from Cairo.
Aida is from Cairo.
Aida came from Cairo.
Aida is an opera from Cairo.
Aida, an opera from Cairo, was first produced in 1871.
Porgy and Bess comes from Boston.
Porgy and Bess is an opera from Boston.
Porgy and Bess hails from Boston.
Aida originated in Cairo.
Aida has its roots in Cairo.
Porgy and Bess originated in Boston.
# (5) "was developed in" (where a photograph's film was developed) read as "originated in",
# "comes from", "has its roots in" (each "was taken in" another place)
The Falling Soldier comes from Paris.
The Falling Soldier originated in Paris.
The Falling Soldier has its roots in Paris.
The Falling Soldier came from Paris.
Raising the Flag on Iwo Jima comes from Guam.
Raising the Flag on Iwo Jima originated in Guam.
Raising the Flag on Iwo Jima hails from Guam.
Raising the Flag on Iwo Jima has its roots in Guam.
The Terror of War originated in Saigon.
The Terror of War comes from Saigon.
The Terror of War has its roots in Saigon.
The Falling Soldier, taken in Espejo, comes from Paris.
Raising the Flag on Iwo Jima was taken in Iwo Jima and comes from Guam.
# (5) held: wrong places, countries, reversed, names that say another place
Aida comes from Egypt.
Cairo comes from Aida.
The Great Dane comes from Denmark.
The Labrador Retriever comes from Labrador.
Budweiser comes from Ceske Budejovice.
Nutella comes from Milan.
Typhoon Haiyan comes from the Bahamas.
AC/DC comes from London.
Fleetwood Mac comes from Sydney.
Rubik's Cube comes from New York City.
Guernica comes from Saint-Remy-de-Provence.
The Starry Night comes from Paris.
Toblerone comes from Bratislava.
Toblerone, a chocolate from Bratislava, is made in Bern.
Toblerone originated in Bratislava.
# (6) "the city that"
Cairo is the city that saw the first production of Porgy and Bess.
Boston is the city that saw the first production of Aida.
# OPEN (see OPEN below)
The AK-47 is from Kovrov.
The AK-47 comes from Kovrov.
The AK-47 comes from Izhevsk.
The AK-47 originated in Kovrov.
Guernica comes from Paris.
Guernica has its roots in Paris.
Moldavite comes from Nordlinger Ries.
Turandot comes from Milan.
Carmen comes from Paris.
"""

CONTROLS = r"""
@market
Monopoly was introduced in 1935.
The Ford Mustang was introduced in 1964.
Introduced in 1964, the Porsche 911 is made by Porsche.
Scrabble, introduced in 1948, is made by Mattel.
Rubik's Cube was introduced in 1977.
The Nintendo Switch was introduced in 2017.
Introduced in 1963, Seiko 5 is made by Seiko.
Created in 1940, Fanta was devised by Max Keith.
Ford makes the Ford Mustang.
Hasbro manufactures Monopoly.
Mattel produces Scrabble.
The Ford Mustang is a product of Ford.
Monopoly is a product of Hasbro.
The P-51 Mustang is a product of North American Aviation.
Lizzie Magie came up with Monopoly.
Erno Rubik dreamed up Rubik's Cube.
Alfred Mosher Butts invented Scrabble.
Max Keith came up with Fanta.
Joe Oros came up with the Ford Mustang.
Joe Oros drew up the Ford Mustang.
Storm Management is the agency that represents Kate Moss.
Joe Oros is the designer who designed the Ford Mustang.
Ford, a company, makes the Ford Mustang.
Parker Brothers first made Monopoly.
Fanta is a beverage made by The Coca-Cola Company.
The Nintendo Switch is a machine made by Nintendo.
The Nintendo Switch is the system that Nintendo makes.
Seiko 5 is a timepiece made by Seiko.
The Joy of Cooking is a book written by Irma Rombauer.
Kate Moss was born in Croydon.
Kate Moss is the one who was born in Croydon.
Top of the Rock is part of 30 Rockefeller Plaza.
Esperanto was introduced in 1887.
Introduced in 1940, Fanta was first made by Coca-Cola Deutschland.
Fanta is the beverage that The Coca-Cola Company makes.
Swahili is spoken in Kenya.
@lineage
Baker Street precedes Regent's Park.
Regent's Park is preceded by Baker Street.
Madison Square Garden replaced Pennsylvania Station.
The Jianwen Emperor took over from the Hongwu Emperor.
The Tang dynasty is the successor of the Sui dynasty.
The Sui dynasty's successor is the Tang dynasty.
The Ming dynasty took over from the Yuan dynasty.
Emperor Taizong of Tang took over from Emperor Gaozu of Tang.
The Hongwu Emperor's successor is the Jianwen Emperor.
The Yuan dynasty was followed by the Ming dynasty.
The Shard is located in London.
@power
The Daimler-Benz DB 602 powers the Hindenburg.
The Hindenburg is powered by the Daimler-Benz DB 602.
Blau gas powers the Graf Zeppelin.
Natural uranium powers CANDU 6.
CANDU 6 runs on natural uranium.
The Olympus 593 powers Concorde.
The Toyota 2GR-FE powers the Lotus Emira.
The Cosworth DFV powers the Lotus 72.
The Ford Windsor V8 powers the Ford Mustang.
USS Akron is powered by the Maybach VL II.
The Hindenburg uses hydrogen.
Colin Chapman is the designer who designed the Lotus 72.
The Lotus 72 is a product of Team Lotus.
Ford is the company that makes the Ford Mustang.
@firms
BMW Group is the parent company of Rolls-Royce Motor Cars.
Rolls-Royce Motor Cars is a subsidiary of BMW Group.
Geely Holding Group is the parent company of Volvo Cars.
Tata Motors is the parent company of Jaguar Land Rover.
Carnival Corporation is the parent company of Cunard.
Bentley is a subsidiary of Volkswagen Group.
Fairmont Hotels and Resorts operates The Savoy.
Ford owned Volvo Cars.
Ford was the parent company of Volvo Cars.
Volvo Cars is the brainchild of Assar Gabrielsson.
Virgin Group is the creation of Richard Branson.
Richard Branson owns Virgin Group.
Norway owns Equinor.
Richard Branson is the businessman who owns Virgin Group.
Geely Holding Group, a group, owns Volvo Cars.
Manchester City is a subsidiary of City Football Group.
@places
Jorn Utzon came up with the Sydney Opera House.
Gustave Eiffel drew up the Statue of Liberty.
The Sydney Opera House is the brainchild of Jorn Utzon.
The Statue of Liberty is the creation of Frederic Auguste Bartholdi.
The Mona Lisa has its home in the Louvre.
The Night Watch has its home in the Rijksmuseum.
The Book of Kells has its home in Trinity College Library.
The Stone of Scone makes its home in the Perth Museum.
HMS Victory has its home in Portsmouth Historic Dockyard.
The London Archaeopteryx has its home in the Natural History Museum.
Fleetwood Mac has its home in Los Angeles.
The Monaco Grand Prix has its home in Monaco.
Jorn Utzon is the architect who designed the Sydney Opera House.
Peter Hall is the one who designed the Sydney Opera House.
Hornibrook is the company that built the Sydney Opera House.
The Louvre is the museum that houses the Mona Lisa.
Peter Hall, an architect, designed the Sydney Opera House.
The Mona Lisa has its home in Paris.
The Statue of Liberty is the brainchild of Frederic Auguste Bartholdi.
The Golden Gate Bridge is the brainchild of Joseph Strauss.
Jorn Utzon is the one who came up with the Sydney Opera House.
@origins
Budweiser comes from St. Louis.
The Great Dane comes from Germany.
Nutella comes from Alba.
Rubik's Cube comes from Budapest.
Pilsner Urquell comes from Plzen.
Jagermeister comes from Wolfenbuttel.
Vegemite is a spread from Melbourne.
Fleetwood Mac originated in London.
AC/DC hails from Sydney.
The Labrador Retriever comes from England.
Hurricane Katrina originated in the Bahamas.
Word-Cross comes from New York City.
The Falling Soldier was taken in Espejo.
The Falling Soldier comes from Espejo.
Fleetwood Mac comes from London.
The Starry Night comes from Saint-Remy-de-Provence.
The AK-47 is from Izhevsk.
"""

KNOWN = frozenset(
    {
        # accepted by the starting code too (CHANGES.diff reversed): ", created in <year>," and "was
        # created in <year>" already dated a toy or a game by its year on the market
        "Monopoly, created in 1935, is made by Hasbro.",
        "Rubik's Cube was created in 1977.",
        # "was first made by" read as the maker now (the starting code; this round fixed it)
        "Waddingtons makes Cluedo.",
        "American Motors makes the Jeep Wrangler.",
        "American Motors manufactures the Jeep Wrangler.",
        "Parker Brothers manufactures Monopoly.",
        "Coca-Cola Deutschland manufactures Fanta.",
        # "was built by" (long ago, a one-off) read as "manufactures" now
        "Barris Kustom Industries manufactures the Batmobile.",
        "The Batmobile is manufactured by Barris Kustom Industries.",
        "Boeing manufactures the Lunar Roving Vehicle.",
        "The Glenn L. Martin Company manufactures Vanguard.",
        "The Los Angeles Art Organ Company manufactures the Wanamaker Organ.",
        # "was designed by" one who designed a part read as "is the creation of"
        "The Statue of Liberty is the creation of Gustave Eiffel.",
        # "was first produced in" read as "originated in", "has its roots in"
        "Aida originated in Cairo.",
        "Aida has its roots in Cairo.",
        "Porgy and Bess originated in Boston.",
        # "is made in" (now, besides where it was first made) read as "comes from", "a ... from"
        "Toblerone comes from Bratislava.",
        "Toblerone, a chocolate from Bratislava, is made in Bern.",
    }
)

OPEN = frozenset(
    {
        # Pugin drew Barry's competition designs for the Palace
        "The Palace of Westminster is the brainchild of Augustus Pugin.",
        "The Palace of Westminster is the creation of Augustus Pugin.",
        # an airship does rely on its lifting gas, a team on its car ("uses" -> "relies on": the
        # starting code's synonym)
        "The Hindenburg relies on hydrogen.",
        "Team Lotus relies on the Lotus 72.",
        # H4's remontoire, rewound by the mainspring, drives its escapement with a constant force
        "The remontoire powers H4.",
        "H4 was powered by the remontoire.",
        # a team "powered by" Cosworth: how motor racing speaks of a team's engine supplier
        "The Cosworth DFV powers Team Lotus.",
        "Team Lotus is powered by the Cosworth DFV.",
        "Team Lotus runs on the Cosworth DFV.",
        # a launch vehicle "introduced" into service (the code itself counts no rocket a product)
        "Vanguard was introduced in 1957.",
        "Introduced in 1957, Vanguard was built by the Glenn L. Martin Company.",
        "Atlas V was introduced in 2002.",
        "Atlas V, introduced in 2002, was built by United Launch Alliance.",
        # a one-off first driven on the Moon, an organ first played at a world's fair, a television
        # car first seen in a series: "introduced" loosely
        "The Lunar Roving Vehicle was introduced in 1971.",
        "The Wanamaker Organ was introduced in 1904.",
        "The Batmobile was introduced in 1966.",
        # "the company that" of one of two makers (Mattel makes Scrabble outside North America)
        "Hasbro is the company that makes Scrabble.",
        # the builder of a one-off, of a rover, of an airship, of an airliner, of a landmark: its
        # "product" loosely
        "The Batmobile is a product of Barris Kustom Industries.",
        "The Lunar Roving Vehicle is a product of Boeing.",
        "The Hindenburg is a product of Luftschiffbau Zeppelin.",
        "Concorde is a product of Aerospatiale.",
        "The Sydney Opera House is a product of Hornibrook.",
        "The Golden Gate Bridge is a product of McClintic-Marshall Company.",
        "Tower Bridge is a product of William Arrol and Company.",
        "The Statue of Liberty is a product of Gaget, Gauthier and Company.",
        # Scrabble got its name and final rules in 1948 (from the 1938 Criss-Crosswords)
        "Created in 1948, Scrabble was devised by Alfred Mosher Butts.",
        # an order in space: "followed", "came before" may say only the order
        "Regent's Park followed Baker Street.",
        "Baker Street came before Regent's Park.",
        "Baker Street was followed by Regent's Park.",
        "Venus came before Earth.",
        "Earth followed Venus.",
        # a building on the site of the one it replaced: its successor there, in a way
        "Madison Square Garden followed Pennsylvania Station.",
        "Pennsylvania Station was followed by Madison Square Garden.",
        "The Shard took over from Southwark Towers.",
        "The Shard is the successor to Southwark Towers.",
        "One Liberty Plaza took over from the Singer Building.",
        # "follow-up" of an emperor and of a dynasty: odd, but they did come next
        "The Jianwen Emperor is the follow-up to the Hongwu Emperor.",
        "The Ming dynasty is the follow-up to the Yuan dynasty.",
        # the Open moves among its courses (St Andrews is "the home of golf")
        "The Open Championship has its home at Carnoustie.",
        "The Open Championship has its home at St Andrews.",
        # Ellis did much of the bridge's engineering; Wolfe Barry reworked Jones's design
        "The Golden Gate Bridge is the brainchild of Charles Ellis.",
        "Tower Bridge is the brainchild of John Wolfe Barry.",
        # developed in Kovrov, first made in Izhevsk: it "comes from" either
        "The AK-47 is from Kovrov.",
        "The AK-47 comes from Kovrov.",
        "The AK-47 comes from Izhevsk.",
        "The AK-47 originated in Kovrov.",
        # a painting "comes from" where it was painted (Guernica's roots are in the bombing)
        "Guernica comes from Paris.",
        "Guernica has its roots in Paris.",
        # formed by the impact at the Ries, found in Bohemia
        "Moldavite comes from Nordlinger Ries.",
        # Italian and French operas first staged in Milan and Paris
        "Turandot comes from Milan.",
        "Carmen comes from Paris.",
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
