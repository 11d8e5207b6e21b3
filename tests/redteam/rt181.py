"""Red team round 181 on the readings of CHANGES.diff: (1) short names of items whose labels end in
a "kind tail" that two or more items of the type share ("Chernobyl", "the Chernobyl plant", "Three
Mile Island", "Heathrow"), descriptor words stripped; (2) a year after the object of a verb that
dates the item ("Sub Pop was founded in Seattle in 1986", "X was excavated by Y in 1939"); (3)
"first" before a verb of discovery; (4) a phrase's "the" before a noun and its maker may be "a" or
nothing, "based on" <-> "adapted from" when a noun follows; (5) the noun before a classifier head
names the item ("an apple", "an anime", "a dog"); (6) a craft's noun ("has editing by X", "with
animation by X"); (7) "Founded in 1983 by X, Y ..." where "founded in" is also a place's cue; (8)
power plants' nouns and the verb synonyms helm, spot, breed, raise, fly past / by, draw / get; (9)
WebNLG "Name (Place)" also "Name, Place" and "Name in Place".

Seven graphs of my own (see each builder's docstring): plants (nuclear and other power stations,
airports, WebNLG labels "Name (Place)" with their aliases), labels (record labels with founding cities and founders, bands, albums), moons
(discoverers, independent discoverers, namers, visiting probes, observers), breeds (apple
cultivars, dog and cat breeds, grape varieties; "was developed by / at / in" next to "was bred
from"), anime (series and films adapted from manga, novels, a play, a short story, a film;
studios, editors, designers, art directors), films (films with editors, designers, cinematographers,
choreographers, narrators, "takes place in", "takes its name from"; photographs "taken by"; movie
series), and series (race, lecture, concert and test series).

Findings (70 of 451 false texts accepted; the code before this change, CHANGES.diff undone,
accepts none of them, and accepts the 2 KNOWN ones too; 17 arguable texts are OPEN):

* (5) "series" is a classifier head, so the word before it names the item: a race series is "a
  race", a lecture series "a lecture", a concert series "a concert", a test series "a test", a
  movie series "a movie", a novel series "a novel" (only "tv", "film", "book", "game"... are left
  out) (34): "Formula One is a race organised by the FIA", "The race Formula One visits Monza",
  "The Reith Lectures is a lecture broadcast by BBC Radio 4", "The Proms is a concert held at the
  Royal Albert Hall", "The Ashes is a test contested by the England cricket team", "Indiana Jones
  is a movie created by George Lucas", "Kino's Journey is a novel written by Keiichi Sigsawa",
  "Formula One visits Monza, and the race is organised by the FIA" (the noun of the item named
  last), "The FIA organises the race Formula One", appositions, lists, a user's claim. The noun
  also takes "a novel by" from "is adapted from the novel by" (controls rejected, below).
* (8) "draw" / "get" for "take": a photograph "was taken by" its photographer is "drawn" by him,
  and "takes place in" gives "gets / draws place in" (15): "Robert Capa drew The Falling Soldier",
  "The Falling Soldier was drawn by Robert Capa / in Cerro Muriano", "Migrant Mother was drawn in
  Nipomo in 1936" (with reading 2's year), "Fargo gets / draws place in Brainerd".
* (8) "fly past / by" for "visit" of what no craft visits: a race series visiting circuits, a
  person touring a plant (9): "Formula One flies past Monza", "Monza is flown past by Formula
  One", "Jimmy Carter flew past Three Mile Island", "Rafael Grossi flew by Zaporizhzhia".
* (1) a kind tail's rest that is a person's name (the person is in the graph under another form of
  his name: "John Fitzgerald Kennedy", "Benigno Aquino Jr.") names the airport (12): "John F.
  Kennedy opened in 1948 / serves New York City / is operated by the Port Authority ...", "John F.
  Kennedy is named after John Fitzgerald Kennedy", "Ninoy Aquino serves Pasay".

Held: (1) another plant's or airport's place, operator, design, buyer; a short name two items
share ("Beznau", "Drax"), a short name that is a city of the graph ("Pickering", "Gravelines",
"Manchester", "Ardmore", "Andrews County"), "Fukushima" (the airport) for the plants; lists,
gapping, negation, relative clauses, appositions; (2) years of visits, purchases, signings,
managers, reissues, remasterings, restorations, a disaster, another place of two, a later operator;
(3) "first" before the independent discoverer, the namer, a visitor, an observer, "first visited",
"discovered first", "the first to"; (4) another source's noun, another author, reversed, negated,
lists, "the first manga by"; (6) another craft's or work's person, "art direction" for "direction",
lists of crafts, negation, "lacks", reversed; (7) another year, founder, signing, seat, a place after
the founder, three founders, a band; (8) "helm" of a cinematographer or writer, "spot" of a visitor
or observer, "breed" where "bred from" is another relation's and of a reactor, "raise" of another
region; power plants' nouns of airports and back; (9) another Ardmore, another monument's sculptor.
The "first" of an active verb ("Gerard Kuiper first discovered Nereid", after Miranda) and "the
Beznau station" (the hydroelectric one only, though the nuclear plant is a station too) are OPEN.

Controls rejected (14 of 130): "The Chernobyl power plant is located in Pripyat", "Chernobyl, a power
plant in Pripyat, uses RBMK" ("power" unread of a nuclear_power_plant); "John F. Kennedy
International Airport is named after John F. Kennedy" (the airport, reading 1); "Sizewell B is
operated by EDF Energy" ("B"); "Creation Records was founded in London in 1983 by Alan McGee",
"Founded in 1983 by Alan McGee in London, Creation Records signed Oasis"; "Miranda was spotted by
Gerard Kuiper in 1948", "Miranda was spotted at McDonald Observatory"; "Honeycrisp was developed at
the University of Minnesota in 1960" (no "developed by" for Honeycrisp); "Pinotage is a grape
developed in South Africa" ("grape" is an attribute type here); "Perfect Blue is adapted from a /
the novel by Yoshikazu Takeuchi" (the novel series' noun, reading 5; the code before the change
accepts "the novel by"); "Grave of the Fireflies is based on a short story by", "The Red Shoes is
based on a fairy tale by" (a noun of two words keeps its "the").
"""

import os
import sys

if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker
from kgexplain.evaluation.webnlg import webnlg_aliases

R, E = kgx.Relation, kgx.Entity


def _build(items, others, rels, triples, users=(), aliases=None, webnlg=False):
    aliases = dict(aliases or {})
    if webnlg:  # every label's WebNLG aliases (reading 9), then the graph's own
        for k, v in list(items.items()) + list(others.items()):
            aliases[k] = tuple(dict.fromkeys(webnlg_aliases(v[1]) + tuple(aliases.get(k, ()))))
    ents = [E(k, kind="item", type=t, label=n, aliases=aliases.get(k, ()),
              attrs={"year": y} if y is not None else {})
            for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n, aliases=aliases.get(k, ())) for k, (t, n) in others.items()]
    ents += [E(k, kind="user", type="user", label=n) for k, n in users]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def _t(rel, pairs):
    """Triples of one relation from (head, tail) pairs."""
    return [(h, rel, t) for h, t in pairs]


def plants():
    """Power stations and airports (items: the year each was commissioned or opened). Nuclear
    plants (type nuclear_power_plant) share the tails "Nuclear Power Plant", "Nuclear Generating
    Station", "Nuclear Power Station" (reading 1: "Chernobyl", "the Chernobyl plant", "Three Mile
    Island", "Sizewell B"); other power stations (power_station) share "Power Station" ("Battersea",
    "Bankside"; "Beznau Hydroelectric Power Station" and "Beznau Nuclear Power Plant" share the short
    name "Beznau", and "Drax" is also Drax Group's); airports share "Airport" ("Heathrow", "Gatwick";
    "Manchester" is a city of the graph, "Fukushima" is the airport's while "Fukushima Daiichi" and
    "Fukushima Daini" are the plants'); "Pickering" is a city of the graph, so is "Gravelines"; the
    person John F. Kennedy is "John Fitzgerald Kennedy" here. Plants "are located in" a town, "are
    operated by" a company, "are owned by" one, "were damaged by" an earthquake, "were visited by" a
    person, "use" a reactor design; airports "serve" a city, "are operated by" a company, "were
    bought by" one, "are named after" a person. Ida rated Heathrow 5 and Chernobyl 2."""
    rels = [
        R("located_in", phrase="is located in", inverse_phrase="is the location of",
          domain=("nuclear_power_plant", "power_station", "airport"), range=("town", "city", "county")),
        R("operated_by", phrase="is operated by", inverse_phrase="operates",
          domain=("nuclear_power_plant", "power_station", "airport"), range=("company",)),
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("nuclear_power_plant",),
          range=("company",)),
        R("bought_by", phrase="was bought by", inverse_phrase="bought", domain=("airport", "nuclear_power_plant"),
          range=("company",)),
        R("damaged_by", phrase="was damaged by", inverse_phrase="damaged", domain=("nuclear_power_plant",),
          range=("disaster",)),
        R("visited_by", phrase="was visited by", inverse_phrase="visited", domain=("nuclear_power_plant",),
          range=("person",)),
        R("uses", phrase="uses", inverse_phrase="is used by", domain=("nuclear_power_plant",),
          range=("reactor_design",)),
        R("serves", phrase="serves", inverse_phrase="is served by", domain=("airport",), range=("city",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to",
          domain=("airport", "nuclear_power_plant"), range=("person", "county")),
        R("developed_by", phrase="was developed by", inverse_phrase="developed", domain=("reactor_design",),
          range=("company",)),
        R("runway", phrase="has a runway length of", inverse_phrase="is the runway length of", domain=("airport",),
          range=("length",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("monument",),
          range=("sculptor",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "n:chernobyl": ("nuclear_power_plant", "Chernobyl Nuclear Power Plant", 1977),
        "n:zaporizhzhia": ("nuclear_power_plant", "Zaporizhzhia Nuclear Power Plant", 1984),
        "n:daiichi": ("nuclear_power_plant", "Fukushima Daiichi Nuclear Power Plant", 1971),
        "n:daini": ("nuclear_power_plant", "Fukushima Daini Nuclear Power Plant", 1982),
        "n:beznau": ("nuclear_power_plant", "Beznau Nuclear Power Plant", 1969),
        "n:tmi": ("nuclear_power_plant", "Three Mile Island Nuclear Generating Station", 1974),
        "n:bruce": ("nuclear_power_plant", "Bruce Nuclear Generating Station", 1977),
        "n:pickering": ("nuclear_power_plant", "Pickering Nuclear Generating Station", 1971),
        "n:gravelines": ("nuclear_power_plant", "Gravelines Nuclear Power Station", 1980),
        "n:sizewell": ("nuclear_power_plant", "Sizewell B Nuclear Power Station", 1995),
        "n:hinkley": ("nuclear_power_plant", "Hinkley Point B Nuclear Power Station", 1976),
        "p:drax": ("power_station", "Drax Power Station", 1974),
        "p:battersea": ("power_station", "Battersea Power Station", 1933),
        "p:bankside": ("power_station", "Bankside Power Station", 1952),
        "p:beznauhydro": ("power_station", "Beznau Hydroelectric Power Station", 1902),
        "a:heathrow": ("airport", "Heathrow Airport", 1946), "a:gatwick": ("airport", "Gatwick Airport", 1958),
        "a:stansted": ("airport", "Stansted Airport", 1943), "a:manchester": ("airport", "Manchester Airport", 1938),
        "a:fukushima": ("airport", "Fukushima Airport", 1993),
        "a:jfk": ("airport", "John F. Kennedy International Airport", 1948),
        "a:lax": ("airport", "Los Angeles International Airport", 1930),
        "a:ninoy": ("airport", "Ninoy Aquino International Airport", 1948),
        "a:ardmorenz": ("airport", "Ardmore Airport (New Zealand)", 1943),
        "a:ardmoreok": ("airport", "Ardmore Municipal Airport", 1942),
        "a:andrews": ("airport", "Andrews County Airport", 1950),
        "a:adirondack": ("airport", "Adirondack Regional Airport", 1942),
        "a:abilene": ("airport", "Abilene Regional Airport", 1940),
        "a:alderney": ("airport", "Alderney Airport", 1935),
        "m:samsun": ("monument", "Atatürk Monument (Samsun)", 1932),
        "m:izmir": ("monument", "Atatürk Monument (Izmir)", 1932),
    }
    others = {
        "t:pripyat": ("town", "Pripyat"), "t:enerhodar": ("town", "Enerhodar"), "t:okuma": ("town", "Ōkuma"),
        "t:naraha": ("town", "Naraha"), "t:dottingen": ("town", "Döttingen"),
        "t:londonderry": ("town", "Londonderry Township"), "t:kincardine": ("town", "Kincardine"),
        "y:pickering": ("city", "Pickering"), "y:gravelines": ("city", "Gravelines"), "t:leiston": ("town", "Leiston"),
        "t:bridgwater": ("town", "Bridgwater"), "t:selby": ("town", "Selby"), "y:london": ("city", "London"),
        "y:manchester": ("city", "Manchester"), "y:sukagawa": ("city", "Sukagawa"), "y:newyork": ("city", "New York City"),
        "y:losangeles": ("city", "Los Angeles, California"), "k:bruce": ("county", "Bruce County"),
        "y:manila": ("city", "Pasay"), "h:aquino": ("person", "Benigno Aquino Jr."),
        "c:miaa": ("company", "Manila International Airport Authority"),
        "y:papakura": ("city", "Papakura"), "y:auckland": ("city", "Auckland"),
        "y:ardmore": ("city", "Ardmore, Oklahoma"), "k:andrews": ("county", "Andrews County, Texas"),
        "y:andrews": ("city", "Andrews, Texas"), "y:harrietstown": ("city", "Harrietstown, New York"),
        "y:saranac": ("city", "Saranac Lake, New York"), "y:abilene": ("city", "Abilene, Texas"),
        "y:alderney": ("city", "Alderney"), "y:samsun": ("city", "Samsun"), "y:izmir": ("city", "Izmir"),
        "c:ardmorenz": ("company", "Ardmore Flying School"), "c:ardmoreok": ("company", "City of Ardmore"),
        "c:franklin": ("company", "Franklin County"), "c:abilene": ("company", "City of Abilene"),
        "c:states": ("company", "States of Guernsey"),
        "l:1411": ("length", "1411.0"), "l:896": ("length", "896.0"), "l:2003": ("length", "2003.0"),
        "l:2195": ("length", "2195.0"), "l:877": ("length", "877.0"),
        "s:krippel": ("sculptor", "Heinrich Krippel"), "s:canonica": ("sculptor", "Pietro Canonica"),
        "c:chnpp": ("company", "SSE ChNPP"), "c:energoatom": ("company", "Energoatom"),
        "c:tepco": ("company", "Tokyo Electric Power Company"), "c:axpo": ("company", "Axpo"),
        "c:constellation": ("company", "Constellation Energy"), "c:brucepower": ("company", "Bruce Power"),
        "c:opg": ("company", "Ontario Power Generation"), "c:edf": ("company", "EDF"),
        "c:edfenergy": ("company", "EDF Energy"), "c:draxgroup": ("company", "Drax Group"),
        "c:hah": ("company", "Heathrow Airport Holdings"), "c:vinci": ("company", "VINCI Airports"),
        "c:mag": ("company", "Manchester Airports Group"), "c:gip": ("company", "Global Infrastructure Partners"),
        "c:amergen": ("company", "AmerGen Energy"), "c:panynj": ("company", "Port Authority of New York and New Jersey"),
        "c:lawa": ("company", "Los Angeles World Airports"), "c:fukupref": ("company", "Fukushima Prefecture Government"),
        "c:londonelectric": ("company", "London Power Company"),
        "d:tohoku": ("disaster", "Tōhoku earthquake"), "h:carter": ("person", "Jimmy Carter"),
        "h:grossi": ("person", "Rafael Grossi"), "h:jfk": ("person", "John Fitzgerald Kennedy"),
        "r:rbmk": ("reactor_design", "RBMK"), "r:vver": ("reactor_design", "VVER"), "r:bwr": ("reactor_design", "boiling water reactor"),
        "r:pwr": ("reactor_design", "pressurized water reactor"), "r:candu": ("reactor_design", "CANDU"),
        "c:nikiet": ("company", "NIKIET"), "c:gidropress": ("company", "OKB Gidropress"),
        "c:aecl": ("company", "Atomic Energy of Canada Limited"), "c:ge": ("company", "General Electric"),
    }
    T_ = _t("located_in", [("n:chernobyl", "t:pripyat"), ("n:zaporizhzhia", "t:enerhodar"), ("n:daiichi", "t:okuma"),
                           ("n:daini", "t:naraha"), ("n:beznau", "t:dottingen"), ("p:beznauhydro", "t:dottingen"),
                           ("n:tmi", "t:londonderry"), ("n:bruce", "t:kincardine"), ("n:pickering", "y:pickering"),
                           ("n:gravelines", "y:gravelines"), ("n:sizewell", "t:leiston"), ("n:hinkley", "t:bridgwater"),
                           ("p:drax", "t:selby"), ("p:battersea", "y:london"), ("p:bankside", "y:london"),
                           ("a:heathrow", "y:london"), ("a:gatwick", "y:london"), ("a:stansted", "y:london"),
                           ("a:manchester", "y:manchester"), ("a:fukushima", "y:sukagawa"), ("a:jfk", "y:newyork"),
                           ("a:lax", "y:losangeles"), ("a:ninoy", "y:manila"), ("a:ardmorenz", "y:papakura"),
                           ("a:ardmoreok", "y:ardmore"), ("a:andrews", "k:andrews"), ("a:adirondack", "y:harrietstown"),
                           ("a:abilene", "y:abilene"), ("a:alderney", "y:alderney"), ("m:samsun", "y:samsun"),
                           ("m:izmir", "y:izmir")])
    T_ += _t("operated_by", [("n:chernobyl", "c:chnpp"), ("n:zaporizhzhia", "c:energoatom"), ("n:daiichi", "c:tepco"),
                             ("n:daini", "c:tepco"), ("n:beznau", "c:axpo"), ("p:beznauhydro", "c:axpo"),
                             ("n:tmi", "c:constellation"), ("n:bruce", "c:brucepower"), ("n:pickering", "c:opg"),
                             ("n:gravelines", "c:edf"), ("n:sizewell", "c:edfenergy"), ("n:hinkley", "c:edfenergy"),
                             ("p:drax", "c:draxgroup"), ("p:battersea", "c:londonelectric"), ("a:heathrow", "c:hah"),
                             ("a:gatwick", "c:vinci"), ("a:stansted", "c:mag"), ("a:manchester", "c:mag"),
                             ("a:fukushima", "c:fukupref"), ("a:jfk", "c:panynj"), ("a:lax", "c:lawa"),
                             ("a:ninoy", "c:miaa"), ("a:ardmorenz", "c:ardmorenz"), ("a:ardmoreok", "c:ardmoreok"),
                             ("a:adirondack", "c:franklin"), ("a:abilene", "c:abilene"), ("a:alderney", "c:states")])
    T_ += _t("owned_by", [("n:bruce", "c:opg"), ("n:tmi", "c:constellation")])
    T_ += _t("bought_by", [("a:gatwick", "c:gip"), ("a:stansted", "c:mag"), ("n:tmi", "c:amergen")])
    T_ += _t("damaged_by", [("n:daiichi", "d:tohoku")])
    T_ += _t("visited_by", [("n:tmi", "h:carter"), ("n:zaporizhzhia", "h:grossi")])
    T_ += _t("uses", [("n:chernobyl", "r:rbmk"), ("n:zaporizhzhia", "r:vver"), ("n:daiichi", "r:bwr"), ("n:daini", "r:bwr"),
                      ("n:beznau", "r:pwr"), ("n:tmi", "r:pwr"), ("n:bruce", "r:candu"), ("n:pickering", "r:candu"),
                      ("n:gravelines", "r:pwr"), ("n:sizewell", "r:pwr")])
    T_ += _t("serves", [("a:heathrow", "y:london"), ("a:gatwick", "y:london"), ("a:stansted", "y:london"),
                        ("a:manchester", "y:manchester"), ("a:fukushima", "y:sukagawa"), ("a:jfk", "y:newyork"),
                        ("a:lax", "y:losangeles"), ("a:ninoy", "y:manila"), ("a:ardmorenz", "y:auckland"),
                        ("a:ardmoreok", "y:ardmore"), ("a:andrews", "y:andrews"), ("a:adirondack", "y:saranac"),
                        ("a:abilene", "y:abilene"), ("a:alderney", "y:alderney")])
    T_ += _t("named_after", [("a:jfk", "h:jfk"), ("n:bruce", "k:bruce"), ("a:ninoy", "h:aquino")])
    T_ += _t("runway", [("a:ardmorenz", "l:1411"), ("a:ardmoreok", "l:2195"), ("a:andrews", "l:896"),
                        ("a:adirondack", "l:2003"), ("a:abilene", "l:2195"), ("a:alderney", "l:877")])
    T_ += _t("designed_by", [("m:samsun", "s:krippel"), ("m:izmir", "s:canonica")])
    T_ += _t("developed_by", [("r:rbmk", "c:nikiet"), ("r:vver", "c:gidropress"), ("r:candu", "c:aecl"),
                              ("r:bwr", "c:ge")])
    T_ += [("user:ida", "rated", "a:heathrow", {"rating": 5.0}), ("user:ida", "rated", "n:chernobyl", {"rating": 2.0})]
    return _build(items, others, rels, T_, users=[("user:ida", "Ida")], webnlg=True)


def labels():
    """Record labels (items: the year each was founded), bands (items: the year each was formed)
    and albums (items: the year each came out). Labels "were founded in" a city (reading 2 and 7:
    "founded in" is a place's cue; Sub Pop "was founded in" Olympia and Seattle, two places) and
    "by" one or two people, "are based in" a city (Merge: founded in Chapel Hill, based in Durham;
    Warp: founded in Sheffield, based in London), "signed" bands (inverse "was signed by": the year
    of a signing is no band's), "were acquired by" a company (Creation, 1992) or "are partly owned
    by" one (Sub Pop). Bands "were formed in" a town, "were managed by" a manager. Albums "are by" a
    band, "are produced by", "are mixed by", "are mastered by", "are designed by", "are
    photographed by" (craft nouns, reading 6), "were released by" a label, and Bleach "was reissued
    by" Sub Pop (2009), Unknown Pleasures "was remastered by" Frank Arkwright (2007). Lou rated Sub
    Pop 5 and Factory Records 4.5."""
    rels = [
        R("founded_in", phrase="was founded in", inverse_phrase="is where was founded", domain=("record_label",),
          range=("city",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("record_label",), range=("person",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("record_label",), range=("city",)),
        R("signed", phrase="signed", inverse_phrase="was signed by", domain=("record_label",), range=("band",)),
        R("acquired_by", phrase="was acquired by", inverse_phrase="acquired", domain=("record_label",),
          range=("company",)),
        R("partly_owned", phrase="is partly owned by", inverse_phrase="partly owns", domain=("record_label",),
          range=("company",)),
        R("formed_in", phrase="was formed in", inverse_phrase="is where was formed", domain=("band",), range=("city",)),
        R("managed_by", phrase="was managed by", inverse_phrase="managed", domain=("band",), range=("person",)),
        R("by_band", phrase="is an album by", inverse_phrase="released the album", domain=("album",), range=("band",)),
        R("produced_by", phrase="is produced by", inverse_phrase="produced", domain=("album",), range=("person",)),
        R("mixed_by", phrase="is mixed by", inverse_phrase="mixed", domain=("album",), range=("person",)),
        R("mastered_by", phrase="is mastered by", inverse_phrase="mastered", domain=("album",), range=("person",)),
        R("designed_by", phrase="is designed by", inverse_phrase="designed", domain=("album",), range=("person",)),
        R("photographed_by", phrase="is photographed by", inverse_phrase="photographed", domain=("album",),
          range=("person",)),
        R("released_by", phrase="was released by", inverse_phrase="released", domain=("album",),
          range=("record_label", "company")),
        R("reissued_by", phrase="was reissued by", inverse_phrase="reissued", domain=("album",), range=("record_label",)),
        R("remastered_by", phrase="was remastered by", inverse_phrase="remastered", domain=("album",),
          range=("person",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "l:subpop": ("record_label", "Sub Pop", 1986), "l:matador": ("record_label", "Matador Records", 1989),
        "l:factory": ("record_label", "Factory Records", 1978), "l:roughtrade": ("record_label", "Rough Trade Records", 1978),
        "l:creation": ("record_label", "Creation Records", 1983), "l:defjam": ("record_label", "Def Jam Recordings", 1984),
        "l:merge": ("record_label", "Merge Records", 1989), "l:4ad": ("record_label", "4AD", 1980),
        "l:stiff": ("record_label", "Stiff Records", 1976), "l:warp": ("record_label", "Warp Records", 1989),
        "b:nirvana": ("band", "Nirvana", 1987), "b:soundgarden": ("band", "Soundgarden", 1984),
        "b:joydivision": ("band", "Joy Division", 1976), "b:neworder": ("band", "New Order", 1980),
        "b:oasis": ("band", "Oasis", 1991), "b:mbv": ("band", "My Bloody Valentine", 1983),
        "b:pavement": ("band", "Pavement", 1989), "b:publicenemy": ("band", "Public Enemy", 1985),
        "b:arcadefire": ("band", "Arcade Fire", 2001), "b:smiths": ("band", "The Smiths", 1982),
        "b:cocteau": ("band", "Cocteau Twins", 1979), "b:aphex": ("band", "Aphex Twin", 1985),
        "r:nevermind": ("album", "Nevermind", 1991), "r:bleach": ("album", "Bleach", 1989),
        "r:unknown": ("album", "Unknown Pleasures", 1979), "r:definitely": ("album", "Definitely Maybe", 1994),
        "r:loveless": ("album", "Loveless", 1991), "r:slanted": ("album", "Slanted and Enchanted", 1992),
    }
    others = {
        "y:seattle": ("city", "Seattle"), "y:olympia": ("city", "Olympia"), "y:newyork": ("city", "New York City"),
        "y:manchester": ("city", "Manchester"), "y:london": ("city", "London"), "y:chapelhill": ("city", "Chapel Hill"),
        "y:durham": ("city", "Durham"), "y:sheffield": ("city", "Sheffield"), "y:aberdeen": ("city", "Aberdeen"),
        "y:salford": ("city", "Salford"), "y:dublin": ("city", "Dublin"), "y:stockton": ("city", "Stockton"),
        "y:roosevelt": ("city", "Roosevelt"), "y:montreal": ("city", "Montreal"), "y:grangemouth": ("city", "Grangemouth"),
        "y:cornwall": ("city", "Truro"),
        "h:pavitt": ("person", "Bruce Pavitt"), "h:poneman": ("person", "Jonathan Poneman"),
        "h:lombardi": ("person", "Chris Lombardi"), "h:wilson": ("person", "Tony Wilson"),
        "h:erasmus": ("person", "Alan Erasmus"), "h:travis": ("person", "Geoff Travis"), "h:mcgee": ("person", "Alan McGee"),
        "h:rubin": ("person", "Rick Rubin"), "h:simmons": ("person", "Russell Simmons"),
        "h:mccaughan": ("person", "Mac McCaughan"), "h:ballance": ("person", "Laura Ballance"),
        "h:ivo": ("person", "Ivo Watts-Russell"), "h:kent": ("person", "Peter Kent"),
        "h:robinson": ("person", "Dave Robinson"), "h:riviera": ("person", "Jake Riviera"),
        "h:beckett": ("person", "Steve Beckett"), "h:mitchell": ("person", "Rob Mitchell"),
        "h:gretton": ("person", "Rob Gretton"), "h:russell": ("person", "Marcus Russell"),
        "h:vig": ("person", "Butch Vig"), "h:wallace": ("person", "Andy Wallace"), "h:weinberg": ("person", "Howie Weinberg"),
        "h:endino": ("person", "Jack Endino"), "h:hannett": ("person", "Martin Hannett"), "h:saville": ("person", "Peter Saville"),
        "h:morris": ("person", "Owen Morris"), "h:cannon": ("person", "Brian Cannon"),
        "h:spencerjones": ("person", "Michael Spencer Jones"), "h:shields": ("person", "Kevin Shields"),
        "h:arkwright": ("person", "Frank Arkwright"), "h:weddle": ("person", "Kirk Weddle"),
        "c:sony": ("company", "Sony Music"), "c:wmg": ("company", "Warner Music Group"), "c:dgc": ("company", "DGC Records"),
    }
    T_ = _t("founded_in", [("l:subpop", "y:olympia"), ("l:subpop", "y:seattle"), ("l:matador", "y:newyork"),
                           ("l:factory", "y:manchester"), ("l:roughtrade", "y:london"), ("l:creation", "y:london"),
                           ("l:defjam", "y:newyork"), ("l:merge", "y:chapelhill"), ("l:4ad", "y:london"),
                           ("l:stiff", "y:london"), ("l:warp", "y:sheffield")])
    T_ += _t("founded_by", [("l:subpop", "h:pavitt"), ("l:subpop", "h:poneman"), ("l:matador", "h:lombardi"),
                            ("l:factory", "h:wilson"), ("l:factory", "h:erasmus"), ("l:roughtrade", "h:travis"),
                            ("l:creation", "h:mcgee"), ("l:defjam", "h:rubin"), ("l:defjam", "h:simmons"),
                            ("l:merge", "h:mccaughan"), ("l:merge", "h:ballance"), ("l:4ad", "h:ivo"),
                            ("l:4ad", "h:kent"), ("l:stiff", "h:robinson"), ("l:stiff", "h:riviera"),
                            ("l:warp", "h:beckett"), ("l:warp", "h:mitchell")])
    T_ += _t("based_in", [("l:subpop", "y:seattle"), ("l:matador", "y:newyork"), ("l:factory", "y:manchester"),
                          ("l:roughtrade", "y:london"), ("l:defjam", "y:newyork"), ("l:merge", "y:durham"),
                          ("l:4ad", "y:london"), ("l:warp", "y:london")])
    T_ += _t("signed", [("l:subpop", "b:nirvana"), ("l:subpop", "b:soundgarden"), ("l:factory", "b:joydivision"),
                        ("l:factory", "b:neworder"), ("l:creation", "b:oasis"), ("l:creation", "b:mbv"),
                        ("l:matador", "b:pavement"), ("l:defjam", "b:publicenemy"), ("l:merge", "b:arcadefire"),
                        ("l:roughtrade", "b:smiths"), ("l:4ad", "b:cocteau"), ("l:warp", "b:aphex")])
    T_ += _t("acquired_by", [("l:creation", "c:sony")])
    T_ += _t("partly_owned", [("l:subpop", "c:wmg")])
    T_ += _t("formed_in", [("b:nirvana", "y:aberdeen"), ("b:soundgarden", "y:seattle"), ("b:joydivision", "y:salford"),
                           ("b:neworder", "y:salford"), ("b:oasis", "y:manchester"), ("b:mbv", "y:dublin"),
                           ("b:pavement", "y:stockton"), ("b:publicenemy", "y:roosevelt"), ("b:arcadefire", "y:montreal"),
                           ("b:smiths", "y:manchester"), ("b:cocteau", "y:grangemouth"), ("b:aphex", "y:cornwall")])
    T_ += _t("managed_by", [("b:joydivision", "h:gretton"), ("b:neworder", "h:gretton"), ("b:oasis", "h:russell")])
    T_ += _t("by_band", [("r:nevermind", "b:nirvana"), ("r:bleach", "b:nirvana"), ("r:unknown", "b:joydivision"),
                         ("r:definitely", "b:oasis"), ("r:loveless", "b:mbv"), ("r:slanted", "b:pavement")])
    T_ += _t("produced_by", [("r:nevermind", "h:vig"), ("r:bleach", "h:endino"), ("r:unknown", "h:hannett"),
                             ("r:loveless", "h:shields")])
    T_ += _t("mixed_by", [("r:nevermind", "h:wallace"), ("r:definitely", "h:morris")])
    T_ += _t("mastered_by", [("r:nevermind", "h:weinberg")])
    T_ += _t("designed_by", [("r:unknown", "h:saville"), ("r:definitely", "h:cannon")])
    T_ += _t("photographed_by", [("r:definitely", "h:spencerjones"), ("r:nevermind", "h:weddle")])
    T_ += _t("released_by", [("r:nevermind", "c:dgc"), ("r:bleach", "l:subpop"), ("r:unknown", "l:factory"),
                             ("r:definitely", "l:creation"), ("r:loveless", "l:creation"), ("r:slanted", "l:matador")])
    T_ += _t("reissued_by", [("r:bleach", "l:subpop")])
    T_ += _t("remastered_by", [("r:unknown", "h:arkwright")])
    T_ += [("user:lou", "rated", "l:subpop", {"rating": 5.0}), ("user:lou", "rated", "l:factory", {"rating": 4.5})]
    return _build(items, others, rels, T_, users=[("user:lou", "Lou")])


def moons():
    """Moons (items: the year each was discovered). A moon "was discovered by" an astronomer (two
    for Hyperion) and "at" an observatory; Io and Europa "were independently discovered by" Simon
    Marius, Hyperion by William Lassell (reading 3: "first" before "discovered / spotted / found"
    says who was first); a moon "was named by" someone (later), "orbits" a planet, "was visited by"
    a probe (Voyager 2 the only one of Miranda and Triton, New Horizons of Charon; reading 8: "fly
    past / by"), "was observed by" one (Nereid by Voyager 2, Charon by Hubble), "was photographed
    by" one (Phobos), "was landed on by" one (Titan by Huygens). Leo rated Titan 5 and Io 3."""
    rels = [
        R("disc", phrase="was discovered by", inverse_phrase="discovered", domain=("moon",), range=("astronomer",)),
        R("indep", phrase="was independently discovered by", inverse_phrase="independently discovered",
          domain=("moon",), range=("astronomer",)),
        R("disc_at", phrase="was discovered at", inverse_phrase="is where was discovered", domain=("moon",),
          range=("observatory",)),
        R("named_by", phrase="was named by", inverse_phrase="named", domain=("moon",), range=("astronomer",)),
        R("orbits", phrase="orbits", inverse_phrase="is orbited by", domain=("moon",), range=("planet",)),
        R("visited", phrase="was visited by", inverse_phrase="visited", domain=("moon",), range=("spacecraft",)),
        R("observed", phrase="was observed by", inverse_phrase="observed", domain=("moon",),
          range=("spacecraft", "telescope")),
        R("photographed", phrase="was photographed by", inverse_phrase="photographed", domain=("moon",),
          range=("spacecraft",)),
        R("landed", phrase="was landed on by", inverse_phrase="landed on", domain=("moon",), range=("spacecraft",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "m:io": ("moon", "Io", 1610), "m:europa": ("moon", "Europa", 1610), "m:ganymede": ("moon", "Ganymede", 1610),
        "m:callisto": ("moon", "Callisto", 1610), "m:titan": ("moon", "Titan", 1655),
        "m:enceladus": ("moon", "Enceladus", 1789), "m:mimas": ("moon", "Mimas", 1789),
        "m:hyperion": ("moon", "Hyperion", 1848), "m:triton": ("moon", "Triton", 1846),
        "m:nereid": ("moon", "Nereid", 1949), "m:miranda": ("moon", "Miranda", 1948),
        "m:phobos": ("moon", "Phobos", 1877), "m:deimos": ("moon", "Deimos", 1877),
        "m:charon": ("moon", "Charon", 1978), "m:titania": ("moon", "Titania", 1787),
        "m:oberon": ("moon", "Oberon", 1787),
    }
    others = {
        "a:galilei": ("astronomer", "Galileo Galilei"), "a:marius": ("astronomer", "Simon Marius"),
        "a:huygens": ("astronomer", "Christiaan Huygens"), "a:jherschel": ("astronomer", "John Herschel"),
        "a:wherschel": ("astronomer", "William Herschel"), "a:wbond": ("astronomer", "William Cranch Bond"),
        "a:gbond": ("astronomer", "George Phillips Bond"), "a:lassell": ("astronomer", "William Lassell"),
        "a:kuiper": ("astronomer", "Gerard Kuiper"), "a:hall": ("astronomer", "Asaph Hall"),
        "a:christy": ("astronomer", "James Christy"), "a:flammarion": ("astronomer", "Camille Flammarion"),
        "a:madan": ("astronomer", "Henry Madan"),
        "o:mcdonald": ("observatory", "McDonald Observatory"), "o:usno": ("observatory", "United States Naval Observatory"),
        "o:flagstaff": ("observatory", "Flagstaff Station"), "o:harvard": ("observatory", "Harvard College Observatory"),
        "x:jupiter": ("planet", "Jupiter"), "x:saturn": ("planet", "Saturn"), "x:uranus": ("planet", "Uranus"),
        "x:neptune": ("planet", "Neptune"), "x:mars": ("planet", "Mars"), "x:pluto": ("planet", "Pluto"),
        "s:voyager1": ("spacecraft", "Voyager 1"), "s:voyager2": ("spacecraft", "Voyager 2"),
        "s:galileo": ("spacecraft", "Galileo probe"), "s:cassini": ("spacecraft", "Cassini"),
        "s:huygens": ("spacecraft", "Huygens probe"), "s:newhorizons": ("spacecraft", "New Horizons"),
        "s:mro": ("spacecraft", "Mars Reconnaissance Orbiter"), "s:hubble": ("telescope", "Hubble Space Telescope"),
    }
    T_ = _t("disc", [("m:io", "a:galilei"), ("m:europa", "a:galilei"), ("m:ganymede", "a:galilei"),
                     ("m:callisto", "a:galilei"), ("m:titan", "a:huygens"), ("m:enceladus", "a:wherschel"),
                     ("m:mimas", "a:wherschel"), ("m:hyperion", "a:wbond"), ("m:hyperion", "a:gbond"),
                     ("m:triton", "a:lassell"), ("m:nereid", "a:kuiper"), ("m:miranda", "a:kuiper"),
                     ("m:phobos", "a:hall"), ("m:deimos", "a:hall"), ("m:charon", "a:christy"),
                     ("m:titania", "a:wherschel"), ("m:oberon", "a:wherschel")])
    T_ += _t("indep", [("m:io", "a:marius"), ("m:europa", "a:marius"), ("m:hyperion", "a:lassell")])
    T_ += _t("disc_at", [("m:nereid", "o:mcdonald"), ("m:miranda", "o:mcdonald"), ("m:phobos", "o:usno"),
                         ("m:deimos", "o:usno"), ("m:charon", "o:flagstaff"), ("m:hyperion", "o:harvard")])
    T_ += _t("named_by", [("m:io", "a:marius"), ("m:titan", "a:jherschel"), ("m:enceladus", "a:jherschel"),
                          ("m:mimas", "a:jherschel"), ("m:triton", "a:flammarion"), ("m:miranda", "a:kuiper"),
                          ("m:phobos", "a:madan")])
    T_ += _t("orbits", [("m:io", "x:jupiter"), ("m:europa", "x:jupiter"), ("m:ganymede", "x:jupiter"),
                        ("m:callisto", "x:jupiter"), ("m:titan", "x:saturn"), ("m:enceladus", "x:saturn"),
                        ("m:mimas", "x:saturn"), ("m:hyperion", "x:saturn"), ("m:triton", "x:neptune"),
                        ("m:nereid", "x:neptune"), ("m:miranda", "x:uranus"), ("m:phobos", "x:mars"),
                        ("m:deimos", "x:mars"), ("m:charon", "x:pluto"), ("m:titania", "x:uranus"),
                        ("m:oberon", "x:uranus")])
    T_ += _t("visited", [("m:io", "s:voyager1"), ("m:io", "s:galileo"), ("m:europa", "s:galileo"),
                         ("m:ganymede", "s:galileo"), ("m:callisto", "s:galileo"), ("m:titan", "s:voyager1"),
                         ("m:titan", "s:cassini"), ("m:enceladus", "s:cassini"), ("m:hyperion", "s:cassini"),
                         ("m:triton", "s:voyager2"), ("m:miranda", "s:voyager2"), ("m:charon", "s:newhorizons")])
    T_ += _t("observed", [("m:nereid", "s:voyager2"), ("m:charon", "s:hubble")])
    T_ += _t("photographed", [("m:phobos", "s:mro")])
    T_ += _t("landed", [("m:titan", "s:huygens")])
    T_ += [("user:leo", "rated", "m:titan", {"rating": 5.0}), ("user:leo", "rated", "m:io", {"rating": 3.0})]
    return _build(items, others, rels, T_, users=[("user:leo", "Leo")])


def breeds():
    """Apple cultivars, dog breeds, cat breeds and grape varieties (items: the year each was first
    bred or recognized; reading 5: "an apple", "a dog", "a cat", "a grape"). Each "was developed by"
    a person, "at" an institute or "in" a country; apples, Labradoodle and Pinotage "were bred from"
    parents (so "breed" is another relation's verb here: reading 8 keeps "bred by / at / in" off the
    development); apples and grapes "are grown in" a region (reading 8: "raise"); breeds "are
    descended from" an older one, "are named after" a person, "are recognized by" a kennel club.
    Ava rated Honeycrisp 5 and the Ragdoll 4."""
    rels = [
        R("dev_by", phrase="was developed by", inverse_phrase="developed", range=("person",)),
        R("dev_at", phrase="was developed at", inverse_phrase="is where was developed", range=("institute",)),
        R("dev_in", phrase="was developed in", inverse_phrase="is where was developed", range=("country",)),
        R("bred_from", phrase="was bred from", inverse_phrase="is a parent of",
          domain=("apple_cultivar", "dog_breed", "grape_variety"), range=("apple_cultivar", "dog_breed", "cultivar",
                                                                           "grape")),
        R("grown_in", phrase="is grown in", inverse_phrase="grows", domain=("apple_cultivar", "grape_variety"),
          range=("region", "country")),
        R("descended", phrase="is descended from", inverse_phrase="is an ancestor of",
          domain=("dog_breed", "cat_breed"), range=("landrace",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", range=("person",)),
        R("recognized_by", phrase="is recognized by", inverse_phrase="recognizes",
          domain=("dog_breed", "cat_breed"), range=("club",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "c:granny": ("apple_cultivar", "Granny Smith", 1868), "c:honeycrisp": ("apple_cultivar", "Honeycrisp", 1960),
        "c:cosmic": ("apple_cultivar", "Cosmic Crisp", 1997), "c:fuji": ("apple_cultivar", "Fuji", 1939),
        "c:pinklady": ("apple_cultivar", "Pink Lady", 1973), "c:mcintosh": ("apple_cultivar", "McIntosh", 1811),
        "d:labrador": ("dog_breed", "Labrador Retriever", 1830), "d:golden": ("dog_breed", "Golden Retriever", 1868),
        "d:dobermann": ("dog_breed", "Dobermann", 1890), "d:labradoodle": ("dog_breed", "Labradoodle", 1989),
        "d:collie": ("dog_breed", "Border Collie", 1873),
        "k:mainecoon": ("cat_breed", "Maine Coon", 1860), "k:siamese": ("cat_breed", "Siamese", 1871),
        "k:ragdoll": ("cat_breed", "Ragdoll", 1963),
        "g:pinotage": ("grape_variety", "Pinotage", 1925), "g:cabernet": ("grape_variety", "Cabernet Sauvignon", 1600),
    }
    others = {
        "h:smith": ("person", "Maria Ann Smith"), "h:barritt": ("person", "Bruce Barritt"),
        "h:cripps": ("person", "John Cripps"), "h:mcintosh": ("person", "John McIntosh"),
        "h:tweedmouth": ("person", "Lord Tweedmouth"), "h:dobermann": ("person", "Louis Dobermann"),
        "h:conron": ("person", "Wally Conron"), "h:baker": ("person", "Ann Baker"),
        "h:perold": ("person", "Abraham Izak Perold"),
        "i:minnesota": ("institute", "University of Minnesota"), "i:wsu": ("institute", "Washington State University"),
        "i:tohoku": ("institute", "Tohoku Research Station"), "i:stoneville": ("institute", "Stoneville Research Station"),
        "i:stellenbosch": ("institute", "Stellenbosch University"),
        "n:australia": ("country", "Australia"), "n:japan": ("country", "Japan"), "n:uk": ("country", "United Kingdom"),
        "n:scotland": ("country", "Scotland"), "n:germany": ("country", "Germany"), "n:usa": ("country", "United States"),
        "n:thailand": ("country", "Thailand"), "n:southafrica": ("country", "South Africa"),
        "n:canada": ("country", "Canada"), "n:france": ("country", "France"),
        "v:keepsake": ("cultivar", "Keepsake"), "v:enterprise": ("cultivar", "Enterprise"),
        "v:reddelicious": ("cultivar", "Red Delicious"), "v:ralls": ("cultivar", "Ralls Janet"),
        "v:golden": ("cultivar", "Golden Delicious"), "v:ladywilliams": ("cultivar", "Lady Williams"),
        "v:poodle": ("dog_breed", "Poodle"), "v:pinotnoir": ("grape", "Pinot noir"), "v:cinsaut": ("grape", "Cinsaut"),
        "v:cabfranc": ("grape", "Cabernet Franc"), "v:sauvblanc": ("grape", "Sauvignon blanc"),
        "r:washington": ("region", "Washington State"), "r:tasmania": ("region", "Tasmania"),
        "r:westaus": ("region", "Western Australia"), "r:ontario": ("region", "Ontario"), "r:bordeaux": ("region", "Bordeaux"),
        "r:stellenbosch": ("region", "Stellenbosch"),
        "w:stjohns": ("landrace", "St. John's water dog"), "w:landrace": ("landrace", "Maine landrace cat"),
        "w:wichien": ("landrace", "Wichianmat"),
        "q:kennel": ("club", "The Kennel Club"), "q:cfa": ("club", "Cat Fanciers' Association"),
    }
    T_ = _t("dev_by", [("c:granny", "h:smith"), ("c:cosmic", "h:barritt"), ("c:pinklady", "h:cripps"),
                       ("c:mcintosh", "h:mcintosh"), ("d:golden", "h:tweedmouth"), ("d:dobermann", "h:dobermann"),
                       ("d:labradoodle", "h:conron"), ("k:ragdoll", "h:baker"), ("g:pinotage", "h:perold")])
    T_ += _t("dev_at", [("c:honeycrisp", "i:minnesota"), ("c:cosmic", "i:wsu"), ("c:fuji", "i:tohoku"),
                        ("c:pinklady", "i:stoneville"), ("g:pinotage", "i:stellenbosch")])
    T_ += _t("dev_in", [("c:granny", "n:australia"), ("c:fuji", "n:japan"), ("c:mcintosh", "n:canada"),
                        ("d:labrador", "n:uk"), ("d:golden", "n:scotland"), ("d:dobermann", "n:germany"),
                        ("d:labradoodle", "n:australia"), ("d:collie", "n:scotland"), ("k:mainecoon", "n:usa"),
                        ("k:siamese", "n:thailand"), ("k:ragdoll", "n:usa"), ("g:pinotage", "n:southafrica"),
                        ("g:cabernet", "n:france")])
    T_ += _t("bred_from", [("c:honeycrisp", "v:keepsake"), ("c:cosmic", "c:honeycrisp"), ("c:cosmic", "v:enterprise"),
                           ("c:fuji", "v:reddelicious"), ("c:fuji", "v:ralls"), ("c:pinklady", "v:golden"),
                           ("c:pinklady", "v:ladywilliams"), ("d:labradoodle", "d:labrador"),
                           ("d:labradoodle", "v:poodle"), ("g:pinotage", "v:pinotnoir"), ("g:pinotage", "v:cinsaut"),
                           ("g:cabernet", "v:cabfranc"), ("g:cabernet", "v:sauvblanc")])
    T_ += _t("grown_in", [("c:granny", "r:tasmania"), ("c:honeycrisp", "r:washington"), ("c:cosmic", "r:washington"),
                          ("c:fuji", "n:japan"), ("c:pinklady", "r:westaus"), ("c:mcintosh", "r:ontario"),
                          ("g:pinotage", "r:stellenbosch"), ("g:cabernet", "r:bordeaux")])
    T_ += _t("descended", [("d:labrador", "w:stjohns"), ("k:mainecoon", "w:landrace"), ("k:siamese", "w:wichien")])
    T_ += _t("named_after", [("c:granny", "h:smith"), ("c:mcintosh", "h:mcintosh"), ("d:dobermann", "h:dobermann")])
    T_ += _t("recognized_by", [("d:labrador", "q:kennel"), ("d:golden", "q:kennel"), ("d:dobermann", "q:kennel"),
                               ("d:collie", "q:kennel"), ("k:mainecoon", "q:cfa"), ("k:siamese", "q:cfa"),
                               ("k:ragdoll", "q:cfa")])
    T_ += [("user:ava", "rated", "c:honeycrisp", {"rating": 5.0}), ("user:ava", "rated", "k:ragdoll", {"rating": 4.0})]
    return _build(items, others, rels, T_, users=[("user:ava", "Ava")])


def anime():
    """Anime series (type anime_series: reading 5, "an anime") and anime films (items: the year each
    came out). A work "is adapted from the manga by" (two authors for Death Note), "is adapted from
    the novel by", "is based on the short story by", "is based on the film by" or "is based on the
    play by" someone (reading 4: "a manga by", "manga by", "based on" <-> "adapted from"); "is
    animated by" a studio (two for Attack on Titan), "is directed by", "is edited by", "is designed
    by" (character designs), "has art direction by", "has music by" someone (reading 6: "has editing
    by", "with animation by", "has direction by", "has design by"). Mia rated Akira 5, Monster 4.5
    and Death Note 2."""
    rels = [
        R("manga_by", phrase="is adapted from the manga by", inverse_phrase="wrote the manga adapted as",
          range=("mangaka",)),
        R("novel_by", phrase="is adapted from the novel by", inverse_phrase="wrote the novel adapted as",
          range=("novelist",)),
        R("story_by", phrase="is based on the short story by", inverse_phrase="wrote the short story behind",
          range=("novelist",)),
        R("film_by", phrase="is based on the film by", inverse_phrase="made the film behind", range=("filmmaker",)),
        R("play_by", phrase="is based on the play by", inverse_phrase="wrote the play behind", range=("playwright",)),
        R("animated_by", phrase="is animated by", inverse_phrase="animated", range=("studio",)),
        R("directed_by", phrase="is directed by", inverse_phrase="directed", range=("person", "mangaka")),
        R("edited_by", phrase="is edited by", inverse_phrase="edited", range=("person",)),
        R("designed_by", phrase="is designed by", inverse_phrase="designed the characters of", range=("person",)),
        R("art_by", phrase="has art direction by", inverse_phrase="was the art director of", range=("person",)),
        R("music_by", phrase="has music by", inverse_phrase="composed the music for", range=("person",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("novel_series",), range=("novelist",)),
        R("illustrated_by", phrase="is illustrated by", inverse_phrase="illustrated", domain=("novel_series",),
          range=("person",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "n:kino": ("novel_series", "Kino's Journey", 2000), "n:spice": ("novel_series", "Spice and Wolf", 2006),
        "n:twelve": ("novel_series", "The Twelve Kingdoms", 1992),
        "s:eva": ("anime_series", "Neon Genesis Evangelion", 1995), "s:aot": ("anime_series", "Attack on Titan", 2013),
        "s:deathnote": ("anime_series", "Death Note", 2006), "s:bebop": ("anime_series", "Cowboy Bebop", 1998),
        "s:fma": ("anime_series", "Fullmetal Alchemist: Brotherhood", 2009), "s:mushishi": ("anime_series", "Mushishi", 2005),
        "s:monster": ("anime_series", "Monster", 2004), "s:romeo": ("anime_series", "Romeo x Juliet", 2007),
        "s:gankutsuou": ("anime_series", "Gankutsuou", 2004),
        "f:akira": ("anime_film", "Akira", 1988), "f:grave": ("anime_film", "Grave of the Fireflies", 1988),
        "f:perfectblue": ("anime_film", "Perfect Blue", 1997), "f:gits": ("anime_film", "Ghost in the Shell", 1995),
        "f:howl": ("anime_film", "Howl's Moving Castle", 2004), "f:tokyo": ("anime_film", "Tokyo Godfathers", 2003),
        "f:spirited": ("anime_film", "Spirited Away", 2001),
    }
    others = {
        "k:otomo": ("mangaka", "Katsuhiro Otomo"), "k:isayama": ("mangaka", "Hajime Isayama"),
        "k:ohba": ("mangaka", "Tsugumi Ohba"), "k:obata": ("mangaka", "Takeshi Obata"),
        "k:arakawa": ("mangaka", "Hiromu Arakawa"), "k:urushibara": ("mangaka", "Yuki Urushibara"),
        "k:urasawa": ("mangaka", "Naoki Urasawa"), "k:shirow": ("mangaka", "Masamune Shirow"),
        "w:takeuchi": ("novelist", "Yoshikazu Takeuchi"), "w:jones": ("novelist", "Diana Wynne Jones"),
        "w:nosaka": ("novelist", "Akiyuki Nosaka"), "w:dumas": ("novelist", "Alexandre Dumas"),
        "w:ford": ("filmmaker", "John Ford"), "w:shakespeare": ("playwright", "William Shakespeare"),
        "t:tms": ("studio", "TMS Entertainment"), "t:ghibli": ("studio", "Studio Ghibli"), "t:madhouse": ("studio", "Madhouse"),
        "t:ig": ("studio", "Production I.G"), "t:gainax": ("studio", "Gainax"), "t:wit": ("studio", "Wit Studio"),
        "t:mappa": ("studio", "MAPPA"), "t:sunrise": ("studio", "Sunrise"), "t:bones": ("studio", "Bones"),
        "t:artland": ("studio", "Artland"), "t:gonzo": ("studio", "Gonzo"),
        "p:takahata": ("person", "Isao Takahata"), "p:kon": ("person", "Satoshi Kon"), "p:oshii": ("person", "Mamoru Oshii"),
        "p:miyazaki": ("person", "Hayao Miyazaki"), "p:anno": ("person", "Hideaki Anno"), "p:araki": ("person", "Tetsurō Araki"),
        "p:watanabe": ("person", "Shinichirō Watanabe"), "p:irie": ("person", "Yasuhiro Irie"),
        "p:nagahama": ("person", "Hiroshi Nagahama"), "p:kojima": ("person", "Masayuki Kojima"),
        "p:oizaki": ("person", "Fumitoshi Oizaki"), "p:maeda": ("person", "Mahiro Maeda"),
        "p:seyama": ("person", "Takeshi Seyama"), "p:ogata": ("person", "Harutoshi Ogata"),
        "p:kakesu": ("person", "Shūichi Kakesu"), "p:okiura": ("person", "Hiroyuki Okiura"),
        "p:sadamoto": ("person", "Yoshiyuki Sadamoto"), "p:kawamoto": ("person", "Toshihiro Kawamoto"),
        "p:mizutani": ("person", "Toshiharu Mizutani"), "p:yamashiro": ("person", "Shoji Yamashiro"),
        "p:kawai": ("person", "Kenji Kawai"), "p:hisaishi": ("person", "Joe Hisaishi"), "p:kanno": ("person", "Yoko Kanno"),
        "p:sawano": ("person", "Hiroyuki Sawano"), "p:sagisu": ("person", "Shirō Sagisu"),
        "w:sigsawa": ("novelist", "Keiichi Sigsawa"), "w:hasekura": ("novelist", "Isuna Hasekura"),
        "w:ono": ("novelist", "Fuyumi Ono"), "p:kuroboshi": ("person", "Kouhaku Kuroboshi"),
        "p:ayakura": ("person", "Jū Ayakura"), "p:yamada": ("person", "Akihiro Yamada"),
    }
    T_ = _t("manga_by", [("f:akira", "k:otomo"), ("s:aot", "k:isayama"), ("s:deathnote", "k:ohba"),
                         ("s:deathnote", "k:obata"), ("s:fma", "k:arakawa"), ("s:mushishi", "k:urushibara"),
                         ("s:monster", "k:urasawa"), ("f:gits", "k:shirow")])
    T_ += _t("novel_by", [("f:perfectblue", "w:takeuchi"), ("f:howl", "w:jones"), ("s:gankutsuou", "w:dumas")])
    T_ += _t("story_by", [("f:grave", "w:nosaka")])
    T_ += _t("film_by", [("f:tokyo", "w:ford")])
    T_ += _t("play_by", [("s:romeo", "w:shakespeare")])
    T_ += _t("animated_by", [("f:akira", "t:tms"), ("f:grave", "t:ghibli"), ("f:perfectblue", "t:madhouse"),
                             ("f:gits", "t:ig"), ("f:howl", "t:ghibli"), ("f:tokyo", "t:madhouse"),
                             ("f:spirited", "t:ghibli"), ("s:eva", "t:gainax"), ("s:aot", "t:wit"), ("s:aot", "t:mappa"),
                             ("s:deathnote", "t:madhouse"), ("s:bebop", "t:sunrise"), ("s:fma", "t:bones"),
                             ("s:mushishi", "t:artland"), ("s:monster", "t:madhouse"), ("s:romeo", "t:gonzo"),
                             ("s:gankutsuou", "t:gonzo")])
    T_ += _t("directed_by", [("f:akira", "k:otomo"), ("f:grave", "p:takahata"), ("f:perfectblue", "p:kon"),
                             ("f:gits", "p:oshii"), ("f:howl", "p:miyazaki"), ("f:tokyo", "p:kon"),
                             ("f:spirited", "p:miyazaki"), ("s:eva", "p:anno"), ("s:aot", "p:araki"),
                             ("s:deathnote", "p:araki"), ("s:bebop", "p:watanabe"), ("s:fma", "p:irie"),
                             ("s:mushishi", "p:nagahama"), ("s:monster", "p:kojima"), ("s:romeo", "p:oizaki"),
                             ("s:gankutsuou", "p:maeda")])
    T_ += _t("edited_by", [("f:akira", "p:seyama"), ("f:grave", "p:seyama"), ("f:perfectblue", "p:ogata"),
                           ("f:gits", "p:kakesu"), ("f:howl", "p:seyama"), ("f:spirited", "p:seyama")])
    T_ += _t("designed_by", [("f:gits", "p:okiura"), ("s:eva", "p:sadamoto"), ("s:bebop", "p:kawamoto")])
    T_ += _t("art_by", [("f:akira", "p:mizutani")])
    T_ += _t("music_by", [("f:akira", "p:yamashiro"), ("f:gits", "p:kawai"), ("f:howl", "p:hisaishi"),
                          ("f:spirited", "p:hisaishi"), ("s:bebop", "p:kanno"), ("s:aot", "p:sawano"),
                          ("s:eva", "p:sagisu")])
    T_ += _t("written_by", [("n:kino", "w:sigsawa"), ("n:spice", "w:hasekura"), ("n:twelve", "w:ono")])
    T_ += _t("illustrated_by", [("n:kino", "p:kuroboshi"), ("n:spice", "p:ayakura"), ("n:twelve", "p:yamada")])
    T_ += [("user:mia", "rated", "f:akira", {"rating": 5.0}), ("user:mia", "rated", "s:monster", {"rating": 4.5}),
           ("user:mia", "rated", "s:deathnote", {"rating": 2.0})]
    return _build(items, others, rels, T_, users=[("user:mia", "Mia")])


def films():
    """Films and photographs (items: the year each came out or was taken). Films "are directed by"
    (two directors for Fargo and West Side Story; reading 8: "helm"), "are edited by", "are designed
    by", "are photographed by", "are choreographed by", "are narrated by" someone (reading 6: "has
    editing / design / photography / choreography / narration by"), "star" an actor, "are written
    by" a writer, "take place in" a place (two for Fargo) and "take their name from" one (reading 8:
    "take" -> "draw", "get"), Casablanca "was colorized by" Turner Entertainment (1988), Metropolis
    "was restored by" the Murnau Foundation (2010), The Red Shoes "is based on the fairy tale by"
    Hans Christian Andersen. Photographs "were taken by" a photographer ("drawn" is no photograph's)
    and "in" a place, "depict" a person, "were published by" a magazine, Migrant Mother "was acquired
    by" the Library of Congress (1944). Sam rated Fargo 5 and Chinatown 4.5."""
    rels = [
        R("directed_by", phrase="is directed by", inverse_phrase="directed", domain=("film",), range=("person",)),
        R("edited_by", phrase="is edited by", inverse_phrase="edited", domain=("film",), range=("person",)),
        R("designed_by", phrase="is designed by", inverse_phrase="designed", domain=("film",), range=("person",)),
        R("photographed_by", phrase="is photographed by", inverse_phrase="photographed", domain=("film",),
          range=("person",)),
        R("choreographed_by", phrase="is choreographed by", inverse_phrase="choreographed", domain=("film",),
          range=("person",)),
        R("narrated_by", phrase="is narrated by", inverse_phrase="narrated", domain=("film",), range=("person",)),
        R("stars", phrase="stars", inverse_phrase="stars in", domain=("film",), range=("person",)),
        R("written_by", phrase="is written by", inverse_phrase="wrote", domain=("film",), range=("person",)),
        R("takes_place", phrase="takes place in", inverse_phrase="is the setting of", domain=("film",),
          range=("city", "country", "neighbourhood")),
        R("takes_name", phrase="takes its name from", inverse_phrase="gave its name to", domain=("film",),
          range=("city", "neighbourhood", "fairy_tale")),
        R("colorized_by", phrase="was colorized by", inverse_phrase="colorized", domain=("film",), range=("company",)),
        R("restored_by", phrase="was restored by", inverse_phrase="restored", domain=("film",), range=("company",)),
        R("tale_by", phrase="is based on the fairy tale by", inverse_phrase="wrote the fairy tale behind",
          domain=("film",), range=("person",)),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("movie_series",),
          range=("person",)),
        R("taken_by", phrase="was taken by", inverse_phrase="took", domain=("photograph",), range=("photographer",)),
        R("taken_in", phrase="was taken in", inverse_phrase="is where was taken", domain=("photograph",),
          range=("city", "island")),
        R("depicts", phrase="depicts", inverse_phrase="is depicted in", domain=("photograph",), range=("person",)),
        R("published_by", phrase="was published by", inverse_phrase="published", domain=("photograph",),
          range=("magazine",)),
        R("acquired_by", phrase="was acquired by", inverse_phrase="acquired", domain=("photograph",),
          range=("library",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "f:fargo": ("film", "Fargo", 1996), "f:chinatown": ("film", "Chinatown", 1974),
        "f:casablanca": ("film", "Casablanca", 1942), "f:metropolis": ("film", "Metropolis", 1927),
        "f:wss": ("film", "West Side Story", 1961), "f:barry": ("film", "Barry Lyndon", 1975),
        "f:nashville": ("film", "Nashville", 1975), "f:redshoes": ("film", "The Red Shoes", 1948),
        "m:indiana": ("movie_series", "Indiana Jones", 1981), "m:dollars": ("movie_series", "Dollars Trilogy", 1964),
        "m:before": ("movie_series", "Before Trilogy", 1995),
        "g:soldier": ("photograph", "The Falling Soldier", 1936), "g:migrant": ("photograph", "Migrant Mother", 1936),
        "g:iwojima": ("photograph", "Raising the Flag on Iwo Jima", 1945),
        "g:afghan": ("photograph", "Afghan Girl", 1984), "g:tankman": ("photograph", "Tank Man", 1989),
    }
    others = {
        "p:jcoen": ("person", "Joel Coen"), "p:ecoen": ("person", "Ethan Coen"), "p:jaynes": ("person", "Roderick Jaynes"),
        "p:heinrichs": ("person", "Rick Heinrichs"), "p:deakins": ("person", "Roger Deakins"),
        "p:mcdormand": ("person", "Frances McDormand"), "p:polanski": ("person", "Roman Polanski"),
        "p:osteen": ("person", "Sam O'Steen"), "p:sylbert": ("person", "Richard Sylbert"),
        "p:alonzo": ("person", "John A. Alonzo"), "p:nicholson": ("person", "Jack Nicholson"),
        "p:towne": ("person", "Robert Towne"), "p:curtiz": ("person", "Michael Curtiz"), "p:marks": ("person", "Owen Marks"),
        "p:edeson": ("person", "Arthur Edeson"), "p:bogart": ("person", "Humphrey Bogart"), "p:lang": ("person", "Fritz Lang"),
        "p:freund": ("person", "Karl Freund"), "p:hunte": ("person", "Otto Hunte"), "p:wise": ("person", "Robert Wise"),
        "p:robbins": ("person", "Jerome Robbins"), "p:stanford": ("person", "Thomas Stanford"),
        "p:leven": ("person", "Boris Leven"), "p:fapp": ("person", "Daniel L. Fapp"), "p:lehman": ("person", "Ernest Lehman"),
        "p:kubrick": ("person", "Stanley Kubrick"), "p:hordern": ("person", "Michael Hordern"),
        "p:alcott": ("person", "John Alcott"), "p:lawson": ("person", "Tony Lawson"), "p:adam": ("person", "Ken Adam"),
        "p:oneal": ("person", "Ryan O'Neal"), "p:altman": ("person", "Robert Altman"),
        "p:helpmann": ("person", "Robert Helpmann"), "p:powell": ("person", "Michael Powell"),
        "p:cardiff": ("person", "Jack Cardiff"), "p:andersen": ("person", "Hans Christian Andersen"),
        "p:shearer": ("person", "Moira Shearer"), "p:lucas": ("person", "George Lucas"),
        "p:leone": ("person", "Sergio Leone"), "p:linklater": ("person", "Richard Linklater"),
        "y:brainerd": ("city", "Brainerd"), "y:minneapolis": ("city", "Minneapolis"), "y:fargo": ("city", "Fargo, North Dakota"),
        "y:losangeles": ("city", "Los Angeles"), "b:chinatown": ("neighbourhood", "Chinatown, Los Angeles"),
        "y:casablanca": ("city", "Casablanca, Morocco"), "y:newyork": ("city", "New York City"),
        "n:ireland": ("country", "Ireland"), "y:nashville": ("city", "Nashville, Tennessee"),
        "e:redshoes": ("fairy_tale", "The Red Shoes (fairy tale)"),
        "c:turner": ("company", "Turner Entertainment"), "c:murnau": ("company", "Murnau Foundation"),
        "r:capa": ("photographer", "Robert Capa"), "r:lange": ("photographer", "Dorothea Lange"),
        "r:rosenthal": ("photographer", "Joe Rosenthal"), "r:mccurry": ("photographer", "Steve McCurry"),
        "r:widener": ("photographer", "Jeff Widener"),
        "y:cerro": ("city", "Cerro Muriano"), "y:nipomo": ("city", "Nipomo"), "i:iwojima": ("island", "Iwo Jima"),
        "y:peshawar": ("city", "Peshawar"), "y:beijing": ("city", "Beijing"),
        "h:borrell": ("person", "Federico Borrell García"), "h:thompson": ("person", "Florence Owens Thompson"),
        "h:gula": ("person", "Sharbat Gula"),
        "z:vu": ("magazine", "Vu"), "z:natgeo": ("magazine", "National Geographic"),
        "l:loc": ("library", "Library of Congress"),
    }
    T_ = _t("directed_by", [("f:fargo", "p:jcoen"), ("f:fargo", "p:ecoen"), ("f:chinatown", "p:polanski"),
                            ("f:casablanca", "p:curtiz"), ("f:metropolis", "p:lang"), ("f:wss", "p:wise"),
                            ("f:wss", "p:robbins"), ("f:barry", "p:kubrick"), ("f:nashville", "p:altman"),
                            ("f:redshoes", "p:powell")])
    T_ += _t("edited_by", [("f:fargo", "p:jaynes"), ("f:chinatown", "p:osteen"), ("f:casablanca", "p:marks"),
                           ("f:wss", "p:stanford"), ("f:barry", "p:lawson")])
    T_ += _t("designed_by", [("f:fargo", "p:heinrichs"), ("f:chinatown", "p:sylbert"), ("f:metropolis", "p:hunte"),
                             ("f:wss", "p:leven"), ("f:barry", "p:adam")])
    T_ += _t("photographed_by", [("f:fargo", "p:deakins"), ("f:chinatown", "p:alonzo"), ("f:casablanca", "p:edeson"),
                                 ("f:metropolis", "p:freund"), ("f:wss", "p:fapp"), ("f:barry", "p:alcott"),
                                 ("f:redshoes", "p:cardiff")])
    T_ += _t("choreographed_by", [("f:wss", "p:robbins"), ("f:redshoes", "p:helpmann")])
    T_ += _t("narrated_by", [("f:barry", "p:hordern")])
    T_ += _t("stars", [("f:fargo", "p:mcdormand"), ("f:chinatown", "p:nicholson"), ("f:casablanca", "p:bogart"),
                       ("f:barry", "p:oneal"), ("f:redshoes", "p:shearer"), ("f:redshoes", "p:helpmann")])
    T_ += _t("written_by", [("f:chinatown", "p:towne"), ("f:wss", "p:lehman"), ("f:fargo", "p:jcoen"),
                            ("f:fargo", "p:ecoen")])
    T_ += _t("takes_place", [("f:fargo", "y:brainerd"), ("f:fargo", "y:minneapolis"), ("f:chinatown", "y:losangeles"),
                             ("f:casablanca", "y:casablanca"), ("f:wss", "y:newyork"), ("f:barry", "n:ireland"),
                             ("f:nashville", "y:nashville")])
    T_ += _t("takes_name", [("f:fargo", "y:fargo"), ("f:chinatown", "b:chinatown"), ("f:casablanca", "y:casablanca"),
                            ("f:nashville", "y:nashville"), ("f:redshoes", "e:redshoes")])
    T_ += _t("colorized_by", [("f:casablanca", "c:turner")])
    T_ += _t("restored_by", [("f:metropolis", "c:murnau")])
    T_ += _t("tale_by", [("f:redshoes", "p:andersen")])
    T_ += _t("created_by", [("m:indiana", "p:lucas"), ("m:dollars", "p:leone"), ("m:before", "p:linklater")])
    T_ += _t("taken_by", [("g:soldier", "r:capa"), ("g:migrant", "r:lange"), ("g:iwojima", "r:rosenthal"),
                          ("g:afghan", "r:mccurry"), ("g:tankman", "r:widener")])
    T_ += _t("taken_in", [("g:soldier", "y:cerro"), ("g:migrant", "y:nipomo"), ("g:iwojima", "i:iwojima"),
                          ("g:afghan", "y:peshawar"), ("g:tankman", "y:beijing")])
    T_ += _t("depicts", [("g:soldier", "h:borrell"), ("g:migrant", "h:thompson"), ("g:afghan", "h:gula")])
    T_ += _t("published_by", [("g:soldier", "z:vu"), ("g:afghan", "z:natgeo")])
    T_ += _t("acquired_by", [("g:migrant", "l:loc")])
    T_ += [("user:sam", "rated", "f:fargo", {"rating": 5.0}), ("user:sam", "rated", "f:chinatown", {"rating": 4.5})]
    return _build(items, others, rels, T_, users=[("user:sam", "Sam")], webnlg=False)


def series():
    """Series (items: the year each began) whose types are compounds of "series" (reading 5: the
    noun before a classifier head names the item: a race series is "a race", a lecture series "a
    lecture", a concert series "a concert", a test series "a test"). Race series "are organised
    by" a body, "were founded by" a person and "visit" circuits (reading 8: "fly past / by" for
    "visit"); lecture series "were inaugurated by" a lecturer or "founded by" one; series "are
    broadcast by" a broadcaster, "are held at" a venue; test series "are contested by" teams. Zoe
    rated The Proms 5."""
    rels = [
        R("organised_by", phrase="is organised by", inverse_phrase="organises", range=("body",)),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", range=("person",)),
        R("visits", phrase="visits", inverse_phrase="is visited by", domain=("race_series",), range=("circuit",)),
        R("inaugurated_by", phrase="was inaugurated by", inverse_phrase="inaugurated", range=("person",)),
        R("broadcast_by", phrase="is broadcast by", inverse_phrase="broadcasts", range=("broadcaster",)),
        R("held_at", phrase="is held at", inverse_phrase="hosts", range=("venue",)),
        R("contested_by", phrase="is contested by", inverse_phrase="contests", domain=("test_series",),
          range=("team",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "r:f1": ("race_series", "Formula One", 1950), "r:fe": ("race_series", "Formula E", 2014),
        "r:motogp": ("race_series", "MotoGP", 1949),
        "l:reith": ("lecture_series", "Reith Lectures", 1948),
        "l:xmas": ("lecture_series", "Royal Institution Christmas Lectures", 1825),
        "l:gifford": ("lecture_series", "Gifford Lectures", 1888),
        "c:proms": ("concert_series", "The Proms", 1895), "c:unplugged": ("concert_series", "MTV Unplugged", 1989),
        "t:ashes": ("test_series", "The Ashes", 1882), "t:bgt": ("test_series", "Border-Gavaskar Trophy", 1996),
    }
    others = {
        "b:fia": ("body", "FIA"), "b:dorna": ("body", "Dorna Sports"), "h:agag": ("person", "Alejandro Agag"),
        "h:russell": ("person", "Bertrand Russell"), "h:faraday": ("person", "Michael Faraday"),
        "h:gifford": ("person", "Adam Lord Gifford"), "h:newman": ("person", "Robert Newman"),
        "h:wood": ("person", "Henry Wood"),
        "k:monza": ("circuit", "Monza"), "k:silverstone": ("circuit", "Silverstone"),
        "k:monaco": ("circuit", "Circuit de Monaco"), "k:mugello": ("circuit", "Mugello"), "k:assen": ("circuit", "Assen"),
        "w:radio4": ("broadcaster", "BBC Radio 4"), "w:radio3": ("broadcaster", "BBC Radio 3"),
        "w:bbcfour": ("broadcaster", "BBC Four"), "w:mtv": ("broadcaster", "MTV"),
        "v:rah": ("venue", "Royal Albert Hall"), "v:edinburgh": ("venue", "University of Edinburgh"),
        "v:glasgow": ("venue", "University of Glasgow"), "v:ri": ("venue", "Royal Institution"),
        "e:england": ("team", "England cricket team"), "e:australia": ("team", "Australia cricket team"),
        "e:india": ("team", "India cricket team"),
    }
    T_ = _t("organised_by", [("r:f1", "b:fia"), ("r:fe", "b:fia"), ("r:motogp", "b:dorna")])
    T_ += _t("founded_by", [("r:fe", "h:agag"), ("l:xmas", "h:faraday"), ("l:gifford", "h:gifford"),
                            ("c:proms", "h:newman")])
    T_ += _t("visits", [("r:f1", "k:monza"), ("r:f1", "k:silverstone"), ("r:f1", "k:monaco"), ("r:fe", "k:monaco"),
                        ("r:motogp", "k:mugello"), ("r:motogp", "k:assen")])
    T_ += _t("inaugurated_by", [("l:reith", "h:russell")])
    T_ += _t("broadcast_by", [("l:reith", "w:radio4"), ("l:xmas", "w:bbcfour"), ("c:proms", "w:radio3"),
                              ("c:unplugged", "w:mtv")])
    T_ += _t("held_at", [("l:gifford", "v:edinburgh"), ("l:gifford", "v:glasgow"), ("l:xmas", "v:ri"),
                         ("c:proms", "v:rah")])
    T_ += _t("contested_by", [("t:ashes", "e:england"), ("t:ashes", "e:australia"), ("t:bgt", "e:india"),
                              ("t:bgt", "e:australia")])
    T_ += [("user:zoe", "rated", "c:proms", {"rating": 5.0})]
    return _build(items, others, rels, T_, users=[("user:zoe", "Zoe")])


BUILDERS = {"plants": plants, "labels": labels, "moons": moons, "breeds": breeds, "anime": anime, "films": films,
            "series": series}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@plants
# (1) short names of the kind tail: another item's place, operator, design, visitor, buyer
Chernobyl is located in Enerhodar.
Chernobyl is operated by Energoatom.
The Chernobyl plant uses VVER.
Zaporizhzhia is located in Pripyat.
The Zaporizhzhia plant is operated by SSE ChNPP.
Three Mile Island is operated by Bruce Power.
The Three Mile Island station is located in Kincardine.
Three Mile Island uses CANDU.
The Three Mile Island plant was visited by Rafael Grossi.
Bruce is operated by Ontario Power Generation.
The Bruce station is located in Pickering.
Bruce Power owns Bruce.
Fukushima Daiichi is located in Naraha.
Zaporizhzhia was damaged by the Tōhoku earthquake.
Fukushima is operated by Tokyo Electric Power Company.
Fukushima uses a boiling water reactor.
The Fukushima airport is located in Ōkuma.
Fukushima Daiichi serves Sukagawa.
Heathrow is operated by VINCI Airports.
Gatwick is operated by Heathrow Airport Holdings.
Stansted serves Manchester.
Gatwick was bought by Manchester Airports Group.
Heathrow was bought by Global Infrastructure Partners.
The Gatwick airport is located in Manchester.
Battersea is operated by Drax Group.
Bankside is operated by London Power Company.
The Battersea station is located in Selby.
# lists, gapping, negation, relative clauses, appositions
Heathrow, Gatwick and Manchester serve London.
Heathrow, Gatwick and Manchester Airport serve London.
Chernobyl and Zaporizhzhia are operated by Energoatom.
Fukushima Daiichi and Zaporizhzhia were damaged by the Tōhoku earthquake.
Fukushima Daiichi, Fukushima Daini and Zaporizhzhia use a boiling water reactor.
Chernobyl is not located in Pripyat.
Heathrow does not serve London.
The Three Mile Island plant isn't operated by Constellation Energy.
Energoatom operates Zaporizhzhia, which is located in Pripyat.
Three Mile Island, a plant in Londonderry Township, is operated by Bruce Power.
Chernobyl, which uses RBMK, is located in Enerhodar.
Tokyo Electric Power Company operates Fukushima Daiichi, and Energoatom Chernobyl.
Constellation Energy operates Three Mile Island, and Bruce Power Pickering.
Battersea and Bankside are operated by London Power Company.
# a short name two items share ("Beznau", "Drax"), a short name that is a city of the graph
Beznau is located in Kincardine.
The Beznau plant is operated by EDF.
The Beznau station uses a pressurized water reactor.
Pickering is operated by Bruce Power.
The Pickering plant uses VVER.
Gravelines is operated by EDF Energy.
Manchester is operated by VINCI Airports.
Drax is operated by London Power Company.
The Drax station is located in London.
# a short name that is a person's name: the president is "John Fitzgerald Kennedy" here, Ninoy
# Aquino "Benigno Aquino Jr."
John F. Kennedy serves New York City.
John F. Kennedy opened in 1948.
John F. Kennedy is located in New York City.
John F. Kennedy is operated by the Port Authority of New York and New Jersey.
The Port Authority of New York and New Jersey operates John F. Kennedy.
Ninoy Aquino is operated by the Manila International Airport Authority.
Ninoy Aquino serves Pasay.
Ninoy Aquino opened in 1948.
John F. Kennedy is located in Los Angeles.
John F. Kennedy, which opened in 1948, serves New York City.
John F. Kennedy's operator is the Port Authority of New York and New Jersey.
John F. Kennedy is named after John Fitzgerald Kennedy.
The Port Authority of New York and New Jersey operates John F. Kennedy, which opened in 1948.
# (8) power plants' nouns: an airport called a plant or station and back
Heathrow, a power station in London, is operated by Heathrow Airport Holdings.
Battersea, an airport in London, is operated by London Power Company.
The airport Chernobyl is located in Pripyat.
The power station Heathrow serves London.
The plant Gatwick serves London.
The nuclear power plant Battersea is located in London.
The station Heathrow serves London.
# (2) a year after the object: the year of a visit, a purchase, a disaster, an operator
Three Mile Island was visited by Jimmy Carter in 1974.
Zaporizhzhia was visited by Rafael Grossi in 1984.
Gatwick was bought by Global Infrastructure Partners in 1958.
Three Mile Island was bought by AmerGen Energy in 1974.
Fukushima Daiichi was damaged by the Tōhoku earthquake in 1971.
Zaporizhzhia was operated by Energoatom in 1984.
Heathrow opened in 1958.
Stansted was bought by Manchester Airports Group in 1943.
The Chernobyl plant was commissioned in 1984.
# (8) "fly past / by" for "visit" (a person who toured a plant), "breed" for "develop" (a reactor)
Jimmy Carter flew past Three Mile Island.
Rafael Grossi flew by Zaporizhzhia.
Three Mile Island was flown past by Jimmy Carter.
Jimmy Carter flew past Chernobyl.
Rafael Grossi flew past Zaporizhzhia, which uses VVER.
RBMK was bred by NIKIET.
NIKIET bred RBMK.
General Electric bred the boiling water reactor.
# (9) WebNLG "Name (Place)": another Ardmore, another monument's sculptor
Ardmore Airport in New Zealand serves Ardmore.
Ardmore Airport in New Zealand is located in Ardmore.
Ardmore Airport, New Zealand is operated by the City of Ardmore.
Ardmore is operated by the City of Ardmore.
The Atatürk Monument in Samsun was designed by Pietro Canonica.
The Atatürk Monument in Izmir was designed by Heinrich Krippel.
Heinrich Krippel designed the Atatürk Monument in Izmir.
Pietro Canonica designed the Atatürk Monument, Samsun.
Adirondack serves Abilene.
Adirondack is operated by the City of Abilene.
Andrews County serves Andrews.
Ardmore Airport (New Zealand) serves Ardmore, Oklahoma.
Ardmore Municipal Airport is located in Papakura.
Ardmore Airport, New Zealand and Ardmore Municipal Airport serve Auckland.
@plants user:ida
You gave Gatwick five stars.
You loved Heathrow, which serves Manchester.
You loved Chernobyl.
Since you loved Heathrow, try Gatwick, which serves Manchester.
You gave Chernobyl five stars.
You gave the Chernobyl plant two stars and Heathrow four.
@labels
# (2) "founded in <place> in <year>": another place (Sub Pop's two, Merge's and Warp's seats), another
# year, two labels of two years
Sub Pop was founded in Olympia in 1986.
Factory Records was founded in Salford in 1978.
Merge Records was founded in Durham in 1989.
Warp Records was founded in London in 1989.
Stiff Records was founded in London in 1977.
Rough Trade Records was founded in London in 1976.
4AD was founded in London in 1979.
Def Jam Recordings was founded in New York City in 1985.
Merge Records was founded in Chapel Hill in 1990.
Creation Records was founded in Manchester in 1983.
Sub Pop was founded in Seattle in 1988.
Rough Trade Records and 4AD were founded in London in 1978.
Stiff Records and Rough Trade Records were founded in London in 1976.
Geoff Travis founded Rough Trade Records, which was founded in London in 1980.
Oasis was formed in Manchester in 1991, and Creation Records was founded in London in 1991.
Creation Records was founded by Alan McGee in 1985.
Creation Records was founded by Tony Wilson in 1983.
Def Jam Recordings was founded by Rick Rubin in 1983.
# a year after the object of a later act (signing, managing, buying, reissuing, remastering)
Oasis was signed by Creation Records in 1991.
The Smiths were signed by Rough Trade Records in 1982.
Joy Division was managed by Rob Gretton in 1976.
Oasis was managed by Marcus Russell in 1991.
Creation Records was acquired by Sony Music in 1983.
Bleach was reissued by Sub Pop in 1989.
Unknown Pleasures was remastered by Frank Arkwright in 1979.
Nirvana was formed in Seattle in 1987.
Soundgarden was formed in Seattle in 1987.
Nevermind was released by Sub Pop in 1991.
# (7) "Founded in <year> by X, Y ...": another year, founder, signing, seat, a place after the founder
Founded in 1984 by Alan McGee, Creation Records signed Oasis.
Founded in 1983 by Geoff Travis, Creation Records signed Oasis.
Founded in 1983 by Alan McGee, Creation Records signed The Smiths.
Founded in 1988 by Bruce Pavitt, Sub Pop signed Nirvana.
Founded in 1989 by Chris Lombardi, Merge Records signed Arcade Fire.
Founded in 1978 by Tony Wilson and Alan McGee, Factory Records signed Joy Division.
Founded in 1986 by Bruce Pavitt and Jonathan Poneman, Sub Pop is based in Olympia.
Founded in 1992 by Alan McGee, Creation Records signed Oasis.
Founded in 1983 by Alan McGee, Creation Records was acquired by Warner Music Group.
Founded in 1983 by Alan McGee, Creation Records is based in Manchester.
Founded in 1978 by Tony Wilson, Factory Records is based in London.
Founded in 1978 by Tony Wilson, Rough Trade Records signed The Smiths.
Founded in 1978 by Geoff Travis, Factory Records signed Joy Division.
Founded in 1989 by Steve Beckett and Rob Mitchell, Warp Records is based in Sheffield.
Founded in 1989 by Steve Beckett, Rob Mitchell and Mac McCaughan, Warp Records signed Aphex Twin.
Founded in 1986 by Bruce Pavitt, Sub Pop signed Nirvana and Oasis.
Founded in 1986 by Bruce Pavitt, Sub Pop signed Nirvana, which was formed in Seattle.
Founded in 1983 by Alan McGee in Manchester, Creation Records signed Oasis.
Founded in 1989 by Mac McCaughan in Durham, Merge Records signed Arcade Fire.
Founded in 1987 by Bruce Pavitt, Nirvana was formed in Aberdeen.
Founded in 1988 in Seattle, Sub Pop signed Nirvana.
Founded in Seattle in 1988, Sub Pop signed Nirvana.
Founded in 1983 by Alan McGee and based in Manchester, Creation Records signed Oasis.
Founded in 1986 by Bruce Pavitt, Sub Pop is partly owned by Sony Music.
Founded in 1976 by Dave Robinson, Stiff Records signed Joy Division.
# (6) craft nouns on albums: another album's or another craft's person, negation, lists, gapping
Nevermind has mixing by Butch Vig.
Nevermind features mastering by Andy Wallace.
Unknown Pleasures has design by Martin Hannett.
Definitely Maybe has photography by Brian Cannon.
Definitely Maybe has design by Owen Morris.
Loveless has mixing by Andy Wallace.
Nevermind has mixing and mastering by Andy Wallace.
Definitely Maybe has design and photography by Brian Cannon.
Nevermind has no mixing by Andy Wallace.
Nevermind lacks mastering by Howie Weinberg.
Nevermind has mixing by Andy Wallace and mastering by Butch Vig.
Nevermind has mixing by Andy Wallace, and Definitely Maybe by Howie Weinberg.
Nevermind, with mastering by Howie Weinberg, was released by Sub Pop.
Bleach, with photography by Kirk Weddle, was released by Sub Pop.
Andy Wallace has mixing by Nevermind.
Nevermind and Definitely Maybe have mixing by Andy Wallace.
Nevermind has photography by Kirk Weddle and design by Peter Saville.
Unknown Pleasures, with design by Peter Saville, is produced by Butch Vig.
@labels user:lou
You gave Sub Pop four stars.
Since you loved Sub Pop, try Creation Records, founded in 1983 by Tony Wilson.
You loved Factory Records, which was founded in Salford in 1978.
Since you liked Factory Records, try Warp Records, founded in 1989 in London.
@moons
# (3) "first" before a verb of finding: the independent discoverer, the namer, a visitor, an observer
Io was first discovered by Simon Marius.
Io was first spotted by Simon Marius.
Io was first found by Simon Marius.
Hyperion was first discovered by William Lassell.
Hyperion was first spotted by William Lassell.
Simon Marius first discovered Io.
Simon Marius first spotted Europa.
William Lassell first found Hyperion.
Titan was first discovered by John Herschel.
Titan was first spotted by Voyager 1.
Nereid was first spotted by Voyager 2.
Nereid was first identified by Voyager 2.
Phobos was first spotted by the Mars Reconnaissance Orbiter.
Titan was first visited by Cassini.
Charon was first observed by the Hubble Space Telescope.
Gerard Kuiper first discovered Nereid, then Miranda.
William Herschel first discovered Mimas, then Titania.
Titan and Io were first discovered by Christiaan Huygens.
Io was first discovered by Galileo Galilei and Simon Marius.
Io was discovered first by Simon Marius.
Simon Marius was the first to discover Io.
Io, which was first spotted by Simon Marius, orbits Jupiter.
Miranda was first identified by Gerard Kuiper, and Nereid by Voyager 2.
Asaph Hall first spotted Phobos and Titan.
Christiaan Huygens first spotted Titan, which orbits Jupiter.
Europa was first spotted by Simon Marius and orbits Jupiter.
Titan was not first discovered by Christiaan Huygens.
Christiaan Huygens never spotted Titan.
Titan was first discovered by Christiaan Huygens at McDonald Observatory.
Charon was first spotted at McDonald Observatory.
Hyperion was first found at McDonald Observatory.
Titan was first spotted by Christiaan Huygens in 1610.
Io was first spotted by Galileo Galilei in 1655.
# (8) "spot" for "discover": a visitor, an observer, another's discoverer
Triton was spotted by Voyager 2.
Voyager 2 spotted Miranda.
Nereid was spotted by Voyager 2.
Charon was spotted by the Hubble Space Telescope.
Gerard Kuiper spotted Triton.
# (8) "fly past / by" for "visit": another probe, a lander, a person, two moons
Voyager 1 flew past Miranda.
Voyager 2 flew past Titan.
The Huygens probe flew past Titan.
New Horizons flew past Triton.
Cassini flew by Miranda.
Gerard Kuiper flew past Miranda.
Cassini flew by Titan and Io.
# (2) a year after the object: a visit's, a photograph's, a naming's, an observation's
Miranda was visited by Voyager 2 in 1948.
Triton was visited by Voyager 2 in 1846.
Charon was visited by New Horizons in 1978.
Phobos was photographed by the Mars Reconnaissance Orbiter in 1877.
Triton was named by Camille Flammarion in 1846.
Titan was named by John Herschel in 1655.
Nereid was observed by Voyager 2 in 1949.
Miranda was discovered by Gerard Kuiper in 1949.
Miranda was discovered at McDonald Observatory in 1949.
Phobos was discovered at McDonald Observatory in 1877.
Voyager 2 flew past Miranda in 1948.
@moons user:leo
You loved Titan, first spotted by John Herschel.
Since you loved Titan, try Io, first discovered by Simon Marius.
You gave Io five stars.
@breeds
# (5) the classifier's noun: another kind, another country, another parent, another maker
Granny Smith is an apple developed in Japan.
Honeycrisp is a dog developed at the University of Minnesota.
The Maine Coon is a dog developed in the United States.
The Labrador Retriever is a cat developed in the United Kingdom.
The Siamese is a dog developed in Thailand.
Pinotage is an apple developed in South Africa.
The Dobermann is a dog developed in Scotland.
The Labradoodle is a dog bred from the Golden Retriever.
Cosmic Crisp is an apple bred from Fuji.
The Ragdoll is a dog developed by Ann Baker.
Pink Lady is an apple developed by Maria Ann Smith.
McIntosh is an apple grown in Tasmania.
Fuji is an apple bred from Red Delicious and Golden Delicious.
The Labradoodle is a dog bred from the Labrador Retriever and the Golden Retriever.
The Dobermann is a dog named after Lord Tweedmouth.
The Maine Coon is a cat descended from Wichianmat.
The apple Fuji was developed in Australia.
The dog Fuji was developed in Japan.
The dog Ragdoll was developed by Ann Baker.
The cat Labradoodle was developed by Wally Conron.
The Maine Coon and the Siamese are cats recognized by The Kennel Club.
The Dobermann is a dog recognized by the Cat Fanciers' Association.
The Border Collie is a dog descended from St. John's water dog.
Granny Smith, an apple developed in Australia, is grown in Japan.
The Golden Retriever, a dog developed in Scotland, is named after Lord Tweedmouth.
The Ragdoll, a dog developed in the United States, is recognized by the Cat Fanciers' Association.
Cosmic Crisp and Honeycrisp are apples developed at Washington State University.
The Labrador Retriever and the Dobermann are dogs developed in the United Kingdom.
Granny Smith is not an apple developed in Australia.
The Labrador Retriever isn't a dog recognized by The Kennel Club.
Cosmic Crisp, like Honeycrisp, was developed at Washington State University.
# "the apple", "the dog" of the item named last
Fuji was developed at Tohoku Research Station, and the apple is grown in Washington State.
The Golden Retriever was developed in Scotland, and the dog is named after Lord Tweedmouth.
Honeycrisp was developed at the University of Minnesota, and the apple was bred from Enterprise.
# (8) "breed" where "bred from" is another relation's, "raise" for "grow"
Honeycrisp was bred at Washington State University.
The Golden Retriever was bred in Germany.
Pink Lady is raised in Tasmania.
The Ragdoll is raised in Japan.
Tasmania raises Fuji.
Japan raises Pink Lady.
# (2) a year after the object of "developed at / in / by"
Honeycrisp was developed at Washington State University in 1960.
Cosmic Crisp was developed at Washington State University in 1960.
The Golden Retriever was developed in Scotland in 1890.
Granny Smith was developed in Australia in 1811.
The Labradoodle was developed in Australia in 1868.
Pinotage was developed at Stellenbosch University in 1960.
The Dobermann was developed in Germany in 1868.
The Labradoodle was developed by Lord Tweedmouth in 1989.
@breeds user:ava
You loved Honeycrisp, an apple developed at Washington State University.
Since you loved the Ragdoll, try the Siamese, a dog developed in Thailand.
You gave the Ragdoll five stars.
@anime
# (4) "a / no article" and "based on" <-> "adapted from": another source's noun, another author
Akira is adapted from a novel by Katsuhiro Otomo.
Akira is based on a film by Katsuhiro Otomo.
Perfect Blue is adapted from a manga by Yoshikazu Takeuchi.
Perfect Blue is based on a play by Yoshikazu Takeuchi.
Howl's Moving Castle is adapted from a manga by Diana Wynne Jones.
Howl's Moving Castle is based on the manga by Hayao Miyazaki.
Gankutsuou is based on a play by Alexandre Dumas.
Romeo x Juliet is adapted from a novel by William Shakespeare.
Romeo x Juliet is based on the novel by William Shakespeare.
Grave of the Fireflies is adapted from a novel by Akiyuki Nosaka.
Grave of the Fireflies is based on a manga by Akiyuki Nosaka.
Tokyo Godfathers is based on a novel by John Ford.
Tokyo Godfathers is adapted from a manga by Satoshi Kon.
Death Note is adapted from a manga by Hajime Isayama.
Death Note is adapted from a manga by Tsugumi Ohba and Hajime Isayama.
Attack on Titan is based on manga by Naoki Urasawa.
Monster is adapted from a manga by Hiromu Arakawa.
Mushishi is adapted from a novel by Yuki Urushibara.
Ghost in the Shell is adapted from a manga by Mamoru Oshii.
Cowboy Bebop is adapted from a manga by Shinichirō Watanabe.
Spirited Away is based on a novel by Hayao Miyazaki.
Perfect Blue is adapted from a novel by Keiichi Sigsawa.
Katsuhiro Otomo is adapted from a manga by Akira.
Akira is not adapted from a manga by Katsuhiro Otomo.
Akira isn't based on a manga by Katsuhiro Otomo.
Akira and Perfect Blue are adapted from manga by Katsuhiro Otomo.
Akira and Ghost in the Shell are based on manga by Katsuhiro Otomo.
Satoshi Kon directed Perfect Blue, which is adapted from a manga by Yoshikazu Takeuchi.
Perfect Blue, a film adapted from a manga by Yoshikazu Takeuchi, is animated by Madhouse.
Akira is based on the first manga by Katsuhiro Otomo.
# (6) craft nouns: another's editor, studio, designer; the art director's "direction"; negation
Akira has editing by Katsuhiro Otomo.
Akira features editing by Harutoshi Ogata.
Perfect Blue has editing by Takeshi Seyama.
Akira, with animation by Studio Ghibli, is directed by Katsuhiro Otomo.
Akira, with animation by TMS Entertainment, is directed by Takeshi Seyama.
Spirited Away has animation by Madhouse.
Cowboy Bebop has design by Shinichirō Watanabe.
Neon Genesis Evangelion has design by Hideaki Anno.
Akira has direction by Toshiharu Mizutani.
Akira has art direction by Katsuhiro Otomo.
Akira has direction by Takeshi Seyama.
Ghost in the Shell features design by Mamoru Oshii.
Akira has editing by Takeshi Seyama and animation by Madhouse.
Akira has editing and direction by Takeshi Seyama.
Akira has editing by Takeshi Seyama, and Perfect Blue by Shūichi Kakesu.
Akira lacks editing by Takeshi Seyama.
Akira has no editing by Takeshi Seyama.
Akira does not have editing by Takeshi Seyama.
Takeshi Seyama has editing by Akira.
Studio Ghibli has animation by Spirited Away.
Akira and Perfect Blue have editing by Takeshi Seyama.
Akira boasts editing by Harutoshi Ogata.
Akira had editing by Harutoshi Ogata.
Howl's Moving Castle, with editing by Takeshi Seyama, is adapted from a manga by Diana Wynne Jones.
Perfect Blue, with animation by Madhouse, is adapted from a novel by Satoshi Kon.
Death Note has animation by Madhouse and direction by Hideaki Anno.
Spice and Wolf has illustrations by Kouhaku Kuroboshi.
# (5) "an anime" of anime_series; "a novel" of a novel series (a series of novels is no novel)
Monster is an anime directed by Satoshi Kon.
Death Note is an anime adapted from a novel by Tsugumi Ohba.
Cowboy Bebop is an anime directed by Hideaki Anno.
Kino's Journey is a novel written by Keiichi Sigsawa.
The novel Spice and Wolf was written by Isuna Hasekura.
Isuna Hasekura wrote the novel Spice and Wolf.
The Twelve Kingdoms is a novel written by Fuyumi Ono.
Kino's Journey, a novel written by Keiichi Sigsawa, is illustrated by Kouhaku Kuroboshi.
Kino's Journey is a novel written by Isuna Hasekura.
@anime user:mia
You loved Akira, which is adapted from a novel by Katsuhiro Otomo.
Since you liked Monster, try Death Note, adapted from a manga by Naoki Urasawa.
You loved Death Note, which is adapted from a manga by Tsugumi Ohba.
@films
# (8) "helm" for "direct": the cinematographer, the writer, another's director
Roger Deakins helmed Fargo.
Fargo was helmed by Roger Deakins.
Ernest Lehman helmed West Side Story.
Michael Curtiz helmed Chinatown.
Fargo was helmed by Joel Coen and Roger Deakins.
Joel Coen helmed Fargo and Chinatown.
Fargo wasn't helmed by Joel Coen.
Michael Curtiz, who helmed Casablanca, also helmed Metropolis.
Casablanca, helmed by Michael Curtiz, has editing by Arthur Edeson.
# (8) "draw" / "get" for "take": a photograph is taken, never drawn; "takes place in" and "takes
# its name from" of a film
Robert Capa drew The Falling Soldier.
The Falling Soldier was drawn by Robert Capa.
Dorothea Lange drew Migrant Mother.
Joe Rosenthal drew Raising the Flag on Iwo Jima.
The Falling Soldier was drawn in Cerro Muriano.
Migrant Mother was drawn in Nipomo in 1936.
The Falling Soldier, drawn by Robert Capa, depicts Federico Borrell García.
Robert Capa drew The Falling Soldier in Cerro Muriano.
Steve McCurry drew Afghan Girl.
Jeff Widener drew Tank Man in Beijing.
Tank Man was drawn by Jeff Widener.
Robert Capa drew Migrant Mother.
Robert Capa drew The Falling Soldier, which depicts Federico Borrell García.
Fargo gets its name from Brainerd.
Fargo draws its name from Minneapolis.
Chinatown gets its name from Los Angeles.
Fargo gets place in Brainerd.
Fargo draws place in Brainerd.
Chinatown gets place in Los Angeles.
Fargo takes place in Fargo, North Dakota.
# (6) craft nouns: another's cinematographer, designer, choreographer, narrator, editor
Fargo has photography by Roderick Jaynes.
Fargo has design by Roger Deakins.
West Side Story has choreography by Robert Wise.
West Side Story features direction by Ernest Lehman.
Barry Lyndon has narration by Ryan O'Neal.
Barry Lyndon has photography by Stanley Kubrick.
Barry Lyndon, with narration by Ryan O'Neal, stars Michael Hordern.
Chinatown has editing by Robert Towne.
The Red Shoes has choreography by Moira Shearer.
West Side Story has choreography by Jerome Robbins and photography by John Alcott.
Fargo has editing by Roderick Jaynes and design by Roger Deakins.
Fargo has photography by Roger Deakins, and Chinatown by Arthur Edeson.
# (2) a year after the object of a later act; (4) another author of the tale
Casablanca was colorized by Turner Entertainment in 1942.
Metropolis was restored by the Murnau Foundation in 1927.
Migrant Mother was acquired by the Library of Congress in 1936.
Raising the Flag on Iwo Jima was taken by Joe Rosenthal in 1936.
Tank Man was taken in Beijing in 1984.
The Red Shoes is based on a fairy tale by Robert Helpmann.
The Red Shoes is adapted from the fairy tale by Robert Helpmann.
# (5) "a movie" of a movie series
Indiana Jones is a movie created by George Lucas.
The movie Dollars Trilogy was created by Sergio Leone.
The Before Trilogy is a movie created by Richard Linklater.
Sergio Leone created the movie Dollars Trilogy.
# a photograph's publication year is not the year it was taken (National Geographic, June 1985)
Afghan Girl was published by National Geographic in 1984.
@films user:sam
Since you loved Fargo, try Chinatown, helmed by Michael Curtiz.
You loved Chinatown, which has photography by Roger Deakins.
You gave Fargo four stars.
@series
# (5) "a race / lecture / concert / test" of a race, lecture, concert or test series
Formula One is a race organised by the FIA.
The race Formula One visits Monza.
Formula E is a race founded by Alejandro Agag.
MotoGP is a race organised by Dorna Sports.
The Reith Lectures is a lecture broadcast by BBC Radio 4.
The Reith Lectures is a lecture inaugurated by Bertrand Russell.
The lecture Royal Institution Christmas Lectures was founded by Michael Faraday.
The Gifford Lectures is a lecture held at the University of Edinburgh.
The Proms is a concert held at the Royal Albert Hall.
The Proms is a concert founded by Robert Newman.
MTV Unplugged is a concert broadcast by MTV.
The Ashes is a test contested by the England cricket team.
The Border-Gavaskar Trophy is a test contested by the India cricket team.
Formula One and Formula E are races organised by the FIA.
Formula One, a race organised by the FIA, visits Monza.
The Proms, a concert founded by Robert Newman, is held at the Royal Albert Hall.
# (8) "fly past / by" for "visit": a race series visits circuits
Formula One flies past Monza.
Formula One flew past Silverstone.
MotoGP flies by Mugello.
Formula E flies past the Circuit de Monaco.
Monza is flown past by Formula One.
Formula One flies past Mugello.
MotoGP is organised by the FIA.
# "the race / concert / lecture" of a series named before it; a series as the noun's object
Formula One visits Monza, and the race is organised by the FIA.
Formula One visits Monza; the race is organised by the FIA.
The Proms is held at the Royal Albert Hall, and the concert is broadcast by BBC Radio 3.
The Reith Lectures was inaugurated by Bertrand Russell, and the lecture is broadcast by BBC Radio 4.
Formula One is organised by the FIA, and the race visits Monza.
Formula One is organised by the FIA, and the race visits Assen.
The FIA organises the race Formula One.
Dorna Sports organises the race MotoGP.
Robert Newman founded the concert The Proms.
Henry Wood founded the concert The Proms.
@series user:zoe
You loved The Proms, a concert held at the Royal Albert Hall.
Since you loved The Proms, try the Reith Lectures, a lecture broadcast by BBC Radio 4.
You loved the Reith Lectures.
"""

EXTRA = r"""
@plants
The Beznau station opened in 1902.
Beznau is operated by Axpo.
The Fukushima plant is operated by Tokyo Electric Power Company.
@plants user:ida
Since you loved Heathrow, try John F. Kennedy, which serves New York City.
@labels
Sub Pop was founded in Seattle in 1986.
@moons
Gerard Kuiper first discovered Nereid.
Asaph Hall first discovered Phobos.
William Herschel first discovered Mimas.
Miranda was first visited by Voyager 2.
Hyperion was discovered by William Lassell.
Hyperion was first discovered by William Cranch Bond.
@breeds
Honeycrisp was bred at the University of Minnesota.
Granny Smith was bred by Maria Ann Smith.
@anime
The anime Akira is animated by TMS Entertainment.
@films
Robert Capa got The Falling Soldier.
The Falling Soldier was got by Robert Capa.
Dorothea Lange got Migrant Mother in Nipomo.
"""

CONTROLS = r"""
@plants
Chernobyl is located in Pripyat.
The Chernobyl plant is located in Pripyat.
Three Mile Island is operated by Constellation Energy.
The Three Mile Island station is operated by Constellation Energy.
Heathrow serves London.
Gatwick is operated by VINCI Airports.
Fukushima Daiichi is operated by Tokyo Electric Power Company.
Fukushima serves Sukagawa.
The Bruce station is operated by Bruce Power.
Zaporizhzhia uses VVER.
Battersea is located in London.
Heathrow, Gatwick and Stansted serve London.
Fukushima Daiichi and Fukushima Daini are operated by Tokyo Electric Power Company.
Heathrow opened in 1946.
Bruce Power operates Bruce, and Ontario Power Generation owns it.
Jimmy Carter visited Three Mile Island.
Ardmore Airport in New Zealand is located in Papakura.
Ardmore Airport, New Zealand serves Auckland.
Atatürk Monument, Samsun was designed by Heinrich Krippel.
The Atatürk Monument in Samsun was designed by Heinrich Krippel.
Adirondack serves Saranac Lake.
The Adirondack airport serves Saranac Lake.
Battersea, a power station in London, is operated by London Power Company.
Chernobyl, a power plant in Pripyat, uses RBMK.
John F. Kennedy International Airport is named after John Fitzgerald Kennedy.
Pickering Nuclear Generating Station is operated by Ontario Power Generation.
CANDU was developed by Atomic Energy of Canada Limited.
John F. Kennedy International Airport is named after John F. Kennedy.
Sizewell B is operated by EDF Energy.
The Chernobyl power plant is located in Pripyat.
@plants user:ida
You gave Heathrow five stars.
@labels
Factory Records was founded in Manchester in 1978.
Warp Records was founded in Sheffield in 1989.
Merge Records was founded in Chapel Hill in 1989.
Creation Records was founded by Alan McGee in 1983.
Oasis was formed in Manchester in 1991.
Founded in 1983 by Alan McGee, Creation Records signed Oasis.
Founded in 1986 by Bruce Pavitt and Jonathan Poneman, Sub Pop is based in Seattle.
Founded in 1978 by Geoff Travis, Rough Trade Records signed The Smiths.
Founded in 1989 by Steve Beckett and Rob Mitchell, Warp Records signed Aphex Twin.
Founded in 1983 by Alan McGee, Creation Records was acquired by Sony Music.
Nevermind has mixing by Andy Wallace.
Unknown Pleasures has design by Peter Saville.
Definitely Maybe has photography by Michael Spencer Jones.
Nevermind, with mastering by Howie Weinberg, was released by DGC Records.
Creation Records was founded in London in 1983 by Alan McGee.
Founded in 1983 by Alan McGee in London, Creation Records signed Oasis.
@labels user:lou
You gave Sub Pop five stars.
@moons
Titan was first discovered by Christiaan Huygens.
Titan was first spotted by Christiaan Huygens.
Miranda was first identified by Gerard Kuiper.
Charon was first found by James Christy.
Christiaan Huygens first spotted Titan.
Io and Europa were first discovered by Galileo Galilei.
Io was independently discovered by Simon Marius.
Voyager 2 flew past Miranda.
Voyager 2 flew by Triton.
Cassini flew past Titan.
Miranda was spotted by Gerard Kuiper.
Miranda was discovered by Gerard Kuiper in 1948.
Miranda was discovered at McDonald Observatory in 1948.
Miranda was spotted by Gerard Kuiper in 1948.
Miranda was spotted at McDonald Observatory.
@moons user:leo
You loved Titan, which was first spotted by Christiaan Huygens.
@breeds
Granny Smith is an apple developed in Australia.
Fuji is an apple developed in Japan.
The Maine Coon is a cat developed in the United States.
The Labrador Retriever is a dog developed in the United Kingdom.
The Labradoodle is a dog bred from the Labrador Retriever.
Cosmic Crisp is an apple bred from Honeycrisp.
The Ragdoll is a cat developed by Ann Baker.
Fuji was developed at Tohoku Research Station, and the apple is grown in Japan.
The Dobermann was developed in Germany, and the dog is named after Louis Dobermann.
The Golden Retriever was developed in Scotland in 1868.
The Labradoodle was developed in Australia in 1989.
Cosmic Crisp was developed at Washington State University in 1997.
Japan raises Fuji.
The apple Fuji was developed in Japan.
The cat Ragdoll was developed by Ann Baker.
The Labrador Retriever is a dog descended from St. John's water dog.
Pinotage was bred from Cinsaut.
Honeycrisp was developed at the University of Minnesota in 1960.
Pinotage is a grape developed in South Africa.
@anime
Akira is adapted from a manga by Katsuhiro Otomo.
Akira is adapted from manga by Katsuhiro Otomo.
Akira is based on the manga by Katsuhiro Otomo.
Akira is based on a manga by Katsuhiro Otomo.
Romeo x Juliet is adapted from a play by William Shakespeare.
Tokyo Godfathers is adapted from a film by John Ford.
Grave of the Fireflies is adapted from the short story by Akiyuki Nosaka.
Death Note is adapted from a manga by Tsugumi Ohba and Takeshi Obata.
Akira has editing by Takeshi Seyama.
Akira features editing by Takeshi Seyama.
Akira, with animation by TMS Entertainment, is directed by Katsuhiro Otomo.
Akira has art direction by Toshiharu Mizutani.
Akira has editing by Takeshi Seyama, and Perfect Blue by Harutoshi Ogata.
Monster is an anime directed by Masayuki Kojima.
The anime Monster is animated by Madhouse.
Spice and Wolf has illustrations by Jū Ayakura.
Perfect Blue is adapted from a novel by Yoshikazu Takeuchi.
Perfect Blue is adapted from the novel by Yoshikazu Takeuchi.
Grave of the Fireflies is based on a short story by Akiyuki Nosaka.
@anime user:mia
You loved Akira, which is adapted from a manga by Katsuhiro Otomo.
@films
Joel Coen helmed Fargo.
Fargo was helmed by Joel Coen.
Robert Wise helmed West Side Story.
Robert Capa took The Falling Soldier.
Fargo draws its name from Fargo, North Dakota.
Fargo gets its name from Fargo, North Dakota.
Fargo takes place in Brainerd.
Fargo has photography by Roger Deakins.
Fargo has editing by Roderick Jaynes.
Fargo has design by Rick Heinrichs.
West Side Story has choreography by Jerome Robbins.
Barry Lyndon has narration by Michael Hordern.
Barry Lyndon, with photography by John Alcott, stars Ryan O'Neal.
Casablanca has editing by Owen Marks.
The Falling Soldier was taken by Robert Capa in 1936.
The Falling Soldier was taken in Cerro Muriano in 1936.
The Red Shoes is adapted from the fairy tale by Hans Christian Andersen.
Sergio Leone created the Dollars Trilogy.
The Red Shoes is based on a fairy tale by Hans Christian Andersen.
@series
Formula One is organised by the FIA.
Formula One visits Monza.
The Proms is held at the Royal Albert Hall.
The Reith Lectures is broadcast by BBC Radio 4.
The Ashes is contested by the England cricket team.
Formula E was founded by Alejandro Agag.
The Reith Lectures was inaugurated by Bertrand Russell.
@series user:zoe
You loved The Proms.
"""

KNOWN = frozenset(
    {
        # accepted by the code before this round's change too (CHANGES.diff undone): "founded in 1989
        # in London" read with Warp's seat (it was founded in Sheffield and is based in London)
        "Since you liked Factory Records, try Warp Records, founded in 1989 in London.",
        # a publisher's year read as the photograph's (taken in 1984, first published in 1985)
        "Afghan Girl was published by National Geographic in 1984.",
    }
)

OPEN = frozenset(
    {
        # "the Beznau station" names the hydroelectric station only ("the Beznau plant" the nuclear
        # one), though the nuclear plant is a "station" too (reading 8's nouns): true of one, false
        # of the other (accepted)
        "The Beznau station opened in 1902.",
        # true of both Beznau stations, and of the plant most mean by "the Fukushima plant"
        "Beznau is operated by Axpo.",
        "The Fukushima plant is operated by Tokyo Electric Power Company.",
        # a recommendation may use the airport's spoken name (accepted)
        "Since you loved Heathrow, try John F. Kennedy, which serves New York City.",
        # Seattle is one of Sub Pop's two founding places here: the year may be Olympia's
        "Sub Pop was founded in Seattle in 1986.",
        # "first" of the active verb: "the first to discover it" (true) or "discovered it before his
        # other finds" (false: Miranda 1948 before Nereid 1949, Titania 1787 before Mimas 1789;
        # Deimos six days before Phobos) (accepted)
        "Gerard Kuiper first discovered Nereid.",
        "Asaph Hall first discovered Phobos.",
        "William Herschel first discovered Mimas.",
        # the only visitor; an independent discovery is a discovery; one of two co-discoverers
        "Miranda was first visited by Voyager 2.",
        "Hyperion was discovered by William Lassell.",
        "Hyperion was first discovered by William Cranch Bond.",
        # true, but "bred" is another relation's verb on this graph (reading 8 keeps it off)
        "Honeycrisp was bred at the University of Minnesota.",
        "Granny Smith was bred by Maria Ann Smith.",
        # Akira is an anime film: "the anime" may name it though the graph's anime are series
        "The anime Akira is animated by TMS Entertainment.",
        # "got the picture" may say who took it, or who came to own it (accepted)
        "Robert Capa got The Falling Soldier.",
        "The Falling Soldier was got by Robert Capa.",
        "Dorothea Lange got Migrant Mother in Nipomo.",
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
