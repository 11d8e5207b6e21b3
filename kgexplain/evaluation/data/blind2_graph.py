"""A small restaurant graph for the blind2 held-out evaluation set.

Pure code, no data files: ``build()`` returns a ``kgexplain.KnowledgeGraph`` with
restaurants (items), chefs, cuisines, neighbourhoods, owner groups and signature
dishes (attributes), and a few diners (users) with ratings. Relations declare only
``phrase`` / ``inverse_phrase``, as a new user of the library would.
"""

from __future__ import annotations

import kgexplain as kgx

RESTAURANTS = {
    # id: (label, year opened)
    "restaurant:saffron_door": ("Saffron Door", 2011),
    "restaurant:blue_heron": ("Blue Heron", 2015),
    "restaurant:casa_lumen": ("Casa Lumen", 2014),
    "restaurant:noodle_bar_9": ("Noodle Bar 9", 2018),
    "restaurant:the_copper_pot": ("The Copper Pot", 2009),
    "restaurant:little_lisbon": ("Little Lisbon", 2016),
    "restaurant:green_fork": ("Green Fork", 2019),
    "restaurant:harbour_house": ("Harbour House", 2007),
    "restaurant:trattoria_nonna": ("Trattoria Nonna", 2012),
    "restaurant:kimchi_lab": ("Kimchi Lab", 2020),
    "restaurant:smoke_and_oak": ("Smoke & Oak", 2013),
    "restaurant:lotus_garden": ("Lotus Garden", 2005),
    "restaurant:el_mercado": ("El Mercado", 2017),
    "restaurant:the_olive_tree": ("The Olive Tree", 2010),
}

ATTRIBUTES = {
    # chefs
    "chef:maya_okafor": ("chef", "Maya Okafor"),
    "chef:luca_bernardi": ("chef", "Luca Bernardi"),
    "chef:hana_sato": ("chef", "Hana Sato"),
    "chef:diego_ruiz": ("chef", "Diego Ruiz"),
    "chef:priya_nair": ("chef", "Priya Nair"),
    "chef:tomas_varga": ("chef", "Tomas Varga"),
    "chef:sofia_costa": ("chef", "Sofia Costa"),
    "chef:min_jun_park": ("chef", "Min-jun Park"),
    "chef:oliver_grant": ("chef", "Oliver Grant"),
    "chef:elena_petrou": ("chef", "Elena Petrou"),
    # cuisines
    "cuisine:indian": ("cuisine", "Indian"),
    "cuisine:italian": ("cuisine", "Italian"),
    "cuisine:japanese": ("cuisine", "Japanese"),
    "cuisine:mexican": ("cuisine", "Mexican"),
    "cuisine:portuguese": ("cuisine", "Portuguese"),
    "cuisine:korean": ("cuisine", "Korean"),
    "cuisine:seafood": ("cuisine", "seafood"),
    "cuisine:vegan": ("cuisine", "vegan"),
    "cuisine:barbecue": ("cuisine", "barbecue"),
    "cuisine:greek": ("cuisine", "Greek"),
    "cuisine:vietnamese": ("cuisine", "Vietnamese"),
    # neighbourhoods
    "area:riverside": ("neighbourhood", "Riverside"),
    "area:old_town": ("neighbourhood", "Old Town"),
    "area:the_docks": ("neighbourhood", "The Docks"),
    "area:hillcrest": ("neighbourhood", "Hillcrest"),
    "area:market_square": ("neighbourhood", "Market Square"),
    "area:eastgate": ("neighbourhood", "Eastgate"),
    # owner groups
    "group:ember_hospitality": ("company", "Ember Hospitality"),
    "group:tidewater_group": ("company", "Tidewater Group"),
    "group:northlight_kitchens": ("company", "Northlight Kitchens"),
    # signature dishes
    "dish:lamb_biryani": ("dish", "lamb biryani"),
    "dish:tonkotsu_ramen": ("dish", "tonkotsu ramen"),
    "dish:cacio_e_pepe": ("dish", "cacio e pepe"),
    "dish:grilled_octopus": ("dish", "grilled octopus"),
    "dish:brisket": ("dish", "smoked brisket"),
    "dish:pho": ("dish", "pho"),
    "dish:bibimbap": ("dish", "bibimbap"),
    "dish:tacos_al_pastor": ("dish", "tacos al pastor"),
    "dish:moussaka": ("dish", "moussaka"),
}

USERS = {
    "user:ines": "Ines",
    "user:kofi": "Kofi",
    "user:lena": "Lena",
    "user:raj": "Raj",
    "user:tess": "Tess",
}

FACTS = [
    # restaurant, cuisine(s), neighbourhood, chef(s), owner, dish
    (
        "restaurant:saffron_door",
        ["cuisine:indian"],
        "area:old_town",
        ["chef:priya_nair"],
        "group:ember_hospitality",
        ["dish:lamb_biryani"],
    ),
    (
        "restaurant:blue_heron",
        ["cuisine:seafood", "cuisine:japanese"],
        "area:the_docks",
        ["chef:hana_sato"],
        "group:tidewater_group",
        [],
    ),
    (
        "restaurant:casa_lumen",
        ["cuisine:portuguese", "cuisine:seafood"],
        "area:riverside",
        ["chef:sofia_costa"],
        "group:tidewater_group",
        ["dish:grilled_octopus"],
    ),
    (
        "restaurant:noodle_bar_9",
        ["cuisine:japanese"],
        "area:eastgate",
        ["chef:hana_sato"],
        "group:northlight_kitchens",
        ["dish:tonkotsu_ramen"],
    ),
    (
        "restaurant:the_copper_pot",
        ["cuisine:italian"],
        "area:old_town",
        ["chef:luca_bernardi", "chef:oliver_grant"],
        "group:ember_hospitality",
        [],
    ),
    (
        "restaurant:little_lisbon",
        ["cuisine:portuguese"],
        "area:market_square",
        ["chef:sofia_costa"],
        None,
        [],
    ),
    (
        "restaurant:green_fork",
        ["cuisine:vegan"],
        "area:hillcrest",
        ["chef:maya_okafor"],
        "group:northlight_kitchens",
        [],
    ),
    (
        "restaurant:harbour_house",
        ["cuisine:seafood"],
        "area:the_docks",
        ["chef:oliver_grant"],
        "group:tidewater_group",
        [],
    ),
    (
        "restaurant:trattoria_nonna",
        ["cuisine:italian"],
        "area:riverside",
        ["chef:luca_bernardi"],
        None,
        ["dish:cacio_e_pepe"],
    ),
    (
        "restaurant:kimchi_lab",
        ["cuisine:korean"],
        "area:eastgate",
        ["chef:min_jun_park"],
        "group:northlight_kitchens",
        ["dish:bibimbap"],
    ),
    (
        "restaurant:smoke_and_oak",
        ["cuisine:barbecue"],
        "area:market_square",
        ["chef:tomas_varga"],
        "group:ember_hospitality",
        ["dish:brisket"],
    ),
    (
        "restaurant:lotus_garden",
        ["cuisine:vietnamese", "cuisine:vegan"],
        "area:eastgate",
        ["chef:min_jun_park", "chef:maya_okafor"],
        None,
        ["dish:pho"],
    ),
    (
        "restaurant:el_mercado",
        ["cuisine:mexican"],
        "area:market_square",
        ["chef:diego_ruiz"],
        "group:ember_hospitality",
        ["dish:tacos_al_pastor"],
    ),
    (
        "restaurant:the_olive_tree",
        ["cuisine:greek"],
        "area:hillcrest",
        ["chef:elena_petrou"],
        None,
        ["dish:moussaka"],
    ),
]

RATINGS = [
    ("user:ines", "restaurant:saffron_door", 5),
    ("user:ines", "restaurant:casa_lumen", 4),
    ("user:ines", "restaurant:green_fork", 2),
    ("user:ines", "restaurant:the_olive_tree", 5),
    ("user:ines", "restaurant:el_mercado", 3),
    ("user:kofi", "restaurant:smoke_and_oak", 5),
    ("user:kofi", "restaurant:el_mercado", 4),
    ("user:kofi", "restaurant:harbour_house", 1),
    ("user:kofi", "restaurant:kimchi_lab", 4),
    ("user:lena", "restaurant:trattoria_nonna", 5),
    ("user:lena", "restaurant:the_copper_pot", 3),
    ("user:lena", "restaurant:lotus_garden", 4),
    ("user:lena", "restaurant:green_fork", 5),
    ("user:raj", "restaurant:noodle_bar_9", 5),
    ("user:raj", "restaurant:blue_heron", 4),
    ("user:raj", "restaurant:saffron_door", 2),
    ("user:raj", "restaurant:little_lisbon", 3),
    ("user:tess", "restaurant:harbour_house", 5),
    ("user:tess", "restaurant:casa_lumen", 5),
    ("user:tess", "restaurant:kimchi_lab", 2),
    ("user:tess", "restaurant:the_olive_tree", 4),
]

RELATIONS = [
    kgx.Relation(
        "ate_at", phrase="ate at", inverse_phrase="was visited by", domain=("user",), range=("restaurant",)
    ),
    kgx.Relation(
        "serves", phrase="serves", inverse_phrase="is served at", domain=("restaurant",), range=("cuisine",)
    ),
    kgx.Relation(
        "located_in",
        phrase="is located in",
        inverse_phrase="is the home of",
        domain=("restaurant",),
        range=("neighbourhood",),
    ),
    kgx.Relation(
        "head_chef",
        phrase="is run by",
        inverse_phrase="runs the kitchen of",
        domain=("restaurant",),
        range=("chef",),
    ),
    kgx.Relation(
        "owned_by", phrase="is owned by", inverse_phrase="owns", domain=("restaurant",), range=("company",)
    ),
    kgx.Relation(
        "known_for",
        phrase="is known for",
        inverse_phrase="is the signature dish of",
        domain=("restaurant",),
        range=("dish",),
    ),
]


def rows() -> list[tuple]:
    out: list[tuple] = []
    for rest, cuisines, area, chefs, owner, dishes in FACTS:
        out += [(rest, "serves", c) for c in cuisines]
        out.append((rest, "located_in", area))
        out += [(rest, "head_chef", c) for c in chefs]
        if owner:
            out.append((rest, "owned_by", owner))
        out += [(rest, "known_for", d) for d in dishes]
    out += [(u, "ate_at", r, {"rating": float(s)}) for u, r, s in RATINGS]
    return out


def entities() -> list[kgx.Entity]:
    ents = [
        kgx.Entity(i, kind="item", type="restaurant", label=lab, attrs={"year": year})
        for i, (lab, year) in RESTAURANTS.items()
    ]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, (t, lab) in ATTRIBUTES.items()]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return ents


def build() -> kgx.KnowledgeGraph:
    """The blind2 restaurant graph (14 restaurants, 39 attributes, 5 diners)."""
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind2")
