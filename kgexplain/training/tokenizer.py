"""The verbalizer's tokenizer: byte-level BPE trained on the run's own corpus.

:func:`build_tokenizer` trains it (placeholders and triple markers are atomic tokens),
:func:`encode` turns texts into ids; :func:`run_tokenizer` picks the tokenizer of a run (the
starting model's, the one a resumed run saved, or a new one).
"""

from __future__ import annotations

import re
from pathlib import Path as FsPath
from typing import Any, Iterable, Sequence

from kgexplain.training.config import Example, TrainConfig
from kgexplain.verbalize import HEAD, PLACEHOLDERS, REL, TAIL

__all__ = ["build_tokenizer", "encode", "run_tokenizer"]


def _tokenizer_corpus(examples: Sequence[Example], extra: Iterable[str]) -> Iterable[str]:
    strip = re.compile(r"<E\d+>|<H>|<R>|<T>")
    for src, tgt in examples:
        yield strip.sub(" ", src)
        yield strip.sub(" ", tgt)
    yield from extra


def build_tokenizer(examples: Sequence[Example], vocab_size: int, extra: Iterable[str] = ()):
    """Train a byte-level BPE tokenizer (``tokenizers``) with the placeholder and marker tokens.

    Ids 0, 1, 2 are ``<pad>``, ``</s>``, ``<unk>`` (T5's convention); ``<H> <R> <T>`` and
    ``<E0>``…``<E31>`` are atomic added tokens (markers absorb the spaces around them, a
    placeholder the space on its left, so no token is spent on a bare space).
    """
    from tokenizers import AddedToken, Tokenizer, decoders, models, pre_tokenizers, trainers

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size - 3 - len(PLACEHOLDERS),
        min_frequency=2,
        special_tokens=["<pad>", "</s>", "<unk>"],
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(_tokenizer_corpus(examples, extra), trainer)
    tok.add_tokens([AddedToken(m, lstrip=True, rstrip=True, normalized=False) for m in (HEAD, REL, TAIL)])
    tok.add_tokens([AddedToken(p, lstrip=True, normalized=False) for p in PLACEHOLDERS])
    return tok


def encode(tok: Any, texts: Sequence[str], max_len: int) -> list[list[int]]:
    """Token ids with ``</s>`` appended, truncated to ``max_len``."""
    eos = tok.token_to_id("</s>")
    return [e.ids[: max_len - 1] + [eos] for e in tok.encode_batch(list(texts), add_special_tokens=False)]



def _template_words() -> list[str]:
    """Template and relation wording, so the tokenizer has merges for the path-reason style."""
    from importlib import resources

    words: list[str] = []
    root = resources.files("kgexplain") / "templates"
    for name in ("relations.yaml", "paths.yaml"):
        item = root / name
        if item.is_file():
            words.extend(re.sub(r"[{}%#<>]+", " ", item.read_text(encoding="utf-8")).splitlines())
    return words * 20


def run_tokenizer(out: FsPath, train: Sequence[Example], cfg: TrainConfig, init_dir: FsPath | None,
                  resume: bool) -> Any:
    """The run's tokenizer, saved as ``out/tokenizer.json``: the starting model's (``init_dir``),
    else the saved one when resuming, else one trained on ``train``."""
    from tokenizers import Tokenizer

    tok_path = out / "tokenizer.json"
    if init_dir is not None:
        tok = Tokenizer.from_file(str(init_dir / "tokenizer.json"))
        tok.save(str(tok_path))
    elif resume and tok_path.exists():
        tok = Tokenizer.from_file(str(tok_path))
    else:
        tok = build_tokenizer(train, cfg.vocab_size, extra=_template_words())
        tok.save(str(tok_path))
    return tok
