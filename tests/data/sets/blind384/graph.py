"""A small inventors graph (blind384)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("inventor",)),
    kgx.Relation("invented", phrase="invented", inverse_phrase="was invented by", domain=("inventor",), range=("invention",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("inventor",), range=("place",)),
    kgx.Relation("field", phrase="worked in the field of", inverse_phrase="is the field of", domain=("inventor",), range=("field",)),
    kgx.Relation("founded", phrase="founded", inverse_phrase="was founded by", domain=("inventor",), range=("organisation",)),
    kgx.Relation("worked_for", phrase="worked for", inverse_phrase="employed", domain=("inventor",), range=("organisation",)),
    kgx.Relation("studied_at", phrase="studied at", inverse_phrase="educated", domain=("inventor",), range=("organisation",)),
]

# id slug, label, birth year
INVENTORS = [
    ("thomas_edison", "Thomas Edison", 1847),
    ("nikola_tesla", "Nikola Tesla", 1856),
    ("alexander_graham_bell", "Alexander Graham Bell", 1847),
    ("guglielmo_marconi", "Guglielmo Marconi", 1874),
    ("alessandro_volta", "Alessandro Volta", 1745),
    ("james_watt", "James Watt", 1736),
    ("samuel_morse", "Samuel Morse", 1791),
    ("wilbur_wright", "Wilbur Wright", 1867),
    ("orville_wright", "Orville Wright", 1871),
    ("karl_benz", "Karl Benz", 1844),
    ("rudolf_diesel", "Rudolf Diesel", 1858),
    ("alfred_nobel", "Alfred Nobel", 1833),
    ("louis_braille", "Louis Braille", 1809),
    ("tim_berners_lee", "Tim Berners-Lee", 1955),
    ("benjamin_franklin", "Benjamin Franklin", 1706),
    ("charles_babbage", "Charles Babbage", 1791),
    ("willis_carrier", "Willis Carrier", 1876),
    ("philo_farnsworth", "Philo Farnsworth", 1906),
]

INVENTIONS = {
    "phonograph": "phonograph",
    "kinetoscope": "kinetoscope",
    "induction_motor": "induction motor",
    "tesla_coil": "Tesla coil",
    "telephone": "telephone",
    "photophone": "photophone",
    "wireless_telegraph": "wireless telegraph",
    "voltaic_pile": "voltaic pile",
    "separate_condenser": "separate condenser",
    "morse_code": "Morse code",
    "electric_telegraph": "electric telegraph",
    "wright_flyer": "Wright Flyer",
    "benz_patent_motorwagen": "Benz Patent-Motorwagen",
    "diesel_engine": "diesel engine",
    "dynamite": "dynamite",
    "braille": "braille",
    "world_wide_web": "World Wide Web",
    "lightning_rod": "lightning rod",
    "bifocals": "bifocals",
    "difference_engine": "Difference Engine",
    "air_conditioner": "air conditioner",
    "image_dissector": "image dissector",
}

PLACES = {
    "milan_ohio": "Milan, Ohio",
    "smiljan": "Smiljan",
    "edinburgh": "Edinburgh",
    "bologna": "Bologna",
    "como": "Como",
    "greenock": "Greenock",
    "charlestown": "Charlestown",
    "millville": "Millville",
    "dayton": "Dayton",
    "muhlburg": "Mühlburg",
    "paris": "Paris",
    "stockholm": "Stockholm",
    "coupvray": "Coupvray",
    "london": "London",
    "boston": "Boston",
    "angola_new_york": "Angola, New York",
    "beaver_utah": "Beaver, Utah",
}

FIELDS = {
    "electrical_engineering": "electrical engineering",
    "telecommunications": "telecommunications",
    "physics": "physics",
    "mechanical_engineering": "mechanical engineering",
    "aviation": "aviation",
    "chemistry": "chemistry",
    "computer_science": "computer science",
    "mathematics": "mathematics",
}

ORGS = {
    "general_electric": "General Electric",
    "western_union": "Western Union",
    "edison_machine_works": "Edison Machine Works",
    "westinghouse_electric": "Westinghouse Electric",
    "graz_university_of_technology": "Graz University of Technology",
    "bell_telephone_company": "Bell Telephone Company",
    "national_geographic_society": "National Geographic Society",
    "university_of_edinburgh": "University of Edinburgh",
    "university_college_london": "University College London",
    "marconi_company": "Marconi Company",
    "university_of_pavia": "University of Pavia",
    "boulton_and_watt": "Boulton & Watt",
    "university_of_glasgow": "University of Glasgow",
    "yale_university": "Yale University",
    "new_york_university": "New York University",
    "wright_company": "Wright Company",
    "benz_und_cie": "Benz & Cie.",
    "university_of_karlsruhe": "University of Karlsruhe",
    "technical_university_of_munich": "Technical University of Munich",
    "linde": "Linde",
    "nitroglycerin_ab": "Nitroglycerin AB",
    "royal_institute_for_blind_youth": "Royal Institute for Blind Youth",
    "cern": "CERN",
    "world_wide_web_consortium": "World Wide Web Consortium",
    "university_of_oxford": "University of Oxford",
    "university_of_pennsylvania": "University of Pennsylvania",
    "american_philosophical_society": "American Philosophical Society",
    "university_of_cambridge": "University of Cambridge",
    "carrier_corporation": "Carrier Corporation",
    "cornell_university": "Cornell University",
    "buffalo_forge_company": "Buffalo Forge Company",
    "philco": "Philco",
    "brigham_young_university": "Brigham Young University",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"inventor:{s}", kind="item", type="inventor", label=lab, attrs={"year": y})
           for s, lab, y in INVENTORS]
    out += [kgx.Entity(f"invention:{s}", kind="attribute", type="invention", label=lab) for s, lab in INVENTIONS.items()]
    out += [kgx.Entity(f"place:{s}", kind="attribute", type="place", label=lab) for s, lab in PLACES.items()]
    out += [kgx.Entity(f"field:{s}", kind="attribute", type="field", label=lab) for s, lab in FIELDS.items()]
    out += [kgx.Entity(f"org:{s}", kind="attribute", type="organisation", label=lab) for s, lab in ORGS.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "thomas_edison": {
        "invented": ["phonograph", "kinetoscope"], "born_in": ["milan_ohio"],
        "field": ["electrical_engineering"], "founded": ["general_electric"], "worked_for": ["western_union"],
    },
    "nikola_tesla": {
        "invented": ["induction_motor", "tesla_coil"], "born_in": ["smiljan"],
        "field": ["electrical_engineering"], "worked_for": ["edison_machine_works", "westinghouse_electric"],
        "studied_at": ["graz_university_of_technology"],
    },
    "alexander_graham_bell": {
        "invented": ["telephone", "photophone"], "born_in": ["edinburgh"], "field": ["telecommunications"],
        "founded": ["bell_telephone_company", "national_geographic_society"],
        "studied_at": ["university_of_edinburgh", "university_college_london"],
    },
    "guglielmo_marconi": {
        "invented": ["wireless_telegraph"], "born_in": ["bologna"], "field": ["telecommunications"],
        "founded": ["marconi_company"],
    },
    "alessandro_volta": {
        "invented": ["voltaic_pile"], "born_in": ["como"], "field": ["physics"], "worked_for": ["university_of_pavia"],
    },
    "james_watt": {
        "invented": ["separate_condenser"], "born_in": ["greenock"], "field": ["mechanical_engineering"],
        "founded": ["boulton_and_watt"], "worked_for": ["university_of_glasgow"],
    },
    "samuel_morse": {
        "invented": ["morse_code", "electric_telegraph"], "born_in": ["charlestown"], "field": ["telecommunications"],
        "studied_at": ["yale_university"], "worked_for": ["new_york_university"],
    },
    "wilbur_wright": {
        "invented": ["wright_flyer"], "born_in": ["millville"], "field": ["aviation"], "founded": ["wright_company"],
    },
    "orville_wright": {
        "invented": ["wright_flyer"], "born_in": ["dayton"], "field": ["aviation"], "founded": ["wright_company"],
    },
    "karl_benz": {
        "invented": ["benz_patent_motorwagen"], "born_in": ["muhlburg"], "field": ["mechanical_engineering"],
        "founded": ["benz_und_cie"], "studied_at": ["university_of_karlsruhe"],
    },
    "rudolf_diesel": {
        "invented": ["diesel_engine"], "born_in": ["paris"], "field": ["mechanical_engineering"],
        "studied_at": ["technical_university_of_munich"], "worked_for": ["linde"],
    },
    "alfred_nobel": {
        "invented": ["dynamite"], "born_in": ["stockholm"], "field": ["chemistry"], "founded": ["nitroglycerin_ab"],
    },
    "louis_braille": {
        "invented": ["braille"], "born_in": ["coupvray"],
        "studied_at": ["royal_institute_for_blind_youth"], "worked_for": ["royal_institute_for_blind_youth"],
    },
    "tim_berners_lee": {
        "invented": ["world_wide_web"], "born_in": ["london"], "field": ["computer_science"],
        "founded": ["world_wide_web_consortium"], "worked_for": ["cern"], "studied_at": ["university_of_oxford"],
    },
    "benjamin_franklin": {
        "invented": ["lightning_rod", "bifocals"], "born_in": ["boston"],
        "founded": ["university_of_pennsylvania", "american_philosophical_society"],
    },
    "charles_babbage": {
        "invented": ["difference_engine"], "born_in": ["london"], "field": ["mathematics"],
        "studied_at": ["university_of_cambridge"], "worked_for": ["university_of_cambridge"],
    },
    "willis_carrier": {
        "invented": ["air_conditioner"], "born_in": ["angola_new_york"], "field": ["mechanical_engineering"],
        "founded": ["carrier_corporation"], "studied_at": ["cornell_university"], "worked_for": ["buffalo_forge_company"],
    },
    "philo_farnsworth": {
        "invented": ["image_dissector"], "born_in": ["beaver_utah"], "field": ["electrical_engineering"],
        "studied_at": ["brigham_young_university"], "worked_for": ["philco"],
    },
}

PREFIX = {"invented": "invention", "born_in": "place", "field": "field",
          "founded": "org", "worked_for": "org", "studied_at": "org"}

RATINGS = {
    "ana": {"thomas_edison": 4.5, "nikola_tesla": 5.0, "alexander_graham_bell": 2.0, "guglielmo_marconi": 3.5},
    "ben": {"wilbur_wright": 4.0, "orville_wright": 1.5, "karl_benz": 5.0, "rudolf_diesel": 2.5},
    "chen": {"tim_berners_lee": 5.0, "charles_babbage": 4.5, "samuel_morse": 1.0, "alessandro_volta": 3.0},
    "dara": {"alfred_nobel": 2.0, "louis_braille": 4.0, "benjamin_franklin": 5.0, "james_watt": 0.5},
    "emil": {"willis_carrier": 3.0, "philo_farnsworth": 4.5, "thomas_edison": 1.5, "nikola_tesla": 4.0},
}


def rows():
    out = []
    for inv, rels in FACTS.items():
        for rel, tails in rels.items():
            for t in tails:
                out.append((f"inventor:{inv}", rel, f"{PREFIX[rel]}:{t}"))
    for u, rs in RATINGS.items():
        for inv, r in rs.items():
            out.append((f"user:{u}", "rated", f"inventor:{inv}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind384")
