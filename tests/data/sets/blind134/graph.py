"""blind134: a small graph of real motor racing circuits.

Years are the year each circuit opened or first held a race.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("circuit",)),
    kgx.Relation("located_in", phrase="lies in", inverse_phrase="is home to",
                 domain=("circuit",), range=("place",)),
    kgx.Relation("in_country", phrase="is situated in", inverse_phrase="contains",
                 domain=("circuit",), range=("country",)),
    kgx.Relation("hosts", phrase="has hosted", inverse_phrase="has been held at",
                 domain=("circuit",), range=("race",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("circuit",), range=("person",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave their name to",
                 domain=("circuit",), range=("person",)),
    kgx.Relation("layout", phrase="is a", inverse_phrase="is the layout of",
                 domain=("circuit",), range=("layout",)),
]

# slug: (label, year, aliases, place, country, races, designers, namesakes, layout)
CIRCUITS = {
    "monaco": ("Circuit de Monaco", 1929, (), "monte_carlo", "monaco",
               ["monaco_gp"], [], [], "street_circuit"),
    "silverstone": ("Silverstone Circuit", 1948, (), "silverstone", "united_kingdom",
                    ["british_gp"], [], [], "road_course"),
    "monza": ("Autodromo Nazionale Monza", 1922, (), "monza", "italy",
              ["italian_gp"], [], [], "road_course"),
    "spa": ("Circuit de Spa-Francorchamps", 1921, ("Spa-Francorchamps",), "stavelot", "belgium",
            ["belgian_gp"], [], [], "road_course"),
    "suzuka": ("Suzuka International Racing Course", 1962, ("Suzuka Circuit",), "suzuka", "japan",
               ["japanese_gp"], ["john_hugenholtz"], [], "road_course"),
    "zandvoort": ("Circuit Zandvoort", 1948, (), "zandvoort", "netherlands",
                  ["dutch_gp"], [], [], "road_course"),
    "interlagos": ("Autódromo José Carlos Pace", 1940, ("Interlagos",), "sao_paulo", "brazil",
                   ["brazilian_gp"], [], ["jose_carlos_pace"], "road_course"),
    "gilles_villeneuve": ("Circuit Gilles Villeneuve", 1978, (), "montreal", "canada",
                          ["canadian_gp"], [], ["gilles_villeneuve"], None),
    "indianapolis": ("Indianapolis Motor Speedway", 1909, (), "speedway_indiana", "united_states",
                     ["indianapolis_500", "united_states_gp"], [], [], "oval"),
    "daytona": ("Daytona International Speedway", 1959, (), "daytona_beach", "united_states",
                ["daytona_500", "daytona_24"], ["charles_moneypenny"], [], "oval"),
    "sarthe": ("Circuit de la Sarthe", 1923, (), "le_mans", "france",
               ["le_mans_24"], [], [], None),
    "nurburgring": ("Nürburgring", 1927, (), "nurburg", "germany",
                    ["german_gp"], [], [], "road_course"),
    "bathurst": ("Mount Panorama Circuit", 1938, (), "bathurst", "australia",
                 ["bathurst_1000"], [], [], None),
    "sepang": ("Sepang International Circuit", 1999, (), "sepang", "malaysia",
               ["malaysian_gp"], ["hermann_tilke"], [], "road_course"),
    "shanghai": ("Shanghai International Circuit", 2004, (), "shanghai", "china",
                 ["chinese_gp"], ["hermann_tilke"], [], "road_course"),
    "bahrain": ("Bahrain International Circuit", 2004, (), "sakhir", "bahrain",
                ["bahrain_gp"], ["hermann_tilke"], [], "road_course"),
    "cota": ("Circuit of the Americas", 2012, ("COTA",), "austin", "united_states",
             ["united_states_gp"], ["hermann_tilke"], [], "road_course"),
    "imola": ("Autodromo Enzo e Dino Ferrari", 1953, (), "imola", "italy",
              ["san_marino_gp", "italian_gp"], [], ["enzo_ferrari", "dino_ferrari"], "road_course"),
    "hermanos_rodriguez": ("Autódromo Hermanos Rodríguez", 1959, (), "mexico_city", "mexico",
                           ["mexican_gp"], [], ["ricardo_rodriguez", "pedro_rodriguez"], "road_course"),
    "paul_ricard": ("Circuit Paul Ricard", 1970, (), "le_castellet", "france",
                    ["french_gp"], [], ["paul_ricard"], "road_course"),
}

PLACES = {
    "monte_carlo": "Monte Carlo", "silverstone": "Silverstone", "monza": "Monza",
    "stavelot": "Stavelot", "suzuka": "Suzuka", "zandvoort": "Zandvoort",
    "sao_paulo": "São Paulo", "montreal": "Montreal", "speedway_indiana": "Speedway",
    "daytona_beach": "Daytona Beach", "le_mans": "Le Mans", "nurburg": "Nürburg",
    "bathurst": "Bathurst", "sepang": "Sepang", "shanghai": "Shanghai", "sakhir": "Sakhir",
    "austin": "Austin", "imola": "Imola", "mexico_city": "Mexico City",
    "le_castellet": "Le Castellet",
}

COUNTRIES = {
    "monaco": "Monaco", "united_kingdom": "United Kingdom", "italy": "Italy",
    "belgium": "Belgium", "japan": "Japan", "netherlands": "Netherlands", "brazil": "Brazil",
    "canada": "Canada", "united_states": "United States", "france": "France",
    "germany": "Germany", "australia": "Australia", "malaysia": "Malaysia", "china": "China",
    "bahrain": "Bahrain", "mexico": "Mexico",
}

RACES = {
    "monaco_gp": "Monaco Grand Prix", "british_gp": "British Grand Prix",
    "italian_gp": "Italian Grand Prix", "belgian_gp": "Belgian Grand Prix",
    "japanese_gp": "Japanese Grand Prix", "dutch_gp": "Dutch Grand Prix",
    "brazilian_gp": "Brazilian Grand Prix", "canadian_gp": "Canadian Grand Prix",
    "indianapolis_500": "Indianapolis 500", "united_states_gp": "United States Grand Prix",
    "daytona_500": "Daytona 500", "daytona_24": "24 Hours of Daytona",
    "le_mans_24": "24 Hours of Le Mans", "german_gp": "German Grand Prix",
    "bathurst_1000": "Bathurst 1000", "malaysian_gp": "Malaysian Grand Prix",
    "chinese_gp": "Chinese Grand Prix", "bahrain_gp": "Bahrain Grand Prix",
    "san_marino_gp": "San Marino Grand Prix", "mexican_gp": "Mexican Grand Prix",
    "french_gp": "French Grand Prix",
}

PEOPLE = {
    "john_hugenholtz": "John Hugenholtz", "charles_moneypenny": "Charles Moneypenny",
    "hermann_tilke": "Hermann Tilke", "jose_carlos_pace": "José Carlos Pace",
    "gilles_villeneuve": "Gilles Villeneuve", "enzo_ferrari": "Enzo Ferrari",
    "dino_ferrari": "Dino Ferrari", "ricardo_rodriguez": "Ricardo Rodríguez",
    "pedro_rodriguez": "Pedro Rodríguez", "paul_ricard": "Paul Ricard",
}

LAYOUTS = {"street_circuit": "street circuit", "road_course": "road course", "oval": "oval"}

USERS = ["ana", "ben", "chen", "dara", "emil"]

RATINGS = {
    "ana": {"monaco": 5.0, "spa": 4.5, "daytona": 1.5, "suzuka": 4.0},
    "ben": {"indianapolis": 5.0, "monza": 2.0, "cota": 4.0, "bahrain": 3.0},
    "chen": {"shanghai": 4.5, "suzuka": 5.0, "silverstone": 3.5, "sarthe": 1.0},
    "dara": {"sarthe": 5.0, "nurburgring": 4.0, "monaco": 2.0, "bathurst": 4.5},
    "emil": {"interlagos": 5.0, "imola": 4.0, "sepang": 1.5, "zandvoort": 2.5},
}


def entities():
    out = []
    for slug, (label, year, aliases, *_rest) in CIRCUITS.items():
        out.append(kgx.Entity(f"circuit:{slug}", kind="item", type="circuit", label=label,
                              aliases=tuple(aliases), attrs={"year": year}))
    for prefix, typ, table in [("place", "place", PLACES), ("country", "country", COUNTRIES),
                               ("race", "race", RACES), ("person", "person", PEOPLE),
                               ("layout", "layout", LAYOUTS)]:
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def rows():
    out = []
    for slug, (_label, _year, _aliases, place, country, races, designers, namesakes, layout) in CIRCUITS.items():
        c = f"circuit:{slug}"
        out.append((c, "located_in", f"place:{place}"))
        out.append((c, "in_country", f"country:{country}"))
        for r in races:
            out.append((c, "hosts", f"race:{r}"))
        for p in designers:
            out.append((c, "designed_by", f"person:{p}"))
        for p in namesakes:
            out.append((c, "named_after", f"person:{p}"))
        if layout:
            out.append((c, "layout", f"layout:{layout}"))
    for u, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{u}", "rated", f"circuit:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind134")
