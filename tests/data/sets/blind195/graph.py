"""A small graph of real mausoleums (blind195)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("mausoleum",)),
    kgx.Relation("located_in", phrase="stands in", inverse_phrase="is home to", domain=("mausoleum",), range=("city",)),
    kgx.Relation("holds_remains_of", phrase="holds the remains of", inverse_phrase="is buried in", domain=("mausoleum",), range=("person",)),
    kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned", domain=("mausoleum",), range=("person",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("mausoleum",), range=("person",)),
    kgx.Relation("built_of", phrase="is built of", inverse_phrase="was used to build", domain=("mausoleum",), range=("material",)),
    kgx.Relation("in_style", phrase="is an example of", inverse_phrase="is the style of", domain=("mausoleum",), range=("style",)),
]

_ITEMS = [
    ("taj_mahal", "Taj Mahal", 1653),
    ("humayuns_tomb", "Humayun's Tomb", 1572),
    ("akbars_tomb", "Akbar's Tomb", 1613),
    ("tomb_of_jahangir", "Tomb of Jahangir", 1637),
    ("itmad_ud_daulah", "Itmad-ud-Daulah's Tomb", 1628),
    ("bibi_ka_maqbara", "Bibi Ka Maqbara", 1660),
    ("gur_e_amir", "Gur-e-Amir", 1404),
    ("lenins_mausoleum", "Lenin's Mausoleum", 1930),
    ("sun_yat_sen_mausoleum", "Sun Yat-sen Mausoleum", 1929),
    ("ho_chi_minh_mausoleum", "Ho Chi Minh Mausoleum", 1975),
    ("anitkabir", "Anıtkabir", 1953),
    ("mausoleum_of_mohammed_v", "Mausoleum of Mohammed V", 1971),
    ("mazar_e_quaid", "Mazar-e-Quaid", 1971),
    ("grants_tomb", "Grant's Tomb", 1897),
    ("lincoln_tomb", "Lincoln Tomb", 1874),
    ("napoleons_tomb", "Napoleon's Tomb", 1861),
    ("mausoleum_of_hadrian", "Mausoleum of Hadrian", 139),
    ("mausoleum_of_theodoric", "Mausoleum of Theodoric", 520),
]

_ALIASES = {
    "mausoleum_of_hadrian": ("Castel Sant'Angelo",),
    "itmad_ud_daulah": ("Tomb of I'timad-ud-Daulah",),
}

_CITIES = {
    "agra": "Agra", "delhi": "Delhi", "lahore": "Lahore", "aurangabad": "Aurangabad",
    "samarkand": "Samarkand", "moscow": "Moscow", "nanjing": "Nanjing", "hanoi": "Hanoi",
    "ankara": "Ankara", "rabat": "Rabat", "karachi": "Karachi", "new_york_city": "New York City",
    "springfield": "Springfield", "paris": "Paris", "rome": "Rome", "ravenna": "Ravenna",
}

_PEOPLE = {
    "mumtaz_mahal": "Mumtaz Mahal", "shah_jahan": "Shah Jahan", "ahmad_lahauri": "Ustad Ahmad Lahauri",
    "humayun": "Humayun", "bega_begum": "Bega Begum", "mirak_mirza_ghiyas": "Mirak Mirza Ghiyas",
    "akbar": "Akbar", "jahangir": "Jahangir", "nur_jahan": "Nur Jahan", "mirza_ghiyas_beg": "Mirza Ghiyas Beg",
    "dilras_banu_begum": "Dilras Banu Begum", "ata_ullah": "Ata-ullah",
    "timur": "Timur", "ulugh_beg": "Ulugh Beg",
    "vladimir_lenin": "Vladimir Lenin", "alexey_shchusev": "Alexey Shchusev",
    "sun_yat_sen": "Sun Yat-sen", "lu_yanzhi": "Lü Yanzhi",
    "ho_chi_minh": "Ho Chi Minh",
    "ataturk": "Mustafa Kemal Atatürk", "ismet_inonu": "İsmet İnönü", "emin_onat": "Emin Onat", "orhan_arda": "Orhan Arda",
    "mohammed_v": "Mohammed V", "hassan_ii": "Hassan II", "eric_vo_toan": "Eric Vo Toan",
    "jinnah": "Muhammad Ali Jinnah", "yahya_merchant": "Yahya Merchant",
    "ulysses_s_grant": "Ulysses S. Grant", "julia_grant": "Julia Grant", "john_h_duncan": "John H. Duncan",
    "abraham_lincoln": "Abraham Lincoln", "mary_todd_lincoln": "Mary Todd Lincoln",
    "larkin_goldsmith_mead": "Larkin Goldsmith Mead",
    "napoleon": "Napoleon", "louis_visconti": "Louis Visconti",
    "hadrian": "Hadrian", "theodoric": "Theodoric the Great",
}

_MATERIALS = {"white_marble": "white marble", "red_sandstone": "red sandstone", "granite": "granite",
              "istrian_stone": "Istrian stone"}

_STYLES = {"mughal": "Mughal architecture", "timurid": "Timurid architecture",
           "neoclassical": "neoclassical architecture"}

_USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year in _ITEMS:
        out.append(kgx.Entity(f"mausoleum:{slug}", kind="item", type="mausoleum", label=label,
                              aliases=_ALIASES.get(slug, ()), attrs={"year": year}))
    for slug, label in _CITIES.items():
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, label in _PEOPLE.items():
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for slug, label in _MATERIALS.items():
        out.append(kgx.Entity(f"material:{slug}", kind="attribute", type="material", label=label))
    for slug, label in _STYLES.items():
        out.append(kgx.Entity(f"style:{slug}", kind="attribute", type="style", label=label))
    for u in _USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


_FACTS = {
    "taj_mahal": [("located_in", "city:agra"), ("holds_remains_of", "person:mumtaz_mahal"),
                  ("holds_remains_of", "person:shah_jahan"), ("commissioned_by", "person:shah_jahan"),
                  ("designed_by", "person:ahmad_lahauri"), ("built_of", "material:white_marble"),
                  ("in_style", "style:mughal")],
    "humayuns_tomb": [("located_in", "city:delhi"), ("holds_remains_of", "person:humayun"),
                      ("commissioned_by", "person:bega_begum"), ("designed_by", "person:mirak_mirza_ghiyas"),
                      ("built_of", "material:red_sandstone"), ("in_style", "style:mughal")],
    "akbars_tomb": [("located_in", "city:agra"), ("holds_remains_of", "person:akbar"),
                    ("built_of", "material:red_sandstone"), ("in_style", "style:mughal")],
    "tomb_of_jahangir": [("located_in", "city:lahore"), ("holds_remains_of", "person:jahangir"),
                         ("commissioned_by", "person:shah_jahan"), ("built_of", "material:red_sandstone"),
                         ("in_style", "style:mughal")],
    "itmad_ud_daulah": [("located_in", "city:agra"), ("holds_remains_of", "person:mirza_ghiyas_beg"),
                        ("commissioned_by", "person:nur_jahan"), ("built_of", "material:white_marble"),
                        ("in_style", "style:mughal")],
    "bibi_ka_maqbara": [("located_in", "city:aurangabad"), ("holds_remains_of", "person:dilras_banu_begum"),
                        ("designed_by", "person:ata_ullah"), ("in_style", "style:mughal")],
    "gur_e_amir": [("located_in", "city:samarkand"), ("holds_remains_of", "person:timur"),
                   ("holds_remains_of", "person:ulugh_beg"), ("commissioned_by", "person:timur"),
                   ("in_style", "style:timurid")],
    "lenins_mausoleum": [("located_in", "city:moscow"), ("holds_remains_of", "person:vladimir_lenin"),
                         ("designed_by", "person:alexey_shchusev"), ("built_of", "material:granite")],
    "sun_yat_sen_mausoleum": [("located_in", "city:nanjing"), ("holds_remains_of", "person:sun_yat_sen"),
                              ("designed_by", "person:lu_yanzhi")],
    "ho_chi_minh_mausoleum": [("located_in", "city:hanoi"), ("holds_remains_of", "person:ho_chi_minh"),
                              ("built_of", "material:granite")],
    "anitkabir": [("located_in", "city:ankara"), ("holds_remains_of", "person:ataturk"),
                  ("holds_remains_of", "person:ismet_inonu"), ("designed_by", "person:emin_onat"),
                  ("designed_by", "person:orhan_arda")],
    "mausoleum_of_mohammed_v": [("located_in", "city:rabat"), ("holds_remains_of", "person:mohammed_v"),
                                ("holds_remains_of", "person:hassan_ii"), ("designed_by", "person:eric_vo_toan")],
    "mazar_e_quaid": [("located_in", "city:karachi"), ("holds_remains_of", "person:jinnah"),
                      ("designed_by", "person:yahya_merchant"), ("built_of", "material:white_marble")],
    "grants_tomb": [("located_in", "city:new_york_city"), ("holds_remains_of", "person:ulysses_s_grant"),
                    ("holds_remains_of", "person:julia_grant"), ("designed_by", "person:john_h_duncan"),
                    ("built_of", "material:granite"), ("in_style", "style:neoclassical")],
    "lincoln_tomb": [("located_in", "city:springfield"), ("holds_remains_of", "person:abraham_lincoln"),
                     ("holds_remains_of", "person:mary_todd_lincoln"),
                     ("designed_by", "person:larkin_goldsmith_mead"), ("built_of", "material:granite")],
    "napoleons_tomb": [("located_in", "city:paris"), ("holds_remains_of", "person:napoleon"),
                       ("designed_by", "person:louis_visconti")],
    "mausoleum_of_hadrian": [("located_in", "city:rome"), ("holds_remains_of", "person:hadrian"),
                             ("commissioned_by", "person:hadrian")],
    "mausoleum_of_theodoric": [("located_in", "city:ravenna"), ("holds_remains_of", "person:theodoric"),
                               ("commissioned_by", "person:theodoric"), ("built_of", "material:istrian_stone")],
}

_RATINGS = {
    "ana": [("taj_mahal", 5.0), ("humayuns_tomb", 4.5), ("gur_e_amir", 4.0), ("lenins_mausoleum", 1.5)],
    "ben": [("grants_tomb", 4.5), ("lincoln_tomb", 5.0), ("napoleons_tomb", 2.0), ("anitkabir", 3.0)],
    "chen": [("sun_yat_sen_mausoleum", 5.0), ("ho_chi_minh_mausoleum", 4.0), ("lenins_mausoleum", 2.0),
             ("taj_mahal", 3.5)],
    "dara": [("mausoleum_of_hadrian", 4.5), ("mausoleum_of_theodoric", 4.0), ("itmad_ud_daulah", 1.0),
             ("akbars_tomb", 5.0)],
    "emil": [("mazar_e_quaid", 4.0), ("mausoleum_of_mohammed_v", 1.5), ("tomb_of_jahangir", 4.5),
             ("bibi_ka_maqbara", 2.5)],
}


def rows():
    out = []
    for slug, facts in _FACTS.items():
        for rel, tail in facts:
            out.append((f"mausoleum:{slug}", rel, tail))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"mausoleum:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind195")
