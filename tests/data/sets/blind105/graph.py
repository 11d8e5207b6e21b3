"""A small dog breeds graph (blind105).

Item year = the year the American Kennel Club recognised the breed.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("breed",)),
    kgx.Relation("originated_in", phrase="originated in", inverse_phrase="is the homeland of",
                 domain=("breed",), range=("country",)),
    kgx.Relation("in_group", phrase="belongs to the", inverse_phrase="includes",
                 domain=("breed",), range=("group",)),
    kgx.Relation("bred_for", phrase="was bred for", inverse_phrase="is the original job of",
                 domain=("breed",), range=("purpose",)),
    kgx.Relation("developed_by", phrase="was developed by", inverse_phrase="developed",
                 domain=("breed",), range=("person",)),
    kgx.Relation("has_size", phrase="is classed as", inverse_phrase="is the size class of",
                 domain=("breed",), range=("size",)),
]

BREEDS = [
    # slug, label, AKC recognition year, aliases
    ("labrador_retriever", "Labrador Retriever", 1917, ("Labrador",)),
    ("golden_retriever", "Golden Retriever", 1925, ()),
    ("german_shepherd", "German Shepherd Dog", 1908, ("German Shepherd",)),
    ("doberman_pinscher", "Doberman Pinscher", 1908, ("Dobermann",)),
    ("beagle", "Beagle", 1885, ()),
    ("dachshund", "Dachshund", 1885, ()),
    ("border_collie", "Border Collie", 1995, ()),
    ("siberian_husky", "Siberian Husky", 1930, ()),
    ("chihuahua", "Chihuahua", 1904, ()),
    ("pembroke_welsh_corgi", "Pembroke Welsh Corgi", 1934, ()),
    ("shetland_sheepdog", "Shetland Sheepdog", 1911, ("Sheltie",)),
    ("bernese_mountain_dog", "Bernese Mountain Dog", 1937, ()),
    ("leonberger", "Leonberger", 2010, ()),
    ("bull_terrier", "Bull Terrier", 1885, ()),
    ("parson_russell_terrier", "Parson Russell Terrier", 1997, ()),
    ("shiba_inu", "Shiba Inu", 1992, ()),
    ("saint_bernard", "Saint Bernard", 1885, ("St. Bernard",)),
    ("plott_hound", "Plott Hound", 2006, ("Plott",)),
    ("alaskan_malamute", "Alaskan Malamute", 1935, ()),
]

ATTRIBUTES = [
    # countries
    ("country:united_kingdom", "country", "United Kingdom"),
    ("country:england", "country", "England"),
    ("country:scotland", "country", "Scotland"),
    ("country:wales", "country", "Wales"),
    ("country:germany", "country", "Germany"),
    ("country:switzerland", "country", "Switzerland"),
    ("country:russia", "country", "Russia"),
    ("country:mexico", "country", "Mexico"),
    ("country:japan", "country", "Japan"),
    ("country:united_states", "country", "United States"),
    # AKC groups
    ("group:sporting", "group", "Sporting Group"),
    ("group:hound", "group", "Hound Group"),
    ("group:working", "group", "Working Group"),
    ("group:terrier", "group", "Terrier Group"),
    ("group:toy", "group", "Toy Group"),
    ("group:non_sporting", "group", "Non-Sporting Group"),
    ("group:herding", "group", "Herding Group"),
    # purposes
    ("purpose:retrieving", "purpose", "Retrieving"),
    ("purpose:herding", "purpose", "Herding"),
    ("purpose:guarding", "purpose", "Guarding"),
    ("purpose:hunting", "purpose", "Hunting"),
    ("purpose:sled_pulling", "purpose", "Sled pulling"),
    ("purpose:companionship", "purpose", "Companionship"),
    ("purpose:mountain_rescue", "purpose", "Mountain rescue"),
    # people
    ("person:max_von_stephanitz", "person", "Max von Stephanitz"),
    ("person:louis_dobermann", "person", "Louis Dobermann"),
    ("person:lord_tweedmouth", "person", "Lord Tweedmouth"),
    ("person:heinrich_essig", "person", "Heinrich Essig"),
    ("person:james_hinks", "person", "James Hinks"),
    ("person:john_russell", "person", "John Russell"),
    ("person:johannes_plott", "person", "Johannes Plott"),
    # sizes
    ("size:small", "size", "Small"),
    ("size:medium", "size", "Medium"),
    ("size:large", "size", "Large"),
    ("size:giant", "size", "Giant"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"breed:{slug}", kind="item", type="breed", label=label,
                      aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in BREEDS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label)
            for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "labrador_retriever": {"originated_in": ["united_kingdom"], "in_group": ["sporting"],
                           "bred_for": ["retrieving"], "has_size": ["large"]},
    "golden_retriever": {"originated_in": ["scotland"], "in_group": ["sporting"],
                         "bred_for": ["retrieving"], "developed_by": ["lord_tweedmouth"],
                         "has_size": ["large"]},
    "german_shepherd": {"originated_in": ["germany"], "in_group": ["herding"],
                        "bred_for": ["herding"], "developed_by": ["max_von_stephanitz"],
                        "has_size": ["large"]},
    "doberman_pinscher": {"originated_in": ["germany"], "in_group": ["working"],
                          "bred_for": ["guarding"], "developed_by": ["louis_dobermann"],
                          "has_size": ["large"]},
    "beagle": {"originated_in": ["england"], "in_group": ["hound"], "bred_for": ["hunting"]},
    "dachshund": {"originated_in": ["germany"], "in_group": ["hound"], "bred_for": ["hunting"],
                  "has_size": ["small"]},
    "border_collie": {"originated_in": ["england", "scotland"], "in_group": ["herding"],
                      "bred_for": ["herding"], "has_size": ["medium"]},
    "siberian_husky": {"originated_in": ["russia"], "in_group": ["working"],
                       "bred_for": ["sled_pulling"], "has_size": ["medium"]},
    "chihuahua": {"originated_in": ["mexico"], "in_group": ["toy"],
                  "bred_for": ["companionship"], "has_size": ["small"]},
    "pembroke_welsh_corgi": {"originated_in": ["wales"], "in_group": ["herding"],
                             "bred_for": ["herding"]},
    "shetland_sheepdog": {"originated_in": ["scotland"], "in_group": ["herding"],
                          "bred_for": ["herding"]},
    "bernese_mountain_dog": {"originated_in": ["switzerland"], "in_group": ["working"],
                             "has_size": ["large"]},
    "leonberger": {"originated_in": ["germany"], "in_group": ["working"],
                   "developed_by": ["heinrich_essig"], "has_size": ["giant"]},
    "bull_terrier": {"originated_in": ["england"], "in_group": ["terrier"],
                     "developed_by": ["james_hinks"], "has_size": ["medium"]},
    "parson_russell_terrier": {"originated_in": ["england"], "in_group": ["terrier"],
                               "bred_for": ["hunting"], "developed_by": ["john_russell"],
                               "has_size": ["small"]},
    "shiba_inu": {"originated_in": ["japan"], "in_group": ["non_sporting"],
                  "bred_for": ["hunting"]},
    "saint_bernard": {"originated_in": ["switzerland"], "in_group": ["working"],
                      "bred_for": ["mountain_rescue"], "has_size": ["giant"]},
    "plott_hound": {"originated_in": ["united_states"], "in_group": ["hound"],
                    "bred_for": ["hunting"], "developed_by": ["johannes_plott"]},
    "alaskan_malamute": {"originated_in": ["united_states"], "in_group": ["working"],
                         "bred_for": ["sled_pulling"], "has_size": ["large"]},
}

PREFIX = {"originated_in": "country", "in_group": "group", "bred_for": "purpose",
          "developed_by": "person", "has_size": "size"}

RATINGS = {
    "ana": [("golden_retriever", 5.0), ("beagle", 4.0), ("chihuahua", 1.5), ("border_collie", 4.5)],
    "ben": [("siberian_husky", 4.5), ("dachshund", 2.0), ("german_shepherd", 5.0), ("saint_bernard", 3.0)],
    "chen": [("shiba_inu", 5.0), ("bull_terrier", 1.0), ("labrador_retriever", 4.0), ("leonberger", 3.5)],
    "dara": [("pembroke_welsh_corgi", 4.5), ("doberman_pinscher", 2.0), ("alaskan_malamute", 4.0),
             ("shetland_sheepdog", 0.5)],
    "emil": [("plott_hound", 4.0), ("bernese_mountain_dog", 5.0), ("parson_russell_terrier", 1.5),
             ("beagle", 3.0)],
}


def rows():
    out = []
    for slug, rels in FACTS.items():
        for rel, tails in rels.items():
            for t in tails:
                out.append((f"breed:{slug}", rel, f"{PREFIX[rel]}:{t}"))
    for user, pairs in RATINGS.items():
        for slug, r in pairs:
            out.append((f"user:{user}", "rated", f"breed:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind105")
