"""A small airships graph (blind292): real airships, who built, designed and flew them."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("airship",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built",
                 domain=("airship",), range=("company",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("airship",), range=("person",)),
    kgx.Relation("operated_by", phrase="was operated by", inverse_phrase="operated",
                 domain=("airship",), range=("operator",)),
    kgx.Relation("lifting_gas", phrase="was filled with", inverse_phrase="filled",
                 domain=("airship",), range=("gas",)),
    kgx.Relation("has_structure", phrase="is a", inverse_phrase="is the design of",
                 domain=("airship",), range=("structure",)),
    kgx.Relation("built_in", phrase="was built in", inverse_phrase="was the construction site of",
                 domain=("airship",), range=("place",)),
]

# year = year of the airship's first flight
AIRSHIPS = [
    ("hindenburg", "LZ 129 Hindenburg", 1936, ("Hindenburg",)),
    ("graf_zeppelin", "LZ 127 Graf Zeppelin", 1928, ("Graf Zeppelin",)),
    ("graf_zeppelin_ii", "LZ 130 Graf Zeppelin II", 1938, ("Graf Zeppelin II",)),
    ("los_angeles", "USS Los Angeles", 1924, ("LZ 126", "ZR-3")),
    ("schwaben", "LZ 10 Schwaben", 1911, ("Schwaben",)),
    ("lz1", "LZ 1", 1900, ()),
    ("akron", "USS Akron", 1931, ("ZRS-4",)),
    ("macon", "USS Macon", 1933, ("ZRS-5",)),
    ("shenandoah", "USS Shenandoah", 1923, ("ZR-1",)),
    ("r101", "R101", 1929, ()),
    ("r100", "R100", 1929, ()),
    ("r34", "R34", 1919, ()),
    ("norge", "Norge", 1924, ("N-1",)),
    ("la_france", "La France", 1884, ()),
    ("santos_dumont_6", "Santos-Dumont No. 6", 1901, ()),
    ("zeppelin_nt", "Zeppelin NT", 1997, ()),
    ("airlander_10", "Airlander 10", 2016, ()),
]

ATTRIBUTES = [
    ("company:luftschiffbau_zeppelin", "company", "Luftschiffbau Zeppelin"),
    ("company:goodyear_zeppelin", "company", "Goodyear-Zeppelin Corporation"),
    ("company:naval_aircraft_factory", "company", "Naval Aircraft Factory"),
    ("company:royal_airship_works", "company", "Royal Airship Works"),
    ("company:airship_guarantee", "company", "Airship Guarantee Company"),
    ("company:beardmore", "company", "William Beardmore and Company"),
    ("company:zeppelin_luftschifftechnik", "company", "Zeppelin Luftschifftechnik"),
    ("company:hybrid_air_vehicles", "company", "Hybrid Air Vehicles"),
    ("person:ludwig_durr", "person", "Ludwig Dürr"),
    ("person:karl_arnstein", "person", "Karl Arnstein"),
    ("person:barnes_wallis", "person", "Barnes Wallis"),
    ("person:vincent_richmond", "person", "Vincent Richmond"),
    ("person:umberto_nobile", "person", "Umberto Nobile"),
    ("person:charles_renard", "person", "Charles Renard"),
    ("person:arthur_krebs", "person", "Arthur Krebs"),
    ("person:alberto_santos_dumont", "person", "Alberto Santos-Dumont"),
    ("person:ferdinand_von_zeppelin", "person", "Ferdinand von Zeppelin"),
    ("operator:dzr", "operator", "Deutsche Zeppelin-Reederei"),
    ("operator:delag", "operator", "DELAG"),
    ("operator:us_navy", "operator", "United States Navy"),
    ("operator:raf", "operator", "Royal Air Force"),
    ("operator:french_army", "operator", "French Army"),
    ("gas:hydrogen", "gas", "hydrogen"),
    ("gas:helium", "gas", "helium"),
    ("structure:rigid", "structure", "rigid airship"),
    ("structure:semi_rigid", "structure", "semi-rigid airship"),
    ("structure:non_rigid", "structure", "non-rigid airship"),
    ("structure:hybrid", "structure", "hybrid airship"),
    ("place:friedrichshafen", "place", "Friedrichshafen"),
    ("place:akron", "place", "Akron"),
    ("place:cardington", "place", "Cardington"),
    ("place:howden", "place", "Howden"),
    ("place:inchinnan", "place", "Inchinnan"),
    ("place:rome", "place", "Rome"),
    ("place:meudon", "place", "Meudon"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"airship:{slug}", kind="item", type="airship", label=label,
                      aliases=aliases, attrs={"year": year})
           for slug, label, year, aliases in AIRSHIPS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    def a(s):
        return f"airship:{s}"
    out = []
    built_by = {
        "company:luftschiffbau_zeppelin": ["hindenburg", "graf_zeppelin", "graf_zeppelin_ii", "los_angeles", "schwaben"],
        "company:goodyear_zeppelin": ["akron", "macon"],
        "company:naval_aircraft_factory": ["shenandoah"],
        "company:royal_airship_works": ["r101"],
        "company:airship_guarantee": ["r100"],
        "company:beardmore": ["r34"],
        "company:zeppelin_luftschifftechnik": ["zeppelin_nt"],
        "company:hybrid_air_vehicles": ["airlander_10"],
    }
    designed_by = {
        "person:ludwig_durr": ["hindenburg", "graf_zeppelin", "graf_zeppelin_ii", "los_angeles", "schwaben"],
        "person:karl_arnstein": ["akron", "macon"],
        "person:barnes_wallis": ["r100"],
        "person:vincent_richmond": ["r101"],
        "person:umberto_nobile": ["norge"],
        "person:charles_renard": ["la_france"],
        "person:arthur_krebs": ["la_france"],
        "person:alberto_santos_dumont": ["santos_dumont_6"],
        "person:ferdinand_von_zeppelin": ["lz1"],
    }
    operated_by = {
        "operator:dzr": ["hindenburg", "graf_zeppelin"],
        "operator:delag": ["schwaben"],
        "operator:us_navy": ["akron", "macon", "shenandoah", "los_angeles"],
        "operator:raf": ["r34"],
        "operator:french_army": ["la_france"],
    }
    lifting_gas = {
        "gas:hydrogen": ["hindenburg", "graf_zeppelin", "graf_zeppelin_ii", "schwaben", "lz1", "r101",
                         "r100", "r34", "norge", "la_france", "santos_dumont_6"],
        "gas:helium": ["akron", "macon", "shenandoah", "los_angeles", "zeppelin_nt", "airlander_10"],
    }
    has_structure = {
        "structure:rigid": ["hindenburg", "graf_zeppelin", "graf_zeppelin_ii", "los_angeles", "schwaben",
                            "lz1", "akron", "macon", "shenandoah", "r101", "r100", "r34"],
        "structure:semi_rigid": ["norge", "zeppelin_nt"],
        "structure:non_rigid": ["la_france", "santos_dumont_6"],
        "structure:hybrid": ["airlander_10"],
    }
    built_in = {
        "place:friedrichshafen": ["hindenburg", "graf_zeppelin", "graf_zeppelin_ii", "los_angeles",
                                  "schwaben", "zeppelin_nt"],
        "place:akron": ["akron", "macon"],
        "place:cardington": ["r101"],
        "place:howden": ["r100"],
        "place:inchinnan": ["r34"],
        "place:rome": ["norge"],
        "place:meudon": ["la_france"],
    }
    for rel, table in [("built_by", built_by), ("designed_by", designed_by), ("operated_by", operated_by),
                       ("lifting_gas", lifting_gas), ("has_structure", has_structure), ("built_in", built_in)]:
        for tail, ships in table.items():
            out += [(a(s), rel, tail) for s in ships]
    ratings = {
        "ana": [("hindenburg", 5.0), ("akron", 4.0), ("r101", 1.5), ("norge", 3.0)],
        "ben": [("graf_zeppelin", 4.5), ("macon", 2.0), ("zeppelin_nt", 3.5), ("la_france", 5.0)],
        "chen": [("r100", 4.0), ("r34", 1.0), ("shenandoah", 3.0), ("airlander_10", 4.5)],
        "dara": [("santos_dumont_6", 5.0), ("lz1", 2.5), ("los_angeles", 4.0), ("graf_zeppelin_ii", 0.5)],
        "emil": [("schwaben", 3.5), ("hindenburg", 2.0), ("norge", 4.5), ("r101", 5.0)],
    }
    for u, rs in ratings.items():
        out += [(f"user:{u}", "rated", a(s), {"rating": r}) for s, r in rs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind292")
