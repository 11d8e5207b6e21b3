"""A small graph of real particle accelerators (blind180)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("accelerator",)),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=("accelerator",), range=("city",)),
    kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates",
                 domain=("accelerator",), range=("laboratory",)),
    kgx.Relation("has_design", phrase="is built as a", inverse_phrase="is the design used by",
                 domain=("accelerator",), range=("design",)),
    kgx.Relation("accelerates", phrase="accelerates", inverse_phrase="is accelerated in",
                 domain=("accelerator",), range=("particle",)),
    kgx.Relation("discovered", phrase="was used to discover", inverse_phrase="was discovered at",
                 domain=("accelerator",), range=("particle",)),
]

# slug, label, aliases, year
_ACCELERATORS = [
    ("lhc", "Large Hadron Collider", ("LHC",), 2008),
    ("lep", "Large Electron-Positron Collider", ("LEP",), 1989),
    ("sps", "Super Proton Synchrotron", ("SPS",), 1976),
    ("ps", "Proton Synchrotron", ("CERN PS",), 1959),
    ("tevatron", "Tevatron", (), 1983),
    ("slac_linac", "Stanford Linear Accelerator", ("SLAC linac",), 1966),
    ("spear", "SPEAR", (), 1972),
    ("bevatron", "Bevatron", (), 1954),
    ("cosmotron", "Cosmotron", (), 1953),
    ("ags", "Alternating Gradient Synchrotron", ("AGS",), 1960),
    ("rhic", "Relativistic Heavy Ion Collider", ("RHIC",), 2000),
    ("hera", "HERA", (), 1992),
    ("petra", "PETRA", (), 1978),
    ("kekb", "KEKB", (), 1998),
    ("triumf_cyclotron", "TRIUMF Cyclotron", (), 1974),
    ("sns", "Spallation Neutron Source", ("SNS",), 2006),
    ("main_injector", "Fermilab Main Injector", ("Main Injector",), 1999),
    ("lcls", "Linac Coherent Light Source", ("LCLS",), 2009),
]

_CITIES = {
    "geneva": "Geneva", "batavia": "Batavia", "menlo_park": "Menlo Park",
    "berkeley": "Berkeley", "upton": "Upton", "hamburg": "Hamburg",
    "tsukuba": "Tsukuba", "vancouver": "Vancouver", "oak_ridge": "Oak Ridge",
}
_LABS = {
    "cern": "CERN", "fermilab": "Fermilab", "slac": "SLAC National Accelerator Laboratory",
    "lbnl": "Lawrence Berkeley National Laboratory", "bnl": "Brookhaven National Laboratory",
    "desy": "DESY", "kek": "KEK", "triumf": "TRIUMF", "ornl": "Oak Ridge National Laboratory",
}
_DESIGNS = {
    "synchrotron": "Synchrotron", "collider": "Collider", "linear_accelerator": "Linear accelerator",
    "storage_ring": "Storage ring", "cyclotron": "Cyclotron", "free_electron_laser": "Free-electron laser",
}
_PARTICLES = {
    "proton": "Proton", "antiproton": "Antiproton", "electron": "Electron", "positron": "Positron",
    "gold_ion": "Gold ion", "lead_ion": "Lead ion", "negative_hydrogen_ion": "Negative hydrogen ion",
    "higgs_boson": "Higgs boson", "w_boson": "W boson", "z_boson": "Z boson", "top_quark": "Top quark",
    "j_psi_meson": "J/psi meson", "tau_lepton": "Tau lepton", "gluon": "Gluon",
    "muon_neutrino": "Muon neutrino",
}

# slug: (city, lab, designs, accelerated particles, discovered particles)
_FACTS = {
    "lhc": ("geneva", "cern", ["collider", "synchrotron"], ["proton", "lead_ion"], ["higgs_boson"]),
    "lep": ("geneva", "cern", ["collider"], ["electron", "positron"], []),
    "sps": ("geneva", "cern", ["synchrotron"], ["proton", "antiproton"], ["w_boson", "z_boson"]),
    "ps": ("geneva", "cern", ["synchrotron"], ["proton"], []),
    "tevatron": ("batavia", "fermilab", ["synchrotron", "collider"], ["proton", "antiproton"], ["top_quark"]),
    "slac_linac": ("menlo_park", "slac", ["linear_accelerator"], ["electron"], []),
    "spear": ("menlo_park", "slac", ["storage_ring", "collider"], ["electron", "positron"], ["j_psi_meson", "tau_lepton"]),
    "bevatron": ("berkeley", "lbnl", ["synchrotron"], ["proton"], ["antiproton"]),
    "cosmotron": ("upton", "bnl", ["synchrotron"], ["proton"], []),
    "ags": ("upton", "bnl", ["synchrotron"], ["proton"], ["j_psi_meson", "muon_neutrino"]),
    "rhic": ("upton", "bnl", ["collider"], ["gold_ion", "proton"], []),
    "hera": ("hamburg", "desy", ["collider"], ["electron", "proton"], []),
    "petra": ("hamburg", "desy", ["collider"], ["electron", "positron"], ["gluon"]),
    "kekb": ("tsukuba", "kek", ["collider"], ["electron", "positron"], []),
    "triumf_cyclotron": ("vancouver", "triumf", ["cyclotron"], ["negative_hydrogen_ion"], []),
    "sns": ("oak_ridge", "ornl", ["linear_accelerator"], ["negative_hydrogen_ion"], []),
    "main_injector": ("batavia", "fermilab", ["synchrotron"], ["proton", "antiproton"], []),
    "lcls": ("menlo_park", "slac", ["free_electron_laser"], ["electron"], []),
}

_RATINGS = {
    "ana": [("lhc", 5.0), ("tevatron", 4.5), ("bevatron", 2.0), ("petra", 4.0)],
    "ben": [("spear", 4.5), ("lep", 1.5), ("rhic", 3.0), ("slac_linac", 5.0)],
    "chen": [("kekb", 4.0), ("ags", 2.0), ("cosmotron", 3.5), ("lcls", 5.0)],
    "dara": [("hera", 4.5), ("sps", 4.0), ("triumf_cyclotron", 1.0), ("sns", 3.0)],
    "emil": [("ps", 2.5), ("main_injector", 4.0), ("lhc", 3.0), ("bevatron", 5.0)],
}


def entities():
    out = []
    for slug, label, aliases, year in _ACCELERATORS:
        out.append(kgx.Entity(f"accelerator:{slug}", kind="item", type="accelerator", label=label,
                              aliases=aliases, attrs={"year": year}))
    for slug, label in _CITIES.items():
        out.append(kgx.Entity(f"city:{slug}", kind="attribute", type="city", label=label))
    for slug, label in _LABS.items():
        out.append(kgx.Entity(f"laboratory:{slug}", kind="attribute", type="laboratory", label=label))
    for slug, label in _DESIGNS.items():
        out.append(kgx.Entity(f"design:{slug}", kind="attribute", type="design", label=label))
    for slug, label in _PARTICLES.items():
        out.append(kgx.Entity(f"particle:{slug}", kind="attribute", type="particle", label=label))
    for name in _RATINGS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, (city, lab, designs, accel, disc) in _FACTS.items():
        a = f"accelerator:{slug}"
        out.append((a, "located_in", f"city:{city}"))
        out.append((a, "operated_by", f"laboratory:{lab}"))
        out += [(a, "has_design", f"design:{d}") for d in designs]
        out += [(a, "accelerates", f"particle:{p}") for p in accel]
        out += [(a, "discovered", f"particle:{p}") for p in disc]
    for name, ratings in _RATINGS.items():
        out += [(f"user:{name}", "rated", f"accelerator:{slug}", {"rating": r}) for slug, r in ratings]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind180")
