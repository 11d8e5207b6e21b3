"""A small graph of real English dictionaries (blind221).

Each dictionary's ``year`` is the year of its first publication (for works that
appeared in parts, the year the first part came out).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("dictionary",)),
    kgx.Relation("compiled_by", phrase="was compiled by", inverse_phrase="compiled",
                 domain=("dictionary",), range=("person",)),
    kgx.Relation("published_by", phrase="was published by", inverse_phrase="published",
                 domain=("dictionary",), range=("publisher",)),
    kgx.Relation("first_published_in", phrase="was first published in",
                 inverse_phrase="saw the first publication of",
                 domain=("dictionary",), range=("city",)),
    kgx.Relation("describes", phrase="describes", inverse_phrase="is described by",
                 domain=("dictionary",), range=("language_variety",)),
    kgx.Relation("is_kind_of", phrase="is a", inverse_phrase="is the kind of",
                 domain=("dictionary",), range=("dictionary_kind",)),
]

_DICTIONARIES = [
    ("table_alphabeticall", "A Table Alphabeticall", 1604),
    ("johnson", "A Dictionary of the English Language", 1755),
    ("grose", "A Classical Dictionary of the Vulgar Tongue", 1785),
    ("webster_1828", "An American Dictionary of the English Language", 1828),
    ("chambers", "Chambers's English Dictionary", 1872),
    ("oed", "Oxford English Dictionary", 1884),
    ("century", "The Century Dictionary", 1889),
    ("concise_oxford", "Concise Oxford Dictionary", 1911),
    ("oald", "Oxford Advanced Learner's Dictionary", 1948),
    ("webster_third", "Webster's Third New International Dictionary", 1961),
    ("random_house", "The Random House Dictionary of the English Language", 1966),
    ("american_heritage", "The American Heritage Dictionary of the English Language", 1969),
    ("ldoce", "Longman Dictionary of Contemporary English", 1978),
    ("collins", "Collins English Dictionary", 1979),
    ("macquarie", "Macquarie Dictionary", 1981),
    ("dare", "Dictionary of American Regional English", 1985),
    ("cobuild", "Collins COBUILD English Language Dictionary", 1987),
    ("cide", "Cambridge International Dictionary of English", 1995),
]

_PEOPLE = [
    ("robert_cawdrey", "Robert Cawdrey"),
    ("samuel_johnson", "Samuel Johnson"),
    ("francis_grose", "Francis Grose"),
    ("noah_webster", "Noah Webster"),
    ("james_murray", "James Murray"),
    ("william_dwight_whitney", "William Dwight Whitney"),
    ("hw_fowler", "H. W. Fowler"),
    ("fg_fowler", "F. G. Fowler"),
    ("as_hornby", "A. S. Hornby"),
    ("philip_gove", "Philip Babcock Gove"),
    ("jess_stein", "Jess Stein"),
    ("william_morris", "William Morris"),
    ("paul_procter", "Paul Procter"),
    ("patrick_hanks", "Patrick Hanks"),
    ("arthur_delbridge", "Arthur Delbridge"),
    ("frederic_cassidy", "Frederic G. Cassidy"),
    ("john_sinclair", "John Sinclair"),
]

_PUBLISHERS = [
    ("edmund_weaver", "Edmund Weaver"),
    ("s_hooper", "S. Hooper"),
    ("s_converse", "S. Converse"),
    ("wr_chambers", "W. & R. Chambers"),
    ("oup", "Oxford University Press"),
    ("century_company", "The Century Company"),
    ("merriam", "G. & C. Merriam Company"),
    ("random_house", "Random House"),
    ("houghton_mifflin", "Houghton Mifflin"),
    ("longman", "Longman"),
    ("collins", "Collins"),
    ("macquarie_library", "Macquarie Library"),
    ("belknap_press", "Belknap Press"),
    ("cup", "Cambridge University Press"),
]

_CITIES = [
    ("london", "London"),
    ("new_york", "New York"),
    ("edinburgh", "Edinburgh"),
    ("oxford", "Oxford"),
    ("springfield", "Springfield"),
    ("sydney", "Sydney"),
    ("cambridge", "Cambridge"),
]

_VARIETIES = [
    ("american_english", "American English"),
    ("british_english", "British English"),
    ("australian_english", "Australian English"),
]

_KINDS = [
    ("hard_word", "hard-word dictionary"),
    ("general", "general dictionary"),
    ("slang", "slang dictionary"),
    ("historical", "historical dictionary"),
    ("encyclopedic", "encyclopedic dictionary"),
    ("concise", "concise dictionary"),
    ("learners", "learner's dictionary"),
    ("unabridged", "unabridged dictionary"),
    ("regional", "regional dictionary"),
]


def entities():
    out = []
    for slug, label, year in _DICTIONARIES:
        out.append(kgx.Entity(f"dictionary:{slug}", kind="item", type="dictionary",
                              label=label, attrs={"year": year}))
    for slug, label in _PEOPLE:
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in _PUBLISHERS:
        out.append(kgx.Entity(f"publisher:{slug}", kind="attribute", type="publisher", label=label))
    for slug, label in _CITIES:
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, label in _VARIETIES:
        out.append(kgx.Entity(f"variety:{slug}", kind="attribute", type="language_variety",
                              label=label))
    for slug, label in _KINDS:
        out.append(kgx.Entity(f"kind:{slug}", kind="attribute", type="dictionary_kind", label=label))
    for name in ("ana", "ben", "chen", "dara", "emil"):
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


_FACTS = [
    # dictionary, compiler, publisher, first city, variety, kind
    ("table_alphabeticall", "robert_cawdrey", "edmund_weaver", "london", None, "hard_word"),
    ("johnson", "samuel_johnson", None, "london", None, "general"),
    ("grose", "francis_grose", "s_hooper", "london", None, "slang"),
    ("webster_1828", "noah_webster", "s_converse", "new_york", "american_english", "general"),
    ("chambers", None, "wr_chambers", "edinburgh", "british_english", "general"),
    ("oed", "james_murray", "oup", "oxford", None, "historical"),
    ("century", "william_dwight_whitney", "century_company", "new_york", None, "encyclopedic"),
    ("concise_oxford", ("hw_fowler", "fg_fowler"), "oup", "oxford", None, "concise"),
    ("oald", "as_hornby", "oup", None, None, "learners"),
    ("webster_third", "philip_gove", "merriam", "springfield", "american_english", "unabridged"),
    ("random_house", "jess_stein", "random_house", "new_york", "american_english", "unabridged"),
    ("american_heritage", "william_morris", "houghton_mifflin", None, "american_english", "general"),
    ("ldoce", "paul_procter", "longman", None, None, "learners"),
    ("collins", "patrick_hanks", "collins", None, "british_english", "general"),
    ("macquarie", "arthur_delbridge", "macquarie_library", "sydney", "australian_english", "general"),
    ("dare", "frederic_cassidy", "belknap_press", None, "american_english", "regional"),
    ("cobuild", "john_sinclair", "collins", None, None, "learners"),
    ("cide", "paul_procter", "cup", "cambridge", None, "learners"),
]

_RATINGS = {
    "ana": [("oed", 5.0), ("johnson", 4.5), ("chambers", 2.0), ("cide", 3.0)],
    "ben": [("webster_third", 4.0), ("american_heritage", 5.0), ("random_house", 1.5), ("dare", 3.5)],
    "chen": [("ldoce", 4.5), ("oald", 5.0), ("cobuild", 2.0), ("collins", 3.0)],
    "dara": [("grose", 5.0), ("table_alphabeticall", 1.0), ("century", 4.0), ("macquarie", 2.5)],
    "emil": [("webster_1828", 2.0), ("concise_oxford", 4.5), ("oed", 1.5), ("macquarie", 4.0)],
}


def rows():
    out = []
    for slug, compiler, publisher, city, variety, kind in _FACTS:
        d = f"dictionary:{slug}"
        compilers = compiler if isinstance(compiler, tuple) else (compiler,)
        for c in compilers:
            if c:
                out.append((d, "compiled_by", f"person:{c}"))
        if publisher:
            out.append((d, "published_by", f"publisher:{publisher}"))
        if city:
            out.append((d, "first_published_in", f"city:{city}"))
        if variety:
            out.append((d, "describes", f"variety:{variety}"))
        out.append((d, "is_kind_of", f"kind:{kind}"))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"dictionary:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind221")
