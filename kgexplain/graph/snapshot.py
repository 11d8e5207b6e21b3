"""Snapshots of a built graph: everything a :class:`KnowledgeGraph` holds, as arrays and JSON.

Reading and checking a large graph file entry by entry takes seconds; rebuilding the same graph
from a snapshot of it takes a fraction of that, because nothing is parsed or checked again:
the entities and relations were checked when the snapshot was taken. :mod:`kgexplain.io` keeps
snapshots of large graph files in kgexplain's cache folder (:mod:`kgexplain.cache`).

A snapshot is a dict of numpy arrays (written with ``numpy.savez``, read back without pickle):

* ``meta``: UTF-8 JSON with the name, the relation registry, the entities in node order, each
  edge's attributes, the graph's version counter and fingerprint;
* ``edge_head``, ``edge_tail``, ``edge_rel``: the edges in the networkx iteration order;
* ``pred_node``, ``pred_nbr``, ``pred_pair``: the order of each node's predecessors, and which
  (head, tail) pair of the edge list (numbered in order of first appearance) each one is;
* ``c_*``: the arrays of the :class:`~kgexplain.graph.compiled.CompiledGraph`.

The rebuilt graph is the same object graph as the one snapshotted, down to the order of every
networkx dict (so iteration, compilation and every result built on them are identical).
Attribute values must survive JSON unchanged (strings, numbers, booleans, lists and mappings,
as every file format yields): :func:`graph_snapshot` raises :class:`SnapshotError` otherwise.

>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples([("user:1", "rated", "movie:1", {"rating": 5.0})])
>>> again = graph_from_snapshot(graph_snapshot(kg))
>>> list(again.edges()) == list(kg.edges()), again.fingerprint() == kg.fingerprint()
(True, True)
"""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any, Mapping

import numpy as np

from kgexplain.errors import KGExplainError
from kgexplain.graph.bulk import collector_paused
from kgexplain.graph.compiled import KIND_CODES, CompiledGraph
from kgexplain.graph.knowledge_graph import KnowledgeGraph
from kgexplain.records import Entity, Relation

__all__ = ["SNAPSHOT_FORMAT", "SnapshotError", "graph_snapshot", "graph_from_snapshot"]

SNAPSHOT_FORMAT = "kgexplain-graph-snapshot/3"

_DERIVED = ("ids", "index", "relations", "rel_index", "version")
"""CompiledGraph fields rebuilt from the graph itself; every other field is an array ``c_<name>``."""


class SnapshotError(KGExplainError, ValueError):
    """A graph that cannot be snapshotted exactly, or bytes that are not a valid snapshot."""


def graph_snapshot(kg: KnowledgeGraph, *, verify: bool = True) -> dict[str, np.ndarray]:
    """The arrays that :func:`graph_from_snapshot` rebuilds ``kg`` from (compiles ``kg``).

    Values JSON has no type for raise :class:`SnapshotError`; ``verify`` also reads the JSON back
    to catch those it would change silently (a tuple becomes a list, an int key a string). A
    caller whose attribute values come from JSON and plain numbers (the table loader) can skip it.
    """
    g = kg.graph
    cg = kg.compile()  # its edges are the networkx edges in order, relations in registry order
    ids = list(g._node)
    index = cg.index
    relations = list(kg.relations.values())
    n = len(ids)
    heads = cg.edge_head.astype(np.int64)
    tails = cg.edge_tail.astype(np.int64)
    edge_attrs = [attrs or None for nbrs in g._succ.values() for keyed in nbrs.values()
                  for attrs in keyed.values()]
    # each (head, tail) pair numbered in order of first appearance (its edges are consecutive)
    first = np.ones(heads.size, dtype=bool)
    first[1:] = (heads[1:] != heads[:-1]) | (tails[1:] != tails[:-1])
    pair_keys = heads[first] * n + tails[first]
    pred_node = np.repeat(np.fromiter((index[t] for t in g._pred), dtype=np.int64, count=n),
                          np.fromiter((len(nbrs) for nbrs in g._pred.values()), dtype=np.int64, count=n))
    pred_nbr = np.fromiter((index[h] for nbrs in g._pred.values() for h in nbrs), dtype=np.int64,
                           count=pred_node.size)
    order = np.argsort(pair_keys, kind="stable")
    pred_pair = order[np.searchsorted(pair_keys, pred_nbr * n + pred_node, sorter=order)]
    entities = []
    for eid in ids:
        e: Entity = g._node[eid]["entity"]
        entities.append([e.id, e.kind, e.type, e.label, list(e.aliases), dict(e.attrs) or None])
    meta = {
        "format": SNAPSHOT_FORMAT,
        "name": kg.name,
        "version": kg.version,
        "fingerprint": kg.fingerprint(),
        "relations": [r.to_dict() for r in relations],
        "entities": entities,
        "edge_attrs": edge_attrs,
    }
    try:
        text = json.dumps(meta, ensure_ascii=False, allow_nan=False)
        exact = not verify or json.loads(text) == meta  # a tuple read back as a list is not exact
    except (TypeError, ValueError) as exc:
        raise SnapshotError(f"the graph's attributes cannot be written as JSON: {exc}") from None
    if not exact:
        raise SnapshotError("an attribute value would not read back the same from JSON "
                            "(a tuple, a set or another non-JSON type)")
    out = {
        "meta": np.frombuffer(text.encode("utf-8"), dtype=np.uint8),
        "edge_head": heads,
        "edge_tail": tails,
        "edge_rel": cg.edge_rel.astype(np.int64),
        "pred_node": pred_node,
        "pred_nbr": pred_nbr,
        "pred_pair": pred_pair.astype(np.int64),
    }
    for f in fields(CompiledGraph):
        if f.name not in _DERIVED:
            out[f"c_{f.name}"] = getattr(cg, f.name)
    return out


def graph_from_snapshot(arrays: Mapping[str, np.ndarray]) -> KnowledgeGraph:
    """The graph :func:`graph_snapshot` took ``arrays`` from (raises :class:`SnapshotError`
    when they are not a complete, consistent snapshot)."""
    try:
        with collector_paused():  # half a million new containers, none of them garbage
            meta = json.loads(np.asarray(arrays["meta"], dtype=np.uint8).tobytes().decode("utf-8"))
            if not isinstance(meta, dict) or meta.get("format") != SNAPSHOT_FORMAT:
                raise SnapshotError(f"not a {SNAPSHOT_FORMAT} snapshot")
            return _rebuild(meta, arrays)
    except SnapshotError:
        raise
    except (KeyError, ValueError, TypeError, IndexError, AttributeError) as exc:
        raise SnapshotError(f"a damaged graph snapshot: {type(exc).__name__}: {exc}") from None


def _rebuild(meta: dict[str, Any], arrays: Mapping[str, np.ndarray]) -> KnowledgeGraph:
    relations = [Relation(**r) for r in meta["relations"]]
    kg = KnowledgeGraph(relations, name=meta["name"])
    g = kg.graph
    node, succ, pred = g._node, g._succ, g._pred
    ids: list[str] = []
    for eid, kind, type_, label, aliases, attrs in meta["entities"]:
        node[eid] = {"entity": _checked_entity(eid, kind, type_, label, aliases, attrs)}
        succ[eid] = {}
        pred[eid] = {}
        ids.append(eid)
    names = [r.name for r in relations]
    heads = arrays["edge_head"].tolist()
    tails = arrays["edge_tail"].tolist()
    rels = arrays["edge_rel"].tolist()
    edge_attrs = meta["edge_attrs"]
    if not (len(heads) == len(tails) == len(rels) == len(edge_attrs)):
        raise SnapshotError("a damaged graph snapshot: edge arrays of different lengths")
    # the edges come in networkx order: each head's edges together, each (head, tail) pair's too
    pairs: list[dict[str, Any]] = []
    prev_h = prev_t = -1
    nbrs: dict[str, Any] = {}
    keyed: dict[str, Any] = {}
    for h, t, r, attrs in zip(heads, tails, rels, edge_attrs):
        if h != prev_h:
            nbrs = succ[ids[h]]
            prev_h, prev_t = h, -1
        if t != prev_t:
            keyed = nbrs[ids[t]] = {}
            pairs.append(keyed)
            prev_t = t
        keyed[names[r]] = attrs if attrs is not None else {}
    if sum(len(k) for k in pairs) != len(heads) or sum(len(n) for n in succ.values()) != len(pairs):
        raise SnapshotError("a damaged graph snapshot: the edges are not in networkx order")
    p_node = arrays["pred_node"].tolist()
    p_nbr = arrays["pred_nbr"].tolist()
    p_pair = arrays["pred_pair"].tolist()
    if not (len(p_node) == len(p_nbr) == len(p_pair) == len(pairs)):
        raise SnapshotError("a damaged graph snapshot: predecessors do not match the edges")
    prev_t = -1
    into: dict[str, Any] = {}
    for t, h, k in zip(p_node, p_nbr, p_pair):
        if t != prev_t:
            into = pred[ids[t]]
            prev_t = t
        into[ids[h]] = pairs[k]  # one key dict per (head, tail), as networkx shares it
    version = int(meta["version"])
    kg._version = version
    kg._fingerprint = (version, str(meta["fingerprint"]))
    kg._compiled = _compiled(arrays, tuple(ids), tuple(names), version, len(heads))
    return kg


def _checked_entity(eid: Any, kind: Any, type_: Any, label: Any, aliases: Any, attrs: Any) -> Entity:
    """An :class:`Entity` from fields that were checked when the snapshot was taken: built
    without running the checks again (they are most of the cost of loading)."""
    if not (isinstance(eid, str) and kind in KIND_CODES and isinstance(type_, str)
            and isinstance(label, str) and isinstance(aliases, list)
            and (attrs is None or isinstance(attrs, dict))):
        raise SnapshotError(f"a damaged graph snapshot: entity {eid!r}")
    ent = object.__new__(Entity)
    ent.__dict__.update(id=eid, kind=kind, type=type_, label=label, aliases=tuple(aliases),
                        attrs=attrs if attrs is not None else {})
    return ent


def _compiled(arrays: Mapping[str, np.ndarray], ids: tuple[str, ...], relations: tuple[str, ...],
              version: int, num_edges: int) -> CompiledGraph:
    parts: dict[str, Any] = {f.name: np.asarray(arrays[f"c_{f.name}"])
                             for f in fields(CompiledGraph) if f.name not in _DERIVED}
    if parts["kind"].shape != (len(ids),) or parts["edge_head"].shape != (num_edges,) \
            or parts["adj_ptr"].shape != (len(ids) + 1,) or parts["rel_explainable"].shape != (len(relations),):
        raise SnapshotError("a damaged graph snapshot: compiled arrays do not fit the graph")
    return CompiledGraph(ids=ids, index={eid: i for i, eid in enumerate(ids)}, relations=relations,
                         rel_index={r: i for i, r in enumerate(relations)}, version=version, **parts)
