"""Benchmark: load and compile the ML-1M + DBpedia graph, next to a plain rdflib Graph.

Run: ``python benchmarks/bench_load.py`` (reads ../shared/data/ml1m-dbpedia-kg; skips with a
message when it is absent). Each side runs in its own subprocess so peak RSS is its own.
Last line: one JSON object with the figures and the ratios.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def run_kgexplain() -> dict:
    from _ml1m import load_ml1m_kg

    t0 = time.perf_counter()
    kg = load_ml1m_kg()
    t_load = time.perf_counter() - t0
    rss_loaded = _peak_rss_mb()
    t0 = time.perf_counter()
    c = kg.compile()
    t_compile = time.perf_counter() - t0
    dump = os.environ.get("KGX_BENCH_DUMP")
    if dump:  # hand the same triples to the rdflib side without it loading our graph
        with open(dump, "w", encoding="utf-8") as fh:
            for t in kg.triples():
                fh.write(f"T\t{t.head}\t{t.relation}\t{t.tail}\n")
            for e in kg.entities():
                fh.write(f"L\t{e.id}\t{e.label}\n")
    t0 = time.perf_counter()
    kg.compile()
    t_cached = time.perf_counter() - t0
    return {
        "entities": kg.num_entities,
        "triples": kg.num_triples,
        "load_s": round(t_load, 2),
        "compile_s": round(t_compile, 2),
        "compile_cached_ms": round(t_cached * 1000, 3),
        "rss_after_load_mb": round(rss_loaded, 1),
        "peak_rss_mb": round(_peak_rss_mb(), 1),
        "csr_mb": round(sum(getattr(c, f).nbytes for f in c.__dataclass_fields__
                            if hasattr(getattr(c, f), "nbytes")) / 2**20, 1),
    }


def run_rdflib() -> dict:
    from rdflib import Graph, Literal, URIRef

    triples, labels = [], []
    with open(os.environ["KGX_BENCH_DUMP"], encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            (triples if parts[0] == "T" else labels).append(tuple(parts[1:]))
    base = _peak_rss_mb()
    t0 = time.perf_counter()
    g = Graph()
    ns = "https://w3id.org/kgexplain/"
    rdfs_label = URIRef("http://www.w3.org/2000/01/rdf-schema#label")
    for h, r, t in triples:
        g.add((URIRef(ns + "entity/" + h), URIRef(ns + "relation/" + r), URIRef(ns + "entity/" + t)))
    for eid, label in labels:
        g.add((URIRef(ns + "entity/" + eid), rdfs_label, Literal(label)))
    t_build = time.perf_counter() - t0
    return {"triples": len(g), "build_s": round(t_build, 2), "peak_rss_mb": round(_peak_rss_mb(), 1),
            "rss_before_mb": round(base, 1)}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] in ("--kgexplain", "--rdflib"):
        out = run_kgexplain() if sys.argv[1] == "--kgexplain" else run_rdflib()
        print(json.dumps(out))
        return
    from _ml1m import data_available

    if not data_available():
        print("SKIP: ../shared/data/ml1m-dbpedia-kg is absent; this benchmark needs it")
        print(json.dumps({"skipped": True}))
        return
    import tempfile

    dump = tempfile.NamedTemporaryFile(suffix=".tsv", delete=False).name
    env = {**os.environ, "PYTHONPATH": str(HERE.parent), "KGX_BENCH_DUMP": dump}

    def child(flag: str) -> dict:
        res = subprocess.run([sys.executable, __file__, flag], capture_output=True, text=True, env=env)
        if res.returncode != 0:
            raise SystemExit(f"{flag} failed:\n{res.stderr}")
        return json.loads(res.stdout.strip().splitlines()[-1])

    k = child("--kgexplain")
    print(f"kgexplain: {k['entities']:,} entities, {k['triples']:,} triples; load {k['load_s']} s, "
          f"compile {k['compile_s']} s (cached {k['compile_cached_ms']} ms), CSR arrays {k['csr_mb']} MB, "
          f"peak RSS {k['peak_rss_mb']} MB")
    r = child("--rdflib")
    os.unlink(dump)
    print(f"rdflib Graph, same triples + labels: build {r['build_s']} s, peak RSS {r['peak_rss_mb']} MB "
          f"(of which {r['rss_before_mb']} MB is the triples read as Python tuples)")
    result = {
        "benchmark": "load",
        "entities": k["entities"],
        "triples": k["triples"],
        "load_s": k["load_s"],
        "compile_s": k["compile_s"],
        "peak_rss_mb": k["peak_rss_mb"],
        "rdflib_build_s": r["build_s"],
        "rdflib_peak_rss_mb": r["peak_rss_mb"],
        "load_time_ratio_vs_rdflib": round(k["load_s"] / r["build_s"], 3) if r["build_s"] else None,
        "rss_ratio_vs_rdflib": round(k["peak_rss_mb"] / r["peak_rss_mb"], 3),
        "goal_compiled_under_1gb": k["peak_rss_mb"] < 1024,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
