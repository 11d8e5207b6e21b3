"""What sharing an attribute tells a reader, learned from the loved interactions.

:func:`interaction_lifts` computes, once per fit of a :class:`~kgexplain.paths.PathScorer`, the
lift of every attribute node (how much sharing it raises the chance that a user who loved one of
its items loves another, over the base rate) and the relevance of every relation (its co-loves
over what the items' popularity alone predicts). The formulas are documented on
:class:`~kgexplain.paths.PathScorer`.
"""

from __future__ import annotations

import numpy as np

from kgexplain.graph import KIND_CODES, CompiledGraph
from kgexplain.paths._csr import usable_relations

__all__ = ["interaction_lifts"]

_USER = KIND_CODES["user"]
_ITEM = KIND_CODES["item"]
_ATTR = KIND_CODES["attribute"]


def interaction_lifts(cg: CompiledGraph, loved_strength: float,
                       prior: float) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """(per attribute node: lift over the base rate of co-loving two items that share it,
    divided by the largest relation lift, NaN for other nodes; per relation: co-loves over
    what popularity alone predicts, divided by the largest, NaN for relations without
    item-attribute links; per relation: the plain lift). See :class:`PathScorer`."""
    import scipy.sparse as sp

    n = cg.num_nodes
    kind = cg.kind
    h, t, w, rel = cg.edge_head, cg.edge_tail, cg.edge_weight, cg.edge_rel
    loved = (kind[h] == _USER) & (kind[t] == _ITEM) & (w >= loved_strength - 1e-9)
    if not loved.any():
        return None
    L = sp.csr_matrix((np.ones(int(loved.sum())), (h[loved], t[loved])), shape=(n, n))
    L.data[:] = 1.0
    per_user = np.asarray(L.sum(axis=1)).ravel()
    lovers = np.asarray(L.sum(axis=0)).ravel()
    n_items = int((kind == _ITEM).sum())
    denom = float((per_user * max(n_items - 1, 1)).sum())
    base = float((per_user * (per_user - 1)).sum()) / denom if denom else 0.0
    if base <= 0:
        return None
    usable = usable_relations(cg)
    ia = usable[rel] & (kind[h] == _ITEM) & (kind[t] == _ATTR)
    ai = usable[rel] & (kind[h] == _ATTR) & (kind[t] == _ITEM)
    items = np.concatenate([h[ia], t[ai]])
    attrs = np.concatenate([t[ia], h[ai]])
    rels = np.concatenate([rel[ia], rel[ai]])
    n_rel = len(cg.relations)
    if items.size == 0:
        return None

    # popularity alone: a user who loved n_u items co-loves i and j about
    # n_u (n_u - 1) (lovers_i / S) (lovers_j / S) times
    pop_k = float((per_user * (per_user - 1)).sum()) / max(float(lovers.sum()), 1.0) ** 2

    def co_and_pairs(sel: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        A = sp.csr_matrix((np.ones(int(sel.sum())), (items[sel], attrs[sel])), shape=(n, n))
        A.data[:] = 1.0  # a duplicate link counts once
        M = (L @ A).tocsr()
        co = np.asarray(M.multiply(M).sum(axis=0)).ravel() - np.asarray(M.sum(axis=0)).ravel()
        deg = np.asarray(A.sum(axis=0)).ravel()
        s1 = A.T @ lovers
        pairs = s1 * np.maximum(deg - 1, 0)
        expected = pop_k * (s1 ** 2 - A.T @ (lovers ** 2))
        return co, pairs, expected

    rel_lift = np.full(n_rel, np.nan)
    rel_relevance = np.full(n_rel, np.nan)
    rel_deg = np.zeros((n_rel, n))
    for r in np.unique(rels).tolist():
        sel = rels == r
        co, pairs, expected = co_and_pairs(sel)
        if pairs.sum() > 0:
            rel_lift[r] = co.sum() / pairs.sum() / base
            rel_deg[r] = np.bincount(attrs[sel], minlength=n)
            if expected.sum() > 0:
                rel_relevance[r] = co.sum() / expected.sum()
    co, pairs, _ = co_and_pairs(np.ones(items.size, dtype=bool))
    known = ~np.isnan(rel_lift)
    if not known.any():
        return None
    weights = rel_deg[known]
    total = weights.sum(axis=0)
    prior_lift = np.divide(rel_lift[known] @ weights, total, out=np.ones(n), where=total > 0)
    node_lift = (co + prior * base * prior_lift) / (pairs + prior) / base
    is_attr = np.zeros(n, dtype=bool)
    is_attr[attrs] = True
    node_lift[~is_attr] = np.nan
    cap = float(np.nanmax(rel_lift))
    if not np.isnan(rel_relevance).all() and float(np.nanmax(rel_relevance)) > 0:
        rel_relevance = rel_relevance / float(np.nanmax(rel_relevance))
    return node_lift / max(cap, 1e-9), rel_relevance, rel_lift

