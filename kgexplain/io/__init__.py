"""Reading and writing knowledge graphs: one registry of file formats, one module per format.

:func:`load_graph` and :func:`save_graph` (also ``load``/``save``) pick a :class:`GraphFormat` by
suffix (an optional ``.gz`` is looked through) or by name (``format=``), like networkx's
``readwrite`` and rdflib's plugin registry:

* ``.ttl`` / ``.nt`` / ``.jsonld`` (also ``.n3``, ``.xml``/``.rdf``/``.owl``): RDF via rdflib
  (:mod:`kgexplain.io.rdf`); ``rdfs:label`` becomes the label, ``rdf:type`` the type,
  ``skos:altLabel`` an alias. Another rdflib parser name given as ``format=`` goes to rdflib too.
* ``.csv`` / ``.tsv``: a triples table with optional sidecar entity table and relation registry
  (:mod:`kgexplain.io.table`, :mod:`kgexplain.io.relations`).
* a folder of RecBole atomic files (``*.inter``, ``*.kg``, ``*.link``, optional ``*.item``;
  :mod:`kgexplain.io.recbole`).

In-memory graphs come in through :func:`from_networkx` and :func:`from_rdflib`.
:func:`save_graph` writes RDF or CSV/TSV; loading what it wrote gives back every entity, label,
alias, relation (with phrases and flags), edge and attribute. :func:`register_format` adds a format.

Bad input: every loader reads through :mod:`kgexplain.limits` (regular files only, bounded size
after gunzip, bounded lines and literals, strict UTF-8, YAML without aliases) and checks types at
the boundary; every failure is a :class:`~kgexplain.errors.GraphFormatError` (a ``ValueError``)
naming the file and, where known, the line and field. RDF never reaches the network (see
:mod:`kgexplain.io.rdf`).

>>> from kgexplain import io
>>> sorted(io.graph_formats())
['json-ld', 'n3', 'nt', 'recbole', 'table', 'turtle', 'xml']
>>> io.graph_formats()["turtle"].suffixes
('.ttl',)
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial
from importlib import resources
from pathlib import Path as FsPath
from typing import Any, Callable, Iterable

from kgexplain.errors import ConfigError, GraphFileNotFoundError, GraphFormatError, InvalidRecordError
from kgexplain.graph import KnowledgeGraph
from kgexplain.io._files import stem_of, suffix_of
from kgexplain.io.networkx import from_networkx
from kgexplain.io.rdf import KGX, RDF_FORMATS, from_rdflib, load_rdf, save_rdf, sparql, to_rdflib
from kgexplain.io.recbole import load_recbole
from kgexplain.io.relations import default_relations, load_relations
from kgexplain.io.table import load_entity_table, load_table, save_table
from kgexplain.limits import DEFAULT_LIMITS, LoadLimits
from kgexplain.records import Relation
from kgexplain.typing import PathLikeStr

logger = logging.getLogger(__name__)

__all__ = [
    "load_graph",
    "save_graph",
    "load",
    "save",
    "GraphFormat",
    "register_format",
    "unregister_format",
    "graph_formats",
    "load_example",
    "example_path",
    "load_relations",
    "default_relations",
    "load_table",
    "load_entity_table",
    "save_table",
    "load_rdf",
    "load_recbole",
    "from_networkx",
    "to_rdflib",
    "from_rdflib",
    "sparql",
    "KGX",
    "LoadLimits",
]

_EXAMPLE = "movielens_small.tsv.gz"


@dataclass(frozen=True)
class GraphFormat:
    """A graph file format: its name, the suffixes that select it, and how it is read and written.

    ``load(path, *, entities, relations, limits, **kwargs)`` returns a
    :class:`~kgexplain.graph.KnowledgeGraph` (``relations`` is a list of
    :class:`~kgexplain.records.Relation` or None); ``save(kg, path)`` writes one, or is None for
    a format that is only read. A ``folder`` format reads a directory instead of a file.
    """

    name: str
    suffixes: tuple[str, ...]
    load: Callable[..., KnowledgeGraph]
    save: Callable[[KnowledgeGraph, FsPath], None] | None = None
    folder: bool = False


_FORMATS: dict[str, GraphFormat] = {}


def register_format(fmt: GraphFormat, *, replace: bool = False) -> GraphFormat:
    """Add a graph format to the registry :func:`load_graph` and :func:`save_graph` dispatch on.

    A name or suffix already registered raises :class:`~kgexplain.errors.ConfigError` unless
    ``replace=True``.
    """
    if not isinstance(fmt, GraphFormat):
        raise InvalidRecordError(f"expected a kgexplain.io.GraphFormat, got {type(fmt).__name__}")
    if not replace:
        taken = [s for other in _FORMATS.values() if other.name != fmt.name for s in fmt.suffixes if s in other.suffixes]
        if fmt.name in _FORMATS or taken:
            raise ConfigError(
                f"graph format {fmt.name!r} (suffixes {list(fmt.suffixes)}) clashes with a registered "
                f"format{' on ' + str(taken) if taken else ''}; pass replace=True to replace it"
            )
    _FORMATS[fmt.name] = fmt
    return fmt


def unregister_format(name: str) -> GraphFormat:
    """Remove a format from the registry and return it (an unknown name raises :class:`~kgexplain.errors.ConfigError`)."""
    try:
        return _FORMATS.pop(name)
    except KeyError:
        raise ConfigError(f"no graph format named {name!r}; registered: {sorted(_FORMATS)}") from None


def graph_formats() -> dict[str, GraphFormat]:
    """The registered graph formats, by name."""
    return dict(_FORMATS)


def _format_for(path: FsPath, format: str | None) -> GraphFormat | None:
    if format:
        return _FORMATS.get(format) or _rdflib_format(format)
    suffix, _ = suffix_of(path)
    return next((f for f in _FORMATS.values() if suffix in f.suffixes), None)


def _rdflib_format(name: str) -> GraphFormat:
    """A format named only by its rdflib plugin name (``format="trig"``): rdflib parses and writes it."""
    return GraphFormat(name, (), load=partial(_read_rdf, format=name), save=partial(save_rdf, format=name))


def _read_table(path: FsPath, *, entities: PathLikeStr | None, relations: list[Relation] | None,
                limits: LoadLimits, **kwargs: Any) -> KnowledgeGraph:
    return load_table(path, entities=entities, relations=relations, limits=limits, **kwargs)


def _read_rdf(path: FsPath, *, format: str, relations: list[Relation] | None, limits: LoadLimits,
              **_ignored: Any) -> KnowledgeGraph:
    return load_rdf(path, format=format, relations=relations, limits=limits)


def _read_recbole(path: FsPath, *, entities: PathLikeStr | None, relations: list[Relation] | None,
                  limits: LoadLimits, **kwargs: Any) -> KnowledgeGraph:
    return load_recbole(path, relations=relations, limits=limits, **kwargs)


register_format(GraphFormat("table", (".csv", ".tsv"), load=_read_table, save=save_table))
for _name in dict.fromkeys(RDF_FORMATS.values()):
    register_format(
        GraphFormat(
            _name,
            tuple(s for s, n in RDF_FORMATS.items() if n == _name),
            load=partial(_read_rdf, format=_name),
            save=partial(save_rdf, format=_name),
        )
    )
register_format(GraphFormat("recbole", (), load=_read_recbole, folder=True))
del _name


# --------------------------------------------------------------------------- dispatch
def load_graph(
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
            fmt = next(f for f in _FORMATS.values() if f.folder)
        else:
            found = _format_for(p, format)
            if found is None:
                suffix, _ = suffix_of(p)
                known = sorted({s for f in _FORMATS.values() for s in f.suffixes})
                raise GraphFormatError(
                    f"unknown graph file type {suffix!r}; use one of {known} (optionally .gz) or a RecBole folder",
                    p,
                )
            fmt = found
        kg = fmt.load(p, entities=entities, relations=rels, limits=limits, **kwargs)
    except InvalidRecordError as exc:  # a record check without a line of its own
        raise GraphFormatError(str(exc), p) from None
    if not kg.name:
        kg.name = stem_of(p) if p.is_file() else p.name
    return kg


def save_graph(kg: KnowledgeGraph, path: PathLikeStr, *, format: str | None = None) -> None:
    """Save as RDF or as CSV/TSV with sidecar entity and relation tables."""
    p = FsPath(path)
    fmt = _format_for(p, format)
    if fmt is None or fmt.save is None:
        suffix, _ = suffix_of(p)
        raise GraphFormatError(
            f"cannot save to {suffix!r}; use .ttl, .nt, .jsonld, .csv or .tsv (optionally .gz)", p
        )
    p.parent.mkdir(parents=True, exist_ok=True)
    fmt.save(kg, p)


load = load_graph
save = save_graph


def example_path() -> FsPath:
    """Where the shipped example graph lives inside the installed package."""
    return FsPath(str(resources.files("kgexplain") / "graphs" / _EXAMPLE))


def load_example() -> KnowledgeGraph:
    """Load the shipped example graph (MovieLens small + DBpedia facts)."""
    kg = load_graph(example_path())
    kg.name = "movielens-small-dbpedia"
    return kg
