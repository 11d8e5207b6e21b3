"""blind365: a small graph of basketball players (year = birth year)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("player",)),
    kgx.Relation("played_for", phrase="played for", inverse_phrase="had on its roster",
                 domain=("player",), range=("team",)),
    kgx.Relation("drafted_by", phrase="was drafted by", inverse_phrase="drafted",
                 domain=("player",), range=("team",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("player",), range=("city",)),
    kgx.Relation("college", phrase="played college basketball at", inverse_phrase="is the college of",
                 domain=("player",), range=("college",)),
    kgx.Relation("position", phrase="plays as a", inverse_phrase="is the position of",
                 domain=("player",), range=("position",)),
    kgx.Relation("nationality", phrase="is a citizen of", inverse_phrase="is the country of",
                 domain=("player",), range=("country",)),
]

# slug: (label, birth year)
PLAYERS = {
    "michael_jordan": ("Michael Jordan", 1963),
    "lebron_james": ("LeBron James", 1984),
    "kobe_bryant": ("Kobe Bryant", 1978),
    "tim_duncan": ("Tim Duncan", 1976),
    "shaquille_oneal": ("Shaquille O'Neal", 1972),
    "magic_johnson": ("Magic Johnson", 1959),
    "larry_bird": ("Larry Bird", 1956),
    "kareem_abdul_jabbar": ("Kareem Abdul-Jabbar", 1947),
    "hakeem_olajuwon": ("Hakeem Olajuwon", 1963),
    "dirk_nowitzki": ("Dirk Nowitzki", 1978),
    "stephen_curry": ("Stephen Curry", 1988),
    "kevin_durant": ("Kevin Durant", 1988),
    "giannis_antetokounmpo": ("Giannis Antetokounmpo", 1994),
    "bill_russell": ("Bill Russell", 1934),
    "wilt_chamberlain": ("Wilt Chamberlain", 1936),
    "yao_ming": ("Yao Ming", 1980),
    "tony_parker": ("Tony Parker", 1982),
    "pau_gasol": ("Pau Gasol", 1980),
    "nikola_jokic": ("Nikola Jokić", 1995),
    "allen_iverson": ("Allen Iverson", 1975),
}

TEAMS = {
    "chicago_bulls": "Chicago Bulls", "washington_wizards": "Washington Wizards",
    "cleveland_cavaliers": "Cleveland Cavaliers", "miami_heat": "Miami Heat",
    "los_angeles_lakers": "Los Angeles Lakers", "charlotte_hornets": "Charlotte Hornets",
    "san_antonio_spurs": "San Antonio Spurs", "orlando_magic": "Orlando Magic",
    "phoenix_suns": "Phoenix Suns", "boston_celtics": "Boston Celtics",
    "milwaukee_bucks": "Milwaukee Bucks", "houston_rockets": "Houston Rockets",
    "toronto_raptors": "Toronto Raptors", "dallas_mavericks": "Dallas Mavericks",
    "golden_state_warriors": "Golden State Warriors", "seattle_supersonics": "Seattle SuperSonics",
    "oklahoma_city_thunder": "Oklahoma City Thunder", "brooklyn_nets": "Brooklyn Nets",
    "st_louis_hawks": "St. Louis Hawks", "philadelphia_76ers": "Philadelphia 76ers",
    "atlanta_hawks": "Atlanta Hawks", "memphis_grizzlies": "Memphis Grizzlies",
    "denver_nuggets": "Denver Nuggets", "detroit_pistons": "Detroit Pistons",
}

CITIES = {
    "brooklyn": "Brooklyn", "akron": "Akron", "philadelphia": "Philadelphia",
    "christiansted": "Christiansted", "newark": "Newark", "lansing": "Lansing",
    "west_baden_springs": "West Baden Springs", "new_york_city": "New York City",
    "lagos": "Lagos", "wurzburg": "Würzburg", "washington_dc": "Washington, D.C.",
    "athens": "Athens", "monroe": "Monroe", "shanghai": "Shanghai", "bruges": "Bruges",
    "barcelona": "Barcelona", "sombor": "Sombor", "hampton": "Hampton",
}

COLLEGES = {
    "north_carolina": "University of North Carolina", "wake_forest": "Wake Forest University",
    "lsu": "Louisiana State University", "michigan_state": "Michigan State University",
    "indiana_state": "Indiana State University", "ucla": "UCLA",
    "houston": "University of Houston", "davidson": "Davidson College",
    "texas": "University of Texas", "san_francisco": "University of San Francisco",
    "kansas": "University of Kansas", "georgetown": "Georgetown University",
}

POSITIONS = {
    "point_guard": "Point guard", "shooting_guard": "Shooting guard",
    "small_forward": "Small forward", "power_forward": "Power forward", "center": "Center",
}

COUNTRIES = {
    "united_states": "United States", "germany": "Germany", "greece": "Greece",
    "china": "China", "france": "France", "spain": "Spain", "serbia": "Serbia",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# slug: (played_for, drafted_by, born_in, college, position, nationality)
FACTS = {
    "michael_jordan": (["chicago_bulls", "washington_wizards"], "chicago_bulls", "brooklyn",
                       "north_carolina", "shooting_guard", "united_states"),
    "lebron_james": (["cleveland_cavaliers", "miami_heat", "los_angeles_lakers"], "cleveland_cavaliers",
                     "akron", None, "small_forward", "united_states"),
    "kobe_bryant": (["los_angeles_lakers"], "charlotte_hornets", "philadelphia", None,
                    "shooting_guard", "united_states"),
    "tim_duncan": (["san_antonio_spurs"], "san_antonio_spurs", "christiansted", "wake_forest",
                   "power_forward", "united_states"),
    "shaquille_oneal": (["orlando_magic", "los_angeles_lakers", "miami_heat", "phoenix_suns",
                         "cleveland_cavaliers", "boston_celtics"], "orlando_magic", "newark", "lsu",
                        "center", "united_states"),
    "magic_johnson": (["los_angeles_lakers"], "los_angeles_lakers", "lansing", "michigan_state",
                      "point_guard", "united_states"),
    "larry_bird": (["boston_celtics"], "boston_celtics", "west_baden_springs", "indiana_state",
                   "small_forward", "united_states"),
    "kareem_abdul_jabbar": (["milwaukee_bucks", "los_angeles_lakers"], "milwaukee_bucks", "new_york_city",
                            "ucla", "center", "united_states"),
    "hakeem_olajuwon": (["houston_rockets", "toronto_raptors"], "houston_rockets", "lagos", "houston",
                        "center", "united_states"),
    "dirk_nowitzki": (["dallas_mavericks"], "milwaukee_bucks", "wurzburg", None, "power_forward", "germany"),
    "stephen_curry": (["golden_state_warriors"], "golden_state_warriors", "akron", "davidson",
                      "point_guard", "united_states"),
    "kevin_durant": (["seattle_supersonics", "oklahoma_city_thunder", "golden_state_warriors",
                      "brooklyn_nets", "phoenix_suns"], "seattle_supersonics", "washington_dc", "texas",
                     "small_forward", "united_states"),
    "giannis_antetokounmpo": (["milwaukee_bucks"], "milwaukee_bucks", "athens", None, "power_forward", "greece"),
    "bill_russell": (["boston_celtics"], "st_louis_hawks", "monroe", "san_francisco", "center", "united_states"),
    "wilt_chamberlain": (["philadelphia_76ers", "los_angeles_lakers"], None, "philadelphia", "kansas",
                         "center", "united_states"),
    "yao_ming": (["houston_rockets"], "houston_rockets", "shanghai", None, "center", "china"),
    "tony_parker": (["san_antonio_spurs"], "san_antonio_spurs", "bruges", None, "point_guard", "france"),
    "pau_gasol": (["memphis_grizzlies", "los_angeles_lakers", "chicago_bulls", "san_antonio_spurs"],
                  "atlanta_hawks", "barcelona", None, "power_forward", "spain"),
    "nikola_jokic": (["denver_nuggets"], "denver_nuggets", "sombor", None, "center", "serbia"),
    "allen_iverson": (["philadelphia_76ers", "denver_nuggets", "detroit_pistons", "memphis_grizzlies"],
                      "philadelphia_76ers", "hampton", "georgetown", "point_guard", "united_states"),
}

RATINGS = {
    "ana": {"michael_jordan": 5.0, "kobe_bryant": 4.5, "larry_bird": 2.0, "stephen_curry": 4.0},
    "ben": {"lebron_james": 1.5, "dirk_nowitzki": 5.0, "giannis_antetokounmpo": 4.0, "shaquille_oneal": 3.0},
    "chen": {"yao_ming": 5.0, "nikola_jokic": 4.5, "kevin_durant": 2.0, "magic_johnson": 3.5},
    "dara": {"tim_duncan": 4.0, "tony_parker": 4.5, "bill_russell": 1.0, "kareem_abdul_jabbar": 5.0},
    "emil": {"hakeem_olajuwon": 2.5, "pau_gasol": 4.0, "wilt_chamberlain": 1.5, "allen_iverson": 5.0},
}


def entities():
    out = [kgx.Entity(f"player:{s}", kind="item", type="player", label=lab, attrs={"year": y})
           for s, (lab, y) in PLAYERS.items()]
    for prefix, table in [("team", TEAMS), ("city", CITIES), ("college", COLLEGES),
                          ("position", POSITIONS), ("country", COUNTRIES)]:
        out += [kgx.Entity(f"{prefix}:{s}", kind="attribute", type=prefix, label=lab) for s, lab in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for s, (teams, drafted, born, college, pos, nat) in FACTS.items():
        p = f"player:{s}"
        out += [(p, "played_for", f"team:{t}") for t in teams]
        if drafted:
            out.append((p, "drafted_by", f"team:{drafted}"))
        out.append((p, "born_in", f"city:{born}"))
        if college:
            out.append((p, "college", f"college:{college}"))
        out.append((p, "position", f"position:{pos}"))
        out.append((p, "nationality", f"country:{nat}"))
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"player:{s}", {"rating": r}) for s, r in rs.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind365")
