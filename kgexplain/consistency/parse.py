"""Reading a sentence into claims: who is said to do what to whom, and every word accounted for.

A sentence is a row of mentions (entities, "you", references) with word gaps between them. Each
gap is read by a small closed grammar:

* a **relation cue** right before a mention (only determiners, commas, colons or a type noun
  between) binds the mention as object; its subject is the mention group before the gap, or the
  antecedent of "which / who / that", or the clause's subject after "and" ("X stars A and is
  directed by B"). A forward cue asserts ``(subject, relation, object)``, an inverse cue
  ``(object, relation, subject)``; the graph must store exactly that edge.
* a **user cue** after "you" ("you loved X", "X, which you loved") is a claim about the user's
  own ratings or interactions.
* **coordination** ("A, B and C") repeats the last predicate for each member, or widens a subject.
* **comparison** ("Like X, ...", "..., just like X") makes X a subject of the same predicate: it
  must hold for X too. "shares its director" / "the same director as" need another item to share it.
* **negation** ("not", "never", "no longer") turns a stored fact into a false claim and any other
  into an unverified one (the graph cannot prove a negative), except "you have not seen X".
* **numbers** bind to the entity they describe: "X (1962)" and "the 1962 film X" check X's
  ``year``; "you rated X 4 stars" checks the user's rating.

Every other word must be glue (:data:`~kgexplain.consistency.lexicon.GLUE`); anything else is an
``unverified`` claim, and so is a mention that takes part in no claim.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from kgexplain.consistency._text import NUMBER_RE, WORD_NUMBERS
from kgexplain.consistency.index import GraphIndex
from kgexplain.consistency.lexicon import (
    ADVERBS,
    AUXILIARIES,
    COORDINATORS,
    DETERMINERS,
    EVALUATIVE_HINT,
    GLUE,
    NEGATIONS,
    RELATIVES,
    SEPARATORS,
    Cue,
)
from kgexplain.consistency.mentions import Ref
from kgexplain.records import Triple

__all__ = ["Sentence", "parse_sentence", "ClaimSink"]

_OBJ_PRE = DETERMINERS | frozenset({",", ":", "both", "fellow", "same"})
_SHARE = frozenset({"share", "shares", "shared", "sharing", "same", "common"})
_LIKE = frozenset({"like", "as", "just"})
_MODAL = frozenset({"might", "may", "could", "would", "should", "will", "try", "recommend",
                    "recommended", "we", "enjoy", "like", "also", "for", "because", "here", "is",
                    "check", "out", "watch"})
_FRAME_TRIGGERS = frozenset({"might", "may", "could", "would", "should", "will", "try",
                             "recommend", "recommended", "check"})
_NEG_PHRASES = (("no", "longer"),)
_RATING_UNITS = frozenset({"stars", "star", "points", "/", "out", "of", "a", "rating", "score"})

ClaimSink = Callable[..., None]
"""``sink(start_tok, end_tok, kind, supported, status, triple, entities)`` records one claim."""


@dataclass
class Sentence:
    """A sentence's mentions (with resolved references) and its token range."""

    start: int
    end: int
    refs: list[Ref] = field(default_factory=list)


@dataclass
class _Spec:
    """The last predicate read, so coordination and comparison can repeat it."""

    subjects: list[Ref]
    readings: frozenset[Cue] | str  # relation readings, or a user cue label ("POS", "INT", ...)
    negated: bool
    shared: bool
    span: tuple[int, int]


class _Reader:
    def __init__(self, index: GraphIndex, lowers: list[str], cue_at: dict[int, list[tuple[int, frozenset[Cue]]]],
                 user_at: dict[int, list[tuple[int, str]]], judge: "Judge", sink: ClaimSink) -> None:
        self.index = index
        self.lowers = lowers
        self.cue_at = cue_at
        self.user_at = user_at
        self.judge = judge
        self.sink = sink

    # ---------------------------------------------------------------------------- gap helpers
    def binding_cue(self, a: int, b: int, user_subject: bool) -> tuple[int, int, object] | None:
        """The longest cue in tokens [a, b) followed only by object determiners up to b."""
        best = None
        for s in range(a, b):
            options: list[tuple[int, object]] = []
            if user_subject:
                options += [(e, lab) for e, lab in self.user_at.get(s, ())]
            options += [(e, rd) for e, rd in self.cue_at.get(s, ())]
            for e, what in options:
                if e > b:
                    continue
                between = self.lowers[e:b]
                if ("," in between or ":" in between) and not (
                        not isinstance(what, str) and any(c.noun for c in what)):
                    continue  # only a noun takes its object after a comma ("its director, X")
                noun = not isinstance(what, str) and any(c.noun for c in what)
                if all(w in _OBJ_PRE or w in self.index.type_nouns or (noun and w in AUXILIARIES)
                       for w in between):
                    if best is None or s < best[0] or (s == best[0] and e > best[1]):
                        best = (s, e, what)
        return best

    def leading_cue(self, a: int, b: int, user_subject: bool) -> tuple[int, int, object] | None:
        """A cue that starts the gap after only auxiliaries/adverbs/negations ("which you *loved*,")."""
        k = a
        while k < b and (self.lowers[k] in AUXILIARIES or self.lowers[k] in ADVERBS
                         or self.lowers[k] in NEGATIONS or self.lowers[k] in ("really",)):
            k += 1
        best = None
        options: list[tuple[int, object]] = []
        if user_subject:
            options += list(self.user_at.get(k, ()))
        options += list(self.cue_at.get(k, ()))
        for e, what in options:
            if e <= b and (best is None or e > best[1]):
                best = (k, e, what)
        return best


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
                 shared: bool, others: list[Ref]) -> tuple[bool, str, Triple | None]:
        index = self.index
        hit: Triple | None = None
        for sid in subj.ids:
            for oid in obj.ids:
                for c in readings:
                    h, t = (sid, oid) if c.forward else (oid, sid)
                    if index.stored(h, c.relation, t):
                        hit = Triple(h, c.relation, t)
                        break
                if hit:
                    break
            if hit:
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
            for o in others:
                for x in o.ids:
                    if x in (hit.head, hit.tail):
                        continue
                    for pt in (Triple(x, hit.relation, hit.tail), Triple(hit.head, hit.relation, x)):
                        if index.stored(*pt):
                            self.partner = (o, pt)
                            break
                    if self.partner:
                        break
                if self.partner:
                    break
            if self.partner is None:
                return False, "nothing_shared", hit
        return True, "supported", hit

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
        worst = min(scored, key=lambda x: x[1])
        return (True, "supported", worst[0]) if worst[1] < self.threshold else (
            False, "high_rating", worst[0])

    def year(self, ref: Ref, value: float) -> tuple[bool, str]:
        known = False
        for eid in ref.ids:
            attrs = self.index.info.get(eid, ("", "", "", {}))[3]
            for key in ("year", "release_year", "released", "date"):
                if key in attrs:
                    known = True
                    if abs(attrs[key] - value) < 1e-6:
                        return True, "supported"
        return False, "wrong_value" if known else "unverified_number"


def _rating(attrs: dict) -> float | None:
    from kgexplain.consistency._text import as_number

    return as_number(attrs.get("rating"))


def parse_sentence(
    index: GraphIndex,
    lowers: list[str],
    original: list[str],
    sent: Sentence,
    cue_at: dict[int, list[tuple[int, frozenset[Cue]]]],
    user_at: dict[int, list[tuple[int, str]]],
    judge: Judge,
    sink: ClaimSink,
    all_refs: list[Ref],
    made: list[Triple],
) -> None:
    """Read one sentence, reporting every claim (and every unexplained span) to ``sink``."""
    rd = _Reader(index, lowers, cue_at, user_at, judge, sink)
    refs = sent.refs
    attached: set[int] = set()  # ids of refs that took part in a claim
    consumed = [False] * len(lowers)
    subject: list[Ref] | None = None  # the clause's subject group
    group: list[Ref] = []
    role = "free"  # "free" (no predicate yet), "object" (last group is an object)
    spec: _Spec | None = None
    like_frame: list[Ref] = []
    pending: _Spec | None = None  # "the same director as X: ..." waits for its object
    frame_closed = False
    relative_of: dict[int, Ref] = {}  # id(ref) -> antecedent, for refs opened by which/who/that
    role_of: dict[int, str] = {}  # id(ref) -> "object" when a predicate took it as object
    # facts the text has asserted so far (and the graph backs), shared by its sentences
    others = [r for r in all_refs if not r.user and not r.pronoun]

    def mark(a: int, b: int) -> None:
        for k in range(a, b):
            consumed[k] = True

    def claim(subjs: list[Ref], obj: Ref, what: object, negated: bool, shared: bool,
              span: tuple[int, int], rating: float | None = None) -> None:
        for s in subjs:
            if s.user:
                if isinstance(what, str):
                    ok, status, triple = judge.user_claim(obj, what, negated, rating)
                elif judge.user is None:
                    ok, status, triple = False, "unknown_user", None
                else:
                    me = Ref(s.start, s.end, (judge.user,), "user", user=True)
                    ok, status, triple = judge.relation(me, obj, what, negated, False, [])
                kind = "user"
            else:
                if isinstance(what, str):
                    ok, status, triple = False, "not_in_graph", None
                else:
                    judge.partner = None
                    ok, status, triple = judge.relation(s, obj, what, negated, shared, others)
                    if ok and shared and judge.partner is not None:
                        o, pt = judge.partner
                        sink(min(o.start, obj.start), max(o.end, obj.end), "assertion", True,
                             "supported", pt, (pt.head, pt.tail))
                kind = "assertion"
            a = min(s.start, obj.start, span[0])
            b = max(s.end, obj.end, span[1])
            ents = (s.ids[:1] if not s.user else ((judge.user,) if judge.user else ())) + obj.ids[:1]
            sink(a, b, kind, ok, status, triple, ents)
            attached.add(id(s))
            attached.add(id(obj))
            if ok and triple is not None:
                made.append(triple)

    def too_holds(triples: list[Triple]) -> bool:
        """ "... too" / "as well": another named entity shares the fact, or the same two
        entities were linked by another relation before ("wrote Heat and directed it too")."""
        for t in triples:
            if t in made:
                return False  # "X was published by H, which also published X": the same fact
        for t in triples:
            pair = {t.head, t.tail}
            if any(m != t and {m.head, m.tail} & pair and judge.user not in (m.head, m.tail)
                   for m in made):
                return True
            for o in sent.refs:
                if o.user or o.pronoun:
                    continue
                for x in o.ids:
                    if x in pair:
                        continue
                    if index.stored(x, t.relation, t.tail) or index.stored(t.head, t.relation, x):
                        return True
        return False

    def negated_in(a: int, b: int) -> bool:
        ws = lowers[a:b]
        return any(w in NEGATIONS for w in ws) or any(
            tuple(ws[k:k + len(p)]) == p for p in _NEG_PHRASES for k in range(len(ws)))

    def shared_in(a: int, b: int) -> bool:
        return any(w in _SHARE for w in lowers[a:b])

    def frame_in(a: int, b: int) -> bool:
        return any(w in _FRAME_TRIGGERS for w in lowers[a:b])

    def leftovers(a: int, b: int, allowed: frozenset[str]) -> None:
        """Report words of [a, b) that are neither consumed nor allowed as glue."""
        k = a
        while k < b:
            if consumed[k] or lowers[k] in allowed or lowers[k] in index.type_nouns:
                k += 1
                continue
            j = k
            while j < b and not consumed[j] and lowers[j] not in allowed and lowers[j] not in index.type_nouns:
                j += 1
            words = lowers[k:j]
            named = any(original[x][:1].isupper() for x in range(k, j)
                        if x != sent.start and original[x - 1] not in (":", '"', "(", "“"))
            status = ("evaluative" if any(w in EVALUATIVE_HINT for w in words)
                      else "unknown_entity" if named else "unknown_words")
            sink(k, j, "unverified", False, status, None, ())
            k = j

    def numbers(a: int, b: int, before: Ref | None, after: Ref | None, last_user_obj: Ref | None) -> None:
        """Bind numbers of [a, b) to the entity they describe, or report them unverified."""
        for k in range(a, b):
            w = lowers[k]
            value = None
            if NUMBER_RE.match(w):
                value = float(w.replace(",", ""))
            elif w in WORD_NUMBERS and k + 1 < b and lowers[k + 1] in ("stars", "star", "out", "/"):
                value = float(WORD_NUMBERS[w])
            if value is None or consumed[k]:
                continue
            # "X (1962)"
            if before is not None and k == before.end + 1 and lowers[k - 1] == "(" and (
                    k + 1 < len(lowers) and lowers[k + 1] == ")"):
                ok, status = judge.year(before, value)
                sink(k, k + 1, "number", ok, status, None, before.ids[:1])
                mark(k - 1, k + 2)
                continue
            # "the 1962 film X", "1962's X"
            rest = [lowers[j] for j in range(k + 1, b)]
            if after is not None and all(x in index.type_nouns or x == "'s" for x in rest):
                ok, status = judge.year(after, value)
                sink(k, k + 1, "number", ok, status, None, after.ids[:1])
                mark(k, b)
                continue
            # "you rated X 4 stars", "gave it a 5"
            if last_user_obj is not None and judge.user is not None:
                ok, status, triple = judge.user_claim(last_user_obj, "INT", False, value)
                sink(k, k + 1, "number", ok, status, triple, last_user_obj.ids[:1])
                mark(k, k + 1)
                j = k + 1
                while j < b and lowers[j] in _RATING_UNITS | {"5", "10", "five", "ten"}:
                    consumed[j] = True
                    j += 1
                if k > a and lowers[k - 1] in ("a", "an"):
                    consumed[k - 1] = True
                continue
            sink(k, k + 1, "number", False, "unverified_number", None, ())
            mark(k, k + 1)

    def resolve(ref: Ref, position: int) -> None:
        if not ref.pronoun:
            return
        before = [r for r in all_refs if r.start < position and not r.user and not r.pronoun]
        rule = ref.pronoun
        pick: list[Ref] = []
        if rule == "item":
            pick = [r for r in before if r.kind == "item"][-1:]
        elif rule == "person":
            pick = [r for r in before if r.kind not in ("item", "user")][-1:]
        elif rule == "group":
            items = []
            for r in reversed(before):
                if r.kind == "item" and all(set(r.ids) != set(x.ids) for x in items):
                    items.append(r)
                if len(items) == 2:
                    break
            pick = items if len(items) == 2 else []
        elif rule in ("latter", "former"):
            # the most recent two names of one type ("Jaws and Jurassic Park ...; the former")
            for k in range(len(before) - 1, 0, -1):
                mates = [r for r in before[:k] if r.types & before[k].types]
                if mates:
                    pair = [mates[-1], before[k]]
                    pick = [pair[1] if rule == "latter" else pair[0]]
                    break
        if not pick:
            ref.ids = ()
            return
        ref.group = pick
        ref.ids = pick[0].ids if len(pick) == 1 else ()
        ref.kind = pick[0].kind
        ref.types = frozenset().union(*(p.types for p in pick))
        ref.in_evidence = all(p.in_evidence for p in pick)

    def expand(r: Ref) -> list[Ref]:
        """A plural reference stands for each entity it names."""
        if r.pronoun and len(r.group) > 1:
            return r.group
        return [r]

    # drop "both" used as an adverb ("X and Y both star Z"): a reference only after a cue
    kept = []
    starts_at = {r.start for r in refs if not r.pronoun}
    for r in refs:
        if r.pronoun and r.end in starts_at and lowers[r.end - 1] in ("film", "movie"):
            continue  # "the film Heat": a noun before the name, not a reference
        if r.pronoun == "item_possessive":
            # "Its director, X, ...": a subject only where a clause starts
            if r.start == sent.start or lowers[r.start - 1] in SEPARATORS | {","}:
                r.pronoun = "item"
            else:
                continue
        if r.pronoun == "group" and lowers[r.start] == "both":
            prev_is_cue = r.start > 0 and (lowers[r.start - 1] in ("in", "of", "to", "by") or any(
                e == r.start for s in range(max(0, r.start - 6), r.start) for e, _ in cue_at.get(s, ())))
            nxt = lowers[r.end] if r.end < len(lowers) else "."
            if not (prev_is_cue and nxt in SEPARATORS | {",", "too", "?"}):
                continue
        kept.append(r)
    refs = kept
    for r in refs:
        resolve(r, r.start)
        if r.pronoun and not r.ids and not r.group:
            sink(r.start, r.end, "unverified", False, "unresolved_reference", None, ())
            attached.add(id(r))

    if not refs:
        leftovers(sent.start, sent.end, GLUE)
        return

    # ---- the gap before the first mention: framing only ("Because", "Like", "Try")
    first = refs[0]
    lead = range(sent.start, first.start)
    if any(lowers[k] == "like" for k in lead):
        like_frame.append(first)
        mark(sent.start, first.start)
    lead_words = lowers[sent.start:first.start]
    if "fan" in lead_words or "fans" in lead_words:
        k = max(i for i, w in enumerate(lead_words) if w in ("fan", "fans"))
        if lead_words[k + 1:] == ["of"] and judge.user is not None:
            # "As a fan of X, you ...": a claim that the user loved X
            me = Ref(first.start, first.start, (), "user", user=True)
            claim([me], first, "POS", negated_in(sent.start, first.start), False,
                  (sent.start + k, first.start))
            mark(sent.start, first.start)
    if frame_in(sent.start, first.start):
        attached.add(id(first))
        mark(sent.start, first.start)
    numbers(sent.start, first.start, None, first, None)
    leftovers(sent.start, first.start, GLUE)
    group = [first]
    last_user_obj: Ref | None = None

    for i in range(1, len(refs) + 1):
        prev = refs[i - 1]
        cur = refs[i] if i < len(refs) else None
        a = prev.end
        b = cur.start if cur is not None else sent.end
        prev_opened = relative_of.get(id(prev))
        # (1) a dangling cue closing a relative clause: "X, which you loved, ..." /
        #     "X, which Kurosawa directed, ..." -> the antecedent is the object
        if prev_opened is not None:
            lc = rd.leading_cue(a, b, prev.user)
            binding_here = rd.binding_cue(a, b, prev.user) if cur is not None else None
            if lc is not None and (binding_here is None or binding_here[0] != lc[0]):
                s0, e0, what = lc
                neg = negated_in(a, e0)
                if prev.user and isinstance(what, str):
                    claim([prev], prev_opened, what, neg, False, (s0, e0))
                    last_user_obj = prev_opened
                elif not prev.user and not isinstance(what, str):
                    claim(expand(prev), prev_opened, what, neg, False, (s0, e0))
                else:
                    continue_span = (s0, e0)
                    sink(continue_span[0], continue_span[1], "unverified", False, "unknown_words", None, ())
                mark(a, e0)
                a = e0
                # the relative clause is closed: what follows is said of the antecedent again
                if prev_opened in like_frame:
                    group, role, frame_closed = [], "free", True
                else:
                    group, frame_closed = [prev_opened], False
                    role = role_of.get(id(prev_opened), "free")
                    if role == "free":
                        subject = None
        if cur is None:
            numbers(a, b, prev, None, last_user_obj)
            if any(lowers[k] in _LIKE for k in range(a, b)) and spec is not None:
                pass
            leftovers(a, b, GLUE | NEGATIONS)
            break
        numbers(a, b, prev, cur, last_user_obj)
        gap = lowers[a:b]
        user_subject = any(r.user for r in group) or prev.user or (
            # "You loved X and gave it a 5": the user carries over an "and"
            subject is not None and any(r.user for r in subject) and "and" in gap
            and "like" not in gap)
        bind = rd.binding_cue(a, b, user_subject)
        pre_end = bind[0] if bind else b
        pre = [lowers[k] for k in range(a, pre_end) if not consumed[k]]
        has_rel = any(w in RELATIVES for w in pre)
        has_sep = any(w in SEPARATORS for w in pre)
        has_coord = any(w in COORDINATORS for w in pre)
        has_like = any(w == "like" for w in pre) and not prev.user
        chained: list[tuple[int, int, object]] = []
        if bind is not None and not isinstance(bind[2], str):
            # "X wrote, directed and produced Y": every verb of the chain takes the same object
            k = bind[0]
            while True:
                j = k
                while j > a and lowers[j - 1] in (",", "and"):
                    j -= 1
                if j == k:
                    break
                found = [(s1, e1, w1) for s1 in range(a, j) for e1, w1 in cue_at.get(s1, ()) if e1 == j]
                if not found:
                    break
                s1, e1, w1 = min(found, key=lambda x: x[0])
                chained.append((s1, e1, w1))
                mark(j, k)
                k = s1
            if chained:
                pre_end = k
                pre = [lowers[x] for x in range(a, pre_end) if not consumed[x]]
                has_rel = any(w in RELATIVES for w in pre)
                has_sep = any(w in SEPARATORS for w in pre)
                has_coord = any(w in COORDINATORS for w in pre)
        if bind is not None:
            s0, e0, what = bind
            neg = negated_in(a, e0)
            shared = shared_in(a, b)
            if frame_in(a, s0) or (any(r.user for r in group) and isinstance(what, str)
                                    and any(w in ("might", "may", "could", "would", "should", "will")
                                            for w in lowers[a:e0])):
                # "you might also like X": a suggestion, not a claim
                attached.update({id(cur), id(prev)})
                mark(a, b)
                group, role, subject = [cur], "object", subject
                continue
            if has_rel:
                subjs = [prev]
            elif [w for w in pre if w not in ADVERBS] == [","] and role == "object" and not isinstance(what, str):
                if spec is not None and not isinstance(spec.readings, str) and any(
                        c.noun for c in spec.readings) and not _participle_cue(lowers[s0:e0]):
                    subjs = [prev]  # "X's director, Y, also wrote it": Y is the subject
                elif not _participle_cue(lowers[s0:e0]) and subject is not None:
                    subjs = list(subject)  # "X, directed by Y, has music by Z": back to X
                elif "both" in pre or "all" in pre:
                    subjs = list(group)  # "... Vertigo and Psycho, both scored by Y": each of them
                else:
                    subjs = [prev]  # "You loved X, directed by Y": a reduced relative clause
            elif pre and all(w in index.type_nouns for w in pre) and subject is not None:
                subjs = list(subject)  # "X is a horror film directed by Y"
            elif has_sep and not has_rel:
                subjs = []
            elif has_coord and subject is not None and role == "object":
                subjs = list(subject)
            elif not group:
                subjs = []
            else:
                subjs = list(group)
                subject = list(group)
            ids_now = {i for r in subjs for i in r.ids}
            if any(set(r.ids) <= ids_now for r in like_frame):
                sink(s0, e0, "unverified", False, "nothing_shared", None, ())  # "Like X, X ..."
            subjs = [x for r in subjs for x in expand(r)] + like_frame
            like_frame = []
            if not subjs:
                sink(s0, e0, "unverified", False, "no_subject", None, ())
            else:
                rating = None
                before = len(made)
                for x in expand(cur):
                    claim(subjs, x, what, neg, shared, (s0, e0))
                    for s1, e1, w1 in chained:
                        claim(subjs, x, w1, neg, shared, (s1, e1))
                        mark(s1, e1)
                if (_too_after(lowers, cur.end) or "also" in pre) and not shared:
                    now, earlier = made[before:], made[:before]
                    del made[before:]
                    if now and not too_holds(now):
                        sink(cur.end, cur.end + 1, "unverified", False, "nothing_shared", None, ())
                    made.extend(now)
                attached.add(id(cur))
                if isinstance(what, str):
                    last_user_obj = cur
                spec = _Spec(subjs, what, neg, shared, (s0, e0))  # type: ignore[arg-type]
            mark(s0, e0)
            allowed = GLUE | NEGATIONS | (_SHARE if shared else frozenset())
            leftovers(a, b, allowed)
            group, role = [cur], "object"
            role_of[id(cur)] = "object"
            continue
        # no cue binds `cur`
        gap_words = [w for k, w in enumerate(lowers[a:b], start=a)
                     if not consumed[k] and w not in DETERMINERS and w not in index.type_nouns]
        only_coord = bool(gap_words) and all(w in COORDINATORS or w in ("as", "well", "both") for w in gap_words)
        nxt_bind = None
        if i + 1 <= len(refs):
            na = cur.end
            nb = refs[i + 1].start if i + 1 < len(refs) else sent.end
            nxt_bind = rd.binding_cue(na, nb, cur.user) if i + 1 < len(refs) else rd.leading_cue(na, nb, cur.user)
            lead_words = lowers[na:(nxt_bind[0] if nxt_bind else na)]
            starts_predicate = nxt_bind is not None and not any(
                w in RELATIVES or w in COORDINATORS or w in SEPARATORS for w in lead_words)
        else:
            starts_predicate = False
        if frame_in(a, b) or _here_because(lowers, a, b):
            attached.add(id(cur))
            if _here_because(lowers, a, b):
                attached.add(id(prev))
            group, role = [cur], "free"
            mark(a, b)
            continue
        same = _same_as(rd, a, b)
        if same is not None:
            # "Y has the same director as X(, which you loved): Z" -> both Y and X have Z
            s0, e0, what = same
            pending = _Spec([x for r in group for x in expand(r)] + [cur], what, negated_in(a, b),
                            False, (s0, e0))
            attached.add(id(cur))
            mark(a, b)
            group, role = [cur], "free"
            continue
        if pending is not None and all(w in (":", ",", "—", "-") for w in gap_words):
            for x in expand(cur):
                claim(pending.subjects, x, pending.readings, pending.negated, False, pending.span)
            spec, pending = pending, None
            group, role = [cur], "object"
            leftovers(a, b, GLUE)
            continue
        same_type = bool(group) and bool(cur.types & group[-1].types)
        if cur.pronoun in ("latter", "former"):
            attached.update(id(r) for r in group)  # "Of A and B, the former ..."
            group, role, subject = [cur], "free", None
        elif only_coord and "," in gap_words and "and" in gap_words and starts_predicate:
            group, role, subject = [cur], "free", None  # "You loved X, and Y is ..."
        elif only_coord and role == "object" and spec is not None and same_type and not starts_predicate:
            for x in expand(cur):
                claim(spec.subjects, x, spec.readings, spec.negated, spec.shared, spec.span)
            group.append(cur)
            role_of[id(cur)] = "object"
        elif only_coord and role == "free" and group and same_type:
            group.append(cur)
        elif has_like and spec is not None and role == "object":
            # "..., just like X": the last predicate holds for X too
            for o in _last_objects(group):
                claim([cur], o, spec.readings, spec.negated, spec.shared, spec.span)
            attached.add(id(cur))
            group, role = [cur], "compared"
        elif has_like:
            like_frame.append(cur)
            attached.add(id(cur))
        elif has_rel:
            relative_of[id(cur)] = prev
            group, role = [cur], "free"
        elif has_sep or only_coord:
            group, role, subject = [cur], "free", None
        elif (not gap_words and role == "object" and spec is not None and same_type
              and prev.kind == "attribute" and cur.kind == "attribute"):
            for x in expand(cur):  # "X is a crime drama": both genres
                claim(spec.subjects, x, spec.readings, spec.negated, spec.shared, spec.span)
            group.append(cur)
            role_of[id(cur)] = "object"
        elif not gap_words:
            sink(prev.start, cur.end, "unverified", False, "adjacent_names", None, ())
            group, role = [cur], "free"
        else:
            group, role, subject = [cur], "free", None
        leftovers(a, b, GLUE | NEGATIONS)

    for r in refs:
        if id(r) not in attached and not r.user:
            sink(r.start, r.end, "unverified", False, "unattached_mention", None, r.ids[:1])
        elif id(r) not in attached and r.user:
            sink(r.start, r.end, "unverified", False, "unattached_mention", None, ())


def _participle_cue(words: list[str]) -> bool:
    """Whether a cue reads as a participle ("directed by", "signed to"), not a finite verb."""
    return bool(words) and words[0] not in AUXILIARIES and (
        words[0].endswith(("ed", "en", "wn")) or words[0] in ("shot", "cut", "led", "made", "sung"))


def _too_after(lowers: list[str], k: int) -> bool:
    """ "... directed by X too" / "as well": the predicate is shared with an item named before."""
    return lowers[k:k + 1] == ["too"] or lowers[k:k + 2] == ["as", "well"]


def _here_because(lowers: list[str], a: int, b: int) -> bool:
    """ "X is here because you ...": claim-free framing of the recommended item."""
    ws = lowers[a:b]
    return any(ws[k:k + 3] == ["is", "here", "because"] for k in range(len(ws)))


def _same_as(rd: _Reader, a: int, b: int) -> tuple[int, int, object] | None:
    """A "the same <noun> as" comparison in tokens [a, b): the noun cue it names."""
    ws = rd.lowers
    for k in range(a, b - 2):
        if ws[k] == "same":
            for e, readings in rd.cue_at.get(k + 1, ()):
                if e < b and ws[e] == "as" and all(ws[j] in DETERMINERS | AUXILIARIES | ADVERBS | {"share", "shares"}
                                                   for j in range(a, k)) and e + 1 == b:
                    return k + 1, e, readings
    return None


def _last_objects(group: list[Ref]) -> list[Ref]:
    return [r for r in group if not r.user]
