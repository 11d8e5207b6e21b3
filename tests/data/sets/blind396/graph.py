"""A small graph of military generals (blind396).

Items are generals; their `year` attribute is the year of birth.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("general",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("general",), range=("country",)),
    kgx.Relation("served_in", phrase="served in", inverse_phrase="counted among its officers",
                 domain=("general",), range=("army",)),
    kgx.Relation("fought_in", phrase="fought in", inverse_phrase="had among its combatants",
                 domain=("general",), range=("war",)),
    kgx.Relation("commanded_at", phrase="commanded troops at", inverse_phrase="saw troops commanded by",
                 domain=("general",), range=("battle",)),
    kgx.Relation("served_under", phrase="served under", inverse_phrase="had under his command",
                 domain=("general",), range=("general",)),
    kgx.Relation("highest_rank", phrase="rose to the rank of", inverse_phrase="was the highest rank reached by",
                 domain=("general",), range=("rank",)),
]

GENERALS = [
    # slug, label, birth year
    ("napoleon", "Napoleon Bonaparte", 1769),
    ("wellington", "Arthur Wellesley", 1769),
    ("grant", "Ulysses S. Grant", 1822),
    ("lee", "Robert E. Lee", 1807),
    ("sherman", "William Tecumseh Sherman", 1820),
    ("jackson", "Stonewall Jackson", 1824),
    ("eisenhower", "Dwight D. Eisenhower", 1890),
    ("patton", "George S. Patton", 1885),
    ("macarthur", "Douglas MacArthur", 1880),
    ("montgomery", "Bernard Montgomery", 1887),
    ("rommel", "Erwin Rommel", 1891),
    ("guderian", "Heinz Guderian", 1888),
    ("zhukov", "Georgy Zhukov", 1896),
    ("kitchener", "Herbert Kitchener", 1850),
    ("foch", "Ferdinand Foch", 1851),
    ("petain", "Philippe Pétain", 1856),
    ("giap", "Vo Nguyen Giap", 1911),
]

ATTRIBUTES = [
    # id, type, label
    ("country:france", "country", "France"),
    ("country:ireland", "country", "Ireland"),
    ("country:united_states", "country", "the United States"),
    ("country:england", "country", "England"),
    ("country:germany", "country", "Germany"),
    ("country:russia", "country", "Russia"),
    ("country:vietnam", "country", "Vietnam"),
    ("army:french_army", "army", "French Army"),
    ("army:british_army", "army", "British Army"),
    ("army:us_army", "army", "United States Army"),
    ("army:union_army", "army", "Union Army"),
    ("army:confederate_army", "army", "Confederate States Army"),
    ("army:german_army", "army", "German Army"),
    ("army:red_army", "army", "Red Army"),
    ("army:pavn", "army", "People's Army of Vietnam"),
    ("war:napoleonic_wars", "war", "Napoleonic Wars"),
    ("war:american_civil_war", "war", "American Civil War"),
    ("war:mexican_american_war", "war", "Mexican-American War"),
    ("war:world_war_i", "war", "World War I"),
    ("war:world_war_ii", "war", "World War II"),
    ("war:korean_war", "war", "Korean War"),
    ("war:second_boer_war", "war", "Second Boer War"),
    ("war:first_indochina_war", "war", "First Indochina War"),
    ("battle:austerlitz", "battle", "Battle of Austerlitz"),
    ("battle:waterloo", "battle", "Battle of Waterloo"),
    ("battle:salamanca", "battle", "Battle of Salamanca"),
    ("battle:vicksburg", "battle", "Siege of Vicksburg"),
    ("battle:shiloh", "battle", "Battle of Shiloh"),
    ("battle:gettysburg", "battle", "Battle of Gettysburg"),
    ("battle:chancellorsville", "battle", "Battle of Chancellorsville"),
    ("battle:first_bull_run", "battle", "First Battle of Bull Run"),
    ("battle:atlanta", "battle", "Battle of Atlanta"),
    ("battle:normandy", "battle", "Normandy landings"),
    ("battle:bulge", "battle", "Battle of the Bulge"),
    ("battle:inchon", "battle", "Battle of Inchon"),
    ("battle:el_alamein", "battle", "Second Battle of El Alamein"),
    ("battle:berlin", "battle", "Battle of Berlin"),
    ("battle:khalkhin_gol", "battle", "Battle of Khalkhin Gol"),
    ("battle:omdurman", "battle", "Battle of Omdurman"),
    ("battle:marne", "battle", "First Battle of the Marne"),
    ("battle:verdun", "battle", "Battle of Verdun"),
    ("battle:dien_bien_phu", "battle", "Battle of Dien Bien Phu"),
    ("battle:france_1940", "battle", "Battle of France"),
    ("rank:field_marshal", "rank", "field marshal"),
    ("rank:general_of_the_army", "rank", "General of the Army"),
    ("rank:general", "rank", "general"),
    ("rank:lieutenant_general", "rank", "lieutenant general"),
    ("rank:colonel_general", "rank", "colonel general"),
    ("rank:marshal_of_france", "rank", "Marshal of France"),
    ("rank:marshal_soviet_union", "rank", "Marshal of the Soviet Union"),
]

ALIASES = {"wellington": ("Duke of Wellington", "Wellington")}

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = {
    "napoleon": {
        "born_in": ["country:france"],
        "served_in": ["army:french_army"],
        "fought_in": ["war:napoleonic_wars"],
        "commanded_at": ["battle:austerlitz", "battle:waterloo"],
    },
    "wellington": {
        "born_in": ["country:ireland"],
        "served_in": ["army:british_army"],
        "fought_in": ["war:napoleonic_wars"],
        "commanded_at": ["battle:waterloo", "battle:salamanca"],
        "highest_rank": ["rank:field_marshal"],
    },
    "grant": {
        "born_in": ["country:united_states"],
        "served_in": ["army:us_army", "army:union_army"],
        "fought_in": ["war:american_civil_war", "war:mexican_american_war"],
        "commanded_at": ["battle:vicksburg", "battle:shiloh"],
        "highest_rank": ["rank:general_of_the_army"],
    },
    "lee": {
        "born_in": ["country:united_states"],
        "served_in": ["army:us_army", "army:confederate_army"],
        "fought_in": ["war:american_civil_war", "war:mexican_american_war"],
        "commanded_at": ["battle:gettysburg", "battle:chancellorsville"],
        "highest_rank": ["rank:general"],
    },
    "sherman": {
        "born_in": ["country:united_states"],
        "served_in": ["army:union_army"],
        "fought_in": ["war:american_civil_war"],
        "commanded_at": ["battle:shiloh", "battle:atlanta"],
        "highest_rank": ["rank:general_of_the_army"],
    },
    "jackson": {
        "born_in": ["country:united_states"],
        "served_in": ["army:confederate_army"],
        "fought_in": ["war:american_civil_war", "war:mexican_american_war"],
        "commanded_at": ["battle:first_bull_run", "battle:chancellorsville"],
        "highest_rank": ["rank:lieutenant_general"],
    },
    "eisenhower": {
        "born_in": ["country:united_states"],
        "served_in": ["army:us_army"],
        "fought_in": ["war:world_war_ii"],
        "commanded_at": ["battle:normandy"],
        "highest_rank": ["rank:general_of_the_army"],
    },
    "patton": {
        "born_in": ["country:united_states"],
        "served_in": ["army:us_army"],
        "fought_in": ["war:world_war_i", "war:world_war_ii"],
        "commanded_at": ["battle:bulge"],
        "highest_rank": ["rank:general"],
    },
    "macarthur": {
        "born_in": ["country:united_states"],
        "served_in": ["army:us_army"],
        "fought_in": ["war:world_war_i", "war:world_war_ii", "war:korean_war"],
        "commanded_at": ["battle:inchon"],
        "highest_rank": ["rank:general_of_the_army"],
    },
    "montgomery": {
        "born_in": ["country:england"],
        "served_in": ["army:british_army"],
        "fought_in": ["war:world_war_i", "war:world_war_ii"],
        "commanded_at": ["battle:el_alamein", "battle:normandy"],
        "highest_rank": ["rank:field_marshal"],
    },
    "rommel": {
        "born_in": ["country:germany"],
        "served_in": ["army:german_army"],
        "fought_in": ["war:world_war_i", "war:world_war_ii"],
        "commanded_at": ["battle:el_alamein"],
        "highest_rank": ["rank:field_marshal"],
    },
    "guderian": {
        "served_in": ["army:german_army"],
        "fought_in": ["war:world_war_i", "war:world_war_ii"],
        "commanded_at": ["battle:france_1940"],
        "highest_rank": ["rank:colonel_general"],
    },
    "zhukov": {
        "born_in": ["country:russia"],
        "served_in": ["army:red_army"],
        "fought_in": ["war:world_war_ii"],
        "commanded_at": ["battle:berlin", "battle:khalkhin_gol"],
        "highest_rank": ["rank:marshal_soviet_union"],
    },
    "kitchener": {
        "born_in": ["country:ireland"],
        "served_in": ["army:british_army"],
        "fought_in": ["war:second_boer_war"],
        "commanded_at": ["battle:omdurman"],
        "highest_rank": ["rank:field_marshal"],
    },
    "foch": {
        "born_in": ["country:france"],
        "served_in": ["army:french_army"],
        "fought_in": ["war:world_war_i"],
        "commanded_at": ["battle:marne"],
        "highest_rank": ["rank:marshal_of_france"],
    },
    "petain": {
        "born_in": ["country:france"],
        "served_in": ["army:french_army"],
        "fought_in": ["war:world_war_i"],
        "commanded_at": ["battle:verdun"],
        "highest_rank": ["rank:marshal_of_france"],
    },
    "giap": {
        "born_in": ["country:vietnam"],
        "served_in": ["army:pavn"],
        "fought_in": ["war:first_indochina_war"],
        "commanded_at": ["battle:dien_bien_phu"],
        "highest_rank": ["rank:general"],
    },
}

SERVED_UNDER = [
    ("sherman", "grant"),
    ("jackson", "lee"),
    ("patton", "eisenhower"),
    ("montgomery", "eisenhower"),
    ("eisenhower", "macarthur"),
]

RATINGS = {
    "ana": {"napoleon": 5.0, "wellington": 4.0, "zhukov": 1.5, "patton": 3.0},
    "ben": {"grant": 4.5, "lee": 2.0, "sherman": 3.5, "rommel": 5.0},
    "chen": {"eisenhower": 4.0, "macarthur": 1.0, "montgomery": 4.5, "giap": 2.5},
    "dara": {"foch": 3.0, "petain": 0.5, "kitchener": 4.0, "jackson": 5.0},
    "emil": {"guderian": 2.0, "napoleon": 3.5, "zhukov": 4.5, "montgomery": 1.5},
}


def entities():
    out = [kgx.Entity(f"general:{slug}", kind="item", type="general", label=label,
                      aliases=ALIASES.get(slug, ()), attrs={"year": year})
           for slug, label, year in GENERALS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, rels in FACTS.items():
        for rel, tails in rels.items():
            for tail in tails:
                out.append((f"general:{slug}", rel, tail))
    for junior, senior in SERVED_UNDER:
        out.append((f"general:{junior}", "served_under", f"general:{senior}"))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"general:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind396")
