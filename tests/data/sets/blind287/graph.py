"""blind287: a small graph of modern wine grape crossings.

Each grape's ``year`` is the year the crossing was made.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("grape",)),
    kgx.Relation("bred_by", phrase="was bred by", inverse_phrase="bred",
                 domain=("grape",), range=("person",)),
    kgx.Relation("bred_at", phrase="was developed at", inverse_phrase="developed",
                 domain=("grape",), range=("institute",)),
    kgx.Relation("from_country", phrase="comes from", inverse_phrase="is the home country of",
                 domain=("grape",), range=("country",)),
    kgx.Relation("has_parent", phrase="descends from", inverse_phrase="is a parent of",
                 domain=("grape",), range=("variety", "grape")),
    kgx.Relation("berry_colour", phrase="has berries of the colour", inverse_phrase="is the berry colour of",
                 domain=("grape",), range=("colour",)),
]

# slug: (label, year, breeders, institute, country, colour, parents)
GRAPES = {
    "muller_thurgau": ("Müller-Thurgau", 1882, ["hermann_muller"], "geisenheim", "germany", "white",
                       ["variety:riesling", "variety:madeleine_royale"]),
    "scheurebe": ("Scheurebe", 1916, ["georg_scheu"], "alzey", "germany", "white",
                  ["variety:riesling", "variety:bukettrebe"]),
    "huxelrebe": ("Huxelrebe", 1927, ["georg_scheu"], "alzey", "germany", "white",
                  ["variety:elbling", "variety:courtiller_musque"]),
    "kerner": ("Kerner", 1929, ["august_herold"], "weinsberg", "germany", "white",
               ["variety:trollinger", "variety:riesling"]),
    "dornfelder": ("Dornfelder", 1955, ["august_herold"], "weinsberg", "germany", "red",
                   ["variety:helfensteiner", "variety:heroldrebe"]),
    "bacchus": ("Bacchus", 1933, ["peter_morio", "bernhard_husfeld"], "geilweilerhof", "germany", "white",
                ["grape:muller_thurgau"]),
    "zweigelt": ("Zweigelt", 1922, ["fritz_zweigelt"], "klosterneuburg", "austria", "red",
                 ["variety:blaufrankisch", "variety:st_laurent"]),
    "blauburger": ("Blauburger", 1923, ["fritz_zweigelt"], "klosterneuburg", "austria", "red",
                   ["variety:blauer_portugieser", "variety:blaufrankisch"]),
    "pinotage": ("Pinotage", 1925, ["abraham_perold"], "stellenbosch", "south_africa", "red",
                 ["variety:pinot_noir", "variety:cinsaut"]),
    "ruby_cabernet": ("Ruby Cabernet", 1936, ["harold_olmo"], "uc_davis", "united_states", "red",
                      ["variety:carignan", "variety:cabernet_sauvignon"]),
    "symphony": ("Symphony", 1948, ["harold_olmo"], "uc_davis", "united_states", "white",
                 ["variety:muscat_of_alexandria", "variety:grenache_gris"]),
    "marselan": ("Marselan", 1961, ["paul_truel"], "inra", "france", "red",
                 ["variety:cabernet_sauvignon", "variety:grenache"]),
    "caladoc": ("Caladoc", 1958, ["paul_truel"], "inra", "france", "red",
                ["variety:grenache", "variety:malbec"]),
    "regent": ("Regent", 1967, ["gerhardt_alleweldt"], "geilweilerhof", "germany", "red",
               ["variety:diana", "variety:chambourcin"]),
    "ortega": ("Ortega", 1948, ["hans_breider"], "lwg_bavaria", "germany", "white",
               ["grape:muller_thurgau", "variety:siegerrebe"]),
    "rieslaner": ("Rieslaner", 1921, ["august_ziegler"], "lwg_bavaria", "germany", "white",
                  ["variety:silvaner", "variety:riesling"]),
    "acolon": ("Acolon", 1971, ["bernd_hill"], "weinsberg", "germany", "red",
               ["variety:blaufrankisch", "grape:dornfelder"]),
}

PEOPLE = {
    "hermann_muller": "Hermann Müller",
    "georg_scheu": "Georg Scheu",
    "august_herold": "August Herold",
    "peter_morio": "Peter Morio",
    "bernhard_husfeld": "Bernhard Husfeld",
    "fritz_zweigelt": "Fritz Zweigelt",
    "abraham_perold": "Abraham Izak Perold",
    "harold_olmo": "Harold Olmo",
    "paul_truel": "Paul Truel",
    "gerhardt_alleweldt": "Gerhardt Alleweldt",
    "hans_breider": "Hans Breider",
    "august_ziegler": "August Ziegler",
    "bernd_hill": "Bernd Hill",
}

# slug: (label, aliases)
INSTITUTES = {
    "geisenheim": ("Geisenheim", ("Geisenheim Research Institute",)),
    "alzey": ("Alzey", ("Alzey State Institute for Vine Breeding",)),
    "weinsberg": ("Weinsberg", ("Weinsberg State Institute for Viticulture and Pomology",)),
    "geilweilerhof": ("Geilweilerhof", ("Geilweilerhof Institute for Grape Breeding",)),
    "klosterneuburg": ("Klosterneuburg", ("Klosterneuburg Federal Institute for Viticulture",)),
    "stellenbosch": ("Stellenbosch University", ("University of Stellenbosch",)),
    "uc_davis": ("UC Davis", ("University of California, Davis",)),
    "inra": ("INRA", ("French National Institute for Agricultural Research",)),
    "lwg_bavaria": ("Bavarian State Institute for Viticulture", ("LWG",)),
}

COUNTRIES = {
    "germany": "Germany",
    "austria": "Austria",
    "south_africa": "South Africa",
    "united_states": "United States",
    "france": "France",
}

VARIETIES = {
    "riesling": "Riesling",
    "madeleine_royale": "Madeleine Royale",
    "bukettrebe": "Bukettrebe",
    "elbling": "Elbling",
    "courtiller_musque": "Courtiller Musqué",
    "trollinger": "Trollinger",
    "helfensteiner": "Helfensteiner",
    "heroldrebe": "Heroldrebe",
    "blaufrankisch": "Blaufränkisch",
    "st_laurent": "St. Laurent",
    "blauer_portugieser": "Blauer Portugieser",
    "pinot_noir": "Pinot Noir",
    "cinsaut": "Cinsaut",
    "carignan": "Carignan",
    "cabernet_sauvignon": "Cabernet Sauvignon",
    "muscat_of_alexandria": "Muscat of Alexandria",
    "grenache_gris": "Grenache Gris",
    "grenache": "Grenache",
    "malbec": "Malbec",
    "diana": "Diana",
    "chambourcin": "Chambourcin",
    "siegerrebe": "Siegerrebe",
    "silvaner": "Silvaner",
}

COLOURS = {"red": "Red", "white": "White"}

USERS = ["ana", "ben", "chen", "dara", "emil"]

RATINGS = {
    "ana": {"pinotage": 5.0, "zweigelt": 4.0, "muller_thurgau": 2.0, "marselan": 4.5},
    "ben": {"dornfelder": 1.5, "scheurebe": 4.5, "ruby_cabernet": 3.0, "kerner": 4.0},
    "chen": {"regent": 5.0, "bacchus": 2.0, "symphony": 4.0, "caladoc": 3.5},
    "dara": {"acolon": 4.5, "ortega": 1.0, "rieslaner": 5.0, "blauburger": 3.0},
    "emil": {"huxelrebe": 4.0, "pinotage": 2.5, "zweigelt": 1.5, "marselan": 5.0},
}


def entities():
    out = []
    for slug, (label, year, *_rest) in GRAPES.items():
        out.append(kgx.Entity(f"grape:{slug}", kind="item", type="grape", label=label,
                              attrs={"year": year}))
    for slug, label in PEOPLE.items():
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, (label, aliases) in INSTITUTES.items():
        out.append(kgx.Entity(f"institute:{slug}", kind="attribute", type="institute", label=label,
                              aliases=aliases))
    for slug, label in COUNTRIES.items():
        out.append(kgx.Entity(f"country:{slug}", kind="attribute", type="country", label=label))
    for slug, label in VARIETIES.items():
        out.append(kgx.Entity(f"variety:{slug}", kind="attribute", type="variety", label=label))
    for slug, label in COLOURS.items():
        out.append(kgx.Entity(f"colour:{slug}", kind="attribute", type="colour", label=label))
    for name in USERS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, (_label, _year, breeders, inst, country, colour, parents) in GRAPES.items():
        gid = f"grape:{slug}"
        for b in breeders:
            out.append((gid, "bred_by", f"person:{b}"))
        out.append((gid, "bred_at", f"institute:{inst}"))
        out.append((gid, "from_country", f"country:{country}"))
        out.append((gid, "berry_colour", f"colour:{colour}"))
        for p in parents:
            out.append((gid, "has_parent", p))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"grape:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind287")
