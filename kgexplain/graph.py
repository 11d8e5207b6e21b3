"""Graph layer: the knowledge graph of users, items and attributes.

A :class:`KnowledgeGraph` wraps a networkx ``MultiDiGraph`` (the user-facing structure: every
node carries its :class:`~kgexplain.records.Entity`, every edge is keyed by its relation name and
carries its attributes such as ``weight``, ``rating`` and ``timestamp``) plus a registry of
:class:`~kgexplain.records.Relation` objects saying how each relation reads and whether it may be
used in explanations. For search, :meth:`KnowledgeGraph.compile` turns the graph into integer CSR
arrays in both directions (:class:`CompiledGraph`), cached until the graph changes.

>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples([("user:1", "rated", "movie:1", {"rating": 5.0}),
...                                       ("movie:1", "has_genre", "genre:Comedy")])
>>> kg.entity("movie:1").kind, kg.entity("genre:Comedy").kind
('item', 'attribute')
>>> kg.compile().num_nodes
3
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

import networkx as nx
import numpy as np

from kgexplain.errors import (
    ConfigError,
    ConflictingEntityError,
    EmptyGraphError,
    GraphFormatError,
    InvalidRecordError,
    UnknownEntityError,
    UnknownRelationError,
)
from kgexplain.records import Entity, Relation, Triple, check_attrs
from kgexplain.typing import EntityKind, PathLikeStr

if TYPE_CHECKING:  # pragma: no cover
    import rdflib
    import scipy.sparse

logger = logging.getLogger(__name__)

__all__ = ["KnowledgeGraph", "CompiledGraph", "GraphSummary", "KIND_CODES", "NUMERIC_EDGE_ATTRS"]

KIND_CODES: dict[str, int] = {"user": 0, "item": 1, "attribute": 2}
"""Integer codes of entity kinds in :class:`CompiledGraph.kind`."""

NUMERIC_EDGE_ATTRS = ("weight", "rating", "timestamp")
"""Edge attributes that must be finite real numbers when present (checked on every added edge)."""

_PLAIN_KEYS = frozenset(NUMERIC_EDGE_ATTRS)
_MIN_WEIGHT, _MAX_WEIGHT = 1e-6, 1e6
"""Edge strengths are clipped into this range at :meth:`KnowledgeGraph.compile`, so a product of
strengths along any path stays finite."""


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


@dataclass(frozen=True)
class GraphSummary:
    """Counts per kind, type and relation, and degree percentiles."""

    entities: int
    triples: int
    kinds: Mapping[str, int]
    types: Mapping[str, int]
    relations: Mapping[str, int]
    degree_percentiles: Mapping[str, float]

    def to_dict(self) -> dict[str, Any]:
        return {
            "entities": self.entities,
            "triples": self.triples,
            "kinds": dict(self.kinds),
            "types": dict(self.types),
            "relations": dict(self.relations),
            "degree_percentiles": dict(self.degree_percentiles),
        }

    def __str__(self) -> str:
        lines = [f"{self.entities:,} entities, {self.triples:,} triples"]
        lines.append("  kinds:     " + ", ".join(f"{k} {v:,}" for k, v in self.kinds.items()))
        lines.append("  types:     " + ", ".join(f"{k} {v:,}" for k, v in self.types.items()))
        lines.append("  relations: " + ", ".join(f"{k} {v:,}" for k, v in self.relations.items()))
        lines.append(
            "  degree:    " + ", ".join(f"{k} {v:g}" for k, v in self.degree_percentiles.items())
        )
        return "\n".join(lines)


@dataclass(frozen=True, eq=False)
class CompiledGraph:
    """Integer-indexed CSR adjacency of a :class:`KnowledgeGraph`, in both directions.

    Node ``i`` is ``ids[i]``. Edge ``e`` is ``(edge_head[e], edge_rel[e], edge_tail[e])`` with
    strength ``edge_weight[e]`` and ``edge_time[e]`` (NaN when unknown). ``out_*`` arrays list
    the edges leaving each node (``out_ptr[i]:out_ptr[i+1]``), ``in_*`` those entering it, and
    ``adj_*`` both together (an undirected view: ``adj_forward`` says whether the stored edge
    leaves the node). ``*_edge`` arrays map each adjacency slot to its edge index.
    """

    ids: tuple[str, ...]
    index: Mapping[str, int]
    kind: np.ndarray
    relations: tuple[str, ...]
    rel_index: Mapping[str, int]
    rel_explainable: np.ndarray
    rel_sensitive: np.ndarray
    edge_head: np.ndarray
    edge_tail: np.ndarray
    edge_rel: np.ndarray
    edge_weight: np.ndarray
    edge_time: np.ndarray
    out_ptr: np.ndarray
    out_nbr: np.ndarray
    out_edge: np.ndarray
    in_ptr: np.ndarray
    in_nbr: np.ndarray
    in_edge: np.ndarray
    adj_ptr: np.ndarray
    adj_nbr: np.ndarray
    adj_edge: np.ndarray
    adj_forward: np.ndarray
    degree: np.ndarray
    version: int = 0

    @property
    def num_nodes(self) -> int:
        return len(self.ids)

    @property
    def num_edges(self) -> int:
        return int(self.edge_head.shape[0])

    def node(self, entity_id: str) -> int:
        """The integer index of ``entity_id`` (raises :class:`UnknownEntityError`)."""
        try:
            return self.index[entity_id]
        except KeyError:
            raise UnknownEntityError(entity_id) from None

    def neighbors(self, i: int) -> tuple[np.ndarray, np.ndarray]:
        """Neighbours of node ``i`` in either direction and the edge index of each link."""
        lo, hi = self.adj_ptr[i], self.adj_ptr[i + 1]
        return self.adj_nbr[lo:hi], self.adj_edge[lo:hi]

    def triple(self, e: int) -> Triple:
        """Edge ``e`` as a stored :class:`Triple` of ids."""
        return Triple(
            self.ids[self.edge_head[e]], self.relations[self.edge_rel[e]], self.ids[self.edge_tail[e]]
        )

    def matrix(self, direction: str = "out") -> "scipy.sparse.csr_matrix":
        """A ``scipy.sparse.csr_matrix`` of edge strengths (``"out"``, ``"in"`` or ``"both"``)."""
        import scipy.sparse

        n = self.num_nodes
        if direction == "out":
            ptr, nbr, edge = self.out_ptr, self.out_nbr, self.out_edge
        elif direction == "in":
            ptr, nbr, edge = self.in_ptr, self.in_nbr, self.in_edge
        elif direction == "both":
            ptr, nbr, edge = self.adj_ptr, self.adj_nbr, self.adj_edge
        else:
            raise ConfigError(f"direction must be 'out', 'in' or 'both', got {direction!r}")
        return scipy.sparse.csr_matrix((self.edge_weight[edge], nbr, ptr), shape=(n, n))


def _csr(keys: np.ndarray, nbrs: np.ndarray, edges: np.ndarray, n: int):
    order = np.lexsort((nbrs, keys))
    counts = np.bincount(keys, minlength=n)
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=ptr[1:])
    return ptr, nbrs[order].astype(np.int32), edges[order].astype(np.int64), order


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
        self._g.add_edges_from(edges)
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
            raise UnknownEntityError(entity_id) from None

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
                ok = rel.explainable and not rel.sensitive
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
        if self._label_index is None:
            index: dict[str, list[str]] = {}
            for ent in self.entities():
                for form in (ent.label, *ent.aliases):
                    index.setdefault(form.casefold(), []).append(ent.id)
            self._label_index = index
        ids = self._label_index.get(label.casefold().strip(), [])
        ents = [self.entity(i) for i in dict.fromkeys(ids)]
        return [e for e in ents if kind is None or e.kind == kind]

    def users(self) -> list[str]:
        return [e.id for e in self.entities(kind="user")]

    def items(self) -> list[str]:
        return [e.id for e in self.entities(kind="item")]

    # ----------------------------------------------------------------- analysis
    def summary(self) -> GraphSummary:
        """Counts per kind, type and relation, and degree percentiles."""
        kinds = Counter(e.kind for e in self.entities())
        types = Counter(e.type for e in self.entities())
        rels = Counter(r for _, _, r in self._g.edges(keys=True))
        degrees = np.fromiter((d for _, d in self._g.degree()), dtype=np.int64)
        pct = {}
        if degrees.size:
            for p in (50, 90, 99, 100):
                pct[f"p{p}" if p < 100 else "max"] = float(np.percentile(degrees, p))
        return GraphSummary(
            entities=self.num_entities,
            triples=self.num_triples,
            kinds=dict(kinds.most_common()),
            types=dict(types.most_common()),
            relations=dict(rels.most_common()),
            degree_percentiles=pct,
        )

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
        ids = tuple(self._g.nodes)
        index = {eid: i for i, eid in enumerate(ids)}
        kind = np.fromiter(
            (KIND_CODES[self._g.nodes[e]["entity"].kind] for e in ids), dtype=np.int8, count=len(ids)
        )
        relations = tuple(self._relations)
        rel_index = {r: i for i, r in enumerate(relations)}
        rel_explainable = np.array([self._relations[r].explainable for r in relations], dtype=bool)
        rel_sensitive = np.array([self._relations[r].sensitive for r in relations], dtype=bool)
        m = self.num_triples
        head = np.empty(m, dtype=np.int32)
        tail = np.empty(m, dtype=np.int32)
        rel = np.empty(m, dtype=np.int32)
        time = np.full(m, np.nan, dtype=np.float64)
        raw_w = np.full(m, np.nan, dtype=np.float64)
        raw_r = np.full(m, np.nan, dtype=np.float64)
        for e, (h, t, r, data) in enumerate(self._g.edges(keys=True, data=True)):
            head[e] = index[h]
            tail[e] = index[t]
            rel[e] = rel_index[r]
            if data:
                ts = data.get("timestamp")
                if ts is not None:
                    time[e] = _as_float(ts)
                if data.get("weight") is not None:
                    raw_w[e] = _as_float(data["weight"])
                elif data.get("rating") is not None:
                    raw_r[e] = _as_float(data["rating"])
        weight = np.ones(m, dtype=np.float64)
        has_w = ~np.isnan(raw_w)
        weight[has_w] = raw_w[has_w]
        has_r = ~np.isnan(raw_r)
        if has_r.any():
            # ratings are normalized by the largest rating seen on the same relation
            max_r = np.zeros(len(relations))
            np.maximum.at(max_r, rel[has_r], raw_r[has_r])
            denom = np.where(max_r[rel[has_r]] > 0, max_r[rel[has_r]], 1.0)
            weight[has_r] = raw_r[has_r] / denom
        weight = np.where(np.isfinite(weight) & (weight > 0), weight, _MIN_WEIGHT)
        np.clip(weight, _MIN_WEIGHT, _MAX_WEIGHT, out=weight)
        n = len(ids)
        edges = np.arange(m, dtype=np.int64)
        out_ptr, out_nbr, out_edge, _ = _csr(head, tail, edges, n)
        in_ptr, in_nbr, in_edge, _ = _csr(tail, head, edges, n)
        keys = np.concatenate([head, tail])
        nbrs = np.concatenate([tail, head])
        both_edges = np.concatenate([edges, edges])
        fwd = np.concatenate([np.ones(m, dtype=bool), np.zeros(m, dtype=bool)])
        adj_ptr, adj_nbr, adj_edge, order = _csr(keys, nbrs, both_edges, n)
        self._compiled = CompiledGraph(
            ids=ids,
            index=index,
            kind=kind,
            relations=relations,
            rel_index=rel_index,
            rel_explainable=rel_explainable,
            rel_sensitive=rel_sensitive,
            edge_head=head,
            edge_tail=tail,
            edge_rel=rel,
            edge_weight=weight,
            edge_time=time,
            out_ptr=out_ptr,
            out_nbr=out_nbr,
            out_edge=out_edge,
            in_ptr=in_ptr,
            in_nbr=in_nbr,
            in_edge=in_edge,
            adj_ptr=adj_ptr,
            adj_nbr=adj_nbr,
            adj_edge=adj_edge,
            adj_forward=fwd[order],
            degree=np.diff(adj_ptr),
            version=self._version,
        )
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


def _as_float(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")


def infer_entities(
    rows: Iterable[tuple[str, str, str, Any]], item_types: Iterable[str] | None = None
) -> list[Entity]:
    """Entities inferred from triple ids (see :meth:`KnowledgeGraph.from_triples`)."""
    rows = list(rows)
    ids: dict[str, None] = {}
    for h, _, t, _ in rows:
        ids[h] = None
        ids[t] = None

    def type_of(eid: str) -> str:
        prefix, sep, _ = eid.partition(":")
        return prefix if sep else "entity"

    if item_types is None:
        item_set = {type_of(t) for h, _, t, _ in rows if type_of(h) == "user" and type_of(t) != "user"}
        item_set |= {type_of(h) for h, _, t, _ in rows if type_of(t) == "user" and type_of(h) != "user"}
    else:
        item_set = set(item_types)
    out = []
    for eid in ids:
        typ = type_of(eid)
        kind: EntityKind = "user" if typ == "user" else ("item" if typ in item_set else "attribute")
        out.append(Entity(eid, kind=kind, type=typ))
    return out
