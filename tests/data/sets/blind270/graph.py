"""blind270: a small knowledge graph of real bicycle models.

Each item's ``year`` is the year the model was introduced (first built or launched).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("bicycle",)),
    kgx.Relation("made_by", phrase="is made by", inverse_phrase="makes",
                 domain=("bicycle",), range=("manufacturer",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("bicycle",), range=("person",)),
    kgx.Relation("has_category", phrase="is a", inverse_phrase="is the category of",
                 domain=("bicycle",), range=("category",)),
    kgx.Relation("frame_material", phrase="has a frame made of", inverse_phrase="is the frame material of",
                 domain=("bicycle",), range=("material",)),
    kgx.Relation("built_in", phrase="was built in", inverse_phrase="produced",
                 domain=("bicycle",), range=("place",)),
    kgx.Relation("ridden_by", phrase="was ridden by", inverse_phrase="rode",
                 domain=("bicycle",), range=("person",)),
]

_ITEMS = [
    ("bicycle:ariel", "Ariel", 1870),
    ("bicycle:rover_safety_bicycle", "Rover Safety Bicycle", 1885),
    ("bicycle:moulton_standard", "Moulton Standard", 1962),
    ("bicycle:schwinn_sting_ray", "Schwinn Sting-Ray", 1963),
    ("bicycle:raleigh_chopper", "Raleigh Chopper", 1969),
    ("bicycle:raleigh_twenty", "Raleigh Twenty", 1971),
    ("bicycle:brompton", "Brompton", 1976),
    ("bicycle:breezer_series_i", "Breezer Series I", 1977),
    ("bicycle:specialized_stumpjumper", "Specialized Stumpjumper", 1981),
    ("bicycle:kestrel_4000", "Kestrel 4000", 1986),
    ("bicycle:strida", "Strida", 1987),
    ("bicycle:lotus_type_108", "Lotus Type 108", 1992),
    ("bicycle:colnago_c40", "Colnago C40", 1994),
    ("bicycle:giant_tcr", "Giant TCR", 1997),
    ("bicycle:trek_madone", "Trek Madone", 2003),
    ("bicycle:surly_pugsley", "Surly Pugsley", 2005),
    ("bicycle:specialized_venge", "Specialized Venge", 2011),
    ("bicycle:pinarello_dogma_f8", "Pinarello Dogma F8", 2014),
]

_ATTRIBUTES = [
    # manufacturers
    ("maker:starley_and_sutton", "manufacturer", "Starley & Sutton"),
    ("maker:moulton_bicycle_company", "manufacturer", "Moulton Bicycle Company"),
    ("maker:schwinn", "manufacturer", "Schwinn"),
    ("maker:raleigh", "manufacturer", "Raleigh"),
    ("maker:brompton_bicycle", "manufacturer", "Brompton Bicycle"),
    ("maker:breezer", "manufacturer", "Breezer"),
    ("maker:specialized", "manufacturer", "Specialized"),
    ("maker:kestrel", "manufacturer", "Kestrel"),
    ("maker:lotus_engineering", "manufacturer", "Lotus Engineering"),
    ("maker:colnago", "manufacturer", "Colnago"),
    ("maker:giant", "manufacturer", "Giant"),
    ("maker:trek", "manufacturer", "Trek"),
    ("maker:surly_bikes", "manufacturer", "Surly Bikes"),
    ("maker:pinarello", "manufacturer", "Pinarello"),
    # people: designers
    ("person:james_starley", "person", "James Starley"),
    ("person:william_hillman", "person", "William Hillman"),
    ("person:john_kemp_starley", "person", "John Kemp Starley"),
    ("person:alex_moulton", "person", "Alex Moulton"),
    ("person:al_fritz", "person", "Al Fritz"),
    ("person:alan_oakley", "person", "Alan Oakley"),
    ("person:andrew_ritchie", "person", "Andrew Ritchie"),
    ("person:joe_breeze", "person", "Joe Breeze"),
    ("person:tim_neenan", "person", "Tim Neenan"),
    ("person:mark_sanders", "person", "Mark Sanders"),
    ("person:mike_burrows", "person", "Mike Burrows"),
    # people: riders
    ("person:chris_boardman", "person", "Chris Boardman"),
    ("person:franco_ballerini", "person", "Franco Ballerini"),
    ("person:johan_museeuw", "person", "Johan Museeuw"),
    ("person:lance_armstrong", "person", "Lance Armstrong"),
    ("person:mark_cavendish", "person", "Mark Cavendish"),
    ("person:chris_froome", "person", "Chris Froome"),
    # categories
    ("category:penny_farthing", "category", "Penny-farthing"),
    ("category:safety_bicycle", "category", "Safety bicycle"),
    ("category:small_wheel_bicycle", "category", "Small-wheel bicycle"),
    ("category:wheelie_bike", "category", "Wheelie bike"),
    ("category:folding_bicycle", "category", "Folding bicycle"),
    ("category:mountain_bike", "category", "Mountain bike"),
    ("category:road_bicycle", "category", "Road bicycle"),
    ("category:track_bicycle", "category", "Track bicycle"),
    ("category:fat_bike", "category", "Fat bike"),
    # frame materials
    ("material:steel", "material", "Steel"),
    ("material:aluminium", "material", "Aluminium"),
    ("material:carbon_fibre", "material", "Carbon fibre"),
    # places
    ("place:coventry", "place", "Coventry"),
    ("place:bradford_on_avon", "place", "Bradford on Avon"),
    ("place:chicago", "place", "Chicago"),
    ("place:nottingham", "place", "Nottingham"),
    ("place:london", "place", "London"),
    ("place:japan", "place", "Japan"),
    ("place:waterloo_wisconsin", "place", "Waterloo, Wisconsin"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(i, kind="item", type="bicycle", label=lab, attrs={"year": y}) for i, lab, y in _ITEMS]
    out += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, t, lab in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


_FACTS = [
    # Ariel (1870)
    ("bicycle:ariel", "designed_by", "person:james_starley"),
    ("bicycle:ariel", "designed_by", "person:william_hillman"),
    ("bicycle:ariel", "has_category", "category:penny_farthing"),
    ("bicycle:ariel", "built_in", "place:coventry"),
    # Rover Safety Bicycle (1885)
    ("bicycle:rover_safety_bicycle", "made_by", "maker:starley_and_sutton"),
    ("bicycle:rover_safety_bicycle", "designed_by", "person:john_kemp_starley"),
    ("bicycle:rover_safety_bicycle", "has_category", "category:safety_bicycle"),
    ("bicycle:rover_safety_bicycle", "built_in", "place:coventry"),
    # Moulton Standard (1962)
    ("bicycle:moulton_standard", "made_by", "maker:moulton_bicycle_company"),
    ("bicycle:moulton_standard", "designed_by", "person:alex_moulton"),
    ("bicycle:moulton_standard", "has_category", "category:small_wheel_bicycle"),
    ("bicycle:moulton_standard", "frame_material", "material:steel"),
    ("bicycle:moulton_standard", "built_in", "place:bradford_on_avon"),
    # Schwinn Sting-Ray (1963)
    ("bicycle:schwinn_sting_ray", "made_by", "maker:schwinn"),
    ("bicycle:schwinn_sting_ray", "designed_by", "person:al_fritz"),
    ("bicycle:schwinn_sting_ray", "has_category", "category:wheelie_bike"),
    ("bicycle:schwinn_sting_ray", "frame_material", "material:steel"),
    ("bicycle:schwinn_sting_ray", "built_in", "place:chicago"),
    # Raleigh Chopper (1969)
    ("bicycle:raleigh_chopper", "made_by", "maker:raleigh"),
    ("bicycle:raleigh_chopper", "designed_by", "person:alan_oakley"),
    ("bicycle:raleigh_chopper", "has_category", "category:wheelie_bike"),
    ("bicycle:raleigh_chopper", "frame_material", "material:steel"),
    ("bicycle:raleigh_chopper", "built_in", "place:nottingham"),
    # Raleigh Twenty (1971)
    ("bicycle:raleigh_twenty", "made_by", "maker:raleigh"),
    ("bicycle:raleigh_twenty", "has_category", "category:small_wheel_bicycle"),
    ("bicycle:raleigh_twenty", "frame_material", "material:steel"),
    ("bicycle:raleigh_twenty", "built_in", "place:nottingham"),
    # Brompton (1976)
    ("bicycle:brompton", "made_by", "maker:brompton_bicycle"),
    ("bicycle:brompton", "designed_by", "person:andrew_ritchie"),
    ("bicycle:brompton", "has_category", "category:folding_bicycle"),
    ("bicycle:brompton", "frame_material", "material:steel"),
    ("bicycle:brompton", "built_in", "place:london"),
    # Breezer Series I (1977)
    ("bicycle:breezer_series_i", "made_by", "maker:breezer"),
    ("bicycle:breezer_series_i", "designed_by", "person:joe_breeze"),
    ("bicycle:breezer_series_i", "has_category", "category:mountain_bike"),
    ("bicycle:breezer_series_i", "frame_material", "material:steel"),
    # Specialized Stumpjumper (1981)
    ("bicycle:specialized_stumpjumper", "made_by", "maker:specialized"),
    ("bicycle:specialized_stumpjumper", "designed_by", "person:tim_neenan"),
    ("bicycle:specialized_stumpjumper", "has_category", "category:mountain_bike"),
    ("bicycle:specialized_stumpjumper", "frame_material", "material:steel"),
    ("bicycle:specialized_stumpjumper", "built_in", "place:japan"),
    # Kestrel 4000 (1986)
    ("bicycle:kestrel_4000", "made_by", "maker:kestrel"),
    ("bicycle:kestrel_4000", "has_category", "category:road_bicycle"),
    ("bicycle:kestrel_4000", "frame_material", "material:carbon_fibre"),
    # Strida (1987)
    ("bicycle:strida", "designed_by", "person:mark_sanders"),
    ("bicycle:strida", "has_category", "category:folding_bicycle"),
    ("bicycle:strida", "frame_material", "material:aluminium"),
    # Lotus Type 108 (1992)
    ("bicycle:lotus_type_108", "made_by", "maker:lotus_engineering"),
    ("bicycle:lotus_type_108", "designed_by", "person:mike_burrows"),
    ("bicycle:lotus_type_108", "has_category", "category:track_bicycle"),
    ("bicycle:lotus_type_108", "frame_material", "material:carbon_fibre"),
    ("bicycle:lotus_type_108", "ridden_by", "person:chris_boardman"),
    # Colnago C40 (1994)
    ("bicycle:colnago_c40", "made_by", "maker:colnago"),
    ("bicycle:colnago_c40", "has_category", "category:road_bicycle"),
    ("bicycle:colnago_c40", "frame_material", "material:carbon_fibre"),
    ("bicycle:colnago_c40", "ridden_by", "person:franco_ballerini"),
    ("bicycle:colnago_c40", "ridden_by", "person:johan_museeuw"),
    # Giant TCR (1997)
    ("bicycle:giant_tcr", "made_by", "maker:giant"),
    ("bicycle:giant_tcr", "designed_by", "person:mike_burrows"),
    ("bicycle:giant_tcr", "has_category", "category:road_bicycle"),
    ("bicycle:giant_tcr", "frame_material", "material:aluminium"),
    # Trek Madone (2003)
    ("bicycle:trek_madone", "made_by", "maker:trek"),
    ("bicycle:trek_madone", "has_category", "category:road_bicycle"),
    ("bicycle:trek_madone", "frame_material", "material:carbon_fibre"),
    ("bicycle:trek_madone", "built_in", "place:waterloo_wisconsin"),
    ("bicycle:trek_madone", "ridden_by", "person:lance_armstrong"),
    # Surly Pugsley (2005)
    ("bicycle:surly_pugsley", "made_by", "maker:surly_bikes"),
    ("bicycle:surly_pugsley", "has_category", "category:fat_bike"),
    ("bicycle:surly_pugsley", "frame_material", "material:steel"),
    # Specialized Venge (2011)
    ("bicycle:specialized_venge", "made_by", "maker:specialized"),
    ("bicycle:specialized_venge", "has_category", "category:road_bicycle"),
    ("bicycle:specialized_venge", "frame_material", "material:carbon_fibre"),
    ("bicycle:specialized_venge", "ridden_by", "person:mark_cavendish"),
    # Pinarello Dogma F8 (2014)
    ("bicycle:pinarello_dogma_f8", "made_by", "maker:pinarello"),
    ("bicycle:pinarello_dogma_f8", "has_category", "category:road_bicycle"),
    ("bicycle:pinarello_dogma_f8", "frame_material", "material:carbon_fibre"),
    ("bicycle:pinarello_dogma_f8", "ridden_by", "person:chris_froome"),
]

_RATINGS = [
    ("user:ana", "bicycle:brompton", 5.0),
    ("user:ana", "bicycle:raleigh_chopper", 4.5),
    ("user:ana", "bicycle:strida", 2.0),
    ("user:ana", "bicycle:moulton_standard", 4.0),
    ("user:ben", "bicycle:trek_madone", 1.5),
    ("user:ben", "bicycle:colnago_c40", 5.0),
    ("user:ben", "bicycle:specialized_venge", 4.0),
    ("user:ben", "bicycle:pinarello_dogma_f8", 3.0),
    ("user:chen", "bicycle:specialized_stumpjumper", 4.5),
    ("user:chen", "bicycle:breezer_series_i", 5.0),
    ("user:chen", "bicycle:surly_pugsley", 2.0),
    ("user:chen", "bicycle:giant_tcr", 3.5),
    ("user:dara", "bicycle:schwinn_sting_ray", 4.0),
    ("user:dara", "bicycle:raleigh_chopper", 1.0),
    ("user:dara", "bicycle:raleigh_twenty", 3.5),
    ("user:dara", "bicycle:rover_safety_bicycle", 4.5),
    ("user:emil", "bicycle:lotus_type_108", 5.0),
    ("user:emil", "bicycle:kestrel_4000", 2.5),
    ("user:emil", "bicycle:ariel", 4.0),
    ("user:emil", "bicycle:brompton", 1.5),
]


def rows():
    out = list(_FACTS)
    out += [(u, "rated", i, {"rating": r}) for u, i, r in _RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind270")
