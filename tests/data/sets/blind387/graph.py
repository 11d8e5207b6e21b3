"""A small historians graph for blind evaluation (blind387).

Items are historians; their ``year`` attribute is the year of birth.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("historian",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("historian",), range=("place",)),
    kgx.Relation("wrote", phrase="wrote", inverse_phrase="was written by",
                 domain=("historian",), range=("book",)),
    kgx.Relation("taught_at", phrase="taught at", inverse_phrase="had on its faculty",
                 domain=("historian",), range=("institution",)),
    kgx.Relation("educated_at", phrase="studied at", inverse_phrase="educated",
                 domain=("historian",), range=("institution",)),
    kgx.Relation("specialized_in", phrase="specialized in", inverse_phrase="was the specialty of",
                 domain=("historian",), range=("field",)),
]

# slug, label, birth year
HISTORIANS = [
    ("edward_gibbon", "Edward Gibbon", 1737),
    ("thomas_babington_macaulay", "Thomas Babington Macaulay", 1800),
    ("leopold_von_ranke", "Leopold von Ranke", 1795),
    ("jacob_burckhardt", "Jacob Burckhardt", 1818),
    ("theodor_mommsen", "Theodor Mommsen", 1817),
    ("marc_bloch", "Marc Bloch", 1886),
    ("fernand_braudel", "Fernand Braudel", 1902),
    ("lucien_febvre", "Lucien Febvre", 1878),
    ("eric_hobsbawm", "Eric Hobsbawm", 1917),
    ("ep_thompson", "E. P. Thompson", 1924),
    ("barbara_tuchman", "Barbara Tuchman", 1912),
    ("ibn_khaldun", "Ibn Khaldun", 1332),
    ("ajp_taylor", "A. J. P. Taylor", 1906),
    ("simon_schama", "Simon Schama", 1945),
    ("mary_beard", "Mary Beard", 1955),
    ("howard_zinn", "Howard Zinn", 1922),
    ("johan_huizinga", "Johan Huizinga", 1872),
    ("hugh_trevor_roper", "Hugh Trevor-Roper", 1914),
]

PLACES = {
    "putney": "Putney", "rothley": "Rothley", "wiehe": "Wiehe", "basel": "Basel",
    "garding": "Garding", "lyon": "Lyon", "lumeville_en_ornois": "Luméville-en-Ornois",
    "nancy": "Nancy", "alexandria": "Alexandria", "oxford": "Oxford",
    "new_york_city": "New York City", "tunis": "Tunis", "birkdale": "Birkdale",
    "london": "London", "much_wenlock": "Much Wenlock", "groningen": "Groningen",
    "glanton": "Glanton",
}

BOOKS = {
    "decline_and_fall": "The History of the Decline and Fall of the Roman Empire",
    "history_of_england": "The History of England from the Accession of James the Second",
    "history_of_the_popes": "History of the Popes",
    "civilization_of_the_renaissance": "The Civilization of the Renaissance in Italy",
    "history_of_rome": "The History of Rome",
    "feudal_society": "Feudal Society",
    "historians_craft": "The Historian's Craft",
    "the_mediterranean": "The Mediterranean and the Mediterranean World in the Age of Philip II",
    "problem_of_unbelief": "The Problem of Unbelief in the Sixteenth Century",
    "age_of_revolution": "The Age of Revolution",
    "age_of_extremes": "The Age of Extremes",
    "making_of_the_english_working_class": "The Making of the English Working Class",
    "guns_of_august": "The Guns of August",
    "a_distant_mirror": "A Distant Mirror",
    "muqaddimah": "Muqaddimah",
    "origins_of_the_second_world_war": "The Origins of the Second World War",
    "citizens": "Citizens",
    "spqr": "SPQR",
    "peoples_history": "A People's History of the United States",
    "waning_of_the_middle_ages": "The Waning of the Middle Ages",
    "homo_ludens": "Homo Ludens",
    "last_days_of_hitler": "The Last Days of Hitler",
}

INSTITUTIONS = {
    "university_of_oxford": "University of Oxford",
    "university_of_cambridge": "University of Cambridge",
    "university_of_berlin": "University of Berlin",
    "leipzig_university": "Leipzig University",
    "university_of_basel": "University of Basel",
    "university_of_kiel": "University of Kiel",
    "university_of_strasbourg": "University of Strasbourg",
    "university_of_paris": "University of Paris",
    "ecole_normale_superieure": "École normale supérieure",
    "college_de_france": "Collège de France",
    "birkbeck": "Birkbeck, University of London",
    "university_of_warwick": "University of Warwick",
    "radcliffe_college": "Radcliffe College",
    "university_of_manchester": "University of Manchester",
    "columbia_university": "Columbia University",
    "harvard_university": "Harvard University",
    "boston_university": "Boston University",
    "spelman_college": "Spelman College",
    "leiden_university": "Leiden University",
    "university_of_groningen": "University of Groningen",
}

FIELDS = {
    "roman_history": "Roman history",
    "english_history": "English history",
    "early_modern_history": "Early modern history",
    "cultural_history": "Cultural history",
    "art_history": "Art history",
    "medieval_history": "Medieval history",
    "economic_history": "Economic history",
    "social_history": "Social history",
    "military_history": "Military history",
    "diplomatic_history": "Diplomatic history",
    "american_history": "American history",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year in HISTORIANS:
        out.append(kgx.Entity(f"historian:{slug}", kind="item", type="historian",
                              label=label, attrs={"year": year}))
    for prefix, typ, table in [("place", "place", PLACES), ("book", "book", BOOKS),
                               ("institution", "institution", INSTITUTIONS),
                               ("field", "field", FIELDS)]:
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=typ, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


# historian slug -> {relation: [tail ids]}
FACTS = {
    "edward_gibbon": {
        "born_in": ["place:putney"], "wrote": ["book:decline_and_fall"],
        "educated_at": ["institution:university_of_oxford"],
        "specialized_in": ["field:roman_history"]},
    "thomas_babington_macaulay": {
        "born_in": ["place:rothley"], "wrote": ["book:history_of_england"],
        "educated_at": ["institution:university_of_cambridge"],
        "specialized_in": ["field:english_history"]},
    "leopold_von_ranke": {
        "born_in": ["place:wiehe"], "wrote": ["book:history_of_the_popes"],
        "educated_at": ["institution:leipzig_university"],
        "taught_at": ["institution:university_of_berlin"],
        "specialized_in": ["field:early_modern_history"]},
    "jacob_burckhardt": {
        "born_in": ["place:basel"], "wrote": ["book:civilization_of_the_renaissance"],
        "educated_at": ["institution:university_of_berlin"],
        "taught_at": ["institution:university_of_basel"],
        "specialized_in": ["field:cultural_history", "field:art_history"]},
    "theodor_mommsen": {
        "born_in": ["place:garding"], "wrote": ["book:history_of_rome"],
        "educated_at": ["institution:university_of_kiel"],
        "taught_at": ["institution:university_of_berlin", "institution:leipzig_university"],
        "specialized_in": ["field:roman_history"]},
    "marc_bloch": {
        "born_in": ["place:lyon"], "wrote": ["book:feudal_society", "book:historians_craft"],
        "educated_at": ["institution:ecole_normale_superieure"],
        "taught_at": ["institution:university_of_strasbourg", "institution:university_of_paris"],
        "specialized_in": ["field:medieval_history"]},
    "fernand_braudel": {
        "born_in": ["place:lumeville_en_ornois"], "wrote": ["book:the_mediterranean"],
        "educated_at": ["institution:university_of_paris"],
        "taught_at": ["institution:college_de_france"],
        "specialized_in": ["field:economic_history", "field:early_modern_history"]},
    "lucien_febvre": {
        "born_in": ["place:nancy"], "wrote": ["book:problem_of_unbelief"],
        "educated_at": ["institution:ecole_normale_superieure"],
        "taught_at": ["institution:university_of_strasbourg", "institution:college_de_france"],
        "specialized_in": ["field:early_modern_history"]},
    "eric_hobsbawm": {
        "born_in": ["place:alexandria"],
        "wrote": ["book:age_of_revolution", "book:age_of_extremes"],
        "educated_at": ["institution:university_of_cambridge"],
        "taught_at": ["institution:birkbeck"],
        "specialized_in": ["field:social_history"]},
    "ep_thompson": {
        "born_in": ["place:oxford"], "wrote": ["book:making_of_the_english_working_class"],
        "educated_at": ["institution:university_of_cambridge"],
        "taught_at": ["institution:university_of_warwick"],
        "specialized_in": ["field:social_history"]},
    "barbara_tuchman": {
        "born_in": ["place:new_york_city"],
        "wrote": ["book:guns_of_august", "book:a_distant_mirror"],
        "educated_at": ["institution:radcliffe_college"],
        "specialized_in": ["field:military_history"]},
    "ibn_khaldun": {
        "born_in": ["place:tunis"], "wrote": ["book:muqaddimah"]},
    "ajp_taylor": {
        "born_in": ["place:birkdale"], "wrote": ["book:origins_of_the_second_world_war"],
        "educated_at": ["institution:university_of_oxford"],
        "taught_at": ["institution:university_of_oxford", "institution:university_of_manchester"],
        "specialized_in": ["field:diplomatic_history"]},
    "simon_schama": {
        "born_in": ["place:london"], "wrote": ["book:citizens"],
        "educated_at": ["institution:university_of_cambridge"],
        "taught_at": ["institution:columbia_university", "institution:harvard_university"],
        "specialized_in": ["field:art_history"]},
    "mary_beard": {
        "born_in": ["place:much_wenlock"], "wrote": ["book:spqr"],
        "educated_at": ["institution:university_of_cambridge"],
        "taught_at": ["institution:university_of_cambridge"],
        "specialized_in": ["field:roman_history"]},
    "howard_zinn": {
        "born_in": ["place:new_york_city"], "wrote": ["book:peoples_history"],
        "educated_at": ["institution:columbia_university"],
        "taught_at": ["institution:boston_university", "institution:spelman_college"],
        "specialized_in": ["field:american_history"]},
    "johan_huizinga": {
        "born_in": ["place:groningen"],
        "wrote": ["book:waning_of_the_middle_ages", "book:homo_ludens"],
        "educated_at": ["institution:university_of_groningen"],
        "taught_at": ["institution:leiden_university", "institution:university_of_groningen"],
        "specialized_in": ["field:cultural_history", "field:medieval_history"]},
    "hugh_trevor_roper": {
        "born_in": ["place:glanton"], "wrote": ["book:last_days_of_hitler"],
        "educated_at": ["institution:university_of_oxford"],
        "taught_at": ["institution:university_of_oxford"],
        "specialized_in": ["field:early_modern_history"]},
}

RATINGS = {
    "ana": {"edward_gibbon": 5.0, "marc_bloch": 4.5, "howard_zinn": 2.0, "mary_beard": 4.0},
    "ben": {"eric_hobsbawm": 4.5, "ep_thompson": 5.0, "ajp_taylor": 1.5,
            "thomas_babington_macaulay": 3.0},
    "chen": {"ibn_khaldun": 5.0, "fernand_braudel": 4.0, "leopold_von_ranke": 2.5,
             "theodor_mommsen": 1.0},
    "dara": {"barbara_tuchman": 4.5, "simon_schama": 3.5, "johan_huizinga": 5.0,
             "hugh_trevor_roper": 2.0},
    "emil": {"jacob_burckhardt": 4.0, "lucien_febvre": 1.5, "edward_gibbon": 3.0,
             "marc_bloch": 5.0},
}


def rows():
    out = []
    for slug, rels in FACTS.items():
        for rel, tails in rels.items():
            for tail in tails:
                out.append((f"historian:{slug}", rel, tail))
    for user, items in RATINGS.items():
        for slug, r in items.items():
            out.append((f"user:{user}", "rated", f"historian:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind387")
