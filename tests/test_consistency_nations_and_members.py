"""Readings added in session 65, each with false twins: a person's nationality said by the
country's adjective ("Chinua Achebe was Nigerian", "a Nigerian novelist"); "sang / fought as a" K
said "was a K"; more item types that are people (pirates, grandmasters, magicians: "she", "a
native of"); a relation's object kinds read from its stored objects; "on" an island; "coached"
for "trained" between people, "beat" for "defeated"; "from" after a kind that follows a person's
copula ("a tenor from Modena"); one member of a group named by the singular of its plural name
("Thomas Aquinas was a Dominican") and "joined"; "belongs to" for "belongs to the field of"."""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

from checker_cases import accepts as _ok, attr as _attr, graph_checker as _graph, item as _item, rejects as _bad

R = kgx.Relation


@pytest.fixture(scope="module")
def writers():
    n = "novelist"
    rels = [R("nationality", phrase="was a national of", inverse_phrase="is the home country of",
              domain=(n,), range=("country",)),
            R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=(n,), range=("city",)),
            R("wrote", phrase="wrote", inverse_phrase="was written by", domain=(n,), range=("novel",))]
    ents = [_item("n:achebe", "Chinua Achebe", n, 1930), _item("n:ishiguro", "Kazuo Ishiguro", n, 1954),
            _item("n:nabokov", "Vladimir Nabokov", n, 1899),
            _attr("c:nigeria", "Nigeria", "country"), _attr("c:uk", "United Kingdom", "country"),
            _attr("c:japan", "Japan", "country"), _attr("c:us", "United States", "country"),
            _attr("t:ogidi", "Ogidi", "city"), _attr("t:nagasaki", "Nagasaki", "city"),
            _attr("t:petersburg", "Saint Petersburg", "city"),
            _attr("b:tfa", "Things Fall Apart", "novel"), _attr("b:remains", "The Remains of the Day", "novel"),
            _attr("b:lolita", "Lolita", "novel")]
    rows = [("n:achebe", "nationality", "c:nigeria"), ("n:ishiguro", "nationality", "c:uk"),
            ("n:nabokov", "nationality", "c:us"), ("n:achebe", "born_in", "t:ogidi"),
            ("n:ishiguro", "born_in", "t:nagasaki"), ("n:nabokov", "born_in", "t:petersburg"),
            ("n:achebe", "wrote", "b:tfa"), ("n:ishiguro", "wrote", "b:remains"), ("n:nabokov", "wrote", "b:lolita")]
    return _graph("writers", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Chinua Achebe was Nigerian.", "Chinua Achebe was Japanese."),
    ("Chinua Achebe was a Nigerian novelist.", "Kazuo Ishiguro was a Nigerian novelist."),
    ("Kazuo Ishiguro is British.", "Kazuo Ishiguro is Japanese."),
    ("Chinua Achebe, a Nigerian, wrote Things Fall Apart.", "Kazuo Ishiguro, a Nigerian, wrote The Remains of the Day."),
    ("Chinua Achebe was a citizen of Nigeria.", "Kazuo Ishiguro was a citizen of Nigeria."),
    ("Vladimir Nabokov was American.", "Vladimir Nabokov was British."),
])
def test_nationality(writers, true, false):
    _ok(writers, true)
    _bad(writers, false)


@pytest.mark.parametrize("text", [
    "Vladimir Nabokov hails from the United States.",  # (a nationality is not where one comes from)
    "Vladimir Nabokov comes from the United States.",
    "Kazuo Ishiguro came from the United Kingdom.",
])
def test_nationality_is_no_origin(writers, text):
    _bad(writers, text)


@pytest.fixture(scope="module")
def singers():
    s = "singer"
    rels = [R("voice_type", phrase="sang as a", inverse_phrase="is the voice type of", domain=(s,), range=("voice_type",)),
            R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=(s,), range=("place",)),
            R("married_to", phrase="was married to", inverse_phrase="was married to", domain=(s,), range=("person",))]
    ents = [_item("s:pavarotti", "Luciano Pavarotti", s, 1935), _item("s:callas", "Maria Callas", s, 1923),
            _item("s:freni", "Mirella Freni", s, 1935),
            _attr("v:tenor", "tenor", "voice_type"), _attr("v:soprano", "soprano", "voice_type"),
            _attr("p:modena", "Modena", "place"), _attr("p:ny", "New York", "place"),
            _attr("h:meneghini", "Giovanni Battista Meneghini", "person")]
    rows = [("s:pavarotti", "voice_type", "v:tenor"), ("s:callas", "voice_type", "v:soprano"),
            ("s:freni", "voice_type", "v:soprano"), ("s:pavarotti", "born_in", "p:modena"),
            ("s:freni", "born_in", "p:modena"), ("s:callas", "born_in", "p:ny"),
            ("s:callas", "married_to", "h:meneghini")]
    return _graph("singers", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Luciano Pavarotti was a tenor.", "Luciano Pavarotti was a soprano."),
    ("Pavarotti is a tenor.", "Callas is a tenor."),
    ("Maria Callas, a soprano, was born in New York.", "Maria Callas, a tenor, was born in New York."),
    ("Mirella Freni and Maria Callas were both sopranos.", "Luciano Pavarotti and Maria Callas were both sopranos."),
    ("Luciano Pavarotti was a tenor from Modena.", "Luciano Pavarotti was a tenor from New York."),
    ("Maria Callas, a soprano from New York, was married to Giovanni Battista Meneghini.",
     "Mirella Freni, a soprano from New York, was born in Modena."),
])
def test_voices_and_where_from(singers, true, false):
    _ok(singers, true)
    _bad(singers, false)


def test_a_bare_from_after_a_name_is_not_read(singers):
    # ("from" may describe the name before it: red team 203)
    _bad(singers, "Maria Callas was married to Giovanni Battista Meneghini, from Modena.")


@pytest.fixture(scope="module")
def pirates():
    p = "pirate"
    places = ("country", "island", "city", "sea")
    rels = [R("born_in", phrase="was born in", inverse_phrase="was the birthplace of", domain=(p,), range=places),
            R("died_in", phrase="died in", inverse_phrase="was the place of death of", domain=(p,), range=places),
            R("captained", phrase="captained", inverse_phrase="was captained by", domain=(p,), range=("ship",))]
    ents = [_item("p:ching", "Ching Shih", p, 1844), _item("p:bonnet", "Stede Bonnet", p, 1718),
            _item("p:davis", "Howell Davis", p, 1719),
            _attr("c:china", "China", "country"), _attr("i:barbados", "Barbados", "island"),
            _attr("i:principe", "Príncipe", "island"), _attr("t:guangzhou", "Guangzhou", "city"),
            _attr("t:charleston", "Charleston", "city"), _attr("c:wales", "Wales", "country"),
            _attr("s:revenge", "Revenge", "ship")]
    rows = [("p:ching", "born_in", "c:china"), ("p:ching", "died_in", "t:guangzhou"),
            ("p:bonnet", "born_in", "i:barbados"), ("p:bonnet", "died_in", "t:charleston"),
            ("p:davis", "born_in", "c:wales"), ("p:davis", "died_in", "i:principe"),
            ("p:bonnet", "captained", "s:revenge")]
    return _graph("pirates", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Ching Shih was born in China. She died in Guangzhou.", "Ching Shih was born in China. She died in Charleston."),
    ("Stede Bonnet was a native of Barbados.", "Stede Bonnet was a native of China."),
    ("Stede Bonnet was born on Barbados.", "Ching Shih was born on Barbados."),
    ("Howell Davis died on the island of Príncipe.", "Stede Bonnet died on the island of Príncipe."),
    ("Stede Bonnet captained the Revenge. He died in Charleston.",
     "Stede Bonnet captained the Revenge. He died in Guangzhou."),
])
def test_pirates_are_people(pirates, true, false):
    _ok(pirates, true)
    _bad(pirates, false)


@pytest.fixture(scope="module")
def boxers():
    b = "boxer"
    rels = [R("trained_by", phrase="was trained by", inverse_phrase="trained", domain=(b,), range=("trainer",)),
            R("defeated", phrase="defeated", inverse_phrase="lost to", domain=(b,), range=(b,)),
            R("stance", phrase="fights from the stance", inverse_phrase="is the fighting stance of",
              domain=(b,), range=("stance",)),
            R("title_in", phrase="won a world title at", inverse_phrase="is a weight class of world titles won by",
              domain=(b,), range=("division",))]
    ents = [_item("b:ali", "Muhammad Ali", b, 1942), _item("b:liston", "Sonny Liston", b, 1932),
            _item("b:hagler", "Marvin Hagler", b, 1954),
            _attr("t:dundee", "Angelo Dundee", "trainer"), _attr("t:petronelli", "Goody Petronelli", "trainer"),
            _attr("s:orthodox", "orthodox", "stance"), _attr("s:southpaw", "southpaw", "stance"),
            _attr("d:heavy", "heavyweight", "division"), _attr("d:middle", "middleweight", "division")]
    rows = [("b:ali", "trained_by", "t:dundee"), ("b:hagler", "trained_by", "t:petronelli"),
            ("b:ali", "defeated", "b:liston"), ("b:ali", "stance", "s:orthodox"),
            ("b:hagler", "stance", "s:southpaw"), ("b:liston", "stance", "s:orthodox"),
            ("b:ali", "title_in", "d:heavy"), ("b:hagler", "title_in", "d:middle")]
    return _graph("boxers", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Angelo Dundee coached Muhammad Ali.", "Angelo Dundee coached Marvin Hagler."),
    ("Marvin Hagler was coached by Goody Petronelli.", "Muhammad Ali was coached by Goody Petronelli."),
    ("Muhammad Ali beat Sonny Liston.", "Sonny Liston beat Muhammad Ali."),
    ("Sonny Liston was beaten by Muhammad Ali.", "Muhammad Ali was beaten by Sonny Liston."),
    ("Muhammad Ali overcame Sonny Liston.", "Marvin Hagler overcame Sonny Liston."),
    ("Marvin Hagler fought from a southpaw stance.", "Muhammad Ali fought from a southpaw stance."),
])
def test_coaching_defeats_and_stances(boxers, true, false):
    _ok(boxers, true)
    _bad(boxers, false)


def test_no_plural_titles(boxers):
    # (one title at heavyweight in the graph; "titles" says more than one)
    _bad(boxers, "Muhammad Ali won world titles at heavyweight.")


@pytest.fixture(scope="module")
def orders():
    s = "saint"
    rels = [R("member_of", phrase="was a member of", inverse_phrase="counted among its members",
              domain=(s,), range=("religious_order",)),
            R("founded", phrase="founded", inverse_phrase="was founded by", domain=(s,), range=("religious_order",)),
            R("cast_in", phrase="appeared in", inverse_phrase="featured", domain=(s,), range=("series",))]
    ents = [_item("s:aquinas", "Thomas Aquinas", s, 1225), _item("s:xavier", "Francis Xavier", s, 1506),
            _item("s:dominic", "Saint Dominic", s, 1170), _item("s:pio", "Padre Pio", s, 1887),
            _attr("o:dominicans", "Dominicans", "religious_order"),
            _attr("o:capuchins", "Capuchins", "religious_order"),
            kgx.Entity("o:jesus", kind="attribute", type="religious_order", label="Society of Jesus",
                       aliases=("Jesuits",)),
            _attr("t:saints", "The Saints", "series")]
    rows = [("s:aquinas", "member_of", "o:dominicans"), ("s:xavier", "member_of", "o:jesus"),
            ("s:pio", "member_of", "o:capuchins"), ("s:dominic", "founded", "o:dominicans"),
            ("s:pio", "cast_in", "t:saints")]
    return _graph("orders", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Thomas Aquinas was a Dominican.", "Francis Xavier was a Dominican."),
    ("Francis Xavier was a Jesuit.", "Thomas Aquinas was a Jesuit."),
    ("Padre Pio, a Capuchin, was a member of the Capuchins.", "Padre Pio, a Dominican, was a member of the Capuchins."),
    ("Padre Pio joined the Capuchins.", "Padre Pio joined the Dominicans."),
])
def test_members_by_the_group_name(orders, true, false):
    _ok(orders, true)
    _bad(orders, false)


@pytest.mark.parametrize("text", [
    "Saint Dominic was a Dominican.",  # (he founded the order; the graph says no more)
    "Padre Pio was a Saint.",  # (he appeared in a series, no group of people)
    "Saint Dominic joined the Dominicans.",
])
def test_members_only_of_groups_of_people(orders, text):
    _bad(orders, text)


@pytest.fixture(scope="module")
def inventions():
    i = "invention"
    rels = [R("in_field", phrase="belongs to the field of", inverse_phrase="includes", domain=(i,), range=("field",)),
            R("invented_by", phrase="was invented by", inverse_phrase="invented", domain=(i,), range=("person",))]
    ents = [_item("i:telephone", "Telephone", i, 1876), _item("i:dynamite", "Dynamite", i, 1867),
            _attr("f:telecom", "telecommunications", "field"), _attr("f:explosives", "explosives", "field"),
            _attr("p:bell", "Alexander Graham Bell", "person"), _attr("p:nobel", "Alfred Nobel", "person")]
    rows = [("i:telephone", "in_field", "f:telecom"), ("i:dynamite", "in_field", "f:explosives"),
            ("i:telephone", "invented_by", "p:bell"), ("i:dynamite", "invented_by", "p:nobel")]
    return _graph("inventions", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("The Telephone belongs to telecommunications.", "The Telephone belongs to explosives."),
    ("Alfred Nobel invented Dynamite; the invention belongs to explosives.",
     "Alfred Nobel invented Dynamite; the invention belongs to telecommunications."),
])
def test_belongs_to_a_field(inventions, true, false):
    _ok(inventions, true)
    _bad(inventions, false)


@pytest.fixture(scope="module")
def movies(example_kg):
    return ConsistencyChecker(example_kg, outside_evidence=True, rating_threshold=4.0)


@pytest.mark.parametrize("true, false", [
    ("Forrest Gump counts as a drama.", "Forrest Gump counts as a horror film."),
    ("Hal B. Wallis was the person who produced Casablanca.", "Hal B. Wallis was the person who directed Casablanca."),
    ("Groundhog Day was made under the direction of Harold Ramis.",
     "Groundhog Day was made under the direction of Bill Murray."),
])
def test_example_graph_phrasings(movies, true, false):
    _ok(movies, true)
    _bad(movies, false)


def test_no_second_kind_before_from(singers):
    # (only one kind is checked before "from": red team 209)
    _bad(singers, "Luciano Pavarotti was a tenor and soprano from Modena.")


@pytest.fixture(scope="module")
def fossils():
    f = "fossil"
    rels = [R("found_at", phrase="was found at", inverse_phrase="yielded", domain=(f,), range=("site",)),
            R("kind", phrase="is a", inverse_phrase="is what survives of", domain=(f,), range=("element",)),
            R("located_in", phrase="lies in", inverse_phrase="is home to", domain=("site",), range=("country",)),
            R("discovered_by", phrase="was discovered by", inverse_phrase="discovered", domain=(f,), range=("person",))]
    ents = [_item("f:lucy", "Lucy", f, 1974), _item("f:selam", "Selam", f, 2000),
            _item("f:turkana", "Turkana Boy", f, 1984), _item("f:taung", "Taung Child", f, 1924),
            _attr("s:hadar", "Hadar", "site"), _attr("s:dikika", "Dikika", "site"),
            _attr("s:nariokotome", "Nariokotome", "site"), _attr("s:taung", "Taung", "site"),
            _attr("c:ethiopia", "Ethiopia", "country"), _attr("c:kenya", "Kenya", "country"),
            _attr("c:sa", "South Africa", "country"),
            _attr("e:skeleton", "skeleton", "element"), _attr("e:skull", "skull", "element"),
            _attr("p:dart", "Raymond Dart", "person"), _attr("p:johanson", "Donald Johanson", "person")]
    rows = [("f:lucy", "found_at", "s:hadar"), ("f:selam", "found_at", "s:dikika"),
            ("f:turkana", "found_at", "s:nariokotome"), ("f:taung", "found_at", "s:taung"),
            ("s:hadar", "located_in", "c:ethiopia"), ("s:dikika", "located_in", "c:ethiopia"),
            ("s:nariokotome", "located_in", "c:kenya"), ("s:taung", "located_in", "c:sa"),
            ("f:lucy", "kind", "e:skeleton"), ("f:turkana", "kind", "e:skeleton"), ("f:taung", "kind", "e:skull"),
            ("f:lucy", "discovered_by", "p:johanson"), ("f:taung", "discovered_by", "p:dart")]
    return _graph("fossils", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Lucy was found at Hadar and Selam at Dikika; both sites lie in Ethiopia.",
     "Lucy was found at Hadar and Turkana Boy at Nariokotome; both sites lie in Ethiopia."),
    ("Lucy comes from Hadar.", "Lucy comes from Dikika."),
    ("Turkana Boy is a skeleton from Nariokotome.", "Turkana Boy is a skeleton from Hadar."),
    ("The Taung Child, a skull from Taung, was discovered by Raymond Dart.",
     "The Taung Child, a skull from Hadar, was discovered by Raymond Dart."),
])
def test_sites(fossils, true, false):
    _ok(fossils, true)
    _bad(fossils, false)


@pytest.fixture(scope="module")
def openings():
    o = "opening"
    rels = [R("named_after", phrase="is named after", inverse_phrase="gives its name to", domain=(o,), range=("person",)),
            R("pioneered_by", phrase="was pioneered by", inverse_phrase="pioneered", domain=(o,), range=("person",))]
    ents = [_item("o:marshall", "Marshall Attack", o, 1918), _item("o:sicilian", "Sicilian Defence", o, 1594),
            _attr("p:marshall", "Frank Marshall", "person"), _attr("p:polerio", "Giulio Polerio", "person")]
    rows = [("o:marshall", "named_after", "p:marshall"), ("o:marshall", "pioneered_by", "p:marshall"),
            ("o:sicilian", "pioneered_by", "p:polerio")]
    return _graph("openings", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Frank Marshall pioneered the Marshall Attack, and it bears his name.",
     "Giulio Polerio pioneered the Sicilian Defence, and it bears his name."),
    ("Frank Marshall pioneered the Marshall Attack, and it carries his name.",
     "Frank Marshall pioneered the Marshall Attack, and the Sicilian Defence carries his name."),
])
def test_bears_his_name(openings, true, false):
    _ok(openings, true)
    _bad(openings, false)


@pytest.mark.parametrize("true, false", [
    ("Howell Davis, under whom Bartholomew Roberts served, died on Príncipe.",
     "Bartholomew Roberts, under whom Howell Davis served, died on Príncipe."),
])
def test_under_whom(true, false):
    p = "pirate"
    rels = [R("served_under", phrase="served under", inverse_phrase="had under his command", domain=(p,), range=(p,)),
            R("died_in", phrase="died in", inverse_phrase="was the place of death of", domain=(p,), range=("island",))]
    ents = [_item("p:davis", "Howell Davis", p, 1719), _item("p:roberts", "Bartholomew Roberts", p, 1722),
            _attr("i:principe", "Príncipe", "island")]
    rows = [("p:roberts", "served_under", "p:davis"), ("p:davis", "died_in", "i:principe"),
            ("p:roberts", "died_in", "i:principe")]
    checker = _graph("crews", rels, ents, rows)
    _ok(checker, true)
    _bad(checker, false)


@pytest.mark.parametrize("true, false", [
    ("Psycho and Vertigo share a composer: both have music by Bernard Herrmann.",
     "Psycho and Alien share a composer: both have music by Bernard Herrmann."),
    ("Alien and Aliens share a distributor; both were released by 20th Century Fox.",
     "Alien and Aliens share a director: both were directed by Ridley Scott."),
    ("Aliens stars Sigourney Weaver, and James Cameron both wrote and directed it.",
     "Aliens stars Sigourney Weaver, and James Cameron both wrote and produced it."),
    ("The music in Forrest Gump was composed by Alan Silvestri.",
     "The music in Forrest Gump was composed by John Williams."),
    ("The camera work on Heat is by Dante Spinotti.", "The camera work on Heat is by Michael Mann."),
    ("Max Steiner wrote Casablanca's score.", "Max Steiner wrote Vertigo's score."),
    ("Casablanca and Chinatown are two options: the former was directed by Michael Curtiz, the latter by Roman Polanski.",
     "Casablanca and Chinatown are two options: the former was directed by Roman Polanski, the latter by Michael Curtiz."),
    ("Robert Zemeckis directed Back to the Future, and Dean Cundey handled the cinematography.",
     "Robert Zemeckis directed Back to the Future, and Alan Silvestri handled the cinematography."),
    ("Casablanca was directed by Michael Curtiz, and Max Steiner wrote the film's score.",
     "Casablanca was directed by Michael Curtiz, and Bernard Herrmann wrote the film's score."),
])
def test_example_graph_sharing_and_parts(movies, true, false):
    _ok(movies, true)
    _bad(movies, false)


@pytest.mark.parametrize("true, false", [
    ("Clare of Assisi is the patroness of television.", "Clare of Assisi is the patroness of animals."),
    ("Francis of Assisi is the patron of animals.", "Francis of Assisi is the patron of television."),
    ("Clare of Assisi died in Assisi. She had herself founded the Poor Clares.",
     "Clare of Assisi died in Assisi. She had herself founded the Dominicans."),
])
def test_patrons_and_reflexives(true, false):
    s = "saint"
    rels = [R("patron_of", phrase="is the patron saint of", inverse_phrase="has as its patron saint",
              domain=(s,), range=("patronage",)),
            R("died_in", phrase="died in", inverse_phrase="was the place of death of", domain=(s,), range=("place",)),
            R("founded", phrase="founded", inverse_phrase="was founded by", domain=(s,), range=("order",))]
    ents = [_item("s:clare", "Clare of Assisi", s, 1958), _item("s:francis", "Francis of Assisi", s, 1228),
            _attr("p:tv", "television", "patronage"), _attr("p:animals", "animals", "patronage"),
            _attr("t:assisi", "Assisi", "place"), _attr("o:clares", "Poor Clares", "order"),
            _attr("o:dominicans", "Dominicans", "order")]
    rows = [("s:clare", "patron_of", "p:tv"), ("s:francis", "patron_of", "p:animals"),
            ("s:clare", "died_in", "t:assisi"), ("s:francis", "died_in", "t:assisi"),
            ("s:clare", "founded", "o:clares")]
    checker = _graph("patrons", rels, ents, rows)
    _ok(checker, true)
    _bad(checker, false)


@pytest.mark.parametrize("true, false", [
    ("Persian was the official language of the Safavid, Timurid and Mughal empires.",
     "Persian was the official language of the Safavid, Ottoman and Mughal empires."),
    ("Persian was the official language of the Safavid and Mughal empires.",
     "Persian was the official language of the Safavid and Ottoman empires."),
])
def test_names_before_one_plural_noun(true, false):
    e = "empire"
    rels = [R("official_language", phrase="had the official language", inverse_phrase="was the official language of",
              domain=(e,), range=("language",))]
    ents = [_item("e:safavid", "Safavid Empire", e, 1501), _item("e:timurid", "Timurid Empire", e, 1370),
            _item("e:mughal", "Mughal Empire", e, 1526), _item("e:ottoman", "Ottoman Empire", e, 1299),
            _attr("l:persian", "Persian", "language"), _attr("l:turkish", "Ottoman Turkish", "language")]
    rows = [("e:safavid", "official_language", "l:persian"), ("e:timurid", "official_language", "l:persian"),
            ("e:mughal", "official_language", "l:persian"), ("e:ottoman", "official_language", "l:turkish")]
    checker = _graph("empires", rels, ents, rows)
    _ok(checker, true)
    _bad(checker, false)


@pytest.mark.parametrize("true, false", [
    ("For a war drama, try Schindler's List.", "For a war drama, try Alien."),
    ("For a sci-fi horror film, try Alien.", "For a sci-fi horror film, try Heat."),
    ("For a thriller, try Die Hard, directed by John McTiernan.", "For a thriller, try Die Hard, directed by James Cameron."),
    ("If you are in the mood for a crime drama, Goodfellas is one.",
     "If you are in the mood for a crime drama, Toy Story is one."),
    ("If you want a sci-fi comedy, Back to the Future is one.", "If you want a sci-fi comedy, Alien is one."),
])
def test_kinds_asked_for(movies, true, false):
    _ok(movies, true)
    _bad(movies, false)


def test_a_kind_asked_for_needs_an_offer(movies):
    _bad(movies, "For a comedy, Groundhog Day is long.")  # ("is long" says no more than it is one)


@pytest.mark.parametrize("true, false", [
    ("Palmyra was the capital of the Palmyrene Empire. The city is the site of the Temple of Bel.",
     "Palmyra was the capital of the Palmyrene Empire. The city is the site of the Ishtar Gate."),
])
def test_the_head_of_a_compound_type(true, false):
    c = "ancient_city"
    rels = [R("capital_of", phrase="was the capital of", inverse_phrase="had its capital at", domain=(c,), range=("empire",)),
            R("site_of", phrase="is the site of", inverse_phrase="stands in", domain=(c,), range=("monument",))]
    ents = [_item("c:palmyra", "Palmyra", c, 1980), _item("c:babylon", "Babylon", c, 2019),
            _attr("e:palmyrene", "Palmyrene Empire", "empire"), _attr("m:bel", "Temple of Bel", "monument"),
            _attr("m:ishtar", "Ishtar Gate", "monument")]
    rows = [("c:palmyra", "capital_of", "e:palmyrene"), ("c:palmyra", "site_of", "m:bel"),
            ("c:babylon", "site_of", "m:ishtar")]
    checker = _graph("cities", rels, ents, rows)
    _ok(checker, true)
    _bad(checker, false)
