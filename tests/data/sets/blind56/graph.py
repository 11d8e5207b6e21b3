import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("comic",)),
    kgx.Relation(
        "written_by", phrase="was written by", inverse_phrase="wrote", domain=("comic",), range=("person",)
    ),
    kgx.Relation(
        "drawn_by", phrase="was drawn by", inverse_phrase="drew", domain=("comic",), range=("person",)
    ),
    kgx.Relation(
        "colored_by", phrase="was colored by", inverse_phrase="colored", domain=("comic",), range=("person",)
    ),
    kgx.Relation(
        "published_by",
        phrase="was published by",
        inverse_phrase="published",
        domain=("comic",),
        range=("publisher",),
    ),
    kgx.Relation(
        "imprint",
        phrase="came out under the imprint",
        inverse_phrase="is the imprint that released",
        domain=("comic",),
        range=("imprint",),
    ),
    kgx.Relation(
        "features", phrase="features", inverse_phrase="appears in", domain=("comic",), range=("character",)
    ),
    kgx.Relation(
        "has_genre",
        phrase="belongs to the genre",
        inverse_phrase="is the genre of",
        domain=("comic",),
        range=("genre",),
    ),
    kgx.Relation(
        "set_in", phrase="is set in", inverse_phrase="is the setting of", domain=("comic",), range=("place",)
    ),
]

_ITEMS = [
    ("comic:watchmen", "Watchmen", 1987),
    ("comic:v_for_vendetta", "V for Vendetta", 1988),
    ("comic:dark_knight_returns", "The Dark Knight Returns", 1986),
    ("comic:batman_year_one", "Batman: Year One", 1987),
    ("comic:maus", "Maus", 1986),
    ("comic:persepolis", "Persepolis", 2000),
    ("comic:sandman", "The Sandman", 1989),
    ("comic:saga", "Saga", 2012),
    ("comic:y_last_man", "Y: The Last Man", 2002),
    ("comic:hellboy_seed", "Hellboy: Seed of Destruction", 1994),
    ("comic:sin_city", "Sin City", 1991),
    ("comic:fun_home", "Fun Home", 2006),
    ("comic:bone", "Bone", 1991),
    ("comic:akira", "Akira", 1982),
    ("comic:all_star_superman", "All-Star Superman", 2005),
    ("comic:born_again", "Daredevil: Born Again", 1986),
]

_ATTRS = {
    "person": [
        "Alan Moore",
        "Dave Gibbons",
        "John Higgins",
        "David Lloyd",
        "Frank Miller",
        "Lynn Varley",
        "David Mazzucchelli",
        "Art Spiegelman",
        "Marjane Satrapi",
        "Neil Gaiman",
        "Sam Kieth",
        "Brian K. Vaughan",
        "Fiona Staples",
        "Pia Guerra",
        "Mike Mignola",
        "John Byrne",
        "Alison Bechdel",
        "Jeff Smith",
        "Katsuhiro Otomo",
        "Grant Morrison",
        "Frank Quitely",
        "Jamie Grant",
    ],
    "publisher": [
        "DC Comics",
        "Marvel Comics",
        "Dark Horse Comics",
        "Image Comics",
        "Pantheon Books",
        "L'Association",
        "Houghton Mifflin",
        "Kodansha",
        "Cartoon Books",
    ],
    "imprint": ["Vertigo", "Epic Comics"],
    "character": [
        "Rorschach",
        "V",
        "Batman",
        "James Gordon",
        "Superman",
        "Daredevil",
        "Kingpin",
        "Dream",
        "Yorick Brown",
        "Hellboy",
        "Marv",
        "Tetsuo Shima",
    ],
    "genre": [
        "superhero",
        "memoir",
        "dystopian fiction",
        "fantasy",
        "science fiction",
        "crime",
        "horror",
        "cyberpunk",
    ],
    "place": ["New York City", "Gotham City", "London", "Tehran", "Neo-Tokyo", "Basin City"],
}

_USERS = [
    ("user:ana", "Ana"),
    ("user:ben", "Ben"),
    ("user:chloe", "Chloe"),
    ("user:dmitri", "Dmitri"),
    ("user:esme", "Esme"),
]


def _aid(typ, label):
    key = label.lower().replace("'", "").replace(".", "").replace(":", "").replace(" ", "_").replace("-", "_")
    return f"{typ}:{key}"


def entities():
    out = [kgx.Entity(i, kind="item", type="comic", label=lab, attrs={"year": y}) for i, lab, y in _ITEMS]
    for typ, labels in _ATTRS.items():
        out += [kgx.Entity(_aid(typ, lab), kind="attribute", type=typ, label=lab) for lab in labels]
    out += [kgx.Entity(i, kind="user", type="user", label=lab) for i, lab in _USERS]
    return out


def _p(lab):
    return _aid("person", lab)


def _pub(lab):
    return _aid("publisher", lab)


def _imp(lab):
    return _aid("imprint", lab)


def _ch(lab):
    return _aid("character", lab)


def _g(lab):
    return _aid("genre", lab)


def _pl(lab):
    return _aid("place", lab)


_FACTS = {
    "comic:watchmen": [
        ("written_by", _p("Alan Moore")),
        ("drawn_by", _p("Dave Gibbons")),
        ("colored_by", _p("John Higgins")),
        ("published_by", _pub("DC Comics")),
        ("has_genre", _g("superhero")),
        ("features", _ch("Rorschach")),
        ("set_in", _pl("New York City")),
    ],
    "comic:v_for_vendetta": [
        ("written_by", _p("Alan Moore")),
        ("drawn_by", _p("David Lloyd")),
        ("published_by", _pub("DC Comics")),
        ("imprint", _imp("Vertigo")),
        ("has_genre", _g("dystopian fiction")),
        ("features", _ch("V")),
        ("set_in", _pl("London")),
    ],
    "comic:dark_knight_returns": [
        ("written_by", _p("Frank Miller")),
        ("drawn_by", _p("Frank Miller")),
        ("colored_by", _p("Lynn Varley")),
        ("published_by", _pub("DC Comics")),
        ("has_genre", _g("superhero")),
        ("features", _ch("Batman")),
        ("set_in", _pl("Gotham City")),
    ],
    "comic:batman_year_one": [
        ("written_by", _p("Frank Miller")),
        ("drawn_by", _p("David Mazzucchelli")),
        ("published_by", _pub("DC Comics")),
        ("has_genre", _g("superhero")),
        ("has_genre", _g("crime")),
        ("features", _ch("Batman")),
        ("features", _ch("James Gordon")),
        ("set_in", _pl("Gotham City")),
    ],
    "comic:maus": [
        ("written_by", _p("Art Spiegelman")),
        ("drawn_by", _p("Art Spiegelman")),
        ("published_by", _pub("Pantheon Books")),
        ("has_genre", _g("memoir")),
    ],
    "comic:persepolis": [
        ("written_by", _p("Marjane Satrapi")),
        ("drawn_by", _p("Marjane Satrapi")),
        ("published_by", _pub("L'Association")),
        ("has_genre", _g("memoir")),
        ("set_in", _pl("Tehran")),
    ],
    "comic:sandman": [
        ("written_by", _p("Neil Gaiman")),
        ("drawn_by", _p("Sam Kieth")),
        ("published_by", _pub("DC Comics")),
        ("imprint", _imp("Vertigo")),
        ("has_genre", _g("fantasy")),
        ("has_genre", _g("horror")),
        ("features", _ch("Dream")),
    ],
    "comic:saga": [
        ("written_by", _p("Brian K. Vaughan")),
        ("drawn_by", _p("Fiona Staples")),
        ("published_by", _pub("Image Comics")),
        ("has_genre", _g("science fiction")),
        ("has_genre", _g("fantasy")),
    ],
    "comic:y_last_man": [
        ("written_by", _p("Brian K. Vaughan")),
        ("drawn_by", _p("Pia Guerra")),
        ("published_by", _pub("DC Comics")),
        ("imprint", _imp("Vertigo")),
        ("has_genre", _g("science fiction")),
        ("features", _ch("Yorick Brown")),
    ],
    "comic:hellboy_seed": [
        ("written_by", _p("Mike Mignola")),
        ("written_by", _p("John Byrne")),
        ("drawn_by", _p("Mike Mignola")),
        ("published_by", _pub("Dark Horse Comics")),
        ("has_genre", _g("horror")),
        ("features", _ch("Hellboy")),
    ],
    "comic:sin_city": [
        ("written_by", _p("Frank Miller")),
        ("drawn_by", _p("Frank Miller")),
        ("published_by", _pub("Dark Horse Comics")),
        ("has_genre", _g("crime")),
        ("features", _ch("Marv")),
        ("set_in", _pl("Basin City")),
    ],
    "comic:fun_home": [
        ("written_by", _p("Alison Bechdel")),
        ("drawn_by", _p("Alison Bechdel")),
        ("published_by", _pub("Houghton Mifflin")),
        ("has_genre", _g("memoir")),
    ],
    "comic:bone": [
        ("written_by", _p("Jeff Smith")),
        ("drawn_by", _p("Jeff Smith")),
        ("published_by", _pub("Cartoon Books")),
        ("has_genre", _g("fantasy")),
    ],
    "comic:akira": [
        ("written_by", _p("Katsuhiro Otomo")),
        ("drawn_by", _p("Katsuhiro Otomo")),
        ("published_by", _pub("Kodansha")),
        ("imprint", _imp("Epic Comics")),
        ("has_genre", _g("cyberpunk")),
        ("has_genre", _g("science fiction")),
        ("features", _ch("Tetsuo Shima")),
        ("set_in", _pl("Neo-Tokyo")),
    ],
    "comic:all_star_superman": [
        ("written_by", _p("Grant Morrison")),
        ("drawn_by", _p("Frank Quitely")),
        ("colored_by", _p("Jamie Grant")),
        ("published_by", _pub("DC Comics")),
        ("has_genre", _g("superhero")),
        ("features", _ch("Superman")),
    ],
    "comic:born_again": [
        ("written_by", _p("Frank Miller")),
        ("drawn_by", _p("David Mazzucchelli")),
        ("published_by", _pub("Marvel Comics")),
        ("has_genre", _g("superhero")),
        ("features", _ch("Daredevil")),
        ("features", _ch("Kingpin")),
        ("set_in", _pl("New York City")),
    ],
}

_RATINGS = [
    ("user:ana", "comic:watchmen", 5.0),
    ("user:ana", "comic:v_for_vendetta", 4.5),
    ("user:ana", "comic:sandman", 4.0),
    ("user:ana", "comic:saga", 2.0),
    ("user:ana", "comic:maus", 5.0),
    ("user:ben", "comic:dark_knight_returns", 5.0),
    ("user:ben", "comic:batman_year_one", 4.0),
    ("user:ben", "comic:sin_city", 3.0),
    ("user:ben", "comic:hellboy_seed", 4.5),
    ("user:ben", "comic:born_again", 3.5),
    ("user:ben", "comic:all_star_superman", 1.5),
    ("user:chloe", "comic:persepolis", 5.0),
    ("user:chloe", "comic:fun_home", 4.0),
    ("user:chloe", "comic:maus", 4.5),
    ("user:chloe", "comic:bone", 3.0),
    ("user:chloe", "comic:saga", 4.0),
    ("user:dmitri", "comic:akira", 5.0),
    ("user:dmitri", "comic:y_last_man", 3.5),
    ("user:dmitri", "comic:watchmen", 2.5),
    ("user:dmitri", "comic:sandman", 3.0),
    ("user:esme", "comic:bone", 5.0),
    ("user:esme", "comic:hellboy_seed", 2.0),
    ("user:esme", "comic:saga", 4.5),
    ("user:esme", "comic:all_star_superman", 4.0),
]


def rows():
    out = []
    for item, facts in _FACTS.items():
        out += [(item, r, t) for r, t in facts]
    out += [(u, "rated", i, {"rating": r}) for u, i, r in _RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind56")
