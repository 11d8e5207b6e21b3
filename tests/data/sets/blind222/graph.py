"""blind222: a small graph of classic camera models.

Years are the year each model was introduced.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("camera",)),
    kgx.Relation("made_by", phrase="was made by", inverse_phrase="made",
                 domain=("camera",), range=("manufacturer",)),
    kgx.Relation("has_design", phrase="is a", inverse_phrase="is the design of",
                 domain=("camera",), range=("design",)),
    kgx.Relation("uses_film", phrase="takes", inverse_phrase="is the film for",
                 domain=("camera",), range=("film",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("camera",), range=("person",)),
    kgx.Relation("made_in", phrase="was made in", inverse_phrase="is the country of origin of",
                 domain=("camera",), range=("country",)),
]

# slug, label, year, manufacturer, design, film, country, designer (or None)
CAMERAS = [
    ("leica_i", "Leica I", 1925, "leitz", "viewfinder", "35mm", "germany", "oskar_barnack"),
    ("leica_m3", "Leica M3", 1954, "leitz", "rangefinder", "35mm", "germany", None),
    ("nikon_f", "Nikon F", 1959, "nippon_kogaku", "slr", "35mm", "japan", None),
    ("canon_ae1", "Canon AE-1", 1976, "canon", "slr", "35mm", "japan", None),
    ("olympus_om1", "Olympus OM-1", 1972, "olympus", "slr", "35mm", "japan", "yoshihisa_maitani"),
    ("olympus_pen", "Olympus Pen", 1959, "olympus", "half_frame", "35mm", "japan", "yoshihisa_maitani"),
    ("olympus_xa", "Olympus XA", 1979, "olympus", "rangefinder", "35mm", "japan", "yoshihisa_maitani"),
    ("rolleiflex_28f", "Rolleiflex 2.8F", 1960, "franke_heidecke", "tlr", "120", "germany", None),
    ("hasselblad_1600f", "Hasselblad 1600F", 1948, "hasselblad", "slr", "120", "sweden", "sixten_sason"),
    ("polaroid_sx70", "Polaroid SX-70", 1972, "polaroid", "instant", "sx70", "usa", "edwin_land"),
    ("kodak_brownie", "Kodak Brownie", 1900, "eastman_kodak", "box", "117", "usa", "frank_brownell"),
    ("pentax_spotmatic", "Pentax Spotmatic", 1964, "asahi_optical", "slr", "35mm", "japan", None),
    ("contax_ii", "Contax II", 1936, "zeiss_ikon", "rangefinder", "35mm", "germany", None),
    ("argus_c3", "Argus C3", 1939, "argus", "rangefinder", "35mm", "usa", None),
    ("minox_riga", "Minox Riga", 1938, "vef", "subminiature", "minox", "latvia", "walter_zapp"),
    ("kodak_retina_i", "Kodak Retina I", 1934, "kodak_ag", "folding", "35mm", "germany", "august_nagel"),
    ("zenit_e", "Zenit-E", 1965, "kmz", "slr", "35mm", "soviet_union", None),
    ("yashica_mat_124g", "Yashica Mat-124G", 1970, "yashica", "tlr", "120", "japan", None),
]

MANUFACTURERS = {
    "leitz": ("Ernst Leitz", ("Leitz",)),
    "nippon_kogaku": ("Nippon Kogaku", ()),
    "canon": ("Canon", ()),
    "olympus": ("Olympus", ()),
    "franke_heidecke": ("Franke & Heidecke", ()),
    "hasselblad": ("Victor Hasselblad AB", ()),
    "polaroid": ("Polaroid Corporation", ("Polaroid",)),
    "eastman_kodak": ("Eastman Kodak", ()),
    "asahi_optical": ("Asahi Optical", ()),
    "zeiss_ikon": ("Zeiss Ikon", ()),
    "argus": ("Argus", ()),
    "vef": ("VEF", ()),
    "kodak_ag": ("Kodak AG", ()),
    "kmz": ("KMZ", ("Krasnogorsk Mechanical Plant",)),
    "yashica": ("Yashica", ()),
}

DESIGNS = {
    "viewfinder": ("Viewfinder camera", ()),
    "rangefinder": ("Rangefinder camera", ("Rangefinder",)),
    "slr": ("Single-lens reflex camera", ("SLR", "Single-lens reflex")),
    "tlr": ("Twin-lens reflex camera", ("TLR", "Twin-lens reflex")),
    "half_frame": ("Half-frame camera", ()),
    "instant": ("Instant camera", ()),
    "box": ("Box camera", ()),
    "subminiature": ("Subminiature camera", ()),
    "folding": ("Folding camera", ()),
}

FILMS = {
    "35mm": ("35mm film", ("135 film",)),
    "120": ("120 film", ()),
    "117": ("117 film", ()),
    "sx70": ("SX-70 film", ()),
    "minox": ("Minox 8x11 film", ()),
}

COUNTRIES = {
    "germany": "Germany",
    "japan": "Japan",
    "sweden": "Sweden",
    "usa": "United States",
    "latvia": "Latvia",
    "soviet_union": "Soviet Union",
}

PEOPLE = {
    "oskar_barnack": "Oskar Barnack",
    "yoshihisa_maitani": "Yoshihisa Maitani",
    "sixten_sason": "Sixten Sason",
    "edwin_land": "Edwin Land",
    "frank_brownell": "Frank A. Brownell",
    "walter_zapp": "Walter Zapp",
    "august_nagel": "August Nagel",
}

RATINGS = {
    "ana": [("leica_m3", 5.0), ("nikon_f", 4.5), ("kodak_brownie", 2.0), ("canon_ae1", 3.0)],
    "ben": [("polaroid_sx70", 4.0), ("olympus_xa", 1.5), ("rolleiflex_28f", 5.0), ("zenit_e", 2.5)],
    "chen": [("hasselblad_1600f", 4.5), ("minox_riga", 1.0), ("olympus_om1", 4.0), ("argus_c3", 3.5)],
    "dara": [("pentax_spotmatic", 5.0), ("contax_ii", 2.0), ("leica_i", 4.0), ("yashica_mat_124g", 0.5)],
    "emil": [("olympus_pen", 4.5), ("kodak_retina_i", 1.5), ("leica_m3", 3.0), ("polaroid_sx70", 5.0)],
}


def entities():
    out = []
    for slug, label, year, *_ in CAMERAS:
        out.append(kgx.Entity(f"camera:{slug}", kind="item", type="camera", label=label,
                              attrs={"year": year}))
    for slug, (label, aliases) in MANUFACTURERS.items():
        out.append(kgx.Entity(f"manufacturer:{slug}", kind="attribute", type="manufacturer",
                              label=label, aliases=aliases))
    for slug, (label, aliases) in DESIGNS.items():
        out.append(kgx.Entity(f"design:{slug}", kind="attribute", type="design",
                              label=label, aliases=aliases))
    for slug, (label, aliases) in FILMS.items():
        out.append(kgx.Entity(f"film:{slug}", kind="attribute", type="film",
                              label=label, aliases=aliases))
    for slug, label in COUNTRIES.items():
        out.append(kgx.Entity(f"country:{slug}", kind="attribute", type="country", label=label))
    for slug, label in PEOPLE.items():
        out.append(kgx.Entity(f"person:{slug}", kind="attribute", type="person", label=label))
    for name in RATINGS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, _label, _year, maker, design, film, country, designer in CAMERAS:
        cam = f"camera:{slug}"
        out.append((cam, "made_by", f"manufacturer:{maker}"))
        out.append((cam, "has_design", f"design:{design}"))
        out.append((cam, "uses_film", f"film:{film}"))
        out.append((cam, "made_in", f"country:{country}"))
        if designer:
            out.append((cam, "designed_by", f"person:{designer}"))
    for name, pairs in RATINGS.items():
        for slug, r in pairs:
            out.append((f"user:{name}", "rated", f"camera:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind222")
