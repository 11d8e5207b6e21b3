"""A small programming-languages graph: languages, their designers, the organizations behind them,
paradigms, typing disciplines, runtime platforms, influences between languages, and user ratings."""

import kgexplain as kgx

RELATIONS = [
    kgx.Relation(
        "rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("language",)
    ),
    kgx.Relation(
        "designed_by",
        phrase="was designed by",
        inverse_phrase="designed",
        domain=("language",),
        range=("person",),
    ),
    kgx.Relation(
        "developed_at",
        phrase="was developed at",
        inverse_phrase="developed",
        domain=("language",),
        range=("organization",),
    ),
    kgx.Relation(
        "has_paradigm",
        phrase="supports the paradigm",
        inverse_phrase="is a paradigm of",
        domain=("language",),
        range=("paradigm",),
    ),
    kgx.Relation(
        "has_typing",
        phrase="uses",
        inverse_phrase="is the typing discipline of",
        domain=("language",),
        range=("typing",),
    ),
    kgx.Relation(
        "runs_on", phrase="runs on", inverse_phrase="hosts", domain=("language",), range=("platform",)
    ),
    kgx.Relation(
        "influenced_by",
        phrase="was influenced by",
        inverse_phrase="influenced",
        domain=("language",),
        range=("language",),
    ),
]

LANGUAGES = {
    "language:python": ("Python", 1991),
    "language:java": ("Java", 1995),
    "language:c": ("C", 1972),
    "language:cpp": ("C++", 1985),
    "language:go": ("Go", 2009),
    "language:rust": ("Rust", 2015),
    "language:swift": ("Swift", 2014),
    "language:kotlin": ("Kotlin", 2011),
    "language:javascript": ("JavaScript", 1995),
    "language:haskell": ("Haskell", 1990),
    "language:scala": ("Scala", 2004),
    "language:ruby": ("Ruby", 1995),
    "language:csharp": ("C#", 2000),
    "language:typescript": ("TypeScript", 2012),
    "language:lisp": ("Lisp", 1958),
    "language:smalltalk": ("Smalltalk", 1972),
}

ATTRIBUTES = {
    "person": {
        "person:guido_van_rossum": "Guido van Rossum",
        "person:james_gosling": "James Gosling",
        "person:dennis_ritchie": "Dennis Ritchie",
        "person:bjarne_stroustrup": "Bjarne Stroustrup",
        "person:rob_pike": "Rob Pike",
        "person:ken_thompson": "Ken Thompson",
        "person:robert_griesemer": "Robert Griesemer",
        "person:graydon_hoare": "Graydon Hoare",
        "person:chris_lattner": "Chris Lattner",
        "person:brendan_eich": "Brendan Eich",
        "person:martin_odersky": "Martin Odersky",
        "person:yukihiro_matsumoto": "Yukihiro Matsumoto",
        "person:anders_hejlsberg": "Anders Hejlsberg",
        "person:john_mccarthy": "John McCarthy",
        "person:alan_kay": "Alan Kay",
    },
    "organization": {
        "organization:sun_microsystems": "Sun Microsystems",
        "organization:bell_labs": "Bell Labs",
        "organization:google": "Google",
        "organization:mozilla": "Mozilla",
        "organization:apple": "Apple",
        "organization:jetbrains": "JetBrains",
        "organization:netscape": "Netscape",
        "organization:epfl": "EPFL",
        "organization:microsoft": "Microsoft",
        "organization:xerox_parc": "Xerox PARC",
    },
    "paradigm": {
        "paradigm:object_oriented": "Object-oriented",
        "paradigm:functional": "Functional",
        "paradigm:imperative": "Imperative",
        "paradigm:concurrent": "Concurrent",
    },
    "typing": {
        "typing:static": "Static typing",
        "typing:dynamic": "Dynamic typing",
    },
    "platform": {
        "platform:jvm": "JVM",
        "platform:dotnet": ".NET",
        "platform:llvm": "LLVM",
    },
}

USERS = ["ana", "ben", "chen", "dara", "eli"]


def entities():
    out = []
    for eid, (label, year) in LANGUAGES.items():
        out.append(kgx.Entity(eid, kind="item", type="language", label=label, attrs={"year": year}))
    for typ, items in ATTRIBUTES.items():
        for eid, label in items.items():
            out.append(kgx.Entity(eid, kind="attribute", type=typ, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


FACTS = [
    # Python
    ("language:python", "designed_by", "person:guido_van_rossum"),
    ("language:python", "has_paradigm", "paradigm:object_oriented"),
    ("language:python", "has_paradigm", "paradigm:imperative"),
    ("language:python", "has_typing", "typing:dynamic"),
    ("language:python", "influenced_by", "language:haskell"),
    ("language:python", "influenced_by", "language:c"),
    # Java
    ("language:java", "designed_by", "person:james_gosling"),
    ("language:java", "developed_at", "organization:sun_microsystems"),
    ("language:java", "has_paradigm", "paradigm:object_oriented"),
    ("language:java", "has_paradigm", "paradigm:imperative"),
    ("language:java", "has_typing", "typing:static"),
    ("language:java", "runs_on", "platform:jvm"),
    ("language:java", "influenced_by", "language:cpp"),
    ("language:java", "influenced_by", "language:smalltalk"),
    # C
    ("language:c", "designed_by", "person:dennis_ritchie"),
    ("language:c", "developed_at", "organization:bell_labs"),
    ("language:c", "has_paradigm", "paradigm:imperative"),
    ("language:c", "has_typing", "typing:static"),
    # C++
    ("language:cpp", "designed_by", "person:bjarne_stroustrup"),
    ("language:cpp", "developed_at", "organization:bell_labs"),
    ("language:cpp", "has_paradigm", "paradigm:object_oriented"),
    ("language:cpp", "has_paradigm", "paradigm:imperative"),
    ("language:cpp", "has_typing", "typing:static"),
    ("language:cpp", "influenced_by", "language:c"),
    # Go
    ("language:go", "designed_by", "person:rob_pike"),
    ("language:go", "designed_by", "person:ken_thompson"),
    ("language:go", "designed_by", "person:robert_griesemer"),
    ("language:go", "developed_at", "organization:google"),
    ("language:go", "has_paradigm", "paradigm:imperative"),
    ("language:go", "has_paradigm", "paradigm:concurrent"),
    ("language:go", "has_typing", "typing:static"),
    ("language:go", "influenced_by", "language:c"),
    # Rust
    ("language:rust", "designed_by", "person:graydon_hoare"),
    ("language:rust", "developed_at", "organization:mozilla"),
    ("language:rust", "has_paradigm", "paradigm:functional"),
    ("language:rust", "has_paradigm", "paradigm:imperative"),
    ("language:rust", "has_paradigm", "paradigm:concurrent"),
    ("language:rust", "has_typing", "typing:static"),
    ("language:rust", "runs_on", "platform:llvm"),
    ("language:rust", "influenced_by", "language:cpp"),
    ("language:rust", "influenced_by", "language:haskell"),
    # Swift
    ("language:swift", "designed_by", "person:chris_lattner"),
    ("language:swift", "developed_at", "organization:apple"),
    ("language:swift", "has_paradigm", "paradigm:object_oriented"),
    ("language:swift", "has_paradigm", "paradigm:functional"),
    ("language:swift", "has_typing", "typing:static"),
    ("language:swift", "runs_on", "platform:llvm"),
    ("language:swift", "influenced_by", "language:rust"),
    ("language:swift", "influenced_by", "language:haskell"),
    ("language:swift", "influenced_by", "language:python"),
    # Kotlin
    ("language:kotlin", "developed_at", "organization:jetbrains"),
    ("language:kotlin", "has_paradigm", "paradigm:object_oriented"),
    ("language:kotlin", "has_paradigm", "paradigm:functional"),
    ("language:kotlin", "has_typing", "typing:static"),
    ("language:kotlin", "runs_on", "platform:jvm"),
    ("language:kotlin", "influenced_by", "language:java"),
    ("language:kotlin", "influenced_by", "language:scala"),
    ("language:kotlin", "influenced_by", "language:csharp"),
    # JavaScript
    ("language:javascript", "designed_by", "person:brendan_eich"),
    ("language:javascript", "developed_at", "organization:netscape"),
    ("language:javascript", "has_paradigm", "paradigm:functional"),
    ("language:javascript", "has_paradigm", "paradigm:object_oriented"),
    ("language:javascript", "has_paradigm", "paradigm:imperative"),
    ("language:javascript", "has_typing", "typing:dynamic"),
    ("language:javascript", "influenced_by", "language:java"),
    # Haskell
    ("language:haskell", "has_paradigm", "paradigm:functional"),
    ("language:haskell", "has_typing", "typing:static"),
    ("language:haskell", "influenced_by", "language:lisp"),
    # Scala
    ("language:scala", "designed_by", "person:martin_odersky"),
    ("language:scala", "developed_at", "organization:epfl"),
    ("language:scala", "has_paradigm", "paradigm:functional"),
    ("language:scala", "has_paradigm", "paradigm:object_oriented"),
    ("language:scala", "has_typing", "typing:static"),
    ("language:scala", "runs_on", "platform:jvm"),
    ("language:scala", "influenced_by", "language:java"),
    ("language:scala", "influenced_by", "language:haskell"),
    # Ruby
    ("language:ruby", "designed_by", "person:yukihiro_matsumoto"),
    ("language:ruby", "has_paradigm", "paradigm:object_oriented"),
    ("language:ruby", "has_typing", "typing:dynamic"),
    ("language:ruby", "influenced_by", "language:smalltalk"),
    ("language:ruby", "influenced_by", "language:lisp"),
    # C#
    ("language:csharp", "designed_by", "person:anders_hejlsberg"),
    ("language:csharp", "developed_at", "organization:microsoft"),
    ("language:csharp", "has_paradigm", "paradigm:object_oriented"),
    ("language:csharp", "has_paradigm", "paradigm:imperative"),
    ("language:csharp", "has_paradigm", "paradigm:functional"),
    ("language:csharp", "has_typing", "typing:static"),
    ("language:csharp", "runs_on", "platform:dotnet"),
    ("language:csharp", "influenced_by", "language:java"),
    ("language:csharp", "influenced_by", "language:cpp"),
    # TypeScript
    ("language:typescript", "designed_by", "person:anders_hejlsberg"),
    ("language:typescript", "developed_at", "organization:microsoft"),
    ("language:typescript", "has_paradigm", "paradigm:object_oriented"),
    ("language:typescript", "has_paradigm", "paradigm:functional"),
    ("language:typescript", "has_typing", "typing:static"),
    ("language:typescript", "influenced_by", "language:javascript"),
    ("language:typescript", "influenced_by", "language:csharp"),
    ("language:typescript", "influenced_by", "language:java"),
    # Lisp
    ("language:lisp", "designed_by", "person:john_mccarthy"),
    ("language:lisp", "has_paradigm", "paradigm:functional"),
    ("language:lisp", "has_typing", "typing:dynamic"),
    # Smalltalk
    ("language:smalltalk", "designed_by", "person:alan_kay"),
    ("language:smalltalk", "developed_at", "organization:xerox_parc"),
    ("language:smalltalk", "has_paradigm", "paradigm:object_oriented"),
    ("language:smalltalk", "has_typing", "typing:dynamic"),
    ("language:smalltalk", "influenced_by", "language:lisp"),
]

RATINGS = {
    "ana": {"python": 5.0, "haskell": 4.5, "rust": 4.0, "java": 2.5, "javascript": 3.0},
    "ben": {"java": 4.5, "kotlin": 5.0, "scala": 3.5, "c": 2.0, "go": 4.0},
    "chen": {"c": 5.0, "cpp": 4.0, "rust": 4.5, "go": 3.5, "lisp": 1.5},
    "dara": {"javascript": 4.0, "typescript": 5.0, "ruby": 3.0, "swift": 4.5, "csharp": 2.5},
    "eli": {"smalltalk": 4.0, "lisp": 5.0, "haskell": 3.5, "python": 2.0, "ruby": 4.5},
}


def rows():
    out = list(FACTS)
    for u, rs in RATINGS.items():
        for lang, r in rs.items():
            out.append((f"user:{u}", "rated", f"language:{lang}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind65")
