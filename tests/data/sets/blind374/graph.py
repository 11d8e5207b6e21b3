"""blind374: a small graph of classic and modern motorcycle models."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("motorcycle",)),
    kgx.Relation("made_by", phrase="is made by", inverse_phrase="makes",
                 domain=("motorcycle",), range=("manufacturer",)),
    kgx.Relation("has_engine", phrase="has an engine layout of", inverse_phrase="is the engine layout of",
                 domain=("motorcycle",), range=("engine layout",)),
    kgx.Relation("has_class", phrase="belongs to the class", inverse_phrase="is the class of",
                 domain=("motorcycle",), range=("motorcycle class",)),
    kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                 domain=("motorcycle",), range=("person",)),
    kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to",
                 domain=("manufacturer",), range=("city",)),
]

_MOTORCYCLES = [
    # slug, label, year, aliases
    ("honda_cb750", "Honda CB750", 1969, ("CB750",)),
    ("honda_fireblade", "Honda CBR900RR Fireblade", 1992, ("Fireblade", "CBR900RR")),
    ("honda_super_cub", "Honda Super Cub", 1958, ("Super Cub",)),
    ("ducati_monster", "Ducati Monster", 1993, ()),
    ("ducati_916", "Ducati 916", 1994, ()),
    ("mv_agusta_f4", "MV Agusta F4", 1999, ()),
    ("suzuki_katana", "Suzuki GSX1100S Katana", 1981, ("Katana",)),
    ("hd_electra_glide", "Harley-Davidson Electra Glide", 1965, ("Electra Glide",)),
    ("bmw_r32", "BMW R 32", 1923, ("R32",)),
    ("bmw_r80gs", "BMW R 80 G/S", 1980, ("R80 G/S",)),
    ("vespa_98", "Vespa 98", 1946, ()),
    ("triumph_bonneville_t120", "Triumph Bonneville T120", 1959, ("Bonneville",)),
    ("kawasaki_z1", "Kawasaki Z1", 1972, ()),
    ("yamaha_yzf_r1", "Yamaha YZF-R1", 1998, ("R1",)),
    ("brough_superior_ss100", "Brough Superior SS100", 1924, ("SS100",)),
    ("vincent_black_shadow", "Vincent Black Shadow", 1948, ("Black Shadow",)),
    ("moto_guzzi_v7", "Moto Guzzi V7", 1967, ()),
    ("suzuki_hayabusa", "Suzuki Hayabusa", 1999, ("Hayabusa", "GSX1300R")),
]

_ATTRIBUTES = [
    # id, type, label
    ("manufacturer:honda", "manufacturer", "Honda"),
    ("manufacturer:ducati", "manufacturer", "Ducati"),
    ("manufacturer:mv_agusta", "manufacturer", "MV Agusta"),
    ("manufacturer:suzuki", "manufacturer", "Suzuki"),
    ("manufacturer:harley_davidson", "manufacturer", "Harley-Davidson"),
    ("manufacturer:bmw", "manufacturer", "BMW"),
    ("manufacturer:piaggio", "manufacturer", "Piaggio"),
    ("manufacturer:triumph", "manufacturer", "Triumph"),
    ("manufacturer:kawasaki", "manufacturer", "Kawasaki"),
    ("manufacturer:yamaha", "manufacturer", "Yamaha"),
    ("manufacturer:brough_superior", "manufacturer", "Brough Superior"),
    ("manufacturer:vincent", "manufacturer", "Vincent"),
    ("manufacturer:moto_guzzi", "manufacturer", "Moto Guzzi"),
    ("engine:inline_four", "engine layout", "inline-four"),
    ("engine:v_twin", "engine layout", "V-twin"),
    ("engine:flat_twin", "engine layout", "flat-twin"),
    ("engine:parallel_twin", "engine layout", "parallel-twin"),
    ("engine:single_cylinder", "engine layout", "single-cylinder"),
    ("class:sport_bike", "motorcycle class", "sport bike"),
    ("class:naked_bike", "motorcycle class", "naked bike"),
    ("class:standard", "motorcycle class", "standard"),
    ("class:touring", "motorcycle class", "touring motorcycle"),
    ("class:dual_sport", "motorcycle class", "dual-sport"),
    ("class:scooter", "motorcycle class", "scooter"),
    ("class:underbone", "motorcycle class", "underbone"),
    ("person:tadao_baba", "person", "Tadao Baba"),
    ("person:miguel_galluzzi", "person", "Miguel Galluzzi"),
    ("person:massimo_tamburini", "person", "Massimo Tamburini"),
    ("person:hans_muth", "person", "Hans Muth"),
    ("person:max_friz", "person", "Max Friz"),
    ("person:corradino_dascanio", "person", "Corradino D'Ascanio"),
    ("person:george_brough", "person", "George Brough"),
    ("person:phil_irving", "person", "Phil Irving"),
    ("person:giulio_cesare_carcano", "person", "Giulio Cesare Carcano"),
    ("city:tokyo", "city", "Tokyo"),
    ("city:bologna", "city", "Bologna"),
    ("city:varese", "city", "Varese"),
    ("city:hamamatsu", "city", "Hamamatsu"),
    ("city:milwaukee", "city", "Milwaukee"),
    ("city:munich", "city", "Munich"),
    ("city:pontedera", "city", "Pontedera"),
    ("city:iwata", "city", "Iwata"),
    ("city:nottingham", "city", "Nottingham"),
    ("city:stevenage", "city", "Stevenage"),
    ("city:mandello_del_lario", "city", "Mandello del Lario"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = []
    for slug, label, year, aliases in _MOTORCYCLES:
        out.append(kgx.Entity(f"motorcycle:{slug}", kind="item", type="motorcycle", label=label,
                              aliases=aliases, attrs={"year": year}))
    for eid, typ, label in _ATTRIBUTES:
        out.append(kgx.Entity(eid, kind="attribute", type=typ, label=label))
    for u in USERS:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


# motorcycle slug -> (manufacturer, engine layout, class or None, designer or None)
_FACTS = {
    "honda_cb750": ("honda", "inline_four", "standard", None),
    "honda_fireblade": ("honda", "inline_four", "sport_bike", "tadao_baba"),
    "honda_super_cub": ("honda", "single_cylinder", "underbone", None),
    "ducati_monster": ("ducati", "v_twin", "naked_bike", "miguel_galluzzi"),
    "ducati_916": ("ducati", "v_twin", "sport_bike", "massimo_tamburini"),
    "mv_agusta_f4": ("mv_agusta", "inline_four", "sport_bike", "massimo_tamburini"),
    "suzuki_katana": ("suzuki", "inline_four", None, "hans_muth"),
    "hd_electra_glide": ("harley_davidson", "v_twin", "touring", None),
    "bmw_r32": ("bmw", "flat_twin", None, "max_friz"),
    "bmw_r80gs": ("bmw", "flat_twin", "dual_sport", None),
    "vespa_98": ("piaggio", "single_cylinder", "scooter", "corradino_dascanio"),
    "triumph_bonneville_t120": ("triumph", "parallel_twin", "standard", None),
    "kawasaki_z1": ("kawasaki", "inline_four", "standard", None),
    "yamaha_yzf_r1": ("yamaha", "inline_four", "sport_bike", None),
    "brough_superior_ss100": ("brough_superior", "v_twin", None, "george_brough"),
    "vincent_black_shadow": ("vincent", "v_twin", None, "phil_irving"),
    "moto_guzzi_v7": ("moto_guzzi", "v_twin", None, "giulio_cesare_carcano"),
    "suzuki_hayabusa": ("suzuki", "inline_four", "sport_bike", None),
}

_BASED_IN = {
    "honda": "tokyo",
    "ducati": "bologna",
    "mv_agusta": "varese",
    "suzuki": "hamamatsu",
    "harley_davidson": "milwaukee",
    "bmw": "munich",
    "piaggio": "pontedera",
    "yamaha": "iwata",
    "brough_superior": "nottingham",
    "vincent": "stevenage",
    "moto_guzzi": "mandello_del_lario",
}

_RATINGS = {
    "ana": [("ducati_916", 5.0), ("ducati_monster", 4.5), ("mv_agusta_f4", 4.0), ("vespa_98", 1.5)],
    "ben": [("honda_cb750", 4.0), ("kawasaki_z1", 5.0), ("hd_electra_glide", 2.0), ("honda_super_cub", 3.0)],
    "chen": [("suzuki_hayabusa", 4.5), ("yamaha_yzf_r1", 3.5), ("honda_fireblade", 5.0), ("bmw_r80gs", 1.0)],
    "dara": [("vespa_98", 5.0), ("honda_super_cub", 4.0), ("triumph_bonneville_t120", 4.5), ("suzuki_hayabusa", 2.0)],
    "emil": [("vincent_black_shadow", 5.0), ("brough_superior_ss100", 4.5), ("moto_guzzi_v7", 3.0), ("bmw_r32", 4.0)],
}


def rows():
    out = []
    for slug, (maker, engine, cls, designer) in _FACTS.items():
        m = f"motorcycle:{slug}"
        out.append((m, "made_by", f"manufacturer:{maker}"))
        out.append((m, "has_engine", f"engine:{engine}"))
        if cls:
            out.append((m, "has_class", f"class:{cls}"))
        if designer:
            out.append((m, "designed_by", f"person:{designer}"))
    for maker, city in _BASED_IN.items():
        out.append((f"manufacturer:{maker}", "based_in", f"city:{city}"))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"motorcycle:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind374")
