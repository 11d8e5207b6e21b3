"""Recommend items the explainer can explain: a hybrid of EASE and the knowledge graph.

* :class:`Recommender` (``recommender``): the stage, ``fit(kg)`` / ``recommend(user, k)`` /
  ``recommend_many(users, k)`` / ``save`` / ``load``.
* :func:`add_co_liked` (``co_liked``): the aggregated, k-anonymous "people who loved X also loved
  Y" relation between items, usable as a path hop.
* ``interactions`` (ratings normalized per relation, what counts as "loved"), ``ease`` (the
  closed-form model), ``attributes`` (item side information), ``explainability`` (which items a
  path reaches), ``baselines`` (most-popular, ItemKNN, EASE), ``evaluation`` (NDCG, recall, hit
  rate, coverage) and ``splits`` (hold out each user's latest interactions).
"""

from __future__ import annotations

from kgexplain.recommend.co_liked import CO_LIKED, add_co_liked, co_liked_relation, remove_co_liked
from kgexplain.recommend.recommender import Recommender

__all__ = ["Recommender", "add_co_liked", "remove_co_liked", "co_liked_relation", "CO_LIKED"]
