"""A small archbishops graph for blind395.

Items are archbishops; ``year`` is the year each became archbishop of the see linked
through ``archbishop_of``.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("archbishop",)),
    kgx.Relation("archbishop_of", phrase="was archbishop of", inverse_phrase="was led by",
                 domain=("archbishop",), range=("see",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("archbishop",), range=("place",)),
    kgx.Relation("studied_at", phrase="studied at", inverse_phrase="educated",
                 domain=("archbishop",), range=("university",)),
    kgx.Relation("belonged_to", phrase="belonged to", inverse_phrase="counted among its archbishops",
                 domain=("archbishop",), range=("church",)),
    kgx.Relation("rose_to", phrase="rose to the rank of", inverse_phrase="was the rank reached by",
                 domain=("archbishop",), range=("rank",)),
    kgx.Relation("venerated_as", phrase="is venerated as", inverse_phrase="is a title given to",
                 domain=("archbishop",), range=("title",)),
]

# slug, label, year (became archbishop of the see below)
_ARCHBISHOPS = [
    ("thomas_becket", "Thomas Becket", 1162),
    ("anselm", "Anselm of Canterbury", 1093),
    ("thomas_cranmer", "Thomas Cranmer", 1533),
    ("william_laud", "William Laud", 1633),
    ("desmond_tutu", "Desmond Tutu", 1986),
    ("rowan_williams", "Rowan Williams", 2002),
    ("justin_welby", "Justin Welby", 2013),
    ("oscar_romero", "Óscar Romero", 1977),
    ("jorge_bergoglio", "Jorge Mario Bergoglio", 1998),
    ("karol_wojtyla", "Karol Wojtyła", 1964),
    ("joseph_ratzinger", "Joseph Ratzinger", 1977),
    ("carlo_maria_martini", "Carlo Maria Martini", 1979),
    ("charles_borromeo", "Charles Borromeo", 1564),
    ("thomas_wolsey", "Thomas Wolsey", 1514),
    ("stefan_wyszynski", "Stefan Wyszyński", 1948),
    ("nathan_soderblom", "Nathan Söderblom", 1914),
    ("helder_camara", "Hélder Câmara", 1964),
    ("francis_spellman", "Francis Spellman", 1939),
]

_ATTRIBUTES = {
    "see": [("canterbury", "Canterbury"), ("york", "York"), ("cape_town", "Cape Town"),
            ("san_salvador", "San Salvador"), ("buenos_aires", "Buenos Aires"),
            ("krakow", "Kraków"), ("munich_freising", "Munich and Freising"),
            ("milan", "Milan"), ("warsaw", "Warsaw"), ("uppsala", "Uppsala"),
            ("olinda_recife", "Olinda and Recife"), ("new_york", "New York")],
    "place": [("london", "London"), ("aosta", "Aosta"), ("aslockton", "Aslockton"),
              ("reading", "Reading"), ("klerksdorp", "Klerksdorp"), ("swansea", "Swansea"),
              ("ciudad_barrios", "Ciudad Barrios"), ("buenos_aires", "Buenos Aires"),
              ("wadowice", "Wadowice"), ("marktl", "Marktl"), ("turin", "Turin"),
              ("arona", "Arona"), ("ipswich", "Ipswich"), ("zuzela", "Zuzela"),
              ("trono", "Trönö"), ("fortaleza", "Fortaleza"), ("whitman", "Whitman")],
    "university": [("cambridge", "University of Cambridge"), ("oxford", "University of Oxford"),
                   ("kings_college_london", "King's College London"),
                   ("gregorian", "Pontifical Gregorian University"),
                   ("jagiellonian", "Jagiellonian University"),
                   ("lmu_munich", "University of Munich"), ("pavia", "University of Pavia"),
                   ("kul_lublin", "Catholic University of Lublin"),
                   ("uppsala_university", "Uppsala University"),
                   ("fordham", "Fordham University")],
    "church": [("catholic", "Catholic Church"), ("church_of_england", "Church of England"),
               ("acsa", "Anglican Church of Southern Africa"),
               ("church_of_sweden", "Church of Sweden")],
    "rank": [("cardinal", "Cardinal"), ("pope", "Pope")],
    "title": [("saint", "Saint"), ("martyr", "Martyr"),
              ("doctor_of_the_church", "Doctor of the Church")],
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"archbishop:{slug}", kind="item", type="archbishop", label=label,
                      attrs={"year": year}) for slug, label, year in _ARCHBISHOPS]
    for typ, pairs in _ATTRIBUTES.items():
        out += [kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label)
                for slug, label in pairs]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


# archbishop slug: see, birthplace, universities, church, ranks, titles
_FACTS = {
    "thomas_becket": ("canterbury", "london", [], "catholic", [], ["saint", "martyr"]),
    "anselm": ("canterbury", "aosta", [], "catholic", [], ["saint", "doctor_of_the_church"]),
    "thomas_cranmer": ("canterbury", "aslockton", ["cambridge"], "church_of_england", [], []),
    "william_laud": ("canterbury", "reading", ["oxford"], "church_of_england", [], []),
    "desmond_tutu": ("cape_town", "klerksdorp", ["kings_college_london"], "acsa", [], []),
    "rowan_williams": ("canterbury", "swansea", ["cambridge", "oxford"], "church_of_england", [], []),
    "justin_welby": ("canterbury", "london", ["cambridge"], "church_of_england", [], []),
    "oscar_romero": ("san_salvador", "ciudad_barrios", ["gregorian"], "catholic", [], ["saint", "martyr"]),
    "jorge_bergoglio": ("buenos_aires", "buenos_aires", [], "catholic", ["cardinal", "pope"], []),
    "karol_wojtyla": ("krakow", "wadowice", ["jagiellonian"], "catholic", ["cardinal", "pope"], ["saint"]),
    "joseph_ratzinger": ("munich_freising", "marktl", ["lmu_munich"], "catholic", ["cardinal", "pope"], []),
    "carlo_maria_martini": ("milan", "turin", ["gregorian"], "catholic", ["cardinal"], []),
    "charles_borromeo": ("milan", "arona", ["pavia"], "catholic", ["cardinal"], ["saint"]),
    "thomas_wolsey": ("york", "ipswich", ["oxford"], "catholic", ["cardinal"], []),
    "stefan_wyszynski": ("warsaw", "zuzela", ["kul_lublin"], "catholic", ["cardinal"], []),
    "nathan_soderblom": ("uppsala", "trono", ["uppsala_university"], "church_of_sweden", [], []),
    "helder_camara": ("olinda_recife", "fortaleza", [], "catholic", [], []),
    "francis_spellman": ("new_york", "whitman", ["fordham"], "catholic", ["cardinal"], []),
}

_RATINGS = {
    "ana": [("thomas_becket", 5.0), ("oscar_romero", 4.5), ("desmond_tutu", 4.0), ("thomas_wolsey", 2.0)],
    "ben": [("thomas_cranmer", 4.5), ("william_laud", 1.5), ("anselm", 3.0), ("nathan_soderblom", 5.0)],
    "chen": [("karol_wojtyla", 4.0), ("joseph_ratzinger", 2.5), ("jorge_bergoglio", 5.0),
             ("carlo_maria_martini", 1.0)],
    "dara": [("charles_borromeo", 4.5), ("helder_camara", 5.0), ("francis_spellman", 2.0),
             ("justin_welby", 3.5)],
    "emil": [("rowan_williams", 4.0), ("stefan_wyszynski", 3.0), ("desmond_tutu", 1.5),
             ("thomas_becket", 4.5)],
}


def rows():
    out = []
    for slug, (see, born, unis, church, ranks, titles) in _FACTS.items():
        head = f"archbishop:{slug}"
        out.append((head, "archbishop_of", f"see:{see}"))
        out.append((head, "born_in", f"place:{born}"))
        out += [(head, "studied_at", f"university:{u}") for u in unis]
        out.append((head, "belonged_to", f"church:{church}"))
        out += [(head, "rose_to", f"rank:{r}") for r in ranks]
        out += [(head, "venerated_as", f"title:{t}") for t in titles]
    for user, pairs in _RATINGS.items():
        out += [(f"user:{user}", "rated", f"archbishop:{slug}", {"rating": r}) for slug, r in pairs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind395")
