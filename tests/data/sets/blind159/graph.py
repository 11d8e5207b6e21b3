"""blind159: a small graph of coral reefs.

Each reef's ``year`` is the year it (or the protected area that covers it) was inscribed on
the UNESCO World Heritage List.
"""
import kgexplain as kgx

REEF = ("reef",)

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=REEF),
    kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                 domain=REEF, range=("country", "territory")),
    kgx.Relation("lies_in", phrase="lies in", inverse_phrase="contains",
                 domain=REEF, range=("ocean", "sea")),
    kgx.Relation("has_form", phrase="is a", inverse_phrase="is the form of",
                 domain=REEF, range=("reef form",)),
    kgx.Relation("managed_by", phrase="is managed by", inverse_phrase="manages",
                 domain=REEF, range=("organisation",)),
    kgx.Relation("part_of", phrase="is part of", inverse_phrase="includes",
                 domain=REEF, range=("protected area", "reef system")),
]

# id slug, label, World Heritage year
REEFS = [
    ("great_barrier_reef", "Great Barrier Reef", 1981),
    ("ningaloo_reef", "Ningaloo Reef", 2011),
    ("belize_barrier_reef", "Belize Barrier Reef", 1996),
    ("lighthouse_reef", "Lighthouse Reef", 1996),
    ("glovers_reef", "Glover's Reef", 1996),
    ("tubbataha_reefs", "Tubbataha Reefs", 1993),
    ("aldabra", "Aldabra", 1982),
    ("new_caledonia_barrier_reef", "New Caledonia Barrier Reef", 2008),
    ("kure_atoll", "Kure Atoll", 2010),
    ("pearl_and_hermes_atoll", "Pearl and Hermes Atoll", 2010),
    ("french_frigate_shoals", "French Frigate Shoals", 2010),
    ("midway_atoll", "Midway Atoll", 2010),
    ("maro_reef", "Maro Reef", 2010),
    ("atol_das_rocas", "Atol das Rocas", 2001),
    ("sanganeb_atoll", "Sanganeb Atoll", 2016),
    ("kanton", "Kanton", 2010),
    ("nikumaroro", "Nikumaroro", 2010),
]

ATTRIBUTES = [
    # places
    ("country:australia", "country", "Australia"),
    ("country:belize", "country", "Belize"),
    ("country:philippines", "country", "Philippines"),
    ("country:seychelles", "country", "Seychelles"),
    ("territory:new_caledonia", "territory", "New Caledonia"),
    ("country:united_states", "country", "United States"),
    ("country:brazil", "country", "Brazil"),
    ("country:sudan", "country", "Sudan"),
    ("country:kiribati", "country", "Kiribati"),
    # waters
    ("sea:coral_sea", "sea", "Coral Sea"),
    ("sea:caribbean_sea", "sea", "Caribbean Sea"),
    ("sea:sulu_sea", "sea", "Sulu Sea"),
    ("sea:red_sea", "sea", "Red Sea"),
    ("ocean:indian_ocean", "ocean", "Indian Ocean"),
    ("ocean:pacific_ocean", "ocean", "Pacific Ocean"),
    ("ocean:atlantic_ocean", "ocean", "Atlantic Ocean"),
    # reef forms
    ("form:barrier_reef", "reef form", "barrier reef"),
    ("form:fringing_reef", "reef form", "fringing reef"),
    ("form:atoll", "reef form", "atoll"),
    ("form:raised_atoll", "reef form", "raised atoll"),
    # organisations
    ("org:gbrmpa", "organisation", "Great Barrier Reef Marine Park Authority"),
    ("org:tpamb", "organisation", "Tubbataha Protected Area Management Board"),
    ("org:sif", "organisation", "Seychelles Islands Foundation"),
    ("org:icmbio", "organisation", "Chico Mendes Institute for Biodiversity Conservation"),
    ("org:usfws", "organisation", "U.S. Fish and Wildlife Service"),
    ("org:hawaii_dlnr", "organisation", "Hawaii Department of Land and Natural Resources"),
    ("org:belize_fisheries", "organisation", "Belize Fisheries Department"),
    # protected areas and reef systems
    ("area:ningaloo_coast", "protected area", "Ningaloo Coast"),
    ("area:bbrrs", "protected area", "Belize Barrier Reef Reserve System"),
    ("system:mesoamerican", "reef system", "Mesoamerican Barrier Reef System"),
    ("area:lagoons_new_caledonia", "protected area", "Lagoons of New Caledonia"),
    ("area:papahanaumokuakea", "protected area", "Papahānaumokuākea Marine National Monument"),
    ("area:pipa", "protected area", "Phoenix Islands Protected Area"),
    ("area:sanganeb_park", "protected area", "Sanganeb Marine National Park"),
    ("area:tubbataha_park", "protected area", "Tubbataha Reefs Natural Park"),
]

USERS = ["ana", "ben", "chen", "dara", "emil"]

FACTS = {
    "great_barrier_reef": [("located_in", "country:australia"), ("lies_in", "sea:coral_sea"),
                           ("has_form", "form:barrier_reef"), ("managed_by", "org:gbrmpa")],
    "ningaloo_reef": [("located_in", "country:australia"), ("lies_in", "ocean:indian_ocean"),
                      ("has_form", "form:fringing_reef"), ("part_of", "area:ningaloo_coast")],
    "belize_barrier_reef": [("located_in", "country:belize"), ("lies_in", "sea:caribbean_sea"),
                            ("has_form", "form:barrier_reef"), ("part_of", "system:mesoamerican")],
    "lighthouse_reef": [("located_in", "country:belize"), ("lies_in", "sea:caribbean_sea"),
                        ("has_form", "form:atoll"), ("part_of", "area:bbrrs")],
    "glovers_reef": [("located_in", "country:belize"), ("lies_in", "sea:caribbean_sea"),
                     ("has_form", "form:atoll"), ("part_of", "area:bbrrs"),
                     ("managed_by", "org:belize_fisheries")],
    "tubbataha_reefs": [("located_in", "country:philippines"), ("lies_in", "sea:sulu_sea"),
                        ("has_form", "form:atoll"), ("managed_by", "org:tpamb"),
                        ("part_of", "area:tubbataha_park")],
    "aldabra": [("located_in", "country:seychelles"), ("lies_in", "ocean:indian_ocean"),
                ("has_form", "form:raised_atoll"), ("managed_by", "org:sif")],
    "new_caledonia_barrier_reef": [("located_in", "territory:new_caledonia"),
                                   ("lies_in", "ocean:pacific_ocean"),
                                   ("has_form", "form:barrier_reef"),
                                   ("part_of", "area:lagoons_new_caledonia")],
    "kure_atoll": [("located_in", "country:united_states"), ("lies_in", "ocean:pacific_ocean"),
                   ("has_form", "form:atoll"), ("managed_by", "org:hawaii_dlnr"),
                   ("part_of", "area:papahanaumokuakea")],
    "pearl_and_hermes_atoll": [("located_in", "country:united_states"),
                               ("lies_in", "ocean:pacific_ocean"), ("has_form", "form:atoll"),
                               ("managed_by", "org:usfws"), ("part_of", "area:papahanaumokuakea")],
    "french_frigate_shoals": [("located_in", "country:united_states"),
                              ("lies_in", "ocean:pacific_ocean"), ("has_form", "form:atoll"),
                              ("managed_by", "org:usfws"), ("part_of", "area:papahanaumokuakea")],
    "midway_atoll": [("located_in", "country:united_states"), ("lies_in", "ocean:pacific_ocean"),
                     ("has_form", "form:atoll"), ("managed_by", "org:usfws"),
                     ("part_of", "area:papahanaumokuakea")],
    "maro_reef": [("located_in", "country:united_states"), ("lies_in", "ocean:pacific_ocean"),
                  ("part_of", "area:papahanaumokuakea")],
    "atol_das_rocas": [("located_in", "country:brazil"), ("lies_in", "ocean:atlantic_ocean"),
                       ("has_form", "form:atoll"), ("managed_by", "org:icmbio")],
    "sanganeb_atoll": [("located_in", "country:sudan"), ("lies_in", "sea:red_sea"),
                       ("has_form", "form:atoll"), ("part_of", "area:sanganeb_park")],
    "kanton": [("located_in", "country:kiribati"), ("lies_in", "ocean:pacific_ocean"),
               ("has_form", "form:atoll"), ("part_of", "area:pipa")],
    "nikumaroro": [("located_in", "country:kiribati"), ("lies_in", "ocean:pacific_ocean"),
                   ("has_form", "form:atoll"), ("part_of", "area:pipa")],
}

RATINGS = {
    "ana": [("great_barrier_reef", 5.0), ("ningaloo_reef", 4.5), ("aldabra", 2.0), ("midway_atoll", 3.0)],
    "ben": [("belize_barrier_reef", 4.0), ("glovers_reef", 1.5), ("tubbataha_reefs", 5.0), ("kanton", 2.5)],
    "chen": [("lighthouse_reef", 4.5), ("sanganeb_atoll", 1.0), ("atol_das_rocas", 3.5),
             ("great_barrier_reef", 2.0)],
    "dara": [("french_frigate_shoals", 5.0), ("kure_atoll", 4.0), ("new_caledonia_barrier_reef", 0.5),
             ("nikumaroro", 3.0)],
    "emil": [("pearl_and_hermes_atoll", 2.0), ("maro_reef", 4.5), ("tubbataha_reefs", 1.0),
             ("ningaloo_reef", 4.0)],
}


def entities():
    ents = [kgx.Entity(f"reef:{slug}", kind="item", type="reef", label=label, attrs={"year": year})
            for slug, label, year in REEFS]
    ents += [kgx.Entity(eid, kind="attribute", type=etype, label=label) for eid, etype, label in ATTRIBUTES]
    ents += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return ents


def rows():
    out = []
    for slug, facts in FACTS.items():
        for rel, tail in facts:
            out.append((f"reef:{slug}", rel, tail))
    for user, ratings in RATINGS.items():
        for slug, r in ratings:
            out.append((f"user:{user}", "rated", f"reef:{slug}", {"rating": r}))
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS, name="blind159")
