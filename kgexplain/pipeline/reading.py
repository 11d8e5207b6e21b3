"""How a reason reads: the names it carries, its shape with every name masked (a user's reasons
differ in shape), and the reading rules a text must meet to be shown (:func:`_reads_well`)."""

from __future__ import annotations

import functools
import re
from typing import Sequence


from kgexplain.graph import KnowledgeGraph
from kgexplain.records import Fact, Path


# --------------------------------------------------------------------------- reason shape
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _labels(kg: KnowledgeGraph, paths: Sequence[Path], facts: Sequence[Fact]) -> list[str]:
    """Labels of the entities a reason may name, longest first."""
    ids = {n for p in paths for n in p.nodes} | {x for f in facts for x in (f.triple.head, f.triple.tail)}
    return sorted({kg.label(i) for i in ids if kg.entity(i).kind != "user"}, key=len, reverse=True)


def _anchors(kg: KnowledgeGraph, paths: Sequence[Path]) -> list[str]:
    """Labels of the items the paths start from (the node after the user)."""
    return [kg.label(p.nodes[1]) for p in paths if len(p.nodes) > 2]


@functools.lru_cache(maxsize=8192)
def _name_pattern(label: str) -> re.Pattern[str]:
    """A name as a whole word or words (compiled once: a batch masks thousands of names)."""
    return re.compile(r"(?<!\w)" + re.escape(label) + r"(?!\w)")


def _shape(text: str, labels: Sequence[str]) -> str:
    """The text with every name replaced by one placeholder."""
    for lab in labels:
        if lab in text:  # a name the text does not hold changes nothing
            text = _name_pattern(lab).sub("\u2039E\u203a", text)
    return text


def _reads_well(text: str, item_label: str, labels: Sequence[str] = (),
                anchors: Sequence[str] = ()) -> bool:
    """Shape rules of a reason: two sentences at most, none said twice, the item named at most
    twice, each anchor (the item the user loved) once (names masked first, so a label's full
    stop ends no sentence)."""
    masked = _shape(text, [item_label])
    if masked.count("\u2039E\u203a") > 2:
        return False
    for anchor in set(anchors) - {item_label}:
        # longer names that hold the anchor ("Toy Story 2" for "Toy Story") are masked first
        longer = [lab for lab in (*labels, item_label) if anchor in lab and lab != anchor]
        plain = _shape(text, longer) if longer else text
        if len(_name_pattern(anchor).findall(plain)) > 1:
            return False
    masked = _shape(masked, [lab for lab in labels if lab != item_label])
    sentences = [x for x in _SENTENCE_END.split(masked.strip()) if x]
    return len(sentences) <= 2 and len(set(sentences)) == len(sentences)


def _a(noun: str) -> str:
    return f"{'an' if noun in ('item', 'attribute', 'entity') else 'a'} {noun}"
