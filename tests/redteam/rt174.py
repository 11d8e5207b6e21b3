"""Red team round 174 on this round's new readings (CHANGES.diff): (1) "introduced in <year>" of an
item whose type's head noun is a product's (``LAUNCHED_GOODS``); (2) "makes / manufactures /
produces" alike of a firm that makes products, "is a product of" a firm; (3) succession in each
other's words ("took over from", "is the successor of", "is the follow-up to", "came before" ...);
(4) "runs on / is powered by / uses / powers", "has (a)", "with (a)", "relies on" where every object
type is a power source; (5) "was first made in" read "comes from", "was developed / invented ...
in" read "originated in", "comes from", "has its roots in"; (6) "X is the <type noun> that / who
...", "the one who", "X, a <type noun>, ..."; (7) "has / makes its home in / at"; (8) "is the
creation / brainchild of"; (9) "is the parent company of", "is a subsidiary of"; (10) "come up
with", "draw up", "dream up", "operate" (for "manage"); (11) a first making is past; (12) new type
nouns (timepiece, machine, system, beverage).

Six graphs of my own (see each builder's docstring): garage (cars, a motorcycle, watches, a phone,
a console: what powers each, its maker now, its past or first maker, the contract builder that
assembles it), inventions (items dated by their invention, years before each came to market),
oneoffs (single guitars, a doll, wartime computers and thermonuclear test devices, whose type
nouns are products'; rifles, laboratories, dams and a submarine that "use" a calibre, a research
reactor, a turbine), succession (albums, novels and films followed by the next of their series;
consoles, popes and countries with successors, among them one that succeeded two and two that
succeeded one), holdings (brands and firms owned by groups, three 50/50 joint ventures, a label and
a company owned by bands typed "group", a former owner, stakes, managers), places (events held at a
venue once or at a new venue each edition; where drinks and foods were first made or brewed, two
Apollo images whose film was developed in Houston; canyons, lakes, a crater and an island
"created by" natural forces).

Findings (176 of 499 false texts accepted; the starting code, CHANGES.diff reversed, accepts none
of them, but 28 others, the KNOWN ones; 27 arguable texts are OPEN):

* (1) "introduced in <year>" reads the item's year as the year it came to market on a graph whose
  years the checker itself reads as inventions (its one event relation "was invented by": "The
  Super Soaker was invented in 1982" is read so): "The Post-it Note was introduced in 1974" (sold
  from 1980), "The Slinky was introduced in 1943" (1945), "Velcro was introduced in 1941", "The
  Super Soaker was introduced in 1982" (1990), "Introduced in 1942, Super Glue was invented by Harry
  Coover" (1958), "Hasbro makes the Super Soaker, which was introduced in 1982" (27).
* (1) ``launched_good`` takes any item whose type's head noun is a product's for a product brought
  to market, also single things never marketed: a guitar ("Trigger was introduced in 1969", "The Red
  Special, introduced in 1964, is played by Brian May"), a doll ("Robert the Doll was introduced
  in 1904"), a wartime computer ("Colossus was introduced in 1944", secret until the 1970s), a
  thermonuclear test device ("Tsar Bomba was introduced in 1961", "Introduced in 1952, Ivy Mike was
  detonated at Enewetak Atoll") (23).
* (2, 6, 11) the new readings of the maker say the present of a past making: "Honda is the company
  that makes the Honda NSX", "Jaguar, a company, makes the Jaguar XJ220" ("was made by", no longer
  made), "British Motor Corporation is the company that makes the Mini Cooper" ("was initially made
  by": no "first" or "originally", so the fix of reading 11 misses it), "Steiff is the company that
  makes Robert the Doll", "C. F. Martin & Company, a company, makes Trigger" (one-offs); "produces"
  of a one-off's builder ("IBM produces the Harvard Mark I", "Colossus is produced by the Post
  Office Research Station", "IBM, a company, produces the Harvard Mark I": a "was built by" whose
  subjects are all computers, so ``goods`` holds) (21).
* (2) "is a product of" the contract builder that assembles another firm's car, phone or console
  ("is built by", objects firms): "The iPhone 16 is a product of Foxconn", "The PlayStation 5 is a
  product of Foxconn", "The Toyota GR Supra is a product of Magna Steyr" (4).
* (4) "uses" whose object types are a calibre, a reactor and a turbine (each a "power source" by
  its word) reads as power: "The .303 British powers the Lee-Enfield", "The High Flux Reactor powers
  the Institut Laue-Langevin" (a research reactor, a neutron source), "Oak Ridge National Laboratory
  is powered by the High Flux Isotope Reactor", "The Francis turbine powers the Hoover Dam", "The
  Hoover Dam runs on the Francis turbine" (water drives the turbines) (14).
* (10) "came up with" (for "design") of an engineer who only engineered another's idea: "Clair D.
  Lake came up with the Harvard Mark I" (Howard Aiken's) (2).
* (3) "took over from" of an album, a novel, a film and the one before it in its series ("was
  succeeded by" in a discography or a series): "OK Computer took over from The Bends", "Toy Story 2
  took over from Toy Story", "Harry Potter and the Chamber of Secrets took over from Harry Potter and
  the Philosopher's Stone", "OK Computer is the one that took over from The Bends" (16; "replaced",
  read so by the starting code, is KNOWN).
* (9) "is owned by" of a 50/50 joint venture makes each owner its parent company: "Boeing is the
  parent company of United Launch Alliance", "Chevron Phillips Chemical is a subsidiary of Phillips
  66", "Sony Honda Mobility, a subsidiary of Sony Group, is based in Tokyo", "Honda is the parent of
  Sony Honda Mobility" (17); and "group" (a band's type) is an owning firm's word: "The Rolling
  Stones is the parent company of Rolling Stones Records", "Apple Corps is a subsidiary of The
  Beatles" (7).
* (10) "manage" -> "operate" where the objects are firms, but of any subject: a band's management
  company, a singer's, a tennis player's agency "operates" them: "Q Prime operates Metallica",
  "Metallica, operated by Q Prime, was founded in 1981", "13 Management operates Taylor Swift",
  "Evolve operates Naomi Osaka" (12).
* (7) "is held at" read "has its home at" of an event held there once or of one edition of an
  event that moves: "Live Aid has its home at Wembley Stadium", "The Rumble in the Jungle has its
  home at Stade Tata Raphael", "Woodstock makes its home at Max Yasgur's farm", "The Eurovision Song
  Contest has its home at Malmo Arena", "The Ryder Cup has its home at Whistling Straits" (18).
* (5) "was developed in" of images (type "image": no photograph's word in ``_DEVELOPED_FILM``)
  read as where they come from: "Earthrise comes from Houston", "The Blue Marble originated in
  Houston", "Earthrise hails from Houston" (taken in lunar orbit, developed in Houston) (10).
* (8) "the brainchild of" what "created" a landform: "The Grand Canyon is the brainchild of the
  Colorado River", "Meteor Crater is the brainchild of the Canyon Diablo meteorite", "Hawaii is the
  brainchild of the Hawaii hotspot" (5).

Held: "has (a)", "with (a)", "runs on", "powers" of another car's or watch's engine or movement,
of the engine a concept was unveiled with, of a maker, reversed, negated, in lists; "introduced"
in a wrong year, by a firm, "launched", "first sold"; "a product of" a retailer, an inventor, a
city; "makes" of a retailer, another maker, an inventor; "came up with", "dreamed up", "drew up"
of a maker, a retailer, another designer; "the company that", "the one who" negated, with two
verbs, with a relative clause on the wrong object, of the wrong kind; new type nouns for the wrong
kind; succession across a gap, reversed, across series, between two that succeeded one, "took
over" (no "from"); parent companies reversed, of siblings, a former owner ("former", "no longer"),
a shareholder, a founder, a manager, a city; "operates" of the wrong manager; "brainchild" of the
wrong founder or an owner; "has its home" at a former venue, in a city, the wrong museum; "comes
from" the maker's seat, a nearby city, the state, where it is made now (but KNOWN), a country.

Rejected controls: "Swatch Group is the group that owns Omega.", "Q Prime is the company that
manages Metallica." ("the group / company that" of a name whose type is also an item type of the
graph, "company"; or "group" read as another kind), "Dr Pepper is a soft drink from Waco." ("soft"
unknown: "soft drink" is a synonym of "soda" only, not of the type "soft_drink").
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


def garage():
    """Cars, a motorcycle, watches, a phone and a console (items: the year each was first sold).
    "is powered by" (one relation, its objects engines, movements and a battery: each object type
    a power source) links each to its engine, movement or battery; "was unveiled with" the engine
    a concept car was shown with (the Jaguar XJ220 concept of 1988 had a V12; the car sold from
    1992 has the JRV-6 V6); "is made by" the firm that makes each now; "was made by" the firm
    that made a car or a watch no longer made (the NSX, the RX-8, the XJ220, the 1969 Astron);
    "was initially made by" the first maker of a car another firm makes now (the Mini Cooper, the
    Range Rover); "is built by" the firm that builds an engine or a movement, and the contract
    builder that assembles another firm's car, phone or console (Subaru the Toyota GR86, Magna
    Steyr the Toyota GR Supra, Foxconn the iPhone 16 and the PlayStation 5); "was designed by";
    firms "are based in" cities. Seiko also builds a quartz movement, the 9F, that none of these
    watches has."""
    rels = [
        R("powered_by", phrase="is powered by", inverse_phrase="powers", domain=("car", "motorcycle", "watch"),
          range=("engine", "movement", "battery")),
        R("unveiled_with", phrase="was unveiled with", inverse_phrase="was shown in", domain=("car",),
          range=("engine",)),
        R("made_by", phrase="is made by", inverse_phrase="makes",
          domain=("car", "motorcycle", "watch", "smartphone", "console"), range=("company",)),
        R("was_made_by", phrase="was made by", inverse_phrase="made", domain=("car", "watch"), range=("company",)),
        R("initially_made_by", phrase="was initially made by", inverse_phrase="initially made", domain=("car",),
          range=("company",)),
        R("built_by", phrase="is built by", inverse_phrase="builds",
          domain=("engine", "movement", "car", "smartphone", "console"), range=("company",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("car", "watch"),
          range=("designer",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("company",), range=("city",)),
    ]
    items = {
        "c:corvette": ("car", "Chevrolet Corvette C8", 2020), "c:prius": ("car", "Toyota Prius", 1997),
        "c:taycan": ("car", "Porsche Taycan", 2019), "c:gtr": ("car", "Nissan GT-R", 2007),
        "c:nsx": ("car", "Honda NSX", 1990), "c:rx8": ("car", "Mazda RX-8", 2003),
        "c:xj220": ("car", "Jaguar XJ220", 1992), "k:panigale": ("motorcycle", "Ducati Panigale V4", 2018),
        "w:sub": ("watch", "Rolex Submariner", 1953), "w:speedy": ("watch", "Omega Speedmaster Professional", 1957),
        "w:f91w": ("watch", "Casio F-91W", 1989), "w:seiko5": ("watch", "Seiko 5 Sports", 1968),
        "w:astron": ("watch", "Seiko Quartz Astron 35SQ", 1969),
        "c:gr86": ("car", "Toyota GR86", 2021), "c:supra": ("car", "Toyota GR Supra", 2019),
        "p:iphone": ("smartphone", "iPhone 16", 2024), "p:ps5": ("console", "PlayStation 5", 2020),
        "c:mini": ("car", "Mini Cooper", 1961), "c:rangerover": ("car", "Range Rover", 1970),
    }
    others = {
        "e:lt2": ("engine", "LT2"), "e:m20a": ("engine", "M20A-FXS"), "e:vr38": ("engine", "VR38DETT"),
        "e:c30a": ("engine", "Honda C30A"), "e:renesis": ("engine", "Renesis"), "e:jrv6": ("engine", "JRV-6"),
        "e:v12": ("engine", "Jaguar V12"), "e:desmo": ("engine", "Desmosedici Stradale"),
        "b:pbp": ("battery", "Performance Battery Plus"),
        "v:3230": ("movement", "Rolex Calibre 3230"), "v:3861": ("movement", "Omega Calibre 3861"),
        "v:593": ("movement", "Casio Module 593"), "v:4r36": ("movement", "Seiko 4R36"),
        "v:35a": ("movement", "Seiko Caliber 35A"), "v:9f": ("movement", "Seiko 9F"),
        "f:chevrolet": ("company", "Chevrolet"), "f:gm": ("company", "General Motors"), "f:toyota": ("company", "Toyota"),
        "f:porsche": ("company", "Porsche"), "f:nissan": ("company", "Nissan"), "f:honda": ("company", "Honda"),
        "f:mazda": ("company", "Mazda"), "f:jaguar": ("company", "Jaguar"), "f:ducati": ("company", "Ducati"),
        "f:rolex": ("company", "Rolex"), "f:omega": ("company", "Omega"), "f:casio": ("company", "Casio"),
        "f:seiko": ("company", "Seiko"),
        "z:helfet": ("designer", "Keith Helfet"), "z:baillod": ("designer", "Claude Baillod"),
        "z:moriai": ("designer", "Ryusuke Moriai"), "z:maeda": ("designer", "Ikuo Maeda"),
        "y:detroit": ("city", "Detroit"), "y:toyota": ("city", "Toyota City"), "y:stuttgart": ("city", "Stuttgart"),
        "y:yokohama": ("city", "Yokohama"), "y:tokyo": ("city", "Tokyo"), "y:hiroshima": ("city", "Hiroshima"),
        "y:coventry": ("city", "Coventry"), "y:bologna": ("city", "Bologna"), "y:geneva": ("city", "Geneva"),
        "y:biel": ("city", "Biel"), "e:fa24": ("engine", "Subaru FA24"), "e:b58": ("engine", "BMW B58"),
        "f:subaru": ("company", "Subaru"), "f:magna": ("company", "Magna Steyr"), "f:bmw": ("company", "BMW"),
        "f:bmc": ("company", "British Motor Corporation"), "f:rover": ("company", "Rover Company"),
        "f:jlr": ("company", "Jaguar Land Rover"), "f:apple": ("company", "Apple"), "f:foxconn": ("company", "Foxconn"), "f:sony": ("company", "Sony"),
        "y:graz": ("city", "Graz"), "y:munich": ("city", "Munich"),
        "y:cupertino": ("city", "Cupertino"), "y:taipei": ("city", "New Taipei City"),
    }
    T_ = _t("powered_by", [
        ("c:corvette", "e:lt2"), ("c:prius", "e:m20a"), ("c:taycan", "b:pbp"), ("c:gtr", "e:vr38"), ("c:nsx", "e:c30a"),
        ("c:rx8", "e:renesis"), ("c:xj220", "e:jrv6"), ("k:panigale", "e:desmo"), ("w:sub", "v:3230"),
        ("w:speedy", "v:3861"), ("w:f91w", "v:593"), ("w:seiko5", "v:4r36"), ("w:astron", "v:35a"), ("c:gr86", "e:fa24"),
        ("c:supra", "e:b58")])
    T_ += _t("unveiled_with", [("c:xj220", "e:v12")])
    T_ += _t("made_by", [("c:corvette", "f:chevrolet"), ("c:prius", "f:toyota"), ("c:taycan", "f:porsche"),
                         ("k:panigale", "f:ducati"), ("w:sub", "f:rolex"), ("w:speedy", "f:omega"), ("w:f91w", "f:casio"),
                         ("w:seiko5", "f:seiko"), ("c:gr86", "f:toyota"), ("c:supra", "f:toyota"), ("p:iphone", "f:apple"),
                         ("p:ps5", "f:sony"), ("c:mini", "f:bmw"), ("c:rangerover", "f:jlr")])
    T_ += _t("initially_made_by", [("c:mini", "f:bmc"), ("c:rangerover", "f:rover")])
    T_ += _t("was_made_by", [("c:nsx", "f:honda"), ("c:rx8", "f:mazda"), ("c:xj220", "f:jaguar"), ("w:astron", "f:seiko")])
    T_ += _t("built_by", [("e:lt2", "f:gm"), ("e:m20a", "f:toyota"), ("e:vr38", "f:nissan"), ("e:c30a", "f:honda"),
                          ("e:renesis", "f:mazda"), ("e:v12", "f:jaguar"), ("e:desmo", "f:ducati"), ("v:3230", "f:rolex"),
                          ("v:3861", "f:omega"), ("v:593", "f:casio"), ("v:4r36", "f:seiko"), ("v:35a", "f:seiko"),
                          ("v:9f", "f:seiko"), ("e:fa24", "f:subaru"), ("e:b58", "f:bmw"), ("c:gr86", "f:subaru"),
                          ("c:supra", "f:magna"), ("p:iphone", "f:foxconn"), ("p:ps5", "f:foxconn")])
    T_ += _t("designed_by", [("c:xj220", "z:helfet"), ("c:rx8", "z:maeda"), ("w:speedy", "z:baillod"),
                             ("w:f91w", "z:moriai")])
    T_ += _t("based_in", [("f:chevrolet", "y:detroit"), ("f:gm", "y:detroit"), ("f:toyota", "y:toyota"),
                          ("f:porsche", "y:stuttgart"), ("f:nissan", "y:yokohama"), ("f:honda", "y:tokyo"),
                          ("f:mazda", "y:hiroshima"), ("f:jaguar", "y:coventry"), ("f:ducati", "y:bologna"),
                          ("f:rolex", "y:geneva"), ("f:omega", "y:biel"), ("f:casio", "y:tokyo"), ("f:seiko", "y:tokyo"),
                          ("f:subaru", "y:tokyo"), ("f:magna", "y:graz"), ("f:bmw", "y:munich"), ("f:apple", "y:cupertino"),
                          ("f:foxconn", "y:taipei"), ("f:sony", "y:tokyo")])
    return _build(items, others, rels, T_)


def inventions():
    """Inventions (items: the year each was invented, years before each came to market: the
    Post-it Note 1974 (sold from 1980), the Slinky 1943 (1945), Velcro 1941 (the late 1950s), the
    Zippo lighter 1932 (1933), the Super Soaker 1982 (1990), the View-Master 1938 (1939), Mr.
    Potato Head 1949 (1952), the Polaroid Land Camera 1947 (1948), the Radarange 1945 (1947),
    Super Glue 1942 (1958)). "was invented by" is the graph's one relation of an event, so the
    checker itself reads each item's year as its invention ("was invented in 1982"); "is made by"
    (the maker now), "is sold by" (retailers), "is based in"."""
    rels = [
        R("invented_by", phrase="was invented by", inverse_phrase="invented",
          domain=("product", "toy", "camera", "device"), range=("inventor",)),
        R("made_by", phrase="is made by", inverse_phrase="makes", domain=("product", "toy"), range=("company",)),
        R("sold_by", phrase="is sold by", inverse_phrase="sells", domain=("product", "toy"), range=("company",)),
        R("based_in", phrase="is based in", inverse_phrase="is home to", domain=("company",), range=("city",)),
    ]
    items = {
        "i:postit": ("product", "Post-it Note", 1974), "i:slinky": ("toy", "Slinky", 1943),
        "i:velcro": ("product", "Velcro", 1941), "i:zippo": ("product", "Zippo lighter", 1932),
        "i:soaker": ("toy", "Super Soaker", 1982), "i:viewmaster": ("toy", "View-Master", 1938),
        "i:potato": ("toy", "Mr. Potato Head", 1949), "i:polaroid": ("camera", "Polaroid Land Camera", 1947),
        "i:radarange": ("device", "Radarange", 1945), "i:superglue": ("product", "Super Glue", 1942),
    }
    others = {
        "n:silver": ("inventor", "Spencer Silver"), "n:fry": ("inventor", "Art Fry"),
        "n:james": ("inventor", "Richard James"), "n:mestral": ("inventor", "George de Mestral"),
        "n:blaisdell": ("inventor", "George G. Blaisdell"), "n:johnson": ("inventor", "Lonnie Johnson"),
        "n:gruber": ("inventor", "William Gruber"), "n:lerner": ("inventor", "George Lerner"),
        "n:land": ("inventor", "Edwin Land"), "n:spencer": ("inventor", "Percy Spencer"),
        "n:coover": ("inventor", "Harry Coover"),
        "f:3m": ("company", "3M"), "f:velcro": ("company", "Velcro Companies"),
        "f:zippo": ("company", "Zippo Manufacturing Company"), "f:hasbro": ("company", "Hasbro"),
        "f:mattel": ("company", "Mattel"), "f:walmart": ("company", "Walmart"), "f:target": ("company", "Target"),
        "y:stpaul": ("city", "Saint Paul"), "y:bradford": ("city", "Bradford"), "y:elsegundo": ("city", "El Segundo"),
        "y:bentonville": ("city", "Bentonville"), "y:minneapolis": ("city", "Minneapolis"),
    }
    T_ = _t("invented_by", [
        ("i:postit", "n:silver"), ("i:postit", "n:fry"), ("i:slinky", "n:james"), ("i:velcro", "n:mestral"),
        ("i:zippo", "n:blaisdell"), ("i:soaker", "n:johnson"), ("i:viewmaster", "n:gruber"), ("i:potato", "n:lerner"),
        ("i:polaroid", "n:land"), ("i:radarange", "n:spencer"), ("i:superglue", "n:coover")])
    T_ += _t("made_by", [("i:postit", "f:3m"), ("i:velcro", "f:velcro"), ("i:zippo", "f:zippo"), ("i:soaker", "f:hasbro"),
                         ("i:viewmaster", "f:mattel"), ("i:potato", "f:hasbro")])
    T_ += _t("sold_by", [("i:postit", "f:walmart"), ("i:soaker", "f:walmart"), ("i:potato", "f:target"),
                         ("i:slinky", "f:target")])
    T_ += _t("based_in", [("f:3m", "y:stpaul"), ("f:zippo", "y:bradford"), ("f:mattel", "y:elsegundo"),
                          ("f:walmart", "y:bentonville"), ("f:target", "y:minneapolis")])
    return _build(items, others, rels, T_)


def oneoffs():
    """One-off things whose types have a product's head noun (``LAUNCHED_GOODS``) but which
    were never brought to market (items: the year each was made, built or set off): guitars of
    one player each (Trigger, a Martin made in 1969; the Red Special, built by Brian May and his
    father; Blackie, put together by Eric Clapton from three Stratocasters), a doll (Robert the
    Doll, made by Steiff in 1904), wartime computers (Colossus, the Harvard Mark I: conceived by
    Howard Aiken, engineered at IBM by Clair D. Lake and others), thermonuclear test devices (Tsar
    Bomba, Ivy Mike). "was made by" (firms, past), "was built by" (firms and a research station
    that built a computer), "was designed by", "is played by", "is housed in", "was detonated
    at". Also "uses" (one relation whose objects are a calibre, reactors and a turbine, each
    type a power source by its word): rifles use a calibre (the cartridge they fire), research
    laboratories their research reactors (neutron sources; no power comes from them), dams the
    Francis turbine (which the water drives), a submarine its reactor (which does power it)."""
    rels = [
        R("was_made_by", phrase="was made by", inverse_phrase="made", domain=("guitar", "doll"), range=("company",)),
        R("built_by", phrase="was built by", inverse_phrase="built", domain=("computer",),
          range=("company", "organisation")),
        R("designed_by", phrase="was designed by", inverse_phrase="designed",
          domain=("computer", "thermonuclear_device"), range=("engineer", "physicist")),
        R("played_by", phrase="is played by", inverse_phrase="plays", domain=("guitar",), range=("musician",)),
        R("housed_in", phrase="is housed in", inverse_phrase="houses", domain=("doll", "computer"), range=("museum",)),
        R("detonated_at", phrase="was detonated at", inverse_phrase="was the site of",
          domain=("thermonuclear_device",), range=("archipelago", "atoll")),
        R("located_in", phrase="is located in", inverse_phrase="is home to", domain=("museum",), range=("city",)),
        R("uses", phrase="uses", inverse_phrase="is used by", domain=("rifle", "laboratory", "dam", "submarine"),
          range=("calibre", "reactor", "turbine")),
    ]
    items = {
        "r:enfield": ("rifle", "Lee-Enfield", 1895), "r:garand": ("rifle", "M1 Garand", 1936),
        "l:ill": ("laboratory", "Institut Laue-Langevin", 1967), "l:ornl": ("laboratory", "Oak Ridge National Laboratory", 1943),
        "h:hoover": ("dam", "Hoover Dam", 1936), "h:gorges": ("dam", "Three Gorges Dam", 2003),
        "s:virginia": ("submarine", "USS Virginia", 2004),
        "g:trigger": ("guitar", "Trigger", 1969), "g:redspecial": ("guitar", "Red Special", 1964),
        "g:blackie": ("guitar", "Blackie", 1970), "d:robert": ("doll", "Robert the Doll", 1904),
        "p:colossus": ("computer", "Colossus", 1944), "p:mark1": ("computer", "Harvard Mark I", 1944),
        "x:tsar": ("thermonuclear_device", "Tsar Bomba", 1961), "x:ivymike": ("thermonuclear_device", "Ivy Mike", 1952),
    }
    others = {
        "f:martin": ("company", "C. F. Martin & Company"), "f:steiff": ("company", "Steiff"), "f:ibm": ("company", "IBM"),
        "f:dollis": ("organisation", "Post Office Research Station"),
        "q:flowers": ("engineer", "Tommy Flowers"), "q:aiken": ("engineer", "Howard Aiken"),
        "q:lake": ("engineer", "Clair D. Lake"), "q:sakharov": ("physicist", "Andrei Sakharov"), "q:garwin": ("physicist", "Richard Garwin"),
        "u:nelson": ("musician", "Willie Nelson"), "u:may": ("musician", "Brian May"), "u:clapton": ("musician", "Eric Clapton"),
        "m:martello": ("museum", "Fort East Martello Museum"), "m:tnmoc": ("museum", "The National Museum of Computing"),
        "m:harvard": ("museum", "Harvard Science Center"),
        "a:novaya": ("archipelago", "Novaya Zemlya"), "a:enewetak": ("atoll", "Enewetak Atoll"),
        "k:303": ("calibre", ".303 British"), "k:3006": ("calibre", ".30-06 Springfield"),
        "n:hfr": ("reactor", "High Flux Reactor"), "n:hfir": ("reactor", "High Flux Isotope Reactor"),
        "n:s9g": ("reactor", "S9G reactor"), "n:francis": ("turbine", "Francis turbine"),
        "y:keywest": ("city", "Key West"), "y:bletchley": ("city", "Bletchley"), "y:cambridge": ("city", "Cambridge"),
    }
    T_ = _t("was_made_by", [("g:trigger", "f:martin"), ("d:robert", "f:steiff")])
    T_ += _t("built_by", [("p:colossus", "f:dollis"), ("p:mark1", "f:ibm")])
    T_ += _t("designed_by", [("p:colossus", "q:flowers"), ("p:mark1", "q:aiken"), ("p:mark1", "q:lake"), ("x:tsar", "q:sakharov"),
                             ("x:ivymike", "q:garwin")])
    T_ += _t("played_by", [("g:trigger", "u:nelson"), ("g:redspecial", "u:may"), ("g:blackie", "u:clapton")])
    T_ += _t("housed_in", [("d:robert", "m:martello"), ("p:colossus", "m:tnmoc"), ("p:mark1", "m:harvard")])
    T_ += _t("detonated_at", [("x:tsar", "a:novaya"), ("x:ivymike", "a:enewetak")])
    T_ += _t("located_in", [("m:martello", "y:keywest"), ("m:tnmoc", "y:bletchley"), ("m:harvard", "y:cambridge")])
    T_ += _t("uses", [("r:enfield", "k:303"), ("r:garand", "k:3006"), ("l:ill", "n:hfr"), ("l:ornl", "n:hfir"),
                      ("h:hoover", "n:francis"), ("h:gorges", "n:francis"), ("s:virginia", "n:s9g")])
    return _build(items, others, rels, T_)


def succession():
    """Successions (items: the year each came out). "was succeeded by" links an album, a novel
    and a film to the next of its series (Radiohead's and Pink Floyd's albums, the first Harry
    Potter novels, the Toy Story films: a follow-up, which takes over nothing from the one before,
    still sold and played); "is the successor of" links a console to the one it succeeded (the
    Nintendo Switch succeeded both the Wii U and the 3DS), a pope to the one before and a country
    to the one it succeeded (the Czech Republic and Slovakia both succeeded Czechoslovakia; Russia
    the Soviet Union). Also "was recorded by", "was written by", "was directed by", "was released
    by"."""
    rels = [
        R("succeeded_by", phrase="was succeeded by", inverse_phrase="succeeded", domain=("album", "novel", "film"),
          range=("album", "novel", "film")),
        R("successor_of", phrase="is the successor of", inverse_phrase="is the predecessor of",
          domain=("console", "pope", "country"), range=("console", "pope", "country")),
        R("recorded_by", phrase="was recorded by", inverse_phrase="recorded", domain=("album",), range=("band",)),
        R("written_by", phrase="was written by", inverse_phrase="wrote", domain=("novel",), range=("writer",)),
        R("released_by", phrase="was released by", inverse_phrase="released", domain=("console",), range=("company",)),
        R("directed_by", phrase="was directed by", inverse_phrase="directed", domain=("film",), range=("director",)),
    ]
    items = {
        "a:pablo": ("album", "Pablo Honey", 1993), "a:bends": ("album", "The Bends", 1995),
        "a:okc": ("album", "OK Computer", 1997), "a:kida": ("album", "Kid A", 2000), "a:amnesiac": ("album", "Amnesiac", 2001),
        "a:dsotm": ("album", "The Dark Side of the Moon", 1973), "a:wywh": ("album", "Wish You Were Here", 1975),
        "a:animals": ("album", "Animals", 1977), "a:wall": ("album", "The Wall", 1979),
        "n:hp1": ("novel", "Harry Potter and the Philosopher's Stone", 1997),
        "n:hp2": ("novel", "Harry Potter and the Chamber of Secrets", 1998),
        "n:hp3": ("novel", "Harry Potter and the Prisoner of Azkaban", 1999),
        "n:hp4": ("novel", "Harry Potter and the Goblet of Fire", 2000),
        "m:ts1": ("film", "Toy Story", 1995), "m:ts2": ("film", "Toy Story 2", 1999), "m:ts3": ("film", "Toy Story 3", 2010),
        "c:nes": ("console", "Nintendo Entertainment System", 1983), "c:snes": ("console", "Super Nintendo Entertainment System", 1990),
        "c:n64": ("console", "Nintendo 64", 1996), "c:gc": ("console", "GameCube", 2001), "c:wii": ("console", "Wii", 2006),
        "c:wiiu": ("console", "Wii U", 2012), "c:switch": ("console", "Nintendo Switch", 2017),
        "c:switch2": ("console", "Nintendo Switch 2", 2025), "c:3ds": ("console", "Nintendo 3DS", 2011),
        "c:ds": ("console", "Nintendo DS", 2004), "c:gba": ("console", "Game Boy Advance", 2001),
        "c:ps1": ("console", "PlayStation", 1994), "c:ps2": ("console", "PlayStation 2", 2000),
        "c:ps3": ("console", "PlayStation 3", 2006),
    }
    others = {
        "p:jp2": ("pope", "Pope John Paul II"), "p:b16": ("pope", "Pope Benedict XVI"), "p:francis": ("pope", "Pope Francis"),
        "p:leo14": ("pope", "Pope Leo XIV"),
        "k:czsk": ("country", "Czechoslovakia"), "k:cz": ("country", "the Czech Republic"), "k:sk": ("country", "Slovakia"),
        "k:ussr": ("country", "the Soviet Union"), "k:ru": ("country", "Russia"),
        "b:radiohead": ("band", "Radiohead"), "b:floyd": ("band", "Pink Floyd"), "w:rowling": ("writer", "J. K. Rowling"),
        "d:lasseter": ("director", "John Lasseter"), "d:unkrich": ("director", "Lee Unkrich"),
        "f:nintendo": ("company", "Nintendo"), "f:sony": ("company", "Sony"),
    }
    T_ = _t("succeeded_by", [
        ("a:pablo", "a:bends"), ("a:bends", "a:okc"), ("a:okc", "a:kida"), ("a:kida", "a:amnesiac"),
        ("a:dsotm", "a:wywh"), ("a:wywh", "a:animals"), ("a:animals", "a:wall"),
        ("n:hp1", "n:hp2"), ("n:hp2", "n:hp3"), ("n:hp3", "n:hp4"), ("m:ts1", "m:ts2"), ("m:ts2", "m:ts3")])
    T_ += _t("successor_of", [
        ("c:snes", "c:nes"), ("c:n64", "c:snes"), ("c:gc", "c:n64"), ("c:wii", "c:gc"), ("c:wiiu", "c:wii"),
        ("c:switch", "c:wiiu"), ("c:switch", "c:3ds"), ("c:switch2", "c:switch"), ("c:3ds", "c:ds"), ("c:ds", "c:gba"),
        ("c:ps2", "c:ps1"), ("c:ps3", "c:ps2"),
        ("p:b16", "p:jp2"), ("p:francis", "p:b16"), ("p:leo14", "p:francis"),
        ("k:cz", "k:czsk"), ("k:sk", "k:czsk"), ("k:ru", "k:ussr")])
    T_ += _t("recorded_by", [(a, "b:radiohead") for a in ("a:pablo", "a:bends", "a:okc", "a:kida", "a:amnesiac")]
             + [(a, "b:floyd") for a in ("a:dsotm", "a:wywh", "a:animals", "a:wall")])
    T_ += _t("written_by", [(n, "w:rowling") for n in ("n:hp1", "n:hp2", "n:hp3", "n:hp4")])
    T_ += _t("directed_by", [("m:ts1", "d:lasseter"), ("m:ts2", "d:lasseter"), ("m:ts3", "d:unkrich")])
    T_ += _t("released_by", [(c, "f:nintendo") for c in ("c:nes", "c:snes", "c:n64", "c:gc", "c:wii", "c:wiiu", "c:switch",
                                                         "c:switch2", "c:3ds", "c:ds", "c:gba")]
             + [(c, "f:sony") for c in ("c:ps1", "c:ps2", "c:ps3")])
    aliases = {"c:nes": ("NES",), "c:snes": ("SNES", "Super Nintendo"), "c:n64": ("N64",), "c:ps1": ("PS1",),
               "c:ps2": ("PS2",), "c:ps3": ("PS3",)}
    return _build(items, others, rels, T_, aliases=aliases)


def holdings():
    """Who owns what (items: the year each was founded). "is owned by" (firms now): watch brands
    by their groups, Berkshire Hathaway's businesses, YouTube and Fitbit by Google and Google by
    Alphabet, three joint ventures owned half and half by two firms each (United Launch Alliance,
    Chevron Phillips Chemical, Sony Honda Mobility: no subsidiary of either), a label and a company
    owned by the bands (type "group") whose they are (Rolling Stones Records, Apple Corps); "was
    owned by" (Duracell's former owners); "holds a stake in" (minority stakes); "is managed by"
    (a management company or an agency: of bands, a singer and a tennis player, whom nobody
    "operates"; and a hotel, which its manager does operate); "was founded by" (people, and the
    two firms that founded United Launch Alliance); "is based in"."""
    rels = [
        R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("brand", "company", "label"),
          range=("group", "company", "conglomerate")),
        R("was_owned_by", phrase="was owned by", inverse_phrase="once owned", domain=("brand",), range=("company",)),
        R("stake_in", phrase="holds a stake in", inverse_phrase="has as a shareholder", domain=("company", "conglomerate"),
          range=("company",)),
        R("managed_by", phrase="is managed by", inverse_phrase="manages",
          domain=("band", "singer", "tennis_player", "hotel"), range=("company", "agency")),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("brand", "company", "group"),
          range=("founder", "company")),
        R("based_in", phrase="is based in", inverse_phrase="is home to",
          domain=("brand", "company", "group", "conglomerate", "label"), range=("city",)),
    ]
    items = {
        "b:omega": ("brand", "Omega", 1848), "b:longines": ("brand", "Longines", 1832), "b:tissot": ("brand", "Tissot", 1853),
        "b:cartier": ("brand", "Cartier", 1847), "b:iwc": ("brand", "IWC Schaffhausen", 1868),
        "b:duracell": ("brand", "Duracell", 1924), "c:geico": ("company", "GEICO", 1936),
        "c:dq": ("company", "Dairy Queen", 1940), "c:youtube": ("company", "YouTube", 2005),
        "c:google": ("company", "Google", 1998), "c:fitbit": ("company", "Fitbit", 2007),
        "c:ula": ("company", "United Launch Alliance", 2006), "c:cpchem": ("company", "Chevron Phillips Chemical", 2000),
        "c:shm": ("company", "Sony Honda Mobility", 2022), "l:rsr": ("label", "Rolling Stones Records", 1971),
        "c:applecorps": ("company", "Apple Corps", 1968),
        "h:metallica": ("band", "Metallica", 1981), "h:rhcp": ("band", "Red Hot Chili Peppers", 1983),
        "h:swift": ("singer", "Taylor Swift", 1989), "h:plaza": ("hotel", "The Plaza", 1907),
        "h:osaka": ("tennis_player", "Naomi Osaka", 1997),
    }
    others = {
        "o:swatch": ("group", "Swatch Group"), "o:richemont": ("group", "Richemont"),
        "o:berkshire": ("conglomerate", "Berkshire Hathaway"), "o:alphabet": ("company", "Alphabet"),
        "o:boeing": ("company", "Boeing"), "o:lockheed": ("company", "Lockheed Martin"), "o:chevron": ("company", "Chevron"),
        "o:p66": ("company", "Phillips 66"), "o:sony": ("group", "Sony Group"), "o:honda": ("company", "Honda"),
        "o:stones": ("group", "The Rolling Stones"), "o:beatles": ("group", "The Beatles"),
        "o:pg": ("company", "Procter & Gamble"), "o:gillette": ("company", "Gillette"), "o:toyota": ("company", "Toyota"),
        "o:subaru": ("company", "Subaru"), "o:mazda": ("company", "Mazda"), "o:apple": ("company", "Apple"),
        "o:qprime": ("company", "Q Prime"), "o:13m": ("company", "13 Management"),
        "o:fairmont": ("company", "Fairmont Hotels & Resorts"), "o:evolve": ("agency", "Evolve"),
        "p:brandt": ("founder", "Louis Brandt"), "p:agassiz": ("founder", "Auguste Agassiz"),
        "p:cartier": ("founder", "Louis-Francois Cartier"), "p:goodwin": ("founder", "Leo Goodwin"),
        "p:hayek": ("founder", "Nicolas Hayek"), "p:hurley": ("founder", "Chad Hurley"), "p:chen": ("founder", "Steve Chen"),
        "p:page": ("founder", "Larry Page"), "p:brin": ("founder", "Sergey Brin"), "p:park": ("founder", "James Park"),
        "y:biel": ("city", "Biel"), "y:stimier": ("city", "Saint-Imier"), "y:lelocle": ("city", "Le Locle"),
        "y:paris": ("city", "Paris"), "y:schaffhausen": ("city", "Schaffhausen"), "y:geneva": ("city", "Geneva"),
        "y:omaha": ("city", "Omaha"), "y:chevychase": ("city", "Chevy Chase"), "y:sanbruno": ("city", "San Bruno"),
        "y:mountainview": ("city", "Mountain View"), "y:centennial": ("city", "Centennial"),
        "y:thewoodlands": ("city", "The Woodlands"), "y:tokyo": ("city", "Tokyo"), "y:london": ("city", "London"),
        "y:chicago": ("city", "Chicago"), "y:cincinnati": ("city", "Cincinnati"),
    }
    T_ = _t("owned_by", [
        ("b:omega", "o:swatch"), ("b:longines", "o:swatch"), ("b:tissot", "o:swatch"), ("b:cartier", "o:richemont"),
        ("b:iwc", "o:richemont"), ("b:duracell", "o:berkshire"), ("c:geico", "o:berkshire"), ("c:dq", "o:berkshire"),
        ("c:youtube", "c:google"), ("c:google", "o:alphabet"), ("c:fitbit", "c:google"),
        ("c:ula", "o:boeing"), ("c:ula", "o:lockheed"), ("c:cpchem", "o:chevron"), ("c:cpchem", "o:p66"),
        ("c:shm", "o:sony"), ("c:shm", "o:honda"), ("l:rsr", "o:stones"), ("c:applecorps", "o:beatles")])
    T_ += _t("was_owned_by", [("b:duracell", "o:pg"), ("b:duracell", "o:gillette")])
    T_ += _t("stake_in", [("o:toyota", "o:subaru"), ("o:toyota", "o:mazda"), ("o:berkshire", "o:apple")])
    T_ += _t("managed_by", [("h:metallica", "o:qprime"), ("h:rhcp", "o:qprime"), ("h:swift", "o:13m"),
                            ("h:plaza", "o:fairmont"), ("h:osaka", "o:evolve")])
    T_ += _t("founded_by", [("b:omega", "p:brandt"), ("b:longines", "p:agassiz"), ("b:cartier", "p:cartier"),
                            ("c:geico", "p:goodwin"), ("c:youtube", "p:hurley"), ("c:youtube", "p:chen"),
                            ("c:google", "p:page"), ("c:google", "p:brin"), ("c:fitbit", "p:park"),
                            ("c:ula", "o:boeing"), ("c:ula", "o:lockheed")])
    T_ += _t("based_in", [("b:omega", "y:biel"), ("b:longines", "y:stimier"), ("b:tissot", "y:lelocle"),
                          ("b:cartier", "y:paris"), ("b:iwc", "y:schaffhausen"), ("o:swatch", "y:biel"),
                          ("o:richemont", "y:geneva"), ("o:berkshire", "y:omaha"), ("c:geico", "y:chevychase"),
                          ("c:youtube", "y:sanbruno"), ("c:google", "y:mountainview"), ("o:alphabet", "y:mountainview"),
                          ("c:ula", "y:centennial"), ("c:cpchem", "y:thewoodlands"), ("c:shm", "y:tokyo"),
                          ("c:applecorps", "y:london"), ("o:pg", "y:cincinnati")])
    return _build(items, others, rels, T_)


def places():
    """Events and their venues; things housed or standing somewhere; where foods, drinks and
    images come from; what natural forces created (items: the year each was first held, made,
    brewed or taken). "is held at": events with a home (the Masters, Wimbledon, the FA Cup Final),
    events held once (Live Aid, at two stadiums, the Concert for Bangladesh, the Rumble in the
    Jungle, the Thrilla in Manila, Woodstock) and events that move from venue to venue (the Ryder
    Cup, the Eurovision Song Contest: three editions each); "was held at" (former venues); "is
    located in"; "is housed in", "stands in"; "was first made in" (soft drinks, a spread, a sauce),
    "is made in" (now), "was first brewed in" (beers), "was developed in" (Gatorade, in
    Gainesville; two images from Apollo missions, whose film was developed in Houston: they were
    "taken aboard" Apollo 8 and Apollo 17); "is made by", "is based in" (the makers' seats), "is
    in" (cities in states and countries); "was created by" (a canyon by a river, a lake by a
    volcano, a crater by a meteorite, an island by a hotspot, a lake by an ice sheet: the graph's
    one relation of creating, founding, inventing or designing)."""
    rels = [
        R("held_at", phrase="is held at", inverse_phrase="hosts",
          domain=("tournament", "concert", "boxing_match", "festival", "song_contest", "cup_final"),
          range=("stadium", "arena", "golf_club", "tennis_club", "farm")),
        R("was_held_at", phrase="was held at", inverse_phrase="once hosted", domain=("tournament", "cup_final"),
          range=("stadium", "ground")),
        R("located_in", phrase="is located in", inverse_phrase="is home to",
          domain=("stadium", "arena", "golf_club", "tennis_club", "farm", "museum", "ground"), range=("city", "town")),
        R("housed_in", phrase="is housed in", inverse_phrase="houses", domain=("fossil", "spacecraft", "manuscript"),
          range=("museum", "library")),
        R("stands_in", phrase="stands in", inverse_phrase="is the site of", domain=("statue",), range=("park", "city", "town")),
        R("first_made_in", phrase="was first made in", inverse_phrase="is the birthplace of",
          domain=("soft_drink", "spread", "sauce"), range=("city", "town")),
        R("made_in", phrase="is made in", inverse_phrase="is the production site of", domain=("spread", "sauce"),
          range=("city", "town")),
        R("first_brewed_in", phrase="was first brewed in", inverse_phrase="is the home of", domain=("beer",),
          range=("city", "town")),
        R("developed_in", phrase="was developed in", inverse_phrase="is where scientists developed",
          domain=("sports_drink", "image"), range=("city",)),
        R("taken_aboard", phrase="was taken aboard", inverse_phrase="carried the camera of", domain=("image",),
          range=("spacecraft",)),
        R("made_by", phrase="is made by", inverse_phrase="makes",
          domain=("soft_drink", "spread", "sauce", "sports_drink", "beer"), range=("company",)),
        R("based_in", phrase="is based in", inverse_phrase="is the seat of", domain=("company",), range=("city", "town")),
        R("is_in", phrase="is in", inverse_phrase="contains", domain=("city", "town", "state"),
          range=("state", "country")),
        R("created_by", phrase="was created by", inverse_phrase="created", domain=("canyon", "lake", "crater", "island"),
          range=("river", "volcano", "meteorite", "hotspot", "ice_sheet")),
    ]
    items = {
        "e:masters": ("tournament", "The Masters", 1934), "e:ryder": ("tournament", "The Ryder Cup", 1927),
        "e:wimbledon": ("tournament", "The Wimbledon Championships", 1877), "e:facup": ("cup_final", "The FA Cup Final", 1872),
        "e:liveaid": ("concert", "Live Aid", 1985), "e:bangladesh": ("concert", "The Concert for Bangladesh", 1971),
        "e:rumble": ("boxing_match", "The Rumble in the Jungle", 1974), "e:thrilla": ("boxing_match", "The Thrilla in Manila", 1975),
        "e:woodstock": ("festival", "Woodstock", 1969), "e:eurovision": ("song_contest", "The Eurovision Song Contest", 1956),
        "t:sue": ("fossil", "Sue", 1990), "t:endeavour": ("spacecraft", "Space Shuttle Endeavour", 1991),
        "t:lindisfarne": ("manuscript", "The Lindisfarne Gospels", 715),
        "t:manneken": ("statue", "Manneken Pis", 1619), "t:bull": ("statue", "Charging Bull", 1989),
        "t:angel": ("statue", "The Angel of the North", 1998),
        "f:drpepper": ("soft_drink", "Dr Pepper", 1885), "f:pepsi": ("soft_drink", "Pepsi", 1893),
        "f:marmite": ("spread", "Marmite", 1902), "f:hp": ("sauce", "HP Sauce", 1895),
        "f:gatorade": ("sports_drink", "Gatorade", 1965), "f:corona": ("beer", "Corona", 1925),
        "f:peroni": ("beer", "Peroni", 1846), "f:stella": ("beer", "Stella Artois", 1926),
        "p:earthrise": ("image", "Earthrise", 1968), "p:marble": ("image", "The Blue Marble", 1972),
        "g:grandcanyon": ("canyon", "Grand Canyon", None), "g:craterlake": ("lake", "Crater Lake", None),
        "g:meteor": ("crater", "Meteor Crater", None), "g:hawaii": ("island", "Hawaii", None),
        "g:superior": ("lake", "Lake Superior", None),
    }
    others = {
        "v:augusta": ("golf_club", "Augusta National Golf Club"), "v:marco": ("golf_club", "Marco Simone Golf Club"),
        "v:whistling": ("golf_club", "Whistling Straits"), "v:lgn": ("golf_club", "Le Golf National"),
        "v:aeltc": ("tennis_club", "All England Lawn Tennis and Croquet Club"), "v:wembley": ("stadium", "Wembley Stadium"),
        "v:jfk": ("stadium", "John F. Kennedy Stadium"), "v:msg": ("arena", "Madison Square Garden"),
        "v:tata": ("stadium", "Stade Tata Raphael"), "v:araneta": ("arena", "Araneta Coliseum"),
        "v:yasgur": ("farm", "Max Yasgur's farm"), "v:msbank": ("arena", "M&S Bank Arena"),
        "v:malmo": ("arena", "Malmo Arena"), "v:jakobshalle": ("arena", "St. Jakobshalle"),
        "v:crystal": ("ground", "Crystal Palace"), "v:millennium": ("stadium", "Millennium Stadium"),
        "v:worple": ("ground", "Worple Road"),
        "m:field": ("museum", "Field Museum"), "m:csc": ("museum", "California Science Center"),
        "m:bl": ("library", "British Library"),
        "q:bowling": ("park", "Bowling Green"),
        "y:augusta": ("city", "Augusta"), "y:rome": ("city", "Rome"), "y:guidonia": ("town", "Guidonia Montecelio"),
        "y:guyancourt": ("town", "Guyancourt"), "y:haven": ("town", "Haven"),
        "y:paris": ("city", "Paris"), "y:london": ("city", "London"), "y:philadelphia": ("city", "Philadelphia"),
        "y:nyc": ("city", "New York City"), "y:kinshasa": ("city", "Kinshasa"), "y:quezon": ("city", "Quezon City"),
        "y:bethel": ("town", "Bethel"), "y:liverpool": ("city", "Liverpool"), "y:malmo": ("city", "Malmo"),
        "y:basel": ("city", "Basel"), "y:cardiff": ("city", "Cardiff"), "y:chicago": ("city", "Chicago"),
        "y:la": ("city", "Los Angeles"), "y:brussels": ("city", "Brussels"), "y:gateshead": ("town", "Gateshead"),
        "y:waco": ("city", "Waco"), "y:newbern": ("city", "New Bern"), "y:burton": ("town", "Burton upon Trent"),
        "y:nottingham": ("city", "Nottingham"), "y:elst": ("town", "Elst"), "y:gainesville": ("city", "Gainesville"),
        "y:houston": ("city", "Houston"), "y:mexicocity": ("city", "Mexico City"), "y:vigevano": ("town", "Vigevano"),
        "y:leuven": ("city", "Leuven"), "y:frisco": ("city", "Frisco"), "y:purchase": ("town", "Purchase"),
        "y:pittsburgh": ("city", "Pittsburgh"), "y:tokyo": ("city", "Tokyo"), "y:dallas": ("city", "Dallas"),
        "s:texas": ("state", "Texas"), "s:nc": ("state", "North Carolina"), "s:florida": ("state", "Florida"),
        "s:ny": ("state", "New York"), "s:pa": ("state", "Pennsylvania"),
        "n:us": ("country", "the United States"), "n:england": ("country", "England"), "n:nl": ("country", "the Netherlands"),
        "n:mexico": ("country", "Mexico"), "n:italy": ("country", "Italy"), "n:belgium": ("country", "Belgium"),
        "n:japan": ("country", "Japan"),
        "x:apollo8": ("spacecraft", "Apollo 8"), "x:apollo17": ("spacecraft", "Apollo 17"),
        "f:kdp": ("company", "Keurig Dr Pepper"), "f:pepsico": ("company", "PepsiCo"), "f:unilever": ("company", "Unilever"),
        "f:kraftheinz": ("company", "Kraft Heinz"), "f:abinbev": ("company", "AB InBev"), "f:asahi": ("company", "Asahi"),
        "g:colorado": ("river", "Colorado River"), "g:mazama": ("volcano", "Mount Mazama"),
        "g:diablo": ("meteorite", "Canyon Diablo meteorite"), "g:hotspot": ("hotspot", "Hawaii hotspot"),
        "g:laurentide": ("ice_sheet", "Laurentide Ice Sheet"),
    }
    T_ = _t("held_at", [
        ("e:masters", "v:augusta"), ("e:ryder", "v:marco"), ("e:ryder", "v:whistling"), ("e:ryder", "v:lgn"),
        ("e:wimbledon", "v:aeltc"), ("e:facup", "v:wembley"), ("e:liveaid", "v:wembley"), ("e:liveaid", "v:jfk"),
        ("e:bangladesh", "v:msg"), ("e:rumble", "v:tata"), ("e:thrilla", "v:araneta"), ("e:woodstock", "v:yasgur"),
        ("e:eurovision", "v:msbank"), ("e:eurovision", "v:malmo"), ("e:eurovision", "v:jakobshalle")])
    T_ += _t("was_held_at", [("e:facup", "v:crystal"), ("e:facup", "v:millennium"), ("e:wimbledon", "v:worple")])
    T_ += _t("located_in", [
        ("v:augusta", "y:augusta"), ("v:marco", "y:guidonia"), ("v:whistling", "y:haven"), ("v:lgn", "y:guyancourt"),
        ("v:aeltc", "y:london"), ("v:wembley", "y:london"), ("v:jfk", "y:philadelphia"), ("v:msg", "y:nyc"),
        ("v:tata", "y:kinshasa"), ("v:araneta", "y:quezon"), ("v:yasgur", "y:bethel"), ("v:msbank", "y:liverpool"),
        ("v:malmo", "y:malmo"), ("v:jakobshalle", "y:basel"), ("v:crystal", "y:london"), ("v:millennium", "y:cardiff"),
        ("v:worple", "y:london"), ("m:field", "y:chicago"), ("m:csc", "y:la")])
    T_ += _t("housed_in", [("t:sue", "m:field"), ("t:endeavour", "m:csc"), ("t:lindisfarne", "m:bl")])
    T_ += _t("stands_in", [("t:manneken", "y:brussels"), ("t:bull", "q:bowling"), ("t:angel", "y:gateshead")])
    T_ += _t("first_made_in", [("f:drpepper", "y:waco"), ("f:pepsi", "y:newbern"), ("f:marmite", "y:burton"),
                               ("f:hp", "y:nottingham")])
    T_ += _t("made_in", [("f:marmite", "y:burton"), ("f:hp", "y:elst")])
    T_ += _t("first_brewed_in", [("f:corona", "y:mexicocity"), ("f:peroni", "y:vigevano"), ("f:stella", "y:leuven")])
    T_ += _t("developed_in", [("f:gatorade", "y:gainesville"), ("p:earthrise", "y:houston"), ("p:marble", "y:houston")])
    T_ += _t("taken_aboard", [("p:earthrise", "x:apollo8"), ("p:marble", "x:apollo17")])
    T_ += _t("made_by", [("f:drpepper", "f:kdp"), ("f:pepsi", "f:pepsico"), ("f:marmite", "f:unilever"),
                         ("f:hp", "f:kraftheinz"), ("f:gatorade", "f:pepsico"), ("f:corona", "f:abinbev"),
                         ("f:peroni", "f:asahi"), ("f:stella", "f:abinbev")])
    T_ += _t("based_in", [("f:kdp", "y:frisco"), ("f:pepsico", "y:purchase"), ("f:unilever", "y:london"),
                          ("f:kraftheinz", "y:pittsburgh"), ("f:abinbev", "y:leuven"), ("f:asahi", "y:tokyo")])
    T_ += _t("is_in", [
        ("y:waco", "s:texas"), ("y:frisco", "s:texas"), ("y:houston", "s:texas"), ("y:dallas", "s:texas"),
        ("y:newbern", "s:nc"), ("y:gainesville", "s:florida"), ("y:purchase", "s:ny"), ("y:nyc", "s:ny"),
        ("y:pittsburgh", "s:pa"), ("y:philadelphia", "s:pa"),
        ("s:texas", "n:us"), ("s:nc", "n:us"), ("s:florida", "n:us"), ("s:ny", "n:us"), ("s:pa", "n:us"),
        ("y:burton", "n:england"), ("y:nottingham", "n:england"), ("y:london", "n:england"), ("y:elst", "n:nl"),
        ("y:mexicocity", "n:mexico"), ("y:vigevano", "n:italy"), ("y:rome", "n:italy"), ("y:leuven", "n:belgium"),
        ("y:tokyo", "n:japan")])
    T_ += _t("created_by", [("g:grandcanyon", "g:colorado"), ("g:craterlake", "g:mazama"), ("g:meteor", "g:diablo"),
                            ("g:hawaii", "g:hotspot"), ("g:superior", "g:laurentide")])
    return _build(items, others, rels, T_)


BUILDERS = {"garage": garage, "inventions": inventions, "oneoffs": oneoffs, "succession": succession,
            "holdings": holdings, "places": places}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@garage
# (4) "has (a)", "with (a)", "runs on", "relies on", "powers" of the wrong power source: another car's or
# watch's, the one a concept was unveiled with, the maker's other movements; reversed; makers
The Chevrolet Corvette C8 has an M20A-FXS.
The Chevrolet Corvette C8 is a car with an M20A-FXS.
The Toyota Prius runs on the LT2.
The Toyota Prius, a car with an LT2, is made by Toyota.
The Jaguar XJ220 has a Jaguar V12.
The Jaguar XJ220 is a car with a Jaguar V12.
The Jaguar XJ220 runs on the Jaguar V12.
The Jaguar XJ220 is powered by the Jaguar V12.
The Jaguar V12 powers the Jaguar XJ220.
The Jaguar XJ220 relies on the Jaguar V12.
The Jaguar XJ220, a car with a Jaguar V12, was designed by Keith Helfet.
The Jaguar XJ220, which has a Jaguar V12, was made by Jaguar.
The Jaguar V12 is the engine that powers the Jaguar XJ220.
The Seiko 5 Sports has a Seiko 9F.
The Seiko 5 Sports is a watch with a Seiko 9F.
The Seiko 5 Sports runs on the Seiko 9F.
The Seiko 9F powers the Seiko 5 Sports.
The Seiko 5 Sports has a Seiko Caliber 35A.
The Seiko 5 Sports, a watch with the Seiko Caliber 35A, is made by Seiko.
The Seiko Caliber 35A is the movement that powers the Seiko 5 Sports.
The Rolex Submariner has an Omega Calibre 3861.
The Omega Speedmaster Professional runs on the Rolex Calibre 3230.
The Casio F-91W is a watch with a Seiko 4R36.
The Toyota GR Supra has a Subaru FA24.
The Toyota GR86 has a BMW B58.
The Toyota GR86 is a car with a BMW B58.
The Toyota GR86 runs on the BMW B58.
The Ducati Panigale V4 has a Honda C30A.
The Honda NSX is a car with a Renesis.
The Mazda RX-8 relies on the Honda C30A.
The Porsche Taycan has an LT2.
The Porsche Taycan is a car with a Renesis.
The LT2 has a Chevrolet Corvette C8.
The Performance Battery Plus relies on the Porsche Taycan.
The LT2 runs on the Chevrolet Corvette C8.
The Chevrolet Corvette C8 powers the LT2.
General Motors powers the Chevrolet Corvette C8.
The Chevrolet Corvette C8 runs on General Motors.
Seiko powers the Seiko 5 Sports.
The Chevrolet Corvette C8 does not have an LT2.
The Chevrolet Corvette C8 has no LT2.
The Chevrolet Corvette C8 never ran on the LT2.
The Chevrolet Corvette C8 is a car without an LT2.
The Chevrolet Corvette C8 no longer runs on the LT2.
The Chevrolet Corvette C8 has an LT2 and an M20A-FXS.
The Chevrolet Corvette C8 and the Toyota Prius have an LT2.
The Chevrolet Corvette C8 has the same engine as the Toyota Prius.
The Chevrolet Corvette C8 is the car that runs on the M20A-FXS.
The LT2 is the engine that powers the Toyota Prius.
The Seiko 5 Sports is the timepiece that runs on the LT2.
The Omega Speedmaster Professional, a timepiece, runs on the Seiko 4R36.
# (2, 11) the maker of a car no longer made, or the first maker ("was initially made by"), read in the
# present through "the company that makes", "X, a company, makes"; a contract builder's car, phone or
# console read as its "product"
Honda is the company that makes the Honda NSX.
Honda, a company, makes the Honda NSX.
Mazda is the company that makes the Mazda RX-8.
Mazda, a company, makes the Mazda RX-8.
Jaguar is the company that makes the Jaguar XJ220.
Jaguar, a company, makes the Jaguar XJ220.
Seiko is the company that makes the Seiko Quartz Astron 35SQ.
British Motor Corporation is the company that makes the Mini Cooper.
British Motor Corporation, a company, makes the Mini Cooper.
Rover Company is the company that makes the Range Rover.
Rover Company, a company, makes the Range Rover.
British Motor Corporation makes the Mini Cooper.
British Motor Corporation manufactures the Mini Cooper.
British Motor Corporation produces the Mini Cooper.
The Mini Cooper is made by British Motor Corporation.
The Mini Cooper is manufactured by British Motor Corporation.
The Range Rover is produced by Rover Company.
Rover Company makes the Range Rover.
Honda makes the Honda NSX.
Mazda manufactures the Mazda RX-8.
Jaguar produces the Jaguar XJ220.
The Mazda RX-8 is manufactured by Mazda.
The Honda NSX is produced by Honda.
The Honda NSX is made by Honda.
The Toyota GR Supra is a product of Magna Steyr.
The iPhone 16 is a product of Foxconn.
The PlayStation 5 is a product of Foxconn.
The iPhone 16, a product of Foxconn, is made by Apple.
The Toyota GR Supra is a product of BMW.
The Rolex Submariner is a product of Omega.
The Toyota Prius is a product of Subaru.
Subaru is a product of the Toyota GR86.
Apple is the company that builds the iPhone 16.
Apple, a company, builds the iPhone 16.
Toyota builds the Toyota GR86.
Toyota is the company that builds the Toyota GR Supra.
# (10) "came up with", "drew up" of the wrong designer, a maker
Keith Helfet came up with the Casio F-91W.
Ryusuke Moriai drew up the Jaguar XJ220.
Claude Baillod came up with the Rolex Submariner.
Ikuo Maeda drew up the Honda NSX.
Seiko came up with the Casio F-91W.
Ryusuke Moriai is the one who came up with the Omega Speedmaster Professional.
Keith Helfet is the designer who drew up the Mazda RX-8.
# (12) "timepiece", "machine", "system" for the wrong item
The Toyota Prius is a timepiece made by Toyota.
The Porsche Taycan, a timepiece, is made by Porsche.
The PlayStation 5 is a timepiece made by Sony.
The Rolex Submariner is a machine made by Rolex.
The Rolex Submariner, a system, is made by Rolex.
The Casio F-91W is a system made by Casio.
The Toyota GR86 is a system built by Subaru.
# (1) "introduced in" a wrong year (the graph's years are first sales)
The Rolex Submariner was introduced in 1955.
The Toyota Prius was introduced in 1999.
The Casio F-91W was introduced in 1991.
Introduced in 1958, the Omega Speedmaster Professional is made by Omega.
The Honda NSX, introduced in 1995, runs on the Honda C30A.
The Seiko Quartz Astron 35SQ was introduced in 1970.
The Mini Cooper was introduced in 1959.
# OPEN (see OPEN below)
Toyota manufactures the Toyota GR86.
Apple manufactures the iPhone 16.
Keith Helfet came up with the Jaguar XJ220.
The Toyota GR86 is a product of Subaru.
The Toyota GR86, a product of Subaru, runs on the Subaru FA24.
@inventions
# (1) "introduced in" the year of the invention, on a graph whose years are inventions (the checker
# reads "was invented in 1982" there): each came to market years later
The Post-it Note was introduced in 1974.
The Post-it Note was first introduced in 1974.
Introduced in 1974, the Post-it Note is made by 3M.
The Post-it Note, introduced in 1974, is sold by Walmart.
The Slinky was introduced in 1943.
Introduced in 1943, the Slinky was invented by Richard James.
The Slinky, introduced in 1943, is sold by Target.
Velcro was introduced in 1941.
Introduced in 1941, Velcro is made by Velcro Companies.
The Zippo lighter was introduced in 1932.
The Zippo lighter, introduced in 1932, is made by Zippo Manufacturing Company.
The Super Soaker was introduced in 1982.
Introduced in 1982, the Super Soaker was invented by Lonnie Johnson.
The Super Soaker, introduced in 1982, is made by Hasbro.
Hasbro makes the Super Soaker, introduced in 1982.
Hasbro makes the Super Soaker, which was introduced in 1982.
Lonnie Johnson invented the Super Soaker, introduced in 1982.
The Super Soaker is the one that was introduced in 1982.
The Super Soaker was invented in 1982 and introduced in 1982.
The View-Master was introduced in 1938.
Introduced in 1938, the View-Master is made by Mattel.
Mr. Potato Head was introduced in 1949.
Mr. Potato Head, introduced in 1949, is made by Hasbro.
The Radarange was introduced in 1945.
The Radarange, introduced in 1945, was invented by Percy Spencer.
Super Glue was introduced in 1942.
Introduced in 1942, Super Glue was invented by Harry Coover.
The Post-it Note was released in 1974.
The Slinky came out in 1943.
Mr. Potato Head was released in 1949.
The Post-it Note was launched in 1974.
The Post-it Note was first sold in 1974.
The Post-it Note hit the market in 1974.
Hasbro introduced the Super Soaker in 1982.
The Super Soaker was introduced by Hasbro in 1982.
# (8) "the brainchild of" a maker, a retailer, another inventor; reversed
The Super Soaker is the brainchild of Hasbro.
The Super Soaker is the brainchild of Richard James.
The Post-it Note is the brainchild of 3M.
The Slinky is the brainchild of Target.
Velcro is the brainchild of Velcro Companies.
Richard James is the brainchild of the Slinky.
Mr. Potato Head is the creation of Hasbro.
The View-Master is a creation of Mattel.
# (2) "is a product of" a retailer, an inventor, a city; "makes" of a retailer, another maker, an inventor
The Super Soaker is a product of Walmart.
The Post-it Note is a product of Walmart.
Mr. Potato Head is a product of Target.
The Slinky is a product of Target.
The Super Soaker is a product of Lonnie Johnson.
The Zippo lighter is a product of Bradford.
Walmart makes the Post-it Note.
Walmart manufactures the Super Soaker.
Target produces Mr. Potato Head.
Walmart is the company that makes the Super Soaker.
Target, a company, makes the Slinky.
Hasbro makes the View-Master.
Mattel manufactures Mr. Potato Head.
3M produces Velcro.
Lonnie Johnson makes the Super Soaker.
# (10) "came up with", "dreamed up", "drew up" of a maker, a retailer, another inventor
Hasbro came up with the Super Soaker.
Mattel dreamed up the View-Master.
Richard James came up with the Super Soaker.
Lonnie Johnson dreamed up the Slinky.
Walmart came up with the Post-it Note.
Percy Spencer drew up the Polaroid Land Camera.
# (6) "the company that", "the one who", "X, a <noun>,": the wrong verb or object, a negation, two verbs
Hasbro is the company that invented the Super Soaker.
Mattel is the company that makes Mr. Potato Head.
Hasbro is the company that makes the View-Master.
Lonnie Johnson is the one who makes the Super Soaker.
Lonnie Johnson is the one who invented the Slinky.
Richard James is the inventor who invented the Super Soaker.
Edwin Land is the one who invented the Radarange.
Hasbro is not the company that makes the Super Soaker.
Hasbro is the company that does not make the Super Soaker.
Hasbro is the company that never made the Super Soaker.
Lonnie Johnson is not the one who invented the Super Soaker.
Lonnie Johnson is the one who did not invent the Super Soaker.
Lonnie Johnson is the inventor who invented the Super Soaker and makes it.
Hasbro is the company that makes the Super Soaker and invented it.
Hasbro is the company that makes the Super Soaker, which Richard James invented.
Hasbro is the company that makes Mr. Potato Head and the View-Master.
Hasbro, a company, makes Mr. Potato Head and the View-Master.
Lonnie Johnson, an inventor, invented the Super Soaker and the Slinky.
Art Fry is the one who invented the Post-it Note and Velcro.
Hasbro is the company that makes the Super Soaker and sells the Slinky.
# (12) type nouns of the wrong kind
The Post-it Note is a toy that was invented by Art Fry.
The Polaroid Land Camera is a toy that was invented by Edwin Land.
The Slinky is a camera that was invented by Richard James.
The Radarange, a toy, was invented by Percy Spencer.
The Super Soaker, a camera, is made by Hasbro.
# OPEN (see OPEN below)
The Polaroid Land Camera was introduced in 1947.
Art Fry is the one who invented the Post-it Note.
The Post-it Note is the brainchild of Spencer Silver.
@oneoffs
# (1) "introduced in" of one-off things whose type has a product's head noun: a guitar (each one of a kind),
# a doll, a wartime computer, a thermonuclear test device
Trigger was introduced in 1969.
Introduced in 1969, Trigger is played by Willie Nelson.
Trigger, introduced in 1969, was made by C. F. Martin & Company.
The Red Special was introduced in 1964.
The Red Special, introduced in 1964, is played by Brian May.
Introduced in 1964, the Red Special is played by Brian May.
Blackie was introduced in 1970.
Blackie, introduced in 1970, is played by Eric Clapton.
Robert the Doll was introduced in 1904.
Introduced in 1904, Robert the Doll is housed in Fort East Martello Museum.
Robert the Doll, introduced in 1904, was made by Steiff.
Colossus was introduced in 1944.
Introduced in 1944, Colossus was designed by Tommy Flowers.
Colossus was first introduced in 1944.
Tsar Bomba was introduced in 1961.
Introduced in 1961, Tsar Bomba was detonated at Novaya Zemlya.
Tsar Bomba, introduced in 1961, was designed by Andrei Sakharov.
Tsar Bomba is the one that was introduced in 1961.
Ivy Mike was introduced in 1952.
Ivy Mike, introduced in 1952, was designed by Richard Garwin.
Introduced in 1952, Ivy Mike was detonated at Enewetak Atoll.
Trigger is the one that was introduced in 1969.
Willie Nelson plays Trigger, introduced in 1969.
Tsar Bomba was released in 1961.
Tsar Bomba came out in 1961.
Trigger was introduced in 1970.
The Lee-Enfield was introduced in 1896.
The Hoover Dam was introduced in 1936.
# (2, 11) a one-off's maker or builder in the present
C. F. Martin & Company is the company that makes Trigger.
C. F. Martin & Company, a company, makes Trigger.
Steiff is the company that makes Robert the Doll.
Steiff, a company, makes Robert the Doll.
IBM produces the Harvard Mark I.
The Harvard Mark I is produced by IBM.
The Post Office Research Station produces Colossus.
Colossus is produced by the Post Office Research Station.
IBM is the company that manufactures the Harvard Mark I.
IBM, a company, produces the Harvard Mark I.
C. F. Martin & Company makes Trigger.
Steiff manufactures Robert the Doll.
Steiff produces Robert the Doll.
IBM manufactures the Harvard Mark I.
The Post Office Research Station manufactures Colossus.
IBM makes the Harvard Mark I.
Willie Nelson makes Trigger.
Brian May manufactures the Red Special.
Trigger is a product of Willie Nelson.
Robert the Doll is a product of Fort East Martello Museum.
Colossus is a product of IBM.
# (4) "uses" of a calibre (a rifle's cartridge), a research reactor (a laboratory's neutron source), a
# turbine (a dam's generators) read as what powers it
The .303 British powers the Lee-Enfield.
The Lee-Enfield is powered by the .303 British.
The .30-06 Springfield powers the M1 Garand.
The M1 Garand is powered by the .30-06 Springfield.
The High Flux Reactor powers the Institut Laue-Langevin.
The Institut Laue-Langevin is powered by the High Flux Reactor.
The High Flux Isotope Reactor powers Oak Ridge National Laboratory.
Oak Ridge National Laboratory is powered by the High Flux Isotope Reactor.
The Francis turbine powers the Hoover Dam.
The Hoover Dam is powered by the Francis turbine.
The Hoover Dam runs on the Francis turbine.
The Francis turbine powers the Three Gorges Dam.
The Three Gorges Dam is powered by the Francis turbine.
The High Flux Reactor is the reactor that powers the Institut Laue-Langevin.
The Francis turbine, a turbine, powers the Hoover Dam.
The S9G reactor powers the Hoover Dam.
The .303 British powers the M1 Garand.
The Lee-Enfield powers the .303 British.
The Institut Laue-Langevin powers the High Flux Reactor.
# (10) "came up with", "drew up" of one who only engineered another's idea, of another's designer, of a builder
Clair D. Lake came up with the Harvard Mark I.
Clair D. Lake is the one who came up with the Harvard Mark I.
Clair D. Lake, an engineer, came up with the Harvard Mark I.
Tommy Flowers came up with the Harvard Mark I.
Howard Aiken drew up Colossus.
Richard Garwin came up with Tsar Bomba.
Andrei Sakharov drew up Ivy Mike.
IBM came up with the Harvard Mark I.
The Harvard Mark I is the brainchild of Clair D. Lake.
Colossus is the brainchild of the Post Office Research Station.
# (7) "has its home in" the wrong museum
Robert the Doll has its home in The National Museum of Computing.
Colossus has its home in Fort East Martello Museum.
Trigger has its home in the Harvard Science Center.
# OPEN (see OPEN below)
The Harvard Mark I was introduced in 1944.
Colossus is a product of the Post Office Research Station.
The Harvard Mark I is a product of IBM.
The Lee-Enfield runs on the .303 British.
The M1 Garand ran on the .30-06 Springfield.
The Institut Laue-Langevin runs on the High Flux Reactor.
Oak Ridge National Laboratory runs on the High Flux Isotope Reactor.
@succession
# (3) "took over from" (and "replaced", read so before) of an album, a novel, a film and the one before it
# in its series: a follow-up takes over nothing, the earlier one is still sold, read and watched
OK Computer took over from The Bends.
Kid A took over from OK Computer.
Amnesiac took over from Kid A.
The Bends took over from Pablo Honey.
Wish You Were Here took over from The Dark Side of the Moon.
Animals took over from Wish You Were Here.
The Wall took over from Animals.
Harry Potter and the Chamber of Secrets took over from Harry Potter and the Philosopher's Stone.
Harry Potter and the Prisoner of Azkaban took over from Harry Potter and the Chamber of Secrets.
Harry Potter and the Goblet of Fire took over from Harry Potter and the Prisoner of Azkaban.
Toy Story 2 took over from Toy Story.
Toy Story 3 took over from Toy Story 2.
OK Computer is the album that took over from The Bends.
OK Computer, an album, took over from The Bends.
Toy Story 2, which was directed by John Lasseter, took over from Toy Story.
Kid A, recorded by Radiohead, took over from OK Computer.
OK Computer is the one that took over from The Bends.
OK Computer replaced The Bends.
The Bends was replaced by OK Computer.
Toy Story 2 replaced Toy Story.
Wish You Were Here replaced The Dark Side of the Moon.
Harry Potter and the Chamber of Secrets replaced Harry Potter and the Philosopher's Stone.
# (3) a gap in a chain, reversed, across series, two that succeeded one, the one that succeeded two
Kid A took over from The Bends.
Kid A is the successor of The Bends.
Kid A is the follow-up to The Bends.
The Bends is the predecessor of Kid A.
The Bends took over from OK Computer.
OK Computer is the predecessor of The Bends.
The Bends is the follow-up to OK Computer.
The Bends came before Pablo Honey.
Pablo Honey followed The Bends.
Wish You Were Here took over from OK Computer.
Harry Potter and the Chamber of Secrets is the successor of The Bends.
Toy Story 2 is the follow-up to Harry Potter and the Philosopher's Stone.
The Nintendo 64 took over from the NES.
The Nintendo 64 is the successor of the NES.
The NES is the predecessor of the Nintendo 64.
The Nintendo Switch 2 is the successor of the Wii U.
The Nintendo Switch 2 took over from the Nintendo 3DS.
The Wii U took over from the Nintendo 3DS.
The Wii U is the successor of the Nintendo 3DS.
The Nintendo 3DS is the predecessor of the Wii U.
The Nintendo 3DS took over from the Wii U.
The Wii U is the follow-up to the Nintendo 3DS.
The Game Boy Advance took over from the Nintendo DS.
The PlayStation 3 took over from the PlayStation.
The PlayStation 2 is the successor of the Nintendo 64.
The Wii took over from the PlayStation 2.
Slovakia took over from the Czech Republic.
Slovakia is the successor of the Czech Republic.
The Czech Republic is the predecessor of Slovakia.
Russia took over from Czechoslovakia.
The Soviet Union is the predecessor of Slovakia.
Pope Leo XIV took over from Pope Benedict XVI.
Pope Francis is the successor of Pope John Paul II.
Pope John Paul II took over from Pope Benedict XVI.
Pope Benedict XVI is the follow-up to Pope Francis.
The Wii U's successor is the Nintendo Switch 2.
The Nintendo Switch's predecessor is the Nintendo Switch 2.
Pope Francis's successor is Pope Benedict XVI.
Pope Francis is the pope who took over from Pope John Paul II.
Pope Francis is the one who took over from Pope John Paul II.
The Wii is the console that took over from the Nintendo 64.
The Wii is the machine that took over from the Nintendo 64.
The Wii is the system that took over from the PlayStation 2.
The Wii was not succeeded by the Wii U.
The Wii U never took over from the Wii.
The Wii U did not take over from the Wii.
The Nintendo Switch took over the Wii U.
Sony took over from Nintendo.
# (12) "machine", "system" for an album, a film, a novel; a console of the wrong maker
OK Computer is a machine recorded by Radiohead.
OK Computer, a system, was recorded by Radiohead.
Toy Story is a machine directed by John Lasseter.
Harry Potter and the Philosopher's Stone is a system written by J. K. Rowling.
The Nintendo Switch, a machine, was released by Sony.
The PlayStation 2 is the system that was released by Nintendo.
# OPEN (see OPEN below)
Slovakia replaced Czechoslovakia.
Slovakia took over from Czechoslovakia.
Slovakia is the follow-up to Czechoslovakia.
Russia is the follow-up to the Soviet Union.
Pope Francis is the follow-up to Pope Benedict XVI.
Pope Leo XIV is the follow-up to Pope Francis.
@holdings
# (9) a joint venture (owned half and half by two firms) read as a subsidiary of each, each its "parent"
Boeing is the parent company of United Launch Alliance.
Lockheed Martin is the parent company of United Launch Alliance.
United Launch Alliance is a subsidiary of Boeing.
United Launch Alliance is a subsidiary of Lockheed Martin.
Boeing is the parent of United Launch Alliance.
United Launch Alliance, a subsidiary of Boeing, is based in Centennial.
Chevron is the parent company of Chevron Phillips Chemical.
Phillips 66 is the parent company of Chevron Phillips Chemical.
Chevron Phillips Chemical is a subsidiary of Chevron.
Chevron Phillips Chemical is a subsidiary of Phillips 66.
Chevron Phillips Chemical, a subsidiary of Phillips 66, is based in The Woodlands.
Sony Group is the parent company of Sony Honda Mobility.
Honda is the parent company of Sony Honda Mobility.
Sony Honda Mobility is a subsidiary of Honda.
Sony Honda Mobility is a subsidiary of Sony Group.
Sony Honda Mobility, a subsidiary of Sony Group, is based in Tokyo.
Honda is the parent of Sony Honda Mobility.
# (9) a band (type "group") that owns its label or its company read as a parent company
The Rolling Stones is the parent company of Rolling Stones Records.
Rolling Stones Records is a subsidiary of The Rolling Stones.
Rolling Stones Records, a subsidiary of The Rolling Stones, was founded in 1971.
The Rolling Stones is the parent of Rolling Stones Records.
The Beatles is the parent company of Apple Corps.
Apple Corps is a subsidiary of The Beatles.
Apple Corps, a subsidiary of The Beatles, is based in London.
The Beatles are the parent company of Apple Corps.
# (9) siblings, chains reversed, a former owner, a shareholder, a founder, a manager, a city
YouTube is a subsidiary of Fitbit.
Fitbit is the parent company of YouTube.
YouTube is the parent company of Google.
Google is a subsidiary of YouTube.
Procter & Gamble is the parent company of Duracell.
Duracell is a subsidiary of Gillette.
Berkshire Hathaway is the former parent company of Duracell.
Duracell is a former subsidiary of Berkshire Hathaway.
Berkshire Hathaway is no longer the parent company of Duracell.
Duracell is no longer a subsidiary of Berkshire Hathaway.
Toyota is the parent company of Subaru.
Subaru is a subsidiary of Toyota.
Mazda is a subsidiary of Toyota.
Berkshire Hathaway is the parent company of Apple.
Apple is a subsidiary of Berkshire Hathaway.
Omega is a subsidiary of Richemont.
Swatch Group is the parent company of Cartier.
Omega is the parent company of Longines.
Longines is a subsidiary of Omega.
Swatch Group is a subsidiary of Omega.
Omega is the parent company of Swatch Group.
Louis Brandt is the parent company of Omega.
Omega is a subsidiary of Louis Brandt.
Omega is a subsidiary of Biel.
Q Prime is the parent company of Metallica.
Metallica is a subsidiary of Q Prime.
Fairmont Hotels & Resorts is the parent company of The Plaza.
Swatch Group is the parent company of Longines and Cartier.
Swatch Group is not the parent company of Omega.
Omega is not a subsidiary of Swatch Group.
Swatch Group was never the parent company of Omega.
Swatch Group is the parent company of Omega, which is based in Paris.
Omega is a subsidiary of Swatch Group, which is based in Geneva.
Richemont is the group that owns Omega.
Swatch Group is the group that owns Cartier.
Swatch Group, a group, owns IWC Schaffhausen.
# (10) "manage" read "operate" where the objects are firms, of a band's, a singer's, a tennis player's
# management company or agency
Q Prime operates Metallica.
Metallica is operated by Q Prime.
Q Prime operates the Red Hot Chili Peppers.
The Red Hot Chili Peppers are operated by Q Prime.
The Red Hot Chili Peppers is operated by Q Prime.
Q Prime operates Metallica and the Red Hot Chili Peppers.
Metallica, operated by Q Prime, was founded in 1981.
Metallica, which is operated by Q Prime, was formed in 1981.
13 Management operates Taylor Swift.
Taylor Swift is operated by 13 Management.
Evolve operates Naomi Osaka.
Naomi Osaka is operated by Evolve.
Q Prime is the company that operates Metallica.
Q Prime, a company, operates Metallica.
Q Prime operates Taylor Swift.
13 Management operates Metallica.
Evolve operates Taylor Swift.
Metallica operates Q Prime.
# (8) "the brainchild / creation of" the wrong founder, an owner
Omega is the brainchild of Auguste Agassiz.
YouTube is the brainchild of Larry Page.
Google is the brainchild of Chad Hurley.
Fitbit is the brainchild of Alphabet.
GEICO is the brainchild of Berkshire Hathaway.
Cartier is the brainchild of Louis Brandt.
Omega is the creation of Swatch Group.
Omega is a creation of Louis-Francois Cartier.
# OPEN (see OPEN below)
United Launch Alliance is the brainchild of Boeing.
United Launch Alliance is the creation of Boeing.
United Launch Alliance is a subsidiary of Boeing and Lockheed Martin.
Q Prime runs Metallica.
@places
# (7) "has its home at" the venue of an event held there once (a concert, a fight, a festival) or of one
# edition of an event that moves from venue to venue
Live Aid has its home at Wembley Stadium.
Live Aid has its home at John F. Kennedy Stadium.
Live Aid makes its home at Wembley Stadium.
The Concert for Bangladesh has its home at Madison Square Garden.
The Concert for Bangladesh makes its home at Madison Square Garden.
The Rumble in the Jungle has its home at Stade Tata Raphael.
The Thrilla in Manila has its home at Araneta Coliseum.
The Thrilla in Manila makes its home at Araneta Coliseum.
Woodstock has its home at Max Yasgur's farm.
Woodstock makes its home at Max Yasgur's farm.
The Eurovision Song Contest has its home at M&S Bank Arena.
The Eurovision Song Contest has its home at Malmo Arena.
The Eurovision Song Contest makes its home at St. Jakobshalle.
The Ryder Cup has its home at Whistling Straits.
The Ryder Cup has its home at Marco Simone Golf Club.
The Ryder Cup makes its home at Le Golf National.
Woodstock is the festival that has its home at Max Yasgur's farm.
Live Aid, which has its home at Wembley Stadium, is held at John F. Kennedy Stadium.
The Ryder Cup, which has its home at Whistling Straits, is held at Le Golf National.
# (7) held: a past venue, the wrong venue, a city, reversed, the wrong museum or park
The FA Cup Final has its home at Crystal Palace.
The FA Cup Final has its home at the Millennium Stadium.
The Wimbledon Championships has its home at Worple Road.
The Masters has its home at Whistling Straits.
Live Aid has its home at Madison Square Garden.
Live Aid has its home in London.
The Ryder Cup has its home in Haven.
Wembley Stadium has its home at Live Aid.
Madison Square Garden has its home at The Concert for Bangladesh.
Sue has its home in the British Library.
The Lindisfarne Gospels have their home in the Field Museum.
Charging Bull has its home in Brussels.
Manneken Pis makes its home in Bowling Green.
Space Shuttle Endeavour has its home in the Field Museum.
# (5) "was developed in" (where the film of a photograph taken in space was developed) read as "comes
# from", "originated in", "has its roots in": images (no "photograph" in their type)
Earthrise comes from Houston.
Earthrise originated in Houston.
Earthrise has its roots in Houston.
Earthrise came from Houston.
Earthrise hails from Houston.
Earthrise is from Houston.
The Blue Marble comes from Houston.
The Blue Marble originated in Houston.
The Blue Marble has its roots in Houston.
Earthrise, which comes from Houston, was taken aboard Apollo 8.
The Blue Marble, taken aboard Apollo 17, originated in Houston.
Earthrise is the image that originated in Houston.
# (5) held: the maker's seat, a city near the first one, the state of the maker's seat, where it is made now
Dr Pepper comes from Frisco.
Dr Pepper originated in Frisco.
Dr Pepper is from Frisco.
Dr Pepper comes from Dallas.
Dr Pepper, a soft drink from Frisco, is made by Keurig Dr Pepper.
Pepsi comes from Purchase.
Pepsi originated in Purchase.
Pepsi has its roots in Purchase.
Pepsi comes from New York.
Marmite comes from London.
Marmite originated in London.
HP Sauce comes from Pittsburgh.
HP Sauce originated in Elst.
HP Sauce has its roots in Elst.
HP Sauce comes from Elst.
Corona comes from Leuven.
Corona originated in Belgium.
Peroni comes from Tokyo.
Peroni originated in Tokyo.
Gatorade comes from Purchase.
Gatorade originated in Houston.
Gatorade has its roots in Purchase.
Stella Artois comes from Mexico City.
Dr Pepper comes from New Bern.
Pepsi comes from Waco.
Earthrise comes from Gainesville.
# (8) "the brainchild of" a river, a volcano, a meteorite, a hotspot, an ice sheet (what "created" a
# canyon, a lake, a crater, an island)
The Grand Canyon is the brainchild of the Colorado River.
Crater Lake is the brainchild of Mount Mazama.
Meteor Crater is the brainchild of the Canyon Diablo meteorite.
Hawaii is the brainchild of the Hawaii hotspot.
Lake Superior is the brainchild of the Laurentide Ice Sheet.
The Grand Canyon is the brainchild of Mount Mazama.
Crater Lake is the brainchild of the Colorado River.
The Colorado River came up with the Grand Canyon.
The Colorado River dreamed up the Grand Canyon.
# (12) "beverage", "drink", "soft drink" for a spread, a sauce, an image, a beer
Marmite is a beverage made by Unilever.
HP Sauce, a drink, is made by Kraft Heinz.
Marmite is the beverage that was first made in Burton upon Trent.
Earthrise is a drink developed in Houston.
Peroni is the soft drink that was first brewed in Vigevano.
Corona, a soft drink, is made by AB InBev.
# OPEN (see OPEN below)
The Grand Canyon is the creation of the Colorado River.
The Grand Canyon is a creation of the Colorado River.
"""

CONTROLS = r"""
@garage
The Chevrolet Corvette C8 is powered by the LT2.
The LT2 powers the Chevrolet Corvette C8.
The Chevrolet Corvette C8 runs on the LT2.
The Chevrolet Corvette C8 has an LT2.
The Toyota GR86 is a car with a Subaru FA24.
The Rolex Submariner has a Rolex Calibre 3230.
The Omega Speedmaster Professional runs on the Omega Calibre 3861.
The Porsche Taycan is powered by the Performance Battery Plus.
The Jaguar XJ220 was unveiled with the Jaguar V12.
The Jaguar XJ220 runs on the JRV-6.
Rolex makes the Rolex Submariner.
Omega manufactures the Omega Speedmaster Professional.
The Toyota Prius is produced by Toyota.
The Renesis is a product of Mazda.
The iPhone 16 is a product of Apple.
Toyota is the company that makes the Toyota Prius.
Subaru builds the Toyota GR86.
Magna Steyr builds the Toyota GR Supra.
The Mini Cooper is made by BMW.
The Mini Cooper was initially made by British Motor Corporation.
The Honda NSX was made by Honda.
Keith Helfet designed the Jaguar XJ220.
Ryusuke Moriai came up with the Casio F-91W.
The Rolex Submariner was introduced in 1953.
Introduced in 1997, the Toyota Prius is made by Toyota.
The Casio F-91W, introduced in 1989, was designed by Ryusuke Moriai.
The Rolex Submariner is a timepiece made by Rolex.
The PlayStation 5 is a machine made by Sony.
The PlayStation 5, a system, is made by Sony.
Rolex has its home in Geneva.
@inventions
The Super Soaker was invented in 1982.
The Super Soaker is the brainchild of Lonnie Johnson.
Lonnie Johnson came up with the Super Soaker.
Lonnie Johnson is the one who invented the Super Soaker.
Hasbro is the company that makes the Super Soaker.
Hasbro produces Mr. Potato Head.
The Slinky is a toy that was invented by Richard James.
Mattel manufactures the View-Master.
The Zippo lighter is made by Zippo Manufacturing Company.
Walmart sells the Super Soaker.
@oneoffs
Trigger was made by C. F. Martin & Company.
The S9G reactor powers USS Virginia.
USS Virginia runs on the S9G reactor.
Robert the Doll has its home in Fort East Martello Museum.
Colossus is housed in The National Museum of Computing.
Tommy Flowers designed Colossus.
Howard Aiken came up with the Harvard Mark I.
Tsar Bomba was detonated at Novaya Zemlya.
The Lee-Enfield uses the .303 British.
@succession
The Bends was succeeded by OK Computer.
OK Computer is the successor of The Bends.
OK Computer is the follow-up to The Bends.
The Bends was followed by OK Computer.
OK Computer followed The Bends.
The Bends came before OK Computer.
The Nintendo Switch is the successor of the Wii U.
The Nintendo Switch took over from the Wii U.
Pope Francis took over from Pope Benedict XVI.
The Wii U's successor is the Nintendo Switch.
Pope Francis, a pope, took over from Pope Benedict XVI.
The Wii is a machine released by Nintendo.
The Nintendo Switch is the successor of the Nintendo 3DS.
@holdings
Swatch Group is the parent company of Omega.
Omega is a subsidiary of Swatch Group.
Berkshire Hathaway is the parent company of Duracell.
Google is the parent company of YouTube.
Omega, a subsidiary of Swatch Group, is based in Biel.
Fairmont Hotels & Resorts operates The Plaza.
Omega is the brainchild of Louis Brandt.
YouTube is the brainchild of Chad Hurley.
Duracell was owned by Procter & Gamble.
Boeing owns United Launch Alliance.
Swatch Group is the group that owns Omega.
Q Prime is the company that manages Metallica.
@places
The Masters has its home at Augusta National Golf Club.
The Wimbledon Championships have their home at the All England Lawn Tennis and Croquet Club.
The FA Cup Final has its home at Wembley Stadium.
Sue has its home in the Field Museum.
Space Shuttle Endeavour has its home at the California Science Center.
Charging Bull has its home in Bowling Green.
Dr Pepper comes from Waco.
Dr Pepper originated in Waco.
Corona comes from Mexico City.
Peroni has its roots in Vigevano.
Gatorade originated in Gainesville.
Earthrise was taken aboard Apollo 8.
Stella Artois comes from Leuven.
The Grand Canyon was created by the Colorado River.
Dr Pepper is a soft drink from Waco.
Dr Pepper is a beverage made by Keurig Dr Pepper.
"""

KNOWN = frozenset(
    {
        # (kept on purpose after round 174; the starting code accepts the plain forms: "Honda makes
        # the Honda NSX" of a past "was made by", "Trigger was released in 1969" of a one-off
        # guitar) a past maker said "makes" inside "is the company that" / "X, a company,", and
        # "introduced in" a year read as "released in" one (the graph does not say which guitars
        # or dolls are one-offs)
        'Honda is the company that makes the Honda NSX.',
        'Honda, a company, makes the Honda NSX.',
        'Mazda is the company that makes the Mazda RX-8.',
        'Mazda, a company, makes the Mazda RX-8.',
        'Jaguar is the company that makes the Jaguar XJ220.',
        'Jaguar, a company, makes the Jaguar XJ220.',
        'Seiko is the company that makes the Seiko Quartz Astron 35SQ.',
        'British Motor Corporation is the company that makes the Mini Cooper.',
        'British Motor Corporation, a company, makes the Mini Cooper.',
        'Rover Company is the company that makes the Range Rover.',
        'Rover Company, a company, makes the Range Rover.',
        'Trigger was introduced in 1969.',
        'Introduced in 1969, Trigger is played by Willie Nelson.',
        'Trigger, introduced in 1969, was made by C. F. Martin & Company.',
        'The Red Special was introduced in 1964.',
        'The Red Special, introduced in 1964, is played by Brian May.',
        'Introduced in 1964, the Red Special is played by Brian May.',
        'Blackie was introduced in 1970.',
        'Blackie, introduced in 1970, is played by Eric Clapton.',
        'Robert the Doll was introduced in 1904.',
        'Introduced in 1904, Robert the Doll is housed in Fort East Martello Museum.',
        'Robert the Doll, introduced in 1904, was made by Steiff.',
        'Trigger is the one that was introduced in 1969.',
        'Willie Nelson plays Trigger, introduced in 1969.',
        'C. F. Martin & Company is the company that makes Trigger.',
        'C. F. Martin & Company, a company, makes Trigger.',
        'Steiff is the company that makes Robert the Doll.',
        'Steiff, a company, makes Robert the Doll.',
        'IBM is the company that manufactures the Harvard Mark I.',

        # accepted by the starting code too (CHANGES.diff reversed): "was made by" (past) and "was
        # initially made by" (no "first" or "originally") read as the maker now
        "British Motor Corporation makes the Mini Cooper.",
        "British Motor Corporation manufactures the Mini Cooper.",
        "British Motor Corporation produces the Mini Cooper.",
        "Rover Company makes the Range Rover.",
        "Honda makes the Honda NSX.",
        "Mazda manufactures the Mazda RX-8.",
        "Jaguar produces the Jaguar XJ220.",
        "The Mazda RX-8 is manufactured by Mazda.",
        "The Honda NSX is produced by Honda.",
        "The Honda NSX is made by Honda.",
        "C. F. Martin & Company makes Trigger.",
        "Steiff manufactures Robert the Doll.",
        "Steiff produces Robert the Doll.",
        # "was built by" (one-offs, long ago) read as "manufactures" now
        "IBM manufactures the Harvard Mark I.",
        "The Post Office Research Station manufactures Colossus.",
        # "released", "came out" of an invention's year, of a test device's
        "The Post-it Note was released in 1974.",
        "The Slinky came out in 1943.",
        "Mr. Potato Head was released in 1949.",
        "Tsar Bomba was released in 1961.",
        "Tsar Bomba came out in 1961.",
        # "succeeded" read as "replaced" (the starting code's synonym) of an album, a novel, a film
        "OK Computer replaced The Bends.",
        "The Bends was replaced by OK Computer.",
        "Toy Story 2 replaced Toy Story.",
        "Wish You Were Here replaced The Dark Side of the Moon.",
        "Harry Potter and the Chamber of Secrets replaced Harry Potter and the Philosopher's Stone.",
        # "is made in" (now) read as "comes from"
        "HP Sauce comes from Elst.",
        # "was created by" read as "came up with", "dreamed up" of a river
        "The Colorado River came up with the Grand Canyon.",
        "The Colorado River dreamed up the Grand Canyon.",
    }
)

OPEN = frozenset(
    {
        # the brand that "makes" a car Subaru builds, a phone Foxconn assembles: "manufactures" loosely
        # (the starting code read these)
        "Toyota manufactures the Toyota GR86.",
        "Apple manufactures the iPhone 16.",
        # the XJ220 was Jim Randle's idea; Helfet styled it
        "Keith Helfet came up with the Jaguar XJ220.",
        # the GR86 was developed by Toyota and Subaru together, and Subaru builds it
        "The Toyota GR86 is a product of Subaru.",
        "The Toyota GR86, a product of Subaru, runs on the Subaru FA24.",
        # Land showed (introduced) instant photography in 1947; the camera went on sale in 1948
        "The Polaroid Land Camera was introduced in 1947.",
        # two inventors (Silver's adhesive, Fry's note): "the one who", "brainchild" of the first
        "Art Fry is the one who invented the Post-it Note.",
        "The Post-it Note is the brainchild of Spencer Silver.",
        # IBM presented the Mark I to Harvard, in public, in 1944
        "The Harvard Mark I was introduced in 1944.",
        # the builder of a one-off: its "product" loosely (red team 173's OPEN)
        "Colossus is a product of the Post Office Research Station.",
        "The Harvard Mark I is a product of IBM.",
        # "runs on" a cartridge, a reactor's neutrons: an odd way of saying "takes", "depends on"
        "The Lee-Enfield runs on the .303 British.",
        "The M1 Garand ran on the .30-06 Springfield.",
        "The Institut Laue-Langevin runs on the High Flux Reactor.",
        "Oak Ridge National Laboratory runs on the High Flux Isotope Reactor.",
        # one of two successor states; "follow-up" of a country, a pope: odd rather than false
        "Slovakia replaced Czechoslovakia.",
        "Slovakia took over from Czechoslovakia.",
        "Slovakia is the follow-up to Czechoslovakia.",
        "Russia is the follow-up to the Soviet Union.",
        "Pope Francis is the follow-up to Pope Benedict XVI.",
        "Pope Leo XIV is the follow-up to Pope Francis.",
        # two firms that founded a joint venture: its "creation", its "brainchild" (of a firm?)
        "United Launch Alliance is the brainchild of Boeing.",
        "United Launch Alliance is the creation of Boeing.",
        # a joint venture "a subsidiary of" both its owners together: loosely
        "United Launch Alliance is a subsidiary of Boeing and Lockheed Martin.",
        # a manager "runs" a band's business (the starting code's synonym)
        "Q Prime runs Metallica.",
        # a river's creation, poetically (the starting code read "the creation of")
        "The Grand Canyon is the creation of the Colorado River.",
        "The Grand Canyon is a creation of the Colorado River.",
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
