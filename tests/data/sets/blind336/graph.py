"""blind336: a small graph of real stained glass windows."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("window",)),
    kgx.Relation("located_in", phrase="is in", inverse_phrase="is home to",
                 domain=("window",), range=("city",)),
    kgx.Relation("installed_in", phrase="is installed in", inverse_phrase="holds",
                 domain=("window",), range=("building",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("window",), range=("person",)),
    kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned",
                 domain=("window",), range=("person", "organisation")),
    kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted in",
                 domain=("window",), range=("subject",)),
    kgx.Relation("has_form", phrase="is a", inverse_phrase="is the form of",
                 domain=("window",), range=("form",)),
]

# (slug, label, year, city, building, designer, commissioner, subject, forms)
_WINDOWS = [
    ("notre_dame_north_rose", "North Rose of Notre-Dame", 1250, "paris", "notre_dame_de_paris",
     None, None, "virgin_mary", ["rose_window"]),
    ("notre_dame_south_rose", "South Rose of Notre-Dame", 1260, "paris", "notre_dame_de_paris",
     None, "louis_ix", "christ", ["rose_window"]),
    ("rose_de_france", "Rose de France", 1235, "chartres", "chartres_cathedral",
     None, "blanche_of_castile", "virgin_mary", ["rose_window"]),
    ("blue_virgin", "Blue Virgin Window", 1180, "chartres", "chartres_cathedral",
     None, None, "virgin_mary", []),
    ("chartres_jesse", "Jesse Tree Window", 1150, "chartres", "chartres_cathedral",
     None, None, "tree_of_jesse", ["lancet_window"]),
    ("york_great_east", "York Great East Window", 1408, "york", "york_minster",
     "john_thornton", "walter_skirlaw", "book_of_revelation", ["east_window"]),
    ("york_great_west", "Great West Window", 1339, "york", "york_minster",
     None, "william_melton", None, ["west_window"]),
    ("gloucester_great_east", "Gloucester Great East Window", 1350, "gloucester", "gloucester_cathedral",
     None, None, "coronation_of_the_virgin", ["east_window"]),
    ("peace_window", "Peace Window", 1964, "new_york_city", "un_headquarters",
     "marc_chagall", None, None, ["memorial_window"]),
    ("jerusalem_windows", "Jerusalem Windows", 1962, "jerusalem", "hadassah_medical_center",
     "marc_chagall", "hadassah", "twelve_tribes", []),
    ("america_windows", "America Windows", 1977, "chicago", "art_institute_of_chicago",
     "marc_chagall", None, None, []),
    ("fraumunster_windows", "Fraumünster Chagall Windows", 1970, "zurich", "fraumunster",
     "marc_chagall", None, None, []),
    ("tudeley_east", "Tudeley East Window", 1967, "tudeley", "all_saints_tudeley",
     "marc_chagall", "henry_davigdor_goldsmid", None, ["east_window", "memorial_window"]),
    ("chichester_chagall", "Chichester Chagall Window", 1978, "chichester", "chichester_cathedral",
     "marc_chagall", "walter_hussey", "psalm_150", []),
    ("richter_window", "Richter Window", 2007, "cologne", "cologne_cathedral",
     "gerhard_richter", None, None, []),
    ("coventry_baptistery", "Coventry Baptistery Window", 1962, "coventry", "coventry_cathedral",
     "john_piper", None, None, []),
    ("eve_of_st_agnes", "The Eve of St. Agnes", 1924, "dublin", "hugh_lane_gallery",
     "harry_clarke", "harold_jacob", None, []),
    ("geneva_window", "Geneva Window", 1930, "miami_beach", "wolfsonian",
     "harry_clarke", "irish_free_state", "irish_literature", []),
    ("education_window", "Education Window", 1890, "new_haven", "linsly_chittenden_hall",
     "louis_comfort_tiffany", None, None, []),
    ("tree_of_life_window", "Tree of Life Window", 1951, "vence", "chapelle_du_rosaire",
     "henri_matisse", None, "tree_of_life", []),
]

_CITIES = {
    "paris": "Paris", "chartres": "Chartres", "york": "York", "gloucester": "Gloucester",
    "new_york_city": "New York City", "jerusalem": "Jerusalem", "chicago": "Chicago",
    "zurich": "Zürich", "tudeley": "Tudeley", "chichester": "Chichester", "cologne": "Cologne",
    "coventry": "Coventry", "dublin": "Dublin", "miami_beach": "Miami Beach",
    "new_haven": "New Haven", "vence": "Vence",
}
_BUILDINGS = {
    "notre_dame_de_paris": "Notre-Dame de Paris", "chartres_cathedral": "Chartres Cathedral",
    "york_minster": "York Minster", "gloucester_cathedral": "Gloucester Cathedral",
    "un_headquarters": "United Nations Headquarters",
    "hadassah_medical_center": "Hadassah Medical Center",
    "art_institute_of_chicago": "Art Institute of Chicago", "fraumunster": "Fraumünster",
    "all_saints_tudeley": "All Saints' Church, Tudeley",
    "chichester_cathedral": "Chichester Cathedral", "cologne_cathedral": "Cologne Cathedral",
    "coventry_cathedral": "Coventry Cathedral", "hugh_lane_gallery": "Hugh Lane Gallery",
    "wolfsonian": "Wolfsonian-FIU", "linsly_chittenden_hall": "Linsly-Chittenden Hall",
    "chapelle_du_rosaire": "Chapelle du Rosaire",
}
_PEOPLE = {
    "john_thornton": "John Thornton", "marc_chagall": "Marc Chagall",
    "gerhard_richter": "Gerhard Richter", "john_piper": "John Piper",
    "harry_clarke": "Harry Clarke", "louis_comfort_tiffany": "Louis Comfort Tiffany",
    "henri_matisse": "Henri Matisse", "louis_ix": "Louis IX of France",
    "blanche_of_castile": "Blanche of Castile", "walter_skirlaw": "Walter Skirlaw",
    "william_melton": "William Melton", "henry_davigdor_goldsmid": "Henry d'Avigdor-Goldsmid",
    "walter_hussey": "Walter Hussey", "harold_jacob": "Harold Jacob",
}
_ORGS = {
    "hadassah": "Hadassah Women's Zionist Organization of America",
    "irish_free_state": "Irish Free State",
}
_SUBJECTS = {
    "virgin_mary": "Virgin Mary", "christ": "Christ", "tree_of_jesse": "Tree of Jesse",
    "book_of_revelation": "Book of Revelation",
    "coronation_of_the_virgin": "Coronation of the Virgin",
    "twelve_tribes": "Twelve Tribes of Israel", "psalm_150": "Psalm 150",
    "irish_literature": "Irish literature", "tree_of_life": "Tree of Life",
}
_FORMS = {
    "rose_window": "rose window", "lancet_window": "lancet window", "east_window": "east window",
    "west_window": "west window", "memorial_window": "memorial window",
}

_RATINGS = {
    "ana": [("peace_window", 5.0), ("jerusalem_windows", 4.5), ("richter_window", 2.0),
            ("notre_dame_north_rose", 4.0)],
    "ben": [("york_great_east", 5.0), ("york_great_west", 3.0), ("coventry_baptistery", 1.5),
            ("eve_of_st_agnes", 4.5)],
    "chen": [("america_windows", 4.0), ("tree_of_life_window", 5.0), ("education_window", 1.0),
             ("rose_de_france", 3.5)],
    "dara": [("geneva_window", 4.5), ("blue_virgin", 5.0), ("chichester_chagall", 2.0),
             ("chartres_jesse", 4.0)],
    "emil": [("gloucester_great_east", 0.5), ("tudeley_east", 4.5), ("fraumunster_windows", 3.0),
             ("notre_dame_south_rose", 5.0)],
}


def entities():
    ents = []
    for slug, label, year, *_ in _WINDOWS:
        aliases = ("Notre-Dame de la Belle Verrière",) if slug == "blue_virgin" else ()
        ents.append(kgx.Entity(f"window:{slug}", kind="item", type="window", label=label,
                               aliases=aliases, attrs={"year": year}))
    for prefix, table in [("city", _CITIES), ("building", _BUILDINGS), ("person", _PEOPLE),
                          ("organisation", _ORGS), ("subject", _SUBJECTS), ("form", _FORMS)]:
        for slug, label in table.items():
            ents.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=prefix, label=label))
    for name in _RATINGS:
        ents.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return ents


def rows():
    out = []
    for slug, _label, _year, city, building, designer, commissioner, subject, forms in _WINDOWS:
        w = f"window:{slug}"
        out.append((w, "located_in", f"city:{city}"))
        out.append((w, "installed_in", f"building:{building}"))
        if designer:
            out.append((w, "designed_by", f"person:{designer}"))
        if commissioner:
            prefix = "organisation" if commissioner in _ORGS else "person"
            out.append((w, "commissioned_by", f"{prefix}:{commissioner}"))
        if subject:
            out.append((w, "depicts", f"subject:{subject}"))
        for form in forms:
            out.append((w, "has_form", f"form:{form}"))
    for name, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{name}", "rated", f"window:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind336")
