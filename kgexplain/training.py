"""Train the seq2seq verbalizer from scratch: WebNLG 2020 train plus path→reason pairs.

:func:`train_verbalizer` trains a small T5 (``transformers``) on delexicalized triples
(see :mod:`kgexplain.verbalize`), with a byte-level BPE tokenizer trained on the same corpus
(``tokenizers``). Everything is seeded; a slice of the training entries is held back as the dev
split that drives checkpoint selection and early stopping (WebNLG's official dev split stays
untouched for evaluation). Training state (model, optimizer moments, data position) is written as
safetensors + JSON after every evaluation, atomically, so a run resumes exactly where it stopped.
The best model so far lives in ``<out_dir>/best`` in the layout :class:`Seq2SeqVerbalizer` loads.

Example (the CLI ``kgexplain train-verbalizer`` calls the same function)::

    from kgexplain.training import train_verbalizer
    train_verbalizer("runs/verb", webnlg_dir="/data/webnlg", epochs=20)
"""

from __future__ import annotations

import json
import logging
import math
import os
import random
import re
import shutil
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path as FsPath
from typing import Any, Iterable, Sequence

from kgexplain.errors import ConfigError
from kgexplain.verbalize import (
    HEAD,
    PLACEHOLDERS,
    REL,
    TAIL,
    delexicalize,
    delexicalize_text,
    relexicalize,
)

logger = logging.getLogger(__name__)

__all__ = ["TrainConfig", "TrainResult", "train_verbalizer", "build_tokenizer", "MODEL_FORMAT",
           "average_checkpoints", "list_snapshots"]

MODEL_FORMAT = "kgexplain-verbalizer/1"
"""Written to ``kgexplain.json`` in a model directory; tells the loader the input format."""

Example = tuple[str, str]  # (delexicalized source, delexicalized target)

_SIZE_FIELDS = frozenset({"d_model", "d_ff", "d_kv", "num_heads", "num_layers", "num_decoder_layers",
                          "vocab_size", "max_source_len", "max_target_len"})


@dataclass(frozen=True)
class TrainConfig:
    """Model size and optimisation settings (saved with every checkpoint).

    Defaults give a 4+3-layer T5 with d_model 256 (7.5M parameters), sized for CPU training.
    ``bf16`` runs forward and backward under bfloat16 autocast (weights and optimizer stay
    float32): about 1.8x faster per step on CPUs with AVX512-BF16 (measured on this project's
    2-core machine). ``anneal_to_step`` > 0 ends a run with a cool-down: from the step where a
    run (or resumed run) first sees it, the learning rate falls linearly to 0 at that step, and
    training stops there. At every evaluation the weights are also saved to
    ``snapshots/step-<N>.safetensors`` (the newest ``keep_snapshots`` are kept; 0 keeps none)
    for :func:`average_checkpoints`.
    ``path_pairs`` template path→reason pairs are added when a graph is passed (each with the
    canonical text and ``paraphrases - 1`` seeded paraphrases as targets).

    Generalization options (:mod:`kgexplain.training_pairs`; all off by default, as the shipped
    model was trained): ``heldout_categories`` WebNLG train categories are left out of training
    and ``dev_heldout_entries`` of their entries are scored at each evaluation (``heldout_bleu``,
    averaged into the selection score); ``random_phrase_pairs`` path pairs come from the graph
    with its relations re-phrased from a pool (targets say the given phrase word for word);
    ``reason_pairs`` pairs have the template's aggregated one-sentence reasons as targets.
    """

    d_model: int = 256
    d_ff: int = 1024
    d_kv: int = 64
    num_heads: int = 4
    num_layers: int = 4
    num_decoder_layers: int = 3
    vocab_size: int = 6000
    dropout: float = 0.1
    batch_size: int = 32
    lr: float = 1e-3
    warmup_steps: int = 400
    weight_decay: float = 0.01
    label_smoothing: float = 0.1
    max_source_len: int = 192
    max_target_len: int = 160
    eval_every: int = 400
    patience: int = 8
    dev_entries: int = 300
    dev_path_pairs: int = 200
    path_pairs: int = 4000
    paraphrases: int = 3
    multi_path_share: float = 0.5
    log_every: int = 100
    seed: int = 13
    threads: int = 2
    bf16: bool = False
    anneal_to_step: int = 0
    keep_snapshots: int = 8
    heldout_categories: tuple[str, ...] = ()
    dev_heldout_entries: int = 150
    random_phrase_pairs: int = 0
    reason_pairs: int = 0


@dataclass(frozen=True)
class TrainResult:
    """What a training run produced."""

    out_dir: str
    best_dir: str
    best_score: float
    step: int
    epoch: int
    stopped: str
    log: tuple[dict[str, Any], ...] = field(default=(), repr=False)


# ---------------------------------------------------------------------------------------------
# Data
# ---------------------------------------------------------------------------------------------


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


def _batches(lengths: Sequence[int], batch_size: int, seed: int) -> list[list[int]]:
    """Length-bucketed batches in a seeded order (pools of 50 batches sorted by length)."""
    rng = random.Random(seed)
    idx = list(range(len(lengths)))
    rng.shuffle(idx)
    pool = batch_size * 50
    batches: list[list[int]] = []
    for s in range(0, len(idx), pool):
        chunk = sorted(idx[s : s + pool], key=lambda i: lengths[i])
        batches.extend(chunk[k : k + batch_size] for k in range(0, len(chunk), batch_size))
    rng.shuffle(batches)
    return batches


def _pad(seqs: Sequence[Sequence[int]], pad: int = 0):
    import torch

    width = max(len(s) for s in seqs)
    out = torch.full((len(seqs), width), pad, dtype=torch.long)
    for i, s in enumerate(seqs):
        out[i, : len(s)] = torch.tensor(s, dtype=torch.long)
    return out


# ---------------------------------------------------------------------------------------------
# Model and state
# ---------------------------------------------------------------------------------------------


def _t5_config(cfg: TrainConfig, vocab_size: int):
    from transformers import T5Config

    return T5Config(
        vocab_size=vocab_size,
        d_model=cfg.d_model,
        d_kv=cfg.d_kv,
        d_ff=cfg.d_ff,
        num_layers=cfg.num_layers,
        num_decoder_layers=cfg.num_decoder_layers,
        num_heads=cfg.num_heads,
        dropout_rate=cfg.dropout,
        feed_forward_proj="relu",
        tie_word_embeddings=True,
        pad_token_id=0,
        eos_token_id=1,
        decoder_start_token_id=0,
    )


def _atomic_dir(target: FsPath) -> FsPath:
    tmp = target.with_name(target.name + ".tmp")
    if tmp.exists():
        shutil.rmtree(tmp)
    tmp.mkdir(parents=True)
    return tmp


def _commit_dir(tmp: FsPath, target: FsPath) -> None:
    old = target.with_name(target.name + ".old")
    if old.exists():
        shutil.rmtree(old)
    if target.exists():
        target.rename(old)
    tmp.rename(target)
    if old.exists():
        shutil.rmtree(old)


def _save_state(path: FsPath, model: Any, optimizer: Any, state: dict[str, Any]) -> None:
    from safetensors.torch import save_file, save_model

    tmp = _atomic_dir(path)
    save_model(model, str(tmp / "model.safetensors"))
    opt = optimizer.state_dict()
    tensors = {}
    steps = {}
    for pid, st in opt["state"].items():
        for key, value in st.items():
            if key == "step":
                steps[str(pid)] = float(value)
            else:
                tensors[f"{pid}.{key}"] = value.contiguous()
    save_file(tensors, str(tmp / "optimizer.safetensors"))
    groups = [{k: v for k, v in g.items()} for g in opt["param_groups"]]
    (tmp / "state.json").write_text(
        json.dumps({**state, "optimizer_steps": steps, "param_groups": groups}, indent=1)
    )
    _commit_dir(tmp, path)


def _load_state(path: FsPath, model: Any, optimizer: Any) -> dict[str, Any]:
    import torch
    from safetensors.torch import load_file, load_model

    load_model(model, str(path / "model.safetensors"))
    state = json.loads((path / "state.json").read_text())
    tensors = load_file(str(path / "optimizer.safetensors"))
    opt_state: dict[int, dict[str, Any]] = {}
    for key, value in tensors.items():
        pid, name = key.split(".", 1)
        opt_state.setdefault(int(pid), {})[name] = value
    for pid, step in state.pop("optimizer_steps").items():
        opt_state.setdefault(int(pid), {})["step"] = torch.tensor(step)
    optimizer.load_state_dict({"state": opt_state, "param_groups": state.pop("param_groups")})
    return state


def save_model_dir(path: FsPath, model: Any, tok: Any, meta: dict[str, Any]) -> None:
    """Write a loadable model directory: config.json, model.safetensors, tokenizer.json,
    kgexplain.json (format, scores, provenance)."""
    tmp = _atomic_dir(path)
    model.save_pretrained(str(tmp), safe_serialization=True)
    tok.save(str(tmp / "tokenizer.json"))
    (tmp / "tokenizer_config.json").write_text(json.dumps({
        "tokenizer_class": "PreTrainedTokenizerFast", "pad_token": "<pad>", "eos_token": "</s>",
        "unk_token": "<unk>", "model_max_length": 512}, indent=1))
    (tmp / "kgexplain.json").write_text(json.dumps({"format": MODEL_FORMAT, **meta}, indent=1))
    _commit_dir(tmp, path)


_SNAPSHOT = re.compile(r"step-(\d+)\.safetensors")


def _save_snapshot(folder: FsPath, model: Any, step: int, keep: int) -> None:
    """The weights at ``step`` into ``folder``; only the newest ``keep`` snapshots stay."""
    if keep <= 0:
        return
    from safetensors.torch import save_model

    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".step-{step}.tmp"
    save_model(model, str(tmp))
    os.replace(tmp, folder / f"step-{step}.safetensors")
    for old in list_snapshots(folder)[:-keep]:
        (folder / f"step-{old}.safetensors").unlink(missing_ok=True)


def list_snapshots(folder: str | os.PathLike[str]) -> list[int]:
    """Steps of the weight snapshots a training run kept in ``folder``, oldest first."""
    folder = FsPath(folder)
    if not folder.is_dir():
        return []
    return sorted(int(m.group(1)) for p in folder.iterdir() if (m := _SNAPSHOT.fullmatch(p.name)))


def average_checkpoints(run_dir: str | os.PathLike[str], out_dir: str | os.PathLike[str],
                        last: int = 5, steps: Sequence[int] | None = None) -> FsPath:
    """Average the weights of a run's snapshots into a loadable model directory.

    Averaging the last few checkpoints of a run (after a learning-rate cool-down) smooths out
    the noise of the last updates; the shipped verbalizer is such an average.

    Args:
        run_dir: a ``train_verbalizer`` run folder (with ``best/`` and ``snapshots/``).
        out_dir: the model directory to write (replaced when it exists).
        last: how many of the newest snapshots to average (ignored when ``steps`` is given).
        steps: the snapshot steps to average.

    Returns:
        ``out_dir``; its ``kgexplain.json`` records the averaged steps.

    Raises:
        ConfigError: no such run, or a step without a snapshot.
    """
    import torch
    from safetensors.torch import load_file
    from tokenizers import Tokenizer
    from transformers import T5ForConditionalGeneration

    run = FsPath(run_dir)
    if not (run / "best" / "config.json").is_file():
        raise ConfigError(f"{str(run)!r} is not a train-verbalizer run folder (no best/config.json)")
    kept = list_snapshots(run / "snapshots")
    chosen = sorted(int(s) for s in steps) if steps else kept[-last:] if last > 0 else []
    missing = [s for s in chosen if s not in kept]
    if not chosen or missing:
        raise ConfigError(
            f"no snapshot for step(s) {missing} in {str(run / 'snapshots')!r} (kept: {kept})" if missing
            else f"no snapshots in {str(run / 'snapshots')!r}: train with keep_snapshots > 0")
    total: dict[str, Any] = {}
    for step in chosen:
        for name, tensor in load_file(str(run / "snapshots" / f"step-{step}.safetensors")).items():
            total[name] = total[name] + tensor.double() if name in total else tensor.double()
    from kgexplain._safe_weights import refuse_pickled_weights

    refuse_pickled_weights(run / "best")
    model = T5ForConditionalGeneration.from_pretrained(str(run / "best"), use_safetensors=True)
    averaged = {name: (t / len(chosen)).to(torch.float32) for name, t in total.items()}
    # a snapshot stores tied weights (the shared embeddings) under one of their names
    names_of: dict[int, list[str]] = {}
    for name, tensor in model.state_dict().items():
        names_of.setdefault(tensor.data_ptr(), []).append(name)
    uncovered = [names[0] for names in names_of.values() if not any(n in averaged for n in names)]
    if uncovered or set(averaged) - {n for names in names_of.values() for n in names}:
        raise ConfigError(f"the snapshots in {str(run / 'snapshots')!r} do not match the run's model "
                          f"(e.g. {uncovered[:3]} missing): were they written by another run?")
    model.load_state_dict(averaged, strict=False)
    meta = json.loads((run / "best" / "kgexplain.json").read_text())
    meta.pop("format", None)
    meta.update(step=chosen[-1], averaged_steps=chosen)
    meta.pop("scores", None)  # the best checkpoint's scores do not describe the average
    save_model_dir(FsPath(out_dir), model, Tokenizer.from_file(str(run / "best" / "tokenizer.json")), meta)
    return FsPath(out_dir)


# ---------------------------------------------------------------------------------------------
# Evaluation during training
# ---------------------------------------------------------------------------------------------


def _greedy(model: Any, tok: Any, sources: Sequence[str], cfg: TrainConfig, batch: int = 64) -> list[str]:
    import torch

    outs: list[str] = []
    order = sorted(range(len(sources)), key=lambda i: len(sources[i]))
    result: dict[int, str] = {}
    model.eval()
    with torch.inference_mode():
        for s in range(0, len(order), batch):
            idx = order[s : s + batch]
            ids = _pad(encode(tok, [sources[i] for i in idx], cfg.max_source_len)).to(model.device)
            gen = model.generate(
                input_ids=ids, attention_mask=(ids != 0).long(), max_new_tokens=cfg.max_target_len,
                num_beams=1, do_sample=False,
            )
            for i, row in zip(idx, gen.tolist()):
                result[i] = tok.decode([t for t in row if t > 1], skip_special_tokens=False)
    outs = [result[i] for i in range(len(sources))]
    return outs


def _dev_loss(model: Any, data: Sequence[tuple[list[int], list[int]]], cfg: TrainConfig) -> float:
    import torch

    model.eval()
    total, count = 0.0, 0
    with torch.inference_mode():
        for s in range(0, len(data), 64):
            chunk = data[s : s + 64]
            src = _pad([c[0] for c in chunk]).to(model.device)
            tgt = _pad([c[1] for c in chunk], pad=-100).to(model.device)
            out = model(input_ids=src, attention_mask=(src != 0).long(), labels=tgt)
            n = int((tgt != -100).sum())
            total += float(out.loss) * n
            count += n
    return total / max(count, 1)


def _bleu(hyps: Sequence[str], refs: Sequence[Sequence[str]]) -> float:
    import sacrebleu

    width = max(len(r) for r in refs)
    streams = [[r[k] if k < len(r) else r[0] for r in refs] for k in range(width)]
    return float(sacrebleu.corpus_bleu(list(hyps), streams).score)


# ---------------------------------------------------------------------------------------------
# Training
# ---------------------------------------------------------------------------------------------


def train_verbalizer(
    out_dir: str | os.PathLike[str],
    webnlg_dir: str | os.PathLike[str] | None = "../shared/data/webnlg",
    epochs: int = 20,
    resume: bool = True,
    kg: Any = None,
    config: TrainConfig | None = None,
    max_minutes: float | None = None,
    progress: bool = False,
    init_from: str | os.PathLike[str] | None = None,
    device: str | None = None,
    **overrides: Any,
) -> TrainResult:
    """Train (or resume training) the seq2seq verbalizer.

    Args:
        out_dir: run folder: ``log.jsonl``, ``tokenizer.json``, ``last/`` (resumable state) and
            ``best/`` (a model directory :class:`~kgexplain.verbalize.Seq2SeqVerbalizer` loads).
        webnlg_dir: WebNLG 2020 folder (``release_v3.0/en/train``); ``None`` to train on path
            pairs only.
        epochs: passes over the training data (the run may stop earlier, see ``patience``).
        resume: continue from ``out_dir/last`` when it exists (same tokenizer, same data order).
        kg: a :class:`~kgexplain.graph.KnowledgeGraph` whose paths become template path→reason
            pairs (``config.path_pairs`` of them; ``KnowledgeGraph.example()`` in the default run).
        config: model and optimisation settings; ``overrides`` replace single fields.
        max_minutes: stop (after saving) when this much wall time has passed.
        progress: show a tqdm bar.
        device: ``"cpu"``, ``"cuda"`` or ``"cuda:N"``; by default a GPU when torch sees one.
            bf16 autocast runs on either.
        init_from: a model directory written by this function (the shipped model, say) to keep
            training: its weights, tokenizer, model size and step count are taken over, the
            optimizer starts fresh and the learning rate warms up again to the schedule's value
            at that step. Ignored when ``out_dir/last`` is resumed.

    Returns:
        A :class:`TrainResult` with the best dev score and where the best model is.

    Raises:
        ConfigError: when no training data is given or a setting is invalid.
    """
    import torch
    from tokenizers import Tokenizer
    from transformers import T5ForConditionalGeneration

    cfg = replace(config or TrainConfig(), **overrides)
    init_dir = FsPath(init_from) if init_from is not None else None
    init_meta: dict[str, Any] = {}
    if init_dir is not None:
        if not (init_dir / "config.json").is_file() or not (init_dir / "tokenizer.json").is_file():
            raise ConfigError(f"init_from {str(init_dir)!r} is not a model directory (config.json "
                              "and tokenizer.json expected, as written by train_verbalizer)")
        meta_file = init_dir / "kgexplain.json"
        init_meta = json.loads(meta_file.read_text()) if meta_file.is_file() else {}
        sizes = {k: v for k, v in init_meta.get("train_config", {}).items() if k in _SIZE_FIELDS}
        cfg = replace(cfg, **sizes)
    if webnlg_dir is None and (kg is None or cfg.path_pairs <= 0):
        raise ConfigError("no training data: pass webnlg_dir, or kg with path_pairs > 0")
    torch.set_num_threads(max(1, cfg.threads))
    if device is None:
        device = "cuda" if torch.cuda.is_available() else "cpu"
    autocast_type = "cuda" if device.startswith("cuda") else "cpu"
    out = FsPath(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    log_path = out / "log.jsonl"

    def log(record: dict[str, Any]) -> None:
        record = {"time": round(time.time(), 1), **record}
        with log_path.open("a") as fh:
            fh.write(json.dumps(record) + "\n")
        logger.info("%s", record)

    # ---- data -----------------------------------------------------------------------------
    rng = random.Random(cfg.seed)
    train_ex: list[Example] = []
    dev_entries: list[Any] = []
    heldout_dev: list[Any] = []
    if webnlg_dir is not None:
        from kgexplain.datasets.webnlg import read_webnlg

        entries = read_webnlg(webnlg_dir, "train")
        held = set(cfg.heldout_categories)
        unknown = held - {e.category for e in entries}
        if unknown:
            raise ConfigError(f"heldout_categories {sorted(unknown)} are not WebNLG train categories")
        heldout_entries = [e for e in entries if e.category in held and e.references]
        entries = [e for e in entries if e.category not in held]
        heldout_dev = random.Random(cfg.seed + 1).sample(
            heldout_entries, min(cfg.dev_heldout_entries, len(heldout_entries)))
        order = list(range(len(entries)))
        rng.shuffle(order)
        dev_idx = set(order[: cfg.dev_entries])
        dev_entries = [entries[i] for i in sorted(dev_idx)]
        train_ex.extend(webnlg_examples(e for i, e in enumerate(entries) if i not in dev_idx))
    n_webnlg = len(train_ex)
    dev_paths: list[tuple[str, list[str], tuple[str, ...]]] = []
    if kg is not None and cfg.path_pairs > 0:
        from kgexplain.verbalize import path_training_pairs

        from kgexplain.paths import PathFinder

        finder = PathFinder(kg)
        pairs = path_training_pairs(kg, cfg.path_pairs + cfg.dev_path_pairs, seed=cfg.seed,
                                    find_paths=lambda u, i: finder.find(u, i, k=3),
                                    multi_path_share=cfg.multi_path_share)
        for triples, texts in pairs[: cfg.dev_path_pairs]:
            d = delexicalize(triples)
            dev_paths.append((d.source, list(texts), d.labels))
        for triples, texts in pairs[cfg.dev_path_pairs :]:
            d = delexicalize(triples)
            # the canonical text plus a few seeded paraphrases
            chosen = [texts[0], *rng.sample(texts[1:], min(len(texts) - 1, cfg.paraphrases - 1))]
            for text in chosen:
                target = delexicalize_text(text, d.labels)
                if target is not None:
                    train_ex.append((d.source, target))
    n_extra = _add_generalization_pairs(train_ex, kg, cfg, rng, webnlg_dir)
    if not train_ex:
        raise ConfigError("the training data is empty after delexicalization")
    dev_src = [delexicalize(e.triples) for e in dev_entries]
    heldout_src = [delexicalize(e.triples) for e in heldout_dev]
    dev_ex = webnlg_examples(dev_entries) + [
        (src, t) for src, texts, labels in dev_paths
        for t in (delexicalize_text(x, labels) for x in texts[:1]) if t
    ]

    # ---- tokenizer ------------------------------------------------------------------------
    tok_path = out / "tokenizer.json"
    resuming = resume and (out / "last" / "state.json").exists()
    starting_from_model = init_dir is not None and not resuming
    if starting_from_model:
        tok = Tokenizer.from_file(str(init_dir / "tokenizer.json"))
        tok.save(str(tok_path))
    elif resume and tok_path.exists():
        tok = Tokenizer.from_file(str(tok_path))
    else:
        tok = build_tokenizer(train_ex, cfg.vocab_size, extra=_template_words())
        tok.save(str(tok_path))
    src_ids = encode(tok, [s for s, _ in train_ex], cfg.max_source_len)
    tgt_ids = encode(tok, [t for _, t in train_ex], cfg.max_target_len)
    dev_data = list(zip(encode(tok, [s for s, _ in dev_ex], cfg.max_source_len),
                        encode(tok, [t for _, t in dev_ex], cfg.max_target_len)))[:800]
    lengths = [len(a) + len(b) for a, b in zip(src_ids, tgt_ids)]

    # ---- model ----------------------------------------------------------------------------
    torch.manual_seed(cfg.seed)
    if starting_from_model:
        from kgexplain._safe_weights import refuse_pickled_weights

        refuse_pickled_weights(init_dir)
        model = T5ForConditionalGeneration.from_pretrained(str(init_dir), use_safetensors=True)
    else:
        model = T5ForConditionalGeneration(_t5_config(cfg, tok.get_vocab_size()))
    model.to(device)
    n_params = sum(p.numel() for p in model.parameters())
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    optimizer = torch.optim.AdamW(
        [{"params": decay, "weight_decay": cfg.weight_decay},
         {"params": no_decay, "weight_decay": 0.0}], lr=cfg.lr, betas=(0.9, 0.98), eps=1e-8,
    )
    state: dict[str, Any] = {"step": 0, "epoch": 0, "batch": 0, "best": -1.0, "bad_evals": 0}
    if resuming:
        state = _load_state(out / "last", model, optimizer)
        log({"event": "resume", "step": state["step"], "epoch": state["epoch"]})
    elif starting_from_model:
        state.update(step=int(init_meta.get("step", 0)), epoch=int(init_meta.get("epoch", 0)),
                     init_step=int(init_meta.get("step", 0)))
        log({"event": "init_from", "model": str(init_dir), "step": state["step"], "device": device,
             "params": n_params, "train_examples": len(train_ex), "config": asdict(cfg)})
    else:
        log({"event": "start", "device": device, "params": n_params, "train_examples": len(train_ex),
             "dev_examples": len(dev_data), "config": asdict(cfg)})

    def lr_at(step: int) -> float:
        step = max(step, 1)
        lr = cfg.lr * min(step / cfg.warmup_steps, math.sqrt(cfg.warmup_steps / step))
        # a fresh optimizer on trained weights warms up again (Adam's first moments are noise)
        lr *= min(1.0, (step - state.get("init_step", 0)) / cfg.warmup_steps)
        if cfg.anneal_to_step:
            start = state.setdefault("anneal_from", min(step, cfg.anneal_to_step - 1))
            lr *= max(0.0, (cfg.anneal_to_step - step) / (cfg.anneal_to_step - start))
        return lr

    def evaluate() -> dict[str, float]:
        scores: dict[str, float] = {"dev_loss": _dev_loss(model, dev_data, cfg)}
        parts = []
        if dev_src:
            hyps = _greedy(model, tok, [d.source for d in dev_src], cfg)
            texts = [relexicalize(h, d.labels) or "" for h, d in zip(hyps, dev_src)]
            scores["dev_bleu"] = _bleu(texts, [e.references for e in dev_entries])
            parts.append(scores["dev_bleu"])
        if heldout_src:
            hyps = _greedy(model, tok, [d.source for d in heldout_src], cfg)
            texts = [relexicalize(h, d.labels) or "" for h, d in zip(hyps, heldout_src)]
            scores["heldout_bleu"] = _bleu(texts, [e.references for e in heldout_dev])
            parts.append(scores["heldout_bleu"])
        if dev_paths:
            hyps = _greedy(model, tok, [p[0] for p in dev_paths], cfg)
            texts = [relexicalize(h, p[2]) or "" for h, p in zip(hyps, dev_paths)]
            scores["path_bleu"] = _bleu(texts, [p[1] for p in dev_paths])
            parts.append(scores["path_bleu"])
        scores["score"] = sum(parts) / len(parts) if parts else -scores["dev_loss"]
        model.train()
        return scores

    meta_base = {"params": n_params, "train_config": asdict(cfg),
                 "data": {"train_examples": len(train_ex),
                          "webnlg_train_examples": n_webnlg,
                          "path_examples": len(train_ex) - n_webnlg - n_extra,
                          "generalization_examples": n_extra,
                          "heldout_categories": list(cfg.heldout_categories),
                          "heldout_category_entries": len(heldout_dev),
                          "path_pairs": cfg.path_pairs if kg is not None else 0,
                          "heldback_webnlg_entries": len(dev_entries),
                          "heldback_path_pairs": len(dev_paths)}}
    start = time.time()
    stopped = "epochs"
    model.train()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=epochs * math.ceil(len(train_ex) / cfg.batch_size), initial=state["step"])
    if starting_from_model:
        # the starting model is the one to beat: later checkpoints are kept only when better
        scores = evaluate()
        state["best"] = scores["score"]
        save_model_dir(out / "best", model, tok, {**meta_base, "step": state["step"],
                                                  "epoch": state["epoch"], "scores": scores})
        _save_state(out / "last", model, optimizer, state)
        log({"event": "eval", "step": state["step"], "epoch": state["epoch"], **scores,
             "saved_best": True})
    window_loss, window_n, window_t = 0.0, 0, time.time()
    try:
        while state["epoch"] < epochs:
            batches = _batches(lengths, cfg.batch_size, cfg.seed * 1000 + state["epoch"])
            while state["batch"] < len(batches):
                idx = batches[state["batch"]]
                src = _pad([src_ids[i] for i in idx]).to(device)
                tgt = _pad([tgt_ids[i] for i in idx], pad=-100).to(device)
                dec_in = model._shift_right(tgt.clamp(min=0))
                for g in optimizer.param_groups:
                    g["lr"] = lr_at(state["step"] + 1)
                with torch.autocast(device_type=autocast_type, dtype=torch.bfloat16, enabled=cfg.bf16):
                    logits = model(input_ids=src, attention_mask=(src != 0).long(),
                                   decoder_input_ids=dec_in).logits
                loss = torch.nn.functional.cross_entropy(
                    logits.float().reshape(-1, logits.size(-1)), tgt.reshape(-1), ignore_index=-100,
                    label_smoothing=cfg.label_smoothing,
                )
                optimizer.zero_grad(set_to_none=True)
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                optimizer.step()
                state["step"] += 1
                state["batch"] += 1
                window_loss += loss.item()
                window_n += 1
                if bar is not None:
                    bar.update(1)
                if state["step"] % cfg.log_every == 0:
                    log({"event": "train", "step": state["step"], "epoch": state["epoch"],
                         "loss": round(loss.item(), 4), "lr": lr_at(state["step"])})
                final = bool(cfg.anneal_to_step) and state["step"] >= cfg.anneal_to_step
                if state["step"] % cfg.eval_every == 0 or final:
                    scores = evaluate()
                    elapsed = time.time() - window_t
                    rec = {"event": "eval", "step": state["step"], "epoch": state["epoch"],
                           "train_loss": window_loss / max(window_n, 1),
                           "ex_per_s": window_n * cfg.batch_size / max(elapsed, 1e-9),
                           "lr": lr_at(state["step"]), **scores}
                    if scores["score"] > state["best"]:
                        state["best"] = scores["score"]
                        state["bad_evals"] = 0
                        save_model_dir(out / "best", model, tok, {
                            **meta_base, "step": state["step"], "epoch": state["epoch"],
                            "scores": scores})
                        rec["saved_best"] = True
                    else:
                        state["bad_evals"] += 1
                    _save_state(out / "last", model, optimizer, state)
                    _save_snapshot(out / "snapshots", model, state["step"], cfg.keep_snapshots)
                    log(rec)
                    window_loss, window_n, window_t = 0.0, 0, time.time()
                    if final:
                        stopped = "annealed"
                        raise StopIteration
                    if state["bad_evals"] >= cfg.patience:
                        stopped = "early_stopping"
                        raise StopIteration
                    if max_minutes is not None and time.time() - start > max_minutes * 60:
                        stopped = "time_limit"
                        raise StopIteration
            state["epoch"] += 1
            state["batch"] = 0
            _save_state(out / "last", model, optimizer, state)
            log({"event": "epoch_end", "epoch": state["epoch"], "step": state["step"]})
    except StopIteration:
        pass
    finally:
        if bar is not None:
            bar.close()
    log({"event": "stop", "reason": stopped, "step": state["step"], "best": state["best"]})
    records = tuple(json.loads(line) for line in log_path.read_text().splitlines() if line.strip())
    return TrainResult(str(out), str(out / "best"), float(state["best"]), int(state["step"]),
                       int(state["epoch"]), stopped, records)


def _add_generalization_pairs(train_ex: list[Example], kg: Any, cfg: TrainConfig,
                              rng: random.Random, webnlg_dir: Any) -> int:
    """Append re-phrased and reason-shaped path pairs (see :class:`TrainConfig`); their count."""
    if kg is None or (cfg.random_phrase_pairs <= 0 and cfg.reason_pairs <= 0):
        return 0
    from kgexplain.datasets.music import RELATIONS as VALIDATION_RELATIONS
    from kgexplain.training_pairs import phrase_pool, random_phrase_pairs, reason_shaped_pairs

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
