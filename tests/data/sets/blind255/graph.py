"""A small pharmaceutical drugs graph (blind255).

Item year = the year the drug entered medical use (first approval or first marketing).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("drug",)),
    kgx.Relation("developed_by", phrase="was developed by", inverse_phrase="developed",
                 domain=("drug",), range=("company",)),
    kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
                 domain=("drug",), range=("person",)),
    kgx.Relation("has_class", phrase="belongs to the drug class", inverse_phrase="is the drug class of",
                 domain=("drug",), range=("drug_class",)),
    kgx.Relation("treats", phrase="is used to treat", inverse_phrase="is treated with",
                 domain=("drug",), range=("condition",)),
    kgx.Relation("administered_by", phrase="is administered by", inverse_phrase="is the route of administration of",
                 domain=("drug",), range=("route",)),
]

DRUGS = [
    ("aspirin", "Aspirin", 1899),
    ("penicillin", "Penicillin", 1942),
    ("insulin", "Insulin", 1922),
    ("metformin", "Metformin", 1957),
    ("atorvastatin", "Atorvastatin", 1996),
    ("lovastatin", "Lovastatin", 1987),
    ("omeprazole", "Omeprazole", 1988),
    ("sildenafil", "Sildenafil", 1998),
    ("fluoxetine", "Fluoxetine", 1986),
    ("ibuprofen", "Ibuprofen", 1969),
    ("warfarin", "Warfarin", 1954),
    ("imatinib", "Imatinib", 2001),
    ("diazepam", "Diazepam", 1963),
    ("chlordiazepoxide", "Chlordiazepoxide", 1960),
    ("propranolol", "Propranolol", 1964),
    ("cimetidine", "Cimetidine", 1977),
    ("zidovudine", "Zidovudine", 1987),
    ("adalimumab", "Adalimumab", 2002),
    ("salbutamol", "Salbutamol", 1969),
]

ATTRIBUTES = [
    # companies
    ("company:bayer", "company", "Bayer"),
    ("company:parke_davis", "company", "Parke-Davis"),
    ("company:merck", "company", "Merck"),
    ("company:astra", "company", "Astra AB"),
    ("company:pfizer", "company", "Pfizer"),
    ("company:eli_lilly", "company", "Eli Lilly"),
    ("company:boots", "company", "Boots"),
    ("company:warf", "company", "Wisconsin Alumni Research Foundation"),
    ("company:novartis", "company", "Novartis"),
    ("company:roche", "company", "Hoffmann-La Roche"),
    ("company:ici", "company", "Imperial Chemical Industries"),
    ("company:skf", "company", "Smith, Kline & French"),
    ("company:burroughs_wellcome", "company", "Burroughs Wellcome"),
    ("company:allen_hanburys", "company", "Allen & Hanburys"),
    # people
    ("person:felix_hoffmann", "person", "Felix Hoffmann"),
    ("person:alexander_fleming", "person", "Alexander Fleming"),
    ("person:frederick_banting", "person", "Frederick Banting"),
    ("person:charles_best", "person", "Charles Best"),
    ("person:bruce_roth", "person", "Bruce Roth"),
    ("person:stewart_adams", "person", "Stewart Adams"),
    ("person:karl_paul_link", "person", "Karl Paul Link"),
    ("person:leo_sternbach", "person", "Leo Sternbach"),
    ("person:james_black", "person", "James Black"),
    ("person:david_jack", "person", "David Jack"),
    ("person:jerome_horwitz", "person", "Jerome Horwitz"),
    # drug classes
    ("class:nsaid", "drug_class", "NSAID"),
    ("class:antibiotic", "drug_class", "Antibiotic"),
    ("class:peptide_hormone", "drug_class", "Peptide hormone"),
    ("class:biguanide", "drug_class", "Biguanide"),
    ("class:statin", "drug_class", "Statin"),
    ("class:ppi", "drug_class", "Proton pump inhibitor"),
    ("class:pde5_inhibitor", "drug_class", "PDE5 inhibitor"),
    ("class:ssri", "drug_class", "SSRI"),
    ("class:anticoagulant", "drug_class", "Anticoagulant"),
    ("class:tki", "drug_class", "Tyrosine kinase inhibitor"),
    ("class:benzodiazepine", "drug_class", "Benzodiazepine"),
    ("class:beta_blocker", "drug_class", "Beta blocker"),
    ("class:h2_antagonist", "drug_class", "H2 receptor antagonist"),
    ("class:nrti", "drug_class", "Nucleoside reverse transcriptase inhibitor"),
    ("class:tnf_inhibitor", "drug_class", "TNF inhibitor"),
    ("class:bronchodilator", "drug_class", "Bronchodilator"),
    # conditions
    ("condition:pain", "condition", "Pain"),
    ("condition:fever", "condition", "Fever"),
    ("condition:bacterial_infection", "condition", "Bacterial infection"),
    ("condition:type_1_diabetes", "condition", "Type 1 diabetes"),
    ("condition:type_2_diabetes", "condition", "Type 2 diabetes"),
    ("condition:high_cholesterol", "condition", "High cholesterol"),
    ("condition:gerd", "condition", "Gastroesophageal reflux disease"),
    ("condition:peptic_ulcer", "condition", "Peptic ulcer"),
    ("condition:erectile_dysfunction", "condition", "Erectile dysfunction"),
    ("condition:pah", "condition", "Pulmonary arterial hypertension"),
    ("condition:depression", "condition", "Depression"),
    ("condition:deep_vein_thrombosis", "condition", "Deep vein thrombosis"),
    ("condition:cml", "condition", "Chronic myeloid leukemia"),
    ("condition:anxiety", "condition", "Anxiety"),
    ("condition:hypertension", "condition", "Hypertension"),
    ("condition:hiv_aids", "condition", "HIV/AIDS"),
    ("condition:rheumatoid_arthritis", "condition", "Rheumatoid arthritis"),
    ("condition:asthma", "condition", "Asthma"),
    # routes
    ("route:oral", "route", "Oral"),
    ("route:injection", "route", "Injection"),
    ("route:inhalation", "route", "Inhalation"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"drug:{slug}", kind="item", type="drug", label=label, attrs={"year": year})
           for slug, label, year in DRUGS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


FACTS = {
    "aspirin": {"developed_by": ["bayer"], "discovered_by": ["felix_hoffmann"], "has_class": ["nsaid"],
                "treats": ["pain", "fever"], "administered_by": ["oral"]},
    "penicillin": {"discovered_by": ["alexander_fleming"], "has_class": ["antibiotic"],
                   "treats": ["bacterial_infection"]},
    "insulin": {"discovered_by": ["frederick_banting", "charles_best"], "has_class": ["peptide_hormone"],
                "treats": ["type_1_diabetes"], "administered_by": ["injection"]},
    "metformin": {"has_class": ["biguanide"], "treats": ["type_2_diabetes"], "administered_by": ["oral"]},
    "atorvastatin": {"developed_by": ["parke_davis"], "discovered_by": ["bruce_roth"], "has_class": ["statin"],
                     "treats": ["high_cholesterol"], "administered_by": ["oral"]},
    "lovastatin": {"developed_by": ["merck"], "has_class": ["statin"], "treats": ["high_cholesterol"],
                   "administered_by": ["oral"]},
    "omeprazole": {"developed_by": ["astra"], "has_class": ["ppi"], "treats": ["gerd", "peptic_ulcer"],
                   "administered_by": ["oral"]},
    "sildenafil": {"developed_by": ["pfizer"], "has_class": ["pde5_inhibitor"],
                   "treats": ["erectile_dysfunction", "pah"], "administered_by": ["oral"]},
    "fluoxetine": {"developed_by": ["eli_lilly"], "has_class": ["ssri"], "treats": ["depression"],
                   "administered_by": ["oral"]},
    "ibuprofen": {"developed_by": ["boots"], "discovered_by": ["stewart_adams"], "has_class": ["nsaid"],
                  "treats": ["pain", "fever"], "administered_by": ["oral"]},
    "warfarin": {"developed_by": ["warf"], "discovered_by": ["karl_paul_link"], "has_class": ["anticoagulant"],
                 "treats": ["deep_vein_thrombosis"], "administered_by": ["oral"]},
    "imatinib": {"developed_by": ["novartis"], "has_class": ["tki"], "treats": ["cml"],
                 "administered_by": ["oral"]},
    "diazepam": {"developed_by": ["roche"], "discovered_by": ["leo_sternbach"], "has_class": ["benzodiazepine"],
                 "treats": ["anxiety"], "administered_by": ["oral"]},
    "chlordiazepoxide": {"developed_by": ["roche"], "discovered_by": ["leo_sternbach"],
                         "has_class": ["benzodiazepine"], "treats": ["anxiety"], "administered_by": ["oral"]},
    "propranolol": {"developed_by": ["ici"], "discovered_by": ["james_black"], "has_class": ["beta_blocker"],
                    "treats": ["hypertension"], "administered_by": ["oral"]},
    "cimetidine": {"developed_by": ["skf"], "discovered_by": ["james_black"], "has_class": ["h2_antagonist"],
                   "treats": ["peptic_ulcer"], "administered_by": ["oral"]},
    "zidovudine": {"developed_by": ["burroughs_wellcome"], "discovered_by": ["jerome_horwitz"],
                   "has_class": ["nrti"], "treats": ["hiv_aids"], "administered_by": ["oral"]},
    "adalimumab": {"has_class": ["tnf_inhibitor"], "treats": ["rheumatoid_arthritis"],
                   "administered_by": ["injection"]},
    "salbutamol": {"developed_by": ["allen_hanburys"], "discovered_by": ["david_jack"],
                   "has_class": ["bronchodilator"], "treats": ["asthma"], "administered_by": ["inhalation"]},
}

PREFIX = {"developed_by": "company", "discovered_by": "person", "has_class": "class",
          "treats": "condition", "administered_by": "route"}

RATINGS = {
    "ana": {"aspirin": 4.5, "ibuprofen": 2.0, "diazepam": 5.0, "atorvastatin": 3.0},
    "ben": {"penicillin": 5.0, "insulin": 4.0, "warfarin": 1.5, "sildenafil": 3.5},
    "chen": {"fluoxetine": 4.5, "omeprazole": 2.0, "salbutamol": 5.0, "metformin": 1.0},
    "dara": {"imatinib": 4.0, "propranolol": 2.5, "cimetidine": 4.5, "zidovudine": 1.5},
    "emil": {"lovastatin": 3.0, "chlordiazepoxide": 5.0, "adalimumab": 2.0, "aspirin": 4.0},
}


def rows():
    out = []
    for drug, facts in FACTS.items():
        for rel, tails in facts.items():
            for t in tails:
                out.append((f"drug:{drug}", rel, f"{PREFIX[rel]}:{t}"))
    for user, ratings in RATINGS.items():
        for drug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"drug:{drug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind255")
