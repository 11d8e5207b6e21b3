# ruff: noqa: E741, E402, E702
# A red team's script, kept as a regression test (tests/test_held_sets.py runs it with CODE=<repo>).
import os
import sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
"""Red team 94: false texts for kgexplain's ConsistencyChecker (readings of commit 95788b5).
Every text below is FALSE on its graph (not backed in any reasonable reading); the script prints
each one the checker accepts, then `accepted N of M`."""

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

E = kgx.Entity


def build(items, others, rels, triples):
    ents = [E("user:kim", kind="user", label="Kim")]
    ents += [E(i, kind="item", type=t, label=l, attrs={"year": y} if y else {}) for i, (t, l, y) in items.items()]
    ents += [E(i, type=t, label=l) for i, (t, l) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


# --- the clubs and collections graphs of tests/test_consistency_clubs_and_collections.py (copied) ---
_CLUBS = {"everton": ("Everton", 1878, "liverpool", "epl", "goodison", "moyes", "st_domingo"),
          "liverpool": ("Liverpool FC", 1892, "liverpool", "epl", "anfield", "slot", "houlding"),
          "hearts": ("Heart of Midlothian", 1874, "edinburgh", "spl", "tynecastle", "critchley", "tom_purdie"),
          "hibs": ("Hibernian", 1875, "edinburgh", "spl", "easter_road", "gray", "edward_hannan"),
          "dortmund": ("Borussia Dortmund", 1909, "dortmund_city", "bundesliga", "westfalen", "kovac", "franz_jacobi")}
_NAMES = {"liverpool": "Liverpool", "edinburgh": "Edinburgh", "dortmund_city": "Dortmund",
          "epl": "Premier League", "spl": "Scottish Premiership", "bundesliga": "Bundesliga",
          "goodison": "Goodison Park", "anfield": "Anfield", "tynecastle": "Tynecastle Park",
          "easter_road": "Easter Road", "westfalen": "Westfalenstadion", "moyes": "David Moyes",
          "slot": "Arne Slot", "critchley": "Neil Critchley", "gray": "David Gray", "kovac": "Niko Kovač",
          "st_domingo": "Ben Swift Chambers", "houlding": "John Houlding", "tom_purdie": "Tom Purdie",
          "edward_hannan": "Edward Hannan", "franz_jacobi": "Franz Jacobi"}
_TYPES = {"liverpool": "city", "edinburgh": "city", "dortmund_city": "city", "epl": "league", "spl": "league",
          "bundesliga": "league", "goodison": "stadium", "anfield": "stadium", "tynecastle": "stadium",
          "easter_road": "stadium", "westfalen": "stadium"}


def clubs():
    rels = [kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to"),
            kgx.Relation("competes_in", phrase="competes in", inverse_phrase="is the league of"),
            kgx.Relation("ground", phrase="plays its home games at", inverse_phrase="is the home ground of"),
            kgx.Relation("managed_by", phrase="is managed by", inverse_phrase="manages"),
            kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded"),
            kgx.Relation("supports", phrase="supports", inverse_phrase="is supported by")]
    ents = [E("user:kim", kind="user", label="Kim")]
    ents += [E(f"x:{k}", type=_TYPES.get(k, "person"), label=v) for k, v in _NAMES.items()]
    tr = [("user:kim", "supports", "club:everton", {"rating": 5.0}), ("user:kim", "supports", "club:hibs", {"rating": 2.0})]
    for cid, (name, year, city, league, ground, manager, founder) in _CLUBS.items():
        ents.append(E(f"club:{cid}", kind="item", type="club", label=name, attrs={"year": year}))
        tr += [(f"club:{cid}", "based_in", f"x:{city}"), (f"club:{cid}", "competes_in", f"x:{league}"),
               (f"club:{cid}", "ground", f"x:{ground}"), (f"club:{cid}", "managed_by", f"x:{manager}"),
               (f"club:{cid}", "founded_by", f"x:{founder}")]
    return kgx.KnowledgeGraph.from_triples(tr, entities=ents, relations=rels)


_WORKS = {"milkmaid": ("The Milkmaid", 1658, "vermeer", "rijks", "domestic life"),
          "nightwatch": ("The Night Watch", 1642, "rembrandt", "rijks", "militia"),
          "pearl": ("Girl with a Pearl Earring", 1665, "vermeer", "mauritshuis", "portrait"),
          "venus": ("The Birth of Venus", 1485, "botticelli", "uffizi", "nude"),
          "olympia": ("Olympia", 1863, "manet", "orsay", "nude")}
_HOLDERS = {"rijks": "Rijksmuseum", "mauritshuis": "Mauritshuis", "uffizi": "Uffizi Gallery", "orsay": "Musée d'Orsay"}
_PAINTERS = {"vermeer": "Johannes Vermeer", "rembrandt": "Rembrandt", "botticelli": "Sandro Botticelli",
             "manet": "Édouard Manet"}


def collections():
    rels = [kgx.Relation("painted_by", phrase="was painted by", inverse_phrase="painted"),
            kgx.Relation("held_by", phrase="is held by", inverse_phrase="holds"),
            kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted in")]
    ents = [E(f"museum:{k}", type="museum", label=v) for k, v in _HOLDERS.items()]
    ents += [E(f"painter:{k}", type="painter", label=v) for k, v in _PAINTERS.items()]
    ents += [E(f"subject:{s}", type="subject", label=s) for s in sorted({w[4] for w in _WORKS.values()})]
    tr = []
    for wid, (title, year, painter, holder, subject) in _WORKS.items():
        ents.append(E(f"work:{wid}", kind="item", type="painting", label=title, attrs={"year": year}))
        tr += [(f"work:{wid}", "painted_by", f"painter:{painter}"), (f"work:{wid}", "held_by", f"museum:{holder}"),
               (f"work:{wid}", "depicts", f"subject:{subject}")]
    return kgx.KnowledgeGraph.from_triples(tr, entities=ents, relations=rels)


# --- new graphs, declared with phrases only, as a new user would ---
def bands():
    rels = [kgx.Relation("managed_by", phrase="is managed by", inverse_phrase="manages"),
            kgx.Relation("signed_to", phrase="is signed to", inverse_phrase="signed"),
            kgx.Relation("from_city", phrase="is based in", inverse_phrase="is home to"),
            kgx.Relation("produced_by", phrase="was produced by", inverse_phrase="produced")]
    items = {"b:zep": ("band", "Led Zeppelin", 1968), "b:sabbath": ("band", "Black Sabbath", 1968),
             "b:oasis": ("band", "Oasis", 1991)}
    others = {"p:grant": ("person", "Peter Grant"), "p:arden": ("person", "Don Arden"),
              "p:marcus": ("person", "Marcus Russell"), "l:atlantic": ("label", "Atlantic Records"),
              "l:vertigo": ("label", "Vertigo Records"), "l:creation": ("label", "Creation Records"),
              "c:london": ("city", "London"), "c:brum": ("city", "Birmingham"), "c:manc": ("city", "Manchester"),
              "p:page": ("person", "Jimmy Page"), "p:bain": ("person", "Rodger Bain"), "p:morris": ("person", "Owen Morris")}
    tr = [("b:zep", "managed_by", "p:grant"), ("b:sabbath", "managed_by", "p:arden"), ("b:oasis", "managed_by", "p:marcus"),
          ("b:zep", "signed_to", "l:atlantic"), ("b:sabbath", "signed_to", "l:vertigo"), ("b:oasis", "signed_to", "l:creation"),
          ("b:zep", "from_city", "c:london"), ("b:sabbath", "from_city", "c:brum"), ("b:oasis", "from_city", "c:manc"),
          ("b:zep", "produced_by", "p:page"), ("b:sabbath", "produced_by", "p:bain"), ("b:oasis", "produced_by", "p:morris")]
    return build(items, others, rels, tr)


def parks():
    rels = [kgx.Relation("administered_by", phrase="is administered by", inverse_phrase="administers"),
            kgx.Relation("located_in", phrase="is located in", inverse_phrase="contains"),
            kgx.Relation("established_in", phrase="was established in", inverse_phrase="saw the establishment of")]
    items = {"pk:yose": ("park", "Yosemite National Park", None), "pk:yell": ("park", "Yellowstone National Park", None),
             "pk:banff": ("park", "Banff National Park", None)}
    others = {"o:nps": ("agency", "National Park Service"), "o:pc": ("agency", "Parks Canada"),
              "s:ca": ("state", "California"), "s:wy": ("state", "Wyoming"), "s:ab": ("province", "Alberta"),
              "y:1890": ("year", "1890"), "y:1872": ("year", "1872"), "y:1885": ("year", "1885")}
    tr = [("pk:yose", "administered_by", "o:nps"), ("pk:yell", "administered_by", "o:nps"), ("pk:banff", "administered_by", "o:pc"),
          ("pk:yose", "located_in", "s:ca"), ("pk:yell", "located_in", "s:wy"), ("pk:banff", "located_in", "s:ab"),
          ("pk:yose", "established_in", "y:1890"), ("pk:yell", "established_in", "y:1872"), ("pk:banff", "established_in", "y:1885")]
    return build(items, others, rels, tr)


def ships():
    rels = [kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates"),
            kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns"),
            kgx.Relation("built_by", phrase="was built by", inverse_phrase="built"),
            kgx.Relation("home_port", phrase="is based in", inverse_phrase="is the home port of")]
    items = {"s:qm2": ("ship", "Queen Mary 2", 2003), "s:oasis": ("ship", "Oasis of the Seas", 2009),
             "s:hurt": ("ship", "MS Richard With", 1993)}
    others = {"c:cunard": ("company", "Cunard Line"), "c:rc": ("company", "Royal Caribbean"), "c:hurt": ("company", "Hurtigruten"),
              "c:carnival": ("company", "Carnival Corporation"), "c:rcg": ("company", "Royal Caribbean Group"),
              "c:hgroup": ("company", "Hurtigruten Group"), "y:stx": ("shipyard", "Chantiers de l'Atlantique"),
              "y:aker": ("shipyard", "Aker Yards"), "y:volkswerft": ("shipyard", "Volkswerft Stralsund"),
              "p:soton": ("city", "Southampton"), "p:miami": ("city", "Miami"), "p:bergen": ("city", "Bergen")}
    tr = [("s:qm2", "operated_by", "c:cunard"), ("s:oasis", "operated_by", "c:rc"), ("s:hurt", "operated_by", "c:hurt"),
          ("s:qm2", "owned_by", "c:carnival"), ("s:oasis", "owned_by", "c:rcg"), ("s:hurt", "owned_by", "c:hgroup"),
          ("s:qm2", "built_by", "y:stx"), ("s:oasis", "built_by", "y:aker"), ("s:hurt", "built_by", "y:volkswerft"),
          ("s:qm2", "home_port", "p:soton"), ("s:oasis", "home_port", "p:miami"), ("s:hurt", "home_port", "p:bergen")]
    return build(items, others, rels, tr)


def art():
    """Works held by one body (a museum) and owned by another (a city, a foundation)."""
    rels = [kgx.Relation("painted_by", phrase="was painted by", inverse_phrase="painted"),
            kgx.Relation("held_by", phrase="is held by", inverse_phrase="holds"),
            kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns"),
            kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted in")]
    items = {"w:jewish": ("painting", "The Jewish Bride", 1665), "w:sunflowers": ("painting", "Sunflowers", 1889),
             "w:potato": ("painting", "The Potato Eaters", 1885)}
    others = {"m:rijks": ("museum", "Rijksmuseum"), "m:vgm": ("museum", "Van Gogh Museum"),
              "o:amsterdam": ("city", "City of Amsterdam"), "o:vgf": ("foundation", "Vincent van Gogh Foundation"),
              "p:rembrandt": ("painter", "Rembrandt"), "p:vg": ("painter", "Vincent van Gogh"),
              "s:couple": ("subject", "a couple"), "s:flowers": ("subject", "flowers"), "s:peasants": ("subject", "peasants")}
    tr = [("w:jewish", "painted_by", "p:rembrandt"), ("w:sunflowers", "painted_by", "p:vg"), ("w:potato", "painted_by", "p:vg"),
          ("w:jewish", "held_by", "m:rijks"), ("w:sunflowers", "held_by", "m:vgm"), ("w:potato", "held_by", "m:vgm"),
          ("w:jewish", "owned_by", "o:amsterdam"), ("w:sunflowers", "owned_by", "o:vgf"), ("w:potato", "owned_by", "o:vgf"),
          ("w:jewish", "depicts", "s:couple"), ("w:sunflowers", "depicts", "s:flowers"), ("w:potato", "depicts", "s:peasants")]
    return build(items, others, rels, tr)


def archive():
    rels = [kgx.Relation("held_by", phrase="is held by", inverse_phrase="holds"),
            kgx.Relation("written_by", phrase="was written by", inverse_phrase="wrote"),
            kgx.Relation("mentions", phrase="mentions", inverse_phrase="is mentioned in")]
    items = {"ms:kells": ("manuscript", "Book of Kells", 800), "ms:beowulf": ("manuscript", "Beowulf Manuscript", 1000)}
    others = {"l:tcd": ("collection", "Trinity College Library"), "l:bl": ("collection", "British Library"),
              "a:columba": ("person", "Columban monks"), "a:anon": ("person", "an anonymous scribe"),
              "x:dublin": ("city", "Dublin"), "x:grendel": ("character", "Grendel")}
    tr = [("ms:kells", "held_by", "l:tcd"), ("ms:beowulf", "held_by", "l:bl"), ("ms:kells", "written_by", "a:columba"),
          ("ms:beowulf", "written_by", "a:anon"), ("ms:beowulf", "mentions", "x:grendel")]
    return build(items, others, rels, tr)


def firms():
    """Companies based in one place (Luxembourg) and from another (their country of origin)."""
    rels = [kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to"),
            kgx.Relation("origin", phrase="is from", inverse_phrase="is the home country of"),
            kgx.Relation("run_by", phrase="is managed by", inverse_phrase="manages")]
    items = {"f:spotify": ("company", "Spotify", 2006), "f:skype": ("company", "Skype", 2003),
             "f:arm": ("company", "Arm Holdings", 1990)}
    others = {"c:sto": ("city", "Stockholm"), "c:lux": ("city", "Luxembourg"), "c:cam": ("city", "Cambridge"),
              "k:se": ("country", "Sweden"), "k:ee": ("country", "Estonia"), "k:uk": ("country", "United Kingdom"),
              "p:ek": ("person", "Daniel Ek"), "p:rene": ("person", "Rene Haas")}
    tr = [("f:spotify", "based_in", "c:lux"), ("f:skype", "based_in", "c:lux"), ("f:arm", "based_in", "c:cam"),
          ("f:spotify", "origin", "k:se"), ("f:skype", "origin", "k:ee"), ("f:arm", "origin", "k:uk"),
          ("f:spotify", "run_by", "p:ek"), ("f:arm", "run_by", "p:rene")]
    return build(items, others, rels, tr)


GRAPHS = {"C": clubs, "W": collections, "M": kgx.KnowledgeGraph.example, "bands": bands, "parks": parks,
          "ships": ships, "art": art, "archive": archive, "firms": firms}

# (graph, false text, why it is false)
FALSE = [
    # fronted participle of an act that is not the item's own making / founding
    ("C", "Published in 1878, Everton play at Goodison Park.", "a club is not published"),
    ("C", "Issued in 1878, Everton play at Goodison Park.", "a club is not issued"),
    ("C", "Commissioned in 1878, Everton play at Goodison Park.", "a club is not commissioned"),
    ("W", "Published in 1485, The Birth of Venus is at the Uffizi Gallery.", "a painting is not published"),
    ("W", "Built in 1485, The Birth of Venus is at the Uffizi Gallery.", "a painting is not built"),
    ("W", "Opened in 1485, The Birth of Venus is at the Uffizi Gallery.", "a painting is not opened"),
    ("M", "Built in 1995, Jumanji stars Robin Williams.", "a film is not built"),
    ("M", "Established in 1995, Jumanji stars Robin Williams.", "a film is not established"),
    ("M", "Inaugurated in 1995, Jumanji stars Robin Williams.", "a film is not inaugurated"),
    ("C", "Translated in 1878, Everton play at Goodison Park.", "not a making"),
    ("C", "Founded in 1879, Everton play at Goodison Park.", "wrong year"),
    ("C", "Founded by David Moyes in 1878, Everton play at Goodison Park.", "Moyes did not found it"),
    ("C", "Founded by Tom Purdie in 1878, Everton play at Goodison Park.", "Purdie founded Hearts"),
    ("parks", "Founded in 1872, Yosemite National Park is located in California.", "Yosemite: 1890"),
    ("parks", "Opened in 1890, Yosemite National Park is located in California.", "established, not opened"),
    ("bands", "Formed in 1969, Led Zeppelin are managed by Peter Grant.", "wrong year"),
    ("W", "Painted in 1642, The Milkmaid is in the Rijksmuseum.", "wrong year"),
    ("W", "Painted by Rembrandt in 1658, The Milkmaid is in the Rijksmuseum.", "Vermeer painted it"),
    ("M", "Distributed by TriStar Pictures in 1995, Jumanji stars Robin Williams.", "a later act, not dated"),
    # a fronted "<relation> by X in <year>" that is no making: the item's year given to that relation
    ("C", "Managed by David Moyes in 1878, Everton play at Goodison Park.", "1878 is the founding; Moyes's tenure is not dated"),
    ("C", "Managed by Neil Critchley in 1874, Heart of Midlothian are based in Edinburgh.", "1874 is the founding; the manager's tenure is not dated"),
    ("C", "Run by Arne Slot in 1892, Liverpool FC play at Anfield.", "1892 is the founding; Slot's tenure is not dated"),
    ("C", "Coached by David Moyes in 1878, Everton play at Goodison Park.", "1878 is the founding; Moyes's tenure is not dated"),
    # dangling participle: the year goes to a person subject
    ("C", "Founded in 1878, David Moyes manages Everton.", "a person given a founding year"),
    ("C", "Founded in 1874, Neil Critchley manages Heart of Midlothian.", "a person given a founding year"),
    ("W", "Painted in 1658, Johannes Vermeer painted The Milkmaid.", "a person given a painting year"),
    ("M", "Produced in 1995, Robin Williams stars in Jumanji.", "a person given a production year"),
    # dates back to
    ("C", "David Moyes dates back to 1878.", "a person has no year"),
    ("C", "Everton and Liverpool FC date back to 1878.", "Liverpool FC: 1892"),
    ("C", "Everton and Liverpool FC each date back to 1878.", "Liverpool FC: 1892"),
    ("C", "Goodison Park dates back to 1878.", "the ground has no year"),
    ("W", "Sandro Botticelli dates back to 1485.", "a person has no year"),
    ("W", "The Uffizi Gallery dates back to 1485.", "the museum has no year"),
    ("W", "The Milkmaid is in the Rijksmuseum; it dates back to 1642.", "1658"),
    ("M", "Jumanji dates back to 1996.", "1995"),
    ("ships", "Cunard Line dates back to 2003.", "the company has no year"),
    ("bands", "Peter Grant dates back to 1968.", "a person has no year"),
    ("archive", "The Book of Kells dates back to 1000.", "800"),
    # each
    ("C", "Everton and Liverpool FC each play at Goodison Park.", "Liverpool FC: Anfield"),
    ("C", "Everton and Liverpool FC each play in the Scottish Premiership.", "both Premier League"),
    ("C", "Arne Slot and David Moyes each manage Everton.", "Slot manages Liverpool FC"),
    ("C", "John Houlding and Ben Swift Chambers each founded Everton.", "Houlding founded Liverpool FC"),
    ("C", "Everton, Liverpool FC and Hibernian each play in the Premier League.", "Hibernian: Scottish Premiership"),
    ("C", "Everton and Liverpool FC each play at Goodison Park and Anfield.", "one ground each"),
    ("C", "David Moyes and Arne Slot each manage Everton and Liverpool FC.", "one club each"),
    ("W", "The Milkmaid and The Night Watch each belong to the Mauritshuis.", "both Rijksmuseum"),
    ("W", "The Milkmaid and The Night Watch each depict militia.", "The Milkmaid: domestic life"),
    ("W", "The Birth of Venus and Olympia each are in the Uffizi Gallery.", "Olympia: Orsay"),
    ("M", "Robin Williams and Jack Lemmon each star in Jumanji.", "Lemmon is not in Jumanji"),
    ("M", "Jumanji and Grumpier Old Men each star Robin Williams.", "not in Grumpier Old Men"),
    ("bands", "Led Zeppelin and Black Sabbath each are managed by Peter Grant.", "Sabbath: Don Arden"),
    ("parks", "Yosemite National Park and Banff National Park each are administered by Parks Canada.", "Yosemite: NPS"),
    ("ships", "Queen Mary 2 and Oasis of the Seas each are operated by Cunard Line.", "Oasis: Royal Caribbean"),
    ("firms", "Spotify and Skype each come from Luxembourg.", "Sweden, Estonia; only based in Luxembourg"),
    # now
    ("C", "Everton now play in the Scottish Premiership.", "Premier League"),
    ("C", "Everton now play at Anfield.", "Goodison Park"),
    ("C", "Everton are managed by David Moyes, who now manages Liverpool FC.", "Slot manages Liverpool FC"),
    ("W", "The Night Watch, now in the Mauritshuis, was painted by Rembrandt.", "Rijksmuseum"),
    ("W", "Rembrandt painted The Night Watch, which now hangs in the Mauritshuis.", "Rijksmuseum"),
    ("M", "Jumanji now stars Jack Lemmon.", "no"),
    ("bands", "Peter Grant now manages Black Sabbath.", "Don Arden"),
    # play in / a Premier League club / from
    ("C", "Hibernian play in the Premier League.", "Scottish Premiership"),
    ("C", "Hibernian played in the Premier League.", "Scottish Premiership"),
    ("C", "Hibernian is a Premier League club.", "Scottish Premiership"),
    ("C", "Everton and Hibernian are Premier League clubs.", "Hibernian: Scottish Premiership"),
    ("C", "Everton is a Scottish Premiership club.", "Premier League"),
    ("C", "Everton is a Premier League club from Edinburgh.", "Liverpool"),
    ("C", "Hibernian is a club from Liverpool.", "Edinburgh"),
    ("C", "Hibernian comes from Liverpool.", "Edinburgh"),
    ("bands", "Led Zeppelin are a band from Birmingham.", "London"),
    ("parks", "Yosemite National Park is a park from Wyoming.", "California"),
    ("ships", "Queen Mary 2 is a ship from Miami.", "Southampton"),
    ("ships", "Oasis of the Seas is a ship from Southampton.", "Miami"),
    ("firms", "Skype is from Luxembourg.", "from Estonia; only based in Luxembourg"),
    ("firms", "Skype comes from Luxembourg.", "from Estonia; only based in Luxembourg"),
    # they
    ("C", "Everton play at Goodison Park, and they are managed by Arne Slot.", "Moyes"),
    ("C", "Everton play at Goodison Park; they are managed by Arne Slot.", "Moyes"),
    ("C", "Everton play at Goodison Park, and they play in the Scottish Premiership.", "Premier League"),
    ("C", "Everton play at Goodison Park and Hibernian play at Easter Road, and they are managed by David Moyes.", "Hibernian: Gray"),
    ("C", "Everton play at Goodison Park, and they manage Liverpool FC.", "no"),
    ("C", "Everton play at Goodison Park, and they founded Liverpool FC.", "no"),
    ("C", "David Moyes manages Everton, and they are managed by Arne Slot.", "Moyes"),
    ("C", "Everton are based in Liverpool, and they are managed by Arne Slot.", "Moyes"),
    ("C", "Everton are managed by David Moyes, and they play at Anfield.", "Goodison Park"),
    ("C", "Everton are managed by David Moyes, and they were founded in 1892.", "1878"),
    ("C", "Everton play at Goodison Park, and they date back to 1892.", "1878"),
    ("C", "Everton play at Goodison Park, and they are a club from Edinburgh.", "Liverpool"),
    ("C", "Everton play at Goodison Park, and they were founded by John Houlding.", "Ben Swift Chambers"),
    ("C", "Everton play at Goodison Park, and Arne Slot manages them.", "Moyes"),
    ("C", "Everton play at Goodison Park, and they are run by Arne Slot.", "Moyes"),
    ("C", "Hibernian play at Easter Road, and they play in the Premier League.", "Scottish Premiership"),
    ("C", "Kim supports Everton, and they play at Anfield.", "Goodison Park"),
    ("C", "Everton play in the Premier League, and Liverpool FC are managed by Arne Slot; they play at Goodison Park.", "Liverpool FC: Anfield"),
    ("M", "Jumanji star Robin Williams, and they are directed by Howard Deutch.", "Joe Johnston"),
    ("bands", "Led Zeppelin are based in London, and they are managed by Don Arden.", "Peter Grant"),
    # synonyms: run / coach / manage / operate
    ("C", "David Moyes runs Liverpool FC.", "Slot"),
    ("C", "Liverpool FC is coached by David Moyes.", "Slot"),
    ("C", "Everton is run by Ben Swift Chambers.", "founder, not manager"),
    ("C", "Tom Purdie coaches Heart of Midlothian.", "founder, not manager"),
    ("C", "David Moyes operates Everton.", "no operate relation"),
    ("C", "David Moyes administers Everton.", "no administer relation"),
    ("bands", "Peter Grant coaches Led Zeppelin.", "a band manager does not coach a band"),
    ("bands", "Led Zeppelin are coached by Peter Grant.", "a band manager does not coach a band"),
    ("bands", "Don Arden coaches Black Sabbath.", "a band manager does not coach a band"),
    ("bands", "Jimmy Page runs Led Zeppelin.", "producer, not manager"),
    ("firms", "Daniel Ek coaches Spotify.", "a CEO does not coach a company"),
    ("firms", "Spotify is coached by Daniel Ek.", "a CEO does not coach a company"),
    ("parks", "The National Park Service runs Banff National Park.", "Parks Canada"),
    ("parks", "Parks Canada runs Yosemite National Park.", "NPS"),
    ("parks", "The National Park Service coaches Yosemite National Park.", "not coaching"),
    ("ships", "Carnival Corporation runs Queen Mary 2.", "owner, not operator"),
    ("ships", "Queen Mary 2 is run by Royal Caribbean.", "Cunard"),
    ("ships", "Queen Mary 2 is coached by Cunard Line.", "not coaching"),
    # museum phrases for "is held by"
    ("art", "The Jewish Bride is owned by the Rijksmuseum.", "held by the Rijksmuseum, owned by the City of Amsterdam"),
    ("art", "The Jewish Bride belongs to the Rijksmuseum.", "owned by the City of Amsterdam"),
    ("art", "Sunflowers is owned by the Van Gogh Museum.", "owned by the Vincent van Gogh Foundation"),
    ("art", "Sunflowers belongs to the Van Gogh Museum.", "owned by the Vincent van Gogh Foundation"),
    ("art", "The Potato Eaters and Sunflowers are owned by the Van Gogh Museum.", "owned by the Foundation"),
    ("art", "The Rijksmuseum owns The Jewish Bride.", "owned by the City of Amsterdam"),
    ("art", "The Jewish Bride is housed in the Van Gogh Museum.", "Rijksmuseum"),
    ("art", "Vincent van Gogh belongs to the Van Gogh Museum.", "a person is not held"),
    ("W", "Johannes Vermeer is in the Rijksmuseum.", "a person is not held"),
    ("W", "Rembrandt belongs to the Rijksmuseum.", "a person is not held"),
    ("W", "Sandro Botticelli is housed in the Uffizi Gallery.", "a person is not held"),
    ("W", "The Milkmaid is in the Rijksmuseum and the Mauritshuis.", "Rijksmuseum only"),
    ("W", "The Milkmaid is kept in the Mauritshuis.", "Rijksmuseum"),
    ("W", "The Milkmaid is in the Rijksmuseum, and The Night Watch is at the Mauritshuis.", "Rijksmuseum"),
    ("W", "Olympia is in a nude.", "depicts a nude"),
    ("archive", "The Book of Kells is in the British Library.", "Trinity College Library"),
    ("archive", "The Book of Kells belongs to the British Library.", "Trinity College Library"),
    ("archive", "The Book of Kells is in Dublin.", "not in the graph"),
    ("archive", "Grendel is in the Beowulf Manuscript.", "mentioned in, and no item"),
]


def main() -> None:
    checkers: dict[str, ConsistencyChecker] = {}
    accepted = 0
    for g, text, why in FALSE:
        if g not in checkers:
            checkers[g] = ConsistencyChecker(GRAPHS[g](), outside_evidence=True).build()
        v = checkers[g].check(text, (), None)
        if v.supported:
            accepted += 1
            print(f"ACCEPTED [{g}] {text}   ({why})")
    print(f"accepted {accepted} of {len(FALSE)}")


if __name__ == "__main__":
    main()
