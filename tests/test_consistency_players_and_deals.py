"""Readings added in session 62, each with false twins: player nouns said of a person ("Monk was a
pianist", "a bebop pianist", "Ornette Coleman, an alto saxophonist, ..."), with the style or kind
named before the noun claimed too; a kind whose inverse phrase is "is the <type> of" said with the
copula ("a bebop musician"); "died at", "passed away at", "was born at" a place; "belonged to" and
"was a member of" a group (a dynasty, a band, an orchestra); an actor who "played" a character
"portrayed" him; a company that "acquired" another "bought" or "took over" it; "died by / of /
from" a cause of death; banks are "founded in" their year; a character "introduced in" its year;
"first appeared in 1887, in W"; "Y, who succeeded Z, died by X" (a verb without object is no
participle said of Z). Red teams (tests/redteam/rt194.py ...) attack the same readings."""

from __future__ import annotations

import pytest

import kgexplain as kgx

from checker_cases import accepts as _ok, attr as _attr, graph_checker as _graph, item as _item, rejects as _bad


@pytest.fixture(scope="module")
def jazz():
    rels = [kgx.Relation("played", phrase="played", inverse_phrase="was played by",
                         domain=("musician",), range=("instrument",)),
            kgx.Relation("member_of", phrase="was a member of", inverse_phrase="counted among its members",
                         domain=("musician",), range=("band",)),
            kgx.Relation("has_style", phrase="is associated with", inverse_phrase="is the style of",
                         domain=("musician",), range=("style",)),
            kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                         domain=("musician",), range=("city",))]
    ents = [_item("m:monk", "Thelonious Monk", "musician", 1917), _item("m:blakey", "Art Blakey", "musician", 1919),
            _item("m:coleman", "Ornette Coleman", "musician", 1930), _item("m:mingus", "Charles Mingus", "musician", 1922),
            _attr("i:piano", "piano", "instrument"), _attr("i:drums", "drums", "instrument"),
            _attr("i:alto", "alto saxophone", "instrument"), _attr("i:bass", "double bass", "instrument"),
            _attr("s:bebop", "bebop", "style"), _attr("s:hardbop", "hard bop", "style"),
            _attr("s:free", "free jazz", "style"), _attr("b:messengers", "Jazz Messengers", "band"),
            _attr("c:rocky", "Rocky Mount", "city"), _attr("c:fw", "Fort Worth", "city")]
    rows = [("m:monk", "played", "i:piano"), ("m:blakey", "played", "i:drums"), ("m:coleman", "played", "i:alto"),
            ("m:mingus", "played", "i:bass"), ("m:monk", "has_style", "s:bebop"), ("m:blakey", "has_style", "s:hardbop"),
            ("m:coleman", "has_style", "s:free"), ("m:blakey", "member_of", "b:messengers"),
            ("m:monk", "born_in", "c:rocky"), ("m:coleman", "born_in", "c:fw")]
    return _graph("jazz", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Thelonious Monk was a pianist.", "Thelonious Monk was a drummer."),
    ("Thelonious Monk was a bebop pianist.", "Thelonious Monk was a hard bop pianist."),
    ("Art Blakey was a hard bop drummer.", "Art Blakey was a hard bop pianist."),
    ("Charles Mingus was a double bass player.", "Thelonious Monk was a double bass player."),
    ("Ornette Coleman, an alto saxophonist, was born in Fort Worth.",
     "Ornette Coleman, an alto saxophonist, was born in Rocky Mount."),
    ("Thelonious Monk was a bebop musician.", "Ornette Coleman was a bebop musician."),
    ("Art Blakey belonged to the Jazz Messengers.", "Thelonious Monk belonged to the Jazz Messengers."),
])
def test_jazz(jazz, true, false):
    _ok(jazz, true)
    _bad(jazz, false)


@pytest.fixture(scope="module")
def emperors():
    rels = [kgx.Relation("born_in", phrase="was born in", inverse_phrase="was the birthplace of",
                         domain=("emperor",), range=("place",)),
            kgx.Relation("died_in", phrase="died in", inverse_phrase="was the place of death of",
                         domain=("emperor",), range=("place",)),
            kgx.Relation("dynasty", phrase="belonged to", inverse_phrase="included", domain=("emperor",),
                         range=("dynasty",)),
            kgx.Relation("succeeded", phrase="succeeded", inverse_phrase="was succeeded by",
                         domain=("emperor",), range=("emperor",)),
            kgx.Relation("manner_of_death", phrase="died by", inverse_phrase="was the manner of death of",
                         domain=("emperor",), range=("manner of death",))]
    ents = [_item("e:hadrian", "Hadrian", "emperor", 117), _item("e:trajan", "Trajan", "emperor", 98),
            _item("e:caracalla", "Caracalla", "emperor", 198), _item("e:severus", "Septimius Severus", "emperor", 193),
            _attr("p:italica", "Italica", "place"), _attr("p:baiae", "Baiae", "place"),
            _attr("p:eboracum", "Eboracum", "place"), _attr("p:leptis", "Leptis Magna", "place"),
            _attr("d:na", "Nerva-Antonine dynasty", "dynasty"), _attr("d:sev", "Severan dynasty", "dynasty"),
            _attr("m:natural", "natural causes", "manner of death"), _attr("m:ass", "assassination", "manner of death")]
    rows = [("e:hadrian", "born_in", "p:italica"), ("e:hadrian", "died_in", "p:baiae"),
            ("e:trajan", "born_in", "p:italica"), ("e:severus", "born_in", "p:leptis"),
            ("e:severus", "died_in", "p:eboracum"), ("e:hadrian", "dynasty", "d:na"), ("e:trajan", "dynasty", "d:na"),
            ("e:severus", "dynasty", "d:sev"), ("e:caracalla", "dynasty", "d:sev"),
            ("e:hadrian", "succeeded", "e:trajan"), ("e:caracalla", "succeeded", "e:severus"),
            ("e:hadrian", "manner_of_death", "m:natural"), ("e:severus", "manner_of_death", "m:natural"),
            ("e:caracalla", "manner_of_death", "m:ass")]
    return _graph("emperors", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Hadrian died at Baiae.", "Hadrian died at Italica."),
    ("Septimius Severus passed away at Eboracum.", "Septimius Severus passed away at Leptis Magna."),
    ("Hadrian was born at Italica.", "Hadrian was born at Baiae."),
    ("Septimius Severus was a native of Leptis Magna.", "Septimius Severus was a native of Eboracum."),
    ("Trajan was a member of the Nerva-Antonine dynasty.", "Trajan was a member of the Severan dynasty."),
    ("Hadrian died of natural causes.", "Caracalla died of natural causes."),
    ("Caracalla, who succeeded Septimius Severus, died by assassination.",
     "Caracalla, who succeeded Septimius Severus, died by natural causes."),
])
def test_emperors(emperors, true, false):
    _ok(emperors, true)
    _bad(emperors, false)


def test_a_past_verb_without_object_is_no_participle(emperors):
    # "Y, died by X" after a name is no description of that name: Severus died of natural causes
    _bad(emperors, "Septimius Severus, died by assassination, was born in Leptis Magna.")


@pytest.fixture(scope="module")
def banks():
    rels = [kgx.Relation("acquired", phrase="acquired", inverse_phrase="was acquired by",
                         domain=("bank",), range=("bank", "firm")),
            kgx.Relation("headquartered_in", phrase="is headquartered in", inverse_phrase="is home to",
                         domain=("bank",), range=("city",))]
    ents = [_item("b:wf", "Wells Fargo", "bank", 1852), _item("b:ubs", "UBS", "bank", 1862),
            _item("b:rbs", "Royal Bank of Scotland", "bank", 1727), _attr("f:wachovia", "Wachovia", "firm"),
            _attr("f:cs", "Credit Suisse", "firm"), _attr("c:edinburgh", "Edinburgh", "city"),
            _attr("c:sf", "San Francisco", "city")]
    rows = [("b:wf", "acquired", "f:wachovia"), ("b:ubs", "acquired", "f:cs"),
            ("b:rbs", "headquartered_in", "c:edinburgh"), ("b:wf", "headquartered_in", "c:sf")]
    return _graph("banks", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Wells Fargo bought Wachovia.", "Wachovia bought Wells Fargo."),
    ("UBS took over Credit Suisse.", "UBS took over Wachovia."),
    ("Credit Suisse was absorbed by UBS.", "Credit Suisse was absorbed by Wells Fargo."),
    ("The Royal Bank of Scotland, founded in 1727, is headquartered in Edinburgh.",
     "The Royal Bank of Scotland, founded in 1728, is headquartered in Edinburgh."),
])
def test_banks(banks, true, false):
    _ok(banks, true)
    _bad(banks, false)


def test_a_museum_that_acquired_a_painting_did_not_buy_it():
    # acquired may be a gift: "bought" only between companies
    rels = [kgx.Relation("acquired", phrase="acquired", inverse_phrase="was acquired by",
                         domain=("museum",), range=("painting",))]
    ents = [_item("m:moma", "MoMA", "museum", 1929), _attr("p:starry", "The Starry Night", "painting")]
    checker = _graph("museums", rels, ents, [("m:moma", "acquired", "p:starry")])
    _ok(checker, "MoMA acquired The Starry Night.")
    for text in ("MoMA bought The Starry Night.", "MoMA purchased The Starry Night.",
                 "The Starry Night was taken over by MoMA."):
        _bad(checker, text)


@pytest.fixture(scope="module")
def detectives():
    rels = [kgx.Relation("first_appeared_in", phrase="first appeared in", inverse_phrase="introduced",
                         domain=("detective",), range=("work",)),
            kgx.Relation("based_in", phrase="is based in", inverse_phrase="is the home base of",
                         domain=("detective",), range=("place",)),
            kgx.Relation("portrayed_by", phrase="has been played by", inverse_phrase="played",
                         domain=("detective",), range=("actor",))]
    ents = [_item("d:holmes", "Sherlock Holmes", "detective", 1887), _item("d:morse", "Inspector Morse", "detective", 1975),
            _item("d:cadfael", "Brother Cadfael", "detective", 1977),
            _attr("w:study", "A Study in Scarlet", "work"), _attr("w:bus", "Last Bus to Woodstock", "work"),
            _attr("p:london", "London", "place"), _attr("p:oxford", "Oxford", "place"),
            _attr("a:jacobi", "Derek Jacobi", "actor"), _attr("a:thaw", "John Thaw", "actor")]
    rows = [("d:holmes", "first_appeared_in", "w:study"), ("d:morse", "first_appeared_in", "w:bus"),
            ("d:holmes", "based_in", "p:london"), ("d:morse", "based_in", "p:oxford"),
            ("d:cadfael", "portrayed_by", "a:jacobi"), ("d:morse", "portrayed_by", "a:thaw")]
    return _graph("detectives", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Brother Cadfael was portrayed by Derek Jacobi.", "Inspector Morse was portrayed by Derek Jacobi."),
    ("John Thaw played the role of Inspector Morse.", "John Thaw played the role of Brother Cadfael."),
    ("Sherlock Holmes first appeared in 1887, in A Study in Scarlet.",
     "Sherlock Holmes first appeared in 1887, in Last Bus to Woodstock."),
    ("Introduced in 1975, Inspector Morse is based in Oxford.", "Introduced in 1976, Inspector Morse is based in Oxford."),
    ("Inspector Morse first appeared in Last Bus to Woodstock. He is based in Oxford.",
     "Inspector Morse first appeared in Last Bus to Woodstock. He is based in London."),
])
def test_detectives(detectives, true, false):
    _ok(detectives, true)
    _bad(detectives, false)


def test_a_player_noun_before_the_name(jazz):
    _ok(jazz, "The pianist Thelonious Monk was born in Rocky Mount.")
    _bad(jazz, "The drummer Thelonious Monk was born in Rocky Mount.")


def test_the_former_with_its_type_noun():
    rels = [kgx.Relation("recorded_for", phrase="recorded for", inverse_phrase="released recordings by",
                         domain=("musician",), range=("label",))]
    ents = [_item("m:davis", "Miles Davis", "musician", 1926), _item("m:hancock", "Herbie Hancock", "musician", 1940),
            _attr("l:columbia", "Columbia Records", "label"), _attr("l:prestige", "Prestige Records", "label")]
    checker = _graph("labels", rels, ents, [("m:davis", "recorded_for", "l:columbia"),
                                            ("m:davis", "recorded_for", "l:prestige"),
                                            ("m:hancock", "recorded_for", "l:columbia")])
    opening = "Miles Davis recorded for Columbia Records and Prestige Records. "
    _ok(checker, opening + "The former label also released recordings by Herbie Hancock.")
    _bad(checker, opening + "The latter label also released recordings by Herbie Hancock.")
    _bad(checker, opening + "The former musician also released recordings by Herbie Hancock.")


def test_the_company_behind_what_it_makes():
    rels = [kgx.Relation("made_by", phrase="was made by", inverse_phrase="made",
                         domain=("synthesizer",), range=("company",)),
            kgx.Relation("sold_by", phrase="was sold by", inverse_phrase="sold", domain=("synthesizer",),
                         range=("company",))]
    ents = [_item("s:p5", "Prophet-5", "synthesizer", 1978), _item("s:mini", "Minimoog", "synthesizer", 1970),
            _attr("c:sci", "Sequential Circuits", "company"), _attr("c:moog", "Moog Music", "company"),
            _attr("c:sam", "Sam Ash", "company")]
    checker = _graph("synths", rels, ents, [("s:p5", "made_by", "c:sci"), ("s:mini", "made_by", "c:moog"),
                                            ("s:p5", "sold_by", "c:sam")])
    _ok(checker, "Sequential Circuits was the company behind the Prophet-5.")
    for text in ("Moog Music was the company behind the Prophet-5.", "Sam Ash was the company behind the Prophet-5.",
                 "The Prophet-5 was the company behind Sequential Circuits."):
        _bad(checker, text)


def test_a_year_before_a_work_of_another_year():
    rels = [kgx.Relation("appeared_in", phrase="appeared in", inverse_phrase="features",
                         domain=("detective",), range=("novel",))]
    ents = [_item("d:holmes", "Sherlock Holmes", "detective", 1887), _item("n:study", "A Study in Scarlet", "novel", 1887),
            _item("n:sign", "The Sign of the Four", "novel", 1890)]
    checker = _graph("appearances", rels, ents, [("d:holmes", "appeared_in", "n:study"),
                                                 ("d:holmes", "appeared_in", "n:sign")])
    _ok(checker, "Sherlock Holmes appeared in A Study in Scarlet.")
    for text in ("Sherlock Holmes appeared in 1887 in The Sign of the Four.",
                 "Sherlock Holmes appeared in 1887, in The Sign of the Four.",
                 "Sherlock Holmes first appeared in 1887, in The Sign of the Four."):
        _bad(checker, text)


@pytest.fixture(scope="module")
def explorers():
    rels = [kgx.Relation("occupation", phrase="worked as", inverse_phrase="was the occupation of",
                         domain=("explorer",), range=("occupation",)),
            kgx.Relation("explored", phrase="explored", inverse_phrase="was explored by",
                         domain=("explorer",), range=("region",)),
            kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                         domain=("explorer",), range=("place",)),
            kgx.Relation("studied_at", phrase="studied at", inverse_phrase="is the alma mater of",
                         domain=("explorer",), range=("university",))]
    ents = [_item("e:polo", "Marco Polo", "explorer", 1254), _item("e:hillary", "Edmund Hillary", "explorer", 1919),
            _attr("o:merchant", "merchant", "occupation"), _attr("o:mountaineer", "mountaineer", "occupation"),
            _attr("o:beekeeper", "beekeeper", "occupation"), _attr("r:china", "China", "region"),
            _attr("r:everest", "Everest", "region"), _attr("p:venice", "Venice", "place"),
            _attr("p:auckland", "Auckland", "place"), _attr("u:auckland", "University of Auckland", "university")]
    rows = [("e:polo", "occupation", "o:merchant"), ("e:hillary", "occupation", "o:mountaineer"),
            ("e:hillary", "occupation", "o:beekeeper"), ("e:polo", "explored", "r:china"),
            ("e:hillary", "explored", "r:everest"), ("e:polo", "born_in", "p:venice"),
            ("e:hillary", "born_in", "p:auckland"), ("e:hillary", "studied_at", "u:auckland")]
    return _graph("explorers", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Marco Polo was a merchant.", "Marco Polo was a beekeeper."),
    ("By trade, Marco Polo was a merchant.", "By trade, Marco Polo was born in Venice."),
    ("Marco Polo was a merchant by trade.", "Edmund Hillary was a merchant by trade."),
    ("Edmund Hillary was a mountaineer born in Auckland.", "Edmund Hillary was a mountaineer born in Venice."),
    ("Edmund Hillary was a beekeeper as well as a mountaineer.", "Marco Polo was a beekeeper as well as a merchant."),
    ("Edmund Hillary is an alumnus of the University of Auckland.",
     "Marco Polo is an alumnus of the University of Auckland."),
])
def test_occupations(explorers, true, false):
    _ok(explorers, true)
    _bad(explorers, false)


def test_a_past_occupation_is_no_present_one_nor_a_place_before_it(explorers):
    # "worked as" says the past; a name before the occupation is no kind of the person (red team 196)
    for text in ("Marco Polo is a merchant.", "Edmund Hillary was an Everest beekeeper.",
                 "Marco Polo was a China merchant.", "By training, Marco Polo was a merchant."):
        _bad(explorers, text)


def test_a_building_that_worked_as_a_prison_is_none():
    rels = [kgx.Relation("worked_as", phrase="worked as", inverse_phrase="was a function of",
                         domain=("building",), range=("function",))]
    ents = [_item("b:alcatraz", "Alcatraz", "building", 1859), _attr("f:prison", "prison", "function")]
    checker = _graph("functions", rels, ents, [("b:alcatraz", "worked_as", "f:prison")])
    _ok(checker, "Alcatraz worked as a prison.")
    for text in ("Alcatraz is a prison.", "Alcatraz was a prison by trade."):
        _bad(checker, text)


def test_a_breeder():
    rels = [kgx.Relation("bred_by", phrase="was bred by", inverse_phrase="bred", domain=("grape",), range=("person",))]
    ents = [_item("g:pinotage", "Pinotage", "grape", 1925), _item("g:scheurebe", "Scheurebe", "grape", 1916),
            _attr("p:perold", "Abraham Izak Perold", "person"), _attr("p:scheu", "Georg Scheu", "person")]
    checker = _graph("grapes", rels, ents, [("g:pinotage", "bred_by", "p:perold"), ("g:scheurebe", "bred_by", "p:scheu")])
    _ok(checker, "Pinotage's breeder was Abraham Izak Perold.")
    _ok(checker, "Georg Scheu bred Scheurebe.")
    _bad(checker, "Pinotage's breeder was Georg Scheu.")
    _bad(checker, "Scheurebe bred Georg Scheu.")


def test_his_noun_at_a_sentence_start(jazz):
    # "His N was Y" at a clause's start reads as "its" does, of the person named before
    rels = [kgx.Relation("played", phrase="played", inverse_phrase="was played by",
                         domain=("musician",), range=("instrument",)),
            kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                         domain=("musician",), range=("city",))]
    ents = [_item("m:rollins", "Sonny Rollins", "musician", 1930), _item("m:monk", "Thelonious Monk", "musician", 1917),
            _attr("i:tenor", "tenor saxophone", "instrument"), _attr("i:piano", "piano", "instrument"),
            _attr("c:nyc", "New York City", "city")]
    checker = _graph("his", rels, ents, [("m:rollins", "played", "i:tenor"), ("m:monk", "played", "i:piano"),
                                         ("m:rollins", "born_in", "c:nyc")])
    _ok(checker, "Sonny Rollins was born in New York City. His instrument was the tenor saxophone.")
    _bad(checker, "Sonny Rollins was born in New York City. His instrument was the piano.")
    # two people named before: "his" stands for both, and the claim must hold for each
    _bad(checker, "Sonny Rollins and Thelonious Monk were musicians. His instrument was the piano.")


def test_a_martial_art_in_lower_case():
    rels = [kgx.Relation("derived_from", phrase="is derived from", inverse_phrase="gave rise to",
                         domain=("martial_art",), range=("martial_art",))]
    ents = [_item("a:judo", "Judo", "martial_art", 1882), _item("a:sambo", "Sambo", "martial_art", 1938),
            _item("a:karate", "Karate", "martial_art", 1900)]
    checker = _graph("arts", rels, ents, [("a:sambo", "derived_from", "a:judo")])
    _ok(checker, "Sambo is derived from judo.")
    _bad(checker, "Sambo is derived from karate.")
    _bad(checker, "Judo is derived from sambo.")


def test_later_after_a_birth(emperors):
    # whatever a person did came after his birth ("later" says no more on a graph of people)
    _ok(emperors, "Hadrian was born at Italica and later died at Baiae.")
    _ok(emperors, "Hadrian was born at Italica. He later died at Baiae.")
    _bad(emperors, "Hadrian was born at Italica and later died at Eboracum.")


def test_born_only_where_the_year_is_declared_a_birth(emperors):
    # an emperor's year may be his accession: "born in 117" is read only where the items declare
    # their year a birth (attrs["born"])
    for text in ("Hadrian was born in 117.", "Born in 117, Hadrian died at Baiae.", "Hadrian, born in 117, died at Baiae."):
        _bad(emperors, text)
    rels = [kgx.Relation("died_in", phrase="died in", inverse_phrase="was the place of death of",
                         domain=("emperor",), range=("place",))]
    ents = [_item("e:hadrian", "Hadrian", "emperor", 76, born=True), _attr("p:baiae", "Baiae", "place")]
    checker = _graph("born", rels, ents, [("e:hadrian", "died_in", "p:baiae")])
    _ok(checker, "Born in 76, Hadrian died in Baiae.")
    _bad(checker, "Born in 77, Hadrian died in Baiae.")


def test_a_film_an_actor_played_in_is_no_role():
    # "played" between actors and films: no film is portrayed
    rels = [kgx.Relation("acted", phrase="played", inverse_phrase="was played by", domain=("actor",), range=("film",))]
    ents = [_item("a:pacino", "Al Pacino", "actor", 1940), _attr("f:heat", "Heat", "film")]
    checker = _graph("films", rels, ents, [("a:pacino", "acted", "f:heat")])
    _ok(checker, "Al Pacino played Heat.")
    for text in ("Al Pacino portrayed Heat.", "Al Pacino played the role of Heat."):
        _bad(checker, text)
