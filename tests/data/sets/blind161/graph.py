"""A small nature reserves graph (blind writer blind161).

Items are real nature reserves and protected areas; ``year`` is the year each was
established (or first set aside as a reserve).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("reserve",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="contains",
                 domain=("reserve",), range=("country",)),
    kgx.Relation("managed_by", phrase="is managed by", inverse_phrase="manages",
                 domain=("reserve",), range=("organisation",)),
    kgx.Relation("protects", phrase="protects", inverse_phrase="is protected at",
                 domain=("reserve",), range=("species",)),
    kgx.Relation("designated_as", phrase="is designated a", inverse_phrase="is the designation of",
                 domain=("reserve",), range=("designation",)),
    kgx.Relation("borders", phrase="borders", inverse_phrase="is bordered by",
                 domain=("reserve",), range=("water_body",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("reserve",), range=("person",)),
]

_RESERVES = [
    ("minsmere", "RSPB Minsmere", 1947),
    ("wicken_fen", "Wicken Fen", 1899),
    ("blakeney_point", "Blakeney Point", 1912),
    ("cley_marshes", "Cley Marshes", 1926),
    ("slimbridge", "WWT Slimbridge", 1946),
    ("skomer", "Skomer Island", 1959),
    ("farne_islands", "Farne Islands", 1925),
    ("beinn_eighe", "Beinn Eighe", 1951),
    ("naardermeer", "Naardermeer", 1906),
    ("camargue", "Camargue National Nature Reserve", 1927),
    ("donana", "Doñana National Park", 1969),
    ("bialowieza", "Białowieża National Park", 1932),
    ("ngorongoro", "Ngorongoro Conservation Area", 1959),
    ("masai_mara", "Maasai Mara National Reserve", 1961),
    ("moremi", "Moremi Game Reserve", 1963),
    ("pelican_island", "Pelican Island National Wildlife Refuge", 1903),
    ("arctic_refuge", "Arctic National Wildlife Refuge", 1960),
    ("kapiti", "Kapiti Island", 1897),
    ("galapagos", "Galápagos National Park", 1959),
]

_ATTRIBUTES = [
    # countries
    ("country:england", "country", "England"),
    ("country:wales", "country", "Wales"),
    ("country:scotland", "country", "Scotland"),
    ("country:netherlands", "country", "Netherlands"),
    ("country:france", "country", "France"),
    ("country:spain", "country", "Spain"),
    ("country:poland", "country", "Poland"),
    ("country:tanzania", "country", "Tanzania"),
    ("country:kenya", "country", "Kenya"),
    ("country:botswana", "country", "Botswana"),
    ("country:united_states", "country", "United States"),
    ("country:new_zealand", "country", "New Zealand"),
    ("country:ecuador", "country", "Ecuador"),
    # organisations
    ("org:rspb", "organisation", "RSPB"),
    ("org:national_trust", "organisation", "National Trust"),
    ("org:norfolk_wildlife_trust", "organisation", "Norfolk Wildlife Trust"),
    ("org:wwt", "organisation", "Wildfowl & Wetlands Trust"),
    ("org:wtsww", "organisation", "Wildlife Trust of South and West Wales"),
    ("org:naturescot", "organisation", "NatureScot"),
    ("org:natuurmonumenten", "organisation", "Natuurmonumenten"),
    ("org:snpn", "organisation", "Société nationale de protection de la nature"),
    ("org:ncaa", "organisation", "Ngorongoro Conservation Area Authority"),
    ("org:narok_county", "organisation", "Narok County Government"),
    ("org:usfws", "organisation", "U.S. Fish and Wildlife Service"),
    ("org:doc", "organisation", "Department of Conservation"),
    ("org:gnpd", "organisation", "Galápagos National Park Directorate"),
    # species
    ("species:avocet", "species", "Avocet"),
    ("species:bittern", "species", "Bittern"),
    ("species:marsh_harrier", "species", "Marsh harrier"),
    ("species:grey_seal", "species", "Grey seal"),
    ("species:common_seal", "species", "Common seal"),
    ("species:atlantic_puffin", "species", "Atlantic puffin"),
    ("species:manx_shearwater", "species", "Manx shearwater"),
    ("species:arctic_tern", "species", "Arctic tern"),
    ("species:bewicks_swan", "species", "Bewick's swan"),
    ("species:golden_eagle", "species", "Golden eagle"),
    ("species:pine_marten", "species", "Pine marten"),
    ("species:great_cormorant", "species", "Great cormorant"),
    ("species:purple_heron", "species", "Purple heron"),
    ("species:greater_flamingo", "species", "Greater flamingo"),
    ("species:iberian_lynx", "species", "Iberian lynx"),
    ("species:spanish_imperial_eagle", "species", "Spanish imperial eagle"),
    ("species:european_bison", "species", "European bison"),
    ("species:black_rhinoceros", "species", "Black rhinoceros"),
    ("species:lion", "species", "Lion"),
    ("species:cheetah", "species", "Cheetah"),
    ("species:african_wild_dog", "species", "African wild dog"),
    ("species:brown_pelican", "species", "Brown pelican"),
    ("species:caribou", "species", "Caribou"),
    ("species:polar_bear", "species", "Polar bear"),
    ("species:little_spotted_kiwi", "species", "Little spotted kiwi"),
    ("species:takahe", "species", "Takahē"),
    ("species:galapagos_tortoise", "species", "Galápagos giant tortoise"),
    # designations
    ("designation:ramsar", "designation", "Ramsar site"),
    ("designation:world_heritage", "designation", "UNESCO World Heritage Site"),
    ("designation:nnr", "designation", "National Nature Reserve"),
    ("designation:sssi", "designation", "Site of Special Scientific Interest"),
    # water bodies
    ("water:north_sea", "water_body", "North Sea"),
    ("water:severn_estuary", "water_body", "Severn Estuary"),
    ("water:mediterranean", "water_body", "Mediterranean Sea"),
    ("water:atlantic", "water_body", "Atlantic Ocean"),
    ("water:indian_river_lagoon", "water_body", "Indian River Lagoon"),
    ("water:beaufort_sea", "water_body", "Beaufort Sea"),
    ("water:pacific", "water_body", "Pacific Ocean"),
    # people
    ("person:peter_scott", "person", "Peter Scott"),
    ("person:theodore_roosevelt", "person", "Theodore Roosevelt"),
    ("person:sydney_long", "person", "Sydney Long"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"reserve:{slug}", kind="item", type="reserve", label=label,
                      attrs={"year": year})
           for slug, label, year in _RESERVES]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label)
            for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "minsmere": {
        "located_in": ["country:england"], "managed_by": ["org:rspb"],
        "protects": ["species:avocet", "species:bittern", "species:marsh_harrier"],
        "designated_as": ["designation:ramsar", "designation:sssi"],
        "borders": ["water:north_sea"],
    },
    "wicken_fen": {
        "located_in": ["country:england"], "managed_by": ["org:national_trust"],
        "designated_as": ["designation:nnr", "designation:ramsar"],
    },
    "blakeney_point": {
        "located_in": ["country:england"], "managed_by": ["org:national_trust"],
        "protects": ["species:grey_seal", "species:common_seal"],
        "designated_as": ["designation:nnr"],
        "borders": ["water:north_sea"],
    },
    "cley_marshes": {
        "located_in": ["country:england"], "managed_by": ["org:norfolk_wildlife_trust"],
        "protects": ["species:avocet", "species:bittern"],
        "designated_as": ["designation:sssi"],
        "borders": ["water:north_sea"],
        "founded_by": ["person:sydney_long"],
    },
    "slimbridge": {
        "located_in": ["country:england"], "managed_by": ["org:wwt"],
        "protects": ["species:bewicks_swan"],
        "designated_as": ["designation:ramsar"],
        "borders": ["water:severn_estuary"],
        "founded_by": ["person:peter_scott"],
    },
    "skomer": {
        "located_in": ["country:wales"], "managed_by": ["org:wtsww"],
        "protects": ["species:atlantic_puffin", "species:manx_shearwater"],
        "designated_as": ["designation:nnr"],
    },
    "farne_islands": {
        "located_in": ["country:england"], "managed_by": ["org:national_trust"],
        "protects": ["species:atlantic_puffin", "species:grey_seal", "species:arctic_tern"],
        "borders": ["water:north_sea"],
    },
    "beinn_eighe": {
        "located_in": ["country:scotland"], "managed_by": ["org:naturescot"],
        "protects": ["species:golden_eagle", "species:pine_marten"],
        "designated_as": ["designation:nnr"],
    },
    "naardermeer": {
        "located_in": ["country:netherlands"], "managed_by": ["org:natuurmonumenten"],
        "protects": ["species:great_cormorant", "species:purple_heron"],
    },
    "camargue": {
        "located_in": ["country:france"], "managed_by": ["org:snpn"],
        "protects": ["species:greater_flamingo"],
        "designated_as": ["designation:ramsar"],
        "borders": ["water:mediterranean"],
    },
    "donana": {
        "located_in": ["country:spain"],
        "protects": ["species:iberian_lynx", "species:spanish_imperial_eagle"],
        "designated_as": ["designation:world_heritage", "designation:ramsar"],
        "borders": ["water:atlantic"],
    },
    "bialowieza": {
        "located_in": ["country:poland"],
        "protects": ["species:european_bison"],
        "designated_as": ["designation:world_heritage"],
    },
    "ngorongoro": {
        "located_in": ["country:tanzania"], "managed_by": ["org:ncaa"],
        "protects": ["species:black_rhinoceros", "species:lion"],
        "designated_as": ["designation:world_heritage"],
    },
    "masai_mara": {
        "located_in": ["country:kenya"], "managed_by": ["org:narok_county"],
        "protects": ["species:lion", "species:cheetah"],
    },
    "moremi": {
        "located_in": ["country:botswana"],
        "protects": ["species:african_wild_dog", "species:lion"],
    },
    "pelican_island": {
        "located_in": ["country:united_states"], "managed_by": ["org:usfws"],
        "protects": ["species:brown_pelican"],
        "borders": ["water:indian_river_lagoon"],
        "founded_by": ["person:theodore_roosevelt"],
    },
    "arctic_refuge": {
        "located_in": ["country:united_states"], "managed_by": ["org:usfws"],
        "protects": ["species:caribou", "species:polar_bear"],
        "borders": ["water:beaufort_sea"],
    },
    "kapiti": {
        "located_in": ["country:new_zealand"], "managed_by": ["org:doc"],
        "protects": ["species:little_spotted_kiwi", "species:takahe"],
    },
    "galapagos": {
        "located_in": ["country:ecuador"], "managed_by": ["org:gnpd"],
        "protects": ["species:galapagos_tortoise"],
        "designated_as": ["designation:world_heritage"],
        "borders": ["water:pacific"],
    },
}

_RATINGS = {
    "ana": {"minsmere": 5.0, "cley_marshes": 4.5, "slimbridge": 4.0, "galapagos": 1.5},
    "ben": {"masai_mara": 5.0, "ngorongoro": 4.0, "arctic_refuge": 2.0, "farne_islands": 3.0},
    "chen": {"bialowieza": 4.5, "beinn_eighe": 5.0, "donana": 1.0, "kapiti": 3.5},
    "dara": {"skomer": 4.0, "farne_islands": 5.0, "camargue": 2.5, "pelican_island": 1.0},
    "emil": {"naardermeer": 3.0, "wicken_fen": 4.5, "blakeney_point": 2.0, "moremi": 5.0},
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tails in facts.items():
            for tail in tails:
                out.append((f"reserve:{slug}", rel, tail))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"reserve:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind161")
