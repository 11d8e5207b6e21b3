"""blind197: a small graph of named asteroids (year = year of discovery)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("asteroid",)),
    kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
                 domain=("asteroid",), range=("person", "survey")),
    kgx.Relation("discovered_at", phrase="was discovered at", inverse_phrase="was the discovery site of",
                 domain=("asteroid",), range=("site",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                 domain=("asteroid",), range=("person", "deity", "hero")),
    kgx.Relation("member_of", phrase="is a member of", inverse_phrase="counts among its members",
                 domain=("asteroid",), range=("orbital_group",)),
    kgx.Relation("spectral_type", phrase="has the spectral type", inverse_phrase="is the spectral type of",
                 domain=("asteroid",), range=("spectral_class",)),
    kgx.Relation("visited_by", phrase="was visited by", inverse_phrase="visited",
                 domain=("asteroid",), range=("spacecraft",)),
]

# slug, label, number, discovery year
ASTEROIDS = [
    ("vesta", "Vesta", 4, 1807),
    ("pallas", "Pallas", 2, 1802),
    ("juno", "Juno", 3, 1804),
    ("eros", "Eros", 433, 1898),
    ("ida", "Ida", 243, 1884),
    ("gaspra", "Gaspra", 951, 1916),
    ("mathilde", "Mathilde", 253, 1885),
    ("itokawa", "Itokawa", 25143, 1998),
    ("ryugu", "Ryugu", 162173, 1999),
    ("bennu", "Bennu", 101955, 1999),
    ("lutetia", "Lutetia", 21, 1852),
    ("steins", "Šteins", 2867, 1969),
    ("annefrank", "Annefrank", 5535, 1942),
    ("braille", "Braille", 9969, 1992),
    ("toutatis", "Toutatis", 4179, 1989),
    ("hektor", "Hektor", 624, 1907),
    ("didymos", "Didymos", 65803, 1996),
    ("donaldjohanson", "Donaldjohanson", 52246, 1981),
]

ATTRIBUTES = [
    # discoverers
    ("person:olbers", "person", "Heinrich Wilhelm Olbers"),
    ("person:harding", "person", "Karl Ludwig Harding"),
    ("person:witt", "person", "Gustav Witt"),
    ("person:palisa", "person", "Johann Palisa"),
    ("person:neujmin", "person", "Grigory Neujmin"),
    ("person:goldschmidt", "person", "Hermann Goldschmidt"),
    ("person:chernykh", "person", "Nikolai Chernykh"),
    ("person:reinmuth", "person", "Karl Reinmuth"),
    ("person:helin", "person", "Eleanor Helin"),
    ("person:pollas", "person", "Christian Pollas"),
    ("person:kopff", "person", "August Kopff"),
    ("person:bus", "person", "Schelte Bus"),
    ("survey:linear", "survey", "LINEAR"),
    ("survey:spacewatch", "survey", "Spacewatch"),
    # discovery sites
    ("site:bremen", "site", "Bremen"),
    ("site:lilienthal", "site", "Lilienthal Observatory"),
    ("site:urania_berlin", "site", "Urania Observatory"),
    ("site:vienna", "site", "Vienna Observatory"),
    ("site:simeiz", "site", "Simeiz Observatory"),
    ("site:socorro", "site", "Socorro"),
    ("site:paris", "site", "Paris"),
    ("site:crimean_ao", "site", "Crimean Astrophysical Observatory"),
    ("site:heidelberg", "site", "Heidelberg Observatory"),
    ("site:palomar", "site", "Palomar Observatory"),
    ("site:caussols", "site", "Caussols"),
    ("site:kitt_peak", "site", "Kitt Peak"),
    ("site:siding_spring", "site", "Siding Spring Observatory"),
    # namesakes
    ("person:mathilde_loewy", "person", "Mathilde Loewy"),
    ("person:hideo_itokawa", "person", "Hideo Itokawa"),
    ("person:karlis_steins", "person", "Kārlis Šteins"),
    ("person:anne_frank", "person", "Anne Frank"),
    ("person:louis_braille", "person", "Louis Braille"),
    ("person:donald_johanson", "person", "Donald Johanson"),
    ("deity:pallas_athena", "deity", "Pallas Athena"),
    ("hero:hector", "hero", "Hector"),
    # orbital groups
    ("group:asteroid_belt", "orbital_group", "Asteroid belt"),
    ("group:apollo", "orbital_group", "Apollo group"),
    ("group:amor", "orbital_group", "Amor group"),
    ("group:mars_crosser", "orbital_group", "Mars-crosser"),
    ("group:jupiter_trojan", "orbital_group", "Jupiter trojan"),
    # spectral classes
    ("spectral:s", "spectral_class", "S-type"),
    ("spectral:c", "spectral_class", "C-type"),
    ("spectral:b", "spectral_class", "B-type"),
    ("spectral:m", "spectral_class", "M-type"),
    ("spectral:v", "spectral_class", "V-type"),
    ("spectral:e", "spectral_class", "E-type"),
    ("spectral:q", "spectral_class", "Q-type"),
    ("spectral:d", "spectral_class", "D-type"),
    # spacecraft
    ("spacecraft:dawn", "spacecraft", "Dawn"),
    ("spacecraft:near", "spacecraft", "NEAR Shoemaker"),
    ("spacecraft:galileo", "spacecraft", "Galileo"),
    ("spacecraft:hayabusa", "spacecraft", "Hayabusa"),
    ("spacecraft:hayabusa2", "spacecraft", "Hayabusa2"),
    ("spacecraft:osiris_rex", "spacecraft", "OSIRIS-REx"),
    ("spacecraft:rosetta", "spacecraft", "Rosetta"),
    ("spacecraft:stardust", "spacecraft", "Stardust"),
    ("spacecraft:deep_space_1", "spacecraft", "Deep Space 1"),
    ("spacecraft:change_2", "spacecraft", "Chang'e 2"),
    ("spacecraft:dart", "spacecraft", "DART"),
    ("spacecraft:lucy", "spacecraft", "Lucy"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = {
    # slug: (discoverer, site, group, spectral class or None, spacecraft or None, namesake or None)
    "vesta": ("person:olbers", "site:bremen", "group:asteroid_belt", "spectral:v", "spacecraft:dawn", None),
    "pallas": ("person:olbers", "site:bremen", "group:asteroid_belt", "spectral:b", None, "deity:pallas_athena"),
    "juno": ("person:harding", "site:lilienthal", "group:asteroid_belt", "spectral:s", None, None),
    "eros": ("person:witt", "site:urania_berlin", "group:amor", "spectral:s", "spacecraft:near", None),
    "ida": ("person:palisa", "site:vienna", "group:asteroid_belt", "spectral:s", "spacecraft:galileo", None),
    "gaspra": ("person:neujmin", "site:simeiz", "group:asteroid_belt", "spectral:s", "spacecraft:galileo", None),
    "mathilde": ("person:palisa", "site:vienna", "group:asteroid_belt", "spectral:c", "spacecraft:near", "person:mathilde_loewy"),
    "itokawa": ("survey:linear", "site:socorro", "group:apollo", "spectral:s", "spacecraft:hayabusa", "person:hideo_itokawa"),
    "ryugu": ("survey:linear", "site:socorro", "group:apollo", "spectral:c", "spacecraft:hayabusa2", None),
    "bennu": ("survey:linear", "site:socorro", "group:apollo", "spectral:b", "spacecraft:osiris_rex", None),
    "lutetia": ("person:goldschmidt", "site:paris", "group:asteroid_belt", "spectral:m", "spacecraft:rosetta", None),
    "steins": ("person:chernykh", "site:crimean_ao", "group:asteroid_belt", "spectral:e", "spacecraft:rosetta", "person:karlis_steins"),
    "annefrank": ("person:reinmuth", "site:heidelberg", "group:asteroid_belt", "spectral:s", "spacecraft:stardust", "person:anne_frank"),
    "braille": ("person:helin", "site:palomar", "group:mars_crosser", "spectral:q", "spacecraft:deep_space_1", "person:louis_braille"),
    "toutatis": ("person:pollas", "site:caussols", "group:apollo", "spectral:s", "spacecraft:change_2", None),
    "hektor": ("person:kopff", "site:heidelberg", "group:jupiter_trojan", "spectral:d", None, "hero:hector"),
    "didymos": ("survey:spacewatch", "site:kitt_peak", "group:apollo", None, "spacecraft:dart", None),
    "donaldjohanson": ("person:bus", "site:siding_spring", "group:asteroid_belt", "spectral:c", "spacecraft:lucy", "person:donald_johanson"),
}

RATINGS = {
    "ana": {"vesta": 5.0, "bennu": 4.5, "eros": 2.0, "hektor": 3.0},
    "ben": {"ryugu": 4.0, "itokawa": 1.5, "pallas": 5.0, "gaspra": 3.5},
    "chen": {"lutetia": 4.5, "steins": 2.0, "ida": 5.0, "braille": 1.0},
    "dara": {"toutatis": 4.0, "didymos": 5.0, "juno": 2.5, "mathilde": 0.5},
    "emil": {"annefrank": 4.5, "donaldjohanson": 3.0, "bennu": 1.5, "vesta": 4.0},
}


def entities():
    out = [kgx.Entity(f"asteroid:{slug}", kind="item", type="asteroid", label=label,
                      aliases=(f"{num} {label}",), attrs={"year": year})
           for slug, label, num, year in ASTEROIDS]
    out += [kgx.Entity(eid, kind="attribute", type=etype, label=label) for eid, etype, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, (disc, site, group, spec, craft, namesake) in FACTS.items():
        a = f"asteroid:{slug}"
        out.append((a, "discovered_by", disc))
        out.append((a, "discovered_at", site))
        out.append((a, "member_of", group))
        if spec:
            out.append((a, "spectral_type", spec))
        if craft:
            out.append((a, "visited_by", craft))
        if namesake:
            out.append((a, "named_after", namesake))
    for user, ratings in RATINGS.items():
        for slug, r in ratings.items():
            out.append((f"user:{user}", "rated", f"asteroid:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind197")
