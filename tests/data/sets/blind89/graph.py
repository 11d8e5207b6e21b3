"""blind89: a small video games graph (games, studios, publishers, people, genres, series)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("game",)),
    kgx.Relation("developed_by", phrase="was developed by", inverse_phrase="developed",
                 domain=("game",), range=("company",)),
    kgx.Relation("published_by", phrase="was published by", inverse_phrase="published",
                 domain=("game",), range=("company",)),
    kgx.Relation("directed_by", phrase="was directed by", inverse_phrase="directed",
                 domain=("game",), range=("person",)),
    kgx.Relation("music_by", phrase="has music by", inverse_phrase="composed the music for",
                 domain=("game",), range=("person",)),
    kgx.Relation("has_genre", phrase="is a", inverse_phrase="is the genre of",
                 domain=("game",), range=("genre",)),
    kgx.Relation("part_of_series", phrase="is part of", inverse_phrase="includes",
                 domain=("game",), range=("series",)),
]

# (slug, label, year of first release)
GAMES = [
    ("super_mario_64", "Super Mario 64", 1996),
    ("ocarina_of_time", "The Legend of Zelda: Ocarina of Time", 1998),
    ("breath_of_the_wild", "The Legend of Zelda: Breath of the Wild", 2017),
    ("half_life", "Half-Life", 1998),
    ("half_life_2", "Half-Life 2", 2004),
    ("portal", "Portal", 2007),
    ("portal_2", "Portal 2", 2011),
    ("metal_gear_solid", "Metal Gear Solid", 1998),
    ("death_stranding", "Death Stranding", 2019),
    ("final_fantasy_vi", "Final Fantasy VI", 1994),
    ("final_fantasy_vii", "Final Fantasy VII", 1997),
    ("chrono_trigger", "Chrono Trigger", 1995),
    ("minecraft", "Minecraft", 2011),
    ("doom", "Doom", 1993),
    ("quake", "Quake", 1996),
    ("witcher_3", "The Witcher 3: Wild Hunt", 2015),
    ("dark_souls", "Dark Souls", 2011),
    ("elden_ring", "Elden Ring", 2022),
]

COMPANIES = [
    ("nintendo", "Nintendo", ()),
    ("nintendo_ead", "Nintendo EAD", ()),
    ("nintendo_epd", "Nintendo EPD", ()),
    ("valve", "Valve", ("Valve Corporation",)),
    ("sierra", "Sierra Studios", ("Sierra",)),
    ("konami", "Konami", ()),
    ("kcej", "Konami Computer Entertainment Japan", ()),
    ("kojima_productions", "Kojima Productions", ()),
    ("sony_ie", "Sony Interactive Entertainment", ()),
    ("square", "Square", ()),
    ("mojang", "Mojang Studios", ("Mojang",)),
    ("id_software", "id Software", ()),
    ("gt_interactive", "GT Interactive", ()),
    ("cd_projekt_red", "CD Projekt Red", ()),
    ("cd_projekt", "CD Projekt", ()),
    ("fromsoftware", "FromSoftware", ()),
    ("bandai_namco", "Bandai Namco Entertainment", ("Namco Bandai Games",)),
]

PEOPLE = [
    ("shigeru_miyamoto", "Shigeru Miyamoto"),
    ("hidemaro_fujibayashi", "Hidemaro Fujibayashi"),
    ("hideo_kojima", "Hideo Kojima"),
    ("yoshinori_kitase", "Yoshinori Kitase"),
    ("hiroyuki_ito", "Hiroyuki Ito"),
    ("hidetaka_miyazaki", "Hidetaka Miyazaki"),
    ("konrad_tomaszkiewicz", "Konrad Tomaszkiewicz"),
    ("koji_kondo", "Koji Kondo"),
    ("manaka_kataoka", "Manaka Kataoka"),
    ("kelly_bailey", "Kelly Bailey"),
    ("mike_morasky", "Mike Morasky"),
    ("ludvig_forssell", "Ludvig Forssell"),
    ("nobuo_uematsu", "Nobuo Uematsu"),
    ("yasunori_mitsuda", "Yasunori Mitsuda"),
    ("c418", "C418"),
    ("bobby_prince", "Bobby Prince"),
    ("trent_reznor", "Trent Reznor"),
    ("marcin_przybylowicz", "Marcin Przybyłowicz"),
    ("motoi_sakuraba", "Motoi Sakuraba"),
]

GENRES = [
    ("platformer", "Platformer"),
    ("action_adventure", "Action-adventure"),
    ("first_person_shooter", "First-person shooter"),
    ("puzzle_platformer", "Puzzle-platformer"),
    ("stealth", "Stealth"),
    ("action", "Action"),
    ("role_playing", "Role-playing game"),
    ("action_rpg", "Action role-playing game"),
    ("sandbox", "Sandbox"),
]

SERIES = [
    ("super_mario", "Super Mario series", ("Super Mario",)),
    ("zelda", "The Legend of Zelda series", ("The Legend of Zelda",)),
    ("half_life", "Half-Life series", ()),
    ("portal", "Portal series", ()),
    ("metal_gear", "Metal Gear series", ("Metal Gear",)),
    ("final_fantasy", "Final Fantasy series", ("Final Fantasy",)),
    ("doom", "Doom series", ()),
    ("quake", "Quake series", ()),
    ("the_witcher", "The Witcher series", ()),
    ("dark_souls", "Dark Souls series", ()),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

# game slug -> facts
FACTS = {
    "super_mario_64": dict(dev="nintendo_ead", pub="nintendo", director=["shigeru_miyamoto"],
                           music=["koji_kondo"], genre=["platformer"], series="super_mario"),
    "ocarina_of_time": dict(dev="nintendo_ead", pub="nintendo", director=[],
                            music=["koji_kondo"], genre=["action_adventure"], series="zelda"),
    "breath_of_the_wild": dict(dev="nintendo_epd", pub="nintendo", director=["hidemaro_fujibayashi"],
                               music=["manaka_kataoka"], genre=["action_adventure"], series="zelda"),
    "half_life": dict(dev="valve", pub="sierra", director=[],
                      music=["kelly_bailey"], genre=["first_person_shooter"], series="half_life"),
    "half_life_2": dict(dev="valve", pub="valve", director=[],
                        music=["kelly_bailey"], genre=["first_person_shooter"], series="half_life"),
    "portal": dict(dev="valve", pub="valve", director=[],
                   music=[], genre=["puzzle_platformer"], series="portal"),
    "portal_2": dict(dev="valve", pub="valve", director=[],
                     music=["mike_morasky"], genre=["puzzle_platformer"], series="portal"),
    "metal_gear_solid": dict(dev="kcej", pub="konami", director=["hideo_kojima"],
                             music=[], genre=["stealth", "action_adventure"], series="metal_gear"),
    "death_stranding": dict(dev="kojima_productions", pub="sony_ie", director=["hideo_kojima"],
                            music=["ludvig_forssell"], genre=["action"], series=None),
    "final_fantasy_vi": dict(dev="square", pub="square", director=["yoshinori_kitase", "hiroyuki_ito"],
                             music=["nobuo_uematsu"], genre=["role_playing"], series="final_fantasy"),
    "final_fantasy_vii": dict(dev="square", pub="square", director=["yoshinori_kitase"],
                              music=["nobuo_uematsu"], genre=["role_playing"], series="final_fantasy"),
    "chrono_trigger": dict(dev="square", pub="square", director=["yoshinori_kitase"],
                           music=["yasunori_mitsuda"], genre=["role_playing"], series=None),
    "minecraft": dict(dev="mojang", pub="mojang", director=[],
                      music=["c418"], genre=["sandbox"], series=None),
    "doom": dict(dev="id_software", pub="id_software", director=[],
                 music=["bobby_prince"], genre=["first_person_shooter"], series="doom"),
    "quake": dict(dev="id_software", pub="gt_interactive", director=[],
                  music=["trent_reznor"], genre=["first_person_shooter"], series="quake"),
    "witcher_3": dict(dev="cd_projekt_red", pub="cd_projekt", director=["konrad_tomaszkiewicz"],
                      music=["marcin_przybylowicz"], genre=["action_rpg"], series="the_witcher"),
    "dark_souls": dict(dev="fromsoftware", pub="bandai_namco", director=["hidetaka_miyazaki"],
                       music=["motoi_sakuraba"], genre=["action_rpg"], series="dark_souls"),
    "elden_ring": dict(dev="fromsoftware", pub="bandai_namco", director=["hidetaka_miyazaki"],
                       music=[], genre=["action_rpg"], series=None),
}

RATINGS = {
    "ana": [("super_mario_64", 5.0), ("ocarina_of_time", 4.5), ("breath_of_the_wild", 4.0), ("portal", 1.5)],
    "ben": [("half_life", 4.5), ("half_life_2", 5.0), ("doom", 4.0), ("minecraft", 2.0)],
    "chen": [("final_fantasy_vii", 5.0), ("final_fantasy_vi", 4.0), ("chrono_trigger", 4.5), ("quake", 1.0)],
    "dara": [("dark_souls", 4.5), ("elden_ring", 5.0), ("witcher_3", 3.0), ("death_stranding", 2.0)],
    "emil": [("metal_gear_solid", 4.0), ("death_stranding", 5.0), ("portal_2", 4.5), ("final_fantasy_vii", 1.5)],
}


def entities():
    out = []
    for slug, label, year in GAMES:
        out.append(kgx.Entity(f"game:{slug}", kind="item", type="game", label=label, attrs={"year": year}))
    for slug, label, aliases in COMPANIES:
        out.append(kgx.Entity(f"company:{slug}", kind="attribute", type="company", label=label, aliases=aliases))
    for slug, label in PEOPLE:
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in GENRES:
        out.append(kgx.Entity(f"genre:{slug}", kind="attribute", type="genre", label=label))
    for slug, label, aliases in SERIES:
        out.append(kgx.Entity(f"series:{slug}", kind="attribute", type="series", label=label, aliases=aliases))
    for name in USERS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, f in FACTS.items():
        g = f"game:{slug}"
        out.append((g, "developed_by", f"company:{f['dev']}"))
        out.append((g, "published_by", f"company:{f['pub']}"))
        for p in f["director"]:
            out.append((g, "directed_by", f"person:{p}"))
        for p in f["music"]:
            out.append((g, "music_by", f"person:{p}"))
        for ge in f["genre"]:
            out.append((g, "has_genre", f"genre:{ge}"))
        if f["series"]:
            out.append((g, "part_of_series", f"series:{f['series']}"))
    for name, rs in RATINGS.items():
        for slug, r in rs:
            out.append((f"user:{name}", "rated", f"game:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind89")
