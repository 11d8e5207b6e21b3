"""Result and data records: small frozen dataclasses, each with ``to_dict()``.

These are the nouns every stage speaks: an :class:`Entity` and a :class:`Relation` describe the
graph, a :class:`Triple` is one stored edge, a :class:`Path` a user→item walk, a :class:`Fact` a
retrieved supporting triple, a :class:`Claim` one assertion found in a text, a :class:`Verdict`
the checker's judgement of a text and an :class:`Explanation` the final, exportable result.
"""

from __future__ import annotations

import re
from collections.abc import Mapping as _AbcMapping
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Mapping

from kgexplain.errors import InvalidRecordError
from kgexplain.typing import EntityKind, TextSource

__all__ = [
    "Entity",
    "Relation",
    "Triple",
    "Path",
    "Fact",
    "Claim",
    "Verdict",
    "Explanation",
    "SCHEMA_VERSION",
]

SCHEMA_VERSION = "1.0"
"""Version of the ``Explanation.to_dict()`` JSON schema (bumped on any incompatible change)."""

_KINDS = ("user", "item", "attribute")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def check_text(value: Any, what: str, *, owner: str = "", blank_ok: bool = True) -> str:
    """``value`` if it is a string a person can read and every file format can store.

    Refused (:class:`~kgexplain.errors.InvalidRecordError`): a non-string, a lone UTF-16
    surrogate (no UTF-8 file can hold it) and control characters (newlines, tabs, terminal escape
    codes), which would break one-line reasons, CSV rows and terminals.
    """
    where = f"{owner}: " if owner else ""
    if not isinstance(value, str):
        raise InvalidRecordError(f"{where}{what} must be a string, got {type(value).__name__} {_short(value)}")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise InvalidRecordError(
                f"{where}{what} {_short(value)} holds a lone surrogate {value[exc.start]!r} at "
                f"character {exc.start}; it cannot be written as UTF-8 (fix the source's encoding)"
            ) from None
    bad = _CONTROL.search(value)
    if bad:
        raise InvalidRecordError(
            f"{where}{what} {_short(value)} holds the control character {bad.group()!r} at "
            f"character {bad.start()}; remove newlines, tabs and escape codes from it"
        )
    if not blank_ok and not value.strip():
        raise InvalidRecordError(f"{where}{what} must not be empty")
    return value


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 5] + "...'" + f" ({len(text):,} chars)"


def _check_strings(value: Any, what: str, owner: str) -> tuple[str, ...]:
    """A tuple of checked strings from a string or an iterable of strings."""
    if isinstance(value, str):
        value = (value,)
    if value is None:
        return ()
    if isinstance(value, (bytes, _AbcMapping)) or not isinstance(value, Iterable):
        raise InvalidRecordError(
            f"{owner}: {what} must be a list of strings, got {type(value).__name__} {_short(value)}"
        )
    return tuple(check_text(v, f"an item of {what}", owner=owner) for v in value)


def _check_flag(value: Any, what: str, owner: str) -> bool:
    if isinstance(value, bool):
        return value
    if getattr(getattr(value, "dtype", None), "kind", None) == "b":  # numpy bool
        return bool(value)
    raise InvalidRecordError(
        f"{owner}: {what} must be true or false, got {type(value).__name__} {_short(value)} "
        "(in YAML write true/false without quotes)"
    )


def _check_attr_value(value: Any, path: str, owner: str, depth: int = 0) -> None:
    """Attribute values must be storable: no lone surrogates in any string, bounded nesting."""
    if depth > 64:
        raise InvalidRecordError(f"{owner}: attribute {path} nests deeper than 64 levels")
    if isinstance(value, str):
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise InvalidRecordError(
                    f"{owner}: attribute {path} holds a lone surrogate; it cannot be written as "
                    "UTF-8 (fix the source's encoding)"
                ) from None
    elif isinstance(value, _AbcMapping):
        for k, v in value.items():
            if not isinstance(k, str):
                raise InvalidRecordError(f"{owner}: attribute {path} has a non-string key {_short(k)}")
            _check_attr_value(k, path, owner, depth + 1)
            _check_attr_value(v, f"{path}.{k}", owner, depth + 1)
    elif isinstance(value, (list, tuple)):
        for i, v in enumerate(value):
            _check_attr_value(v, f"{path}[{i}]", owner, depth + 1)


def check_attrs(attrs: Any, owner: str) -> dict[str, Any]:
    """A plain dict of attributes with string keys and storable values."""
    if attrs is None:
        return {}
    if not isinstance(attrs, _AbcMapping):
        raise InvalidRecordError(
            f"{owner}: attrs must be a mapping (a JSON object), got {type(attrs).__name__} {_short(attrs)}"
        )
    out = {}
    for k, v in attrs.items():
        check_text(k, "an attribute name", owner=owner, blank_ok=False)
        _check_attr_value(v, repr(k), owner)
        out[k] = v
    return out


def _plain(value: Any) -> Any:
    """Turn records, tuples and mappings into JSON-ready values."""
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, _AbcMapping):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        return value.item()
    return value


@dataclass(frozen=True)
class Entity:
    """A node of the knowledge graph.

    Args:
        id: namespaced id, ``"<type>:<local id>"`` by convention (``"movie:1"``); ids of
            different types never collide because the type is part of the id.
        kind: ``"user"``, ``"item"`` (what gets recommended) or ``"attribute"`` (everything else).
        type: fine type (``"movie"``, ``"genre"``, ``"actor"``); defaults to the id's prefix.
        label: what a person reads (``"Robin Williams"``); defaults to the id's local part.
        aliases: other surface forms of the label.
        attrs: literal attributes (``{"year": 1995}``).

    >>> Entity("movie:1", kind="item", label="Toy Story").type
    'movie'
    """

    id: str
    kind: EntityKind = "attribute"
    type: str = ""
    label: str = ""
    aliases: tuple[str, ...] = ()
    attrs: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id.strip():
            raise InvalidRecordError(f"entity id must be a non-empty string, got {_short(self.id)}")
        check_text(self.id, "the id")
        owner = f"entity {_short(self.id)}"
        if not isinstance(self.kind, str) or self.kind not in _KINDS:
            raise InvalidRecordError(f"{owner}: kind must be one of {_KINDS}, got {_short(self.kind)}")
        check_text(self.type, "type", owner=owner)
        check_text(self.label, "label", owner=owner)
        prefix, sep, local = self.id.partition(":")
        if not self.type.strip():
            object.__setattr__(self, "type", prefix if (sep and prefix.strip()) else self.kind)
        # surrounding spaces are dropped (every file format keeps the same label); a blank label
        # would read "You loved ." and falls back to the id's local part
        object.__setattr__(self, "label", self.label.strip())
        if not self.label:
            fallback = (local if sep else self.id).replace("_", " ").strip()
            object.__setattr__(self, "label", fallback or self.id)
        aliases = _check_strings(self.aliases, "aliases", owner)
        object.__setattr__(self, "aliases", tuple(a.strip() for a in aliases if a.strip()))
        object.__setattr__(self, "attrs", check_attrs(self.attrs, owner))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "type": self.type,
            "label": self.label,
            "aliases": list(self.aliases),
            "attrs": _plain(self.attrs),
        }


@dataclass(frozen=True)
class Relation:
    """A typed relation of the registry, with the phrases that verbalize it.

    ``phrase`` reads between head and tail ("Daft Punk *plays* House"); ``inverse_phrase``
    between tail and head ("House *is played by* Daft Punk"). ``explainable=False`` keeps a
    noisy relation out of explanations; ``sensitive=True`` means it is never verbalized.
    ``salience`` is a reader prior for paths through a shared attribute of this relation (the
    path scorer multiplies such a link by it; 1.0 adds nothing): a graph can say that a shared
    star means more to its readers than the interaction data alone shows.

    >>> Relation("has_genre", phrase="plays", inverse_phrase="is played by").explainable
    True
    """

    name: str
    phrase: str = ""
    inverse_phrase: str = ""
    domain: tuple[str, ...] = ()
    range: tuple[str, ...] = ()
    explainable: bool = True
    sensitive: bool = False
    cues: tuple[str, ...] = ()
    inverse_cues: tuple[str, ...] = ()
    salience: float = 1.0

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise InvalidRecordError(f"relation name must be a non-empty string, got {_short(self.name)}")
        check_text(self.name, "the name")
        owner = f"relation {_short(self.name)}"
        for name in ("phrase", "inverse_phrase"):
            value = "" if getattr(self, name) is None else getattr(self, name)
            object.__setattr__(self, name, check_text(value, name, owner=owner))
        words = self.name.replace("_", " ").strip()
        if not self.phrase.strip():
            object.__setattr__(self, "phrase", words)
        if not self.inverse_phrase.strip():
            object.__setattr__(self, "inverse_phrase", f"is the object of {words} for")
        for name in ("explainable", "sensitive"):
            object.__setattr__(self, name, _check_flag(getattr(self, name), name, owner))
        for name in ("domain", "range", "cues", "inverse_cues"):
            object.__setattr__(self, name, _check_strings(getattr(self, name), name, owner))
        sal = self.salience
        if isinstance(sal, bool) or not isinstance(sal, (int, float)) or not (0 < sal <= 1000):
            raise InvalidRecordError(
                f"{owner}: salience must be a number in (0, 1000], got {_short(sal)}; it is a "
                "reader prior for paths through this relation (1.0: none)")
        object.__setattr__(self, "salience", float(sal))

    @property
    def usable(self) -> bool:
        """Whether paths, facts and reasons may use this relation: explainable and not sensitive.

        >>> Relation("links_to", explainable=False).usable, Relation("has_genre").usable
        (False, True)
        """
        return self.explainable and not self.sensitive

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "phrase": self.phrase,
            "inverse_phrase": self.inverse_phrase,
            "domain": list(self.domain),
            "range": list(self.range),
            "explainable": self.explainable,
            "sensitive": self.sensitive,
            "cues": list(self.cues),
            "inverse_cues": list(self.inverse_cues),
            "salience": self.salience,
        }


@dataclass(frozen=True, order=True)
class Triple:
    """One stored edge: ``(head, relation, tail)`` entity ids, in the stored direction.

    Unpacks like a tuple:

    >>> h, r, t = Triple("user:1", "rated", "movie:1")
    >>> t
    'movie:1'
    """

    head: str
    relation: str
    tail: str

    def __iter__(self) -> Iterator[str]:
        return iter((self.head, self.relation, self.tail))

    def __str__(self) -> str:
        return f"({self.head}) -[{self.relation}]-> ({self.tail})"

    def to_dict(self) -> dict[str, str]:
        return {"head": self.head, "relation": self.relation, "tail": self.tail}


@dataclass(frozen=True)
class Path:
    """A walk from a user to an item.

    ``nodes`` is the walk (user first, item last); ``hops`` holds one :class:`Triple` per step
    exactly as stored in the graph, whichever direction it was walked; ``score`` is the path
    strength (higher is stronger) and ``parts`` its named components, for inspection.
    """

    nodes: tuple[str, ...]
    hops: tuple[Triple, ...]
    score: float = 0.0
    parts: Mapping[str, float] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "nodes", tuple(self.nodes))
        object.__setattr__(self, "hops", tuple(self.hops))
        if len(self.nodes) != len(self.hops) + 1:
            raise InvalidRecordError(
                f"a path with {len(self.hops)} hops needs {len(self.hops) + 1} nodes, "
                f"got {len(self.nodes)}"
            )

    def __len__(self) -> int:
        return len(self.hops)

    @property
    def relations(self) -> tuple[str, ...]:
        return tuple(h.relation for h in self.hops)

    def forward(self) -> tuple[bool, ...]:
        """For each hop, whether it was walked in its stored direction (head → tail)."""
        return tuple(h.head == self.nodes[i] for i, h in enumerate(self.hops))

    def __str__(self) -> str:
        out = [self.nodes[0]]
        for i, hop in enumerate(self.hops):
            arrow = f"-[{hop.relation}]->" if hop.head == self.nodes[i] else f"<-[{hop.relation}]-"
            out.append(f" {arrow} {self.nodes[i + 1]}")
        return "".join(out) + f"  (score {self.score:.3f})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "nodes": list(self.nodes),
            "hops": [h.to_dict() for h in self.hops],
            "score": float(self.score),
            "parts": _plain(self.parts),
        }


@dataclass(frozen=True)
class Fact:
    """A supporting fact: a stored triple, its sentence and its retrieval score."""

    triple: Triple
    text: str
    score: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {**self.triple.to_dict(), "text": self.text, "score": float(self.score)}


@dataclass(frozen=True)
class Claim:
    """One claim found in a text, with its character span and whether the graph backs it.

    ``kind`` is e.g. ``"mention"``, ``"assertion"``, ``"user"``, ``"number"``, ``"unknown_entity"``;
    ``status`` says why (``"supported"``, ``"not_in_graph"``, ``"not_in_evidence"``, ...);
    ``triple`` is the backing triple when there is one.
    """

    start: int
    end: int
    text: str
    kind: str
    supported: bool
    triple: Triple | None = None
    status: str = ""
    entities: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "kind": self.kind,
            "triple": self.triple.to_dict() if self.triple else None,
            "supported": self.supported,
            "status": self.status,
            "entities": list(self.entities),
        }


@dataclass(frozen=True)
class Verdict:
    """The checker's judgement of one text: supported only if every claim is backed."""

    supported: bool
    claims: tuple[Claim, ...] = ()
    uncovered: tuple[Triple, ...] = ()
    reason: str = ""

    @property
    def rejected(self) -> tuple[Claim, ...]:
        return tuple(c for c in self.claims if not c.supported)

    def to_dict(self) -> dict[str, Any]:
        return {
            "supported": self.supported,
            "reason": self.reason,
            "n_claims": len(self.claims),
            "rejected": [c.to_dict() for c in self.rejected],
            "uncovered": [t.to_dict() for t in self.uncovered],
        }


@dataclass(frozen=True)
class Explanation:
    """A grounded reason for recommending ``item`` to ``user``, with all its provenance.

    ``source`` says what wrote ``text``: ``"seq2seq"`` (the shipped model), ``"template"`` (the
    template verbalizer, or the fallback when any segment needed it), or a custom verbalizer's
    ``name`` attribute (its class name when it has none); ``None`` on an error record.

    ``interacted`` (``"interacted"`` in :meth:`to_dict`) is true when the user already has an
    interaction with the item in the graph (rated, watched...): the pair is still explained
    from other items, never from that interaction, and the flag tells a caller it may be
    recommending something already seen. It is not an error.
    """

    user: str
    item: str
    text: str | None
    source: TextSource | None
    paths: tuple[Path, ...] = ()
    facts: tuple[Fact, ...] = ()
    claims: tuple[Claim, ...] = ()
    verdict: Verdict | None = None
    error: str | None = None
    meta: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)
    candidates: tuple[tuple[str, Verdict], ...] = field(default=(), compare=False)
    interacted: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The documented, versioned JSON object (one JSONL line in exports)."""
        return {
            "schema": SCHEMA_VERSION,
            "user": self.user,
            "item": self.item,
            "text": self.text,
            "source": self.source,
            "paths": [[h.to_dict() for h in p.hops] for p in self.paths],
            "path_scores": [float(p.score) for p in self.paths],
            "facts": [f.to_dict() for f in self.facts],
            "claims": [c.to_dict() for c in self.claims],
            "verdict": self.verdict.to_dict() if self.verdict else {"supported": False},
            "error": self.error,
            "interacted": bool(self.interacted),
            "meta": _plain(self.meta),
        }
