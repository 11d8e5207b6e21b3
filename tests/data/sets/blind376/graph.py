"""A small knowledge graph of physicists (year = year of birth)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("physicist",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("physicist",), range=("city",)),
    kgx.Relation("worked_at", phrase="worked at", inverse_phrase="employed",
                 domain=("physicist",), range=("institution",)),
    kgx.Relation("research_field", phrase="did research in", inverse_phrase="was a research field of",
                 domain=("physicist",), range=("field",)),
    kgx.Relation("awarded", phrase="received", inverse_phrase="was awarded to",
                 domain=("physicist",), range=("award",)),
    kgx.Relation("doctoral_advisor", phrase="was a doctoral student of",
                 inverse_phrase="was the doctoral advisor of",
                 domain=("physicist",), range=("person",)),
]

PHYSICISTS = [
    # slug, label, year of birth
    ("albert_einstein", "Albert Einstein", 1879),
    ("marie_curie", "Marie Curie", 1867),
    ("niels_bohr", "Niels Bohr", 1885),
    ("werner_heisenberg", "Werner Heisenberg", 1901),
    ("wolfgang_pauli", "Wolfgang Pauli", 1900),
    ("paul_dirac", "Paul Dirac", 1902),
    ("ernest_rutherford", "Ernest Rutherford", 1871),
    ("enrico_fermi", "Enrico Fermi", 1901),
    ("max_planck", "Max Planck", 1858),
    ("richard_feynman", "Richard Feynman", 1918),
    ("lise_meitner", "Lise Meitner", 1878),
    ("erwin_schrodinger", "Erwin Schrödinger", 1887),
    ("james_clerk_maxwell", "James Clerk Maxwell", 1831),
    ("max_born", "Max Born", 1882),
    ("chien_shiung_wu", "Chien-Shiung Wu", 1912),
    ("michael_faraday", "Michael Faraday", 1791),
    ("satyendra_nath_bose", "Satyendra Nath Bose", 1894),
]

CITIES = {
    "ulm": "Ulm", "warsaw": "Warsaw", "copenhagen": "Copenhagen", "wurzburg": "Würzburg",
    "vienna": "Vienna", "bristol": "Bristol", "brightwater": "Brightwater", "rome": "Rome",
    "kiel": "Kiel", "new_york_city": "New York City", "edinburgh": "Edinburgh",
    "breslau": "Breslau", "liuhe": "Liuhe", "london": "London", "calcutta": "Calcutta",
}

INSTITUTIONS = {
    "eth_zurich": "ETH Zurich",
    "institute_for_advanced_study": "Institute for Advanced Study",
    "university_of_paris": "University of Paris",
    "university_of_copenhagen": "University of Copenhagen",
    "university_of_leipzig": "University of Leipzig",
    "university_of_cambridge": "University of Cambridge",
    "university_of_manchester": "University of Manchester",
    "mcgill_university": "McGill University",
    "university_of_chicago": "University of Chicago",
    "university_of_berlin": "University of Berlin",
    "caltech": "California Institute of Technology",
    "kaiser_wilhelm_institute_for_chemistry": "Kaiser Wilhelm Institute for Chemistry",
    "university_of_zurich": "University of Zurich",
    "kings_college_london": "King's College London",
    "university_of_gottingen": "University of Göttingen",
    "columbia_university": "Columbia University",
    "royal_institution": "Royal Institution",
    "university_of_dhaka": "University of Dhaka",
}

FIELDS = {
    "relativity": "Relativity",
    "radioactivity": "Radioactivity",
    "quantum_mechanics": "Quantum mechanics",
    "nuclear_physics": "Nuclear physics",
    "thermodynamics": "Thermodynamics",
    "quantum_electrodynamics": "Quantum electrodynamics",
    "electromagnetism": "Electromagnetism",
    "statistical_mechanics": "Statistical mechanics",
}

AWARDS = {
    "nobel_prize_in_physics": "Nobel Prize in Physics",
    "nobel_prize_in_chemistry": "Nobel Prize in Chemistry",
    "copley_medal": "Copley Medal",
    "max_planck_medal": "Max Planck Medal",
    "rumford_medal": "Rumford Medal",
    "wolf_prize_in_physics": "Wolf Prize in Physics",
}

PEOPLE = {
    "alfred_kleiner": "Alfred Kleiner",
    "gabriel_lippmann": "Gabriel Lippmann",
    "christian_christiansen": "Christian Christiansen",
    "arnold_sommerfeld": "Arnold Sommerfeld",
    "ralph_fowler": "Ralph Fowler",
    "j_j_thomson": "J. J. Thomson",
    "luigi_puccianti": "Luigi Puccianti",
    "john_archibald_wheeler": "John Archibald Wheeler",
    "franz_s_exner": "Franz S. Exner",
    "friedrich_hasenohrl": "Friedrich Hasenöhrl",
    "carl_runge": "Carl Runge",
    "ernest_lawrence": "Ernest Lawrence",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# physicist slug -> (birth city, [institutions], [fields], [awards], doctoral advisor or None)
FACTS = {
    "albert_einstein": ("ulm", ["eth_zurich", "institute_for_advanced_study"], ["relativity"],
                        ["nobel_prize_in_physics", "copley_medal", "max_planck_medal"], "alfred_kleiner"),
    "marie_curie": ("warsaw", ["university_of_paris"], ["radioactivity"],
                    ["nobel_prize_in_physics", "nobel_prize_in_chemistry"], "gabriel_lippmann"),
    "niels_bohr": ("copenhagen", ["university_of_copenhagen"], ["quantum_mechanics"],
                   ["nobel_prize_in_physics"], "christian_christiansen"),
    "werner_heisenberg": ("wurzburg", ["university_of_leipzig"], ["quantum_mechanics"],
                          ["nobel_prize_in_physics", "max_planck_medal"], "arnold_sommerfeld"),
    "wolfgang_pauli": ("vienna", ["eth_zurich"], ["quantum_mechanics"],
                       ["nobel_prize_in_physics"], "arnold_sommerfeld"),
    "paul_dirac": ("bristol", ["university_of_cambridge"], ["quantum_mechanics"],
                   ["nobel_prize_in_physics", "copley_medal"], "ralph_fowler"),
    "ernest_rutherford": ("brightwater", ["mcgill_university", "university_of_manchester",
                                          "university_of_cambridge"], ["nuclear_physics"],
                          ["nobel_prize_in_chemistry", "copley_medal"], "j_j_thomson"),
    "enrico_fermi": ("rome", ["university_of_chicago"], ["nuclear_physics"],
                     ["nobel_prize_in_physics"], "luigi_puccianti"),
    "max_planck": ("kiel", ["university_of_berlin"], ["thermodynamics"],
                   ["nobel_prize_in_physics", "max_planck_medal"], None),
    "richard_feynman": ("new_york_city", ["caltech"], ["quantum_electrodynamics"],
                        ["nobel_prize_in_physics"], "john_archibald_wheeler"),
    "lise_meitner": ("vienna", ["kaiser_wilhelm_institute_for_chemistry"], ["nuclear_physics"],
                     ["max_planck_medal"], "franz_s_exner"),
    "erwin_schrodinger": ("vienna", ["university_of_zurich"], ["quantum_mechanics"],
                          ["nobel_prize_in_physics", "max_planck_medal"], "friedrich_hasenohrl"),
    "james_clerk_maxwell": ("edinburgh", ["university_of_cambridge", "kings_college_london"],
                            ["electromagnetism"], ["rumford_medal"], None),
    "max_born": ("breslau", ["university_of_gottingen"], ["quantum_mechanics"],
                 ["nobel_prize_in_physics", "max_planck_medal"], "carl_runge"),
    "chien_shiung_wu": ("liuhe", ["columbia_university"], ["nuclear_physics"],
                        ["wolf_prize_in_physics"], "ernest_lawrence"),
    "michael_faraday": ("london", ["royal_institution"], ["electromagnetism"],
                        ["copley_medal", "rumford_medal"], None),
    "satyendra_nath_bose": ("calcutta", ["university_of_dhaka"], ["statistical_mechanics"], [], None),
}

RATINGS = {
    "ana": {"albert_einstein": 5.0, "marie_curie": 4.5, "richard_feynman": 2.0, "niels_bohr": 3.5},
    "ben": {"werner_heisenberg": 4.0, "paul_dirac": 1.5, "enrico_fermi": 5.0, "james_clerk_maxwell": 3.0},
    "chen": {"chien_shiung_wu": 5.0, "lise_meitner": 4.5, "max_planck": 2.5, "erwin_schrodinger": 1.0},
    "dara": {"michael_faraday": 4.0, "ernest_rutherford": 2.0, "max_born": 3.5, "satyendra_nath_bose": 5.0},
    "emil": {"wolfgang_pauli": 0.5, "albert_einstein": 4.0, "james_clerk_maxwell": 4.5, "marie_curie": 2.0},
}


def entities():
    out = [kgx.Entity(f"physicist:{s}", kind="item", type="physicist", label=label, attrs={"year": y})
           for s, label, y in PHYSICISTS]
    for prefix, table in [("city", CITIES), ("institution", INSTITUTIONS), ("field", FIELDS),
                          ("award", AWARDS), ("person", PEOPLE)]:
        out += [kgx.Entity(f"{prefix}:{k}", kind="attribute", type=prefix, label=v)
                for k, v in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, (city, insts, fields, awards, advisor) in FACTS.items():
        p = f"physicist:{slug}"
        out.append((p, "born_in", f"city:{city}"))
        out += [(p, "worked_at", f"institution:{i}") for i in insts]
        out += [(p, "research_field", f"field:{f}") for f in fields]
        out += [(p, "awarded", f"award:{a}") for a in awards]
        if advisor:
            out.append((p, "doctoral_advisor", f"person:{advisor}"))
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"physicist:{s}", {"rating": r}) for s, r in rs.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind376")
