"""A small graph of real spaceports (rocket launch sites).

The ``year`` of each spaceport is the year it was founded or opened (for the
newest sites, Wenchang and Vostochny, the year of their first launch).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("spaceport",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("spaceport",), range=("country", "territory")),
    kgx.Relation("operated_by", phrase="is run by", inverse_phrase="runs",
                 domain=("spaceport",), range=("organisation",)),
    kgx.Relation("site_kind", phrase="is a", inverse_phrase="is the kind of site of",
                 domain=("spaceport",), range=("kind",)),
    kgx.Relation("launches", phrase="has hosted launches of", inverse_phrase="has flown from",
                 domain=("spaceport",), range=("rocket",)),
    kgx.Relation("launch_site_of", phrase="was the launch site of", inverse_phrase="was launched from",
                 domain=("spaceport",), range=("mission",)),
]

# slug: (label, year)
SPACEPORTS = {
    "baikonur": ("Baikonur Cosmodrome", 1955),
    "kennedy": ("Kennedy Space Center", 1962),
    "cape_canaveral": ("Cape Canaveral Space Force Station", 1949),
    "plesetsk": ("Plesetsk Cosmodrome", 1957),
    "kapustin_yar": ("Kapustin Yar", 1946),
    "vostochny": ("Vostochny Cosmodrome", 2016),
    "guiana": ("Guiana Space Centre", 1964),
    "tanegashima": ("Tanegashima Space Center", 1969),
    "uchinoura": ("Uchinoura Space Center", 1962),
    "sriharikota": ("Satish Dhawan Space Centre", 1971),
    "jiuquan": ("Jiuquan Satellite Launch Center", 1958),
    "xichang": ("Xichang Satellite Launch Center", 1984),
    "wenchang": ("Wenchang Space Launch Site", 2016),
    "naro": ("Naro Space Center", 2009),
    "mahia": ("Rocket Lab Launch Complex 1", 2016),
    "wallops": ("Wallops Flight Facility", 1945),
    "spaceport_america": ("Spaceport America", 2011),
    "woomera": ("Woomera Range Complex", 1947),
}

COUNTRIES = {
    "kazakhstan": "Kazakhstan", "united_states": "United States", "russia": "Russia",
    "japan": "Japan", "india": "India", "china": "China", "south_korea": "South Korea",
    "new_zealand": "New Zealand", "australia": "Australia",
}
TERRITORIES = {"french_guiana": "French Guiana"}

ORGANISATIONS = {
    "roscosmos": "Roscosmos", "nasa": "NASA", "us_space_force": "United States Space Force",
    "russian_aerospace_forces": "Russian Aerospace Forces", "cnes": "CNES", "jaxa": "JAXA",
    "isro": "ISRO", "pla": "People's Liberation Army",
    "kari": "Korea Aerospace Research Institute", "rocket_lab": "Rocket Lab",
    "nmsa": "New Mexico Spaceport Authority", "raaf": "Royal Australian Air Force",
}

KINDS = {
    "government": "Government space centre", "military": "Military launch site",
    "commercial": "Commercial spaceport", "orbital": "Orbital launch site",
    "suborbital": "Suborbital spaceport",
}

ROCKETS = {
    "soyuz": "Soyuz", "proton": "Proton", "saturn_v": "Saturn V", "space_shuttle": "Space Shuttle",
    "falcon_9": "Falcon 9", "falcon_heavy": "Falcon Heavy", "sls": "Space Launch System",
    "atlas_v": "Atlas V", "angara": "Angara", "kosmos": "Kosmos", "v2": "V-2",
    "ariane_5": "Ariane 5", "ariane_6": "Ariane 6", "vega": "Vega", "h_iia": "H-IIA", "h3": "H3",
    "m_v": "M-V", "epsilon": "Epsilon", "lambda_4s": "Lambda-4S", "pslv": "PSLV", "gslv": "GSLV",
    "lvm3": "LVM3", "long_march_2f": "Long March 2F", "long_march_1": "Long March 1",
    "long_march_3b": "Long March 3B", "long_march_5": "Long March 5", "long_march_7": "Long March 7",
    "naro_1": "Naro-1", "nuri": "Nuri", "electron": "Electron", "antares": "Antares",
    "minotaur_v": "Minotaur V", "scout": "Scout", "spaceloft_xl": "SpaceLoft XL",
    "black_arrow": "Black Arrow", "europa": "Europa",
}

MISSIONS = {
    "sputnik_1": "Sputnik 1", "vostok_1": "Vostok 1", "apollo_11": "Apollo 11",
    "artemis_1": "Artemis I", "explorer_1": "Explorer 1", "new_horizons": "New Horizons",
    "kosmos_1": "Kosmos 1", "luna_25": "Luna 25", "jwst": "James Webb Space Telescope",
    "rosetta": "Rosetta", "hayabusa2": "Hayabusa2", "hayabusa": "Hayabusa", "ohsumi": "Ohsumi",
    "chandrayaan_3": "Chandrayaan-3", "mars_orbiter_mission": "Mars Orbiter Mission",
    "shenzhou_5": "Shenzhou 5", "dong_fang_hong_1": "Dong Fang Hong 1", "change_4": "Chang'e 4",
    "tianwen_1": "Tianwen-1", "change_5": "Chang'e 5", "capstone": "CAPSTONE", "ladee": "LADEE",
    "unity_22": "Unity 22", "wresat": "WRESAT", "prospero": "Prospero",
}

# spaceport: (place, operators, kinds, rockets, missions)
FACTS = {
    "baikonur": ("country:kazakhstan", ["roscosmos"], ["government", "orbital"],
                 ["soyuz", "proton"], ["sputnik_1", "vostok_1"]),
    "kennedy": ("country:united_states", ["nasa"], ["government", "orbital"],
                ["saturn_v", "space_shuttle", "falcon_9", "falcon_heavy", "sls"], ["apollo_11", "artemis_1"]),
    "cape_canaveral": ("country:united_states", ["us_space_force"], ["military", "orbital"],
                       ["atlas_v", "falcon_9"], ["explorer_1", "new_horizons"]),
    "plesetsk": ("country:russia", ["russian_aerospace_forces"], ["military", "orbital"],
                 ["soyuz", "angara", "kosmos"], []),
    "kapustin_yar": ("country:russia", ["russian_aerospace_forces"], ["military", "orbital"],
                     ["kosmos", "v2"], ["kosmos_1"]),
    "vostochny": ("country:russia", ["roscosmos"], ["government", "orbital"],
                  ["soyuz", "angara"], ["luna_25"]),
    "guiana": ("territory:french_guiana", ["cnes"], ["government", "orbital"],
               ["ariane_5", "ariane_6", "vega", "soyuz"], ["jwst", "rosetta"]),
    "tanegashima": ("country:japan", ["jaxa"], ["government", "orbital"],
                    ["h_iia", "h3"], ["hayabusa2"]),
    "uchinoura": ("country:japan", ["jaxa"], ["government", "orbital"],
                  ["m_v", "epsilon", "lambda_4s"], ["hayabusa", "ohsumi"]),
    "sriharikota": ("country:india", ["isro"], ["government", "orbital"],
                    ["pslv", "gslv", "lvm3"], ["chandrayaan_3", "mars_orbiter_mission"]),
    "jiuquan": ("country:china", ["pla"], ["government", "orbital"],
                ["long_march_2f", "long_march_1"], ["shenzhou_5", "dong_fang_hong_1"]),
    "xichang": ("country:china", ["pla"], ["government", "orbital"],
                ["long_march_3b"], ["change_4"]),
    "wenchang": ("country:china", ["pla"], ["government", "orbital"],
                 ["long_march_5", "long_march_7"], ["tianwen_1", "change_5"]),
    "naro": ("country:south_korea", ["kari"], ["government", "orbital"],
             ["naro_1", "nuri"], []),
    "mahia": ("country:new_zealand", ["rocket_lab"], ["commercial", "orbital"],
              ["electron"], ["capstone"]),
    "wallops": ("country:united_states", ["nasa"], ["government", "orbital"],
                ["antares", "minotaur_v", "scout"], ["ladee"]),
    "spaceport_america": ("country:united_states", ["nmsa"], ["commercial", "suborbital"],
                          ["spaceloft_xl"], ["unity_22"]),
    "woomera": ("country:australia", ["raaf"], ["military", "orbital"],
                ["black_arrow", "europa"], ["wresat", "prospero"]),
}

RATINGS = {
    "ana": {"baikonur": 5.0, "kennedy": 4.5, "guiana": 2.0, "naro": 3.0},
    "ben": {"wenchang": 4.0, "jiuquan": 1.5, "mahia": 5.0, "woomera": 3.5},
    "chen": {"tanegashima": 4.5, "uchinoura": 4.0, "sriharikota": 2.5, "spaceport_america": 1.0},
    "dara": {"cape_canaveral": 5.0, "wallops": 3.0, "vostochny": 0.5, "plesetsk": 4.0},
    "emil": {"kapustin_yar": 2.0, "xichang": 4.5, "baikonur": 3.5, "kennedy": 1.5},
}


def entities():
    ents = []
    for slug, (label, year) in SPACEPORTS.items():
        ents.append(kgx.Entity(f"spaceport:{slug}", kind="item", type="spaceport",
                               label=label, attrs={"year": year}))
    for prefix, typ, table in [("country", "country", COUNTRIES), ("territory", "territory", TERRITORIES),
                               ("org", "organisation", ORGANISATIONS), ("kind", "kind", KINDS),
                               ("rocket", "rocket", ROCKETS), ("mission", "mission", MISSIONS)]:
        for slug, label in table.items():
            ents.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label))
    for name in RATINGS:
        ents.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return ents


def rows():
    out = []
    for slug, (place, orgs, kinds, rockets, missions) in FACTS.items():
        sp = f"spaceport:{slug}"
        out.append((sp, "located_in", place))
        out += [(sp, "operated_by", f"org:{o}") for o in orgs]
        out += [(sp, "site_kind", f"kind:{k}") for k in kinds]
        out += [(sp, "launches", f"rocket:{r}") for r in rockets]
        out += [(sp, "launch_site_of", f"mission:{m}") for m in missions]
    for name, rs in RATINGS.items():
        out += [(f"user:{name}", "rated", f"spaceport:{s}", {"rating": r}) for s, r in rs.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind257")
