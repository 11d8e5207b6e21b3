"""networkx graphs in: any ``nx.Graph`` whose edges name their relation becomes a
:class:`~kgexplain.graph.KnowledgeGraph` (see :meth:`KnowledgeGraph.from_networkx`).

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> _ = g.add_edge("user:1", "movie:1", key="rated", rating=5.0)
>>> from_networkx(g)
<KnowledgeGraph: 2 entities, 1 triples, 1 relations>
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from kgexplain.errors import EmptyGraphError, GraphFormatError, InvalidRecordError
from kgexplain.graph import KnowledgeGraph, infer_entities
from kgexplain.records import Entity, Relation

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

__all__ = ["from_networkx"]


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
