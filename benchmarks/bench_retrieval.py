"""Benchmark of fact retrieval on the ML-1M + DBpedia graph, plus a 1M-vector FAISS scale run.

Measures, on the real facts (explainable, non-user triples of the ML-1M + DBpedia graph built by
``benchmarks/_ml1m.py``):

* embedding throughput of all-MiniLM-L6-v2 (sentences/s) and the time to embed every fact;
* the default (torch-free numpy) encoder against sentence-transformers on the same
  ``--throughput-sentences`` fact sentences, in one process, rounds interleaved, best round of
  each: wall and CPU seconds, their ratio (``encoder_speedup_vs_sentence_transformers`` > 1: numpy
  faster) and the smallest cosine between the two engines' vectors;
* FAISS index build time, single-query search latency (p50) and recall@10 of the index
  ``FaissFactRetriever`` actually uses (``index="auto"``) against exact search, on real retrieval
  queries (the query vectors ``retrieve`` builds for held-out ML-1M (user, item) pairs);
* the same for the approximate indexes (IVF, HNSW) forced at the real size;
* ``retrieve`` latency per request with embeddings cached (the pipeline's steady state) and
  with an empty cache (lazy embedding of the candidate facts);
* approximate indexes are calibrated (``build_index(queries=...)``) on a second set of held-out
  fact sentences, disjoint from the evaluation queries;
* a scale run at ``--scale`` vectors (default 1,000,000) with realistic structure: every real fact
  embedding repeated with small Gaussian noise (``--noise`` per dimension), re-normalized, queried
  with the real queries; build time, ms/query (p50, one query at a time) and recall@10, and
  for IVF the same at other ``nprobe`` values (the trade-off curve);
* the baseline at the scale size, in the same run: FAISS's plain IVF over the same codes (each
  vector in one list, ``IVF<n>,PQ<d/2>x4fs,RFlat``), calibrated to the same recall target; the
  ratio of its ms/query to the index used is ``scale_speedup_vs_plain_ivf``.

Run: ``python benchmarks/bench_retrieval.py`` (``--max-facts N`` embeds a subsample on slow machines;
``--hnsw-scale`` also builds HNSW at the scale size, which takes minutes on 2 cores;
``--encoder-only`` stops after the encoder comparison).
The last line printed is one JSON object with ``recall_at_10``, ``query_ms_p50``, ``facts`` and
the scale run's figures. Skips with a message when the data folder is absent.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _ml1m import DEFAULT_DATA_DIR  # noqa: E402


def _times_ms(fn, items) -> np.ndarray:
    times = []
    for it in items:
        t0 = time.perf_counter()
        fn(it)
        times.append((time.perf_counter() - t0) * 1000)
    return np.array(times)


def _p50_ms(fn, items) -> float:
    return float(np.median(_times_ms(fn, items)))


def _recall(found: np.ndarray, truth: np.ndarray) -> float:
    return float(np.mean([len(set(f) & set(t)) / len(t) for f, t in zip(found, truth)]))


def _compare_encoders(default_model, sample: list[str], batch_size: int, rounds: int) -> dict:
    """The default encoder vs sentence-transformers on ``sample``: best of ``rounds``
    interleaved rounds each (wall and CPU seconds), the speed ratio and the smallest cosine."""
    from kgexplain.retrieval import load_sentence_model

    st_model = load_sentence_model(encoder="sentence-transformers")
    engines = {"default": default_model, "sentence_transformers": st_model}
    for model in engines.values():  # warm-up: first-call allocations, lazy imports
        model.encode(sample[:64], batch_size=batch_size, normalize_embeddings=True)
    best = {name: (float("inf"), float("inf")) for name in engines}
    vectors = {}
    for _ in range(rounds):
        for name, model in engines.items():
            w0, c0 = time.perf_counter(), time.process_time()
            vectors[name] = model.encode(sample, batch_size=batch_size, normalize_embeddings=True)
            wall, cpu = time.perf_counter() - w0, time.process_time() - c0
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    cos = np.sum(vectors["default"].astype(np.float64) * vectors["sentence_transformers"], axis=1)
    (dw, dc), (sw, sc) = best["default"], best["sentence_transformers"]
    return {
        "encoder": type(default_model).__name__,
        "encoder_sentences": len(sample),
        "encoder_rounds": rounds,
        "encoder_wall_s": round(dw, 3), "encoder_cpu_s": round(dc, 3),
        "sentence_transformers_wall_s": round(sw, 3), "sentence_transformers_cpu_s": round(sc, 3),
        "encoder_speedup_vs_sentence_transformers": round(sw / dw, 3),
        "encoder_cpu_ratio_vs_sentence_transformers": round(sc / dc, 3),
        "encoder_min_cosine": round(float(cos.min()), 9),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA_DIR))
    parser.add_argument("--max-facts", type=int, default=0,
                        help="embed at most this many facts (0: all)")
    parser.add_argument("--queries", type=int, default=300,
                        help="held-out pairs for retrieval queries, and held-out fact sentences")
    parser.add_argument("--throughput-sentences", type=int, default=2000)
    parser.add_argument("--scale", type=int, default=1_000_000)
    parser.add_argument("--noise", type=float, default=0.01)
    parser.add_argument("--hnsw-scale", action="store_true",
                        help="also build an HNSW index at the scale size")
    parser.add_argument("--no-baseline", dest="baseline", action="store_false",
                        help="skip the plain-IVF baseline at the scale size (saves ~3 minutes)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--encoder-rounds", type=int, default=3,
                        help="interleaved rounds of the numpy vs sentence-transformers comparison")
    parser.add_argument("--encoder-only", action="store_true",
                        help="stop after the encoder comparison (prints its JSON)")
    parser.add_argument("--cache-dir", default="",
                        help="sentence embedding cache (default: kgexplain's default cache, so a "
                        "second run reuses the fact embeddings)")
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    import faiss
    import torch

    torch.set_num_threads(args.threads)
    faiss.omp_set_num_threads(args.threads)
    try:  # the numpy encoder's matrix products run on numpy's BLAS
        from threadpoolctl import threadpool_limits

        threadpool_limits(args.threads, user_api="blas")
    except ImportError:
        pass

    from _ml1m import data_available, load_ml1m_kg, load_ml1m_valid

    import kgexplain as kgx
    from kgexplain.retrieval import FaissFactRetriever, build_index, default_cache_dir

    if not data_available(Path(args.data)):
        print(f"SKIP: ML-1M + DBpedia data not found under {args.data}")
        print(json.dumps({"skipped": True, "reason": f"no data under {args.data}"}))
        return 0

    out: dict = {}
    t0 = time.perf_counter()
    kg = load_ml1m_kg(Path(args.data))
    print(f"graph: {kg!r} loaded in {time.perf_counter() - t0:.1f} s")
    cache = Path(args.cache_dir) if args.cache_dir else default_cache_dir()
    retriever = FaissFactRetriever(kg, cache_dir=cache)
    t0 = time.perf_counter()
    facts = retriever._prepare()
    print(f"model load + fact table: {len(facts):,} facts in {time.perf_counter() - t0:.1f} s")
    out["facts_in_graph"] = len(facts)

    if hasattr(retriever.model_, "threads"):  # the numpy encoder: batches on --threads threads
        retriever.model_.threads = args.threads

    # --- embedding throughput: a fixed sample of fact sentences, always encoded afresh
    rng = np.random.default_rng(0)
    n_tp = min(args.throughput_sentences, len(facts))
    sample = [facts.texts[i] for i in rng.choice(len(facts), n_tp, replace=False).tolist()]
    t0 = time.perf_counter()
    retriever.model_.encode(sample, batch_size=retriever.batch_size, normalize_embeddings=True)
    tp_s = time.perf_counter() - t0
    rate = n_tp / tp_s
    print(f"embedding throughput: {n_tp:,} sentences in {tp_s:.1f} s = {rate:.0f} sentences/s "
          f"({type(retriever.model_).__name__}, {args.threads} threads, load average {os.getloadavg()[0]:.1f})")
    out.update(embed_per_s=round(rate, 1), load_average=round(os.getloadavg()[0], 1))

    # --- the default encoder vs sentence-transformers, same sentences, same process
    cmp = _compare_encoders(retriever.model_, sample, retriever.batch_size, args.encoder_rounds)
    print(f"encoder {cmp['encoder']}: {cmp['encoder_wall_s']} s wall / {cmp['encoder_cpu_s']} s CPU; "
          f"sentence-transformers {cmp['sentence_transformers_wall_s']} s / "
          f"{cmp['sentence_transformers_cpu_s']} s; ratio x{cmp['encoder_speedup_vs_sentence_transformers']} "
          f"wall, x{cmp['encoder_cpu_ratio_vs_sentence_transformers']} CPU; min cosine "
          f"{cmp['encoder_min_cosine']} (best of {args.encoder_rounds}, load average "
          f"{os.getloadavg()[0]:.1f})")
    out.update(cmp, load_average_encoder=round(os.getloadavg()[0], 1))
    if args.encoder_only:
        out["threads"] = args.threads
        print(json.dumps(out))
        return 0

    # --- every fact (or a subsample) embedded through the retriever's cache
    n_embed = len(facts) if not args.max_facts else min(args.max_facts, len(facts))
    subsample = n_embed < len(facts)
    pick = np.sort(rng.choice(len(facts), n_embed, replace=False)) if subsample else np.arange(n_embed)
    texts = [facts.texts[i] for i in pick.tolist()]
    cached = sum(t in retriever.store_.index for t in texts)
    t0 = time.perf_counter()
    retriever._embed_missing(texts)
    embed_s = time.perf_counter() - t0
    retriever._sync_rows(np.arange(len(facts)))
    retriever.save()
    print(f"facts embedded: {n_embed:,}{' (SUBSAMPLE of ' + format(len(facts), ',') + ')' if subsample else ''}"
          f", {cached:,} from the cache at {cache}, {n_embed - cached:,} embedded now in {embed_s:.1f} s")
    out.update(embedded_now=n_embed - cached, embed_s=round(embed_s, 1), subsample=subsample)
    all_vectors = np.ascontiguousarray(retriever.store_.matrix[retriever._fact_rows[pick]])
    # hold out fact sentences as queries "by sentence" (not in the index they query)
    # (a disjoint second set calibrates the approximate indexes: build_index(queries=...))
    order = rng.permutation(len(all_vectors))
    n_held = min(args.queries, len(all_vectors) // 20)
    fact_queries = np.ascontiguousarray(all_vectors[order[:n_held]])
    calib_queries = np.ascontiguousarray(all_vectors[order[n_held:2 * n_held]])
    vectors = np.ascontiguousarray(all_vectors[np.sort(order[2 * n_held:])])

    # --- real queries: the vectors retrieve() builds for held-out pairs, with their paths
    valid = load_ml1m_valid(Path(args.data)) or []
    sel = rng.choice(len(valid), min(args.queries, len(valid)), replace=False)
    pairs = [(valid[i][0], valid[i][1]) for i in sel.tolist()]
    finder = kgx.PathFinder(kg)
    t0 = time.perf_counter()
    paths = finder.find_many(pairs, k=3)
    print(f"paths for {len(pairs)} held-out pairs in {time.perf_counter() - t0:.1f} s")
    requests = [(u, i, p) for (u, i), p in zip(pairs, paths)]

    # retrieve() with an empty cache (lazy: embeds the candidates it needs)
    cold = FaissFactRetriever(kg, cache_dir=False)
    cold._prepare()
    n_cold = min(20, len(requests))
    t0 = time.perf_counter()
    for req in requests[:n_cold]:
        cold.retrieve(*req, k=5)
    cold_ms = (time.perf_counter() - t0) * 1000 / n_cold
    print(f"retrieve, empty cache: {cold_ms:.0f} ms/request "
          f"({cold.encoded_ / n_cold:.0f} sentences embedded per request)")

    # warm-up: embeds the query labels (items, profile items) that are not cached yet
    retriever.retrieve_many(requests, k=5)
    t0 = time.perf_counter()
    retriever.retrieve_many(requests, k=5)
    warm_batch_ms = (time.perf_counter() - t0) * 1000 / len(requests)
    enc_before = retriever.encoded_
    warm_p50 = _p50_ms(lambda r: retriever.retrieve(*r, k=5), requests)
    assert retriever.encoded_ == enc_before, "warm retrieve must not run the model"
    cands = [len(retriever._plan(*r)["cand"]) for r in requests]
    print(f"retrieve, cached embeddings: p50 {warm_p50:.2f} ms/request, retrieve_many "
          f"{warm_batch_ms:.2f} ms/request; candidates per request p50 {np.median(cands):.0f}, "
          f"max {max(cands)}")
    out.update(retrieve_cold_ms=round(cold_ms, 1), retrieve_warm_ms_p50=round(warm_p50, 3),
               retrieve_many_ms_per_request=round(warm_batch_ms, 3),
               candidates_p50=float(np.median(cands)))

    queries = np.stack([retriever._query(retriever._plan(*r)) for r in requests]).astype(np.float32)
    query_sets = {"retrieval": np.ascontiguousarray(queries), "fact": fact_queries}

    truths: dict[int, dict[str, np.ndarray]] = {}

    def evaluate(index, base: np.ndarray) -> dict[str, tuple[float, float, float]]:
        """Per query set: recall@10, p50 and mean ms/query (one query at a time)."""
        res = {}
        truth = truths.setdefault(id(base), {
            name: faiss.knn(q, base, 10, metric=faiss.METRIC_INNER_PRODUCT)[1]
            for name, q in query_sets.items()})
        for name, q in query_sets.items():
            _, found = index.search(q, 10)
            faiss.omp_set_num_threads(1)  # one query at a time: latency, not throughput
            times = _times_ms(lambda v: index.search(v[None, :], 10), q)
            faiss.omp_set_num_threads(args.threads)
            res[name] = (_recall(found, truth[name]), float(np.median(times)), float(times.mean()))
        return res

    def show(label: str, info, res) -> None:
        params = {"ivf": f"nlist={info.nlist} nprobe={info.nprobe} k_factor={info.k_factor}",
                  "hnsw": f"M={info.hnsw_m} efSearch={info.ef_search}"}.get(info.kind, "exact")
        print(f"  {label:10s} n={info.size:,} [{info.spec}; {params}]: build {info.build_s:.2f} s, "
              f"calibrated recall@10 {info.recall_at_10:.3f}")
        for name, (recall, p50, mean) in res.items():
            print(f"      {name:9s} queries: recall@10 {recall:.4f}, p50 {p50:.3f} ms/query "
                  f"(mean {mean:.3f})")

    def figures(res) -> dict:
        return {**{f"recall_at_10_{n}": round(r, 4) for n, (r, _, _) in res.items()},
                **{f"query_ms_p50_{n}": round(p, 4) for n, (_, p, _) in res.items()},
                **{f"query_ms_mean_{n}": round(m, 4) for n, (_, _, m) in res.items()}}

    def record(info, res) -> dict:
        return {"index": info.kind, "spec": info.spec, "vectors": info.size,
                "build_s": round(info.build_s, 2), "nprobe": info.nprobe,
                "ef_search": info.ef_search, **figures(res)}

    def nprobe_curve(index, info, base: np.ndarray) -> list[dict]:
        """Recall and latency of the same IVF index at other nprobe values (the trade-off the
        calibration picks from; the goal is judged at the calibrated value only)."""
        rows = []
        print(f"  nprobe curve (nlist={info.nlist}; calibrated: {info.nprobe}):")
        for nprobe in sorted({8, 16, 32, 64, 128, info.nprobe}):
            if nprobe > info.nlist:
                continue
            index.nprobe = nprobe
            res = evaluate(index, base)
            rows.append({"nprobe": nprobe, **figures(res)})
            print("    nprobe {:4d}: ".format(nprobe) + ", ".join(
                f"{n} recall@10 {r:.4f} p50 {p:.3f} ms" for n, (r, p, _) in res.items()))
        index.nprobe = info.nprobe
        return rows

    def plain_ivf_baseline(base: np.ndarray) -> dict:
        """The baseline: FAISS's plain IVF (one list per vector) over the same fast-scan codes
        with exact re-ranking (``IVF<n>,PQ<d/2>x4fs,RFlat``, k_factor 16), nprobe raised until
        the same calibration queries reach the same recall target."""
        from kgexplain.retrieval import IndexInfo

        n, d = base.shape
        nlist = int(round(4 * np.sqrt(n)))
        spec = f"IVF{nlist},PQ{d // 2}x4fs,RFlat"
        t0 = time.perf_counter()
        index = faiss.index_factory(d, spec, faiss.METRIC_INNER_PRODUCT)
        ivf = faiss.extract_index_ivf(index)
        ivf.cp.niter = 10
        n_train = min(n, 32 * nlist)
        index.train(base[np.sort(rng.choice(n, n_train, replace=False))])
        index.add(base)
        faiss.downcast_index(index).k_factor = 16
        build_s = time.perf_counter() - t0
        _, calib_truth = faiss.knn(calib_queries, base, 10, metric=faiss.METRIC_INNER_PRODUCT)
        nprobe, recall = 1, 0.0
        while True:
            ivf.nprobe = nprobe
            recall = _recall(index.search(calib_queries, 10)[1], calib_truth)
            if recall >= 0.98 or nprobe >= nlist:
                break
            nprobe = min(nlist, nprobe * 2 if nprobe < 64 else int(nprobe * 1.25))
        info = IndexInfo("ivf", n, d, build_s, recall, nlist=nlist, nprobe=nprobe, k_factor=16,
                         calibration_queries=len(calib_queries), spec=spec)
        res = evaluate(index, base)
        show("plain IVF", info, res)
        return record(info, res)

    print(f"queries: {len(queries)} retrieval query vectors (item + paths + profile of held-out "
          f"pairs) and {len(fact_queries)} held-out fact sentences; index over {len(vectors):,} facts")
    for kind in ("auto", "ivf", "hnsw"):
        index, info = build_index(vectors, kind, approx_threshold=retriever.approx_threshold,
                                  queries=calib_queries)
        res = evaluate(index, vectors)
        show(f"{kind}->{info.kind}" if kind == "auto" else kind, info, res)
        rec = record(info, res)
        if kind == "auto":
            out.update(index=info.kind, index_build_s=round(info.build_s, 3),
                       recall_at_10=min(rec["recall_at_10_retrieval"], rec["recall_at_10_fact"]),
                       query_ms_p50=max(rec["query_ms_p50_retrieval"], rec["query_ms_p50_fact"]))
        else:
            out[f"{kind}_real"] = rec
        del index

    # --- scale run: real embeddings, each repeated with small noise
    if args.scale:
        reps = int(np.ceil(args.scale / len(vectors)))
        t0 = time.perf_counter()
        big = np.empty((args.scale, vectors.shape[1]), dtype=np.float32)
        for r in range(reps):
            lo, hi = r * len(vectors), min(args.scale, (r + 1) * len(vectors))
            if lo >= hi:
                break
            chunk = vectors[: hi - lo] + rng.normal(0, args.noise, (hi - lo, vectors.shape[1])).astype(np.float32)
            big[lo:hi] = chunk / np.linalg.norm(chunk, axis=1, keepdims=True)
        print(f"scale set: {args.scale:,} vectors = {len(vectors):,} real fact embeddings x{reps} "
              f"with N(0, {args.noise}) noise per dim ({time.perf_counter() - t0:.1f} s)")
        kinds = ["auto"] + (["hnsw"] if args.hnsw_scale else [])
        for kind in kinds:
            index, info = build_index(big, kind, approx_threshold=retriever.approx_threshold,
                                      queries=calib_queries)
            res = evaluate(index, big)
            show(f"{kind}->{info.kind}" if kind == "auto" else kind, info, res)
            out["scale" if kind == "auto" else f"scale_{kind}"] = record(info, res)
            if info.kind == "ivf":
                out["scale_curve"] = nprobe_curve(index, info, big)
            del index
        if args.baseline and out["scale"]["index"] == "ivf":
            out["scale_baseline"] = plain_ivf_baseline(big)
            sc, base = out["scale"], out["scale_baseline"]
            out["scale_speedup_vs_plain_ivf"] = round(
                max(base["query_ms_p50_retrieval"], base["query_ms_p50_fact"])
                / max(sc["query_ms_p50_retrieval"], sc["query_ms_p50_fact"]), 2)
            print(f"  speedup of the index used over plain IVF at the same recall target: "
                  f"x{out['scale_speedup_vs_plain_ivf']}")
        del big

    out["facts"] = len(vectors)
    out["queries"] = {n: len(q) for n, q in query_sets.items()}
    out["threads"] = args.threads
    goals = {"recall_at_10>=0.98": out["recall_at_10"] >= 0.98}
    if "scale" in out:
        sc = out["scale"]
        goals["scale_recall_at_10>=0.98"] = min(sc["recall_at_10_retrieval"], sc["recall_at_10_fact"]) >= 0.98
        goals["scale_query_ms_p50<=1"] = max(sc["query_ms_p50_retrieval"], sc["query_ms_p50_fact"]) <= 1.0
        goals["scale_query_ms_mean<=1"] = max(sc["query_ms_mean_retrieval"], sc["query_ms_mean_fact"]) <= 1.0
    out["goals_met"] = goals
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    sys.exit(main())
