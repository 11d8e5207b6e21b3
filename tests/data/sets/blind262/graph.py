"""A small graph of real scientific journals (blind262)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("journal",)),
    kgx.Relation("published_by", phrase="is published by", inverse_phrase="publishes",
                 domain=("journal",), range=("publisher",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("journal",), range=("person",)),
    kgx.Relation("covers_field", phrase="covers", inverse_phrase="is the field covered by",
                 domain=("journal",), range=("field",)),
    kgx.Relation("based_in", phrase="is based in", inverse_phrase="is the home of",
                 domain=("journal",), range=("city",)),
    kgx.Relation("issued", phrase="is issued", inverse_phrase="is the publication schedule of",
                 domain=("journal",), range=("frequency",)),
]

JOURNALS = [
    ("nature", "Nature", 1869),
    ("science", "Science", 1880),
    ("the_lancet", "The Lancet", 1823),
    ("nejm", "The New England Journal of Medicine", 1812),
    ("jama", "JAMA", 1883),
    ("bmj", "The BMJ", 1840),
    ("prl", "Physical Review Letters", 1958),
    ("physical_review", "Physical Review", 1893),
    ("cell", "Cell", 1974),
    ("phil_trans", "Philosophical Transactions of the Royal Society", 1665),
    ("jacs", "Journal of the American Chemical Society", 1879),
    ("apj", "The Astrophysical Journal", 1895),
    ("annals_of_mathematics", "Annals of Mathematics", 1884),
    ("acta_mathematica", "Acta Mathematica", 1882),
    ("pnas", "Proceedings of the National Academy of Sciences", 1915),
    ("angewandte_chemie", "Angewandte Chemie", 1887),
    ("plos_one", "PLOS ONE", 2006),
    ("mnras", "Monthly Notices of the Royal Astronomical Society", 1827),
]

PUBLISHERS = [
    ("springer_nature", "Springer Nature"),
    ("aaas", "American Association for the Advancement of Science"),
    ("elsevier", "Elsevier"),
    ("massachusetts_medical_society", "Massachusetts Medical Society"),
    ("ama", "American Medical Association"),
    ("bmj_group", "BMJ Group"),
    ("aps", "American Physical Society"),
    ("cell_press", "Cell Press"),
    ("royal_society", "Royal Society"),
    ("acs", "American Chemical Society"),
    ("iop_publishing", "IOP Publishing"),
    ("princeton_university", "Princeton University"),
    ("institut_mittag_leffler", "Institut Mittag-Leffler"),
    ("nas", "National Academy of Sciences"),
    ("wiley_vch", "Wiley-VCH"),
    ("plos", "Public Library of Science"),
    ("oup", "Oxford University Press"),
]

PEOPLE = [
    ("norman_lockyer", "Norman Lockyer"),
    ("john_michels", "John Michels"),
    ("thomas_wakley", "Thomas Wakley"),
    ("john_collins_warren", "John Collins Warren"),
    ("samuel_goudsmit", "Samuel Goudsmit"),
    ("edward_nichols", "Edward Nichols"),
    ("benjamin_lewin", "Benjamin Lewin"),
    ("henry_oldenburg", "Henry Oldenburg"),
    ("george_ellery_hale", "George Ellery Hale"),
    ("james_keeler", "James Keeler"),
    ("ormond_stone", "Ormond Stone"),
    ("gosta_mittag_leffler", "Gösta Mittag-Leffler"),
]

FIELDS = [
    ("multidisciplinary_science", "multidisciplinary science"),
    ("medicine", "medicine"),
    ("physics", "physics"),
    ("biology", "biology"),
    ("chemistry", "chemistry"),
    ("astronomy", "astronomy"),
    ("mathematics", "mathematics"),
]

CITIES = [
    ("london", "London"),
    ("washington_dc", "Washington, D.C."),
    ("boston", "Boston"),
    ("chicago", "Chicago"),
    ("cambridge_massachusetts", "Cambridge, Massachusetts"),
    ("san_francisco", "San Francisco"),
    ("weinheim", "Weinheim"),
]

FREQUENCIES = [
    ("weekly", "weekly"),
    ("biweekly", "biweekly"),
    ("bimonthly", "bimonthly"),
    ("quarterly", "quarterly"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year in JOURNALS:
        out.append(kgx.Entity(f"journal:{slug}", kind="item", type="journal", label=label,
                              attrs={"year": year}))
    for prefix, typ, table in [("publisher", "publisher", PUBLISHERS), ("person", "person", PEOPLE),
                               ("field", "field", FIELDS), ("city", "city", CITIES),
                               ("frequency", "frequency", FREQUENCIES)]:
        for slug, label in table:
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


# journal slug: (publisher, founders, field, city, frequency)
FACTS = {
    "nature": ("springer_nature", ["norman_lockyer"], "multidisciplinary_science", "london", "weekly"),
    "science": ("aaas", ["john_michels"], "multidisciplinary_science", "washington_dc", "weekly"),
    "the_lancet": ("elsevier", ["thomas_wakley"], "medicine", "london", "weekly"),
    "nejm": ("massachusetts_medical_society", ["john_collins_warren"], "medicine", "boston", "weekly"),
    "jama": ("ama", [], "medicine", "chicago", "weekly"),
    "bmj": ("bmj_group", [], "medicine", "london", "weekly"),
    "prl": ("aps", ["samuel_goudsmit"], "physics", None, "weekly"),
    "physical_review": ("aps", ["edward_nichols"], "physics", None, None),
    "cell": ("cell_press", ["benjamin_lewin"], "biology", "cambridge_massachusetts", "biweekly"),
    "phil_trans": ("royal_society", ["henry_oldenburg"], None, "london", None),
    "jacs": ("acs", [], "chemistry", "washington_dc", "weekly"),
    "apj": ("iop_publishing", ["george_ellery_hale", "james_keeler"], "astronomy", None, None),
    "annals_of_mathematics": ("princeton_university", ["ormond_stone"], "mathematics", None, "bimonthly"),
    "acta_mathematica": ("institut_mittag_leffler", ["gosta_mittag_leffler"], "mathematics", None, "quarterly"),
    "pnas": ("nas", [], "multidisciplinary_science", "washington_dc", "weekly"),
    "angewandte_chemie": ("wiley_vch", [], "chemistry", "weinheim", "weekly"),
    "plos_one": ("plos", [], "multidisciplinary_science", "san_francisco", None),
    "mnras": ("oup", [], "astronomy", None, None),
}

RATINGS = {
    "ana": [("nature", 5.0), ("the_lancet", 4.5), ("prl", 2.0), ("cell", 3.0)],
    "ben": [("science", 4.0), ("jacs", 1.5), ("annals_of_mathematics", 5.0), ("apj", 3.5)],
    "chen": [("nejm", 1.0), ("cell", 4.5), ("plos_one", 2.5), ("angewandte_chemie", 4.0)],
    "dara": [("phil_trans", 5.0), ("mnras", 4.0), ("bmj", 0.5), ("acta_mathematica", 3.0)],
    "emil": [("jama", 2.0), ("pnas", 4.5), ("physical_review", 5.0), ("nature", 1.5)],
}


def rows():
    out = []
    for slug, (pub, founders, field, city, freq) in FACTS.items():
        j = f"journal:{slug}"
        out.append((j, "published_by", f"publisher:{pub}"))
        for p in founders:
            out.append((j, "founded_by", f"person:{p}"))
        if field:
            out.append((j, "covers_field", f"field:{field}"))
        if city:
            out.append((j, "based_in", f"city:{city}"))
        if freq:
            out.append((j, "issued", f"frequency:{freq}"))
    for u, items in RATINGS.items():
        for slug, r in items:
            out.append((f"user:{u}", "rated", f"journal:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind262")
