"""Proposals for a graph's relation ``cues``, read from texts the checker rejects.

The checker reads a relation only in the words its phrases give (and the forms derived from
them); writers of a new domain say it in their own ("studied at" for "is an alumnus of"). Given
texts you know to be faithful (your writers' or your verbalizer's, read by a person), the
proposer finds each place where two mentions of linked entities stand in one clause with only
words the checker did not understand between them, and proposes those words as a cue of the one
relation that links the two entities, in the direction the text says it::

    "Albert Einstein is a graduate of ETH Zurich."  ->  has_alumnus, inverse_cues: "is a graduate of"

A proposal is a suggestion for a person to read, never applied by itself: words between two
linked names need not state their link ("Albert Einstein lectured at ETH Zurich" would propose
"lectured at" as well), so run it on texts you trust and keep only what says the relation. Pairs
linked by more than one relation, or both ways, propose nothing, nor a predicate that goes on
after the second name ("counts X among its alumni").

Example:
    >>> import kgexplain as kgx
    >>> from kgexplain.consistency import ConsistencyChecker
    >>> from kgexplain.consistency.propose import propose_cues
    >>> kg = kgx.KnowledgeGraph.example()
    >>> [p.words for p in propose_cues(ConsistencyChecker(kg), ["Ridley Scott masterminded Alien."])]
    ['masterminded']
"""

from __future__ import annotations

import re
import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path as FsPath
from typing import Any, Iterable, Sequence

from kgexplain.consistency.checker import ConsistencyChecker
from kgexplain.errors import ConfigError, InvalidRecordError
from kgexplain.records import Claim

__all__ = ["CueProposal", "propose_cues", "cues_yaml", "with_cues", "read_texts"]

MAX_CUE_WORDS = 6
"""Longest proposal, in words: longer stretches between two names are rarely one predicate."""

_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*(?: [A-Za-z][A-Za-z'’-]*)*")
"""Words only: a comma, a digit or any other mark between two names ends the proposal."""

_CLAUSE_END = re.compile(r"[,;:.!?()]|\b(?:and|but|while|which|who)\b")


@dataclass(frozen=True)
class CueProposal:
    """Words proposed as a cue of ``relation``.

    ``inverse``: the words read from the relation's tail to its head (an ``inverse_cues`` entry,
    like ``inverse_phrase``); otherwise head to tail (a ``cues`` entry). ``count``: how many
    places in the texts proposed it; ``examples``: some of the texts.
    """

    relation: str
    inverse: bool
    words: str
    count: int
    examples: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"relation": self.relation, "inverse": self.inverse, "words": self.words,
                "count": self.count, "examples": list(self.examples)}


def propose_cues(checker: ConsistencyChecker, texts: Iterable[str | Sequence[Any]], *,
                 min_count: int = 1, examples: int = 2) -> list[CueProposal]:
    """Cue proposals from the texts ``checker`` rejects, most frequent first.

    Args:
        checker: the checker of the graph the texts talk about (its evidence policy does not
            matter: only the words the checker could not read are looked at).
        texts: texts, or ``(text, evidence, user)`` items as :meth:`ConsistencyChecker.check_many`
            takes them.
        min_count: keep proposals made at least this many times.
        examples: texts kept per proposal.
    """
    if not isinstance(checker, ConsistencyChecker):
        raise ConfigError(f"propose_cues needs a ConsistencyChecker, got {type(checker).__name__}")
    items = [(t, (), None) if isinstance(t, str) else tuple(t) for t in texts]
    found: dict[tuple[str, bool, str], list[str]] = defaultdict(list)
    for (text, *_), verdict in zip(items, checker.check_many(items)):
        if verdict.supported:
            continue
        for key in _proposals(checker.kg, text, verdict.claims):
            found[key].append(text)
    out = [CueProposal(rel, inverse, words, len(texts_), tuple(dict.fromkeys(texts_))[:examples])
           for (rel, inverse, words), texts_ in found.items() if len(texts_) >= min_count]
    return sorted(out, key=lambda p: (-p.count, p.relation, p.inverse, p.words))


def _proposals(kg: Any, text: str, claims: Sequence[Claim]) -> list[tuple[str, bool, str]]:
    """(relation, inverse, words) for each pair of neighbouring single-entity mentions with only
    unread words between them."""
    mentions = sorted((c for c in claims if c.status == "unattached_mention" and len(c.entities) == 1
                       and c.end > c.start), key=lambda c: c.start)
    unknown = [c for c in claims if c.status == "unknown_words"]
    out = []
    for first, second in zip(mentions, mentions[1:]):
        between = text[first.end:second.start].strip()
        if not _WORDS.fullmatch(between) or len(between.split()) > MAX_CUE_WORDS:
            continue
        if not any(first.end <= u.start and u.end <= second.start for u in unknown):
            continue
        clause_end = _CLAUSE_END.search(text, second.end)
        rest = (second.end, clause_end.start() if clause_end else len(text))
        if any(rest[0] <= u.start < rest[1] for u in unknown):
            continue  # the predicate goes on after the second name ("counts X among its alumni")
        a, b = first.entities[0], second.entities[0]
        links = {(t.relation, t.head == b) for t in kg.triples_between(a, b)}
        if len(links) == 1:
            relation, inverse = links.pop()
            words = between.lower().split()
            while words and words[-1] == "the":  # the article belongs to the name ("flew with the")
                words.pop()
            if len(words) > 2 and words[0] in ("is", "was", "are", "were") and words[1] in ("a", "an"):
                continue  # "Ur is a sumerian city": a word said of the kind, no word of a relation
                # (declared unread, "is a sumerian" made "Harappa is a sumerian city" pass)
            if words:
                out.append((relation, inverse, " ".join(words)))
    return out


def cues_yaml(proposals: Iterable[CueProposal]) -> str:
    """The proposals as a relations file's ``relations:`` block, each cue with its count and one
    example as a comment, for a person to read and merge."""
    by_relation: dict[str, dict[str, list[CueProposal]]] = defaultdict(lambda: defaultdict(list))
    for p in proposals:
        by_relation[p.relation]["inverse_cues" if p.inverse else "cues"].append(p)
    lines = ["relations:"]
    for relation in sorted(by_relation):
        lines.append(f"  {relation}:")
        for key in ("cues", "inverse_cues"):
            if by_relation[relation][key]:
                lines.append(f"    {key}:")
            for p in by_relation[relation][key]:
                example = f": {_one_line(p.examples[0])}" if p.examples else ""
                lines.append(f"      - {_quoted(p.words)}  # {p.count}x{example}")
    return "\n".join(lines) + "\n"


def with_cues(kg: Any, proposals: Iterable[CueProposal]) -> Any:
    """``kg`` with the proposals added to its relations' cues (in place; returns ``kg``)."""
    from dataclasses import replace

    added: dict[str, dict[bool, list[str]]] = defaultdict(lambda: defaultdict(list))
    for p in proposals:
        added[p.relation][p.inverse].append(p.words)
    for name, sides in added.items():
        rel = kg.relation(name)
        kg.add_relation(replace(rel, cues=tuple(dict.fromkeys((*rel.cues, *sides[False]))),
                                inverse_cues=tuple(dict.fromkeys((*rel.inverse_cues, *sides[True])))))
    return kg


def _quoted(words: str) -> str:
    return '"' + words.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _one_line(text: str) -> str:
    return " ".join(text.split())[:100]


def read_texts(path: str | FsPath) -> list[tuple[str, tuple[Any, ...], str | None]]:
    """``(text, evidence, user)`` items from a file: JSON Lines (objects with ``"text"`` and
    optionally ``"evidence"`` and ``"user"``, as :class:`~kgexplain.evaluation.cases.Case` writes
    them; a line with ``"faithful": false`` is left out) or plain text, one text per line."""
    path = FsPath(path)
    if not path.is_file():
        raise ConfigError(f"texts file not found: {str(path)!r}; pass a .jsonl file or a text file with one text per line")
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    if path.suffix.lower() not in (".jsonl", ".ndjson"):
        return [(line.strip(), (), None) for line in lines if line.strip()]
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InvalidRecordError(f"{path}:{n}: not JSON ({exc.msg}); write one object per line") from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise InvalidRecordError(f'{path}:{n}: expected an object with a "text" string, like {{"text": "..."}}')
        if row.get("faithful") is False:
            continue
        evidence = row.get("evidence") or []
        if not isinstance(evidence, list) or not all(isinstance(t, list) and len(t) == 3 for t in evidence):
            raise InvalidRecordError(f'{path}:{n}: "evidence" must be a list of [head, relation, tail] lists')
        user = row.get("user")
        out.append((row["text"], tuple(tuple(t) for t in evidence), user if isinstance(user, str) else None))
    return out
