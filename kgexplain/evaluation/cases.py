"""The checker evaluation's unit: one :class:`Case` (a text, the evidence it was written from, and
whether it is faithful to the graph), its JSONL form and its well-formedness check.

A case is *faithful* when every statement in its text is true in the graph (in the stated
direction, about the stated entities, for the stated user); *unfaithful* when at least one is not.
``why`` says, in words, what makes it so. Hand-written cases live in ``data/*.jsonl``; generated
ones are rebuilt from code (:mod:`kgexplain.evaluation.generate`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path as FsPath
from typing import Any, Iterable, Literal

__all__ = ["Case", "read_cases", "write_cases", "malformed", "FAITHFUL_CATEGORIES",
           "UNFAITHFUL_CATEGORIES", "DATA_DIR"]

DATA_DIR = FsPath(__file__).parent / "data"

UNFAITHFUL_CATEGORIES = (
    "wrong_relation_word",     # another relation's phrase between two linked entities
    "unknown_relation_words",  # words no registry has ("headlines", "to its north")
    "role_reversal",           # the right relation, subject and object swapped
    "negation",                # a true fact negated ("did not direct", "never", "no longer")
    "false_user_claim",        # loved / watched / rated / "five stars" not matching the user
    "invented_entity",         # a name the graph does not have
    "unlinked_entity",         # a real entity with no edge to the one it is said to relate to
    "lowercase_attribute",     # a false attribute claim written in lower case ("a comedy")
    "wrong_number",            # a year that belongs to another entity, or to none
    "evaluative",              # "the best film ever", "acclaimed", "won an Oscar"
    "coreference",             # "it", "the latter", "both" pointing at the wrong entity
    "wrong_modifier",          # a name before another, false: "Quentin Tarantino's Vertigo"
)
FAITHFUL_CATEGORIES = (
    "template",                # the shipped TemplateVerbalizer's own texts
    "paraphrase",              # hand-written paraphrases a good writer would use
    "coordination",            # "A and B are directed by C", "A stars B and C"
    "faithful_coreference",    # "it", "the latter", "both" pointing right
    "faithful_lowercase",      # attributes in lower case, true
    "faithful_number",         # a year on the entity it belongs to
    "faithful_user_claim",     # "you loved X", "you gave X five stars", matching the rating
)

GraphName = Literal["example", "music"]


@dataclass(frozen=True)
class Case:
    """One evaluation text.

    Args:
        id: unique id (``"ex-gen-role_reversal-00017"``, ``"mu-hand-012"``).
        graph: ``"example"`` (the shipped movie graph) or ``"music"``
            (:func:`kgexplain.datasets.music_graph`).
        text: the text to check.
        evidence: the triples (ids) the text was written from, as the Explainer would pass them.
        user: the user "you" refers to, or ``None``.
        faithful: whether every statement of the text is true in the graph.
        category: one of :data:`FAITHFUL_CATEGORIES` or :data:`UNFAITHFUL_CATEGORIES`.
        why: what makes the text (un)faithful, in words.
        source: ``"generated"`` or ``"hand"``.
        split: ``"dev"`` or ``"heldout"`` (held-back hand-written cases).
        false_triple: for generated unfaithful cases, the statement that is false, as
            ``(head, relation, tail)`` ids (``relation`` may be a description such as
            ``"<unknown: headlines>"``), so tests can re-check it against the graph.
    """

    id: str
    graph: str
    text: str
    evidence: tuple[tuple[str, str, str], ...]
    user: str | None
    faithful: bool
    category: str
    why: str
    source: str = "generated"
    split: str = "dev"
    false_triple: tuple[str, str, str] | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "evidence", tuple(tuple(t) for t in self.evidence))
        if self.false_triple is not None:
            object.__setattr__(self, "false_triple", tuple(self.false_triple))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": self.id, "graph": self.graph, "text": self.text,
            "evidence": [list(t) for t in self.evidence], "user": self.user,
            "faithful": self.faithful, "category": self.category, "why": self.why,
        }
        if self.source != "hand":
            out["source"] = self.source
        if self.false_triple is not None:
            out["false_triple"] = list(self.false_triple)
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any], *, source: str = "hand", split: str = "dev") -> "Case":
        return cls(id=d["id"], graph=d["graph"], text=d["text"],
                   evidence=tuple(tuple(t) for t in d.get("evidence", ())), user=d.get("user"),
                   faithful=bool(d["faithful"]), category=d["category"], why=d.get("why", ""),
                   source=d.get("source", source), split=split,
                   false_triple=d.get("false_triple"))


def read_cases(path: str | FsPath, split: str = "dev") -> list[Case]:
    """Cases of a JSONL file (one JSON object per line; blank lines and ``//`` lines skipped)."""
    out = []
    for n, line in enumerate(FsPath(path).read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        try:
            out.append(Case.from_dict(json.loads(line), split=split))
        except (KeyError, ValueError) as exc:
            raise ValueError(f"{path}:{n}: not a case ({exc})") from exc
    return out


def write_cases(path: str | FsPath, cases: Iterable[Case]) -> int:
    lines = [json.dumps(c.to_dict(), ensure_ascii=False) for c in cases]
    FsPath(path).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def malformed(case: Case, kg: Any) -> list[str]:
    """Why a case is not well-formed against its graph (empty list: well-formed).

    Checks the fields, the category, that every evidence triple is stored in the graph, that the
    user is a user of the graph, and, for a faithful case, that the text is non-empty.
    """
    problems = []
    if not case.id or not case.text.strip():
        problems.append("empty id or text")
    cats = FAITHFUL_CATEGORIES if case.faithful else UNFAITHFUL_CATEGORIES
    if case.category not in cats:
        problems.append(f"category {case.category!r} is not a "
                        f"{'faithful' if case.faithful else 'unfaithful'} category")
    if not case.why.strip():
        problems.append("no 'why'")
    if case.user is not None:
        if case.user not in kg or kg.entity(case.user).kind != "user":
            problems.append(f"user {case.user!r} is not a user of the graph")
    for t in case.evidence:
        if len(t) != 3 or not kg.has_triple(*t):
            problems.append(f"evidence {t!r} is not a stored triple")
    if not case.evidence:
        problems.append("no evidence")
    return problems
