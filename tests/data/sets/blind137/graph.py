"""blind137: a small graph of reservoirs (artificial lakes).

The `year` of each lake is the year its impounding dam was completed
(Kielder Water: the year it was opened).
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
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates",
                 domain=("lake",), range=("organisation",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                 domain=("lake",), range=("person",)),
    kgx.Relation("used_for", phrase="is used for", inverse_phrase="is a purpose of",
                 domain=("lake",), range=("purpose",)),
]

LAKES = [
    # slug, label, year, aliases
    ("mead", "Lake Mead", 1936, ()),
    ("powell", "Lake Powell", 1966, ()),
    ("nasser", "Lake Nasser", 1970, ()),
    ("kariba", "Lake Kariba", 1959, ()),
    ("volta", "Lake Volta", 1965, ()),
    ("roosevelt", "Franklin D. Roosevelt Lake", 1942, ("Lake Roosevelt",)),
    ("shasta", "Shasta Lake", 1945, ("Lake Shasta",)),
    ("oroville", "Lake Oroville", 1968, ()),
    ("lanier", "Lake Lanier", 1956, ("Lake Sidney Lanier",)),
    ("texoma", "Lake Texoma", 1944, ()),
    ("sakakawea", "Lake Sakakawea", 1953, ()),
    ("oahe", "Lake Oahe", 1962, ()),
    ("havasu", "Lake Havasu", 1938, ()),
    ("mohave", "Lake Mohave", 1951, ()),
    ("kielder", "Kielder Water", 1982, ()),
    ("gatun", "Gatun Lake", 1913, ()),
    ("argyle", "Lake Argyle", 1971, ()),
    ("vyrnwy", "Lake Vyrnwy", 1888, ()),
]

ATTRIBUTES = {
    "dam": {
        "hoover": "Hoover Dam", "glen_canyon": "Glen Canyon Dam", "aswan_high": "Aswan High Dam",
        "kariba": "Kariba Dam", "akosombo": "Akosombo Dam", "grand_coulee": "Grand Coulee Dam",
        "shasta": "Shasta Dam", "oroville": "Oroville Dam", "buford": "Buford Dam",
        "denison": "Denison Dam", "garrison": "Garrison Dam", "oahe": "Oahe Dam",
        "parker": "Parker Dam", "davis": "Davis Dam", "kielder": "Kielder Dam",
        "gatun": "Gatun Dam", "ord_river": "Ord River Dam", "vyrnwy": "Vyrnwy Dam",
    },
    "river": {
        "colorado": "Colorado River", "nile": "Nile", "zambezi": "Zambezi",
        "volta": "Volta River", "columbia": "Columbia River", "sacramento": "Sacramento River",
        "feather": "Feather River", "chattahoochee": "Chattahoochee River", "red": "Red River",
        "missouri": "Missouri River", "north_tyne": "River North Tyne", "chagres": "Chagres River",
        "ord": "Ord River", "vyrnwy": "River Vyrnwy",
    },
    "state": {
        "nevada": "Nevada", "arizona": "Arizona", "utah": "Utah", "washington": "Washington",
        "california": "California", "georgia": "Georgia", "texas": "Texas", "oklahoma": "Oklahoma",
        "north_dakota": "North Dakota", "south_dakota": "South Dakota",
        "western_australia": "Western Australia",
    },
    "country": {
        "egypt": "Egypt", "zambia": "Zambia", "zimbabwe": "Zimbabwe", "ghana": "Ghana",
        "england": "England", "panama": "Panama", "wales": "Wales",
    },
    "organisation": {
        "reclamation": "Bureau of Reclamation", "usace": "US Army Corps of Engineers",
        "cadwr": "California Department of Water Resources", "zra": "Zambezi River Authority",
        "vra": "Volta River Authority", "northumbrian": "Northumbrian Water",
        "acp": "Panama Canal Authority",
    },
    "person": {
        "elwood_mead": "Elwood Mead", "john_wesley_powell": "John Wesley Powell",
        "nasser": "Gamal Abdel Nasser", "fdr": "Franklin D. Roosevelt",
        "sidney_lanier": "Sidney Lanier", "sakakawea": "Sakakawea",
    },
    "purpose": {
        "hydroelectric_power": "hydroelectric power", "irrigation": "irrigation",
        "flood_control": "flood control", "water_supply": "water supply",
        "navigation": "navigation",
    },
}

# lake slug -> {relation: [attribute ids]}
FACTS = {
    "mead": {"impounded_by": ["dam:hoover"], "on_river": ["river:colorado"],
             "located_in": ["state:nevada", "state:arizona"], "operated_by": ["organisation:reclamation"],
             "named_after": ["person:elwood_mead"],
             "used_for": ["purpose:water_supply", "purpose:hydroelectric_power",
                          "purpose:irrigation", "purpose:flood_control"]},
    "powell": {"impounded_by": ["dam:glen_canyon"], "on_river": ["river:colorado"],
               "located_in": ["state:utah", "state:arizona"], "operated_by": ["organisation:reclamation"],
               "named_after": ["person:john_wesley_powell"],
               "used_for": ["purpose:water_supply", "purpose:hydroelectric_power"]},
    "nasser": {"impounded_by": ["dam:aswan_high"], "on_river": ["river:nile"],
               "located_in": ["country:egypt"], "named_after": ["person:nasser"],
               "used_for": ["purpose:irrigation", "purpose:hydroelectric_power", "purpose:flood_control"]},
    "kariba": {"impounded_by": ["dam:kariba"], "on_river": ["river:zambezi"],
               "located_in": ["country:zambia", "country:zimbabwe"], "operated_by": ["organisation:zra"],
               "used_for": ["purpose:hydroelectric_power"]},
    "volta": {"impounded_by": ["dam:akosombo"], "on_river": ["river:volta"],
              "located_in": ["country:ghana"], "operated_by": ["organisation:vra"],
              "used_for": ["purpose:hydroelectric_power"]},
    "roosevelt": {"impounded_by": ["dam:grand_coulee"], "on_river": ["river:columbia"],
                  "located_in": ["state:washington"], "operated_by": ["organisation:reclamation"],
                  "named_after": ["person:fdr"],
                  "used_for": ["purpose:hydroelectric_power", "purpose:irrigation"]},
    "shasta": {"impounded_by": ["dam:shasta"], "on_river": ["river:sacramento"],
               "located_in": ["state:california"], "operated_by": ["organisation:reclamation"],
               "used_for": ["purpose:flood_control", "purpose:irrigation", "purpose:hydroelectric_power"]},
    "oroville": {"impounded_by": ["dam:oroville"], "on_river": ["river:feather"],
                 "located_in": ["state:california"], "operated_by": ["organisation:cadwr"],
                 "used_for": ["purpose:water_supply", "purpose:flood_control", "purpose:hydroelectric_power"]},
    "lanier": {"impounded_by": ["dam:buford"], "on_river": ["river:chattahoochee"],
               "located_in": ["state:georgia"], "operated_by": ["organisation:usace"],
               "named_after": ["person:sidney_lanier"],
               "used_for": ["purpose:flood_control", "purpose:water_supply", "purpose:hydroelectric_power"]},
    "texoma": {"impounded_by": ["dam:denison"], "on_river": ["river:red"],
               "located_in": ["state:texas", "state:oklahoma"], "operated_by": ["organisation:usace"],
               "used_for": ["purpose:flood_control", "purpose:hydroelectric_power"]},
    "sakakawea": {"impounded_by": ["dam:garrison"], "on_river": ["river:missouri"],
                  "located_in": ["state:north_dakota"], "operated_by": ["organisation:usace"],
                  "named_after": ["person:sakakawea"],
                  "used_for": ["purpose:flood_control", "purpose:hydroelectric_power"]},
    "oahe": {"impounded_by": ["dam:oahe"], "on_river": ["river:missouri"],
             "located_in": ["state:south_dakota", "state:north_dakota"], "operated_by": ["organisation:usace"],
             "used_for": ["purpose:flood_control", "purpose:hydroelectric_power"]},
    "havasu": {"impounded_by": ["dam:parker"], "on_river": ["river:colorado"],
               "located_in": ["state:arizona", "state:california"], "operated_by": ["organisation:reclamation"],
               "used_for": ["purpose:water_supply", "purpose:hydroelectric_power"]},
    "mohave": {"impounded_by": ["dam:davis"], "on_river": ["river:colorado"],
               "located_in": ["state:arizona", "state:nevada"], "operated_by": ["organisation:reclamation"],
               "used_for": ["purpose:hydroelectric_power"]},
    "kielder": {"impounded_by": ["dam:kielder"], "on_river": ["river:north_tyne"],
                "located_in": ["country:england"], "operated_by": ["organisation:northumbrian"],
                "used_for": ["purpose:water_supply"]},
    "gatun": {"impounded_by": ["dam:gatun"], "on_river": ["river:chagres"],
              "located_in": ["country:panama"], "operated_by": ["organisation:acp"],
              "used_for": ["purpose:navigation"]},
    "argyle": {"impounded_by": ["dam:ord_river"], "on_river": ["river:ord"],
               "located_in": ["state:western_australia"],
               "used_for": ["purpose:irrigation"]},
    "vyrnwy": {"impounded_by": ["dam:vyrnwy"], "on_river": ["river:vyrnwy"],
               "located_in": ["country:wales"],
               "used_for": ["purpose:water_supply"]},
}

RATINGS = {
    "ana": {"mead": 5.0, "powell": 4.5, "kariba": 2.0, "gatun": 3.5},
    "ben": {"nasser": 4.0, "volta": 1.5, "kielder": 5.0, "vyrnwy": 3.0},
    "chen": {"shasta": 4.5, "oroville": 1.0, "lanier": 3.5, "argyle": 5.0},
    "dara": {"texoma": 2.0, "sakakawea": 4.0, "oahe": 4.5, "havasu": 0.5},
    "emil": {"mohave": 3.0, "roosevelt": 5.0, "mead": 1.5, "kielder": 4.0},
}


def entities():
    out = [kgx.Entity(f"lake:{slug}", kind="item", type="lake", label=label,
                      aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in LAKES]
    for typ, members in ATTRIBUTES.items():
        for slug, label in members.items():
            out.append(kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label))
    for name in RATINGS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"lake:{slug}", rel, tail))
    for name, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{name}", "rated", f"lake:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind137")
