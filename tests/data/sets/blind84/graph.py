"""A small theatre plays graph (blind84): real plays with their premiere year."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("play",)),
    kgx.Relation("written_by", phrase="was written by", inverse_phrase="wrote", domain=("play",), range=("person",)),
    kgx.Relation("premiered_at", phrase="premiered at", inverse_phrase="hosted the premiere of", domain=("play",), range=("theatre",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("theatre",), range=("city",)),
    kgx.Relation("first_directed_by", phrase="was first directed by", inverse_phrase="directed the premiere of", domain=("play",), range=("person",)),
    kgx.Relation("written_in", phrase="is written in", inverse_phrase="is the language of", domain=("play",), range=("language",)),
    kgx.Relation("has_genre", phrase="is a", inverse_phrase="is the genre of", domain=("play",), range=("genre",)),
]

# slug, title, premiere year, playwright, theatre, language, genres, premiere director
PLAYS = [
    ("waiting_for_godot", "Waiting for Godot", 1953, "samuel_beckett", "theatre_de_babylone", "french", ["tragicomedy"], "roger_blin"),
    ("endgame", "Endgame", 1957, "samuel_beckett", "royal_court_theatre", "french", [], "roger_blin"),
    ("death_of_a_salesman", "Death of a Salesman", 1949, "arthur_miller", "morosco_theatre", "english", ["tragedy"], "elia_kazan"),
    ("the_crucible", "The Crucible", 1953, "arthur_miller", "martin_beck_theatre", "english", ["drama"], "jed_harris"),
    ("a_streetcar_named_desire", "A Streetcar Named Desire", 1947, "tennessee_williams", "ethel_barrymore_theatre", "english", ["drama"], "elia_kazan"),
    ("the_glass_menagerie", "The Glass Menagerie", 1944, "tennessee_williams", "civic_theatre_chicago", "english", ["drama"], None),
    ("look_back_in_anger", "Look Back in Anger", 1956, "john_osborne", "royal_court_theatre", "english", ["drama"], "tony_richardson"),
    ("the_importance_of_being_earnest", "The Importance of Being Earnest", 1895, "oscar_wilde", "st_jamess_theatre", "english", ["comedy"], None),
    ("the_seagull", "The Seagull", 1896, "anton_chekhov", "alexandrinsky_theatre", "russian", ["comedy"], None),
    ("the_cherry_orchard", "The Cherry Orchard", 1904, "anton_chekhov", "moscow_art_theatre", "russian", ["comedy"], "konstantin_stanislavski"),
    ("a_dolls_house", "A Doll's House", 1879, "henrik_ibsen", "royal_danish_theatre", "norwegian", ["drama"], None),
    ("hedda_gabler", "Hedda Gabler", 1891, "henrik_ibsen", "residenztheater", "norwegian", ["drama"], None),
    ("long_days_journey_into_night", "Long Day's Journey into Night", 1956, "eugene_oneill", "royal_dramatic_theatre", "english", ["drama"], "bengt_ekerot"),
    ("cyrano_de_bergerac", "Cyrano de Bergerac", 1897, "edmond_rostand", "theatre_de_la_porte_saint_martin", "french", ["comedy", "verse_drama"], None),
    ("mother_courage_and_her_children", "Mother Courage and Her Children", 1941, "bertolt_brecht", "schauspielhaus_zurich", "german", [], "leopold_lindtberg"),
    ("six_characters_in_search_of_an_author", "Six Characters in Search of an Author", 1921, "luigi_pirandello", "teatro_valle", "italian", [], None),
    ("the_bald_soprano", "The Bald Soprano", 1950, "eugene_ionesco", "theatre_des_noctambules", "french", [], "nicolas_bataille"),
    ("the_mousetrap", "The Mousetrap", 1952, "agatha_christie", "theatre_royal_nottingham", "english", ["murder_mystery"], "peter_cotes"),
    ("whos_afraid_of_virginia_woolf", "Who's Afraid of Virginia Woolf?", 1962, "edward_albee", "billy_rose_theatre", "english", ["drama"], "alan_schneider"),
]

PEOPLE = {
    "samuel_beckett": "Samuel Beckett", "arthur_miller": "Arthur Miller", "tennessee_williams": "Tennessee Williams",
    "john_osborne": "John Osborne", "oscar_wilde": "Oscar Wilde", "anton_chekhov": "Anton Chekhov",
    "henrik_ibsen": "Henrik Ibsen", "eugene_oneill": "Eugene O'Neill", "edmond_rostand": "Edmond Rostand",
    "bertolt_brecht": "Bertolt Brecht", "luigi_pirandello": "Luigi Pirandello", "eugene_ionesco": "Eugène Ionesco",
    "agatha_christie": "Agatha Christie", "edward_albee": "Edward Albee",
    "roger_blin": "Roger Blin", "elia_kazan": "Elia Kazan", "jed_harris": "Jed Harris",
    "tony_richardson": "Tony Richardson", "konstantin_stanislavski": "Konstantin Stanislavski",
    "bengt_ekerot": "Bengt Ekerot", "leopold_lindtberg": "Leopold Lindtberg", "nicolas_bataille": "Nicolas Bataille",
    "peter_cotes": "Peter Cotes", "alan_schneider": "Alan Schneider",
}

# theatre slug: (label, city slug)
THEATRES = {
    "theatre_de_babylone": ("Théâtre de Babylone", "paris"),
    "royal_court_theatre": ("Royal Court Theatre", "london"),
    "morosco_theatre": ("Morosco Theatre", "new_york_city"),
    "martin_beck_theatre": ("Martin Beck Theatre", "new_york_city"),
    "ethel_barrymore_theatre": ("Ethel Barrymore Theatre", "new_york_city"),
    "civic_theatre_chicago": ("Civic Theatre", "chicago"),
    "st_jamess_theatre": ("St James's Theatre", "london"),
    "alexandrinsky_theatre": ("Alexandrinsky Theatre", "saint_petersburg"),
    "moscow_art_theatre": ("Moscow Art Theatre", "moscow"),
    "royal_danish_theatre": ("Royal Danish Theatre", "copenhagen"),
    "residenztheater": ("Residenztheater", "munich"),
    "royal_dramatic_theatre": ("Royal Dramatic Theatre", "stockholm"),
    "theatre_de_la_porte_saint_martin": ("Théâtre de la Porte Saint-Martin", "paris"),
    "schauspielhaus_zurich": ("Schauspielhaus Zürich", "zurich"),
    "teatro_valle": ("Teatro Valle", "rome"),
    "theatre_des_noctambules": ("Théâtre des Noctambules", "paris"),
    "theatre_royal_nottingham": ("Theatre Royal, Nottingham", "nottingham"),
    "billy_rose_theatre": ("Billy Rose Theatre", "new_york_city"),
}

CITIES = {
    "paris": "Paris", "london": "London", "new_york_city": "New York City", "chicago": "Chicago",
    "saint_petersburg": "Saint Petersburg", "moscow": "Moscow", "copenhagen": "Copenhagen", "munich": "Munich",
    "stockholm": "Stockholm", "zurich": "Zurich", "rome": "Rome", "nottingham": "Nottingham",
}

LANGUAGES = {"french": "French", "english": "English", "russian": "Russian", "norwegian": "Norwegian",
             "german": "German", "italian": "Italian"}

GENRES = {"tragicomedy": "Tragicomedy", "tragedy": "Tragedy", "drama": "Drama", "comedy": "Comedy",
          "verse_drama": "Verse drama", "murder_mystery": "Murder mystery"}

RATINGS = {
    "user:ana": [("waiting_for_godot", 5.0), ("endgame", 4.0), ("the_bald_soprano", 2.0), ("cyrano_de_bergerac", 3.5)],
    "user:ben": [("death_of_a_salesman", 4.5), ("the_crucible", 4.0), ("a_streetcar_named_desire", 1.5), ("the_glass_menagerie", 3.0)],
    "user:chen": [("the_seagull", 5.0), ("the_cherry_orchard", 4.5), ("a_dolls_house", 2.0), ("hedda_gabler", 3.0)],
    "user:dara": [("the_importance_of_being_earnest", 5.0), ("the_mousetrap", 1.0), ("look_back_in_anger", 4.0), ("whos_afraid_of_virginia_woolf", 2.5)],
    "user:emil": [("mother_courage_and_her_children", 4.0), ("six_characters_in_search_of_an_author", 0.5), ("long_days_journey_into_night", 5.0), ("waiting_for_godot", 2.0)],
}


def entities():
    out = []
    for slug, title, year, *_ in PLAYS:
        out.append(kgx.Entity(f"play:{slug}", kind="item", type="play", label=title, attrs={"year": year}))
    for slug, name in PEOPLE.items():
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=name))
    for slug, (name, _city) in THEATRES.items():
        out.append(kgx.Entity(f"theatre:{slug}", kind="attribute", type="theatre", label=name))
    for slug, name in CITIES.items():
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=name))
    for slug, name in LANGUAGES.items():
        out.append(kgx.Entity(f"language:{slug}", kind="attribute", type="language", label=name))
    for slug, name in GENRES.items():
        out.append(kgx.Entity(f"genre:{slug}", kind="attribute", type="genre", label=name))
    for uid in RATINGS:
        out.append(kgx.Entity(uid, kind="user", type="user", label=uid.split(":", 1)[1]))
    return out


def rows():
    out = []
    for slug, _title, _year, writer, theatre, language, genres, director in PLAYS:
        pid = f"play:{slug}"
        out.append((pid, "written_by", f"person:{writer}"))
        out.append((pid, "premiered_at", f"theatre:{theatre}"))
        out.append((pid, "written_in", f"language:{language}"))
        for g in genres:
            out.append((pid, "has_genre", f"genre:{g}"))
        if director:
            out.append((pid, "first_directed_by", f"person:{director}"))
    for slug, (_name, city) in THEATRES.items():
        out.append((f"theatre:{slug}", "located_in", f"city:{city}"))
    for uid, rated in RATINGS.items():
        for slug, r in rated:
            out.append((uid, "rated", f"play:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind84")
