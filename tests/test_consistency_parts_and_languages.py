"""Forms read since session 44, each true text with a false twin, checked by the real checker on
small graphs declared here:

* "The language spoken in X is Y": a subject "the N <participle> <prep> X" that a cue "is the / a
  N <participle> <prep>" says of Y ("Y is the language spoken in X"); plural too ("The languages
  spoken in X are ..."), and "One of the Ns ... X is Y" (some of them, also "One of the Ns of X
  is Y"); "Y is one of the languages spoken in X" from a cue "is a language spoken in";
* a work's language: "is written / sung in" a language also reads "is in" it ("the play is in
  Italian"; not "dubbed into"), and "a German-language play" names the language;
* a declared "V the N of X" ("directed the premiere of", "made the first ascent of") said with
  "its" ("Alan Schneider directed its premiere") or in the passive ("The first ascent of X was
  made by Y", "X's premiere was directed by Y", "its first ascent was made by Y");
* "was first climbed by": "Y was the first to climb X"; a participle after a kind noun may start
  with "first" ("a stratovolcano first climbed by Y");
* a relation declared with a cue of place ("is located in", as WebNLG's "location" whose phrase is
  its name) reads "X in Y" after a name ("The AZAL Arena in Shuvalan is ...");
* a present verb's perfect ("plays for" -> "has played for");
* "was named after" also the noun "namesake" ("its namesake was Wilhelm I"); a mountain's or a
  tower's place "rises in"; a ship "first sailed in" its year (no other item sails);
* "A V X, and B did the same on / for Y": the gapped clause of "A V X, and B Y";
* "P, where Z is the leader": the relative clause on a place, also where a relation's cue "is
  where" made "where" a cue of its own; "is found in" also "can be found in";
* "X is 84 metres above sea level": a number before "above sea level" is X's elevation (a
  relation named or said with "elevation");
* "A and B have a lot / something in common: both ...": the frame is read as "A and B both ...";
* "Born in X, Y ...": a participle of place opening the sentence is said of the subject after
  the comma (one place, not a list; a person too);
* "P whose capital is Z" without a comma, as "P, whose capital is Z".
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker


def _graph(relations, entities, rows, name):
    ents = [kgx.Entity(i, kind=k, type=t, label=label, attrs=a) for i, k, t, label, a in entities]
    return kgx.KnowledgeGraph.from_triples(rows, entities=ents, relations=relations, name=name)


def _plays():
    rels = [
        kgx.Relation("written_by", phrase="was written by", inverse_phrase="wrote", domain=("play",), range=("person",)),
        kgx.Relation("written_in", phrase="is written in", inverse_phrase="is the language of",
                     domain=("play",), range=("language",)),
        kgx.Relation("first_directed_by", phrase="was first directed by", inverse_phrase="directed the premiere of",
                     domain=("play",), range=("person",)),
        kgx.Relation("premiered_at", phrase="premiered at", inverse_phrase="hosted the premiere of",
                     domain=("play",), range=("theatre",)),
        kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to",
                     domain=("theatre",), range=("city",)),
    ]
    ents = [("play:godot", "item", "play", "Waiting for Godot", {"year": 1953}),
            ("play:hedda", "item", "play", "Hedda Gabler", {"year": 1891}),
            ("play:courage", "item", "play", "Mother Courage and Her Children", {"year": 1941}),
            ("play:seagull", "item", "play", "The Seagull", {"year": 1896}),
            ("person:beckett", "attribute", "person", "Samuel Beckett", {}),
            ("person:ibsen", "attribute", "person", "Henrik Ibsen", {}),
            ("person:brecht", "attribute", "person", "Bertolt Brecht", {}),
            ("person:chekhov", "attribute", "person", "Anton Chekhov", {}),
            ("person:blin", "attribute", "person", "Roger Blin", {}),
            ("person:lindtberg", "attribute", "person", "Leopold Lindtberg", {}),
            ("language:french", "attribute", "language", "French", {}),
            ("language:norwegian", "attribute", "language", "Norwegian", {}),
            ("language:german", "attribute", "language", "German", {}),
            ("language:russian", "attribute", "language", "Russian", {}),
            ("theatre:babylone", "attribute", "theatre", "Théâtre de Babylone", {}),
            ("theatre:zurich", "attribute", "theatre", "Schauspielhaus Zürich", {}),
            ("city:paris", "attribute", "city", "Paris", {}),
            ("city:zurich", "attribute", "city", "Zurich", {})]
    rows = [("play:godot", "written_by", "person:beckett"), ("play:hedda", "written_by", "person:ibsen"),
            ("play:courage", "written_by", "person:brecht"), ("play:seagull", "written_by", "person:chekhov"),
            ("play:godot", "written_in", "language:french"), ("play:hedda", "written_in", "language:norwegian"),
            ("play:courage", "written_in", "language:german"), ("play:seagull", "written_in", "language:russian"),
            ("play:godot", "first_directed_by", "person:blin"), ("play:courage", "first_directed_by", "person:lindtberg"),
            ("play:godot", "premiered_at", "theatre:babylone"), ("play:courage", "premiered_at", "theatre:zurich"),
            ("theatre:babylone", "located_in", "city:paris"), ("theatre:zurich", "located_in", "city:zurich")]
    return _graph(rels, ents, rows, "plays44")


def _mountains():
    rels = [
        kgx.Relation("first_climbed_by", phrase="was first climbed by", inverse_phrase="made the first ascent of",
                     domain=("mountain",), range=("person",)),
        kgx.Relation("located_in", phrase="lies in", inverse_phrase="is home to", domain=("mountain",), range=("country",)),
        kgx.Relation("has_kind", phrase="is classed as a", inverse_phrase="is the class of",
                     domain=("mountain",), range=("kind",)),
    ]
    ents = [("mountain:everest", "item", "mountain", "Mount Everest", {"year": 1953}),
            ("mountain:kenya", "item", "mountain", "Mount Kenya", {"year": 1899}),
            ("mountain:nanga", "item", "mountain", "Nanga Parbat", {"year": 1953}),
            ("person:hillary", "attribute", "person", "Edmund Hillary", {}),
            ("person:tenzing", "attribute", "person", "Tenzing Norgay", {}),
            ("person:mackinder", "attribute", "person", "Halford Mackinder", {}),
            ("person:buhl", "attribute", "person", "Hermann Buhl", {}),
            ("country:nepal", "attribute", "country", "Nepal", {}),
            ("country:kenya", "attribute", "country", "Kenya", {}),
            ("country:pakistan", "attribute", "country", "Pakistan", {}),
            ("kind:strato", "attribute", "kind", "stratovolcano", {}),
            ("kind:eight", "attribute", "kind", "eight-thousander", {})]
    rows = [("mountain:everest", "first_climbed_by", "person:hillary"),
            ("mountain:everest", "first_climbed_by", "person:tenzing"),
            ("mountain:kenya", "first_climbed_by", "person:mackinder"),
            ("mountain:nanga", "first_climbed_by", "person:buhl"),
            ("mountain:everest", "located_in", "country:nepal"), ("mountain:kenya", "located_in", "country:kenya"),
            ("mountain:nanga", "located_in", "country:pakistan"),
            ("mountain:kenya", "has_kind", "kind:strato"), ("mountain:everest", "has_kind", "kind:eight"),
            ("mountain:nanga", "has_kind", "kind:eight")]
    return _graph(rels, ents, rows, "mountains44")


def _countries():
    rels = [
        kgx.Relation("language", phrase="speaks", inverse_phrase="is the language of", domain=("country",),
                     range=("language",), inverse_cues=("is the language spoken in", "is a language spoken in")),
        kgx.Relation("capital", phrase="has the capital", inverse_phrase="is the capital of",
                     domain=("country",), range=("city",)),
    ]
    ents = [("country:greece", "item", "country", "Greece", {}),
            ("country:finland", "item", "country", "Finland", {}),
            ("language:greek", "attribute", "language", "Greek", {}),
            ("language:finnish", "attribute", "language", "Finnish", {}),
            ("language:swedish", "attribute", "language", "Swedish", {}),
            ("city:athens", "attribute", "city", "Athens", {}),
            ("city:helsinki", "attribute", "city", "Helsinki", {})]
    rows = [("country:greece", "language", "language:greek"), ("country:finland", "language", "language:finnish"),
            ("country:finland", "language", "language:swedish"),
            ("country:greece", "capital", "city:athens"), ("country:finland", "capital", "city:helsinki")]
    return _graph(rels, ents, rows, "countries44")


def _clubs():
    rels = [
        kgx.Relation("location", phrase="location", inverse_phrase="is the location of",
                     cues=("is located in", "is in"), inverse_cues=("is home to",)),
        kgx.Relation("ground", phrase="ground", inverse_phrase="is the ground of", cues=("plays at",)),
        kgx.Relation("club", phrase="plays for", inverse_phrase="is the club of"),
    ]
    ents = [("club:azal", "item", "club", "AZAL PFK", {}), ("club:panthers", "item", "club", "Florida Panthers", {}),
            ("club:bruins", "item", "club", "Boston Bruins", {}),
            ("person:barkov", "attribute", "person", "Aleksander Barkov", {}),
            ("ground:arena", "attribute", "entity", "AZAL Arena", {}),
            ("place:shuvalan", "attribute", "entity", "Shuvalan", {}), ("place:baku", "attribute", "entity", "Baku", {}),
            ("place:ganja", "attribute", "entity", "Ganja", {})]
    rows = [("ground:arena", "location", "place:shuvalan"), ("club:azal", "ground", "ground:arena"),
            ("club:azal", "location", "place:baku"), ("person:barkov", "club", "club:panthers")]
    return _graph(rels, ents, rows, "clubs44")


def _liners():
    rels = [
        kgx.Relation("named_after", phrase="was named after", inverse_phrase="gave its name to",
                     domain=("liner",), range=("person",)),
        kgx.Relation("operated_by", phrase="sailed for", inverse_phrase="ran", domain=("liner",), range=("line",)),
    ]
    ents = [("liner:kwdg", "item", "liner", "SS Kaiser Wilhelm der Grosse", {"year": 1897}),
            ("liner:queen_mary", "item", "liner", "RMS Queen Mary", {"year": 1936}),
            ("person:wilhelm", "attribute", "person", "Wilhelm I", {}),
            ("person:mary", "attribute", "person", "Mary of Teck", {}),
            ("line:ndl", "attribute", "line", "Norddeutscher Lloyd", {}),
            ("line:cunard", "attribute", "line", "Cunard Line", {})]
    rows = [("liner:kwdg", "named_after", "person:wilhelm"), ("liner:queen_mary", "named_after", "person:mary"),
            ("liner:kwdg", "operated_by", "line:ndl"), ("liner:queen_mary", "operated_by", "line:cunard")]
    return _graph(rels, ents, rows, "liners44")


def _towns():
    rels = [
        kgx.Relation("location", phrase="location", inverse_phrase="is the location of",
                     cues=("is located in", "is found in"), inverse_cues=("is where",)),
        kgx.Relation("leader", phrase="leader", inverse_phrase="is the leader of", cues=("is led by",)),
        kgx.Relation("elevation", phrase="elevation", inverse_phrase="is the elevation of",
                     cues=("has an elevation of",)),
        kgx.Relation("dish", phrase="comes from", inverse_phrase="is the home of"),
        kgx.Relation("birth_place", phrase="was born in", inverse_phrase="is the birthplace of"),
        kgx.Relation("capital", phrase="has the capital", inverse_phrase="is the capital of"),
    ]
    ents = [("dish:kway", "item", "dish", "Beef kway teow", {}), ("dish:laksa", "item", "dish", "Laksa", {}),
            ("place:singapore", "attribute", "entity", "Singapore", {}),
            ("place:malaysia", "attribute", "entity", "Malaysia", {}),
            ("person:tan", "attribute", "entity", "Tony Tan", {}),
            ("person:najib", "attribute", "entity", "Najib Razak", {}),
            ("base:taqaddum", "attribute", "entity", "Al Taqaddum Air Base", {}),
            ("place:iraq", "attribute", "entity", "Iraq", {}),
            ("number:84", "attribute", "entity", "84.0", {}), ("number:85", "attribute", "entity", "85.0", {}),
            ("city:kl", "attribute", "entity", "Kuala Lumpur", {})]
    rows = [("dish:kway", "dish", "place:singapore"), ("dish:laksa", "dish", "place:malaysia"),
            ("place:singapore", "leader", "person:tan"), ("place:malaysia", "leader", "person:najib"),
            ("base:taqaddum", "location", "place:iraq"), ("base:taqaddum", "elevation", "number:84"),
            ("dish:laksa", "location", "place:malaysia"), ("person:tan", "birth_place", "place:singapore"),
            ("place:malaysia", "capital", "city:kl")]
    return _graph(rels, ents, rows, "towns44")


CASES = [
    # "The N <participle> in X is Y" and "one of the Ns"
    ("countries", "The language spoken in Greece is Greek.", "The language spoken in Greece is Finnish."),
    ("countries", "The language spoken in Greece is Greek.", "The language spoken in Greek is Greece."),
    ("countries", "One of the languages spoken in Finland is Swedish.",
     "One of the languages spoken in Greece is Swedish."),
    ("countries", "Swedish is one of the languages spoken in Finland.", "Swedish is one of the languages spoken in Greece."),
    ("countries", "The languages spoken in Finland are Finnish and Swedish.",
     "The languages spoken in Finland are Finnish and Greek."),
    ("countries", "The languages spoken in Finland are Finnish and Swedish.",
     "The languages spoken in Finland are Finnish."),  # (all of them, said as the whole list)
    ("countries", "One of the languages of Finland is Swedish.", "One of the languages of Greece is Swedish."),
    ("countries", "The language spoken in Greece is Greek.", "The city spoken in Greece is Greek."),
    # a work's language
    ("plays", "Samuel Beckett wrote Waiting for Godot; the play is in French.",
     "Samuel Beckett wrote Waiting for Godot; the play is in German."),
    ("plays", "Hedda Gabler is in Norwegian.", "Hedda Gabler is in Russian."),
    ("plays", "The Seagull and Hedda Gabler were written by Anton Chekhov and Henrik Ibsen respectively, "
     "and The Seagull is in Russian.",
     "The Seagull and Hedda Gabler were written by Anton Chekhov and Henrik Ibsen respectively, "
     "and The Seagull is in Norwegian."),
    ("plays", "Mother Courage and Her Children is a German-language play.",
     "Mother Courage and Her Children is a French-language play."),
    ("plays", "Henrik Ibsen wrote Hedda Gabler, a Norwegian-language play.",
     "Henrik Ibsen wrote Hedda Gabler, a German-language play."),
    ("plays", "Waiting for Godot premiered at the Théâtre de Babylone.",
     "Waiting for Godot is in Paris."),  # ("is in" a language only, not a city it premiered in)
    # "V its N" and the passive of a declared "V the N of"
    ("plays", "Samuel Beckett wrote Waiting for Godot, and Roger Blin directed its premiere.",
     "Samuel Beckett wrote Waiting for Godot, and Leopold Lindtberg directed its premiere."),
    ("plays", "The premiere of Waiting for Godot was directed by Roger Blin.",
     "The premiere of Waiting for Godot was directed by Leopold Lindtberg."),
    ("plays", "Mother Courage and Her Children's premiere was directed by Leopold Lindtberg.",
     "Mother Courage and Her Children's premiere was directed by Bertolt Brecht."),
    ("plays", "The premiere of Waiting for Godot was directed by Roger Blin.",
     "The premiere of Waiting for Godot was written by Roger Blin."),
    ("mountains", "Mount Everest lies in Nepal, and its first ascent was made by Edmund Hillary.",
     "Mount Everest lies in Nepal, and its first ascent was made by Hermann Buhl."),
    ("mountains", "The first ascent of Nanga Parbat was made by Hermann Buhl.",
     "The first ascent of Nanga Parbat was made by Halford Mackinder."),
    ("mountains", "Mount Kenya lies in Kenya; Halford Mackinder made its first ascent.",
     "Mount Kenya lies in Kenya; Hermann Buhl made its first ascent."),
    ("mountains", "Mount Kenya lies in Kenya; Halford Mackinder made its first ascent.",
     "Mount Kenya lies in Kenya; Halford Mackinder made its last ascent."),
    # "the first to climb"; "first" before a participle after a kind noun
    ("mountains", "Edmund Hillary and Tenzing Norgay were the first to climb Mount Everest.",
     "Edmund Hillary and Hermann Buhl were the first to climb Mount Everest."),
    ("mountains", "Hermann Buhl was the first to climb Nanga Parbat.", "Nanga Parbat was the first to climb Hermann Buhl."),
    ("mountains", "Mount Kenya is a stratovolcano first climbed by Halford Mackinder.",
     "Mount Kenya is a stratovolcano first climbed by Hermann Buhl."),
    ("mountains", "Nanga Parbat, an eight-thousander first climbed by Hermann Buhl, lies in Pakistan.",
     "Nanga Parbat, a stratovolcano first climbed by Hermann Buhl, lies in Pakistan."),
    # a declared cue of place reads "X in Y"; a present verb's perfect
    ("clubs", "The AZAL Arena in Shuvalan is the ground of AZAL PFK.",
     "The AZAL Arena in Baku is the ground of AZAL PFK."),
    ("clubs", "AZAL PFK plays at the AZAL Arena in Shuvalan.", "AZAL PFK plays at the AZAL Arena in Ganja."),
    ("clubs", "Aleksander Barkov has played for the Florida Panthers.",
     "Aleksander Barkov has played for the Boston Bruins."),
    # "namesake", "rises in", "first sailed in", "did the same"
    ("liners", "SS Kaiser Wilhelm der Grosse sailed for Norddeutscher Lloyd; its namesake was Wilhelm I.",
     "SS Kaiser Wilhelm der Grosse sailed for Norddeutscher Lloyd; its namesake was Mary of Teck."),
    ("liners", "Wilhelm I is the namesake of SS Kaiser Wilhelm der Grosse.",
     "SS Kaiser Wilhelm der Grosse is the namesake of Wilhelm I."),
    ("liners", "RMS Queen Mary first sailed in 1936.", "RMS Queen Mary first sailed in 1937."),
    ("plays", "Waiting for Godot premiered in 1953.", "Waiting for Godot first sailed in 1953."),
    ("mountains", "Nanga Parbat rises in Pakistan.", "Nanga Parbat rises in Nepal."),
    ("mountains", "Halford Mackinder made the first ascent of Mount Kenya, and Hermann Buhl did the same on Nanga Parbat.",
     "Halford Mackinder made the first ascent of Mount Kenya, and Hermann Buhl did the same on Mount Everest."),
    ("mountains", "Halford Mackinder made the first ascent of Mount Kenya, and Hermann Buhl did the same on Nanga Parbat.",
     "Halford Mackinder did not make the first ascent of Mount Kenya, and Hermann Buhl did the same on Nanga Parbat."),
    # "where Z is the N", "can be found in", "above sea level"
    ("towns", "Beef kway teow comes from Singapore, where Tony Tan is the leader.",
     "Beef kway teow comes from Singapore, where Najib Razak is the leader."),
    ("towns", "Beef kway teow comes from Singapore where Tony Tan is a leader.",
     "Laksa comes from Malaysia where Tony Tan is a leader."),
    ("towns", "Al Taqaddum Air Base can be found in Iraq.", "Al Taqaddum Air Base can be found in Malaysia."),
    ("towns", "Al Taqaddum Air Base is 84.0 above sea level.", "Al Taqaddum Air Base is 85.0 above sea level."),
    ("towns", "Al Taqaddum Air Base, in Iraq, is 84.0 above sea level.",
     "Al Taqaddum Air Base, in Iraq, is 84.0 below sea level."),
    ("mountains", "Mount Everest and Nanga Parbat have something in common: both are eight-thousanders.",
     "Mount Everest and Mount Kenya have something in common: both are eight-thousanders."),
    ("mountains", "Mount Everest and Nanga Parbat have a lot in common: they are both eight-thousanders.",
     "Mount Everest and Nanga Parbat have a lot in common: they both lie in Nepal."),
    ("towns", "Born in Singapore, Tony Tan is the leader of Singapore.",
     "Born in Malaysia, Tony Tan is the leader of Singapore."),
    ("towns", "Born in Singapore, Tony Tan is the leader of Singapore.",
     "Born in Singapore, Tony Tan is the leader of Malaysia."),
    ("towns", "Laksa comes from Malaysia whose capital is Kuala Lumpur.",
     "Beef kway teow comes from Singapore whose capital is Kuala Lumpur."),
]


@pytest.fixture(scope="module")
def checkers():
    return {name: ConsistencyChecker(build(), outside_evidence=True).build()
            for name, build in (("plays", _plays), ("mountains", _mountains), ("countries", _countries),
                                ("clubs", _clubs), ("liners", _liners), ("towns", _towns))}


@pytest.mark.parametrize("graph, true, false", CASES, ids=[f"{g}:{t[:40]}:{f[-25:]}" for g, t, f in CASES])
def test_true_text_is_read_and_its_twin_is_not(checkers, graph, true, false):
    checker = checkers[graph]
    assert checker.check(true, ()).supported, checker.check(true, ()).reason
    assert not checker.check(false, ()).supported
