"""A small caves graph for blind evaluation texts (blind126).

Each cave's ``year`` is the year it was discovered, or first documented or
explored by the person(s) credited with its discovery.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("cave",)),
    kgx.Relation("in_region", phrase="is located in", inverse_phrase="is home to", domain=("cave",), range=("region",)),
    kgx.Relation("in_country", phrase="is a cave in", inverse_phrase="has within its borders", domain=("cave",), range=("country",)),
    kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered", domain=("cave",), range=("person",)),
    kgx.Relation("cave_type", phrase="is a", inverse_phrase="is the kind of cave of", domain=("cave",), range=("cave type",)),
    kgx.Relation("formed_in", phrase="is formed in", inverse_phrase="is the rock of", domain=("cave",), range=("rock",)),
    kgx.Relation("has_feature", phrase="contains", inverse_phrase="can be seen in", domain=("cave",), range=("feature",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("cave",), range=("person", "character")),
]

CAVES = [
    # id, label, year
    ("cave:lascaux", "Lascaux", 1940),
    ("cave:chauvet", "Chauvet Cave", 1994),
    ("cave:altamira", "Cave of Altamira", 1868),
    ("cave:cosquer", "Cosquer Cave", 1985),
    ("cave:son_doong", "Son Doong Cave", 1990),
    ("cave:carlsbad", "Carlsbad Caverns", 1898),
    ("cave:wind_cave", "Wind Cave", 1881),
    ("cave:jewel_cave", "Jewel Cave", 1900),
    ("cave:waitomo", "Waitomo Glowworm Caves", 1887),
    ("cave:eisriesenwelt", "Eisriesenwelt", 1879),
    ("cave:fingals_cave", "Fingal's Cave", 1772),
    ("cave:blue_grotto", "Blue Grotto", 1826),
    ("cave:naica", "Cave of the Crystals", 2000),
    ("cave:gouffre_berger", "Gouffre Berger", 1953),
    ("cave:krubera", "Krubera Cave", 1960),
    ("cave:movile", "Movile Cave", 1986),
    ("cave:ajanta", "Ajanta Caves", 1819),
]

ATTRIBUTES = [
    # regions
    ("region:dordogne", "region", "Dordogne"),
    ("region:ardeche", "region", "Ardèche"),
    ("region:cantabria", "region", "Cantabria"),
    ("region:bouches_du_rhone", "region", "Bouches-du-Rhône"),
    ("region:quang_binh", "region", "Quảng Bình Province"),
    ("region:new_mexico", "region", "New Mexico"),
    ("region:south_dakota", "region", "South Dakota"),
    ("region:waikato", "region", "Waikato"),
    ("region:salzburg", "region", "Salzburg"),
    ("region:inner_hebrides", "region", "Inner Hebrides"),
    ("region:campania", "region", "Campania"),
    ("region:chihuahua", "region", "Chihuahua"),
    ("region:isere", "region", "Isère"),
    ("region:abkhazia", "region", "Abkhazia"),
    ("region:constanta", "region", "Constanța County"),
    ("region:maharashtra", "region", "Maharashtra"),
    # countries
    ("country:france", "country", "France"),
    ("country:spain", "country", "Spain"),
    ("country:vietnam", "country", "Vietnam"),
    ("country:usa", "country", "United States"),
    ("country:new_zealand", "country", "New Zealand"),
    ("country:austria", "country", "Austria"),
    ("country:uk", "country", "United Kingdom"),
    ("country:italy", "country", "Italy"),
    ("country:mexico", "country", "Mexico"),
    ("country:georgia", "country", "Georgia"),
    ("country:romania", "country", "Romania"),
    ("country:india", "country", "India"),
    # people
    ("person:marcel_ravidat", "person", "Marcel Ravidat"),
    ("person:jacques_marsal", "person", "Jacques Marsal"),
    ("person:jean_marie_chauvet", "person", "Jean-Marie Chauvet"),
    ("person:eliette_brunel", "person", "Éliette Brunel"),
    ("person:christian_hillaire", "person", "Christian Hillaire"),
    ("person:modesto_cubillas", "person", "Modesto Cubillas"),
    ("person:henri_cosquer", "person", "Henri Cosquer"),
    ("person:ho_khanh", "person", "Hồ Khanh"),
    ("person:jim_white", "person", "Jim White"),
    ("person:jesse_bingham", "person", "Jesse Bingham"),
    ("person:tom_bingham", "person", "Tom Bingham"),
    ("person:frank_michaud", "person", "Frank Michaud"),
    ("person:albert_michaud", "person", "Albert Michaud"),
    ("person:tane_tinorau", "person", "Tane Tinorau"),
    ("person:fred_mace", "person", "Fred Mace"),
    ("person:anton_posselt", "person", "Anton Posselt"),
    ("person:joseph_banks", "person", "Joseph Banks"),
    ("person:august_kopisch", "person", "August Kopisch"),
    ("person:jo_berger", "person", "Jo Berger"),
    ("person:john_smith", "person", "John Smith"),
    ("person:alexander_kruber", "person", "Alexander Kruber"),
    ("character:fingal", "character", "Fingal"),
    # cave types
    ("type:solution_cave", "cave type", "Solution cave"),
    ("type:sea_cave", "cave type", "Sea cave"),
    ("type:ice_cave", "cave type", "Ice cave"),
    ("type:rock_cut_cave", "cave type", "Rock-cut cave"),
    # rocks
    ("rock:limestone", "rock", "Limestone"),
    ("rock:basalt", "rock", "Basalt"),
    # features
    ("feature:cave_paintings", "feature", "Cave paintings"),
    ("feature:hand_stencils", "feature", "Hand stencils"),
    ("feature:underground_jungle", "feature", "Underground jungle"),
    ("feature:bat_colony", "feature", "Bat colony"),
    ("feature:boxwork", "feature", "Boxwork"),
    ("feature:calcite_crystals", "feature", "Calcite crystals"),
    ("feature:glowworms", "feature", "Glowworms"),
    ("feature:ice_formations", "feature", "Ice formations"),
    ("feature:basalt_columns", "feature", "Basalt columns"),
    ("feature:blue_glow", "feature", "Blue glow"),
    ("feature:selenite_crystals", "feature", "Selenite crystals"),
    ("feature:chemosynthetic_ecosystem", "feature", "Chemosynthetic ecosystem"),
    ("feature:buddhist_murals", "feature", "Buddhist murals"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(cid, kind="item", type="cave", label=label, attrs={"year": year})
           for cid, label, year in CAVES]
    out += [kgx.Entity(aid, kind="attribute", type=typ, label=label) for aid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "cave:lascaux": {
        "in_region": ["region:dordogne"], "in_country": ["country:france"],
        "discovered_by": ["person:marcel_ravidat", "person:jacques_marsal"],
        "cave_type": ["type:solution_cave"], "formed_in": ["rock:limestone"],
        "has_feature": ["feature:cave_paintings"],
    },
    "cave:chauvet": {
        "named_after": ["person:jean_marie_chauvet"],
        "in_region": ["region:ardeche"], "in_country": ["country:france"],
        "discovered_by": ["person:jean_marie_chauvet", "person:eliette_brunel", "person:christian_hillaire"],
        "cave_type": ["type:solution_cave"], "formed_in": ["rock:limestone"],
        "has_feature": ["feature:cave_paintings"],
    },
    "cave:altamira": {
        "in_region": ["region:cantabria"], "in_country": ["country:spain"],
        "discovered_by": ["person:modesto_cubillas"],
        "cave_type": ["type:solution_cave"], "formed_in": ["rock:limestone"],
        "has_feature": ["feature:cave_paintings"],
    },
    "cave:cosquer": {
        "named_after": ["person:henri_cosquer"],
        "in_region": ["region:bouches_du_rhone"], "in_country": ["country:france"],
        "discovered_by": ["person:henri_cosquer"],
        "cave_type": ["type:solution_cave"], "formed_in": ["rock:limestone"],
        "has_feature": ["feature:cave_paintings", "feature:hand_stencils"],
    },
    "cave:son_doong": {
        "in_region": ["region:quang_binh"], "in_country": ["country:vietnam"],
        "discovered_by": ["person:ho_khanh"],
        "cave_type": ["type:solution_cave"], "formed_in": ["rock:limestone"],
        "has_feature": ["feature:underground_jungle"],
    },
    "cave:carlsbad": {
        "in_region": ["region:new_mexico"], "in_country": ["country:usa"],
        "discovered_by": ["person:jim_white"],
        "cave_type": ["type:solution_cave"], "formed_in": ["rock:limestone"],
        "has_feature": ["feature:bat_colony"],
    },
    "cave:wind_cave": {
        "in_region": ["region:south_dakota"], "in_country": ["country:usa"],
        "discovered_by": ["person:jesse_bingham", "person:tom_bingham"],
        "cave_type": ["type:solution_cave"], "formed_in": ["rock:limestone"],
        "has_feature": ["feature:boxwork"],
    },
    "cave:jewel_cave": {
        "in_region": ["region:south_dakota"], "in_country": ["country:usa"],
        "discovered_by": ["person:frank_michaud", "person:albert_michaud"],
        "cave_type": ["type:solution_cave"], "formed_in": ["rock:limestone"],
        "has_feature": ["feature:calcite_crystals"],
    },
    "cave:waitomo": {
        "in_region": ["region:waikato"], "in_country": ["country:new_zealand"],
        "discovered_by": ["person:tane_tinorau", "person:fred_mace"],
        "cave_type": ["type:solution_cave"], "formed_in": ["rock:limestone"],
        "has_feature": ["feature:glowworms"],
    },
    "cave:eisriesenwelt": {
        "in_region": ["region:salzburg"], "in_country": ["country:austria"],
        "discovered_by": ["person:anton_posselt"],
        "cave_type": ["type:ice_cave"], "formed_in": ["rock:limestone"],
        "has_feature": ["feature:ice_formations"],
    },
    "cave:fingals_cave": {
        "named_after": ["character:fingal"],
        "in_region": ["region:inner_hebrides"], "in_country": ["country:uk"],
        "discovered_by": ["person:joseph_banks"],
        "cave_type": ["type:sea_cave"], "formed_in": ["rock:basalt"],
        "has_feature": ["feature:basalt_columns"],
    },
    "cave:blue_grotto": {
        "in_region": ["region:campania"], "in_country": ["country:italy"],
        "discovered_by": ["person:august_kopisch"],
        "cave_type": ["type:sea_cave"], "formed_in": ["rock:limestone"],
        "has_feature": ["feature:blue_glow"],
    },
    "cave:naica": {
        "in_region": ["region:chihuahua"], "in_country": ["country:mexico"],
        "formed_in": ["rock:limestone"],
        "has_feature": ["feature:selenite_crystals"],
    },
    "cave:gouffre_berger": {
        "named_after": ["person:jo_berger"],
        "in_region": ["region:isere"], "in_country": ["country:france"],
        "discovered_by": ["person:jo_berger"],
        "cave_type": ["type:solution_cave"], "formed_in": ["rock:limestone"],
    },
    "cave:krubera": {
        "named_after": ["person:alexander_kruber"],
        "in_region": ["region:abkhazia"], "in_country": ["country:georgia"],
        "cave_type": ["type:solution_cave"], "formed_in": ["rock:limestone"],
    },
    "cave:movile": {
        "in_region": ["region:constanta"], "in_country": ["country:romania"],
        "cave_type": ["type:solution_cave"], "formed_in": ["rock:limestone"],
        "has_feature": ["feature:chemosynthetic_ecosystem"],
    },
    "cave:ajanta": {
        "in_region": ["region:maharashtra"], "in_country": ["country:india"],
        "discovered_by": ["person:john_smith"],
        "cave_type": ["type:rock_cut_cave"], "formed_in": ["rock:basalt"],
        "has_feature": ["feature:buddhist_murals"],
    },
}

RATINGS = {
    "user:ana": [("cave:lascaux", 5.0), ("cave:chauvet", 4.5), ("cave:waitomo", 2.0), ("cave:eisriesenwelt", 3.0)],
    "user:ben": [("cave:carlsbad", 4.0), ("cave:wind_cave", 1.5), ("cave:son_doong", 5.0), ("cave:blue_grotto", 3.5)],
    "user:chen": [("cave:fingals_cave", 4.5), ("cave:naica", 1.0), ("cave:altamira", 4.0), ("cave:jewel_cave", 2.5)],
    "user:dara": [("cave:krubera", 5.0), ("cave:gouffre_berger", 4.5), ("cave:movile", 2.0), ("cave:cosquer", 3.0)],
    "user:emil": [("cave:ajanta", 4.0), ("cave:eisriesenwelt", 1.5), ("cave:lascaux", 2.0), ("cave:son_doong", 4.5)],
}


def rows():
    out = []
    for head, rels in FACTS.items():
        for rel, tails in rels.items():
            for tail in tails:
                out.append((head, rel, tail))
    for user, rated in RATINGS.items():
        for item, rating in rated:
            out.append((user, "rated", item, {"rating": rating}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind126")
