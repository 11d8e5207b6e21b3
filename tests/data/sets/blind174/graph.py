"""A small graph of real public aquariums (blind174)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("aquarium",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("aquarium",), range=("city",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("aquarium",), range=("architect", "architecture_firm")),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates",
                 domain=("aquarium",), range=("organisation",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("aquarium",), range=("person",)),
    kgx.Relation("exhibits", phrase="exhibits", inverse_phrase="is exhibited at",
                 domain=("aquarium",), range=("animal",)),
    kgx.Relation("part_of", phrase="is part of", inverse_phrase="includes",
                 domain=("aquarium",), range=("complex",)),
]

_AQUARIUMS = [
    ("monterey_bay", "Monterey Bay Aquarium", 1984, ()),
    ("georgia", "Georgia Aquarium", 2005, ()),
    ("shedd", "Shedd Aquarium", 1930, ("John G. Shedd Aquarium",)),
    ("national_baltimore", "National Aquarium", 1981, ("National Aquarium in Baltimore",)),
    ("new_england", "New England Aquarium", 1969, ()),
    ("kaiyukan", "Osaka Aquarium Kaiyukan", 1990, ("Kaiyukan",)),
    ("churaumi", "Okinawa Churaumi Aquarium", 2002, ("Churaumi Aquarium",)),
    ("oceanario_lisboa", "Oceanário de Lisboa", 1998, ("Lisbon Oceanarium",)),
    ("oceanografic", "L'Oceanogràfic", 2003, ("Oceanogràfic",)),
    ("sea_singapore", "S.E.A. Aquarium", 2012, ("SEA Aquarium",)),
    ("vancouver", "Vancouver Aquarium", 1956, ()),
    ("genoa", "Aquarium of Genoa", 1992, ("Acquario di Genova",)),
    ("two_oceans", "Two Oceans Aquarium", 1995, ()),
    ("sea_life_sydney", "SEA LIFE Sydney Aquarium", 1988, ("Sydney Aquarium",)),
    ("monaco", "Oceanographic Museum of Monaco", 1910, ("Musée océanographique",)),
    ("tennessee", "Tennessee Aquarium", 1992, ()),
    ("the_deep", "The Deep", 2002, ()),
    ("ripleys_canada", "Ripley's Aquarium of Canada", 2013, ()),
    ("blue_planet", "National Aquarium Denmark", 2013, ("Den Blå Planet", "The Blue Planet")),
]

_ATTRIBUTES = [
    # cities
    ("city:monterey", "city", "Monterey"),
    ("city:atlanta", "city", "Atlanta"),
    ("city:chicago", "city", "Chicago"),
    ("city:baltimore", "city", "Baltimore"),
    ("city:boston", "city", "Boston"),
    ("city:osaka", "city", "Osaka"),
    ("city:motobu", "city", "Motobu"),
    ("city:lisbon", "city", "Lisbon"),
    ("city:valencia", "city", "Valencia"),
    ("city:singapore", "city", "Singapore"),
    ("city:vancouver", "city", "Vancouver"),
    ("city:genoa", "city", "Genoa"),
    ("city:cape_town", "city", "Cape Town"),
    ("city:sydney", "city", "Sydney"),
    ("city:monaco", "city", "Monaco"),
    ("city:chattanooga", "city", "Chattanooga"),
    ("city:hull", "city", "Hull"),
    ("city:toronto", "city", "Toronto"),
    ("city:copenhagen", "city", "Copenhagen"),
    # designers
    ("firm:ehdd", "architecture_firm", "Esherick Homsey Dodge & Davis"),
    ("firm:tvsdesign", "architecture_firm", "tvsdesign"),
    ("firm:graham_anderson_probst_white", "architecture_firm", "Graham, Anderson, Probst & White"),
    ("firm:cambridge_seven", "architecture_firm", "Cambridge Seven Associates"),
    ("firm:3xn", "architecture_firm", "3XN"),
    ("architect:peter_chermayeff", "architect", "Peter Chermayeff"),
    ("architect:felix_candela", "architect", "Félix Candela"),
    ("architect:renzo_piano", "architect", "Renzo Piano"),
    ("architect:paul_delefortrie", "architect", "Paul Delefortrie"),
    ("architect:terry_farrell", "architect", "Terry Farrell"),
    # operators
    ("org:okinawa_churashima_foundation", "organisation", "Okinawa Churashima Foundation"),
    ("org:oceano_azul_foundation", "organisation", "Oceano Azul Foundation"),
    ("org:costa_edutainment", "organisation", "Costa Edutainment"),
    ("org:merlin_entertainments", "organisation", "Merlin Entertainments"),
    ("org:oceanographic_institute", "organisation", "Oceanographic Institute"),
    ("org:ripley_entertainment", "organisation", "Ripley Entertainment"),
    # founders
    ("person:julie_packard", "person", "Julie Packard"),
    ("person:bernie_marcus", "person", "Bernie Marcus"),
    ("person:murray_newman", "person", "Murray Newman"),
    ("person:albert_i_of_monaco", "person", "Albert I of Monaco"),
    # animals
    ("animal:whale_shark", "animal", "Whale shark"),
    ("animal:beluga_whale", "animal", "Beluga whale"),
    ("animal:sea_otter", "animal", "Sea otter"),
    ("animal:manta_ray", "animal", "Manta ray"),
    ("animal:african_penguin", "animal", "African penguin"),
    ("animal:green_sea_turtle", "animal", "Green sea turtle"),
    ("animal:ocean_sunfish", "animal", "Ocean sunfish"),
    ("animal:river_otter", "animal", "River otter"),
    ("animal:gentoo_penguin", "animal", "Gentoo penguin"),
    # complexes
    ("complex:pemberton_place", "complex", "Pemberton Place"),
    ("complex:parque_das_nacoes", "complex", "Parque das Nações"),
    ("complex:city_of_arts_and_sciences", "complex", "City of Arts and Sciences"),
    ("complex:resorts_world_sentosa", "complex", "Resorts World Sentosa"),
    ("complex:porto_antico", "complex", "Porto Antico"),
    ("complex:va_waterfront", "complex", "V&A Waterfront"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year, aliases in _AQUARIUMS:
        out.append(kgx.Entity(f"aquarium:{slug}", kind="item", type="aquarium", label=label,
                              aliases=tuple(aliases), attrs={"year": year}))
    for eid, typ, label in _ATTRIBUTES:
        out.append(kgx.Entity(eid, kind="attribute", type=typ, label=label))
    for name in _USERS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    a = "aquarium:"
    return [
        # located_in
        (a + "monterey_bay", "located_in", "city:monterey"),
        (a + "georgia", "located_in", "city:atlanta"),
        (a + "shedd", "located_in", "city:chicago"),
        (a + "national_baltimore", "located_in", "city:baltimore"),
        (a + "new_england", "located_in", "city:boston"),
        (a + "kaiyukan", "located_in", "city:osaka"),
        (a + "churaumi", "located_in", "city:motobu"),
        (a + "oceanario_lisboa", "located_in", "city:lisbon"),
        (a + "oceanografic", "located_in", "city:valencia"),
        (a + "sea_singapore", "located_in", "city:singapore"),
        (a + "vancouver", "located_in", "city:vancouver"),
        (a + "genoa", "located_in", "city:genoa"),
        (a + "two_oceans", "located_in", "city:cape_town"),
        (a + "sea_life_sydney", "located_in", "city:sydney"),
        (a + "monaco", "located_in", "city:monaco"),
        (a + "tennessee", "located_in", "city:chattanooga"),
        (a + "the_deep", "located_in", "city:hull"),
        (a + "ripleys_canada", "located_in", "city:toronto"),
        (a + "blue_planet", "located_in", "city:copenhagen"),
        # designed_by
        (a + "monterey_bay", "designed_by", "firm:ehdd"),
        (a + "georgia", "designed_by", "firm:tvsdesign"),
        (a + "shedd", "designed_by", "firm:graham_anderson_probst_white"),
        (a + "national_baltimore", "designed_by", "firm:cambridge_seven"),
        (a + "new_england", "designed_by", "firm:cambridge_seven"),
        (a + "kaiyukan", "designed_by", "firm:cambridge_seven"),
        (a + "tennessee", "designed_by", "firm:cambridge_seven"),
        (a + "oceanario_lisboa", "designed_by", "architect:peter_chermayeff"),
        (a + "oceanografic", "designed_by", "architect:felix_candela"),
        (a + "genoa", "designed_by", "architect:renzo_piano"),
        (a + "monaco", "designed_by", "architect:paul_delefortrie"),
        (a + "the_deep", "designed_by", "architect:terry_farrell"),
        (a + "blue_planet", "designed_by", "firm:3xn"),
        # operated_by
        (a + "churaumi", "operated_by", "org:okinawa_churashima_foundation"),
        (a + "oceanario_lisboa", "operated_by", "org:oceano_azul_foundation"),
        (a + "genoa", "operated_by", "org:costa_edutainment"),
        (a + "sea_life_sydney", "operated_by", "org:merlin_entertainments"),
        (a + "monaco", "operated_by", "org:oceanographic_institute"),
        (a + "ripleys_canada", "operated_by", "org:ripley_entertainment"),
        # founded_by
        (a + "monterey_bay", "founded_by", "person:julie_packard"),
        (a + "georgia", "founded_by", "person:bernie_marcus"),
        (a + "vancouver", "founded_by", "person:murray_newman"),
        (a + "monaco", "founded_by", "person:albert_i_of_monaco"),
        # exhibits
        (a + "georgia", "exhibits", "animal:whale_shark"),
        (a + "georgia", "exhibits", "animal:beluga_whale"),
        (a + "georgia", "exhibits", "animal:sea_otter"),
        (a + "kaiyukan", "exhibits", "animal:whale_shark"),
        (a + "churaumi", "exhibits", "animal:whale_shark"),
        (a + "churaumi", "exhibits", "animal:manta_ray"),
        (a + "shedd", "exhibits", "animal:beluga_whale"),
        (a + "shedd", "exhibits", "animal:sea_otter"),
        (a + "monterey_bay", "exhibits", "animal:sea_otter"),
        (a + "vancouver", "exhibits", "animal:sea_otter"),
        (a + "oceanario_lisboa", "exhibits", "animal:sea_otter"),
        (a + "oceanario_lisboa", "exhibits", "animal:ocean_sunfish"),
        (a + "sea_singapore", "exhibits", "animal:manta_ray"),
        (a + "two_oceans", "exhibits", "animal:african_penguin"),
        (a + "new_england", "exhibits", "animal:african_penguin"),
        (a + "new_england", "exhibits", "animal:green_sea_turtle"),
        (a + "tennessee", "exhibits", "animal:river_otter"),
        (a + "the_deep", "exhibits", "animal:gentoo_penguin"),
        # part_of
        (a + "georgia", "part_of", "complex:pemberton_place"),
        (a + "oceanario_lisboa", "part_of", "complex:parque_das_nacoes"),
        (a + "oceanografic", "part_of", "complex:city_of_arts_and_sciences"),
        (a + "sea_singapore", "part_of", "complex:resorts_world_sentosa"),
        (a + "genoa", "part_of", "complex:porto_antico"),
        (a + "two_oceans", "part_of", "complex:va_waterfront"),
        # ratings
        ("user:ana", "rated", a + "monterey_bay", {"rating": 5.0}),
        ("user:ana", "rated", a + "georgia", {"rating": 4.5}),
        ("user:ana", "rated", a + "shedd", {"rating": 2.0}),
        ("user:ana", "rated", a + "kaiyukan", {"rating": 4.0}),
        ("user:ben", "rated", a + "oceanario_lisboa", {"rating": 5.0}),
        ("user:ben", "rated", a + "genoa", {"rating": 3.5}),
        ("user:ben", "rated", a + "oceanografic", {"rating": 1.5}),
        ("user:ben", "rated", a + "the_deep", {"rating": 4.0}),
        ("user:chen", "rated", a + "sea_singapore", {"rating": 4.5}),
        ("user:chen", "rated", a + "churaumi", {"rating": 5.0}),
        ("user:chen", "rated", a + "sea_life_sydney", {"rating": 2.5}),
        ("user:chen", "rated", a + "kaiyukan", {"rating": 3.0}),
        ("user:dara", "rated", a + "new_england", {"rating": 4.0}),
        ("user:dara", "rated", a + "national_baltimore", {"rating": 1.0}),
        ("user:dara", "rated", a + "tennessee", {"rating": 4.5}),
        ("user:dara", "rated", a + "vancouver", {"rating": 3.0}),
        ("user:emil", "rated", a + "monaco", {"rating": 5.0}),
        ("user:emil", "rated", a + "two_oceans", {"rating": 2.0}),
        ("user:emil", "rated", a + "ripleys_canada", {"rating": 3.5}),
        ("user:emil", "rated", a + "blue_planet", {"rating": 4.5}),
    ]


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind174")
