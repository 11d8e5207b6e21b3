"""A small museum graph for the dev35 evaluation set.

``build()`` returns a ``kgexplain.KnowledgeGraph``: museums (items, ``year`` = opening year),
cities, architects, founders, collection types and building styles (attributes), and four
visitors (users) with ratings. Relations declare only ``phrase`` / ``inverse_phrase``.
"""

from __future__ import annotations

import kgexplain as kgx

MUSEUMS = {
    "museum:harbourlight": ("Harbourlight Maritime Museum", 1978),
    "museum:verra_gallery": ("Verra Gallery", 2004),
    "museum:aldercott": ("Aldercott Museum of Natural History", 1891),
    "museum:lumen_centre": ("Lumen Photography Centre", 2011),
    "museum:kessler_design": ("Kessler Design Museum", 1996),
    "museum:orrin_science_hall": ("Orrin Science Hall", 1965),
    "museum:silk_house": ("The Silk House", 1987),
    "museum:stonegate": ("Stonegate Archaeology Museum", 1923),
    "museum:northbank_modern": ("Northbank Modern", 2016),
    "museum:marlowe_house": ("Marlowe House", 1952),
    "museum:the_foundry": ("The Foundry", 2008),
    "museum:ivy_pavilion": ("Ivy Pavilion", 1934),
}

ATTRIBUTES = {
    "city:glasgow": ("city", "Glasgow"),
    "city:rotterdam": ("city", "Rotterdam"),
    "city:montreal": ("city", "Montreal"),
    "city:melbourne": ("city", "Melbourne"),
    "city:lisbon": ("city", "Lisbon"),
    "architect:helena_vos": ("architect", "Helena Vos"),
    "architect:arjun_mehta": ("architect", "Arjun Mehta"),
    "architect:clara_whitfield": ("architect", "Clara Whitfield"),
    "architect:tobias_reinholt": ("architect", "Tobias Reinholt"),
    "architect:yuki_arakawa": ("architect", "Yuki Arakawa"),
    "architect:oscar_lund": ("architect", "Oscar Lund"),
    "founder:edmund_aldercott": ("founder", "Edmund Aldercott"),
    "founder:margaret_kessler": ("founder", "Margaret Kessler"),
    "founder:silvia_marlowe": ("founder", "Silvia Marlowe"),
    "founder:ada_verra": ("founder", "Ada Verra"),
    "founder:julian_orrin": ("founder", "Julian Orrin"),
    "founder:harbour_trust": ("founder", "the Harbour Trust"),
    "collection:modern_art": ("collection", "modern art"),
    "collection:natural_history": ("collection", "natural history"),
    "collection:maritime_history": ("collection", "maritime history"),
    "collection:photography": ("collection", "photography"),
    "collection:design": ("collection", "design"),
    "collection:science": ("collection", "science"),
    "collection:textiles": ("collection", "textiles"),
    "collection:archaeology": ("collection", "archaeology"),
    "style:modernism": ("style", "modernism"),
    "style:brutalism": ("style", "brutalism"),
    "style:neoclassicism": ("style", "neoclassicism"),
    "style:art_deco": ("style", "Art Deco"),
}

USERS = {"user:nora": "Nora", "user:felix": "Felix", "user:imani": "Imani", "user:jonas": "Jonas"}

FACTS = [
    # museum, city, architect, founder, collections, style
    ("museum:harbourlight", "city:glasgow", "architect:clara_whitfield", "founder:harbour_trust",
     ["collection:maritime_history"], "style:modernism"),
    ("museum:verra_gallery", "city:lisbon", "architect:arjun_mehta", "founder:ada_verra",
     ["collection:modern_art", "collection:photography"], "style:modernism"),
    ("museum:aldercott", "city:glasgow", "architect:tobias_reinholt", "founder:edmund_aldercott",
     ["collection:natural_history", "collection:archaeology"], "style:neoclassicism"),
    ("museum:lumen_centre", "city:rotterdam", "architect:helena_vos", None,
     ["collection:photography"], None),
    ("museum:kessler_design", "city:rotterdam", "architect:helena_vos", "founder:margaret_kessler",
     ["collection:design"], "style:modernism"),
    ("museum:orrin_science_hall", "city:montreal", "architect:oscar_lund", "founder:julian_orrin",
     ["collection:science"], "style:brutalism"),
    ("museum:silk_house", "city:lisbon", "architect:yuki_arakawa", None,
     ["collection:textiles", "collection:design"], None),
    ("museum:stonegate", "city:melbourne", "architect:tobias_reinholt", None,
     ["collection:archaeology"], "style:neoclassicism"),
    ("museum:northbank_modern", "city:melbourne", "architect:yuki_arakawa", None,
     ["collection:modern_art"], None),
    ("museum:marlowe_house", "city:montreal", "architect:clara_whitfield", "founder:silvia_marlowe",
     ["collection:textiles", "collection:modern_art"], "style:modernism"),
    ("museum:the_foundry", "city:glasgow", "architect:arjun_mehta", "founder:margaret_kessler",
     ["collection:design", "collection:science"], None),
    ("museum:ivy_pavilion", "city:melbourne", "architect:oscar_lund", None,
     ["collection:natural_history"], "style:art_deco"),
]

RATINGS = [
    ("user:nora", "museum:verra_gallery", 5),
    ("user:nora", "museum:northbank_modern", 4),
    ("user:nora", "museum:orrin_science_hall", 2),
    ("user:nora", "museum:marlowe_house", 5),
    ("user:felix", "museum:aldercott", 5),
    ("user:felix", "museum:stonegate", 4),
    ("user:felix", "museum:lumen_centre", 1),
    ("user:felix", "museum:harbourlight", 3),
    ("user:imani", "museum:kessler_design", 5),
    ("user:imani", "museum:silk_house", 4),
    ("user:imani", "museum:the_foundry", 3),
    ("user:imani", "museum:ivy_pavilion", 2),
    ("user:jonas", "museum:harbourlight", 5),
    ("user:jonas", "museum:orrin_science_hall", 4),
    ("user:jonas", "museum:verra_gallery", 2),
    ("user:jonas", "museum:lumen_centre", 4),
]

RELATIONS = [
    kgx.Relation("visited", phrase="visited", inverse_phrase="was visited by",
                 domain=("user",), range=("museum",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("museum",), range=("city",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("museum",), range=("architect",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("museum",), range=("founder",)),
    kgx.Relation("collects", phrase="has a collection of", inverse_phrase="is collected by",
                 domain=("museum",), range=("collection",)),
    kgx.Relation("style", phrase="is built in the style of", inverse_phrase="is the style of",
                 domain=("museum",), range=("style",)),
]


def rows() -> list[tuple]:
    out: list[tuple] = []
    for mus, city, arch, founder, cols, style in FACTS:
        out.append((mus, "located_in", city))
        out.append((mus, "designed_by", arch))
        if founder:
            out.append((mus, "founded_by", founder))
        out += [(mus, "collects", c) for c in cols]
        if style:
            out.append((mus, "style", style))
    out += [(u, "visited", m, {"rating": float(s)}) for u, m, s in RATINGS]
    return out


def entities() -> list[kgx.Entity]:
    ents = [kgx.Entity(i, kind="item", type="museum", label=lab, attrs={"year": year})
            for i, (lab, year) in MUSEUMS.items()]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, (t, lab) in ATTRIBUTES.items()]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return ents


def build() -> kgx.KnowledgeGraph:
    """The museums graph (12 museums, 29 attributes, 4 visitors)."""
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="museums")
