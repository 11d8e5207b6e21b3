"""blind189: a small motorcycles graph (years are the year each model was introduced)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("motorcycle",)),
    kgx.Relation("manufactured_by", phrase="is made by", inverse_phrase="makes", domain=("motorcycle",), range=("manufacturer",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("motorcycle",), range=("person",)),
    kgx.Relation("has_engine", phrase="has the engine layout", inverse_phrase="is the engine layout of", domain=("motorcycle",), range=("engine layout",)),
    kgx.Relation("in_class", phrase="belongs to the class", inverse_phrase="is the class of", domain=("motorcycle",), range=("motorcycle class",)),
    kgx.Relation("country_of_origin", phrase="comes from", inverse_phrase="is the home of", domain=("motorcycle",), range=("country",)),
    kgx.Relation("succeeded_by", phrase="was succeeded by", inverse_phrase="succeeded", domain=("motorcycle",), range=("motorcycle",)),
]

# slug, label, year, aliases
_ITEMS = [
    ("honda_cb750", "Honda CB750", 1969, ()),
    ("ducati_916", "Ducati 916", 1994, ()),
    ("ducati_999", "Ducati 999", 2003, ()),
    ("ducati_monster", "Ducati Monster", 1993, ()),
    ("mv_agusta_f4", "MV Agusta F4", 1999, ()),
    ("suzuki_katana", "Suzuki GSX1100S Katana", 1981, ("Suzuki Katana",)),
    ("britten_v1000", "Britten V1000", 1991, ()),
    ("brough_superior_ss100", "Brough Superior SS100", 1924, ()),
    ("vincent_black_shadow", "Vincent Black Shadow", 1948, ()),
    ("bmw_r32", "BMW R32", 1923, ()),
    ("bmw_r80gs", "BMW R80G/S", 1980, ()),
    ("harley_davidson_sportster", "Harley-Davidson Sportster", 1957, ()),
    ("honda_gold_wing", "Honda Gold Wing", 1974, ()),
    ("yamaha_vmax", "Yamaha V-Max", 1985, ()),
    ("kawasaki_z1", "Kawasaki Z1", 1972, ()),
    ("triumph_bonneville_t120", "Triumph Bonneville T120", 1959, ()),
    ("honda_super_cub", "Honda Super Cub", 1958, ()),
    ("ducati_multistrada_1000", "Ducati Multistrada 1000", 2003, ()),
    ("honda_cbr900rr", "Honda CBR900RR Fireblade", 1992, ("Fireblade",)),
    ("honda_cbr1000rr", "Honda CBR1000RR", 2004, ()),
]

_ATTRS = {
    "manufacturer": [
        ("honda", "Honda"), ("ducati", "Ducati"), ("mv_agusta", "MV Agusta"), ("suzuki", "Suzuki"),
        ("britten", "Britten Motorcycle Company"), ("brough_superior", "Brough Superior"),
        ("vincent_hrd", "Vincent HRD"), ("bmw", "BMW"), ("harley_davidson", "Harley-Davidson"),
        ("yamaha", "Yamaha"), ("kawasaki", "Kawasaki"), ("triumph", "Triumph"),
    ],
    "person": [
        ("massimo_tamburini", "Massimo Tamburini"), ("pierre_terblanche", "Pierre Terblanche"),
        ("miguel_galluzzi", "Miguel Galluzzi"), ("hans_muth", "Hans Muth"), ("john_britten", "John Britten"),
        ("george_brough", "George Brough"), ("max_friz", "Max Friz"), ("tadao_baba", "Tadao Baba"),
    ],
    "engine layout": [
        ("v_twin", "V-twin"), ("inline_four", "inline-four"), ("boxer_twin", "boxer twin"),
        ("flat_four", "flat-four"), ("v4", "V4"), ("parallel_twin", "parallel twin"),
        ("single_cylinder", "single-cylinder"),
    ],
    "motorcycle class": [
        ("sport_bike", "sport bike"), ("naked_bike", "naked bike"), ("standard", "standard motorcycle"),
        ("cruiser", "cruiser"), ("touring", "touring motorcycle"), ("dual_sport", "dual-sport motorcycle"),
        ("racing", "racing motorcycle"), ("underbone", "underbone motorcycle"),
    ],
    "country": [
        ("japan", "Japan"), ("italy", "Italy"), ("germany", "Germany"), ("united_kingdom", "United Kingdom"),
        ("united_states", "United States"), ("new_zealand", "New Zealand"),
    ],
}

_PREFIX = {"manufacturer": "maker", "person": "person", "engine layout": "engine",
           "motorcycle class": "class", "country": "country"}

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"motorcycle:{s}", kind="item", type="motorcycle", label=lab, aliases=a, attrs={"year": y})
           for s, lab, y, a in _ITEMS]
    for typ, pairs in _ATTRS.items():
        out += [kgx.Entity(f"{_PREFIX[typ]}:{s}", kind="attribute", type=typ, label=lab) for s, lab in pairs]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


# motorcycle slug -> (maker, designer or None, engine, class or None, country)
_FACTS = {
    "honda_cb750": ("honda", None, "inline_four", "standard", "japan"),
    "ducati_916": ("ducati", "massimo_tamburini", "v_twin", "sport_bike", "italy"),
    "ducati_999": ("ducati", "pierre_terblanche", "v_twin", "sport_bike", "italy"),
    "ducati_monster": ("ducati", "miguel_galluzzi", "v_twin", "naked_bike", "italy"),
    "mv_agusta_f4": ("mv_agusta", "massimo_tamburini", "inline_four", "sport_bike", "italy"),
    "suzuki_katana": ("suzuki", "hans_muth", "inline_four", "sport_bike", "japan"),
    "britten_v1000": ("britten", "john_britten", "v_twin", "racing", "new_zealand"),
    "brough_superior_ss100": ("brough_superior", "george_brough", "v_twin", None, "united_kingdom"),
    "vincent_black_shadow": ("vincent_hrd", None, "v_twin", None, "united_kingdom"),
    "bmw_r32": ("bmw", "max_friz", "boxer_twin", None, "germany"),
    "bmw_r80gs": ("bmw", None, "boxer_twin", "dual_sport", "germany"),
    "harley_davidson_sportster": ("harley_davidson", None, "v_twin", "cruiser", "united_states"),
    "honda_gold_wing": ("honda", None, "flat_four", "touring", "japan"),
    "yamaha_vmax": ("yamaha", None, "v4", "cruiser", "japan"),
    "kawasaki_z1": ("kawasaki", None, "inline_four", "standard", "japan"),
    "triumph_bonneville_t120": ("triumph", None, "parallel_twin", "standard", "united_kingdom"),
    "honda_super_cub": ("honda", None, "single_cylinder", "underbone", "japan"),
    "ducati_multistrada_1000": ("ducati", "pierre_terblanche", "v_twin", None, "italy"),
    "honda_cbr900rr": ("honda", "tadao_baba", "inline_four", "sport_bike", "japan"),
    "honda_cbr1000rr": ("honda", None, "inline_four", "sport_bike", "japan"),
}

_SUCCESSION = [("ducati_916", "ducati_999"), ("honda_cbr900rr", "honda_cbr1000rr")]

_RATINGS = {
    "ana": [("ducati_916", 5.0), ("ducati_monster", 4.5), ("honda_gold_wing", 1.5), ("mv_agusta_f4", 4.0)],
    "ben": [("harley_davidson_sportster", 2.0), ("triumph_bonneville_t120", 4.5), ("bmw_r80gs", 3.0), ("kawasaki_z1", 5.0)],
    "chen": [("honda_cbr900rr", 4.0), ("yamaha_vmax", 1.0), ("honda_super_cub", 3.5), ("suzuki_katana", 4.5)],
    "dara": [("vincent_black_shadow", 5.0), ("brough_superior_ss100", 4.5), ("bmw_r32", 2.0), ("honda_cb750", 3.0)],
    "emil": [("britten_v1000", 5.0), ("ducati_999", 2.5), ("ducati_multistrada_1000", 4.0), ("honda_cbr1000rr", 1.0)],
}


def rows():
    out = []
    for slug, (maker, designer, engine, cls, country) in _FACTS.items():
        m = f"motorcycle:{slug}"
        out.append((m, "manufactured_by", f"maker:{maker}"))
        if designer:
            out.append((m, "designed_by", f"person:{designer}"))
        out.append((m, "has_engine", f"engine:{engine}"))
        if cls:
            out.append((m, "in_class", f"class:{cls}"))
        out.append((m, "country_of_origin", f"country:{country}"))
    for a, b in _SUCCESSION:
        out.append((f"motorcycle:{a}", "succeeded_by", f"motorcycle:{b}"))
    for u, pairs in _RATINGS.items():
        for slug, r in pairs:
            out.append((f"user:{u}", "rated", f"motorcycle:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind189")
