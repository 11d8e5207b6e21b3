"""The seq2seq verbalizer: a T5 model over delexicalized, linearized triples, N-best ranked.

:class:`Seq2SeqVerbalizer` runs a model trained by the project (shipped in
``kgexplain/models/verbalizer``, :func:`default_model_dir`) or any local Hugging Face seq2seq
checkpoint. Entity labels are delexicalized to placeholders before the model and restored after
(:mod:`kgexplain.verbalize.linearization`), so names come out exactly and unseen entities work;
the beam's texts are ranked by :mod:`kgexplain.verbalize.ranking`. Weights load lazily on first
use through one of two backends (:mod:`kgexplain.verbalize.backends`): ``transformers`` (the
reference) or CTranslate2 int8 (fast CPU).
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path as FsPath
from typing import Any, Sequence

from kgexplain.verbalize.backends import (
    Backend,
    ct2_cache_dir,
    ct2_generate,
    ct2_usable,
    convert_to_ct2,
    default_device,
    load_ct2_model,
    load_torch_model,
    shipped_ct2_dir,
    torch_generate,
)
from kgexplain.verbalize.base import Verbalizer, _dedupe, reason_triples
from kgexplain.verbalize.linearization import HEAD, delexicalize, linearize, relexicalize, strip_loop
from kgexplain.verbalize.ranking import _context, _drops_entity, _invents, _join_segments, _rank_key
from kgexplain.verbalize.template import TemplateVerbalizer

logger = logging.getLogger(__name__)

__all__ = ["Seq2SeqVerbalizer", "default_model_dir"]


def default_model_dir() -> FsPath:
    """Folder of the verbalizer checkpoint shipped in the package (``kgexplain/models/verbalizer``)."""
    from importlib import resources

    return FsPath(str(resources.files("kgexplain") / "models" / "verbalizer"))


class Seq2SeqVerbalizer(Verbalizer):
    """A seq2seq transformer (T5 by default) over delexicalized, linearized triples.

    Weights load lazily on first use (safetensors only). Inputs are sorted by length and batched;
    ``candidates`` returns the beam's N best, texts naming more input entities first;
    ``verbalize``/``verbalize_batch`` return the first of ``rerank_beams`` such candidates
    (``rerank_beams=1``: plain greedy decoding, the fastest). Outputs are cut at a length cap
    that grows with the number of triples, and degenerate repetition loops are cut off.

    Args:
        model_dir: a model directory: ``config.json``, ``model.safetensors`` and
            ``tokenizer.json`` (``kgexplain.json`` marks a kgexplain-trained, delexicalizing
            model; any other local Hugging Face seq2seq checkpoint is read with plain labels).
        device: ``"cpu"``, ``"cuda"``…; default: a GPU when one is available, else the CPU.
        backend: ``"torch"`` (``transformers``, the reference), ``"ct2"`` (CTranslate2, int8 on
            CPU, converted once and cached under ``~/.cache/kgexplain``) or ``"auto"`` (CTranslate2
            when it is installed and supports the architecture, else torch).
        batch_size: texts per generation batch.
        num_beams: beam width for :meth:`candidates` (at least ``n``).
        max_new_tokens: longest generated text, in tokens.
        threads: CPU threads for generation (CTranslate2: batches decoded in parallel, one
            thread each, default all cores up to 4; torch: ``set_num_threads`` when set).
        compute_type: CTranslate2 weight type (``"int8"``, ``"int8_float32"``, ``"float32"``…).
        rerank_beams: ``verbalize`` runs a beam this wide and returns the hypothesis that names
            the most input entities (then the one inventing the fewest names or numbers, then
            beam order); 1 decodes greedily (fastest).
        max_triples: when the best text of an input misses one of its entities or names or
            numbers something the input lacks, the input is also verbalized in segments of at
            most this many triples (cut in input order, at least two, sizes as even as
            possible) and the joined texts join the candidates; None: every input is verbalized
            whole only.

    >>> v = Seq2SeqVerbalizer.default()
    >>> text = v.verbalize([("Toy Story", "is directed by", "John Lasseter")])
    >>> "Toy Story" in text and "John Lasseter" in text
    True
    """

    name = "seq2seq"

    def __init__(self, model_dir: str | os.PathLike[str], device: str | None = None,
                 backend: Backend = "auto", batch_size: int = 32, num_beams: int = 4,
                 max_new_tokens: int = 160, threads: int | None = None,
                 compute_type: str = "int8", rerank_beams: int = 4,
                 max_triples: int | None = 3) -> None:
        if backend not in ("auto", "torch", "ct2"):
            from kgexplain.errors import ConfigError

            raise ConfigError(f"backend must be 'auto', 'torch' or 'ct2', got {backend!r}")
        self.model_dir = FsPath(model_dir)
        self.device = device
        self.backend = backend
        self.batch_size = batch_size
        self.num_beams = num_beams
        self.max_new_tokens = max_new_tokens
        self.threads = threads
        self.compute_type = compute_type
        self.rerank_beams = max(1, int(rerank_beams))
        self.max_triples = max(1, int(max_triples)) if max_triples else None
        self.fallbacks_ = 0
        self._loaded = False
        self._memo: dict[tuple[str, int, int, int], tuple[str, ...]] = {}

    @classmethod
    def default(cls, **kwargs: Any) -> "Seq2SeqVerbalizer":
        """The checkpoint shipped with the package (trained by ``kgexplain train-verbalizer``)."""
        return cls(default_model_dir(), **kwargs)

    def __repr__(self) -> str:
        return (f"Seq2SeqVerbalizer({str(self.model_dir)!r}, backend={self.backend!r}, "
                f"device={self.device!r})")

    # -- loading ----------------------------------------------------------------------------
    @property
    def backend_(self) -> str:
        """The backend in use (``"torch"`` or ``"ct2"``), after loading."""
        self._load()
        return self._backend

    @property
    def threads_(self) -> int:
        """CPU threads decoding runs on, after loading: CTranslate2's parallel translators (one
        thread each), or torch's intra-op threads."""
        self._load()
        if self._backend == "ct2":
            return int(self._model.num_translators)
        import torch

        return int(torch.get_num_threads())

    def _load(self) -> None:
        if self._loaded:
            return
        from kgexplain.errors import ModelNotFoundError

        d = self.model_dir
        if not (d / "config.json").is_file():
            raise ModelNotFoundError(
                f"no seq2seq model in {d}: the folder needs config.json, model.safetensors and "
                "tokenizer.json (train one with `kgexplain train-verbalizer`, or pass the folder "
                "of a local Hugging Face seq2seq checkpoint)")
        if not any(d.glob("*.safetensors")):
            raise ModelNotFoundError(
                f"{d} holds no .safetensors weights; kgexplain loads safetensors only (convert a "
                "pickle checkpoint with transformers' save_pretrained(safe_serialization=True))")
        from kgexplain._safe_weights import refuse_pickled_weights

        refuse_pickled_weights(d)
        meta_path = d / "kgexplain.json"
        self.meta_ = json.loads(meta_path.read_text()) if meta_path.is_file() else {}
        self._delex = bool(self.meta_.get("format", "").startswith("kgexplain-verbalizer"))
        self._model_type = json.loads((d / "config.json").read_text()).get("model_type", "")
        self._load_tokenizer()
        device = self.device
        if device is None:
            device = default_device(prefer_ct2=self.backend != "torch" and self._ct2_usable("cpu"))
        self._device = device
        backend = self.backend
        if backend == "auto":
            backend = "ct2" if self._ct2_usable(device) else "torch"
        if backend == "ct2":
            self._load_ct2(device)
        else:
            self._load_torch(device)
        self._backend = backend
        self._loaded = True
        logger.info("loaded verbalizer %s (%s on %s)", d, backend, device)

    def _load_tokenizer(self) -> None:
        d = self.model_dir
        if (d / "tokenizer.json").is_file():
            from tokenizers import Tokenizer

            self._tok = Tokenizer.from_file(str(d / "tokenizer.json"))
            self._hf_tok = None
        else:  # a checkpoint with a slow (sentencepiece) tokenizer only
            from transformers import AutoTokenizer

            self._hf_tok = AutoTokenizer.from_pretrained(str(d), local_files_only=True)
            self._tok = self._hf_tok.backend_tokenizer if hasattr(self._hf_tok, "backend_tokenizer") else None
        tok = self._tok
        self._pad_id = tok.token_to_id("<pad>") if tok is not None else 0
        self._eos_id = tok.token_to_id("</s>") if tok is not None else 1
        self._pad_id = 0 if self._pad_id is None else self._pad_id
        self._eos_id = 1 if self._eos_id is None else self._eos_id

    def _ct2_usable(self, device: str) -> bool:
        return ct2_usable(self._model_type, self._tok is not None, device)

    def _load_torch(self, device: str) -> None:
        self._model = load_torch_model(self.model_dir, device, self.threads)

    def _ct2_dir(self) -> FsPath:
        return ct2_cache_dir(self.model_dir, self.compute_type)

    def _load_ct2(self, device: str) -> None:
        shipped = shipped_ct2_dir(self.model_dir, self.compute_type, device)
        if shipped is not None:  # converted when the model was shipped: no torch, no conversion
            try:
                self._model, self._inter = load_ct2_model(shipped, device, self.compute_type,
                                                          self.threads)
                return
            except (RuntimeError, ValueError) as exc:  # a CTranslate2 that cannot read it
                logger.info("cannot load the shipped conversion %s (%s); converting", shipped, exc)
        target = self._ct2_dir()
        if not (target / "model.bin").is_file():
            self._convert_ct2(target)
        self._model, self._inter = load_ct2_model(target, device, self.compute_type, self.threads)

    def _convert_ct2(self, target: FsPath) -> None:
        """Convert the checkpoint to CTranslate2 (quantized at load time) into ``target``."""
        convert_to_ct2(self.model_dir, target)

    # -- encoding ---------------------------------------------------------------------------
    def _prepare(self, triples: Sequence[Sequence[str]]) -> tuple[str, tuple[str, ...] | None]:
        self._load()
        if self._delex:
            d = delexicalize(triples)
            return d.source, d.labels
        return linearize(triples), None

    def _encode(self, text: str) -> list[int]:
        limit = 256
        if self._hf_tok is not None and self._tok is None:
            return self._hf_tok(text, truncation=True, max_length=limit)["input_ids"]
        if self._delex:
            ids = self._tok.encode(text, add_special_tokens=False).ids[: limit - 1]
            return ids + [self._eos_id]
        return self._tok.encode(text).ids[:limit]

    def _decode(self, ids: Sequence[int]) -> str:
        ids = [i for i in ids if i not in (self._pad_id, self._eos_id)]
        if self._hf_tok is not None and self._tok is None:
            return self._hf_tok.decode(ids, skip_special_tokens=True)
        return self._tok.decode(ids, skip_special_tokens=not self._delex)

    def _finish(self, raw: str, labels: tuple[str, ...] | None) -> str | None:
        text = strip_loop(raw.strip())
        if labels is not None:
            text = relexicalize(text, labels)
            if text is None:
                return None
        if not text:
            return None
        if text.startswith("you "):
            text = "Y" + text[1:]
        return text

    # -- generation -------------------------------------------------------------------------
    _MEMO_SIZE = 100_000

    def _generate(self, sources: Sequence[str], n: int) -> list[list[str]]:
        """Raw decoded texts, ``n`` per source (greedy when ``n == 1``); each distinct source is
        decoded once per process.

        Decoding is deterministic, and a delexicalized source holds only placeholders and
        relation phrases, so thousands of paths share a few dozen sources (a batch export of the
        example graph decodes 35 distinct sources for 2,161 requests). The raw texts are
        memoized per source and decoding settings (at most ``_MEMO_SIZE``; the older half is
        dropped when full); relexicalization and ranking still run per input.
        """
        self._load()
        beams = 1 if n == 1 else max(n, self.num_beams)
        keys = [(s, n, beams, self.max_new_tokens) for s in sources]
        memo = self._memo
        got = {k: memo[k] for k in keys if k in memo}
        todo = [k for k in dict.fromkeys(keys) if k not in got]
        if todo:
            fresh = self._decode_sources([k[0] for k in todo], n)
            for k, texts in zip(todo, fresh):
                got[k] = memo[k] = tuple(texts)
            if len(memo) > self._MEMO_SIZE:  # a new table, swapped in whole (thread-safe)
                self._memo = dict(list(memo.items())[len(memo) // 2:])
        return [list(got[k]) for k in keys]

    def _decode_sources(self, sources: Sequence[str], n: int) -> list[list[str]]:
        """Raw decoded texts, ``n`` per source (greedy when ``n == 1``), sources batched by length."""
        encoded = [self._encode(s) for s in sources]
        # a cap on output length from the number of triples: loops end early, batches stay short
        caps = [min(self.max_new_tokens, 24 + 24 * max(1, s.count(HEAD))) for s in sources]
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
        out: list[list[str]] = [[] for _ in sources]
        beams = 1 if n == 1 else max(n, self.num_beams)
        # CTranslate2 splits a chunk into batches of batch_size and decodes them in parallel
        chunk = self.batch_size * (getattr(self, "_inter", 1) if self._backend == "ct2" else 1)
        for s in range(0, len(order), chunk):
            idx = order[s : s + chunk]
            batch = [encoded[i] for i in idx]
            cap = max(caps[i] for i in idx)
            if self._backend == "ct2":
                hyps = ct2_generate(self._model, self._tok, batch, beams, n, cap, self.batch_size)
                for i, found in zip(idx, hyps):  # each text cut at its own cap
                    out[i] = [self._decode(ids[: caps[i]]) for ids in found]
            else:
                out_ids = self._torch_generate(batch, beams, n, cap)
                for j, i in enumerate(idx):
                    out[i] = [self._decode(row[: caps[i]]) for row in out_ids[j * n : (j + 1) * n]]
        return out

    def _torch_generate(self, batch: Sequence[Sequence[int]], beams: int, n: int,
                        cap: int) -> list[list[int]]:
        return torch_generate(self._model, batch, self._pad_id, self._device, beams, n, cap)

    def verbalize(self, triples: Sequence[Sequence[str]]) -> str:
        """One text for a triple set (labels restored exactly)."""
        return self.verbalize_batch([triples])[0]

    def verbalize_batch(self, batch: Sequence[Sequence[Sequence[str]]]) -> list[str]:
        """One text per triple set; same output as :meth:`verbalize` one by one.

        Greedy when ``rerank_beams == 1``, else the beam hypothesis naming the most input
        entities. An input the model cannot verbalize (every hypothesis names a placeholder the
        input lacks, or is empty: rare) gets the faithful one-sentence-per-triple text and is
        counted in ``fallbacks_``.
        """
        if self.rerank_beams > 1:
            found = self.candidates_batch(batch, self.rerank_beams)
            raw_texts = [c[0] if c else None for c in found]
        else:
            prepared = [self._prepare(t) for t in batch]
            raw = self._generate([p[0] for p in prepared], 1)
            raw_texts = [self._finish(outs[0], labels) if outs else None
                         for (_, labels), outs in zip(prepared, raw)]
        texts = []
        for triples, text in zip(batch, raw_texts):
            if not triples:
                texts.append("")
                continue
            if text is None:
                self.fallbacks_ += 1
                text = TemplateVerbalizer().verbalize(triples)
            texts.append(text)
        return texts

    def candidates(self, triples: Sequence[Sequence[str]], n: int) -> list[str]:
        """The beam's ``n`` best texts (fewer when some are duplicates or unusable); texts that
        name more of the input's entities come first (stable, so beam order breaks ties).
        ``n == 1`` decodes an input of several triples greedily, and again with the beam when
        the greedy text drops an input entity; a one-triple input goes straight to the beam."""
        return self.candidates_batch([triples], n)[0]

    def candidates_batch(self, batch: Sequence[Sequence[Sequence[str]]], n: int) -> list[list[str]]:
        """:meth:`candidates` for many triple sets, generated in length-sorted batches.

        With ``max_triples``, an input of several triples whose best text misses one of its
        entities, or names or numbers something the input does not contain, is generated again
        in segments, and the joined segment texts compete with the whole-input texts (more
        entities named first, then fewer invented names; the whole input wins remaining ties).
        """
        if n <= 0:
            return [[] for _ in batch]
        found, labels = self._ranked(batch, n)
        retry = [i for i, t in enumerate(batch)
                 if self.max_triples and len(t) > 1
                 and (_drops_entity(found[i], labels[i]) or _invents(found[i], labels[i], t))]
        if retry:
            plan = [self._segments(batch[i]) for i in retry]
            seg_found, _ = self._ranked([seg for segs in plan for seg in segs], n)
            for i, extra in zip(retry, _join_segments(plan, seg_found, n)):
                pool = _dedupe(found[i] + extra)
                pool.sort(key=lambda t, lab=labels[i], ctx=_context(batch[i]): _rank_key(t, lab, ctx))
                found[i] = pool[:n]
        return found

    def _ranked(self, batch: Sequence[Sequence[Sequence[str]]],
                n: int) -> tuple[list[list[str]], list[tuple[str, ...] | None]]:
        """The ``n`` best texts per input, naming more input entities first, and each input's
        entity labels (None for a model that does not delexicalize)."""
        prepared = [self._prepare(t) for t in batch]
        nonempty = [i for i, t in enumerate(batch) if len(t)]
        out: list[list[str]] = [[] for _ in batch]

        def rank(todo: list[int], width: int) -> None:
            raw = self._generate([prepared[i][0] for i in todo], width)
            for i, outs in zip(todo, raw):
                labels = prepared[i][1]
                texts = _dedupe(t for t in (self._finish(o, labels) for o in outs) if t)
                if labels:  # texts naming every input entity first, inventing least next, beam order
                    ctx = _context(batch[i])
                    texts.sort(key=lambda t: _rank_key(t, labels, ctx))
                out[i] = texts[:n]

        if n == 1 and self.num_beams > 1:
            # one-triple inputs go straight to the (short, cheap) beam; a greedy text of a longer
            # input that drops an entity (the first word chose the wrong one, say) is decoded
            # again with the beam, whose best text usually names them all
            single = [i for i in nonempty if len(batch[i]) == 1]
            longer = [i for i in nonempty if len(batch[i]) > 1]
            if single:
                rank(single, self.num_beams)
            if longer:
                rank(longer, 1)
            weak = [i for i in longer if _drops_entity(out[i], prepared[i][1])]
            if weak:
                rank(weak, self.num_beams)
        else:
            rank(nonempty, n)
        return out, [p[1] for p in prepared]

    def _segments(self, triples: Sequence[Sequence[str]]) -> list[Sequence[Sequence[str]]]:
        """The input cut in its own order into at least two segments of at most
        ``max_triples`` triples, sizes as even as possible (a path's hops stay in order; an
        explanation of several paths of one length is cut between them)."""
        m = min(self.max_triples or len(triples), -(-len(triples) // 2))
        parts = -(-len(triples) // m)
        size, extra = divmod(len(triples), parts)
        segments, lo = [], 0
        for k in range(parts):
            hi = lo + size + (1 if k < extra else 0)
            segments.append(triples[lo:hi])
            lo = hi
        return segments

    def explain_candidates_batch(self, kg: Any, requests: Sequence[tuple[Sequence[Any], Sequence[Any]]],
                                 n: int = 3) -> list[list[str]]:
        """N-best generated reasons for many ``(paths, facts)`` requests, batched."""
        return self.candidates_batch([reason_triples(kg, p, f) for p, f in requests], n)
