"""A small knowledge graph of surgeons (blind327).

Items are 18 historical surgeons; `year` is each surgeon's year of birth.
Attributes: birthplaces (city), specialties, workplaces (hospital, university,
institute), places of study (university) and techniques they pioneered.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("surgeon",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("surgeon",), range=("city",)),
    kgx.Relation("specialized_in", phrase="specialized in", inverse_phrase="was the specialty of",
                 domain=("surgeon",), range=("specialty",)),
    kgx.Relation("worked_at", phrase="worked at", inverse_phrase="employed",
                 domain=("surgeon",), range=("hospital", "university", "institute")),
    kgx.Relation("studied_at", phrase="studied at", inverse_phrase="educated",
                 domain=("surgeon",), range=("university",)),
    kgx.Relation("pioneered", phrase="pioneered", inverse_phrase="was pioneered by",
                 domain=("surgeon",), range=("technique",)),
    kgx.Relation("trained_under", phrase="trained under", inverse_phrase="trained",
                 domain=("surgeon",), range=("surgeon",)),
]

# slug, label, birth year, aliases
SURGEONS = [
    ("joseph_lister", "Joseph Lister", 1827, ()),
    ("christiaan_barnard", "Christiaan Barnard", 1922, ()),
    ("harvey_cushing", "Harvey Cushing", 1869, ()),
    ("william_halsted", "William Stewart Halsted", 1852, ("William Halsted",)),
    ("ambroise_pare", "Ambroise Paré", 1510, ("Ambroise Pare",)),
    ("michael_debakey", "Michael DeBakey", 1908, ()),
    ("theodor_kocher", "Theodor Kocher", 1841, ()),
    ("alfred_blalock", "Alfred Blalock", 1899, ()),
    ("joseph_murray", "Joseph Murray", 1919, ()),
    ("theodor_billroth", "Theodor Billroth", 1829, ()),
    ("norman_shumway", "Norman Shumway", 1923, ()),
    ("harold_gillies", "Harold Gillies", 1882, ()),
    ("archibald_mcindoe", "Archibald McIndoe", 1900, ()),
    ("wilder_penfield", "Wilder Penfield", 1891, ()),
    ("denton_cooley", "Denton Cooley", 1920, ()),
    ("walton_lillehei", "C. Walton Lillehei", 1918, ("Walton Lillehei",)),
    ("rene_favaloro", "René Favaloro", 1923, ("Rene Favaloro",)),
    ("john_charnley", "John Charnley", 1911, ()),
]

CITIES = {
    "upton": "Upton", "beaufort_west": "Beaufort West", "cleveland": "Cleveland",
    "new_york_city": "New York City", "bourg_hersent": "Bourg-Hersent",
    "lake_charles": "Lake Charles", "bern": "Bern", "culloden": "Culloden",
    "milford": "Milford", "bergen_auf_rugen": "Bergen auf Rügen", "kalamazoo": "Kalamazoo",
    "dunedin": "Dunedin", "spokane": "Spokane", "houston": "Houston",
    "minneapolis": "Minneapolis", "la_plata": "La Plata", "bury": "Bury",
}

SPECIALTIES = {
    "general_surgery": "General surgery", "cardiac_surgery": "Cardiac surgery",
    "neurosurgery": "Neurosurgery", "military_surgery": "Military surgery",
    "cardiovascular_surgery": "Cardiovascular surgery", "transplant_surgery": "Transplant surgery",
    "abdominal_surgery": "Abdominal surgery", "plastic_surgery": "Plastic surgery",
    "orthopaedic_surgery": "Orthopaedic surgery",
}

HOSPITALS = {
    "glasgow_royal_infirmary": "Glasgow Royal Infirmary",
    "royal_infirmary_of_edinburgh": "Royal Infirmary of Edinburgh",
    "kings_college_hospital": "King's College Hospital",
    "groote_schuur_hospital": "Groote Schuur Hospital",
    "johns_hopkins_hospital": "Johns Hopkins Hospital",
    "peter_bent_brigham_hospital": "Peter Bent Brigham Hospital",
    "hotel_dieu_de_paris": "Hôtel-Dieu de Paris",
    "methodist_hospital": "Methodist Hospital",
    "inselspital": "Inselspital",
    "queen_marys_hospital": "Queen Mary's Hospital",
    "st_bartholomews_hospital": "St Bartholomew's Hospital",
    "queen_victoria_hospital": "Queen Victoria Hospital",
    "cleveland_clinic": "Cleveland Clinic",
    "wrightington_hospital": "Wrightington Hospital",
}

INSTITUTES = {
    "montreal_neurological_institute": "Montreal Neurological Institute",
    "texas_heart_institute": "Texas Heart Institute",
}

UNIVERSITIES = {
    "university_college_london": "University College London",
    "university_of_cape_town": "University of Cape Town",
    "university_of_minnesota": "University of Minnesota",
    "yale_university": "Yale University",
    "harvard_medical_school": "Harvard Medical School",
    "columbia_university": "Columbia University",
    "tulane_university": "Tulane University",
    "baylor_college_of_medicine": "Baylor College of Medicine",
    "university_of_bern": "University of Bern",
    "johns_hopkins_school_of_medicine": "Johns Hopkins School of Medicine",
    "university_of_georgia": "University of Georgia",
    "vanderbilt_university": "Vanderbilt University",
    "college_of_the_holy_cross": "College of the Holy Cross",
    "university_of_greifswald": "University of Greifswald",
    "university_of_berlin": "University of Berlin",
    "university_of_zurich": "University of Zurich",
    "university_of_vienna": "University of Vienna",
    "stanford_university": "Stanford University",
    "university_of_cambridge": "University of Cambridge",
    "university_of_otago": "University of Otago",
    "princeton_university": "Princeton University",
    "university_of_oxford": "University of Oxford",
    "mcgill_university": "McGill University",
    "university_of_texas": "University of Texas",
    "national_university_of_la_plata": "National University of La Plata",
    "university_of_manchester": "University of Manchester",
}

TECHNIQUES = {
    "antiseptic_surgery": "Antiseptic surgery",
    "heart_transplantation": "Heart transplantation",
    "radical_mastectomy": "Radical mastectomy",
    "arterial_ligature": "Arterial ligature",
    "roller_pump": "Roller pump",
    "thyroidectomy": "Thyroidectomy",
    "blalock_taussig_shunt": "Blalock–Taussig shunt",
    "kidney_transplantation": "Kidney transplantation",
    "gastrectomy": "Gastrectomy",
    "tubed_pedicle_flap": "Tubed pedicle flap",
    "montreal_procedure": "Montreal procedure",
    "total_artificial_heart": "Total artificial heart",
    "open_heart_surgery": "Open-heart surgery",
    "coronary_artery_bypass_surgery": "Coronary artery bypass surgery",
    "hip_replacement": "Hip replacement",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    ents = []
    for slug, label, year, aliases in SURGEONS:
        ents.append(kgx.Entity(f"surgeon:{slug}", kind="item", type="surgeon", label=label,
                               aliases=aliases, attrs={"year": year}))
    for prefix, typ, table in [("city", "city", CITIES), ("specialty", "specialty", SPECIALTIES),
                               ("hospital", "hospital", HOSPITALS),
                               ("institute", "institute", INSTITUTES),
                               ("university", "university", UNIVERSITIES),
                               ("technique", "technique", TECHNIQUES)]:
        for slug, label in table.items():
            ents.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label))
    for u in USERS:
        ents.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return ents


# surgeon slug -> list of (relation, tail id)
FACTS = {
    "joseph_lister": [
        ("born_in", "city:upton"),
        ("specialized_in", "specialty:general_surgery"),
        ("worked_at", "hospital:glasgow_royal_infirmary"),
        ("worked_at", "hospital:royal_infirmary_of_edinburgh"),
        ("worked_at", "hospital:kings_college_hospital"),
        ("studied_at", "university:university_college_london"),
        ("pioneered", "technique:antiseptic_surgery"),
    ],
    "christiaan_barnard": [
        ("born_in", "city:beaufort_west"),
        ("specialized_in", "specialty:cardiac_surgery"),
        ("worked_at", "hospital:groote_schuur_hospital"),
        ("studied_at", "university:university_of_cape_town"),
        ("studied_at", "university:university_of_minnesota"),
        ("pioneered", "technique:heart_transplantation"),
    ],
    "harvey_cushing": [
        ("born_in", "city:cleveland"),
        ("specialized_in", "specialty:neurosurgery"),
        ("worked_at", "hospital:johns_hopkins_hospital"),
        ("worked_at", "hospital:peter_bent_brigham_hospital"),
        ("studied_at", "university:yale_university"),
        ("studied_at", "university:harvard_medical_school"),
        ("trained_under", "surgeon:william_halsted"),
    ],
    "william_halsted": [
        ("born_in", "city:new_york_city"),
        ("specialized_in", "specialty:general_surgery"),
        ("worked_at", "hospital:johns_hopkins_hospital"),
        ("studied_at", "university:yale_university"),
        ("studied_at", "university:columbia_university"),
        ("pioneered", "technique:radical_mastectomy"),
    ],
    "ambroise_pare": [
        ("born_in", "city:bourg_hersent"),
        ("specialized_in", "specialty:military_surgery"),
        ("worked_at", "hospital:hotel_dieu_de_paris"),
        ("pioneered", "technique:arterial_ligature"),
    ],
    "michael_debakey": [
        ("born_in", "city:lake_charles"),
        ("specialized_in", "specialty:cardiovascular_surgery"),
        ("worked_at", "university:baylor_college_of_medicine"),
        ("worked_at", "hospital:methodist_hospital"),
        ("studied_at", "university:tulane_university"),
        ("pioneered", "technique:roller_pump"),
    ],
    "theodor_kocher": [
        ("born_in", "city:bern"),
        ("specialized_in", "specialty:general_surgery"),
        ("worked_at", "hospital:inselspital"),
        ("studied_at", "university:university_of_bern"),
        ("pioneered", "technique:thyroidectomy"),
    ],
    "alfred_blalock": [
        ("born_in", "city:culloden"),
        ("specialized_in", "specialty:cardiac_surgery"),
        ("worked_at", "hospital:johns_hopkins_hospital"),
        ("worked_at", "university:vanderbilt_university"),
        ("studied_at", "university:university_of_georgia"),
        ("studied_at", "university:johns_hopkins_school_of_medicine"),
        ("pioneered", "technique:blalock_taussig_shunt"),
    ],
    "joseph_murray": [
        ("born_in", "city:milford"),
        ("specialized_in", "specialty:transplant_surgery"),
        ("worked_at", "hospital:peter_bent_brigham_hospital"),
        ("studied_at", "university:college_of_the_holy_cross"),
        ("studied_at", "university:harvard_medical_school"),
        ("pioneered", "technique:kidney_transplantation"),
    ],
    "theodor_billroth": [
        ("born_in", "city:bergen_auf_rugen"),
        ("specialized_in", "specialty:abdominal_surgery"),
        ("worked_at", "university:university_of_zurich"),
        ("worked_at", "university:university_of_vienna"),
        ("studied_at", "university:university_of_greifswald"),
        ("studied_at", "university:university_of_berlin"),
        ("pioneered", "technique:gastrectomy"),
    ],
    "norman_shumway": [
        ("born_in", "city:kalamazoo"),
        ("specialized_in", "specialty:cardiac_surgery"),
        ("worked_at", "university:stanford_university"),
        ("studied_at", "university:vanderbilt_university"),
        ("studied_at", "university:university_of_minnesota"),
        ("pioneered", "technique:heart_transplantation"),
        ("trained_under", "surgeon:walton_lillehei"),
    ],
    "harold_gillies": [
        ("born_in", "city:dunedin"),
        ("specialized_in", "specialty:plastic_surgery"),
        ("worked_at", "hospital:queen_marys_hospital"),
        ("worked_at", "hospital:st_bartholomews_hospital"),
        ("studied_at", "university:university_of_cambridge"),
        ("pioneered", "technique:tubed_pedicle_flap"),
    ],
    "archibald_mcindoe": [
        ("born_in", "city:dunedin"),
        ("specialized_in", "specialty:plastic_surgery"),
        ("worked_at", "hospital:queen_victoria_hospital"),
        ("studied_at", "university:university_of_otago"),
        ("trained_under", "surgeon:harold_gillies"),
    ],
    "wilder_penfield": [
        ("born_in", "city:spokane"),
        ("specialized_in", "specialty:neurosurgery"),
        ("worked_at", "institute:montreal_neurological_institute"),
        ("worked_at", "university:mcgill_university"),
        ("studied_at", "university:princeton_university"),
        ("studied_at", "university:university_of_oxford"),
        ("studied_at", "university:johns_hopkins_school_of_medicine"),
        ("pioneered", "technique:montreal_procedure"),
        ("trained_under", "surgeon:harvey_cushing"),
    ],
    "denton_cooley": [
        ("born_in", "city:houston"),
        ("specialized_in", "specialty:cardiac_surgery"),
        ("worked_at", "institute:texas_heart_institute"),
        ("worked_at", "university:baylor_college_of_medicine"),
        ("studied_at", "university:university_of_texas"),
        ("studied_at", "university:johns_hopkins_school_of_medicine"),
        ("pioneered", "technique:total_artificial_heart"),
        ("trained_under", "surgeon:alfred_blalock"),
    ],
    "walton_lillehei": [
        ("born_in", "city:minneapolis"),
        ("specialized_in", "specialty:cardiac_surgery"),
        ("worked_at", "university:university_of_minnesota"),
        ("studied_at", "university:university_of_minnesota"),
        ("pioneered", "technique:open_heart_surgery"),
    ],
    "rene_favaloro": [
        ("born_in", "city:la_plata"),
        ("specialized_in", "specialty:cardiac_surgery"),
        ("worked_at", "hospital:cleveland_clinic"),
        ("studied_at", "university:national_university_of_la_plata"),
        ("pioneered", "technique:coronary_artery_bypass_surgery"),
    ],
    "john_charnley": [
        ("born_in", "city:bury"),
        ("specialized_in", "specialty:orthopaedic_surgery"),
        ("worked_at", "hospital:wrightington_hospital"),
        ("studied_at", "university:university_of_manchester"),
        ("pioneered", "technique:hip_replacement"),
    ],
}

RATINGS = {
    "ana": {"christiaan_barnard": 5.0, "joseph_lister": 4.5, "ambroise_pare": 2.0, "john_charnley": 3.0},
    "ben": {"harvey_cushing": 4.0, "wilder_penfield": 5.0, "william_halsted": 1.5, "michael_debakey": 3.5},
    "chen": {"harold_gillies": 4.5, "archibald_mcindoe": 4.0, "theodor_billroth": 1.0, "theodor_kocher": 3.0},
    "dara": {"rene_favaloro": 5.0, "denton_cooley": 2.0, "walton_lillehei": 4.0, "joseph_murray": 2.5},
    "emil": {"alfred_blalock": 4.5, "norman_shumway": 1.0, "christiaan_barnard": 3.0, "joseph_lister": 5.0},
}


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tail in facts:
            out.append((f"surgeon:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"surgeon:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind327")
