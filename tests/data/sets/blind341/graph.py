"""A small graph of historic textile mills (blind341)."""
import kgexplain as kgx

MILL = ("textile_mill",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=MILL),
    kgx.Relation("located_in", phrase="stands in", inverse_phrase="is the site of", domain=MILL, range=("place",)),
    kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=MILL, range=("person",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=MILL, range=("person", "firm")),
    kgx.Relation("processed", phrase="processed", inverse_phrase="was processed at", domain=MILL, range=("fibre",)),
    kgx.Relation("part_of", phrase="is part of", inverse_phrase="includes", domain=MILL, range=("heritage_site",)),
    kgx.Relation("in_country", phrase="lies in", inverse_phrase="contains", domain=("place",), range=("country",)),
]

# slug, label, year, place, founder, designer, fibre, heritage site
MILLS = [
    ("cromford_mill", "Cromford Mill", 1771, "cromford", "richard_arkwright", None, "cotton", "derwent_valley_mills"),
    ("haarlem_mill", "Haarlem Mill", 1777, "wirksworth", "richard_arkwright", None, "cotton", None),
    ("darley_abbey_mills", "Darley Abbey Mills", 1782, "darley_abbey", "thomas_evans", None, "cotton", "derwent_valley_mills"),
    ("masson_mill", "Masson Mill", 1783, "matlock_bath", "richard_arkwright", None, "cotton", "derwent_valley_mills"),
    ("belper_north_mill", "Belper North Mill", 1804, "belper", "jedediah_strutt", "william_strutt", "cotton", "derwent_valley_mills"),
    ("lombes_mill", "Lombe's Mill", 1721, "derby", "thomas_lombe", "george_sorocold", "silk", "derwent_valley_mills"),
    ("quarry_bank_mill", "Quarry Bank Mill", 1784, "styal", "samuel_greg", None, "cotton", None),
    ("new_lanark_mills", "New Lanark Mills", 1786, "new_lanark", "david_dale", None, "cotton", "new_lanark_whs"),
    ("salts_mill", "Salts Mill", 1853, "saltaire", "titus_salt", "lockwood_and_mawson", "wool", "saltaire_whs"),
    ("ditherington_flax_mill", "Ditherington Flax Mill", 1797, "shrewsbury", "john_marshall", "charles_bage", "flax", None),
    ("temple_works", "Temple Works", 1840, "leeds", "john_marshall", "joseph_bonomi", "flax", None),
    ("manningham_mills", "Manningham Mills", 1873, "bradford", "samuel_cunliffe_lister", "andrews_and_pepper", "silk", None),
    ("queen_street_mill", "Queen Street Mill", 1894, "burnley", None, None, "cotton", None),
    ("bliss_tweed_mill", "Bliss Tweed Mill", 1872, "chipping_norton", "william_bliss", "george_woodhouse", "wool", None),
    ("slater_mill", "Slater Mill", 1793, "pawtucket", "samuel_slater", None, "cotton", "blackstone_river_valley_nhp"),
    ("boott_cotton_mills", "Boott Cotton Mills", 1835, "lowell", None, None, "cotton", "lowell_nhp"),
    ("textilfabrik_cromford", "Textilfabrik Cromford", 1783, "ratingen", "johann_gottfried_bruegelmann", None, "cotton", None),
    ("finlayson_factory", "Finlayson Factory", 1820, "tampere", "james_finlayson", None, "cotton", None),
]

# place slug -> (label, country slug)
PLACES = {
    "cromford": ("Cromford", "england"),
    "wirksworth": ("Wirksworth", "england"),
    "darley_abbey": ("Darley Abbey", "england"),
    "matlock_bath": ("Matlock Bath", "england"),
    "belper": ("Belper", "england"),
    "derby": ("Derby", "england"),
    "styal": ("Styal", "england"),
    "new_lanark": ("New Lanark", "scotland"),
    "saltaire": ("Saltaire", "england"),
    "shrewsbury": ("Shrewsbury", "england"),
    "leeds": ("Leeds", "england"),
    "bradford": ("Bradford", "england"),
    "burnley": ("Burnley", "england"),
    "chipping_norton": ("Chipping Norton", "england"),
    "pawtucket": ("Pawtucket", "united_states"),
    "lowell": ("Lowell", "united_states"),
    "ratingen": ("Ratingen", "germany"),
    "tampere": ("Tampere", "finland"),
}

COUNTRIES = {
    "england": "England",
    "scotland": "Scotland",
    "united_states": "United States",
    "germany": "Germany",
    "finland": "Finland",
}

PEOPLE = {
    "richard_arkwright": "Richard Arkwright",
    "thomas_evans": "Thomas Evans",
    "jedediah_strutt": "Jedediah Strutt",
    "william_strutt": "William Strutt",
    "thomas_lombe": "Thomas Lombe",
    "george_sorocold": "George Sorocold",
    "samuel_greg": "Samuel Greg",
    "david_dale": "David Dale",
    "titus_salt": "Titus Salt",
    "john_marshall": "John Marshall",
    "charles_bage": "Charles Bage",
    "joseph_bonomi": "Joseph Bonomi the Younger",
    "samuel_cunliffe_lister": "Samuel Cunliffe Lister",
    "william_bliss": "William Bliss",
    "george_woodhouse": "George Woodhouse",
    "samuel_slater": "Samuel Slater",
    "johann_gottfried_bruegelmann": "Johann Gottfried Brügelmann",
    "james_finlayson": "James Finlayson",
}

FIRMS = {
    "lockwood_and_mawson": "Lockwood and Mawson",
    "andrews_and_pepper": "Andrews and Pepper",
}

FIBRES = {"cotton": "cotton", "wool": "wool", "silk": "silk", "flax": "flax"}

SITES = {
    "derwent_valley_mills": "Derwent Valley Mills",
    "new_lanark_whs": "New Lanark World Heritage Site",
    "saltaire_whs": "Saltaire World Heritage Site",
    "blackstone_river_valley_nhp": "Blackstone River Valley National Historical Park",
    "lowell_nhp": "Lowell National Historical Park",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

RATINGS = [
    ("ana", "cromford_mill", 5.0),
    ("ana", "salts_mill", 4.5),
    ("ana", "quarry_bank_mill", 2.0),
    ("ana", "temple_works", 3.0),
    ("ben", "new_lanark_mills", 4.0),
    ("ben", "slater_mill", 1.5),
    ("ben", "lombes_mill", 5.0),
    ("ben", "finlayson_factory", 3.5),
    ("chen", "manningham_mills", 4.5),
    ("chen", "ditherington_flax_mill", 1.0),
    ("chen", "boott_cotton_mills", 4.0),
    ("chen", "masson_mill", 2.5),
    ("dara", "belper_north_mill", 5.0),
    ("dara", "queen_street_mill", 2.0),
    ("dara", "bliss_tweed_mill", 4.0),
    ("dara", "textilfabrik_cromford", 3.0),
    ("emil", "haarlem_mill", 1.5),
    ("emil", "darley_abbey_mills", 4.5),
    ("emil", "cromford_mill", 3.0),
    ("emil", "salts_mill", 5.0),
]


def entities():
    ents = []
    for slug, label, year, *_ in MILLS:
        ents.append(kgx.Entity(f"textile_mill:{slug}", kind="item", type="textile_mill", label=label, attrs={"year": year}))
    for slug, (label, _) in PLACES.items():
        ents.append(kgx.Entity(f"place:{slug}", kind="attribute", type="place", label=label))
    for slug, label in COUNTRIES.items():
        ents.append(kgx.Entity(f"country:{slug}", kind="attribute", type="country", label=label))
    for slug, label in PEOPLE.items():
        ents.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in FIRMS.items():
        ents.append(kgx.Entity(f"firm:{slug}", kind="attribute", type="firm", label=label))
    for slug, label in FIBRES.items():
        ents.append(kgx.Entity(f"fibre:{slug}", kind="attribute", type="fibre", label=label))
    for slug, label in SITES.items():
        ents.append(kgx.Entity(f"heritage_site:{slug}", kind="attribute", type="heritage_site", label=label))
    for u in USERS:
        ents.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return ents


def _designer_id(slug):
    return f"firm:{slug}" if slug in FIRMS else f"person:{slug}"


def rows():
    out = []
    for slug, _label, _year, place, founder, designer, fibre, site in MILLS:
        mid = f"textile_mill:{slug}"
        out.append((mid, "located_in", f"place:{place}"))
        if founder:
            out.append((mid, "founded_by", f"person:{founder}"))
        if designer:
            out.append((mid, "designed_by", _designer_id(designer)))
        out.append((mid, "processed", f"fibre:{fibre}"))
        if site:
            out.append((mid, "part_of", f"heritage_site:{site}"))
    for slug, (_label, country) in PLACES.items():
        out.append((f"place:{slug}", "in_country", f"country:{country}"))
    for user, item, rating in RATINGS:
        out.append((f"user:{user}", "rated", f"textile_mill:{item}", {"rating": rating}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind341")
