"""Readings added in session 55, each with false twins: products brought to market ("introduced
in 1954"; a product's maker "makes", "manufactures" or "produces" it alike, in its phrase's tense;
not "launched": red team 172); succession said otherwise ("was followed by", "its successor");
what a thing runs on ("uses", "is powered by"); where a thing was first made is where it "comes
from"; "X is the company / one that <verb> Y"; "has its home in";
"the creation / brainchild of" a person. Red teams 172-174 (tests/redteam) attack the same
readings with false texts; what they showed false was withdrawn (tested below).

The graphs are small and declared here; texts are checked with no evidence (every true fact of
the graph is allowed), so a rejection is the reading's, not the evidence's."""

from __future__ import annotations

import pytest

import kgexplain as kgx

from checker_cases import accepts as _ok, attr as _attr, graph_checker as _graph, item as _item, rejects as _bad


@pytest.fixture(scope="module")
def cameras():
    rels = [kgx.Relation("made_by", phrase="is made by", inverse_phrase="makes", domain=("camera",), range=("company",)),
            kgx.Relation("designed_by", phrase="was designed by", inverse_phrase="designed",
                         domain=("camera",), range=("person",)),
            kgx.Relation("origin", phrase="was first made in", inverse_phrase="is the birthplace of",
                         domain=("camera",), range=("country",))]
    ents = [_item("c:spot", "Pentax Spotmatic", "camera", 1964), _item("c:m3", "Leica M3", "camera", 1954),
            _item("c:xa", "Olympus XA", "camera", 1979),
            _attr("f:asahi", "Asahi Optical", "company"), _attr("f:leitz", "Ernst Leitz", "company"),
            _attr("f:olympus", "Olympus", "company"), _attr("p:maitani", "Yoshihisa Maitani", "person"),
            _attr("k:japan", "Japan", "country"), _attr("k:germany", "Germany", "country")]
    rows = [("c:spot", "made_by", "f:asahi"), ("c:m3", "made_by", "f:leitz"), ("c:xa", "made_by", "f:olympus"),
            ("c:xa", "designed_by", "p:maitani"), ("c:spot", "origin", "k:japan"), ("c:m3", "origin", "k:germany"),
            ("c:xa", "origin", "k:japan")]
    return _graph("cameras", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    # a product's year is its introduction, its first sale
    ("The Pentax Spotmatic was introduced in 1964.", "The Pentax Spotmatic was introduced in 1965."),
    ("The Leica M3, introduced in 1954, was made by Ernst Leitz.",
     "The Leica M3, introduced in 1964, was made by Ernst Leitz."),
    ("Introduced in 1979, the Olympus XA was designed by Yoshihisa Maitani.",
     "Introduced in 1954, the Olympus XA was designed by Yoshihisa Maitani."),
    # a firm that makes a product manufactures it
    ("Olympus manufactures the Olympus XA.", "Olympus manufactures the Leica M3."),
    # where it was first made is where it comes from
    ("The Leica M3 comes from Germany.", "The Leica M3 comes from Japan."),
    ("The Pentax Spotmatic is from Japan.", "Japan is from the Pentax Spotmatic."),
    # "the company that", "the one who"
    ("Olympus is the company that makes the Olympus XA.", "Olympus is the company that makes the Leica M3."),
    ("Yoshihisa Maitani is the one who designed the Olympus XA.",
     "Yoshihisa Maitani is the one who designed the Leica M3."),
    ("Ernst Leitz, a company, makes the Leica M3.", "Ernst Leitz, a company, makes the Olympus XA."),
])
def test_products(cameras, true, false):
    _ok(cameras, true)
    _bad(cameras, false)


@pytest.mark.parametrize("text", [
    "Yoshihisa Maitani is the man who designed the Olympus XA.",  # gender: not in the graph
    "Yoshihisa Maitani is the company that designed the Olympus XA.",  # a person, no company
    "The Pentax Spotmatic was sold in 1964.",  # a sale, not its first
    "The Pentax Spotmatic was first sold in 1964.",  # a first sale is no making (red team 128)
    "The Olympus XA was introduced to Japan in 1979.",  # brought into a country
    # the firm that makes a product now may have bought it long after another launched it (red
    # team 172): its maker is not read as its launcher
    "Asahi Optical launched the Pentax Spotmatic.",
    "The Olympus XA was released by Olympus.",
])
def test_products_not_read(cameras, text):
    _bad(cameras, text)


@pytest.fixture(scope="module")
def consoles():
    rels = [kgx.Relation("succeeded_by", phrase="was succeeded by", inverse_phrase="succeeded",
                         domain=("console",), range=("console",)),
            kgx.Relation("manufactured_by", phrase="is manufactured by", inverse_phrase="manufactures",
                         domain=("console",), range=("company",))]
    ents = [_item("c:nes", "NES", "console", 1983), _item("c:snes", "SNES", "console", 1990),
            _item("c:n64", "Nintendo 64", "console", 1996), _attr("f:nintendo", "Nintendo", "company")]
    rows = [("c:nes", "succeeded_by", "c:snes"), ("c:snes", "succeeded_by", "c:n64"),
            *((c, "manufactured_by", "f:nintendo") for c in ("c:nes", "c:snes", "c:n64"))]
    return _graph("consoles", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("The NES was followed by the SNES.", "The SNES was followed by the NES."),
    ("The SNES followed the NES.", "The NES followed the SNES."),
    ("The SNES is the successor to the NES.", "The NES is the successor to the SNES."),
    ("The NES's successor is the SNES.", "The SNES's successor is the NES."),
    ("The NES is the predecessor of the SNES.", "The Nintendo 64 is the predecessor of the SNES."),
    ("The NES came before the SNES.", "The Nintendo 64 came before the SNES."),
    ("The Nintendo 64 is a machine made by Nintendo.", "The Nintendo 64 is a machine made by the SNES."),
])
def test_succession(consoles, true, false):
    _ok(consoles, true)
    _bad(consoles, false)


@pytest.fixture(scope="module")
def watches():
    rels = [kgx.Relation("movement", phrase="runs on", inverse_phrase="drives", domain=("watch",), range=("movement",)),
            kgx.Relation("made_by", phrase="is made by", inverse_phrase="makes", domain=("watch",), range=("brand",))]
    ents = [_item("w:acc", "Bulova Accutron", "watch", 1960), _item("w:sub", "Rolex Submariner", "watch", 1953),
            _attr("m:fork", "tuning-fork movement", "movement"), _attr("m:auto", "automatic movement", "movement"),
            _attr("b:bulova", "Bulova", "brand"), _attr("b:rolex", "Rolex", "brand")]
    rows = [("w:acc", "movement", "m:fork"), ("w:sub", "movement", "m:auto"),
            ("w:acc", "made_by", "b:bulova"), ("w:sub", "made_by", "b:rolex")]
    return _graph("watches", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("The Bulova Accutron uses a tuning-fork movement.", "The Rolex Submariner uses a tuning-fork movement."),
    ("The Rolex Submariner is powered by an automatic movement.",
     "The Bulova Accutron is powered by an automatic movement."),
    ("A tuning-fork movement powers the Bulova Accutron.", "A tuning-fork movement powers the Rolex Submariner."),
    ("The Bulova Accutron relies on a tuning-fork movement.", "The Bulova Accutron relies on Bulova."),
])
def test_running_on(watches, true, false):
    _ok(watches, true)
    _bad(watches, false)


@pytest.fixture(scope="module")
def firms():
    rels = [kgx.Relation("owned_by", phrase="is owned by", inverse_phrase="owns", domain=("distillery",),
                         range=("company",)),
            kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=("distillery",),
                         range=("person",)),
            kgx.Relation("housed_in", phrase="is housed in", inverse_phrase="houses", domain=("distillery",),
                         range=("building",)),
            kgx.Relation("located_in", phrase="is located in", inverse_phrase="is home to", domain=("distillery",),
                         range=("town",))]
    ents = [_item("d:tal", "Talisker", "distillery", 1830), _item("d:lag", "Lagavulin", "distillery", 1816),
            _attr("f:diageo", "Diageo", "company"), _attr("f:pernod", "Pernod Ricard", "company"),
            _attr("p:mac", "Hugh MacAskill", "person"), _attr("p:john", "John Johnston", "person"),
            _attr("b:mill", "the Old Mill", "building"), _attr("t:carbost", "Carbost", "town"),
            _attr("t:port", "Port Ellen", "town")]
    rows = [("d:tal", "owned_by", "f:diageo"), ("d:lag", "owned_by", "f:diageo"), ("d:tal", "founded_by", "p:mac"),
            ("d:lag", "founded_by", "p:john"), ("d:tal", "housed_in", "b:mill"), ("d:tal", "located_in", "t:carbost"),
            ("d:lag", "located_in", "t:port")]
    return _graph("distilleries", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    # where a thing is kept or stands is its home
    ("Talisker has its home in the Old Mill.", "Lagavulin has its home in the Old Mill."),
    ("Lagavulin makes its home in Port Ellen.", "Lagavulin makes its home in Carbost."),
    # one relation of conceiving: "the creation / brainchild of"
    ("Talisker was the creation of Hugh MacAskill.", "Talisker was the creation of John Johnston."),
    ("Lagavulin is the brainchild of John Johnston.", "John Johnston is the brainchild of Lagavulin."),
])
def test_firms_and_homes(firms, true, false):
    _ok(firms, true)
    _bad(firms, false)


@pytest.fixture(scope="module")
def first_makers():
    rels = [kgx.Relation("made_by", phrase="is made by", inverse_phrase="makes", domain=("soft_drink",),
                         range=("company",)),
            kgx.Relation("first_made_by", phrase="was first made by", inverse_phrase="first made",
                         domain=("soft_drink",), range=("company",)),
            kgx.Relation("followed", phrase="followed", inverse_phrase="was followed by", domain=("expedition",),
                         range=("river",)),
            kgx.Relation("uses", phrase="uses", inverse_phrase="is used by", domain=("car",), range=("tyre",))]
    ents = [_item("d:dew", "Mountain Dew", "soft_drink", 1940), _item("x:lc", "Lewis and Clark Expedition", "expedition"),
            _item("c:mp4", "McLaren MP4/4", "car", 1988),
            _attr("f:pepsi", "PepsiCo", "company"), _attr("f:hart", "Hartman Beverage Company", "company"),
            _attr("r:miss", "Missouri River", "river"), _attr("t:good", "Goodyear Eagle", "tyre")]
    rows = [("d:dew", "made_by", "f:pepsi"), ("d:dew", "first_made_by", "f:hart"), ("x:lc", "followed", "r:miss"),
            ("c:mp4", "uses", "t:good")]
    return _graph("first makers", rels, ents, rows)


@pytest.mark.parametrize("text", [
    "The Hartman Beverage Company makes Mountain Dew.",  # its first maker, not its maker now
    "Mountain Dew is produced by the Hartman Beverage Company.",
    "The Lewis and Clark Expedition replaced the Missouri River.",  # following a river: no succession
    "The Missouri River was succeeded by the Lewis and Clark Expedition.",
    "Goodyear Eagle powers the McLaren MP4/4.",  # a tyre it uses powers nothing
])
def test_not_read_after_red_team(first_makers, text):
    _bad(first_makers, text)


def test_first_maker_still_read(first_makers):
    _ok(first_makers, "Mountain Dew was first made by the Hartman Beverage Company.")
    _ok(first_makers, "PepsiCo makes Mountain Dew.")




@pytest.mark.parametrize("text", [
    # withdrawn after red teams 173-174: a joint venture has two owners and no parent company; a
    # manager of a band "operates" nothing; "took over from" of a sequel; a one-off event's venue
    # is no home; "came up with" of an engineer who designed another's idea
    "Diageo is the parent company of Talisker.",
    "Talisker is a subsidiary of Diageo.",
])
def test_withdrawn_readings(firms, text):
    _bad(firms, text)


def test_withdrawn_readings_elsewhere(consoles):
    _bad(consoles, "The Nintendo 64 took over from the SNES.")
