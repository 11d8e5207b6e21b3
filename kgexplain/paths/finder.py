"""The path search: the k strongest simple user -> item paths, exact (:class:`PathFinder`).

A meet-in-the-middle search over the compiled CSR arrays: frontiers grow from the user and from
the item (vectorized over all partial paths), are joined on the middle edge by expanding whichever
side is cheaper, and every joined candidate is scored at once with the fitted
:class:`~kgexplain.paths.PathScorer`. Frontiers larger than ``max_frontier`` keep only their best
partial paths; when the best score a dropped partial path could still reach could beat the k-th
path found, the search is rerun without the cap, so the answer always equals exhaustive
enumeration.
"""

from __future__ import annotations

import logging
import math
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence

import numpy as np

from kgexplain.errors import ConfigError, UnknownRelationError
from kgexplain.graph import KIND_CODES, CompiledGraph, KnowledgeGraph
from kgexplain.paths._csr import filtered_csr, match, ranges, usable_edge_mask, usable_relations
from kgexplain.paths.scorer import PathScorer
from kgexplain.records import Path, Triple

logger = logging.getLogger(__name__)

__all__ = ["PathFinder"]

_USER = KIND_CODES["user"]
_NEG_INF = -math.inf


@dataclass
class _Layer:
    """Partial paths grown from one root: ``nodes[:, 0]`` is the root."""

    nodes: np.ndarray  # (n, d + 1)
    edges: np.ndarray  # (n, d)
    logw: np.ndarray  # (n,) edge terms + specificity of nodes strictly between root and end
    pruned: float = _NEG_INF  # best logw among partial paths dropped by the frontier cap
    unique_sorted: bool = False  # ends strictly increasing (lets joins skip sorting)

    @property
    def ends(self) -> np.ndarray:
        return self.nodes[:, -1]

    def __len__(self) -> int:
        return int(self.nodes.shape[0])


@dataclass
class _Candidates:
    """Complete candidate paths of one length ``L``, as arrays."""

    nodes: np.ndarray  # (c, L + 1)
    edges: np.ndarray  # (c, L)
    logscore: np.ndarray  # (c,)


@dataclass
class _State:
    cg: CompiledGraph
    version: int
    full_ptr: np.ndarray
    full_nbr: np.ndarray
    full_edge: np.ndarray
    inner_ptr: np.ndarray
    inner_nbr: np.ndarray
    inner_edge: np.ndarray
    root_ptr: np.ndarray
    root_nbr: np.ndarray
    root_edge: np.ndarray
    inner_deg: np.ndarray
    is_user: np.ndarray
    elog: np.ndarray
    spec: np.ndarray
    step_bound: float
    patterns: dict[int, np.ndarray] = field(default_factory=dict)
    scratch: np.ndarray | None = None
    triples: dict[int, Triple] = field(default_factory=dict)  # edge id -> its record, made once


class PathFinder:
    """Find the k strongest simple paths from a user to an item.

    Args:
        kg: the knowledge graph.
        max_hops: longest path considered (default 3).
        scorer: a :class:`PathScorer` (default: ``PathScorer()``).
        allow_users: let other users appear on paths ("people who liked X also liked Y").
        meta_paths: optional relation-name sequences (like PGPR path patterns); when given,
            only paths whose relation sequence equals one of them count. Each relation may be
            walked in either direction.
        max_frontier: cap on the partial paths kept per search layer (hubs); exactness is kept
            by a score bound and a rerun without cap when the bound says it is needed.

    The constructor is cheap; the compiled arrays are built on first use and rebuilt when the
    graph changes. A finder is not thread-safe (it reuses a scratch buffer): use one per thread.

    >>> import kgexplain as kgx
    >>> kg = kgx.KnowledgeGraph.from_triples([("user:1", "rated", "movie:1"),
    ...                                       ("movie:1", "directed_by", "person:Ang_Lee"),
    ...                                       ("movie:2", "directed_by", "person:Ang_Lee")])
    >>> [str(h) for h in kgx.PathFinder(kg).find("user:1", "movie:2")[0].hops]
    ['(user:1) -[rated]-> (movie:1)', '(movie:1) -[directed_by]-> (person:Ang_Lee)', '(movie:2) -[directed_by]-> (person:Ang_Lee)']
    """

    def __init__(
        self,
        kg: KnowledgeGraph,
        max_hops: int = 3,
        scorer: PathScorer | None = None,
        allow_users: bool = False,
        meta_paths: Iterable[Sequence[str]] | None = None,
        max_frontier: int | None = 20_000,
    ) -> None:
        _check_hops(max_hops)
        if max_frontier is not None and int(max_frontier) < 1:
            raise ConfigError(f"max_frontier must be a positive int or None, got {max_frontier!r}")
        if scorer is not None and not isinstance(scorer, PathScorer):
            raise ConfigError(
                f"scorer must be a kgexplain.PathScorer (or subclass), got {type(scorer).__name__}"
            )
        self.kg = kg
        self.max_hops = int(max_hops)
        self.scorer = scorer if scorer is not None else PathScorer()
        self.allow_users = bool(allow_users)
        self.meta_paths = (
            None if meta_paths is None else tuple(tuple(p) for p in meta_paths)
        )
        self.max_frontier = None if max_frontier is None else int(max_frontier)
        self._state: _State | None = None

    def __repr__(self) -> str:
        return (
            f"PathFinder(max_hops={self.max_hops}, scorer={self.scorer!r}, "
            f"allow_users={self.allow_users}, meta_paths={self.meta_paths}, "
            f"max_frontier={self.max_frontier})"
        )

    # ----------------------------------------------------------------- fitted state
    def fit(self) -> "PathFinder":
        """Compile the graph and precompute the search arrays (done on first use)."""
        self._fitted()
        return self

    def _fitted(self) -> _State:
        st = self._state
        if (
            st is not None
            and st.version == self.kg.version
            and self.scorer._fit_key == (id(self.kg), self.kg.version)
        ):
            return st
        cg = self.kg.compile()
        usable = usable_edge_mask(cg)
        patterns: dict[int, list[list[int]]] = {}
        if self.meta_paths is not None:
            allowed = np.zeros(len(cg.relations), dtype=bool)
            for pat in self.meta_paths:
                if not pat:
                    raise ConfigError("a meta-path must name at least one relation")
                if len(pat) > self.max_hops:
                    raise ConfigError(
                        f"meta-path {list(pat)} has {len(pat)} hops but max_hops={self.max_hops}; "
                        "raise max_hops or shorten the pattern"
                    )
                ids = []
                for rel in pat:
                    if rel not in cg.rel_index:
                        raise UnknownRelationError(rel, list(cg.relations))
                    r = cg.rel_index[rel]
                    if not usable_relations(cg)[r]:
                        raise ConfigError(
                            f"meta-path {list(pat)} uses relation {rel!r}, which is not "
                            "explainable or is sensitive, so no path may walk it"
                        )
                    allowed[r] = True
                    ids.append(r)
                patterns.setdefault(len(ids), []).append(ids)
            usable = usable & allowed[cg.edge_rel]
        scorer = self.scorer.fit(self.kg)
        slot_ok = usable[cg.adj_edge]
        full_ptr, full_nbr, full_edge = filtered_csr(cg, slot_ok)
        is_user = cg.kind == _USER
        if self.allow_users:
            inner_ptr, inner_nbr, inner_edge = full_ptr, full_nbr, full_edge
            root_ptr, root_nbr, root_edge = full_ptr, full_nbr, full_edge
        else:
            # first hops from either end may not reach another user; later hops touch no user
            owner = np.repeat(np.arange(cg.num_nodes), np.diff(cg.adj_ptr))
            root_ok = slot_ok & ~is_user[cg.adj_nbr]
            root_ptr, root_nbr, root_edge = filtered_csr(cg, root_ok)
            inner_ptr, inner_nbr, inner_edge = filtered_csr(cg, root_ok & ~is_user[owner])
        elog = scorer.edge_log_weight_
        spec = scorer.node_log_weight_  # specificity + salience
        hmax = float(elog[usable].max()) if usable.any() else 0.0
        smax = float(spec.max()) if spec.size else 0.0
        self._state = _State(
            cg=cg,
            version=self.kg.version,
            full_ptr=full_ptr,
            full_nbr=full_nbr,
            full_edge=full_edge,
            inner_ptr=inner_ptr,
            inner_nbr=inner_nbr,
            inner_edge=inner_edge,
            root_ptr=root_ptr,
            root_nbr=root_nbr,
            root_edge=root_edge,
            inner_deg=np.diff(inner_ptr),
            is_user=is_user,
            elog=elog,
            spec=spec,
            step_bound=hmax + smax,
            patterns={L: np.asarray(p, dtype=np.int64) for L, p in patterns.items()},
            scratch=np.zeros(cg.num_nodes, dtype=bool),
        )
        logger.debug("PathFinder fitted on %d nodes, %d usable edges", cg.num_nodes, int(usable.sum()))
        return self._state

    # ----------------------------------------------------------------- public API
    def find(self, user_id: str, item_id: str, k: int = 3, max_hops: int | None = None) -> list[Path]:
        """The ``k`` strongest simple paths from ``user_id`` to ``item_id``, best first.

        Returns ``[]`` when no path of at most ``max_hops`` hops exists. Raises
        :class:`UnknownEntityError` for an id that is not in the graph.
        """
        return self.find_many([(user_id, item_id)], k=k, max_hops=max_hops)[0]

    def find_many(
        self, pairs: Iterable[tuple[str, str]], k: int = 3, max_hops: int | None = None
    ) -> list[list[Path]]:
        """:meth:`find` for many ``(user, item)`` pairs, in order; the user-side and item-side
        frontiers are computed once per user and once per item."""
        _check_k(k)
        hops = self.max_hops if max_hops is None else _check_hops(max_hops)
        st = self._fitted()
        pairs = list(pairs)
        fwd: OrderedDict[int, list[_Layer]] = OrderedDict()
        bwd: OrderedDict[int, list[_Layer]] = OrderedDict()
        out: list[list[Path]] = []
        for user_id, item_id in pairs:
            u, i = st.cg.node(user_id), st.cg.node(item_id)
            out.append(self._find_pair(st, u, i, k, hops, fwd, bwd))
        return out

    def iter_paths(self, user_id: str, item_id: str, max_hops: int | None = None) -> Iterator[Path]:
        """Every simple path of at most ``max_hops`` hops, strongest first.

        The candidates are found and ranked in one vectorized pass; :class:`Path` objects are
        built lazily as you iterate, so ``next()`` on the generator is cheap after the first.
        """
        hops = self.max_hops if max_hops is None else _check_hops(max_hops)
        st = self._fitted()
        u, i = st.cg.node(user_id), st.cg.node(item_id)
        if u == i:
            return
        cands = self._candidates(st, u, i, hops, cap=None, fwd_cache=None, bwd_cache=None)[0]
        for run in self._ranked(cands, None):
            for lo in range(0, len(run.logscore), 64):
                chunk = _Candidates(run.nodes[lo : lo + 64], run.edges[lo : lo + 64],
                                    run.logscore[lo : lo + 64])
                yield from self._make_paths(st, [chunk])

    # ----------------------------------------------------------------- search
    def _find_pair(self, st, u, i, k, hops, fwd, bwd) -> list[Path]:
        if u == i:
            return []
        cands, bound = self._candidates(st, u, i, hops, self.max_frontier, fwd, bwd)
        ranked = self._ranked(cands, k)
        if bound > _NEG_INF:
            found = sum(len(r.logscore) for r in ranked)
            if found < k or float(ranked[-1].logscore[-1]) < bound:
                logger.debug("frontier cap could hide a better path for %s; searching uncapped",
                             (u, i))
                cands, _ = self._candidates(st, u, i, hops, None, None, None)
                ranked = self._ranked(cands, k)
        return self._make_paths(st, ranked)

    def _layers(self, st: _State, root: int, depth: int, cap: int | None,
                cache: OrderedDict | None) -> list[_Layer]:
        """Partial paths of 0..depth hops from ``root`` (cached per root when a cache is given)."""
        if cache is not None:
            hit = cache.get(root)
            if hit is not None and len(hit) > depth:
                cache.move_to_end(root)
                return hit
        layers = [_Layer(np.array([[root]], dtype=np.int64), np.zeros((1, 0), dtype=np.int64),
                         np.zeros(1), unique_sorted=True)]
        for d in range(depth):
            layers.append(self._grow(st, layers[-1], first=(d == 0), cap=cap))
        if cache is not None:
            cache[root] = layers
            if len(cache) > 256:
                cache.popitem(last=False)
        return layers

    def _grow(self, st: _State, layer: _Layer, first: bool, cap: int | None) -> _Layer:
        """Extend every partial path by one usable edge (vectorized)."""
        if first:
            ptr, nbrs, edges = st.root_ptr, st.root_nbr, st.root_edge
        else:
            ptr, nbrs, edges = st.inner_ptr, st.inner_nbr, st.inner_edge
        ends = layer.ends
        parent, slot = ranges(ptr, ends)
        nbr = nbrs[slot]
        e = edges[slot]
        if first:
            keep = nbr != layer.nodes[0, 0]
        else:
            keep = (layer.nodes[parent] != nbr[:, None]).all(axis=1)
        if not keep.all():
            parent, nbr, e = parent[keep], nbr[keep], e[keep]
        logw = layer.logw[parent] + st.elog[e]
        if not first:
            logw = logw + st.spec[ends[parent]]
        if first:  # one root: its CSR slice is sorted by neighbour
            root = layer.nodes[0, 0]
            nodes = np.empty((nbr.size, 2), dtype=np.int64)
            nodes[:, 0] = root
            nodes[:, 1] = nbr
            out = _Layer(nodes, e[:, None], logw, pruned=layer.pruned,
                         unique_sorted=bool((nbr[1:] > nbr[:-1]).all()))
        else:
            out = _Layer(
                np.concatenate([layer.nodes[parent], nbr[:, None]], axis=1),
                np.concatenate([layer.edges[parent], e[:, None]], axis=1),
                logw,
                pruned=layer.pruned,
            )
        if cap is not None and len(out) > cap:
            order = np.argpartition(-out.logw, cap - 1)
            kept, dropped = order[:cap], order[cap:]
            out = _Layer(out.nodes[kept], out.edges[kept], out.logw[kept],
                         pruned=max(out.pruned, float(out.logw[dropped].max())))
        return out

    def _rest_bound(self, st: _State, depth: int, hops: int, lay: _Layer) -> float:
        """Upper bound on the log score of any complete path through a dropped partial path."""
        if lay.pruned == _NEG_INF:
            return _NEG_INF
        best = _NEG_INF
        for L in range(depth + 1, hops + 1):
            best = max(best, (L - depth) * st.step_bound + self.scorer.length_log_penalty(L))
        return lay.pruned + best

    def _candidates(self, st: _State, u: int, i: int, hops: int, cap: int | None,
                    fwd_cache, bwd_cache) -> tuple[list[_Candidates], float]:
        """All complete simple paths u..i of 1..hops hops (exact unless layers were capped; the
        returned bound is the best log score a capped-away path could have)."""
        df, db = (hops + 1) // 2 - 1, hops // 2
        F = self._layers(st, u, df, cap, fwd_cache)
        B = self._layers(st, i, db, cap, bwd_cache)
        bound = _NEG_INF
        for d in range(1, df + 1):
            bound = max(bound, self._rest_bound(st, d, hops, F[d]))
        for d in range(1, db + 1):
            bound = max(bound, self._rest_bound(st, d, hops, B[d]))
        out = []
        for L in range(1, hops + 1):
            a = (L + 1) // 2
            c = self._join(st, F[a - 1], B[L - a], L, u, i)
            if c is not None:
                out.append(c)
        return out, bound

    def _middle_edges(self, st: _State, fl: _Layer, bl: _Layer, u: int):
        """Usable edges (p, q, e) with p an end of ``fl`` and q an end of ``bl``."""
        mark = st.scratch
        if fl.nodes.shape[1] == 1:  # from the user itself: its full adjacency
            q_ends = bl.ends
            mark[q_ends] = True
            lo, hi = st.full_ptr[u], st.full_ptr[u + 1]
            nbr, e = st.full_nbr[lo:hi], st.full_edge[lo:hi]
            ok = mark[nbr]
            mark[q_ends] = False
            return np.full(int(ok.sum()), u, dtype=np.int64), nbr[ok], e[ok]
        p_ends, q_ends = fl.ends, bl.ends
        ptr = st.inner_ptr
        cost_p = int(st.inner_deg[p_ends].sum())
        cost_q = int(st.inner_deg[q_ends].sum())
        from_p = cost_p <= cost_q
        src, dst = (p_ends, q_ends) if from_p else (q_ends, p_ends)
        if not (fl.unique_sorted if from_p else bl.unique_sorted):
            src = np.unique(src)
        mark[dst] = True
        parent, slot = ranges(ptr, src)
        nbr = st.inner_nbr[slot]
        ok = mark[nbr]
        mark[dst] = False
        a, b, e = src[parent[ok]], nbr[ok], st.inner_edge[slot[ok]]
        return (a, b, e) if from_p else (b, a, e)

    def _join(self, st: _State, fl: _Layer, bl: _Layer, L: int, u: int, i: int) -> _Candidates | None:
        if len(fl) == 0 or len(bl) == 0:
            return None
        p, q, e = self._middle_edges(st, fl, bl, u)
        if p.size == 0:
            return None
        # every p is an end of fl and every q an end of bl, so with unique ends the match is 1:1
        if fl.unique_sorted:
            f_idx, m_idx = np.searchsorted(fl.ends, p), np.arange(p.size)
        else:
            f_idx, m_idx = match(fl.ends, p)
        if bl.unique_sorted:
            b_idx = np.searchsorted(bl.ends, q[m_idx])
        else:
            b_idx, m2 = match(bl.ends, q[m_idx])
            f_idx, m_idx = f_idx[m2], m_idx[m2]
        if b_idx.size == 0:
            return None
        fn = fl.nodes[f_idx]
        bn = bl.nodes[b_idx][:, ::-1]
        simple = (fn[:, :, None] != bn[:, None, :]).all(axis=(1, 2))
        if not simple.all():
            f_idx, m_idx, b_idx = f_idx[simple], m_idx[simple], b_idx[simple]
            fn, bn = fn[simple], bn[simple]
        if f_idx.size == 0:
            return None
        mid = e[m_idx]
        edges = np.concatenate([fl.edges[f_idx], mid[:, None], bl.edges[b_idx][:, ::-1]], axis=1)
        if self.meta_paths is not None:
            pats = st.patterns.get(L)
            if pats is None:
                return None
            rels = st.cg.edge_rel[edges]
            ok = (rels[:, None, :] == pats[None, :, :]).all(axis=2).any(axis=1)
            if not ok.any():
                return None
            f_idx, b_idx, fn, bn, mid, edges = f_idx[ok], b_idx[ok], fn[ok], bn[ok], mid[ok], edges[ok]
        logscore = fl.logw[f_idx] + bl.logw[b_idx] + st.elog[mid] + self.scorer.length_log_penalty(L)
        if fl.nodes.shape[1] > 1:  # the join node on the user side is intermediate
            logscore = logscore + st.spec[fn[:, -1]]
        if bl.nodes.shape[1] > 1:  # and so is the one on the item side
            logscore = logscore + st.spec[bn[:, 0]]
        return _Candidates(np.concatenate([fn, bn], axis=1), edges, logscore)

    @staticmethod
    def _ranked(cands: list[_Candidates], k: int | None) -> list[_Candidates]:
        """The best ``k`` candidates (all when ``k`` is None) in rank order, as runs of equal
        length. Rank: score descending, then fewer hops, then edge ids (deterministic ties)."""
        if not cands:
            return []
        if len(cands) == 1:
            c = cands[0]
            scores, edges, nodes = c.logscore, c.edges, c.nodes
            lengths = None
        else:
            width = max(c.edges.shape[1] for c in cands)
            scores = np.concatenate([c.logscore for c in cands])
            lengths = np.concatenate([np.full(len(c.logscore), c.edges.shape[1]) for c in cands])
            edges = np.full((scores.size, width), -1, dtype=np.int64)
            nodes = np.full((scores.size, width + 1), -1, dtype=np.int64)
            at = 0
            for c in cands:
                n, L = c.edges.shape
                edges[at : at + n, :L] = c.edges
                nodes[at : at + n, : L + 1] = c.nodes
                at += n
        if k is not None and scores.size > k:
            kth = np.partition(-scores, k - 1)[k - 1]
            sel = np.nonzero(-scores <= kth)[0]
        else:
            sel = np.arange(scores.size)
        keys = [edges[sel, w] for w in range(edges.shape[1] - 1, -1, -1)]
        if lengths is not None:
            keys.append(lengths[sel])
        keys.append(-scores[sel])
        order = sel[np.lexsort(keys)]
        if k is not None:
            order = order[:k]
        if lengths is None:
            return [_Candidates(nodes[order], edges[order], scores[order])]
        lens = lengths[order]
        cuts = [0, *(np.flatnonzero(np.diff(lens)) + 1).tolist(), len(order)]
        runs = []
        for a, b in zip(cuts[:-1], cuts[1:]):
            rows, L = order[a:b], int(lens[a])
            runs.append(_Candidates(nodes[rows, : L + 1], edges[rows, :L], scores[rows]))
        return runs

    def _make_paths(self, st: _State, runs: list[_Candidates]) -> list[Path]:
        """:class:`Path` records (with their score parts) for ranked runs of candidates."""
        cg = st.cg
        ids, relations = cg.ids, cg.relations
        scorer = self.scorer
        built: list[Path] = []
        for g in runs:
            L = g.edges.shape[1]
            part_vals = {
                name: np.exp(arr[g.edges].sum(axis=1)).tolist()
                for name, arr in scorer.edge_log_parts_.items()
            }
            inner = g.nodes[:, 1:-1]
            spec = np.exp(scorer.node_log_specificity_[inner].sum(axis=1)).tolist()
            sal = np.exp(scorer.node_log_salience_[inner].sum(axis=1)).tolist()
            length = math.exp(scorer.length_log_penalty(L))
            scores = np.exp(g.logscore).tolist()
            edges = g.edges.tolist()
            made = st.triples  # the same edges recur on many paths: one record per edge
            for r, nodes in enumerate(g.nodes.tolist()):
                parts = {name: vals[r] for name, vals in part_vals.items()}
                parts["specificity"] = spec[r]
                parts["salience"] = sal[r]
                parts["length"] = length
                hops = []
                for e in edges[r]:
                    hop = made.get(e)
                    if hop is None:
                        hop = made[e] = Triple(ids[int(cg.edge_head[e])], relations[int(cg.edge_rel[e])],
                                               ids[int(cg.edge_tail[e])])
                    hops.append(hop)
                built.append(Path(tuple(ids[n] for n in nodes), tuple(hops), scores[r], parts))
        return built


def _check_k(k: int) -> int:
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)) or k < 1:
        raise ConfigError(f"k must be a positive int, got {k!r}")
    return int(k)


def _check_hops(max_hops: int) -> int:
    if isinstance(max_hops, bool) or not isinstance(max_hops, (int, np.integer)) or max_hops < 1:
        raise ConfigError(f"max_hops must be a positive int, got {max_hops!r}")
    return int(max_hops)
