"""The generalization report of the verbalizer (kgexplain.evaluation.verbalizer) on real output.

Uses the shipped model; WebNLG groups only when ../shared/data/webnlg is beside the project root.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import kgexplain as kgx
from kgexplain.evaluation.verbalizer import (
    HELDOUT_CATEGORIES,
    MOVIE_WORDS,
    _copies_phrases,
    evaluate_generalization,
    model_heldout_categories,
    second_domain_report,
    template_identity_report,
)
from kgexplain.verbalize import default_model_dir

WEBNLG = Path(__file__).resolve().parents[2] / "shared" / "data" / "webnlg"


@pytest.fixture(scope="module")
def music():
    from kgexplain.datasets import music_graph

    return music_graph()


@pytest.fixture(scope="module")
def verbalizer():
    return kgx.Seq2SeqVerbalizer.default()


def _in_unit(value):
    return value is None or 0.0 <= value <= 1.0


def test_shipped_model_saw_every_category():
    # the shipped model was trained on all 16 WebNLG train categories: nothing is held out
    assert model_heldout_categories(default_model_dir()) == ()
    assert model_heldout_categories(None) == ()


def test_phrase_copy_and_movie_words(music):
    triple = next(t for t in music.triples("signed_to"))
    head, tail = music.label(triple.head), music.label(triple.tail)
    assert _copies_phrases(f"{head} is signed to {tail}.", music, [tuple(triple)])
    assert _copies_phrases(f"{tail} has signed {head}.", music, [tuple(triple)])
    assert not _copies_phrases(f"The city of {head} is {tail}.", music, [tuple(triple)])
    assert MOVIE_WORDS.search("You watched Public Enemy")
    assert MOVIE_WORDS.search("a film of the genre rock")
    assert not MOVIE_WORDS.search("Blondie plays new wave.")


def test_second_domain_report_in_range(verbalizer, music):
    rep = second_domain_report(verbalizer, music, n_facts=12, n_paths=8, nbest=2, n_examples=3)
    assert rep["facts"] == 12 and 1 <= rep["paths"] <= 8
    for key, value in rep.items():
        if key.startswith(("accepted", "phrase_copy", "movie_words", "template_accepted")):
            assert _in_unit(value), key
    # for a fact the N-best list holds the top text's beam, so "any accepted" is never below
    # "top accepted" (a path's top text is assembled from segments and has no N-best list)
    assert rep["accepted_any_nbest_fact"] >= rep["accepted_top_fact"]
    # the template is written for the checker: it says every fact in a way the checker accepts
    assert rep["template_accepted_fact"] == 1.0
    for kind, examples in rep["failures"].items():
        assert len(examples) <= 3
        for ex in examples:
            assert ex["output"] and ex["input"].startswith("[(")
            if kind == "movie_words":
                assert MOVIE_WORDS.search(ex["output"])


def test_template_identity_on_real_explanations(verbalizer, example_kg):
    rep = template_identity_report(verbalizer, example_kg, n=30, seed=1, n_examples=30)
    assert 1 <= rep["explained"] <= 30 and 0 <= rep["model_texts"] <= rep["explained"]
    assert _in_unit(rep["model_share"]) and _in_unit(rep["template_identical_share"])
    same, differ = rep["examples_identical"], rep["examples_different"]
    assert len(same) + len(differ) == rep["model_texts"]
    assert all(ex["model"] == ex["template"] for ex in same)
    assert all(ex["model"] != ex["template"] for ex in differ)
    if rep["model_texts"]:
        assert rep["template_identical_share"] == pytest.approx(len(same) / rep["model_texts"], abs=1e-4)


@pytest.mark.slow
@pytest.mark.skipif(not WEBNLG.is_dir(), reason="WebNLG not staged beside the project")
def test_evaluate_generalization_webnlg(verbalizer):
    rep = evaluate_generalization(verbalizer, webnlg_dir=WEBNLG, per_group=12,
                                  second_domain=None, template_pairs=0).to_dict()
    assert rep["heldout_categories"] == list(HELDOUT_CATEGORIES)
    assert rep["heldout_unseen_by_model"] is False
    groups = rep["webnlg"]
    assert groups["dev_seen"]["entries"] == 12 and groups["dev_heldout"]["entries"] == 12
    assert groups["dev_heldout"]["available"] == 147
    assert "train_heldout" not in groups  # only for a model that held the categories out
    for name in ("dev_seen", "dev_heldout"):
        g = groups[name]
        assert 5 < g["bleu"] < 100 and 20 < g["chrf_pp"] < 100
        assert _in_unit(g["label_verbatim"]) and g["label_verbatim"] > 0.8
        assert _in_unit(g["foreign_entity_rate"])
        assert all(ex["category"] in HELDOUT_CATEGORIES for ex in groups["dev_heldout"]["examples"])
    assert groups["bleu_gap"] == pytest.approx(groups["dev_seen"]["bleu"] - groups["dev_heldout"]["bleu"],
                                               abs=0.02)


def test_random_phrase_pairs_copy_the_given_phrase_and_restore_the_graph(example_kg, music):
    from kgexplain.datasets.music import RELATIONS
    from kgexplain.training.pairs import MADE_UP_PHRASES, phrase_pool, random_phrase_pairs

    before = {name: (r.phrase, r.inverse_phrase) for name, r in example_kg.relations.items()}
    music_phrases = [p for r in RELATIONS for p in (r.phrase, r.inverse_phrase)]
    pool = phrase_pool(example_kg, ["birth place", "is part of"], exclude=music_phrases)
    assert ("has the birth place", "is the birth place of") in pool
    assert not any(p in music_phrases or q in music_phrases for p, q in pool)
    pairs = random_phrase_pairs(example_kg, 12, MADE_UP_PHRASES, seed=3, per_round=6)
    assert {name: (r.phrase, r.inverse_phrase) for name, r in example_kg.relations.items()} == before
    assert len(pairs) == 12
    made_up = dict(MADE_UP_PHRASES)
    for triples, texts in pairs:
        for _, rel, _ in triples:
            if rel in made_up:  # every target says the drawn phrase or its inverse
                assert all(rel in t or made_up[rel] in t for t in texts), (rel, texts)
