"""blind120: a small knowledge graph of mathematical theorems.

Items are theorems (type "theorem"); their ``year`` attribute is the year in
which the proof (or the result) was first published.  Attributes are
mathematicians, fields of mathematics and journals.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("theorem",)),
    kgx.Relation("proved_by", phrase="was proved by", inverse_phrase="proved",
                 domain=("theorem",), range=("mathematician",)),
    kgx.Relation("conjectured_by", phrase="was conjectured by", inverse_phrase="conjectured",
                 domain=("theorem",), range=("mathematician",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gives their name to",
                 domain=("theorem",), range=("mathematician",)),
    kgx.Relation("in_field", phrase="is a result in", inverse_phrase="counts among its results",
                 domain=("theorem",), range=("field",)),
    kgx.Relation("published_in", phrase="was published in", inverse_phrase="published",
                 domain=("theorem",), range=("journal",)),
]

_THEOREMS = [
    ("fermats_last_theorem", "Fermat's Last Theorem", 1995),
    ("poincare_conjecture", "Poincaré conjecture", 2003),
    ("four_color_theorem", "Four color theorem", 1977),
    ("godel_incompleteness", "Gödel's incompleteness theorems", 1931),
    ("prime_number_theorem", "Prime number theorem", 1896),
    ("fundamental_theorem_of_algebra", "Fundamental theorem of algebra", 1799),
    ("hilbert_basis_theorem", "Hilbert's basis theorem", 1890),
    ("noethers_theorem", "Noether's theorem", 1918),
    ("cook_levin_theorem", "Cook-Levin theorem", 1971),
    ("green_tao_theorem", "Green-Tao theorem", 2008),
    ("atiyah_singer_index_theorem", "Atiyah-Singer index theorem", 1963),
    ("nash_embedding_theorem", "Nash embedding theorem", 1956),
    ("kepler_conjecture", "Kepler conjecture", 2005),
    ("banach_tarski_paradox", "Banach-Tarski paradox", 1924),
    ("gelfond_schneider_theorem", "Gelfond-Schneider theorem", 1934),
    ("sensitivity_conjecture", "Sensitivity conjecture", 2019),
    ("catalans_conjecture", "Catalan's conjecture", 2004),
    ("cantors_theorem", "Cantor's theorem", 1891),
]

_MATHEMATICIANS = [
    ("andrew_wiles", "Andrew Wiles"), ("richard_taylor", "Richard Taylor"),
    ("pierre_de_fermat", "Pierre de Fermat"), ("grigori_perelman", "Grigori Perelman"),
    ("henri_poincare", "Henri Poincaré"), ("kenneth_appel", "Kenneth Appel"),
    ("wolfgang_haken", "Wolfgang Haken"), ("francis_guthrie", "Francis Guthrie"),
    ("kurt_godel", "Kurt Gödel"), ("jacques_hadamard", "Jacques Hadamard"),
    ("de_la_vallee_poussin", "Charles de la Vallée Poussin"),
    ("carl_friedrich_gauss", "Carl Friedrich Gauss"), ("adrien_marie_legendre", "Adrien-Marie Legendre"),
    ("david_hilbert", "David Hilbert"), ("emmy_noether", "Emmy Noether"),
    ("stephen_cook", "Stephen Cook"), ("leonid_levin", "Leonid Levin"),
    ("ben_green", "Ben Green"), ("terence_tao", "Terence Tao"),
    ("michael_atiyah", "Michael Atiyah"), ("isadore_singer", "Isadore Singer"),
    ("john_nash", "John Nash"), ("thomas_hales", "Thomas Hales"),
    ("johannes_kepler", "Johannes Kepler"), ("stefan_banach", "Stefan Banach"),
    ("alfred_tarski", "Alfred Tarski"), ("aleksandr_gelfond", "Aleksandr Gelfond"),
    ("theodor_schneider", "Theodor Schneider"), ("hao_huang", "Hao Huang"),
    ("noam_nisan", "Noam Nisan"), ("mario_szegedy", "Mario Szegedy"),
    ("preda_mihailescu", "Preda Mihăilescu"), ("eugene_catalan", "Eugène Catalan"),
    ("georg_cantor", "Georg Cantor"),
]

_FIELDS = [
    ("number_theory", "number theory"), ("topology", "topology"),
    ("graph_theory", "graph theory"), ("mathematical_logic", "mathematical logic"),
    ("algebra", "algebra"), ("commutative_algebra", "commutative algebra"),
    ("mathematical_physics", "mathematical physics"),
    ("computational_complexity_theory", "computational complexity theory"),
    ("differential_geometry", "differential geometry"),
    ("discrete_geometry", "discrete geometry"), ("set_theory", "set theory"),
    ("combinatorics", "combinatorics"),
]

_JOURNALS = [
    ("annals_of_mathematics", "Annals of Mathematics"),
    ("illinois_journal_of_mathematics", "Illinois Journal of Mathematics"),
    ("monatshefte", "Monatshefte für Mathematik und Physik"),
    ("mathematische_annalen", "Mathematische Annalen"),
    ("bulletin_ams", "Bulletin of the American Mathematical Society"),
    ("fundamenta_mathematicae", "Fundamenta Mathematicae"),
    ("crelles_journal", "Journal für die reine und angewandte Mathematik"),
]

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year in _THEOREMS:
        out.append(kgx.Entity(f"theorem:{slug}", kind="item", type="theorem", label=label,
                              attrs={"year": year}))
    for slug, label in _MATHEMATICIANS:
        out.append(kgx.Entity(f"mathematician:{slug}", kind="attribute", type="mathematician", label=label))
    for slug, label in _FIELDS:
        out.append(kgx.Entity(f"field:{slug}", kind="attribute", type="field", label=label))
    for slug, label in _JOURNALS:
        out.append(kgx.Entity(f"journal:{slug}", kind="attribute", type="journal", label=label))
    for name in _USERS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def _t(slug):
    return f"theorem:{slug}"


def _m(slug):
    return f"mathematician:{slug}"


def _f(slug):
    return f"field:{slug}"


def _j(slug):
    return f"journal:{slug}"


# theorem slug: proved_by, conjectured_by, named_after, field(s), journal
_FACTS = {
    "fermats_last_theorem": (["andrew_wiles", "richard_taylor"], ["pierre_de_fermat"], ["pierre_de_fermat"],
                             ["number_theory"], "annals_of_mathematics"),
    "poincare_conjecture": (["grigori_perelman"], ["henri_poincare"], ["henri_poincare"], ["topology"], None),
    "four_color_theorem": (["kenneth_appel", "wolfgang_haken"], ["francis_guthrie"], [], ["graph_theory"],
                           "illinois_journal_of_mathematics"),
    "godel_incompleteness": (["kurt_godel"], [], ["kurt_godel"], ["mathematical_logic"], "monatshefte"),
    "prime_number_theorem": (["jacques_hadamard", "de_la_vallee_poussin"],
                             ["carl_friedrich_gauss", "adrien_marie_legendre"], [], ["number_theory"], None),
    "fundamental_theorem_of_algebra": (["carl_friedrich_gauss"], [], [], ["algebra"], None),
    "hilbert_basis_theorem": (["david_hilbert"], [], ["david_hilbert"], ["commutative_algebra"],
                              "mathematische_annalen"),
    "noethers_theorem": (["emmy_noether"], [], ["emmy_noether"], ["mathematical_physics"], None),
    "cook_levin_theorem": (["stephen_cook", "leonid_levin"], [], ["stephen_cook", "leonid_levin"],
                           ["computational_complexity_theory"], None),
    "green_tao_theorem": (["ben_green", "terence_tao"], [], ["ben_green", "terence_tao"], ["number_theory"],
                          "annals_of_mathematics"),
    "atiyah_singer_index_theorem": (["michael_atiyah", "isadore_singer"], [], ["michael_atiyah", "isadore_singer"],
                                    ["differential_geometry"], "bulletin_ams"),
    "nash_embedding_theorem": (["john_nash"], [], ["john_nash"], ["differential_geometry"],
                               "annals_of_mathematics"),
    "kepler_conjecture": (["thomas_hales"], ["johannes_kepler"], ["johannes_kepler"], ["discrete_geometry"],
                          "annals_of_mathematics"),
    "banach_tarski_paradox": (["stefan_banach", "alfred_tarski"], [], ["stefan_banach", "alfred_tarski"],
                              ["set_theory"], "fundamenta_mathematicae"),
    "gelfond_schneider_theorem": (["aleksandr_gelfond", "theodor_schneider"], [],
                                  ["aleksandr_gelfond", "theodor_schneider"], ["number_theory"], None),
    "sensitivity_conjecture": (["hao_huang"], ["noam_nisan", "mario_szegedy"], [], ["combinatorics"],
                               "annals_of_mathematics"),
    "catalans_conjecture": (["preda_mihailescu"], ["eugene_catalan"], ["eugene_catalan"], ["number_theory"],
                            "crelles_journal"),
    "cantors_theorem": (["georg_cantor"], [], ["georg_cantor"], ["set_theory"], None),
}

_RATINGS = {
    "ana": [("fermats_last_theorem", 5.0), ("godel_incompleteness", 4.5), ("four_color_theorem", 2.0),
            ("cantors_theorem", 4.0)],
    "ben": [("poincare_conjecture", 4.0), ("banach_tarski_paradox", 1.5), ("prime_number_theorem", 5.0),
            ("cook_levin_theorem", 3.0)],
    "chen": [("green_tao_theorem", 4.5), ("kepler_conjecture", 1.0), ("noethers_theorem", 5.0),
             ("nash_embedding_theorem", 2.0)],
    "dara": [("atiyah_singer_index_theorem", 3.5), ("catalans_conjecture", 4.0),
             ("fundamental_theorem_of_algebra", 0.5), ("sensitivity_conjecture", 5.0)],
    "emil": [("hilbert_basis_theorem", 2.5), ("gelfond_schneider_theorem", 4.5), ("godel_incompleteness", 1.0),
             ("fermats_last_theorem", 3.0)],
}


def rows():
    out = []
    for slug, (provers, conjecturers, names, fields, journal) in _FACTS.items():
        for m in provers:
            out.append((_t(slug), "proved_by", _m(m)))
        for m in conjecturers:
            out.append((_t(slug), "conjectured_by", _m(m)))
        for m in names:
            out.append((_t(slug), "named_after", _m(m)))
        for f in fields:
            out.append((_t(slug), "in_field", _f(f)))
        if journal:
            out.append((_t(slug), "published_in", _j(journal)))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", _t(slug), {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind120")
