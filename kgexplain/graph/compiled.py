"""The compiled view of a graph: integer CSR adjacency arrays in both directions, for search.

:meth:`KnowledgeGraph.compile <kgexplain.graph.KnowledgeGraph.compile>` builds a
:class:`CompiledGraph` with :func:`compile_graph` once and caches it until the graph changes.
Edge strengths come from ``weight``, else ``rating`` normalized by the largest rating of the same
relation, else 1, clipped into ``[1e-6, 1e6]`` so a product of strengths along any path stays finite.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping

import networkx as nx
import numpy as np

from kgexplain.errors import ConfigError, UnknownEntityError
from kgexplain.records import Relation, Triple

if TYPE_CHECKING:  # pragma: no cover
    import scipy.sparse

__all__ = ["CompiledGraph", "KIND_CODES", "compile_graph"]

KIND_CODES: dict[str, int] = {"user": 0, "item": 1, "attribute": 2}
"""Integer codes of entity kinds in :class:`CompiledGraph.kind`."""

_MIN_WEIGHT, _MAX_WEIGHT = 1e-6, 1e6
"""Edge strengths are clipped into this range, so a product of strengths along any path stays finite."""


@dataclass(frozen=True, eq=False)
class CompiledGraph:
    """Integer-indexed CSR adjacency of a :class:`KnowledgeGraph`, in both directions.

    Node ``i`` is ``ids[i]``. Edge ``e`` is ``(edge_head[e], edge_rel[e], edge_tail[e])`` with
    strength ``edge_weight[e]`` and ``edge_time[e]`` (NaN when unknown). ``out_*`` arrays list
    the edges leaving each node (``out_ptr[i]:out_ptr[i+1]``), ``in_*`` those entering it, and
    ``adj_*`` both together (an undirected view: ``adj_forward`` says whether the stored edge
    leaves the node). ``*_edge`` arrays map each adjacency slot to its edge index.
    ``edge_rating`` and ``edge_weight_attr`` are the edges' raw ``rating`` and ``weight``
    attributes (NaN when absent), which the recommender reads without walking the edge dicts.
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
    edge_rating: np.ndarray
    edge_weight_attr: np.ndarray
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


def compile_graph(g: nx.MultiDiGraph, registry: Mapping[str, Relation], version: int) -> CompiledGraph:
    """The CSR arrays of a graph's ``MultiDiGraph`` (node attr ``entity``, edge key = relation)."""
    ids = tuple(g.nodes)
    index = {eid: i for i, eid in enumerate(ids)}
    kind = np.fromiter(
        (KIND_CODES[g.nodes[e]["entity"].kind] for e in ids), dtype=np.int8, count=len(ids)
    )
    relations = tuple(registry)
    rel_index = {r: i for i, r in enumerate(relations)}
    rel_explainable = np.array([registry[r].explainable for r in relations], dtype=bool)
    rel_sensitive = np.array([registry[r].sensitive for r in relations], dtype=bool)
    heads: list[int] = []
    tails: list[int] = []
    rels: list[int] = []
    times: list[float] = []
    raw_ws: list[float] = []
    raw_rs: list[float] = []
    ratings: list[float] = []
    nan = float("nan")
    # plain lists over the adjacency dicts, in the order of g.edges(keys=True, data=True): the
    # views and per-element numpy writes were most of a compile
    for h, nbrs in g._succ.items():
        hi = index[h]
        for t, keyed in nbrs.items():
            ti = index[t]
            for r, data in keyed.items():
                heads.append(hi)
                tails.append(ti)
                rels.append(rel_index[r])
                if data:
                    ts = data.get("timestamp")
                    times.append(nan if ts is None else _as_float(ts))
                    w = data.get("weight")
                    rating = data.get("rating")
                    rv = nan if rating is None else _as_float(rating)
                    ratings.append(rv)
                    if w is not None:
                        raw_ws.append(_as_float(w))
                        raw_rs.append(nan)
                    else:
                        raw_ws.append(nan)
                        raw_rs.append(rv)
                else:
                    times.append(nan)
                    raw_ws.append(nan)
                    raw_rs.append(nan)
                    ratings.append(nan)
    m = len(heads)
    head = np.array(heads, dtype=np.int32)
    tail = np.array(tails, dtype=np.int32)
    rel = np.array(rels, dtype=np.int32)
    time = np.array(times, dtype=np.float64)
    raw_w = np.array(raw_ws, dtype=np.float64)
    raw_r = np.array(raw_rs, dtype=np.float64)
    rating_attr = np.array(ratings, dtype=np.float64)
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
    return CompiledGraph(
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
        edge_rating=rating_attr,
        edge_weight_attr=raw_w,
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
        version=version,
    )


def _csr(keys: np.ndarray, nbrs: np.ndarray, edges: np.ndarray, n: int):
    order = np.lexsort((nbrs, keys))
    counts = np.bincount(keys, minlength=n)
    ptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=ptr[1:])
    return ptr, nbrs[order].astype(np.int32), edges[order].astype(np.int64), order


def _as_float(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError):
        return float("nan")
