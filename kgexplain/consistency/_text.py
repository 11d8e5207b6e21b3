"""Text helpers shared by the checker's modules: accent folding and the blank spaCy pipeline.

The checker needs spaCy's tokenizer only. Importing spaCy imports thinc, which probes for torch
(``thinc.compat``) and so imports it: about a second of every checker process, for nothing the
tokenizer uses. :func:`nlp` therefore imports spaCy with torch hidden from that probe alone
(:class:`_TorchHiddenFromThinc`); tokenization is the same either way. Left as it is: a process
that imported torch or thinc before the checker's first use (thinc then sees torch as usual),
and every other ``import torch``, which the finder never touches. The one effect: in a process
whose first spaCy import is the checker's, thinc's own torch helpers (``thinc.api.PyTorchWrapper``,
spacy-transformers) see no torch; import ``thinc`` first when the same process needs them.
"""

from __future__ import annotations

import math
import re
import sys
import threading
from typing import TYPE_CHECKING, Any, Collection, Sequence

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

__all__ = ["fold", "nlp", "as_number", "number_at", "span_around", "NUMBER_RE", "WORD_NUMBERS"]

NUMBER_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "half": 0.5,
}

_lock = threading.Lock()
_NLP: Language | None = None
_FOLD_TABLE: dict[int, str] | None = None


def nlp() -> Language:
    """The shared blank English pipeline (tokenizer only); no model download."""
    global _NLP
    with _lock:
        if _NLP is None:
            hide = "thinc" not in sys.modules and "torch" not in sys.modules
            finder = _TorchHiddenFromThinc()
            if hide:
                sys.meta_path.insert(0, finder)
            try:
                import spacy

                _NLP = spacy.blank("en")
                # "Cape Fear (1991): it ..." is a closing bracket and a colon, not the emoticon
                _NLP.tokenizer.add_special_case("):", [{"ORTH": ")"}, {"ORTH": ":"}])
            finally:
                if hide:
                    sys.meta_path.remove(finder)
        return _NLP


class _TorchHiddenFromThinc:
    """An import finder that makes ``import torch`` fail when thinc's backend probe
    (``thinc.compat``) asks for it, and stays out of every other import."""

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name == "torch" or name.startswith("torch."):
            frame = sys._getframe(1)
            while frame is not None:
                if frame.f_globals.get("__name__") == "thinc.compat":
                    raise ImportError("torch is not needed by kgexplain's tokenizer")
                frame = frame.f_back
        return None


def fold(text: str) -> str:
    """Length-preserving fold for matching: accents dropped, typographic quotes and dashes
    made plain ("García Márquez" -> "Garcia Marquez", "Alice’s" -> "Alice's").

    >>> fold("García’s")
    "Garcia's"
    """
    global _FOLD_TABLE
    if _FOLD_TABLE is None:
        import unicodedata

        table: dict[int, str] = {}
        for code in range(0x80, 0x2000):
            base = unicodedata.normalize("NFKD", chr(code))[:1]
            if base and base.isascii() and base.isalnum() and base != chr(code):
                table[code] = base
        table.update({ord(c): "'" for c in "\u2018\u2019\u02bc"})
        table.update({ord(c): '"' for c in "\u201c\u201d"})
        table.update({ord(c): "-" for c in "\u2010\u2011\u2012"})
        # letters NFKD keeps whole, written plain in English ("Lars Lokke Rasmussen", "Lodz")
        table.update({ord(c): b for c, b in zip("øØłŁđĐıħĦŧŦðÐ", "oOlLdDihHtTdD")})
        _FOLD_TABLE = table
    return text.translate(_FOLD_TABLE)


def as_number(value: Any) -> float | None:
    """A finite float from an attribute value (int, float, numeric string, numpy scalar)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        v = float(value)
        return v if math.isfinite(v) else None
    if isinstance(value, str) and NUMBER_RE.match(value.strip()):
        return float(value.strip().replace(",", ""))
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        try:
            return as_number(value.item())
        except (TypeError, ValueError):
            return None
    return None


def number_at(lowers: list[str], k: int, b: int) -> float | None:
    """The number token ``k`` states: digits, "4.5/5", or a word before "stars" ("five stars")."""
    w = lowers[k]
    if NUMBER_RE.match(w):
        return float(w.replace(",", ""))
    if w.endswith("/5") and NUMBER_RE.match(w[:-2]):
        return float(w[:-2])  # "5/5", one token: a rating on the five-star scale
    if w in WORD_NUMBERS and k + 1 < b and lowers[k + 1] in ("stars", "star", "out", "/"):
        return float(WORD_NUMBERS[w])
    if w in WORD_NUMBERS and lowers[k + 1:k + 4] == ["and", "a", "half"] \
            and lowers[k + 4:k + 5] in (["stars"], ["star"]):
        return float(WORD_NUMBERS[w])  # "four and a half stars": the caller reads the half
    return None


def span_around(words: Sequence[str], k: int, ends: Collection[str]) -> tuple[int, int]:
    """The stretch of ``words`` around position ``k`` that none of ``ends`` interrupts: its
    first position (after the last end word before ``k``) and where it stops (the first end word
    from ``k`` on, or the end)."""
    start = next((j + 1 for j in range(k - 1, -1, -1) if words[j] in ends), 0)
    stop = next((j for j in range(k, len(words)) if words[j] in ends), len(words))
    return start, stop
