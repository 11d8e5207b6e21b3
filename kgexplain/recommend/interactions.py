"""User-item interactions read from a knowledge graph, with ratings normalized per relation.

An *interaction* is any stored edge between a user and an item, in either direction and of any
relation (``rated``, ``listened``, ``purchased``...). Several relations may use several rating
scales (0.5-5 stars, 1-10, a ``weight`` in (0, 1]), so each interaction gets a **strength** in
``[0, 1]``:

* an edge with a ``rating`` attribute (else a ``weight``) is min-max normalized over all
  interactions *of the same relation*: ``(r - min_rel) / (max_rel - min_rel)`` (``1`` when every
  rating of the relation is equal);
* an edge with neither (implicit feedback: a click, a play, a purchase) has strength ``1``.

An interaction is **positive** ("the user loved it") when its strength reaches the user's
threshold on that relation: ``min(threshold, the user's mean strength on that relation)`` when
``user_relative`` (the default), else ``threshold``. With the default ``threshold=0.7`` a 0.5-5
star scale needs 4 stars, a 1-5 scale 4, a 1-10 scale 8; a harsh rater whose mean is lower still
has positives (the ratings at or above their own mean). When one user-item pair has several
interaction edges, the strongest counts.

>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples([
...     ("user:1", "rated", "movie:1", {"rating": 5.0}), ("user:1", "rated", "movie:2", {"rating": 1.0}),
...     ("user:2", "rated", "movie:2", {"rating": 3.0})])
>>> x = interactions_from_graph(kg)
>>> x.positive.toarray().tolist()
[[1.0, 0.0], [0.0, 1.0]]
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Mapping

import numpy as np

from kgexplain.errors import ConfigError, NoInteractionsError
from kgexplain.graph import KIND_CODES, KnowledgeGraph

if TYPE_CHECKING:  # pragma: no cover
    import scipy.sparse

logger = logging.getLogger(__name__)

__all__ = ["Interactions", "interactions_from_graph"]

_USER = KIND_CODES["user"]
_ITEM = KIND_CODES["item"]


@dataclass(frozen=True, eq=False)
class Interactions:
    """The interaction matrices of a graph: rows are users, columns are the graph's items.

    Attributes:
        users: user ids (row order); every user entity of the graph, with or without edges.
        items: item ids (column order); every item entity (the catalogue), interacted or not.
        strength: ``users x items`` CSR of normalized strengths in ``[0, 1]`` (strongest edge
            per pair); an interaction of strength 0 is stored as a tiny positive number so the
            pattern still says "interacted".
        positive: ``users x items`` CSR with ``1.0`` where the interaction is positive.
        seen: ``users x items`` CSR with ``1.0`` for every interaction.
        time: ``users x items`` CSR of the latest interaction timestamp (``0`` when unknown).
    """

    users: tuple[str, ...]
    items: tuple[str, ...]
    user_index: Mapping[str, int]
    item_index: Mapping[str, int]
    strength: "scipy.sparse.csr_matrix"
    positive: "scipy.sparse.csr_matrix"
    seen: "scipy.sparse.csr_matrix"
    time: "scipy.sparse.csr_matrix"

    @property
    def num_interactions(self) -> int:
        return int(self.seen.nnz)

    def item_counts(self) -> np.ndarray:
        """Interactions per item (the popularity used for fallbacks and popularity ranks)."""
        return np.asarray(self.seen.sum(axis=0)).ravel()


def interactions_from_graph(
    kg: KnowledgeGraph, threshold: float = 0.7, user_relative: bool = True,
    min_rating: float | None = None,
) -> Interactions:
    """Read the interactions of ``kg`` (see the module docstring for the normalization).

    ``min_rating``: when given, an interaction is positive when its raw rating is at least this
    (``threshold`` and ``user_relative`` are then not used; an edge without a rating is not
    positive), which is how the checker reads "you loved X".

    Raises:
        NoInteractionsError: the graph has no user or no item, or no edge links a user to an item.
        ConfigError: ``threshold`` is not a number in ``[0, 1]``.
    """
    import scipy.sparse as sp

    if min_rating is not None and (isinstance(min_rating, bool) or not isinstance(min_rating, (int, float))):
        raise ConfigError(f"min_rating must be a number or None, got {min_rating!r}")
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise ConfigError(f"threshold must be a number in [0, 1] (normalized rating), got {threshold!r}")
    cg = kg.compile()
    is_user = cg.kind == _USER
    is_item = cg.kind == _ITEM
    user_nodes = np.flatnonzero(is_user)
    item_nodes = np.flatnonzero(is_item)
    if user_nodes.size == 0 or item_nodes.size == 0:
        raise NoInteractionsError(
            f"the graph has {user_nodes.size} users and {item_nodes.size} items; a recommender needs "
            "users linked to items (declare entities with kind='user' and kind='item', or use ids "
            "such as 'user:1' with edges to the items they rated)"
        )
    head, tail = cg.edge_head, cg.edge_tail
    fwd = is_user[head] & is_item[tail]
    bwd = is_item[head] & is_user[tail]
    edges = np.flatnonzero(fwd | bwd)
    if edges.size == 0:
        raise NoInteractionsError(
            "no edge links a user to an item, so there is nothing to recommend from; add "
            "interaction edges such as ('user:1', 'rated', 'movie:1', {'rating': 4.0})"
        )
    users = np.where(fwd[edges], head[edges], tail[edges])
    items = np.where(fwd[edges], tail[edges], head[edges])
    raw = _raw_ratings(kg, cg, edges)
    rel = cg.edge_rel[edges].astype(np.int64)
    strength = _normalize_per_relation(raw, rel, len(cg.relations))
    if min_rating is None:
        positive = _positive(strength, users, rel, len(cg.relations), threshold, user_relative)
    else:  # an absolute rating, as "you loved X" is read: an edge without a rating is not loved
        rating = _raw_ratings(kg, cg, edges, weights=False)
        positive = np.isfinite(rating) & (rating >= float(min_rating))
    time = np.nan_to_num(cg.edge_time[edges], nan=0.0)

    u_pos = np.full(cg.num_nodes, -1, dtype=np.int64)
    u_pos[user_nodes] = np.arange(user_nodes.size)
    i_pos = np.full(cg.num_nodes, -1, dtype=np.int64)
    i_pos[item_nodes] = np.arange(item_nodes.size)
    rows, cols = u_pos[users], i_pos[items]
    shape = (user_nodes.size, item_nodes.size)

    def pairwise_max(values: np.ndarray) -> "sp.csr_matrix":
        # duplicates (several edges for one pair) keep their maximum
        order = np.lexsort((-values, cols, rows))
        r, c, v = rows[order], cols[order], values[order]
        first = np.ones(r.size, dtype=bool)
        first[1:] = (r[1:] != r[:-1]) | (c[1:] != c[:-1])
        m = sp.csr_matrix((v[first].astype(np.float64), (r[first], c[first])), shape=shape)
        m.sort_indices()
        return m

    strength_m = pairwise_max(np.maximum(strength, 1e-6))
    positive_m = pairwise_max(positive.astype(np.float64))
    positive_m.eliminate_zeros()
    seen_m = strength_m.copy()
    seen_m.data[:] = 1.0
    time_m = pairwise_max(time)
    ids = cg.ids
    return Interactions(
        users=tuple(ids[i] for i in user_nodes),
        items=tuple(ids[i] for i in item_nodes),
        user_index={ids[n]: k for k, n in enumerate(user_nodes)},
        item_index={ids[n]: k for k, n in enumerate(item_nodes)},
        strength=strength_m,
        positive=positive_m,
        seen=seen_m,
        time=time_m,
    )


def _raw_ratings(kg: KnowledgeGraph, cg, edges: np.ndarray, weights: bool = True) -> np.ndarray:
    """The ``rating`` (else, with ``weights``, ``weight``) attribute of each of ``edges``
    (compiled edge indices), NaN when absent.

    Read from the compiled arrays (:attr:`~kgexplain.graph.CompiledGraph.edge_rating`,
    ``edge_weight_attr``): a stored rating or weight is always a finite number (every edge is
    checked when added), so NaN there means absent.
    """
    rating = cg.edge_rating[edges]
    if not weights:
        return rating.copy()
    return np.where(np.isnan(rating), cg.edge_weight_attr[edges], rating)


def _normalize_per_relation(raw: np.ndarray, rel: np.ndarray, n_rel: int) -> np.ndarray:
    """Min-max normalize ratings within each relation; implicit edges (NaN) get 1."""
    has = np.isfinite(raw)
    out = np.ones(raw.shape[0])
    if has.any():
        lo = np.full(n_rel, np.inf)
        hi = np.full(n_rel, -np.inf)
        np.minimum.at(lo, rel[has], raw[has])
        np.maximum.at(hi, rel[has], raw[has])
        span = hi[rel[has]] - lo[rel[has]]
        out[has] = np.where(span > 0, (raw[has] - lo[rel[has]]) / np.where(span > 0, span, 1.0), 1.0)
    return out


def _positive(
    strength: np.ndarray, users: np.ndarray, rel: np.ndarray, n_rel: int,
    threshold: float, user_relative: bool,
) -> np.ndarray:
    if not user_relative:
        return strength >= threshold
    key = users.astype(np.int64) * n_rel + rel
    uniq, inv = np.unique(key, return_inverse=True)
    mean = np.bincount(inv, weights=strength) / np.bincount(inv)
    # a small tolerance so a user who rates everything equally keeps every rating as positive
    return strength >= np.minimum(threshold, mean[inv]) - 1e-9
