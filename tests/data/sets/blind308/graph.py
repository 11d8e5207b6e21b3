"""Blind evaluation graph blind308: a small graph of real exoplanets.

Items are exoplanets; `year` is the year the discovery was announced.
Attributes: host stars, discovery methods, discovery facilities,
constellations and planet classes.
"""
import kgexplain as kgx

P = "exoplanet"

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(P,)),
    kgx.Relation("orbits", phrase="orbits", inverse_phrase="is orbited by", domain=(P,), range=("star",)),
    kgx.Relation("discovery_method", phrase="was discovered through", inverse_phrase="was the method used to discover",
                 domain=(P,), range=("method",)),
    kgx.Relation("discovered_at", phrase="was discovered with", inverse_phrase="was used to discover",
                 domain=(P,), range=("facility",)),
    kgx.Relation("in_constellation", phrase="lies in the constellation", inverse_phrase="is the constellation of",
                 domain=(P,), range=("constellation",)),
    kgx.Relation("planet_class", phrase="is classed as", inverse_phrase="is the class of",
                 domain=(P,), range=("planet class",)),
]

# slug, label, year, star, method, facility (or None), constellation, class
PLANETS = [
    ("51_pegasi_b", "51 Pegasi b", 1995, "51_pegasi", "radial_velocity", "haute_provence", "pegasus", "hot_jupiter"),
    ("hd_209458_b", "HD 209458 b", 1999, "hd_209458", "radial_velocity", None, "pegasus", "hot_jupiter"),
    ("hd_189733_b", "HD 189733 b", 2005, "hd_189733", "transit", "haute_provence", "vulpecula", "hot_jupiter"),
    ("55_cancri_e", "55 Cancri e", 2004, "55_cancri", "radial_velocity", "mcdonald", "cancer", "super_earth"),
    ("gliese_581_c", "Gliese 581 c", 2007, "gliese_581", "radial_velocity", "la_silla", "libra", "super_earth"),
    ("wasp_12b", "WASP-12b", 2008, "wasp_12", "transit", "superwasp", "auriga", "hot_jupiter"),
    ("kepler_10b", "Kepler-10b", 2011, "kepler_10", "transit", "kepler", "draco", "super_earth"),
    ("kepler_22b", "Kepler-22b", 2011, "kepler_22", "transit", "kepler", "cygnus", "super_earth"),
    ("kepler_16b", "Kepler-16b", 2011, "kepler_16", "transit", "kepler", "cygnus", "gas_giant"),
    ("kepler_62f", "Kepler-62f", 2013, "kepler_62", "transit", "kepler", "lyra", "super_earth"),
    ("kepler_186f", "Kepler-186f", 2014, "kepler_186", "transit", "kepler", "cygnus", "terrestrial"),
    ("kepler_452b", "Kepler-452b", 2015, "kepler_452", "transit", "kepler", "cygnus", "super_earth"),
    ("proxima_centauri_b", "Proxima Centauri b", 2016, "proxima_centauri", "radial_velocity", "la_silla", "centaurus", "super_earth"),
    ("trappist_1e", "TRAPPIST-1e", 2017, "trappist_1", "transit", "spitzer", "aquarius", "terrestrial"),
    ("beta_pictoris_b", "Beta Pictoris b", 2008, "beta_pictoris", "direct_imaging", "paranal", "pictor", "gas_giant"),
    ("hr_8799_b", "HR 8799 b", 2008, "hr_8799", "direct_imaging", "keck", "pegasus", "gas_giant"),
    ("psr_b1257_12_c", "PSR B1257+12 c", 1992, "psr_b1257_12", "pulsar_timing", "arecibo", "virgo", "super_earth"),
    ("corot_7b", "CoRoT-7b", 2009, "corot_7", "transit", "corot", "monoceros", "super_earth"),
    ("toi_700_d", "TOI-700 d", 2020, "toi_700", "transit", "tess", "dorado", "terrestrial"),
]

STARS = {
    "51_pegasi": "51 Pegasi", "hd_209458": "HD 209458", "hd_189733": "HD 189733", "55_cancri": "55 Cancri",
    "gliese_581": "Gliese 581", "wasp_12": "WASP-12", "kepler_10": "Kepler-10", "kepler_22": "Kepler-22",
    "kepler_16": "Kepler-16", "kepler_62": "Kepler-62", "kepler_186": "Kepler-186", "kepler_452": "Kepler-452",
    "proxima_centauri": "Proxima Centauri", "trappist_1": "TRAPPIST-1", "beta_pictoris": "Beta Pictoris",
    "hr_8799": "HR 8799", "psr_b1257_12": "PSR B1257+12", "corot_7": "CoRoT-7", "toi_700": "TOI-700",
}
METHODS = {"radial_velocity": "radial velocity", "transit": "transit photometry",
           "direct_imaging": "direct imaging", "pulsar_timing": "pulsar timing"}
FACILITIES = {
    "haute_provence": "Haute-Provence Observatory", "mcdonald": "McDonald Observatory",
    "la_silla": "La Silla Observatory", "superwasp": "SuperWASP", "kepler": "Kepler Space Telescope",
    "spitzer": "Spitzer Space Telescope", "paranal": "Paranal Observatory", "keck": "W. M. Keck Observatory",
    "arecibo": "Arecibo Observatory", "corot": "CoRoT", "tess": "TESS",
}
CONSTELLATIONS = {
    "pegasus": "Pegasus", "vulpecula": "Vulpecula", "cancer": "Cancer", "libra": "Libra", "auriga": "Auriga",
    "draco": "Draco", "cygnus": "Cygnus", "lyra": "Lyra", "centaurus": "Centaurus", "aquarius": "Aquarius",
    "pictor": "Pictor", "virgo": "Virgo", "monoceros": "Monoceros", "dorado": "Dorado",
}
CLASSES = {"hot_jupiter": "hot Jupiter", "super_earth": "super-Earth", "terrestrial": "terrestrial planet",
           "gas_giant": "gas giant"}

RATINGS = {
    "ana": [("51_pegasi_b", 5.0), ("proxima_centauri_b", 4.5), ("kepler_22b", 2.0), ("wasp_12b", 3.0)],
    "ben": [("trappist_1e", 4.0), ("hr_8799_b", 1.5), ("55_cancri_e", 5.0), ("corot_7b", 3.5)],
    "chen": [("kepler_186f", 4.5), ("beta_pictoris_b", 2.5), ("psr_b1257_12_c", 5.0), ("hd_209458_b", 1.0)],
    "dara": [("kepler_452b", 4.0), ("gliese_581_c", 2.0), ("toi_700_d", 5.0), ("kepler_16b", 3.0)],
    "emil": [("hd_189733_b", 0.5), ("kepler_10b", 4.5), ("kepler_62f", 4.0), ("51_pegasi_b", 3.5)],
}


def entities():
    out = [kgx.Entity(f"exoplanet:{slug}", kind="item", type=P, label=label, attrs={"year": year})
           for slug, label, year, *_ in PLANETS]
    for prefix, typ, table in [("star", "star", STARS), ("method", "method", METHODS),
                               ("facility", "facility", FACILITIES),
                               ("constellation", "constellation", CONSTELLATIONS),
                               ("class", "planet class", CLASSES)]:
        out += [kgx.Entity(f"{prefix}:{k}", kind="attribute", type=typ, label=v) for k, v in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in RATINGS]
    return out


def rows():
    out = []
    for slug, _label, _year, star, method, facility, const, cls in PLANETS:
        h = f"exoplanet:{slug}"
        out.append((h, "orbits", f"star:{star}"))
        out.append((h, "discovery_method", f"method:{method}"))
        if facility:
            out.append((h, "discovered_at", f"facility:{facility}"))
        out.append((h, "in_constellation", f"constellation:{const}"))
        out.append((h, "planet_class", f"class:{cls}"))
    for u, rs in RATINGS.items():
        for slug, r in rs:
            out.append((f"user:{u}", "rated", f"exoplanet:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind308")
