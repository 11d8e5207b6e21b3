"""A small crocodilian species graph (blind340).

Items are living crocodilian species; ``year`` is the year of the species' formal
scientific description. Attributes: countries of the native range, genus, family,
the naturalist who first described the species, and the IUCN Red List status.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("crocodilian",)),
    kgx.Relation("native_to", phrase="is native to", inverse_phrase="is home to",
                 domain=("crocodilian",), range=("country",)),
    kgx.Relation("in_genus", phrase="belongs to the genus", inverse_phrase="is the genus of",
                 domain=("crocodilian",), range=("genus",)),
    kgx.Relation("in_family", phrase="belongs to the family", inverse_phrase="is the family of",
                 domain=("crocodilian",), range=("family",)),
    kgx.Relation("described_by", phrase="was first described by", inverse_phrase="first described",
                 domain=("crocodilian",), range=("naturalist",)),
    kgx.Relation("iucn_status", phrase="is listed by the IUCN as",
                 inverse_phrase="is the IUCN status of",
                 domain=("crocodilian",), range=("conservation status",)),
]

# slug, label, year of description, aliases
_SPECIES = [
    ("saltwater_crocodile", "Saltwater crocodile", 1801, ("Crocodylus porosus",)),
    ("nile_crocodile", "Nile crocodile", 1768, ("Crocodylus niloticus",)),
    ("american_alligator", "American alligator", 1802, ("Alligator mississippiensis",)),
    ("chinese_alligator", "Chinese alligator", 1879, ("Alligator sinensis",)),
    ("american_crocodile", "American crocodile", 1807, ("Crocodylus acutus",)),
    ("gharial", "Gharial", 1789, ("Gavialis gangeticus",)),
    ("mugger_crocodile", "Mugger crocodile", 1831, ("Crocodylus palustris",)),
    ("orinoco_crocodile", "Orinoco crocodile", 1819, ("Crocodylus intermedius",)),
    ("philippine_crocodile", "Philippine crocodile", 1935, ("Crocodylus mindorensis",)),
    ("cuban_crocodile", "Cuban crocodile", 1807, ("Crocodylus rhombifer",)),
    ("morelets_crocodile", "Morelet's crocodile", 1851, ("Crocodylus moreletii",)),
    ("freshwater_crocodile", "Freshwater crocodile", 1873, ("Crocodylus johnstoni",)),
    ("siamese_crocodile", "Siamese crocodile", 1801, ("Crocodylus siamensis",)),
    ("spectacled_caiman", "Spectacled caiman", 1758, ("Caiman crocodilus",)),
    ("yacare_caiman", "Yacare caiman", 1802, ("Caiman yacare",)),
    ("broad_snouted_caiman", "Broad-snouted caiman", 1802, ("Caiman latirostris",)),
    ("cuviers_dwarf_caiman", "Cuvier's dwarf caiman", 1807, ("Paleosuchus palpebrosus",)),
    ("false_gharial", "False gharial", 1838, ("Tomistoma schlegelii",)),
    ("dwarf_crocodile", "Dwarf crocodile", 1861, ("Osteolaemus tetraspis",)),
]

_COUNTRIES = ["Australia", "India", "Indonesia", "Papua New Guinea", "Philippines", "Egypt",
              "Kenya", "South Africa", "Uganda", "United States", "China", "Mexico", "Cuba",
              "Colombia", "Venezuela", "Nepal", "Sri Lanka", "Pakistan", "Iran", "Belize",
              "Guatemala", "Thailand", "Cambodia", "Laos", "Vietnam", "Brazil", "Bolivia",
              "Paraguay", "Argentina", "Uruguay", "Peru", "Malaysia", "Cameroon", "Gabon",
              "Nigeria"]

_GENERA = ["Crocodylus", "Alligator", "Gavialis", "Caiman", "Paleosuchus", "Tomistoma",
           "Osteolaemus"]
_FAMILIES = ["Crocodylidae", "Alligatoridae", "Gavialidae"]

# slug -> label
_NATURALISTS = {
    "johann_gottlob_schneider": "Johann Gottlob Schneider",
    "josephus_nicolaus_laurenti": "Josephus Nicolaus Laurenti",
    "francois_marie_daudin": "François Marie Daudin",
    "albert_auguste_fauvel": "Albert-Auguste Fauvel",
    "georges_cuvier": "Georges Cuvier",
    "johann_friedrich_gmelin": "Johann Friedrich Gmelin",
    "rene_primevere_lesson": "René Primevère Lesson",
    "karl_patterson_schmidt": "Karl Patterson Schmidt",
    "gerard_krefft": "Gerard Krefft",
    "carl_linnaeus": "Carl Linnaeus",
    "salomon_muller": "Salomon Müller",
    "edward_drinker_cope": "Edward Drinker Cope",
}

_STATUSES = {
    "least_concern": "Least Concern",
    "vulnerable": "Vulnerable",
    "critically_endangered": "Critically Endangered",
}


def _slug(label):
    return label.lower().replace(" ", "_")


def entities():
    out = []
    for slug, label, year, aliases in _SPECIES:
        out.append(kgx.Entity(f"crocodilian:{slug}", kind="item", type="crocodilian",
                              label=label, aliases=aliases, attrs={"year": year}))
    for c in _COUNTRIES:
        out.append(kgx.Entity(f"country:{_slug(c)}", kind="attribute", type="country", label=c))
    for g in _GENERA:
        out.append(kgx.Entity(f"genus:{_slug(g)}", kind="attribute", type="genus", label=g))
    for f in _FAMILIES:
        out.append(kgx.Entity(f"family:{_slug(f)}", kind="attribute", type="family", label=f))
    for slug, label in _NATURALISTS.items():
        out.append(kgx.Entity(f"naturalist:{slug}", kind="attribute", type="naturalist",
                              label=label))
    for slug, label in _STATUSES.items():
        out.append(kgx.Entity(f"status:{slug}", kind="attribute", type="conservation status",
                              label=label))
    for u in ["ana", "ben", "chen", "dara", "emil"]:
        out.append(kgx.Entity(f"user:{u}", kind="user", type="user", label=u))
    return out


# species slug -> (genus, family or None, naturalist slug or None, status slug, countries)
_FACTS = {
    "saltwater_crocodile": ("Crocodylus", "Crocodylidae", "johann_gottlob_schneider",
                            "least_concern",
                            ["Australia", "India", "Indonesia", "Papua New Guinea", "Philippines"]),
    "nile_crocodile": ("Crocodylus", "Crocodylidae", "josephus_nicolaus_laurenti",
                       "least_concern", ["Egypt", "Kenya", "South Africa", "Uganda"]),
    "american_alligator": ("Alligator", "Alligatoridae", "francois_marie_daudin",
                           "least_concern", ["United States"]),
    "chinese_alligator": ("Alligator", "Alligatoridae", "albert_auguste_fauvel",
                          "critically_endangered", ["China"]),
    "american_crocodile": ("Crocodylus", "Crocodylidae", "georges_cuvier", "vulnerable",
                           ["United States", "Mexico", "Cuba", "Colombia", "Venezuela"]),
    "gharial": ("Gavialis", "Gavialidae", "johann_friedrich_gmelin", "critically_endangered",
                ["India", "Nepal"]),
    "mugger_crocodile": ("Crocodylus", "Crocodylidae", "rene_primevere_lesson", "vulnerable",
                         ["India", "Sri Lanka", "Pakistan", "Nepal", "Iran"]),
    "orinoco_crocodile": ("Crocodylus", "Crocodylidae", None, "critically_endangered",
                          ["Venezuela", "Colombia"]),
    "philippine_crocodile": ("Crocodylus", "Crocodylidae", "karl_patterson_schmidt",
                             "critically_endangered", ["Philippines"]),
    "cuban_crocodile": ("Crocodylus", "Crocodylidae", "georges_cuvier",
                        "critically_endangered", ["Cuba"]),
    "morelets_crocodile": ("Crocodylus", "Crocodylidae", None, "least_concern",
                           ["Mexico", "Belize", "Guatemala"]),
    "freshwater_crocodile": ("Crocodylus", "Crocodylidae", "gerard_krefft", "least_concern",
                             ["Australia"]),
    "siamese_crocodile": ("Crocodylus", "Crocodylidae", "johann_gottlob_schneider",
                          "critically_endangered",
                          ["Thailand", "Cambodia", "Laos", "Vietnam", "Indonesia"]),
    "spectacled_caiman": ("Caiman", "Alligatoridae", "carl_linnaeus", "least_concern",
                          ["Brazil", "Colombia", "Venezuela"]),
    "yacare_caiman": ("Caiman", "Alligatoridae", "francois_marie_daudin", "least_concern",
                      ["Brazil", "Bolivia", "Paraguay", "Argentina"]),
    "broad_snouted_caiman": ("Caiman", "Alligatoridae", "francois_marie_daudin",
                             "least_concern",
                             ["Brazil", "Argentina", "Paraguay", "Uruguay", "Bolivia"]),
    "cuviers_dwarf_caiman": ("Paleosuchus", "Alligatoridae", "georges_cuvier", "least_concern",
                             ["Brazil", "Peru", "Venezuela", "Colombia"]),
    "false_gharial": ("Tomistoma", None, "salomon_muller", "vulnerable",
                      ["Indonesia", "Malaysia"]),
    "dwarf_crocodile": ("Osteolaemus", "Crocodylidae", "edward_drinker_cope", "vulnerable",
                        ["Cameroon", "Gabon", "Nigeria"]),
}

_RATINGS = {
    "ana": [("saltwater_crocodile", 5.0), ("gharial", 4.5), ("nile_crocodile", 2.0),
            ("cuban_crocodile", 3.5)],
    "ben": [("american_alligator", 4.0), ("chinese_alligator", 1.5),
            ("spectacled_caiman", 3.0), ("mugger_crocodile", 5.0)],
    "chen": [("false_gharial", 4.5), ("dwarf_crocodile", 2.5), ("philippine_crocodile", 4.0),
             ("morelets_crocodile", 1.0)],
    "dara": [("yacare_caiman", 3.5), ("broad_snouted_caiman", 5.0),
             ("orinoco_crocodile", 2.0), ("american_crocodile", 4.5)],
    "emil": [("freshwater_crocodile", 4.0), ("siamese_crocodile", 0.5),
             ("cuviers_dwarf_caiman", 4.5), ("saltwater_crocodile", 2.0)],
}


def rows():
    out = []
    for slug, (genus, family, naturalist, status, countries) in _FACTS.items():
        h = f"crocodilian:{slug}"
        for c in countries:
            out.append((h, "native_to", f"country:{_slug(c)}"))
        out.append((h, "in_genus", f"genus:{_slug(genus)}"))
        if family:
            out.append((h, "in_family", f"family:{_slug(family)}"))
        if naturalist:
            out.append((h, "described_by", f"naturalist:{naturalist}"))
        out.append((h, "iucn_status", f"status:{status}"))
    for user, ratings in _RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"crocodilian:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind340")
