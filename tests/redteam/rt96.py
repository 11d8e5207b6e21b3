# ruff: noqa: E741, E402, E702, F811
# A red team's script, kept as a regression test (tests/test_held_sets.py runs it with CODE=<repo>).
import os
import sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
"""Red team 96: false texts for kgexplain's ConsistencyChecker (readings of 6728d06 and 7bdcde3).
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


# --- clubs (copied from tests/test_consistency_clubs_and_collections.py) ---
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
    """tests/test_consistency_clubs_and_collections.py::_studio_work (copied)."""
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
def bands():
    """Bands with free-text tags, a genre and a manager."""
    rels = [R("tag", phrase="is tagged"), R("genre", phrase="plays"),
            R("managed_by", phrase="is managed by", inverse_phrase="manages"),
            R("signed_to", phrase="is signed to", inverse_phrase="signed")]
    items = {"b:blur": ("band", "Blur", 1988), "b:slow": ("band", "Slowdive", 1989), "b:oasis": ("band", "Oasis", 1991)}
    others = {"t:britpop": ("tag", "britpop"), "t:shoe": ("tag", "shoegaze"), "t:dream": ("tag", "dream pop"),
              "t:feud": ("tag", "sibling rivalry"), "t:london": ("tag", "london"), "t:noel": ("tag", "noel gallagher"),
              "g:rock": ("genre", "rock"), "g:pop": ("genre", "pop"),
              "p:morr": ("person", "Chris Morrison"), "p:marcus": ("person", "Marcus Russell"),
              "p:mcgee": ("person", "Alan McGee"), "l:food": ("label", "Food Records"), "l:crea": ("label", "Creation Records")}
    tr = [("b:blur", "tag", "t:britpop"), ("b:blur", "tag", "t:london"), ("b:slow", "tag", "t:shoe"),
          ("b:slow", "tag", "t:dream"), ("b:oasis", "tag", "t:britpop"), ("b:oasis", "tag", "t:feud"),
          ("b:oasis", "tag", "t:noel"),
          ("b:blur", "genre", "g:rock"), ("b:slow", "genre", "g:rock"), ("b:oasis", "genre", "g:rock"),
          ("b:blur", "managed_by", "p:morr"), ("b:oasis", "managed_by", "p:marcus"), ("b:slow", "managed_by", "p:mcgee"),
          ("b:blur", "signed_to", "l:food"), ("b:oasis", "signed_to", "l:crea"), ("b:slow", "signed_to", "l:crea")]
    return build(items, others, rels, tr)


def parks():
    """Parks with tags, administered by agencies."""
    rels = [R("tag", phrase="is tagged"), R("admin", phrase="is administered by", inverse_phrase="administers"),
            R("located_in", phrase="is located in", inverse_phrase="contains")]
    items = {"p:yos": ("park", "Yosemite", 1890), "p:red": ("park", "Redwood National Park", 1968),
             "p:banff": ("park", "Banff", 1885)}
    others = {"t:granite": ("tag", "granite cliffs"), "t:water": ("tag", "waterfalls"), "t:trees": ("tag", "redwoods"),
              "t:glacier": ("tag", "glaciers"), "t:hot": ("tag", "hot springs"),
              "a:nps": ("agency", "National Park Service"), "a:pc": ("agency", "Parks Canada"),
              "s:ca": ("state", "California"), "s:ab": ("province", "Alberta")}
    tr = [("p:yos", "tag", "t:granite"), ("p:yos", "tag", "t:water"), ("p:red", "tag", "t:trees"),
          ("p:banff", "tag", "t:glacier"), ("p:banff", "tag", "t:hot"),
          ("p:yos", "admin", "a:nps"), ("p:red", "admin", "a:nps"), ("p:banff", "admin", "a:pc"),
          ("p:yos", "located_in", "s:ca"), ("p:red", "located_in", "s:ca"), ("p:banff", "located_in", "s:ab")]
    return build(items, others, rels, tr)


def ships():
    """Ships with tags (typed "tag"), operated by lines, and a ship that shares a port with a line."""
    rels = [R("tag", phrase="is tagged"), R("operated_by", phrase="is operated by", inverse_phrase="operates"),
            R("home_port", phrase="has its home port at", inverse_phrase="is the home port of"),
            R("built_at", phrase="was built at", inverse_phrase="built")]
    items = {"s:qm2": ("ship", "Queen Mary 2", 2003), "s:oasis": ("ship", "Oasis of the Seas", 2009),
             "s:hurt": ("ship", "Richard With", 1993)}
    others = {"t:lux": ("tag", "luxury"), "t:exp": ("tag", "expedition"), "t:big": ("tag", "giant"),
              "t:fjord": ("tag", "norwegian fjords"),
              "c:cun": ("company", "Cunard Line"), "c:rc": ("company", "Royal Caribbean"), "c:hur": ("company", "Hurtigruten"),
              "port:sou": ("port", "Southampton"), "port:mia": ("port", "Miami"), "port:ber": ("port", "Bergen"),
              "y:stn": ("shipyard", "Saint-Nazaire"), "y:turku": ("shipyard", "Turku")}
    tr = [("s:qm2", "tag", "t:lux"), ("s:oasis", "tag", "t:big"), ("s:hurt", "tag", "t:exp"), ("s:hurt", "tag", "t:fjord"),
          ("s:qm2", "operated_by", "c:cun"), ("s:oasis", "operated_by", "c:rc"), ("s:hurt", "operated_by", "c:hur"),
          ("s:qm2", "home_port", "port:sou"), ("s:oasis", "home_port", "port:mia"), ("s:hurt", "home_port", "port:ber"),
          ("s:qm2", "built_at", "y:stn"), ("s:oasis", "built_at", "y:turku"), ("s:hurt", "built_at", "y:stn")]
    return build(items, others, rels, tr)


def grounds():
    """Two clubs linked to one place by DIFFERENT relations: "share" needs one same relation."""
    rels = [R("ground", phrase="plays its home games at", inverse_phrase="is the home ground of"),
            R("based_in", phrase="is based in", inverse_phrase="is home to"),
            R("trains_at", phrase="trains at", inverse_phrase="is the training ground of"),
            R("competes_in", phrase="competes in", inverse_phrase="is the league of"),
            R("owned_by", phrase="is owned by", inverse_phrase="owns"),
            R("chaired_by", phrase="is chaired by", inverse_phrase="chairs")]
    items = {"c:inter": ("club", "Inter", 1908), "c:milan": ("club", "AC Milan", 1899), "c:como": ("club", "Como", 1907)}
    others = {"v:siro": ("stadium", "San Siro"), "v:city": ("city", "Milan"), "v:appiano": ("training ground", "Appiano Gentile"),
              "l:sa": ("league", "Serie A"), "l:sb": ("league", "Serie B"),
              "p:zhang": ("person", "Steven Zhang"), "p:cardi": ("person", "Gerry Cardinale"), "p:hart": ("person", "Robert Budi Hartono"),
              "p:marotta": ("person", "Giuseppe Marotta")}
    tr = [("c:inter", "ground", "v:siro"), ("c:milan", "trains_at", "v:siro"), ("c:como", "ground", "v:appiano"),
          ("c:inter", "based_in", "v:city"), ("c:milan", "based_in", "v:city"),
          ("c:inter", "trains_at", "v:appiano"),
          ("c:inter", "competes_in", "l:sa"), ("c:milan", "competes_in", "l:sa"), ("c:como", "competes_in", "l:sb"),
          ("c:inter", "owned_by", "p:zhang"), ("c:milan", "owned_by", "p:cardi"), ("c:como", "owned_by", "p:hart"),
          ("c:inter", "chaired_by", "p:marotta")]
    return build(items, others, rels, tr)


def art():
    """Paintings: "belongs to the movement" and "is part of the series", held by museums."""
    rels = [R("movement", phrase="belongs to the movement", inverse_phrase="includes"),
            R("series", phrase="is part of the series", inverse_phrase="includes the work"),
            R("painted_by", phrase="was painted by", inverse_phrase="painted"),
            R("held_by", phrase="is held by", inverse_phrase="holds"),
            R("sold_to", phrase="was sold to the collector", inverse_phrase="bought")]
    items = {"w:sunrise": ("painting", "Impression, Sunrise", 1872), "w:scream": ("painting", "The Scream", 1893),
             "w:stacks": ("painting", "Haystacks at Sunset", 1891), "w:dance": ("painting", "The Dance", 1910)}
    others = {"m:imp": ("movement", "Impressionism"), "m:exp": ("movement", "Expressionism"), "m:fauv": ("movement", "Fauvism"),
              "s:hay": ("series", "Haystacks"), "s:frieze": ("series", "The Frieze of Life"),
              "p:monet": ("person", "Claude Monet"), "p:munch": ("person", "Edvard Munch"), "p:matisse": ("person", "Henri Matisse"),
              "mu:marm": ("museum", "Musée Marmottan Monet"), "mu:nat": ("museum", "National Museum of Norway"),
              "mu:herm": ("museum", "Hermitage Museum"), "mu:orsay": ("museum", "Musée d'Orsay"),
              "col:shch": ("collector", "Sergei Shchukin")}
    tr = [("w:sunrise", "movement", "m:imp"), ("w:scream", "movement", "m:exp"), ("w:stacks", "movement", "m:imp"),
          ("w:dance", "movement", "m:fauv"), ("w:stacks", "series", "s:hay"), ("w:scream", "series", "s:frieze"),
          ("w:sunrise", "painted_by", "p:monet"), ("w:stacks", "painted_by", "p:monet"), ("w:scream", "painted_by", "p:munch"),
          ("w:dance", "painted_by", "p:matisse"),
          ("w:sunrise", "held_by", "mu:marm"), ("w:scream", "held_by", "mu:nat"), ("w:stacks", "held_by", "mu:orsay"),
          ("w:dance", "held_by", "mu:herm"), ("w:dance", "sold_to", "col:shch")]
    return build(items, others, rels, tr)


def venues():
    rels = [R("managed_by", phrase="is managed by", inverse_phrase="manages"),
            R("competes_in", phrase="competes in", inverse_phrase="is the league of"),
            R("owned_by", phrase="is owned by", inverse_phrase="owns"),
            R("located_in", phrase="is located in", inverse_phrase="is the location of"),
            R("hosts", phrase="hosts", inverse_phrase="is hosted at")]
    items = {"v:ronnie": ("jazz club", "Ronnie Scott's", 1959), "v:fabric": ("nightclub", "Fabric", 1999),
             "v:chess": ("chess club", "Hastings Chess Club", 1882), "v:bar": ("restaurant", "The Ivy", 1917)}
    others = {"p:king": ("person", "Pete King"), "p:reilly": ("person", "Keith Reilly"), "p:sally": ("person", "Sally Greene"),
              "p:arbiter": ("person", "Brian Denman"), "l:4ncl": ("league", "Four Nations Chess League"),
              "c:lon": ("city", "London"), "c:has": ("town", "Hastings"), "e:cong": ("event", "Hastings Congress")}
    tr = [("v:ronnie", "managed_by", "p:king"), ("v:ronnie", "owned_by", "p:sally"), ("v:fabric", "managed_by", "p:reilly"),
          ("v:chess", "competes_in", "l:4ncl"), ("v:chess", "owned_by", "p:arbiter"), ("v:chess", "located_in", "c:has"),
          ("v:ronnie", "located_in", "c:lon"), ("v:fabric", "located_in", "c:lon"), ("v:bar", "located_in", "c:lon"),
          ("v:chess", "hosts", "e:cong")]
    return build(items, others, rels, tr)


def films():
    """rt95's films: shot at one place, premiered at another (copied)."""
    rels = [R("directed_by", phrase="was directed by", inverse_phrase="directed"),
            R("premiered_at", phrase="premiered at", inverse_phrase="hosted the premiere of"),
            R("shot_at", phrase="was shot at", inverse_phrase="was the location of"),
            R("distributed_by", phrase="is distributed by", inverse_phrase="distributes")]
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


GRAPHS = {"M": movies, "C": clubs, "S": studio, "bands": bands, "parks": parks, "ships": ships,
          "grounds": grounds, "art": art, "venues": venues, "films": films}

FALSE = [
    # --- a lower-case tag before a kind (movies) ---
    ("M", "Blade Runner is a cyberpunk comedy.", "not a Comedy"),
    ("M", "Fargo is a cyberpunk thriller.", "Fargo not tagged cyberpunk"),
    ("M", "Blade Runner is a dark comedy.", "not tagged, not a comedy"),
    ("M", "Heat is a dark comedy.", "Heat has no tags"),
    ("M", "Blade Runner is a quirky thriller.", "not tagged quirky"),
    ("M", "Braveheart is a historical comedy.", "not a Comedy"),
    ("M", "Braveheart is an epic western.", "not a Western"),
    ("M", "Pulp Fiction is a bad thriller.", "tag 'bad' is A Fistful of Dollars'"),
    ("M", "Blade Runner is a tedious thriller.", "'tedious' is 2001's"),
    ("M", "Fargo is a 1994 dark comedy.", "1996"),
    ("M", "Fargo is a dark comedy from 1994.", "1996"),
    ("M", "Fargo is a dark comedy directed by Ridley Scott.", "not directed by Scott"),
    ("M", "Blade Runner is a cyberpunk thriller starring Russell Crowe.", "Crowe not in it"),
    ("M", "Ridley Scott directed Gladiator, a cyberpunk thriller.", "Gladiator not cyberpunk"),
    ("M", "Ridley Scott directed Blade Runner, a dark comedy.", "not a dark comedy"),
    ("M", "Fargo and Heat are dark comedies.", "Heat not"),
    ("M", "Fargo and Blade Runner are both dark comedies.", "Blade Runner not"),
    ("M", "Fargo is a dark comedy, and Heat is a cyberpunk thriller.", "Heat not cyberpunk"),
    ("M", "Toy Story 2 is a sequel to Back to the Future.", "sequel tag, not to BttF"),
    ("M", "Cape Fear is a remake of Heat.", "remake tag, not of Heat"),
    ("M", "The Wedding Singer is a comedy from the 1980s.", "1998; the tag 1980s is the setting"),
    ("M", "The Ice Storm is a drama from the 1970s.", "1997"),
    ("M", "Pulp Fiction is a travolta comedy directed by Ridley Scott.", "Tarantino"),
    ("M", "Braveheart is a mel gibson drama from 1985.", "1995"),
    ("M", "Blade Runner is a cyberpunk animation.", "not Animation"),
    ("M", "Kim says Fargo is a cyberpunk thriller.", "not cyberpunk"),
    ("M", "Fargo, a cyberpunk thriller, was released in 1996.", "not cyberpunk"),
    ("M", "The cyberpunk thriller Fargo was released in 1996.", "not cyberpunk"),
    ("M", "Blade Runner is a robots comedy.", "not a comedy"),
    # --- "about" + a lower-case tag ---
    ("M", "Back to the Future is a drama about time travel.", "not a Drama"),
    ("M", "Fargo is a comedy about time travel.", "Fargo not tagged time travel"),
    ("M", "Fargo is a dark comedy about a heist.", "no heist tag"),
    ("M", "Fargo is a dark comedy about dogs.", "no dogs tag"),
    ("M", "Heat is a thriller about a kidnapping.", "Heat has no tags"),
    ("M", "Fargo and Heat are thrillers about a kidnapping.", "Heat not"),
    ("M", "Fargo is a comedy about a kidnapping, and Heat is a thriller about a kidnapping.", "Heat not"),
    ("M", "Fargo is about time travel.", "not"),
    ("M", "Toy Story is a dark comedy about time travel.", "neither"),
    ("M", "Braveheart is a drama about mel gibson.", "a tag that is a name: not about him"),
    ("M", "Pulp Fiction is a comedy about travolta.", "a tag that is a name: not about him"),
    ("M", "Pulp Fiction is a drama about great acting.", "an evaluation, not a topic"),
    ("M", "Fight Club is a drama about a twist ending.", "a feature, not a topic"),
    ("M", "Pulp Fiction is a thriller about a great soundtrack.", "an evaluation, not a topic"),
    ("M", "Blade Runner is a thriller about a kidnapping.", "not tagged"),
    ("M", "Back to the Future is a comedy about time travel from 1989.", "1985"),
    ("M", "Back to the Future is a comedy about time travel directed by Ridley Scott.", "Zemeckis"),
    ("M", "Robert Zemeckis directed Fargo, a comedy about time travel.", "neither"),
    ("M", "Ridley Scott directed a thriller about time travel.", "no Scott film tagged time travel"),
    ("M", "Kim rated a comedy about time travel.", "no rating by Kim"),
    ("M", "Back to the Future and Fargo are comedies about time travel.", "Fargo not"),
    ("M", "Each of Fargo and Heat is a thriller about a kidnapping.", "Heat not"),
    ("M", "Fargo is a thriller about a kidnapping; it is a comedy about time travel too.", "it = Fargo"),
    ("M", "Pulp Fiction is a comedy about fun.", "an evaluation"),
    ("M", "Gladiator is a drama about ancient Rome directed by Michael Mann.", "Ridley Scott"),
    ("M", "2001: A Space Odyssey is a comedy about space travel.", "not a Comedy"),
    # --- the same on new graphs ---
    ("bands", "Blur is a shoegaze band.", "britpop"),
    ("bands", "Slowdive is a britpop band.", "shoegaze"),
    ("bands", "Oasis is a britpop band managed by Chris Morrison.", "Marcus Russell"),
    ("bands", "Blur is a britpop band signed to Creation Records.", "Food Records"),
    ("bands", "Blur is a band about sibling rivalry.", "Oasis's tag"),
    ("bands", "Slowdive is a dream pop band managed by Marcus Russell.", "Alan McGee"),
    ("bands", "Blur and Slowdive are britpop bands.", "Slowdive not"),
    ("bands", "Oasis is a britpop band about noel gallagher.", "a name tag, not a topic"),
    ("bands", "Blur is a london band formed in 1991.", "1988"),
    ("bands", "Oasis is a dream pop band.", "Slowdive's tag"),
    ("bands", "Oasis is a britpop pop band.", "genre rock"),
    ("parks", "Yosemite is a redwoods park.", "Redwood's tag"),
    ("parks", "Redwood National Park is a park about waterfalls.", "Yosemite's tag"),
    ("parks", "Banff is a glaciers park administered by the National Park Service.", "Parks Canada"),
    ("parks", "Yosemite is a park about hot springs.", "Banff's"),
    ("parks", "Yosemite and Banff are parks about waterfalls.", "Banff not"),
    ("parks", "Yosemite is a granite cliffs park located in Alberta.", "California"),
    ("parks", "Banff is a hot springs park established in 1890.", "1885"),
    ("ships", "Queen Mary 2 is an expedition ship.", "luxury"),
    ("ships", "Oasis of the Seas is a luxury ship operated by Royal Caribbean.", "tagged giant, not luxury"),
    ("ships", "Queen Mary 2 is a luxury ship operated by Royal Caribbean.", "Cunard"),
    ("ships", "Richard With is a ship about norwegian fjords built at Turku.", "Saint-Nazaire"),
    ("ships", "Queen Mary 2 is a ship about norwegian fjords.", "Richard With's"),
    ("ships", "Richard With is an expedition ship from 2003.", "1993"),
    # --- "A and B share the X" ---
    ("C", "Everton and Liverpool FC share the Anfield.", "only Liverpool plays there"),
    ("C", "Heart of Midlothian and Hibernian share the Tynecastle Park.", "only Hearts"),
    ("C", "Everton and Hibernian share the Premier League.", "Hibs in Scottish Premiership"),
    ("C", "Everton and Heart of Midlothian share the Liverpool.", "Hearts in Edinburgh"),
    ("C", "Everton and Liverpool FC share the David Moyes.", "only Everton"),
    ("C", "Everton and Liverpool FC share the Goodison Park.", "only Everton"),
    ("C", "Everton and Liverpool FC share the ground.", "different grounds"),
    ("C", "Everton and Liverpool FC share the stadium.", "different grounds"),
    ("C", "Everton and Liverpool FC share the manager.", "different managers"),
    ("C", "Everton and Liverpool FC share the Goodison Park and the Premier League.", "not the ground"),
    ("grounds", "Inter and AC Milan share the San Siro.", "Milan only trains there"),
    ("grounds", "Inter and AC Milan share San Siro.", "Milan only trains there"),
    ("grounds", "Inter and Como share the Appiano Gentile.", "Inter trains there, Como plays there"),
    ("grounds", "Inter and Como share Appiano Gentile.", "different relations"),
    ("grounds", "Inter and Como share the Serie A.", "Como in Serie B"),
    ("grounds", "Inter and AC Milan share the stadium.", "Milan only trains there"),
    ("grounds", "Inter and AC Milan share the San Siro, where they play their home games.", "Milan only trains"),
    ("grounds", "Inter and AC Milan share the home ground San Siro.", "Milan only trains"),
    ("grounds", "Inter and AC Milan share the Steven Zhang.", "Milan owned by Cardinale"),
    # --- "belongs to the movement" -> "belongs to Impressionism" ---
    ("art", "The Scream belongs to Impressionism.", "Expressionism"),
    ("art", "Impression, Sunrise belongs to Expressionism.", "Impressionism"),
    ("art", "The Dance belongs to Impressionism.", "Fauvism"),
    ("art", "Impression, Sunrise belongs to Haystacks.", "not in the series"),
    ("art", "Haystacks at Sunset belongs to The Frieze of Life.", "series Haystacks"),
    ("art", "The Scream belongs to Haystacks.", "Frieze"),
    ("art", "Impression, Sunrise belongs to the Musée d'Orsay.", "Marmottan"),
    ("art", "Impression, Sunrise and The Scream belong to Impressionism.", "Scream not"),
    ("art", "Haystacks at Sunset belongs to Impressionism and to The Frieze of Life.", "series Haystacks"),
    ("art", "Painted in 1893, Impression, Sunrise belongs to Impressionism.", "1872"),
    ("art", "The Dance was sold to Edvard Munch.", "Shchukin"),
    ("art", "The Scream was sold to Sergei Shchukin.", "The Dance was"),
    ("art", "Impression, Sunrise belongs to the movement Haystacks.", "a series"),
    ("art", "Haystacks at Sunset is part of Impressionism.", "a movement, not a series (part of)"),
    # --- red team 95 fixes and old readings ---
    ("C", "John Houlding coaches Liverpool FC.", "founder, not manager"),
    ("C", "Arne Slot coaches Everton.", "Liverpool's"),
    ("C", "David Moyes coaches Everton and Liverpool FC.", "only Everton"),
    ("grounds", "Steven Zhang coaches Inter.", "owner"),
    ("grounds", "Giuseppe Marotta coaches Inter.", "chairs"),
    ("grounds", "Giuseppe Marotta runs AC Milan.", "chairs Inter"),
    ("grounds", "Gerry Cardinale coaches AC Milan.", "owner"),
    ("venues", "Brian Denman coaches Hastings Chess Club.", "owner, a chess club of a league"),
    ("venues", "Sally Greene runs Fabric.", "owns Ronnie Scott's"),
    ("venues", "Sally Greene coaches Ronnie Scott's.", "owner"),
    ("venues", "Ronnie Scott's opened its doors in 1999.", "1959"),
    ("venues", "Fabric opened its doors in 1959.", "1999"),
    ("venues", "The Ivy opened its doors in 1959.", "1917"),
    ("venues", "Hastings Chess Club opened its doors in 1959.", "1882"),
    ("venues", "Ronnie Scott's opened its doors in Hastings.", "London"),
    ("venues", "Pete King opened its doors in 1959.", "a person"),
    ("ships", "Queen Mary 2 opened its doors in 2003.", "a ship has no opening"),
    ("parks", "Yosemite opened its doors in 1885.", "1890"),
    ("S", "Leo Park guested on Night Shift Stories.", "Rewind"),
    ("S", "Ethan Cole guested on Night Shift Stories.", "host"),
    ("S", "Marcus Bell guested on Rewind.", "Night Shift Stories"),
    ("S", "Sam Okoro turned up on Rewind.", "host"),
    ("S", "Nina Gale produced Paper Lanterns together with Hugo Sand.", "Nina alone"),
    ("S", "Hugo Sand produced Midnight Ferry together with Ethan Cole.", "Nina Gale"),
    ("S", "Ethan Cole hosts Night Shift Stories together with Sam Okoro.", "Aiko Mori"),
    ("S", "Ethan Cole and Sam Okoro host Night Shift Stories together.", "Sam Okoro not"),
    ("S", "Nina Gale recorded it at Tannery Sound: Paper Lanterns.", "Blackbird"),
    ("S", "Hugo Sand produced it at Blackbird Studio: Midnight Ferry.", "Tannery Sound"),
    ("S", "Nina Gale produced Paper Lanterns at Tannery Sound.", "Blackbird"),
    ("S", "Driftwood Records released Paper Lanterns at Blackbird Studio.", "released on, not at"),
    ("ships", "Cunard Line built it at Saint-Nazaire: Queen Mary 2.", "operated, not built by Cunard"),
    ("ships", "Royal Caribbean operated it at Saint-Nazaire: Oasis of the Seas.", "Turku / operate is not making"),
    ("ships", "Cunard Line operates Queen Mary 2 together with Royal Caribbean.", "Cunard alone"),
    ("bands", "Chris Morrison coaches Blur.", "manages, a band is no team"),
    ("bands", "Marcus Russell manages Blur.", "Oasis"),
    ("bands", "Alan McGee runs Oasis.", "Slowdive"),
    ("parks", "The National Park Service runs Banff.", "Parks Canada"),
    ("parks", "Parks Canada coaches Banff.", "administers"),
    ("C", "Everton and Liverpool FC are based in Liverpool; they play their home games at Anfield.", "Everton: Goodison"),
    ("C", "Each of Everton and Liverpool FC plays at Anfield.", "Everton not"),
    ("C", "Founded in 1892, Everton plays at Goodison Park.", "1878"),
    # --- round 2: tags that are names or evaluations after "about"; "at" after a verb that is not making ---
    ("M", "Primal Fear is a thriller about edward norton.", "a name tag: not about him"),
    ("M", "The Shining is a horror about jack nicholson.", "a name tag"),
    ("M", "Babel is a drama about cate blanchett.", "a name tag"),
    ("M", "The Virgin Suicides is a drama about sofia coppola.", "she directed it"),
    ("M", "Girl, Interrupted is a drama about winona ryder.", "she stars in it"),
    ("M", "Eternal Sunshine of the Spotless Mind is a romance about jim carrey.", "a name tag"),
    ("M", "2001: A Space Odyssey is a drama about music.", "its music is tagged, not its topic"),
    ("M", "12 Angry Men is a drama about good dialogue.", "an evaluation"),
    ("M", "2001: A Space Odyssey is a drama about cinematography.", "a craft tag"),
    ("M", "Pulp Fiction is a drama about storytelling.", "a craft tag"),
    ("M", "2001: A Space Odyssey is a drama about a soundtrack.", "a craft tag"),
    ("M", "Pulp Fiction is a comedy about characters.", "a craft tag"),
    ("S", "Driftwood Records released Midnight Ferry at Tannery Sound.", "released on a label, recorded there"),
    ("S", "Driftwood Records released Glass Orchard at Blackbird Studio in 2012.", "released on, not at"),
    ("S", "Paper Lanterns was released by Driftwood Records at Blackbird Studio.", "released on, not at"),
    ("S", "Paper Lanterns was released at Blackbird Studio.", "recorded there"),
    ("S", "Hugo Sand released Glass Orchard at Blackbird Studio.", "produced it, not released"),
    ("ships", "Cunard Line operates Queen Mary 2 at Saint-Nazaire.", "built there, operated from Southampton"),
    ("ships", "Hurtigruten operated Richard With at Saint-Nazaire.", "built there"),
    ("ships", "Royal Caribbean operates Oasis of the Seas at Turku.", "built there"),
    ("films", "A24 distributed Dune Sea at Pinewood.", "shot there"),
    ("films", "A24 distributed Dune Sea at Cannes.", "premiered there"),
    ("films", "Neon distributed Ice Harbour at Venice.", "premiered there"),
    ("films", "Ava Lind premiered Dune Sea at Pinewood.", "Cannes"),
    ("films", "Dune Sea was distributed by A24 at Cannes.", "premiered there"),
    # --- round 3 ---
    ("bands", "Oasis is a band about noel gallagher.", "a name tag: not about him"),
    ("bands", "Blur is a band about london.", "a place tag; Blur is from there, not about it"),
    ("C", "David Moyes managed Everton at Anfield.", "Goodison Park"),
    ("C", "John Houlding founded Liverpool FC at Goodison Park.", "Anfield is the ground; no founding place"),
    ("C", "Tom Purdie founded Heart of Midlothian at Tynecastle Park.", "no place of founding in the graph (and Tynecastle is from 1886)"),
    ("ships", "Cunard Line acquired Queen Mary 2 at Saint-Nazaire.", "no acquisition; built there"),
    ("S", "Ethan Cole hosted Night Shift Stories at Blackbird Studio.", "no studio for a podcast"),
    ("S", "Nina Gale sold Paper Lanterns at Blackbird Studio.", "produced it; nothing sold"),
    ("films", "Tomas Berg premiered Ice Harbour at Cinecittà.", "Venice"),
    ("films", "Neon sold Ice Harbour at Cinecittà.", "shot there"),
    # --- round 4 ---
    ("M", "Fargo is a dark comedy about a kidnapping in 1994.", "1996"),
    ("M", "Fargo is a comedy about a kidnapping starring Tom Hanks.", "not in it"),
    ("M", "Back to the Future, a comedy about time travel, was directed by Ridley Scott.", "Zemeckis"),
    ("M", "Fargo and Back to the Future are comedies about a kidnapping.", "BttF not"),
    ("M", "Braveheart is a war drama about mel gibson.", "a name tag"),
    ("M", "Primal Fear and Fight Club are thrillers about edward norton.", "a name tag"),
    ("M", "Fight Club is a thriller about violent.", "an adjective tag read as a topic"),
    ("M", "Blade Runner is a thriller about atmospheric.", "an adjective tag"),
    ("S", "Driftwood Records released Paper Lanterns and Glass Orchard at Blackbird Studio.", "released on, not at"),
    ("venues", "Pete King manages Ronnie Scott's at Hastings.", "London"),
]


def main() -> None:
    checkers = {}
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
