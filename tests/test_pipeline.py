from __future__ import annotations

import json

import pytest

import kgexplain as kgx
from kgexplain.errors import ConfigError, UnknownEntityError
from kgexplain.pipeline import ExplainerConfig, PathConfig

SCHEMA_KEYS = {"user", "item", "text", "source", "paths", "facts", "claims", "verdict", "error", "meta"}


@pytest.fixture
def film_kg() -> kgx.KnowledgeGraph:
    return kgx.KnowledgeGraph.from_triples(
        [
            ("user:1", "rated", "movie:1", {"rating": 5.0, "timestamp": 1}),
            ("user:1", "rated", "movie:3", {"rating": 1.0, "timestamp": 2}),
            ("movie:1", "directed_by", "person:Lasseter"),
            ("movie:2", "directed_by", "person:Lasseter"),
            ("movie:4", "has_genre", "genre:Drama"),
        ],
        entities=[
            kgx.Entity("user:1", kind="user", label="User 1"),
            kgx.Entity("movie:1", kind="item", label="Toy Story", attrs={"year": 1995}),
            kgx.Entity("movie:2", kind="item", label="Toy Story 2", attrs={"year": 1999}),
            kgx.Entity("movie:3", kind="item", label="Heat", attrs={"year": 1995}),
            kgx.Entity("movie:4", kind="item", label="Lonely Film"),
            kgx.Entity("person:Lasseter", kind="attribute", type="person", label="John Lasseter"),
            kgx.Entity("genre:Drama", kind="attribute", type="genre", label="Drama"),
        ],
        relations=[
            kgx.Relation("rated", phrase="rated", inverse_phrase="was rated by",
                         cues=("loved", "liked", "watched", "rated")),
            kgx.Relation("directed_by", phrase="is directed by", inverse_phrase="directed",
                         cues=("directed by", "director"), inverse_cues=("directed",)),
            kgx.Relation("has_genre", phrase="is a film of the genre", inverse_phrase="is the genre of"),
        ],
    )


def template_explainer(kg, **kw):
    return kgx.Explainer(kg, verbalizer="template", retriever=None, **kw)


def test_explain_template_is_grounded(film_kg):
    e = template_explainer(film_kg).explain("user:1", "movie:2")
    assert e.error is None and e.source == "template"
    assert e.verdict.supported and e.text
    assert "Toy Story 2" in e.text and "John Lasseter" in e.text
    for p in e.paths:
        assert p.nodes[0] == "user:1" and p.nodes[-1] == "movie:2"
        for hop in p.hops:
            assert film_kg.has_triple(*hop)
    for c in e.claims:
        assert e.text[c.start:c.end] == c.text


def test_to_dict_schema(film_kg):
    e = template_explainer(film_kg, config=ExplainerConfig(seed=7)).explain("user:1", "movie:2")
    d = e.to_dict()
    assert SCHEMA_KEYS <= set(d)
    assert d["source"] in ("seq2seq", "template")
    assert d["paths"] and {"head", "relation", "tail"} == set(d["paths"][0][0])
    assert d["verdict"]["supported"] is True
    assert d["meta"]["seed"] == 7 and d["meta"]["version"] == kgx.__version__
    assert d["meta"]["config"]["paths"]["max_hops"] == 3
    for c in d["claims"]:
        assert {"start", "end", "text", "kind", "triple", "supported"} <= set(c)
    json.dumps(d)  # JSON-ready


def test_no_path_is_an_honest_record(film_kg):
    e = template_explainer(film_kg).explain("user:1", "movie:4")
    assert e.text is None and e.source is None
    assert "no path of at most 3 hops" in e.error
    assert e.to_dict()["error"] == e.error


def test_unknown_ids(film_kg):
    ex = template_explainer(film_kg)
    with pytest.raises(UnknownEntityError, match="movie:404"):
        ex.explain("user:1", "movie:404")
    out = list(ex.explain_many([("user:1", "movie:2"), ("user:9", "movie:2"), ("movie:1", "movie:2"), ("bad",)]))
    assert [o.error is None for o in out] == [True, False, False, False]
    assert "user:9" in out[1].error and "not a user" in out[2].error and "malformed" in out[3].error


class LyingVerbalizer:
    """A verbalizer whose every candidate makes a claim the graph does not back."""

    name = "liar"

    def explain_candidates_batch(self, kg, requests, n):
        return [["You loved Heat, which John Lasseter directed."] * n for _ in requests]


def test_unsupported_candidates_fall_back_to_template(film_kg):
    ex = kgx.Explainer(film_kg, verbalizer=LyingVerbalizer(), retriever=None)
    e = ex.explain("user:1", "movie:2")
    assert e.source == "template" and e.verdict.supported
    assert "Heat" not in e.text
    assert e.meta["candidates"] and not e.meta["candidates"][0]["supported"]


class HalfLyingVerbalizer:
    """Faithful on segments whose path goes through John Lasseter, lying on the others."""

    name = "half-liar"

    def __init__(self, kg):
        self.truth = kgx.TemplateVerbalizer(kg)

    def explain_candidates_batch(self, kg, requests, n):
        out = []
        for paths, facts in requests:
            if paths and "person:Lasseter" in paths[0].nodes:
                out.append(self.truth.explain_candidates(kg, paths, facts, 1) * n)
            else:
                out.append(["You loved Heat, which John Lasseter directed."] * n)
        return out


def test_segments_are_checked_one_by_one(film_kg):
    kg = kgx.KnowledgeGraph.from_triples(
        [(t.head, t.relation, t.tail, a) for t, a in film_kg.edges()]
        + [("movie:1", "has_genre", "genre:Animation"), ("movie:2", "has_genre", "genre:Animation")],
        entities=[*film_kg.entities(), kgx.Entity("genre:Animation", kind="attribute", type="genre",
                                                  label="Animation")],
        relations=film_kg.relations.values(),
    )
    ex = kgx.Explainer(kg, verbalizer=HalfLyingVerbalizer(kg), retriever=None)
    e = ex.explain("user:1", "movie:2")
    assert len(e.paths) == 2 and e.verdict.supported and "Heat" not in e.text
    # each segment was checked on its own (the lying one was rejected) ...
    assert any(not c["supported"] for c in e.meta["candidates"])
    assert any(c["supported"] for c in e.meta["candidates"])
    # ... but the joined segments name the anchor (Toy Story) twice, which a reason never does:
    # the whole-pair template reason, one sentence around the anchor, is used instead
    assert e.source == "template" and e.meta["segment_sources"] == ["template"]
    assert e.text.count("Toy Story") - e.text.count("Toy Story 2") == 1
    assert e.text.count(".") == 1


def test_stage_by_class_instance_and_bad_name(film_kg):
    pf = kgx.PathFinder(film_kg)
    ex = kgx.Explainer(film_kg, path_finder=pf, checker=kgx.ConsistencyChecker,
                       verbalizer=kgx.TemplateVerbalizer(film_kg), retriever=None)
    assert ex.path_finder is pf
    assert ex.explain("user:1", "movie:2").verdict.supported
    with pytest.raises(ConfigError, match="unknown verbalizer"):
        kgx.Explainer(film_kg, verbalizer="gpt").verbalizer


def test_config_round_trip(tmp_path):
    cfg = ExplainerConfig(paths=PathConfig(k=5, max_hops=2), seed=3)
    for name in ("c.yaml", "c.json"):
        cfg.save(tmp_path / name)
        assert ExplainerConfig.load(tmp_path / name) == cfg
    with pytest.raises(ConfigError, match="unknown option"):
        ExplainerConfig.from_dict({"paths": {"kk": 1}})


def test_config_changes_search(film_kg):
    ex = template_explainer(film_kg, config={"paths": {"max_hops": 2}})
    assert "at most 2 hops" in ex.explain("user:1", "movie:2").error


def test_recommend_ranks_unseen_items(example_kg):
    ex = template_explainer(example_kg)
    recs = ex.recommend("user:1", k=5)
    assert len(recs) == 5
    seen = {t.tail for t in example_kg.triples_of("user:1") if t.head == "user:1"}
    assert all(item not in seen and example_kg.entity(item).kind == "item" for item, _ in recs)
    assert [s for _, s in recs] == sorted((s for _, s in recs), reverse=True)


def test_explain_many_on_example_graph_template(example_kg):
    ex = template_explainer(example_kg)
    pairs = [("user:1", i) for i, _ in ex.recommend("user:1", k=4)]
    out = list(ex.explain_many(pairs, batch_size=3))
    assert [(o.user, o.item) for o in out] == pairs
    assert all(o.verdict.supported for o in out if o.error is None)


@pytest.mark.slow
def test_default_pipeline_on_example_graph(example_kg, tmp_path, monkeypatch):
    monkeypatch.setenv("KGEXPLAIN_CACHE", str(tmp_path))
    ex = kgx.Explainer(example_kg)
    item = ex.recommend("user:1", k=1)[0][0]
    e = ex.explain("user:1", item)
    assert e.error is None and e.verdict.supported
    assert e.source in ("seq2seq", "template")
    for f in e.facts:
        assert example_kg.has_triple(*f.triple)
