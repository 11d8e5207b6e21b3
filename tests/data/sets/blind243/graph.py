"""blind243: a small graph of real metro systems (year = year the system opened)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("metro_system",)),
    kgx.Relation("serves", phrase="serves", inverse_phrase="is served by",
                 domain=("metro_system",), range=("city",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("metro_system",), range=("country",)),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates",
                 domain=("metro_system",), range=("operator",)),
    kgx.Relation("has_feature", phrase="has", inverse_phrase="is a feature of",
                 domain=("metro_system",), range=("feature",)),
    kgx.Relation("chief_engineer", phrase="had as its chief engineer",
                 inverse_phrase="was the chief engineer of",
                 domain=("metro_system",), range=("person",)),
]

# slug, label, opening year
SYSTEMS = [
    ("london_underground", "London Underground", 1863),
    ("budapest_metro", "Budapest Metro", 1896),
    ("glasgow_subway", "Glasgow Subway", 1896),
    ("paris_metro", "Paris Métro", 1900),
    ("berlin_u_bahn", "Berlin U-Bahn", 1902),
    ("new_york_city_subway", "New York City Subway", 1904),
    ("buenos_aires_underground", "Buenos Aires Underground", 1913),
    ("moscow_metro", "Moscow Metro", 1935),
    ("stockholm_metro", "Stockholm Metro", 1950),
    ("toronto_subway", "Toronto subway", 1954),
    ("montreal_metro", "Montreal Metro", 1966),
    ("mexico_city_metro", "Mexico City Metro", 1969),
    ("santiago_metro", "Santiago Metro", 1975),
    ("washington_metro", "Washington Metro", 1976),
    ("hong_kong_mtr", "Hong Kong MTR", 1979),
    ("lille_metro", "Lille Metro", 1983),
    ("vancouver_skytrain", "Vancouver SkyTrain", 1985),
    ("copenhagen_metro", "Copenhagen Metro", 2002),
    ("dubai_metro", "Dubai Metro", 2009),
]

CITIES = {
    "london": "London", "budapest": "Budapest", "glasgow": "Glasgow", "paris": "Paris",
    "berlin": "Berlin", "new_york_city": "New York City", "buenos_aires": "Buenos Aires",
    "moscow": "Moscow", "stockholm": "Stockholm", "toronto": "Toronto", "montreal": "Montreal",
    "mexico_city": "Mexico City", "santiago": "Santiago", "washington_dc": "Washington, D.C.",
    "hong_kong": "Hong Kong", "lille": "Lille", "vancouver": "Vancouver",
    "copenhagen": "Copenhagen", "dubai": "Dubai",
}

COUNTRIES = {
    "united_kingdom": "United Kingdom", "hungary": "Hungary", "france": "France",
    "germany": "Germany", "united_states": "United States", "argentina": "Argentina",
    "russia": "Russia", "sweden": "Sweden", "canada": "Canada", "mexico": "Mexico",
    "chile": "Chile", "denmark": "Denmark", "united_arab_emirates": "United Arab Emirates",
}

OPERATORS = {
    "transport_for_london": "Transport for London",
    "bkv": "BKV",
    "spt": "Strathclyde Partnership for Transport",
    "ratp": "RATP",
    "bvg": "BVG",
    "mta": "Metropolitan Transportation Authority",
    "mtr_corporation": "MTR Corporation",
    "ttc": "Toronto Transit Commission",
    "stm": "Société de transport de Montréal",
    "stc": "Sistema de Transporte Colectivo",
    "wmata": "Washington Metropolitan Area Transit Authority",
    "ilevia": "Ilévia",
    "bc_rapid_transit_company": "BC Rapid Transit Company",
}

FEATURES = {
    "rubber_tyred_trains": "rubber-tyred trains",
    "driverless_trains": "driverless trains",
    "24_hour_service": "24-hour service",
    "circular_route": "circular route",
}

PEOPLE = {
    "john_fowler": "John Fowler",
    "fulgence_bienvenue": "Fulgence Bienvenüe",
    "william_barclay_parsons": "William Barclay Parsons",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    ents = [kgx.Entity(f"metro_system:{s}", kind="item", type="metro_system", label=name,
                       attrs={"year": y}) for s, name, y in SYSTEMS]
    for prefix, table in (("city", CITIES), ("country", COUNTRIES), ("operator", OPERATORS),
                          ("feature", FEATURES), ("person", PEOPLE)):
        ents += [kgx.Entity(f"{prefix}:{k}", kind="attribute", type=prefix, label=v)
                 for k, v in table.items()]
    ents += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return ents


# system slug -> (city, country, operator or None)
_PLACES = {
    "london_underground": ("london", "united_kingdom", "transport_for_london"),
    "budapest_metro": ("budapest", "hungary", "bkv"),
    "glasgow_subway": ("glasgow", "united_kingdom", "spt"),
    "paris_metro": ("paris", "france", "ratp"),
    "berlin_u_bahn": ("berlin", "germany", "bvg"),
    "new_york_city_subway": ("new_york_city", "united_states", "mta"),
    "buenos_aires_underground": ("buenos_aires", "argentina", None),
    "moscow_metro": ("moscow", "russia", None),
    "stockholm_metro": ("stockholm", "sweden", "mtr_corporation"),
    "toronto_subway": ("toronto", "canada", "ttc"),
    "montreal_metro": ("montreal", "canada", "stm"),
    "mexico_city_metro": ("mexico_city", "mexico", "stc"),
    "santiago_metro": ("santiago", "chile", None),
    "washington_metro": ("washington_dc", "united_states", "wmata"),
    "hong_kong_mtr": ("hong_kong", None, "mtr_corporation"),
    "lille_metro": ("lille", "france", "ilevia"),
    "vancouver_skytrain": ("vancouver", "canada", "bc_rapid_transit_company"),
    "copenhagen_metro": ("copenhagen", "denmark", None),
    "dubai_metro": ("dubai", "united_arab_emirates", None),
}

_FEATURES = [
    ("paris_metro", "rubber_tyred_trains"),
    ("montreal_metro", "rubber_tyred_trains"),
    ("mexico_city_metro", "rubber_tyred_trains"),
    ("santiago_metro", "rubber_tyred_trains"),
    ("lille_metro", "rubber_tyred_trains"),
    ("paris_metro", "driverless_trains"),
    ("lille_metro", "driverless_trains"),
    ("vancouver_skytrain", "driverless_trains"),
    ("copenhagen_metro", "driverless_trains"),
    ("dubai_metro", "driverless_trains"),
    ("new_york_city_subway", "24_hour_service"),
    ("copenhagen_metro", "24_hour_service"),
    ("glasgow_subway", "circular_route"),
]

_ENGINEERS = [
    ("london_underground", "john_fowler"),
    ("paris_metro", "fulgence_bienvenue"),
    ("new_york_city_subway", "william_barclay_parsons"),
]

_RATINGS = {
    "ana": [("london_underground", 5.0), ("paris_metro", 4.5), ("moscow_metro", 4.0),
            ("glasgow_subway", 2.0)],
    "ben": [("new_york_city_subway", 1.5), ("montreal_metro", 4.0), ("toronto_subway", 3.0),
            ("washington_metro", 5.0)],
    "chen": [("hong_kong_mtr", 5.0), ("copenhagen_metro", 4.5), ("dubai_metro", 2.5),
             ("stockholm_metro", 1.0)],
    "dara": [("mexico_city_metro", 4.0), ("buenos_aires_underground", 3.5),
             ("santiago_metro", 5.0), ("lille_metro", 0.5)],
    "emil": [("berlin_u_bahn", 4.5), ("budapest_metro", 2.0), ("vancouver_skytrain", 3.0),
             ("paris_metro", 1.5)],
}


def rows():
    out = []
    for s, (city, country, op) in _PLACES.items():
        out.append((f"metro_system:{s}", "serves", f"city:{city}"))
        if country:
            out.append((f"metro_system:{s}", "located_in", f"country:{country}"))
        if op:
            out.append((f"metro_system:{s}", "operated_by", f"operator:{op}"))
    out += [(f"metro_system:{s}", "has_feature", f"feature:{f}") for s, f in _FEATURES]
    out += [(f"metro_system:{s}", "chief_engineer", f"person:{p}") for s, p in _ENGINEERS]
    for u, rs in _RATINGS.items():
        out += [(f"user:{u}", "rated", f"metro_system:{s}", {"rating": r}) for s, r in rs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind243")
