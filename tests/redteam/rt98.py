# ruff: noqa: E741, E402, E702, F811
# A red team's script, kept as a regression test (tests/test_held_sets.py runs it with CODE=<repo>).
import os
import sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
"""Red team 98: false texts for kgexplain's ConsistencyChecker (readings of 47b2bb0).
Every text below is FALSE on its graph; prints each accepted one, then `accepted N of M`."""

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

E = kgx.Entity
R = kgx.Relation


def build(items, others, rels, triples):
    ents = [E("user:kim", kind="user", label="Kim")]
    ents += [E(i, kind="item", type=t, label=l, attrs={"year": y} if y else {}) for i, (t, l, y) in items.items()]
    ents += [E(i, type=t, label=l) for i, (t, l) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


# --- clubs / studio / collections (copied from tests/test_consistency_clubs_and_collections.py) ---
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
    rels = [R("based_in", phrase="is based in", inverse_phrase="is home to"),
            R("competes_in", phrase="competes in", inverse_phrase="is the league of"),
            R("ground", phrase="plays its home games at", inverse_phrase="is the home ground of"),
            R("managed_by", phrase="is managed by", inverse_phrase="manages"),
            R("founded_by", phrase="was founded by", inverse_phrase="founded"),
            R("supports", phrase="supports", inverse_phrase="is supported by")]
    ents = [E("user:kim", kind="user", label="Kim")]
    ents += [E(f"x:{k}", type=_TYPES.get(k, "person"), label=v) for k, v in _NAMES.items()]
    tr = [("user:kim", "supports", "club:everton", {"rating": 5.0}), ("user:kim", "supports", "club:hibs", {"rating": 2.0})]
    for cid, (name, year, city, league, ground, manager, founder) in _CLUBS.items():
        ents.append(E(f"club:{cid}", kind="item", type="club", label=name, attrs={"year": year}))
        tr += [(f"club:{cid}", "based_in", f"x:{city}"), (f"club:{cid}", "competes_in", f"x:{league}"),
               (f"club:{cid}", "ground", f"x:{ground}"), (f"club:{cid}", "managed_by", f"x:{manager}"),
               (f"club:{cid}", "founded_by", f"x:{founder}")]
    return kgx.KnowledgeGraph.from_triples(tr, entities=ents, relations=rels)


def studio():
    rels = [R("produced_by", phrase="was produced by", inverse_phrase="produced"),
            R("recorded_at", phrase="was recorded at", inverse_phrase="was the studio for"),
            R("label", phrase="was released on", inverse_phrase="released"),
            R("hosted_by", phrase="is hosted by", inverse_phrase="hosts"),
            R("guest", phrase="featured", inverse_phrase="appeared on"),
            R("collects", phrase="has a collection of", inverse_phrase="is collected by")]
    ents = [E(f"p:{k}", type=t, label=v) for k, t, v in (
        ("ng", "producer", "Nina Gale"), ("hs", "producer", "Hugo Sand"), ("bb", "studio", "Blackbird Studio"),
        ("ts", "studio", "Tannery Sound"), ("dw", "label", "Driftwood Records"), ("ec", "host", "Ethan Cole"),
        ("am", "host", "Aiko Mori"), ("so", "host", "Sam Okoro"), ("jw", "guest", "Jonah Wilde"),
        ("lp", "guest", "Leo Park"), ("mb", "guest", "Marcus Bell"), ("ma", "holding", "modern art"),
        ("ph", "holding", "photography"), ("tx", "holding", "textiles"))]
    items = (("lanterns", "album", "Paper Lanterns", 2009), ("ferry", "album", "Midnight Ferry", 2011),
             ("orchard", "album", "Glass Orchard", 2012), ("night", "podcast", "Night Shift Stories", 2017),
             ("rewind", "podcast", "Rewind", 2012), ("verra", "museum", "Verra Gallery", 2004),
             ("silk", "museum", "The Silk House", 1998))
    ents += [E(f"i:{k}", kind="item", type=t, label=v, attrs={"year": y}) for k, t, v, y in items]
    triples = [("i:lanterns", "produced_by", "p:ng"), ("i:lanterns", "recorded_at", "p:bb"),
               ("i:ferry", "produced_by", "p:ng"), ("i:ferry", "produced_by", "p:hs"),
               ("i:ferry", "recorded_at", "p:ts"), ("i:orchard", "produced_by", "p:hs"),
               ("i:orchard", "recorded_at", "p:bb"), ("i:lanterns", "label", "p:dw"), ("i:ferry", "label", "p:dw"),
               ("i:orchard", "label", "p:dw"), ("i:night", "hosted_by", "p:ec"), ("i:night", "hosted_by", "p:am"),
               ("i:rewind", "hosted_by", "p:so"), ("i:rewind", "guest", "p:jw"), ("i:rewind", "guest", "p:lp"),
               ("i:night", "guest", "p:mb"), ("i:verra", "collects", "p:ma"), ("i:verra", "collects", "p:ph"),
               ("i:silk", "collects", "p:tx")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def movies():
    return kgx.KnowledgeGraph.example()


# --- new graphs, declared with phrases only ---
def soundtracks():
    """Songs that appear in films (an "appears in" that is no acting)."""
    rels = [R("appears_in", phrase="appears in", inverse_phrase="features"),
            R("sung_by", phrase="is sung by", inverse_phrase="sings"),
            R("written_by", phrase="was written by", inverse_phrase="wrote")]
    items = {"s:heart": ("song", "My Heart Will Go On", 1997), "s:eye": ("song", "Eye of the Tiger", 1982),
             "s:stay": ("song", "Stayin' Alive", 1977)}
    others = {"f:titanic": ("film", "Titanic"), "f:rocky": ("film", "Rocky III"), "f:fever": ("film", "Saturday Night Fever"),
              "p:dion": ("person", "Celine Dion"), "p:surv": ("band", "Survivor"), "p:bee": ("band", "Bee Gees"),
              "p:horner": ("person", "James Horner"), "p:peterik": ("person", "Jim Peterik")}
    tr = [("s:heart", "appears_in", "f:titanic"), ("s:eye", "appears_in", "f:rocky"), ("s:stay", "appears_in", "f:fever"),
          ("s:heart", "sung_by", "p:dion"), ("s:eye", "sung_by", "p:surv"), ("s:stay", "sung_by", "p:bee"),
          ("s:heart", "written_by", "p:horner"), ("s:eye", "written_by", "p:peterik")]
    return build(items, others, rels, tr)


def ships():
    """Ships operated by lines, built at yards, based at ports."""
    rels = [R("operated_by", phrase="is operated by", inverse_phrase="operates"),
            R("built_at", phrase="was built at", inverse_phrase="built"),
            R("built_by", phrase="was built by", inverse_phrase="built"),
            R("based_at", phrase="is based at", inverse_phrase="is the home port of"),
            R("named_after", phrase="is named after", inverse_phrase="gave its name to")]
    items = {"v:aurora": ("ship", "Aurora", 2000), "v:arcadia": ("ship", "Arcadia", 2005),
             "v:iona": ("ship", "Iona", 2020)}
    others = {"c:pando": ("company", "P&O Cruises"), "c:cunard": ("company", "Cunard"),
              "y:meyer": ("shipyard", "Meyer Werft"), "y:fincantieri": ("shipyard", "Fincantieri"),
              "y:papenburg": ("shipyard", "Papenburg Yard"), "y:marghera": ("shipyard", "Marghera Yard"),
              "h:soton": ("port", "Southampton"), "h:dover": ("port", "Dover"),
              "n:dawn": ("goddess", "Eos")}
    tr = [("v:aurora", "operated_by", "c:pando"), ("v:arcadia", "operated_by", "c:pando"), ("v:iona", "operated_by", "c:cunard"),
          ("v:aurora", "built_by", "y:meyer"), ("v:aurora", "built_at", "y:papenburg"),
          ("v:arcadia", "built_by", "y:fincantieri"), ("v:arcadia", "built_at", "y:marghera"),
          ("v:iona", "built_by", "y:meyer"), ("v:iona", "built_at", "y:papenburg"),
          ("v:aurora", "based_at", "h:soton"), ("v:arcadia", "based_at", "h:soton"), ("v:iona", "based_at", "h:dover"),
          ("v:aurora", "named_after", "n:dawn")]
    return build(items, others, rels, tr)


def bands():
    """Bands managed by people, signed to labels, with tags (one a person's name)."""
    rels = [R("tag", phrase="is tagged", range=("tag",)),
            R("managed_by", phrase="is managed by", inverse_phrase="manages"),
            R("formed_by", phrase="was formed by", inverse_phrase="formed"),
            R("signed_to", phrase="is signed to", inverse_phrase="signed"),
            R("recorded_at", phrase="recorded at", inverse_phrase="hosted")]
    items = {"b:blur": ("band", "Blur", 1988), "b:oasis": ("band", "Oasis", 1991), "b:pulp": ("band", "Pulp", 1978)}
    others = {"t:brit": ("tag", "britpop"), "t:class": ("tag", "class"), "t:genius": ("tag", "genius"),
              "t:albarn": ("tag", "albarn"), "t:bigsongs": ("tag", "big choruses"), "t:rival": ("tag", "sibling rivalry"),
              "t:over": ("tag", "overplayed radio hits"), "t:live": ("tag", "live shows"),
              "p:morr": ("person", "Chris Morrison"), "p:marcus": ("person", "Marcus Russell"),
              "p:geoff": ("person", "Geoff Travis"), "p:damon": ("person", "Damon Albarn"),
              "p:noel": ("person", "Noel Gallagher"), "p:jarvis": ("person", "Jarvis Cocker"),
              "l:food": ("label", "Food Records"), "l:crea": ("label", "Creation Records"), "l:isl": ("label", "Island Records"),
              "s:maison": ("studio", "Maison Rouge"), "s:rockfield": ("studio", "Rockfield")}
    tr = [("b:blur", "tag", "t:brit"), ("b:blur", "tag", "t:albarn"), ("b:blur", "tag", "t:genius"),
          ("b:oasis", "tag", "t:brit"), ("b:oasis", "tag", "t:rival"), ("b:oasis", "tag", "t:bigsongs"),
          ("b:oasis", "tag", "t:over"), ("b:pulp", "tag", "t:class"), ("b:pulp", "tag", "t:live"),
          ("b:blur", "managed_by", "p:morr"), ("b:oasis", "managed_by", "p:marcus"), ("b:pulp", "managed_by", "p:geoff"),
          ("b:blur", "formed_by", "p:damon"), ("b:oasis", "formed_by", "p:noel"), ("b:pulp", "formed_by", "p:jarvis"),
          ("b:blur", "signed_to", "l:food"), ("b:oasis", "signed_to", "l:crea"), ("b:pulp", "signed_to", "l:isl"),
          ("b:blur", "recorded_at", "s:maison"), ("b:oasis", "recorded_at", "s:rockfield")]
    return build(items, others, rels, tr)


def parks():
    """Parks administered by agencies, with tags and founders."""
    rels = [R("tag", phrase="is tagged", range=("tag",)), R("admin", phrase="is administered by", inverse_phrase="administers"),
            R("designed_by", phrase="was designed by", inverse_phrase="designed"),
            R("located_in", phrase="is located in", inverse_phrase="contains")]
    items = {"p:central": ("park", "Central Park", 1857), "p:prospect": ("park", "Prospect Park", 1867),
             "p:golden": ("park", "Golden Gate Park", 1870)}
    others = {"a:cpc": ("agency", "Central Park Conservancy"), "a:nycparks": ("agency", "NYC Parks"),
              "a:sfrec": ("agency", "SF Recreation and Parks"),
              "p:olm": ("person", "Frederick Law Olmsted"), "p:vaux": ("person", "Calvert Vaux"),
              "p:hall": ("person", "William Hammond Hall"),
              "c:nyc": ("city", "New York"), "c:sf": ("city", "San Francisco"),
              "t:skating": ("tag", "ice skating"), "t:bison": ("tag", "bison"), "t:picnic": ("tag", "picnics"),
              "t:crowded": ("tag", "crowded weekends"), "t:olmsted": ("tag", "olmsted")}
    tr = [("p:central", "admin", "a:cpc"), ("p:prospect", "admin", "a:nycparks"), ("p:golden", "admin", "a:sfrec"),
          ("p:central", "designed_by", "p:olm"), ("p:central", "designed_by", "p:vaux"),
          ("p:prospect", "designed_by", "p:olm"), ("p:prospect", "designed_by", "p:vaux"),
          ("p:golden", "designed_by", "p:hall"),
          ("p:central", "located_in", "c:nyc"), ("p:prospect", "located_in", "c:nyc"), ("p:golden", "located_in", "c:sf"),
          ("p:central", "tag", "t:skating"), ("p:central", "tag", "t:crowded"), ("p:central", "tag", "t:olmsted"),
          ("p:golden", "tag", "t:bison"), ("p:prospect", "tag", "t:picnic")]
    return build(items, others, rels, tr)


def beers():
    """Beers brewed at breweries, imported and sold by companies (no making in "imported by")."""
    rels = [R("brewed_at", phrase="is brewed at", inverse_phrase="brews"),
            R("imported_by", phrase="is imported by", inverse_phrase="imports"),
            R("owned_by", phrase="is owned by", inverse_phrase="owns"),
            R("reviewed_by", phrase="was reviewed by", inverse_phrase="reviewed")]
    items = {"b:heady": ("beer", "Heady Topper", 2003), "b:focal": ("beer", "Focal Banger", 2008),
             "b:pliny": ("beer", "Pliny the Elder", 2000)}
    others = {"w:alch": ("brewery", "The Alchemist"), "w:rr": ("brewery", "Russian River Brewing"),
              "i:shelton": ("importer", "Shelton Brothers"), "i:b_united": ("importer", "B. United"),
              "o:kimmich": ("person", "Jen Kimmich"), "o:cilurzo": ("person", "Vinnie Cilurzo"),
              "r:jackson": ("person", "Michael Jackson (critic)")}
    tr = [("b:heady", "brewed_at", "w:alch"), ("b:focal", "brewed_at", "w:alch"), ("b:pliny", "brewed_at", "w:rr"),
          ("b:heady", "imported_by", "i:shelton"), ("b:pliny", "imported_by", "i:b_united"),
          ("b:heady", "owned_by", "o:kimmich"), ("b:focal", "owned_by", "o:kimmich"), ("b:pliny", "owned_by", "o:cilurzo"),
          ("b:pliny", "reviewed_by", "r:jackson")]
    return build(items, others, rels, tr)


def shoots():
    """Films shot at studios, distributed by companies, censored by boards."""
    rels = [R("filmed_at", phrase="was filmed at", inverse_phrase="was the set of"),
            R("distributed_by", phrase="was distributed by", inverse_phrase="distributed"),
            R("banned_by", phrase="was banned by", inverse_phrase="banned"),
            R("directed_by", phrase="was directed by", inverse_phrase="directed")]
    items = {"f:alien": ("film", "Alien", 1979), "f:shining": ("film", "The Shining", 1980),
             "f:clock": ("film", "A Clockwork Orange", 1971)}
    others = {"s:shep": ("studio", "Shepperton Studios"), "s:else": ("studio", "Elstree Studios"),
              "c:fox": ("company", "20th Century Fox"), "c:wb": ("company", "Warner Bros."),
              "b:ire": ("board", "Irish Film Censor"), "p:scott": ("person", "Ridley Scott"),
              "p:kub": ("person", "Stanley Kubrick")}
    tr = [("f:alien", "filmed_at", "s:shep"), ("f:shining", "filmed_at", "s:else"), ("f:clock", "filmed_at", "s:else"),
          ("f:alien", "distributed_by", "c:fox"), ("f:shining", "distributed_by", "c:wb"), ("f:clock", "distributed_by", "c:wb"),
          ("f:clock", "banned_by", "b:ire"), ("f:alien", "directed_by", "p:scott"), ("f:shining", "directed_by", "p:kub"),
          ("f:clock", "directed_by", "p:kub")]
    return build(items, others, rels, tr)


def games_and_songs():
    """Copied from tests/test_consistency_clubs_and_collections.py (_games_and_songs)."""
    rels = [R("developed_by", phrase="was developed by", inverse_phrase="developed"),
            R("genre", phrase="belongs to the genre", inverse_phrase="is the genre of"),
            R("sung_by", phrase="is sung by", inverse_phrase="sings"),
            R("on_album", phrase="is on", inverse_phrase="contains")]
    ents = [E("g:hades", kind="item", type="game", label="Hades", attrs={"year": 2020}),
            E("g:undertale", kind="item", type="game", label="Undertale", attrs={"year": 2015}),
            E("d:sg", type="developer", label="Supergiant Games"),
            E("d:fox", type="person", label="Toby Fox"),
            E("x:rogue", type="genre", label="roguelike"), E("x:rpg", type="genre", label="RPG"),
            E("s:lights", kind="item", type="song", label="Blinding Lights", attrs={"year": 2019}),
            E("s:hello", kind="item", type="song", label="Hello", attrs={"year": 2015}),
            E("p:weeknd", type="musician", label="The Weeknd"),
            E("p:adele", type="musician", label="Adele"),
            E("a:hours", type="album", label="After Hours"), E("a:25", type="album", label="Twenty-Five")]
    triples = [("g:hades", "developed_by", "d:sg"), ("g:hades", "genre", "x:rogue"),
               ("g:undertale", "developed_by", "d:fox"), ("g:undertale", "genre", "x:rpg"),
               ("s:lights", "sung_by", "p:weeknd"), ("s:lights", "on_album", "a:hours"),
               ("s:hello", "sung_by", "p:adele"), ("s:hello", "on_album", "a:25")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def games():
    """Games with a developer, a publisher, a porter and a reviewer (only some are makers)."""
    rels = [R("developed_by", phrase="was developed by", inverse_phrase="developed"),
            R("published_by", phrase="was published by", inverse_phrase="published"),
            R("ported_by", phrase="was ported by", inverse_phrase="ported"),
            R("reviewed_by", phrase="was reviewed by", inverse_phrase="reviewed"),
            R("genre", phrase="belongs to the genre", inverse_phrase="is the genre of")]
    items = {"g:celeste": ("game", "Celeste", 2018), "g:hk": ("game", "Hollow Knight", 2017),
             "g:stardew": ("game", "Stardew Valley", 2016)}
    others = {"d:mmg": ("developer", "Maddy Makes Games"), "d:cherry": ("developer", "Team Cherry"),
              "d:ca": ("person", "Eric Barone"), "p:chucklefish": ("publisher", "Chucklefish"),
              "p:mmg": ("publisher", "Matt Makes Games"), "o:sickhead": ("company", "Sickhead Games"),
              "r:ign": ("magazine", "IGN"), "r:edge": ("magazine", "Edge"),
              "x:plat": ("genre", "platformer"), "x:metroid": ("genre", "metroidvania"), "x:farm": ("genre", "farming sim")}
    tr = [("g:celeste", "developed_by", "d:mmg"), ("g:celeste", "published_by", "p:mmg"),
          ("g:celeste", "ported_by", "o:sickhead"), ("g:celeste", "reviewed_by", "r:ign"), ("g:celeste", "genre", "x:plat"),
          ("g:hk", "developed_by", "d:cherry"), ("g:hk", "published_by", "d:cherry"), ("g:hk", "reviewed_by", "r:edge"),
          ("g:hk", "genre", "x:metroid"),
          ("g:stardew", "developed_by", "d:ca"), ("g:stardew", "published_by", "p:chucklefish"),
          ("g:stardew", "ported_by", "o:sickhead"), ("g:stardew", "genre", "x:farm")]
    return build(items, others, rels, tr)


def albums_and_tracks():
    """Tracks (items) on albums that are items too, with their own years; singers and writers."""
    rels = [R("on_album", phrase="is on", inverse_phrase="contains"),
            R("sung_by", phrase="is sung by", inverse_phrase="sings"),
            R("written_by", phrase="was written by", inverse_phrase="wrote"),
            R("produced_by", phrase="was produced by", inverse_phrase="produced"),
            R("recorded_at", phrase="was recorded at", inverse_phrase="was the studio for")]
    items = {"t:jolene": ("song", "Jolene", 1973), "t:always": ("song", "I Will Always Love You", 1974),
             "t:respect": ("song", "Respect", 1967), "a:jolene": ("album", "Jolene (album)", 1974),
             "a:never": ("album", "I Never Loved a Man", 1967)}
    others = {"p:dolly": ("singer", "Dolly Parton"), "p:whitney": ("singer", "Whitney Houston"),
              "p:aretha": ("singer", "Aretha Franklin"), "p:otis": ("singer", "Otis Redding"),
              "p:wexler": ("producer", "Jerry Wexler"), "p:bob": ("producer", "Bob Ferguson"),
              "s:rca": ("studio", "RCA Studio B"), "s:fame": ("studio", "FAME Studios"), "s:atl": ("studio", "Atlantic Studios")}
    tr = [("t:jolene", "on_album", "a:jolene"), ("t:always", "on_album", "a:jolene"), ("t:respect", "on_album", "a:never"),
          ("t:jolene", "sung_by", "p:dolly"), ("t:always", "sung_by", "p:dolly"), ("t:always", "sung_by", "p:whitney"),
          ("t:respect", "sung_by", "p:aretha"), ("t:jolene", "written_by", "p:dolly"), ("t:always", "written_by", "p:dolly"),
          ("t:respect", "written_by", "p:otis"), ("t:jolene", "produced_by", "p:bob"), ("t:always", "produced_by", "p:bob"),
          ("t:respect", "produced_by", "p:wexler"), ("t:jolene", "recorded_at", "s:rca"), ("t:always", "recorded_at", "s:rca"),
          ("t:respect", "recorded_at", "s:atl")]
    return build(items, others, rels, tr)


def menus():
    """Dishes that are on menus ("is on" that is no song), chefs who cook them, restaurants run by people."""
    rels = [R("on_menu", phrase="is on", inverse_phrase="lists"),
            R("cooked_by", phrase="is cooked by", inverse_phrase="cooks"),
            R("run_by", phrase="is run by", inverse_phrase="runs"),
            R("served_at", phrase="is served at", inverse_phrase="serves")]
    items = {"d:risotto": ("dish", "Saffron Risotto", 2011), "d:tart": ("dish", "Lemon Tart", 2015),
             "r:noma": ("restaurant", "Noma", 2003), "r:fat": ("restaurant", "The Fat Duck", 1995)}
    others = {"m:winter": ("menu", "Winter Menu"), "m:tasting": ("menu", "Tasting Menu"),
              "c:rene": ("chef", "René Redzepi"), "c:heston": ("chef", "Heston Blumenthal"),
              "c:ana": ("chef", "Ana Ros")}
    tr = [("d:risotto", "on_menu", "m:winter"), ("d:tart", "on_menu", "m:tasting"),
          ("d:risotto", "cooked_by", "c:ana"), ("d:tart", "cooked_by", "c:heston"),
          ("r:noma", "run_by", "c:rene"), ("r:fat", "run_by", "c:heston"),
          ("d:risotto", "served_at", "r:noma"), ("d:tart", "served_at", "r:fat")]
    return build(items, others, rels, tr)


def stations():
    """Stations on lines, operated by companies, built by engineers (a making place after "built by")."""
    rels = [R("on_line", phrase="is on", inverse_phrase="serves"),
            R("operated_by", phrase="is operated by", inverse_phrase="operates"),
            R("built_by", phrase="was built by", inverse_phrase="built"),
            R("located_in", phrase="is located in", inverse_phrase="contains")]
    items = {"s:kings": ("station", "King's Cross", 1852), "s:pad": ("station", "Paddington", 1854),
             "s:vic": ("station", "Victoria", 1860)}
    others = {"l:north": ("line", "Northern line"), "l:circle": ("line", "Circle line"), "l:bakerloo": ("line", "Bakerloo line"),
              "c:nr": ("company", "Network Rail"), "c:tfl": ("company", "Transport for London"),
              "p:cubitt": ("person", "Lewis Cubitt"), "p:brunel": ("person", "Isambard Kingdom Brunel"),
              "x:camden": ("borough", "Camden"), "x:westminster": ("borough", "Westminster")}
    tr = [("s:kings", "on_line", "l:north"), ("s:kings", "on_line", "l:circle"), ("s:pad", "on_line", "l:bakerloo"),
          ("s:pad", "on_line", "l:circle"), ("s:vic", "on_line", "l:circle"),
          ("s:kings", "operated_by", "c:nr"), ("s:pad", "operated_by", "c:nr"), ("s:vic", "operated_by", "c:tfl"),
          ("s:kings", "built_by", "p:cubitt"), ("s:pad", "built_by", "p:brunel"),
          ("s:kings", "located_in", "x:camden"), ("s:pad", "located_in", "x:westminster"), ("s:vic", "located_in", "x:westminster")]
    return build(items, others, rels, tr)


def choirs():
    """Anthems sung by choirs and composed by people; "sung by" a performer that made nothing."""
    rels = [R("sung_by", phrase="is sung by", inverse_phrase="sings"),
            R("composed_by", phrase="was composed by", inverse_phrase="composed"),
            R("performed_at", phrase="is performed at", inverse_phrase="hosts")]
    items = {"h:zadok": ("anthem", "Zadok the Priest", 1727), "h:jerusalem": ("hymn", "Jerusalem", 1916),
             "h:messiah": ("oratorio", "Messiah", 1741)}
    others = {"c:kings": ("choir", "King's College Choir"), "c:abbey": ("choir", "Westminster Abbey Choir"),
              "p:handel": ("person", "George Frideric Handel"), "p:parry": ("person", "Hubert Parry"),
              "v:proms": ("event", "the Proms"), "v:coron": ("event", "the Coronation")}
    tr = [("h:zadok", "sung_by", "c:abbey"), ("h:jerusalem", "sung_by", "c:kings"), ("h:messiah", "sung_by", "c:kings"),
          ("h:zadok", "composed_by", "p:handel"), ("h:messiah", "composed_by", "p:handel"), ("h:jerusalem", "composed_by", "p:parry"),
          ("h:zadok", "performed_at", "v:coron"), ("h:jerusalem", "performed_at", "v:proms")]
    return build(items, others, rels, tr)


def records():
    """Albums recorded at studios that are items with their own (building) year: no studio is released."""
    rels = [R("recorded_at", phrase="was recorded at", inverse_phrase="was the studio for"),
            R("by_band", phrase="is by", inverse_phrase="made"),
            R("produced_by", phrase="was produced by", inverse_phrase="produced")]
    items = {"a:road": ("album", "Abbey Road", 1969), "a:dsotm": ("album", "The Dark Side of the Moon", 1973),
             "a:rumours": ("album", "Rumours", 1977), "s:abbey": ("studio", "Abbey Road Studios", 1931),
             "s:record": ("studio", "The Record Plant", 1968)}
    others = {"b:beatles": ("band", "The Beatles"), "b:floyd": ("band", "Pink Floyd"), "b:fm": ("band", "Fleetwood Mac"),
              "p:martin": ("producer", "George Martin"), "p:ken": ("producer", "Ken Caillat")}
    tr = [("a:road", "recorded_at", "s:abbey"), ("a:dsotm", "recorded_at", "s:abbey"), ("a:rumours", "recorded_at", "s:record"),
          ("a:road", "by_band", "b:beatles"), ("a:dsotm", "by_band", "b:floyd"), ("a:rumours", "by_band", "b:fm"),
          ("a:road", "produced_by", "p:martin"), ("a:rumours", "produced_by", "p:ken")]
    return build(items, others, rels, tr)


def theatres():
    """Plays staged at theatres that are items with their own (opening) year: no theatre premieres."""
    rels = [R("staged_at", phrase="was staged at", inverse_phrase="staged"),
            R("written_by", phrase="was written by", inverse_phrase="wrote"),
            R("run_by", phrase="is run by", inverse_phrase="runs")]
    items = {"p:hamlet": ("play", "Hamlet", 1601), "p:godot": ("play", "Waiting for Godot", 1953),
             "t:globe": ("theatre", "the Globe", 1599), "t:babylone": ("theatre", "Théâtre de Babylone", 1952)}
    others = {"w:shakes": ("person", "William Shakespeare"), "w:beckett": ("person", "Samuel Beckett"),
              "c:trust": ("company", "Shakespeare Globe Trust"), "c:blin": ("person", "Roger Blin")}
    tr = [("p:hamlet", "staged_at", "t:globe"), ("p:godot", "staged_at", "t:babylone"),
          ("p:hamlet", "written_by", "w:shakes"), ("p:godot", "written_by", "w:beckett"),
          ("t:globe", "run_by", "c:trust"), ("t:babylone", "run_by", "c:blin")]
    return build(items, others, rels, tr)


def makers_as_items():
    """Makers that are items themselves, with their own years (a band's founding, a studio's):
    "released in <year>" right after such a maker still says the made item's year."""
    rels = [R("sung_by", phrase="is sung by", inverse_phrase="sings"),
            R("produced_by", phrase="was produced by", inverse_phrase="produced"),
            R("developed_by", phrase="was developed by", inverse_phrase="developed"),
            R("on_album", phrase="is on", inverse_phrase="contains")]
    items = {"s:eye": ("song", "Eye of the Tiger", 1982), "s:africa": ("song", "Africa", 1982),
             "b:surv": ("band", "Survivor", 1978), "b:toto": ("band", "Toto", 1977),
             "f:pixar": ("studio", "Pixar", 1986), "f:ts": ("film", "Toy Story", 1995),
             "g:hades": ("game", "Hades", 2020), "d:sg": ("developer", "Supergiant Games", 2009)}
    others = {"a:eye": ("album", "Eye of the Tiger (album)"), "a:iv": ("album", "Toto IV"), "p:lass": ("person", "John Lasseter")}
    tr = [("s:eye", "sung_by", "b:surv"), ("s:africa", "sung_by", "b:toto"), ("s:eye", "on_album", "a:eye"),
          ("s:africa", "on_album", "a:iv"), ("f:ts", "produced_by", "f:pixar"), ("f:ts", "produced_by", "p:lass"),
          ("g:hades", "developed_by", "d:sg")]
    return build(items, others, rels, tr)


CASES = {
    games_and_songs: [
        "Hades is a roguelike from Supergiant Games and Undertale an RPG from Toby Fox, released in 2020.",
        "Undertale is an RPG, and Hades is a roguelike from Supergiant Games, released in 2015.",
        "Hades and Undertale are games released in 2020.",
        "Hades and Undertale are games, released in 2020.",
        "Hades and Undertale are games from Supergiant Games and Toby Fox, released in 2015.",
        "Undertale is, like Hades, a game from Toby Fox, released in 2020.",
        "Undertale is a game from Toby Fox, who released Hades in 2020.",
        "Undertale is a game from Toby Fox, released in 2020 like Hades.",
        "Undertale is a game from Toby Fox, not Supergiant Games, released in 2020.",
        "Undertale is an RPG from Toby Fox; Hades, released in 2015, is a roguelike.",
        "The roguelike from Supergiant Games, released in 2015, is Hades.",
        "The RPG from Toby Fox, released in 2020, is Undertale.",
        "Undertale is a game, a roguelike released in 2015.",
        "Undertale is a roguelike game released in 2015.",
        "Undertale is a Toby Fox game released in 2015, a roguelike.",
        "Undertale is an RPG developed by Toby Fox, released in 2015 on Twenty-Five.",
        "Hello is an Adele song, released in 2015 on After Hours.",
        "Blinding Lights, like Hello, is a song by Adele, released in 2015.",
        "Hello is a song by Adele, released in 2015, and so is Blinding Lights.",
        "Hello is a song by Adele, released in 2015, as is Blinding Lights.",
        "Undertale is an RPG developed by Toby Fox, released in 2015, as is Hades.",
        "Hades is a roguelike from Supergiant Games, released in 2020; so is Undertale.",
        "Undertale is an RPG, developed by Toby Fox, released in 2015, and so is Hades.",
        "Hello, released in 2019, is an Adele song.",
        "Hello, an Adele song released in 2019, is on Twenty-Five.",
        "Hello, a song by Adele, released in 2019, is on Twenty-Five.",
        "Blinding Lights, a song by The Weeknd, released in 2015, is on After Hours.",
        "Hello and Blinding Lights share a maker.",
        "Hello and Blinding Lights share a singer.",
        "Hello and Blinding Lights have the same singer.",
        "Adele made Hello and Blinding Lights.",
        "Adele is behind Hello and Blinding Lights.",
        "Hello is Adele's work, and so is Blinding Lights.",
        "Adele's songs include Blinding Lights.",
        "The Weeknd's songs include Hello.",
        "Adele's Hello and The Weeknd's Blinding Lights are both on Twenty-Five.",
        "Hello is by Adele and Blinding Lights is too.",
        "Hello and Blinding Lights are by Adele.",
        "Hello and Blinding Lights are songs by Adele and The Weeknd respectively, both on After Hours.",
        "Hello is an Adele song, as is Blinding Lights.",
        "Hello is an Adele song; so is Blinding Lights.",
        "Hello is an Adele song, and Blinding Lights is one too.",
        "Blinding Lights is a Weeknd song, and Hello is another.",
        "Hello is an Adele song from Twenty-Five, and Blinding Lights is another.",
        "Adele sings Hello. She also sings Blinding Lights.",
        "Adele sings Hello. It is on After Hours.",
        "Blinding Lights is a song by The Weeknd. Adele sings it.",
        "Hello is the Adele song on After Hours.",
        "Blinding Lights is the Adele song on After Hours.",
        "The Adele song on After Hours is Blinding Lights.",
        "Adele's song on After Hours is Blinding Lights.",
        "After Hours contains an Adele song.",
        "After Hours contains Adele's Hello.",
        "Twenty-Five contains a Weeknd song.",
        "Hello is a song on After Hours by Adele.",
        "Hello, by Adele, is on After Hours.",
        "Hello, an Adele song, is on After Hours.",
        "Blinding Lights, an Adele song, is on After Hours.",
        "Adele's Blinding Lights appears on After Hours.",
        "Blinding Lights, The Weeknd's song, appears on Twenty-Five.",
        "Hello and Blinding Lights appear on After Hours and Twenty-Five respectively.",
        "Hello appears on an album by The Weeknd.",
        "Blinding Lights appears on Adele's album.",
        "Blinding Lights appears on an Adele album.",
        "Hello appears on a Weeknd album.",
        "Hello appears on The Weeknd's After Hours.",
        "Blinding Lights appears on Adele's Twenty-Five.",
        "Hello appears on the album Twenty-Five by The Weeknd.",
        # released in <year> after a maker / predicate noun
        "Hades is a roguelike from Supergiant Games, released in 2015.",
        "Hades is a roguelike developed by Supergiant Games, released in 2019.",
        "Undertale is an RPG from Supergiant Games, released in 2015.",
        "Undertale is an RPG developed by Supergiant Games, released in 2015.",
        "Hades and Undertale are games from Supergiant Games, released in 2020.",
        "Hades and Undertale are games developed by Supergiant Games and Toby Fox, released in 2020.",
        "Hades and Undertale are games developed by Supergiant Games and Toby Fox, released in 2015.",
        "Hades is a roguelike, released in 2015.",
        "Undertale is an RPG game released in 2020.",
        "Undertale is a roguelike developed by Toby Fox, released in 2015.",
        "Hades is an RPG from Supergiant Games, released in 2020.",
        "Hades is a roguelike from Toby Fox, released in 2020.",
        "Hello is an Adele song, released in 2019.",
        "Hello is a song by Adele, released in 2019.",
        "Blinding Lights is a song by The Weeknd, released in 2015.",
        "Blinding Lights is a song sung by Adele, released in 2019.",
        "Hello is a song sung by Adele, released in 2020.",
        "Blinding Lights is a song on After Hours, released in 2020.",
        "Hades is a roguelike from Supergiant Games, published in 2019.",
        "Hades is a roguelike from Supergiant Games, premiered in 2021.",
        "Hades is a roguelike from Supergiant Games, issued in 2015.",
        "Hades is a roguelike from Supergiant Games, debuted in 2015.",
        "Hades is a roguelike from Supergiant Games, released in 2020, and Undertale, released in 2020.",
        "Undertale, like Hades, is a game from Supergiant Games, released in 2015.",
        "Toby Fox is a developer, released in 2015.",
        "Toby Fox, released in 2015, developed Undertale.",
        "Undertale is an RPG developed by Toby Fox, released in 2015 and 2020.",
        "Undertale is an RPG developed by Toby Fox, re-released in 2020.",
        "Hades is a roguelike from Supergiant Games released in 2015.",
        "Hades is a roguelike game from Supergiant Games, released in 2015.",
        "Hades is a game Toby Fox developed, released in 2020.",
        # appears on / features on
        "Hello appears on After Hours.",
        "Blinding Lights features on Twenty-Five.",
        "Hello featured on the album After Hours.",
        "Hello and Blinding Lights both appear on After Hours.",
        "Hello and Blinding Lights each appear on Twenty-Five.",
        "After Hours appears on Blinding Lights.",
        "The Weeknd appears on Twenty-Five.",
        "Adele features on After Hours.",
        "Adele appears on After Hours.",
        "Adele is featured on Blinding Lights.",
        "The Weeknd features on Hello.",
        "Hello is by Adele. It also appears on After Hours.",
        "Hello appears on After Hours and Twenty-Five.",
        "Blinding Lights appeared on Twenty-Five in 2019.",
        "Hades appears on After Hours.",
        "Hello appears in After Hours.",
        "Hello features on Twenty-Five alongside Blinding Lights.",
        # a singer's song
        "Blinding Lights is an Adele song.",
        "Hello is a Weeknd song.",
        "Hello is a The Weeknd song.",
        "The Weeknd's Hello is on Twenty-Five.",
        "Adele's Blinding Lights is on After Hours.",
        "Hello is Adele's album.",
        "Hello is an Adele album.",
        "Twenty-Five is an Adele song.",
        "Adele produced Hello.",
        "Hello was produced by Adele.",
        "Adele developed Hello.",
        "Hello was developed by Adele.",
        "Hello is an Adele game.",
        "Undertale is a Toby Fox song.",
        "Toby Fox sings Undertale.",
        "Hello and Blinding Lights are Adele songs.",
        "Hello and Blinding Lights are both songs by Adele.",
        "Adele's Hello and Blinding Lights are on Twenty-Five.",
        "Hello is an Adele song from After Hours.",
        "Adele's Hello appears on After Hours.",
        "Hello, an Adele song, appears on After Hours.",
        "Adele sang Hello in 2019.",
        "Adele's Hello came out in 2019.",
        "Hello is a song sung by Adele and The Weeknd.",
        "Adele and The Weeknd sing Hello.",
        "Adele directed Hello.",
        "Hello is directed by Adele.",
        # "plays the lead role in", "leads the cast of"
        "Hello plays the lead role in Twenty-Five.",
        "Adele plays the lead role in Hello.",
        "Adele leads the cast of Hello.",
    ],
    games: [
        "Hollow Knight is an IGN game.",
        "Celeste is an Edge game.",
        "Hollow Knight is an Edge game.",
        "Celeste is IGN's game.",
        "IGN's Celeste is a platformer.",
        "Celeste is a game by IGN.",
        "Celeste is a platformer from IGN.",
        "Celeste is an IGN platformer.",
        "Celeste is a Chucklefish game.",
        "Celeste is a Sickhead Games platformer.",
        "Celeste is an IGN title.",
        "Celeste is an IGN game, released in 2018.",
        "Celeste is a platformer from Maddy Makes Games, released in 2017.",
        "Celeste is a platformer published by Matt Makes Games, released in 2016.",
        "Celeste is a platformer ported by Sickhead Games, released in 2016.",
        "Celeste is a platformer reviewed by IGN, released in 2017.",
        "Celeste is a platformer from Team Cherry, released in 2018.",
        "Hollow Knight is a metroidvania from Maddy Makes Games, released in 2017.",
        "Hollow Knight is a metroidvania from Team Cherry, released in 2018.",
        "Hollow Knight is a metroidvania reviewed by Edge, released in 2016.",
        "Stardew Valley is a farming sim developed by Eric Barone, released in 2018.",
        "Stardew Valley is a farming sim published by Sickhead Games, released in 2016.",
        "Stardew Valley is a farming sim ported by Chucklefish, released in 2016.",
        "Stardew Valley is a farming sim developed by Chucklefish, released in 2016.",
        "Stardew Valley is a game by Eric Barone, published in 2017.",
        "Celeste and Stardew Valley are games ported by Sickhead Games, released in 2018.",
        "Celeste and Stardew Valley are games ported by Sickhead Games, released in 2016.",
        "Celeste and Hollow Knight are games reviewed by IGN, released in 2018.",
        "Celeste is a game by Sickhead Games, released in 2018.",
        "Celeste is a Sickhead Games game.",
        "Sickhead Games developed Celeste.",
        "IGN's Celeste came out in 2018.",
        "Celeste is an IGN game.",
        "Celeste was developed by Maddy Makes Games at Sickhead Games.",
        "Sickhead Games ported Celeste and Hollow Knight.",
        "Sickhead Games ported Celeste and Stardew Valley at Chucklefish.",
        "Eric Barone, released in 2016, made Stardew Valley.",
        "Celeste features on Edge.",
    ],
    albums_and_tracks: [
        "Jolene is a song by Dolly Parton, released in 1974.",
        "Jolene is a Dolly Parton song, released in 1974.",
        "Respect is a Whitney Houston song.",
        "Jolene is a Whitney Houston song.",
        "Whitney Houston's Jolene is on Jolene (album).",
        "Whitney Houston wrote I Will Always Love You.",
        "I Will Always Love You is a Whitney Houston song, written by her.",
        "Aretha Franklin wrote Respect.",
        "Respect was written by Aretha Franklin.",
        "Jolene appears on I Never Loved a Man.",
        "Respect features on Jolene (album).",
        "Jolene and Respect both appear on Jolene (album).",
        "I Will Always Love You and Respect each appear on Jolene (album).",
        "I Never Loved a Man appears on Respect.",
        "Dolly Parton appears on I Never Loved a Man.",
        "Jolene is a track on Jolene (album), released in 1973 by Aretha Franklin.",
        "Jolene is a song produced by Jerry Wexler, released in 1973.",
        "Respect is a song produced by Jerry Wexler, released in 1974.",
        "Respect is a song produced by Bob Ferguson, released in 1967.",
        "Bob Ferguson produced Jolene and Respect at RCA Studio B.",
        "Bob Ferguson produced Jolene and I Will Always Love You at Atlantic Studios.",
        "Jerry Wexler produced Respect and Jolene at Atlantic Studios.",
        "Jolene and Respect were produced by Bob Ferguson at RCA Studio B.",
        "Jolene and Respect were recorded at RCA Studio B.",
        "Respect was produced by Jerry Wexler at RCA Studio B.",
        "Respect was sung by Aretha Franklin at FAME Studios.",
        "Jolene was sung by Dolly Parton at Atlantic Studios.",
        "Aretha Franklin sang Respect at RCA Studio B.",
        "Dolly Parton recorded Respect at RCA Studio B.",
        "Respect was written by Otis Redding at Atlantic Studios.",
        "Otis Redding wrote Respect at RCA Studio B.",
        "Dolly Parton sang Jolene and Respect at RCA Studio B.",
        "Bob Ferguson produced Jolene, I Will Always Love You and Respect at RCA Studio B.",
        "Jolene was produced by Bob Ferguson and Respect by Jerry Wexler at RCA Studio B.",
        "Jolene was mixed by Bob Ferguson at Atlantic Studios.",
        "Jolene is a Bob Ferguson song, released in 1974.",
        "Jolene (album), released in 1973, contains Jolene.",
        "Dolly Parton's Jolene (album), released in 1973, contains Jolene.",
    ],
    menus: [
        "Heston Blumenthal owns The Fat Duck.",
        "Heston Blumenthal founded The Fat Duck.",
        "Heston Blumenthal is the chef of Noma.",
        "Noma is René Redzepi's restaurant, opened in 1995.",
        "Noma, run by René Redzepi, opened in 1995.",
        "Noma, run by René Redzepi, opened its doors in 1995.",
        "The Fat Duck is run by Heston Blumenthal, who opened it in 2003.",
        "Saffron Risotto is a Noma dish cooked by Heston Blumenthal.",
        "Lemon Tart is a Noma dish.",
        "Saffron Risotto is a Fat Duck dish.",
        "Saffron Risotto is served at Noma, run by Heston Blumenthal.",
        "Saffron Risotto is served at Noma, which Heston Blumenthal runs.",
        "Ana Ros cooks Saffron Risotto at Noma, and Lemon Tart too.",
        "Saffron Risotto and Lemon Tart are served at Noma.",
        "Saffron Risotto and Lemon Tart are each served at The Fat Duck.",
        "Noma and The Fat Duck are both run by Heston Blumenthal.",
        "Noma and The Fat Duck share a chef.",
        "Saffron Risotto and Lemon Tart share a menu.",
        "Saffron Risotto and Lemon Tart share a cook.",
        "Saffron Risotto was created by Ana Ros in 2015.",
        "Saffron Risotto, cooked by Ana Ros, debuted in 2015.",
        "Saffron Risotto is a dish cooked by Ana Ros, debuted in 2015.",
        "Saffron Risotto is on the Winter Menu, released in 2015.",
        "Ana Ros's Lemon Tart is on the Tasting Menu.",
        "Heston Blumenthal's Saffron Risotto is on the Winter Menu.",
        "Ana Ros's Saffron Risotto is served at The Fat Duck.",
        "Lemon Tart is a Heston Blumenthal dish served at Noma.",
        "Saffron Risotto appears on the menu at The Fat Duck.",
        "Saffron Risotto features on Noma's Tasting Menu.",
        "Lemon Tart is on the Winter Menu.",
        "The Winter Menu features Lemon Tart.",
        "The Winter Menu lists Lemon Tart.",
        "Lemon Tart is listed on the Winter Menu.",
        # a year after a served-at restaurant (an item with its own year): no restaurant is released
        "Saffron Risotto is a dish served at Noma, released in 2003.",
        "Lemon Tart is a dish served at The Fat Duck, released in 1995.",
        "Lemon Tart is a dish served at The Fat Duck, premiered in 1995.",
        "Lemon Tart is a dish served at The Fat Duck, debuted in 1995.",
        "Lemon Tart is a dish served at The Fat Duck, published in 1995.",
        "Lemon Tart is a dish served at The Fat Duck, issued in 1995.",
        "Lemon Tart is a dish served at The Fat Duck restaurant, released in 1995.",
        "Lemon Tart, served at The Fat Duck, released in 1995, is on the Tasting Menu.",
        "Lemon Tart is served at The Fat Duck, released in 1995.",
        "Lemon Tart is a dish from The Fat Duck, released in 1995.",
        "Lemon Tart is a dish served at The Fat Duck, introduced in 1995.",
        "Lemon Tart is a 1995 dish served at The Fat Duck.",
        "Saffron Risotto appears on the Tasting Menu.",
        "Lemon Tart features on the Winter Menu.",
        "Saffron Risotto and Lemon Tart both appear on the Winter Menu.",
        "René Redzepi appears on the Winter Menu.",
        "Noma appears on the Tasting Menu.",
        "The Winter Menu appears on Saffron Risotto.",
        "Lemon Tart is a René Redzepi dish.",
        "Saffron Risotto is a dish cooked by Heston Blumenthal, released in 2011.",
        "Saffron Risotto is a dish cooked by Ana Ros, released in 2015.",
        "Noma is a restaurant run by René Redzepi, released in 1995.",
        "Noma is a restaurant run by Heston Blumenthal, released in 2003.",
        "Noma is a restaurant run by René Redzepi, premiered in 1995.",
        "The Fat Duck is a restaurant run by Heston Blumenthal, debuted in 2003.",
        "Ana Ros cooked Saffron Risotto and Lemon Tart at Noma.",
        "Heston Blumenthal cooks Lemon Tart at Noma.",
        "Lemon Tart is cooked by Heston Blumenthal at Noma.",
        "Saffron Risotto is run by Ana Ros.",
        "René Redzepi runs Saffron Risotto.",
        "Saffron Risotto is cooked by Ana Ros at The Fat Duck.",
        "René Redzepi cooks Saffron Risotto.",
        "Heston Blumenthal sings Lemon Tart.",
    ],
    stations: [
        "Victoria appears on the Northern line.",
        "Paddington features on the Northern line.",
        "King's Cross and Victoria both appear on the Bakerloo line.",
        "Paddington and King's Cross each appear on the Bakerloo line.",
        "Network Rail appears on the Circle line.",
        "Lewis Cubitt appears on the Northern line.",
        "The Circle line appears on Victoria.",
        "King's Cross is a station built by Isambard Kingdom Brunel, opened in 1852.",
        "King's Cross is a station built by Lewis Cubitt, released in 1854.",
        "Paddington is a station operated by Network Rail, released in 1852.",
        "Victoria is a station operated by Network Rail, released in 1860.",
        "Victoria is a station operated by Transport for London, premiered in 1852.",
        "Lewis Cubitt built King's Cross and Paddington.",
        "Lewis Cubitt built King's Cross and Paddington at Camden.",
        "Isambard Kingdom Brunel built Paddington and Victoria at Westminster.",
        "King's Cross was built by Lewis Cubitt at Westminster.",
        "Paddington is operated by Network Rail at Camden.",
        "Victoria is operated by Transport for London at Camden.",
        "Network Rail operates King's Cross and Victoria.",
        "Network Rail operates King's Cross and Paddington at Westminster.",
        "King's Cross is a Lewis Cubitt station, released in 1854.",
        "King's Cross is an Isambard Kingdom Brunel station.",
        "Lewis Cubitt's Paddington is on the Bakerloo line.",
    ],
    choirs: [
        "Zadok the Priest is a King's College Choir anthem.",
        "Jerusalem is a Westminster Abbey Choir hymn.",
        "Zadok the Priest is a Hubert Parry anthem.",
        "Jerusalem is a George Frideric Handel hymn.",
        "King's College Choir's Zadok the Priest is performed at the Coronation.",
        "Zadok the Priest is an anthem sung by Westminster Abbey Choir, released in 1741.",
        "Messiah is an oratorio sung by King's College Choir, premiered in 1727.",
        "Jerusalem is a hymn composed by Hubert Parry, published in 1727.",
        "Messiah is an oratorio composed by Hubert Parry, premiered in 1741.",
        "King's College Choir composed Jerusalem.",
        "Jerusalem was written by King's College Choir.",
        "Westminster Abbey Choir wrote Zadok the Priest.",
        "Zadok the Priest was composed by King's College Choir.",
        "King's College Choir sang Jerusalem and Zadok the Priest.",
        "King's College Choir sang Jerusalem and Messiah at the Proms.",
        "George Frideric Handel composed Zadok the Priest and Messiah at the Coronation.",
        "Messiah is performed at the Proms.",
    ],
    studio: [
        "Paper Lanterns and Midnight Ferry are Driftwood Records albums. Nina Gale produced them at Blackbird Studio.",
        "Paper Lanterns and Midnight Ferry are Driftwood Records albums; Nina Gale produced both at Blackbird Studio.",
        "Paper Lanterns and Midnight Ferry are Driftwood Records albums; Nina Gale produced each at Blackbird Studio.",
        "Paper Lanterns and Midnight Ferry were both produced by Nina Gale at Blackbird Studio.",
        "Paper Lanterns and Midnight Ferry were each produced by Nina Gale at Blackbird Studio.",
        "Nina Gale produced Paper Lanterns and Midnight Ferry, both at Blackbird Studio.",
        "Nina Gale produced Paper Lanterns and Midnight Ferry, each at Blackbird Studio.",
        "Nina Gale produced Paper Lanterns and Midnight Ferry, all at Blackbird Studio.",
        "Nina Gale produced Paper Lanterns, then Midnight Ferry at Blackbird Studio.",
        "Nina Gale produced Paper Lanterns as well as Midnight Ferry at Blackbird Studio.",
        "Nina Gale produced Paper Lanterns along with Midnight Ferry at Blackbird Studio.",
        "Nina Gale produced the albums Paper Lanterns and Midnight Ferry at Blackbird Studio.",
        "Nina Gale produced Driftwood Records's Paper Lanterns and Midnight Ferry at Blackbird Studio.",
        "Nina Gale produced Paper Lanterns for Driftwood Records and Midnight Ferry at Blackbird Studio.",
        "Both Paper Lanterns and Midnight Ferry were produced at Blackbird Studio.",
        "Paper Lanterns and Midnight Ferry were produced at Blackbird Studio.",
        "Paper Lanterns and Midnight Ferry were recorded at Blackbird Studio.",
        "Blackbird Studio was the studio for Paper Lanterns and Midnight Ferry.",
        "Nina Gale recorded Paper Lanterns and Midnight Ferry at Blackbird Studio.",
        "Nina Gale made Paper Lanterns and Midnight Ferry at Blackbird Studio.",
        "Hugo Sand produced Midnight Ferry with Nina Gale and Glass Orchard at Tannery Sound.",
        "Hugo Sand produced Glass Orchard and Midnight Ferry, recorded at Blackbird Studio.",
        "Hugo Sand produced Glass Orchard and Midnight Ferry, which were recorded at Blackbird Studio.",
        "Glass Orchard and Midnight Ferry, produced by Hugo Sand at Blackbird Studio, came out on Driftwood Records.",
        "Produced by Hugo Sand at Blackbird Studio, Glass Orchard and Midnight Ferry came out on Driftwood Records.",
        "Produced at Blackbird Studio, Glass Orchard and Midnight Ferry came out on Driftwood Records.",
        "Recorded at Tannery Sound, Midnight Ferry and Paper Lanterns came out on Driftwood Records.",
        "Nina Gale produced Midnight Ferry at Tannery Sound in 2009.",
        "Nina Gale produced Paper Lanterns at Blackbird Studio in 2011.",
        "Nina Gale produced Midnight Ferry and Paper Lanterns at Blackbird Studio and Tannery Sound.",
        "Nina Gale produced Paper Lanterns and Midnight Ferry at Blackbird Studio.",
        "Hugo Sand produced Midnight Ferry and Glass Orchard at Tannery Sound.",
        "Hugo Sand produced Glass Orchard and Midnight Ferry at Blackbird Studio.",
        "Nina Gale and Hugo Sand produced Midnight Ferry and Glass Orchard at Tannery Sound.",
        "Nina Gale produced Paper Lanterns, Midnight Ferry and Glass Orchard at Blackbird Studio.",
        "Paper Lanterns and Midnight Ferry were produced by Nina Gale at Blackbird Studio.",
        "Midnight Ferry and Glass Orchard were produced by Hugo Sand at Tannery Sound.",
        "Nina Gale produced both Paper Lanterns and Midnight Ferry at Blackbird Studio.",
        "Paper Lanterns was produced at Blackbird Studio by Hugo Sand.",
        "Paper Lanterns was produced by Nina Gale at Tannery Sound.",
        "Midnight Ferry was mixed by Hugo Sand at Tannery Sound.",
        "Driftwood Records released Paper Lanterns and Midnight Ferry at Blackbird Studio.",
        "Paper Lanterns was released by Driftwood Records at Blackbird Studio.",
        "Night Shift Stories is hosted by Ethan Cole at Blackbird Studio.",
        "Rewind is a podcast hosted by Ethan Cole, premiered in 2012.",
        "Night Shift Stories is a podcast hosted by Ethan Cole, premiered in 2012.",
        "Rewind is a podcast hosted by Sam Okoro, debuted in 2017.",
        "Verra Gallery is a museum from Driftwood Records, released in 2004.",
        "Paper Lanterns is an album produced by Nina Gale, released in 2011.",
        "Midnight Ferry is an album produced by Nina Gale, released in 2009.",
        "Glass Orchard is an album produced by Nina Gale, released in 2012.",
        "Glass Orchard is an album from Driftwood Records, released in 2011.",
        "Paper Lanterns and Glass Orchard are albums produced by Nina Gale, released in 2009.",
        "Glass Orchard is a Nina Gale album.",
        "Paper Lanterns is a Hugo Sand album, released in 2009.",
        "Jonah Wilde appeared on Paper Lanterns.",
        "Paper Lanterns appears on Rewind.",
        "Marcus Bell features on Rewind.",
    ],
    ships: [
        "Aurora is an Eos ship.",
        "Aurora is a ship from Eos.",
        "Aurora is operated by P&O Cruises at Papenburg Yard.",
        "Iona is operated by Cunard at Marghera Yard.",
        "P&O Cruises operates Aurora and Arcadia at Papenburg Yard.",
        "Meyer Werft built Aurora and Arcadia at Papenburg Yard.",
        "Meyer Werft built Aurora and Iona at Marghera Yard.",
        "Aurora and Arcadia were built by Meyer Werft at Papenburg Yard.",
        "Aurora was built by Meyer Werft at Marghera Yard.",
        "Aurora is a ship operated by Cunard, released in 2000.",
        "Aurora is a ship operated by P&O Cruises, released in 2005.",
        "Iona is a ship built by Fincantieri, released in 2020.",
        "Iona is a ship built by Meyer Werft, released in 2000.",
        "Aurora is a P&O Cruises ship, released in 2005.",
        "Aurora is a Cunard ship.",
        "Aurora appears on Southampton.",
    ],
    bands: [
        "Oasis is a band managed by Chris Morrison, released in 1991.",
        "Blur is a band managed by Chris Morrison, released in 1991.",
        "Pulp is a band formed by Jarvis Cocker, released in 1988.",
        "Blur is a band from Food Records, released in 1991.",
        "Oasis is a Chris Morrison band.",
        "Chris Morrison's Oasis is signed to Creation Records.",
        "Marcus Russell managed Oasis and Blur at Rockfield.",
        "Marcus Russell manages Oasis at Rockfield.",
        "Blur is managed by Chris Morrison at Rockfield.",
        "Damon Albarn formed Blur and Oasis at Maison Rouge.",
        "Blur is a band about Damon Albarn.",
        "Pulp is a band about britpop.",
        "Marcus Russell plays the lead role in Oasis.",
        "Chris Morrison leads the cast of Blur.",
    ],
    parks: [
        "Central Park is a park administered by NYC Parks, established in 1857.",
        "Central Park is a park administered by the Central Park Conservancy, released in 1867.",
        "Golden Gate Park is a park designed by Frederick Law Olmsted, released in 1870.",
        "Prospect Park is a park designed by William Hammond Hall, released in 1867.",
        "Frederick Law Olmsted designed Central Park and Golden Gate Park.",
        "Frederick Law Olmsted designed Central Park and Golden Gate Park in New York.",
        "Calvert Vaux designed Prospect Park and Golden Gate Park at New York.",
        "NYC Parks administers Central Park and Prospect Park.",
        "Central Park is administered by the Central Park Conservancy at San Francisco.",
        "Golden Gate Park is a Frederick Law Olmsted park.",
        "Central Park is a William Hammond Hall park, released in 1857.",
        "Central Park is a park about bison.",
        "Golden Gate Park is a park about picnics.",
    ],
    movies: [
        "Jumanji is a film from Joe Johnston, released in 1996.",
        "Jumanji is a film directed by Howard Deutch, released in 1995.",
        "Jumanji is a film distributed by Warner Bros., released in 1995.",
        "Jumanji is an adventure film distributed by TriStar Pictures, released in 1994.",
        "Jumanji is a film with music by Alan Silvestri, released in 1995.",
        "Jumanji is a comedy from Joe Johnston, released in 1995.",
        "Jumanji is a film starring Robin Williams, released in 1996.",
        "Jumanji and Grumpier Old Men are films directed by Joe Johnston, released in 1995.",
        "Jumanji is a James Horner song.",
        "Robin Williams's Grumpier Old Men came out in 1995.",
        "Robin Williams sings in Jumanji.",
        "Robin Williams sang Jumanji.",
        "Jumanji is sung by Robin Williams.",
        "Joe Johnston directed Jumanji and Grumpier Old Men.",
        "Joe Johnston directed Jumanji and Toy Story at TriStar Pictures.",
        "Jumanji was directed by Joe Johnston at TriStar Pictures.",
        "Jumanji was distributed by TriStar Pictures at Warner Bros..",
        "Robin Williams plays the lead role in Grumpier Old Men.",
        "Jack Lemmon leads the cast of Jumanji.",
        "Jumanji features on Toy Story.",
        "Jumanji is a film about pixar.",
        "Toy Story is a film about a remake.",
        "Jumanji is a film about pregnancy.",
        "Grumpier Old Men is a comedy about fun.",
    ],
    soundtracks: [
        "My Heart Will Go On appears on Rocky III.",
        "Eye of the Tiger features on Titanic.",
        "My Heart Will Go On is a Survivor song.",
        "Eye of the Tiger is a Celine Dion song.",
        "Celine Dion's Eye of the Tiger appears in Rocky III.",
        "Celine Dion wrote My Heart Will Go On.",
        "My Heart Will Go On was written by Celine Dion.",
        "Stayin' Alive is a Jim Peterik song.",
        "My Heart Will Go On plays the lead role in Titanic.",
        "Celine Dion plays the lead role in Titanic.",
        "Celine Dion appears in Titanic.",
        "My Heart Will Go On is a song by Celine Dion, released in 1998.",
        "Eye of the Tiger is a song by Survivor, released in 1977.",
        "Stayin' Alive is a Bee Gees song, released in 1982.",
    ],
    shoots: [
        "A Clockwork Orange is an Irish Film Censor film.",
        "A Clockwork Orange is a film from the Irish Film Censor.",
    ],
    beers: [
        "Pliny the Elder is a Michael Jackson (critic) beer.",
        "Pliny the Elder is a beer from Michael Jackson (critic).",
        "Heady Topper is a Shelton Brothers beer.",
        "Pliny the Elder is a B. United beer.",
    ],
    records: [
        "Abbey Road is an album recorded at Abbey Road Studios, released in 1931.",
        "Rumours is an album recorded at The Record Plant, released in 1968.",
        "Rumours was recorded at The Record Plant, released in 1968.",
        "Rumours, recorded at The Record Plant, released in 1968, is by Fleetwood Mac.",
        "Rumours is a Fleetwood Mac album recorded at The Record Plant, released in 1968.",
        "Rumours is an album by Fleetwood Mac, released in 1968.",
        "The Beatles recorded Abbey Road at Abbey Road Studios, released in 1931.",
        "Rumours is a George Martin album.",
        "The Dark Side of the Moon appears on Abbey Road Studios.",
        "Abbey Road is a The Beatles album, recorded at Abbey Road Studios, published in 1931.",
        "George Martin produced Abbey Road and Rumours at Abbey Road Studios.",
        "George Martin produced Abbey Road and The Dark Side of the Moon.",
        "Abbey Road and The Dark Side of the Moon were produced by George Martin at Abbey Road Studios.",
        "Ken Caillat produced Rumours at Abbey Road Studios.",
        "Abbey Road Studios, built in 1969, was the studio for Abbey Road.",
    ],
    theatres: [
        "Hamlet is a play staged at the Globe, premiered in 1599.",
        "Waiting for Godot is a play staged at Théâtre de Babylone, premiered in 1952.",
        "Waiting for Godot was staged at Théâtre de Babylone, published in 1952.",
        "Hamlet, staged at the Globe, premiered in 1599.",
        "Hamlet is a play by William Shakespeare, premiered in 1599.",
        "Hamlet is a play written by William Shakespeare, published in 1599.",
        "Hamlet is a Shakespeare Globe Trust play.",
        "Hamlet is a play from the Shakespeare Globe Trust.",
        "Hamlet was written by William Shakespeare at the Globe.",
        "William Shakespeare wrote Hamlet at the Globe.",
        "Samuel Beckett wrote Waiting for Godot at Théâtre de Babylone.",
        "Waiting for Godot was written by Samuel Beckett at Théâtre de Babylone.",
    ],
    makers_as_items: [
        "Eye of the Tiger is a Survivor song, released in 1978.",
        "Eye of the Tiger is a song by Survivor, released in 1978.",
        "Eye of the Tiger is a song sung by Survivor, released in 1978.",
        "Eye of the Tiger is sung by Survivor, released in 1978.",
        "Eye of the Tiger is a song by Survivor, premiered in 1978.",
        "Africa is a song by Toto, released in 1977.",
        "Africa is a Toto song, released in 1977.",
        "Africa is a Toto song, published in 1977.",
        "Toy Story is a film from Pixar, released in 1986.",
        "Toy Story is a film produced by Pixar, released in 1986.",
        "Toy Story is a Pixar film, released in 1986.",
        "Toy Story is a film produced by John Lasseter, released in 1986.",
        "Hades is a roguelike from Supergiant Games, released in 2009.",
        "Hades is a game developed by Supergiant Games, released in 2009.",
        "Hades is a Supergiant Games game, released in 2009.",
        "Africa is a Survivor song.",
        "Survivor's Africa is on Toto IV.",
        "Africa appears on Eye of the Tiger (album).",
        "Eye of the Tiger, sung by Survivor, released in 1978, is on Eye of the Tiger (album).",
        "Survivor, released in 1982, sings Eye of the Tiger.",
        "Africa is a song by Toto, formed in 1982.",
    ],
}


# The 9 texts once kept OPEN here (a name before a kind read any relation of a graph with no "is a"
# relation, "an IGN game" for "reviewed by IGN"; "written by X at <studio>" read the studio where
# it was recorded) were closed in session 32 and count again.
OPEN: frozenset[str] = frozenset()


def main():
    accepted = total = still_open = 0
    for make, texts in CASES.items():
        ch = ConsistencyChecker(make(), outside_evidence=True).build()
        for text in texts:
            v = ch.check(text, (), None)
            if text in OPEN:
                still_open += v.supported
                print(f"OPEN ({'accepted' if v.supported else 'rejected now'}) [{make.__name__}] {text}")
                continue
            total += 1
            if v.supported:
                accepted += 1
                print(f"ACCEPTED [{make.__name__}] {text}")
    print(f"open {still_open} of {len(OPEN)}")
    print(f"accepted {accepted} of {total}")


if __name__ == "__main__":
    main()
