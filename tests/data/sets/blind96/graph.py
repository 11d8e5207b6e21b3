"""A small graph of real space telescopes (year = launch year)."""
import kgexplain as kgx

T = ("telescope",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=T),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates", domain=T, range=("agency",)),
    kgx.Relation("built_by", phrase="was built by", inverse_phrase="built", domain=T, range=("manufacturer",)),
    kgx.Relation("observes_in", phrase="observes in", inverse_phrase="is observed by", domain=T, range=("waveband",)),
    kgx.Relation("launched_from", phrase="was launched from", inverse_phrase="was the launch site of", domain=T, range=("launch site",)),
    kgx.Relation("launched_on", phrase="was launched on", inverse_phrase="carried", domain=T, range=("launch vehicle",)),
    kgx.Relation("named_after", phrase="is named after", inverse_phrase="is the namesake of", domain=T, range=("person",)),
]

_TELESCOPES = [
    ("hubble", "Hubble Space Telescope", 1990),
    ("jwst", "James Webb Space Telescope", 2021),
    ("spitzer", "Spitzer Space Telescope", 2003),
    ("chandra", "Chandra X-ray Observatory", 1999),
    ("compton", "Compton Gamma Ray Observatory", 1991),
    ("kepler", "Kepler", 2009),
    ("tess", "Transiting Exoplanet Survey Satellite", 2018),
    ("herschel", "Herschel Space Observatory", 2009),
    ("planck", "Planck", 2009),
    ("gaia", "Gaia", 2013),
    ("fermi", "Fermi Gamma-ray Space Telescope", 2008),
    ("swift", "Neil Gehrels Swift Observatory", 2004),
    ("xmm_newton", "XMM-Newton", 1999),
    ("nustar", "NuSTAR", 2012),
    ("wise", "Wide-field Infrared Survey Explorer", 2009),
    ("euclid", "Euclid", 2023),
    ("corot", "CoRoT", 2006),
    ("cobe", "Cosmic Background Explorer", 1989),
]

_ATTRS = [
    # agencies
    ("agency:nasa", "agency", "NASA"),
    ("agency:esa", "agency", "European Space Agency"),
    ("agency:cnes", "agency", "CNES"),
    # manufacturers
    ("manufacturer:lockheed_martin", "manufacturer", "Lockheed Martin"),
    ("manufacturer:perkin_elmer", "manufacturer", "Perkin-Elmer"),
    ("manufacturer:northrop_grumman", "manufacturer", "Northrop Grumman"),
    ("manufacturer:ball_aerospace", "manufacturer", "Ball Aerospace"),
    ("manufacturer:trw", "manufacturer", "TRW"),
    ("manufacturer:orbital_atk", "manufacturer", "Orbital ATK"),
    ("manufacturer:orbital_sciences", "manufacturer", "Orbital Sciences"),
    ("manufacturer:thales_alenia", "manufacturer", "Thales Alenia Space"),
    ("manufacturer:astrium", "manufacturer", "EADS Astrium"),
    ("manufacturer:general_dynamics", "manufacturer", "General Dynamics"),
    ("manufacturer:spectrum_astro", "manufacturer", "Spectrum Astro"),
    ("manufacturer:dornier", "manufacturer", "Dornier Satellitensysteme"),
    # wavebands
    ("waveband:gamma_ray", "waveband", "gamma-ray"),
    ("waveband:x_ray", "waveband", "X-ray"),
    ("waveband:ultraviolet", "waveband", "ultraviolet"),
    ("waveband:visible", "waveband", "visible light"),
    ("waveband:infrared", "waveband", "infrared"),
    ("waveband:microwave", "waveband", "microwave"),
    # launch sites
    ("site:kennedy", "launch site", "Kennedy Space Center"),
    ("site:cape_canaveral", "launch site", "Cape Canaveral"),
    ("site:kourou", "launch site", "Guiana Space Centre"),
    ("site:vandenberg", "launch site", "Vandenberg"),
    ("site:baikonur", "launch site", "Baikonur Cosmodrome"),
    # launch vehicles
    ("vehicle:discovery", "launch vehicle", "Space Shuttle Discovery"),
    ("vehicle:columbia", "launch vehicle", "Space Shuttle Columbia"),
    ("vehicle:atlantis", "launch vehicle", "Space Shuttle Atlantis"),
    ("vehicle:ariane_5", "launch vehicle", "Ariane 5"),
    ("vehicle:delta_ii", "launch vehicle", "Delta II"),
    ("vehicle:falcon_9", "launch vehicle", "Falcon 9"),
    ("vehicle:soyuz", "launch vehicle", "Soyuz"),
    ("vehicle:pegasus_xl", "launch vehicle", "Pegasus XL"),
    # people
    ("person:edwin_hubble", "person", "Edwin Hubble"),
    ("person:james_webb", "person", "James E. Webb"),
    ("person:lyman_spitzer", "person", "Lyman Spitzer"),
    ("person:chandrasekhar", "person", "Subrahmanyan Chandrasekhar"),
    ("person:arthur_compton", "person", "Arthur Compton"),
    ("person:johannes_kepler", "person", "Johannes Kepler"),
    ("person:william_herschel", "person", "William Herschel"),
    ("person:max_planck", "person", "Max Planck"),
    ("person:enrico_fermi", "person", "Enrico Fermi"),
    ("person:neil_gehrels", "person", "Neil Gehrels"),
    ("person:isaac_newton", "person", "Isaac Newton"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]


def entities():
    out = [kgx.Entity(f"telescope:{slug}", kind="item", type="telescope", label=label, attrs={"year": year})
           for slug, label, year in _TELESCOPES]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in _ATTRS]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def _t(slug):
    return f"telescope:{slug}"


_FACTS = {
    # slug: (operators, builders, wavebands, site, vehicle, namesake)
    "hubble": (["nasa"], ["lockheed_martin", "perkin_elmer"], ["ultraviolet", "visible", "infrared"], "kennedy", "discovery", "edwin_hubble"),
    "jwst": (["nasa"], ["northrop_grumman"], ["infrared"], "kourou", "ariane_5", "james_webb"),
    "spitzer": (["nasa"], ["lockheed_martin", "ball_aerospace"], ["infrared"], "cape_canaveral", "delta_ii", "lyman_spitzer"),
    "chandra": (["nasa"], ["trw"], ["x_ray"], "kennedy", "columbia", "chandrasekhar"),
    "compton": (["nasa"], ["trw"], ["gamma_ray"], "kennedy", "atlantis", "arthur_compton"),
    "kepler": (["nasa"], ["ball_aerospace"], ["visible"], "cape_canaveral", "delta_ii", "johannes_kepler"),
    "tess": (["nasa"], ["orbital_atk"], [], "cape_canaveral", "falcon_9", None),
    "herschel": (["esa"], ["thales_alenia"], ["infrared"], "kourou", "ariane_5", "william_herschel"),
    "planck": (["esa"], ["thales_alenia"], ["microwave"], "kourou", "ariane_5", "max_planck"),
    "gaia": (["esa"], ["astrium"], ["visible"], "kourou", "soyuz", None),
    "fermi": (["nasa"], ["general_dynamics"], ["gamma_ray"], "cape_canaveral", "delta_ii", "enrico_fermi"),
    "swift": (["nasa"], ["spectrum_astro"], ["gamma_ray", "x_ray", "ultraviolet", "visible"], "cape_canaveral", "delta_ii", "neil_gehrels"),
    "xmm_newton": (["esa"], ["dornier"], ["x_ray"], "kourou", "ariane_5", "isaac_newton"),
    "nustar": (["nasa"], ["orbital_sciences"], ["x_ray"], None, "pegasus_xl", None),
    "wise": (["nasa"], ["ball_aerospace"], ["infrared"], "vandenberg", "delta_ii", None),
    "euclid": (["esa"], ["thales_alenia"], ["visible", "infrared"], "cape_canaveral", "falcon_9", None),
    "corot": (["cnes"], [], ["visible"], "baikonur", "soyuz", None),
    "cobe": (["nasa"], [], ["microwave", "infrared"], "vandenberg", None, None),
}

_RATINGS = {
    "ana": [("hubble", 5.0), ("jwst", 4.5), ("kepler", 2.0), ("planck", 3.0)],
    "ben": [("chandra", 4.0), ("fermi", 1.5), ("gaia", 5.0), ("spitzer", 3.5)],
    "chen": [("tess", 4.5), ("herschel", 2.5), ("xmm_newton", 1.0), ("euclid", 4.0)],
    "dara": [("swift", 5.0), ("nustar", 2.0), ("compton", 4.5), ("wise", 3.0)],
    "emil": [("corot", 4.0), ("cobe", 5.0), ("hubble", 1.5), ("jwst", 3.5)],
}


def rows():
    out = []
    for slug, (ops, builders, bands, site, vehicle, namesake) in _FACTS.items():
        h = _t(slug)
        out += [(h, "operated_by", f"agency:{o}") for o in ops]
        out += [(h, "built_by", f"manufacturer:{b}") for b in builders]
        out += [(h, "observes_in", f"waveband:{w}") for w in bands]
        if site:
            out.append((h, "launched_from", f"site:{site}"))
        if vehicle:
            out.append((h, "launched_on", f"vehicle:{vehicle}"))
        if namesake:
            out.append((h, "named_after", f"person:{namesake}"))
    for user, ratings in _RATINGS.items():
        out += [(f"user:{user}", "rated", _t(slug), {"rating": r}) for slug, r in ratings]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind96")
