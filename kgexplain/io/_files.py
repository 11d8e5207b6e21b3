"""Graph file names: the suffix behind an optional ``.gz``, the stem that sidecars share, and a
gzip-aware text writer (reading goes through :mod:`kgexplain.limits`).

>>> from pathlib import Path
>>> suffix_of(Path("ratings.TSV.gz")), stem_of(Path("ratings.tsv.gz"))
(('.tsv', True), 'ratings')
"""

from __future__ import annotations

import gzip
import io as _io
from pathlib import Path as FsPath

__all__ = ["suffix_of", "stem_of", "open_text"]


def suffix_of(path: FsPath) -> tuple[str, bool]:
    """The lower-case last suffix behind an optional ``.gz``, and whether there was one."""
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    if gz:
        suffixes = suffixes[:-1]
    return (suffixes[-1] if suffixes else ""), gz


def stem_of(path: FsPath) -> str:
    """The name without ``.gz`` and its last suffix: what sidecar files are named after."""
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return name.rsplit(".", 1)[0]


def open_text(path: FsPath, mode: str = "w"):
    """A text writer (gzip when the name ends in ``.gz``); reading goes through :mod:`limits`."""
    _, gz = suffix_of(path)
    if gz:
        return _io.TextIOWrapper(gzip.GzipFile(path, "wb", mtime=0), encoding="utf-8", newline="")
    return open(path, "w", encoding="utf-8", newline="")
