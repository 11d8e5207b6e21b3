"""Train the seq2seq verbalizer from scratch: WebNLG 2020 train plus path→reason pairs.

:func:`train_verbalizer` trains a small T5 (``transformers``) on delexicalized triples
(see :mod:`kgexplain.verbalize`), with a byte-level BPE tokenizer trained on the same corpus
(``tokenizers``). Everything is seeded; a slice of the training entries is held back as the dev
split that drives checkpoint selection and early stopping (WebNLG's official dev split stays
untouched for evaluation). Training state (model, optimizer moments, data position) is written as
safetensors + JSON after every evaluation, atomically, so a run resumes exactly where it stopped.
The best model so far lives in ``<out_dir>/best`` in the layout :class:`Seq2SeqVerbalizer` loads.

A run in named steps: the configuration (:func:`_resolve_config`), the data
(:func:`~kgexplain.training.data.build_training_data`), the tokenizer
(:func:`~kgexplain.training.tokenizer.run_tokenizer`), then a :class:`_Run` builds the model and
optimizer (fresh, resumed or from a model directory) and runs the epochs, evaluating, saving and
deciding when to stop.
"""

from __future__ import annotations

import json
import logging
import math
import os
import time
from dataclasses import asdict, replace
from pathlib import Path as FsPath
from typing import Any

from kgexplain.errors import ConfigError
from kgexplain.training.checkpoints import load_state, save_model_dir, save_snapshot, save_state
from kgexplain.training.config import SIZE_FIELDS, TrainConfig, TrainResult
from kgexplain.training.data import TrainingData, batches, build_training_data
from kgexplain.training.model import bleu, dev_loss, greedy, pad_batch, t5_config
from kgexplain.training.tokenizer import encode, run_tokenizer
from kgexplain.verbalize import delexicalize, relexicalize

logger = logging.getLogger(__name__)

__all__ = ["train_verbalizer"]


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

    Example (the CLI ``kgexplain train-verbalizer`` calls the same function)::

        from kgexplain.training import train_verbalizer
        train_verbalizer("runs/verb", webnlg_dir="/data/webnlg", epochs=20)

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

    cfg, init_dir, init_meta = _resolve_config(config, overrides, init_from)
    if webnlg_dir is None and (kg is None or cfg.path_pairs <= 0):
        raise ConfigError("no training data: pass webnlg_dir, or kg with path_pairs > 0")
    torch.set_num_threads(max(1, cfg.threads))
    if device is None:
        device = "cuda" if torch.cuda.is_available() else "cpu"
    out = FsPath(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    log = _RunLog(out / "log.jsonl")
    data = build_training_data(cfg, webnlg_dir, kg)
    resuming = resume and (out / "last" / "state.json").exists()
    start_model = init_dir if init_dir is not None and not resuming else None
    tok = run_tokenizer(out, data.train, cfg, start_model, resume)
    run = _Run(cfg, out, data, tok, device, log)
    run.build_model(start_model, init_meta, resuming)
    run.meta_base = run.model_meta(with_graph=kg is not None)
    stopped = run.train(epochs, max_minutes, progress, start_model is not None)
    log({"event": "stop", "reason": stopped, "step": run.state["step"], "best": run.state["best"]})
    return TrainResult(str(out), str(out / "best"), float(run.state["best"]), int(run.state["step"]),
                       int(run.state["epoch"]), stopped, log.records())


def _resolve_config(config: TrainConfig | None, overrides: dict[str, Any],
                    init_from: str | os.PathLike[str] | None
                    ) -> tuple[TrainConfig, FsPath | None, dict[str, Any]]:
    """The run's settings; a starting model directory's own size fields win over them."""
    cfg = replace(config or TrainConfig(), **overrides)
    init_dir = FsPath(init_from) if init_from is not None else None
    init_meta: dict[str, Any] = {}
    if init_dir is not None:
        if not (init_dir / "config.json").is_file() or not (init_dir / "tokenizer.json").is_file():
            raise ConfigError(f"init_from {str(init_dir)!r} is not a model directory (config.json "
                              "and tokenizer.json expected, as written by train_verbalizer)")
        meta_file = init_dir / "kgexplain.json"
        init_meta = json.loads(meta_file.read_text()) if meta_file.is_file() else {}
        sizes = {k: v for k, v in init_meta.get("train_config", {}).items() if k in SIZE_FIELDS}
        cfg = replace(cfg, **sizes)
    return cfg, init_dir, init_meta


class _RunLog:
    """``log.jsonl`` of a run: one JSON record a line, each stamped with the time."""

    def __init__(self, path: FsPath) -> None:
        self.path = path

    def __call__(self, record: dict[str, Any]) -> None:
        record = {"time": round(time.time(), 1), **record}
        with self.path.open("a") as fh:
            fh.write(json.dumps(record) + "\n")
        logger.info("%s", record)

    def records(self) -> tuple[dict[str, Any], ...]:
        return tuple(json.loads(line) for line in self.path.read_text().splitlines() if line.strip())


class _Run:
    """One training run's moving parts: encoded data, model, optimizer, state and log."""

    def __init__(self, cfg: TrainConfig, out: FsPath, data: TrainingData, tok: Any, device: str,
                 log: _RunLog) -> None:
        self.cfg, self.out, self.data, self.tok, self.device, self.log = cfg, out, data, tok, device, log
        self.autocast_type = "cuda" if device.startswith("cuda") else "cpu"
        self.dev_src = [delexicalize(e.triples) for e in data.dev_entries]
        self.heldout_src = [delexicalize(e.triples) for e in data.heldout_dev]
        dev_ex = data.dev_examples
        self.src_ids = encode(tok, [s for s, _ in data.train], cfg.max_source_len)
        self.tgt_ids = encode(tok, [t for _, t in data.train], cfg.max_target_len)
        self.dev_data = list(zip(encode(tok, [s for s, _ in dev_ex], cfg.max_source_len),
                                 encode(tok, [t for _, t in dev_ex], cfg.max_target_len)))[:800]
        self.lengths = [len(a) + len(b) for a, b in zip(self.src_ids, self.tgt_ids)]
        self.meta_base: dict[str, Any] = {}

    # ---- setup
    def build_model(self, start_model: FsPath | None, init_meta: dict[str, Any], resuming: bool) -> None:
        """The model (new, or the weights of ``start_model``), its AdamW optimizer and the run
        state (fresh, resumed from ``last/``, or counted on from the starting model's step)."""
        import torch
        from transformers import T5ForConditionalGeneration

        cfg = self.cfg
        torch.manual_seed(cfg.seed)
        if start_model is not None:
            from kgexplain._safe_weights import refuse_pickled_weights

            refuse_pickled_weights(start_model)
            model = T5ForConditionalGeneration.from_pretrained(str(start_model), use_safetensors=True)
        else:
            model = T5ForConditionalGeneration(t5_config(cfg, self.tok.get_vocab_size()))
        model.to(self.device)
        self.model = model
        self.n_params = sum(p.numel() for p in model.parameters())
        decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
        no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
        self.optimizer = torch.optim.AdamW(
            [{"params": decay, "weight_decay": cfg.weight_decay},
             {"params": no_decay, "weight_decay": 0.0}], lr=cfg.lr, betas=(0.9, 0.98), eps=1e-8,
        )
        self.state: dict[str, Any] = {"step": 0, "epoch": 0, "batch": 0, "best": -1.0, "bad_evals": 0}
        if resuming:
            self.state = load_state(self.out / "last", model, self.optimizer)
            self.log({"event": "resume", "step": self.state["step"], "epoch": self.state["epoch"]})
        elif start_model is not None:
            step = int(init_meta.get("step", 0))
            self.state.update(step=step, epoch=int(init_meta.get("epoch", 0)), init_step=step)
            self.log({"event": "init_from", "model": str(start_model), "step": self.state["step"],
                      "device": self.device, "params": self.n_params,
                      "train_examples": len(self.data.train), "config": asdict(cfg)})
        else:
            self.log({"event": "start", "device": self.device, "params": self.n_params,
                      "train_examples": len(self.data.train), "dev_examples": len(self.dev_data),
                      "config": asdict(cfg)})

    def model_meta(self, with_graph: bool) -> dict[str, Any]:
        """What every saved model directory records about the run."""
        cfg, data = self.cfg, self.data
        return {"params": self.n_params, "train_config": asdict(cfg),
                "data": {"train_examples": len(data.train),
                         "webnlg_train_examples": data.n_webnlg,
                         "path_examples": len(data.train) - data.n_webnlg - data.n_extra,
                         "generalization_examples": data.n_extra,
                         "heldout_categories": list(cfg.heldout_categories),
                         "heldout_category_entries": len(data.heldout_dev),
                         "path_pairs": cfg.path_pairs if with_graph else 0,
                         "heldback_webnlg_entries": len(data.dev_entries),
                         "heldback_path_pairs": len(data.dev_paths)}}

    # ---- schedule and scores
    def lr_at(self, step: int) -> float:
        """Inverse-square-root schedule with warm-up (again after ``init_from``) and the
        optional linear cool-down to ``anneal_to_step``."""
        cfg, state = self.cfg, self.state
        step = max(step, 1)
        lr = cfg.lr * min(step / cfg.warmup_steps, math.sqrt(cfg.warmup_steps / step))
        # a fresh optimizer on trained weights warms up again (Adam's first moments are noise)
        lr *= min(1.0, (step - state.get("init_step", 0)) / cfg.warmup_steps)
        if cfg.anneal_to_step:
            start = state.setdefault("anneal_from", min(step, cfg.anneal_to_step - 1))
            lr *= max(0.0, (cfg.anneal_to_step - step) / (cfg.anneal_to_step - start))
        return lr

    def evaluate(self) -> dict[str, float]:
        """Dev loss, BLEU on the held-back WebNLG entries, held-out categories and path pairs,
        and the selection score (their mean; minus the loss when there is no BLEU)."""
        model, tok, cfg, data = self.model, self.tok, self.cfg, self.data
        scores: dict[str, float] = {"dev_loss": dev_loss(model, self.dev_data, cfg)}
        parts = []
        if self.dev_src:
            hyps = greedy(model, tok, [d.source for d in self.dev_src], cfg)
            texts = [relexicalize(h, d.labels) or "" for h, d in zip(hyps, self.dev_src)]
            scores["dev_bleu"] = bleu(texts, [e.references for e in data.dev_entries])
            parts.append(scores["dev_bleu"])
        if self.heldout_src:
            hyps = greedy(model, tok, [d.source for d in self.heldout_src], cfg)
            texts = [relexicalize(h, d.labels) or "" for h, d in zip(hyps, self.heldout_src)]
            scores["heldout_bleu"] = bleu(texts, [e.references for e in data.heldout_dev])
            parts.append(scores["heldout_bleu"])
        if data.dev_paths:
            hyps = greedy(model, tok, [p[0] for p in data.dev_paths], cfg)
            texts = [relexicalize(h, p[2]) or "" for h, p in zip(hyps, data.dev_paths)]
            scores["path_bleu"] = bleu(texts, [p[1] for p in data.dev_paths])
            parts.append(scores["path_bleu"])
        scores["score"] = sum(parts) / len(parts) if parts else -scores["dev_loss"]
        model.train()
        return scores

    def _save_best(self, scores: dict[str, float]) -> None:
        save_model_dir(self.out / "best", self.model, self.tok, {
            **self.meta_base, "step": self.state["step"], "epoch": self.state["epoch"], "scores": scores})

    # ---- the loop
    def train(self, epochs: int, max_minutes: float | None, progress: bool, from_model: bool) -> str:
        """Run epochs until done, annealed, out of patience or out of time; why it stopped."""
        self.started = time.time()
        self.max_minutes = max_minutes
        self.model.train()
        self.bar = None
        if progress:
            from tqdm import tqdm

            self.bar = tqdm(total=epochs * math.ceil(len(self.data.train) / self.cfg.batch_size),
                            initial=self.state["step"])
        if from_model:
            self._score_starting_model()
        self._window = (0.0, 0, time.time())
        try:
            return self._epochs(epochs)
        finally:
            if self.bar is not None:
                self.bar.close()

    def _score_starting_model(self) -> None:
        """The starting model is the one to beat: later checkpoints are kept only when better."""
        scores = self.evaluate()
        self.state["best"] = scores["score"]
        self._save_best(scores)
        save_state(self.out / "last", self.model, self.optimizer, self.state)
        self.log({"event": "eval", "step": self.state["step"], "epoch": self.state["epoch"], **scores,
                  "saved_best": True})

    def _epochs(self, epochs: int) -> str:
        state = self.state
        while state["epoch"] < epochs:
            order = batches(self.lengths, self.cfg.batch_size, self.cfg.seed * 1000 + state["epoch"])
            while state["batch"] < len(order):
                loss = self._step(order[state["batch"]])
                stopped = self._after_step(loss)
                if stopped is not None:
                    return stopped
            state["epoch"] += 1
            state["batch"] = 0
            save_state(self.out / "last", self.model, self.optimizer, state)
            self.log({"event": "epoch_end", "epoch": state["epoch"], "step": state["step"]})
        return "epochs"

    def _step(self, idx: list[int]) -> float:
        """One optimizer step on the batch ``idx``; its loss."""
        import torch

        model, optimizer, cfg, state = self.model, self.optimizer, self.cfg, self.state
        src = pad_batch([self.src_ids[i] for i in idx]).to(self.device)
        tgt = pad_batch([self.tgt_ids[i] for i in idx], pad=-100).to(self.device)
        dec_in = model._shift_right(tgt.clamp(min=0))
        for g in optimizer.param_groups:
            g["lr"] = self.lr_at(state["step"] + 1)
        with torch.autocast(device_type=self.autocast_type, dtype=torch.bfloat16, enabled=cfg.bf16):
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
        return loss.item()

    def _after_step(self, loss: float) -> str | None:
        """Log, and at an evaluation step evaluate, save and decide whether to stop (the reason)."""
        cfg, state = self.cfg, self.state
        window_loss, window_n, window_t = self._window
        self._window = (window_loss + loss, window_n + 1, window_t)
        if self.bar is not None:
            self.bar.update(1)
        if state["step"] % cfg.log_every == 0:
            self.log({"event": "train", "step": state["step"], "epoch": state["epoch"],
                      "loss": round(loss, 4), "lr": self.lr_at(state["step"])})
        final = bool(cfg.anneal_to_step) and state["step"] >= cfg.anneal_to_step
        if not (state["step"] % cfg.eval_every == 0 or final):
            return None
        self._evaluate_and_save()
        if final:
            return "annealed"
        if state["bad_evals"] >= cfg.patience:
            return "early_stopping"
        if self.max_minutes is not None and time.time() - self.started > self.max_minutes * 60:
            return "time_limit"
        return None

    def _evaluate_and_save(self) -> None:
        """Score the model; keep it as best when better; save the state and a snapshot."""
        state = self.state
        scores = self.evaluate()
        window_loss, window_n, window_t = self._window
        elapsed = time.time() - window_t
        rec = {"event": "eval", "step": state["step"], "epoch": state["epoch"],
               "train_loss": window_loss / max(window_n, 1),
               "ex_per_s": window_n * self.cfg.batch_size / max(elapsed, 1e-9),
               "lr": self.lr_at(state["step"]), **scores}
        if scores["score"] > state["best"]:
            state["best"] = scores["score"]
            state["bad_evals"] = 0
            self._save_best(scores)
            rec["saved_best"] = True
        else:
            state["bad_evals"] += 1
        save_state(self.out / "last", self.model, self.optimizer, state)
        save_snapshot(self.out / "snapshots", self.model, state["step"], self.cfg.keep_snapshots)
        self.log(rec)
        self._window = (0.0, 0, time.time())
