"""Delimited rows: checked table text, a line-numbered ``csv`` reader and the header check that
the CSV/TSV tables and the RecBole atomic files share."""

from __future__ import annotations

import csv
import io as _io
from pathlib import Path as FsPath
from typing import Any, Iterator

from kgexplain.errors import EmptyGraphError, GraphFormatError, MissingColumnError
from kgexplain.io._files import suffix_of
from kgexplain.limits import LoadLimits, check_table_text, read_text

__all__ = ["TABLE_DELIMS", "read_rows", "table_text", "read_header"]

TABLE_DELIMS = {".csv": ",", ".tsv": "\t"}
"""The delimiter of a triples or entity table, by suffix."""


def read_rows(path: FsPath, text: str, delim: str | None = None, **fmt: Any) -> Iterator[tuple[int, list[str]]]:
    suffix, _ = suffix_of(path)
    delim = delim or TABLE_DELIMS.get(suffix, ",")
    reader = csv.reader(_io.StringIO(text, newline=""), delimiter=delim, **fmt)
    try:
        for row in reader:
            yield reader.line_num, row
    except csv.Error as exc:
        hint = " (a field over csv.field_size_limit(), 131,072 characters by default)" if "limit" in str(exc) else ""
        raise GraphFormatError(f"malformed {suffix[1:].upper() or 'table'}: {exc}{hint}", path, reader.line_num) from None


def table_text(path: FsPath, limits: LoadLimits) -> str:
    text = read_text(path, limits, lines=True)
    check_table_text(text, path)
    return text


def read_header(path: FsPath, rows: Iterator[tuple[int, list[str]]], required: tuple[str, ...]) -> list[str]:
    try:
        _, header = next(rows)
    except StopIteration:
        raise EmptyGraphError(f"{path}: the file is empty; it needs a header row {','.join(required)}") from None
    header = [h.strip().lower() for h in header]
    missing = [c for c in required if c not in header]
    if missing:
        raise MissingColumnError(
            f"missing column(s) {missing}; the header row must name {list(required)} "
            f"(found {header})",
            path,
            1,
        )
    return header
