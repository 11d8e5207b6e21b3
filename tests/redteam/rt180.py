"""Red team round 180 on the readings added after the last two rounds (CHANGES_second.diff): (1)
"X has a N of V and a M of W" (a later "and / , a <noun> of" takes the same "has"), (2) "is preserved
as a museum ship in" / "is preserved at" read "is kept / housed / preserved in / at", (3) "is credited
to" read "was invented / created / devised by", "invented", "came up with", "is credited with", (4)
"was first awarded in 2003, to X", (5) a relation "<verb> (...) with (a/the)" read "uses", "relies
on", (6) "the dish / the film" before "counts Y among its Ns" / "has Y as its N", (7) a run of two
names after a comma or "and" read as a gapped clause, (8) "hangs in" read "is in / located / housed
/ kept / displayed in", "studied at" read "attended", "went to", "was educated at", (9) a general
noun ("the prize", "the ship", "the film") names only the item named last, and the past noun of a
relation that is over is no longer read, (10) the WebNLG aliases ("Naples, in Italy", "Naples
(Italy)", "66063 1998 RO1").

Six graphs of my own (see each builder's docstring): rocks (asteroids with WebNLG measures and
aliases, a comet whose measures are past, fossils preserved in rock, observatories in "City,
Country"), ships (museum ships, a museum ship no more, an abandoned and a formerly moored ship, a
replica, a war grave, aircraft that hang in or were stored at museums, measures and a crew of the
past, collisions and convoys, a base that was a home port), culture (tapestries and paintings that
hang in, were lent to, stolen from or hung in a place; universities with alumni, lecturers,
honorary graduates, a founder and chancellors of the past), credits (dishes, inventions and songs
credited to people who did not first make or write them, namesakes, popularizers, wines a dish goes
with and sides it comes with), machines (printers, browsers, looms and lathes with instruments,
instruments given up, launch titles, bundles, rivals, integrated services, synced apps, drug
interactions), prizes (first winners and years); and the shipped example graph (movies) for (6),
(7) and (9).

Findings (66 of 484 false texts accepted; the starting code, 4b112d3, accepts none of them, nor does
e6924ac, but 19 others, the KNOWN ones; 15 arguable texts are OPEN):

* (5) every "<verb> with" whose verb is not in the partner list reads "uses" / "relies on", so the
  "with" of a collision, an orbit, a convoy, a wine, a side, a launch title, a bundle, a service, an
  app or a drug interaction is an instrument (39): "Shoemaker-Levy 9 uses / relies on Jupiter"
  (collided with), "3753 Cruithne uses Earth" (co-orbits with), "SS Imo uses / relies on SS
  Mont-Blanc" (collided with), "HMS Belfast uses / relies on Convoy JW 55B" (sailed with), "Caesar
  salad uses / relies on Chardonnay", "Peach Melba uses Sauternes", "Pizza Margherita relies on
  Chianti" (goes well with), "Fish and chips uses / relies on mushy peas", "Nachos uses salsa",
  "Eggs Benedict relies on toast" (comes with), "The Nintendo 64 uses Super Mario 64 / relies on
  Pilotwings 64", "The PlayStation 2 uses Ridge Racer V" (launched with), "The Game Boy uses / relies
  on Tetris" (came bundled with), "Google Chrome uses / relies on Google Drive", "Firefox uses /
  relies on Pocket" (integrates with), "Firefox uses Firefox for iOS" (syncs with), "Warfarin uses /
  relies on Aspirin", "Simvastatin relies on Warfarin" (interacts with); in relative clauses, after
  "and", in recommendations ("Since you loved Firefox, try the Nintendo 64, which uses Super Mario
  64").
* (5) the phrase's tense and "formerly" are not kept: an instrument given up is used now (11):
  "Opera uses / relies on Presto", "Microsoft Edge uses / relies on EdgeHTML" (formerly rendered
  pages with), "The Jacquard loom uses / relies on the draw boy" (formerly wove with), "Opera uses
  Presto and Blink", "Google Chrome uses Blink, while Opera uses Presto", "Opera relies on Presto,
  just as Google Chrome relies on Blink", "Since you loved Firefox, try Opera, which relies on
  Presto", ...
* (3) "is credited to" is read as the making whatever else the graph says of it: a song credited to
  Lennon-McCartney that the other one wrote, a dish credited to Caesar Cardini that Livio Santini
  first made (13): "John Lennon created / came up with Yesterday", "Yesterday was devised / created by
  John Lennon", "Paul McCartney created / came up with Come Together", "Come Together was created by
  Paul McCartney", "Caesar Cardini invented / came up with Caesar salad", "Caesar salad was invented /
  created / devised by Caesar Cardini", "Auguste Escoffier invented Peach Melba, Caesar Cardini Caesar
  salad" (a gapped remnant, reading 7).
* (1) a crew of the past ("had a crew of"), which the starting code already reads in the present
  alone (KNOWN), is now also taken by the shared "has" (2): "USS Missouri has a crew of 2,700 men
  and a length of 270 m", "HMS Belfast has a crew of 750 men and a displacement of 11500 tonnes".
* (2) "is preserved as a <anything> in" of up to eight words reads "is housed in": a war grave on
  the seabed (1): "HMS Royal Oak is housed in the Scapa Flow anchorage" ("is kept in" and the
  replica's "The Golden Hind is kept / housed in London" are OPEN).

Held: (1) another asteroid's or ship's value, a value of the other measure, a measure not had
(diameter, wingspan, home port), units, the comet's past measures with "had", a second subject,
gapping, "the N of X is V", "but", "not", "no longer", relative clauses, appositions, users, "and a
moon / an atmosphere" with no "of". (2) the yard or city a ship was built in, a museum ship no more
("is kept / housed in New Orleans"; "is preserved in" is KNOWN), the place a ship was abandoned at
or formerly moored in, the facility a plane was stored at, another ship's place, negation, lists,
relative clauses, "like", gapping, users, reversed; a fossil's quarry. (3) the namesake, a
popularizer, a first maker not credited, the builder, another's creator, a laboratory, the present,
negations, wrong years, lists, gapping, relative clauses, "like", reversed, users. (4) a later
winner, another prize's, the namesake, the body, another year, lists, "later", "by", relative
clauses, negations, "like", reversed, users; years of lending, stealing, abandoning, patenting.
(5) "is topped / taken / fitted with" (copulas), "competes with", another's instrument, reversed,
negations, lists, "like", the passive. (6) "the film / movie / picture / dish / university" of the
item named last, across sentences, "has Y as one of its Ns", no antecedent. (7) a false remnant
after a comma, "and", "but", ";", a third remnant, a remnant of another verb, of another type's
first name, with a relative clause. (8) a museum a painting or a tapestry was lent to or stolen
from, a palace it hung in, the city it was woven in, another's museum; a university taught at,
honorary degrees, a founder, a chancellor, a city; tense, negation, lists, gapping, users,
reversed. (9) "the ship / vessel / prize / medal / award" of the item named last; the chancellor
and the home port of the past (the starting code's KNOWN acceptances are now rejected). (10) another
city or state in "City, in State" and "City (State)", another number before "1998 RO1".

Controls rejected (7 of 131): the three-item lists the shared "has" promises ("10 Hygiea has an
escape velocity of 0.21 km/s, an apoapsis of 523951582 km and a periapsis of 416136000 km", "HMS
Belfast has a length of 187 m, a beam of 20 m and a displacement of 11500 tonnes"); "The University
of Oxford is in Oxford" (accepted by the starting code: the new "is in" of "hangs in" on the same
graph takes it from "is based in"); "The Northrop loom uses a self-threading shuttle" ("uses a" of
"weaves with a"; "relies on a" is accepted); "3753 Cruithne co-orbits with Earth" (the phrase
itself is unread while its "uses" is accepted); and, rejected by the starting code too, "The Abel
Prize was first awarded in 2003 to Jean-Pierre Serre" (no comma) and "Heat was directed by Michael
Mann, and Casino stars Sharon Stone; the film counts Joe Pesci among its stars".
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
    if webnlg:  # every label's WebNLG aliases (reading 10), then the graph's own
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


def rocks():
    """Asteroids (items: the year each was discovered), a comet (an item, found 1993) and fossils
    (items: the year each was found), with WebNLG labels and the aliases ``webnlg_aliases`` gives
    them (reading 10: "(66063) 1998 RO1" is also "66063 1998 RO1"; "Naples, Italy" also "Naples, in
    Italy", "Naples (Italy)"). Measures said "has a / an <noun> of" (reading 1): escape velocity,
    apoapsis, periapsis, orbital period, rotation period, absolute magnitude; the comet "had a
    diameter of" and "had an orbital period of" (it broke up in 1994: past only). Asteroids "were
    discovered by" a person or a survey, "at" an observatory, "are named after" a figure; the comet
    "collided with" Jupiter and 3753 Cruithne "co-orbits with" Earth (withs of no instrument,
    reading 5). Fossils "are preserved in" a rock (reading 2's neighbour: the matrix that holds them,
    no place that keeps them), "are displayed at" a museum, "were found in" a quarry. Observatories
    "are located in" a city (WebNLG "City, Country" labels). Ida rated 10 Hygiea 5 and 4 Vesta 2."""
    rels = [
        R("esc", phrase="has an escape velocity of", inverse_phrase="is the escape velocity of",
          domain=("asteroid",), range=("velocity",)),
        R("apo", phrase="has an apoapsis of", inverse_phrase="is the apoapsis of", domain=("asteroid",),
          range=("distance",)),
        R("peri", phrase="has a periapsis of", inverse_phrase="is the periapsis of", domain=("asteroid",),
          range=("distance",)),
        R("period", phrase="has an orbital period of", inverse_phrase="is the orbital period of",
          domain=("asteroid",), range=("duration",)),
        R("rot", phrase="has a rotation period of", inverse_phrase="is the rotation period of",
          domain=("asteroid",), range=("duration",)),
        R("mag", phrase="has an absolute magnitude of", inverse_phrase="is the absolute magnitude of",
          domain=("asteroid",), range=("magnitude",)),
        R("diam_was", phrase="had a diameter of", inverse_phrase="was the diameter of", domain=("comet",),
          range=("distance",)),
        R("period_was", phrase="had an orbital period of", inverse_phrase="was the orbital period of",
          domain=("comet",), range=("duration",)),
        R("disc", phrase="was discovered by", inverse_phrase="discovered", domain=("asteroid", "comet"),
          range=("astronomer", "survey")),
        R("disc_at", phrase="was discovered at", inverse_phrase="is where was discovered",
          domain=("asteroid", "comet"), range=("observatory",)),
        R("named", phrase="is named after", inverse_phrase="gave its name to", domain=("asteroid", "comet"),
          range=("deity", "astronomer")),
        R("collided", phrase="collided with", inverse_phrase="was struck by", domain=("comet",), range=("planet",)),
        R("coorbits", phrase="co-orbits with", inverse_phrase="is co-orbited by", domain=("asteroid",), range=("planet",)),
        R("preserved_in", phrase="is preserved in", inverse_phrase="preserves", domain=("fossil",), range=("rock",)),
        R("displayed_at", phrase="is displayed at", inverse_phrase="displays", domain=("fossil",), range=("museum",)),
        R("found_in", phrase="was found in", inverse_phrase="is where was found", domain=("fossil",), range=("quarry",)),
        R("located", phrase="is located in", inverse_phrase="is the location of", domain=("observatory",),
          range=("city",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "a:hygiea": ("asteroid", "10 Hygiea", 1849), "a:vesta": ("asteroid", "4 Vesta", 1807),
        "a:ro1": ("asteroid", "(66063) 1998 RO1", 1998), "a:ganymed": ("asteroid", "1036 Ganymed", 1924),
        "a:helena": ("asteroid", "101 Helena", 1868), "a:cruithne": ("asteroid", "3753 Cruithne", 1986),
        "c:sl9": ("comet", "Shoemaker-Levy 9", 1993),
        "f:berlin": ("fossil", "Berlin Archaeopteryx", 1874), "f:sue": ("fossil", "Sue the T. rex", 1990),
        "f:spider": ("fossil", "Baltic amber spider", 1850),
    }
    others = {
        "v:021": ("velocity", "0.21 (kilometrePerSeconds)"), "v:036": ("velocity", "0.36 (kilometrePerSeconds)"),
        "v:0012": ("velocity", "0.012 (kilometrePerSeconds)"),
        "d:hyg_apo": ("distance", "523951582.0 (kilometres)"), "d:hyg_peri": ("distance", "416136000.0 (kilometres)"),
        "d:ves_apo": ("distance", "384000000.0 (kilometres)"), "d:ves_peri": ("distance", "321800000.0 (kilometres)"),
        "d:ro1_apo": ("distance", "254989570.60 (kilometres)"), "d:ro1_peri": ("distance", "129000000.0 (kilometres)"),
        "d:gan_apo": ("distance", "611000000.0 (kilometres)"), "d:sl9_diam": ("distance", "1.8 (kilometres)"),
        "t:hyg_per": ("duration", "2029.0 (days)"), "t:ves_per": ("duration", "1325.0 (days)"),
        "t:ro1_per": ("duration", "360.29 (days)"), "t:gan_per": ("duration", "1585.0 (days)"),
        "t:hel_per": ("duration", "1608.0 (days)"), "t:sl9_per": ("duration", "730.0 (days)"),
        "t:hyg_rot": ("duration", "13.82 (hours)"), "t:ves_rot": ("duration", "5.34 (hours)"),
        "m:543": ("magnitude", "5.43"), "m:320": ("magnitude", "3.20"), "m:1410": ("magnitude", "14.10"),
        "m:945": ("magnitude", "9.45"), "m:814": ("magnitude", "8.14"),
        "p:gasparis": ("astronomer", "Annibale de Gasparis"), "p:olbers": ("astronomer", "Heinrich Wilhelm Olbers"),
        "p:baade": ("astronomer", "Walter Baade"), "p:watson": ("astronomer", "James Craig Watson"),
        "p:cshoemaker": ("astronomer", "Carolyn Shoemaker"), "p:eshoemaker": ("astronomer", "Eugene Shoemaker"),
        "p:levy": ("astronomer", "David Levy"), "s:linear": ("survey", "Lincoln Near-Earth Asteroid Research"),
        "g:hygieia": ("deity", "Hygieia"), "g:vesta": ("deity", "Vesta (mythology)"),
        "g:ganymede": ("deity", "Ganymede (mythology)"), "g:helen": ("deity", "Helen of Troy"),
        "o:capodimonte": ("observatory", "Capodimonte Observatory"), "o:bergedorf": ("observatory", "Hamburg Observatory"),
        "o:palomar": ("observatory", "Palomar Observatory"), "o:detroit": ("observatory", "Detroit Observatory"),
        "o:socorro": ("observatory", "Lincoln Laboratory ETS"),
        "y:naples": ("city", "Naples, Italy"), "y:hamburg": ("city", "Hamburg, Germany"),
        "y:sandiego": ("city", "San Diego County, California"), "y:annarbor": ("city", "Ann Arbor, Michigan"),
        "y:socorro": ("city", "Socorro, New Mexico"), "y:bremen": ("city", "Bremen, Germany"),
        "k:solnhofen": ("rock", "Solnhofen limestone"), "k:hellcreek": ("rock", "Hell Creek sandstone"),
        "k:amber": ("rock", "Baltic amber"), "q:blumenberg": ("quarry", "Blumenberg quarry"),
        "q:faith": ("quarry", "Faith ranch"), "u:naturkunde": ("museum", "Museum für Naturkunde"),
        "u:field": ("museum", "Field Museum"),
        "x:jupiter": ("planet", "Jupiter"), "x:saturn": ("planet", "Saturn"), "x:earth": ("planet", "Earth"),
        "p:waldron": ("astronomer", "Duncan Waldron"), "o:siding": ("observatory", "Siding Spring Observatory"),
    }
    T_ = _t("esc", [("a:hygiea", "v:021"), ("a:vesta", "v:036"), ("a:ro1", "v:0012")])
    T_ += _t("apo", [("a:hygiea", "d:hyg_apo"), ("a:vesta", "d:ves_apo"), ("a:ro1", "d:ro1_apo"), ("a:ganymed", "d:gan_apo")])
    T_ += _t("peri", [("a:hygiea", "d:hyg_peri"), ("a:vesta", "d:ves_peri"), ("a:ro1", "d:ro1_peri")])
    T_ += _t("period", [("a:hygiea", "t:hyg_per"), ("a:vesta", "t:ves_per"), ("a:ro1", "t:ro1_per"),
                        ("a:ganymed", "t:gan_per"), ("a:helena", "t:hel_per")])
    T_ += _t("rot", [("a:hygiea", "t:hyg_rot"), ("a:vesta", "t:ves_rot")])
    T_ += _t("mag", [("a:hygiea", "m:543"), ("a:vesta", "m:320"), ("a:ro1", "m:1410"), ("a:ganymed", "m:945"),
                     ("a:helena", "m:814")])
    T_ += _t("diam_was", [("c:sl9", "d:sl9_diam")])
    T_ += _t("period_was", [("c:sl9", "t:sl9_per")])
    T_ += _t("disc", [("a:hygiea", "p:gasparis"), ("a:vesta", "p:olbers"), ("a:ro1", "s:linear"),
                      ("a:ganymed", "p:baade"), ("a:helena", "p:watson"), ("c:sl9", "p:cshoemaker"),
                      ("c:sl9", "p:eshoemaker"), ("c:sl9", "p:levy")])
    T_ += _t("disc_at", [("a:hygiea", "o:capodimonte"), ("a:vesta", "o:bergedorf"), ("a:ganymed", "o:bergedorf"),
                         ("a:helena", "o:detroit"), ("a:ro1", "o:socorro"), ("c:sl9", "o:palomar")])
    T_ += _t("named", [("a:hygiea", "g:hygieia"), ("a:vesta", "g:vesta"), ("a:ganymed", "g:ganymede"),
                       ("a:helena", "g:helen"), ("c:sl9", "p:eshoemaker"), ("c:sl9", "p:levy")])
    T_ += _t("collided", [("c:sl9", "x:jupiter")])
    T_ += _t("coorbits", [("a:cruithne", "x:earth")])
    T_ += _t("preserved_in", [("f:berlin", "k:solnhofen"), ("f:sue", "k:hellcreek"), ("f:spider", "k:amber")])
    T_ += _t("displayed_at", [("f:berlin", "u:naturkunde"), ("f:sue", "u:field")])
    T_ += _t("found_in", [("f:berlin", "q:blumenberg"), ("f:sue", "q:faith")])
    T_ += _t("disc", [("a:cruithne", "p:waldron")])
    T_ += _t("disc_at", [("a:cruithne", "o:siding")])
    T_ += _t("located", [("o:capodimonte", "y:naples"), ("o:bergedorf", "y:hamburg"), ("o:palomar", "y:sandiego"),
                         ("o:detroit", "y:annarbor"), ("o:socorro", "y:socorro")])
    T_ += [("user:ida", "rated", "a:hygiea", {"rating": 5.0}), ("user:ida", "rated", "a:vesta", {"rating": 2.0})]
    return _build(items, others, rels, T_, users=[("user:ida", "Ida")], webnlg=True)


def ships():
    """Museum ships, wrecks and aircraft (items: the year each was launched or first flew). A ship "is
    preserved as a museum ship in" a city or "is preserved at" a museum (reading 2: "is kept /
    housed / preserved in / at"); USS Cabot "was preserved as a museum ship in" New Orleans (scrapped
    in 2002: past only); SS Great Britain "was abandoned at" Sparrow Cove before its return to
    Bristol, where it "is preserved in" a dry dock; SS United States "was formerly moored in"
    Philadelphia; the Golden Hind "is preserved as a replica in" London (the ship is lost, a copy is
    there); HMS Royal Oak "is preserved as a war grave in" the Scapa Flow anchorage (sunk in 1939:
    a wreck, kept by no one). Cutty Sark "was registered in" London (inverse "was the port of
    registry of"). The Spirit of St. Louis "hangs in" the National Air and Space Museum (reading
    8); the Enola Gay "was formerly stored at" the Garber Facility. Ships "were built at" a yard or
    "in" a city, "were the flagship of" an admiral, "are operated by" a body, "are moored on" a
    river; measures "has a length of", "has a beam of", "has a displacement of", "has a wingspan
    of" (reading 1) and "had a crew of" (past: the crew went with the service). SS Imo "collided
    with" SS Mont-Blanc, HMS Belfast "sailed with" a convoy and "was armed with" guns (withs of no
    instrument, reading 5); HMS Belfast and Mikasa "were formerly based at" a base, whose inverse is
    "was the home port of" (reading 9: a relation that is over). Jo rated HMS Belfast 5 and the
    Enola Gay 1."""
    rels = [
        R("museum_ship_in", phrase="is preserved as a museum ship in", inverse_phrase="is home to the museum ship",
          domain=("warship", "battleship", "clipper_ship"), range=("city", "harbour")),
        R("preserved_at", phrase="is preserved at", inverse_phrase="preserves",
          domain=("warship", "clipper_ship", "aircraft"), range=("museum",)),
        R("was_museum_ship_in", phrase="was preserved as a museum ship in", inverse_phrase="was home to the museum ship",
          domain=("aircraft_carrier",), range=("city",)),
        R("replica_in", phrase="is preserved as a replica in", inverse_phrase="has a replica of",
          domain=("galleon",), range=("city",)),
        R("war_grave", phrase="is preserved as a war grave in", inverse_phrase="holds the war grave of",
          domain=("battleship",), range=("harbour",)),
        R("registered", phrase="was registered in", inverse_phrase="was the port of registry of",
          domain=("clipper_ship",), range=("city",)),
        R("abandoned_at", phrase="was abandoned at", inverse_phrase="was where was abandoned",
          domain=("steamship",), range=("bay",)),
        R("preserved_in_dock", phrase="is preserved in", inverse_phrase="preserves",
          domain=("steamship",), range=("dry_dock",)),
        R("moored_formerly", phrase="was formerly moored in", inverse_phrase="was the mooring of",
          domain=("ocean_liner",), range=("city",)),
        R("hangs_in", phrase="hangs in", inverse_phrase="displays", domain=("aircraft",), range=("museum",)),
        R("stored_formerly", phrase="was formerly stored at", inverse_phrase="formerly stored", domain=("aircraft",),
          range=("museum",)),
        R("built_at", phrase="was built at", inverse_phrase="built",
          domain=("warship", "battleship", "clipper_ship", "steamship", "ocean_liner", "aircraft_carrier",
                  "cargo_ship"), range=("shipyard",)),
        R("built_in", phrase="was built in", inverse_phrase="is where was built",
          domain=("warship", "battleship", "clipper_ship", "steamship", "ocean_liner", "aircraft", "cargo_ship"),
          range=("city",)),
        R("flagship_of", phrase="was the flagship of", inverse_phrase="had the flagship", domain=("battleship", "warship"),
          range=("admiral",)),
        R("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("warship", "battleship"),
          range=("organization",)),
        R("moored_on", phrase="is moored on", inverse_phrase="is the mooring of", domain=("warship",), range=("river",)),
        R("length", phrase="has a length of", inverse_phrase="is the length of",
          domain=("warship", "battleship", "clipper_ship", "ocean_liner", "aircraft"), range=("length",)),
        R("beam", phrase="has a beam of", inverse_phrase="is the beam of", domain=("warship", "battleship"),
          range=("length",)),
        R("displacement", phrase="has a displacement of", inverse_phrase="is the displacement of",
          domain=("warship", "battleship"), range=("mass",)),
        R("wingspan", phrase="has a wingspan of", inverse_phrase="is the wingspan of", domain=("aircraft",),
          range=("length",)),
        R("crew", phrase="had a crew of", inverse_phrase="was the crew of", domain=("warship", "battleship"),
          range=("complement",)),
        R("collided", phrase="collided with", inverse_phrase="was struck by", domain=("cargo_ship",),
          range=("cargo_ship",)),
        R("sailed_with", phrase="sailed with", inverse_phrase="was joined by", domain=("warship",), range=("convoy",)),
        R("armed_with", phrase="was armed with", inverse_phrase="armed", domain=("warship", "battleship"),
          range=("weapon",)),
        R("based_formerly", phrase="was formerly based at", inverse_phrase="was the home port of",
          domain=("warship", "battleship"), range=("naval_base",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "s:constitution": ("warship", "USS Constitution", 1797), "s:belfast": ("warship", "HMS Belfast", 1938),
        "s:missouri": ("battleship", "USS Missouri", 1944), "s:mikasa": ("battleship", "Mikasa", 1900),
        "s:royaloak": ("battleship", "HMS Royal Oak", 1914),
        "s:cuttysark": ("clipper_ship", "Cutty Sark", 1869), "s:vasa": ("warship", "Vasa", 1627),
        "s:cabot": ("aircraft_carrier", "USS Cabot", 1942), "s:goldenhind": ("galleon", "Golden Hind", 1577),
        "s:greatbritain": ("steamship", "SS Great Britain", 1843), "s:united": ("ocean_liner", "SS United States", 1951),
        "s:imo": ("cargo_ship", "SS Imo", 1889), "s:montblanc": ("cargo_ship", "SS Mont-Blanc", 1899),
        "f:spirit": ("aircraft", "Spirit of St. Louis", 1927), "f:enola": ("aircraft", "Enola Gay", 1944),
        "f:concorde": ("aircraft", "Concorde G-BOAD", 1976),
    }
    others = {
        "y:boston": ("city", "Boston"), "y:london": ("city", "London"), "y:yokosuka": ("city", "Yokosuka"),
        "y:neworleans": ("city", "New Orleans"), "y:philadelphia": ("city", "Philadelphia"),
        "y:barrow": ("city", "Barrow-in-Furness"), "y:belfast": ("city", "Belfast"), "y:dumbarton": ("city", "Dumbarton"),
        "y:stockholm": ("city", "Stockholm"), "y:bristol": ("city", "Bristol"), "y:sandiego": ("city", "San Diego"),
        "y:newyork": ("city", "New York City"), "y:newport": ("city", "Newport News"), "y:halifax": ("city", "Halifax"),
        "h:pearl": ("harbour", "Pearl Harbor"), "h:scapa": ("harbour", "Scapa Flow anchorage"),
        "u:greenwich": ("museum", "Royal Museums Greenwich"), "u:vasamuseum": ("museum", "Vasa Museum"),
        "u:nasm": ("museum", "National Air and Space Museum"), "u:udvar": ("museum", "Steven F. Udvar-Hazy Center"),
        "u:garber": ("museum", "Paul E. Garber Facility"), "u:intrepid": ("museum", "Intrepid Museum"),
        "u:iwm": ("museum", "Imperial War Museum"),
        "b:sparrow": ("bay", "Sparrow Cove"), "k:gwdock": ("dry_dock", "Great Western Dockyard"),
        "w:hartt": ("shipyard", "Edmund Hartt's Shipyard"), "w:harland": ("shipyard", "Harland and Wolff"),
        "w:nynavy": ("shipyard", "New York Navy Yard"), "w:vickers": ("shipyard", "Vickers"),
        "w:scott": ("shipyard", "Scott and Linton"), "w:newyorkship": ("shipyard", "New York Shipbuilding"),
        "w:gww": ("shipyard", "Great Western Steamship Company"), "w:newportnews": ("shipyard", "Newport News Shipbuilding"),
        "a:togo": ("admiral", "Tōgō Heihachirō"), "a:fraser": ("admiral", "Bruce Fraser"),
        "o:iwm": ("organization", "Imperial War Museums"), "o:navy": ("organization", "United States Navy"),
        "o:ussmo": ("organization", "USS Missouri Memorial Association"),
        "r:thames": ("river", "River Thames"),
        "c:jw55b": ("convoy", "Convoy JW 55B"), "c:jw51b": ("convoy", "Convoy JW 51B"),
        "g:6inch": ("weapon", "BL 6-inch Mk XXIII naval guns"), "g:16inch": ("weapon", "16-inch/50-caliber Mark 7 guns"),
        "n:scapa": ("naval_base", "Scapa Flow"), "n:sasebo": ("naval_base", "Sasebo Naval District"),
        "l:62": ("length", "62.0 (metres)"), "l:187": ("length", "187.0 (metres)"), "l:270": ("length", "270.0 (metres)"),
        "l:132": ("length", "132.0 (metres)"), "l:65": ("length", "65.0 (metres)"), "l:69": ("length", "69.0 (metres)"),
        "l:302": ("length", "302.0 (metres)"), "l:8": ("length", "8.4 (metres)"), "l:14": ("length", "14.0 (metres)"),
        "l:43": ("length", "43.0 (metres)"), "l:30": ("length", "30.0 (metres)"), "l:25": ("length", "25.6 (metres)"),
        "l:6166": ("length", "61.66 (metres)"),
        "l:20": ("length", "20.0 (metres)"), "l:33": ("length", "33.0 (metres)"), "l:23": ("length", "23.0 (metres)"),
        "m:11500": ("mass", "11500.0 (tonnes)"), "m:45000": ("mass", "45000.0 (tonnes)"), "m:15140": ("mass", "15140.0 (tonnes)"),
        "m:1200": ("mass", "1200.0 (tonnes)"),
        "n:450": ("complement", "450 men"), "n:750": ("complement", "750 men"), "n:2700": ("complement", "2,700 men"), "n:830": ("complement", "830 men"),
    }
    T_ = _t("museum_ship_in", [("s:constitution", "y:boston"), ("s:belfast", "y:london"), ("s:missouri", "h:pearl"),
                               ("s:mikasa", "y:yokosuka")])
    T_ += _t("preserved_at", [("s:cuttysark", "u:greenwich"), ("s:vasa", "u:vasamuseum"), ("f:enola", "u:udvar"),
                              ("f:concorde", "u:intrepid")])
    T_ += _t("was_museum_ship_in", [("s:cabot", "y:neworleans")])
    T_ += _t("replica_in", [("s:goldenhind", "y:london")])
    T_ += _t("war_grave", [("s:royaloak", "h:scapa")])
    T_ += _t("registered", [("s:cuttysark", "y:london")])
    T_ += _t("abandoned_at", [("s:greatbritain", "b:sparrow")])
    T_ += _t("preserved_in_dock", [("s:greatbritain", "k:gwdock")])
    T_ += _t("moored_formerly", [("s:united", "y:philadelphia")])
    T_ += _t("hangs_in", [("f:spirit", "u:nasm")])
    T_ += _t("stored_formerly", [("f:enola", "u:garber")])
    T_ += _t("built_at", [("s:constitution", "w:hartt"), ("s:belfast", "w:harland"), ("s:missouri", "w:nynavy"),
                          ("s:mikasa", "w:vickers"), ("s:cuttysark", "w:scott"), ("s:cabot", "w:newyorkship"),
                          ("s:greatbritain", "w:gww"), ("s:united", "w:newportnews")])
    T_ += _t("built_in", [("s:constitution", "y:boston"), ("s:belfast", "y:belfast"), ("s:missouri", "y:newyork"),
                          ("s:mikasa", "y:barrow"), ("s:cuttysark", "y:dumbarton"), ("s:vasa", "y:stockholm"),
                          ("s:greatbritain", "y:bristol"), ("s:united", "y:newport"), ("f:spirit", "y:sandiego")])
    T_ += _t("flagship_of", [("s:mikasa", "a:togo"), ("s:belfast", "a:fraser")])
    T_ += _t("operated_by", [("s:belfast", "o:iwm"), ("s:constitution", "o:navy"), ("s:missouri", "o:ussmo")])
    T_ += _t("moored_on", [("s:belfast", "r:thames")])
    T_ += _t("length", [("s:constitution", "l:62"), ("s:belfast", "l:187"), ("s:missouri", "l:270"),
                        ("s:mikasa", "l:132"), ("s:cuttysark", "l:65"), ("s:vasa", "l:69"), ("s:united", "l:302"),
                        ("f:spirit", "l:8"), ("f:enola", "l:30"), ("f:concorde", "l:6166")])
    T_ += _t("beam", [("s:constitution", "l:14"), ("s:belfast", "l:20"), ("s:missouri", "l:33"), ("s:mikasa", "l:23")])
    T_ += _t("displacement", [("s:belfast", "m:11500"), ("s:missouri", "m:45000"), ("s:mikasa", "m:15140"),
                              ("s:constitution", "m:1200")])
    T_ += _t("wingspan", [("f:spirit", "l:14"), ("f:enola", "l:43"), ("f:concorde", "l:25")])
    T_ += _t("crew", [("s:constitution", "n:450"), ("s:belfast", "n:750"), ("s:missouri", "n:2700"), ("s:mikasa", "n:830")])
    T_ += _t("collided", [("s:imo", "s:montblanc")])
    T_ += _t("sailed_with", [("s:belfast", "c:jw55b")])
    T_ += _t("armed_with", [("s:belfast", "g:6inch"), ("s:missouri", "g:16inch")])
    T_ += _t("based_formerly", [("s:belfast", "n:scapa"), ("s:mikasa", "n:sasebo")])
    T_ += [("user:jo", "rated", "s:belfast", {"rating": 5.0}), ("user:jo", "rated", "f:enola", {"rating": 1.0})]
    return _build(items, others, rels, T_, users=[("user:jo", "Jo")], webnlg=True)


def culture():
    """Tapestries and paintings (items: the year each was made) and universities (items: the year
    each was founded). Tapestries and paintings "hang in" a museum, a cathedral or a castle
    (reading 8: "is in", "is located / housed / kept / displayed in"); The Lady and the Unicorn "was
    lent to" the Art Gallery of New South Wales (2018), The Concert "was stolen from" the Gardner
    Museum (1990), the Mona Lisa "hung in" the Tuileries (past); "were woven in" a city, "were
    designed by" an artist, "were commissioned by" a patron, "depict" an event. A university "has
    the alumnus" (inverse "studied at", reading 8: "attended", "went to", "was educated at"), "has
    the lecturer" (inverse "taught at"), "awarded an honorary degree to" (inverse "received an
    honorary degree from"), "was founded by", "is based in" a city, and "formerly had the
    chancellor" (inverse "was the chancellor of": reading 9, a relation that is over). Kim rated
    the Bayeux Tapestry 5 and the University of Cambridge 4.5."""
    rels = [
        R("hangs_in", phrase="hangs in", inverse_phrase="is where hangs", domain=("tapestry", "painting"),
          range=("museum", "cathedral", "castle")),
        R("lent_to", phrase="was lent to", inverse_phrase="borrowed", domain=("tapestry", "painting"),
          range=("museum",)),
        R("stolen_from", phrase="was stolen from", inverse_phrase="lost", domain=("painting",), range=("museum",)),
        R("hung_in", phrase="hung in", inverse_phrase="was where hung", domain=("painting",), range=("palace",)),
        R("woven_in", phrase="was woven in", inverse_phrase="is where was woven", domain=("tapestry",), range=("city",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("tapestry",), range=("artist",)),
        R("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("painting",), range=("painter",)),
        R("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=("tapestry", "painting"),
          range=("patron",)),
        R("depicts", phrase="depicts", inverse_phrase="is depicted in", domain=("tapestry", "painting"),
          range=("event", "person")),
        R("alumnus", phrase="has the alumnus", inverse_phrase="studied at", domain=("university",), range=("scholar",)),
        R("lecturer", phrase="has the lecturer", inverse_phrase="taught at", domain=("university",), range=("scholar",)),
        R("honorary", phrase="awarded an honorary degree to", inverse_phrase="received an honorary degree from",
          domain=("university",), range=("scholar", "politician")),
        R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("university",), range=("politician",)),
        R("located_in", phrase="is based in", inverse_phrase="is home to", domain=("university",), range=("city",)),
        R("chancellor", phrase="formerly had the chancellor", inverse_phrase="was the chancellor of",
          domain=("university",), range=("politician",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "t:bayeux": ("tapestry", "Bayeux Tapestry", 1070), "t:unicorn": ("tapestry", "The Lady and the Unicorn", 1500),
        "t:glory": ("tapestry", "Christ in Glory", 1962), "t:apocalypse": ("tapestry", "Apocalypse Tapestry", 1382),
        "t:hunting": ("tapestry", "Devonshire Hunting Tapestries", 1430),
        "p:nightwatch": ("painting", "The Night Watch", 1642), "p:concert": ("painting", "The Concert", 1664),
        "p:monalisa": ("painting", "Mona Lisa", 1503), "p:guernica": ("painting", "Guernica", 1937),
        "u:cambridge": ("university", "University of Cambridge", 1209), "u:oxford": ("university", "University of Oxford", 1096),
        "u:eth": ("university", "ETH Zurich", 1855), "u:princeton": ("university", "Princeton University", 1746),
        "u:harvard": ("university", "Harvard University", 1636), "u:chicago": ("university", "University of Chicago", 1890),
        "u:virginia": ("university", "University of Virginia", 1819), "u:manchester": ("university", "University of Manchester", 1824),
    }
    others = {
        "m:bayeux": ("museum", "Bayeux Museum"), "m:cluny": ("museum", "Musée de Cluny"),
        "m:agnsw": ("museum", "Art Gallery of New South Wales"), "m:va": ("museum", "Victoria and Albert Museum"),
        "m:rijks": ("museum", "Rijksmuseum"), "m:gardner": ("museum", "Isabella Stewart Gardner Museum"),
        "m:louvre": ("museum", "Louvre"), "m:reina": ("museum", "Museo Reina Sofía"), "m:moma": ("museum", "Museum of Modern Art"),
        "k:coventry": ("cathedral", "Coventry Cathedral"), "c:angers": ("castle", "Château d'Angers"),
        "q:tuileries": ("palace", "Tuileries Palace"),
        "y:canterbury": ("city", "Canterbury"), "y:paris": ("city", "Paris"), "y:felletin": ("city", "Felletin"),
        "y:arras": ("city", "Arras"), "y:cambridge": ("city", "Cambridge"), "y:oxford": ("city", "Oxford"),
        "y:zurich": ("city", "Zurich"), "y:princeton": ("city", "Princeton"), "y:cambridge_ma": ("city", "Cambridge, Massachusetts"),
        "y:chicago": ("city", "Chicago"), "y:charlottesville": ("city", "Charlottesville"), "y:manchester": ("city", "Manchester"),
        "y:bayeux": ("city", "Bayeux"),
        "a:sutherland": ("artist", "Graham Sutherland"), "a:bondol": ("artist", "Jean Bondol"),
        "r:rembrandt": ("painter", "Rembrandt"), "r:vermeer": ("painter", "Johannes Vermeer"),
        "r:leonardo": ("painter", "Leonardo da Vinci"), "r:picasso": ("painter", "Pablo Picasso"),
        "o:odo": ("patron", "Odo of Bayeux"), "o:louis": ("patron", "Louis I of Anjou"),
        "o:cocq": ("patron", "Frans Banninck Cocq"), "o:spain": ("patron", "Spanish Republic"),
        "e:hastings": ("event", "Battle of Hastings"), "e:revelation": ("event", "Book of Revelation"),
        "e:bombing": ("event", "Bombing of Guernica"),
        "h:hawking": ("scholar", "Stephen Hawking"), "h:einstein": ("scholar", "Albert Einstein"),
        "h:newton": ("scholar", "Isaac Newton"), "h:tolkien": ("scholar", "J. R. R. Tolkien"),
        "h:lewis": ("scholar", "C. S. Lewis"), "h:turing": ("scholar", "Alan Turing"),
        "h:wittgenstein": ("scholar", "Ludwig Wittgenstein"),
        "l:obama": ("politician", "Barack Obama"), "l:jefferson": ("politician", "Thomas Jefferson"),
        "l:patten": ("politician", "Chris Patten"), "l:philip": ("politician", "Prince Philip"),
    }
    T_ = _t("hangs_in", [("t:bayeux", "m:bayeux"), ("t:unicorn", "m:cluny"), ("t:glory", "k:coventry"),
                         ("t:apocalypse", "c:angers"), ("t:hunting", "m:va"), ("p:nightwatch", "m:rijks"),
                         ("p:monalisa", "m:louvre"), ("p:guernica", "m:reina")])
    T_ += _t("lent_to", [("t:unicorn", "m:agnsw"), ("p:guernica", "m:moma")])
    T_ += _t("stolen_from", [("p:concert", "m:gardner")])
    T_ += _t("hung_in", [("p:monalisa", "q:tuileries")])
    T_ += _t("woven_in", [("t:bayeux", "y:canterbury"), ("t:glory", "y:felletin"), ("t:apocalypse", "y:paris"),
                          ("t:hunting", "y:arras")])
    T_ += _t("designed_by", [("t:glory", "a:sutherland"), ("t:apocalypse", "a:bondol")])
    T_ += _t("painted_by", [("p:nightwatch", "r:rembrandt"), ("p:concert", "r:vermeer"), ("p:monalisa", "r:leonardo"),
                            ("p:guernica", "r:picasso")])
    T_ += _t("commissioned_by", [("t:bayeux", "o:odo"), ("t:apocalypse", "o:louis"), ("p:nightwatch", "o:cocq"),
                                 ("p:guernica", "o:spain")])
    T_ += _t("depicts", [("t:bayeux", "e:hastings"), ("t:apocalypse", "e:revelation"), ("p:guernica", "e:bombing")])
    T_ += _t("alumnus", [("u:oxford", "h:hawking"), ("u:cambridge", "h:hawking"), ("u:eth", "h:einstein"),
                         ("u:cambridge", "h:newton"), ("u:oxford", "h:tolkien"), ("u:oxford", "h:lewis"),
                         ("u:cambridge", "h:turing"), ("u:princeton", "h:turing"), ("u:manchester", "h:wittgenstein"),
                         ("u:cambridge", "h:wittgenstein"), ("u:harvard", "l:obama")])
    T_ += _t("lecturer", [("u:cambridge", "h:hawking"), ("u:princeton", "h:einstein"), ("u:cambridge", "h:newton"),
                          ("u:oxford", "h:tolkien"), ("u:oxford", "h:lewis"), ("u:cambridge", "h:lewis"),
                          ("u:manchester", "h:turing"), ("u:cambridge", "h:wittgenstein"), ("u:chicago", "l:obama")])
    T_ += _t("honorary", [("u:harvard", "h:einstein"), ("u:princeton", "h:hawking"), ("u:oxford", "l:obama")])
    T_ += _t("founded_by", [("u:virginia", "l:jefferson")])
    T_ += _t("located_in", [("u:cambridge", "y:cambridge"), ("u:oxford", "y:oxford"), ("u:eth", "y:zurich"),
                            ("u:princeton", "y:princeton"), ("u:harvard", "y:cambridge_ma"), ("u:chicago", "y:chicago"),
                            ("u:virginia", "y:charlottesville"), ("u:manchester", "y:manchester")])
    T_ += _t("chancellor", [("u:oxford", "l:patten"), ("u:cambridge", "l:philip")])
    T_ += [("user:kim", "rated", "t:bayeux", {"rating": 5.0}), ("user:kim", "rated", "u:cambridge", {"rating": 4.5})]
    return _build(items, others, rels, T_, users=[("user:kim", "Kim")])


def credits():
    """Dishes, inventions and songs (items: the year each was first made). A dish, an invention or a
    song "is credited to" a person (reading 3: "was invented / created / devised by", "invented",
    "created", "devised", "came up with", "is credited with"); dishes "are named after" a person,
    "were first served at" a restaurant or a hotel, "were first made by" a cook (Caesar salad: Livio
    Santini by one account), "were popularized by" someone, "have the key ingredient" (reading 6:
    "the dish has X as its key ingredient"), "come from" a city, "go well with" a wine and "come
    with" a side (a "with" of no instrument, reading 5), "are topped with" a topping; inventions "were
    patented by", "were first built by" (the Kinetoscope: William Kennedy Dickson, Edison's
    employee), "were developed at" a laboratory; songs "were written by" one of the two they are credited to, "were recorded by"
    a band. Lou rated Caesar salad 5 and the Kinetoscope 4.5."""
    rels = [
        R("credited", phrase="is credited to", inverse_phrase="is credited with",
          domain=("dish", "invention", "song"), range=("person",)),
        R("named", phrase="is named after", inverse_phrase="gave its name to", domain=("dish", "invention"),
          range=("person",)),
        R("first_served", phrase="was first served at", inverse_phrase="first served", domain=("dish",),
          range=("restaurant", "hotel")),
        R("first_made", phrase="was first made by", inverse_phrase="first made", domain=("dish",), range=("person",)),
        R("popularized", phrase="was popularized by", inverse_phrase="popularized", domain=("dish", "song"),
          range=("person",)),
        R("key", phrase="has the key ingredient", inverse_phrase="is the key ingredient of", domain=("dish",),
          range=("ingredient",)),
        R("from", phrase="comes from", inverse_phrase="is the home of", domain=("dish",), range=("city",)),
        R("wine", phrase="goes well with", inverse_phrase="suits", domain=("dish",), range=("wine",)),
        R("side", phrase="comes with", inverse_phrase="accompanies", domain=("dish",), range=("side",)),
        R("topped", phrase="is topped with", inverse_phrase="tops", domain=("dish",), range=("topping",)),
        R("patented", phrase="was patented by", inverse_phrase="patented", domain=("invention",), range=("person",)),
        R("first_built", phrase="was first built by", inverse_phrase="first built", domain=("invention",),
          range=("person",)),
        R("developed_at", phrase="was developed at", inverse_phrase="developed", domain=("invention",),
          range=("laboratory",)),
        R("written", phrase="was written by", inverse_phrase="wrote", domain=("song",), range=("person",)),
        R("recorded", phrase="was recorded by", inverse_phrase="recorded", domain=("song",), range=("band",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "d:caesar": ("dish", "Caesar salad", 1924), "d:melba": ("dish", "Peach Melba", 1892),
        "d:benedict": ("dish", "Eggs Benedict", 1894), "d:nachos": ("dish", "Nachos", 1943),
        "d:margherita": ("dish", "Pizza Margherita", 1889), "d:waldorf": ("dish", "Waldorf salad", 1896),
        "d:fishchips": ("dish", "Fish and chips", 1860),
        "i:www": ("invention", "World Wide Web", 1989), "i:kinetoscope": ("invention", "Kinetoscope", 1891),
        "i:kevlar": ("invention", "Kevlar", 1965), "i:velcro": ("invention", "Velcro", 1955),
        "i:postit": ("invention", "Post-it note", 1974), "i:bakelite": ("invention", "Bakelite", 1907),
        "g:yesterday": ("song", "Yesterday", 1965), "g:cometogether": ("song", "Come Together", 1969),
        "g:something": ("song", "Something", 1969),
    }
    others = {
        "p:cardini": ("person", "Caesar Cardini"), "p:santini": ("person", "Livio Santini"),
        "p:escoffier": ("person", "Auguste Escoffier"), "p:melba": ("person", "Nellie Melba"),
        "p:lbenedict": ("person", "Lemuel Benedict"), "p:tschirky": ("person", "Oscar Tschirky"),
        "p:anaya": ("person", "Ignacio Anaya"), "p:esposito": ("person", "Raffaele Esposito"),
        "p:margherita": ("person", "Margherita of Savoy"), "p:malin": ("person", "Joseph Malin"),
        "p:bernerslee": ("person", "Tim Berners-Lee"), "p:cailliau": ("person", "Robert Cailliau"),
        "p:edison": ("person", "Thomas Edison"), "p:dickson": ("person", "William Kennedy Dickson"),
        "p:kwolek": ("person", "Stephanie Kwolek"), "p:mestral": ("person", "George de Mestral"),
        "p:silver": ("person", "Spencer Silver"), "p:fry": ("person", "Art Fry"),
        "p:baekeland": ("person", "Leo Baekeland"), "p:swinburne": ("person", "James Swinburne"),
        "p:lennon": ("person", "John Lennon"), "p:mccartney": ("person", "Paul McCartney"),
        "p:harrison": ("person", "George Harrison"), "p:sinatra": ("person", "Frank Sinatra"),
        "r:caesars": ("restaurant", "Caesar's"), "r:savoy": ("hotel", "Savoy Hotel"),
        "r:waldorf": ("hotel", "Waldorf-Astoria"), "r:brandi": ("restaurant", "Pizzeria Brandi"),
        "r:victory": ("restaurant", "Victory Club"),
        "i:romaine": ("ingredient", "romaine lettuce"), "i:parmesan": ("ingredient", "parmesan"),
        "i:croutons": ("ingredient", "croutons"), "i:peach": ("ingredient", "peach"),
        "i:raspberry": ("ingredient", "raspberry sauce"), "i:icecream": ("ingredient", "vanilla ice cream"),
        "i:egg": ("ingredient", "poached egg"), "i:hollandaise": ("ingredient", "hollandaise sauce"),
        "i:ham": ("ingredient", "Canadian bacon"), "i:tortilla": ("ingredient", "tortilla chips"),
        "i:cheese": ("ingredient", "cheese"), "i:mozzarella": ("ingredient", "mozzarella"),
        "i:basil": ("ingredient", "basil"), "i:tomato": ("ingredient", "tomato"), "i:apple": ("ingredient", "apple"),
        "i:celery": ("ingredient", "celery"), "i:walnut": ("ingredient", "walnuts"), "i:cod": ("ingredient", "cod"),
        "i:potato": ("ingredient", "potato"),
        "y:tijuana": ("city", "Tijuana"), "y:london": ("city", "London"), "y:newyork": ("city", "New York City"),
        "y:piedras": ("city", "Piedras Negras"), "y:naples": ("city", "Naples"),
        "w:chardonnay": ("wine", "Chardonnay"), "w:sauternes": ("wine", "Sauternes"), "w:champagne": ("wine", "Champagne"),
        "w:chianti": ("wine", "Chianti"),
        "x:peas": ("side", "mushy peas"), "x:salsa": ("side", "salsa"), "x:toast": ("side", "toast"),
        "x:almonds": ("topping", "toasted almonds"), "x:jalapenos": ("topping", "jalapeños"),
        "x:basiltop": ("topping", "fresh basil"),
        "l:cern": ("laboratory", "CERN"), "l:dupont": ("laboratory", "DuPont Experimental Station"),
        "l:3m": ("laboratory", "3M Central Research"),
        "b:beatles": ("band", "The Beatles"),
    }
    T_ = _t("credited", [("d:caesar", "p:cardini"), ("d:melba", "p:escoffier"), ("d:benedict", "p:lbenedict"),
                         ("d:nachos", "p:anaya"), ("d:margherita", "p:esposito"), ("d:waldorf", "p:tschirky"),
                         ("i:www", "p:bernerslee"), ("i:kinetoscope", "p:edison"), ("i:kevlar", "p:kwolek"),
                         ("i:velcro", "p:mestral"), ("i:postit", "p:silver"), ("i:postit", "p:fry"),
                         ("i:bakelite", "p:baekeland"), ("g:yesterday", "p:lennon"), ("g:yesterday", "p:mccartney"),
                         ("g:cometogether", "p:lennon"), ("g:cometogether", "p:mccartney"), ("g:something", "p:harrison")])
    T_ += _t("named", [("d:caesar", "p:cardini"), ("d:melba", "p:melba"), ("d:benedict", "p:lbenedict"),
                       ("d:nachos", "p:anaya"), ("d:margherita", "p:margherita")])
    T_ += _t("first_served", [("d:caesar", "r:caesars"), ("d:melba", "r:savoy"), ("d:benedict", "r:waldorf"),
                              ("d:waldorf", "r:waldorf"), ("d:margherita", "r:brandi"), ("d:nachos", "r:victory")])
    T_ += _t("first_made", [("d:caesar", "p:santini"), ("d:fishchips", "p:malin")])
    T_ += _t("popularized", [("d:benedict", "p:tschirky"), ("g:something", "p:sinatra")])
    T_ += _t("key", [("d:caesar", "i:romaine"), ("d:caesar", "i:parmesan"), ("d:caesar", "i:croutons"),
                     ("d:melba", "i:peach"), ("d:melba", "i:raspberry"), ("d:melba", "i:icecream"),
                     ("d:benedict", "i:egg"), ("d:benedict", "i:hollandaise"), ("d:benedict", "i:ham"),
                     ("d:nachos", "i:tortilla"), ("d:nachos", "i:cheese"), ("d:margherita", "i:mozzarella"),
                     ("d:margherita", "i:basil"), ("d:margherita", "i:tomato"), ("d:waldorf", "i:apple"),
                     ("d:waldorf", "i:celery"), ("d:waldorf", "i:walnut"), ("d:fishchips", "i:cod"),
                     ("d:fishchips", "i:potato")])
    T_ += _t("from", [("d:caesar", "y:tijuana"), ("d:melba", "y:london"), ("d:benedict", "y:newyork"),
                      ("d:nachos", "y:piedras"), ("d:margherita", "y:naples"), ("d:waldorf", "y:newyork"),
                      ("d:fishchips", "y:london")])
    T_ += _t("wine", [("d:caesar", "w:chardonnay"), ("d:melba", "w:sauternes"), ("d:benedict", "w:champagne"),
                      ("d:margherita", "w:chianti")])
    T_ += _t("side", [("d:fishchips", "x:peas"), ("d:nachos", "x:salsa"), ("d:benedict", "x:toast")])
    T_ += _t("topped", [("d:melba", "x:almonds"), ("d:nachos", "x:jalapenos"), ("d:margherita", "x:basiltop")])
    T_ += _t("patented", [("i:kinetoscope", "p:edison"), ("i:bakelite", "p:baekeland"), ("i:velcro", "p:mestral"),
                          ("i:kevlar", "p:kwolek")])
    T_ += _t("first_built", [("i:kinetoscope", "p:dickson")])
    T_ += _t("developed_at", [("i:www", "l:cern"), ("i:kevlar", "l:dupont"), ("i:postit", "l:3m")])
    T_ += _t("written", [("g:yesterday", "p:mccartney"), ("g:cometogether", "p:lennon"), ("g:something", "p:harrison")])
    T_ += _t("recorded", [("g:yesterday", "b:beatles"), ("g:cometogether", "b:beatles"), ("g:something", "b:beatles")])
    T_ += [("user:lou", "rated", "d:caesar", {"rating": 5.0}), ("user:lou", "rated", "i:kinetoscope", {"rating": 4.5})]
    return _build(items, others, rels, T_, users=[("user:lou", "Lou")])


def machines():
    """Printers, browsers, looms, lathes, consoles and drugs (items: the year each came out). Reading
    5's instruments: a printer "prints with" an ink or a toner, a browser "renders pages with" an
    engine, a loom "weaves with a" shuttle, a lathe "cuts with a" tool ("uses", "relies on"); Opera
    and Edge "formerly rendered pages with" an engine they dropped; the Jacquard loom "formerly wove
    with" a draw boy (the Jacquard head replaced him). Withs of no instrument: a console "launched
    with" a game, "came bundled with" another, "competes with" a rival; a browser "integrates with"
    a service, "syncs with" an app; a drug "interacts with" another drug, "is taken with" a food; a
    lathe "is fitted with" a chuck. Makers: "was made by" a firm, "was designed by" an engineer. Max
    rated Firefox 5 and the PlayStation 2 2."""
    rels = [
        R("prints_with", phrase="prints with", inverse_phrase="is the ink of", domain=("printer",),
          range=("ink", "toner")),
        R("renders_with", phrase="renders pages with", inverse_phrase="renders pages for", domain=("web_browser",),
          range=("browser_engine",)),
        R("formerly_renders", phrase="formerly rendered pages with", inverse_phrase="formerly rendered pages for",
          domain=("web_browser",), range=("browser_engine",)),
        R("weaves_with", phrase="weaves with a", inverse_phrase="is the shuttle of", domain=("loom",),
          range=("shuttle",)),
        R("formerly_wove", phrase="formerly wove with", inverse_phrase="once served", domain=("loom",),
          range=("loom_part",)),
        R("cuts_with", phrase="cuts with a", inverse_phrase="is the cutter of", domain=("lathe",),
          range=("cutting_tool",)),
        R("fitted_with", phrase="is fitted with", inverse_phrase="is fitted to", domain=("lathe",), range=("chuck",)),
        R("launched_with", phrase="launched with", inverse_phrase="was a launch title for", domain=("console",),
          range=("video_game",)),
        R("bundled_with", phrase="came bundled with", inverse_phrase="was bundled with", domain=("console",),
          range=("video_game",)),
        R("competes_with", phrase="competes with", inverse_phrase="competes with", domain=("console",),
          range=("console",)),
        R("integrates_with", phrase="integrates with", inverse_phrase="is integrated into", domain=("web_browser",),
          range=("web_service",)),
        R("syncs_with", phrase="syncs with", inverse_phrase="is synced by", domain=("web_browser",),
          range=("mobile_app",)),
        R("interacts_with", phrase="interacts with", inverse_phrase="is affected by", domain=("drug",),
          range=("drug",)),
        R("taken_with", phrase="is taken with", inverse_phrase="accompanies", domain=("drug",), range=("food",)),
        R("made_by", phrase="was made by", inverse_phrase="made",
          domain=("printer", "web_browser", "loom", "lathe", "console", "drug"), range=("company",)),
        R("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("loom", "lathe", "console"),
          range=("engineer",)),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "p:laserjet": ("printer", "HP LaserJet 4", 1992), "p:stylus": ("printer", "Epson Stylus Pro 3880", 2009),
        "p:selphy": ("printer", "Canon Selphy CP1300", 2017),
        "b:chrome": ("web_browser", "Google Chrome", 2008), "b:firefox": ("web_browser", "Firefox", 2004),
        "b:safari": ("web_browser", "Safari", 2003), "b:opera": ("web_browser", "Opera", 1995),
        "b:edge": ("web_browser", "Microsoft Edge", 2015),
        "l:jacquard": ("loom", "Jacquard loom", 1804), "l:northrop": ("loom", "Northrop loom", 1895),
        "l:maudslay": ("lathe", "Maudslay screw-cutting lathe", 1800), "l:holtzapffel": ("lathe", "Holtzapffel lathe", 1830),
        "c:n64": ("console", "Nintendo 64", 1996), "c:gameboy": ("console", "Game Boy", 1989),
        "c:ps2": ("console", "PlayStation 2", 2000),
        "d:warfarin": ("drug", "Warfarin", 1954), "d:aspirin": ("drug", "Aspirin", 1899),
        "d:simvastatin": ("drug", "Simvastatin", 1988),
    }
    others = {
        "i:toner": ("toner", "HP 92298A toner"), "i:ultrachrome": ("ink", "UltraChrome K3 ink"),
        "i:dyesub": ("ink", "dye-sublimation ribbon"),
        "e:blink": ("browser_engine", "Blink"), "e:gecko": ("browser_engine", "Gecko"), "e:webkit": ("browser_engine", "WebKit"),
        "e:presto": ("browser_engine", "Presto"), "e:edgehtml": ("browser_engine", "EdgeHTML"),
        "s:flying": ("shuttle", "flying shuttle"), "s:auto": ("shuttle", "self-threading shuttle"),
        "x:drawboy": ("loom_part", "draw boy"), "x:cards": ("loom_part", "punched cards"),
        "t:slide": ("cutting_tool", "slide rest cutter"), "t:ornamental": ("cutting_tool", "ornamental cutting frame"),
        "k:jaw": ("chuck", "three-jaw chuck"),
        "g:mario64": ("video_game", "Super Mario 64"), "g:pilotwings": ("video_game", "Pilotwings 64"),
        "g:tetris": ("video_game", "Tetris"), "g:ridge": ("video_game", "Ridge Racer V"),
        "w:drive": ("web_service", "Google Drive"), "w:pocket": ("web_service", "Pocket"),
        "a:ios": ("mobile_app", "Firefox for iOS"),
        "f:grapefruit": ("food", "grapefruit juice"), "f:spinach": ("food", "spinach"),
        "m:hp": ("company", "Hewlett-Packard"), "m:epson": ("company", "Epson"), "m:canon": ("company", "Canon"),
        "m:google": ("company", "Google"), "m:mozilla": ("company", "Mozilla"), "m:apple": ("company", "Apple"),
        "m:operasoft": ("company", "Opera Software"), "m:microsoft": ("company", "Microsoft"),
        "m:draper": ("company", "Draper Corporation"), "m:nintendo": ("company", "Nintendo"), "m:sony": ("company", "Sony"),
        "m:bayer": ("company", "Bayer"), "m:merck": ("company", "Merck"), "m:bms": ("company", "Bristol-Myers Squibb"),
        "h:jacquard": ("engineer", "Joseph Marie Jacquard"), "h:northrop": ("engineer", "James Henry Northrop"),
        "h:maudslay": ("engineer", "Henry Maudslay"), "h:holtzapffel": ("engineer", "Charles Holtzapffel"),
        "h:yokoi": ("engineer", "Gunpei Yokoi"),
    }
    T_ = _t("prints_with", [("p:laserjet", "i:toner"), ("p:stylus", "i:ultrachrome"), ("p:selphy", "i:dyesub")])
    T_ += _t("renders_with", [("b:chrome", "e:blink"), ("b:firefox", "e:gecko"), ("b:safari", "e:webkit"),
                              ("b:opera", "e:blink"), ("b:edge", "e:blink")])
    T_ += _t("formerly_renders", [("b:opera", "e:presto"), ("b:edge", "e:edgehtml")])
    T_ += _t("weaves_with", [("l:northrop", "s:auto"), ("l:jacquard", "s:flying")])
    T_ += _t("formerly_wove", [("l:jacquard", "x:drawboy")])
    T_ += _t("cuts_with", [("l:maudslay", "t:slide"), ("l:holtzapffel", "t:ornamental")])
    T_ += _t("fitted_with", [("l:holtzapffel", "k:jaw")])
    T_ += _t("launched_with", [("c:n64", "g:mario64"), ("c:n64", "g:pilotwings"), ("c:ps2", "g:ridge")])
    T_ += _t("bundled_with", [("c:gameboy", "g:tetris")])
    T_ += _t("competes_with", [("c:n64", "c:ps2")])
    T_ += _t("integrates_with", [("b:chrome", "w:drive"), ("b:firefox", "w:pocket")])
    T_ += _t("syncs_with", [("b:firefox", "a:ios")])
    T_ += _t("interacts_with", [("d:warfarin", "d:aspirin"), ("d:simvastatin", "d:warfarin")])
    T_ += _t("taken_with", [("d:warfarin", "f:spinach"), ("d:simvastatin", "f:grapefruit")])
    T_ += _t("made_by", [("p:laserjet", "m:hp"), ("p:stylus", "m:epson"), ("p:selphy", "m:canon"), ("b:chrome", "m:google"),
                         ("b:firefox", "m:mozilla"), ("b:safari", "m:apple"), ("b:opera", "m:operasoft"),
                         ("b:edge", "m:microsoft"), ("l:northrop", "m:draper"), ("c:n64", "m:nintendo"),
                         ("c:gameboy", "m:nintendo"), ("c:ps2", "m:sony"), ("d:aspirin", "m:bayer"),
                         ("d:simvastatin", "m:merck"), ("d:warfarin", "m:bms")])
    T_ += _t("designed_by", [("l:jacquard", "h:jacquard"), ("l:northrop", "h:northrop"), ("l:maudslay", "h:maudslay"),
                             ("l:holtzapffel", "h:holtzapffel"), ("c:gameboy", "h:yokoi")])
    T_ += [("user:max", "rated", "b:firefox", {"rating": 5.0}), ("user:max", "rated", "c:ps2", {"rating": 2.0})]
    return _build(items, others, rels, T_, users=[("user:max", "Max")])


def prizes():
    """Prizes and medals (items: the year each was first awarded; every item a prize). A prize "was
    first awarded to" its first winner(s), "was awarded to" its winners (the first among them),
    "is awarded by" a body, "is named after" a person; reading 4: "was first awarded in 2003, to X"
    (a year of the item, then the same verb's other preposition). Reading 9: "the prize", "the
    medal" name the item named last. Nia rated the Abel Prize 5 and the Fields Medal 4.5."""
    rels = [
        R("first_to", phrase="was first awarded to", inverse_phrase="was the first winner of",
          domain=("prize", "medal"), range=("mathematician", "physicist", "writer")),
        R("won_by", phrase="was awarded to", inverse_phrase="won", domain=("prize", "medal"),
          range=("mathematician", "physicist", "writer")),
        R("awarded_by", phrase="is awarded by", inverse_phrase="awards", domain=("prize", "medal"),
          range=("academy",)),
        R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("prize", "medal"),
          range=("mathematician", "physicist", "writer", "philanthropist")),
        R("rated", phrase="rated", inverse_phrase="was rated by"),
    ]
    items = {
        "p:abel": ("prize", "Abel Prize", 2003), "p:wolf": ("prize", "Wolf Prize in Mathematics", 1978),
        "p:crafoord": ("prize", "Crafoord Prize", 1982), "p:nobelphys": ("prize", "Nobel Prize in Physics", 1901),
        "p:nobellit": ("prize", "Nobel Prize in Literature", 1901),
        "m:fields": ("medal", "Fields Medal", 1936), "m:copley": ("medal", "Copley Medal", 1731),
    }
    others = {
        "h:serre": ("mathematician", "Jean-Pierre Serre"), "h:atiyah": ("mathematician", "Michael Atiyah"),
        "h:wiles": ("mathematician", "Andrew Wiles"), "h:gelfand": ("mathematician", "Israel Gelfand"),
        "h:siegel": ("mathematician", "Carl Ludwig Siegel"), "h:arnold": ("mathematician", "Vladimir Arnold"),
        "h:ahlfors": ("mathematician", "Lars Ahlfors"), "h:douglas": ("mathematician", "Jesse Douglas"),
        "h:tao": ("mathematician", "Terence Tao"), "h:abel": ("mathematician", "Niels Henrik Abel"),
        "h:fields": ("mathematician", "John Charles Fields"),
        "h:rontgen": ("physicist", "Wilhelm Röntgen"), "h:einstein": ("physicist", "Albert Einstein"),
        "h:gray": ("physicist", "Stephen Gray"),
        "h:prudhomme": ("writer", "Sully Prudhomme"), "h:kipling": ("writer", "Rudyard Kipling"),
        "h:nobel": ("philanthropist", "Alfred Nobel"), "h:wolf": ("philanthropist", "Ricardo Wolf"),
        "h:copley": ("philanthropist", "Godfrey Copley"), "h:crafoord": ("philanthropist", "Holger Crafoord"),
        "a:dnva": ("academy", "Norwegian Academy of Science and Letters"), "a:wolf": ("academy", "Wolf Foundation"),
        "a:kva": ("academy", "Royal Swedish Academy of Sciences"), "a:sa": ("academy", "Swedish Academy"),
        "a:imu": ("academy", "International Mathematical Union"), "a:rs": ("academy", "Royal Society"),
    }
    T_ = _t("first_to", [("p:abel", "h:serre"), ("p:wolf", "h:gelfand"), ("p:wolf", "h:siegel"),
                         ("p:crafoord", "h:arnold"), ("p:nobelphys", "h:rontgen"), ("p:nobellit", "h:prudhomme"),
                         ("m:fields", "h:ahlfors"), ("m:fields", "h:douglas"), ("m:copley", "h:gray")])
    T_ += _t("won_by", [("p:abel", "h:serre"), ("p:abel", "h:atiyah"), ("p:abel", "h:wiles"), ("p:wolf", "h:gelfand"),
                        ("p:wolf", "h:siegel"), ("p:wolf", "h:wiles"), ("p:crafoord", "h:arnold"),
                        ("p:nobelphys", "h:rontgen"), ("p:nobelphys", "h:einstein"), ("p:nobellit", "h:prudhomme"),
                        ("p:nobellit", "h:kipling"), ("m:fields", "h:ahlfors"), ("m:fields", "h:douglas"),
                        ("m:fields", "h:tao"), ("m:copley", "h:gray"), ("m:copley", "h:einstein")])
    T_ += _t("awarded_by", [("p:abel", "a:dnva"), ("p:wolf", "a:wolf"), ("p:crafoord", "a:kva"), ("p:nobelphys", "a:kva"),
                            ("p:nobellit", "a:sa"), ("m:fields", "a:imu"), ("m:copley", "a:rs")])
    T_ += _t("named_after", [("p:abel", "h:abel"), ("p:wolf", "h:wolf"), ("p:crafoord", "h:crafoord"),
                             ("p:nobelphys", "h:nobel"), ("p:nobellit", "h:nobel"), ("m:fields", "h:fields"),
                             ("m:copley", "h:copley")])
    T_ += [("user:nia", "rated", "p:abel", {"rating": 5.0}), ("user:nia", "rated", "m:fields", {"rating": 4.5})]
    return _build(items, others, rels, T_, users=[("user:nia", "Nia")])


def movies():
    """The shipped example graph (movies)."""
    return kgx.KnowledgeGraph.example()


BUILDERS = {"rocks": rocks, "ships": ships, "culture": culture, "credits": credits, "machines": machines,
            "prizes": prizes, "movies": movies}
_CACHE = {}


def check(key, text, user=None):
    if key not in _CACHE:
        _CACHE[key] = ConsistencyChecker(BUILDERS[key](), outside_evidence=True, rating_threshold=4.0).build()
    v = _CACHE[key].check(text, (), user)
    return v.supported, v.reason


TEXTS = r"""
@rocks
# (1) "has a N of V and a M of W": another asteroid's value, a value of the other measure, a measure
# the item has not, the comet's past measures
10 Hygiea has an escape velocity of 0.21 km/s and an apoapsis of 384000000 km.
10 Hygiea has an escape velocity of 0.21 km/s and a periapsis of 321800000 km.
10 Hygiea has an escape velocity of 0.36 km/s and an apoapsis of 523951582 km.
10 Hygiea has an apoapsis of 523951582 km and a periapsis of 523951582 km.
10 Hygiea has an orbital period of 2029 days and a rotation period of 2029 days.
10 Hygiea has a rotation period of 13.82 hours and an orbital period of 13.82 hours.
10 Hygiea has an escape velocity of 0.21 km/s and an orbital period of 1325 days.
10 Hygiea has an escape velocity of 0.21 km/s and an absolute magnitude of 3.20.
10 Hygiea has an escape velocity of 0.21 km/s and a diameter of 1.8 km.
10 Hygiea has an apoapsis of 523951582 km and a rotation period of 5.34 hours.
4 Vesta has an escape velocity of 0.36 km/s and an apoapsis of 523951582 km.
4 Vesta has an escape velocity of 0.36 km/s, an apoapsis of 384000000 km and a periapsis of 416136000 km.
4 Vesta has an apoapsis of 384000000 km, a periapsis of 321800000 km and an orbital period of 2029 days.
1036 Ganymed has an apoapsis of 611000000 km and an escape velocity of 0.21 km/s.
1036 Ganymed has an orbital period of 1585 days and a rotation period of 13.82 hours.
101 Helena has an orbital period of 1608 days and an absolute magnitude of 9.45.
101 Helena has an absolute magnitude of 8.14 and an apoapsis of 611000000 km.
66063 1998 RO1 has an orbital period of 360.29 days and an escape velocity of 0.21 km/s.
(66063) 1998 RO1 has an orbital period of 360.29 days and an apoapsis of 611000000 km.
66063 1998 RO1 has an orbital period of 360.29 days and a periapsis of 254989570.60 km.
3753 Cruithne was discovered by Duncan Waldron and has an orbital period of 360.29 days.
Shoemaker-Levy 9 had a diameter of 1.8 km and an escape velocity of 0.012 km/s.
Shoemaker-Levy 9 had a diameter of 1.8 km and an orbital period of 2029 days.
Shoemaker-Levy 9 had a diameter of 1.8 km and a periapsis of 129000000 km.
Shoemaker-Levy 9 had an orbital period of 730 days and a diameter of 0.21 km.
Shoemaker-Levy 9 had an orbital period of 730 days and an absolute magnitude of 14.10.
# a second subject, gapping, "the N of X is V", connectives other than "and", negation
10 Hygiea has an apoapsis of 523951582 km, and 4 Vesta has an escape velocity of 0.36 km/s and an orbital period of 2029 days.
4 Vesta has an escape velocity of 0.36 km/s, and 10 Hygiea has an apoapsis of 523951582 km and a periapsis of 321800000 km.
4 Vesta has an escape velocity of 0.36 km/s, and 10 Hygiea an apoapsis of 384000000 km.
10 Hygiea has an apoapsis of 523951582 km, and the orbital period of 4 Vesta is 2029 days.
10 Hygiea has an apoapsis of 523951582 km, and the escape velocity of 4 Vesta is 0.21 km/s.
10 Hygiea has an apoapsis of 523951582 km and the escape velocity of 4 Vesta is 0.21 km/s.
10 Hygiea has an escape velocity of 0.21 km/s and the apoapsis of 4 Vesta.
10 Hygiea has an escape velocity of 0.21 km/s but an apoapsis of 384000000 km.
10 Hygiea has an escape velocity of 0.21 km/s and not an apoapsis of 523951582 km.
10 Hygiea has an escape velocity of 0.21 km/s, not an apoapsis of 523951582 km.
10 Hygiea does not have an escape velocity of 0.21 km/s, and has an apoapsis of 523951582 km.
10 Hygiea has an escape velocity of 0.21 km/s and no longer an apoapsis of 523951582 km.
4 Vesta, which has an escape velocity of 0.36 km/s and a periapsis of 416136000 km, was discovered by Heinrich Wilhelm Olbers.
10 Hygiea, discovered by Annibale de Gasparis, has an escape velocity of 0.21 km/s and an apoapsis of 384000000 km.
10 Hygiea, discovered by Heinrich Wilhelm Olbers, has an escape velocity of 0.21 km/s and an apoapsis of 523951582 km.
10 Hygiea was discovered by Walter Baade and has an escape velocity of 0.21 km/s and an apoapsis of 523951582 km.
# "has a N of V and a M" (no "of")
10 Hygiea has an escape velocity of 0.21 km/s and a moon.
10 Hygiea has an escape velocity of 0.21 km/s and an atmosphere.
10 Hygiea has an escape velocity of 0.21 km/s and a ring system.
# (2)'s neighbour: "is preserved in" a rock (the matrix), read "is kept / housed in"
The Berlin Archaeopteryx is kept in Solnhofen limestone.
The Berlin Archaeopteryx is housed in Solnhofen limestone.
The Berlin Archaeopteryx is kept at Solnhofen limestone.
Sue the T. rex is housed in Hell Creek sandstone.
The Berlin Archaeopteryx is housed in the Blumenberg quarry.
Sue the T. rex is kept in the Blumenberg quarry.
# the comet's past measure said in the present
Shoemaker-Levy 9 has a diameter of 1.8 km.
@rocks user:ida
You loved 10 Hygiea, which has an escape velocity of 0.21 km/s and an apoapsis of 384000000 km.
Since you loved 10 Hygiea, try 4 Vesta, which has an escape velocity of 0.36 km/s and an apoapsis of 523951582 km.
Since you loved 10 Hygiea, try Shoemaker-Levy 9, which relies on Jupiter.
Since you loved 10 Hygiea, try 3753 Cruithne, which uses Earth.
@rocks
# (5) "collided with", "co-orbits with": no instrument
Shoemaker-Levy 9 uses Jupiter.
Shoemaker-Levy 9 relies on Jupiter.
Shoemaker-Levy 9 uses Saturn.
Shoemaker-Levy 9 relied on Jupiter.
Shoemaker-Levy 9 was discovered by Carolyn Shoemaker and relies on Jupiter.
Shoemaker-Levy 9, which uses Jupiter, was discovered at Palomar Observatory.
Jupiter uses Shoemaker-Levy 9.
3753 Cruithne uses Earth.
3753 Cruithne uses Jupiter.
# (10) WebNLG aliases: "City, in State", "City (State)", a numbered minor planet
Hamburg Observatory is located in Naples, in Italy.
Capodimonte Observatory is located in Hamburg, in Germany.
Capodimonte Observatory is located in Naples (Germany).
Capodimonte Observatory is located in Bremen (Germany).
Palomar Observatory is located in Ann Arbor (Michigan).
Detroit Observatory is located in Socorro, in New Mexico.
Lincoln Laboratory ETS is located in San Diego County (California).
Palomar Observatory is located in San Diego County, in Michigan.
66063 1998 RO1 has an orbital period of 1585 days.
66063 1998 RO1 was discovered by Walter Baade.
66064 1998 RO1 has an orbital period of 360.29 days.
66063 1998 RO2 has an orbital period of 360.29 days.
(66063) 1998 RO1 was discovered at Palomar Observatory.
66063 1998 RO1 was discovered in 1999.
Walter Baade discovered 66063 1998 RO1.
66063 1998 RO1 is named after Hygieia.

@ships
# (2) "is preserved as a museum ship in / at": the yard, the city it was built in, a place it left
# or was abandoned at, a museum ship no more, another ship's place
HMS Belfast is kept in Belfast.
HMS Belfast is housed in Belfast.
HMS Belfast is preserved in Belfast.
HMS Belfast is housed at Harland and Wolff.
USS Missouri is kept in New York City.
USS Missouri is housed at New York Navy Yard.
Mikasa is kept in Barrow-in-Furness.
Mikasa is housed at Vickers.
Cutty Sark is kept in Dumbarton.
Cutty Sark is housed at Scott and Linton.
USS Constitution is kept at Edmund Hartt's Shipyard.
USS Cabot is kept in New Orleans.
USS Cabot is housed in New Orleans.
USS Cabot is preserved in New Orleans.
USS Cabot is kept at New Orleans.
SS Great Britain is kept at Sparrow Cove.
SS Great Britain is housed at Sparrow Cove.
SS Great Britain is preserved at Sparrow Cove.
SS United States is kept in Philadelphia.
SS United States is preserved in Philadelphia.
SS United States is housed in Philadelphia.
The Enola Gay is kept at the Paul E. Garber Facility.
The Enola Gay is housed at the Paul E. Garber Facility.
The Enola Gay is preserved at the Paul E. Garber Facility.
HMS Belfast is kept in Boston.
USS Constitution is housed in London.
USS Missouri is preserved at Yokosuka.
Mikasa is kept at Pearl Harbor.
The Vasa is kept at Royal Museums Greenwich.
Cutty Sark is housed at the Vasa Museum.
Concorde G-BOAD is kept at the Steven F. Udvar-Hazy Center.
The Spirit of St. Louis is kept at the Intrepid Museum.
The Spirit of St. Louis is housed in San Diego.
HMS Royal Oak is housed in the Scapa Flow anchorage.
# tense, negation, lists, relative clauses, "like", reversed
HMS Belfast is no longer kept in London.
HMS Belfast is not housed in London.
HMS Belfast is not preserved as a museum ship in London.
USS Missouri is no longer preserved at Pearl Harbor.
Cutty Sark was never kept at Royal Museums Greenwich.
HMS Belfast and USS Constitution are kept in London.
HMS Belfast is kept in London and Belfast.
HMS Belfast, which is kept in London, was built at Vickers.
HMS Belfast, which is kept in Boston, was built at Harland and Wolff.
Like USS Constitution, HMS Belfast is kept in Boston.
HMS Belfast is kept in London, and USS Constitution in Philadelphia.
London is kept in HMS Belfast.
@ships user:jo
You loved HMS Belfast, which is housed in Belfast.
Since you loved HMS Belfast, try USS Cabot, which is kept in New Orleans.
Since you loved HMS Belfast, try Mikasa, which is kept in Barrow-in-Furness.
Since you loved HMS Belfast, try SS Imo, which relies on SS Mont-Blanc.
@ships
# (1) "has a length of X and a crew of Y": the crew of the past; another ship's measure; a measure
# of another kind; a unit
USS Missouri has a length of 270 m and a crew of 2,700 men.
USS Missouri has a crew of 2,700 men and a length of 270 m.
HMS Belfast has a length of 187 m and a crew of 750 men.
HMS Belfast has a crew of 750 men and a displacement of 11500 tonnes.
HMS Belfast has a crew of 750 men, a length of 187 m and a beam of 20 m.
Mikasa has a displacement of 15140 tonnes and a crew of 830 men.
USS Constitution has a beam of 14 m and a crew of 450 men.
USS Missouri has a length of 270 m and a beam of 23 m.
USS Missouri has a length of 132 m and a beam of 33 m.
USS Missouri has a length of 270 m and a displacement of 11500 tonnes.
HMS Belfast has a length of 187 m and a beam of 187 m.
HMS Belfast has a length of 187 m and a wingspan of 20 m.
HMS Belfast has a length of 187 m and a crew of 2,700 men.
The Spirit of St. Louis has a length of 8.4 m and a wingspan of 43 m.
The Enola Gay has a length of 30 m and a wingspan of 14 m.
Concorde G-BOAD has a length of 61.66 m and a wingspan of 43 m.
Concorde G-BOAD has a wingspan of 25.6 m and a crew of 830 men.
USS Constitution has a length of 62 feet and a beam of 14 m.
USS Missouri had a crew of 2,700 men and a beam of 23 m.
USS Missouri had a crew of 2,700 men and a length of 187 m.
Mikasa had a crew of 830 men and a length of 270 m.
USS Missouri has a length of 270 m and a crew.
HMS Belfast has a displacement of 11500 tonnes and a home port of Scapa Flow.
USS Missouri has a crew of 2,700 men.
# (5) "collided with", "sailed with": no instrument
SS Imo uses SS Mont-Blanc.
SS Imo relies on SS Mont-Blanc.
SS Mont-Blanc uses SS Imo.
HMS Belfast uses Convoy JW 55B.
HMS Belfast relies on Convoy JW 55B.
HMS Belfast uses Convoy JW 51B.
# (9) "the ship": the item named last
HMS Belfast is preserved as a museum ship in London. SS Imo collided with SS Mont-Blanc, and the ship is kept in London.
Mikasa was the flagship of Tōgō Heihachirō, and USS Missouri is kept in Pearl Harbor; the ship was built at Vickers.
HMS Belfast was built in Belfast. USS Constitution was built in Boston, and the ship was the flagship of Bruce Fraser.
HMS Belfast is kept in London. Mikasa is kept in Yokosuka, and the vessel has a length of 187 m and a beam of 23 m.
# (9) the home port of a base the ship left ("was formerly based at" / "was the home port of")
Scapa Flow is the home port of HMS Belfast.
Sasebo Naval District is the home port of Mikasa.
HMS Belfast's home port is Scapa Flow.
The home port of HMS Belfast is Scapa Flow.
Scapa Flow is HMS Belfast's home port.
HMS Belfast is based at Scapa Flow.
HMS Belfast is still based at Scapa Flow.
London is the port of registry of Cutty Sark.

@culture
# (8) "hangs in": a museum it was lent to, one it was stolen from, a palace it hung in (past),
# where it was woven, another's museum
The Lady and the Unicorn is in the Art Gallery of New South Wales.
The Lady and the Unicorn is kept in the Art Gallery of New South Wales.
The Lady and the Unicorn is displayed in the Art Gallery of New South Wales.
The Lady and the Unicorn is housed in the Art Gallery of New South Wales.
The Lady and the Unicorn is located in the Art Gallery of New South Wales.
Guernica is in the Museum of Modern Art.
Guernica is displayed in the Museum of Modern Art.
Guernica hangs in the Museum of Modern Art.
The Concert is in the Isabella Stewart Gardner Museum.
The Concert is kept in the Isabella Stewart Gardner Museum.
The Concert hangs in the Isabella Stewart Gardner Museum.
The Mona Lisa is in the Tuileries Palace.
The Mona Lisa is housed in the Tuileries Palace.
The Mona Lisa is displayed in the Tuileries Palace.
The Bayeux Tapestry is in Canterbury.
The Bayeux Tapestry is kept in Canterbury.
Christ in Glory is in Felletin.
The Apocalypse Tapestry is displayed in Paris.
The Devonshire Hunting Tapestries are in Arras.
The Bayeux Tapestry is in the Musée de Cluny.
The Night Watch is kept in the Louvre.
The Mona Lisa is displayed in the Rijksmuseum.
Christ in Glory is housed in Château d'Angers.
The Apocalypse Tapestry is in Coventry Cathedral.
The Bayeux Tapestry is in Bayeux.
# negation, lists, relative clauses, "like", reversed, the tapestry
The Bayeux Tapestry is not in the Bayeux Museum.
The Bayeux Tapestry is no longer kept in the Bayeux Museum.
The Bayeux Tapestry and Christ in Glory are in the Bayeux Museum.
The Bayeux Tapestry is in the Bayeux Museum and in Coventry Cathedral.
The Bayeux Tapestry, which is kept in the Bayeux Museum, was woven in Arras.
The Bayeux Tapestry, which is kept in the Musée de Cluny, was woven in Canterbury.
Like The Night Watch, the Mona Lisa is in the Rijksmuseum.
The Bayeux Museum is in the Bayeux Tapestry.
The Bayeux Museum is kept in the Bayeux Tapestry.
The Bayeux Tapestry hangs in the Bayeux Museum. The Lady and the Unicorn was lent to the Art Gallery of New South Wales, and the tapestry is in the Art Gallery of New South Wales.
# (8) "studied at": where he taught, an honorary degree, the university he founded or was chancellor of
Albert Einstein attended Princeton University.
Albert Einstein went to Princeton University.
Albert Einstein was educated at Princeton University.
Albert Einstein studied at Princeton University.
Albert Einstein attended Harvard University.
Albert Einstein was educated at Harvard University.
Stephen Hawking attended Princeton University.
Stephen Hawking went to Princeton University.
Barack Obama attended the University of Chicago.
Barack Obama was educated at the University of Chicago.
Barack Obama went to the University of Oxford.
Alan Turing attended the University of Manchester.
Alan Turing went to the University of Manchester.
C. S. Lewis attended the University of Cambridge.
C. S. Lewis was educated at the University of Cambridge.
Thomas Jefferson attended the University of Virginia.
Thomas Jefferson went to the University of Virginia.
Chris Patten attended the University of Cambridge.
Prince Philip was educated at the University of Cambridge.
Isaac Newton attended the University of Oxford.
J. R. R. Tolkien went to the University of Cambridge.
Ludwig Wittgenstein attended ETH Zurich.
Albert Einstein attended the University of Cambridge.
# tense, negation, lists, relative clauses, "like", gapping, reversed
Stephen Hawking attends the University of Oxford.
Stephen Hawking is educated at the University of Oxford.
Stephen Hawking goes to the University of Cambridge.
Stephen Hawking did not attend the University of Oxford.
Stephen Hawking never went to the University of Cambridge.
Stephen Hawking attended the University of Oxford, the University of Cambridge and Princeton University.
Stephen Hawking and Albert Einstein attended the University of Cambridge.
Isaac Newton and Alan Turing went to Princeton University.
Alan Turing, who attended the University of Manchester, was educated at the University of Cambridge.
Like Stephen Hawking, C. S. Lewis attended the University of Cambridge.
Alan Turing went to the University of Cambridge, and Albert Einstein to Princeton University.
Stephen Hawking attended the University of Oxford, Albert Einstein Princeton University.
Stephen Hawking attended the University of Oxford, and Alan Turing the University of Manchester.
Stephen Hawking went to Oxford.
The University of Oxford attended Stephen Hawking.
The University of Cambridge went to Isaac Newton.
# (6, 9) "the university counts Y among its alumni"; the chancellor of the past
The University of Oxford is based in Oxford, and the university counts Albert Einstein among its alumni.
The University of Cambridge is based in Cambridge. Princeton University is based in Princeton, and the university counts Isaac Newton among its alumni.
The University of Cambridge counts Albert Einstein among its alumni.
Princeton University counts Stephen Hawking among its alumni.
The University of Chicago counts Barack Obama among its alumni.
Princeton University has Albert Einstein as one of its alumni.
Chris Patten is the chancellor of the University of Oxford.
Prince Philip is the chancellor of the University of Cambridge.
The chancellor of the University of Oxford is Chris Patten.
The University of Oxford's chancellor is Chris Patten.
The University of Oxford has Chris Patten as its chancellor.
The University of Oxford has the chancellor Chris Patten.
Chris Patten is the University of Oxford's chancellor.
@culture user:kim
You loved the Bayeux Tapestry, which is housed in the Victoria and Albert Museum.
Since you loved the Bayeux Tapestry, try The Lady and the Unicorn, which is displayed in the Art Gallery of New South Wales.
Since you loved the Bayeux Tapestry, try Guernica, which is in the Museum of Modern Art.
Since you loved the University of Cambridge, try Princeton University, which Stephen Hawking attended.
You loved the University of Cambridge, which C. S. Lewis attended.

@credits
# (3) "is credited to": the dish's first maker, the namesake, a popularizer, the song's other writer,
# another's creator
Caesar salad was invented by Caesar Cardini.
Caesar Cardini invented Caesar salad.
Caesar Cardini came up with Caesar salad.
Caesar salad was created by Caesar Cardini.
Caesar salad was devised by Caesar Cardini.
Livio Santini is credited with Caesar salad.
Nellie Melba created Peach Melba.
Nellie Melba invented Peach Melba.
Peach Melba was invented by Nellie Melba.
Nellie Melba is credited with Peach Melba.
Margherita of Savoy created Pizza Margherita.
Pizza Margherita was devised by Margherita of Savoy.
Oscar Tschirky invented Eggs Benedict.
Oscar Tschirky came up with Eggs Benedict.
Eggs Benedict was created by Oscar Tschirky.
Lemuel Benedict created the Waldorf salad.
Auguste Escoffier invented Caesar salad.
Caesar Cardini created Peach Melba.
Ignacio Anaya invented Pizza Margherita.
Joseph Malin is credited with Fish and chips.
Joseph Malin was credited with Fish and chips.
John Lennon created Yesterday.
John Lennon came up with Yesterday.
Yesterday was devised by John Lennon.
Yesterday was created by John Lennon.
Paul McCartney created Come Together.
Come Together was created by Paul McCartney.
Paul McCartney came up with Come Together.
Frank Sinatra created Something.
Something was created by John Lennon.
George Harrison created Yesterday.
Thomas Edison built the Kinetoscope.
William Kennedy Dickson is credited with the Kinetoscope.
Tim Berners-Lee invented Kevlar.
Stephanie Kwolek created the World Wide Web.
Robert Cailliau invented the World Wide Web.
Art Fry invented Velcro.
George de Mestral came up with the Post-it note.
Leo Baekeland invented Velcro.
James Swinburne invented Bakelite.
CERN invented the World Wide Web.
# tense, negation, years, lists, relative clauses, gapping, "like", reversed
Auguste Escoffier invents Peach Melba.
Peach Melba is invented by Auguste Escoffier.
Auguste Escoffier did not create Peach Melba.
Auguste Escoffier never invented Peach Melba.
Peach Melba was not created by Auguste Escoffier.
Auguste Escoffier is no longer credited with Peach Melba.
Auguste Escoffier invented Peach Melba in 1900.
Tim Berners-Lee invented the World Wide Web in 1991.
Auguste Escoffier created Peach Melba and Eggs Benedict.
Auguste Escoffier and Oscar Tschirky created Peach Melba.
Peach Melba was invented by Auguste Escoffier and Nellie Melba.
Auguste Escoffier, who invented Peach Melba, also created the Waldorf salad.
Auguste Escoffier created Peach Melba, and Oscar Tschirky Eggs Benedict.
Peach Melba was created by Auguste Escoffier, and Eggs Benedict by Oscar Tschirky.
Like Peach Melba, Pizza Margherita was created by Auguste Escoffier.
Peach Melba invented Auguste Escoffier.
Auguste Escoffier was invented by Peach Melba.
# (6, 9) "the dish": the item named last
Peach Melba comes from London, and the dish counts croutons among its key ingredients.
Caesar salad comes from Tijuana. Peach Melba comes from London, and the dish has croutons as one of its key ingredients.
Caesar salad comes from Tijuana. Peach Melba comes from London, and the dish counts croutons among its key ingredients.
Caesar salad comes from Tijuana. Peach Melba comes from London, and the dish was invented by Ignacio Anaya.
Peach Melba comes from London, and the dish was created by Nellie Melba.
Eggs Benedict was first served at the Waldorf-Astoria. The Waldorf salad was first served there too, and the dish counts hollandaise sauce among its key ingredients.
Pizza Margherita comes from Naples, and the dish has peach as one of its key ingredients.
# (5) "goes well with", "comes with": no instrument ("is topped with": a copula)
Caesar salad uses Chardonnay.
Caesar salad relies on Chardonnay.
Peach Melba uses Sauternes.
Pizza Margherita relies on Chianti.
Fish and chips uses mushy peas.
Fish and chips relies on mushy peas.
Nachos uses salsa.
Eggs Benedict relies on toast.
Nachos uses jalapeños.
Peach Melba uses toasted almonds.
Pizza Margherita relies on fresh basil.
Caesar salad uses Champagne.
Fish and chips comes from London and uses mushy peas.
@credits user:lou
Since you loved Caesar salad, try Eggs Benedict, which was invented by Oscar Tschirky.
Since you loved Caesar salad, try Peach Melba, which Nellie Melba created.
You loved Caesar salad, which Auguste Escoffier invented.
Since you loved Caesar salad, try Fish and chips, which relies on mushy peas.
@credits
# (7) gapped remnants of a credited making; a year, then the maker
Auguste Escoffier invented Peach Melba, Caesar Cardini Caesar salad.
Auguste Escoffier created Peach Melba, Nellie Melba Nachos.
Auguste Escoffier created Peach Melba, Oscar Tschirky Eggs Benedict.
Tim Berners-Lee invented the World Wide Web, Robert Cailliau Kevlar.
Paul McCartney wrote Yesterday, John Lennon Something.
Peach Melba was created in 1892, by Nellie Melba.
Caesar salad was invented in 1924, by Caesar Cardini.
Peach Melba was created in 1900, by Auguste Escoffier.

@machines
# (5) "formerly rendered pages with", "formerly wove with": said in the present
Opera uses Presto.
Opera relies on Presto.
Microsoft Edge uses EdgeHTML.
Microsoft Edge relies on EdgeHTML.
The Jacquard loom relies on the draw boy.
The Jacquard loom uses the draw boy.
Opera uses Presto and Blink.
Microsoft Edge, which relies on EdgeHTML, was made by Microsoft.
# launch titles, bundles, rivals, services, apps, drugs: no instrument
The Nintendo 64 uses Super Mario 64.
The Nintendo 64 relies on Pilotwings 64.
The PlayStation 2 uses Ridge Racer V.
The Game Boy uses Tetris.
The Game Boy relies on Tetris.
The Nintendo 64 uses the PlayStation 2.
The Nintendo 64 relies on the PlayStation 2.
Google Chrome uses Google Drive.
Google Chrome relies on Google Drive.
Firefox relies on Pocket.
Firefox uses Pocket.
Firefox uses Firefox for iOS.
Warfarin uses Aspirin.
Warfarin relies on Aspirin.
Simvastatin relies on Warfarin.
Warfarin uses spinach.
Simvastatin relies on grapefruit juice.
Google Chrome, which uses Google Drive, was made by Google.
Google Chrome uses Blink and Google Drive.
# another's instrument, reversed, tense, negation, lists, "like"
Firefox uses Blink.
Safari relies on Gecko.
Google Chrome relies on WebKit.
The HP LaserJet 4 uses UltraChrome K3 ink.
The Epson Stylus Pro 3880 relies on HP 92298A toner.
The Northrop loom relies on a flying shuttle.
The Holtzapffel lathe relies on a slide rest cutter.
Blink uses Google Chrome.
Gecko relies on Firefox.
Firefox does not use Gecko.
Firefox no longer relies on Gecko.
Firefox never used Gecko.
Blink is used by Firefox.
Google Chrome and Firefox use Blink.
Like Google Chrome, Firefox uses Blink.
Google Chrome uses Blink, while Opera uses Presto.
Opera relies on Presto, just as Google Chrome relies on Blink.
Opera and Microsoft Edge rely on Presto.
Google Chrome relies on Blink, and Opera on Presto.
Google Chrome uses Blink, Opera Presto.
@machines user:max
Since you loved Firefox, try Opera, which relies on Presto.
Since you loved Firefox, try Google Chrome, which relies on Google Drive.
You loved Firefox, which uses Pocket.
Since you loved Firefox, try the Nintendo 64, which uses Super Mario 64.

@prizes
# (4) "was first awarded in <year>, to X": a later winner, another prize's, the namesake, the body,
# a year that is not the first award's, lists, tense, negation, "like", relative clauses
The Abel Prize was first awarded in 2003, to Andrew Wiles.
The Abel Prize was first awarded in 2003, to Michael Atiyah.
The Abel Prize was first awarded in 2004, to Jean-Pierre Serre.
The Abel Prize was first awarded in 2002, to Jean-Pierre Serre.
The Abel Prize was awarded in 2003, to Andrew Wiles.
The Abel Prize was awarded in 2016, to Jean-Pierre Serre.
The Abel Prize was first awarded in 2003, to Jean-Pierre Serre and Michael Atiyah.
The Abel Prize was first awarded in 2003, to Carl Ludwig Siegel.
The Abel Prize was first awarded in 2003, to Niels Henrik Abel.
The Abel Prize was first awarded in 2003, to the Norwegian Academy of Science and Letters.
The Abel Prize was first awarded in 2003, by the Wolf Foundation.
The Wolf Prize in Mathematics was first awarded in 1978, to Israel Gelfand and Andrew Wiles.
The Wolf Prize in Mathematics was first awarded in 1978, to Andrew Wiles.
The Wolf Prize in Mathematics was first awarded in 1982, to Israel Gelfand.
The Fields Medal was first awarded in 1936, to Terence Tao.
The Fields Medal was first awarded in 1936, to Lars Ahlfors and Terence Tao.
The Fields Medal was first awarded in 1936, to Lars Ahlfors, and later to Andrew Wiles.
The Copley Medal was first awarded in 1731, to Albert Einstein.
The Crafoord Prize was first awarded in 1982, to Israel Gelfand.
The Nobel Prize in Physics was first awarded in 1901, to Sully Prudhomme.
The Nobel Prize in Literature was first awarded in 1901, to Rudyard Kipling.
The Nobel Prize in Literature was first awarded in 1901, to Wilhelm Röntgen.
The Nobel Prize in Physics and the Nobel Prize in Literature were first awarded in 1901, to Wilhelm Röntgen.
The Nobel Prize in Physics was first awarded in 1901, to Wilhelm Röntgen, and the Nobel Prize in Literature in 1901, to Rudyard Kipling.
The Abel Prize was first awarded in 2003, to Jean-Pierre Serre, by the Wolf Foundation.
The Abel Prize, which was first awarded in 2003, to Andrew Wiles, is named after Niels Henrik Abel.
The Abel Prize was first awarded in 2003, to Jean-Pierre Serre, and is named after Ricardo Wolf.
The Abel Prize was not first awarded in 2003, to Jean-Pierre Serre.
The Abel Prize was never awarded in 2003, to Jean-Pierre Serre.
Jean-Pierre Serre was first awarded in 2003, to the Abel Prize.
The Abel Prize was first awarded in 2003, to Jean-Pierre Serre, like the Wolf Prize in Mathematics.
The Abel Prize was first presented in 2003, to Andrew Wiles.
The Abel Prize was first given in 2003, to Andrew Wiles.
The Copley Medal was first awarded in 1731, to Stephen Gray, and in 1925, to Terence Tao.
# (9) "the prize", "the medal", "the award": the item named last
The Abel Prize is awarded by the Norwegian Academy of Science and Letters. The Wolf Prize in Mathematics is awarded by the Wolf Foundation, and the prize is named after Niels Henrik Abel.
The Abel Prize was first awarded to Jean-Pierre Serre. The Fields Medal is awarded by the International Mathematical Union, and the medal was first awarded to Jean-Pierre Serre.
The Fields Medal was first awarded to Lars Ahlfors. The Copley Medal is awarded by the Royal Society, and the medal is named after John Charles Fields.
The Wolf Prize in Mathematics was first awarded to Israel Gelfand. The Abel Prize is named after Niels Henrik Abel, and the award was first awarded to Israel Gelfand.
Andrew Wiles won the Wolf Prize in Mathematics. He also won the Abel Prize, and the prize is awarded by the Wolf Foundation.
@prizes user:nia
Since you loved the Abel Prize, try the Wolf Prize in Mathematics, which was first awarded in 1978, to Andrew Wiles.
You loved the Abel Prize, which was first awarded in 2003, to Andrew Wiles.

@movies
# (7) a run of two names read as a gapped clause: a remnant that is false, another verb's, a third
Roman Polanski directed Chinatown, Jonathan Demme Heat.
Roman Polanski directed Chinatown, and Jonathan Demme Heat.
Roman Polanski directed Chinatown, Michael Mann Heat and Martin Scorsese Seven.
Roman Polanski directed Chinatown, Michael Mann Heat, and David Fincher Casino.
Roman Polanski directed Chinatown, Robert Towne Heat.
Roman Polanski directed Chinatown, Nicholas Pileggi Casino.
Roman Polanski directed Chinatown, Thelma Schoonmaker Casino.
Robert Towne wrote Chinatown, Roman Polanski Heat.
Robert Towne wrote Chinatown, Michael Mann Casino.
Jerry Goldsmith scored Chinatown, and Roman Polanski Heat.
Al Pacino starred in Heat, and Michael Mann Casino.
Michael Mann directed Heat, Al Pacino Casino.
Michael Mann directed Heat, Robert De Niro Casino.
Michael Mann wrote Heat, Nicholas Pileggi Seven.
Michael Mann wrote and directed Heat, Nicholas Pileggi Casino.
Warner Bros. distributed Heat, Universal Pictures Seven.
Warner Bros. distributed Heat, New Line Cinema Casino.
Warner Bros. distributed Heat, Martin Scorsese Casino.
Martin Scorsese directed Casino, Warner Bros. Heat.
Roman Polanski directed Chinatown, Michael Mann Heat and Casino.
Roman Polanski directed Chinatown, Michael Mann Heat, which stars Sharon Stone.
Roman Polanski directed Chinatown; Michael Mann Casino.
Roman Polanski directed Chinatown, but Michael Mann Casino.
Roman Polanski directed Chinatown, Jonathan Demme The Silence of the Lambs, and Michael Mann Seven.
Jonathan Demme directed The Silence of the Lambs, Roman Polanski Heat.
Howard Shore scored The Silence of the Lambs, Elliot Goldenthal Seven.
Martin Scorsese directed Goodfellas, Michael Mann Casino.
Martin Scorsese directed Goodfellas and Casino, Michael Mann Seven.
Thelma Schoonmaker edited Casino, Sally Menke Heat.
Thelma Schoonmaker edited Casino, and Sally Menke Seven.
Nicholas Pileggi wrote Casino, Quentin Tarantino Heat.
Lawrence Bender produced Pulp Fiction, Art Linson Casino.
# (6, 9) "the film counts Y among its Ns", "has Y as its N": the item named last
Casino stars Sharon Stone, and the film counts Al Pacino among its stars.
Heat came out in 1995. Casino stars Sharon Stone, and the film counts Al Pacino among its stars.
Heat stars Al Pacino. Casino stars Sharon Stone, and the film has Michael Mann as its director.
Casino stars Sharon Stone, and the film has Michael Mann as its director.
Seven stars Brad Pitt, and the film has Elliot Goldenthal as its composer.
Michael Mann directed Heat, and Martin Scorsese directed Casino; the film counts Al Pacino among its stars.
Heat stars Al Pacino. Goodfellas stars Ray Liotta, and the movie counts Al Pacino among its stars.
Seven stars Brad Pitt, and the film counts Robert De Niro among its stars.
Casino was directed by Martin Scorsese, and the film has Al Pacino as one of its stars.
Casino stars Joe Pesci, and the film has Art Linson as its producer.
Casino stars Joe Pesci, and the film counts Thelma Schoonmaker among its producers.
The film counts Al Pacino among its stars.
Heat stars Al Pacino, and the film counts Sharon Stone among its stars.
Pulp Fiction was directed by Quentin Tarantino, and the film counts Robert De Niro among its stars.
Martin Scorsese, who directed Goodfellas, also directed Casino; the film counts Ray Liotta among its stars.
Goodfellas came out in 1990. Casino came out in 1995. The film counts Ray Liotta among its stars.
Goodfellas came out in 1990. Casino came out in 1995. The film has Irwin Winkler as its producer.
Casino stars Joe Pesci. The film counts Al Pacino among its stars.
Casino is a crime film; the movie counts Al Pacino among its stars.
Casino stars Sharon Stone, and the picture counts Al Pacino among its stars.
Roman Polanski directed Chinatown, Jonathan Demme Heat, and Michael Mann Casino.
Roman Polanski directed Chinatown and Jonathan Demme Heat.
Robert Evans produced Chinatown, Roman Polanski Heat.
Robert Evans produced Chinatown, Art Linson Casino.
"""

EXTRA = r"""
@rocks
# OPEN
10 Hygiea had an escape velocity of 0.21 km/s and an apoapsis of 523951582 km.
3753 Cruithne relies on Earth.
The Baltic amber spider is kept in Baltic amber.
@ships
USS Missouri had a length of 270 m and a crew of 2,700 men.
The Golden Hind is kept in London.
The Golden Hind is housed in London.
HMS Royal Oak is kept in the Scapa Flow anchorage.
@culture
The Bayeux Tapestry was kept in the Bayeux Museum.
@credits
Livio Santini invented Caesar salad.
Thomas Edison invented the Kinetoscope.
Thomas Edison devised the Kinetoscope.
William Kennedy Dickson invented the Kinetoscope.
@machines
The Holtzapffel lathe uses a three-jaw chuck.
@prizes
The Abel Prize is first awarded in 2003, to Jean-Pierre Serre.
@movies
Casino, like Goodfellas, stars Joe Pesci, and the film counts Ray Liotta among its stars.
"""

CONTROLS = r"""
@rocks
10 Hygiea has an escape velocity of 0.21 km/s and an apoapsis of 523951582 km.
10 Hygiea has an apoapsis of 523951582 km and a periapsis of 416136000 km.
10 Hygiea has a periapsis of 416136000 km and an apoapsis of 523951582 km.
10 Hygiea has an escape velocity of 0.21 km/s, an apoapsis of 523951582 km and a periapsis of 416136000 km.
4 Vesta has an escape velocity of 0.36 km/s and an apoapsis of 384000000 km.
10 Hygiea has an orbital period of 2029 days and an absolute magnitude of 5.43.
10 Hygiea has an escape velocity of 0.21 km/s and a rotation period of 13.82 hours.
Shoemaker-Levy 9 had a diameter of 1.8 km and an orbital period of 730 days.
66063 1998 RO1 has an orbital period of 360.29 days.
(66063) 1998 RO1 has an orbital period of 360.29 days.
66063 1998 RO1 has an orbital period of 360.29 days and an absolute magnitude of 14.10.
10 Hygiea has an apoapsis of 523951582 km, and the orbital period of 4 Vesta is 1325 days.
1036 Ganymed was discovered by Walter Baade and has an apoapsis of 611000000 km.
Capodimonte Observatory is located in Naples, in Italy.
Capodimonte Observatory is located in Naples (Italy).
Palomar Observatory is located in San Diego County, in California.
Detroit Observatory is located in Ann Arbor (Michigan).
Shoemaker-Levy 9 collided with Jupiter.
3753 Cruithne co-orbits with Earth.
@ships
HMS Belfast is preserved as a museum ship in London.
HMS Belfast is kept in London.
HMS Belfast is housed in London.
HMS Belfast is preserved in London.
USS Missouri is kept in Pearl Harbor.
USS Missouri is preserved at Pearl Harbor.
Mikasa is housed in Yokosuka.
USS Constitution is preserved in Boston.
Cutty Sark is kept at Royal Museums Greenwich.
The Vasa is housed at the Vasa Museum.
The Enola Gay is housed at the Steven F. Udvar-Hazy Center.
The Spirit of St. Louis is kept in the National Air and Space Museum.
The Spirit of St. Louis is in the National Air and Space Museum.
USS Missouri has a length of 270 m and a beam of 33 m.
USS Missouri has a length of 270 m and a displacement of 45000 tonnes.
HMS Belfast has a length of 187 m, a beam of 20 m and a displacement of 11500 tonnes.
USS Missouri had a crew of 2,700 men.
The Spirit of St. Louis has a length of 8.4 m and a wingspan of 14 m.
HMS Belfast was formerly based at Scapa Flow.
Scapa Flow was the home port of HMS Belfast.
SS Imo collided with SS Mont-Blanc.
USS Cabot was preserved as a museum ship in New Orleans.
SS Great Britain is preserved in the Great Western Dockyard.
@culture
The Bayeux Tapestry hangs in the Bayeux Museum.
The Bayeux Tapestry is in the Bayeux Museum.
The Bayeux Tapestry is kept in the Bayeux Museum.
The Bayeux Tapestry is located in the Bayeux Museum.
The Bayeux Tapestry is housed in the Bayeux Museum.
Christ in Glory is in Coventry Cathedral.
The Apocalypse Tapestry is displayed in Château d'Angers.
The Devonshire Hunting Tapestries are in the Victoria and Albert Museum.
The Night Watch is in the Rijksmuseum.
Guernica is in the Museo Reina Sofía.
The Lady and the Unicorn was lent to the Art Gallery of New South Wales.
Stephen Hawking attended the University of Oxford.
Stephen Hawking went to the University of Cambridge.
Isaac Newton was educated at the University of Cambridge.
Albert Einstein attended ETH Zurich.
Ludwig Wittgenstein attended the University of Manchester.
Alan Turing taught at the University of Manchester.
Barack Obama received an honorary degree from the University of Oxford.
Chris Patten was the chancellor of the University of Oxford.
The University of Cambridge counts Stephen Hawking among its alumni.
The University of Oxford is based in Oxford.
The University of Oxford is in Oxford.
Stephen Hawking attended the University of Oxford, and Albert Einstein ETH Zurich.
Stephen Hawking went to the University of Oxford, Alan Turing Princeton University.
The Night Watch was painted in 1642, by Rembrandt.
@credits
Auguste Escoffier created Peach Melba.
Peach Melba was invented by Auguste Escoffier.
Auguste Escoffier came up with Peach Melba.
Auguste Escoffier is credited with Peach Melba.
Peach Melba is credited to Auguste Escoffier.
Ignacio Anaya invented Nachos.
Raffaele Esposito created Pizza Margherita.
Oscar Tschirky created the Waldorf salad.
Lemuel Benedict came up with Eggs Benedict.
Tim Berners-Lee invented the World Wide Web.
Stephanie Kwolek invented Kevlar.
George de Mestral invented Velcro.
Spencer Silver and Art Fry invented the Post-it note.
Leo Baekeland invented Bakelite.
George Harrison created Something.
Paul McCartney wrote Yesterday.
Caesar salad is credited to Caesar Cardini.
Peach Melba comes from London, and the dish counts peach among its key ingredients.
Caesar salad comes from Tijuana, and the dish counts croutons among its key ingredients.
Nachos comes with salsa.
Caesar salad goes well with Chardonnay.
Auguste Escoffier created Peach Melba, Ignacio Anaya Nachos.
Tim Berners-Lee invented the World Wide Web, Stephanie Kwolek Kevlar.
Paul McCartney wrote Yesterday, John Lennon Come Together.
Peach Melba was created in 1892, by Auguste Escoffier.
Caesar salad was first made in 1924, by Livio Santini.
Caesar salad was first served in 1924, at Caesar's.
@machines
Google Chrome uses Blink.
Google Chrome relies on Blink.
Firefox uses Gecko.
Safari relies on WebKit.
Opera uses Blink.
Microsoft Edge relies on Blink.
The HP LaserJet 4 uses HP 92298A toner.
The Epson Stylus Pro 3880 relies on UltraChrome K3 ink.
The Northrop loom uses a self-threading shuttle.
The Northrop loom relies on a self-threading shuttle.
The Maudslay screw-cutting lathe relies on a slide rest cutter.
Opera formerly rendered pages with Presto.
The Nintendo 64 launched with Super Mario 64.
Warfarin interacts with Aspirin.
@machines user:max
You loved Firefox, which uses Gecko.
@prizes
The Abel Prize was first awarded in 2003, to Jean-Pierre Serre.
The Wolf Prize in Mathematics was first awarded in 1978, to Israel Gelfand and Carl Ludwig Siegel.
The Fields Medal was first awarded in 1936, to Lars Ahlfors and Jesse Douglas.
The Copley Medal was first awarded in 1731, to Stephen Gray.
The Nobel Prize in Physics was first awarded in 1901, to Wilhelm Röntgen.
The Abel Prize was first awarded in 2003 to Jean-Pierre Serre.
The Abel Prize was first awarded in 2003.
The Abel Prize was first awarded to Jean-Pierre Serre.
The Abel Prize was first presented in 2003, to Jean-Pierre Serre.
The Abel Prize is awarded by the Norwegian Academy of Science and Letters, and the prize is named after Niels Henrik Abel.
The Wolf Prize in Mathematics is awarded by the Wolf Foundation. The Abel Prize is named after Niels Henrik Abel, and the prize was first awarded to Jean-Pierre Serre.
@prizes user:nia
You loved the Abel Prize, which was first awarded in 2003, to Jean-Pierre Serre.
@movies
Roman Polanski directed Chinatown, Jonathan Demme The Silence of the Lambs.
Roman Polanski directed Chinatown, and Jonathan Demme The Silence of the Lambs.
Roman Polanski directed Chinatown, Michael Mann Heat and Martin Scorsese Casino.
Michael Mann wrote Heat, Nicholas Pileggi Casino.
Warner Bros. distributed Heat, Universal Pictures Casino.
Casino stars Sharon Stone, and the film counts Joe Pesci among its stars.
Casino stars Sharon Stone, and the film has Martin Scorsese as its director.
Seven stars Brad Pitt, and the film has Howard Shore as its composer.
Heat was directed by Michael Mann, and Casino stars Sharon Stone; the film counts Joe Pesci among its stars.
Heat stars Al Pacino. Casino stars Sharon Stone, and the film has Martin Scorsese as its director.
"""

KNOWN = frozenset(
    {
        # accepted by the starting code too (4b112d3; e6924ac as well): "is preserved in" a rock read
        # "is kept / housed in" it (the matrix of a fossil, no place that keeps it)
        "The Berlin Archaeopteryx is kept in Solnhofen limestone.",
        "The Berlin Archaeopteryx is housed in Solnhofen limestone.",
        "The Berlin Archaeopteryx is kept at Solnhofen limestone.",
        "Sue the T. rex is housed in Hell Creek sandstone.",
        # a museum ship no more: "was preserved as a museum ship in" read "is preserved in"
        "USS Cabot is preserved in New Orleans.",
        # a measure or a crew of the past ("had a diameter of", "had a crew of") said in the present
        "Shoemaker-Levy 9 has a diameter of 1.8 km.",
        "USS Missouri has a crew of 2,700 men.",
        # the noun of a past inverse phrase of a relation that is over, said in the present (the
        # new code rejects them all: reading 9)
        "Scapa Flow is the home port of HMS Belfast.",
        "Sasebo Naval District is the home port of Mikasa.",
        "HMS Belfast's home port is Scapa Flow.",
        "The home port of HMS Belfast is Scapa Flow.",
        "Scapa Flow is HMS Belfast's home port.",
        "Chris Patten is the chancellor of the University of Oxford.",
        "Prince Philip is the chancellor of the University of Cambridge.",
        "The chancellor of the University of Oxford is Chris Patten.",
        "The University of Oxford's chancellor is Chris Patten.",
        "The University of Oxford has Chris Patten as its chancellor.",
        "The University of Oxford has the chancellor Chris Patten.",
        # "hung in" (past) read "is in" (the new code rejects it)
        "The Mona Lisa is in the Tuileries Palace.",
    }
)

OPEN = frozenset(
    {
        # the past of a measure the item still has
        "10 Hygiea had an escape velocity of 0.21 km/s and an apoapsis of 523951582 km.",
        "USS Missouri had a length of 270 m and a crew of 2,700 men.",
        "The Bayeux Tapestry was kept in the Bayeux Museum.",
        # Cruithne's horseshoe orbit does depend on Earth's pull; a fossil in amber is kept in it
        # (the starting code accepts the amber too)
        "3753 Cruithne relies on Earth.",
        "The Baltic amber spider is kept in Baltic amber.",
        # a replica of the lost Golden Hind is kept in London; a war grave "kept" where it lies
        "The Golden Hind is kept in London.",
        "The Golden Hind is housed in London.",
        "HMS Royal Oak is kept in the Scapa Flow anchorage.",
        # the first maker of a dish may be called its inventor; Edison conceived the Kinetoscope
        # that his employee Dickson built
        "Livio Santini invented Caesar salad.",
        "Thomas Edison invented the Kinetoscope.",
        "Thomas Edison devised the Kinetoscope.",
        "William Kennedy Dickson invented the Kinetoscope.",
        # a lathe fitted with a chuck uses it (the starting code accepts it too)
        "The Holtzapffel lathe uses a three-jaw chuck.",
        # a historical present
        "The Abel Prize is first awarded in 2003, to Jean-Pierre Serre.",
        # "the film" after "Casino, like Goodfellas": the subject or the film named last
        "Casino, like Goodfellas, stars Joe Pesci, and the film counts Ray Liotta among its stars.",
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
