"""blind231: a small graph of real fast-food chains.

Items are chains (year = the year the chain, under its present name, was founded
or opened its first restaurant). Attributes are founders (person), headquarters
cities (city), countries of origin (country), specialties (food) and parent
companies (company).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("chain",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("chain",), range=("person",)),
    kgx.Relation("headquartered_in", phrase="has its headquarters in",
                 inverse_phrase="is home to the headquarters of",
                 domain=("chain",), range=("city",)),
    kgx.Relation("originated_in", phrase="originated in",
                 inverse_phrase="is the country of origin of",
                 domain=("chain",), range=("country",)),
    kgx.Relation("specializes_in", phrase="specializes in", inverse_phrase="is the specialty of",
                 domain=("chain",), range=("food",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns",
                 domain=("chain",), range=("company",)),
]

_CHAINS = [
    # slug, label, year
    ("mcdonalds", "McDonald's", 1940),
    ("burger_king", "Burger King", 1954),
    ("wendys", "Wendy's", 1969),
    ("kfc", "KFC", 1952),
    ("taco_bell", "Taco Bell", 1962),
    ("pizza_hut", "Pizza Hut", 1958),
    ("subway", "Subway", 1965),
    ("dominos", "Domino's", 1960),
    ("popeyes", "Popeyes", 1972),
    ("tim_hortons", "Tim Hortons", 1964),
    ("chick_fil_a", "Chick-fil-A", 1967),
    ("in_n_out", "In-N-Out Burger", 1948),
    ("five_guys", "Five Guys", 1986),
    ("shake_shack", "Shake Shack", 2004),
    ("nandos", "Nando's", 1987),
    ("jollibee", "Jollibee", 1978),
    ("dairy_queen", "Dairy Queen", 1940),
    ("arbys", "Arby's", 1964),
]

_ATTRS = {
    "person": [
        ("richard_mcdonald", "Richard McDonald"), ("maurice_mcdonald", "Maurice McDonald"),
        ("james_mclamore", "James McLamore"), ("david_edgerton", "David Edgerton"),
        ("dave_thomas", "Dave Thomas"), ("harland_sanders", "Harland Sanders"),
        ("glen_bell", "Glen Bell"), ("dan_carney", "Dan Carney"), ("frank_carney", "Frank Carney"),
        ("fred_deluca", "Fred DeLuca"), ("peter_buck", "Peter Buck"),
        ("tom_monaghan", "Tom Monaghan"), ("james_monaghan", "James Monaghan"),
        ("al_copeland", "Al Copeland"), ("tim_horton", "Tim Horton"), ("jim_charade", "Jim Charade"),
        ("truett_cathy", "Truett Cathy"), ("harry_snyder", "Harry Snyder"),
        ("esther_snyder", "Esther Snyder"), ("jerry_murrell", "Jerry Murrell"),
        ("janie_murrell", "Janie Murrell"), ("danny_meyer", "Danny Meyer"),
        ("fernando_duarte", "Fernando Duarte"), ("robert_brozin", "Robert Brozin"),
        ("tony_tan_caktiong", "Tony Tan Caktiong"), ("sherb_noble", "Sherb Noble"),
        ("jf_mccullough", "J. F. McCullough"), ("forrest_raffel", "Forrest Raffel"),
        ("leroy_raffel", "Leroy Raffel"),
    ],
    "city": [
        ("chicago", "Chicago"), ("miami", "Miami"), ("dublin_ohio", "Dublin, Ohio"),
        ("louisville", "Louisville"), ("irvine", "Irvine"), ("plano", "Plano"),
        ("ann_arbor", "Ann Arbor"), ("toronto", "Toronto"), ("college_park", "College Park"),
        ("lorton", "Lorton"), ("new_york_city", "New York City"), ("pasig", "Pasig"),
        ("sandy_springs", "Sandy Springs"),
    ],
    "country": [
        ("united_states", "United States"), ("canada", "Canada"),
        ("south_africa", "South Africa"), ("philippines", "Philippines"),
    ],
    "food": [
        ("hamburgers", "hamburgers"), ("fried_chicken", "fried chicken"),
        ("chicken_sandwiches", "chicken sandwiches"), ("pizza", "pizza"), ("tacos", "tacos"),
        ("submarine_sandwiches", "submarine sandwiches"), ("coffee", "coffee"),
        ("doughnuts", "doughnuts"), ("peri_peri_chicken", "peri-peri chicken"),
        ("soft_serve", "soft serve"), ("roast_beef_sandwiches", "roast beef sandwiches"),
        ("milkshakes", "milkshakes"),
    ],
    "company": [
        ("restaurant_brands_international", "Restaurant Brands International"),
        ("yum_brands", "Yum! Brands"), ("inspire_brands", "Inspire Brands"),
        ("berkshire_hathaway", "Berkshire Hathaway"), ("roark_capital", "Roark Capital Group"),
        ("jollibee_foods", "Jollibee Foods Corporation"),
    ],
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"chain:{s}", kind="item", type="chain", label=name, attrs={"year": y})
           for s, name, y in _CHAINS]
    for typ, pairs in _ATTRS.items():
        out += [kgx.Entity(f"{typ}:{s}", kind="attribute", type=typ, label=name) for s, name in pairs]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "mcdonalds": dict(founded_by=["richard_mcdonald", "maurice_mcdonald"], headquartered_in=["chicago"],
                      originated_in=["united_states"], specializes_in=["hamburgers"]),
    "burger_king": dict(founded_by=["james_mclamore", "david_edgerton"], headquartered_in=["miami"],
                        originated_in=["united_states"], specializes_in=["hamburgers"],
                        owned_by=["restaurant_brands_international"]),
    "wendys": dict(founded_by=["dave_thomas"], headquartered_in=["dublin_ohio"],
                   originated_in=["united_states"], specializes_in=["hamburgers"]),
    "kfc": dict(founded_by=["harland_sanders"], headquartered_in=["louisville"],
                originated_in=["united_states"], specializes_in=["fried_chicken"], owned_by=["yum_brands"]),
    "taco_bell": dict(founded_by=["glen_bell"], headquartered_in=["irvine"],
                      originated_in=["united_states"], specializes_in=["tacos"], owned_by=["yum_brands"]),
    "pizza_hut": dict(founded_by=["dan_carney", "frank_carney"], headquartered_in=["plano"],
                      originated_in=["united_states"], specializes_in=["pizza"], owned_by=["yum_brands"]),
    "subway": dict(founded_by=["fred_deluca", "peter_buck"], originated_in=["united_states"],
                   specializes_in=["submarine_sandwiches"], owned_by=["roark_capital"]),
    "dominos": dict(founded_by=["tom_monaghan", "james_monaghan"], headquartered_in=["ann_arbor"],
                    originated_in=["united_states"], specializes_in=["pizza"]),
    "popeyes": dict(founded_by=["al_copeland"], headquartered_in=["miami"], originated_in=["united_states"],
                    specializes_in=["fried_chicken"], owned_by=["restaurant_brands_international"]),
    "tim_hortons": dict(founded_by=["tim_horton", "jim_charade"], headquartered_in=["toronto"],
                        originated_in=["canada"], specializes_in=["coffee", "doughnuts"],
                        owned_by=["restaurant_brands_international"]),
    "chick_fil_a": dict(founded_by=["truett_cathy"], headquartered_in=["college_park"],
                        originated_in=["united_states"], specializes_in=["chicken_sandwiches"]),
    "in_n_out": dict(founded_by=["harry_snyder", "esther_snyder"], headquartered_in=["irvine"],
                     originated_in=["united_states"], specializes_in=["hamburgers"]),
    "five_guys": dict(founded_by=["jerry_murrell", "janie_murrell"], headquartered_in=["lorton"],
                      originated_in=["united_states"], specializes_in=["hamburgers"]),
    "shake_shack": dict(founded_by=["danny_meyer"], headquartered_in=["new_york_city"],
                        originated_in=["united_states"], specializes_in=["hamburgers", "milkshakes"]),
    "nandos": dict(founded_by=["fernando_duarte", "robert_brozin"], originated_in=["south_africa"],
                   specializes_in=["peri_peri_chicken"]),
    "jollibee": dict(founded_by=["tony_tan_caktiong"], headquartered_in=["pasig"],
                     originated_in=["philippines"], specializes_in=["fried_chicken"],
                     owned_by=["jollibee_foods"]),
    "dairy_queen": dict(founded_by=["sherb_noble", "jf_mccullough"], originated_in=["united_states"],
                        specializes_in=["soft_serve"], owned_by=["berkshire_hathaway"]),
    "arbys": dict(founded_by=["forrest_raffel", "leroy_raffel"], headquartered_in=["sandy_springs"],
                  originated_in=["united_states"], specializes_in=["roast_beef_sandwiches"],
                  owned_by=["inspire_brands"]),
}

_RANGE = {"founded_by": "person", "headquartered_in": "city", "originated_in": "country",
          "specializes_in": "food", "owned_by": "company"}

_RATINGS = {
    "ana": [("mcdonalds", 4.5), ("kfc", 2.0), ("tim_hortons", 5.0), ("shake_shack", 3.5)],
    "ben": [("burger_king", 4.0), ("taco_bell", 1.5), ("dominos", 5.0), ("five_guys", 3.0)],
    "chen": [("jollibee", 5.0), ("nandos", 4.5), ("subway", 2.0), ("popeyes", 4.0)],
    "dara": [("in_n_out", 5.0), ("wendys", 3.0), ("pizza_hut", 1.0), ("chick_fil_a", 4.5)],
    "emil": [("arbys", 2.5), ("dairy_queen", 4.0), ("mcdonalds", 1.5), ("taco_bell", 5.0)],
}


def rows():
    out = []
    for chain, facts in _FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"chain:{chain}", rel, f"{_RANGE[rel]}:{t}"))
    for user, pairs in _RATINGS.items():
        for chain, r in pairs:
            out.append((f"user:{user}", "rated", f"chain:{chain}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind231")
