"""A small hospitals graph (blind269): twenty real hospitals, their cities, founders,
affiliated universities, architects and kinds, plus five users who rated four each."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("hospital",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("hospital",), range=("city",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded",
                 domain=("hospital",), range=("person",)),
    kgx.Relation("affiliated_with", phrase="is affiliated with",
                 inverse_phrase="has as an affiliated hospital",
                 domain=("hospital",), range=("university",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("hospital",), range=("architect",)),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="is a category that includes",
                 domain=("hospital",), range=("hospital_kind",)),
]

HOSPITALS = [
    # slug, label, year (founded / opened)
    ("johns_hopkins", "Johns Hopkins Hospital", 1889),
    ("mass_general", "Massachusetts General Hospital", 1811),
    ("guys", "Guy's Hospital", 1721),
    ("great_ormond_street", "Great Ormond Street Hospital", 1852),
    ("charite", "Charité", 1710),
    ("hotel_dieu_paris", "Hôtel-Dieu de Paris", 651),
    ("pitie_salpetriere", "Pitié-Salpêtrière Hospital", 1656),
    ("royal_victoria_montreal", "Royal Victoria Hospital", 1893),
    ("pennsylvania_hospital", "Pennsylvania Hospital", 1751),
    ("royal_infirmary_edinburgh", "Royal Infirmary of Edinburgh", 1729),
    ("bethlem", "Bethlem Royal Hospital", 1247),
    ("ospedale_maggiore", "Ospedale Maggiore", 1456),
    ("sant_pau", "Hospital de la Santa Creu i Sant Pau", 1401),
    ("santa_maria_nuova", "Santa Maria Nuova", 1288),
    ("cleveland_clinic", "Cleveland Clinic", 1921),
    ("hospices_de_beaune", "Hospices de Beaune", 1443),
    ("boston_childrens", "Boston Children's Hospital", 1869),
    ("sickkids", "The Hospital for Sick Children", 1875),
    ("bellevue", "Bellevue Hospital", 1736),
    ("addenbrookes", "Addenbrooke's Hospital", 1766),
]

CITIES = {
    "baltimore": "Baltimore", "boston": "Boston", "london": "London", "berlin": "Berlin",
    "paris": "Paris", "montreal": "Montreal", "philadelphia": "Philadelphia",
    "edinburgh": "Edinburgh", "milan": "Milan", "barcelona": "Barcelona",
    "florence": "Florence", "cleveland": "Cleveland", "beaune": "Beaune",
    "toronto": "Toronto", "new_york_city": "New York City", "cambridge": "Cambridge",
}

PEOPLE = {
    "johns_hopkins": "Johns Hopkins", "john_collins_warren": "John Collins Warren",
    "james_jackson": "James Jackson", "thomas_guy": "Thomas Guy", "charles_west": "Charles West",
    "frederick_i_of_prussia": "Frederick I of Prussia", "saint_landry": "Saint Landry",
    "louis_xiv": "Louis XIV", "lord_strathcona": "Lord Strathcona",
    "lord_mount_stephen": "Lord Mount Stephen", "benjamin_franklin": "Benjamin Franklin",
    "thomas_bond": "Thomas Bond", "george_drummond": "George Drummond",
    "simon_fitzmary": "Simon FitzMary", "francesco_sforza": "Francesco Sforza",
    "folco_portinari": "Folco Portinari", "george_crile": "George Crile",
    "nicolas_rolin": "Nicolas Rolin", "guigone_de_salins": "Guigone de Salins",
    "francis_henry_brown": "Francis Henry Brown", "elizabeth_mcmaster": "Elizabeth McMaster",
    "john_addenbrooke": "John Addenbrooke",
}

UNIVERSITIES = {
    "johns_hopkins_university": "Johns Hopkins University", "harvard": "Harvard University",
    "kings_college_london": "King's College London", "ucl": "University College London",
    "humboldt_berlin": "Humboldt University of Berlin", "sorbonne": "Sorbonne University",
    "mcgill": "McGill University", "upenn": "University of Pennsylvania",
    "edinburgh_university": "University of Edinburgh",
    "uab": "Autonomous University of Barcelona",
    "case_western": "Case Western Reserve University", "toronto_university": "University of Toronto",
    "nyu": "New York University", "cambridge_university": "University of Cambridge",
}

ARCHITECTS = {
    "charles_bulfinch": "Charles Bulfinch", "liberal_bruant": "Libéral Bruant",
    "henry_saxon_snell": "Henry Saxon Snell", "william_adam": "William Adam",
    "filarete": "Filarete", "domenech_i_montaner": "Lluís Domènech i Montaner",
}

KINDS = {
    "teaching_hospital": "teaching hospital", "childrens_hospital": "children's hospital",
    "psychiatric_hospital": "psychiatric hospital", "public_hospital": "public hospital",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"hospital:{s}", kind="item", type="hospital", label=lab, attrs={"year": y})
           for s, lab, y in HOSPITALS]
    for prefix, table in [("city", CITIES), ("person", PEOPLE), ("university", UNIVERSITIES),
                          ("architect", ARCHITECTS), ("hospital_kind", KINDS)]:
        out += [kgx.Entity(f"{prefix}:{k}", kind="attribute", type=prefix, label=v)
                for k, v in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    # hospital slug: (city, [founders], [universities], [architects], [kinds])
    "johns_hopkins": ("baltimore", ["johns_hopkins"], ["johns_hopkins_university"], [], ["teaching_hospital"]),
    "mass_general": ("boston", ["john_collins_warren", "james_jackson"], ["harvard"], ["charles_bulfinch"], ["teaching_hospital"]),
    "guys": ("london", ["thomas_guy"], ["kings_college_london"], [], ["teaching_hospital"]),
    "great_ormond_street": ("london", ["charles_west"], ["ucl"], [], ["childrens_hospital"]),
    "charite": ("berlin", ["frederick_i_of_prussia"], ["humboldt_berlin"], [], ["teaching_hospital"]),
    "hotel_dieu_paris": ("paris", ["saint_landry"], [], [], []),
    "pitie_salpetriere": ("paris", ["louis_xiv"], ["sorbonne"], ["liberal_bruant"], ["teaching_hospital"]),
    "royal_victoria_montreal": ("montreal", ["lord_strathcona", "lord_mount_stephen"], ["mcgill"], ["henry_saxon_snell"], ["teaching_hospital"]),
    "pennsylvania_hospital": ("philadelphia", ["benjamin_franklin", "thomas_bond"], ["upenn"], [], []),
    "royal_infirmary_edinburgh": ("edinburgh", ["george_drummond"], ["edinburgh_university"], ["william_adam"], ["teaching_hospital"]),
    "bethlem": ("london", ["simon_fitzmary"], ["kings_college_london"], [], ["psychiatric_hospital"]),
    "ospedale_maggiore": ("milan", ["francesco_sforza"], [], ["filarete"], []),
    "sant_pau": ("barcelona", [], ["uab"], ["domenech_i_montaner"], []),
    "santa_maria_nuova": ("florence", ["folco_portinari"], [], [], []),
    "cleveland_clinic": ("cleveland", ["george_crile"], ["case_western"], [], []),
    "hospices_de_beaune": ("beaune", ["nicolas_rolin", "guigone_de_salins"], [], [], []),
    "boston_childrens": ("boston", ["francis_henry_brown"], ["harvard"], [], ["childrens_hospital"]),
    "sickkids": ("toronto", ["elizabeth_mcmaster"], ["toronto_university"], [], ["childrens_hospital"]),
    "bellevue": ("new_york_city", [], ["nyu"], [], ["public_hospital"]),
    "addenbrookes": ("cambridge", ["john_addenbrooke"], ["cambridge_university"], [], ["teaching_hospital"]),
}

RATINGS = {
    "ana": {"johns_hopkins": 5.0, "guys": 4.0, "bethlem": 1.5, "sant_pau": 4.5},
    "ben": {"mass_general": 4.5, "charite": 2.0, "hospices_de_beaune": 5.0, "cleveland_clinic": 3.0},
    "chen": {"great_ormond_street": 5.0, "sickkids": 4.0, "boston_childrens": 1.0, "ospedale_maggiore": 3.5},
    "dara": {"pitie_salpetriere": 2.5, "hotel_dieu_paris": 4.0, "royal_infirmary_edinburgh": 5.0, "pennsylvania_hospital": 0.5},
    "emil": {"santa_maria_nuova": 4.5, "royal_victoria_montreal": 2.0, "bellevue": 3.0, "addenbrookes": 5.0},
}


def rows():
    out = []
    for slug, (city, founders, unis, archs, kinds) in FACTS.items():
        h = f"hospital:{slug}"
        out.append((h, "located_in", f"city:{city}"))
        out += [(h, "founded_by", f"person:{p}") for p in founders]
        out += [(h, "affiliated_with", f"university:{u}") for u in unis]
        out += [(h, "designed_by", f"architect:{a}") for a in archs]
        out += [(h, "has_kind", f"hospital_kind:{k}") for k in kinds]
    for user, items in RATINGS.items():
        out += [(f"user:{user}", "rated", f"hospital:{i}", {"rating": r}) for i, r in items.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind269")
