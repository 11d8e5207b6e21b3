"""The export API: :func:`export_pairs` checks its arguments, takes the output's lock, and runs
one export (:class:`_ExportRun`): what is written already, the explaining, the final file.

See :mod:`kgexplain.export` for the input, the outputs and the crash-safety design.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path as FsPath
from typing import Any, Iterator, Literal, Mapping

from kgexplain.errors import ConfigError, ExportFormatError, InvalidArgumentError, short_repr
from kgexplain.export.formats import ExportFormat, escape_formula, format_of, pair_key
from kgexplain.export.journal import Journal, final_keys, finalize, write_error
from kgexplain.export.lock import OutputLock
from kgexplain.export.pairs import PairRow, PairsSource, open_pairs
from kgexplain.export.summary import ExportSummary, RecordCounter
from kgexplain.export.workers import batches_of, explain_rows, run_parallel
from kgexplain.graph import KnowledgeGraph
from kgexplain.typing import PathLikeStr

logger = logging.getLogger(__name__)

__all__ = ["export_pairs"]


def _is_path(value: Any) -> bool:
    return isinstance(value, (str, os.PathLike)) and str(value) != ""


def _check_arguments(graph: Any, pairs: Any, out: Any, format: Any, explainer: Any,
                     flags: Mapping[str, Any], columns: Mapping[str, Any]) -> None:
    """Typed errors for arguments of the wrong type, before any file is touched."""
    if not (graph is None or isinstance(graph, KnowledgeGraph) or _is_path(graph)):
        raise InvalidArgumentError(f"graph must be a KnowledgeGraph, a graph file or folder, or None "
                                   f"for the example graph; got {type(graph).__name__} {short_repr(graph)}")
    for name, value in (("pairs", pairs), ("out", out)):
        if not _is_path(value):
            raise InvalidArgumentError(f"{name} must be a file path, got {type(value).__name__} "
                                       f"{short_repr(value)}")
    if format is not None and not isinstance(format, str):
        raise InvalidArgumentError(f"format must be 'jsonl', 'csv', 'parquet' or None, got {short_repr(format)}")
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise InvalidArgumentError(f"{name} must be True or False, got {short_repr(value)}")
    for name, value in columns.items():
        if not isinstance(value, str) or not value.strip():
            raise InvalidArgumentError(f"{name} must be a column name (a non-empty string), got "
                                       f"{short_repr(value)}")
    if explainer is not None and not (callable(getattr(explainer, "explain_many", None))
                                      and callable(getattr(explainer, "meta", None))):
        raise InvalidArgumentError(f"explainer must be a kgexplain Explainer, got {type(explainer).__name__}; "
                                   "pass explainer=Explainer(kg, ...) or leave it out")


def _load_graph(graph: KnowledgeGraph | PathLikeStr | None) -> KnowledgeGraph:
    if isinstance(graph, KnowledgeGraph):
        return graph
    if graph is None:
        return KnowledgeGraph.example()
    return KnowledgeGraph.load(graph)


def _explainer_for(graph: Any, explainer: Any, verbalizer: str, retriever: Any, config: Any) -> Any:
    """The given explainer (checked against ``graph``), or a new one over the graph."""
    if explainer is None:
        from kgexplain.pipeline import Explainer

        return Explainer(_load_graph(graph), verbalizer=verbalizer, retriever=retriever, config=config)
    if graph is not None and isinstance(graph, KnowledgeGraph) and graph is not explainer.kg:
        raise ConfigError("export_pairs got both a graph and an explainer over another graph; "
                          "pass only the explainer")
    return explainer


def export_pairs(
    graph: KnowledgeGraph | PathLikeStr | None = None,
    pairs: PathLikeStr = "pairs.csv",
    out: PathLikeStr = "explanations.jsonl",
    format: ExportFormat | str | None = None,
    resume: bool = False,
    workers: int = 1,
    batch_size: int = 64,
    verbalizer: str = "seq2seq",
    config: Any = None,
    progress: bool = True,
    explainer: Any = None,
    *,
    retriever: Any = "faiss",
    overwrite: bool = False,
    user_col: str = "user",
    item_col: str = "item",
    engine: Literal["local", "ray"] = "local",
    address: str | None = None,
    num_actors: int | None = None,
    block_size: int | None = None,
) -> ExportSummary:
    """Explain every pair of a CSV or Parquet file and write one record per pair (see the module
    docs).

    Args:
        graph: a :class:`KnowledgeGraph`, a graph file/folder, or ``None`` for the example graph.
        pairs: CSV with a header naming ``user`` and ``item`` columns, or a Parquet file
            (``.parquet`` / ``.pq``, a path or a URI pyarrow reads) with such columns; other
            columns are carried.
        out: output file; the format comes from its suffix unless ``format`` is given.
        format: ``"jsonl"``, ``"csv"`` or ``"parquet"``.
        resume: keep the rows already in ``out`` and explain only the others.
        workers: worker processes (forked; the compiled graph is shared, models are per worker).
        batch_size: pairs per batch (paths, retrieval, generation and checking are batched).
        verbalizer: ``"seq2seq"`` or ``"template"`` (ignored when ``explainer`` is given).
        config: an ``ExplainerConfig``, a dict or a YAML/JSON path (ignored with ``explainer``).
        progress: show a tqdm progress bar (rate and ETA) on stderr.
        explainer: a ready :class:`~kgexplain.pipeline.Explainer` to use instead of building one.
        retriever: the retriever stage for a built explainer (``None``: no fact retrieval).
        overwrite: replace an existing ``out`` instead of refusing (without ``resume``).
        user_col: name of the user column.
        item_col: name of the item column.
        engine: ``"local"`` (this machine, ``workers`` processes) or ``"ray"`` (an actor pool on
            a Ray cluster writing ``out`` as a folder of part files; see
            :mod:`kgexplain.export.ray_engine`; ``pip install "kgexplain[ray]"``).
        address: ``engine="ray"``: ``None`` (``RAY_ADDRESS``, else a local cluster), ``"auto"``,
            ``"HOST:PORT"`` or ``"ray://HOST:PORT"``.
        num_actors: ``engine="ray"``: explainer actors (``None``: one per CPU of the cluster).
        block_size: ``engine="ray"``: rows per part file (``None``: 4096, or the size a resumed
            export was written with).

    Returns:
        An :class:`ExportSummary`.

    Raises:
        InvalidArgumentError: an argument has the wrong type (checked before any file is read).
        MissingColumnError: the pairs file lacks a user or item column.
        ConfigError: bad options, or ``out`` exists and neither ``resume`` nor ``overwrite`` is set.
        ExportFormatError: ``out`` holds rows of another pairs file or is not a kgexplain export.
        RayClusterError: ``engine="ray"`` and the cluster cannot be reached.
    """
    t0 = time.perf_counter()
    _check_arguments(graph, pairs, out, format, explainer,
                     {"resume": resume, "overwrite": overwrite, "progress": progress},
                     {"user_col": user_col, "item_col": item_col})
    for name, value in (("batch_size", batch_size), ("workers", workers)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ConfigError(f"{name} must be an int >= 1, got {short_repr(value)}")
    out = FsPath(out)
    if engine not in ("local", "ray"):
        raise ConfigError(f"engine must be 'local' or 'ray', got {short_repr(engine)}")
    if engine == "ray":
        if workers != 1:
            raise ConfigError("workers is the local engine's; with engine='ray' size the pool with "
                              "num_actors (--actors)")
        # a folder of parts: its format by suffix (out.parquet/) or format=, else JSONL
        fmt = format_of(out, format) if format is not None or out.suffix.lower() in (
            ".jsonl", ".ndjson", ".parquet", ".pq", ".csv") else "jsonl"
        src = open_pairs(pairs, user_col, item_col)
        from kgexplain.export.ray_engine import export_on_ray

        return export_on_ray(
            lambda: _explainer_for(graph, explainer, verbalizer, retriever, config), src, out, fmt,
            resume=resume, overwrite=overwrite, block_size=block_size, batch_size=batch_size,
            address=address, num_actors=num_actors, progress=progress)
    if address is not None or num_actors is not None or block_size is not None:
        raise ConfigError("address, num_actors and block_size are the Ray engine's; pass "
                          "engine='ray' (--engine ray) to use them")
    fmt = format_of(out, format)
    src = open_pairs(pairs, user_col, item_col)
    with OutputLock(out):
        run = _ExportRun(out, fmt, src, batch_size, workers, progress)
        run.prepare(resume, overwrite)
        run.explain(_explainer_for(graph, explainer, verbalizer, retriever, config))
        total = run.finish()
    counter = run.counter
    summary = ExportSummary(
        rows_written=counter.rows, errors=counter.errors, rejections=counter.rejections,
        fallbacks=counter.fallbacks, unsupported=counter.unsupported, skipped=len(run.done),
        total=total, pairs=run.n_pairs, seconds=time.perf_counter() - t0, out=str(out), format=fmt,
        by_source=dict(counter.by_source),
    )
    logger.info("export done: %s", summary.to_dict())
    return summary


class _ExportRun:
    """The steps of one locked export: what is written already, the explaining, the final file."""

    def __init__(self, out: FsPath, fmt: ExportFormat, src: PairsSource, batch_size: int,
                 workers: int, progress: bool) -> None:
        self.out, self.fmt, self.src = out, fmt, src
        self.batch_size, self.workers, self.progress = batch_size, workers, progress
        self.journal = Journal(out if fmt == "jsonl" else out.with_name(out.name + ".partial.jsonl"))
        self.final_exists = fmt != "jsonl" and out.exists()
        self.done: dict[int, int] = {}
        self.n_pairs = 0
        self.counter = RecordCounter()

    def prepare(self, resume: bool, overwrite: bool) -> None:
        """Refuse or clear an existing output; on resume, read the rows already written."""
        out, journal = self.out, self.journal
        if not resume and (journal.exists() or self.final_exists):
            if not overwrite:
                raise ConfigError(
                    f"{out} already exists; pass resume=True (--resume) to continue that export, "
                    "or delete it / choose another output file to start afresh")
            try:
                journal.delete()
                if self.final_exists:
                    out.unlink()
            except OSError as exc:
                raise write_error(exc, out, 0) from None
            self.final_exists = False
        if resume:
            if self.final_exists:
                self.done.update(final_keys(out, self.fmt))
            try:
                journal.recover()
            except OSError as exc:
                raise write_error(exc, out, journal.lines()) from None
            for rec in journal.records():
                self.done[rec["row"]] = pair_key(str(rec.get("user") or ""), str(rec.get("item") or ""))
        self.n_pairs = self.src.count()
        if self.done and max(self.done) >= self.n_pairs:
            raise ExportFormatError(
                f"{out} holds row {max(self.done)} but {self.src.path} has only {self.n_pairs} "
                "rows: the output belongs to another pairs file; choose another output file")

    def _todo(self) -> Iterator[PairRow]:
        escape = self.fmt == "csv"
        for r in self.src.rows():
            key = self.done.get(r.row)
            if key is None:
                yield r
                continue
            escaped = pair_key(escape_formula(r.user), escape_formula(r.item)) if escape else None
            if key != pair_key(r.user, r.item) and key != escaped:
                raise ExportFormatError(
                    f"row {r.row} of {self.out} does not name the pair ({r.user}, {r.item}) of "
                    f"{self.src.path} {self.src.where(r)}: the output belongs to another pairs file; "
                    "choose another output file")

    def explain(self, explainer: Any) -> None:
        """Explain the rows not yet written and append them to the journal, batch by batch."""
        counter, journal = self.counter, self.journal
        remaining = self.n_pairs - len(self.done)
        bar = None
        if self.progress:
            from tqdm import tqdm

            bar = tqdm(total=self.n_pairs, initial=len(self.done), unit="pair",
                       desc=f"export {self.out.name}", dynamic_ncols=True, smoothing=0.05,
                       disable=remaining == 0)

        def write(records: list[dict[str, Any]]) -> None:
            try:
                journal.append(records)
            except OSError as exc:
                raise write_error(exc, self.out, len(self.done) + counter.rows) from None
            for rec in records:
                counter.add(rec)
            if bar is not None:
                bar.update(len(records))
                bar.set_postfix(errors=counter.errors, fallbacks=counter.fallbacks, refresh=False)

        try:
            journal.open()
        except OSError as exc:
            raise write_error(exc, self.out, len(self.done)) from None
        try:
            batches = batches_of(self._todo(), self.batch_size)
            if self.workers == 1 or remaining <= self.batch_size:
                for batch in batches:
                    write(explain_rows(explainer, batch, self.batch_size))
            else:
                run_parallel(explainer, batches, self.batch_size, self.workers, write)
        finally:
            journal.close()
            if bar is not None:
                bar.close()

    def finish(self) -> int:
        """CSV / Parquet: convert the journal into OUT. Returns the records OUT holds."""
        out, journal = self.out, self.journal
        if self.fmt == "jsonl":
            total = journal.lines()
        elif self.final_exists and self.counter.rows == 0 and journal.lines() == 0:
            journal.delete()  # nothing new: OUT is already complete
            total = len(self.done)
        else:
            try:
                total = finalize(out, self.fmt, journal, self.src.carried_names)
            except OSError as exc:
                out.with_name(out.name + ".tmp").unlink(missing_ok=True)
                raise write_error(exc, out, len(self.done) + self.counter.rows) from None
        if total != self.n_pairs:
            logger.error("%s holds %d records but %s has %d pairs", out, total, self.src.path,
                         self.n_pairs)
        return total
