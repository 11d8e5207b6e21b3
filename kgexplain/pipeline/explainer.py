"""The :class:`Explainer`: composes the stages into grounded, checked explanations."""

from __future__ import annotations

import dataclasses
from pathlib import Path as FsPath
from typing import Any, Iterable, Iterator, Mapping, Sequence

import numpy as np

from kgexplain.errors import (
    ConfigError,
    EntityKindError,
    InvalidArgumentError,
    KGExplainError,
    short_repr,
)
from kgexplain.graph import KnowledgeGraph
from kgexplain.records import Explanation, Fact, Path, Verdict
from kgexplain.typing import PathLikeStr


from kgexplain.pipeline.config import ExplainerConfig
from kgexplain.pipeline.resolve import (
    _check_stage,
    _check_stage_spec,
    _checkers,
    _is_seq2seq,
    _path_finders,
    _resolve,
    _retrievers,
    _source_of,
    _verbalizers,
)
from kgexplain.pipeline.reading import _a, _anchors, _labels, _reads_well
from kgexplain.pipeline.evidence import _Evidence
from kgexplain.pipeline.writing import _Writing


# --------------------------------------------------------------------------- explainer
class Explainer(_Evidence, _Writing):
    """Grounded, checked explanations for (user, item) pairs.

    Args:
        kg: the knowledge graph.
        path_finder: ``"default"``, a ``PathFinder`` class or instance.
        retriever: ``"faiss"``, a retriever class or instance, or ``None`` for no fact retrieval.
        verbalizer: ``"seq2seq"`` (the shipped model), ``"template"``, a class or an instance.
        checker: ``"default"``, a checker class or instance.
        config: an :class:`ExplainerConfig` (or a dict / YAML / JSON path).
        threads: CPU threads the seq2seq verbalizer decodes with (``None``: its default, all
            cores up to 4), for a process that shares the machine with others (the export
            engines set it to each worker's CPU share). It changes no text, so it is not part of
            ``config`` nor recorded in ``meta``; a verbalizer given as an instance keeps its own.
    """

    def __init__(
        self,
        kg: KnowledgeGraph,
        path_finder: Any = "default",
        retriever: Any = "faiss",
        verbalizer: Any = "seq2seq",
        checker: Any = "default",
        config: ExplainerConfig | dict[str, Any] | PathLikeStr | None = None,
        *,
        threads: int | None = None,
    ) -> None:
        if not isinstance(kg, KnowledgeGraph):
            raise InvalidArgumentError(
                f"Explainer needs a KnowledgeGraph, got {type(kg).__name__}; build one with "
                "KnowledgeGraph.load(path) or KnowledgeGraph.from_triples(...)")
        if config is None:
            config = ExplainerConfig()
        elif isinstance(config, Mapping):
            config = ExplainerConfig.from_dict(config)
        elif isinstance(config, (str, FsPath)) or hasattr(config, "__fspath__"):
            config = ExplainerConfig.load(config)
        elif not isinstance(config, ExplainerConfig):
            raise InvalidArgumentError(
                f"config must be an ExplainerConfig, a dict or the path of a YAML/JSON file, got "
                f"{type(config).__name__}")
        for name, spec in (("path_finder", path_finder), ("retriever", retriever),
                           ("verbalizer", verbalizer), ("checker", checker)):
            _check_stage_spec(name, spec)
        if threads is not None and (isinstance(threads, bool) or not isinstance(threads, (int, np.integer))
                                    or threads < 1):
            raise ConfigError(f"threads must be an int >= 1 or None, got {short_repr(threads)}")
        self.kg = kg
        self.threads: int | None = None if threads is None else int(threads)
        self.config: ExplainerConfig = config
        self._stage_specs = {
            "path_finder": path_finder,
            "retriever": retriever,
            "verbalizer": verbalizer,
            "checker": checker,
        }
        self._stages: dict[str, Any] = {}
        self._template: Any = None

    # ------------------------------------------------------------- stages (lazy)
    def _stage(self, name: str) -> Any:
        if name not in self._stages:
            spec = self._stage_specs[name]
            cfg = self.config
            if name == "path_finder":
                extra = {} if isinstance(spec, str) else {"seed": cfg.seed}
                obj = _resolve(spec, _path_finders() if isinstance(spec, str) else {}, "path finder",
                               self.kg, max_hops=cfg.paths.max_hops, allow_users=cfg.paths.allow_users,
                               **extra)
            elif name == "retriever":
                extra = {} if isinstance(spec, str) else {"seed": cfg.seed}
                obj = _resolve(spec, _retrievers() if isinstance(spec, str) else {}, "retriever",
                               self.kg, **extra)
            elif name == "verbalizer":
                threads = {} if self.threads is None else {"threads": self.threads}
                if isinstance(spec, str):
                    obj = _resolve(spec, _verbalizers(), "verbalizer", self.kg, cfg.verbalizer,
                                   seed=cfg.seed, **threads)
                elif isinstance(spec, type) and _is_seq2seq(spec):  # the configured model and backend
                    v = cfg.verbalizer
                    obj = (spec(v.model_dir, backend=v.backend, **threads) if v.model_dir
                           else spec.default(backend=v.backend, **threads))
                else:  # a class that takes ``threads`` gets it
                    obj = _resolve(spec, {}, "verbalizer", self.kg, seed=cfg.seed, **threads)
            else:
                obj = _resolve(spec, _checkers() if isinstance(spec, str) else {}, "checker",
                               self.kg, rating_threshold=cfg.checker.rating_threshold)
            _check_stage(name, obj)
            self._stages[name] = obj
        return self._stages[name]

    @property
    def path_finder(self) -> Any:
        return self._stage("path_finder")

    @property
    def retriever(self) -> Any:
        return self._stage("retriever")

    @property
    def verbalizer(self) -> Any:
        return self._stage("verbalizer")

    @property
    def checker(self) -> Any:
        return self._stage("checker")

    @property
    def template(self) -> Any:
        """The always-faithful template verbalizer used as fallback."""
        if self._template is None:
            from kgexplain.verbalize import TemplateVerbalizer

            v = self.verbalizer
            self._template = (v if isinstance(v, TemplateVerbalizer)
                              else TemplateVerbalizer(self.kg, seed=self.config.seed))
        return self._template

    def meta(self) -> dict[str, Any]:
        """Provenance recorded in every explanation: version, config, seed, graph, verbalizer."""
        cached = getattr(self, "_meta", None)
        if cached is None:
            from kgexplain import __version__

            verb = self.verbalizer
            cached = {
                "version": __version__,
                "config": self.config.to_dict(),
                "seed": self.config.seed,
                "graph": self.kg.name or None,
                "verbalizer": getattr(verb, "name", type(verb).__name__),
            }
            self._meta = cached
        return dict(cached)

    @property
    def stage_specs(self) -> dict[str, Any]:
        """How each stage was given (name, class, instance or ``None``)."""
        return dict(self._stage_specs)

    def unloaded_copy(self, threads: int | None = None) -> "Explainer":
        """A new explainer with the same graph, config and stage specs, nothing loaded yet
        (for worker processes: each loads its own models), decoding with ``threads`` CPU threads
        (``None``: this explainer's ``threads``)."""
        return type(self)(self.kg, config=self.config, threads=self.threads if threads is None else threads,
                          **self._stage_specs)

    # ------------------------------------------------------------- API
    def explain(self, user_id: str, item_id: str) -> Explanation:
        """Explain one pair; a pair with no path within ``max_hops`` returns an
        :class:`Explanation` whose ``error`` says so.

        Raises:
            InvalidArgumentError: an id is not a string.
            UnknownEntityError: an id is not in the graph.
            EntityKindError: ``user_id`` is not a user or ``item_id`` is not an item (an
                attribute such as ``"genre:Drama"`` is not explained).
        """
        self._check_pair(user_id, item_id)
        return next(iter(self.explain_many([(user_id, item_id)], batch_size=1)))

    def explain_many(
        self, pairs: Iterable[tuple[str, str]], batch_size: int = 64
    ) -> Iterator[Explanation]:
        """Explain many pairs lazily, in batches (paths, retrieval, generation and checking are
        batched). A bad pair never fails its batch: a malformed pair, an id that is not a string
        or not in the graph, a user position that holds no user, an item position that holds no
        item, or no path, each becomes an explanation with ``error`` set.

        Raises (on the first ``next``, before any work):
            InvalidArgumentError: ``pairs`` is not an iterable of pairs or ``batch_size`` is not
                an int.
            ConfigError: ``batch_size`` < 1.
        """
        if isinstance(batch_size, bool) or not isinstance(batch_size, (int, np.integer)):
            raise InvalidArgumentError(f"batch_size must be an int >= 1, got {short_repr(batch_size)}")
        if batch_size < 1:
            raise ConfigError(f"batch_size must be >= 1, got {batch_size}")
        if isinstance(pairs, (str, bytes, Mapping)) or not isinstance(pairs, Iterable):
            raise InvalidArgumentError(
                f"pairs must be an iterable of (user_id, item_id) tuples, got {type(pairs).__name__} "
                f"{short_repr(pairs)}; for one pair call explain(user_id, item_id)")
        batch: list[tuple[str, str]] = []
        for pair in pairs:
            batch.append(pair)
            if len(batch) >= batch_size:
                yield from self._only_supported(self._threshold_batch(batch))
                batch = []
        if batch:
            yield from self._only_supported(self._threshold_batch(batch))

    def _error(self, user: Any, item: Any, message: str, paths: Sequence[Path] = ()) -> Explanation:
        return Explanation(
            user=str(user), item=str(item), text=None, source=None, paths=tuple(paths),
            verdict=Verdict(supported=False, reason=message), error=message, meta=self.meta(),
        )

    def _explain_batch(self, pairs: list[tuple[str, str]]) -> list[Explanation]:
        """Paths, facts, a checked text per pair (in that order, each stage batched), then the
        shape variation across a user's reasons."""
        self._verdicts = {}  # the batch's checked texts (see _check_many)
        try:
            return self._explain_batch_checked(pairs)
        finally:
            self._verdicts = None

    def _explain_batch_checked(self, pairs: list[tuple[str, str]]) -> list[Explanation]:
        """:meth:`_explain_batch`'s stages, with the batch's verdict memo in place."""
        results: list[Explanation | None] = [None] * len(pairs)
        todo = self._valid_pairs(pairs, results)
        found, pools = self._batch_paths(pairs, todo, results)
        idx = list(found)
        if not idx:
            return results  # type: ignore[return-value]
        facts = self._batch_facts(pairs, idx, found)
        seg_texts, seg_cands = self._verbalize_segments(pairs, idx, found, facts)
        chosen = self._checked_joins(pairs, idx, found, facts, seg_texts)
        # a segment or the joined text failed: whole-pair template fallback
        fallen = [j for j in range(len(idx)) if j not in chosen]
        fallbacks = dict(zip(fallen, self._fallback_many(
            [(pairs[idx[j]][0], found[idx[j]], facts[idx[j]]) for j in fallen])))
        meta_base = self.meta()
        for j, i in enumerate(idx):
            cands = seg_cands[j]
            if j in chosen:
                (text, verdict), src, sources = chosen[j]
            else:
                (text, verdict), src = fallbacks[j]
                sources = ["template"]
            meta = dict(meta_base)
            meta["segment_sources"] = sources
            meta["candidates"] = [{"text": t, "supported": v.supported, "reason": v.reason} for t, v in cands]
            results[i] = Explanation(
                user=pairs[i][0], item=pairs[i][1], text=text, source=src,  # type: ignore[arg-type]
                paths=tuple(found[i]), facts=tuple(facts[i]), claims=tuple(verdict.claims),
                verdict=verdict, error=None, meta=meta, candidates=tuple(cands),
                interacted=self._interacted(*pairs[i]),
            )
        self._vary_shapes(results, found, facts, pools)
        return results  # type: ignore[return-value]

    def _valid_pairs(self, pairs: list[Any], results: list[Explanation | None]) -> list[int]:
        """Indices of the well-formed pairs; each bad one gets its error record in ``results``."""
        todo: list[int] = []
        for i, pair in enumerate(pairs):
            try:
                user, item = pair
            except (TypeError, ValueError):
                results[i] = self._error(pair, "", f"malformed pair {short_repr(pair)}: expected "
                                         "(user_id, item_id)")
                continue
            msg = self._validate(user, item)
            if msg:
                results[i] = self._error(user, item, msg)
            else:
                todo.append(i)
        return todo

    def _batch_paths(self, pairs: list[tuple[str, str]], todo: list[int],
                     results: list[Explanation | None]) -> tuple[dict[int, list[Path]], dict[int, list[Path]]]:
        """A wider path search, then the reader's selection (see ``_reason_paths``).

        Returns the chosen paths and every path found (for ``_vary_shapes``) by pair index; a
        pair without a usable path gets its error record in ``results``."""
        cfg = self.config
        found: dict[int, list[Path]] = {}
        pools: dict[int, list[Path]] = {}
        if not todo:
            return found, pools
        search_k = max(8 * cfg.paths.k, 16)
        try:
            all_paths: list[Any] = self.path_finder.find_many(
                [pairs[i] for i in todo], k=search_k, max_hops=cfg.paths.max_hops)
        except KGExplainError:
            all_paths = []
            for i in todo:
                try:
                    all_paths.append(self.path_finder.find(*pairs[i], k=search_k,
                                                           max_hops=cfg.paths.max_hops))
                except KGExplainError as exc:
                    all_paths.append(exc)
        for i, paths in zip(todo, all_paths):
            if isinstance(paths, Exception):
                results[i] = self._error(*pairs[i], str(paths))
                continue
            chosen_paths, why = self._reason_paths(pairs[i][0], pairs[i][1], list(paths))
            if chosen_paths:
                found[i] = chosen_paths
                pools[i] = list(paths)
            else:
                results[i] = self._error(*pairs[i], why or "no path")
        return found, pools

    def _batch_facts(self, pairs: list[tuple[str, str]], idx: list[int],
                     found: dict[int, list[Path]]) -> dict[int, list[Fact]]:
        """Facts about the recommended item only, at most one, never what a path says."""
        cfg = self.config
        retriever = self.retriever
        if retriever is None or cfg.retrieval.k <= 0:
            return {i: [] for i in idx}
        requests = [(pairs[i][0], pairs[i][1], found[i]) for i in idx]
        if hasattr(retriever, "retrieve_many"):
            got = retriever.retrieve_many(requests, k=max(cfg.retrieval.k, 8))
        else:
            got = [retriever.retrieve(u, it, p, k=max(cfg.retrieval.k, 8)) for u, it, p in requests]
        return {i: self._reason_facts(pairs[i][1], found[i], f) for i, f in zip(idx, got)}

    def _checked_joins(self, pairs: list[tuple[str, str]], idx: list[int],
                       found: dict[int, list[Path]], facts: dict[int, list[Fact]],
                       seg_texts: list[list[Any]]) -> dict[int, tuple[tuple[str, Verdict], str, list[str]]]:
        """The segments' winners joined per pair; a joined text is kept if it reads well (cheap,
        so first) and the checker accepts it as a whole. Keyed by position in ``idx``."""
        finals: list[tuple[int, str, list[str]]] = []
        for j, segs in enumerate(seg_texts):
            if all(seg is not None for seg in segs):
                text = " ".join(seg[0] for seg in segs)
                i = idx[j]
                if _reads_well(text, self.kg.label(pairs[i][1]), _labels(self.kg, found[i], facts[i]),
                               _anchors(self.kg, found[i])):
                    finals.append((j, text, [seg[1] for seg in segs]))
        final_verdicts = self._check_many(
            [(text, self._evidence(found[idx[j]], facts[idx[j]]), pairs[idx[j]][0]) for j, text, _ in finals]
        ) if finals else []
        chosen: dict[int, tuple[tuple[str, Verdict], str, list[str]]] = {}
        model_source = _source_of(self.verbalizer)
        for (j, text, sources), v in zip(finals, final_verdicts):
            if v.supported:
                src = model_source if all(x == model_source for x in sources) else "template"
                chosen[j] = ((text, v), src, sources)
        return chosen

    # ------------------------------------------------------------- reason assembly
    def _threshold_batch(self, batch: list[tuple[str, str]]) -> list[Explanation]:
        """One batch, with the templates' "loved" bound to the checker's rating threshold."""
        from kgexplain.verbalize import loved_threshold

        with loved_threshold(self.config.checker.rating_threshold):
            return self._explain_batch(batch)

    def _only_supported(self, results: Iterable[Explanation]) -> Iterator[Explanation]:
        """The last gate: a text the checker did not accept is never returned; its pair becomes
        an error record that says why (whatever the configuration or the stages given)."""
        for e in results:
            if e.text is not None and e.error is None and not e.verdict.supported:
                yield dataclasses.replace(
                    e, text=None, source=None, claims=tuple(e.verdict.claims),
                    error=("no text the checker accepts for this pair (even the template's was "
                           f"rejected: {e.verdict.reason}); the record keeps its paths and facts"),
                )
            else:
                yield e

    def _check_pair(self, user: Any, item: Any) -> None:
        """Raise the typed error for a pair that cannot be explained as given."""
        for role, eid in (("user", user), ("item", item)):
            if not isinstance(eid, str):
                raise InvalidArgumentError(
                    f"the {role} id must be a string such as {'user:1' if role == 'user' else 'movie:1'!r}, "
                    f"got {type(eid).__name__} {short_repr(eid)}")
        for eid in (user, item):
            if eid not in self.kg:
                raise self.kg.unknown(eid)  # with a "did you mean"; a 1 MB id is not echoed whole
        for role, eid, place in (("user", user, "first"), ("item", item, "second")):
            kind = self.kg.entity(eid).kind
            if kind != role:
                raise EntityKindError(
                    f"{short_repr(eid)} is {_a(kind)}, not {_a(role)}; explain takes (user_id, "
                    f"item_id) with the {role} id {place} (only items are explained, not attributes)")

    def _validate(self, user: Any, item: Any) -> str | None:
        """Why a pair cannot be explained as given (the message of its error record), or ``None``."""
        try:
            self._check_pair(user, item)
        except KGExplainError as exc:
            return str(exc)
        return None

    # ------------------------------------------------------------- recommender
    @property
    def recommender(self) -> Any:
        """The built-in :class:`~kgexplain.recommend.Recommender`, fitted on :attr:`kg` on first
        use (assign a fitted one to use other settings, e.g. ``Recommender(co_liked=True)``)."""
        rec = getattr(self, "_recommender", None)
        if rec is None:
            from kgexplain.recommend import Recommender

            rec = self._recommender = Recommender(
                anchor_rating=self.config.checker.rating_threshold).fit(self.kg)
        return rec

    @recommender.setter
    def recommender(self, value: Any) -> None:
        self._recommender = value

    def recommend(self, user_id: str, k: int = 10) -> list[tuple[str, float]]:
        """The ``k`` best items for ``user_id`` that the user has not interacted with, as
        ``(item_id, score)``, from :attr:`recommender` (EASE on the interactions blended with
        the graph's attributes); every item has a path the explainer can explain."""
        return self.recommender.recommend(user_id, k)
