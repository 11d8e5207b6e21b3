"""Clauses said without their verb: gapping, "as he did in", "did the same", co-agents.

A part of :class:`~kgexplain.consistency.parse.SentenceReader` (see its module for the grammar)."""

from __future__ import annotations

from dataclasses import replace

from kgexplain.consistency._reading.words import ELLIPSIS_AUX, PREPOSITIONS, Spec
from kgexplain.consistency.constructions import TOUCH_NOUNS, TOUCH_PLURALS
from kgexplain.consistency.lexicon import ADVERBS, AUXILIARIES, CLAUSE_ENDS, DETERMINERS, Cue
from kgexplain.consistency.mentions import Ref
from kgexplain.records import Triple

_TOUCH_GLUE = TOUCH_NOUNS | TOUCH_PLURALS | {"a", "an", "of"}
"""Glued words of a genre's touch ("with a comic streak"), passed by as "with <genre>"."""
_MORE_PREPOSITIONS = frozenset({"after", "into", "onto", "over", "across", "near", "under", "through", "as", "during",
                                "about", "along", "around", "against", "within", "among", "behind", "beyond"})
"""Prepositions a gapped clause may keep besides :data:`PREPOSITIONS` ("X is named after A, and
Y after B")."""


class EllipsisReading:
    """Clauses said without their verb: gapping, "as he did in", "did the same", co-agents."""

    def _sentence_ellipsis(self, refs: list[Ref]) -> bool:
        """ "Vertigo was scored by Bernard Herrmann. So was Psycho." / "Psycho was too.": the
        last predicate of the sentence before, said of the one name of this sentence."""
        prior = self.carry.get("spec")
        ws0, a0 = self.lowers, self.sent.start
        opens_so = ws0[a0:a0 + 1] == ["so"] and ws0[a0 + 1:a0 + 2] and ws0[a0 + 1] in ELLIPSIS_AUX \
            and refs and refs[0].start == a0 + 2
        if opens_so and (not prior or len(refs) > 1 or refs[0].user or refs[0].pronoun):
            r = refs[0]
            spec0 = prior[0] if prior else None  # type: ignore[index]
            if spec0 is None or isinstance(spec0.readings, str) or r.user or r.pronoun or not all(
                    r.types & x.types for x in spec0.subjects if not x.user):
                self.sink(a0, a0 + 2, "unverified", False, "unknown_words", None, ())
                return False
            self._repeat_prior(r, spec0, prior[1])  # type: ignore[index]  # "So was Rebecca, which ..."
            self.attached.add(id(r))
            self._mark(a0, a0 + 2)
            return False
        if not prior or len(refs) != 1 or refs[0].user or refs[0].pronoun:
            return False
        spec, objects = prior  # type: ignore[misc]
        r, ws, a = refs[0], self.lowers, self.sent.start
        b = self.sent.end
        while b > r.end and ws[b - 1] in (".", "!"):
            b -= 1
        before, after = ws[a:r.start], ws[r.end:b]
        aux = ELLIPSIS_AUX
        if not ((len(before) == 2 and before[0] == "so" and before[1] in aux and not after)
                or (not before and len(after) >= 2 and after[0] in aux
                    and after[1:] in (["too"], ["as", "well"]))):
            return False
        if isinstance(spec.readings, str) or not spec.subjects \
                or not all(r.types & x.types for x in spec.subjects if not x.user):
            return False
        self._repeat_prior(r, spec, objects)
        self._co_partners()
        self._note_sharing(a, self.sent.end)
        self.attached.add(id(r))
        self._mark(a, self.sent.end)
        return True

    def _repeat_prior(self, r: Ref, spec: Spec, objects: list[Ref]) -> None:
        """The sentence before, said of ``r``: its last predicate, every fact it stated of its
        subject ("X was scored by A and directed by B. So was Y.": both) and its year ("Vertigo
        is a 1958 thriller. So is Rebecca.")."""
        self._twice([x for x in spec.subjects if not x.user] + [r], r)  # "... So was Psycho." (itself)
        for o in objects:
            self._repeat([r], o, spec)
        carried = self.carry.get("facts")
        if carried:
            self._repeat_all(carried[0], carried[1], r, (r.start, r.end))  # type: ignore[index]
        year = self.carry.get("year")
        if isinstance(year, float):
            ok, status = self.judge.year(r, year)
            self.sink(r.start, r.end, "number", ok, status, None, r.ids[:1])

    def _kind_not_shared(self, subject_ids: set[str], new: Ref) -> bool:
        """Whether the sentence says the subject's kind by its item type before ``new`` ("is a
        star in Lyra") and ``new`` is of no such type, or ``new`` is said "a <kind>" right after
        it ("..., the Ring Nebula a galaxy in Lyra") and is of no such type."""
        ws, index = self.lowers, self.index
        subject_types = {index.info[i][1] for i in subject_ids if i in index.info}
        for k in range(self.sent.start, min(new.start, len(ws) - 1)):
            if ws[k] in ("a", "an") and ws[k + 1] in index.type_nouns:
                kinds = index.noun_types.get(ws[k + 1], frozenset()) & subject_types
                if kinds and not kinds & set(new.types):
                    return True
        k = new.end
        if ws[k:k + 1] in (["a"], ["an"]) and k + 1 < len(ws) and ws[k + 1] in index.type_nouns:
            kinds = index.noun_types.get(ws[k + 1], frozenset())
            if kinds and not kinds & set(new.types):
                return True
        return False

    def _repeat_all(self, facts: list[Triple], subject_ids: set[str], new: Ref,
                    span: tuple[int, int]) -> None:
        """Every fact stated of the clause's subject, said of ``new`` too ("X plays guitar and
        is a member of Nirvana, like Y"; "X was scored by A and directed by B. So was Y.")."""
        if new.user or not new.ids:
            return
        if self._kind_not_shared(subject_ids, new):
            # "Vega is a star in Lyra, as is the Ring Nebula": the clause's kind is said of the
            # new name too, and it is none (red team 206)
            self.sink(span[0], span[1], "unverified", False, "not_in_graph", None, new.ids[:1])
        for t in facts:
            if t.head in subject_ids and t.tail not in subject_ids:
                ok = any(self.index.stored(x, t.relation, t.tail) for x in new.ids)
                shown = Triple(new.ids[0], t.relation, t.tail)
            elif t.tail in subject_ids and t.head not in subject_ids:
                ok = any(self.index.stored(t.head, t.relation, x) for x in new.ids)
                shown = Triple(t.head, t.relation, new.ids[0])
            else:
                continue
            if self.judge.user is not None and self.judge.user in (t.head, t.tail):
                continue  # a user claim is repeated by its own rules
            self.sink(span[0], span[1], "assertion", ok, "supported" if ok else "not_in_graph",
                      shown, (shown.head, shown.tail))

    def _gapped(self, prev: Ref, cur: Ref, nxt: Ref) -> bool:
        """ "Vertigo was directed by Alfred Hitchcock and Chinatown by Roman Polanski": the
        passive predicate again, with its verb left out, for the second item and its maker."""
        spec, ws = self.spec, self.lowers
        # (also after a comma or a semicolon, with an active "has music by", and of "the latter":
        # "the former was founded by A, the latter by B")
        pointed = cur.pronoun in ("latter", "former")
        if spec is None or self.role != "object" or isinstance(spec.readings, str) or prev not in self.group \
                or ws[spec.span[1] - 1] != "by" or ws[prev.end:cur.start] not in (
                    ["and"], [",", "and"], ["and", "the"], [",", "and", "the"], [","], [";"]) \
                or not (ws[spec.span[0]] in ("was", "were", "is", "are", "has", "have", "had")
                        or ws[spec.span[0] - 1:spec.span[0]] in (["has"], ["have"], ["had"])) \
                or not spec.subjects or not self._opens_clause(spec.subjects[0]) \
                or ws[cur.end:nxt.start] != ["by"] or cur.kind != "item" or cur.user or (cur.pronoun and not pointed) \
                or nxt.kind == "item" or nxt.user or nxt.pronoun \
                or not all(x.kind == "item" and not x.user and x.types & cur.types for x in spec.subjects):
            return False
        self._claim([cur], nxt, spec.readings, spec.negated, False, (cur.end, nxt.start))
        self._mark(prev.end, nxt.start)
        self.attached.update({id(cur), id(nxt)})
        self._take([nxt])
        return True

    def _opens_clause(self, r: Ref) -> bool:
        """Whether ``r`` is the first name of its clause (after the sentence's start or a ";")."""
        k = r.start
        while k > self.sent.start and self.lowers[k - 1] not in (";",):
            k -= 1
        return not any(x.start < r.start and x.start >= k for x in self.sent.refs)

    def _acting_with(self, prev: Ref, cur: Ref, nxt: Ref) -> bool:
        """ "Linda Hamilton (co-)stars with / alongside Arnold Schwarzenegger in Terminator 2":
        both are in the item (the graph's acting relation). Reads the two gaps; ``nxt`` is then
        taken as read (see :meth:`_take`)."""
        ws = self.lowers
        acting = self.index.cues.get(("appears", "in"), frozenset())
        if not acting or any(r.user or r.pronoun or r.kind == "item" for r in (prev, cur)) \
                or nxt.kind != "item" or nxt.user or nxt.pronoun or ws[cur.end:nxt.start] != ["in"] \
                or set(prev.ids) & set(cur.ids):
            return False  # (not "X stars with X")
        gap = ws[prev.end:cur.start]
        if gap[:2] == ["co", "-"]:
            gap = gap[2:]
        if len(gap) != 2 or gap[0] not in ("stars", "starred", "star", "appears", "appeared", "acts", "acted") \
                or gap[1] not in ("with", "alongside", "opposite"):
            return False
        if prev.start > self.sent.start and ws[prev.start - 1] not in (",", ";", ":", "and") and prev is not self.sent.refs[0]:
            return False  # the person opens the clause
        neg = self._negated(prev.end, cur.start)
        for person in (prev, cur):
            self._claim([person], nxt, acting, neg, False, (prev.end, cur.start))
        self._mark(prev.end, nxt.start)
        self.attached.update({id(prev), id(cur), id(nxt)})
        self._take([nxt])
        return True

    def _as_he_did(self, prev: Ref, cur: Ref, nxt: Ref) -> bool:
        """ "James Cameron directed it, as he did Aliens (and Titanic)", "... wrote the score for
        it, as he did for Aliens": the clause's predicate again, same subject (the pronoun names
        it), for the items after "did". They are then taken as read (see :meth:`_take`)."""
        ws, spec = self.lowers, self.spec
        if spec is None or self.role != "object" or isinstance(spec.readings, str) or prev not in self.group \
                or spec.negated or not cur.pronoun or cur.user or nxt.kind != "item" or nxt.user or nxt.pronoun:
            return False
        gap = ws[prev.end:cur.start]
        if gap[:3] and gap[0] == "(" and gap[2:3] == [")"] and gap[1].isdigit() and len(gap[1]) == 4:
            gap = gap[3:]  # ("Titanic (1997), as he did ...": the year is read with the name)
        gap = [w for w in gap if w != "just"]
        if gap not in ([",", "as"], ["as"]):
            return False
        subjects = {i for r in spec.subjects for i in r.ids}
        named = {i for r in (cur.group or [cur]) for i in r.ids}
        if not subjects or not subjects <= named:
            return False  # (the pronoun may stand for the clause's subject: "he" for the people before)
        gap = ws[cur.end:nxt.start]
        prep = ws[spec.span[1] - 1] if spec.span[1] > spec.span[0] else ""
        if not gap or gap[0] not in ("did", "does", "has", "had") \
                or gap[1:] not in ([], [prep] if prep in PREPOSITIONS else []):
            return False
        listed = self._items_from(nxt)  # "... Aliens and Titanic": each
        for item in listed:
            self._repeat([r for r in spec.subjects if not r.user], item, spec)
        self._numbers(prev.end, cur.start, prev, cur)  # ("Titanic (1997), as ...": its year)
        self._mark(prev.end, nxt.start)
        self.attached.update({id(cur), *(id(x) for x in listed)})
        self._take(listed)
        return True

    def _co_agent(self, prev: Ref, cur: Ref, a: int, b: int) -> bool:
        """ "Spike Lee wrote Clockers with Richard Price", "X starred in Y alongside Z": the
        last predicate, said of ``cur`` too (same objects); "Y stars A along with B", "Y was
        produced by A with B": said with ``cur`` as another object. ``cur`` must be of the kind
        of the subjects or of the objects; of both, both readings must hold."""
        words = [w for k, w in enumerate(self.lowers[a:b], start=a)  # "wrote X (1977) with Y"
                 if not (self.consumed[k] and (w in "()" or w.isdigit() or w in _TOUCH_GLUE))]
        # anything else between ("X, a thriller with Y") says it of X
        spec = self.spec
        if words == [",", "with"] and spec is not None and spec.shared and not isinstance(spec.readings, str) \
                and self.role == "object" and prev in self.group and not cur.user and cur.kind == "item" \
                and not spec.negated and any(w in ("share", "shares", "shared") for w in self.lowers[spec.span[0] - 3:spec.span[0]]):
            # "Jaws shares a composer, John Williams, with E.T.": E.T. has him too
            for o in [r for r in self.group if not r.user]:
                self._repeat([cur], o, spec)
            self.attached.add(id(cur))
            self._mark(a, b)
            self.compared.append(cur)
            return True
        if words[:1] == [","] and words[1:2] == ["here"]:
            words = words[:1] + words[2:]  # "also stars X, here alongside Y": in the item just named
        if words[:1] == [","] and words[1:] in (["alongside"], ["together", "with"], ["along", "with"], ["opposite"]):
            words = words[1:]  # "stars in Fleabag, alongside Sian Clifford"
        if words not in (["with"], ["alongside"], ["together", "with"], ["along", "with"], ["opposite"]) \
                or spec is None or isinstance(spec.readings, str) or self.role != "object" \
                or prev not in self.group or cur.user or spec.negated:
            return False
        if words == ["with"] and self.lowers[spec.span[1] - 1] in ("by", "from") \
                and spec.readings in (self.index.by_authorship, self.index.authorship):
            return False  # "a comedy by X with Y": the bare "by" describes the item, so does "with"
        subjects = [r for r in spec.subjects if not r.user]
        objects = [r for r in self.group if not r.user]
        if any(set(cur.ids) & set(r.ids) for r in subjects + objects):
            return False  # "Heat stars Al Pacino opposite Al Pacino": someone else
        as_subject = bool(subjects) and len(subjects) == len(spec.subjects) \
            and all(cur.types & r.types for r in subjects)
        as_object = bool(objects) and all(cur.types & r.types for r in objects)
        if not (as_subject or as_object):
            return False
        mates = [cur]  # "alongside Sian Clifford and Olivia Colman": each of them
        starting = {x.start: x for x in self.sent.refs if not x.user and not x.pronoun}
        j = cur.end
        while as_subject and not as_object and j + 1 < self.sent.end and self.lowers[j] in (",", "and"):
            k = j + 1 + (self.lowers[j] == "," and self.lowers[j + 1] == "and")
            nxt = starting.get(k)
            if nxt is None or not (nxt.types & cur.types) or self.lowers[nxt.end:nxt.end + 1] not in (
                    [], ["."], [","], [";"], ["and"], ["!"]):
                break
            mates.append(nxt)  # (the list itself is read as a list after it)
            j = nxt.end
        if as_object and not as_subject:
            # "Casino also stars De Niro, alongside Pesci and Stone": "also" is De Niro's; the
            # names after "alongside" (and the list they open, see _link) are the item's own
            spec = replace(spec, shared=False, sharing=False)
            self.alongside.add(id(cur))
        for m in mates:
            if as_subject:
                for o in objects:
                    self._repeat([m], o, spec)
            if as_object:
                self._repeat(subjects, m, spec)
            self.attached.add(id(m))
        self._mark(a, b)
        if as_object and not as_subject:
            self.group.append(cur)  # "stars A along with B and C"
            self.role_of[id(cur)] = "object"
        # "wrote X with Y and directed it": the clause goes on with its subject
        return True

    def _gap_ahead(self, refs: list[Ref], r: Ref, prep: str) -> bool:
        """Whether "<r> <prep> Y" may be a clause without its verb ("A performs at X, and B at
        Y"): ``r`` opens it after a comma or "and", and an item of its type came before, followed
        by a cue ending in ``prep`` (read by :meth:`_gapped_preposition`, not as a place)."""
        ws = self.lowers
        k = r.start - (ws[r.start - 1:r.start] == ["the"])
        k -= ws[k - 1:k] == ["and"]
        if r.kind != "item" or not (ws[k - 1:k] in ([","], [";"]) or ws[k:k + 1] == ["and"]):
            return False
        return any(x.kind == "item" and not x.pronoun and not x.user and x.end <= k and x.types & r.types
                   and any(ws[e - 1] == prep and e - s0 >= 2 for s0, found in self.cue_at.items()
                           if x.end <= s0 < k and all(w in AUXILIARIES or w in ADVERBS for w in ws[x.end:s0])
                           for e, _ in found)
                   for x in refs)  # (a verb right after the first item: not "A in Moscow and B in X")

    def _route_end(self, prev: Ref, cur: Ref, a: int, b: int) -> bool:
        """ "The Ghan runs from Adelaide to Darwin": right after the object of a cue of where the
        subject starts ("departs / runs from"), "to" names where it ends, read with the graph's
        relations of ending said of the same items ("terminates in")."""
        spec, ws = self.spec, self.lowers
        if ws[a:b] != ["to"] or spec is None or isinstance(spec.readings, str) or spec.negated \
                or len(spec.subjects) != 1 or spec.subjects[0].user or cur.user or cur.pronoun \
                or ws[spec.span[1] - 1] != "from" \
                or any(w not in DETERMINERS for w in ws[spec.span[1]:prev.start]):
            return False
        ends = frozenset(Cue(e, True) for c in spec.readings if c.forward
                         for e in self.index.route_ends.get(c.relation, ()))
        if not ends:
            return False
        self._claim(spec.subjects, cur, ends, False, False, (a, b))
        self.attached.add(id(cur))
        self._mark(a, b)
        self.group, self.role = [cur], "free"
        return True

    def _gapped_preposition(self, prev: Ref, cur: Ref, a: int, b: int) -> bool:
        """"A performs at X, and B at Y": a clause without its verb whose object comes after the
        verb's preposition again, read as :meth:`_gapped_latter` reads "and B Y"."""
        said = [w for w in self.lowers[a:b] if w not in DETERMINERS]  # (read as a place too: "B at Y")
        spec = self.spec
        # "Hans Meyer made the first ascent of Kilimanjaro, and Matthias Zurbriggen did the same on
        # Aconcagua": "did the same" stands for the verb, with or without a preposition of its own
        same = self.lowers[a:a + 3] in (["did", "the", "same"], ["does", "the", "same"]) and len(said) <= 3 \
            and all(w in PREPOSITIONS or w in _MORE_PREPOSITIONS for w in said[2:])
        kept = same or (bool(said) and len(said) <= 2 and all(w in PREPOSITIONS or w in _MORE_PREPOSITIONS for w in said))
        if not kept or spec is None or isinstance(spec.readings, str) \
                or (not same and self.lowers[spec.span[1] - len(said):spec.span[1]] != said) \
                or not self._gapped_latter(prev, cur):
            if id(prev) not in self.gap_ahead:
                return False
            # a remnant not read as a place, nor as the clause it seemed: not understood ("A is
            # brewed in X by Y and B in Z by W", red team 122)
            self.sink(a, b, "unverified", False, "unknown_words", None, ())
        self._mark(a, b)
        self.group, self.role = [cur], "free"
        return True

    def _gapped_latter(self, prev: Ref, cur: Ref) -> bool:
        """"the former stars Al Pacino, the latter Pierce Brosnan": the verb of the former's clause
        left out after "the latter" (or "the second" after "the first"), read with its readings
        of the latter's item; only where the former's clause ends in one name right before it.
        So too after a name of the first subject's type, with an object of the first object's
        type: "Lord's hosted X, the MCG Y", "Split Rock overlooks Lake Superior, Kõpu the
        Baltic Sea" (where the first subject opens the sentence, or follows ";" or ":"). Either
        way the first clause has one verb right after its subject, and the relation read is the
        one that clause was read with."""
        spec, ws = self.spec, self.lowers
        if spec is None or isinstance(spec.readings, str) or not spec.readings or len(spec.subjects) != 1 \
                or cur.user or cur.pronoun or spec.negated or prev.start < 2:
            return False
        first = spec.subjects[0]
        pair = {"latter": "former", "second": "first"}.get(prev.pronoun)
        j = first.start
        while j > self.sent.start and ws[j - 1] in DETERMINERS:
            j -= 1
        if (pair is None and j > self.sent.start and ws[j - 1] not in (";", ":")) or first.end > spec.span[0] \
                or any(w not in AUXILIARIES and w not in ADVERBS for w in ws[first.end:spec.span[0]]):
            return False  # one verb right after the first subject ("A overlooks B, C D"), not "A
            # is owned and run by B", "A is a brick tower that overlooks B" (red team 135); a
            # subject opening the sentence, unless "the former ... the latter" names it
        if pair is None and (prev.pronoun or prev.user or first.pronoun or first.user
                             or not set(prev.types) & set(first.types)):
            return False  # "Lord's hosted X, the MCG Y": a name of the first subject's type
        if pair is not None and first.pronoun != pair:
            return False
        lead = prev.start - (pair is None and ws[prev.start - 1:prev.start] == ["the"])  # ("the MCG")
        lead -= ws[lead - 1:lead] == ["and"]
        if ws[lead - 1:lead] in ([","], [";"]):
            said = next((r for r in self.sent.refs if r.end == lead - 1 and r.start >= spec.span[1]), None)
        elif ws[lead:lead + 1] == ["and"]:  # "A overlooks B and C D": C is of A's type, not B's
            said = next((r for r in self.sent.refs if r.end == lead and r.start >= spec.span[1]
                         and (pair is not None or not set(r.types) & set(prev.types))), None)
        else:
            return False
        if said is None or said.user or said.pronoun or (said is not self.gapped and any(
                not self.consumed[k] and ws[k] not in DETERMINERS for k in range(spec.span[1], said.start))):
            return False  # (one name right after the cue: "stars Al Pacino, the latter ...", or
            # the last gapped clause's: "A awards X, B Y and C Z")
        said_as = {t.relation for sp, t in self.claimed if sp == spec.span}
        ranges = frozenset().union(*((self.index.tail_types if c.forward else self.index.head_types).get(
            c.relation, frozenset()) for c in spec.readings if c.relation in said_as))
        if not set(said.types) & set(cur.types) and not (said_as and set(cur.types) <= ranges):
            return False  # ("..., the MCG the 2015 final": a name of the first object's type, or
            # of the relation read ("first served at the Palace Hotel, and B at Le Cirque", a
            # restaurant); "the former is a chypre, the latter a lemon": a kind, not a note, red
            # team 121)
        readings = frozenset(c for c in spec.readings if not said_as or c.relation in said_as)
        # (the relation the first clause was read with: "Daisy Cutter is brewed in Chicago, and
        # Heady Topper in Waterbury" is "is brewed in", never "was first brewed in", red team 122)
        if self._kind_not_shared(set(first.ids), prev):
            # "Vega is a star in Lyra, the Ring Nebula a galaxy in Lyra": the gapped clause's kind
            # (its own or the first one's) is the new name's too (red team 206)
            self.sink(prev.start, prev.end, "unverified", False, "not_in_graph", None, prev.ids[:1])
        self._claim([prev], cur, readings, False, False, (prev.start, prev.end))
        self.attached.update({id(prev), id(cur)})
        self.gapped = cur
        return True

    def _as_aux_after(self, gap_words: list[str], cur: Ref) -> bool:
        """ "..., (just) as Vertigo was, ...", "as Soundgarden does": the ellipsis with its verb
        after the name (the verb, and "been", are marked read)."""
        lead = [w for w in gap_words if w not in (",", ";", "just")]
        if lead not in (["as"], ["and"], []):
            return False
        ws, k = self.lowers, cur.end
        if k >= len(ws) or ws[k] not in ELLIPSIS_AUX:
            return False
        j = k + 1 + (ws[k + 1:k + 2] == ["been"])
        if lead != ["as"]:
            # "X stars A, and Y does too / as well", "...; Y does too": the same ellipsis
            if not lead and ";" not in gap_words:
                return False
            j += ws[j:j + 1] == [","]
            if ws[j:j + 1] == ["too"]:
                j += 1
            elif ws[j:j + 2] == ["as", "well"]:
                j += 2
            else:
                return False
            self._note_sharing(k, j)
        if j < len(ws) and ws[j] not in CLAUSE_ENDS:
            return False  # "as Foundation was by Isaac Asimov": more than the ellipsis
        self._mark(k, j)
        return True
