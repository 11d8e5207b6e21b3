"""Facts and their sentences: the fact table of one graph version.

Every explainable, non-sensitive triple that does not touch a user is a *fact*, and every fact
reads as a short sentence made from its relation phrase (:func:`fact_text`: "Jumanji stars Robin
Williams."). :class:`_FactTable` holds the facts of one graph version in a fixed order (set by
the graph's fingerprint), their sentences, and the arrays that find the facts incident to an
entity (hubs' facts ordered by the other end's degree) and a user's top-rated items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

import numpy as np

from kgexplain.errors import UnknownEntityError
from kgexplain.graph import KIND_CODES, KnowledgeGraph
from kgexplain.records import Triple

__all__ = ["fact_text"]

_USER = KIND_CODES["user"]
_ITEM = KIND_CODES["item"]
_SPACE = re.compile(r"\s+")


def fact_text(kg: KnowledgeGraph, triple: Triple | tuple[str, str, str]) -> str:
    """The sentence of a triple: head label, relation phrase, tail label, full stop.

    Whitespace (including newlines) collapses to single spaces, so a sentence is one line.

    Args:
        kg: the graph that holds the labels and the relation phrases.
        triple: a stored triple of entity ids.
    """
    head, relation, tail = triple
    phrase = kg.relation(relation).phrase
    return _sentence(kg.label(head), phrase, kg.label(tail))


def _sentence(head_label: str, phrase: str, tail_label: str) -> str:
    text = _SPACE.sub(" ", f"{head_label} {phrase} {tail_label}").strip()
    if text and text[-1] not in ".!?":
        text += "."
    return text


def _one_line(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _string_ranks(strings: Sequence[str]) -> np.ndarray:
    """Each string's rank in Python's string order (code points), as an int64 array."""
    order = sorted(range(len(strings)), key=strings.__getitem__)
    rank = np.empty(len(strings), dtype=np.int64)
    rank[np.array(order, dtype=np.int64)] = np.arange(len(strings), dtype=np.int64)
    return rank



class _Lazy(Sequence[Any]):
    """A read-only list whose items are made on first access (``make(i)``), then kept: a request
    touches a few hundred of a graph's facts, so the others' sentences are never written."""

    __slots__ = ("_make", "_items")

    def __init__(self, n: int, make: Callable[[int], Any]) -> None:
        self._make = make
        self._items: list[Any] = [None] * n

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        item = self._items[i]
        if item is None:
            item = self._items[i] = self._make(i if i >= 0 else i + len(self._items))
        return item


@dataclass(eq=False)
class _FactTable:
    """The facts of one graph version and the arrays that find the candidates of an entity."""

    version: int
    graph_fingerprint: Callable[[], str]  # the graph's, computed when an index needs it
    ids: tuple[str, ...]
    index: dict[str, int]
    kind: np.ndarray
    degree: np.ndarray
    triples: Sequence[Triple]  # made on first access
    texts: Sequence[str]  # made on first access
    head: np.ndarray  # node index per fact
    tail: np.ndarray
    by_triple: dict[tuple[str, str, str], int]
    adj_ptr: np.ndarray  # node -> incident facts (CSR), other endpoint alongside
    adj_fact: np.ndarray
    adj_other: np.ndarray
    labels: list[str]
    rel_usable: np.ndarray
    rel_index: dict[str, int]
    edge_rel: np.ndarray
    edge_weight: np.ndarray
    edge_time: np.ndarray
    node_adj_ptr: np.ndarray
    node_adj_nbr: np.ndarray
    node_adj_edge: np.ndarray
    node_adj_forward: np.ndarray
    relations: tuple[str, ...]
    _profiles: dict[tuple[int, int, float], tuple[int, ...]] = field(default_factory=dict)

    @classmethod
    def from_graph(cls, kg: KnowledgeGraph) -> "_FactTable":
        cg = kg.compile()
        usable = cg.rel_explainable & ~cg.rel_sensitive
        mask = (
            usable[cg.edge_rel]
            & (cg.kind[cg.edge_head] != _USER)
            & (cg.kind[cg.edge_tail] != _USER)
        )
        edges = np.nonzero(mask)[0]
        labels = [kg.label(i) for i in cg.ids]
        rel_names = cg.relations
        phrases = [kg.relation(r).phrase for r in rel_names]
        # the facts in (head id, relation, tail id, edge) order, whatever the insertion order:
        # ids ranked as strings once, then the edges sorted on the integer ranks
        id_rank = _string_ranks(cg.ids)
        rel_rank = _string_ranks(rel_names)
        order = edges[np.lexsort((edges, id_rank[cg.edge_tail[edges]], rel_rank[cg.edge_rel[edges]],
                                  id_rank[cg.edge_head[edges]]))].astype(np.int64)
        head = cg.edge_head[order].astype(np.int64) if len(order) else np.zeros(0, np.int64)
        tail = cg.edge_tail[order].astype(np.int64) if len(order) else np.zeros(0, np.int64)
        rel = cg.edge_rel[order].astype(np.int64) if len(order) else np.zeros(0, np.int64)
        h_list, r_list, t_list = head.tolist(), rel.tolist(), tail.tolist()
        ids = cg.ids
        fact_keys = [(ids[h], rel_names[r], ids[t]) for h, r, t in zip(h_list, r_list, t_list)]
        triples = _Lazy(len(fact_keys), lambda i: Triple(*fact_keys[i]))
        texts = _Lazy(len(fact_keys), lambda i: _sentence(labels[h_list[i]], phrases[r_list[i]],
                                                          labels[t_list[i]]))
        n_nodes = cg.num_nodes
        fids = np.arange(len(triples), dtype=np.int64)
        keys = np.concatenate([head, tail])
        facts2 = np.concatenate([fids, fids])
        others = np.concatenate([tail, head])
        # per node: facts ordered by the other endpoint's degree (well-known entities first)
        sort = np.lexsort((facts2, -cg.degree[others], keys))
        counts = np.bincount(keys, minlength=n_nodes)
        ptr = np.zeros(n_nodes + 1, dtype=np.int64)
        np.cumsum(counts, out=ptr[1:])
        return cls(
            version=kg.version,
            graph_fingerprint=kg.fingerprint,
            ids=cg.ids,
            index=dict(cg.index),
            kind=cg.kind,
            degree=cg.degree,
            triples=triples,
            texts=texts,
            head=head,
            tail=tail,
            by_triple={key: i for i, key in enumerate(fact_keys)},
            adj_ptr=ptr,
            adj_fact=facts2[sort],
            adj_other=others[sort],
            labels=labels,
            rel_usable=usable,
            rel_index=dict(cg.rel_index),
            edge_rel=cg.edge_rel,
            edge_weight=cg.edge_weight,
            edge_time=cg.edge_time,
            node_adj_ptr=cg.adj_ptr,
            node_adj_nbr=cg.adj_nbr,
            node_adj_edge=cg.adj_edge,
            node_adj_forward=cg.adj_forward,
            relations=rel_names,
        )

    def __len__(self) -> int:
        return len(self.triples)

    @property
    def fingerprint(self) -> str:
        """The graph's fingerprint (keys the FAISS index on disk), computed once when asked."""
        got = self.__dict__.get("_fingerprint")
        if got is None:
            got = self.__dict__["_fingerprint"] = self.graph_fingerprint()
        return got

    def node(self, entity_id: str) -> int:
        try:
            return self.index[entity_id]
        except KeyError:
            raise UnknownEntityError(entity_id) from None

    def profile(self, user: int, size: int, min_strength: float) -> list[int]:
        """The items a user rated highest (strength, then recency), at most ``size`` (computed
        once per user and settings: a batch export asks for each user's profile many times)."""
        key = (user, size, min_strength)
        got = self._profiles.get(key)
        if got is None:
            got = self._profiles[key] = tuple(self._profile(user, size, min_strength))
        return list(got)

    def _profile(self, user: int, size: int, min_strength: float) -> list[int]:
        lo, hi = self.node_adj_ptr[user], self.node_adj_ptr[user + 1]
        nbr = self.node_adj_nbr[lo:hi]
        edge = self.node_adj_edge[lo:hi]
        ok = (
            self.node_adj_forward[lo:hi]
            & (self.kind[nbr] == _ITEM)
            & self.rel_usable[self.edge_rel[edge]]
            & (self.edge_weight[edge] >= min_strength)
        )
        if not ok.any():
            return []
        nbr, edge = nbr[ok], edge[ok]
        when = np.nan_to_num(self.edge_time[edge], nan=-np.inf)
        order = np.lexsort((nbr, -when, -self.edge_weight[edge]))
        out: list[int] = []
        for i in nbr[order].tolist():
            if i not in out:
                out.append(i)
                if len(out) >= size:
                    break
        return out
