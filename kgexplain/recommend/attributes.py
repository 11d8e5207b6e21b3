"""Item-attribute side information: which attributes describe each item, weighted by rarity.

The item features are the graph's explainable, non-sensitive edges between an item and an
attribute (genre, director, actor, tag...), in either direction. Each attribute is weighted by
its inverse document frequency ``log(N_items / df)`` (a director shared by three films says more
than a genre shared by four thousand), and each item's feature row is L2-normalized, so
``F @ F.T`` is the cosine similarity of two items' descriptions. A user's attribute score for an
item is its mean cosine similarity to the items the user loved, computed as
``F (F^T x_u) / |x_u|`` without ever forming the dense item-item matrix. Items with no
interactions at all ("cold" items) get a score this way too.

>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples([("user:1", "rated", "movie:1"),
...     ("movie:1", "directed_by", "person:Lee"), ("movie:2", "directed_by", "person:Lee"),
...     ("movie:3", "has_genre", "genre:Drama")], item_types=["movie"])
>>> F = item_features(kg, ("movie:1", "movie:2", "movie:3"))
>>> round(float((F @ F.T)[0, 1]), 3), float((F @ F.T)[0, 2])
(1.0, 0.0)
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Sequence

import numpy as np

from kgexplain.graph import KIND_CODES, KnowledgeGraph

if TYPE_CHECKING:  # pragma: no cover
    import scipy.sparse

logger = logging.getLogger(__name__)

__all__ = ["item_features"]

_ITEM = KIND_CODES["item"]
_ATTR = KIND_CODES["attribute"]


def item_features(kg: KnowledgeGraph, items: Sequence[str]) -> "scipy.sparse.csr_matrix":
    """``len(items) x attributes`` CSR of IDF-weighted, row-normalized item descriptions.

    Columns are the graph's attribute nodes that describe at least one of ``items``; an item
    without attributes has an all-zero row.
    """
    import scipy.sparse as sp

    cg = kg.compile()
    usable = (cg.rel_explainable & ~cg.rel_sensitive)[cg.edge_rel]
    head, tail = cg.edge_head[usable], cg.edge_tail[usable]
    ia = (cg.kind[head] == _ITEM) & (cg.kind[tail] == _ATTR)
    ai = (cg.kind[head] == _ATTR) & (cg.kind[tail] == _ITEM)
    item_node = np.concatenate([head[ia], tail[ai]])
    attr_node = np.concatenate([tail[ia], head[ai]])
    row_of = np.full(cg.num_nodes, -1, dtype=np.int64)
    row_of[np.array([cg.node(i) for i in items], dtype=np.int64)] = np.arange(len(items))
    keep = row_of[item_node] >= 0
    rows = row_of[item_node[keep]]
    attrs, cols = np.unique(attr_node[keep], return_inverse=True)
    m = sp.csr_matrix((np.ones(rows.size), (rows, cols)), shape=(len(items), attrs.size))
    m.data[:] = 1.0  # two relations to one attribute count once
    df = np.asarray((m > 0).sum(axis=0)).ravel()
    idf = np.log(max(len(items), 2) / np.maximum(df, 1))
    m = m @ sp.diags(idf)
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    m = sp.diags(np.where(norms > 0, 1.0 / np.where(norms > 0, norms, 1.0), 0.0)) @ m
    m = sp.csr_matrix(m, dtype=np.float32)
    m.eliminate_zeros()
    return m
