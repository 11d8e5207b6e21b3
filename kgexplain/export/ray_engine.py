"""Batch export on a Ray cluster: numbered blocks of pairs, an actor pool of explainers, and one
part file per block, committed atomically under a deterministic name.

``export_pairs(..., engine="ray")`` and ``kgexplain export --engine ray`` run here; Ray is
imported only then (``pip install "kgexplain[ray]"``).

The design
    The driver reads the pairs file with the local engine's reader
    (:func:`~kgexplain.export.pairs.open_pairs`: CSV, or Parquet by suffix), so row numbers,
    carried columns and error rows are the local engine's, and cuts it into *blocks* of ``block_size`` rows: block ``b`` holds
    rows ``b * block_size`` up to the next block. The explainer, with its compiled graph, is put
    into the object store once (``ray.put``); each actor of the pool builds its stages from it
    and loads its models once, on its first block. An actor explains a block with
    :func:`~kgexplain.export.workers.explain_rows` (a bad row becomes an error record, exactly as
    in the local engine) and writes the block's records to a hidden temporary file in ``OUT``,
    fsyncs it and renames it (``os.replace``) onto ``OUT/part-<block>-<crc>.<jsonl|parquet>``,
    where ``<block>`` is the block number (8 digits or more) and ``<crc>`` a CRC-32 of the
    block's (user, item) pairs. The driver keeps two blocks in flight per actor, so an actor
    never waits for work and a slow actor is given fewer blocks.

Exactly once
    A part file exists whole or not at all, and its name says which rows it holds. Actors are
    created with ``max_restarts=-1`` and their calls with ``max_task_retries=3``: when a worker
    dies mid-block (killed, out of memory, its node lost), Ray restarts the actor and runs the
    block again, which writes the same name, so no row is lost and none is written twice. A block
    that kills its actor four times in a row ends the export with a
    :class:`~kgexplain.errors.KGExplainError`; every part written so far is kept.

Resume
    ``resume=True`` lists the committed parts, checks that each one's CRC matches the same
    block of the pairs file (an output of another pairs file is refused with
    :class:`~kgexplain.errors.ExportFormatError`, without reading the parts) and explains only
    the other blocks. Temporary files of a killed run are deleted first. The block size,
    format and carried columns are kept in ``OUT/_kgexplain_export.json`` and a resumed run
    reuses them.

Output layout (``OUT`` is a folder)
    ``part-00000000-<crc>.jsonl``, ``part-00000001-<crc>.jsonl``, ... (or ``.parquet``), in row
    order when sorted by name; the manifest ``_kgexplain_export.json``; and, once every block is
    committed, ``_SUCCESS`` holding the run's summary as JSON. Records are the local engine's
    (:mod:`kgexplain.export.formats`). Concatenate JSONL with ``cat OUT/part-*.jsonl >
    all.jsonl``; read Parquet with ``pyarrow.parquet.read_table(OUT)`` (files starting with
    ``_`` or ``.`` are ignored by pyarrow, pandas, DuckDB and Spark). CSV is not offered: a
    folder of CSV parts, each with its own header, does not concatenate cleanly.

Where it runs
    On the cluster at ``address`` (see :mod:`~kgexplain.export.ray_cluster`; ``None``: a new
    local cluster on 127.0.0.1), with one actor per CPU by default, each asking for at most 0.9
    CPU (:func:`~kgexplain.export.ray_cluster.actor_plan`). On a multi-node cluster every node
    needs kgexplain installed and ``OUT`` must be the same path on the driver and on every node
    (a shared file system); the pairs file is read by the driver only.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import re
import sys
import time
import uuid
import zlib
from pathlib import Path as FsPath
from typing import Any, Callable, Iterator, Literal, Mapping, Sequence

from kgexplain.errors import ConfigError, ExportFormatError, KGExplainError, short_repr
from kgexplain.export.formats import ExportFormat, flat_parquet_row, parquet_schema, to_json
from kgexplain.export.journal import fsync_dir, write_all, write_error
from kgexplain.export.lock import OutputLock
from kgexplain.export.pairs import PairRow, PairsSource
from kgexplain.export.ray_cluster import actor_plan, import_ray, init_ray, parse_address
from kgexplain.export.summary import ExportSummary, RecordCounter
from kgexplain.export.workers import batches_of, explain_rows, unloaded_copy

logger = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_BLOCK_SIZE", "MANIFEST", "SUCCESS",
    "block_digest", "part_name", "committed_parts", "BlockExplainer", "export_on_ray",
]

PartFormat = Literal["jsonl", "parquet"]

DEFAULT_BLOCK_SIZE = 4096
"""Rows per block (one part file; the unit of scheduling, commit, retry and resume)."""

MANIFEST = "_kgexplain_export.json"
SUCCESS = "_SUCCESS"

_SUFFIX: dict[str, str] = {"jsonl": "jsonl", "parquet": "parquet"}
_PART = re.compile(r"^part-(\d{8,})-([0-9a-f]{8})\.(jsonl|parquet)$")
_TEMP = re.compile(r"^\.part-.*\.tmp$")
_IN_FLIGHT_PER_ACTOR = 2
_TASK_RETRIES = 3



# ------------------------------------------------------------------ blocks and part files
def block_digest(rows: Sequence[PairRow]) -> int:
    """CRC-32 of a block's (user, item) pairs, in order: a part's name says which pairs it holds.

    >>> block_digest([PairRow(0, 2, "user:1", "movie:1")]) == block_digest([PairRow(5, 9, "user:1", "movie:1")])
    True
    """
    crc = 0
    for r in rows:
        crc = zlib.crc32(f"{r.user}\x1f{r.item}\x1e".encode("utf-8", "replace"), crc)
    return crc


def part_name(block: int, digest: int, fmt: PartFormat) -> str:
    """The committed name of a block's part file.

    >>> part_name(42, 0xBEEF, "jsonl")
    'part-00000042-0000beef.jsonl'
    """
    return f"part-{block:08d}-{digest:08x}.{_SUFFIX[fmt]}"


def committed_parts(folder: FsPath, fmt: PartFormat) -> dict[int, int]:
    """block -> digest of the part files committed in ``folder``."""
    found: dict[int, int] = {}
    if not folder.is_dir():
        return found
    for entry in os.scandir(folder):
        m = _PART.match(entry.name)
        if m and m.group(3) == _SUFFIX[fmt]:
            found[int(m.group(1))] = int(m.group(2), 16)
    return found


def _write_part(folder: FsPath, name: str, records: Sequence[Mapping[str, Any]], fmt: PartFormat,
                carried: Sequence[str]) -> None:
    """Write a part to a hidden temporary file, fsync it and rename it onto ``name``."""
    tmp = folder / f".{name}.{uuid.uuid4().hex}.tmp"
    try:
        if fmt == "jsonl":
            data = "".join(to_json(r) + "\n" for r in records).encode("utf-8")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            try:
                write_all(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pylist([flat_parquet_row(r, carried) for r in records],
                                         schema=parquet_schema(carried))
            pq.write_table(table, tmp)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
        os.replace(tmp, folder / name)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(folder)


class BlockExplainer:
    """The actor of the pool (``ray.remote(BlockExplainer)``): one explainer, blocks in, parts out.

    The unloaded explainer comes with each block, as a one-element list holding its object ref
    (a few bytes): the actor fetches it from the object store on its first block and after a
    restart, and loads its models then (Ray warns about restartable actors whose constructor
    arguments live in the object store, since they could not be restarted once those are gone).

    Args:
        out: the output folder.
        fmt: ``"jsonl"`` or ``"parquet"``.
        carried: the carried column names (the Parquet schema's last columns).
        batch_size: pairs per ``explain_many`` batch.
        threads: CPU threads for torch and OpenMP in this actor (the explainer it runs comes
            with the same number for its seq2seq decoder).
    """

    def __init__(self, out: str, fmt: PartFormat, carried: Sequence[str], batch_size: int,
                 threads: int = 1) -> None:
        os.environ["OMP_NUM_THREADS"] = os.environ["MKL_NUM_THREADS"] = str(threads)
        torch = sys.modules.get("torch")
        if torch is not None:
            torch.set_num_threads(threads)
        self.explainer: Any = None
        self.out, self.fmt, self.carried = FsPath(out), fmt, list(carried)
        self.batch_size = batch_size

    def run(self, shared: Sequence[Any], block: int, digest: int, rows: list[PairRow]) -> dict[str, Any]:
        """Explain one block, commit its part file, and return its record counts, with the CPU
        seconds this process spent on it (all threads), whether its models were loaded before
        (``warm``; the first block of an actor also pays for loading them) and the decoding
        threads its explainer was given."""
        cpu = time.process_time()
        warm = self.explainer is not None
        if self.explainer is None:
            import ray

            self.explainer = ray.get(shared[0])
        records = explain_rows(self.explainer, rows, self.batch_size)
        _write_part(self.out, part_name(block, digest, self.fmt), records, self.fmt, self.carried)
        counter = RecordCounter()
        for rec in records:
            counter.add(rec)
        return {**vars(counter), "cpu_s": time.process_time() - cpu, "warm": warm,
                "threads": getattr(self.explainer, "threads", None)}


def _merge(counter: RecordCounter, counts: Mapping[str, Any]) -> None:
    for name in ("rows", "errors", "rejections", "fallbacks", "unsupported"):
        setattr(counter, name, getattr(counter, name) + int(counts[name]))
    for src, n in counts["by_source"].items():
        counter.by_source[src] = counter.by_source.get(src, 0) + n


# ------------------------------------------------------------------ the output folder
class _PartsFolder:
    """The output folder of one Ray export: manifest, committed parts, leftovers of a killed run."""

    def __init__(self, out: FsPath, fmt: PartFormat) -> None:
        self.out, self.fmt = out, fmt
        self.manifest = out / MANIFEST
        self.done: dict[int, int] = {}

    def prepare(self, resume: bool, overwrite: bool, block_size: int | None,
                src: PairsSource) -> int:
        """Refuse, clear or resume what is in ``OUT``; write the manifest; return the block size."""
        out = self.out
        if out.exists() and not out.is_dir():
            raise ConfigError(f"{out} is a file; the Ray engine writes a folder of part files — "
                              "choose a folder path (it is created) for out")
        entries = sorted(os.listdir(out)) if out.is_dir() else []
        ours = self.manifest.exists()
        if entries and not ours:
            raise ConfigError(f"{out} is a folder with other files ({', '.join(entries[:3])}"
                              f"{', ...' if len(entries) > 3 else ''}) and no {MANIFEST}; choose a "
                              "new or empty folder for the Ray engine's part files")
        manifest: dict[str, Any] = {}
        if ours:
            try:
                manifest = json.loads(self.manifest.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise ExportFormatError(f"{self.manifest} is not readable ({exc}); delete {out} "
                                        "to start afresh") from None
        if entries and not resume:
            if not overwrite:
                raise ConfigError(f"{out} already holds an export; pass resume=True (--resume) to "
                                  "continue it, or overwrite=True / another folder to start afresh")
            self._clear(entries)
            manifest = {}
        if resume and manifest:
            if manifest.get("format") != self.fmt:
                raise ConfigError(f"{out} holds a {manifest.get('format')} export; resume it with "
                                  f"format={manifest.get('format')!r} or choose another folder")
            if list(manifest.get("columns", [])) != src.carried_names:
                raise ExportFormatError(
                    f"{out} was written with the carried columns {manifest.get('columns')}, "
                    f"{src.path} has {src.carried_names}: the output belongs to another pairs "
                    "file; choose another folder")
            kept = int(manifest["block_size"])
            if block_size is not None and block_size != kept:
                raise ConfigError(f"{out} was written in blocks of {kept} rows; resume with "
                                  f"block_size={kept} (or leave it out)")
            block_size = kept
            self.done = committed_parts(out, self.fmt)
        block_size = block_size or DEFAULT_BLOCK_SIZE
        try:
            out.mkdir(parents=True, exist_ok=True)
            for entry in os.scandir(out):
                if _TEMP.match(entry.name):  # a killed run's unfinished part
                    os.unlink(entry.path)
            (out / SUCCESS).unlink(missing_ok=True)
            tmp = out / f".{MANIFEST}.tmp"
            tmp.write_text(json.dumps({"kgexplain_export": 1, "engine": "ray", "format": self.fmt,
                                       "block_size": block_size, "columns": src.carried_names,
                                       "pairs": str(src.path)}, indent=1) + "\n", encoding="utf-8")
            os.replace(tmp, self.manifest)
            fsync_dir(out)
        except OSError as exc:
            raise write_error(exc, out, 0) from None
        return block_size

    def _clear(self, entries: Sequence[str]) -> None:
        try:
            for name in entries:
                if _PART.match(name) or _TEMP.match(name) or name in (MANIFEST, SUCCESS):
                    (self.out / name).unlink()
        except OSError as exc:
            raise write_error(exc, self.out, 0) from None

    def finish(self, summary: ExportSummary) -> None:
        """Write ``_SUCCESS`` (the summary) once every block is committed."""
        if summary.total != summary.pairs:
            return
        try:
            (self.out / SUCCESS).write_text(json.dumps(summary.to_dict(), indent=1) + "\n",
                                            encoding="utf-8")
        except OSError as exc:
            raise write_error(exc, self.out, summary.total) from None


# ------------------------------------------------------------------ the run
def export_on_ray(
    make_explainer: Callable[[], Any],
    src: PairsSource,
    out: FsPath,
    fmt: ExportFormat,
    *,
    resume: bool,
    overwrite: bool,
    block_size: int | None,
    batch_size: int,
    address: str | None,
    num_actors: int | None,
    progress: bool,
) -> ExportSummary:
    """Run one export on Ray (see the module docs); ``export_pairs(engine="ray")`` calls this.

    Args:
        make_explainer: returns the explainer whose unloaded copy each actor runs (called once
            the options and the output folder are checked, so a mistake fails fast).
        src: the pairs file.
        out: the output folder.
        fmt: ``"jsonl"`` or ``"parquet"``.
        resume: keep the committed parts and explain only the other blocks.
        overwrite: delete an existing export in ``out`` instead of refusing.
        block_size: rows per part file (``None``: the manifest's on resume, else 4096).
        batch_size: pairs per ``explain_many`` batch inside an actor.
        address: the cluster (see :mod:`kgexplain.export.ray_cluster`).
        num_actors: actors in the pool (``None``: one per CPU of the cluster).
        progress: show a progress bar on stderr.
    """
    t0 = time.perf_counter()
    if fmt not in _SUFFIX:
        raise ConfigError(f"the Ray engine writes jsonl or parquet part files, not {fmt}; pass "
                          "format='jsonl' or 'parquet' (--format), or use engine='local' for CSV")
    for name, value in (("block_size", block_size), ("num_actors", num_actors)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
            raise ConfigError(f"{name} must be an int >= 1 or None, got {short_repr(value)}")
    parse_address(address)  # a malformed address fails before any file is touched
    part_fmt: PartFormat = fmt  # type: ignore[assignment]
    folder = _PartsFolder(out, part_fmt)
    counter = RecordCounter()
    with OutputLock(out):
        size = folder.prepare(resume, overwrite, block_size, src)
        n_pairs = src.count()
        explainer = make_explainer()
        started = init_ray(address)
        try:
            skipped = _run_blocks(explainer, src, folder, size, batch_size, num_actors, counter,
                                  n_pairs, progress)
        finally:
            if started:
                import_ray().shutdown()
        total = skipped + counter.rows  # rows in committed parts
        summary = ExportSummary(
            rows_written=counter.rows, errors=counter.errors, rejections=counter.rejections,
            fallbacks=counter.fallbacks, unsupported=counter.unsupported, skipped=skipped,
            total=total, pairs=n_pairs, seconds=time.perf_counter() - t0, out=str(out),
            format=fmt, by_source=dict(counter.by_source))
        folder.finish(summary)
    if total != n_pairs:
        logger.error("%s holds %d records but %s has %d pairs", out, total, src.path, n_pairs)
    logger.info("ray export done: %s", summary.to_dict())
    return summary


def _todo(src: PairsSource, folder: _PartsFolder, block_size: int,
          skipped: list[int]) -> Iterator[tuple[int, int, list[PairRow]]]:
    """(block, digest, rows) of every block not committed yet; checks the committed ones."""
    n_blocks = 0
    for block, rows in enumerate(batches_of(src.rows(), block_size)):
        n_blocks = block + 1
        digest = block_digest(rows)
        have = folder.done.get(block)
        if have is None:
            yield block, digest, rows
        elif have != digest:
            raise ExportFormatError(
                f"{folder.out}/{part_name(block, have, folder.fmt)} does not hold the pairs of rows "
                f"{rows[0].row}-{rows[-1].row} of {src.path}: the output belongs to another pairs "
                "file; choose another folder")
        else:
            skipped[0] += len(rows)
    extra = [b for b in folder.done if b >= n_blocks]
    if extra:
        raise ExportFormatError(
            f"{folder.out} holds part {min(extra)} but {src.path} has only {n_blocks} blocks: the "
            "output belongs to another pairs file; choose another folder")


def _run_blocks(explainer: Any, src: PairsSource, folder: _PartsFolder, block_size: int,
                batch_size: int, num_actors: int | None, counter: RecordCounter, n_pairs: int,
                progress: bool) -> int:
    """Feed the blocks not yet committed to an actor pool; returns the rows skipped."""
    ray = import_ray()
    skipped = [0]
    todo = _todo(src, folder, block_size, skipped)
    first = next(todo, None)
    if first is None:
        return skipped[0]
    cluster_cpus = float(ray.cluster_resources().get("CPU", 0))
    n, cpus = actor_plan(cluster_cpus, num_actors)
    left = -(-n_pairs // block_size) - len(folder.done)  # blocks still to explain
    if left < n:  # an actor without a block would only load models
        n, cpus = actor_plan(cluster_cpus, max(1, left))
    kg = getattr(explainer, "kg", None)
    if kg is not None:
        kg.compile()  # once here: the actors get the compiled arrays with the graph
    # each actor decodes with its CPU share (CTranslate2 would start min(4, cpu_count) threads
    # per actor and oversubscribe the node)
    threads = max(1, int(cpus))
    shared = ray.put(unloaded_copy(explainer, threads))
    actor_cls = ray.remote(BlockExplainer).options(
        num_cpus=cpus, max_restarts=-1, max_task_retries=_TASK_RETRIES,
        scheduling_strategy="SPREAD")
    actors = [actor_cls.remote(str(folder.out), folder.fmt, src.carried_names, batch_size,
                               threads) for _ in range(n)]
    logger.info("ray export: %d actors of %.4g CPUs, blocks of %d rows", n, cpus, block_size)
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=n_pairs, unit="pair", desc=f"export {folder.out.name} (ray, {n} actors)",
                   dynamic_ncols=True, smoothing=0.05)
    blocks = itertools.chain([first], todo)
    pending: dict[Any, tuple[int, int]] = {}  # ref -> (actor, block)
    usage: dict[str, Any] = {"actors": n, "cpus_per_actor": cpus, "decode_threads": [],
                             "cpu_s": 0.0, "warm_cpu_s": 0.0, "warm_rows": 0}

    def submit(i: int) -> None:
        item = next(blocks, None)
        if item is not None:
            block, digest, rows = item
            pending[actors[i].run.remote([shared], block, digest, rows)] = (i, block)

    try:
        for _ in range(_IN_FLIGHT_PER_ACTOR):
            for i in range(n):
                submit(i)
        while pending:
            ready, _ = ray.wait(list(pending), num_returns=1)
            ref = ready[0]
            i, block = pending.pop(ref)
            counts = _result(ray, ref, folder, block, skipped[0] + counter.rows)
            _merge(counter, counts)
            usage["cpu_s"] += counts["cpu_s"]
            if counts.get("threads") not in usage["decode_threads"]:
                usage["decode_threads"].append(counts.get("threads"))
            if counts["warm"]:
                usage["warm_cpu_s"] += counts["cpu_s"]
                usage["warm_rows"] += counts["rows"]
            if bar is not None:
                bar.n = skipped[0] + counter.rows
                bar.set_postfix(errors=counter.errors, fallbacks=counter.fallbacks, refresh=False)
                bar.refresh()
            submit(i)
    finally:
        if bar is not None:
            bar.close()
        for actor in actors:
            ray.kill(actor)
    # rows per CPU-second of warm actors: what sizes a cluster (see the README's projection)
    logger.info("ray export usage: %s", json.dumps({k: round(v, 3) if isinstance(v, float) else v
                                                    for k, v in usage.items()}))
    return skipped[0]


def _result(ray: Any, ref: Any, folder: _PartsFolder, block: int, rows_safe: int) -> Mapping[str, Any]:
    """A block's counts, or the error that ends the run (typed, with how to go on)."""
    from ray.exceptions import RayActorError, RayTaskError

    try:
        return ray.get(ref)
    except RayTaskError as exc:
        cause = getattr(exc, "cause", None)
        if isinstance(cause, KGExplainError):
            raise cause from None
        if isinstance(cause, OSError):
            raise write_error(cause, folder.out, rows_safe) from None
        raise KGExplainError(
            f"block {block} failed in a Ray worker: {type(cause).__name__}: {cause}; the "
            f"{rows_safe:,} rows committed so far are safe — fix the cause and rerun with "
            "resume=True (--resume)") from None
    except RayActorError as exc:
        raise KGExplainError(
            f"a Ray worker died {_TASK_RETRIES + 1} times on block {block} ({type(exc).__name__}); "
            f"the {rows_safe:,} rows committed so far are safe — rerun with resume=True "
            "(--resume), with a smaller block_size or more memory per actor if memory ran out") from None
