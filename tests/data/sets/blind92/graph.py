"""A small dinosaurs graph: well-known genera, when and by whom they were named,
when they lived, where their fossils were found, their group and their diet.

``year`` is the year the genus was first scientifically named.
"""
import kgexplain as kgx

RELATIONS = [
    kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                 domain=("user",), range=("dinosaur",)),
    kgx.Relation("named_by", phrase="was named by", inverse_phrase="named",
                 domain=("dinosaur",), range=("person",)),
    kgx.Relation("lived_during", phrase="lived during", inverse_phrase="was the time of",
                 domain=("dinosaur",), range=("period",)),
    kgx.Relation("found_in", phrase="was found in", inverse_phrase="yielded the fossils of",
                 domain=("dinosaur",), range=("country",)),
    kgx.Relation("member_of", phrase="is a member of", inverse_phrase="includes",
                 domain=("dinosaur",), range=("group",)),
    kgx.Relation("has_diet", phrase="was a", inverse_phrase="was the diet of",
                 domain=("dinosaur",), range=("diet",)),
]

# slug, label, year named
DINOSAURS = [
    ("tyrannosaurus", "Tyrannosaurus", 1905),
    ("triceratops", "Triceratops", 1889),
    ("stegosaurus", "Stegosaurus", 1877),
    ("allosaurus", "Allosaurus", 1877),
    ("apatosaurus", "Apatosaurus", 1877),
    ("diplodocus", "Diplodocus", 1878),
    ("brachiosaurus", "Brachiosaurus", 1903),
    ("velociraptor", "Velociraptor", 1924),
    ("protoceratops", "Protoceratops", 1923),
    ("iguanodon", "Iguanodon", 1825),
    ("megalosaurus", "Megalosaurus", 1824),
    ("spinosaurus", "Spinosaurus", 1915),
    ("ankylosaurus", "Ankylosaurus", 1908),
    ("parasaurolophus", "Parasaurolophus", 1922),
    ("deinonychus", "Deinonychus", 1969),
    ("archaeopteryx", "Archaeopteryx", 1861),
    ("compsognathus", "Compsognathus", 1859),
    ("giganotosaurus", "Giganotosaurus", 1995),
]

PEOPLE = {
    "othniel_charles_marsh": "Othniel Charles Marsh",
    "henry_fairfield_osborn": "Henry Fairfield Osborn",
    "elmer_riggs": "Elmer Riggs",
    "walter_granger": "Walter Granger",
    "william_king_gregory": "William King Gregory",
    "gideon_mantell": "Gideon Mantell",
    "william_buckland": "William Buckland",
    "ernst_stromer": "Ernst Stromer",
    "barnum_brown": "Barnum Brown",
    "william_parks": "William Parks",
    "john_ostrom": "John Ostrom",
    "hermann_von_meyer": "Hermann von Meyer",
    "johann_andreas_wagner": "Johann Andreas Wagner",
    "rodolfo_coria": "Rodolfo Coria",
    "leonardo_salgado": "Leonardo Salgado",
}

PERIODS = {
    "late_cretaceous": "Late Cretaceous",
    "early_cretaceous": "Early Cretaceous",
    "late_jurassic": "Late Jurassic",
    "middle_jurassic": "Middle Jurassic",
}

COUNTRIES = {
    "united_states": "United States",
    "canada": "Canada",
    "mongolia": "Mongolia",
    "england": "England",
    "belgium": "Belgium",
    "egypt": "Egypt",
    "germany": "Germany",
    "argentina": "Argentina",
}

GROUPS = {
    "theropod": "Theropod",
    "sauropod": "Sauropod",
    "ceratopsian": "Ceratopsian",
    "stegosaur": "Stegosaur",
    "ankylosaur": "Ankylosaur",
    "ornithopod": "Ornithopod",
}

DIETS = {
    "carnivore": "Carnivore",
    "herbivore": "Herbivore",
}

USERS = ["ana", "ben", "chen", "dara", "emil"]

# dinosaur -> (namers, period, countries, group, diet)
FACTS = {
    "tyrannosaurus": (["henry_fairfield_osborn"], "late_cretaceous", ["united_states", "canada"], "theropod", "carnivore"),
    "triceratops": (["othniel_charles_marsh"], "late_cretaceous", ["united_states", "canada"], "ceratopsian", "herbivore"),
    "stegosaurus": (["othniel_charles_marsh"], "late_jurassic", ["united_states"], "stegosaur", "herbivore"),
    "allosaurus": (["othniel_charles_marsh"], "late_jurassic", ["united_states"], "theropod", "carnivore"),
    "apatosaurus": (["othniel_charles_marsh"], "late_jurassic", ["united_states"], "sauropod", "herbivore"),
    "diplodocus": (["othniel_charles_marsh"], "late_jurassic", ["united_states"], "sauropod", "herbivore"),
    "brachiosaurus": (["elmer_riggs"], "late_jurassic", ["united_states"], "sauropod", "herbivore"),
    "velociraptor": (["henry_fairfield_osborn"], "late_cretaceous", ["mongolia"], "theropod", "carnivore"),
    "protoceratops": (["walter_granger", "william_king_gregory"], "late_cretaceous", ["mongolia"], "ceratopsian", "herbivore"),
    "iguanodon": (["gideon_mantell"], "early_cretaceous", ["england", "belgium"], "ornithopod", "herbivore"),
    "megalosaurus": (["william_buckland"], "middle_jurassic", ["england"], "theropod", "carnivore"),
    "spinosaurus": (["ernst_stromer"], "late_cretaceous", ["egypt"], "theropod", "carnivore"),
    "ankylosaurus": (["barnum_brown"], "late_cretaceous", ["united_states"], "ankylosaur", "herbivore"),
    "parasaurolophus": (["william_parks"], "late_cretaceous", ["canada"], "ornithopod", "herbivore"),
    "deinonychus": (["john_ostrom"], "early_cretaceous", ["united_states"], "theropod", "carnivore"),
    "archaeopteryx": (["hermann_von_meyer"], "late_jurassic", ["germany"], "theropod", "carnivore"),
    "compsognathus": (["johann_andreas_wagner"], "late_jurassic", ["germany"], "theropod", "carnivore"),
    "giganotosaurus": (["rodolfo_coria", "leonardo_salgado"], "late_cretaceous", ["argentina"], "theropod", "carnivore"),
}

RATINGS = {
    "ana": {"tyrannosaurus": 5.0, "velociraptor": 4.5, "stegosaurus": 2.0, "archaeopteryx": 3.5},
    "ben": {"triceratops": 4.0, "brachiosaurus": 5.0, "spinosaurus": 1.5, "diplodocus": 3.0},
    "chen": {"iguanodon": 4.5, "megalosaurus": 4.0, "allosaurus": 1.0, "giganotosaurus": 2.5},
    "dara": {"parasaurolophus": 5.0, "ankylosaurus": 4.0, "deinonychus": 2.0, "protoceratops": 3.5},
    "emil": {"compsognathus": 4.5, "apatosaurus": 1.5, "tyrannosaurus": 3.0, "spinosaurus": 5.0},
}


def entities():
    out = [kgx.Entity(f"dinosaur:{slug}", kind="item", type="dinosaur", label=label,
                      attrs={"year": year})
           for slug, label, year in DINOSAURS]
    for typ, table in (("person", PEOPLE), ("period", PERIODS), ("country", COUNTRIES),
                       ("group", GROUPS), ("diet", DIETS)):
        out += [kgx.Entity(f"{typ}:{slug}", kind="attribute", type=typ, label=label)
                for slug, label in table.items()]
    out += [kgx.Entity(f"user:{u}", kind="user", type="user", label=u) for u in USERS]
    return out


def rows():
    out = []
    for slug, (namers, period, countries, group, diet) in FACTS.items():
        d = f"dinosaur:{slug}"
        out += [(d, "named_by", f"person:{p}") for p in namers]
        out.append((d, "lived_during", f"period:{period}"))
        out += [(d, "found_in", f"country:{c}") for c in countries]
        out.append((d, "member_of", f"group:{group}"))
        out.append((d, "has_diet", f"diet:{diet}"))
    for user, ratings in RATINGS.items():
        out += [(f"user:{user}", "rated", f"dinosaur:{slug}", {"rating": r})
                for slug, r in ratings.items()]
    return out


def build():
    return kgx.KnowledgeGraph.from_triples(rows(), entities=entities(), relations=RELATIONS,
                                           name="blind92")
