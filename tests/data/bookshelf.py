"""A small hand-made graph of another domain (books), with its relations and phrases declared in code.

Used by the consistency checker's tests and benchmark to show the checker works on a graph it has
never seen: nothing here is in the shipped relation registry. ``build()`` returns a fresh
:class:`kgexplain.KnowledgeGraph`.
"""

from __future__ import annotations

import kgexplain as kgx

RELATIONS = [
    kgx.Relation("read", phrase="read", inverse_phrase="was read by", domain=("user",),
                 range=("book",), cues=("finished", "borrowed")),
    kgx.Relation("written_by", phrase="was written by", inverse_phrase="wrote",
                 domain=("book",), range=("person",), cues=("author", "novel by", "book by"),
                 inverse_cues=("author of", "penned")),
    kgx.Relation("illustrated_by", phrase="was illustrated by", inverse_phrase="illustrated",
                 domain=("book",), range=("person",), cues=("illustrator", "drawings by")),
    kgx.Relation("translated_by", phrase="was translated by", inverse_phrase="translated",
                 domain=("book",), range=("person",), cues=("translator", "translation by")),
    kgx.Relation("in_genre", phrase="belongs to the genre", inverse_phrase="includes",
                 domain=("book",), range=("genre",), cues=("genre",)),
    kgx.Relation("published_by", phrase="was published by", inverse_phrase="published",
                 domain=("book",), range=("publisher",), cues=("publisher", "imprint")),
    kgx.Relation("set_in", phrase="is set in", inverse_phrase="is the setting of",
                 domain=("book",), range=("place",), cues=("takes place in", "setting")),
    kgx.Relation("shelved", phrase="shelved", inverse_phrase="was shelved by",
                 domain=("user",), range=("book",), explainable=False, sensitive=True),
]

_BOOKS = [
    # id, title, year, author, genre, publisher, place, illustrator, translator
    ("hobbit", "The Hobbit", 1937, "tolkien", "fantasy", "allen_unwin", "middle_earth", "tolkien", None),
    ("lotr", "The Lord of the Rings", 1954, "tolkien", "fantasy", "allen_unwin", "middle_earth", None, None),
    ("silmarillion", "The Silmarillion", 1977, "tolkien", "fantasy", "allen_unwin", "middle_earth", None, None),
    ("earthsea", "A Wizard of Earthsea", 1968, "le_guin", "fantasy", "parnassus", "earthsea", "ruth_robbins", None),
    ("dispossessed", "The Dispossessed", 1974, "le_guin", "science_fiction", "harper", "anarres", None, None),
    ("left_hand", "The Left Hand of Darkness", 1969, "le_guin", "science_fiction", "ace", "gethen", None, None),
    ("dune", "Dune", 1965, "herbert", "science_fiction", "chilton", "arrakis", None, None),
    ("foundation", "Foundation", 1951, "asimov", "science_fiction", "gnome", "trantor", None, None),
    ("i_robot", "I, Robot", 1950, "asimov", "science_fiction", "gnome", None, None, None),
    ("solitude", "One Hundred Years of Solitude", 1967, "garcia_marquez", "magical_realism",
     "harper", "macondo", None, "rabassa"),
    ("cholera", "Love in the Time of Cholera", 1985, "garcia_marquez", "romance", "knopf", None,
     None, "grossman"),
    ("hopscotch", "Hopscotch", 1963, "cortazar", "literary_fiction", "pantheon", "paris", None, "rabassa"),
    ("don_quixote", "Don Quixote", 1605, "cervantes", "literary_fiction", "penguin", "la_mancha", "dore", "grossman"),
    ("little_prince", "The Little Prince", 1943, "saint_exupery", "fantasy", "reynal", None, "saint_exupery", None),
    ("alice", "Alice's Adventures in Wonderland", 1865, "carroll", "fantasy", "macmillan", "wonderland", "tenniel", None),
    ("looking_glass", "Through the Looking-Glass", 1871, "carroll", "fantasy", "macmillan", "wonderland", "tenniel", None),
    ("neuromancer", "Neuromancer", 1984, "gibson", "science_fiction", "ace", "chiba_city", None, None),
    ("beloved", "Beloved", 1987, "morrison", "literary_fiction", "knopf", "ohio", None, None),
    ("song_solomon", "Song of Solomon", 1977, "morrison", "literary_fiction", "knopf", None, None, None),
    ("pride", "Pride and Prejudice", 1813, "austen", "romance", "egerton", "hertfordshire", None, None),
    ("emma", "Emma", 1815, "austen", "romance", "murray", "surrey", None, None),
]

_PEOPLE = {
    "tolkien": ("J. R. R. Tolkien", ("Tolkien",)),
    "le_guin": ("Ursula K. Le Guin", ("Le Guin",)),
    "herbert": ("Frank Herbert", ()),
    "asimov": ("Isaac Asimov", ("Asimov",)),
    "garcia_marquez": ("Gabriel García Márquez", ("García Márquez", "Gabriel Garcia Marquez")),
    "cortazar": ("Julio Cortázar", ("Cortázar",)),
    "cervantes": ("Miguel de Cervantes", ("Cervantes",)),
    "saint_exupery": ("Antoine de Saint-Exupéry", ("Saint-Exupéry",)),
    "carroll": ("Lewis Carroll", ()),
    "gibson": ("William Gibson", ()),
    "morrison": ("Toni Morrison", ()),
    "austen": ("Jane Austen", ()),
    "ruth_robbins": ("Ruth Robbins", ()),
    "dore": ("Gustave Doré", ()),
    "tenniel": ("John Tenniel", ()),
    "rabassa": ("Gregory Rabassa", ()),
    "grossman": ("Edith Grossman", ()),
}
_GENRES = {"fantasy": "Fantasy", "science_fiction": "Science Fiction", "magical_realism": "Magical Realism",
           "romance": "Romance", "literary_fiction": "Literary Fiction"}
_PUBLISHERS = {"allen_unwin": "Allen & Unwin", "parnassus": "Parnassus Press", "harper": "Harper & Row",
               "ace": "Ace Books", "chilton": "Chilton Books", "gnome": "Gnome Press", "knopf": "Alfred A. Knopf",
               "pantheon": "Pantheon Books", "penguin": "Penguin Classics", "reynal": "Reynal & Hitchcock",
               "macmillan": "Macmillan", "egerton": "Thomas Egerton", "murray": "John Murray"}
_PLACES = {"middle_earth": "Middle-earth", "earthsea": "Earthsea", "anarres": "Anarres", "gethen": "Gethen",
           "arrakis": "Arrakis", "trantor": "Trantor", "macondo": "Macondo", "paris": "Paris",
           "la_mancha": "La Mancha", "wonderland": "Wonderland", "chiba_city": "Chiba City", "ohio": "Ohio",
           "hertfordshire": "Hertfordshire", "surrey": "Surrey"}
_USERS = {
    "ana": {"hobbit": 5.0, "earthsea": 4.5, "dune": 2.0, "alice": 4.0, "emma": 3.0},
    "ben": {"dune": 5.0, "foundation": 4.5, "neuromancer": 4.0, "i_robot": 2.5, "pride": 2.0},
    "chen": {"solitude": 5.0, "hopscotch": 4.0, "beloved": 4.5, "don_quixote": 3.0},
    "dara": {"pride": 5.0, "emma": 4.5, "cholera": 4.0, "little_prince": 2.5, "lotr": 3.5},
    "eli": {"lotr": 4.5, "left_hand": 5.0, "looking_glass": 2.0, "song_solomon": 3.5},
    "fay": {"little_prince": 5.0, "alice": 4.5, "dispossessed": 3.0, "silmarillion": 1.5},
}


def build() -> kgx.KnowledgeGraph:
    """The bookshelf graph: 6 readers, 21 books, their authors, illustrators, translators,
    genres, publishers and settings; one sensitive relation (``shelved``)."""
    entities = [kgx.Entity(f"user:{u}", kind="user", label=u.title()) for u in _USERS]
    for bid, title, year, *_ in _BOOKS:
        entities.append(kgx.Entity(f"book:{bid}", kind="item", type="book", label=title,
                                   attrs={"year": year}))
    entities += [kgx.Entity(f"person:{k}", type="person", label=v[0], aliases=v[1])
                 for k, v in _PEOPLE.items()]
    entities += [kgx.Entity(f"genre:{k}", type="genre", label=v) for k, v in _GENRES.items()]
    entities += [kgx.Entity(f"publisher:{k}", type="publisher", label=v) for k, v in _PUBLISHERS.items()]
    entities += [kgx.Entity(f"place:{k}", type="place", label=v) for k, v in _PLACES.items()]
    triples: list[tuple] = []
    for bid, _, _, author, genre, publisher, place, illustrator, translator in _BOOKS:
        b = f"book:{bid}"
        triples.append((b, "written_by", f"person:{author}"))
        triples.append((b, "in_genre", f"genre:{genre}"))
        triples.append((b, "published_by", f"publisher:{publisher}"))
        if place:
            triples.append((b, "set_in", f"place:{place}"))
        if illustrator:
            triples.append((b, "illustrated_by", f"person:{illustrator}"))
        if translator:
            triples.append((b, "translated_by", f"person:{translator}"))
    t = 1_700_000_000
    for user, ratings in _USERS.items():
        for book, rating in ratings.items():
            t += 3600
            triples.append((f"user:{user}", "read", f"book:{book}", {"rating": rating, "timestamp": t}))
    triples.append(("user:ana", "shelved", "book:dune"))
    return kgx.KnowledgeGraph.from_triples(triples, entities=entities, relations=RELATIONS,
                                           name="bookshelf")
