"""A small graph of psychologists (blind404). Item year = year of birth."""
import kgexplain as kgx

P = ("psychologist",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=P),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=P, range=("city",)),
    kgx.Relation("died_in", phrase="died in", inverse_phrase="was the place of death of", domain=P, range=("city",)),
    kgx.Relation("worked_at", phrase="worked at", inverse_phrase="employed", domain=P, range=("institution",)),
    kgx.Relation("school_of_thought", phrase="is a figure of", inverse_phrase="counts among its figures", domain=P, range=("school",)),
    kgx.Relation("studied_under", phrase="studied under", inverse_phrase="taught", domain=P, range=P),
]

_ITEMS = [
    ("wilhelm_wundt", "Wilhelm Wundt", 1832),
    ("william_james", "William James", 1842),
    ("sigmund_freud", "Sigmund Freud", 1856),
    ("carl_jung", "Carl Jung", 1875),
    ("alfred_adler", "Alfred Adler", 1870),
    ("jean_piaget", "Jean Piaget", 1896),
    ("bf_skinner", "B. F. Skinner", 1904),
    ("john_b_watson", "John B. Watson", 1878),
    ("edward_titchener", "Edward Titchener", 1867),
    ("james_mckeen_cattell", "James McKeen Cattell", 1860),
    ("hugo_munsterberg", "Hugo Münsterberg", 1863),
    ("g_stanley_hall", "G. Stanley Hall", 1844),
    ("abraham_maslow", "Abraham Maslow", 1908),
    ("carl_rogers", "Carl Rogers", 1902),
    ("alfred_binet", "Alfred Binet", 1857),
    ("mary_whiton_calkins", "Mary Whiton Calkins", 1863),
    ("max_wertheimer", "Max Wertheimer", 1880),
    ("wolfgang_kohler", "Wolfgang Köhler", 1887),
]

_CITIES = [
    ("mannheim", "Mannheim"), ("grossbothen", "Großbothen"), ("new_york_city", "New York City"),
    ("tamworth", "Tamworth"), ("pribor", "Příbor"), ("london", "London"), ("kesswil", "Kesswil"),
    ("kusnacht", "Küsnacht"), ("aberdeen", "Aberdeen"), ("neuchatel", "Neuchâtel"), ("geneva", "Geneva"),
    ("susquehanna", "Susquehanna"), ("cambridge_ma", "Cambridge, Massachusetts"),
    ("travelers_rest", "Travelers Rest"), ("woodbury", "Woodbury"), ("chichester", "Chichester"),
    ("ithaca", "Ithaca"), ("easton", "Easton"), ("lancaster", "Lancaster"), ("gdansk", "Danzig"),
    ("ashfield", "Ashfield"), ("worcester", "Worcester"), ("menlo_park", "Menlo Park"),
    ("oak_park", "Oak Park"), ("san_diego", "San Diego"), ("nice", "Nice"), ("paris", "Paris"),
    ("hartford", "Hartford"), ("newton", "Newton"), ("prague", "Prague"), ("new_rochelle", "New Rochelle"),
    ("tallinn", "Tallinn"), ("enfield", "Enfield"),
]

_INSTITUTIONS = [
    ("university_of_leipzig", "University of Leipzig"), ("harvard_university", "Harvard University"),
    ("university_of_vienna", "University of Vienna"), ("burgholzli", "Burghölzli"),
    ("university_of_geneva", "University of Geneva"), ("johns_hopkins_university", "Johns Hopkins University"),
    ("cornell_university", "Cornell University"), ("columbia_university", "Columbia University"),
    ("university_of_pennsylvania", "University of Pennsylvania"), ("clark_university", "Clark University"),
    ("brandeis_university", "Brandeis University"), ("university_of_chicago", "University of Chicago"),
    ("sorbonne", "Sorbonne"), ("wellesley_college", "Wellesley College"),
    ("new_school", "New School for Social Research"), ("swarthmore_college", "Swarthmore College"),
]

_SCHOOLS = [
    ("psychoanalysis", "psychoanalysis"), ("analytical_psychology", "analytical psychology"),
    ("individual_psychology", "individual psychology"), ("behaviorism", "behaviorism"),
    ("structuralism", "structuralism"), ("functionalism", "functionalism"),
    ("humanistic_psychology", "humanistic psychology"), ("gestalt_psychology", "Gestalt psychology"),
    ("genetic_epistemology", "genetic epistemology"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"psychologist:{s}", kind="item", type="psychologist", label=lb, attrs={"year": y})
           for s, lb, y in _ITEMS]
    out += [kgx.Entity(f"city:{s}", kind="attribute", type="city", label=lb) for s, lb in _CITIES]
    out += [kgx.Entity(f"institution:{s}", kind="attribute", type="institution", label=lb) for s, lb in _INSTITUTIONS]
    out += [kgx.Entity(f"school:{s}", kind="attribute", type="school", label=lb) for s, lb in _SCHOOLS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    # slug: (born_in, died_in, [worked_at], [school], [studied_under])
    "wilhelm_wundt": ("mannheim", "grossbothen", ["university_of_leipzig"], [], []),
    "william_james": ("new_york_city", "tamworth", ["harvard_university"], ["functionalism"], []),
    "sigmund_freud": ("pribor", "london", ["university_of_vienna"], ["psychoanalysis"], []),
    "carl_jung": ("kesswil", "kusnacht", ["burgholzli"], ["analytical_psychology"], []),
    "alfred_adler": (None, "aberdeen", [], ["individual_psychology"], []),
    "jean_piaget": ("neuchatel", "geneva", ["university_of_geneva"], ["genetic_epistemology"], []),
    "bf_skinner": ("susquehanna", "cambridge_ma", ["harvard_university"], ["behaviorism"], []),
    "john_b_watson": ("travelers_rest", "woodbury", ["johns_hopkins_university"], ["behaviorism"], []),
    "edward_titchener": ("chichester", "ithaca", ["cornell_university"], ["structuralism"], ["wilhelm_wundt"]),
    "james_mckeen_cattell": ("easton", "lancaster", ["columbia_university", "university_of_pennsylvania"], [], ["wilhelm_wundt"]),
    "hugo_munsterberg": ("gdansk", "cambridge_ma", ["harvard_university"], [], ["wilhelm_wundt"]),
    "g_stanley_hall": ("ashfield", "worcester", ["clark_university", "johns_hopkins_university"], [], ["william_james"]),
    "abraham_maslow": ("new_york_city", "menlo_park", ["brandeis_university"], ["humanistic_psychology"], []),
    "carl_rogers": ("oak_park", "san_diego", ["university_of_chicago"], ["humanistic_psychology"], []),
    "alfred_binet": ("nice", "paris", ["sorbonne"], [], []),
    "mary_whiton_calkins": ("hartford", "newton", ["wellesley_college"], [], ["william_james", "hugo_munsterberg"]),
    "max_wertheimer": ("prague", "new_rochelle", ["new_school"], ["gestalt_psychology"], []),
    "wolfgang_kohler": ("tallinn", "enfield", ["swarthmore_college"], ["gestalt_psychology"], []),
}

_RATINGS = {
    "ana": [("sigmund_freud", 5.0), ("carl_jung", 4.5), ("bf_skinner", 1.5), ("abraham_maslow", 4.0)],
    "ben": [("bf_skinner", 5.0), ("john_b_watson", 4.0), ("carl_rogers", 2.0), ("jean_piaget", 3.0)],
    "chen": [("wilhelm_wundt", 4.5), ("edward_titchener", 3.5), ("william_james", 5.0), ("alfred_adler", 1.0)],
    "dara": [("max_wertheimer", 4.0), ("wolfgang_kohler", 4.5), ("alfred_binet", 2.0), ("sigmund_freud", 0.5)],
    "emil": [("carl_rogers", 5.0), ("mary_whiton_calkins", 3.0), ("g_stanley_hall", 1.5), ("hugo_munsterberg", 4.0)],
}


def rows():
    out = []
    for slug, (born, died, works, schools, teachers) in _FACTS.items():
        h = f"psychologist:{slug}"
        if born:
            out.append((h, "born_in", f"city:{born}"))
        if died:
            out.append((h, "died_in", f"city:{died}"))
        out += [(h, "worked_at", f"institution:{w}") for w in works]
        out += [(h, "school_of_thought", f"school:{s}") for s in schools]
        out += [(h, "studied_under", f"psychologist:{t}") for t in teachers]
    for u, rs in _RATINGS.items():
        out += [(f"user:{u}", "rated", f"psychologist:{i}", {"rating": r}) for i, r in rs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind404")
