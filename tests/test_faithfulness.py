"""The product's promise on real pipeline output: no exported text is unsupported, whatever the
configuration; the template and the checker agree on "loved"; the template is fully understood on
every relation of the example graph and of a second-domain graph."""

from __future__ import annotations

import random

import pytest

import kgexplain as kgx
from kgexplain.consistency import ConsistencyChecker
from kgexplain.datasets import music_graph
from kgexplain.pipeline import CheckerConfig, ExplainerConfig


def _pairs(kg: kgx.KnowledgeGraph, n: int, seed: int) -> list[tuple[str, str]]:
    users = sorted(e.id for e in kg.entities() if e.kind == "user")
    items = sorted(e.id for e in kg.entities() if e.kind == "item")
    rng = random.Random(seed)
    return [(rng.choice(users), rng.choice(items)) for _ in range(n)]


@pytest.fixture(scope="module")
def example_kg() -> kgx.KnowledgeGraph:
    return kgx.KnowledgeGraph.example()


@pytest.mark.parametrize("threshold", [4.0, 4.5, 5.0])
def test_no_configuration_exports_an_unsupported_text(example_kg, threshold):
    cfg = ExplainerConfig(checker=CheckerConfig(rating_threshold=threshold))
    ex = kgx.Explainer(example_kg, config=cfg, verbalizer="template")
    out = list(ex.explain_many(_pairs(example_kg, 25, seed=int(threshold * 10))))
    texts = [e for e in out if e.text is not None]
    assert texts, "some pairs must be explained"
    for e in out:
        if e.text is not None:
            assert e.verdict.supported and e.error is None, (e.text, e.verdict.reason)
            # an independent re-check with a fresh checker at the same threshold
            evidence = [h for p in e.paths for h in p.hops] + [f.triple for f in e.facts]
            again = ConsistencyChecker(example_kg, rating_threshold=threshold).check(
                e.text, evidence, user=e.user)
            assert again.supported, (e.text, again.reason)
        else:
            assert e.error


def test_loved_follows_the_checker_threshold(example_kg):
    ex = kgx.Explainer(example_kg, config=ExplainerConfig(checker=CheckerConfig(rating_threshold=5.0)),
                       verbalizer="template")
    for e in ex.explain_many(_pairs(example_kg, 30, seed=7)):
        if e.text and "you loved" in e.text.lower():
            loved = [c for c in e.claims if c.kind == "user" and c.triple is not None]
            assert loved
            for c in loved:
                rating = example_kg.edge_attrs(*c.triple).get("rating")
                assert rating is None or float(rating) >= 5.0 or "loved" not in c.text.lower()


def _template_sentences(kg: kgx.KnowledgeGraph) -> list[tuple[str, tuple[kgx.Triple, ...]]]:
    """One fact sentence per explainable relation of ``kg``, written by the template verbalizer."""
    tv = kgx.TemplateVerbalizer(kg)
    out = []
    seen: set[str] = set()
    for h, t, r in kg.graph.edges(keys=True):
        rel = kg.relation(r)
        if r in seen or rel.sensitive or not rel.explainable:
            continue
        if kg.entity(h).kind == "user" or kg.entity(t).kind == "user":
            continue
        seen.add(r)
        triple = kgx.Triple(h, r, t)
        fact = kgx.Fact(triple, "", 1.0)
        for text in tv.explain_candidates(kg, [], [fact], 3):
            out.append((text, (triple,)))
    return out


@pytest.mark.parametrize("graph", ["example", "music"])
def test_template_is_understood_on_every_relation(example_kg, graph):
    kg = example_kg if graph == "example" else music_graph(seed=0)
    cases = _template_sentences(kg)
    assert cases
    checker = ConsistencyChecker(kg)
    for text, evidence in cases:
        v = checker.check(text, evidence)
        assert v.supported, (text, v.reason)


def test_music_graph_reasons_are_supported_or_errors():
    kg = music_graph(seed=0)
    ex = kgx.Explainer(kg, verbalizer="template")
    out = list(ex.explain_many(_pairs(kg, 40, seed=3)))
    assert any(e.text for e in out)
    for e in out:
        assert (e.text is None) == (e.error is not None)
        if e.text:
            assert e.verdict.supported, (e.text, e.verdict.reason)


def test_an_anchor_inside_a_longer_title_is_not_counted_twice():
    from kgexplain.pipeline import _reads_well

    text = "Toy Story 2 is directed by John Lasseter, who also directed Toy Story, which you loved."
    assert _reads_well(text, "Toy Story 2", ["John Lasseter", "Toy Story"], ["Toy Story"])
    twice = "You loved Toy Story. Toy Story 2 is directed by John Lasseter, who directed Toy Story."
    assert not _reads_well(twice, "Toy Story 2", ["John Lasseter", "Toy Story"], ["Toy Story"])


def test_unknown_entity_message_never_echoes_a_huge_id():
    from kgexplain.errors import UnknownEntityError

    assert len(str(UnknownEntityError("x" * 1_000_000))) < 400
