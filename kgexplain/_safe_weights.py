"""Safetensors only: refuse model folders that hold pickled weights.

A pickle (``pytorch_model.bin``, ``*.pt``, ``*.ckpt``...) runs code when it is loaded; a
safetensors file holds only tensors. Every place kgexplain loads weights calls
:func:`refuse_pickled_weights` on the folder first and passes ``use_safetensors=True`` to
``from_pretrained``, so a decoy ``.safetensors`` file beside a pickle never leads to the pickle
being read.
"""

from __future__ import annotations

import logging
from pathlib import Path as FsPath

from kgexplain.errors import UnsafeWeightsError

logger = logging.getLogger(__name__)

__all__ = ["PICKLE_SUFFIXES", "SAFE_MODEL_SUFFIXES", "refuse_pickled_weights"]

PICKLE_SUFFIXES = (".bin", ".pt", ".pth", ".ckpt", ".pkl", ".pickle", ".joblib", ".h5", ".msgpack")
"""Weight formats refused in a model folder (pickles, and formats transformers would load
without safetensors: TF ``.h5`` and Flax ``.msgpack``)."""

SAFE_MODEL_SUFFIXES = (".json", ".safetensors", ".txt", ".model", ".md")
"""Files of a model folder that are handed on to a converter (configs, weights, vocabularies)."""


def refuse_pickled_weights(folder: FsPath | str) -> None:
    """Raise :class:`~kgexplain.errors.UnsafeWeightsError` if ``folder`` holds a pickled (or
    otherwise non-safetensors) weights file."""
    d = FsPath(folder)
    if not d.is_dir():
        return
    found = sorted(p.name for p in d.iterdir() if p.suffix.lower() in PICKLE_SUFFIXES)
    if found:
        raise UnsafeWeightsError(
            f"{d} holds weights kgexplain will not load: {', '.join(found[:5])}; kgexplain loads "
            "safetensors only (a pickle runs code when loaded). Convert the checkpoint with "
            "transformers' save_pretrained(..., safe_serialization=True) and remove the pickle"
        )
