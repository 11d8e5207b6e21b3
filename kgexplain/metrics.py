"""Path-quality metrics at their first address; they live in :mod:`kgexplain.paths.metrics`.

``from kgexplain import metrics`` keeps working (the same functions); new code imports
``from kgexplain.paths import metrics``.
"""

from __future__ import annotations

from kgexplain.paths.metrics import (
    is_valid_path,
    path_validity,
    normalized_ema,
    linking_interaction_recency,
    shared_entity_popularity,
    explanation_type_diversity,
    path_type_diversity,
    path_type_concentration,
    linked_interaction_diversity,
    shared_entity_diversity,
    path_quality,
)

__all__ = [
    "is_valid_path",
    "path_validity",
    "normalized_ema",
    "linking_interaction_recency",
    "shared_entity_popularity",
    "explanation_type_diversity",
    "path_type_diversity",
    "path_type_concentration",
    "linked_interaction_diversity",
    "shared_entity_diversity",
    "path_quality",
]
