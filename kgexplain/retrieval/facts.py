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



@dataclass(eq=False)
class _FactTable:
    """The facts of one graph version and the arrays that find the candidates of an entity."""

    version: int
    fingerprint: str
    ids: tuple[str, ...]
    index: dict[str, int]
    kind: np.ndarray
    degree: np.ndarray
    triples: list[Triple]
    texts: list[str]
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
        raw = [
            (cg.ids[cg.edge_head[e]], rel_names[cg.edge_rel[e]], cg.ids[cg.edge_tail[e]], int(e))
            for e in edges
        ]
        raw.sort()  # a fingerprint fixes the fact order, whatever the insertion order
        order = np.array([r[3] for r in raw], dtype=np.int64)
        head = cg.edge_head[order].astype(np.int64) if len(order) else np.zeros(0, np.int64)
        tail = cg.edge_tail[order].astype(np.int64) if len(order) else np.zeros(0, np.int64)
        triples = [Triple(h, r, t) for h, r, t, _ in raw]
        texts = [
            _sentence(labels[hi], phrases[cg.edge_rel[e]], labels[ti])
            for hi, ti, e in zip(head.tolist(), tail.tolist(), order.tolist())
        ]
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
            fingerprint=kg.fingerprint(),
            ids=cg.ids,
            index=dict(cg.index),
            kind=cg.kind,
            degree=cg.degree,
            triples=triples,
            texts=texts,
            head=head,
            tail=tail,
            by_triple={tuple(t): i for i, t in enumerate(triples)},
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
