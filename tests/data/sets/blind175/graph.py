"""blind175: a small graph of natural lakes.

Each lake's ``year`` is the year it was first reached by a European
expedition (the explorers are linked through ``reached_by``).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("lake",)),
    kgx.Relation("located_in", phrase="lies in", inverse_phrase="is home to",
                 domain=("lake",), range=("country",)),
    kgx.Relation("reached_by", phrase="was reached by", inverse_phrase="reached",
                 domain=("lake",), range=("person",)),
    kgx.Relation("drained_by", phrase="is drained by", inverse_phrase="drains",
                 domain=("lake",), range=("river",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                 domain=("lake",), range=("person",)),
    kgx.Relation("lake_type", phrase="is a", inverse_phrase="is the kind of",
                 domain=("lake",), range=("lake_type",)),
]

# slug, label, year first reached by a European expedition
LAKES = [
    ("victoria", "Lake Victoria", 1858),
    ("tanganyika", "Lake Tanganyika", 1858),
    ("malawi", "Lake Malawi", 1859),
    ("albert", "Lake Albert", 1864),
    ("turkana", "Lake Turkana", 1888),
    ("baikal", "Lake Baikal", 1643),
    ("tahoe", "Lake Tahoe", 1844),
    ("crater_lake", "Crater Lake", 1853),
    ("champlain", "Lake Champlain", 1609),
    ("louise", "Lake Louise", 1882),
    ("great_salt_lake", "Great Salt Lake", 1824),
    ("eyre", "Lake Eyre", 1840),
    ("chad", "Lake Chad", 1823),
    ("michigan", "Lake Michigan", 1634),
    ("erie", "Lake Erie", 1669),
    ("mweru", "Lake Mweru", 1867),
    ("bangweulu", "Lake Bangweulu", 1868),
    ("edward", "Lake Edward", 1888),
    ("ngami", "Lake Ngami", 1849),
]

COUNTRIES = {
    "uganda": "Uganda", "kenya": "Kenya", "tanzania": "Tanzania",
    "dr_congo": "Democratic Republic of the Congo", "burundi": "Burundi",
    "zambia": "Zambia", "malawi": "Malawi", "mozambique": "Mozambique",
    "ethiopia": "Ethiopia", "russia": "Russia", "united_states": "United States",
    "canada": "Canada", "australia": "Australia", "chad": "Chad",
    "cameroon": "Cameroon", "niger": "Niger", "nigeria": "Nigeria",
    "botswana": "Botswana",
}
COUNTRY_ALIASES = {"dr_congo": ("DR Congo", "the Congo"), "united_states": ("the United States", "USA")}

PEOPLE = {
    "john_hanning_speke": "John Hanning Speke",
    "richard_francis_burton": "Richard Francis Burton",
    "david_livingstone": "David Livingstone",
    "samuel_baker": "Samuel Baker",
    "samuel_teleki": "Samuel Teleki",
    "ludwig_von_hohnel": "Ludwig von Höhnel",
    "kurbat_ivanov": "Kurbat Ivanov",
    "john_c_fremont": "John C. Frémont",
    "john_wesley_hillman": "John Wesley Hillman",
    "samuel_de_champlain": "Samuel de Champlain",
    "tom_wilson": "Tom Wilson",
    "jim_bridger": "Jim Bridger",
    "edward_john_eyre": "Edward John Eyre",
    "dixon_denham": "Dixon Denham",
    "hugh_clapperton": "Hugh Clapperton",
    "walter_oudney": "Walter Oudney",
    "jean_nicolet": "Jean Nicolet",
    "louis_jolliet": "Louis Jolliet",
    "henry_morton_stanley": "Henry Morton Stanley",
    "william_cotton_oswell": "William Cotton Oswell",
    "queen_victoria": "Queen Victoria",
    "prince_albert": "Prince Albert",
    "edward_vii": "Edward VII",
    "princess_louise": "Princess Louise",
}
PEOPLE_ALIASES = {
    "prince_albert": ("Albert, Prince Consort",),
    "edward_vii": ("Albert Edward, Prince of Wales",),
    "princess_louise": ("Princess Louise, Duchess of Argyll",),
    "john_c_fremont": ("John C. Fremont", "John Charles Frémont"),
    "ludwig_von_hohnel": ("Ludwig von Hohnel",),
}

RIVERS = {
    "victoria_nile": "Victoria Nile", "lukuga": "Lukuga River", "shire": "Shire River",
    "albert_nile": "Albert Nile", "angara": "Angara River", "truckee": "Truckee River",
    "richelieu": "Richelieu River", "niagara": "Niagara River", "luvua": "Luvua River",
    "luapula": "Luapula River", "semliki": "Semliki River",
}

LAKE_TYPES = {
    "rift_lake": "Rift lake", "crater_lake": "Crater lake", "glacial_lake": "Glacial lake",
    "salt_lake": "Salt lake", "endorheic_lake": "Endorheic lake",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"lake:{s}", kind="item", type="lake", label=lab, attrs={"year": y})
           for s, lab, y in LAKES]
    out += [kgx.Entity(f"country:{s}", kind="attribute", type="country", label=lab,
                       aliases=COUNTRY_ALIASES.get(s, ())) for s, lab in COUNTRIES.items()]
    out += [kgx.Entity(f"person:{s}", kind="attribute", type="person", label=lab,
                       aliases=PEOPLE_ALIASES.get(s, ())) for s, lab in PEOPLE.items()]
    out += [kgx.Entity(f"river:{s}", kind="attribute", type="river", label=lab)
            for s, lab in RIVERS.items()]
    out += [kgx.Entity(f"lake_type:{s}", kind="attribute", type="lake_type", label=lab)
            for s, lab in LAKE_TYPES.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


LOCATED = {
    "victoria": ["uganda", "kenya", "tanzania"],
    "tanganyika": ["tanzania", "dr_congo", "burundi", "zambia"],
    "malawi": ["malawi", "mozambique", "tanzania"],
    "albert": ["uganda", "dr_congo"],
    "turkana": ["kenya", "ethiopia"],
    "baikal": ["russia"],
    "tahoe": ["united_states"],
    "crater_lake": ["united_states"],
    "champlain": ["united_states", "canada"],
    "louise": ["canada"],
    "great_salt_lake": ["united_states"],
    "eyre": ["australia"],
    "chad": ["chad", "cameroon", "niger", "nigeria"],
    "michigan": ["united_states"],
    "erie": ["united_states", "canada"],
    "mweru": ["zambia", "dr_congo"],
    "bangweulu": ["zambia"],
    "edward": ["dr_congo", "uganda"],
    "ngami": ["botswana"],
}

REACHED = {
    "victoria": ["john_hanning_speke"],
    "tanganyika": ["richard_francis_burton", "john_hanning_speke"],
    "malawi": ["david_livingstone"],
    "albert": ["samuel_baker"],
    "turkana": ["samuel_teleki", "ludwig_von_hohnel"],
    "baikal": ["kurbat_ivanov"],
    "tahoe": ["john_c_fremont"],
    "crater_lake": ["john_wesley_hillman"],
    "champlain": ["samuel_de_champlain"],
    "louise": ["tom_wilson"],
    "great_salt_lake": ["jim_bridger"],
    "eyre": ["edward_john_eyre"],
    "chad": ["dixon_denham", "hugh_clapperton", "walter_oudney"],
    "michigan": ["jean_nicolet"],
    "erie": ["louis_jolliet"],
    "mweru": ["david_livingstone"],
    "bangweulu": ["david_livingstone"],
    "edward": ["henry_morton_stanley"],
    "ngami": ["david_livingstone", "william_cotton_oswell"],
}

DRAINED = {
    "victoria": "victoria_nile", "tanganyika": "lukuga", "malawi": "shire",
    "albert": "albert_nile", "baikal": "angara", "tahoe": "truckee",
    "champlain": "richelieu", "erie": "niagara", "mweru": "luvua",
    "bangweulu": "luapula", "edward": "semliki",
}

NAMED = {
    "victoria": "queen_victoria", "albert": "prince_albert", "edward": "edward_vii",
    "champlain": "samuel_de_champlain", "louise": "princess_louise",
    "eyre": "edward_john_eyre",
}

TYPES = {
    "tanganyika": ["rift_lake"], "malawi": ["rift_lake"], "albert": ["rift_lake"],
    "edward": ["rift_lake"], "turkana": ["rift_lake", "endorheic_lake"],
    "baikal": ["rift_lake"], "crater_lake": ["crater_lake"],
    "louise": ["glacial_lake"], "michigan": ["glacial_lake"], "erie": ["glacial_lake"],
    "great_salt_lake": ["salt_lake", "endorheic_lake"],
    "eyre": ["salt_lake", "endorheic_lake"],
    "chad": ["endorheic_lake"], "ngami": ["endorheic_lake"],
}

RATINGS = {
    "ana": {"victoria": 4.5, "baikal": 5.0, "crater_lake": 2.0, "erie": 3.0},
    "ben": {"tanganyika": 1.5, "louise": 4.0, "tahoe": 5.0, "chad": 2.5},
    "chen": {"malawi": 4.0, "great_salt_lake": 1.0, "turkana": 3.5, "michigan": 4.5},
    "dara": {"champlain": 2.0, "eyre": 4.5, "albert": 3.0, "ngami": 5.0},
    "emil": {"edward": 4.0, "mweru": 1.5, "bangweulu": 3.5, "victoria": 2.0},
}


def rows():
    out = []
    for lake, cs in LOCATED.items():
        out += [(f"lake:{lake}", "located_in", f"country:{c}") for c in cs]
    for lake, ps in REACHED.items():
        out += [(f"lake:{lake}", "reached_by", f"person:{p}") for p in ps]
    for lake, r in DRAINED.items():
        out.append((f"lake:{lake}", "drained_by", f"river:{r}"))
    for lake, p in NAMED.items():
        out.append((f"lake:{lake}", "named_after", f"person:{p}"))
    for lake, ts in TYPES.items():
        out += [(f"lake:{lake}", "lake_type", f"lake_type:{t}") for t in ts]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"lake:{lake}", {"rating": r}) for lake, r in rs.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind175")
