"""blind208: a small graph of famous pipe organs, declared in code.

Items are pipe organs (type "organ"); `year` is the year the instrument was
completed or inaugurated (for rebuilt organs, the year of the builder named
by `built_by`).
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("organ",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built",
                 domain=("organ",), range=("organ builder",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("organ",), range=("city",)),
    kgx.Relation("housed_in", phrase="is housed in", inverse_phrase="houses",
                 domain=("organ",), range=("building",)),
    kgx.Relation("played_by", phrase="was played by", inverse_phrase="played",
                 domain=("organ",), range=("musician",)),
    kgx.Relation("has_style", phrase="is an organ of the style", inverse_phrase="is the style of",
                 domain=("organ",), range=("style",)),
]

# slug: (label, year, builders, city, building, players, style)
ORGANS = {
    "wanamaker": ("Wanamaker Organ", 1904, ["la_art_organ"], "philadelphia",
                  "wanamaker_building", ["marcel_dupre"], "orchestral"),
    "boardwalk_hall": ("Boardwalk Hall Auditorium Organ", 1932, ["midmer_losh"], "atlantic_city",
                       "boardwalk_hall", [], None),
    "notre_dame": ("Notre-Dame Grand Organ", 1868, ["cavaille_coll"], "paris",
                   "notre_dame_de_paris", ["louis_vierne"], "symphonic"),
    "saint_sulpice": ("Saint-Sulpice Grand Organ", 1862, ["cavaille_coll"], "paris",
                      "saint_sulpice", ["widor", "marcel_dupre"], "symphonic"),
    "sainte_clotilde": ("Sainte-Clotilde Organ", 1859, ["cavaille_coll"], "paris",
                        "sainte_clotilde", ["cesar_franck", "charles_tournemire"], "symphonic"),
    "st_jacobi": ("St. Jacobi Schnitger Organ", 1693, ["arp_schnitger"], "hamburg",
                  "st_jacobi_church", [], "baroque"),
    "haarlem_muller": ("Haarlem Müller Organ", 1738, ["christian_muller"], "haarlem",
                       "st_bavo", ["mozart", "handel"], "baroque"),
    "freiberg": ("Freiberg Silbermann Organ", 1714, ["gottfried_silbermann"], "freiberg",
                 "freiberg_cathedral", [], "baroque"),
    "passau": ("Passau Cathedral Organ", 1928, ["steinmeyer"], "passau",
               "st_stephens_passau", [], None),
    "royal_albert_hall": ("Royal Albert Hall Organ", 1871, ["henry_willis"], "london",
                          "royal_albert_hall", [], None),
    "st_georges_hall": ("St George's Hall Organ", 1855, ["henry_willis"], "liverpool",
                        "st_georges_hall", ["wt_best"], None),
    "sydney_town_hall": ("Sydney Town Hall Grand Organ", 1890, ["hill_and_son"], "sydney",
                         "sydney_town_hall", [], None),
    "tabernacle": ("Salt Lake Tabernacle Organ", 1867, ["joseph_ridges"], "salt_lake_city",
                   "salt_lake_tabernacle", [], None),
    "riga": ("Riga Cathedral Organ", 1884, ["walcker"], "riga",
             "riga_cathedral", [], "romantic"),
    "ulm": ("Ulm Minster Organ", 1856, ["walcker"], "ulm",
            "ulm_minster", [], None),
    "st_pauls": ("St Paul's Cathedral Organ", 1697, ["bernard_smith"], "london",
                 "st_pauls_cathedral", [], None),
    "kotzschmar": ("Kotzschmar Memorial Organ", 1912, ["austin_organs"], "portland",
                   "merrill_auditorium", [], None),
    "disney_hall": ("Walt Disney Concert Hall Organ", 2004, ["glatter_gotz", "rosales"], "los_angeles",
                    "walt_disney_concert_hall", [], None),
}

BUILDERS = {
    "la_art_organ": "Los Angeles Art Organ Company",
    "midmer_losh": "Midmer-Losh",
    "cavaille_coll": "Aristide Cavaillé-Coll",
    "arp_schnitger": "Arp Schnitger",
    "christian_muller": "Christian Müller",
    "gottfried_silbermann": "Gottfried Silbermann",
    "steinmeyer": "Steinmeyer",
    "henry_willis": "Henry Willis",
    "hill_and_son": "William Hill & Son",
    "joseph_ridges": "Joseph Ridges",
    "walcker": "E. F. Walcker & Cie.",
    "bernard_smith": "Bernard Smith",
    "austin_organs": "Austin Organs",
    "glatter_gotz": "Glatter-Götz Orgelbau",
    "rosales": "Rosales Organ Builders",
}

CITIES = {
    "philadelphia": "Philadelphia", "atlantic_city": "Atlantic City", "paris": "Paris",
    "hamburg": "Hamburg", "haarlem": "Haarlem", "freiberg": "Freiberg", "passau": "Passau",
    "london": "London", "liverpool": "Liverpool", "sydney": "Sydney",
    "salt_lake_city": "Salt Lake City", "riga": "Riga", "ulm": "Ulm", "portland": "Portland",
    "los_angeles": "Los Angeles",
}

BUILDINGS = {
    "wanamaker_building": "Wanamaker Building",
    "boardwalk_hall": "Boardwalk Hall",
    "notre_dame_de_paris": "Notre-Dame de Paris",
    "saint_sulpice": "Church of Saint-Sulpice",
    "sainte_clotilde": "Basilica of Sainte-Clotilde",
    "st_jacobi_church": "St. Jacobi Church",
    "st_bavo": "St. Bavo's Church",
    "freiberg_cathedral": "Freiberg Cathedral",
    "st_stephens_passau": "St. Stephen's Cathedral",
    "royal_albert_hall": "Royal Albert Hall",
    "st_georges_hall": "St George's Hall",
    "sydney_town_hall": "Sydney Town Hall",
    "salt_lake_tabernacle": "Salt Lake Tabernacle",
    "riga_cathedral": "Riga Cathedral",
    "ulm_minster": "Ulm Minster",
    "st_pauls_cathedral": "St Paul's Cathedral",
    "merrill_auditorium": "Merrill Auditorium",
    "walt_disney_concert_hall": "Walt Disney Concert Hall",
}

MUSICIANS = {
    "marcel_dupre": "Marcel Dupré",
    "louis_vierne": "Louis Vierne",
    "widor": "Charles-Marie Widor",
    "cesar_franck": "César Franck",
    "charles_tournemire": "Charles Tournemire",
    "mozart": "Wolfgang Amadeus Mozart",
    "handel": "George Frideric Handel",
    "wt_best": "W. T. Best",
}

STYLES = {
    "baroque": "Baroque",
    "symphonic": "Symphonic",
    "romantic": "Romantic",
    "orchestral": "Orchestral",
}

RATINGS = {
    "ana": [("notre_dame", 5.0), ("saint_sulpice", 4.5), ("wanamaker", 2.0), ("riga", 4.0)],
    "ben": [("haarlem_muller", 5.0), ("st_jacobi", 4.0), ("boardwalk_hall", 1.5), ("royal_albert_hall", 3.0)],
    "chen": [("sydney_town_hall", 4.5), ("disney_hall", 1.0), ("kotzschmar", 3.5), ("tabernacle", 4.0)],
    "dara": [("freiberg", 4.5), ("passau", 2.0), ("st_pauls", 5.0), ("sainte_clotilde", 3.0)],
    "emil": [("ulm", 1.5), ("st_georges_hall", 4.0), ("wanamaker", 5.0), ("disney_hall", 2.5)],
}


def entities():
    out = []
    for slug, (label, year, *_rest) in ORGANS.items():
        out.append(kgx.Entity(f"organ:{slug}", kind="item", type="organ", label=label, attrs={"year": year}))
    for slug, label in BUILDERS.items():
        out.append(kgx.Entity(f"builder:{slug}", kind="attribute", type="organ builder", label=label))
    for slug, label in CITIES.items():
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, label in BUILDINGS.items():
        out.append(kgx.Entity(f"building:{slug}", kind="attribute", type="building", label=label))
    for slug, label in MUSICIANS.items():
        out.append(kgx.Entity(f"musician:{slug}", kind="attribute", type="musician", label=label))
    for slug, label in STYLES.items():
        out.append(kgx.Entity(f"style:{slug}", kind="attribute", type="style", label=label))
    for name in RATINGS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, (_label, _year, builders, city, building, players, style) in ORGANS.items():
        oid = f"organ:{slug}"
        for b in builders:
            out.append((oid, "built_by", f"builder:{b}"))
        out.append((oid, "located_in", f"city:{city}"))
        out.append((oid, "housed_in", f"building:{building}"))
        for p in players:
            out.append((oid, "played_by", f"musician:{p}"))
        if style:
            out.append((oid, "has_style", f"style:{style}"))
    for name, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{name}", "rated", f"organ:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind208")
