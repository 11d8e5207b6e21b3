"""A small graph of famous swords (blind187)."""
import kgexplain as kgx

PLACES = ("museum", "castle", "shrine", "chapel", "monument")

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("sword",)),
    kgx.Relation("kept_at", phrase="is kept at", inverse_phrase="is home to", domain=("sword",), range=PLACES),
    kgx.Relation("found_at", phrase="was found at", inverse_phrase="is where they found", domain=("sword",), range=("place",)),
    kgx.Relation("made_by", phrase="was made by", inverse_phrase="made", domain=("sword",), range=("maker",)),
    kgx.Relation("belonged_to", phrase="belonged to", inverse_phrase="owned", domain=("sword",), range=("person",)),
    kgx.Relation("made_of", phrase="is made of", inverse_phrase="is the metal of", domain=("sword",), range=("material",)),
    kgx.Relation("kind_of", phrase="is a", inverse_phrase="is the kind of", domain=("sword",), range=("kind",)),
]

SWORDS = [
    ("sword:goujian", "Sword of Goujian", 1965),
    ("sword:seven_branched", "Seven-Branched Sword", 369),
    ("sword:tiberius", "Sword of Tiberius", 1848),
    ("sword:sutton_hoo", "Sutton Hoo sword", 1939),
    ("sword:stalingrad", "Sword of Stalingrad", 1943),
    ("sword:great_state", "Great Sword of State", 1678),
    ("sword:offering", "Jewelled Sword of Offering", 1821),
    ("sword:szczerbiec", "Szczerbiec", 1320),
    ("sword:joyeuse", "Joyeuse", 1271),
    ("sword:san_galgano", "Sword in the Stone of San Galgano", 1180),
    ("sword:honjo_masamune", "Honjo Masamune", 1939),
    ("sword:tizona", "Tizona", 2007),
    ("sword:wallace", "Wallace Sword", 1888),
    ("sword:cawood", "Cawood sword", 1869),
    ("sword:abingdon", "Abingdon sword", 1874),
    ("sword:scottish_state", "Scottish Sword of State", 1507),
]

ATTRIBUTES = [
    # keepers
    ("museum:hubei_provincial", "museum", "Hubei Provincial Museum"),
    ("shrine:isonokami", "shrine", "Isonokami Shrine"),
    ("museum:british_museum", "museum", "British Museum"),
    ("museum:stalingrad_battle", "museum", "Stalingrad Battle Museum"),
    ("castle:tower_of_london", "castle", "Tower of London"),
    ("castle:wawel", "castle", "Wawel Castle"),
    ("museum:louvre", "museum", "Louvre"),
    ("chapel:montesiepi", "chapel", "Montesiepi Chapel"),
    ("museum:burgos", "museum", "Museum of Burgos"),
    ("monument:wallace", "monument", "National Wallace Monument"),
    ("museum:royal_armouries", "museum", "Royal Armouries Museum"),
    ("museum:ashmolean", "museum", "Ashmolean Museum"),
    ("castle:edinburgh", "castle", "Edinburgh Castle"),
    # find sites
    ("place:jiangling", "place", "Jiangling"),
    ("place:mainz", "place", "Mainz"),
    ("place:sutton_hoo", "place", "Sutton Hoo"),
    ("place:river_ouse", "place", "River Ouse"),
    ("place:abingdon", "place", "Abingdon"),
    # makers
    ("maker:wilkinson", "maker", "Wilkinson Sword"),
    ("maker:rundell", "maker", "Rundell, Bridge & Rundell"),
    ("maker:domenico_da_sutri", "maker", "Domenico da Sutri"),
    ("maker:masamune", "maker", "Masamune"),
    # owners
    ("person:goujian", "person", "King Goujian of Yue"),
    ("person:el_cid", "person", "El Cid"),
    ("person:william_wallace", "person", "William Wallace"),
    ("person:galgano_guidotti", "person", "Galgano Guidotti"),
    ("person:honjo_shigenaga", "person", "Honjo Shigenaga"),
    ("person:james_iv", "person", "James IV of Scotland"),
    # materials
    ("material:bronze", "material", "bronze"),
    ("material:iron", "material", "iron"),
    ("material:steel", "material", "steel"),
    # kinds
    ("kind:jian", "kind", "jian"),
    ("kind:gladius", "kind", "gladius"),
    ("kind:coronation_sword", "kind", "coronation sword"),
    ("kind:sword_of_state", "kind", "sword of state"),
    ("kind:ceremonial_sword", "kind", "ceremonial sword"),
    ("kind:two_handed_sword", "kind", "two-handed sword"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(i, kind="item", type="sword", label=label, attrs={"year": year}) for i, label, year in SWORDS]
    out += [kgx.Entity(i, kind="attribute", type=t, label=label) for i, t, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = [
    # kept_at
    ("sword:goujian", "kept_at", "museum:hubei_provincial"),
    ("sword:seven_branched", "kept_at", "shrine:isonokami"),
    ("sword:tiberius", "kept_at", "museum:british_museum"),
    ("sword:sutton_hoo", "kept_at", "museum:british_museum"),
    ("sword:stalingrad", "kept_at", "museum:stalingrad_battle"),
    ("sword:great_state", "kept_at", "castle:tower_of_london"),
    ("sword:offering", "kept_at", "castle:tower_of_london"),
    ("sword:szczerbiec", "kept_at", "castle:wawel"),
    ("sword:joyeuse", "kept_at", "museum:louvre"),
    ("sword:san_galgano", "kept_at", "chapel:montesiepi"),
    ("sword:tizona", "kept_at", "museum:burgos"),
    ("sword:wallace", "kept_at", "monument:wallace"),
    ("sword:cawood", "kept_at", "museum:royal_armouries"),
    ("sword:abingdon", "kept_at", "museum:ashmolean"),
    ("sword:scottish_state", "kept_at", "castle:edinburgh"),
    # found_at
    ("sword:goujian", "found_at", "place:jiangling"),
    ("sword:tiberius", "found_at", "place:mainz"),
    ("sword:sutton_hoo", "found_at", "place:sutton_hoo"),
    ("sword:cawood", "found_at", "place:river_ouse"),
    ("sword:abingdon", "found_at", "place:abingdon"),
    # made_by
    ("sword:stalingrad", "made_by", "maker:wilkinson"),
    ("sword:offering", "made_by", "maker:rundell"),
    ("sword:scottish_state", "made_by", "maker:domenico_da_sutri"),
    ("sword:honjo_masamune", "made_by", "maker:masamune"),
    # belonged_to
    ("sword:goujian", "belonged_to", "person:goujian"),
    ("sword:tizona", "belonged_to", "person:el_cid"),
    ("sword:wallace", "belonged_to", "person:william_wallace"),
    ("sword:san_galgano", "belonged_to", "person:galgano_guidotti"),
    ("sword:honjo_masamune", "belonged_to", "person:honjo_shigenaga"),
    ("sword:scottish_state", "belonged_to", "person:james_iv"),
    # made_of
    ("sword:goujian", "made_of", "material:bronze"),
    ("sword:seven_branched", "made_of", "material:iron"),
    ("sword:tiberius", "made_of", "material:iron"),
    ("sword:sutton_hoo", "made_of", "material:iron"),
    ("sword:stalingrad", "made_of", "material:steel"),
    # kind_of
    ("sword:goujian", "kind_of", "kind:jian"),
    ("sword:tiberius", "kind_of", "kind:gladius"),
    ("sword:szczerbiec", "kind_of", "kind:coronation_sword"),
    ("sword:joyeuse", "kind_of", "kind:coronation_sword"),
    ("sword:great_state", "kind_of", "kind:sword_of_state"),
    ("sword:scottish_state", "kind_of", "kind:sword_of_state"),
    ("sword:offering", "kind_of", "kind:ceremonial_sword"),
    ("sword:stalingrad", "kind_of", "kind:ceremonial_sword"),
    ("sword:seven_branched", "kind_of", "kind:ceremonial_sword"),
    ("sword:wallace", "kind_of", "kind:two_handed_sword"),
]

RATINGS = [
    ("ana", "sword:goujian", 5.0), ("ana", "sword:joyeuse", 4.0), ("ana", "sword:stalingrad", 1.5), ("ana", "sword:tizona", 4.5),
    ("ben", "sword:sutton_hoo", 4.5), ("ben", "sword:tiberius", 2.0), ("ben", "sword:honjo_masamune", 5.0), ("ben", "sword:wallace", 3.0),
    ("chen", "sword:szczerbiec", 4.0), ("chen", "sword:seven_branched", 5.0), ("chen", "sword:great_state", 1.0), ("chen", "sword:cawood", 3.5),
    ("dara", "sword:san_galgano", 4.5), ("dara", "sword:scottish_state", 2.5), ("dara", "sword:abingdon", 4.0), ("dara", "sword:goujian", 1.0),
    ("emil", "sword:offering", 5.0), ("emil", "sword:tizona", 2.0), ("emil", "sword:wallace", 4.5), ("emil", "sword:sutton_hoo", 0.5),
]


def rows():
    out = list(FACTS)
    out += [(f"user:{u}", "rated", item, {"rating": r}) for u, item, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind187")
