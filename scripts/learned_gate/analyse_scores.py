"""usage: python scripts/learned_gate/analyse_scores.py SCORES.json (from score_kept_sets.py)"""

import json
import collections
import sys
import numpy as np

rows = json.load(open(sys.argv[1]))


def auc(s, y):
    s, y = np.asarray(s), np.asarray(y)
    o = np.argsort(s)
    r = np.empty(len(s))
    r[o] = np.arange(1, len(s) + 1)
    n1 = y.sum()
    n0 = len(y) - n1
    return (r[y == 1].sum() - n1 * (n1 + 1) / 2) / (n1 * n0)


for part in ("own", "movies", None):
    R = [r for r in rows if part is None or r["file"] == part]
    y = np.array([r["faithful"] for r in R], int)
    s = [r["min"] for r in R]
    print(part or "all", len(R), "AUC faithful vs false (min score):", round(auc(s, y), 4))
RELW = {"wrong_relation_word", "role_reversal", "unknown_relation_words"}
for th in (0.5, 0.9, 0.97, 0.99, 0.995, 0.999):
    fa = [r for r in rows if r["faithful"]]
    fl = [r for r in rows if not r["faithful"]]
    cats = collections.Counter(r["category"] for r in fl if r["min"] >= th)
    tot = collections.Counter(r["category"] for r in fl)
    print(
        f"t={th}: faithful passing {sum(r['min'] >= th for r in fa)}/{len(fa)} = {sum(r['min'] >= th for r in fa) / len(fa):.3f}; "
        f"false passing {sum(r['min'] >= th for r in fl)}/{len(fl)}; relation-word cats passing "
        f"{sum(cats[c] for c in RELW)}/{sum(tot[c] for c in RELW)}; by cat {dict(cats.most_common(6))}"
    )
# threshold where no relation-word false text passes
fl = [r for r in rows if not r["faithful"] and r["category"] in RELW]
mx = max(r["min"] for r in fl)
fa = [r for r in rows if r["faithful"]]
print(
    "max min-score of relation-word false texts:",
    mx,
    "-> faithful above it:",
    sum(r["min"] > mx for r in fa),
    "/",
    len(fa),
)
for r in sorted(fl, key=lambda r: -r["min"])[:12]:
    print(f"  FALSE {r['min']:.4f} [{r['category']}] {r['text']} || {r['triples']}")
for r in sorted(fa, key=lambda r: r["min"])[:8]:
    print(f"  FAITHFUL LOW {r['min']:.4f} [{r['category']}] {r['text']} || {r['triples']}")
