"""A small graph of botanists (blind323).

Items are botanists; their ``year`` attribute is the year of birth.
Attributes: birthplaces (place), universities and gardens (institution),
regions where they collected plants (region) and plant genera named in
their honour (genus).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("botanist",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("botanist",), range=("place",)),
    kgx.Relation("studied_at", phrase="studied at", inverse_phrase="was attended by",
                 domain=("botanist",), range=("institution",)),
    kgx.Relation("worked_at", phrase="worked at", inverse_phrase="employed",
                 domain=("botanist",), range=("institution",)),
    kgx.Relation("collected_in", phrase="collected plants in", inverse_phrase="was botanised by",
                 domain=("botanist",), range=("region",)),
    kgx.Relation("honoured_by_genus", phrase="is honoured by the genus", inverse_phrase="is named after",
                 domain=("botanist",), range=("genus",)),
]

# slug: (label, year of birth)
BOTANISTS = {
    "leonhart_fuchs": ("Leonhart Fuchs", 1501),
    "pierre_magnol": ("Pierre Magnol", 1638),
    "charles_plumier": ("Charles Plumier", 1646),
    "carl_linnaeus": ("Carl Linnaeus", 1707),
    "pehr_kalm": ("Pehr Kalm", 1716),
    "daniel_solander": ("Daniel Solander", 1733),
    "joseph_banks": ("Joseph Banks", 1743),
    "carl_peter_thunberg": ("Carl Peter Thunberg", 1743),
    "aime_bonpland": ("Aimé Bonpland", 1773),
    "robert_brown": ("Robert Brown", 1773),
    "augustin_pyramus_de_candolle": ("Augustin Pyramus de Candolle", 1778),
    "william_jackson_hooker": ("William Jackson Hooker", 1785),
    "david_douglas": ("David Douglas", 1799),
    "asa_gray": ("Asa Gray", 1810),
    "joseph_dalton_hooker": ("Joseph Dalton Hooker", 1817),
    "nikolai_vavilov": ("Nikolai Vavilov", 1887),
    "janaki_ammal": ("Janaki Ammal", 1897),
}

PLACES = {
    "rashult": "Råshult", "london": "London", "halesworth": "Halesworth", "norwich": "Norwich",
    "sauquoit": "Sauquoit", "geneva": "Geneva", "jonkoping": "Jönköping", "montpellier": "Montpellier",
    "wemding": "Wemding", "marseille": "Marseille", "la_rochelle": "La Rochelle", "montrose": "Montrose",
    "scone": "Scone", "thalassery": "Thalassery", "moscow": "Moscow", "pitea": "Piteå",
}

INSTITUTIONS = {
    "lund_university": "Lund University",
    "uppsala_university": "Uppsala University",
    "university_of_oxford": "University of Oxford",
    "university_of_glasgow": "University of Glasgow",
    "kew": "Royal Botanic Gardens, Kew",
    "harvard_university": "Harvard University",
    "fairfield_medical_college": "Fairfield Medical College",
    "university_of_montpellier": "University of Montpellier",
    "academy_of_geneva": "Academy of Geneva",
    "jardin_des_plantes_de_montpellier": "Jardin des plantes de Montpellier",
    "university_of_erfurt": "University of Erfurt",
    "university_of_ingolstadt": "University of Ingolstadt",
    "university_of_tubingen": "University of Tübingen",
    "royal_academy_of_turku": "Royal Academy of Turku",
    "malmaison": "Château de Malmaison",
    "university_of_edinburgh": "University of Edinburgh",
    "british_museum": "British Museum",
    "glasgow_botanic_gardens": "Glasgow Botanic Gardens",
    "presidency_college_madras": "Presidency College, Madras",
    "university_of_michigan": "University of Michigan",
    "john_innes": "John Innes Horticultural Institution",
    "botanical_survey_of_india": "Botanical Survey of India",
    "moscow_agricultural_institute": "Moscow Agricultural Institute",
    "institute_of_plant_industry": "All-Union Institute of Plant Industry",
}

REGIONS = {
    "lapland": "Lapland", "newfoundland": "Newfoundland", "iceland": "Iceland",
    "australia": "Australia", "new_zealand": "New Zealand", "himalayas": "Himalayas",
    "japan": "Japan", "south_africa": "South Africa", "caribbean": "Caribbean",
    "north_america": "North America", "south_america": "South America", "hawaii": "Hawaii",
    "ethiopia": "Ethiopia", "afghanistan": "Afghanistan",
}

GENERA = {
    "linnaea": "Linnaea", "banksia": "Banksia", "hookeria": "Hookeria", "grayia": "Grayia",
    "candollea": "Candollea", "thunbergia": "Thunbergia", "magnolia": "Magnolia",
    "fuchsia": "Fuchsia", "plumeria": "Plumeria", "kalmia": "Kalmia", "bonplandia": "Bonplandia",
    "brunonia": "Brunonia", "douglasia": "Douglasia", "vavilovia": "Vavilovia", "solandra": "Solandra",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, (label, year) in BOTANISTS.items():
        out.append(kgx.Entity(f"botanist:{slug}", kind="item", type="botanist", label=label,
                              attrs={"year": year}))
    for prefix, typ, table in [("place", "place", PLACES), ("institution", "institution", INSTITUTIONS),
                               ("region", "region", REGIONS), ("genus", "genus", GENERA)]:
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


BORN_IN = {
    "carl_linnaeus": "rashult", "joseph_banks": "london", "joseph_dalton_hooker": "halesworth",
    "william_jackson_hooker": "norwich", "asa_gray": "sauquoit",
    "augustin_pyramus_de_candolle": "geneva", "carl_peter_thunberg": "jonkoping",
    "pierre_magnol": "montpellier", "leonhart_fuchs": "wemding", "charles_plumier": "marseille",
    "aime_bonpland": "la_rochelle", "robert_brown": "montrose", "david_douglas": "scone",
    "janaki_ammal": "thalassery", "nikolai_vavilov": "moscow", "daniel_solander": "pitea",
}

STUDIED_AT = {
    "carl_linnaeus": ["lund_university", "uppsala_university"],
    "joseph_banks": ["university_of_oxford"],
    "joseph_dalton_hooker": ["university_of_glasgow"],
    "asa_gray": ["fairfield_medical_college"],
    "carl_peter_thunberg": ["uppsala_university"],
    "pierre_magnol": ["university_of_montpellier"],
    "leonhart_fuchs": ["university_of_erfurt", "university_of_ingolstadt"],
    "pehr_kalm": ["royal_academy_of_turku", "uppsala_university"],
    "robert_brown": ["university_of_edinburgh"],
    "janaki_ammal": ["presidency_college_madras", "university_of_michigan"],
    "nikolai_vavilov": ["moscow_agricultural_institute"],
    "daniel_solander": ["uppsala_university"],
}

WORKED_AT = {
    "carl_linnaeus": ["uppsala_university"],
    "joseph_dalton_hooker": ["kew"],
    "william_jackson_hooker": ["university_of_glasgow", "kew"],
    "asa_gray": ["harvard_university"],
    "augustin_pyramus_de_candolle": ["university_of_montpellier", "academy_of_geneva"],
    "carl_peter_thunberg": ["uppsala_university"],
    "pierre_magnol": ["jardin_des_plantes_de_montpellier"],
    "leonhart_fuchs": ["university_of_tubingen"],
    "pehr_kalm": ["royal_academy_of_turku"],
    "aime_bonpland": ["malmaison"],
    "robert_brown": ["british_museum"],
    "david_douglas": ["glasgow_botanic_gardens"],
    "janaki_ammal": ["john_innes", "botanical_survey_of_india"],
    "nikolai_vavilov": ["institute_of_plant_industry"],
    "daniel_solander": ["british_museum"],
}

COLLECTED_IN = {
    "carl_linnaeus": ["lapland"],
    "joseph_banks": ["newfoundland", "iceland", "australia", "new_zealand"],
    "joseph_dalton_hooker": ["himalayas", "new_zealand"],
    "william_jackson_hooker": ["iceland"],
    "carl_peter_thunberg": ["japan", "south_africa"],
    "charles_plumier": ["caribbean"],
    "pehr_kalm": ["north_america"],
    "aime_bonpland": ["south_america"],
    "robert_brown": ["australia"],
    "david_douglas": ["north_america", "hawaii"],
    "nikolai_vavilov": ["ethiopia", "afghanistan"],
    "daniel_solander": ["australia", "new_zealand"],
}

GENUS = {
    "carl_linnaeus": "linnaea", "joseph_banks": "banksia", "william_jackson_hooker": "hookeria",
    "asa_gray": "grayia", "augustin_pyramus_de_candolle": "candollea",
    "carl_peter_thunberg": "thunbergia", "pierre_magnol": "magnolia", "leonhart_fuchs": "fuchsia",
    "charles_plumier": "plumeria", "pehr_kalm": "kalmia", "aime_bonpland": "bonplandia",
    "robert_brown": "brunonia", "david_douglas": "douglasia", "nikolai_vavilov": "vavilovia",
    "daniel_solander": "solandra",
}

RATINGS = {
    "ana": {"carl_linnaeus": 5.0, "carl_peter_thunberg": 4.0, "pehr_kalm": 2.0, "daniel_solander": 3.5},
    "ben": {"joseph_banks": 4.5, "robert_brown": 1.5, "david_douglas": 5.0, "joseph_dalton_hooker": 3.0},
    "chen": {"janaki_ammal": 5.0, "nikolai_vavilov": 4.5, "asa_gray": 2.0, "augustin_pyramus_de_candolle": 3.0},
    "dara": {"pierre_magnol": 4.0, "leonhart_fuchs": 1.0, "charles_plumier": 4.5, "aime_bonpland": 2.5},
    "emil": {"william_jackson_hooker": 3.5, "joseph_dalton_hooker": 5.0, "joseph_banks": 2.0, "carl_linnaeus": 4.0},
}


def rows():
    out = []
    for b, p in BORN_IN.items():
        out.append((f"botanist:{b}", "born_in", f"place:{p}"))
    for b, insts in STUDIED_AT.items():
        out.extend((f"botanist:{b}", "studied_at", f"institution:{i}") for i in insts)
    for b, insts in WORKED_AT.items():
        out.extend((f"botanist:{b}", "worked_at", f"institution:{i}") for i in insts)
    for b, regs in COLLECTED_IN.items():
        out.extend((f"botanist:{b}", "collected_in", f"region:{r}") for r in regs)
    for b, g in GENUS.items():
        out.append((f"botanist:{b}", "honoured_by_genus", f"genus:{g}"))
    for u, rs in RATINGS.items():
        out.extend((f"user:{u}", "rated", f"botanist:{b}", {"rating": r}) for b, r in rs.items())
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind323")
