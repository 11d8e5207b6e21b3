"""Checking single claims against the graph: relation assertions, claims about the user, years.

:class:`Judge` is built once per text by the checker. It answers, for one claim, whether the
graph backs it and with which triple, or the status that says why not (see
:data:`~kgexplain.consistency.checker.STATUSES`).
"""

from __future__ import annotations

from typing import Sequence

from kgexplain.consistency._text import as_number
from kgexplain.consistency.index import YEAR_KEYS, GraphIndex
from kgexplain.consistency.lexicon import Cue
from kgexplain.consistency.mentions import Ref
from kgexplain.records import Triple

DISLIKE_MARGIN = 1.5
"""How far below the "loved" threshold a rating must be for "you disliked / hated X"."""

__all__ = ["Judge"]


class Judge:
    """Checks single claims against the graph; built per text by the checker."""

    def __init__(self, index: GraphIndex, user: str | None, evidence: set[Triple],
                 threshold: float, outside_evidence: bool) -> None:
        self.index = index
        self.user = user
        self.evidence = evidence
        self.threshold = threshold
        self.outside_evidence = outside_evidence
        self.partner: tuple[Ref, Triple] | None = None  # who shares a "shares its ..." fact

    def relation(self, subj: Ref, obj: Ref, readings: frozenset[Cue], negated: bool,
                 shared: bool, others: list[Ref], every: Sequence[Ref] = ()
                 ) -> tuple[bool, str, Triple | None]:
        """Judge ``subj <readings> obj``; ``shared``: another name of ``others`` stands in the
        same relation to one side; ``every``: each of these items does ("the same director")."""
        index = self.index
        hit: Triple | None = None
        if not subj.lowercase and not obj.lowercase and any(
                s != o and _bare_label(index.info[s][2]) == _bare_label(index.info[o][2])
                for s in subj.ids for o in obj.ids if s in index.info and o in index.info):
            # one name for both ends ("The Gertrude Jekyll lent its name to Gertrude Jekyll", a rose
            # named after a woman of that name): who does what cannot be told (red team 215; a
            # kind in lower case is told apart: "Crater Lake is a crater lake")
            return False, "not_in_graph", None
        if len(readings) > 1:  # a fixed order; a hit in the evidence wins ("Hitchcock's Vertigo")
            readings = sorted(readings, key=lambda c: (c.relation, c.forward))  # type: ignore[assignment]
        for sid in subj.ids:
            for oid in obj.ids:
                for c in readings:
                    h, t = (sid, oid) if c.forward else (oid, sid)
                    if c.relation in index.symmetric_only and not index.stored(h, c.relation, t):
                        h, t = t, h  # said the same both ways ("X's sibling Y", stored Y -> X)
                    if index.stored(h, c.relation, t):
                        found = Triple(h, c.relation, t)
                        if hit is None:
                            hit = found
                        if self.outside_evidence or found in self.evidence:
                            hit = found
                            break
                else:
                    continue
                break
            else:
                continue
            break
        if hit is None:
            if negated:
                return False, "unverified_negation", None
            for sid in subj.ids:
                for oid in obj.ids:
                    for c in readings:
                        h, t = (oid, sid) if c.forward else (sid, oid)
                        if index.stored(h, c.relation, t):
                            return False, "wrong_direction", Triple(h, c.relation, t)
                    edges = index.edges_between(sid, oid)
                    if edges:
                        h, r, t, _ = edges[0]
                        return False, "wrong_relation", Triple(h, r, t)
            return False, "not_in_graph", None
        if negated:
            return False, "negated_fact", hit
        if hit.relation in index.sensitive:
            return False, "sensitive", hit
        if not self.outside_evidence and hit not in self.evidence:
            return False, "not_in_evidence", hit
        if shared:
            # "Y shares its director, Z" / "... too": another entity named in the text stands in
            # the same relation to one side of the claim
            self.partner = None
            # the subject's side has the partner, the object is what is shared ("Heat shares
            # stars De Niro and Pacino": another film stars each; not Heat starring De Niro)
            subject_head = hit.head in subj.ids and hit.tail not in subj.ids
            subject_tail = hit.tail in subj.ids and hit.head not in subj.ids
            for o in others:
                for x in o.ids:
                    if x in (hit.head, hit.tail):
                        continue
                    sides = (Triple(x, hit.relation, hit.tail),) if subject_head else \
                        (Triple(hit.head, hit.relation, x),) if subject_tail else \
                        (Triple(x, hit.relation, hit.tail), Triple(hit.head, hit.relation, x))
                    for pt in sides:
                        if index.stored(*pt):
                            self.partner = (o, pt)
                            break
                    if self.partner:
                        break
                if self.partner:
                    break
            if self.partner is None:
                return False, "nothing_shared", hit
            for o in every:  # "You loved A and B, and C is by the same director, X": A's and B's
                if not any(index.stored(x, hit.relation, hit.tail) for x in o.ids if x != hit.head):
                    return False, "nothing_shared", hit
        return True, "supported", hit

    def shared_value(self, subjects: list[Ref], readings: frozenset[Cue], negated: bool,
                     of_type: frozenset[str] | None = None) -> tuple[bool, str, tuple[Triple, ...]]:
        """ "A and B share a director" / "A has the same director as B": some one entity
        (of one of the types ``of_type``, if given) stands in the relation to every subject.
        Returns the facts that show it (one per subject), all in the evidence unless
        ``outside_evidence``."""
        index = self.index
        succ, pred = index.graph._succ, index.graph._pred
        found: tuple[Triple, ...] = ()
        for c in sorted(readings, key=lambda c: (c.relation, c.forward)):
            for first in subjects[0].ids:
                side = succ if c.forward else pred
                for z, data in side.get(first, {}).items():
                    if c.relation not in data or (
                            of_type is not None and index.info.get(z, ("", ""))[1].lower() not in of_type):
                        continue
                    facts = []
                    for s in subjects:
                        sid = next((x for x in s.ids if index.stored(*((x, c.relation, z) if c.forward
                                                                      else (z, c.relation, x)))), None)
                        if sid is None:
                            break
                        facts.append(Triple(sid, c.relation, z) if c.forward else Triple(z, c.relation, sid))
                    else:
                        if self.outside_evidence or all(f in self.evidence for f in facts):
                            found = tuple(facts)
                            break
                if found:
                    break
            if found:
                break
        return self._shared_verdict(found, negated)

    def same_values(self, subjects: list[Ref], readings: frozenset[Cue], negated: bool
                    ) -> tuple[bool, str, tuple[Triple, ...]]:
        """ "A has the same producers as B": the relation gives every subject the same entities,
        more than one (the plural says so). Returns the facts that show it, all in the evidence
        unless ``outside_evidence``."""
        index = self.index
        succ, pred = index.graph._succ, index.graph._pred
        found: tuple[Triple, ...] = ()
        for c in sorted(readings, key=lambda c: (c.relation, c.forward)):
            side = succ if c.forward else pred
            values = []
            for s in subjects:
                ids = [x for x in s.ids if any(c.relation in d for d in side.get(x, {}).values())]
                if len(ids) != 1:
                    break
                values.append((ids[0], frozenset(z for z, d in side.get(ids[0], {}).items() if c.relation in d)))
            if len(values) != len(subjects) or len({v for _, v in values}) != 1 or len(values[0][1]) < 2:
                continue
            facts = tuple(Triple(x, c.relation, z) if c.forward else Triple(z, c.relation, x)
                          for x, zs in values for z in sorted(zs))
            if self.outside_evidence or all(f in self.evidence for f in facts):
                found = facts
                break
        return self._shared_verdict(found, negated)

    def _shared_verdict(self, found: tuple[Triple, ...], negated: bool) -> tuple[bool, str, tuple[Triple, ...]]:
        """The verdict on a shared value from the facts that show it (none: nothing shared)."""
        if negated:
            return (False, "negated_fact", found) if found else (False, "unverified_negation", ())
        if not found:
            return False, "nothing_shared", ()
        if any(f.relation in self.index.sensitive for f in found):
            return False, "sensitive", found
        return True, "supported", found

    def user_claim(self, obj: Ref, label: str, negated: bool, rating: float | None = None
                   ) -> tuple[bool, str, Triple | None]:
        if self.user is None:
            return False, "unknown_user", None
        if label == "SENS":
            return False, "sensitive", None
        index = self.index
        edges = []
        for oid in obj.ids:
            for h, r, t, attrs in index.edges_between(self.user, oid):
                if r in index.user_relations and r not in index.sensitive:
                    edges.append((Triple(h, r, t), attrs))
        if negated:
            if label == "INT" and not edges:
                return True, "supported", None
            scored = [(t, _rating(a)) for t, a in edges if _rating(a) is not None]
            if label == "POS" and scored and (self.outside_evidence
                                              or all(t in self.evidence for t, _ in scored)):
                # "You didn't love X": true when every rating of X is below the threshold
                best = max(scored, key=lambda x: x[1])
                return (True, "supported", best[0]) if best[1] < self.threshold else (
                    False, "negated_fact", best[0])
            return False, "unverified_negation" if not edges else "interacted", None
        if not edges:
            return False, "not_rated", None
        if not self.outside_evidence:
            edges = [(t, a) for t, a in edges if t in self.evidence] or []
            if not edges:
                return False, "not_in_evidence", None
        ratings = [(t, _rating(a)) for t, a in edges]
        if rating is not None:
            for t, r in ratings:
                if r is not None and abs(r - rating) < 1e-6:
                    return True, "supported", t
            return False, "wrong_value", ratings[0][0]
        if label == "INT":
            return True, "supported", ratings[0][0]
        scored = [(t, r) for t, r in ratings if r is not None]
        if not scored:
            return False, "no_rating", ratings[0][0]
        if label == "POS":
            best = max(scored, key=lambda x: x[1])
            return (True, "supported", best[0]) if best[1] >= self.threshold else (
                False, "low_rating", best[0])
        # "you disliked / hated X": a low rating, 1.5 below the "loved" threshold (2.5 of 5),
        # not merely below "loved" (3.5 is no dislike)
        worst = min(scored, key=lambda x: x[1])
        return (True, "supported", worst[0]) if worst[1] <= self.threshold - DISLIKE_MARGIN else (
            False, "high_rating", worst[0])

    def year(self, ref: Ref, value: float) -> tuple[bool, str]:
        known = False
        for eid in ref.ids:
            attrs = self.index.info.get(eid, ("", "", "", {}))[3]
            for key in YEAR_KEYS:
                if key in attrs:
                    known = True
                    if abs(attrs[key] - value) < 1e-6:
                        return True, "supported"
        return False, "wrong_value" if known else "unverified_number"

    def year_of(self, ref: Ref) -> float | None:
        """The one year the graph gives ``ref`` (``None`` when it gives none, or several)."""
        found = {self.index.info.get(eid, ("", "", "", {}))[3].get("year") for eid in ref.ids}
        found.discard(None)
        return found.pop() if len(found) == 1 else None

    def top_rating(self) -> float | None:
        """The user's highest rating of any item, through the same relations as
        :meth:`user_claim` (``None`` without a user or ratings)."""
        if self.user is None:
            return None
        index = self.index
        found = [_rating(attrs) for oid in index.graph._succ.get(self.user, {})
                 for _, r, _, attrs in index.edges_between(self.user, oid)
                 if r in index.user_relations and r not in index.sensitive]
        found = [x for x in found if x is not None]
        return max(found) if found else None


def _rating(attrs: dict) -> float | None:
    return as_number(attrs.get("rating"))


def _bare_label(label: object) -> str:
    """A label without case or a leading "the" ("the Gertrude Jekyll", a rose, is named as the
    woman "Gertrude Jekyll" is)."""
    text = str(label).lower().strip()
    return text[4:] if text.startswith("the ") else text
