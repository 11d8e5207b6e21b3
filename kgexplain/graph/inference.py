"""Entities inferred from triple ids: the type is the id's namespace (``movie:1`` -> ``movie``),
the kind ``user`` for ``user:`` ids, ``item`` for types users are linked to, else ``attribute``.

>>> [(e.id, e.kind, e.type) for e in infer_entities([("user:1", "rated", "movie:1", {}),
...                                                   ("movie:1", "has_genre", "genre:Drama", {})])]
[('user:1', 'user', 'user'), ('movie:1', 'item', 'movie'), ('genre:Drama', 'attribute', 'genre')]
"""

from __future__ import annotations

from typing import Any, Iterable

from kgexplain.records import Entity
from kgexplain.typing import EntityKind

__all__ = ["infer_entities"]


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
