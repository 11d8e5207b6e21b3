"""Path finder: the strongest reasoning paths from a user to an item.

A reasoning path is a simple walk ``user -> ... -> item`` of at most ``max_hops`` hops whose
edges may be walked in either direction (``user -[rated]-> movie -[starring]-> person
<-[starring]- item``). Relations marked ``explainable=False`` or ``sensitive=True`` are never
walked, and other users may not appear on a path unless ``allow_users=True``.

**The score** (:class:`PathScorer`, pluggable) of a path with hops ``e_1..e_L`` through the
intermediate nodes ``v_1..v_{L-1}`` is

.. code-block:: text

    score = prod_j strength(e_j) * prod_j specificity(v_j) * salience(v_j) * length_decay ** (L - 1)

where ``strength`` is the edge's ``weight`` (else ``rating`` divided by the largest rating of that
relation, else 1), optionally times a recency factor ``0.5 ** (age / recency_half_life)``, and
``specificity(v) = log(1 + N / deg(v)) / log(1 + N)`` is an IDF-like penalty on hubs (``N``
entities; ``deg`` counts the node's usable edges, not counting interactions unless the node is
itself a user), so a path through ``genre:Drama`` explains less than one through a director.
``salience(v)`` is learned from the interaction data at fit (see :class:`PathScorer`): how much
sharing ``v`` (a director, a star, a genre, a tag) raises the chance that a user who loved one
of its items loves another, over the base rate, so a hub genre or a noise tag weighs little;
an interaction below the "loved" strength is discounted, so paths start at items the user loved.
Every factor lies in ``(0, 1]`` and the score is their product.

**The search** is exact. Scores are sums of per-edge, per-node and per-length terms in log space,
so the finder runs a meet-in-the-middle search over the compiled CSR arrays
(:meth:`KnowledgeGraph.compile`): frontiers grow from the user and from the item (numpy,
vectorized over all partial paths), are joined on the middle edge by expanding whichever side is
cheaper, and every joined candidate is scored at once. Frontiers larger than ``max_frontier`` keep
only their best partial paths; the best score any dropped partial path could still reach is
bounded, and if that bound could beat the k-th path found, the search is rerun without the cap,
so the answer always equals exhaustive enumeration.

>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples([
...     ("user:1", "rated", "movie:1", {"rating": 5.0}),
...     ("movie:1", "starring", "person:Robin_Williams"),
...     ("movie:2", "starring", "person:Robin_Williams"),
...     ("movie:1", "has_genre", "genre:Comedy"),
...     ("movie:2", "has_genre", "genre:Comedy"),
...     ("movie:3", "has_genre", "genre:Comedy")])
>>> finder = kgx.PathFinder(kg)
>>> for path in finder.find("user:1", "movie:2", k=2):
...     print(path)
user:1 -[rated]-> movie:1 -[starring]-> person:Robin_Williams <-[starring]- movie:2  (score 0.325)
user:1 -[rated]-> movie:1 -[has_genre]-> genre:Comedy <-[has_genre]- movie:2  (score 0.257)
"""

from __future__ import annotations

import logging
import math
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Mapping, Sequence

import numpy as np

from kgexplain.errors import ConfigError, UnknownEntityError, UnknownRelationError
from kgexplain.graph import KIND_CODES, CompiledGraph, KnowledgeGraph
from kgexplain.records import Path, Triple

logger = logging.getLogger(__name__)

__all__ = ["PathScorer", "PathFinder", "usable_edge_mask", "CATEGORY_TYPES",
           "COLLABORATIVE_RELATIONS"]

#: Attribute types that are categories (a genre, a tag, a mood, a city...): shared by definition
#: with many items, so a reason through one says little about *this* item. :class:`PathScorer`
#: multiplies their salience by ``category_factor``. A person, company, label or band member is
#: not a category. (The same list as the reasons evaluation's ``HUB_TYPES``.)
CATEGORY_TYPES = frozenset({"genre", "tag", "style", "mood", "decade", "era", "year", "country",
                            "city", "language", "instrument", "keyword", "category"})

#: Relations derived from the interactions themselves (the recommender's aggregated
#: ``co_liked``: "Y is loved by many fans of X"). Their lift cannot be learned from the same
#: interactions (it would be circular), so :class:`PathScorer` weighs such a hop with the
#: documented ``collaborative_factor``.
COLLABORATIVE_RELATIONS = frozenset({"co_liked"})

_USER = KIND_CODES["user"]
_ITEM = KIND_CODES["item"]
_ATTR = KIND_CODES["attribute"]
_NEG_INF = -math.inf


def usable_edge_mask(cg: CompiledGraph) -> np.ndarray:
    """Edges a path may walk: their relation is explainable and not sensitive."""
    ok_rel = cg.rel_explainable & ~cg.rel_sensitive
    return ok_rel[cg.edge_rel]


def _filtered_csr(cg: CompiledGraph, slot_mask: np.ndarray):
    """The undirected adjacency (``adj_*``) restricted to the slots in ``slot_mask``."""
    n = cg.num_nodes
    keys = np.repeat(np.arange(n, dtype=np.int64), np.diff(cg.adj_ptr))[slot_mask]
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(keys, minlength=n), out=ptr[1:])
    return ptr, cg.adj_nbr[slot_mask].astype(np.int64), cg.adj_edge[slot_mask].astype(np.int64)


def _ranges(ptr: np.ndarray, nodes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
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


# --------------------------------------------------------------------------- scorer
class PathScorer:
    """The default, documented path score: strength x specificity x salience x length penalty.

    ``score = prod strength(e) * prod specificity(v) * salience(v) * length_decay ** (hops - 1)``
    over the path's edges ``e`` and intermediate nodes ``v`` (the user and the item are not
    penalized):

    * ``strength(e)``: the compiled edge strength (``weight``; else ``rating`` over the largest
      rating of that relation; else 1), times ``0.5 ** (age / recency_half_life)`` when
      ``recency_half_life`` (seconds) is set, ``age`` being how much older the edge is than the
      newest timestamped edge of the same head (for ``rated`` edges: the user's latest rating).
      An interaction (user–item edge) weaker than ``loved_strength`` is further multiplied by
      ``unloved_factor`` (part ``loved``), so a reason starts from an item the user loved.
    * ``specificity(v) = log(1 + N / deg(v)) / log(1 + N)`` with ``N`` the number of entities
      and ``deg(v)`` the number of usable (explainable, non-sensitive) edges of ``v`` that do not
      touch a user (a user's own degree counts all its usable edges). A node with one link scores
      1, a hub linked to everything about ``log 2 / log N``. ``specificity=False`` turns it off.
    * ``salience``: what sharing an attribute means to a reader, learned once at :meth:`fit`
      from the interactions (vectorized; ``salience=False`` turns it off). A user *loves* an
      item when the interaction's strength is at least ``loved_strength`` (rating 4 of 5).
      The base rate ``b`` is the chance that a user who loved item ``i`` loves another item
      ``j``; the lift of an attribute ``a`` is that chance for the pairs ``i, j`` sharing ``a``,
      over ``b``::

          lift(a) = (co(a) + m * b * lift(r_a)) / (pairs(a) + m) / b

      with ``co(a)`` the (user, i, j) triples where the user loved both, ``pairs(a)`` those where
      the user loved ``i`` (``j != i`` sharing ``a``), ``lift(r_a)`` the same ratio pooled over
      the attribute's relations (weighted by how many of its links each relation has), and
      ``m = salience_prior`` pseudo-pairs shrinking rare attributes toward their relation.
      The node factor (part ``salience``) is ``min(1, lift(a) / cap)``, ``cap`` the largest
      relation lift. A relation's *relevance* corrects for popularity: its co-loves over what
      the items' popularity alone predicts (a user who loved ``n_u`` items co-loves ``i`` and
      ``j`` about ``n_u (n_u - 1) p_i p_j`` times, ``p`` the share of all loves), divided by the
      largest; each item–attribute edge gets it (part ``relevance``; a 3-hop path crosses two). Both factors are at least ``min_salience``. On the example graph a shared
      director (lift 7.3) counts far more than a shared genre (1.3; "Drama" 1.2) or the noise
      tag "in netflix queue" (1.9), and tags, which mostly mark popular films, are the least
      relevant relation, so a shared director outweighs a tag or an editor of the same films.
      Nodes that are not attributes, and graphs without loved interactions, get 1.
      Lift alone can rank a category first (on the synthetic music graph listeners cluster by
      genre, so a shared genre "predicts" best), yet a category is shared with many items by
      definition and tells the reader little about *this* item. So salience combines the lift
      with specificity of kind: an attribute whose type is in ``category_types`` (default
      :data:`CATEGORY_TYPES`: genre, tag, mood...) has its salience multiplied by
      ``category_factor`` (0.02), so a shared person, company, label or band member is named
      before a genre, tag or home town whenever the graph offers one, and categories still rank
      among themselves by lift and degree. (Like the lift, this applies only where salience can be
      learned, i.e. the graph has loved interactions shared by users.)
    * ``collaborative``: a hop of a relation in ``collaborative_relations`` (default
      :data:`COLLABORATIVE_RELATIONS`, the recommender's ``co_liked``, whose strength is a
      co-love cosine of about 0.2-0.5) is multiplied by ``collaborative_factor`` (0.05, part
      ``relevance``). The value is documented, not learned (the edges exist *because* many
      users loved both items, so their lift would be circular); it puts "Y is loved by many fans
      of X" below a path through a shared person (on the example graph a director, star, writer,
      editor or composer: 3-hop factors of about 0.05-0.7 against 0.01-0.03 for the co_liked
      hop) and above one through a genre or tag (below 0.006 after ``category_factor``).
    * ``relation_factors`` (optional, none by default): a reader prior per relation, for a
      domain where the learned lift disagrees with what readers recognize. A link through a
      shared attribute of relation ``r`` (item -> attribute <- item) is multiplied by
      ``relation_factors[r]`` (the square root on each of its two edges, part ``relevance``);
      values above 1 are allowed and the search stays exact. On the example graph the lift
      ranks producers, writers and composers above stars (a shared star says less about
      co-loving: actors appear in everything); ``{"starring": 3, "directed_by": 1.5}`` names
      a shared director or star whenever there is one (measured in the reasons benchmark's
      report), but that is a film-specific choice, so it is not the scorer's default: a graph
      declares it in its relation registry (``salience:`` per relation, as the example graph
      does), and explicit ``relation_factors`` override the registry.
    * ``length_decay ** (hops - 1)`` prefers short paths.

    To plug in another score, subclass and override :meth:`edge_log_parts`,
    :meth:`node_log_specificity`, :meth:`node_log_salience` and/or :meth:`length_log_penalty`;
    any such score is a sum of per-edge, per-node and per-length terms in log space, which is
    what keeps :class:`PathFinder` exact.

    >>> import kgexplain as kgx
    >>> kg = kgx.KnowledgeGraph.from_triples([("user:1", "rated", "movie:1", {"rating": 4.0}),
    ...                                       ("movie:1", "has_genre", "genre:Drama"),
    ...                                       ("movie:2", "has_genre", "genre:Drama")])
    >>> p = kgx.PathFinder(kg).find("user:1", "movie:2")[0]
    >>> {k: round(v, 3) for k, v in p.parts.items()}
    {'strength': 1.0, 'loved': 1.0, 'relevance': 1.0, 'specificity': 0.683, 'salience': 1.0, 'length': 0.64}
    """

    def __init__(
        self,
        length_decay: float = 0.8,
        recency_half_life: float | None = None,
        specificity: bool = True,
        salience: bool = True,
        loved_strength: float = 0.8,
        unloved_factor: float = 0.25,
        salience_prior: float = 100.0,
        min_salience: float = 0.05,
        category_types: Iterable[str] | None = CATEGORY_TYPES,
        category_factor: float = 0.02,
        collaborative_relations: Iterable[str] | None = COLLABORATIVE_RELATIONS,
        collaborative_factor: float = 0.05,
        relation_factors: Mapping[str, float] | None = None,
    ) -> None:
        if not (0 < length_decay <= 1):
            raise ConfigError(f"length_decay must be in (0, 1], got {length_decay!r}")
        if recency_half_life is not None and not recency_half_life > 0:
            raise ConfigError(
                f"recency_half_life must be a positive number of seconds or None, "
                f"got {recency_half_life!r}"
            )
        if not (0 < loved_strength <= 1):
            raise ConfigError(
                f"loved_strength must be in (0, 1] (rating over the top rating, 0.8 = 4 of 5), "
                f"got {loved_strength!r}"
            )
        if not (0 < unloved_factor <= 1):
            raise ConfigError(f"unloved_factor must be in (0, 1], got {unloved_factor!r}")
        if not (0 < min_salience <= 1):
            raise ConfigError(f"min_salience must be in (0, 1], got {min_salience!r}")
        if not salience_prior >= 0:
            raise ConfigError(f"salience_prior must be >= 0, got {salience_prior!r}")
        for name, value in (("category_factor", category_factor),
                            ("collaborative_factor", collaborative_factor)):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value <= 1:
                raise ConfigError(f"{name} must be in (0, 1], got {value!r}")
        factors = dict(relation_factors or {})
        for name, value in factors.items():
            if (not isinstance(name, str) or isinstance(value, bool)
                    or not isinstance(value, (int, float)) or not 0 < value < math.inf):
                raise ConfigError(f"relation_factors must map relation names to positive numbers, "
                                  f"got {name!r}: {value!r}")
        for name, value in (("category_types", category_types),
                            ("collaborative_relations", collaborative_relations)):
            if isinstance(value, str):
                raise ConfigError(f"{name} must be a collection of names, not the string {value!r}")
        self.length_decay = float(length_decay)
        self.recency_half_life = recency_half_life
        self.specificity = bool(specificity)
        self.salience = bool(salience)
        self.loved_strength = float(loved_strength)
        self.unloved_factor = float(unloved_factor)
        self.salience_prior = float(salience_prior)
        self.min_salience = float(min_salience)
        self.category_types = frozenset(category_types or ())
        self.category_factor = float(category_factor)
        self.collaborative_relations = frozenset(collaborative_relations or ())
        self.collaborative_factor = float(collaborative_factor)
        self.relation_factors = {k: float(v) for k, v in factors.items()}
        self._registry_factors: dict[str, float] = {}  # the fitted graph's Relation.salience
        self._category: np.ndarray | None = None
        self._fit_key: tuple[int, int] | None = None

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(length_decay={self.length_decay}, "
            f"recency_half_life={self.recency_half_life}, specificity={self.specificity}, "
            f"salience={self.salience}, loved_strength={self.loved_strength})"
        )

    # ---- the pluggable pieces (vectorized, log space)
    def edge_log_parts(self, cg: CompiledGraph) -> dict[str, np.ndarray]:
        """Per-edge log factors by name (each an array of ``cg.num_edges``)."""
        parts = {"strength": np.log(cg.edge_weight)}
        if self.recency_half_life is not None:
            t = cg.edge_time
            has = ~np.isnan(t)
            ref = np.full(cg.num_nodes, -np.inf)
            np.maximum.at(ref, cg.edge_head[has], t[has])
            age = np.zeros(cg.num_edges)
            age[has] = np.maximum(ref[cg.edge_head[has]] - t[has], 0.0)
            parts["recency"] = -age * (math.log(2.0) / float(self.recency_half_life))
        is_user = cg.kind == _USER
        interaction = is_user[cg.edge_head] | is_user[cg.edge_tail]
        weak = interaction & (cg.edge_weight < self.loved_strength - 1e-9)
        parts["loved"] = np.where(weak, math.log(self.unloved_factor), 0.0)
        parts["relevance"] = self._edge_log_relevance(cg)
        return parts

    def node_log_specificity(self, cg: CompiledGraph, degree: np.ndarray) -> np.ndarray:
        """Per-node log specificity given each node's usable degree."""
        if not self.specificity:
            return np.zeros(cg.num_nodes)
        n = max(cg.num_nodes, 2)
        deg = np.maximum(degree, 1).astype(np.float64)
        return np.log(np.log1p(n / deg) / math.log1p(n))

    def node_log_salience(self, cg: CompiledGraph) -> np.ndarray:
        """Per-node log salience, ``log min(1, lift / cap)`` (0 for non-attributes), plus
        ``log category_factor`` for attributes of a category type (both only where salience
        could be learned)."""
        out = np.zeros(cg.num_nodes)
        if not self.salience:
            return out
        lift = self._lifts(cg)
        if lift is None:
            return out
        node_lift = lift[0]
        has = ~np.isnan(node_lift)
        out[has] = np.log(np.clip(node_lift[has], self.min_salience, 1.0))
        category = self._category
        if category is not None and len(category) == cg.num_nodes:
            out[category] += math.log(self.category_factor)
        return out

    def _edge_log_relevance(self, cg: CompiledGraph) -> np.ndarray:
        out = np.zeros(cg.num_edges)
        collab = self._collaborative_mask(cg)
        if self.salience and collab.any():
            out[collab[cg.edge_rel]] = math.log(self.collaborative_factor)
        item = cg.kind == _ITEM
        attr = cg.kind == _ATTR
        h, t = cg.edge_head, cg.edge_tail
        link = (item[h] & attr[t]) | (attr[h] & item[t])
        lift = self._lifts(cg)
        if lift is not None:
            r = lift[1][cg.edge_rel]
            ok = link & ~np.isnan(r) & ~collab[cg.edge_rel]
            out[ok] = np.log(np.clip(r[ok], self.min_salience, 1.0))
        priors = {**self._registry_factors, **self.relation_factors}
        for name, f in priors.items():  # a reader prior: half on each edge
            rel = cg.rel_index.get(name)
            if rel is not None:
                out[link & (cg.edge_rel == rel)] += 0.5 * math.log(f)
        return out

    def _collaborative_mask(self, cg: CompiledGraph) -> np.ndarray:
        """Per relation: whether it is one of ``collaborative_relations``."""
        return np.array([r in self.collaborative_relations for r in cg.relations], dtype=bool)

    def _category_mask(self, kg: KnowledgeGraph, cg: CompiledGraph) -> np.ndarray:
        """Per node: an attribute whose type is one of ``category_types``."""
        mask = np.zeros(cg.num_nodes, dtype=bool)
        if not self.category_types:
            return mask
        for n in np.flatnonzero(cg.kind == _ATTR).tolist():
            mask[n] = kg.entity(cg.ids[n]).type in self.category_types
        return mask

    def _lifts(self, cg: CompiledGraph) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """(per-node relative lift or NaN, per-relation relevance or NaN) from the loved interactions;
        ``None`` when salience is off or nothing can be learned. Computed once per fit."""
        cached = getattr(self, "_lift_cache", None)
        if cached is not None and cached[0] is cg:
            return cached[1]
        result = _interaction_lifts(cg, self.loved_strength, self.salience_prior) \
            if self.salience else None
        self._lift_cache = (cg, result)
        return result

    def length_log_penalty(self, hops: int) -> float:
        """Log of the length factor of a path with ``hops`` hops."""
        return (hops - 1) * math.log(self.length_decay)

    # ---- fitted state
    def fit(self, kg: KnowledgeGraph) -> "PathScorer":
        """Precompute the per-edge and per-node arrays for ``kg`` (done on first use)."""
        key = (id(kg), kg.version)
        if self._fit_key == key:
            return self
        cg = kg.compile()
        usable = usable_edge_mask(cg)
        self._category = self._category_mask(kg, cg) if self.salience else None
        # the graph's own reader priors (``Relation.salience`` in its registry); explicit
        # ``relation_factors`` win over them
        self._registry_factors = {name: rel.salience for name, rel in kg.relations.items()
                                  if rel.salience != 1.0}
        self.edge_log_parts_ = {
            name: np.asarray(v, dtype=np.float64) for name, v in self.edge_log_parts(cg).items()
        }
        self.edge_log_weight_ = np.sum(list(self.edge_log_parts_.values()), axis=0)
        self.degree_ = _usable_degree(cg, usable)
        self.node_log_specificity_ = np.asarray(
            self.node_log_specificity(cg, self.degree_), dtype=np.float64
        )
        self.node_log_salience_ = np.asarray(self.node_log_salience(cg), dtype=np.float64)
        self.node_log_weight_ = self.node_log_specificity_ + self.node_log_salience_
        lifts = self._lifts(cg)
        self.relation_relevance_ = (
            {} if lifts is None else
            {r: round(float(x), 4) for r, x in zip(cg.relations, lifts[1]) if not np.isnan(x)}
        )
        if self.salience:  # a collaborative relation's documented factor stands for its relevance
            for r in self.collaborative_relations & set(cg.relations):
                self.relation_relevance_[r] = self.collaborative_factor
        self.relation_lift_ = (
            {} if lifts is None else
            {r: round(float(x), 4) for r, x in zip(cg.relations, lifts[2]) if not np.isnan(x)}
        )
        self._cg = cg
        self._fit_key = key
        return self

    def _check_fitted(self) -> CompiledGraph:
        if self._fit_key is None:
            raise ConfigError(
                "this PathScorer is not fitted: call scorer.fit(kg) (a PathFinder does it)"
            )
        return self._cg

    def _edge_ids(self, path: Path) -> list[int]:
        cg = self._check_fitted()
        ids = []
        for hop in path.hops:
            h, t = cg.node(hop.head), cg.node(hop.tail)
            r = cg.rel_index.get(hop.relation, -1)
            lo, hi = cg.out_ptr[h], cg.out_ptr[h + 1]
            out = cg.out_edge[lo:hi]
            e = out[(cg.out_nbr[lo:hi] == t) & (cg.edge_rel[out] == r)]
            if e.size == 0:
                raise UnknownEntityError(str(hop), hint="no such edge is stored in the graph")
            ids.append(int(e[0]))
        return ids

    def _parts_from_ids(self, edges: Sequence[int], nodes: Sequence[int]) -> dict[str, float]:
        parts = {
            name: float(math.exp(arr[list(edges)].sum())) for name, arr in self.edge_log_parts_.items()
        }
        inner = list(nodes[1:-1])
        parts["specificity"] = float(math.exp(self.node_log_specificity_[inner].sum()))
        parts["salience"] = float(math.exp(self.node_log_salience_[inner].sum()))
        parts["length"] = float(math.exp(self.length_log_penalty(len(edges))))
        return parts

    def score_parts(self, path: Path) -> dict[str, float]:
        """The named factors of ``path``'s score (their product is the score)."""
        cg = self._check_fitted()
        nodes = [cg.node(n) for n in path.nodes]
        return self._parts_from_ids(self._edge_ids(path), nodes)

    def score(self, path: Path) -> float:
        """The score of any stored path (its hops must be edges of the fitted graph)."""
        return float(math.prod(self.score_parts(path).values()))


def _interaction_lifts(cg: CompiledGraph, loved_strength: float,
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
    usable = cg.rel_explainable & ~cg.rel_sensitive
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


def _usable_degree(cg: CompiledGraph, usable: np.ndarray) -> np.ndarray:
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


# --------------------------------------------------------------------------- search state
@dataclass
class _Layer:
    """Partial paths grown from one root: ``nodes[:, 0]`` is the root."""

    nodes: np.ndarray  # (n, d + 1)
    edges: np.ndarray  # (n, d)
    logw: np.ndarray  # (n,) edge terms + specificity of nodes strictly between root and end
    pruned: float = _NEG_INF  # best logw among partial paths dropped by the frontier cap
    unique_sorted: bool = False  # ends strictly increasing (lets joins skip sorting)

    @property
    def ends(self) -> np.ndarray:
        return self.nodes[:, -1]

    def __len__(self) -> int:
        return int(self.nodes.shape[0])


@dataclass
class _Candidates:
    """Complete candidate paths of one length ``L``, as arrays."""

    nodes: np.ndarray  # (c, L + 1)
    edges: np.ndarray  # (c, L)
    logscore: np.ndarray  # (c,)


@dataclass
class _State:
    cg: CompiledGraph
    version: int
    full_ptr: np.ndarray
    full_nbr: np.ndarray
    full_edge: np.ndarray
    inner_ptr: np.ndarray
    inner_nbr: np.ndarray
    inner_edge: np.ndarray
    root_ptr: np.ndarray
    root_nbr: np.ndarray
    root_edge: np.ndarray
    inner_deg: np.ndarray
    is_user: np.ndarray
    elog: np.ndarray
    spec: np.ndarray
    step_bound: float
    patterns: dict[int, np.ndarray] = field(default_factory=dict)
    scratch: np.ndarray | None = None


class PathFinder:
    """Find the k strongest simple paths from a user to an item.

    Args:
        kg: the knowledge graph.
        max_hops: longest path considered (default 3).
        scorer: a :class:`PathScorer` (default: ``PathScorer()``).
        allow_users: let other users appear on paths ("people who liked X also liked Y").
        meta_paths: optional relation-name sequences (like PGPR path patterns); when given,
            only paths whose relation sequence equals one of them count. Each relation may be
            walked in either direction.
        max_frontier: cap on the partial paths kept per search layer (hubs); exactness is kept
            by a score bound and a rerun without cap when the bound says it is needed.

    The constructor is cheap; the compiled arrays are built on first use and rebuilt when the
    graph changes. A finder is not thread-safe (it reuses a scratch buffer): use one per thread.

    >>> import kgexplain as kgx
    >>> kg = kgx.KnowledgeGraph.from_triples([("user:1", "rated", "movie:1"),
    ...                                       ("movie:1", "directed_by", "person:Ang_Lee"),
    ...                                       ("movie:2", "directed_by", "person:Ang_Lee")])
    >>> [str(h) for h in kgx.PathFinder(kg).find("user:1", "movie:2")[0].hops]
    ['(user:1) -[rated]-> (movie:1)', '(movie:1) -[directed_by]-> (person:Ang_Lee)', '(movie:2) -[directed_by]-> (person:Ang_Lee)']
    """

    def __init__(
        self,
        kg: KnowledgeGraph,
        max_hops: int = 3,
        scorer: PathScorer | None = None,
        allow_users: bool = False,
        meta_paths: Iterable[Sequence[str]] | None = None,
        max_frontier: int | None = 20_000,
    ) -> None:
        _check_hops(max_hops)
        if max_frontier is not None and int(max_frontier) < 1:
            raise ConfigError(f"max_frontier must be a positive int or None, got {max_frontier!r}")
        if scorer is not None and not isinstance(scorer, PathScorer):
            raise ConfigError(
                f"scorer must be a kgexplain.PathScorer (or subclass), got {type(scorer).__name__}"
            )
        self.kg = kg
        self.max_hops = int(max_hops)
        self.scorer = scorer if scorer is not None else PathScorer()
        self.allow_users = bool(allow_users)
        self.meta_paths = (
            None if meta_paths is None else tuple(tuple(p) for p in meta_paths)
        )
        self.max_frontier = None if max_frontier is None else int(max_frontier)
        self._state: _State | None = None

    def __repr__(self) -> str:
        return (
            f"PathFinder(max_hops={self.max_hops}, scorer={self.scorer!r}, "
            f"allow_users={self.allow_users}, meta_paths={self.meta_paths}, "
            f"max_frontier={self.max_frontier})"
        )

    # ----------------------------------------------------------------- fitted state
    def fit(self) -> "PathFinder":
        """Compile the graph and precompute the search arrays (done on first use)."""
        self._fitted()
        return self

    def _fitted(self) -> _State:
        st = self._state
        if (
            st is not None
            and st.version == self.kg.version
            and self.scorer._fit_key == (id(self.kg), self.kg.version)
        ):
            return st
        cg = self.kg.compile()
        usable = usable_edge_mask(cg)
        patterns: dict[int, list[list[int]]] = {}
        if self.meta_paths is not None:
            allowed = np.zeros(len(cg.relations), dtype=bool)
            for pat in self.meta_paths:
                if not pat:
                    raise ConfigError("a meta-path must name at least one relation")
                if len(pat) > self.max_hops:
                    raise ConfigError(
                        f"meta-path {list(pat)} has {len(pat)} hops but max_hops={self.max_hops}; "
                        "raise max_hops or shorten the pattern"
                    )
                ids = []
                for rel in pat:
                    if rel not in cg.rel_index:
                        raise UnknownRelationError(rel, list(cg.relations))
                    r = cg.rel_index[rel]
                    if not cg.rel_explainable[r] or cg.rel_sensitive[r]:
                        raise ConfigError(
                            f"meta-path {list(pat)} uses relation {rel!r}, which is not "
                            "explainable or is sensitive, so no path may walk it"
                        )
                    allowed[r] = True
                    ids.append(r)
                patterns.setdefault(len(ids), []).append(ids)
            usable = usable & allowed[cg.edge_rel]
        scorer = self.scorer.fit(self.kg)
        slot_ok = usable[cg.adj_edge]
        full_ptr, full_nbr, full_edge = _filtered_csr(cg, slot_ok)
        is_user = cg.kind == _USER
        if self.allow_users:
            inner_ptr, inner_nbr, inner_edge = full_ptr, full_nbr, full_edge
            root_ptr, root_nbr, root_edge = full_ptr, full_nbr, full_edge
        else:
            # first hops from either end may not reach another user; later hops touch no user
            owner = np.repeat(np.arange(cg.num_nodes), np.diff(cg.adj_ptr))
            root_ok = slot_ok & ~is_user[cg.adj_nbr]
            root_ptr, root_nbr, root_edge = _filtered_csr(cg, root_ok)
            inner_ptr, inner_nbr, inner_edge = _filtered_csr(cg, root_ok & ~is_user[owner])
        elog = scorer.edge_log_weight_
        spec = scorer.node_log_weight_  # specificity + salience
        hmax = float(elog[usable].max()) if usable.any() else 0.0
        smax = float(spec.max()) if spec.size else 0.0
        self._state = _State(
            cg=cg,
            version=self.kg.version,
            full_ptr=full_ptr,
            full_nbr=full_nbr,
            full_edge=full_edge,
            inner_ptr=inner_ptr,
            inner_nbr=inner_nbr,
            inner_edge=inner_edge,
            root_ptr=root_ptr,
            root_nbr=root_nbr,
            root_edge=root_edge,
            inner_deg=np.diff(inner_ptr),
            is_user=is_user,
            elog=elog,
            spec=spec,
            step_bound=hmax + smax,
            patterns={L: np.asarray(p, dtype=np.int64) for L, p in patterns.items()},
            scratch=np.zeros(cg.num_nodes, dtype=bool),
        )
        logger.debug("PathFinder fitted on %d nodes, %d usable edges", cg.num_nodes, int(usable.sum()))
        return self._state

    # ----------------------------------------------------------------- public API
    def find(self, user_id: str, item_id: str, k: int = 3, max_hops: int | None = None) -> list[Path]:
        """The ``k`` strongest simple paths from ``user_id`` to ``item_id``, best first.

        Returns ``[]`` when no path of at most ``max_hops`` hops exists. Raises
        :class:`UnknownEntityError` for an id that is not in the graph.
        """
        return self.find_many([(user_id, item_id)], k=k, max_hops=max_hops)[0]

    def find_many(
        self, pairs: Iterable[tuple[str, str]], k: int = 3, max_hops: int | None = None
    ) -> list[list[Path]]:
        """:meth:`find` for many ``(user, item)`` pairs, in order; the user-side and item-side
        frontiers are computed once per user and once per item."""
        _check_k(k)
        hops = self.max_hops if max_hops is None else _check_hops(max_hops)
        st = self._fitted()
        pairs = list(pairs)
        fwd: OrderedDict[int, list[_Layer]] = OrderedDict()
        bwd: OrderedDict[int, list[_Layer]] = OrderedDict()
        out: list[list[Path]] = []
        for user_id, item_id in pairs:
            u, i = st.cg.node(user_id), st.cg.node(item_id)
            out.append(self._find_pair(st, u, i, k, hops, fwd, bwd))
        return out

    def iter_paths(self, user_id: str, item_id: str, max_hops: int | None = None) -> Iterator[Path]:
        """Every simple path of at most ``max_hops`` hops, strongest first.

        The candidates are found and ranked in one vectorized pass; :class:`Path` objects are
        built lazily as you iterate, so ``next()`` on the generator is cheap after the first.
        """
        hops = self.max_hops if max_hops is None else _check_hops(max_hops)
        st = self._fitted()
        u, i = st.cg.node(user_id), st.cg.node(item_id)
        if u == i:
            return
        cands = self._candidates(st, u, i, hops, cap=None, fwd_cache=None, bwd_cache=None)[0]
        for run in self._ranked(cands, None):
            for lo in range(0, len(run.logscore), 64):
                chunk = _Candidates(run.nodes[lo : lo + 64], run.edges[lo : lo + 64],
                                    run.logscore[lo : lo + 64])
                yield from self._make_paths(st, [chunk])

    # ----------------------------------------------------------------- search
    def _find_pair(self, st, u, i, k, hops, fwd, bwd) -> list[Path]:
        if u == i:
            return []
        cands, bound = self._candidates(st, u, i, hops, self.max_frontier, fwd, bwd)
        ranked = self._ranked(cands, k)
        if bound > _NEG_INF:
            found = sum(len(r.logscore) for r in ranked)
            if found < k or float(ranked[-1].logscore[-1]) < bound:
                logger.debug("frontier cap could hide a better path for %s; searching uncapped",
                             (u, i))
                cands, _ = self._candidates(st, u, i, hops, None, None, None)
                ranked = self._ranked(cands, k)
        return self._make_paths(st, ranked)

    def _layers(self, st: _State, root: int, depth: int, cap: int | None,
                cache: OrderedDict | None) -> list[_Layer]:
        """Partial paths of 0..depth hops from ``root`` (cached per root when a cache is given)."""
        if cache is not None:
            hit = cache.get(root)
            if hit is not None and len(hit) > depth:
                cache.move_to_end(root)
                return hit
        layers = [_Layer(np.array([[root]], dtype=np.int64), np.zeros((1, 0), dtype=np.int64),
                         np.zeros(1), unique_sorted=True)]
        for d in range(depth):
            layers.append(self._grow(st, layers[-1], first=(d == 0), cap=cap))
        if cache is not None:
            cache[root] = layers
            if len(cache) > 256:
                cache.popitem(last=False)
        return layers

    def _grow(self, st: _State, layer: _Layer, first: bool, cap: int | None) -> _Layer:
        """Extend every partial path by one usable edge (vectorized)."""
        if first:
            ptr, nbrs, edges = st.root_ptr, st.root_nbr, st.root_edge
        else:
            ptr, nbrs, edges = st.inner_ptr, st.inner_nbr, st.inner_edge
        ends = layer.ends
        parent, slot = _ranges(ptr, ends)
        nbr = nbrs[slot]
        e = edges[slot]
        if first:
            keep = nbr != layer.nodes[0, 0]
        else:
            keep = (layer.nodes[parent] != nbr[:, None]).all(axis=1)
        if not keep.all():
            parent, nbr, e = parent[keep], nbr[keep], e[keep]
        logw = layer.logw[parent] + st.elog[e]
        if not first:
            logw = logw + st.spec[ends[parent]]
        if first:  # one root: its CSR slice is sorted by neighbour
            root = layer.nodes[0, 0]
            nodes = np.empty((nbr.size, 2), dtype=np.int64)
            nodes[:, 0] = root
            nodes[:, 1] = nbr
            out = _Layer(nodes, e[:, None], logw, pruned=layer.pruned,
                         unique_sorted=bool((nbr[1:] > nbr[:-1]).all()))
        else:
            out = _Layer(
                np.concatenate([layer.nodes[parent], nbr[:, None]], axis=1),
                np.concatenate([layer.edges[parent], e[:, None]], axis=1),
                logw,
                pruned=layer.pruned,
            )
        if cap is not None and len(out) > cap:
            order = np.argpartition(-out.logw, cap - 1)
            kept, dropped = order[:cap], order[cap:]
            out = _Layer(out.nodes[kept], out.edges[kept], out.logw[kept],
                         pruned=max(out.pruned, float(out.logw[dropped].max())))
        return out

    def _rest_bound(self, st: _State, depth: int, hops: int, lay: _Layer) -> float:
        """Upper bound on the log score of any complete path through a dropped partial path."""
        if lay.pruned == _NEG_INF:
            return _NEG_INF
        best = _NEG_INF
        for L in range(depth + 1, hops + 1):
            best = max(best, (L - depth) * st.step_bound + self.scorer.length_log_penalty(L))
        return lay.pruned + best

    def _candidates(self, st: _State, u: int, i: int, hops: int, cap: int | None,
                    fwd_cache, bwd_cache) -> tuple[list[_Candidates], float]:
        """All complete simple paths u..i of 1..hops hops (exact unless layers were capped; the
        returned bound is the best log score a capped-away path could have)."""
        df, db = (hops + 1) // 2 - 1, hops // 2
        F = self._layers(st, u, df, cap, fwd_cache)
        B = self._layers(st, i, db, cap, bwd_cache)
        bound = _NEG_INF
        for d in range(1, df + 1):
            bound = max(bound, self._rest_bound(st, d, hops, F[d]))
        for d in range(1, db + 1):
            bound = max(bound, self._rest_bound(st, d, hops, B[d]))
        out = []
        for L in range(1, hops + 1):
            a = (L + 1) // 2
            c = self._join(st, F[a - 1], B[L - a], L, u, i)
            if c is not None:
                out.append(c)
        return out, bound

    def _middle_edges(self, st: _State, fl: _Layer, bl: _Layer, u: int):
        """Usable edges (p, q, e) with p an end of ``fl`` and q an end of ``bl``."""
        mark = st.scratch
        if fl.nodes.shape[1] == 1:  # from the user itself: its full adjacency
            q_ends = bl.ends
            mark[q_ends] = True
            lo, hi = st.full_ptr[u], st.full_ptr[u + 1]
            nbr, e = st.full_nbr[lo:hi], st.full_edge[lo:hi]
            ok = mark[nbr]
            mark[q_ends] = False
            return np.full(int(ok.sum()), u, dtype=np.int64), nbr[ok], e[ok]
        p_ends, q_ends = fl.ends, bl.ends
        ptr = st.inner_ptr
        cost_p = int(st.inner_deg[p_ends].sum())
        cost_q = int(st.inner_deg[q_ends].sum())
        from_p = cost_p <= cost_q
        src, dst = (p_ends, q_ends) if from_p else (q_ends, p_ends)
        if not (fl.unique_sorted if from_p else bl.unique_sorted):
            src = np.unique(src)
        mark[dst] = True
        parent, slot = _ranges(ptr, src)
        nbr = st.inner_nbr[slot]
        ok = mark[nbr]
        mark[dst] = False
        a, b, e = src[parent[ok]], nbr[ok], st.inner_edge[slot[ok]]
        return (a, b, e) if from_p else (b, a, e)

    def _join(self, st: _State, fl: _Layer, bl: _Layer, L: int, u: int, i: int) -> _Candidates | None:
        if len(fl) == 0 or len(bl) == 0:
            return None
        p, q, e = self._middle_edges(st, fl, bl, u)
        if p.size == 0:
            return None
        # every p is an end of fl and every q an end of bl, so with unique ends the match is 1:1
        if fl.unique_sorted:
            f_idx, m_idx = np.searchsorted(fl.ends, p), np.arange(p.size)
        else:
            f_idx, m_idx = _match(fl.ends, p)
        if bl.unique_sorted:
            b_idx = np.searchsorted(bl.ends, q[m_idx])
        else:
            b_idx, m2 = _match(bl.ends, q[m_idx])
            f_idx, m_idx = f_idx[m2], m_idx[m2]
        if b_idx.size == 0:
            return None
        fn = fl.nodes[f_idx]
        bn = bl.nodes[b_idx][:, ::-1]
        simple = (fn[:, :, None] != bn[:, None, :]).all(axis=(1, 2))
        if not simple.all():
            f_idx, m_idx, b_idx = f_idx[simple], m_idx[simple], b_idx[simple]
            fn, bn = fn[simple], bn[simple]
        if f_idx.size == 0:
            return None
        mid = e[m_idx]
        edges = np.concatenate([fl.edges[f_idx], mid[:, None], bl.edges[b_idx][:, ::-1]], axis=1)
        if self.meta_paths is not None:
            pats = st.patterns.get(L)
            if pats is None:
                return None
            rels = st.cg.edge_rel[edges]
            ok = (rels[:, None, :] == pats[None, :, :]).all(axis=2).any(axis=1)
            if not ok.any():
                return None
            f_idx, b_idx, fn, bn, mid, edges = f_idx[ok], b_idx[ok], fn[ok], bn[ok], mid[ok], edges[ok]
        logscore = fl.logw[f_idx] + bl.logw[b_idx] + st.elog[mid] + self.scorer.length_log_penalty(L)
        if fl.nodes.shape[1] > 1:  # the join node on the user side is intermediate
            logscore = logscore + st.spec[fn[:, -1]]
        if bl.nodes.shape[1] > 1:  # and so is the one on the item side
            logscore = logscore + st.spec[bn[:, 0]]
        return _Candidates(np.concatenate([fn, bn], axis=1), edges, logscore)

    @staticmethod
    def _ranked(cands: list[_Candidates], k: int | None) -> list[_Candidates]:
        """The best ``k`` candidates (all when ``k`` is None) in rank order, as runs of equal
        length. Rank: score descending, then fewer hops, then edge ids (deterministic ties)."""
        if not cands:
            return []
        if len(cands) == 1:
            c = cands[0]
            scores, edges, nodes = c.logscore, c.edges, c.nodes
            lengths = None
        else:
            width = max(c.edges.shape[1] for c in cands)
            scores = np.concatenate([c.logscore for c in cands])
            lengths = np.concatenate([np.full(len(c.logscore), c.edges.shape[1]) for c in cands])
            edges = np.full((scores.size, width), -1, dtype=np.int64)
            nodes = np.full((scores.size, width + 1), -1, dtype=np.int64)
            at = 0
            for c in cands:
                n, L = c.edges.shape
                edges[at : at + n, :L] = c.edges
                nodes[at : at + n, : L + 1] = c.nodes
                at += n
        if k is not None and scores.size > k:
            kth = np.partition(-scores, k - 1)[k - 1]
            sel = np.nonzero(-scores <= kth)[0]
        else:
            sel = np.arange(scores.size)
        keys = [edges[sel, w] for w in range(edges.shape[1] - 1, -1, -1)]
        if lengths is not None:
            keys.append(lengths[sel])
        keys.append(-scores[sel])
        order = sel[np.lexsort(keys)]
        if k is not None:
            order = order[:k]
        if lengths is None:
            return [_Candidates(nodes[order], edges[order], scores[order])]
        lens = lengths[order]
        cuts = [0, *(np.flatnonzero(np.diff(lens)) + 1).tolist(), len(order)]
        runs = []
        for a, b in zip(cuts[:-1], cuts[1:]):
            rows, L = order[a:b], int(lens[a])
            runs.append(_Candidates(nodes[rows, : L + 1], edges[rows, :L], scores[rows]))
        return runs

    def _make_paths(self, st: _State, runs: list[_Candidates]) -> list[Path]:
        """:class:`Path` records (with their score parts) for ranked runs of candidates."""
        cg = st.cg
        ids, relations = cg.ids, cg.relations
        scorer = self.scorer
        built: list[Path] = []
        for g in runs:
            L = g.edges.shape[1]
            part_vals = {
                name: np.exp(arr[g.edges].sum(axis=1)).tolist()
                for name, arr in scorer.edge_log_parts_.items()
            }
            inner = g.nodes[:, 1:-1]
            spec = np.exp(scorer.node_log_specificity_[inner].sum(axis=1)).tolist()
            sal = np.exp(scorer.node_log_salience_[inner].sum(axis=1)).tolist()
            length = math.exp(scorer.length_log_penalty(L))
            scores = np.exp(g.logscore).tolist()
            heads = cg.edge_head[g.edges].tolist()
            tails = cg.edge_tail[g.edges].tolist()
            rels = cg.edge_rel[g.edges].tolist()
            for r, nodes in enumerate(g.nodes.tolist()):
                parts = {name: vals[r] for name, vals in part_vals.items()}
                parts["specificity"] = spec[r]
                parts["salience"] = sal[r]
                parts["length"] = length
                hops = tuple(
                    Triple(ids[h], relations[x], ids[t])
                    for h, t, x in zip(heads[r], tails[r], rels[r])
                )
                built.append(Path(tuple(ids[n] for n in nodes), hops, scores[r], parts))
        return built


def _match(keys: np.ndarray, queries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
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


def _check_k(k: int) -> int:
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 1:
        raise ConfigError(f"k must be a positive int, got {k!r}")
    return int(k)


def _check_hops(max_hops: int) -> int:
    if isinstance(max_hops, bool) or not isinstance(max_hops, (int, np.integer)) or max_hops < 1:
        raise ConfigError(f"max_hops must be a positive int, got {max_hops!r}")
    return int(max_hops)
