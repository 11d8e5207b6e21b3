"""Loaded graphs kept in kgexplain's cache folder, so a large graph file is read and checked once.

:func:`cached_graph` returns the graph a loader builds from some files, rebuilt from a snapshot
(:mod:`kgexplain.graph.snapshot`) in ``<cache home>/graphs/`` when one was taken of the same
files before. A snapshot's name is a SHA-256 of everything the loaded graph depends on:

* the bytes of every input file (the triples table and its sidecars; a missing sidecar counts
  as missing, so adding one changes the key);
* the loader's arguments (limits, item types, a given relation registry);
* the code that reads and checks graphs (``kgexplain/io``, ``kgexplain/graph``, the records,
  the limits, the shipped relation registry), kgexplain's version and the numpy and networkx
  versions.

So an edited file, another argument or changed code never reads an old snapshot. Snapshots are
written to a temporary file unique to the process and moved into place with ``os.replace``, so
processes starting together never read a half-written one; a snapshot that cannot be read
(truncated, corrupt, another format) is rebuilt from the files, and one that cannot be written
is skipped. Graphs under :data:`MIN_TRIPLES` triples load fast enough and are not kept; nor is a
graph whose loading logged a warning (the loader says which: the warning would not be seen again).
"""

from __future__ import annotations

import hashlib
import json
import logging
import zipfile
from functools import lru_cache
from importlib import resources
from pathlib import Path as FsPath
from typing import Any, Callable, Sequence

import numpy as np

from kgexplain.cache import write_atomically
from kgexplain.graph import KnowledgeGraph
from kgexplain.graph.bulk import collector_paused
from kgexplain.graph.snapshot import SNAPSHOT_FORMAT, SnapshotError, graph_from_snapshot, graph_snapshot

logger = logging.getLogger(__name__)

__all__ = ["MIN_TRIPLES", "cached_graph", "snapshot_path"]

MIN_TRIPLES = 20_000
"""Graphs with fewer triples are built from their files every time (well under a second)."""

_CODE = ("io", "graph", "records.py", "limits.py", "errors.py", "_rdf_safety.py", "typing.py",
         "templates/relations.yaml")
"""The parts of the package (folders: their ``.py`` files) that decide what a loaded graph is."""


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the code and versions that decide what a loader returns."""
    import networkx

    from kgexplain import __version__

    h = hashlib.sha256(f"{SNAPSHOT_FORMAT}|{__version__}|{np.__version__}|{networkx.__version__}".encode())
    root = resources.files("kgexplain")
    for part in _CODE:
        node = root.joinpath(*part.split("/"))
        files = sorted((c for c in node.iterdir() if c.name.endswith(".py")), key=lambda c: c.name) \
            if node.is_dir() else [node]
        for f in files:
            h.update(f"\x00{part}/{f.name}\x00".encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def snapshot_path(files: Sequence[FsPath | None], params: dict[str, Any]) -> FsPath | None:
    """Where the snapshot of the graph loaded from ``files`` with ``params`` is kept, or None
    when an input is not a regular file (the loader then says what is wrong with it)."""
    from kgexplain.cache import cache_home

    h = hashlib.sha256(code_digest().encode())
    h.update(json.dumps(params, sort_keys=True, default=repr).encode())
    for f in files:
        if f is None:
            h.update(b"\x00absent")
            continue
        if not f.is_file():  # a FIFO or device is never read here
            return None
        h.update(b"\x00file\x00")
        with open(f, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
    return cache_home() / "graphs" / f"graph-{h.hexdigest()[:32]}.npz"


def cached_graph(files: Sequence[FsPath | None], params: dict[str, Any],
                 build: Callable[[], tuple[KnowledgeGraph, bool]]) -> KnowledgeGraph:
    """The graph ``build()`` makes from ``files``, from its snapshot when one is kept.

    ``build()`` returns the graph and whether it may be kept (False when its loading logged a
    warning that a snapshot would not repeat); a graph of at least :data:`MIN_TRIPLES` triples
    that may be kept is snapshotted for the next load.
    """
    try:
        path = snapshot_path(files, params)
    except OSError as exc:
        logger.debug("no graph snapshot: %s", exc)
        path = None
    with collector_paused():  # a bulk build: no cycle collection walking it again and again
        if path is None:
            return build()[0]
        kg = _read(path)
        if kg is not None:
            return kg
        kg, may_keep = build()
        if may_keep and kg.num_triples >= MIN_TRIPLES:
            _write(path, kg)
    return kg


def _read(path: FsPath) -> KnowledgeGraph | None:
    try:
        with np.load(path, allow_pickle=False) as arrays:
            return graph_from_snapshot(arrays)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile, SnapshotError) as exc:
        logger.warning("rebuilding the graph: its cached snapshot %s cannot be read (%s)", path, exc)
        return None


def _write(path: FsPath, kg: KnowledgeGraph) -> None:
    try:
        # the loaders kept here read attribute values from JSON cells and numbers, which JSON
        # writes back exactly: no need to read the snapshot's JSON back to check
        arrays = graph_snapshot(kg, verify=False)
    except SnapshotError as exc:
        logger.debug("graph not kept in the cache: %s", exc)
        return
    try:
        write_atomically(path, lambda fh: np.savez(fh, **arrays))
    except OSError as exc:
        logger.debug("could not keep the graph snapshot %s: %s", path, exc)
