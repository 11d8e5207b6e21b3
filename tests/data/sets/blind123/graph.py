"""A small graph of real hurricanes (blind123)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("hurricane",)),
    kgx.Relation("formed_in", phrase="formed in", inverse_phrase="was the birthplace of",
                 domain=("hurricane",), range=("basin",)),
    kgx.Relation("peaked_at", phrase="peaked at", inverse_phrase="was the peak intensity of",
                 domain=("hurricane",), range=("category",)),
    kgx.Relation("made_landfall_in", phrase="made landfall in", inverse_phrase="was hit by",
                 domain=("hurricane",), range=("state", "country", "territory")),
    kgx.Relation("struck", phrase="struck", inverse_phrase="was struck by",
                 domain=("hurricane",), range=("city",)),
    kgx.Relation("tracked_by", phrase="was tracked by", inverse_phrase="issued advisories on",
                 domain=("hurricane",), range=("organisation",)),
]

# slug: (label, year)
HURRICANES = {
    "katrina": ("Hurricane Katrina", 2005),
    "andrew": ("Hurricane Andrew", 1992),
    "camille": ("Hurricane Camille", 1969),
    "harvey": ("Hurricane Harvey", 2017),
    "maria": ("Hurricane Maria", 2017),
    "irma": ("Hurricane Irma", 2017),
    "sandy": ("Hurricane Sandy", 2012),
    "mitch": ("Hurricane Mitch", 1998),
    "gilbert": ("Hurricane Gilbert", 1988),
    "hugo": ("Hurricane Hugo", 1989),
    "ian": ("Hurricane Ian", 2022),
    "michael": ("Hurricane Michael", 2018),
    "patricia": ("Hurricane Patricia", 2015),
    "iniki": ("Hurricane Iniki", 1992),
    "otis": ("Hurricane Otis", 2023),
    "dorian": ("Hurricane Dorian", 2019),
    "rita": ("Hurricane Rita", 2005),
    "wilma": ("Hurricane Wilma", 2005),
}

ATTRIBUTES = [
    ("basin:north_atlantic", "basin", "North Atlantic"),
    ("basin:eastern_pacific", "basin", "Eastern Pacific"),
    ("category:3", "category", "Category 3"),
    ("category:4", "category", "Category 4"),
    ("category:5", "category", "Category 5"),
    ("state:florida", "state", "Florida"),
    ("state:louisiana", "state", "Louisiana"),
    ("state:mississippi", "state", "Mississippi"),
    ("state:texas", "state", "Texas"),
    ("state:south_carolina", "state", "South Carolina"),
    ("state:north_carolina", "state", "North Carolina"),
    ("state:new_jersey", "state", "New Jersey"),
    ("state:hawaii", "state", "Hawaii"),
    ("country:bahamas", "country", "the Bahamas"),
    ("country:dominica", "country", "Dominica"),
    ("country:cuba", "country", "Cuba"),
    ("country:jamaica", "country", "Jamaica"),
    ("country:honduras", "country", "Honduras"),
    ("country:mexico", "country", "Mexico"),
    ("territory:puerto_rico", "territory", "Puerto Rico"),
    ("city:new_orleans", "city", "New Orleans"),
    ("city:homestead", "city", "Homestead"),
    ("city:pass_christian", "city", "Pass Christian"),
    ("city:houston", "city", "Houston"),
    ("city:rockport", "city", "Rockport"),
    ("city:san_juan", "city", "San Juan"),
    ("city:new_york_city", "city", "New York City"),
    ("city:tegucigalpa", "city", "Tegucigalpa"),
    ("city:kingston", "city", "Kingston"),
    ("city:charleston", "city", "Charleston"),
    ("city:fort_myers", "city", "Fort Myers"),
    ("city:panama_city", "city", "Panama City"),
    ("city:acapulco", "city", "Acapulco"),
    ("city:marsh_harbour", "city", "Marsh Harbour"),
    ("city:lake_charles", "city", "Lake Charles"),
    ("city:cancun", "city", "Cancún"),
    ("organisation:nhc", "organisation", "National Hurricane Center"),
    ("organisation:cphc", "organisation", "Central Pacific Hurricane Center"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

# hurricane slug -> (basin, category, [landfall places], [cities], [trackers])
FACTS = {
    "katrina": ("north_atlantic", "5", ["state:florida", "state:louisiana", "state:mississippi"], ["new_orleans"], ["nhc"]),
    "andrew": ("north_atlantic", "5", ["country:bahamas", "state:florida", "state:louisiana"], ["homestead"], ["nhc"]),
    "camille": ("north_atlantic", "5", ["country:cuba", "state:mississippi"], ["pass_christian"], ["nhc"]),
    "harvey": ("north_atlantic", "4", ["state:texas", "state:louisiana"], ["houston", "rockport"], ["nhc"]),
    "maria": ("north_atlantic", "5", ["country:dominica", "territory:puerto_rico"], ["san_juan"], ["nhc"]),
    "irma": ("north_atlantic", "5", ["country:cuba", "state:florida"], [], ["nhc"]),
    "sandy": ("north_atlantic", "3", ["country:jamaica", "country:cuba", "state:new_jersey"], ["new_york_city"], ["nhc"]),
    "mitch": ("north_atlantic", "5", ["country:honduras"], ["tegucigalpa"], ["nhc"]),
    "gilbert": ("north_atlantic", "5", ["country:jamaica", "country:mexico"], ["kingston"], ["nhc"]),
    "hugo": ("north_atlantic", "5", ["territory:puerto_rico", "state:south_carolina"], ["charleston"], ["nhc"]),
    "ian": ("north_atlantic", "5", ["country:cuba", "state:florida", "state:south_carolina"], ["fort_myers"], ["nhc"]),
    "michael": ("north_atlantic", "5", ["state:florida"], ["panama_city"], ["nhc"]),
    "patricia": ("eastern_pacific", "5", ["country:mexico"], [], ["nhc"]),
    "iniki": ("eastern_pacific", "4", ["state:hawaii"], [], ["cphc"]),
    "otis": ("eastern_pacific", "5", ["country:mexico"], ["acapulco"], ["nhc"]),
    "dorian": ("north_atlantic", "5", ["country:bahamas", "state:north_carolina"], ["marsh_harbour"], ["nhc"]),
    "rita": ("north_atlantic", "5", ["state:louisiana"], ["lake_charles"], ["nhc"]),
    "wilma": ("north_atlantic", "5", ["country:mexico", "state:florida"], ["cancun"], ["nhc"]),
}

RATINGS = {
    "ana": [("katrina", 4.5), ("maria", 2.0), ("iniki", 5.0), ("sandy", 3.0)],
    "ben": [("andrew", 5.0), ("harvey", 1.5), ("gilbert", 4.0), ("otis", 3.5)],
    "chen": [("camille", 4.0), ("wilma", 1.0), ("hugo", 2.5), ("patricia", 5.0)],
    "dara": [("ian", 4.5), ("mitch", 3.0), ("dorian", 2.0), ("michael", 4.0)],
    "emil": [("irma", 1.5), ("rita", 4.5), ("katrina", 3.0), ("harvey", 5.0)],
}


def entities():
    out = [kgx.Entity(f"hurricane:{slug}", kind="item", type="hurricane", label=label,
                      attrs={"year": year})
           for slug, (label, year) in HURRICANES.items()]
    out += [kgx.Entity(eid, kind="attribute", type=etype, label=label)
            for eid, etype, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, (basin, cat, places, cities, trackers) in FACTS.items():
        h = f"hurricane:{slug}"
        out.append((h, "formed_in", f"basin:{basin}"))
        out.append((h, "peaked_at", f"category:{cat}"))
        out += [(h, "made_landfall_in", p) for p in places]
        out += [(h, "struck", f"city:{c}") for c in cities]
        out += [(h, "tracked_by", f"organisation:{o}") for o in trackers]
    for user, rated in RATINGS.items():
        out += [(f"user:{user}", "rated", f"hurricane:{slug}", {"rating": r}) for slug, r in rated]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind123")
