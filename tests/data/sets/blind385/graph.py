"""A small aircraft carriers graph (blind385).

Each carrier's ``year`` is the year it was commissioned.
"""
import kgexplain as kgx

AC = ("aircraft_carrier",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=AC),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built", domain=AC, range=("shipyard",)),
    kgx.Relation("operated_by", phrase="served with", inverse_phrase="operated", domain=AC, range=("navy",)),
    kgx.Relation("of_class", phrase="is a ship of the", inverse_phrase="includes", domain=AC, range=("ship_class",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=AC, range=("person",)),
    kgx.Relation("propelled_by", phrase="is driven by", inverse_phrase="drives", domain=AC, range=("propulsion",)),
    kgx.Relation("launch_system", phrase="launches its aircraft with", inverse_phrase="launches aircraft from",
                 domain=AC, range=("launch_system",)),
]

CARRIERS = [
    # slug, label, commissioned
    ("uss_yorktown_cv5", "USS Yorktown", 1937),
    ("uss_enterprise_cv6", "USS Enterprise (CV-6)", 1938),
    ("uss_hornet_cv8", "USS Hornet", 1941),
    ("uss_midway", "USS Midway", 1945),
    ("uss_enterprise_cvn65", "USS Enterprise (CVN-65)", 1961),
    ("uss_nimitz", "USS Nimitz", 1975),
    ("uss_dwight_d_eisenhower", "USS Dwight D. Eisenhower", 1977),
    ("uss_theodore_roosevelt", "USS Theodore Roosevelt", 1986),
    ("uss_gerald_r_ford", "USS Gerald R. Ford", 2017),
    ("akagi", "Akagi", 1927),
    ("shokaku", "Shōkaku", 1941),
    ("shinano", "Shinano", 1944),
    ("hms_ark_royal_91", "HMS Ark Royal", 1938),
    ("hms_illustrious_87", "HMS Illustrious", 1940),
    ("hms_queen_elizabeth_r08", "HMS Queen Elizabeth", 2017),
    ("charles_de_gaulle", "Charles de Gaulle", 2001),
    ("liaoning", "Liaoning", 2012),
    ("shandong", "Shandong", 2019),
    ("ins_vikrant_2013", "INS Vikrant", 2022),
]

ATTRIBUTES = [
    # shipyards
    ("shipyard:newport_news", "shipyard", "Newport News Shipbuilding"),
    ("shipyard:kure_naval_arsenal", "shipyard", "Kure Naval Arsenal"),
    ("shipyard:yokosuka_naval_arsenal", "shipyard", "Yokosuka Naval Arsenal"),
    ("shipyard:cammell_laird", "shipyard", "Cammell Laird"),
    ("shipyard:vickers_armstrongs", "shipyard", "Vickers-Armstrongs"),
    ("shipyard:aircraft_carrier_alliance", "shipyard", "Aircraft Carrier Alliance"),
    ("shipyard:dcn", "shipyard", "DCN"),
    ("shipyard:black_sea_shipyard", "shipyard", "Black Sea Shipyard"),
    ("shipyard:dalian_shipbuilding", "shipyard", "Dalian Shipbuilding Industry Company"),
    ("shipyard:cochin_shipyard", "shipyard", "Cochin Shipyard"),
    # navies
    ("navy:us_navy", "navy", "United States Navy"),
    ("navy:imperial_japanese_navy", "navy", "Imperial Japanese Navy"),
    ("navy:royal_navy", "navy", "Royal Navy"),
    ("navy:french_navy", "navy", "French Navy"),
    ("navy:pla_navy", "navy", "People's Liberation Army Navy"),
    ("navy:indian_navy", "navy", "Indian Navy"),
    # ship classes
    ("ship_class:yorktown", "ship_class", "Yorktown class"),
    ("ship_class:midway", "ship_class", "Midway class"),
    ("ship_class:nimitz", "ship_class", "Nimitz class"),
    ("ship_class:gerald_r_ford", "ship_class", "Gerald R. Ford class"),
    ("ship_class:shokaku", "ship_class", "Shōkaku class"),
    ("ship_class:illustrious", "ship_class", "Illustrious class"),
    ("ship_class:queen_elizabeth", "ship_class", "Queen Elizabeth class"),
    ("ship_class:kuznetsov", "ship_class", "Kuznetsov class"),
    # people
    ("person:chester_w_nimitz", "person", "Chester W. Nimitz"),
    ("person:dwight_d_eisenhower", "person", "Dwight D. Eisenhower"),
    ("person:theodore_roosevelt", "person", "Theodore Roosevelt"),
    ("person:gerald_r_ford", "person", "Gerald R. Ford"),
    ("person:charles_de_gaulle", "person", "Charles de Gaulle"),
    # propulsion
    ("propulsion:nuclear", "propulsion", "nuclear reactors"),
    ("propulsion:steam_turbines", "propulsion", "steam turbines"),
    ("propulsion:gas_turbines", "propulsion", "gas turbines"),
    # launch systems
    ("launch_system:steam_catapults", "launch_system", "steam catapults"),
    ("launch_system:electromagnetic_catapults", "launch_system", "electromagnetic catapults"),
    ("launch_system:ski_jump", "launch_system", "ski-jump ramp"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def _c(slug):
    return "aircraft_carrier:" + slug


FACTS = {
    # slug: (shipyard, navy, class or None, named_after or None, propulsion, launch system or None)
    "uss_yorktown_cv5": ("newport_news", "us_navy", "yorktown", None, "steam_turbines", None),
    "uss_enterprise_cv6": ("newport_news", "us_navy", "yorktown", None, "steam_turbines", None),
    "uss_hornet_cv8": ("newport_news", "us_navy", "yorktown", None, "steam_turbines", None),
    "uss_midway": ("newport_news", "us_navy", "midway", None, "steam_turbines", None),
    "uss_enterprise_cvn65": ("newport_news", "us_navy", None, None, "nuclear", "steam_catapults"),
    "uss_nimitz": ("newport_news", "us_navy", "nimitz", "chester_w_nimitz", "nuclear", "steam_catapults"),
    "uss_dwight_d_eisenhower": ("newport_news", "us_navy", "nimitz", "dwight_d_eisenhower", "nuclear", "steam_catapults"),
    "uss_theodore_roosevelt": ("newport_news", "us_navy", "nimitz", "theodore_roosevelt", "nuclear", "steam_catapults"),
    "uss_gerald_r_ford": ("newport_news", "us_navy", "gerald_r_ford", "gerald_r_ford", "nuclear", "electromagnetic_catapults"),
    "akagi": ("kure_naval_arsenal", "imperial_japanese_navy", None, None, "steam_turbines", None),
    "shokaku": ("yokosuka_naval_arsenal", "imperial_japanese_navy", "shokaku", None, "steam_turbines", None),
    "shinano": ("yokosuka_naval_arsenal", "imperial_japanese_navy", None, None, "steam_turbines", None),
    "hms_ark_royal_91": ("cammell_laird", "royal_navy", None, None, "steam_turbines", None),
    "hms_illustrious_87": ("vickers_armstrongs", "royal_navy", "illustrious", None, "steam_turbines", None),
    "hms_queen_elizabeth_r08": ("aircraft_carrier_alliance", "royal_navy", "queen_elizabeth", None, "gas_turbines", "ski_jump"),
    "charles_de_gaulle": ("dcn", "french_navy", None, "charles_de_gaulle", "nuclear", "steam_catapults"),
    "liaoning": ("black_sea_shipyard", "pla_navy", "kuznetsov", None, "steam_turbines", "ski_jump"),
    "shandong": ("dalian_shipbuilding", "pla_navy", None, None, "steam_turbines", "ski_jump"),
    "ins_vikrant_2013": ("cochin_shipyard", "indian_navy", None, None, "gas_turbines", "ski_jump"),
}

RATINGS = {
    "ana": [("uss_enterprise_cv6", 5.0), ("akagi", 2.0), ("uss_nimitz", 4.5), ("hms_queen_elizabeth_r08", 3.0)],
    "ben": [("uss_midway", 4.0), ("shokaku", 1.5), ("charles_de_gaulle", 5.0), ("liaoning", 2.5)],
    "chen": [("uss_hornet_cv8", 4.5), ("uss_gerald_r_ford", 1.0), ("shandong", 4.0), ("hms_ark_royal_91", 3.5)],
    "dara": [("uss_yorktown_cv5", 5.0), ("uss_dwight_d_eisenhower", 2.0), ("ins_vikrant_2013", 4.5), ("hms_illustrious_87", 0.5)],
    "emil": [("uss_enterprise_cvn65", 4.0), ("uss_theodore_roosevelt", 3.0), ("shinano", 1.5), ("akagi", 5.0)],
}


def entities():
    out = [kgx.Entity(_c(slug), kind="item", type="aircraft_carrier", label=label, attrs={"year": year})
           for slug, label, year in CARRIERS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity("user:" + u, kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, (yard, navy, cls, person, prop, launch) in FACTS.items():
        h = _c(slug)
        out.append((h, "built_by", "shipyard:" + yard))
        out.append((h, "operated_by", "navy:" + navy))
        if cls:
            out.append((h, "of_class", "ship_class:" + cls))
        if person:
            out.append((h, "named_after", "person:" + person))
        out.append((h, "propelled_by", "propulsion:" + prop))
        if launch:
            out.append((h, "launch_system", "launch_system:" + launch))
    for user, pairs in RATINGS.items():
        for slug, r in pairs:
            out.append(("user:" + user, "rated", _c(slug), {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind385")
