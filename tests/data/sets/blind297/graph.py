"""A small infectious diseases graph for blind297.

Each disease's `year` is the year its causative agent was first identified
(observed, isolated or shown to cause the disease).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("disease",)),
    kgx.Relation("caused_by", phrase="is caused by", inverse_phrase="causes", domain=("disease",), range=("pathogen",)),
    kgx.Relation("identified_by", phrase="had its cause identified by", inverse_phrase="identified the cause of",
                 domain=("disease",), range=("person",)),
    kgx.Relation("classified_as", phrase="is classified as a", inverse_phrase="is the class of",
                 domain=("disease",), range=("category",)),
    kgx.Relation("spread_by", phrase="is spread by the", inverse_phrase="spreads", domain=("disease",), range=("vector",)),
    kgx.Relation("transmitted_through", phrase="is transmitted through", inverse_phrase="is a route of transmission for",
                 domain=("disease",), range=("route",)),
    kgx.Relation("first_recorded_in", phrase="was first recorded in", inverse_phrase="saw the first recorded cases of",
                 domain=("disease",), range=("place",)),
]

DISEASES = [
    ("tuberculosis", "Tuberculosis", 1882),
    ("cholera", "Cholera", 1854),
    ("anthrax", "Anthrax", 1876),
    ("plague", "Plague", 1894),
    ("malaria", "Malaria", 1880),
    ("leprosy", "Leprosy", 1873),
    ("typhoid_fever", "Typhoid fever", 1880),
    ("gonorrhea", "Gonorrhea", 1879),
    ("syphilis", "Syphilis", 1905),
    ("lyme_disease", "Lyme disease", 1982),
    ("aids", "AIDS", 1983),
    ("ebola", "Ebola virus disease", 1976),
    ("legionnaires_disease", "Legionnaires' disease", 1977),
    ("poliomyelitis", "Poliomyelitis", 1908),
    ("yellow_fever", "Yellow fever", 1927),
    ("zika_fever", "Zika fever", 1947),
    ("sleeping_sickness", "African sleeping sickness", 1902),
    ("sars", "SARS", 2003),
    ("marburg", "Marburg virus disease", 1967),
]

ATTRIBUTES = [
    # pathogens
    ("pathogen:mycobacterium_tuberculosis", "pathogen", "Mycobacterium tuberculosis"),
    ("pathogen:vibrio_cholerae", "pathogen", "Vibrio cholerae"),
    ("pathogen:bacillus_anthracis", "pathogen", "Bacillus anthracis"),
    ("pathogen:yersinia_pestis", "pathogen", "Yersinia pestis"),
    ("pathogen:plasmodium", "pathogen", "Plasmodium"),
    ("pathogen:mycobacterium_leprae", "pathogen", "Mycobacterium leprae"),
    ("pathogen:salmonella_typhi", "pathogen", "Salmonella Typhi"),
    ("pathogen:neisseria_gonorrhoeae", "pathogen", "Neisseria gonorrhoeae"),
    ("pathogen:treponema_pallidum", "pathogen", "Treponema pallidum"),
    ("pathogen:borrelia_burgdorferi", "pathogen", "Borrelia burgdorferi"),
    ("pathogen:hiv", "pathogen", "HIV"),
    ("pathogen:ebola_virus", "pathogen", "Ebola virus"),
    ("pathogen:legionella_pneumophila", "pathogen", "Legionella pneumophila"),
    ("pathogen:poliovirus", "pathogen", "poliovirus"),
    ("pathogen:yellow_fever_virus", "pathogen", "yellow fever virus"),
    ("pathogen:zika_virus", "pathogen", "Zika virus"),
    ("pathogen:trypanosoma_brucei", "pathogen", "Trypanosoma brucei"),
    ("pathogen:sars_coronavirus", "pathogen", "SARS coronavirus"),
    ("pathogen:marburg_virus", "pathogen", "Marburg virus"),
    # people
    ("person:robert_koch", "person", "Robert Koch"),
    ("person:filippo_pacini", "person", "Filippo Pacini"),
    ("person:alexandre_yersin", "person", "Alexandre Yersin"),
    ("person:kitasato_shibasaburo", "person", "Kitasato Shibasaburo"),
    ("person:alphonse_laveran", "person", "Alphonse Laveran"),
    ("person:gerhard_armauer_hansen", "person", "Gerhard Armauer Hansen"),
    ("person:karl_joseph_eberth", "person", "Karl Joseph Eberth"),
    ("person:albert_neisser", "person", "Albert Neisser"),
    ("person:fritz_schaudinn", "person", "Fritz Schaudinn"),
    ("person:erich_hoffmann", "person", "Erich Hoffmann"),
    ("person:willy_burgdorfer", "person", "Willy Burgdorfer"),
    ("person:luc_montagnier", "person", "Luc Montagnier"),
    ("person:francoise_barre_sinoussi", "person", "Francoise Barre-Sinoussi"),
    ("person:peter_piot", "person", "Peter Piot"),
    ("person:joseph_mcdade", "person", "Joseph McDade"),
    ("person:karl_landsteiner", "person", "Karl Landsteiner"),
    ("person:erwin_popper", "person", "Erwin Popper"),
    ("person:joseph_everett_dutton", "person", "Joseph Everett Dutton"),
    # categories
    ("category:bacterial_disease", "category", "bacterial disease"),
    ("category:viral_disease", "category", "viral disease"),
    ("category:parasitic_disease", "category", "parasitic disease"),
    # vectors
    ("vector:anopheles_mosquito", "vector", "Anopheles mosquito"),
    ("vector:aedes_mosquito", "vector", "Aedes mosquito"),
    ("vector:flea", "vector", "flea"),
    ("vector:tick", "vector", "tick"),
    ("vector:tsetse_fly", "vector", "tsetse fly"),
    # routes
    ("route:contaminated_water", "route", "contaminated water"),
    ("route:sexual_contact", "route", "sexual contact"),
    ("route:respiratory_droplets", "route", "respiratory droplets"),
    ("route:bodily_fluids", "route", "bodily fluids"),
    # places
    ("place:philadelphia", "place", "Philadelphia"),
    ("place:zaire", "place", "Zaire"),
    ("place:uganda", "place", "Uganda"),
    ("place:marburg", "place", "Marburg"),
    ("place:connecticut", "place", "Connecticut"),
    ("place:united_states", "place", "United States"),
    ("place:china", "place", "China"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"disease:{slug}", kind="item", type="disease", label=label, attrs={"year": year})
           for slug, label, year in DISEASES]
    out += [kgx.Entity(eid, kind="attribute", type=etype, label=label) for eid, etype, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    d = lambda s: f"disease:{s}"  # noqa: E731
    out = []
    # causative agents
    for slug, pathogen in [
        ("tuberculosis", "mycobacterium_tuberculosis"), ("cholera", "vibrio_cholerae"),
        ("anthrax", "bacillus_anthracis"), ("plague", "yersinia_pestis"), ("malaria", "plasmodium"),
        ("leprosy", "mycobacterium_leprae"), ("typhoid_fever", "salmonella_typhi"),
        ("gonorrhea", "neisseria_gonorrhoeae"), ("syphilis", "treponema_pallidum"),
        ("lyme_disease", "borrelia_burgdorferi"), ("aids", "hiv"), ("ebola", "ebola_virus"),
        ("legionnaires_disease", "legionella_pneumophila"), ("poliomyelitis", "poliovirus"),
        ("yellow_fever", "yellow_fever_virus"), ("zika_fever", "zika_virus"),
        ("sleeping_sickness", "trypanosoma_brucei"), ("sars", "sars_coronavirus"), ("marburg", "marburg_virus"),
    ]:
        out.append((d(slug), "caused_by", f"pathogen:{pathogen}"))
    # who identified the cause
    for slug, person in [
        ("tuberculosis", "robert_koch"), ("anthrax", "robert_koch"), ("cholera", "filippo_pacini"),
        ("plague", "alexandre_yersin"), ("plague", "kitasato_shibasaburo"), ("malaria", "alphonse_laveran"),
        ("leprosy", "gerhard_armauer_hansen"), ("typhoid_fever", "karl_joseph_eberth"),
        ("gonorrhea", "albert_neisser"), ("syphilis", "fritz_schaudinn"), ("syphilis", "erich_hoffmann"),
        ("lyme_disease", "willy_burgdorfer"), ("aids", "luc_montagnier"), ("aids", "francoise_barre_sinoussi"),
        ("ebola", "peter_piot"), ("legionnaires_disease", "joseph_mcdade"),
        ("poliomyelitis", "karl_landsteiner"), ("poliomyelitis", "erwin_popper"),
        ("sleeping_sickness", "joseph_everett_dutton"),
    ]:
        out.append((d(slug), "identified_by", f"person:{person}"))
    # classification
    for slug in ["tuberculosis", "cholera", "anthrax", "plague", "leprosy", "typhoid_fever", "gonorrhea",
                 "syphilis", "lyme_disease", "legionnaires_disease"]:
        out.append((d(slug), "classified_as", "category:bacterial_disease"))
    for slug in ["aids", "ebola", "poliomyelitis", "yellow_fever", "zika_fever", "sars", "marburg"]:
        out.append((d(slug), "classified_as", "category:viral_disease"))
    for slug in ["malaria", "sleeping_sickness"]:
        out.append((d(slug), "classified_as", "category:parasitic_disease"))
    # vectors
    for slug, vector in [
        ("malaria", "anopheles_mosquito"), ("yellow_fever", "aedes_mosquito"), ("zika_fever", "aedes_mosquito"),
        ("plague", "flea"), ("lyme_disease", "tick"), ("sleeping_sickness", "tsetse_fly"),
    ]:
        out.append((d(slug), "spread_by", f"vector:{vector}"))
    # routes of transmission
    for slug, route in [
        ("cholera", "contaminated_water"), ("typhoid_fever", "contaminated_water"),
        ("gonorrhea", "sexual_contact"), ("syphilis", "sexual_contact"), ("aids", "sexual_contact"),
        ("tuberculosis", "respiratory_droplets"), ("sars", "respiratory_droplets"),
        ("ebola", "bodily_fluids"), ("marburg", "bodily_fluids"),
    ]:
        out.append((d(slug), "transmitted_through", f"route:{route}"))
    # where first recorded
    for slug, place in [
        ("legionnaires_disease", "philadelphia"), ("ebola", "zaire"), ("zika_fever", "uganda"),
        ("marburg", "marburg"), ("lyme_disease", "connecticut"), ("aids", "united_states"), ("sars", "china"),
    ]:
        out.append((d(slug), "first_recorded_in", f"place:{place}"))
    # user ratings
    for user, ratings in {
        "ana": [("tuberculosis", 4.5), ("malaria", 5.0), ("cholera", 2.0), ("ebola", 3.0)],
        "ben": [("plague", 5.0), ("leprosy", 1.5), ("lyme_disease", 4.0), ("syphilis", 3.5)],
        "chen": [("aids", 4.5), ("sars", 2.0), ("zika_fever", 5.0), ("yellow_fever", 1.0)],
        "dara": [("legionnaires_disease", 4.0), ("poliomyelitis", 2.5), ("anthrax", 1.5), ("marburg", 5.0)],
        "emil": [("typhoid_fever", 3.0), ("gonorrhea", 4.5), ("sleeping_sickness", 2.0), ("tuberculosis", 1.0)],
    }.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", d(slug), {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind297")
