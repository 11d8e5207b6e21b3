"""Audit of the Explainer's accepted texts with an independent verifier.

:class:`IndependentVerifier` shares no code with the consistency checker: it has its own small
lexicon (each relation's ``phrase`` / ``inverse_phrase`` with simple inflections, a handful of
role nouns, the template's "shares its <noun>, Z" and "has the same <noun> as Y ...: Z"
shapes, and user verbs), splits a text into sentences and clauses, finds entity mentions
(longest label first, among the evidence's entities and their neighbours), and checks every
statement it reads as ``(subject, relation, object)`` against the graph, direction included.
Each sentence ends ``confirmed``, ``false`` (a statement it read is not stored) or ``unconfirmed``
(words it cannot read); a person reads the ``false`` and ``unconfirmed`` ones.

:func:`audit_explainer` explains random (user, item) pairs with ``Explainer(kg)`` (default
stages) and verifies every accepted text.
"""

from __future__ import annotations

import random
import re
import time
from collections import Counter
from typing import Any, Iterable

from kgexplain.evaluation._phrases import NOUNS, plural

__all__ = ["IndependentVerifier", "audit_explainer"]

_ADVERBS = re.compile(r"\b(also|too|as well|both|then)\b", re.IGNORECASE)
_USER_VERBS = {"loved": "loved", "liked": "loved", "enjoyed": "loved", "watched": "interacted",
               "rated": "interacted", "saw": "interacted", "listened to": "interacted"}
_EXTRA_NOUNS = {"starring": "star", "has_tag": "tag"}
_MUSIC_NOUNS = {"has_genre": "genre", "signed_to": "label", "from_city": "home city",
                "has_member": "member", "influenced_by": "influence"}


class IndependentVerifier:
    """Reads a text's statements with its own lexicon and checks them against ``kg``."""

    def __init__(self, kg: Any, loved_min: float = 4.0) -> None:
        self.kg = kg
        self.loved_min = loved_min
        self.forms: list[tuple[str, str, bool]] = []  # (words, relation, forward)
        for name, rel in kg.relations.items():
            if not rel.usable:
                continue
            for words, fwd in ((rel.phrase, True), (rel.inverse_phrase, False)):
                variants = {words, plural(words)}
                if words.startswith("is "):
                    variants.add("was " + words[3:])
                for v in variants:
                    self.forms.append((v.lower(), name, fwd))
            noun = NOUNS.get(name) or _EXTRA_NOUNS.get(name) or _MUSIC_NOUNS.get(name)
            if noun:
                self.forms.append((f"is the {noun} of", name, False))
                self.forms.append((f"shares its {noun},", name, True))
                self.forms.append((f"shares its {noun}", name, True))
        self.forms.sort(key=lambda f: -len(f[0]))
        self.nouns = {n: r for r, n in {**NOUNS, **_EXTRA_NOUNS, **_MUSIC_NOUNS}.items()
                      if r in kg.relations}
        self.shares = {f"shares its {n}" for n in self.nouns}
        self.user_rels = [n for n, r in kg.relations.items() if "user" in r.domain]

    # -- mentions --------------------------------------------------------------------------------
    def _labels(self, entities: Iterable[str], lower: set[str] = frozenset()
                ) -> list[tuple[str, str]]:
        """Surface forms to ids; an earlier entity (the evidence's) wins a shared form."""
        out: dict[str, str] = {}
        for eid in entities:
            e = self.kg.entity(eid)
            if e.kind == "user":
                continue
            forms = [e.label, *e.aliases]
            if eid in lower and e.kind == "attribute":
                forms += [f.lower() for f in forms]
            for form in forms:
                if len(form) >= 2:
                    out.setdefault(form, eid)
        return sorted(out.items(), key=lambda x: -len(x[0]))

    def _mentions(self, clause: str, labels: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
        taken: list[tuple[int, int, str]] = []
        for form, eid in labels:
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", clause):
                if all(m.end() <= s or m.start() >= e for s, e, _ in taken):
                    taken.append((m.start(), m.end(), eid))
        return sorted(taken)

    def _rating(self, user: str, item: str) -> float | None:
        for r in self.user_rels:
            if self.kg.has_triple(user, r, item):
                return float(self.kg.edge_attrs(user, r, item).get("rating", 0.0))
        return None

    # -- verification ----------------------------------------------------------------------------
    def verify(self, text: str, evidence: Iterable[Any], user: str | None) -> list[dict[str, Any]]:
        """One ``{"sentence", "status", "checked", "problem"}`` per sentence."""
        ents = {x for t in evidence for x in (tuple(t)[0], tuple(t)[2])}
        near = set(ents)
        for e in ents:
            near |= {x for t in self.kg.triples_of(e) if t.relation not in self.user_rels
                     for x in (t.head, t.tail)}
        first = sorted(ents - {user})
        labels = self._labels([*first, *sorted(near - ents)], lower=set(first))
        spans = self._mentions(text, labels)
        masked, ids, pos = [], [], 0
        for i, (s, e, eid) in enumerate(spans):  # mask names so "Dr." or "L.A." split nothing
            masked.append(text[pos:s])
            masked.append(f"@{i}@")
            ids.append(eid)
            pos = e
        masked.append(text[pos:])
        out = []
        for sentence in re.split(r"(?<=[.!?])\s+", "".join(masked).strip()):
            if sentence:
                shown = re.sub(r"@(\d+)@", lambda m: self.kg.label(ids[int(m.group(1))]), sentence)
                out.append({"sentence": shown, **self._sentence(sentence, ids, user)})
        return out

    # a masked clause is mentions (@i@) and the words between them
    def _sentence(self, sentence: str, ids: list[str], user: str | None) -> dict[str, Any]:
        checked: list = []
        problems: list = []
        body = sentence.rstrip(".!? ")
        unread = False
        m = re.match(r"^(?P<y>@\d+@) has the same (?P<noun>[\w ]+?) as (?P<x>@\d+@), which you "
                     r"(?P<verb>loved|watched|listened to|liked|enjoyed|rated): (?P<z>@\d+@)$", body)
        if m and m.group("noun") in self.nouns:
            rel = self.nouns[m.group("noun")]
            z = self._ids(m.group("z"), ids)[0]
            for who in (m.group("y"), m.group("x")):
                t = (self._ids(who, ids)[0], rel, z)
                checked.append(t)
                if not self.kg.has_triple(*t):
                    problems.append(f"{t} not stored")
            self._user(m.group("verb"), self._ids(m.group("x"), ids), user, checked, problems)
            return self._status(checked, problems, False)
        bm = re.match(r"^(?P<z>[@\d, and]+?) (?P<rel>[\w ]+?) both (?P<a>@\d+@), which you "
                      r"(?P<verb>loved|watched|listened to|liked|enjoyed|rated), and (?P<b>@\d+@)"
                      r"(?:, which (?P<rest>.+))?$", body)
        if bm and (rel := self._lookup(bm.group("rel"))):
            a, b = self._ids(bm.group("a"), ids), self._ids(bm.group("b"), ids)
            for z in self._ids(bm.group("z"), ids):
                for x in a + b:
                    t = (z, rel[0], x) if rel[1] else (x, rel[0], z)
                    checked.append(t)
                    if not self.kg.has_triple(*t):
                        problems.append(f"{t} not stored")
            self._user(bm.group("verb"), a, user, checked, problems)
            unread = False
            if bm.group("rest") and self._clause(bm.group("rest"), b, ids, user, [], checked,
                                                 problems) is None:
                unread = True
            return self._status(checked, problems, unread)
        compare: list[str] = []
        lm = re.match(r"^Like (?P<cmp>[@\d, and]+?), which you (?P<verb>loved|watched|listened to|"
                      r"liked|enjoyed|rated), (?P<rest>.+)$", body)
        if lm:
            compare = self._ids(lm.group("cmp"), ids)
            self._user(lm.group("verb"), compare, user, checked, problems)
            body = lm.group("rest")
        last: list[str] = []
        loved_items: list[str] = []
        for piece in re.split(r"(;|, which |, who | because |, just like | is here because )", body):
            if piece in (";", ", which ", ", who ", " because ", ", just like ", " is here because "):
                rel_clause = piece in (", which ", ", who ")
                continue
            piece = piece.strip(" ,")
            if not piece:
                continue
            subject = last if locals().get("rel_clause") else []
            rel_clause = False
            if any(w in piece for w in self.shares) and loved_items:
                compare = loved_items  # "You loved X; Y shares its star, Z": X stars Z too
            got = self._clause(piece, subject, ids, user, compare, checked, problems)
            loved_items = [t[2] for t in checked if t[1].startswith("<")] or loved_items
            if got is None:
                unread = True
                last = []
            else:
                last = got
        return self._status(checked, problems, unread)

    @staticmethod
    def _status(checked: list, problems: list, unread: bool) -> dict[str, Any]:
        status = "false" if problems else ("unconfirmed" if unread or not checked else "confirmed")
        return {"status": status, "checked": checked, "problem": problems}

    @staticmethod
    def _ids(masked: str, ids: list[str]) -> list[str]:
        return [ids[int(i)] for i in re.findall(r"@(\d+)@", masked)]

    def _user(self, verb: str, items: list[str], user: str | None, checked: list,
              problems: list) -> None:
        want = _USER_VERBS.get(verb, "interacted")
        for item in items:
            rating = self._rating(user, item) if user else None
            checked.append((user, f"<{want}>", item))
            if rating is None or (want == "loved" and rating < self.loved_min):
                problems.append(f"user {user} rating of {item} is {rating}")

    def _clause(self, clause: str, subject: list[str], ids: list[str], user: str | None,
                compare: list[str], checked: list, problems: list) -> list[str] | None:
        """Read one clause; returns the mentions it ends with (for a following relative clause)."""
        text = re.sub(r"\s+", " ", _ADVERBS.sub(" ", clause)).strip(" ,")
        um = re.match(r"^(?:[Yy]ou )?(loved|liked|enjoyed|watched|rated|saw|listened to) ([@\d, and]+)$", text)
        if um and (text.lower().startswith("you") or subject):
            items = self._ids(um.group(2), ids) if text.lower().startswith("you") else subject
            if not text.lower().startswith("you") and um.group(2).strip():
                return None
            self._user(um.group(1), items, user, checked, problems)
            return items
        if re.match(r"^(?:[Yy]ou )?(loved|liked|enjoyed|watched|rated|listened to)$", text) and subject:
            self._user(text.split()[-1] if not text.endswith(" to") else "listened to", subject,
                       user, checked, problems)
            return subject
        tokens = re.split(r"(@\d+@)", text)
        # tokens: words, @i@, words, @i@, ...
        subj = list(subject)
        rel: tuple[str, bool] | None = None
        objs: list[str] = []
        i = 0
        if tokens and tokens[0].strip():
            head = tokens[0].strip().lower()
            if subj and (hit := self._lookup(head)):
                rel = hit
            else:
                return None
        else:
            i = 1
            while i < len(tokens) and tokens[i].startswith("@"):
                subj.append(self._ids(tokens[i], ids)[0])
                gap = tokens[i + 1].strip().lower() if i + 1 < len(tokens) else ""
                if gap in ("and", ","):
                    i += 2
                    continue
                break
            if not subj:
                return None
            gap = tokens[i + 1].strip().lower() if i + 1 < len(tokens) else ""
            if not gap:
                return subj
            rel = self._lookup(gap)
            if rel is None:
                return None
            i += 1
        i += 1
        ended: list[str] = []
        prev_gap = ""
        while i < len(tokens):
            tok = tokens[i]
            if tok.startswith("@"):
                obj = self._ids(tok, ids)[0]
                objs.append(obj)
                ended = [obj] if not ended or prev_gap not in ("and", ",") else ended + [obj]
                for s in subj + compare:
                    t = (s, rel[0], obj) if rel[1] else (obj, rel[0], s)
                    checked.append(t)
                    if not self.kg.has_triple(*t):
                        problems.append(f"{t} not stored")
            else:
                gap = tok.strip().lower()
                prev_gap = gap
                if gap and gap not in ("and", ","):
                    nxt = self._lookup(re.sub(r"^and ", "", gap))
                    if nxt is None:
                        return None
                    rel = nxt
                    ended = []
            i += 1
        return ended or subj

    def _lookup(self, words: str) -> tuple[str, bool] | None:
        words = words.strip(" ,")
        for w, r, f in self.forms:
            if words == w or words == w.rstrip(","):
                return r, f
        return None


def audit_explainer(kg: Any, n: int, *, seed: int = 0, batch_size: int = 16,
                    explainer: Any = None, examples: int = 50) -> dict[str, Any]:
    """Explain ``n`` random (user, item) pairs and verify every accepted text."""
    from kgexplain.pipeline import Explainer

    rng = random.Random(seed)
    users, items = sorted(kg.users()), sorted(kg.items())
    pairs = [(rng.choice(users), rng.choice(items)) for _ in range(n)]
    ex = explainer or Explainer(kg)
    verifier = IndependentVerifier(kg)
    t0 = time.perf_counter()
    rows = []
    for e in ex.explain_many(pairs, batch_size=batch_size):
        rows.append(e)
    wall = time.perf_counter() - t0
    accepted = [e for e in rows if e.text and e.verdict is not None and e.verdict.supported]
    sources = Counter(e.source for e in accepted)
    statuses: Counter[str] = Counter()
    flagged = []
    for e in accepted:
        evidence = [tuple(h) for p in e.paths for h in p.hops] + [tuple(f.triple) for f in e.facts]
        for s in verifier.verify(e.text, evidence, e.user):
            statuses[s["status"]] += 1
            if s["status"] != "confirmed":
                flagged.append({"user": e.user, "item": e.item, "source": e.source, **s})
    return {
        "pairs": n, "explained": sum(1 for e in rows if e.text), "errors": sum(1 for e in rows if e.error),
        "accepted": len(accepted), "wall_s": round(wall, 1),
        "seq2seq_share_of_accepted": round(sources.get("seq2seq", 0) / len(accepted), 4) if accepted else None,
        "sources": dict(sources), "sentences": dict(statuses),
        "false_sentences": [f for f in flagged if f["status"] == "false"][:examples],
        "unconfirmed_sentences": [f for f in flagged if f["status"] == "unconfirmed"][:examples],
    }
