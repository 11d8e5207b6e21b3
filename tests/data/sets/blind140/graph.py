"""A small graph of real newspaper comic strips (blind140)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("strip",)),
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created",
                 domain=("strip",), range=("cartoonist",)),
    kgx.Relation("syndicated_by", phrase="is syndicated by", inverse_phrase="syndicates",
                 domain=("strip",), range=("syndicate",)),
    kgx.Relation("has_genre", phrase="is a strip of the genre", inverse_phrase="is the genre of",
                 domain=("strip",), range=("genre",)),
    kgx.Relation("features", phrase="features", inverse_phrase="appears in",
                 domain=("strip",), range=("character",)),
    kgx.Relation("set_in", phrase="is set in", inverse_phrase="is the setting of",
                 domain=("strip",), range=("place",)),
]

STRIPS = [
    ("peanuts", "Peanuts", 1950),
    ("calvin_and_hobbes", "Calvin and Hobbes", 1985),
    ("garfield", "Garfield", 1978),
    ("the_far_side", "The Far Side", 1980),
    ("doonesbury", "Doonesbury", 1970),
    ("dilbert", "Dilbert", 1989),
    ("bloom_county", "Bloom County", 1980),
    ("krazy_kat", "Krazy Kat", 1913),
    ("little_nemo", "Little Nemo in Slumberland", 1905),
    ("thimble_theatre", "Thimble Theatre", 1919),
    ("blondie", "Blondie", 1930),
    ("beetle_bailey", "Beetle Bailey", 1950),
    ("pogo", "Pogo", 1948),
    ("lil_abner", "Li'l Abner", 1934),
    ("dick_tracy", "Dick Tracy", 1931),
    ("prince_valiant", "Prince Valiant", 1937),
    ("zits", "Zits", 1997),
    ("mafalda", "Mafalda", 1964),
]

ATTRIBUTES = [
    # cartoonists
    ("cartoonist:charles_schulz", "cartoonist", "Charles M. Schulz"),
    ("cartoonist:bill_watterson", "cartoonist", "Bill Watterson"),
    ("cartoonist:jim_davis", "cartoonist", "Jim Davis"),
    ("cartoonist:gary_larson", "cartoonist", "Gary Larson"),
    ("cartoonist:garry_trudeau", "cartoonist", "Garry Trudeau"),
    ("cartoonist:scott_adams", "cartoonist", "Scott Adams"),
    ("cartoonist:berkeley_breathed", "cartoonist", "Berkeley Breathed"),
    ("cartoonist:george_herriman", "cartoonist", "George Herriman"),
    ("cartoonist:winsor_mccay", "cartoonist", "Winsor McCay"),
    ("cartoonist:ec_segar", "cartoonist", "E. C. Segar"),
    ("cartoonist:chic_young", "cartoonist", "Chic Young"),
    ("cartoonist:mort_walker", "cartoonist", "Mort Walker"),
    ("cartoonist:walt_kelly", "cartoonist", "Walt Kelly"),
    ("cartoonist:al_capp", "cartoonist", "Al Capp"),
    ("cartoonist:chester_gould", "cartoonist", "Chester Gould"),
    ("cartoonist:hal_foster", "cartoonist", "Hal Foster"),
    ("cartoonist:jerry_scott", "cartoonist", "Jerry Scott"),
    ("cartoonist:jim_borgman", "cartoonist", "Jim Borgman"),
    ("cartoonist:quino", "cartoonist", "Quino"),
    # syndicates
    ("syndicate:united_feature", "syndicate", "United Feature Syndicate"),
    ("syndicate:universal_press", "syndicate", "Universal Press Syndicate"),
    ("syndicate:king_features", "syndicate", "King Features Syndicate"),
    ("syndicate:chronicle_features", "syndicate", "Chronicle Features"),
    ("syndicate:washington_post_writers_group", "syndicate", "Washington Post Writers Group"),
    ("syndicate:post_hall", "syndicate", "Post-Hall Syndicate"),
    ("syndicate:tribune_news", "syndicate", "Chicago Tribune New York News Syndicate"),
    # genres
    ("genre:humor", "genre", "Humor"),
    ("genre:political_satire", "genre", "Political satire"),
    ("genre:adventure", "genre", "Adventure"),
    ("genre:fantasy", "genre", "Fantasy"),
    ("genre:detective_fiction", "genre", "Detective fiction"),
    ("genre:workplace_comedy", "genre", "Workplace comedy"),
    ("genre:family_comedy", "genre", "Family comedy"),
    ("genre:military_humor", "genre", "Military humor"),
    ("genre:surreal_humor", "genre", "Surreal humor"),
    # characters
    ("character:charlie_brown", "character", "Charlie Brown"),
    ("character:snoopy", "character", "Snoopy"),
    ("character:susie_derkins", "character", "Susie Derkins"),
    ("character:jon_arbuckle", "character", "Jon Arbuckle"),
    ("character:odie", "character", "Odie"),
    ("character:zonker_harris", "character", "Zonker Harris"),
    ("character:dogbert", "character", "Dogbert"),
    ("character:opus", "character", "Opus"),
    ("character:ignatz_mouse", "character", "Ignatz Mouse"),
    ("character:flip", "character", "Flip"),
    ("character:popeye", "character", "Popeye"),
    ("character:olive_oyl", "character", "Olive Oyl"),
    ("character:dagwood_bumstead", "character", "Dagwood Bumstead"),
    ("character:sergeant_snorkel", "character", "Sergeant Snorkel"),
    ("character:albert_the_alligator", "character", "Albert the Alligator"),
    ("character:daisy_mae", "character", "Daisy Mae"),
    ("character:tess_trueheart", "character", "Tess Trueheart"),
    ("character:aleta", "character", "Aleta"),
    ("character:jeremy_duncan", "character", "Jeremy Duncan"),
    ("character:manolito", "character", "Manolito"),
    # places
    ("place:coconino_county", "place", "Coconino County"),
    ("place:slumberland", "place", "Slumberland"),
    ("place:camp_swampy", "place", "Camp Swampy"),
    ("place:okefenokee_swamp", "place", "Okefenokee Swamp"),
    ("place:dogpatch", "place", "Dogpatch"),
    ("place:buenos_aires", "place", "Buenos Aires"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"strip:{slug}", kind="item", type="strip", label=label, attrs={"year": year})
           for slug, label, year in STRIPS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "peanuts": {"created_by": ["charles_schulz"], "syndicated_by": ["united_feature"],
                "has_genre": ["humor"], "features": ["charlie_brown", "snoopy"]},
    "calvin_and_hobbes": {"created_by": ["bill_watterson"], "syndicated_by": ["universal_press"],
                          "has_genre": ["humor"], "features": ["susie_derkins"]},
    "garfield": {"created_by": ["jim_davis"], "syndicated_by": ["united_feature"],
                 "has_genre": ["humor"], "features": ["jon_arbuckle", "odie"]},
    "the_far_side": {"created_by": ["gary_larson"], "syndicated_by": ["chronicle_features"],
                     "has_genre": ["surreal_humor"]},
    "doonesbury": {"created_by": ["garry_trudeau"], "syndicated_by": ["universal_press"],
                   "has_genre": ["political_satire"], "features": ["zonker_harris"]},
    "dilbert": {"created_by": ["scott_adams"], "syndicated_by": ["united_feature"],
                "has_genre": ["workplace_comedy"], "features": ["dogbert"]},
    "bloom_county": {"created_by": ["berkeley_breathed"],
                     "syndicated_by": ["washington_post_writers_group"],
                     "has_genre": ["political_satire"], "features": ["opus"]},
    "krazy_kat": {"created_by": ["george_herriman"], "syndicated_by": ["king_features"],
                  "has_genre": ["surreal_humor"], "features": ["ignatz_mouse"],
                  "set_in": ["coconino_county"]},
    "little_nemo": {"created_by": ["winsor_mccay"], "has_genre": ["fantasy"],
                    "features": ["flip"], "set_in": ["slumberland"]},
    "thimble_theatre": {"created_by": ["ec_segar"], "syndicated_by": ["king_features"],
                        "has_genre": ["adventure"], "features": ["popeye", "olive_oyl"]},
    "blondie": {"created_by": ["chic_young"], "syndicated_by": ["king_features"],
                "has_genre": ["family_comedy"], "features": ["dagwood_bumstead"]},
    "beetle_bailey": {"created_by": ["mort_walker"], "syndicated_by": ["king_features"],
                      "has_genre": ["military_humor"], "features": ["sergeant_snorkel"],
                      "set_in": ["camp_swampy"]},
    "pogo": {"created_by": ["walt_kelly"], "syndicated_by": ["post_hall"],
             "has_genre": ["political_satire"], "features": ["albert_the_alligator"],
             "set_in": ["okefenokee_swamp"]},
    "lil_abner": {"created_by": ["al_capp"], "syndicated_by": ["united_feature"],
                  "has_genre": ["political_satire"], "features": ["daisy_mae"],
                  "set_in": ["dogpatch"]},
    "dick_tracy": {"created_by": ["chester_gould"], "syndicated_by": ["tribune_news"],
                   "has_genre": ["detective_fiction"], "features": ["tess_trueheart"]},
    "prince_valiant": {"created_by": ["hal_foster"], "syndicated_by": ["king_features"],
                       "has_genre": ["adventure"], "features": ["aleta"]},
    "zits": {"created_by": ["jerry_scott", "jim_borgman"], "syndicated_by": ["king_features"],
             "has_genre": ["family_comedy"], "features": ["jeremy_duncan"]},
    "mafalda": {"created_by": ["quino"], "has_genre": ["political_satire"],
                "features": ["manolito"], "set_in": ["buenos_aires"]},
}

_TAIL_PREFIX = {"created_by": "cartoonist", "syndicated_by": "syndicate", "has_genre": "genre",
                "features": "character", "set_in": "place"}

RATINGS = {
    "ana": [("peanuts", 5.0), ("calvin_and_hobbes", 4.5), ("dilbert", 2.0), ("krazy_kat", 3.5)],
    "ben": [("garfield", 4.0), ("dick_tracy", 1.5), ("the_far_side", 5.0), ("blondie", 3.0)],
    "chen": [("pogo", 4.5), ("doonesbury", 4.0), ("lil_abner", 2.5), ("zits", 1.0)],
    "dara": [("little_nemo", 5.0), ("prince_valiant", 4.0), ("beetle_bailey", 2.0), ("mafalda", 3.0)],
    "emil": [("bloom_county", 4.5), ("thimble_theatre", 3.5), ("calvin_and_hobbes", 1.0), ("peanuts", 4.0)],
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"strip:{slug}", rel, f"{_TAIL_PREFIX[rel]}:{tail}"))
    for user, rated in RATINGS.items():
        for slug, r in rated:
            out.append((f"user:{user}", "rated", f"strip:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind140")
