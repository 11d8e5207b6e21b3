"""Consistency checking: a text passes only when every assertion in it is understood and true.

* :mod:`~kgexplain.consistency.lexicon` — relation cues derived from the registry, user cues, glue;
* :mod:`~kgexplain.consistency.index` — per-graph matchers, built once and cached;
* :mod:`~kgexplain.consistency.mentions` — entity mentions, "you", references;
* :mod:`~kgexplain.consistency.parse` — the closed grammar that reads a sentence into claims;
* :mod:`~kgexplain.consistency.judge` — one claim against the graph;
* :mod:`~kgexplain.consistency.checker` — :class:`ConsistencyChecker`, the stage.
"""

from kgexplain.consistency._text import fold
from kgexplain.consistency.checker import MAX_TEXT_CHARS, STATUSES, ConsistencyChecker
from kgexplain.consistency.index import index_for

__all__ = ["ConsistencyChecker", "STATUSES", "MAX_TEXT_CHARS", "fold", "index_for"]
