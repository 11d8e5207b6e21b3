"""Score the kept hand-written sets (blind35 on) with a trained triple-presence classifier.

usage: PYTHONPATH=. python scripts/learned_gate/score_kept_sets.py MODEL_DIR OUT.json
(MODEL_DIR from train_triple_presence.py, joined back into one checkpoint; see README.md here)."""

import json
import sys
import importlib.util
import collections
import time
from pathlib import Path
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer
import kgexplain as kgx
from kgexplain.evaluation.cases import read_cases

torch.set_num_threads(2)
M = sys.argv[1]
tok = AutoTokenizer.from_pretrained(M)
model = AutoModelForSequenceClassification.from_pretrained(M).eval()
root = Path(__file__).resolve().parents[2] / "tests" / "data" / "sets"
graphs = {}


def graph(d, f):
    key = "example" if f.stem == "movies" else str(d / "graph.py")
    if key not in graphs:
        if key == "example":
            graphs[key] = kgx.KnowledgeGraph.example()
        else:
            spec = importlib.util.spec_from_file_location("g" + d.name, key)
            m = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(m)
            graphs[key] = m.build()
    return graphs[key]


rows = []
for d in sorted(root.iterdir()):
    if not d.name.startswith("blind") or int(d.name[5:]) < 35:
        continue
    for f in sorted(d.glob("*.jsonl")):
        kg = graph(d, f)
        for c in read_cases(f):
            trs = [(h, r, t) for h, r, t in c.evidence if r != "rated" and r in kg.relations]
            if not trs:
                continue
            rows.append(
                (
                    d.name,
                    f.stem,
                    c.id,
                    c.text,
                    c.faithful,
                    c.category,
                    [
                        f"{kg.entity(h).label} | {kg.relations[r].phrase} | {kg.entity(t).label}"
                        for h, r, t in trs
                    ],
                )
            )
pairs = [(i, t) for i, row in enumerate(rows) for t in row[6]]
t0 = time.time()
scores = []
with torch.no_grad():
    for b in range(0, len(pairs), 64):
        chunk = pairs[b : b + 64]
        enc = tok(
            [t for _, t in chunk],
            [rows[i][3] for i, _ in chunk],
            truncation="only_second",
            max_length=160,
            padding=True,
            return_tensors="pt",
        )
        scores += torch.sigmoid(model(**enc).logits.squeeze(-1)).tolist()
per = collections.defaultdict(list)
for (i, _), s in zip(pairs, scores):
    per[i].append(s)
out = [
    dict(
        set=r[0],
        file=r[1],
        id=r[2],
        text=r[3],
        faithful=r[4],
        category=r[5],
        triples=r[6],
        scores=per[i],
        min=min(per[i]),
    )
    for i, r in enumerate(rows)
]
json.dump(out, open(sys.argv[2], "w"), indent=0)
print(len(rows), "cases", len(pairs), "pairs", round(time.time() - t0), "s")
