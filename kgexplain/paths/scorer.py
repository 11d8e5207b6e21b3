"""The path score: strength x specificity x salience x length penalty (:class:`PathScorer`).

Every factor lies in ``(0, 1]`` (a graph's reader priors may lift a link above 1) and the score is
their product; each is a sum of per-edge, per-node and per-length terms in log space, which is what
keeps :class:`~kgexplain.paths.PathFinder` exact. Subclass :class:`PathScorer` to plug in another
score.
"""

from __future__ import annotations

import logging
import math
from typing import Iterable, Mapping, Sequence

import numpy as np

from kgexplain.errors import ConfigError, UnknownEntityError
from kgexplain.graph import KIND_CODES, CompiledGraph, KnowledgeGraph
from kgexplain.paths._csr import usable_degree, usable_edge_mask
from kgexplain.paths.salience import interaction_lifts
from kgexplain.records import Path

logger = logging.getLogger(__name__)

__all__ = ["PathScorer", "CATEGORY_TYPES", "COLLABORATIVE_RELATIONS"]

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
        result = interaction_lifts(cg, self.loved_strength, self.salience_prior) \
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
        self.degree_ = usable_degree(cg, usable)
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

