"""blind155: a small graph of historic and modern mosques.

Years are completion years of the present building (for the Great Mosque of
Kairouan and the Great Mosque of Cordoba, the year of foundation).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("mosque",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("mosque",), range=("city",)),
    kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned",
                 domain=("mosque",), range=("person",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("mosque",), range=("architect",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                 domain=("mosque",), range=("person",)),
    kgx.Relation("has_style", phrase="is built in the style", inverse_phrase="is the style of",
                 domain=("mosque",), range=("style",)),
    kgx.Relation("has_feature", phrase="has", inverse_phrase="is a feature of",
                 domain=("mosque",), range=("feature",)),
]

MOSQUES = [
    ("sultan_ahmed", "Sultan Ahmed Mosque", 1616, ("Blue Mosque",)),
    ("suleymaniye", "Süleymaniye Mosque", 1557, ("Suleymaniye Mosque",)),
    ("selimiye", "Selimiye Mosque", 1575, ()),
    ("sehzade", "Şehzade Mosque", 1548, ("Sehzade Mosque",)),
    ("muhammad_ali", "Mosque of Muhammad Ali", 1848, ("Alabaster Mosque",)),
    ("sultan_hasan", "Mosque-Madrasa of Sultan Hasan", 1363, ("Sultan Hasan Mosque",)),
    ("ibn_tulun", "Mosque of Ibn Tulun", 879, ()),
    ("samarra", "Great Mosque of Samarra", 851, ()),
    ("umayyad", "Umayyad Mosque", 715, ("Great Mosque of Damascus",)),
    ("kairouan", "Great Mosque of Kairouan", 670, ("Mosque of Uqba",)),
    ("cordoba", "Great Mosque of Córdoba", 785, ("Mezquita", "Great Mosque of Cordoba")),
    ("hassan_ii", "Hassan II Mosque", 1993, ()),
    ("badshahi", "Badshahi Mosque", 1673, ()),
    ("jama_masjid", "Jama Masjid", 1656, ()),
    ("shah", "Shah Mosque", 1629, ("Imam Mosque",)),
    ("sheikh_lotfollah", "Sheikh Lotfollah Mosque", 1619, ()),
    ("faisal", "Faisal Mosque", 1986, ()),
    ("djenne", "Great Mosque of Djenné", 1907, ("Great Mosque of Djenne",)),
    ("istiqlal", "Istiqlal Mosque", 1978, ()),
    ("bibi_khanym", "Bibi-Khanym Mosque", 1404, ()),
]

CITIES = {
    "istanbul": "Istanbul", "edirne": "Edirne", "cairo": "Cairo", "samarra": "Samarra",
    "damascus": "Damascus", "kairouan": "Kairouan", "cordoba": "Córdoba",
    "casablanca": "Casablanca", "lahore": "Lahore", "delhi": "Delhi", "isfahan": "Isfahan",
    "islamabad": "Islamabad", "djenne": "Djenné", "jakarta": "Jakarta", "samarkand": "Samarkand",
}

PEOPLE = {
    "ahmed_i": ("Ahmed I", ("Sultan Ahmed I",)),
    "suleiman": ("Suleiman the Magnificent", ("Suleiman I",)),
    "selim_ii": ("Selim II", ("Sultan Selim II",)),
    "sehzade_mehmed": ("Şehzade Mehmed", ("Sehzade Mehmed",)),
    "muhammad_ali": ("Muhammad Ali Pasha", ("Muhammad Ali",)),
    "sultan_hasan": ("an-Nasir Hasan", ("Sultan Hasan",)),
    "ibn_tulun": ("Ahmad ibn Tulun", ("Ibn Tulun",)),
    "al_mutawakkil": ("al-Mutawakkil", ()),
    "al_walid": ("al-Walid I", ()),
    "uqba": ("Uqba ibn Nafi", ()),
    "abd_al_rahman_i": ("Abd al-Rahman I", ()),
    "hassan_ii": ("Hassan II", ("King Hassan II",)),
    "aurangzeb": ("Aurangzeb", ()),
    "shah_jahan": ("Shah Jahan", ()),
    "abbas_i": ("Abbas the Great", ("Shah Abbas I", "Abbas I")),
    "lotfollah": ("Sheikh Lotfollah", ()),
    "king_faisal": ("King Faisal", ("Faisal of Saudi Arabia",)),
    "timur": ("Timur", ("Tamerlane",)),
    "bibi_khanym": ("Bibi Khanym", ()),
}

ARCHITECTS = {
    "sedefkar": "Sedefkâr Mehmed Agha",
    "sinan": "Mimar Sinan",
    "yusuf_bushnak": "Yusuf Bushnak",
    "pinseau": "Michel Pinseau",
    "ali_akbar_isfahani": "Ali Akbar Isfahani",
    "mohammad_reza_isfahani": "Mohammad Reza Isfahani",
    "dalokay": "Vedat Dalokay",
    "traore": "Ismaila Traoré",
    "silaban": "Friedrich Silaban",
}

STYLES = {
    "ottoman": ("Ottoman", ("Ottoman architecture",)),
    "mamluk": ("Mamluk", ("Mamluk architecture",)),
    "abbasid": ("Abbasid", ("Abbasid architecture",)),
    "umayyad": ("Umayyad", ("Umayyad architecture",)),
    "moorish": ("Moorish", ("Moorish architecture",)),
    "mughal": ("Mughal", ("Mughal architecture",)),
    "safavid": ("Safavid", ("Safavid architecture",)),
    "timurid": ("Timurid", ("Timurid architecture",)),
    "sudano_sahelian": ("Sudano-Sahelian", ("Sudano-Sahelian architecture",)),
    "modernist": ("modernist", ("modernist architecture", "modern")),
}

FEATURES = {
    "spiral_minaret": "spiral minaret",
    "hypostyle_hall": "hypostyle hall",
    "six_minarets": "six minarets",
    "four_minarets": "four minarets",
    "three_minarets": "three minarets",
    "two_minarets": "two minarets",
    "retractable_roof": "retractable roof",
    "mud_brick_walls": "mud-brick walls",
    "horseshoe_arches": "horseshoe arches",
    "four_iwan_plan": "four-iwan plan",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year, aliases in MOSQUES:
        out.append(kgx.Entity(f"mosque:{slug}", kind="item", type="mosque", label=label,
                              aliases=aliases, attrs={"year": year}))
    for slug, label in CITIES.items():
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, (label, aliases) in PEOPLE.items():
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label,
                              aliases=aliases))
    for slug, label in ARCHITECTS.items():
        out.append(kgx.Entity(f"architect:{slug}", kind="attribute", type="architect", label=label))
    for slug, (label, aliases) in STYLES.items():
        out.append(kgx.Entity(f"style:{slug}", kind="attribute", type="style", label=label,
                              aliases=aliases))
    for slug, label in FEATURES.items():
        out.append(kgx.Entity(f"feature:{slug}", kind="attribute", type="feature", label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


# mosque slug -> city, commissioned_by, designed_by, named_after, styles, features
FACTS = {
    "sultan_ahmed": ("istanbul", ["ahmed_i"], ["sedefkar"], ["ahmed_i"], ["ottoman"], ["six_minarets"]),
    "suleymaniye": ("istanbul", ["suleiman"], ["sinan"], ["suleiman"], ["ottoman"], ["four_minarets"]),
    "selimiye": ("edirne", ["selim_ii"], ["sinan"], ["selim_ii"], ["ottoman"], ["four_minarets"]),
    "sehzade": ("istanbul", ["suleiman"], ["sinan"], ["sehzade_mehmed"], ["ottoman"], ["two_minarets"]),
    "muhammad_ali": ("cairo", ["muhammad_ali"], ["yusuf_bushnak"], ["muhammad_ali"], ["ottoman"], ["two_minarets"]),
    "sultan_hasan": ("cairo", ["sultan_hasan"], [], ["sultan_hasan"], ["mamluk"], ["two_minarets", "four_iwan_plan"]),
    "ibn_tulun": ("cairo", ["ibn_tulun"], [], ["ibn_tulun"], ["abbasid"], ["spiral_minaret", "hypostyle_hall"]),
    "samarra": ("samarra", ["al_mutawakkil"], [], [], ["abbasid"], ["spiral_minaret", "hypostyle_hall"]),
    "umayyad": ("damascus", ["al_walid"], [], [], ["umayyad"], ["three_minarets"]),
    "kairouan": ("kairouan", [], [], ["uqba"], [], ["hypostyle_hall"]),
    "cordoba": ("cordoba", ["abd_al_rahman_i"], [], [], ["moorish"], ["hypostyle_hall", "horseshoe_arches"]),
    "hassan_ii": ("casablanca", ["hassan_ii"], ["pinseau"], ["hassan_ii"], ["moorish"], ["retractable_roof"]),
    "badshahi": ("lahore", ["aurangzeb"], [], [], ["mughal"], ["four_minarets"]),
    "jama_masjid": ("delhi", ["shah_jahan"], [], [], ["mughal"], ["two_minarets"]),
    "shah": ("isfahan", ["abbas_i"], ["ali_akbar_isfahani"], [], ["safavid"], ["four_iwan_plan"]),
    "sheikh_lotfollah": ("isfahan", ["abbas_i"], ["mohammad_reza_isfahani"], ["lotfollah"], ["safavid"], []),
    "faisal": ("islamabad", [], ["dalokay"], ["king_faisal"], ["modernist"], ["four_minarets"]),
    "djenne": ("djenne", [], ["traore"], [], ["sudano_sahelian"], ["hypostyle_hall", "mud_brick_walls"]),
    "istiqlal": ("jakarta", [], ["silaban"], [], ["modernist"], []),
    "bibi_khanym": ("samarkand", ["timur"], [], ["bibi_khanym"], ["timurid"], []),
}

RATINGS = {
    "ana": [("sultan_ahmed", 5.0), ("sheikh_lotfollah", 4.5), ("hassan_ii", 2.0), ("faisal", 3.0)],
    "ben": [("cordoba", 4.0), ("djenne", 1.5), ("kairouan", 4.5), ("istiqlal", 3.5)],
    "chen": [("suleymaniye", 5.0), ("selimiye", 4.0), ("jama_masjid", 1.0), ("samarra", 2.5)],
    "dara": [("ibn_tulun", 4.5), ("sultan_hasan", 3.0), ("muhammad_ali", 2.0), ("badshahi", 5.0)],
    "emil": [("shah", 4.0), ("bibi_khanym", 0.5), ("umayyad", 5.0), ("sehzade", 3.5)],
}


def rows():
    out = []
    for slug, (city, patrons, architects, namesakes, styles, features) in FACTS.items():
        m = f"mosque:{slug}"
        out.append((m, "located_in", f"city:{city}"))
        out += [(m, "commissioned_by", f"person:{p}") for p in patrons]
        out += [(m, "designed_by", f"architect:{a}") for a in architects]
        out += [(m, "named_after", f"person:{p}") for p in namesakes]
        out += [(m, "has_style", f"style:{s}") for s in styles]
        out += [(m, "has_feature", f"feature:{f}") for f in features]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"mosque:{slug}", {"rating": r}) for slug, r in rs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind155")
