"""Forms read since session 45, each true text with a false twin, checked by the real checker on
small graphs declared here and on the shipped example graph:

* a cleft sentence, "It was X who / that V Y", says "X V Y" and that X is the one (not with "not"
  after "was", nor where Y has several such partners);
* "Take A and B: ..." frames the names, as "Consider A and B: ..." does;
* "You loved X, which stars Y, as does / and so does Z": the ellipsis repeats the relative
  clause's predicate (the user's own claim is no predicate of Z's);
* a gapped clause may keep "during" (and other prepositions) of its verb ("A lived during X, B
  during Y");
* a bridge that "spans" a river "crosses" it, and is "a bridge spanning / over" it; a preposition
  after the item's kind noun is said of the item ("a bascule bridge over the Thames");
* a material "is made of" also reads "was built with";
* a relation to a period of time ("lived during") also reads "dates from", "is from", "lived in";
* "is named after" also reads "owes its name to", "was named in honour of", "Y gave his name to X";
  "was launched from / on" reads "went up / lifted off from / on"; "was commissioned by"
  reads "was built / designed / painted for"; "houses" reads "contains"; a style "Postmodernism"
  is said "Postmodern";
* a relation to a group named for its members' kind ("is a member of" the group Sauropod) also
  reads "is a sauropod".
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker


def _graph(relations, entities, rows, name):
    ents = [kgx.Entity(i, kind=k, type=t, label=label, attrs=a) for i, k, t, label, a in entities]
    return kgx.KnowledgeGraph.from_triples(rows, entities=ents, relations=relations, name=name)


def _bridges():
    rels = [
        kgx.Relation("crosses", phrase="spans", inverse_phrase="is spanned by", domain=("bridge",), range=("waterway",)),
        kgx.Relation("bridge_type", phrase="is a", inverse_phrase="is the design of", domain=("bridge",),
                     range=("structure",)),
        kgx.Relation("made_of", phrase="is made of", inverse_phrase="is a material of", domain=("bridge",),
                     range=("material",)),
        kgx.Relation("located_in", phrase="stands in", inverse_phrase="is home to", domain=("bridge",), range=("city",)),
    ]
    ents = [("bridge:tower", "item", "bridge", "Tower Bridge", {"year": 1894}),
            ("bridge:tyne", "item", "bridge", "Tyne Bridge", {"year": 1928}),
            ("bridge:brooklyn", "item", "bridge", "Brooklyn Bridge", {"year": 1883}),
            ("water:thames", "attribute", "waterway", "River Thames", {}),
            ("water:tyne", "attribute", "waterway", "River Tyne", {}),
            ("water:east", "attribute", "waterway", "East River", {}),
            ("structure:bascule", "attribute", "structure", "Bascule bridge", {}),
            ("structure:arch", "attribute", "structure", "Arch bridge", {}),
            ("structure:suspension", "attribute", "structure", "Suspension bridge", {}),
            ("material:granite", "attribute", "material", "granite", {}),
            ("material:steel", "attribute", "material", "steel", {}),
            ("material:concrete", "attribute", "material", "concrete", {}),
            ("city:london", "attribute", "city", "London", {}),
            ("city:newcastle", "attribute", "city", "Newcastle", {})]
    rows = [("bridge:tower", "crosses", "water:thames"), ("bridge:tyne", "crosses", "water:tyne"),
            ("bridge:brooklyn", "crosses", "water:east"), ("bridge:tower", "bridge_type", "structure:bascule"),
            ("bridge:tyne", "bridge_type", "structure:arch"), ("bridge:brooklyn", "bridge_type", "structure:suspension"),
            ("bridge:brooklyn", "made_of", "material:granite"), ("bridge:brooklyn", "made_of", "material:steel"),
            ("bridge:tyne", "made_of", "material:steel"), ("bridge:tower", "located_in", "city:london"),
            ("bridge:tyne", "located_in", "city:newcastle")]
    return _graph(rels, ents, rows, "bridges45")


def _dinosaurs():
    rels = [
        kgx.Relation("named_by", phrase="was named by", inverse_phrase="named", domain=("dinosaur",), range=("person",)),
        kgx.Relation("lived_during", phrase="lived during", inverse_phrase="was the time of", domain=("dinosaur",),
                     range=("period",)),
        kgx.Relation("member_of", phrase="is a member of", inverse_phrase="includes", domain=("dinosaur",),
                     range=("group",)),
        kgx.Relation("has_diet", phrase="was a", inverse_phrase="was the diet of", domain=("dinosaur",), range=("diet",)),
    ]
    ents = [("dinosaur:iguanodon", "item", "dinosaur", "Iguanodon", {"year": 1825}),
            ("dinosaur:stegosaurus", "item", "dinosaur", "Stegosaurus", {"year": 1877}),
            ("dinosaur:tyrannosaurus", "item", "dinosaur", "Tyrannosaurus", {"year": 1905}),
            ("dinosaur:brachiosaurus", "item", "dinosaur", "Brachiosaurus", {"year": 1903}),
            ("person:mantell", "attribute", "person", "Gideon Mantell", {}),
            ("person:marsh", "attribute", "person", "Othniel Charles Marsh", {}),
            ("person:osborn", "attribute", "person", "Henry Fairfield Osborn", {}),
            ("person:riggs", "attribute", "person", "Elmer Riggs", {}),
            ("period:early_cretaceous", "attribute", "period", "Early Cretaceous", {}),
            ("period:late_cretaceous", "attribute", "period", "Late Cretaceous", {}),
            ("period:late_jurassic", "attribute", "period", "Late Jurassic", {}),
            ("group:ornithopod", "attribute", "group", "Ornithopod", {}),
            ("group:stegosaur", "attribute", "group", "Stegosaur", {}),
            ("group:theropod", "attribute", "group", "Theropod", {}),
            ("group:sauropod", "attribute", "group", "Sauropod", {}),
            ("diet:herbivore", "attribute", "diet", "Herbivore", {}),
            ("diet:carnivore", "attribute", "diet", "Carnivore", {})]
    rows = [("dinosaur:iguanodon", "named_by", "person:mantell"), ("dinosaur:stegosaurus", "named_by", "person:marsh"),
            ("dinosaur:tyrannosaurus", "named_by", "person:osborn"), ("dinosaur:brachiosaurus", "named_by", "person:riggs"),
            ("dinosaur:iguanodon", "lived_during", "period:early_cretaceous"),
            ("dinosaur:stegosaurus", "lived_during", "period:late_jurassic"),
            ("dinosaur:tyrannosaurus", "lived_during", "period:late_cretaceous"),
            ("dinosaur:brachiosaurus", "lived_during", "period:late_jurassic"),
            ("dinosaur:iguanodon", "member_of", "group:ornithopod"), ("dinosaur:stegosaurus", "member_of", "group:stegosaur"),
            ("dinosaur:tyrannosaurus", "member_of", "group:theropod"),
            ("dinosaur:brachiosaurus", "member_of", "group:sauropod"),
            ("dinosaur:iguanodon", "has_diet", "diet:herbivore"), ("dinosaur:stegosaurus", "has_diet", "diet:herbivore"),
            ("dinosaur:tyrannosaurus", "has_diet", "diet:carnivore"), ("dinosaur:brachiosaurus", "has_diet", "diet:herbivore")]
    return _graph(rels, ents, rows, "dinosaurs45")


def _islands():
    rels = [kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                         domain=("island",), range=("person",))]
    ents = [("island:gough", "item", "island", "Gough Island", {"year": 1995}),
            ("island:msm", "item", "island", "Mont-Saint-Michel", {"year": 1979}),
            ("person:gough", "attribute", "person", "Charles Gough", {}),
            ("person:michael", "attribute", "person", "Saint Michael", {})]
    rows = [("island:gough", "named_after", "person:gough"), ("island:msm", "named_after", "person:michael")]
    return _graph(rels, ents, rows, "islands45")


def _telescopes():
    rels = [kgx.Relation("launched_on", phrase="was launched on", inverse_phrase="carried", domain=("telescope",),
                         range=("launch vehicle",)),
            kgx.Relation("launched_from", phrase="was launched from", inverse_phrase="was the launch site of",
                         domain=("telescope",), range=("launch site",))]
    ents = [("telescope:nustar", "item", "telescope", "NuSTAR", {"year": 2012}),
            ("telescope:kepler", "item", "telescope", "Kepler", {"year": 2009}),
            ("vehicle:pegasus", "attribute", "launch vehicle", "Pegasus XL", {}),
            ("vehicle:delta", "attribute", "launch vehicle", "Delta II", {}),
            ("site:canaveral", "attribute", "launch site", "Cape Canaveral", {}),
            ("site:baikonur", "attribute", "launch site", "Baikonur Cosmodrome", {})]
    rows = [("telescope:nustar", "launched_on", "vehicle:pegasus"), ("telescope:kepler", "launched_on", "vehicle:delta"),
            ("telescope:kepler", "launched_from", "site:canaveral")]
    return _graph(rels, ents, rows, "telescopes45")


def _towers():
    rels = [kgx.Relation("commissioned_by", phrase="was commissioned by", inverse_phrase="commissioned",
                         domain=("skyscraper",), range=("company",)),
            kgx.Relation("houses", phrase="houses", inverse_phrase="is found in", domain=("skyscraper",), range=("use",)),
            kgx.Relation("has_style", phrase="is built in the style of", inverse_phrase="is the style of",
                         domain=("skyscraper",), range=("architectural style",))]
    ents = [("skyscraper:willis", "item", "skyscraper", "Willis Tower", {"year": 1973}),
            ("skyscraper:taipei", "item", "skyscraper", "Taipei 101", {"year": 2004}),
            ("company:sears", "attribute", "company", "Sears", {}),
            ("company:swissre", "attribute", "company", "Swiss Re", {}),
            ("use:offices", "attribute", "use", "offices", {}),
            ("use:hotel", "attribute", "use", "hotel", {}),
            ("style:postmodernism", "attribute", "architectural style", "Postmodernism", {}),
            ("style:modernism", "attribute", "architectural style", "International Style", {})]
    rows = [("skyscraper:willis", "commissioned_by", "company:sears"), ("skyscraper:willis", "houses", "use:offices"),
            ("skyscraper:taipei", "houses", "use:hotel"), ("skyscraper:taipei", "has_style", "style:postmodernism"),
            ("skyscraper:willis", "has_style", "style:modernism")]
    return _graph(rels, ents, rows, "towers45")


CASES = [
    # a cleft sentence
    ("movies", "It was Ridley Scott who directed Alien.", "It was Ridley Scott who directed Aliens."),
    ("movies", "It was Ridley Scott who directed Alien.", "It was not Ridley Scott who directed Alien."),
    ("movies", "It is Thelma Schoonmaker that edited Goodfellas.", "It is Thelma Schoonmaker that edited Heat."),
    ("movies", "It was Michael Mann who wrote and directed Heat.", "It was Michael Mann who wrote and directed Alien."),
    ("dinosaurs", "It was Gideon Mantell who named Iguanodon.", "It was Gideon Mantell who named Stegosaurus."),
    # (a cleft says the one: Jumanji has two writers, Heat a cast)
    ("movies", "It was Joe Johnston who directed Jumanji.", "It was Greg Taylor who wrote Jumanji."),
    ("movies", "It was Joe Johnston who directed Jumanji.", "It was Al Pacino who starred in Heat."),
    # "Take A and B:"
    ("movies", "Take Heat and Goodfellas: the former stars Al Pacino, the latter Ray Liotta.",
     "Take Heat and Goodfellas: the former stars Ray Liotta, the latter Al Pacino."),
    ("movies", "Take Heat and Goodfellas: Robert De Niro stars in both.",
     "Take Heat and Alien: Robert De Niro stars in both."),
    # gapping with "during"
    ("dinosaurs", "Tyrannosaurus lived during the Late Cretaceous, Stegosaurus during the Late Jurassic.",
     "Tyrannosaurus lived during the Late Cretaceous, Stegosaurus during the Late Cretaceous."),
    # spans / crosses / over
    ("bridges", "The Tyne Bridge crosses the River Tyne.", "The Tyne Bridge crosses the River Thames."),
    ("bridges", "The River Tyne is crossed by the Tyne Bridge.", "The River Thames is crossed by the Tyne Bridge."),
    ("bridges", "Tower Bridge is a bascule bridge spanning the River Thames.",
     "Tower Bridge is a bascule bridge spanning the River Tyne."),
    ("bridges", "Tower Bridge is a bascule bridge over the River Thames.",
     "Tower Bridge is a bascule bridge over the River Tyne."),
    ("bridges", "Tower Bridge is a bascule bridge over the River Thames.",
     "Tower Bridge is a suspension bridge over the River Thames."),
    # materials
    ("bridges", "The Brooklyn Bridge was built with granite and steel.",
     "The Brooklyn Bridge was built with granite and concrete."),
    # periods
    ("dinosaurs", "Stegosaurus dates from the Late Jurassic.", "Stegosaurus dates from the Early Cretaceous."),
    ("dinosaurs", "Iguanodon is an ornithopod from the Early Cretaceous.",
     "Iguanodon is an ornithopod from the Late Jurassic."),
    ("dinosaurs", "Brachiosaurus lived in the Late Jurassic.", "Brachiosaurus lived in the Late Cretaceous."),
    # "owes its name to", "named in honour of" for "is named after"
    ("islands", "Gough Island owes its name to Charles Gough.", "Gough Island owes its name to Saint Michael."),
    ("islands", "Mont-Saint-Michel was named in honour of Saint Michael.",
     "Mont-Saint-Michel was named in honour of Charles Gough."),
    # launches: "went up on", "lifted off from"; "gave his name to" for "is named after"
    ("telescopes", "NuSTAR went up on a Pegasus XL.", "NuSTAR went up on a Delta II."),
    ("telescopes", "Kepler lifted off from Cape Canaveral.", "Kepler lifted off from Baikonur Cosmodrome."),
    ("islands", "Charles Gough gave his name to Gough Island.", "Saint Michael gave his name to Gough Island."),
    # "was commissioned by" -> "was built for"; "houses" -> "contains"; "Postmodernism" -> "Postmodern"
    ("towers", "The Willis Tower was built for Sears.", "The Willis Tower was built for Swiss Re."),
    ("towers", "The Willis Tower was built for Sears.", "The Willis Tower was composed for Sears."),  # (a tower's verb)
    ("towers", "Taipei 101 contains a hotel.", "The Willis Tower contains a hotel."),
    ("towers", "Taipei 101 is a Postmodern skyscraper.", "The Willis Tower is a Postmodern skyscraper."),
    # groups named for their members' kind
    ("dinosaurs", "Brachiosaurus was a sauropod named by Elmer Riggs.",
     "Brachiosaurus was a theropod named by Elmer Riggs."),
    ("dinosaurs", "Iguanodon is an ornithopod.", "Iguanodon is a sauropod."),
]

USER_CASES = [
    ("You loved Goodfellas, which stars Robert De Niro, and so does Heat.",
     "You loved Goodfellas, which stars Robert De Niro, and so does Alien."),
    ("You loved Goodfellas, which stars Robert De Niro, as does Heat.",
     "You loved Goodfellas, which stars Robert De Niro, as do Heat and Alien."),  # (user 1 loved Alien)
    ("You loved Goodfellas, which stars Robert De Niro, as does Heat.",
     "You loved Goodfellas, which stars Robert De Niro, as does Alien."),
]


@pytest.fixture(scope="module")
def checkers():
    out = {name: ConsistencyChecker(build(), outside_evidence=True).build()
           for name, build in (("bridges", _bridges), ("dinosaurs", _dinosaurs), ("islands", _islands),
                                           ("towers", _towers), ("telescopes", _telescopes))}
    out["movies"] = ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True).build()
    return out


@pytest.mark.parametrize("graph, true, false", CASES, ids=[f"{g}:{t[:40]}:{f[-25:]}" for g, t, f in CASES])
def test_true_text_is_read_and_its_twin_is_not(checkers, graph, true, false):
    checker = checkers[graph]
    assert checker.check(true, ()).supported, checker.check(true, ()).reason
    assert not checker.check(false, ()).supported


@pytest.mark.parametrize("true, false", USER_CASES, ids=[f[-30:] for _, f in USER_CASES])
def test_user_claim_with_ellipsis_of_the_relative_clause(checkers, true, false):
    checker = checkers["movies"]  # user 1 rated Goodfellas 5.0
    assert checker.check(true, (), "user:1").supported, checker.check(true, (), "user:1").reason
    assert not checker.check(false, (), "user:1").supported
