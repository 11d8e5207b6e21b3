"""A small graph of real military tanks (blind246)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("tank",)),
    kgx.Relation("developed_in", phrase="was developed in", inverse_phrase="developed",
                 domain=("tank",), range=("country",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built",
                 domain=("tank",), range=("company",)),
    kgx.Relation("tank_class", phrase="is a", inverse_phrase="is the class of",
                 domain=("tank",), range=("tank class",)),
    kgx.Relation("fought_in", phrase="saw combat in", inverse_phrase="saw combat use of",
                 domain=("tank",), range=("war",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("tank",), range=("person",)),
    kgx.Relation("succeeded", phrase="succeeded", inverse_phrase="was succeeded by",
                 domain=("tank",), range=("tank",)),
]

TANKS = [
    # slug, label, year (entered service / first used in action)
    ("mark_i", "Mark I", 1916),
    ("renault_ft", "Renault FT", 1917),
    ("t_34", "T-34", 1940),
    ("kv_1", "KV-1", 1939),
    ("tiger_i", "Tiger I", 1942),
    ("panther", "Panther", 1943),
    ("tiger_ii", "Tiger II", 1944),
    ("m4_sherman", "M4 Sherman", 1942),
    ("churchill", "Churchill", 1941),
    ("centurion", "Centurion", 1946),
    ("m48_patton", "M48 Patton", 1953),
    ("t_55", "T-55", 1958),
    ("t_72", "T-72", 1973),
    ("m1_abrams", "M1 Abrams", 1980),
    ("leopard_1", "Leopard 1", 1965),
    ("leopard_2", "Leopard 2", 1979),
    ("merkava", "Merkava", 1979),
    ("challenger_2", "Challenger 2", 1998),
]

ATTRIBUTES = [
    # id, type, label
    ("country:united_kingdom", "country", "United Kingdom"),
    ("country:france", "country", "France"),
    ("country:soviet_union", "country", "Soviet Union"),
    ("country:germany", "country", "Germany"),
    ("country:west_germany", "country", "West Germany"),
    ("country:united_states", "country", "United States"),
    ("country:israel", "country", "Israel"),
    ("company:william_foster", "company", "William Foster & Co."),
    ("company:renault", "company", "Renault"),
    ("company:kharkiv_locomotive_factory", "company", "Kharkiv Locomotive Factory"),
    ("company:kirov_plant", "company", "Kirov Plant"),
    ("company:henschel", "company", "Henschel"),
    ("company:man", "company", "MAN"),
    ("company:chrysler", "company", "Chrysler"),
    ("company:vauxhall_motors", "company", "Vauxhall Motors"),
    ("company:vickers_armstrongs", "company", "Vickers-Armstrongs"),
    ("company:uralvagonzavod", "company", "Uralvagonzavod"),
    ("company:general_dynamics_land_systems", "company", "General Dynamics Land Systems"),
    ("company:krauss_maffei", "company", "Krauss-Maffei"),
    ("company:vickers_defence_systems", "company", "Vickers Defence Systems"),
    ("class:heavy_tank", "tank class", "Heavy tank"),
    ("class:medium_tank", "tank class", "Medium tank"),
    ("class:light_tank", "tank class", "Light tank"),
    ("class:infantry_tank", "tank class", "Infantry tank"),
    ("class:main_battle_tank", "tank class", "Main battle tank"),
    ("war:world_war_i", "war", "World War I"),
    ("war:world_war_ii", "war", "World War II"),
    ("war:korean_war", "war", "Korean War"),
    ("war:vietnam_war", "war", "Vietnam War"),
    ("war:six_day_war", "war", "Six-Day War"),
    ("war:yom_kippur_war", "war", "Yom Kippur War"),
    ("war:1982_lebanon_war", "war", "1982 Lebanon War"),
    ("war:gulf_war", "war", "Gulf War"),
    ("war:iraq_war", "war", "Iraq War"),
    ("war:war_in_afghanistan", "war", "War in Afghanistan"),
    ("person:william_tritton", "person", "William Tritton"),
    ("person:walter_gordon_wilson", "person", "Walter Gordon Wilson"),
    ("person:louis_renault", "person", "Louis Renault"),
    ("person:mikhail_koshkin", "person", "Mikhail Koshkin"),
    ("person:zhozef_kotin", "person", "Zhozef Kotin"),
    ("person:erwin_aders", "person", "Erwin Aders"),
    ("person:leonid_kartsev", "person", "Leonid Kartsev"),
    ("person:israel_tal", "person", "Israel Tal"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"tank:{slug}", kind="item", type="tank", label=label, attrs={"year": year})
           for slug, label, year in TANKS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "mark_i": {"developed_in": ["country:united_kingdom"], "built_by": ["company:william_foster"],
               "tank_class": ["class:heavy_tank"], "fought_in": ["war:world_war_i"],
               "designed_by": ["person:william_tritton", "person:walter_gordon_wilson"]},
    "renault_ft": {"developed_in": ["country:france"], "built_by": ["company:renault"],
                   "tank_class": ["class:light_tank"], "fought_in": ["war:world_war_i"],
                   "designed_by": ["person:louis_renault"]},
    "t_34": {"developed_in": ["country:soviet_union"], "built_by": ["company:kharkiv_locomotive_factory"],
             "tank_class": ["class:medium_tank"], "fought_in": ["war:world_war_ii", "war:korean_war"],
             "designed_by": ["person:mikhail_koshkin"]},
    "kv_1": {"developed_in": ["country:soviet_union"], "built_by": ["company:kirov_plant"],
             "tank_class": ["class:heavy_tank"], "fought_in": ["war:world_war_ii"],
             "designed_by": ["person:zhozef_kotin"]},
    "tiger_i": {"developed_in": ["country:germany"], "built_by": ["company:henschel"],
                "tank_class": ["class:heavy_tank"], "fought_in": ["war:world_war_ii"],
                "designed_by": ["person:erwin_aders"]},
    "panther": {"developed_in": ["country:germany"], "built_by": ["company:man"],
                "tank_class": ["class:medium_tank"], "fought_in": ["war:world_war_ii"]},
    "tiger_ii": {"developed_in": ["country:germany"], "built_by": ["company:henschel"],
                 "tank_class": ["class:heavy_tank"], "fought_in": ["war:world_war_ii"],
                 "designed_by": ["person:erwin_aders"], "succeeded": ["tank:tiger_i"]},
    "m4_sherman": {"developed_in": ["country:united_states"], "built_by": ["company:chrysler"],
                   "tank_class": ["class:medium_tank"], "fought_in": ["war:world_war_ii", "war:korean_war"]},
    "churchill": {"developed_in": ["country:united_kingdom"], "built_by": ["company:vauxhall_motors"],
                  "tank_class": ["class:infantry_tank"], "fought_in": ["war:world_war_ii", "war:korean_war"]},
    "centurion": {"developed_in": ["country:united_kingdom"], "built_by": ["company:vickers_armstrongs"],
                  "tank_class": ["class:main_battle_tank"],
                  "fought_in": ["war:korean_war", "war:vietnam_war", "war:six_day_war", "war:yom_kippur_war"]},
    "m48_patton": {"developed_in": ["country:united_states"], "built_by": ["company:chrysler"],
                   "tank_class": ["class:main_battle_tank"], "fought_in": ["war:vietnam_war", "war:six_day_war"]},
    "t_55": {"developed_in": ["country:soviet_union"], "built_by": ["company:uralvagonzavod"],
             "tank_class": ["class:main_battle_tank"],
             "fought_in": ["war:six_day_war", "war:yom_kippur_war", "war:gulf_war"]},
    "t_72": {"developed_in": ["country:soviet_union"], "built_by": ["company:uralvagonzavod"],
             "tank_class": ["class:main_battle_tank"], "fought_in": ["war:gulf_war", "war:iraq_war"],
             "designed_by": ["person:leonid_kartsev"]},
    "m1_abrams": {"developed_in": ["country:united_states"], "built_by": ["company:general_dynamics_land_systems"],
                  "tank_class": ["class:main_battle_tank"], "fought_in": ["war:gulf_war", "war:iraq_war"]},
    "leopard_1": {"developed_in": ["country:west_germany"], "built_by": ["company:krauss_maffei"],
                  "tank_class": ["class:main_battle_tank"]},
    "leopard_2": {"developed_in": ["country:west_germany"], "built_by": ["company:krauss_maffei"],
                  "tank_class": ["class:main_battle_tank"], "fought_in": ["war:war_in_afghanistan"],
                  "succeeded": ["tank:leopard_1"]},
    "merkava": {"developed_in": ["country:israel"], "tank_class": ["class:main_battle_tank"],
                "fought_in": ["war:1982_lebanon_war"], "designed_by": ["person:israel_tal"]},
    "challenger_2": {"developed_in": ["country:united_kingdom"], "built_by": ["company:vickers_defence_systems"],
                     "tank_class": ["class:main_battle_tank"], "fought_in": ["war:iraq_war"]},
}

RATINGS = {
    "ana": {"t_34": 5.0, "tiger_i": 4.5, "merkava": 2.0, "m1_abrams": 3.0},
    "ben": {"centurion": 4.0, "leopard_2": 5.0, "renault_ft": 1.5, "t_72": 3.5},
    "chen": {"mark_i": 4.5, "m4_sherman": 2.5, "panther": 4.0, "challenger_2": 1.0},
    "dara": {"kv_1": 3.0, "tiger_ii": 5.0, "churchill": 2.0, "m48_patton": 4.5},
    "emil": {"t_55": 4.0, "leopard_1": 0.5, "t_72": 5.0, "m1_abrams": 4.5},
}


def rows():
    out = []
    for slug, rels in FACTS.items():
        for rel, tails in rels.items():
            for tail in tails:
                out.append((f"tank:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"tank:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind246")
