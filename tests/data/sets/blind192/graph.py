"""A small helicopters graph (blind192). Item year = year of first flight."""
import kgexplain as kgx

H = ("helicopter",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=H),
    kgx.Relation("manufactured_by", phrase="is manufactured by", inverse_phrase="manufactures",
                 domain=H, range=("manufacturer",)),
    kgx.Relation("country_of_origin", phrase="was developed in", inverse_phrase="is the country of origin of",
                 domain=H, range=("country",)),
    kgx.Relation("has_role", phrase="is classified as", inverse_phrase="is the role of",
                 domain=H, range=("role",)),
    kgx.Relation("powered_by", phrase="is powered by", inverse_phrase="powers",
                 domain=H, range=("engine",)),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates",
                 domain=H, range=("operator",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=H, range=("person",)),
]

HELICOPTERS = [
    ("sikorsky_r4", "Sikorsky R-4", 1942),
    ("bell_47", "Bell 47", 1945),
    ("uh1_iroquois", "Bell UH-1 Iroquois", 1956),
    ("ah1_cobra", "Bell AH-1 Cobra", 1965),
    ("uh60_black_hawk", "Sikorsky UH-60 Black Hawk", 1974),
    ("ah64_apache", "Boeing AH-64 Apache", 1975),
    ("ch47_chinook", "Boeing CH-47 Chinook", 1961),
    ("mi8", "Mil Mi-8", 1961),
    ("mi24", "Mil Mi-24", 1969),
    ("mi26", "Mil Mi-26", 1977),
    ("ka50", "Kamov Ka-50", 1982),
    ("alouette_iii", "Aérospatiale Alouette III", 1959),
    ("gazelle", "Aérospatiale Gazelle", 1967),
    ("lynx", "Westland Lynx", 1971),
    ("aw101", "AgustaWestland AW101", 1987),
    ("r22", "Robinson R22", 1975),
    ("r44", "Robinson R44", 1990),
    ("tiger", "Eurocopter Tiger", 1991),
]

ATTRIBUTES = [
    ("manufacturer", "sikorsky_aircraft", "Sikorsky Aircraft"),
    ("manufacturer", "bell_helicopter", "Bell Helicopter"),
    ("manufacturer", "boeing", "Boeing"),
    ("manufacturer", "mil", "Mil Moscow Helicopter Plant"),
    ("manufacturer", "kamov", "Kamov"),
    ("manufacturer", "sud_aviation", "Sud Aviation"),
    ("manufacturer", "westland", "Westland Helicopters"),
    ("manufacturer", "agustawestland", "AgustaWestland"),
    ("manufacturer", "robinson", "Robinson Helicopter Company"),
    ("manufacturer", "eurocopter", "Eurocopter"),
    ("country", "united_states", "United States"),
    ("country", "soviet_union", "Soviet Union"),
    ("country", "france", "France"),
    ("country", "germany", "Germany"),
    ("country", "united_kingdom", "United Kingdom"),
    ("country", "italy", "Italy"),
    ("role", "attack_helicopter", "attack helicopter"),
    ("role", "utility_helicopter", "utility helicopter"),
    ("role", "transport_helicopter", "transport helicopter"),
    ("role", "light_helicopter", "light helicopter"),
    ("engine", "warner_r550", "Warner R-550 Super Scarab"),
    ("engine", "lycoming_t53", "Lycoming T53"),
    ("engine", "ge_t700", "General Electric T700"),
    ("engine", "lycoming_t55", "Lycoming T55"),
    ("engine", "klimov_tv2_117", "Klimov TV2-117"),
    ("engine", "klimov_tv3_117", "Klimov TV3-117"),
    ("engine", "lotarev_d136", "Lotarev D-136"),
    ("engine", "turbomeca_artouste", "Turbomeca Artouste"),
    ("engine", "turbomeca_astazou", "Turbomeca Astazou"),
    ("engine", "rr_gem", "Rolls-Royce Gem"),
    ("engine", "rtm322", "Rolls-Royce Turbomeca RTM322"),
    ("engine", "lycoming_o320", "Lycoming O-320"),
    ("engine", "lycoming_o540", "Lycoming O-540"),
    ("engine", "mtr390", "MTU Turbomeca Rolls-Royce MTR390"),
    ("operator", "usaaf", "United States Army Air Forces"),
    ("operator", "us_army", "United States Army"),
    ("operator", "usmc", "United States Marine Corps"),
    ("operator", "raf", "Royal Air Force"),
    ("operator", "royal_navy", "Royal Navy"),
    ("operator", "british_army", "British Army"),
    ("operator", "soviet_air_forces", "Soviet Air Forces"),
    ("operator", "russian_air_force", "Russian Air Force"),
    ("operator", "french_navy", "French Navy"),
    ("operator", "french_army", "French Army"),
    ("operator", "german_army", "German Army"),
    ("person", "igor_sikorsky", "Igor Sikorsky"),
    ("person", "arthur_young", "Arthur M. Young"),
    ("person", "mikhail_mil", "Mikhail Mil"),
    ("person", "marat_tishchenko", "Marat Tishchenko"),
    ("person", "sergei_mikheyev", "Sergei Mikheyev"),
    ("person", "frank_robinson", "Frank Robinson"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

# (helicopter slug, relation, attribute "type:slug")
FACTS = {
    "sikorsky_r4": [("manufactured_by", "manufacturer:sikorsky_aircraft"), ("country_of_origin", "country:united_states"),
                    ("has_role", "role:light_helicopter"), ("powered_by", "engine:warner_r550"),
                    ("operated_by", "operator:usaaf"), ("designed_by", "person:igor_sikorsky")],
    "bell_47": [("manufactured_by", "manufacturer:bell_helicopter"), ("country_of_origin", "country:united_states"),
                ("has_role", "role:light_helicopter"), ("operated_by", "operator:us_army"),
                ("designed_by", "person:arthur_young")],
    "uh1_iroquois": [("manufactured_by", "manufacturer:bell_helicopter"), ("country_of_origin", "country:united_states"),
                     ("has_role", "role:utility_helicopter"), ("powered_by", "engine:lycoming_t53"),
                     ("operated_by", "operator:us_army"), ("operated_by", "operator:usmc")],
    "ah1_cobra": [("manufactured_by", "manufacturer:bell_helicopter"), ("country_of_origin", "country:united_states"),
                  ("has_role", "role:attack_helicopter"), ("powered_by", "engine:lycoming_t53"),
                  ("operated_by", "operator:us_army"), ("operated_by", "operator:usmc")],
    "uh60_black_hawk": [("manufactured_by", "manufacturer:sikorsky_aircraft"), ("country_of_origin", "country:united_states"),
                        ("has_role", "role:utility_helicopter"), ("powered_by", "engine:ge_t700"),
                        ("operated_by", "operator:us_army")],
    "ah64_apache": [("manufactured_by", "manufacturer:boeing"), ("country_of_origin", "country:united_states"),
                    ("has_role", "role:attack_helicopter"), ("powered_by", "engine:ge_t700"),
                    ("operated_by", "operator:us_army"), ("operated_by", "operator:british_army")],
    "ch47_chinook": [("manufactured_by", "manufacturer:boeing"), ("country_of_origin", "country:united_states"),
                     ("has_role", "role:transport_helicopter"), ("powered_by", "engine:lycoming_t55"),
                     ("operated_by", "operator:us_army"), ("operated_by", "operator:raf")],
    "mi8": [("manufactured_by", "manufacturer:mil"), ("country_of_origin", "country:soviet_union"),
            ("has_role", "role:transport_helicopter"), ("powered_by", "engine:klimov_tv2_117"),
            ("operated_by", "operator:soviet_air_forces"), ("designed_by", "person:mikhail_mil")],
    "mi24": [("manufactured_by", "manufacturer:mil"), ("country_of_origin", "country:soviet_union"),
             ("has_role", "role:attack_helicopter"), ("operated_by", "operator:soviet_air_forces")],
    "mi26": [("manufactured_by", "manufacturer:mil"), ("country_of_origin", "country:soviet_union"),
             ("has_role", "role:transport_helicopter"), ("powered_by", "engine:lotarev_d136"),
             ("operated_by", "operator:soviet_air_forces"), ("designed_by", "person:marat_tishchenko")],
    "ka50": [("manufactured_by", "manufacturer:kamov"), ("country_of_origin", "country:soviet_union"),
             ("has_role", "role:attack_helicopter"), ("powered_by", "engine:klimov_tv3_117"),
             ("operated_by", "operator:russian_air_force"), ("designed_by", "person:sergei_mikheyev")],
    "alouette_iii": [("manufactured_by", "manufacturer:sud_aviation"), ("country_of_origin", "country:france"),
                     ("has_role", "role:utility_helicopter"), ("powered_by", "engine:turbomeca_artouste"),
                     ("operated_by", "operator:french_navy")],
    "gazelle": [("manufactured_by", "manufacturer:sud_aviation"), ("manufactured_by", "manufacturer:westland"),
                ("country_of_origin", "country:france"), ("has_role", "role:light_helicopter"),
                ("powered_by", "engine:turbomeca_astazou"), ("operated_by", "operator:british_army"),
                ("operated_by", "operator:french_army")],
    "lynx": [("manufactured_by", "manufacturer:westland"), ("country_of_origin", "country:united_kingdom"),
             ("has_role", "role:utility_helicopter"), ("powered_by", "engine:rr_gem"),
             ("operated_by", "operator:royal_navy"), ("operated_by", "operator:british_army")],
    "aw101": [("manufactured_by", "manufacturer:agustawestland"), ("country_of_origin", "country:united_kingdom"),
              ("country_of_origin", "country:italy"), ("has_role", "role:transport_helicopter"),
              ("powered_by", "engine:rtm322"), ("operated_by", "operator:royal_navy"),
              ("operated_by", "operator:raf")],
    "r22": [("manufactured_by", "manufacturer:robinson"), ("country_of_origin", "country:united_states"),
            ("has_role", "role:light_helicopter"), ("powered_by", "engine:lycoming_o320"),
            ("designed_by", "person:frank_robinson")],
    "r44": [("manufactured_by", "manufacturer:robinson"), ("country_of_origin", "country:united_states"),
            ("has_role", "role:light_helicopter"), ("powered_by", "engine:lycoming_o540"),
            ("designed_by", "person:frank_robinson")],
    "tiger": [("manufactured_by", "manufacturer:eurocopter"), ("country_of_origin", "country:france"),
              ("country_of_origin", "country:germany"), ("has_role", "role:attack_helicopter"),
              ("powered_by", "engine:mtr390"), ("operated_by", "operator:french_army"),
              ("operated_by", "operator:german_army")],
}

RATINGS = {
    "ana": [("uh60_black_hawk", 5.0), ("ah64_apache", 4.5), ("mi24", 2.0), ("r22", 1.0)],
    "ben": [("ch47_chinook", 4.0), ("mi26", 5.0), ("bell_47", 1.5), ("tiger", 3.0)],
    "chen": [("gazelle", 4.5), ("lynx", 4.0), ("aw101", 2.0), ("alouette_iii", 0.5)],
    "dara": [("r22", 4.0), ("r44", 5.0), ("ka50", 1.5), ("mi8", 3.5)],
    "emil": [("sikorsky_r4", 5.0), ("uh1_iroquois", 4.5), ("ah1_cobra", 1.0), ("ka50", 3.0)],
}


def entities():
    out = [kgx.Entity(f"helicopter:{s}", kind="item", type="helicopter", label=label, attrs={"year": year})
           for s, label, year in HELICOPTERS]
    out += [kgx.Entity(f"{t}:{s}", kind="attribute", type=t, label=label) for t, s, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for s, facts in FACTS.items():
        for rel, tail in facts:
            out.append((f"helicopter:{s}", rel, tail))
    for u, rs in RATINGS.items():
        for s, r in rs:
            out.append((f"user:{u}", "rated", f"helicopter:{s}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind192")
