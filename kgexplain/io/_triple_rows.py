"""The rows of a triples table as checked ``(head, relation, tail, attrs)`` tuples.

Two readers give the same rows for any table both accept:

* :func:`careful_triples` walks the table row by row and names the line of any problem (a wrong
  field count, an empty id, a cell that is not a number, a bad ``attrs`` JSON object);
* :func:`clean_triples` reads a clean table column by column, several times faster, and returns
  ``None`` at the first thing that is not plainly clean (a blank or short row, an empty id, a
  repeated column name, a number it cannot read, an attribute that fails its check), so the
  caller falls back to :func:`careful_triples`, which then raises the error with its line.

Ids and cells are stripped; ``weight``/``rating``/``timestamp`` cells become finite numbers
(empty: absent); an ``attrs`` cell is a JSON object merged in at its column's place; any other
column becomes a plain value (:func:`~kgexplain.io._values.parse_value`). Every attribute dict
that :func:`clean_triples` returns passes :func:`~kgexplain.graph.check_edge_attrs` unchanged,
so :func:`~kgexplain.graph.bulk.graph_from_checked_rows` can take its rows on trust.
"""

from __future__ import annotations

import csv
import io as _io
import math
from pathlib import Path as FsPath
from typing import Any

from kgexplain.errors import GraphFormatError, InvalidRecordError, KGExplainError
from kgexplain.graph import check_edge_attrs
from kgexplain.io._files import suffix_of
from kgexplain.io._rows import TABLE_DELIMS, read_header, read_rows
from kgexplain.io._values import edge_value, json_object, parse_value
from kgexplain.limits import LoadLimits

__all__ = ["EDGE_COLUMNS", "careful_triples", "clean_triples"]

EDGE_COLUMNS = ("weight", "rating", "timestamp")
"""Columns whose cells must be numbers (they become the edge attributes of the same name)."""

Row = tuple[str, str, str, dict[str, Any]]

_NO_ATTRS: dict[str, Any] = {}
"""The attributes of a row without any (shared: loaders copy attributes into the edge's dict)."""


def careful_triples(p: FsPath, text: str, limits: LoadLimits) -> list[Row]:
    """The rows of a table, read one at a time; raises with the line of the first problem."""
    rows = read_rows(p, text)
    header = read_header(p, rows, ("head", "relation", "tail"))
    col = {name: i for i, name in enumerate(header)}
    extra = [(i, name) for i, name in enumerate(header) if name not in ("head", "relation", "tail")]
    triples = []
    for line, row in rows:
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) != len(header):
            raise GraphFormatError(
                f"expected {len(header)} fields ({','.join(header)}), found {len(row)}; "
                "quote fields that contain the delimiter",
                p,
                line,
            )
        h, r, t = row[col["head"]].strip(), row[col["relation"]].strip(), row[col["tail"]].strip()
        if not (h and r and t):
            raise GraphFormatError("head, relation and tail must all be non-empty", p, line)
        attrs: dict[str, Any] = {}
        checked = True  # numbers and plain strings from the (already checked) text
        for i, name in extra:
            if name == "attrs":
                if row[i].strip():
                    attrs.update(json_object(row[i], "the attrs column", p, line, limits))
                    checked = False
            elif name in EDGE_COLUMNS:
                value = edge_value(name, row[i].strip(), p, line)
                if value is not None:
                    attrs[name] = value
            else:
                value = parse_value(row[i].strip())
                if value is not None:
                    attrs[name] = value
        if not checked:
            try:
                attrs = check_edge_attrs(h, r, t, attrs)
            except InvalidRecordError as exc:
                raise GraphFormatError(str(exc), p, line) from None
        triples.append((h, r, t, attrs))
    return triples


class _NotClean(Exception):
    """Internal: the table is not plainly clean; the careful reader takes over."""


def clean_triples(p: FsPath, text: str, limits: LoadLimits) -> list[Row] | None:
    """The rows :func:`careful_triples` returns, read column by column; ``None`` when the table
    is not plainly clean (the careful reader then says what is wrong, or reads it)."""
    try:
        return _clean_triples(p, text, limits)
    except (_NotClean, KGExplainError, csv.Error, ValueError, TypeError, OverflowError,
            RecursionError):
        return None


def _clean_triples(p: FsPath, text: str, limits: LoadLimits) -> list[Row]:
    suffix, _ = suffix_of(p)
    table = list(csv.reader(_io.StringIO(text, newline=""), delimiter=TABLE_DELIMS.get(suffix, ",")))
    if len(table) < 2:
        raise _NotClean
    header = [h.strip().lower() for h in table[0]]
    width = len(header)
    if len(set(header)) != width or not {"head", "relation", "tail"} <= set(header):
        raise _NotClean
    body = table[1:]
    if any(len(row) != width for row in body):  # blank lines, short or long rows
        raise _NotClean
    ids = []
    for name in ("head", "relation", "tail"):
        i = header.index(name)
        cells = [row[i].strip() for row in body]
        if "" in cells:
            raise _NotClean
        ids.append(cells)
    attrs: list[dict[str, Any]] = [_NO_ATTRS] * len(body)
    needs_check: set[int] = set()
    for i, name in enumerate(header):
        if name in ("head", "relation", "tail"):
            continue
        cells = [row[i].strip() for row in body]
        filled = [k for k, c in enumerate(cells) if c]
        if name == "attrs":
            values = [json_object(body[k][i], "the attrs column", p, 0, limits) for k in filled]
            for k, obj in zip(filled, values):
                _own(attrs, k).update(obj)
            needs_check.update(filled)
            continue
        values = _numbers([cells[k] for k in filled], name, p) if name in EDGE_COLUMNS \
            else _plain_values([cells[k] for k in filled])
        for k, value in zip(filled, values):
            _own(attrs, k)[name] = value
        if name not in EDGE_COLUMNS:
            needs_check.update(filled)
    heads, rels, tails = ids
    for k in needs_check:  # what from_triples would check (the careful reader checks JSON rows)
        attrs[k] = check_edge_attrs(heads[k], rels[k], tails[k], attrs[k])
    return list(zip(heads, rels, tails, attrs))


def _own(attrs: list[dict[str, Any]], k: int) -> dict[str, Any]:
    """Row ``k``'s own attribute dict (created on first write)."""
    d = attrs[k]
    if d is _NO_ATTRS:
        d = attrs[k] = {}
    return d


def _numbers(cells: list[str], name: str, p: FsPath) -> list[Any]:
    """:func:`~kgexplain.io._values.edge_value` of each (non-empty, stripped) cell."""
    try:
        values: list[Any] = list(map(int, cells))  # timestamps, whole ratings: one C loop
    except ValueError:
        seen: dict[str, Any] = {}
        for c in set(cells):
            seen[c] = edge_value(name, c, p, 0)
        return [seen[c] for c in cells]
    if not all(map(math.isfinite, values)):  # raises OverflowError past 1e308
        raise _NotClean
    return values


def _plain_values(cells: list[str]) -> list[Any]:
    """:func:`~kgexplain.io._values.parse_value` of each (non-empty, stripped) cell."""
    seen = {c: parse_value(c) for c in set(cells)}
    return [seen[c] for c in cells]
