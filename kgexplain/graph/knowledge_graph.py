"""The :class:`KnowledgeGraph`: users, items and attributes, typed relations, checked edges.

It wraps a networkx ``MultiDiGraph`` (every node carries its :class:`~kgexplain.records.Entity`,
every edge is keyed by its relation name and carries its attributes such as ``weight``,
``rating`` and ``timestamp``) plus a registry of :class:`~kgexplain.records.Relation` objects.
Reading and writing files is :mod:`kgexplain.io`'s job: :meth:`KnowledgeGraph.load`,
:meth:`~KnowledgeGraph.save`, :meth:`~KnowledgeGraph.example` and
:meth:`~KnowledgeGraph.from_networkx` import it on call.
"""

from __future__ import annotations

import hashlib
import logging
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping, Sequence

import networkx as nx
import numpy as np

from kgexplain.errors import (
    ConflictingEntityError,
    EmptyGraphError,
    GraphFormatError,
    InvalidRecordError,
    UnknownEntityError,
    UnknownRelationError,
    short_repr,
)
from kgexplain.graph.compiled import CompiledGraph, compile_graph
from kgexplain.graph.inference import infer_entities
from kgexplain.graph.summary import GraphSummary, summarize
from kgexplain.records import Entity, Relation, Triple, check_attrs
from kgexplain.typing import EntityKind, PathLikeStr

if TYPE_CHECKING:  # pragma: no cover
    import rdflib

logger = logging.getLogger(__name__)

__all__ = ["KnowledgeGraph", "NUMERIC_EDGE_ATTRS", "check_edge_attrs"]

NUMERIC_EDGE_ATTRS = ("weight", "rating", "timestamp")
"""Edge attributes that must be finite real numbers when present (checked on every added edge)."""

_PLAIN_KEYS = frozenset(NUMERIC_EDGE_ATTRS)


def check_edge_attrs(h: str, r: str, t: str, attrs: Any) -> dict[str, Any]:
    """Checked attributes of one edge: a mapping with string keys, storable values and finite
    ``weight``/``rating``/``timestamp`` numbers (raises :class:`InvalidRecordError`)."""
    owner = f"edge ({h}, {r}, {t})"
    if type(attrs) is dict and all(
        type(k) is str and k in _PLAIN_KEYS and type(v) in (int, float) for k, v in attrs.items()
    ):
        pass  # the common case (rating/timestamp numbers): only the finiteness checks below
    else:
        attrs = check_attrs(attrs, owner)
    for name in NUMERIC_EDGE_ATTRS:
        value = attrs.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
            raise InvalidRecordError(
                f"{owner}: {name} must be a number, got {type(value).__name__} {str(value)[:40]!r}"
            )
        try:
            finite = np.isfinite(float(value))
        except OverflowError:  # an int past 1e308
            finite = False
        if not finite:
            raise InvalidRecordError(
                f"{owner}: {name} must be a finite number, got {str(value)[:40]}; drop the value "
                "or give a finite one"
            )
    return attrs


class KnowledgeGraph:
    """A knowledge graph of users, items and attributes with a relation registry.

    Build one with :meth:`from_triples`, :meth:`from_networkx` or :meth:`load`; save it with
    :meth:`save`. The underlying networkx ``MultiDiGraph`` is :attr:`graph` (read it freely;
    mutate through :meth:`add_entity` / :meth:`add_triple` so caches stay correct).
    """

    def __init__(self, relations: Iterable[Relation] = (), name: str = "") -> None:
        self.name = name
        self._g: nx.MultiDiGraph = nx.MultiDiGraph()
        self._relations: dict[str, Relation] = {}
        self._version = 0
        self._compiled: CompiledGraph | None = None
        self._label_index: dict[str, list[str]] | None = None
        self._tail_index: dict[str, list[str]] = {}  # id after its prefix -> ids (built with the labels)
        self._fingerprint: tuple[int, str] | None = None
        self._rdf: tuple[int, Any] | None = None
        for rel in relations:
            self.add_relation(rel)

    # ----------------------------------------------------------------- construction
    @classmethod
    def from_triples(
        cls,
        triples: Iterable[Any],
        entities: Iterable[Entity] | None = None,
        relations: Iterable[Relation] | None = None,
        *,
        item_types: Iterable[str] | None = None,
        name: str = "",
    ) -> "KnowledgeGraph":
        """Build a graph from ``(head, relation, tail)`` or ``(head, relation, tail, attrs)``.

        With ``entities`` given, every id a triple names must be declared (a typo raises
        :class:`UnknownEntityError`). Without it, entities are inferred from the ids: the prefix
        before ``:`` is the type, ``user:*`` ids are users, ids of ``item_types`` (by default:
        whatever a user links to directly) are items and the rest are attributes. Relations not
        declared get phrases made from their names.
        """
        relations = list(relations) if relations is not None else None
        declared = {r.name for r in relations or ()}
        kg = cls(relations or (), name=name)
        rows = []
        for n, row in enumerate(triples, start=1):
            if isinstance(row, Triple):
                rows.append((row.head, row.relation, row.tail, {}))
                continue
            try:
                size = len(row)
            except TypeError:
                raise GraphFormatError(
                    f"triple {n} is {row!r}; expected (head, relation, tail) or "
                    "(head, relation, tail, attrs)"
                ) from None
            if size == 3:
                h, r, t = row
                attrs: Mapping[str, Any] = {}
            elif size == 4:
                h, r, t, attrs = row
                attrs = attrs or {}
            else:
                raise GraphFormatError(
                    f"triple {n} has {size} fields; expected (head, relation, tail[, attrs])"
                )
            for value, what in ((h, "head"), (r, "relation"), (t, "tail")):
                if not isinstance(value, str) or not value.strip():
                    raise GraphFormatError(
                        f"triple {n}: {what} must be a non-empty string id, got {value!r}"
                    )
            rows.append((h, r, t, attrs))
        if entities is not None:
            for ent in entities:
                kg.add_entity(ent)
        else:
            for ent in infer_entities(rows, item_types=item_types):
                kg.add_entity(ent)
        kg.add_triples(rows)
        if relations:
            _warn_undeclared(rows, kg._relations, declared)
        if kg.num_entities == 0:
            raise EmptyGraphError(
                "the graph is empty: pass at least one triple (head, relation, tail) or entity"
            )
        return kg

    @classmethod
    def from_networkx(
        cls,
        graph: nx.Graph,
        relations: Iterable[Relation] | None = None,
        *,
        relation_attr: str = "relation",
        item_types: Iterable[str] | None = None,
    ) -> "KnowledgeGraph":
        """Build from any networkx graph. Edge relation comes from the edge key (MultiGraphs)
        or the ``relation_attr`` attribute; node attributes ``kind``, ``type``, ``label``,
        ``aliases`` (or an ``entity`` attribute holding an :class:`Entity`) describe entities."""
        from kgexplain import io

        return io.from_networkx(
            graph, relations=relations, relation_attr=relation_attr, item_types=item_types
        )

    @classmethod
    def load(cls, path: PathLikeStr, **kwargs: Any) -> "KnowledgeGraph":
        """Load a graph, dispatching on the suffix (``.ttl``, ``.nt``, ``.jsonld``, ``.csv``,
        ``.tsv``, optionally ``.gz``) or on a RecBole atomic-file folder."""
        from kgexplain import io

        return io.load_graph(path, **kwargs)

    @classmethod
    def example(cls) -> "KnowledgeGraph":
        """The example graph shipped with the package (MovieLens small + DBpedia facts)."""
        from kgexplain import io

        return io.load_example()

    def save(self, path: PathLikeStr, **kwargs: Any) -> None:
        """Save as RDF (``.ttl``, ``.nt``, ``.jsonld``) or CSV/TSV triples with sidecar entity
        and relation tables; loading it back gives an equal graph."""
        from kgexplain import io

        io.save_graph(self, path, **kwargs)

    # ----------------------------------------------------------------- mutation
    def _touch(self) -> None:
        self._version += 1
        self._compiled = None
        self._label_index = None

    def add_relation(self, relation: Relation) -> Relation:
        """Register (or replace) a relation."""
        if not isinstance(relation, Relation):
            raise InvalidRecordError(f"expected a kgexplain.Relation, got {type(relation).__name__}")
        self._relations[relation.name] = relation
        self._touch()
        return relation

    def add_entity(self, entity: Entity | str, **fields: Any) -> Entity:
        """Add an entity (an :class:`Entity`, or an id plus ``kind=``, ``label=``...).

        Re-adding an id with the same kind merges label, aliases and attributes; a different
        kind raises :class:`ConflictingEntityError`.
        """
        if isinstance(entity, str):
            entity = Entity(entity, **fields)
        elif not isinstance(entity, Entity):
            raise InvalidRecordError(f"expected a kgexplain.Entity or an id, got {type(entity).__name__}")
        old = self._g.nodes[entity.id]["entity"] if entity.id in self._g else None
        if old is not None:
            if old.kind != entity.kind or old.type != entity.type:
                raise ConflictingEntityError(
                    f"entity {entity.id!r} is declared both as {old.kind}/{old.type} and as "
                    f"{entity.kind}/{entity.type}; give each kind its own namespaced id "
                    f"(e.g. 'user:7' and 'movie:7')"
                )
            aliases = tuple(dict.fromkeys(old.aliases + entity.aliases))
            entity = Entity(
                entity.id,
                kind=entity.kind,
                type=entity.type,
                label=entity.label or old.label,
                aliases=aliases,
                attrs={**old.attrs, **entity.attrs},
            )
        self._g.add_node(entity.id, entity=entity)
        self._touch()
        return entity

    def add_triple(self, head: str, relation: str, tail: str, **attrs: Any) -> Triple:
        """Add the edge ``head -[relation]-> tail`` with attributes. Both ids must exist;
        an undeclared relation is registered with phrases made from its name."""
        for ent in (head, tail):
            if ent not in self._g:
                raise UnknownEntityError(
                    ent,
                    hint=f"the triple ({head}, {relation}, {tail}) names it but it was not "
                    "declared; add it to `entities=` (or drop `entities=` to infer entities)",
                )
        attrs = check_edge_attrs(head, relation, tail, attrs)
        if relation not in self._relations:
            self._relations[relation] = Relation(relation)
        self._g.add_edge(head, tail, key=relation, **attrs)
        self._touch()
        return Triple(head, relation, tail)

    def add_triples(self, rows: Iterable[tuple[str, str, str, Mapping[str, Any]]]) -> int:
        """Add many ``(head, relation, tail, attrs)`` edges at once (entities must exist).

        The bulk form of :meth:`add_triple`: same checks, one cache invalidation. Returns the
        number of rows added.
        """
        nodes = self._g._node  # read-only membership test, much faster than has_node per row
        edges = []
        for h, r, t, attrs in rows:
            for ent in (h, t):
                if ent not in nodes:
                    raise UnknownEntityError(
                        ent,
                        hint=f"the triple ({h}, {r}, {t}) names it but it was not declared; "
                        "add it to `entities=` (or drop `entities=` to infer entities)",
                    )
            if attrs:
                attrs = check_edge_attrs(h, r, t, attrs)
            if r not in self._relations:
                self._relations[r] = Relation(r)
            edges.append((h, t, r, attrs))
        _add_edges(self._g, edges)
        self._touch()
        return len(edges)

    # ----------------------------------------------------------------- lookups
    @property
    def graph(self) -> nx.MultiDiGraph:
        """The networkx ``MultiDiGraph`` (node attr ``entity``; edge key = relation)."""
        return self._g

    @property
    def relations(self) -> Mapping[str, Relation]:
        """The relation registry, by name."""
        return dict(self._relations)

    @property
    def version(self) -> int:
        """A counter bumped by every mutation (caches key on it)."""
        return self._version

    @property
    def num_entities(self) -> int:
        return self._g.number_of_nodes()

    @property
    def num_triples(self) -> int:
        if self._compiled is not None and self._compiled.version == self._version:
            return self._compiled.num_edges  # counting networkx's edges walks every node
        return self._g.number_of_edges()

    def __len__(self) -> int:
        return self.num_entities

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._g

    def __repr__(self) -> str:
        name = f" {self.name!r}" if self.name else ""
        return (
            f"<KnowledgeGraph{name}: {self.num_entities:,} entities, "
            f"{self.num_triples:,} triples, {len(self._relations)} relations>"
        )

    def entity(self, entity_id: str) -> Entity:
        """The :class:`Entity` with this id (raises :class:`UnknownEntityError`)."""
        try:
            return self._g.nodes[entity_id]["entity"]
        except KeyError:
            raise self.unknown(entity_id) from None

    def unknown(self, entity_id: Any) -> UnknownEntityError:
        """The error for an id this graph does not hold, with a "did you mean" where one fits:
        an entity whose label is the id ("Toy Story" -> 'movie:1'), or an id with the same part
        after the prefix ("ann" or "person:ann" -> 'user:ann'); else the id prefixes this graph
        uses.

        >>> import kgexplain as kgx
        >>> kg = kgx.KnowledgeGraph.from_triples(
        ...     [("user:ann", "rated", "book:1")],
        ...     entities=[kgx.Entity("user:ann", kind="user"),
        ...               kgx.Entity("book:1", kind="item", label="Dune")])
        >>> print(kg.unknown("person:ann"))
        unknown entity 'person:ann': it is not in the graph; did you mean 'user:ann'?
        >>> print(kg.unknown("Dune"))
        unknown entity 'Dune': it is not in the graph; did you mean 'book:1' (labelled 'Dune')?
        """
        text = str(entity_id)
        labelled = list(dict.fromkeys(self._labels().get(text.casefold().strip(), [])))[:3]
        tail = text.rsplit(":", 1)[-1].casefold()
        same_tail = [i for i in self._tail_index.get(tail, []) if i != text][:3]
        if labelled:
            hint = "did you mean " + " or ".join(f"{i!r} (labelled {self.label(i)!r})" for i in labelled) + "?"
        elif same_tail:
            hint = "did you mean " + " or ".join(repr(i) for i in same_tail) + "?"
        else:
            from itertools import islice

            prefixes = sorted({i.split(":", 1)[0] + ":" for i in islice(self._g.nodes, 20_000)
                               if isinstance(i, str) and ":" in i})
            hint = ("ids in this graph start with " + ", ".join(repr(p) for p in prefixes[:8])
                    + "; look an entity up by its label with kg.find(label)") if prefixes else \
                "look an entity up by its label with kg.find(label)"
        err = UnknownEntityError(short_repr(text)[1:-1], hint=hint)
        err.entity_id = entity_id
        return err

    def label(self, entity_id: str) -> str:
        """The human label of an entity."""
        return self.entity(entity_id).label

    def relation(self, name: str) -> Relation:
        """The :class:`Relation` with this name (raises :class:`UnknownRelationError`)."""
        try:
            return self._relations[name]
        except KeyError:
            raise UnknownRelationError(name, list(self._relations)) from None

    def entities(
        self, kind: EntityKind | None = None, type: str | None = None
    ) -> Iterator[Entity]:
        """All entities, optionally of one kind and/or fine type."""
        for _, data in self._g.nodes(data=True):
            ent: Entity = data["entity"]
            if (kind is None or ent.kind == kind) and (type is None or ent.type == type):
                yield ent

    def triples(self, relation: str | None = None, *, explainable: bool | None = None) -> Iterator[Triple]:
        """All stored triples, optionally of one relation or only (non-)explainable ones."""
        for h, t, r in self._g.edges(keys=True):
            if relation is not None and r != relation:
                continue
            if explainable is not None:
                rel = self._relations[r]
                ok = rel.usable
                if ok != explainable:
                    continue
            yield Triple(h, r, t)

    def edges(self) -> Iterator[tuple[Triple, dict[str, Any]]]:
        """All stored triples with their attribute dicts."""
        for h, t, r, data in self._g.edges(keys=True, data=True):
            yield Triple(h, r, t), data

    def has_triple(self, head: str, relation: str, tail: str) -> bool:
        """Whether ``head -[relation]-> tail`` is stored (in this direction)."""
        return self._g.has_edge(head, tail, key=relation)

    def edge_attrs(self, head: str, relation: str, tail: str) -> dict[str, Any]:
        """The attributes of a stored edge (raises ``KeyError`` if it is not stored)."""
        try:
            return dict(self._g.edges[head, tail, relation])
        except KeyError:
            raise UnknownEntityError(
                f"({head}, {relation}, {tail})", hint="no such edge is stored in the graph"
            ) from None

    def triples_between(self, a: str, b: str) -> list[Triple]:
        """Every stored triple linking ``a`` and ``b``, in either direction."""
        out: list[Triple] = []
        if self._g.has_node(a) and self._g.has_node(b):
            for r in self._g.get_edge_data(a, b, default={}):
                out.append(Triple(a, r, b))
            if a != b:
                for r in self._g.get_edge_data(b, a, default={}):
                    out.append(Triple(b, r, a))
        return out

    def triples_of(self, entity_id: str) -> list[Triple]:
        """Every stored triple that has ``entity_id`` as head or tail."""
        self.entity(entity_id)
        out = [Triple(h, r, t) for h, t, r in self._g.out_edges(entity_id, keys=True)]
        out += [Triple(h, r, t) for h, t, r in self._g.in_edges(entity_id, keys=True)]
        return out

    def find(self, label: str, kind: EntityKind | None = None) -> list[Entity]:
        """Entities whose label or alias equals ``label`` (case-insensitive).

        >>> import kgexplain as kgx
        >>> kg = kgx.KnowledgeGraph.from_triples(
        ...     [("user:1", "rated", "movie:1")],
        ...     entities=[kgx.Entity("user:1", kind="user"),
        ...               kgx.Entity("movie:1", kind="item", label="Toy Story")])
        >>> [e.id for e in kg.find("toy story")]
        ['movie:1']
        """
        ids = self._labels().get(label.casefold().strip(), [])
        ents = [self.entity(i) for i in dict.fromkeys(ids)]
        return [e for e in ents if kind is None or e.kind == kind]

    def _labels(self) -> dict[str, list[str]]:
        """Casefolded label/alias -> ids, built once per version with the id-tail index
        (the part after the prefix -> ids) that :meth:`unknown` reads."""
        if self._label_index is None:
            index: dict[str, list[str]] = {}
            tails: dict[str, list[str]] = {}
            for ent in self.entities():
                for form in (ent.label, *ent.aliases):
                    index.setdefault(form.casefold(), []).append(ent.id)
                tails.setdefault(ent.id.rsplit(":", 1)[-1].casefold(), []).append(ent.id)
            self._label_index = index
            self._tail_index = tails
        return self._label_index

    def users(self) -> list[str]:
        return [e.id for e in self.entities(kind="user")]

    def items(self) -> list[str]:
        return [e.id for e in self.entities(kind="item")]

    # ----------------------------------------------------------------- analysis
    def summary(self) -> GraphSummary:
        """Counts per kind, type and relation, and degree percentiles."""
        return summarize(self)

    def fingerprint(self) -> str:
        """A SHA-256 of the entities, relations and triples (stable across runs and saves)."""
        if self._fingerprint and self._fingerprint[0] == self._version:
            return self._fingerprint[1]
        h = hashlib.sha256()
        ents = sorted(
            f"E\t{e.id}\t{e.kind}\t{e.type}\t{e.label}\t{'|'.join(e.aliases)}" for e in self.entities()
        )
        rels = sorted(
            f"R\t{r.name}\t{r.phrase}\t{r.inverse_phrase}\t{r.explainable}\t{r.sensitive}"
            for r in self._relations.values()
        )
        triples = sorted(f"T\t{hd}\t{r}\t{tl}" for hd, tl, r in self._g.edges(keys=True))
        for block in (ents, rels, triples):
            h.update("\n".join(block).encode())
            h.update(b"\n\x00")
        digest = h.hexdigest()
        self._fingerprint = (self._version, digest)
        return digest

    def compile(self) -> CompiledGraph:
        """Integer CSR arrays in both directions, cached until the graph changes."""
        if self._compiled is not None and self._compiled.version == self._version:
            return self._compiled
        if self.num_entities == 0:
            raise EmptyGraphError("cannot compile an empty graph: add entities and triples first")
        self._compiled = compile_graph(self._g, self._relations, self._version)
        return self._compiled

    # ----------------------------------------------------------------- RDF
    def to_rdflib(self) -> "rdflib.Graph":
        """The graph as an ``rdflib.Graph`` (cached until the graph changes)."""
        from kgexplain import io

        if self._rdf is None or self._rdf[0] != self._version:
            self._rdf = (self._version, io.to_rdflib(self))
        return self._rdf[1]

    def sparql(self, query: str, *, allow_service: bool = False) -> list[dict[str, Any]]:
        """Run a SPARQL query over the RDF view; rows as dicts of plain Python values.

        Entities are ``kgx:entity/<id>`` IRIs; relations ``kgx:relation/<name>``; labels are
        ``rdfs:label``. The prefixes ``kgx``, ``ent``, ``rel``, ``rdfs`` and ``rdf`` are bound.
        Nothing leaves the machine: ``SERVICE`` clauses raise
        :class:`~kgexplain.errors.UnsafeQueryError` unless ``allow_service=True``, and
        ``FROM``/``FROM NAMED`` always do.
        """
        from kgexplain import io

        return io.sparql(self, query, allow_service=allow_service)


def _add_edges(g: nx.MultiDiGraph, edges: list[tuple[str, str, str, Mapping[str, Any]]]) -> None:
    """``g.add_edges_from(edges)`` for keyed edges between existing nodes, written straight into
    the adjacency dicts: the same dicts in the same order (a new (head, tail) pair gets one key
    dict shared by successors and predecessors; a repeated key updates its data), several times
    faster than networkx's per-edge view lookups and cache clearing."""
    succ, pred = g._succ, g._pred
    for h, t, key, attrs in edges:
        nbrs = succ[h]
        keyed = nbrs.get(t)
        if keyed is None:
            keyed = nbrs[t] = {}
            pred[t][h] = keyed
        data = keyed.get(key)
        if data is None:
            data = keyed[key] = {}
        if attrs:
            data.update(attrs)
    clear = getattr(nx, "_clear_cache", None)  # networkx's cached views of this graph
    if clear is not None:
        clear(g)


def _warn_undeclared(rows: Sequence[tuple[str, str, str, Any]], registry: Mapping[str, Relation],
                     declared: set[str]) -> None:
    """Log the relations the triples use but the given registry does not declare (their text
    falls back to a generic phrase), naming a declared-but-unused relation that looks like a typo."""
    import difflib

    used = dict.fromkeys(r for _, r, _, _ in rows)
    undeclared = [r for r in used if r not in declared]
    if not undeclared:
        return
    unused = sorted(declared - set(used))
    for r in undeclared[:10]:
        close = difflib.get_close_matches(r, unused, n=1, cutoff=0.75)
        hint = (f"; the registry declares {close[0]!r}, which no triple uses: a typo?" if close
                else f"; declare it with a phrase (its text reads {registry[r].phrase!r} until then)")
        logger.warning("relation %r is used by the triples but not declared in the relations%s", r, hint)
