"""A small marathons graph (blind110)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("marathon",)),
    kgx.Relation("held_in", phrase="is held in", inverse_phrase="hosts", domain=("marathon",), range=("place",)),
    kgx.Relation("in_country", phrase="takes place in", inverse_phrase="is the country of", domain=("marathon",), range=("country",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("marathon",), range=("person",)),
    kgx.Relation("organised_by", phrase="is organised by", inverse_phrase="organises", domain=("marathon",), range=("organisation",)),
    kgx.Relation("part_of", phrase="is part of", inverse_phrase="includes", domain=("marathon",), range=("series",)),
    kgx.Relation("has_format", phrase="is run as", inverse_phrase="is the format of", domain=("marathon",), range=("format",)),
]

_ITEMS = [
    ("boston", "Boston Marathon", 1897),
    ("new_york", "New York City Marathon", 1970),
    ("chicago", "Chicago Marathon", 1977),
    ("berlin", "Berlin Marathon", 1974),
    ("london", "London Marathon", 1981),
    ("tokyo", "Tokyo Marathon", 2007),
    ("sydney", "Sydney Marathon", 2001),
    ("paris", "Paris Marathon", 1976),
    ("rotterdam", "Rotterdam Marathon", 1981),
    ("honolulu", "Honolulu Marathon", 1973),
    ("comrades", "Comrades Marathon", 1921),
    ("two_oceans", "Two Oceans Marathon", 1970),
    ("marine_corps", "Marine Corps Marathon", 1976),
    ("los_angeles", "Los Angeles Marathon", 1986),
    ("big_sur", "Big Sur International Marathon", 1986),
    ("vienna", "Vienna City Marathon", 1984),
    ("fukuoka", "Fukuoka International Marathon", 1947),
    ("athens", "Athens Classic Marathon", 1972),
]

_PLACES = [
    ("boston", "Boston"), ("new_york_city", "New York City"), ("chicago", "Chicago"),
    ("berlin", "Berlin"), ("london", "London"), ("tokyo", "Tokyo"), ("sydney", "Sydney"),
    ("paris", "Paris"), ("rotterdam", "Rotterdam"), ("honolulu", "Honolulu"),
    ("durban", "Durban"), ("pietermaritzburg", "Pietermaritzburg"), ("cape_town", "Cape Town"),
    ("washington_dc", "Washington, D.C."), ("arlington", "Arlington"),
    ("los_angeles", "Los Angeles"), ("big_sur", "Big Sur"), ("vienna", "Vienna"),
    ("fukuoka", "Fukuoka"), ("athens", "Athens"),
]

_COUNTRIES = [
    ("united_states", "United States"), ("germany", "Germany"), ("united_kingdom", "United Kingdom"),
    ("japan", "Japan"), ("australia", "Australia"), ("france", "France"),
    ("netherlands", "Netherlands"), ("south_africa", "South Africa"), ("austria", "Austria"),
    ("greece", "Greece"),
]

_PEOPLE = [
    ("fred_lebow", "Fred Lebow"), ("chris_brasher", "Chris Brasher"), ("john_disley", "John Disley"),
    ("horst_milde", "Horst Milde"), ("vic_clapham", "Vic Clapham"), ("jack_scaff", "Jack Scaff"),
    ("bill_burke", "Bill Burke"),
]

_ORGS = [
    ("baa", "Boston Athletic Association"), ("nyrr", "New York Road Runners"),
    ("scc_events", "SCC Events"), ("london_marathon_events", "London Marathon Events"),
    ("usmc", "United States Marine Corps"), ("comrades_association", "Comrades Marathon Association"),
    ("tokyo_marathon_foundation", "Tokyo Marathon Foundation"),
]


def entities():
    out = []
    for slug, label, year in _ITEMS:
        out.append(kgx.Entity(f"marathon:{slug}", kind="item", type="marathon", label=label, attrs={"year": year}))
    for slug, label in _PLACES:
        out.append(kgx.Entity(f"place:{slug}", kind="attribute", type="place", label=label))
    for slug, label in _COUNTRIES:
        out.append(kgx.Entity(f"country:{slug}", kind="attribute", type="country", label=label))
    for slug, label in _PEOPLE:
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in _ORGS:
        out.append(kgx.Entity(f"org:{slug}", kind="attribute", type="organisation", label=label))
    out.append(kgx.Entity("series:world_marathon_majors", kind="attribute", type="series", label="World Marathon Majors"))
    out.append(kgx.Entity("format:road_marathon", kind="attribute", type="format", label="road marathon"))
    out.append(kgx.Entity("format:ultramarathon", kind="attribute", type="format", label="ultramarathon"))
    for name in ("ana", "ben", "chen", "dara", "emil"):
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


_HELD_IN = {
    "boston": ["boston"], "new_york": ["new_york_city"], "chicago": ["chicago"], "berlin": ["berlin"],
    "london": ["london"], "tokyo": ["tokyo"], "sydney": ["sydney"], "paris": ["paris"],
    "rotterdam": ["rotterdam"], "honolulu": ["honolulu"], "comrades": ["durban", "pietermaritzburg"],
    "two_oceans": ["cape_town"], "marine_corps": ["washington_dc", "arlington"],
    "los_angeles": ["los_angeles"], "big_sur": ["big_sur"], "vienna": ["vienna"],
    "fukuoka": ["fukuoka"], "athens": ["athens"],
}

_COUNTRY = {
    "boston": "united_states", "new_york": "united_states", "chicago": "united_states",
    "berlin": "germany", "london": "united_kingdom", "tokyo": "japan", "sydney": "australia",
    "paris": "france", "rotterdam": "netherlands", "honolulu": "united_states",
    "comrades": "south_africa", "two_oceans": "south_africa", "marine_corps": "united_states",
    "los_angeles": "united_states", "big_sur": "united_states", "vienna": "austria",
    "fukuoka": "japan", "athens": "greece",
}

_FOUNDED_BY = [
    ("new_york", "fred_lebow"), ("london", "chris_brasher"), ("london", "john_disley"),
    ("berlin", "horst_milde"), ("comrades", "vic_clapham"), ("honolulu", "jack_scaff"),
    ("los_angeles", "bill_burke"),
]

_ORGANISED_BY = [
    ("boston", "baa"), ("new_york", "nyrr"), ("berlin", "scc_events"),
    ("london", "london_marathon_events"), ("marine_corps", "usmc"),
    ("comrades", "comrades_association"), ("tokyo", "tokyo_marathon_foundation"),
]

_MAJORS = ["boston", "new_york", "chicago", "berlin", "london", "tokyo", "sydney"]
_ULTRA = ["comrades", "two_oceans"]

_RATINGS = {
    "ana": [("boston", 5.0), ("berlin", 4.5), ("comrades", 2.0), ("tokyo", 3.5)],
    "ben": [("new_york", 4.0), ("london", 5.0), ("honolulu", 1.5), ("big_sur", 4.5)],
    "chen": [("tokyo", 4.5), ("fukuoka", 5.0), ("chicago", 2.5), ("paris", 1.0)],
    "dara": [("two_oceans", 4.0), ("comrades", 5.0), ("sydney", 3.0), ("rotterdam", 2.0)],
    "emil": [("marine_corps", 3.5), ("los_angeles", 1.0), ("vienna", 4.5), ("athens", 5.0)],
}


def rows():
    out = []
    for m, places in _HELD_IN.items():
        for p in places:
            out.append((f"marathon:{m}", "held_in", f"place:{p}"))
    for m, c in _COUNTRY.items():
        out.append((f"marathon:{m}", "in_country", f"country:{c}"))
    for m, p in _FOUNDED_BY:
        out.append((f"marathon:{m}", "founded_by", f"person:{p}"))
    for m, o in _ORGANISED_BY:
        out.append((f"marathon:{m}", "organised_by", f"org:{o}"))
    for m in _MAJORS:
        out.append((f"marathon:{m}", "part_of", "series:world_marathon_majors"))
    for m, *_ in _ITEMS:
        fmt = "ultramarathon" if m in _ULTRA else "road_marathon"
        out.append((f"marathon:{m}", "has_format", f"format:{fmt}"))
    for u, rs in _RATINGS.items():
        for m, r in rs:
            out.append((f"user:{u}", "rated", f"marathon:{m}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind110")
