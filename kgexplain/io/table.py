"""CSV/TSV graphs: a triples table with sidecar entity and relation tables.

The triples table has a header naming ``head``, ``relation``, ``tail`` and optional ``weight``,
``rating``, ``timestamp``, ``attrs`` (a JSON object) and any other attribute columns. Beside it
may sit an entity table ``<stem>.entities.<ext>`` (``id, kind, type, label, aliases, attrs``;
aliases ``|``-separated) and a relation registry ``<stem>.relations.yaml``
(:mod:`kgexplain.io.relations`). Without a registry, relations the shipped registry knows take
their phrases from it. :func:`save_table` writes all three; loading them back gives an equal graph.
"""

from __future__ import annotations

import csv
from pathlib import Path as FsPath
from typing import Any, Iterable

from kgexplain.errors import (
    ConflictingEntityError,
    EmptyGraphError,
    GraphFileNotFoundError,
    GraphFormatError,
)
from kgexplain.graph import KnowledgeGraph, infer_entities
from kgexplain.graph.bulk import graph_from_checked_rows
from kgexplain.io._files import open_text, stem_of, suffix_of
from kgexplain.io._graph_cache import cached_graph
from kgexplain.io._rows import TABLE_DELIMS, read_header, read_rows, table_text
from kgexplain.io._triple_rows import EDGE_COLUMNS, careful_triples, clean_triples
from kgexplain.io._values import dumps, json_object, parse_value
from kgexplain.io.relations import default_relations, load_relations, relations_yaml
from kgexplain.limits import DEFAULT_LIMITS, LoadLimits
from kgexplain.records import Entity, Relation
from kgexplain.typing import PathLikeStr

__all__ = ["load_table", "load_entity_table", "save_table"]

_EDGE_COLUMNS = EDGE_COLUMNS


def load_table(
    path: PathLikeStr,
    *,
    entities: PathLikeStr | None = None,
    relations: Iterable[Relation] | None = None,
    item_types: Iterable[str] | None = None,
    limits: LoadLimits | None = None,
) -> KnowledgeGraph:
    """Load a CSV/TSV triples table (plus optional entity table and relation registry).

    A large table is read and checked once: the graph is then rebuilt from its snapshot in
    kgexplain's cache folder, keyed by the files' bytes, the arguments and the loader's code
    (:mod:`kgexplain.io._graph_cache`).
    """
    limits = limits or DEFAULT_LIMITS
    p = FsPath(path)
    ent_path = FsPath(entities) if entities else _sidecar(p, "entities")
    rel_path = _sidecar(p, "relations", yaml_file=True)
    rels = list(relations) if relations is not None else None
    item_types = list(item_types) if item_types is not None else None
    params = {"loader": "table", "limits": repr(limits), "item_types": item_types,
              "relations": None if rels is None else [r.to_dict() for r in rels]}
    return cached_graph([p, ent_path, rel_path], params,
                        lambda: _build_table(p, ent_path, rel_path, rels, item_types, limits))


def _build_table(p: FsPath, ent_path: FsPath | None, rel_path: FsPath | None,
                 rels: list[Relation] | None, item_types: list[str] | None,
                 limits: LoadLimits) -> tuple[KnowledgeGraph, bool]:
    """The graph of a table, and whether it loaded without a warning (a snapshot of it would
    not repeat one)."""
    text = table_text(p, limits)
    triples = clean_triples(p, text, limits)  # None: not plainly clean, read it row by row
    trusted = triples is not None
    if triples is None:
        triples = careful_triples(p, text, limits)
    if not triples:
        raise EmptyGraphError(f"{p}: no triples below the header; add rows head,relation,tail")

    if rels is None:
        if rel_path is not None:
            rels = load_relations(rel_path, limits=limits)
        else:
            defaults = default_relations()
            rels = [defaults[r] for r in dict.fromkeys(t[1] for t in triples) if r in defaults]
    ents = load_entity_table(ent_path, limits=limits) if ent_path is not None else None
    if ents is not None and item_types is None:
        # entities not in the table are still inferred, so a partial table is fine
        declared = {e.id for e in ents}
        missing_rows = [t for t in triples if t[0] not in declared or t[2] not in declared]
        if missing_rows:
            ents += [e for e in infer_entities(missing_rows) if e.id not in declared]
    if trusted:  # the same graph, without checking the clean rows a second time
        kg = graph_from_checked_rows(triples, entities=ents, relations=rels, item_types=item_types)
    else:
        kg = KnowledgeGraph.from_triples(triples, entities=ents, relations=rels, item_types=item_types)
    declared = {r.name for r in rels}
    quiet = not rels or {t[1] for t in triples} <= declared  # else from_triples warned
    return kg, quiet


def _sidecar(path: FsPath, what: str, yaml_file: bool = False) -> FsPath | None:
    stem = stem_of(path)
    if yaml_file:
        candidates = [path.with_name(f"{stem}.{what}.yaml"), path.with_name(f"{stem}.{what}.yml")]
    else:
        suffix, _ = suffix_of(path)
        candidates = [path.with_name(f"{stem}.{what}{suffix}.gz"), path.with_name(f"{stem}.{what}{suffix}")]
    for c in candidates:
        if c.exists() or c.is_symlink():
            return c
    return None


def load_entity_table(path: PathLikeStr, *, limits: LoadLimits | None = None) -> list[Entity]:
    """Entities from a table with columns ``id`` and optional ``kind, type, label, aliases,
    attrs`` (aliases ``|``-separated; attrs a JSON object; other columns become attrs)."""
    limits = limits or DEFAULT_LIMITS
    p = FsPath(path)
    if not (p.exists() or p.is_symlink()):
        raise GraphFileNotFoundError(f"entity table {str(p)!r} does not exist")
    rows = read_rows(p, table_text(p, limits))
    header = read_header(p, rows, ("id",))
    col = {name: i for i, name in enumerate(header)}
    known = ("id", "kind", "type", "label", "aliases", "attrs")
    i_id, i_kind, i_type, i_label, i_aliases, i_attrs = (col.get(name) for name in known)
    others = [(name, i) for name, i in col.items() if name not in known]
    width = len(header)
    out: list[Entity] = []
    seen: dict[str, Entity] = {}
    for line, row in rows:
        if len(row) != width or not row[i_id].strip():  # blank, short or long, or no id
            if not row or all(not c.strip() for c in row):
                continue
            if len(row) != width:
                raise GraphFormatError(f"expected {width} fields ({','.join(header)}), found {len(row)}",
                                       p, line)
        attrs: dict[str, Any] = {}
        text = row[i_attrs].strip() if i_attrs is not None else ""
        if text:
            attrs = json_object(text, "the attrs column", p, line, limits)
        for name, i in others:
            value = parse_value(row[i].strip())
            if value is not None:
                attrs[name] = value
        aliases = row[i_aliases].strip() if i_aliases is not None else ""
        try:
            ent = Entity(
                row[i_id].strip(),
                kind=(row[i_kind].strip() if i_kind is not None else "") or "attribute",  # type: ignore[arg-type]
                type=row[i_type].strip() if i_type is not None else "",
                label=row[i_label].strip() if i_label is not None else "",
                aliases=tuple(a for a in aliases.split("|") if a) if aliases else (),
                attrs=attrs,
            )
        except ValueError as exc:
            raise GraphFormatError(str(exc), p, line) from None
        prev = seen.get(ent.id)
        if prev is not None and (prev.kind != ent.kind or prev.type != ent.type):
            raise ConflictingEntityError(
                f"{p}, line {line}: entity {ent.id!r} is declared both as {prev.kind}/{prev.type} "
                f"and as {ent.kind}/{ent.type}; give each kind its own namespaced id"
            )
        seen[ent.id] = ent
        out.append(ent)
    return out


def save_table(kg: KnowledgeGraph, path: PathLikeStr) -> None:
    """Write triples, ``<stem>.entities.<ext>`` and ``<stem>.relations.yaml`` beside each other."""
    p = FsPath(path)
    suffix, gz = suffix_of(p)
    delim = TABLE_DELIMS[suffix]
    stem = stem_of(p)
    with open_text(p, "w") as fh:
        w = csv.writer(fh, delimiter=delim, lineterminator="\n")
        w.writerow(["head", "relation", "tail", *_EDGE_COLUMNS, "attrs"])
        for triple, attrs in kg.edges():
            rest = {k: v for k, v in attrs.items() if k not in _EDGE_COLUMNS}
            w.writerow(
                [
                    triple.head,
                    triple.relation,
                    triple.tail,
                    *("" if attrs.get(c) is None else attrs[c] for c in _EDGE_COLUMNS),
                    dumps(rest, sort_keys=True) if rest else "",
                ]
            )
    ent_path = p.with_name(f"{stem}.entities{suffix}" + (".gz" if gz else ""))
    with open_text(ent_path, "w") as fh:
        w = csv.writer(fh, delimiter=delim, lineterminator="\n")
        w.writerow(["id", "kind", "type", "label", "aliases", "attrs"])
        for ent in kg.entities():
            w.writerow(
                [
                    ent.id,
                    ent.kind,
                    ent.type,
                    ent.label,
                    "|".join(ent.aliases),
                    dumps(dict(ent.attrs), sort_keys=True) if ent.attrs else "",
                ]
            )
    p.with_name(f"{stem}.relations.yaml").write_text(
        relations_yaml(kg.relations.values()), encoding="utf-8"
    )
