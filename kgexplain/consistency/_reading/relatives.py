"""Relative clauses: which name "which / who / whose" is said of, and where the clause ends.

A part of :class:`~kgexplain.consistency.parse.SentenceReader` (see its module for the grammar)."""

from __future__ import annotations

from kgexplain.consistency._reading.words import (
    MODALS,
    SENT_END_WORDS,
    Found,
    participle_cue,
    sharing_word,
    singular_verb,
    too_after,
)
from kgexplain.consistency._text import number_at
from kgexplain.consistency.constructions import CHAINED, same_verb_cues
from kgexplain.consistency.lexicon import ADVERBS, AUXILIARIES, NEGATIONS, RELATIVES, SEPARATORS, participle, is_year
from kgexplain.consistency.mentions import Ref

_HOST_GLUE = frozenset({",", "a", "an", "the", "another", "from", "in", "of", "at", "on", "within", "near", "by",
                        "about", "for"})
"""What may stand between an item and the name a relative clause follows, for the clause to be
the item's: an attributive noun phrase ("a cheese from", ", an easy trail in", "a game by")."""
_APPOSED = frozenset({"starring", "featuring", "with", "directed", "written", "produced", "scored",
                      "edited", "shot", "created", "designed", "developed", "published", "by", "a",
                      "an", "the", "another", "released", "composed", "illustrated", "translated", "in",
                      "from"})
"""Words that open an apposition after the clause's subject ("Jaws, starring X, came out in
1975"): once it closes, the clause goes on with the subject."""


class RelativeReading:
    """Relative clauses: which name "which / who / whose" is said of, and where the clause ends."""

    def _close_relative(self, prev: Ref, cur: Ref | None, a: int, b: int) -> int:
        """A cue closing a relative clause ("X, which you loved, ..." / "X, which Kurosawa
        directed, ...") makes the antecedent its object. Returns where the gap goes on."""
        antecedent = self.relative_of.get(id(prev))
        if antecedent is None:
            return a
        lead = self._leading_cue(a, b, prev.user)
        if lead is None and prev.user and a < b and self.lowers[a] in MODALS:
            lead = self._leading_cue(a + 1, b, True)  # "a thriller you may like"
            if lead is not None and not isinstance(lead[2], str):
                lead = None
        binding = self._binding_cue(a, b, prev.user) if cur is not None else None
        if id(prev) in self.relative_prep:
            lead, binding = self._stranded_cue(a, b, self.relative_prep[id(prev)]), None
        chained = self._chained_object(prev, *lead) if lead is not None and cur is not None else None
        if chained is not None and chained[2] is not cur:
            chained = None
        if lead is None or (binding is not None and binding[0] == lead[0] and chained is None):
            return a
        s0, e0, what = lead
        if chained is not None:
            e0, what = e0 - 1, chained[0]  # "which X delivered | at Y": the verb, then its place
        neg = self._negated(a, e0)
        antecedents = self.relative_group.get(id(prev)) or [antecedent]
        acting = self.index.cues.get(("appears", "in"), frozenset())
        if prev.user and isinstance(what, str) and cur is not None and cur.kind == "item" \
                and not cur.user and not cur.pronoun and self.lowers[e0:b] == ["in"] and acting \
                and all(r.kind != "item" and not r.user and not r.pronoun for r in antecedents) \
                and not neg and not self.lowers[a:s0] and self.lowers[prev.start - 1:prev.start] in (["whom"], ["who"]) \
                and self.lowers[cur.end:cur.end + 1] not in (["in"], ["("]) \
                and not any(w.isdigit() for w in self.lowers[cur.end:self.sent.end]):
            # (not "... in Y in 1969", nor "X, whom you saw in Y, came out in 1992": whose year?)
            # "Bill Murray, whom you watched in Rushmore": you watched Rushmore, and he is in it
            listed = self._items_from(cur)  # "... in Rushmore and Ed Wood": each
            for item in listed:
                self._claim([prev], item, what, False, False, (s0, e0))
                for ante in antecedents:
                    self._claim([ante], item, acting, False, False, (e0, b))
            self._mark(a, b)
            self.attached.update({id(prev), *(id(x) for x in listed)})
            self.last_user_obj = listed[-1]
            self._take(listed, antecedent)
            return b
        if prev.user and isinstance(what, str) and any(w in MODALS for w in self.lowers[a:s0]):
            # "Heat, a thriller you may like": a suggestion, which must agree with a rating
            if self.judge.user is None:
                self.sink(s0, e0, "unverified", False, "unknown_user", None, ())
            if neg:  # "a tragedy you may not like": no suggestion, and nothing the graph says
                self.sink(s0, e0, "unverified", False, "modal", None, ())
            for ante in antecedents:
                self._suggested(ante, "SUGGEST" if what == "INT" else what, neg, (s0, e0))
            self.attached.update({id(prev), *(id(x) for x in antecedents)})
        elif prev.user and isinstance(what, str):
            for ante in antecedents:
                self._claim([prev], ante, what, neg, False, (s0, e0))
            also = sharing_word(self.lowers[a:e0]) or too_after(self.lowers, e0)
            if (id(prev) in self.sharing_relative or also) and not self._user_shared(antecedents, what, neg):
                # "Alien is another horror film that you loved": another one you loved; "Hanabi,
                # which you also loved": so did you another item of the text
                self.sink(s0, e0, "unverified", False, "nothing_shared", None, ())
            if also:
                self._note_sharing(a, min(e0 + 2, len(self.lowers)))
            self.last_user_obj = antecedent
            self.rated_group = list(antecedents)
        elif not prev.user and not isinstance(what, str):
            before = len(self.made)
            subjects = [x for s in self.co_subjects.get(id(prev), [prev]) for x in self._expand(s)]
            for ante in antecedents:  # "A and B, both of which X directed": said of both
                self._claim(subjects, ante, what, neg, False, (s0, e0))
            sharing_words = sharing_word(self.lowers[a:e0]) or too_after(self.lowers, e0)
            if id(prev) in self.sharing_relative or sharing_words:
                # "Vertigo is another thriller that X directed", "Titanic, which James Cameron
                # also directed": another item of the text shares it
                self._note_sharing(a, min(e0 + 2, len(self.lowers)))
                self._check_shared(before, (s0, e0), id(prev) in self.sharing_relative, set(prev.ids))
            # "X, which Y directed(, wrote) and produced, ...": each chained verb is said of X
            steps: list[tuple[int, int, object]] = []
            end = e0
            while True:
                j = end
                while j < b and self.lowers[j] in (",", "and"):
                    j += 1
                more = [(e, w) for e, w in self.cue_at.get(j, ()) if e <= b and not isinstance(w, str)
                        and (binding is None or j != binding[0])]
                if j == end or not more:
                    break
                e1, w1 = max(more, key=lambda x: x[0])
                steps.append((j, e1, w1))
                if "and" in self.lowers[end:j]:
                    for s1, e2, w2 in steps:
                        for ante in antecedents:
                            self._claim(self._expand(prev), ante, w2, neg, False, (s1, e2))
                    steps, e0 = [], e1
                end = e1
        else:
            self.sink(s0, e0, "unverified", False, "unknown_words", None, ())
        self._mark(a, e0)
        if chained is not None:
            # "Tear Down This Wall, which Reagan delivered at the Brandenburg Gate": the antecedent
            # "was delivered at" the place (the relation of the same verb read with "at")
            _, same, place = chained
            for ante in antecedents:
                self._claim([ante], place, same, neg, False, (e0, place.start))
            self._mark(e0, place.end)
            self.attached.add(id(place))
            self._take([place], antecedent)  # (the clause goes on with the antecedent)
            e0 = place.end
        year = number_at(self.lowers, e0 + 1, e0 + 2) if self.lowers[e0:e0 + 1] == ["in"] else None
        if year is not None and len(self.lowers[e0 + 1]) == 4 and not prev.user \
                and not isinstance(what, str) and (e0 + 2 >= len(self.lowers)
                                                   or self.lowers[e0 + 2] in SEPARATORS | {",", "and", "."}):
            # "Raging Bull, which Martin Scorsese directed in 1980": the item's year (not after a
            # later act: "which Edith Grossman translated in 2003")
            if self._later_act((s0, e0)):
                self.sink(e0 + 1, e0 + 2, "number", False, "unverified_number", None, ())
            else:
                for ante in antecedents:
                    if ante.kind == "item":
                        self._said_year(ante, year, e0 + 1)
            self._mark(e0, e0 + 2)
            e0 += 2
        # the relative clause is closed: what follows is said of the antecedent again
        host = [r for r in self.subject or () if not r.user and r is not antecedent]
        k = e0
        nxt = min((r.start for r in self.sent.refs if r.start >= e0), default=self.sent.end)
        while k < nxt and self.lowers[k] not in (",", ";", ".", "!", "?"):
            k += 1  # (past what the clause goes on to say: "which you rated 5 stars,")
        after = self.lowers[k + 1:max((e for e, _ in self.cue_at.get(k + 1, ())), default=k + 1)]
        if antecedent in self.like_frame:
            # "Like Y, which you loved, X ...": none yet; "X, like Y, which you loved, was ...": X
            self.group, self.role = self.like_host.get(id(antecedent), []), "free"
        elif antecedent in self.compared and host and self.lowers[k:k + 1] == [","] and after \
                and not participle_cue(after) and singular_verb(after) and self._apposed_like(antecedent):
            # "Gladiator, an action film like Highlander, which you loved, stars X": the
            # apposition closes, and the verb is Gladiator's
            self.group, self.role = host, "free"
        elif id(prev) in self.whose_user:
            # "... by X, whose Y you loved, and shot by Z": the clause goes on as before "whose"
            self.group, self.role = [self.whose_user[id(prev)]], "object"
        else:
            # "A and B, which you loved, were directed by X": said of both again (not in a
            # comparison: "Like A and B, which you loved, X is ...")
            self.group = [antecedent] if any(x in self.compared for x in antecedents) \
                else list(antecedents)
            s = antecedent.start
            listed = self.closed_at.get(s - 2) if self.lowers[s - 2:s] == [",", "and"] else None
            if listed is not None and len(self.group) == 1 and self.role_of.get(id(antecedent), "free") == "free":
                # "A, which you loved, and B, which you liked, are both ...": the list
                self.group = [*listed, *self.group]
            self.role = self.role_of.get(id(antecedent), "free")
            if self.role == "free":
                self.subject = None
            k = e0  # (past what the clause goes on to say: "which you rated 5 stars,")
            nxt = min((r.start for r in self.sent.refs if r.start >= e0), default=self.sent.end)
            while k < nxt and self.lowers[k] not in (",", ";", ".", "!", "?"):
                k += 1
            if self.lowers[k:k + 1] == [","] and self.role == "free":
                self.closed_at[k] = list(self.group)
        return e0

    def _chained_object(self, prev: Ref, s0: int, e0: int, what: object) -> tuple[object, object, Ref] | None:
        """ "which X delivered at Y": where the relative's cue "<verb> <prep>" ("delivered at") is
        also the cue "<verb>" ("delivered": X delivered the antecedent) and a name follows, the
        verb's readings, those of the same verb with the preposition said of the antecedent
        ("was delivered at"), and the name; else None."""
        ws = self.lowers
        k = prev.start - 1
        if ws[k:k + 1] == ["the"]:
            k -= 1  # ("which the Bolshoi Ballet first danced at the Bolshoi Theatre")
        # only an object relative with an active verb after "which / that" and a name ("note that
        # it was discovered in England" is none)
        if prev.user or prev.pronoun or isinstance(what, str) or e0 - s0 < 2 or ws[e0 - 1] not in CHAINED \
                or ws[s0] in AUXILIARIES or k < 0 or ws[k] not in ("which", "that"):
            return None
        verb = [w for e, w in self.cue_at.get(s0, ()) if e == e0 - 1 and not isinstance(w, str) and w
                and all(not c.noun for c in w)]
        k = e0 + (ws[e0:e0 + 1] == ["the"])
        place = next((r for r in self.sent.refs if r.start == k and r.kind == "attribute" and not r.pronoun
                      and not r.user), None)
        same = same_verb_cues(self.index, ws[s0:e0 - 1], ws[e0 - 1])
        if not verb or place is None or not same:
            return None
        return verb[0], same, place

    def _relative_host(self, prev: Ref, what: object) -> Ref | None:
        """The item a relative clause right after the name ``prev`` is about, where the
        graph never says the clause's relation of anything of ``prev``'s type but does of that
        item's ("a cheese from Nottinghamshire that pairs with port", "a trail in Banff that
        leads to X"): the nearest item before ``prev`` in its sentence, with only attributes
        between them."""
        if prev.user or prev.pronoun or isinstance(what, str) or not what:
            return None
        index = self.index

        def able(r: Ref) -> bool:
            return any(r.types & (index.head_types if c.forward else index.tail_types).get(c.relation, set())
                       for c in what)

        if able(prev):
            return None
        before = [r for r in self.sent.refs if r.end <= prev.start]
        host = next((r for r in reversed(before) if r is not prev and (r.kind == "item" or r.user)), None)
        if host is None or host.user or (host.pronoun and len(host.ids) != 1) or not able(host) \
                or any(r.kind != "attribute" for r in before if r.start >= host.end):
            return None
        named = {k for r in before if r.start >= host.end for k in range(r.start, r.end)}
        for k in range(host.end, prev.start):
            w = self.lowers[k]
            if k in named or w in self.index.type_nouns or is_year(w) or w in _HOST_GLUE:
                continue
            if w in ("is", "was", "'s", "’s") and self.lowers[k + 1:k + 2] in (["a"], ["an"]):
                continue  # "X is a cheese from Y that ...": a predicate noun, no verb of its own
            return None  # ("Stichelton pairs with port, which ...": the clause's verb stands between)
        return host

    def _coordinated_relative(self, prev: Ref, cur: Ref) -> bool:
        """ "Sherlock, which Steven Moffat and Mark Gatiss created, ...": "and" joins a second
        subject to the relative clause's first, and one verb (a relation, right after the second
        name) closes the clause: the verb is checked for each subject by :meth:`_close_relative`."""
        antecedent = self.relative_of.get(id(prev))
        if antecedent is None or self.lowers[prev.end:cur.start] != ["and"] or id(prev) in self.relative_prep \
                or prev.user or cur.user or prev.pronoun or cur.pronoun or cur.kind == "item" or prev.kind == "item":
            return False
        if not self._verb_closes_relative(cur):
            return False  # ("which A and B directed in 1995": whose year? not read)
        self._join_relative(prev, cur, antecedent)
        self.co_subjects[id(cur)] = [*self.co_subjects.get(id(prev), [prev]), cur]
        self._mark(prev.end, cur.start)
        self.attached.add(id(prev))
        self.group, self.role = [cur], "free"
        return True

    def _second_relative(self, prev: Ref, cur: Ref, a: int) -> bool:
        """"X, which A directed and B edited, ...": a second subject of the same relative clause.

        ``prev`` (A) closed its relative clause at ``a`` with its verb; only "and" stands before
        ``cur`` (B), a name, and a cue right after B ends its clause (a comma or the sentence's
        end). B's clause is then read as a relative on the same antecedent, and its verb is
        checked by :meth:`_close_relative` on the next step."""
        antecedent = self.relative_of.get(id(prev))
        if antecedent is None or a <= prev.end or self.lowers[a:cur.start] != ["and"] \
                or prev.user or cur.user or cur.pronoun or cur.kind == "item" \
                or id(prev) in self.relative_prep:
            return False
        if not self._verb_closes_relative(cur):
            return False  # ("which A directed and B wrote in 1995", "... and B stars X": not closed)
        self._join_relative(prev, cur, antecedent)
        self._mark(a, cur.start)
        self.group, self.role = [cur], "free"
        return True

    def _verb_closes_relative(self, cur: Ref) -> bool:
        """Whether a relation's cue right after ``cur`` ends its relative clause (a comma, a
        semicolon, a separator or the sentence's end after it)."""
        lead = self._leading_cue(cur.end, self.sent.end, False)
        if lead is None or lead[0] != cur.end or isinstance(lead[2], str):
            return False
        after = self.lowers[lead[1]:lead[1] + 1]
        return after in ([","], [";"]) or lead[1] >= self.sent.end or after[0] in SEPARATORS

    def _join_relative(self, prev: Ref, cur: Ref, antecedent: Ref) -> None:
        """``cur`` is a subject of the relative clause ``prev`` is in: the same antecedent."""
        self.relative_of[id(cur)] = antecedent
        if id(prev) in self.relative_group:
            self.relative_group[id(cur)] = self.relative_group[id(prev)]

    # ------------------------------------------------------------------ a cue binds `cur`
    def _stranded_cue(self, a: int, b: int, prep: str) -> Found | None:
        """The cue of "Y, in which X stars": the words after X with the preposition before
        "which" at their end ("stars in"), read as in "Y, which X stars in". Only the longest such
        form that closes the clause counts; any other gap is not understood."""
        k = a
        while k < b and (self.lowers[k] in AUXILIARIES or self.lowers[k] in ADVERBS
                         or self.lowers[k] in NEGATIONS):
            k += 1
        for e in range(b, k, -1):
            if e < len(self.lowers) and self.lowers[e] not in (",", ";", ".", "!", "?", ")", "—") \
                    and not (e == b and e == self.sent.end):
                continue
            readings = self.index.cues.get((*self.lowers[k:e], prep))
            if readings:
                return k, e, readings
        return None

    def _each_relative(self, group: list[Ref], prev: Ref) -> bool:
        """ "A, which you loved, and B, which ...": a list whose members each have a relative
        clause of their own (the last one is said of B alone)."""
        return bool(group) and group[0] is not prev \
            and any(w in RELATIVES for w in self.lowers[group[0].end:prev.start])

    def _whose_item(self, prev: Ref, cur: Ref, a: int, b: int) -> bool:
        """ "directed by Steven Spielberg, whose Jaws you loved": Jaws is his ("Steven Spielberg's
        Jaws", an authorship) and the user clause after it is said of Jaws ("which you loved").
        Returns True for both pairs it reads (the person and the item, the item and "you")."""
        if id(cur) in self.whose_user and cur.user and not [k for k in range(a, b) if not self.consumed[k]]:
            return True
        if prev.user or prev.pronoun or prev.kind == "item" or cur.kind != "item" or cur.user or cur.pronoun \
                or self.lowers[a:b] != [",", "whose"] or not self.index.possessive:
            return False
        you = next((r for r in self.sent.refs if r.user and r.start == cur.end), None)
        if you is None or not self.user_at.get(you.end) and not self.lowers[you.end:you.end + 1] == ["also"]:
            return False
        self._describe(cur, prev, self.index.possessive, (a, cur.end))
        self.relative_of[id(you)] = cur
        self.whose_user[id(you)] = prev
        self.attached.update({id(cur), id(prev)})
        self._mark(a, b)
        return True

    def _in_relative(self, x: Ref) -> bool:
        """Whether item ``x`` is named inside a relative clause ("Ridley Scott, who directed
        Alien, directed Blade Runner")."""
        k = x.start
        while k > 0 and self.lowers[k - 1] not in (",", ";", ":") and self.lowers[k - 1] not in SENT_END_WORDS:
            k -= 1
        names = [r for r in self.all_refs if not r.user and not r.pronoun and k <= r.start < x.start]
        return any(w in RELATIVES and not any(r.start <= j < r.end for r in names)
                   for j, w in enumerate(self.lowers[k:x.start], start=k))  # (not "Guess Who's Coming ...")

    def _closes_relative(self, last: Ref) -> bool:
        """Whether ``last`` ends a relative clause on the clause's subject ("Alien, which you
        loved, is ...", "Alien, which Ridley Scott directed, is ..."): the copula is the subject's."""
        antecedent = self.relative_of.get(id(last))  # "which you loved", "which X directed"
        subject = [antecedent] if antecedent is not None and antecedent.kind == "item" \
            else [r for r in self.subject or [] if not r.user] \
            or [r for r in self.described_only if r.kind == "item"][:1]  # "Jaws, starring X, ..."
        rest = self.lowers[last.end:self.sent.end]
        if not subject or last in subject or "," not in rest[:6] \
                or any(w in SEPARATORS for w in rest[:rest.index(",")]):
            return False  # ("which you loved, is", "which Ridley Scott directed, is", "which you
            # rated 3 stars, is")
        words = self.lowers[subject[-1].end:last.start]
        starts = {r.start for r in self.sent.refs if not r.pronoun}
        if words[:2] in ([",", "which"], [",", "who"], [",", "that"], [",", "where"]) and any(
                self.lowers[j] == "," and j + 1 not in starts and self.lowers[j + 1:j + 2] != ["and"]
                for j in range(subject[-1].end + 2, last.start)):
            return False  # the relative clause closed before ``last`` ("X, which you rated 4 stars,
            # shares a director with Ico, a 2001 game": Ico ends no relative clause)
        return (words[:2] in ([",", "which"], [",", "who"], [",", "that"], [",", "where"])
                or (words[:1] == [","] and len(words) > 1 and (words[1] in _APPOSED
                                                               or (participle(words[1]) and any(
                                                                   not isinstance(rd, str) for _, rd in
                                                                   self.cue_at.get(subject[-1].end + 1, ())))
                                                               or (words[1] == "also" and len(words) > 2
                                                                   and participle(words[2]) and any(
                                                                       not isinstance(rd, str) for _, rd in
                                                                       self.cue_at.get(subject[-1].end + 2, ())))
                                                               or subject[-1].end in self.describes
                                                               or subject[-1].end + 1 in self.describes
                                                               or self._possessive_apposition(subject[-1].end + 1)))) \
            and not any(w in SEPARATORS for w in words)
