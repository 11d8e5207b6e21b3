"""Array helpers of the path search over the compiled graph (:class:`~kgexplain.graph.CompiledGraph`).

Which edges a path may walk (:func:`usable_relations`, :func:`usable_edge_mask`), a node's usable
degree, the undirected CSR adjacency restricted to a slot mask, and the two vectorized lookups the
search joins with (neighbour ranges of many nodes, matching keys to queries).
"""

from __future__ import annotations

import numpy as np

from kgexplain.graph import KIND_CODES, CompiledGraph

__all__ = ["usable_relations", "usable_edge_mask", "usable_degree", "filtered_csr", "ranges", "match"]

_USER = KIND_CODES["user"]


def usable_relations(cg: CompiledGraph) -> np.ndarray:
    """Per relation: whether a path may walk it (explainable and not sensitive)."""
    return cg.rel_explainable & ~cg.rel_sensitive


def usable_edge_mask(cg: CompiledGraph) -> np.ndarray:
    """Edges a path may walk: their relation is explainable and not sensitive."""
    return usable_relations(cg)[cg.edge_rel]


def usable_degree(cg: CompiledGraph, usable: np.ndarray) -> np.ndarray:
    """Per node: its usable edges that touch no user (a user: all its usable edges)."""
    is_user = cg.kind == _USER
    head, tail = cg.edge_head, cg.edge_tail
    interaction = is_user[head] | is_user[tail]
    n = cg.num_nodes
    kg_edges = usable & ~interaction
    deg = np.bincount(head[kg_edges], minlength=n) + np.bincount(tail[kg_edges], minlength=n)
    ue = usable & interaction
    deg_user = np.bincount(head[ue & is_user[head]], minlength=n) + np.bincount(
        tail[ue & is_user[tail]], minlength=n
    )
    return np.where(is_user, deg_user, deg).astype(np.int64)



def filtered_csr(cg: CompiledGraph, slot_mask: np.ndarray):
    """The undirected adjacency (``adj_*``) restricted to the slots in ``slot_mask``."""
    n = cg.num_nodes
    keys = np.repeat(np.arange(n, dtype=np.int64), np.diff(cg.adj_ptr))[slot_mask]
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(keys, minlength=n), out=ptr[1:])
    return ptr, cg.adj_nbr[slot_mask].astype(np.int64), cg.adj_edge[slot_mask].astype(np.int64)


def ranges(ptr: np.ndarray, nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For CSR ``ptr`` and an array of nodes: (index into ``nodes``, CSR slot) of every neighbour."""
    if len(nodes) == 1:
        lo, hi = int(ptr[nodes[0]]), int(ptr[nodes[0] + 1])
        return np.zeros(hi - lo, dtype=np.int64), np.arange(lo, hi, dtype=np.int64)
    lo = ptr[nodes]
    cnt = ptr[nodes + 1] - lo
    total = int(cnt.sum())
    if total == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    parent = np.repeat(np.arange(len(nodes), dtype=np.int64), cnt)
    starts = np.cumsum(cnt) - cnt
    slot = np.arange(total, dtype=np.int64) - np.repeat(starts - lo, cnt)
    return parent, slot


def match(keys: np.ndarray, queries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """All pairs (key index, query index) with ``keys[ki] == queries[qi]``."""
    order = np.argsort(keys, kind="stable")
    sk = keys[order]
    lo = np.searchsorted(sk, queries, side="left")
    hi = np.searchsorted(sk, queries, side="right")
    cnt = hi - lo
    total = int(cnt.sum())
    if total == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    q_idx = np.repeat(np.arange(len(queries), dtype=np.int64), cnt)
    starts = np.cumsum(cnt) - cnt
    pos = np.arange(total, dtype=np.int64) - np.repeat(starts - lo, cnt)
    return order[pos], q_idx

