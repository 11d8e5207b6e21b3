"""Readings added in session 64, each with false twins: the agent noun of an active phrase names
its head ("wrote" / "was written by": "Hume is the author of the Treatise", "The author of X is
Y", "X, whose designer is Y"); the nouns of relations said only in the past ("was the capital
of", "had the state religion") are read after a past copula only ("Its capital was Paris", never
"is"); a relation whose other phrase is "was the teacher of" is also "was a pupil of" and "studied
with" (not "taught" where another relation "taught at" a school)."""

from __future__ import annotations

import pytest

import kgexplain as kgx

from checker_cases import accepts as _ok, attr as _attr, graph_checker as _graph, item as _item, rejects as _bad


@pytest.fixture(scope="module")
def empires():
    e = "empire"
    rels = [kgx.Relation("has_capital", phrase="had its capital at", inverse_phrase="was the capital of",
                         domain=(e,), range=("city",)),
            kgx.Relation("state_religion", phrase="had the state religion", inverse_phrase="was the state religion of",
                         domain=(e,), range=("religion",)),
            kgx.Relation("founded_by", phrase="was founded by", inverse_phrase="founded", domain=(e,), range=("person",)),
            kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(e,))]
    ents = [kgx.Entity("user:ana", kind="user", type="user", label="ana"),
            _item("e:french", "First French Empire", e, 1804), _item("e:mali", "Mali Empire", e, 1235),
            _item("e:khmer", "Khmer Empire", e, 802),
            _attr("c:paris", "Paris", "city"), _attr("c:niani", "Niani", "city"), _attr("c:angkor", "Angkor", "city"),
            _attr("r:islam", "Islam", "religion"), _attr("r:hinduism", "Hinduism", "religion"),
            _attr("r:christianity", "Christianity", "religion"),
            _attr("p:napoleon", "Napoleon", "person"), _attr("p:sundiata", "Sundiata Keita", "person"),
            _attr("p:jayavarman", "Jayavarman II", "person")]
    rows = [("e:french", "has_capital", "c:paris"), ("e:mali", "has_capital", "c:niani"),
            ("e:khmer", "has_capital", "c:angkor"), ("e:mali", "state_religion", "r:islam"),
            ("e:khmer", "state_religion", "r:hinduism"), ("e:french", "state_religion", "r:christianity"),
            ("e:french", "founded_by", "p:napoleon"), ("e:mali", "founded_by", "p:sundiata"),
            ("e:khmer", "founded_by", "p:jayavarman"),
            ("user:ana", "rated", "e:mali", {"rating": 5.0}), ("user:ana", "rated", "e:khmer", {"rating": 1.0})]
    return _graph("empires", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("The capital of the First French Empire was Paris.", "The capital of the Mali Empire was Paris."),
    ("The Mali Empire's capital was Niani.", "The Mali Empire's capital was Angkor."),
    ("Napoleon founded the First French Empire. Its capital was Paris.",
     "Napoleon founded the First French Empire. Its capital was Niani."),
    ("The Khmer Empire was founded by Jayavarman II, and its capital was Angkor.",
     "The Khmer Empire was founded by Jayavarman II, and its capital was Paris."),
    ("The state religion of the Mali Empire was Islam.", "The state religion of the Khmer Empire was Islam."),
    ("The Mali Empire had Islam as its state religion.", "The Mali Empire had Hinduism as its state religion."),
    ("Niani was the Mali Empire's capital.", "Paris was the Mali Empire's capital."),
    ("Napoleon founded the First French Empire, and Paris was its capital.",
     "Sundiata Keita founded the Mali Empire, and Paris was its capital."),
])
def test_past_nouns(empires, true, false):
    _ok(empires, true)
    _bad(empires, false)


@pytest.mark.parametrize("text", [
    "The capital of the First French Empire is Paris.",  # (said in the present: it still is)
    "The First French Empire's capital is Paris.",
    "Paris is the First French Empire's capital.",
    "Napoleon founded the First French Empire, and Paris is its capital.",
    "The Mali Empire has Islam as its state religion.",
])
def test_past_nouns_not_in_the_present(empires, text):
    _bad(empires, text)


@pytest.fixture(scope="module")
def makers():
    p = "philosopher"
    rels = [kgx.Relation("wrote", phrase="wrote", inverse_phrase="was written by", domain=(p,), range=("work",)),
            kgx.Relation("designed", phrase="designed", inverse_phrase="was designed by",
                         domain=(p,), range=("building",)),
            kgx.Relation("taught_at", phrase="taught at", inverse_phrase="had on its faculty",
                         domain=(p,), range=("university",)),
            kgx.Relation("studied_under", phrase="studied under", inverse_phrase="was the teacher of",
                         domain=(p,), range=(p,)),
            kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(p,))]
    ents = [kgx.Entity("user:ana", kind="user", type="user", label="ana"),
            _item("p:hume", "David Hume", p, 1711), _item("p:mill", "John Stuart Mill", p, 1806),
            _item("p:husserl", "Edmund Husserl", p, 1859), _item("p:heidegger", "Martin Heidegger", p, 1889),
            _item("p:wittgenstein", "Ludwig Wittgenstein", p, 1889),
            _attr("w:treatise", "A Treatise of Human Nature", "work"), _attr("w:liberty", "On Liberty", "work"),
            _attr("w:being", "Being and Time", "work"),
            _attr("b:haus", "Haus Wittgenstein", "building"),
            _attr("u:freiburg", "University of Freiburg", "university"),
            _attr("u:marburg", "University of Marburg", "university")]
    rows = [("p:hume", "wrote", "w:treatise"), ("p:mill", "wrote", "w:liberty"), ("p:heidegger", "wrote", "w:being"),
            ("p:wittgenstein", "designed", "b:haus"),
            ("p:husserl", "taught_at", "u:freiburg"), ("p:heidegger", "taught_at", "u:marburg"),
            ("p:heidegger", "studied_under", "p:husserl"),
            ("user:ana", "rated", "p:hume", {"rating": 5.0}), ("user:ana", "rated", "p:heidegger", {"rating": 1.0})]
    return _graph("makers", rels, ents, rows)


@pytest.mark.parametrize("true, false, user", [
    ("David Hume is the author of A Treatise of Human Nature.", "David Hume is the author of On Liberty.", None),
    ("The author of On Liberty is John Stuart Mill.", "The author of On Liberty is David Hume.", None),
    ("A Treatise of Human Nature's author was David Hume.", "On Liberty's author was David Hume.", None),
    ("You didn't enjoy Martin Heidegger, the author of Being and Time.",
     "You didn't enjoy Martin Heidegger, the author of On Liberty.", "user:ana"),
    ("Ludwig Wittgenstein is the designer of Haus Wittgenstein.",
     "Martin Heidegger is the designer of Haus Wittgenstein.", None),
    ("The designer of Haus Wittgenstein is Ludwig Wittgenstein.",
     "The designer of Haus Wittgenstein is David Hume.", None),
    ("Martin Heidegger was a pupil of Edmund Husserl.", "Edmund Husserl was a pupil of Martin Heidegger.", None),
    ("Martin Heidegger studied with Edmund Husserl.", "Ludwig Wittgenstein studied with Edmund Husserl.", None),
    ("Martin Heidegger was a student of Edmund Husserl.", "Martin Heidegger was a student of David Hume.", None),
])
def test_makers_and_pupils(makers, true, false, user):
    _ok(makers, true, user=user)
    _bad(makers, false, user=user)


@pytest.mark.parametrize("text", [
    "Edmund Husserl taught Martin Heidegger.",  # ("taught at" a school is another relation's: unread)
    "Martin Heidegger is a pupil of Edmund Husserl.",  # (the phrase's past, not the present)
    "David Hume is the author of A Treatise of Human Nature and On Liberty.",
])
def test_makers_unread(makers, text):
    _bad(makers, text)


@pytest.fixture(scope="module")
def roles():
    """Two capitals of one empire, a conductor, a trainer, pupils of one teacher."""
    rels = [kgx.Relation("has_capital", phrase="had its capital at", inverse_phrase="was the capital of",
                         domain=("empire",), range=("city",)),
            kgx.Relation("conducted", phrase="conducted", inverse_phrase="was conducted by",
                         domain=("conductor",), range=("orchestra",)),
            kgx.Relation("trained", phrase="trained", inverse_phrase="was trained by",
                         domain=("trainer",), range=("horse",)),
            kgx.Relation("pupil_of", phrase="was a pupil of", inverse_phrase="was the teacher of",
                         domain=("scientist",), range=("scientist",)),
            kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                         domain=("scientist",), range=("city",))]
    ents = [_item("e:ottoman", "Ottoman Empire", "empire", 1299),
            _attr("c:bursa", "Bursa", "city"), _attr("c:edirne", "Edirne", "city"),
            _attr("c:constantinople", "Constantinople", "city"), _attr("c:brightwater", "Brightwater", "city"),
            _item("k:toscanini", "Arturo Toscanini", "conductor", 1867), _attr("o:nbc", "NBC Symphony Orchestra", "orchestra"),
            _item("t:laurin", "Lucien Laurin", "trainer", 1912), _attr("h:secretariat", "Secretariat", "horse"),
            _item("s:rutherford", "Ernest Rutherford", "scientist", 1871),
            _item("s:chadwick", "James Chadwick", "scientist", 1891), _item("s:bohr", "Niels Bohr", "scientist", 1885)]
    rows = [("e:ottoman", "has_capital", "c:bursa"), ("e:ottoman", "has_capital", "c:edirne"),
            ("e:ottoman", "has_capital", "c:constantinople"), ("k:toscanini", "conducted", "o:nbc"),
            ("t:laurin", "trained", "h:secretariat"), ("s:chadwick", "pupil_of", "s:rutherford"),
            ("s:bohr", "pupil_of", "s:rutherford"), ("s:rutherford", "born_in", "c:brightwater")]
    return _graph("roles", rels, ents, rows)


@pytest.mark.parametrize("text", [
    "The Ottoman Empire's capitals were Bursa and Edirne.",  # (all of them: Constantinople left out)
    "The capitals of the Ottoman Empire were Bursa and Edirne.",
    "The Ottoman Empire's capitals were Bursa.",
    "Arturo Toscanini is the conductor of the NBC Symphony Orchestra.",  # (a role: said in the past only)
    "The conductor of the NBC Symphony Orchestra is Arturo Toscanini.",
    "Lucien Laurin is the trainer of Secretariat.",
    "Arturo Toscanini conducts the NBC Symphony Orchestra.",
    "Ernest Rutherford was born in Brightwater. His pupil was James Chadwick.",  # (two pupils)
    "Ernest Rutherford was born in Brightwater. His pupils were James Chadwick.",
])
def test_roles_and_lists(roles, text):
    _bad(roles, text)


@pytest.mark.parametrize("text", [
    "The Ottoman Empire's capitals were Bursa, Edirne and Constantinople.",
    "Arturo Toscanini conducted the NBC Symphony Orchestra.",
    "Lucien Laurin trained Secretariat.",
    "James Chadwick and Niels Bohr were pupils of Ernest Rutherford.",
])
def test_roles_and_lists_true(roles, text):
    _ok(roles, text)


@pytest.fixture(scope="module")
def schools():
    """Professors who taught at universities and studied at schools; planets in constellations; an
    empire that had its capital at a city."""
    rels = [kgx.Relation("taught_at", phrase="taught at", inverse_phrase="had on its faculty",
                         domain=("professor",), range=("university",)),
            kgx.Relation("studied_at", phrase="studied at", inverse_phrase="educated",
                         domain=("professor",), range=("school",)),
            kgx.Relation("in_constellation", phrase="lies in the constellation", inverse_phrase="contains",
                         domain=("planet",), range=("constellation",)),
            kgx.Relation("planet_class", phrase="is classed as", inverse_phrase="is the class of",
                         domain=("planet",), range=("planet class",)),
            kgx.Relation("has_capital", phrase="had its capital at", inverse_phrase="was the capital of",
                         domain=("empire",), range=("city",))]
    ents = [_item("p:locke", "John Locke", "professor", 1632), _item("p:kant", "Immanuel Kant", "professor", 1724),
            _attr("u:oxford", "University of Oxford", "university"),
            _attr("u:konigsberg", "University of Königsberg", "university"),
            _attr("s:westminster", "Westminster School", "school"),
            _item("x:cancri", "55 Cancri e", "planet", 2004), _item("x:hd", "HD 189733 b", "planet", 2005),
            _attr("c:cancer", "Cancer", "constellation"), _attr("c:vulpecula", "Vulpecula", "constellation"),
            _attr("k:superearth", "super-Earth", "planet class"), _attr("k:hotjupiter", "hot Jupiter", "planet class"),
            _item("e:ottoman", "Ottoman Empire", "empire", 1299), _item("e:byzantine", "Byzantine Empire", "empire", 330),
            _item("e:mughal", "Mughal Empire", "empire", 1526),
            _attr("c:constantinople", "Constantinople", "city"), _attr("c:agra", "Agra", "city")]
    rows = [("p:locke", "taught_at", "u:oxford"), ("p:kant", "taught_at", "u:konigsberg"),
            ("p:locke", "studied_at", "s:westminster"),
            ("x:cancri", "in_constellation", "c:cancer"), ("x:hd", "in_constellation", "c:vulpecula"),
            ("x:cancri", "planet_class", "k:superearth"), ("x:hd", "planet_class", "k:hotjupiter"),
            ("e:ottoman", "has_capital", "c:constantinople"), ("e:byzantine", "has_capital", "c:constantinople"),
            ("e:mughal", "has_capital", "c:agra")]
    return _graph("schools", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("John Locke lectured at the University of Oxford.", "Immanuel Kant lectured at the University of Oxford."),
    ("John Locke was a professor at the University of Oxford.",
     "John Locke was a professor at the University of Königsberg."),
    ("John Locke trained at Westminster School.", "Immanuel Kant trained at Westminster School."),
    ("55 Cancri e is a super-Earth in Cancer.", "55 Cancri e is a super-Earth in Vulpecula."),
    ("HD 189733 b is a hot Jupiter in Vulpecula.", "HD 189733 b is a super-Earth in Vulpecula."),
    ("The Ottoman Empire and the Byzantine Empire both had their capital at Constantinople.",
     "The Ottoman Empire and the Mughal Empire both had their capital at Constantinople."),
    ("The Ottoman Empire's capital was at Constantinople.", "The Mughal Empire's capital was at Constantinople."),
])
def test_schools_places_and_capitals(schools, true, false):
    _ok(schools, true)
    _bad(schools, false)


@pytest.mark.parametrize("text", [
    "John Locke is a professor at the University of Oxford.",  # (the phrase's past: not now)
    "The Ottoman Empire's capital is at Constantinople.",
])
def test_schools_not_in_the_present(schools, text):
    _bad(schools, text)


@pytest.fixture(scope="module")
def two_makers():
    """A building with two architects, a planet with two discoverers (red team 206)."""
    rels = [kgx.Relation("designed", phrase="designed", inverse_phrase="was designed by",
                         domain=("architect",), range=("building",)),
            kgx.Relation("discovered", phrase="discovered", inverse_phrase="was discovered by",
                         domain=("astronomer",), range=("planet",))]
    ents = [_item("a:johnson", "Philip Johnson", "architect", 1906), _item("a:mies", "Mies van der Rohe", "architect", 1886),
            _attr("b:glass", "Glass House", "building"), _attr("b:seagram", "Seagram Building", "building"),
            _item("s:galle", "Johann Galle", "astronomer", 1812), _item("s:leverrier", "Urbain Le Verrier", "astronomer", 1811),
            _attr("p:neptune", "Neptune", "planet")]
    rows = [("a:johnson", "designed", "b:glass"), ("a:johnson", "designed", "b:seagram"),
            ("a:mies", "designed", "b:seagram"), ("s:galle", "discovered", "p:neptune"),
            ("s:leverrier", "discovered", "p:neptune")]
    return _graph("two_makers", rels, ents, rows)


@pytest.mark.parametrize("text", [
    "Philip Johnson is the architect of the Glass House and the Seagram Building.",  # (Mies too)
    "The Glass House and the Seagram Building's designer was Philip Johnson.",
    "Johann Galle discovered Neptune, and he is its discoverer.",  # (Le Verrier too)
])
def test_the_only_maker(two_makers, text):
    _bad(two_makers, text)


def test_the_only_maker_true(two_makers):
    _ok(two_makers, "Philip Johnson is the architect of the Glass House.")


@pytest.fixture(scope="module")
def sky():
    """Stars, a nebula and a cluster in constellations; a comet with three discoverers (red teams
    206, 207)."""
    rels = [kgx.Relation("in_constellation", phrase="lies in the constellation", inverse_phrase="contains",
                         domain=("star", "nebula", "cluster"), range=("constellation",)),
            kgx.Relation("discovered", phrase="discovered", inverse_phrase="was discovered by",
                         domain=("astronomer",), range=("comet",))]
    ents = [_item("s:vega", "Vega", "star", 1850), _item("s:deneb", "Deneb", "star", 1850),
            _item("s:aldebaran", "Aldebaran", "star", 1850), _item("n:ring", "Ring Nebula", "nebula", 1779),
            _item("k:pleiades", "Pleiades", "cluster", 1600),
            _attr("c:lyra", "Lyra", "constellation"), _attr("c:taurus", "Taurus", "constellation"),
            _attr("c:cygnus", "Cygnus", "constellation"),
            _item("a:eugene", "Eugene Shoemaker", "astronomer", 1928), _item("a:carolyn", "Carolyn Shoemaker", "astronomer", 1929),
            _item("a:levy", "David Levy", "astronomer", 1948), _attr("x:sl9", "Comet Shoemaker-Levy 9", "comet")]
    rows = [("s:vega", "in_constellation", "c:lyra"), ("n:ring", "in_constellation", "c:lyra"),
            ("s:deneb", "in_constellation", "c:cygnus"), ("s:aldebaran", "in_constellation", "c:taurus"),
            ("k:pleiades", "in_constellation", "c:taurus"),
            ("a:eugene", "discovered", "x:sl9"), ("a:carolyn", "discovered", "x:sl9"), ("a:levy", "discovered", "x:sl9")]
    return _graph("sky", rels, ents, rows)


@pytest.mark.parametrize("text", [
    "Vega is a star in Lyra, as is the Ring Nebula.",  # (the Ring Nebula is a nebula)
    "Vega is a star in Lyra, and so is the Ring Nebula.",
    "Aldebaran is a star in Taurus, as are Vega and the Pleiades.",
    "Vega is a star in Lyra, the Ring Nebula a star in Lyra.",
    "Deneb is a star in Cygnus, the Ring Nebula a star in Lyra.",
    "Eugene Shoemaker and Carolyn Shoemaker are the discoverers of Comet Shoemaker-Levy 9.",  # (Levy too)
])
def test_kinds_of_compared_names_and_all_makers(sky, text):
    _bad(sky, text)


@pytest.mark.parametrize("text", [
    "Vega is a star in Lyra, Deneb a star in Cygnus.",
    "Eugene Shoemaker, Carolyn Shoemaker and David Levy are the discoverers of Comet Shoemaker-Levy 9.",
])
def test_kinds_of_compared_names_and_all_makers_true(sky, text):
    _ok(sky, text)
