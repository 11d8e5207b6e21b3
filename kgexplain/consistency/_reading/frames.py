"""The frame around the claims: suggestions, headers, credit lines and cards.

A part of :class:`~kgexplain.consistency.parse.SentenceReader` (see its module for the grammar)."""

from __future__ import annotations

from kgexplain.consistency._reading.words import (
    A_TRY,
    EARLIER_ACTS,
    FRAME_TRIGGERS,
    FRAME_WORDS,
    HEADER_TRIGGERS,
    LATER_ACTS,
    MODALS,
    PICK_ADJECTIVES,
    PICK_NOUNS,
    participle_cue,
)
from kgexplain.consistency._text import as_number
from kgexplain.consistency.index import DATING_VERBS
from kgexplain.consistency.judge import DISLIKE_MARGIN
from kgexplain.consistency.lexicon import (
    CLAUSE_ENDS,
    DETERMINERS,
    GLUE,
    Cue,
    conceiving_verb,
    making_participle,
    participle,
)
from kgexplain.consistency.mentions import Ref

_BULLETS = frozenset({"•", "*", "·", "|", "-", "–", "—", "▪", "‣"})
"""Marks that open a field of a card ("• Director: X"); lines themselves become spaces."""
_CARD_HEAD = frozenset({"recommended", "recommendation", "why", "we", "picked", "pick", "our", "top",
                        "for", "you", "next", "up", "try", "?", ":", "!", "(", ")", "—", "-"})
"""Words of a card's header around the item ("Why Forbidden Island?", "Recommended: Jaws")."""
_YEAR_FIELDS = frozenset({("year",), ("released",), ("release",), ("release", "year"), ("published",),
                          ("first", "published"), ("premiered",), ("first", "aired")})
_SUGGESTED_AS = (("should", "be", "next", "on", "your", "list"), ("could", "be", "next", "on", "your", "list"),
                 ("is", "next", "on", "your", "list"), ("is", "next", "on", "the", "list"),
                 ("should", "be", "on", "your", "list"), ("belongs", "on", "your", "list"),
                 ("should", "be", "next", "on", "the", "list"), ("could", "be", "your", "next", "watch"),
                 ("might", "be", "your", "next", "watch"), ("could", "be", "your", "next", "pick"),
                 ("should", "appeal", "to", "you"), ("should", "appeal"), ("might", "appeal", "to", "you"),
                 ("might", "appeal"), ("could", "appeal"), ("may", "appeal", "to", "you"), ("may", "appeal"),
                 ("could", "appeal", "to", "you"), ("fits",), ("should", "fit"), ("might", "fit"), ("may", "fit"),
                 ("could", "fit"),
                 ("could", "be", "next"), ("might", "be", "next"), ("is", "next"), ("is", "up", "next"),
                 ("is", "our", "next", "pick"), ("is", "our", "pick"), ("is", "our", "top", "pick"),
                 ("is", "our", "suggestion"), ("is", "our", "recommendation"),
                 *((m, "suit", "you") for m in ("should", "might", "may", "could", "will")), ("suits", "you"),
                 *((m, "be", "your", "next", n) for m in ("should", "might", "may", "could", "will", "would")
                   for n in ("pick", "watch", "read", "listen", "play", "choice", "step")),
                 *((m, "be", "a", a, n) for m in ("should", "might", "may", "could", "will", "would")
                   for a in ("good", "natural", "safe", "solid", "smart", "logical") for n in ("pick", "bet", "choice", "fit", "match")),
                 *(("is", "your", "next", n) for n in ("pick", "watch", "read", "listen", "play")),
                 *((m, "be", "worth", "a", n) for m in ("should", "might", "may", "could", "would")
                   for n in ("look", "try", "shot", "watch", "read", "listen")))
"""What may follow an item to suggest it ("The Good Place could be next", "X might be your next
pick", "X could be a good fit", "X might be worth a look")."""
_SUGGESTED_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    w: tuple(p for p in _SUGGESTED_AS if p[0] == w) for w in dict.fromkeys(p[0] for p in _SUGGESTED_AS)}
"""_SUGGESTED_AS by first word, in its order."""


def _suggested_as(ws: list[str], k: int) -> int | None:
    """Where the first suggestion of _SUGGESTED_AS that starts at ``ws[k]`` ends, or None."""
    for phrase in _SUGGESTED_BY_FIRST.get(ws[k] if k < len(ws) else "", ()):
        if tuple(ws[k:k + len(phrase)]) == phrase:
            return k + len(phrase)
    return None


_OPENING_TRIGGERS = frozenset({"look", "meet", "discover", "consider", "take", "watch", "stream", "read"})
"""Words that frame a suggestion where a clause opens after a comma or colon ("..., have a look
at X", "...: meet X"); never after "and" ("directed Jaws and look at Alien" is no suggestion).
"Take A and B: ..." and "Consider A: ..." are read as suggestions too (so checked against the
user's own ratings, like any suggestion)."""
_SEE_AFTER = MODALS | {"must", "to"}
"""Words after which "see" frames a suggestion ("you should see X", "you ought to see X")."""
_FRONTED_PLACE = frozenset({"in", "at", "on", "after", "from", "for", "as", "with", "to", "into", "of", "under",
                            "near", "over", "through", "across", "along", "within", "beneath", "inside"})
"""Prepositions that end a participle opening the sentence besides "by" ("Born in X, Y ...",
"Based in X, Y ...", "Built on the Yangtze, Y ...", "Named after X, Y ...", "Launched from X,
Y ...": said of the subject after the comma, one name only, as the same participle after the
subject would say it)."""


class FrameReading:
    """The frame around the claims: suggestions, headers, credit lines and cards."""

    def _opening_credit(self, a: int | None = None) -> tuple[int, frozenset[Cue]] | None:
        """A passive participle cue that opens the sentence ("Directed by", "Written by"; of
        place: "Born in", "Based in"), or starts at ``a``: where it ends and its readings."""
        a = self.sent.start if a is None else a
        cue = max(((e, what) for e, what in self.cue_at.get(a, ()) if not isinstance(what, str)),
                  key=lambda x: x[0], default=None)
        if cue is None and self._chained_credit(a):
            cue = self._opening_credit(a + 2)  # "Written and directed by X": the last verb's
        part = cue is not None and cue[0] - a == 2 and self.lowers[a + 1] == "by" \
            and all(c.forward and not c.noun for c in cue[1])  # "Music by John Williams."
        if cue is None or not (part or participle_cue(self.lowers[a:cue[0]])) or (
                self.lowers[cue[0] - 1] != "by" and not (cue[0] - a == 1 and self.lowers[a].endswith("ing"))
                and not (self.lowers[cue[0] - 1] in _FRONTED_PLACE and cue[0] - a == 2)):
            return None  # ("Directed by X", "Starring X", "Born in X", "Based in X")
        return cue

    def _chained_credit(self, a: int) -> list[frozenset[Cue]]:
        """The readings of "Written and" before a credit "directed by X" at ``a``."""
        if self.lowers[a + 1:a + 2] == ["and"] and (self.lowers[a], "by") in self.index.cues:
            return [frozenset(self.index.cues[(self.lowers[a], "by")])]
        return []

    def _credit_line(self, refs: list[Ref], before: list[Ref]) -> list[Ref]:
        """A sentence that is only a credit, after a line about one item: "Stand by Me (1986) —
        Drama. Directed by Rob Reiner." The credit is said of that item, as if it opened the
        sentence (not of an item the user watched: "You loved Alien. Directed by X." says of
        which film?)."""
        a, cue = self.sent.start, self._opening_credit()
        prior = self.carry.pop("credit_of", None)  # the item of the sentence before, a credit line
        if cue is None or refs[0].start != cue[0] or refs[0].user:
            return refs
        if isinstance(prior, Ref):
            # "Try Jaws. Directed by X. Music by Y.": a second credit line, of the same item
            # (never of one the line before named: "Try X. Inspired by Y. Released by Z.")
            before = [prior]
        # the one item the sentence before is about (not what the user did, nor one compared
        # or named in a relative clause: "X: directed by Y, whose Z you rated 4 stars. Music by W.")
        about = [r for r in before if r.ids and not self._done_by_user(r) and not self._in_relative(r)
                 and not self._compared_word(r) and not self._fans_of(r)]
        if len({r.ids for r in about}) != 1 or any(
                r.kind != "item" and not r.user and not r.pronoun and about[-1].end <= r.start < self.sent.start
                and self.lowers[r.start - 1:r.start] in (["try"], ["watch"], ["see"], ["consider"])
                for r in self.all_refs):
            return refs  # ("Fans of Heat should try Titanic.", Titanic read as a tag: which film?)
        item = about[-1]
        self.carry["credit_of"] = item
        return [Ref(a, a, item.ids, item.kind, in_evidence=item.in_evidence, types=item.types), *refs]

    def _fronted_credit(self, refs: list[Ref]) -> list[Ref]:
        """A credit that opens the sentence is said of the subject after it: "Directed by Steven
        Spielberg, Jaws stars Roy Scheider." (one subject; "..., A and B are" is not read)."""
        ws, a, cue = self.lowers, self.sent.start, self._opening_credit()
        early_year = None
        if (cue is None or cue[0] == a + 2) and ws[a + 1:a + 2] == ["in"] and ws[a + 3:a + 4] == ["by"] \
                and ws[a + 2].isdigit() \
                and len(ws[a + 2]) == 4 and participle(ws[a]) and (ws[a], "by") in self.index.cues \
                and all(c.forward and not c.noun for c in self.index.cues[(ws[a], "by")]):
            # "Founded in 1821 by John Edward Taylor, The Guardian ...": the year before the name
            # (also where "founded in" is a place's cue of its own: the year is no place)
            cue, early_year = (a + 4, frozenset(self.index.cues[(ws[a], "by")])), a + 2
        if cue is None:
            return refs
        j, m = cue[0], 0
        if ws[j:j + 1] == ["the"] and not any(r.start == j for r in refs):
            j += 1  # "Operated by the Zambezi River Authority, Kariba Dam ..." (not "The Beatles")
        # ("Born in Knightsbridge, Airey Neave ...": one place, then the subject; a credit "by"
        # may list its people: "Directed by A, B and C, Jaws ...")
        placed = ws[cue[0] - 1] in _FRONTED_PLACE
        credits: list[tuple[int, tuple[int, frozenset[Cue]], int]] = []  # (start, cue, first name)
        start, first = a, 0
        while m < len(refs) and refs[m].start == j and refs[m].kind != "item" and not refs[m].user \
                and not refs[m].pronoun and not (placed and m):
            j = refs[m].end
            m += 1
            if placed:
                continue
            if ws[j:j + 1] == ["and"] or (ws[j:j + 1] == [","] and ws[j + 1:j + 2] != [","]
                                           and m < len(refs) and refs[m].start == j + 1
                                           and refs[m].kind != "item"):
                j += 1
            nxt = j if ws[j - 1:j] == ["and"] else j + 1 + (ws[j + 1:j + 2] == ["and"]) \
                if ws[j:j + 1] == [","] else None
            again = self._opening_credit(nxt) if nxt is not None and nxt < self.sent.end else None
            if again is not None and ws[again[0] - 1] != "by":
                again = None  # (a credit "by" goes on; "..., born in Dublin, Godot ..." is not one)
            if again is not None and (m >= len(refs) or refs[m].start >= again[0]):
                # "Directed by Robert Zemeckis and scored by Alan Silvestri, Back to the Future ..."
                credits.append((start, cue, first))
                start, cue, first, j = nxt, again, m, again[0]
        credits.append((start, cue, first))
        year_at = None
        if ws[j:j + 1] == ["in"] and j + 2 < len(ws) and ws[j + 1].isdigit() and len(ws[j + 1]) == 4 \
                and ws[j + 2] == ",":
            year_at, j = j + 1, j + 2  # "Painted by Claude Monet in 1872, Impression, Sunrise ..."
        elif early_year is not None:
            year_at = early_year
        if m == first or m >= len(refs) or ws[j:j + 1] != [","]:
            return refs
        subjects = [refs[m]]
        while True:  # "Directed by X, Jaws and Jurassic Park are ...": each
            last, p = subjects[-1], m + len(subjects)
            gap = ws[last.end:refs[p].start] if p < len(refs) else []
            if gap not in (["and"], [","], [",", "and"]) or refs[p].kind != "item" or refs[p].pronoun \
                    or refs[p].user:
                break
            subjects.append(refs[p])
        subject = subjects[0]
        opens = j + 1 + (ws[j + 1:j + 2] == ["the"])  # ("Designed by X, the Fiat 500 ...")
        if subject.start not in (j + 1, opens) or any((x.kind != "item" and not placed) or x.user for x in subjects) \
                or (subject.pronoun and not (subject.pronoun == "item" and subject.ids)) \
                or ws[subjects[-1].end:subjects[-1].end + 1] in ([","], ["and"], ["&"], ["'s"], ["’s"], ["'"], ["plus"],
                                                                 ["as"], ["with"], ["along"], ["together"]):
            # (not "Founded by X, The Guardian's publisher ...": the publisher is the subject; nor
            # "The Guardian as well as The Economist are ...")
            return refs  # ("Directed by X, it stars Y": the item "it" names)
        for n_, (s_, c_, f_) in enumerate(credits):
            upto = credits[n_ + 1][2] if n_ + 1 < len(credits) else m
            for r in refs[f_:upto]:
                for readings in [c_[1], *self._chained_credit(s_)]:
                    self._claim(subjects, r, readings, False, False, (s_, c_[0]))
        if year_at is not None:
            made = {c.relation for c in self.index.authorship}
            # on a graph of discoveries only the verb of the find, with its finder, dates the item
            # ("Discovered by A in 1904, X"; not "Found in Tanzania in 1945, X", one of its places,
            # code review 50; nor "Built by Y in 1985, X", red team 155); elsewhere a verb of
            # dating or of a relation of making
            finds = self.index.discovering
            dating = (finds if ws[cue[0] - 1] == "by" else frozenset()) if finds else DATING_VERBS
            if all(ws[s_] in dating or (not finds and c.relation in made and making_participle(ws[s_]))
                   for s_, c_, _ in credits for c in c_[1]) \
                    and not any(w.startswith(LATER_ACTS + EARLIER_ACTS) for w in ws[a:year_at]) \
                    and not (self.index.venue_items and any(conceiving_verb(w) for w in ws[a:year_at])):
                # ("Designed by Horace Jones in 1894, Tower Bridge": a design comes before the bridge)
                for x in subjects:  # the year the credited people made it: the item's own
                    self._said_year(x, float(ws[year_at]), year_at)
            else:
                self.sink(year_at, year_at + 1, "number", False, "unverified_number", None, ())
        self._mark(a, j + 1)
        for k in range(a, j + 1):
            if any(r.start <= k < r.end for r in refs[:m]):
                self.consumed[k] = True
        return refs[m:]

    def _vocative(self) -> None:
        """ "Ana, you read ...", "..., Ana.": the user addressed by name (the user's own label)."""
        user = self.judge.user
        if user is None:
            return
        name = self.index.info.get(user, ("", "", "", {}))[2].lower().split()
        if not name:
            return
        ws, a, b = self.lowers, self.sent.start, self.sent.end
        if ws[a:a + len(name)] == name and ws[a + len(name):a + len(name) + 1] == [","]:
            self._mark(a, a + len(name) + 1)
        end = b - 1 if ws[b - 1:b] in ([","], ["."], ["!"], ["?"]) else b
        if end - len(name) - 1 > a and ws[end - len(name):end] == name and ws[end - len(name) - 1] == ",":
            self._mark(end - len(name) - 1, end)

    def _known_as(self, refs: list[Ref]) -> set[int]:
        """ "Long Jing, also known as Dragon Well, ...", "X (also called Y)": another name of the
        same entity (a label or an alias of it); the second name says nothing more."""
        ws = self.lowers
        dropped: set[int] = set()
        starting = {r.start: r for r in refs if not r.user and not r.pronoun}
        for r in refs:
            if r.user or r.pronoun or id(r) in dropped:
                continue
            k = r.end + (ws[r.end:r.end + 1] in ([","], ["("]))
            for words in (["also", "known", "as"], ["also", "called"], ["better", "known", "as"], ["aka"]):
                if ws[k:k + len(words)] != words:
                    continue
                other = starting.get(k + len(words))
                if other is None or ws[other.end:other.end + 1] not in ([","], ["."], [")"], [";"], []):
                    break
                if not set(r.ids) & set(other.ids):
                    break  # (another entity: a relation of the graph may say so, "alternative name")
                self.sink(r.start, other.end, "assertion", True, "supported", None, r.ids[:1])
                for x in range(k, other.end + (ws[other.end:other.end + 1] == [")"] and ws[k - 1] == "(")):
                    self.consumed[x] = True
                if ws[k - 1] == "(":
                    self.consumed[k - 1] = True
                self.attached.add(id(other))
                dropped.add(id(other))
                break
        return dropped

    def _worth_a_look(self, refs: list[Ref]) -> set[int]:
        """ "Heat is (well) worth a look", "The Good Place could be next", "X is our next pick
        (for you)": a suggestion, no claim about the item."""
        ws = self.lowers
        dropped: set[int] = set()
        for r in refs:
            if r.kind != "item" or r.user:
                continue
            k, end = self._past_year(r.end), None  # ("Heat (1995) is worth a look")
            if ws[k:k + 1] == [","]:
                # "Heat, which stars Al Pacino, is worth a look": past the clause between commas
                # (past two such clauses too: "X, another Stanford course, taught by Y, may suit you")
                j = k
                for _ in range(2):
                    j = next((j for j in range(j + 1, self.sent.end) if ws[j] in CLAUSE_ENDS
                              and not any(x.start < j < x.end for x in refs)), None)  # (a name's hyphen)
                    if j is None or ws[j] != ",":
                        break
                    if ws[j + 1:j + 2] in (["is"], ["'s"]) or _suggested_as(ws, j + 1) is not None:
                        k = j + 1  # (", should suit you")
                        break
            if ws[k:k + 1] in (["is"], ["'s"]):
                j = k + 1 + (ws[k + 1:k + 2] == ["well"])
                if ws[j:j + 2] == ["worth", "a"] and ws[j + 2:j + 3] in A_TRY:
                    end = j + 3
            if end is None:
                end = _suggested_as(ws, k)
            if end is None and ws[k:k + 1] in (["is"], ["'s"]) and ws[k + 1:k + 2] in (["a"], ["an"], ["the"]) \
                    and ws[k + 2:k + 3] and ws[k + 2] in PICK_ADJECTIVES:
                # "Aliens is an easy pick", "a natural follow-up": a suggestion
                end = next((k + 3 + len(n) for n in PICK_NOUNS if ws[k + 3:k + 3 + len(n)] == n), None)
            you = None
            if end is not None and ws[end - 1] == "you":  # "should appeal to you"
                you = next((x for x in refs if x.user and x.start == end - 1), None)
            if end is not None and ws[end:end + 2] == ["for", "you"]:
                you = next((x for x in refs if x.user and x.start == end + 1), None)
                end += 2
            if end is not None and end <= self.sent.end and (end == self.sent.end or ws[end] in CLAUSE_ENDS):
                self._suggested(r, "SUGGEST", False, (k, end))
                self._mark(k, end)
                self.attached.add(id(r))
                self.group, self.role = [r], "free"
                if you is not None:
                    dropped.add(id(you))  # "... is our next pick for you": no claim about the user
        return dropped

    def _suggested(self, item: Ref, what: str, negated: bool, span: tuple[int, int]) -> None:
        """A suggestion of an item the user already rated ("you will love X", "X is an easy
        pick") must agree with the rating, in the evidence or not: it states no fact of its own,
        it only must not contradict one."""
        user = self.judge.user
        # every item of the name: "The Mummy could be your next pick" suggests the one the user
        # rated low too, whichever reading the rest of the text takes
        ids = (*item.ids, *(x for g in item.group or () for x in g.ids))  # ("both could be a good fit")
        named = (*ids, *(x for i in ids if i in self.index.info
                         for x in self.index.form_ids.get("".join(str(self.index.info[i][2]).lower().split()), ()))) \
            if what == "SUGGEST" and self.lowers[item.end:item.end + 1] != ["("] else ids  # ("X (2017)")
        if user is None or not any(r in self.index.user_relations for x in named
                                   for _, r, _, _ in self.index.edges_between(user, x)):
            return
        if what == "SUGGEST":  # "try X", "X is an easy pick": never an item the user disliked
            ratings = [as_number(attrs.get("rating")) for x in dict.fromkeys(named)
                       for _, r, _, attrs in self.index.edges_between(user, x) if r in self.index.user_relations]
            if any(v is not None and v <= self.judge.threshold - DISLIKE_MARGIN for v in ratings):
                self.sink(span[0], span[1], "user", False, "low_rating", None, (user, *item.ids[:1]))
            return
        me = Ref(span[0], span[0], (), "user", user=True)
        saved, self.judge.outside_evidence = self.judge.outside_evidence, True
        try:
            self._claim([me], item, what, negated, False, span)
        finally:
            self.judge.outside_evidence = saved

    def _header(self, refs: list[Ref]) -> bool:
        """ "The Producers (1968). Because you ...": a text that opens with the item's title
        alone (a UI header) names it and claims nothing but its year."""
        ws = self.lowers
        why = ws[:1] == ["why"] and ws[self.sent.end - 1:self.sent.end] == ["?"]  # "Why Hanabi?"
        if self.sent.start != 0 or len(refs) != 1 or refs[0].kind != "item" or refs[0].start != int(why):
            return False
        r = refs[0]
        rest = ws[r.end:self.sent.end]
        if why and rest[-1:] == ["?"]:
            rest = rest[:-1]
        if rest[-1:] in ([":"], ["."], ["!"], ["·"], ["|"], ["—"]):
            rest = rest[:-1]
        if rest and not (len(rest) == 3 and rest[0] == "(" and rest[1].isdigit() and rest[2] == ")"):
            return False
        if rest:
            ok, status = self.judge.year(r, float(rest[1]))
            self.sink(r.end + 1, r.end + 2, "number", ok, status, None, r.ids[:1])
        self._mark(r.end, self.sent.end)
        return True

    def _header_kinds(self, refs: list[Ref]) -> bool:
        """UI lines that open with the item: "Fargo (1996): crime, comedy, thriller." (its year,
        then attributes its copula relation, the genre, reads) and the metadata line "Heat (1995)
        · Michael Mann · crime" (names and a year between dots or bars, each linked to the item
        by some relation of the graph, item first: the line names no relation)."""
        if len(refs) < 2 or refs[0].kind != "item" or refs[0].start != self.sent.start \
                or refs[0].pronoun or refs[0].user:
            return False
        r, ws, b = refs[0], self.lowers, self.sent.end
        while b > r.end and ws[b - 1] in (".", "!"):
            b -= 1
        k = r.end
        years = []
        if ws[k:k + 1] == ["("] and k + 2 < b and ws[k + 1].isdigit() and ws[k + 2] == ")":
            years.append(k + 1)
            k += 3
        if k >= b or ws[k] not in (":", "—", "–", "·", "|", "-"):
            return False
        seps = ("·", "|") if ws[k] in ("·", "|") else (ws[k],) if ws[k] in ("—", "–") \
            and ws[k + 1:b].count(ws[k]) >= 1 else ()
        dots = bool(seps)  # "Heat (1995) · Michael Mann · crime", "Curb — 2000 — HBO — sitcom"
        readings = self.index.metadata if dots else self.index.copula
        if not readings:
            return False
        starting = {x.start: x for x in refs[1:]}
        attrs, j = [], k + 1
        said: list[tuple[Ref, frozenset[Cue], tuple[int, int]]] = []  # "· created by X ·"
        while j < b:  # the attributes (and, on a metadata line, a year) one after the other
            x = starting.get(j)
            cue = next(((e, rd) for e, rd in self.cue_at.get(j, ()) if e in starting
                        and not isinstance(rd, str) and not any(c.noun for c in rd)),
                       None) if (ws[j - 1] in seps if dots else ws[j - 1] in (",", ":", ";")) else None
            # (a noun, "composer X", may say the only one)
            if x is not None and x.kind == "attribute" and not x.pronoun and not x.user:
                attrs.append(x)
                j = x.end
            elif cue is not None and starting[cue[0]].kind != "item" and (
                    cue[0] + starting[cue[0]].end - cue[0] >= b
                    or ws[starting[cue[0]].end] in seps + (",", "and")):
                x = starting[cue[0]]  # a segment with its own relation words: "created by X"
                said.append((x, cue[1], (j, cue[0])))
                attrs.append(x)
                j = x.end
                while not dots and j + 1 < b and ws[j] in (",", "and") and (j + 1) in starting \
                        and starting[j + 1].kind != "item" and (j + 1) not in self.cue_at:
                    x = starting[j + 1]  # "influenced by R.E.M. and Pixies": each
                    said.append((x, cue[1], (said[-1][2])))
                    attrs.append(x)
                    j = x.end
            elif ws[j] in ((",", "and", "/", "&", ";") if not dots else seps + (",",)) and (attrs or years[1:]
                                                                                     or (dots and years)):
                j += 1
            elif dots and ws[j].isdigit() and len(ws[j]) == 4 and (j == k + 1 or ws[j - 1] in seps):
                years.append(j)
                j += 1
            elif attrs and not years and j + 3 == b and ws[j] == "(" and ws[j + 1].isdigit() \
                    and len(ws[j + 1]) == 4 and ws[j + 2] == ")":
                years.append(j + 1)  # "Back to the Future — Adventure, Comedy, Sci-Fi (1985)."
                j += 3
            else:
                return False
        if not attrs or len(attrs) != len(refs) - 1:
            return False
        for y in years:
            ok, status = self.judge.year(r, float(ws[y]))
            self.sink(y, y + 1, "number", ok, status, None, r.ids[:1])
        own = {id(x): (rd, span) for x, rd, span in said}
        for x in attrs:
            rd, span = own.get(id(x), (readings, (k, k + 1)))
            self._claim([r], x, rd, False, False, span)
            self.attached.add(id(x))
        self.attached.add(id(r))
        self._mark(r.end, self.sent.end)
        return True

    def _fans_of(self, x: Ref) -> bool:
        """Whether item ``x`` is named as what the reader is a fan of ("Fans of Heat should try
        Alien": Heat is the comparison, Alien the film a sentence after it is about)."""
        ws, k = self.lowers, x.start
        while k >= 2 and ws[k - 1] in (",", "and"):  # "Fans of A, B and C should try D"
            j = k - 1 - (ws[k - 2:k] == [",", "and"])
            prior = next((y for y in self.all_refs if y.end == j and y.kind == "item" and not y.pronoun
                          and not y.user), None)
            if prior is None:
                return False
            k = prior.start
        return k >= 2 and ws[k - 2:k] in (["fans", "of"], ["fan", "of"])

    def _field_list(self, refs: list[Ref], before: list[Ref]) -> bool:
        """A card of fields under the item, one per bullet: "Recommended: Jaws • Director: Steven
        Spielberg • Music: John Williams • Year: 1975" (lines become spaces; the bullets stay).
        The item is the header's one name ("Why Forbidden Island?") or, with no header, the one
        item of the sentence before. A field is a relation noun of the item ("Director",
        "Genres", "Cast", "Music") or "Year", then a colon and its names or year; a singular
        noun names them all ("Director: X" is X alone)."""
        ws, a, n = self.lowers, self.sent.start, self.sent.end
        while n > a and ws[n - 1] in (".", "!"):
            n -= 1
        inside = {k for r in refs for k in range(r.start + 1, r.end)}
        marks = [k for k in range(a, n) if ws[k] in _BULLETS and k not in inside]
        if not marks or any(r.user or r.pronoun for r in refs):
            return False
        head = [r for r in refs if r.end <= marks[0]]
        if head:
            if len(head) != 1 or head[0].kind != "item" \
                    or any(w not in _CARD_HEAD for k, w in enumerate(ws[a:marks[0]], start=a)
                           if not head[0].start <= k < head[0].end):
                return False
            item = head[0]
        else:
            named = {r.ids for r in before if r.ids}
            if ws[a:marks[0]] or len(named) != 1 or self._done_by_user(before[-1]):
                return False  # ("You loved Alien. • Director: X": Alien is no card's item)
            item = before[-1]
        bounds = [*marks, n]
        fields = []
        for k, end in zip(bounds, bounds[1:]):
            colon = next((j for j in range(k + 1, end) if ws[j] == ":"), None)
            if colon is None or colon == k + 1:
                return False
            names = [r for r in refs if colon < r.start < end]
            field = tuple(ws[k + 1:colon])
            if field in _YEAR_FIELDS and not names and colon + 2 == end and ws[colon + 1].isdigit():
                fields.append((k, colon, None, [colon + 1]))
                continue
            readings = frozenset(c for c in self.index.cues.get(field, ()) if c.forward and not c.typed) \
                or frozenset(self.index.cues.get((*field, "is", "by"), ()))  # "Music: X": its music is by X
            works = {id(r) for r in names if r.kind == "item" and ws[r.start - 1] == "("}
            if not readings or not names or any(r.kind == "item" and id(r) not in works for r in names):
                return False
            j, last, also = colon + 1, None, []
            for r in names:  # "A, B and C"; "Matt Leacock (Pandemic)": his other work
                if id(r) in works:
                    if last is None or j != r.start or ws[r.end:r.end + 1] != [")"]:
                        return False
                    also.append((r, last))
                    j = r.end + 1
                    continue
                while j < r.start and ws[j] in (",", "and", "&"):
                    j += 1
                if j != r.start:
                    return False
                j, last = r.end, r
                if ws[j:j + 1] == ["("]:
                    j += 1
            if j != end:
                return False
            fields.append((k, colon, readings, [r for r in names if id(r) not in works]))
            for work, r in also:
                self._claim([work], r, readings, False, False, (work.start, work.end))
        for k, colon, readings, names in fields:
            span = (k + 1, colon)
            if readings is None:
                y = names[0]
                ok, status = self.judge.year(item, float(ws[y]))
                self.sink(y, y + 1, "number", ok, status, None, item.ids[:1])
                continue
            for r in names:
                self._claim([item], r, readings, False, False, span)
            head = ws[k + 1]  # "Director", "Written (by)", "Runs (on)", "Starring", "Stars"
            if not head.endswith("ing") and (colon - k > 2 or not head.endswith("s") or head == "cast"):
                self.complete_spans.append(span)  # "Director: X", "Written by: X", "Cast: X": all of them
        self.attached.update(id(r) for r in refs)
        self._mark(a, self.sent.end)
        return True

    def _list_header(self, refs: list[Ref]) -> bool:
        """A list under a header that says what its items share: "Films directed by Steven
        Spielberg: Jaws and E.T.", "Films with a score by X: A (1974) and B", "More from X: A, B",
        "Starring Keanu Reeves: The Matrix", "Horror films: Jaws and Alien". Each item must hold."""
        ws, n = self.lowers, self.sent.end
        while n > self.sent.start and ws[n - 1] in (".", "!"):
            n -= 1
        colon = next((k for k in range(self.sent.start, n) if ws[k] == ":"), None)
        if colon is None or any(r.user or r.pronoun for r in refs):
            return False
        head = [r for r in refs if r.end <= colon]
        items = [r for r in refs if r.start > colon]
        if len(head) != 1 or not items or any(r.kind != "item" for r in items) or head[0].kind == "item":
            return False
        years, j = [], colon + 1
        for r in items:  # "A (1974), B and C": names, years in brackets, commas and "and"
            while j < r.start and ws[j] in (",", "and", "&"):
                j += 1
            if j != r.start:
                return False
            j = r.end
            if ws[j:j + 1] == ["("] and j + 2 < n and ws[j + 1].isdigit() and ws[j + 2] == ")":
                years.append((r, j + 1))
                j += 3
        if j != n:
            return False
        x = head[0]
        lead = [w for w in ws[self.sent.start:x.start] if w not in DETERMINERS]
        tail = ws[x.end:colon]
        nouns = self.index.type_nouns
        readings: frozenset[Cue] | None = None
        span = (self.sent.start, colon)
        if not tail and lead[:2] in (["more", "from"], ["more", "by"]):
            readings = self.index.authorship if lead[1] == "from" else self.index.by_authorship
        elif not lead and tail and all(w in nouns for w in tail):
            readings = self.index.attributive  # "Horror films:", "Steven Spielberg films:"
        else:
            k = 0
            while k < len(lead) and lead[k] in nouns:
                k += 1
            rest = lead[k:]
            if rest[:1] == ["with"]:
                rest = rest[1:]  # "Films with a score by X"
            found = [rd for s0 in range(self.sent.start, x.start) for e, rd in self.cue_at.get(s0, ())
                     if not isinstance(rd, str) and all(w in DETERMINERS for w in ws[e:x.start])
                     and [w for w in ws[s0:e] if w not in DETERMINERS] == rest]
            if not tail and found and rest:
                readings = found[0]
        if not readings:
            return False
        for r in items:
            self._claim([r], x, readings, False, False, span)
        for r, k in years:
            ok, status = self.judge.year(r, float(ws[k]))
            self.sink(k, k + 1, "number", ok, status, None, r.ids[:1])
        self.attached.update(id(r) for r in refs)
        self._mark(self.sent.start, self.sent.end)
        return True

    def _suggests_after(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) suggest something ("so try X", "you should see X", "we picked X")."""
        ws = self.lowers
        return any(w in FRAME_TRIGGERS or w in HEADER_TRIGGERS or w in _OPENING_TRIGGERS
                   or (w == "see" and k > 0 and ws[k - 1] in _SEE_AFTER)
                   or (w == "give" and ws[k + 2:k + 3] in A_TRY)
                   for k, w in enumerate(ws[a:b], start=a))

    def _frame(self, a: int, b: int) -> bool:
        return any(not self.consumed[k] and (  # (not "your five-star picks")
            w in FRAME_TRIGGERS or (w in ("see", "watch") and k > a and self.lowers[k - 1] in _SEE_AFTER)
            or (w in ("picked", "chose", "chosen", "selected") and k > a and self.lowers[k - 1] in ("we", "'ve"))
            or (w in HEADER_TRIGGERS and all(
                x in FRAME_WORDS for x in self.lowers[self.sent.start:k]))
            or (w in _OPENING_TRIGGERS and (k == self.sent.start or any(
                x in (",", ";", ":", "—", "-") for x in self.lowers[a:k])) and all(
                self.consumed[j] or x in FRAME_WORDS or x in (",", ";", ":", "—", "-")
                for j, x in enumerate(self.lowers[a:k], start=a))))  # (read words: "four stars")
            for k, w in enumerate(self.lowers[a:b], start=a))

    def _frame_words(self, a: int, b: int) -> None:
        """A suggestion ("so try", "we recommend", "you might also like"): its own words are
        read, any other word between is reported ("You gave Vertigo a perfect score, so try X",
        "try the sequel, Aliens")."""
        for k in range(a, b):
            if self.lowers[k] in FRAME_WORDS:
                self.consumed[k] = True
        self._leftovers(a, b, GLUE)
