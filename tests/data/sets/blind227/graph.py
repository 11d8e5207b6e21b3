"""A small toys graph for blind227: classic toys, who invented them, who launched them,
where they come from and what kind of toy each is. `year` is the year the toy was created
or first brought out."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("toy",)),
    kgx.Relation("invented_by", phrase="was invented by", inverse_phrase="invented",
                 domain=("toy",), range=("person",)),
    kgx.Relation("launched_by", phrase="was launched by", inverse_phrase="launched",
                 domain=("toy",), range=("company",)),
    kgx.Relation("originated_in", phrase="originated in", inverse_phrase="is the birthplace of",
                 domain=("toy",), range=("country",)),
    kgx.Relation("kind_of", phrase="is a", inverse_phrase="includes",
                 domain=("toy",), range=("category",)),
    kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to",
                 domain=("company",), range=("country",)),
]

# slug, label, year
TOYS = [
    ("lego_brick", "LEGO brick", 1958),
    ("rubiks_cube", "Rubik's Cube", 1974),
    ("barbie", "Barbie", 1959),
    ("slinky", "Slinky", 1945),
    ("etch_a_sketch", "Etch A Sketch", 1960),
    ("play_doh", "Play-Doh", 1956),
    ("mr_potato_head", "Mr. Potato Head", 1952),
    ("hot_wheels", "Hot Wheels", 1968),
    ("matchbox", "Matchbox", 1953),
    ("steiff_teddy_bear", "Steiff Teddy Bear", 1902),
    ("meccano", "Meccano", 1898),
    ("tamagotchi", "Tamagotchi", 1996),
    ("furby", "Furby", 1998),
    ("frisbee", "Frisbee", 1957),
    ("hula_hoop", "Hula Hoop", 1958),
    ("gi_joe", "G.I. Joe", 1964),
    ("view_master", "View-Master", 1939),
    ("super_soaker", "Super Soaker", 1990),
    ("playmobil", "Playmobil", 1974),
]

PEOPLE = {
    "erno_rubik": "Ernő Rubik",
    "ruth_handler": "Ruth Handler",
    "richard_james": "Richard James",
    "andre_cassagnes": "André Cassagnes",
    "noah_mcvicker": "Noah McVicker",
    "joseph_mcvicker": "Joseph McVicker",
    "george_lerner": "George Lerner",
    "elliot_handler": "Elliot Handler",
    "jack_odell": "Jack Odell",
    "richard_steiff": "Richard Steiff",
    "frank_hornby": "Frank Hornby",
    "aki_maita": "Aki Maita",
    "dave_hampton": "Dave Hampton",
    "caleb_chung": "Caleb Chung",
    "walter_frederick_morrison": "Walter Frederick Morrison",
    "william_gruber": "William Gruber",
    "lonnie_johnson": "Lonnie Johnson",
    "hans_beck": "Hans Beck",
}

COMPANIES = {
    "lego_group": "The Lego Group",
    "mattel": "Mattel",
    "hasbro": "Hasbro",
    "ohio_art": "Ohio Art Company",
    "rainbow_crafts": "Rainbow Crafts",
    "lesney": "Lesney Products",
    "steiff": "Margarete Steiff GmbH",
    "bandai": "Bandai",
    "tiger_electronics": "Tiger Electronics",
    "wham_o": "Wham-O",
    "sawyers": "Sawyer's",
    "larami": "Larami",
    "geobra": "Geobra Brandstätter",
}

COUNTRIES = {
    "denmark": "Denmark",
    "hungary": "Hungary",
    "united_states": "United States",
    "france": "France",
    "united_kingdom": "United Kingdom",
    "germany": "Germany",
    "japan": "Japan",
}

CATEGORIES = {
    "construction_toy": "construction toy",
    "puzzle": "puzzle",
    "doll": "doll",
    "spring_toy": "spring toy",
    "drawing_toy": "drawing toy",
    "modelling_compound": "modelling compound",
    "die_cast_car": "die-cast car",
    "stuffed_toy": "stuffed toy",
    "digital_pet": "digital pet",
    "robotic_toy": "robotic toy",
    "flying_disc": "flying disc",
    "toy_hoop": "toy hoop",
    "action_figure": "action figure",
    "stereoscope": "stereoscope",
    "water_gun": "water gun",
    "toy_figure": "toy figure",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year in TOYS:
        out.append(kgx.Entity(f"toy:{slug}", kind="item", type="toy", label=label, attrs={"year": year}))
    for slug, label in PEOPLE.items():
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in COMPANIES.items():
        out.append(kgx.Entity(f"company:{slug}", kind="attribute", type="company", label=label))
    for slug, label in COUNTRIES.items():
        out.append(kgx.Entity(f"country:{slug}", kind="attribute", type="country", label=label))
    for slug, label in CATEGORIES.items():
        out.append(kgx.Entity(f"category:{slug}", kind="attribute", type="category", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


INVENTED_BY = [
    ("rubiks_cube", "erno_rubik"),
    ("barbie", "ruth_handler"),
    ("slinky", "richard_james"),
    ("etch_a_sketch", "andre_cassagnes"),
    ("play_doh", "noah_mcvicker"),
    ("play_doh", "joseph_mcvicker"),
    ("mr_potato_head", "george_lerner"),
    ("hot_wheels", "elliot_handler"),
    ("matchbox", "jack_odell"),
    ("steiff_teddy_bear", "richard_steiff"),
    ("meccano", "frank_hornby"),
    ("tamagotchi", "aki_maita"),
    ("furby", "dave_hampton"),
    ("furby", "caleb_chung"),
    ("frisbee", "walter_frederick_morrison"),
    ("view_master", "william_gruber"),
    ("super_soaker", "lonnie_johnson"),
    ("playmobil", "hans_beck"),
]

LAUNCHED_BY = [
    ("lego_brick", "lego_group"),
    ("barbie", "mattel"),
    ("etch_a_sketch", "ohio_art"),
    ("play_doh", "rainbow_crafts"),
    ("mr_potato_head", "hasbro"),
    ("hot_wheels", "mattel"),
    ("matchbox", "lesney"),
    ("steiff_teddy_bear", "steiff"),
    ("tamagotchi", "bandai"),
    ("furby", "tiger_electronics"),
    ("frisbee", "wham_o"),
    ("hula_hoop", "wham_o"),
    ("gi_joe", "hasbro"),
    ("view_master", "sawyers"),
    ("super_soaker", "larami"),
    ("playmobil", "geobra"),
]

ORIGINATED_IN = [
    ("lego_brick", "denmark"),
    ("rubiks_cube", "hungary"),
    ("barbie", "united_states"),
    ("slinky", "united_states"),
    ("etch_a_sketch", "france"),
    ("play_doh", "united_states"),
    ("mr_potato_head", "united_states"),
    ("hot_wheels", "united_states"),
    ("matchbox", "united_kingdom"),
    ("steiff_teddy_bear", "germany"),
    ("meccano", "united_kingdom"),
    ("tamagotchi", "japan"),
    ("furby", "united_states"),
    ("frisbee", "united_states"),
    ("hula_hoop", "united_states"),
    ("gi_joe", "united_states"),
    ("view_master", "united_states"),
    ("super_soaker", "united_states"),
    ("playmobil", "germany"),
]

KIND_OF = [
    ("lego_brick", "construction_toy"),
    ("meccano", "construction_toy"),
    ("rubiks_cube", "puzzle"),
    ("barbie", "doll"),
    ("slinky", "spring_toy"),
    ("etch_a_sketch", "drawing_toy"),
    ("play_doh", "modelling_compound"),
    ("hot_wheels", "die_cast_car"),
    ("matchbox", "die_cast_car"),
    ("steiff_teddy_bear", "stuffed_toy"),
    ("tamagotchi", "digital_pet"),
    ("furby", "robotic_toy"),
    ("frisbee", "flying_disc"),
    ("hula_hoop", "toy_hoop"),
    ("gi_joe", "action_figure"),
    ("view_master", "stereoscope"),
    ("super_soaker", "water_gun"),
    ("playmobil", "toy_figure"),
]

BASED_IN = [
    ("lego_group", "denmark"),
    ("mattel", "united_states"),
    ("hasbro", "united_states"),
    ("ohio_art", "united_states"),
    ("rainbow_crafts", "united_states"),
    ("lesney", "united_kingdom"),
    ("steiff", "germany"),
    ("bandai", "japan"),
    ("tiger_electronics", "united_states"),
    ("wham_o", "united_states"),
    ("sawyers", "united_states"),
    ("larami", "united_states"),
    ("geobra", "germany"),
]

RATINGS = [
    ("ana", "lego_brick", 5.0),
    ("ana", "rubiks_cube", 4.5),
    ("ana", "barbie", 2.0),
    ("ana", "tamagotchi", 3.0),
    ("ben", "hot_wheels", 4.0),
    ("ben", "matchbox", 1.5),
    ("ben", "frisbee", 5.0),
    ("ben", "furby", 2.5),
    ("chen", "meccano", 4.5),
    ("chen", "slinky", 1.0),
    ("chen", "etch_a_sketch", 4.0),
    ("chen", "view_master", 3.5),
    ("dara", "play_doh", 5.0),
    ("dara", "super_soaker", 2.0),
    ("dara", "playmobil", 4.0),
    ("dara", "gi_joe", 3.0),
    ("emil", "steiff_teddy_bear", 4.5),
    ("emil", "hula_hoop", 1.5),
    ("emil", "mr_potato_head", 4.0),
    ("emil", "tamagotchi", 5.0),
]


def rows():
    out = []
    out += [(f"toy:{t}", "invented_by", f"person:{p}") for t, p in INVENTED_BY]
    out += [(f"toy:{t}", "launched_by", f"company:{c}") for t, c in LAUNCHED_BY]
    out += [(f"toy:{t}", "originated_in", f"country:{c}") for t, c in ORIGINATED_IN]
    out += [(f"toy:{t}", "kind_of", f"category:{c}") for t, c in KIND_OF]
    out += [(f"company:{c}", "based_in", f"country:{k}") for c, k in BASED_IN]
    out += [(f"user:{u}", "rated", f"toy:{t}", {"rating": r}) for u, t, r in RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind227")
