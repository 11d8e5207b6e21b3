"""Graph layer: the knowledge graph of users, items and attributes.

A :class:`KnowledgeGraph` (:mod:`~kgexplain.graph.knowledge_graph`) wraps a networkx
``MultiDiGraph`` (the user-facing structure: every node carries its
:class:`~kgexplain.records.Entity`, every edge is keyed by its relation name and carries its
attributes such as ``weight``, ``rating`` and ``timestamp``) plus a registry of
:class:`~kgexplain.records.Relation` objects saying how each relation reads and whether it may be
used in explanations. For search, :meth:`KnowledgeGraph.compile` turns the graph into integer CSR
arrays in both directions (:class:`CompiledGraph`, :mod:`~kgexplain.graph.compiled`), cached
until the graph changes. Entities missing from a declaration are inferred from their ids
(:mod:`~kgexplain.graph.inference`); :meth:`KnowledgeGraph.summary` counts what the graph holds
(:mod:`~kgexplain.graph.summary`). The graph knows no file format: :mod:`kgexplain.io` does.

>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples([("user:1", "rated", "movie:1", {"rating": 5.0}),
...                                       ("movie:1", "has_genre", "genre:Comedy")])
>>> kg.entity("movie:1").kind, kg.entity("genre:Comedy").kind
('item', 'attribute')
>>> kg.compile().num_nodes
3
"""

from __future__ import annotations

from kgexplain.graph.compiled import KIND_CODES, CompiledGraph
from kgexplain.graph.inference import infer_entities
from kgexplain.graph.knowledge_graph import NUMERIC_EDGE_ATTRS, KnowledgeGraph, check_edge_attrs
from kgexplain.graph.summary import GraphSummary

__all__ = [
    "KnowledgeGraph",
    "CompiledGraph",
    "GraphSummary",
    "KIND_CODES",
    "NUMERIC_EDGE_ATTRS",
    "check_edge_attrs",
    "infer_entities",
]
