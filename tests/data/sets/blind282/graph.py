"""A small graph of Roman emperors (blind282).

Each emperor's ``year`` is the year he was first proclaimed Augustus (AD).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("emperor",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="was the birthplace of", domain=("emperor",), range=("place",)),
    kgx.Relation("died_in", phrase="died in", inverse_phrase="was the place of death of", domain=("emperor",), range=("place",)),
    kgx.Relation("member_of_dynasty", phrase="belonged to", inverse_phrase="included", domain=("emperor",), range=("dynasty",)),
    kgx.Relation("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=("emperor",), range=("emperor",)),
    kgx.Relation("commissioned", phrase="commissioned", inverse_phrase="was commissioned by", domain=("emperor",), range=("structure",)),
    kgx.Relation("manner_of_death", phrase="died by", inverse_phrase="was the manner of death of", domain=("emperor",), range=("manner of death",)),
]

EMPERORS = [
    ("tiberius", "Tiberius", 14),
    ("caligula", "Caligula", 37),
    ("claudius", "Claudius", 41),
    ("nero", "Nero", 54),
    ("vespasian", "Vespasian", 69),
    ("titus", "Titus", 79),
    ("domitian", "Domitian", 81),
    ("nerva", "Nerva", 96),
    ("trajan", "Trajan", 98),
    ("hadrian", "Hadrian", 117),
    ("antoninus_pius", "Antoninus Pius", 138),
    ("marcus_aurelius", "Marcus Aurelius", 161),
    ("commodus", "Commodus", 177),
    ("septimius_severus", "Septimius Severus", 193),
    ("caracalla", "Caracalla", 198),
    ("diocletian", "Diocletian", 284),
    ("constantine", "Constantine the Great", 306),
]

PLACES = {
    "rome": "Rome", "antium": "Antium", "lugdunum": "Lugdunum", "falacrinae": "Falacrinae",
    "narnia": "Narnia", "italica": "Italica", "lanuvium": "Lanuvium", "leptis_magna": "Leptis Magna",
    "salona": "Salona", "naissus": "Naissus", "misenum": "Misenum", "aquae_cutiliae": "Aquae Cutiliae",
    "selinus": "Selinus", "baiae": "Baiae", "lorium": "Lorium", "eboracum": "Eboracum",
    "split": "Split", "nicomedia": "Nicomedia",
}

DYNASTIES = {
    "julio_claudian": "Julio-Claudian dynasty",
    "flavian": "Flavian dynasty",
    "nerva_antonine": "Nerva-Antonine dynasty",
    "severan": "Severan dynasty",
    "constantinian": "Constantinian dynasty",
}

STRUCTURES = {
    "villa_jovis": "Villa Jovis", "portus": "Portus", "domus_aurea": "Domus Aurea",
    "colosseum": "Colosseum", "baths_of_titus": "Baths of Titus", "stadium_of_domitian": "Stadium of Domitian",
    "trajans_column": "Trajan's Column", "trajans_market": "Trajan's Market", "hadrians_wall": "Hadrian's Wall",
    "pantheon": "Pantheon", "hadrians_villa": "Hadrian's Villa", "antonine_wall": "Antonine Wall",
    "baths_of_caracalla": "Baths of Caracalla", "diocletians_palace": "Diocletian's Palace",
    "baths_of_diocletian": "Baths of Diocletian", "old_st_peters": "Old St. Peter's Basilica",
}

MANNERS = {"assassination": "assassination", "suicide": "suicide", "natural_causes": "natural causes"}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"emperor:{s}", kind="item", type="emperor", label=lab, attrs={"year": y}) for s, lab, y in EMPERORS]
    out += [kgx.Entity(f"place:{s}", kind="attribute", type="place", label=lab) for s, lab in PLACES.items()]
    out += [kgx.Entity(f"dynasty:{s}", kind="attribute", type="dynasty", label=lab) for s, lab in DYNASTIES.items()]
    out += [kgx.Entity(f"structure:{s}", kind="attribute", type="structure", label=lab) for s, lab in STRUCTURES.items()]
    out += [kgx.Entity(f"manner:{s}", kind="attribute", type="manner of death", label=lab) for s, lab in MANNERS.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    def e(s):
        return f"emperor:{s}"
    r = []
    born = {
        "tiberius": "rome", "caligula": "antium", "claudius": "lugdunum", "nero": "antium",
        "vespasian": "falacrinae", "titus": "rome", "domitian": "rome", "nerva": "narnia",
        "trajan": "italica", "hadrian": "italica", "antoninus_pius": "lanuvium",
        "marcus_aurelius": "rome", "commodus": "lanuvium", "septimius_severus": "leptis_magna",
        "caracalla": "lugdunum", "diocletian": "salona", "constantine": "naissus",
    }
    r += [(e(k), "born_in", f"place:{v}") for k, v in born.items()]
    died = {
        "tiberius": "misenum", "caligula": "rome", "claudius": "rome", "vespasian": "aquae_cutiliae",
        "titus": "aquae_cutiliae", "domitian": "rome", "nerva": "rome", "trajan": "selinus",
        "hadrian": "baiae", "antoninus_pius": "lorium", "commodus": "rome",
        "septimius_severus": "eboracum", "diocletian": "split", "constantine": "nicomedia",
    }
    r += [(e(k), "died_in", f"place:{v}") for k, v in died.items()]
    dyn = {
        "tiberius": "julio_claudian", "caligula": "julio_claudian", "claudius": "julio_claudian",
        "nero": "julio_claudian", "vespasian": "flavian", "titus": "flavian", "domitian": "flavian",
        "nerva": "nerva_antonine", "trajan": "nerva_antonine", "hadrian": "nerva_antonine",
        "antoninus_pius": "nerva_antonine", "marcus_aurelius": "nerva_antonine",
        "commodus": "nerva_antonine", "septimius_severus": "severan", "caracalla": "severan",
        "constantine": "constantinian",
    }
    r += [(e(k), "member_of_dynasty", f"dynasty:{v}") for k, v in dyn.items()]
    succ = [
        ("caligula", "tiberius"), ("claudius", "caligula"), ("nero", "claudius"),
        ("titus", "vespasian"), ("domitian", "titus"), ("nerva", "domitian"),
        ("trajan", "nerva"), ("hadrian", "trajan"), ("antoninus_pius", "hadrian"),
        ("marcus_aurelius", "antoninus_pius"), ("commodus", "marcus_aurelius"),
        ("caracalla", "septimius_severus"),
    ]
    r += [(e(a), "succeeded", e(b)) for a, b in succ]
    built = [
        ("tiberius", "villa_jovis"), ("claudius", "portus"), ("nero", "domus_aurea"),
        ("vespasian", "colosseum"), ("titus", "baths_of_titus"), ("domitian", "stadium_of_domitian"),
        ("trajan", "trajans_column"), ("trajan", "trajans_market"), ("hadrian", "hadrians_wall"),
        ("hadrian", "pantheon"), ("hadrian", "hadrians_villa"), ("antoninus_pius", "antonine_wall"),
        ("caracalla", "baths_of_caracalla"), ("diocletian", "diocletians_palace"),
        ("diocletian", "baths_of_diocletian"), ("constantine", "old_st_peters"),
    ]
    r += [(e(a), "commissioned", f"structure:{b}") for a, b in built]
    manner = {
        "caligula": "assassination", "domitian": "assassination", "commodus": "assassination",
        "caracalla": "assassination", "nero": "suicide", "vespasian": "natural_causes",
        "titus": "natural_causes", "nerva": "natural_causes", "trajan": "natural_causes",
        "hadrian": "natural_causes", "antoninus_pius": "natural_causes",
        "marcus_aurelius": "natural_causes", "septimius_severus": "natural_causes",
        "constantine": "natural_causes",
    }
    r += [(e(k), "manner_of_death", f"manner:{v}") for k, v in manner.items()]
    ratings = {
        "ana": [("hadrian", 5.0), ("trajan", 4.5), ("nero", 1.0), ("marcus_aurelius", 4.0)],
        "ben": [("caligula", 2.0), ("commodus", 1.5), ("constantine", 4.5), ("vespasian", 3.0)],
        "chen": [("claudius", 4.0), ("titus", 3.5), ("domitian", 1.0), ("diocletian", 5.0)],
        "dara": [("tiberius", 2.5), ("antoninus_pius", 4.5), ("septimius_severus", 0.5), ("caracalla", 2.0)],
        "emil": [("nerva", 3.0), ("marcus_aurelius", 5.0), ("hadrian", 3.5), ("caligula", 4.0)],
    }
    for u, lst in ratings.items():
        r += [(f"user:{u}", "rated", e(i), {"rating": x}) for i, x in lst]
    return r


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind282")
