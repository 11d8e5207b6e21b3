"""Readings added in session 57, each with false twins: an apposition with a possessive pronoun
("X, its producer, ...", "X, one of its stars, ..."); "the former" / "the first" of a pair the
clause's own subject closes; "Between A and B, the former ..."; "One of its / X's Ns is Y" and
"X has Y as one of its Ns"; "Y was X's N" after a reference or an aside; a gapped remnant whose
object is of the relation's range; a prize's givers ("is given / presented / conferred by", "hands
out"), its field ("honours", "a prize for"), its first winner ("was first won by") and its first
year ("first presented in"); a ship that "fought at" / "took part in" a battle; a dish "made
with" its key ingredient and its pasta; a metro that opened in its year; the head noun of a
compound type ("the dish" of a pasta dish); "plays one of the leads in"; "the filmmaker
behind"; "has a N of X and a M of Y" (the second noun phrase takes the same "has"); a ship "kept
in" the city where it is preserved as a museum ship; what "is credited to" someone, who "invented"
or "came up with" it; "the dish counts Y among its Ns"; "was first awarded in 2003, to X"; a gapped remnant "X Y" of two names ("A directed B, X
Y"), not read as "the X film Y"."""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker

from checker_cases import accepts as _ok, attr as _attr, graph_checker as _graph, item as _item, rejects as _bad


@pytest.fixture(scope="module")
def movies():
    return ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True, rating_threshold=4.0)


@pytest.mark.parametrize("true, false", [
    ("Goodfellas is a drama; Irwin Winkler, its producer, also produced Rocky.",
     "Goodfellas is a drama; Irwin Winkler, its editor, also produced Rocky."),
    ("Goodfellas is a drama. Joe Pesci, one of its stars, also appears in Casino.",
     "Goodfellas is a drama. Martin Scorsese, one of its stars, also directed Casino."),
    ("Rocky is a drama. Irwin Winkler, one of its producers, also produced Goodfellas.",
     "Casino is a drama. Irwin Winkler, one of its producers, also produced Goodfellas."),
    ("Jerry Goldsmith composed the music for Alien and Chinatown, and Ridley Scott directed the former.",
     "Jerry Goldsmith composed the music for Alien and Chinatown, and Ridley Scott directed the latter."),
    ("Alien and Chinatown have music by Jerry Goldsmith; Ridley Scott directed the first.",
     "Alien and Chinatown have music by Jerry Goldsmith; Ridley Scott directed the second."),
    ("Between Ghostbusters and Die Hard, the former was distributed by Columbia Pictures.",
     "Between Ghostbusters and Die Hard, the latter was distributed by Columbia Pictures."),
    ("One of Rocky's producers is Irwin Winkler.", "One of Rocky's directors is Irwin Winkler."),
    ("Rocky is a drama; one of its producers is Irwin Winkler.",
     "Rocky is a drama; one of its directors is Irwin Winkler."),
    ("Rocky has Irwin Winkler as one of its producers.", "Rocky has Irwin Winkler as one of its directors."),
    ("Keanu Reeves plays one of the leads in The Matrix.", "Ridley Scott plays one of the leads in Alien."),
    ("Ridley Scott is the filmmaker behind Alien.", "Sigourney Weaver is the filmmaker behind Alien."),
    ("Roman Polanski directed Chinatown, Jonathan Demme The Silence of the Lambs.",
     "Steven Spielberg directed Jaws, Roman Polanski The Silence of the Lambs."),
    ("Roman Polanski directed Chinatown, and Jonathan Demme The Silence of the Lambs.",
     "Roman Polanski directed Chinatown, and Jonathan Demme Jaws."),
])
def test_movie_readings(movies, true, false):
    _ok(movies, true)
    _bad(movies, false)


@pytest.mark.parametrize("text", [
    "Goodfellas is a drama. Joe Pesci, its star, also appears in Casino.",  # one of several stars
    "Goodfellas and Casino are dramas. Joe Pesci, one of its stars, also appears in Casino.",  # whose?
    "Irwin Winkler, one of its producers, also produced Goodfellas.",  # no item before "its"
    "Rocky has Irwin Winkler as its producer.",  # one of two producers, said as the only one
    "Between Ghostbusters and Die Hard, Columbia Pictures distributed the former.",  # no pair frame
])
def test_movie_readings_left_unread(movies, text):
    _bad(movies, text)


@pytest.fixture(scope="module")
def prizes():
    rels = [kgx.Relation("awarded_by", phrase="is awarded by", inverse_phrase="awards", domain=("prize",),
                         range=("organisation",)),
            kgx.Relation("field", phrase="is awarded for work in", inverse_phrase="is the field of",
                         domain=("prize",), range=("field",)),
            kgx.Relation("named_after", phrase="is named after", inverse_phrase="gives its name to",
                         domain=("prize",), range=("person",)),
            kgx.Relation("first_awarded_to", phrase="was first awarded to",
                         inverse_phrase="was the first recipient of", domain=("prize",), range=("person",))]
    ents = [_item("p:turing", "Turing Award", "prize", 1966), _item("p:hugo", "Hugo Award", "prize", 1953),
            _item("p:copley", "Copley Medal", "prize", 1731),
            _attr("o:acm", "Association for Computing Machinery", "organisation"),
            _attr("o:wsfs", "World Science Fiction Society", "organisation"),
            _attr("o:rs", "Royal Society", "organisation"),
            _attr("f:cs", "computer science", "field"), _attr("f:sf", "science fiction", "field"),
            _attr("f:science", "science", "field"),
            _attr("x:turing", "Alan Turing", "person"), _attr("x:gernsback", "Hugo Gernsback", "person"),
            _attr("x:perlis", "Alan Perlis", "person"), _attr("x:gray", "Stephen Gray", "person")]
    rows = [("p:turing", "awarded_by", "o:acm"), ("p:hugo", "awarded_by", "o:wsfs"), ("p:copley", "awarded_by", "o:rs"),
            ("p:turing", "field", "f:cs"), ("p:hugo", "field", "f:sf"), ("p:copley", "field", "f:science"),
            ("p:turing", "named_after", "x:turing"), ("p:hugo", "named_after", "x:gernsback"),
            ("p:turing", "first_awarded_to", "x:perlis"), ("p:copley", "first_awarded_to", "x:gray")]
    return _graph("prizes", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("The Turing Award is presented by the Association for Computing Machinery.",
     "The Turing Award is presented by the Royal Society."),
    ("The Copley Medal is conferred by the Royal Society.", "The Hugo Award is conferred by the Royal Society."),
    ("The Association for Computing Machinery hands out the Turing Award.",
     "The Association for Computing Machinery hands out the Copley Medal."),
    ("The Hugo Award honours science fiction.", "The Hugo Award honours computer science."),
    ("The Turing Award is a prize for computer science.", "The Turing Award is a prize for science fiction."),
    ("The Turing Award was first won by Alan Perlis.", "The Turing Award was first won by Alan Turing."),
    ("Alan Perlis received the first Turing Award.", "Stephen Gray received the first Turing Award."),
    ("The Hugo Award was first presented in 1953.", "The Hugo Award was first presented in 1954."),
    ("The Turing Award was first awarded in 1966, to Alan Perlis.",
     "The Turing Award was first awarded in 1966, to Alan Turing."),
    ("The Turing Award was first awarded in 1966, to Alan Perlis.",
     "The Turing Award was first awarded in 1967, to Alan Perlis."),
])
def test_prizes(prizes, true, false):
    _ok(prizes, true)
    _bad(prizes, false)


@pytest.mark.parametrize("text", [
    "Alan Perlis received the Turing Award.",  # not said: only the first award is in the graph
    "The Association for Computing Machinery gave the Turing Award to the Royal Society.",
    "The Turing Award was presented by the Association for Computing Machinery to Alan Turing.",
])
def test_prizes_left_unread(prizes, text):
    _bad(prizes, text)


@pytest.fixture(scope="module")
def ships():
    rels = [kgx.Relation("fought_in", phrase="fought in", inverse_phrase="involved", domain=("warship",),
                         range=("battle",)),
            kgx.Relation("flagship_of", phrase="was the flagship of", inverse_phrase="flew his flag in",
                         domain=("warship",), range=("person",)),
            kgx.Relation("served_in", phrase="served in", inverse_phrase="operated", domain=("warship",),
                         range=("navy",))]
    ents = [_item("s:mikasa", "Mikasa", "warship", 1900), _item("s:aurora", "Aurora", "warship", 1900),
            _item("s:victory", "HMS Victory", "warship", 1765),
            _attr("b:tsushima", "Battle of Tsushima", "battle"), _attr("b:trafalgar", "Battle of Trafalgar", "battle"),
            _attr("x:togo", "Togo Heihachiro", "person"), _attr("x:nelson", "Horatio Nelson", "person"),
            _attr("n:ijn", "Imperial Japanese Navy", "navy"), _attr("n:rn", "Royal Navy", "navy")]
    rows = [("s:mikasa", "fought_in", "b:tsushima"), ("s:aurora", "fought_in", "b:tsushima"),
            ("s:victory", "fought_in", "b:trafalgar"), ("s:mikasa", "flagship_of", "x:togo"),
            ("s:victory", "flagship_of", "x:nelson"), ("s:mikasa", "served_in", "n:ijn"),
            ("s:victory", "served_in", "n:rn")]
    return _graph("ships", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Mikasa served in the Imperial Japanese Navy and fought at the Battle of Tsushima.",
     "Mikasa served in the Imperial Japanese Navy and fought at the Battle of Trafalgar."),
    ("Aurora took part in the Battle of Tsushima.", "HMS Victory took part in the Battle of Tsushima."),
    ("HMS Victory saw action at the Battle of Trafalgar.", "Aurora saw action at the Battle of Trafalgar."),
    ("Aurora and Mikasa both fought at the Battle of Tsushima; the latter was Togo Heihachiro's flagship.",
     "Aurora and Mikasa both fought at the Battle of Tsushima; the former was Togo Heihachiro's flagship."),
    ("HMS Victory, launched in 1765, was Horatio Nelson's flagship.",
     "HMS Victory, launched in 1765, was Togo Heihachiro's flagship."),
    ("Mikasa served in the Imperial Japanese Navy, and the ship was Togo Heihachiro's flagship.",
     "Mikasa served in the Imperial Japanese Navy, and the ship was Horatio Nelson's flagship."),
])
def test_ships(ships, true, false):
    _ok(ships, true)
    _bad(ships, false)


@pytest.fixture(scope="module")
def dishes():
    rels = [kgx.Relation("key_ingredient", phrase="has the key ingredient", inverse_phrase="is a key ingredient of",
                         domain=("pasta_dish",), range=("ingredient",)),
            kgx.Relation("uses_pasta", phrase="is made with the pasta", inverse_phrase="is the pasta of",
                         domain=("pasta_dish",), range=("pasta_shape",)),
            kgx.Relation("first_served_at", phrase="was first served at", inverse_phrase="first served",
                         domain=("pasta_dish",), range=("restaurant", "hotel"))]
    ents = [_item("d:carbonara", "Spaghetti alla carbonara", "pasta_dish", 1950),
            _item("d:tetrazzini", "Chicken Tetrazzini", "pasta_dish", 1908),
            _item("d:primavera", "Pasta primavera", "pasta_dish", 1975),
            _attr("i:guanciale", "guanciale", "ingredient"), _attr("i:egg", "egg", "ingredient"),
            _attr("i:chicken", "chicken", "ingredient"), _attr("i:zucchini", "zucchini", "ingredient"),
            _attr("s:spaghetti", "spaghetti", "pasta_shape"), _attr("s:fettuccine", "fettuccine", "pasta_shape"),
            _attr("r:palace", "Palace Hotel", "hotel"), _attr("r:cirque", "Le Cirque", "restaurant")]
    rows = [("d:carbonara", "key_ingredient", "i:guanciale"), ("d:carbonara", "key_ingredient", "i:egg"),
            ("d:tetrazzini", "key_ingredient", "i:chicken"), ("d:primavera", "key_ingredient", "i:zucchini"),
            ("d:carbonara", "uses_pasta", "s:spaghetti"), ("d:primavera", "uses_pasta", "s:spaghetti"),
            ("d:tetrazzini", "first_served_at", "r:palace"), ("d:primavera", "first_served_at", "r:cirque")]
    return _graph("dishes", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Spaghetti alla carbonara is made with guanciale and egg.", "Spaghetti alla carbonara is made with chicken."),
    ("Spaghetti alla carbonara is made with spaghetti.", "Spaghetti alla carbonara is made with fettuccine."),
    ("Spaghetti alla carbonara has egg as one of its key ingredients.",
     "Spaghetti alla carbonara has zucchini as one of its key ingredients."),
    ("Chicken Tetrazzini was first served at the Palace Hotel, and Pasta primavera at Le Cirque.",
     "Chicken Tetrazzini was first served at Le Cirque, and Pasta primavera at the Palace Hotel."),
    ("Pasta primavera was first served at Le Cirque. The dish has the key ingredient zucchini.",
     "Pasta primavera was first served at Le Cirque. The dish has the key ingredient chicken."),
])
def test_dishes(dishes, true, false):
    _ok(dishes, true)
    _bad(dishes, false)


@pytest.fixture(scope="module")
def metros():
    rels = [kgx.Relation("operated_by", phrase="is operated by", inverse_phrase="operates",
                         domain=("metro_system",), range=("company",))]
    ents = [_item("m:budapest", "Budapest Metro", "metro_system", 1896),
            _item("m:glasgow", "Glasgow Subway", "metro_system", 1896),
            _attr("c:bkv", "BKV", "company"), _attr("c:spt", "SPT", "company")]
    rows = [("m:budapest", "operated_by", "c:bkv"), ("m:glasgow", "operated_by", "c:spt")]
    return _graph("metros", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("The Budapest Metro opened in 1896 and is run by BKV.", "The Budapest Metro opened in 1897 and is run by BKV."),
    ("The Glasgow Subway and the Budapest Metro both opened in 1896; the latter is run by BKV.",
     "The Glasgow Subway and the Budapest Metro both opened in 1896; the former is run by BKV."),
    ("The Budapest Metro opened in 1896. The system is operated by BKV.",
     "The Budapest Metro opened in 1896. The system is operated by SPT."),
])
def test_metros(metros, true, false):
    _ok(metros, true)
    _bad(metros, false)


@pytest.fixture(scope="module")
def bodies():
    rels = [kgx.Relation("escape_velocity", phrase="has an escape velocity of", inverse_phrase="is the escape velocity of",
                         domain=("asteroid",), range=("quantity",)),
            kgx.Relation("apoapsis", phrase="has an apoapsis of", inverse_phrase="is the apoapsis of",
                         domain=("asteroid",), range=("quantity",)),
            kgx.Relation("periapsis", phrase="has a periapsis of", inverse_phrase="is the periapsis of",
                         domain=("asteroid",), range=("quantity",))]
    ents = [_item("a:hygiea", "10 Hygiea", "asteroid"), _attr("q:v", "0.21 km/s", "quantity"),
            _attr("q:apo", "523951582 km", "quantity"), _attr("q:peri", "416000000 km", "quantity")]
    rows = [("a:hygiea", "escape_velocity", "q:v"), ("a:hygiea", "apoapsis", "q:apo"),
            ("a:hygiea", "periapsis", "q:peri")]
    return _graph("bodies", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("10 Hygiea has an escape velocity of 0.21 km/s and an apoapsis of 523951582 km.",
     "10 Hygiea has an escape velocity of 0.21 km/s and an apoapsis of 416000000 km."),
    ("10 Hygiea has an escape velocity of 0.21 km/s, an apoapsis of 523951582 km and a periapsis of 416000000 km.",
     "10 Hygiea has an escape velocity of 0.21 km/s, an apoapsis of 416000000 km and a periapsis of 523951582 km."),
    ("10 Hygiea has an escape velocity of 0.21 km/s and apoapsis of 523951582 km.",
     "10 Hygiea has an escape velocity of 0.21 km/s and apoapsis of 416000000 km."),
])
def test_shared_having(bodies, true, false):
    _ok(bodies, true)
    _bad(bodies, false)


@pytest.fixture(scope="module")
def kept():
    rels = [kgx.Relation("preserved_in", phrase="is preserved as a museum ship in", inverse_phrase="keeps the museum ship",
                         domain=("warship",), range=("city",)),
            kgx.Relation("credited_to", phrase="is credited to", inverse_phrase="is credited with creating",
                         domain=("dish",), range=("person",)),
            kgx.Relation("key_ingredient", phrase="has the key ingredient", inverse_phrase="is a key ingredient of",
                         domain=("dish",), range=("ingredient",)),
            kgx.Relation("first_served_at", phrase="was first served at", inverse_phrase="first served",
                         domain=("dish",), range=("restaurant",))]
    ents = [_item("s:vasa", "Vasa", "warship", 1627), _item("s:constitution", "USS Constitution", "warship", 1797),
            _item("d:primavera", "Pasta primavera", "dish", 1975), _item("d:chili", "Cincinnati chili", "dish", 1922),
            _attr("c:stockholm", "Stockholm", "city"), _attr("c:boston", "Boston", "city"),
            _attr("x:maccioni", "Sirio Maccioni", "person"), _attr("x:kiradjieff", "Tom Kiradjieff", "person"),
            _attr("i:cheddar", "cheddar", "ingredient"), _attr("i:zucchini", "zucchini", "ingredient"),
            _attr("r:empress", "Empress", "restaurant"), _attr("r:cirque", "Le Cirque", "restaurant")]
    rows = [("s:vasa", "preserved_in", "c:stockholm"), ("s:constitution", "preserved_in", "c:boston"),
            ("d:primavera", "credited_to", "x:maccioni"), ("d:chili", "credited_to", "x:kiradjieff"),
            ("d:chili", "key_ingredient", "i:cheddar"), ("d:primavera", "key_ingredient", "i:zucchini"),
            ("d:chili", "first_served_at", "r:empress"), ("d:primavera", "first_served_at", "r:cirque")]
    return _graph("kept", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("The Vasa is now kept in Stockholm.", "The Vasa is now kept in Boston."),
    ("USS Constitution is preserved in Boston.", "USS Constitution is preserved in Stockholm."),
    ("Pasta primavera was invented by Sirio Maccioni.", "Cincinnati chili was invented by Sirio Maccioni."),
    ("Sirio Maccioni came up with Pasta primavera.", "Tom Kiradjieff came up with Pasta primavera."),
    ("Cincinnati chili was first served at Empress. The dish counts cheddar among its key ingredients.",
     "Cincinnati chili was first served at Empress. The dish counts zucchini among its key ingredients."),
])
def test_kept_credited_counted(kept, true, false):
    _ok(kept, true)
    _bad(kept, false)
