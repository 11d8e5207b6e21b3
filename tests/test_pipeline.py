from __future__ import annotations

import json

import pytest

import kgexplain as kgx
from kgexplain.errors import ConfigError, UnknownEntityError
from kgexplain.pipeline import ExplainerConfig, PathConfig
from kgexplain.testing import FixedVerbalizer

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


def test_unsupported_candidates_fall_back_to_template(film_kg):
    # every candidate makes a claim the graph does not back
    liar = FixedVerbalizer(["You loved Heat, which John Lasseter directed."], name="liar")
    ex = kgx.Explainer(film_kg, verbalizer=liar, retriever=None)
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


def _two_links(film_kg):
    """film_kg plus a second link from Toy Story to Toy Story 2 (both are Animation)."""
    return kgx.KnowledgeGraph.from_triples(
        [(t.head, t.relation, t.tail, a) for t, a in film_kg.edges()]
        + [("movie:1", "has_genre", "genre:Animation"), ("movie:2", "has_genre", "genre:Animation")],
        entities=[*film_kg.entities(), kgx.Entity("genre:Animation", kind="attribute", type="genre",
                                                  label="Animation")],
        relations=film_kg.relations.values(),
    )


def test_segments_are_checked_one_by_one(film_kg):
    kg = _two_links(film_kg)
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


class TruthfulSegments:
    """The template's own segment texts as the model's candidates: each names its anchor."""

    name = "truthful"

    def __init__(self, kg):
        self.truth = kgx.TemplateVerbalizer(kg)
        self.requests = 0

    def explain_candidates_batch(self, kg, requests, n):
        self.requests += len(requests)
        return [self.truth.explain_candidates(kg, paths, facts, n) for paths, facts in requests]


def test_segments_that_cannot_join_well_are_not_checked(film_kg):
    """Both paths start from Toy Story, and each segment text names it: joined, they would name
    the anchor twice, so the pair gets the whole-pair template reason and the model's texts are
    neither checked nor listed as candidates."""
    kg = _two_links(film_kg)
    verbalizer = TruthfulSegments(kg)
    checked = []
    checker = kgx.ConsistencyChecker(kg)
    check_many = checker.check_many
    checker.check_many = lambda items: checked.extend(t for t, _, _ in items) or check_many(items)
    e = kgx.Explainer(kg, verbalizer=verbalizer, checker=checker, retriever=None).explain("user:1", "movie:2")
    assert len(e.paths) == 2 and e.verdict.supported
    assert verbalizer.requests == 2  # the model wrote both segments ...
    seg_texts = [t for p in e.paths for t in verbalizer.truth.explain_candidates(kg, [p], [], 1)]
    assert len(seg_texts) == 2 and all("Toy Story" in t.replace("Toy Story 2", "") for t in seg_texts)
    assert not set(seg_texts) & set(checked)  # ... and none of its texts was checked
    assert e.source == "template" and e.meta["segment_sources"] == ["template"]
    assert e.meta["candidates"] == []
    assert e.text.count("Toy Story") - e.text.count("Toy Story 2") == 1 and e.text in checked


def test_a_batch_checks_each_text_once(film_kg):
    """One path, no fact: the joined reason is the segment's text with the same evidence, and
    is not judged a second time (the verdict is the segment's); nothing is kept after the batch."""
    checker = kgx.ConsistencyChecker(film_kg)
    checked = []
    check_many = checker.check_many
    checker.check_many = lambda items: checked.extend(t for t, _, _ in items) or check_many(items)
    ex = kgx.Explainer(film_kg, verbalizer="template", checker=checker, retriever=None)
    e = ex.explain("user:1", "movie:2")
    assert e.verdict.supported and len(e.paths) == 1 and e.text in checked
    assert len(checked) == len(set(checked))
    assert e.verdict == kgx.ConsistencyChecker(film_kg).check(e.text, [h for p in e.paths for h in p.hops], "user:1")
    assert ex._verdicts is None


def test_threads_reach_the_decoder_not_the_meta(film_kg):
    import os

    ex = kgx.Explainer(film_kg, retriever=None, threads=1)
    plain = kgx.Explainer(film_kg, retriever=None)
    assert ex.verbalizer.threads == 1 and ex.verbalizer.threads_ == 1
    assert plain.verbalizer.threads is None
    assert plain.verbalizer.threads_ == max(1, min(4, os.cpu_count() or 1))
    # an execution setting: same text, same provenance
    a, b = ex.explain("user:1", "movie:2"), plain.explain("user:1", "movie:2")
    assert a.text == b.text and a.to_dict() == b.to_dict()
    assert ex.unloaded_copy().threads == 1 and ex.unloaded_copy(threads=2).threads == 2
    assert not ex.unloaded_copy()._stages
    for bad in (0, -1, True, 1.5, "2"):
        with pytest.raises(ConfigError, match="threads must be an int >= 1"):
            kgx.Explainer(film_kg, threads=bad)


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


# --------------------------------------------------------------------------- bad input (issue 21)
from kgexplain.errors import EntityKindError, InvalidArgumentError  # noqa: E402


def test_bad_pairs_never_fail_their_batch_with_the_default_retriever(film_kg, tmp_path, monkeypatch):
    monkeypatch.setenv("KGEXPLAIN_CACHE", str(tmp_path))
    ex = kgx.Explainer(film_kg, verbalizer="template")  # the default (FAISS) retriever
    pairs = [("user:1", "movie:2"), ("user:1", "user:1"), ("user:1", "person:Lasseter"),
             ("user:1", "genre:Drama"), ("movie:1", "movie:2"), ("user:1", 5), (None, "movie:2"),
             ("user:1", "x" * 1_000_000), ("user:1", "movie:2", "extra"), ("user:1", "movie:2")]
    out = list(ex.explain_many(pairs, batch_size=len(pairs)))
    assert [o.error is None for o in out] == [True] + [False] * 8 + [True]
    for o in out[1:5]:
        # ids that are in the graph are never called unknown: the message names the wrong kind
        assert "not in the graph" not in o.error and "not a" in o.error, o.error
    assert "'user:1' is a user, not an item" in out[1].error
    assert "'person:Lasseter' is an attribute, not an item" in out[2].error
    assert "'movie:1' is an item, not a user" in out[4].error
    assert "must be a string" in out[5].error and "must be a string" in out[6].error
    assert "unknown entity" in out[7].error and len(out[7].error) < 400  # 1 MB id not echoed
    assert "malformed pair" in out[8].error


def test_explain_raises_typed_errors(film_kg):
    ex = template_explainer(film_kg)
    with pytest.raises(EntityKindError, match="'genre:Drama' is an attribute, not an item"):
        ex.explain("user:1", "genre:Drama")
    with pytest.raises(EntityKindError, match="not a user"):
        ex.explain("movie:1", "movie:2")
    for bad in (5, None, b"user:1", ("user:1",)):
        with pytest.raises(InvalidArgumentError, match="must be a string") as info:
            ex.explain(bad, "movie:2")
        assert isinstance(info.value, TypeError)  # what a caller catches for a wrong type
    with pytest.raises(UnknownEntityError) as info:
        ex.explain("user:1", "movie:" + "9" * 1_000_000)
    assert len(str(info.value)) < 400 and info.value.entity_id.startswith("movie:999")


@pytest.mark.parametrize("pairs, batch_size", [(5, 8), ("user:1,movie:2", 8), (None, 8),
                                               ([("user:1", "movie:2")], "8"),
                                               ([("user:1", "movie:2")], 2.5),
                                               ([("user:1", "movie:2")], True)])
def test_explain_many_argument_types(film_kg, pairs, batch_size):
    with pytest.raises(InvalidArgumentError):
        list(template_explainer(film_kg).explain_many(pairs, batch_size=batch_size))


@pytest.mark.parametrize("data, field", [
    ({"verbalizer": {"backend": "quantum"}}, "verbalizer.backend"),
    ({"checker": {"rating_threshold": float("nan")}}, "checker.rating_threshold"),
    ({"checker": {"rating_threshold": "4"}}, "checker.rating_threshold"),
    ({"seed": "x"}, "config.seed"),
    ({"seed": True}, "config.seed"),
    ({"seed": -1}, "config.seed"),
    ({"paths": {"max_hops": 100}}, "paths.max_hops"),
    ({"paths": {"max_hops": 0}}, "paths.max_hops"),
    ({"paths": {"max_hops": 3.0}}, "paths.max_hops"),
    ({"paths": {"k": -1}}, "paths.k"),
    ({"paths": {"allow_users": "no"}}, "paths.allow_users"),
    ({"retrieval": {"k": -2}}, "retrieval.k"),
    ({"verbalizer": {"n_candidates": 0}}, "verbalizer.n_candidates"),
    ({"verbalizer": {"segments": "yes"}}, "verbalizer.segments"),
    ({"verbalizer": {"model_dir": 5}}, "verbalizer.model_dir"),
    ({"paths": [1, 2]}, "section 'paths'"),
    ([1], "mapping"),
    ({"paths": {"kk": 1}}, "unknown option"),
    ({"extra": {}}, "unknown config section"),
])
def test_config_values_are_validated(data, field):
    with pytest.raises(ConfigError, match=field.replace(".", r"\.")):
        ExplainerConfig.from_dict(data)


def test_max_hops_out_of_range_fails_before_any_search(film_kg):
    with pytest.raises(ConfigError, match=r"paths\.max_hops must be in 1\.\.6"):
        template_explainer(film_kg, config={"paths": {"max_hops": 100}})
    with pytest.raises(ConfigError):
        PathConfig(max_hops=7)


@pytest.mark.parametrize("name, content, match", [
    ("bad.json", '{"paths": {"k": 2,}}', r"bad\.json: not valid JSON \(line 1"),
    ("nan.json", '{"checker": {"rating_threshold": NaN}}', r"nan\.json: NaN is not JSON"),
    ("bad.yaml", "paths:\n  k: [1\n", r"bad\.yaml.*line \d+.*invalid YAML"),
    ("bomb.yaml", "a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n", r"bomb\.yaml.*aliases"),
    ("tag.yaml", "seed: !!python/object/apply:os.system [echo hi]\n", r"tag\.yaml"),
    ("list.yaml", "- 1\n- 2\n", r"list\.yaml: a config must be a mapping"),
    ("seed.yaml", "seed: x\n", r"seed\.yaml: config\.seed must be an int"),
])
def test_malformed_config_files_name_the_file(tmp_path, name, content, match):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=match):
        ExplainerConfig.load(path)


def test_unreadable_config_files(tmp_path):
    with pytest.raises(ConfigError, match="cannot be read"):
        ExplainerConfig.load(tmp_path / "missing.yaml")
    with pytest.raises(ConfigError, match="not a regular file"):
        ExplainerConfig.load(tmp_path)
    (tmp_path / "latin1.yaml").write_bytes(b"seed: 1\n# caf\xe9\n")
    with pytest.raises(ConfigError, match=r"latin1\.yaml, line 2: not UTF-8"):
        ExplainerConfig.load(tmp_path / "latin1.yaml")
    with pytest.raises(InvalidArgumentError, match="config must be"):
        kgx.Explainer(kgx.KnowledgeGraph.from_triples([("user:1", "rated", "movie:1")]), config=42)


class GraphVerbalizer:
    """A faithful verbalizer built from the graph (the template's texts), named by its class."""

    def __init__(self, kg):
        self.inner = kgx.TemplateVerbalizer(kg)

    def explain_candidates_batch(self, kg, requests, n):
        return [self.inner.explain_candidates(kg, paths, facts, n) for paths, facts in requests]


class NamedVerbalizer(GraphVerbalizer):
    name = "my-model"


def test_verbalizer_given_as_a_class(film_kg):
    ex = kgx.Explainer(film_kg, verbalizer=GraphVerbalizer, retriever=None)
    assert isinstance(ex.verbalizer, GraphVerbalizer) and ex.verbalizer.inner.kg is film_kg
    assert ex.explain("user:1", "movie:2").verdict.supported
    built_in = kgx.Explainer(film_kg, verbalizer=kgx.TemplateVerbalizer, retriever=None)
    assert built_in.verbalizer.kg is film_kg

    class NeedsAModel:
        def __init__(self, kg, model_path):
            pass

    with pytest.raises(InvalidArgumentError, match="pass an instance instead"):
        kgx.Explainer(film_kg, verbalizer=NeedsAModel, retriever=None).verbalizer


def test_custom_verbalizer_texts_are_labelled_with_what_wrote_them(music_kg):
    named = kgx.Explainer(music_kg, verbalizer=NamedVerbalizer(music_kg), retriever=None)
    e = named.explain("user:ann", "artist:justice")
    assert e.source == "my-model" and e.meta["segment_sources"] == ["my-model"]
    assert e.meta["candidates"]  # the model's candidates are kept, whatever its name
    unnamed = kgx.Explainer(music_kg, verbalizer=GraphVerbalizer(music_kg), retriever=None)
    assert unnamed.explain("user:ann", "artist:justice").source == "GraphVerbalizer"
    assert template_explainer(music_kg).explain("user:ann", "artist:justice").source == "template"


def test_stages_that_cannot_serve_are_refused_up_front(film_kg):
    with pytest.raises(InvalidArgumentError, match="no explain_candidates_batch"):
        kgx.Explainer(film_kg, verbalizer=object(), retriever=None)
    with pytest.raises(InvalidArgumentError, match="must be a name, a class or an instance"):
        kgx.Explainer(film_kg, checker=3, retriever=None)
    with pytest.raises(InvalidArgumentError, match="cannot be None"):
        kgx.Explainer(film_kg, path_finder=None, retriever=None)
    with pytest.raises(InvalidArgumentError, match="Explainer needs a KnowledgeGraph"):
        kgx.Explainer("graph.ttl")


class SeededPathFinder(kgx.PathFinder):
    def __init__(self, kg, max_hops=3, seed=None, **kw):
        super().__init__(kg, max_hops=max_hops, **kw)
        self.seed = seed


def test_seed_reaches_every_stage_that_takes_one(film_kg):
    kg = kgx.KnowledgeGraph.from_triples(
        [(t.head, t.relation, t.tail, a) for t, a in film_kg.edges()],
        entities=list(film_kg.entities()), relations=film_kg.relations.values())
    texts = {}
    for seed in (0, 1):
        ex = kgx.Explainer(kg, verbalizer="template", retriever=None, path_finder=SeededPathFinder,
                           config=ExplainerConfig(seed=seed))
        assert ex.verbalizer.seed == seed and ex.template.seed == seed
        assert ex.path_finder.seed == seed
        fallback = kgx.Explainer(kg, verbalizer=NamedVerbalizer(kg), retriever=None,
                                 config=ExplainerConfig(seed=seed))
        assert fallback.template.seed == seed
        texts[seed] = ex.explain("user:1", "movie:2").text
        assert ex.explain("user:1", "movie:2").meta["seed"] == seed
    assert texts[0] != texts[1]  # the seed picks another (equally faithful) paraphrase
