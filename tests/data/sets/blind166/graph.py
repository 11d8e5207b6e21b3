"""A small airports knowledge graph (blind166)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("airport",)),
    kgx.Relation("serves", phrase="serves", inverse_phrase="is served by", domain=("airport",), range=("city",)),
    kgx.Relation("in_country", phrase="is located in", inverse_phrase="is home to", domain=("airport",), range=("country",)),
    kgx.Relation("hub_for", phrase="is a hub for", inverse_phrase="has a hub at", domain=("airport",), range=("airline",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=("airport",), range=("person",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("airport",), range=("architect",)),
    kgx.Relation("has_feature", phrase="has", inverse_phrase="is a feature of", domain=("airport",), range=("feature",)),
]

AIRPORTS = [
    ("atlanta", "Hartsfield-Jackson Atlanta International Airport", 1926),
    ("heathrow", "Heathrow Airport", 1946),
    ("cdg", "Paris Charles de Gaulle Airport", 1974),
    ("jfk", "John F. Kennedy International Airport", 1948),
    ("dubai", "Dubai International Airport", 1960),
    ("haneda", "Haneda Airport", 1931),
    ("changi", "Singapore Changi Airport", 1981),
    ("frankfurt", "Frankfurt Airport", 1936),
    ("schiphol", "Amsterdam Airport Schiphol", 1916),
    ("hong_kong", "Hong Kong International Airport", 1998),
    ("denver", "Denver International Airport", 1995),
    ("kansai", "Kansai International Airport", 1994),
    ("daxing", "Beijing Daxing International Airport", 2019),
    ("istanbul", "Istanbul Airport", 2018),
    ("dulles", "Washington Dulles International Airport", 1962),
    ("ohare", "O'Hare International Airport", 1944),
    ("sydney", "Sydney Airport", 1920),
    ("incheon", "Incheon International Airport", 2001),
    ("munich", "Munich Airport", 1992),
]

ATTRIBUTES = [
    # cities
    ("city:atlanta", "city", "Atlanta"), ("city:london", "city", "London"), ("city:paris", "city", "Paris"),
    ("city:new_york", "city", "New York City"), ("city:dubai", "city", "Dubai"), ("city:tokyo", "city", "Tokyo"),
    ("city:frankfurt", "city", "Frankfurt"), ("city:amsterdam", "city", "Amsterdam"),
    ("city:hong_kong", "city", "Hong Kong"), ("city:denver", "city", "Denver"), ("city:osaka", "city", "Osaka"),
    ("city:beijing", "city", "Beijing"), ("city:istanbul", "city", "Istanbul"),
    ("city:washington", "city", "Washington, D.C."), ("city:chicago", "city", "Chicago"),
    ("city:sydney", "city", "Sydney"), ("city:seoul", "city", "Seoul"), ("city:munich", "city", "Munich"),
    # countries
    ("country:usa", "country", "United States"), ("country:uk", "country", "United Kingdom"),
    ("country:france", "country", "France"), ("country:uae", "country", "United Arab Emirates"),
    ("country:japan", "country", "Japan"), ("country:singapore", "country", "Singapore"),
    ("country:germany", "country", "Germany"), ("country:netherlands", "country", "Netherlands"),
    ("country:china", "country", "China"), ("country:turkey", "country", "Turkey"),
    ("country:australia", "country", "Australia"), ("country:south_korea", "country", "South Korea"),
    # airlines
    ("airline:delta", "airline", "Delta Air Lines"), ("airline:british_airways", "airline", "British Airways"),
    ("airline:virgin_atlantic", "airline", "Virgin Atlantic"), ("airline:air_france", "airline", "Air France"),
    ("airline:jetblue", "airline", "JetBlue"), ("airline:american", "airline", "American Airlines"),
    ("airline:emirates", "airline", "Emirates"), ("airline:jal", "airline", "Japan Airlines"),
    ("airline:ana", "airline", "All Nippon Airways"), ("airline:singapore_airlines", "airline", "Singapore Airlines"),
    ("airline:lufthansa", "airline", "Lufthansa"), ("airline:klm", "airline", "KLM"),
    ("airline:cathay_pacific", "airline", "Cathay Pacific"), ("airline:united", "airline", "United Airlines"),
    ("airline:frontier", "airline", "Frontier Airlines"), ("airline:china_eastern", "airline", "China Eastern Airlines"),
    ("airline:china_southern", "airline", "China Southern Airlines"),
    ("airline:turkish", "airline", "Turkish Airlines"), ("airline:qantas", "airline", "Qantas"),
    ("airline:korean_air", "airline", "Korean Air"), ("airline:asiana", "airline", "Asiana Airlines"),
    # namesakes
    ("person:hartsfield", "person", "William B. Hartsfield"), ("person:maynard_jackson", "person", "Maynard Jackson"),
    ("person:de_gaulle", "person", "Charles de Gaulle"), ("person:kennedy", "person", "John F. Kennedy"),
    ("person:dulles", "person", "John Foster Dulles"), ("person:ohare", "person", "Edward O'Hare"),
    ("person:kingsford_smith", "person", "Charles Kingsford Smith"),
    ("person:strauss", "person", "Franz Josef Strauss"),
    # architects
    ("architect:andreu", "architect", "Paul Andreu"), ("architect:foster", "architect", "Norman Foster"),
    ("architect:fentress", "architect", "Curtis Fentress"), ("architect:piano", "architect", "Renzo Piano"),
    ("architect:hadid", "architect", "Zaha Hadid"), ("architect:saarinen", "architect", "Eero Saarinen"),
    # features
    ("feature:artificial_island", "feature", "Artificial island"),
    ("feature:circular_terminal", "feature", "Circular terminal"),
    ("feature:indoor_waterfall", "feature", "Indoor waterfall"),
    ("feature:tensile_roof", "feature", "Tensile fabric roof"),
    ("feature:starfish_terminal", "feature", "Starfish-shaped terminal"),
    ("feature:catenary_roof", "feature", "Catenary roof"),
    ("feature:underground_people_mover", "feature", "Underground people mover"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"airport:{slug}", kind="item", type="airport", label=label, attrs={"year": year})
           for slug, label, year in AIRPORTS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "atlanta": {"serves": ["city:atlanta"], "in_country": ["country:usa"], "hub_for": ["airline:delta"],
                "named_after": ["person:hartsfield", "person:maynard_jackson"],
                "has_feature": ["feature:underground_people_mover"]},
    "heathrow": {"serves": ["city:london"], "in_country": ["country:uk"],
                 "hub_for": ["airline:british_airways", "airline:virgin_atlantic"]},
    "cdg": {"serves": ["city:paris"], "in_country": ["country:france"], "hub_for": ["airline:air_france"],
            "named_after": ["person:de_gaulle"], "designed_by": ["architect:andreu"],
            "has_feature": ["feature:circular_terminal"]},
    "jfk": {"serves": ["city:new_york"], "in_country": ["country:usa"],
            "hub_for": ["airline:jetblue", "airline:delta", "airline:american"], "named_after": ["person:kennedy"]},
    "dubai": {"serves": ["city:dubai"], "in_country": ["country:uae"], "hub_for": ["airline:emirates"]},
    "haneda": {"serves": ["city:tokyo"], "in_country": ["country:japan"], "hub_for": ["airline:jal", "airline:ana"]},
    "changi": {"in_country": ["country:singapore"], "hub_for": ["airline:singapore_airlines"],
               "has_feature": ["feature:indoor_waterfall"]},
    "frankfurt": {"serves": ["city:frankfurt"], "in_country": ["country:germany"], "hub_for": ["airline:lufthansa"]},
    "schiphol": {"serves": ["city:amsterdam"], "in_country": ["country:netherlands"], "hub_for": ["airline:klm"]},
    "hong_kong": {"serves": ["city:hong_kong"], "hub_for": ["airline:cathay_pacific"],
                  "designed_by": ["architect:foster"], "has_feature": ["feature:artificial_island"]},
    "denver": {"serves": ["city:denver"], "in_country": ["country:usa"],
               "hub_for": ["airline:united", "airline:frontier"], "designed_by": ["architect:fentress"],
               "has_feature": ["feature:tensile_roof", "feature:underground_people_mover"]},
    "kansai": {"serves": ["city:osaka"], "in_country": ["country:japan"], "designed_by": ["architect:piano"],
               "has_feature": ["feature:artificial_island"]},
    "daxing": {"serves": ["city:beijing"], "in_country": ["country:china"],
               "hub_for": ["airline:china_eastern", "airline:china_southern"], "designed_by": ["architect:hadid"],
               "has_feature": ["feature:starfish_terminal"]},
    "istanbul": {"serves": ["city:istanbul"], "in_country": ["country:turkey"], "hub_for": ["airline:turkish"]},
    "dulles": {"serves": ["city:washington"], "in_country": ["country:usa"], "hub_for": ["airline:united"],
               "named_after": ["person:dulles"], "designed_by": ["architect:saarinen"],
               "has_feature": ["feature:catenary_roof"]},
    "ohare": {"serves": ["city:chicago"], "in_country": ["country:usa"],
              "hub_for": ["airline:united", "airline:american"], "named_after": ["person:ohare"]},
    "sydney": {"serves": ["city:sydney"], "in_country": ["country:australia"], "hub_for": ["airline:qantas"],
               "named_after": ["person:kingsford_smith"]},
    "incheon": {"serves": ["city:seoul"], "in_country": ["country:south_korea"],
                "hub_for": ["airline:korean_air", "airline:asiana"], "designed_by": ["architect:fentress"]},
    "munich": {"serves": ["city:munich"], "in_country": ["country:germany"], "hub_for": ["airline:lufthansa"],
               "named_after": ["person:strauss"]},
}

RATINGS = {
    "ana": [("heathrow", 4.5), ("changi", 5.0), ("denver", 2.0), ("kansai", 4.0)],
    "ben": [("jfk", 1.5), ("atlanta", 3.0), ("dubai", 4.5), ("istanbul", 5.0)],
    "chen": [("haneda", 5.0), ("incheon", 4.0), ("daxing", 3.5), ("hong_kong", 1.0)],
    "dara": [("schiphol", 4.0), ("cdg", 2.0), ("munich", 4.5), ("frankfurt", 3.0)],
    "emil": [("ohare", 2.5), ("dulles", 1.5), ("sydney", 5.0), ("heathrow", 3.5)],
}


def rows():
    out = []
    for slug, rels in FACTS.items():
        for rel, tails in rels.items():
            for tail in tails:
                out.append((f"airport:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"airport:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind166")
