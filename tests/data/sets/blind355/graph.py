"""A small rowing clubs graph (blind355)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("club",)),
    kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to", domain=("club",), range=("city",)),
    kgx.Relation("rows_on", phrase="rows on", inverse_phrase="is rowed on by", domain=("club",), range=("waterway",)),
    kgx.Relation("boat_club_of", phrase="is the boat club of", inverse_phrase="has as its boat club",
                 domain=("club",), range=("university",)),
    kgx.Relation("has_kind", phrase="is a", inverse_phrase="is the kind of", domain=("club",), range=("club kind",)),
    kgx.Relation("races_in", phrase="races in", inverse_phrase="is the racing colour of", domain=("club",), range=("colour",)),
    kgx.Relation("lies_in", phrase="lies in", inverse_phrase="contains", domain=("city",), range=("country",)),
]

CLUBS = [
    # slug, label, year founded, city, waterway
    ("leander", "Leander Club", 1818, "henley", "thames"),
    ("oubc", "Oxford University Boat Club", 1839, "oxford", "thames"),
    ("cubc", "Cambridge University Boat Club", 1828, "cambridge_uk", "cam"),
    ("london_rc", "London Rowing Club", 1856, "london", "thames"),
    ("thames_rc", "Thames Rowing Club", 1860, "london", "thames"),
    ("tideway_scullers", "Tideway Scullers School", 1957, "london", "thames"),
    ("royal_chester", "Royal Chester Rowing Club", 1838, "chester", "dee"),
    ("tyne_arc", "Tyne Amateur Rowing Club", 1852, "newcastle", "tyne"),
    ("dubc", "Dublin University Boat Club", 1836, "dublin", "liffey"),
    ("vesper", "Vesper Boat Club", 1865, "philadelphia", "schuylkill"),
    ("undine", "Undine Barge Club", 1856, "philadelphia", "schuylkill"),
    ("bachelors", "Bachelors Barge Club", 1853, "philadelphia", "schuylkill"),
    ("detroit_bc", "Detroit Boat Club", 1839, "detroit", "detroit_river"),
    ("riverside", "Riverside Boat Club", 1869, "cambridge_ma", "charles"),
    ("union_bc", "Union Boat Club", 1851, "boston", "charles"),
    ("hamburg_germania", "Der Hamburger und Germania Ruder Club", 1836, "hamburg", "alster"),
    ("mercantile", "Mercantile Rowing Club", 1880, "melbourne", "yarra"),
    ("mubc", "Melbourne University Boat Club", 1859, "melbourne", "yarra"),
    ("sydney_rc", "Sydney Rowing Club", 1870, "sydney", "parramatta"),
]

CITIES = {
    # slug: (label, country)
    "henley": ("Henley-on-Thames", "england"),
    "oxford": ("Oxford", "england"),
    "cambridge_uk": ("Cambridge", "england"),
    "london": ("London", "england"),
    "chester": ("Chester", "england"),
    "newcastle": ("Newcastle upon Tyne", "england"),
    "dublin": ("Dublin", "ireland"),
    "philadelphia": ("Philadelphia", "usa"),
    "detroit": ("Detroit", "usa"),
    "cambridge_ma": ("Cambridge, Massachusetts", "usa"),
    "boston": ("Boston", "usa"),
    "hamburg": ("Hamburg", "germany"),
    "melbourne": ("Melbourne", "australia"),
    "sydney": ("Sydney", "australia"),
}

COUNTRIES = {
    "england": "England",
    "ireland": "Ireland",
    "usa": "United States",
    "germany": "Germany",
    "australia": "Australia",
}

WATERWAYS = {
    "thames": "River Thames",
    "cam": "River Cam",
    "dee": "River Dee",
    "tyne": "River Tyne",
    "liffey": "River Liffey",
    "schuylkill": "Schuylkill River",
    "detroit_river": "Detroit River",
    "charles": "Charles River",
    "alster": "Alster",
    "yarra": "Yarra River",
    "parramatta": "Parramatta River",
}

UNIVERSITIES = {
    "oxford": "University of Oxford",
    "cambridge": "University of Cambridge",
    "tcd": "Trinity College Dublin",
    "melbourne": "University of Melbourne",
}

BOAT_CLUB_OF = [("oubc", "oxford"), ("cubc", "cambridge"), ("dubc", "tcd"), ("mubc", "melbourne")]

KINDS = {"university_boat_club": "university boat club", "sculling_school": "sculling school"}

HAS_KIND = [
    ("oubc", "university_boat_club"),
    ("cubc", "university_boat_club"),
    ("dubc", "university_boat_club"),
    ("mubc", "university_boat_club"),
    ("tideway_scullers", "sculling_school"),
]

COLOURS = {"pink": "pink", "dark_blue": "dark blue", "light_blue": "light blue"}

RACES_IN = [("leander", "pink"), ("oubc", "dark_blue"), ("cubc", "light_blue")]

RATINGS = {
    "ana": [("leander", 5.0), ("oubc", 4.5), ("thames_rc", 2.0), ("vesper", 3.0)],
    "ben": [("cubc", 4.0), ("sydney_rc", 1.5), ("mercantile", 5.0), ("dubc", 3.5)],
    "chen": [("undine", 4.5), ("detroit_bc", 2.0), ("riverside", 5.0), ("hamburg_germania", 1.0)],
    "dara": [("tideway_scullers", 4.0), ("london_rc", 2.5), ("royal_chester", 4.5), ("tyne_arc", 1.5)],
    "emil": [("mubc", 5.0), ("union_bc", 3.0), ("bachelors", 4.0), ("cubc", 0.5)],
}


def entities():
    ents = []
    for slug, label, year, _city, _water in CLUBS:
        ents.append(kgx.Entity(f"club:{slug}", kind="item", type="club", label=label, attrs={"year": year}))
    for slug, (label, _country) in CITIES.items():
        ents.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, label in COUNTRIES.items():
        ents.append(kgx.Entity(f"country:{slug}", kind="attribute", type="country", label=label))
    for slug, label in WATERWAYS.items():
        ents.append(kgx.Entity(f"waterway:{slug}", kind="attribute", type="waterway", label=label))
    for slug, label in UNIVERSITIES.items():
        ents.append(kgx.Entity(f"university:{slug}", kind="attribute", type="university", label=label))
    for slug, label in KINDS.items():
        ents.append(kgx.Entity(f"kind:{slug}", kind="attribute", type="club kind", label=label))
    for slug, label in COLOURS.items():
        ents.append(kgx.Entity(f"colour:{slug}", kind="attribute", type="colour", label=label))
    for user in RATINGS:
        ents.append(kgx.Entity(f"user:{user}", kind="user", type="user", label=user))
    return ents


def rows():
    out = []
    for slug, _label, _year, city, water in CLUBS:
        out.append((f"club:{slug}", "based_in", f"city:{city}"))
        out.append((f"club:{slug}", "rows_on", f"waterway:{water}"))
    for club, uni in BOAT_CLUB_OF:
        out.append((f"club:{club}", "boat_club_of", f"university:{uni}"))
    for club, kind in HAS_KIND:
        out.append((f"club:{club}", "has_kind", f"kind:{kind}"))
    for club, colour in RACES_IN:
        out.append((f"club:{club}", "races_in", f"colour:{colour}"))
    for slug, (_label, country) in CITIES.items():
        out.append((f"city:{slug}", "lies_in", f"country:{country}"))
    for user, ratings in RATINGS.items():
        for club, r in ratings:
            out.append((f"user:{user}", "rated", f"club:{club}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind355")
