"""blind190: a small graph of famous coins.

Item `year` = the year the coin (or its design/series) was first struck.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("coin",)),
    kgx.Relation("issued_by", phrase="was issued by", inverse_phrase="issued",
                 domain=("coin",), range=("country",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("coin",), range=("person",)),
    kgx.Relation("struck_at", phrase="was struck at", inverse_phrase="struck",
                 domain=("coin",), range=("mint",)),
    kgx.Relation("made_of", phrase="is made of", inverse_phrase="is the metal of",
                 domain=("coin",), range=("metal",)),
    kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted on",
                 domain=("coin",), range=("person", "figure", "animal", "symbol")),
]

_COINS = [
    ("coin:flowing_hair_dollar", "Flowing Hair Dollar", 1794),
    ("coin:morgan_dollar", "Morgan Dollar", 1878),
    ("coin:peace_dollar", "Peace Dollar", 1921),
    ("coin:saint_gaudens_double_eagle", "Saint-Gaudens Double Eagle", 1907),
    ("coin:buffalo_nickel", "Buffalo Nickel", 1913),
    ("coin:lincoln_cent", "Lincoln Cent", 1909),
    ("coin:walking_liberty_half_dollar", "Walking Liberty Half Dollar", 1916),
    ("coin:mercury_dime", "Mercury Dime", 1916),
    ("coin:kennedy_half_dollar", "Kennedy Half Dollar", 1964),
    ("coin:american_silver_eagle", "American Silver Eagle", 1986),
    ("coin:gold_sovereign", "Gold Sovereign", 1817),
    ("coin:una_and_the_lion", "Una and the Lion", 1839),
    ("coin:gothic_crown", "Gothic Crown", 1847),
    ("coin:edward_iii_florin", "Edward III Florin", 1344),
    ("coin:maria_theresa_thaler", "Maria Theresa Thaler", 1741),
    ("coin:krugerrand", "Krugerrand", 1967),
    ("coin:gold_maple_leaf", "Canadian Gold Maple Leaf", 1979),
    ("coin:vienna_philharmonic", "Vienna Philharmonic", 1989),
    ("coin:gold_panda", "Chinese Gold Panda", 1982),
]

_ATTRS = [
    # issuers
    ("country:united_states", "country", "United States"),
    ("country:united_kingdom", "country", "United Kingdom"),
    ("country:kingdom_of_england", "country", "Kingdom of England"),
    ("country:habsburg_monarchy", "country", "Habsburg Monarchy"),
    ("country:south_africa", "country", "South Africa"),
    ("country:canada", "country", "Canada"),
    ("country:austria", "country", "Austria"),
    ("country:china", "country", "China"),
    # designers and depicted people
    ("person:robert_scot", "person", "Robert Scot"),
    ("person:george_t_morgan", "person", "George T. Morgan"),
    ("person:anthony_de_francisci", "person", "Anthony de Francisci"),
    ("person:augustus_saint_gaudens", "person", "Augustus Saint-Gaudens"),
    ("person:james_earle_fraser", "person", "James Earle Fraser"),
    ("person:victor_david_brenner", "person", "Victor David Brenner"),
    ("person:adolph_a_weinman", "person", "Adolph A. Weinman"),
    ("person:gilroy_roberts", "person", "Gilroy Roberts"),
    ("person:frank_gasparro", "person", "Frank Gasparro"),
    ("person:john_mercanti", "person", "John Mercanti"),
    ("person:benedetto_pistrucci", "person", "Benedetto Pistrucci"),
    ("person:william_wyon", "person", "William Wyon"),
    ("person:coert_steynberg", "person", "Coert Steynberg"),
    ("person:thomas_pesendorfer", "person", "Thomas Pesendorfer"),
    ("person:abraham_lincoln", "person", "Abraham Lincoln"),
    ("person:john_f_kennedy", "person", "John F. Kennedy"),
    ("person:george_iii", "person", "George III"),
    ("person:queen_victoria", "person", "Queen Victoria"),
    ("person:edward_iii", "person", "Edward III"),
    ("person:maria_theresa", "person", "Maria Theresa"),
    ("person:paul_kruger", "person", "Paul Kruger"),
    ("person:elizabeth_ii", "person", "Elizabeth II"),
    # other subjects
    ("figure:liberty", "figure", "Liberty"),
    ("figure:saint_george", "figure", "Saint George"),
    ("animal:american_bison", "animal", "American bison"),
    ("animal:springbok", "animal", "springbok"),
    ("animal:giant_panda", "animal", "giant panda"),
    ("symbol:maple_leaf", "symbol", "maple leaf"),
    # mints
    ("mint:philadelphia_mint", "mint", "Philadelphia Mint"),
    ("mint:carson_city_mint", "mint", "Carson City Mint"),
    ("mint:denver_mint", "mint", "Denver Mint"),
    ("mint:west_point_mint", "mint", "West Point Mint"),
    ("mint:royal_mint", "mint", "Royal Mint"),
    ("mint:tower_mint", "mint", "Tower Mint"),
    ("mint:austrian_mint", "mint", "Austrian Mint"),
    ("mint:south_african_mint", "mint", "South African Mint"),
    ("mint:royal_canadian_mint", "mint", "Royal Canadian Mint"),
    # metals
    ("metal:gold", "metal", "gold"),
    ("metal:silver", "metal", "silver"),
    ("metal:bronze", "metal", "bronze"),
    ("metal:cupronickel", "metal", "cupronickel"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(i, kind="item", type="coin", label=lab, attrs={"year": y}) for i, lab, y in _COINS]
    out += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, t, lab in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


_FACTS = {
    "coin:flowing_hair_dollar": {
        "issued_by": ["country:united_states"], "designed_by": ["person:robert_scot"],
        "struck_at": ["mint:philadelphia_mint"], "made_of": ["metal:silver"], "depicts": ["figure:liberty"]},
    "coin:morgan_dollar": {
        "issued_by": ["country:united_states"], "designed_by": ["person:george_t_morgan"],
        "struck_at": ["mint:philadelphia_mint", "mint:carson_city_mint"], "made_of": ["metal:silver"],
        "depicts": ["figure:liberty"]},
    "coin:peace_dollar": {
        "issued_by": ["country:united_states"], "designed_by": ["person:anthony_de_francisci"],
        "struck_at": ["mint:philadelphia_mint"], "made_of": ["metal:silver"], "depicts": ["figure:liberty"]},
    "coin:saint_gaudens_double_eagle": {
        "issued_by": ["country:united_states"], "designed_by": ["person:augustus_saint_gaudens"],
        "struck_at": ["mint:philadelphia_mint"], "made_of": ["metal:gold"], "depicts": ["figure:liberty"]},
    "coin:buffalo_nickel": {
        "issued_by": ["country:united_states"], "designed_by": ["person:james_earle_fraser"],
        "struck_at": ["mint:philadelphia_mint"], "made_of": ["metal:cupronickel"],
        "depicts": ["animal:american_bison"]},
    "coin:lincoln_cent": {
        "issued_by": ["country:united_states"], "designed_by": ["person:victor_david_brenner"],
        "struck_at": ["mint:philadelphia_mint"], "made_of": ["metal:bronze"],
        "depicts": ["person:abraham_lincoln"]},
    "coin:walking_liberty_half_dollar": {
        "issued_by": ["country:united_states"], "designed_by": ["person:adolph_a_weinman"],
        "struck_at": ["mint:philadelphia_mint"], "made_of": ["metal:silver"], "depicts": ["figure:liberty"]},
    "coin:mercury_dime": {
        "issued_by": ["country:united_states"], "designed_by": ["person:adolph_a_weinman"],
        "struck_at": ["mint:philadelphia_mint"], "made_of": ["metal:silver"], "depicts": ["figure:liberty"]},
    "coin:kennedy_half_dollar": {
        "issued_by": ["country:united_states"],
        "designed_by": ["person:gilroy_roberts", "person:frank_gasparro"],
        "struck_at": ["mint:philadelphia_mint", "mint:denver_mint"],
        "made_of": ["metal:silver", "metal:cupronickel"], "depicts": ["person:john_f_kennedy"]},
    "coin:american_silver_eagle": {
        "issued_by": ["country:united_states"],
        "designed_by": ["person:adolph_a_weinman", "person:john_mercanti"],
        "struck_at": ["mint:west_point_mint"], "made_of": ["metal:silver"], "depicts": ["figure:liberty"]},
    "coin:gold_sovereign": {
        "issued_by": ["country:united_kingdom"], "designed_by": ["person:benedetto_pistrucci"],
        "struck_at": ["mint:royal_mint"], "made_of": ["metal:gold"],
        "depicts": ["figure:saint_george", "person:george_iii"]},
    "coin:una_and_the_lion": {
        "issued_by": ["country:united_kingdom"], "designed_by": ["person:william_wyon"],
        "struck_at": ["mint:royal_mint"], "made_of": ["metal:gold"], "depicts": ["person:queen_victoria"]},
    "coin:gothic_crown": {
        "issued_by": ["country:united_kingdom"], "designed_by": ["person:william_wyon"],
        "struck_at": ["mint:royal_mint"], "made_of": ["metal:silver"], "depicts": ["person:queen_victoria"]},
    "coin:edward_iii_florin": {
        "issued_by": ["country:kingdom_of_england"], "struck_at": ["mint:tower_mint"],
        "made_of": ["metal:gold"], "depicts": ["person:edward_iii"]},
    "coin:maria_theresa_thaler": {
        "issued_by": ["country:habsburg_monarchy"], "struck_at": ["mint:austrian_mint"],
        "made_of": ["metal:silver"], "depicts": ["person:maria_theresa"]},
    "coin:krugerrand": {
        "issued_by": ["country:south_africa"], "designed_by": ["person:coert_steynberg"],
        "struck_at": ["mint:south_african_mint"], "made_of": ["metal:gold"],
        "depicts": ["person:paul_kruger", "animal:springbok"]},
    "coin:gold_maple_leaf": {
        "issued_by": ["country:canada"], "struck_at": ["mint:royal_canadian_mint"],
        "made_of": ["metal:gold"], "depicts": ["symbol:maple_leaf", "person:elizabeth_ii"]},
    "coin:vienna_philharmonic": {
        "issued_by": ["country:austria"], "designed_by": ["person:thomas_pesendorfer"],
        "struck_at": ["mint:austrian_mint"], "made_of": ["metal:gold"]},
    "coin:gold_panda": {
        "issued_by": ["country:china"], "made_of": ["metal:gold"], "depicts": ["animal:giant_panda"]},
}

_RATINGS = {
    "user:ana": {"coin:morgan_dollar": 5.0, "coin:krugerrand": 4.5, "coin:lincoln_cent": 2.0,
                 "coin:gold_maple_leaf": 3.0},
    "user:ben": {"coin:saint_gaudens_double_eagle": 4.0, "coin:buffalo_nickel": 1.5,
                 "coin:gold_sovereign": 5.0, "coin:vienna_philharmonic": 3.5},
    "user:chen": {"coin:gold_panda": 4.5, "coin:una_and_the_lion": 5.0, "coin:peace_dollar": 1.0,
                  "coin:kennedy_half_dollar": 3.0},
    "user:dara": {"coin:maria_theresa_thaler": 4.0, "coin:edward_iii_florin": 4.5,
                  "coin:flowing_hair_dollar": 2.5, "coin:american_silver_eagle": 0.5},
    "user:emil": {"coin:mercury_dime": 5.0, "coin:walking_liberty_half_dollar": 4.0,
                  "coin:gothic_crown": 2.0, "coin:krugerrand": 1.5},
}


def rows():
    out = []
    for coin, rels in _FACTS.items():
        for rel, tails in rels.items():
            for tail in tails:
                out.append((coin, rel, tail))
    for user, ratings in _RATINGS.items():
        for coin, r in ratings.items():
            out.append((user, "rated", coin, {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind190")
