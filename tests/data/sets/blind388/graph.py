"""A small screenwriters graph (blind388). Items are screenwriters; `year` is the birth year."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("screenwriter",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("screenwriter",), range=("city",)),
    kgx.Relation("wrote", phrase="wrote the screenplay for", inverse_phrase="has a screenplay by", domain=("screenwriter",), range=("film",)),
    kgx.Relation("won_award", phrase="won the", inverse_phrase="was awarded to", domain=("screenwriter",), range=("award",)),
    kgx.Relation("studied_at", phrase="studied at", inverse_phrase="is the alma mater of", domain=("screenwriter",), range=("school",)),
    kgx.Relation("also_worked_as", phrase="also worked as a", inverse_phrase="is another profession of", domain=("screenwriter",), range=("occupation",)),
]

# slug: (label, birth year, birthplace, [films], [awards], [schools], [occupations])
WRITERS = {
    "nora_ephron": ("Nora Ephron", 1941, "new_york_city",
                    ["when_harry_met_sally", "sleepless_in_seattle", "silkwood"],
                    ["bafta_original"], ["wellesley_college"], ["director", "journalist", "novelist"]),
    "charlie_kaufman": ("Charlie Kaufman", 1958, "new_york_city",
                        ["being_john_malkovich", "eternal_sunshine"],
                        ["oscar_original", "bafta_original"], ["new_york_university"], ["director", "novelist"]),
    "aaron_sorkin": ("Aaron Sorkin", 1961, "new_york_city",
                     ["the_social_network", "a_few_good_men", "moneyball"],
                     ["oscar_adapted"], ["syracuse_university"], ["playwright", "director"]),
    "quentin_tarantino": ("Quentin Tarantino", 1963, "knoxville",
                          ["pulp_fiction", "reservoir_dogs", "django_unchained"],
                          ["oscar_original", "bafta_original"], [], ["director", "actor"]),
    "diablo_cody": ("Diablo Cody", 1978, "lemont",
                    ["juno", "young_adult"],
                    ["oscar_original", "bafta_original"], ["university_of_iowa"], ["producer"]),
    "william_goldman": ("William Goldman", 1931, "chicago",
                        ["butch_cassidy", "all_the_presidents_men", "the_princess_bride"],
                        ["oscar_original", "oscar_adapted"], ["oberlin_college"], ["novelist"]),
    "billy_wilder": ("Billy Wilder", 1906, "sucha_beskidzka",
                     ["sunset_boulevard", "the_apartment", "some_like_it_hot"],
                     ["oscar_original"], [], ["director", "producer"]),
    "paddy_chayefsky": ("Paddy Chayefsky", 1923, "new_york_city",
                        ["network", "marty"],
                        ["oscar_original"], ["city_college_of_new_york"], ["playwright", "novelist"]),
    "robert_towne": ("Robert Towne", 1934, "los_angeles",
                     ["chinatown"],
                     ["oscar_original"], ["pomona_college"], ["director"]),
    "greta_gerwig": ("Greta Gerwig", 1983, "sacramento",
                     ["lady_bird", "little_women", "frances_ha"],
                     [], ["barnard_college"], ["director", "actor"]),
    "jordan_peele": ("Jordan Peele", 1979, "new_york_city",
                     ["get_out"],
                     ["oscar_original"], ["sarah_lawrence_college"], ["director", "actor", "producer"]),
    "emerald_fennell": ("Emerald Fennell", 1985, "london",
                        ["promising_young_woman", "saltburn"],
                        ["oscar_original", "bafta_original"], ["university_of_oxford"], ["director", "actor", "novelist"]),
    "paul_schrader": ("Paul Schrader", 1946, "grand_rapids",
                      ["taxi_driver", "raging_bull", "first_reformed"],
                      [], ["calvin_college"], ["director", "film_critic"]),
    "ernest_lehman": ("Ernest Lehman", 1915, "new_york_city",
                      ["north_by_northwest", "the_sound_of_music", "sweet_smell_of_success"],
                      ["academy_honorary"], ["city_college_of_new_york"], ["producer", "director"]),
    "callie_khouri": ("Callie Khouri", 1957, "san_antonio",
                      ["thelma_and_louise"],
                      ["oscar_original"], ["purdue_university"], ["director", "producer"]),
    "christopher_mcquarrie": ("Christopher McQuarrie", 1968, "princeton",
                              ["the_usual_suspects"],
                              ["oscar_original"], [], ["director"]),
    "richard_curtis": ("Richard Curtis", 1956, "wellington",
                       ["four_weddings", "notting_hill", "love_actually"],
                       [], ["university_of_oxford"], ["director", "producer"]),
    "ruth_prawer_jhabvala": ("Ruth Prawer Jhabvala", 1927, "cologne",
                             ["a_room_with_a_view", "howards_end"],
                             ["oscar_adapted"], ["queen_mary_college"], ["novelist"]),
}

CITIES = {
    "new_york_city": "New York City", "knoxville": "Knoxville", "lemont": "Lemont", "chicago": "Chicago",
    "sucha_beskidzka": "Sucha Beskidzka", "los_angeles": "Los Angeles", "sacramento": "Sacramento",
    "london": "London", "grand_rapids": "Grand Rapids", "san_antonio": "San Antonio",
    "princeton": "Princeton", "wellington": "Wellington", "cologne": "Cologne",
}

FILMS = {
    "when_harry_met_sally": "When Harry Met Sally", "sleepless_in_seattle": "Sleepless in Seattle",
    "silkwood": "Silkwood", "being_john_malkovich": "Being John Malkovich",
    "eternal_sunshine": "Eternal Sunshine of the Spotless Mind", "the_social_network": "The Social Network",
    "a_few_good_men": "A Few Good Men", "moneyball": "Moneyball", "pulp_fiction": "Pulp Fiction",
    "reservoir_dogs": "Reservoir Dogs", "django_unchained": "Django Unchained", "juno": "Juno",
    "young_adult": "Young Adult", "butch_cassidy": "Butch Cassidy and the Sundance Kid",
    "all_the_presidents_men": "All the President's Men", "the_princess_bride": "The Princess Bride",
    "sunset_boulevard": "Sunset Boulevard", "the_apartment": "The Apartment",
    "some_like_it_hot": "Some Like It Hot", "network": "Network", "marty": "Marty",
    "chinatown": "Chinatown", "lady_bird": "Lady Bird", "little_women": "Little Women",
    "frances_ha": "Frances Ha", "get_out": "Get Out", "promising_young_woman": "Promising Young Woman",
    "saltburn": "Saltburn", "taxi_driver": "Taxi Driver", "raging_bull": "Raging Bull",
    "first_reformed": "First Reformed", "north_by_northwest": "North by Northwest",
    "the_sound_of_music": "The Sound of Music", "sweet_smell_of_success": "Sweet Smell of Success",
    "thelma_and_louise": "Thelma & Louise", "the_usual_suspects": "The Usual Suspects",
    "four_weddings": "Four Weddings and a Funeral", "notting_hill": "Notting Hill",
    "love_actually": "Love Actually", "a_room_with_a_view": "A Room with a View", "howards_end": "Howards End",
}

AWARDS = {
    "oscar_original": "Academy Award for Best Original Screenplay",
    "oscar_adapted": "Academy Award for Best Adapted Screenplay",
    "bafta_original": "BAFTA Award for Best Original Screenplay",
    "academy_honorary": "Academy Honorary Award",
}

SCHOOLS = {
    "wellesley_college": "Wellesley College", "new_york_university": "New York University",
    "syracuse_university": "Syracuse University", "university_of_iowa": "University of Iowa",
    "oberlin_college": "Oberlin College", "city_college_of_new_york": "City College of New York",
    "pomona_college": "Pomona College", "barnard_college": "Barnard College",
    "sarah_lawrence_college": "Sarah Lawrence College", "university_of_oxford": "University of Oxford",
    "calvin_college": "Calvin College", "purdue_university": "Purdue University",
    "queen_mary_college": "Queen Mary College",
}

OCCUPATIONS = {
    "director": "director", "journalist": "journalist", "novelist": "novelist", "playwright": "playwright",
    "actor": "actor", "producer": "producer", "film_critic": "film critic",
}

RATINGS = {
    "ana": [("nora_ephron", 5.0), ("richard_curtis", 4.5), ("greta_gerwig", 4.0), ("quentin_tarantino", 1.5)],
    "ben": [("quentin_tarantino", 5.0), ("paul_schrader", 4.0), ("christopher_mcquarrie", 3.0), ("nora_ephron", 2.0)],
    "chen": [("charlie_kaufman", 5.0), ("jordan_peele", 4.5), ("aaron_sorkin", 2.5), ("billy_wilder", 4.0)],
    "dara": [("billy_wilder", 5.0), ("paddy_chayefsky", 4.5), ("ernest_lehman", 3.5), ("diablo_cody", 1.0)],
    "emil": [("emerald_fennell", 4.0), ("callie_khouri", 3.0), ("william_goldman", 5.0), ("ruth_prawer_jhabvala", 2.0)],
}


def entities():
    out = []
    for slug, (label, year, *_rest) in WRITERS.items():
        out.append(kgx.Entity(f"screenwriter:{slug}", kind="item", type="screenwriter", label=label, attrs={"year": year}))
    for prefix, table in (("city", CITIES), ("film", FILMS), ("award", AWARDS), ("school", SCHOOLS), ("occupation", OCCUPATIONS)):
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=prefix, label=label))
    for name in RATINGS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, (_label, _year, city, films, awards, schools, occupations) in WRITERS.items():
        head = f"screenwriter:{slug}"
        out.append((head, "born_in", f"city:{city}"))
        out += [(head, "wrote", f"film:{f}") for f in films]
        out += [(head, "won_award", f"award:{a}") for a in awards]
        out += [(head, "studied_at", f"school:{s}") for s in schools]
        out += [(head, "also_worked_as", f"occupation:{o}") for o in occupations]
    for name, ratings in RATINGS.items():
        out += [(f"user:{name}", "rated", f"screenwriter:{slug}", {"rating": r}) for slug, r in ratings]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind388")
