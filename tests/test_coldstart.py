"""What makes a cold start fast must not change a result: EASE's exact Gram/mirror shortcuts,
the demo's cached co_liked edges (and co_liked added once, before the fit), ratings read from the
compiled arrays, the checker's spaCy import without torch, atomic cache writes."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp

import kgexplain as kgx
from kgexplain.cache import write_atomically
from kgexplain.recommend.co_liked import add_co_liked, apply_co_liked, co_liked_edges
from kgexplain.recommend.ease import _gram, _mirror_lower, ease_weights

ROOT = Path(__file__).resolve().parent.parent


def _reference_ease(X: sp.spmatrix, lam: float) -> np.ndarray:
    """EASE as it was written before the shortcuts: sparse Gram, np.tril mirror."""
    from scipy.linalg import lapack

    X = X.tocsr().astype(np.float32)
    G = np.asarray((X.T @ X).todense(), dtype=np.float32)
    G[np.diag_indices_from(G)] += lam
    L, _ = lapack.spotrf(G, lower=1, overwrite_a=1, clean=1)
    P, _ = lapack.spotri(L, lower=1, overwrite_c=1)
    P = np.tril(P) + np.tril(P, -1).T
    B = P / (-np.diag(P))[None, :]
    B[np.diag_indices_from(B)] = 0.0
    return B.astype(np.float32, copy=False)


def _bits(a: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(a).view(np.int32)


@pytest.mark.parametrize("values", [(1.0, 0.5), (1.0,), (0.3, 1.7)])
def test_ease_weights_are_bit_for_bit_the_plain_computation(values):
    """Dyadic weights (the recommender's 1 and 0.5) take the exact dense Gram; others the sparse
    product; either way every bit of B equals the plain computation's, and so every ranking."""
    rng = np.random.default_rng(0)
    dense = rng.random((300, 700)) < 0.05
    X = sp.csr_matrix(dense * rng.choice(values, size=dense.shape), dtype=np.float32)
    X.eliminate_zeros()
    B = ease_weights(X, lam=25.0)
    assert np.array_equal(_bits(B), _bits(_reference_ease(X, 25.0)))
    assert B.dtype == np.float32 and not np.diag(B).any()


def test_exact_gram_equals_the_sparse_product():
    rng = np.random.default_rng(1)
    X = sp.random(200, 513, density=0.1, random_state=2, format="csr", dtype=np.float32)
    X.data = rng.choice([0.5, 1.0, 2.0], size=X.data.size).astype(np.float32)
    lower = np.tril(_gram(X))
    assert np.array_equal(_bits(lower), _bits(np.tril(np.asarray((X.T @ X).todense(), np.float32))))


def test_mirror_lower_matches_tril_sum_including_signed_zeros():
    rng = np.random.default_rng(3)
    for n in (1, 5, 511, 512, 513, 1300):
        P = np.tril(rng.standard_normal((n, n)).astype(np.float32))
        P[rng.random((n, n)) < 0.05] = 0.0
        P[np.tril(rng.random((n, n)) < 0.05)] = -0.0
        want = np.tril(P) + np.tril(P, -1).T
        got = P.copy()
        _mirror_lower(got, block=128)
        assert np.array_equal(_bits(got), _bits(want)), n


def test_co_liked_edges_then_apply_is_add_co_liked():
    rows = [(f"user:{u}", "rated", f"movie:{m}", {"rating": 4.0 + (u + m) % 2})
            for u in range(12) for m in range(6) if (u * m) % 5 != 1]
    a = kgx.KnowledgeGraph.from_triples(rows)
    b = kgx.KnowledgeGraph.from_triples(rows)
    n = add_co_liked(a, min_support=3)
    relation, edges = co_liked_edges(b, min_support=3)
    assert b.num_triples == len(rows)  # computing changes nothing
    relation, edges = json.loads(json.dumps([relation.to_dict(), edges]))  # as the demo keeps them
    assert apply_co_liked(b, kgx.Relation(**relation), [tuple(e) for e in edges]) == n > 0
    assert list(a.graph.edges(keys=True, data=True)) == list(b.graph.edges(keys=True, data=True))
    assert [list(a.graph._pred[x]) for x in a.graph] == [list(b.graph._pred[x]) for x in b.graph]
    assert a.version == b.version and a.relations == b.relations


def test_the_demo_graph_is_the_same_warm_and_cold(monkeypatch, tmp_path):
    """A warm demo adds the cached co_liked edges; the graph is the one the fit made, and a
    damaged picks file is fitted again."""
    from kgexplain.cli import _demo_pairs
    from kgexplain.pipeline import Explainer

    monkeypatch.setenv("KGEXPLAIN_CACHE", str(tmp_path))
    graphs, picks = [], []
    for _ in range(2):
        kg = kgx.KnowledgeGraph.example()
        ex = Explainer(kg, verbalizer="template")
        rec = kgx.Recommender(co_liked=True, anchor_rating=ex.config.checker.rating_threshold)
        picks.append(_demo_pairs(kg, ex, rec, ["user:1", "user:2"], 2))
        graphs.append(kg)
    cold, warm = graphs
    assert picks[0] == picks[1] and len(picks[0]) == 4
    assert cold.version == warm.version and cold.fingerprint() == warm.fingerprint()
    # the cold demo added co_liked before fitting and the fit left the graph alone, so the checker
    # index built beside the fit is the current one
    from kgexplain.recommend.co_liked import _ADDED

    assert _ADDED[cold][0][0] == cold.version
    assert list(cold.graph.edges(keys=True, data=True)) == list(warm.graph.edges(keys=True, data=True))
    assert [list(cold.graph._pred[x]) for x in cold.graph] == [list(warm.graph._pred[x]) for x in warm.graph]
    (kept,) = (tmp_path / "demo").glob("picks-*.json")
    kept.write_text('{"pairs": [["user:1"', encoding="utf-8")
    kg = kgx.KnowledgeGraph.example()
    ex = Explainer(kg, verbalizer="template")
    rec = kgx.Recommender(co_liked=True, anchor_rating=ex.config.checker.rating_threshold)
    assert _demo_pairs(kg, ex, rec, ["user:1", "user:2"], 2) == picks[0]
    assert json.loads(kept.read_text(encoding="utf-8"))["pairs"] == [list(p) for p in picks[0]]


def test_the_checker_tokenizes_without_importing_torch():
    """spaCy's blank English pipeline comes up with torch hidden from thinc's probe only: the same
    tokens, no torch in the process, and torch still importable afterwards."""
    code = (
        "import sys, json\n"
        "from kgexplain.consistency._text import nlp\n"
        "doc = nlp()(\"You loved Heat; Alien's co-star isn't U.N.C.L.E. (1995) -- 4.5/5 stars.\")\n"
        "out = {'tokens': [t.text for t in doc], 'torch': 'torch' in sys.modules}\n"
        "import torch\n"
        "out['torch_after'] = bool(torch.zeros(1).shape == (1,))\n"
        "print(json.dumps(out))\n"
    )
    plain = ("import sys, json, spacy\n"
             "doc = spacy.blank('en')(\"You loved Heat; Alien's co-star isn't U.N.C.L.E. (1995) -- 4.5/5 stars.\")\n"
             "print(json.dumps({'tokens': [t.text for t in doc], 'torch': 'torch' in sys.modules}))\n")
    env_path = {"PYTHONPATH": str(ROOT)}
    import os

    env = {**os.environ, **env_path}
    hidden = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                       env=env, check=True, timeout=300).stdout)
    usual = json.loads(subprocess.run([sys.executable, "-c", plain], capture_output=True, text=True,
                                      env=env, check=True, timeout=300).stdout)
    assert hidden["tokens"] == usual["tokens"] and len(hidden["tokens"]) > 10
    assert hidden["torch"] is False and usual["torch"] is True and hidden["torch_after"] is True


def test_write_atomically_leaves_the_old_file_or_the_new_one(tmp_path):
    path = tmp_path / "sub" / "x.json"
    write_atomically(path, lambda fh: fh.write(b"old"))

    def failing(fh):  # noqa: ANN001
        fh.write(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        write_atomically(path, failing)
    assert path.read_bytes() == b"old" and [p.name for p in path.parent.iterdir()] == ["x.json"]
    errors = []

    def writer(n: int) -> None:
        try:
            for _ in range(20):
                write_atomically(path, lambda fh: fh.write(str(n).encode() * 1000))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    data = path.read_bytes()
    assert len(data) == 1000 and len(set(data)) == 1
    assert [p.name for p in path.parent.iterdir()] == ["x.json"]


def test_embedding_shards_are_written_whole(tmp_path):
    from kgexplain.retrieval.embeddings import _EmbeddingStore

    store = _EmbeddingStore(tmp_path / "s")
    store.add(["a fact.", "another fact."], np.eye(2, 3, dtype=np.float32))
    assert store.flush() == 2
    names = sorted(p.name for p in (tmp_path / "s").iterdir())
    assert len(names) == 2 and all(n.startswith("shard-") and not n.endswith(".tmp") for n in names)
    again = _EmbeddingStore(tmp_path / "s")
    assert again.index == store.index and np.array_equal(again.matrix, store.matrix)


def _typed(x):  # noqa: ANN001, ANN202
    """A canonical form that tells dict orders, tuples from lists and sets from frozensets."""
    from kgexplain.consistency.index import PhraseTable

    if isinstance(x, PhraseTable):
        return ("PhraseTable", _typed(x._root))
    if isinstance(x, dict):
        return ("dict", [(_typed(k), _typed(v)) for k, v in x.items()])
    if isinstance(x, (set, frozenset)):
        return (type(x).__name__, sorted(map(repr, x)))
    if isinstance(x, (list, tuple)):
        return (type(x).__name__, [_typed(v) for v in x])
    return (type(x).__name__, x)


@pytest.fixture
def checker_code_as_on_disk(monkeypatch):
    """The checker's files as they are now, for the whole test: in a working tree where the
    checker is being edited, a test would otherwise (rightly) keep no tables at all. The guard
    itself is tested on a copy of the package (test_checker_tables_follow_the_checker_code)."""
    from kgexplain.consistency import _persist

    digest = _persist._source_digest()
    monkeypatch.setattr(_persist, "_AT_IMPORT", digest)
    monkeypatch.setattr(_persist, "_source_digest", lambda: digest)


def test_checker_tables_are_kept_and_read_back_the_same(monkeypatch, tmp_path, example_kg, caplog,
                                                      checker_code_as_on_disk):
    from kgexplain.consistency.index import GraphIndex

    monkeypatch.setenv("KGEXPLAIN_CACHE", str(tmp_path))
    built = GraphIndex(example_kg)
    (kept,) = (tmp_path / "checker").glob("tables-*.bin")
    again = GraphIndex(example_kg)
    names = ("info", "form_ids", "lower_ok", "type_nouns", "canonical", "period_keys", "entity_forms")
    for name in names:
        assert _typed(getattr(again, name)) == _typed(getattr(built, name)), name
    assert _typed({k: v for k, v in vars(again).items() if k not in ("cue_matcher", "user_matcher")}) \
        == _typed({k: v for k, v in vars(built).items() if k not in ("cue_matcher", "user_matcher")})
    # a damaged file is noticed and the tables built again
    kept.write_bytes(kept.read_bytes()[:-100])
    with caplog.at_level(logging.WARNING, logger="kgexplain"):
        third = GraphIndex(example_kg)
    assert "damaged" in caplog.text
    assert _typed(third.entity_forms) == _typed(built.entity_forms)
    assert GraphIndex(example_kg).info == built.info


def test_checker_tables_follow_the_entities(monkeypatch, tmp_path, checker_code_as_on_disk):
    """A changed label, attribute or entity order is another key: the tables are never stale."""
    from kgexplain.consistency import _persist
    from kgexplain.consistency.index import GraphIndex

    monkeypatch.setenv("KGEXPLAIN_CACHE", str(tmp_path))
    monkeypatch.setattr(_persist, "MIN_ENTITIES", 1)
    ents = [kgx.Entity("user:1", kind="user"), kgx.Entity("movie:1", kind="item", label="Heat"),
            kgx.Entity("movie:2", kind="item", label="Ronin", attrs={"year": 1998})]
    rows = [("user:1", "rated", "movie:1"), ("user:1", "rated", "movie:2")]
    first = GraphIndex(kgx.KnowledgeGraph.from_triples(rows, entities=ents))
    assert "heat" in first.form_ids
    relabelled = [ents[0], kgx.Entity("movie:1", kind="item", label="Alien"), ents[2]]
    idx = GraphIndex(kgx.KnowledgeGraph.from_triples(rows, entities=relabelled))
    assert "alien" in idx.form_ids and "heat" not in idx.form_ids
    year = [*ents[:2], kgx.Entity("movie:2", kind="item", label="Ronin", attrs={"year": 1999})]
    assert GraphIndex(kgx.KnowledgeGraph.from_triples(rows, entities=year)).info["movie:2"][3] == {"year": 1999.0}
    reordered = GraphIndex(kgx.KnowledgeGraph.from_triples(rows, entities=[ents[0], ents[2], ents[1]]))
    assert list(reordered.info) == ["user:1", "movie:2", "movie:1"]
    assert len(list((tmp_path / "checker").glob("tables-*.bin"))) == 4
    assert _typed(GraphIndex(kgx.KnowledgeGraph.from_triples(rows, entities=ents)).info) == _typed(first.info)


def test_checker_tables_follow_the_checker_code(tmp_path):
    """Any edit to a module of kgexplain.consistency gives the tables another key, and a process
    whose checker files are edited after it imported them neither reads nor writes tables."""
    import shutil

    copy = tmp_path / "pkg"
    shutil.copytree(ROOT / "kgexplain", copy / "kgexplain",
                    ignore=shutil.ignore_patterns("__pycache__", "models", "graphs"))
    parse = copy / "kgexplain" / "consistency" / "parse.py"
    code = "from kgexplain.consistency._persist import _code_digest; print(_code_digest())"
    edit_while_running = (
        "import sys, pathlib, kgexplain as kgx\n"
        "from kgexplain.consistency import _persist\n"
        "from kgexplain.consistency.index import GraphIndex\n"
        "_persist.MIN_ENTITIES = 1\n"
        "kg = kgx.KnowledgeGraph.from_triples([('user:1', 'rated', 'movie:1')])\n"
        "GraphIndex(kg)\n"
        "print(len(list(pathlib.Path(sys.argv[1]).glob('checker/tables-*'))))\n"
        "p = pathlib.Path(sys.argv[2]); p.write_text(p.read_text() + '\\n# edited\\n')\n"
        "print(_persist._code_digest())\n"
        "GraphIndex(kgx.KnowledgeGraph.from_triples([('user:2', 'rated', 'movie:2')]))\n"
        "print(len(list(pathlib.Path(sys.argv[1]).glob('checker/tables-*'))))\n"
    )
    env = {"PYTHONPATH": str(copy), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "KGEXPLAIN_CACHE": str(tmp_path / "cache")}

    def run(src: str, *args: str) -> list[str]:
        return subprocess.run([sys.executable, "-c", src, *args], capture_output=True, text=True,
                              env=env, check=True, timeout=300, cwd=tmp_path).stdout.split()

    (before,) = run(code)
    parse.write_text(parse.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    (after,) = run(code)
    assert after != before and len(before) == 64
    assert run(edit_while_running, str(tmp_path / "cache"), str(parse)) == ["1", "None", "1"]


def test_checker_tables_follow_the_relations(monkeypatch, tmp_path, checker_code_as_on_disk):
    from kgexplain.consistency import _persist
    from kgexplain.consistency.index import GraphIndex

    monkeypatch.setenv("KGEXPLAIN_CACHE", str(tmp_path))
    monkeypatch.setattr(_persist, "MIN_ENTITIES", 1)
    ents = [kgx.Entity("user:1", kind="user"), kgx.Entity("movie:1", kind="item", label="Heat")]
    GraphIndex(kgx.KnowledgeGraph.from_triples([("user:1", "rated", "movie:1")], entities=ents))
    GraphIndex(kgx.KnowledgeGraph.from_triples([("user:1", "watched", "movie:1")], entities=ents))
    GraphIndex(kgx.KnowledgeGraph.from_triples([("user:1", "rated", "movie:1")], entities=ents))
    GraphIndex(kgx.KnowledgeGraph.from_triples(
        [("user:1", "rated", "movie:1")], entities=ents, relations=[kgx.Relation("rated", cues=("scored",))]))
    assert len(list((tmp_path / "checker").glob("tables-*.bin"))) == 3


def test_co_liked_edges_are_remembered_until_the_graph_changes():
    rows = [(f"user:{u}", "rated", f"movie:{m}", {"rating": 5.0}) for u in range(4) for m in range(3)]
    kg = kgx.KnowledgeGraph.from_triples(rows)
    rel, first = co_liked_edges(kg, min_support=3)
    first[0][3]["support"] = -1  # a caller's copy: the remembered edges are not touched
    first.clear()
    _, again = co_liked_edges(kg, min_support=3)
    assert len(again) == 3 and all(a["support"] == 4 for *_, a in again)
    kg.add_entity("user:9", kind="user")
    kg.add_triple("user:9", "rated", "movie:0", rating=5.0)
    kg.add_triple("user:9", "rated", "movie:1", rating=5.0)
    _, changed = co_liked_edges(kg, min_support=3)
    assert {(h, t): a["support"] for h, _, t, a in changed}[("movie:0", "movie:1")] == 5
    assert co_liked_edges(kg, min_support=5)[1] == [("movie:0", "co_liked", "movie:1", {"support": 5, "weight": 1.0})]


def test_add_co_liked_again_on_an_unchanged_graph_changes_nothing():
    rows = [(f"user:{u}", "rated", f"movie:{m}", {"rating": 4.0 + (u + m) % 2})
            for u in range(12) for m in range(6) if (u * m) % 5 != 1]
    kg = kgx.KnowledgeGraph.from_triples(rows)
    once = kgx.KnowledgeGraph.from_triples(rows)
    n = add_co_liked(kg, min_support=3)
    add_co_liked(once, min_support=3)
    version = kg.version
    assert add_co_liked(kg, min_support=3) == n > 0 and kg.version == version  # nothing to do
    assert list(kg.graph.edges(keys=True, data=True)) == list(once.graph.edges(keys=True, data=True))
    assert [list(kg.graph._pred[x]) for x in kg.graph] == [list(once.graph._pred[x]) for x in once.graph]
    rec = kgx.Recommender(co_liked=True, min_support=3, min_item_interactions=1).fit(kg)
    assert kg.version == version and rec.recommend("user:1", k=3) == \
        kgx.Recommender(co_liked=True, min_support=3, min_item_interactions=1).fit(once).recommend("user:1", k=3)
    # other arguments, or a changed graph: computed and replaced again
    assert add_co_liked(kg, min_support=13) == 0 and kg.version > version  # 12 users
    assert not any(r == "co_liked" for _, _, r in kg.graph.edges(keys=True))
    add_co_liked(kg, min_support=3)
    kg.add_triple("user:0", "rated", "movie:1", rating=1.0)
    version = kg.version
    add_co_liked(kg, min_support=3)
    assert kg.version > version


def _raw_ratings_walking_the_edges(kg, cg, edges, weights=True):
    """How the recommender read ratings before the compiled arrays held them."""
    wanted = np.zeros(cg.num_edges, dtype=bool)
    wanted[edges] = True
    raw = np.full(cg.num_edges, np.nan)
    for e, (_, _, data) in enumerate(kg.graph.edges(data=True)):
        if wanted[e] and data:
            value = data.get("rating")
            if value is None and weights:
                value = data.get("weight")
            if value is not None:
                raw[e] = float(value)
    return raw[edges]


def test_ratings_from_the_compiled_arrays_are_the_edge_attributes(example_kg):
    from kgexplain.recommend.interactions import _raw_ratings

    rng = np.random.default_rng(5)
    rows = []
    for n in range(300):
        attrs = {}
        if rng.random() < 0.5:
            attrs["rating"] = [1, 2.5, np.float32(3.5), 5][n % 4]
        if rng.random() < 0.4:
            attrs["weight"] = float(rng.random()) + 0.01
        if rng.random() < 0.3:
            attrs["timestamp"] = int(rng.integers(0, 10**9))
        rows.append((f"user:{n % 17}", ["rated", "liked"][n % 2], f"movie:{n % 23}", attrs))
        rows.append((f"movie:{n % 23}", "has_genre", f"genre:{n % 5}", {"weight": 0.5} if n % 3 else {}))
    small = kgx.KnowledgeGraph.from_triples(rows)
    for kg in (small, example_kg):
        cg = kg.compile()
        for edges in (np.arange(cg.num_edges), np.flatnonzero(rng.random(cg.num_edges) < 0.3)):
            for weights in (True, False):
                want = _raw_ratings_walking_the_edges(kg, cg, edges, weights)
                got = _raw_ratings(kg, cg, edges, weights)
                assert got.dtype == want.dtype and np.array_equal(got, want, equal_nan=True)
