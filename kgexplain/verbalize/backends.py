"""The seq2seq verbalizer's two backends: ``transformers`` (torch) and CTranslate2.

The torch backend loads a checkpoint with ``transformers`` (safetensors only) and generates with
``model.generate``; it is the reference. The CTranslate2 backend converts the checkpoint once
(weights stored as float32, quantized to ``compute_type`` such as int8 at load time) into a
conversion cache keyed by the checkpoint's content (``ct2/<hash>`` in kgexplain's cache folder,
:mod:`kgexplain.cache`) and decodes with a
``ctranslate2.Translator``, fast on CPU. torch, transformers and ctranslate2 are imported inside
the functions that need them, so importing this module costs nothing.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import tempfile
from pathlib import Path as FsPath
from typing import Any, Literal, Sequence

from kgexplain.cache import cache_home

logger = logging.getLogger(__name__)

__all__ = [
    "Backend",
    "checkpoint_digest",
    "ct2_cache_dir",
    "ct2_generate",
    "ct2_usable",
    "convert_to_ct2",
    "default_device",
    "load_ct2_model",
    "load_torch_model",
    "shipped_ct2_dir",
    "write_shipped_ct2",
    "torch_generate",
]

Backend = Literal["auto", "torch", "ct2"]
_CT2_MODEL_TYPES = {"t5", "mt5", "bart", "mbart", "marian", "pegasus", "m2m_100", "nllb_moe"}


def default_device(prefer_ct2: bool) -> str:
    """``"cuda"`` when a GPU is there, else ``"cpu"``; asks CTranslate2 first when it will
    decode (``prefer_ct2``), so a CPU-only machine never imports torch just to find no GPU."""
    if prefer_ct2:
        try:
            import ctranslate2

            if ctranslate2.get_cuda_device_count() > 0:
                return "cuda"
        except ImportError:
            pass
        # no NVIDIA device node: torch would see no CUDA either (Linux, macOS)
        if sys.platform in ("linux", "darwin") and not any(
                os.path.exists(p) for p in ("/dev/nvidia0", "/dev/nvidiactl", "/proc/driver/nvidia")):
            return "cpu"
    try:
        import torch

        return "cuda" if torch.cuda.is_available() else "cpu"
    except ImportError:  # pragma: no cover - torch is a dependency
        return "cpu"


# --------------------------------------------------------------------------- torch
def load_torch_model(model_dir: FsPath, device: str, threads: int | None) -> Any:
    """The checkpoint as a ``transformers`` seq2seq model on ``device``, in eval mode."""
    import torch
    from transformers import AutoModelForSeq2SeqLM

    if threads:
        torch.set_num_threads(threads)
    model = AutoModelForSeq2SeqLM.from_pretrained(
        str(model_dir), local_files_only=True, use_safetensors=True)
    return model.to(device).eval()


def torch_generate(model: Any, batch: Sequence[Sequence[int]], pad_id: int, device: str,
                   beams: int, n: int, cap: int) -> list[list[int]]:
    """Token ids of ``n`` texts per input (rows ``j*n .. j*n+n-1`` for input ``j``), padded."""
    import torch

    width = max(len(b) for b in batch)
    ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    for r, b in enumerate(batch):
        ids[r, : len(b)] = torch.tensor(b, dtype=torch.long)
        mask[r, : len(b)] = 1
    with torch.inference_mode():
        gen = model.generate(
            input_ids=ids.to(device), attention_mask=mask.to(device),
            max_new_tokens=cap, num_beams=beams, num_return_sequences=n,
            do_sample=False, early_stopping=True if beams > 1 else False)
    return [row[1:] for row in gen.tolist()]  # drop the decoder start token


# --------------------------------------------------------------------------- CTranslate2
def ct2_usable(model_type: str, has_fast_tokenizer: bool, device: str) -> bool:
    """Whether CTranslate2 is installed and runs this architecture (and tokenizer) on ``device``."""
    try:
        import ctranslate2
    except ImportError:
        return False
    if model_type not in _CT2_MODEL_TYPES or not has_fast_tokenizer:
        return False
    if device.startswith("cuda") and ctranslate2.get_cuda_device_count() == 0:
        return False
    return True


def checkpoint_digest(model_dir: FsPath) -> "hashlib._Hash":
    """A running hash of a checkpoint's configs', tokenizer's and weights' content."""
    h = hashlib.sha256()
    for name in ("config.json", "tokenizer.json"):
        p = model_dir / name
        if p.is_file():
            h.update(p.read_bytes())
    for p in sorted(model_dir.glob("*.safetensors")):
        # the weights' content, not size and mtime: every checkpoint of one architecture has
        # the same size, and copies and wheel installs keep or reset mtimes
        h.update(p.name.encode())
        with p.open("rb") as fh:
            h.update(hashlib.file_digest(fh, "sha256").digest())
    return h


def ct2_cache_dir(model_dir: FsPath, compute_type: str) -> FsPath:
    """The conversion cache folder of a checkpoint: keyed by its configs', tokenizer's and
    weights' content, the CTranslate2 version and the compute type."""
    import ctranslate2

    h = checkpoint_digest(model_dir)
    h.update(f"{ctranslate2.__version__}:{compute_type}".encode())
    return cache_home() / "ct2" / h.hexdigest()[:20]


SHIPPED_SUFFIX = "-ct2"
"""A checkpoint folder ``X`` may have its CTranslate2 conversion beside it, in ``X-ct2`` (the
shipped verbalizer does: no conversion, and no torch, on first use)."""
_SHIPPED_STAMP = "conversion.json"


def shipped_ct2_dir(model_dir: FsPath, compute_type: str, device: str) -> FsPath | None:
    """The conversion shipped beside ``model_dir`` when it was made from this very checkpoint
    with weights of ``compute_type`` (int8 on CPU; see :func:`write_shipped_ct2`), else None."""
    if device.startswith("cuda"):
        return None
    target = model_dir.parent / (model_dir.name + SHIPPED_SUFFIX)
    stamp = target / _SHIPPED_STAMP
    if not (target / "model.bin").is_file() or not stamp.is_file():
        return None
    try:
        meta = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if meta.get("quantization") != compute_type:
        return None
    if meta.get("checkpoint") != checkpoint_digest(model_dir).hexdigest():
        logger.info("the conversion in %s is of another checkpoint; converting anew", target)
        return None
    return target


def write_shipped_ct2(model_dir: FsPath, compute_type: str = "int8") -> FsPath:
    """Convert ``model_dir`` with ``compute_type`` weights into ``<model_dir>-ct2`` with a stamp
    naming the checkpoint (run after training the model that is shipped; needs torch)."""
    import ctranslate2

    target = model_dir.parent / (model_dir.name + SHIPPED_SUFFIX)
    with tempfile.TemporaryDirectory() as tmp:
        convert_to_ct2(model_dir, FsPath(tmp) / "out", quantization=compute_type)
        target.mkdir(parents=True, exist_ok=True)
        for p in (FsPath(tmp) / "out").iterdir():
            os.replace(p, target / p.name)
    (target / _SHIPPED_STAMP).write_text(json.dumps({
        "checkpoint": checkpoint_digest(model_dir).hexdigest(), "quantization": compute_type,
        "ctranslate2": ctranslate2.__version__}, indent=1) + "\n", encoding="utf-8")
    return target


def load_ct2_model(target: FsPath, device: str, compute_type: str,
                   threads: int | None) -> tuple[Any, int]:
    """A ``ctranslate2.Translator`` over the converted model in ``target``, and how many batches
    it decodes in parallel."""
    import ctranslate2

    if device.startswith("cuda") and compute_type == "int8":
        compute_type = "int8_float16"
    # a model this small decodes faster with one thread per batch and batches in parallel
    # (measured on 2 cores: 860 vs 530 segments/s for 1 vs 2 intra-op threads)
    cpus = os.cpu_count() or 1
    inter = 1 if device.startswith("cuda") else max(1, min(4, threads or cpus))
    translator = ctranslate2.Translator(
        str(target), device="cuda" if device.startswith("cuda") else "cpu",
        compute_type=compute_type, intra_threads=1, inter_threads=inter)
    return translator, inter


def convert_to_ct2(model_dir: FsPath, target: FsPath, quantization: str | None = None) -> None:
    """Convert the checkpoint to CTranslate2 into ``target``: float32 weights quantized at load
    time (``quantization=None``), or weights stored as ``quantization`` (such as int8)."""
    from ctranslate2.converters import TransformersConverter

    from kgexplain._safe_weights import SAFE_MODEL_SUFFIXES, refuse_pickled_weights

    class _SafetensorsConverter(TransformersConverter):
        def load_model(self, model_class, model_name_or_path, **kwargs):  # noqa: ANN001
            return model_class.from_pretrained(model_name_or_path, use_safetensors=True, **kwargs)

    refuse_pickled_weights(model_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        src = FsPath(tmp) / "src"
        src.mkdir()
        for p in model_dir.iterdir():  # configs, vocabularies and safetensors only
            if p.is_file() and p.suffix.lower() in SAFE_MODEL_SUFFIXES:
                os.symlink(p.resolve(), src / p.name)
        if not (src / "tokenizer_config.json").exists():
            (src / "tokenizer_config.json").write_text(json.dumps({
                "tokenizer_class": "PreTrainedTokenizerFast", "pad_token": "<pad>",
                "eos_token": "</s>", "unk_token": "<unk>"}))
        out = FsPath(tmp) / "ct2"
        # by default weights stored as float32; int8 (or another compute_type) is applied at
        # load time
        _SafetensorsConverter(str(src)).convert(str(out), quantization=quantization, force=True)
        try:
            out.rename(target)
        except OSError:  # another process converted it first
            if not (target / "model.bin").is_file():
                raise
    logger.info("converted %s to CTranslate2 in %s", model_dir, target)


def ct2_generate(translator: Any, tokenizer: Any, batch: Sequence[Sequence[int]], beams: int,
                 n: int, cap: int, batch_size: int) -> list[list[list[int]]]:
    """Token ids of the hypotheses per input (``n`` each), decoded by CTranslate2 in batches of
    ``batch_size`` (in parallel over the translator's ``inter_threads``)."""
    results = translator.translate_batch(
        [[tokenizer.id_to_token(t) for t in ids] for ids in batch],
        beam_size=beams, num_hypotheses=n, max_decoding_length=cap,
        return_scores=False, max_batch_size=batch_size)
    return [[[tokenizer.token_to_id(t) for t in hyp] for hyp in res.hypotheses] for res in results]
