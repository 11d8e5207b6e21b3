"""A small classical composers graph (blind274). Items are composers; `year` is the birth year."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("composer",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("composer",), range=("city",)),
    kgx.Relation("died_in", phrase="died in", inverse_phrase="was the deathplace of", domain=("composer",), range=("city",)),
    kgx.Relation("belongs_to_period", phrase="is a composer of the period", inverse_phrase="is the period of", domain=("composer",), range=("period",)),
    kgx.Relation("studied_with", phrase="studied with", inverse_phrase="taught", domain=("composer",), range=("composer", "person")),
    kgx.Relation("composed", phrase="composed", inverse_phrase="was composed by", domain=("composer",), range=("work",)),
    kgx.Relation("played", phrase="played the", inverse_phrase="was played by", domain=("composer",), range=("instrument",)),
]

COMPOSERS = [
    ("bach", "Johann Sebastian Bach", 1685),
    ("handel", "George Frideric Handel", 1685),
    ("vivaldi", "Antonio Vivaldi", 1678),
    ("haydn", "Joseph Haydn", 1732),
    ("salieri", "Antonio Salieri", 1750),
    ("mozart", "Wolfgang Amadeus Mozart", 1756),
    ("beethoven", "Ludwig van Beethoven", 1770),
    ("schubert", "Franz Schubert", 1797),
    ("chopin", "Frédéric Chopin", 1810),
    ("schumann", "Robert Schumann", 1810),
    ("liszt", "Franz Liszt", 1811),
    ("wagner", "Richard Wagner", 1813),
    ("verdi", "Giuseppe Verdi", 1813),
    ("brahms", "Johannes Brahms", 1833),
    ("tchaikovsky", "Pyotr Ilyich Tchaikovsky", 1840),
    ("debussy", "Claude Debussy", 1862),
    ("ravel", "Maurice Ravel", 1875),
    ("stravinsky", "Igor Stravinsky", 1882),
]

CITIES = {
    "eisenach": "Eisenach", "leipzig": "Leipzig", "halle": "Halle", "london": "London",
    "venice": "Venice", "vienna": "Vienna", "rohrau": "Rohrau", "salzburg": "Salzburg",
    "bonn": "Bonn", "zelazowa_wola": "Żelazowa Wola", "paris": "Paris", "zwickau": "Zwickau",
    "raiding": "Raiding", "bayreuth": "Bayreuth", "le_roncole": "Le Roncole", "milan": "Milan",
    "hamburg": "Hamburg", "votkinsk": "Votkinsk", "saint_petersburg": "Saint Petersburg",
    "saint_germain_en_laye": "Saint-Germain-en-Laye", "oranienbaum": "Oranienbaum",
    "new_york_city": "New York City", "legnago": "Legnago", "ciboure": "Ciboure",
}

PERIODS = {"baroque": "Baroque", "classical": "Classical", "romantic": "Romantic",
           "impressionist": "Impressionist", "modernist": "Modernist"}

INSTRUMENTS = {"organ": "Organ", "harpsichord": "Harpsichord", "violin": "Violin", "piano": "Piano"}

TEACHERS = {
    "neefe": "Christian Gottlob Neefe", "leopold_mozart": "Leopold Mozart", "porpora": "Nicola Porpora",
    "elsner": "Józef Elsner", "wieck": "Friedrich Wieck", "czerny": "Carl Czerny",
    "rubinstein": "Anton Rubinstein", "rimsky_korsakov": "Nikolai Rimsky-Korsakov",
    "faure": "Gabriel Fauré", "gassmann": "Florian Leopold Gassmann", "marxsen": "Eduard Marxsen",
    "guiraud": "Ernest Guiraud", "weinlig": "Christian Theodor Weinlig", "lavigna": "Vincenzo Lavigna",
}

WORKS = {
    "mass_in_b_minor": "Mass in B minor", "brandenburg_concertos": "Brandenburg Concertos",
    "st_matthew_passion": "St Matthew Passion", "messiah": "Messiah", "water_music": "Water Music",
    "four_seasons": "The Four Seasons", "the_creation": "The Creation", "surprise_symphony": "Surprise Symphony",
    "les_danaides": "Les Danaïdes", "magic_flute": "The Magic Flute", "don_giovanni": "Don Giovanni",
    "mozart_requiem": "Requiem in D minor", "ninth_symphony": "Symphony No. 9", "fidelio": "Fidelio",
    "moonlight_sonata": "Moonlight Sonata", "winterreise": "Winterreise", "unfinished_symphony": "Unfinished Symphony",
    "minute_waltz": "Minute Waltz", "raindrop_prelude": "Raindrop Prelude", "kinderszenen": "Kinderszenen",
    "hungarian_rhapsodies": "Hungarian Rhapsodies", "tristan_und_isolde": "Tristan und Isolde",
    "ring_des_nibelungen": "Der Ring des Nibelungen", "la_traviata": "La traviata", "aida": "Aida",
    "german_requiem": "A German Requiem", "swan_lake": "Swan Lake", "nutcracker": "The Nutcracker",
    "la_mer": "La mer", "clair_de_lune": "Clair de lune", "bolero": "Boléro",
    "rite_of_spring": "The Rite of Spring", "firebird": "The Firebird",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"composer:{s}", kind="item", type="composer", label=name, attrs={"year": y, "born": y})
           for s, name, y in COMPOSERS]
    out += [kgx.Entity(f"city:{s}", kind="attribute", type="city", label=name) for s, name in CITIES.items()]
    out += [kgx.Entity(f"period:{s}", kind="attribute", type="period", label=name) for s, name in PERIODS.items()]
    out += [kgx.Entity(f"instrument:{s}", kind="attribute", type="instrument", label=name) for s, name in INSTRUMENTS.items()]
    out += [kgx.Entity(f"person:{s}", kind="attribute", type="person", label=name) for s, name in TEACHERS.items()]
    out += [kgx.Entity(f"work:{s}", kind="attribute", type="work", label=name) for s, name in WORKS.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


# composer -> (born, died, periods, instruments, teachers, works)
FACTS = {
    "bach": ("eisenach", "leipzig", ["baroque"], ["organ", "harpsichord", "violin"], [],
             ["mass_in_b_minor", "brandenburg_concertos", "st_matthew_passion"]),
    "handel": ("halle", "london", ["baroque"], ["organ", "harpsichord"], [], ["messiah", "water_music"]),
    "vivaldi": ("venice", "vienna", ["baroque"], ["violin"], [], ["four_seasons"]),
    "haydn": ("rohrau", "vienna", ["classical"], [], ["person:porpora"], ["the_creation", "surprise_symphony"]),
    "salieri": ("legnago", "vienna", ["classical"], [], ["person:gassmann"], ["les_danaides"]),
    "mozart": ("salzburg", "vienna", ["classical"], ["piano", "violin"], ["person:leopold_mozart"],
               ["magic_flute", "don_giovanni", "mozart_requiem"]),
    "beethoven": ("bonn", "vienna", ["classical", "romantic"], ["piano"],
                  ["composer:haydn", "composer:salieri", "person:neefe"],
                  ["ninth_symphony", "fidelio", "moonlight_sonata"]),
    "schubert": ("vienna", "vienna", ["romantic"], ["piano"], ["composer:salieri"],
                 ["winterreise", "unfinished_symphony"]),
    "chopin": ("zelazowa_wola", "paris", ["romantic"], ["piano"], ["person:elsner"],
               ["minute_waltz", "raindrop_prelude"]),
    "schumann": ("zwickau", "bonn", ["romantic"], ["piano"], ["person:wieck"], ["kinderszenen"]),
    "liszt": ("raiding", "bayreuth", ["romantic"], ["piano"], ["composer:salieri", "person:czerny"],
              ["hungarian_rhapsodies"]),
    "wagner": ("leipzig", "venice", ["romantic"], [], ["person:weinlig"], ["tristan_und_isolde", "ring_des_nibelungen"]),
    "verdi": ("le_roncole", "milan", ["romantic"], [], ["person:lavigna"], ["la_traviata", "aida"]),
    "brahms": ("hamburg", "vienna", ["romantic"], ["piano"], ["person:marxsen"], ["german_requiem"]),
    "tchaikovsky": ("votkinsk", "saint_petersburg", ["romantic"], [], ["person:rubinstein"], ["swan_lake", "nutcracker"]),
    "debussy": ("saint_germain_en_laye", "paris", ["impressionist"], ["piano"], ["person:guiraud"],
                ["la_mer", "clair_de_lune"]),
    "ravel": ("ciboure", "paris", ["impressionist"], ["piano"], ["person:faure"], ["bolero"]),
    "stravinsky": ("oranienbaum", "new_york_city", ["modernist"], ["piano"], ["person:rimsky_korsakov"],
                   ["rite_of_spring", "firebird"]),
}

RATINGS = {
    "ana": {"bach": 5.0, "mozart": 4.5, "wagner": 1.5, "debussy": 4.0},
    "ben": {"beethoven": 5.0, "chopin": 2.0, "vivaldi": 3.5, "stravinsky": 4.0},
    "chen": {"tchaikovsky": 4.5, "verdi": 1.0, "handel": 3.0, "liszt": 5.0},
    "dara": {"schubert": 4.0, "brahms": 2.5, "ravel": 5.0, "haydn": 1.5},
    "emil": {"schumann": 3.0, "salieri": 2.0, "vivaldi": 4.5, "bach": 4.0},
}


def rows():
    out = []
    for c, (born, died, periods, instruments, teachers, works) in FACTS.items():
        h = f"composer:{c}"
        out.append((h, "born_in", f"city:{born}"))
        out.append((h, "died_in", f"city:{died}"))
        out += [(h, "belongs_to_period", f"period:{p}") for p in periods]
        out += [(h, "played", f"instrument:{i}") for i in instruments]
        out += [(h, "studied_with", t) for t in teachers]
        out += [(h, "composed", f"work:{w}") for w in works]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"composer:{c}", {"rating": r}) for c, r in rs.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind274")
