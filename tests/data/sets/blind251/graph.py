"""blind251: a small graph of apple cultivars (year = year the cultivar originated:
seedling found, first grown, or cross made)."""
import kgexplain as kgx

C = "apple_cultivar"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(C,)),
    kgx.Relation("originated_in", phrase="originated in", inverse_phrase="is the country of origin of",
                 domain=(C,), range=("country",)),
    kgx.Relation("first_grown_by", phrase="was first grown by", inverse_phrase="first grew",
                 domain=(C,), range=("person",)),
    kgx.Relation("developed_at", phrase="was developed at", inverse_phrase="developed",
                 domain=(C,), range=("organisation",)),
    kgx.Relation("bred_from", phrase="was bred from", inverse_phrase="is a parent of",
                 domain=(C,), range=(C,)),
    kgx.Relation("has_use", phrase="is grown as a", inverse_phrase="is the use of",
                 domain=(C,), range=("use",)),
]

CULTIVARS = [
    ("granny_smith", "Granny Smith", 1868),
    ("mcintosh", "McIntosh", 1811),
    ("honeycrisp", "Honeycrisp", 1960),
    ("gala", "Gala", 1934),
    ("fuji", "Fuji", 1939),
    ("golden_delicious", "Golden Delicious", 1912),
    ("red_delicious", "Red Delicious", 1872),
    ("coxs_orange_pippin", "Cox's Orange Pippin", 1830),
    ("bramley", "Bramley", 1809),
    ("braeburn", "Braeburn", 1952),
    ("pink_lady", "Pink Lady", 1973),
    ("jonagold", "Jonagold", 1953),
    ("jonathan", "Jonathan", 1826),
    ("empire", "Empire", 1945),
    ("cortland", "Cortland", 1898),
    ("egremont_russet", "Egremont Russet", 1872),
    ("idared", "Idared", 1942),
]

ATTRIBUTES = [
    ("country:australia", "country", "Australia"),
    ("country:canada", "country", "Canada"),
    ("country:united_states", "country", "United States"),
    ("country:new_zealand", "country", "New Zealand"),
    ("country:japan", "country", "Japan"),
    ("country:england", "country", "England"),
    ("person:maria_ann_smith", "person", "Maria Ann Smith"),
    ("person:john_mcintosh", "person", "John McIntosh"),
    ("person:jh_kidd", "person", "J. H. Kidd"),
    ("person:anderson_mullins", "person", "Anderson Mullins"),
    ("person:jesse_hiatt", "person", "Jesse Hiatt"),
    ("person:richard_cox", "person", "Richard Cox"),
    ("person:mary_ann_brailsford", "person", "Mary Ann Brailsford"),
    ("person:o_moran", "person", "O. Moran"),
    ("person:john_cripps", "person", "John Cripps"),
    ("organisation:university_of_minnesota", "organisation", "University of Minnesota"),
    ("organisation:tohoku_research_station", "organisation", "Tohoku Research Station"),
    ("organisation:nysaes", "organisation", "New York State Agricultural Experiment Station"),
    ("organisation:wa_department_of_agriculture", "organisation", "Western Australia Department of Agriculture"),
    ("organisation:university_of_idaho", "organisation", "University of Idaho"),
    ("use:dessert", "use", "Dessert apple"),
    ("use:cooking", "use", "Cooking apple"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"{C}:{slug}", kind="item", type=C, label=label, attrs={"year": year})
           for slug, label, year in CULTIVARS]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def _c(slug):
    return f"{C}:{slug}"


def rows():
    origin = {
        "granny_smith": "australia", "mcintosh": "canada", "honeycrisp": "united_states",
        "gala": "new_zealand", "fuji": "japan", "golden_delicious": "united_states",
        "red_delicious": "united_states", "coxs_orange_pippin": "england", "bramley": "england",
        "braeburn": "new_zealand", "pink_lady": "australia", "jonagold": "united_states",
        "jonathan": "united_states", "empire": "united_states", "cortland": "united_states",
        "egremont_russet": "england", "idared": "united_states",
    }
    grower = {
        "granny_smith": "maria_ann_smith", "mcintosh": "john_mcintosh", "gala": "jh_kidd",
        "golden_delicious": "anderson_mullins", "red_delicious": "jesse_hiatt",
        "coxs_orange_pippin": "richard_cox", "bramley": "mary_ann_brailsford",
        "braeburn": "o_moran", "pink_lady": "john_cripps",
    }
    developed = {
        "honeycrisp": "university_of_minnesota", "fuji": "tohoku_research_station",
        "pink_lady": "wa_department_of_agriculture", "jonagold": "nysaes", "empire": "nysaes",
        "cortland": "nysaes", "idared": "university_of_idaho",
    }
    parents = [
        ("gala", "golden_delicious"), ("fuji", "red_delicious"), ("pink_lady", "golden_delicious"),
        ("jonagold", "golden_delicious"), ("jonagold", "jonathan"), ("empire", "mcintosh"),
        ("empire", "red_delicious"), ("cortland", "mcintosh"), ("idared", "jonathan"),
    ]
    uses = {slug: ["dessert"] for slug, _, _ in CULTIVARS}
    uses["bramley"] = ["cooking"]
    uses["granny_smith"] = ["dessert", "cooking"]
    uses["idared"] = ["dessert", "cooking"]
    ratings = {
        "ana": [("granny_smith", 5.0), ("bramley", 4.5), ("fuji", 2.0), ("coxs_orange_pippin", 3.5)],
        "ben": [("honeycrisp", 4.0), ("red_delicious", 1.5), ("gala", 4.5), ("empire", 3.0)],
        "chen": [("fuji", 5.0), ("braeburn", 4.0), ("golden_delicious", 2.5), ("pink_lady", 1.0)],
        "dara": [("coxs_orange_pippin", 4.5), ("egremont_russet", 5.0), ("mcintosh", 2.0), ("jonagold", 3.0)],
        "emil": [("jonathan", 4.0), ("idared", 3.5), ("cortland", 1.5), ("jonagold", 5.0)],
    }
    out = []
    for slug, country in origin.items():
        out.append((_c(slug), "originated_in", f"country:{country}"))
    for slug, person in grower.items():
        out.append((_c(slug), "first_grown_by", f"person:{person}"))
    for slug, org in developed.items():
        out.append((_c(slug), "developed_at", f"organisation:{org}"))
    for child, parent in parents:
        out.append((_c(child), "bred_from", _c(parent)))
    for slug, us in uses.items():
        for u in us:
            out.append((_c(slug), "has_use", f"use:{u}"))
    for user, rs in ratings.items():
        for slug, r in rs:
            out.append((f"user:{user}", "rated", _c(slug), {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind251")
