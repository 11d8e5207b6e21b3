"""A small graph of real video game designers (blind350).

Items are designers; the ``year`` attribute is the designer's year of birth.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("designer",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("designer",), range=("city",)),
    kgx.Relation("created", phrase="created", inverse_phrase="was created by",
                 domain=("designer",), range=("game",)),
    kgx.Relation("worked_at", phrase="worked at", inverse_phrase="employed",
                 domain=("designer",), range=("company",)),
    kgx.Relation("founded", phrase="founded", inverse_phrase="was founded by",
                 domain=("designer",), range=("company",)),
    kgx.Relation("specializes_in", phrase="specializes in", inverse_phrase="is a specialty of",
                 domain=("designer",), range=("genre",)),
    kgx.Relation("inspired_by", phrase="was inspired by", inverse_phrase="inspired",
                 domain=("designer",), range=("designer",)),
]

# slug, label, birth year, birthplace, nationality-free facts
DESIGNERS = [
    ("shigeru_miyamoto", "Shigeru Miyamoto", 1952),
    ("hideo_kojima", "Hideo Kojima", 1963),
    ("sid_meier", "Sid Meier", 1954),
    ("will_wright", "Will Wright", 1960),
    ("john_romero", "John Romero", 1967),
    ("hidetaka_miyazaki", "Hidetaka Miyazaki", 1974),
    ("richard_garriott", "Richard Garriott", 1961),
    ("peter_molyneux", "Peter Molyneux", 1959),
    ("yu_suzuki", "Yu Suzuki", 1958),
    ("hironobu_sakaguchi", "Hironobu Sakaguchi", 1962),
    ("yuji_horii", "Yuji Horii", 1954),
    ("toru_iwatani", "Toru Iwatani", 1955),
    ("tomohiro_nishikado", "Tomohiro Nishikado", 1944),
    ("warren_spector", "Warren Spector", 1955),
    ("ken_levine", "Ken Levine", 1966),
    ("fumito_ueda", "Fumito Ueda", 1970),
    ("roberta_williams", "Roberta Williams", 1953),
]

CITIES = {
    "sonobe": "Sonobe", "tokyo": "Tokyo", "sarnia": "Sarnia", "atlanta": "Atlanta",
    "colorado_springs": "Colorado Springs", "shizuoka": "Shizuoka", "cambridge": "Cambridge",
    "guildford": "Guildford", "kamaishi": "Kamaishi", "hitachi": "Hitachi", "sumoto": "Sumoto",
    "osaka": "Osaka", "new_york_city": "New York City", "tatsuno": "Tatsuno", "la_verne": "La Verne",
}

GAMES = {
    "donkey_kong": "Donkey Kong", "super_mario_bros": "Super Mario Bros.",
    "the_legend_of_zelda": "The Legend of Zelda", "metal_gear": "Metal Gear",
    "death_stranding": "Death Stranding", "civilization": "Civilization", "pirates": "Pirates!",
    "simcity": "SimCity", "the_sims": "The Sims", "spore": "Spore", "doom": "Doom",
    "wolfenstein_3d": "Wolfenstein 3D", "quake": "Quake", "dark_souls": "Dark Souls",
    "bloodborne": "Bloodborne", "elden_ring": "Elden Ring", "ultima": "Ultima",
    "populous": "Populous", "black_and_white": "Black & White", "dungeon_keeper": "Dungeon Keeper",
    "out_run": "Out Run", "virtua_fighter": "Virtua Fighter", "shenmue": "Shenmue",
    "final_fantasy": "Final Fantasy", "dragon_quest": "Dragon Quest",
    "portopia": "The Portopia Serial Murder Case", "pac_man": "Pac-Man",
    "space_invaders": "Space Invaders", "deus_ex": "Deus Ex", "bioshock": "BioShock",
    "ico": "Ico", "shadow_of_the_colossus": "Shadow of the Colossus",
    "kings_quest": "King's Quest", "mystery_house": "Mystery House",
}

COMPANIES = {
    "nintendo": "Nintendo", "konami": "Konami", "kojima_productions": "Kojima Productions",
    "microprose": "MicroProse", "firaxis_games": "Firaxis Games", "maxis": "Maxis",
    "id_software": "id Software", "ion_storm": "Ion Storm", "fromsoftware": "FromSoftware",
    "origin_systems": "Origin Systems", "bullfrog_productions": "Bullfrog Productions",
    "lionhead_studios": "Lionhead Studios", "sega": "Sega", "ys_net": "Ys Net", "square": "Square",
    "mistwalker": "Mistwalker", "namco": "Namco", "taito": "Taito",
    "junction_point_studios": "Junction Point Studios", "irrational_games": "Irrational Games",
    "sony_computer_entertainment": "Sony Computer Entertainment", "gendesign": "genDESIGN",
    "sierra_on_line": "Sierra On-Line",
}

GENRES = {
    "platformer": "Platformer", "action_adventure": "Action-adventure game",
    "stealth": "Stealth game", "strategy": "Strategy game", "simulation": "Simulation game",
    "first_person_shooter": "First-person shooter", "action_rpg": "Action role-playing game",
    "rpg": "Role-playing game", "god_game": "God game", "racing": "Racing game",
    "fighting": "Fighting game", "maze": "Maze game", "shoot_em_up": "Shoot 'em up",
    "immersive_sim": "Immersive sim", "adventure": "Adventure game",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = {
    "shigeru_miyamoto": {
        "born_in": ["sonobe"], "created": ["donkey_kong", "super_mario_bros", "the_legend_of_zelda"],
        "worked_at": ["nintendo"], "specializes_in": ["platformer", "action_adventure"],
    },
    "hideo_kojima": {
        "born_in": ["tokyo"], "created": ["metal_gear", "death_stranding"], "worked_at": ["konami"],
        "founded": ["kojima_productions"], "specializes_in": ["stealth"],
        "inspired_by": ["yuji_horii", "shigeru_miyamoto"],
    },
    "sid_meier": {
        "born_in": ["sarnia"], "created": ["civilization", "pirates"],
        "founded": ["microprose", "firaxis_games"], "specializes_in": ["strategy"],
    },
    "will_wright": {
        "born_in": ["atlanta"], "created": ["simcity", "the_sims", "spore"], "founded": ["maxis"],
        "specializes_in": ["simulation"],
    },
    "john_romero": {
        "born_in": ["colorado_springs"], "created": ["doom", "wolfenstein_3d", "quake"],
        "founded": ["id_software", "ion_storm"], "specializes_in": ["first_person_shooter"],
    },
    "hidetaka_miyazaki": {
        "born_in": ["shizuoka"], "created": ["dark_souls", "bloodborne", "elden_ring"],
        "worked_at": ["fromsoftware"], "specializes_in": ["action_rpg"], "inspired_by": ["fumito_ueda"],
    },
    "richard_garriott": {
        "born_in": ["cambridge"], "created": ["ultima"], "founded": ["origin_systems"],
        "specializes_in": ["rpg"],
    },
    "peter_molyneux": {
        "born_in": ["guildford"], "created": ["populous", "black_and_white", "dungeon_keeper"],
        "founded": ["bullfrog_productions", "lionhead_studios"], "specializes_in": ["god_game"],
    },
    "yu_suzuki": {
        "born_in": ["kamaishi"], "created": ["out_run", "virtua_fighter", "shenmue"],
        "worked_at": ["sega"], "founded": ["ys_net"], "specializes_in": ["racing", "fighting"],
    },
    "hironobu_sakaguchi": {
        "born_in": ["hitachi"], "created": ["final_fantasy"], "worked_at": ["square"],
        "founded": ["mistwalker"], "specializes_in": ["rpg"],
    },
    "yuji_horii": {
        "born_in": ["sumoto"], "created": ["dragon_quest", "portopia"], "specializes_in": ["rpg"],
    },
    "toru_iwatani": {
        "born_in": ["tokyo"], "created": ["pac_man"], "worked_at": ["namco"], "specializes_in": ["maze"],
    },
    "tomohiro_nishikado": {
        "born_in": ["osaka"], "created": ["space_invaders"], "worked_at": ["taito"],
        "specializes_in": ["shoot_em_up"],
    },
    "warren_spector": {
        "born_in": ["new_york_city"], "created": ["deus_ex"], "worked_at": ["origin_systems", "ion_storm"],
        "founded": ["junction_point_studios"], "specializes_in": ["immersive_sim"],
    },
    "ken_levine": {
        "born_in": ["new_york_city"], "created": ["bioshock"], "founded": ["irrational_games"],
        "specializes_in": ["first_person_shooter"],
    },
    "fumito_ueda": {
        "born_in": ["tatsuno"], "created": ["ico", "shadow_of_the_colossus"],
        "worked_at": ["sony_computer_entertainment"], "founded": ["gendesign"],
        "specializes_in": ["action_adventure"],
    },
    "roberta_williams": {
        "born_in": ["la_verne"], "created": ["kings_quest", "mystery_house"], "founded": ["sierra_on_line"],
        "specializes_in": ["adventure"],
    },
}

RATINGS = {
    "ana": [("shigeru_miyamoto", 5.0), ("hideo_kojima", 4.5), ("will_wright", 2.0), ("sid_meier", 3.5)],
    "ben": [("john_romero", 4.0), ("ken_levine", 1.5), ("warren_spector", 3.0), ("hidetaka_miyazaki", 5.0)],
    "chen": [("hironobu_sakaguchi", 4.5), ("yuji_horii", 4.0), ("richard_garriott", 2.5), ("peter_molyneux", 1.0)],
    "dara": [("toru_iwatani", 5.0), ("tomohiro_nishikado", 3.0), ("yu_suzuki", 4.0), ("fumito_ueda", 2.0)],
    "emil": [("roberta_williams", 4.5), ("shigeru_miyamoto", 3.5), ("hideo_kojima", 1.5), ("will_wright", 5.0)],
}

_TAIL_PREFIX = {
    "born_in": "city", "created": "game", "worked_at": "company", "founded": "company",
    "specializes_in": "genre", "inspired_by": "designer",
}


def entities():
    out = [kgx.Entity(f"designer:{s}", kind="item", type="designer", label=lab, attrs={"year": y})
           for s, lab, y in DESIGNERS]
    out += [kgx.Entity(f"city:{k}", kind="attribute", type="city", label=v) for k, v in CITIES.items()]
    out += [kgx.Entity(f"game:{k}", kind="attribute", type="game", label=v) for k, v in GAMES.items()]
    out += [kgx.Entity(f"company:{k}", kind="attribute", type="company", label=v) for k, v in COMPANIES.items()]
    out += [kgx.Entity(f"genre:{k}", kind="attribute", type="genre", label=v) for k, v in GENRES.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"designer:{slug}", rel, f"{_TAIL_PREFIX[rel]}:{t}"))
    for u, rs in RATINGS.items():
        for slug, r in rs:
            out.append((f"user:{u}", "rated", f"designer:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind350")
