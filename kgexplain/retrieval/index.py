"""The FAISS index over fact embeddings: build (exact, SOAR-spilled IVF, HNSW), persist, reload.

The index is exact (``IndexFlatIP``) below ``approx_threshold`` facts and above it IVF over
fast-scan product-quantized codes, every fact in two inverted lists (SOAR spilling), with exact
re-ranking (:class:`SpilledIVFIndex`); its ``nprobe`` is calibrated at build time to a measured
recall@10 (:func:`build_index`, :class:`IndexInfo`). A built index is persisted per graph
fingerprint (:func:`index_dir`, :func:`write_index`) and reloaded (:func:`read_index`). FAISS is
imported inside the functions that need it.
"""

from __future__ import annotations

import json
import logging
import math
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path as FilePath
from typing import Any, Literal

import numpy as np

from kgexplain.errors import ConfigError

logger = logging.getLogger(__name__)

__all__ = ["IndexInfo", "IndexKind", "SpilledIVFIndex", "build_index", "index_dir", "read_index",
           "write_index"]

IndexKind = Literal["auto", "flat", "ivf", "hnsw"]

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
    if kind == "ivf":
        index, info = _tuned_ivf(x, seed, measure, nq, target_recall)
    else:
        index, info = _tuned_hnsw(x, measure, nq, target_recall)
    if info.recall_at_10 < target_recall:
        logger.warning("%s index reaches recall@10 %.3f < %.3f", kind, info.recall_at_10,
                       target_recall)
    logger.info("built %s", info)
    return index, info


def _tuned_ivf(x: np.ndarray, seed: int, measure: Any, nq: int,
               target_recall: float) -> tuple[SpilledIVFIndex, IndexInfo]:
    """A :class:`SpilledIVFIndex` with ``nprobe`` raised until ``measure`` reaches the target."""
    n, d = x.shape
    t0 = time.perf_counter()
    nlist = int(max(1, min(65536, round(4 * math.sqrt(n)), n // 39)))
    index = _build_spilled_ivf(x, nlist, seed)
    k_factor = index.k_factor
    build_s = time.perf_counter() - t0
    recall, nprobe = 0.0, 1
    while True:
        index.nprobe = nprobe
        recall = measure(index)
        if recall >= target_recall or nprobe >= nlist:
            break
        nprobe = min(nlist, nprobe * 2 if nprobe < 64 else int(nprobe * 1.25))
    spec = f"IVF{nlist},PQ{index.ivf.M}x4fs,SOAR(lambda={_SPILL_LAMBDA:g}),Refine"
    return index, IndexInfo("ivf", n, d, build_s, recall, nlist=nlist, nprobe=nprobe,
                            k_factor=k_factor, calibration_queries=nq, spec=spec)


def _tuned_hnsw(x: np.ndarray, measure: Any, nq: int, target_recall: float) -> tuple[Any, IndexInfo]:
    """An ``IndexHNSWFlat`` (M=32) with ``efSearch`` raised until ``measure`` reaches the target."""
    import faiss

    n, d = x.shape
    t0 = time.perf_counter()
    m = 32
    index = faiss.IndexHNSWFlat(d, m, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = 64
    index.add(x)
    build_s = time.perf_counter() - t0
    recall, ef = 0.0, 16
    while True:
        index.hnsw.efSearch = ef
        recall = measure(index)
        if recall >= target_recall or ef >= 4096:
            break
        ef *= 2
    return index, IndexInfo("hnsw", n, d, build_s, recall, hnsw_m=m, ef_search=ef,
                            calibration_queries=nq, spec=f"HNSW{m},Flat")


def _apply_search_params(index: Any, info: IndexInfo) -> None:
    if info.kind == "ivf":
        index.nprobe = info.nprobe
        index.k_factor = info.k_factor
    elif info.kind == "hnsw":
        index.hnsw.efSearch = info.ef_search


# --------------------------------------------------------------------------- persistence
def index_dir(model_cache: FilePath, fingerprint: str, kind: str) -> FilePath:
    """The folder of a graph's persisted index: under a model's cache folder, keyed by the graph
    fingerprint, the index kind asked for and the layout version."""
    return model_cache / "indexes" / f"{fingerprint[:32]}-{kind}-v{_INDEX_LAYOUT}"


def read_index(folder: FilePath) -> tuple[Any, IndexInfo, dict[str, Any]]:
    """The FAISS index persisted in ``folder``, its :class:`IndexInfo` and its ``meta.json``.

    An IVF index comes back as the bare FAISS index (codes only): wrap it in a
    :class:`SpilledIVFIndex` with the exact vectors. A missing or damaged index raises
    ``OSError``, ``RuntimeError``, ``ValueError``, ``KeyError`` or ``TypeError``.
    """
    import faiss

    meta = json.loads((folder / "meta.json").read_text())
    index = faiss.read_index(str(folder / "index.faiss"))
    info = IndexInfo(**meta["info"])
    return index, info, meta


def write_index(folder: FilePath, index: Any, meta: dict[str, Any]) -> None:
    """Persist ``index`` (for a :class:`SpilledIVFIndex`, its FAISS codes) and ``meta`` in
    ``folder``; the index file is written under a temporary name and renamed."""
    import faiss

    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f".index-{uuid.uuid4().hex[:8]}.tmp"
    faiss.write_index(getattr(index, "ivf", index), str(tmp))
    os.replace(tmp, folder / "index.faiss")
    (folder / "meta.json").write_text(json.dumps(meta, indent=1))
