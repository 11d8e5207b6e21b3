"""Benchmark the seq2seq verbalizer: quality on WebNLG dev, entity faithfulness, CPU throughput.

Reports corpus BLEU and chrF++ on WebNLG 2020 dev (sacrebleu, all references), the share of input
labels found verbatim in the outputs, the share of outputs naming an entity not in their input,
texts/s at batch 1 and batch 64 (CTranslate2 int8: the default beam-4 + entity-coverage
ranking, and greedy; the transformers greedy reference, with the share of identical texts), beam
N-best texts/s on example-graph paths, and the same entity shares on the example graph's paths.
``generalization`` (kgexplain.evaluation.verbalizer) adds WebNLG dev seen vs held-out categories,
the music graph's checker acceptance / relation-phrase copies / movie words, and the share of the
model's accepted example-graph texts identical to the template's (failure examples are printed
above the JSON). The last line printed is one JSON object.

    python benchmarks/bench_verbalizer.py                       # shipped model, all of WebNLG dev
    python benchmarks/bench_verbalizer.py --limit 300 --threads 2
    python benchmarks/bench_verbalizer.py --model-dir runs/verb/best

WebNLG is read at run time from ``--webnlg-dir`` (default ../shared/data/webnlg beside the project root, or $KGEXPLAIN_DATA/webnlg); when the
folder is absent the WebNLG part is skipped with a message.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _throughput(verbalizer, inputs, batch_size: int, n: int = 1) -> float:
    verbalizer.batch_size = batch_size
    verbalizer.verbalize_batch(inputs[:2])  # warm up (loading, conversion)
    start = time.perf_counter()
    if n == 1:
        if batch_size == 1:
            for triples in inputs:
                verbalizer.verbalize(triples)
        else:
            verbalizer.verbalize_batch(inputs)
    else:
        verbalizer.candidates_batch(inputs, n)
    return len(inputs) / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model-dir", default=None, help="model folder (default: the shipped one)")
    parser.add_argument("--webnlg-dir", default=str(Path(os.environ.get(
        "KGEXPLAIN_DATA", Path(__file__).resolve().parents[2] / "shared" / "data")) / "webnlg"))
    parser.add_argument("--limit", type=int, default=None, help="score N evenly spaced dev entries")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--paths", type=int, default=300, help="example-graph path inputs")
    parser.add_argument("--speed-inputs", type=int, default=256)
    parser.add_argument("--no-reference", action="store_true", help="skip the transformers timing")
    parser.add_argument("--per-group", type=int, default=150, help="WebNLG entries per category group")
    parser.add_argument("--graph-inputs", type=int, default=200, help="music-graph facts and paths (each)")
    parser.add_argument("--template-pairs", type=int, default=150, help="example-graph pairs")
    parser.add_argument("--no-generalization", action="store_true", help="skip the generalization report")
    args = parser.parse_args(argv)

    import torch

    torch.set_num_threads(args.threads)
    import kgexplain as kgx
    from kgexplain.datasets.webnlg import read_webnlg
    from kgexplain.verbalize import Seq2SeqVerbalizer, default_model_dir
    from kgexplain.evaluation.verbalizer import evaluate_verbalizer

    model_dir = Path(args.model_dir) if args.model_dir else default_model_dir()
    fast = Seq2SeqVerbalizer(model_dir, backend="ct2", threads=args.threads)
    result: dict = {"benchmark": "verbalizer", "model_dir": str(model_dir),
                    "threads": args.threads, "cpu_count": os.cpu_count(),
                    "machine": platform.machine()}
    meta_path = model_dir / "kgexplain.json"
    if meta_path.is_file():
        meta = json.loads(meta_path.read_text())
        result["params"] = meta.get("params")
        result["train_step"] = meta.get("step")

    kg = None
    try:
        kg = kgx.KnowledgeGraph.example()
    except Exception as exc:  # the example graph is package data; report, do not fail
        print(f"example graph unavailable ({exc}); skipping path inputs")

    webnlg = Path(args.webnlg_dir)
    have_webnlg = webnlg.is_dir()
    if not have_webnlg:
        print(f"WebNLG not found at {webnlg}: skipping the WebNLG part (pass --webnlg-dir)")
    report = evaluate_verbalizer(fast, webnlg_dir=str(webnlg) if have_webnlg else None,
                                 limit=args.limit, kg=kg, path_inputs=args.paths)
    rep = report.to_dict()
    for ex in rep.pop("examples"):
        print("IN :", ex["input"][:200])
        print("OUT:", ex["output"])
        print("REF:", ex["reference"])
    result.update({k: (round(v, 4) if isinstance(v, float) else v) for k, v in rep.items()})

    # throughput on a fixed set of inputs (WebNLG dev if present, else path inputs)
    if have_webnlg:
        dev = read_webnlg(webnlg, "dev")  # evenly spaced: all triple-set sizes
        inputs = [list(dev[i * len(dev) // args.speed_inputs].triples)
                  for i in range(min(args.speed_inputs, len(dev)))]
    else:
        from kgexplain.verbalize import path_training_pairs

        inputs = [p[0] for p in path_training_pairs(kg, args.speed_inputs, seed=5)] if kg else []
    if inputs:
        # default verbalize = beam 4 + entity-coverage ranking; "greedy" = rerank_beams=1
        greedy = Seq2SeqVerbalizer(model_dir, backend="ct2", threads=args.threads, rerank_beams=1)
        result["speed_inputs"] = len(inputs)
        result["ct2_int8_texts_per_s_batch1"] = round(_throughput(fast, inputs[:64], 1), 1)
        result["ct2_int8_texts_per_s_batch64"] = round(_throughput(fast, inputs, 64), 1)
        result["ct2_int8_greedy_texts_per_s_batch1"] = round(_throughput(greedy, inputs[:64], 1), 1)
        result["ct2_int8_greedy_texts_per_s_batch64"] = round(_throughput(greedy, inputs, 64), 1)
        if not args.no_reference:
            ref = Seq2SeqVerbalizer(model_dir, backend="torch", threads=args.threads, rerank_beams=1)
            result["torch_greedy_texts_per_s_batch1"] = round(_throughput(ref, inputs[:32], 1), 1)
            result["torch_greedy_texts_per_s_batch64"] = round(_throughput(ref, inputs, 64), 1)
            ref.batch_size = greedy.batch_size = 64
            a, b = ref.verbalize_batch(inputs), greedy.verbalize_batch(inputs)
            result["ct2_int8_greedy_agreement_with_torch"] = round(
                sum(x == y for x, y in zip(a, b)) / len(a), 4)
    if kg is not None:
        # what the explainer asks for: reasons for sampled user->item paths (+ item facts)
        from kgexplain.verbalize import path_training_pairs

        path_in = [p[0] for p in path_training_pairs(kg, args.speed_inputs, seed=99)]
        result["path_speed_inputs"] = len(path_in)
        result["path_ct2_int8_greedy_texts_per_s_batch64"] = round(
            _throughput(greedy, path_in, 64), 1)
        result["path_ct2_int8_nbest4_texts_per_s_batch64"] = round(
            _throughput(fast, path_in, 64, n=4), 1)
    if not args.no_generalization:
        from kgexplain.evaluation.verbalizer import evaluate_generalization

        fast.batch_size = 64
        gen = evaluate_generalization(fast, model_dir=model_dir,
                                      webnlg_dir=str(webnlg) if have_webnlg else None,
                                      per_group=args.per_group, n_facts=args.graph_inputs,
                                      n_paths=args.graph_inputs,
                                      template_pairs=args.template_pairs).to_dict()
        for group in gen.get("webnlg", {}).values():
            for ex in group.pop("examples", []) if isinstance(group, dict) else []:
                print(f"[{ex['category']}] IN :", ex["input"][:200])
                print(f"[{ex['category']}] OUT:", ex["output"])
        for kind, examples in gen.get("second_domain", {}).pop("failures", {}).items():
            for ex in examples:
                print(f"music {kind} ({ex['kind']}):", ex["input"][:160], "->", ex["output"],
                      "| template:", ex["template"])
        tid = gen.get("template_identity", {})
        for key in ("examples_identical", "examples_different"):
            for ex in tid.pop(key, []):
                print(f"example graph {key}: model:", ex["model"], "| template:", ex["template"])
        result["generalization"] = gen
    print(json.dumps(result))
    return result


if __name__ == "__main__":
    main()
