"""Forms read since session 43, each true text with a false twin, checked by the real checker on
small graphs declared here and on the example graph:

* a style, a movement or a period said as an adjective after a copula ("Durham Cathedral is
  Romanesque", "are both Gothic", "which is Gothic"), and a period or a movement only where the
  relation says the item is of it ("was built during", "belongs to"), never "predates" or "was
  restored during" (red team 134: "Chartres Cathedral is Renaissance", "is a Victorian cathedral");
* a phrase "stands / sits / lies in" a place also reads "is (located / situated) in" and "can be
  found in", as "is in" does, where its objects are places (not "lies in ruins", red team 134);
* "The N of the X is Y" as "The N of X is Y" (a determiner before the name);
* a role noun takes a copula: "X is / has been director of Y", never "X has director of Y" or
  "X does director of Y" (those are rejected, though the fact is true);
* "even though" as "though";
* a clause without its verb after one with it ("gapping"): "Split Rock overlooks Lake Superior,
  Kõpu the Baltic Sea", "A overlooks B and C D", "A awards X, B Y and C Z": the left-out verb is
  read with a subject of the first subject's type and an object of the first object's type;
* "is run by" also "is maintained by", "looks after", and its noun "operator"; "overlooks" also
  "looks out over / on"; "tower" names a lighthouse;
* "X is / was built in the Y style" where the graph gives X's style Y (a role noun after the name,
  the name's own type, of a relation that classifies: not "in the English language" for "was
  dubbed into", nor "rebuilt in the Y style", red team 136);
* "is built of" also "constructed out of" ("belongs to" is not read "is part of": a family, an
  owner, red teams 136 and 139);
* an attribute's own type noun right before its name ("the company 20th Century Fox distributed
  Alien", "distributed by the company 20th Century Fox");
* gapping keeps the verb's preposition ("A performs at X, and B at Y"), and only after a clause
  whose one verb follows its subject ("A is owned and run by X, B Y" or "A is a brick tower that
  overlooks X, B Y" are not read: red team 135);
* ", the B" where B is an item of the graph is no apposition ("A, the B and the C are all based
  in London", "Like the A, the B is ...");
* "once" before a verb in the past ("Richard Wagner once led it"); "building" names a station;
* gapping reads the relation the first clause was read with ("A is brewed in X, and B in Y" is
  never "B was first brewed in Y", red team 122); its first subject opens the sentence (or follows
  ";"), its remnant's object is of the first object's type, also after "the latter" (red team 121);
* "A and B are managed by X and Y respectively": A by X, B by Y (only for subjects said as one list:
  not "Like A, B is managed by X and Y respectively", red team 138);
* "You gave Alien (just) half a star": a rating of 0.5;
* a gapped clause may keep "after", "into", "over"... ("X is named after A, and Y after B");
* "founded" also "created" (where no other relation of the graph says "create").
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker


def _graph(relations, entities, rows, name):
    ents = [kgx.Entity(i, kind=k, type=t, label=label, attrs=a) for i, k, t, label, a in entities]
    return kgx.KnowledgeGraph.from_triples(rows, entities=ents, relations=relations, name=name)


def _cathedrals():
    rels = [
        kgx.Relation("has_style", phrase="is an example of", inverse_phrase="is the style of",
                     domain=("cathedral",), range=("style",)),
        kgx.Relation("stands_in", phrase="stands in", inverse_phrase="is home to", domain=("cathedral",), range=("country",)),
        kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("cathedral",), range=("person",)),
        kgx.Relation("belongs_to", phrase="belongs to", inverse_phrase="counts among its cathedrals",
                     domain=("cathedral",), range=("church",)),
        kgx.Relation("built_of", phrase="is built of", inverse_phrase="is the building material of",
                     domain=("cathedral",), range=("material",)),
    ]
    ents = [("cathedral:durham", "item", "cathedral", "Durham Cathedral", {"year": 1093}),
            ("cathedral:chartres", "item", "cathedral", "Chartres Cathedral", {"year": 1194}),
            ("cathedral:helsinki", "item", "cathedral", "Helsinki Cathedral", {"year": 1830}),
            ("style:romanesque", "attribute", "style", "Romanesque", {}),
            ("style:gothic", "attribute", "style", "Gothic", {}),
            ("style:neoclassical", "attribute", "style", "Neoclassical", {}),
            ("country:england", "attribute", "country", "England", {}),
            ("country:france", "attribute", "country", "France", {}),
            ("country:finland", "attribute", "country", "Finland", {}),
            ("person:engel", "attribute", "person", "Carl Ludvig Engel", {}),
            ("church:coe", "attribute", "church", "Church of England", {}),
            ("church:elcf", "attribute", "church", "Evangelical Lutheran Church of Finland", {}),
            ("material:sandstone", "attribute", "material", "sandstone", {}),
            ("material:limestone", "attribute", "material", "limestone", {})]
    rows = [("cathedral:durham", "has_style", "style:romanesque"), ("cathedral:chartres", "has_style", "style:gothic"),
            ("cathedral:helsinki", "has_style", "style:neoclassical"),
            ("cathedral:durham", "stands_in", "country:england"), ("cathedral:chartres", "stands_in", "country:france"),
            ("cathedral:helsinki", "stands_in", "country:finland"), ("cathedral:helsinki", "designed_by", "person:engel"),
            ("cathedral:durham", "belongs_to", "church:coe"), ("cathedral:helsinki", "belongs_to", "church:elcf"),
            ("cathedral:durham", "built_of", "material:sandstone"), ("cathedral:chartres", "built_of", "material:limestone")]
    return _graph(rels, ents, rows, "cathedrals")


def _monuments():
    """Relations named by a noun, as WebNLG's predicates are ("designer": is the designer of)."""
    rels = [kgx.Relation("designer", phrase="designer", inverse_phrase="is the designer of")]
    ents = [("m:ataturk", "item", "monument", "Atatürk Monument", {}), ("m:baku", "item", "monument", "Baku Memorial", {}),
            ("p:canonica", "attribute", "person", "Pietro Canonica", {}), ("p:other", "attribute", "person", "Huseyin Bütüner", {})]
    rows = [("m:ataturk", "designer", "p:canonica"), ("m:baku", "designer", "p:other")]
    return _graph(rels, ents, rows, "monuments")


def _lighthouses():
    rels = [
        kgx.Relation("overlooks", phrase="overlooks", inverse_phrase="is overlooked by",
                     domain=("lighthouse",), range=("water",)),
        kgx.Relation("run_by", phrase="is run by", inverse_phrase="runs", domain=("lighthouse",), range=("org",)),
        kgx.Relation("built_of", phrase="is built of", inverse_phrase="was used to build",
                     domain=("lighthouse",), range=("material",)),
    ]
    ents = [("l:split", "item", "lighthouse", "Split Rock Lighthouse", {"year": 1910}),
            ("l:kopu", "item", "lighthouse", "Kõpu Lighthouse", {"year": 1531}),
            ("l:fastnet", "item", "lighthouse", "Fastnet Lighthouse", {"year": 1904}),
            ("w:superior", "attribute", "water", "Lake Superior", {}), ("w:baltic", "attribute", "water", "Baltic Sea", {}),
            ("w:atlantic", "attribute", "water", "Atlantic Ocean", {}),
            ("o:cil", "attribute", "org", "Commissioners of Irish Lights", {}),
            ("o:mn", "attribute", "org", "Minnesota Historical Society", {}),
            ("m:granite", "attribute", "material", "granite", {}), ("m:brick", "attribute", "material", "brick", {})]
    rows = [("l:split", "overlooks", "w:superior"), ("l:kopu", "overlooks", "w:baltic"),
            ("l:fastnet", "overlooks", "w:atlantic"), ("l:fastnet", "run_by", "o:cil"), ("l:split", "run_by", "o:mn"),
            ("l:fastnet", "built_of", "m:granite"), ("l:split", "built_of", "m:brick")]
    return _graph(rels, ents, rows, "lighthouses")


def _periods():
    rels = [
        kgx.Relation("built_during", phrase="was built during", inverse_phrase="saw the building of",
                     domain=("church",), range=("period",)),
        kgx.Relation("predates", phrase="predates", inverse_phrase="came after", domain=("church",), range=("period",)),
        kgx.Relation("restored_during", phrase="was restored during", inverse_phrase="saw the restoration of",
                     domain=("church",), range=("period",)),
        kgx.Relation("lies_in", phrase="lies in", inverse_phrase="is the state of", domain=("church",), range=("condition",)),
        kgx.Relation("stands_in", phrase="stands in", inverse_phrase="is home to", domain=("church",), range=("county",)),
    ]
    ents = [("church:durham", "item", "church", "Durham Cathedral", {"year": 1093}),
            ("church:tintern", "item", "church", "Tintern Abbey", {"year": 1131}),
            ("period:norman", "attribute", "period", "Norman", {}), ("period:victorian", "attribute", "period", "Victorian", {}),
            ("period:renaissance", "attribute", "period", "Renaissance", {}),
            ("condition:ruins", "attribute", "condition", "ruins", {}), ("county:monmouthshire", "attribute", "county", "Monmouthshire", {})]
    rows = [("church:durham", "built_during", "period:norman"), ("church:durham", "predates", "period:renaissance"),
            ("church:durham", "restored_during", "period:victorian"), ("church:tintern", "lies_in", "condition:ruins"),
            ("church:tintern", "stands_in", "county:monmouthshire")]
    return _graph(rels, ents, rows, "periods")


def _owners():
    rels = [
        kgx.Relation("belongs_to", phrase="belongs to", inverse_phrase="owns", domain=("painting",), range=("collector",)),
        kgx.Relation("dubbed_into", phrase="was dubbed into", inverse_phrase="is a dubbing language of",
                     domain=("painting",), range=("language",)),
        kgx.Relation("has_style", phrase="is painted in", inverse_phrase="is the style of",
                     domain=("painting",), range=("style",)),
    ]
    ents = [("p:salvator", "item", "painting", "Salvator Mundi", {"year": 1500}),
            ("c:mbs", "attribute", "collector", "Mohammed bin Salman", {}),
            ("l:english", "attribute", "language", "English", {}), ("y:ren", "attribute", "style", "High Renaissance", {})]
    rows = [("p:salvator", "belongs_to", "c:mbs"), ("p:salvator", "dubbed_into", "l:english"),
            ("p:salvator", "has_style", "y:ren")]
    return _graph(rels, ents, rows, "owners")


def _orchestras():
    rels = [
        kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to", domain=("orchestra",), range=("city",)),
        kgx.Relation("performs_at", phrase="performs at", inverse_phrase="is the concert hall of",
                     domain=("orchestra",), range=("hall",)),
        kgx.Relation("led_by", phrase="has been led by", inverse_phrase="has led", domain=("orchestra",), range=("person",)),
        kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("orchestra",), range=("body",)),
        kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("orchestra",), range=("person",)),
    ]
    ents = [("o:lso", "item", "orchestra", "London Symphony Orchestra", {"year": 1904}),
            ("o:lpo", "item", "orchestra", "London Philharmonic Orchestra", {"year": 1932}),
            ("o:gwh", "item", "orchestra", "Gewandhaus Orchestra", {"year": 1743}),
            ("o:skd", "item", "orchestra", "Staatskapelle Dresden", {"year": 1548}),
            ("c:london", "attribute", "city", "London", {}), ("c:leipzig", "attribute", "city", "Leipzig", {}),
            ("h:gewandhaus", "attribute", "hall", "Gewandhaus", {}), ("h:semperoper", "attribute", "hall", "Semperoper", {}),
            ("h:barbican", "attribute", "hall", "Barbican Centre", {}),
            ("p:wagner", "attribute", "person", "Richard Wagner", {}), ("p:beecham", "attribute", "person", "Thomas Beecham", {}), ("p:masur", "attribute", "person", "Kurt Masur", {}),
            ("b:saxony", "attribute", "body", "Free State of Saxony", {}), ("b:leipzig", "attribute", "body", "City of Leipzig", {})]
    rows = [("o:lso", "based_in", "c:london"), ("o:lpo", "based_in", "c:london"), ("o:gwh", "based_in", "c:leipzig"),
            ("o:gwh", "performs_at", "h:gewandhaus"), ("o:skd", "performs_at", "h:semperoper"),
            ("o:lso", "performs_at", "h:barbican"), ("o:skd", "led_by", "p:wagner"), ("o:gwh", "led_by", "p:masur"),
            ("o:skd", "owned_by", "b:saxony"), ("o:gwh", "owned_by", "b:leipzig"), ("o:lpo", "founded_by", "p:beecham")]
    return _graph(rels, ents, rows, "orchestras")


def _stations():
    rels = [kgx.Relation("has_style", phrase="is an example of", inverse_phrase="is the style of",
                         domain=("station",), range=("style",))]
    ents = [("s:lau", "item", "station", "Los Angeles Union Station", {"year": 1939}),
            ("s:gct", "item", "station", "Grand Central Terminal", {"year": 1913}),
            ("y:deco", "attribute", "style", "Art Deco", {}), ("y:mission", "attribute", "style", "Mission Revival", {}),
            ("y:beaux", "attribute", "style", "Beaux-Arts", {})]
    rows = [("s:lau", "has_style", "y:deco"), ("s:lau", "has_style", "y:mission"), ("s:gct", "has_style", "y:beaux")]
    return _graph(rels, ents, rows, "stations")


_GRAPHS = {"cathedrals": _cathedrals, "owners": _owners, "orchestras": _orchestras, "stations": _stations, "periods": _periods, "lighthouses": _lighthouses, "monuments": _monuments, "example": kgx.KnowledgeGraph.example}

CASES = [
    # graph, true text, false twin
    ("cathedrals", "Durham Cathedral is Romanesque.", "Durham Cathedral is Gothic."),
    ("cathedrals", "Chartres Cathedral is Gothic and stands in France.", "Helsinki Cathedral is Gothic and stands in Finland."),
    ("cathedrals", "Helsinki Cathedral, which is Neoclassical, was designed by Carl Ludvig Engel.",
     "Durham Cathedral, which is Neoclassical, was designed by Carl Ludvig Engel."),
    ("periods", "Durham Cathedral is Norman.", "Durham Cathedral is Renaissance."),
    ("periods", "Durham Cathedral is a Norman church.", "Durham Cathedral is a Victorian church."),
    ("periods", "Tintern Abbey is located in Monmouthshire.", "Tintern Abbey is located in ruins."),
    ("orchestras", "The Gewandhaus Orchestra performs at the Gewandhaus, and the Staatskapelle Dresden at the Semperoper.",
     "The Gewandhaus Orchestra performs at the Gewandhaus, and the Staatskapelle Dresden at the Gewandhaus."),
    ("orchestras", "The Gewandhaus Orchestra performs at the Gewandhaus, the Staatskapelle Dresden at the Semperoper.",
     "The Gewandhaus Orchestra performs at the Gewandhaus, the Staatskapelle Dresden in the Semperoper."),
    ("orchestras", "The Staatskapelle Dresden performs at the Semperoper, the Gewandhaus Orchestra the Gewandhaus.",
     "The Staatskapelle Dresden is owned and performs at the Semperoper, the Gewandhaus Orchestra the Gewandhaus."),
    ("orchestras", "The London Symphony Orchestra and the London Philharmonic Orchestra are both based in London.",
     "The London Symphony Orchestra, the Staatskapelle Dresden and the London Philharmonic Orchestra are all based in London."),
    ("orchestras", "Like the London Symphony Orchestra, the London Philharmonic Orchestra is based in London.",
     "Like the London Symphony Orchestra, the Gewandhaus Orchestra is based in London."),
    ("orchestras", "The Staatskapelle Dresden performs at the Semperoper, and Richard Wagner once led it.",
     "The Gewandhaus Orchestra performs at the Gewandhaus, and Richard Wagner once led it."),
    ("orchestras", "The Staatskapelle Dresden and the Gewandhaus Orchestra perform at the Semperoper and the "
     "Gewandhaus respectively.", "Like the Staatskapelle Dresden, the Gewandhaus Orchestra performs at the Semperoper "
     "and the Gewandhaus respectively."),
    ("orchestras", "The Staatskapelle Dresden has been led by Richard Wagner, and the Gewandhaus Orchestra by Kurt Masur.",
     "The Staatskapelle Dresden has been led by Richard Wagner, and the Gewandhaus Orchestra by Richard Wagner."),
    ("orchestras", "Thomas Beecham created the London Philharmonic Orchestra.",
     "Thomas Beecham created the London Symphony Orchestra."),
    ("stations", "Los Angeles Union Station and Grand Central Terminal are examples of Art Deco and Beaux-Arts "
     "respectively.", "Los Angeles Union Station and Grand Central Terminal are examples of Beaux-Arts and Art Deco "
     "respectively."),
    ("stations", "Grand Central Terminal is a Beaux-Arts building.", "Grand Central Terminal is an Art Deco building."),
    ("owners", "Salvator Mundi belongs to Mohammed bin Salman.", "Salvator Mundi is part of Mohammed bin Salman."),
    ("owners", "Salvator Mundi was painted in the High Renaissance style.", "Salvator Mundi is in the English language."),
    ("cathedrals", "Durham Cathedral was built in the Romanesque style.", "Durham Cathedral was rebuilt in the Romanesque style."),
    ("cathedrals", "Durham Cathedral is located in England.", "Durham Cathedral is located in France."),
    ("cathedrals", "Helsinki Cathedral can be found in Finland.", "Chartres Cathedral can be found in Finland."),
    ("cathedrals", "Chartres Cathedral is situated in France.", "France is situated in Chartres Cathedral."),
    ("monuments", "The designer of the Atatürk Monument is Pietro Canonica.",
     "The designer of the Atatürk Monument is Huseyin Bütüner."),
    ("monuments", "The designer of the Atatürk Monument is Pietro Canonica.",
     "The designer of Pietro Canonica is the Atatürk Monument."),
    ("example", "Ridley Scott is director of Alien.", "Ridley Scott has director of Alien."),
    ("example", "Ridley Scott has been director of Alien.", "Ridley Scott does director of Alien."),
    ("example", "Alien has director Ridley Scott.", "Alien has director of Ridley Scott."),
    ("lighthouses", "Split Rock Lighthouse overlooks Lake Superior, Kõpu Lighthouse the Baltic Sea.",
     "Split Rock Lighthouse overlooks Lake Superior, Kõpu Lighthouse the Atlantic Ocean."),
    ("lighthouses", "Split Rock Lighthouse overlooks Lake Superior and Fastnet Lighthouse the Atlantic Ocean.",
     "Split Rock Lighthouse overlooks Lake Superior and Fastnet Lighthouse the Baltic Sea."),
    ("lighthouses", "Split Rock Lighthouse overlooks Lake Superior, Kõpu Lighthouse the Baltic Sea and Fastnet "
     "Lighthouse the Atlantic Ocean.", "Split Rock Lighthouse overlooks Lake Superior, Kõpu Lighthouse the Baltic "
     "Sea and Fastnet Lighthouse Lake Superior."),
    ("example", "The Matrix and Heat are both thrillers; the former stars Keanu Reeves and the latter Al Pacino.",
     "The Matrix and Heat are both thrillers; the former stars Keanu Reeves and the latter Keanu Reeves."),
    ("lighthouses", "Fastnet Lighthouse overlooks the Atlantic Ocean. Its operator is the Commissioners of Irish Lights.",
     "Fastnet Lighthouse overlooks the Atlantic Ocean. Its operator is the Minnesota Historical Society."),
    ("lighthouses", "The Minnesota Historical Society looks after Split Rock Lighthouse.",
     "Split Rock Lighthouse looks after the Minnesota Historical Society."),
    ("lighthouses", "Fastnet Lighthouse is maintained by the Commissioners of Irish Lights.",
     "Split Rock Lighthouse is maintained by the Commissioners of Irish Lights."),
    ("lighthouses", "Kõpu Lighthouse looks out over the Baltic Sea.", "Kõpu Lighthouse looks out over Lake Superior."),
    ("lighthouses", "Fastnet Lighthouse is a granite tower.", "Fastnet Lighthouse is a brick tower."),
    ("cathedrals", "Durham Cathedral was built in the Romanesque style.", "Durham Cathedral was built in the Gothic style."),
    ("cathedrals", "Chartres Cathedral is in the Gothic style.", "Gothic is in the Chartres Cathedral style."),
    ("cathedrals", "Durham Cathedral was constructed out of sandstone.",
     "Chartres Cathedral was constructed out of sandstone."),
    ("example", "The company 20th Century Fox distributed Alien.", "The company Ridley Scott directed Alien."),
    ("example", "Alien was distributed by the company 20th Century Fox.",
     "Alien was directed by the company 20th Century Fox."),
    ("example", "Alien is a sci-fi film, even though Ridley Scott directed it.",
     "Alien is a sci-fi film, even though Steven Spielberg directed it."),
]


@pytest.fixture(scope="module")
def checkers():
    return {name: ConsistencyChecker(build(), outside_evidence=True).build() for name, build in _GRAPHS.items()}


@pytest.mark.parametrize("graph, true, false", CASES, ids=[f"{g}:{t[:40]}" for g, t, _ in CASES])
def test_true_text_is_read_and_its_twin_is_not(checkers, graph, true, false):
    checker = checkers[graph]
    assert checker.check(true, ()).supported, checker.check(true, ()).reason
    assert not checker.check(false, ()).supported


def test_a_webnlg_qualifier_is_the_entity_type():
    """WebNLG's "Antares (rocket)" is a rocket: "the Antares rocket" names it, "the Antares
    footballer" does not."""
    from kgexplain.datasets.webnlg import WebNLGEntry
    from kgexplain.evaluation.webnlg import webnlg_graph

    entry = WebNLGEntry(key="t/1", category="x", references=(),
                        triples=(("Antares (rocket)", "final flight", "2014-10-28"),
                                 ("Stuart Parker (footballer)", "club", "Bury F.C.")))
    kg, evidence = webnlg_graph([entry], lexicon={"club": {"cues": ["plays for"]},
                                                  "final flight": {"cues": ["made its final flight on"]}})
    types = {kg.label(e): kg.entity(e).type for t in evidence["t/1"] for e in (t.head, t.tail)}
    assert types["Antares (rocket)"] == "rocket" and types["Stuart Parker (footballer)"] == "footballer"
    assert types["Bury F.C."] == "club"  # (the object of "club": a club, by its predicate)
    checker = ConsistencyChecker(kg)
    assert checker.check("The Antares rocket made its final flight on 28 October 2014.", evidence["t/1"]).supported
    assert not checker.check("The Antares footballer made its final flight on 28 October 2014.", evidence["t/1"]).supported


def test_half_a_star_is_a_rating_of_one_half():
    kg = kgx.KnowledgeGraph.example()
    checker = ConsistencyChecker(kg)
    evidence = (kgx.Triple("user:41", "rated", "movie:1214"),)
    assert checker.check("You gave Alien just half a star.", evidence, "user:41").supported
    assert not checker.check("You gave Alien five stars.", evidence, "user:41").supported
    assert not checker.check("You gave Alien half a star.", (kgx.Triple("user:1", "rated", "movie:1214"),),
                             "user:1").supported


def test_review_fixes_a_text_ending_on_a_style_name_and_two_items_said_to_be_one():
    """A text ending on a style name with no period is checked, not a crash; "the former ... the
    latter" gaps after a first clause that does not open the sentence; "A, the B, <verb>" says two
    items are one in any sentence, not only the first."""
    checker = ConsistencyChecker(_cathedrals(), outside_evidence=True)
    assert not checker.check("Durham Cathedral is in the Romanesque", ()).supported
    assert checker.check("Durham Cathedral and Chartres Cathedral are cathedrals, and the former stands in England, "
                         "the latter France.", ()).supported
    assert not checker.check("Durham Cathedral and Chartres Cathedral are cathedrals, and the former stands in "
                             "England, the latter Finland.", ()).supported
    assert not checker.check("Durham Cathedral stands in England. Chartres Cathedral, the Durham Cathedral, "
                             "stands in France.", ()).supported
