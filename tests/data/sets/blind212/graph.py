"""blind212: a small graph of philosophical treatises (year = year of first publication)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("treatise",)),
    kgx.Relation("written_by", phrase="was written by", inverse_phrase="wrote",
                 domain=("treatise",), range=("philosopher",)),
    kgx.Relation("written_in", phrase="is written in", inverse_phrase="is the language of",
                 domain=("treatise",), range=("language",)),
    kgx.Relation("first_published_in", phrase="was first published in",
                 inverse_phrase="saw the first edition of",
                 domain=("treatise",), range=("city",)),
    kgx.Relation("branch", phrase="is a work of", inverse_phrase="is the field of",
                 domain=("treatise",), range=("branch",)),
    kgx.Relation("movement", phrase="belongs to", inverse_phrase="counts among its works",
                 domain=("treatise",), range=("movement",)),
]

# slug: (label, year, philosopher, language, city or None, branches, movement or None)
TREATISES = {
    "novum_organum": ("Novum Organum", 1620, "francis_bacon", "latin", "london", ["logic"], "empiricism"),
    "discourse_on_method": ("Discourse on the Method", 1637, "rene_descartes", "french", "leiden", ["epistemology"], "rationalism"),
    "meditations": ("Meditations on First Philosophy", 1641, "rene_descartes", "latin", "paris", ["metaphysics"], "rationalism"),
    "leviathan": ("Leviathan", 1651, "thomas_hobbes", "english", "london", ["political_philosophy"], None),
    "ethics": ("Ethics", 1677, "baruch_spinoza", "latin", "amsterdam", ["ethics", "metaphysics"], "rationalism"),
    "essay_human_understanding": ("An Essay Concerning Human Understanding", 1689, "john_locke", "english", "london", ["epistemology"], "empiricism"),
    "two_treatises": ("Two Treatises of Government", 1689, "john_locke", "english", "london", ["political_philosophy"], None),
    "principles_human_knowledge": ("A Treatise Concerning the Principles of Human Knowledge", 1710, "george_berkeley", "english", "dublin", ["metaphysics"], "empiricism"),
    "treatise_human_nature": ("A Treatise of Human Nature", 1739, "david_hume", "english", "london", ["epistemology"], "empiricism"),
    "enquiry_human_understanding": ("An Enquiry Concerning Human Understanding", 1748, "david_hume", "english", "london", ["epistemology"], "empiricism"),
    "social_contract": ("The Social Contract", 1762, "jean_jacques_rousseau", "french", "amsterdam", ["political_philosophy"], None),
    "critique_pure_reason": ("Critique of Pure Reason", 1781, "immanuel_kant", "german", "riga", ["epistemology", "metaphysics"], None),
    "groundwork": ("Groundwork of the Metaphysics of Morals", 1785, "immanuel_kant", "german", "riga", ["ethics"], None),
    "phenomenology_of_spirit": ("The Phenomenology of Spirit", 1807, "georg_wilhelm_friedrich_hegel", "german", "bamberg", ["metaphysics"], "german_idealism"),
    "either_or": ("Either/Or", 1843, "soren_kierkegaard", "danish", "copenhagen", ["ethics", "aesthetics"], "existentialism"),
    "on_liberty": ("On Liberty", 1859, "john_stuart_mill", "english", "london", ["political_philosophy"], None),
    "beyond_good_and_evil": ("Beyond Good and Evil", 1886, "friedrich_nietzsche", "german", "leipzig", ["ethics"], None),
    "tractatus": ("Tractatus Logico-Philosophicus", 1921, "ludwig_wittgenstein", "german", None, ["logic"], None),
    "being_and_nothingness": ("Being and Nothingness", 1943, "jean_paul_sartre", "french", "paris", ["metaphysics"], "existentialism"),
}

PHILOSOPHERS = {
    "francis_bacon": "Francis Bacon", "rene_descartes": "René Descartes",
    "thomas_hobbes": "Thomas Hobbes", "baruch_spinoza": "Baruch Spinoza",
    "john_locke": "John Locke", "george_berkeley": "George Berkeley",
    "david_hume": "David Hume", "jean_jacques_rousseau": "Jean-Jacques Rousseau",
    "immanuel_kant": "Immanuel Kant", "georg_wilhelm_friedrich_hegel": "Georg Wilhelm Friedrich Hegel",
    "soren_kierkegaard": "Søren Kierkegaard", "john_stuart_mill": "John Stuart Mill",
    "friedrich_nietzsche": "Friedrich Nietzsche", "ludwig_wittgenstein": "Ludwig Wittgenstein",
    "jean_paul_sartre": "Jean-Paul Sartre",
}
LANGUAGES = {"latin": "Latin", "french": "French", "english": "English", "german": "German", "danish": "Danish"}
CITIES = {"london": "London", "leiden": "Leiden", "paris": "Paris", "amsterdam": "Amsterdam",
          "dublin": "Dublin", "riga": "Riga", "bamberg": "Bamberg", "copenhagen": "Copenhagen",
          "leipzig": "Leipzig"}
BRANCHES = {"logic": "Logic", "epistemology": "Epistemology", "metaphysics": "Metaphysics",
            "ethics": "Ethics", "political_philosophy": "Political philosophy", "aesthetics": "Aesthetics"}
MOVEMENTS = {"empiricism": "Empiricism", "rationalism": "Rationalism",
             "german_idealism": "German idealism", "existentialism": "Existentialism"}

RATINGS = {
    "ana": [("meditations", 4.5), ("critique_pure_reason", 5.0), ("leviathan", 2.0), ("being_and_nothingness", 3.5)],
    "ben": [("beyond_good_and_evil", 5.0), ("either_or", 4.0), ("on_liberty", 1.5), ("treatise_human_nature", 3.0)],
    "chen": [("social_contract", 4.0), ("ethics", 5.0), ("tractatus", 1.0), ("groundwork", 2.5)],
    "dara": [("phenomenology_of_spirit", 0.5), ("enquiry_human_understanding", 4.5), ("novum_organum", 3.0), ("two_treatises", 4.0)],
    "emil": [("discourse_on_method", 5.0), ("principles_human_knowledge", 2.0), ("essay_human_understanding", 4.0), ("being_and_nothingness", 1.5)],
}


def entities():
    out = []
    for slug, (label, year, *_rest) in TREATISES.items():
        out.append(kgx.Entity(f"treatise:{slug}", kind="item", type="treatise", label=label, attrs={"year": year}))
    for prefix, typ, table in [("philosopher", "philosopher", PHILOSOPHERS), ("language", "language", LANGUAGES),
                               ("city", "city", CITIES), ("branch", "branch", BRANCHES),
                               ("movement", "movement", MOVEMENTS)]:
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label))
    for name in RATINGS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, (_label, _year, phil, lang, city, branches, movement) in TREATISES.items():
        t = f"treatise:{slug}"
        out.append((t, "written_by", f"philosopher:{phil}"))
        out.append((t, "written_in", f"language:{lang}"))
        if city:
            out.append((t, "first_published_in", f"city:{city}"))
        for b in branches:
            out.append((t, "branch", f"branch:{b}"))
        if movement:
            out.append((t, "movement", f"movement:{movement}"))
    for name, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{name}", "rated", f"treatise:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind212")
