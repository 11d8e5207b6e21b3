"""A small restaurants graph: famous restaurants with their chefs, cities, cuisines, owning groups,
founders and years opened, plus five diners who rated them."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("restaurant",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("restaurant",), range=("city",)),
    kgx.Relation("chef", phrase="has as head chef", inverse_phrase="is the head chef of", domain=("restaurant",), range=("person",)),
    kgx.Relation("serves_cuisine", phrase="serves", inverse_phrase="is served at", domain=("restaurant",), range=("cuisine",)),
    kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("restaurant",), range=("company",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("restaurant",), range=("person",)),
    kgx.Relation("in_country", phrase="is in", inverse_phrase="contains", domain=("city",), range=("country",)),
]

_ITEMS = [
    ("restaurant:noma", "Noma", 2003),
    ("restaurant:el_bulli", "El Bulli", 1964),
    ("restaurant:the_french_laundry", "The French Laundry", 1978),
    ("restaurant:per_se", "Per Se", 2004),
    ("restaurant:le_bernardin", "Le Bernardin", 1986),
    ("restaurant:eleven_madison_park", "Eleven Madison Park", 1998),
    ("restaurant:gramercy_tavern", "Gramercy Tavern", 1994),
    ("restaurant:chez_panisse", "Chez Panisse", 1971),
    ("restaurant:the_fat_duck", "The Fat Duck", 1995),
    ("restaurant:osteria_francescana", "Osteria Francescana", 1995),
    ("restaurant:momofuku_noodle_bar", "Momofuku Noodle Bar", 2004),
    ("restaurant:nobu", "Nobu", 1994),
    ("restaurant:alinea", "Alinea", 2005),
    ("restaurant:mirazur", "Mirazur", 2006),
    ("restaurant:central", "Central", 2008),
    ("restaurant:arzak", "Arzak", 1897),
]

_ATTRS = {
    "person": ["René Redzepi", "Claus Meyer", "Ferran Adrià", "Hans Schilling", "Thomas Keller",
               "Eric Ripert", "Maguy Le Coze", "Gilbert Le Coze", "Daniel Humm", "Danny Meyer",
               "Michael Anthony", "Tom Colicchio", "Alice Waters", "Heston Blumenthal",
               "Massimo Bottura", "David Chang", "Nobu Matsuhisa", "Robert De Niro", "Grant Achatz",
               "Nick Kokonas", "Mauro Colagreco", "Virgilio Martínez", "Juan Mari Arzak", "Elena Arzak"],
    "city": ["Copenhagen", "Roses", "Yountville", "New York City", "Berkeley", "Bray", "Modena",
             "Chicago", "Menton", "Lima", "San Sebastián"],
    "country": ["Denmark", "Spain", "United States", "England", "Italy", "France", "Peru"],
    "cuisine": ["New Nordic", "Molecular Gastronomy", "French", "New American", "Seafood",
                "Californian", "Italian", "Asian American", "Japanese", "Mediterranean", "Peruvian",
                "Basque"],
    "company": ["Thomas Keller Restaurant Group", "Union Square Hospitality Group", "Make It Nice",
                "Momofuku", "Nobu Hospitality", "The Alinea Group"],
}

USERS = ["ana", "ben", "chloe", "dev", "emma"]


def _slug(label):
    import unicodedata
    s = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    return "_".join(s.lower().replace(".", "").split())


def aid(kind, label):
    return f"{kind}:{_slug(label)}"


def entities():
    out = [kgx.Entity(i, kind="item", type="restaurant", label=lab, attrs={"year": y}) for i, lab, y in _ITEMS]
    for kind, labels in _ATTRS.items():
        out += [kgx.Entity(aid(kind, lab), kind="attribute", type=kind, label=lab) for lab in labels]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    def P(lab):
        return aid("person", lab)
    def C(lab):
        return aid("city", lab)
    def K(lab):
        return aid("country", lab)
    def Q(lab):
        return aid("cuisine", lab)
    def G(lab):
        return aid("company", lab)
    def R(s):
        return f"restaurant:{s}"
    t = []
    # city -> country
    for city, country in [("Copenhagen", "Denmark"), ("Roses", "Spain"), ("Yountville", "United States"),
                          ("New York City", "United States"), ("Berkeley", "United States"), ("Bray", "England"),
                          ("Modena", "Italy"), ("Chicago", "United States"), ("Menton", "France"),
                          ("Lima", "Peru"), ("San Sebastián", "Spain")]:
        t.append((C(city), "in_country", K(country)))
    facts = {
        "noma": dict(city="Copenhagen", chef=["René Redzepi"], cuisine=["New Nordic"], founders=["René Redzepi", "Claus Meyer"]),
        "el_bulli": dict(city="Roses", chef=["Ferran Adrià"], cuisine=["Molecular Gastronomy"], founders=["Hans Schilling"]),
        "the_french_laundry": dict(city="Yountville", chef=["Thomas Keller"], cuisine=["French"], owner="Thomas Keller Restaurant Group"),
        "per_se": dict(city="New York City", chef=["Thomas Keller"], cuisine=["French", "New American"], owner="Thomas Keller Restaurant Group", founders=["Thomas Keller"]),
        "le_bernardin": dict(city="New York City", chef=["Eric Ripert"], cuisine=["French", "Seafood"], founders=["Maguy Le Coze", "Gilbert Le Coze"]),
        "eleven_madison_park": dict(city="New York City", chef=["Daniel Humm"], cuisine=["New American"], owner="Make It Nice", founders=["Danny Meyer"]),
        "gramercy_tavern": dict(city="New York City", chef=["Michael Anthony"], cuisine=["New American"], owner="Union Square Hospitality Group", founders=["Danny Meyer", "Tom Colicchio"]),
        "chez_panisse": dict(city="Berkeley", chef=["Alice Waters"], cuisine=["Californian"], founders=["Alice Waters"]),
        "the_fat_duck": dict(city="Bray", chef=["Heston Blumenthal"], cuisine=["Molecular Gastronomy"], founders=["Heston Blumenthal"]),
        "osteria_francescana": dict(city="Modena", chef=["Massimo Bottura"], cuisine=["Italian"], founders=["Massimo Bottura"]),
        "momofuku_noodle_bar": dict(city="New York City", chef=["David Chang"], cuisine=["Asian American"], owner="Momofuku", founders=["David Chang"]),
        "nobu": dict(city="New York City", chef=["Nobu Matsuhisa"], cuisine=["Japanese"], owner="Nobu Hospitality", founders=["Nobu Matsuhisa", "Robert De Niro"]),
        "alinea": dict(city="Chicago", chef=["Grant Achatz"], cuisine=["Molecular Gastronomy", "New American"], owner="The Alinea Group", founders=["Grant Achatz", "Nick Kokonas"]),
        "mirazur": dict(city="Menton", chef=["Mauro Colagreco"], cuisine=["French", "Mediterranean"], founders=["Mauro Colagreco"]),
        "central": dict(city="Lima", chef=["Virgilio Martínez"], cuisine=["Peruvian"], founders=["Virgilio Martínez"]),
        "arzak": dict(city="San Sebastián", chef=["Juan Mari Arzak", "Elena Arzak"], cuisine=["Basque"]),
    }
    for r, f in facts.items():
        t.append((R(r), "located_in", C(f["city"])))
        t += [(R(r), "chef", P(p)) for p in f["chef"]]
        t += [(R(r), "serves_cuisine", Q(c)) for c in f["cuisine"]]
        if "owner" in f:
            t.append((R(r), "owned_by", G(f["owner"])))
        t += [(R(r), "founded_by", P(p)) for p in f.get("founders", [])]
    ratings = {
        "ana": [("noma", 5.0), ("el_bulli", 4.5), ("the_fat_duck", 3.0), ("central", 4.0)],
        "ben": [("per_se", 4.5), ("the_french_laundry", 5.0), ("gramercy_tavern", 3.5), ("nobu", 2.5)],
        "chloe": [("chez_panisse", 4.0), ("osteria_francescana", 5.0), ("momofuku_noodle_bar", 2.0), ("mirazur", 4.5)],
        "dev": [("alinea", 5.0), ("le_bernardin", 4.0), ("eleven_madison_park", 3.0), ("noma", 1.5)],
        "emma": [("arzak", 4.5), ("nobu", 4.0), ("momofuku_noodle_bar", 5.0), ("the_fat_duck", 2.0)],
    }
    for u, rs in ratings.items():
        t += [(f"user:{u}", "rated", R(r), {"rating": v}) for r, v in rs]
    return t


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind70")
