"""A small bridges-and-buildings graph for the blind41 evaluation set.

Pure code, no data files: ``build()`` returns a ``kgexplain.KnowledgeGraph`` with bridges and
buildings (items, with the year they opened), architects / engineers, cities, waterways (rivers,
straits, canals), materials and architectural styles (attributes), and a few travellers (users)
who rated the structures they visited. Relations declare only ``phrase`` / ``inverse_phrase``.
"""

from __future__ import annotations

import kgexplain as kgx

STRUCTURES = {
    # id: (type, label, year opened)
    "structure:golden_gate_bridge": ("bridge", "Golden Gate Bridge", 1937),
    "structure:brooklyn_bridge": ("bridge", "Brooklyn Bridge", 1883),
    "structure:tower_bridge": ("bridge", "Tower Bridge", 1894),
    "structure:sydney_harbour_bridge": ("bridge", "Sydney Harbour Bridge", 1932),
    "structure:charles_bridge": ("bridge", "Charles Bridge", 1402),
    "structure:rialto_bridge": ("bridge", "Rialto Bridge", 1591),
    "structure:millau_viaduct": ("bridge", "Millau Viaduct", 2004),
    "structure:bosphorus_bridge": ("bridge", "Bosphorus Bridge", 1973),
    "structure:oresund_bridge": ("bridge", "Øresund Bridge", 2000),
    "structure:millennium_bridge": ("bridge", "Millennium Bridge", 2000),
    "structure:chrysler_building": ("building", "Chrysler Building", 1930),
    "structure:empire_state_building": ("building", "Empire State Building", 1931),
    "structure:sydney_opera_house": ("building", "Sydney Opera House", 1973),
    "structure:guggenheim_bilbao": ("building", "Guggenheim Museum Bilbao", 1997),
    "structure:gherkin": ("building", "30 St Mary Axe", 2004),
    "structure:turning_torso": ("building", "Turning Torso", 2005),
    "structure:casa_mila": ("building", "Casa Milà", 1912),
}

ALIASES = {
    "structure:gherkin": ("the Gherkin",),
    "structure:casa_mila": ("La Pedrera",),
}

ATTRIBUTES = {
    # architects and engineers
    "architect:joseph_strauss": ("architect", "Joseph Strauss"),
    "architect:john_roebling": ("architect", "John A. Roebling"),
    "architect:horace_jones": ("architect", "Horace Jones"),
    "architect:john_bradfield": ("architect", "John Bradfield"),
    "architect:peter_parler": ("architect", "Peter Parler"),
    "architect:antonio_da_ponte": ("architect", "Antonio da Ponte"),
    "architect:norman_foster": ("architect", "Norman Foster"),
    "architect:gilbert_roberts": ("architect", "Gilbert Roberts"),
    "architect:georg_rotne": ("architect", "Georg Rotne"),
    "architect:william_van_alen": ("architect", "William Van Alen"),
    "architect:william_lamb": ("architect", "William F. Lamb"),
    "architect:jorn_utzon": ("architect", "Jørn Utzon"),
    "architect:frank_gehry": ("architect", "Frank Gehry"),
    "architect:santiago_calatrava": ("architect", "Santiago Calatrava"),
    "architect:antoni_gaudi": ("architect", "Antoni Gaudí"),
    # cities
    "city:san_francisco": ("city", "San Francisco"),
    "city:new_york": ("city", "New York City"),
    "city:london": ("city", "London"),
    "city:sydney": ("city", "Sydney"),
    "city:prague": ("city", "Prague"),
    "city:venice": ("city", "Venice"),
    "city:millau": ("city", "Millau"),
    "city:istanbul": ("city", "Istanbul"),
    "city:malmo": ("city", "Malmö"),
    "city:bilbao": ("city", "Bilbao"),
    "city:barcelona": ("city", "Barcelona"),
    # rivers, straits, canals
    "water:golden_gate": ("waterway", "Golden Gate"),
    "water:east_river": ("waterway", "East River"),
    "water:thames": ("waterway", "River Thames"),
    "water:port_jackson": ("waterway", "Port Jackson"),
    "water:vltava": ("waterway", "Vltava"),
    "water:grand_canal": ("waterway", "Grand Canal"),
    "water:tarn": ("waterway", "Tarn"),
    "water:bosphorus": ("waterway", "Bosphorus"),
    "water:oresund": ("waterway", "Øresund"),
    # materials
    "material:steel": ("material", "steel"),
    "material:concrete": ("material", "concrete"),
    "material:granite": ("material", "granite"),
    "material:limestone": ("material", "limestone"),
    "material:sandstone": ("material", "sandstone"),
    "material:titanium": ("material", "titanium"),
    "material:glass": ("material", "glass"),
    # styles
    "style:art_deco": ("style", "Art Deco"),
    "style:gothic_revival": ("style", "Gothic Revival"),
    "style:gothic": ("style", "Gothic"),
    "style:renaissance": ("style", "Renaissance"),
    "style:high_tech": ("style", "high-tech"),
    "style:expressionist": ("style", "Expressionist"),
    "style:deconstructivist": ("style", "Deconstructivist"),
    "style:modernisme": ("style", "Modernisme"),
}

USERS = {
    "user:ana": "Ana",
    "user:ben": "Ben",
    "user:chloe": "Chloe",
    "user:dev": "Dev",
    "user:emma": "Emma",
}

FACTS = [
    # structure, architects, cities, waterways, materials, styles
    ("structure:golden_gate_bridge", ["architect:joseph_strauss"], ["city:san_francisco"],
     ["water:golden_gate"], ["material:steel"], ["style:art_deco"]),
    ("structure:brooklyn_bridge", ["architect:john_roebling"], ["city:new_york"],
     ["water:east_river"], ["material:steel", "material:granite"], ["style:gothic_revival"]),
    ("structure:tower_bridge", ["architect:horace_jones"], ["city:london"],
     ["water:thames"], ["material:steel", "material:granite"], ["style:gothic_revival"]),
    ("structure:sydney_harbour_bridge", ["architect:john_bradfield"], ["city:sydney"],
     ["water:port_jackson"], ["material:steel"], []),
    ("structure:charles_bridge", ["architect:peter_parler"], ["city:prague"],
     ["water:vltava"], ["material:sandstone"], ["style:gothic"]),
    ("structure:rialto_bridge", ["architect:antonio_da_ponte"], ["city:venice"],
     ["water:grand_canal"], ["material:limestone"], ["style:renaissance"]),
    ("structure:millau_viaduct", ["architect:norman_foster"], ["city:millau"],
     ["water:tarn"], ["material:steel", "material:concrete"], []),
    ("structure:bosphorus_bridge", ["architect:gilbert_roberts"], ["city:istanbul"],
     ["water:bosphorus"], ["material:steel"], []),
    ("structure:oresund_bridge", ["architect:georg_rotne"], ["city:malmo"],
     ["water:oresund"], ["material:steel", "material:concrete"], []),
    ("structure:millennium_bridge", ["architect:norman_foster"], ["city:london"],
     ["water:thames"], ["material:steel"], ["style:high_tech"]),
    ("structure:chrysler_building", ["architect:william_van_alen"], ["city:new_york"],
     [], ["material:steel"], ["style:art_deco"]),
    ("structure:empire_state_building", ["architect:william_lamb"], ["city:new_york"],
     [], ["material:steel", "material:limestone"], ["style:art_deco"]),
    ("structure:sydney_opera_house", ["architect:jorn_utzon"], ["city:sydney"],
     [], ["material:concrete"], ["style:expressionist"]),
    ("structure:guggenheim_bilbao", ["architect:frank_gehry"], ["city:bilbao"],
     [], ["material:titanium", "material:glass"], ["style:deconstructivist"]),
    ("structure:gherkin", ["architect:norman_foster"], ["city:london"],
     [], ["material:steel", "material:glass"], ["style:high_tech"]),
    ("structure:turning_torso", ["architect:santiago_calatrava"], ["city:malmo"],
     [], ["material:concrete", "material:steel"], []),
    ("structure:casa_mila", ["architect:antoni_gaudi"], ["city:barcelona"],
     [], ["material:limestone"], ["style:modernisme"]),
]

RATINGS = [
    ("user:ana", "structure:golden_gate_bridge", 5),
    ("user:ana", "structure:brooklyn_bridge", 4),
    ("user:ana", "structure:chrysler_building", 2),
    ("user:ana", "structure:sydney_opera_house", 5),
    ("user:ana", "structure:charles_bridge", 3),
    ("user:ben", "structure:tower_bridge", 5),
    ("user:ben", "structure:millennium_bridge", 2),
    ("user:ben", "structure:gherkin", 4),
    ("user:ben", "structure:millau_viaduct", 5),
    ("user:ben", "structure:bosphorus_bridge", 3),
    ("user:chloe", "structure:rialto_bridge", 5),
    ("user:chloe", "structure:charles_bridge", 4),
    ("user:chloe", "structure:casa_mila", 5),
    ("user:chloe", "structure:guggenheim_bilbao", 1),
    ("user:chloe", "structure:empire_state_building", 3),
    ("user:dev", "structure:sydney_harbour_bridge", 4),
    ("user:dev", "structure:sydney_opera_house", 3),
    ("user:dev", "structure:oresund_bridge", 5),
    ("user:dev", "structure:turning_torso", 4),
    ("user:dev", "structure:golden_gate_bridge", 2),
    ("user:emma", "structure:empire_state_building", 5),
    ("user:emma", "structure:chrysler_building", 4),
    ("user:emma", "structure:brooklyn_bridge", 1),
    ("user:emma", "structure:guggenheim_bilbao", 4),
    ("user:emma", "structure:tower_bridge", 3),
]

ITEM_TYPES = ("bridge", "building")

RELATIONS = [
    kgx.Relation("visited", phrase="visited", inverse_phrase="was visited by",
                 domain=("user",), range=ITEM_TYPES),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=ITEM_TYPES, range=("architect",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=ITEM_TYPES, range=("city",)),
    kgx.Relation("crosses", phrase="crosses", inverse_phrase="is crossed by",
                 domain=("bridge",), range=("waterway",)),
    kgx.Relation("made_of", phrase="is built from", inverse_phrase="is used in",
                 domain=ITEM_TYPES, range=("material",)),
    kgx.Relation("has_style", phrase="has the architectural style",
                 inverse_phrase="is the architectural style of",
                 domain=ITEM_TYPES, range=("style",)),
]


def rows() -> list[tuple]:
    out: list[tuple] = []
    for s, architects, cities, waters, materials, styles in FACTS:
        out += [(s, "designed_by", a) for a in architects]
        out += [(s, "located_in", c) for c in cities]
        out += [(s, "crosses", w) for w in waters]
        out += [(s, "made_of", m) for m in materials]
        out += [(s, "has_style", st) for st in styles]
    out += [(u, "visited", s, {"rating": float(r)}) for u, s, r in RATINGS]
    return out


def entities() -> list[kgx.Entity]:
    ents = [
        kgx.Entity(i, kind="item", type=t, label=lab, aliases=ALIASES.get(i, ()),
                   attrs={"year": year})
        for i, (t, lab, year) in STRUCTURES.items()
    ]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, (t, lab) in ATTRIBUTES.items()]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return ents


def build() -> kgx.KnowledgeGraph:
    """The blind41 graph (17 bridges and buildings, 50 attributes, 5 travellers)."""
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind41")
