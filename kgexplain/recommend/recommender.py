"""The built-in recommender: EASE on the interactions, the graph for cold items, only explainable picks.

:class:`Recommender` is a hybrid:

1. **Collaborative**: EASE (:mod:`~kgexplain.recommend.ease`) on the user-item interactions
   (:mod:`~kgexplain.recommend.interactions`): a positive interaction counts 1, another
   interaction counts ``nonpositive_weight`` (it still says what the user chose to watch). EASE
   covers the items with at least ``min_item_interactions`` interactions (at most
   ``max_ease_items`` of them, the most interacted first), which keeps the closed-form fit to
   seconds.
2. **Graph side information**: ``attribute_weight`` times the mean cosine similarity of an item's
   attributes to the items the user interacted with (:mod:`~kgexplain.recommend.attributes`).
   This is what scores cold items (few or no interactions) and what carries users with few
   interactions, for whom EASE has little to go on.
3. **Recency**: with ``recency_half_life=h`` a user's profile weighs each interaction by
   ``0.5 ** (n_newer / h)``, ``n_newer`` being how many of the user's interactions are strictly
   newer (by ``timestamp``; interactions without one count as equally old), so the scores follow
   what the user is into now. The EASE weights themselves are fitted on the unweighted matrix.
4. **Popularity fallback**: a user with no positive signal (no interaction at all, or, with
   ``nonpositive_weight=0``, only weak ones) gets the items with the most interactions. A tiny
   popularity term also breaks ties among items the model scores equally.

Items the user already interacted with are never recommended. **Every returned item has a path**
of at most 3 hops that :class:`kgexplain.paths.PathFinder` finds (checked with
:class:`~kgexplain.recommend.explainability.PathIndex`); an item without one is dropped and the
next one taken, and :attr:`Recommender.dropped_share` reports the share dropped. A user with no
usable edge at all (say, a new user with no interactions) has no path to anything, so with
``require_path=True`` (the default) they get an empty list; pass ``require_path=False`` for plain
popularity.

With ``co_liked=True``, :meth:`Recommender.fit` first adds the aggregated ``co_liked`` relation
(:func:`~kgexplain.recommend.co_liked.add_co_liked`, ``min_support`` distinct users) to the graph,
so "people who loved X also loved Y" paths explain items no attribute path reaches. It changes
the graph in place; it is off by default.

>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples([
...     ("user:1", "rated", "movie:1"), ("user:2", "rated", "movie:1"), ("user:2", "rated", "movie:2"),
...     ("movie:1", "directed_by", "person:Michael_Mann"), ("movie:2", "directed_by", "person:Michael_Mann"),
...     ("movie:3", "has_genre", "genre:Drama")])
>>> rec = kgx.Recommender(min_item_interactions=1).fit(kg)
>>> [item for item, _ in rec.recommend("user:1", k=2)]  # movie:3: no path from user:1, dropped
['movie:2']
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path as FsPath
from typing import Any, Iterable, Sequence

import numpy as np

from kgexplain.errors import (
    ConfigError,
    EntityKindError,
    ModelNotFoundError,
    NotFittedError,
    UnknownEntityError,
)
from kgexplain.graph import KIND_CODES, KnowledgeGraph
from kgexplain.recommend.attributes import item_features
from kgexplain.recommend.co_liked import add_co_liked
from kgexplain.recommend.ease import check_l2, ease_weights
from kgexplain.recommend.explainability import PathIndex
from kgexplain.recommend.interactions import interactions_from_graph
from kgexplain.typing import PathLikeStr

logger = logging.getLogger(__name__)

__all__ = ["Recommender"]

_FORMAT = "kgexplain-recommender/1"
_SCORE_BATCH = 256


class Recommender:
    """Hybrid EASE + graph recommender whose every pick has an explanation path.

    Args:
        l2: the EASE L2 weight.
        attribute_weight: weight of the attribute-similarity score (0 disables it).
        nonpositive_weight: how much an interaction that is not positive counts (0 to 1).
        recency_half_life: the user's ``h`` newer interactions halve an interaction's weight in
            the profile (``None``: no recency weighting).
        threshold: normalized rating that makes an interaction positive.
        user_relative: lower the threshold to the user's own mean rating when that is lower.
        min_item_interactions: least interactions for an item to enter the EASE model.
        max_ease_items: most items in the EASE model (the most interacted are kept).
        co_liked: add the ``co_liked`` relation to the graph at :meth:`fit`.
        min_support: least distinct users behind a ``co_liked`` edge.
        require_path: drop items the path finder cannot explain (default ``True``).
        anchor_rating: with ``require_path``, an explaining path must start from an item the user
            rated at least this (or without a rating), as the explainer's reasons start only from
            an item the user loved (the :class:`~kgexplain.Explainer` passes its
            ``CheckerConfig.rating_threshold``); ``None`` (default): any interaction.

    The constructor only stores settings; :meth:`fit` does the work. ``attribute_weight``,
    ``recency_half_life`` and ``require_path`` are read at recommendation time and may be
    changed after fitting (which is how the benchmark tunes them without refitting).
    """

    def __init__(
        self,
        l2: float = 500.0,
        attribute_weight: float = 0.03,
        nonpositive_weight: float = 0.5,
        recency_half_life: float | None = 3.0,
        threshold: float = 0.7,
        user_relative: bool = True,
        min_item_interactions: int = 2,
        max_ease_items: int = 6000,
        co_liked: bool = False,
        min_support: int = 10,
        require_path: bool = True,
        anchor_rating: float | None = None,
    ) -> None:
        self.l2 = check_l2(l2)
        for name, value in (("attribute_weight", attribute_weight),
                            ("nonpositive_weight", nonpositive_weight)):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                raise ConfigError(f"{name} must be a number >= 0, got {value!r}")
        if nonpositive_weight > 1:
            raise ConfigError(f"nonpositive_weight must be in [0, 1], got {nonpositive_weight!r}")
        for name, value in (("min_item_interactions", min_item_interactions),
                            ("max_ease_items", max_ease_items)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise ConfigError(f"{name} must be a positive int, got {value!r}")
        if recency_half_life is not None and (
            isinstance(recency_half_life, bool) or not isinstance(recency_half_life, (int, float))
            or not recency_half_life > 0
        ):
            raise ConfigError(f"recency_half_life must be a positive number or None, got {recency_half_life!r}")
        self.recency_half_life = None if recency_half_life is None else float(recency_half_life)
        self.attribute_weight = float(attribute_weight)
        self.nonpositive_weight = float(nonpositive_weight)
        self.threshold = threshold
        self.user_relative = bool(user_relative)
        self.min_item_interactions = min_item_interactions
        self.max_ease_items = max_ease_items
        self.co_liked = bool(co_liked)
        self.min_support = min_support
        self.require_path = bool(require_path)
        if anchor_rating is not None and (isinstance(anchor_rating, bool)
                                          or not isinstance(anchor_rating, (int, float))):
            raise ConfigError(f"anchor_rating must be a number or None, got {anchor_rating!r}")
        self.anchor_rating = None if anchor_rating is None else float(anchor_rating)
        self._kg: KnowledgeGraph | None = None
        self._returned = 0
        self._dropped = 0

    def get_params(self) -> dict[str, Any]:
        """The constructor settings (saved with the model)."""
        return {
            "l2": self.l2, "attribute_weight": self.attribute_weight,
            "nonpositive_weight": self.nonpositive_weight,
            "recency_half_life": self.recency_half_life, "threshold": self.threshold,
            "user_relative": self.user_relative,
            "min_item_interactions": self.min_item_interactions,
            "max_ease_items": self.max_ease_items, "co_liked": self.co_liked,
            "min_support": self.min_support, "require_path": self.require_path,
            "anchor_rating": self.anchor_rating,
        }

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.get_params().items())
        return f"Recommender({args})"

    # ------------------------------------------------------------------ fit
    def fit(self, kg: KnowledgeGraph) -> "Recommender":
        """Fit on the interactions and attributes of ``kg``.

        Raises:
            NoInteractionsError: ``kg`` has no user-item interaction (an item-only graph).
        """
        import scipy.sparse as sp

        if not isinstance(kg, KnowledgeGraph):
            raise ConfigError(f"fit needs a kgexplain.KnowledgeGraph, got {type(kg).__name__}")
        t0 = time.perf_counter()
        if self.co_liked:
            # "loved" in the co-liked sentence is the checker's "loved" (4 of 5 stars), not the
            # recommender's looser profile threshold
            add_co_liked(kg, min_support=self.min_support)
        x = interactions_from_graph(kg, threshold=self.threshold, user_relative=self.user_relative)
        weights = x.seen.multiply(self.nonpositive_weight) + x.positive.multiply(
            1.0 - self.nonpositive_weight)
        X = sp.csr_matrix(weights, dtype=np.float32)
        X.eliminate_zeros()
        counts = x.item_counts()
        warm = np.flatnonzero(counts >= self.min_item_interactions)
        if warm.size > self.max_ease_items:
            warm = np.sort(warm[np.argsort(-counts[warm], kind="stable")[: self.max_ease_items]])
        self.ease_cols_ = warm
        self.B_ = ease_weights(X[:, warm], self.l2) if warm.size else np.zeros((0, 0), np.float32)
        self.features_ = item_features(kg, x.items)
        self.X_ = X
        self.newer_ = _newer_counts(x.seen, x.time)
        self.seen_ = x.seen
        self.popularity_ = (counts / max(float(counts.max()), 1.0)).astype(np.float32)
        self.path_index_ = PathIndex.from_graph(kg, self.anchor_rating)
        cg = kg.compile()
        self.kind_ = cg.kind.copy()
        self.items_ = x.items
        self.item_nodes_ = np.array([cg.index[i] for i in x.items], dtype=np.int64)
        self.user_rows_ = dict(x.user_index)
        self._kg = kg
        self._returned = self._dropped = 0
        self.fit_seconds_ = time.perf_counter() - t0
        logger.info("Recommender fitted in %.1f s: %d users, %d items (%d in EASE)",
                    self.fit_seconds_, len(x.users), len(x.items), warm.size)
        return self

    # ------------------------------------------------------------------ scoring
    def _check_fitted(self) -> None:
        if not hasattr(self, "B_"):
            raise NotFittedError("this Recommender is not fitted: call rec.fit(kg) or Recommender.load(path)")

    def _row(self, user: Any) -> int:
        if not isinstance(user, str):
            raise UnknownEntityError(str(user), hint=f"a user id is a string such as 'user:1', got {type(user).__name__}")
        row = self.user_rows_.get(user)
        if row is not None:
            return row
        node = self.path_index_.index.get(user)
        if node is None:
            raise UnknownEntityError(user)
        kind = {v: k for k, v in KIND_CODES.items()}[int(self.kind_[node])]
        raise EntityKindError(
            f"{user!r} is an {kind}, not a user: recommend() takes a user id (e.g. 'user:1')"
        )

    def scores(self, users: Sequence[str]) -> np.ndarray:
        """Raw blended scores, ``len(users) x items`` (column order :attr:`items_`), before the
        seen-item mask and the path filter."""
        self._check_fitted()
        return self._scores(np.array([self._row(u) for u in users], dtype=np.int64))

    def _scores(self, rows: np.ndarray) -> np.ndarray:
        import scipy.sparse as sp

        x = self.X_[rows]
        if self.recency_half_life is not None:
            decay = self.newer_[rows]  # n_newer + 1, pattern of the seen items
            decay.data = np.power(0.5, (decay.data - 1.0) / self.recency_half_life, dtype=np.float32)
            x = sp.csr_matrix(x.multiply(decay), dtype=np.float32)
        out = np.zeros((rows.size, len(self.items_)), dtype=np.float32)
        if self.ease_cols_.size:
            out[:, self.ease_cols_] = x[:, self.ease_cols_] @ self.B_
        mass = np.asarray(x.sum(axis=1)).ravel()
        if self.attribute_weight > 0:
            profile = x @ self.features_
            attr = np.asarray((profile @ self.features_.T).todense(), dtype=np.float32)
            out += (self.attribute_weight / np.maximum(mass, 1e-9))[:, None].astype(np.float32) * attr
        cold = mass <= 0
        if cold.any():  # no positive signal: popularity
            out[cold] = self.popularity_
        out += 1e-6 * self.popularity_  # tie-break
        return out

    # ------------------------------------------------------------------ recommend
    def recommend(self, user: str, k: int = 10) -> list[tuple[str, float]]:
        """The ``k`` best items for ``user`` that the user has not interacted with, best first,
        as ``(item_id, score)``; every item has a path (see the module docstring).

        Raises:
            ConfigError: ``k`` is not a positive int.
            UnknownEntityError: ``user`` is not in the graph the model was fitted on.
            EntityKindError: ``user`` names an item or an attribute.
        """
        return self.recommend_many([user], k)[0]

    def recommend_many(self, users: Iterable[str], k: int = 10) -> list[list[tuple[str, float]]]:
        """:meth:`recommend` for many users (scored in batches), in order."""
        k = _check_k(k)
        self._check_fitted()
        users = list(users)
        rows = np.array([self._row(u) for u in users], dtype=np.int64)
        self._refresh_path_index()
        out: list[list[tuple[str, float]]] = []
        for lo in range(0, rows.size, _SCORE_BATCH):
            block = self._scores(rows[lo:lo + _SCORE_BATCH])
            for user, row, s in zip(users[lo:lo + _SCORE_BATCH], rows[lo:lo + _SCORE_BATCH], block):
                out.append(self._top(user, row, s, k))
        return out

    def _top(self, user: str, row: int, s: np.ndarray, k: int) -> list[tuple[str, float]]:
        s = s.astype(np.float64)
        seen = self.seen_.indices[self.seen_.indptr[row]:self.seen_.indptr[row + 1]]
        s[seen] = -np.inf
        n_ok = s.size - seen.size
        if n_ok <= 0:
            return []
        near = self.path_index_.near(user) if self.require_path else None
        picked: list[tuple[str, float]] = []
        dropped = 0
        done = 0
        m = min(n_ok, k + 16)
        while len(picked) < k and done < n_ok:
            part = np.argpartition(-s, m - 1)[:m] if m < s.size else np.arange(s.size)
            order = part[np.lexsort((part, -s[part]))]
            cand = order[done:m]
            cand = cand[np.isfinite(s[cand])]
            ok = (self.path_index_.reachable_nodes(near, self.item_nodes_[cand])
                  if near is not None else np.ones(cand.size, dtype=bool))
            for c, good in zip(cand, ok):
                if good:
                    picked.append((self.items_[c], float(s[c])))
                    if len(picked) == k:
                        break
                else:
                    dropped += 1
            done = m
            m = min(n_ok, m * 4)
        self._returned += len(picked)
        self._dropped += dropped
        return picked

    @property
    def dropped_share(self) -> float:
        """Share of top-ranked items dropped for lack of a path, over every list since fit
        (dropped / (dropped + returned))."""
        total = self._returned + self._dropped
        return self._dropped / total if total else 0.0

    def _refresh_path_index(self) -> None:
        kg = self._kg
        if kg is not None and kg.version != self.path_index_.version:
            logger.info("graph changed since fit: rebuilding the path index")
            index = PathIndex.from_graph(kg, self.anchor_rating)
            if index.ids != self.path_index_.ids:
                raise ConfigError(
                    "the graph's entities changed since fit; refit the recommender (rec.fit(kg))"
                )
            self.path_index_ = index

    # ------------------------------------------------------------------ persistence
    def save(self, path: PathLikeStr) -> None:
        """Write the fitted model to one ``.npz`` file (arrays plus a JSON header; no pickle)."""
        self._check_fitted()
        pi = self.path_index_
        meta = {"format": _FORMAT, "params": self.get_params(),
                "graph": self._kg.name if self._kg is not None else None}
        arrays = {
            "meta": np.array(json.dumps(meta)),
            "ids": np.array(pi.ids, dtype=str),
            "kind": self.kind_,
            "item_nodes": self.item_nodes_,
            "user_nodes": np.array([pi.index[u] for u in self.user_rows_], dtype=np.int64),
            "ease_cols": self.ease_cols_,
            "B": self.B_,
            "popularity": self.popularity_,
            "pi_ptr": pi.ptr, "pi_nbr": pi.nbr, "pi_users": pi.users,
            "pi_user_ptr": pi.user_ptr, "pi_user_nbr": pi.user_nbr,
        }
        for name, m in (("X", self.X_), ("newer", self.newer_), ("seen", self.seen_), ("F", self.features_)):
            arrays[f"{name}_data"], arrays[f"{name}_indices"] = m.data, m.indices
            arrays[f"{name}_indptr"], arrays[f"{name}_shape"] = m.indptr, np.array(m.shape)
        with open(path, "wb") as fh:
            np.savez_compressed(fh, **arrays)

    @classmethod
    def load(cls, path: PathLikeStr, kg: KnowledgeGraph | None = None) -> "Recommender":
        """Load a model written by :meth:`save`. With ``kg`` (the graph it was fitted on), later
        changes to the graph (such as a new ``co_liked`` relation) refresh the path filter."""
        import scipy.sparse as sp

        p = FsPath(path)
        if not p.is_file():
            raise ModelNotFoundError(f"no recommender file at {p}; write one with rec.save(path)")
        with np.load(p, allow_pickle=False) as z:
            meta = json.loads(str(z["meta"]))
            if meta.get("format") != _FORMAT:
                raise ModelNotFoundError(f"{p} is not a kgexplain recommender ({meta.get('format')!r})")
            rec = cls(**meta["params"])
            ids = tuple(str(i) for i in z["ids"])
            index = {eid: n for n, eid in enumerate(ids)}
            rec.path_index_ = PathIndex(ids=ids, index=index, ptr=z["pi_ptr"], nbr=z["pi_nbr"],
                                        users=z["pi_users"], user_ptr=z["pi_user_ptr"],
                                        user_nbr=z["pi_user_nbr"], version=-1)
            rec.kind_ = z["kind"]
            rec.item_nodes_ = z["item_nodes"]
            rec.items_ = tuple(ids[n] for n in rec.item_nodes_)
            rec.user_rows_ = {ids[n]: r for r, n in enumerate(z["user_nodes"])}
            rec.ease_cols_, rec.B_, rec.popularity_ = z["ease_cols"], z["B"], z["popularity"]
            mats = {}
            for name in ("X", "newer", "seen", "F"):
                mats[name] = sp.csr_matrix(
                    (z[f"{name}_data"], z[f"{name}_indices"], z[f"{name}_indptr"]),
                    shape=tuple(int(v) for v in z[f"{name}_shape"]))
        rec.X_, rec.newer_ = mats["X"], mats["newer"]
        rec.seen_, rec.features_ = mats["seen"], mats["F"]
        if kg is not None:
            rec._kg = kg
            rec._refresh_path_index()
        return rec


def _newer_counts(seen: Any, time: Any) -> Any:
    """For each interaction, 1 + how many of the user's interactions are strictly newer
    (a CSR with the pattern of ``seen``; the 1 keeps the newest one stored)."""
    out = seen.astype(np.float32, copy=True)
    if time.nnz != seen.nnz or not np.array_equal(time.indices, seen.indices):
        raise ConfigError("interaction times do not line up with the interactions")  # pragma: no cover
    for r in range(seen.shape[0]):
        lo, hi = seen.indptr[r], seen.indptr[r + 1]
        if hi - lo < 2:
            continue
        t = time.data[lo:hi]
        newer = (hi - lo) - np.searchsorted(np.sort(t), t, side="right")
        out.data[lo:hi] = 1.0 + newer
    return out


def _check_k(k: Any) -> int:
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)):
        raise ConfigError(f"k must be a positive int, got {k!r} ({type(k).__name__})")
    if k < 1:
        raise ConfigError(f"k must be a positive int, got {k!r}")
    return int(k)
