"""A small amusement parks graph (blind179)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("park",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("park",), range=("city",)),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("park",), range=("company",)),
    kgx.Relation("has_ride", phrase="features", inverse_phrase="is a ride at", domain=("park",), range=("ride",)),
    kgx.Relation("park_kind", phrase="is a", inverse_phrase="is the kind of park of", domain=("park",), range=("park type",)),
    kgx.Relation("coaster_type", phrase="is a", inverse_phrase="is the coaster type of", domain=("ride",), range=("coaster type",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built", domain=("ride",), range=("manufacturer",)),
]

PARKS = [
    # slug, label, year opened
    ("disneyland", "Disneyland", 1955),
    ("magic_kingdom", "Magic Kingdom", 1971),
    ("tokyo_disneyland", "Tokyo Disneyland", 1983),
    ("tivoli_gardens", "Tivoli Gardens", 1843),
    ("efteling", "Efteling", 1952),
    ("europa_park", "Europa-Park", 1975),
    ("cedar_point", "Cedar Point", 1870),
    ("blackpool_pleasure_beach", "Blackpool Pleasure Beach", 1896),
    ("alton_towers", "Alton Towers", 1980),
    ("six_flags_over_texas", "Six Flags Over Texas", 1961),
    ("universal_studios_florida", "Universal Studios Florida", 1990),
    ("kings_island", "Kings Island", 1972),
    ("liseberg", "Liseberg", 1923),
    ("portaventura_park", "PortAventura Park", 1995),
    ("dollywood", "Dollywood", 1986),
    ("hersheypark", "Hersheypark", 1906),
    ("phantasialand", "Phantasialand", 1967),
    ("thorpe_park", "Thorpe Park", 1979),
]

CITIES = {
    "anaheim": "Anaheim", "bay_lake": "Bay Lake", "urayasu": "Urayasu", "copenhagen": "Copenhagen",
    "kaatsheuvel": "Kaatsheuvel", "rust": "Rust", "sandusky": "Sandusky", "blackpool": "Blackpool",
    "alton": "Alton", "arlington": "Arlington", "orlando": "Orlando", "mason": "Mason",
    "gothenburg": "Gothenburg", "salou": "Salou", "pigeon_forge": "Pigeon Forge", "hershey": "Hershey",
    "bruhl": "Brühl", "chertsey": "Chertsey",
}

COMPANIES = {
    "walt_disney_company": "The Walt Disney Company",
    "oriental_land_company": "Oriental Land Company",
    "six_flags_entertainment": "Six Flags Entertainment Corporation",
    "merlin_entertainments": "Merlin Entertainments",
    "universal_destinations": "Universal Destinations & Experiences",
    "herschend": "Herschend Family Entertainment",
    "hershey_entertainment": "Hershey Entertainment and Resorts Company",
}

PARK_TYPES = {"theme_park": "theme park", "amusement_park": "amusement park"}

COASTER_TYPES = {
    "wooden": "wooden roller coaster", "steel": "steel roller coaster", "inverted": "inverted roller coaster",
    "dive": "dive coaster", "hyper": "hyper coaster", "launched": "launched roller coaster",
    "hybrid": "hybrid roller coaster",
}

MAKERS = {
    "bm": "Bolliger & Mabillard", "intamin": "Intamin", "arrow": "Arrow Dynamics", "vekoma": "Vekoma",
    "mack": "Mack Rides", "gci": "Great Coasters International", "rmc": "Rocky Mountain Construction",
    "gerstlauer": "Gerstlauer", "maurer": "Maurer Söhne", "premier": "Premier Rides",
}

# ride slug, label, coaster type, maker (or None)
RIDES = [
    ("matterhorn_bobsleds", "Matterhorn Bobsleds", "steel", None),
    ("seven_dwarfs_mine_train", "Seven Dwarfs Mine Train", "steel", "vekoma"),
    ("rutschebanen", "Rutschebanen", "wooden", None),
    ("daemonen", "Dæmonen", "steel", "bm"),
    ("baron_1898", "Baron 1898", "dive", "bm"),
    ("python", "Python", "steel", "vekoma"),
    ("joris_en_de_draak", "Joris en de Draak", "wooden", "gci"),
    ("silver_star", "Silver Star", "hyper", "bm"),
    ("blue_fire", "Blue Fire", "launched", "mack"),
    ("wodan", "Wodan", "wooden", "gci"),
    ("millennium_force", "Millennium Force", "steel", "intamin"),
    ("magnum_xl_200", "Magnum XL-200", "hyper", "arrow"),
    ("steel_vengeance", "Steel Vengeance", "hybrid", "rmc"),
    ("the_big_one", "The Big One", "hyper", "arrow"),
    ("grand_national", "Grand National", "wooden", None),
    ("icon", "Icon", "launched", "mack"),
    ("nemesis", "Nemesis", "inverted", "bm"),
    ("oblivion", "Oblivion", "dive", "bm"),
    ("the_smiler", "The Smiler", "steel", "gerstlauer"),
    ("new_texas_giant", "New Texas Giant", "hybrid", "rmc"),
    ("rip_ride_rockit", "Hollywood Rip Ride Rockit", "steel", "maurer"),
    ("revenge_of_the_mummy", "Revenge of the Mummy", "launched", "premier"),
    ("the_beast", "The Beast", "wooden", None),
    ("diamondback", "Diamondback", "hyper", "bm"),
    ("balder", "Balder", "wooden", "intamin"),
    ("helix", "Helix", "launched", "mack"),
    ("valkyria", "Valkyria", "dive", "bm"),
    ("shambhala", "Shambhala", "hyper", "bm"),
    ("dragon_khan", "Dragon Khan", "steel", "bm"),
    ("thunderhead", "Thunderhead", "wooden", "gci"),
    ("lightning_rod", "Lightning Rod", "launched", "rmc"),
    ("skyrush", "Skyrush", "steel", "intamin"),
    ("candymonium", "Candymonium", "hyper", "bm"),
    ("fahrenheit", "Fahrenheit", "steel", "intamin"),
    ("taron", "Taron", "launched", "intamin"),
    ("black_mamba", "Black Mamba", "inverted", "bm"),
    ("stealth", "Stealth", "launched", "intamin"),
    ("colossus", "Colossus", "steel", "intamin"),
]

# park slug: (city, operator or None, park type, [rides])
PARK_FACTS = {
    "disneyland": ("anaheim", "walt_disney_company", "theme_park", ["matterhorn_bobsleds"]),
    "magic_kingdom": ("bay_lake", "walt_disney_company", "theme_park", ["seven_dwarfs_mine_train"]),
    "tokyo_disneyland": ("urayasu", "oriental_land_company", "theme_park", []),
    "tivoli_gardens": ("copenhagen", None, "amusement_park", ["rutschebanen", "daemonen"]),
    "efteling": ("kaatsheuvel", None, "theme_park", ["baron_1898", "python", "joris_en_de_draak"]),
    "europa_park": ("rust", None, "theme_park", ["silver_star", "blue_fire", "wodan"]),
    "cedar_point": ("sandusky", "six_flags_entertainment", "amusement_park",
                    ["millennium_force", "magnum_xl_200", "steel_vengeance"]),
    "blackpool_pleasure_beach": ("blackpool", None, "amusement_park", ["the_big_one", "grand_national", "icon"]),
    "alton_towers": ("alton", "merlin_entertainments", "theme_park", ["nemesis", "oblivion", "the_smiler"]),
    "six_flags_over_texas": ("arlington", "six_flags_entertainment", "theme_park", ["new_texas_giant"]),
    "universal_studios_florida": ("orlando", "universal_destinations", "theme_park",
                                  ["rip_ride_rockit", "revenge_of_the_mummy"]),
    "kings_island": ("mason", "six_flags_entertainment", "amusement_park", ["the_beast", "diamondback"]),
    "liseberg": ("gothenburg", None, "amusement_park", ["balder", "helix", "valkyria"]),
    "portaventura_park": ("salou", None, "theme_park", ["shambhala", "dragon_khan"]),
    "dollywood": ("pigeon_forge", "herschend", "theme_park", ["thunderhead", "lightning_rod"]),
    "hersheypark": ("hershey", "hershey_entertainment", "amusement_park", ["skyrush", "candymonium", "fahrenheit"]),
    "phantasialand": ("bruhl", None, "theme_park", ["taron", "black_mamba"]),
    "thorpe_park": ("chertsey", "merlin_entertainments", "theme_park", ["stealth", "colossus"]),
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

RATINGS = {
    "ana": {"cedar_point": 5.0, "disneyland": 4.5, "efteling": 2.0, "hersheypark": 3.0},
    "ben": {"alton_towers": 4.0, "thorpe_park": 1.5, "blackpool_pleasure_beach": 5.0, "liseberg": 3.5},
    "chen": {"tokyo_disneyland": 5.0, "universal_studios_florida": 2.5, "magic_kingdom": 4.0, "kings_island": 1.0},
    "dara": {"europa_park": 4.5, "phantasialand": 5.0, "tivoli_gardens": 3.0, "portaventura_park": 2.0},
    "emil": {"dollywood": 3.5, "six_flags_over_texas": 4.0, "cedar_point": 1.5, "liseberg": 4.5},
}


def entities():
    out = []
    for slug, label, year in PARKS:
        out.append(kgx.Entity(f"park:{slug}", kind="item", type="park", label=label, attrs={"year": year}))
    for slug, label in CITIES.items():
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, label in COMPANIES.items():
        out.append(kgx.Entity(f"company:{slug}", kind="attribute", type="company", label=label))
    for slug, label in PARK_TYPES.items():
        out.append(kgx.Entity(f"parktype:{slug}", kind="attribute", type="park type", label=label))
    for slug, label in COASTER_TYPES.items():
        out.append(kgx.Entity(f"coastertype:{slug}", kind="attribute", type="coaster type", label=label))
    for slug, label in MAKERS.items():
        out.append(kgx.Entity(f"maker:{slug}", kind="attribute", type="manufacturer", label=label))
    for slug, label, _, _ in RIDES:
        out.append(kgx.Entity(f"ride:{slug}", kind="attribute", type="ride", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def rows():
    out = []
    for park, (city, operator, ptype, rides) in PARK_FACTS.items():
        out.append((f"park:{park}", "located_in", f"city:{city}"))
        if operator:
            out.append((f"park:{park}", "operated_by", f"company:{operator}"))
        out.append((f"park:{park}", "park_kind", f"parktype:{ptype}"))
        for ride in rides:
            out.append((f"park:{park}", "has_ride", f"ride:{ride}"))
    for slug, _, ctype, maker in RIDES:
        out.append((f"ride:{slug}", "coaster_type", f"coastertype:{ctype}"))
        if maker:
            out.append((f"ride:{slug}", "built_by", f"maker:{maker}"))
    for user, ratings in RATINGS.items():
        for park, r in ratings.items():
            out.append((f"user:{user}", "rated", f"park:{park}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind179")
