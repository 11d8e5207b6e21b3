"""Cell and literal values: bounded JSON fields, numbers in edge columns, plain values from text
cells, and how attribute values JSON has no type for are written.

>>> parse_value("3"), parse_value("2.5"), parse_value("inf"), parse_value("")
(3, 2.5, 'inf', None)
"""

from __future__ import annotations

import datetime as _dt
import decimal
import json
import math
from pathlib import Path as FsPath
from typing import Any

from kgexplain._rdf_safety import bounded_json
from kgexplain.errors import GraphFormatError, InvalidRecordError
from kgexplain.limits import LoadLimits

__all__ = ["json_value", "json_object", "json_default", "dumps", "parse_value", "edge_value"]


def json_value(text: str, what: str, path: object, line: int | None, limits: LoadLimits) -> Any:
    """A JSON value from a file field, with its nesting bounded."""
    return bounded_json(text, what, path, line, limits)


def json_object(text: str, what: str, path: object, line: int | None, limits: LoadLimits) -> dict[str, Any]:
    value = json_value(text, what, path, line, limits)
    if not isinstance(value, dict):
        raise GraphFormatError(
            f"{what} must be a JSON object such as {{\"year\": 1995}}, got {type(value).__name__}",
            path,
            line,
        )
    return value


def json_default(value: Any) -> Any:
    """How :func:`save` writes attribute values JSON has no type for."""
    if isinstance(value, (_dt.date, _dt.time)):  # datetime is a date
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        return value.item()
    raise InvalidRecordError(
        f"an attribute value of type {type(value).__name__} cannot be saved; use strings, numbers, "
        "booleans, lists and mappings"
    )


def dumps(value: Any, **kwargs: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=json_default, **kwargs)


def parse_value(text: str) -> Any:
    if text == "":
        return None
    try:
        return int(text)
    except ValueError:
        pass
    try:
        value = float(text)
        return value if math.isfinite(value) else text
    except ValueError:
        return text


def edge_value(name: str, text: str, path: FsPath, line: int) -> Any:
    """A ``weight``/``rating``/``timestamp`` cell: empty, or a finite number."""
    if not text:
        return None
    try:
        value = int(text)
    except ValueError:
        try:
            value = float(text)
        except ValueError:
            raise GraphFormatError(
                f"column {name!r} must hold a number, got {text[:40]!r}; leave the cell empty when unknown",
                path,
                line,
            ) from None
    try:
        finite = math.isfinite(value)
    except OverflowError:  # an int past 1e308
        finite = False
    if not finite:
        raise GraphFormatError(
            f"column {name!r} must hold a finite number, got {text[:40]!r}; leave the cell empty when unknown",
            path,
            line,
        )
    return value
