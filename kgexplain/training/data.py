"""A training run's data: WebNLG train entries and template path→reason pairs, delexicalized.

:func:`build_training_data` assembles, from one seeded random stream, the training pairs
(WebNLG train minus the held-back dev entries and any held-out categories; template path→reason
pairs with a few seeded paraphrases each; the optional generalization pairs of
:mod:`kgexplain.training.pairs`) and the held-back material every evaluation scores.
:func:`batches` orders the pairs into length-bucketed batches for one epoch.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

from kgexplain.errors import ConfigError
from kgexplain.training.config import Example, TrainConfig
from kgexplain.verbalize import delexicalize, delexicalize_text

__all__ = ["TrainingData", "build_training_data", "webnlg_examples", "batches"]


@dataclass
class TrainingData:
    """The pairs a run trains on and the held-back material it is scored on.

    ``dev_paths`` holds ``(delexicalized source, reference texts, labels)`` of held-back path
    pairs; ``n_webnlg`` and ``n_extra`` count the WebNLG and generalization pairs of ``train``.
    """

    train: list[Example] = field(default_factory=list)
    dev_entries: list[Any] = field(default_factory=list)
    heldout_dev: list[Any] = field(default_factory=list)
    dev_paths: list[tuple[str, list[str], tuple[str, ...]]] = field(default_factory=list)
    n_webnlg: int = 0
    n_extra: int = 0

    @property
    def dev_examples(self) -> list[Example]:
        """The held-back (source, target) pairs the dev loss is measured on."""
        return webnlg_examples(self.dev_entries) + [
            (src, t) for src, texts, labels in self.dev_paths
            for t in (delexicalize_text(x, labels) for x in texts[:1]) if t
        ]


def webnlg_examples(entries: Iterable[Any]) -> list[Example]:
    """Delexicalized (source, target) pairs from WebNLG entries; references whose entities
    cannot all be located in the text are skipped."""
    out: list[Example] = []
    for entry in entries:
        d = delexicalize(entry.triples)
        for ref in entry.references:
            target = delexicalize_text(ref, d.labels)
            if target is not None:
                out.append((d.source, target))
    return out


def build_training_data(cfg: TrainConfig, webnlg_dir: Any, kg: Any) -> TrainingData:
    """Everything ``cfg`` asks for from the WebNLG folder and the graph (either may be ``None``).

    Raises:
        ConfigError: unknown ``heldout_categories``, or no pair left after delexicalization.
    """
    rng = random.Random(cfg.seed)
    data = TrainingData()
    if webnlg_dir is not None:
        _add_webnlg(data, cfg, webnlg_dir, rng)
    data.n_webnlg = len(data.train)
    if kg is not None and cfg.path_pairs > 0:
        _add_path_pairs(data, cfg, kg, rng)
    data.n_extra = _add_generalization_pairs(data.train, kg, cfg, rng, webnlg_dir)
    if not data.train:
        raise ConfigError("the training data is empty after delexicalization")
    return data


def _add_webnlg(data: TrainingData, cfg: TrainConfig, webnlg_dir: Any, rng: random.Random) -> None:
    """WebNLG train entries: held-out categories aside, ``cfg.dev_entries`` held back as dev."""
    from kgexplain.datasets.webnlg import read_webnlg

    entries = read_webnlg(webnlg_dir, "train")
    held = set(cfg.heldout_categories)
    unknown = held - {e.category for e in entries}
    if unknown:
        raise ConfigError(f"heldout_categories {sorted(unknown)} are not WebNLG train categories")
    heldout_entries = [e for e in entries if e.category in held and e.references]
    entries = [e for e in entries if e.category not in held]
    data.heldout_dev = random.Random(cfg.seed + 1).sample(
        heldout_entries, min(cfg.dev_heldout_entries, len(heldout_entries)))
    order = list(range(len(entries)))
    rng.shuffle(order)
    dev_idx = set(order[: cfg.dev_entries])
    data.dev_entries = [entries[i] for i in sorted(dev_idx)]
    data.train.extend(webnlg_examples(e for i, e in enumerate(entries) if i not in dev_idx))


def _add_path_pairs(data: TrainingData, cfg: TrainConfig, kg: Any, rng: random.Random) -> None:
    """Template path→reason pairs of ``kg``: the first ``cfg.dev_path_pairs`` held back, each
    other one with its canonical text and ``cfg.paraphrases - 1`` seeded paraphrases."""
    from kgexplain.verbalize import path_training_pairs

    from kgexplain.paths import PathFinder

    finder = PathFinder(kg)
    pairs = path_training_pairs(kg, cfg.path_pairs + cfg.dev_path_pairs, seed=cfg.seed,
                                find_paths=lambda u, i: finder.find(u, i, k=3),
                                multi_path_share=cfg.multi_path_share)
    for triples, texts in pairs[: cfg.dev_path_pairs]:
        d = delexicalize(triples)
        data.dev_paths.append((d.source, list(texts), d.labels))
    for triples, texts in pairs[cfg.dev_path_pairs :]:
        d = delexicalize(triples)
        # the canonical text plus a few seeded paraphrases
        chosen = [texts[0], *rng.sample(texts[1:], min(len(texts) - 1, cfg.paraphrases - 1))]
        for text in chosen:
            target = delexicalize_text(text, d.labels)
            if target is not None:
                data.train.append((d.source, target))


def _add_generalization_pairs(train_ex: list[Example], kg: Any, cfg: TrainConfig,
                              rng: random.Random, webnlg_dir: Any) -> int:
    """Append re-phrased and reason-shaped path pairs (see :class:`TrainConfig`); their count."""
    if kg is None or (cfg.random_phrase_pairs <= 0 and cfg.reason_pairs <= 0):
        return 0
    from kgexplain.datasets.music import RELATIONS as VALIDATION_RELATIONS
    from kgexplain.training.pairs import phrase_pool, random_phrase_pairs, reason_shaped_pairs

    pairs = []
    if cfg.random_phrase_pairs > 0:
        props: list[str] = []
        if webnlg_dir is not None:
            from kgexplain.datasets.webnlg import read_webnlg

            props = [r for e in read_webnlg(webnlg_dir, "train") for _, r, _ in e.triples]
        pool = phrase_pool(kg, props, exclude=[p for r in VALIDATION_RELATIONS
                                               for p in (r.phrase, r.inverse_phrase)])
        pairs += random_phrase_pairs(kg, cfg.random_phrase_pairs, pool, seed=cfg.seed + 2)
    if cfg.reason_pairs > 0:
        pairs += reason_shaped_pairs(kg, cfg.reason_pairs, seed=cfg.seed + 3)
    before = len(train_ex)
    for triples, texts in pairs:
        d = delexicalize(triples)
        for text in [texts[0], *rng.sample(texts[1:], min(len(texts) - 1, cfg.paraphrases - 1))]:
            target = delexicalize_text(text, d.labels)
            if target is not None:
                train_ex.append((d.source, target))
    return len(train_ex) - before


def batches(lengths: Sequence[int], batch_size: int, seed: int) -> list[list[int]]:
    """Length-bucketed batches in a seeded order (pools of 50 batches sorted by length)."""
    rng = random.Random(seed)
    idx = list(range(len(lengths)))
    rng.shuffle(idx)
    pool = batch_size * 50
    out: list[list[int]] = []
    for s in range(0, len(idx), pool):
        chunk = sorted(idx[s : s + pool], key=lambda i: lengths[i])
        out.extend(chunk[k : k + batch_size] for k in range(0, len(chunk), batch_size))
    rng.shuffle(out)
    return out
