"""A small knowledge graph of stage magicians (blind319).

Items are stage magicians; their ``year`` attribute is the year of birth.
Attributes are birthplaces (cities), specialities, venues they performed at,
and shows they starred in. Facts are real to the best of the author's knowledge.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("magician",)),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=("magician",), range=("city",)),
    kgx.Relation("known_for", phrase="is known for", inverse_phrase="is the speciality of",
                 domain=("magician",), range=("speciality",)),
    kgx.Relation("performed_at", phrase="performed at", inverse_phrase="hosted performances by",
                 domain=("magician",), range=("venue",)),
    kgx.Relation("inspired_by", phrase="was inspired by", inverse_phrase="inspired",
                 domain=("magician",), range=("magician",)),
    kgx.Relation("starred_in", phrase="starred in", inverse_phrase="starred",
                 domain=("magician",), range=("show",)),
]

# (slug, label, birth year, aliases)
MAGICIANS = [
    ("harry_houdini", "Harry Houdini", 1874, ("Houdini",)),
    ("jean_eugene_robert_houdin", "Jean-Eugène Robert-Houdin", 1805, ("Robert-Houdin",)),
    ("georges_melies", "Georges Méliès", 1861, ("Méliès",)),
    ("john_nevil_maskelyne", "John Nevil Maskelyne", 1839, ("Maskelyne",)),
    ("david_devant", "David Devant", 1868, ("Devant",)),
    ("harry_kellar", "Harry Kellar", 1849, ("Kellar",)),
    ("howard_thurston", "Howard Thurston", 1869, ("Thurston",)),
    ("chung_ling_soo", "Chung Ling Soo", 1861, ()),
    ("dai_vernon", "Dai Vernon", 1894, ("Vernon",)),
    ("doug_henning", "Doug Henning", 1947, ("Henning",)),
    ("david_copperfield", "David Copperfield", 1956, ("Copperfield",)),
    ("penn_jillette", "Penn Jillette", 1955, ("Penn",)),
    ("teller", "Teller", 1948, ()),
    ("siegfried_fischbacher", "Siegfried Fischbacher", 1939, ("Siegfried",)),
    ("roy_horn", "Roy Horn", 1944, ("Roy",)),
    ("lance_burton", "Lance Burton", 1960, ("Burton",)),
    ("david_blaine", "David Blaine", 1973, ("Blaine",)),
    ("criss_angel", "Criss Angel", 1967, ()),
    ("derren_brown", "Derren Brown", 1971, ()),
    ("dynamo", "Dynamo", 1982, ("Steven Frayne",)),
]

CITIES = {
    "budapest": "Budapest", "blois": "Blois", "paris": "Paris", "cheltenham": "Cheltenham",
    "london": "London", "erie": "Erie", "columbus": "Columbus", "ottawa": "Ottawa",
    "winnipeg": "Winnipeg", "metuchen": "Metuchen", "greenfield": "Greenfield",
    "philadelphia": "Philadelphia", "rosenheim": "Rosenheim", "nordenham": "Nordenham",
    "louisville": "Louisville", "brooklyn": "Brooklyn", "east_meadow": "East Meadow",
    "croydon": "Croydon", "bradford": "Bradford",
}

SPECIALITIES = {
    "escapology": "escapology", "illusion": "illusion", "automata": "automata",
    "card_magic": "card magic", "bullet_catch": "bullet catch",
    "sleight_of_hand": "sleight of hand", "comedy_magic": "comedy magic",
    "street_magic": "street magic", "endurance_stunts": "endurance stunts",
    "mentalism": "mentalism",
}

VENUES = {
    "new_york_hippodrome": ("New York Hippodrome", ("the Hippodrome",)),
    "theatre_robert_houdin": ("Théâtre Robert-Houdin", ()),
    "egyptian_hall": ("Egyptian Hall", ()),
    "wood_green_empire": ("Wood Green Empire", ()),
    "magic_castle": ("Magic Castle", ()),
    "mgm_grand": ("MGM Grand", ()),
    "rio": ("Rio All-Suite Hotel and Casino", ("the Rio",)),
    "the_mirage": ("The Mirage", ()),
    "monte_carlo": ("Monte Carlo Resort and Casino", ()),
    "luxor": ("Luxor", ()),
}

SHOWS = {
    "the_magic_show": "The Magic Show",
    "fool_us": "Penn & Teller: Fool Us",
    "street_magic": "David Blaine: Street Magic",
    "mindfreak": "Criss Angel Mindfreak",
    "mind_control": "Derren Brown: Mind Control",
    "magician_impossible": "Dynamo: Magician Impossible",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year, aliases in MAGICIANS:
        out.append(kgx.Entity(f"magician:{slug}", kind="item", type="magician", label=label,
                              aliases=aliases, attrs={"year": year}))
    for slug, label in CITIES.items():
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, label in SPECIALITIES.items():
        out.append(kgx.Entity(f"speciality:{slug}", kind="attribute", type="speciality", label=label))
    for slug, (label, aliases) in VENUES.items():
        out.append(kgx.Entity(f"venue:{slug}", kind="attribute", type="venue", label=label,
                              aliases=aliases))
    for slug, label in SHOWS.items():
        out.append(kgx.Entity(f"show:{slug}", kind="attribute", type="show", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def _m(slug):
    return f"magician:{slug}"


BORN_IN = {
    "harry_houdini": "budapest", "jean_eugene_robert_houdin": "blois", "georges_melies": "paris",
    "john_nevil_maskelyne": "cheltenham", "david_devant": "london", "harry_kellar": "erie",
    "howard_thurston": "columbus", "dai_vernon": "ottawa", "doug_henning": "winnipeg",
    "david_copperfield": "metuchen", "penn_jillette": "greenfield", "teller": "philadelphia",
    "siegfried_fischbacher": "rosenheim", "roy_horn": "nordenham", "lance_burton": "louisville",
    "david_blaine": "brooklyn", "criss_angel": "east_meadow", "derren_brown": "croydon",
    "dynamo": "bradford",
}

KNOWN_FOR = [
    ("harry_houdini", "escapology"),
    ("jean_eugene_robert_houdin", "illusion"), ("jean_eugene_robert_houdin", "automata"),
    ("georges_melies", "illusion"),
    ("john_nevil_maskelyne", "illusion"),
    ("david_devant", "illusion"),
    ("harry_kellar", "illusion"),
    ("howard_thurston", "illusion"), ("howard_thurston", "card_magic"),
    ("chung_ling_soo", "bullet_catch"),
    ("dai_vernon", "sleight_of_hand"), ("dai_vernon", "card_magic"),
    ("doug_henning", "illusion"),
    ("david_copperfield", "illusion"),
    ("penn_jillette", "comedy_magic"), ("teller", "comedy_magic"),
    ("siegfried_fischbacher", "illusion"), ("roy_horn", "illusion"),
    ("lance_burton", "sleight_of_hand"),
    ("david_blaine", "street_magic"), ("david_blaine", "endurance_stunts"),
    ("criss_angel", "illusion"),
    ("derren_brown", "mentalism"),
    ("dynamo", "street_magic"),
]

PERFORMED_AT = [
    ("harry_houdini", "new_york_hippodrome"),
    ("jean_eugene_robert_houdin", "theatre_robert_houdin"),
    ("georges_melies", "theatre_robert_houdin"),
    ("john_nevil_maskelyne", "egyptian_hall"),
    ("david_devant", "egyptian_hall"),
    ("chung_ling_soo", "wood_green_empire"),
    ("dai_vernon", "magic_castle"),
    ("david_copperfield", "mgm_grand"),
    ("penn_jillette", "rio"), ("teller", "rio"),
    ("siegfried_fischbacher", "the_mirage"), ("roy_horn", "the_mirage"),
    ("lance_burton", "monte_carlo"),
    ("criss_angel", "luxor"),
]

INSPIRED_BY = [
    ("harry_houdini", "jean_eugene_robert_houdin"),
    ("howard_thurston", "harry_kellar"),
    ("georges_melies", "john_nevil_maskelyne"),
    ("david_blaine", "harry_houdini"),
    ("criss_angel", "harry_houdini"),
]

STARRED_IN = [
    ("doug_henning", "the_magic_show"),
    ("penn_jillette", "fool_us"), ("teller", "fool_us"),
    ("david_blaine", "street_magic"),
    ("criss_angel", "mindfreak"),
    ("derren_brown", "mind_control"),
    ("dynamo", "magician_impossible"),
]

RATINGS = {
    "ana": [("harry_houdini", 5.0), ("david_copperfield", 4.5), ("derren_brown", 2.0), ("dynamo", 3.0)],
    "ben": [("penn_jillette", 4.5), ("criss_angel", 1.5), ("lance_burton", 4.0), ("siegfried_fischbacher", 3.5)],
    "chen": [("jean_eugene_robert_houdin", 5.0), ("georges_melies", 4.5), ("john_nevil_maskelyne", 2.5), ("david_devant", 1.0)],
    "dara": [("david_blaine", 2.0), ("dynamo", 5.0), ("derren_brown", 4.0), ("chung_ling_soo", 3.0)],
    "emil": [("dai_vernon", 4.5), ("howard_thurston", 3.5), ("harry_kellar", 1.5), ("teller", 5.0)],
}


def rows():
    out = []
    for m, c in BORN_IN.items():
        out.append((_m(m), "born_in", f"city:{c}"))
    for m, s in KNOWN_FOR:
        out.append((_m(m), "known_for", f"speciality:{s}"))
    for m, v in PERFORMED_AT:
        out.append((_m(m), "performed_at", f"venue:{v}"))
    for m, other in INSPIRED_BY:
        out.append((_m(m), "inspired_by", _m(other)))
    for m, s in STARRED_IN:
        out.append((_m(m), "starred_in", f"show:{s}"))
    for u, rs in RATINGS.items():
        for m, r in rs:
            out.append((f"user:{u}", "rated", _m(m), {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind319")
