"""A small world's fairs graph (blind163): fairs, where they were held, the landmarks built for
them, who designed those landmarks, who opened the fairs, their themes, and five users' ratings."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("fair",)),
    kgx.Relation("held_in", phrase="was held in", inverse_phrase="hosted",
                 domain=("fair",), range=("city",)),
    kgx.Relation("featured", phrase="featured", inverse_phrase="was built for",
                 domain=("fair",), range=("landmark",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("landmark",), range=("person",)),
    kgx.Relation("structure_type", phrase="is a", inverse_phrase="is the structural type of",
                 domain=("landmark",), range=("structure_type",)),
    kgx.Relation("opened_by", phrase="was opened by", inverse_phrase="opened",
                 domain=("fair",), range=("person",)),
    kgx.Relation("has_theme", phrase="had the theme", inverse_phrase="was the theme of",
                 domain=("fair",), range=("theme",)),
]

FAIRS = [
    # slug, label, year (opening year), aliases
    ("great_exhibition", "Great Exhibition", 1851, ()),
    ("centennial", "Centennial Exposition", 1876, ()),
    ("expo_1889", "Exposition Universelle of 1889", 1889, ("1889 Paris Exposition",)),
    ("columbian", "World's Columbian Exposition", 1893, ("Chicago World's Fair",)),
    ("expo_1900", "Exposition Universelle of 1900", 1900, ("1900 Paris Exposition",)),
    ("pan_american", "Pan-American Exposition", 1901, ()),
    ("louisiana_purchase", "Louisiana Purchase Exposition", 1904, ("St. Louis World's Fair",)),
    ("ppie", "Panama-Pacific International Exposition", 1915, ()),
    ("century_of_progress", "Century of Progress International Exposition", 1933,
     ("Century of Progress",)),
    ("nywf_1939", "1939 New York World's Fair", 1939, ()),
    ("expo_58", "Expo 58", 1958, ()),
    ("century_21", "Century 21 Exposition", 1962, ("Seattle World's Fair",)),
    ("nywf_1964", "1964 New York World's Fair", 1964, ()),
    ("expo_67", "Expo 67", 1967, ()),
    ("expo_70", "Expo '70", 1970, ()),
    ("expo_92", "Seville Expo '92", 1992, ("Expo '92",)),
    ("expo_2000", "Expo 2000", 2000, ()),
    ("expo_2010", "Expo 2010", 2010, ()),
    ("expo_2015", "Expo 2015", 2015, ()),
]

CITIES = {
    "london": "London", "philadelphia": "Philadelphia", "paris": "Paris", "chicago": "Chicago",
    "buffalo": "Buffalo", "st_louis": "St. Louis", "san_francisco": "San Francisco",
    "new_york": "New York City", "brussels": "Brussels", "seattle": "Seattle",
    "montreal": "Montreal", "osaka": "Osaka", "seville": "Seville", "hanover": "Hanover",
    "shanghai": "Shanghai", "milan": "Milan",
}

LANDMARKS = {
    "crystal_palace": "Crystal Palace",
    "memorial_hall": "Memorial Hall",
    "eiffel_tower": "Eiffel Tower",
    "galerie_des_machines": "Galerie des machines",
    "ferris_wheel": "Ferris Wheel",
    "grand_palais": "Grand Palais",
    "petit_palais": "Petit Palais",
    "pont_alexandre_iii": "Pont Alexandre III",
    "electric_tower": "Electric Tower",
    "palace_of_fine_arts_stl": "Saint Louis Art Museum",
    "palace_of_fine_arts_sf": "Palace of Fine Arts",
    "tower_of_jewels": "Tower of Jewels",
    "sky_ride": "Sky Ride",
    "trylon": "Trylon",
    "perisphere": "Perisphere",
    "atomium": "Atomium",
    "space_needle": "Space Needle",
    "unisphere": "Unisphere",
    "habitat_67": "Habitat 67",
    "biosphere": "Montreal Biosphere",
    "tower_of_the_sun": "Tower of the Sun",
    "alamillo_bridge": "Alamillo Bridge",
    "china_pavilion": "China Pavilion",
    "tree_of_life": "Tree of Life",
}

PEOPLE = {
    "joseph_paxton": "Joseph Paxton",
    "queen_victoria": "Queen Victoria",
    "hermann_schwarzmann": "Hermann J. Schwarzmann",
    "ulysses_grant": "Ulysses S. Grant",
    "maurice_koechlin": "Maurice Koechlin",
    "emile_nouguier": "Émile Nouguier",
    "ferdinand_dutert": "Ferdinand Dutert",
    "sadi_carnot": "Sadi Carnot",
    "george_ferris": "George Washington Gale Ferris Jr.",
    "grover_cleveland": "Grover Cleveland",
    "charles_girault": "Charles Girault",
    "henri_deglane": "Henri Deglane",
    "jean_resal": "Jean Résal",
    "emile_loubet": "Émile Loubet",
    "john_galen_howard": "John Galen Howard",
    "cass_gilbert": "Cass Gilbert",
    "theodore_roosevelt": "Theodore Roosevelt",
    "bernard_maybeck": "Bernard Maybeck",
    "thomas_hastings": "Thomas Hastings",
    "woodrow_wilson": "Woodrow Wilson",
    "wallace_harrison": "Wallace Harrison",
    "andre_fouilhoux": "J. André Fouilhoux",
    "franklin_roosevelt": "Franklin D. Roosevelt",
    "andre_waterkeyn": "André Waterkeyn",
    "king_baudouin": "King Baudouin",
    "john_graham_jr": "John Graham Jr.",
    "john_f_kennedy": "John F. Kennedy",
    "gilmore_clarke": "Gilmore D. Clarke",
    "lyndon_johnson": "Lyndon B. Johnson",
    "moshe_safdie": "Moshe Safdie",
    "buckminster_fuller": "Buckminster Fuller",
    "roland_michener": "Roland Michener",
    "taro_okamoto": "Tarō Okamoto",
    "hirohito": "Hirohito",
    "santiago_calatrava": "Santiago Calatrava",
    "juan_carlos_i": "Juan Carlos I",
    "he_jingtang": "He Jingtang",
    "marco_balich": "Marco Balich",
}

STRUCTURE_TYPES = {
    "exhibition_hall": "exhibition hall",
    "lattice_tower": "lattice tower",
    "arch_bridge": "arch bridge",
    "art_museum": "art museum",
    "transporter_bridge": "transporter bridge",
    "observation_tower": "observation tower",
    "globe": "globe",
    "housing_complex": "housing complex",
    "geodesic_dome": "geodesic dome",
    "cable_stayed_bridge": "cable-stayed bridge",
}

THEMES = {
    "world_of_tomorrow": "Building the World of Tomorrow",
    "new_humanism": "A World View: A New Humanism",
    "man_in_the_space_age": "Man in the Space Age",
    "peace_through_understanding": "Peace Through Understanding",
    "man_and_his_world": "Man and His World",
    "progress_and_harmony": "Progress and Harmony for Mankind",
    "age_of_discovery": "The Age of Discovery",
    "humankind_nature_technology": "Humankind, Nature, Technology",
    "better_city": "Better City, Better Life",
    "feeding_the_planet": "Feeding the Planet, Energy for Life",
    "science_finds": "Science Finds, Industry Applies, Man Adapts",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year, aliases in FAIRS:
        out.append(kgx.Entity(f"fair:{slug}", kind="item", type="fair", label=label,
                              aliases=aliases, attrs={"year": year}))
    for slug, label in CITIES.items():
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, label in LANDMARKS.items():
        out.append(kgx.Entity(f"landmark:{slug}", kind="attribute", type="landmark", label=label))
    for slug, label in PEOPLE.items():
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in STRUCTURE_TYPES.items():
        out.append(kgx.Entity(f"structure_type:{slug}", kind="attribute", type="structure_type",
                              label=label))
    for slug, label in THEMES.items():
        out.append(kgx.Entity(f"theme:{slug}", kind="attribute", type="theme", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


HELD_IN = {
    "great_exhibition": "london", "centennial": "philadelphia", "expo_1889": "paris",
    "columbian": "chicago", "expo_1900": "paris", "pan_american": "buffalo",
    "louisiana_purchase": "st_louis", "ppie": "san_francisco", "century_of_progress": "chicago",
    "nywf_1939": "new_york", "expo_58": "brussels", "century_21": "seattle",
    "nywf_1964": "new_york", "expo_67": "montreal", "expo_70": "osaka", "expo_92": "seville",
    "expo_2000": "hanover", "expo_2010": "shanghai", "expo_2015": "milan",
}

FEATURED = [
    ("great_exhibition", "crystal_palace"),
    ("centennial", "memorial_hall"),
    ("expo_1889", "eiffel_tower"),
    ("expo_1889", "galerie_des_machines"),
    ("columbian", "ferris_wheel"),
    ("expo_1900", "grand_palais"),
    ("expo_1900", "petit_palais"),
    ("expo_1900", "pont_alexandre_iii"),
    ("pan_american", "electric_tower"),
    ("louisiana_purchase", "palace_of_fine_arts_stl"),
    ("ppie", "palace_of_fine_arts_sf"),
    ("ppie", "tower_of_jewels"),
    ("century_of_progress", "sky_ride"),
    ("nywf_1939", "trylon"),
    ("nywf_1939", "perisphere"),
    ("expo_58", "atomium"),
    ("century_21", "space_needle"),
    ("nywf_1964", "unisphere"),
    ("expo_67", "habitat_67"),
    ("expo_67", "biosphere"),
    ("expo_70", "tower_of_the_sun"),
    ("expo_92", "alamillo_bridge"),
    ("expo_2010", "china_pavilion"),
    ("expo_2015", "tree_of_life"),
]

DESIGNED_BY = [
    ("crystal_palace", "joseph_paxton"),
    ("memorial_hall", "hermann_schwarzmann"),
    ("eiffel_tower", "maurice_koechlin"),
    ("eiffel_tower", "emile_nouguier"),
    ("galerie_des_machines", "ferdinand_dutert"),
    ("ferris_wheel", "george_ferris"),
    ("grand_palais", "charles_girault"),
    ("grand_palais", "henri_deglane"),
    ("petit_palais", "charles_girault"),
    ("pont_alexandre_iii", "jean_resal"),
    ("electric_tower", "john_galen_howard"),
    ("palace_of_fine_arts_stl", "cass_gilbert"),
    ("palace_of_fine_arts_sf", "bernard_maybeck"),
    ("tower_of_jewels", "thomas_hastings"),
    ("trylon", "wallace_harrison"),
    ("trylon", "andre_fouilhoux"),
    ("perisphere", "wallace_harrison"),
    ("perisphere", "andre_fouilhoux"),
    ("atomium", "andre_waterkeyn"),
    ("space_needle", "john_graham_jr"),
    ("unisphere", "gilmore_clarke"),
    ("habitat_67", "moshe_safdie"),
    ("biosphere", "buckminster_fuller"),
    ("tower_of_the_sun", "taro_okamoto"),
    ("alamillo_bridge", "santiago_calatrava"),
    ("china_pavilion", "he_jingtang"),
    ("tree_of_life", "marco_balich"),
]

STRUCTURE = [
    ("crystal_palace", "exhibition_hall"),
    ("galerie_des_machines", "exhibition_hall"),
    ("grand_palais", "exhibition_hall"),
    ("eiffel_tower", "lattice_tower"),
    ("pont_alexandre_iii", "arch_bridge"),
    ("petit_palais", "art_museum"),
    ("palace_of_fine_arts_stl", "art_museum"),
    ("sky_ride", "transporter_bridge"),
    ("space_needle", "observation_tower"),
    ("unisphere", "globe"),
    ("habitat_67", "housing_complex"),
    ("biosphere", "geodesic_dome"),
    ("alamillo_bridge", "cable_stayed_bridge"),
]

OPENED_BY = [
    ("great_exhibition", "queen_victoria"),
    ("centennial", "ulysses_grant"),
    ("expo_1889", "sadi_carnot"),
    ("columbian", "grover_cleveland"),
    ("expo_1900", "emile_loubet"),
    ("louisiana_purchase", "theodore_roosevelt"),
    ("ppie", "woodrow_wilson"),
    ("nywf_1939", "franklin_roosevelt"),
    ("expo_58", "king_baudouin"),
    ("century_21", "john_f_kennedy"),
    ("nywf_1964", "lyndon_johnson"),
    ("expo_67", "roland_michener"),
    ("expo_70", "hirohito"),
    ("expo_92", "juan_carlos_i"),
]

HAS_THEME = [
    ("century_of_progress", "science_finds"),
    ("nywf_1939", "world_of_tomorrow"),
    ("expo_58", "new_humanism"),
    ("century_21", "man_in_the_space_age"),
    ("nywf_1964", "peace_through_understanding"),
    ("expo_67", "man_and_his_world"),
    ("expo_70", "progress_and_harmony"),
    ("expo_92", "age_of_discovery"),
    ("expo_2000", "humankind_nature_technology"),
    ("expo_2010", "better_city"),
    ("expo_2015", "feeding_the_planet"),
]

RATINGS = {
    "ana": [("expo_1889", 5.0), ("expo_67", 4.5), ("nywf_1964", 2.0), ("great_exhibition", 3.5)],
    "ben": [("century_21", 4.0), ("expo_58", 1.5), ("columbian", 5.0), ("expo_2010", 3.0)],
    "chen": [("expo_70", 4.5), ("expo_2015", 2.5), ("nywf_1939", 1.0), ("ppie", 4.0)],
    "dara": [("expo_1900", 3.0), ("expo_92", 5.0), ("louisiana_purchase", 0.5), ("expo_58", 4.0)],
    "emil": [("centennial", 2.0), ("expo_67", 3.5), ("century_of_progress", 4.5),
             ("expo_2000", 1.5)],
}


def rows():
    out = []
    for fair, city in HELD_IN.items():
        out.append((f"fair:{fair}", "held_in", f"city:{city}"))
    for fair, lm in FEATURED:
        out.append((f"fair:{fair}", "featured", f"landmark:{lm}"))
    for lm, person in DESIGNED_BY:
        out.append((f"landmark:{lm}", "designed_by", f"person:{person}"))
    for lm, st in STRUCTURE:
        out.append((f"landmark:{lm}", "structure_type", f"structure_type:{st}"))
    for fair, person in OPENED_BY:
        out.append((f"fair:{fair}", "opened_by", f"person:{person}"))
    for fair, theme in HAS_THEME:
        out.append((f"fair:{fair}", "has_theme", f"theme:{theme}"))
    for user, ratings in RATINGS.items():
        for fair, r in ratings:
            out.append((f"user:{user}", "rated", f"fair:{fair}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind163")
