"""Reference recommenders the built-in one is measured against: most-popular, ItemKNN, EASE.

Each works on an :class:`~kgexplain.recommend.interactions.Interactions` matrix with implicit
feedback (every interaction counts as 1, whatever its rating), has ``fit(interactions)`` and
``scores(user_rows)`` (a dense ``len(user_rows) x items`` array; higher is better), and leaves
the masking of already-seen items to the caller (:func:`top_k`).

* :class:`MostPopular`: items by number of interactions.
* :class:`ItemKNN`: item-item cosine similarity of the interaction columns, each item keeping its
  ``neighbors`` most similar items; ``score(u, j) = sum of sim(i, j) over the user's items i``.
* :class:`EASE`: :func:`~kgexplain.recommend.ease.ease_weights` over the items with at least one
  interaction.

>>> import numpy as np, scipy.sparse as sp
>>> from kgexplain.recommend.interactions import interactions_from_graph
>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples([("user:1", "rated", "movie:1"), ("user:2", "rated", "movie:1"),
...                                       ("user:2", "rated", "movie:2")])
>>> pop = MostPopular().fit(interactions_from_graph(kg))
>>> top_k(pop.scores(np.array([0])), pop.seen[[0]], 1).tolist()
[[1]]
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import numpy as np

from kgexplain.errors import ConfigError, NotFittedError
from kgexplain.recommend.ease import check_l2, ease_weights
from kgexplain.recommend.interactions import Interactions

if TYPE_CHECKING:  # pragma: no cover
    import scipy.sparse

logger = logging.getLogger(__name__)

__all__ = ["MostPopular", "ItemKNN", "EASE", "top_k"]


class _Baseline:
    name = "baseline"

    def fit(self, x: Interactions) -> "_Baseline":
        self.seen = x.seen.tocsr()
        self._fit(self.seen)
        return self

    def _fit(self, X: "scipy.sparse.csr_matrix") -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _check(self) -> None:
        if not hasattr(self, "seen"):
            raise NotFittedError(f"{type(self).__name__} is not fitted: call fit(interactions) first")

    def scores(self, user_rows: np.ndarray) -> np.ndarray:  # pragma: no cover - abstract
        raise NotImplementedError


class MostPopular(_Baseline):
    """Most interactions first (the same list for everyone)."""

    name = "most-popular"

    def _fit(self, X) -> None:
        self.popularity_ = np.asarray(X.sum(axis=0)).ravel().astype(np.float32)

    def scores(self, user_rows: np.ndarray) -> np.ndarray:
        self._check()
        return np.tile(self.popularity_, (len(user_rows), 1))


class ItemKNN(_Baseline):
    """Item-based nearest neighbours with cosine similarity."""

    name = "itemknn"

    def __init__(self, neighbors: int = 100) -> None:
        if isinstance(neighbors, bool) or not isinstance(neighbors, int) or neighbors < 1:
            raise ConfigError(f"neighbors must be a positive int, got {neighbors!r}")
        self.neighbors = neighbors

    def _fit(self, X) -> None:
        import scipy.sparse as sp

        X = X.astype(np.float32).tocsc()
        norms = np.sqrt(np.asarray(X.multiply(X).sum(axis=0)).ravel())
        inv = np.where(norms > 0, 1.0 / np.where(norms > 0, norms, 1.0), 0.0).astype(np.float32)
        Xn = X @ sp.diags(inv)
        S = np.asarray((Xn.T @ Xn).todense(), dtype=np.float32)
        np.fill_diagonal(S, 0.0)
        n = S.shape[0]
        if self.neighbors < n:
            # keep, for each target item j (column), its `neighbors` most similar items
            cut = np.argpartition(-S, self.neighbors - 1, axis=0)[self.neighbors:]
            np.put_along_axis(S, cut, 0.0, axis=0)
        self.similarity_ = sp.csr_matrix(S)

    def scores(self, user_rows: np.ndarray) -> np.ndarray:
        self._check()
        return np.asarray((self.seen[user_rows] @ self.similarity_).todense(), dtype=np.float32)


class EASE(_Baseline):
    """Steck's EASE with L2 weight ``lam``, on items with at least one interaction."""

    name = "ease"

    def __init__(self, lam: float = 200.0) -> None:
        self.lam = check_l2(lam)

    def _fit(self, X) -> None:
        self.cols_ = np.flatnonzero(np.asarray(X.sum(axis=0)).ravel() > 0)
        self._X_cols = X[:, self.cols_].astype(np.float32).tocsr()
        self.B_ = ease_weights(self._X_cols, self.lam)

    def scores(self, user_rows: np.ndarray) -> np.ndarray:
        self._check()
        out = np.zeros((len(user_rows), self.seen.shape[1]), dtype=np.float32)
        out[:, self.cols_] = self._X_cols[user_rows] @ self.B_
        return out


def top_k(scores: np.ndarray, seen: "scipy.sparse.spmatrix", k: int) -> np.ndarray:
    """Column indices of the ``k`` best unseen items of each row, best first (ties: lower index)."""
    scores = np.array(scores, dtype=np.float64, copy=True)
    seen = seen.tocsr()
    for r in range(scores.shape[0]):
        scores[r, seen.indices[seen.indptr[r]:seen.indptr[r + 1]]] = -np.inf
    k = min(k, scores.shape[1])
    part = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    vals = np.take_along_axis(scores, part, axis=1)
    order = np.lexsort((part, -vals), axis=1)
    return np.take_along_axis(part, order, axis=1)
