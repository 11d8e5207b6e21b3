"""Evaluate a verbalizer on WebNLG dev and on the example graph's paths.

:func:`evaluate_verbalizer` reports, for WebNLG (all references per entry):

* corpus BLEU and chrF++ (``sacrebleu``); the DBpedia labels are first rendered as a reader
  writes them (:func:`kgexplain.datasets.webnlg.readable_label`: no disambiguation suffix, units
  spelled out, ISO dates spelled), the same input for any verbalizer;
* ``label_verbatim``: the share of input entity labels that appear verbatim in the output;
* ``foreign_entity_rate``: the share of outputs that name an entity label of the corpus which is
  not in their input (a hallucinated entity);
* ``texts_per_s``: generation throughput over the whole split (batched, length-sorted).

On a graph's paths (``kg``): the same two entity shares plus the distinct-output ratio (USR).
``kgexplain evaluate verbalizer`` prints this report.
"""

from __future__ import annotations

import logging
import os
import re
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Iterable, Sequence

from kgexplain.verbalize import USER_WORD, Verbalizer, _context, path_training_pairs

logger = logging.getLogger(__name__)

__all__ = ["VerbalizerReport", "evaluate_verbalizer", "entity_shares", "EntityIndex"]


@dataclass(frozen=True)
class VerbalizerReport:
    """Scores of one verbalizer. Fields that were not measured are ``None``."""

    model: str
    backend: str
    webnlg_entries: int = 0
    bleu: float | None = None
    chrf_pp: float | None = None
    label_verbatim: float | None = None
    foreign_entity_rate: float | None = None
    texts_per_s: float | None = None
    fallback_rate: float | None = None
    path_inputs: int = 0
    path_label_verbatim: float | None = None
    path_foreign_entity_rate: float | None = None
    path_distinct_ratio: float | None = None
    path_texts_per_s: float | None = None
    examples: tuple[dict[str, str], ...] = field(default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["examples"] = list(self.examples)
        return out


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


def _corpus_scores(hyps: Sequence[str], refs: Sequence[Sequence[str]]) -> tuple[float, float]:
    import sacrebleu

    width = max(len(r) for r in refs)
    streams = [[r[k] if k < len(r) else "" for r in refs] for k in range(width)]
    bleu = sacrebleu.corpus_bleu(list(hyps), streams).score
    chrf = sacrebleu.corpus_chrf(list(hyps), streams, word_order=2).score
    return float(bleu), float(chrf)


def evaluate_verbalizer(
    verbalizer: Verbalizer | None = None,
    webnlg_dir: str | os.PathLike[str] | None = "../shared/data/webnlg",
    split: str = "dev",
    limit: int | None = None,
    kg: Any = "example",
    path_inputs: int = 300,
    seed: int = 20260,
    model_dir: str | os.PathLike[str] | None = None,
) -> VerbalizerReport:
    """Score a verbalizer on WebNLG and/or a graph's paths.

    Args:
        verbalizer: defaults to ``Seq2SeqVerbalizer(model_dir)``, or the shipped model.
        webnlg_dir: WebNLG folder, or ``None`` to skip WebNLG.
        split: ``"dev"`` (the default; ``"test"`` when you have it).
        limit: score only ``limit`` evenly spaced entries (all sizes and categories).
        kg: a graph whose sampled user→item paths (plus item facts) are verbalized;
            ``"example"`` (default) loads ``KnowledgeGraph.example()``; ``None`` skips.
        path_inputs: how many path inputs to sample from ``kg``.
        seed: sampling seed for the path inputs (differs from the training seed).
        model_dir: a model folder, used when ``verbalizer`` is not given.

    Returns:
        A :class:`VerbalizerReport` (``.to_dict()`` for JSON).
    """
    if verbalizer is None:
        from kgexplain.verbalize import Seq2SeqVerbalizer

        verbalizer = (Seq2SeqVerbalizer(model_dir) if model_dir is not None
                      else Seq2SeqVerbalizer.default())
    if isinstance(kg, str) and kg == "example":
        from kgexplain.graph import KnowledgeGraph

        kg = KnowledgeGraph.example()
    fields: dict[str, Any] = {
        "model": str(getattr(verbalizer, "model_dir", type(verbalizer).__name__)),
        "backend": str(getattr(verbalizer, "backend_", getattr(verbalizer, "name", ""))),
    }
    examples: list[dict[str, str]] = []
    if webnlg_dir is not None:
        from kgexplain.datasets.webnlg import read_webnlg, readable_label

        entries = read_webnlg(webnlg_dir, split)  # type: ignore[arg-type]
        if limit is not None and limit < len(entries):
            # evenly spaced: the split is ordered by triple-set size, its head is all 1-triple sets
            entries = [entries[i * len(entries) // limit] for i in range(limit)]
        # DBpedia ids -> what a reader writes ("Washington (state)" -> "Washington")
        inputs = [[(readable_label(h), r, readable_label(t)) for h, r, t in e.triples]
                  for e in entries]
        before = getattr(verbalizer, "fallbacks_", 0)
        start = time.perf_counter()
        outputs = verbalizer.verbalize_batch(inputs)
        elapsed = time.perf_counter() - start
        fallbacks = getattr(verbalizer, "fallbacks_", 0) - before
        with_refs = [i for i, e in enumerate(entries) if e.references]
        bleu, chrf = _corpus_scores([outputs[i] for i in with_refs],
                                    [entries[i].references for i in with_refs])
        labels = [readable_label(x) for e in read_webnlg(webnlg_dir, "train")
                  for t in e.triples for x in (t[0], t[2])]
        labels += [x for triples in inputs for t in triples for x in (t[0], t[2])]
        verbatim, foreign = entity_shares(outputs, inputs, EntityIndex(labels))
        fields.update(webnlg_entries=len(entries), bleu=bleu, chrf_pp=chrf, label_verbatim=verbatim,
                      foreign_entity_rate=foreign, texts_per_s=len(entries) / max(elapsed, 1e-9),
                      fallback_rate=fallbacks / max(len(entries), 1))
        for i in range(0, len(entries), max(1, len(entries) // 5))[:5]:
            examples.append({"input": str(inputs[i]), "output": outputs[i],
                             "reference": entries[i].references[0] if entries[i].references else ""})
    if kg is not None and path_inputs > 0:
        pairs = path_training_pairs(kg, path_inputs, seed=seed)
        inputs = [p[0] for p in pairs]
        start = time.perf_counter()
        outputs = verbalizer.verbalize_batch(inputs)
        elapsed = time.perf_counter() - start
        index = EntityIndex(e.label for e in kg.entities() if e.kind != "user")
        verbatim, foreign = entity_shares(outputs, inputs, index)
        fields.update(path_inputs=len(inputs), path_label_verbatim=verbatim,
                      path_foreign_entity_rate=foreign,
                      path_distinct_ratio=len(set(outputs)) / max(len(outputs), 1),
                      path_texts_per_s=len(inputs) / max(elapsed, 1e-9))
        for i in range(min(3, len(inputs))):
            examples.append({"input": str(inputs[i]), "output": outputs[i],
                             "reference": pairs[i][1][0]})
    return VerbalizerReport(examples=tuple(examples), **fields)
