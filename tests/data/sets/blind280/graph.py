"""A small graph of coffee varieties (blind280).

Each coffee item carries a ``year``: the year the variety was first recorded,
discovered, selected, created or released, as commonly reported (World Coffee
Research variety catalogue and breeders' histories).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("coffee",)),
    kgx.Relation("originated_in", phrase="originated in", inverse_phrase="is the birthplace of",
                 domain=("coffee",), range=("place",)),
    kgx.Relation("developed_by", phrase="was developed by", inverse_phrase="developed",
                 domain=("coffee",), range=("organisation",)),
    kgx.Relation("descends_from", phrase="descends from", inverse_phrase="is a parent of",
                 domain=("coffee",), range=("coffee",)),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the kind of",
                 domain=("coffee",), range=("kind",)),
    kgx.Relation("resistant_to", phrase="is resistant to", inverse_phrase="is resisted by",
                 domain=("coffee",), range=("disease",)),
]

_ITEMS = [
    # slug, label, year
    ("typica", "Typica", 1696),            # taken to Java by the Dutch
    ("bourbon", "Bourbon", 1708),          # planted on Bourbon island (Reunion)
    ("caturra", "Caturra", 1937),          # mutation of Bourbon, Brazil
    ("mundo_novo", "Mundo Novo", 1943),    # natural Bourbon x Sumatra (Typica) hybrid
    ("catuai", "Catuai", 1972),            # IAC release, Mundo Novo x Caturra
    ("pacas", "Pacas", 1949),              # Bourbon mutation, El Salvador
    ("maragogipe", "Maragogipe", 1870),    # Typica mutation, Bahia, Brazil
    ("pacamara", "Pacamara", 1958),        # Pacas x Maragogipe, ISIC
    ("gesha", "Gesha", 1936),              # collected near Gesha, Ethiopia
    ("sl28", "SL28", 1931),                # Scott Agricultural Laboratories, Kenya
    ("timor_hybrid", "Timor Hybrid", 1927),  # arabica x robusta, found on Timor
    ("catimor", "Catimor", 1959),          # Caturra x Timor Hybrid, CIFC Portugal
    ("variedad_colombia", "Variedad Colombia", 1982),  # Cenicafe
    ("castillo", "Castillo", 2005),        # Cenicafe
    ("tabi", "Tabi", 2002),                # Cenicafe
    ("ruiru_11", "Ruiru 11", 1985),        # Coffee Research Foundation, Kenya
    ("batian", "Batian", 2010),            # Coffee Research Foundation, Kenya
]

_ATTRS = [
    ("place:yemen", "place", "Yemen"),
    ("place:reunion", "place", "Reunion"),
    ("place:brazil", "place", "Brazil"),
    ("place:el_salvador", "place", "El Salvador"),
    ("place:ethiopia", "place", "Ethiopia"),
    ("place:kenya", "place", "Kenya"),
    ("place:timor", "place", "Timor"),
    ("place:colombia", "place", "Colombia"),
    ("place:portugal", "place", "Portugal"),
    ("org:iac", "organisation", "Instituto Agronomico de Campinas"),
    ("org:isic", "organisation", "Salvadoran Institute for Coffee Research"),
    ("org:scott_labs", "organisation", "Scott Agricultural Laboratories"),
    ("org:cifc", "organisation", "Coffee Rust Research Center"),
    ("org:cenicafe", "organisation", "Cenicafe"),
    ("org:crf", "organisation", "Coffee Research Foundation"),
    ("kind:natural_mutation", "kind", "natural mutation"),
    ("kind:natural_hybrid", "kind", "natural hybrid"),
    ("kind:hybrid", "kind", "hybrid"),
    ("kind:landrace", "kind", "landrace"),
    ("kind:selection", "kind", "selection"),
    ("disease:leaf_rust", "disease", "coffee leaf rust"),
    ("disease:berry_disease", "disease", "coffee berry disease"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"coffee:{slug}", kind="item", type="coffee", label=label, attrs={"year": year})
           for slug, label, year in _ITEMS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


_FACTS = [
    # origins
    ("coffee:typica", "originated_in", "place:yemen"),
    ("coffee:bourbon", "originated_in", "place:reunion"),
    ("coffee:caturra", "originated_in", "place:brazil"),
    ("coffee:mundo_novo", "originated_in", "place:brazil"),
    ("coffee:catuai", "originated_in", "place:brazil"),
    ("coffee:pacas", "originated_in", "place:el_salvador"),
    ("coffee:maragogipe", "originated_in", "place:brazil"),
    ("coffee:pacamara", "originated_in", "place:el_salvador"),
    ("coffee:gesha", "originated_in", "place:ethiopia"),
    ("coffee:sl28", "originated_in", "place:kenya"),
    ("coffee:timor_hybrid", "originated_in", "place:timor"),
    ("coffee:catimor", "originated_in", "place:portugal"),
    ("coffee:variedad_colombia", "originated_in", "place:colombia"),
    ("coffee:castillo", "originated_in", "place:colombia"),
    ("coffee:tabi", "originated_in", "place:colombia"),
    ("coffee:ruiru_11", "originated_in", "place:kenya"),
    ("coffee:batian", "originated_in", "place:kenya"),
    # breeders
    ("coffee:mundo_novo", "developed_by", "org:iac"),
    ("coffee:catuai", "developed_by", "org:iac"),
    ("coffee:pacamara", "developed_by", "org:isic"),
    ("coffee:sl28", "developed_by", "org:scott_labs"),
    ("coffee:catimor", "developed_by", "org:cifc"),
    ("coffee:variedad_colombia", "developed_by", "org:cenicafe"),
    ("coffee:castillo", "developed_by", "org:cenicafe"),
    ("coffee:tabi", "developed_by", "org:cenicafe"),
    ("coffee:ruiru_11", "developed_by", "org:crf"),
    ("coffee:batian", "developed_by", "org:crf"),
    # parentage
    ("coffee:caturra", "descends_from", "coffee:bourbon"),
    ("coffee:mundo_novo", "descends_from", "coffee:bourbon"),
    ("coffee:mundo_novo", "descends_from", "coffee:typica"),
    ("coffee:catuai", "descends_from", "coffee:mundo_novo"),
    ("coffee:catuai", "descends_from", "coffee:caturra"),
    ("coffee:pacas", "descends_from", "coffee:bourbon"),
    ("coffee:maragogipe", "descends_from", "coffee:typica"),
    ("coffee:pacamara", "descends_from", "coffee:pacas"),
    ("coffee:pacamara", "descends_from", "coffee:maragogipe"),
    ("coffee:catimor", "descends_from", "coffee:caturra"),
    ("coffee:catimor", "descends_from", "coffee:timor_hybrid"),
    ("coffee:variedad_colombia", "descends_from", "coffee:caturra"),
    ("coffee:variedad_colombia", "descends_from", "coffee:timor_hybrid"),
    ("coffee:castillo", "descends_from", "coffee:caturra"),
    ("coffee:castillo", "descends_from", "coffee:timor_hybrid"),
    ("coffee:tabi", "descends_from", "coffee:typica"),
    ("coffee:tabi", "descends_from", "coffee:bourbon"),
    ("coffee:tabi", "descends_from", "coffee:timor_hybrid"),
    ("coffee:ruiru_11", "descends_from", "coffee:catimor"),
    ("coffee:batian", "descends_from", "coffee:sl28"),
    ("coffee:batian", "descends_from", "coffee:timor_hybrid"),
    # kinds
    ("coffee:caturra", "has_kind", "kind:natural_mutation"),
    ("coffee:pacas", "has_kind", "kind:natural_mutation"),
    ("coffee:maragogipe", "has_kind", "kind:natural_mutation"),
    ("coffee:mundo_novo", "has_kind", "kind:natural_hybrid"),
    ("coffee:timor_hybrid", "has_kind", "kind:natural_hybrid"),
    ("coffee:catuai", "has_kind", "kind:hybrid"),
    ("coffee:pacamara", "has_kind", "kind:hybrid"),
    ("coffee:catimor", "has_kind", "kind:hybrid"),
    ("coffee:variedad_colombia", "has_kind", "kind:hybrid"),
    ("coffee:castillo", "has_kind", "kind:hybrid"),
    ("coffee:tabi", "has_kind", "kind:hybrid"),
    ("coffee:ruiru_11", "has_kind", "kind:hybrid"),
    ("coffee:gesha", "has_kind", "kind:landrace"),
    ("coffee:sl28", "has_kind", "kind:selection"),
    # disease resistance
    ("coffee:timor_hybrid", "resistant_to", "disease:leaf_rust"),
    ("coffee:catimor", "resistant_to", "disease:leaf_rust"),
    ("coffee:variedad_colombia", "resistant_to", "disease:leaf_rust"),
    ("coffee:castillo", "resistant_to", "disease:leaf_rust"),
    ("coffee:tabi", "resistant_to", "disease:leaf_rust"),
    ("coffee:ruiru_11", "resistant_to", "disease:leaf_rust"),
    ("coffee:ruiru_11", "resistant_to", "disease:berry_disease"),
    ("coffee:batian", "resistant_to", "disease:leaf_rust"),
    ("coffee:batian", "resistant_to", "disease:berry_disease"),
]

_RATINGS = [
    ("ana", "gesha", 5.0), ("ana", "pacamara", 4.5), ("ana", "catimor", 1.5), ("ana", "caturra", 3.0),
    ("ben", "sl28", 4.5), ("ben", "batian", 4.0), ("ben", "castillo", 2.0), ("ben", "bourbon", 3.5),
    ("chen", "bourbon", 5.0), ("chen", "typica", 4.0), ("chen", "ruiru_11", 1.0), ("chen", "mundo_novo", 2.5),
    ("dara", "pacas", 4.0), ("dara", "maragogipe", 3.5), ("dara", "catuai", 2.0), ("dara", "variedad_colombia", 0.5),
    ("emil", "tabi", 3.0), ("emil", "timor_hybrid", 4.5), ("emil", "gesha", 2.0), ("emil", "sl28", 5.0),
]


def rows():
    out = list(_FACTS)
    out += [(f"user:{u}", "rated", f"coffee:{i}", {"rating": r}) for u, i, r in _RATINGS]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind280")
