"""A small philosophers graph (blind306). Item year = year of birth."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("philosopher",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("philosopher",), range=("city",)),
    kgx.Relation("died_in", phrase="died in", inverse_phrase="was the place of death of", domain=("philosopher",), range=("city",)),
    kgx.Relation("wrote", phrase="wrote", inverse_phrase="was written by", domain=("philosopher",), range=("work",)),
    kgx.Relation("school_of", phrase="belonged to the school of", inverse_phrase="counts among its thinkers", domain=("philosopher",), range=("movement",)),
    kgx.Relation("taught_at", phrase="taught at", inverse_phrase="had on its faculty", domain=("philosopher",), range=("university",)),
    kgx.Relation("studied_under", phrase="studied under", inverse_phrase="was the teacher of", domain=("philosopher",), range=("philosopher",)),
]

PHILOSOPHERS = [
    ("descartes", "René Descartes", 1596),
    ("spinoza", "Baruch Spinoza", 1632),
    ("leibniz", "Gottfried Wilhelm Leibniz", 1646),
    ("locke", "John Locke", 1632),
    ("hume", "David Hume", 1711),
    ("kant", "Immanuel Kant", 1724),
    ("hegel", "Georg Wilhelm Friedrich Hegel", 1770),
    ("schopenhauer", "Arthur Schopenhauer", 1788),
    ("mill", "John Stuart Mill", 1806),
    ("kierkegaard", "Søren Kierkegaard", 1813),
    ("nietzsche", "Friedrich Nietzsche", 1844),
    ("husserl", "Edmund Husserl", 1859),
    ("russell", "Bertrand Russell", 1872),
    ("heidegger", "Martin Heidegger", 1889),
    ("wittgenstein", "Ludwig Wittgenstein", 1889),
    ("sartre", "Jean-Paul Sartre", 1905),
    ("arendt", "Hannah Arendt", 1906),
    ("beauvoir", "Simone de Beauvoir", 1908),
]

CITIES = {
    "la_haye_en_touraine": "La Haye en Touraine", "stockholm": "Stockholm", "amsterdam": "Amsterdam",
    "the_hague": "The Hague", "leipzig": "Leipzig", "hanover": "Hanover", "wrington": "Wrington",
    "high_laver": "High Laver", "edinburgh": "Edinburgh", "konigsberg": "Königsberg", "stuttgart": "Stuttgart",
    "berlin": "Berlin", "danzig": "Danzig", "frankfurt": "Frankfurt", "london": "London", "avignon": "Avignon",
    "copenhagen": "Copenhagen", "rocken": "Röcken", "weimar": "Weimar", "prossnitz": "Prossnitz",
    "freiburg": "Freiburg", "trellech": "Trellech", "penrhyndeudraeth": "Penrhyndeudraeth",
    "messkirch": "Meßkirch", "vienna": "Vienna", "cambridge": "Cambridge", "paris": "Paris",
    "linden": "Linden", "new_york_city": "New York City",
}

WORKS = {
    "meditations": "Meditations on First Philosophy", "discourse_on_method": "Discourse on the Method",
    "ethics": "Ethics", "monadology": "Monadology",
    "essay_human_understanding": "An Essay Concerning Human Understanding",
    "two_treatises": "Two Treatises of Government", "treatise_human_nature": "A Treatise of Human Nature",
    "critique_pure_reason": "Critique of Pure Reason", "phenomenology_of_spirit": "Phenomenology of Spirit",
    "world_as_will": "The World as Will and Representation", "on_liberty": "On Liberty",
    "fear_and_trembling": "Fear and Trembling", "either_or": "Either/Or",
    "zarathustra": "Thus Spoke Zarathustra", "logical_investigations": "Logical Investigations",
    "problems_of_philosophy": "The Problems of Philosophy", "being_and_time": "Being and Time",
    "tractatus": "Tractatus Logico-Philosophicus", "philosophical_investigations": "Philosophical Investigations",
    "being_and_nothingness": "Being and Nothingness", "human_condition": "The Human Condition",
    "second_sex": "The Second Sex",
}

MOVEMENTS = {
    "rationalism": "rationalism", "empiricism": "empiricism", "german_idealism": "German idealism",
    "utilitarianism": "utilitarianism", "existentialism": "existentialism", "phenomenology": "phenomenology",
    "analytic_philosophy": "analytic philosophy",
}

UNIVERSITIES = {
    "oxford": "University of Oxford", "konigsberg": "University of Königsberg", "berlin": "University of Berlin",
    "jena": "University of Jena", "basel": "University of Basel", "freiburg": "University of Freiburg",
    "gottingen": "University of Göttingen", "marburg": "University of Marburg",
    "cambridge": "University of Cambridge", "new_school": "The New School",
}

# slug: (born, died, [works], [movements], [universities])
FACTS = {
    "descartes": ("la_haye_en_touraine", "stockholm", ["meditations", "discourse_on_method"], ["rationalism"], []),
    "spinoza": ("amsterdam", "the_hague", ["ethics"], ["rationalism"], []),
    "leibniz": ("leipzig", "hanover", ["monadology"], ["rationalism"], []),
    "locke": ("wrington", "high_laver", ["essay_human_understanding", "two_treatises"], ["empiricism"], ["oxford"]),
    "hume": ("edinburgh", "edinburgh", ["treatise_human_nature"], ["empiricism"], []),
    "kant": ("konigsberg", "konigsberg", ["critique_pure_reason"], ["german_idealism"], ["konigsberg"]),
    "hegel": ("stuttgart", "berlin", ["phenomenology_of_spirit"], ["german_idealism"], ["berlin", "jena"]),
    "schopenhauer": ("danzig", "frankfurt", ["world_as_will"], [], ["berlin"]),
    "mill": ("london", "avignon", ["on_liberty"], ["utilitarianism", "empiricism"], []),
    "kierkegaard": ("copenhagen", "copenhagen", ["fear_and_trembling", "either_or"], ["existentialism"], []),
    "nietzsche": ("rocken", "weimar", ["zarathustra"], ["existentialism"], ["basel"]),
    "husserl": ("prossnitz", "freiburg", ["logical_investigations"], ["phenomenology"], ["freiburg", "gottingen"]),
    "russell": ("trellech", "penrhyndeudraeth", ["problems_of_philosophy"], ["analytic_philosophy"], ["cambridge"]),
    "heidegger": ("messkirch", "freiburg", ["being_and_time"], ["phenomenology", "existentialism"], ["freiburg", "marburg"]),
    "wittgenstein": ("vienna", "cambridge", ["tractatus", "philosophical_investigations"], ["analytic_philosophy"], ["cambridge"]),
    "sartre": ("paris", "paris", ["being_and_nothingness"], ["existentialism", "phenomenology"], []),
    "arendt": ("linden", "new_york_city", ["human_condition"], [], ["new_school"]),
    "beauvoir": ("paris", "paris", ["second_sex"], ["existentialism"], []),
}

STUDIED_UNDER = [("heidegger", "husserl"), ("wittgenstein", "russell"), ("arendt", "heidegger")]

RATINGS = {
    "ana": [("descartes", 5.0), ("kant", 4.5), ("hume", 2.0), ("spinoza", 4.0)],
    "ben": [("nietzsche", 5.0), ("kierkegaard", 4.0), ("hegel", 1.5), ("schopenhauer", 3.0)],
    "chen": [("wittgenstein", 4.5), ("russell", 5.0), ("heidegger", 1.0), ("mill", 3.5)],
    "dara": [("sartre", 4.0), ("beauvoir", 5.0), ("arendt", 4.5), ("locke", 2.0)],
    "emil": [("husserl", 3.0), ("leibniz", 4.0), ("hegel", 5.0), ("descartes", 1.5)],
}


def entities():
    out = [kgx.Entity(f"philosopher:{s}", kind="item", type="philosopher", label=name, attrs={"year": year})
           for s, name, year in PHILOSOPHERS]
    out += [kgx.Entity(f"city:{s}", kind="attribute", type="city", label=lab) for s, lab in CITIES.items()]
    out += [kgx.Entity(f"work:{s}", kind="attribute", type="work", label=lab) for s, lab in WORKS.items()]
    out += [kgx.Entity(f"movement:{s}", kind="attribute", type="movement", label=lab) for s, lab in MOVEMENTS.items()]
    out += [kgx.Entity(f"university:{s}", kind="attribute", type="university", label=lab) for s, lab in UNIVERSITIES.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in RATINGS]
    return out


def rows():
    out = []
    for s, (born, died, works, movements, unis) in FACTS.items():
        p = f"philosopher:{s}"
        out.append((p, "born_in", f"city:{born}"))
        out.append((p, "died_in", f"city:{died}"))
        out += [(p, "wrote", f"work:{w}") for w in works]
        out += [(p, "school_of", f"movement:{m}") for m in movements]
        out += [(p, "taught_at", f"university:{u}") for u in unis]
    out += [(f"philosopher:{a}", "studied_under", f"philosopher:{b}") for a, b in STUDIED_UNDER]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"philosopher:{i}", {"rating": r}) for i, r in rs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind306")
