"""A small seaports graph for blind154.

Items are seaports; `year` is the year the port (or its modern dock / terminal)
opened: the traditional 1189 charter for Hamburg, 1819 for Raffles' Singapore,
the first quay or dock for Busan, Felixstowe and Santos, and the opening of the
new deep-water ports for the recent ones.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("port",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("port",), range=("place",)),
    kgx.Relation("in_country", phrase="lies in", inverse_phrase="contains",
                 domain=("port",), range=("country",)),
    kgx.Relation("on_water", phrase="sits on", inverse_phrase="borders",
                 domain=("port",), range=("waterbody",)),
    kgx.Relation("managed_by", phrase="is managed by", inverse_phrase="manages",
                 domain=("port",), range=("organisation",)),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the kind of",
                 domain=("port",), range=("kind",)),
]

# slug: (label, year)
PORTS = {
    "jebel_ali": ("Port of Jebel Ali", 1979),
    "london_gateway": ("London Gateway", 2013),
    "felixstowe": ("Port of Felixstowe", 1886),
    "singapore": ("Port of Singapore", 1819),
    "long_beach": ("Port of Long Beach", 1911),
    "los_angeles": ("Port of Los Angeles", 1907),
    "hamburg": ("Port of Hamburg", 1189),
    "jadeweserport": ("JadeWeserPort", 2012),
    "yangshan": ("Yangshan Deep-Water Port", 2005),
    "tanjung_pelepas": ("Port of Tanjung Pelepas", 1999),
    "port_klang": ("Port Klang", 1901),
    "tanger_med": ("Tanger Med", 2007),
    "gwadar": ("Port of Gwadar", 2007),
    "hambantota": ("Hambantota Port", 2010),
    "haifa": ("Port of Haifa", 1933),
    "mundra": ("Mundra Port", 1998),
    "busan": ("Port of Busan", 1876),
    "santos": ("Port of Santos", 1892),
}

PLACES = {
    "dubai": "Dubai", "thurrock": "Thurrock", "felixstowe": "Felixstowe",
    "long_beach": "Long Beach", "los_angeles": "Los Angeles", "hamburg": "Hamburg",
    "wilhelmshaven": "Wilhelmshaven", "shanghai": "Shanghai", "klang": "Klang",
    "gwadar": "Gwadar", "hambantota": "Hambantota", "haifa": "Haifa",
    "mundra": "Mundra", "busan": "Busan", "santos": "Santos",
}

COUNTRIES = {
    "uae": "United Arab Emirates", "uk": "United Kingdom", "singapore": "Singapore",
    "usa": "United States", "germany": "Germany", "china": "China",
    "malaysia": "Malaysia", "morocco": "Morocco", "pakistan": "Pakistan",
    "sri_lanka": "Sri Lanka", "israel": "Israel", "india": "India",
    "south_korea": "South Korea", "brazil": "Brazil",
}

WATERS = {
    "persian_gulf": "Persian Gulf", "thames": "River Thames", "north_sea": "North Sea",
    "singapore_strait": "Singapore Strait", "pacific": "Pacific Ocean", "elbe": "Elbe",
    "east_china_sea": "East China Sea", "malacca": "Strait of Malacca",
    "gibraltar": "Strait of Gibraltar", "arabian_sea": "Arabian Sea",
    "indian_ocean": "Indian Ocean", "mediterranean": "Mediterranean Sea",
    "kutch": "Gulf of Kutch", "korea_strait": "Korea Strait", "atlantic": "Atlantic Ocean",
}

ORGS = {
    "dp_world": "DP World", "hutchison": "Hutchison Ports", "psa": "PSA International",
    "lb_harbor": "Long Beach Harbor Department", "la_harbor": "Los Angeles Harbor Department",
    "hpa": "Hamburg Port Authority", "eurogate": "Eurogate",
    "sipg": "Shanghai International Port Group", "pka": "Port Klang Authority",
    "tmsa": "Tanger Med Special Agency", "cophc": "China Overseas Port Holding Company",
    "cmport": "China Merchants Port Holdings", "haifa_port_co": "Haifa Port Company",
    "adani": "Adani Ports and SEZ", "bpa": "Busan Port Authority",
    "spa": "Santos Port Authority",
}

KINDS = {
    "container_port": "container port", "deep_water_port": "deep-water port",
    "transshipment_hub": "transshipment hub", "man_made_harbour": "man-made harbour",
}

# slug: (place, country, water, organisation, [kinds])
FACTS = {
    "jebel_ali": ("dubai", "uae", "persian_gulf", "dp_world", ["container_port", "man_made_harbour"]),
    "london_gateway": ("thurrock", "uk", "thames", "dp_world", ["deep_water_port", "container_port"]),
    "felixstowe": ("felixstowe", "uk", "north_sea", "hutchison", ["container_port"]),
    "singapore": (None, "singapore", "singapore_strait", "psa", ["container_port", "transshipment_hub"]),
    "long_beach": ("long_beach", "usa", "pacific", "lb_harbor", ["container_port"]),
    "los_angeles": ("los_angeles", "usa", "pacific", "la_harbor", ["container_port"]),
    "hamburg": ("hamburg", "germany", "elbe", "hpa", ["container_port"]),
    "jadeweserport": ("wilhelmshaven", "germany", "north_sea", "eurogate", ["deep_water_port", "container_port"]),
    "yangshan": ("shanghai", "china", "east_china_sea", "sipg", ["deep_water_port", "container_port"]),
    "tanjung_pelepas": (None, "malaysia", None, None, ["container_port", "transshipment_hub"]),
    "port_klang": ("klang", "malaysia", "malacca", "pka", ["container_port"]),
    "tanger_med": (None, "morocco", "gibraltar", "tmsa", ["container_port", "transshipment_hub"]),
    "gwadar": ("gwadar", "pakistan", "arabian_sea", "cophc", ["deep_water_port"]),
    "hambantota": ("hambantota", "sri_lanka", "indian_ocean", "cmport", ["deep_water_port"]),
    "haifa": ("haifa", "israel", "mediterranean", "haifa_port_co", ["deep_water_port"]),
    "mundra": ("mundra", "india", "kutch", "adani", ["container_port"]),
    "busan": ("busan", "south_korea", "korea_strait", "bpa", ["container_port"]),
    "santos": ("santos", "brazil", "atlantic", "spa", ["container_port"]),
}

RATINGS = {
    "ana": {"hamburg": 5.0, "singapore": 4.5, "gwadar": 1.5, "felixstowe": 3.0},
    "ben": {"long_beach": 4.0, "los_angeles": 2.0, "jebel_ali": 5.0, "santos": 3.5},
    "chen": {"yangshan": 4.5, "busan": 1.0, "haifa": 3.0, "tanger_med": 4.0},
    "dara": {"london_gateway": 2.5, "jadeweserport": 5.0, "port_klang": 1.5, "mundra": 4.0},
    "emil": {"hambantota": 0.5, "tanjung_pelepas": 3.5, "hamburg": 4.0, "singapore": 2.0},
}


def entities():
    out = []
    for slug, (label, year) in PORTS.items():
        out.append(kgx.Entity(f"port:{slug}", kind="item", type="port", label=label,
                              attrs={"year": year}))
    for prefix, typ, table in [("place", "place", PLACES), ("country", "country", COUNTRIES),
                               ("water", "waterbody", WATERS), ("org", "organisation", ORGS),
                               ("kind", "kind", KINDS)]:
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label))
    for user in RATINGS:
        out.append(kgx.Entity(f"user:{user}", kind="user", type="user", label=user))
    return out


def rows():
    out = []
    for slug, (place, country, water, org, kinds) in FACTS.items():
        head = f"port:{slug}"
        if place:
            out.append((head, "located_in", f"place:{place}"))
        if country:
            out.append((head, "in_country", f"country:{country}"))
        if water:
            out.append((head, "on_water", f"water:{water}"))
        if org:
            out.append((head, "managed_by", f"org:{org}"))
        for k in kinds:
            out.append((head, "has_kind", f"kind:{k}"))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"port:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind154")
