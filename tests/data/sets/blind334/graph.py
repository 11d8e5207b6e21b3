"""blind334: a small graph of parrot species.

Items are parrot species; ``year`` is the year the species was first
formally described.  Attributes are native countries, the naturalists who
described them, genera, families and IUCN conservation status.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("parrot",)),
    kgx.Relation("native_to", phrase="is native to", inverse_phrase="is home to", domain=("parrot",), range=("country",)),
    kgx.Relation("described_by", phrase="was first described by", inverse_phrase="first described", domain=("parrot",), range=("person",)),
    kgx.Relation("in_genus", phrase="belongs to the genus", inverse_phrase="includes", domain=("parrot",), range=("genus",)),
    kgx.Relation("in_family", phrase="belongs to the family", inverse_phrase="includes", domain=("parrot",), range=("family",)),
    kgx.Relation("has_status", phrase="is listed as", inverse_phrase="is the conservation status of", domain=("parrot",), range=("status",)),
]

# slug: (label, year described, describer, genus, family, status, [countries])
SPECIES = {
    "hyacinth_macaw": ("Hyacinth macaw", 1790, "john_latham", "anodorhynchus", "psittacidae", "vulnerable", ["brazil", "bolivia", "paraguay"]),
    "scarlet_macaw": ("Scarlet macaw", 1758, "carl_linnaeus", "ara", "psittacidae", "least_concern", ["mexico", "costa_rica", "brazil", "peru"]),
    "blue_and_yellow_macaw": ("Blue-and-yellow macaw", 1758, "carl_linnaeus", "ara", "psittacidae", "least_concern", ["brazil", "venezuela", "peru", "bolivia"]),
    "spixs_macaw": ("Spix's macaw", 1832, "johann_georg_wagler", "cyanopsitta", "psittacidae", "extinct_in_the_wild", ["brazil"]),
    "grey_parrot": ("Grey parrot", 1758, "carl_linnaeus", "psittacus", "psittacidae", "endangered", ["cameroon", "gabon"]),
    "kakapo": ("Kakapo", 1845, "george_robert_gray", "strigops", "strigopidae", "critically_endangered", ["new_zealand"]),
    "kea": ("Kea", 1856, "john_gould", "nestor", "strigopidae", "endangered", ["new_zealand"]),
    "budgerigar": ("Budgerigar", 1805, "george_shaw", "melopsittacus", "psittaculidae", "least_concern", ["australia"]),
    "cockatiel": ("Cockatiel", 1792, "robert_kerr", "nymphicus", "cacatuidae", "least_concern", ["australia"]),
    "sulphur_crested_cockatoo": ("Sulphur-crested cockatoo", 1790, "john_latham", "cacatua", "cacatuidae", "least_concern", ["australia", "papua_new_guinea"]),
    "galah": ("Galah", 1817, "louis_pierre_vieillot", "eolophus", "cacatuidae", "least_concern", ["australia"]),
    "palm_cockatoo": ("Palm cockatoo", 1788, "johann_friedrich_gmelin", "probosciger", "cacatuidae", "least_concern", ["australia", "papua_new_guinea", "indonesia"]),
    "rainbow_lorikeet": ("Rainbow lorikeet", 1788, "johann_friedrich_gmelin", "trichoglossus", "psittaculidae", "least_concern", ["australia"]),
    "rose_ringed_parakeet": ("Rose-ringed parakeet", 1769, "giovanni_antonio_scopoli", "psittacula", "psittaculidae", "least_concern", ["india", "senegal"]),
    "monk_parakeet": ("Monk parakeet", 1783, "pieter_boddaert", "myiopsitta", "psittacidae", "least_concern", ["argentina", "uruguay"]),
    "carolina_parakeet": ("Carolina parakeet", 1758, "carl_linnaeus", "conuropsis", "psittacidae", "extinct", ["united_states"]),
    "yellow_naped_amazon": ("Yellow-naped amazon", 1842, "rene_primevere_lesson", "amazona", "psittacidae", "critically_endangered", ["mexico", "costa_rica"]),
    "thick_billed_parrot": ("Thick-billed parrot", 1827, "william_swainson", "rhynchopsitta", "psittacidae", "endangered", ["mexico"]),
    "orange_bellied_parrot": ("Orange-bellied parrot", 1790, "john_latham", "neophema", "psittaculidae", "critically_endangered", ["australia"]),
}

COUNTRIES = {
    "brazil": "Brazil", "bolivia": "Bolivia", "paraguay": "Paraguay", "mexico": "Mexico",
    "costa_rica": "Costa Rica", "peru": "Peru", "venezuela": "Venezuela", "cameroon": "Cameroon",
    "gabon": "Gabon", "new_zealand": "New Zealand", "australia": "Australia",
    "papua_new_guinea": "Papua New Guinea", "indonesia": "Indonesia", "india": "India",
    "senegal": "Senegal", "argentina": "Argentina", "uruguay": "Uruguay", "united_states": "United States",
}
PEOPLE = {
    "john_latham": "John Latham", "carl_linnaeus": "Carl Linnaeus", "johann_georg_wagler": "Johann Georg Wagler",
    "george_robert_gray": "George Robert Gray", "john_gould": "John Gould", "george_shaw": "George Shaw",
    "robert_kerr": "Robert Kerr", "louis_pierre_vieillot": "Louis Pierre Vieillot",
    "johann_friedrich_gmelin": "Johann Friedrich Gmelin", "giovanni_antonio_scopoli": "Giovanni Antonio Scopoli",
    "pieter_boddaert": "Pieter Boddaert", "rene_primevere_lesson": "René Primevère Lesson",
    "william_swainson": "William Swainson",
}
GENERA = {
    "anodorhynchus": "Anodorhynchus", "ara": "Ara", "cyanopsitta": "Cyanopsitta", "psittacus": "Psittacus",
    "strigops": "Strigops", "nestor": "Nestor", "melopsittacus": "Melopsittacus", "nymphicus": "Nymphicus",
    "cacatua": "Cacatua", "eolophus": "Eolophus", "probosciger": "Probosciger", "trichoglossus": "Trichoglossus",
    "psittacula": "Psittacula", "myiopsitta": "Myiopsitta", "conuropsis": "Conuropsis", "amazona": "Amazona",
    "rhynchopsitta": "Rhynchopsitta", "neophema": "Neophema",
}
FAMILIES = {
    "psittacidae": "Psittacidae", "psittaculidae": "Psittaculidae",
    "cacatuidae": "Cacatuidae", "strigopidae": "Strigopidae",
}
STATUSES = {
    "least_concern": "Least Concern", "vulnerable": "Vulnerable", "endangered": "Endangered",
    "critically_endangered": "Critically Endangered", "extinct_in_the_wild": "Extinct in the Wild",
    "extinct": "Extinct",
}
RATINGS = {
    "ana": [("kakapo", 5.0), ("kea", 4.5), ("budgerigar", 2.0), ("galah", 3.5)],
    "ben": [("hyacinth_macaw", 4.0), ("scarlet_macaw", 1.5), ("spixs_macaw", 5.0), ("monk_parakeet", 3.0)],
    "chen": [("grey_parrot", 4.5), ("cockatiel", 1.0), ("rainbow_lorikeet", 4.0), ("rose_ringed_parakeet", 2.5)],
    "dara": [("carolina_parakeet", 3.0), ("thick_billed_parrot", 4.5), ("yellow_naped_amazon", 2.0), ("orange_bellied_parrot", 5.0)],
    "emil": [("palm_cockatoo", 5.0), ("sulphur_crested_cockatoo", 0.5), ("blue_and_yellow_macaw", 4.0), ("kakapo", 3.5)],
}


def entities():
    out = []
    for slug, (label, year, *_rest) in SPECIES.items():
        out.append(kgx.Entity(f"parrot:{slug}", kind="item", type="parrot", label=label, attrs={"year": year}))
    for prefix, table in (("country", COUNTRIES), ("person", PEOPLE), ("genus", GENERA),
                          ("family", FAMILIES), ("status", STATUSES)):
        for slug, label in table.items():
            out.append(kgx.Entity(f"{prefix}:{slug}", kind="attribute", type=prefix, label=label))
    for name in RATINGS:
        out.append(kgx.Entity(f"user:{name}", kind="user", type="user", label=name))
    return out


def rows():
    out = []
    for slug, (_label, _year, person, genus, family, status, countries) in SPECIES.items():
        head = f"parrot:{slug}"
        for c in countries:
            out.append((head, "native_to", f"country:{c}"))
        out.append((head, "described_by", f"person:{person}"))
        out.append((head, "in_genus", f"genus:{genus}"))
        out.append((head, "in_family", f"family:{family}"))
        out.append((head, "has_status", f"status:{status}"))
    for name, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{name}", "rated", f"parrot:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind334")
