"""WebNLG dev references as free human paraphrase for the checker.

Each dev entry becomes part of one graph built from the entries' own triples (labels as readers
write them, relation phrases from the camelCase-split predicate names: see
:func:`webnlg_graph`). A reference is checked against its entry's triples
as evidence: the share **accepted** is the false-reject side. Each reference is then corrupted, one
way at a time, and the share **rejected** is the recall side:

* ``swap_object``: an object named in the text replaced by another entity of the same entry that is
  not that subject's object for that predicate;
* ``reverse_relation``: subject and object of one triple swapped in the text (when the reverse
  triple is not in the entry);
* ``negation``: "not" after the first ``is/was/are/were`` (or "did not" before a past verb is not
  attempted: only the copula);
* ``change_number``: the first number in the text that is part of an object label changed.

The corpus is read from a local folder (``../shared/data/webnlg``) and never shipped.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path as FsPath
from typing import Any, Sequence

from kgexplain.records import Entity, Relation, Triple

__all__ = ["evaluate_webnlg", "corrupt_reference", "webnlg_graph", "CORRUPTIONS"]

CORRUPTIONS = ("swap_object", "reverse_relation", "negation", "change_number")
_COPULA = re.compile(r"\b(is|was|are|were)\b")
_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?(?![\w])")


def _find(text: str, label: str) -> re.Match[str] | None:
    if len(label) < 2:
        return None
    return re.search(r"(?<!\w)" + re.escape(label) + r"(?!\w)", text)


def corrupt_reference(text: str, triples: tuple[tuple[str, str, str], ...], kind: str,
                      rng: random.Random) -> str | None:
    """One corrupted variant of a reference (``None`` when the corruption does not apply)."""
    order = list(triples)
    rng.shuffle(order)
    labels = sorted({x for s, _, o in triples for x in (s, o)})
    if kind == "swap_object":
        for s, p, o in order:
            m = _find(text, o)
            if not m or text.count(o) != 1:
                continue
            others = [x for x in labels if x != o and x not in text and (s, p, x) not in triples
                      and x != s]
            if others:
                new = rng.choice(others)
                return text[: m.start()] + new + text[m.end():]
        return None
    if kind == "reverse_relation":
        for s, p, o in order:
            ms, mo = _find(text, s), _find(text, o)
            if not ms or not mo or (o, p, s) in triples or text.count(s) != 1 or text.count(o) != 1:
                continue
            if ms.start() < mo.end() and mo.start() < ms.end():
                continue
            first, second = sorted((ms, mo), key=lambda m: m.start())
            return (text[: first.start()] + second.group(0) + text[first.end(): second.start()]
                    + first.group(0) + text[second.end():])
        return None
    if kind == "negation":
        m = _COPULA.search(text)
        if not m or re.match(r"\s+not\b", text[m.end():]):
            return None
        return text[: m.end()] + " not" + text[m.end():]
    if kind == "change_number":
        object_numbers = {n for _, _, o in triples for n in _NUMBER.findall(o)}
        for m in _NUMBER.finditer(text):
            if m.group(0) in object_numbers:
                digits = m.group(0)
                new = str(int(re.sub(r"\D", "", digits[:1])) % 9 + 1) + digits[1:]
                if new == digits:
                    continue
                return text[: m.start()] + new + text[m.end():]
        return None
    raise ValueError(f"unknown corruption {kind!r}; choose from {CORRUPTIONS}")


def evaluate_webnlg(checker_factory: Any, webnlg_dir: str | FsPath | None = None, *,
                    limit: int | None = None, seed: int = 0, examples: int = 5) -> dict[str, Any]:
    """Accepted share of WebNLG dev references and rejected share of their corruptions.

    Returns ``{"skipped": why}`` when the corpus folder is absent.
    """
    if webnlg_dir is None:
        here = FsPath(__file__).resolve().parents[3] / "shared" / "data" / "webnlg"
        webnlg_dir = next((p for p in (FsPath("../shared/data/webnlg"), here) if p.is_dir()), None)
    if webnlg_dir is None or not FsPath(webnlg_dir).is_dir():
        return {"skipped": "WebNLG folder not found (../shared/data/webnlg); pass webnlg_dir=..."}
    from kgexplain.datasets.webnlg import read_webnlg

    entries = read_webnlg(webnlg_dir, "dev")
    kg, evidence_of = webnlg_graph(entries)
    checker = checker_factory(kg)
    rng = random.Random(seed)
    refs = [(e, ref) for e in entries for ref in e.references]
    if limit is not None and len(refs) > limit:
        refs = rng.sample(refs, limit)
    originals = [(ref, evidence_of[e.key], None) for e, ref in refs]
    verdicts = checker.check_many(originals)
    accepted = sum(v.supported for v in verdicts)
    statuses: Counter[str] = Counter(c.status for v in verdicts for c in v.rejected)
    out: dict[str, Any] = {
        "references": len(refs), "entries": len(entries), "graph": repr(kg),
        "accepted": accepted, "accepted_share": round(accepted / len(refs), 4) if refs else None,
        "rejected_examples": [t for (t, _, _), v in zip(originals, verdicts) if not v.supported][:examples],
        "rejected_statuses": dict(statuses.most_common(8)),
        "corrupted": {},
    }
    for kind in CORRUPTIONS:
        items = []
        for e, ref in refs:
            bad = corrupt_reference(ref, e.triples, kind, rng)
            if bad is not None and bad != ref:
                items.append((bad, evidence_of[e.key], None))
        vs = checker.check_many(items)
        rejected = sum(not v.supported for v in vs)
        out["corrupted"][kind] = {
            "n": len(items), "rejected": rejected,
            "rejected_share": round(rejected / len(items), 4) if items else None,
            "missed_examples": [t for (t, _, _), v in zip(items, vs) if v.supported][:examples],
        }
    n_all = sum(b["n"] for b in out["corrupted"].values())
    out["corrupted_rejected_share"] = (round(sum(b["rejected"] for b in out["corrupted"].values())
                                             / n_all, 4) if n_all else None)
    out["note"] = ("relation phrases come only from predicate names; references are not "
                   "screened for unfaithful ones (WebNLG has a few)")
    return out


_NUM = re.compile(r"\d+(?:\.\d+)?")


def webnlg_graph(entries: Sequence[Any]) -> tuple[Any, dict[str, tuple[Triple, ...]]]:
    """A graph of the WebNLG entries' own triples (labels as given, phrases from predicate names).

    Numbers inside literal labels ("347.1 (square kilometres)") become numeric attributes.
    Returns the graph and each entry's triples as id triples.
    """
    from kgexplain.graph import KnowledgeGraph

    ids: dict[str, str] = {}
    entities: list[Entity] = []
    relations: dict[str, Relation] = {}

    def ent(label: str) -> str:
        eid = ids.get(label)
        if eid is None:
            eid = ids[label] = f"webnlg:{len(ids)}"
            attrs = {f"n{i}": float(x) for i, x in enumerate(_NUM.findall(label))}
            entities.append(Entity(eid, kind="attribute", type="entity", label=label, attrs=attrs))
        return eid

    def rel(phrase: str) -> str:
        name = re.sub(r"\W+", "_", phrase).strip("_") or "related_to"
        if name not in relations:
            relations[name] = Relation(name, phrase=phrase, inverse_phrase=f"is the {phrase} of")
        return name

    evidence: dict[str, tuple[Triple, ...]] = {}
    rows = []
    for e in entries:
        ts = []
        for h, p, t in e.triples:
            tr = Triple(ent(h), rel(p), ent(t))
            ts.append(tr)
            rows.append((tr.head, tr.relation, tr.tail))
        evidence[e.key] = tuple(ts)
    kg = KnowledgeGraph.from_triples(rows, entities=entities, relations=list(relations.values()),
                                     name="webnlg-dev")
    return kg, evidence
