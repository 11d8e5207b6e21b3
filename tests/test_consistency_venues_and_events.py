"""Forms derived from a graph's phrases for venues, events, places and rivers (session 42): each
true text with a false twin, on small graphs declared here, checked by the real checker.

* a year, then the place ("opened in 1950 in Rio de Janeiro"); a year after a predicate noun
  ("a private research university founded in 1636");
* "is in the country" also reads "is in" ("a national university in Japan", "are both in");
* "was held at" also "took place at", "was staged at"; "hosted" also "staged", "played host to",
  "was the venue for"; what "is held in" a place was "first held in" its year;
* "designed" also "drew up the plans for"; "founded" also "started";
* "is the home ground of" also "the home of", "X's home is Y";
* "flows into" also "empties / drains into"; "stands on" a river also "lies along", "sits on";
* "P is where Z plays (its home games)", opening a clause, reads as "P, where Z plays ...", and
  "where the Z ..." as "where Z ...";
* "X counts / includes / features Y and Z among its Ns" (or "in its cast") as "X has Y ... among";
* more nouns for an item type ("a ground" / "a park" for a stadium, "an institution" for a
  university, "a fortress" for a castle, "an event" for a festival);
* "was the work of architect X": the agent noun after a cue ending in "of" too, as after "by";
* ", the N of Y" right after the object of a claim is an apposition on that object ("You disliked
  Fenway Park, the home ground of the Red Sox", "Norman Foster designed Wembley, the home of X");
* a phrase that is "has" alone reads "has a" ("Munich Airport has a brewery"); "is a N for" gives
  the noun N ("X, a hub for Y, ..."); "is named after" also "takes its name from"; "operates"
  also "manages"; "founded" also "launched", and dates a newspaper ("founded in 1851"); "is
  printed as a" also "is a";
* "X is a Y N" / "X and Z are Y Ns" where the graph says "is a N of / for": "Heathrow Airport is
  a British Airways hub", "Yasunari Kawabata is a University of Tokyo alumnus";
* "goes back to <year>" as "dates back to"; "is located in" also "can be found in";
* a noun's irregular plural is a plural ("X's alumni include Y", "Y is one of X's alumni").
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker


def _graph(relations, entities, rows):
    ents = [kgx.Entity(i, kind=k, type=t, label=label, attrs=a) for i, k, t, label, a in entities]
    return kgx.KnowledgeGraph.from_triples(rows, entities=ents, relations=relations, name="venues")


def _stadiums():
    rels = [
        kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=("stadium",)),
        kgx.Relation("located_in", phrase="is located in", inverse_phrase="is the city of", domain=("stadium",), range=("city",)),
        kgx.Relation("home_of", phrase="is the home ground of", inverse_phrase="plays its home games at",
                     domain=("stadium",), range=("team",)),
        kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed", domain=("stadium",), range=("architect",)),
        kgx.Relation("hosted", phrase="hosted", inverse_phrase="was held at", domain=("stadium",), range=("event",)),
    ]
    ents = [("stadium:maracana", "item", "stadium", "Maracanã", {"year": 1950}),
            ("stadium:wembley", "item", "stadium", "Wembley Stadium", {"year": 2007}),
            ("city:rio", "attribute", "city", "Rio de Janeiro", {}), ("city:london", "attribute", "city", "London", {}),
            ("team:flamengo", "attribute", "team", "Flamengo", {}), ("team:england", "attribute", "team", "England national team", {}),
            ("architect:foster", "attribute", "architect", "Norman Foster", {}),
            ("architect:rafael", "attribute", "architect", "Rafael Galvão", {}),
            ("event:wc1950", "attribute", "event", "1950 World Cup final", {}),
            ("event:ucl2011", "attribute", "event", "2011 Champions League final", {})]
    rows = [("stadium:maracana", "located_in", "city:rio"), ("stadium:wembley", "located_in", "city:london"),
            ("stadium:maracana", "home_of", "team:flamengo"), ("stadium:wembley", "home_of", "team:england"),
            ("stadium:maracana", "designed_by", "architect:rafael"), ("stadium:wembley", "designed_by", "architect:foster"),
            ("stadium:maracana", "hosted", "event:wc1950"), ("stadium:wembley", "hosted", "event:ucl2011")]
    return _graph(rels, ents, rows)


def _universities():
    rels = [
        kgx.Relation("in_country", phrase="is in the country", inverse_phrase="is the country of",
                     domain=("university",), range=("country",)),
        kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("university",), range=("city",)),
        kgx.Relation("of_kind", phrase="is a", inverse_phrase="is the kind of", domain=("university",), range=("kind",)),
        kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("university",), range=("person",)),
        kgx.Relation("has_alumnus", phrase="has as an alumnus", inverse_phrase="is an alumnus of",
                     domain=("university",), range=("person",)),
    ]
    ents = [("university:tokyo", "item", "university", "University of Tokyo", {"year": 1877}),
            ("university:mcgill", "item", "university", "McGill University", {"year": 1821}),
            ("university:kyoto", "item", "university", "Kyoto University", {"year": 1897}),
            ("country:japan", "attribute", "country", "Japan", {}), ("country:canada", "attribute", "country", "Canada", {}),
            ("city:tokyo", "attribute", "city", "Tokyo", {}), ("city:montreal", "attribute", "city", "Montreal", {}),
            ("city:kyoto", "attribute", "city", "Kyoto", {}),
            ("kind:national", "attribute", "kind", "national university", {}),
            ("kind:public", "attribute", "kind", "public research university", {}),
            ("person:mcgill", "attribute", "person", "James McGill", {}),
            ("person:kawabata", "attribute", "person", "Yasunari Kawabata", {}),
            ("person:mishima", "attribute", "person", "Yukio Mishima", {}),
            ("person:cohen", "attribute", "person", "Leonard Cohen", {})]
    rows = [("university:tokyo", "in_country", "country:japan"), ("university:kyoto", "in_country", "country:japan"),
            ("university:mcgill", "in_country", "country:canada"), ("university:tokyo", "located_in", "city:tokyo"),
            ("university:mcgill", "located_in", "city:montreal"), ("university:kyoto", "located_in", "city:kyoto"),
            ("university:tokyo", "of_kind", "kind:national"), ("university:kyoto", "of_kind", "kind:national"),
            ("university:mcgill", "of_kind", "kind:public"), ("university:mcgill", "founded_by", "person:mcgill"),
            ("university:tokyo", "has_alumnus", "person:kawabata"), ("university:tokyo", "has_alumnus", "person:mishima"),
            ("university:mcgill", "has_alumnus", "person:cohen")]
    return _graph(rels, ents, rows)


def _festivals_and_castles():
    rels = [
        kgx.Relation("held_in", phrase="is held in", inverse_phrase="hosts", domain=("festival",), range=("city",)),
        kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("festival",), range=("person",)),
        kgx.Relation("built_by", phrase="was built by", inverse_phrase="built", domain=("castle",), range=("person",)),
    ]
    ents = [("festival:glasto", "item", "festival", "Glastonbury Festival", {"year": 1970}),
            ("festival:cannes", "item", "festival", "Cannes Film Festival", {"year": 1946}),
            ("castle:neu", "item", "castle", "Neuschwanstein Castle", {"year": 1886}),
            ("city:pilton", "attribute", "city", "Pilton", {}), ("city:cannes", "attribute", "city", "Cannes", {}),
            ("person:eavis", "attribute", "person", "Michael Eavis", {}),
            ("person:zay", "attribute", "person", "Jean Zay", {}), ("person:ludwig", "attribute", "person", "Ludwig II", {})]
    rows = [("festival:glasto", "held_in", "city:pilton"), ("festival:cannes", "held_in", "city:cannes"),
            ("festival:glasto", "founded_by", "person:eavis"), ("festival:cannes", "founded_by", "person:zay"),
            ("castle:neu", "built_by", "person:ludwig")]
    return _graph(rels, ents, rows)


def _rivers():
    rels = [
        kgx.Relation("empties_into", phrase="flows into", inverse_phrase="receives", domain=("river",), range=("sea",)),
        kgx.Relation("passes", phrase="flows past", inverse_phrase="stands on", domain=("river",), range=("city",)),
    ]
    ents = [("river:mississippi", "item", "river", "Mississippi River", {"year": 1541}),
            ("river:congo", "item", "river", "Congo River", {"year": 1482}),
            ("sea:gulf", "attribute", "sea", "Gulf of Mexico", {}), ("sea:atlantic", "attribute", "sea", "Atlantic Ocean", {}),
            ("city:kinshasa", "attribute", "city", "Kinshasa", {}), ("city:memphis", "attribute", "city", "Memphis", {})]
    rows = [("river:mississippi", "empties_into", "sea:gulf"), ("river:congo", "empties_into", "sea:atlantic"),
            ("river:mississippi", "passes", "city:memphis"), ("river:congo", "passes", "city:kinshasa")]
    return _graph(rels, ents, rows)


def _airports_and_papers():
    rels = [
        kgx.Relation("hub_for", phrase="is a hub for", inverse_phrase="has a hub at", domain=("airport",), range=("airline",)),
        kgx.Relation("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=("airport",), range=("person",)),
        kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates", domain=("airport",), range=("operator",)),
        kgx.Relation("has_feature", phrase="has", inverse_phrase="can be found at", domain=("airport",), range=("feature",)),
        kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("newspaper",), range=("person",)),
        kgx.Relation("printed_as", phrase="is printed as a", inverse_phrase="is the page format of",
                     domain=("newspaper",), range=("format",)),
    ]
    ents = [("airport:muc", "item", "airport", "Munich Airport", {"year": 1992}),
            ("airport:lhr", "item", "airport", "Heathrow Airport", {"year": 1946}),
            ("airline:lh", "attribute", "airline", "Lufthansa", {}), ("airline:ba", "attribute", "airline", "British Airways", {}),
            ("person:fjs", "attribute", "person", "Franz Josef Strauss", {}),
            ("operator:flughafen", "attribute", "operator", "Flughafen München GmbH", {}),
            ("operator:hal", "attribute", "operator", "Heathrow Airport Holdings", {}),
            ("feature:brewery", "attribute", "feature", "brewery", {}), ("feature:chapel", "attribute", "feature", "chapel", {}),
            ("newspaper:nyp", "item", "newspaper", "New York Post", {"year": 1801}),
            ("newspaper:sun", "item", "newspaper", "The Sun", {"year": 1964}),
            ("person:hamilton", "attribute", "person", "Alexander Hamilton", {}),
            ("format:tabloid", "attribute", "format", "tabloid", {}), ("format:broadsheet", "attribute", "format", "broadsheet", {})]
    rows = [("airport:muc", "hub_for", "airline:lh"), ("airport:lhr", "hub_for", "airline:ba"),
            ("airport:muc", "named_after", "person:fjs"), ("airport:muc", "operated_by", "operator:flughafen"),
            ("airport:lhr", "operated_by", "operator:hal"), ("airport:muc", "has_feature", "feature:brewery"),
            ("airport:lhr", "has_feature", "feature:chapel"), ("newspaper:nyp", "founded_by", "person:hamilton"),
            ("newspaper:sun", "printed_as", "format:tabloid"), ("newspaper:nyp", "printed_as", "format:tabloid")]
    return _graph(rels, ents, rows)


_GRAPHS = {"stadiums": _stadiums, "universities": _universities, "festivals": _festivals_and_castles, "rivers": _rivers,
           "airports": _airports_and_papers}

CASES = [
    # graph, true text, false twin
    ("stadiums", "The Maracanã opened in 1950 in Rio de Janeiro.", "The Maracanã opened in 1950 in London."),
    ("stadiums", "The Maracanã opened in 1950 in Rio de Janeiro.", "The Maracanã opened in 1951 in Rio de Janeiro."),
    ("universities", "McGill University was founded in 1821 in Montreal.", "McGill University was founded in 1821 in Tokyo."),
    ("universities", "The University of Tokyo is a national university founded in 1877.",
     "The University of Tokyo is a national university founded in 1821."),
    ("universities", "The University of Tokyo is a national university in Japan.",
     "McGill University is a public research university in Japan."),
    ("universities", "The University of Tokyo and Kyoto University are both in Japan.",
     "The University of Tokyo and McGill University are both in Japan."),
    ("universities", "Kyoto University lies in Japan.", "Kyoto University lies in Canada."),
    ("universities", "The University of Tokyo's alumni include Yasunari Kawabata.",
     "The University of Tokyo's alumni include Leonard Cohen."),
    ("universities", "Leonard Cohen is one of McGill University's alumni.",
     "McGill University is one of Leonard Cohen's alumni."),
    ("universities", "Yasunari Kawabata and Yukio Mishima are among the University of Tokyo's alumni.",
     "Yasunari Kawabata and Leonard Cohen are among the University of Tokyo's alumni."),
    ("stadiums", "The Maracanã is where Flamengo play their home games.",
     "The Maracanã is where the England national team play their home games."),
    ("stadiums", "Wembley Stadium is where the England national team play.", "Wembley Stadium is where Flamengo play."),
    ("stadiums", "Wembley Stadium, where the England national team play, is in London.",
     "Wembley Stadium, where the England national team play, is in Rio de Janeiro."),
    ("universities", "The University of Tokyo counts Yasunari Kawabata and Yukio Mishima among its alumni.",
     "The University of Tokyo counts Yasunari Kawabata and Leonard Cohen among its alumni."),
    ("universities", "McGill University counts Leonard Cohen among its alumni.",
     "McGill University counts James McGill among its alumni."),
    ("stadiums", "Wembley Stadium is a ground in London.", "Wembley Stadium is a ground in Rio de Janeiro."),
    ("stadiums", "Flamengo play at the Maracanã, a ballpark in Rio de Janeiro.",
     "Flamengo play at the Maracanã, a ballpark in London."),
    ("universities", "Kyoto University is an institution in Japan.", "Kyoto University is an institution in Canada."),
    ("festivals", "The Cannes Film Festival is an event held in Cannes.", "The Cannes Film Festival is an event held in Pilton."),
    ("festivals", "The fortress Neuschwanstein Castle was built by Ludwig II.",
     "The fortress Neuschwanstein Castle was built by Michael Eavis."),
    ("stadiums", "Wembley Stadium was the work of architect Norman Foster.",
     "The Maracanã was the work of architect Norman Foster."),
    ("stadiums", "Norman Foster designed Wembley Stadium, the home of the England national team.",
     "Norman Foster designed Wembley Stadium, the home of Flamengo."),
    ("airports", "Munich Airport has a brewery.", "Heathrow Airport has a brewery."),
    ("airports", "Heathrow Airport, a hub for British Airways, has a chapel.",
     "Heathrow Airport, a hub for Lufthansa, has a chapel."),
    ("airports", "Munich Airport takes its name from Franz Josef Strauss.",
     "Heathrow Airport takes its name from Franz Josef Strauss."),
    ("airports", "Heathrow Airport Holdings manages Heathrow Airport.", "Heathrow Airport Holdings manages Munich Airport."),
    ("airports", "The New York Post was launched by Alexander Hamilton.", "The Sun was launched by Alexander Hamilton."),
    ("airports", "The New York Post, founded in 1801, is a tabloid.", "The New York Post, founded in 1964, is a tabloid."),
    ("airports", "The Sun is a tabloid.", "The Sun is a broadsheet."),
    ("airports", "Heathrow Airport is a British Airways hub.", "Heathrow Airport is a Lufthansa hub."),
    ("airports", "Munich Airport is a Lufthansa hub.", "Lufthansa is a Munich Airport hub."),
    ("universities", "Yasunari Kawabata is a University of Tokyo alumnus.",
     "Leonard Cohen is a University of Tokyo alumnus."),
    ("universities", "Yasunari Kawabata and Yukio Mishima are University of Tokyo alumni.",
     "Yasunari Kawabata and Leonard Cohen are University of Tokyo alumni."),
    ("festivals", "The Cannes Film Festival goes back to 1946.", "The Cannes Film Festival goes back to 1970."),
    ("stadiums", "Wembley Stadium can be found in London.", "The Maracanã can be found in London."),
    ("stadiums", "The 1950 World Cup final took place at the Maracanã.",
     "The 1950 World Cup final took place at Wembley Stadium."),
    ("stadiums", "The 2011 Champions League final was staged at Wembley Stadium.",
     "The 2011 Champions League final was staged at the Maracanã."),
    ("stadiums", "The Maracanã was the venue for the 1950 World Cup final.",
     "Wembley Stadium was the venue for the 1950 World Cup final."),
    ("stadiums", "Wembley Stadium played host to the 2011 Champions League final.",
     "The 2011 Champions League final played host to Wembley Stadium."),
    ("stadiums", "Wembley Stadium staged the 2011 Champions League final.",
     "The Maracanã staged the 2011 Champions League final."),
    ("stadiums", "Norman Foster drew up the plans for Wembley Stadium.",
     "Norman Foster drew up the plans for the Maracanã."),
    ("stadiums", "The Maracanã is the home of Flamengo.", "Flamengo is the home of the Maracanã."),
    ("stadiums", "Flamengo's home is the Maracanã.", "Flamengo's home is Wembley Stadium."),
    ("stadiums", "Wembley Stadium, home of the England national team, is in London.",
     "Wembley Stadium, home of Flamengo, is in London."),
    ("festivals", "The Cannes Film Festival was first held in 1946.", "The Cannes Film Festival was first held in 1970."),
    ("festivals", "The Cannes Film Festival was first held in 1946.", "Neuschwanstein Castle was first held in 1886."),
    ("festivals", "Michael Eavis started the Glastonbury Festival.", "Jean Zay started the Glastonbury Festival."),
    ("festivals", "The Glastonbury Festival was started by Michael Eavis.",
     "The Glastonbury Festival did not start with Michael Eavis."),
    ("rivers", "The Mississippi River empties into the Gulf of Mexico.",
     "The Mississippi River empties into the Atlantic Ocean."),
    ("rivers", "The Congo River drains into the Atlantic Ocean.", "The Atlantic Ocean drains into the Congo River."),
    ("rivers", "Kinshasa lies along the Congo River.", "Memphis lies along the Congo River."),
    ("rivers", "Memphis sits on the Mississippi River.", "Kinshasa sits on the Mississippi River."),
]


@pytest.fixture(scope="module")
def checkers():
    return {name: ConsistencyChecker(build(), outside_evidence=True).build() for name, build in _GRAPHS.items()}


@pytest.mark.parametrize("graph, true, false", CASES, ids=[f"{g}:{t[:40]}" for g, t, _ in CASES])
def test_true_text_is_read_and_its_twin_is_not(checkers, graph, true, false):
    checker = checkers[graph]
    assert checker.check(true, ()).supported, checker.check(true, ()).reason
    assert not checker.check(false, ()).supported
