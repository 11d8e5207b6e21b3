"""Output rows: the JSONL, CSV and Parquet forms of an export record, and the format of an output.

A record is ``{"row": n, **Explanation.to_dict(), **carried}``. JSONL writes it as one compact
line (:func:`to_json`); CSV flattens it into :data:`FLAT_COLUMNS` plus the carried columns, with
nested fields as compact JSON and every text cell defused against formula injection
(:func:`escape_formula`); Parquet keeps ``paths``, ``path_scores``, ``facts`` and ``claims``
nested (:func:`parquet_schema`). pyarrow is imported on first use.

>>> format_of(FsPath("out.ndjson"), None), format_of(FsPath("out.csv"), "pq")
('jsonl', 'parquet')
"""

from __future__ import annotations

import json
import re
import zlib
from pathlib import Path as FsPath
from typing import Any, Literal, Mapping, Sequence

from kgexplain.errors import ConfigError

__all__ = [
    "ExportFormat", "FLAT_COLUMNS", "escape_formula", "to_json", "flat_csv_row", "csv_header",
    "parquet_schema", "flat_parquet_row", "format_of", "pair_key",
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


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def flat_csv_row(rec: Mapping[str, Any], carried: Sequence[str]) -> list[Any]:
    out: list[Any] = []
    for col in FLAT_COLUMNS:
        if col == "supported":
            v: Any = bool((rec.get("verdict") or {}).get("supported"))
        elif col in _NESTED:
            v = to_json(rec.get(col))
        else:
            v = rec.get(col)
            v = "" if v is None else v
        out.append(escape_formula(v))
    out.extend(escape_formula(rec.get(c, "")) for c in carried)
    return out


def csv_header(carried: Sequence[str]) -> list[str]:
    """The CSV header row; carried column names come from the pairs file, so they are escaped
    against formula injection like data cells."""
    return [escape_formula(c) for c in (*FLAT_COLUMNS, *carried)]


def parquet_schema(carried: Sequence[str]) -> Any:
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


def flat_parquet_row(rec: Mapping[str, Any], carried: Sequence[str]) -> dict[str, Any]:
    out = {c: rec.get(c) for c in FLAT_COLUMNS}
    out["supported"] = bool((rec.get("verdict") or {}).get("supported"))
    out["verdict"] = to_json(rec.get("verdict"))
    out["meta"] = to_json(rec.get("meta"))
    for c in carried:
        out[c] = rec.get(c)
    return out


def format_of(out: FsPath, fmt: str | None) -> ExportFormat:
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


def pair_key(user: str, item: str) -> int:
    return zlib.crc32(f"{user}\x1f{item}".encode("utf-8", "replace"))
