"""blind148: a small graph of real space rockets (launch vehicles)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("rocket",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built",
                 domain=("rocket",), range=("company", "design bureau", "space agency")),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("rocket",), range=("person",)),
    kgx.Relation("launched_from", phrase="was launched from", inverse_phrase="has launched",
                 domain=("rocket",), range=("launch site",)),
    kgx.Relation("developed_in", phrase="was developed in", inverse_phrase="developed",
                 domain=("rocket",), range=("country", "region")),
    kgx.Relation("burns", phrase="burns", inverse_phrase="is burned by",
                 domain=("rocket",), range=("propellant",)),
    kgx.Relation("has_class", phrase="is a", inverse_phrase="includes",
                 domain=("rocket",), range=("lift class",)),
]

_ROCKETS = [
    ("rocket:saturn_v", "Saturn V", 1967),
    ("rocket:space_shuttle", "Space Shuttle", 1981),
    ("rocket:falcon_9", "Falcon 9", 2010),
    ("rocket:falcon_heavy", "Falcon Heavy", 2018),
    ("rocket:starship", "Starship", 2023),
    ("rocket:atlas_v", "Atlas V", 2002),
    ("rocket:delta_iv_heavy", "Delta IV Heavy", 2004),
    ("rocket:new_glenn", "New Glenn", 2025),
    ("rocket:r7_semyorka", "R-7 Semyorka", 1957),
    ("rocket:soyuz", "Soyuz", 1966),
    ("rocket:proton", "Proton", 1965),
    ("rocket:n1", "N1", 1969),
    ("rocket:ariane_5", "Ariane 5", 1996),
    ("rocket:ariane_6", "Ariane 6", 2024),
    ("rocket:long_march_5", "Long March 5", 2016),
    ("rocket:long_march_2f", "Long March 2F", 1999),
    ("rocket:h_iia", "H-IIA", 2001),
    ("rocket:pslv", "PSLV", 1993),
    ("rocket:electron", "Electron", 2017),
]

_ATTRIBUTES = [
    # builders
    ("org:boeing", "company", "Boeing"),
    ("org:north_american", "company", "North American Aviation"),
    ("org:douglas", "company", "Douglas Aircraft Company"),
    ("org:rockwell", "company", "Rockwell International"),
    ("org:spacex", "company", "SpaceX"),
    ("org:lockheed_martin", "company", "Lockheed Martin"),
    ("org:ula", "company", "United Launch Alliance"),
    ("org:blue_origin", "company", "Blue Origin"),
    ("org:okb1", "design bureau", "OKB-1"),
    ("org:progress", "company", "Progress Rocket Space Centre"),
    ("org:khrunichev", "company", "Khrunichev"),
    ("org:arianegroup", "company", "ArianeGroup"),
    ("org:calt", "company", "China Academy of Launch Vehicle Technology"),
    ("org:mhi", "company", "Mitsubishi Heavy Industries"),
    ("org:isro", "space agency", "ISRO"),
    ("org:rocket_lab", "company", "Rocket Lab"),
    # designers
    ("person:wernher_von_braun", "person", "Wernher von Braun"),
    ("person:sergei_korolev", "person", "Sergei Korolev"),
    ("person:vladimir_chelomey", "person", "Vladimir Chelomey"),
    # launch sites
    ("site:kennedy", "launch site", "Kennedy Space Center"),
    ("site:cape_canaveral", "launch site", "Cape Canaveral Space Force Station"),
    ("site:vandenberg", "launch site", "Vandenberg Space Force Base"),
    ("site:starbase", "launch site", "Starbase"),
    ("site:baikonur", "launch site", "Baikonur Cosmodrome"),
    ("site:plesetsk", "launch site", "Plesetsk Cosmodrome"),
    ("site:kourou", "launch site", "Guiana Space Centre"),
    ("site:wenchang", "launch site", "Wenchang Space Launch Site"),
    ("site:jiuquan", "launch site", "Jiuquan Satellite Launch Center"),
    ("site:tanegashima", "launch site", "Tanegashima Space Center"),
    ("site:sriharikota", "launch site", "Satish Dhawan Space Centre"),
    ("site:mahia", "launch site", "Mahia Peninsula"),
    # countries / regions
    ("country:usa", "country", "United States"),
    ("country:ussr", "country", "Soviet Union"),
    ("region:europe", "region", "Europe"),
    ("country:china", "country", "China"),
    ("country:japan", "country", "Japan"),
    ("country:india", "country", "India"),
    ("country:new_zealand", "country", "New Zealand"),
    # propellants
    ("propellant:kerosene", "propellant", "kerosene"),
    ("propellant:liquid_hydrogen", "propellant", "liquid hydrogen"),
    ("propellant:liquid_methane", "propellant", "liquid methane"),
    ("propellant:hypergolic", "propellant", "hypergolic propellant"),
    ("propellant:solid", "propellant", "solid propellant"),
    # lift classes
    ("class:small", "lift class", "small-lift launch vehicle"),
    ("class:medium", "lift class", "medium-lift launch vehicle"),
    ("class:heavy", "lift class", "heavy-lift launch vehicle"),
    ("class:super_heavy", "lift class", "super heavy-lift launch vehicle"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(i, kind="item", type="rocket", label=label, attrs={"year": year})
           for i, label, year in _ROCKETS]
    out += [kgx.Entity(i, kind="attribute", type=t, label=label) for i, t, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "rocket:saturn_v": {
        "built_by": ["org:boeing", "org:north_american", "org:douglas"],
        "designed_by": ["person:wernher_von_braun"],
        "launched_from": ["site:kennedy"],
        "developed_in": ["country:usa"],
        "burns": ["propellant:kerosene", "propellant:liquid_hydrogen"],
        "has_class": ["class:super_heavy"],
    },
    "rocket:space_shuttle": {
        "built_by": ["org:rockwell"],
        "launched_from": ["site:kennedy"],
        "developed_in": ["country:usa"],
        "burns": ["propellant:liquid_hydrogen", "propellant:solid"],
        "has_class": ["class:heavy"],
    },
    "rocket:falcon_9": {
        "built_by": ["org:spacex"],
        "launched_from": ["site:cape_canaveral", "site:kennedy", "site:vandenberg"],
        "developed_in": ["country:usa"],
        "burns": ["propellant:kerosene"],
        "has_class": ["class:medium"],
    },
    "rocket:falcon_heavy": {
        "built_by": ["org:spacex"],
        "launched_from": ["site:kennedy"],
        "developed_in": ["country:usa"],
        "burns": ["propellant:kerosene"],
        "has_class": ["class:super_heavy"],
    },
    "rocket:starship": {
        "built_by": ["org:spacex"],
        "launched_from": ["site:starbase"],
        "developed_in": ["country:usa"],
        "burns": ["propellant:liquid_methane"],
        "has_class": ["class:super_heavy"],
    },
    "rocket:atlas_v": {
        "built_by": ["org:lockheed_martin", "org:ula"],
        "launched_from": ["site:cape_canaveral", "site:vandenberg"],
        "developed_in": ["country:usa"],
        "burns": ["propellant:kerosene", "propellant:liquid_hydrogen", "propellant:solid"],
    },
    "rocket:delta_iv_heavy": {
        "built_by": ["org:boeing", "org:ula"],
        "launched_from": ["site:cape_canaveral", "site:vandenberg"],
        "developed_in": ["country:usa"],
        "burns": ["propellant:liquid_hydrogen"],
        "has_class": ["class:heavy"],
    },
    "rocket:new_glenn": {
        "built_by": ["org:blue_origin"],
        "launched_from": ["site:cape_canaveral"],
        "developed_in": ["country:usa"],
        "burns": ["propellant:liquid_methane", "propellant:liquid_hydrogen"],
        "has_class": ["class:heavy"],
    },
    "rocket:r7_semyorka": {
        "built_by": ["org:okb1"],
        "designed_by": ["person:sergei_korolev"],
        "launched_from": ["site:baikonur"],
        "developed_in": ["country:ussr"],
        "burns": ["propellant:kerosene"],
    },
    "rocket:soyuz": {
        "built_by": ["org:progress"],
        "launched_from": ["site:baikonur", "site:plesetsk"],
        "developed_in": ["country:ussr"],
        "burns": ["propellant:kerosene"],
        "has_class": ["class:medium"],
    },
    "rocket:proton": {
        "built_by": ["org:khrunichev"],
        "designed_by": ["person:vladimir_chelomey"],
        "launched_from": ["site:baikonur"],
        "developed_in": ["country:ussr"],
        "burns": ["propellant:hypergolic"],
        "has_class": ["class:heavy"],
    },
    "rocket:n1": {
        "built_by": ["org:okb1"],
        "designed_by": ["person:sergei_korolev"],
        "launched_from": ["site:baikonur"],
        "developed_in": ["country:ussr"],
        "burns": ["propellant:kerosene"],
        "has_class": ["class:super_heavy"],
    },
    "rocket:ariane_5": {
        "built_by": ["org:arianegroup"],
        "launched_from": ["site:kourou"],
        "developed_in": ["region:europe"],
        "burns": ["propellant:liquid_hydrogen", "propellant:solid"],
        "has_class": ["class:heavy"],
    },
    "rocket:ariane_6": {
        "built_by": ["org:arianegroup"],
        "launched_from": ["site:kourou"],
        "developed_in": ["region:europe"],
        "burns": ["propellant:liquid_hydrogen", "propellant:solid"],
    },
    "rocket:long_march_5": {
        "built_by": ["org:calt"],
        "launched_from": ["site:wenchang"],
        "developed_in": ["country:china"],
        "burns": ["propellant:liquid_hydrogen", "propellant:kerosene"],
        "has_class": ["class:heavy"],
    },
    "rocket:long_march_2f": {
        "built_by": ["org:calt"],
        "launched_from": ["site:jiuquan"],
        "developed_in": ["country:china"],
        "burns": ["propellant:hypergolic"],
    },
    "rocket:h_iia": {
        "built_by": ["org:mhi"],
        "launched_from": ["site:tanegashima"],
        "developed_in": ["country:japan"],
        "burns": ["propellant:liquid_hydrogen", "propellant:solid"],
    },
    "rocket:pslv": {
        "built_by": ["org:isro"],
        "launched_from": ["site:sriharikota"],
        "developed_in": ["country:india"],
        "burns": ["propellant:solid", "propellant:hypergolic"],
        "has_class": ["class:medium"],
    },
    "rocket:electron": {
        "built_by": ["org:rocket_lab"],
        "launched_from": ["site:mahia"],
        "developed_in": ["country:new_zealand"],
        "burns": ["propellant:kerosene"],
        "has_class": ["class:small"],
    },
}

_RATINGS = {
    "ana": [("rocket:saturn_v", 5.0), ("rocket:falcon_9", 4.0), ("rocket:n1", 1.5), ("rocket:electron", 3.0)],
    "ben": [("rocket:space_shuttle", 4.5), ("rocket:proton", 2.0), ("rocket:ariane_5", 5.0), ("rocket:starship", 1.0)],
    "chen": [("rocket:long_march_5", 4.0), ("rocket:h_iia", 3.5), ("rocket:pslv", 5.0), ("rocket:soyuz", 2.0)],
    "dara": [("rocket:falcon_heavy", 5.0), ("rocket:new_glenn", 2.5), ("rocket:r7_semyorka", 4.5), ("rocket:delta_iv_heavy", 1.0)],
    "emil": [("rocket:atlas_v", 4.0), ("rocket:ariane_6", 0.5), ("rocket:long_march_2f", 3.0), ("rocket:electron", 5.0)],
}


def rows():
    out = []
    for head, rels in _FACTS.items():
        for rel, tails in rels.items():
            for tail in tails:
                out.append((head, rel, tail))
    for user, ratings in _RATINGS.items():
        for item, r in ratings:
            out.append((f"user:{user}", "rated", item, {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind148")
