"""blind79: a small graph of real airports (opening years, cities, countries, hubs, namesakes,
architects, operators and notable features), with five users who rated four airports each."""
import kgexplain as kgx

A = ("airport",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=A),
    kgx.Relation("serves", phrase="serves", inverse_phrase="is served by", domain=A, range=("city",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=A, range=("country",)),
    kgx.Relation("hub_for", phrase="is a hub for", inverse_phrase="has a hub at", domain=A, range=("airline",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=A, range=("person",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=A, range=("architect",)),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates", domain=A, range=("operator",)),
    kgx.Relation("has_feature", phrase="has", inverse_phrase="can be found at", domain=A, range=("feature",)),
]

AIRPORTS = [
    ("atlanta", "Hartsfield-Jackson Atlanta International Airport", 1926),
    ("jfk", "John F. Kennedy International Airport", 1948),
    ("laguardia", "LaGuardia Airport", 1939),
    ("newark", "Newark Liberty International Airport", 1928),
    ("dulles", "Washington Dulles International Airport", 1962),
    ("reagan", "Ronald Reagan Washington National Airport", 1941),
    ("denver", "Denver International Airport", 1995),
    ("heathrow", "Heathrow Airport", 1946),
    ("cdg", "Paris Charles de Gaulle Airport", 1974),
    ("orly", "Paris Orly Airport", 1932),
    ("frankfurt", "Frankfurt Airport", 1936),
    ("munich", "Munich Airport", 1992),
    ("schiphol", "Amsterdam Airport Schiphol", 1916),
    ("madrid", "Adolfo Suarez Madrid-Barajas Airport", 1931),
    ("hong_kong", "Hong Kong International Airport", 1998),
    ("kansai", "Kansai International Airport", 1994),
    ("daxing", "Beijing Daxing International Airport", 2019),
    ("changi", "Singapore Changi Airport", 1981),
    ("dubai", "Dubai International Airport", 1960),
    ("istanbul", "Istanbul Airport", 2018),
]

ATTRIBUTES = {
    "city": {
        "atlanta": "Atlanta", "new_york": "New York City", "newark": "Newark",
        "washington": "Washington, D.C.", "denver": "Denver", "london": "London", "paris": "Paris",
        "frankfurt": "Frankfurt", "munich": "Munich", "amsterdam": "Amsterdam", "madrid": "Madrid",
        "hong_kong": "Hong Kong", "osaka": "Osaka", "beijing": "Beijing", "singapore": "Singapore",
        "dubai": "Dubai", "istanbul": "Istanbul",
    },
    "country": {
        "usa": "United States", "uk": "United Kingdom", "france": "France", "germany": "Germany",
        "netherlands": "Netherlands", "spain": "Spain", "japan": "Japan", "china": "China",
        "singapore": "Singapore", "uae": "United Arab Emirates", "turkey": "Turkey",
    },
    "airline": {
        "delta": "Delta Air Lines", "american": "American Airlines", "jetblue": "JetBlue",
        "united": "United Airlines", "british_airways": "British Airways",
        "air_france": "Air France", "lufthansa": "Lufthansa", "klm": "KLM", "iberia": "Iberia",
        "cathay_pacific": "Cathay Pacific", "china_southern": "China Southern Airlines",
        "china_eastern": "China Eastern Airlines", "singapore_airlines": "Singapore Airlines",
        "emirates": "Emirates", "turkish_airlines": "Turkish Airlines",
    },
    "person": {
        "william_hartsfield": "William B. Hartsfield", "maynard_jackson": "Maynard Jackson",
        "john_f_kennedy": "John F. Kennedy", "fiorello_la_guardia": "Fiorello La Guardia",
        "john_foster_dulles": "John Foster Dulles", "ronald_reagan": "Ronald Reagan",
        "charles_de_gaulle": "Charles de Gaulle", "franz_josef_strauss": "Franz Josef Strauss",
        "adolfo_suarez": "Adolfo Suarez",
    },
    "architect": {
        "eero_saarinen": "Eero Saarinen", "curtis_fentress": "Curtis Fentress",
        "paul_andreu": "Paul Andreu", "norman_foster": "Norman Foster",
        "renzo_piano": "Renzo Piano", "zaha_hadid": "Zaha Hadid",
    },
    "operator": {
        "atlanta_aviation": "Atlanta Department of Aviation",
        "port_authority": "Port Authority of New York and New Jersey",
        "mwaa": "Metropolitan Washington Airports Authority",
        "heathrow_holdings": "Heathrow Airport Holdings", "groupe_adp": "Groupe ADP",
        "fraport": "Fraport", "royal_schiphol_group": "Royal Schiphol Group", "aena": "Aena",
        "aahk": "Airport Authority Hong Kong", "kansai_airports": "Kansai Airports",
        "changi_airport_group": "Changi Airport Group", "dubai_airports": "Dubai Airports",
    },
    "feature": {
        "mobile_lounges": "mobile lounges", "fabric_roof": "fabric roof",
        "mustang_statue": "blue mustang statue", "artificial_island": "artificial island",
        "indoor_waterfall": "indoor waterfall", "butterfly_garden": "butterfly garden",
        "library": "library", "brewery": "brewery", "bamboo_ceiling": "bamboo ceiling",
        "circular_terminal": "circular terminal",
    },
}

# airport -> {relation: [tail local ids]}
FACTS = {
    "atlanta": {"serves": ["atlanta"], "located_in": ["usa"], "hub_for": ["delta"],
                "named_after": ["william_hartsfield", "maynard_jackson"], "operated_by": ["atlanta_aviation"]},
    "jfk": {"serves": ["new_york"], "located_in": ["usa"], "hub_for": ["american", "delta", "jetblue"],
            "named_after": ["john_f_kennedy"], "operated_by": ["port_authority"]},
    "laguardia": {"serves": ["new_york"], "located_in": ["usa"], "hub_for": ["delta"],
                  "named_after": ["fiorello_la_guardia"], "operated_by": ["port_authority"]},
    "newark": {"serves": ["newark"], "located_in": ["usa"], "hub_for": ["united"],
               "operated_by": ["port_authority"]},
    "dulles": {"serves": ["washington"], "located_in": ["usa"], "hub_for": ["united"],
               "named_after": ["john_foster_dulles"], "designed_by": ["eero_saarinen"], "operated_by": ["mwaa"],
               "has_feature": ["mobile_lounges"]},
    "reagan": {"serves": ["washington"], "located_in": ["usa"], "hub_for": ["american"],
               "named_after": ["ronald_reagan"], "operated_by": ["mwaa"]},
    "denver": {"serves": ["denver"], "located_in": ["usa"], "hub_for": ["united"],
               "designed_by": ["curtis_fentress"], "has_feature": ["fabric_roof", "mustang_statue"]},
    "heathrow": {"serves": ["london"], "located_in": ["uk"], "hub_for": ["british_airways"],
                 "operated_by": ["heathrow_holdings"]},
    "cdg": {"serves": ["paris"], "located_in": ["france"], "hub_for": ["air_france"],
            "named_after": ["charles_de_gaulle"], "designed_by": ["paul_andreu"], "operated_by": ["groupe_adp"],
            "has_feature": ["circular_terminal"]},
    "orly": {"serves": ["paris"], "located_in": ["france"], "operated_by": ["groupe_adp"]},
    "frankfurt": {"serves": ["frankfurt"], "located_in": ["germany"], "hub_for": ["lufthansa"],
                  "operated_by": ["fraport"]},
    "munich": {"serves": ["munich"], "located_in": ["germany"], "hub_for": ["lufthansa"],
               "named_after": ["franz_josef_strauss"], "has_feature": ["brewery"]},
    "schiphol": {"serves": ["amsterdam"], "located_in": ["netherlands"], "hub_for": ["klm"],
                 "operated_by": ["royal_schiphol_group"], "has_feature": ["library"]},
    "madrid": {"serves": ["madrid"], "located_in": ["spain"], "hub_for": ["iberia"],
               "named_after": ["adolfo_suarez"], "operated_by": ["aena"], "has_feature": ["bamboo_ceiling"]},
    "hong_kong": {"serves": ["hong_kong"], "hub_for": ["cathay_pacific"], "designed_by": ["norman_foster"],
                  "operated_by": ["aahk"], "has_feature": ["artificial_island"]},
    "kansai": {"serves": ["osaka"], "located_in": ["japan"], "designed_by": ["renzo_piano"],
               "operated_by": ["kansai_airports"], "has_feature": ["artificial_island"]},
    "daxing": {"serves": ["beijing"], "located_in": ["china"], "hub_for": ["china_southern", "china_eastern"],
               "designed_by": ["zaha_hadid"]},
    "changi": {"serves": ["singapore"], "located_in": ["singapore"], "hub_for": ["singapore_airlines"],
               "operated_by": ["changi_airport_group"], "has_feature": ["indoor_waterfall", "butterfly_garden"]},
    "dubai": {"serves": ["dubai"], "located_in": ["uae"], "hub_for": ["emirates"],
              "operated_by": ["dubai_airports"]},
    "istanbul": {"serves": ["istanbul"], "located_in": ["turkey"], "hub_for": ["turkish_airlines"]},
}

TAIL_TYPE = {"serves": "city", "located_in": "country", "hub_for": "airline", "named_after": "person",
             "designed_by": "architect", "operated_by": "operator", "has_feature": "feature"}

RATINGS = {
    "ana": {"changi": 5.0, "schiphol": 4.5, "heathrow": 2.0, "dubai": 4.0},
    "ben": {"atlanta": 1.5, "jfk": 3.0, "denver": 4.5, "laguardia": 1.0},
    "chen": {"hong_kong": 5.0, "kansai": 4.5, "daxing": 3.5, "cdg": 1.5},
    "dara": {"dulles": 4.0, "reagan": 2.5, "madrid": 5.0, "frankfurt": 2.0},
    "emil": {"istanbul": 4.5, "munich": 5.0, "orly": 1.0, "newark": 2.0},
}


def entities():
    out = [kgx.Entity(f"airport:{slug}", kind="item", type="airport", label=label, attrs={"year": year})
           for slug, label, year in AIRPORTS]
    for typ, names in ATTRIBUTES.items():
        out += [kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label)
                for slug, label in names.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in RATINGS]
    return out


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tails in facts.items():
            out += [(f"airport:{slug}", rel, f"{TAIL_TYPE[rel]}:{t}") for t in tails]
    for user, given in RATINGS.items():
        out += [(f"user:{user}", "rated", f"airport:{item}", {"rating": r}) for item, r in given.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind79")
