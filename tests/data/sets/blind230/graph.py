"""blind230: a small graph of real sneaker models, their makers, designers and namesakes."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("sneaker",)),
    kgx.Relation("made_by", phrase="is made by", inverse_phrase="makes",
                 domain=("sneaker",), range=("brand",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("sneaker",), range=("designer",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="lent his name to",
                 domain=("sneaker",), range=("athlete",)),
    kgx.Relation("has_category", phrase="is a", inverse_phrase="is the category of",
                 domain=("sneaker",), range=("category",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns",
                 domain=("brand",), range=("brand", "company")),
    kgx.Relation("headquartered_in", phrase="is headquartered in", inverse_phrase="is home to",
                 domain=("brand", "company"), range=("city",)),
]

_SNEAKERS = [
    # slug, label, year (first release)
    ("converse_chuck_taylor_all_star", "Converse Chuck Taylor All Star", 1917),
    ("adidas_samba", "Adidas Samba", 1950),
    ("vans_authentic", "Vans Authentic", 1966),
    ("adidas_superstar", "Adidas Superstar", 1969),
    ("nike_cortez", "Nike Cortez", 1972),
    ("puma_clyde", "Puma Clyde", 1973),
    ("vans_old_skool", "Vans Old Skool", 1977),
    ("nike_air_force_1", "Nike Air Force 1", 1982),
    ("reebok_freestyle", "Reebok Freestyle", 1982),
    ("air_jordan_1", "Air Jordan 1", 1985),
    ("nike_dunk", "Nike Dunk", 1985),
    ("nike_air_max_1", "Nike Air Max 1", 1987),
    ("air_jordan_3", "Air Jordan III", 1988),
    ("new_balance_574", "New Balance 574", 1988),
    ("reebok_pump", "Reebok Pump", 1989),
    ("nike_air_max_90", "Nike Air Max 90", 1990),
    ("asics_gel_lyte_3", "Asics Gel-Lyte III", 1990),
    ("nike_air_huarache", "Nike Air Huarache", 1991),
    ("adidas_ultraboost", "Adidas Ultraboost", 2015),
]

_ATTRIBUTES = [
    # brands
    ("brand:nike", "brand", "Nike"),
    ("brand:adidas", "brand", "Adidas"),
    ("brand:puma", "brand", "Puma"),
    ("brand:reebok", "brand", "Reebok"),
    ("brand:converse", "brand", "Converse"),
    ("brand:vans", "brand", "Vans"),
    ("brand:new_balance", "brand", "New Balance"),
    ("brand:asics", "brand", "Asics"),
    # parent companies
    ("company:vf_corporation", "company", "VF Corporation"),
    ("company:authentic_brands_group", "company", "Authentic Brands Group"),
    # designers
    ("designer:tinker_hatfield", "designer", "Tinker Hatfield"),
    ("designer:peter_moore", "designer", "Peter Moore"),
    ("designer:bruce_kilgore", "designer", "Bruce Kilgore"),
    ("designer:bill_bowerman", "designer", "Bill Bowerman"),
    ("designer:paul_litchfield", "designer", "Paul Litchfield"),
    ("designer:shigeyuki_mitsui", "designer", "Shigeyuki Mitsui"),
    # athletes
    ("athlete:michael_jordan", "athlete", "Michael Jordan"),
    ("athlete:walt_frazier", "athlete", "Walt Frazier"),
    ("athlete:chuck_taylor", "athlete", "Chuck Taylor"),
    # categories
    ("category:basketball_shoe", "category", "basketball shoe"),
    ("category:running_shoe", "category", "running shoe"),
    ("category:skate_shoe", "category", "skate shoe"),
    ("category:football_shoe", "category", "football shoe"),
    ("category:aerobics_shoe", "category", "aerobics shoe"),
    # cities
    ("city:beaverton", "city", "Beaverton"),
    ("city:herzogenaurach", "city", "Herzogenaurach"),
    ("city:boston", "city", "Boston"),
    ("city:costa_mesa", "city", "Costa Mesa"),
    ("city:kobe", "city", "Kobe"),
    ("city:denver", "city", "Denver"),
    ("city:new_york_city", "city", "New York City"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"sneaker:{slug}", kind="item", type="sneaker", label=label,
                      attrs={"year": year}) for slug, label, year in _SNEAKERS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label)
            for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def _s(slug):
    return f"sneaker:{slug}"


def rows():
    r = []
    made = {
        "converse_chuck_taylor_all_star": "converse", "adidas_samba": "adidas",
        "vans_authentic": "vans", "adidas_superstar": "adidas", "nike_cortez": "nike",
        "puma_clyde": "puma", "vans_old_skool": "vans", "nike_air_force_1": "nike",
        "reebok_freestyle": "reebok", "air_jordan_1": "nike", "nike_dunk": "nike",
        "nike_air_max_1": "nike", "air_jordan_3": "nike", "new_balance_574": "new_balance",
        "reebok_pump": "reebok", "nike_air_max_90": "nike", "asics_gel_lyte_3": "asics",
        "nike_air_huarache": "nike", "adidas_ultraboost": "adidas",
    }
    r += [(_s(k), "made_by", f"brand:{v}") for k, v in made.items()]
    designed = {
        "nike_air_force_1": "bruce_kilgore", "air_jordan_1": "peter_moore",
        "nike_dunk": "peter_moore", "nike_air_max_1": "tinker_hatfield",
        "air_jordan_3": "tinker_hatfield", "nike_air_max_90": "tinker_hatfield",
        "nike_air_huarache": "tinker_hatfield", "nike_cortez": "bill_bowerman",
        "reebok_pump": "paul_litchfield", "asics_gel_lyte_3": "shigeyuki_mitsui",
    }
    r += [(_s(k), "designed_by", f"designer:{v}") for k, v in designed.items()]
    named = {
        "air_jordan_1": "michael_jordan", "air_jordan_3": "michael_jordan",
        "puma_clyde": "walt_frazier", "converse_chuck_taylor_all_star": "chuck_taylor",
    }
    r += [(_s(k), "named_after", f"athlete:{v}") for k, v in named.items()]
    category = {
        "converse_chuck_taylor_all_star": "basketball_shoe", "adidas_samba": "football_shoe",
        "vans_authentic": "skate_shoe", "adidas_superstar": "basketball_shoe",
        "nike_cortez": "running_shoe", "puma_clyde": "basketball_shoe",
        "vans_old_skool": "skate_shoe", "nike_air_force_1": "basketball_shoe",
        "reebok_freestyle": "aerobics_shoe", "air_jordan_1": "basketball_shoe",
        "nike_dunk": "basketball_shoe", "nike_air_max_1": "running_shoe",
        "air_jordan_3": "basketball_shoe", "new_balance_574": "running_shoe",
        "reebok_pump": "basketball_shoe", "nike_air_max_90": "running_shoe",
        "asics_gel_lyte_3": "running_shoe", "nike_air_huarache": "running_shoe",
        "adidas_ultraboost": "running_shoe",
    }
    r += [(_s(k), "has_category", f"category:{v}") for k, v in category.items()]
    r += [
        ("brand:converse", "owned_by", "brand:nike"),
        ("brand:vans", "owned_by", "company:vf_corporation"),
        ("brand:reebok", "owned_by", "company:authentic_brands_group"),
    ]
    r += [
        ("brand:nike", "headquartered_in", "city:beaverton"),
        ("brand:adidas", "headquartered_in", "city:herzogenaurach"),
        ("brand:puma", "headquartered_in", "city:herzogenaurach"),
        ("brand:reebok", "headquartered_in", "city:boston"),
        ("brand:converse", "headquartered_in", "city:boston"),
        ("brand:new_balance", "headquartered_in", "city:boston"),
        ("brand:vans", "headquartered_in", "city:costa_mesa"),
        ("brand:asics", "headquartered_in", "city:kobe"),
        ("company:vf_corporation", "headquartered_in", "city:denver"),
        ("company:authentic_brands_group", "headquartered_in", "city:new_york_city"),
    ]
    ratings = {
        "ana": [("nike_air_force_1", 5.0), ("air_jordan_1", 4.5), ("nike_cortez", 2.0),
                ("adidas_samba", 3.5)],
        "ben": [("nike_air_max_1", 4.0), ("nike_air_max_90", 5.0), ("adidas_ultraboost", 1.5),
                ("vans_old_skool", 3.0)],
        "chen": [("asics_gel_lyte_3", 4.5), ("new_balance_574", 4.0), ("reebok_pump", 2.5),
                 ("reebok_freestyle", 1.0)],
        "dara": [("vans_old_skool", 5.0), ("vans_authentic", 4.0),
                 ("converse_chuck_taylor_all_star", 4.5), ("adidas_superstar", 2.0)],
        "emil": [("air_jordan_3", 5.0), ("puma_clyde", 3.5), ("nike_dunk", 4.0),
                 ("nike_air_huarache", 1.0)],
    }
    for u, rs in ratings.items():
        r += [(f"user:{u}", "rated", _s(k), {"rating": v}) for k, v in rs]
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind230")
