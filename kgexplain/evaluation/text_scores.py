"""Scores of generated texts: corpus BLEU and chrF++, and entity faithfulness.

:func:`corpus_scores` computes corpus BLEU and chrF++ with sacrebleu (all references of an
entry). :class:`EntityIndex` finds known entity labels in a text, and :func:`entity_shares`
turns that into two shares: input labels said verbatim, and outputs naming an entity their input
does not hold (a hallucinated entity). The verbalizer evaluations
(:mod:`kgexplain.evaluation.verbalizer`) report them.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from kgexplain.verbalize import USER_WORD, _context

__all__ = ["EntityIndex", "entity_shares", "corpus_scores"]


class EntityIndex:
    """Finds known entity labels in a text (word-boundary, case-sensitive)."""

    def __init__(self, labels: Iterable[str], min_len: int = 4) -> None:
        self._by_first: dict[str, set[str]] = {}
        for label in labels:
            label = label.strip()
            if len(label) < min_len or not any(c.isupper() or c.isdigit() for c in label):
                continue
            first = label.split()[0]
            self._by_first.setdefault(first, set()).add(label)

    def find(self, text: str) -> set[str]:
        found: set[str] = set()
        for word in set(re.findall(r"[^\s,.;:!?()\"]+", text)):
            for label in self._by_first.get(word, ()):
                if re.search(r"(?<!\w)" + re.escape(label) + r"(?!\w)", text):
                    found.add(label)
        return found


def entity_shares(outputs: Sequence[str], inputs: Sequence[Sequence[Sequence[str]]],
                  index: EntityIndex) -> tuple[float, float]:
    """(share of input labels found verbatim, share of outputs naming a label not in the input).

    A found label counts as foreign only when it is not part of an input label or relation phrase,
    ignoring letter case (``"Texas"`` inside ``"Arlington, Texas"`` is not foreign, nor is
    ``"Vice President"`` for the relation ``"vice president"``).
    """
    present = total = 0
    foreign = 0
    for text, triples in zip(outputs, inputs):
        labels = {x for h, _, t in triples for x in (h, t) if x.lower() != USER_WORD}
        present += sum(1 for lab in labels if lab in text)
        total += len(labels)
        context = _context(triples)
        if any(lab.lower() not in context for lab in index.find(text)):
            foreign += 1
    return present / max(total, 1), foreign / max(len(outputs), 1)


def corpus_scores(hyps: Sequence[str], refs: Sequence[Sequence[str]]) -> tuple[float, float]:
    """(corpus BLEU, corpus chrF++) of ``hyps`` against every reference of each entry
    (sacrebleu; an entry with fewer references gets empty ones)."""
    import sacrebleu

    width = max(len(r) for r in refs)
    streams = [[r[k] if k < len(r) else "" for r in refs] for k in range(width)]
    bleu = sacrebleu.corpus_bleu(list(hyps), streams).score
    chrf = sacrebleu.corpus_chrf(list(hyps), streams, word_order=2).score
    return float(bleu), float(chrf)
