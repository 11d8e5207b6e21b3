"""Hold out each user's latest interactions, for validation and for tuning.

:func:`split_latest` returns a copy of the graph without the latest ``fraction`` of each user's
interaction edges (by ``timestamp``; ``round(fraction * n)`` of a user's ``n`` interacted items,
at least one when ``n >= 2``), plus the held-out items per user. Entities, relations and every
other edge are kept, so a model fitted on the copy never sees the held-out interactions. Applied
to the copy again, it carves a tuning split out of the training part.

>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples([("user:1", "rated", f"movie:{m}", {"timestamp": m})
...                                       for m in range(1, 11)])
>>> train, held = split_latest(kg, 0.2)
>>> sorted(held["user:1"]), train.num_triples
(['movie:10', 'movie:9'], 8)
"""

from __future__ import annotations

import logging

import numpy as np

from kgexplain.errors import ConfigError, NoInteractionsError
from kgexplain.graph import KIND_CODES, KnowledgeGraph

logger = logging.getLogger(__name__)

__all__ = ["split_latest"]

_USER = KIND_CODES["user"]
_ITEM = KIND_CODES["item"]


def split_latest(kg: KnowledgeGraph, fraction: float = 0.1) -> tuple[KnowledgeGraph, dict[str, set[str]]]:
    """``(training graph, {user: held-out items})`` (see the module docstring)."""
    if isinstance(fraction, bool) or not isinstance(fraction, (int, float)) or not 0 < fraction < 1:
        raise ConfigError(f"fraction must be a number in (0, 1), got {fraction!r}")
    cg = kg.compile()
    is_user, is_item = cg.kind == _USER, cg.kind == _ITEM
    h, t = cg.edge_head, cg.edge_tail
    fwd = is_user[h] & is_item[t]
    edges = np.flatnonzero(fwd | (is_item[h] & is_user[t]))
    if edges.size == 0:
        raise NoInteractionsError("the graph has no user-item interaction to hold out")
    user = np.where(fwd[edges], h[edges], t[edges]).astype(np.int64)
    item = np.where(fwd[edges], t[edges], h[edges]).astype(np.int64)
    when = np.nan_to_num(cg.edge_time[edges], nan=-np.inf)
    # one time per (user, item): its latest interaction
    pair = user * cg.num_nodes + item
    uniq, inv = np.unique(pair, return_inverse=True)
    latest = np.full(uniq.size, -np.inf)
    np.maximum.at(latest, inv, when)
    pu, pi = uniq // cg.num_nodes, uniq % cg.num_nodes
    order = np.lexsort((pi, -latest, pu))  # per user, newest first (ties: by item index)
    pu_s = pu[order]
    start = np.searchsorted(pu_s, pu_s, side="left")
    rank = np.arange(pu_s.size) - start
    n_user = np.bincount(pu_s, minlength=cg.num_nodes)[pu_s]
    n_hold = np.where(n_user >= 2, np.maximum(1, np.rint(fraction * n_user)), 0)
    hold_pairs = set(uniq[order[rank < n_hold]].tolist())
    held: dict[str, set[str]] = {}
    for p in hold_pairs:
        held.setdefault(cg.ids[p // cg.num_nodes], set()).add(cg.ids[p % cg.num_nodes])
    drop = np.isin(pair, np.fromiter(hold_pairs, dtype=np.int64, count=len(hold_pairs)))
    dropped = set(edges[drop].tolist())
    train = KnowledgeGraph(kg.relations.values(), name=kg.name)
    g = train.graph
    g.add_nodes_from(kg.graph.nodes(data=True))
    g.add_edges_from(
        (a, b, key, data)
        for e, (a, b, key, data) in enumerate(kg.graph.edges(keys=True, data=True))
        if e not in dropped
    )
    if kg.relations:  # add_edges_from bypasses the graph's caches: bump its version
        first = next(iter(kg.relations.values()))
        train.add_relation(first)
    logger.info("held out %d interactions of %d users", len(hold_pairs), len(held))
    return train, held
