"""A small video-game knowledge graph (blind51)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("game",)),
    kgx.Relation("developed_by", phrase="was developed by", inverse_phrase="developed",
                 domain=("game",), range=("company",)),
    kgx.Relation("published_by", phrase="was published by", inverse_phrase="published",
                 domain=("game",), range=("company",)),
    kgx.Relation("released_on", phrase="was released on", inverse_phrase="has a release of",
                 domain=("game",), range=("platform",)),
    kgx.Relation("music_by", phrase="has music composed by", inverse_phrase="composed the music for",
                 domain=("game",), range=("composer",)),
    kgx.Relation("directed_by", phrase="was directed by", inverse_phrase="directed",
                 domain=("game",), range=("director",)),
    kgx.Relation("has_genre", phrase="is a game in the genre", inverse_phrase="is the genre of",
                 domain=("game",), range=("genre",)),
    kgx.Relation("in_series", phrase="is part of the series", inverse_phrase="includes",
                 domain=("game",), range=("series",)),
]

GAMES = [
    ("game:ocarina_of_time", "The Legend of Zelda: Ocarina of Time", 1998),
    ("game:super_mario_64", "Super Mario 64", 1996),
    ("game:breath_of_the_wild", "The Legend of Zelda: Breath of the Wild", 2017),
    ("game:final_fantasy_vii", "Final Fantasy VII", 1997),
    ("game:final_fantasy_x", "Final Fantasy X", 2001),
    ("game:chrono_trigger", "Chrono Trigger", 1995),
    ("game:metal_gear_solid", "Metal Gear Solid", 1998),
    ("game:death_stranding", "Death Stranding", 2019),
    ("game:half_life_2", "Half-Life 2", 2004),
    ("game:portal_2", "Portal 2", 2011),
    ("game:dark_souls", "Dark Souls", 2011),
    ("game:elden_ring", "Elden Ring", 2022),
    ("game:bloodborne", "Bloodborne", 2015),
    ("game:halo_ce", "Halo: Combat Evolved", 2001),
    ("game:witcher_3", "The Witcher 3: Wild Hunt", 2015),
    ("game:hollow_knight", "Hollow Knight", 2017),
]

ATTRS = [
    # companies (studios and publishers)
    ("company:nintendo_ead", "company", "Nintendo EAD"),
    ("company:nintendo_epd", "company", "Nintendo EPD"),
    ("company:nintendo", "company", "Nintendo"),
    ("company:square", "company", "Square"),
    ("company:konami", "company", "Konami"),
    ("company:kojima_productions", "company", "Kojima Productions"),
    ("company:sie", "company", "Sony Interactive Entertainment"),
    ("company:valve", "company", "Valve"),
    ("company:fromsoftware", "company", "FromSoftware"),
    ("company:bandai_namco", "company", "Bandai Namco"),
    ("company:bungie", "company", "Bungie"),
    ("company:microsoft_game_studios", "company", "Microsoft Game Studios"),
    ("company:cd_projekt_red", "company", "CD Projekt Red"),
    ("company:team_cherry", "company", "Team Cherry"),
    # platforms
    ("platform:n64", "platform", "Nintendo 64"),
    ("platform:snes", "platform", "Super Nintendo Entertainment System"),
    ("platform:switch", "platform", "Nintendo Switch"),
    ("platform:ps1", "platform", "PlayStation"),
    ("platform:ps2", "platform", "PlayStation 2"),
    ("platform:ps3", "platform", "PlayStation 3"),
    ("platform:ps4", "platform", "PlayStation 4"),
    ("platform:ps5", "platform", "PlayStation 5"),
    ("platform:xbox", "platform", "Xbox"),
    ("platform:xbox_360", "platform", "Xbox 360"),
    ("platform:xbox_one", "platform", "Xbox One"),
    ("platform:windows", "platform", "Windows"),
    # composers
    ("person:koji_kondo", "composer", "Koji Kondo"),
    ("person:manaka_kataoka", "composer", "Manaka Kataoka"),
    ("person:nobuo_uematsu", "composer", "Nobuo Uematsu"),
    ("person:yasunori_mitsuda", "composer", "Yasunori Mitsuda"),
    ("person:kelly_bailey", "composer", "Kelly Bailey"),
    ("person:mike_morasky", "composer", "Mike Morasky"),
    ("person:motoi_sakuraba", "composer", "Motoi Sakuraba"),
    ("person:martin_odonnell", "composer", "Martin O'Donnell"),
    ("person:marcin_przybylowicz", "composer", "Marcin Przybyłowicz"),
    ("person:christopher_larkin", "composer", "Christopher Larkin"),
    # directors
    ("person:shigeru_miyamoto", "director", "Shigeru Miyamoto"),
    ("person:eiji_aonuma", "director", "Eiji Aonuma"),
    ("person:hidemaro_fujibayashi", "director", "Hidemaro Fujibayashi"),
    ("person:yoshinori_kitase", "director", "Yoshinori Kitase"),
    ("person:takashi_tokita", "director", "Takashi Tokita"),
    ("person:hideo_kojima", "director", "Hideo Kojima"),
    ("person:hidetaka_miyazaki", "director", "Hidetaka Miyazaki"),
    ("person:konrad_tomaszkiewicz", "director", "Konrad Tomaszkiewicz"),
    # genres
    ("genre:action_adventure", "genre", "Action-adventure"),
    ("genre:platformer", "genre", "Platformer"),
    ("genre:rpg", "genre", "Role-playing"),
    ("genre:action_rpg", "genre", "Action role-playing"),
    ("genre:stealth", "genre", "Stealth"),
    ("genre:fps", "genre", "First-person shooter"),
    ("genre:puzzle", "genre", "Puzzle"),
    ("genre:metroidvania", "genre", "Metroidvania"),
    # series
    ("series:zelda", "series", "The Legend of Zelda"),
    ("series:mario", "series", "Super Mario"),
    ("series:final_fantasy", "series", "Final Fantasy"),
    ("series:metal_gear", "series", "Metal Gear"),
    ("series:half_life", "series", "Half-Life"),
    ("series:portal", "series", "Portal"),
    ("series:halo", "series", "Halo"),
    ("series:witcher", "series", "The Witcher"),
]

USERS = [("user:ana", "Ana"), ("user:ben", "Ben"), ("user:chloe", "Chloe"),
         ("user:dev", "Dev"), ("user:emi", "Emi")]


def entities():
    out = [kgx.Entity(i, kind="item", type="game", label=lab, attrs={"year": y}) for i, lab, y in GAMES]
    out += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, t, lab in ATTRS]
    out += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS]
    return out


def rows():
    r = [
        # Ocarina of Time
        ("game:ocarina_of_time", "developed_by", "company:nintendo_ead"),
        ("game:ocarina_of_time", "published_by", "company:nintendo"),
        ("game:ocarina_of_time", "released_on", "platform:n64"),
        ("game:ocarina_of_time", "music_by", "person:koji_kondo"),
        ("game:ocarina_of_time", "directed_by", "person:eiji_aonuma"),
        ("game:ocarina_of_time", "has_genre", "genre:action_adventure"),
        ("game:ocarina_of_time", "in_series", "series:zelda"),
        # Super Mario 64
        ("game:super_mario_64", "developed_by", "company:nintendo_ead"),
        ("game:super_mario_64", "published_by", "company:nintendo"),
        ("game:super_mario_64", "released_on", "platform:n64"),
        ("game:super_mario_64", "music_by", "person:koji_kondo"),
        ("game:super_mario_64", "directed_by", "person:shigeru_miyamoto"),
        ("game:super_mario_64", "has_genre", "genre:platformer"),
        ("game:super_mario_64", "in_series", "series:mario"),
        # Breath of the Wild
        ("game:breath_of_the_wild", "developed_by", "company:nintendo_epd"),
        ("game:breath_of_the_wild", "published_by", "company:nintendo"),
        ("game:breath_of_the_wild", "released_on", "platform:switch"),
        ("game:breath_of_the_wild", "music_by", "person:manaka_kataoka"),
        ("game:breath_of_the_wild", "directed_by", "person:hidemaro_fujibayashi"),
        ("game:breath_of_the_wild", "has_genre", "genre:action_adventure"),
        ("game:breath_of_the_wild", "in_series", "series:zelda"),
        # Final Fantasy VII
        ("game:final_fantasy_vii", "developed_by", "company:square"),
        ("game:final_fantasy_vii", "published_by", "company:square"),
        ("game:final_fantasy_vii", "released_on", "platform:ps1"),
        ("game:final_fantasy_vii", "music_by", "person:nobuo_uematsu"),
        ("game:final_fantasy_vii", "directed_by", "person:yoshinori_kitase"),
        ("game:final_fantasy_vii", "has_genre", "genre:rpg"),
        ("game:final_fantasy_vii", "in_series", "series:final_fantasy"),
        # Final Fantasy X
        ("game:final_fantasy_x", "developed_by", "company:square"),
        ("game:final_fantasy_x", "published_by", "company:square"),
        ("game:final_fantasy_x", "released_on", "platform:ps2"),
        ("game:final_fantasy_x", "music_by", "person:nobuo_uematsu"),
        ("game:final_fantasy_x", "directed_by", "person:yoshinori_kitase"),
        ("game:final_fantasy_x", "has_genre", "genre:rpg"),
        ("game:final_fantasy_x", "in_series", "series:final_fantasy"),
        # Chrono Trigger
        ("game:chrono_trigger", "developed_by", "company:square"),
        ("game:chrono_trigger", "published_by", "company:square"),
        ("game:chrono_trigger", "released_on", "platform:snes"),
        ("game:chrono_trigger", "music_by", "person:yasunori_mitsuda"),
        ("game:chrono_trigger", "directed_by", "person:takashi_tokita"),
        ("game:chrono_trigger", "directed_by", "person:yoshinori_kitase"),
        ("game:chrono_trigger", "has_genre", "genre:rpg"),
        # Metal Gear Solid
        ("game:metal_gear_solid", "developed_by", "company:konami"),
        ("game:metal_gear_solid", "published_by", "company:konami"),
        ("game:metal_gear_solid", "released_on", "platform:ps1"),
        ("game:metal_gear_solid", "directed_by", "person:hideo_kojima"),
        ("game:metal_gear_solid", "has_genre", "genre:stealth"),
        ("game:metal_gear_solid", "in_series", "series:metal_gear"),
        # Death Stranding
        ("game:death_stranding", "developed_by", "company:kojima_productions"),
        ("game:death_stranding", "published_by", "company:sie"),
        ("game:death_stranding", "released_on", "platform:ps4"),
        ("game:death_stranding", "directed_by", "person:hideo_kojima"),
        ("game:death_stranding", "has_genre", "genre:action_adventure"),
        # Half-Life 2
        ("game:half_life_2", "developed_by", "company:valve"),
        ("game:half_life_2", "released_on", "platform:windows"),
        ("game:half_life_2", "music_by", "person:kelly_bailey"),
        ("game:half_life_2", "has_genre", "genre:fps"),
        ("game:half_life_2", "in_series", "series:half_life"),
        # Portal 2
        ("game:portal_2", "developed_by", "company:valve"),
        ("game:portal_2", "released_on", "platform:windows"),
        ("game:portal_2", "released_on", "platform:ps3"),
        ("game:portal_2", "released_on", "platform:xbox_360"),
        ("game:portal_2", "music_by", "person:mike_morasky"),
        ("game:portal_2", "has_genre", "genre:puzzle"),
        ("game:portal_2", "in_series", "series:portal"),
        # Dark Souls
        ("game:dark_souls", "developed_by", "company:fromsoftware"),
        ("game:dark_souls", "published_by", "company:bandai_namco"),
        ("game:dark_souls", "released_on", "platform:ps3"),
        ("game:dark_souls", "released_on", "platform:xbox_360"),
        ("game:dark_souls", "music_by", "person:motoi_sakuraba"),
        ("game:dark_souls", "directed_by", "person:hidetaka_miyazaki"),
        ("game:dark_souls", "has_genre", "genre:action_rpg"),
        # Elden Ring
        ("game:elden_ring", "developed_by", "company:fromsoftware"),
        ("game:elden_ring", "published_by", "company:bandai_namco"),
        ("game:elden_ring", "released_on", "platform:ps4"),
        ("game:elden_ring", "released_on", "platform:ps5"),
        ("game:elden_ring", "released_on", "platform:windows"),
        ("game:elden_ring", "released_on", "platform:xbox_one"),
        ("game:elden_ring", "directed_by", "person:hidetaka_miyazaki"),
        ("game:elden_ring", "has_genre", "genre:action_rpg"),
        # Bloodborne
        ("game:bloodborne", "developed_by", "company:fromsoftware"),
        ("game:bloodborne", "released_on", "platform:ps4"),
        ("game:bloodborne", "directed_by", "person:hidetaka_miyazaki"),
        ("game:bloodborne", "has_genre", "genre:action_rpg"),
        # Halo: Combat Evolved
        ("game:halo_ce", "developed_by", "company:bungie"),
        ("game:halo_ce", "published_by", "company:microsoft_game_studios"),
        ("game:halo_ce", "released_on", "platform:xbox"),
        ("game:halo_ce", "music_by", "person:martin_odonnell"),
        ("game:halo_ce", "has_genre", "genre:fps"),
        ("game:halo_ce", "in_series", "series:halo"),
        # The Witcher 3
        ("game:witcher_3", "developed_by", "company:cd_projekt_red"),
        ("game:witcher_3", "released_on", "platform:ps4"),
        ("game:witcher_3", "released_on", "platform:xbox_one"),
        ("game:witcher_3", "released_on", "platform:windows"),
        ("game:witcher_3", "music_by", "person:marcin_przybylowicz"),
        ("game:witcher_3", "directed_by", "person:konrad_tomaszkiewicz"),
        ("game:witcher_3", "has_genre", "genre:action_rpg"),
        ("game:witcher_3", "in_series", "series:witcher"),
        # Hollow Knight
        ("game:hollow_knight", "developed_by", "company:team_cherry"),
        ("game:hollow_knight", "published_by", "company:team_cherry"),
        ("game:hollow_knight", "released_on", "platform:windows"),
        ("game:hollow_knight", "released_on", "platform:switch"),
        ("game:hollow_knight", "music_by", "person:christopher_larkin"),
        ("game:hollow_knight", "has_genre", "genre:metroidvania"),
    ]
    ratings = [
        ("user:ana", "game:ocarina_of_time", 5.0),
        ("user:ana", "game:breath_of_the_wild", 4.5),
        ("user:ana", "game:super_mario_64", 4.0),
        ("user:ana", "game:dark_souls", 2.0),
        ("user:ana", "game:hollow_knight", 3.5),
        ("user:ben", "game:dark_souls", 5.0),
        ("user:ben", "game:bloodborne", 4.5),
        ("user:ben", "game:halo_ce", 3.0),
        ("user:ben", "game:half_life_2", 4.0),
        ("user:chloe", "game:final_fantasy_vii", 5.0),
        ("user:chloe", "game:final_fantasy_x", 2.5),
        ("user:chloe", "game:chrono_trigger", 4.0),
        ("user:chloe", "game:witcher_3", 3.0),
        ("user:dev", "game:metal_gear_solid", 4.5),
        ("user:dev", "game:death_stranding", 1.5),
        ("user:dev", "game:portal_2", 5.0),
        ("user:dev", "game:halo_ce", 4.0),
        ("user:emi", "game:hollow_knight", 5.0),
        ("user:emi", "game:elden_ring", 3.0),
        ("user:emi", "game:super_mario_64", 2.0),
        ("user:emi", "game:witcher_3", 4.5),
    ]
    r += [(u, "rated", i, {"rating": s}) for u, i, s in ratings]
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind51")


if __name__ == "__main__":
    g = build()
    print(g.num_triples, g.num_entities)
