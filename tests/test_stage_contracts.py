"""Contract tests: every registered implementation of a stage passes the same checks.

Like scikit-learn's ``parametrize_with_checks``: the implementations come from the public registry
(:mod:`kgexplain.stages`), so a newly registered one is checked without a new test. The public
fakes of :mod:`kgexplain.testing` pass the same checks as the stages they stand in for. Beyond
what each stage returns: every implementation is resolved by name, class and instance, answers an
empty batch with an empty list, gives the same answer twice, and (where it takes ids) raises
``UnknownEntityError`` for an id the graph does not hold.
"""

from __future__ import annotations

import pytest

import kgexplain as kgx
from kgexplain.errors import UnknownEntityError
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
from kgexplain.testing import FixedVerbalizer, ItemFactsRetriever

USER, ITEM = "user:ann", "artist:justice"

# the fakes of kgexplain.testing, checked beside the registered implementations
FAKES = {
    "retriever": {"testing:ItemFactsRetriever": ItemFactsRetriever},
    "verbalizer": {"testing:FixedVerbalizer": lambda kg: FixedVerbalizer(["Justice plays French house."])},
}
EXPLAINER_STAGES = ("path_finder", "retriever", "verbalizer", "checker")


def _build(cls: type, kg: kgx.KnowledgeGraph):
    if cls.__name__ == "Seq2SeqVerbalizer":
        return cls.default()
    return cls(kg)


def _names(stage: str) -> list[str]:
    """Registered names and the fakes that stand in for the stage."""
    return sorted(implementations(stage)) + sorted(FAKES.get(stage, {}))


def _make(stage: str, name: str, kg: kgx.KnowledgeGraph):
    fake = FAKES.get(stage, {}).get(name)
    return fake(kg) if fake is not None else _build(lookup(stage, name), kg)


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


@pytest.mark.parametrize("name", _names("retriever"))
def test_fact_retriever_contract(music_kg, paths, name):
    retriever = _make("retriever", name, music_kg)
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


@pytest.mark.parametrize("name", _names("verbalizer"))
def test_verbalizer_contract(music_kg, paths, name):
    verbalizer = _make("verbalizer", name, music_kg)
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


@pytest.mark.parametrize("stage,name", [(s, n) for s in EXPLAINER_STAGES for n in sorted(implementations(s))])
def test_every_implementation_is_resolved_by_name_class_and_instance(music_kg, stage, name):
    cls = lookup(stage, name)
    by_name = getattr(kgx.Explainer(music_kg, **{stage: name}), stage)
    assert type(by_name) is cls
    if cls.__name__ != "Seq2SeqVerbalizer":  # built from its model folder: given by name or instance
        by_class = getattr(kgx.Explainer(music_kg, **{stage: cls}), stage)
        assert type(by_class) is cls and getattr(by_class, "kg", music_kg) is music_kg
    instance = _build(cls, music_kg)
    assert getattr(kgx.Explainer(music_kg, **{stage: instance}), stage) is instance


_EMPTY_BATCH = {
    "path_finder": lambda impl, kg: impl.find_many([], k=2),
    "retriever": lambda impl, kg: impl.retrieve_many([], k=2),
    "verbalizer": lambda impl, kg: impl.explain_candidates_batch(kg, [], 2),
    "checker": lambda impl, kg: impl.check_many([]),
}


@pytest.mark.parametrize("stage,name", [(s, n) for s in EXPLAINER_STAGES for n in _names(s)])
def test_an_empty_batch_gives_an_empty_list(music_kg, stage, name):
    assert _EMPTY_BATCH[stage](_make(stage, name, music_kg), music_kg) == []


def _answer(stage: str, impl, kg: kgx.KnowledgeGraph, paths):
    if stage == "path_finder":
        return [(p.hops, round(p.score, 12)) for p in impl.find(USER, ITEM, k=3)]
    if stage == "retriever":
        # no path given: the item's own facts are the candidates
        return [(f.triple, f.text, round(f.score, 6)) for f in impl.retrieve(USER, ITEM, [], k=3)]
    if stage == "verbalizer":
        return impl.explain_candidates_batch(kg, [(paths[:1], []), (paths[1:2], [])], 2)
    texts = [t for p in paths for t in kgx.TemplateVerbalizer(kg).explain_candidates(kg, [p], [], 2)]
    return [(v.supported, [c.status for c in v.claims])
            for v in impl.check_many([(t, [h for p in paths for h in p.hops], USER) for t in texts])]


@pytest.mark.parametrize("stage,name", [(s, n) for s in EXPLAINER_STAGES for n in _names(s)])
def test_two_fresh_instances_give_the_same_answer(music_kg, paths, stage, name):
    first = _answer(stage, _make(stage, name, music_kg), music_kg, paths)
    assert first and first == _answer(stage, _make(stage, name, music_kg), music_kg, paths)


@pytest.mark.parametrize("stage,name", [("path_finder", n) for n in _names("path_finder")]
                         + [("retriever", n) for n in _names("retriever")]
                         + [("recommender", n) for n in _names("recommender")])
def test_an_unknown_id_raises_unknown_entity_error(music_kg, paths, stage, name):
    if stage == "recommender":
        rec = lookup(stage, name)().fit(music_kg)
        with pytest.raises(UnknownEntityError, match="user:nobody"):
            rec.recommend("user:nobody", k=2)
        return
    impl = _make(stage, name, music_kg)
    with pytest.raises(UnknownEntityError, match="artist:nobody"):
        if stage == "path_finder":
            impl.find(USER, "artist:nobody", k=2)
        else:
            impl.retrieve(USER, "artist:nobody", paths, k=2)


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
