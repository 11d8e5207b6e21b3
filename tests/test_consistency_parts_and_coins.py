"""Readings added in session 56, each with false twins: a part said before its noun ("has a gold
nib" for "has a nib made of" gold, "both have steel nibs", "and a resin body"); a relation whose
phrase is the bare copula ("is duophonic"); what an item "uses a" of or contains, had ("has a
hybrid kernel", "has an observation deck"); a bare participle after "and" taking the passive's
auxiliary before it ("was built by X and operated by Y"); "built at" a builder's works; coins
struck or minted in their city, bearing what they depict, dated by their first striking; a
product "made / manufactured / produced in" the country it was built in; a preserved thing "kept
at" its museum; "P is where you will find X"; "If you like <kind> <noun>, X is one". Red teams
175-177 (tests/redteam) attack the same readings with false texts; what they showed false was
withdrawn (tested below: the part noun as a relation noun, "struck in" a metal, "had" a part, a
cast medal's striking year, a kind with no noun in the frames)."""

from __future__ import annotations

import pytest

import kgexplain as kgx

from checker_cases import accepts as _ok, attr as _attr, graph_checker as _graph, item as _item, rejects as _bad


@pytest.fixture(scope="module")
def pens():
    rels = [kgx.Relation("made_by", phrase="is made by", inverse_phrase="makes", domain=("pen",), range=("company",)),
            kgx.Relation("nib_material", phrase="has a nib made of", inverse_phrase="is the nib material of",
                         domain=("pen",), range=("material",)),
            kgx.Relation("body_material", phrase="has a body made of", inverse_phrase="is the body material of",
                         domain=("pen",), range=("material",))]
    ents = [_item("p:2000", "Lamy 2000", "pen", 1966), _item("p:safari", "Lamy Safari", "pen", 1980),
            _item("p:51", "Parker 51", "pen", 1941),
            _attr("f:lamy", "Lamy", "company"), _attr("f:parker", "Parker", "company"),
            _attr("m:gold", "gold", "material"), _attr("m:steel", "steel", "material"),
            _attr("m:makrolon", "Makrolon", "material"), _attr("m:abs", "ABS plastic", "material"),
            _attr("m:lucite", "Lucite", "material")]
    rows = [("p:2000", "made_by", "f:lamy"), ("p:safari", "made_by", "f:lamy"), ("p:51", "made_by", "f:parker"),
            ("p:2000", "nib_material", "m:gold"), ("p:safari", "nib_material", "m:steel"),
            ("p:51", "nib_material", "m:gold"), ("p:2000", "body_material", "m:makrolon"),
            ("p:safari", "body_material", "m:abs"), ("p:51", "body_material", "m:lucite")]
    return _graph("pens", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("The Lamy 2000 has a gold nib.", "The Lamy Safari has a gold nib."),
    ("The Lamy 2000 has a Makrolon body.", "The Lamy 2000 has a gold body."),  # gold is its nib
    ("The Lamy Safari is a pen with a steel nib.", "The Lamy 2000 is a pen with a steel nib."),
    ("The Lamy 2000 and the Parker 51 both have gold nibs.", "The Lamy 2000 and the Lamy Safari both have gold nibs."),
    ("The Lamy Safari has an ABS plastic body and a steel nib.",
     "The Lamy Safari has an ABS plastic body and a gold nib."),
    ("The Parker 51 has a gold nib and a Lucite body.", "The Parker 51 has a gold nib and a Makrolon body."),
])
def test_parts(pens, true, false):
    _ok(pens, true)
    _bad(pens, false)


@pytest.mark.parametrize("text", [
    "The Lamy 2000 has a gold cap.",  # no cap in the graph
    "The Lamy 2000 is a gold pen.",  # its nib is gold, not the pen
    "The Lamy 2000 has a gold.",  # no part named
    "The Lamy 2000 does not have a gold nib.",
])
def test_parts_not_read(pens, text):
    _bad(pens, text)


@pytest.fixture(scope="module")
def synths():
    rels = [kgx.Relation("made_by", phrase="was made by", inverse_phrase="made", domain=("synthesizer",),
                         range=("company",)),
            kgx.Relation("voicing", phrase="is", inverse_phrase="is the voicing of", domain=("synthesizer",),
                         range=("voicing",)),
            kgx.Relation("built_in", phrase="was built in", inverse_phrase="produced", domain=("synthesizer",),
                         range=("country",)),
            kgx.Relation("method", phrase="uses a", inverse_phrase="is the method of", domain=("synthesizer",),
                         range=("method",))]
    ents = [_item("s:odyssey", "ARP Odyssey", "synthesizer", 1972), _item("s:ms20", "Korg MS-20", "synthesizer", 1978),
            _item("s:cmi", "Fairlight CMI", "synthesizer", 1979), _item("s:dx7", "Yamaha DX7", "synthesizer", 1983),
            _attr("f:arp", "ARP Instruments", "company"), _attr("f:korg", "Korg", "company"),
            _attr("f:fairlight", "Fairlight", "company"), _attr("f:yamaha", "Yamaha", "company"),
            _attr("v:duo", "Duophonic", "voicing"), _attr("v:mono", "Monophonic", "voicing"),
            _attr("v:poly", "Polyphonic", "voicing"), _attr("k:us", "United States", "country"),
            _attr("k:japan", "Japan", "country"), _attr("k:australia", "Australia", "country"),
            _attr("m:sampler", "sampler engine", "method"), _attr("m:fm", "FM engine", "method")]
    rows = [("s:odyssey", "made_by", "f:arp"), ("s:ms20", "made_by", "f:korg"), ("s:cmi", "made_by", "f:fairlight"),
            ("s:dx7", "made_by", "f:yamaha"), ("s:odyssey", "voicing", "v:duo"), ("s:ms20", "voicing", "v:mono"),
            ("s:cmi", "voicing", "v:poly"), ("s:dx7", "voicing", "v:poly"), ("s:odyssey", "built_in", "k:us"),
            ("s:ms20", "built_in", "k:japan"), ("s:cmi", "built_in", "k:australia"), ("s:dx7", "built_in", "k:japan"),
            ("s:cmi", "method", "m:sampler"), ("s:dx7", "method", "m:fm")]
    return _graph("synths", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("The ARP Odyssey is duophonic.", "The ARP Odyssey is monophonic."),
    ("The Fairlight CMI and the Yamaha DX7 are both polyphonic.", "The Korg MS-20 and the Yamaha DX7 are both polyphonic."),
    ("The Fairlight CMI was made in Australia.", "The Fairlight CMI was made in Japan."),
    ("The Korg MS-20 was manufactured in Japan.", "The ARP Odyssey was manufactured in Japan."),
    ("The Yamaha DX7 was made by Yamaha in Japan.", "The Yamaha DX7 was made by Yamaha in Australia."),
    ("The Yamaha DX7 has an FM engine.", "The Fairlight CMI has an FM engine."),
    ("The Fairlight CMI, a synth with a sampler engine, was made by Fairlight.",
     "The Fairlight CMI, a synth with an FM engine, was made by Fairlight."),
])
def test_copulas_and_places(synths, true, false):
    _ok(synths, true)
    _bad(synths, false)


@pytest.mark.parametrize("text", [
    "The Fairlight CMI is Fairlight.",  # a firm is no voicing
    "The Fairlight CMI was designed in Australia.",  # no designing in the graph
])
def test_copulas_not_read(synths, text):
    _bad(synths, text)


@pytest.fixture(scope="module")
def engines():
    rels = [kgx.Relation("built_by", phrase="was built by", inverse_phrase="built", domain=("locomotive",),
                         range=("builder",)),
            kgx.Relation("operated_by", phrase="was operated by", inverse_phrase="operated", domain=("locomotive",),
                         range=("railway",)),
            kgx.Relation("preserved_at", phrase="is preserved at", inverse_phrase="preserves", domain=("locomotive",),
                         range=("museum",))]
    ents = [_item("l:mallard", "Mallard", "locomotive", 1938), _item("l:bigboy", "Big Boy 4014", "locomotive", 1941),
            _attr("b:doncaster", "Doncaster Works", "builder"), _attr("b:alco", "American Locomotive Company", "builder"),
            _attr("r:lner", "London and North Eastern Railway", "railway"),
            _attr("r:up", "Union Pacific Railroad", "railway"),
            _attr("m:nrm", "National Railway Museum", "museum"), _attr("m:rail", "RailGiants Museum", "museum")]
    rows = [("l:mallard", "built_by", "b:doncaster"), ("l:bigboy", "built_by", "b:alco"),
            ("l:mallard", "operated_by", "r:lner"), ("l:bigboy", "operated_by", "r:up"),
            ("l:mallard", "preserved_at", "m:nrm")]
    return _graph("engines", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Big Boy 4014 was built by the American Locomotive Company and operated by the Union Pacific Railroad.",
     "Big Boy 4014 was built by the American Locomotive Company and operated by the London and North Eastern Railway."),
    ("Mallard was built at Doncaster Works.", "Big Boy 4014 was built at Doncaster Works."),
    ("Mallard is kept at the National Railway Museum.", "Big Boy 4014 is kept at the National Railway Museum."),
    ("The engine Mallard was built by Doncaster Works.", "The engine Mallard was built by the American Locomotive Company."),
])
def test_builders_and_museums(engines, true, false):
    _ok(engines, true)
    _bad(engines, false)


@pytest.fixture(scope="module")
def coins():
    rels = [kgx.Relation("struck_at", phrase="was struck at", inverse_phrase="struck", domain=("coin",),
                         range=("mint", "city")),
            kgx.Relation("made_of", phrase="is made of", inverse_phrase="is the metal of", domain=("coin",),
                         range=("metal",)),
            kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted on", domain=("coin",),
                         range=("person", "animal"))]
    ents = [_item("c:shilling", "Pine Tree Shilling", "coin", 1652), _item("c:nickel", "Buffalo Nickel", "coin", 1913),
            _item("c:krugerrand", "Krugerrand", "coin", 1967),
            _attr("x:boston", "Boston", "city"), _attr("x:philly", "Philadelphia Mint", "mint"),
            _attr("x:sa", "South African Mint", "mint"), _attr("m:silver", "silver", "metal"),
            _attr("m:gold", "gold", "metal"), _attr("m:nickel", "cupronickel", "metal"),
            _attr("d:bison", "American bison", "animal"), _attr("d:kruger", "Paul Kruger", "person")]
    rows = [("c:shilling", "struck_at", "x:boston"), ("c:nickel", "struck_at", "x:philly"),
            ("c:krugerrand", "struck_at", "x:sa"), ("c:shilling", "made_of", "m:silver"),
            ("c:nickel", "made_of", "m:nickel"), ("c:krugerrand", "made_of", "m:gold"),
            ("c:nickel", "depicts", "d:bison"), ("c:krugerrand", "depicts", "d:kruger")]
    return _graph("coins", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("The Pine Tree Shilling was minted in Boston.", "The Buffalo Nickel was minted in Boston."),
    ("The Philadelphia Mint produced the Buffalo Nickel.", "The Philadelphia Mint produced the Krugerrand."),
    ("The Buffalo Nickel carries an image of an American bison.", "The Krugerrand carries an image of an American bison."),
    ("Paul Kruger appears on the Krugerrand.", "Paul Kruger appears on the Buffalo Nickel."),
    ("The Buffalo Nickel was first minted in 1913.", "The Buffalo Nickel was first minted in 1914."),
    ("The Buffalo Nickel, first struck in 1913, depicts an American bison.",
     "The Buffalo Nickel, first struck in 1914, depicts an American bison."),
    ("The Krugerrand, introduced in 1967, is made of gold.", "The Krugerrand, introduced in 1968, is made of gold."),
])
def test_coins(coins, true, false):
    _ok(coins, true)
    _bad(coins, false)


@pytest.mark.parametrize("text", [
    "The Krugerrand is struck in gold.",  # a cast coin is made of its metal too: not read (red team 175)
    "The Pine Tree Shilling was minted in 1653.",
])
def test_coins_not_read(coins, text):
    _bad(coins, text)


@pytest.fixture(scope="module")
def medals():
    rels = [kgx.Relation("cast_by", phrase="is cast by", inverse_phrase="casts", domain=("medal",), range=("firm",)),
            kgx.Relation("made_of", phrase="is made of", inverse_phrase="is the metal of", domain=("medal",),
                         range=("metal",)),
            kgx.Relation("depicts", phrase="depicts", inverse_phrase="is depicted on", domain=("medal", "film"),
                         range=("animal", "person"))]
    ents = [_item("m:vc", "Victoria Cross", "medal", 1856), _item("f:lincoln", "Lincoln", "film", 2012),
            _attr("x:hancocks", "Hancocks", "firm"), _attr("x:bronze", "bronze", "metal"),
            _attr("x:lion", "lion", "animal"), _attr("x:abe", "Abraham Lincoln", "person")]
    rows = [("m:vc", "cast_by", "x:hancocks"), ("m:vc", "made_of", "x:bronze"), ("m:vc", "depicts", "x:lion"),
            ("f:lincoln", "depicts", "x:abe")]
    return _graph("medals", rels, ents, rows)


@pytest.mark.parametrize("text", [
    "The Victoria Cross was struck in 1856.",  # cast, never struck (red team 175)
    "Struck in 1856, the Victoria Cross depicts a lion.",
    "The Victoria Cross was first minted in 1856.",
    "The Victoria Cross was struck in bronze.",
    "Abraham Lincoln appears on Lincoln.",  # a film, not a coin: "appears on" is a coin's
])
def test_cast_medals_not_read(medals, text):
    _bad(medals, text)


@pytest.mark.parametrize("text", [
    # the kind's noun names the answer's type (red team 176)
    "If you like tiered falls, Mallard is one.",
    "If you like Doncaster Works museums, Mallard is one.",
    # the place is the whole subject of "is where you will find"
    "Next to the National Railway Museum is where you will find Mallard.",
])
def test_frames_not_read(engines, text):
    _bad(engines, text)


@pytest.mark.parametrize("text", [
    "The Lamy 2000 had a gold nib.",  # once, not now (red team 177)
    "The Lamy Safari once had a steel nib.",
    "Gold is the nib of the Lamy 2000.",  # gold is what the nib is made of, no nib
])
def test_parts_past_not_read(pens, text):
    _bad(pens, text)


@pytest.mark.parametrize("text", [
    "The Fairlight CMI is made in Australia.",  # "was built in": the present is not said (red team 177)
    "The ARP Odyssey is a duophonic.",  # a relation declared "is" takes no noun phrase
])
def test_tense_and_copula_not_read(synths, text):
    _bad(synths, text)

