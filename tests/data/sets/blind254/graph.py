"""A small graph of National Hockey League teams (blind254).

Each team's ``year`` is the year its franchise was founded (for relocated
franchises, the year of the original franchise: Dallas from the 1967 Minnesota
North Stars, Colorado from the 1972 Quebec Nordiques; Edmonton from its 1972
WHA start). Divisions, arenas and mascots are as of the 2024-25 season.
"""
import kgexplain as kgx

TEAM = "hockey_team"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(TEAM,)),
    kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to", domain=(TEAM,), range=("city",)),
    kgx.Relation("home_arena", phrase="plays its home games at", inverse_phrase="hosts the home games of", domain=(TEAM,), range=("arena",)),
    kgx.Relation("division", phrase="competes in", inverse_phrase="includes", domain=(TEAM,), range=("division",)),
    kgx.Relation("mascot", phrase="has as its mascot", inverse_phrase="is the mascot of", domain=(TEAM,), range=("mascot",)),
    kgx.Relation("retired_number_of", phrase="retired the number of", inverse_phrase="had his number retired by", domain=(TEAM,), range=("player",)),
    kgx.Relation("franchise_type", phrase="is a", inverse_phrase="describes", domain=(TEAM,), range=("franchise_type",)),
]

# slug, label, founding year, city, arena (or None), division, mascot (or None), retired players, franchise type
TEAMS = [
    ("boston_bruins", "Boston Bruins", 1924, "boston", "td_garden", "atlantic", "blades", ["bobby_orr", "ray_bourque"], "original_six"),
    ("montreal_canadiens", "Montreal Canadiens", 1909, "montreal", "bell_centre", "atlantic", "youppi", ["maurice_richard", "jean_beliveau", "patrick_roy"], "original_six"),
    ("toronto_maple_leafs", "Toronto Maple Leafs", 1917, "toronto", "scotiabank_arena", "atlantic", "carlton", ["dave_keon"], "original_six"),
    ("detroit_red_wings", "Detroit Red Wings", 1926, "detroit", "little_caesars_arena", "atlantic", None, ["gordie_howe", "steve_yzerman"], "original_six"),
    ("chicago_blackhawks", "Chicago Blackhawks", 1926, "chicago", "united_center", "central", "tommy_hawk", ["bobby_hull", "stan_mikita"], "original_six"),
    ("new_york_rangers", "New York Rangers", 1926, "new_york_city", "madison_square_garden", "metropolitan", None, ["mark_messier"], "original_six"),
    ("pittsburgh_penguins", "Pittsburgh Penguins", 1967, "pittsburgh", "ppg_paints_arena", "metropolitan", "iceburgh", ["mario_lemieux"], "expansion"),
    ("philadelphia_flyers", "Philadelphia Flyers", 1967, "philadelphia", None, "metropolitan", "gritty", ["bobby_clarke"], "expansion"),
    ("st_louis_blues", "St. Louis Blues", 1967, "st_louis", "enterprise_center", "central", "louie", ["brett_hull", "bernie_federko"], "expansion"),
    ("los_angeles_kings", "Los Angeles Kings", 1967, "los_angeles", "crypto_com_arena", "pacific", "bailey", ["wayne_gretzky"], "expansion"),
    ("buffalo_sabres", "Buffalo Sabres", 1970, "buffalo", "keybank_center", "atlantic", "sabretooth", ["gilbert_perreault"], "expansion"),
    ("vancouver_canucks", "Vancouver Canucks", 1970, "vancouver", "rogers_arena", "pacific", "fin", ["henrik_sedin", "daniel_sedin"], "expansion"),
    ("new_york_islanders", "New York Islanders", 1972, "elmont", "ubs_arena", "metropolitan", "sparky", ["mike_bossy"], "expansion"),
    ("washington_capitals", "Washington Capitals", 1974, "washington_dc", "capital_one_arena", "metropolitan", "slapshot", ["rod_langway"], "expansion"),
    ("edmonton_oilers", "Edmonton Oilers", 1972, "edmonton", "rogers_place", "pacific", "hunter", ["wayne_gretzky", "mark_messier"], "former_wha"),
    ("colorado_avalanche", "Colorado Avalanche", 1972, "denver", "ball_arena", "central", "bernie", ["joe_sakic", "patrick_roy", "ray_bourque"], "relocated"),
    ("dallas_stars", "Dallas Stars", 1967, "dallas", "american_airlines_center", "central", "victor_e_green", ["mike_modano"], "relocated"),
    ("tampa_bay_lightning", "Tampa Bay Lightning", 1992, "tampa", None, "atlantic", "thunderbug", ["martin_st_louis", "vincent_lecavalier"], "expansion"),
]

LABELS = {
    "city": {
        "boston": "Boston", "montreal": "Montreal", "toronto": "Toronto", "detroit": "Detroit",
        "chicago": "Chicago", "new_york_city": "New York City", "pittsburgh": "Pittsburgh",
        "philadelphia": "Philadelphia", "st_louis": "St. Louis", "los_angeles": "Los Angeles",
        "buffalo": "Buffalo", "vancouver": "Vancouver", "elmont": "Elmont",
        "washington_dc": "Washington, D.C.", "edmonton": "Edmonton", "denver": "Denver",
        "dallas": "Dallas", "tampa": "Tampa",
    },
    "arena": {
        "td_garden": "TD Garden", "bell_centre": "Bell Centre", "scotiabank_arena": "Scotiabank Arena",
        "little_caesars_arena": "Little Caesars Arena", "united_center": "United Center",
        "madison_square_garden": "Madison Square Garden", "ppg_paints_arena": "PPG Paints Arena",
        "enterprise_center": "Enterprise Center", "crypto_com_arena": "Crypto.com Arena",
        "keybank_center": "KeyBank Center", "rogers_arena": "Rogers Arena", "ubs_arena": "UBS Arena",
        "capital_one_arena": "Capital One Arena", "rogers_place": "Rogers Place",
        "ball_arena": "Ball Arena", "american_airlines_center": "American Airlines Center",
    },
    "division": {
        "atlantic": "Atlantic Division", "metropolitan": "Metropolitan Division",
        "central": "Central Division", "pacific": "Pacific Division",
    },
    "mascot": {
        "blades": "Blades the Bruin", "youppi": "Youppi!", "carlton": "Carlton the Bear",
        "tommy_hawk": "Tommy Hawk", "iceburgh": "Iceburgh", "gritty": "Gritty", "louie": "Louie",
        "bailey": "Bailey", "sabretooth": "Sabretooth", "fin": "Fin the Whale",
        "sparky": "Sparky the Dragon", "slapshot": "Slapshot", "hunter": "Hunter",
        "bernie": "Bernie", "victor_e_green": "Victor E. Green", "thunderbug": "ThunderBug",
    },
    "player": {
        "bobby_orr": "Bobby Orr", "ray_bourque": "Ray Bourque", "maurice_richard": "Maurice Richard",
        "jean_beliveau": "Jean Béliveau", "patrick_roy": "Patrick Roy", "dave_keon": "Dave Keon",
        "gordie_howe": "Gordie Howe", "steve_yzerman": "Steve Yzerman", "bobby_hull": "Bobby Hull",
        "stan_mikita": "Stan Mikita", "mark_messier": "Mark Messier", "mario_lemieux": "Mario Lemieux",
        "bobby_clarke": "Bobby Clarke", "brett_hull": "Brett Hull", "bernie_federko": "Bernie Federko",
        "wayne_gretzky": "Wayne Gretzky", "gilbert_perreault": "Gilbert Perreault",
        "henrik_sedin": "Henrik Sedin", "daniel_sedin": "Daniel Sedin", "mike_bossy": "Mike Bossy",
        "rod_langway": "Rod Langway", "joe_sakic": "Joe Sakic", "mike_modano": "Mike Modano",
        "martin_st_louis": "Martin St. Louis", "vincent_lecavalier": "Vincent Lecavalier",
    },
    "franchise_type": {
        "original_six": "Original Six team", "expansion": "Expansion team",
        "former_wha": "Former WHA team", "relocated": "Relocated team",
    },
}

RATINGS = {
    "user:ana": [("boston_bruins", 5.0), ("montreal_canadiens", 4.5), ("pittsburgh_penguins", 2.0), ("edmonton_oilers", 3.5)],
    "user:ben": [("toronto_maple_leafs", 1.5), ("detroit_red_wings", 4.0), ("colorado_avalanche", 5.0), ("tampa_bay_lightning", 3.0)],
    "user:chen": [("vancouver_canucks", 4.5), ("los_angeles_kings", 1.0), ("chicago_blackhawks", 3.0), ("new_york_rangers", 4.0)],
    "user:dara": [("new_york_islanders", 2.5), ("washington_capitals", 5.0), ("st_louis_blues", 4.0), ("philadelphia_flyers", 0.5)],
    "user:emil": [("dallas_stars", 4.5), ("buffalo_sabres", 2.0), ("edmonton_oilers", 5.0), ("pittsburgh_penguins", 3.5)],
}


def entities():
    out = [kgx.Entity(f"{TEAM}:{slug}", kind="item", type=TEAM, label=label, attrs={"year": year})
           for slug, label, year, *_ in TEAMS]
    for typ, labels in LABELS.items():
        out += [kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label) for slug, label in labels.items()]
    out += [kgx.Entity(uid, kind="user", type="user", label=uid.split(":")[1]) for uid in RATINGS]
    return out


def rows():
    out = []
    for slug, _label, _year, city, arena, division, mascot, retired, ftype in TEAMS:
        t = f"{TEAM}:{slug}"
        out.append((t, "based_in", f"city:{city}"))
        if arena:
            out.append((t, "home_arena", f"arena:{arena}"))
        out.append((t, "division", f"division:{division}"))
        if mascot:
            out.append((t, "mascot", f"mascot:{mascot}"))
        out += [(t, "retired_number_of", f"player:{p}") for p in retired]
        out.append((t, "franchise_type", f"franchise_type:{ftype}"))
    for uid, ratings in RATINGS.items():
        out += [(uid, "rated", f"{TEAM}:{slug}", {"rating": r}) for slug, r in ratings]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind254")
