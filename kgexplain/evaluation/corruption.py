"""Corrupting a faithful text: one error of a known kind, made on purpose.

:func:`corrupt` (and the :class:`Corruptor` behind it) changes one statement of a text written
from a sampled path (:func:`~kgexplain.evaluation.sampling.sample_cases`) so that it is no
longer true in the graph, one kind at a time (:data:`ERROR_KINDS`):

- ``tail_swap``: an entity replaced by another of the same type that is not linked to the head;
- ``tail_swap_in_evidence``: the same, with the replacement drawn from the evidence itself (so a
  mention check alone cannot catch it; only the assertion can);
- ``relation_swap``: a relation phrase replaced by the phrase of another relation between the
  same types that does not hold between the two entities ("is directed by" → "is written by");
- ``invented_entity``: an entity label replaced by an invented name;
- ``false_user_claim``: "you loved / watched X" moved to an item the user never rated, or
  "watched" turned into "loved" for an item the user rated low;
- ``changed_year``: a year after a title that differs from the entity's ``year`` attribute.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from typing import Any, Sequence

from kgexplain.records import Triple

__all__ = ["corrupt", "Corruptor", "ERROR_KINDS"]

ERROR_KINDS = (
    "tail_swap",
    "tail_swap_in_evidence",
    "relation_swap",
    "invented_entity",
    "false_user_claim",
    "changed_year",
)

_FIRST = ("Marla", "Oswin", "Tamsin", "Everett", "Liora", "Caspian", "Wilhelmina", "Dorian",
          "Imogen", "Thaddeus", "Rosalind", "Ambrose", "Ottilie", "Lysander", "Perpetua")
_LAST = ("Quennell", "Vantreight", "Ashcombe", "Delacorte", "Pembury", "Strickwood",
         "Halloran-Voss", "Merriwether", "Trevanion", "Okonkwo-Lisle", "Farrowdale", "Bellweather")
_ADJ = ("Silent", "Crimson", "Hollow", "Glass", "Wandering", "Midnight", "Iron", "Velvet",
        "Forgotten", "Electric", "Burning", "Paper")
_NOUN = ("Harbor", "Lantern", "Orchard", "Meridian", "Cartographer", "Tide", "Equinox", "Citadel",
         "Menagerie", "Aviary", "Quarry", "Labyrinth")


def _occurrences(text: str, label: str) -> list[tuple[int, int]]:
    if not label:
        return []
    pattern = re.compile(r"(?<!\w)" + re.escape(label) + r"(?!\w)", re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


def _replace(text: str, span: tuple[int, int], new: str) -> str:
    return text[: span[0]] + new + text[span[1]:]


def _distance(text: str, a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters between two spans; spans in different sentences are far apart."""
    lo, hi = (a, b) if a[0] <= b[0] else (b, a)
    between = text[lo[1]:hi[0]]
    gap = max(0, hi[0] - lo[1])
    return gap + (10_000 if re.search(r"[.!?]\s", between) else 0)


def _linked(kg: Any, a: str, b: str) -> bool:
    g = kg.graph
    return g.has_edge(a, b) or g.has_edge(b, a)



class Corruptor:
    """Makes one corrupted variant of a faithful text per error kind (or None when impossible)."""

    def __init__(self, kg: Any, seed: int) -> None:
        self.kg = kg
        self.rng = random.Random(seed)
        self.by_type: dict[str, list[str]] = {}
        for e in kg.entities():
            self.by_type.setdefault(e.type, []).append(e.id)
        for ids in self.by_type.values():
            ids.sort()
        self.label_count = Counter(f.casefold() for e in kg.entities() for f in (e.label, *e.aliases))
        sig: dict[tuple[str, str], set[str]] = {}
        for t in kg.triples(explainable=True):
            sig.setdefault((kg.entity(t.head).type, kg.entity(t.tail).type), set()).add(t.relation)
        self.signatures = sig
        self.nouns = _relation_nouns()

    def label(self, eid: str) -> str:
        return self.kg.entity(eid).label

    def occ(self, text: str, eid: str, evidence: Sequence[Triple]) -> list[tuple[int, int]]:
        """Occurrences of an entity's label that are not part of a longer evidence label."""
        label = self.label(eid)
        longer = [
            span
            for other in {x for t in evidence for x in (t.head, t.tail)}
            if len(self.label(other)) > len(label) and label.lower() in self.label(other).lower()
            for span in _occurrences(text, self.label(other))
        ]
        return [s for s in _occurrences(text, label)
                if not any(o[0] <= s[0] and s[1] <= o[1] for o in longer)]

    def _unique(self, label: str) -> bool:
        return self.label_count.get(label.casefold(), 0) == 1

    def _swap_candidates(self, head: str, old: str, pool: Sequence[str], text: str,
                         in_text_ok: bool = False) -> list[str]:
        out = []
        for cand in pool:
            if cand == old or cand == head or _linked(self.kg, head, cand):
                continue
            lab = self.label(cand)
            if not self._unique(lab) or self.label(old).lower() in lab.lower() or lab.lower() in self.label(old).lower():
                continue
            if not in_text_ok and lab.lower() in text.lower():
                continue
            out.append(cand)
        return out

    def tail_swap(self, text: str, case: dict, evidence: Sequence[Triple], in_evidence: bool) -> str | None:
        kg = self.kg
        triples = [t for t in evidence if kg.entity(t.head).kind != "user" and kg.entity(t.tail).kind != "user"]
        self.rng.shuffle(triples)
        ev_ents = {x for t in evidence for x in (t.head, t.tail)}
        for t in triples:
            for head, tail in ((t.head, t.tail), (t.tail, t.head)):
                occ = self.occ(text, tail, evidence)
                if not occ or not self._unique(self.label(tail)):
                    continue
                typ = kg.entity(tail).type
                if in_evidence:
                    pool = sorted(e for e in ev_ents if kg.entity(e).type == typ)
                else:
                    pool = self.rng.sample(self.by_type[typ], min(200, len(self.by_type[typ])))
                cands = self._swap_candidates(head, tail, pool, text, in_text_ok=in_evidence)
                if not cands:
                    continue
                new = self.rng.choice(cands)
                # replace the occurrence nearest to the head's mention (the claim about this triple)
                head_occ = self.occ(text, head, evidence) if kg.entity(head).kind != "user" else []
                span = self.rng.choice(occ)
                if head_occ:
                    span = min(occ, key=lambda s: min(_distance(text, s, h) for h in head_occ))
                return _replace(text, span, self.label(new))
        return None

    def relation_swap(self, text: str, case: dict, evidence: Sequence[Triple]) -> str | None:
        kg = self.kg
        triples = [t for t in evidence if kg.entity(t.head).kind != "user"]
        self.rng.shuffle(triples)
        for t in triples:
            rel = kg.relation(t.relation)
            sig = (kg.entity(t.head).type, kg.entity(t.tail).type)
            alts = sorted(self.signatures.get(sig, set()) - {t.relation})
            same_rel = [e for e in evidence if e.relation == t.relation]
            alts = [a for a in alts
                    if not any(kg.has_triple(e.head, a, e.tail) for e in same_rel)
                    and not kg.relation(a).sensitive]
            if not alts:
                continue
            alt = kg.relation(self.rng.choice(alts))
            options = [(rel.phrase, alt.phrase), (rel.inverse_phrase, alt.inverse_phrase)]
            if t.relation in self.nouns and alt.name in self.nouns:
                options.append((self.nouns[t.relation], self.nouns[alt.name]))
            names = [span for e in {x for tr in evidence for x in (tr.head, tr.tail)}
                     for span in _occurrences(text, self.label(e))]
            found = []
            for old, new in options:
                if old and new and old.lower() != new.lower():
                    for span in _occurrences(text, old):
                        if not any(span[0] < b and a < span[1] for a, b in names):
                            found.append((span, new))
            # prefer the longest phrase occurrence (an inverse phrase "directed" is inside "is directed by")
            found.sort(key=lambda f: -(f[0][1] - f[0][0]))
            kept = []
            for span, new in found:
                if any(s[0] <= span[0] and span[1] <= s[1] for s, _ in kept):
                    continue
                kept.append((span, new))
            if kept:
                span, new = self.rng.choice(kept)
                return _replace(text, span, new)
        return None

    def invented(self, text: str, case: dict, evidence: Sequence[Triple]) -> str | None:
        kg = self.kg
        ents = sorted({x for t in evidence for x in (t.head, t.tail) if kg.entity(x).kind != "user"})
        self.rng.shuffle(ents)
        for eid in ents:
            occ = self.occ(text, eid, evidence)
            if not occ:
                continue
            for _ in range(20):
                if kg.entity(eid).type in ("person", "artist", "author", "actor"):
                    name = f"{self.rng.choice(_FIRST)} {self.rng.choice(_LAST)}"
                else:
                    name = f"The {self.rng.choice(_ADJ)} {self.rng.choice(_NOUN)}"
                if not kg.find(name) and name.lower() not in text.lower():
                    return _replace(text, self.rng.choice(occ), name)
        return None

    def false_user_claim(self, text: str, case: dict, evidence: Sequence[Triple],
                         threshold: float) -> tuple[str, str] | None:
        kg = self.kg
        user, item = case["user"], case["item"]
        first = case["path"].hops[0]
        if len(case["path"].hops) < 2:
            return None
        x = first.tail if first.head == user else first.head
        you = [m.start() for m in re.finditer(r"\byou\b", text, re.IGNORECASE)]
        if not you:
            return None
        attrs = kg.edge_attrs(first.head, first.relation, first.tail)
        rating = attrs.get("rating")
        # the interaction verb the text used for a low rating ("watched", or the relation's phrase)
        verbs = ["watched", kg.relation(first.relation).phrase]
        loved_words = [m.span() for v in verbs if v
                       for m in re.finditer(r"\b" + re.escape(v) + r"\b", text)]
        if rating is not None and float(rating) < threshold and loved_words and self.rng.random() < 0.5:
            return _replace(text, self.rng.choice(loved_words), "loved"), "low_rating"
        occ = self.occ(text, x, evidence)
        if not occ or self.label(x).lower() == self.label(item).lower() or _linked(kg, user, item):
            return None
        span = min(occ, key=lambda s: min(abs(s[0] - y) for y in you))
        return _replace(text, span, self.label(item)), "not_rated"

    def changed_year(self, text: str, case: dict, evidence: Sequence[Triple]) -> tuple[str, str] | None:
        kg = self.kg
        ents = sorted({x for t in evidence for x in (t.head, t.tail)})
        self.rng.shuffle(ents)
        for eid in ents:
            year = kg.entity(eid).attrs.get("year")
            try:
                year = int(year)
            except (TypeError, ValueError):
                continue
            occ = self.occ(text, eid, evidence)
            if not occ:
                continue
            span = self.rng.choice(occ)
            good = text[: span[1]] + f" ({year})" + text[span[1]:]
            delta = self.rng.choice([d for d in range(-10, 11) if d])
            bad = text[: span[1]] + f" ({year + delta})" + text[span[1]:]
            return good, bad
        return None


def _relation_nouns() -> dict[str, str]:
    """Nouns the template verbalizer uses for relations ("director"), from its package data."""
    try:
        from importlib import resources

        import yaml

        text = (resources.files("kgexplain") / "templates" / "paths.yaml").read_text("utf-8")
        return dict((yaml.safe_load(text) or {}).get("nouns") or {})
    except (OSError, ImportError, ValueError):  # pragma: no cover - package data missing
        return {}


def corrupt(kg: Any, text: str, case: dict, evidence: Sequence[Triple], kind: str,
            seed: int = 0, rating_threshold: float = 4.0) -> str | None:
    """One corrupted variant of a faithful ``text`` for error ``kind`` (``None`` if impossible)."""
    c = Corruptor(kg, seed)
    if kind == "tail_swap":
        return c.tail_swap(text, case, evidence, in_evidence=False)
    if kind == "tail_swap_in_evidence":
        return c.tail_swap(text, case, evidence, in_evidence=True)
    if kind == "relation_swap":
        return c.relation_swap(text, case, evidence)
    if kind == "invented_entity":
        return c.invented(text, case, evidence)
    if kind == "false_user_claim":
        got = c.false_user_claim(text, case, evidence, rating_threshold)
        return got[0] if got else None
    if kind == "changed_year":
        got = c.changed_year(text, case, evidence)
        return got[1] if got else None
    raise ValueError(f"unknown error kind {kind!r}; choose one of {ERROR_KINDS}")


# --------------------------------------------------------------------------------------------
# Evaluation
