"""blind156: a small meteorites graph (real meteorites, real facts as far as known)."""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("meteorite",)),
    kgx.Relation("found_in", phrase="was found in", inverse_phrase="is where they found",
                 domain=("meteorite",), range=("place",)),
    kgx.Relation("classified_as", phrase="is classified as", inverse_phrase="is the classification of",
                 domain=("meteorite",), range=("meteorite class",)),
    kgx.Relation("kind_of", phrase="is a kind of", inverse_phrase="includes",
                 domain=("meteorite",), range=("meteorite kind",)),
    kgx.Relation("came_from", phrase="came from", inverse_phrase="is the parent body of",
                 domain=("meteorite",), range=("parent body",)),
    kgx.Relation("discovered_by", phrase="was discovered by", inverse_phrase="discovered",
                 domain=("meteorite",), range=("person",)),
    kgx.Relation("held_at", phrase="is held at", inverse_phrase="holds",
                 domain=("meteorite",), range=("museum",)),
]

# slug, label, year (year of fall or of find)
METEORITES = [
    ("hoba", "Hoba", 1920),
    ("willamette", "Willamette", 1902),
    ("cape_york", "Cape York", 1818),
    ("allende", "Allende", 1969),
    ("murchison", "Murchison", 1969),
    ("alh84001", "ALH84001", 1984),
    ("nakhla", "Nakhla", 1911),
    ("chelyabinsk", "Chelyabinsk", 2013),
    ("sikhote_alin", "Sikhote-Alin", 1947),
    ("ensisheim", "Ensisheim", 1492),
    ("sylacauga", "Sylacauga", 1954),
    ("campo_del_cielo", "Campo del Cielo", 1576),
    ("gibeon", "Gibeon", 1836),
    ("zagami", "Zagami", 1962),
    ("alh81005", "Allan Hills 81005", 1982),
    ("tissint", "Tissint", 2011),
    ("millbillillie", "Millbillillie", 1960),
    ("orgueil", "Orgueil", 1864),
    ("fukang", "Fukang", 2000),
]

ATTRIBUTES = [
    # places
    ("place:namibia", "place", "Namibia"),
    ("place:united_states", "place", "United States"),
    ("place:greenland", "place", "Greenland"),
    ("place:mexico", "place", "Mexico"),
    ("place:australia", "place", "Australia"),
    ("place:antarctica", "place", "Antarctica"),
    ("place:egypt", "place", "Egypt"),
    ("place:russia", "place", "Russia"),
    ("place:france", "place", "France"),
    ("place:argentina", "place", "Argentina"),
    ("place:nigeria", "place", "Nigeria"),
    ("place:morocco", "place", "Morocco"),
    ("place:china", "place", "China"),
    # classes
    ("class:ivb_iron", "meteorite class", "IVB iron"),
    ("class:iiiab_iron", "meteorite class", "IIIAB iron"),
    ("class:iiab_iron", "meteorite class", "IIAB iron"),
    ("class:iab_iron", "meteorite class", "IAB iron"),
    ("class:iva_iron", "meteorite class", "IVA iron"),
    ("class:cv3", "meteorite class", "CV3 chondrite"),
    ("class:cm2", "meteorite class", "CM2 chondrite"),
    ("class:ci1", "meteorite class", "CI1 chondrite"),
    ("class:ll5", "meteorite class", "LL5 chondrite"),
    ("class:ll6", "meteorite class", "LL6 chondrite"),
    ("class:h4", "meteorite class", "H4 chondrite"),
    ("class:shergottite", "meteorite class", "shergottite"),
    ("class:nakhlite", "meteorite class", "nakhlite"),
    ("class:orthopyroxenite", "meteorite class", "orthopyroxenite"),
    ("class:eucrite", "meteorite class", "eucrite"),
    ("class:pallasite", "meteorite class", "pallasite"),
    ("class:lunar_breccia", "meteorite class", "lunar anorthositic breccia"),
    # kinds
    ("kind:iron", "meteorite kind", "iron meteorite"),
    ("kind:carbonaceous", "meteorite kind", "carbonaceous chondrite"),
    ("kind:ordinary", "meteorite kind", "ordinary chondrite"),
    ("kind:achondrite", "meteorite kind", "achondrite"),
    ("kind:stony_iron", "meteorite kind", "stony-iron meteorite"),
    # parent bodies
    ("body:mars", "parent body", "Mars"),
    ("body:moon", "parent body", "Moon"),
    ("body:vesta", "parent body", "4 Vesta"),
    # people
    ("person:jacobus_brits", "person", "Jacobus Hermanus Brits"),
    ("person:ellis_hughes", "person", "Ellis Hughes"),
    ("person:roberta_score", "person", "Roberta Score"),
    ("person:john_schutt", "person", "John Schutt"),
    # museums
    ("museum:amnh", "museum", "American Museum of Natural History"),
    ("museum:nhm_london", "museum", "Natural History Museum, London"),
    ("museum:regence", "museum", "Musée de la Régence"),
    ("museum:chelyabinsk", "museum", "Chelyabinsk Regional Museum of Local Lore"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = {
    # slug: (place, class, kind)
    "hoba": ("namibia", "ivb_iron", "iron"),
    "willamette": ("united_states", "iiiab_iron", "iron"),
    "cape_york": ("greenland", "iiiab_iron", "iron"),
    "allende": ("mexico", "cv3", "carbonaceous"),
    "murchison": ("australia", "cm2", "carbonaceous"),
    "alh84001": ("antarctica", "orthopyroxenite", "achondrite"),
    "nakhla": ("egypt", "nakhlite", "achondrite"),
    "chelyabinsk": ("russia", "ll5", "ordinary"),
    "sikhote_alin": ("russia", "iiab_iron", "iron"),
    "ensisheim": ("france", "ll6", "ordinary"),
    "sylacauga": ("united_states", "h4", "ordinary"),
    "campo_del_cielo": ("argentina", "iab_iron", "iron"),
    "gibeon": ("namibia", "iva_iron", "iron"),
    "zagami": ("nigeria", "shergottite", "achondrite"),
    "alh81005": ("antarctica", "lunar_breccia", "achondrite"),
    "tissint": ("morocco", "shergottite", "achondrite"),
    "millbillillie": ("australia", "eucrite", "achondrite"),
    "orgueil": ("france", "ci1", "carbonaceous"),
    "fukang": ("china", "pallasite", "stony_iron"),
}

CAME_FROM = {"alh84001": "mars", "nakhla": "mars", "zagami": "mars", "tissint": "mars",
             "alh81005": "moon", "millbillillie": "vesta"}
DISCOVERED_BY = {"hoba": "jacobus_brits", "willamette": "ellis_hughes",
                 "alh84001": "roberta_score", "alh81005": "john_schutt"}
HELD_AT = {"willamette": "amnh", "cape_york": "amnh", "ensisheim": "regence",
           "chelyabinsk": "chelyabinsk", "nakhla": "nhm_london", "tissint": "nhm_london"}

RATINGS = {
    "ana": [("hoba", 5.0), ("allende", 4.0), ("chelyabinsk", 2.0), ("nakhla", 3.5)],
    "ben": [("willamette", 4.5), ("alh84001", 1.5), ("murchison", 5.0), ("ensisheim", 3.0)],
    "chen": [("tissint", 4.0), ("gibeon", 1.0), ("sikhote_alin", 4.5), ("orgueil", 2.5)],
    "dara": [("fukang", 5.0), ("cape_york", 2.0), ("zagami", 4.0), ("sylacauga", 3.0)],
    "emil": [("campo_del_cielo", 4.5), ("millbillillie", 1.5), ("alh81005", 3.0), ("hoba", 4.0)],
}


def entities():
    out = [kgx.Entity(f"meteorite:{slug}", kind="item", type="meteorite", label=label,
                      attrs={"year": year}) for slug, label, year in METEORITES]
    out += [kgx.Entity(eid, kind="attribute", type=typ, label=label) for eid, typ, label in ATTRIBUTES]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, (place, cls, kind) in FACTS.items():
        m = f"meteorite:{slug}"
        out.append((m, "found_in", f"place:{place}"))
        out.append((m, "classified_as", f"class:{cls}"))
        out.append((m, "kind_of", f"kind:{kind}"))
    for slug, body in CAME_FROM.items():
        out.append((f"meteorite:{slug}", "came_from", f"body:{body}"))
    for slug, person in DISCOVERED_BY.items():
        out.append((f"meteorite:{slug}", "discovered_by", f"person:{person}"))
    for slug, museum in HELD_AT.items():
        out.append((f"meteorite:{slug}", "held_at", f"museum:{museum}"))
    for user, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"meteorite:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind156")
