"""The torch side of training: the T5 configuration, padded batches, and the dev-split scores
(greedy decoding, loss, BLEU) that drive checkpoint selection."""

from __future__ import annotations

from typing import Any, Sequence

from kgexplain.training.config import TrainConfig
from kgexplain.training.tokenizer import encode

__all__ = ["t5_config", "pad_batch", "greedy", "dev_loss", "bleu"]


def t5_config(cfg: TrainConfig, vocab_size: int):
    """The T5 configuration of ``cfg``'s model size."""
    from transformers import T5Config

    return T5Config(
        vocab_size=vocab_size,
        d_model=cfg.d_model,
        d_kv=cfg.d_kv,
        d_ff=cfg.d_ff,
        num_layers=cfg.num_layers,
        num_decoder_layers=cfg.num_decoder_layers,
        num_heads=cfg.num_heads,
        dropout_rate=cfg.dropout,
        feed_forward_proj="relu",
        tie_word_embeddings=True,
        pad_token_id=0,
        eos_token_id=1,
        decoder_start_token_id=0,
    )


def pad_batch(seqs: Sequence[Sequence[int]], pad: int = 0):
    """A (batch, longest) tensor of ``seqs``, right-padded with ``pad``."""
    import torch

    width = max(len(s) for s in seqs)
    out = torch.full((len(seqs), width), pad, dtype=torch.long)
    for i, s in enumerate(seqs):
        out[i, : len(s)] = torch.tensor(s, dtype=torch.long)
    return out


def greedy(model: Any, tok: Any, sources: Sequence[str], cfg: TrainConfig, batch: int = 64) -> list[str]:
    """Greedy decodings of ``sources`` (length-sorted batches), in input order."""
    import torch

    outs: list[str] = []
    order = sorted(range(len(sources)), key=lambda i: len(sources[i]))
    result: dict[int, str] = {}
    model.eval()
    with torch.inference_mode():
        for s in range(0, len(order), batch):
            idx = order[s : s + batch]
            ids = pad_batch(encode(tok, [sources[i] for i in idx], cfg.max_source_len)).to(model.device)
            gen = model.generate(
                input_ids=ids, attention_mask=(ids != 0).long(), max_new_tokens=cfg.max_target_len,
                num_beams=1, do_sample=False,
            )
            for i, row in zip(idx, gen.tolist()):
                result[i] = tok.decode([t for t in row if t > 1], skip_special_tokens=False)
    outs = [result[i] for i in range(len(sources))]
    return outs


def dev_loss(model: Any, data: Sequence[tuple[list[int], list[int]]], cfg: TrainConfig) -> float:
    """Mean token cross-entropy of ``model`` on ``data``."""
    import torch

    model.eval()
    total, count = 0.0, 0
    with torch.inference_mode():
        for s in range(0, len(data), 64):
            chunk = data[s : s + 64]
            src = pad_batch([c[0] for c in chunk]).to(model.device)
            tgt = pad_batch([c[1] for c in chunk], pad=-100).to(model.device)
            out = model(input_ids=src, attention_mask=(src != 0).long(), labels=tgt)
            n = int((tgt != -100).sum())
            total += float(out.loss) * n
            count += n
    return total / max(count, 1)


def bleu(hyps: Sequence[str], refs: Sequence[Sequence[str]]) -> float:
    """Corpus BLEU (sacrebleu); an entry with fewer references repeats its first."""
    import sacrebleu

    width = max(len(r) for r in refs)
    streams = [[r[k] if k < len(r) else r[0] for r in refs] for k in range(width)]
    return float(sacrebleu.corpus_bleu(list(hyps), streams).score)
