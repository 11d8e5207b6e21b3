"""Join the part*.safetensors files train_triple_presence.py wrote into one checkpoint.

usage: python scripts/learned_gate/join_parts.py OUT_DIR/model BASE16_DIR MODEL_DIR
"""

import glob
import os
import shutil
import sys

import torch
from safetensors.torch import load_file
from transformers import AutoConfig, AutoModelForSequenceClassification

src, base, dst = sys.argv[1:4]
state = {}
for f in sorted(glob.glob(os.path.join(src, "part*.safetensors"))):
    state.update(load_file(f))
chunks: dict[str, list[tuple[int, torch.Tensor]]] = {}
for key in [k for k in state if "##" in k]:
    name, i = key.split("##")
    chunks.setdefault(name, []).append((int(i), state.pop(key)))
for name, parts in chunks.items():
    state[name] = torch.cat([t for _, t in sorted(parts, key=lambda p: p[0])], 0)
model = AutoModelForSequenceClassification.from_config(AutoConfig.from_pretrained(src))
model.load_state_dict({k: v.float() for k, v in state.items()})
model.save_pretrained(dst)
for f in glob.glob(os.path.join(base, "tokenizer*")):
    shutil.copy(f, dst)
