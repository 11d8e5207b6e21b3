"""A small enzymes knowledge graph (blind332).

Each enzyme carries a ``year``: the year it was first described, isolated or
named (for urease, the year James B. Sumner first crystallized it).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("enzyme",)),
    kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
                 domain=("enzyme",), range=("scientist",)),
    kgx.Relation("crystallized_by", phrase="was first crystallized by", inverse_phrase="first crystallized",
                 domain=("enzyme",), range=("scientist",)),
    kgx.Relation("in_class", phrase="belongs to the enzyme class", inverse_phrase="is the enzyme class of",
                 domain=("enzyme",), range=("enzyme_class",)),
    kgx.Relation("isolated_from", phrase="was isolated from", inverse_phrase="is the source of",
                 domain=("enzyme",), range=("organism",)),
    kgx.Relation("requires_cofactor", phrase="requires the cofactor", inverse_phrase="is a cofactor of",
                 domain=("enzyme",), range=("cofactor",)),
    kgx.Relation("found_in", phrase="is found in", inverse_phrase="contains",
                 domain=("enzyme",), range=("site",)),
]

_ITEMS = [
    ("diastase", "Diastase", 1833),
    ("pepsin", "Pepsin", 1836),
    ("invertase", "Invertase", 1860),
    ("trypsin", "Trypsin", 1876),
    ("luciferase", "Luciferase", 1885),
    ("zymase", "Zymase", 1897),
    ("catalase", "Catalase", 1900),
    ("lysozyme", "Lysozyme", 1922),
    ("urease", "Urease", 1926),
    ("glucose_oxidase", "Glucose oxidase", 1928),
    ("carbonic_anhydrase", "Carbonic anhydrase", 1933),
    ("rubisco", "RuBisCO", 1947),
    ("dna_polymerase_i", "DNA polymerase I", 1956),
    ("dna_ligase", "DNA ligase", 1967),
    ("hindii", "HindII", 1970),
    ("reverse_transcriptase", "Reverse transcriptase", 1970),
    ("taq_polymerase", "Taq polymerase", 1976),
    ("telomerase", "Telomerase", 1984),
]

_ATTRS = {
    "scientist": [
        ("anselme_payen", "Anselme Payen"),
        ("jean_francois_persoz", "Jean-François Persoz"),
        ("theodor_schwann", "Theodor Schwann"),
        ("marcellin_berthelot", "Marcellin Berthelot"),
        ("wilhelm_kuhne", "Wilhelm Kühne"),
        ("raphael_dubois", "Raphaël Dubois"),
        ("eduard_buchner", "Eduard Buchner"),
        ("alexander_fleming", "Alexander Fleming"),
        ("james_b_sumner", "James B. Sumner"),
        ("alexander_dounce", "Alexander Dounce"),
        ("john_howard_northrop", "John Howard Northrop"),
        ("moses_kunitz", "Moses Kunitz"),
        ("detlev_muller", "Detlev Müller"),
        ("norman_meldrum", "Norman Meldrum"),
        ("francis_roughton", "Francis Roughton"),
        ("sam_wildman", "Sam Wildman"),
        ("arthur_kornberg", "Arthur Kornberg"),
        ("hamilton_smith", "Hamilton Smith"),
        ("howard_temin", "Howard Temin"),
        ("david_baltimore", "David Baltimore"),
        ("alice_chien", "Alice Chien"),
        ("john_trela", "John Trela"),
        ("carol_greider", "Carol Greider"),
        ("elizabeth_blackburn", "Elizabeth Blackburn"),
    ],
    "enzyme_class": [
        ("hydrolase", "hydrolase"),
        ("oxidoreductase", "oxidoreductase"),
        ("lyase", "lyase"),
        ("transferase", "transferase"),
        ("ligase", "ligase"),
    ],
    "organism": [
        ("barley", "barley"),
        ("yeast", "yeast"),
        ("jack_bean", "jack bean"),
        ("aspergillus_niger", "Aspergillus niger"),
        ("escherichia_coli", "Escherichia coli"),
        ("haemophilus_influenzae", "Haemophilus influenzae"),
        ("rous_sarcoma_virus", "Rous sarcoma virus"),
        ("thermus_aquaticus", "Thermus aquaticus"),
        ("tetrahymena_thermophila", "Tetrahymena thermophila"),
    ],
    "cofactor": [
        ("nickel", "nickel"),
        ("zinc", "zinc"),
        ("magnesium", "magnesium"),
        ("heme", "heme"),
        ("fad", "FAD"),
    ],
    "site": [
        ("stomach", "stomach"),
        ("small_intestine", "small intestine"),
        ("peroxisome", "peroxisome"),
        ("chloroplast", "chloroplast"),
        ("tears", "tears"),
        ("red_blood_cell", "red blood cell"),
    ],
}

_PREFIX = {"scientist": "person", "enzyme_class": "class", "organism": "organism",
           "cofactor": "cofactor", "site": "site"}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"enzyme:{slug}", kind="item", type="enzyme", label=label, attrs={"year": year})
           for slug, label, year in _ITEMS]
    for typ, rows_ in _ATTRS.items():
        out += [kgx.Entity(f"{_PREFIX[typ]}:{slug}", kind="attribute", type=typ, label=label)
                for slug, label in rows_]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    e = lambda s: f"enzyme:{s}"  # noqa: E731
    p = lambda s: f"person:{s}"  # noqa: E731
    c = lambda s: f"class:{s}"  # noqa: E731
    o = lambda s: f"organism:{s}"  # noqa: E731
    f = lambda s: f"cofactor:{s}"  # noqa: E731
    s = lambda x: f"site:{x}"  # noqa: E731
    return [
        # discoverers
        (e("diastase"), "discovered_by", p("anselme_payen")),
        (e("diastase"), "discovered_by", p("jean_francois_persoz")),
        (e("pepsin"), "discovered_by", p("theodor_schwann")),
        (e("invertase"), "discovered_by", p("marcellin_berthelot")),
        (e("trypsin"), "discovered_by", p("wilhelm_kuhne")),
        (e("luciferase"), "discovered_by", p("raphael_dubois")),
        (e("zymase"), "discovered_by", p("eduard_buchner")),
        (e("lysozyme"), "discovered_by", p("alexander_fleming")),
        (e("glucose_oxidase"), "discovered_by", p("detlev_muller")),
        (e("carbonic_anhydrase"), "discovered_by", p("norman_meldrum")),
        (e("carbonic_anhydrase"), "discovered_by", p("francis_roughton")),
        (e("rubisco"), "discovered_by", p("sam_wildman")),
        (e("dna_polymerase_i"), "discovered_by", p("arthur_kornberg")),
        (e("hindii"), "discovered_by", p("hamilton_smith")),
        (e("reverse_transcriptase"), "discovered_by", p("howard_temin")),
        (e("reverse_transcriptase"), "discovered_by", p("david_baltimore")),
        (e("taq_polymerase"), "discovered_by", p("alice_chien")),
        (e("taq_polymerase"), "discovered_by", p("john_trela")),
        (e("telomerase"), "discovered_by", p("carol_greider")),
        (e("telomerase"), "discovered_by", p("elizabeth_blackburn")),
        # first crystallizations
        (e("urease"), "crystallized_by", p("james_b_sumner")),
        (e("catalase"), "crystallized_by", p("james_b_sumner")),
        (e("catalase"), "crystallized_by", p("alexander_dounce")),
        (e("pepsin"), "crystallized_by", p("john_howard_northrop")),
        (e("trypsin"), "crystallized_by", p("john_howard_northrop")),
        (e("trypsin"), "crystallized_by", p("moses_kunitz")),
        # enzyme classes
        (e("diastase"), "in_class", c("hydrolase")),
        (e("pepsin"), "in_class", c("hydrolase")),
        (e("invertase"), "in_class", c("hydrolase")),
        (e("trypsin"), "in_class", c("hydrolase")),
        (e("lysozyme"), "in_class", c("hydrolase")),
        (e("urease"), "in_class", c("hydrolase")),
        (e("hindii"), "in_class", c("hydrolase")),
        (e("luciferase"), "in_class", c("oxidoreductase")),
        (e("catalase"), "in_class", c("oxidoreductase")),
        (e("glucose_oxidase"), "in_class", c("oxidoreductase")),
        (e("carbonic_anhydrase"), "in_class", c("lyase")),
        (e("rubisco"), "in_class", c("lyase")),
        (e("dna_polymerase_i"), "in_class", c("transferase")),
        (e("reverse_transcriptase"), "in_class", c("transferase")),
        (e("taq_polymerase"), "in_class", c("transferase")),
        (e("telomerase"), "in_class", c("transferase")),
        (e("dna_ligase"), "in_class", c("ligase")),
        # source organisms
        (e("diastase"), "isolated_from", o("barley")),
        (e("invertase"), "isolated_from", o("yeast")),
        (e("zymase"), "isolated_from", o("yeast")),
        (e("urease"), "isolated_from", o("jack_bean")),
        (e("glucose_oxidase"), "isolated_from", o("aspergillus_niger")),
        (e("dna_polymerase_i"), "isolated_from", o("escherichia_coli")),
        (e("dna_ligase"), "isolated_from", o("escherichia_coli")),
        (e("hindii"), "isolated_from", o("haemophilus_influenzae")),
        (e("reverse_transcriptase"), "isolated_from", o("rous_sarcoma_virus")),
        (e("taq_polymerase"), "isolated_from", o("thermus_aquaticus")),
        (e("telomerase"), "isolated_from", o("tetrahymena_thermophila")),
        # cofactors
        (e("urease"), "requires_cofactor", f("nickel")),
        (e("carbonic_anhydrase"), "requires_cofactor", f("zinc")),
        (e("catalase"), "requires_cofactor", f("heme")),
        (e("glucose_oxidase"), "requires_cofactor", f("fad")),
        (e("rubisco"), "requires_cofactor", f("magnesium")),
        (e("dna_polymerase_i"), "requires_cofactor", f("magnesium")),
        (e("hindii"), "requires_cofactor", f("magnesium")),
        (e("taq_polymerase"), "requires_cofactor", f("magnesium")),
        # where they occur
        (e("pepsin"), "found_in", s("stomach")),
        (e("trypsin"), "found_in", s("small_intestine")),
        (e("catalase"), "found_in", s("peroxisome")),
        (e("rubisco"), "found_in", s("chloroplast")),
        (e("lysozyme"), "found_in", s("tears")),
        (e("carbonic_anhydrase"), "found_in", s("red_blood_cell")),
        # ratings
        ("user:ana", "rated", e("pepsin"), {"rating": 5.0}),
        ("user:ana", "rated", e("lysozyme"), {"rating": 4.5}),
        ("user:ana", "rated", e("urease"), {"rating": 2.0}),
        ("user:ana", "rated", e("telomerase"), {"rating": 3.5}),
        ("user:ben", "rated", e("taq_polymerase"), {"rating": 4.0}),
        ("user:ben", "rated", e("hindii"), {"rating": 1.5}),
        ("user:ben", "rated", e("dna_polymerase_i"), {"rating": 5.0}),
        ("user:ben", "rated", e("catalase"), {"rating": 3.0}),
        ("user:chen", "rated", e("rubisco"), {"rating": 4.5}),
        ("user:chen", "rated", e("carbonic_anhydrase"), {"rating": 1.0}),
        ("user:chen", "rated", e("luciferase"), {"rating": 5.0}),
        ("user:chen", "rated", e("zymase"), {"rating": 2.5}),
        ("user:dara", "rated", e("reverse_transcriptase"), {"rating": 4.0}),
        ("user:dara", "rated", e("trypsin"), {"rating": 2.0}),
        ("user:dara", "rated", e("diastase"), {"rating": 3.5}),
        ("user:dara", "rated", e("glucose_oxidase"), {"rating": 4.5}),
        ("user:emil", "rated", e("invertase"), {"rating": 1.5}),
        ("user:emil", "rated", e("dna_ligase"), {"rating": 4.0}),
        ("user:emil", "rated", e("telomerase"), {"rating": 5.0}),
        ("user:emil", "rated", e("catalase"), {"rating": 0.5}),
    ]


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind332")
