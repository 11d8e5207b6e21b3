"""Batch export: explain every (user, item) pair of a CSV and write JSONL, CSV or Parquet, resumably.

``kgexplain export --graph G --pairs PAIRS.csv --out OUT [--format F] [--resume] [--workers N]``
is a thin layer over :func:`export_pairs`.

Input
    A CSV file with a header row naming a ``user`` and an ``item`` column (matched after stripping
    and lower-casing). Every other column (a recommender's ``score``, ``rank``, ...) is carried
    into the output unchanged, as a string; a carried column whose name clashes with an output
    field is renamed ``input_<name>``. Blank lines are ignored. Each non-blank data line is one
    *row*, numbered from 0 in file order; that number is the ``row`` field of its output record.

Output (one record per row; formats by suffix or ``format=``)
    * **JSONL** (``.jsonl``, ``.ndjson``): ``{"row": n, **Explanation.to_dict(), **carried}`` per line.
    * **CSV** (``.csv``): flat columns :data:`FLAT_COLUMNS` plus the carried ones; nested fields
      (``paths``, ``path_scores``, ``facts``, ``claims``, ``verdict``, ``meta``) are compact JSON.
      Every text cell starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return is prefixed
      with ``'`` so a spreadsheet never evaluates it as a formula (plain numbers such as ``-0.5``
      are left alone: they cannot be formulas); header cells (carried column names come from the
      pairs file) are escaped the same way.
    * **Parquet** (``.parquet``, ``.pq``): the same columns with native types — ``paths``,
      ``path_scores``, ``facts`` and ``claims`` as nested lists/structs, ``verdict`` and ``meta``
      as JSON strings (their content is open-ended), carried columns as strings.

A row that cannot be explained (unknown id, malformed CSV line, empty user or item, no path within
``max_hops``) becomes an *error record*: ``text`` is null and ``error`` says why. The run goes on.

Crash safety and resume (the design)
    Results are appended to a JSONL *journal* in input order, one batch at a time, each batch
    written with a single ``write`` followed by ``flush`` and ``fsync``. JSON lines never contain a
    raw newline, so a line that ends in ``\\n`` is a finished row and a trailing line without one
    is the torn write of a killed process. For JSONL output the journal *is* the output file; for
    CSV and Parquet it is ``OUT.partial.jsonl``, converted at the end into ``OUT.tmp``, fsynced and
    atomically renamed onto ``OUT`` (``os.replace``), and only then deleted.

    ``resume=True`` truncates a torn trailing line, reads the ``row`` numbers already present (in
    the journal and, for CSV/Parquet, in an existing ``OUT``), checks that each of them names the
    same user and item as the pairs file (so a different pairs file is refused instead of silently
    mixed in) and explains only the other rows. The conversion copies ``OUT``'s rows first, then the
    journal rows whose ``row`` is not already there, so a crash between the rename and the journal's
    deletion duplicates nothing. Hence a ``kill -9`` at any moment loses no finished row (a row is
    finished once its batch is fsynced) and duplicates none, and a completed export holds exactly
    one record per pair. Without ``resume=True`` an existing ``OUT`` (or journal) is an error
    rather than silently overwritten — pass ``overwrite=True`` to start afresh.

One writer, and failures that leave the output resumable
    An export holds an exclusive lock (``flock``) on ``OUT.lock`` while it runs: a second export to
    the same ``OUT`` fails at once with :class:`~kgexplain.errors.ExportLockedError`. The system
    releases the lock when its process dies, so the lock file a ``kill -9`` leaves never blocks a
    ``resume=True``; a finished export deletes it. An output that cannot be written (disk full,
    read-only folder, no permission) ends the run with one
    :class:`~kgexplain.errors.ExportWriteError` line: a batch whose write fails is cut back from the
    journal, so it holds whole batches only, and ``resume=True`` continues once the cause is
    fixed. An interrupted export (Ctrl-C) keeps every fsynced batch; ``kgexplain export`` then
    exits with status 130 and prints the command that resumes it.

Workers
    ``workers > 1`` runs batches in forked worker processes. The parent loads and compiles the
    graph before forking, so the workers share its CSR arrays copy-on-write; each worker loads its
    own models (verbalizer, retriever, checker) on first use from an unloaded copy of the explainer
    (same stage specs and config), and the parent never loads them. A CTranslate2 model that ran in
    the parent (a warmed explainer passed in) would hang a forked child, so in that case the workers
    start from a clean fork server and receive the explainer pickled (the graph is then copied per
    worker). Results come back through a bounded window of in-flight batches and are written in
    input order.

>>> import tempfile, pathlib
>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples([
...     ("user:1", "rated", "movie:1", {"rating": 5.0}),
...     ("movie:1", "directed_by", "person:Lasseter"),
...     ("movie:2", "directed_by", "person:Lasseter")])
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "pairs.csv").write_text("user,item,score\\nuser:1,movie:2,0.9\\nuser:1,movie:9,0.1\\n")
>>> s = export_pairs(kg, d / "pairs.csv", d / "out.jsonl", verbalizer="template", progress=False,
...                  explainer=kgx.Explainer(kg, verbalizer="template", retriever=None))
>>> s.rows_written, s.errors, s.total
(2, 1, 2)
"""

from __future__ import annotations

import csv
import errno
import io
import json
import logging
import os
import re
import sys
import time
import zlib
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path as FsPath
from typing import Any, Iterable, Iterator, Literal, Mapping, Sequence

from kgexplain.errors import (
    ConfigError,
    ExportFormatError,
    ExportLockedError,
    ExportWriteError,
    InvalidArgumentError,
    KGExplainError,
    MissingColumnError,
    ModelNotFoundError,
    short_repr,
)
from kgexplain.graph import KnowledgeGraph
from kgexplain.typing import PathLikeStr

logger = logging.getLogger(__name__)

__all__ = [
    "export_pairs",
    "ExportSummary",
    "ExportFormatError",
    "FLAT_COLUMNS",
    "escape_formula",
    "read_pairs",
    "PairRow",
]

ExportFormat = Literal["jsonl", "csv", "parquet"]

FLAT_COLUMNS: tuple[str, ...] = (
    "row", "schema", "user", "item", "text", "source", "supported", "error",
    "paths", "path_scores", "facts", "claims", "verdict", "meta",
)
"""Columns of the CSV and Parquet outputs, before the carried input columns."""

_NESTED = ("paths", "path_scores", "facts", "claims", "verdict", "meta")
_SUFFIXES: dict[str, ExportFormat] = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".parquet": "parquet", ".pq": "parquet",
}
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_PARQUET_CHUNK = 1024


# --------------------------------------------------------------------------- summary
@dataclass(frozen=True)
class ExportSummary:
    """What an export run did.

    Attributes:
        rows_written: records written by this run (error records included).
        errors: of those, records with ``error`` set (no explanation).
        rejections: candidate texts the checker rejected in this run.
        fallbacks: rows whose text is the template fallback because no verbalizer candidate passed.
        unsupported: rows written with a text the checker did not fully support (should be 0).
        skipped: rows already present in the output and skipped (``resume=True``).
        total: records in the output at the end (equals the number of pairs when complete).
        pairs: data rows in the pairs file.
        seconds: wall time of the run.
        out: the output file.
        format: ``"jsonl"``, ``"csv"`` or ``"parquet"``.
        by_source: rows written per text source (``seq2seq``, ``template``).
    """

    rows_written: int
    errors: int
    rejections: int
    fallbacks: int
    unsupported: int
    skipped: int
    total: int
    pairs: int
    seconds: float
    out: str
    format: str
    by_source: Mapping[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> float:
        """Rows written per second."""
        return self.rows_written / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows_written": self.rows_written,
            "errors": self.errors,
            "rejections": self.rejections,
            "fallbacks": self.fallbacks,
            "unsupported": self.unsupported,
            "skipped": self.skipped,
            "total": self.total,
            "pairs": self.pairs,
            "seconds": round(self.seconds, 3),
            "rows_per_s": round(self.rate, 2),
            "out": self.out,
            "format": self.format,
            "by_source": dict(self.by_source),
        }


class _Counter:
    def __init__(self) -> None:
        self.rows = self.errors = self.rejections = self.fallbacks = self.unsupported = 0
        self.by_source: dict[str, int] = {}

    def add(self, rec: Mapping[str, Any]) -> None:
        self.rows += 1
        if rec.get("error") is not None or rec.get("text") is None:
            self.errors += 1
            return
        src = rec.get("source") or "unknown"
        self.by_source[src] = self.by_source.get(src, 0) + 1
        cands = (rec.get("meta") or {}).get("candidates") or []
        self.rejections += sum(1 for c in cands if not c.get("supported"))
        if cands and not any(c.get("supported") for c in cands):
            self.fallbacks += 1
        if not (rec.get("verdict") or {}).get("supported"):
            self.unsupported += 1


# --------------------------------------------------------------------------- input
@dataclass(frozen=True)
class PairRow:
    """One data row of a pairs file.

    Attributes:
        row: 0-based number among the non-blank data rows (the output's ``row`` field).
        line: 1-based line of the file where the row starts.
        user: the user cell ("" when missing).
        item: the item cell ("" when missing).
        carried: the other columns, by output name.
        error: why the row cannot be explained as read (malformed line, empty id), else ``None``.
    """

    row: int
    line: int
    user: str
    item: str
    carried: Mapping[str, str] = field(default_factory=dict)
    error: str | None = None


class _PairsFile:
    """A pairs CSV: header check, row count, row iteration."""

    def __init__(self, path: PathLikeStr, user_col: str = "user", item_col: str = "item") -> None:
        self.path = FsPath(path)
        if not self.path.is_file():
            problem = "is not a regular file" if self.path.exists() else "not found"
            raise ConfigError(f"pairs file {str(self.path)!r} {problem}; pass a CSV with a header "
                              f"row naming {user_col!r} and {item_col!r} columns")
        with self._open() as fh:
            reader = csv.reader(fh)
            header = next((r for r in reader if r), None)
        if header is None:
            raise MissingColumnError(
                f"pairs file has no header row; its first line must name the columns, e.g. "
                f"'{user_col},{item_col},score'", path=self.path)
        self.header = [h.strip() for h in header]
        norm = [h.lower() for h in self.header]
        missing = [c for c in (user_col, item_col) if c.lower() not in norm]
        if missing:
            raise MissingColumnError(
                f"pairs file lacks column(s) {missing}; its header is {self.header}. Rename the "
                f"columns that hold user and item ids to {user_col!r} and {item_col!r} "
                f"(ids as in the graph, e.g. 'user:1', 'movie:1')", path=self.path, line=1)
        self.user_idx = norm.index(user_col.lower())
        self.item_idx = norm.index(item_col.lower())
        reserved = set(FLAT_COLUMNS) | {"schema", "input"}
        self.carried: list[tuple[int, str]] = []
        for i, name in enumerate(self.header):
            if i in (self.user_idx, self.item_idx):
                continue
            out_name = name or f"column_{i}"
            if out_name in reserved:
                out_name = f"input_{out_name}"
            self.carried.append((i, out_name))

    @property
    def carried_names(self) -> list[str]:
        return [n for _, n in self.carried]

    def _open(self) -> io.TextIOWrapper:
        # utf-8-sig drops a BOM; undecodable bytes become U+FFFD (then an unknown id, not a crash)
        return open(self.path, encoding="utf-8-sig", errors="replace", newline="")

    def count(self) -> int:
        """Number of non-blank data rows (bad lines included: each becomes an error record)."""
        return sum(1 for _ in self.rows())

    def rows(self) -> Iterator[PairRow]:
        """Every non-blank data row, in file order; bad lines come back with ``error`` set."""
        width = len(self.header)
        with self._open() as fh:
            reader = csv.reader(fh)
            seen_header = False
            n = 0
            while True:
                line = reader.line_num + 1
                try:
                    cells = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    if seen_header:
                        yield PairRow(n, line, "", "", {}, f"malformed CSV line {line}: {exc}")
                        n += 1
                    continue
                if not cells:
                    continue
                if not seen_header:
                    seen_header = True
                    continue
                user = cells[self.user_idx].strip() if self.user_idx < len(cells) else ""
                item = cells[self.item_idx].strip() if self.item_idx < len(cells) else ""
                carried = {name: cells[i] if i < len(cells) else "" for i, name in self.carried}
                error = None
                if len(cells) != width:
                    error = (f"malformed CSV line {line}: expected {width} fields "
                             f"({', '.join(self.header)}), got {len(cells)}")
                elif not user or not item:
                    which = " and ".join(c for c, v in (("user", user), ("item", item)) if not v)
                    error = f"missing value: line {line} has an empty {which}"
                yield PairRow(n, line, user, item, carried, error)
                n += 1


def read_pairs(path: PathLikeStr, user_col: str = "user", item_col: str = "item") -> list[PairRow]:
    """Read a pairs CSV (header with ``user`` and ``item`` columns) into :class:`PairRow` s.

    Raises:
        MissingColumnError: the header lacks a user or an item column.
    """
    return list(_PairsFile(path, user_col, item_col).rows())


# --------------------------------------------------------------------------- formatting
def escape_formula(value: Any) -> Any:
    """Defuse spreadsheet formula injection in one CSV cell.

    A string that starts with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets a leading
    ``'`` (OWASP's advice), unless it is a plain number. Other values are returned unchanged.

    >>> escape_formula("=HYPERLINK(\\"http://x\\")"), escape_formula("-0.5"), escape_formula("ok")
    ('\\'=HYPERLINK("http://x")', '-0.5', 'ok')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _flat_csv(rec: Mapping[str, Any], carried: Sequence[str]) -> list[Any]:
    out: list[Any] = []
    for col in FLAT_COLUMNS:
        if col == "supported":
            v: Any = bool((rec.get("verdict") or {}).get("supported"))
        elif col in _NESTED:
            v = _json(rec.get(col))
        else:
            v = rec.get(col)
            v = "" if v is None else v
        out.append(escape_formula(v))
    out.extend(escape_formula(rec.get(c, "")) for c in carried)
    return out


def _csv_header(carried: Sequence[str]) -> list[str]:
    """The CSV header row; carried column names come from the pairs file, so they are escaped
    against formula injection like data cells."""
    return [escape_formula(c) for c in (*FLAT_COLUMNS, *carried)]


def _parquet_schema(carried: Sequence[str]) -> Any:
    import pyarrow as pa

    triple = pa.struct([("head", pa.string()), ("relation", pa.string()), ("tail", pa.string())])
    fact = pa.struct([("head", pa.string()), ("relation", pa.string()), ("tail", pa.string()),
                      ("text", pa.string()), ("score", pa.float64())])
    claim = pa.struct([("start", pa.int64()), ("end", pa.int64()), ("text", pa.string()),
                       ("kind", pa.string()), ("triple", triple), ("supported", pa.bool_()),
                       ("status", pa.string()), ("entities", pa.list_(pa.string()))])
    fields = [
        ("row", pa.int64()), ("schema", pa.string()), ("user", pa.string()), ("item", pa.string()),
        ("text", pa.string()), ("source", pa.string()), ("supported", pa.bool_()),
        ("error", pa.string()), ("paths", pa.list_(pa.list_(triple))),
        ("path_scores", pa.list_(pa.float64())), ("facts", pa.list_(fact)),
        ("claims", pa.list_(claim)), ("verdict", pa.string()), ("meta", pa.string()),
    ]
    fields += [(c, pa.string()) for c in carried]
    return pa.schema(fields)


def _flat_parquet(rec: Mapping[str, Any], carried: Sequence[str]) -> dict[str, Any]:
    out = {c: rec.get(c) for c in FLAT_COLUMNS}
    out["supported"] = bool((rec.get("verdict") or {}).get("supported"))
    out["verdict"] = _json(rec.get("verdict"))
    out["meta"] = _json(rec.get("meta"))
    for c in carried:
        out[c] = rec.get(c)
    return out


# --------------------------------------------------------------------------- journal
class _Journal:
    """An append-only JSONL file of records; fsynced per batch; torn tail cut on recovery."""

    def __init__(self, path: FsPath) -> None:
        self.path = path
        self._fh: Any = None

    def exists(self) -> bool:
        return self.path.exists()

    def recover(self) -> int:
        """Cut a torn trailing line (from a killed writer); return the bytes removed."""
        if not self.path.exists():
            return 0
        size = self.path.stat().st_size
        if size == 0:
            return 0
        with open(self.path, "r+b") as fh:
            keep = 0
            block = 1 << 16
            pos = size
            while pos > 0:  # find the last newline from the end
                start = max(0, pos - block)
                fh.seek(start)
                chunk = fh.read(pos - start)
                nl = chunk.rfind(b"\n")
                if nl >= 0:
                    keep = start + nl + 1
                    break
                pos = start
            if keep < size:
                fh.truncate(keep)
                fh.flush()
                os.fsync(fh.fileno())
                logger.warning("cut a torn last line (%d bytes) from %s", size - keep, self.path)
        return size - keep

    def records(self) -> Iterator[dict[str, Any]]:
        if not self.path.exists():
            return
        with open(self.path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ExportFormatError(
                        f"{self.path}, line {n}: not valid JSON ({exc.msg}); the file was changed "
                        "outside kgexplain — repair or delete that line, or delete the file and "
                        "export again") from None
                if not isinstance(rec, dict) or not isinstance(rec.get("row"), int):
                    raise ExportFormatError(
                        f"{self.path}, line {n}: not a kgexplain export record (no integer 'row'); "
                        "choose another output file")
                yield rec

    def lines(self) -> int:
        """Number of records (newline-terminated lines; the journal holds no blank lines)."""
        if not self.path.exists():
            return 0
        n = 0
        with open(self.path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                n += block.count(b"\n")
        return n

    def open(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)

    def append(self, records: Iterable[Mapping[str, Any]]) -> None:
        """Append one batch and fsync it. A write that fails (disk full) is cut back to the
        batch's start, so the journal holds whole batches only and stays resumable."""
        data = "".join(_json(r) + "\n" for r in records).encode("utf-8")
        if not data:
            return
        start = os.fstat(self._fh).st_size
        try:
            _write_all(self._fh, data)
            os.fsync(self._fh)
        except OSError:
            try:
                os.ftruncate(self._fh, start)
                os.fsync(self._fh)
            except OSError:  # pragma: no cover - recover() cuts a torn line on resume anyway
                pass
            raise

    def close(self) -> None:
        if self._fh is not None:
            os.close(self._fh)
            self._fh = None

    def delete(self) -> None:
        self.close()
        self.path.unlink(missing_ok=True)


def _write_all(fd: int, data: bytes) -> None:
    """``os.write`` until every byte is written (a write may be short)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


_WRITE_PROBLEMS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EFBIG: "the file is too large for its file system",
}


def _write_error(exc: OSError, out: FsPath, rows_safe: int) -> ExportWriteError:
    """One clear line for an output that cannot be written; the journal stays resumable."""
    problem = _WRITE_PROBLEMS.get(exc.errno or 0, exc.strerror or str(exc))
    code = errno.errorcode.get(exc.errno or 0, "")
    where = f" ({exc.filename})" if exc.filename and str(exc.filename) != str(out) else ""
    return ExportWriteError(
        f"cannot write {out}{where}: {problem}{f' [{code}]' if code else ''}. The {rows_safe:,} rows "
        "written before are safe; free space or fix the folder's permissions, then rerun with "
        "resume=True (--resume) to continue, or choose another output file", exc.errno)


class _OutputLock:
    """An exclusive lock on ``OUT.lock`` (``flock``) for the length of one export.

    A second export to the same output fails at once with :class:`ExportLockedError`. The
    operating system drops the lock when its process dies, so the lock file a ``kill -9`` leaves
    behind never blocks a ``--resume``; a finished export deletes it.
    """

    def __init__(self, out: FsPath) -> None:
        self.out = out
        self.path = out.with_name(out.name + ".lock")
        self._fd: int | None = None

    def __enter__(self) -> "_OutputLock":
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows: no flock
            logger.warning("no file locking on this platform: do not run two exports to %s", self.out)
            return self
        while True:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise _write_error(exc, self.out, 0) from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                if exc.errno not in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                    raise _write_error(exc, self.out, 0) from None
                raise ExportLockedError(
                    f"another export is writing {self.out} right now (it holds {self.path.name}); "
                    "wait for it to finish or choose another output file (a lock left by a killed "
                    "export is released by the system and does not block --resume)") from None
            try:  # a finishing export may have deleted the file we locked: lock the new one
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if same:
                self._fd = fd
                try:  # the holder's pid, for a person looking at the lock file
                    os.ftruncate(fd, 0)
                    os.write(fd, f"{os.getpid()}\n".encode())
                except OSError:  # a full disk: the lock holds without it
                    pass
                return self
            os.close(fd)

    def __exit__(self, *exc: Any) -> None:
        if self._fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)  # while still holding it (see __enter__)
        except OSError:
            pass
        os.close(self._fd)
        self._fd = None


def _key(user: str, item: str) -> int:
    return zlib.crc32(f"{user}\x1f{item}".encode("utf-8", "replace"))


def _fsync_dir(folder: FsPath) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- final files
def _final_keys(out: FsPath, fmt: ExportFormat) -> dict[int, int]:
    """row -> key of the records in a finished CSV / Parquet output."""
    keys: dict[int, int] = {}
    if fmt == "csv":
        with open(out, encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, None)
            if not header or header[: len(FLAT_COLUMNS)] != list(FLAT_COLUMNS):
                raise ExportFormatError(
                    f"{out} is not a kgexplain CSV export (its header does not start with "
                    f"{list(FLAT_COLUMNS[:4])}...); choose another output file")
            ri, ui, ii = (header.index(c) for c in ("row", "user", "item"))
            for cells in reader:
                if cells:
                    keys[int(cells[ri])] = _key(cells[ui], cells[ii])
    else:
        import pyarrow.parquet as pq

        try:
            table = pq.read_table(out, columns=["row", "user", "item"])
        except Exception as exc:  # pyarrow raises several types for foreign files
            raise ExportFormatError(f"{out} is not a readable kgexplain Parquet export ({exc}); "
                                    "choose another output file") from None
        for r, u, i in zip(*(table.column(c).to_pylist() for c in ("row", "user", "item"))):
            keys[int(r)] = _key(u or "", i or "")
    return keys


def _finalize(out: FsPath, fmt: ExportFormat, journal: _Journal, carried: Sequence[str]) -> int:
    """Write OUT = existing OUT rows + journal rows not in it, atomically; return the row count."""
    tmp = out.with_name(out.name + ".tmp")
    have_old = out.exists()
    old_rows: set[int] = set()
    n = 0
    if fmt == "csv":
        header = _csv_header(carried)
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            if have_old:
                with open(out, encoding="utf-8", newline="") as old:
                    reader = csv.reader(old)
                    old_header = next(reader, None)
                    if old_header != header:
                        raise ExportFormatError(
                            f"{out} has columns {old_header}, this export writes {header}; the "
                            "pairs file's columns changed — choose another output file")
                    for cells in reader:
                        if cells:
                            old_rows.add(int(cells[0]))
                            writer.writerow(cells)
                            n += 1
            for rec in journal.records():
                if rec["row"] in old_rows:
                    continue
                writer.writerow(_flat_csv(rec, carried))
                n += 1
            fh.flush()
            os.fsync(fh.fileno())
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = _parquet_schema(carried)
        with pq.ParquetWriter(tmp, schema) as writer:
            if have_old:
                old_file = pq.ParquetFile(out)
                if old_file.schema_arrow != schema:
                    raise ExportFormatError(
                        f"{out} has another schema than this export writes (the pairs file's "
                        "columns changed?); choose another output file")
                for batch in old_file.iter_batches():
                    old_rows.update(batch.column("row").to_pylist())
                    writer.write_batch(batch)
                    n += batch.num_rows
            buf: list[dict[str, Any]] = []
            for rec in journal.records():
                if rec["row"] in old_rows:
                    continue
                buf.append(_flat_parquet(rec, carried))
                if len(buf) >= _PARQUET_CHUNK:
                    writer.write_table(pa.Table.from_pylist(buf, schema=schema))
                    n += len(buf)
                    buf = []
            if buf:
                writer.write_table(pa.Table.from_pylist(buf, schema=schema))
                n += len(buf)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
    os.replace(tmp, out)
    _fsync_dir(out.parent)
    journal.delete()
    _fsync_dir(out.parent)
    return n


# --------------------------------------------------------------------------- work
_WORKER_EXPLAINER: Any = None
# setup problems (a missing model, a bad option, no memory) end the run instead of filling it
# with error records; anything else is one pair's problem
_FATAL = (ConfigError, ModelNotFoundError, ImportError, MemoryError)


def _records(explainer: Any, rows: Sequence[PairRow], batch_size: int) -> list[dict[str, Any]]:
    """Explain rows (in order) into output records; never raises for a bad row."""
    from kgexplain.records import Explanation, Verdict

    out: dict[int, dict[str, Any]] = {}
    good = [r for r in rows if r.error is None]

    def error_record(r: PairRow, message: str) -> dict[str, Any]:
        e = Explanation(user=r.user, item=r.item, text=None, source=None,
                        verdict=Verdict(supported=False, reason=message), error=message,
                        meta=explainer.meta())
        return e.to_dict()

    try:
        explained = list(explainer.explain_many([(r.user, r.item) for r in good],
                                                batch_size=batch_size))
        for r, e in zip(good, explained):
            out[r.row] = e.to_dict()
    except _FATAL:
        raise
    except Exception:  # a bug in one stage must not end a long export: isolate the bad pair
        logger.exception("batch of %d pairs failed; retrying its pairs one by one", len(good))
        for r in good:
            try:
                out[r.row] = next(iter(explainer.explain_many([(r.user, r.item)], batch_size=1))).to_dict()
            except _FATAL:
                raise
            except Exception as exc:
                logger.exception("pair (%s, %s) failed", r.user, r.item)
                out[r.row] = error_record(r, f"internal error: {type(exc).__name__}: {exc}")
    records = []
    for r in rows:
        body = out.get(r.row) if r.error is None else error_record(r, r.error)
        rec: dict[str, Any] = {"row": r.row}
        rec.update(body)  # type: ignore[arg-type]
        # an unreadable id stays as read, so resume checks match the input
        rec["user"], rec["item"] = r.user, r.item
        rec.update(r.carried)
        records.append(rec)
    return records


def _worker_init(threads: int, explainer: Any = None) -> None:
    global _WORKER_EXPLAINER
    import signal

    # Ctrl-C reaches the whole process group: the parent stops the run (and says how to resume);
    # a worker finishes its batch quietly instead of printing a KeyboardInterrupt traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if explainer is not None:  # forkserver: the explainer comes pickled
        _WORKER_EXPLAINER = explainer
    os.environ["OMP_NUM_THREADS"] = str(threads)
    os.environ["MKL_NUM_THREADS"] = str(threads)
    torch = sys.modules.get("torch")
    if torch is not None:
        torch.set_num_threads(threads)


def _worker_run(rows: list[PairRow], batch_size: int) -> list[dict[str, Any]]:
    return _records(_WORKER_EXPLAINER, rows, batch_size)


def _batches(rows: Iterator[PairRow], size: int) -> Iterator[list[PairRow]]:
    batch: list[PairRow] = []
    for r in rows:
        batch.append(r)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# --------------------------------------------------------------------------- API
def _format_of(out: FsPath, fmt: str | None) -> ExportFormat:
    if fmt is not None:
        f = fmt.lower().lstrip(".")
        f = {"ndjson": "jsonl", "pq": "parquet"}.get(f, f)
        if f not in ("jsonl", "csv", "parquet"):
            raise ConfigError(f"unknown export format {fmt!r}; choose jsonl, csv or parquet")
        return f  # type: ignore[return-value]
    try:
        return _SUFFIXES[out.suffix.lower()]
    except KeyError:
        raise ConfigError(
            f"cannot tell the export format of {str(out)!r} from its suffix; name it .jsonl, .csv "
            "or .parquet, or pass format='jsonl'|'csv'|'parquet' (--format)") from None


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
) -> ExportSummary:
    """Explain every pair of a CSV and write one record per pair (see the module docs).

    Args:
        graph: a :class:`KnowledgeGraph`, a graph file/folder, or ``None`` for the example graph.
        pairs: CSV with a header naming ``user`` and ``item`` columns; other columns are carried.
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

    Returns:
        An :class:`ExportSummary`.

    Raises:
        InvalidArgumentError: an argument has the wrong type (checked before any file is read).
        MissingColumnError: the pairs file lacks a user or item column.
        ConfigError: bad options, or ``out`` exists and neither ``resume`` nor ``overwrite`` is set.
        ExportFormatError: ``out`` holds rows of another pairs file or is not a kgexplain export.
    """
    t0 = time.perf_counter()
    _check_arguments(graph, pairs, out, format, explainer,
                     {"resume": resume, "overwrite": overwrite, "progress": progress},
                     {"user_col": user_col, "item_col": item_col})
    for name, value in (("batch_size", batch_size), ("workers", workers)):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ConfigError(f"{name} must be an int >= 1, got {short_repr(value)}")
    out = FsPath(out)
    fmt = _format_of(out, format)
    src = _PairsFile(pairs, user_col, item_col)
    with _OutputLock(out):
        run = _ExportRun(out, fmt, src, batch_size, workers, progress)
        run.prepare(resume, overwrite)
        if explainer is None:
            from kgexplain.pipeline import Explainer

            kg = _load_graph(graph)
            explainer = Explainer(kg, verbalizer=verbalizer, retriever=retriever, config=config)
        elif graph is not None and isinstance(graph, KnowledgeGraph) and graph is not explainer.kg:
            raise ConfigError("export_pairs got both a graph and an explainer over another graph; "
                              "pass only the explainer")
        run.explain(explainer)
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

    def __init__(self, out: FsPath, fmt: ExportFormat, src: _PairsFile, batch_size: int,
                 workers: int, progress: bool) -> None:
        self.out, self.fmt, self.src = out, fmt, src
        self.batch_size, self.workers, self.progress = batch_size, workers, progress
        self.journal = _Journal(out if fmt == "jsonl" else out.with_name(out.name + ".partial.jsonl"))
        self.final_exists = fmt != "jsonl" and out.exists()
        self.done: dict[int, int] = {}
        self.n_pairs = 0
        self.counter = _Counter()

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
                raise _write_error(exc, out, 0) from None
            self.final_exists = False
        if resume:
            if self.final_exists:
                self.done.update(_final_keys(out, self.fmt))
            try:
                journal.recover()
            except OSError as exc:
                raise _write_error(exc, out, journal.lines()) from None
            for rec in journal.records():
                self.done[rec["row"]] = _key(str(rec.get("user") or ""), str(rec.get("item") or ""))
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
            escaped = _key(escape_formula(r.user), escape_formula(r.item)) if escape else None
            if key != _key(r.user, r.item) and key != escaped:
                raise ExportFormatError(
                    f"row {r.row} of {self.out} does not name the pair ({r.user}, {r.item}) of "
                    f"{self.src.path} line {r.line}: the output belongs to another pairs file; "
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
                raise _write_error(exc, self.out, len(self.done) + counter.rows) from None
            for rec in records:
                counter.add(rec)
            if bar is not None:
                bar.update(len(records))
                bar.set_postfix(errors=counter.errors, fallbacks=counter.fallbacks, refresh=False)

        try:
            journal.open()
        except OSError as exc:
            raise _write_error(exc, self.out, len(self.done)) from None
        try:
            batches = _batches(self._todo(), self.batch_size)
            if self.workers == 1 or remaining <= self.batch_size:
                for batch in batches:
                    write(_records(explainer, batch, self.batch_size))
            else:
                _run_parallel(explainer, batches, self.batch_size, self.workers, write)
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
                total = _finalize(out, self.fmt, journal, self.src.carried_names)
            except OSError as exc:
                out.with_name(out.name + ".tmp").unlink(missing_ok=True)
                raise _write_error(exc, out, len(self.done) + self.counter.rows) from None
        if total != self.n_pairs:
            logger.error("%s holds %d records but %s has %d pairs", out, total, self.src.path,
                         self.n_pairs)
        return total


def _unloaded_copy(explainer: Any) -> Any:
    """An explainer with the same stage specs and config whose stages are not loaded yet.

    Models loaded in the parent must not cross a fork: a CTranslate2 translator (or an OpenMP
    pool) inherited by a child waits forever for threads that only exist in the parent. Stages
    given by name or class are rebuilt in each worker; stages given as instances are inherited.
    """
    specs = getattr(explainer, "stage_specs", None)
    if not isinstance(specs, dict) or not hasattr(explainer, "unloaded_copy"):
        logger.warning("workers > 1 with a %s: its stages are inherited by the forked workers; "
                       "give stages by name so each worker loads its own", type(explainer).__name__)
        return explainer
    shared = [k for k, v in specs.items() if v is not None and not isinstance(v, (str, type))]
    if shared:
        logger.warning("stage(s) %s were given as instances and are shared with the forked workers; "
                       "a model loaded before the fork may hang them — give stages by name "
                       "(e.g. verbalizer='seq2seq') to load one per worker", shared)
    return explainer.unloaded_copy()


def _run_parallel(explainer: Any, batches: Iterator[list[PairRow]], batch_size: int,
                  workers: int, write: Any) -> None:
    """Run batches in forked workers, at most ``2 * workers`` in flight, writing in input order."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    global _WORKER_EXPLAINER
    methods = mp.get_all_start_methods()
    if "fork" not in methods:  # pragma: no cover - Windows
        raise ConfigError("workers > 1 needs the 'fork' start method (Linux, macOS); "
                          "use workers=1 on this platform")
    explainer.kg.compile()  # compiled once here; the workers share the arrays copy-on-write
    threads = max(1, (os.cpu_count() or 1) // workers)
    copy = _unloaded_copy(explainer)
    if "ctranslate2" in sys.modules and "forkserver" in methods:
        # CTranslate2 already ran in this process: a forked child would hang in it, so the
        # workers start from a clean fork server and get the (unloaded) explainer pickled
        logger.info("CTranslate2 is loaded in this process: starting workers from a fork server")
        ctx = mp.get_context("forkserver")
        initargs: tuple[Any, ...] = (threads, copy)
    else:
        ctx = mp.get_context("fork")
        _WORKER_EXPLAINER = copy
        initargs = (threads, None)
    try:
        with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_worker_init,
                                 initargs=initargs) as pool:
            window: deque[Any] = deque()
            try:
                for batch in batches:
                    window.append(pool.submit(_worker_run, batch, batch_size))
                    if len(window) >= 2 * workers:
                        write(window.popleft().result())
                while window:
                    write(window.popleft().result())
            except KeyboardInterrupt:  # unwritten batches are dropped; resume explains them again
                pool.shutdown(wait=True, cancel_futures=True)
                raise
    except BrokenProcessPool as exc:
        raise KGExplainError(
            f"a worker process died ({exc}); the rows written so far are safe — rerun with "
            "resume=True (--resume), perhaps with fewer workers if memory ran out") from None
    finally:
        _WORKER_EXPLAINER = None
