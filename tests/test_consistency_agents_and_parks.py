"""Who is named before a work, and where it was made: an agent that neither made nor offers a work
(a magazine that reviewed a game, a board that banned a film) is not its kind, owner or source
("an IGN game", "a film from the Irish Film Censor"), and a writer did not write a song at the
studio where it was recorded; each with its true twin, on graphs declared in code with phrases
only, as a new user would declare them."""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

R, E = kgx.Relation, kgx.Entity


def _build(items: dict, others: dict, relations: list, triples: list) -> kgx.KnowledgeGraph:
    ents = [E(k, kind="item", type=t, label=n, attrs={"year": y}) for k, (t, n, y) in items.items()]
    ents += [E(k, type=t, label=n) for k, (t, n) in others.items()]
    return kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=relations)


def _games() -> kgx.KnowledgeGraph:
    rels = [R("developed_by", phrase="was developed by", inverse_phrase="developed"),
            R("reviewed_by", phrase="was reviewed by", inverse_phrase="reviewed"),
            R("distributed_by", phrase="is distributed by", inverse_phrase="distributes"),
            R("genre", phrase="belongs to the genre", inverse_phrase="is the genre of")]
    items = {"g:celeste": ("game", "Celeste", 2018), "g:hk": ("game", "Hollow Knight", 2017)}
    others = {"d:mmg": ("developer", "Maddy Makes Games"), "d:cherry": ("developer", "Team Cherry"),
              "r:ign": ("magazine", "IGN"), "r:edge": ("magazine", "Edge"),
              "s:steam": ("store", "Steam"), "x:plat": ("genre", "platformer"), "x:metroid": ("genre", "metroidvania")}
    triples = [("g:celeste", "developed_by", "d:mmg"), ("g:celeste", "reviewed_by", "r:ign"),
               ("g:celeste", "genre", "x:plat"), ("g:celeste", "distributed_by", "s:steam"),
               ("g:hk", "developed_by", "d:cherry"), ("g:hk", "reviewed_by", "r:edge"), ("g:hk", "genre", "x:metroid")]
    return _build(items, others, rels, triples)


def _songs() -> kgx.KnowledgeGraph:
    rels = [R("written_by", phrase="was written by", inverse_phrase="wrote"),
            R("produced_by", phrase="was produced by", inverse_phrase="produced"),
            R("recorded_at", phrase="was recorded at", inverse_phrase="was the studio for")]
    items = {"t:respect": ("song", "Respect", 1967), "t:jolene": ("song", "Jolene", 1973)}
    others = {"p:otis": ("singer", "Otis Redding"), "p:wexler": ("producer", "Jerry Wexler"),
              "p:dolly": ("singer", "Dolly Parton"), "p:bob": ("producer", "Bob Ferguson"),
              "s:atl": ("studio", "Atlantic Studios"), "s:rca": ("studio", "RCA Studio B")}
    triples = [("t:respect", "written_by", "p:otis"), ("t:respect", "produced_by", "p:wexler"),
               ("t:respect", "recorded_at", "s:atl"), ("t:jolene", "written_by", "p:dolly"),
               ("t:jolene", "produced_by", "p:bob"), ("t:jolene", "recorded_at", "s:rca")]
    return _build(items, others, rels, triples)


@pytest.fixture(scope="module")
def games() -> ConsistencyChecker:
    return ConsistencyChecker(_games(), outside_evidence=True).build()


@pytest.fixture(scope="module")
def songs() -> ConsistencyChecker:
    return ConsistencyChecker(_songs(), outside_evidence=True).build()


def _says(checker: ConsistencyChecker, text: str, user: str | None = None) -> bool:
    return checker.check(text, (), user).supported


@pytest.mark.parametrize("text", [
    "Celeste is an IGN game.",  # reviewed by IGN: a reviewer is not the game's kind or maker
    "Celeste is an IGN platformer.",
    "Hollow Knight is an Edge game.",
    "Celeste is a platformer from IGN.",  # nor where it comes from
    "Hollow Knight is a game from Team Cherry, reviewed by IGN.",
])
def test_a_reviewer_is_no_kind_maker_or_source_of_a_game(games, text):
    assert not _says(games, text)


@pytest.mark.parametrize("text", [
    "Celeste is a platformer.",
    "Celeste is a Maddy Makes Games platformer.",  # its developer
    "Hollow Knight is a metroidvania from Team Cherry.",
    "Celeste is a game from Steam.",  # its distributor offers it
    "Celeste is a platformer reviewed by IGN.",  # the reviewer said with its own verb
])
def test_a_maker_or_distributor_before_or_after_the_kind_is_read(games, text):
    assert _says(games, text)


@pytest.mark.parametrize("text, true", [
    ("Respect was written by Otis Redding at Atlantic Studios.", False),  # recorded there, not written
    ("Otis Redding wrote Respect at Atlantic Studios.", False),
    ("Dolly Parton wrote Jolene at RCA Studio B.", False),
    ("Jerry Wexler produced Respect at Atlantic Studios.", True),  # a producer makes it where it is recorded
    ("Respect was produced by Jerry Wexler at Atlantic Studios.", True),
    ("Jolene was produced by Bob Ferguson at Atlantic Studios.", False),
    ("Respect was recorded at Atlantic Studios.", True),
])
def test_a_song_is_written_nowhere_the_graph_says(songs, text, true):
    assert _says(songs, text) is true


def _parks() -> kgx.KnowledgeGraph:
    rels = [R("located_in", phrase="is located in", inverse_phrase="contains"),
            R("managed_by", phrase="is managed by", inverse_phrase="manages"),
            R("has_landmark", phrase="has the landmark", inverse_phrase="is a landmark of"),
            R("home_to", phrase="is home to", inverse_phrase="lives in")]
    items = {"p:yellowstone": ("park", "Yellowstone National Park", 1872),
             "p:denali": ("park", "Denali National Park", 1917),
             "p:yosemite": ("park", "Yosemite National Park", 1890)}
    others = {"r:wyoming": ("region", "Wyoming"), "r:alaska": ("region", "Alaska"), "r:ca": ("region", "California"),
              "a:nps": ("agency", "National Park Service"), "a:state": ("agency", "Alaska State Parks"),
              "l:faithful": ("landmark", "Old Faithful"), "l:half_dome": ("landmark", "Half Dome"),
              "w:wolf": ("animal", "gray wolf"), "w:bison": ("animal", "bison"), "w:caribou": ("animal", "caribou"),
              "w:bear": ("animal", "black bear")}
    triples = [("p:yellowstone", "located_in", "r:wyoming"), ("p:denali", "located_in", "r:alaska"),
               ("p:yosemite", "located_in", "r:ca"), ("p:yellowstone", "managed_by", "a:nps"),
               ("p:denali", "managed_by", "a:nps"), ("p:yosemite", "managed_by", "a:nps"),
               ("p:yellowstone", "has_landmark", "l:faithful"), ("p:yosemite", "has_landmark", "l:half_dome"),
               ("p:yellowstone", "home_to", "w:wolf"), ("p:yellowstone", "home_to", "w:bison"),
               ("p:denali", "home_to", "w:wolf"), ("p:denali", "home_to", "w:caribou"),
               ("p:yosemite", "home_to", "w:bear")]
    return _build(items, others, rels, triples)


@pytest.fixture(scope="module")
def parks() -> ConsistencyChecker:
    return ConsistencyChecker(_parks(), outside_evidence=True).build()


@pytest.mark.parametrize("true, false", [
    ("Yellowstone National Park is home to bison and gray wolves.",  # a plural of its own
     "Yosemite National Park is home to bison and gray wolves."),
    ("Denali National Park has caribou.", "Yosemite National Park has caribou."),
    ("Denali National Park and Yellowstone National Park both have gray wolves.",
     "Denali National Park and Yosemite National Park both have gray wolves."),
    ("Caribou roam Denali National Park.", "Caribou roam Yellowstone National Park."),
    ("Gray wolves are found in Yellowstone National Park.", "Black bears are found in Yellowstone National Park."),
    ("Yosemite National Park shelters black bears.", "Denali National Park shelters black bears."),
    ("Bison live in Yellowstone National Park.", "Bison live in Denali National Park."),
])
def test_the_animals_a_park_is_home_to(parks, true, false):
    assert _says(parks, true)
    assert not _says(parks, false)


@pytest.mark.parametrize("true, false", [
    ("Half Dome stands in Yosemite National Park.", "Half Dome stands in Yellowstone National Park."),
    ("Old Faithful is in Yellowstone National Park.", "Old Faithful is in Yosemite National Park."),
    ("Yosemite National Park includes Half Dome.", "Yellowstone National Park includes Half Dome."),
    ("Denali National Park is looked after by the National Park Service.",
     "Denali National Park is looked after by Alaska State Parks."),
    ("The National Park Service oversees Yosemite National Park.",
     "Alaska State Parks oversees Yosemite National Park."),
])
def test_landmarks_in_a_park_and_who_looks_after_it(parks, true, false):
    assert _says(parks, true)
    assert not _says(parks, false)


@pytest.mark.parametrize("text", [
    "Wyoming has bison.",  # a region has no animal of the graph's
    "Gray wolves roam Wyoming.",
    "Old Faithful stands in Wyoming.",  # (true in the world; the graph says no such thing)
    "Yellowstone National Park has Wyoming.",
    "Bison manage Yellowstone National Park.",
])
def test_no_animal_or_landmark_reading_outside_its_relation(parks, text):
    assert not _says(parks, text)


def _novels_and_singles() -> kgx.KnowledgeGraph:
    rels = [R("written_by", phrase="is written by", inverse_phrase="wrote"),
            R("published_by", phrase="is published by", inverse_phrase="publishes"),
            R("won", phrase="won", inverse_phrase="was awarded to"),
            R("part_of", phrase="is part of", inverse_phrase="includes"),
            R("sung_by", phrase="is sung by", inverse_phrase="sings"),
            R("released_by", phrase="was released by", inverse_phrase="released")]
    items = {"n:wolf": ("novel", "Wolf Hall", 2009), "n:bodies": ("novel", "Bring Up the Bodies", 2012),
             "n:never": ("novel", "Never Let Me Go", 2005),
             "s:lights": ("song", "Blinding Lights", 2019), "s:lucky": ("song", "Get Lucky", 2013)}
    others = {"a:mantel": ("author", "Hilary Mantel"), "a:ishiguro": ("author", "Kazuo Ishiguro"),
              "p:faber": ("publisher", "Faber & Faber"), "p:fourth": ("publisher", "Fourth Estate"),
              "z:booker": ("prize", "Booker Prize"), "z:costa": ("prize", "Costa Book Award"),
              "x:trilogy": ("series", "Wolf Hall trilogy"),
              "m:weeknd": ("musician", "The Weeknd"), "m:daft": ("musician", "Daft Punk"),
              "l:republic": ("record label", "Republic Records"), "l:columbia": ("record label", "Columbia Records")}
    triples = [("n:wolf", "written_by", "a:mantel"), ("n:bodies", "written_by", "a:mantel"),
               ("n:never", "written_by", "a:ishiguro"), ("n:wolf", "published_by", "p:fourth"),
               ("n:bodies", "published_by", "p:fourth"), ("n:never", "published_by", "p:faber"),
               ("n:wolf", "won", "z:booker"), ("n:bodies", "won", "z:booker"), ("n:bodies", "won", "z:costa"),
               ("n:wolf", "part_of", "x:trilogy"), ("n:bodies", "part_of", "x:trilogy"),
               ("s:lights", "sung_by", "m:weeknd"), ("s:lights", "released_by", "l:republic"),
               ("s:lucky", "sung_by", "m:daft"), ("s:lucky", "released_by", "l:columbia")]
    return _build(items, others, rels, triples)


@pytest.fixture(scope="module")
def novels() -> ConsistencyChecker:
    return ConsistencyChecker(_novels_and_singles(), outside_evidence=True).build()


@pytest.mark.parametrize("true, false", [
    ("Wolf Hall took the Booker Prize.", "Never Let Me Go took the Booker Prize."),
    ("Bring Up the Bodies picked up the Costa Book Award.", "Wolf Hall picked up the Costa Book Award."),
    ("Wolf Hall and Bring Up the Bodies were each awarded the Booker Prize.",
     "Wolf Hall and Never Let Me Go were each awarded the Booker Prize."),
    ("Bring Up the Bodies received the Costa Book Award.", "Never Let Me Go received the Costa Book Award."),
    ("Bring Up the Bodies belongs to the Wolf Hall trilogy.", "Never Let Me Go belongs to the Wolf Hall trilogy."),
    ("Wolf Hall and Bring Up the Bodies both belong to the Wolf Hall trilogy.",
     "Wolf Hall and Never Let Me Go both belong to the Wolf Hall trilogy."),
    ("Never Let Me Go was brought out by Faber & Faber.", "Wolf Hall was brought out by Faber & Faber."),
    ("Blinding Lights came out on Republic Records.", "Blinding Lights came out on Columbia Records."),
    ("Get Lucky was released on Columbia Records in 2013.", "Get Lucky was released on Columbia Records in 2012."),
])
def test_prizes_series_publishers_and_labels_in_other_words(novels, true, false):
    assert _says(novels, true)
    assert not _says(novels, false)


@pytest.mark.parametrize("text", [
    "Hilary Mantel took the Booker Prize.",  # the novel won it, not its author (no such edge)
    "Wolf Hall took Hilary Mantel.",
    "Faber & Faber took the Booker Prize.",
    "Never Let Me Go came out on Faber & Faber.",  # a publisher is no record label
    "Wolf Hall picked up Fourth Estate.",
])
def test_winning_words_need_a_prize_and_label_words_a_label(novels, text):
    assert not _says(novels, text)


def _not_habitats() -> kgx.KnowledgeGraph:
    """Relations to animals and lakes that are no habitat or feature (red team 100), and a verb
    of managing with an instrument."""
    rels = [R("serves", phrase="serves", inverse_phrase="is served at"),
            R("overlooks", phrase="overlooks", inverse_phrase="is overlooked by"),
            R("managed_with", phrase="is managed with", inverse_phrase="manages")]
    items = {"r:zen": ("restaurant", "Sushi Zen", 2001), "h:villa": ("hotel", "Villa d'Este", 1873),
             "c:asthma": ("condition", "Asthma", 1900)}
    others = {"f:salmon": ("fish", "salmon"), "l:como": ("lake", "Lake Como"), "d:salb": ("drug", "salbutamol")}
    triples = [("r:zen", "serves", "f:salmon"), ("h:villa", "overlooks", "l:como"), ("c:asthma", "managed_with", "d:salb")]
    return _build(items, others, rels, triples)


@pytest.mark.parametrize("text", [
    "Salmon live in Sushi Zen.", "Sushi Zen shelters salmon.", "Lake Como is in Villa d'Este.",
    "Villa d'Este contains Lake Como.", "Asthma is run by salbutamol.", "Asthma is overseen by salbutamol.",
])
def test_no_habitat_feature_or_manager_words_where_the_relation_means_otherwise(text):
    checker = ConsistencyChecker(_not_habitats(), outside_evidence=True).build()
    assert not _says(checker, text)
    assert _says(checker, "Sushi Zen serves salmon.")


def _kits() -> kgx.KnowledgeGraph:
    rels = [R("home_ground", phrase="plays its home games at", inverse_phrase="is the home ground of"),
            R("kit_by", phrase="wears kits made by", inverse_phrase="makes the kits of")]
    items = {"c:arsenal": ("club", "Arsenal", 1886), "c:everton": ("club", "Everton", 1878)}
    others = {"s:emirates": ("stadium", "Emirates Stadium"), "s:goodison": ("stadium", "Goodison Park"),
              "k:adidas": ("kit_maker", "adidas"), "k:castore": ("kit_maker", "Castore")}
    triples = [("c:arsenal", "home_ground", "s:emirates"), ("c:everton", "home_ground", "s:goodison"),
               ("c:arsenal", "kit_by", "k:adidas"), ("c:everton", "kit_by", "k:castore")]
    return _build(items, others, rels, triples)


@pytest.mark.parametrize("true, false", [
    ("Arsenal play their home matches at the Emirates Stadium.", "Everton play their home matches at the Emirates Stadium."),
    ("Arsenal wear adidas.", "Everton wear adidas."),
    ("Everton wore Castore.", "Arsenal wore Castore."),
])
def test_home_matches_and_a_kit_maker_worn(true, false):
    checker = ConsistencyChecker(_kits(), outside_evidence=True).build()
    assert _says(checker, true)
    assert not _says(checker, false)
    assert not _says(checker, "Arsenal wear the Emirates Stadium.")


@pytest.mark.parametrize("true, false", [
    ("Celeste is a platformer released in 2018.", "Celeste is a platformer released in 2017."),
    ("Hollow Knight is a metroidvania released in 2017.", "Hollow Knight is a platformer released in 2017."),
])
def test_a_genre_without_its_kind_noun_then_a_year(games, true, false):
    assert _says(games, true)
    assert not _says(games, false)


@pytest.mark.parametrize("phrase, inverse, obj_type, text", [
    ("is free of", "is absent from", "animal", "Ireland has snakes."),  # a verb of its own: no "has"
    ("is free of", "is absent from", "animal", "Ireland is an island with snakes."),
    ("was once home to", "once lived in", "animal", "Snakes live in Ireland."),  # no habitat now
    ("is no longer home to", "no longer lives in", "animal", "Ireland has snakes."),
    ("has applied for", "was applied for by", "trophy", "Ireland has snakes."),
    ("had the landmark", "was a landmark of", "landmark", "Ireland has snakes."),  # a past state
    ("had the landmark", "was a landmark of", "landmark", "Snakes stand in Ireland."),
    ("has a view of", "is seen from", "landmark", "Snakes stand in Ireland."),
    ("was not released by", "did not release", "record label", "Ireland came out on snakes."),
])
def test_past_negated_and_other_verbs_get_no_habitat_feature_or_label_words(phrase, inverse, obj_type, text):
    """Red team 101: the new words need the relation worded in so many words, not one word of it."""
    rels = [R("rel", phrase=phrase, inverse_phrase=inverse)]
    ents = [E("i:ie", kind="item", type="island", label="Ireland"), E("o:snake", type=obj_type, label="snakes")]
    kg = kgx.KnowledgeGraph.from_triples([("i:ie", "rel", "o:snake")], entities=ents, relations=rels)
    assert not _says(ConsistencyChecker(kg, outside_evidence=True).build(), text)


def _series() -> kgx.KnowledgeGraph:
    rels = [R("airs_on", phrase="airs on", inverse_phrase="airs"),
            R("created_by", phrase="was created by", inverse_phrase="created"),
            R("stars", phrase="stars", inverse_phrase="plays the lead in"),
            R("country", phrase="is from", inverse_phrase="is the home of"),
            R("has_genre", phrase="has genre", inverse_phrase="is the genre of")]
    items = {"s:wire": ("series", "The Wire", 2002), "s:crown": ("series", "The Crown", 2016)}
    others = {"n:hbo": ("network", "HBO"), "n:netflix": ("network", "Netflix"),
              "p:simon": ("person", "David Simon"), "p:morgan": ("person", "Peter Morgan"),
              "p:elba": ("person", "Idris Elba"), "p:foy": ("person", "Claire Foy"),
              "c:us": ("country", "United States"), "c:uk": ("country", "United Kingdom"),
              "g:crime": ("genre", "crime drama"), "g:hist": ("genre", "historical drama")}
    triples = [("s:wire", "airs_on", "n:hbo"), ("s:wire", "created_by", "p:simon"), ("s:wire", "stars", "p:elba"),
               ("s:wire", "country", "c:us"), ("s:wire", "has_genre", "g:crime"),
               ("s:crown", "airs_on", "n:netflix"), ("s:crown", "created_by", "p:morgan"),
               ("s:crown", "stars", "p:foy"), ("s:crown", "country", "c:uk"), ("s:crown", "has_genre", "g:hist")]
    return _build(items, others, rels, triples)


@pytest.fixture(scope="module")
def series() -> ConsistencyChecker:
    return ConsistencyChecker(_series(), outside_evidence=True).build()


@pytest.mark.parametrize("true, false", [
    ("Idris Elba stars in The Wire.", "Claire Foy stars in The Wire."),  # whatever the inverse phrase says
    ("Claire Foy appears in The Crown.", "Idris Elba appears in The Crown."),
    ("Claire Foy leads The Crown.", "Idris Elba leads The Crown."),  # the phrase says "the lead"
    ("Claire Foy heads the cast of The Crown.", "Claire Foy heads the cast of The Wire."),
    ("The Wire premiered in 2002.", "The Crown premiered in 2002."),  # a series from a country is no club
    ("The Wire is an HBO crime drama.", "The Crown is an HBO historical drama."),  # "airs on": the network first
    ("The Crown streams on Netflix.", "The Wire streams on Netflix."),
    ("The Wire first aired in 2002 on HBO.", "The Wire first aired in 2003 on HBO."),
])
def test_series_wording(series, true, false):
    assert _says(series, true)
    assert not _says(series, false)


def test_leads_needs_a_phrase_of_the_lead():
    rels = [R("appears_in", phrase="appears in", inverse_phrase="features")]
    ents = [E("s:wire", kind="item", type="series", label="The Wire"), E("p:elba", type="person", label="Idris Elba")]
    kg = kgx.KnowledgeGraph.from_triples([("p:elba", "appears_in", "s:wire")], entities=ents, relations=rels)
    checker = ConsistencyChecker(kg, outside_evidence=True).build()
    assert _says(checker, "Idris Elba appears in The Wire.")
    assert not _says(checker, "Idris Elba leads The Wire.")
    assert not _says(checker, "Idris Elba heads the cast of The Wire.")


def _wines() -> kgx.KnowledgeGraph:
    rels = [R("produced_by", phrase="is produced by", inverse_phrase="produces"),
            R("made_from", phrase="is made from", inverse_phrase="is used in"),
            R("winemaker", phrase="was crafted by", inverse_phrase="crafted")]
    items = {"w:ridge": ("wine", "Ridgeline Zinfandel", 2018), "w:clos": ("wine", "Clos Saint-Vincent", 2015)}
    others = {"y:ridge": ("winery", "Ridge Hollow Cellars"), "y:clos": ("winery", "Domaine Lefèvre"),
              "g:zin": ("grape", "Zinfandel"), "g:pinot": ("grape", "Pinot Noir"),
              "m:henri": ("winemaker", "Henri Lefèvre"), "m:ana": ("winemaker", "Ana Ruiz")}
    triples = [("w:ridge", "produced_by", "y:ridge"), ("w:ridge", "made_from", "g:zin"), ("w:ridge", "winemaker", "m:ana"),
               ("w:clos", "produced_by", "y:clos"), ("w:clos", "made_from", "g:pinot"), ("w:clos", "winemaker", "m:henri")]
    return _build(items, others, rels, triples)


@pytest.mark.parametrize("true, false", [
    # "is made from" a grape says what the wine is made of: "made by" may still name its makers
    ("Ridge Hollow Cellars makes Ridgeline Zinfandel.", "Ridge Hollow Cellars makes Clos Saint-Vincent."),
    ("Clos Saint-Vincent is made by Domaine Lefèvre.", "Clos Saint-Vincent is made by Ridge Hollow Cellars."),
    ("Henri Lefèvre made Clos Saint-Vincent.", "Ana Ruiz made Clos Saint-Vincent."),
    ("Ridgeline Zinfandel is made from Zinfandel.", "Ridgeline Zinfandel is made by Zinfandel."),
])
def test_made_by_a_winery_or_winemaker_beside_made_from_a_grape(true, false):
    checker = ConsistencyChecker(_wines(), outside_evidence=True).build()
    assert _says(checker, true)
    assert not _says(checker, false)


@pytest.mark.parametrize("true, false", [
    ("Ana Ruiz is behind Ridgeline Zinfandel.", "Henri Lefèvre is behind Ridgeline Zinfandel."),  # "crafted"
    ("Zinfandel goes into Ridgeline Zinfandel.", "Pinot Noir goes into Ridgeline Zinfandel."),  # "is used in"
])
def test_the_winemaker_behind_a_wine_and_the_grape_that_goes_into_it(true, false):
    rels = [R("used_in", phrase="is used in", inverse_phrase="is made from"),
            R("winemaker", phrase="was crafted by", inverse_phrase="crafted")]
    ents = [E("w:ridge", kind="item", type="wine", label="Ridgeline Zinfandel"),
            E("g:zin", type="grape", label="Zinfandel"), E("g:pinot", type="grape", label="Pinot Noir"),
            E("m:ana", type="winemaker", label="Ana Ruiz"), E("m:henri", type="winemaker", label="Henri Lefèvre")]
    kg = kgx.KnowledgeGraph.from_triples([("g:zin", "used_in", "w:ridge"), ("w:ridge", "winemaker", "m:ana")],
                                         entities=ents, relations=rels)
    checker = ConsistencyChecker(kg, outside_evidence=True).build()
    assert _says(checker, true)
    assert not _says(checker, false)


@pytest.mark.parametrize("phrase, inverse, head_type, tail_type, text", [
    # red team 102: each new wording needs the relation it was written for
    ("is produced by", "produces", "play", "producer", "The Prosecution made The Knife."),  # a theatre producer
    ("owns cars made by", "makes the cars of", "collector", "company", "Jay Leno owns Bugatti."),
    ("sells fakes made by", "makes the goods faked at", "market", "company", "Canal Street sells Gucci."),
    ("is the lead in", "has the lead", "rider", "race", "Ineos heads the cast of Tour."),
    ("stars", "is starred by", "user", "repository", "kgexplain stars in Alice."),
    ("broadcasts to", "is reached by", "station", "country", "Nigeria's BBC World Service airs to Nigeria."),
])
def test_new_words_need_the_relation_they_were_written_for(phrase, inverse, head_type, tail_type, text):
    names = {"play": "The Knife", "collector": "Jay Leno", "market": "Canal Street", "rider": "Ineos",
             "user": "Alice", "station": "BBC World Service"}
    objects = {"play": "The Prosecution", "collector": "Bugatti", "market": "Gucci", "rider": "Tour",
               "user": "kgexplain", "station": "Nigeria"}
    rels = [R("rel", phrase=phrase, inverse_phrase=inverse)]
    ents = [E("h:1", kind="item", type=head_type, label=names[head_type]),
            E("t:1", type=tail_type, label=objects[head_type])]
    kg = kgx.KnowledgeGraph.from_triples([("h:1", "rel", "t:1")], entities=ents, relations=rels)
    assert not _says(ConsistencyChecker(kg, outside_evidence=True).build(), text)


def test_a_graph_of_no_shown_works_has_no_premiere():
    rels = [R("from", phrase="is from", inverse_phrase="is the home of")]
    ents = [E("b:1", kind="item", type="cathedral", label="Cologne Cathedral", attrs={"year": 1248}),
            E("c:de", type="country", label="Germany")]
    kg = kgx.KnowledgeGraph.from_triples([("b:1", "from", "c:de")], entities=ents, relations=rels)
    checker = ConsistencyChecker(kg, outside_evidence=True).build()
    assert not _says(checker, "Cologne Cathedral first aired in 1248.")
    assert not _says(checker, "Cologne Cathedral premiered in 1248.")
    assert _says(checker, "Cologne Cathedral is from Germany.")


@pytest.mark.parametrize("head_type, text", [
    ("tool", "The muddler goes into the Mojito."),  # a tool is used in a drink, it does not go into it
    ("grape", "Tempranillo goes into the Negroni."),  # an ingredient of another item
])
def test_goes_into_needs_an_ingredient_of_that_item(head_type, text):
    rels = [R("used_in", phrase="is used in", inverse_phrase="uses")]
    ents = [E("d:mojito", kind="item", type="cocktail", label="Mojito"),
            E("d:negroni", kind="item", type="cocktail", label="Negroni"),
            E("x:1", type=head_type, label="muddler" if head_type == "tool" else "Tempranillo")]
    kg = kgx.KnowledgeGraph.from_triples([("x:1", "used_in", "d:mojito")], entities=ents, relations=rels)
    assert not _says(ConsistencyChecker(kg, outside_evidence=True).build(), text)


def test_an_owner_named_by_its_type_keeps_the_museum_words_off():
    """Red team 103: "is owned by the foundation" is an owner, not a class like "belongs to the movement"."""
    rels = [R("held_by", phrase="is held by", inverse_phrase="holds"),
            R("owned_by", phrase="is owned by the foundation", inverse_phrase="owns")]
    ents = [E("p:sun", kind="item", type="painting", label="Sunflowers"),
            E("m:vgm", type="museum", label="Van Gogh Museum"), E("f:vgf", type="foundation", label="Vincent van Gogh Foundation")]
    kg = kgx.KnowledgeGraph.from_triples([("p:sun", "held_by", "m:vgm"), ("p:sun", "owned_by", "f:vgf")],
                                         entities=ents, relations=rels)
    checker = ConsistencyChecker(kg, outside_evidence=True).build()
    assert not _says(checker, "Sunflowers is owned by the Van Gogh Museum.")
    assert _says(checker, "Sunflowers is held by the Van Gogh Museum.")


@pytest.mark.parametrize("text, true", [
    ("Yellowstone National Park is a Wyoming park.", True),  # a place before the kind: where it is
    ("Denali National Park is a Wyoming park.", False),
    ("Yellowstone National Park is a Wyoming.", False),  # no kind noun: it is no Wyoming
    ("Yellowstone National Park and Denali National Park are Wyoming parks.", False),
])
def test_a_place_before_the_kind_is_where_the_item_is(parks, text, true):
    assert _says(parks, text) is true


@pytest.mark.parametrize("phrase, text", [
    # red team 104: the place before a kind is where the item is, said in so many words
    ("is sold in", "Cascina Barolo is a France wine."),
    ("toured in", "Cascina Barolo is a France wine."),
    ("premiered in", "Cascina Barolo is a France wine."),
    ("is based in", "Cascina Barolo is a France country."),  # the place's own kind, not the item's
])
def test_a_place_before_the_kind_needs_a_relation_of_where_it_is(phrase, text):
    rels = [R("rel", phrase=phrase, inverse_phrase="has")]
    ents = [E("w:1", kind="item", type="wine", label="Cascina Barolo"), E("c:fr", type="country", label="France")]
    kg = kgx.KnowledgeGraph.from_triples([("w:1", "rel", "c:fr")], entities=ents, relations=rels)
    checker = ConsistencyChecker(kg, outside_evidence=True).build()
    assert not _says(checker, text)
    if phrase == "is based in":
        assert _says(checker, "Cascina Barolo is a France wine.")
