"""A small knowledge graph of linguists (blind400).

Items are linguists; their `year` attribute is the year of birth.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("linguist",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("linguist",), range=("city",)),
    kgx.Relation("worked_at", phrase="worked at", inverse_phrase="employed",
                 domain=("linguist",), range=("university", "company")),
    kgx.Relation("specialised_in", phrase="specialised in", inverse_phrase="was the speciality of",
                 domain=("linguist",), range=("field",)),
    kgx.Relation("wrote", phrase="wrote", inverse_phrase="was written by",
                 domain=("linguist",), range=("book",)),
    kgx.Relation("doctoral_advisor", phrase="was a doctoral student of",
                 inverse_phrase="was the doctoral advisor of",
                 domain=("linguist",), range=("linguist", "person")),
]

_LINGUISTS = [
    ("saussure", "Ferdinand de Saussure", 1857),
    ("chomsky", "Noam Chomsky", 1928),
    ("jakobson", "Roman Jakobson", 1896),
    ("halle", "Morris Halle", 1923),
    ("trubetzkoy", "Nikolai Trubetzkoy", 1890),
    ("bloomfield", "Leonard Bloomfield", 1887),
    ("sapir", "Edward Sapir", 1884),
    ("whorf", "Benjamin Lee Whorf", 1897),
    ("jespersen", "Otto Jespersen", 1860),
    ("hjelmslev", "Louis Hjelmslev", 1899),
    ("greenberg", "Joseph Greenberg", 1915),
    ("labov", "William Labov", 1927),
    ("harris", "Zellig Harris", 1909),
    ("halliday", "Michael Halliday", 1925),
    ("partee", "Barbara Partee", 1940),
    ("lakoff", "George Lakoff", 1941),
    ("jackendoff", "Ray Jackendoff", 1945),
    ("haas", "Mary Haas", 1910),
]

_CITIES = {
    "geneva": "Geneva", "philadelphia": "Philadelphia", "moscow": "Moscow",
    "liepaja": "Liepāja", "chicago": "Chicago", "lebork": "Lębork",
    "winthrop": "Winthrop", "randers": "Randers", "copenhagen": "Copenhagen",
    "new_york_city": "New York City", "rutherford": "Rutherford", "balta": "Balta",
    "leeds": "Leeds", "englewood": "Englewood", "bayonne": "Bayonne",
    "richmond_indiana": "Richmond",
}

_UNIVERSITIES = {
    "university_of_geneva": ("University of Geneva", ()),
    "mit": ("Massachusetts Institute of Technology", ("MIT",)),
    "university_of_arizona": ("University of Arizona", ()),
    "harvard": ("Harvard University", ()),
    "university_of_vienna": ("University of Vienna", ()),
    "university_of_chicago": ("University of Chicago", ()),
    "yale": ("Yale University", ()),
    "university_of_copenhagen": ("University of Copenhagen", ()),
    "stanford": ("Stanford University", ()),
    "upenn": ("University of Pennsylvania", ("Penn",)),
    "university_of_sydney": ("University of Sydney", ()),
    "umass_amherst": ("University of Massachusetts Amherst", ("UMass Amherst",)),
    "uc_berkeley": ("University of California, Berkeley", ("UC Berkeley", "Berkeley")),
    "brandeis": ("Brandeis University", ()),
    "tufts": ("Tufts University", ()),
}

_FIELDS = {
    "structural_linguistics": "structural linguistics",
    "syntax": "syntax",
    "phonology": "phonology",
    "anthropological_linguistics": "anthropological linguistics",
    "grammar": "grammar",
    "linguistic_typology": "linguistic typology",
    "sociolinguistics": "sociolinguistics",
    "systemic_functional_linguistics": "systemic functional linguistics",
    "formal_semantics": "formal semantics",
    "cognitive_linguistics": "cognitive linguistics",
    "semantics": "semantics",
}

_BOOKS = {
    "memoire": "Mémoire sur le système primitif des voyelles dans les langues indo-européennes",
    "syntactic_structures": "Syntactic Structures",
    "sound_pattern_of_english": "The Sound Pattern of English",
    "fundamentals_of_language": "Fundamentals of Language",
    "grundzuge_der_phonologie": "Grundzüge der Phonologie",
    "language_1933": "Language",
    "language_1921": "Language: An Introduction to the Study of Speech",
    "philosophy_of_grammar": "The Philosophy of Grammar",
    "prolegomena": "Prolegomena to a Theory of Language",
    "languages_of_africa": "The Languages of Africa",
    "social_stratification": "The Social Stratification of English in New York City",
    "methods_in_structural_linguistics": "Methods in Structural Linguistics",
    "introduction_to_functional_grammar": "An Introduction to Functional Grammar",
    "metaphors_we_live_by": "Metaphors We Live By",
    "foundations_of_language": "Foundations of Language",
    "prehistory_of_languages": "The Prehistory of Languages",
}

_PERSONS = {
    "franz_boas": "Franz Boas",
    "melville_herskovits": "Melville Herskovits",
    "uriel_weinreich": "Uriel Weinreich",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year in _LINGUISTS:
        out.append(kgx.Entity(f"linguist:{slug}", kind="item", type="linguist",
                              label=label, attrs={"year": year}))
    for slug, label in _CITIES.items():
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, (label, aliases) in _UNIVERSITIES.items():
        out.append(kgx.Entity(f"university:{slug}", kind="attribute", type="university",
                              label=label, aliases=aliases))
    out.append(kgx.Entity("company:hartford_fire_insurance", kind="attribute", type="company",
                          label="Hartford Fire Insurance Company"))
    for slug, label in _FIELDS.items():
        out.append(kgx.Entity(f"field:{slug}", kind="attribute", type="field", label=label))
    for slug, label in _BOOKS.items():
        out.append(kgx.Entity(f"book:{slug}", kind="attribute", type="book", label=label))
    for slug, label in _PERSONS.items():
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


_BORN_IN = {
    "saussure": "geneva", "chomsky": "philadelphia", "jakobson": "moscow",
    "halle": "liepaja", "trubetzkoy": "moscow", "bloomfield": "chicago",
    "sapir": "lebork", "whorf": "winthrop", "jespersen": "randers",
    "hjelmslev": "copenhagen", "greenberg": "new_york_city", "labov": "rutherford",
    "harris": "balta", "halliday": "leeds", "partee": "englewood",
    "lakoff": "bayonne", "jackendoff": "chicago", "haas": "richmond_indiana",
}

_WORKED_AT = [
    ("saussure", "university:university_of_geneva"),
    ("chomsky", "university:mit"),
    ("chomsky", "university:university_of_arizona"),
    ("jakobson", "university:harvard"),
    ("jakobson", "university:mit"),
    ("halle", "university:mit"),
    ("trubetzkoy", "university:university_of_vienna"),
    ("bloomfield", "university:university_of_chicago"),
    ("bloomfield", "university:yale"),
    ("sapir", "university:university_of_chicago"),
    ("sapir", "university:yale"),
    ("whorf", "company:hartford_fire_insurance"),
    ("jespersen", "university:university_of_copenhagen"),
    ("hjelmslev", "university:university_of_copenhagen"),
    ("greenberg", "university:stanford"),
    ("labov", "university:upenn"),
    ("harris", "university:upenn"),
    ("halliday", "university:university_of_sydney"),
    ("partee", "university:umass_amherst"),
    ("lakoff", "university:uc_berkeley"),
    ("jackendoff", "university:brandeis"),
    ("jackendoff", "university:tufts"),
    ("haas", "university:uc_berkeley"),
]

_SPECIALISED_IN = [
    ("saussure", "structural_linguistics"),
    ("chomsky", "syntax"),
    ("jakobson", "phonology"),
    ("halle", "phonology"),
    ("trubetzkoy", "phonology"),
    ("bloomfield", "structural_linguistics"),
    ("sapir", "anthropological_linguistics"),
    ("whorf", "anthropological_linguistics"),
    ("jespersen", "grammar"),
    ("hjelmslev", "structural_linguistics"),
    ("greenberg", "linguistic_typology"),
    ("labov", "sociolinguistics"),
    ("harris", "structural_linguistics"),
    ("halliday", "systemic_functional_linguistics"),
    ("partee", "formal_semantics"),
    ("lakoff", "cognitive_linguistics"),
    ("jackendoff", "semantics"),
    ("haas", "anthropological_linguistics"),
]

_WROTE = [
    ("saussure", "memoire"),
    ("chomsky", "syntactic_structures"),
    ("chomsky", "sound_pattern_of_english"),
    ("halle", "sound_pattern_of_english"),
    ("jakobson", "fundamentals_of_language"),
    ("halle", "fundamentals_of_language"),
    ("trubetzkoy", "grundzuge_der_phonologie"),
    ("bloomfield", "language_1933"),
    ("sapir", "language_1921"),
    ("jespersen", "philosophy_of_grammar"),
    ("hjelmslev", "prolegomena"),
    ("greenberg", "languages_of_africa"),
    ("labov", "social_stratification"),
    ("harris", "methods_in_structural_linguistics"),
    ("halliday", "introduction_to_functional_grammar"),
    ("lakoff", "metaphors_we_live_by"),
    ("jackendoff", "foundations_of_language"),
    ("haas", "prehistory_of_languages"),
]

_ADVISORS = [
    ("chomsky", "linguist:harris"),
    ("halle", "linguist:jakobson"),
    ("sapir", "person:franz_boas"),
    ("greenberg", "person:melville_herskovits"),
    ("labov", "person:uriel_weinreich"),
    ("partee", "linguist:chomsky"),
    ("jackendoff", "linguist:chomsky"),
    ("haas", "linguist:sapir"),
]

_RATINGS = {
    "ana": [("chomsky", 5.0), ("saussure", 4.5), ("lakoff", 2.0), ("labov", 3.5)],
    "ben": [("jakobson", 4.0), ("trubetzkoy", 1.5), ("halle", 3.0), ("sapir", 5.0)],
    "chen": [("greenberg", 4.5), ("whorf", 1.0), ("halliday", 2.5), ("partee", 4.0)],
    "dara": [("bloomfield", 2.0), ("jespersen", 4.5), ("hjelmslev", 3.0), ("haas", 5.0)],
    "emil": [("jackendoff", 4.0), ("harris", 0.5), ("chomsky", 3.0), ("labov", 5.0)],
}


def rows():
    out = []
    for ling, city in _BORN_IN.items():
        out.append((f"linguist:{ling}", "born_in", f"city:{city}"))
    for ling, org in _WORKED_AT:
        out.append((f"linguist:{ling}", "worked_at", org))
    for ling, field in _SPECIALISED_IN:
        out.append((f"linguist:{ling}", "specialised_in", f"field:{field}"))
    for ling, book in _WROTE:
        out.append((f"linguist:{ling}", "wrote", f"book:{book}"))
    for ling, adv in _ADVISORS:
        out.append((f"linguist:{ling}", "doctoral_advisor", adv))
    for user, ratings in _RATINGS.items():
        for ling, r in ratings:
            out.append((f"user:{user}", "rated", f"linguist:{ling}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind400")
