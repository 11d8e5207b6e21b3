"""A small graph of real public statues (blind379)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("statue",)),
    kgx.Relation("located_in", phrase="stands in", inverse_phrase="is home to", domain=("statue",), range=("city",)),
    kgx.Relation("sculpted_by", phrase="was sculpted by", inverse_phrase="sculpted", domain=("statue",), range=("sculptor",)),
    kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted by", domain=("statue",), range=("subject",)),
    kgx.Relation("made_of", phrase="is made of", inverse_phrase="is the material of", domain=("statue",), range=("material",)),
    kgx.Relation("has_form", phrase="is a", inverse_phrase="is the form of", domain=("statue",), range=("form",)),
]

# slug, label, year, city, sculptor, subject, material, form
STATUES = [
    ("liberty", "Statue of Liberty", 1886, "new_york_city", "bartholdi", "libertas", "copper", "colossal"),
    ("christ_redeemer", "Christ the Redeemer", 1931, "rio_de_janeiro", "landowski", "jesus_christ", "concrete", "colossal"),
    ("david", "David", 1504, "florence", "michelangelo", None, "marble", None),
    ("little_mermaid", "The Little Mermaid", 1913, "copenhagen", "eriksen", None, "bronze", "seated"),
    ("bronze_horseman", "The Bronze Horseman", 1782, "saint_petersburg", "falconet", "peter_the_great", "bronze", "equestrian"),
    ("motherland_calls", "The Motherland Calls", 1967, "volgograd", "vuchetich", None, "concrete", "colossal"),
    ("manneken_pis", "Manneken Pis", 1619, "brussels", "duquesnoy", None, "bronze", None),
    ("charging_bull", "Charging Bull", 1989, "new_york_city", "di_modica", None, "bronze", None),
    ("fearless_girl", "Fearless Girl", 2017, "new_york_city", "visbal", None, "bronze", None),
    ("thinker", "The Thinker", 1904, "paris", "rodin", None, "bronze", "seated"),
    ("statue_of_unity", "Statue of Unity", 2018, "kevadia", "sutar", "vallabhbhai_patel", "bronze", "colossal"),
    ("spring_temple_buddha", "Spring Temple Buddha", 2008, "lushan_county", None, "vairocana", "copper", "colossal"),
    ("angel_of_the_north", "Angel of the North", 1998, "gateshead", "gormley", None, "weathering_steel", None),
    ("peter_pan", "Peter Pan statue", 1912, "london", "frampton", "peter_pan", "bronze", None),
    ("lincoln", "Statue of Abraham Lincoln", 1922, "washington_dc", "french", "abraham_lincoln", "marble", "seated"),
    ("greyfriars_bobby", "Greyfriars Bobby", 1873, "edinburgh", "brodie", None, "bronze", None),
    ("joan_of_arc", "Statue of Joan of Arc", 1874, "paris", "fremiet", "joan_of_arc", "bronze", "equestrian"),
    ("bremen_musicians", "Town Musicians of Bremen", 1953, "bremen", "marcks", None, "bronze", None),
    ("lion_of_belfort", "Lion of Belfort", 1880, "belfort", "bartholdi", None, "sandstone", None),
    ("burghers_of_calais", "The Burghers of Calais", 1895, "calais", "rodin", None, "bronze", None),
]

CITIES = {
    "new_york_city": "New York City", "rio_de_janeiro": "Rio de Janeiro", "florence": "Florence",
    "copenhagen": "Copenhagen", "saint_petersburg": "Saint Petersburg", "volgograd": "Volgograd",
    "brussels": "Brussels", "paris": "Paris", "kevadia": "Kevadia", "lushan_county": "Lushan County",
    "gateshead": "Gateshead", "london": "London", "washington_dc": "Washington, D.C.",
    "edinburgh": "Edinburgh", "bremen": "Bremen", "belfort": "Belfort", "calais": "Calais",
}
SCULPTORS = {
    "bartholdi": "Frédéric Auguste Bartholdi", "landowski": "Paul Landowski", "michelangelo": "Michelangelo",
    "eriksen": "Edvard Eriksen", "falconet": "Étienne Maurice Falconet", "vuchetich": "Yevgeny Vuchetich",
    "duquesnoy": "Jérôme Duquesnoy the Elder", "di_modica": "Arturo Di Modica", "visbal": "Kristen Visbal",
    "rodin": "Auguste Rodin", "sutar": "Ram V. Sutar", "gormley": "Antony Gormley",
    "frampton": "George Frampton", "french": "Daniel Chester French", "brodie": "William Brodie",
    "fremiet": "Emmanuel Frémiet", "marcks": "Gerhard Marcks",
}
SUBJECTS = {
    "libertas": "Libertas", "jesus_christ": "Jesus Christ", "peter_the_great": "Peter the Great",
    "vallabhbhai_patel": "Vallabhbhai Patel", "vairocana": "Vairocana", "peter_pan": "Peter Pan",
    "abraham_lincoln": "Abraham Lincoln", "joan_of_arc": "Joan of Arc",
}
MATERIALS = {
    "copper": "copper", "concrete": "concrete", "marble": "marble", "bronze": "bronze",
    "weathering_steel": "weathering steel", "sandstone": "sandstone",
}
FORMS = {"colossal": "colossal statue", "seated": "seated statue", "equestrian": "equestrian statue"}

RATINGS = {
    "ana": [("liberty", 5.0), ("thinker", 4.5), ("manneken_pis", 2.0), ("angel_of_the_north", 3.5)],
    "ben": [("charging_bull", 4.0), ("fearless_girl", 1.5), ("bronze_horseman", 5.0), ("david", 3.0)],
    "chen": [("christ_redeemer", 4.5), ("statue_of_unity", 2.5), ("little_mermaid", 1.0), ("spring_temple_buddha", 4.0)],
    "dara": [("greyfriars_bobby", 5.0), ("peter_pan", 4.0), ("lion_of_belfort", 2.0), ("motherland_calls", 3.0)],
    "emil": [("lincoln", 4.5), ("joan_of_arc", 3.5), ("burghers_of_calais", 5.0), ("bremen_musicians", 1.5)],
}


def entities():
    out = []
    for slug, label, year, *_ in STATUES:
        out.append(kgx.Entity(f"statue:{slug}", kind="item", type="statue", label=label, attrs={"year": year}))
    for prefix, table in [("city", CITIES), ("sculptor", SCULPTORS), ("subject", SUBJECTS),
                          ("material", MATERIALS), ("form", FORMS)]:
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=prefix, label=label))
    for name in RATINGS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, _label, _year, city, sculptor, subject, material, form in STATUES:
        s = f"statue:{slug}"
        out.append((s, "located_in", f"city:{city}"))
        if sculptor:
            out.append((s, "sculpted_by", f"sculptor:{sculptor}"))
        if subject:
            out.append((s, "depicts", f"subject:{subject}"))
        out.append((s, "made_of", f"material:{material}"))
        if form:
            out.append((s, "has_form", f"form:{form}"))
    for name, rated in RATINGS.items():
        for slug, r in rated:
            out.append((f"user:{name}", "rated", f"statue:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind379")
