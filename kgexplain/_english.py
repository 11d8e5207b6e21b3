"""Small English helpers shared by the stages that write text and the checker that reads it.

Kept below every stage (it imports nothing of kgexplain), so the template verbalizer and the
consistency checker agree on a plural without importing each other.
"""

from __future__ import annotations

__all__ = ["plural"]


def plural(word: str) -> str:
    """A noun's plural ("comedy" -> "comedies", "band" -> "bands", "actress" -> "actresses").

    >>> [plural(w) for w in ("comedy", "band", "actress", "day")]
    ['comedies', 'bands', 'actresses', 'days']
    """
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"
