"""A small cat breeds knowledge graph (blind328)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("cat_breed",)),
    kgx.Relation("originated_in", phrase="originated in", inverse_phrase="is the country of origin of",
                 domain=("cat_breed",), range=("country",)),
    kgx.Relation("first_appeared_in", phrase="first appeared in", inverse_phrase="was the birthplace of",
                 domain=("cat_breed",), range=("place",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("cat_breed",), range=("person",)),
    kgx.Relation("has_coat", phrase="has the coat type", inverse_phrase="is the coat type of",
                 domain=("cat_breed",), range=("coat",)),
    kgx.Relation("has_feature", phrase="has", inverse_phrase="is a feature of",
                 domain=("cat_breed",), range=("feature",)),
    kgx.Relation("bred_from", phrase="was bred from", inverse_phrase="was used to breed",
                 domain=("cat_breed",), range=("ancestor", "cat_breed")),
]

# slug -> (label, year the breed began: first cat found or first cross made)
BREEDS = {
    "sphynx": ("Sphynx", 1966),
    "devon_rex": ("Devon Rex", 1960),
    "cornish_rex": ("Cornish Rex", 1950),
    "selkirk_rex": ("Selkirk Rex", 1987),
    "laperm": ("LaPerm", 1982),
    "scottish_fold": ("Scottish Fold", 1961),
    "ragdoll": ("Ragdoll", 1963),
    "munchkin": ("Munchkin", 1983),
    "american_curl": ("American Curl", 1981),
    "ocicat": ("Ocicat", 1964),
    "burmese": ("Burmese", 1930),
    "savannah": ("Savannah", 1986),
    "bengal": ("Bengal", 1963),
    "american_wirehair": ("American Wirehair", 1966),
    "nebelung": ("Nebelung", 1986),
    "peterbald": ("Peterbald", 1994),
    "don_sphynx": ("Don Sphynx", 1987),
    "serengeti": ("Serengeti", 1994),
}

ATTRIBUTES = {
    "country": {
        "canada": "Canada", "united_kingdom": "United Kingdom",
        "united_states": "United States", "russia": "Russia",
    },
    "place": {
        "toronto": "Toronto", "buckfastleigh": "Buckfastleigh", "cornwall": "Cornwall",
        "montana": "Montana", "the_dalles": "The Dalles", "perthshire": "Perthshire",
        "riverside": "Riverside", "rayville": "Rayville", "lakewood": "Lakewood",
        "berkley": "Berkley", "san_francisco": "San Francisco", "verona": "Verona",
        "denver": "Denver", "saint_petersburg": "Saint Petersburg",
        "rostov_on_don": "Rostov-on-Don",
    },
    "person": {
        "beryl_cox": "Beryl Cox", "nina_ennismore": "Nina Ennismore",
        "jeri_newman": "Jeri Newman", "linda_koehl": "Linda Koehl",
        "william_ross": "William Ross", "ann_baker": "Ann Baker",
        "sandra_hochenedel": "Sandra Hochenedel", "joe_ruga": "Joe Ruga",
        "grace_ruga": "Grace Ruga", "virginia_daly": "Virginia Daly",
        "joseph_thompson": "Joseph Thompson", "judee_frank": "Judee Frank",
        "jean_mill": "Jean Mill", "joan_oshea": "Joan O'Shea", "cora_cobb": "Cora Cobb",
        "olga_mironova": "Olga Mironova", "elena_kovaleva": "Elena Kovaleva",
        "karen_sausman": "Karen Sausman",
    },
    "coat": {
        "hairless": "hairless", "curly": "curly", "wiry": "wiry",
        "shorthair": "shorthair", "semi_longhair": "semi-longhair",
    },
    "feature": {
        "folded_ears": "folded ears", "short_legs": "short legs", "curled_ears": "curled ears",
        "spotted_coat": "spotted coat", "blue_eyes": "blue eyes",
    },
    "ancestor": {
        "siamese": "Siamese", "abyssinian": "Abyssinian", "asian_leopard_cat": "Asian leopard cat",
        "serval": "serval", "oriental_shorthair": "Oriental Shorthair", "persian": "Persian",
    },
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"cat_breed:{slug}", kind="item", type="cat_breed", label=label,
                      attrs={"year": year})
           for slug, (label, year) in BREEDS.items()]
    for typ, members in ATTRIBUTES.items():
        for slug, label in members.items():
            out.append(kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label))
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    def b(s):
        return f"cat_breed:{s}"
    r = []
    # country of origin
    for s, c in [("sphynx", "canada"), ("devon_rex", "united_kingdom"),
                 ("cornish_rex", "united_kingdom"), ("selkirk_rex", "united_states"),
                 ("laperm", "united_states"), ("scottish_fold", "united_kingdom"),
                 ("ragdoll", "united_states"), ("munchkin", "united_states"),
                 ("american_curl", "united_states"), ("ocicat", "united_states"),
                 ("savannah", "united_states"), ("bengal", "united_states"),
                 ("american_wirehair", "united_states"), ("nebelung", "united_states"),
                 ("peterbald", "russia"), ("don_sphynx", "russia"),
                 ("serengeti", "united_states")]:
        r.append((b(s), "originated_in", f"country:{c}"))
    # place where the first cat was found or the breed was started
    for s, p in [("sphynx", "toronto"), ("devon_rex", "buckfastleigh"),
                 ("cornish_rex", "cornwall"), ("selkirk_rex", "montana"),
                 ("laperm", "the_dalles"), ("scottish_fold", "perthshire"),
                 ("ragdoll", "riverside"), ("munchkin", "rayville"),
                 ("american_curl", "lakewood"), ("ocicat", "berkley"),
                 ("burmese", "san_francisco"), ("american_wirehair", "verona"),
                 ("nebelung", "denver"), ("peterbald", "saint_petersburg"),
                 ("don_sphynx", "rostov_on_don")]:
        r.append((b(s), "first_appeared_in", f"place:{p}"))
    # founders
    for s, p in [("devon_rex", "beryl_cox"), ("cornish_rex", "nina_ennismore"),
                 ("selkirk_rex", "jeri_newman"), ("laperm", "linda_koehl"),
                 ("scottish_fold", "william_ross"), ("ragdoll", "ann_baker"),
                 ("munchkin", "sandra_hochenedel"), ("american_curl", "joe_ruga"),
                 ("american_curl", "grace_ruga"), ("ocicat", "virginia_daly"),
                 ("burmese", "joseph_thompson"), ("savannah", "judee_frank"),
                 ("bengal", "jean_mill"), ("american_wirehair", "joan_oshea"),
                 ("nebelung", "cora_cobb"), ("peterbald", "olga_mironova"),
                 ("don_sphynx", "elena_kovaleva"), ("serengeti", "karen_sausman")]:
        r.append((b(s), "founded_by", f"person:{p}"))
    # coat type
    for s, c in [("sphynx", "hairless"), ("don_sphynx", "hairless"),
                 ("devon_rex", "curly"), ("cornish_rex", "curly"), ("selkirk_rex", "curly"),
                 ("laperm", "curly"), ("american_wirehair", "wiry"),
                 ("ragdoll", "semi_longhair"), ("nebelung", "semi_longhair"),
                 ("ocicat", "shorthair"), ("burmese", "shorthair"), ("bengal", "shorthair"),
                 ("savannah", "shorthair"), ("serengeti", "shorthair")]:
        r.append((b(s), "has_coat", f"coat:{c}"))
    # distinctive features
    for s, f in [("scottish_fold", "folded_ears"), ("munchkin", "short_legs"),
                 ("american_curl", "curled_ears"), ("ocicat", "spotted_coat"),
                 ("bengal", "spotted_coat"), ("savannah", "spotted_coat"),
                 ("serengeti", "spotted_coat"), ("ragdoll", "blue_eyes")]:
        r.append((b(s), "has_feature", f"feature:{f}"))
    # ancestry
    for s, a in [("ocicat", "ancestor:siamese"), ("ocicat", "ancestor:abyssinian"),
                 ("burmese", "ancestor:siamese"), ("bengal", "ancestor:asian_leopard_cat"),
                 ("savannah", "ancestor:serval"), ("serengeti", "cat_breed:bengal"),
                 ("serengeti", "ancestor:oriental_shorthair"),
                 ("peterbald", "cat_breed:don_sphynx"),
                 ("peterbald", "ancestor:oriental_shorthair"),
                 ("selkirk_rex", "ancestor:persian")]:
        r.append((b(s), "bred_from", a))
    # user ratings
    for u, s, x in [("ana", "sphynx", 5.0), ("ana", "devon_rex", 4.5), ("ana", "bengal", 2.0),
                    ("ana", "ragdoll", 3.0),
                    ("ben", "munchkin", 1.5), ("ben", "scottish_fold", 4.0),
                    ("ben", "savannah", 5.0), ("ben", "ocicat", 3.5),
                    ("chen", "cornish_rex", 4.0), ("chen", "selkirk_rex", 2.5),
                    ("chen", "laperm", 4.5), ("chen", "american_curl", 1.0),
                    ("dara", "burmese", 5.0), ("dara", "nebelung", 4.0),
                    ("dara", "peterbald", 2.0), ("dara", "serengeti", 3.0),
                    ("emil", "don_sphynx", 0.5), ("emil", "american_wirehair", 4.5),
                    ("emil", "ragdoll", 5.0), ("emil", "bengal", 4.0)]:
        r.append((f"user:{u}", "rated", b(s), {"rating": x}))
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind328")
