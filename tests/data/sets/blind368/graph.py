"""A small Formula One drivers graph (blind368). Item year = the driver's year of birth."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("driver",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("driver",), range=("city",)),
    kgx.Relation("nationality", phrase="races under the flag of", inverse_phrase="is the racing nationality of", domain=("driver",), range=("country",)),
    kgx.Relation("drove_for", phrase="drove for", inverse_phrase="fielded", domain=("driver",), range=("team",)),
    kgx.Relation("champion_with", phrase="won the world championship with", inverse_phrase="took the world title with", domain=("driver",), range=("team",)),
    kgx.Relation("first_win_at", phrase="took his first Grand Prix win at", inverse_phrase="was the first win of", domain=("driver",), range=("grand prix",)),
    kgx.Relation("replaced", phrase="replaced", inverse_phrase="was replaced by", domain=("driver",), range=("driver",)),
    kgx.Relation("later_career", phrase="went on to become", inverse_phrase="was the later career of", domain=("driver",), range=("role",)),
]

# slug, label, birth year, birthplace, nationality, teams, title teams, first win
DRIVERS = [
    ("ayrton_senna", "Ayrton Senna", 1960, "sao_paulo", "brazil", ["toleman", "lotus", "mclaren", "williams"], ["mclaren"], "portuguese_gp"),
    ("alain_prost", "Alain Prost", 1955, "lorette", "france", ["mclaren", "renault", "ferrari", "williams"], ["mclaren", "williams"], "french_gp"),
    ("michael_schumacher", "Michael Schumacher", 1969, "hurth", "germany", ["jordan", "benetton", "ferrari", "mercedes"], ["benetton", "ferrari"], "belgian_gp"),
    ("lewis_hamilton", "Lewis Hamilton", 1985, "stevenage", "united_kingdom", ["mclaren", "mercedes", "ferrari"], ["mclaren", "mercedes"], "canadian_gp"),
    ("sebastian_vettel", "Sebastian Vettel", 1987, "heppenheim", "germany", ["toro_rosso", "red_bull", "ferrari", "aston_martin"], ["red_bull"], "italian_gp"),
    ("fernando_alonso", "Fernando Alonso", 1981, "oviedo", "spain", ["minardi", "renault", "mclaren", "ferrari", "alpine", "aston_martin"], ["renault"], "hungarian_gp"),
    ("kimi_raikkonen", "Kimi Räikkönen", 1979, "espoo", "finland", ["sauber", "mclaren", "ferrari"], ["ferrari"], "malaysian_gp"),
    ("mika_hakkinen", "Mika Häkkinen", 1968, "vantaa", "finland", ["lotus", "mclaren"], ["mclaren"], "european_gp"),
    ("nigel_mansell", "Nigel Mansell", 1953, "upton_upon_severn", "united_kingdom", ["lotus", "williams", "ferrari", "mclaren"], ["williams"], "european_gp"),
    ("niki_lauda", "Niki Lauda", 1949, "vienna", "austria", ["march", "brm", "ferrari", "brabham", "mclaren"], ["ferrari", "mclaren"], "spanish_gp"),
    ("jackie_stewart", "Jackie Stewart", 1939, "milton", "united_kingdom", ["brm", "tyrrell"], ["tyrrell"], "italian_gp"),
    ("max_verstappen", "Max Verstappen", 1997, "hasselt", "netherlands", ["toro_rosso", "red_bull"], ["red_bull"], "spanish_gp"),
    ("jenson_button", "Jenson Button", 1980, "frome", "united_kingdom", ["williams", "benetton", "renault", "bar", "honda", "brawn", "mclaren"], ["brawn"], "hungarian_gp"),
    ("damon_hill", "Damon Hill", 1960, "hampstead", "united_kingdom", ["brabham", "williams", "arrows", "jordan"], ["williams"], "hungarian_gp"),
    ("nico_rosberg", "Nico Rosberg", 1985, "wiesbaden", "germany", ["williams", "mercedes"], ["mercedes"], "chinese_gp"),
    ("jochen_rindt", "Jochen Rindt", 1942, "mainz", "austria", ["cooper", "brabham", "lotus"], ["lotus"], "united_states_gp"),
    ("emerson_fittipaldi", "Emerson Fittipaldi", 1946, "sao_paulo", "brazil", ["lotus", "mclaren"], ["lotus", "mclaren"], "united_states_gp"),
    ("jim_clark", "Jim Clark", 1936, "kilmany", "united_kingdom", ["lotus"], ["lotus"], "belgian_gp"),
]

CITIES = {
    "sao_paulo": "São Paulo", "lorette": "Lorette", "hurth": "Hürth", "stevenage": "Stevenage",
    "heppenheim": "Heppenheim", "oviedo": "Oviedo", "espoo": "Espoo", "vantaa": "Vantaa",
    "upton_upon_severn": "Upton-upon-Severn", "vienna": "Vienna", "milton": "Milton",
    "hasselt": "Hasselt", "frome": "Frome", "hampstead": "Hampstead", "wiesbaden": "Wiesbaden",
    "mainz": "Mainz", "kilmany": "Kilmany",
}
COUNTRIES = {
    "brazil": "Brazil", "france": "France", "germany": "Germany", "united_kingdom": "United Kingdom",
    "spain": "Spain", "finland": "Finland", "austria": "Austria", "netherlands": "Netherlands",
}
TEAMS = {
    "toleman": "Toleman", "lotus": "Lotus", "mclaren": "McLaren", "williams": "Williams",
    "renault": "Renault", "ferrari": "Ferrari", "jordan": "Jordan", "benetton": "Benetton",
    "mercedes": "Mercedes", "toro_rosso": "Toro Rosso", "red_bull": "Red Bull",
    "aston_martin": "Aston Martin", "minardi": "Minardi", "alpine": "Alpine", "sauber": "Sauber",
    "march": "March", "brm": "BRM", "brabham": "Brabham", "tyrrell": "Tyrrell", "bar": "BAR",
    "honda": "Honda", "brawn": "Brawn", "arrows": "Arrows", "cooper": "Cooper",
}
GRANDS_PRIX = {
    "portuguese_gp": "Portuguese Grand Prix", "french_gp": "French Grand Prix",
    "belgian_gp": "Belgian Grand Prix", "canadian_gp": "Canadian Grand Prix",
    "italian_gp": "Italian Grand Prix", "hungarian_gp": "Hungarian Grand Prix",
    "malaysian_gp": "Malaysian Grand Prix", "european_gp": "European Grand Prix",
    "spanish_gp": "Spanish Grand Prix", "chinese_gp": "Chinese Grand Prix",
    "united_states_gp": "United States Grand Prix",
}
ROLES = {"team_owner": "team owner", "airline_founder": "airline founder", "tv_pundit": "television pundit"}
LATER_CAREER = [
    ("jackie_stewart", "team_owner"), ("alain_prost", "team_owner"), ("niki_lauda", "airline_founder"),
    ("jenson_button", "tv_pundit"), ("damon_hill", "tv_pundit"), ("nico_rosberg", "tv_pundit"),
]
# (driver who took the seat, driver whose seat was taken)
REPLACED = [
    ("lewis_hamilton", "michael_schumacher"),    # Mercedes, 2013
    ("kimi_raikkonen", "michael_schumacher"),    # Ferrari, 2007
    ("fernando_alonso", "kimi_raikkonen"),       # Ferrari, 2010
    ("sebastian_vettel", "fernando_alonso"),     # Ferrari, 2015
    ("kimi_raikkonen", "mika_hakkinen"),         # McLaren, 2002
    ("ayrton_senna", "alain_prost"),             # Williams, 1994
]
USERS = ["ana", "ben", "chen", "dara", "emil"]
RATINGS = [
    ("ana", "ayrton_senna", 5.0), ("ana", "alain_prost", 4.0), ("ana", "jim_clark", 4.5), ("ana", "niki_lauda", 2.0),
    ("ben", "lewis_hamilton", 5.0), ("ben", "max_verstappen", 1.5), ("ben", "fernando_alonso", 4.0), ("ben", "jenson_button", 3.0),
    ("chen", "michael_schumacher", 4.5), ("chen", "kimi_raikkonen", 5.0), ("chen", "sebastian_vettel", 2.0), ("chen", "mika_hakkinen", 3.5),
    ("dara", "nigel_mansell", 4.0), ("dara", "damon_hill", 5.0), ("dara", "jackie_stewart", 1.0), ("dara", "nico_rosberg", 2.5),
    ("emil", "emerson_fittipaldi", 4.5), ("emil", "jochen_rindt", 3.0), ("emil", "max_verstappen", 4.0), ("emil", "ayrton_senna", 1.5),
]


def entities():
    out = []
    for slug, label, year, *_ in DRIVERS:
        out.append(kgx.Entity(f"driver:{slug}", kind="item", type="driver", label=label, attrs={"year": year}))
    for slug, label in CITIES.items():
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, label in COUNTRIES.items():
        out.append(kgx.Entity(f"country:{slug}", kind="attribute", type="country", label=label))
    for slug, label in TEAMS.items():
        out.append(kgx.Entity(f"team:{slug}", kind="attribute", type="team", label=label))
    for slug, label in GRANDS_PRIX.items():
        out.append(kgx.Entity(f"gp:{slug}", kind="attribute", type="grand prix", label=label))
    for slug, label in ROLES.items():
        out.append(kgx.Entity(f"role:{slug}", kind="attribute", type="role", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def rows():
    out = []
    for slug, _label, _year, city, country, teams, titles, win in DRIVERS:
        d = f"driver:{slug}"
        out.append((d, "born_in", f"city:{city}"))
        out.append((d, "nationality", f"country:{country}"))
        for t in teams:
            out.append((d, "drove_for", f"team:{t}"))
        for t in titles:
            out.append((d, "champion_with", f"team:{t}"))
        out.append((d, "first_win_at", f"gp:{win}"))
    for d, role in LATER_CAREER:
        out.append((f"driver:{d}", "later_career", f"role:{role}"))
    for a, b in REPLACED:
        out.append((f"driver:{a}", "replaced", f"driver:{b}"))
    for u, slug, r in RATINGS:
        out.append((f"user:{u}", "rated", f"driver:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind368")
