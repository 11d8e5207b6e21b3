"""A small boxers knowledge graph (blind314). The item year is the boxer's birth year."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("boxer",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("boxer",), range=("country",)),
    kgx.Relation("trained_by", phrase="was trained by", inverse_phrase="trained", domain=("boxer",), range=("trainer",)),
    kgx.Relation("world_title_in", phrase="won a world title at", inverse_phrase="is the weight class in which a world title was won by", domain=("boxer",), range=("division",)),
    kgx.Relation("stance", phrase="fights from the stance", inverse_phrase="is the fighting stance of", domain=("boxer",), range=("stance",)),
    kgx.Relation("defeated", phrase="defeated", inverse_phrase="lost to", domain=("boxer",), range=("boxer",)),
]

BOXERS = [
    ("muhammad_ali", "Muhammad Ali", 1942),
    ("joe_frazier", "Joe Frazier", 1944),
    ("george_foreman", "George Foreman", 1949),
    ("larry_holmes", "Larry Holmes", 1949),
    ("mike_tyson", "Mike Tyson", 1966),
    ("evander_holyfield", "Evander Holyfield", 1962),
    ("lennox_lewis", "Lennox Lewis", 1965),
    ("sugar_ray_leonard", "Sugar Ray Leonard", 1956),
    ("marvin_hagler", "Marvin Hagler", 1954),
    ("thomas_hearns", "Thomas Hearns", 1958),
    ("roberto_duran", "Roberto Durán", 1951),
    ("floyd_mayweather_jr", "Floyd Mayweather Jr.", 1977),
    ("manny_pacquiao", "Manny Pacquiao", 1978),
    ("oscar_de_la_hoya", "Oscar De La Hoya", 1973),
    ("juan_manuel_marquez", "Juan Manuel Márquez", 1973),
    ("canelo_alvarez", "Canelo Álvarez", 1990),
    ("joe_louis", "Joe Louis", 1914),
    ("rocky_marciano", "Rocky Marciano", 1923),
]

COUNTRIES = [
    ("united_states", "United States"),
    ("england", "England"),
    ("panama", "Panama"),
    ("philippines", "Philippines"),
    ("mexico", "Mexico"),
]

TRAINERS = [
    ("angelo_dundee", "Angelo Dundee"),
    ("eddie_futch", "Eddie Futch"),
    ("dick_sadler", "Dick Sadler"),
    ("richie_giachetti", "Richie Giachetti"),
    ("cus_damato", "Cus D'Amato"),
    ("emanuel_steward", "Emanuel Steward"),
    ("goody_petronelli", "Goody Petronelli"),
    ("ray_arcel", "Ray Arcel"),
    ("roger_mayweather", "Roger Mayweather"),
    ("freddie_roach", "Freddie Roach"),
    ("nacho_beristain", "Ignacio Beristáin"),
    ("eddy_reynoso", "Eddy Reynoso"),
    ("jack_blackburn", "Jack Blackburn"),
    ("charley_goldman", "Charley Goldman"),
]

DIVISIONS = [
    ("heavyweight", "Heavyweight"),
    ("cruiserweight", "Cruiserweight"),
    ("light_heavyweight", "Light heavyweight"),
    ("super_middleweight", "Super middleweight"),
    ("middleweight", "Middleweight"),
    ("light_middleweight", "Light middleweight"),
    ("welterweight", "Welterweight"),
    ("lightweight", "Lightweight"),
    ("super_featherweight", "Super featherweight"),
    ("featherweight", "Featherweight"),
    ("flyweight", "Flyweight"),
]

STANCES = [
    ("orthodox", "Orthodox"),
    ("southpaw", "Southpaw"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year in BOXERS:
        out.append(kgx.Entity(f"boxer:{slug}", kind="item", type="boxer", label=label, attrs={"year": year}))
    for slug, label in COUNTRIES:
        out.append(kgx.Entity(f"country:{slug}", kind="attribute", type="country", label=label))
    for slug, label in TRAINERS:
        out.append(kgx.Entity(f"trainer:{slug}", kind="attribute", type="trainer", label=label))
    for slug, label in DIVISIONS:
        out.append(kgx.Entity(f"division:{slug}", kind="attribute", type="division", label=label))
    for slug, label in STANCES:
        out.append(kgx.Entity(f"stance:{slug}", kind="attribute", type="stance", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


BORN_IN = {
    "muhammad_ali": "united_states",
    "joe_frazier": "united_states",
    "george_foreman": "united_states",
    "larry_holmes": "united_states",
    "mike_tyson": "united_states",
    "evander_holyfield": "united_states",
    "lennox_lewis": "england",
    "sugar_ray_leonard": "united_states",
    "marvin_hagler": "united_states",
    "thomas_hearns": "united_states",
    "roberto_duran": "panama",
    "floyd_mayweather_jr": "united_states",
    "manny_pacquiao": "philippines",
    "oscar_de_la_hoya": "united_states",
    "juan_manuel_marquez": "mexico",
    "canelo_alvarez": "mexico",
    "joe_louis": "united_states",
    "rocky_marciano": "united_states",
}

TRAINED_BY = [
    ("muhammad_ali", "angelo_dundee"),
    ("sugar_ray_leonard", "angelo_dundee"),
    ("joe_frazier", "eddie_futch"),
    ("george_foreman", "dick_sadler"),
    ("larry_holmes", "richie_giachetti"),
    ("mike_tyson", "cus_damato"),
    ("thomas_hearns", "emanuel_steward"),
    ("lennox_lewis", "emanuel_steward"),
    ("evander_holyfield", "emanuel_steward"),
    ("marvin_hagler", "goody_petronelli"),
    ("roberto_duran", "ray_arcel"),
    ("floyd_mayweather_jr", "roger_mayweather"),
    ("manny_pacquiao", "freddie_roach"),
    ("oscar_de_la_hoya", "freddie_roach"),
    ("juan_manuel_marquez", "nacho_beristain"),
    ("canelo_alvarez", "eddy_reynoso"),
    ("joe_louis", "jack_blackburn"),
    ("rocky_marciano", "charley_goldman"),
]

WORLD_TITLE_IN = [
    ("muhammad_ali", "heavyweight"),
    ("joe_frazier", "heavyweight"),
    ("george_foreman", "heavyweight"),
    ("larry_holmes", "heavyweight"),
    ("mike_tyson", "heavyweight"),
    ("evander_holyfield", "cruiserweight"),
    ("evander_holyfield", "heavyweight"),
    ("lennox_lewis", "heavyweight"),
    ("joe_louis", "heavyweight"),
    ("rocky_marciano", "heavyweight"),
    ("sugar_ray_leonard", "welterweight"),
    ("sugar_ray_leonard", "light_middleweight"),
    ("sugar_ray_leonard", "middleweight"),
    ("marvin_hagler", "middleweight"),
    ("thomas_hearns", "welterweight"),
    ("thomas_hearns", "light_middleweight"),
    ("thomas_hearns", "middleweight"),
    ("thomas_hearns", "light_heavyweight"),
    ("roberto_duran", "lightweight"),
    ("roberto_duran", "welterweight"),
    ("roberto_duran", "light_middleweight"),
    ("roberto_duran", "middleweight"),
    ("floyd_mayweather_jr", "super_featherweight"),
    ("floyd_mayweather_jr", "lightweight"),
    ("floyd_mayweather_jr", "welterweight"),
    ("floyd_mayweather_jr", "light_middleweight"),
    ("manny_pacquiao", "flyweight"),
    ("manny_pacquiao", "super_featherweight"),
    ("manny_pacquiao", "lightweight"),
    ("manny_pacquiao", "welterweight"),
    ("oscar_de_la_hoya", "super_featherweight"),
    ("oscar_de_la_hoya", "lightweight"),
    ("oscar_de_la_hoya", "welterweight"),
    ("oscar_de_la_hoya", "middleweight"),
    ("juan_manuel_marquez", "featherweight"),
    ("juan_manuel_marquez", "lightweight"),
    ("canelo_alvarez", "light_middleweight"),
    ("canelo_alvarez", "middleweight"),
    ("canelo_alvarez", "super_middleweight"),
    ("canelo_alvarez", "light_heavyweight"),
]

SOUTHPAWS = {"marvin_hagler", "manny_pacquiao"}

DEFEATED = [
    ("joe_frazier", "muhammad_ali"),          # 1971
    ("muhammad_ali", "joe_frazier"),          # 1974, 1975
    ("muhammad_ali", "george_foreman"),       # 1974
    ("george_foreman", "joe_frazier"),        # 1973
    ("larry_holmes", "muhammad_ali"),         # 1980
    ("mike_tyson", "larry_holmes"),           # 1988
    ("evander_holyfield", "mike_tyson"),      # 1996
    ("evander_holyfield", "larry_holmes"),    # 1992
    ("evander_holyfield", "george_foreman"),  # 1991
    ("lennox_lewis", "evander_holyfield"),    # 1999
    ("lennox_lewis", "mike_tyson"),           # 2002
    ("sugar_ray_leonard", "thomas_hearns"),   # 1981
    ("sugar_ray_leonard", "marvin_hagler"),   # 1987
    ("marvin_hagler", "thomas_hearns"),       # 1985
    ("marvin_hagler", "roberto_duran"),       # 1983
    ("roberto_duran", "sugar_ray_leonard"),   # June 1980
    ("sugar_ray_leonard", "roberto_duran"),   # November 1980
    ("thomas_hearns", "roberto_duran"),       # 1984
    ("floyd_mayweather_jr", "manny_pacquiao"),      # 2015
    ("floyd_mayweather_jr", "oscar_de_la_hoya"),    # 2007
    ("floyd_mayweather_jr", "juan_manuel_marquez"), # 2009
    ("floyd_mayweather_jr", "canelo_alvarez"),      # 2013
    ("manny_pacquiao", "oscar_de_la_hoya"),         # 2008
    ("manny_pacquiao", "juan_manuel_marquez"),      # 2008, 2011
    ("juan_manuel_marquez", "manny_pacquiao"),      # 2012
    ("rocky_marciano", "joe_louis"),                # 1951
]

RATINGS = [
    ("ana", "muhammad_ali", 5.0),
    ("ana", "joe_frazier", 4.0),
    ("ana", "george_foreman", 2.0),
    ("ana", "sugar_ray_leonard", 4.5),
    ("ben", "mike_tyson", 1.5),
    ("ben", "evander_holyfield", 4.5),
    ("ben", "lennox_lewis", 3.0),
    ("ben", "manny_pacquiao", 5.0),
    ("chen", "floyd_mayweather_jr", 2.0),
    ("chen", "manny_pacquiao", 4.0),
    ("chen", "oscar_de_la_hoya", 3.5),
    ("chen", "juan_manuel_marquez", 4.5),
    ("dara", "marvin_hagler", 5.0),
    ("dara", "thomas_hearns", 4.0),
    ("dara", "roberto_duran", 1.0),
    ("dara", "joe_louis", 3.0),
    ("emil", "rocky_marciano", 4.5),
    ("emil", "canelo_alvarez", 2.5),
    ("emil", "larry_holmes", 0.5),
    ("emil", "muhammad_ali", 3.5),
]


def rows():
    out = []
    for b, c in BORN_IN.items():
        out.append((f"boxer:{b}", "born_in", f"country:{c}"))
    for b, t in TRAINED_BY:
        out.append((f"boxer:{b}", "trained_by", f"trainer:{t}"))
    for b, d in WORLD_TITLE_IN:
        out.append((f"boxer:{b}", "world_title_in", f"division:{d}"))
    for slug, _label, _year in BOXERS:
        s = "southpaw" if slug in SOUTHPAWS else "orthodox"
        out.append((f"boxer:{slug}", "stance", f"stance:{s}"))
    for w, loser in DEFEATED:
        out.append((f"boxer:{w}", "defeated", f"boxer:{loser}"))
    for u, b, r in RATINGS:
        out.append((f"user:{u}", "rated", f"boxer:{b}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind314")
