"""A small graph of mathematicians (blind360). Item year = year of birth."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("mathematician",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("mathematician",), range=("city",)),
    kgx.Relation("worked_at", phrase="worked at", inverse_phrase="employed", domain=("mathematician",), range=("institution",)),
    kgx.Relation("field", phrase="worked in the field of", inverse_phrase="was a research field of", domain=("mathematician",), range=("field",)),
    kgx.Relation("advised_by", phrase="was a doctoral student of", inverse_phrase="was the doctoral advisor of", domain=("mathematician",), range=("person",)),
    kgx.Relation("received", phrase="received", inverse_phrase="was awarded to", domain=("mathematician",), range=("award",)),
]

_ITEMS = [
    ("gauss", "Carl Friedrich Gauss", 1777),
    ("riemann", "Bernhard Riemann", 1826),
    ("noether", "Emmy Noether", 1882),
    ("hilbert", "David Hilbert", 1862),
    ("poincare", "Henri Poincaré", 1854),
    ("euler", "Leonhard Euler", 1707),
    ("ramanujan", "Srinivasa Ramanujan", 1887),
    ("hardy", "G. H. Hardy", 1877),
    ("turing", "Alan Turing", 1912),
    ("godel", "Kurt Gödel", 1906),
    ("von_neumann", "John von Neumann", 1903),
    ("erdos", "Paul Erdős", 1913),
    ("kovalevskaya", "Sofia Kovalevskaya", 1850),
    ("galois", "Évariste Galois", 1811),
    ("grothendieck", "Alexander Grothendieck", 1928),
    ("wiles", "Andrew Wiles", 1953),
    ("mirzakhani", "Maryam Mirzakhani", 1977),
    ("tao", "Terence Tao", 1975),
]

_ATTRS = {
    "city": [
        ("braunschweig", "Braunschweig"), ("breselenz", "Breselenz"), ("erlangen", "Erlangen"),
        ("konigsberg", "Königsberg"), ("nancy", "Nancy"), ("basel", "Basel"), ("erode", "Erode"),
        ("cranleigh", "Cranleigh"), ("london", "London"), ("brno", "Brno"), ("budapest", "Budapest"),
        ("moscow", "Moscow"), ("bourg_la_reine", "Bourg-la-Reine"), ("berlin", "Berlin"),
        ("cambridge", "Cambridge"), ("tehran", "Tehran"), ("adelaide", "Adelaide"),
    ],
    "institution": [
        ("university_of_gottingen", "University of Göttingen"), ("bryn_mawr_college", "Bryn Mawr College"),
        ("university_of_paris", "University of Paris"),
        ("st_petersburg_academy", "St. Petersburg Academy of Sciences"),
        ("prussian_academy", "Prussian Academy of Sciences"),
        ("university_of_cambridge", "University of Cambridge"), ("university_of_oxford", "University of Oxford"),
        ("university_of_manchester", "University of Manchester"),
        ("ias", "Institute for Advanced Study"), ("princeton_university", "Princeton University"),
        ("stockholm_university", "Stockholm University"), ("ihes", "IHÉS"),
        ("stanford_university", "Stanford University"), ("ucla", "UCLA"),
    ],
    "field": [
        ("number_theory", "number theory"), ("differential_geometry", "differential geometry"),
        ("complex_analysis", "complex analysis"), ("abstract_algebra", "abstract algebra"),
        ("invariant_theory", "invariant theory"), ("mathematical_logic", "mathematical logic"),
        ("functional_analysis", "functional analysis"), ("topology", "topology"),
        ("celestial_mechanics", "celestial mechanics"), ("graph_theory", "graph theory"),
        ("mathematical_analysis", "mathematical analysis"), ("game_theory", "game theory"),
        ("combinatorics", "combinatorics"), ("partial_differential_equations", "partial differential equations"),
        ("algebraic_geometry", "algebraic geometry"), ("hyperbolic_geometry", "hyperbolic geometry"),
        ("harmonic_analysis", "harmonic analysis"),
    ],
    "person": [
        ("johann_friedrich_pfaff", "Johann Friedrich Pfaff"), ("paul_gordan", "Paul Gordan"),
        ("ferdinand_von_lindemann", "Ferdinand von Lindemann"), ("charles_hermite", "Charles Hermite"),
        ("johann_bernoulli", "Johann Bernoulli"), ("alonzo_church", "Alonzo Church"),
        ("hans_hahn", "Hans Hahn"), ("lipot_fejer", "Lipót Fejér"), ("karl_weierstrass", "Karl Weierstrass"),
        ("laurent_schwartz", "Laurent Schwartz"), ("jean_dieudonne", "Jean Dieudonné"),
        ("john_coates", "John Coates"), ("curtis_mcmullen", "Curtis McMullen"), ("elias_stein", "Elias Stein"),
    ],
    "award": [
        ("copley_medal", "Copley Medal"), ("ackermann_teubner_award", "Ackermann–Teubner Memorial Award"),
        ("bolyai_prize", "Bolyai Prize"), ("sylvester_medal", "Sylvester Medal"),
        ("de_morgan_medal", "De Morgan Medal"), ("smiths_prize", "Smith's Prize"),
        ("albert_einstein_award", "Albert Einstein Award"), ("national_medal_of_science", "National Medal of Science"),
        ("bocher_prize", "Bôcher Memorial Prize"), ("enrico_fermi_award", "Enrico Fermi Award"),
        ("wolf_prize", "Wolf Prize in Mathematics"), ("cole_prize", "Cole Prize"),
        ("prix_bordin", "Prix Bordin"), ("fields_medal", "Fields Medal"), ("abel_prize", "Abel Prize"),
    ],
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"mathematician:{s}", kind="item", type="mathematician", label=lab, attrs={"year": y})
           for s, lab, y in _ITEMS]
    for typ, pairs in _ATTRS.items():
        out += [kgx.Entity(f"{typ}:{s}", kind="attribute", type=typ, label=lab) for s, lab in pairs]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = {
    "gauss": dict(born_in=["braunschweig"], worked_at=["university_of_gottingen"],
                  field=["number_theory", "differential_geometry"], advised_by=["johann_friedrich_pfaff"],
                  received=["copley_medal"]),
    "riemann": dict(born_in=["breselenz"], worked_at=["university_of_gottingen"],
                    field=["complex_analysis", "differential_geometry"]),
    "noether": dict(born_in=["erlangen"], worked_at=["university_of_gottingen", "bryn_mawr_college"],
                    field=["abstract_algebra"], advised_by=["paul_gordan"], received=["ackermann_teubner_award"]),
    "hilbert": dict(born_in=["konigsberg"], worked_at=["university_of_gottingen"],
                    field=["invariant_theory", "mathematical_logic", "functional_analysis"],
                    advised_by=["ferdinand_von_lindemann"], received=["bolyai_prize"]),
    "poincare": dict(born_in=["nancy"], worked_at=["university_of_paris"],
                     field=["topology", "celestial_mechanics"], advised_by=["charles_hermite"],
                     received=["bolyai_prize", "sylvester_medal"]),
    "euler": dict(born_in=["basel"], worked_at=["st_petersburg_academy", "prussian_academy"],
                  field=["number_theory", "graph_theory"], advised_by=["johann_bernoulli"]),
    "ramanujan": dict(born_in=["erode"], worked_at=["university_of_cambridge"], field=["number_theory"]),
    "hardy": dict(born_in=["cranleigh"], worked_at=["university_of_cambridge", "university_of_oxford"],
                  field=["number_theory", "mathematical_analysis"],
                  received=["copley_medal", "sylvester_medal", "de_morgan_medal"]),
    "turing": dict(born_in=["london"], worked_at=["university_of_manchester"], field=["mathematical_logic"],
                   advised_by=["alonzo_church"], received=["smiths_prize"]),
    "godel": dict(born_in=["brno"], worked_at=["ias"], field=["mathematical_logic"], advised_by=["hans_hahn"],
                  received=["albert_einstein_award", "national_medal_of_science"]),
    "von_neumann": dict(born_in=["budapest"], worked_at=["ias", "princeton_university"],
                        field=["game_theory", "functional_analysis"], advised_by=["lipot_fejer"],
                        received=["bocher_prize", "enrico_fermi_award"]),
    "erdos": dict(born_in=["budapest"], field=["combinatorics", "number_theory", "graph_theory"],
                  advised_by=["lipot_fejer"], received=["wolf_prize", "cole_prize"]),
    "kovalevskaya": dict(born_in=["moscow"], worked_at=["stockholm_university"],
                         field=["partial_differential_equations"], advised_by=["karl_weierstrass"],
                         received=["prix_bordin"]),
    "galois": dict(born_in=["bourg_la_reine"], field=["abstract_algebra"]),
    "grothendieck": dict(born_in=["berlin"], worked_at=["ihes"], field=["algebraic_geometry"],
                         advised_by=["laurent_schwartz", "jean_dieudonne"], received=["fields_medal"]),
    "wiles": dict(born_in=["cambridge"], worked_at=["princeton_university", "university_of_oxford"],
                  field=["number_theory"], advised_by=["john_coates"], received=["abel_prize", "wolf_prize"]),
    "mirzakhani": dict(born_in=["tehran"], worked_at=["stanford_university"], field=["hyperbolic_geometry"],
                       advised_by=["curtis_mcmullen"], received=["fields_medal"]),
    "tao": dict(born_in=["adelaide"], worked_at=["ucla"], field=["harmonic_analysis", "number_theory"],
                advised_by=["elias_stein"], received=["fields_medal"]),
}

_RANGE = {"born_in": "city", "worked_at": "institution", "field": "field", "advised_by": "person",
          "received": "award"}

RATINGS = {
    "ana": {"gauss": 5.0, "noether": 4.5, "galois": 2.0, "tao": 3.0},
    "ben": {"turing": 4.0, "godel": 5.0, "euler": 1.5, "hilbert": 3.5},
    "chen": {"ramanujan": 5.0, "hardy": 4.0, "erdos": 2.5, "poincare": 1.0},
    "dara": {"mirzakhani": 4.5, "kovalevskaya": 5.0, "riemann": 2.0, "grothendieck": 3.0},
    "emil": {"wiles": 4.0, "von_neumann": 0.5, "euler": 4.5, "tao": 5.0},
}


def rows():
    out = []
    for item, facts in _FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"mathematician:{item}", rel, f"{_RANGE[rel]}:{t}"))
    for u, rs in RATINGS.items():
        for item, r in rs.items():
            out.append((f"user:{u}", "rated", f"mathematician:{item}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind360")
