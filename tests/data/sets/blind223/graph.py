"""A small graph of real electric guitar models (blind223)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("guitar",)),
    kgx.Relation("made_by", phrase="is made by", inverse_phrase="makes", domain=("guitar",), range=("company",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("guitar",), range=("person",)),
    kgx.Relation("signature_of", phrase="is the signature model of", inverse_phrase="lent his name to", domain=("guitar",), range=("person",)),
    kgx.Relation("has_body_style", phrase="has the body style", inverse_phrase="is the body style of", domain=("guitar",), range=("body_style",)),
    kgx.Relation("fitted_with", phrase="is fitted with", inverse_phrase="is the pickup fitted to", domain=("guitar",), range=("pickup",)),
    kgx.Relation("originated_in", phrase="was first built in", inverse_phrase="is the birthplace of", domain=("guitar",), range=("country",)),
]

GUITARS = [
    ("fender_telecaster", "Fender Telecaster", 1951),
    ("fender_stratocaster", "Fender Stratocaster", 1954),
    ("fender_jazzmaster", "Fender Jazzmaster", 1958),
    ("fender_jaguar", "Fender Jaguar", 1962),
    ("gibson_les_paul", "Gibson Les Paul", 1952),
    ("gibson_les_paul_junior", "Gibson Les Paul Junior", 1954),
    ("gibson_es_335", "Gibson ES-335", 1958),
    ("gibson_flying_v", "Gibson Flying V", 1958),
    ("gibson_explorer", "Gibson Explorer", 1958),
    ("gibson_sg", "Gibson SG", 1961),
    ("gibson_firebird", "Gibson Firebird", 1963),
    ("gretsch_6120", "Gretsch 6120", 1954),
    ("gretsch_white_falcon", "Gretsch White Falcon", 1955),
    ("rickenbacker_360", "Rickenbacker 360", 1958),
    ("epiphone_casino", "Epiphone Casino", 1961),
    ("ibanez_jem", "Ibanez JEM", 1987),
    ("ibanez_rg", "Ibanez RG", 1987),
    ("prs_custom_24", "PRS Custom 24", 1985),
]

ATTRIBUTES = [
    ("company:fender", "company", "Fender"),
    ("company:gibson", "company", "Gibson"),
    ("company:gretsch", "company", "Gretsch"),
    ("company:rickenbacker", "company", "Rickenbacker"),
    ("company:epiphone", "company", "Epiphone"),
    ("company:ibanez", "company", "Ibanez"),
    ("company:prs", "company", "PRS Guitars"),
    ("person:leo_fender", "person", "Leo Fender"),
    ("person:george_fullerton", "person", "George Fullerton"),
    ("person:freddie_tavares", "person", "Freddie Tavares"),
    ("person:ted_mccarty", "person", "Ted McCarty"),
    ("person:ray_dietrich", "person", "Ray Dietrich"),
    ("person:roger_rossmeisl", "person", "Roger Rossmeisl"),
    ("person:jimmie_webster", "person", "Jimmie Webster"),
    ("person:paul_reed_smith", "person", "Paul Reed Smith"),
    ("person:steve_vai", "person", "Steve Vai"),
    ("person:les_paul", "person", "Les Paul"),
    ("person:chet_atkins", "person", "Chet Atkins"),
    ("body:solid", "body_style", "solid body"),
    ("body:semi_hollow", "body_style", "semi-hollow body"),
    ("body:hollow", "body_style", "hollow body"),
    ("pickup:single_coil", "pickup", "single-coil pickup"),
    ("pickup:humbucker", "pickup", "humbucker"),
    ("pickup:p90", "pickup", "P-90 pickup"),
    ("country:usa", "country", "United States"),
    ("country:japan", "country", "Japan"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"guitar:{slug}", kind="item", type="guitar", label=label, attrs={"year": year})
           for slug, label, year in GUITARS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


MADE_BY = {
    "company:fender": ["fender_telecaster", "fender_stratocaster", "fender_jazzmaster", "fender_jaguar"],
    "company:gibson": ["gibson_les_paul", "gibson_les_paul_junior", "gibson_es_335", "gibson_flying_v",
                       "gibson_explorer", "gibson_sg", "gibson_firebird"],
    "company:gretsch": ["gretsch_6120", "gretsch_white_falcon"],
    "company:rickenbacker": ["rickenbacker_360"],
    "company:epiphone": ["epiphone_casino"],
    "company:ibanez": ["ibanez_jem", "ibanez_rg"],
    "company:prs": ["prs_custom_24"],
}

DESIGNED_BY = [
    ("fender_telecaster", "person:leo_fender"),
    ("fender_stratocaster", "person:leo_fender"),
    ("fender_stratocaster", "person:george_fullerton"),
    ("fender_stratocaster", "person:freddie_tavares"),
    ("fender_jazzmaster", "person:leo_fender"),
    ("fender_jaguar", "person:leo_fender"),
    ("gibson_es_335", "person:ted_mccarty"),
    ("gibson_flying_v", "person:ted_mccarty"),
    ("gibson_explorer", "person:ted_mccarty"),
    ("gibson_firebird", "person:ray_dietrich"),
    ("rickenbacker_360", "person:roger_rossmeisl"),
    ("gretsch_white_falcon", "person:jimmie_webster"),
    ("prs_custom_24", "person:paul_reed_smith"),
    ("ibanez_jem", "person:steve_vai"),
]

SIGNATURE_OF = [
    ("gibson_les_paul", "person:les_paul"),
    ("gretsch_6120", "person:chet_atkins"),
    ("ibanez_jem", "person:steve_vai"),
]

BODY = {
    "body:solid": ["fender_telecaster", "fender_stratocaster", "fender_jazzmaster", "fender_jaguar",
                   "gibson_les_paul", "gibson_les_paul_junior", "gibson_flying_v", "gibson_explorer",
                   "gibson_sg", "gibson_firebird", "ibanez_jem", "ibanez_rg", "prs_custom_24"],
    "body:semi_hollow": ["gibson_es_335", "rickenbacker_360"],
    "body:hollow": ["gretsch_6120", "gretsch_white_falcon", "epiphone_casino"],
}

PICKUPS = {
    "pickup:single_coil": ["fender_telecaster", "fender_stratocaster", "fender_jazzmaster", "fender_jaguar",
                           "rickenbacker_360"],
    "pickup:humbucker": ["gibson_es_335", "gibson_flying_v", "gibson_explorer", "gibson_sg", "prs_custom_24"],
    "pickup:p90": ["gibson_les_paul_junior", "epiphone_casino"],
}

ORIGIN = {
    "country:usa": [slug for slug, _, _ in GUITARS if slug not in ("ibanez_jem", "ibanez_rg")],
    "country:japan": ["ibanez_jem", "ibanez_rg"],
}

RATINGS = {
    "ana": [("fender_stratocaster", 5.0), ("fender_telecaster", 4.5), ("fender_jazzmaster", 2.0), ("gibson_flying_v", 3.0)],
    "ben": [("gibson_les_paul", 4.0), ("gibson_sg", 1.5), ("gibson_es_335", 5.0), ("gibson_explorer", 2.5)],
    "chen": [("gretsch_6120", 4.5), ("gretsch_white_falcon", 1.0), ("rickenbacker_360", 4.0), ("epiphone_casino", 3.5)],
    "dara": [("ibanez_jem", 5.0), ("ibanez_rg", 2.0), ("prs_custom_24", 4.5), ("fender_jaguar", 3.0)],
    "emil": [("gibson_les_paul_junior", 4.0), ("gibson_firebird", 1.5), ("fender_telecaster", 3.5), ("gibson_explorer", 5.0)],
}


def rows():
    out = []
    for company, slugs in MADE_BY.items():
        out += [(f"guitar:{s}", "made_by", company) for s in slugs]
    out += [(f"guitar:{s}", "designed_by", p) for s, p in DESIGNED_BY]
    out += [(f"guitar:{s}", "signature_of", p) for s, p in SIGNATURE_OF]
    for body, slugs in BODY.items():
        out += [(f"guitar:{s}", "has_body_style", body) for s in slugs]
    for pickup, slugs in PICKUPS.items():
        out += [(f"guitar:{s}", "fitted_with", pickup) for s in slugs]
    for country, slugs in ORIGIN.items():
        out += [(f"guitar:{s}", "originated_in", country) for s in slugs]
    for user, pairs in RATINGS.items():
        out += [(f"user:{user}", "rated", f"guitar:{s}", {"rating": r}) for s, r in pairs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind223")
