"""blind264: a small graph of coffeehouse chains."""
import kgexplain as kgx

CH = ("coffee_chain",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=CH),
    kgx.Relation("founded_in", phrase="was founded in", inverse_phrase="is the birthplace of", domain=CH, range=("city",)),
    kgx.Relation("headquartered_in", phrase="has its headquarters in", inverse_phrase="is the headquarters city of", domain=CH, range=("city",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=CH, range=("person",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns", domain=CH, range=("company",)),
    kgx.Relation("known_for", phrase="is known for", inverse_phrase="is a hallmark of", domain=CH, range=("specialty",)),
    kgx.Relation("from_country", phrase="comes from", inverse_phrase="is the home country of", domain=CH, range=("country",)),
]

_CHAINS = [
    ("starbucks", "Starbucks", 1971),
    ("dunkin", "Dunkin'", 1950),
    ("tim_hortons", "Tim Hortons", 1964),
    ("costa_coffee", "Costa Coffee", 1971),
    ("caffe_nero", "Caffè Nero", 1990),
    ("peets_coffee", "Peet's Coffee", 1966),
    ("coffee_bean_tea_leaf", "The Coffee Bean & Tea Leaf", 1963),
    ("caribou_coffee", "Caribou Coffee", 1992),
    ("blue_bottle_coffee", "Blue Bottle Coffee", 2002),
    ("second_cup", "Second Cup", 1975),
    ("cafe_coffee_day", "Café Coffee Day", 1996),
    ("luckin_coffee", "Luckin Coffee", 2017),
    ("tchibo", "Tchibo", 1949),
    ("coffee_republic", "Coffee Republic", 1995),
    ("doutor_coffee", "Doutor Coffee", 1962),
    ("juan_valdez_cafe", "Juan Valdez Café", 2002),
    ("dutch_bros_coffee", "Dutch Bros Coffee", 1992),
    ("philz_coffee", "Philz Coffee", 2003),
]

_ATTRS = {
    "city": [
        ("seattle", "Seattle"), ("quincy", "Quincy"), ("canton", "Canton"), ("hamilton", "Hamilton"),
        ("toronto", "Toronto"), ("london", "London"), ("berkeley", "Berkeley"), ("emeryville", "Emeryville"),
        ("los_angeles", "Los Angeles"), ("edina", "Edina"), ("oakland", "Oakland"), ("bengaluru", "Bengaluru"),
        ("xiamen", "Xiamen"), ("hamburg", "Hamburg"), ("tokyo", "Tokyo"), ("bogota", "Bogotá"),
        ("grants_pass", "Grants Pass"), ("san_francisco", "San Francisco"),
    ],
    "person": [
        ("jerry_baldwin", "Jerry Baldwin"), ("zev_siegl", "Zev Siegl"), ("gordon_bowker", "Gordon Bowker"),
        ("william_rosenberg", "William Rosenberg"), ("tim_horton", "Tim Horton"), ("jim_charade", "Jim Charade"),
        ("sergio_costa", "Sergio Costa"), ("bruno_costa", "Bruno Costa"), ("alfred_peet", "Alfred Peet"),
        ("herbert_hyman", "Herbert Hyman"), ("john_puckett", "John Puckett"), ("kim_puckett", "Kim Puckett"),
        ("james_freeman", "James Freeman"), ("frank_odea", "Frank O'Dea"), ("tom_culligan", "Tom Culligan"),
        ("vg_siddhartha", "V. G. Siddhartha"), ("jenny_qian_zhiya", "Jenny Qian Zhiya"), ("max_herz", "Max Herz"),
        ("carl_tchilinghiryan", "Carl Tchilinghiryan"), ("sahar_hashemi", "Sahar Hashemi"),
        ("bobby_hashemi", "Bobby Hashemi"), ("hiromichi_toriba", "Hiromichi Toriba"),
        ("dane_boersma", "Dane Boersma"), ("travis_boersma", "Travis Boersma"), ("phil_jaber", "Phil Jaber"),
    ],
    "company": [
        ("inspire_brands", "Inspire Brands"), ("restaurant_brands_international", "Restaurant Brands International"),
        ("coca_cola_company", "The Coca-Cola Company"), ("jde_peets", "JDE Peet's"),
        ("jollibee_foods", "Jollibee Foods Corporation"), ("nestle", "Nestlé"), ("maxingvest", "Maxingvest"),
        ("fnc_colombia", "National Federation of Coffee Growers of Colombia"),
    ],
    "specialty": [
        ("doughnuts", "doughnuts"), ("drive_throughs", "drive-throughs"), ("pour_over_coffee", "pour-over coffee"),
        ("app_ordering", "app ordering"), ("ice_blended_drinks", "ice blended drinks"),
    ],
    "country": [
        ("united_states", "United States"), ("canada", "Canada"), ("united_kingdom", "United Kingdom"),
        ("india", "India"), ("china", "China"), ("germany", "Germany"), ("japan", "Japan"), ("colombia", "Colombia"),
    ],
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

_FACTS = {
    "starbucks": {"founded_in": ["seattle"], "headquartered_in": ["seattle"],
                  "founded_by": ["jerry_baldwin", "zev_siegl", "gordon_bowker"], "from_country": ["united_states"]},
    "dunkin": {"founded_in": ["quincy"], "headquartered_in": ["canton"], "founded_by": ["william_rosenberg"],
               "owned_by": ["inspire_brands"], "known_for": ["doughnuts"], "from_country": ["united_states"]},
    "tim_hortons": {"founded_in": ["hamilton"], "headquartered_in": ["toronto"], "founded_by": ["tim_horton", "jim_charade"],
                    "owned_by": ["restaurant_brands_international"], "known_for": ["doughnuts"], "from_country": ["canada"]},
    "costa_coffee": {"founded_in": ["london"], "founded_by": ["sergio_costa", "bruno_costa"],
                     "owned_by": ["coca_cola_company"], "from_country": ["united_kingdom"]},
    "caffe_nero": {"founded_in": ["london"], "headquartered_in": ["london"], "from_country": ["united_kingdom"]},
    "peets_coffee": {"founded_in": ["berkeley"], "headquartered_in": ["emeryville"], "founded_by": ["alfred_peet"],
                     "owned_by": ["jde_peets"], "from_country": ["united_states"]},
    "coffee_bean_tea_leaf": {"founded_in": ["los_angeles"], "founded_by": ["herbert_hyman"], "owned_by": ["jollibee_foods"],
                             "known_for": ["ice_blended_drinks"], "from_country": ["united_states"]},
    "caribou_coffee": {"founded_in": ["edina"], "founded_by": ["john_puckett", "kim_puckett"], "from_country": ["united_states"]},
    "blue_bottle_coffee": {"founded_in": ["oakland"], "founded_by": ["james_freeman"], "owned_by": ["nestle"],
                           "known_for": ["pour_over_coffee"], "from_country": ["united_states"]},
    "second_cup": {"founded_in": ["toronto"], "founded_by": ["frank_odea", "tom_culligan"], "from_country": ["canada"]},
    "cafe_coffee_day": {"founded_in": ["bengaluru"], "headquartered_in": ["bengaluru"], "founded_by": ["vg_siddhartha"],
                        "from_country": ["india"]},
    "luckin_coffee": {"headquartered_in": ["xiamen"], "founded_by": ["jenny_qian_zhiya"], "known_for": ["app_ordering"],
                      "from_country": ["china"]},
    "tchibo": {"founded_in": ["hamburg"], "headquartered_in": ["hamburg"], "founded_by": ["max_herz", "carl_tchilinghiryan"],
               "owned_by": ["maxingvest"], "from_country": ["germany"]},
    "coffee_republic": {"founded_in": ["london"], "founded_by": ["sahar_hashemi", "bobby_hashemi"], "from_country": ["united_kingdom"]},
    "doutor_coffee": {"founded_in": ["tokyo"], "headquartered_in": ["tokyo"], "founded_by": ["hiromichi_toriba"],
                      "from_country": ["japan"]},
    "juan_valdez_cafe": {"founded_in": ["bogota"], "headquartered_in": ["bogota"], "owned_by": ["fnc_colombia"],
                         "from_country": ["colombia"]},
    "dutch_bros_coffee": {"founded_in": ["grants_pass"], "founded_by": ["dane_boersma", "travis_boersma"],
                          "known_for": ["drive_throughs"], "from_country": ["united_states"]},
    "philz_coffee": {"founded_in": ["san_francisco"], "headquartered_in": ["san_francisco"], "founded_by": ["phil_jaber"],
                     "known_for": ["pour_over_coffee"], "from_country": ["united_states"]},
}

_RATINGS = {
    "ana": [("starbucks", 4.5), ("blue_bottle_coffee", 5.0), ("dunkin", 1.5), ("philz_coffee", 4.0)],
    "ben": [("tim_hortons", 5.0), ("second_cup", 3.0), ("dutch_bros_coffee", 2.0), ("costa_coffee", 4.0)],
    "chen": [("luckin_coffee", 4.5), ("doutor_coffee", 3.5), ("cafe_coffee_day", 1.0), ("peets_coffee", 5.0)],
    "dara": [("juan_valdez_cafe", 4.0), ("tchibo", 2.5), ("caffe_nero", 4.5), ("coffee_republic", 1.5)],
    "emil": [("coffee_bean_tea_leaf", 5.0), ("caribou_coffee", 2.0), ("starbucks", 3.0), ("tim_hortons", 4.5)],
}

_RANGE_TYPE = {"founded_in": "city", "headquartered_in": "city", "founded_by": "person", "owned_by": "company",
               "known_for": "specialty", "from_country": "country"}


def entities():
    out = [kgx.Entity(f"coffee_chain:{slug}", kind="item", type="coffee_chain", label=label, attrs={"year": year})
           for slug, label, year in _CHAINS]
    for typ, pairs in _ATTRS.items():
        out += [kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label) for slug, label in pairs]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for chain, facts in _FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"coffee_chain:{chain}", rel, f"{_RANGE_TYPE[rel]}:{t}"))
    for u, pairs in _RATINGS.items():
        for chain, r in pairs:
            out.append((f"user:{u}", "rated", f"coffee_chain:{chain}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind264")
