"""blind186: a small knowledge graph of real geysers.

Each geyser (kind "item", type "geyser") carries a ``year`` attribute: the year it
enters the record -- named (the Yellowstone geysers named by the Washburn
Expedition in 1870), first recorded or mentioned (Geysir 1294, Strokkur 1789,
Steamboat 1878), first erupting (Waimangu 1900), discovered (Lady Knox 1906,
Pervenets 1941) or created by drilling (Andernach 1903, Crystal 1935,
Soda Springs 1937, Fly 1964).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("geyser",)),
    kgx.Relation("located_in", phrase="lies in", inverse_phrase="contains",
                 domain=("geyser",),
                 range=("geyser basin", "valley", "geothermal area", "peninsula", "county", "town")),
    kgx.Relation("in_country", phrase="is in", inverse_phrase="is home to",
                 domain=("geyser",), range=("country",)),
    kgx.Relation("protected_in", phrase="is protected within", inverse_phrase="protects",
                 domain=("geyser",), range=("national park", "nature reserve")),
    kgx.Relation("of_kind", phrase="is a", inverse_phrase="includes",
                 domain=("geyser",), range=("geyser kind",)),
    kgx.Relation("named_by", phrase="was named by", inverse_phrase="named",
                 domain=("geyser",), range=("expedition",)),
    kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
                 domain=("geyser",), range=("person",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns",
                 domain=("geyser",), range=("organisation",)),
]

_GEYSERS = [
    ("old_faithful", "Old Faithful", 1870),
    ("castle", "Castle Geyser", 1870),
    ("beehive", "Beehive Geyser", 1870),
    ("giantess", "Giantess Geyser", 1870),
    ("giant", "Giant Geyser", 1870),
    ("grotto", "Grotto Geyser", 1870),
    ("steamboat", "Steamboat Geyser", 1878),
    ("geysir", "Geysir", 1294),
    ("strokkur", "Strokkur", 1789),
    ("waimangu", "Waimangu Geyser", 1900),
    ("lady_knox", "Lady Knox Geyser", 1906),
    ("pervenets", "Pervenets Geyser", 1941),
    ("andernach", "Andernach Geyser", 1903),
    ("crystal", "Crystal Geyser", 1935),
    ("soda_springs", "Soda Springs Geyser", 1937),
    ("fly", "Fly Geyser", 1964),
]

_ATTRIBUTES = [
    ("area:upper_geyser_basin", "geyser basin", "Upper Geyser Basin"),
    ("area:norris_geyser_basin", "geyser basin", "Norris Geyser Basin"),
    ("area:haukadalur", "valley", "Haukadalur"),
    ("area:waimangu_valley", "valley", "Waimangu Volcanic Rift Valley"),
    ("area:wai_o_tapu", "geothermal area", "Wai-O-Tapu"),
    ("area:namedyer_werth", "peninsula", "Namedyer Werth"),
    ("area:grand_county", "county", "Grand County"),
    ("area:washoe_county", "county", "Washoe County"),
    ("area:soda_springs", "town", "Soda Springs"),
    ("country:usa", "country", "United States"),
    ("country:iceland", "country", "Iceland"),
    ("country:new_zealand", "country", "New Zealand"),
    ("country:russia", "country", "Russia"),
    ("country:germany", "country", "Germany"),
    ("park:yellowstone", "national park", "Yellowstone National Park"),
    ("park:kronotsky", "nature reserve", "Kronotsky Nature Reserve"),
    ("kind:cone", "geyser kind", "cone geyser"),
    ("kind:fountain", "geyser kind", "fountain geyser"),
    ("kind:cold_water", "geyser kind", "cold-water geyser"),
    ("org:washburn_expedition", "expedition", "Washburn Expedition"),
    ("person:tatyana_ustinova", "person", "Tatyana Ustinova"),
    ("person:anisifor_krupenin", "person", "Anisifor Krupenin"),
    ("org:burning_man_project", "organisation", "Burning Man Project"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"geyser:{slug}", kind="item", type="geyser", label=label,
                      attrs={"year": year}) for slug, label, year in _GEYSERS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label)
            for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    def g(s):
        return f"geyser:{s}"
    r = []
    # where they lie
    for s in ("old_faithful", "castle", "beehive", "giantess", "giant", "grotto"):
        r.append((g(s), "located_in", "area:upper_geyser_basin"))
    r += [
        (g("steamboat"), "located_in", "area:norris_geyser_basin"),
        (g("geysir"), "located_in", "area:haukadalur"),
        (g("strokkur"), "located_in", "area:haukadalur"),
        (g("waimangu"), "located_in", "area:waimangu_valley"),
        (g("lady_knox"), "located_in", "area:wai_o_tapu"),
        (g("andernach"), "located_in", "area:namedyer_werth"),
        (g("crystal"), "located_in", "area:grand_county"),
        (g("fly"), "located_in", "area:washoe_county"),
        (g("soda_springs"), "located_in", "area:soda_springs"),
    ]
    # countries
    for s in ("old_faithful", "castle", "beehive", "giantess", "giant", "grotto",
              "steamboat", "crystal", "soda_springs", "fly"):
        r.append((g(s), "in_country", "country:usa"))
    r += [
        (g("geysir"), "in_country", "country:iceland"),
        (g("strokkur"), "in_country", "country:iceland"),
        (g("waimangu"), "in_country", "country:new_zealand"),
        (g("lady_knox"), "in_country", "country:new_zealand"),
        (g("pervenets"), "in_country", "country:russia"),
        (g("andernach"), "in_country", "country:germany"),
    ]
    # protected areas
    for s in ("old_faithful", "castle", "beehive", "giantess", "giant", "grotto", "steamboat"):
        r.append((g(s), "protected_in", "park:yellowstone"))
    r.append((g("pervenets"), "protected_in", "park:kronotsky"))
    # kinds
    for s in ("old_faithful", "castle", "beehive", "giant"):
        r.append((g(s), "of_kind", "kind:cone"))
    for s in ("giantess", "strokkur"):
        r.append((g(s), "of_kind", "kind:fountain"))
    for s in ("andernach", "crystal", "soda_springs"):
        r.append((g(s), "of_kind", "kind:cold_water"))
    # naming, discovery, ownership
    for s in ("old_faithful", "castle", "beehive", "giantess", "giant", "grotto"):
        r.append((g(s), "named_by", "org:washburn_expedition"))
    r += [
        (g("pervenets"), "discovered_by", "person:tatyana_ustinova"),
        (g("pervenets"), "discovered_by", "person:anisifor_krupenin"),
        (g("fly"), "owned_by", "org:burning_man_project"),
    ]
    # ratings
    ratings = {
        "ana": [("old_faithful", 5.0), ("strokkur", 4.5), ("fly", 2.0), ("crystal", 3.0)],
        "ben": [("steamboat", 4.0), ("geysir", 1.5), ("castle", 5.0), ("andernach", 3.5)],
        "chen": [("beehive", 4.5), ("waimangu", 2.5), ("soda_springs", 1.0), ("pervenets", 5.0)],
        "dara": [("lady_knox", 2.0), ("giant", 4.0), ("grotto", 3.5), ("old_faithful", 1.5)],
        "emil": [("giantess", 5.0), ("fly", 4.5), ("strokkur", 1.0), ("crystal", 4.0)],
    }
    for u, rs in ratings.items():
        for s, val in rs:
            r.append((f"user:{u}", "rated", g(s), {"rating": val}))
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind186")
