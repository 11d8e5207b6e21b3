"""The crash-safe journal and the final file.

Results are appended to a JSONL *journal* in input order, one batch per ``write`` + ``fsync``; a
trailing line without its newline is the torn write of a killed process and is cut on resume
(:meth:`Journal.recover`). For CSV and Parquet outputs :func:`finalize` converts the journal into
``OUT.tmp``, fsyncs it and renames it onto ``OUT`` (rows already in ``OUT`` first, then the
journal rows not among them), and only then deletes the journal. :func:`write_error` turns an
``OSError`` (disk full, read-only folder) into one :class:`~kgexplain.errors.ExportWriteError`.
"""

from __future__ import annotations

import csv
import errno
import json
import logging
import os
from pathlib import Path as FsPath
from typing import Any, Iterable, Iterator, Mapping, Sequence

from kgexplain.errors import ExportFormatError, ExportWriteError
from kgexplain.export.formats import (
    FLAT_COLUMNS,
    ExportFormat,
    csv_header,
    flat_csv_row,
    flat_parquet_row,
    pair_key,
    parquet_schema,
    to_json,
)

logger = logging.getLogger(__name__)

__all__ = ["Journal", "write_all", "write_error", "fsync_dir", "final_keys", "finalize"]

_PARQUET_CHUNK = 1024


class Journal:
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
        data = "".join(to_json(r) + "\n" for r in records).encode("utf-8")
        if not data:
            return
        start = os.fstat(self._fh).st_size
        try:
            write_all(self._fh, data)
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


def write_all(fd: int, data: bytes) -> None:
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


def write_error(exc: OSError, out: FsPath, rows_safe: int) -> ExportWriteError:
    """One clear line for an output that cannot be written; the journal stays resumable."""
    problem = _WRITE_PROBLEMS.get(exc.errno or 0, exc.strerror or str(exc))
    code = errno.errorcode.get(exc.errno or 0, "")
    where = f" ({exc.filename})" if exc.filename and str(exc.filename) != str(out) else ""
    return ExportWriteError(
        f"cannot write {out}{where}: {problem}{f' [{code}]' if code else ''}. The {rows_safe:,} rows "
        "written before are safe; free space or fix the folder's permissions, then rerun with "
        "resume=True (--resume) to continue, or choose another output file", exc.errno)


def fsync_dir(folder: FsPath) -> None:
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


def final_keys(out: FsPath, fmt: ExportFormat) -> dict[int, int]:
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
                    keys[int(cells[ri])] = pair_key(cells[ui], cells[ii])
    else:
        import pyarrow.parquet as pq

        try:
            table = pq.read_table(out, columns=["row", "user", "item"])
        except Exception as exc:  # pyarrow raises several types for foreign files
            raise ExportFormatError(f"{out} is not a readable kgexplain Parquet export ({exc}); "
                                    "choose another output file") from None
        for r, u, i in zip(*(table.column(c).to_pylist() for c in ("row", "user", "item"))):
            keys[int(r)] = pair_key(u or "", i or "")
    return keys


def finalize(out: FsPath, fmt: ExportFormat, journal: Journal, carried: Sequence[str]) -> int:
    """Write OUT = existing OUT rows + journal rows not in it, atomically; return the row count."""
    tmp = out.with_name(out.name + ".tmp")
    have_old = out.exists()
    old_rows: set[int] = set()
    n = 0
    if fmt == "csv":
        header = csv_header(carried)
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
                writer.writerow(flat_csv_row(rec, carried))
                n += 1
            fh.flush()
            os.fsync(fh.fileno())
    else:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = parquet_schema(carried)
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
                buf.append(flat_parquet_row(rec, carried))
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
    fsync_dir(out.parent)
    journal.delete()
    fsync_dir(out.parent)
    return n
