"""A small video-game graph for the dev37 set: games (items), developers, publishers, genres,
platforms and composers (attributes), and a few players (users) with ratings. Relations declare
only ``phrase`` / ``inverse_phrase``."""

from __future__ import annotations

import kgexplain as kgx

GAMES = {
    "game:hollow_knight": ("Hollow Knight", 2017),
    "game:celeste": ("Celeste", 2018),
    "game:hades": ("Hades", 2020),
    "game:bastion": ("Bastion", 2011),
    "game:stardew_valley": ("Stardew Valley", 2016),
    "game:dead_cells": ("Dead Cells", 2018),
    "game:ori": ("Ori and the Blind Forest", 2015),
    "game:minecraft": ("Minecraft", 2011),
    "game:undertale": ("Undertale", 2015),
    "game:cuphead": ("Cuphead", 2017),
    "game:slay_the_spire": ("Slay the Spire", 2019),
    "game:terraria": ("Terraria", 2011),
    "game:transistor": ("Transistor", 2014),
}

ATTRIBUTES = {
    "dev:team_cherry": ("developer", "Team Cherry"),
    "dev:maddy_makes_games": ("developer", "Maddy Makes Games"),
    "dev:supergiant": ("developer", "Supergiant Games"),
    "dev:concernedape": ("developer", "ConcernedApe"),
    "dev:motion_twin": ("developer", "Motion Twin"),
    "dev:moon_studios": ("developer", "Moon Studios"),
    "dev:mojang": ("developer", "Mojang"),
    "dev:toby_fox": ("developer", "Toby Fox"),
    "dev:studio_mdhr": ("developer", "StudioMDHR"),
    "dev:megacrit": ("developer", "MegaCrit"),
    "dev:re_logic": ("developer", "Re-Logic"),
    "pub:warner": ("publisher", "Warner Bros. Interactive"),
    "pub:chucklefish": ("publisher", "Chucklefish"),
    "pub:microsoft": ("publisher", "Microsoft Studios"),
    "pub:humble": ("publisher", "Humble Bundle"),
    "genre:metroidvania": ("genre", "metroidvania"),
    "genre:platformer": ("genre", "platformer"),
    "genre:roguelike": ("genre", "roguelike"),
    "genre:action_rpg": ("genre", "action RPG"),
    "genre:farming_sim": ("genre", "farming sim"),
    "genre:sandbox": ("genre", "sandbox"),
    "genre:rpg": ("genre", "RPG"),
    "genre:run_and_gun": ("genre", "run-and-gun"),
    "genre:deckbuilder": ("genre", "deck-builder"),
    "platform:pc": ("platform", "PC"),
    "platform:switch": ("platform", "Nintendo Switch"),
    "platform:xbox_one": ("platform", "Xbox One"),
    "platform:xbox_360": ("platform", "Xbox 360"),
    "platform:ps4": ("platform", "PlayStation 4"),
    "composer:larkin": ("composer", "Christopher Larkin"),
    "composer:lena_raine": ("composer", "Lena Raine"),
    "composer:darren_korb": ("composer", "Darren Korb"),
    "composer:eric_barone": ("composer", "Eric Barone"),
    "composer:gareth_coker": ("composer", "Gareth Coker"),
    "composer:c418": ("composer", "C418"),
    "composer:maddigan": ("composer", "Kristofer Maddigan"),
    "composer:clark_aboud": ("composer", "Clark Aboud"),
}

USERS = {"user:ana": "Ana", "user:ben": "Ben", "user:chloe": "Chloe", "user:dev": "Dev"}

FACTS = [
    # game, developer, publisher, genres, platforms, composer
    ("game:hollow_knight", "dev:team_cherry", None, ["genre:metroidvania"],
     ["platform:pc", "platform:switch"], "composer:larkin"),
    ("game:celeste", "dev:maddy_makes_games", None, ["genre:platformer"],
     ["platform:pc", "platform:switch"], "composer:lena_raine"),
    ("game:hades", "dev:supergiant", None, ["genre:roguelike"],
     ["platform:pc", "platform:switch"], "composer:darren_korb"),
    ("game:bastion", "dev:supergiant", "pub:warner", ["genre:action_rpg"],
     ["platform:pc", "platform:xbox_360"], "composer:darren_korb"),
    ("game:stardew_valley", "dev:concernedape", "pub:chucklefish", ["genre:farming_sim"],
     ["platform:pc", "platform:switch"], "composer:eric_barone"),
    ("game:dead_cells", "dev:motion_twin", None, ["genre:roguelike", "genre:metroidvania"],
     ["platform:pc", "platform:switch", "platform:ps4"], None),
    ("game:ori", "dev:moon_studios", "pub:microsoft", ["genre:metroidvania", "genre:platformer"],
     ["platform:pc", "platform:xbox_one"], "composer:gareth_coker"),
    ("game:minecraft", "dev:mojang", None, ["genre:sandbox"],
     ["platform:pc", "platform:xbox_360", "platform:ps4"], "composer:c418"),
    ("game:undertale", "dev:toby_fox", None, ["genre:rpg"],
     ["platform:pc", "platform:ps4"], None),
    ("game:cuphead", "dev:studio_mdhr", None, ["genre:run_and_gun", "genre:platformer"],
     ["platform:pc", "platform:xbox_one"], "composer:maddigan"),
    ("game:slay_the_spire", "dev:megacrit", "pub:humble", ["genre:roguelike", "genre:deckbuilder"],
     ["platform:pc", "platform:switch"], "composer:clark_aboud"),
    ("game:terraria", "dev:re_logic", None, ["genre:sandbox"],
     ["platform:pc", "platform:xbox_360"], None),
    ("game:transistor", "dev:supergiant", None, ["genre:action_rpg"],
     ["platform:pc", "platform:ps4"], "composer:darren_korb"),
]

RATINGS = [
    ("user:ana", "game:hollow_knight", 5),
    ("user:ana", "game:celeste", 4),
    ("user:ana", "game:minecraft", 2),
    ("user:ana", "game:bastion", 5),
    ("user:ben", "game:stardew_valley", 5),
    ("user:ben", "game:terraria", 4),
    ("user:ben", "game:dead_cells", 3),
    ("user:ben", "game:undertale", 1),
    ("user:chloe", "game:hades", 5),
    ("user:chloe", "game:slay_the_spire", 4),
    ("user:chloe", "game:cuphead", 2),
    ("user:chloe", "game:ori", 4),
    ("user:dev", "game:transistor", 4),
    ("user:dev", "game:minecraft", 5),
    ("user:dev", "game:celeste", 3),
    ("user:dev", "game:undertale", 5),
]

RELATIONS = [
    kgx.Relation("played", phrase="played", inverse_phrase="was played by",
                 domain=("user",), range=("game",)),
    kgx.Relation("developed_by", phrase="was developed by", inverse_phrase="developed",
                 domain=("game",), range=("developer",)),
    kgx.Relation("published_by", phrase="was published by", inverse_phrase="published",
                 domain=("game",), range=("publisher",)),
    kgx.Relation("has_genre", phrase="belongs to the genre", inverse_phrase="is the genre of",
                 domain=("game",), range=("genre",)),
    kgx.Relation("available_on", phrase="is available on", inverse_phrase="hosts",
                 domain=("game",), range=("platform",)),
    kgx.Relation("music_by", phrase="has music by", inverse_phrase="composed the soundtrack of",
                 domain=("game",), range=("composer",)),
]


def rows() -> list[tuple]:
    out: list[tuple] = []
    for game, dev, pub, genres, platforms, composer in FACTS:
        out.append((game, "developed_by", dev))
        if pub:
            out.append((game, "published_by", pub))
        out += [(game, "has_genre", g) for g in genres]
        out += [(game, "available_on", p) for p in platforms]
        if composer:
            out.append((game, "music_by", composer))
    out += [(u, "played", g, {"rating": float(s)}) for u, g, s in RATINGS]
    return out


def entities() -> list[kgx.Entity]:
    ents = [kgx.Entity(i, kind="item", type="game", label=lab, attrs={"year": year})
            for i, (lab, year) in GAMES.items()]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, (t, lab) in ATTRIBUTES.items()]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return ents


def build() -> kgx.KnowledgeGraph:
    """The dev37 video-game graph (13 games, 37 attributes, 4 players)."""
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="games")
