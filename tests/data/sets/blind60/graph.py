"""blind60: a small knowledge graph of perfumes, perfumers, houses, notes and launch years."""

import kgexplain as kgx

RELATIONS = [
    kgx.Relation(
        "rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("perfume",)
    ),
    kgx.Relation(
        "composed_by",
        phrase="was composed by",
        inverse_phrase="composed",
        domain=("perfume",),
        range=("perfumer",),
    ),
    kgx.Relation(
        "from_house",
        phrase="is a fragrance by",
        inverse_phrase="released",
        domain=("perfume",),
        range=("house",),
    ),
    kgx.Relation(
        "has_note",
        phrase="has a note of",
        inverse_phrase="is a note in",
        domain=("perfume",),
        range=("note",),
    ),
    kgx.Relation(
        "in_family",
        phrase="belongs to the family",
        inverse_phrase="is the family of",
        domain=("perfume",),
        range=("family",),
    ),
    kgx.Relation(
        "owned_by", phrase="is owned by", inverse_phrase="owns", domain=("house",), range=("company",)
    ),
    kgx.Relation(
        "based_in", phrase="is based in", inverse_phrase="is home to", domain=("house",), range=("country",)
    ),
]

PERFUMES = [
    ("perfume:no5", "Chanel No. 5", 1921),
    ("perfume:shalimar", "Shalimar", 1925),
    ("perfume:mitsouko", "Mitsouko", 1919),
    ("perfume:heure_bleue", "L'Heure Bleue", 1912),
    ("perfume:angel", "Angel", 1992),
    ("perfume:opium", "Opium", 1977),
    ("perfume:terre", "Terre d'Hermès", 2006),
    ("perfume:jardin_nil", "Un Jardin sur le Nil", 2005),
    ("perfume:eau_sauvage", "Eau Sauvage", 1966),
    ("perfume:diorissimo", "Diorissimo", 1956),
    ("perfume:portrait", "Portrait of a Lady", 2010),
    ("perfume:carnal_flower", "Carnal Flower", 2005),
    ("perfume:acqua_di_gio", "Acqua di Giò", 1996),
    ("perfume:ck_one", "CK One", 1994),
    ("perfume:br540", "Baccarat Rouge 540", 2015),
    ("perfume:le_male", "Le Male", 1995),
]

PERFUMERS = {
    "perfumer:ernest_beaux": "Ernest Beaux",
    "perfumer:jacques_guerlain": "Jacques Guerlain",
    "perfumer:olivier_cresp": "Olivier Cresp",
    "perfumer:jean_amic": "Jean Amic",
    "perfumer:jean_louis_sieuzac": "Jean-Louis Sieuzac",
    "perfumer:jean_claude_ellena": "Jean-Claude Ellena",
    "perfumer:edmond_roudnitska": "Edmond Roudnitska",
    "perfumer:dominique_ropion": "Dominique Ropion",
    "perfumer:alberto_morillas": "Alberto Morillas",
    "perfumer:harry_fremont": "Harry Fremont",
    "perfumer:francis_kurkdjian": "Francis Kurkdjian",
}

HOUSES = {
    "house:chanel": "Chanel",
    "house:guerlain": "Guerlain",
    "house:mugler": "Mugler",
    "house:ysl": "Yves Saint Laurent",
    "house:hermes": "Hermès",
    "house:dior": "Dior",
    "house:frederic_malle": "Frédéric Malle",
    "house:armani": "Giorgio Armani",
    "house:calvin_klein": "Calvin Klein",
    "house:mfk": "Maison Francis Kurkdjian",
    "house:jpg": "Jean Paul Gaultier",
}

COMPANIES = {
    "company:lvmh": "LVMH",
    "company:loreal": "L'Oréal",
    "company:estee_lauder": "Estée Lauder",
    "company:puig": "Puig",
    "company:coty": "Coty",
}

COUNTRIES = {
    "country:france": "France",
    "country:italy": "Italy",
    "country:usa": "United States",
}

FAMILIES = {
    "family:floral": "Floral",
    "family:chypre": "Chypre",
    "family:oriental": "Oriental",
    "family:gourmand": "Gourmand",
    "family:woody": "Woody",
    "family:citrus": "Citrus",
    "family:green": "Green",
    "family:aquatic": "Aquatic",
    "family:fougere": "Fougère",
}

NOTES = {
    "note:aldehydes": "aldehydes",
    "note:jasmine": "jasmine",
    "note:rose": "rose",
    "note:sandalwood": "sandalwood",
    "note:bergamot": "bergamot",
    "note:vanilla": "vanilla",
    "note:iris": "iris",
    "note:incense": "incense",
    "note:peach": "peach",
    "note:oakmoss": "oakmoss",
    "note:patchouli": "patchouli",
    "note:clove": "clove",
    "note:grapefruit": "grapefruit",
    "note:vetiver": "vetiver",
    "note:green_mango": "green mango",
    "note:lemon": "lemon",
    "note:lily_of_the_valley": "lily of the valley",
    "note:tuberose": "tuberose",
    "note:saffron": "saffron",
    "note:lavender": "lavender",
    "note:mint": "mint",
}

USERS = {
    "user:ana": "Ana",
    "user:ben": "Ben",
    "user:chloe": "Chloé",
    "user:dev": "Dev",
    "user:emma": "Emma",
}


def entities():
    out = [
        kgx.Entity(pid, kind="item", type="perfume", label=label, attrs={"year": year})
        for pid, label, year in PERFUMES
    ]
    for table, typ in (
        (PERFUMERS, "perfumer"),
        (HOUSES, "house"),
        (COMPANIES, "company"),
        (COUNTRIES, "country"),
        (FAMILIES, "family"),
        (NOTES, "note"),
    ):
        out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, label in table.items()]
    out += [kgx.Entity(uid, kind="user", type="user", label=label) for uid, label in USERS.items()]
    return out


COMPOSED = [
    ("perfume:no5", "perfumer:ernest_beaux"),
    ("perfume:shalimar", "perfumer:jacques_guerlain"),
    ("perfume:mitsouko", "perfumer:jacques_guerlain"),
    ("perfume:heure_bleue", "perfumer:jacques_guerlain"),
    ("perfume:angel", "perfumer:olivier_cresp"),
    ("perfume:opium", "perfumer:jean_amic"),
    ("perfume:opium", "perfumer:jean_louis_sieuzac"),
    ("perfume:terre", "perfumer:jean_claude_ellena"),
    ("perfume:jardin_nil", "perfumer:jean_claude_ellena"),
    ("perfume:eau_sauvage", "perfumer:edmond_roudnitska"),
    ("perfume:diorissimo", "perfumer:edmond_roudnitska"),
    ("perfume:portrait", "perfumer:dominique_ropion"),
    ("perfume:carnal_flower", "perfumer:dominique_ropion"),
    ("perfume:acqua_di_gio", "perfumer:alberto_morillas"),
    ("perfume:ck_one", "perfumer:alberto_morillas"),
    ("perfume:ck_one", "perfumer:harry_fremont"),
    ("perfume:br540", "perfumer:francis_kurkdjian"),
    ("perfume:le_male", "perfumer:francis_kurkdjian"),
]

HOUSE_OF = {
    "perfume:no5": "house:chanel",
    "perfume:shalimar": "house:guerlain",
    "perfume:mitsouko": "house:guerlain",
    "perfume:heure_bleue": "house:guerlain",
    "perfume:angel": "house:mugler",
    "perfume:opium": "house:ysl",
    "perfume:terre": "house:hermes",
    "perfume:jardin_nil": "house:hermes",
    "perfume:eau_sauvage": "house:dior",
    "perfume:diorissimo": "house:dior",
    "perfume:portrait": "house:frederic_malle",
    "perfume:carnal_flower": "house:frederic_malle",
    "perfume:acqua_di_gio": "house:armani",
    "perfume:ck_one": "house:calvin_klein",
    "perfume:br540": "house:mfk",
    "perfume:le_male": "house:jpg",
}

NOTES_OF = {
    "perfume:no5": ["aldehydes", "jasmine", "rose", "sandalwood"],
    "perfume:shalimar": ["bergamot", "vanilla", "iris", "incense"],
    "perfume:mitsouko": ["peach", "oakmoss", "bergamot", "jasmine", "rose"],
    "perfume:heure_bleue": ["iris", "vanilla"],
    "perfume:angel": ["patchouli", "vanilla"],
    "perfume:opium": ["clove", "patchouli", "sandalwood", "vanilla"],
    "perfume:terre": ["grapefruit", "vetiver"],
    "perfume:jardin_nil": ["green_mango", "grapefruit"],
    "perfume:eau_sauvage": ["lemon", "bergamot", "vetiver"],
    "perfume:diorissimo": ["lily_of_the_valley", "jasmine"],
    "perfume:portrait": ["rose", "patchouli", "incense", "sandalwood"],
    "perfume:carnal_flower": ["tuberose", "jasmine"],
    "perfume:acqua_di_gio": ["bergamot", "jasmine", "patchouli"],
    "perfume:ck_one": ["bergamot", "lemon"],
    "perfume:br540": ["saffron", "jasmine"],
    "perfume:le_male": ["lavender", "mint", "vanilla"],
}

FAMILY_OF = {
    "perfume:no5": "floral",
    "perfume:shalimar": "oriental",
    "perfume:mitsouko": "chypre",
    "perfume:heure_bleue": "oriental",
    "perfume:angel": "gourmand",
    "perfume:opium": "oriental",
    "perfume:terre": "woody",
    "perfume:jardin_nil": "green",
    "perfume:eau_sauvage": "citrus",
    "perfume:diorissimo": "floral",
    "perfume:portrait": "oriental",
    "perfume:carnal_flower": "floral",
    "perfume:acqua_di_gio": "aquatic",
    "perfume:ck_one": "citrus",
    "perfume:br540": "oriental",
    "perfume:le_male": "fougere",
}

OWNER_OF = {
    "house:guerlain": "company:lvmh",
    "house:dior": "company:lvmh",
    "house:mfk": "company:lvmh",
    "house:frederic_malle": "company:estee_lauder",
    "house:mugler": "company:loreal",
    "house:ysl": "company:loreal",
    "house:armani": "company:loreal",
    "house:jpg": "company:puig",
    "house:calvin_klein": "company:coty",
}

COUNTRY_OF = {
    "house:chanel": "country:france",
    "house:guerlain": "country:france",
    "house:mugler": "country:france",
    "house:ysl": "country:france",
    "house:hermes": "country:france",
    "house:dior": "country:france",
    "house:frederic_malle": "country:france",
    "house:mfk": "country:france",
    "house:jpg": "country:france",
    "house:armani": "country:italy",
    "house:calvin_klein": "country:usa",
}

RATINGS = [
    ("user:ana", "perfume:shalimar", 5.0),
    ("user:ana", "perfume:mitsouko", 4.5),
    ("user:ana", "perfume:angel", 2.0),
    ("user:ana", "perfume:portrait", 4.0),
    ("user:ben", "perfume:terre", 5.0),
    ("user:ben", "perfume:acqua_di_gio", 3.0),
    ("user:ben", "perfume:le_male", 1.5),
    ("user:ben", "perfume:eau_sauvage", 4.0),
    ("user:chloe", "perfume:no5", 3.5),
    ("user:chloe", "perfume:diorissimo", 4.5),
    ("user:chloe", "perfume:carnal_flower", 5.0),
    ("user:chloe", "perfume:opium", 2.5),
    ("user:dev", "perfume:ck_one", 4.0),
    ("user:dev", "perfume:br540", 5.0),
    ("user:dev", "perfume:jardin_nil", 3.0),
    ("user:emma", "perfume:heure_bleue", 4.0),
    ("user:emma", "perfume:angel", 5.0),
    ("user:emma", "perfume:opium", 1.0),
]


def rows():
    out = []
    out += [(p, "composed_by", who) for p, who in COMPOSED]
    out += [(p, "from_house", h) for p, h in HOUSE_OF.items()]
    out += [(p, "has_note", "note:" + n) for p, ns in NOTES_OF.items() for n in ns]
    out += [(p, "in_family", "family:" + f) for p, f in FAMILY_OF.items()]
    out += [(h, "owned_by", c) for h, c in OWNER_OF.items()]
    out += [(h, "based_in", c) for h, c in COUNTRY_OF.items()]
    out += [(u, "rated", p, {"rating": r}) for u, p, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind60")


if __name__ == "__main__":
    g = build()
    print(g.num_entities, g.num_triples)
