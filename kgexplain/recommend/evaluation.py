"""Top-k accuracy and beyond-accuracy metrics for recommendation lists.

Relevance is binary: an item is relevant to a user when it is in the user's held-out set. For a
list ``r_1..r_k`` with ``rel_i`` in {0, 1} and a held-out set ``T``:

* ``NDCG@k = DCG / IDCG`` with ``DCG = sum_i rel_i / log2(i + 1)`` and the ideal
  ``IDCG = sum_{i <= min(k, |T|)} 1 / log2(i + 1)`` (the standard definition);
* the **PEARLM-repository NDCG** keeps the DCG but takes the ideal DCG of the list's own hits
  reordered to the top (``IDCG = sum_{i <= hits} 1 / log2(i + 1)``; 0 when no hit). It ignores the
  relevant items the list missed, so it is higher; it is the figure behind the published path
  reasoning results (PGPR, CAFE, UCPR, PLM-Rec, KGGLM) on ML-1M and is reported for comparison;
* ``Recall@k = hits / |T|``; ``HR@k = 1`` when at least one hit;
* **catalogue coverage**: distinct recommended items / catalogue size;
* **mean popularity rank**: mean of the recommended items' popularity ranks (1 = the item with
  the most training interactions).

Users with an empty held-out set are skipped. Every metric is averaged over users.

>>> round(ndcg_at_k(["a", "b", "c"], {"b", "z"}, 3), 4)  # (1/log2 3) / (1 + 1/log2 3)
0.3869
>>> round(pearlm_ndcg_at_k(["a", "b", "c"], {"b", "z"}, 3), 4)  # (1/log2 3) / 1
0.6309
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping, Sequence

import numpy as np

__all__ = [
    "ndcg_at_k",
    "pearlm_ndcg_at_k",
    "recall_at_k",
    "hit_rate_at_k",
    "popularity_ranks",
    "RankingReport",
    "evaluate_rankings",
]

_DISCOUNT = 1.0 / np.log2(np.arange(2, 10_002))


def _hits(ranked: Sequence[Any], relevant: set, k: int) -> np.ndarray:
    return np.array([item in relevant for item in list(ranked)[:k]], dtype=bool)


def ndcg_at_k(ranked: Sequence[Any], relevant: set, k: int) -> float:
    """Standard NDCG@k with binary relevance (ideal: ``min(k, |relevant|)`` hits on top)."""
    if not relevant:
        return 0.0
    hits = _hits(ranked, relevant, k)
    dcg = float(_DISCOUNT[: hits.size][hits].sum())
    idcg = float(_DISCOUNT[: min(k, len(relevant))].sum())
    return dcg / idcg


def pearlm_ndcg_at_k(ranked: Sequence[Any], relevant: set, k: int) -> float:
    """NDCG@k with the ideal DCG of the list's own hits reordered (the PEARLM repository's)."""
    hits = _hits(ranked, relevant, k)
    n = int(hits.sum())
    if n == 0:
        return 0.0
    return float(_DISCOUNT[: hits.size][hits].sum()) / float(_DISCOUNT[:n].sum())


def recall_at_k(ranked: Sequence[Any], relevant: set, k: int) -> float:
    """Relevant items in the top k over all relevant items."""
    if not relevant:
        return 0.0
    return float(_hits(ranked, relevant, k).sum()) / len(relevant)


def hit_rate_at_k(ranked: Sequence[Any], relevant: set, k: int) -> float:
    """1.0 when the top k holds at least one relevant item, else 0.0."""
    return float(_hits(ranked, relevant, k).any())


def popularity_ranks(counts: Mapping[Any, float]) -> dict[Any, int]:
    """Rank 1 for the item with the largest count (ties broken by key order)."""
    order = sorted(counts, key=lambda item: (-counts[item], str(item)))
    return {item: r for r, item in enumerate(order, start=1)}


@dataclass(frozen=True)
class RankingReport:
    """Averaged metrics of one recommender on one held-out set."""

    users: int
    ndcg: float
    pearlm_ndcg: float
    recall: float
    hit_rate: float
    coverage: float
    mean_popularity_rank: float
    k: int

    def to_dict(self) -> dict[str, Any]:
        return {
            f"ndcg@{self.k}": round(self.ndcg, 5),
            f"pearlm_ndcg@{self.k}": round(self.pearlm_ndcg, 5),
            f"recall@{self.k}": round(self.recall, 5),
            f"hr@{self.k}": round(self.hit_rate, 5),
            "catalogue_coverage": round(self.coverage, 5),
            "mean_popularity_rank": round(self.mean_popularity_rank, 1),
            "users": self.users,
        }


def evaluate_rankings(
    rankings: Mapping[Any, Sequence[Any]],
    held_out: Mapping[Any, set],
    k: int,
    catalogue_size: int,
    pop_rank: Mapping[Any, int],
) -> RankingReport:
    """Average the metrics over the users that have a non-empty held-out set.

    Args:
        rankings: user -> ranked items (at least ``k`` where possible).
        held_out: user -> relevant items.
        k: list length.
        catalogue_size: number of recommendable items (for coverage).
        pop_rank: item -> popularity rank (items missing get ``catalogue_size``).
    """
    users = [u for u, rel in held_out.items() if rel]
    nd, pn, rc, hr, ranks = [], [], [], [], []
    shown: set = set()
    for u in users:
        ranked = list(rankings.get(u, ()))[:k]
        rel = held_out[u]
        nd.append(ndcg_at_k(ranked, rel, k))
        pn.append(pearlm_ndcg_at_k(ranked, rel, k))
        rc.append(recall_at_k(ranked, rel, k))
        hr.append(hit_rate_at_k(ranked, rel, k))
        shown.update(ranked)
        ranks.extend(pop_rank.get(i, catalogue_size) for i in ranked)

    def mean(xs: list) -> float:
        return float(np.mean(xs)) if xs else 0.0

    return RankingReport(
        users=len(users), ndcg=mean(nd), pearlm_ndcg=mean(pn), recall=mean(rc), hit_rate=mean(hr),
        coverage=len(shown) / max(catalogue_size, 1), mean_popularity_rank=mean(ranks), k=k,
    )
