"""Limits on untrusted graph input, and the bounded readers that enforce them.

Every loader in :mod:`kgexplain.io` reads its files through :func:`read_text`, so each file is
checked the same way before a parser sees it:

* it is a regular file (a FIFO, a device such as ``/dev/zero`` or a symlink to one is refused
  without blocking);
* at most :attr:`LoadLimits.max_bytes` bytes are read, *after* gzip decompression (a small
  ``.gz`` that expands to gigabytes stops at the limit), and a corrupt gzip stream is a
  :class:`~kgexplain.errors.GraphFormatError`;
* the bytes are strict UTF-8 (an optional BOM is dropped); the error names the line;
* line-oriented formats (CSV/TSV, RecBole, N-Triples, Turtle) have no line longer than
  :attr:`LoadLimits.max_line_bytes`;
* YAML is read with :func:`safe_yaml`: the safe loader, no anchors or aliases (a 1 KB "billion
  laughs" alias bomb is refused, not expanded) and at most :attr:`LoadLimits.max_depth` levels.

Limits are a frozen :class:`LoadLimits`; pass one to ``KnowledgeGraph.load(path, limits=...)``
to raise or lower a bound for one call (the defaults are :data:`DEFAULT_LIMITS`).

>>> LoadLimits().max_literal_chars
131072
>>> LoadLimits(max_bytes=8 * 2**30).max_bytes   # a 8 GiB graph file
8589934592
"""

from __future__ import annotations

import gzip
import logging
import os
import re
import stat
import zlib
from dataclasses import dataclass
from pathlib import Path as FsPath
from typing import Any

import yaml

from kgexplain.errors import GraphFormatError, InputTooLargeError, UnsafeInputError

logger = logging.getLogger(__name__)

__all__ = [
    "LoadLimits",
    "DEFAULT_LIMITS",
    "read_bytes",
    "read_text",
    "check_line_lengths",
    "check_table_text",
    "safe_yaml",
]

_CHUNK = 1 << 20


@dataclass(frozen=True)
class LoadLimits:
    """Bounds on what a loader accepts from a file (each one says how to raise it).

    Args:
        max_bytes: bytes read from one file, counted after gzip decompression (1 GiB; a graph
            is held in memory, so a bigger file needs far more RAM than this anyway).
        max_line_bytes: longest line of a line-oriented file: CSV/TSV, RecBole, N-Triples,
            Turtle (256 KiB; rdflib parses a long N-Triples line in quadratic time).
        max_literal_chars: longest label, alias, RDF literal or triple-quoted Turtle string
            (131,072 characters, the same bound Python's ``csv`` module puts on one field).
        max_yaml_bytes: size of a ``relations.yaml`` registry (4 MiB).
        max_depth: nesting depth of YAML and JSON values (JSON-LD documents, ``attrs`` columns,
            ``kgx:json`` literals): 64.
    """

    max_bytes: int = 1 << 30
    max_line_bytes: int = 256 << 10
    max_literal_chars: int = 131_072
    max_yaml_bytes: int = 4 << 20
    max_depth: int = 64

    def __post_init__(self) -> None:
        from kgexplain.errors import ConfigError

        for name in ("max_bytes", "max_line_bytes", "max_literal_chars", "max_yaml_bytes", "max_depth"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
                raise ConfigError(f"LoadLimits.{name} must be a positive int, got {value!r}")


DEFAULT_LIMITS = LoadLimits()
"""The limits a loader uses when none are passed."""


def _open_regular(path: FsPath) -> int:
    """Open ``path`` read-only without blocking, refusing anything but a regular file."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        from kgexplain.errors import GraphFileNotFoundError

        raise GraphFileNotFoundError(f"{path}: the file does not exist") from None
    except OSError as exc:
        raise GraphFormatError(f"cannot open the file ({exc.strerror}); check its permissions", path) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        kind = (
            "a FIFO" if stat.S_ISFIFO(mode)
            else "a character device" if stat.S_ISCHR(mode)
            else "a block device" if stat.S_ISBLK(mode)
            else "a socket" if stat.S_ISSOCK(mode)
            else "a directory" if stat.S_ISDIR(mode)
            else "not a regular file"
        )
        raise UnsafeInputError(
            f"refused: this is {kind}, not a regular file (a FIFO blocks and a device such as "
            "/dev/zero never ends); copy the data into a regular file",
            path,
        )
    return fd


def read_bytes(path: FsPath, limits: LoadLimits = DEFAULT_LIMITS) -> bytes:
    """The bytes of a regular file, gunzipped when its name ends in ``.gz``, at most
    ``limits.max_bytes`` of them (else :class:`~kgexplain.errors.InputTooLargeError`)."""
    path = FsPath(path)
    fd = _open_regular(path)
    try:
        os.set_blocking(fd, True)
    except OSError:  # pragma: no cover - a regular file always allows it
        pass
    raw = os.fdopen(fd, "rb")
    gz = path.name.lower().endswith(".gz")
    chunks: list[bytes] = []
    total = 0
    try:
        with raw:
            stream: Any = gzip.GzipFile(fileobj=raw, mode="rb") if gz else raw
            while True:
                chunk = stream.read(_CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if total > limits.max_bytes:
                    what = "decompresses to" if gz else "holds"
                    raise InputTooLargeError(
                        f"the file {what} more than {limits.max_bytes:,} bytes "
                        f"(LoadLimits.max_bytes); pass limits=LoadLimits(max_bytes=...) to allow more",
                        path,
                    )
                chunks.append(chunk)
    except (OSError, EOFError, zlib.error) as exc:  # BadGzipFile is an OSError
        what = "gzip stream" if gz else "file"
        raise GraphFormatError(
            f"cannot read the {what} ({exc or type(exc).__name__}); is it really "
            f"{'a complete gzip file' if gz else 'a readable file'}?",
            path,
        ) from None
    return b"".join(chunks)


def read_text(path: FsPath, limits: LoadLimits = DEFAULT_LIMITS, *, lines: bool = False) -> str:
    """:func:`read_bytes`, then strict UTF-8 (a BOM is dropped); with ``lines=True`` also
    :func:`check_line_lengths`."""
    data = read_bytes(path, limits)
    if lines:
        check_line_lengths(data, path, limits)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise GraphFormatError(
            f"byte {data[exc.start]:#04x} at offset {exc.start} is not valid UTF-8; re-encode "
            "the file as UTF-8 (e.g. `iconv -f latin1 -t utf-8`)",
            path,
            line,
        ) from None


def check_line_lengths(data: bytes, path: object, limits: LoadLimits = DEFAULT_LIMITS) -> None:
    """Raise :class:`~kgexplain.errors.InputTooLargeError` at the first line longer than
    ``limits.max_line_bytes`` (linear time, chunk by chunk)."""
    limit = limits.max_line_bytes
    if len(data) <= limit:
        return
    start = 0
    line = 1
    n = len(data)
    while start < n:
        end = data.find(b"\n", start, start + limit + 1)
        if end < 0:
            if n - start > limit:
                raise InputTooLargeError(
                    f"a line is longer than {limit:,} bytes (LoadLimits.max_line_bytes); split it "
                    "or pass limits=LoadLimits(max_line_bytes=...)",
                    path,
                    line,
                )
            return
        start = end + 1
        line += 1


_TABLE_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")


def check_table_text(text: str, path: object) -> None:
    """Refuse control characters (other than tab and line ends) anywhere in a table: no id,
    label or field of a CSV/TSV/RecBole file may hold one, and one regex pass is far cheaper than
    checking every field."""
    bad = _TABLE_CONTROLS.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise GraphFormatError(
            f"the control character {bad.group()!r} is not allowed in a table (ids, labels and "
            "fields hold none: remove escape codes and NUL bytes, or escape them inside JSON)",
            path,
            line,
        )


class _NoAliasLoader(yaml.SafeLoader):
    """PyYAML's safe loader that refuses anchors/aliases and deep nesting."""

    max_depth = DEFAULT_LIMITS.max_depth
    _depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent) or getattr(self.peek_event(), "anchor", None):
            event = self.peek_event()
            raise yaml.constructor.ConstructorError(
                None, None,
                "YAML anchors and aliases (&name / *name) are refused: one alias bomb of 1 KB "
                "expands to gigabytes; write the values out",
                event.start_mark,
            )
        self._depth += 1
        try:
            if self._depth > self.max_depth:
                raise yaml.constructor.ConstructorError(
                    None, None,
                    f"the YAML nests deeper than {self.max_depth} levels (LoadLimits.max_depth)",
                    self.peek_event().start_mark,
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


def safe_yaml(text: str, path: object, limits: LoadLimits = DEFAULT_LIMITS) -> Any:
    """Parse YAML safely: plain data only, no anchors/aliases, bounded size and depth."""
    if len(text) > limits.max_yaml_bytes:
        raise InputTooLargeError(
            f"the YAML is larger than {limits.max_yaml_bytes:,} characters "
            "(LoadLimits.max_yaml_bytes); pass limits=LoadLimits(max_yaml_bytes=...) to allow more",
            path,
        )
    loader = None
    try:
        loader = _NoAliasLoader(text)  # the reader already refuses some characters here
        loader.max_depth = limits.max_depth
        return loader.get_single_data()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        line = mark.line + 1 if mark is not None else None
        raise GraphFormatError(f"invalid YAML: {problem}", path, line) from None
    except RecursionError:
        raise GraphFormatError(
            f"the YAML nests too deeply (LoadLimits.max_depth is {limits.max_depth})", path
        ) from None
    finally:
        if loader is not None:
            loader.dispose()
