"""The pairs reader: a recommender's (user, item) CSV, read row by row into :class:`PairRow` s.

The header must name a ``user`` and an ``item`` column (matched after stripping and
lower-casing); every other column is carried into the output as a string, renamed
``input_<name>`` when it clashes with an output field. Blank lines are skipped; a malformed line
or an empty id comes back as a row with ``error`` set, so it becomes an error record.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path as FsPath
from typing import Iterator, Mapping

from kgexplain.errors import ConfigError, MissingColumnError
from kgexplain.export.formats import FLAT_COLUMNS
from kgexplain.typing import PathLikeStr

__all__ = ["PairRow", "PairsFile", "read_pairs"]


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


class PairsFile:
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
    return list(PairsFile(path, user_col, item_col).rows())
