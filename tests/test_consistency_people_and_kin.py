"""Readings added in session 63, each with false twins: people by their types (rulers, deities, a
"tennis player" whose type's last word names people) are "he" / "she", also right after a user's
claim and after ", and his"; an object "him" is never its own clause's subject; no kin nouns by sex
("son", "father": tried and withdrawn); a marriage both ways ("A married B"), in its phrases'
tense; a phrase that ends in its object's article ("is spread by the") is read without it; a
passive "at" a place also "in" it; "Serena and Venus Williams"; new verb synonyms (coach / train,
rule / reign, spread / carry). Red teams (tests/redteam/rt198.py ...) attack the same readings."""

from __future__ import annotations

import pytest

import kgexplain as kgx

from checker_cases import accepts as _ok, attr as _attr, graph_checker as _graph, item as _item, rejects as _bad


@pytest.fixture(scope="module")
def tennis():
    p = "tennis_player"
    rels = [kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                         domain=(p,), range=("city",)),
            kgx.Relation("coached_by", phrase="was coached by", inverse_phrase="coached", domain=(p,), range=("coach",)),
            kgx.Relation("won", phrase="won", inverse_phrase="was won by", domain=(p,), range=("tournament",)),
            kgx.Relation("represents", phrase="represents", inverse_phrase="is represented by",
                         domain=(p,), range=("country",)),
            kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by", domain=("user",), range=(p,))]
    ents = [kgx.Entity("user:ana", kind="user", type="user", label="ana"),
            _item("t:federer", "Roger Federer", p, 1998), _item("t:murray", "Andy Murray", p, 2005),
            _item("t:serena", "Serena Williams", p, 1995), _item("t:venus", "Venus Williams", p, 1994),
            _attr("c:basel", "Basel", "city"), _attr("c:glasgow", "Glasgow", "city"),
            _attr("c:saginaw", "Saginaw", "city"), _attr("c:lynwood", "Lynwood", "city"),
            _attr("k:lendl", "Ivan Lendl", "coach"), _attr("k:annacone", "Paul Annacone", "coach"),
            _attr("w:wimbledon", "Wimbledon", "tournament"), _attr("w:usopen", "US Open", "tournament"),
            _attr("n:usa", "the United States", "country"), _attr("n:gb", "Great Britain", "country"),
            _attr("n:ch", "Switzerland", "country")]
    rows = [("t:federer", "born_in", "c:basel"), ("t:murray", "born_in", "c:glasgow"),
            ("t:serena", "born_in", "c:saginaw"), ("t:venus", "born_in", "c:lynwood"),
            ("t:murray", "coached_by", "k:lendl"), ("t:federer", "coached_by", "k:annacone"),
            ("t:federer", "won", "w:wimbledon"), ("t:murray", "won", "w:wimbledon"), ("t:serena", "won", "w:usopen"),
            ("t:venus", "won", "w:wimbledon"), ("t:federer", "represents", "n:ch"), ("t:murray", "represents", "n:gb"),
            ("t:serena", "represents", "n:usa"), ("t:venus", "represents", "n:usa"),
            ("user:ana", "rated", "t:federer", {"rating": 5.0}), ("user:ana", "rated", "t:murray", {"rating": 1.0})]
    return _graph("tennis", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Roger Federer won Wimbledon. He was born in Basel.", "Roger Federer won Wimbledon. He was born in Glasgow."),
    ("You gave Roger Federer five stars; he was born in Basel.",
     "You gave Roger Federer five stars; he was born in Saginaw."),
    ("Andy Murray won Wimbledon. Ivan Lendl coached him.", "Andy Murray won Wimbledon. Paul Annacone coached him."),
    ("Andy Murray was born in Glasgow, and Ivan Lendl coached him.",
     "Roger Federer was born in Basel, and Ivan Lendl coached him."),
    ("Serena and Venus Williams both represent the United States.",
     "Serena and Venus Williams both represent Great Britain."),
    ("Roger Federer is a native of Basel.", "Andy Murray is a native of Basel."),
    ("Andy Murray was trained by Ivan Lendl.", "Roger Federer was trained by Ivan Lendl."),
    ("You loved Roger Federer, and his birthplace is Basel.", "You loved Andy Murray, and his birthplace is Basel."),
])
def test_tennis(tennis, true, false):
    _ok(tennis, true, user="user:ana")
    _bad(tennis, false, user="user:ana")


def test_him_is_never_the_clause_own_subject(tennis):
    # "him" with no one else named before is the subject only: coaching oneself is no fact
    _bad(tennis, "Ivan Lendl coached him.")


@pytest.fixture(scope="module")
def pharaohs():
    rels = [kgx.Relation("child_of", phrase="was a child of", inverse_phrase="was a parent of",
                         domain=("pharaoh",), range=("pharaoh",)),
            kgx.Relation("married", phrase="was married to", inverse_phrase="was the wife of",
                         domain=("pharaoh",), range=("queen",)),
            kgx.Relation("dynasty", phrase="belonged to the", inverse_phrase="included",
                         domain=("pharaoh",), range=("dynasty",)),
            kgx.Relation("ruled_from", phrase="ruled from", inverse_phrase="was the capital of",
                         domain=("pharaoh",), range=("city",)),
            kgx.Relation("buried_at", phrase="was buried at", inverse_phrase="is the burial place of",
                         domain=("pharaoh",), range=("necropolis",))]
    ents = [_item("p:akhenaten", "Akhenaten", "pharaoh", -1353), _item("p:tut", "Tutankhamun", "pharaoh", -1332),
            _item("p:khufu", "Khufu", "pharaoh", -2589), _item("p:sneferu", "Sneferu", "pharaoh", -2613),
            _attr("q:nefertiti", "Nefertiti", "queen"), _attr("q:ankh", "Ankhesenamun", "queen"),
            _attr("d:18", "Eighteenth Dynasty", "dynasty"), _attr("d:4", "Fourth Dynasty", "dynasty"),
            _attr("c:amarna", "Amarna", "city"), _attr("c:memphis", "Memphis", "city"),
            _attr("n:giza", "Giza", "necropolis"), _attr("n:kv", "Valley of the Kings", "necropolis")]
    rows = [("p:tut", "child_of", "p:akhenaten"), ("p:khufu", "child_of", "p:sneferu"),
            ("p:akhenaten", "married", "q:nefertiti"), ("p:tut", "married", "q:ankh"),
            ("p:akhenaten", "dynasty", "d:18"), ("p:tut", "dynasty", "d:18"), ("p:khufu", "dynasty", "d:4"),
            ("p:akhenaten", "ruled_from", "c:amarna"), ("p:khufu", "ruled_from", "c:memphis"),
            ("p:khufu", "buried_at", "n:giza"), ("p:tut", "buried_at", "n:kv")]
    return _graph("pharaohs", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Khufu was a child of Sneferu.", "Sneferu was a child of Khufu."),
    ("Akhenaten married Nefertiti.", "Tutankhamun married Nefertiti."),
    ("Nefertiti married Akhenaten.", "Nefertiti married Tutankhamun."),
    ("Nefertiti was married to Akhenaten.", "Ankhesenamun was married to Akhenaten."),
    ("Khufu belonged to the Fourth Dynasty.", "Khufu belonged to the Eighteenth Dynasty."),
    ("Khufu belonged to Fourth Dynasty.", "Tutankhamun belonged to Fourth Dynasty."),
    ("Akhenaten ruled from Amarna; he married Nefertiti.", "Khufu ruled from Memphis; he married Nefertiti."),
    ("Akhenaten reigned from Amarna.", "Akhenaten reigned from Memphis."),
    ("Tutankhamun was buried in the Valley of the Kings.", "Khufu was buried in the Valley of the Kings."),
])
def test_pharaohs(pharaohs, true, false):
    _ok(pharaohs, true)
    _bad(pharaohs, false)


@pytest.mark.parametrize("text", [
    "Khufu was Sneferu's son.",  # kin by sex: the graph says no one's sex (withdrawn, red team 203)
    "Tutankhamun's father was Akhenaten.",
    "Nefertiti is married to Akhenaten.",  # a marriage said "was" may be over
    "Akhenaten is married to Nefertiti.",
    "Nefertiti's husband was Akhenaten.",  # the graph says "wife", not who is whose husband
])
def test_marriage_keeps_its_tense_and_its_words(pharaohs, text):
    _bad(pharaohs, text)


@pytest.fixture(scope="module")
def diseases():
    rels = [kgx.Relation("spread_by", phrase="is spread by the", inverse_phrase="spreads",
                         domain=("disease",), range=("vector",)),
            kgx.Relation("identified_at", phrase="was identified at", inverse_phrase="saw the identification of",
                         domain=("disease",), range=("city",))]
    ents = [_item("d:plague", "plague", "disease", 1347), _item("d:malaria", "malaria", "disease", 1880),
            _attr("v:flea", "fleas", "vector"), _attr("v:mosquito", "Anopheles mosquito", "vector"),
            _attr("c:caffa", "Caffa", "city"), _attr("c:rome", "Rome", "city")]
    rows = [("d:plague", "spread_by", "v:flea"), ("d:malaria", "spread_by", "v:mosquito"),
            ("d:plague", "identified_at", "c:caffa")]
    return _graph("diseases", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Plague is spread by fleas.", "Malaria is spread by fleas."),
    ("Malaria is carried by the Anopheles mosquito.", "Plague is carried by the Anopheles mosquito."),
    ("Plague was identified in Caffa.", "Plague was identified in Rome."),
])
def test_diseases(diseases, true, false):
    _ok(diseases, true)
    _bad(diseases, false)


@pytest.fixture(scope="module")
def olympus():
    rels = [kgx.Relation("child_of", phrase="is a child of", inverse_phrase="is a parent of",
                         domain=("god", "goddess"), range=("god", "goddess", "titan")),
            kgx.Relation("symbol", phrase="is symbolised by", inverse_phrase="is a symbol of",
                         domain=("god", "goddess"), range=("symbol",)),
            kgx.Relation("taught", phrase="taught", inverse_phrase="was taught by",
                         domain=("centaur",), range=("god",))]
    ents = [_item("g:zeus", "Zeus", "god"), _item("g:athena", "Athena", "goddess"),
            _item("g:asclepius", "Asclepius", "god"),
            _attr("t:cronus", "Cronus", "titan"), _attr("c:chiron", "Chiron", "centaur"),
            _attr("s:eagle", "the eagle", "symbol"), _attr("s:owl", "the owl", "symbol"),
            _attr("s:staff", "the staff", "symbol")]
    rows = [("g:zeus", "child_of", "t:cronus"), ("g:athena", "child_of", "g:zeus"), ("g:zeus", "symbol", "s:eagle"),
            ("g:athena", "symbol", "s:owl"), ("g:asclepius", "symbol", "s:staff"), ("c:chiron", "taught", "g:asclepius")]
    return _graph("olympus", rels, ents, rows)


@pytest.mark.parametrize("text", [
    "Athena is a child of Zeus. His symbol is the owl.",  # a goddess is no "he"
    "Zeus is a child of Cronus. He is symbolised by the eagle.",  # a titan may be "he" too
    "Chiron taught Asclepius. He is symbolised by the staff.",  # so may a centaur
    "Athena is a daughter of Zeus.",  # the types say the sex: no kin noun by sex
])
def test_he_and_she_stand_for_whoever_may_be_meant(olympus, text):
    _bad(olympus, text)


def test_she_of_a_goddess(olympus):
    _ok(olympus, "Athena is a child of Zeus, and she is symbolised by the owl.")


@pytest.fixture(scope="module")
def popes():
    rels = [kgx.Relation("born_in", phrase="was born in", inverse_phrase="is the birthplace of",
                         domain=("pope",), range=("place",)),
            kgx.Relation("succeeded", phrase="succeeded", inverse_phrase="was succeeded by",
                         domain=("pope",), range=("pope",))]
    ents = [_item("p:francis", "Pope Francis", "pope", 2013), _item("p:benedict", "Benedict XVI", "pope", 2005),
            _item("p:jp2", "John Paul II", "pope", 1978),
            _attr("c:ba", "Buenos Aires", "place"), _attr("c:marktl", "Marktl", "place"),
            _attr("c:wadowice", "Wadowice", "place")]
    rows = [("p:francis", "born_in", "c:ba"), ("p:benedict", "born_in", "c:marktl"), ("p:jp2", "born_in", "c:wadowice"),
            ("p:francis", "succeeded", "p:benedict"), ("p:benedict", "succeeded", "p:jp2")]
    return _graph("popes", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Benedict XVI came from Marktl.", "Benedict XVI came from Wadowice."),
    ("Pope Francis hailed from Buenos Aires.", "Pope Francis hailed from Marktl."),
    ("Benedict XVI came into the world in Marktl.", "Pope Francis came into the world in Marktl."),
    ("Pope Francis's predecessor was Benedict XVI.", "Benedict XVI's predecessor was Pope Francis."),
    ("Benedict XVI's successor was Pope Francis.", "John Paul II's successor was Pope Francis."),
    ("Pope Francis was born in Buenos Aires. His predecessor was Benedict XVI.",
     "Pope Francis was born in Buenos Aires. His successor was Benedict XVI."),
])
def test_popes(popes, true, false):
    _ok(popes, true)
    _bad(popes, false)


@pytest.mark.parametrize("text", [
    "Pope Francis (2013) was born in Buenos Aires.",  # the year is his election, not a declared birth
    "Pope Francis succeeded Benedict XVI in Marktl.",  # where the act was: the graph does not say
])
def test_years_and_places_of_people_unread(popes, text):
    _bad(popes, text)
