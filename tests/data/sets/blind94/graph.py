"""A small graph of programming languages, their designers, organisations,
paradigms, typing disciplines and influences, plus five users' ratings."""
import kgexplain as kgx

L = ("language",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=L),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=L, range=("person",)),
    kgx.Relation("developed_at", phrase="was developed at", inverse_phrase="developed", domain=L, range=("organisation",)),
    kgx.Relation("has_paradigm", phrase="supports", inverse_phrase="is supported by", domain=L, range=("paradigm",)),
    kgx.Relation("has_typing", phrase="uses", inverse_phrase="is used by", domain=L, range=("typing discipline",)),
    kgx.Relation("influenced_by", phrase="was influenced by", inverse_phrase="influenced", domain=L, range=L),
]

# slug: (label, year of first appearance)
LANGUAGES = {
    "c": ("C", 1972),
    "cpp": ("C++", 1985),
    "python": ("Python", 1991),
    "java": ("Java", 1995),
    "javascript": ("JavaScript", 1995),
    "haskell": ("Haskell", 1990),
    "lisp": ("Lisp", 1960),
    "smalltalk": ("Smalltalk", 1972),
    "simula": ("Simula", 1962),
    "go": ("Go", 2009),
    "rust": ("Rust", 2015),
    "swift": ("Swift", 2014),
    "ruby": ("Ruby", 1995),
    "perl": ("Perl", 1987),
    "ocaml": ("OCaml", 1996),
    "erlang": ("Erlang", 1986),
    "prolog": ("Prolog", 1972),
    "fortran": ("Fortran", 1957),
}

PEOPLE = {
    "dennis_ritchie": "Dennis Ritchie",
    "bjarne_stroustrup": "Bjarne Stroustrup",
    "guido_van_rossum": "Guido van Rossum",
    "james_gosling": "James Gosling",
    "brendan_eich": "Brendan Eich",
    "simon_peyton_jones": "Simon Peyton Jones",
    "philip_wadler": "Philip Wadler",
    "john_mccarthy": "John McCarthy",
    "alan_kay": "Alan Kay",
    "adele_goldberg": "Adele Goldberg",
    "dan_ingalls": "Dan Ingalls",
    "ole_johan_dahl": "Ole-Johan Dahl",
    "kristen_nygaard": "Kristen Nygaard",
    "robert_griesemer": "Robert Griesemer",
    "rob_pike": "Rob Pike",
    "ken_thompson": "Ken Thompson",
    "graydon_hoare": "Graydon Hoare",
    "chris_lattner": "Chris Lattner",
    "yukihiro_matsumoto": "Yukihiro Matsumoto",
    "larry_wall": "Larry Wall",
    "xavier_leroy": "Xavier Leroy",
    "joe_armstrong": "Joe Armstrong",
    "robert_virding": "Robert Virding",
    "alain_colmerauer": "Alain Colmerauer",
    "john_backus": "John Backus",
}

ORGANISATIONS = {
    "bell_labs": "Bell Labs",
    "cwi": "Centrum Wiskunde & Informatica",
    "sun_microsystems": "Sun Microsystems",
    "netscape": "Netscape",
    "mit": "MIT",
    "xerox_parc": "Xerox PARC",
    "norwegian_computing_center": "Norwegian Computing Center",
    "google": "Google",
    "mozilla": "Mozilla",
    "apple": "Apple",
    "inria": "Inria",
    "ericsson": "Ericsson",
    "ibm": "IBM",
}

PARADIGMS = {
    "procedural": "procedural programming",
    "object_oriented": "object-oriented programming",
    "functional": "functional programming",
    "logic": "logic programming",
    "concurrent": "concurrent programming",
}

TYPINGS = {
    "static": "static typing",
    "dynamic": "dynamic typing",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

DESIGNED_BY = {
    "c": ["dennis_ritchie"],
    "cpp": ["bjarne_stroustrup"],
    "python": ["guido_van_rossum"],
    "java": ["james_gosling"],
    "javascript": ["brendan_eich"],
    "haskell": ["simon_peyton_jones", "philip_wadler"],
    "lisp": ["john_mccarthy"],
    "smalltalk": ["alan_kay", "adele_goldberg", "dan_ingalls"],
    "simula": ["ole_johan_dahl", "kristen_nygaard"],
    "go": ["robert_griesemer", "rob_pike", "ken_thompson"],
    "rust": ["graydon_hoare"],
    "swift": ["chris_lattner"],
    "ruby": ["yukihiro_matsumoto"],
    "perl": ["larry_wall"],
    "ocaml": ["xavier_leroy"],
    "erlang": ["joe_armstrong", "robert_virding"],
    "prolog": ["alain_colmerauer"],
    "fortran": ["john_backus"],
}

DEVELOPED_AT = {
    "c": "bell_labs",
    "cpp": "bell_labs",
    "python": "cwi",
    "java": "sun_microsystems",
    "javascript": "netscape",
    "lisp": "mit",
    "smalltalk": "xerox_parc",
    "simula": "norwegian_computing_center",
    "go": "google",
    "rust": "mozilla",
    "swift": "apple",
    "ocaml": "inria",
    "erlang": "ericsson",
    "fortran": "ibm",
}

PARADIGM_OF = {
    "c": ["procedural"],
    "cpp": ["procedural", "object_oriented"],
    "python": ["object_oriented", "procedural", "functional"],
    "java": ["object_oriented"],
    "javascript": ["object_oriented", "functional"],
    "haskell": ["functional"],
    "lisp": ["functional"],
    "smalltalk": ["object_oriented"],
    "simula": ["object_oriented"],
    "go": ["procedural", "concurrent"],
    "rust": ["functional", "concurrent"],
    "swift": ["object_oriented", "functional"],
    "ruby": ["object_oriented"],
    "perl": ["procedural"],
    "ocaml": ["functional", "object_oriented"],
    "erlang": ["functional", "concurrent"],
    "prolog": ["logic"],
    "fortran": ["procedural"],
}

STATIC = ["c", "cpp", "java", "haskell", "simula", "go", "rust", "swift", "ocaml", "fortran"]
DYNAMIC = ["python", "javascript", "lisp", "smalltalk", "ruby", "perl", "erlang", "prolog"]

INFLUENCED_BY = {
    "cpp": ["c", "simula"],
    "java": ["cpp", "smalltalk"],
    "python": ["haskell", "lisp"],
    "javascript": ["java"],
    "smalltalk": ["lisp", "simula"],
    "ruby": ["perl", "smalltalk"],
    "rust": ["cpp", "haskell", "ocaml"],
    "swift": ["rust", "python"],
    "go": ["c"],
    "erlang": ["prolog"],
    "haskell": ["lisp"],
    "perl": ["c"],
}

RATINGS = {
    "ana": {"python": 5.0, "haskell": 4.5, "c": 2.0, "javascript": 1.5},
    "ben": {"java": 4.0, "go": 4.5, "perl": 1.0, "rust": 3.0},
    "chen": {"rust": 5.0, "ocaml": 4.0, "cpp": 2.5, "erlang": 3.5},
    "dara": {"ruby": 4.5, "smalltalk": 4.0, "fortran": 1.5, "lisp": 3.0},
    "emil": {"swift": 3.5, "prolog": 2.0, "simula": 5.0, "python": 4.0},
}


def entities():
    out = []
    for slug, (label, year) in LANGUAGES.items():
        out.append(kgx.Entity(f"language:{slug}", kind="item", type="language", label=label, attrs={"year": year}))
    for slug, label in PEOPLE.items():
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in ORGANISATIONS.items():
        out.append(kgx.Entity(f"organisation:{slug}", kind="attribute", type="organisation", label=label))
    for slug, label in PARADIGMS.items():
        out.append(kgx.Entity(f"paradigm:{slug}", kind="attribute", type="paradigm", label=label))
    for slug, label in TYPINGS.items():
        out.append(kgx.Entity(f"typing:{slug}", kind="attribute", type="typing discipline", label=label))
    for name in USERS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for lang, people in DESIGNED_BY.items():
        for p in people:
            out.append((f"language:{lang}", "designed_by", f"person:{p}"))
    for lang, org in DEVELOPED_AT.items():
        out.append((f"language:{lang}", "developed_at", f"organisation:{org}"))
    for lang, pars in PARADIGM_OF.items():
        for p in pars:
            out.append((f"language:{lang}", "has_paradigm", f"paradigm:{p}"))
    for lang in STATIC:
        out.append((f"language:{lang}", "has_typing", "typing:static"))
    for lang in DYNAMIC:
        out.append((f"language:{lang}", "has_typing", "typing:dynamic"))
    for lang, infl in INFLUENCED_BY.items():
        for other in infl:
            out.append((f"language:{lang}", "influenced_by", f"language:{other}"))
    for user, ratings in RATINGS.items():
        for lang, r in ratings.items():
            out.append((f"user:{user}", "rated", f"language:{lang}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind94")
