"""A small board-game graph for the blind44 held-out evaluation set.

Pure code, no data files: ``build()`` returns a ``kgexplain.KnowledgeGraph`` with board games
(items), designers, publishers, mechanics, themes, player counts and categories (attributes), and
a few players (users) with ratings. Relations declare only ``phrase`` / ``inverse_phrase``.
"""

from __future__ import annotations

import kgexplain as kgx

GAMES = {
    # id: (label, year published)
    "game:catan": ("Catan", 1995),
    "game:agricola": ("Agricola", 2007),
    "game:pandemic": ("Pandemic", 2008),
    "game:ticket_to_ride": ("Ticket to Ride", 2004),
    "game:codenames": ("Codenames", 2015),
    "game:galaxy_trucker": ("Galaxy Trucker", 2007),
    "game:7_wonders": ("7 Wonders", 2010),
    "game:hanabi": ("Hanabi", 2010),
    "game:wingspan": ("Wingspan", 2019),
    "game:kingdomino": ("Kingdomino", 2016),
    "game:carcassonne": ("Carcassonne", 2000),
    "game:viticulture": ("Viticulture", 2013),
    "game:scythe": ("Scythe", 2016),
    "game:patchwork": ("Patchwork", 2014),
    "game:forbidden_island": ("Forbidden Island", 2010),
}

ATTRIBUTES = {
    # designers
    "designer:klaus_teuber": ("designer", "Klaus Teuber"),
    "designer:uwe_rosenberg": ("designer", "Uwe Rosenberg"),
    "designer:matt_leacock": ("designer", "Matt Leacock"),
    "designer:alan_r_moon": ("designer", "Alan R. Moon"),
    "designer:vlaada_chvatil": ("designer", "Vlaada Chvátil"),
    "designer:antoine_bauza": ("designer", "Antoine Bauza"),
    "designer:elizabeth_hargrave": ("designer", "Elizabeth Hargrave"),
    "designer:bruno_cathala": ("designer", "Bruno Cathala"),
    "designer:klaus_jurgen_wrede": ("designer", "Klaus-Jürgen Wrede"),
    "designer:jamey_stegmaier": ("designer", "Jamey Stegmaier"),
    "designer:alan_stone": ("designer", "Alan Stone"),
    # publishers
    "publisher:kosmos": ("publisher", "Kosmos"),
    "publisher:lookout_games": ("publisher", "Lookout Games"),
    "publisher:z_man_games": ("publisher", "Z-Man Games"),
    "publisher:days_of_wonder": ("publisher", "Days of Wonder"),
    "publisher:czech_games_edition": ("publisher", "Czech Games Edition"),
    "publisher:repos_production": ("publisher", "Repos Production"),
    "publisher:stonemaier_games": ("publisher", "Stonemaier Games"),
    "publisher:hans_im_gluck": ("publisher", "Hans im Glück"),
    "publisher:gamewright": ("publisher", "Gamewright"),
    # mechanics
    "mechanic:dice_rolling": ("mechanic", "dice rolling"),
    "mechanic:trading": ("mechanic", "trading"),
    "mechanic:worker_placement": ("mechanic", "worker placement"),
    "mechanic:hand_management": ("mechanic", "hand management"),
    "mechanic:set_collection": ("mechanic", "set collection"),
    "mechanic:route_building": ("mechanic", "route building"),
    "mechanic:tile_placement": ("mechanic", "tile placement"),
    "mechanic:card_drafting": ("mechanic", "card drafting"),
    "mechanic:engine_building": ("mechanic", "engine building"),
    "mechanic:cooperative_play": ("mechanic", "cooperative play"),
    # themes
    "theme:exploration": ("theme", "exploration"),
    "theme:farming": ("theme", "farming"),
    "theme:disease": ("theme", "disease"),
    "theme:trains": ("theme", "trains"),
    "theme:space": ("theme", "space"),
    "theme:ancient_civilizations": ("theme", "ancient civilizations"),
    "theme:animals": ("theme", "animals"),
    "theme:medieval": ("theme", "medieval"),
    # player counts
    "players:2": ("player count", "2 players"),
    "players:2_4": ("player count", "2-4 players"),
    "players:2_5": ("player count", "2-5 players"),
    "players:1_5": ("player count", "1-5 players"),
    "players:3_4": ("player count", "3-4 players"),
    "players:2_7": ("player count", "2-7 players"),
    "players:2_8": ("player count", "2-8 players"),
    # categories
    "category:family": ("category", "family game"),
    "category:strategy": ("category", "strategy game"),
    "category:party": ("category", "party game"),
    "category:cooperative": ("category", "cooperative game"),
}

USERS = {
    "user:ana": "Ana",
    "user:ben": "Ben",
    "user:chloe": "Chloe",
    "user:dev": "Dev",
    "user:emma": "Emma",
}

FACTS = [
    # game, designers, publisher, mechanics, themes, player count, categories
    ("game:catan", ["designer:klaus_teuber"], "publisher:kosmos",
     ["mechanic:dice_rolling", "mechanic:trading"], ["theme:exploration"], "players:3_4",
     ["category:family"]),
    ("game:agricola", ["designer:uwe_rosenberg"], "publisher:lookout_games",
     ["mechanic:worker_placement"], ["theme:farming"], "players:1_5", ["category:strategy"]),
    ("game:pandemic", ["designer:matt_leacock"], "publisher:z_man_games",
     ["mechanic:cooperative_play", "mechanic:hand_management"], ["theme:disease"], "players:2_4",
     ["category:cooperative"]),
    ("game:ticket_to_ride", ["designer:alan_r_moon"], "publisher:days_of_wonder",
     ["mechanic:route_building", "mechanic:set_collection"], ["theme:trains"], "players:2_5",
     ["category:family"]),
    ("game:codenames", ["designer:vlaada_chvatil"], "publisher:czech_games_edition",
     [], [], "players:2_8", ["category:party"]),
    ("game:galaxy_trucker", ["designer:vlaada_chvatil"], "publisher:czech_games_edition",
     ["mechanic:tile_placement"], ["theme:space"], "players:2_4", ["category:family"]),
    ("game:7_wonders", ["designer:antoine_bauza"], "publisher:repos_production",
     ["mechanic:card_drafting", "mechanic:set_collection"], ["theme:ancient_civilizations"],
     "players:2_7", ["category:strategy"]),
    ("game:hanabi", ["designer:antoine_bauza"], None,
     ["mechanic:cooperative_play", "mechanic:hand_management"], [], "players:2_5",
     ["category:cooperative"]),
    ("game:wingspan", ["designer:elizabeth_hargrave"], "publisher:stonemaier_games",
     ["mechanic:engine_building", "mechanic:card_drafting"], ["theme:animals"], "players:1_5",
     ["category:strategy"]),
    ("game:kingdomino", ["designer:bruno_cathala"], None,
     ["mechanic:tile_placement"], ["theme:medieval"], "players:2_4", ["category:family"]),
    ("game:carcassonne", ["designer:klaus_jurgen_wrede"], "publisher:hans_im_gluck",
     ["mechanic:tile_placement"], ["theme:medieval"], "players:2_5", ["category:family"]),
    ("game:viticulture", ["designer:jamey_stegmaier", "designer:alan_stone"],
     "publisher:stonemaier_games", ["mechanic:worker_placement"], ["theme:farming"], "players:1_5",
     ["category:strategy"]),
    ("game:scythe", ["designer:jamey_stegmaier"], "publisher:stonemaier_games",
     ["mechanic:engine_building"], [], "players:1_5", ["category:strategy"]),
    ("game:patchwork", ["designer:uwe_rosenberg"], "publisher:lookout_games",
     ["mechanic:tile_placement"], [], "players:2", ["category:strategy"]),
    ("game:forbidden_island", ["designer:matt_leacock"], "publisher:gamewright",
     ["mechanic:cooperative_play", "mechanic:set_collection"], ["theme:exploration"], "players:2_4",
     ["category:cooperative", "category:family"]),
]

RATINGS = [
    ("user:ana", "game:catan", 5),
    ("user:ana", "game:ticket_to_ride", 4),
    ("user:ana", "game:pandemic", 2),
    ("user:ana", "game:wingspan", 5),
    ("user:ana", "game:carcassonne", 3),
    ("user:ben", "game:agricola", 5),
    ("user:ben", "game:viticulture", 4),
    ("user:ben", "game:scythe", 3),
    ("user:ben", "game:codenames", 1),
    ("user:ben", "game:patchwork", 4),
    ("user:chloe", "game:pandemic", 5),
    ("user:chloe", "game:forbidden_island", 4),
    ("user:chloe", "game:hanabi", 5),
    ("user:chloe", "game:7_wonders", 2),
    ("user:dev", "game:galaxy_trucker", 4),
    ("user:dev", "game:codenames", 5),
    ("user:dev", "game:kingdomino", 3),
    ("user:dev", "game:catan", 2),
    ("user:dev", "game:scythe", 5),
    ("user:emma", "game:carcassonne", 5),
    ("user:emma", "game:kingdomino", 4),
    ("user:emma", "game:7_wonders", 4),
    ("user:emma", "game:agricola", 2),
    ("user:emma", "game:wingspan", 3),
]

RELATIONS = [
    kgx.Relation("played", phrase="played", inverse_phrase="was played by",
                 domain=("user",), range=("game",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("game",), range=("designer",)),
    kgx.Relation("published_by", phrase="is published by", inverse_phrase="publishes",
                 domain=("game",), range=("publisher",)),
    kgx.Relation("has_mechanic", phrase="uses", inverse_phrase="is used in",
                 domain=("game",), range=("mechanic",)),
    kgx.Relation("has_theme", phrase="is themed around", inverse_phrase="is the theme of",
                 domain=("game",), range=("theme",)),
    kgx.Relation("player_count", phrase="is for", inverse_phrase="is the player count of",
                 domain=("game",), range=("player count",)),
    kgx.Relation("in_category", phrase="is categorized as", inverse_phrase="is the category of",
                 domain=("game",), range=("category",)),
]


def rows() -> list[tuple]:
    out: list[tuple] = []
    for game, designers, publisher, mechanics, themes, players, categories in FACTS:
        out += [(game, "designed_by", d) for d in designers]
        if publisher:
            out.append((game, "published_by", publisher))
        out += [(game, "has_mechanic", m) for m in mechanics]
        out += [(game, "has_theme", t) for t in themes]
        out.append((game, "player_count", players))
        out += [(game, "in_category", c) for c in categories]
    out += [(u, "played", g, {"rating": float(s)}) for u, g, s in RATINGS]
    return out


def entities() -> list[kgx.Entity]:
    ents = [kgx.Entity(i, kind="item", type="game", label=lab, attrs={"year": year})
            for i, (lab, year) in GAMES.items()]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, (t, lab) in ATTRIBUTES.items()]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return ents


def build() -> kgx.KnowledgeGraph:
    """The blind44 board-game graph (15 games, 49 attributes, 5 players)."""
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind44")
