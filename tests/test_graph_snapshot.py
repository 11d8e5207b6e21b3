"""Graph snapshots (kgexplain.graph.snapshot) and the loader's snapshot cache
(kgexplain.io._graph_cache): the rebuilt graph is the same graph, down to every dict order; a
changed input, a damaged file and processes racing each other are all handled."""

from __future__ import annotations

import gzip
import logging
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import kgexplain as kgx
from kgexplain.graph.snapshot import SnapshotError, graph_from_snapshot, graph_snapshot
from kgexplain.io import _graph_cache

ROOT = Path(__file__).resolve().parent.parent


def _same_graph(a: kgx.KnowledgeGraph, b: kgx.KnowledgeGraph) -> None:
    """Everything observable is equal, in the same order (nodes, successors, predecessors, edge
    keys and data, relations, version, fingerprint, compiled arrays)."""
    ga, gb = a.graph, b.graph
    assert list(ga._node) == list(gb._node)
    assert [e.to_dict() for e in a.entities()] == [e.to_dict() for e in b.entities()]
    assert list(ga.edges(keys=True, data=True)) == list(gb.edges(keys=True, data=True))
    assert [list(ga._pred[n]) for n in ga] == [list(gb._pred[n]) for n in gb]
    assert list(ga.in_edges(keys=True, data=True)) == list(gb.in_edges(keys=True, data=True))
    assert a.relations == b.relations and list(a.relations) == list(b.relations)
    assert a.version == b.version and a.fingerprint() == b.fingerprint() and a.name == b.name
    ca, cb = a.compile(), b.compile()
    for f in ca.__dataclass_fields__:
        x, y = getattr(ca, f), getattr(cb, f)
        if isinstance(x, np.ndarray):
            assert x.dtype == y.dtype and np.array_equal(x, y, equal_nan=True), f
        else:
            assert x == y, f
    # the shared key dicts of networkx: an edge added later shows from both sides
    h, t, r = next(iter(gb.edges(keys=True)))
    assert gb._pred[t][h] is gb._succ[h][t]


def test_snapshot_of_the_example_graph_is_the_same_graph(example_kg):
    again = graph_from_snapshot(graph_snapshot(example_kg))
    _same_graph(example_kg, again)
    assert again.entity("movie:1").attrs == example_kg.entity("movie:1").attrs
    # the rebuilt graph is a normal, mutable graph: a new edge invalidates its caches
    again.add_triple("user:1", "rated", "movie:1", rating=1.0)
    assert again.version == example_kg.version + 1 and again.compile().num_edges == example_kg.num_triples


def test_attributes_that_json_would_change_are_refused():
    kg = kgx.KnowledgeGraph.from_triples([("user:1", "rated", "movie:1", {"tags": ("a", "b")})])
    with pytest.raises(SnapshotError):
        graph_snapshot(kg)


def test_a_damaged_snapshot_raises_its_own_error(example_kg):
    arrays = dict(graph_snapshot(example_kg))
    with pytest.raises(SnapshotError):
        graph_from_snapshot({**arrays, "meta": arrays["meta"][:1000]})
    with pytest.raises(SnapshotError):
        graph_from_snapshot({k: v for k, v in arrays.items() if k != "pred_nbr"})
    with pytest.raises(SnapshotError):
        graph_from_snapshot({**arrays, "edge_tail": arrays["edge_tail"][:-5]})


def _write_graph(folder: Path, n_users: int = 30, n_movies: int = 40, rating: float = 4.0) -> Path:
    rows = ["head\trelation\ttail\trating"]
    for u in range(n_users):
        for m in range(n_movies):
            if (u + m) % 3:
                rows.append(f"user:{u}\trated\tmovie:{m}\t{rating + (u * m) % 2 / 2}")
    rows += [f"movie:{m}\thas_genre\tgenre:g{m % 5}\t" for m in range(n_movies)]
    path = folder / "g.tsv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def small_cache(monkeypatch, tmp_path):
    """An empty cache folder, with every graph kept however small."""
    monkeypatch.setenv("KGEXPLAIN_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(_graph_cache, "MIN_TRIPLES", 1)
    return tmp_path / "cache" / "graphs"


def test_a_loaded_table_is_kept_and_read_back_the_same(small_cache, tmp_path):
    path = _write_graph(tmp_path)
    fresh = kgx.KnowledgeGraph.load(path)
    kept = list(small_cache.glob("graph-*.npz"))
    assert len(kept) == 1 and not list(small_cache.glob(".*tmp"))
    again = kgx.KnowledgeGraph.load(path)
    assert again.graph is not fresh.graph
    _same_graph(fresh, again)
    assert list(small_cache.glob("graph-*.npz")) == kept


def test_a_changed_input_file_is_never_served_from_an_old_snapshot(small_cache, tmp_path):
    path = _write_graph(tmp_path)
    first = kgx.KnowledgeGraph.load(path)
    # the triples change
    _write_graph(tmp_path, rating=3.0)
    changed = kgx.KnowledgeGraph.load(path)
    assert changed.edge_attrs("user:0", "rated", "movie:1")["rating"] == 3.0
    assert changed.fingerprint() == first.fingerprint()  # same triples, other ratings
    assert len(list(small_cache.glob("graph-*.npz"))) == 2
    # another argument
    assert kgx.KnowledgeGraph.load(path, item_types=["genre"]).entity("genre:g1").kind == "item"
    assert kgx.KnowledgeGraph.load(path).entity("genre:g1").kind == "attribute"
    # a sidecar appears: an entity table with labels
    ents = tmp_path / "g.entities.tsv"
    ents.write_text("id\tkind\ttype\tlabel\nmovie:1\titem\tmovie\tHeat\n", encoding="utf-8")
    assert kgx.KnowledgeGraph.load(path).label("movie:1") == "Heat"
    ents.write_text("id\tkind\ttype\tlabel\nmovie:1\titem\tmovie\tRonin\n", encoding="utf-8")
    assert kgx.KnowledgeGraph.load(path).label("movie:1") == "Ronin"
    # a relation registry appears
    (tmp_path / "g.relations.yaml").write_text(
        "rated:\n  phrase: rated\nhas_genre:\n  phrase: is a film of the genre\n", encoding="utf-8")
    assert kgx.KnowledgeGraph.load(path).relation("has_genre").phrase == "is a film of the genre"


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty", "other_npz"])
def test_a_damaged_snapshot_file_is_rebuilt_not_fatal(small_cache, tmp_path, damage, caplog):
    path = _write_graph(tmp_path)
    fresh = kgx.KnowledgeGraph.load(path)
    (kept,) = small_cache.glob("graph-*.npz")
    data = kept.read_bytes()
    if damage == "truncate":
        kept.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        kept.write_bytes(b"\x00not a zip" * 100)
    elif damage == "empty":
        kept.write_bytes(b"")
    else:
        np.savez(kept, meta=np.frombuffer(b'{"format": "something else"}', dtype=np.uint8))
    with caplog.at_level(logging.WARNING, logger="kgexplain"):
        again = kgx.KnowledgeGraph.load(path)
    _same_graph(fresh, again)
    assert "cannot be read" in caplog.text
    _same_graph(fresh, kgx.KnowledgeGraph.load(path))  # the snapshot was written again
    assert kept.read_bytes() != b"" and "cannot be read" not in caplog.text.split("\n")[-1]


def test_a_graph_whose_loading_warned_is_not_kept(small_cache, tmp_path, caplog):
    path = _write_graph(tmp_path)
    (tmp_path / "g.relations.yaml").write_text("rated:\n  phrase: rated\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="kgexplain"):
        kgx.KnowledgeGraph.load(path)
        assert "not declared" in caplog.text
        caplog.clear()
        kgx.KnowledgeGraph.load(path)  # the warning is given again
        assert "not declared" in caplog.text
    assert not small_cache.exists() or not list(small_cache.glob("graph-*.npz"))


def test_small_graphs_are_not_kept(monkeypatch, tmp_path):
    monkeypatch.setenv("KGEXPLAIN_CACHE", str(tmp_path / "cache"))
    kgx.KnowledgeGraph.load(_write_graph(tmp_path))
    assert not (tmp_path / "cache" / "graphs").exists()


def test_processes_loading_at_once_all_get_the_graph(tmp_path):
    """Four processes start together on an empty cache folder with a graph large enough to be
    kept: each gets the same graph, and one complete snapshot is left (no temporary files)."""
    path = _write_graph(tmp_path, n_users=200, n_movies=160)  # 21,333 + 160 triples
    code = ("import sys, kgexplain as kgx; kg = kgx.KnowledgeGraph.load(sys.argv[1]); "
            "print(kg.fingerprint(), kg.num_triples, kg.compile().num_edges)")
    env = {"KGEXPLAIN_CACHE": str(tmp_path / "cache"), "PYTHONPATH": str(ROOT),
           "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    procs = [subprocess.Popen([sys.executable, "-c", code, str(path)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for _ in range(4)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert all(p.returncode == 0 for p in procs), [e for _, e in outs]
    assert len({o for o, _ in outs}) == 1
    fingerprint, n, compiled = outs[0][0].split()
    assert int(n) == int(compiled) > _graph_cache.MIN_TRIPLES
    folder = tmp_path / "cache" / "graphs"
    assert len(list(folder.glob("graph-*.npz"))) == 1 and not list(folder.glob(".*"))
    kept = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                          env=env, timeout=300)
    assert kept.stdout == outs[0][0]


def test_a_gzipped_table_is_keyed_by_its_bytes(small_cache, tmp_path):
    plain = _write_graph(tmp_path)
    gz = tmp_path / "h.tsv.gz"
    gz.write_bytes(gzip.compress(plain.read_bytes(), mtime=0))
    a = kgx.KnowledgeGraph.load(gz)
    b = kgx.KnowledgeGraph.load(gz)
    _same_graph(a, b)
    assert b.name == "h"


def test_bulk_edges_build_the_dicts_networkx_builds():
    """add_triples writes the adjacency dicts directly: the same dicts, orders and shared key
    dicts as networkx's add_edges_from, with repeated edges, self-loops and reversed pairs."""
    import networkx as nx

    rng = np.random.default_rng(0)
    ids = [f"n:{i}" for i in range(40)]
    rows = []
    for _ in range(600):
        h, t = rng.choice(ids, 2)
        r = str(rng.choice(["a", "b", "c"]))
        attrs = {"weight": float(rng.integers(1, 5))} if rng.random() < 0.5 else {}
        if rng.random() < 0.2:
            attrs["note"] = str(rng.integers(0, 3))
        rows.append((str(h), r, str(t) if rng.random() < 0.95 else str(h), attrs))
    kg = kgx.KnowledgeGraph()
    ref = nx.MultiDiGraph()
    for i in ids:
        kg.add_entity(i)
        ref.add_node(i, entity=kg.entity(i))
    kg.add_triples(rows[:300])
    kg.add_triples(rows[300:])
    ref.add_edges_from([(h, t, r, a) for h, r, t, a in rows[:300]])
    ref.add_edges_from([(h, t, r, a) for h, r, t, a in rows[300:]])
    g = kg.graph
    assert list(g.edges(keys=True, data=True)) == list(ref.edges(keys=True, data=True))
    assert list(g.in_edges(keys=True, data=True)) == list(ref.in_edges(keys=True, data=True))
    assert all(list(g._pred[n]) == list(ref._pred[n]) and list(g._succ[n]) == list(ref._succ[n]) for n in ids)
    assert all(g._pred[t][h] is g._succ[h][t] for h, t in g.edges())
    assert g.number_of_edges() == ref.number_of_edges() and g.has_edge(rows[0][0], rows[0][2], rows[0][1])


def _edge_arrays_walking_the_dicts(kg: kgx.KnowledgeGraph) -> dict[str, list[int]]:
    """The snapshot's edge and predecessor arrays as first written: one walk over the dicts."""
    g = kg.graph
    index = {n: i for i, n in enumerate(g._node)}
    rel_index = {r: i for i, r in enumerate(kg.relations)}
    out: dict[str, list[int]] = {k: [] for k in ("edge_head", "edge_tail", "edge_rel", "pred_node",
                                                 "pred_nbr", "pred_pair")}
    pair_of: dict[tuple[int, int], int] = {}
    for h, nbrs in g._succ.items():
        for t, keyed in nbrs.items():
            pair_of[(index[h], index[t])] = len(pair_of)
            for key in keyed:
                out["edge_head"].append(index[h])
                out["edge_tail"].append(index[t])
                out["edge_rel"].append(rel_index[key])
    for t, nbrs in g._pred.items():
        for h in nbrs:
            out["pred_node"].append(index[t])
            out["pred_nbr"].append(index[h])
            out["pred_pair"].append(pair_of[(index[h], index[t])])
    return out


def test_snapshot_edge_arrays_are_the_walk_over_the_dicts(example_kg):
    from kgexplain.recommend import add_co_liked

    kg = graph_from_snapshot(graph_snapshot(example_kg))
    add_co_liked(kg, min_support=10)  # new pairs at the end of some successor dicts
    # an edge removed and put back: its pair moves to the end of both dicts
    h, t, r = next(iter(kg.graph.edges(keys=True)))
    kg.graph.remove_edge(h, t, key=r)
    kg.add_triple(h, r, t)
    small = kgx.KnowledgeGraph.from_triples([("a:1", "r", "b:1"), ("b:1", "r", "a:1"), ("a:1", "s", "b:1"),
                                             ("c:1", "r", "a:1"), ("a:1", "r", "c:1")])
    for graph in (example_kg, kg, small):
        arrays = graph_snapshot(graph)
        for name, values in _edge_arrays_walking_the_dicts(graph).items():
            assert arrays[name].dtype == np.int64 and arrays[name].tolist() == values, name
        _same_graph(graph, graph_from_snapshot(arrays))
