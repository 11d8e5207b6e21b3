"""Seeded random walks over a graph: user→item reasoning paths for the checker evaluations.

:func:`sample_cases` walks from a random user along explainable, non-sensitive edges (either
direction) to an item, and adds a few facts about that item: the input the template verbalizer
turns into faithful texts, which the evaluations then check or corrupt
(:mod:`kgexplain.evaluation.corrupted`, :mod:`kgexplain.evaluation.generate`).
"""

from __future__ import annotations

import random
from typing import Any

from kgexplain.records import Path, Triple

__all__ = ["sample_cases"]


def sample_cases(kg: Any, n: int, seed: int = 0, max_facts: int = 2) -> list[dict[str, Any]]:
    """Seeded user→item paths of 1-3 hops with up to ``max_facts`` facts about the item.

    Walks start at a user, follow explainable, non-sensitive edges in either direction and end at
    an item the user has not interacted with (a one-hop path ends at an item the user rated).

    Returns:
        ``[{"user", "item", "path": Path, "facts": [Triple]}]``.
    """
    rng = random.Random(seed)
    ok_rel = {name: rel.usable for name, rel in kg.relations.items()}
    g = kg.graph
    users = sorted(kg.users())
    kinds = {e.id: e.kind for e in kg.entities()}
    if not users:
        return []

    def neighbours(node: str) -> list[tuple[Triple, str]]:
        out = [(Triple(node, r, v), v) for _, v, r in g.out_edges(node, keys=True) if ok_rel.get(r)]
        out += [(Triple(v, r, node), v) for v, _, r in g.in_edges(node, keys=True) if ok_rel.get(r)]
        return out

    cases: list[dict[str, Any]] = []
    seen: set[tuple[Triple, ...]] = set()
    attempts = 0
    while len(cases) < n and attempts < n * 50:
        attempts += 1
        user = rng.choice(users)
        length = rng.choice((3, 3, 3, 3, 2, 1))
        nodes = [user]
        hops: list[Triple] = []
        for _ in range(length):
            options = [(t, v) for t, v in neighbours(nodes[-1]) if v not in nodes]
            if len(nodes) > 1:
                options = [(t, v) for t, v in options if kinds[v] != "user"]
            if not options:
                break
            t, v = rng.choice(options)
            hops.append(t)
            nodes.append(v)
        if len(hops) != length or kinds[nodes[-1]] != "item":
            continue
        item = nodes[-1]
        if length > 1 and (g.has_edge(user, item) or g.has_edge(item, user)):
            continue
        key = tuple(hops)
        if key in seen:
            continue
        seen.add(key)
        facts = [t for t, v in neighbours(item) if kinds[v] != "user" and t not in key]
        rng.shuffle(facts)
        cases.append({
            "user": user, "item": item, "path": Path(tuple(nodes), key),
            "facts": facts[: rng.randint(0, max_facts)],
        })
    return cases

