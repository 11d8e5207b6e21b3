"""Collaborative evidence without exposing anyone: the aggregated ``co_liked`` item relation.

"People who loved *Heat* also loved *Ronin*" is a reason a reader trusts, and it needs no user on
the path. :func:`add_co_liked` derives it from the interactions: an edge ``(a, co_liked, b)``
between two items exists only when at least ``min_support`` distinct users loved both. "Loved"
is what the sentence says and what the checker means by it: a rating of at least ``min_rating``
(4.0 by default), never a rating that is merely above the user's own mean. The edge is stored once per
unordered pair (head = the smaller id), carries ``support`` (that count) and ``weight`` (the
cosine ``support / sqrt(fans(a) * fans(b))``, the path strength of the hop), and nothing else:
never a user id, never a rating, never an edge to a user. Because at least ``min_support``
people stand behind every edge (10 by default), no edge reveals what one person did. To keep the
graph sparse, each item keeps at most ``max_neighbors`` partners (its strongest by cosine; an
edge survives when either end keeps it).

The relation reads the same both ways (it is symmetric)::

    co_liked   phrase = inverse_phrase = "is loved by many fans of"
    "Ronin is loved by many fans of Heat"  /  "Heat is loved by many fans of Ronin"

>>> import kgexplain as kgx
>>> rows = [(f"user:{u}", "rated", f"movie:{m}", {"rating": 5.0}) for u in range(3) for m in (1, 2)]
>>> kg = kgx.KnowledgeGraph.from_triples(rows)
>>> add_co_liked(kg, min_support=3)
1
>>> kg.edge_attrs("movie:1", "co_liked", "movie:2")
{'support': 3, 'weight': 1.0}
"""

from __future__ import annotations

import logging
import weakref
from typing import Any

import numpy as np

from kgexplain.errors import ConfigError
from kgexplain.graph import KnowledgeGraph
from kgexplain.records import Relation
from kgexplain.recommend.interactions import interactions_from_graph

logger = logging.getLogger(__name__)

__all__ = ["CO_LIKED", "co_liked_relation", "add_co_liked", "co_liked_edges", "apply_co_liked",
           "remove_co_liked"]

CO_LIKED = "co_liked"
"""The name of the derived relation."""

PHRASE = "is loved by many fans of"


def co_liked_relation(item_types: tuple[str, ...] = ()) -> Relation:
    """The ``co_liked`` :class:`Relation` (symmetric phrase, explainable, not sensitive)."""
    return Relation(
        CO_LIKED, phrase=PHRASE, inverse_phrase=PHRASE, domain=tuple(item_types),
        range=tuple(item_types), explainable=True, sensitive=False,
    )


def remove_co_liked(kg: KnowledgeGraph) -> int:
    """Remove every ``co_liked`` edge from ``kg``; returns how many were removed."""
    old = [(h, t, r) for h, t, r in kg.graph.edges(keys=True) if r == CO_LIKED]
    if old:
        kg.graph.remove_edges_from(old)
        if CO_LIKED in kg.relations:
            kg.add_relation(kg.relation(CO_LIKED))  # bump the version: caches see the change
    return len(old)


def add_co_liked(
    kg: KnowledgeGraph,
    min_support: int = 10,
    max_neighbors: int = 20,
    threshold: float = 0.7,
    user_relative: bool = True,
    min_rating: float | None = 4.0,
) -> int:
    """Add (or replace) the ``co_liked`` relation of ``kg``; returns the number of edges.

    Args:
        kg: the graph; it is changed in place (existing ``co_liked`` edges are replaced).
        min_support: least number of distinct users who loved both items (k-anonymity bound).
        max_neighbors: most partners kept per item (strongest cosine first).
        min_rating: what counts as "loved": a rating of at least this (default 4.0, the
            checker's "you loved"; the sentence "is loved by many fans of" says exactly that);
            an interaction without a rating is not loved.
        threshold, user_relative: with ``min_rating=None`` only, the recommender's looser
            notion of a positive interaction (see
            :func:`~kgexplain.recommend.interactions.interactions_from_graph`).

    Raises:
        ConfigError: ``min_support`` below 2 (a single user's taste would be exposed) or a
            non-positive ``max_neighbors``.
        NoInteractionsError: the graph has no user-item interactions.

    Called again with the same arguments on a graph that has not changed since (its
    :attr:`~kgexplain.graph.KnowledgeGraph.version` is the one this call left), it changes
    nothing: the edges it would put back are the ones there (they derive from user-item edges
    only). So ``kgexplain demo`` can add them first and fit while other work reads the graph.
    """
    args = (min_support, max_neighbors, threshold, user_relative, min_rating)
    done = _ADDED.get(kg)
    if done is not None and done[0] == (kg.version, args):
        return done[1]
    relation, rows = co_liked_edges(kg, min_support, max_neighbors, threshold, user_relative,
                                    min_rating)
    n = apply_co_liked(kg, relation, rows)
    _ADDED[kg] = ((kg.version, args), n)
    return n


def co_liked_edges(
    kg: KnowledgeGraph,
    min_support: int = 10,
    max_neighbors: int = 20,
    threshold: float = 0.7,
    user_relative: bool = True,
    min_rating: float | None = 4.0,
) -> tuple[Relation, list[tuple[str, str, str, dict[str, Any]]]]:
    """The ``co_liked`` relation and edges :func:`add_co_liked` would add, without adding them
    (``kg`` is not changed): ``(relation, [(head, "co_liked", tail, {"support", "weight"})])``.
    Arguments and errors as in :func:`add_co_liked`. The last result per graph is remembered
    until the graph changes (``kgexplain demo`` keeps the edges it then fits with)."""
    for name, value, least in (("min_support", min_support, 2), ("max_neighbors", max_neighbors, 1)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < least:
            raise ConfigError(f"{name} must be an int >= {least}, got {value!r}")
    args = (kg.version, min_support, max_neighbors, threshold, user_relative, min_rating)
    last = _LAST.get(kg)
    if last is None or last[0] != args:
        last = (args, *_compute_edges(kg, min_support, max_neighbors, threshold, user_relative,
                                      min_rating))
        _LAST[kg] = last
    return last[1], [(h, r, t, dict(attrs)) for h, r, t, attrs in last[2]]


_LAST: "weakref.WeakKeyDictionary[KnowledgeGraph, tuple[Any, ...]]" = weakref.WeakKeyDictionary()
_ADDED: "weakref.WeakKeyDictionary[KnowledgeGraph, tuple[Any, int]]" = weakref.WeakKeyDictionary()
"""Per graph: the version :func:`add_co_liked` left it at, with its arguments, and the edge count."""


def _compute_edges(
    kg: KnowledgeGraph, min_support: int, max_neighbors: int, threshold: float,
    user_relative: bool, min_rating: float | None,
) -> tuple[Relation, list[tuple[str, str, str, dict[str, Any]]]]:
    x = interactions_from_graph(kg, threshold=threshold, user_relative=user_relative,
                                min_rating=min_rating)
    P = x.positive.astype(np.float32).tocsc()
    fans = np.asarray(P.sum(axis=0)).ravel()
    # only items with enough fans can reach the support bound
    cand = np.flatnonzero(fans >= min_support)
    C = (P[:, cand].T @ P[:, cand]).tocoo()
    keep = (C.row < C.col) & (C.data >= min_support)
    a, b, s = cand[C.row[keep]], cand[C.col[keep]], C.data[keep].astype(np.int64)
    cos = s / np.sqrt(fans[a] * fans[b])
    chosen = _top_per_item(a, b, cos, max_neighbors, len(x.items))
    item_types = tuple(dict.fromkeys(kg.entity(i).type for i in x.items))
    rows: list[tuple[str, str, str, dict[str, Any]]] = []
    for e in chosen:
        ia, ib = x.items[a[e]], x.items[b[e]]
        h, t = (ia, ib) if ia < ib else (ib, ia)
        rows.append((h, CO_LIKED, t, {"support": int(s[e]), "weight": round(float(min(cos[e], 1.0)), 4)}))
    logger.info("co_liked: %d item pairs (min_support=%d, max_neighbors=%d)", len(rows),
                min_support, max_neighbors)
    return co_liked_relation(item_types), rows


def apply_co_liked(kg: KnowledgeGraph, relation: Relation,
                   rows: list[tuple[str, str, str, dict[str, Any]]]) -> int:
    """Replace the ``co_liked`` edges of ``kg`` by ``rows`` (from :func:`co_liked_edges`, on this
    graph or one equal to it); returns the number of edges."""
    remove_co_liked(kg)
    kg.add_relation(relation)
    if rows:
        kg.add_triples(rows)
    return len(rows)


def _top_per_item(a: np.ndarray, b: np.ndarray, score: np.ndarray, k: int, n: int) -> np.ndarray:
    """Indices of the pairs that are among the ``k`` best of ``a`` or of ``b``."""
    ends = np.concatenate([a, b])
    pair = np.concatenate([np.arange(a.size), np.arange(a.size)])
    order = np.lexsort((-np.concatenate([score, score]), ends))
    ends, pair = ends[order], pair[order]
    start = np.searchsorted(ends, ends, side="left")
    rank = np.arange(ends.size) - start
    return np.unique(pair[rank < k])
