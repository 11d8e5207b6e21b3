"""A small ballerinas knowledge graph (blind354).

Items are ballerinas; their ``year`` attribute is the year of birth.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("ballerina",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("ballerina",), range=("city",)),
    kgx.Relation("trained_at", phrase="trained at", inverse_phrase="trained",
                 domain=("ballerina",), range=("school",)),
    kgx.Relation("danced_with", phrase="danced with", inverse_phrase="had among its dancers",
                 domain=("ballerina",), range=("company",)),
    kgx.Relation("created_role_in", phrase="created a role in",
                 inverse_phrase="had a role created by",
                 domain=("ballerina",), range=("ballet",)),
    kgx.Relation("held_rank", phrase="held the rank of", inverse_phrase="was the rank of",
                 domain=("ballerina",), range=("rank",)),
]

_BALLERINAS = [
    ("anna_pavlova", "Anna Pavlova", 1881),
    ("tamara_karsavina", "Tamara Karsavina", 1885),
    ("margot_fonteyn", "Margot Fonteyn", 1919),
    ("galina_ulanova", "Galina Ulanova", 1910),
    ("maya_plisetskaya", "Maya Plisetskaya", 1925),
    ("alicia_alonso", "Alicia Alonso", 1920),
    ("maria_tallchief", "Maria Tallchief", 1925),
    ("sylvie_guillem", "Sylvie Guillem", 1965),
    ("natalia_makarova", "Natalia Makarova", 1940),
    ("marie_taglioni", "Marie Taglioni", 1804),
    ("carlotta_grisi", "Carlotta Grisi", 1819),
    ("fanny_elssler", "Fanny Elssler", 1810),
    ("darcey_bussell", "Darcey Bussell", 1969),
    ("misty_copeland", "Misty Copeland", 1982),
    ("svetlana_zakharova", "Svetlana Zakharova", 1979),
    ("alessandra_ferri", "Alessandra Ferri", 1963),
    ("suzanne_farrell", "Suzanne Farrell", 1945),
    ("ulyana_lopatkina", "Ulyana Lopatkina", 1973),
]

_ATTRIBUTES = [
    # cities (places of birth)
    ("city:saint_petersburg", "city", "Saint Petersburg"),
    ("city:reigate", "city", "Reigate"),
    ("city:moscow", "city", "Moscow"),
    ("city:havana", "city", "Havana"),
    ("city:fairfax_oklahoma", "city", "Fairfax, Oklahoma"),
    ("city:paris", "city", "Paris"),
    ("city:stockholm", "city", "Stockholm"),
    ("city:visinada", "city", "Visinada"),
    ("city:vienna", "city", "Vienna"),
    ("city:london", "city", "London"),
    ("city:kansas_city", "city", "Kansas City"),
    ("city:lutsk", "city", "Lutsk"),
    ("city:milan", "city", "Milan"),
    ("city:cincinnati", "city", "Cincinnati"),
    ("city:kerch", "city", "Kerch"),
    # schools
    ("school:imperial_ballet_school", "school", "Imperial Ballet School"),
    ("school:vaganova_academy", "school", "Vaganova Academy"),
    ("school:bolshoi_ballet_academy", "school", "Bolshoi Ballet Academy"),
    ("school:school_of_american_ballet", "school", "School of American Ballet"),
    ("school:paris_opera_ballet_school", "school", "Paris Opera Ballet School"),
    ("school:la_scala_ballet_school", "school", "La Scala Theatre Ballet School"),
    ("school:royal_ballet_school", "school", "Royal Ballet School"),
    # companies
    ("company:mariinsky_ballet", "company", "Mariinsky Ballet"),
    ("company:ballets_russes", "company", "Ballets Russes"),
    ("company:royal_ballet", "company", "The Royal Ballet"),
    ("company:bolshoi_ballet", "company", "Bolshoi Ballet"),
    ("company:american_ballet_theatre", "company", "American Ballet Theatre"),
    ("company:ballet_nacional_de_cuba", "company", "Ballet Nacional de Cuba"),
    ("company:ballet_russe_de_monte_carlo", "company", "Ballet Russe de Monte Carlo"),
    ("company:new_york_city_ballet", "company", "New York City Ballet"),
    ("company:paris_opera_ballet", "company", "Paris Opera Ballet"),
    # ballets
    ("ballet:the_dying_swan", "ballet", "The Dying Swan"),
    ("ballet:the_firebird", "ballet", "The Firebird"),
    ("ballet:petrushka", "ballet", "Petrushka"),
    ("ballet:le_spectre_de_la_rose", "ballet", "Le Spectre de la Rose"),
    ("ballet:ondine", "ballet", "Ondine"),
    ("ballet:romeo_and_juliet", "ballet", "Romeo and Juliet"),
    ("ballet:carmen_suite", "ballet", "Carmen Suite"),
    ("ballet:theme_and_variations", "ballet", "Theme and Variations"),
    ("ballet:in_the_middle_somewhat_elevated", "ballet", "In the Middle, Somewhat Elevated"),
    ("ballet:la_sylphide", "ballet", "La Sylphide"),
    ("ballet:giselle", "ballet", "Giselle"),
    ("ballet:le_diable_boiteux", "ballet", "Le Diable boiteux"),
    ("ballet:the_prince_of_the_pagodas", "ballet", "The Prince of the Pagodas"),
    ("ballet:jewels", "ballet", "Jewels"),
    # ranks
    ("rank:prima_ballerina", "rank", "prima ballerina"),
    ("rank:prima_ballerina_assoluta", "rank", "prima ballerina assoluta"),
    ("rank:principal_dancer", "rank", "principal dancer"),
    ("rank:etoile", "rank", "étoile"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"ballerina:{slug}", kind="item", type="ballerina", label=label,
                      attrs={"year": year}) for slug, label, year in _BALLERINAS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label)
            for eid, typ, label in _ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in _USERS]
    return out


_FACTS = {
    "anna_pavlova": [
        ("born_in", "city:saint_petersburg"),
        ("trained_at", "school:imperial_ballet_school"),
        ("danced_with", "company:mariinsky_ballet"),
        ("danced_with", "company:ballets_russes"),
        ("created_role_in", "ballet:the_dying_swan"),
        ("held_rank", "rank:prima_ballerina"),
    ],
    "tamara_karsavina": [
        ("born_in", "city:saint_petersburg"),
        ("trained_at", "school:imperial_ballet_school"),
        ("danced_with", "company:mariinsky_ballet"),
        ("danced_with", "company:ballets_russes"),
        ("created_role_in", "ballet:the_firebird"),
        ("created_role_in", "ballet:petrushka"),
        ("created_role_in", "ballet:le_spectre_de_la_rose"),
        ("held_rank", "rank:prima_ballerina"),
    ],
    "margot_fonteyn": [
        ("born_in", "city:reigate"),
        ("danced_with", "company:royal_ballet"),
        ("created_role_in", "ballet:ondine"),
        ("held_rank", "rank:prima_ballerina_assoluta"),
    ],
    "galina_ulanova": [
        ("born_in", "city:saint_petersburg"),
        ("trained_at", "school:vaganova_academy"),
        ("danced_with", "company:mariinsky_ballet"),
        ("danced_with", "company:bolshoi_ballet"),
        ("created_role_in", "ballet:romeo_and_juliet"),
        ("held_rank", "rank:prima_ballerina"),
    ],
    "maya_plisetskaya": [
        ("born_in", "city:moscow"),
        ("trained_at", "school:bolshoi_ballet_academy"),
        ("danced_with", "company:bolshoi_ballet"),
        ("created_role_in", "ballet:carmen_suite"),
        ("held_rank", "rank:prima_ballerina_assoluta"),
    ],
    "alicia_alonso": [
        ("born_in", "city:havana"),
        ("trained_at", "school:school_of_american_ballet"),
        ("danced_with", "company:american_ballet_theatre"),
        ("danced_with", "company:ballet_nacional_de_cuba"),
        ("created_role_in", "ballet:theme_and_variations"),
        ("held_rank", "rank:prima_ballerina_assoluta"),
    ],
    "maria_tallchief": [
        ("born_in", "city:fairfax_oklahoma"),
        ("danced_with", "company:ballet_russe_de_monte_carlo"),
        ("danced_with", "company:new_york_city_ballet"),
        ("created_role_in", "ballet:the_firebird"),
        ("held_rank", "rank:prima_ballerina"),
    ],
    "sylvie_guillem": [
        ("born_in", "city:paris"),
        ("trained_at", "school:paris_opera_ballet_school"),
        ("danced_with", "company:paris_opera_ballet"),
        ("danced_with", "company:royal_ballet"),
        ("created_role_in", "ballet:in_the_middle_somewhat_elevated"),
        ("held_rank", "rank:etoile"),
    ],
    "natalia_makarova": [
        ("born_in", "city:saint_petersburg"),
        ("trained_at", "school:vaganova_academy"),
        ("danced_with", "company:mariinsky_ballet"),
        ("danced_with", "company:american_ballet_theatre"),
        ("held_rank", "rank:principal_dancer"),
    ],
    "marie_taglioni": [
        ("born_in", "city:stockholm"),
        ("danced_with", "company:paris_opera_ballet"),
        ("created_role_in", "ballet:la_sylphide"),
    ],
    "carlotta_grisi": [
        ("born_in", "city:visinada"),
        ("trained_at", "school:la_scala_ballet_school"),
        ("danced_with", "company:paris_opera_ballet"),
        ("created_role_in", "ballet:giselle"),
    ],
    "fanny_elssler": [
        ("born_in", "city:vienna"),
        ("danced_with", "company:paris_opera_ballet"),
        ("created_role_in", "ballet:le_diable_boiteux"),
    ],
    "darcey_bussell": [
        ("born_in", "city:london"),
        ("trained_at", "school:royal_ballet_school"),
        ("danced_with", "company:royal_ballet"),
        ("created_role_in", "ballet:the_prince_of_the_pagodas"),
        ("held_rank", "rank:principal_dancer"),
    ],
    "misty_copeland": [
        ("born_in", "city:kansas_city"),
        ("danced_with", "company:american_ballet_theatre"),
        ("held_rank", "rank:principal_dancer"),
    ],
    "svetlana_zakharova": [
        ("born_in", "city:lutsk"),
        ("trained_at", "school:vaganova_academy"),
        ("danced_with", "company:mariinsky_ballet"),
        ("danced_with", "company:bolshoi_ballet"),
        ("held_rank", "rank:principal_dancer"),
    ],
    "alessandra_ferri": [
        ("born_in", "city:milan"),
        ("trained_at", "school:la_scala_ballet_school"),
        ("trained_at", "school:royal_ballet_school"),
        ("danced_with", "company:royal_ballet"),
        ("danced_with", "company:american_ballet_theatre"),
        ("held_rank", "rank:principal_dancer"),
    ],
    "suzanne_farrell": [
        ("born_in", "city:cincinnati"),
        ("trained_at", "school:school_of_american_ballet"),
        ("danced_with", "company:new_york_city_ballet"),
        ("created_role_in", "ballet:jewels"),
        ("held_rank", "rank:principal_dancer"),
    ],
    "ulyana_lopatkina": [
        ("born_in", "city:kerch"),
        ("trained_at", "school:vaganova_academy"),
        ("danced_with", "company:mariinsky_ballet"),
        ("held_rank", "rank:principal_dancer"),
    ],
}

_RATINGS = {
    "ana": [("anna_pavlova", 5.0), ("margot_fonteyn", 4.5), ("misty_copeland", 2.0),
            ("marie_taglioni", 3.0)],
    "ben": [("maya_plisetskaya", 4.0), ("sylvie_guillem", 5.0), ("darcey_bussell", 1.5),
            ("tamara_karsavina", 3.5)],
    "chen": [("galina_ulanova", 4.5), ("maria_tallchief", 2.0), ("suzanne_farrell", 4.0),
             ("carlotta_grisi", 1.0)],
    "dara": [("alicia_alonso", 5.0), ("natalia_makarova", 3.0), ("svetlana_zakharova", 4.5),
             ("fanny_elssler", 2.5)],
    "emil": [("ulyana_lopatkina", 4.0), ("alessandra_ferri", 1.5), ("anna_pavlova", 3.5),
             ("misty_copeland", 5.0)],
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tail in facts:
            out.append((f"ballerina:{slug}", rel, tail))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"ballerina:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind354")
