"""Which mentions are references and what they stand for: "it", "the latter", "they", the item a
suggestion is about, and the "it" of a cleft ("It was X who ...").

A part of :class:`~kgexplain.consistency.parse.SentenceReader` (see its module for the grammar)."""

from __future__ import annotations

from kgexplain.consistency._reading.words import (
    ELLIPSIS_AUX,
    PICK_ADJECTIVES,
    PICK_NOUNS,
    RATING_UNITS,
    SENT_END_WORDS,
    THAT_ONE,
)
from kgexplain.consistency._text import WORD_NUMBERS, number_at
from kgexplain.consistency.lexicon import ADVERBS, AUXILIARIES, CLAUSE_ENDS, COORDINATORS, SEPARATORS
from kgexplain.consistency.mentions import Ref, resolve_reference


class ReferenceReading:
    """Which mentions are references and what they stand for."""

    def _salient_item(self, r: Ref, last_sentence: list[Ref]) -> None:
        """ "it", "its" or "the music" where several items were named (before it in the
        sentence, else in the sentence before): the one not named as something the user did
        ("We picked Heat because you loved Jaws. It stars ...": Heat); with none or several
        such, each of them, and the claim must hold for all ("Jaws and Alien are horror films.
        The music is by X": both)."""
        if r.pronoun not in ("item", "item_possessive") or len(r.group) != 1 \
                or self.lowers[r.start:r.end] in THAT_ONE or r.group[0].kind != "item":
            return  # ("that one": the item named last, as "the latter"; a thing where the items are people)
        here = [x for x in self.all_refs if x.kind == "item" and not x.user and not x.pronoun
                and self.sent.start <= x.start < r.start]
        window: list[Ref] = []
        for x in here or self._named_back([x for x in last_sentence if x.kind == "item"
                                           and not x.user and not x.pronoun]):
            if all(set(x.ids) != set(y.ids) for y in window):
                window.append(x)
        if len(window) < 2 or any(self._compared_word(x) for x in window):
            return  # (a comparison, "like X", has its own reading below)
        aside = [x for x in window if self._done_by_user(x) or self._in_relative(x) or self._fans_of(x)]
        pick = [x for x in window if x not in aside] or window
        if len(pick) == 1:
            r.group, r.ids = pick, pick[0].ids
        else:
            r.group, r.ids = pick, ()

    def _named_back(self, last: list[Ref]) -> list[Ref]:
        """The items of the sentence before, and, while those are only what the user did, of
        the sentences before it ("Try Heat. You loved Jaws. It ...": Heat and Jaws)."""
        out = list(last)
        if not out or not all(self._done_by_user(x) for x in out):
            return out
        inside = {k for x in self.all_refs for k in range(x.start + 1, x.end)}

        def opening(i: int) -> int:  # the first token of the sentence holding token i
            while i > 0 and not (self.lowers[i - 1] in SENT_END_WORDS and (i - 1) not in inside):
                i -= 1
            return i

        k = opening(min(x.start for x in out))
        while k > 0:
            j = opening(k - 1)
            found = [x for x in self.all_refs if x.kind == "item" and not x.user and not x.pronoun
                     and j <= x.start < k and all(x is not y for y in out)]
            out = found + out
            if any(not self._done_by_user(x) for x in found):
                break
            k = j
        return out

    def _repeated_other(self, r: Ref, x: Ref | None) -> Ref | None:
        """ "Jurassic Park and it", "A, as well as it", ", as it was", ", as was it", "..., and so
        was it", "it was too", "and also it": "it" is another item than the one it is listed with
        or whose clause it repeats (those of that clause are skipped); "A and it <verb>" (a list,
        or a clause about A?) must hold for both. Returns the item ``r`` now names first."""
        ws = self.lowers
        named = [y for y in self.all_refs if y.kind == "item" and not y.pronoun and not y.user and y.end <= r.start]
        if r.pronoun != "item" or not named or ws[r.start] not in ("it", "this", "that"):
            return x
        x0 = named[-1]  # the item named right before, whatever the salience rules made of "it"
        gap = ws[x0.end:r.start]
        after = ws[r.end] if r.end < len(ws) else "."
        ends = after in SEPARATORS or after == ","
        listed = bool(gap) and all(w in COORDINATORS or w in (",", "as", "well", "both") for w in gap) \
            and (ends or after in ("were", "are", "both", "have", "share"))
        as_aux = (ws[r.start - 1:r.start] == ["as"] and after in ELLIPSIS_AUX
                  and ws[r.end + 1:r.end + 2] in ([], ["."], [","], [";"], ["!"])) \
            or (r.start >= 2 and ws[r.start - 2] == "as" and ws[r.start - 1] in ELLIPSIS_AUX and ends)
        again = ws[r.start] == "it" and (
            (r.start >= 2 and ws[r.start - 2] == "so" and ws[r.start - 1] in ELLIPSIS_AUX)
            or ws[r.start - 1:r.start] == ["also"]
            or (ws[r.start - 1:r.start] == ["and"]  # (not "X directed it too": of it, like Y)
                and (ws[r.end:r.end + 1] in (["too"], ["likewise"], ["similarly"])
                     or ws[r.end:r.end + 2] in ([",", "too"], ["as", "well"])))
            or (ws[r.end:r.end + 1] and ws[r.end] in ELLIPSIS_AUX
                and (ws[r.end + 1:r.end + 2] == ["too"] or ws[r.end + 1:r.end + 3] == ["as", "well"]
                     or ws[r.end + 1:r.end + 3] == [",", "too"])))
        if listed or as_aux or again:
            k = x0.start  # the clause it repeats: back to its boundary ("since X is ..., as is it")
            while not listed and k > self.sent.start and ws[k - 1] not in (
                    ",", ";", ":", "—", "-", "since", "because", "while", "whereas", "so"):
                k -= 1
            skip = [y for y in named if k <= y.start]
            resolve_reference(r, self.all_refs, skip=skip)
            if r.group and any(set(r.group[0].ids) == set(y.ids) for y in skip):
                r.ids, r.group = (), []  # "Try C. Go was influenced by C, and also it": C again?
        elif gap == ["and"] and r.group:
            # "Matilda and it was distributed by X": a list, or a clause of its own about Matilda?
            resolve_reference(r, self.all_refs, skip=[x0])
            if r.group and r.group[0] is not x0:
                r.group, r.ids = [r.group[0], x0], ()
        else:
            return x
        return r.group[0] if r.group else None

    def _plural_team(self, ref: Ref) -> None:
        """ "Manchester City play at the Etihad, and they are managed by Pep Guardiola": "they"
        for the one item the sentence named, where that name took a plural verb (a team, a
        band, a company said as its people); no other item is named before it."""
        lowers = self.lowers
        named = [r for r in self.all_refs if r.end <= ref.start and not r.user and not r.pronoun
                 and r.start >= self.sent.start]
        items = [r for r in named if r.kind == "item"]
        if not items or len({r.ids for r in items}) != 1 or not items[0].ids:
            return
        first = items[0]
        verb = lowers[first.end] if first.end < len(lowers) else ""
        plural_verb = verb in ("are", "were", "have") or (
            verb.isalpha() and not verb.endswith("s") and any(k[0] == verb + "s" for k in self.index.cues))
        if plural_verb:
            ref.group, ref.ids, ref.kind, ref.types = [first], first.ids, first.kind, first.types
            ref.in_evidence = first.in_evidence

    def _own_subject(self, r: Ref, pick: Ref) -> bool:
        """Whether ``pick`` is the subject of the clause ``r`` ends: the name right before a verb
        (a cue) that ends at ``r`` ("Scorsese directed the latter")."""
        return pick.end <= r.start and any(
            all(w in AUXILIARIES or w in ADVERBS for w in self.lowers[pick.end:s]) and not isinstance(found, str)
            for s in range(pick.end, r.start) for e, found in self.cue_at.get(s, ()) if e == r.start)

    def _cleft_claims(self, name: Ref) -> None:
        """ "It was X who V Y": the relative clause is the claim, and it says X is the one (not
        one of several: "It was Greg Taylor who wrote Jumanji" is false where two wrote it, red
        team review 45); each fact read of X must have X as its only partner."""
        ids = set(name.ids)
        for _, t in self.claimed:
            if t.head in ids and t.tail not in ids:
                many = self.index.head_count(t.tail, t.relation) > 1
            elif t.tail in ids and t.head not in ids:
                many = self.index.tail_count(t.head, t.relation) > 1
            else:
                continue
            if many:
                self.sink(name.start, name.end, "unverified", False, "incomplete_list", None, name.ids[:1])
                return
        self.attached.add(id(name))

    def _cleft(self, r: Ref, starts_at: set[int]) -> bool:
        """ "It was X who / that V Y" says "X V Y": the opening "it is / was" is read as framing
        the one name after it, which the relative clause then makes its subject; never with a
        negation ("It was not X who ...") or another word between."""
        lowers = self.lowers
        if r.start != self.sent.start or r.end - r.start != 1 or lowers[r.start] != "it" \
                or lowers[r.end:r.end + 1] not in (["is"], ["was"]) or r.end + 1 not in starts_at:
            return False
        name = next(x for x in self.sent.refs if x.start == r.end + 1 and not x.pronoun)
        if lowers[name.end:name.end + 1] not in (["who"], ["that"]) or name.kind == "user":
            return False
        self._mark(r.start, r.end + 1)
        self.cleft = name
        return True

    def _kept_refs(self) -> list[Ref]:
        """The sentence's mentions, without nouns and adverbs that only look like references (and
        without the "it" of a cleft, "It was X who ...", whose "it was" is marked read here)."""
        lowers = self.lowers
        kept = []
        starts_at = {r.start for r in self.sent.refs if not r.pronoun}
        ends_at = {r.end for r in self.sent.refs if not r.pronoun and not r.user and r.kind == "item"}
        for r in self.sent.refs:
            if r.pronoun and r.end in starts_at and lowers[r.end - 1] in self.index.type_nouns:
                continue  # "the film Heat": a noun before the name, not a reference
            if self._cleft(r, starts_at):
                continue  # "It was Gideon Mantell who named Iguanodon": "it was" only frames the name
            if r.pronoun == "item" and r.end - r.start == 2 and lowers[r.start] == "the" \
                    and r.start >= 2 and lowers[r.start - 1] == "," and r.start - 1 in ends_at \
                    and r.end < len(lowers) and lowers[r.end] in ("by", "from"):
                continue  # "Midnight Ferry, the album by Juniper Vale": an apposition, as ", an album by"
            if r.pronoun == "item_possessive":
                # "Its director, X, ...": a subject only where a clause starts
                if r.start == self.sent.start or lowers[r.start - 1] in CLAUSE_ENDS:
                    r.pronoun = "item"  # "Its director, X, ..."
                elif lowers[r.start - 1] == "and" and r.start >= 2 and lowers[r.start - 2] == ",":
                    r.pronoun = "item"  # "..., and its composer is X": whose, when the clause
                    self.its_after_and.add(id(r))  # before named two items, is unclear
                elif lowers[r.start - 1] == "among" and r.start - 1 in self.glued and (
                        r.start - 1 == self.sent.start or lowers[r.start - 2] in CLAUSE_ENDS):
                    r.pronoun = "item"  # "Among its stars is X": its stars include X
                elif lowers[r.start - 2:r.start] == ["one", "of"] and r.start - 2 in self.glued and (
                        r.start - 2 == self.sent.start or lowers[r.start - 3] in CLAUSE_ENDS):
                    r.pronoun = "item"  # "One of its producers is X": its producers include X
                elif (lowers[r.start - 1] in ("is", "was", "are", "were")
                      or (lowers[r.start - 2:r.start] in (["is", "among"], ["are", "among"], ["was", "among"],
                                                           ["were", "among"]) and r.start - 1 in self.glued)
                      or (lowers[r.start - 3:r.start] in (["is", "one", "of"], ["was", "one", "of"])
                          and r.start - 1 in self.glued)
                      or (lowers[r.start - 3:r.start] == [",", "one", "of"] and r.start - 1 in self.glued
                          and any(e == r.start - 2 for e, _ in self.cue_at.get(r.start - 3, ())))
                      or any(e == r.start for e, _ in self.cue_at.get(r.start - 1, ()))) \
                        and r.end in self.glued:
                    # "X was its director", "X composed its score", "X, one of its stars,": only
                    # where one item came before
                    r.pronoun = "item"
                    self.its_noun.add(id(r))
                else:
                    continue
            opens = r.start == self.sent.start or lowers[r.start - 1] in (
                ";", ":", "as", "for", "and", "since", "because", "so", "but", "while")
            if r.pronoun == "group" and lowers[r.start] == "each" and r.end - r.start == 1 and not (
                    r.start > 0 and lowers[r.start - 1] not in RATING_UNITS
                    and (lowers[r.start - 1] in ("for", "of", "in", "to", "by", "on")
                                     or any(e == r.start for s in range(max(0, r.start - 6), r.start)
                                            for e, _ in self.cue_at.get(s, ())))
                    and r.end < len(lowers) and lowers[r.end] in CLAUSE_ENDS):
                continue  # "John Williams scored the music for each."; "five stars each" is read
                # with the rating, "each film" names no one
            if not r.pronoun and r.end - r.start == 1 and lowers[r.start] in PICK_ADJECTIVES \
                    and lowers[r.start - 1:r.start] in (["a"], ["an"]) \
                    and any(lowers[r.end:r.end + len(n)] == n for n in PICK_NOUNS):
                continue  # "X is a good next pick": a suggestion, not the tag "good"
            name_next = r.end in starts_at or (lowers[r.end:r.end + 1] == ["the"] and r.end + 1 in starts_at)
            if r.pronoun == "group" and lowers[r.start] == "both" and r.end - r.start == 1 \
                    and not (opens and not name_next):
                # "X and Y both star Z" is an adverb; "... star in both." a reference, and so
                # is a clause that opens with "Both" ("Both were scored by X")
                after_cue = r.start > 0 and (lowers[r.start - 1] in ("in", "of", "to", "by") or any(
                    e == r.start for s in range(max(0, r.start - 6), r.start)
                    for e, _ in self.cue_at.get(s, ())))
                nxt = lowers[r.end] if r.end < len(lowers) else "."
                after_user = any(e == r.start for s in range(max(0, r.start - 4), r.start)
                                 for e, _ in self.user_at.get(s, ()))
                highly = lowers[r.end:r.end + 2] in (["highly", "."], ["highly", ","], ["highly", ";"])
                if after_user and (nxt in SEPARATORS | {",", "?"} or number_at(lowers, r.end, len(lowers))
                                   is not None or nxt in WORD_NUMBERS or highly) and not name_next:
                    pass  # "you loved both", "you gave both five stars", "you rated both highly"
                elif not (after_cue and nxt in SEPARATORS | {",", "too", "?", "and"}) or name_next:
                    continue  # "a tag of both While You Were Sleeping and ...": a name follows
            kept.append(r)
        return kept
