"""Readings changed in session 69, each with false twins: "played <level> <sport> for" also
"played for" (a club's relation and a national side's both, the graph's link deciding); works,
realms and kingdoms are no one for "he" / "she"; a person's given name of one sex only keeps
"she" off a man and "he" off a woman; a place said bare after a predicate kind noun is the
item's ("a links course in Newcastle"); "took over from", "was followed in office by";
"belonged to" for a past membership; a scholar's field in any of its words; a player's
position "played at"; "trained under" a coach; "was employed at"."""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker
from kgexplain.consistency.given_names import given_name_sex
from kgexplain.datasets.webnlg import WebNLGEntry
from kgexplain.evaluation.webnlg import webnlg_entry_graphs

from checker_cases import accepts as _ok, attr as _attr, graph_checker as _graph, item as _item, rejects as _bad

R = kgx.Relation


@pytest.fixture(scope="module")
def rugby():
    p = "rugby_player"
    rels = [R("represented", phrase="played Test rugby for", inverse_phrase="capped", domain=(p,), range=("national_team",)),
            R("club", phrase="played club rugby for", inverse_phrase="had on its books", domain=(p,), range=("club",)),
            R("position", phrase="played as a", inverse_phrase="is the position of", domain=(p,), range=("position",)),
            R("coached_by", phrase="was coached by", inverse_phrase="coached", domain=(p,), range=("person",))]
    ents = [_item("p:oconnell", "Paul O'Connell", p, 1979), _item("p:carter", "Dan Carter", p, 1982),
            _attr("t:ireland", "Ireland", "national_team"), _attr("t:nz", "New Zealand", "national_team"),
            _attr("c:munster", "Munster", "club"), _attr("c:crusaders", "Crusaders", "club"),
            _attr("x:lock", "lock", "position"), _attr("x:flyhalf", "fly-half", "position"),
            _attr("h:kidney", "Declan Kidney", "person"), _attr("h:hansen", "Steve Hansen", "person")]
    rows = [("p:oconnell", "represented", "t:ireland"), ("p:oconnell", "club", "c:munster"),
            ("p:carter", "represented", "t:nz"), ("p:carter", "club", "c:crusaders"),
            ("p:oconnell", "position", "x:lock"), ("p:carter", "position", "x:flyhalf"),
            ("p:oconnell", "coached_by", "h:kidney"), ("p:carter", "coached_by", "h:hansen")]
    return _graph("rugby", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Paul O'Connell played for Munster.", "Paul O'Connell played for the Crusaders."),
    ("Paul O'Connell played for Ireland.", "Paul O'Connell played for New Zealand."),
    ("Dan Carter played rugby for the Crusaders.", "Dan Carter played rugby for Munster."),
    ("Dan Carter played for the Crusaders.", "Dan Carter played for Ireland."),
    ("Paul O'Connell played for Munster.", "Munster played for Paul O'Connell."),
    # (in the phrase's past only)
    ("Paul O'Connell played for Munster.", "Paul O'Connell plays for Munster."),
    ("Paul O'Connell played for Munster.", "Paul O'Connell did not play for Munster."),
    # a position: "played at" and bare "played"
    ("Dan Carter played at fly-half.", "Dan Carter played at lock."),
    ("Paul O'Connell played lock.", "Paul O'Connell played fly-half."),
    # a coach: "trained under" (in the past, as the phrase)
    ("Dan Carter trained under Steve Hansen.", "Dan Carter trained under Declan Kidney."),
    ("Dan Carter trained under Steve Hansen.", "Steve Hansen trained under Dan Carter."),
    ("Dan Carter trained under Steve Hansen.", "Dan Carter trains under Steve Hansen."),
])
def test_sport_phrases_said_plainly(rugby, true, false):
    _ok(rugby, true)
    _bad(rugby, false)


def test_played_for_needs_a_level_and_a_sport():
    """A phrase whose middle words are no sport ("played the organ for") keeps its words."""
    rels = [R("played_for", phrase="played the organ for", inverse_phrase="had as organist",
              domain=("organist",), range=("church",))]
    kg = _graph("organ", rels, [_item("o:bach", "Johann Sebastian Bach", "organist", 1685),
                                _attr("c:thomas", "St. Thomas Church", "church")],
                [("o:bach", "played_for", "c:thomas")])
    _ok(kg, "Johann Sebastian Bach played the organ for St. Thomas Church.")
    _bad(kg, "Johann Sebastian Bach played for St. Thomas Church.")


@pytest.fixture(scope="module")
def sculptors():
    s = "sculptor"
    rels = [R("studied_under", phrase="studied under", inverse_phrase="taught", domain=(s,), range=(s,)),
            R("created", phrase="created", inverse_phrase="was created by", domain=(s,), range=("artwork",)),
            R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=(s,), range=("city",))]
    ents = [_item("s:claudel", "Camille Claudel", s, 1864), _item("s:rodin", "Auguste Rodin", s, 1840),
            _item("s:hepworth", "Barbara Hepworth", s, 1903), _item("s:moore", "Henry Moore", s, 1898),
            _attr("a:waltz", "The Waltz", "artwork"), _attr("a:thinker", "The Thinker", "artwork"),
            _attr("a:single", "Single Form", "artwork"), _attr("c:paris", "Paris", "city"),
            _attr("c:wakefield", "Wakefield", "city"), _attr("c:castleford", "Castleford", "city")]
    rows = [("s:claudel", "studied_under", "s:rodin"), ("s:claudel", "created", "a:waltz"),
            ("s:rodin", "created", "a:thinker"), ("s:rodin", "born_in", "c:paris"),
            ("s:hepworth", "created", "a:single"), ("s:hepworth", "born_in", "c:wakefield"),
            ("s:moore", "born_in", "c:castleford")]
    return _graph("sculptors", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Camille Claudel studied under Auguste Rodin. She also created The Waltz.",
     "Camille Claudel studied under Auguste Rodin. He also created The Waltz."),
    # one woman and one man named before: each pronoun finds its own
    ("Barbara Hepworth was born in Wakefield, and Henry Moore in Castleford. She created Single Form.",
     "Barbara Hepworth was born in Wakefield, and Henry Moore in Castleford. He created Single Form."),
    ("Henry Moore was born in Castleford, and Barbara Hepworth in Wakefield. He was born in Castleford.",
     "Henry Moore was born in Castleford, and Barbara Hepworth in Wakefield. She was born in Castleford."),
    # a man only named before: no one for "she"
    ("Auguste Rodin was born in Paris. He created The Thinker.",
     "Auguste Rodin was born in Paris. She created The Thinker."),
])
def test_given_names_keep_pronouns_apart(sculptors, true, false):
    _ok(sculptors, true)
    _bad(sculptors, false)


def test_given_name_lists_are_conservative():
    assert given_name_sex("Auguste Rodin") == "m" and given_name_sex("Catherine of Aragon") == "f"
    # (names of both sexes, and one-word labels, say nothing)
    for label in ("Jean Sibelius", "Joan Miró", "Andrea Pisano", "Camille Claudel", "Madonna", "Max",
                  "Marie François Sadi Carnot", "Anne de Montmorency", "Julian of Norwich"):
        assert given_name_sex(label) == "", label


def test_a_ship_with_a_mans_name_is_still_she():
    rels = [R("built_by", phrase="was built by", inverse_phrase="built", domain=("aircraft_carrier",),
              range=("shipyard",)),
            R("navy", phrase="served with", inverse_phrase="operated", domain=("aircraft_carrier",), range=("navy",))]
    ents = [_item("s:cdg", "Charles de Gaulle", "aircraft_carrier", 1994), _attr("y:brest", "DCNS Brest", "shipyard"),
            _attr("n:fr", "French Navy", "navy"), _attr("n:rn", "Royal Navy", "navy")]
    kg = _graph("carriers", rels, ents, [("s:cdg", "built_by", "y:brest"), ("s:cdg", "navy", "n:fr")])
    _ok(kg, "Charles de Gaulle was built by DCNS Brest, and she served with the French Navy.")
    _bad(kg, "Charles de Gaulle was built by DCNS Brest, and she served with the Royal Navy.")


@pytest.fixture(scope="module")
def playwrights():
    p = "playwright"
    rels = [R("wrote", phrase="wrote", inverse_phrase="was written by", domain=(p,), range=("play",)),
            R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=(p,), range=("city",)),
            R("queen_of", phrase="was queen consort of", inverse_phrase="had as queen consort", domain=(p,),
              range=("kingdom",))]
    ents = [_item("p:ibsen", "Henrik Ibsen", p, 1828), _attr("w:ghosts", "Ghosts", "play"),
            _attr("c:skien", "Skien", "city"), _attr("c:oslo", "Oslo", "city"),
            _item("p:x", "Marie Antoinette", p, 1755), _attr("k:france", "France", "kingdom"),
            _attr("c:vienna", "Vienna", "city")]
    rows = [("p:ibsen", "wrote", "w:ghosts"), ("p:ibsen", "born_in", "c:skien"), ("p:x", "queen_of", "k:france"),
            ("p:x", "born_in", "c:vienna")]
    return _graph("playwrights", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    # a play, a kingdom are no one: "he" / "she" is the person named before
    ("Henrik Ibsen wrote Ghosts. He was born in Skien.", "Henrik Ibsen wrote Ghosts. He was born in Oslo."),
    ("Marie Antoinette was queen consort of France. She was born in Vienna.",
     "Marie Antoinette was queen consort of France. She was born in Skien."),
])
def test_works_and_realms_are_no_one(playwrights, true, false):
    _ok(playwrights, true)
    _bad(playwrights, false)


@pytest.fixture(scope="module")
def courses():
    rels = [R("kind", phrase="is a", inverse_phrase="is the kind of", domain=("golf_course",), range=("course_type",)),
            R("in", phrase="is in", inverse_phrase="is home to", domain=("golf_course",), range=("place",)),
            R("hosted", phrase="has hosted", inverse_phrase="was held at", domain=("golf_course",), range=("event",))]
    ents = [_item("g:rcd", "Royal County Down", "golf_course", 1889), _item("g:muir", "Muirfield", "golf_course", 1891),
            _attr("k:links", "links", "course_type"), _attr("k:parkland", "parkland", "course_type"),
            _attr("p:newcastle", "Newcastle", "place"), _attr("p:gullane", "Gullane", "place"),
            _attr("e:open", "The Open Championship", "event")]
    rows = [("g:rcd", "kind", "k:links"), ("g:rcd", "in", "p:newcastle"), ("g:muir", "kind", "k:links"),
            ("g:muir", "in", "p:gullane"), ("g:muir", "hosted", "e:open")]
    return _graph("courses", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Royal County Down is a links course in Newcastle.", "Royal County Down is a links course in Gullane."),
    ("Royal County Down is a links course in Newcastle.", "Royal County Down is a parkland course in Newcastle."),
    ("Muirfield is a links course in Gullane and has hosted The Open Championship.",
     "Royal County Down is a links course in Newcastle and has hosted The Open Championship."),
])
def test_place_after_a_kind_noun_is_the_items(courses, true, false):
    _ok(courses, true)
    _bad(courses, false)


@pytest.fixture(scope="module")
def ministers():
    m = "prime_minister"
    rels = [R("succeeded", phrase="succeeded", inverse_phrase="was succeeded by", domain=(m,), range=(m,)),
            R("member_of", phrase="was a member of", inverse_phrase="had as a member", domain=(m,), range=("party",)),
            R("worked_for", phrase="worked for", inverse_phrase="employed", domain=(m,), range=("organisation",))]
    ents = [_item("m:blair", "Tony Blair", m, 1953), _item("m:brown", "Gordon Brown", m, 1951),
            _item("m:thatcher", "Margaret Thatcher", m, 1925), _attr("p:labour", "Labour Party", "party"),
            _attr("p:tory", "Conservative Party", "party"), _attr("o:lyons", "J. Lyons and Co.", "organisation")]
    rows = [("m:brown", "succeeded", "m:blair"), ("m:blair", "member_of", "p:labour"),
            ("m:thatcher", "member_of", "p:tory"), ("m:thatcher", "worked_for", "o:lyons")]
    return _graph("ministers", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Gordon Brown took over from Tony Blair.", "Tony Blair took over from Gordon Brown."),
    ("Tony Blair was followed in office by Gordon Brown.", "Gordon Brown was followed in office by Tony Blair."),
    ("Tony Blair belonged to the Labour Party.", "Tony Blair belonged to the Conservative Party."),
    ("Tony Blair belonged to the Labour Party.", "Tony Blair belongs to the Labour Party."),
    ("Margaret Thatcher was employed at J. Lyons and Co.", "Tony Blair was employed at J. Lyons and Co."),
])
def test_succession_membership_fields_and_posts(ministers, true, false):
    _ok(ministers, true)
    _bad(ministers, false)


@pytest.fixture(scope="module")
def physicists():
    p = "physicist"
    rels = [R("field", phrase="did research in", inverse_phrase="was a research field of", domain=(p,),
              range=("field",))]
    ents = [_item("p:einstein", "Albert Einstein", p, 1879), _item("p:wu", "Chien-Shiung Wu", p, 1912),
            _attr("f:rel", "relativity", "field"), _attr("f:nuc", "nuclear physics", "field")]
    return _graph("physicists", rels, ents, [("p:einstein", "field", "f:rel"), ("p:wu", "field", "f:nuc")])


@pytest.mark.parametrize("true, false", [
    ("Albert Einstein worked on relativity.", "Albert Einstein worked on nuclear physics."),
    ("Chien-Shiung Wu specialised in nuclear physics.", "Chien-Shiung Wu specialises in nuclear physics."),
    ("Chien-Shiung Wu researched nuclear physics.", "Relativity researched Albert Einstein."),
])
def test_a_scholars_field_in_its_words(physicists, true, false):
    _ok(physicists, true)
    _bad(physicists, false)


@pytest.fixture(scope="module")
def consorts():
    q = "queen"
    rels = [R("mother_of", phrase="was the mother of", inverse_phrase="was a child of", domain=(q,), range=("monarch",)),
            R("buried_at", phrase="is buried at", inverse_phrase="is the burial place of", domain=(q,),
              range=("burial_site",)),
            R("genre", phrase="wrote plays in the genre of", inverse_phrase="is a genre practised by", domain=(q,),
              range=("genre",)),
            R("wrote", phrase="wrote", inverse_phrase="was written by", domain=(q,), range=("play",))]
    ents = [_item("q:seymour", "Jane Seymour", q, 1508), _item("q:boleyn", "Anne Boleyn", q, 1501),
            _attr("m:edward", "Edward VI", "monarch"), _attr("m:elizabeth", "Elizabeth I", "monarch"),
            _attr("b:chapel", "Chapel of St Peter ad Vincula", "burial_site"),
            _attr("b:windsor", "St George's Chapel", "burial_site"),
            _attr("g:comedy", "comedy", "genre"), _attr("g:tragedy", "tragedy", "genre"),
            _attr("p:masque", "The Masque", "play")]
    rows = [("q:seymour", "mother_of", "m:edward"), ("q:boleyn", "mother_of", "m:elizabeth"),
            ("q:boleyn", "buried_at", "b:chapel"), ("q:seymour", "buried_at", "b:windsor"),
            ("q:boleyn", "genre", "g:comedy"), ("q:boleyn", "wrote", "p:masque")]
    return _graph("consorts", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Jane Seymour gave birth to Edward VI.", "Jane Seymour gave birth to Elizabeth I."),
    ("Jane Seymour gave birth to Edward VI.", "Edward VI gave birth to Jane Seymour."),
    ("Elizabeth I was born to Anne Boleyn.", "Edward VI was born to Anne Boleyn."),
    ("Anne Boleyn lies in the Chapel of St Peter ad Vincula.", "Jane Seymour lies in the Chapel of St Peter ad Vincula."),
])
def test_parents_and_burials(consorts, true, false):
    _ok(consorts, true)
    _bad(consorts, false)


@pytest.fixture(scope="module")
def carriers():
    c = "aircraft_carrier"
    rels = [R("propelled_by", phrase="is driven by", inverse_phrase="drives", domain=(c,), range=("propulsion",)),
            R("built_by", phrase="was built by", inverse_phrase="built", domain=(c,), range=("shipyard",))]
    ents = [_item("c:akagi", "Akagi", c, 1925), _item("c:cvn65", "USS Enterprise", c, 1960),
            _attr("p:steam", "steam turbines", "propulsion"), _attr("p:nuclear", "nuclear reactors", "propulsion"),
            _attr("y:kure", "Kure Naval Arsenal", "shipyard")]
    rows = [("c:akagi", "propelled_by", "p:steam"), ("c:cvn65", "propelled_by", "p:nuclear"),
            ("c:akagi", "built_by", "y:kure")]
    return _graph("carriers2", rels, ents, rows)


@pytest.mark.parametrize("true, false", [
    ("Akagi was powered by steam turbines.", "Akagi was powered by nuclear reactors."),
    ("USS Enterprise runs on nuclear reactors.", "Akagi runs on nuclear reactors."),
    ("Steam turbines drove Akagi.", "Akagi drove steam turbines."),
    # (a shipyard powers nothing)
    ("Akagi was built by Kure Naval Arsenal.", "Akagi was powered by Kure Naval Arsenal."),
])
def test_driven_by_a_power_source(carriers, true, false):
    _ok(carriers, true)
    _bad(carriers, false)


def _webnlg(*triples):
    """The checker and evidence of a WebNLG-style graph built from predicate names."""
    entry = WebNLGEntry(key="dev/hand/1", category="City", references=("-",), triples=triples)
    _, kg, evidence = next(iter(webnlg_entry_graphs([entry], name="hand", context=[entry])))
    return ConsistencyChecker(kg), evidence


@pytest.fixture(scope="module")
def iraq():
    return _webnlg(("Iraq", "leader", "Fuad Masum"), ("Fallujah", "country", "Iraq"), ("Iraq", "language", "Arabic"),
                   ("Iraq", "currency", "Iraqi dinar"))


@pytest.mark.parametrize("true, false", [
    ("Fallujah is in Iraq, where the language spoken is Arabic.",
     "Fallujah is in Iraq, where the language spoken is Fuad Masum."),
    ("Fallujah is in Iraq, where the currency used is the Iraqi dinar.",
     "Fallujah is in Iraq, where the currency used is Arabic."),
])
def test_where_the_noun_spoken_is(iraq, true, false):
    checker, evidence = iraq
    assert checker.check(true, evidence).supported, true
    assert not checker.check(false, evidence).supported, false


def test_letters_folded_plain():
    checker, evidence = _webnlg(("Denmark", "leader", "Lars Løkke Rasmussen"), ("Denmark", "capital", "Copenhagen"))
    assert checker.check("Denmark's leader is Lars Lokke Rasmussen.", evidence).supported
    assert checker.check("Denmark's leader is Lars Løkke Rasmussen.", evidence).supported
    assert not checker.check("Denmark's capital is Lars Lokke Rasmussen.", evidence).supported


@pytest.fixture(scope="module")
def movies():
    return ConsistencyChecker(kgx.KnowledgeGraph.example(), outside_evidence=True, rating_threshold=4.0)


@pytest.mark.parametrize("true, false", [
    # a maker's own work; never an actor's, nor a work the maker did not make
    ("Die Hard is the work of John McTiernan.", "Die Hard is the work of Bruce Willis."),
    ("Die Hard is the work of John McTiernan.", "Jaws is the work of John McTiernan."),
    # "composed for" a film its music; plural "feature"
    ("Bernard Herrmann composed for Vertigo.", "Bernard Herrmann composed for Jaws."),
    ("Bernard Herrmann composed for Vertigo.", "Vertigo composed for Bernard Herrmann."),
    ("Vertigo and Psycho both feature music by Bernard Herrmann.",
     "Vertigo and Jaws both feature music by Bernard Herrmann."),
])
def test_movie_makers_said_otherwise(movies, true, false):
    _ok(movies, true)
    _bad(movies, false)


def test_one_of_the_members(ministers):
    _ok(ministers, "Tony Blair was one of the members of the Labour Party.")
    _bad(ministers, "Tony Blair was one of the members of the Conservative Party.")
    _bad(ministers, "The Labour Party was one of the members of Tony Blair.")


def test_pen_and_stage_names_say_nothing():
    """A writer or a performer may go by a name of the other sex ("George Sand", red team 225):
    "she" after two writers still stands for both."""
    w = "novelist"
    rels = [R("married", phrase="married", inverse_phrase="married", domain=(w,), range=(w,)),
            R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=(w,), range=("city",))]
    ents = [_item("w:sand", "George Sand", w, 1804), _item("w:dudevant", "Casimir Dudevant", w, 1795),
            _attr("c:paris", "Paris", "city"), _attr("c:pompiey", "Pompiey", "city")]
    kg = _graph("pen", rels, ents, [("w:sand", "married", "w:dudevant"), ("w:sand", "born_in", "c:paris"),
                                    ("w:dudevant", "born_in", "c:pompiey")])
    _bad(kg, "George Sand married Casimir Dudevant. She was born in Pompiey.")
    _bad(kg, "George Sand married Casimir Dudevant. She was born in Paris.")


def test_a_genre_needs_its_works_noun(consorts):
    """ "wrote plays in the genre of" comedy: "wrote comedy" would let any noun follow the genre
    ("wrote comic operas", red team 224), so it is not read."""
    _ok(consorts, "Anne Boleyn wrote plays in the genre of comedy.")
    _bad(consorts, "Anne Boleyn wrote comedy.")


def test_a_post_at_a_workplace():
    p = "physicist"
    rels = [R("worked_at", phrase="worked at", inverse_phrase="employed", domain=(p,), range=("institution",))]
    ents = [_item("p:fermi", "Enrico Fermi", p, 1901), _attr("i:chicago", "University of Chicago", "institution"),
            _attr("i:gottingen", "University of Göttingen", "institution")]
    kg = _graph("posts", rels, ents, [("p:fermi", "worked_at", "i:chicago")])
    _ok(kg, "Enrico Fermi held a post at the University of Chicago.")
    _ok(kg, "Enrico Fermi was employed at the University of Chicago.")
    _bad(kg, "Enrico Fermi held a post at the University of Göttingen.")
    _bad(kg, "Enrico Fermi holds a post at the University of Chicago.")


def test_names_that_fold_alike_by_their_spelling():
    rels = [R("born_in", phrase="was born in", inverse_phrase="is the birthplace of", domain=("chancellor",),
              range=("city",))]
    ents = [_item("c:bjorn1", "Bjørn Halvorsen", "chancellor", 1801), _item("c:bjorn2", "Björn Halvorsen", "chancellor", 1802),
            _attr("x:kolby", "Kolby", "city"), _attr("x:vell", "Vellhaven", "city")]
    kg = _graph("fold", rels, ents, [("c:bjorn1", "born_in", "x:kolby"), ("c:bjorn2", "born_in", "x:vell")])
    _ok(kg, "Bjørn Halvorsen was born in Kolby.")
    _ok(kg, "Björn Halvorsen was born in Vellhaven.")
    _bad(kg, "Bjørn Halvorsen was born in Vellhaven.")
    _bad(kg, "Björn Halvorsen was born in Kolby.")


@pytest.mark.parametrize("false", [
    "Fallujah is in Iraq, where the currency spoken is the Iraqi dinar.",  # (a currency is not spoken)
    # a clause joined after a where clause: P's noun or the subject's, the words cannot tell
    "Fallujah is in Iraq, where the language spoken is Arabic and the leader is Fuad Masum.",
])
def test_where_clauses_stay_narrow(iraq, false):
    checker, evidence = iraq
    assert not checker.check(false, evidence).supported, false
