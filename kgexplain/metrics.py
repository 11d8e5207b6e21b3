"""Path-quality metrics at their first address; they live in :mod:`kgexplain.paths.metrics`.

``from kgexplain import metrics`` keeps working (the same functions); new code imports
``from kgexplain.paths import metrics``.
"""

from __future__ import annotations

from kgexplain.paths import metrics as _metrics
from kgexplain.paths.metrics import *  # noqa: F401,F403  (the same public names)

__all__ = list(_metrics.__all__)
