"""blind275: a small graph of branded spice blends and seasonings.

Items are spice blends / seasonings (type "spice"); `year` is the year the
blend was created or first sold.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("spice",)),
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created",
                 domain=("spice",), range=("person",)),
    kgx.Relation("made_by", phrase="is made by", inverse_phrase="makes",
                 domain=("spice",), range=("company",)),
    kgx.Relation("originated_in", phrase="originated in", inverse_phrase="is the birthplace of",
                 domain=("spice",), range=("city", "state", "country")),
    kgx.Relation("kind_of", phrase="is a kind of", inverse_phrase="includes",
                 domain=("spice",), range=("category",)),
    kgx.Relation("contains", phrase="contains", inverse_phrase="is an ingredient of",
                 domain=("spice",), range=("ingredient",)),
]

_ITEMS = [
    # id, label, year, aliases
    ("old_bay", "Old Bay Seasoning", 1939, ("Old Bay",)),
    ("lawrys", "Lawry's Seasoned Salt", 1938, ()),
    ("tony_chacheres", "Tony Chachere's Original Creole Seasoning", 1972, ("Tony Chachere's",)),
    ("tajin", "Tajín Clásico", 1985, ("Tajín",)),
    ("vegeta", "Vegeta", 1959, ()),
    ("aromat", "Aromat", 1953, ()),
    ("bells", "Bell's Seasoning", 1867, ()),
    ("colmans", "Colman's Mustard Powder", 1814, ()),
    ("ebtb", "Everything but the Bagel Sesame Seasoning Blend", 2017, ("Everything but the Bagel",)),
    ("mrs_dash", "Mrs. Dash Original Blend", 1983, ("Mrs. Dash",)),
    ("yagenbori", "Yagenbori Shichimi", 1625, ()),
    ("yawataya", "Yawataya Isogoro Shichimi", 1736, ()),
    ("sb_curry", "S&B Curry Powder", 1923, ()),
    ("cavenders", "Cavender's All Purpose Greek Seasoning", 1969, ("Cavender's",)),
    ("gebhardt", "Gebhardt Chili Powder", 1896, ()),
]

_ATTRS = {
    "person": {
        "gustav_brunn": "Gustav Brunn",
        "lawrence_frank": "Lawrence L. Frank",
        "tony_chachere": "Tony Chachere",
        "horacio_fernandez": "Horacio Fernández",
        "zlata_bartl": "Zlata Bartl",
        "william_bell": "William G. Bell",
        "jeremiah_colman": "Jeremiah Colman",
        "minezo_yamazaki": "Minezo Yamazaki",
        "william_gebhardt": "William Gebhardt",
    },
    "company": {
        "mccormick": "McCormick",
        "tony_chacheres_creole_foods": "Tony Chachere's Creole Foods",
        "empresas_tajin": "Empresas Tajín",
        "podravka": "Podravka",
        "knorr": "Knorr",
        "brady_enterprises": "Brady Enterprises",
        "unilever": "Unilever",
        "trader_joes": "Trader Joe's",
        "bg_foods": "B&G Foods",
        "sb_foods": "S&B Foods",
    },
    "city": {
        "baltimore": "Baltimore",
        "beverly_hills": "Beverly Hills",
        "opelousas": "Opelousas",
        "koprivnica": "Koprivnica",
        "boston": "Boston",
        "norwich": "Norwich",
        "tokyo": "Tokyo",
        "nagano": "Nagano",
        "harrison": "Harrison, Arkansas",
        "new_braunfels": "New Braunfels",
    },
    "state": {"jalisco": "Jalisco"},
    "country": {"switzerland": "Switzerland"},
    "category": {
        "seafood_seasoning": "seafood seasoning",
        "seasoned_salt": "seasoned salt",
        "creole_seasoning": "Creole seasoning",
        "chili_lime_seasoning": "chili-lime seasoning",
        "all_purpose_seasoning": "all-purpose seasoning",
        "poultry_seasoning": "poultry seasoning",
        "mustard_powder": "mustard powder",
        "everything_bagel_seasoning": "everything bagel seasoning",
        "salt_free_seasoning": "salt-free seasoning",
        "shichimi_togarashi": "shichimi togarashi",
        "curry_powder": "curry powder",
        "greek_seasoning": "Greek seasoning",
        "chili_powder": "chili powder",
    },
    "ingredient": {
        "salt": "salt",
        "sea_salt": "sea salt",
        "celery_salt": "celery salt",
        "paprika": "paprika",
        "black_pepper": "black pepper",
        "red_pepper": "red pepper",
        "chili_pepper": "chili pepper",
        "garlic": "garlic",
        "onion": "onion",
        "sugar": "sugar",
        "turmeric": "turmeric",
        "carrot": "carrot",
        "parsnip": "parsnip",
        "parsley": "parsley",
        "rosemary": "rosemary",
        "oregano": "oregano",
        "sage": "sage",
        "ginger": "ginger",
        "marjoram": "marjoram",
        "thyme": "thyme",
        "mustard_seed": "mustard seed",
        "sesame_seed": "sesame seed",
        "poppy_seed": "poppy seed",
        "sansho": "sansho pepper",
        "hemp_seed": "hemp seed",
        "mandarin_peel": "dried mandarin peel",
        "perilla": "perilla",
        "coriander": "coriander",
        "fenugreek": "fenugreek",
        "cumin": "cumin",
        "lime": "lime",
    },
}

_PREFIX = {"person": "person", "company": "company", "city": "place", "state": "place",
           "country": "place", "category": "kind", "ingredient": "ingredient"}

_FACTS = {
    "old_bay": {"created_by": ["gustav_brunn"], "made_by": ["mccormick"], "originated_in": ["baltimore"],
                "kind_of": ["seafood_seasoning"],
                "contains": ["celery_salt", "paprika", "black_pepper", "red_pepper"]},
    "lawrys": {"created_by": ["lawrence_frank"], "made_by": ["mccormick"], "originated_in": ["beverly_hills"],
               "kind_of": ["seasoned_salt"],
               "contains": ["salt", "sugar", "paprika", "turmeric", "onion", "garlic"]},
    "tony_chacheres": {"created_by": ["tony_chachere"], "made_by": ["tony_chacheres_creole_foods"],
                       "originated_in": ["opelousas"], "kind_of": ["creole_seasoning"],
                       "contains": ["salt", "red_pepper", "black_pepper", "garlic"]},
    "tajin": {"created_by": ["horacio_fernandez"], "made_by": ["empresas_tajin"], "originated_in": ["jalisco"],
              "kind_of": ["chili_lime_seasoning"], "contains": ["chili_pepper", "sea_salt", "lime"]},
    "vegeta": {"created_by": ["zlata_bartl"], "made_by": ["podravka"], "originated_in": ["koprivnica"],
               "kind_of": ["all_purpose_seasoning"], "contains": ["salt", "carrot", "parsnip", "parsley"]},
    "aromat": {"made_by": ["knorr"], "originated_in": ["switzerland"], "kind_of": ["all_purpose_seasoning"],
               "contains": ["salt"]},
    "bells": {"created_by": ["william_bell"], "made_by": ["brady_enterprises"], "originated_in": ["boston"],
              "kind_of": ["poultry_seasoning"],
              "contains": ["rosemary", "oregano", "sage", "ginger", "marjoram", "thyme", "black_pepper"]},
    "colmans": {"created_by": ["jeremiah_colman"], "made_by": ["unilever"], "originated_in": ["norwich"],
                "kind_of": ["mustard_powder"], "contains": ["mustard_seed", "turmeric"]},
    "ebtb": {"made_by": ["trader_joes"], "kind_of": ["everything_bagel_seasoning"],
             "contains": ["sesame_seed", "poppy_seed", "garlic", "onion", "sea_salt"]},
    "mrs_dash": {"made_by": ["bg_foods"], "kind_of": ["salt_free_seasoning"],
                 "contains": ["onion", "garlic", "black_pepper", "parsley", "carrot"]},
    "yagenbori": {"originated_in": ["tokyo"], "kind_of": ["shichimi_togarashi"],
                  "contains": ["chili_pepper", "sansho", "sesame_seed", "poppy_seed", "hemp_seed",
                               "mandarin_peel"]},
    "yawataya": {"originated_in": ["nagano"], "kind_of": ["shichimi_togarashi"],
                 "contains": ["chili_pepper", "ginger", "sansho", "sesame_seed", "mandarin_peel", "hemp_seed",
                              "perilla"]},
    "sb_curry": {"created_by": ["minezo_yamazaki"], "made_by": ["sb_foods"], "originated_in": ["tokyo"],
                 "kind_of": ["curry_powder"], "contains": ["turmeric", "coriander", "fenugreek", "cumin"]},
    "cavenders": {"originated_in": ["harrison"], "kind_of": ["greek_seasoning"],
                  "contains": ["salt", "black_pepper", "oregano", "garlic"]},
    "gebhardt": {"created_by": ["william_gebhardt"], "made_by": ["bg_foods"], "originated_in": ["new_braunfels"],
                 "kind_of": ["chili_powder"], "contains": ["chili_pepper", "cumin", "oregano", "garlic"]},
}

_RATINGS = {
    "ana": {"old_bay": 5.0, "tajin": 4.5, "vegeta": 2.0, "bells": 3.5},
    "ben": {"lawrys": 4.0, "colmans": 1.5, "sb_curry": 5.0, "yagenbori": 3.0},
    "chen": {"yawataya": 4.5, "ebtb": 2.0, "gebhardt": 4.0, "aromat": 1.0},
    "dara": {"tony_chacheres": 5.0, "mrs_dash": 1.5, "cavenders": 4.0, "old_bay": 2.5},
    "emil": {"vegeta": 4.5, "tajin": 1.0, "sb_curry": 3.5, "colmans": 4.0},
}

_TAIL_PREFIX = {"created_by": "person", "made_by": "company", "originated_in": "place",
                "kind_of": "kind", "contains": "ingredient"}


def entities():
    out = []
    for slug, label, year, aliases in _ITEMS:
        out.append(kgx.Entity(f"spice:{slug}", kind="item", type="spice", label=label,
                              aliases=aliases, attrs={"year": year}))
    for typ, members in _ATTRS.items():
        for slug, label in members.items():
            out.append(kgx.Entity(f"{_PREFIX[typ]}:{slug}", kind="attribute", type=typ, label=label))
    for name in _RATINGS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"spice:{slug}", rel, f"{_TAIL_PREFIX[rel]}:{t}"))
    for name, ratings in _RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{name}", "rated", f"spice:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind275")
