"""Tests of kgexplain.retrieval: fact sentences, offline model, candidates, cache, FAISS index."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import kgexplain as kgx
from kgexplain.errors import ConfigError, ModelNotFoundError, UnknownEntityError
from kgexplain.records import Entity, Path, Relation, Triple
from kgexplain.retrieval import (
    FactRetriever,
    FaissFactRetriever,
    build_index,
    default_cache_dir,
    fact_text,
)

RELATIONS = [
    Relation("rated", phrase="rated", inverse_phrase="was rated by"),
    Relation("tagged", phrase="tagged", explainable=False, sensitive=True),
    Relation("links_to", phrase="links to", explainable=False),
    Relation("starring", phrase="stars", inverse_phrase="stars in"),
    Relation("directed_by", phrase="is directed by", inverse_phrase="directed"),
    Relation("has_genre", phrase="is a film of the genre", inverse_phrase="is the genre of"),
]

ENTITIES = [
    Entity("user:1", kind="user", label="User 1"),
    Entity("user:2", kind="user", label="User 2"),
    Entity("movie:jumanji", kind="item", label="Jumanji"),
    Entity("movie:hook", kind="item", label="Hook"),
    Entity("movie:mrsdoubtfire", kind="item", label="Mrs. Doubtfire"),
    Entity("movie:alien", kind="item", label="Alien"),
    Entity("movie:heat", kind="item", label="Heat"),
    Entity("person:rw", label="Robin Williams"),
    Entity("person:kd", label="Kirsten Dunst"),
    Entity("person:ss", label="Steven Spielberg"),
    Entity("person:dh", label="Dustin Hoffman"),
    Entity("person:cc", label="Chris Columbus"),
    Entity("person:sw", label="Sigourney Weaver"),
    Entity("person:rs", label="Ridley Scott"),
    Entity("person:ap", label="Al Pacino"),
    Entity("genre:Comedy"),
    Entity("genre:Adventure"),
    Entity("genre:SciFi", label="Science Fiction"),
    Entity("tag:secret", label="secret tag"),
    Entity("page:x", label="Some Page"),
]

TRIPLES = [
    ("user:1", "rated", "movie:hook", {"rating": 5.0, "timestamp": 10}),
    ("user:1", "rated", "movie:mrsdoubtfire", {"rating": 4.5, "timestamp": 20}),
    ("user:1", "rated", "movie:heat", {"rating": 1.0, "timestamp": 30}),
    ("user:1", "tagged", "tag:secret"),
    ("user:2", "rated", "movie:jumanji", {"rating": 4.0}),
    ("user:2", "rated", "movie:alien", {"rating": 5.0}),
    ("movie:jumanji", "starring", "person:rw"),
    ("movie:jumanji", "starring", "person:kd"),
    ("movie:jumanji", "directed_by", "person:cc"),
    ("movie:jumanji", "has_genre", "genre:Adventure"),
    ("movie:jumanji", "has_genre", "genre:Comedy"),
    ("movie:jumanji", "links_to", "page:x"),
    ("movie:hook", "starring", "person:rw"),
    ("movie:hook", "starring", "person:dh"),
    ("movie:hook", "directed_by", "person:ss"),
    ("movie:hook", "has_genre", "genre:Adventure"),
    ("movie:mrsdoubtfire", "starring", "person:rw"),
    ("movie:mrsdoubtfire", "directed_by", "person:cc"),
    ("movie:mrsdoubtfire", "has_genre", "genre:Comedy"),
    ("movie:alien", "starring", "person:sw"),
    ("movie:alien", "directed_by", "person:rs"),
    ("movie:alien", "has_genre", "genre:SciFi"),
    ("movie:heat", "starring", "person:ap"),
]


def make_kg() -> kgx.KnowledgeGraph:
    return kgx.KnowledgeGraph.from_triples(TRIPLES, entities=ENTITIES, relations=RELATIONS)


def hook_path() -> Path:
    """user:1 rated Hook, Hook stars Robin Williams, Jumanji stars Robin Williams."""
    return Path(
        ("user:1", "movie:hook", "person:rw", "movie:jumanji"),
        (
            Triple("user:1", "rated", "movie:hook"),
            Triple("movie:hook", "starring", "person:rw"),
            Triple("movie:jumanji", "starring", "person:rw"),
        ),
        score=1.0,
    )


@pytest.fixture
def kg() -> kgx.KnowledgeGraph:
    return make_kg()


@pytest.fixture
def cache(tmp_path):
    return tmp_path / "cache"


def test_fact_text_reads_the_relation_phrase(kg):
    assert fact_text(kg, Triple("movie:jumanji", "starring", "person:rw")) == (
        "Jumanji stars Robin Williams."
    )
    assert fact_text(kg, ("movie:alien", "has_genre", "genre:SciFi")) == (
        "Alien is a film of the genre Science Fiction."
    )
    retriever = FactRetriever(kg, cache_dir=False)
    assert retriever.fact_text(Triple("movie:hook", "directed_by", "person:ss")) == (
        "Hook is directed by Steven Spielberg."
    )


def test_fact_retriever_builds_the_faiss_default(kg):
    retriever = kgx.FactRetriever(kg, cache_dir=False)
    assert isinstance(retriever, FaissFactRetriever)
    assert isinstance(retriever, FactRetriever)
    assert retriever.facts_ is None  # construction is cheap


def test_facts_are_explainable_non_user_triples(kg, cache):
    retriever = FaissFactRetriever(kg, cache_dir=cache)
    retriever.build()
    table = retriever.facts_
    stored = set(kg.triples())
    assert set(table.triples) <= stored
    for t in table.triples:
        assert not t.head.startswith("user:") and not t.tail.startswith("user:")
        assert t.relation not in ("tagged", "links_to", "rated")
    expected = {t for t in stored if t.relation in ("starring", "directed_by", "has_genre")}
    assert set(table.triples) == expected
    assert table.texts[table.by_triple[("movie:hook", "starring", "person:dh")]] == (
        "Hook stars Dustin Hoffman."
    )


def test_retrieve_returns_real_facts_about_the_item_and_path(kg, cache):
    retriever = FaissFactRetriever(kg, cache_dir=cache)
    path = hook_path()
    facts = retriever.retrieve("user:1", "movie:jumanji", [path], k=50)
    assert facts, "the item and the path's entities have facts"
    allowed_nodes = {"movie:jumanji", "person:rw"}  # the item and the path's shared entity
    hops = set(path.hops)
    for fact in facts:
        assert kg.has_triple(*fact.triple)
        assert fact.triple.head in allowed_nodes or fact.triple.tail in allowed_nodes
        assert fact.triple not in hops
        assert not any(e.startswith("user:") for e in (fact.triple.head, fact.triple.tail))
        assert fact.triple.relation not in ("tagged", "links_to")
        assert fact.text == fact_text(kg, fact.triple)
        assert -1.0 <= fact.score <= 1.0 + 1e-6
    # never facts about unrelated entities
    assert not any("movie:alien" in (f.triple.head, f.triple.tail) for f in facts)
    assert not any("movie:heat" in (f.triple.head, f.triple.tail) for f in facts)
    scores = [f.score for f in facts]
    assert scores == sorted(scores, reverse=True)
    # everything about the item that is not on the path is a candidate
    got = {f.triple for f in facts}
    assert Triple("movie:jumanji", "directed_by", "person:cc") in got
    assert Triple("movie:mrsdoubtfire", "starring", "person:rw") in got
    # never a fact about another item alone (Hook is the anchor the user rated, not the item)
    assert Triple("movie:hook", "directed_by", "person:ss") not in got
    top2 = retriever.retrieve("user:1", "movie:jumanji", [path], k=2)
    assert [f.triple for f in top2] == [f.triple for f in facts[:2]]


def test_retrieve_without_paths_uses_item_facts(kg, cache):
    retriever = FaissFactRetriever(kg, cache_dir=cache)
    facts = retriever.retrieve("user:2", "movie:alien", [], k=5)
    assert {f.triple for f in facts} == {
        Triple("movie:alien", "starring", "person:sw"),
        Triple("movie:alien", "directed_by", "person:rs"),
        Triple("movie:alien", "has_genre", "genre:SciFi"),
    }
    assert retriever.retrieve("user:2", "movie:alien", [], k=0) == []


def test_ranking_follows_the_query(kg, cache):
    retriever = FaissFactRetriever(kg, cache_dir=cache)
    facts = retriever.retrieve("user:1", "movie:jumanji", [hook_path()], k=50)
    query = retriever._query(retriever._plan("user:1", "movie:jumanji", [hook_path()]))
    vecs = retriever.model_.encode([f.text for f in facts], normalize_embeddings=True)
    for fact, vec in zip(facts, vecs):  # the score is the cosine of fact and query
        assert fact.score == pytest.approx(float(vec @ query), abs=1e-4)


def test_profile_holds_highly_rated_items(kg, cache):
    retriever = FaissFactRetriever(kg, cache_dir=cache)
    plan = retriever._prepare() and retriever._plan("user:1", "movie:jumanji", [])
    assert plan["profile"] == ["Hook", "Mrs. Doubtfire"]  # Heat was rated 1/5


def test_retrieve_many_matches_retrieve(kg, cache):
    retriever = FaissFactRetriever(kg, cache_dir=cache)
    reqs = [("user:1", "movie:jumanji", [hook_path()]), ("user:2", "movie:alien", [])]
    many = retriever.retrieve_many(reqs, k=3)
    assert len(many) == 2
    for (u, i, p), facts in zip(reqs, many):
        assert retriever.retrieve(u, i, p, k=3) == facts
    assert retriever.retrieve_many([], k=3) == []


def test_unknown_entities_raise(kg, cache):
    retriever = FaissFactRetriever(kg, cache_dir=cache)
    with pytest.raises(UnknownEntityError):
        retriever.retrieve("user:99", "movie:jumanji", [])
    with pytest.raises(KeyError):
        retriever.retrieve("user:1", "movie:nope", [])


def test_persistence_reloads_instead_of_reembedding(kg, cache):
    first = FaissFactRetriever(kg, cache_dir=cache).build()
    n = len(first.facts_)
    assert first.encoded_ == n
    expected = first.retrieve("user:1", "movie:jumanji", [hook_path()], k=4)
    first.save()  # the query's label embeddings (build() saved the fact embeddings)

    second = FaissFactRetriever(make_kg(), cache_dir=cache).build()
    assert second.encoded_ == 0  # every sentence came from the cache
    assert second.index_.ntotal == n
    assert second.index_info_ == first.index_info_
    again = second.retrieve("user:1", "movie:jumanji", [hook_path()], k=4)
    assert [f.triple for f in again] == [f.triple for f in expected]
    assert [f.score for f in again] == pytest.approx([f.score for f in expected], abs=1e-6)
    assert second.encoded_ == 0


def test_lazy_retrieval_persists_and_matches_full_build(kg, cache):
    lazy = FaissFactRetriever(kg, cache_dir=cache)
    got = lazy.retrieve("user:1", "movie:jumanji", [hook_path()], k=5)
    assert 0 < lazy.encoded_ < len(lazy.facts_) + 10  # only what the request needs
    lazy.save()
    full = FaissFactRetriever(make_kg(), cache_dir=cache).build()
    assert full.encoded_ < len(full.facts_)  # the lazily embedded sentences were reused
    assert full.retrieve("user:1", "movie:jumanji", [hook_path()], k=5) == got


def test_changed_graph_is_detected_and_extended(kg, cache):
    first = FaissFactRetriever(kg, cache_dir=cache).build()
    n = len(first.facts_)
    changed = make_kg()
    changed.add_entity(Entity("person:bp", label="Bonnie Hunt"))
    changed.add_triple("movie:jumanji", "starring", "person:bp")
    assert changed.fingerprint() != kg.fingerprint()

    second = FaissFactRetriever(changed, cache_dir=cache).build()
    assert len(second.facts_) == n + 1
    assert second.index_.ntotal == n + 1
    assert second.encoded_ == 1  # only the new sentence
    hits = second.search("Jumanji stars Bonnie Hunt.", k=1)
    assert hits[0].triple == Triple("movie:jumanji", "starring", "person:bp")

    # the same retriever notices a mutation of its graph
    kg.add_entity(Entity("person:dp", label="David Alan Grier"))
    kg.add_triple("movie:jumanji", "starring", "person:dp")
    facts = first.retrieve("user:1", "movie:jumanji", [hook_path()], k=50)
    assert Triple("movie:jumanji", "starring", "person:dp") in {f.triple for f in facts}
    assert len(first.facts_) == n + 1
    assert first.index_ is None  # stale index dropped; rebuilt on demand
    assert first.search("David Alan Grier", k=1)[0].triple.tail == "person:dp"


def test_search_finds_a_fact_by_its_sentence(kg, cache):
    retriever = FaissFactRetriever(kg, cache_dir=cache)
    hit = retriever.search("Alien is directed by Ridley Scott.", k=3)
    assert hit[0].triple == Triple("movie:alien", "directed_by", "person:rs")
    assert hit[0].score == pytest.approx(1.0, abs=1e-4)
    assert retriever.index_info_.kind == "flat"


def test_hub_entities_are_capped_with_focus_first(cache):
    triples = [("user:1", "rated", "movie:0", {"rating": 5.0})]
    triples += [(f"movie:{i}", "has_genre", "genre:Drama") for i in range(30)]
    triples += [("movie:7", "starring", "person:a"), ("movie:7", "starring", "person:b")]
    kg = kgx.KnowledgeGraph.from_triples(triples, relations=RELATIONS)
    path = Path(
        ("user:1", "movie:0", "genre:Drama", "movie:29"),
        (
            Triple("user:1", "rated", "movie:0"),
            Triple("movie:0", "has_genre", "genre:Drama"),
            Triple("movie:29", "has_genre", "genre:Drama"),
        ),
    )
    retriever = FaissFactRetriever(kg, cache_dir=cache, max_facts_per_entity=4)
    facts = retriever.retrieve("user:1", "movie:29", [path], k=100)
    got = {f.triple for f in facts}
    # Drama has 30 facts: capped to 4; the two on the path are excluded
    drama = [t for t in got if t.tail == "genre:Drama"]
    assert len(drama) == 2
    # movie:7 has the highest degree among Drama's other ends, so its fact comes first
    assert Triple("movie:7", "has_genre", "genre:Drama") in got
    assert retriever.encoded_ < 20  # the other 26 Drama facts were never embedded


def test_offline_loading_with_empty_hf_home(tmp_path):
    hf_home = tmp_path / "hf_home"
    hf_home.mkdir()
    script = textwrap.dedent(
        """
        import socket
        def refuse(*args, **kwargs):
            raise OSError("network access attempted")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        import kgexplain as kgx
        from kgexplain.retrieval import load_sentence_model
        model = load_sentence_model()
        vec = model.encode(["Jumanji stars Robin Williams."], normalize_embeddings=True)
        assert vec.shape == (1, 384), vec.shape
        kg = kgx.KnowledgeGraph.from_triples([("user:1", "rated", "movie:1"),
                                              ("movie:1", "has_genre", "genre:Comedy")])
        facts = kgx.FactRetriever(kg, cache_dir=False).retrieve("user:1", "movie:1", [], k=2)
        assert [f.triple.tail for f in facts] == ["genre:Comedy"], facts
        print("OK")
        """
    )
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "HF_HOME": str(hf_home),
        "HF_HUB_CACHE": str(hf_home / "hub"),
        "SENTENCE_TRANSFORMERS_HOME": str(hf_home / "st"),
        "OMP_NUM_THREADS": "1",
    }
    env.pop("HF_TOKEN", None)
    proc = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert proc.stdout.strip().endswith("OK")
    assert not any(hf_home.rglob("*.safetensors"))  # nothing was downloaded into HF_HOME


def test_local_model_folder_and_errors(kg, tmp_path):
    from kgexplain.retrieval import default_model_path

    retriever = FaissFactRetriever(kg, model=default_model_path(), cache_dir=tmp_path / "c")
    facts = retriever.retrieve("user:2", "movie:alien", [], k=1)
    assert len(facts) == 1
    assert retriever.model_id_.startswith("model@")  # a folder is keyed by its content
    with pytest.raises(ModelNotFoundError):
        FaissFactRetriever(kg, model=tmp_path / "missing").retrieve("user:2", "movie:alien", [])
    with pytest.raises(ConfigError):
        FaissFactRetriever(kg, index="annoy")


def test_default_cache_dir_is_outside_the_package(monkeypatch, tmp_path):
    monkeypatch.setenv("KGEXPLAIN_CACHE", str(tmp_path / "x"))
    assert default_cache_dir() == tmp_path / "x"
    monkeypatch.delenv("KGEXPLAIN_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "kgexplain"
    assert "site-packages" not in str(default_cache_dir())


def _clustered(n_centres: int, copies: int, dim: int = 32, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(n_centres, dim)).astype(np.float32)
    x = np.repeat(centres, copies, axis=0) + rng.normal(0, 0.1, (n_centres * copies, dim))
    x = x.astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


@pytest.mark.parametrize("kind", ["flat", "ivf", "hnsw"])
def test_build_index_reaches_measured_recall(kind):
    import faiss

    x = _clustered(400, 10)
    index, info = build_index(x, kind, target_recall=0.95, calibration_queries=100)
    assert info.kind == kind and info.size == len(x) and index.ntotal == len(x)
    assert info.recall_at_10 >= 0.95
    # recall re-measured independently on fresh queries
    rng = np.random.default_rng(7)
    q = x[rng.integers(0, len(x), 50)] + rng.normal(0, 0.05, (50, x.shape[1])).astype(np.float32)
    q = np.ascontiguousarray(q / np.linalg.norm(q, axis=1, keepdims=True), dtype=np.float32)
    _, truth = faiss.knn(q, x, 10, metric=faiss.METRIC_INNER_PRODUCT)
    _, found = index.search(q, 10)
    recall = np.mean([len(set(a) & set(b)) / 10 for a, b in zip(found, truth)])
    assert recall >= 0.9


def test_build_index_auto_picks_by_size():
    x = _clustered(100, 10, dim=16)
    assert build_index(x, "auto", approx_threshold=5000)[1].kind == "flat"
    assert build_index(x, "auto", approx_threshold=500, calibration_queries=50)[1].kind == "ivf"


def test_build_index_calibrates_on_given_queries():
    """Own calibration queries replace the built-in sets; the recall reported is on them."""
    rng = np.random.default_rng(3)
    x = rng.normal(size=(3000, 32)).astype(np.float32)
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    q = x[:40] + rng.normal(0, 0.3, size=(40, 32)).astype(np.float32)
    q /= np.linalg.norm(q, axis=1, keepdims=True)
    index, info = build_index(x, "ivf", target_recall=0.9, queries=q)
    assert info.calibration_queries == 40
    import faiss

    _, truth = faiss.knn(q, x, 10, metric=faiss.METRIC_INNER_PRODUCT)
    _, found = index.search(q, 10)
    recall = np.mean([len(set(f) & set(t)) / 10 for f, t in zip(found, truth)])
    assert recall == pytest.approx(info.recall_at_10) and recall >= 0.9


def test_spill_lists_pick_a_second_list_orthogonal_to_the_first():
    """SOAR: the secondary list's residual is nearly orthogonal to the primary's, unlike the
    plain second-nearest list; with lambda 0 it is the plain second-nearest list."""
    from kgexplain.retrieval import _spill_lists

    x = _clustered(300, 10, dim=32)
    rng = np.random.default_rng(5)
    centroids = x[rng.choice(len(x), 64, replace=False)] + rng.normal(0, 0.05, (64, 32))
    centroids = centroids.astype(np.float32)
    primary, secondary = _spill_lists(x, centroids, chunk=700)
    assert (primary == (x @ centroids.T).argmax(1)).all()
    assert (secondary != primary).all()
    d2 = ((x[:, None, :] - centroids[None]) ** 2).sum(-1)
    d2[np.arange(len(x)), primary] = np.inf
    plain = d2.argmin(1)
    assert (_spill_lists(x, centroids, lam=0.0)[1] == plain).all()

    def mean_abs_cos(other: np.ndarray) -> float:
        r1, r2 = x - centroids[primary], x - centroids[other]
        cos = (r1 * r2).sum(1) / (np.linalg.norm(r1, axis=1) * np.linalg.norm(r2, axis=1))
        return float(np.abs(cos).mean())

    assert mean_abs_cos(secondary) < mean_abs_cos(plain) - 0.1


def test_spilled_ivf_stores_each_vector_in_two_lists_and_returns_it_once():
    import faiss

    from kgexplain.retrieval import SpilledIVFIndex

    x = _clustered(200, 10)
    index, info = build_index(x, "ivf", target_recall=0.95, calibration_queries=50)
    assert isinstance(index, SpilledIVFIndex) and "SOAR" in info.spec
    assert index.ntotal == len(x) and index.ivf.ntotal == 2 * len(x)
    lists_of = {}
    invlists = index.ivf.invlists
    for lst in range(info.nlist):
        size = invlists.list_size(lst)
        for i in faiss.rev_swig_ptr(invlists.get_ids(lst), size).tolist():
            lists_of.setdefault(i, []).append(lst)
    assert all(len(v) == 2 and v[0] != v[1] for v in lists_of.values())
    assert len(lists_of) == len(x)

    rng = np.random.default_rng(11)
    q = x[rng.integers(0, len(x), 30)] + rng.normal(0, 0.05, (30, x.shape[1])).astype(np.float32)
    q = np.ascontiguousarray(q / np.linalg.norm(q, axis=1, keepdims=True), dtype=np.float32)
    # every list probed and every code a candidate: the re-ranking makes the search exact
    index.nprobe, index.k_factor = info.nlist, 10_000
    scores, ids = index.search(q, 10)
    exact_scores, exact_ids = faiss.knn(q, x, 10, metric=faiss.METRIC_INNER_PRODUCT)
    assert all(len(set(row)) == 10 for row in ids.tolist())
    np.testing.assert_allclose(scores, exact_scores, atol=1e-5)
    assert np.mean([len(set(a) & set(b)) for a, b in zip(ids, exact_ids)]) >= 9.9
    # more than there are: the rest is -1 / -inf, like FAISS
    few = build_index(x[:300], "ivf", target_recall=0.9, calibration_queries=20)[0]
    few.nprobe, few.k_factor = 1_000, 10_000
    s, i = few.search(q[:2], 400)
    assert (i[:, :300] >= 0).all() and (i[:, 300:] == -1).all() and np.isneginf(s[:, 300:]).all()


def test_ivf_on_too_few_vectors_falls_back_to_flat():
    x = _clustered(10, 10)
    index, info = build_index(x, "ivf")
    assert info.kind == "flat" and index.ntotal == 100


def test_ivf_index_persists_and_reloads(tmp_path):
    """The spilled IVF index is written as FAISS codes and rebuilt around the cached vectors."""
    from kgexplain.retrieval import SpilledIVFIndex

    people = [Entity(f"person:{i}", label=f"Actor Number {i}") for i in range(40)]
    movies = [Entity(f"movie:{j}", kind="item", label=f"Film Title {j}") for j in range(12)]
    triples = [(f"movie:{j}", "starring", f"person:{(j * 7 + k) % 40}")
               for j in range(12) for k in range(25)]
    triples += [("user:1", "rated", "movie:0", {"rating": 5.0})]
    graph = kgx.KnowledgeGraph.from_triples(
        triples, entities=[Entity("user:1", kind="user"), *people, *movies], relations=RELATIONS)
    cache = tmp_path / "cache"
    first = FaissFactRetriever(graph, cache_dir=cache, index="ivf").build()
    assert isinstance(first.index_, SpilledIVFIndex) and first.index_info_.kind == "ivf"
    hits = first.search("Film Title 3 stars Actor Number 21.", k=5)
    assert hits[0].triple == Triple("movie:3", "starring", "person:21")

    second = FaissFactRetriever(graph, cache_dir=cache, index="ivf").build()
    assert second.encoded_ == 0
    assert isinstance(second.index_, SpilledIVFIndex)
    assert second.index_info_ == first.index_info_
    assert second.index_.nprobe == first.index_info_.nprobe
    assert second.search("Film Title 3 stars Actor Number 21.", k=5) == hits


def test_a_warm_cache_answers_without_loading_the_model(tmp_path):
    """Every sentence a request needs is in the embedding cache: a new process retrieves the
    same facts without loading the model. The first (cold) process runs the default model on
    the numpy encoder, so neither imports sentence-transformers nor torch."""
    script = textwrap.dedent(
        f"""
        import sys
        import kgexplain as kgx
        kg = kgx.KnowledgeGraph.from_triples([
            ("user:1", "rated", "movie:1", {{"rating": 5.0}}),
            ("movie:1", "has_genre", "genre:Comedy"), ("movie:2", "has_genre", "genre:Comedy"),
            ("movie:2", "directed_by", "person:Ivan_Reitman")])
        r = kgx.FactRetriever(kg, cache_dir={str(tmp_path / "cache")!r})
        facts = r.retrieve("user:1", "movie:2", [], k=2)
        r.save()
        print([f.triple.tail for f in facts], r.encoded_, "sentence_transformers" in sys.modules,
              "torch" in sys.modules, r._model is None)
        """
    )
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           timeout=300) for _ in range(2)]
    for proc in runs:
        assert proc.returncode == 0, proc.stderr[-3000:]
    first, second = (proc.stdout.strip().splitlines()[-1] for proc in runs)
    tails = "['genre:Comedy', 'person:Ivan_Reitman']"
    assert first.startswith(tails) and first.endswith("False False False") and " 0 " not in first
    assert second == f"{tails} 0 False False True"


def test_fact_table_is_in_id_order_and_makes_sentences_on_demand(kg):
    """Facts are ordered by (head id, relation, tail id) whatever the insertion order; their
    triples and sentences are made when first read, the same as fact_text."""
    from kgexplain.retrieval.facts import _FactTable

    table = _FactTable.from_graph(kg)
    triples = [table.triples[i] for i in range(len(table))]
    assert triples == sorted(triples, key=lambda t: (t.head, t.relation, t.tail))
    assert all(table.by_triple[tuple(t)] == i for i, t in enumerate(triples))
    assert [table.texts[i] for i in range(len(table))] == [fact_text(kg, t) for t in triples]
    assert table.texts[-1] == table.texts[len(table) - 1] and table.texts[:2] == [table.texts[0], table.texts[1]]
    assert table.fingerprint == kg.fingerprint()
