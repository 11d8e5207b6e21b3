"""A small graph of dam-made lakes (reservoirs).

The ``year`` of each lake is the year its dam was completed.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("lake",)),
    kgx.Relation("impounded_by", phrase="is impounded by", inverse_phrase="impounds",
                 domain=("lake",), range=("dam",)),
    kgx.Relation("on_river", phrase="lies on", inverse_phrase="flows through",
                 domain=("lake",), range=("river",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("lake",), range=("state", "country")),
    kgx.Relation("built_by", phrase="was created by", inverse_phrase="created",
                 domain=("lake",), range=("organisation",)),
    kgx.Relation("used_for", phrase="is used for", inverse_phrase="is a purpose of",
                 domain=("lake",), range=("purpose",)),
]

# slug: (label, year the dam was completed)
LAKES = {
    "mead": ("Lake Mead", 1936),
    "powell": ("Lake Powell", 1966),
    "nasser": ("Lake Nasser", 1970),
    "kariba": ("Lake Kariba", 1959),
    "volta": ("Lake Volta", 1965),
    "roosevelt": ("Franklin D. Roosevelt Lake", 1942),
    "oahe": ("Lake Oahe", 1962),
    "sakakawea": ("Lake Sakakawea", 1953),
    "texoma": ("Lake Texoma", 1944),
    "lanier": ("Lake Lanier", 1956),
    "shasta": ("Shasta Lake", 1945),
    "havasu": ("Lake Havasu", 1938),
    "kentucky": ("Kentucky Lake", 1944),
    "norris": ("Norris Lake", 1936),
    "guntersville": ("Lake Guntersville", 1939),
    "ozarks": ("Lake of the Ozarks", 1931),
    "berryessa": ("Lake Berryessa", 1957),
}

DAMS = {
    "hoover": "Hoover Dam", "glen_canyon": "Glen Canyon Dam", "aswan_high": "Aswan High Dam",
    "kariba": "Kariba Dam", "akosombo": "Akosombo Dam", "grand_coulee": "Grand Coulee Dam",
    "oahe": "Oahe Dam", "garrison": "Garrison Dam", "denison": "Denison Dam",
    "buford": "Buford Dam", "shasta": "Shasta Dam", "parker": "Parker Dam",
    "kentucky": "Kentucky Dam", "norris": "Norris Dam", "guntersville": "Guntersville Dam",
    "bagnell": "Bagnell Dam", "monticello": "Monticello Dam",
}

RIVERS = {
    "colorado": "Colorado River", "nile": "Nile", "zambezi": "Zambezi", "volta": "Volta River",
    "columbia": "Columbia River", "missouri": "Missouri River", "red": "Red River",
    "chattahoochee": "Chattahoochee River", "sacramento": "Sacramento River",
    "tennessee": "Tennessee River", "clinch": "Clinch River", "osage": "Osage River",
    "putah": "Putah Creek",
}

STATES = {
    "nevada": "Nevada", "arizona": "Arizona", "utah": "Utah", "washington": "Washington",
    "south_dakota": "South Dakota", "north_dakota": "North Dakota", "texas": "Texas",
    "oklahoma": "Oklahoma", "georgia": "Georgia", "california": "California",
    "kentucky": "Kentucky", "tennessee": "Tennessee", "alabama": "Alabama", "missouri": "Missouri",
}

COUNTRIES = {"egypt": "Egypt", "sudan": "Sudan", "zambia": "Zambia", "zimbabwe": "Zimbabwe",
             "ghana": "Ghana"}

ORGS = {
    "reclamation": "Bureau of Reclamation",
    "usace": "U.S. Army Corps of Engineers",
    "tva": "Tennessee Valley Authority",
    "union_electric": "Union Electric Company",
}

PURPOSES = {"hydro": "hydroelectric power", "flood_control": "flood control",
            "irrigation": "irrigation", "navigation": "navigation", "water_supply": "water supply"}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# lake: (dam, [rivers], [places], organisation or None, [purposes])
FACTS = {
    "mead": ("hoover", ["colorado"], ["state:nevada", "state:arizona"], "reclamation",
             ["flood_control", "irrigation", "hydro", "water_supply"]),
    "powell": ("glen_canyon", ["colorado"], ["state:utah", "state:arizona"], "reclamation",
               ["hydro", "water_supply"]),
    "nasser": ("aswan_high", ["nile"], ["country:egypt", "country:sudan"], None,
               ["hydro", "irrigation", "flood_control"]),
    "kariba": ("kariba", ["zambezi"], ["country:zambia", "country:zimbabwe"], None, ["hydro"]),
    "volta": ("akosombo", ["volta"], ["country:ghana"], None, ["hydro"]),
    "roosevelt": ("grand_coulee", ["columbia"], ["state:washington"], "reclamation",
                  ["hydro", "irrigation"]),
    "oahe": ("oahe", ["missouri"], ["state:south_dakota", "state:north_dakota"], "usace",
             ["flood_control", "hydro"]),
    "sakakawea": ("garrison", ["missouri"], ["state:north_dakota"], "usace",
                  ["flood_control", "hydro"]),
    "texoma": ("denison", ["red"], ["state:texas", "state:oklahoma"], "usace",
               ["flood_control", "hydro", "water_supply"]),
    "lanier": ("buford", ["chattahoochee"], ["state:georgia"], "usace",
               ["water_supply", "flood_control", "hydro"]),
    "shasta": ("shasta", ["sacramento"], ["state:california"], "reclamation",
               ["flood_control", "irrigation", "hydro"]),
    "havasu": ("parker", ["colorado"], ["state:arizona", "state:california"], "reclamation",
               ["water_supply", "hydro"]),
    "kentucky": ("kentucky", ["tennessee"], ["state:kentucky", "state:tennessee"], "tva",
                 ["navigation", "flood_control", "hydro"]),
    "norris": ("norris", ["clinch"], ["state:tennessee"], "tva", ["flood_control", "hydro"]),
    "guntersville": ("guntersville", ["tennessee"], ["state:alabama"], "tva",
                     ["navigation", "hydro"]),
    "ozarks": ("bagnell", ["osage"], ["state:missouri"], "union_electric", ["hydro"]),
    "berryessa": ("monticello", ["putah"], ["state:california"], "reclamation",
                  ["irrigation", "water_supply"]),
}

RATINGS = {
    "ana": {"powell": 5.0, "mead": 4.0, "havasu": 2.0, "shasta": 3.5},
    "ben": {"kariba": 4.5, "nasser": 1.5, "volta": 4.0, "texoma": 3.0},
    "chen": {"norris": 5.0, "kentucky": 4.5, "guntersville": 2.5, "lanier": 1.0},
    "dara": {"ozarks": 4.0, "berryessa": 5.0, "oahe": 2.0, "roosevelt": 3.0},
    "emil": {"sakakawea": 4.5, "mead": 1.5, "powell": 3.0, "kariba": 5.0},
}


def entities():
    out = []
    for slug, (label, year) in LAKES.items():
        out.append(kgx.Entity(f"lake:{slug}", kind="item", type="lake", label=label,
                              attrs={"year": year}))
    for prefix, typ, table in [("dam", "dam", DAMS), ("river", "river", RIVERS),
                               ("state", "state", STATES), ("country", "country", COUNTRIES),
                               ("org", "organisation", ORGS), ("purpose", "purpose", PURPOSES)]:
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def rows():
    out = []
    for slug, (dam, rivers, places, org, purposes) in FACTS.items():
        lake = f"lake:{slug}"
        out.append((lake, "impounded_by", f"dam:{dam}"))
        for r in rivers:
            out.append((lake, "on_river", f"river:{r}"))
        for p in places:
            out.append((lake, "located_in", p))
        if org:
            out.append((lake, "built_by", f"org:{org}"))
        for p in purposes:
            out.append((lake, "used_for", f"purpose:{p}"))
    for u, rs in RATINGS.items():
        for slug, r in rs.items():
            out.append((f"user:{u}", "rated", f"lake:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind97")
