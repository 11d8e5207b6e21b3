"""A small graph of photographers (blind349).

Items are photographers; their ``year`` attribute is the year they were born.
"""
import kgexplain as kgx

P = ("photographer",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=P),
    kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                 domain=P, range=("city",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("city",), range=("country",)),
    kgx.Relation("practiced", phrase="practiced", inverse_phrase="was practiced by",
                 domain=P, range=("genre",)),
    kgx.Relation("member_of", phrase="was a member of", inverse_phrase="counted among its members",
                 domain=P, range=("organisation",)),
    kgx.Relation("founded", phrase="founded", inverse_phrase="was founded by",
                 domain=P, range=("organisation",)),
    kgx.Relation("married_to", phrase="was married to", inverse_phrase="was married to",
                 domain=P, range=("person", "photographer")),
    kgx.Relation("published", phrase="published", inverse_phrase="was published by",
                 domain=P, range=("book",)),
]

# slug, label, birth year
PHOTOGRAPHERS = [
    ("henri_cartier_bresson", "Henri Cartier-Bresson", 1908),
    ("martine_franck", "Martine Franck", 1938),
    ("robert_capa", "Robert Capa", 1913),
    ("david_seymour", "David Seymour", 1911),
    ("ansel_adams", "Ansel Adams", 1902),
    ("edward_weston", "Edward Weston", 1886),
    ("imogen_cunningham", "Imogen Cunningham", 1883),
    ("dorothea_lange", "Dorothea Lange", 1895),
    ("diane_arbus", "Diane Arbus", 1923),
    ("richard_avedon", "Richard Avedon", 1923),
    ("irving_penn", "Irving Penn", 1917),
    ("alfred_stieglitz", "Alfred Stieglitz", 1864),
    ("edward_steichen", "Edward Steichen", 1879),
    ("walker_evans", "Walker Evans", 1903),
    ("robert_frank", "Robert Frank", 1924),
    ("sebastiao_salgado", "Sebastião Salgado", 1944),
    ("vivian_maier", "Vivian Maier", 1926),
    ("brassai", "Brassaï", 1899),
    ("steve_mccurry", "Steve McCurry", 1950),
]

CITIES = [
    ("chanteloup_en_brie", "Chanteloup-en-Brie", "france"),
    ("antwerp", "Antwerp", "belgium"),
    ("budapest", "Budapest", "hungary"),
    ("warsaw", "Warsaw", "poland"),
    ("san_francisco", "San Francisco", "united_states"),
    ("highland_park", "Highland Park", "united_states"),
    ("portland", "Portland", "united_states"),
    ("hoboken", "Hoboken", "united_states"),
    ("new_york_city", "New York City", "united_states"),
    ("plainfield", "Plainfield", "united_states"),
    ("bivange", "Bivange", "luxembourg"),
    ("st_louis", "St. Louis", "united_states"),
    ("zurich", "Zürich", "switzerland"),
    ("aimores", "Aimorés", "brazil"),
    ("brasov", "Brașov", "romania"),
    ("philadelphia", "Philadelphia", "united_states"),
]

COUNTRIES = [
    ("france", "France"), ("belgium", "Belgium"), ("hungary", "Hungary"), ("poland", "Poland"),
    ("united_states", "United States"), ("luxembourg", "Luxembourg"),
    ("switzerland", "Switzerland"), ("brazil", "Brazil"), ("romania", "Romania"),
]

GENRES = [
    ("street_photography", "street photography"),
    ("photojournalism", "photojournalism"),
    ("documentary_photography", "documentary photography"),
    ("war_photography", "war photography"),
    ("landscape_photography", "landscape photography"),
    ("portrait_photography", "portrait photography"),
    ("fashion_photography", "fashion photography"),
]

ORGANISATIONS = [
    ("magnum_photos", "Magnum Photos"),
    ("group_f64", "Group f/64"),
    ("photo_secession", "Photo-Secession"),
]

PEOPLE = [
    ("virginia_best_adams", "Virginia Best Adams"),
    ("roi_partridge", "Roi Partridge"),
    ("paul_schuster_taylor", "Paul Schuster Taylor"),
    ("maynard_dixon", "Maynard Dixon"),
    ("allan_arbus", "Allan Arbus"),
    ("lisa_fonssagrives", "Lisa Fonssagrives"),
    ("georgia_okeeffe", "Georgia O'Keeffe"),
    ("lelia_wanick_salgado", "Lélia Wanick Salgado"),
]

BOOKS = [
    ("the_decisive_moment", "The Decisive Moment"),
    ("slightly_out_of_focus", "Slightly Out of Focus"),
    ("an_american_exodus", "An American Exodus"),
    ("in_the_american_west", "In the American West"),
    ("american_photographs", "American Photographs"),
    ("the_americans", "The Americans"),
    ("genesis", "Genesis"),
    ("paris_de_nuit", "Paris de nuit"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

BORN_IN = {
    "henri_cartier_bresson": "chanteloup_en_brie",
    "martine_franck": "antwerp",
    "robert_capa": "budapest",
    "david_seymour": "warsaw",
    "ansel_adams": "san_francisco",
    "edward_weston": "highland_park",
    "imogen_cunningham": "portland",
    "dorothea_lange": "hoboken",
    "diane_arbus": "new_york_city",
    "richard_avedon": "new_york_city",
    "irving_penn": "plainfield",
    "alfred_stieglitz": "hoboken",
    "edward_steichen": "bivange",
    "walker_evans": "st_louis",
    "robert_frank": "zurich",
    "sebastiao_salgado": "aimores",
    "vivian_maier": "new_york_city",
    "brassai": "brasov",
    "steve_mccurry": "philadelphia",
}

PRACTICED = [
    ("henri_cartier_bresson", "street_photography"),
    ("henri_cartier_bresson", "photojournalism"),
    ("martine_franck", "documentary_photography"),
    ("robert_capa", "war_photography"),
    ("robert_capa", "photojournalism"),
    ("david_seymour", "photojournalism"),
    ("ansel_adams", "landscape_photography"),
    ("edward_weston", "landscape_photography"),
    ("imogen_cunningham", "portrait_photography"),
    ("dorothea_lange", "documentary_photography"),
    ("diane_arbus", "portrait_photography"),
    ("richard_avedon", "fashion_photography"),
    ("richard_avedon", "portrait_photography"),
    ("irving_penn", "fashion_photography"),
    ("edward_steichen", "fashion_photography"),
    ("walker_evans", "documentary_photography"),
    ("robert_frank", "street_photography"),
    ("sebastiao_salgado", "documentary_photography"),
    ("vivian_maier", "street_photography"),
    ("brassai", "street_photography"),
    ("steve_mccurry", "photojournalism"),
]

MEMBER_OF = [
    ("henri_cartier_bresson", "magnum_photos"),
    ("martine_franck", "magnum_photos"),
    ("robert_capa", "magnum_photos"),
    ("david_seymour", "magnum_photos"),
    ("sebastiao_salgado", "magnum_photos"),
    ("steve_mccurry", "magnum_photos"),
    ("ansel_adams", "group_f64"),
    ("edward_weston", "group_f64"),
    ("imogen_cunningham", "group_f64"),
    ("alfred_stieglitz", "photo_secession"),
    ("edward_steichen", "photo_secession"),
]

FOUNDED = [
    ("henri_cartier_bresson", "magnum_photos"),
    ("robert_capa", "magnum_photos"),
    ("david_seymour", "magnum_photos"),
    ("ansel_adams", "group_f64"),
    ("edward_weston", "group_f64"),
    ("imogen_cunningham", "group_f64"),
    ("alfred_stieglitz", "photo_secession"),
    ("edward_steichen", "photo_secession"),
]

MARRIED_TO = [
    ("henri_cartier_bresson", "photographer:martine_franck"),
    ("ansel_adams", "person:virginia_best_adams"),
    ("imogen_cunningham", "person:roi_partridge"),
    ("dorothea_lange", "person:maynard_dixon"),
    ("dorothea_lange", "person:paul_schuster_taylor"),
    ("diane_arbus", "person:allan_arbus"),
    ("irving_penn", "person:lisa_fonssagrives"),
    ("alfred_stieglitz", "person:georgia_okeeffe"),
    ("sebastiao_salgado", "person:lelia_wanick_salgado"),
]

PUBLISHED = [
    ("henri_cartier_bresson", "the_decisive_moment"),
    ("robert_capa", "slightly_out_of_focus"),
    ("dorothea_lange", "an_american_exodus"),
    ("richard_avedon", "in_the_american_west"),
    ("walker_evans", "american_photographs"),
    ("robert_frank", "the_americans"),
    ("sebastiao_salgado", "genesis"),
    ("brassai", "paris_de_nuit"),
]

RATINGS = [
    ("ana", "henri_cartier_bresson", 5.0),
    ("ana", "robert_capa", 4.5),
    ("ana", "diane_arbus", 2.0),
    ("ana", "ansel_adams", 3.0),
    ("ben", "ansel_adams", 5.0),
    ("ben", "edward_weston", 4.0),
    ("ben", "sebastiao_salgado", 1.5),
    ("ben", "dorothea_lange", 3.5),
    ("chen", "robert_frank", 4.5),
    ("chen", "vivian_maier", 5.0),
    ("chen", "richard_avedon", 1.0),
    ("chen", "irving_penn", 2.5),
    ("dara", "dorothea_lange", 4.0),
    ("dara", "walker_evans", 4.5),
    ("dara", "alfred_stieglitz", 2.0),
    ("dara", "brassai", 3.0),
    ("emil", "steve_mccurry", 5.0),
    ("emil", "edward_steichen", 1.5),
    ("emil", "imogen_cunningham", 4.0),
    ("emil", "martine_franck", 2.0),
]


def entities():
    out = []
    for slug, label, year in PHOTOGRAPHERS:
        out.append(kgx.Entity(f"photographer:{slug}", kind="item", type="photographer",
                              label=label, attrs={"year": year}))
    for slug, label, _country in CITIES:
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, label in COUNTRIES:
        out.append(kgx.Entity(f"country:{slug}", kind="attribute", type="country", label=label))
    for slug, label in GENRES:
        out.append(kgx.Entity(f"genre:{slug}", kind="attribute", type="genre", label=label))
    for slug, label in ORGANISATIONS:
        out.append(kgx.Entity(f"organisation:{slug}", kind="attribute", type="organisation",
                              label=label))
    for slug, label in PEOPLE:
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in BOOKS:
        out.append(kgx.Entity(f"book:{slug}", kind="attribute", type="book", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


def rows():
    out = []
    for p, c in BORN_IN.items():
        out.append((f"photographer:{p}", "born_in", f"city:{c}"))
    for slug, _label, country in CITIES:
        out.append((f"city:{slug}", "located_in", f"country:{country}"))
    for p, g in PRACTICED:
        out.append((f"photographer:{p}", "practiced", f"genre:{g}"))
    for p, o in MEMBER_OF:
        out.append((f"photographer:{p}", "member_of", f"organisation:{o}"))
    for p, o in FOUNDED:
        out.append((f"photographer:{p}", "founded", f"organisation:{o}"))
    for p, s in MARRIED_TO:
        out.append((f"photographer:{p}", "married_to", s))
    for p, b in PUBLISHED:
        out.append((f"photographer:{p}", "published", f"book:{b}"))
    for u, p, r in RATINGS:
        out.append((f"user:{u}", "rated", f"photographer:{p}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind349")
