"""Tests for kgexplain.checker_eval: sampling, corruptions, the evaluation report and its goals."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kgexplain._webnlg import WebNLGEntry
from kgexplain.checker_eval import (
    ERROR_KINDS,
    _judged_faithful,
    corrupt,
    evaluate_checker,
    sample_cases,
    webnlg_graph,
)
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


def test_evaluate_checker_on_a_user_declared_graph_meets_the_goals(books):
    report = evaluate_checker(books, n=120, seed=0, seq2seq=False, webnlg_limit=0)
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
    assert checker.check(entries[0].references[0], ev).supported
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
def test_evaluate_checker_on_the_example_graph(example_kg):
    report = evaluate_checker(example_kg, n=80, seed=5, seq2seq=False,
                              webnlg_dir=WEBNLG if WEBNLG.is_dir() else None, webnlg_limit=100)
    assert report["false_reject"]["template"]["false_reject_rate"] <= 0.03
    for kind in ERROR_KINDS:
        block = report["recall"][kind]
        if block["n"] >= 20:
            assert block["recall"] >= 0.95, (kind, block["missed_examples"])
    web = report["false_reject"]["webnlg_dev"]
    if WEBNLG.is_dir():
        assert web["texts"] == 100 and 0.0 <= web["false_reject_rate"] <= 1.0
