"""Claims about the user: ratings in digits and words, favourites, what the user saw.

A part of :class:`~kgexplain.consistency.parse.SentenceReader` (see its module for the grammar)."""

from __future__ import annotations

from kgexplain.consistency._reading.words import (
    MODALS,
    RATING_UNITS,
    Spec,
    count_word,
    number_word,
)
from kgexplain.consistency._text import WORD_NUMBERS, as_number, number_at
from kgexplain.consistency.lexicon import ADVERBS, DETERMINERS, SEPARATORS, is_year
from kgexplain.consistency.mentions import Ref

_STAR_NOUNS = frozenset({"pick", "picks", "read", "reads", "favourite", "favourites", "favorite",
                         "favorites", "choice", "choices", "watch", "watches", "listen", "listens",
                         "title", "titles", "rating", "ratings"})
"""Nouns of "your five-star pick X" / "one of your five-star reads"."""
_FAVOURITES = frozenset({"favourites", "favorites", "favourite", "favorite"})
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}


def _yours_after(words: list[str], k: int, b: int) -> bool:
    """Whether "of yours" follows the nouns from ``k`` ("a five-star pick of yours")."""
    while k < b and words[k] not in ("of", ",", "."):
        k += 1
    return words[k:k + 2] == ["of", "yours"]


class UserReading:
    """Claims about the user: ratings in digits and words, favourites, what the user saw."""

    def _star_ratings(self, refs: list[Ref]) -> set[int]:
        """ "Your five-star pick X", "X was one of your 4.5-star reads", "X, a five-star hike for
        you": the user's rating of X. Returns the refs ("you") that take part in no other claim."""
        lowers, n = self.lowers, self.sent.end
        dropped: set[int] = set()
        starts = {r.start: r for r in refs if r.kind == "item" and not r.user and not r.pronoun}
        ends = {r.end: r for r in starts.values()}
        for k in range(self.sent.start, n - 3):
            if (lowers[k] not in ("your", "a") and _COUNTS.get(lowers[k]) is None) \
                    or lowers[k + 2:k + 4] not in (["-", "star"], ["-", "rated"]) or self.consumed[k]:
                continue
            if lowers[k + 3] == "rated":  # "your top-rated show", "your highest-rated book"
                value = self.judge.top_rating() if lowers[k + 1] in ("top", "highest", "best") else None
            else:
                value = number_at(lowers, k + 1, k + 2)
                if value is None and lowers[k + 1] in WORD_NUMBERS:
                    value = float(WORD_NUMBERS[lowers[k + 1]])
            if value is None:
                continue
            j = k + 4
            while j < n and j - k < 7 and (lowers[j] in _STAR_NOUNS or lowers[j] in self.index.type_nouns):
                j += 1
            count = _COUNTS.get(lowers[k])
            if count is not None:
                # "A and B, both five-star films for you, ...", "A and B are both five-star
                # films for you": each of the list, which must have that many items
                lead = k - 1
                if lowers[lead] not in (",", "are", "were") or lead not in ends \
                        or lowers[j:j + 2] != ["for", "you"] or not lowers[j - 1].endswith("s") \
                        or self.consumed[j + 1]:
                    continue
                items = self._list_ending(ends[lead])
                if len(items) != count:
                    continue
                dropped.update(id(r) for r in refs if r.user and r.start == j + 1)
                for x in items:
                    ok, status, triple = self.judge.user_claim(x, "INT", False, value)
                    self.sink(k + 1, k + 2, "number", ok, status, triple, x.ids[:1])
                    self.attached.add(id(x))
                self._mark(lead, j + 2)
                continue
            if lowers[k] == "a":
                # "X, a five-star hike for you, ...", "X (a five-star dish for you)", "X was a
                # five-star dish for you": "your" said after the noun
                if j == k + 4 or lowers[j:j + 2] != ["for", "you"] or self.consumed[j + 1]:
                    continue
                dropped.update(id(r) for r in refs if r.user and r.start == j + 1)
                j += 2
                item = None
                if j < n and lowers[j] == ")" and k >= 1 and lowers[k - 1] == "(" and (k - 1) in ends:
                    item, lead = ends[k - 1], k - 1  # "Lobster Newberg (a five-star dish for you)"
                    j += 1
            else:
                item = starts.get(j)
            if item is not None and lowers[k] == "a":
                pass  # (its lead is found)
            elif item is None and j < n and lowers[j] in SEPARATORS | {",", "and"} and j > k + 4 \
                    and lowers[k - 3:k] in (["is", "one", "of"], ["was", "one", "of"]) and (k - 3) in ends \
                    and (ends[k - 3].start == self.sent.start
                         or lowers[ends[k - 3].start - 1] in SEPARATORS | {",", "and", "but", "so"}):
                item = ends[k - 3]  # "X was one of your five-star reads" (not "a book like X was")
                lead = k - 3
            elif item is None and j < n and lowers[j] in SEPARATORS | {",", "and"} and j > k + 4 \
                    and lowers[k - 3:k] == [",", "one", "of"] and (k - 3) in ends:
                item = ends[k - 3]  # "Casino, one of your 4.5-star ratings, ..."
                lead = k - 3
            elif item is None and j > k + 4 and (j >= n or lowers[j] in (",", ".", "!", ";")) and k >= 1 \
                    and lowers[k - 1] == "," and (k - 1) in ends:
                item = ends[k - 1]  # "The Little Prince, your five-star read, was ...", "..., X, your top-rated show."
                lead = k - 1
                j += 1 if j < n and lowers[j] == "," else 0
            elif item is None and j > k + 4 and (j >= n or lowers[j] in SEPARATORS | {",", "and"}) \
                    and k >= 2 and lowers[k - 1] in ("is", "was") and (k - 1) in ends:
                item = ends[k - 1]  # "Breaking Bad is your highest-rated show"
                lead = k - 1
            elif item is not None and j >= k + 4:
                lead = k  # "Your five-star pick X", "Your four-star Almaviva"
            else:
                continue
            items = [item]
            if lead == k and any(w.endswith("s") for w in lowers[k + 4:j]):
                items = self._listed_from(item)  # "your five-star films A and B": each
            for x in items:
                ok, status, triple = self.judge.user_claim(x, "INT", False, value)
                self.sink(k + 1, k + 2, "number", ok, status, triple, x.ids[:1])
            self._mark(lead, j)
            if lead < k:
                self.attached.add(id(item))
        return dropped

    def _rating_phrases(self, refs: list[Ref]) -> set[int]:
        """Ratings and love said around the item: "You gave five stars to X", "X got 4.5 stars
        from you", "Based on your love of X", "Your favourite, X, ...".
        The user's rating of X must agree; the "you" they use takes part in no other claim."""
        ws, n = self.lowers, self.sent.end
        items = {r.start: r for r in refs if r.kind == "item" and not r.user and not r.pronoun}
        ends = {r.end: r for r in items.values()}
        you = {r.start: r for r in refs if r.user}
        dropped: set[int] = set()

        def stars(k: int) -> tuple[float, int] | None:
            """A rating at token k ("five stars", "4.5 stars", "5/5", "a 5") and where it ends."""
            value = number_at(ws, k, n)
            if value is None and ws[k:k + 1] and ws[k] in WORD_NUMBERS:
                value = float(WORD_NUMBERS[ws[k]])
            if value is None:
                return None
            j = k + 1
            if ws[j:j + 3] == ["and", "a", "half"]:
                value, j = value + 0.5, j + 3  # "four and a half stars"
            if ws[j:j + 2] == ["/", "5"]:
                j += 2
            elif ws[j:j + 1] in (["stars"], ["star"]):
                j += 1
            else:
                return None
            return value, j

        for k in range(self.sent.start, n):
            if self.consumed[k]:
                continue
            me = you.get(k)
            if me is not None and (ws[k + 1:k + 2] in (["gave"], ["give"])
                                   or ws[k + 1:k + 3] in (["'ve", "given"], ["have", "given"])):
                v = k + (2 if ws[k + 1] in ("gave", "give") else 3)
                rated = stars(v) if v < n else None
                j = rated[1] + 1 + (ws[rated[1] + 1:rated[1] + 2] == ["both"]) if rated is not None else 0
                item = items.get(j) if rated is not None and ws[rated[1]:rated[1] + 1] == ["to"] else None
                if rated is not None and item is not None:  # "You gave five stars to (both) X (and Y)"
                    listed = self._items_from(item)
                    for x in listed:
                        self._claim([me], x, "INT", False, False, (k, rated[1] + 1), rated[0])
                    self.taken = self.taken | {id(x) for x in listed[1:]}  # (read here)
                    self._mark(k, j)
                    self._rated_when(listed[-1].end)
                    dropped.add(id(me))
                continue
            item = ends.get(k)
            if item is not None and ws[k:k + 1] in (["got"], ["gets"], ["received"], ["earned"]) \
                    and ws[k + 1:k + 2] == ["your"] and not self.consumed[k + 1]:
                rated = stars(k + 2)  # "X earned your five stars": your rating of X
                if rated is not None and self.judge.user is not None and (
                        rated[1] >= n or ws[rated[1]] in SEPARATORS | {",", ";", "and"}):
                    me = Ref(k, k, (), "user", user=True)
                    self._claim([me], item, "INT", False, False, (k, rated[1]), rated[0])
                    self._mark(k, rated[1])
                continue
            got = (["got"], ["gets"], ["received"], ["earned"])
            listed, at = [], None  # the items rated and where their rating begins
            if item is None and ws[k:k + 1] in got and ws[k - 1:k] == [","]:
                # "Aliens, another James Cameron film, got four stars from you": past the apposition
                j = k - 2
                while j > self.sent.start and ws[j] not in (",", ";", ":", "(", ")") and j not in ends:
                    j -= 1
                if ws[j:j + 1] == [","] and j in ends and not any(
                        r.kind == "item" and j < r.start < k for r in refs if not r.user):
                    item = ends[j]
            if item is not None and ws[k:k + 1] in got:
                listed, at = [item], k + 1  # "X got five stars from you"
            elif ws[k:k + 1] in (["which"], ["that"]) and k >= 2 and ws[k - 1] == "," and (k - 1) in ends \
                    and ws[k + 1:k + 2] in got:
                # "A and B, which got five stars from you": the relative says it of the list
                listed, at = self._list_ending(ends[k - 1]), k + 2
            elif ws[k:k + 1] == ["("] and k in ends:
                listed, at = [ends[k]], k + 1  # "Heat (five stars from you)"
            if at is not None:
                close = ws[k] == "("
                at += not close and ws[at:at + 1] in (["only"], ["just"])  # "got only 2.5 stars"
                rated = stars(at)
                if rated is not None and ws[rated[1]:rated[1] + 1] == ["from"] and rated[1] + 1 in you \
                        and (not close or ws[rated[1] + 2:rated[1] + 3] == [")"]):
                    me = you[rated[1] + 1]
                    for x in listed:
                        self._claim([me], x, "INT", False, False, (k, rated[1] + 2), rated[0])
                    self._mark(k, rated[1] + 2 + close)
                    self._rated_when(rated[1] + 2 + close)
                    dropped.add(id(me))
                if not close:
                    continue
            if ws[k:k + 2] == ["your", "love"] and ws[k + 2:k + 3] in (["of"], ["for"]) and k + 3 in items \
                    and self.judge.user is not None:
                me = Ref(k, k, (), "user", user=True)  # "Based on your love of X": loved
                self._claim([me], items[k + 3], "POS", False, False, (k, k + 3))
                self._mark(k, k + 3)
                lead = ws[self.sent.start:k]
                if lead in (["based", "on"], ["given"], ["because", "of"], ["for"], ["with"]):
                    self._mark(self.sent.start, k)
            elif ws[k:k + 1] == ["your"] and ws[k + 1:k + 2] and ws[k + 1] in _FAVOURITES \
                    and ws[k + 2:k + 3] == [","] and k + 3 in items and self.judge.user is not None \
                    and ws[items[k + 3].end:items[k + 3].end + 1] == [","]:
                me = Ref(k, k, (), "user", user=True)  # "Your favourite, X, ...": loved
                self._claim([me], items[k + 3], "POS", False, False, (k, k + 3))
                self._mark(k, k + 3)
                self.consumed[items[k + 3].end] = True
        return dropped

    def _rated_when(self, k: int) -> None:
        """ "X got four stars from you in 1995": when the rating was given, the graph does not
        say (and the year is not the film's)."""
        ws = self.lowers
        k += ws[k:k + 1] in ([","], ["-"], ["—"], ["–"], ["("])  # ", in 1995", "— in 1995"
        if ws[k:k + 1] == ["in"] and k + 1 < self.sent.end and number_word(ws[k + 1]) is not None:
            self.sink(k, k + 2, "unverified", False, "unknown_words", None, ())
            self._mark(k, k + 2)

    def _done_by_user(self, x: Ref) -> bool:
        """Whether item ``x`` is named as the object of a user cue ("you loved X", "you gave X
        five stars", "X, which you loved")."""
        k = x.start
        while k > 0 and self.lowers[k - 1] in DETERMINERS:
            k -= 1
        if any(e == k and "you" in self.lowers[max(0, s - 3):s] and not MODALS & set(self.lowers[max(0, s - 3):s])
               for s in range(max(0, k - 4), k) for e, _ in self.user_at.get(s, ())):
            return True  # (not "like Nirvana", nor "we think you'll like Heat")
        if self.lowers[k - 1:k] == ["whose"] and self.lowers[x.end:x.end + 1] == ["you"] \
                and any(x.end + 1 == s for s in self.user_at):
            return True  # "Steven Spielberg, whose Jaws you loved, ..."
        after = self.lowers[x.end:x.end + 6]
        if ({"your", "yours"} & set(after)) and any(w in _FAVOURITES for w in after):
            return True  # "Jaws is one of your favourites", "a favourite of yours"
        if after[:1] == [","] and "you" in after[1:5] and not any(x.end < y.start < x.end + 5 for y in self.all_refs
                                                                 if not y.user and not y.pronoun):
            return True  # "Jaws, the film you loved, ..."
        if k > 0 and self.lowers[k - 1] in ("and", ",") and (
                self.lowers[k - 1] == "and" or self.lowers[x.end:x.end + 1] in ([","], ["and"], ["or"])):
            # "you loved Alien and Jaws": both ("If you liked Alien, Jaws stars ...": a comma
            # alone is a list only when the list goes on after it)
            j = k - 1 - (self.lowers[k - 2:k] == [",", "and"])
            prior = next((y for y in self.all_refs if y.end == j and y.kind == "item" and not y.pronoun), None)
            if prior is not None and self._done_by_user(prior):
                return True
        after = self.lowers[x.end:x.end + 8]
        if after[:1] in (["got"], ["gets"], ["received"], ["earned"]) and any(
                after[j:j + 2] == ["from", "you"] for j in range(2, 6)):
            return True  # "Jaws got five stars from you"
        return after[:1] == [","] and after[1:2] in (["which"], ["that"]) and after[2:3] == ["you"]

    def _favourites(self, prev: Ref, a: int, b: int) -> None:
        """ "X, one of your favourites" / "A and B, two of your favorites" / "X, one of your
        five-star films": user claims on the item(s) before (a count must match the list)."""
        ws = self.lowers
        spec = self.spec
        h = a + 1 if ws[a:a + 1] in (["so"], ["very"], ["really"], ["quite"]) else a  # "rated it so highly"
        if ws[h:h + 1] in (["highly"], ["well"]) and ws[h + 1:h + 2] != ["as"] and spec is not None and spec.readings == "INT" and not spec.negated \
                and ws[spec.span[0]] in ("rated", "rate") and prev in self.group and not prev.user:
            me = Ref(a, a, (), "user", user=True)  # "You rated Jaws (and E.T.) highly": loved
            for item in [x for r in self.group if not r.user for x in self._expand(r)]:  # ("both")
                self._claim([me], item, "POS", False, False, (a, h + 1))
            self._mark(a, h + 1)
            self.spec = Spec(spec.subjects, "POS", False, False, spec.span)  # "..., as well as Y": loved too
            return
        if ws[a:a + 2] in (["very", "much"], ["a", "lot"]) and spec is not None and spec.readings == "POS" \
                and prev in self.group and not prev.user and not self.consumed[a]:
            # "You liked Jaws very much": liked, checked as such; "You didn't like Jaws very
            # much": not loved, checked as such (a rating below the threshold)
            self._mark(a, a + 2)
            return
        if ws[a:a + 1] == ["("] and ws[a + 2:a + 4] == [")", ","] and is_year(ws[a + 1]):
            a += 3  # ("The Thing (1982), one of your five-star films": the year is the name's)
        k = a + 1 if ws[a:a + 1] in ([","], ["("]) else a  # (also "X (one of your favourites)")
        copula = ws[k:k + 1] in (["is"], ["was"], ["are"], ["were"]) and a == prev.end  # "X is one of"
        if copula:
            k += 1
        listed = [r for r in self.group if not r.user and r.kind == "item"]
        of_yours = False
        if copula and ws[k:k + 2] == ["among", "your"] and k + 2 < b and ws[k + 2] in _FAVOURITES:
            # "X is among your favourites", "A and B are among your favourites"
            count, j = (len(listed) if ws[k - 1] in ("are", "were") else 1), k + 2
        elif (copula or k > a) and ws[k:k + 1] in (["a"], ["an"]) and k + 4 <= b and ws[k + 1] in _FAVOURITES \
                and ws[k + 2:k + 4] == ["of", "yours"]:
            count, j = 1, k + 1  # "X is a favourite of yours", "X, a favourite of yours, ..."
        elif (copula or k > a) and ws[k:k + 1] in (["a"], ["an"]) and ws[k + 2:k + 4] == ["-", "star"] \
                and _yours_after(ws, k + 4, b):
            count, j, of_yours = 1, k + 1, True  # "X, a five-star pick of yours"
        else:
            count = 1 if ws[k:k + 1] == ["one"] else _COUNTS.get(ws[k] if k < b else "")
            if count is None or ws[k + 1:k + 3] != ["of", "your"] or prev.user:
                return
            j = k + 3
        if prev.user:
            return
        total = None  # "one of your two five-star beers": the user has two
        if ws[j - 1] == "your" and j + 1 < b and count_word(ws[j]) is not None \
                and (ws[j + 1] in _FAVOURITES or ws[j + 2:j + 4] == ["-", "star"]):
            total, j = (count_word(ws[j]), j), j + 1
        stars = None
        if ws[j + 1:j + 3] == ["-", "star"] and number_word(ws[j]) in (1.0, 2.0, 3.0, 4.0, 5.0):
            stars, j = number_word(ws[j]), j + 3  # "one of your five-star films", "four-star"
        nouns = self.index.type_nouns
        if stars is None and j < b and ws[j] in _FAVOURITES:
            j += 1
            while j < b and ws[j] in nouns:
                j += 1  # "one of your favourite films"
            if ws[j:j + 2] == ["of", "yours"]:
                j += 2
        elif stars is not None and j < b and (ws[j] in nouns or (of_yours and ws[j] in _STAR_NOUNS)):
            while j < b and (ws[j] in nouns or (of_yours and ws[j] in _STAR_NOUNS)):
                j += 1
            if of_yours:
                if ws[j:j + 2] != ["of", "yours"]:
                    return  # ("X, a five-star film of 1990": whose stars?)
                j += 2
        else:
            return
        items = listed if count > 1 else [prev]
        if count > 1 and len(items) != count:
            self.sink(k, k + 1, "number", False, "unverified_number", None, ())
        me = Ref(k, k, (), "user", user=True)
        for item in items:
            if stars is None:
                self._claim([me], item, "POS", False, False, (k, j))
            else:
                ok, status, triple = self.judge.user_claim(item, "INT", False, stars)
                self.sink(k, j, "number", ok, status, triple, item.ids[:1])
                if copula:
                    self.attached.add(id(item))  # "X is one of your two five-star films"
        if total is not None:
            self._user_total(total, stars, ws[j - 1], max(count, len(items)))
        plural = ws[j - 1].endswith("s") and count == 1  # "one of your (two) five-star beers"
        if (total is not None or plural) and self._said_of_the_set(j, b):
            # "one of your two five-star beers hopped with X" (which two?), "..., both / which
            # are hopped with X": said of the user's whole set, which is not read
            self.sink(k, j, "unverified", False, "unknown_words", None, ())
        if ws[a] == "(":
            if ws[j:j + 1] != [")"]:
                return
            j += 1
        self._mark(a, j)
        self.fav_end = j  # ("one of your favourites in 1975": not the film's year)

    def _said_of_the_set(self, j: int, b: int) -> bool:
        """Whether the words after "one of your (N) five-star Ns" (ending at ``j``) go on about
        the whole set: a modifier ("... beers hopped with X"), a dash, or a plural reference
        (", both / which are / and these are ...")."""
        ws, n = self.lowers, self.sent.end
        if j < n and ws[j] in ("-", "—", "–"):
            return True  # ("- both hopped with X")
        if j >= n or ws[j] in SEPARATORS or ws[j] == ")":
            return False
        if j < b and ws[j] not in (",", "and", "but", "so", "&", "plus", "yet"):
            return True
        plural = ("both", "all", "each", "they", "them", "these", "those", "are", "were", "have")
        q = j
        while q < n and ws[q] in (",", "and", "but", "so", "&", "plus", "yet", "also", "then"):
            q += 1  # (", and", ", &", ", plus", ", yet", ...)
        after = ws[q:q + 3]
        if after[:1] in (["which"], ["that"], ["who"], ["whose"]):
            return True  # ("..., which star X": of the set, as the plural verb says)
        return bool(after) and after[0] in plural

    def _user_total(self, total: tuple[int, int], stars: float | None, noun: str, listed: int) -> None:
        """ "your two five-star beers", "your three favourites": how many items (of the kind the
        noun names) the user rated so (loved, for favourites); the graph holds every rating."""
        n, at = total
        types = self.index.noun_types.get(noun)
        info = self.index.info
        best = [v for item, v in self.index.ratings_of(self.judge.user or "").items()
                if item in info and info[item][0] == "item" and (types is None or info[item][1] in types)]
        have = sum(v == stars if stars is not None else v >= self.judge.threshold for v in best)
        ok = self.judge.user is not None and have == n and n >= listed
        self.sink(at, at + 1, "number", ok, "supported" if ok else "wrong_value", None, ())

    def _user_passive(self, prev: Ref, cur: Ref, a: int, b: int) -> bool:
        """ "The Usual Suspects, rated five stars by you", "A and B, both loved by you": a user
        claim in the passive on the item(s) before ``you``."""
        ws = self.lowers
        if not cur.user or prev.user or self.judge.user is None or ws[b - 1:b] != ["by"]:
            return False
        k = a + 1 if ws[a:a + 1] == [","] else a
        both = ws[k:k + 1] in (["both"], ["all"])
        k += both
        found = [(e, label) for e, label in self.user_at.get(k, ()) if e <= b - 1]
        if not found or ws[a:a + 1] != [","]:
            return False
        e, label = max(found)
        listed = self._listed_to(prev)
        if both and len(listed) < 2:
            return False
        # "A and B, loved by you" is said of both, as "A and B, which you loved" is
        items = listed
        me = Ref(k, k, (), "user", user=True)
        value = number_at(ws, e, b - 1) if e < b - 1 else None
        j = e
        if value is not None:
            j = e + 1
            while j < b - 1 and ws[j] in RATING_UNITS:
                j += 1
        if j != b - 1:
            return False  # words the passive does not account for
        for item in items:
            if value is None:
                self._claim([me], item, label, False, False, (k, e))
            else:
                ok, status, triple = self.judge.user_claim(item, "INT", False, value)
                self.sink(e, j, "number", ok, status, triple, item.ids[:1])
        self.attached.update({id(cur), *(id(r) for r in items)})
        self._mark(a, b)
        if self.spec is None:  # "Vertigo, rated five stars by you, was directed by ..."
            self.group, self.role, self.subject = list(items), "free", None
            self.attached.difference_update(id(r) for r in items)
        else:
            self.group, self.role = list(items), "object"
        return True

    def _user_saw_in(self, prev: Ref, cur: Ref, nxt: Ref) -> bool:
        """ "You loved Julia Roberts in Notting Hill (and Pretty Woman)": the user claim is said
        of the item(s), and the person acts in each (the graph's acting relation). ``nxt`` and
        the items listed after it are then taken as read (see :meth:`_take`)."""
        ws = self.lowers
        acting = self.index.cues.get(("appears", "in"), frozenset())
        if not acting or not prev.user or cur.user or (cur.pronoun and cur.pronoun != "person") \
                or cur.kind == "item" or nxt.kind != "item" or nxt.user or nxt.pronoun \
                or ws[cur.end:nxt.start] not in (["in"], ["in", "both"]):
            return False
        if cur.pronoun and (not cur.group or any(r.kind == "item" for r in cur.group)):
            return False  # "You loved him in Heat": whom the pronoun names (each, if several)
        lead = self._leading_cue(prev.end, cur.start, True)
        if lead is None or lead[1] != cur.start or not isinstance(lead[2], str) \
                or self._negated(prev.end, cur.start) or ws[nxt.end:nxt.end + 1] in (["in"], ["("]) \
                or any(w.isdigit() for w in ws[nxt.end:self.sent.end]):
            return False  # (not "... in Y in 1969": whose year?)
        listed = self._items_from(nxt)  # "... in Rushmore and Ed Wood": each
        if ws[nxt.start - 1] == "both" and len(listed) != 2:
            return False
        for item in listed:
            self._claim([prev], item, lead[2], False, False, lead[:2])
            for person in cur.group if cur.pronoun else [cur]:
                self._claim([person], item, acting, False, False, (cur.end, nxt.start))
        self._mark(prev.end, nxt.start)
        self.attached.update({id(prev), id(cur), *(id(x) for x in listed)})
        self.last_user_obj = listed[-1]
        self.rated_group = list(listed)
        self._take(listed)
        return True

    def _user_apposition(self, prev: Ref, cur: Ref, a: int, b: int) -> bool:
        """ "Titanic, a film you liked", "Heat and Ronin, two films you rated highly", "Titanic
        is a film you liked": a relative clause without "which" on the item(s) before ``you``
        (the user cue after ``you`` is then read as in "X, which you liked")."""
        if not cur.user or prev.user:
            return False
        raw = [w for k, w in enumerate(self.lowers[a:b], start=a) if not self.consumed[k]]
        nouns = self.index.type_nouns
        if raw[:1] in (["are"], ["were"]) and len(raw) > 1 and raw[1] in nouns:
            raw = [raw[0], "all", *raw[1:]]  # "A and B are films you loved": each
        if raw[:1] in (["are"], ["were"]) and raw[1:2] in (["both"], ["all"]) and self.spec is None \
                and prev in self.group and all(w in nouns for w in raw[2:]) and len(raw) > 2:
            # "A and B are (both / two) films you loved": the items of the clause's subject
            items = [r for r in self.group if not r.user and r.kind == "item"]
            if len(items) < 2 or len(items) != len(self.group) or (raw[1] == "both" and len(items) != 2):
                return False
            self.relative_of[id(cur)] = prev
            self.relative_group[id(cur)] = items
            self.attached.update(id(r) for r in items)
            self._mark(a, b)
            self.group, self.role = [cur], "free"
            return True
        if not raw and prev.kind != "item" and prev.lowercase:
            return self._genre_apposition_user(prev, cur, a, b)
        if not raw and prev.kind == "item" and not prev.pronoun and b == a:
            # "Like the Peach Melba you loved, ...": a relative clause without "which"
            j = self._user_cue_after(cur, modal=False)
            if j is None or any(isinstance(w, str) and w not in ("POS", "INT", "NEG", "SAW")
                                for _, w in self.user_at[j]):
                return False
            self.relative_of[id(cur)] = prev
            self.attached.add(id(prev))
            self.group, self.role = [cur], "free"
            return True
        if raw[1:4] == ["one", "of", "the"] and len(raw) > 4 and all(w in nouns and w.endswith("s") for w in raw[4:]):
            raw = [raw[0], "a", *raw[4:]]  # "X, one of the courses you liked": a course you liked
        copula = raw[:1] in (["is"], ["was"])
        if not (copula or raw[:1] == [","]) or len(raw) < 3 or not all(w in nouns for w in raw[2:]):
            return False
        word = raw[1]
        count = _COUNTS.get(word)
        if word not in ("a", "an", "another", "the") and count is None:
            return False
        if word == "the" and (copula or prev.kind != "item" or any(w.endswith("s") for w in raw[2:])
                              or len([r for r in self.group if r.kind == "item" and not r.user]) > 1):
            return False  # "Alien, the film you loved, ...": an apposition on one item alone
        if copula and (self.spec is not None or prev not in self.group or count):
            return False  # "Titanic is a film you liked": only where the copula opens the clause
        items = [r for r in self.group if not r.user and r.kind == "item"] if count else [prev]
        if count and len(items) != count and prev.kind == "item" and not prev.pronoun:
            # "Jaws is a Spielberg film, as are A and B, two films you loved": the list that ends
            # with the name before (its names joined by "and" or commas alone)
            run = [prev]
            for r in reversed([r for r in self.sent.refs if r.end <= prev.start]):
                if r.user or r.pronoun or r.kind != "item":
                    break
                if any(w not in (",", "and") for w in self.lowers[r.end:run[0].start]):
                    break
                run.insert(0, r)
            if len(run) == count:
                items = run
        if count and len(items) != count:
            self.sink(a, b, "number", False, "unverified_number", None, ())
        self.relative_of[id(cur)] = prev
        if len(items) > 1:
            self.relative_group[id(cur)] = items
        if word == "another":
            self.sharing_relative.add(id(cur))  # "Titanic, another film you loved": one more
        self.attached.update(id(r) for r in items)
        self._mark(a, b)
        self.group, self.role = [cur], "free"
        return True

    def _user_cue_after(self, you: Ref, modal: bool) -> int | None:
        """Where a user cue starts after ``you`` past adverbs (and modals, with ``modal``): "you
        (really) loved", "you may like"; None where the words after it are no user claim."""
        j = you.end
        while j < self.sent.end and (self.lowers[j] in ADVERBS or self.lowers[j] in ("really", "also")
                                     or (modal and self.lowers[j] in MODALS)):
            j += 1
        return j if j in self.user_at else None

    def _genre_apposition_user(self, prev: Ref, cur: Ref, a: int, b: int) -> bool:
        """ "Heat, a thriller you loved, ...", "A and B, two thrillers you rated highly, ...": the
        apposition's genre is read by its own cue (", a"); the relative clause on ``you`` is said
        of the item(s) before the comma."""
        first = prev
        for r in reversed([r for r in self.sent.refs if r.end <= prev.start]):
            if r.end != first.start or r.user or r.kind == "item":
                break
            first = r  # ("another fantasy drama you may like")
        k = first.start
        word = self.lowers[k - 1] if k > 0 else ""
        count = _COUNTS.get(word)  # ("two" is read as "both" by now)
        cued = any(e == first.end or e == first.start for e, _ in self.cue_at.get(k - 1, ()))
        if (word not in ("a", "an", "another") and count is None) or self.lowers[k - 2:k - 1] != [","] \
                or not (cued or count):
            return False
        before = [r for r in self.sent.refs if r.end == k - 2 and not r.user and r.kind == "item"]
        if not before or self._user_cue_after(cur, modal=True) is None:
            return False  # ("a thriller you should try": no claim the clause can read)
        items = [before[0]]
        if count:
            items = self._listed_to(before[0])  # the list that ends before the comma ("A and B, two ...")
            if len(items) != count:
                return False
            if not cued:  # "A and B, two thrillers you loved": each is one (never a tag)
                kinds = self.index.copula & self.index.attributive
                if not kinds:
                    return False
                for r in [x for x in self.sent.refs if first.start <= x.start and x.end <= prev.end]:
                    for item in items:
                        self._claim([item], r, kinds, False, False, (k - 1, r.end))
                self._mark(k - 1, prev.end)
        self.relative_of[id(cur)] = before[0]
        if len(items) > 1:
            self.relative_group[id(cur)] = items
        if word == "another":
            self.sharing_relative.add(id(cur))
        self.attached.update(id(r) for r in items)
        self.group, self.role = [cur], "free"
        return True

    def _user_shared(self, own: list[Ref], label: str, negated: bool) -> bool:
        """Whether another item of the text holds the same user claim ("another film you loved")."""
        mine = {i for r in own for i in r.ids}
        return any(self.judge.user_claim(o, label, negated)[0] for o in self.all_refs
                   if o.kind == "item" and not o.user and not o.pronoun and not set(o.ids) & mine)

    def _rating(self, item: str) -> float:
        """The user's best rating of ``item`` (-inf without one)."""
        best = float("-inf")
        for _, r, _, attrs in self.index.edges_between(self.judge.user, item):
            value = as_number(attrs.get("rating")) if r in self.index.user_relations else None
            if value is not None:
                best = max(best, value)
        return best
