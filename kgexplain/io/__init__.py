"""Reading and writing knowledge graphs: RDF, CSV/TSV triples, RecBole atomic files, networkx.

Dispatch is by suffix (an optional ``.gz`` is looked through):

* ``.ttl`` / ``.nt`` / ``.jsonld`` (also ``.n3``, ``.xml``/``.rdf``): RDF via rdflib;
  ``rdfs:label`` becomes the label, ``rdf:type`` the type, ``skos:altLabel`` an alias.
* ``.csv`` / ``.tsv``: a triples table with a header naming ``head``, ``relation``, ``tail`` and
  optional ``weight``, ``rating``, ``timestamp`` and any other attribute columns; an optional entity
  table ``<stem>.entities.<ext>`` (``id, kind, type, label, aliases, attrs``) and relation registry
  ``<stem>.relations.yaml`` sit beside it.
* a folder of RecBole atomic files (``*.inter``, ``*.kg``, ``*.link``, optional ``*.item``).

:func:`save` writes RDF or CSV; loading what it wrote gives back every entity, label, alias,
relation (with phrases and flags), edge and attribute.

Bad input: every loader reads through :mod:`kgexplain.limits` (regular files only, bounded size
after gunzip, bounded lines and literals, strict UTF-8, YAML without aliases) and checks types at
the boundary; every failure is a :class:`~kgexplain.errors.GraphFormatError` (a ``ValueError``)
naming the file and, where known, the line and field. RDF never reaches the network: RDF/XML
may declare simple internal entities only (no external DTD, no entity inside an entity, bounded
expansion), a JSON-LD document may not name a remote or local ``@context``/``@import``, and
:func:`sparql` refuses ``SERVICE`` and ``FROM`` unless asked. Typed literals other than numbers,
booleans and strings (``xsd:date``, ``xsd:dateTime``, ``xsd:decimal``...) load as plain values
(ISO strings for dates, floats for decimals), so a loaded graph always saves and reloads equal.
"""

from __future__ import annotations

import csv
import datetime as _dt
import decimal
import gzip
import io as _io
import json
import logging
import math
import urllib.parse
from functools import lru_cache
from importlib import resources
from pathlib import Path as FsPath
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

import yaml

from kgexplain.errors import (
    ConflictingEntityError,
    EmptyGraphError,
    GraphFileNotFoundError,
    GraphFormatError,
    InputTooLargeError,
    InvalidRecordError,
    KGExplainError,
    MissingColumnError,
    UnsafeQueryError,
)
from kgexplain._rdf_safety import bounded_json, check_query, prepare_rdf
from kgexplain.graph import KnowledgeGraph, check_edge_attrs, infer_entities
from kgexplain.limits import DEFAULT_LIMITS, LoadLimits, check_table_text, read_text, safe_yaml
from kgexplain.records import Entity, Relation
from kgexplain.typing import PathLikeStr

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx
    import rdflib

logger = logging.getLogger(__name__)

__all__ = [
    "load",
    "save",
    "load_example",
    "example_path",
    "load_relations",
    "default_relations",
    "from_networkx",
    "to_rdflib",
    "from_rdflib",
    "sparql",
    "KGX",
    "LoadLimits",
]

KGX = "https://w3id.org/kgexplain/"
_ENT = KGX + "entity/"
_REL = KGX + "relation/"
_TYPE = KGX + "type/"
_VOCAB = KGX + "vocab#"
_RDF_FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".n3": "n3",
    ".jsonld": "json-ld",
    ".json-ld": "json-ld",
    ".rdf": "xml",
    ".xml": "xml",
    ".owl": "xml",
}
_TABLE_DELIMS = {".csv": ",", ".tsv": "\t"}
_XSD_DECIMAL = "http://www.w3.org/2001/XMLSchema#decimal"
_EDGE_COLUMNS = ("weight", "rating", "timestamp")
_EXAMPLE = "movielens_small.tsv.gz"


# --------------------------------------------------------------------------- helpers
def _suffix(path: FsPath) -> tuple[str, bool]:
    suffixes = [s.lower() for s in path.suffixes]
    gz = bool(suffixes) and suffixes[-1] == ".gz"
    if gz:
        suffixes = suffixes[:-1]
    return (suffixes[-1] if suffixes else ""), gz


def _stem(path: FsPath) -> str:
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return name.rsplit(".", 1)[0]


def _open_text(path: FsPath, mode: str = "w"):
    """A text writer (gzip when the name ends in ``.gz``); reading goes through :mod:`limits`."""
    _, gz = _suffix(path)
    if gz:
        return _io.TextIOWrapper(gzip.GzipFile(path, "wb", mtime=0), encoding="utf-8", newline="")
    return open(path, "w", encoding="utf-8", newline="")


def _json_value(text: str, what: str, path: object, line: int | None, limits: LoadLimits) -> Any:
    """A JSON value from a file field, with its nesting bounded."""
    return bounded_json(text, what, path, line, limits)


def _json_object(text: str, what: str, path: object, line: int | None, limits: LoadLimits) -> dict[str, Any]:
    value = _json_value(text, what, path, line, limits)
    if not isinstance(value, dict):
        raise GraphFormatError(
            f"{what} must be a JSON object such as {{\"year\": 1995}}, got {type(value).__name__}",
            path,
            line,
        )
    return value


def _json_default(value: Any) -> Any:
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


def _dumps(value: Any, **kwargs: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=_json_default, **kwargs)


def _parse_value(text: str) -> Any:
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


# --------------------------------------------------------------------------- relations
def load_relations(path: PathLikeStr, *, limits: LoadLimits | None = None) -> list[Relation]:
    """Relations from a YAML registry (``relations: {name: {phrase, inverse_phrase, ...}}``).

    Read safely (:func:`kgexplain.limits.safe_yaml`: no aliases, bounded size and depth) and
    type-checked: phrases are strings, ``explainable``/``sensitive`` are true/false, ``domain``,
    ``range``, ``cues`` and ``inverse_cues`` are lists of strings.
    """
    limits = limits or DEFAULT_LIMITS
    p = FsPath(path)
    data = safe_yaml(read_text(p, limits), p, limits)
    return _relations_from_mapping({} if data is None else data, p)


def _relations_from_mapping(data: Any, where: object) -> list[Relation]:
    rels = data.get("relations", data) if isinstance(data, Mapping) else None
    if not isinstance(rels, Mapping):
        raise GraphFormatError(
            "expected a mapping `relations: {name: {phrase: ..., inverse_phrase: ...}}`", where
        )
    out = []
    allowed = set(Relation.__dataclass_fields__)
    for name, spec in rels.items():
        if not isinstance(name, (str, int)) or isinstance(name, bool):
            raise GraphFormatError(f"a relation name must be a string, got {name!r}", where)
        spec = {} if spec is None else spec
        if not isinstance(spec, Mapping):
            raise GraphFormatError(
                f"relation {name!r} must map field names to values (phrase: ..., inverse_phrase: ...), "
                f"got {type(spec).__name__}",
                where,
            )
        unknown = [k for k in spec if k not in allowed or k == "name"]
        if unknown:
            raise GraphFormatError(
                f"relation {name!r} has unknown fields {sorted(map(str, unknown))}; allowed: "
                f"{sorted(allowed - {'name'})}",
                where,
            )
        try:
            out.append(Relation(str(name), **spec))
        except InvalidRecordError as exc:
            raise GraphFormatError(f"{exc}", where) from None
    return out


@lru_cache(maxsize=1)
def _default_relations() -> tuple[Relation, ...]:
    ref = resources.files("kgexplain") / "templates" / "relations.yaml"
    data = yaml.safe_load(ref.read_text(encoding="utf-8"))
    return tuple(_relations_from_mapping(data, "kgexplain/templates/relations.yaml"))


def default_relations() -> dict[str, Relation]:
    """The relation registry shipped for the example graph, by name."""
    return {r.name: r for r in _default_relations()}


def _relations_yaml(relations: Iterable[Relation]) -> str:
    data = {"relations": {}}
    for rel in relations:
        d = rel.to_dict()
        d.pop("name")
        data["relations"][rel.name] = d
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


# --------------------------------------------------------------------------- dispatch
def load(
    path: PathLikeStr,
    *,
    entities: PathLikeStr | None = None,
    relations: PathLikeStr | Iterable[Relation] | None = None,
    format: str | None = None,
    limits: LoadLimits | None = None,
    **kwargs: Any,
) -> KnowledgeGraph:
    """Load a graph file or RecBole folder (see the module docstring for formats).

    ``limits`` bounds what is read (:class:`~kgexplain.limits.LoadLimits`; defaults
    :data:`~kgexplain.limits.DEFAULT_LIMITS`). Every problem with the input raises a
    :class:`~kgexplain.errors.GraphFormatError` (or another ``KGExplainError``) naming the file.
    """
    limits = limits or DEFAULT_LIMITS
    if not isinstance(limits, LoadLimits):
        raise InvalidRecordError(f"limits must be a kgexplain.io.LoadLimits, got {type(limits).__name__}")
    p = FsPath(path)
    if not (p.exists() or p.is_symlink()):
        raise GraphFileNotFoundError(
            f"graph path {str(p)!r} does not exist; pass a .ttl/.nt/.jsonld/.csv/.tsv file "
            "(optionally .gz) or a RecBole atomic-file folder"
        )
    try:
        if isinstance(relations, (str, FsPath)):
            rels: list[Relation] | None = load_relations(relations, limits=limits)
        else:
            rels = list(relations) if relations is not None else None
        if p.is_dir():
            kg = load_recbole(p, relations=rels, limits=limits, **kwargs)
        else:
            suffix, _ = _suffix(p)
            fmt = format or _RDF_FORMATS.get(suffix) or ("table" if suffix in _TABLE_DELIMS else None)
            if fmt is None:
                raise GraphFormatError(
                    f"unknown graph file type {suffix!r}; use one of "
                    f"{sorted(set(_RDF_FORMATS) | set(_TABLE_DELIMS))} (optionally .gz) or a RecBole folder",
                    p,
                )
            if fmt == "table":
                kg = load_table(p, entities=entities, relations=rels, limits=limits, **kwargs)
            else:
                kg = load_rdf(p, format=fmt, relations=rels, limits=limits)
    except InvalidRecordError as exc:  # a record check without a line of its own
        raise GraphFormatError(str(exc), p) from None
    if not kg.name:
        kg.name = _stem(p) if p.is_file() else p.name
    return kg


def save(kg: KnowledgeGraph, path: PathLikeStr, *, format: str | None = None) -> None:
    """Save as RDF or as CSV/TSV with sidecar entity and relation tables."""
    p = FsPath(path)
    suffix, _ = _suffix(p)
    fmt = format or _RDF_FORMATS.get(suffix) or ("table" if suffix in _TABLE_DELIMS else None)
    if fmt is None:
        raise GraphFormatError(
            f"cannot save to {suffix!r}; use .ttl, .nt, .jsonld, .csv or .tsv (optionally .gz)", p
        )
    p.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "table":
        save_table(kg, p)
    else:
        data = to_rdflib(kg).serialize(format=fmt, encoding="utf-8")
        text = data.decode("utf-8") if isinstance(data, bytes) else data
        with _open_text(p, "w") as fh:
            fh.write(text)


def example_path() -> FsPath:
    """Where the shipped example graph lives inside the installed package."""
    return FsPath(str(resources.files("kgexplain") / "graphs" / _EXAMPLE))


def load_example() -> KnowledgeGraph:
    """Load the shipped example graph (MovieLens small + DBpedia facts)."""
    kg = load(example_path())
    kg.name = "movielens-small-dbpedia"
    return kg


# --------------------------------------------------------------------------- tables
def _reader(path: FsPath, text: str, delim: str | None = None, **fmt: Any) -> Iterator[tuple[int, list[str]]]:
    suffix, _ = _suffix(path)
    delim = delim or _TABLE_DELIMS.get(suffix, ",")
    reader = csv.reader(_io.StringIO(text, newline=""), delimiter=delim, **fmt)
    try:
        for row in reader:
            yield reader.line_num, row
    except csv.Error as exc:
        hint = " (a field over csv.field_size_limit(), 131,072 characters by default)" if "limit" in str(exc) else ""
        raise GraphFormatError(f"malformed {suffix[1:].upper() or 'table'}: {exc}{hint}", path, reader.line_num) from None


def _edge_value(name: str, text: str, path: FsPath, line: int) -> Any:
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


def _table_text(path: FsPath, limits: LoadLimits) -> str:
    text = read_text(path, limits, lines=True)
    check_table_text(text, path)
    return text


def _header(path: FsPath, rows: Iterator[tuple[int, list[str]]], required: tuple[str, ...]) -> list[str]:
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


def load_table(
    path: PathLikeStr,
    *,
    entities: PathLikeStr | None = None,
    relations: Iterable[Relation] | None = None,
    item_types: Iterable[str] | None = None,
    limits: LoadLimits | None = None,
) -> KnowledgeGraph:
    """Load a CSV/TSV triples table (plus optional entity table and relation registry)."""
    limits = limits or DEFAULT_LIMITS
    p = FsPath(path)
    rows = _reader(p, _table_text(p, limits))
    header = _header(p, rows, ("head", "relation", "tail"))
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
                    attrs.update(_json_object(row[i], "the attrs column", p, line, limits))
                    checked = False
            elif name in _EDGE_COLUMNS:
                value = _edge_value(name, row[i].strip(), p, line)
                if value is not None:
                    attrs[name] = value
            else:
                value = _parse_value(row[i].strip())
                if value is not None:
                    attrs[name] = value
        if not checked:
            try:
                attrs = check_edge_attrs(h, r, t, attrs)
            except InvalidRecordError as exc:
                raise GraphFormatError(str(exc), p, line) from None
        triples.append((h, r, t, attrs))
    if not triples:
        raise EmptyGraphError(f"{p}: no triples below the header; add rows head,relation,tail")

    ent_path = FsPath(entities) if entities else _sidecar(p, "entities")
    rel_path = _sidecar(p, "relations", yaml_file=True)
    rels = list(relations) if relations is not None else None
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
    return KnowledgeGraph.from_triples(triples, entities=ents, relations=rels, item_types=item_types)


def _sidecar(path: FsPath, what: str, yaml_file: bool = False) -> FsPath | None:
    stem = _stem(path)
    if yaml_file:
        candidates = [path.with_name(f"{stem}.{what}.yaml"), path.with_name(f"{stem}.{what}.yml")]
    else:
        suffix, _ = _suffix(path)
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
    rows = _reader(p, _table_text(p, limits))
    header = _header(p, rows, ("id",))
    col = {name: i for i, name in enumerate(header)}
    known = {"id", "kind", "type", "label", "aliases", "attrs"}
    out: list[Entity] = []
    seen: dict[str, Entity] = {}
    for line, row in rows:
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) != len(header):
            raise GraphFormatError(
                f"expected {len(header)} fields ({','.join(header)}), found {len(row)}", p, line
            )

        def get(name: str) -> str:
            return row[col[name]].strip() if name in col else ""

        attrs: dict[str, Any] = {}
        if get("attrs"):
            attrs = _json_object(get("attrs"), "the attrs column", p, line, limits)
        for name, i in col.items():
            if name not in known:
                value = _parse_value(row[i].strip())
                if value is not None:
                    attrs[name] = value
        try:
            ent = Entity(
                get("id"),
                kind=get("kind") or "attribute",  # type: ignore[arg-type]
                type=get("type"),
                label=get("label"),
                aliases=tuple(a for a in get("aliases").split("|") if a),
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
    suffix, gz = _suffix(p)
    delim = _TABLE_DELIMS[suffix]
    stem = _stem(p)
    with _open_text(p, "w") as fh:
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
                    _dumps(rest, sort_keys=True) if rest else "",
                ]
            )
    ent_path = p.with_name(f"{stem}.entities{suffix}" + (".gz" if gz else ""))
    with _open_text(ent_path, "w") as fh:
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
                    _dumps(dict(ent.attrs), sort_keys=True) if ent.attrs else "",
                ]
            )
    p.with_name(f"{stem}.relations.yaml").write_text(
        _relations_yaml(kg.relations.values()), encoding="utf-8"
    )


# --------------------------------------------------------------------------- RecBole
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

    def table(path: FsPath) -> tuple[list[str], Iterator[tuple[int, list[str]]]]:
        text = _table_text(path, limits)

        def rows() -> Iterator[tuple[int, list[str]]]:
            for line, row in _reader(path, text, "\t", quoting=csv.QUOTE_NONE):
                if row:
                    yield line, row

        it = rows()
        try:
            _, head = next(it)
        except StopIteration:
            raise EmptyGraphError(f"{path}: empty atomic file; it needs a header like user_id:token") from None
        return [h.split(":", 1)[0].strip() for h in head], it

    def fields(path: FsPath, cols: list[str], row: list[str], line: int, names: tuple[str, ...]) -> list[str]:
        if len(row) != len(cols):
            raise GraphFormatError(
                f"expected {len(cols)} tab-separated fields ({', '.join(cols)}), found {len(row)}", path, line
            )
        out = [row[cols.index(n)] for n in names]
        for name, value in zip(names, out):
            if not value.strip():
                raise GraphFormatError(f"field {name!r} is empty", path, line)
        return out

    link: dict[str, str] = {}
    if ".link" in files:
        cols, rows = table(files[".link"])
        _need(files[".link"], cols, ("item_id", "entity_id"))
        for line, row in rows:
            item_id, entity_id = fields(files[".link"], cols, row, line, ("item_id", "entity_id"))
            link[entity_id] = item_id
    labels: dict[str, str] = {}
    if ".item" in files:
        cols, rows = table(files[".item"])
        _need(files[".item"], cols, ("item_id",))
        label_col = next((i for i, c in enumerate(cols) if c != "item_id" and ("title" in c or "name" in c)), None)
        if label_col is not None:
            for line, row in rows:
                (item_id,) = fields(files[".item"], cols, row, line, ("item_id",))
                labels[item_id] = row[label_col]
    triples: list[tuple[str, str, str, dict[str, Any]]] = []
    entities: dict[str, Entity] = {}

    def item(iid: str) -> str:
        eid = f"item:{iid}"
        if eid not in entities:
            entities[eid] = Entity(eid, kind="item", type="item", label=labels.get(iid, ""))
        return eid

    def node(token: str) -> str:
        if token in link:
            return item(link[token])
        eid = f"entity:{token}"
        if eid not in entities:
            entities[eid] = Entity(eid, kind="attribute", type="entity", label=token.rsplit("/", 1)[-1].replace("_", " "))
        return eid

    if ".inter" in files:
        path = files[".inter"]
        cols, rows = table(path)
        _need(path, cols, ("user_id", "item_id"))
        rel = "rated" if "rating" in cols else "interacted_with"
        for line, row in rows:
            user_id, item_id = fields(path, cols, row, line, ("user_id", "item_id"))
            uid = f"user:{user_id}"
            entities.setdefault(uid, Entity(uid, kind="user", type="user", label=f"User {user_id}"))
            attrs = {}
            for i, c in enumerate(cols):
                if c in ("rating", "timestamp"):
                    value = _edge_value(c, row[i].strip(), path, line)
                    if value is not None:
                        attrs[c] = value
            triples.append((uid, rel, item(item_id), attrs))
    if ".kg" in files:
        path = files[".kg"]
        cols, rows = table(path)
        _need(path, cols, ("head_id", "relation_id", "tail_id"))
        for line, row in rows:
            head_id, relation_id, tail_id = fields(path, cols, row, line, ("head_id", "relation_id", "tail_id"))
            rel_name = relation_id.strip().rstrip("/").rsplit("/", 1)[-1]
            if not rel_name.strip():
                raise GraphFormatError(f"relation_id {relation_id!r} names no relation", path, line)
            triples.append((node(head_id), rel_name, node(tail_id), {}))
    if not triples:
        raise EmptyGraphError(f"{d}: the RecBole files hold no interactions or KG triples")
    return KnowledgeGraph.from_triples(triples, entities=list(entities.values()), relations=relations)


def _need(path: FsPath, cols: list[str], required: tuple[str, ...]) -> None:
    missing = [c for c in required if c not in cols]
    if missing:
        raise MissingColumnError(
            f"missing column(s) {missing}; RecBole headers look like `user_id:token\titem_id:token` (found {cols})",
            path,
            1,
        )


# --------------------------------------------------------------------------- networkx
def from_networkx(
    graph: "nx.Graph",
    relations: Iterable[Relation] | None = None,
    *,
    relation_attr: str = "relation",
    item_types: Iterable[str] | None = None,
) -> KnowledgeGraph:
    """See :meth:`KnowledgeGraph.from_networkx`."""
    import networkx as nx

    if not isinstance(graph, nx.Graph):
        raise InvalidRecordError(f"expected a networkx graph, got {type(graph).__name__}")
    triples = []
    multi = graph.is_multigraph()
    edges = graph.edges(keys=True, data=True) if multi else ((u, v, None, d) for u, v, d in graph.edges(data=True))
    for u, v, key, data in edges:
        data = dict(data)
        rel = data.pop(relation_attr, None) or (key if isinstance(key, str) else None)
        if not rel:
            raise GraphFormatError(
                f"edge ({u}, {v}) has no relation: set the edge key (MultiGraph) or an "
                f"edge attribute {relation_attr!r}"
            )
        triples.append((str(u), str(rel), str(v), data))
    declared: list[Entity] = []
    inferred = {e.id: e for e in infer_entities(triples, item_types=item_types)}
    for node, data in graph.nodes(data=True):
        node = str(node)
        if isinstance(data.get("entity"), Entity):
            declared.append(data["entity"])
            continue
        base = inferred.get(node) or Entity(node)
        declared.append(
            Entity(
                node,
                kind=data.get("kind", base.kind),
                type=data.get("type", base.type),
                label=data.get("label", ""),
                aliases=data.get("aliases", ()),
                attrs={k: v for k, v in data.items() if k not in ("kind", "type", "label", "aliases")},
            )
        )
    if not declared:
        raise EmptyGraphError("the networkx graph has no nodes")
    return KnowledgeGraph.from_triples(triples, entities=declared, relations=relations, item_types=item_types)


# --------------------------------------------------------------------------- RDF
def _ent_iri(eid: str) -> str:
    return _ENT + urllib.parse.quote(eid, safe=":")


def _rel_iri(name: str) -> str:
    return _REL + urllib.parse.quote(name, safe="")


def to_rdflib(kg: KnowledgeGraph) -> "rdflib.Graph":
    """The graph as RDF: entities, labels, types, relation metadata and reified edge attributes."""
    from rdflib import BNode, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import RDF, RDFS, SKOS

    V = Namespace(_VOCAB)
    g = Graph()
    g.bind("kgx", V)
    g.bind("ent", _ENT)
    g.bind("rel", _REL)
    g.bind("skos", SKOS)
    for rel in kg.relations.values():
        r = URIRef(_rel_iri(rel.name))
        g.add((r, RDF.type, V.Relation))
        g.add((r, V.name, Literal(rel.name)))
        g.add((r, V.spec, Literal(json.dumps(rel.to_dict(), ensure_ascii=False))))
        g.add((r, V.phrase, Literal(rel.phrase)))
        g.add((r, V.inversePhrase, Literal(rel.inverse_phrase)))
        g.add((r, V.explainable, Literal(rel.explainable)))
        g.add((r, V.sensitive, Literal(rel.sensitive)))
        for d in rel.domain:
            g.add((r, V.domain, Literal(d)))
        for d in rel.range:
            g.add((r, V.range, Literal(d)))
        for c in rel.cues:
            g.add((r, V.cue, Literal(c)))
        for c in rel.inverse_cues:
            g.add((r, V.inverseCue, Literal(c)))
    for ent in kg.entities():
        e = URIRef(_ent_iri(ent.id))
        g.add((e, RDF.type, URIRef(_TYPE + urllib.parse.quote(ent.type, safe=""))))
        g.add((e, V.kind, Literal(ent.kind)))
        g.add((e, V.id, Literal(ent.id)))
        g.add((e, RDFS.label, Literal(ent.label)))
        for a in ent.aliases:
            g.add((e, SKOS.altLabel, Literal(a)))
        if len(ent.aliases) > 1:  # RDF has no order; keep it for an exact round trip
            g.add((e, V.aliasOrder, Literal(json.dumps(list(ent.aliases), ensure_ascii=False))))
        for k, v in ent.attrs.items():
            g.add((e, V["attr_" + urllib.parse.quote(k, safe="")], _literal(v)))
    for triple, attrs in kg.edges():
        s, p, o = URIRef(_ent_iri(triple.head)), URIRef(_rel_iri(triple.relation)), URIRef(_ent_iri(triple.tail))
        g.add((s, p, o))
        if attrs:
            st = BNode()
            g.add((st, RDF.type, RDF.Statement))
            g.add((st, RDF.subject, s))
            g.add((st, RDF.predicate, p))
            g.add((st, RDF.object, o))
            for k, v in attrs.items():
                g.add((st, V["attr_" + urllib.parse.quote(k, safe="")], _literal(v)))
    return g


def _literal(value: Any):
    from rdflib import Literal

    if isinstance(value, float) and math.isfinite(value) and float("%e" % value) != value:
        # Turtle writes an xsd:double as "%e" (7 digits); an exact decimal keeps every digit
        return Literal(format(decimal.Decimal(repr(value)), "f"), datatype=_XSD_DECIMAL)
    if isinstance(value, (bool, int, float, str)):
        return Literal(value)
    if isinstance(value, (_dt.date, _dt.time, decimal.Decimal)) or (
        hasattr(value, "item") and callable(value.item)
    ):
        plain = _json_default(value)
        return Literal(plain)
    return Literal(_dumps(value), datatype=_VOCAB + "json")


def _py(lit: Any, where: object = None, limits: LoadLimits = DEFAULT_LIMITS) -> Any:
    """A literal as a plain value: str, int, float, bool, or JSON for ``kgx:json`` literals.

    Other typed literals keep a plain form that saves and reloads unchanged: dates, times and
    durations their ISO lexical form (a string), ``xsd:decimal`` a float, an ill-typed literal
    (``"abc"^^xsd:integer``) its text.
    """
    if str(getattr(lit, "datatype", "") or "") == _VOCAB + "json":
        return _json_value(str(lit), "a kgx:json literal", where, None, limits)
    value = lit.toPython()
    if isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, decimal.Decimal):
        return float(value)
    return str(lit)


def _rdf_error(exc: Exception, format: str, path: FsPath) -> GraphFormatError:
    """rdflib's reason for a syntax error and the one line it names."""
    why = getattr(exc, "_why", None)
    if why is not None and isinstance(getattr(exc, "lines", None), int):  # notation3 BadSyntax
        text = getattr(exc, "_str", b"")
        text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
        i = getattr(exc, "_i", 0)
        near = text[max(0, i - 30): i].rsplit("\n", 1)[-1] + " ^ " + text[i: i + 30].split("\n", 1)[0]
        return GraphFormatError(f"invalid {format} RDF: {why}, near {near.strip()!r}", path, exc.lines + 1)
    get_line = getattr(exc, "getLineNumber", None)  # SAXParseException
    if callable(get_line):
        msg = getattr(exc, "getMessage", lambda: str(exc))()
        return GraphFormatError(f"invalid {format} RDF: {msg}", path, get_line())
    msg = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return GraphFormatError(f"invalid {format} RDF: {msg[:500]}", path)


def load_rdf(
    path: PathLikeStr,
    *,
    format: str,
    relations: Iterable[Relation] | None = None,
    limits: LoadLimits | None = None,
) -> KnowledgeGraph:
    """Parse an RDF file with rdflib and build a graph from it (see :func:`from_rdflib`).

    Nothing is fetched and nothing expands without bound (see the module docstring).
    """
    from rdflib import Graph

    limits = limits or DEFAULT_LIMITS
    p = FsPath(path)
    text = read_text(p, limits, lines=format in ("nt", "turtle", "n3", "nquads", "trig"))
    data = prepare_rdf(text, format, p, limits)
    g = Graph()
    try:
        g.parse(data=data, format=format)
    except KGExplainError:
        raise
    except Exception as exc:  # rdflib raises many parser-specific types
        raise _rdf_error(exc, format, p) from None
    return from_rdflib(g, relations=relations, where=p, limits=limits)


def from_rdflib(
    g: "rdflib.Graph",
    *,
    relations: Iterable[Relation] | None = None,
    where: object = None,
    limits: LoadLimits | None = None,
) -> KnowledgeGraph:
    """Build a :class:`KnowledgeGraph` from an ``rdflib.Graph``.

    Literals longer than ``limits.max_literal_chars`` and malformed kgexplain metadata raise
    :class:`~kgexplain.errors.GraphFormatError`.

    Graphs written by kgexplain come back exactly. For other RDF: IRIs become ids
    ``<type>:<local name>`` (type from ``rdf:type``, else ``entity``), ``rdfs:label`` the label,
    ``skos:altLabel`` aliases, literal-valued predicates entity attributes, and IRI-valued
    predicates relations named by the predicate's local name.
    """
    limits = limits or DEFAULT_LIMITS
    try:
        return _from_rdflib(g, relations, where, limits)
    except InvalidRecordError as exc:
        raise GraphFormatError(str(exc), where) from None


def _from_rdflib(g: "rdflib.Graph", relations: Iterable[Relation] | None, where: object, limits: LoadLimits) -> KnowledgeGraph:
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, RDFS, SKOS

    for o in g.objects():
        if isinstance(o, Literal) and len(o) > limits.max_literal_chars:
            raise InputTooLargeError(
                f"a literal is longer than {limits.max_literal_chars:,} characters "
                f"(LoadLimits.max_literal_chars): {str(o)[:40]!r}...; pass "
                "limits=LoadLimits(max_literal_chars=...) to allow more",
                where,
            )
    V = _VOCAB
    rels: dict[str, Relation] = {r.name: r for r in (relations or ())}
    # relation metadata written by kgexplain
    for r in g.subjects(RDF.type, URIRef(V + "Relation")):
        meta: dict[str, Any] = {"domain": [], "range": [], "cues": [], "inverse_cues": []}
        name = None
        spec = g.value(r, URIRef(V + "spec"))
        if spec is not None:  # written by kgexplain: exact, ordered
            d = _json_value(str(spec), "a kgx:spec literal", where, None, limits)
            if not isinstance(d, dict) or not isinstance(d.get("name"), str):
                raise GraphFormatError(f"the kgx:spec of {str(r)[:80]} is not a relation object with a name", where)
            rel = _relations_from_mapping({d["name"]: {k: v for k, v in d.items() if k != "name"}}, where)[0]
            rels.setdefault(rel.name, rel)
            continue
        for p, o in g.predicate_objects(r):
            key = str(p)[len(V):] if str(p).startswith(V) else None
            if key == "name":
                name = str(o)
            elif key == "phrase":
                meta["phrase"] = str(o)
            elif key == "inversePhrase":
                meta["inverse_phrase"] = str(o)
            elif key in ("explainable", "sensitive"):
                meta[key] = o.toPython() if isinstance(o, Literal) else str(o)
            elif key in ("domain", "range"):
                meta[key].append(str(o))
            elif key == "cue":
                meta["cues"].append(str(o))
            elif key == "inverseCue":
                meta["inverse_cues"].append(str(o))
        name = name or urllib.parse.unquote(str(r)[len(_REL):])
        rels.setdefault(name, Relation(name, **{k: (tuple(v) if isinstance(v, list) else v) for k, v in meta.items()}))
    rel_iris = set(g.subjects(RDF.type, URIRef(V + "Relation")))

    def local(iri: str) -> str:
        for sep in ("#", "/", ":"):
            if sep in iri.rstrip("/#"):
                iri = iri.rstrip("/#").rsplit(sep, 1)[-1]
                break
        return urllib.parse.unquote(iri)

    def rel_name(p: URIRef) -> str:
        s = str(p)
        if s.startswith(_REL):
            return urllib.parse.unquote(s[len(_REL):])
        return local(s)

    ids: dict[Any, str] = {}
    types: dict[Any, str] = {}
    for s, o in g.subject_objects(RDF.type):
        if o == URIRef(V + "Relation") or o == RDF.Statement:
            continue
        types[s] = urllib.parse.unquote(str(o)[len(_TYPE):]) if str(o).startswith(_TYPE) else local(str(o))

    def ent_id(node: Any) -> str:
        if node in ids:
            return ids[node]
        s = str(node)
        if s.startswith(_ENT):
            eid = urllib.parse.unquote(s[len(_ENT):])
        else:
            eid = f"{types.get(node, 'entity')}:{local(s) if isinstance(node, URIRef) else s}"
        ids[node] = eid
        return eid

    entities: dict[str, dict[str, Any]] = {}

    def ent(node: Any) -> dict[str, Any]:
        eid = ent_id(node)
        return entities.setdefault(eid, {"aliases": [], "attrs": {}})

    edge_attrs: dict[tuple[Any, Any, Any], dict[str, Any]] = {}
    statements = set(g.subjects(RDF.type, RDF.Statement))
    for st in statements:
        s, p, o = g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)
        attrs = {}
        for pp, oo in g.predicate_objects(st):
            if str(pp).startswith(V + "attr_"):
                if not isinstance(oo, Literal):
                    raise GraphFormatError(f"edge attribute {str(pp)[:80]} must be a literal, got {str(oo)[:80]}", where)
                attrs[urllib.parse.unquote(str(pp)[len(V) + 5:])] = _py(oo, where, limits)
        edge_attrs[(s, p, o)] = attrs
    triples = []
    for s, p, o in g:
        if s in rel_iris or s in statements:
            continue
        if p == RDF.type:
            ent(s)
            continue
        if isinstance(o, Literal):
            d = ent(s)
            ps = str(p)
            if p == RDFS.label:
                d["label"] = str(o)
            elif p == SKOS.altLabel:
                d["aliases"].append(str(o))
            elif ps == V + "kind":
                d["kind"] = str(o)
            elif ps == V + "id":
                pass
            elif ps == V + "aliasOrder":
                order = _json_value(str(o), "a kgx:aliasOrder literal", where, None, limits)
                if not isinstance(order, list):
                    raise GraphFormatError("a kgx:aliasOrder literal must be a JSON list of strings", where)
                d["alias_order"] = order
            elif ps.startswith(V + "attr_"):
                d["attrs"][urllib.parse.unquote(ps[len(V) + 5:])] = _py(o, where, limits)
            else:
                d["attrs"][local(ps)] = _py(o, where, limits)
            continue
        ent(s)
        ent(o)
        triples.append((ent_id(s), rel_name(p), ent_id(o), edge_attrs.get((s, p, o), {})))
    if not entities:
        raise EmptyGraphError(f"{where or 'RDF graph'}: no entities found in the RDF data")
    inferred = {e.id: e for e in infer_entities(triples)}
    declared_type: dict[str, str] = {}
    for node, i in ids.items():
        if node in types:
            declared_type.setdefault(i, types[node])
    declared = []
    for eid, d in entities.items():
        base = inferred.get(eid) or Entity(eid)
        typ = declared_type.get(eid, base.type)
        try:
            declared.append(
                Entity(
                    eid,
                    kind=d.get("kind", base.kind),
                    type=typ,
                    label=d.get("label", ""),
                    aliases=tuple(d.get("alias_order") or sorted(set(d["aliases"]))),
                    attrs=d["attrs"],
                )
            )
        except ValueError as exc:
            raise GraphFormatError(str(exc), where) from None
    if not triples and not declared:
        raise EmptyGraphError(f"{where}: no triples")
    return KnowledgeGraph.from_triples(triples, entities=declared, relations=list(rels.values()))


def sparql(kg: KnowledgeGraph, query: str, *, allow_service: bool = False) -> list[dict[str, Any]]:
    """Run SPARQL over ``kg.to_rdflib()``; entity IRIs come back as ids, literals as Python.

    ``SERVICE`` clauses (federated queries sent over the network) raise
    :class:`~kgexplain.errors.UnsafeQueryError` unless ``allow_service=True``; ``FROM`` and
    ``FROM NAMED`` (rdflib would load those graphs from their IRIs) always do.
    """
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, RDFS

    if not isinstance(query, str):
        raise UnsafeQueryError(f"a SPARQL query must be a string, got {type(query).__name__}")
    prefixes = (
        f"PREFIX kgx: <{_VOCAB}>\nPREFIX ent: <{_ENT}>\nPREFIX rel: <{_REL}>\n"
        f"PREFIX rdfs: <{RDFS}>\nPREFIX rdf: <{RDF}>\n"
    )
    check_query(prefixes + query, allow_service=allow_service)
    g = kg.to_rdflib()
    try:
        result = g.query(prefixes + query)
    except Exception as exc:
        raise GraphFormatError(f"invalid SPARQL query: {exc}") from None
    out = []
    for row in result:
        d = {}
        for var in result.vars:
            value = row[var]
            if isinstance(value, URIRef):
                s = str(value)
                if s.startswith(_ENT):
                    value = urllib.parse.unquote(s[len(_ENT):])
                elif s.startswith(_REL):
                    value = urllib.parse.unquote(s[len(_REL):])
                else:
                    value = s
            elif isinstance(value, Literal):
                value = _py(value)
            d[str(var)] = value
        out.append(d)
    return out
