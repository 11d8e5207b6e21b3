# ruff: noqa: E741, E402, E702, F811
# A red team's script, kept as a regression test (tests/test_held_sets.py runs it with CODE=<repo>).
import os
import sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
"""Red team 95: false texts for kgexplain's ConsistencyChecker (readings of commit e26c74d).
Every text below is FALSE on its graph; the script prints each one the checker accepts, then
`accepted N of M`."""

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

def studio():
    """tests/test_consistency_clubs_and_collections.py::_studio_work (copied)."""
    rels = [kgx.Relation("produced_by", phrase="was produced by", inverse_phrase="produced"),
            kgx.Relation("recorded_at", phrase="was recorded at", inverse_phrase="was the studio for"),
            kgx.Relation("label", phrase="was released on", inverse_phrase="released"),
            kgx.Relation("hosted_by", phrase="is hosted by", inverse_phrase="hosts"),
            kgx.Relation("guest", phrase="featured", inverse_phrase="appeared on"),
            kgx.Relation("collects", phrase="has a collection of", inverse_phrase="is collected by")]
    ents = [kgx.Entity(f"p:{k}", type=t, label=v) for k, t, v in (
        ("ng", "producer", "Nina Gale"), ("hs", "producer", "Hugo Sand"), ("bb", "studio", "Blackbird Studio"),
        ("ts", "studio", "Tannery Sound"), ("dw", "label", "Driftwood Records"), ("ec", "host", "Ethan Cole"),
        ("am", "host", "Aiko Mori"), ("so", "host", "Sam Okoro"), ("jw", "guest", "Jonah Wilde"),
        ("lp", "guest", "Leo Park"), ("mb", "guest", "Marcus Bell"), ("ma", "holding", "modern art"),
        ("ph", "holding", "photography"), ("tx", "holding", "textiles"))]
    items = (("lanterns", "album", "Paper Lanterns", 2009), ("ferry", "album", "Midnight Ferry", 2011),
             ("orchard", "album", "Glass Orchard", 2012), ("night", "podcast", "Night Shift Stories", 2017),
             ("rewind", "podcast", "Rewind", 2012), ("verra", "museum", "Verra Gallery", 2004),
             ("silk", "museum", "The Silk House", 1998))
    ents += [kgx.Entity(f"i:{k}", kind="item", type=t, label=v, attrs={"year": y}) for k, t, v, y in items]
    triples = [("i:lanterns", "produced_by", "p:ng"), ("i:lanterns", "recorded_at", "p:bb"),
               ("i:ferry", "produced_by", "p:ng"), ("i:ferry", "produced_by", "p:hs"),
               ("i:ferry", "recorded_at", "p:ts"), ("i:orchard", "produced_by", "p:hs"),
               ("i:orchard", "recorded_at", "p:bb"), ("i:lanterns", "label", "p:dw"), ("i:ferry", "label", "p:dw"),
               ("i:orchard", "label", "p:dw"), ("i:night", "hosted_by", "p:ec"), ("i:night", "hosted_by", "p:am"),
               ("i:rewind", "hosted_by", "p:so"), ("i:rewind", "guest", "p:jw"), ("i:rewind", "guest", "p:lp"),
               ("i:night", "guest", "p:mb"), ("i:verra", "collects", "p:ma"), ("i:verra", "collects", "p:ph"),
               ("i:silk", "collects", "p:tx")]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


def build(items, others, rels, triples):
    ents = [E("user:kim", kind="user", label="Kim")]
    ents += [E(i, kind="item", type=t, label=l, attrs={"year": y} if y else {}) for i, (t, l, y) in items.items()]
    ents += [E(i, type=t, label=l) for i, (t, l) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=rels)


# --- new graphs, declared with phrases only, as a new user would ---
def films():
    """Films shot at one place and premiered at another: "<verb> it at <place>" with the wrong "at"."""
    rels = [kgx.Relation("directed_by", phrase="was directed by", inverse_phrase="directed"),
            kgx.Relation("premiered_at", phrase="premiered at", inverse_phrase="hosted the premiere of"),
            kgx.Relation("shot_at", phrase="was shot at", inverse_phrase="was the location of"),
            kgx.Relation("distributed_by", phrase="is distributed by", inverse_phrase="distributes")]
    items = {"f:dune": ("film", "Dune Sea", 2019), "f:ice": ("film", "Ice Harbour", 2020),
             "f:moth": ("film", "The Moth Room", 2021)}
    others = {"p:ava": ("person", "Ava Lind"), "p:tom": ("person", "Tomas Berg"),
              "v:cannes": ("festival", "Cannes"), "v:venice": ("festival", "Venice"),
              "s:pine": ("studio", "Pinewood"), "s:cine": ("studio", "Cinecittà"),
              "c:a24": ("company", "A24"), "c:neon": ("company", "Neon")}
    tr = [("f:dune", "directed_by", "p:ava"), ("f:ice", "directed_by", "p:tom"), ("f:moth", "directed_by", "p:ava"),
          ("f:dune", "premiered_at", "v:cannes"), ("f:ice", "premiered_at", "v:venice"), ("f:moth", "premiered_at", "v:venice"),
          ("f:dune", "shot_at", "s:pine"), ("f:ice", "shot_at", "s:cine"), ("f:moth", "shot_at", "s:pine"),
          ("f:dune", "distributed_by", "c:a24"), ("f:ice", "distributed_by", "c:neon"), ("f:moth", "distributed_by", "c:a24")]
    return build(items, others, rels, tr)


def ships():
    rels = [kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates"),
            kgx.Relation("built_by", phrase="was built by", inverse_phrase="built"),
            kgx.Relation("launched_at", phrase="was launched at", inverse_phrase="launched"),
            kgx.Relation("home_port", phrase="is based in", inverse_phrase="is the home port of")]
    items = {"s:qm2": ("ship", "Queen Mary 2", 2003), "s:oasis": ("ship", "Oasis of the Seas", 2009),
             "s:hurt": ("ship", "MS Richard With", 1993)}
    others = {"c:cunard": ("company", "Cunard Line"), "c:rc": ("company", "Royal Caribbean"),
              "c:hurt": ("company", "Hurtigruten"), "y:stx": ("shipyard", "Chantiers de l'Atlantique"),
              "y:aker": ("shipyard", "Aker Yards"), "y:volkswerft": ("shipyard", "Volkswerft Stralsund"),
              "p:sn": ("port", "Saint-Nazaire"), "p:turku": ("port", "Turku"), "p:stralsund": ("port", "Stralsund"),
              "p:soton": ("city", "Southampton"), "p:miami": ("city", "Miami"), "p:bergen": ("city", "Bergen")}
    tr = [("s:qm2", "operated_by", "c:cunard"), ("s:oasis", "operated_by", "c:rc"), ("s:hurt", "operated_by", "c:hurt"),
          ("s:qm2", "built_by", "y:stx"), ("s:oasis", "built_by", "y:aker"), ("s:hurt", "built_by", "y:volkswerft"),
          ("s:qm2", "launched_at", "p:sn"), ("s:oasis", "launched_at", "p:turku"), ("s:hurt", "launched_at", "p:stralsund"),
          ("s:qm2", "home_port", "p:soton"), ("s:oasis", "home_port", "p:miami"), ("s:hurt", "home_port", "p:bergen")]
    return build(items, others, rels, tr)


def venues():
    """Clubs (night and jazz clubs, a restaurant franchise) managed by people; museums with
    collections; events held at venues ("holds" the event)."""
    rels = [kgx.Relation("managed_by", phrase="is managed by", inverse_phrase="manages"),
            kgx.Relation("held_at", phrase="is held at", inverse_phrase="holds"),
            kgx.Relation("collects", phrase="has a collection of", inverse_phrase="is collected by"),
            kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to"),
            kgx.Relation("opened_in", phrase="opened in", inverse_phrase="saw the opening of")]
    items = {"v:ronnie": ("jazz club", "Ronnie Scott's", 1959), "v:fabric": ("night club", "Fabric", 1999),
             "v:burger": ("restaurant franchise", "Byron Burger", 2007),
             "m:tate": ("museum", "Tate Modern", 2000), "m:tb": ("museum", "Tate Britain", 1897),
             "e:turner": ("prize", "Turner Prize", 1984), "e:frieze": ("fair", "Frieze Art Fair", 2003),
             "v:sw": ("media franchise", "Star Wars", 1977), "v:book": ("book club", "Richard and Judy Book Club", 2004)}
    others = {"p:pete": ("person", "Pete King"), "p:keith": ("person", "Keith Reilly"), "p:tom": ("person", "Tom Byng"),
              "k:modern": ("holding", "modern art"), "k:british": ("holding", "British art"),
              "c:london": ("city", "London"), "c:leeds": ("city", "Leeds"), "p:regent": ("park", "Regent's Park"),
              "y:1959": ("year", "1959"),
              "p:kk": ("person", "Kathleen Kennedy"), "p:judy": ("person", "Judy Finnigan")}
    tr = [("v:ronnie", "managed_by", "p:pete"), ("v:fabric", "managed_by", "p:keith"), ("v:burger", "managed_by", "p:tom"),
          ("v:sw", "managed_by", "p:kk"), ("v:book", "managed_by", "p:judy"),
          ("e:turner", "held_at", "m:tb"), ("e:frieze", "held_at", "p:regent"),
          ("m:tate", "collects", "k:modern"), ("m:tb", "collects", "k:british"),
          ("v:ronnie", "based_in", "c:london"), ("v:fabric", "based_in", "c:london"), ("v:burger", "based_in", "c:leeds"),
          ("m:tate", "based_in", "c:london"), ("m:tb", "based_in", "c:london"), ("v:ronnie", "opened_in", "y:1959")]
    return build(items, others, rels, tr)


def shows():
    """A TV show with presenters and guests, songs that appear on albums."""
    rels = [kgx.Relation("presented_by", phrase="is presented by", inverse_phrase="presents"),
            kgx.Relation("guest", phrase="had as a guest", inverse_phrase="appeared on"),
            kgx.Relation("on_album", phrase="appears on", inverse_phrase="includes"),
            kgx.Relation("sung_by", phrase="is sung by", inverse_phrase="sang")]
    items = {"t:later": ("show", "Late Session", 1992), "t:sofa": ("show", "Sofa Hour", 2007),
             "a:blue": ("album", "Blue Coast", 2001), "s:wave": ("song", "Wave Machine", 2001)}
    others = {"p:jools": ("person", "Jools Holland"), "p:graham": ("person", "Graham Norton"),
              "p:adele": ("person", "Adele"), "p:bjork": ("person", "Björk"), "p:sade": ("person", "Sade")}
    tr = [("t:later", "presented_by", "p:jools"), ("t:sofa", "presented_by", "p:graham"),
          ("p:adele", "guest", "t:later"), ("p:bjork", "guest", "t:sofa"),
          ("s:wave", "on_album", "a:blue"), ("s:wave", "sung_by", "p:sade")]
    # "had as a guest" forward: show -> guest; stored as (show, guest, person)
    tr = [(("t:later" if h == "p:adele" else "t:sofa"), r, h) if r == "guest" else (h, r, t) for h, r, t in tr]
    return build(items, others, rels, tr)


GRAPHS = {"clubs": clubs, "W": collections, "studio": studio, "films": films, "ships": ships,
          "venues": venues, "shows": shows}


# (graph, text, why it is false)
FALSE = [
    # --- "<agent> <verb> it at <place>": any "... at" relation of the item is taken as the place of the verb ---
    ("films", "Dune Sea was distributed by A24; Ava Lind directed it at Cannes.", "premiered at Cannes, shot at Pinewood"),
    ("films", "Ice Harbour was distributed by Neon; Tomas Berg directed it at Venice.", "premiered at Venice, shot at Cinecittà"),
    ("films", "The Moth Room is distributed by A24; Ava Lind directed it at Venice.", "premiered at Venice, shot at Pinewood"),
    ("films", "Ice Harbour came out in 2020; Tomas Berg directed it at Venice.", "premiered at Venice"),
    ("films", "Dune Sea premiered at Cannes. Ava Lind directed it at Cannes.", "shot at Pinewood"),
    ("films", "Ice Harbour was shot at Cinecittà; Tomas Berg directed it at Venice.", "shot at Cinecittà"),
    ("films", "Dune Sea was distributed by A24; Ava Lind directed it at Cannes in 2019.", "premiered at Cannes"),
    ("films", "Dune Sea is distributed by A24; A24 distributes it at Pinewood.", "Pinewood is where it was shot"),
    ("films", "The Moth Room is distributed by A24; A24 distributed it at Pinewood.", "Pinewood is where it was shot"),
    ("films", "Ice Harbour was shot at Cinecittà; Neon distributed it at Cinecittà.", "Cinecittà is where it was shot"),
    ("films", "Dune Sea was distributed by A24; Ava Lind directed it at Cannes and Pinewood.", "Cannes is the premiere"),
    ("ships", "Queen Mary 2 is operated by Cunard Line; Cunard Line operates it at Saint-Nazaire.", "launched there; based in Southampton"),
    ("ships", "Queen Mary 2 is based in Southampton; Cunard Line operates it at Saint-Nazaire.", "launched there"),
    ("ships", "Oasis of the Seas is based in Miami; Royal Caribbean operates it at Turku.", "launched there; based in Miami"),
    ("ships", "Queen Mary 2 is operated by Cunard Line; Cunard Line runs it at Saint-Nazaire.", "launched there"),
    ("ships", "Oasis of the Seas is based in Miami; Cunard Line built it at Turku.", "Aker Yards built it"),
    ("ships", "Oasis of the Seas is based in Miami; Aker Yards built it at Saint-Nazaire.", "launched at Turku"),
    ("studio", "Midnight Ferry was released on Driftwood Records; Driftwood Records released it at Tannery Sound.", "recorded there, not released there"),
    ("studio", "Glass Orchard was produced by Hugo Sand; Driftwood Records released it at Blackbird Studio.", "recorded there, not released there"),
    ("studio", "Midnight Ferry was released on Driftwood Records; Driftwood Records released it at Tannery Sound in 2011.", "recorded there, not released there"),
    ("studio", "Rewind featured Jonah Wilde; Sam Okoro hosts it at Tannery Sound.", "Rewind has no studio"),
    ("studio", "Midnight Ferry was released on Driftwood Records; Nina Gale and Hugo Sand produced it at Blackbird Studio.", "Tannery Sound"),
    ("studio", "Paper Lanterns was released on Driftwood Records; Nina Gale produced it at Tannery Sound.", "Blackbird Studio"),
    ("studio", "Glass Orchard was released on Driftwood Records; Hugo Sand produced it at Tannery Sound.", "Blackbird Studio"),
    ("studio", "Paper Lanterns was produced by Nina Gale; Hugo Sand produced it at Blackbird Studio.", "Hugo did not produce it"),
    ("studio", "Night Shift Stories is a podcast; Ethan Cole and Aiko Mori host it at Tannery Sound.", "no studio for the podcast"),
    ("studio", "Midnight Ferry was produced by Hugo Sand; Nina Gale produced it at Blackbird Studio.", "Tannery Sound"),
    ("studio", "Paper Lanterns and Midnight Ferry were released on Driftwood Records; Nina Gale produced them at Tannery Sound.", "Lanterns at Blackbird"),
    ("studio", "Midnight Ferry was released on Driftwood Records; Nina Gale and Hugo Sand produced it at Tannery Sound in 2012.", "2011"),
    ("studio", "Midnight Ferry was released on Driftwood Records; Nina Gale and Sam Okoro produced it at Tannery Sound.", "Sam did not"),
    ("studio", "Midnight Ferry was released on Driftwood Records; Nina Gale hosted it at Tannery Sound.", "produced, not hosted"),
    ("studio", "Midnight Ferry was released on Driftwood Records; Nina Gale and Hugo Sand released it at Tannery Sound.", "the label released it"),
    ("studio", "Glass Orchard was released on Driftwood Records; Nina Gale produced it at Blackbird Studio.", "Hugo Sand produced it"),
    # --- "together" ---
    ("studio", "Ethan Cole and Aiko Mori host Night Shift Stories together with Marcus Bell.", "Marcus Bell is a guest, not a host"),
    ("studio", "Aiko Mori and Ethan Cole host Night Shift Stories together with Marcus Bell.", "Marcus Bell is a guest, not a host"),
    ("studio", "Night Shift Stories features Marcus Bell; Ethan Cole and Aiko Mori host it together with Jonah Wilde.", "Jonah is no host"),
    ("studio", "Ethan Cole and Marcus Bell host Night Shift Stories together.", "Marcus is a guest"),
    ("studio", "Ethan Cole and Aiko Mori host Night Shift Stories together with Sam Okoro.", "Sam hosts Rewind"),
    ("studio", "Ethan Cole and Aiko Mori host Night Shift Stories together with Jonah Wilde.", "Jonah guested on Rewind"),
    ("studio", "Ethan Cole and Sam Okoro host Night Shift Stories together.", "Sam hosts Rewind"),
    ("studio", "Rewind is a podcast. Ethan Cole and Aiko Mori host it together.", "Sam Okoro hosts Rewind"),
    ("studio", "Ethan Cole and Aiko Mori host Rewind together.", "Sam Okoro"),
    ("studio", "Ethan Cole and Aiko Mori host Night Shift Stories and Rewind together.", "not Rewind"),
    ("studio", "Nina Gale and Hugo Sand produced Paper Lanterns together.", "Nina only"),
    ("studio", "Nina Gale and Hugo Sand produced Glass Orchard together.", "Hugo only"),
    ("studio", "Nina Gale and Hugo Sand produced Midnight Ferry and Paper Lanterns together.", "Lanterns: Nina only"),
    ("studio", "Jonah Wilde and Leo Park host Rewind together.", "guests, not hosts"),
    ("studio", "Ethan Cole and Aiko Mori guested on Night Shift Stories together.", "hosts, not guests"),
    ("studio", "Jonah Wilde and Marcus Bell guested on Rewind together.", "Marcus on Night Shift"),
    ("studio", "Nina Gale and Hugo Sand produced Midnight Ferry together in 2012.", "2011"),
    ("studio", "Ethan Cole and Aiko Mori host Night Shift Stories together in 2012.", "the podcast is of 2017"),
    ("studio", "Midnight Ferry was recorded at Tannery Sound; Nina Gale and Hugo Sand produced it together with Jonah Wilde.", "Jonah is a guest of Rewind"),
    ("studio", "Midnight Ferry was recorded at Tannery Sound; Nina Gale and Marcus Bell produced it together.", "Marcus did not"),
    ("films", "Ava Lind and Tomas Berg directed Dune Sea together.", "Ava only"),
    ("films", "Ava Lind and Tomas Berg directed Dune Sea and Ice Harbour together.", "one each"),
    ("ships", "Cunard Line and Royal Caribbean operate Queen Mary 2 together.", "Cunard only"),
    ("ships", "Chantiers de l'Atlantique and Aker Yards built Queen Mary 2 together.", "Chantiers only"),
    ("venues", "Pete King and Keith Reilly manage Ronnie Scott's together.", "Pete King only"),
    ("venues", "Pete King and Tom Byng run Ronnie Scott's together.", "Pete King only"),
    ("clubs", "David Moyes and Arne Slot manage Everton together.", "Moyes only"),
    ("clubs", "Tom Purdie and Edward Hannan founded Hibernian together.", "Hannan only"),
    ("W", "Johannes Vermeer and Rembrandt painted The Milkmaid together.", "Vermeer only"),
    # --- "opened its doors in" ---
    ("studio", "Verra Gallery opened its doors in 2005.", "2004"),
    ("studio", "The Silk House opened its doors in 2004.", "1998"),
    ("studio", "Verra Gallery and The Silk House opened their doors in 2004.", "Silk 1998"),
    ("studio", "Verra Gallery and Night Shift Stories opened their doors in 2004.", "podcast, 2017"),
    ("studio", "Verra Gallery, which opened its doors in 1998, houses photography.", "2004"),
    ("studio", "Paper Lanterns opened its doors in 2011.", "an album of 2009"),
    ("studio", "Rewind opened its doors in 2017.", "2012"),
    ("W", "The Milkmaid opened its doors in 1658.", "a painting has no doors: it was painted in 1658"),
    ("W", "The Rijksmuseum opened its doors in 1658.", "no year for the museum"),
    ("ships", "Queen Mary 2 opened its doors in 2004.", "2003"),
    ("venues", "Ronnie Scott's opened its doors in 1960.", "1959"),
    ("venues", "Fabric opened its doors in 1959.", "1999"),
    ("venues", "Tate Modern opened its doors in 1897.", "2000"),
    ("clubs", "Everton opened its doors in 1892.", "1878"),
    ("clubs", "Hibernian opened its doors in 1874.", "1875"),
    # --- "a year later" ---
    ("studio", "Verra Gallery opened its doors in 2004 and The Silk House a year later.", "1998"),
    ("studio", "The Silk House opened its doors in 2004 and Verra Gallery a year later.", "1998"),
    ("studio", "Driftwood Records released Paper Lanterns in 2009 and Glass Orchard a year later.", "2012"),
    ("studio", "Driftwood Records released Glass Orchard in 2012 and Midnight Ferry a year later.", "2011"),
    ("studio", "Paper Lanterns came out in 2011 and Midnight Ferry a year later.", "2009"),
    ("studio", "Midnight Ferry came out in 2011 and Glass Orchard two years later.", "one year"),
    ("studio", "Nina Gale produced Midnight Ferry in 2011 and Glass Orchard a year later.", "Hugo produced Orchard"),
    ("studio", "Nina Gale produced Paper Lanterns in 2010 and Midnight Ferry a year later.", "2009"),
    ("studio", "Hugo Sand produced Midnight Ferry in 2011 and Paper Lanterns a year later.", "Nina, 2009"),
    ("studio", "Hugo Sand produced Glass Orchard in 2012 and Midnight Ferry a year later.", "2011"),
    ("studio", "Rewind started in 2012 and Night Shift Stories a year later.", "2017"),
    ("studio", "Hugo Sand produced Midnight Ferry in 2011 and Rewind a year later.", "a podcast he did not produce"),
    ("studio", "Driftwood Records released Midnight Ferry in 2011 and Rewind a year later.", "a podcast"),
    ("studio", "Driftwood Records released Midnight Ferry and Paper Lanterns in 2011 and Glass Orchard a year later.", "Lanterns 2009"),
    ("studio", "Nina Gale and Hugo Sand produced Midnight Ferry in 2011 and Glass Orchard a year later.", "Nina not Orchard"),
    ("studio", "Hugo Sand produced Midnight Ferry in 2011 and Glass Orchard a year later, both at Tannery Sound.", "Orchard at Blackbird"),
    ("studio", "Hugo Sand produced Midnight Ferry in 2011 and Nina Gale a year later.", "a person given a year"),
    ("films", "Ava Lind directed Dune Sea in 2019 and The Moth Room a year later.", "2021"),
    ("films", "Dune Sea came out in 2019 and The Moth Room a year later.", "2021"),
    ("films", "Dune Sea came out in 2019 and Ice Harbour and The Moth Room a year later.", "Moth 2021"),
    ("films", "Ice Harbour premiered at Venice in 2020 and The Moth Room a year later at Cannes.", "Venice"),
    ("films", "Dune Sea premiered at Venice in 2019 and Ice Harbour a year later.", "Cannes"),
    ("ships", "Queen Mary 2 was launched in 2003 and Oasis of the Seas a year later.", "2009"),
    ("venues", "Ronnie Scott's opened its doors in 1959 and Fabric a year later.", "1999"),
    ("venues", "Tate Britain opened its doors in 1897 and Tate Modern a year later.", "2000"),
    ("clubs", "Everton were founded in 1878 and Liverpool FC a year later.", "1892"),
    ("clubs", "Hibernian was founded in 1874 and Heart of Midlothian a year later.", "the other way round"),
    ("clubs", "Heart of Midlothian was founded in 1874 and Borussia Dortmund a year later.", "1909"),
    ("clubs", "Heart of Midlothian was founded in 1874 and Hibernian a year later, both by Tom Purdie.", "Hannan"),
    ("clubs", "Heart of Midlothian was founded in 1874 and Hibernian a year later in Liverpool.", "Edinburgh"),
    ("clubs", "Tom Purdie founded Heart of Midlothian in 1874 and Hibernian a year later.", "Hannan"),
    ("clubs", "Everton date back to 1878 and Liverpool FC a year later.", "1892"),
    ("W", "The Milkmaid was painted in 1658 and Girl with a Pearl Earring a year later.", "1665"),
    ("W", "The Night Watch was painted in 1642 and The Milkmaid a year later.", "1658"),
    ("shows", "Late Session started in 1992 and Sofa Hour a year later.", "2007"),
    # --- "guested on" / "turned up on" / "showed up on" ---
    ("studio", "Marcus Bell guested on Rewind.", "Night Shift"),
    ("studio", "Jonah Wilde turned up on Night Shift Stories.", "Rewind"),
    ("studio", "Ethan Cole showed up on Night Shift Stories.", "host, not guest"),
    ("studio", "Sam Okoro guested on Rewind.", "host"),
    ("studio", "Rewind guested on Jonah Wilde.", "reversed"),
    ("studio", "Jonah Wilde and Leo Park both turned up on Night Shift Stories.", "Rewind"),
    ("studio", "Leo Park has shown up on Night Shift Stories.", "Rewind"),
    ("studio", "Marcus Bell shows up on Rewind.", "Night Shift"),
    ("studio", "Jonah Wilde and Marcus Bell have both guested on Rewind.", "Marcus on Night Shift"),
    ("shows", "Adele guested on Sofa Hour.", "Late Session"),
    ("shows", "Björk turned up on Late Session.", "Sofa Hour"),
    ("shows", "Jools Holland guested on Late Session.", "presenter"),
    ("shows", "Adele and Björk have both guested on Late Session.", "Björk on Sofa Hour"),
    ("shows", "Jools Holland presents Late Session together with Adele.", "Adele a guest"),
    ("shows", "Blue Coast guested on Wave Machine.", "reversed"),
    ("shows", "Wave Machine guested on Blue Coast.", "a song on its album is a track, not a guest"),
    # --- "holds", "houses", "shows", "showcases", "exhibits", "displays" ---
    ("studio", "Verra Gallery exhibits textiles.", "Silk House"),
    ("studio", "The Silk House displays photography.", "Verra"),
    ("studio", "Verra Gallery holds textiles.", "Silk House"),
    ("studio", "Verra Gallery showcases textiles.", "Silk House"),
    ("studio", "The Silk House houses modern art and photography.", "Verra"),
    ("studio", "Modern art houses Verra Gallery.", "reversed"),
    ("studio", "Nina Gale holds modern art.", "a producer"),
    ("studio", "Verra Gallery shows modern art, photography and textiles.", "not textiles"),
    ("studio", "Verra Gallery and The Silk House both hold textiles.", "Silk only"),
    ("studio", "Verra Gallery holds photography and textiles.", "not textiles"),
    ("studio", "The Silk House holds collections of modern art.", "textiles"),
    ("studio", "The Silk House houses Verra Gallery.", "a museum in a museum"),
    ("studio", "Verra Gallery, which houses textiles, opened its doors in 2004.", "not textiles"),
    ("studio", "Night Shift Stories exhibits Marcus Bell and Leo Park.", "Leo on Rewind"),
    ("studio", "Opened in 2004, The Silk House houses textiles.", "1998"),
    ("venues", "Tate Modern holds the Turner Prize.", "held at Tate Britain"),
    ("venues", "Tate Britain holds modern art.", "British art"),
    ("venues", "Tate Modern holds British art.", "modern art"),
    ("venues", "Regent's Park holds modern art.", "a park holds the fair"),
    ("venues", "Tate Modern exhibits the Frieze Art Fair.", "Regent's Park"),
    ("venues", "Tate Britain holds the Frieze Art Fair.", "Regent's Park"),
    ("W", "The Rijksmuseum houses Girl with a Pearl Earring.", "Mauritshuis"),
    ("W", "The Uffizi Gallery displays Olympia.", "Orsay"),
    ("W", "The Mauritshuis exhibits The Milkmaid.", "Rijksmuseum"),
    ("W", "The Mauritshuis shows The Milkmaid.", "Rijksmuseum"),
    ("W", "The Rijksmuseum showcases Olympia.", "Orsay"),
    ("W", "The Mauritshuis holds Olympia.", "Orsay"),
    ("W", "The Birth of Venus shows the Uffizi Gallery.", "depicts a nude"),
    # --- "coach" only for a team's manager ---
    ("venues", "Pete King coaches Ronnie Scott's.", "a jazz club he manages, no team"),
    ("venues", "Ronnie Scott's is coached by Pete King.", "a jazz club"),
    ("venues", "Keith Reilly coaches Fabric.", "a night club"),
    ("venues", "Fabric is coached by Keith Reilly.", "a night club"),
    ("venues", "Tom Byng coaches Byron Burger.", "a restaurant franchise"),
    ("venues", "Byron Burger is coached by Tom Byng.", "a restaurant franchise"),
    ("venues", "Ronnie Scott's opened its doors in 1959 and is coached by Pete King.", "a jazz club"),
    ("venues", "Keith Reilly coaches Ronnie Scott's.", "Pete King manages it"),
    ("venues", "Kathleen Kennedy coaches Star Wars.", "a media franchise, no team"),
    ("venues", "Star Wars is coached by Kathleen Kennedy.", "a media franchise"),
    ("venues", "Judy Finnigan coaches the Richard and Judy Book Club.", "a book club, no team"),
    ("venues", "The Richard and Judy Book Club is coached by Judy Finnigan.", "a book club"),
    ("venues", "Keith Reilly coaches Fabric, a night club from London.", "a night club"),
    ("ships", "Cunard Line coaches Queen Mary 2.", "operates"),
    ("ships", "Queen Mary 2 is coached by Cunard Line.", "operated"),
    ("clubs", "Everton are coached by Arne Slot.", "Moyes"),
    ("clubs", "Arne Slot coaches Everton.", "Moyes"),
    ("clubs", "David Moyes coaches Liverpool FC.", "Slot"),
    ("clubs", "John Houlding coaches Liverpool FC.", "founder"),
    ("clubs", "Everton are coached by David Moyes and Liverpool FC by Neil Critchley.", "Slot"),
    ("clubs", "Everton play at Goodison Park; they are coached by Arne Slot.", "Moyes"),
    ("clubs", "Founded in 1878, Everton are coached by Arne Slot.", "Moyes"),
    ("clubs", "Founded in 1874, Heart of Midlothian are coached by David Gray.", "Critchley"),
    ("clubs", "Coached by David Moyes, Liverpool FC play in the Premier League.", "Slot"),
    ("clubs", "Coached by Arne Slot, Everton play in the Premier League.", "Moyes"),
    ("clubs", "Everton, coached by Arne Slot, play in the Premier League.", "Moyes"),
    ("clubs", "Everton and Liverpool FC are coached by David Moyes.", "Liverpool: Slot"),
    ("clubs", "David Moyes and Arne Slot coach Everton and Liverpool FC.", "one each"),
    ("clubs", "Everton play in the Premier League; David Moyes coaches them and Liverpool FC.", "Liverpool: Slot"),
    ("clubs", "Heart of Midlothian and Hibernian are from Edinburgh; Neil Critchley coaches each.", "Hibs: Gray"),
    ("clubs", "Heart of Midlothian and Hibernian are from Edinburgh and play in the Scottish Premiership; they are coached by Neil Critchley.", "Hibs: Gray"),
    ("clubs", "Pete King coaches Everton.", "not in this graph"),
    # --- "run" / "from" / "is based in" ---
    ("ships", "Queen Mary 2 is run by Royal Caribbean.", "Cunard"),
    ("ships", "Royal Caribbean runs Queen Mary 2.", "Cunard"),
    ("ships", "Oasis of the Seas is a ship from Southampton.", "Miami"),
    ("ships", "Queen Mary 2 is operated by Cunard Line; it is based in Miami.", "Southampton"),
    ("venues", "Byron Burger is from London.", "Leeds"),
    ("venues", "Fabric is a club from Leeds.", "London"),
    ("clubs", "Hibernian is from Liverpool.", "Edinburgh"),
    ("clubs", "Borussia Dortmund are a club from Edinburgh.", "Dortmund"),
    ("clubs", "Everton are from Liverpool; Liverpool FC are from Edinburgh.", "Liverpool"),
    ("clubs", "Everton is from Liverpool and Hibernian from Liverpool.", "Edinburgh"),
    ("clubs", "Everton, from Edinburgh, play in the Premier League.", "Liverpool"),
    ("clubs", "Everton are a Premier League club from Edinburgh.", "Liverpool"),
    ("clubs", "Everton and Liverpool FC are Premier League clubs from Edinburgh.", "Liverpool"),
    ("clubs", "Founded in 1875, Hibernian are from Liverpool.", "Edinburgh"),
    # --- old readings: "play in", "a Premier League club", "now", "they", "each", "all", "dates back to" ---
    ("clubs", "Hibernian are a Premier League club.", "Scottish Premiership"),
    ("clubs", "Hibernian play in the Premier League.", "Scottish Premiership"),
    ("clubs", "Heart of Midlothian now play in the Bundesliga.", "Scottish Premiership"),
    ("clubs", "Everton and Hibernian play in the Premier League.", "Hibs"),
    ("clubs", "Everton and Liverpool FC play in the Premier League; they are managed by David Moyes.", "Liverpool: Slot"),
    ("clubs", "Heart of Midlothian and Hibernian are from Edinburgh; each is managed by David Gray.", "Hearts: Critchley"),
    ("clubs", "Heart of Midlothian and Hibernian each play at Tynecastle Park.", "Hibs: Easter Road"),
    ("clubs", "Heart of Midlothian, Hibernian and Everton each play in the Scottish Premiership.", "Everton: EPL"),
    ("clubs", "Heart of Midlothian, Hibernian and Everton all play in the Scottish Premiership.", "Everton: EPL"),
    ("clubs", "Everton dates back to 1892.", "1878"),
    ("clubs", "Everton play their home games at Anfield.", "Goodison"),
    ("clubs", "Everton play in the Premier League; Arne Slot manages them.", "Moyes"),
    ("clubs", "Everton play in the Premier League; David Moyes manages it at Anfield.", "Goodison"),
    ("clubs", "Everton is based in Liverpool; Ben Swift Chambers founded it at Anfield.", "Goodison; founding place unknown"),
    ("clubs", "Everton is based in Liverpool; John Houlding founded it at Goodison Park.", "founded Liverpool FC"),
    ("clubs", "Everton have played in the Premier League since 1892.", "no such year"),
    # --- fronted participle with a year ---
    ("clubs", "Founded in 1878, Liverpool FC is based in Liverpool.", "1892"),
    ("clubs", "Founded in 1878, Everton and Liverpool FC are based in Liverpool.", "Liverpool 1892"),
    ("clubs", "Founded in 1874, Heart of Midlothian and Hibernian are from Edinburgh.", "Hibs 1875"),
    ("clubs", "Founded in 1874, Heart of Midlothian and Hibernian play in the Scottish Premiership.", "Hibs 1875"),
    ("clubs", "Founded by John Houlding in 1878, Everton is based in Liverpool.", "Chambers"),
    ("clubs", "Founded by Ben Swift Chambers in 1892, Everton is based in Liverpool.", "1878"),
    ("clubs", "Founded in 1878 by John Houlding, Everton is based in Liverpool.", "Chambers"),
    ("clubs", "Managed by David Moyes in 1878, Everton is based in Liverpool.", "no year of management"),
    ("clubs", "Managed by David Moyes, Everton was founded in 1892.", "1878"),
    ("clubs", "Founded in 1874, Tom Purdie founded Heart of Midlothian.", "a person given a year"),
    ("clubs", "Founded in 1875, Heart of Midlothian is coached by Neil Critchley.", "1874"),
    ("clubs", "Founded in 1909, Borussia Dortmund play in the Premier League.", "Bundesliga"),
    ("clubs", "Established in 1892, Everton is based in Liverpool.", "1878"),
    ("clubs", "Formed in 1875, Heart of Midlothian is based in Edinburgh.", "1874"),
    ("clubs", "Started in 1875, Heart of Midlothian is based in Edinburgh.", "1874"),
    ("W", "Painted in 1642, The Milkmaid is held by the Rijksmuseum.", "1658"),
    ("W", "Painted by Johannes Vermeer in 1642, The Milkmaid is in the Rijksmuseum.", "1658"),
    ("W", "Painted in 1658, The Milkmaid and The Night Watch are in the Rijksmuseum.", "Night Watch 1642"),
    ("W", "Painted in 1863, Olympia and The Birth of Venus depict nudes.", "Venus 1485"),
    ("films", "Directed in 2020, Dune Sea premiered at Cannes.", "2019"),
    ("films", "Premiered in 2020, Dune Sea was shot at Pinewood.", "2019"),
    ("films", "Directed by Ava Lind in 2020, Dune Sea premiered at Cannes.", "2019"),
    ("films", "Directed by Tomas Berg in 2019, Dune Sea premiered at Cannes.", "Ava Lind"),
    ("films", "Distributed by A24 in 2021, Dune Sea was shot at Pinewood.", "2019"),
    ("films", "Released in 2019, Dune Sea and Ice Harbour premiered at festivals.", "Ice 2020"),
    ("films", "Released in 2019, Dune Sea and The Moth Room were directed by Ava Lind.", "Moth 2021"),
    ("ships", "Built in 2009, Queen Mary 2 is operated by Cunard Line.", "2003"),
    ("ships", "Built by Aker Yards in 2003, Queen Mary 2 is operated by Cunard Line.", "Chantiers"),
    ("ships", "Launched in 2009, Queen Mary 2 is operated by Cunard Line.", "2003"),
    ("ships", "Built in 2003, Queen Mary 2 and Oasis of the Seas are operated by cruise lines.", "Oasis 2009"),
    ("ships", "Built in 2003, Queen Mary 2 and Oasis of the Seas were launched at Saint-Nazaire.", "Oasis: Turku"),
    ("venues", "Opened in 1999, Ronnie Scott's is based in London.", "1959"),
    ("venues", "Founded in 1959, Fabric is based in London.", "1999"),
    ("venues", "Opened in 2000, Tate Britain has a collection of British art.", "1897"),
    ("venues", "Opened in 1959, Fabric is managed by Keith Reilly.", "1999"),
    # --- museum words of "is held by" ---
    ("W", "The Milkmaid belongs to the Mauritshuis.", "Rijksmuseum"),
    ("W", "Girl with a Pearl Earring is owned by the Rijksmuseum.", "Mauritshuis"),
    ("W", "The Milkmaid is held by the Rijksmuseum; Johannes Vermeer painted it at the Rijksmuseum.", "not painted there"),
    ("venues", "The Turner Prize is held at Tate Modern.", "Tate Britain"),
    ("venues", "The Turner Prize is in Tate Modern.", "Tate Britain"),
    ("venues", "The Turner Prize belongs to Tate Britain.", "held at, not owned"),
    ("venues", "The Turner Prize hangs in Tate Britain.", "a prize, held at"),
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
