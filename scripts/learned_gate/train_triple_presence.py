"""FactSpotter-style triple-presence classifier: is (s, p, o) stated in this text?

Cross-encoder from all-MiniLM-L6-v2 (fp16 copy in base16/), trained on WebNLG train references
with corrupted negatives (predicate swapped, subject and object reversed, object replaced).
Usage: python train.py DATA_DIR OUT_DIR [--max-pos N] [--minutes M] [--epochs E] [--cpu-steps S]
"""

import argparse
import json
import os
import random
import time

import numpy as np
import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer


def fmt(s, p, o):
    return f"{s} | {p} | {o}"


def pairs(rows, rng, max_pos):
    preds_by_cat, objs_by_cat = {}, {}
    for r in rows:
        for s, p, o in r["t"]:
            preds_by_cat.setdefault(r["c"], set()).add(p)
            objs_by_cat.setdefault(r["c"], set()).add(o)
    all_preds = sorted({p for v in preds_by_cat.values() for p in v})
    preds_by_cat = {k: sorted(v) for k, v in preds_by_cat.items()}
    objs_by_cat = {k: sorted(v) for k, v in objs_by_cat.items()}
    out = []
    items = [(r, ref) for r in rows for ref in r["r"]]
    rng.shuffle(items)
    npos = 0
    for r, ref in items:
        if npos >= max_pos:
            break
        triples = {tuple(t) for t in r["t"]}
        labels = {x for t in triples for x in (t[0], t[2])}
        for s, p, o in triples:
            out.append((ref, fmt(s, p, o), 1.0))
            npos += 1
            negs = []
            cands = [q for q in preds_by_cat.get(r["c"], all_preds) if q != p and (s, q, o) not in triples]
            if cands:
                negs.append(fmt(s, rng.choice(cands), o))
            if rng.random() < 0.5:
                negs.append(fmt(s, rng.choice([q for q in all_preds if q != p]), o))
            if (o, p, s) not in triples and o != s:
                negs.append(fmt(o, p, s))
            pool = objs_by_cat.get(r["c"], [])
            others = [
                x
                for x in rng.sample(pool, min(20, len(pool)))
                if x not in labels and x.lower() not in ref.lower()
            ]
            if others:
                negs.append(fmt(s, p, rng.choice(others)))
            rng.shuffle(negs)
            for n in negs[:2]:
                out.append((ref, n, 0.0))
    rng.shuffle(out)
    return out


def auc(scores, labels):
    scores, labels = np.asarray(scores), np.asarray(labels)
    order = np.argsort(scores)
    ranks = np.empty(len(scores))
    ranks[order] = np.arange(1, len(scores) + 1)
    pos = labels == 1
    n1, n0 = pos.sum(), (~pos).sum()
    return float((ranks[pos].sum() - n1 * (n1 + 1) / 2) / (n1 * n0))


def batches(data, tok, bs, device, max_len):
    for i in range(0, len(data), bs):
        chunk = data[i : i + bs]
        enc = tok(
            [c[1] for c in chunk],
            [c[0] for c in chunk],
            truncation="only_second",
            max_length=max_len,
            padding=True,
            return_tensors="pt",
        )
        yield {k: v.to(device) for k, v in enc.items()}, torch.tensor([c[2] for c in chunk], device=device)


@torch.no_grad()
def evaluate(model, data, tok, device, bs, max_len):
    model.eval()
    scores = []
    for enc, _ in batches(data, tok, bs, device, max_len):
        with torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
            scores += model(**enc).logits.squeeze(-1).float().cpu().tolist()
    model.train()
    return auc(scores, [d[2] for d in data])


def save_shards(model, out, limit=12_000_000):
    """fp16 state dict in safetensors files of at most ``limit`` bytes each; a bigger tensor is cut into
    row chunks named "<key>##<i>" (join them back with torch.cat in order)."""
    import math
    from safetensors.torch import save_file

    shard, size, n = {}, 0, 0

    def flush():
        nonlocal shard, size, n
        if shard:
            save_file(shard, os.path.join(out, f"part{n}.safetensors"))
            n, shard, size = n + 1, {}, 0

    for k, v in model.state_dict().items():
        v = v.detach().half().contiguous().cpu()
        chunks = (
            [(k, v)]
            if v.numel() * 2 <= limit
            else [
                (f"{k}##{i}", c.contiguous())
                for i, c in enumerate(torch.chunk(v, math.ceil(v.numel() * 2 / limit), 0))
            ]
        )
        for name, c in chunks:
            if size + c.numel() * 2 > limit:
                flush()
            shard[name] = c
            size += c.numel() * 2
    flush()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("out")
    ap.add_argument("--max-pos", type=int, default=80000)
    ap.add_argument("--minutes", type=float, default=6.0)
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--bs", type=int, default=128)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--max-len", type=int, default=160)
    ap.add_argument("--cpu-steps", type=int, default=0)
    args = ap.parse_args()
    t0 = time.time()
    rng = random.Random(0)
    torch.manual_seed(0)
    device = torch.device("cuda" if torch.cuda.is_available() and not args.cpu_steps else "cpu")
    train = pairs(json.load(open(os.path.join(args.data, "webnlg_train.json"))), rng, args.max_pos)
    dev = pairs(json.load(open(os.path.join(args.data, "webnlg_dev.json"))), random.Random(1), 8000)
    print(
        f"train pairs {len(train)} (pos {sum(d[2] for d in train):.0f}), dev pairs {len(dev)}, device {device}",
        flush=True,
    )
    tok = AutoTokenizer.from_pretrained(os.path.join(args.data, "base16"))
    model = AutoModelForSequenceClassification.from_pretrained(
        os.path.join(args.data, "base16"), num_labels=1, dtype=torch.float32
    ).to(device)
    steps_per_epoch = (len(train) + args.bs - 1) // args.bs
    total = args.cpu_steps or steps_per_epoch * args.epochs
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    warm = max(1, total // 20)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, 1 - s / total)
    )
    loss_fn = torch.nn.BCEWithLogitsLoss()
    step, done = 0, False
    for epoch in range(args.epochs):
        random.Random(epoch).shuffle(train)
        for enc, y in batches(train, tok, args.bs, device, args.max_len):
            with torch.autocast(device_type=device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                logits = model(**enc).logits.squeeze(-1)
            loss = loss_fn(logits.float(), y)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            step += 1
            if step % 200 == 0 or step == 1:
                print(
                    f"epoch {epoch} step {step}/{total} loss {loss.item():.4f} {time.time() - t0:.0f}s",
                    flush=True,
                )
            if step >= total or time.time() - t0 > args.minutes * 60:
                done = True
                break
        print(
            f"epoch {epoch} dev AUC {evaluate(model, dev[: 4000 if not args.cpu_steps else 200], tok, device, 256, args.max_len):.4f} "
            f"{time.time() - t0:.0f}s",
            flush=True,
        )
        if done:
            break
    os.makedirs(os.path.join(args.out, "model"), exist_ok=True)
    model.config.save_pretrained(os.path.join(args.out, "model"))
    save_shards(model, os.path.join(args.out, "model"))
    print(f"saved after {step} steps, {time.time() - t0:.0f}s", flush=True)


if __name__ == "__main__":
    main()
