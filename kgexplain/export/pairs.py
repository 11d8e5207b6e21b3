"""The pairs readers: a recommender's (user, item) pairs, read row by row into :class:`PairRow` s.

:func:`open_pairs` picks the reader by suffix: :class:`ParquetPairsFile` for ``.parquet`` /
``.pq`` (a local path, or any URI pyarrow's file systems read, such as ``s3://`` or
``file://``), else :class:`PairsFile` (CSV). Both follow one set of column rules
(:func:`pair_columns`): the header (a Parquet file's column names) must name a ``user`` and an
``item`` column (matched after stripping and lower-casing); every other column is carried into
the output as a string, renamed ``input_<name>`` when it clashes with an output field. A row that
cannot be explained as read (a malformed CSV line, an empty or missing id) comes back with
``error`` set, so it becomes an error record; blank CSV lines are skipped.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path as FsPath
from typing import Any, Iterator, Mapping, Sequence

from kgexplain.errors import ConfigError, MissingColumnError
from kgexplain.export.formats import FLAT_COLUMNS
from kgexplain.typing import PathLikeStr

__all__ = ["PairColumns", "PairRow", "PairsFile", "PairsSource", "ParquetPairsFile", "open_pairs", "pair_columns",
           "read_pairs"]

PARQUET_SUFFIXES = (".parquet", ".pq")
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


@dataclass(frozen=True)
class PairRow:
    """One data row of a pairs file.

    Attributes:
        row: 0-based number among the non-blank data rows (the output's ``row`` field).
        line: 1-based line of the file where the row starts (Parquet: 1-based row of the table).
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


@dataclass(frozen=True)
class PairColumns:
    """Where a pairs file's ids are, and the columns it carries into the output.

    Attributes:
        header: the column names, stripped.
        user: index of the user column.
        item: index of the item column.
        carried: ``(index, output name)`` of every other column, in order.
    """

    header: tuple[str, ...]
    user: int
    item: int
    carried: tuple[tuple[int, str], ...]


def pair_columns(header: Sequence[str], user_col: str = "user", item_col: str = "item",
                 path: object = None, line: int | None = None) -> PairColumns:
    """The column rules of every pairs reader, from a header.

    >>> pair_columns(["User", " item ", "score", "text", ""]).carried
    ((2, 'score'), (3, 'input_text'), (4, 'column_4'))

    Raises:
        MissingColumnError: the header names no user or no item column.
    """
    names = tuple(str(h).strip() for h in header)
    norm = [h.lower() for h in names]
    missing = [c for c in (user_col, item_col) if c.lower() not in norm]
    if missing:
        raise MissingColumnError(
            f"pairs file lacks column(s) {missing}; its header is {list(names)}. Rename the "
            f"columns that hold user and item ids to {user_col!r} and {item_col!r} "
            f"(ids as in the graph, e.g. 'user:1', 'movie:1')", path=path, line=line)
    user, item = norm.index(user_col.lower()), norm.index(item_col.lower())
    reserved = set(FLAT_COLUMNS) | {"schema", "input"}
    carried = []
    for i, name in enumerate(names):
        if i in (user, item):
            continue
        out_name = name or f"column_{i}"
        if out_name in reserved:
            out_name = f"input_{out_name}"
        carried.append((i, out_name))
    return PairColumns(names, user, item, tuple(carried))


def _missing_ids(user: str, item: str, where: str) -> str | None:
    if user and item:
        return None
    which = " and ".join(c for c, v in (("user", user), ("item", item)) if not v)
    return f"missing value: {where} has an empty {which}"


class PairsSource:
    """What both readers offer: the path, the column rules, a row count and the rows."""

    path: Any
    columns: PairColumns

    @property
    def header(self) -> list[str]:
        return list(self.columns.header)

    @property
    def carried(self) -> list[tuple[int, str]]:
        return list(self.columns.carried)

    @property
    def carried_names(self) -> list[str]:
        return [n for _, n in self.columns.carried]

    def where(self, row: PairRow) -> str:
        """Where a row is in the file, for messages (``"line 7"``)."""
        return f"line {row.line}"

    def count(self) -> int:
        """Number of data rows (blank CSV lines excluded; bad rows included: each becomes an
        error record)."""
        return sum(1 for _ in self.rows())

    def rows(self) -> Iterator[PairRow]:  # pragma: no cover - each reader has its own
        raise NotImplementedError


class PairsFile(PairsSource):
    """A pairs CSV: header check, row count, row iteration."""

    def __init__(self, path: PathLikeStr, user_col: str = "user", item_col: str = "item") -> None:
        self.path = FsPath(path)
        if not self.path.is_file():
            problem = "is not a regular file" if self.path.exists() else "not found"
            raise ConfigError(f"pairs file {str(self.path)!r} {problem}; pass a CSV with a header "
                              f"row naming {user_col!r} and {item_col!r} columns (or a Parquet file)")
        with self._open() as fh:
            reader = csv.reader(fh)
            header = next((r for r in reader if r), None)
        if header is None:
            raise MissingColumnError(
                f"pairs file has no header row; its first line must name the columns, e.g. "
                f"'{user_col},{item_col},score'", path=self.path)
        self.columns = pair_columns(header, user_col, item_col, path=self.path, line=1)
        self.user_idx, self.item_idx = self.columns.user, self.columns.item

    def _open(self) -> io.TextIOWrapper:
        # utf-8-sig drops a BOM; undecodable bytes become U+FFFD (then an unknown id, not a crash)
        return open(self.path, encoding="utf-8-sig", errors="replace", newline="")

    def rows(self) -> Iterator[PairRow]:
        """Every non-blank data row, in file order; bad lines come back with ``error`` set."""
        cols = self.columns
        width = len(cols.header)
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
                user = cells[cols.user].strip() if cols.user < len(cells) else ""
                item = cells[cols.item].strip() if cols.item < len(cells) else ""
                carried = {name: cells[i] if i < len(cells) else "" for i, name in cols.carried}
                error = None
                if len(cells) != width:
                    error = (f"malformed CSV line {line}: expected {width} fields "
                             f"({', '.join(cols.header)}), got {len(cells)}")
                else:
                    error = _missing_ids(user, item, f"line {line}")
                yield PairRow(n, line, user, item, carried, error)
                n += 1


class ParquetPairsFile(PairsSource):
    """A pairs Parquet file, read in record batches (``pyarrow``'s ``iter_batches``).

    The column rules are the CSV reader's (:func:`pair_columns`, on the schema's names). Ids and
    carried values are read as strings: numbers, dates and booleans as pyarrow casts them to
    text, nested values as JSON, nulls as ``""``. A row with a null or empty id comes back with
    ``error`` set. ``path`` is a local file or a URI that pyarrow's file systems read
    (``file://``, ``s3://``, ``gs://``, ``hdfs://``; remote ones need their pyarrow support
    and credentials).

    Args:
        path: the Parquet file.
        user_col: name of the user column.
        item_col: name of the item column.
        batch_rows: rows per record batch read.
    """

    def __init__(self, path: PathLikeStr, user_col: str = "user", item_col: str = "item",
                 batch_rows: int = 65_536) -> None:
        text = str(path)
        self.path: Any = text if _URI.match(text) else FsPath(path)
        self.batch_rows = batch_rows
        if isinstance(self.path, FsPath) and not self.path.is_file():
            problem = "is not a regular file" if self.path.exists() else "not found"
            raise ConfigError(f"pairs file {text!r} {problem}; pass a Parquet file whose columns "
                              f"include {user_col!r} and {item_col!r} (or a CSV)")
        meta = self._file()
        try:
            schema = meta.schema_arrow
            self._rows = meta.metadata.num_rows
        finally:
            meta.close()
        self.columns = pair_columns(schema.names, user_col, item_col, path=self.path)
        self.user_idx, self.item_idx = self.columns.user, self.columns.item
        import pyarrow as pa

        for role, i in (("user", self.columns.user), ("item", self.columns.item)):
            kind = schema.field(i).type
            if pa.types.is_nested(kind) or pa.types.is_binary(kind) or pa.types.is_large_binary(kind):
                raise ConfigError(
                    f"the {role} column {schema.names[i]!r} of {text} holds {kind} values; ids must "
                    f"be strings such as 'user:1' (or numbers): write that column as text")

    def _file(self) -> Any:
        """The file opened as a ``pyarrow.parquet.ParquetFile`` (a typed error if it is not one)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        try:
            if isinstance(self.path, FsPath):
                return pq.ParquetFile(self.path)
            from pyarrow import fs as pafs

            filesystem, inner = pafs.FileSystem.from_uri(self.path)
            return pq.ParquetFile(filesystem.open_input_file(inner))
        except (pa.ArrowException, OSError) as exc:
            raise ConfigError(f"cannot read the pairs file {str(self.path)!r} as Parquet ({exc}); "
                              "pass a Parquet file (or a CSV with a header row)") from None

    def where(self, row: PairRow) -> str:
        return f"row {row.line}"

    def count(self) -> int:
        """Number of rows (from the file's metadata; every row is a data row)."""
        return self._rows

    def rows(self) -> Iterator[PairRow]:
        """Every row, in file order; a row with a null or empty id comes back with ``error`` set."""
        cols = self.columns
        wanted = [cols.user, cols.item, *(i for i, _ in cols.carried)]  # by position: every column
        pf = self._file()
        n = 0
        try:
            for batch in _batches(pf, self.batch_rows, self.path, lambda: n):
                users, items, *others = [_as_text(batch.column(i)) for i in wanted]
                for k in range(batch.num_rows):
                    user, item = users[k].strip(), items[k].strip()
                    carried = {name: col[k] for (_, name), col in zip(cols.carried, others)}
                    yield PairRow(n, n + 1, user, item, carried, _missing_ids(user, item, f"row {n + 1}"))
                    n += 1
        finally:
            pf.close()


def _batches(pf: Any, rows: int, path: Any, done: Any) -> Iterator[Any]:
    """``pf.iter_batches``, a damaged part of the file raised as a typed error."""
    import pyarrow as pa

    batches = pf.iter_batches(batch_size=rows)
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            return
        except (pa.ArrowException, OSError) as exc:
            raise ConfigError(f"the pairs file {str(path)!r} is damaged after row {done()} ({exc}); "
                              "repair or rewrite it, then resume the export") from None
        yield batch


def _as_text(column: Any) -> list[str]:
    """A pyarrow column as Python strings: cast to text where pyarrow can, nested values as
    JSON, nulls as ``""``."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type):
        values = column.to_pylist()
    elif pa.types.is_nested(column.type):
        values = [None if v is None else json.dumps(v, ensure_ascii=False, default=str)
                  for v in column.to_pylist()]
    else:
        try:
            values = pc.cast(column, pa.string()).to_pylist()
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
            values = [None if v is None else str(v) for v in column.to_pylist()]
    return ["" if v is None else v for v in values]


def open_pairs(path: PathLikeStr, user_col: str = "user", item_col: str = "item") -> PairsSource:
    """The reader for a pairs file, by suffix: Parquet for ``.parquet`` / ``.pq`` (a path or a
    URI pyarrow reads), else CSV.

    Raises:
        ConfigError: the file is missing or not readable as its format.
        MissingColumnError: it lacks a user or an item column.
    """
    text = str(path)
    suffix = FsPath(text.split("?", 1)[0]).suffix.lower() if _URI.match(text) else FsPath(path).suffix.lower()
    if suffix in PARQUET_SUFFIXES:
        return ParquetPairsFile(path, user_col, item_col)
    return PairsFile(path, user_col, item_col)


def read_pairs(path: PathLikeStr, user_col: str = "user", item_col: str = "item") -> list[PairRow]:
    """Read a pairs file (CSV, or Parquet by suffix; ``user`` and ``item`` columns) into
    :class:`PairRow` s.

    Raises:
        MissingColumnError: the header lacks a user or an item column.
    """
    return list(open_pairs(path, user_col, item_col).rows())
