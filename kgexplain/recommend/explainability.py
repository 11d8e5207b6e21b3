"""Which items a user can be given a reason for: path existence in at most three hops.

The path finder (:class:`kgexplain.paths.PathFinder`, ``allow_users=False``) walks explainable,
non-sensitive edges in either direction and never passes through another user. A simple path of
at most three hops from user ``u`` to an item ``j`` the user has not interacted with therefore
exists exactly when

* ``j`` is a neighbour of a node ``x`` that ``u`` links to (``u - x - j``), or
* a neighbour of ``j`` is such a node ``x`` or one of ``x``'s neighbours (``u - x - y - j``),

where every neighbourhood is taken in the graph without users and without self-loops. (The
one-hop case ``u - j`` is an interaction, and interacted items are never recommended.)
:class:`PathIndex` keeps that user-free adjacency as CSR arrays and answers the question for a
user's candidate items in microseconds, so the recommender can keep only items the path finder
will explain; the tests check it against the path finder itself.

>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples([("user:1", "rated", "movie:1"),
...     ("movie:1", "directed_by", "person:Lee"), ("movie:2", "directed_by", "person:Lee"),
...     ("user:2", "rated", "movie:3")])
>>> index = PathIndex.from_graph(kg)
>>> index.reachable("user:1", ["movie:2", "movie:3"]).tolist()
[True, False]
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Mapping, Sequence

import numpy as np

from kgexplain.graph import KIND_CODES, KnowledgeGraph
from kgexplain.recommend.interactions import _raw_ratings

logger = logging.getLogger(__name__)

__all__ = ["PathIndex"]

_USER = KIND_CODES["user"]


@dataclass(frozen=True, eq=False)
class PathIndex:
    """User-free adjacency (``ptr``/``nbr``) and each user's first hops (``user_ptr``/``user_nbr``).

    Node ``i`` is ``ids[i]``; user ``k`` is ``ids[users[k]]``. Build with :meth:`from_graph`.
    """

    ids: tuple[str, ...]
    index: Mapping[str, int]
    ptr: np.ndarray
    nbr: np.ndarray
    users: np.ndarray
    user_ptr: np.ndarray
    user_nbr: np.ndarray
    version: int

    @classmethod
    def from_graph(cls, kg: KnowledgeGraph, anchor_rating: float | None = None) -> "PathIndex":
        """The index of ``kg``; with ``anchor_rating``, a user's first hops keep only the
        interactions rated at or above it (or carrying no rating), as the explainer's reasons
        start only from an item the user loved."""
        cg = kg.compile()
        usable = (cg.rel_explainable & ~cg.rel_sensitive)[cg.edge_rel]
        is_user = cg.kind == _USER
        h, t = cg.edge_head[usable].astype(np.int64), cg.edge_tail[usable].astype(np.int64)
        inner = ~is_user[h] & ~is_user[t] & (h != t)
        ptr, nbr = _csr(np.concatenate([h[inner], t[inner]]), np.concatenate([t[inner], h[inner]]),
                        cg.num_nodes)
        # a user's first hops: usable edges to non-users, either direction
        uh = is_user[h] & ~is_user[t]
        ut = is_user[t] & ~is_user[h]
        if anchor_rating is not None:
            # a user's interactions rated below it (the raw rating, not the normalized weight)
            rating = _raw_ratings(kg, cg, np.flatnonzero(usable), weights=False)
            low = np.isfinite(rating) & (rating < float(anchor_rating))
            uh &= ~low
            ut &= ~low
        users = np.flatnonzero(is_user)
        pos = np.full(cg.num_nodes, -1, dtype=np.int64)
        pos[users] = np.arange(users.size)
        user_ptr, user_nbr = _csr(np.concatenate([pos[h[uh]], pos[t[ut]]]),
                                  np.concatenate([t[uh], h[ut]]), users.size)
        return cls(ids=cg.ids, index=cg.index, ptr=ptr, nbr=nbr, users=users,
                   user_ptr=user_ptr, user_nbr=user_nbr, version=kg.version)

    def _user_pos(self, user_id: str) -> int:
        node = self.index[user_id]
        k = int(np.searchsorted(self.users, node))
        return k if k < self.users.size and self.users[k] == node else -1

    def near(self, user_id: str) -> tuple[np.ndarray, np.ndarray]:
        """Boolean masks over nodes: ``(one_or_two, two)`` hops from the user (no user inside)."""
        n = len(self.ids)
        first = np.zeros(n, dtype=bool)
        second = np.zeros(n, dtype=bool)
        k = self._user_pos(user_id)
        if k >= 0:
            x = self.user_nbr[self.user_ptr[k]:self.user_ptr[k + 1]]
            first[x] = True
            second[_gather(self.ptr, self.nbr, x)] = True
        return first | second, second

    def reachable(self, user_id: str, item_ids: Sequence[str]) -> np.ndarray:
        """For each item, whether a simple path of at most 3 hops links it to the user."""
        near = self.near(user_id)
        return self.reachable_nodes(near, np.array([self.index[i] for i in item_ids], dtype=np.int64))

    def reachable_nodes(self, near: tuple[np.ndarray, np.ndarray], nodes: np.ndarray) -> np.ndarray:
        """:meth:`reachable` for node indices, given the user's :meth:`near` masks."""
        within, two = near
        out = two[nodes].copy()
        for pos in np.flatnonzero(~out):
            j = nodes[pos]
            out[pos] = bool(within[self.nbr[self.ptr[j]:self.ptr[j + 1]]].any())
        return out


def _csr(keys: np.ndarray, nbrs: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(keys, kind="stable")
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(keys, minlength=n), out=ptr[1:])
    return ptr, nbrs[order].astype(np.int32)


def _gather(ptr: np.ndarray, nbr: np.ndarray, nodes: np.ndarray) -> np.ndarray:
    """All neighbours of ``nodes`` (with repeats)."""
    if nodes.size == 0:
        return np.zeros(0, dtype=np.int64)
    lo, hi = ptr[nodes], ptr[nodes + 1]
    cnt = hi - lo
    total = int(cnt.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    starts = np.cumsum(cnt) - cnt
    slot = np.arange(total, dtype=np.int64) - np.repeat(starts - lo, cnt)
    return nbr[slot]
