"""A small graph of film directors (blind303). Item year = year of birth."""
import kgexplain as kgx

D = "film_director"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(D,)),
    kgx.Relation("directed", phrase="directed", inverse_phrase="was directed by", domain=(D,), range=("film",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=(D,), range=("city",)),
    kgx.Relation("won", phrase="won", inverse_phrase="was won by", domain=(D,), range=("award",)),
    kgx.Relation("studied_at", phrase="studied at", inverse_phrase="is the alma mater of", domain=(D,), range=("school",)),
    kgx.Relation("works_in", phrase="makes films in the genre", inverse_phrase="is a genre worked in by", domain=(D,), range=("genre",)),
]

# slug: (label, birth year, birthplace, films, awards, schools, genres)
DIRECTORS = {
    "alfred_hitchcock": ("Alfred Hitchcock", 1899, "london", ["vertigo", "psycho"], ["thalberg_award"], [], ["thriller"]),
    "stanley_kubrick": ("Stanley Kubrick", 1928, "new_york_city", ["2001_a_space_odyssey", "the_shining"], ["oscar_visual_effects"], ["city_college_of_new_york"], ["science_fiction"]),
    "akira_kurosawa": ("Akira Kurosawa", 1910, "tokyo", ["rashomon", "seven_samurai"], ["golden_lion", "palme_dor"], [], []),
    "federico_fellini": ("Federico Fellini", 1920, "rimini", ["la_dolce_vita", "8_and_a_half"], ["palme_dor"], [], []),
    "ingmar_bergman": ("Ingmar Bergman", 1918, "uppsala", ["the_seventh_seal", "persona"], ["thalberg_award"], ["stockholm_university"], ["drama"]),
    "martin_scorsese": ("Martin Scorsese", 1942, "new_york_city", ["taxi_driver", "goodfellas"], ["palme_dor", "oscar_best_director"], ["new_york_university"], ["crime"]),
    "steven_spielberg": ("Steven Spielberg", 1946, "cincinnati", ["jaws", "et"], ["oscar_best_director"], ["csu_long_beach"], ["science_fiction"]),
    "francis_ford_coppola": ("Francis Ford Coppola", 1939, "detroit", ["the_godfather", "apocalypse_now"], ["palme_dor", "oscar_best_director"], ["hofstra_university", "ucla"], ["crime"]),
    "sofia_coppola": ("Sofia Coppola", 1971, "new_york_city", ["lost_in_translation", "the_virgin_suicides"], ["golden_lion"], ["calarts"], ["drama"]),
    "hayao_miyazaki": ("Hayao Miyazaki", 1941, "tokyo", ["spirited_away", "my_neighbor_totoro"], ["golden_bear", "oscar_animated_feature"], ["gakushuin_university"], ["animation"]),
    "agnes_varda": ("Agnès Varda", 1928, "brussels", ["cleo_from_5_to_7", "vagabond"], ["golden_lion"], ["ecole_du_louvre"], ["documentary"]),
    "kathryn_bigelow": ("Kathryn Bigelow", 1951, "san_carlos", ["the_hurt_locker", "point_break"], ["oscar_best_director"], ["columbia_university"], ["war"]),
    "bong_joon_ho": ("Bong Joon-ho", 1969, "daegu", ["parasite", "memories_of_murder"], ["palme_dor", "oscar_best_director"], ["yonsei_university"], ["thriller"]),
    "guillermo_del_toro": ("Guillermo del Toro", 1964, "guadalajara", ["pans_labyrinth", "the_shape_of_water"], ["golden_lion", "oscar_best_director"], [], ["horror"]),
    "wong_kar_wai": ("Wong Kar-wai", 1958, "shanghai", ["in_the_mood_for_love", "chungking_express"], ["cannes_best_director"], ["hong_kong_polytechnic"], ["romance"]),
    "sergio_leone": ("Sergio Leone", 1929, "rome", ["the_good_the_bad_and_the_ugly", "once_upon_a_time_in_the_west"], [], [], ["western"]),
    "john_carpenter": ("John Carpenter", 1948, "carthage", ["halloween", "the_thing"], [], ["usc"], ["horror"]),
    "ridley_scott": ("Ridley Scott", 1937, "south_shields", ["alien", "blade_runner"], [], ["royal_college_of_art"], ["science_fiction"]),
}

CITIES = {
    "london": "London", "new_york_city": "New York City", "tokyo": "Tokyo", "rimini": "Rimini",
    "uppsala": "Uppsala", "cincinnati": "Cincinnati", "detroit": "Detroit", "brussels": "Brussels",
    "san_carlos": "San Carlos", "daegu": "Daegu", "guadalajara": "Guadalajara", "shanghai": "Shanghai",
    "rome": "Rome", "carthage": "Carthage", "south_shields": "South Shields",
}

FILMS = {
    "vertigo": "Vertigo", "psycho": "Psycho", "2001_a_space_odyssey": "2001: A Space Odyssey",
    "the_shining": "The Shining", "rashomon": "Rashomon", "seven_samurai": "Seven Samurai",
    "la_dolce_vita": "La Dolce Vita", "8_and_a_half": "8½", "the_seventh_seal": "The Seventh Seal",
    "persona": "Persona", "taxi_driver": "Taxi Driver", "goodfellas": "Goodfellas", "jaws": "Jaws",
    "et": "E.T. the Extra-Terrestrial", "the_godfather": "The Godfather", "apocalypse_now": "Apocalypse Now",
    "lost_in_translation": "Lost in Translation", "the_virgin_suicides": "The Virgin Suicides",
    "spirited_away": "Spirited Away", "my_neighbor_totoro": "My Neighbor Totoro",
    "cleo_from_5_to_7": "Cléo from 5 to 7", "vagabond": "Vagabond", "the_hurt_locker": "The Hurt Locker",
    "point_break": "Point Break", "parasite": "Parasite", "memories_of_murder": "Memories of Murder",
    "pans_labyrinth": "Pan's Labyrinth", "the_shape_of_water": "The Shape of Water",
    "in_the_mood_for_love": "In the Mood for Love", "chungking_express": "Chungking Express",
    "the_good_the_bad_and_the_ugly": "The Good, the Bad and the Ugly",
    "once_upon_a_time_in_the_west": "Once Upon a Time in the West", "halloween": "Halloween",
    "the_thing": "The Thing", "alien": "Alien", "blade_runner": "Blade Runner",
}

AWARDS = {
    "palme_dor": "Palme d'Or", "golden_lion": "Golden Lion", "golden_bear": "Golden Bear",
    "oscar_best_director": "Academy Award for Best Director",
    "oscar_animated_feature": "Academy Award for Best Animated Feature",
    "oscar_visual_effects": "Academy Award for Best Visual Effects",
    "thalberg_award": "Irving G. Thalberg Memorial Award",
    "cannes_best_director": "Cannes Best Director Award",
}

SCHOOLS = {
    "city_college_of_new_york": "City College of New York", "stockholm_university": "Stockholm University",
    "new_york_university": "New York University", "csu_long_beach": "California State University, Long Beach",
    "hofstra_university": "Hofstra University", "ucla": "University of California, Los Angeles",
    "calarts": "California Institute of the Arts", "gakushuin_university": "Gakushuin University",
    "ecole_du_louvre": "École du Louvre", "columbia_university": "Columbia University",
    "yonsei_university": "Yonsei University", "hong_kong_polytechnic": "Hong Kong Polytechnic",
    "usc": "University of Southern California", "royal_college_of_art": "Royal College of Art",
}

GENRES = {
    "thriller": "Thriller", "science_fiction": "Science fiction", "drama": "Drama", "crime": "Crime",
    "animation": "Animation", "documentary": "Documentary", "war": "War", "horror": "Horror",
    "romance": "Romance", "western": "Western",
}

RATINGS = {
    "ana": [("alfred_hitchcock", 5.0), ("stanley_kubrick", 4.5), ("ingmar_bergman", 1.5), ("sergio_leone", 3.0)],
    "ben": [("steven_spielberg", 4.0), ("john_carpenter", 2.0), ("hayao_miyazaki", 5.0), ("martin_scorsese", 3.5)],
    "chen": [("bong_joon_ho", 4.5), ("wong_kar_wai", 1.0), ("akira_kurosawa", 4.0), ("agnes_varda", 2.5)],
    "dara": [("sofia_coppola", 5.0), ("kathryn_bigelow", 3.0), ("guillermo_del_toro", 4.5), ("federico_fellini", 0.5)],
    "emil": [("ridley_scott", 4.0), ("francis_ford_coppola", 5.0), ("alfred_hitchcock", 2.0), ("martin_scorsese", 4.5)],
}


def entities():
    out = []
    for slug, (label, year, *_rest) in DIRECTORS.items():
        out.append(kgx.Entity(f"{D}:{slug}", kind="item", type=D, label=label, attrs={"year": year}))
    for typ, table in (("city", CITIES), ("film", FILMS), ("award", AWARDS), ("school", SCHOOLS), ("genre", GENRES)):
        for slug, label in table.items():
            out.append(kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label))
    for name in RATINGS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, (_label, _year, city, films, awards, schools, genres) in DIRECTORS.items():
        h = f"{D}:{slug}"
        out.append((h, "born_in", f"city:{city}"))
        out += [(h, "directed", f"film:{f}") for f in films]
        out += [(h, "won", f"award:{a}") for a in awards]
        out += [(h, "studied_at", f"school:{s}") for s in schools]
        out += [(h, "works_in", f"genre:{g}") for g in genres]
    for name, pairs in RATINGS.items():
        out += [(f"user:{name}", "rated", f"{D}:{slug}", {"rating": r}) for slug, r in pairs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind303")
