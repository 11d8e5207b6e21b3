"""Forms read since session 52, each true text with a false twin, checked by the real checker on
small graphs declared here:

* an undertaking (an expedition, a voyage, a mission) "was led by" its leader once: that is an
  event, said with the bare participle ("the Fram expedition, led by Fridtjof Nansen") and with
  the leader's possessive ("Roald Amundsen's South Pole expedition"), as "was directed by" is; a
  past kind of it ("was a drift expedition") is its kind ("the Norge flight, an airship flight");
  elsewhere "was led by" stays a past state (no "Steve Jobs's Apple" of "was led by");
* "led", "commanded" and "mounted" put their agent before the work ("Norway's Norge flight");
* a prize (a trophy, a cup, a medal) was "first awarded / presented / contested in" its year
  ("First awarded in 1935, the Heisman Trophy ..."); nothing else is, and never without "first";
  the body that presents a prize "awards", "gives" and "hands out" it;
* a speech (an address, a lecture, a sermon) "was delivered by / in / at": it "was given" there
  and then, its speaker "gave" it; the speaker is its author ("Lincoln's Gettysburg Address",
  "In 1863 Lincoln delivered it"); after the object of a verb, a bare "at" takes the readings of
  the same verb ("was delivered by Reagan at the Brandenburg Gate", "Reagan delivered it at the
  Brandenburg Gate") as "in" did, also in an object relative clause ("Tear Down This Wall,
  which Reagan delivered at the Brandenburg Gate, was written by Peter Robinson");
* a thing "is housed in" a building: it "is / sits in / inside" it; a bell, a painting or a
  tapestry "hangs in" where it is housed, located, kept or displayed; a bell "was cast by" its
  founder, who is its maker ("Big Ben, cast in 1858, ...", "came out of" the foundry, "is the
  work of" it); a thing housed in a building "is kept / housed at" it, "a bell in" it;
* WebNLG: a count predicate ("number of members", "floor count") reads "has 19238 members",
  "has 23 floors"; a height "is 1.9 metres tall"; a style of music (a "genre" object, either end
  of "stylistic origin") is also "<style> music";
* WebNLG: the subject of a predicate of people ("birth place", "alma mater") and the object of
  one ("manager", "creator") are typed "person", places, clubs, schools ... by theirs, so "he"
  names the people and not a place named between; a name of no declared type may be anyone
  ("he" after "The United States is led by Barack Obama" is Obama too, red team 164).
* red team 164: no mission, survey, campaign or crossing is an undertaking (each also names what
  goes on); an undertaking's "led by" after "is" says the present and is not read; a prize is
  one by its type's head noun (no "shield_volcano").
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker
from kgexplain.datasets.webnlg import WebNLGEntry
from kgexplain.evaluation.webnlg import webnlg_graph


def _graph(relations, entities, rows, name):
    ents = [kgx.Entity(i, kind=k, type=t, label=label, attrs=a) for i, k, t, label, a in entities]
    return kgx.KnowledgeGraph.from_triples(rows, entities=ents, relations=relations, name=name)


def _expeditions():
    rels = [
        kgx.Relation("led_by", phrase="was led by", inverse_phrase="led", domain=("expedition",), range=("person",)),
        kgx.Relation("mounted_by", phrase="was mounted by", inverse_phrase="mounted",
                     domain=("expedition",), range=("country",)),
        kgx.Relation("explored", phrase="explored", inverse_phrase="was explored by",
                     domain=("expedition",), range=("region",)),
        kgx.Relation("has_kind", phrase="was a", inverse_phrase="is the kind of", domain=("expedition",),
                     range=("kind",)),
    ]
    entities = [
        ("x:fram", "item", "expedition", "Fram expedition", {"year": 1893}),
        ("x:south_pole", "item", "expedition", "South Pole expedition", {"year": 1910}),
        ("x:norge", "item", "expedition", "Norge flight", {"year": 1926}),
        ("p:nansen", "attribute", "person", "Fridtjof Nansen", {}),
        ("p:amundsen", "attribute", "person", "Roald Amundsen", {}),
        ("c:norway", "attribute", "country", "Norway", {}),
        ("c:italy", "attribute", "country", "Italy", {}),
        ("r:arctic", "attribute", "region", "Arctic Ocean", {}),
        ("r:antarctica", "attribute", "region", "Antarctica", {}),
        ("k:drift", "attribute", "kind", "drift expedition", {}),
        ("k:airship", "attribute", "kind", "airship flight", {}),
    ]
    rows = [("x:fram", "led_by", "p:nansen"), ("x:south_pole", "led_by", "p:amundsen"),
            ("x:norge", "led_by", "p:amundsen"), ("x:fram", "mounted_by", "c:norway"),
            ("x:norge", "mounted_by", "c:norway"), ("x:south_pole", "mounted_by", "c:norway"),
            ("x:fram", "explored", "r:arctic"),
            ("x:south_pole", "explored", "r:antarctica"), ("x:norge", "explored", "r:arctic"),
            ("x:fram", "has_kind", "k:drift"), ("x:norge", "has_kind", "k:airship")]
    return ConsistencyChecker(_graph(rels, entities, rows, "undertakings-test"), outside_evidence=True)


def _companies():
    rels = [kgx.Relation("led_by", phrase="was led by", inverse_phrase="led", domain=("company",),
                         range=("person",)),
            kgx.Relation("based_in", phrase="is based in", inverse_phrase="is home to", domain=("company",),
                         range=("city",))]
    entities = [("co:apple", "item", "company", "Apple", {"year": 1976}),
                ("p:jobs", "attribute", "person", "Steve Jobs", {}),
                ("ci:cupertino", "attribute", "city", "Cupertino", {})]
    rows = [("co:apple", "led_by", "p:jobs"), ("co:apple", "based_in", "ci:cupertino")]
    return ConsistencyChecker(_graph(rels, entities, rows, "companies-test"), outside_evidence=True)


def _trophies():
    rels = [
        kgx.Relation("presented_by", phrase="is presented by", inverse_phrase="presents",
                     domain=("trophy",), range=("organisation",)),
        kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to",
                     domain=("trophy",), range=("person",)),
        kgx.Relation("awarded_in", phrase="is awarded in", inverse_phrase="awards", domain=("trophy",),
                     range=("sport",)),
    ]
    entities = [
        ("t:heisman", "item", "trophy", "Heisman Trophy", {"year": 1935}),
        ("t:stanley", "item", "trophy", "Stanley Cup", {"year": 1893}),
        ("o:nhl", "attribute", "organisation", "National Hockey League", {}),
        ("o:trust", "attribute", "organisation", "Heisman Trophy Trust", {}),
        ("p:heisman", "attribute", "person", "John Heisman", {}),
        ("s:hockey", "attribute", "sport", "ice hockey", {}),
        ("s:football", "attribute", "sport", "college football", {}),
    ]
    rows = [("t:heisman", "presented_by", "o:trust"), ("t:stanley", "presented_by", "o:nhl"),
            ("t:heisman", "named_after", "p:heisman"), ("t:stanley", "awarded_in", "s:hockey"),
            ("t:heisman", "awarded_in", "s:football")]
    return ConsistencyChecker(_graph(rels, entities, rows, "trophies-test"), outside_evidence=True)


def _towers():
    rels = [kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("tower",),
                         range=("person",))]
    entities = [("t:eiffel", "item", "tower", "Eiffel Tower", {"year": 1889}),
                ("p:eiffel", "attribute", "person", "Gustave Eiffel", {})]
    return ConsistencyChecker(_graph(rels, entities, [("t:eiffel", "designed_by", "p:eiffel")], "towers-test"),
                              outside_evidence=True)


@pytest.fixture(scope="module")
def expeditions():
    return _expeditions()


@pytest.fixture(scope="module")
def trophies():
    return _trophies()


@pytest.mark.parametrize("true, false", [
    ("The Fram expedition, led by Fridtjof Nansen, explored the Arctic Ocean.",
     "The Fram expedition, led by Roald Amundsen, explored the Arctic Ocean."),
    ("The Fram expedition was a drift expedition led by Fridtjof Nansen.",
     "The Fram expedition was a drift expedition led by Roald Amundsen."),
    ("The South Pole expedition and the Norge flight, both led by Roald Amundsen, were mounted by Norway.",
     "The Fram expedition and the Norge flight, both led by Roald Amundsen, were mounted by Norway."),
    ("Roald Amundsen's South Pole expedition explored Antarctica.",
     "Fridtjof Nansen's South Pole expedition explored Antarctica."),
    ("Norway's Norge flight explored the Arctic Ocean.", "Italy's Norge flight explored the Arctic Ocean."),
    ("The Norge flight, an airship flight, was mounted by Norway.",
     "The Norge flight, a drift expedition, was mounted by Norway."),
    ("The Norge flight was an airship flight.", "The Fram expedition was an airship flight."),
])
def test_an_undertaking_was_led_once(expeditions, true, false):
    assert expeditions.check(true, evidence=[]).supported, true
    assert not expeditions.check(false, evidence=[]).supported, false


@pytest.mark.parametrize("false", [
    "Steve Jobs's Apple is based in Cupertino.",  # a past state is no possessive
    "Apple, led by Steve Jobs, is based in Cupertino.",  # nor a bare participle (it would say now)
])
def test_a_company_led_once_is_no_undertaking(false):
    assert not _companies().check(false, evidence=[]).supported, false


@pytest.mark.parametrize("true, false", [
    ("The Heisman Trophy was first awarded in 1935.", "The Heisman Trophy was first awarded in 1936."),
    ("The Stanley Cup, first awarded in 1893, is presented by the National Hockey League.",
     "The Stanley Cup, first awarded in 1935, is presented by the National Hockey League."),
    ("First awarded in 1935, the Heisman Trophy is named after John Heisman.",
     "First awarded in 1893, the Heisman Trophy is named after John Heisman."),
    ("The Stanley Cup was first contested in 1893.", "The Stanley Cup was awarded in 1893."),
])
def test_a_prize_is_first_awarded_in_its_year(trophies, true, false):
    assert trophies.check(true, evidence=[]).supported, true
    assert not trophies.check(false, evidence=[]).supported, false


@pytest.mark.parametrize("true, false", [
    ("The Stanley Cup is handed out by the National Hockey League.",
     "The Stanley Cup is handed out by the Heisman Trophy Trust."),
    ("The National Hockey League hands out the Stanley Cup.", "The National Hockey League hands out the Heisman Trophy."),
    ("The Heisman Trophy is awarded by the Heisman Trophy Trust.",
     "The Heisman Trophy is awarded by the National Hockey League."),
])
def test_a_prize_is_handed_out_by_who_presents_it(trophies, true, false):
    assert trophies.check(true, evidence=[]).supported, true
    assert not trophies.check(false, evidence=[]).supported, false


def test_only_a_prize_is_first_awarded():
    assert not _towers().check("The Eiffel Tower was first awarded in 1889.", evidence=[]).supported


ENTRIES = [
    WebNLGEntry("dev/p/1", "Astronaut", (("Aaron S. Daggett", "birth place", "Maine"),
                                         ("Aaron S. Daggett", "death place", "West Newton, Massachusetts")), ()),
    WebNLGEntry("dev/p/2", "SportsTeam", (("A.C. Lumezzane", "manager", "Michele Marcolini"),
                                          ("A.C. Lumezzane", "ground", "Lumezzane")), ()),
]


@pytest.fixture(scope="module")
def webnlg():
    kg, evidence = webnlg_graph(ENTRIES, name="webnlg-people-test")
    return kg, evidence, ConsistencyChecker(kg)


@pytest.mark.parametrize("key, true, false", [
    ("dev/p/1", "Aaron S. Daggett was born in Maine. He died in West Newton, Massachusetts.",
     "Aaron S. Daggett died in Maine. He was born in West Newton, Massachusetts."),
    ("dev/p/2", "Michele Marcolini is the manager of A.C. Lumezzane. He manages A.C. Lumezzane.",
     "Michele Marcolini is the manager of A.C. Lumezzane. He plays at Lumezzane."),
])
def test_webnlg_people_are_typed_by_their_predicates(webnlg, key, true, false):
    kg, evidence, checker = webnlg
    people = {kg.label(e.id) for e in kg.entities() if e.type == "person"}
    assert {"Aaron S. Daggett", "Michele Marcolini"} <= people and "Maine" not in people
    assert checker.check(true, evidence=evidence[key]).supported, true
    assert not checker.check(false, evidence=evidence[key]).supported, false


def _speeches():
    rels = [
        kgx.Relation("delivered_by", phrase="was delivered by", inverse_phrase="delivered", domain=("speech",),
                     range=("person",)),
        kgx.Relation("delivered_in", phrase="was delivered in", inverse_phrase="was the setting of",
                     domain=("speech",), range=("city",)),
        kgx.Relation("delivered_at", phrase="was delivered at", inverse_phrase="was the venue of",
                     domain=("speech",), range=("venue",)),
        kgx.Relation("written_by", phrase="was written by", inverse_phrase="wrote", domain=("speech",),
                     range=("person",)),
    ]
    entities = [
        ("s:wall", "item", "speech", "Tear Down This Wall", {"year": 1987}),
        ("s:gettysburg", "item", "speech", "Gettysburg Address", {"year": 1863}),
        ("p:reagan", "attribute", "person", "Ronald Reagan", {}),
        ("p:lincoln", "attribute", "person", "Abraham Lincoln", {}),
        ("p:robinson", "attribute", "person", "Peter Robinson", {}),
        ("c:berlin", "attribute", "city", "West Berlin", {}),
        ("c:gettysburg", "attribute", "city", "Gettysburg", {}),
        ("v:gate", "attribute", "venue", "Brandenburg Gate", {}),
        ("v:cemetery", "attribute", "venue", "Soldiers' National Cemetery", {}),
    ]
    rows = [("s:wall", "delivered_by", "p:reagan"), ("s:wall", "delivered_in", "c:berlin"),
            ("s:wall", "delivered_at", "v:gate"), ("s:wall", "written_by", "p:robinson"),
            ("s:gettysburg", "delivered_by", "p:lincoln"), ("s:gettysburg", "delivered_in", "c:gettysburg"),
            ("s:gettysburg", "delivered_at", "v:cemetery")]
    return ConsistencyChecker(_graph(rels, entities, rows, "speeches-test"), outside_evidence=True)


@pytest.mark.parametrize("true, false", [
    ("Abraham Lincoln gave the Gettysburg Address.", "Ronald Reagan gave the Gettysburg Address."),
    ("Tear Down This Wall was given in West Berlin.", "Tear Down This Wall was given in Gettysburg."),
    ("Tear Down This Wall was delivered by Ronald Reagan at the Brandenburg Gate.",
     "Tear Down This Wall was delivered by Ronald Reagan at Soldiers' National Cemetery."),
    ("Ronald Reagan delivered Tear Down This Wall at the Brandenburg Gate.",
     "Ronald Reagan delivered Tear Down This Wall at Soldiers' National Cemetery."),
    ("Abraham Lincoln's Gettysburg Address was delivered in Gettysburg.",
     "Ronald Reagan's Gettysburg Address was delivered in Gettysburg."),
    ("In 1987 Ronald Reagan delivered Tear Down This Wall.", "In 1863 Ronald Reagan delivered Tear Down This Wall."),
    ("Abraham Lincoln delivered the Gettysburg Address in 1863.",
     "Abraham Lincoln delivered the Gettysburg Address in 1864."),
    ("Tear Down This Wall, which Ronald Reagan delivered at the Brandenburg Gate, was written by Peter Robinson.",
     "Tear Down This Wall, which Ronald Reagan delivered at Soldiers' National Cemetery, was written by Peter "
     "Robinson."),
    ("Tear Down This Wall, which Ronald Reagan delivered in West Berlin, was written by Peter Robinson.",
     "Tear Down This Wall, which Abraham Lincoln delivered in West Berlin, was written by Peter Robinson."),
    ("The Gettysburg Address, which Abraham Lincoln delivered in Gettysburg, is a speech.",
     "The Gettysburg Address, which Abraham Lincoln delivered in Gettysburg, was written by Peter Robinson."),
])
def test_a_speech_is_given_by_its_speaker(true, false):
    checker = _speeches()
    assert checker.check(true, evidence=[]).supported, true
    assert not checker.check(false, evidence=[]).supported, false


def _bells(type_="bell"):
    rels = [
        kgx.Relation("cast_by", phrase="was cast by", inverse_phrase="cast", domain=(type_,), range=("foundry",)),
        kgx.Relation("housed_in", phrase="is housed in", inverse_phrase="houses", domain=(type_,),
                     range=("building",)),
    ]
    entities = [
        ("b:big_ben", "item", type_, "Big Ben", {"year": 1858}),
        ("b:great_tom", "item", type_, "Great Tom", {"year": 1680}),
        ("f:whitechapel", "attribute", "foundry", "Whitechapel Bell Foundry", {}),
        ("f:wightman", "attribute", "foundry", "Wightman Foundry", {}),
        ("h:elizabeth", "attribute", "building", "Elizabeth Tower", {}),
        ("h:tom", "attribute", "building", "Tom Tower", {}),
    ]
    rows = [("b:big_ben", "cast_by", "f:whitechapel"), ("b:big_ben", "housed_in", "h:elizabeth"),
            ("b:great_tom", "cast_by", "f:wightman"), ("b:great_tom", "housed_in", "h:tom")]
    return ConsistencyChecker(_graph(rels, entities, rows, f"{type_}s-test"), outside_evidence=True)


@pytest.mark.parametrize("true, false", [
    ("Big Ben came out of the Whitechapel Bell Foundry.", "Big Ben came out of the Wightman Foundry."),
    ("Great Tom is the work of the Wightman Foundry.", "Great Tom is the work of the Whitechapel Bell Foundry."),
    ("Great Tom is kept at Tom Tower.", "Great Tom is kept at Elizabeth Tower."),
    ("Great Tom hangs in Tom Tower.", "Great Tom hangs in Elizabeth Tower."),
    ("Big Ben sits inside Elizabeth Tower.", "Big Ben sits inside Tom Tower."),
    ("Big Ben, cast in 1858, hangs in Elizabeth Tower.", "Big Ben, cast in 1680, hangs in Elizabeth Tower."),
    ("The Whitechapel Bell Foundry's Big Ben is in Elizabeth Tower.",
     "The Wightman Foundry's Big Ben is in Elizabeth Tower."),
])
def test_a_bell_hangs_where_it_is_housed(true, false):
    checker = _bells()
    assert checker.check(true, evidence=[]).supported, true
    assert not checker.check(false, evidence=[]).supported, false


def test_only_what_hangs_hangs():
    checker = _bells("engine")  # (an engine is housed in a building; it does not hang there)
    assert checker.check("Big Ben is housed in Elizabeth Tower.", evidence=[]).supported
    assert not checker.check("Big Ben hangs in Elizabeth Tower.", evidence=[]).supported


COUNTS = [WebNLGEntry("dev/c/1", "SportsTeam", (("A.S. Livorno Calcio", "number of members", "19238"),), ()),
          WebNLGEntry("dev/c/4", "Artist", (("Aaron Deer", "genre", "Psychedelia"),
                                            ("Aaron Deer", "birth place", "Indianapolis")), ()),
          WebNLGEntry("dev/c/2", "Building", (("103 Colmore Row", "floor count", "23"),), ()),
          WebNLGEntry("dev/c/3", "Athlete", (("Alex Plante", "height", "1.9304"),), ())]


@pytest.mark.parametrize("key, true, false", [
    ("dev/c/1", "A.S. Livorno Calcio has 19238 members.", "A.S. Livorno Calcio has 19239 members."),
    ("dev/c/2", "103 Colmore Row has 23 floors.", "103 Colmore Row has 23 members."),
    ("dev/c/3", "Alex Plante is 1.9304 metres tall.", "Alex Plante is 1.9304 metres long."),
    ("dev/c/4", "Aaron Deer performs psychedelia music.", "Aaron Deer performs Indianapolis music."),
])
def test_webnlg_counts_and_heights(key, true, false):
    kg, evidence = webnlg_graph(COUNTS, name="webnlg-counts-test")
    checker = ConsistencyChecker(kg)
    assert checker.check(true, evidence=evidence[key]).supported, true
    assert not checker.check(false, evidence=evidence[key]).supported, false


def test_an_untyped_name_may_be_the_person():
    entries = [WebNLGEntry("dev/q/1", "Astronaut", (("Alan Bean", "birth place", "Wheeler, Texas"),
                                                    ("United States", "leader", "Barack Obama")), ())]
    kg, evidence = webnlg_graph(entries, name="webnlg-untyped-test")
    checker = ConsistencyChecker(kg)
    assert checker.check("Alan Bean was born in Wheeler, Texas. He was born in Wheeler, Texas.",
                         evidence=evidence["dev/q/1"]).supported
    assert not checker.check("Alan Bean was born in Wheeler, Texas. The United States is led by Barack Obama. "
                             "He was born in Wheeler, Texas.", evidence=evidence["dev/q/1"]).supported


@pytest.mark.parametrize("false", [
    "The Fram expedition is led by Fridtjof Nansen.",
    "The Fram expedition is now led by Fridtjof Nansen.",
    "The Fram expedition, which is led by Fridtjof Nansen, explored the Arctic Ocean.",
])
def test_an_undertaking_is_not_led_now(expeditions, false):
    assert not expeditions.check(false, evidence=[]).supported, false


def test_a_mission_is_no_undertaking():
    rels = [kgx.Relation("run_by", phrase="was run by", inverse_phrase="ran", domain=("mission",),
                         range=("order",)),
            kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("mission",),
                         range=("city",))]
    entities = [("m:dolores", "item", "mission", "Mission Dolores", {"year": 1776}),
                ("o:franciscans", "attribute", "order", "Franciscans", {}),
                ("c:sf", "attribute", "city", "San Francisco", {})]
    rows = [("m:dolores", "run_by", "o:franciscans"), ("m:dolores", "located_in", "c:sf")]
    checker = ConsistencyChecker(_graph(rels, entities, rows, "missions-test"), outside_evidence=True)
    assert checker.check("Mission Dolores was run by the Franciscans.", evidence=[]).supported
    assert not checker.check("Mission Dolores, run by the Franciscans, is located in San Francisco.",
                             evidence=[]).supported


def test_a_prize_by_its_head_noun():
    rels = [kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                         domain=("shield_volcano",), range=("state",))]
    entities = [("v:mauna_loa", "item", "shield_volcano", "Mauna Loa", {"year": 1843}),
                ("s:hawaii", "attribute", "state", "Hawaii", {})]
    checker = ConsistencyChecker(_graph(rels, entities, [("v:mauna_loa", "located_in", "s:hawaii")], "volcano-test"),
                                 outside_evidence=True)
    assert not checker.check("First awarded in 1843, Mauna Loa is located in Hawaii.", evidence=[]).supported


def test_a_casting_director_made_nothing():
    rels = [kgx.Relation("cast_by", phrase="was cast by", inverse_phrase="cast", domain=("film",),
                         range=("person",)),
            kgx.Relation("directed_by", phrase="was directed by", inverse_phrase="directed", domain=("film",),
                         range=("person",))]
    entities = [("f:godfather", "item", "film", "The Godfather", {"year": 1972}),
                ("p:roos", "attribute", "person", "Fred Roos", {}),
                ("p:coppola", "attribute", "person", "Francis Ford Coppola", {})]
    rows = [("f:godfather", "cast_by", "p:roos"), ("f:godfather", "directed_by", "p:coppola")]
    checker = ConsistencyChecker(_graph(rels, entities, rows, "casting-test"), outside_evidence=True)
    assert checker.check("The Godfather was cast by Fred Roos.", evidence=[]).supported
    for false in ("Fred Roos's The Godfather was directed by Francis Ford Coppola.", "The Godfather was cast in 1972.",
                  "The Godfather is the work of Fred Roos."):
        assert not checker.check(false, evidence=[]).supported, false


def test_webnlg_a_number_with_a_unit_is_its_predicates():
    entries = [WebNLGEntry("dev/n/1", "University", (("AIT", "academic staff size", "500"),
                                                     ("AIT", "number of postgraduate students", "700")), ()),
               WebNLGEntry("dev/n/2", "University", (("Decembrie University", "academic staff size", "700"),), ())]
    kg, evidence = webnlg_graph(entries, name="webnlg-units-test")
    checker = ConsistencyChecker(kg)
    assert checker.check("AIT has 700 postgraduate students.", evidence=evidence["dev/n/1"]).supported
    assert checker.check("Decembrie University has 700 staff.", evidence=evidence["dev/n/2"]).supported
    assert not checker.check("AIT has 700 staff.", evidence=evidence["dev/n/1"]).supported
    assert not checker.check("Decembrie University has 700 postgraduate students.",
                             evidence=evidence["dev/n/2"]).supported


def test_a_cup_the_graph_does_not_award_is_no_prize():
    rels = [kgx.Relation("made_by", phrase="was made by", inverse_phrase="made", domain=("cup",),
                         range=("silversmith",))]
    entities = [("c:warwick", "item", "cup", "Warwick Cup", {"year": 1750}),
                ("s:lamerie", "attribute", "silversmith", "Paul de Lamerie", {})]
    checker = ConsistencyChecker(_graph(rels, entities, [("c:warwick", "made_by", "s:lamerie")], "cups-test"),
                                 outside_evidence=True)
    assert checker.check("The Warwick Cup was made by Paul de Lamerie in 1750.", evidence=[]).supported
    assert not checker.check("The Warwick Cup was first awarded in 1750.", evidence=[]).supported


def test_leading_a_company_dates_nothing():
    checker = _companies()
    assert not checker.check("Apple was led by Steve Jobs in 1976.", evidence=[]).supported
    assert not checker.check("Apple is a Steve Jobs company.", evidence=[]).supported
