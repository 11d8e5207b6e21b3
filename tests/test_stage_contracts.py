"""Contract tests: every registered implementation of a stage passes the same checks.

Like scikit-learn's ``parametrize_with_checks``: the implementations come from the public registry
(:mod:`kgexplain.stages`), so a newly registered one is checked without a new test.
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.stages import (
    CheckerStage,
    FactRetrieverStage,
    PathFinderStage,
    RecommenderStage,
    VerbalizerStage,
    implementations,
    lookup,
    register,
)

USER, ITEM = "user:ann", "artist:justice"


def _build(cls: type, kg: kgx.KnowledgeGraph):
    if cls.__name__ == "Seq2SeqVerbalizer":
        return cls.default()
    return cls(kg)


@pytest.fixture
def paths(music_kg):
    return kgx.PathFinder(music_kg).find(USER, ITEM, k=2)


@pytest.mark.parametrize("name", sorted(implementations("path_finder")))
def test_path_finder_contract(music_kg, name):
    finder = _build(lookup("path_finder", name), music_kg)
    assert isinstance(finder, PathFinderStage)
    found = finder.find(USER, ITEM, k=2, max_hops=3)
    assert found and all(isinstance(p, kgx.Path) for p in found)
    for p in found:
        assert p.nodes[0] == USER and p.nodes[-1] == ITEM and len(p.hops) == len(p.nodes) - 1
        assert all(music_kg.has_triple(*h) for h in p.hops)
    assert [p.hops for p in finder.find_many([(USER, ITEM)], k=2, max_hops=3)[0]] == [p.hops for p in found]


@pytest.mark.parametrize("name", sorted(implementations("retriever")))
def test_fact_retriever_contract(music_kg, paths, name):
    retriever = _build(lookup("retriever", name), music_kg)
    assert isinstance(retriever, FactRetrieverStage)
    facts = retriever.retrieve(USER, ITEM, paths, k=3)
    assert len(facts) <= 3
    said = {h for p in paths for h in p.hops}
    on_path = {n for p in paths for n in p.nodes}
    for f in facts:
        assert isinstance(f, kgx.Fact) and music_kg.has_triple(*f.triple) and f.text
        assert f.triple not in said  # never what a path already says
        assert not ({f.triple.head, f.triple.tail} & set(music_kg.users()))
        assert {f.triple.head, f.triple.tail} & on_path  # about the item or a path's entity


@pytest.mark.parametrize("name", sorted(implementations("verbalizer")))
def test_verbalizer_contract(music_kg, paths, name):
    verbalizer = _build(lookup("verbalizer", name), music_kg)
    assert isinstance(verbalizer, VerbalizerStage)
    texts = verbalizer.explain_candidates(music_kg, paths[:1], [], 2)
    assert texts and all(isinstance(t, str) and t.strip() for t in texts)
    batch = verbalizer.explain_candidates_batch(music_kg, [(paths[:1], [])], 2)
    assert batch == [texts]


@pytest.mark.parametrize("name", sorted(implementations("checker")))
def test_checker_contract(music_kg, paths, name):
    checker = _build(lookup("checker", name), music_kg)
    assert isinstance(checker, CheckerStage)
    hop = next(h for p in paths for h in p.hops if h.relation == "has_genre")
    head, tail = music_kg.label(hop.head), music_kg.label(hop.tail)
    good = checker.check(f"{head} plays {tail}.", [hop])
    assert good.supported, good.reason
    reversed_ = checker.check(f"{tail} plays {head}.", [hop])
    assert not reversed_.supported
    many = checker.check_many([(f"{head} plays {tail}.", [hop], None), ("", [hop], None)])
    assert [v.supported for v in many] == [True, False]


@pytest.mark.parametrize("name", sorted(implementations("recommender")))
def test_recommender_contract(music_kg, name):
    rec = lookup("recommender", name)().fit(music_kg)
    assert isinstance(rec, RecommenderStage)
    picks = rec.recommend(USER, k=2)
    rated = {t for _, t, _ in music_kg.graph.out_edges(USER, keys=True)}
    assert all(item not in rated for item, _ in picks)
    finder = kgx.PathFinder(music_kg)
    assert all(finder.find(USER, item, k=1) for item, _ in picks)  # every pick is explainable
    assert rec.recommend_many([USER], k=2) == [picks]


def test_a_registered_stage_is_resolved_by_name(music_kg):
    class Shouting(kgx.TemplateVerbalizer):
        name = "shouting"

        def explain_candidates(self, kg, paths, facts=(), n=3):
            return [t.upper() for t in super().explain_candidates(kg, paths, facts, n)]

    register("verbalizer", "shouting", Shouting)
    try:
        ex = kgx.Explainer(music_kg, verbalizer="shouting", retriever=None)
        assert isinstance(ex.verbalizer, Shouting)
        with pytest.raises(kgx.KGExplainError):
            lookup("verbalizer", "no-such-verbalizer")
    finally:
        from kgexplain import stages

        stages._REGISTRY["verbalizer"].pop("shouting", None)
