"""A small graph of frescoes (blind330)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("fresco",)),
    kgx.Relation("painted_by", phrase="was painted by", inverse_phrase="painted", domain=("fresco",), range=("painter",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="houses", domain=("fresco",), range=("building",)),
    kgx.Relation("in_city", phrase="is in", inverse_phrase="is home to", domain=("fresco",), range=("city",)),
    kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted in", domain=("fresco",), range=("figure",)),
    kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=("fresco",), range=("patron",)),
    kgx.Relation("has_style", phrase="is a work of the", inverse_phrase="includes", domain=("fresco",), range=("movement",)),
]

# slug, label, year, painter, building, city, movement, patron or None, [figures]
FRESCOES = [
    ("creation_of_adam", "The Creation of Adam", 1512, "michelangelo", "sistine_chapel", "vatican_city", "high_renaissance", "julius_ii", ["adam", "god"]),
    ("last_judgment", "The Last Judgment", 1541, "michelangelo", "sistine_chapel", "vatican_city", "high_renaissance", None, ["jesus"]),
    ("school_of_athens", "The School of Athens", 1511, "raphael", "apostolic_palace", "vatican_city", "high_renaissance", "julius_ii", ["plato", "aristotle"]),
    ("parnassus", "The Parnassus", 1511, "raphael", "apostolic_palace", "vatican_city", "high_renaissance", "julius_ii", ["apollo"]),
    ("lamentation", "Lamentation of Christ", 1305, "giotto", "scrovegni_chapel", "padua", "gothic", "enrico_scrovegni", ["jesus", "virgin_mary"]),
    ("kiss_of_judas", "The Kiss of Judas", 1305, "giotto", "scrovegni_chapel", "padua", "gothic", "enrico_scrovegni", ["jesus", "judas"]),
    ("tribute_money", "The Tribute Money", 1425, "masaccio", "brancacci_chapel", "florence", "early_renaissance", "felice_brancacci", ["jesus", "saint_peter"]),
    ("expulsion", "The Expulsion from the Garden of Eden", 1425, "masaccio", "brancacci_chapel", "florence", "early_renaissance", "felice_brancacci", ["adam", "eve"]),
    ("holy_trinity", "The Holy Trinity", 1427, "masaccio", "santa_maria_novella", "florence", "early_renaissance", None, ["jesus", "virgin_mary"]),
    ("camera_degli_sposi", "Camera degli Sposi", 1474, "mantegna", "ducal_palace_mantua", "mantua", "early_renaissance", "ludovico_gonzaga", []),
    ("good_government", "The Allegory of Good and Bad Government", 1339, "ambrogio_lorenzetti", "palazzo_pubblico", "siena", "gothic", "council_of_nine", []),
    ("maesta", "Maestà", 1315, "simone_martini", "palazzo_pubblico", "siena", "gothic", None, ["virgin_mary"]),
    ("procession_of_magi", "Procession of the Magi", 1459, "benozzo_gozzoli", "palazzo_medici", "florence", "early_renaissance", "piero_de_medici", ["magi"]),
    ("divine_providence", "Triumph of Divine Providence", 1639, "pietro_da_cortona", "palazzo_barberini", "rome", "baroque", None, []),
    ("name_of_jesus", "The Triumph of the Name of Jesus", 1679, "gaulli", "church_of_the_gesu", "rome", "baroque", None, []),
    ("apotheosis_ignatius", "Apotheosis of Saint Ignatius", 1694, "andrea_pozzo", "sant_ignazio", "rome", "baroque", None, ["ignatius"]),
    ("planets_continents", "Allegory of the Planets and Continents", 1753, "tiepolo", "wurzburg_residence", "wurzburg", "rococo", "greiffenclau", ["apollo"]),
    ("assumption", "Assumption of the Virgin", 1530, "correggio", "parma_cathedral", "parma", "high_renaissance", None, ["virgin_mary"]),
]

ATTRIBUTES = {
    "painter": {
        "michelangelo": "Michelangelo", "raphael": "Raphael", "giotto": "Giotto", "masaccio": "Masaccio",
        "mantegna": "Andrea Mantegna", "ambrogio_lorenzetti": "Ambrogio Lorenzetti", "simone_martini": "Simone Martini",
        "benozzo_gozzoli": "Benozzo Gozzoli", "pietro_da_cortona": "Pietro da Cortona",
        "gaulli": "Giovanni Battista Gaulli", "andrea_pozzo": "Andrea Pozzo", "tiepolo": "Giovanni Battista Tiepolo",
        "correggio": "Correggio",
    },
    "building": {
        "sistine_chapel": "Sistine Chapel", "apostolic_palace": "Apostolic Palace", "scrovegni_chapel": "Scrovegni Chapel",
        "brancacci_chapel": "Brancacci Chapel", "santa_maria_novella": "Santa Maria Novella",
        "ducal_palace_mantua": "Ducal Palace", "palazzo_pubblico": "Palazzo Pubblico", "palazzo_medici": "Palazzo Medici Riccardi",
        "palazzo_barberini": "Palazzo Barberini", "church_of_the_gesu": "Church of the Gesù", "sant_ignazio": "Sant'Ignazio",
        "wurzburg_residence": "Würzburg Residence", "parma_cathedral": "Parma Cathedral",
    },
    "city": {
        "vatican_city": "Vatican City", "padua": "Padua", "florence": "Florence", "mantua": "Mantua", "siena": "Siena",
        "rome": "Rome", "wurzburg": "Würzburg", "parma": "Parma",
    },
    "movement": {
        "gothic": "Gothic", "early_renaissance": "Early Renaissance", "high_renaissance": "High Renaissance",
        "baroque": "Baroque", "rococo": "Rococo",
    },
    "patron": {
        "julius_ii": "Pope Julius II", "enrico_scrovegni": "Enrico Scrovegni", "felice_brancacci": "Felice Brancacci",
        "ludovico_gonzaga": "Ludovico III Gonzaga", "council_of_nine": "Council of Nine", "piero_de_medici": "Piero de' Medici",
        "greiffenclau": "Carl Philipp von Greiffenclau",
    },
    "figure": {
        "adam": "Adam", "eve": "Eve", "god": "God", "jesus": "Jesus", "virgin_mary": "Virgin Mary", "plato": "Plato",
        "aristotle": "Aristotle", "apollo": "Apollo", "judas": "Judas Iscariot", "saint_peter": "Saint Peter",
        "magi": "Magi", "ignatius": "Ignatius of Loyola",
    },
}

RATINGS = {
    "ana": [("creation_of_adam", 5.0), ("school_of_athens", 4.5), ("kiss_of_judas", 2.0), ("divine_providence", 3.0)],
    "ben": [("last_judgment", 4.0), ("tribute_money", 1.5), ("planets_continents", 5.0), ("camera_degli_sposi", 3.5)],
    "chen": [("good_government", 4.5), ("parnassus", 1.0), ("apotheosis_ignatius", 4.0), ("holy_trinity", 2.5)],
    "dara": [("lamentation", 5.0), ("procession_of_magi", 2.0), ("assumption", 4.5), ("name_of_jesus", 3.0)],
    "emil": [("expulsion", 4.0), ("maesta", 1.0), ("camera_degli_sposi", 5.0), ("name_of_jesus", 2.0)],
}


def entities():
    out = []
    for slug, label, year, *_ in FRESCOES:
        out.append(kgx.Entity(f"fresco:{slug}", kind="item", type="fresco", label=label, attrs={"year": year}))
    for typ, members in ATTRIBUTES.items():
        for slug, label in members.items():
            out.append(kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label))
    for name in RATINGS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, _label, _year, painter, building, city, movement, patron, figures in FRESCOES:
        f = f"fresco:{slug}"
        out.append((f, "painted_by", f"painter:{painter}"))
        out.append((f, "located_in", f"building:{building}"))
        out.append((f, "in_city", f"city:{city}"))
        out.append((f, "has_style", f"movement:{movement}"))
        if patron:
            out.append((f, "commissioned_by", f"patron:{patron}"))
        for fig in figures:
            out.append((f, "depicts", f"figure:{fig}"))
    for name, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{name}", "rated", f"fresco:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind330")
