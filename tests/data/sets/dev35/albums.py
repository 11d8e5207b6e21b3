"""A small album graph for the dev35 evaluation set.

``build()`` returns a ``kgexplain.KnowledgeGraph``: albums (items, ``year`` = release year),
artists, record labels, producers, genres and studios (attributes), and four listeners (users)
with ratings. Relations declare only ``phrase`` / ``inverse_phrase``.
"""

from __future__ import annotations

import kgexplain as kgx

ALBUMS = {
    "album:paper_lanterns": ("Paper Lanterns", 2009),
    "album:salt_and_static": ("Salt and Static", 2014),
    "album:midnight_ferry": ("Midnight Ferry", 2017),
    "album:glass_orchard": ("Glass Orchard", 2011),
    "album:low_tide_choir": ("Low Tide Choir", 2019),
    "album:northern_wires": ("Northern Wires", 2006),
    "album:velvet_engine": ("Velvet Engine", 2015),
    "album:summer_of_ash": ("Summer of Ash", 2021),
    "album:copper_sky": ("Copper Sky", 2012),
    "album:the_quiet_hours": ("The Quiet Hours", 2003),
    "album:neon_psalms": ("Neon Psalms", 2018),
    "album:river_maps": ("River Maps", 2008),
}

ATTRIBUTES = {
    "artist:juniper_vale": ("artist", "Juniper Vale"),
    "artist:hollow_pines": ("artist", "The Hollow Pines"),
    "artist:marisol_reyes": ("artist", "Marisol Reyes"),
    "artist:kite_theory": ("artist", "Kite Theory"),
    "artist:otto_brandt": ("artist", "Otto Brandt"),
    "artist:sable_and_finch": ("artist", "Sable & Finch"),
    "artist:lila_okonkwo": ("artist", "Lila Okonkwo"),
    "label:driftwood": ("label", "Driftwood Records"),
    "label:kestrel": ("label", "Kestrel Music"),
    "label:bright_alley": ("label", "Bright Alley"),
    "producer:nina_calloway": ("producer", "Nina Calloway"),
    "producer:jasper_quill": ("producer", "Jasper Quill"),
    "producer:ray_adeyemi": ("producer", "Ray Adeyemi"),
    "producer:hugo_sand": ("producer", "Hugo Sand"),
    "producer:mei_tanaka": ("producer", "Mei Tanaka"),
    "genre:indie_folk": ("genre", "indie folk"),
    "genre:synth_pop": ("genre", "synth-pop"),
    "genre:jazz": ("genre", "jazz"),
    "genre:shoegaze": ("genre", "shoegaze"),
    "genre:soul": ("genre", "soul"),
    "genre:electronic": ("genre", "electronic"),
    "genre:americana": ("genre", "Americana"),
    "genre:post_rock": ("genre", "post-rock"),
    "studio:blackbird": ("studio", "Blackbird Studio"),
    "studio:fairlight": ("studio", "Fairlight Rooms"),
    "studio:tannery": ("studio", "Tannery Sound"),
    "studio:harbourside": ("studio", "Harbourside Studios"),
}

USERS = {"user:priya": "Priya", "user:marco": "Marco", "user:elin": "Elin", "user:tariq": "Tariq"}

FACTS = [
    # album, artists, label, producers, genres, studio
    ("album:paper_lanterns", ["artist:juniper_vale"], "label:driftwood", ["producer:nina_calloway"],
     ["genre:indie_folk"], "studio:blackbird"),
    ("album:salt_and_static", ["artist:kite_theory"], "label:kestrel", ["producer:jasper_quill"],
     ["genre:synth_pop", "genre:electronic"], "studio:fairlight"),
    ("album:midnight_ferry", ["artist:juniper_vale"], "label:driftwood",
     ["producer:nina_calloway", "producer:hugo_sand"], ["genre:indie_folk", "genre:americana"],
     "studio:tannery"),
    ("album:glass_orchard", ["artist:hollow_pines"], "label:bright_alley", ["producer:ray_adeyemi"],
     ["genre:shoegaze"], "studio:blackbird"),
    ("album:low_tide_choir", ["artist:hollow_pines"], "label:kestrel", ["producer:mei_tanaka"],
     ["genre:shoegaze", "genre:post_rock"], "studio:harbourside"),
    ("album:northern_wires", ["artist:otto_brandt"], "label:kestrel", ["producer:jasper_quill"],
     ["genre:electronic"], "studio:fairlight"),
    ("album:velvet_engine", ["artist:marisol_reyes"], "label:bright_alley", ["producer:ray_adeyemi"],
     ["genre:soul"], "studio:tannery"),
    ("album:summer_of_ash", ["artist:sable_and_finch"], "label:driftwood", ["producer:hugo_sand"],
     ["genre:americana"], "studio:tannery"),
    ("album:copper_sky", ["artist:marisol_reyes", "artist:lila_okonkwo"], "label:bright_alley",
     ["producer:ray_adeyemi", "producer:mei_tanaka"], ["genre:soul", "genre:jazz"],
     "studio:harbourside"),
    ("album:the_quiet_hours", ["artist:lila_okonkwo"], None, ["producer:nina_calloway"],
     ["genre:jazz"], "studio:blackbird"),
    ("album:neon_psalms", ["artist:kite_theory"], "label:kestrel", ["producer:mei_tanaka"],
     ["genre:synth_pop"], "studio:harbourside"),
    ("album:river_maps", ["artist:sable_and_finch"], None, ["producer:hugo_sand"],
     ["genre:indie_folk"], "studio:blackbird"),
]

RATINGS = [
    ("user:priya", "album:paper_lanterns", 5),
    ("user:priya", "album:midnight_ferry", 4),
    ("user:priya", "album:neon_psalms", 2),
    ("user:priya", "album:river_maps", 5),
    ("user:marco", "album:glass_orchard", 5),
    ("user:marco", "album:low_tide_choir", 4),
    ("user:marco", "album:velvet_engine", 1),
    ("user:marco", "album:salt_and_static", 3),
    ("user:elin", "album:copper_sky", 5),
    ("user:elin", "album:the_quiet_hours", 4),
    ("user:elin", "album:summer_of_ash", 3),
    ("user:elin", "album:northern_wires", 2),
    ("user:tariq", "album:salt_and_static", 5),
    ("user:tariq", "album:northern_wires", 4),
    ("user:tariq", "album:paper_lanterns", 1),
    ("user:tariq", "album:velvet_engine", 4),
]

RELATIONS = [
    kgx.Relation("listened", phrase="listened to", inverse_phrase="was played by",
                 domain=("user",), range=("album",)),
    kgx.Relation("by_artist", phrase="is by", inverse_phrase="made",
                 domain=("album",), range=("artist",)),
    kgx.Relation("label", phrase="was released on", inverse_phrase="released",
                 domain=("album",), range=("label",)),
    kgx.Relation("produced_by", phrase="was produced by", inverse_phrase="produced",
                 domain=("album",), range=("producer",)),
    kgx.Relation("genre", phrase="belongs to the genre", inverse_phrase="includes",
                 domain=("album",), range=("genre",)),
    kgx.Relation("recorded_at", phrase="was recorded at", inverse_phrase="was the studio for",
                 domain=("album",), range=("studio",)),
]


def rows() -> list[tuple]:
    out: list[tuple] = []
    for alb, artists, label, producers, genres, studio in FACTS:
        out += [(alb, "by_artist", a) for a in artists]
        if label:
            out.append((alb, "label", label))
        out += [(alb, "produced_by", p) for p in producers]
        out += [(alb, "genre", g) for g in genres]
        out.append((alb, "recorded_at", studio))
    out += [(u, "listened", a, {"rating": float(s)}) for u, a, s in RATINGS]
    return out


def entities() -> list[kgx.Entity]:
    ents = [kgx.Entity(i, kind="item", type="album", label=lab, attrs={"year": year})
            for i, (lab, year) in ALBUMS.items()]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, (t, lab) in ATTRIBUTES.items()]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return ents


def build() -> kgx.KnowledgeGraph:
    """The albums graph (12 albums, 27 attributes, 4 listeners)."""
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="albums")
