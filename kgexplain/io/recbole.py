"""RecBole atomic files: a folder of ``<dataset>.inter``, ``.kg``, ``.link`` and ``.item`` files.

Users become ``user:<id>``, items ``item:<id>`` (a KG entity linked to an item is merged into it)
and other KG entities ``entity:<id>``; interactions are ``rated`` edges when the ``.inter`` file
has a rating column, else ``interacted_with``.
"""

from __future__ import annotations

import csv
from pathlib import Path as FsPath
from typing import Any, Iterable, Iterator, Mapping

from kgexplain.errors import EmptyGraphError, GraphFormatError, MissingColumnError
from kgexplain.graph import KnowledgeGraph
from kgexplain.io._rows import read_rows, table_text
from kgexplain.io._values import edge_value
from kgexplain.limits import DEFAULT_LIMITS, LoadLimits
from kgexplain.records import Entity, Relation
from kgexplain.typing import PathLikeStr

__all__ = ["load_recbole"]


def load_recbole(
    folder: PathLikeStr,
    *,
    relations: Iterable[Relation] | None = None,
    dataset: str | None = None,
    limits: LoadLimits | None = None,
) -> KnowledgeGraph:
    """Load RecBole atomic files: ``<d>.inter`` (user_id, item_id[, rating, timestamp]),
    ``<d>.kg`` (head_id, relation_id, tail_id), ``<d>.link`` (item_id, entity_id) and an
    optional ``<d>.item`` whose first text field gives item labels.

    Users become ``user:<id>``, items ``item:<id>`` (a KG entity linked to an item is merged into
    it) and other KG entities ``entity:<id>``.
    """
    limits = limits or DEFAULT_LIMITS
    d = FsPath(folder)
    files = _atomic_files(d, dataset)
    link = _read_links(files[".link"], limits) if ".link" in files else {}
    labels = _read_item_labels(files[".item"], limits) if ".item" in files else {}
    nodes = _RecboleEntities(link, labels)
    triples: list[tuple[str, str, str, dict[str, Any]]] = []
    if ".inter" in files:
        triples += _read_interactions(files[".inter"], nodes, limits)
    if ".kg" in files:
        triples += _read_kg(files[".kg"], nodes, limits)
    if not triples:
        raise EmptyGraphError(f"{d}: the RecBole files hold no interactions or KG triples")
    return KnowledgeGraph.from_triples(triples, entities=list(nodes.entities.values()), relations=relations)


def _atomic_files(d: FsPath, dataset: str | None) -> dict[str, FsPath]:
    """The folder's atomic files by suffix (those of ``dataset`` when given)."""
    try:
        listing = sorted(d.iterdir())
    except OSError as exc:
        raise GraphFormatError(f"cannot list the folder ({exc.strerror})", d) from None
    files = {f.suffix: f for f in listing if f.suffix in (".inter", ".kg", ".link", ".item")}
    if dataset:
        files = {s: d / f"{dataset}{s}" for s in (".inter", ".kg", ".link", ".item") if (d / f"{dataset}{s}").exists()}
    if ".inter" not in files and ".kg" not in files:
        raise GraphFormatError(
            "a RecBole folder needs a <dataset>.inter and/or <dataset>.kg atomic file", d
        )
    return files


def _atomic_table(
    path: FsPath, limits: LoadLimits, required: tuple[str, ...]
) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
    """The column names of an atomic file (types after ``:`` dropped) and its non-empty rows."""
    text = table_text(path, limits)

    def rows() -> Iterator[tuple[int, list[str]]]:
        for line, row in read_rows(path, text, "\t", quoting=csv.QUOTE_NONE):
            if row:
                yield line, row

    it = rows()
    try:
        _, head = next(it)
    except StopIteration:
        raise EmptyGraphError(f"{path}: empty atomic file; it needs a header like user_id:token") from None
    cols = [h.split(":", 1)[0].strip() for h in head]
    _need(path, cols, required)
    return cols, it


def _fields(path: FsPath, cols: list[str], row: list[str], line: int, names: tuple[str, ...]) -> list[str]:
    if len(row) != len(cols):
        raise GraphFormatError(
            f"expected {len(cols)} tab-separated fields ({', '.join(cols)}), found {len(row)}", path, line
        )
    out = [row[cols.index(n)] for n in names]
    for name, value in zip(names, out):
        if not value.strip():
            raise GraphFormatError(f"field {name!r} is empty", path, line)
    return out


def _read_links(path: FsPath, limits: LoadLimits) -> dict[str, str]:
    """``.link``: KG entity token -> item id."""
    link: dict[str, str] = {}
    cols, rows = _atomic_table(path, limits, ("item_id", "entity_id"))
    for line, row in rows:
        item_id, entity_id = _fields(path, cols, row, line, ("item_id", "entity_id"))
        link[entity_id] = item_id
    return link


def _read_item_labels(path: FsPath, limits: LoadLimits) -> dict[str, str]:
    """``.item``: item id -> the first title/name field."""
    labels: dict[str, str] = {}
    cols, rows = _atomic_table(path, limits, ("item_id",))
    label_col = next((i for i, c in enumerate(cols) if c != "item_id" and ("title" in c or "name" in c)), None)
    if label_col is not None:
        for line, row in rows:
            (item_id,) = _fields(path, cols, row, line, ("item_id",))
            labels[item_id] = row[label_col]
    return labels


class _RecboleEntities:
    """The entities met so far, in order: users, items (KG entities linked to an item merge into
    it) and other KG entities."""

    def __init__(self, link: Mapping[str, str], labels: Mapping[str, str]) -> None:
        self.link, self.labels = link, labels
        self.entities: dict[str, Entity] = {}

    def user(self, user_id: str) -> str:
        uid = f"user:{user_id}"
        self.entities.setdefault(uid, Entity(uid, kind="user", type="user", label=f"User {user_id}"))
        return uid

    def item(self, iid: str) -> str:
        eid = f"item:{iid}"
        if eid not in self.entities:
            self.entities[eid] = Entity(eid, kind="item", type="item", label=self.labels.get(iid, ""))
        return eid

    def node(self, token: str) -> str:
        if token in self.link:
            return self.item(self.link[token])
        eid = f"entity:{token}"
        if eid not in self.entities:
            self.entities[eid] = Entity(
                eid, kind="attribute", type="entity", label=token.rsplit("/", 1)[-1].replace("_", " ")
            )
        return eid


def _read_interactions(
    path: FsPath, nodes: _RecboleEntities, limits: LoadLimits
) -> list[tuple[str, str, str, dict[str, Any]]]:
    """``.inter``: ``rated`` edges when there is a rating column, else ``interacted_with``."""
    cols, rows = _atomic_table(path, limits, ("user_id", "item_id"))
    rel = "rated" if "rating" in cols else "interacted_with"
    triples = []
    for line, row in rows:
        user_id, item_id = _fields(path, cols, row, line, ("user_id", "item_id"))
        uid = nodes.user(user_id)
        attrs = {}
        for i, c in enumerate(cols):
            if c in ("rating", "timestamp"):
                value = edge_value(c, row[i].strip(), path, line)
                if value is not None:
                    attrs[c] = value
        triples.append((uid, rel, nodes.item(item_id), attrs))
    return triples


def _read_kg(path: FsPath, nodes: _RecboleEntities, limits: LoadLimits) -> list[tuple[str, str, str, dict[str, Any]]]:
    """``.kg``: one edge per row, named by the relation id's last path segment."""
    cols, rows = _atomic_table(path, limits, ("head_id", "relation_id", "tail_id"))
    triples: list[tuple[str, str, str, dict[str, Any]]] = []
    for line, row in rows:
        head_id, relation_id, tail_id = _fields(path, cols, row, line, ("head_id", "relation_id", "tail_id"))
        rel_name = relation_id.strip().rstrip("/").rsplit("/", 1)[-1]
        if not rel_name.strip():
            raise GraphFormatError(f"relation_id {relation_id!r} names no relation", path, line)
        triples.append((nodes.node(head_id), rel_name, nodes.node(tail_id), {}))
    return triples


def _need(path: FsPath, cols: list[str], required: tuple[str, ...]) -> None:
    missing = [c for c in required if c not in cols]
    if missing:
        raise MissingColumnError(
            f"missing column(s) {missing}; RecBole headers look like `user_id:token\titem_id:token` (found {cols})",
            path,
            1,
        )
