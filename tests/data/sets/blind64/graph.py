"""A small ships and ocean liners graph: famous liners with their shipyards, shipping lines,
designers, ports of registry, classes and propulsion. The year attribute is the launch year."""

import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("ship",)),
    kgx.Relation(
        "built_by", phrase="was built by", inverse_phrase="built", domain=("ship",), range=("shipyard",)
    ),
    kgx.Relation(
        "operated_by",
        phrase="was operated by",
        inverse_phrase="operated",
        domain=("ship",),
        range=("shipping_line",),
    ),
    kgx.Relation(
        "designed_by",
        phrase="was designed by",
        inverse_phrase="designed",
        domain=("ship",),
        range=("person",),
    ),
    kgx.Relation(
        "registered_in",
        phrase="was registered in",
        inverse_phrase="was the port of registry of",
        domain=("ship",),
        range=("city",),
    ),
    kgx.Relation(
        "of_class",
        phrase="belongs to the",
        inverse_phrase="includes",
        domain=("ship",),
        range=("ship_class",),
    ),
    kgx.Relation(
        "located_in",
        phrase="is located in",
        inverse_phrase="is home to",
        domain=("shipyard",),
        range=("city",),
    ),
    kgx.Relation(
        "propelled_by",
        phrase="is propelled by",
        inverse_phrase="propels",
        domain=("ship",),
        range=("propulsion",),
    ),
]

SHIPS = [
    ("ship:titanic", "RMS Titanic", 1911, 4),
    ("ship:olympic", "RMS Olympic", 1910, 4),
    ("ship:britannic", "HMHS Britannic", 1914, 4),
    ("ship:lusitania", "RMS Lusitania", 1906, 4),
    ("ship:mauretania", "RMS Mauretania", 1906, 4),
    ("ship:aquitania", "RMS Aquitania", 1913, 4),
    ("ship:queen_mary", "RMS Queen Mary", 1934, 3),
    ("ship:queen_elizabeth", "RMS Queen Elizabeth", 1938, 2),
    ("ship:qe2", "Queen Elizabeth 2", 1967, 1),
    ("ship:queen_mary_2", "RMS Queen Mary 2", 2003, 1),
    ("ship:normandie", "SS Normandie", 1932, 3),
    ("ship:france", "SS France", 1960, 2),
    ("ship:united_states", "SS United States", 1951, 2),
    ("ship:bremen", "SS Bremen", 1928, 2),
    ("ship:europa", "SS Europa", 1928, 2),
    ("ship:rex", "SS Rex", 1931, 2),
]

ATTRS = [
    ("shipyard:harland_and_wolff", "shipyard", "Harland and Wolff"),
    ("shipyard:john_brown", "shipyard", "John Brown & Company"),
    ("shipyard:swan_hunter", "shipyard", "Swan Hunter & Wigham Richardson"),
    ("shipyard:penhoet", "shipyard", "Chantiers de Penhoët"),
    ("shipyard:chantiers_de_l_atlantique", "shipyard", "Chantiers de l'Atlantique"),
    ("shipyard:newport_news", "shipyard", "Newport News Shipbuilding"),
    ("shipyard:ag_weser", "shipyard", "AG Weser"),
    ("shipyard:blohm_voss", "shipyard", "Blohm & Voss"),
    ("shipyard:ansaldo", "shipyard", "Ansaldo"),
    ("shipping_line:white_star", "shipping_line", "White Star Line"),
    ("shipping_line:cunard", "shipping_line", "Cunard Line"),
    ("shipping_line:french_line", "shipping_line", "French Line"),
    ("shipping_line:united_states_lines", "shipping_line", "United States Lines"),
    ("shipping_line:norddeutscher_lloyd", "shipping_line", "Norddeutscher Lloyd"),
    ("shipping_line:italian_line", "shipping_line", "Italian Line"),
    ("person:thomas_andrews", "person", "Thomas Andrews"),
    ("person:leonard_peskett", "person", "Leonard Peskett"),
    ("person:vladimir_yourkevitch", "person", "Vladimir Yourkevitch"),
    ("person:william_francis_gibbs", "person", "William Francis Gibbs"),
    ("person:stephen_payne", "person", "Stephen Payne"),
    ("city:belfast", "city", "Belfast"),
    ("city:clydebank", "city", "Clydebank"),
    ("city:wallsend", "city", "Wallsend"),
    ("city:saint_nazaire", "city", "Saint-Nazaire"),
    ("city:newport_news", "city", "Newport News"),
    ("city:bremen", "city", "Bremen"),
    ("city:hamburg", "city", "Hamburg"),
    ("city:genoa", "city", "Genoa"),
    ("city:liverpool", "city", "Liverpool"),
    ("city:southampton", "city", "Southampton"),
    ("city:le_havre", "city", "Le Havre"),
    ("city:new_york", "city", "New York"),
    ("city:hamilton", "city", "Hamilton"),
    ("ship_class:olympic_class", "ship_class", "Olympic class"),
    ("propulsion:steam_turbines", "propulsion", "steam turbines"),
    ("propulsion:reciprocating_steam_engines", "propulsion", "reciprocating steam engines"),
    ("propulsion:turbo_electric", "propulsion", "turbo-electric transmission"),
    ("propulsion:diesel_electric", "propulsion", "diesel-electric propulsion"),
]

USERS = ["ana", "ben", "chloe", "dev", "emil"]


def entities():
    out = []
    for sid, label, year, funnels in SHIPS:
        out.append(
            kgx.Entity(sid, kind="item", type="ship", label=label, attrs={"year": year, "funnels": funnels})
        )
    for aid, typ, label in ATTRS:
        out.append(kgx.Entity(aid, kind="attribute", type=typ, label=label))
    for u in USERS:
        out.append(kgx.Entity("user:" + u, kind="user", type="user", label=u))
    return out


FACTS = {
    "ship:titanic": dict(
        built_by="shipyard:harland_and_wolff",
        operated_by="shipping_line:white_star",
        designed_by="person:thomas_andrews",
        registered_in="city:liverpool",
        of_class="ship_class:olympic_class",
        propelled_by="propulsion:reciprocating_steam_engines",
    ),
    "ship:olympic": dict(
        built_by="shipyard:harland_and_wolff",
        operated_by="shipping_line:white_star",
        designed_by="person:thomas_andrews",
        registered_in="city:liverpool",
        of_class="ship_class:olympic_class",
        propelled_by="propulsion:reciprocating_steam_engines",
    ),
    "ship:britannic": dict(
        built_by="shipyard:harland_and_wolff",
        operated_by="shipping_line:white_star",
        designed_by="person:thomas_andrews",
        registered_in="city:liverpool",
        of_class="ship_class:olympic_class",
        propelled_by="propulsion:reciprocating_steam_engines",
    ),
    "ship:lusitania": dict(
        built_by="shipyard:john_brown",
        operated_by="shipping_line:cunard",
        designed_by="person:leonard_peskett",
        registered_in="city:liverpool",
        propelled_by="propulsion:steam_turbines",
    ),
    "ship:mauretania": dict(
        built_by="shipyard:swan_hunter",
        operated_by="shipping_line:cunard",
        designed_by="person:leonard_peskett",
        registered_in="city:liverpool",
        propelled_by="propulsion:steam_turbines",
    ),
    "ship:aquitania": dict(
        built_by="shipyard:john_brown",
        operated_by="shipping_line:cunard",
        designed_by="person:leonard_peskett",
        registered_in="city:liverpool",
        propelled_by="propulsion:steam_turbines",
    ),
    "ship:queen_mary": dict(
        built_by="shipyard:john_brown",
        operated_by="shipping_line:cunard",
        registered_in="city:liverpool",
        propelled_by="propulsion:steam_turbines",
    ),
    "ship:queen_elizabeth": dict(
        built_by="shipyard:john_brown",
        operated_by="shipping_line:cunard",
        registered_in="city:liverpool",
        propelled_by="propulsion:steam_turbines",
    ),
    "ship:qe2": dict(
        built_by="shipyard:john_brown",
        operated_by="shipping_line:cunard",
        registered_in="city:southampton",
        propelled_by="propulsion:diesel_electric",
    ),
    "ship:queen_mary_2": dict(
        built_by="shipyard:chantiers_de_l_atlantique",
        operated_by="shipping_line:cunard",
        designed_by="person:stephen_payne",
        registered_in="city:hamilton",
    ),
    "ship:normandie": dict(
        built_by="shipyard:penhoet",
        operated_by="shipping_line:french_line",
        designed_by="person:vladimir_yourkevitch",
        registered_in="city:le_havre",
        propelled_by="propulsion:turbo_electric",
    ),
    "ship:france": dict(
        built_by="shipyard:chantiers_de_l_atlantique",
        operated_by="shipping_line:french_line",
        registered_in="city:le_havre",
        propelled_by="propulsion:steam_turbines",
    ),
    "ship:united_states": dict(
        built_by="shipyard:newport_news",
        operated_by="shipping_line:united_states_lines",
        designed_by="person:william_francis_gibbs",
        registered_in="city:new_york",
        propelled_by="propulsion:steam_turbines",
    ),
    "ship:bremen": dict(
        built_by="shipyard:ag_weser",
        operated_by="shipping_line:norddeutscher_lloyd",
        registered_in="city:bremen",
        propelled_by="propulsion:steam_turbines",
    ),
    "ship:europa": dict(
        built_by="shipyard:blohm_voss",
        operated_by="shipping_line:norddeutscher_lloyd",
        registered_in="city:bremen",
        propelled_by="propulsion:steam_turbines",
    ),
    "ship:rex": dict(
        built_by="shipyard:ansaldo",
        operated_by="shipping_line:italian_line",
        registered_in="city:genoa",
        propelled_by="propulsion:steam_turbines",
    ),
}

YARDS = {
    "shipyard:harland_and_wolff": "city:belfast",
    "shipyard:john_brown": "city:clydebank",
    "shipyard:swan_hunter": "city:wallsend",
    "shipyard:penhoet": "city:saint_nazaire",
    "shipyard:chantiers_de_l_atlantique": "city:saint_nazaire",
    "shipyard:newport_news": "city:newport_news",
    "shipyard:ag_weser": "city:bremen",
    "shipyard:blohm_voss": "city:hamburg",
    "shipyard:ansaldo": "city:genoa",
}

RATINGS = [
    ("ana", "ship:titanic", 5.0),
    ("ana", "ship:lusitania", 4.0),
    ("ana", "ship:normandie", 4.5),
    ("ana", "ship:qe2", 2.5),
    ("ana", "ship:rex", 3.0),
    ("ben", "ship:queen_mary", 5.0),
    ("ben", "ship:united_states", 4.5),
    ("ben", "ship:bremen", 2.0),
    ("ben", "ship:olympic", 3.5),
    ("chloe", "ship:normandie", 5.0),
    ("chloe", "ship:france", 4.0),
    ("chloe", "ship:queen_mary_2", 1.5),
    ("chloe", "ship:mauretania", 3.0),
    ("dev", "ship:aquitania", 4.5),
    ("dev", "ship:britannic", 2.5),
    ("dev", "ship:europa", 4.0),
    ("dev", "ship:titanic", 3.0),
    ("emil", "ship:queen_elizabeth", 3.5),
    ("emil", "ship:united_states", 5.0),
    ("emil", "ship:rex", 4.5),
    ("emil", "ship:lusitania", 1.0),
]


def rows():
    out = []
    for ship, facts in FACTS.items():
        for rel, tail in facts.items():
            out.append((ship, rel, tail))
    for yard, city in YARDS.items():
        out.append((yard, "located_in", city))
    for u, ship, r in RATINGS:
        out.append(("user:" + u, "rated", ship, {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind64")
