"""A graph's summary: counts per kind, type and relation, and degree percentiles."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping

import numpy as np

if TYPE_CHECKING:  # pragma: no cover
    from kgexplain.graph.knowledge_graph import KnowledgeGraph

__all__ = ["GraphSummary", "summarize"]


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


def summarize(kg: "KnowledgeGraph") -> GraphSummary:
    """Counts per kind, type and relation, and degree percentiles of ``kg``."""
    kinds = Counter(e.kind for e in kg.entities())
    types = Counter(e.type for e in kg.entities())
    # from the compiled arrays (the edges in networkx order): relations counted in order of
    # first use, as a Counter over the edges would, so ties keep the same order
    cg = kg.compile() if kg.num_entities else None
    rels: Counter[str] = Counter()
    if cg is not None and cg.num_edges:
        used, first = np.unique(cg.edge_rel, return_index=True)
        counts = np.bincount(cg.edge_rel, minlength=len(cg.relations))
        for r in used[np.argsort(first, kind="stable")].tolist():
            rels[cg.relations[r]] = int(counts[r])
    degrees = cg.degree.astype(np.int64) if cg is not None else np.zeros(0, dtype=np.int64)
    pct = {}
    if degrees.size:
        for p in (50, 90, 99, 100):
            pct[f"p{p}" if p < 100 else "max"] = float(np.percentile(degrees, p))
    return GraphSummary(
        entities=kg.num_entities,
        triples=kg.num_triples,
        kinds=dict(kinds.most_common()),
        types=dict(types.most_common()),
        relations=dict(rels.most_common()),
        degree_percentiles=pct,
    )
