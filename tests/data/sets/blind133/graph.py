"""blind133: a small graph of real named passenger trains."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("train",)),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates",
                 domain=("train",), range=("operator",)),
    kgx.Relation("departs_from", phrase="departs from", inverse_phrase="is the starting point of",
                 domain=("train",), range=("city",)),
    kgx.Relation("terminates_in", phrase="terminates in", inverse_phrase="is the terminus of",
                 domain=("train",), range=("city",)),
    kgx.Relation("runs_in", phrase="runs in", inverse_phrase="is served by",
                 domain=("train",), range=("country",)),
    kgx.Relation("service_kind", phrase="is a", inverse_phrase="is the kind of service of",
                 domain=("train",), range=("kind",)),
]

_TRAINS = [
    ("orient_express", "Orient Express", 1883),
    ("flying_scotsman", "Flying Scotsman", 1862),
    ("rossiya", "Rossiya", 1966),
    ("glacier_express", "Glacier Express", 1930),
    ("bernina_express", "Bernina Express", 1973),
    ("the_ghan", "The Ghan", 1929),
    ("indian_pacific", "Indian Pacific", 1970),
    ("the_canadian", "The Canadian", 1955),
    ("california_zephyr", "California Zephyr", 1949),
    ("coast_starlight", "Coast Starlight", 1971),
    ("empire_builder", "Empire Builder", 1929),
    ("twentieth_century_limited", "Twentieth Century Limited", 1902),
    ("blue_train", "Blue Train", 1946),
    ("settebello", "Settebello", 1953),
    ("le_mistral", "Le Mistral", 1950),
    ("royal_scotsman", "Royal Scotsman", 1985),
    ("vsoe", "Venice Simplon-Orient-Express", 1982),
    ("sunset_limited", "Sunset Limited", 1894),
]

_ATTRS = [
    # operators
    ("operator:wagons_lits", "operator", "Compagnie Internationale des Wagons-Lits"),
    ("operator:lner", "operator", "LNER"),
    ("operator:russian_railways", "operator", "Russian Railways"),
    ("operator:mgb", "operator", "Matterhorn Gotthard Bahn"),
    ("operator:rhb", "operator", "Rhaetian Railway"),
    ("operator:journey_beyond", "operator", "Journey Beyond"),
    ("operator:via_rail", "operator", "Via Rail"),
    ("operator:amtrak", "operator", "Amtrak"),
    ("operator:nyc", "operator", "New York Central Railroad"),
    ("operator:fs", "operator", "Ferrovie dello Stato"),
    ("operator:sncf", "operator", "SNCF"),
    ("operator:belmond", "operator", "Belmond"),
    # cities
    ("city:paris", "city", "Paris"),
    ("city:istanbul", "city", "Istanbul"),
    ("city:london", "city", "London"),
    ("city:edinburgh", "city", "Edinburgh"),
    ("city:moscow", "city", "Moscow"),
    ("city:vladivostok", "city", "Vladivostok"),
    ("city:zermatt", "city", "Zermatt"),
    ("city:st_moritz", "city", "St. Moritz"),
    ("city:chur", "city", "Chur"),
    ("city:tirano", "city", "Tirano"),
    ("city:adelaide", "city", "Adelaide"),
    ("city:darwin", "city", "Darwin"),
    ("city:sydney", "city", "Sydney"),
    ("city:perth", "city", "Perth"),
    ("city:toronto", "city", "Toronto"),
    ("city:vancouver", "city", "Vancouver"),
    ("city:chicago", "city", "Chicago"),
    ("city:emeryville", "city", "Emeryville"),
    ("city:seattle", "city", "Seattle"),
    ("city:los_angeles", "city", "Los Angeles"),
    ("city:new_york", "city", "New York City"),
    ("city:pretoria", "city", "Pretoria"),
    ("city:cape_town", "city", "Cape Town"),
    ("city:milan", "city", "Milan"),
    ("city:rome", "city", "Rome"),
    ("city:nice", "city", "Nice"),
    ("city:venice", "city", "Venice"),
    ("city:new_orleans", "city", "New Orleans"),
    # countries
    ("country:france", "country", "France"),
    ("country:turkey", "country", "Turkey"),
    ("country:uk", "country", "United Kingdom"),
    ("country:russia", "country", "Russia"),
    ("country:switzerland", "country", "Switzerland"),
    ("country:italy", "country", "Italy"),
    ("country:australia", "country", "Australia"),
    ("country:canada", "country", "Canada"),
    ("country:usa", "country", "United States"),
    ("country:south_africa", "country", "South Africa"),
    # kinds of service
    ("kind:luxury", "kind", "luxury train"),
    ("kind:express", "kind", "express train"),
    ("kind:long_distance", "kind", "long-distance train"),
    ("kind:panoramic", "kind", "panoramic train"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"train:{slug}", kind="item", type="train", label=label, attrs={"year": year})
           for slug, label, year in _TRAINS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


# (train, operators, origin, terminus, countries, kind)
_ROUTES = [
    ("orient_express", ["wagons_lits"], "paris", "istanbul", ["france", "turkey"], "luxury"),
    ("flying_scotsman", ["lner"], "london", "edinburgh", ["uk"], "express"),
    ("rossiya", ["russian_railways"], "moscow", "vladivostok", ["russia"], "long_distance"),
    ("glacier_express", ["mgb", "rhb"], "zermatt", "st_moritz", ["switzerland"], "panoramic"),
    ("bernina_express", ["rhb"], "chur", "tirano", ["switzerland", "italy"], "panoramic"),
    ("the_ghan", ["journey_beyond"], "adelaide", "darwin", ["australia"], "long_distance"),
    ("indian_pacific", ["journey_beyond"], "sydney", "perth", ["australia"], "long_distance"),
    ("the_canadian", ["via_rail"], "toronto", "vancouver", ["canada"], "long_distance"),
    ("california_zephyr", ["amtrak"], "chicago", "emeryville", ["usa"], "long_distance"),
    ("coast_starlight", ["amtrak"], "seattle", "los_angeles", ["usa"], "long_distance"),
    ("empire_builder", ["amtrak"], "chicago", "seattle", ["usa"], "long_distance"),
    ("twentieth_century_limited", ["nyc"], "new_york", "chicago", ["usa"], "express"),
    ("blue_train", [], "pretoria", "cape_town", ["south_africa"], "luxury"),
    ("settebello", ["fs"], "milan", "rome", ["italy"], "express"),
    ("le_mistral", ["sncf"], "paris", "nice", ["france"], "express"),
    ("royal_scotsman", ["belmond"], "edinburgh", None, ["uk"], "luxury"),
    ("vsoe", ["belmond"], "london", "venice", ["france", "italy"], "luxury"),
    ("sunset_limited", ["amtrak"], "new_orleans", "los_angeles", ["usa"], "long_distance"),
]

_RATINGS = {
    "ana": [("orient_express", 5.0), ("glacier_express", 4.5), ("flying_scotsman", 2.0), ("rossiya", 1.5)],
    "ben": [("the_ghan", 4.0), ("indian_pacific", 5.0), ("coast_starlight", 1.0), ("the_canadian", 3.0)],
    "chen": [("california_zephyr", 4.5), ("empire_builder", 2.0), ("bernina_express", 5.0), ("settebello", 3.5)],
    "dara": [("blue_train", 1.5), ("royal_scotsman", 4.0), ("le_mistral", 4.5), ("vsoe", 3.0)],
    "emil": [("twentieth_century_limited", 5.0), ("sunset_limited", 0.5), ("glacier_express", 2.5), ("orient_express", 4.0)],
}


def rows():
    out = []
    for slug, ops, origin, terminus, countries, kind in _ROUTES:
        t = f"train:{slug}"
        out += [(t, "operated_by", f"operator:{o}") for o in ops]
        out.append((t, "departs_from", f"city:{origin}"))
        if terminus:
            out.append((t, "terminates_in", f"city:{terminus}"))
        out += [(t, "runs_in", f"country:{c}") for c in countries]
        out.append((t, "service_kind", f"kind:{kind}"))
    for u, rs in _RATINGS.items():
        out += [(f"user:{u}", "rated", f"train:{slug}", {"rating": r}) for slug, r in rs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind133")
