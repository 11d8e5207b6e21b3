"""blind267: a small graph of bird species.

Items are bird species; their ``year`` is the year of the species' formal
scientific description (the authority year of its scientific name).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("bird",)),
    kgx.Relation("described_by", phrase="was formally described by", inverse_phrase="formally described",
                 domain=("bird",), range=("person",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="is the namesake of",
                 domain=("bird",), range=("person",)),
    kgx.Relation("in_family", phrase="belongs to the family", inverse_phrase="includes",
                 domain=("bird",), range=("family",)),
    kgx.Relation("native_to", phrase="is native to", inverse_phrase="is home to",
                 domain=("bird",), range=("region",)),
    kgx.Relation("has_status", phrase="is listed as", inverse_phrase="is the conservation status of",
                 domain=("bird",), range=("status",)),
    kgx.Relation("feeds_on", phrase="feeds on", inverse_phrase="is eaten by",
                 domain=("bird",), range=("food",)),
]

# slug, label, year, describer, family, regions, status, foods
BIRDS = [
    ("common_ostrich", "Common ostrich", 1758, "carl_linnaeus", "struthionidae", ["africa"], "least_concern", ["plants"]),
    ("emperor_penguin", "Emperor penguin", 1844, "george_robert_gray", "spheniscidae", ["antarctica"], "near_threatened", ["fish"]),
    ("bald_eagle", "Bald eagle", 1766, "carl_linnaeus", "accipitridae", ["north_america"], "least_concern", ["fish"]),
    ("kakapo", "Kakapo", 1845, "george_robert_gray", "strigopidae", ["new_zealand"], "critically_endangered", ["plants"]),
    ("kea", "Kea", 1856, "john_gould", "nestoridae", ["new_zealand"], "endangered", ["plants", "insects"]),
    ("shoebill", "Shoebill", 1850, "john_gould", "balaenicipitidae", ["africa"], "vulnerable", ["fish"]),
    ("secretarybird", "Secretarybird", 1779, "johann_friedrich_miller", "sagittariidae", ["africa"], "endangered", ["snakes", "insects"]),
    ("peregrine_falcon", "Peregrine falcon", 1771, "marmaduke_tunstall", "falconidae", ["europe", "north_america"], "least_concern", ["birds"]),
    ("atlantic_puffin", "Atlantic puffin", 1758, "carl_linnaeus", "alcidae", ["europe", "north_america"], "vulnerable", ["fish"]),
    ("greater_flamingo", "Greater flamingo", 1811, "peter_simon_pallas", "phoenicopteridae", ["africa", "europe"], "least_concern", ["crustaceans"]),
    ("resplendent_quetzal", "Resplendent quetzal", 1832, "pablo_de_la_llave", "trogonidae", ["central_america"], "near_threatened", ["fruit"]),
    ("harpy_eagle", "Harpy eagle", 1758, "carl_linnaeus", "accipitridae", ["south_america", "central_america"], "vulnerable", ["mammals"]),
    ("southern_cassowary", "Southern cassowary", 1758, "carl_linnaeus", "casuariidae", ["australia", "new_guinea"], "least_concern", ["fruit"]),
    ("snowy_owl", "Snowy owl", 1758, "carl_linnaeus", "strigidae", ["arctic"], "vulnerable", ["mammals"]),
    ("great_indian_bustard", "Great Indian bustard", 1831, "nicholas_aylward_vigors", "otididae", ["india"], "critically_endangered", ["insects"]),
    ("hoatzin", "Hoatzin", 1776, "philipp_ludwig_statius_muller", "opisthocomidae", ["south_america"], "least_concern", ["plants"]),
    ("andean_condor", "Andean condor", 1758, "carl_linnaeus", "cathartidae", ["south_america"], "vulnerable", ["carrion"]),
    ("california_condor", "California condor", 1797, "george_shaw", "cathartidae", ["north_america"], "critically_endangered", ["carrion"]),
]

NAMED_AFTER = [
    ("emperor_penguin", "johann_reinhold_forster"),
    ("resplendent_quetzal", "jose_mariano_mocino"),
]

PEOPLE = {
    "carl_linnaeus": "Carl Linnaeus",
    "george_robert_gray": "George Robert Gray",
    "john_gould": "John Gould",
    "johann_friedrich_miller": "Johann Friedrich Miller",
    "marmaduke_tunstall": "Marmaduke Tunstall",
    "peter_simon_pallas": "Peter Simon Pallas",
    "pablo_de_la_llave": "Pablo de La Llave",
    "nicholas_aylward_vigors": "Nicholas Aylward Vigors",
    "philipp_ludwig_statius_muller": "Philipp Ludwig Statius Müller",
    "george_shaw": "George Shaw",
    "johann_reinhold_forster": "Johann Reinhold Forster",
    "jose_mariano_mocino": "José Mariano Mociño",
}

FAMILIES = {
    "struthionidae": "Struthionidae",
    "spheniscidae": "Spheniscidae",
    "accipitridae": "Accipitridae",
    "strigopidae": "Strigopidae",
    "nestoridae": "Nestoridae",
    "balaenicipitidae": "Balaenicipitidae",
    "sagittariidae": "Sagittariidae",
    "falconidae": "Falconidae",
    "alcidae": "Alcidae",
    "phoenicopteridae": "Phoenicopteridae",
    "trogonidae": "Trogonidae",
    "casuariidae": "Casuariidae",
    "strigidae": "Strigidae",
    "otididae": "Otididae",
    "opisthocomidae": "Opisthocomidae",
    "cathartidae": "Cathartidae",
}

REGIONS = {
    "africa": "Africa",
    "antarctica": "Antarctica",
    "north_america": "North America",
    "central_america": "Central America",
    "south_america": "South America",
    "new_zealand": "New Zealand",
    "europe": "Europe",
    "australia": "Australia",
    "new_guinea": "New Guinea",
    "arctic": "Arctic",
    "india": "India",
}

STATUSES = {
    "least_concern": "Least Concern",
    "near_threatened": "Near Threatened",
    "vulnerable": "Vulnerable",
    "endangered": "Endangered",
    "critically_endangered": "Critically Endangered",
}

FOODS = {
    "plants": "Plants",
    "fish": "Fish",
    "insects": "Insects",
    "snakes": "Snakes",
    "birds": "Birds",
    "crustaceans": "Crustaceans",
    "fruit": "Fruit",
    "mammals": "Mammals",
    "carrion": "Carrion",
}

RATINGS = {
    "user:ana": [("kakapo", 5.0), ("kea", 4.5), ("emperor_penguin", 2.0), ("shoebill", 3.5)],
    "user:ben": [("bald_eagle", 4.0), ("harpy_eagle", 5.0), ("peregrine_falcon", 1.5), ("california_condor", 3.0)],
    "user:chen": [("resplendent_quetzal", 4.5), ("hoatzin", 1.0), ("andean_condor", 4.0), ("greater_flamingo", 2.5)],
    "user:dara": [("atlantic_puffin", 5.0), ("snowy_owl", 2.0), ("secretarybird", 4.0), ("common_ostrich", 3.0)],
    "user:emil": [("southern_cassowary", 1.5), ("great_indian_bustard", 4.5), ("shoebill", 5.0), ("emperor_penguin", 4.0)],
}


def entities():
    out = []
    for slug, label, year, *_ in BIRDS:
        out.append(kgx.Entity(f"bird:{slug}", kind="item", type="bird", label=label, attrs={"year": year}))
    for table, prefix in ((PEOPLE, "person"), (FAMILIES, "family"), (REGIONS, "region"),
                          (STATUSES, "status"), (FOODS, "food")):
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=prefix, label=label))
    for uid in RATINGS:
        out.append(kgx.Entity(uid, kind="user", type="user", label=uid.split(":", 1)[1]))
    return out


def rows():
    out = []
    for slug, _label, _year, person, family, regions, status, foods in BIRDS:
        b = f"bird:{slug}"
        out.append((b, "described_by", f"person:{person}"))
        out.append((b, "in_family", f"family:{family}"))
        for r in regions:
            out.append((b, "native_to", f"region:{r}"))
        out.append((b, "has_status", f"status:{status}"))
        for f in foods:
            out.append((b, "feeds_on", f"food:{f}"))
    for slug, person in NAMED_AFTER:
        out.append((f"bird:{slug}", "named_after", f"person:{person}"))
    for uid, items in RATINGS.items():
        for slug, r in items:
            out.append((uid, "rated", f"bird:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind267")
