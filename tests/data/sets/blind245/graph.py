"""blind245: a small graph of science and literature prizes (real facts)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("prize",)),
    kgx.Relation("awarded_by", phrase="is awarded by", inverse_phrase="awards", domain=("prize",), range=("organisation",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gives its name to", domain=("prize",), range=("person",)),
    kgx.Relation("field", phrase="is awarded for work in", inverse_phrase="is the field of", domain=("prize",), range=("field",)),
    kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to", domain=("prize",), range=("country",)),
    kgx.Relation("first_awarded_to", phrase="was first awarded to", inverse_phrase="was the first recipient of", domain=("prize",), range=("person",)),
]

PRIZES = [
    ("nobel_literature", "Nobel Prize in Literature", 1901),
    ("nobel_physics", "Nobel Prize in Physics", 1901),
    ("nobel_chemistry", "Nobel Prize in Chemistry", 1901),
    ("nobel_medicine", "Nobel Prize in Physiology or Medicine", 1901),
    ("fields_medal", "Fields Medal", 1936),
    ("abel_prize", "Abel Prize", 2003),
    ("turing_award", "Turing Award", 1966),
    ("booker_prize", "Booker Prize", 1969),
    ("pulitzer_fiction", "Pulitzer Prize for Fiction", 1918),
    ("prix_goncourt", "Prix Goncourt", 1903),
    ("cervantes_prize", "Miguel de Cervantes Prize", 1976),
    ("hugo_award", "Hugo Award", 1953),
    ("wolf_prize_mathematics", "Wolf Prize in Mathematics", 1978),
    ("copley_medal", "Copley Medal", 1731),
    ("franz_kafka_prize", "Franz Kafka Prize", 2001),
    ("andersen_award", "Hans Christian Andersen Award", 1956),
    ("crafoord_prize", "Crafoord Prize", 1982),
    ("carnegie_medal", "Carnegie Medal", 1936),
]

PEOPLE = [
    ("alfred_nobel", "Alfred Nobel"),
    ("john_charles_fields", "John Charles Fields"),
    ("niels_henrik_abel", "Niels Henrik Abel"),
    ("alan_turing", "Alan Turing"),
    ("joseph_pulitzer", "Joseph Pulitzer"),
    ("edmond_de_goncourt", "Edmond de Goncourt"),
    ("miguel_de_cervantes", "Miguel de Cervantes"),
    ("hugo_gernsback", "Hugo Gernsback"),
    ("ricardo_wolf", "Ricardo Wolf"),
    ("godfrey_copley", "Godfrey Copley"),
    ("franz_kafka", "Franz Kafka"),
    ("hans_christian_andersen", "Hans Christian Andersen"),
    ("andrew_carnegie", "Andrew Carnegie"),
    ("sully_prudhomme", "Sully Prudhomme"),
    ("wilhelm_roentgen", "Wilhelm Röntgen"),
    ("jacobus_van_t_hoff", "Jacobus Henricus van 't Hoff"),
    ("emil_von_behring", "Emil von Behring"),
    ("lars_ahlfors", "Lars Ahlfors"),
    ("jesse_douglas", "Jesse Douglas"),
    ("jean_pierre_serre", "Jean-Pierre Serre"),
    ("alan_perlis", "Alan Perlis"),
    ("p_h_newby", "P. H. Newby"),
    ("ernest_poole", "Ernest Poole"),
    ("john_antoine_nau", "John-Antoine Nau"),
    ("jorge_guillen", "Jorge Guillén"),
    ("israel_gelfand", "Israel Gelfand"),
    ("carl_ludwig_siegel", "Carl Ludwig Siegel"),
    ("stephen_gray", "Stephen Gray"),
    ("philip_roth", "Philip Roth"),
    ("eleanor_farjeon", "Eleanor Farjeon"),
    ("vladimir_arnold", "Vladimir Arnold"),
    ("louis_nirenberg", "Louis Nirenberg"),
    ("arthur_ransome", "Arthur Ransome"),
]

ORGS = [
    ("swedish_academy", "Swedish Academy"),
    ("royal_swedish_academy_of_sciences", "Royal Swedish Academy of Sciences"),
    ("nobel_assembly_karolinska", "Nobel Assembly at the Karolinska Institutet"),
    ("international_mathematical_union", "International Mathematical Union"),
    ("norwegian_academy", "Norwegian Academy of Science and Letters"),
    ("acm", "Association for Computing Machinery"),
    ("booker_prize_foundation", "Booker Prize Foundation"),
    ("columbia_university", "Columbia University"),
    ("academie_goncourt", "Académie Goncourt"),
    ("spanish_ministry_of_culture", "Spanish Ministry of Culture"),
    ("world_science_fiction_society", "World Science Fiction Society"),
    ("wolf_foundation", "Wolf Foundation"),
    ("royal_society", "Royal Society"),
    ("franz_kafka_society", "Franz Kafka Society"),
    ("ibby", "International Board on Books for Young People"),
    ("cilip", "CILIP"),
]

COUNTRIES = [
    ("sweden", "Sweden"), ("norway", "Norway"), ("united_states", "United States"),
    ("united_kingdom", "United Kingdom"), ("france", "France"), ("spain", "Spain"),
    ("israel", "Israel"), ("czech_republic", "Czech Republic"),
]

FIELDS = [
    ("literature", "literature"), ("physics", "physics"), ("chemistry", "chemistry"),
    ("medicine", "medicine"), ("mathematics", "mathematics"), ("computer_science", "computer science"),
    ("fiction", "fiction"), ("science_fiction", "science fiction"), ("science", "science"),
    ("childrens_literature", "children's literature"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

# prize slug -> (organisation, named after, field, country, [first recipients])
FACTS = {
    "nobel_literature": ("swedish_academy", "alfred_nobel", "literature", "sweden", ["sully_prudhomme"]),
    "nobel_physics": ("royal_swedish_academy_of_sciences", "alfred_nobel", "physics", "sweden", ["wilhelm_roentgen"]),
    "nobel_chemistry": ("royal_swedish_academy_of_sciences", "alfred_nobel", "chemistry", "sweden", ["jacobus_van_t_hoff"]),
    "nobel_medicine": ("nobel_assembly_karolinska", "alfred_nobel", "medicine", "sweden", ["emil_von_behring"]),
    "fields_medal": ("international_mathematical_union", "john_charles_fields", "mathematics", None, ["lars_ahlfors", "jesse_douglas"]),
    "abel_prize": ("norwegian_academy", "niels_henrik_abel", "mathematics", "norway", ["jean_pierre_serre"]),
    "turing_award": ("acm", "alan_turing", "computer_science", "united_states", ["alan_perlis"]),
    "booker_prize": ("booker_prize_foundation", None, "fiction", "united_kingdom", ["p_h_newby"]),
    "pulitzer_fiction": ("columbia_university", "joseph_pulitzer", "fiction", "united_states", ["ernest_poole"]),
    "prix_goncourt": ("academie_goncourt", "edmond_de_goncourt", "fiction", "france", ["john_antoine_nau"]),
    "cervantes_prize": ("spanish_ministry_of_culture", "miguel_de_cervantes", "literature", "spain", ["jorge_guillen"]),
    "hugo_award": ("world_science_fiction_society", "hugo_gernsback", "science_fiction", None, []),
    "wolf_prize_mathematics": ("wolf_foundation", "ricardo_wolf", "mathematics", "israel", ["israel_gelfand", "carl_ludwig_siegel"]),
    "copley_medal": ("royal_society", "godfrey_copley", "science", "united_kingdom", ["stephen_gray"]),
    "franz_kafka_prize": ("franz_kafka_society", "franz_kafka", "literature", "czech_republic", ["philip_roth"]),
    "andersen_award": ("ibby", "hans_christian_andersen", "childrens_literature", None, ["eleanor_farjeon"]),
    "crafoord_prize": ("royal_swedish_academy_of_sciences", None, "science", "sweden", ["vladimir_arnold", "louis_nirenberg"]),
    "carnegie_medal": ("cilip", "andrew_carnegie", "childrens_literature", "united_kingdom", ["arthur_ransome"]),
}

RATINGS = {
    "ana": [("nobel_literature", 5.0), ("booker_prize", 4.5), ("prix_goncourt", 2.0), ("fields_medal", 1.5)],
    "ben": [("turing_award", 4.0), ("abel_prize", 5.0), ("hugo_award", 1.0), ("copley_medal", 3.0)],
    "chen": [("hugo_award", 4.5), ("carnegie_medal", 4.0), ("pulitzer_fiction", 2.5), ("nobel_physics", 1.0)],
    "dara": [("nobel_chemistry", 3.5), ("crafoord_prize", 4.0), ("wolf_prize_mathematics", 2.0), ("franz_kafka_prize", 5.0)],
    "emil": [("cervantes_prize", 4.5), ("andersen_award", 2.0), ("nobel_medicine", 4.0), ("booker_prize", 1.5)],
}


def entities():
    out = [kgx.Entity(f"prize:{s}", kind="item", type="prize", label=name, attrs={"year": y}) for s, name, y in PRIZES]
    out += [kgx.Entity(f"person:{s}", kind="attribute", type="person", label=name) for s, name in PEOPLE]
    out += [kgx.Entity(f"organisation:{s}", kind="attribute", type="organisation", label=name) for s, name in ORGS]
    out += [kgx.Entity(f"country:{s}", kind="attribute", type="country", label=name) for s, name in COUNTRIES]
    out += [kgx.Entity(f"field:{s}", kind="attribute", type="field", label=name) for s, name in FIELDS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, (org, named, field, country, firsts) in FACTS.items():
        p = f"prize:{slug}"
        out.append((p, "awarded_by", f"organisation:{org}"))
        if named:
            out.append((p, "named_after", f"person:{named}"))
        out.append((p, "field", f"field:{field}"))
        if country:
            out.append((p, "based_in", f"country:{country}"))
        for f in firsts:
            out.append((p, "first_awarded_to", f"person:{f}"))
    for u, rs in RATINGS.items():
        for slug, r in rs:
            out.append((f"user:{u}", "rated", f"prize:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind245")
