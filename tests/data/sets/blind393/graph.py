"""blind393: a small graph of ice hockey players.

Items are players (type "ice hockey player"); their `year` attribute is the
year of birth. Attributes are teams, birth cities, countries, playing
positions and NHL trophies. Five users rated four players each.
"""
import kgexplain as kgx

P = "ice hockey player"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(P,)),
    kgx.Relation("played_for", phrase="played for", inverse_phrase="had as a player",
                 domain=(P,), range=("team",)),
    kgx.Relation("drafted_by", phrase="was drafted by", inverse_phrase="drafted",
                 domain=(P,), range=("team",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=(P,), range=("city",)),
    kgx.Relation("nationality", phrase="comes from", inverse_phrase="is the home country of",
                 domain=(P,), range=("country",)),
    kgx.Relation("position", phrase="played as a", inverse_phrase="was the position of",
                 domain=(P,), range=("position",)),
    kgx.Relation("won", phrase="won", inverse_phrase="was won by",
                 domain=(P,), range=("trophy",)),
]

# slug, label, birth year
PLAYERS = [
    ("wayne_gretzky", "Wayne Gretzky", 1961),
    ("mario_lemieux", "Mario Lemieux", 1965),
    ("sidney_crosby", "Sidney Crosby", 1987),
    ("alexander_ovechkin", "Alexander Ovechkin", 1985),
    ("bobby_orr", "Bobby Orr", 1948),
    ("gordie_howe", "Gordie Howe", 1928),
    ("jaromir_jagr", "Jaromír Jágr", 1972),
    ("teemu_selanne", "Teemu Selänne", 1970),
    ("nicklas_lidstrom", "Nicklas Lidström", 1970),
    ("martin_brodeur", "Martin Brodeur", 1972),
    ("patrick_roy", "Patrick Roy", 1965),
    ("dominik_hasek", "Dominik Hašek", 1965),
    ("connor_mcdavid", "Connor McDavid", 1997),
    ("mark_messier", "Mark Messier", 1961),
    ("steve_yzerman", "Steve Yzerman", 1965),
    ("henrik_lundqvist", "Henrik Lundqvist", 1982),
    ("peter_forsberg", "Peter Forsberg", 1973),
    ("maurice_richard", "Maurice Richard", 1921),
]

TEAMS = {
    "edmonton_oilers": "Edmonton Oilers",
    "los_angeles_kings": "Los Angeles Kings",
    "st_louis_blues": "St. Louis Blues",
    "new_york_rangers": "New York Rangers",
    "pittsburgh_penguins": "Pittsburgh Penguins",
    "washington_capitals": "Washington Capitals",
    "dynamo_moscow": "Dynamo Moscow",
    "boston_bruins": "Boston Bruins",
    "chicago_blackhawks": "Chicago Blackhawks",
    "detroit_red_wings": "Detroit Red Wings",
    "hartford_whalers": "Hartford Whalers",
    "rytiri_kladno": "Rytíři Kladno",
    "winnipeg_jets": "Winnipeg Jets",
    "anaheim_ducks": "Anaheim Ducks",
    "jokerit": "Jokerit",
    "new_jersey_devils": "New Jersey Devils",
    "montreal_canadiens": "Montreal Canadiens",
    "colorado_avalanche": "Colorado Avalanche",
    "buffalo_sabres": "Buffalo Sabres",
    "vancouver_canucks": "Vancouver Canucks",
    "frolunda_hc": "Frölunda HC",
    "philadelphia_flyers": "Philadelphia Flyers",
    "nashville_predators": "Nashville Predators",
    "modo_hockey": "Modo Hockey",
}

CITIES = {
    "brantford": "Brantford",
    "montreal": "Montreal",
    "halifax": "Halifax",
    "moscow": "Moscow",
    "parry_sound": "Parry Sound",
    "floral": "Floral",
    "kladno": "Kladno",
    "helsinki": "Helsinki",
    "quebec_city": "Quebec City",
    "pardubice": "Pardubice",
    "richmond_hill": "Richmond Hill",
    "edmonton": "Edmonton",
    "cranbrook": "Cranbrook",
    "are": "Åre",
    "ornskoldsvik": "Örnsköldsvik",
}

COUNTRIES = {
    "canada": "Canada",
    "russia": "Russia",
    "czech_republic": "Czech Republic",
    "finland": "Finland",
    "sweden": "Sweden",
}

POSITIONS = {
    "centre": "Centre",
    "left_wing": "Left wing",
    "right_wing": "Right wing",
    "defenceman": "Defenceman",
    "goaltender": "Goaltender",
}

TROPHIES = {
    "hart_trophy": "Hart Trophy",
    "conn_smythe_trophy": "Conn Smythe Trophy",
    "vezina_trophy": "Vezina Trophy",
    "norris_trophy": "Norris Trophy",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# slug: (birth city or None, country, position, [teams], drafted_by or None, [trophies])
FACTS = {
    "wayne_gretzky": ("brantford", "canada", "centre",
                      ["edmonton_oilers", "los_angeles_kings", "st_louis_blues", "new_york_rangers"],
                      None, ["hart_trophy", "conn_smythe_trophy"]),
    "mario_lemieux": ("montreal", "canada", "centre", ["pittsburgh_penguins"],
                      "pittsburgh_penguins", ["hart_trophy", "conn_smythe_trophy"]),
    "sidney_crosby": ("halifax", "canada", "centre", ["pittsburgh_penguins"],
                      "pittsburgh_penguins", ["hart_trophy", "conn_smythe_trophy"]),
    "alexander_ovechkin": ("moscow", "russia", "left_wing", ["washington_capitals", "dynamo_moscow"],
                           "washington_capitals", ["hart_trophy", "conn_smythe_trophy"]),
    "bobby_orr": ("parry_sound", "canada", "defenceman", ["boston_bruins", "chicago_blackhawks"],
                  None, ["norris_trophy", "hart_trophy", "conn_smythe_trophy"]),
    "gordie_howe": ("floral", "canada", "right_wing", ["detroit_red_wings", "hartford_whalers"],
                    None, ["hart_trophy"]),
    "jaromir_jagr": ("kladno", "czech_republic", "right_wing",
                     ["pittsburgh_penguins", "washington_capitals", "new_york_rangers", "rytiri_kladno"],
                     "pittsburgh_penguins", ["hart_trophy"]),
    "teemu_selanne": ("helsinki", "finland", "right_wing", ["winnipeg_jets", "anaheim_ducks", "jokerit"],
                      "winnipeg_jets", []),
    "nicklas_lidstrom": (None, "sweden", "defenceman", ["detroit_red_wings"],
                         "detroit_red_wings", ["norris_trophy", "conn_smythe_trophy"]),
    "martin_brodeur": ("montreal", "canada", "goaltender", ["new_jersey_devils", "st_louis_blues"],
                       "new_jersey_devils", ["vezina_trophy"]),
    "patrick_roy": ("quebec_city", "canada", "goaltender", ["montreal_canadiens", "colorado_avalanche"],
                    "montreal_canadiens", ["vezina_trophy", "conn_smythe_trophy"]),
    "dominik_hasek": ("pardubice", "czech_republic", "goaltender",
                      ["chicago_blackhawks", "buffalo_sabres", "detroit_red_wings"],
                      "chicago_blackhawks", ["vezina_trophy", "hart_trophy"]),
    "connor_mcdavid": ("richmond_hill", "canada", "centre", ["edmonton_oilers"],
                       "edmonton_oilers", ["hart_trophy", "conn_smythe_trophy"]),
    "mark_messier": ("edmonton", "canada", "centre",
                     ["edmonton_oilers", "new_york_rangers", "vancouver_canucks"],
                     "edmonton_oilers", ["hart_trophy", "conn_smythe_trophy"]),
    "steve_yzerman": ("cranbrook", "canada", "centre", ["detroit_red_wings"],
                      "detroit_red_wings", ["conn_smythe_trophy"]),
    "henrik_lundqvist": ("are", "sweden", "goaltender", ["new_york_rangers", "frolunda_hc"],
                         "new_york_rangers", ["vezina_trophy"]),
    "peter_forsberg": ("ornskoldsvik", "sweden", "centre",
                       ["colorado_avalanche", "philadelphia_flyers", "nashville_predators", "modo_hockey"],
                       "philadelphia_flyers", ["hart_trophy"]),
    "maurice_richard": ("montreal", "canada", "right_wing", ["montreal_canadiens"],
                        None, ["hart_trophy"]),
}

RATINGS = {
    "ana": [("wayne_gretzky", 5.0), ("sidney_crosby", 4.5), ("patrick_roy", 2.0), ("teemu_selanne", 3.5)],
    "ben": [("alexander_ovechkin", 4.0), ("jaromir_jagr", 1.5), ("mario_lemieux", 5.0), ("henrik_lundqvist", 3.0)],
    "chen": [("dominik_hasek", 4.5), ("bobby_orr", 2.5), ("connor_mcdavid", 1.0), ("peter_forsberg", 4.0)],
    "dara": [("martin_brodeur", 5.0), ("gordie_howe", 2.0), ("nicklas_lidstrom", 3.5), ("mark_messier", 4.0)],
    "emil": [("steve_yzerman", 4.5), ("maurice_richard", 3.0), ("wayne_gretzky", 1.5), ("alexander_ovechkin", 5.0)],
}


def pid(slug):
    return f"{P}:{slug}"


def entities():
    out = [kgx.Entity(pid(s), kind="item", type=P, label=label, attrs={"year": year})
           for s, label, year in PLAYERS]
    for prefix, table in (("team", TEAMS), ("city", CITIES), ("country", COUNTRIES),
                          ("position", POSITIONS), ("trophy", TROPHIES)):
        out += [kgx.Entity(f"{prefix}:{s}", kind="attribute", type=prefix, label=label)
                for s, label in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, (city, country, position, teams, drafted, trophies) in FACTS.items():
        h = pid(slug)
        if city:
            out.append((h, "born_in", f"city:{city}"))
        out.append((h, "nationality", f"country:{country}"))
        out.append((h, "position", f"position:{position}"))
        out += [(h, "played_for", f"team:{t}") for t in teams]
        if drafted:
            out.append((h, "drafted_by", f"team:{drafted}"))
        out += [(h, "won", f"trophy:{t}") for t in trophies]
    for user, pairs in RATINGS.items():
        out += [(f"user:{user}", "rated", pid(s), {"rating": r}) for s, r in pairs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind393")
