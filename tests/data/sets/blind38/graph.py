"""A small national-parks graph for the blind38 held-out evaluation set.

Pure code, no data files: ``build()`` returns a ``kgexplain.KnowledgeGraph`` with
national parks (items, with their founding year), the countries or states they lie in,
the agencies that manage them, landmarks, animals and nearby towns (attributes), and a
few travellers (users) who rated the parks they visited. Relations declare only
``phrase`` / ``inverse_phrase``, as a new user of the library would.
"""

from __future__ import annotations

import kgexplain as kgx

PARKS = {
    # id: (label, year founded, short name)
    "park:yellowstone": ("Yellowstone National Park", 1872, "Yellowstone"),
    "park:yosemite": ("Yosemite National Park", 1890, "Yosemite"),
    "park:grand_canyon": ("Grand Canyon National Park", 1919, "Grand Canyon"),
    "park:zion": ("Zion National Park", 1919, "Zion"),
    "park:glacier": ("Glacier National Park", 1910, "Glacier"),
    "park:banff": ("Banff National Park", 1885, "Banff"),
    "park:jasper": ("Jasper National Park", 1907, "Jasper"),
    "park:kruger": ("Kruger National Park", 1926, "Kruger"),
    "park:serengeti": ("Serengeti National Park", 1951, "Serengeti"),
    "park:torres_del_paine": ("Torres del Paine National Park", 1959, "Torres del Paine"),
    "park:fiordland": ("Fiordland National Park", 1952, "Fiordland"),
    "park:great_smoky": ("Great Smoky Mountains National Park", 1934, "Great Smoky Mountains"),
    "park:denali": ("Denali National Park", 1917, "Denali"),
}

ATTRIBUTES = {
    # countries or states
    "region:wyoming": ("region", "Wyoming"),
    "region:montana": ("region", "Montana"),
    "region:california": ("region", "California"),
    "region:arizona": ("region", "Arizona"),
    "region:utah": ("region", "Utah"),
    "region:alberta": ("region", "Alberta"),
    "region:south_africa": ("region", "South Africa"),
    "region:tanzania": ("region", "Tanzania"),
    "region:chile": ("region", "Chile"),
    "region:new_zealand": ("region", "New Zealand"),
    "region:tennessee": ("region", "Tennessee"),
    "region:alaska": ("region", "Alaska"),
    # managing agencies
    "agency:nps": ("agency", "National Park Service"),
    "agency:parks_canada": ("agency", "Parks Canada"),
    "agency:sanparks": ("agency", "South African National Parks"),
    "agency:tanapa": ("agency", "Tanzania National Parks"),
    "agency:conaf": ("agency", "CONAF"),
    "agency:doc": ("agency", "Department of Conservation"),
    # landmarks
    "landmark:old_faithful": ("landmark", "Old Faithful"),
    "landmark:grand_prismatic": ("landmark", "Grand Prismatic Spring"),
    "landmark:half_dome": ("landmark", "Half Dome"),
    "landmark:el_capitan": ("landmark", "El Capitan"),
    "landmark:desert_view": ("landmark", "Desert View Watchtower"),
    "landmark:angels_landing": ("landmark", "Angels Landing"),
    "landmark:going_to_the_sun": ("landmark", "Going-to-the-Sun Road"),
    "landmark:lake_louise": ("landmark", "Lake Louise"),
    "landmark:maligne_lake": ("landmark", "Maligne Lake"),
    "landmark:milford_sound": ("landmark", "Milford Sound"),
    "landmark:clingmans_dome": ("landmark", "Clingmans Dome"),
    # animals
    "animal:grizzly_bear": ("animal", "grizzly bear"),
    "animal:bison": ("animal", "bison"),
    "animal:gray_wolf": ("animal", "gray wolf"),
    "animal:black_bear": ("animal", "black bear"),
    "animal:bighorn_sheep": ("animal", "bighorn sheep"),
    "animal:elk": ("animal", "elk"),
    "animal:caribou": ("animal", "caribou"),
    "animal:lion": ("animal", "lion"),
    "animal:african_elephant": ("animal", "African elephant"),
    "animal:puma": ("animal", "puma"),
    # nearby towns
    "town:gardiner": ("town", "Gardiner"),
    "town:west_yellowstone": ("town", "West Yellowstone"),
    "town:mariposa": ("town", "Mariposa"),
    "town:springdale": ("town", "Springdale"),
    "town:west_glacier": ("town", "West Glacier"),
    "town:canmore": ("town", "Canmore"),
    "town:hinton": ("town", "Hinton"),
    "town:puerto_natales": ("town", "Puerto Natales"),
    "town:te_anau": ("town", "Te Anau"),
    "town:gatlinburg": ("town", "Gatlinburg"),
}

USERS = {
    "user:ana": "Ana",
    "user:ben": "Ben",
    "user:chidi": "Chidi",
    "user:dana": "Dana",
    "user:erik": "Erik",
}

FACTS = [
    # park, regions, agency, landmarks, animals, towns
    ("park:yellowstone", ["region:wyoming", "region:montana"], "agency:nps",
     ["landmark:old_faithful", "landmark:grand_prismatic"],
     ["animal:grizzly_bear", "animal:bison", "animal:gray_wolf", "animal:elk"],
     ["town:gardiner", "town:west_yellowstone"]),
    ("park:yosemite", ["region:california"], "agency:nps",
     ["landmark:half_dome", "landmark:el_capitan"], ["animal:black_bear"], ["town:mariposa"]),
    ("park:grand_canyon", ["region:arizona"], "agency:nps",
     ["landmark:desert_view"], ["animal:bighorn_sheep"], []),
    ("park:zion", ["region:utah"], "agency:nps",
     ["landmark:angels_landing"], ["animal:bighorn_sheep", "animal:puma"], ["town:springdale"]),
    ("park:glacier", ["region:montana"], "agency:nps",
     ["landmark:going_to_the_sun"], ["animal:grizzly_bear", "animal:bighorn_sheep"],
     ["town:west_glacier"]),
    ("park:banff", ["region:alberta"], "agency:parks_canada",
     ["landmark:lake_louise"], ["animal:grizzly_bear", "animal:elk"], ["town:canmore"]),
    ("park:jasper", ["region:alberta"], "agency:parks_canada",
     ["landmark:maligne_lake"], ["animal:elk", "animal:caribou", "animal:gray_wolf"],
     ["town:hinton"]),
    ("park:kruger", ["region:south_africa"], "agency:sanparks",
     [], ["animal:lion", "animal:african_elephant"], []),
    ("park:serengeti", ["region:tanzania"], "agency:tanapa", [], ["animal:lion"], []),
    ("park:torres_del_paine", ["region:chile"], "agency:conaf", [], ["animal:puma"],
     ["town:puerto_natales"]),
    ("park:fiordland", ["region:new_zealand"], "agency:doc",
     ["landmark:milford_sound"], [], ["town:te_anau"]),
    ("park:great_smoky", ["region:tennessee"], "agency:nps",
     ["landmark:clingmans_dome"], ["animal:black_bear", "animal:elk"], ["town:gatlinburg"]),
    ("park:denali", ["region:alaska"], "agency:nps", [],
     ["animal:grizzly_bear", "animal:caribou", "animal:gray_wolf"], []),
]

RATINGS = [
    ("user:ana", "park:yellowstone", 5),
    ("user:ana", "park:banff", 4),
    ("user:ana", "park:zion", 2),
    ("user:ana", "park:kruger", 5),
    ("user:ben", "park:yosemite", 5),
    ("user:ben", "park:grand_canyon", 3),
    ("user:ben", "park:denali", 4),
    ("user:ben", "park:great_smoky", 1),
    ("user:chidi", "park:serengeti", 5),
    ("user:chidi", "park:torres_del_paine", 4),
    ("user:chidi", "park:jasper", 3),
    ("user:chidi", "park:yellowstone", 2),
    ("user:dana", "park:glacier", 5),
    ("user:dana", "park:fiordland", 4),
    ("user:dana", "park:zion", 5),
    ("user:dana", "park:banff", 2),
    ("user:erik", "park:jasper", 5),
    ("user:erik", "park:great_smoky", 4),
    ("user:erik", "park:kruger", 3),
    ("user:erik", "park:grand_canyon", 4),
]

RELATIONS = [
    kgx.Relation("visited", phrase="visited", inverse_phrase="was visited by",
                 domain=("user",), range=("park",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="contains",
                 domain=("park",), range=("region",)),
    kgx.Relation("managed_by", phrase="is managed by", inverse_phrase="manages",
                 domain=("park",), range=("agency",)),
    kgx.Relation("has_landmark", phrase="has the landmark", inverse_phrase="is a landmark of",
                 domain=("park",), range=("landmark",)),
    kgx.Relation("home_to", phrase="is home to", inverse_phrase="lives in",
                 domain=("park",), range=("animal",)),
    kgx.Relation("near_town", phrase="is near the town of", inverse_phrase="is a gateway town for",
                 domain=("park",), range=("town",)),
]


def rows() -> list[tuple]:
    out: list[tuple] = []
    for park, regions, agency, landmarks, animals, towns in FACTS:
        out += [(park, "located_in", r) for r in regions]
        out.append((park, "managed_by", agency))
        out += [(park, "has_landmark", lm) for lm in landmarks]
        out += [(park, "home_to", a) for a in animals]
        out += [(park, "near_town", t) for t in towns]
    out += [(u, "visited", p, {"rating": float(s)}) for u, p, s in RATINGS]
    return out


def entities() -> list[kgx.Entity]:
    ents = [
        kgx.Entity(i, kind="item", type="park", label=lab, aliases=(short,), attrs={"year": year})
        for i, (lab, year, short) in PARKS.items()
    ]
    ents += [kgx.Entity(i, kind="attribute", type=t, label=lab) for i, (t, lab) in ATTRIBUTES.items()]
    ents += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in USERS.items()]
    return ents


def build() -> kgx.KnowledgeGraph:
    """The blind38 national-parks graph (13 parks, 49 attributes, 5 travellers)."""
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind38")
