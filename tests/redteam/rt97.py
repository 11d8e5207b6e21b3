# ruff: noqa: E741, E402, E702, F811
# A red team's script, kept as a regression test (tests/test_held_sets.py runs it with CODE=<repo>).
import os
import sys
if os.environ.get("CODE"):
    sys.path.insert(0, os.environ["CODE"])
"""Red team 97: false texts for kgexplain's ConsistencyChecker (readings of d9c0cd5).
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


CASES = {
    beers: [
        "Heady Topper is imported by Shelton Brothers at The Alchemist.",
        "Pliny the Elder is imported by B. United at Russian River Brewing.",
        "Pliny the Elder was reviewed by Michael Jackson (critic) at Russian River Brewing.",
        "Shelton Brothers imports Heady Topper at The Alchemist.",
        "Heady Topper is brewed by Shelton Brothers at The Alchemist.",
        "Heady Topper is brewed at Russian River Brewing.",
        "Heady Topper is Shelton Brothers's beer.",
        "Heady Topper is Vinnie Cilurzo's beer.",
        "Heady Topper and Focal Banger share a brewery and an importer.",
        "Heady Topper is a beer about Jen Kimmich.",
    ],
    shoots: [
        "Alien was distributed by 20th Century Fox at Shepperton Studios.",
        "The Shining was distributed by Warner Bros. at Elstree Studios.",
        "A Clockwork Orange was banned by the Irish Film Censor at Elstree Studios.",
        "Warner Bros. distributed The Shining at Elstree Studios.",
        "Alien was directed by Ridley Scott at Elstree Studios.",
        "Stanley Kubrick directed The Shining and Alien at Elstree Studios.",
        "Stanley Kubrick directed both A Clockwork Orange and The Shining at Shepperton Studios.",
        "Alien is Stanley Kubrick's film.",
        "The Shining is Warner Bros.'s 1979 film.",
        "The Shining and A Clockwork Orange share a director and a studio, Shepperton Studios.",
        "Alien and The Shining share a studio and a distributor.",
        "Ridley Scott leads the cast of Alien.",
        "The Shining, filmed at Shepperton Studios, is Stanley Kubrick's film.",
    ],
    movies: [
        # --- "X is <possessive> <kind>": authorship only, and the kind must be right ---
        "Heat is Al Pacino's film.",                       # actor, not author
        "Heat is Robert De Niro's film.",
        "Heat is Elliot Goldenthal's film.",               # composer
        "Heat is Dante Spinotti's film.",                  # cinematographer
        "Heat is William Goldenberg's film.",              # editor
        "Heat is Michael Mann's novel.",                   # wrong kind
        "Heat is Michael Mann's album.",
        "Heat is Michael Mann's comedy.",                  # wrong genre (Action, Crime, Thriller)
        "Heat is Michael Mann's western.",
        "Heat is Michael Mann's 1996 film.",               # wrong year
        "Heat was Michael Mann's 1994 film.",
        "Heat is Michael Mann's only film.",               # he directed three
        "Heat is Michael Mann's first film.",
        "Heat is Michael Mann's last film.",
        "Heat is Michael Mann's best film.",
        "Heat is Joel Schumacher's film.",
        "Toy Story is Michael Mann's film.",
        "The Matrix is Michael Mann's film.",
        "The Insider is Michael Mann's film, and so is The Matrix.",
        "Heat is Michael Mann and Joel Schumacher's film.",
        "Heat is not Michael Mann's film.",
        "Heat is Michael Mann's film too.",                # (nothing for "too")
        "Heat is Michael Mann's sequel.",
        "Heat is Michael Mann's remake.",
        "Heat is Michael Mann's second film.",
        # --- "has A and B in the leads" ---
        "Heat has Al Pacino and Keanu Reeves in the leads.",
        "Heat has Michael Mann and Al Pacino in the leads.",
        "Heat has Elliot Goldenthal in the lead.",
        "The Matrix has Al Pacino and Robert De Niro in the leads.",
        "Heat has Al Pacino and Robert De Niro in the leads, and so does The Matrix.",
        "Heat had Al Pacino and Robert De Niro in the leads in 1996.",
        "Heat has Al Pacino and Robert De Niro in the leads and Michael Mann in the score.",
        "Heat has Al Pacino in the lead and Keanu Reeves in support.",
        "Heat has Al Pacino and Robert De Niro in the leads and was directed by Joel Schumacher.",
        "Heat and The Matrix have Al Pacino and Robert De Niro in the leads.",
        "Heat does not have Al Pacino in the lead.",
        "Michael Mann has Al Pacino and Robert De Niro in the leads.",
        "Heat has Al Pacino and Robert De Niro in the leads; it is a comedy.",
        # --- "leads / heads / headlines the cast of" ---
        "Michael Mann leads the cast of Heat.",
        "Elliot Goldenthal heads the cast of Heat.",
        "Al Pacino headlines the cast of The Matrix.",
        "Al Pacino led the cast of Heat in 1996.",
        "Al Pacino leads the cast of Heat and The Matrix.",
        "Keanu Reeves and Al Pacino lead the cast of The Matrix.",
        "Al Pacino leads the cast of Heat, and Michael Mann leads the cast of The Insider.",
        "Keanu Reeves leads the crew of The Matrix.",
        "Keanu Reeves heads the studio of The Matrix.",
        "Keanu Reeves leads the cast of The Matrix, a comedy.",
        "Keanu Reeves headlined the cast of The Matrix in 1998.",
        "Keanu Reeves leads the cast of The Matrix, which Michael Mann directed.",
        "Joel Silver leads the cast of The Matrix.",
        # --- "A and B share a director and a composer" ---
        "Heat and The Insider share a director and a composer.",
        "Heat and The Insider share a director and a writer.",
        "Heat and The Insider share a director and a producer.",
        "Heat and The Last of the Mohicans share a director and a composer.",
        "Heat and The Insider share a composer and a director.",
        "Heat and The Insider share a director and a composer, too.",
        "Heat and The Insider share a cinematographer and a composer.",
        "Heat and The Insider share a director and a distributor.",
        "Batman Forever and Batman & Robin share a director and a writer.",
        "Batman Forever and Batman & Robin share a director and a producer.",
        "Batman Forever and Heat share a director and a composer.",
        "Heat, The Insider and Batman Forever share a director and a composer.",
        "Heat, The Insider and The Last of the Mohicans share a director and an editor.",
        "Heat and The Matrix share a director and a composer.",
        "Heat and The Insider share a director and a composer!",
        "Heat and The Insider share a director and an editor and a composer.",
        "Heat and The Insider share a director and a composer; they are both comedies.",
        "Heat and The Insider share a director and a star, Keanu Reeves.",
        "Heat and The Insider share a director and a composer in Michael Mann.",
        # --- "about" a tag: topics only ---
        "Pulp Fiction is a film about a genius.",
        "Pulp Fiction is a film about a cult.",
        "Pulp Fiction is a film about big name actors.",
        "Pulp Fiction is a film about foul language.",
        "Pulp Fiction is a film about amazing dialogues.",
        "Pulp Fiction is a movie about awesome.",
        "Pulp Fiction is a film about different.",
        "Pulp Fiction is a film about entertaining.",
        "Pulp Fiction is a film about disturbing.",
        "Pulp Fiction is a film about exciting.",
        "Toy Story is a film about pixar.",
        "The Usual Suspects is a film about a thriller.",
        "The Usual Suspects is a film about suspense.",
        "The Usual Suspects is a film about mindfuck.",
        "The Usual Suspects is a film about a heist, and Toy Story is about a heist too.",
        "Toy Story is a film about a heist.",
        "Pulp Fiction is a film about a golden watch, directed by Michael Mann.",
        "Pulp Fiction is a comedy about genius.",
        "Pulp Fiction is a crime film about episodic.",
        "Pulp Fiction is a film about amazing.",
        "Pulp Fiction is a film about a cult classic.",
        "Pulp Fiction is a film about cult film.",
        "Pulp Fiction is a film about a genius, starring Bruce Willis.",
        "The Usual Suspects is a film about tricky.",
        "Heat is a film about a genius.",
        "Heat is Michael Mann's Western film.",
        "Heat is Michael Mann's 1995 comedy.",
        "The Insider is Al Pacino's film.",
        "Heat is Michael Mann's film, starring Keanu Reeves.",
        "Heat is Michael Mann's film, scored by Don Davis.",
        "Heat is Michael Mann's film; The Matrix is his too.",
        "Heat is Michael Mann's film and Al Pacino's.",
        "Heat is Al Pacino's film, and Robert De Niro's.",
        "Heat has Michael Mann in the lead.",
        "Heat has Al Pacino and Robert De Niro in the leads, directed by Joel Schumacher.",
        "Heat has Al Pacino and Robert De Niro in the leads and Keanu Reeves in a cameo.",
        "Heat, a comedy, has Al Pacino and Robert De Niro in the leads.",
        "In 1996, Heat had Al Pacino and Robert De Niro in the leads.",
        "Heat has Al Pacino and Robert De Niro in the leads, as does Carlito's Way.",
        "Heat has Al Pacino and Robert De Niro in the leads, and The Insider has them too.",
        "The Insider leads the cast of Heat.",
        "Heat leads the cast of The Matrix.",
        "Heat and The Insider share a director, a cinematographer and a composer.",
        "Heat and The Insider share a director and a cinematographer and a writer.",
        "Heat and The Insider share a director and a composer with The Matrix.",
        "Heat and The Insider share a director and a composer: Michael Mann.",
        "Heat and The Insider share a director and an editor, and Toy Story shares them too.",
        "The Insider and Heat both share a director and a composer.",
        "Heat and The Insider share both a director and a composer.",
        "Heat and The Insider share a director and also a composer.",
        "Heat and The Insider share a director and, a composer.",
        "Pulp Fiction is a film about dark.",
        "Pulp Fiction is a film about intense.",
        "Pulp Fiction is a film about interesting.",
        "Pulp Fiction is a film about random.",
        "Pulp Fiction is a film about retro.",
        "Pulp Fiction is a film about unique.",
        "Pulp Fiction is a film about thought-provoking.",
        "Pulp Fiction is a film about non-linear.",
        "Pulp Fiction is a film about a nonlinear timeline.",
        "Pulp Fiction is a film about a disjointed timeline.",
        "Pulp Fiction is a film about multiple storylines.",
        "Pulp Fiction is a film about interwoven storylines.",
        "Pulp Fiction is a film about neo-noir.",
        "Pulp Fiction is a film about satire.",
        "Pulp Fiction is a film about a drama.",
        # --- old readings ---
        "Al Pacino is a 1995 actor.",
        "Heat, from 1996, stars Al Pacino.",
        "Michael Mann directed Heat and The Matrix.",
        "Heat and The Insider each star Robert De Niro.",
        "Heat stars Al Pacino; it was directed by Joel Schumacher.",
        "Heat was made by Michael Mann at Warner Bros. in 1996.",
        "Michael Mann made Heat at Warner Bros.",
        "Warner Bros. released Heat at the Westwood Village.",
    ],
    clubs: [
        "Everton and Hibernian each play at Goodison Park.",
        "Everton play at Goodison Park; they were founded in 1892.",
        "Everton and Liverpool FC play in the Premier League; they are managed by David Moyes.",
        "David Moyes, born in 1878, manages Everton.",
        "David Moyes coaches Liverpool FC.",
        "Arne Slot runs Everton.",
        "Everton is Liverpool's club, managed by Arne Slot.",
        "Everton and Liverpool FC share a manager.",
        "Everton and Liverpool FC share a city and a ground.",
        "Everton and Liverpool FC share a league and a founder.",
        "Heart of Midlothian and Hibernian share a city and a league and a manager.",
        "Everton has David Moyes and Arne Slot in the leads.",
        "Everton has David Moyes in the lead.",
        "David Moyes leads Liverpool FC.",
        "David Moyes heads Liverpool FC.",
        "David Moyes headlines the cast of Liverpool FC.",
        "Everton is Ben Swift Chambers's 1879 club.",
        "Everton was founded by John Houlding at Goodison Park.",
        "Everton was founded at Anfield.",
        "Everton, founded at Anfield, is managed by David Moyes.",
        "Liverpool FC is David Moyes's club.",
        "Everton is Arne Slot's club.",
        "Everton is Ben Swift Chambers's league.",
        "Everton is John Houlding's club.",
        "Hibernian is Tom Purdie's club.",
        "Everton and Liverpool FC share a manager and a league.",
        "Everton and Liverpool FC share a league and a ground.",
        "Everton and Liverpool FC share a city and a manager.",
        "Heart of Midlothian and Hibernian share a league and a founder.",
        "Heart of Midlothian and Hibernian share a city and a stadium.",
        "Everton was founded by Ben Swift Chambers at Anfield.",
        "Everton was co-founded by John Houlding.",
        "John Houlding co-founded Everton.",
        "Ben Swift Chambers co-founded Everton at Goodison Park.",
        "David Moyes leads the cast of Everton.",
        "Everton is managed by David Moyes at Anfield.",
        "David Moyes manages Everton at Anfield.",
        "Everton are coached by Arne Slot.",
        "Everton is a club about Liverpool.",
        "Everton, founded in 1879, play at Goodison Park.",
        "David Moyes, founded in 1878, manages Everton.",
    ],
    studio: [
        "Hugo Sand produced both Midnight Ferry and Glass Orchard at Blackbird Studio.",
        "Hugo Sand produced Glass Orchard and also Midnight Ferry at Blackbird Studio.",
        "Nina Gale produced Paper Lanterns at Blackbird Studio and Midnight Ferry at Blackbird Studio.",
        "Hugo Sand produced Midnight Ferry at Blackbird Studio.",
        "Hugo Sand produced Midnight Ferry and Glass Orchard, each at Blackbird Studio.",
        "Paper Lanterns is released on Driftwood Records at Tannery Sound.",
        "Rewind is hosted by Sam Okoro at Blackbird Studio.",
        "Paper Lanterns is produced by Nina Gale at Tannery Sound.",
        "Midnight Ferry is produced by Hugo Sand at Blackbird Studio.",
        "Paper Lanterns, Midnight Ferry and Glass Orchard were produced at Blackbird Studio.",
        "Nina Gale produced Paper Lanterns and Midnight Ferry, both at Blackbird Studio.",
        "Nina Gale produced Midnight Ferry and Paper Lanterns at Blackbird Studio.",
        "Nina Gale produced Midnight Ferry and Paper Lanterns at Tannery Sound.",
        "Nina Gale and Hugo Sand produced Midnight Ferry and Glass Orchard at Tannery Sound.",
        "Hugo Sand produced Midnight Ferry, Glass Orchard and Paper Lanterns at Blackbird Studio.",
        "Midnight Ferry is released by Driftwood Records at Tannery Sound.",
        "Paper Lanterns is distributed by Driftwood Records at Blackbird Studio.",
        "Night Shift Stories is hosted by Ethan Cole at Tannery Sound.",
        "Paper Lanterns is owned by Driftwood Records at Blackbird Studio.",
        "Paper Lanterns is promoted by Nina Gale at Blackbird Studio.",
        "Nina Gale co-produced Midnight Ferry at Blackbird Studio.",
        "Nina Gale and Hugo Sand co-produced Glass Orchard.",
        "Hugo Sand co-produced Paper Lanterns.",
        "Midnight Ferry was co-produced by Nina Gale at Blackbird Studio.",
        "Midnight Ferry was co-produced by Hugo Sand and Nina Gale at Blackbird Studio.",
        "Midnight Ferry was released by Driftwood Records at Tannery Sound.",
        "Paper Lanterns was released by Driftwood Records at Blackbird Studio.",
        "Paper Lanterns was released on Driftwood Records at Blackbird Studio.",
        "Nina Gale produced Paper Lanterns and Midnight Ferry at Blackbird Studio.",
        "Hugo Sand produced Midnight Ferry and Glass Orchard at Blackbird Studio.",
        "Hugo Sand produced Glass Orchard and Midnight Ferry at Tannery Sound.",
        "Driftwood Records produced Paper Lanterns at Blackbird Studio.",
        "Driftwood Records co-produced Midnight Ferry at Tannery Sound.",
        "Paper Lanterns was produced at Tannery Sound.",
        "Paper Lanterns was produced by Hugo Sand at Blackbird Studio.",
        "Midnight Ferry was made by Nina Gale at Blackbird Studio.",
        "Nina Gale mixed Midnight Ferry at Tannery Sound.",
        "Nina Gale mastered Paper Lanterns at Blackbird Studio.",
        "Nina Gale promoted Paper Lanterns at Blackbird Studio.",
        "Nina Gale co-wrote Paper Lanterns at Blackbird Studio.",
        "Nina Gale co-hosts Night Shift Stories.",
        "Ethan Cole co-hosts Rewind.",
        "Rewind is co-hosted by Jonah Wilde.",
        "Rewind is Jonah Wilde's podcast.",
        "Rewind is Ethan Cole's podcast.",
        "Paper Lanterns is Hugo Sand's album.",
        "Paper Lanterns is Nina Gale's podcast.",
        "Glass Orchard is Blackbird Studio's album.",
        "Paper Lanterns and Glass Orchard share a producer and a studio.",
        "Paper Lanterns and Midnight Ferry share a producer and a studio.",
        "Midnight Ferry and Glass Orchard share a producer and a studio.",
        "Night Shift Stories and Rewind share a host and a guest.",
        "Sam Okoro leads the cast of Rewind.",
        "Jonah Wilde headlines the cast of Rewind.",
        "Verra Gallery is a museum about textiles.",
        "Night Shift Stories was hosted by Ethan Cole at Blackbird Studio.",
        "Ethan Cole hosts Night Shift Stories at Tannery Sound.",
        "Ethan Cole recorded Night Shift Stories at Tannery Sound.",
    ],
    soundtracks: [
        "Titanic's cast is led by My Heart Will Go On.",
        "My Heart Will Go On leads the cast of Titanic and Rocky III.",
        "Celine Dion's song My Heart Will Go On leads the cast of Titanic.",
        "My Heart Will Go On leads the cast of Titanic.",
        "Eye of the Tiger headlines the cast of Rocky III.",
        "Stayin' Alive heads the cast of Saturday Night Fever.",
        "Celine Dion leads the cast of Titanic.",
        "My Heart Will Go On plays the lead role in Titanic.",
        "Titanic has My Heart Will Go On in the lead.",
        "Titanic has My Heart Will Go On and Eye of the Tiger in the leads.",
        "My Heart Will Go On stars in Titanic.",
        # (dropped by the lead: "My Heart Will Go On is Celine Dion's song." is true: she sings it)
        "Eye of the Tiger is Celine Dion's song.",
        "My Heart Will Go On is James Horner's film.",
        "My Heart Will Go On and Eye of the Tiger share a singer and a writer.",
        "My Heart Will Go On was written by James Horner at Titanic.",
        "James Horner wrote My Heart Will Go On at Rocky III.",
        "My Heart Will Go On is sung by Celine Dion at Titanic.",
    ],
    ships: [
        "Aurora is operated by P&O Cruises at Meyer Werft.",
        "Aurora is operated by Cunard at Papenburg Yard.",
        "Aurora is run by P&O Cruises at Papenburg Yard.",
        "Aurora was built by Meyer Werft at Southampton.",
        "Cunard operates Iona at Papenburg Yard.",
        "Iona is operated by Cunard at Papenburg Yard in 2021.",
        "Aurora and Iona are operated by P&O Cruises at Papenburg Yard.",
        "Aurora is operated by P&O Cruises at Papenburg Yard and based at Dover.",
        "Iona is operated by Cunard at Papenburg Yard.",
        "Arcadia is operated by P&O Cruises at Marghera Yard.",
        "Aurora was operated by P&O Cruises at Papenburg Yard.",
        "Aurora is owned by P&O Cruises at Papenburg Yard.",
        "Aurora is crewed by P&O Cruises at Papenburg Yard.",
        "Aurora is chartered by Cunard at Papenburg Yard.",
        "Meyer Werft built Iona and Arcadia at Papenburg Yard.",
        "Meyer Werft built Aurora and Iona at Marghera Yard.",
        "Aurora is operated by P&O Cruises at Papenburg Yard.",
        "P&O Cruises operates Aurora at Papenburg Yard.",
        "Aurora is operated by P&O Cruises at Dover.",
        "P&O Cruises operates Aurora at Dover.",
        "Aurora was built by Meyer Werft at Marghera Yard.",
        "Meyer Werft built Arcadia at Papenburg Yard.",
        "Meyer Werft built Aurora and Arcadia at Papenburg Yard.",
        "Meyer Werft co-built Arcadia.",
        "Aurora was co-built by Fincantieri.",
        "Aurora is Cunard's ship.",
        "Iona is P&O Cruises's ship.",
        "Aurora is Fincantieri's ship.",
        "Aurora is Meyer Werft's aircraft.",
        "Aurora and Iona share an operator and a home port.",
        "Aurora and Arcadia share a builder and an operator.",
        "Aurora and Iona share a builder and a home port.",
        "Aurora is a ship about Eos.",
        "Cunard leads the cast of Iona.",
        "Aurora was named after Eos at Papenburg Yard.",
        "Aurora is based at Southampton by P&O Cruises at Papenburg Yard.",
    ],
    bands: [
        "Oasis is a band about a genius.",
        "Blur is a band about sibling rivalry.",
        "Pulp is a band about britpop.",
        "Blur is a britpop band about sibling rivalry.",
        "Oasis is about sibling rivalry, and Blur is too.",
        "Oasis and Blur are bands about sibling rivalry.",
        "Pulp is a band about class, and so is Oasis.",
        "Blur is about class.",
        "Blur is a band about a genius, managed by Marcus Russell.",
        "Oasis is managed by Marcus Russell at Rockfield.",
        "Blur is signed to Food Records at Maison Rouge.",
        "Blur was signed by Food Records at Maison Rouge.",
        "Blur is promoted by Chris Morrison at Maison Rouge.",
        "Oasis is booked by Marcus Russell at Rockfield.",
        "Blur is a band about a genius.",
        "Pulp is a band about class, managed by Marcus Russell.",
        "Blur is a band about albarn.",
        "Oasis is a band about big choruses.",
        "Oasis is a band about overplayed radio hits.",
        "Pulp is a band about live shows.",
        "Blur is a band about britpop, and so is Pulp.",
        "Oasis is Chris Morrison's band.",
        "Oasis is Damon Albarn's band.",
        "Blur is Noel Gallagher's band.",
        "Blur is Damon Albarn's album.",
        "Blur and Oasis share a manager and a label.",
        "Blur and Oasis share a label and a manager.",
        "Blur and Pulp share a manager and a founder.",
        "Marcus Russell manages Blur at Maison Rouge.",
        "Blur is managed by Chris Morrison at Maison Rouge.",
        "Blur was formed by Damon Albarn at Rockfield.",
        "Damon Albarn formed Oasis at Rockfield.",
        "Damon Albarn co-formed Oasis.",
        "Food Records signed Blur at Rockfield.",
        "Chris Morrison leads the cast of Blur.",
        "Damon Albarn heads the cast of Oasis.",
    ],
    parks: [
        "Central Park is administered by NYC Parks at New York.",
        "Central Park was designed by Frederick Law Olmsted and William Hammond Hall.",
        "Golden Gate Park is administered by the Central Park Conservancy.",
        "Central Park and Prospect Park share a designer and an administrator.",
        "Central Park is Frederick Law Olmsted's 1858 park.",
        "Frederick Law Olmsted leads the design of Golden Gate Park.",
        "Calvert Vaux heads Central Park.",
        "Central Park Conservancy runs Prospect Park.",
        "The Central Park Conservancy coaches Central Park.",
        "Central Park is a park about bison.",
        "Golden Gate Park is a park about picnics.",
        "Prospect Park is a park about ice skating.",
        "Central Park is about picnics.",
        "Central Park and Golden Gate Park are parks about bison.",
        "Central Park is administered by NYC Parks.",
        "Central Park is NYC Parks's park.",
        "Golden Gate Park is Frederick Law Olmsted's park.",
        "Golden Gate Park is Calvert Vaux's park.",
        "Central Park is William Hammond Hall's garden.",
        "Central Park and Prospect Park share an administrator and a designer.",
        "Central Park and Golden Gate Park share a city and a designer.",
        "Central Park and Prospect Park share a designer and an agency.",
        "Central Park is a park about olmsted.",
        "Central Park is a park about crowded weekends.",
        "Golden Gate Park is a park about ice skating.",
        "Prospect Park is a park about bison.",
        "Central Park was designed by Frederick Law Olmsted at Prospect Park.",
        "Central Park was co-designed by William Hammond Hall.",
        "William Hammond Hall co-designed Central Park.",
        "Central Park is administered by the Central Park Conservancy at Golden Gate Park.",
        "SF Recreation and Parks administers Golden Gate Park at New York.",
        "NYC Parks administers Central Park.",
        "The Central Park Conservancy heads the cast of Central Park.",
        "Frederick Law Olmsted leads the cast of Golden Gate Park.",
    ],
}


def main():
    accepted = total = 0
    for make, texts in CASES.items():
        ch = ConsistencyChecker(make(), outside_evidence=True).build()
        for text in texts:
            total += 1
            v = ch.check(text, (), None)
            if v.supported:
                accepted += 1
                print(f"ACCEPTED [{make.__name__}] {text}")
    print(f"accepted {accepted} of {total}")


if __name__ == "__main__":
    main()
