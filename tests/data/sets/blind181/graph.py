"""A small submarines graph (blind181).

Items are real submarines; ``year`` is the year each boat was launched.
"""
import kgexplain as kgx

S = ("submarine",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=S),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built", domain=S, range=("shipyard",)),
    kgx.Relation("served_in", phrase="served in", inverse_phrase="operated", domain=S, range=("navy",)),
    kgx.Relation("of_class", phrase="belongs to the", inverse_phrase="includes", domain=S, range=("submarine class",)),
    kgx.Relation("propulsion", phrase="is driven by", inverse_phrase="drives", domain=S, range=("propulsion",)),
    kgx.Relation("preserved_in", phrase="is preserved as a museum ship in", inverse_phrase="is home to", domain=S, range=("city",)),
    kgx.Relation("designed_as", phrase="was designed as a", inverse_phrase="is the design role of", domain=S, range=("role",)),
]

# slug: (label, launch year)
SUBMARINES = {
    "uss_nautilus": ("USS Nautilus", 1954),
    "u_995": ("U-995", 1943),
    "u_505": ("U-505", 1941),
    "hms_alliance": ("HMS Alliance", 1945),
    "uss_cod": ("USS Cod", 1943),
    "uss_bowfin": ("USS Bowfin", 1942),
    "uss_pampanito": ("USS Pampanito", 1943),
    "uss_torsk": ("USS Torsk", 1944),
    "uss_silversides": ("USS Silversides", 1941),
    "uss_growler": ("USS Growler", 1957),
    "uss_albacore": ("USS Albacore", 1953),
    "hms_ocelot": ("HMS Ocelot", 1962),
    "hms_dreadnought": ("HMS Dreadnought", 1960),
    "k_19": ("K-19", 1959),
    "b_39": ("B-39", 1967),
    "le_redoutable": ("Le Redoutable", 1967),
    "argonaute": ("Argonaute", 1957),
    "uss_ohio": ("USS Ohio", 1979),
}

ATTRIBUTES = {
    # shipyards
    "shipyard:electric_boat": ("shipyard", "Electric Boat"),
    "shipyard:blohm_voss": ("shipyard", "Blohm & Voss"),
    "shipyard:deutsche_werft": ("shipyard", "Deutsche Werft"),
    "shipyard:vickers_armstrongs": ("shipyard", "Vickers-Armstrongs"),
    "shipyard:portsmouth_naval_shipyard": ("shipyard", "Portsmouth Naval Shipyard"),
    "shipyard:mare_island": ("shipyard", "Mare Island Naval Shipyard"),
    "shipyard:chatham_dockyard": ("shipyard", "Chatham Dockyard"),
    "shipyard:cherbourg_arsenal": ("shipyard", "Cherbourg Arsenal"),
    "shipyard:sevmash": ("shipyard", "Sevmash"),
    # navies
    "navy:us_navy": ("navy", "United States Navy"),
    "navy:kriegsmarine": ("navy", "Kriegsmarine"),
    "navy:royal_navy": ("navy", "Royal Navy"),
    "navy:soviet_navy": ("navy", "Soviet Navy"),
    "navy:french_navy": ("navy", "French Navy"),
    # classes
    "class:gato": ("submarine class", "Gato class"),
    "class:balao": ("submarine class", "Balao class"),
    "class:tench": ("submarine class", "Tench class"),
    "class:type_viic_41": ("submarine class", "Type VIIC/41"),
    "class:type_ixc": ("submarine class", "Type IXC"),
    "class:amphion": ("submarine class", "Amphion class"),
    "class:oberon": ("submarine class", "Oberon class"),
    "class:grayback": ("submarine class", "Grayback class"),
    "class:hotel": ("submarine class", "Hotel class"),
    "class:foxtrot": ("submarine class", "Foxtrot class"),
    "class:redoutable": ("submarine class", "Redoutable class"),
    "class:arethuse": ("submarine class", "Aréthuse class"),
    "class:ohio": ("submarine class", "Ohio class"),
    # propulsion
    "propulsion:nuclear": ("propulsion", "Nuclear propulsion"),
    "propulsion:diesel_electric": ("propulsion", "Diesel-electric propulsion"),
    # cities
    "city:groton": ("city", "Groton"),
    "city:laboe": ("city", "Laboe"),
    "city:chicago": ("city", "Chicago"),
    "city:gosport": ("city", "Gosport"),
    "city:cleveland": ("city", "Cleveland"),
    "city:honolulu": ("city", "Honolulu"),
    "city:san_francisco": ("city", "San Francisco"),
    "city:baltimore": ("city", "Baltimore"),
    "city:muskegon": ("city", "Muskegon"),
    "city:new_york_city": ("city", "New York City"),
    "city:portsmouth_nh": ("city", "Portsmouth"),
    "city:chatham": ("city", "Chatham"),
    "city:san_diego": ("city", "San Diego"),
    "city:cherbourg": ("city", "Cherbourg"),
    "city:paris": ("city", "Paris"),
    # design roles
    "role:fleet_submarine": ("role", "Fleet submarine"),
    "role:ballistic_missile_submarine": ("role", "Ballistic missile submarine"),
    "role:cruise_missile_submarine": ("role", "Cruise missile submarine"),
    "role:research_submarine": ("role", "Research submarine"),
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"submarine:{slug}", kind="item", type="submarine", label=label, attrs={"year": year})
           for slug, (label, year) in SUBMARINES.items()]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, (typ, label) in ATTRIBUTES.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


# submarine slug -> built_by, served_in, of_class, propulsion, preserved_in, designed_as (None = no edge)
FACTS = {
    "uss_nautilus": ("electric_boat", "us_navy", None, "nuclear", "groton", None),
    "u_995": ("blohm_voss", "kriegsmarine", "type_viic_41", "diesel_electric", "laboe", None),
    "u_505": ("deutsche_werft", "kriegsmarine", "type_ixc", "diesel_electric", "chicago", None),
    "hms_alliance": ("vickers_armstrongs", "royal_navy", "amphion", "diesel_electric", "gosport", None),
    "uss_cod": ("electric_boat", "us_navy", "gato", "diesel_electric", "cleveland", "fleet_submarine"),
    "uss_bowfin": ("portsmouth_naval_shipyard", "us_navy", "balao", "diesel_electric", "honolulu", "fleet_submarine"),
    "uss_pampanito": ("portsmouth_naval_shipyard", "us_navy", "balao", "diesel_electric", "san_francisco", "fleet_submarine"),
    "uss_torsk": ("portsmouth_naval_shipyard", "us_navy", "tench", "diesel_electric", "baltimore", "fleet_submarine"),
    "uss_silversides": ("mare_island", "us_navy", "gato", "diesel_electric", "muskegon", "fleet_submarine"),
    "uss_growler": ("portsmouth_naval_shipyard", "us_navy", "grayback", "diesel_electric", "new_york_city", "cruise_missile_submarine"),
    "uss_albacore": ("portsmouth_naval_shipyard", "us_navy", None, "diesel_electric", "portsmouth_nh", "research_submarine"),
    "hms_ocelot": ("chatham_dockyard", "royal_navy", "oberon", "diesel_electric", "chatham", None),
    "hms_dreadnought": ("vickers_armstrongs", "royal_navy", None, "nuclear", None, None),
    "k_19": ("sevmash", "soviet_navy", "hotel", "nuclear", None, "ballistic_missile_submarine"),
    "b_39": (None, "soviet_navy", "foxtrot", "diesel_electric", "san_diego", None),
    "le_redoutable": ("cherbourg_arsenal", "french_navy", "redoutable", "nuclear", "cherbourg", "ballistic_missile_submarine"),
    "argonaute": (None, "french_navy", "arethuse", "diesel_electric", "paris", None),
    "uss_ohio": ("electric_boat", "us_navy", "ohio", "nuclear", None, None),
}

RATINGS = {
    "ana": {"uss_nautilus": 5.0, "u_505": 4.5, "uss_bowfin": 2.0, "uss_ohio": 3.0},
    "ben": {"hms_alliance": 4.0, "u_995": 1.5, "k_19": 5.0, "uss_growler": 3.5},
    "chen": {"uss_pampanito": 4.5, "le_redoutable": 2.5, "argonaute": 5.0, "uss_cod": 1.0},
    "dara": {"uss_torsk": 3.0, "b_39": 4.0, "hms_ocelot": 2.0, "uss_albacore": 4.5},
    "emil": {"uss_silversides": 5.0, "hms_dreadnought": 1.5, "uss_cod": 4.0, "uss_nautilus": 0.5},
}


def rows():
    prefixes = [("built_by", "shipyard"), ("served_in", "navy"), ("of_class", "class"),
                ("propulsion", "propulsion"), ("preserved_in", "city"), ("designed_as", "role")]
    out = []
    for slug, facts in FACTS.items():
        for (rel, prefix), tail in zip(prefixes, facts):
            if tail is not None:
                out.append((f"submarine:{slug}", rel, f"{prefix}:{tail}"))
    for user, items in RATINGS.items():
        for slug, r in items.items():
            out.append((f"user:{user}", "rated", f"submarine:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind181")
