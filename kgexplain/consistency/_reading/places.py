"""Places said after a name ("a museum in Rome") and whose place they are.

A part of :class:`~kgexplain.consistency.parse.SentenceReader` (see its module for the grammar)."""

from __future__ import annotations

from typing import Any

from kgexplain.consistency._reading.words import Spec
from kgexplain.consistency.constructions import CHAINED, same_verb_cues
from kgexplain.consistency.index import person_like_type
from kgexplain.consistency.lexicon import (
    CLAUSE_ENDS,
    DETERMINERS,
    MADE_IN,
    PLACE_MAKING,
    SPATIAL_PREPOSITIONS,
    Cue,
    conceiving_verb,
    making_participle,
    participle_of,
    verb_lemmas,
)
from kgexplain.consistency.mentions import Ref
from kgexplain.records import Triple

_PREMIERE_WORDS = frozenset({"premiered", "premiere", "premieres", "first", "debuted", "debut"})
"""Words of a relation's phrase that name a first showing ("was first danced by", "premiered at")."""
_MADE_VERBS = frozenset({"recorded", "made", "shot", "filmed", "cut", "mixed", "built", "brewed"})
"""Verbs of making an item somewhere that are no maker's credit ("recorded it at X")."""
_ONCE = frozenset({"first", "originally", "once", "formerly", "previously", "initially"})
"""Words of a relation's phrase that say a past fact ("was first brewed in"): no place said now."""


_CONTAINED = (("is", "in"), ("is", "located", "in"), ("is", "part", "of"))
"""Cues of a place inside another ("Dublin is in Ireland"): "Dublin, Ireland" says so."""


def _made_verb(verb: str) -> bool:
    """Whether ``verb`` (any tense: "makes", "brewed", "created") is a verb of making."""
    made = participle_of(verb)[1] if not verb.endswith("ed") else verb
    return any(making_participle(w) or w in _MADE_VERBS for w in (verb, made))


_OWNERS = frozenset({"his", "her", "its", "their", "my", "our", "your"})
"""Possessive determiners before an item's name ("gave his speech X")."""

_MAKING = frozenset().union(*(verb_lemmas(p) for p in PLACE_MAKING))
"""Lemmas of the verbs of making a thing in a place, one verb for where it was made (see
``_of_verbs``)."""


_LIFE_EVENTS = frozenset({"born", "died", "buried", "raised", "grew", "baptised", "baptized", "christened",
                          "married", "wed"})
"""Words of the relations of where a person was born, baptised, married, died, lies or grew up:
never where an act of the person took place."""


class PlaceReading:
    """Places said after a name ("a museum in Rome") and whose place they are."""

    def _placed_in(self, refs: list[Ref]) -> list[Ref]:
        """ "MAXXI, a museum in Rome", "premiered at the National Theatre in London", "Casa Batlló
        in Barcelona", "created by Mike Saboe at Toppling Goliath": "in / at <place>" after a
        name says where. The place is read with the name: on an item, the item is there; on
        another name, when a claim takes that name (see :meth:`_placed_claim`). Only for a place
        of a type that some relation read "in" ends in ("is located in", "premiered in"), or,
        after "at", that a relation read "at" or "by" does ("premiered at", "is brewed by"); "on",
        "under", "through", "over", "along", "near" (and their synonyms) after an item or a name
        of a guessed "is a" type, by a relation of lying or running so (``GraphIndex.located_by``:
        "an arch dam on the Zambezi")."""
        in_types = (self.index.located_in[1] if self.index.located_in else frozenset()) | self.index.origin_types
        for prep, types in (("in", in_types), ("at", self.index.located_at[1] if self.index.located_at else None)):
            if types:  # ("by X at Stone Brewing in Escondido": the brewery's place first)
                refs = self._placed_by(refs, prep, types)
        for word, sense in SPATIAL_PREPOSITIONS.items():
            # "a resort on Bald Mountain", "a railway tunnel beneath the River Severn": by a relation
            # of lying there ("lies on", "runs under"; see GraphIndex.located_by)
            if sense in self.index.located_by:
                refs = self._placed_by(refs, word, self.index.located_by[sense][1])
        return self._place_chains(refs)

    def _place_chains(self, refs: list[Ref]) -> list[Ref]:
        """"Ícolo e Bengo, Angola", "Dublin in the Republic of Ireland": a place, then the place
        the graph puts it in (a relation read "is in", "is located in" or "is part of"), said of
        the first place; the second leaves the list, the first goes on in its clause. Only where
        that edge is stored (else the names are read as before: a list, "A and B")."""
        ws = self.lowers
        readings = frozenset(Cue(c.relation, True) for key in _CONTAINED for c in self.index.cues.get(key, ())
                             if c.forward and not c.noun)
        if not readings:
            return refs
        out: list[Ref] = []
        skip: set[int] = set()
        for i, r in enumerate(refs):
            if id(r) in skip:
                continue
            out.append(r)
            nxt = refs[i + 1] if i + 1 < len(refs) else None
            if nxt is None or r.kind != "attribute" or nxt.kind != "attribute" or r.user or nxt.user \
                    or r.pronoun or nxt.pronoun \
                    or ws[r.end:nxt.start] not in ([","], ["in"], ["in", "the"], [",", "in"], [",", "in", "the"]) \
                    or self.consumed[r.end] or id(nxt) in self.attached \
                    or ws[nxt.end:nxt.end + 1] in (["and"], ["'s"], ["of"]) \
                    or (ws[r.end:nxt.start] == [","] and ws[nxt.end:nxt.end + 1] == [","]
                        and (nxt.end + 1) < len(ws) and any(x.start == nxt.end + 1 for x in refs)):
                continue  # (not a list going on: "A, B and C", "A, B, C")
            ok, status, triple = self.judge.relation(r, nxt, readings, False, False, [])
            if not ok:
                continue
            skip.add(id(nxt))
            self._mark(r.end, nxt.end)
            self.attached.add(id(nxt))
            self.sink(r.start, nxt.end, "assertion", True, status, triple, (*r.ids[:1], *nxt.ids[:1]))
        return out

    def _placed_by(self, refs: list[Ref], prep: str, types: frozenset[str]) -> list[Ref]:
        """The names ``prep`` + a place of ``types`` follows (see :meth:`_placed_in`); the
        places leave the list."""
        out: list[Ref] = []
        ws = self.lowers
        skip: set[int] = set()
        inside = {k for s, found in self.cue_at.items() for e, _ in found if e > s + 1 for k in range(s, e)}
        for i, r in enumerate(refs):
            if id(r) in skip:
                continue
            out.append(r)
            nxt = refs[i + 1] if i + 1 < len(refs) else None
            # "Y produced it at Tannery Sound": where it was made, after a verb of making
            said_it = r.pronoun == "item" and bool(r.ids) and r.kind == "item" and prep == "at" \
                and bool(self.index.made_at) and r.start >= 1 \
                and (making_participle(ws[r.start - 1]) and not conceiving_verb(ws[r.start - 1])
                     or ws[r.start - 1] in _MADE_VERBS)
            # "The Alchemist brews it in Waterbury": where it is brewed ("is brewed in")
            brewed_in = self._same_verb(r, r.start, "in") if r.pronoun == "item" and r.kind == "item" and prep == "in" else None
            said_it = said_it or bool(brewed_in)
            if nxt is None or ws[r.end:nxt.start] not in ([prep], [prep, "the"]) or r.user \
                    or (r.pronoun and not said_it) or nxt.user or nxt.pronoun \
                    or nxt.kind != "attribute" or self.consumed[r.end] or r.lowercase and r.kind != "attribute" \
                    or not nxt.types & types or ws[nxt.end:nxt.end + 1] in (["'s"], ["of"], ["-"], ["’s"]) \
                    or r.end in inside or self._a_date(r) \
                    or (prep in SPATIAL_PREPOSITIONS and r.kind != "item" and not r.types & self.index.copula_types):
                continue  # (a date is in no place: "born on 23 July 1982 in Stockholm"; "on", "under"
                # follow an item or its kind, "a dam on the Nile", not its maker: "created by the
                # TVA on the Tennessee River")
            if (nxt.end >= len(ws) or ws[nxt.end] in CLAUSE_ENDS or ws[nxt.end] == "and") and self._gap_ahead(refs, r, prep):
                # (the remnant ends there: "and B at Y."; not "and B in Y by Z", read as before)
                self.gap_ahead.add(id(r))
                continue
            skip.add(id(nxt))
            self._mark(r.end, nxt.end)
            self.attached.add(id(nxt))
            if r.kind == "item":
                self.placed[id(r)] = (nxt, (r.start, nxt.end), True, prep)
                head = r  # ("released A and B at X": the verb before the list)
                while head.start >= 2 and ws[head.start - 1] in ("and", ",") and any(
                        x.end == head.start - 1 and x.kind == "item" for x in refs[:i]):
                    head = next(x for x in refs[:i] if x.end == head.start - 1 and x.kind == "item")
                np_start = head.start  # ("gave the speech X at Y", "gave his X": the verb before them)
                while np_start > 0 and (ws[np_start - 1] in DETERMINERS or ws[np_start - 1] in _OWNERS
                                        or ws[np_start - 1] in self.index.type_nouns):
                    np_start -= 1
                verb = next((ws[e - 1] for s, found in self.cue_at.items() for e, rd in found
                             if e == np_start and not isinstance(rd, str) and rd and not any(c.noun for c in rd)), None)
                only = brewed_in or (self.index.made_at if said_it else None)
                apart = verb is not None and np_start != head.start  # ("founded the Bodleian in Oxford")
                if apart and prep == "at" and not self._same_verb(head, np_start, "at"):
                    verb = None  # (no "<verb> at" relation: as with no verb, "designed the ARM2 at Acorn")
                if verb is not None and prep == "at":
                    # "Reagan delivered X at the Brandenburg Gate": where the verb's act is done,
                    # by the relation of the same verb read "at" ("was delivered at"); else, after
                    # a verb of making, where it was made ("Y produced X at Tannery Sound"), and
                    # no place after another verb ("Driftwood Records released X at Blackbird
                    # Studio"; nor after a verb of conceiving: "wrote X at Atlantic Studios" is
                    # not where it was recorded)
                    only = self._same_verb(head, np_start, "at") or (
                        self.index.made_at if making_participle(verb) and not conceiving_verb(verb)
                        or verb in _MADE_VERBS else frozenset())
                    if verb in _PREMIERE_WORDS:  # "NYCB premiered Agon at City Center": where it premiered
                        only = frozenset(r for r, w in self.index.phrase_words.items() if w & _PREMIERE_WORDS)
                if apart and prep == "in":
                    # a verb before a noun phrase ("gave the speech X in Y"): where its act is done
                    # where the graph says it so ("was given in"), else as with no verb (code review)
                    only = self._same_verb(head, np_start, "in")
                    verb = None if only is None else verb
                if verb is None and prep == "in" and self.index.located_in:
                    # "is brewed in Chicago by X and Two Hearted in Kalamazoo by Y": a verb left
                    # out; the place is read with the sentence's earlier verb ("is brewed in")
                    earlier = {c.relation for s_, found in self.cue_at.items() if self.sent.start <= s_ < head.start
                               for e_, rd in found if e_ <= head.start and not isinstance(rd, str) and rd
                               for c in rd if not c.noun}
                    only = self._in_of(earlier, True) or only
                if verb is not None and prep == "in" and self.index.located_in and not apart:
                    # "Goose Island brews X in Chicago", "Penfolds makes Grange in Barossa": where the
                    # verb's act is done, by the relation of the same verb read "in" ("is brewed
                    # in"), else one of making ("is made in") after a verb of making, no other
                    # place (not where it is sold, nor where it was first brewed); after another
                    # verb, where the item is
                    only = self._same_verb(head, np_start, "in") or (frozenset(
                        r for r in self.index.located_in[0] if self.index.phrase_words[r] & MADE_IN
                        and not self.index.phrase_words[r] & _ONCE)
                        if _made_verb(verb) else None)  # ("Grizzly bears roam Denali in Alaska": the park's)
                if verb is not None and any(person_like_type(t) for t in r.types):
                    # "Lendl coached Andy Murray in Glasgow": where the act was, which the graph
                    # does not say (not where Murray, a person, was born or lives: red team 202)
                    only = self._same_verb(head, np_start, prep) if prep in ("in", "at") else None
                    only = only or frozenset()
                listed = [x for x in refs[:i] if x.kind == "item" and head.start <= x.start < r.start and not x.pronoun]
                for x in [*listed, r]:  # ("produced A and B at X": each was made there)
                    self._locate(x, x, nxt, (x.start, nxt.end), prep, only=only)
            else:
                self.placed[id(r)] = (nxt, (r.start, nxt.end), False, prep)
            self.placed_names[id(r)] = r
        return out

    def _by_after_place(self, prev: Ref, prior: Spec | None, what: object, s0: int, e0: int,
                        pre: list[str]) -> frozenset[Cue] | None:
        """The readings of a bare "by" after the place a claim of the same verb ends in ("is
        brewed in Chicago by Goose Island": "is brewed by"), or None."""
        if prior is None or isinstance(what, str) or isinstance(prior.readings, str) or pre \
                or prev.kind != "attribute" or not prior.subjects \
                or any(w not in DETERMINERS for w in self.lowers[prior.span[1]:prev.start]) \
                or any(x.user for x in prior.subjects):
            return None
        if self.lowers[s0:e0] != ["by"]:
            return self._other_preposition(prior, s0, e0)
        if any(x.kind != "item" for x in prior.subjects):
            return None
        words = self.index.phrase_words
        verbs = set().union(*(verb_lemmas(*words.get(c.relation, ())) for c in prior.readings))
        same = frozenset(c for c in what if c.forward and c.relation not in {x.relation for x in prior.readings}
                         and verb_lemmas(*words.get(c.relation, ())) & verbs)
        return same or None

    def _a_date(self, r: Ref) -> bool:
        """Whether ``r`` names a date or a number ("1982-07-23", "1121.0"), which is in no place."""
        return r.kind == "attribute" and bool(r.ids) and all(
            str(self.index.info[i][2])[:1].isdigit() for i in r.ids if i in self.index.info)

    def _other_preposition(self, prior: Spec, s0: int, e0: int) -> frozenset[Cue] | None:
        """The readings of a bare preposition after the object of a claim "<verb> <prep>" whose
        verb the graph also says with this preposition ("was born in Stockholm on 23 July 1982":
        "was born on"; "was discovered in France by X": "was discovered by"), or None."""
        said = self.lowers[prior.span[0]:prior.span[1]]
        prep = self.lowers[s0:e0]
        if len(prep) != 1 or prep[0] not in CHAINED or len(said) < 2 or said[-1] not in CHAINED \
                or (said[-1] == prep[0] and not (self.lowers[e0:e0 + 1] and self.lowers[e0].isdigit())):
            return None  # (the same one again only before a year given as an entity: "was born in
            # Canada in 1989", see constructions.chained_prepositions)
        return same_verb_cues(self.index, said[:-1], prep[0]) or None

    def _same_verb(self, r: Ref, start: int, prep: str) -> frozenset[str] | None:
        """The relations read ``prep`` ("in" / "at") that share the verb of the claim ending at
        ``start``, right before ``r`` or its noun phrase ("brews" it -> "is brewed in",
        "delivered" it -> "was delivered at"), if any."""
        if not r.ids:
            return None
        said = {c.relation for s, found in self.cue_at.items() for e, rd in found
                if e == start and s < e and not isinstance(rd, str) and rd for c in rd if not c.noun}
        return self._in_of(said, False) if prep == "in" else self._at_of(said)

    def _in_of(self, said: set[str], itself: bool) -> frozenset[str] | None:
        """The relations read "in" (not of a past first time: "was first brewed in") that share a
        verb with the relations ``said`` (and, where ``itself``, those of ``said`` read "in")."""
        return self._of_verbs(said, self.index.located_in, itself)

    def _at_of(self, said: set[str]) -> frozenset[str] | None:
        """The relations of ``GraphIndex.located_at`` (read "at", and makers' "by") that share a
        verb with the relations ``said`` ("was delivered by" -> "was delivered at"), not of a past
        first time."""
        return self._of_verbs(said, self.index.located_at, False)

    def _of_verbs(self, said: set[str], found: tuple[Any, Any] | None, itself: bool) -> frozenset[str] | None:
        """The relations of ``found`` (``GraphIndex.located_in`` / ``located_at``), not of a past
        first time, that share a verb with ``said`` (and, where ``itself``, those of ``said``)."""
        if not said or not found:
            return None
        words = self.index.phrase_words
        verbs = [verb_lemmas(*words.get(x, ())) for x in said]
        past = [x in self.index.past_phrased for x in said]
        same = frozenset(rel for rel in found[0] if (rel not in said or itself) and not words[rel] & _ONCE and (
            (itself and rel in said) or any(verb_lemmas(*words[rel]) & v or (
                verb_lemmas(*words[rel]) & _MAKING and v & _MAKING and (rel in self.index.past_phrased) == p)
                for v, p in zip(verbs, past))))
        # (the verbs of making are one, in one tense: "were made by Yamaha in Japan" where the
        # graph says "was built in" the country; not "is made by Nintendo in China" where it "was
        # manufactured in" China, red team 177)
        return same or None

    def _locate(self, item: Ref, name: Ref, place: Ref, span: tuple[int, int], prep: str,
                of_item: bool = True, only: frozenset[str] | None = None) -> None:
        """Judge "<name> in / at <place>" said of ``item``: the name is there, or (where
        ``of_item``) the item is (by a relation whose phrase ends in "in" / "at" or "by", or for
        another preposition of place one of ``GraphIndex.located_by``)."""
        found = self.index.located_in if prep == "in" else self.index.located_at if prep == "at" \
            else self.index.located_by.get(SPATIAL_PREPOSITIONS[prep])
        relations = found[0] if found is not None else frozenset()
        own = relations | (self.index.origin_relations if prep == "in" else frozenset())
        if only is not None:  # ("produced it at X": where it was made, no other place)
            relations, own = relations & only, own & only
        # (where the item is from: "made by X in Vermont"; a name is where it is located)
        hit = None
        if name is not item:
            own = own - self.index.declared_in  # (the name's place, not the item's: see GraphIndex.declared_in)
        for h in {*name.ids, *(item.ids if of_item else ())}:
            for t in place.ids:
                hit = hit or next((Triple(h, r, t) for hh, r, tt, _ in self.index.edges_between(h, t)
                                   if hh == h and r in (own if h in item.ids else relations)), None)
        self.sink(span[0], span[1], "assertion", hit is not None, "supported" if hit else "not_in_graph",
                  hit, (*item.ids[:1], *place.ids[:1]))

    def _placed_claim(self, subject: Ref, obj: Ref, what: object, span: tuple[int, int]) -> None:
        """A claim took ``obj``, which "in / at <place>" follows: judge the place for
        ``subject``. The place may be the item's only where the claim says what the item is or
        where it is ("a museum in Rome", "premiered at the National Theatre in London"), or who
        made it there ("created by Mike Saboe at Toppling Goliath"); else it is the name's ("has
        sets by Acme in Leeds": Acme is in Leeds)."""
        found = self.placed.get(id(obj))
        if found is None or subject.user or subject.kind != "item" or (id(obj), id(subject)) in self.located:
            return
        self.located.add((id(obj), id(subject)))  # (each subject: "A and B are skyscrapers in London")
        place, where, _, prep = found
        # (a copula whose objects are people says what the subject is to them, not where it is:
        # "Khufu married Meritites in the Great Pyramid", red team 199)
        own = self.index.place_relations | {c.relation for c in self.index.copula if not any(
            person_like_type(t) for t in self.index.tail_types.get(c.relation, ()))} | (
            {c.relation for c in self.index.by_authorship}
            if prep == "at" or (prep == "in" and self.index.origin_relations) else set())
        if prep == "at":  # "first danced by X at Y": where the first showing was
            own = own | {r for r, w in self.index.phrase_words.items() if w & _PREMIERE_WORDS}
        only = None
        if prep == "in" and self.index.located_in and not isinstance(what, str):
            # "is brewed by Goose Island in Chicago": where it is brewed, by the relation of the
            # claim's own verb read "in" ("is brewed in"), no other place
            said = {c.relation for c in what}
            same_verb = self._in_of(said, False)
            if same_verb:
                own, only = own | said, same_verb
        said_now = set() if isinstance(what, str) else {c.relation for c in what}
        if prep == "at" and self._at_of(said_now):
            # "was delivered by Reagan at the Brandenburg Gate": where it was delivered, by the
            # relation of the claim's own verb read "at" ("was delivered at")
            own = own | said_now
        of_item = not isinstance(what, str) and any(c.relation in own for c in what)
        if of_item and only is None and prep == "in" and (subject.born or any(person_like_type(t) for t in subject.types)):
            # a person's act or calling "in" a place ("specialised in bryology in Vaxjo", "was a
            # botanist in Vaxjo"): where the act was, never where the person was born, died or
            # lies (red team 223)
            words = self.index.phrase_words
            only = frozenset(r for r in self.index.located_in[0] if not words.get(r, frozenset()) & _LIFE_EVENTS) \
                if self.index.located_in else frozenset()
        if prep == "at" and of_item and not isinstance(what, str):
            # "produced by X at Tannery Sound", "created by X at Toppling Goliath": where a maker
            # made it; after a claim of no making ("released by X at Y"), the claim's own place only
            words = self.index.phrase_words
            makers = {c.relation for c in self.index.by_authorship  # (not "operated by", "imported by")
                      if any(making_participle(w) and not conceiving_verb(w) or w in _MADE_VERBS
                             for w in words.get(c.relation, ()))}
            said = {c.relation for c in what}
            same_verb = {r for r in words for x in said if words[r] & words.get(x, frozenset())}
            if any(words.get(x, frozenset()) & _PREMIERE_WORDS for x in said):
                # "was first danced by the Royal Ballet at the Royal Opera House": where it premiered
                same_verb |= {r for r in words if words[r] & _PREMIERE_WORDS}
            # ("premiered in London at the National Theatre": where it premiered)
            only = frozenset(said | same_verb | ((makers | self.index.made_at) if said & makers else set()))
        if not of_item and obj.kind != "item" and any(
                person_like_type(t) for t in obj.types):
            # "Lendl coached Andy Murray in Glasgow": where the coaching was, which the graph does
            # not say (not where Murray was born or lives, red team 202)
            self.sink(min(span[0], where[0]), where[1], "assertion", False, "not_in_graph", None,
                      (*subject.ids[:1], *place.ids[:1]))
        else:
            self._locate(subject, obj, place, (min(span[0], where[0]), where[1]), prep, of_item, only=only)
        self.placed[id(obj)] = (place, where, True, prep)
        self._placed_claim(subject, place, "", span)  # "at Stone Brewing in Escondido": the brewery's
