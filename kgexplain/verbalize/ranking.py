"""Ranking a model's N best texts: named input entities first, invented names and numbers last.

A generated text should name every entity of its input and nothing the input lacks. These
helpers score candidates for that (:func:`_rank_key`), say when the best text drops an entity
or invents a name or number (the seq2seq verbalizer then retries the input in segments), and
join the segments' texts back into whole candidates (:func:`_join_segments`).
"""

from __future__ import annotations

import re
from typing import Any, Sequence

from kgexplain.verbalize.base import _dedupe

def _named(text: str, labels: Sequence[str]) -> int:
    """How many of the labels appear verbatim in the text."""
    return sum(1 for lab in labels if lab in text)


def _drops_entity(texts: Sequence[str], labels: Sequence[str] | None) -> bool:
    """Whether the best of ranked texts misses an input label (or there is no text); False for a
    model that does not delexicalize (no labels)."""
    return bool(labels) and (not texts or _named(texts[0], labels) < len(labels))


def _invents(texts: Sequence[str], labels: Sequence[str] | None,
             triples: Sequence[Sequence[str]]) -> bool:
    """Whether the best of ranked texts names or numbers something absent from the input (see
    :func:`_rank_key`); False for a model that does not delexicalize (no labels)."""
    return bool(labels) and bool(texts) and _invented(texts[0], _context(triples)) > 0


_NAME_OR_NUMBER = re.compile(r"(?<![.!?]\s)(?<!^)\b(?:[A-Z][\w'-]*|\d[\d.,]*\d|\d)")


def _rank_key(text: str, labels: Sequence[str], context: str) -> tuple[int, int]:
    """Candidate order: more input labels named first, then fewer names or numbers the input
    does not contain (a capitalized word not starting a sentence, or a number, absent from the
    input's labels and relation phrases, ``context`` lower-cased): the model's inventions."""
    return -_named(text, labels), _invented(text, context)


def _invented(text: str, context: str) -> int:
    """How many names or numbers of ``text`` (see :func:`_rank_key`) ``context`` lacks."""
    return sum(1 for m in _NAME_OR_NUMBER.finditer(text) if m.group().lower() not in context)


def _context(triples: Sequence[Sequence[str]]) -> str:
    """The input's labels and relation phrases, lower-cased, for containment tests."""
    return " | ".join(x for t in triples for x in t).lower()


def _join_segments(plan: Sequence[Sequence[Any]], found: Sequence[list[str]],
                   n: int) -> list[list[str]]:
    """Per input, up to ``n`` texts: the i-th candidate of every segment joined (a segment with
    fewer candidates repeats its last); no text when a segment has none."""
    out: list[list[str]] = []
    pos = 0
    for segments in plan:
        parts = found[pos:pos + len(segments)]
        pos += len(segments)
        if any(not c for c in parts):
            out.append([])
        else:
            width = max(len(c) for c in parts)
            out.append(_dedupe(" ".join(c[min(i, len(c) - 1)] for c in parts)
                               for i in range(width))[:n])
    return out
