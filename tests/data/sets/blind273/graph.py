"""A small graph of constructed human languages (blind273).

`year` on each language is the year it was first created or published.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("language",)),
    kgx.Relation("created_by", phrase="was created by", inverse_phrase="created",
                 domain=("language",), range=("person", "organisation")),
    kgx.Relation("classified_as", phrase="is classified as", inverse_phrase="is the category of",
                 domain=("language",), range=("language kind",)),
    kgx.Relation("derived_from", phrase="was derived from", inverse_phrase="gave rise to",
                 domain=("language",), range=("language",)),
    kgx.Relation("used_in", phrase="is spoken in", inverse_phrase="features",
                 domain=("language",), range=("work",)),
    kgx.Relation("promoted_by", phrase="is promoted by", inverse_phrase="promotes",
                 domain=("language",), range=("organisation",)),
    kgx.Relation("written_in", phrase="is written in", inverse_phrase="is used to write",
                 domain=("language",), range=("script",)),
]

LANGUAGES = [
    ("esperanto", "Esperanto", 1887),
    ("volapuk", "Volapük", 1879),
    ("ido", "Ido", 1907),
    ("latino_sine_flexione", "Latino sine flexione", 1903),
    ("occidental", "Occidental", 1922),
    ("novial", "Novial", 1928),
    ("interlingua", "Interlingua", 1951),
    ("basic_english", "Basic English", 1930),
    ("loglan", "Loglan", 1955),
    ("lojban", "Lojban", 1987),
    ("klingon", "Klingon", 1984),
    ("quenya", "Quenya", 1915),
    ("dothraki", "Dothraki", 2009),
    ("navi", "Na'vi", 2005),
    ("toki_pona", "Toki Pona", 2001),
    ("ithkuil", "Ithkuil", 2004),
    ("laadan", "Láadan", 1982),
    ("lingua_franca_nova", "Lingua Franca Nova", 1998),
]

ATTRIBUTES = [
    # people
    ("person:zamenhof", "person", "L. L. Zamenhof"),
    ("person:schleyer", "person", "Johann Martin Schleyer"),
    ("person:couturat", "person", "Louis Couturat"),
    ("person:de_beaufront", "person", "Louis de Beaufront"),
    ("person:peano", "person", "Giuseppe Peano"),
    ("person:de_wahl", "person", "Edgar de Wahl"),
    ("person:jespersen", "person", "Otto Jespersen"),
    ("person:gode", "person", "Alexander Gode"),
    ("person:ogden", "person", "C. K. Ogden"),
    ("person:brown", "person", "James Cooke Brown"),
    ("person:okrand", "person", "Marc Okrand"),
    ("person:tolkien", "person", "J. R. R. Tolkien"),
    ("person:peterson", "person", "David J. Peterson"),
    ("person:frommer", "person", "Paul Frommer"),
    ("person:lang", "person", "Sonja Lang"),
    ("person:quijada", "person", "John Quijada"),
    ("person:elgin", "person", "Suzette Haden Elgin"),
    ("person:boeree", "person", "C. George Boeree"),
    # organisations
    ("org:iala", "organisation", "International Auxiliary Language Association"),
    ("org:llg", "organisation", "Logical Language Group"),
    ("org:uea", "organisation", "Universal Esperanto Association"),
    ("org:uli", "organisation", "Uniono por la Linguo Internaciona Ido"),
    ("org:umi", "organisation", "Union Mundial pro Interlingua"),
    ("org:kli", "organisation", "Klingon Language Institute"),
    ("org:loglan_institute", "organisation", "The Loglan Institute"),
    # kinds
    ("kind:auxiliary", "language kind", "international auxiliary language"),
    ("kind:artistic", "language kind", "artistic language"),
    ("kind:logical", "language kind", "logical language"),
    ("kind:philosophical", "language kind", "philosophical language"),
    ("kind:controlled", "language kind", "controlled language"),
    # works of fiction
    ("work:star_trek", "work", "Star Trek"),
    ("work:lord_of_the_rings", "work", "The Lord of the Rings"),
    ("work:game_of_thrones", "work", "Game of Thrones"),
    ("work:avatar", "work", "Avatar"),
    ("work:native_tongue", "work", "Native Tongue"),
    # scripts
    ("script:latin", "script", "Latin script"),
    ("script:tengwar", "script", "Tengwar"),
    ("script:piqad", "script", "pIqaD"),
    ("script:sitelen_pona", "script", "sitelen pona"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"language:{slug}", kind="item", type="language", label=label, attrs={"year": year})
           for slug, label, year in LANGUAGES]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def L(slug):
    return f"language:{slug}"


def rows():
    r = []
    created = [
        ("esperanto", "person:zamenhof"),
        ("volapuk", "person:schleyer"),
        ("ido", "person:couturat"),
        ("ido", "person:de_beaufront"),
        ("latino_sine_flexione", "person:peano"),
        ("occidental", "person:de_wahl"),
        ("novial", "person:jespersen"),
        ("interlingua", "person:gode"),
        ("interlingua", "org:iala"),
        ("basic_english", "person:ogden"),
        ("loglan", "person:brown"),
        ("lojban", "org:llg"),
        ("klingon", "person:okrand"),
        ("quenya", "person:tolkien"),
        ("dothraki", "person:peterson"),
        ("navi", "person:frommer"),
        ("toki_pona", "person:lang"),
        ("ithkuil", "person:quijada"),
        ("laadan", "person:elgin"),
        ("lingua_franca_nova", "person:boeree"),
    ]
    r += [(L(a), "created_by", b) for a, b in created]
    kinds = {
        "kind:auxiliary": ["esperanto", "volapuk", "ido", "latino_sine_flexione", "occidental",
                           "novial", "interlingua", "lingua_franca_nova"],
        "kind:artistic": ["klingon", "quenya", "dothraki", "navi"],
        "kind:logical": ["loglan", "lojban"],
        "kind:philosophical": ["toki_pona", "ithkuil"],
        "kind:controlled": ["basic_english"],
    }
    for k, langs in kinds.items():
        r += [(L(a), "classified_as", k) for a in langs]
    r += [(L("ido"), "derived_from", L("esperanto")),
          (L("lojban"), "derived_from", L("loglan"))]
    r += [(L("klingon"), "used_in", "work:star_trek"),
          (L("quenya"), "used_in", "work:lord_of_the_rings"),
          (L("dothraki"), "used_in", "work:game_of_thrones"),
          (L("navi"), "used_in", "work:avatar"),
          (L("laadan"), "used_in", "work:native_tongue")]
    r += [(L("esperanto"), "promoted_by", "org:uea"),
          (L("ido"), "promoted_by", "org:uli"),
          (L("interlingua"), "promoted_by", "org:umi"),
          (L("klingon"), "promoted_by", "org:kli"),
          (L("loglan"), "promoted_by", "org:loglan_institute")]
    latin = ["esperanto", "volapuk", "ido", "latino_sine_flexione", "occidental", "novial",
             "interlingua", "basic_english", "loglan", "lojban", "klingon", "dothraki", "navi",
             "toki_pona", "laadan", "lingua_franca_nova"]
    r += [(L(a), "written_in", "script:latin") for a in latin]
    r += [(L("klingon"), "written_in", "script:piqad"),
          (L("quenya"), "written_in", "script:tengwar"),
          (L("toki_pona"), "written_in", "script:sitelen_pona")]
    ratings = {
        "ana": [("esperanto", 5.0), ("klingon", 4.5), ("toki_pona", 4.0), ("volapuk", 1.5)],
        "ben": [("lojban", 4.5), ("ithkuil", 2.0), ("quenya", 5.0), ("basic_english", 3.0)],
        "chen": [("dothraki", 4.0), ("navi", 3.5), ("interlingua", 1.0), ("ido", 4.5)],
        "dara": [("occidental", 2.5), ("novial", 4.0), ("latino_sine_flexione", 1.5), ("esperanto", 3.5)],
        "emil": [("laadan", 4.5), ("loglan", 2.0), ("lingua_franca_nova", 5.0), ("klingon", 3.0)],
    }
    for u, lst in ratings.items():
        r += [(f"user:{u}", "rated", L(a), {"rating": x}) for a, x in lst]
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind273")
