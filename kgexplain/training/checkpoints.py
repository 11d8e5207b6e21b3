"""Training state and model directories on disk, written atomically.

A run's resumable state (``last/``: model, optimizer moments, data position), its best model
(``best/``, the layout :class:`~kgexplain.verbalize.Seq2SeqVerbalizer` loads), weight snapshots
(``snapshots/step-<N>.safetensors``) and :func:`average_checkpoints`, which averages the newest
snapshots into a model directory (how the shipped model was made). Safetensors and JSON only.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path as FsPath
from typing import Any, Sequence

from kgexplain.errors import ConfigError
from kgexplain.training.config import MODEL_FORMAT

__all__ = ["save_model_dir", "save_state", "load_state", "save_snapshot", "list_snapshots",
           "average_checkpoints"]


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


def save_state(path: FsPath, model: Any, optimizer: Any, state: dict[str, Any]) -> None:
    """Model weights, optimizer moments and ``state`` into ``path`` (replaced atomically)."""
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


def load_state(path: FsPath, model: Any, optimizer: Any) -> dict[str, Any]:
    """Load what :func:`save_state` wrote into ``model`` and ``optimizer``; the run's state."""
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


def save_snapshot(folder: FsPath, model: Any, step: int, keep: int) -> None:
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
