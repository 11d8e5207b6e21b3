"""A small nebulae graph (blind293): discovery years, discoverers, constellations, classes,
catalogues and space telescopes that imaged them, plus five users' ratings."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("nebula",)),
    kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
                 domain=("nebula",), range=("astronomer",)),
    kgx.Relation("in_constellation", phrase="lies in the constellation", inverse_phrase="contains",
                 domain=("nebula",), range=("constellation",)),
    kgx.Relation("has_class", phrase="is classified as", inverse_phrase="is the class of",
                 domain=("nebula",), range=("nebula_class",)),
    kgx.Relation("listed_in", phrase="is listed in", inverse_phrase="lists",
                 domain=("nebula",), range=("catalogue",)),
    kgx.Relation("imaged_by", phrase="was imaged by", inverse_phrase="imaged",
                 domain=("nebula",), range=("telescope",)),
]

# slug: (label, discovery year, discoverer, constellation, classes, catalogues, telescopes)
NEBULAE = {
    "crab": ("Crab Nebula", 1731, "john_bevis", "taurus", ["supernova_remnant"],
             ["messier", "ngc"], ["hubble", "jwst"]),
    "orion": ("Orion Nebula", 1610, "peiresc", "orion", ["emission_nebula"],
              ["messier", "ngc"], ["hubble", "jwst"]),
    "eagle": ("Eagle Nebula", 1745, "cheseaux", "serpens", ["emission_nebula"],
              ["messier", "ngc"], ["hubble", "jwst"]),
    "lagoon": ("Lagoon Nebula", 1654, "hodierna", "sagittarius", ["emission_nebula"],
               ["messier", "ngc"], ["hubble"]),
    "trifid": ("Trifid Nebula", 1764, "messier", "sagittarius",
               ["emission_nebula", "reflection_nebula"], ["messier", "ngc"], []),
    "omega": ("Omega Nebula", 1745, "cheseaux", "sagittarius", ["emission_nebula"],
              ["messier", "ngc"], []),
    "ring": ("Ring Nebula", 1779, "darquier", "lyra", ["planetary_nebula"],
             ["messier", "ngc"], ["hubble", "jwst"]),
    "dumbbell": ("Dumbbell Nebula", 1764, "messier", "vulpecula", ["planetary_nebula"],
                 ["messier", "ngc"], []),
    "owl": ("Owl Nebula", 1781, "mechain", "ursa_major", ["planetary_nebula"],
            ["messier", "ngc"], []),
    "helix": ("Helix Nebula", 1824, "harding", "aquarius", ["planetary_nebula"],
              ["ngc"], ["hubble"]),
    "cats_eye": ("Cat's Eye Nebula", 1786, "william_herschel", "draco", ["planetary_nebula"],
                 ["ngc"], ["hubble"]),
    "eskimo": ("Eskimo Nebula", 1787, "william_herschel", "gemini", ["planetary_nebula"],
               ["ngc"], ["hubble"]),
    "southern_ring": ("Southern Ring Nebula", 1835, "john_herschel", "vela", ["planetary_nebula"],
                      ["ngc"], ["hubble", "jwst"]),
    "horsehead": ("Horsehead Nebula", 1888, "fleming", "orion", ["dark_nebula"],
                  ["barnard"], ["hubble", "jwst"]),
    "carina": ("Carina Nebula", 1752, "lacaille", "carina", ["emission_nebula"],
               ["ngc"], ["hubble", "jwst"]),
    "tarantula": ("Tarantula Nebula", 1751, "lacaille", "dorado", ["emission_nebula"],
                  ["ngc"], ["hubble", "jwst"]),
    "veil": ("Veil Nebula", 1784, "william_herschel", "cygnus", ["supernova_remnant"],
             ["ngc"], ["hubble"]),
    "north_america": ("North America Nebula", 1786, "william_herschel", "cygnus",
                      ["emission_nebula"], ["ngc"], []),
}

ASTRONOMERS = {
    "john_bevis": "John Bevis",
    "peiresc": "Nicolas-Claude Fabri de Peiresc",
    "cheseaux": "Jean-Philippe Loys de Chéseaux",
    "hodierna": "Giovanni Battista Hodierna",
    "messier": "Charles Messier",
    "darquier": "Antoine Darquier de Pellepoix",
    "mechain": "Pierre Méchain",
    "harding": "Karl Ludwig Harding",
    "william_herschel": "William Herschel",
    "john_herschel": "John Herschel",
    "fleming": "Williamina Fleming",
    "lacaille": "Nicolas-Louis de Lacaille",
}
CONSTELLATIONS = {
    "taurus": "Taurus", "orion": "Orion", "serpens": "Serpens", "sagittarius": "Sagittarius",
    "lyra": "Lyra", "vulpecula": "Vulpecula", "ursa_major": "Ursa Major", "aquarius": "Aquarius",
    "draco": "Draco", "gemini": "Gemini", "vela": "Vela", "carina": "Carina", "dorado": "Dorado",
    "cygnus": "Cygnus",
}
CLASSES = {
    "supernova_remnant": "supernova remnant", "emission_nebula": "emission nebula",
    "reflection_nebula": "reflection nebula", "planetary_nebula": "planetary nebula",
    "dark_nebula": "dark nebula",
}
CATALOGUES = {
    "messier": "Messier catalogue", "ngc": "New General Catalogue", "barnard": "Barnard catalogue",
}
TELESCOPES = {
    "hubble": "Hubble Space Telescope", "jwst": "James Webb Space Telescope",
}
RATINGS = {
    "ana": [("crab", 5.0), ("orion", 4.5), ("horsehead", 2.0), ("helix", 3.0)],
    "ben": [("ring", 4.0), ("cats_eye", 1.5), ("eagle", 5.0), ("veil", 3.5)],
    "chen": [("carina", 4.5), ("tarantula", 2.5), ("lagoon", 1.0), ("southern_ring", 4.0)],
    "dara": [("dumbbell", 2.0), ("owl", 5.0), ("trifid", 3.0), ("eskimo", 4.5)],
    "emil": [("north_america", 1.5), ("omega", 4.0), ("crab", 3.5), ("orion", 0.5)],
}


def entities():
    out = [kgx.Entity(f"nebula:{slug}", kind="item", type="nebula", label=v[0],
                      attrs={"year": v[1]}) for slug, v in NEBULAE.items()]
    for prefix, table in [("astronomer", ASTRONOMERS), ("constellation", CONSTELLATIONS),
                          ("nebula_class", CLASSES), ("catalogue", CATALOGUES),
                          ("telescope", TELESCOPES)]:
        out += [kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=prefix, label=label)
                for slug, label in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in RATINGS]
    return out


def rows():
    out = []
    for slug, (_, _, who, where, classes, cats, scopes) in NEBULAE.items():
        n = f"nebula:{slug}"
        out.append((n, "discovered_by", f"astronomer:{who}"))
        out.append((n, "in_constellation", f"constellation:{where}"))
        out += [(n, "has_class", f"nebula_class:{c}") for c in classes]
        out += [(n, "listed_in", f"catalogue:{c}") for c in cats]
        out += [(n, "imaged_by", f"telescope:{t}") for t in scopes]
    for u, rs in RATINGS.items():
        out += [(f"user:{u}", "rated", f"nebula:{slug}", {"rating": r}) for slug, r in rs]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind293")
