"""blind122: a small graph of constellations introduced in early modern times.

Items are constellations; ``year`` is the year the constellation was introduced
(first shown on a globe, map or in a catalogue by the astronomer who devised it).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("constellation",)),
    kgx.Relation("introduced_by", phrase="was introduced by", inverse_phrase="introduced",
                 domain=("constellation",), range=("astronomer",)),
    kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted by",
                 domain=("constellation",), range=("figure",)),
    kgx.Relation("brightest_star", phrase="has as its brightest star",
                 inverse_phrase="is the brightest star of",
                 domain=("constellation",), range=("star",)),
    kgx.Relation("lies_in", phrase="lies in", inverse_phrase="contains",
                 domain=("constellation",), range=("hemisphere",)),
    kgx.Relation("borders", phrase="borders", inverse_phrase="borders",
                 domain=("constellation",), range=("constellation",)),
]

# slug, label, year, introducer, figure, brightest star, hemisphere
_CONSTELLATIONS = [
    ("columba", "Columba", 1592, "plancius", "dove", "phact", "southern"),
    ("camelopardalis", "Camelopardalis", 1612, "plancius", "giraffe", "beta_camelopardalis", "northern"),
    ("monoceros", "Monoceros", 1612, "plancius", "unicorn", "beta_monocerotis", "northern"),
    ("scutum", "Scutum", 1684, "hevelius", "shield", "alpha_scuti", "southern"),
    ("lynx", "Lynx", 1687, "hevelius", None, "alpha_lyncis", "northern"),
    ("lacerta", "Lacerta", 1687, "hevelius", "lizard", "alpha_lacertae", "northern"),
    ("vulpecula", "Vulpecula", 1687, "hevelius", "fox", "anser", "northern"),
    ("leo_minor", "Leo Minor", 1687, "hevelius", "lion", "praecipua", "northern"),
    ("sextans", "Sextans", 1687, "hevelius", "sextant", "alpha_sextantis", "southern"),
    ("canes_venatici", "Canes Venatici", 1687, "hevelius", "hunting_dogs", "cor_caroli", "northern"),
    ("fornax", "Fornax", 1756, "lacaille", "chemical_furnace", "dalim", "southern"),
    ("sculptor", "Sculptor", 1756, "lacaille", "sculptors_studio", "alpha_sculptoris", "southern"),
    ("telescopium", "Telescopium", 1756, "lacaille", "telescope", "alpha_telescopii", "southern"),
    ("microscopium", "Microscopium", 1756, "lacaille", "microscope", "gamma_microscopii", "southern"),
    ("antlia", "Antlia", 1756, "lacaille", "air_pump", "alpha_antliae", "southern"),
    ("pyxis", "Pyxis", 1756, "lacaille", "mariners_compass", "alpha_pyxidis", "southern"),
    ("circinus", "Circinus", 1756, "lacaille", "pair_of_compasses", "alpha_circini", "southern"),
    ("norma", "Norma", 1756, "lacaille", "carpenters_square", "gamma2_normae", "southern"),
]

_ASTRONOMERS = {
    "plancius": "Petrus Plancius",
    "hevelius": "Johannes Hevelius",
    "lacaille": "Nicolas-Louis de Lacaille",
}

_FIGURES = {
    "dove": "Dove",
    "giraffe": "Giraffe",
    "unicorn": "Unicorn",
    "shield": "Shield",
    "lizard": "Lizard",
    "fox": "Fox",
    "lion": "Lion",
    "sextant": "Sextant",
    "hunting_dogs": "Hunting dogs",
    "chemical_furnace": "Chemical furnace",
    "sculptors_studio": "Sculptor's studio",
    "telescope": "Telescope",
    "microscope": "Microscope",
    "air_pump": "Air pump",
    "mariners_compass": "Mariner's compass",
    "pair_of_compasses": "Pair of compasses",
    "carpenters_square": "Carpenter's square",
}

_STARS = {
    "phact": "Phact",
    "beta_camelopardalis": "Beta Camelopardalis",
    "beta_monocerotis": "Beta Monocerotis",
    "alpha_scuti": "Alpha Scuti",
    "alpha_lyncis": "Alpha Lyncis",
    "alpha_lacertae": "Alpha Lacertae",
    "anser": "Anser",
    "praecipua": "Praecipua",
    "alpha_sextantis": "Alpha Sextantis",
    "cor_caroli": "Cor Caroli",
    "dalim": "Dalim",
    "alpha_sculptoris": "Alpha Sculptoris",
    "alpha_telescopii": "Alpha Telescopii",
    "gamma_microscopii": "Gamma Microscopii",
    "alpha_antliae": "Alpha Antliae",
    "alpha_pyxidis": "Alpha Pyxidis",
    "alpha_circini": "Alpha Circini",
    "gamma2_normae": "Gamma2 Normae",
}

_HEMISPHERES = {
    "northern": "Northern celestial hemisphere",
    "southern": "Southern celestial hemisphere",
}

# shared boundaries between constellations of this graph (stored once each)
_BORDERS = [
    ("lynx", "camelopardalis"),
    ("leo_minor", "lynx"),
    ("sculptor", "fornax"),
    ("microscopium", "telescopium"),
    ("antlia", "pyxis"),
    ("norma", "circinus"),
]

_RATINGS = {
    "ana": [("lynx", 5.0), ("camelopardalis", 4.5), ("fornax", 2.0), ("scutum", 3.0)],
    "ben": [("monoceros", 4.0), ("columba", 1.5), ("sculptor", 5.0), ("lacerta", 3.5)],
    "chen": [("telescopium", 5.0), ("microscopium", 4.5), ("vulpecula", 1.0), ("canes_venatici", 4.0)],
    "dara": [("antlia", 2.0), ("pyxis", 4.5), ("leo_minor", 3.0), ("sextans", 5.0)],
    "emil": [("circinus", 4.0), ("norma", 0.5), ("lynx", 2.5), ("columba", 4.5)],
}


def entities():
    out = []
    for slug, label, year, _a, _f, _s, _h in _CONSTELLATIONS:
        out.append(kgx.Entity(f"constellation:{slug}", kind="item", type="constellation",
                              label=label, attrs={"year": year}))
    for slug, label in _ASTRONOMERS.items():
        out.append(kgx.Entity(f"astronomer:{slug}", kind="attribute", type="astronomer", label=label))
    for slug, label in _FIGURES.items():
        out.append(kgx.Entity(f"figure:{slug}", kind="attribute", type="figure", label=label))
    for slug, label in _STARS.items():
        out.append(kgx.Entity(f"star:{slug}", kind="attribute", type="star", label=label))
    for slug, label in _HEMISPHERES.items():
        out.append(kgx.Entity(f"hemisphere:{slug}", kind="attribute", type="hemisphere", label=label))
    for name in _RATINGS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, _label, _year, astronomer, figure, star, hemisphere in _CONSTELLATIONS:
        c = f"constellation:{slug}"
        out.append((c, "introduced_by", f"astronomer:{astronomer}"))
        if figure is not None:
            out.append((c, "depicts", f"figure:{figure}"))
        out.append((c, "brightest_star", f"star:{star}"))
        out.append((c, "lies_in", f"hemisphere:{hemisphere}"))
    for a, b in _BORDERS:
        out.append((f"constellation:{a}", "borders", f"constellation:{b}"))
    for name, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{name}", "rated", f"constellation:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind122")
