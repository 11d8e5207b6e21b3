"""Credit frames: "On Heat, Michael Mann directed and Dante Spinotti handled the cinematography."

A part of :class:`~kgexplain.consistency.parse.SentenceReader` (see its module for the grammar)."""

from __future__ import annotations

from kgexplain.consistency.lexicon import Cue
from kgexplain.consistency.mentions import Ref


class CreditFrameReading:
    """A fronted work and the credits said of it, each clause without its object."""

    def _on_credits(self, refs: list[Ref]) -> list[Ref]:
        """ "On Heat, Michael Mann directed and Dante Spinotti handled the cinematography.": after
        a fronted "On / In / For <item>,", clauses that are each a name (or names joined by "and")
        and an objectless verb of a credit, alone or with its noun ("wrote the music"), are said of
        the item, as if it closed each one ("Michael Mann directed Heat"); "and C the editing"
        keeps the verb before it. Read only where every clause is one and the sentence is a
        statement that ends after the last (else the sentence is read as usual)."""
        ws, start, end = self.lowers, self.sent.start, self.sent.end
        # (an empty reference at the sentence's end, the item again, is no clause of its own)
        refs_ = [r for r in refs if r.end > r.start]
        if len(refs_) < 2 or ws[start] not in ("on", "in", "for") or refs_[0].start != start + 1 \
                or refs_[0].kind != "item" or refs_[0].pronoun or refs_[0].user:
            return refs
        item, at, n_ref = refs_[0], refs_[0].end, 1
        if ws[at:at + 1] != [","]:
            return refs
        at += 1
        clauses: list[tuple[list[Ref], int, int, frozenset[Cue]]] = []
        verb: list[str] = []
        while True:
            if n_ref >= len(refs_) or refs_[n_ref].start != at or refs_[n_ref].kind == "item" \
                    or refs_[n_ref].user or refs_[n_ref].pronoun:
                return refs
            people, n_ref = [refs_[n_ref]], n_ref + 1
            verb_at = people[-1].end
            while n_ref < len(refs_) and ws[verb_at:verb_at + 1] == ["and"] and refs_[n_ref].start == verb_at + 1 \
                    and refs_[n_ref].kind != "item" and not refs_[n_ref].user and not refs_[n_ref].pronoun:
                people.append(refs_[n_ref])  # "Al Pacino and Robert De Niro star"
                verb_at, n_ref = refs_[n_ref].end, n_ref + 1
            verb_end = verb_at
            while verb_end < end and ws[verb_end] not in (",", "and", ".", ";", "!", "?", ":"):
                verb_end += 1
            while n_ref < len(refs_) and refs_[n_ref].start < verb_end:
                named = refs_[n_ref]
                if not (named.lowercase or (named.ids and set(named.ids) <= set(item.ids))) or named.end > verb_end:
                    return refs  # (a name after the verb: "Michael Mann directed Al Pacino")
                n_ref += 1  # a craft's noun, read with the verb ("handled the cinematography")
            words = ws[verb_at:verb_end]
            if not words:
                return refs
            if words[0] in ("the", "a", "an") and verb:
                words = verb + words  # "and Michael Kahn the editing": the verb before
            readings = self._credit_readings(words, ws[start])
            if not readings:
                return refs
            verb = [w for w in words if w not in ("the", "a", "an")][:1]
            clauses.append((people, verb_at, verb_end, readings))
            at = verb_end
            while at < end and ws[at] in (",", "and"):
                at += 1
            if at >= end or ws[at] in (".", "!"):
                if at > verb_end:
                    return refs  # (a list that stops at "and": "Michael Mann directed and.")
                break
            if ws[at] in (";", "?", ":"):
                return refs  # (a clause after ";" or ":", or a question: the frame is not all)
        if n_ref != len(refs_):
            return refs
        for people, verb_at, verb_end, readings in clauses:
            for person in people:
                self._claim([person], item, readings, False, False, (verb_at, verb_end))
        self._mark(start, end)
        return [item]

    def _credit_readings(self, words: list[str], fronted: str) -> frozenset[Cue]:
        """The readings of a credit's verb said without its work, as "<verb> <work>" would read:
        with the fronted preposition ("star" of "In Heat, ... star": "star in"), then with "on",
        "for" or "of" ("handled the cinematography on"), or alone ("directed")."""
        cues = self.index.cues
        for key in dict.fromkeys((tuple(words) + (fronted,), tuple(words) + ("on",), tuple(words) + ("for",),
                                  tuple(words) + ("of",), tuple(words))):
            found = frozenset(c for c in cues.get(key, ()) if not c.noun)
            if found:
                return found
        return frozenset()
