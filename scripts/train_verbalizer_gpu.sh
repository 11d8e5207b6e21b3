#!/usr/bin/env bash
# Train a verbalizer that generalizes (issue 19) on a GPU, from scratch, then average and measure.
#
# From scratch on purpose: the shipped model saw every WebNLG train category, so a model
# initialized from it cannot be measured on held-out categories. The run
#   * leaves WebNLG train categories Astronaut, Company, Monument out (HELDOUT), scores 150 of
#     their train entries at each evaluation (heldout_bleu, part of the selection score);
#   * adds RANDOM_PHRASE_PAIRS example-graph path pairs with relation phrases re-phrased from a
#     pool (made-up verb pairs, WebNLG predicates, the graph's own phrases moved to other
#     relations; never the music graph's), targets saying each given phrase word for word;
#   * adds REASON_PAIRS reason-shaped pairs (1-2 paths + a fact -> one aggregated sentence);
#   * keeps WebNLG's human references and PATH_PAIRS ordinary path pairs;
#   * anneals to 0 at STEPS, keeps 10 snapshots; the last 5 are averaged into $OUT/avg5.
# Then `kgexplain evaluate verbalizer --model $OUT/avg5` writes the generalization report
# (seen vs held-out categories, music graph acceptance, template copies) to $OUT/eval.json.
#
# Usage (repository root, venv active, WebNLG at ../shared/data/webnlg or $KGEXPLAIN_DATA/webnlg):
#   STEPS=12000 MAX_MINUTES=9 scripts/train_verbalizer_gpu.sh runs/gen-gpu
#   SMOKE=1 scripts/train_verbalizer_gpu.sh /tmp/smoke      # 4 steps on CPU, tiny batch, no eval
# Commit a checkpoint only if it beats the shipped model on the held-out categories AND on the
# reasons evaluation (issue 19); never commit intermediate checkpoints.
set -euo pipefail
OUT=${1:?usage: scripts/train_verbalizer_gpu.sh OUT_DIR}
WEBNLG=${WEBNLG:-${KGEXPLAIN_DATA:-../shared/data}/webnlg}
STEPS=${STEPS:-12000}
MAX_MINUTES=${MAX_MINUTES:-9}
BATCH=${BATCH:-128}
RANDOM_PHRASE_PAIRS=${RANDOM_PHRASE_PAIRS:-3000}
REASON_PAIRS=${REASON_PAIRS:-1500}
PATH_PAIRS=${PATH_PAIRS:-1500}
SMOKE=${SMOKE:-0}

python - "$OUT" "$WEBNLG" "$STEPS" "$MAX_MINUTES" "$BATCH" "$RANDOM_PHRASE_PAIRS" "$REASON_PAIRS" \
    "$PATH_PAIRS" "$SMOKE" <<'EOF'
import json, sys, time
import kgexplain as kgx
from kgexplain.evaluation.verbalizer import HELDOUT_CATEGORIES
from kgexplain.training import average_checkpoints, train_verbalizer

out, webnlg, steps, minutes, batch, rp, rs, pp, smoke = sys.argv[1:]
smoke = smoke == "1"
kg = kgx.KnowledgeGraph.example()
settings = dict(heldout_categories=HELDOUT_CATEGORIES, random_phrase_pairs=int(rp),
                reason_pairs=int(rs), path_pairs=int(pp), bf16=True, keep_snapshots=10)
if smoke:  # a few CPU steps: the data pipeline, one evaluation, snapshots and the average
    settings.update(batch_size=4, anneal_to_step=4, eval_every=2, dev_entries=6,
                    dev_heldout_entries=6, dev_path_pairs=6, path_pairs=20,
                    random_phrase_pairs=20, reason_pairs=10, d_model=64, d_ff=128, num_heads=2,
                    num_layers=2, num_decoder_layers=2, max_target_len=24, threads=2, bf16=False)
else:
    settings.update(batch_size=int(batch), anneal_to_step=int(steps), eval_every=500, warmup_steps=400,
                    patience=1000)
start = time.time()
res = train_verbalizer(out, webnlg_dir=webnlg, epochs=1 if smoke else 1000, kg=kg,
                       max_minutes=float(minutes), device="cpu" if smoke else None, **settings)
print(json.dumps({"stopped": res.stopped, "step": res.step, "best": res.best_score,
                  "minutes": round((time.time() - start) / 60, 2)}))
for rec in res.log:
    if rec.get("event") == "eval":
        print(json.dumps({k: rec[k] for k in rec if k in ("step", "dev_bleu", "heldout_bleu",
                                                           "path_bleu", "score", "train_loss")}))
print(average_checkpoints(out, f"{out}/avg5", last=5))
EOF

if [ "$SMOKE" != "1" ]; then
  kgexplain evaluate verbalizer --model "$OUT/avg5" --webnlg "$WEBNLG" > "$OUT/eval.json"
  python -c "import json,sys; d=json.load(open(sys.argv[1]))['generalization']; print(json.dumps({
    'seen': d['webnlg']['dev_seen']['bleu'], 'heldout': d['webnlg']['dev_heldout']['bleu'],
    'music_accepted_top': d['second_domain']['accepted_top'],
    'template_identical': d['template_identity']['template_identical_share']}))" "$OUT/eval.json"
fi
