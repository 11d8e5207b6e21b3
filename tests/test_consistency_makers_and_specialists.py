"""Readings added in session 66, each with false twins: a relation said the same both ways read
either way in a possessive ("Phil Mahre's sibling Steve Mahre"); "the breed" for an item of a
"horse_breed" type; "honours" / "lent his name to" for "is named after" where the person is the
subject of the registry's phrase; "competed for" / "represented" for a sportsperson's "raced
for" a country; "is used in" for "is used for" a discipline; "a specialist in", "focused on",
"a downhill specialist" for "specialized in"; "made / manufactured / a maker of" and "a
soft-paste porcelain manufactory" for a maker's "produced"; "has the X as its N"; "the company"
for a manufactory."""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

from checker_cases import accepts as _ok, attr as _attr, graph_checker as _graph, item as _item, rejects as _bad

R = kgx.Relation


@pytest.fixture(scope="module")
def skiers():
    s = "skier"
    rels = [R("represented", phrase="raced for", inverse_phrase="was represented by", domain=(s,), range=("country",)),
            R("specialized_in", phrase="specialized in", inverse_phrase="was a specialty of",
              domain=(s,), range=("discipline",)),
            R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=(s,), range=("place",)),
            R("sibling_of", phrase="is a sibling of", inverse_phrase="is a sibling of", domain=(s,), range=(s,))]
    ents = [_item("s:stenmark", "Ingemar Stenmark", s, 1956), _item("s:vonn", "Lindsey Vonn", s, 1984),
            _item("s:phil", "Phil Mahre", s, 1957), _item("s:steve", "Steve Mahre", s, 1957),
            _item("s:tomba", "Alberto Tomba", s, 1966),
            _attr("c:sweden", "Sweden", "country"), _attr("c:us", "United States", "country"),
            _attr("c:italy", "Italy", "country"),
            _attr("d:slalom", "slalom", "discipline"), _attr("d:downhill", "downhill", "discipline"),
            _attr("p:joesjo", "Joesjö", "place"), _attr("p:yakima", "Yakima", "place"),
            _attr("p:stpaul", "Saint Paul", "place")]
    rows = [("s:stenmark", "represented", "c:sweden"), ("s:vonn", "represented", "c:us"),
            ("s:phil", "represented", "c:us"), ("s:steve", "represented", "c:us"),
            ("s:tomba", "represented", "c:italy"),
            ("s:stenmark", "specialized_in", "d:slalom"), ("s:vonn", "specialized_in", "d:downhill"),
            ("s:tomba", "specialized_in", "d:slalom"),
            ("s:stenmark", "born_in", "p:joesjo"), ("s:phil", "born_in", "p:yakima"),
            ("s:steve", "born_in", "p:yakima"), ("s:vonn", "born_in", "p:stpaul"),
            ("s:steve", "sibling_of", "s:phil")]
    return _graph("skiers", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Phil Mahre's sibling Steve Mahre was born in Yakima.", "Phil Mahre's sibling Lindsey Vonn was born in Saint Paul."),
    ("Steve Mahre's sibling Phil Mahre was born in Yakima.", "Ingemar Stenmark's sibling Phil Mahre was born in Yakima."),
    ("Phil Mahre is a sibling of Steve Mahre.", "Phil Mahre is a sibling of Lindsey Vonn."),
    ("Ingemar Stenmark competed for Sweden.", "Ingemar Stenmark competed for Italy."),
    ("Ingemar Stenmark represented Sweden.", "Alberto Tomba represented Sweden."),
    ("Alberto Tomba concentrated on slalom.", "Alberto Tomba concentrated on downhill."),
    ("Lindsey Vonn focused on downhill.", "Lindsey Vonn focused on slalom."),
    ("Alberto Tomba was a specialist in slalom.", "Lindsey Vonn was a specialist in slalom."),
    ("Lindsey Vonn, a specialist, was born in Saint Paul.", "Phil Mahre, a specialist, was born in Yakima."),
    ("Lindsey Vonn was a downhill specialist.", "Lindsey Vonn is a downhill specialist."),
    ("Lindsey Vonn, a downhill specialist, was born in Saint Paul.",
     "Lindsey Vonn, a slalom specialist, was born in Saint Paul."),
    ("Ingemar Stenmark was a slalom specialist.", "Ingemar Stenmark was a downhill specialist."),
    ("Steve Mahre, who is a sibling of Phil Mahre, was born in Yakima.",
     "Phil Mahre, who is a sibling of Steve Mahre, specialized in slalom."),
    ("Alberto Tomba, who specialized in slalom, raced for Italy.",
     "Phil Mahre, who is a sibling of Steve Mahre, raced for Sweden."),
    ("Steve Mahre, Phil Mahre's sibling, raced for the United States.",
     "Steve Mahre, Phil Mahre's sibling, raced for Italy."),
])
def test_skiers(skiers, true, false):
    _ok(skiers, true)
    _bad(skiers, false)


def test_sibling_lists_count_both_ways(skiers):
    # Steve -> Phil is stored one way; "Phil's siblings" are Steve either way
    _ok(skiers, "Phil Mahre's siblings are Steve Mahre.")
    _bad(skiers, "Phil Mahre has two siblings: Steve Mahre and Lindsey Vonn.")


@pytest.mark.parametrize("text", [
    "The specialist Phil Mahre raced for the United States.",  # (no speciality of his is stored)
    "Ingemar Stenmark raced for Sweden. The specialist was born in Joesjö.",  # (which one? not read)
    "Sweden competed for Ingemar Stenmark.",
    "Slalom was a specialist in Alberto Tomba.",
    "Ingemar Stenmark was born for Sweden.",
    "Ingemar Stenmark competed in Sweden.",  # (raced for a country, not in it)
])
def test_skiers_not_read(skiers, text):
    _bad(skiers, text)


@pytest.fixture(scope="module")
def botanists():
    b = "botanist"
    rels = [R("honoured_by_genus", phrase="is honoured by the genus", inverse_phrase="is named after",
              domain=(b,), range=("genus",)),
            R("worked_at", phrase="worked at", inverse_phrase="employed", domain=(b,), range=("institution",))]
    ents = [_item("b:kalm", "Pehr Kalm", b, 1716), _item("b:fuchs", "Leonhart Fuchs", b, 1501),
            _item("b:banks", "Joseph Banks", b, 1743),
            _attr("g:kalmia", "Kalmia", "genus"), _attr("g:fuchsia", "Fuchsia", "genus"),
            _attr("g:banksia", "Banksia", "genus"), _attr("i:tub", "University of Tübingen", "institution")]
    rows = [("b:kalm", "honoured_by_genus", "g:kalmia"), ("b:fuchs", "honoured_by_genus", "g:fuchsia"),
            ("b:banks", "honoured_by_genus", "g:banksia"), ("b:fuchs", "worked_at", "i:tub")]
    return _graph("botanists", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Kalmia honours Pehr Kalm.", "Kalmia honours Joseph Banks."),
    ("The banksia honours Joseph Banks.", "The fuchsia honours Joseph Banks."),
    ("Leonhart Fuchs lent his name to Fuchsia.", "Leonhart Fuchs lent his name to Kalmia."),
    ("Leonhart Fuchs gave his name to Fuchsia.", "Pehr Kalm gave his name to Fuchsia."),
    ("Leonhart Fuchs worked at the University of Tübingen, and the genus Fuchsia honours him.",
     "Leonhart Fuchs worked at the University of Tübingen, and the genus Kalmia honours him."),
    ("Leonhart Fuchs was employed at the University of Tübingen.", "Pehr Kalm was employed at the University of Tübingen."),
    ("Leonhart Fuchs was on the staff of the University of Tübingen.",
     "Joseph Banks was on the staff of the University of Tübingen."),
])
def test_named_after_a_subject(botanists, true, false):
    _ok(botanists, true)
    _bad(botanists, false)


@pytest.mark.parametrize("text", [
    "Pehr Kalm honours Kalmia.",  # (the genus honours the man, not he it)
    "Fuchsia lent its name to Leonhart Fuchs.",
    "Leonhart Fuchs is employed at the University of Tübingen.",  # (he worked there once)
    "The University of Tübingen was employed by Leonhart Fuchs.",
])
def test_named_after_a_subject_not_reversed(botanists, text):
    _bad(botanists, text)


@pytest.fixture(scope="module")
def breeds():
    h = "horse_breed"
    rels = [R("originated_in", phrase="originated in", inverse_phrase="is the homeland of", domain=(h,), range=("country",)),
            R("used_for", phrase="is used for", inverse_phrase="is a discipline of", domain=(h,), range=("discipline",))]
    ents = [_item("h:friesian", "Friesian", h, 1879), _item("h:trakehner", "Trakehner", h, 1732),
            _item("h:thoroughbred", "Thoroughbred", h, 1791),
            _attr("c:nl", "Netherlands", "country"), _attr("c:de", "Germany", "country"),
            _attr("c:uk", "England", "country"),
            _attr("d:dressage", "dressage", "discipline"), _attr("d:driving", "carriage driving", "discipline"),
            _attr("d:flat", "flat racing", "discipline")]
    rows = [("h:friesian", "originated_in", "c:nl"), ("h:trakehner", "originated_in", "c:de"),
            ("h:thoroughbred", "originated_in", "c:uk"), ("h:friesian", "used_for", "d:driving"),
            ("h:trakehner", "used_for", "d:dressage"), ("h:thoroughbred", "used_for", "d:flat")]
    return _graph("breeds", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("The Friesian originated in the Netherlands. The breed is used for carriage driving.",
     "The Friesian originated in the Netherlands. The breed is used for dressage."),
    ("The Trakehner, a breed from Germany, is used for dressage.",
     "The Trakehner, a breed from the Netherlands, is used for dressage."),
    ("The Trakehner is used in dressage.", "The Thoroughbred is used in dressage."),
    ("Thoroughbreds are used in flat racing.", "Friesians are used in flat racing."),
])
def test_breeds(breeds, true, false):
    _ok(breeds, true)
    _bad(breeds, false)


@pytest.fixture(scope="module")
def porcelain():
    m = "manufactory"
    rels = [R("based_in", phrase="was based in", inverse_phrase="was the seat of", domain=(m,), range=("city",)),
            R("produced", phrase="produced", inverse_phrase="was produced by", domain=(m,), range=("porcelain body",)),
            R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=(m,), range=("organisation",)),
            R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=(m,), range=("person",))]
    ents = [_item("m:noritake", "Noritake", m, 1904), _item("m:retiro", "Buen Retiro Porcelain Factory", m, 1760),
            _item("m:worcester", "Royal Worcester", m, 1751),
            _attr("c:nagoya", "Nagoya", "city"), _attr("c:madrid", "Madrid", "city"),
            _attr("c:worcester", "Worcester", "city"),
            _attr("b:bone", "bone china", "porcelain body"), _attr("b:soft", "soft-paste porcelain", "porcelain body"),
            _attr("o:portmeirion", "Portmeirion Group", "organisation"),
            _attr("p:morimura", "Morimura Ichizaemon", "person"), _attr("p:wall", "John Wall", "person")]
    rows = [("m:noritake", "based_in", "c:nagoya"), ("m:retiro", "based_in", "c:madrid"),
            ("m:worcester", "based_in", "c:worcester"), ("m:noritake", "produced", "b:bone"),
            ("m:retiro", "produced", "b:soft"), ("m:worcester", "produced", "b:bone"),
            ("m:worcester", "owned_by", "o:portmeirion"), ("m:noritake", "founded_by", "p:morimura"),
            ("m:worcester", "founded_by", "p:wall")]
    return _graph("porcelain", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Noritake made bone china.", "Noritake made soft-paste porcelain."),
    ("Noritake manufactured bone china.", "The Buen Retiro Porcelain Factory manufactured bone china."),
    ("Noritake was a maker of bone china.", "Noritake was a maker of soft-paste porcelain."),
    ("The Buen Retiro Porcelain Factory was a soft-paste porcelain manufactory.",
     "Royal Worcester was a soft-paste porcelain manufactory."),
    ("Royal Worcester has the Portmeirion Group as its owner.", "Noritake has the Portmeirion Group as its owner."),
    ("Morimura Ichizaemon founded Noritake, and the company was based in Nagoya.",
     "Morimura Ichizaemon founded Noritake, and the company was based in Madrid."),
])
def test_makers(porcelain, true, false):
    _ok(porcelain, true)
    _bad(porcelain, false)


@pytest.mark.parametrize("text", [
    "Noritake makes bone china.",  # (the graph's "produced" is in the past)
    "Noritake is a maker of bone china.",
    "Bone china made Noritake.",
    "John Wall made Royal Worcester.",  # (a founder is no maker of the firm)
])
def test_makers_not_read(porcelain, text):
    _bad(porcelain, text)


@pytest.fixture(scope="module")
def games():
    s = "skier"
    rels = [R("gold_at", phrase="won Olympic gold at", inverse_phrase="saw Olympic gold won by",
              domain=(s,), range=("olympics",))]
    ents = [_item("s:aamodt", "Kjetil André Aamodt", s, 1971), _item("s:schneider", "Vreni Schneider", s, 1964),
            *[_attr(f"o:{y}", f"{y} Winter Olympics", "olympics") for y in (1988, 1992, 1994, 1998, 2002, 2006)]]
    rows = [("s:aamodt", "gold_at", "o:1992"), ("s:aamodt", "gold_at", "o:2002"), ("s:aamodt", "gold_at", "o:2006"),
            ("s:schneider", "gold_at", "o:1988"), ("s:schneider", "gold_at", "o:1994")]
    return _graph("games", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Kjetil André Aamodt won Olympic gold at the 1992, 2002 and 2006 Winter Olympics.",
     "Kjetil André Aamodt won Olympic gold at the 1992, 1998 and 2006 Winter Olympics."),
    ("Vreni Schneider won Olympic gold at the 1988 and 1994 Winter Olympics.",
     "Vreni Schneider won Olympic gold at the 1988 and 1998 Winter Olympics."),
    ("Vreni Schneider won Olympic gold at the 1994 and 1988 Winter Olympics.",
     "Vreni Schneider won Olympic gold at the 1994 and 1987 Winter Olympics."),
])
def test_years_before_one_name(games, true, false):
    _ok(games, true)
    _bad(games, false)


@pytest.fixture(scope="module")
def example_checker(example_kg):
    return ConsistencyChecker(example_kg, outside_evidence=True, rating_threshold=4.0)


@pytest.mark.parametrize("true, false", [
    ("The 1998 version of Psycho was directed by Gus Van Sant.",
     "The 1960 version of Psycho was directed by Gus Van Sant."),
    ("Gus Van Sant directed the 1998 version of Psycho.", "Gus Van Sant directed the 1997 version of Psycho."),
    ("The 1960 version of Psycho was directed by Alfred Hitchcock.",
     "The 1998 version of Psycho was directed by Alfred Hitchcock."),
])
def test_version_of_a_year(example_checker, true, false):
    _ok(example_checker, true)
    _bad(example_checker, false)


def test_version_needs_two_items_of_that_name(example_checker):
    _bad(example_checker, "The 1979 version of Alien was directed by Ridley Scott.")


@pytest.fixture(scope="module")
def kin():
    s = "skier"
    rels = [R("sibling_of", phrase="is a sibling of", inverse_phrase="is a sibling of", domain=(s,), range=(s,),
              cues=("is the older sibling of",), inverse_cues=("is the younger sibling of",)),
            R("rival_of", phrase="was a rival of", inverse_phrase="was a rival of", domain=(s,), range=(s,))]
    ents = [_item("s:phil", "Phil Mahre", s, 1957), _item("s:steve", "Steve Mahre", s, 1957),
            _item("s:tomba", "Alberto Tomba", s, 1966), _item("s:girardelli", "Marc Girardelli", s, 1963),
            _item("s:zurbriggen", "Pirmin Zurbriggen", s, 1963)]
    rows = [("s:phil", "sibling_of", "s:steve"), ("s:girardelli", "rival_of", "s:zurbriggen"),
            ("s:tomba", "rival_of", "s:girardelli")]
    return _graph("kin", rels, ents, rows)


@pytest.mark.parametrize("text", [
    "Steve Mahre is the older sibling of Phil Mahre.",  # (a declared cue keeps its direction)
    "Phil Mahre is the younger sibling of Steve Mahre.",
    "Marc Girardelli's rivals were Pirmin Zurbriggen.",  # (Tomba too, stored the other way)
    "Marc Girardelli had one rival: Pirmin Zurbriggen.",
])
def test_symmetric_relations_not_over_read(kin, text):
    _bad(kin, text)


def test_symmetric_list_stored_both_ways(kin):
    _ok(kin, "Marc Girardelli's rivals were Pirmin Zurbriggen and Alberto Tomba.")
    _ok(kin, "Phil Mahre is the older sibling of Steve Mahre.")


@pytest.fixture(scope="module")
def wares():
    m = "manufactory"
    rels = [R("produced", phrase="produced", inverse_phrase="was produced by", domain=(m,), range=("ware",)),
            R("sold", phrase="sold", inverse_phrase="was sold by", domain=(m,), range=("ware",)),
            R("imported", phrase="imported", inverse_phrase="was imported by", domain=(m,), range=("material",))]
    ents = [_item("m:chelsea", "Chelsea manufactory", m, 1743), _attr("w:soft", "soft-paste porcelain", "ware"),
            _attr("w:hard", "hard-paste porcelain", "ware"), _attr("x:kaolin", "kaolin", "material")]
    rows = [("m:chelsea", "produced", "w:soft"), ("m:chelsea", "sold", "w:hard"), ("m:chelsea", "imported", "x:kaolin")]
    return _graph("wares", rels, ents, rows)


def test_a_kind_is_not_what_was_traded(wares):
    _ok(wares, "The Chelsea manufactory was a soft-paste porcelain manufactory.")
    _bad(wares, "The Chelsea manufactory was a hard-paste porcelain manufactory.")  # (only sold)
    _bad(wares, "The Chelsea manufactory was a kaolin manufactory.")  # (only imported)


@pytest.fixture(scope="module")
def choirs():
    c = "choir"
    rels = [R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=(c,), range=("person",)),
            R("led_by", phrase="was led by", inverse_phrase="led", domain=(c,), range=("person",)),
            R("sings_at", phrase="sings at", inverse_phrase="hosts", domain=(c,), range=("venue",))]
    ents = [_item("c:tab", "Tabernacle Choir", c, 1847), _item("c:lbm", "Ladysmith Black Mambazo", c, 1960),
            _item("c:dom", "Regensburger Domspatzen", c, 975),
            _attr("p:wilberg", "Mack Wilberg", "person"), _attr("p:shabalala", "Joseph Shabalala", "person"),
            _attr("p:ratzinger", "Georg Ratzinger", "person"), _attr("v:slt", "Salt Lake Tabernacle", "venue"),
            _attr("v:rdom", "Regensburg Cathedral", "venue")]
    rows = [("c:tab", "led_by", "p:wilberg"), ("c:lbm", "founded_by", "p:shabalala"), ("c:dom", "led_by", "p:ratzinger"),
            ("c:tab", "sings_at", "v:slt"), ("c:dom", "sings_at", "v:rdom")]
    return _graph("choirs", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Georg Ratzinger directed the Regensburger Domspatzen.", "Mack Wilberg directed the Regensburger Domspatzen."),
    ("Mack Wilberg conducted the Tabernacle Choir.", "Joseph Shabalala conducted the Tabernacle Choir."),
    ("The Tabernacle Choir was conducted by Mack Wilberg.", "The Tabernacle Choir was conducted by Georg Ratzinger."),
    ("The Tabernacle Choir sings in the Salt Lake Tabernacle.", "The Tabernacle Choir sings in Regensburg Cathedral."),
    ("The Regensburger Domspatzen perform at Regensburg Cathedral.",
     "The Regensburger Domspatzen perform at the Salt Lake Tabernacle."),
    ("Ladysmith Black Mambazo was formed by Joseph Shabalala.", "Ladysmith Black Mambazo was formed by Mack Wilberg."),
    ("Ladysmith Black Mambazo was formed in 1960 by Joseph Shabalala.",
     "Ladysmith Black Mambazo was formed in 1961 by Joseph Shabalala."),
])
def test_choirs(choirs, true, false):
    _ok(choirs, true)
    _bad(choirs, false)


@pytest.mark.parametrize("text", [
    "The Tabernacle Choir directs Mack Wilberg.",
    "Mack Wilberg directs the Tabernacle Choir.",  # (the graph's "was led by" is in the past)
    "Mack Wilberg formed the Tabernacle Choir.",  # (he led it; no founder is stored)
])
def test_choirs_not_read(choirs, text):
    _bad(choirs, text)


@pytest.fixture(scope="module")
def clubs():
    j = "jazz_club"
    rels = [R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=(j,), range=("person",)),
            R("located_in", phrase="is located in", inverse_phrase="is home to", domain=(j,), range=("city",))]
    ents = [_item("j:showcase", "Jazz Showcase", j, 1947), _item("j:vanguard", "Village Vanguard", j, 1935),
            _attr("p:segal", "Joe Segal", "person"), _attr("p:gordon", "Max Gordon", "person"),
            _attr("c:chicago", "Chicago", "city"), _attr("c:nyc", "New York City", "city")]
    rows = [("j:showcase", "founded_by", "p:segal"), ("j:vanguard", "founded_by", "p:gordon"),
            ("j:showcase", "located_in", "c:chicago"), ("j:vanguard", "located_in", "c:nyc")]
    return _graph("clubs", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Joe Segal opened the Jazz Showcase.", "Max Gordon opened the Jazz Showcase."),
    ("The Village Vanguard was opened by Max Gordon.", "The Village Vanguard was opened by Joe Segal."),
    ("The Village Vanguard opened in 1935.", "The Village Vanguard opened in 1947."),
    ("Opened in 1947, the Jazz Showcase is in Chicago.", "Opened in 1935, the Jazz Showcase is in Chicago."),
])
def test_jazz_clubs(clubs, true, false):
    _ok(clubs, true)
    _bad(clubs, false)


@pytest.fixture(scope="module")
def enzymes():
    e = "enzyme"
    rels = [R("discovered_by", phrase="was discovered by", inverse_phrase="discovered", domain=(e,), range=("scientist",)),
            R("requires_cofactor", phrase="requires the cofactor", inverse_phrase="is a cofactor of",
              domain=(e,), range=("cofactor",)),
            R("found_in", phrase="is found in", inverse_phrase="contains", domain=(e,), range=("site",))]
    ents = [_item("e:pepsin", "Pepsin", e, 1836), _item("e:urease", "Urease", e, 1926),
            _item("e:catalase", "Catalase", e, 1900),
            _attr("s:schwann", "Theodor Schwann", "scientist"), _attr("s:sumner", "James B. Sumner", "scientist"),
            _attr("f:nickel", "nickel", "cofactor"), _attr("f:heme", "heme", "cofactor"),
            _attr("x:stomach", "stomach", "site"), _attr("x:peroxisome", "peroxisome", "site")]
    rows = [("e:pepsin", "discovered_by", "s:schwann"), ("e:urease", "discovered_by", "s:sumner"),
            ("e:urease", "requires_cofactor", "f:nickel"), ("e:catalase", "requires_cofactor", "f:heme"),
            ("e:pepsin", "found_in", "x:stomach"), ("e:catalase", "found_in", "x:peroxisome")]
    return _graph("enzymes", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Theodor Schwann discovered pepsin.", "Theodor Schwann discovered urease."),
    ("James B. Sumner discovered urease.", "James B. Sumner discovered catalase."),
    ("Urease needs nickel.", "Catalase needs nickel."),
    ("Pepsin occurs in the stomach.", "Catalase occurs in the stomach."),
])
def test_enzymes(enzymes, true, false):
    _ok(enzymes, true)
    _bad(enzymes, false)


@pytest.fixture(scope="module")
def agencies():
    a = "news_agency"
    rels = [R("founded_by", phrase="was founded by", inverse_phrase="founded", domain=(a,), range=("person",)),
            R("owned_by", phrase="is owned by", inverse_phrase="owns", domain=(a,), range=("company",)),
            R("organised_as", phrase="is organised as a", inverse_phrase="is the legal form of",
              domain=(a,), range=("organisational_form",))]
    ents = [_item("a:upi", "United Press International", a, 1907), _item("a:kyodo", "Kyodo News", a, 1945),
            _item("a:tass", "TASS", a, 1904),
            _attr("p:scripps", "E. W. Scripps", "person"), _attr("c:nwc", "News World Communications", "company"),
            _attr("f:coop", "cooperative", "organisational_form"), _attr("f:state", "state agency", "organisational_form")]
    rows = [("a:upi", "founded_by", "p:scripps"), ("a:upi", "owned_by", "c:nwc"), ("a:kyodo", "organised_as", "f:coop"),
            ("a:tass", "organised_as", "f:state")]
    return _graph("agencies", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Kyodo News operates as a cooperative.", "TASS operates as a cooperative."),
    ("Kyodo News is run as a cooperative.", "TASS is run as a cooperative."),
    ("United Press International was founded by E. W. Scripps. The agency is owned by News World Communications.",
     "Kyodo News was founded by E. W. Scripps. The agency is owned by News World Communications."),
])
def test_agencies(agencies, true, false):
    _ok(agencies, true)
    _bad(agencies, false)


@pytest.fixture(scope="module")
def carillons():
    c = "carillon"
    rels = [R("located_in", phrase="is located in", inverse_phrase="is home to", domain=(c,), range=("city",)),
            R("installed_in", phrase="is installed in", inverse_phrase="holds", domain=(c,), range=("building",)),
            R("gift_of", phrase="was a gift from", inverse_phrase="gave", domain=(c,), range=("person",))]
    ents = [_item("c:bok", "Bok Tower Carillon", c, 1929), _item("c:bournville", "Bournville Carillon", c, 1906),
            _attr("t:lake", "Lake Wales", "city"), _attr("t:bham", "Birmingham", "city"),
            _attr("b:bok", "Bok Tower", "building"), _attr("b:school", "Bournville Junior School", "building"),
            _attr("p:bok", "Edward Bok", "person"), _attr("p:cadbury", "George Cadbury", "person")]
    rows = [("c:bok", "located_in", "t:lake"), ("c:bournville", "located_in", "t:bham"),
            ("c:bok", "installed_in", "b:bok"), ("c:bournville", "installed_in", "b:school"),
            ("c:bok", "gift_of", "p:bok"), ("c:bournville", "gift_of", "p:cadbury")]
    return _graph("carillons", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Edward Bok donated the Bok Tower Carillon.", "George Cadbury donated the Bok Tower Carillon."),
    ("The Bournville Carillon was presented by George Cadbury.", "The Bournville Carillon was presented by Edward Bok."),
    ("The Bok Tower Carillon is in Bok Tower.", "The Bok Tower Carillon is in Bournville Junior School."),
])
def test_carillons(carillons, true, false):
    _ok(carillons, true)
    _bad(carillons, false)


def test_a_gift_is_not_read_the_other_way(carillons):
    _bad(carillons, "The Bok Tower Carillon donated Edward Bok.")
    _bad(carillons, "Edward Bok was donated by the Bok Tower Carillon.")


@pytest.fixture(scope="module")
def crocodiles():
    c = "crocodilian"
    rels = [R("native_to", phrase="is native to", inverse_phrase="is home to", domain=(c,), range=("country",)),
            R("in_genus", phrase="belongs to the genus", inverse_phrase="is the genus of", domain=(c,), range=("genus",)),
            R("iucn_status", phrase="is listed by the IUCN as", inverse_phrase="is the IUCN status of",
              domain=(c,), range=("conservation status",))]
    ents = [_item("c:gharial", "Gharial", c, 1789), _item("c:mugger", "Mugger crocodile", c, 1831),
            _attr("k:india", "India", "country"), _attr("k:iran", "Iran", "country"), _attr("k:peru", "Peru", "country"),
            _attr("g:gavialis", "Gavialis", "genus"), _attr("g:crocodylus", "Crocodylus", "genus"),
            _attr("s:cr", "Critically Endangered", "conservation status"), _attr("s:vu", "Vulnerable", "conservation status")]
    rows = [("c:gharial", "native_to", "k:india"), ("c:mugger", "native_to", "k:india"), ("c:mugger", "native_to", "k:iran"),
            ("c:gharial", "in_genus", "g:gavialis"), ("c:mugger", "in_genus", "g:crocodylus"),
            ("c:gharial", "iucn_status", "s:cr"), ("c:mugger", "iucn_status", "s:vu")]
    return _graph("crocodiles", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("The gharial is native to India.", "The gharial is native to Iran."),
    ("The mugger crocodile belongs to the genus Crocodylus.", "The gharial belongs to the genus Crocodylus."),
    ("The gharial is listed as Critically Endangered.", "The mugger crocodile is listed as Critically Endangered."),
])
def test_taxa_named_in_lower_case(crocodiles, true, false):
    _ok(crocodiles, true)
    _bad(crocodiles, false)


@pytest.fixture(scope="module")
def sculpture_parks():
    p = "sculpture_park"
    rels = [R("shows_work_by", phrase="shows work by", inverse_phrase="has work on view at", domain=(p,), range=("artist",))]
    ents = [_item("p:tarot", "Tarot Garden", p, 1998), _item("p:hirshhorn", "Hirshhorn Sculpture Garden", p, 1974),
            _attr("a:tinguely", "Jean Tinguely", "artist"), _attr("a:rodin", "Auguste Rodin", "artist")]
    rows = [("p:tarot", "shows_work_by", "a:tinguely"), ("p:hirshhorn", "shows_work_by", "a:rodin")]
    return _graph("sculpture_parks", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("The Hirshhorn Sculpture Garden has work by Auguste Rodin.", "The Hirshhorn Sculpture Garden has work by Jean Tinguely."),
    ("The Tarot Garden displays works by Jean Tinguely.", "The Tarot Garden displays works by Auguste Rodin."),
])
def test_work_on_view(sculpture_parks, true, false):
    _ok(sculpture_parks, true)
    _bad(sculpture_parks, false)


@pytest.fixture(scope="module")
def roses():
    r = "rose_cultivar"
    rels = [R("named_after", phrase="is named after", inverse_phrase="gave its name to", domain=(r,), range=("person",)),
            R("bred_by", phrase="was bred by", inverse_phrase="bred", domain=(r,), range=("person",))]
    ents = [_item("r:jekyll", "the Gertrude Jekyll", r, 1986), _attr("p:jekyll", "Gertrude Jekyll", "person"),
            _attr("p:austin", "David Austin", "person")]
    rows = [("r:jekyll", "named_after", "p:jekyll"), ("r:jekyll", "bred_by", "p:austin")]
    return _graph("roses", rels, ents, rows)


@pytest.mark.parametrize("text", [
    "The Gertrude Jekyll lent its name to Gertrude Jekyll.",  # (one name for both ends: who is named after whom?)
    "Gertrude Jekyll was named after the Gertrude Jekyll.",
])
def test_one_name_for_both_ends_is_not_read(roses, text):
    _bad(roses, text)


def test_one_name_elsewhere_still_read(roses):
    _ok(roses, "The Gertrude Jekyll was bred by David Austin.")


@pytest.fixture(scope="module")
def ballets():
    b = "ballet_company"
    rels = [R("premiered", phrase="gave the world premiere of", inverse_phrase="was first performed by",
              domain=(b,), range=("ballet",))]
    ents = [_item("b:nycb", "New York City Ballet", b, 1948), _item("b:royal", "The Royal Ballet", b, 1931),
            _attr("w:agon", "Agon", "ballet"), _attr("w:ondine", "Ondine", "ballet")]
    rows = [("b:nycb", "premiered", "w:agon"), ("b:royal", "premiered", "w:ondine")]
    return _graph("ballets", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("New York City Ballet premiered Agon.", "The Royal Ballet premiered Agon."),
    ("The Royal Ballet staged the world premiere of Ondine.", "New York City Ballet staged the world premiere of Ondine."),
    ("The Royal Ballet gave the first performance of Ondine.", "The Royal Ballet gave the first performance of Agon."),
])
def test_world_premieres(ballets, true, false):
    _ok(ballets, true)
    _bad(ballets, false)
