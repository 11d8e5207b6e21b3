"""A small graph of famous coins (blind236)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("coin",)),
    kgx.Relation("issued_by", phrase="was issued by", inverse_phrase="issued", domain=("coin",), range=("state",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("coin",), range=("person",)),
    kgx.Relation("struck_at", phrase="was struck at", inverse_phrase="struck", domain=("coin",), range=("mint", "city")),
    kgx.Relation("made_of", phrase="is made of", inverse_phrase="is the metal of", domain=("coin",), range=("metal",)),
    kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted on", domain=("coin",), range=("person", "figure", "animal")),
]

COINS = [
    ("brasher_doubloon", "Brasher Doubloon", 1787),
    ("flowing_hair_dollar", "Flowing Hair Dollar", 1794),
    ("1933_double_eagle", "1933 Double Eagle", 1933),
    ("1913_liberty_nickel", "1913 Liberty Head Nickel", 1913),
    ("buffalo_nickel", "Buffalo Nickel", 1913),
    ("morgan_dollar", "Morgan Dollar", 1878),
    ("peace_dollar", "Peace Dollar", 1921),
    ("walking_liberty_half", "Walking Liberty Half Dollar", 1916),
    ("mercury_dime", "Mercury Dime", 1916),
    ("lincoln_cent", "Lincoln Cent", 1909),
    ("pine_tree_shilling", "Pine Tree Shilling", 1652),
    ("gothic_crown", "Gothic Crown", 1847),
    ("una_and_the_lion", "Una and the Lion", 1839),
    ("edward_iii_florin", "Edward III Florin", 1344),
    ("henry_vii_sovereign", "Henry VII Sovereign", 1489),
    ("maria_theresa_thaler", "Maria Theresa Thaler", 1741),
    ("krugerrand", "Krugerrand", 1967),
    ("big_maple_leaf", "Big Maple Leaf", 2007),
    ("edward_viii_sovereign", "Edward VIII Sovereign", 1937),
]

ATTRIBUTES = [
    # issuing states
    ("state:united_states", "state", "United States"),
    ("state:united_kingdom", "state", "United Kingdom"),
    ("state:kingdom_of_england", "state", "Kingdom of England"),
    ("state:massachusetts_bay_colony", "state", "Massachusetts Bay Colony"),
    ("state:habsburg_monarchy", "state", "Habsburg Monarchy"),
    ("state:south_africa", "state", "South Africa"),
    ("state:canada", "state", "Canada"),
    # designers
    ("person:ephraim_brasher", "person", "Ephraim Brasher"),
    ("person:robert_scot", "person", "Robert Scot"),
    ("person:augustus_saint_gaudens", "person", "Augustus Saint-Gaudens"),
    ("person:charles_e_barber", "person", "Charles E. Barber"),
    ("person:james_earle_fraser", "person", "James Earle Fraser"),
    ("person:george_t_morgan", "person", "George T. Morgan"),
    ("person:anthony_de_francisci", "person", "Anthony de Francisci"),
    ("person:adolph_a_weinman", "person", "Adolph A. Weinman"),
    ("person:victor_david_brenner", "person", "Victor David Brenner"),
    ("person:william_wyon", "person", "William Wyon"),
    ("person:coert_steynberg", "person", "Coert Steynberg"),
    ("person:thomas_humphrey_paget", "person", "Thomas Humphrey Paget"),
    # depicted people, figures and animals
    ("person:abraham_lincoln", "person", "Abraham Lincoln"),
    ("person:queen_victoria", "person", "Queen Victoria"),
    ("person:edward_iii", "person", "Edward III"),
    ("person:henry_vii", "person", "Henry VII"),
    ("person:maria_theresa", "person", "Maria Theresa"),
    ("person:paul_kruger", "person", "Paul Kruger"),
    ("person:elizabeth_ii", "person", "Elizabeth II"),
    ("person:edward_viii", "person", "Edward VIII"),
    ("figure:liberty", "figure", "Liberty"),
    ("animal:american_bison", "animal", "American bison"),
    # mints and cities
    ("mint:philadelphia_mint", "mint", "Philadelphia Mint"),
    ("mint:royal_mint", "mint", "Royal Mint"),
    ("mint:tower_mint", "mint", "Tower Mint"),
    ("mint:vienna_mint", "mint", "Vienna Mint"),
    ("mint:south_african_mint", "mint", "South African Mint"),
    ("mint:royal_canadian_mint", "mint", "Royal Canadian Mint"),
    ("city:new_york_city", "city", "New York City"),
    ("city:boston", "city", "Boston"),
    # metals
    ("metal:gold", "metal", "Gold"),
    ("metal:silver", "metal", "Silver"),
    ("metal:bronze", "metal", "Bronze"),
    ("metal:cupronickel", "metal", "Cupronickel"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"coin:{slug}", kind="item", type="coin", label=label, attrs={"year": year})
           for slug, label, year in COINS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


# coin slug: (issuer, designer, mint, metal, depicted)
FACTS = {
    "brasher_doubloon": (None, "person:ephraim_brasher", "city:new_york_city", "metal:gold", None),
    "flowing_hair_dollar": ("state:united_states", "person:robert_scot", "mint:philadelphia_mint", "metal:silver", "figure:liberty"),
    "1933_double_eagle": ("state:united_states", "person:augustus_saint_gaudens", "mint:philadelphia_mint", "metal:gold", "figure:liberty"),
    "1913_liberty_nickel": ("state:united_states", "person:charles_e_barber", "mint:philadelphia_mint", "metal:cupronickel", "figure:liberty"),
    "buffalo_nickel": ("state:united_states", "person:james_earle_fraser", "mint:philadelphia_mint", "metal:cupronickel", "animal:american_bison"),
    "morgan_dollar": ("state:united_states", "person:george_t_morgan", "mint:philadelphia_mint", "metal:silver", "figure:liberty"),
    "peace_dollar": ("state:united_states", "person:anthony_de_francisci", "mint:philadelphia_mint", "metal:silver", "figure:liberty"),
    "walking_liberty_half": ("state:united_states", "person:adolph_a_weinman", "mint:philadelphia_mint", "metal:silver", "figure:liberty"),
    "mercury_dime": ("state:united_states", "person:adolph_a_weinman", "mint:philadelphia_mint", "metal:silver", "figure:liberty"),
    "lincoln_cent": ("state:united_states", "person:victor_david_brenner", "mint:philadelphia_mint", "metal:bronze", "person:abraham_lincoln"),
    "pine_tree_shilling": ("state:massachusetts_bay_colony", None, "city:boston", "metal:silver", None),
    "gothic_crown": ("state:united_kingdom", "person:william_wyon", "mint:royal_mint", "metal:silver", "person:queen_victoria"),
    "una_and_the_lion": ("state:united_kingdom", "person:william_wyon", "mint:royal_mint", "metal:gold", "person:queen_victoria"),
    "edward_iii_florin": ("state:kingdom_of_england", None, "mint:tower_mint", "metal:gold", "person:edward_iii"),
    "henry_vii_sovereign": ("state:kingdom_of_england", None, "mint:tower_mint", "metal:gold", "person:henry_vii"),
    "maria_theresa_thaler": ("state:habsburg_monarchy", None, "mint:vienna_mint", "metal:silver", "person:maria_theresa"),
    "krugerrand": ("state:south_africa", "person:coert_steynberg", "mint:south_african_mint", "metal:gold", "person:paul_kruger"),
    "big_maple_leaf": ("state:canada", None, "mint:royal_canadian_mint", "metal:gold", "person:elizabeth_ii"),
    "edward_viii_sovereign": ("state:united_kingdom", "person:thomas_humphrey_paget", "mint:royal_mint", "metal:gold", "person:edward_viii"),
}

RATINGS = {
    "ana": {"morgan_dollar": 5.0, "1933_double_eagle": 4.5, "lincoln_cent": 2.0, "krugerrand": 3.0},
    "ben": {"gothic_crown": 4.0, "pine_tree_shilling": 1.5, "buffalo_nickel": 5.0, "big_maple_leaf": 2.5},
    "chen": {"flowing_hair_dollar": 4.5, "maria_theresa_thaler": 1.0, "una_and_the_lion": 5.0, "peace_dollar": 3.5},
    "dara": {"henry_vii_sovereign": 4.0, "mercury_dime": 2.0, "brasher_doubloon": 5.0, "edward_viii_sovereign": 0.5},
    "emil": {"walking_liberty_half": 4.5, "edward_iii_florin": 3.0, "1913_liberty_nickel": 1.5, "morgan_dollar": 4.0},
}


def rows():
    out = []
    rels = ("issued_by", "designed_by", "struck_at", "made_of", "depicts")
    for slug, tails in FACTS.items():
        for rel, tail in zip(rels, tails):
            if tail is not None:
                out.append((f"coin:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"coin:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind236")
