"""Names described by kinds, roles and owners ("the thriller X", "his film", "a band of four").

A part of :class:`~kgexplain.consistency.parse.SentenceReader` (see its module for the grammar)."""

from __future__ import annotations

from kgexplain.consistency._reading.words import Spec, is_plural_role
from kgexplain.consistency.constructions import COUNT_GENRES, Player
from kgexplain.consistency.index import PERSON_TYPES, person_like_type
from kgexplain.consistency.lexicon import ADVERBS, CLAUSE_ENDS, GROUP_NOUNS, SEPARATORS, SOLO_NOUNS, Cue, participle
from kgexplain.consistency.mentions import Ref, resolve_reference
from kgexplain.records import Triple

_NOUN_PHRASE_GOES_ON = frozenset({"in", "at", "on", "from", "of", "by", "for", "with", "near", "outside", "inside"})
"""Prepositions that go on with the phrase of a noun said right after "X is a" ("a roller coaster
in Z"; a participle does too, "a carrier based in Y"), where the noun names what X is."""
_KIND_LEAD = frozenset({"a", "an", "another", "the", "one", "of", "your", "my", "our", "favourite",
                        "favorite", "five-star", "top"})
"""Words between an item's copula and a kind noun ("is one of your favourite films")."""


class DescriptionReading:
    """Names described by kinds, roles and owners ("the thriller X", "his film", "a band of four")."""

    def _modified(self, refs: list[Ref]) -> list[Ref]:
        """Judge the names that describe another ("the thriller Vertigo": Vertigo is a thriller);
        the rest of the sentence reads the described name alone."""
        names = {r.start: r for r in refs if not r.pronoun and not r.user}
        dropped: set[int] = set()
        for m in self.modifiers:
            head, mod = names.get(m.head), names.get(m.name)
            if head is None or mod is None:
                continue
            self._describe(head, mod, m.readings, (mod.start, mod.end))
            if m.predicate or (m.glue[1] > m.glue[0] and any(w in ("is", "was") for w in self.lowers[m.glue[0]:m.glue[1]])):
                # "Jaws is Steven Spielberg's horror film", "Nirvana's drummer was Dave Grohl": the
                # predicate
                self.attached.update({id(head), id(mod)})
            if m.year_at is not None:  # each listed head ("A and B, X's 1958 films")
                ok, status = self.judge.year(head, float(self.lowers[m.year_at]))
                self.sink(m.year_at, m.year_at + 1, "number", ok, status, None, head.ids[:1])
                self.consumed[m.year_at] = True
            for k in range(*m.glue):
                if not self.lowers[k].isdigit():  # a year in it is checked by _numbers
                    self.consumed[k] = True
            self._mark(mod.start, mod.end)
            dropped.add(id(mod))
        for p in self.players:  # "the drummer": the person plays drums
            person = names.get(p.person)
            if person is None:
                continue
            self._describe(person, Ref(p.noun[0], p.noun[1], p.instruments, "attribute"),
                           p.readings, p.noun)
            if p.predicate:  # "Monk was a pianist": the person's clause
                self.attached.add(id(person))
            self._mark(*p.noun)
            # (the instrument inside the noun is no name of its own: "a double bass player")
            dropped.update(id(r) for r in refs if p.noun[0] <= r.start and r.end <= p.noun[1] and r is not person)
            group = names.get(p.group) if p.group is not None else None
            if group is not None and self._other_players(person, group, p):
                self.sink(p.noun[0], p.noun[1], "unverified", False, "incomplete_list", None,
                          group.ids[:1])
        return [r for r in refs if id(r) not in dropped]

    def _describe(self, head: Ref, obj: Ref, readings: frozenset[Cue], span: tuple[int, int]) -> None:
        """Judge a claim that only describes ``head`` ("the thriller Vertigo", "the drummer"):
        it does not attach ``head``, which still needs a claim of its own clause ("Also the
        thriller Chinatown." is rejected)."""
        attached = id(head) in self.attached
        self._claim([head], obj, readings, False, False, span)
        if not attached:
            self.attached.discard(id(head))

    def _kinds(self, refs: list[Ref]) -> None:
        """On a graph of several item types, a kind noun beside an item must name its type:
        "the film Misery", "Misery is a film", "Misery, a novel by ..." (a book is no film)."""
        kinds, ws = self.index.noun_types, self.lowers
        named = {k for x in refs if x.kind != "item" and not x.user and not x.pronoun for k in range(x.start, x.end)}
        self._no_item_nouns(refs, named)
        if not kinds:
            return
        for r in refs:
            if r.kind != "item" or r.user or r.pronoun or not r.types:
                continue
            spots = []
            k = r.start - 1
            if k >= self.sent.start and ws[k] in kinds:
                spots.append(k)  # "the film Misery", "Stephen King's novel Misery"
            lead = r.start - 1 - (ws[r.start - 1:r.start] == ["the"])
            j = r.end + 1 if ws[r.end:r.end + 1] == [","] or ws[r.end:r.end + 1] in (["is"], ["was"]) \
                else r.end if ws[r.end:r.end + 1] in (["a"], ["an"]) and lead > self.sent.start \
                and ws[lead] in (",", "and", ";") else None  # (a gapped "..., the Ring Nebula a star in Lyra")
            if j is not None and (ws[j:j + 1] in (["a"], ["an"], ["another"], ["the"], ["one"])
                                  or (j in named and "'s" in ws[j:j + 6])):
                while j < self.sent.end and (ws[j].isdigit() or ws[j] in ADVERBS or ws[j] in _KIND_LEAD
                                             or j in named or (ws[j] == "'s" and j - 1 in named)
                                             or (ws[j] in ("-", "and", ",") and j - 1 in named and j + 1 in named)):
                    j += 1  # "a 1990 film", "one of your favourite films", "an HBO series", "Square's SNES game"
                if j < self.sent.end and ws[j] in kinds:
                    spots.append(j)  # "Misery is a film", "Misery, a novel by ..."
            for k in spots:
                if not r.types & kinds[ws[k]]:
                    self.sink(k, k + 1, "unverified", False, "wrong_kind", None, r.ids[:1])
        for k in range(self.sent.start + 2, self.sent.end):
            # "The Shining, which Stephen King wrote, is a film": a kind noun after a copula is
            # said of the sentence's subject; every item named before it must be of that kind
            plural = ws[k - 1] in ("are", "were", "both", "all")  # "Misery and It are films"
            p = k - 1
            while p > self.sent.start and p in named:
                p -= 1  # "is a science fiction series": the article before the names
            joined = ws[p - 1] in ("and", "but") and any(w in ("is", "was", "are", "were")
                                                         for w in ws[self.sent.start:p - 1])
            # ("is both a crime drama and a film": the second kind is said of the subject too)
            if ws[k] not in kinds or (ws[p] not in ("a", "an", "another") and not plural) \
                    or not (plural or joined or any(w in ("is", "was", ",", "are", "were")
                                                    for w in ws[max(self.sent.start, p - 3):p])):
                continue
            before = [r for r in refs if r.kind == "item" and not r.user and r.end <= k and r.types
                      and (not r.pronoun or r.ids)]
            if any(not r.types & kinds[ws[k]] for r in before):
                self.sink(k, k + 1, "unverified", False, "wrong_kind", None, ())

    def _no_item_nouns(self, refs: list[Ref], named: set[int]) -> None:
        """A noun of the graph's items said of a name that is no item: "René Redzepi, a
        restaurant, ...", "X, who is a restaurant, ...", "X is a British peak" (red team 128)."""
        ws, end = self.lowers, self.sent.end
        for r in refs:
            if r.kind == "item" or r.user or r.pronoun or r.lowercase or not r.ids \
                    or not (self.sent.start <= r.start < end):
                continue
            j = r.end + 1 if ws[r.end:r.end + 1] in ([","], ["is"], ["was"]) else None
            if ws[r.end:r.end + 3] in ([",", "who", "is"], [",", "who", "was"]):
                j = r.end + 3
            if j is None or ws[j:j + 1] not in (["a"], ["an"]):
                continue
            j += 1
            while j < end and j in named:
                j += 1  # "a British peak"
            while j + 1 < end and ws[j] in self.index.type_nouns and ws[j + 1] in self.index.type_nouns:
                j += 1  # "a roller_coaster roller_coaster" (see constructions.type_phrases)
            if j < end and ws[j] in self.index.type_nouns and (
                    j + 1 >= end or ws[j + 1] in (",", ".", ";", "!", "?", "and", "who", "that", "which")
                    or ((ws[j + 1] in _NOUN_PHRASE_GOES_ON or participle(ws[j + 1]))
                        and not any(x.start <= j < x.end for x in refs if not x.pronoun))):
                # (also "Lumo Park is a roller coaster in Helsinki", "X, a carrier based in Y":
                # the noun's phrase goes on with a preposition or a participle, red team 229; not
                # a noun inside a name, "a University of Tokyo alumnus")
                self.sink(j, j + 1, "unverified", False, "wrong_kind", None, r.ids[:1])

    def _bands(self, refs: list[Ref]) -> None:
        """ "David Bowie is a rock band": on a graph that stores members, a band or group has
        some (a solo artist has none); the item the noun is said of is the one right after it
        ("the band X") or the last one before it in the sentence."""
        members, ws = self.index.member_relations, self.lowers
        if not members:
            return
        inside = {k for r in self.sent.refs if not r.pronoun for k in range(r.start, r.end)}
        named = [r for r in refs if not r.user and r.ids and not r.pronoun and not r.lowercase]  # (not "a grunge band")
        graph = self.index.graph
        for k in range(self.sent.start, self.sent.end):
            group, solo = ws[k] in GROUP_NOUNS, ws[k] in SOLO_NOUNS
            if not (group or solo) or k in inside:
                continue
            after = next((r for r in named if r.start == k + 1 and r.kind == "item"), None)
            said = [after] if after is not None else (  # ("the rock band X"), else the item before
                [r for r in named if r.end <= k and r.kind == "item"][-1:] or [r for r in named if r.end <= k][-1:])
            for r in said:
                has = any(self.index.tail_count(i, m) for i in r.ids for m in members) or any(
                    m in keys for i in r.ids for keys in graph._pred.get(i, {}).values() for m in members)
                # (members stored either way: "has member" or "member of"); a singer is a solo
                # artist, never a band nor a person the graph only lists as a member
                if r.kind != "item" or (has if solo else not has):
                    self.sink(k, k + 1, "unverified", False, "wrong_kind", None, r.ids[:1])

    def _practitioners(self, refs: list[Ref]) -> None:
        """ "Becquerel, the French physicist", "the physicist Becquerel", "Becquerel was a
        physicist": the person works in the field the noun comes from (a field attribute linked to
        the person by a relation of working in it). Said only of a person item right after the
        noun, or right before its article ("X is a", "X, the"); anywhere else it is not read."""
        fields, ws = self.index.practitioners, self.lowers
        if not fields:
            return
        inside = {k for r in self.sent.refs if not r.pronoun for k in range(r.start, r.end)}
        named = [r for r in refs if not r.user and r.ids and not r.pronoun and r.kind == "item"]
        ends = {r.end: r for r in self.sent.refs if not r.pronoun}
        for k in range(self.sent.start, self.sent.end):
            if ws[k] not in fields or k in inside:
                continue
            after = next((r for r in named if r.start == k + 1), None)
            j = k  # back over the nationality and the article: "X, the French physicist"
            while True:  # (also a field's name right before the noun: "a downhill specialist")
                e = j if j in ends and ends[j].start < j else j - 1 if j - 1 in ends else None
                if e is None or ends[e].kind == "item" or ends[e].user:
                    break
                j = ends[e].start
            before = None
            if after is None and j >= 2 and ws[j - 1] in ("a", "an", "the") and ws[j - 2] in ("is", "was", ","):
                before = next((r for r in named if r.end == j - 2), None)
            r = after or before
            person = r is not None and (bool({t.lower() for t in r.types} & PERSON_TYPES)
                                        or (bool(r.types) and all(map(person_like_type, r.types))))
            hit = None if not person else next(
                (Triple(h, rel, t) for i in r.ids for f in fields[ws[k]]
                 for h, rel, t, _ in self.index.edges_between(i, f) if h == i
                 and rel in self.index.field_relations), None)
            self.sink(k, k + 1, "assertion", hit is not None, "supported" if hit else "not_in_graph",
                      hit, r.ids[:1] if r is not None else ())
            if hit is not None and before is not None and ws[k].startswith("specialist") \
                    and self.index.specialized_before and ws[j - 2] in ("is", "are"):
                # "X is a climbing specialist" where the graph says X "specialized in" it: a
                # present the graph does not state (red team 213)
                self.sink(j - 2, j - 1, "unverified", False, "unknown_words", None, ())
            if hit is not None and before is not None and ws[j - 2] in ("is", "was") and (j == k or ws[k] in fields
                                                                             and not ws[k].startswith("specialist")) \
                    and (k + 1 >= self.sent.end or ws[k + 1] in (".", "!", ";")):
                # (not over a speciality named before the noun: "X was a downhill specialist.",
                # whose copula reads the speciality, see constructions.modifiers)
                self.attached.add(id(r))  # "Henri Becquerel was a physicist.": the clause's claim
                self._mark(j - 2, j)

    def _titled_people(self, refs: list[Ref]) -> None:
        """ "Composer John Williams scored Jaws", "Editor Sally Menke cut Pulp Fiction": a role noun
        before a person who opens a clause says the person has that part in an item the sentence
        names after the person."""
        ws = self.lowers
        for r in refs:
            k = r.start - 1
            if r.user or r.pronoun or r.kind == "item" or k < self.sent.start or self.consumed[k] \
                    or not (k == self.sent.start or ws[k - 1] in SEPARATORS | {",", "and"}) \
                    or not {t.lower() for t in r.types} & PERSON_TYPES:
                continue
            found = self.index.cues.get((ws[k],), ())
            roles = {c.relation for c in found if c.noun and c.forward}
            verb_after = any(not isinstance(rd, str) and any(not c.noun for c in rd)
                             for _, rd in self.cue_at.get(r.end, ()))
            if not roles or not all(c.noun for c in found) or is_plural_role(ws[k]) or not verb_after:
                continue  # (a verb too: "..., stars Sigourney Weaver"; a list: "shares star A and director B")
            # (of an item the clause names after the person: "Commander Jim Lovell flew on Apollo 8"
            # is not backed by his command of Apollo 13)
            items = [x for x in self.sent.refs if x.kind == "item" and not x.user and x.start > r.start and x.ids]
            ok = any(self.index.stored(i, rel, p) for x in items for i in x.ids for p in r.ids for rel in roles)
            self.sink(k, r.end, "assertion", ok, "supported" if ok else "not_in_graph", None, r.ids[:1])
            self.consumed[k] = True

    def _owner_noun(self, prev: Ref, cur: Ref, pre: list[str], a: int, s0: int, what: object,
                    neg: bool) -> bool:
        """ "Vertigo's director also directed Rebecca": some one entity is the director of both
        (no name given); read as "Vertigo and Rebecca share a director"."""
        words = [w for w in pre if w not in ADVERBS]
        if isinstance(what, str) or prev.user or cur.user or len(words) != 2 \
                or words[0] not in ("'s", "'"):
            return False
        owned = frozenset(Cue(c.relation, True) for c in self.index.cues.get((words[1],), ())
                          if c.noun and c.forward)
        if not owned or not any(Cue(c.relation, False) in what for c in owned if not c.noun):
            return False
        self._shared_value(Spec([prev, cur], owned, neg, False, (a, s0)))
        self._note_sharing(a, cur.start)  # "Vertigo's director also directed Rebecca"
        self._mark(a, s0)
        self._mark(s0, cur.start)
        self.group, self.role = [cur], "object"
        return True

    def _other_players(self, person: Ref, group: Ref, p: Player) -> bool:
        """Whether another member of ``group`` plays the instrument ("John Lennon was the
        guitarist of The Beatles": George Harrison plays guitar too)."""
        index = self.index
        for gid in group.ids:
            members = set()
            for c in index.membership:  # person as subject
                for z, data in (index.graph._pred if c.forward else index.graph._succ).get(gid, {}).items():
                    if c.relation in data:
                        members.add(z)
            for m in members - set(person.ids):
                if any(index.stored(m, c.relation, i) for c in p.readings for i in p.instruments):
                    return True
        return False

    def _predicate_noun(self, prev: Ref) -> list[Ref]:
        """What a predicate noun describes: "X is a thriller" / "X, a thriller" / "X is a Roman
        Polanski thriller" make ``prev`` (the attribute after the article) a word about X; a
        clause that follows it ("that Y wrote", ", directed by Y") is said of X too."""
        spec = self.spec
        if id(prev) in self.kind_of and self.group == [prev]:
            return self.kind_of[id(prev)]
        if prev.kind != "attribute" or self.role != "object" or spec is None \
                or isinstance(spec.readings, str) or prev not in self.group:
            return []
        pairs = {(c.relation, c.forward) for c in spec.readings}
        if not pairs & self.index.attributive_pairs or not pairs <= self.index.describing_pairs:
            return []  # a copula ("is a": a genre, or a tag); not "stars", "is tagged"
        k = prev.start
        ends = {r.end: r for r in self.group}
        while k > spec.span[1] and (k in ends or (self.lowers[k - 1] in ("and", ",", "-") and k - 1 in ends)):
            # the names of "a Roman Polanski thriller" before it, and "a horror and action film"
            k = ends[k].start if k in ends else ends[k - 1].start
        plural_copula = (k == spec.span[1] and self.lowers[k - 1] in ("are", "were", "both", "all")) or (
            k == spec.span[1] + 1 and self.lowers[k - 1] in ("both", "all") and self.lowers[k - 2] in ("are", "were"))
        if k > 1 and self.lowers[k - 1].isdigit() and len(self.lowers[k - 1]) == 4:
            k -= 1  # "a 1984 science fiction novel"
        nouns, plurals = self.index.type_nouns, self.index.plural_type_nouns
        noun_after = prev.end < len(self.lowers) and self.lowers[prev.end] in nouns and self.lowers[prev.end] not in plurals
        noun_within = prev.end - prev.start >= 2 and self.lowers[prev.end - 1] in nouns \
            and self.lowers[prev.end - 1] not in plurals
        the = k >= 2 and self.lowers[k - 1] == "the" and self.lowers[k - 2] == "," and k - 1 == spec.span[0] \
            and (noun_after or noun_within or (prev.end == prev.start + 1 and self.lowers[prev.start] in COUNT_GENRES))
        # (", the 1942 romance that X directed": a count genre ends the noun phrase itself; so
        # does a kind named with its noun: ", the traveling circus founded by X")
        # ", the 1979 horror film" (an apposition, see constructions); not ", the horror films"
        bare = k == spec.span[1] and self.lowers[k - 1] in ("is", "was", "'s")
        # "The Hobbit is fantasy by J. R. R. Tolkien": a genre said without an article
        if not plural_copula and not the and not bare and (
                k < 1 or self.lowers[k - 1] not in ("a", "an", "another")):
            return []  # "is a thriller", "are thrillers"; not "is a film of the genre Action"
        return [r for r in spec.subjects if not r.user]

    def _is_his(self, item: Ref) -> bool:
        """ "Blade Runner is his (too)": the possessive said as a predicate, of each person named
        before (as "his Blade Runner"); "too" asks another item of the text to be his as well."""
        ws, e = self.lowers, item.end
        if ws[e:e + 1] not in (["is"], ["was"]) or ws[e + 1:e + 2] not in (["his"], ["hers"]):
            return False
        end = e + 2
        too = ws[end:end + 1] == ["too"] or ws[end:end + 2] == ["as", "well"]
        end += (1 if ws[end:end + 1] == ["too"] else 2) if too else 0
        if end < self.sent.end and ws[end] not in CLAUSE_ENDS:
            return False  # ("X is his best film"): not this reading
        people = {i for p in self._his_work(item, e + 1) for i in p.ids}
        if not people:
            return False
        if too:  # another item of the text is his as well
            relations = {c.relation for c in self.index.possessive if c.forward}
            others = {x for o in self.all_refs if o.kind == "item" and not o.user and not o.pronoun
                      for x in o.ids if x not in item.ids}
            if not any(self.index.stored(x, rel, p) for x in others for p in people for rel in relations):
                self.sink(e + 2, end, "unverified", False, "nothing_shared", None, item.ids[:1])
            self.shared_checked.update(range(e + 2, end))
        self._mark(e, end)
        self.attached.add(id(item))
        return True

    def _unchecked_its(self) -> None:
        """ "its" right before an item's name says whose it is: unverified unless
        :meth:`_its_item` checked it ("A and its B": the second item is checked too)."""
        for r in self.sent.refs:
            k = r.start - 1
            if r.kind == "item" and not r.pronoun and not r.user and k >= self.sent.start \
                    and self.lowers[k] == "its" and k not in self.its_checked:
                self.sink(k, r.end, "unverified", False, "possessive_pronoun", None, r.ids[:1])

    def _its_item(self, its: Ref, item: Ref) -> bool:
        """ "You loved Olympic National Park; its Hall of Mosses Trail is easy": "its" before an
        item names the one item it refers to as the possessive ("Olympic National Park's Hall of
        Mosses Trail"), a claim of its own."""
        if self.lowers[its.start] != "its" or its.end != item.start or item.kind != "item" or item.pronoun \
                or item.user or not self.index.possessive:
            return False
        owners = [r for r in (its.group if len(its.group) > 1 else [its] if its.ids else [])
                  if not r.user and r.kind == "item"]
        if len(owners) != 1 or set(owners[0].ids) & set(item.ids) or len(owners[0].ids) != 1:
            return False
        owner = Ref(its.start, its.end, owners[0].ids, "item")
        self._claim([item], owner, self.index.possessive, False, False, (its.start, item.end))
        self.its_checked.add(its.start)
        self.attached.update({id(its), id(item)})
        return True

    def _his_work(self, item: Ref, k: int) -> list[Ref]:
        """ "James Cameron directed Aliens; you gave his Titanic four stars": "his" / "her" before
        an item reads as the possessive of each person named before it ("James Cameron's
        Titanic": his work), as "he" does. Returns the people (none unless some person was named)."""
        if self.lowers[k] not in ("his", "her", "hers") or item.kind != "item" or not self.index.possessive:
            return []
        owner = Ref(k, k + 1, (), "ref", pronoun="person")
        resolve_reference(owner, self.all_refs)
        people = owner.group if len(owner.group) > 1 else [owner] if owner.ids else []
        if not people:
            return []
        for person in people:
            self._claim([item], person, self.index.possessive, False, False, (k, item.end))
        self.consumed[k] = True
        return people

