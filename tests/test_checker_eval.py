"""Tests for the checker evaluations: sampling, corruptions, the corrupted-text report and its goals,
the generated suite, the independent verifier and WebNLG."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kgexplain.datasets.webnlg import WebNLGEntry
from kgexplain.evaluation.corrupted import _judged_faithful, evaluate_corrupted
from kgexplain.evaluation.corruption import ERROR_KINDS, corrupt
from kgexplain.evaluation.sampling import sample_cases
from kgexplain.evaluation.webnlg import webnlg_graph
from kgexplain.consistency import ConsistencyChecker
from kgexplain.records import Triple

DATA = Path(__file__).parent / "data"
# optional: ../shared/data/webnlg beside the project root (the test runs without it)
WEBNLG = Path(__file__).resolve().parents[2] / "shared" / "data" / "webnlg"


@pytest.fixture(scope="module")
def books():
    spec = importlib.util.spec_from_file_location("bookshelf", DATA / "bookshelf.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.build()


def test_sample_cases_are_valid_paths(books):
    cases = sample_cases(books, 40, seed=1)
    assert len(cases) >= 20
    for case in cases:
        path = case["path"]
        assert path.nodes[0] == case["user"] and path.nodes[-1] == case["item"]
        assert books.entity(case["user"]).kind == "user"
        assert books.entity(case["item"]).kind == "item"
        for hop in (*path.hops, *case["facts"]):
            assert books.has_triple(*hop)
            assert not books.relation(hop.relation).sensitive
    assert sample_cases(books, 40, seed=1) == cases  # seeded


def test_each_corruption_kind_changes_the_text_and_is_caught(books):
    from kgexplain.verbalize import TemplateVerbalizer

    checker = ConsistencyChecker(books)
    tv = TemplateVerbalizer(books)
    made = {k: 0 for k in ERROR_KINDS}
    for case in sample_cases(books, 60, seed=3):
        evidence = tuple(case["path"].hops) + tuple(case["facts"])
        texts = tv.explain_candidates(books, [case["path"]], case["facts"], n=1)
        if not texts:
            continue
        assert checker.check(texts[0], evidence, case["user"]).supported, texts[0]
        for kind in ERROR_KINDS:
            bad = corrupt(books, texts[0], case, evidence, kind, seed=3)
            if bad is None:
                continue
            assert bad != texts[0]
            made[kind] += 1
            assert not checker.check(bad, evidence, case["user"]).supported, (kind, bad)
    assert all(made[k] > 0 for k in ERROR_KINDS if k != "tail_swap_in_evidence"), made
    with pytest.raises(ValueError):
        corrupt(books, "x", {}, (), "no_such_kind")


def test_evaluate_corrupted_on_a_user_declared_graph_meets_the_goals(books):
    report = evaluate_corrupted(books, n=120, seed=0, seq2seq=False, webnlg_limit=0)
    assert report["cases"] > 50
    template = report["false_reject"]["template"]
    assert template["texts"] > 200
    assert template["false_reject_rate"] <= 0.03, template["examples"]
    assert report["false_reject"]["template_with_year"]["false_reject_rate"] <= 0.03
    for kind in ERROR_KINDS:
        block = report["recall"][kind]
        if block["n"] >= 10:
            assert block["recall"] >= 0.98, (kind, block["missed_examples"])
    assert report["recall"]["relation_swap"]["n"] >= 10
    assert report["checks_per_s"] > 0
    assert report["false_reject"]["webnlg_dev"] == {"skipped": "disabled (webnlg_limit=0)"}


def test_webnlg_graph_from_entries():
    entries = [
        WebNLGEntry("dev/x/1", "City", (("Aarhus", "leader name", "Jacob Bundsgaard"),
                                        ("Aarhus", "population total", "336411")),
                    ("Jacob Bundsgaard is the leader name of Aarhus, home to 336411 people.",)),
    ]
    kg, evidence = webnlg_graph(entries)
    assert kg.num_triples == 2
    ev = evidence["dev/x/1"]
    assert all(isinstance(t, Triple) for t in ev)
    assert kg.relation(ev[0].relation).phrase == "leader name"
    assert kg.entity(ev[1].tail).attrs == {"n0": 336411.0}
    checker = ConsistencyChecker(kg)
    # closed world: the graph's own phrase is understood; "home to ... people" binds no relation
    assert checker.check("Aarhus leader name Jacob Bundsgaard.", ev[:1]).supported
    v = checker.check(entries[0].references[0], ev)
    assert not v.supported and "unknown_words" in [c.status for c in v.rejected]
    assert not checker.check("Jacob Bundsgaard is the leader name of Aarhus, home to 5 people.", ev).supported


def test_judged_faithful_rule():
    triples = [("Toy Story", "is directed by", "John Lasseter"), ("you", "loved", "Toy Story")]
    assert _judged_faithful("You loved Toy Story, which is directed by John Lasseter.", triples)
    assert not _judged_faithful("You loved Toy Story, which is directed by Pete Docter.", triples)
    assert not _judged_faithful("You loved Toy Story, which is written by John Lasseter.", triples)
    assert not _judged_faithful("You loved Toy Story (1995), directed by John Lasseter.", triples)
    # the right words in the wrong places
    genres = [("you", "loved", "Heat"), ("Heat", "is a film of the genre", "Action"),
              ("Ronin", "is a film of the genre", "Action"), ("Ronin", "is a film of the genre", "Crime")]
    assert _judged_faithful("You loved Heat, which is a film of the genre Action, and Ronin is a film "
                            "of the genre Action as well. Ronin is a film of the genre Crime.", genres)
    assert not _judged_faithful("You loved Heat, which is a film of the genre Action, and Crime is a "
                                "film of the genre Action as well. Ronin is a film of the genre Crime.",
                                genres)


@pytest.mark.slow
def test_evaluate_corrupted_on_the_example_graph(example_kg):
    report = evaluate_corrupted(example_kg, n=80, seed=5, seq2seq=False,
                              webnlg_dir=WEBNLG if WEBNLG.is_dir() else None, webnlg_limit=100)
    assert report["false_reject"]["template"]["false_reject_rate"] <= 0.03
    for kind in ERROR_KINDS:
        block = report["recall"][kind]
        if block["n"] >= 20:
            assert block["recall"] >= 0.95, (kind, block["missed_examples"])
    web = report["false_reject"]["webnlg_dev"]
    if WEBNLG.is_dir():
        assert web["texts"] == 100 and 0.0 <= web["false_reject_rate"] <= 1.0


# ---------------------------------------------------------------------------------------------
# kgexplain.evaluation: the adversarial suite (cases, generators, hand-written sets, scoring)
# ---------------------------------------------------------------------------------------------
from kgexplain.evaluation.cases import FAITHFUL_CATEGORIES, UNFAITHFUL_CATEGORIES, malformed  # noqa: E402
from kgexplain.evaluation.generate import generate_cases, statement_is_false  # noqa: E402
from kgexplain.evaluation.suite import hand_cases, score  # noqa: E402


@pytest.fixture(scope="module")
def music():
    from kgexplain.datasets import music_graph

    return music_graph()


@pytest.fixture(scope="module")
def music_cases(music):
    return generate_cases(music, "music", per_category=12, faithful_per_category=6, seed=3)


def test_generated_suite_covers_every_category_and_is_well_formed(music, music_cases):
    cats = {c.category for c in music_cases}
    assert set(UNFAITHFUL_CATEGORIES) <= cats
    assert {"template", "coordination", "faithful_coreference", "faithful_number"} <= cats
    assert len({c.id for c in music_cases}) == len(music_cases)
    assert len({c.text for c in music_cases}) == len(music_cases)
    for case in music_cases:
        assert malformed(case, music) == [], (case.id, malformed(case, music))
    again = generate_cases(music, "music", per_category=12, faithful_per_category=6, seed=3)
    assert [c.text for c in again] == [c.text for c in music_cases]  # seeded


def test_generated_unfaithful_cases_are_false_in_the_graph(music, music_cases):
    unfaithful = [c for c in music_cases if not c.faithful]
    assert len(unfaithful) >= 11 * 12
    for case in unfaithful:
        assert case.false_triple is not None
        assert statement_is_false(music, case.false_triple), (case.id, case.text)
    # the check itself can fail: a stored triple is not "false"
    t = next(iter(music.triples("has_member")))
    assert not statement_is_false(music, tuple(t))
    assert not statement_is_false(music, (t.head, "<year>", str(music.entity(t.head).attrs.get("year", 0))))


def test_faithful_generated_cases_state_only_stored_triples(music, music_cases):
    for case in music_cases:
        if case.faithful:
            assert all(music.has_triple(*t) for t in case.evidence)
    swap = [c for c in music_cases if c.category == "role_reversal"]
    for case in swap:  # the reversed triple is not stored, the original is
        h, r, t = case.false_triple
        assert not music.has_triple(h, r, t) and music.has_triple(t, r, h)


def test_hand_written_cases_are_well_formed_and_held_out_separately(example_kg, music):
    from kgexplain.evaluation.data.blind2_graph import build

    graphs = {"example": example_kg, "music": music, "blind2": build()}
    dev, held = hand_cases("dev"), hand_cases("heldout")
    assert len(dev) + len(held) >= 150
    # held out: two blind writers' sets (199 and 240 texts) beside the first 72
    assert 0.2 <= len(held) / (len(dev) + len(held)) <= 0.8
    assert not {c.text for c in dev} & {c.text for c in held}
    assert all(c.split == "heldout" for c in held) and all(c.source == "hand" for c in dev + held)
    for case in dev + held:
        assert malformed(case, graphs[case.graph]) == [], (case.id, malformed(case, graphs[case.graph]))
    cats = {c.category for c in dev}
    assert "paraphrase" in cats and len(cats & set(UNFAITHFUL_CATEGORIES)) >= 10


def test_score_counts_recall_and_false_rejects(music_cases):
    cases = [c for c in music_cases if c.category in ("negation", "template")]
    verdicts = [c.faithful for c in cases]  # a perfect checker
    s = score(cases, verdicts)
    assert s["recall"]["negation"]["recall"] == 1.0
    assert s["false_reject"]["template"]["false_reject_rate"] == 0.0
    s = score(cases, [True] * len(cases))  # accepts everything
    assert s["recall_overall"] == 0.0 and s["false_reject_overall"] == 0.0
    assert s["recall"]["negation"]["missed_examples"]


def test_the_real_checker_on_generated_music_cases(music, music_cases):
    from kgexplain.consistency import ConsistencyChecker

    checker = ConsistencyChecker(music, rating_threshold=4.0)
    verdicts = checker.check_many([(c.text, c.evidence, c.user) for c in music_cases])
    s = score(music_cases, [v.supported for v in verdicts])
    assert s["n"] == len(music_cases)
    assert set(s["recall"]) == set(UNFAITHFUL_CATEGORIES)
    assert all(0.0 <= b["recall"] <= 1.0 for b in s["recall"].values())
    assert set(s["false_reject"]) <= set(FAITHFUL_CATEGORIES)


def test_independent_verifier_confirms_true_and_flags_false_sentences(music, music_cases):
    from kgexplain.evaluation.audit import IndependentVerifier

    verifier = IndependentVerifier(music)
    ev = [("artist:oasis", "influenced_by", "artist:beatles"), ("artist:oasis", "from_city", "city:manchester")]
    ok = verifier.verify("Oasis comes from Manchester and was influenced by The Beatles.", ev, None)
    assert [s["status"] for s in ok] == ["confirmed"]
    bad = verifier.verify("The Beatles were influenced by Oasis.", ev, None)
    assert bad[0]["status"] == "false"
    assert verifier.verify("Oasis headlines Manchester.", ev, None)[0]["status"] == "unconfirmed"
    # it never confirms a generated unfaithful text
    for case in music_cases:
        if not case.faithful:
            statuses = {s["status"] for s in verifier.verify(case.text, case.evidence, case.user)}
            assert statuses != {"confirmed"}, case.text


def test_webnlg_corruptions_change_the_reference():
    import random

    from kgexplain.evaluation.webnlg import corrupt_reference

    triples = (("Aarhus", "leader name", "Jacob Bundsgaard"), ("Aarhus Airport", "city served", "Aarhus"),
               ("Aarhus Airport", "runway length", "2702.0"),
               ("Aarhus Airport", "operating organisation", "Aktieselskab"))
    ref = "Aarhus Airport serves Aarhus, whose leader is Jacob Bundsgaard; its runway is 2702.0 metres long."
    rng = random.Random(0)
    for kind in ("swap_object", "reverse_relation", "negation", "change_number"):
        bad = corrupt_reference(ref, triples, kind, rng)
        assert bad is not None and bad != ref, kind
    assert "2702.0" not in corrupt_reference(ref, triples, "change_number", rng)
    assert " is not " in corrupt_reference(ref, triples, "negation", rng)
