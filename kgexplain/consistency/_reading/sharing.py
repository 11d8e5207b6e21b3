"""What items are said to share ("also", "another", "the same N as", "brings together").

A part of :class:`~kgexplain.consistency.parse.SentenceReader` (see its module for the grammar)."""

from __future__ import annotations

from kgexplain._english import plural
from kgexplain.consistency._reading.words import (
    SENT_END_WORDS,
    SHARING,
    VERB_LIKE,
    Spec,
    also_named,
    is_plural_role,
)
from kgexplain.consistency.index import PERSON_TYPES, PROPER_TYPES
from kgexplain.consistency.lexicon import (
    ADVERBS,
    AUXILIARIES,
    COLLECTIVE,
    NEGATIONS,
    SEPARATORS,
    Cue,
    is_year,
)
from kgexplain.consistency.mentions import Ref
from kgexplain.records import Triple

_TOGETHER = (("reunites",), ("reunite",), ("reunited",), ("pairs",), ("pair",), ("paired",),
             ("brings", "together"), ("bring", "together"), ("brought", "together"),
             ("brings", "back"), ("bring", "back"), ("brought", "back"), ("unites",), ("united",))
"""Verbs that say an item has several people on it ("Heat brings together A and B")."""
_BROUGHT_BACK = frozenset({("reunites",), ("reunite",), ("reunited",), ("brings", "back"), ("bring", "back"),
                           ("brought", "back")})
"""Of those, the ones that say an earlier item had them too."""
_TEAMS = {"team": 0, "crew": 0, "collaborators": 0, "partnership": 2, "pair": 2, "duo": 2, "pairing": 2,
          "trio": 3}
"""Nouns of the people a clause named, together ("the same team behind X")."""
_TEAM_TYPES = PROPER_TYPES - {"city", "country", "place", "location", "venue"}
"""Who may be in a team: people and companies, not places."""
_COMPANY_TYPES = frozenset({"company", "studio", "label", "record label", "publisher", "brand", "manufacturer",
                            "developer", "distributor", "foundry", "brewery", "winery", "distillery", "network",
                            "channel", "organisation", "organization", "agency", "operator", "maker", "team",
                            "firm", "corporation", "producer", "broadcaster", "airline", "retailer"})
"""Types whose entities a writer calls a company ("the same company as X")."""


class SharingReading:
    """What items are said to share ("also", "another", "the same N as", "brings together")."""

    def _share_value(self, prev: Ref, cur: Ref, a: int, b: int) -> bool:
        """ "A shares Cascade (hops) with B", "A and B share Robert De Niro": both items stand in
        one same relation to the value (the relations whose objects are of its type)."""
        if id(cur) in self.share_partner:
            return not [k for k in range(a, b) if not self.consumed[k]]
        gap = [w for k, w in enumerate(self.lowers[a:b], start=a) if not self.consumed[k] and w not in ADVERBS]
        if gap in (["shares", "its"], ["share", "its"], ["shared", "its"]) and self.lowers[cur.start - 1] == "its" \
                and not prev.user and not prev.pronoun and prev.kind == "item" \
                and not cur.user and not cur.pronoun and cur.kind == "attribute":
            return self._shares_its(prev, cur.start - 1, a)
        if gap[-1:] == ["the"]:
            gap = gap[:-1]  # "A and B share the San Siro"
        if prev.user or prev.pronoun or prev.kind != "item" or cur.user or cur.pronoun \
                or cur.kind == "item" or gap not in (["shares"], ["share"], ["shared"], ["both", "share"]):
            return False
        k = cur.end
        own = {w for t in cur.types for w in (t.lower(), plural(t.lower()))}
        while k < self.sent.end and (self.lowers[k] in self.index.type_nouns or self.lowers[k] in own
                                     or k in self.glued):
            k += 1  # ("Cascade hops", "have Chinook in common")
        at = k + 1 + (self.lowers[k + 1:k + 2] == ["the"])  # ("shares X with the Volkswagen Beetle")
        partner = next((r for r in self.sent.refs if r.start == at and r.kind == "item"
                        and not r.user and not r.pronoun), None) if self.lowers[k:k + 1] == ["with"] else None
        if partner is not None:
            items, end = [prev, partner], partner.end
        elif gap[-1] == "share" and len([r for r in self.group if r.kind == "item" and not r.user]) > 1 \
                and self.lowers[k:k + 1] and self.lowers[k] in SEPARATORS | {",", "and"}:
            items, end = [r for r in self.group if r.kind == "item" and not r.user], k
        else:
            return False
        self._shared_claims(items, cur, self._negated(a, b), (a, end))
        self._mark(a, end)
        self.attached.update({id(cur), *(id(x) for x in items)})
        if partner is not None:
            self.share_partner.add(id(partner))
        self.group, self.role = list(items), "free"
        return True

    def _shared_claims(self, items: list[Ref], value: Ref, neg: bool, span: tuple[int, int]) -> None:
        """Each of ``items`` stands in one same relation to ``value`` (the relations whose
        objects are of its type)."""
        readings = frozenset(Cue(rel, True) for (rel, forward), types in self.index.subject_types.items()
                             if not forward and types & value.types and rel not in self.index.user_relations)
        same = frozenset(c for c in readings if all(
            any(self.index.stored(i, c.relation, x) for i in item.ids for x in value.ids) for item in items))
        if not same and not neg:  # (no one relation links the value to both)
            self.sink(span[0], span[1], "assertion", False, "not_in_graph", None, ())
        for item in items:
            self._claim([item], value, same or readings, neg, False, span)

    def _shares_its(self, prev: Ref, its: int, a: int) -> bool:
        """ "You liked Eau Sauvage, and CK One shares its lemon and bergamot": ``prev`` and the
        item named before it (what "its" stands for here: not ``prev`` itself) have each value."""
        starting = {r.start: r for r in self.sent.refs if not r.user and not r.pronoun}
        values, k = [], its + 1
        while k in starting and starting[k].kind == "attribute":
            value = starting[k]
            values.append(value)
            k = value.end
            while k < self.sent.end and self.lowers[k] in self.index.type_nouns | {t.lower() for t in value.types}:
                k += 1  # ("its Art Deco style")
            if self.lowers[k:k + 1] in ([","], ["and"]) and k + 1 in starting:
                k += 1
            elif self.lowers[k:k + 2] == [",", "and"] and k + 2 in starting:
                k += 2
            else:
                break
        mine = set(prev.ids)
        before = [r for r in self.all_refs if r.kind == "item" and not r.user and not r.pronoun
                  and r.end <= prev.start and r.ids and not set(r.ids) & mine]
        if not values or not before or len({r.ids for r in before}) != 1:
            return False  # (which item's? two named before: not read)
        items = [prev, before[-1]]
        for value in values:
            self._shared_claims(items, value, self._negated(a, its), (a, value.end))
        self._mark(a, k)
        self.attached.update({*(id(v) for v in values), *(id(x) for x in items)})
        self.share_partner.update(id(v) for v in values)
        self.group, self.role = items, "free"
        return True

    def _value_shared_with(self, prev: Ref, cur: Ref, nxt: Ref | None = None) -> bool:
        """ "Galileo went to Jupiter, a destination it shares with Voyager 1": the item this
        sentence said it of, and Voyager 1, stand in that same relation to the value ("which it
        shares with Y", "a theme it has in common with Y", "a star shared with Y"). The noun must
        be the relation's own or name the value's type. With the pronoun, ``cur`` is "it" and
        the item (``nxt``) is then taken as read."""
        pronoun = None
        if cur.pronoun and nxt is not None and self.lowers[cur.start:cur.end] == ["it"]:
            pronoun, cur = cur, nxt
        a, b = prev.end, cur.start
        while a < b and self.lowers[a] in self.index.type_nouns:
            a += 1  # ("Heat is a crime film, a genre it shares with Y")
        ws = self.lowers[a:b]
        if ws[-2:] == ["with", "the"]:
            ws = ws[:-1]  # ("with the Dover Seaways Run")
        if ws[:1] != [","] or ws[-1:] != ["with"] or prev.user or prev.pronoun or prev.kind == "item" \
                or cur.kind != "item" or cur.user or cur.pronoun or any(self.consumed[a:b]):
            return False
        rest, noun = ws[1:-1], None
        if rest[:1] in (["a"], ["an"]):
            size = next((n for n in (2, 1) if len(rest) > n and tuple(rest[1:1 + n]) in self.index.cues), 1)
            noun, rest = tuple(rest[1:1 + size]), rest[1 + size:]
            if rest[:1] in (["that"], ["which"]):
                rest = rest[1:]
        elif rest[:1] == ["which"]:
            rest = rest[1:]
        if (pronoun is None) != (rest == ["shared"] and noun is not None) \
                or rest not in (["shared"], ["it", "shares"], ["it", "shared"], ["it", "has", "in", "common"]):
            return False
        said = [t for sp, t in self.claimed if self.sent.start <= sp[0] and sp[1] <= a
                and {t.head, t.tail} & set(prev.ids) and self.index.stored(t.head, t.relation, t.tail)]
        if not said or len(self._listed_to(prev)) > 1:
            return False  # ("operated by ESA and NASA, which it shares with X": which of them?)
        t = said[-1]
        subject = t.tail if t.head in prev.ids else t.head
        if self.index.info.get(subject, ("",))[0] != "item":
            return False
        if noun is not None:
            own = {w for x in prev.types for w in (x.lower(), plural(x.lower()))}
            named = any(c.noun and c.relation == t.relation for c in self.index.cues.get(noun, ()))
            if not named and " ".join(noun) not in own:
                return False  # ("Jupiter, a planet it shares with X": no noun of the fact)
        if t.head == subject:
            ok = any(self.index.stored(x, t.relation, t.tail) for x in cur.ids)
            shown = Triple(cur.ids[0], t.relation, t.tail)
        else:
            ok = any(self.index.stored(t.head, t.relation, x) for x in cur.ids)
            shown = Triple(t.head, t.relation, cur.ids[0])
        self.sink(a, cur.end, "assertion", ok, "supported" if ok else "not_in_graph", shown,
                  (shown.head, shown.tail))
        self._mark(a, b)
        self.attached.add(id(cur))
        if pronoun is not None:
            self.attached.add(id(pronoun))
            self._take([cur])
        else:
            self.group, self.role = [cur], "object"
        return True

    def _brings_together(self, prev: Ref, cur: Ref, a: int, b: int) -> bool:
        """ "Heat brings together Al Pacino and Robert De Niro", "Casino reunites Martin Scorsese
        with Robert De Niro and Joe Pesci", "pairs Alfred Hitchcock with composer Bernard
        Herrmann (again, as in Psycho)", "brings back Sean Connery from Dr. No": each person works
        on the item (a relation of the graph from items to people, or the one a role noun before
        the name says). "reunites", "again" and "brings back" also say an earlier item had them
        all: the one named after "as in" / "from", else another item of the text."""
        if prev.user or prev.kind != "item" or not prev.ids or cur.user or cur.pronoun or cur.kind == "item":
            return False
        ws = self.lowers
        if ws[a:a + 1] == ["("] and ws[a + 2:a + 3] == [")"] and is_year(ws[a + 1]):
            a += 3  # ("The Insider (1999) pairs ...": the year is the name's, read before)
        gap = ws[a:b]
        verb = next((v for v in _TOGETHER if tuple(gap[:len(v)]) == v), None)
        involving = self.index.people_in
        if verb is None or not involving or any(self.consumed[a:b]) \
                or any(w in NEGATIONS for w in gap):
            return False
        starting = {r.start: r for r in self.sent.refs if not r.user and not r.pronoun}
        people: list[tuple[Ref, frozenset[Cue]]] = []
        k = a + len(verb)
        held: frozenset[Cue] = frozenset()  # a plural role noun holds for each name after it ("writers A and B")
        while True:
            j = k + (ws[k:k + 1] in (["its"], ["their"], ["the"]))  # ("reunites its director, X, with its star Y")
            role = frozenset(Cue(c.relation, True) for c in self.index.cues.get((ws[j],), ())
                             if c.noun and c.forward and Cue(c.relation, True) in involving) if j < len(ws) else frozenset()
            if role:
                held = role if is_plural_role(ws[j]) else frozenset()
                j += 1 + (ws[j + 1:j + 2] == [","])
            person = starting.get(j)
            if person is None or person.kind == "item" or (not people and person is not cur):
                if not people:
                    return False
                break
            people.append((person, role or held or involving))
            k = person.end
            if ws[k:k + 1] == [","] and ws[k + 1:k + 2] in (["with"], ["and"]):
                k += 1  # ("its director, Michael Mann, with ...")
            if ws[k:k + 1] not in ([","], ["and"], ["with"], ["&"]):
                break
            k += 2 if ws[k:k + 2] == [",", "and"] else 1
        end = people[-1][0].end
        if self._list_goes_on(end, starting):
            return False  # ("reunites director A, plus star B": which item had B?)
        if len({p.ids for p, _ in people}) < len(people) or (len(people) < 2 and verb[-1:] != ("back",)):
            return False  # ("reunites director X and writer X"; "reunites X" alone: with whom?)
        again = verb in _BROUGHT_BACK
        if ws[end:end + 1] == ["again"]:
            again, end = True, end + 1
        other = None
        for lead in ([",", "as", "in"], ["as", "in"], [",", "as", "on"], ["as", "on"], ["from"]):
            if ws[end:end + len(lead)] == lead and (lead != ["from"] or verb in _BROUGHT_BACK):
                other = starting.get(end + len(lead))
                if other is not None and other.kind == "item":
                    if set(other.ids) & set(prev.ids):
                        return False  # ("Apollo 13 brings back Fred Haise from Apollo 13")
                    again, end = True, other.end
                    break
                other = None
        for person, readings in people:
            self._claim([prev], person, readings, False, False, (a, person.end))
        if again:
            mine = set(prev.ids)
            if other is not None:
                for person, readings in people:
                    ok = any(self.index.stored(o, c.relation, p) for o in other.ids for p in person.ids
                             for c in readings)
                    self.sink(other.start, other.end, "assertion", ok, "supported" if ok else "not_in_graph",
                              None, (other.ids[0], person.ids[0]))
                named = set(other.ids)
            else:
                # another item of the text had them all ("You liked Goodfellas; Casino reunites
                # Martin Scorsese with Robert De Niro")
                named = {i for r in self.all_refs if r.kind == "item" and not r.user and not r.pronoun
                         for i in r.ids} - mine
                for person, readings in people:  # (each in the part said of them)
                    named &= {w for p in person.ids for w in self.index.works_of(p, readings)}
            # ... and came out before (both years known): "reunites", "again", "back"
            year = self._one_year(prev.ids)
            ok = year is not None and any((y := self._one_year([i])) is not None and y < year for i in named)
            self.sink(a, end, "assertion", ok, "supported" if ok else "nothing_shared", None,
                      (prev.ids[0], people[0][0].ids[0]))
        self._mark(a, end)  # (the joiners and role nouns between the names too)
        read = [person for person, _ in people] + ([other] if other is not None else [])
        self.attached.update({id(prev), *(id(x) for x in read)})
        self._take(read, prev)
        return True

    def _list_goes_on(self, end: int, starting: dict[int, Ref]) -> bool:
        """Whether a list of names that ended at ``end`` goes on after a joiner (", plus star
        X", "and composer Y", "as well as Z")."""
        ws = self.lowers
        for k in range(end, min(end + 7, len(ws))):
            if ws[k] in SENT_END_WORDS or ws[k] in (";", ":"):
                return False
            if k in starting and starting[k].kind != "item" and k > end:
                return True  # (", and, as star, X", ", and, for the star, X")
        return False

    def _team_behind(self, prev: Ref, cur: Ref, a: int, b: int) -> bool:
        """ "Jaws was directed by X and scored by Y, the (same) pair behind E.T.": every fact the
        clause stated of its subject holds of E.T. too ("team", "crew": any number; "pair",
        "duo", "pairing": two)."""
        gap = self.lowers[a:b]
        if gap[:2] != [",", "the"] or cur.kind != "item" or cur.user or cur.pronoun or prev.user:
            return False
        rest = gap[2:]
        if rest[:1] == ["same"]:
            rest = rest[1:]
        if len(rest) != 2 or rest[0] not in _TEAMS or rest[1] not in ("behind", "of", "from"):
            return False
        _, subj = self._clause_facts()
        # every fact said of the clause's subject so far, its appositions too ("X, directed by A
        # and shot by B, the same team behind Y")
        facts = [t for sp, t in self.claimed if sp[0] >= self.sent.start and (t.head in subj or t.tail in subj)
                 and self.judge.user not in (t.head, t.tail)]
        listed = {i for r in self._listed_to(prev) for i in r.ids}  # "co-taught by A and B, the pair"
        if len(listed) > 1 and len([t for t in facts if {t.head, t.tail} & listed]) > 1:
            facts = [t for t in facts if {t.head, t.tail} & listed]
        people = {t.tail if t.head in subj else t.head for t in facts}
        if not facts or len(people) != _TEAMS[rest[0]] and _TEAMS[rest[0]] or len(people) < 2 \
                or not all(self.index.info.get(x, ("", ""))[1].lower() in _TEAM_TYPES for x in people):
            return False  # (people or companies: "the pair behind X" is no hop and no venue)
        self._repeat_all(facts, subj, cur, (a, cur.end))
        self._mark(a, b)
        self.attached.add(id(cur))
        self.group, self.role = [cur], "object"
        return True

    def _shared_value(self, spec: Spec) -> None:
        """ "A has the same director as B." with no director named: some one entity stands in
        the relation to each of them (the facts that show it are reported)."""
        subjects = [r for r in spec.subjects if not r.user]
        if len(subjects) < 2 or isinstance(spec.readings, str):
            return
        self._twice(subjects, subjects[-1])  # "Psycho and Psycho (1998) share a director"
        if spec.span[0] in self.all_same:  # "A has the same producers as B": all of them
            ok, status, facts = self.judge.same_values(subjects, spec.readings, spec.negated)
        else:
            ok, status, facts = self.judge.shared_value(subjects, spec.readings, spec.negated,
                                                        self._named_type(spec))
        a = min(r.start for r in subjects + [Ref(spec.span[0], spec.span[1], (), "")])
        b = max(r.end for r in subjects + [Ref(spec.span[0], spec.span[1], (), "")])
        self.sink(a, b, "assertion", ok, status, facts[0] if facts else None,
                  tuple(r.ids[0] for r in subjects if r.ids))  # (an unresolved "it" has none)
        for f in facts[1:]:
            self.sink(a, b, "assertion", ok, status, f, (f.head, f.tail))
        if ok:
            self.made.extend(facts)
        self.attached.update(id(r) for r in subjects)
        more, self.pending_more = (self.pending_more, []) if spec is self.pending else ([], self.pending_more)
        self.pending = None
        for readings in more:  # "the same director and composer as X": a composer too
            self._shared_value(Spec(spec.subjects, readings, spec.negated, False, spec.span))

    def _shared_nouns(self, e: int, b: int) -> tuple[list[frozenset[Cue]] | None, int]:
        """The relation nouns listed after a shared one from ``e`` ("(,) a composer and an
        editor") and where they end; None where a listed word is no relation noun."""
        ws, more = self.lowers, []
        while e + 1 < b and (ws[e] == "and" or (ws[e] == "," and "and" in ws[e:b])):
            j = e + 1 + (ws[e:e + 2] == [",", "and"])
            j += ws[j:j + 1] in (["a"], ["an"], ["its"], ["their"])
            found = [(e2, frozenset(c for c in r if c.noun and c.forward))
                     for e2, r in self.cue_at.get(j, ()) if not isinstance(r, str)]
            found = [(e2, r) for e2, r in found if r and e2 <= b]
            if not found or ws[j] in COLLECTIVE or ws[j].endswith("s"):
                return None, e  # ("shares a director and stars with X": all of them, not read)
            e, readings = max(found, key=lambda x: x[0])
            more.append(readings)
        return more, e

    def _note_sharing(self, a: int, b: int) -> None:
        """Record that the sharing words of tokens [a, b) were checked ("..., too." as well)."""
        if b < len(self.lowers) and self.lowers[b - 1] == "," and self.lowers[b] == "too":
            b += 1
        for k in range(a, b):
            if self.lowers[k] in SHARING or self.lowers[k:k + 2] == ["as", "well"]:
                self.shared_checked.update((k, k + 1))

    def _unchecked_sharing(self) -> None:
        """A word of sharing no check took ("Titanic, which James Cameron directed, too.",
        "Titanic was likewise directed by ...") cannot be proved: unverified."""
        ws = self.lowers
        inside = {k for r in self.sent.refs for k in range(r.start, r.end)}  # "Knew Too Much"
        for k in range(self.sent.start, self.sent.end):
            w = ws[k]
            if k in inside:
                continue
            word = w in ("too", "likewise", "similarly", "also") or (
                w == "well" and k > 0 and ws[k - 1] == "as")
            if not word or k in self.shared_checked:
                continue
            if w == "also" and (k == self.sent.start or ws[k - 1] in SEPARATORS or also_named(ws, k)
                                or self.index.declared_also(ws, k)):
                continue  # "Also, ...": a connective; "also known as": another name; a phrase's own
            self.sink(k, k + 1, "unverified", False, "nothing_shared", None, ())

    def _co_partners(self) -> None:
        """ "Michael Mann co-wrote Heat": for each fact a "co-" cue stated (in any clause, list,
        relative clause or ellipsis), someone else stands in that relation too."""
        for span, t in self.claimed:
            co = any(self.lowers[k:k + 2] == ["co", "-"] for k in range(span[0], span[1]))
            if co and not self._has_partner(t):  # (also "was co-created by")
                self.sink(span[0], span[1], "unverified", False, "nothing_shared", t, (t.head, t.tail))

    def _has_partner(self, t: Triple) -> bool:
        """Whether another entity stands in ``t``'s relation to its work (a co-writer), whichever
        way the graph stores it."""
        graph = self.index.graph
        if self.index.info.get(t.tail, ("",))[0] == "item" and self.index.info.get(t.head, ("",))[0] != "item":
            pred = graph._pred.get(t.tail, {})  # person -> work: other makers of the work
            return any(t.relation in data for z, data in pred.items() if z != t.head)
        succ = graph._succ.get(t.head, {})
        return any(t.relation in data for z, data in succ.items() if z != t.tail)

    def _check_shared(self, before: int, span: tuple[int, int], items_only: bool,
                      subject_ids: set[str] | None = None) -> None:
        """The facts made since ``self.made[before]`` are said to be shared ("also",
        "another", ...): unverified unless another item of the text (or, unless
        ``items_only``, another fact of the subject) shares them."""
        now = self.made[before:]
        del self.made[before:]
        if now and not self._too_holds(now, items_only, subject_ids):
            self.sink(span[0], span[1], "unverified", False, "nothing_shared", None, ())
        self.made.extend(now)
        word = max((j for j in range(self.sent.start, min(span[0] + 1, self.sent.end))
                    if self.lowers[j] in ("another", "also", "too", "likewise")
                    or self.lowers[j:j + 2] == ["as", "well"]), default=None)
        if self.lowers[span[0]:span[0] + 1] == [","] and span[0] + 1 < self.sent.end \
                and self.lowers[span[0] + 1] in ("too", "likewise"):
            word = span[0] + 1  # "... a sci-fi film by X, too.
        if now and word is not None:  # "is also a crime film by X": one item is both
            self.shared_groups.setdefault(word, []).extend(now)
            if items_only:
                self.shared_kinds.add(word)

    def _shared_together(self) -> None:
        """ "try Ran, another Akira Kurosawa drama": every fact said shared by one "another" /
        "also" holds for one same other item (not the director for one and the genre for
        another)."""
        for word, triples in self.shared_groups.items():
            if word not in self.shared_kinds:
                continue  # "X also wrote and directed Heat": the subject did more
            if self.lowers[word] in ("too", "as", "likewise"):
                # "Y is a crime film by X too": the whole kind before it is shared
                k = word
                while k > self.sent.start and self.lowers[k - 1] not in (";", ":", "."):
                    k -= 1
                heads = {t.head for t in triples}
                triples = triples + [t for span, t in self.claimed
                                     if k <= span[0] < word and t.head in heads and t not in triples]
            heads = {t.head for t in triples}
            facts = {(t.relation, t.tail) for t in triples}
            if len(facts) < 2 or len(heads) != 1 or self.index.info.get(next(iter(heads)), ("",))[0] != "item":
                continue
            others = {x for o in self.all_refs if not o.user and not o.pronoun for x in o.ids} - heads
            if not any(all(self.index.stored(x, r, tail) for r, tail in facts) for x in others):
                self.sink(word, word + 1, "unverified", False, "nothing_shared", None, ())

    def _too_holds(self, triples: list[Triple], items_only: bool = False,
                   subject_ids: set[str] | None = None) -> bool:
        if items_only and len(triples) > 1:  # "another film written and directed by X": each
            return all(self._too_holds([t], True) for t in triples)
        return self._one_too_holds(triples, items_only, subject_ids)

    def _one_too_holds(self, triples: list[Triple], items_only: bool = False,
                       subject_ids: set[str] | None = None) -> bool:
        """ "... too" / "also": another entity of the sentence shares the fact, or (unless
        ``items_only``) another fact about the same entities came before ("wrote Heat and
        directed it too")."""
        if any(t in self.made for t in triples):
            return False  # "X was published by H, which also published X": the same fact
        user = self.judge.user
        heads = {t.head for t in triples}  # "A, B and C are all horror films too": not each other
        tails = {t.tail for t in triples}
        for t in triples:
            pair = {t.head, t.tail}
            if not items_only and any(
                    m != t and user not in (m.head, m.tail) and m.head not in heads - {t.head}
                    and {m.head, m.tail} & pair & (subject_ids if subject_ids is not None else pair)
                    for m in self.made):
                return True  # the subject did more ("wrote Heat and directed it too")
            # "another band influenced by X": another item in the described one's place (the
            # head of an item's fact), not one more tail of the same head
            heads_only = items_only and self.index.info.get(t.head, ("",))[0] == "item"
            # "you also loved Alien": another item the user loved too, not one merely watched
            loved = user is not None and t.head == user and self._rating(t.tail) >= self.judge.threshold
            for o in self.all_refs:  # any item of the text ("You loved X. Y is another ...")
                if o.user or o.pronoun:
                    continue
                for x in o.ids:
                    if x not in pair and x not in heads and (self.index.stored(x, t.relation, t.tail) or (
                            not heads_only and self.index.stored(t.head, t.relation, x)
                            # said before ("You loved X. You also loved Y."), or the clause's
                            # subject is what differs ("You listened to A; B influenced C too":
                            # A did; not "Alien is a sci-fi film too" for its being horror)
                            and ((t.head != user and subject_ids is not None and t.tail in subject_ids
                                  and x not in subject_ids and x not in tails)  # (not "A and B
                                 # influenced C too", "Both influenced C too")
                                 or any(m.head == t.head and m.relation == t.relation and m.tail == x
                                        for m in self.made))
                            and (not loved or self._rating(x) >= self.judge.threshold))):
                        return True
        return False

    def _compared_too(self, prev: Ref, cur: Ref) -> bool:
        """ "like A and B", "shares a director with A and B": B is compared too (the predicate
        repeated for it, or one more owner of the shared value)."""
        if prev in self.compared and self.like_repeat is not None and self.role == "compared" \
                and not ("," in self.lowers[prev.end:cur.start] and self._apposed_like(self.compared[0])):
            # (not "directed A, a thriller like B, and C": C is listed with A)
            objects, spec, facts, subj = self.like_repeat
            for o in objects:
                self._repeat([cur], o, spec)
            self._repeat_all(facts, subj, cur, (cur.start, cur.end))
            self.compared.append(cur)
            self._compared_year(cur)
        elif prev in self.shared_with and self.pending is not None:
            self.pending.subjects.append(cur)
            self.shared_with.append(cur)
        else:
            return False
        self.attached.add(id(cur))
        self.group.append(cur)
        return True

    def _role_lists(self, refs: list[Ref]) -> list[Ref]:
        """ "Jaws has the same director and composer: Steven Spielberg and John Williams", "A and
        B share a director, a composer and a cinematographer: X, Y and Z": each relation noun
        takes the name in its place (as many names as nouns). With "the same", another item of
        the text must have each too; "A and B share" says it of both."""
        ws, end = self.lowers, self.sent.end
        for c in range(self.sent.start + 1, end - 1):
            if ws[c] != ":" or self.consumed[c]:
                continue
            values, j = [], c + 1
            while True:
                v = next((x for x in refs if x.start == j and not x.user and not x.pronoun and x.kind != "item"), None)
                if v is None:
                    break
                values.append(v)
                j = v.end + (ws[v.end:v.end + 1] == [","])
                j += ws[j:j + 1] == ["and"]
                if j == v.end:
                    break
            if len(values) < 2 or j != values[-1].end or (j < end and ws[j] not in SEPARATORS | {"."}):
                continue
            k = c - 1  # back over "a director, a composer and a cinematographer" to "same" / "share"
            while k > self.sent.start and ws[k] not in ("same", "share", "shares", "shared") and not self.consumed[k]:
                k -= 1
            chunks, chunk = [], []
            for w in ws[k + 1:c]:
                if w in (",", "and"):
                    if chunk:
                        chunks.append(chunk)
                    chunk = []
                elif not (w in ("a", "an", "the") and not chunk):
                    chunk.append(w)
            chunks += [chunk] if chunk else []
            readings = [frozenset(Cue(x.relation, True) for x in self.index.cues.get(tuple(ch), ())
                                  if x.noun and x.forward) for ch in chunks]
            if len(chunks) != len(values) or not all(readings):
                continue
            same = ws[k] == "same"
            verb = k if not same else k - 2 if ws[k - 1:k] == ["the"] else -1
            if same and ws[verb:verb + 1] in (["from"],) and ws[verb - 1:verb] in (["comes"], ["come"], ["is"], ["are"]):
                verb -= 1  # "comes from the same director and composer: ..."
            if verb <= self.sent.start or not (ws[verb] in ("share", "shares", "shared", "has", "have", "had")
                                               or ws[verb:verb + 2] in (["comes", "from"], ["come", "from"],
                                                                        ["is", "from"], ["are", "from"])):
                continue
            lead = verb - (ws[verb - 1] in ("also", "both"))
            subject = next((x for x in refs if x.end == lead and x.kind == "item" and not x.user and not x.pronoun), None)
            if subject is None:
                continue
            subjects = self._list_ending(subject) if ws[verb] in ("share", "shared", "have", "come", "are") else [subject]
            if ws[verb] in ("share", "shared", "have", "come", "are") and len(subjects) < 2:
                continue
            for rs, v in zip(readings, values):
                for x in subjects:
                    self._claim([x], v, rs, False, len(subjects) == 1, (verb, v.end))
            self._mark(lead, j)
            self.attached.update(id(x) for x in (*subjects, *values))
            taken = {id(x) for x in values}
            refs = [x for x in refs if id(x) not in taken]
        return refs

    def _named_type(self, spec: Spec) -> frozenset[str] | None:
        """The types a shared value may have where the words name one of several types of the
        relation's objects ("the same agency as X": not a shared company), or a kind of thing
        ("the same person / company as X")."""
        if isinstance(spec.readings, str):
            return None
        said = self.lowers[spec.span[0]:spec.span[1]]
        types = {t.lower() for c in spec.readings  # type: ignore[union-attr]
                 for t in self.index.subject_types.get((c.relation, not c.forward), ())}
        if len(types) > 1:
            for n in (*(" ".join(said[k:k + 2]) for k in range(len(said) - 1)), *said):
                for t in types:
                    if n in (t, plural(t)):
                        return frozenset({t})  # (the graph's own type: a company is no agency here)
        for w in said:
            if w in ("person", "people"):
                return PERSON_TYPES
            if w in ("company", "studio", "team"):
                return _COMPANY_TYPES
        return None

    def _second_noun(self, k: int, b: int, article: bool = False) -> tuple[int, frozenset[Cue] | None]:
        """ "... the same director and (the same) composer": where a second relation noun after
        the first ends, and its forward readings (else ``k`` and None)."""
        ws = self.lowers
        if ws[k:k + 1] != ["and"]:
            return k, None
        j = k + 3 if ws[k + 1:k + 3] == ["the", "same"] else k + 2 if article and ws[k + 1:k + 2] in (["a"], ["an"]) \
            else k + 1  # ("share a director and a composer"; not "has the same director and a composer")
        found = self.index.cues.get((ws[j],), ()) if j < b else ()
        readings = frozenset(Cue(c.relation, True) for c in found if c.noun and c.forward)
        return (j + 1, readings) if readings and not ws[j].endswith("s") else (k, None)

    def _maker_of(self, prev: Ref, cur: Ref, a: int, b: int) -> bool:
        """ "The Dispossessed is by the author of The Left Hand of Darkness", "Jurassic Park comes
        from the director of Jaws": the two items share that maker (none is named)."""
        ws = [w for k, w in enumerate(self.lowers[a:b], start=a) if not self.consumed[k]]
        if ws[:1] in (["is"], ["was"], ["are"], ["were"], ["comes"], ["came"], ["come"], [","]):
            ws = ws[1:]  # (", from the director of Jaws": an apposition)
        end, noun = cur.end, ws[2:-1]
        if ws in (["by"], ["from"]) and self.lowers[end:end + 1] in (["'s"], ["'"]):
            # "Gladiator comes from Alien's director": the owner said before its noun
            k = end + 1
            while k < self.sent.end and k < end + 3 and self.lowers[k].isalpha() and not self.consumed[k]:
                k += 1
            noun, end = self.lowers[end + 1:k], k
            ws = [ws[0], "the", *noun, "of"] if noun and not noun[-1].endswith("s") else []
        listed = prev.start >= 1 and self.lowers[prev.start - 1] in (",", "and", "&", "or") and any(
            r.kind == "item" and r.end in (prev.start - 1, prev.start - 2) for r in self.sent.refs)
        if len(ws) not in (4, 5) or ws[0] not in ("by", "from") or ws[1] != "the" or ws[-1] != "of" or listed \
                or prev.user or cur.user or prev.kind != "item" or cur.kind != "item" or not prev.ids \
                or (end < self.sent.end and self.lowers[end] not in (".", "!", "?", ";")):
            return False  # (only at the end of a clause: what follows would be said of which?)
        found = self.index.cues.get(tuple(noun), ())
        makers = self.index.by_authorship if ws[0] == "by" else self.index.authorship
        readings = frozenset(Cue(c.relation, True) for c in found if c.noun and c.forward
                             and c.relation in {x.relation for x in makers})
        if not readings:
            return False
        self._shared_value(Spec([*self._expand(prev), cur], readings, self._negated(a, b), False, (a, b)))
        self._mark(a, b)
        self._mark(cur.end, end)
        self.attached.update({id(prev), id(cur)})
        if self.subject is None:
            self.subject = [prev]
        self.group, self.role = [cur], "object"
        return True

    def _reunites(self, a: int, s0: int, what: object) -> bool:
        """ "Casino reunites (its) director Martin Scorsese", "brings back composer X": "has"
        with a role noun, and another item of the text has that same one (the words are read)."""
        if isinstance(what, str) or not any(c.noun for c in what):  # type: ignore[union-attr]
            return False
        ws = [(k, w) for k, w in enumerate(self.lowers[a:s0], start=a) if not self.consumed[k]]
        words = [w for _, w in ws if w not in ("its", "their", "the")]
        if words not in (["reunites"], ["reunite"], ["reunited"], ["brings", "back"], ["bring", "back"],
                         ["brought", "back"]):
            return False
        for k, _ in ws:
            self.consumed[k] = True
        return True

    def _share_noun(self, a: int, b: int) -> tuple[int, int, frozenset[Cue]] | None:
        """ "share(s) a / the same / a common N" in tokens [a, b): where it is and the relation
        noun's forward readings (N's owner as subject: "director" -> directed_by)."""
        ws = self.lowers
        for k in range(a, b):
            common = False
            if ws[k] in ("share", "shares", "shared"):
                j = k + 1
            elif ws[k] in ("have", "has", "had") and (ws[k + 1:k + 3] in (["the", "same"], ["a", "common"])
                                                      or ws[k + 1:k + 2] in (["a"], ["an"])):
                j = k + 1  # "have the same director", "have a director in common"
                common = ws[k + 1] in ("a", "an") and ws[k + 2:k + 3] != ["common"]
            elif ws[k] in ("are", "were", "is", "was", "comes", "come", "came") \
                    and ws[k + 1:k + 4] in (["by", "the", "same"], ["from", "the", "same"], ["in", "the", "same"]):
                j = k + 2  # "are by the same director", "comes from the same director, X", "is in the same genre"
            elif ws[k] in ("by", "from") and ws[k + 1:k + 3] == ["the", "same"] and k > 0 \
                    and (ws[k - 1] == "," or k == a):
                j = k + 1  # "try Jaws, by the same director": an apposition
            else:
                continue
            if not all(w in AUXILIARIES or w in ADVERBS or w in NEGATIONS or w == "," or self.consumed[j]
                       or (w in ("which", "that") and j > a and ws[j - 1] == ",")
                       for j, w in enumerate(ws[a:k], start=a)):
                return None  # ("try Jaws, which has the same composer")
            while j < b and ws[j] in ("a", "an", "the", "its", "their", "same", "common"):
                j += 1
            if common:
                if ws[j + 1:j + 3] != ["in", "common"]:
                    return None
            if j < b and (ws[j] in COLLECTIVE or (ws[j].endswith("s") and "same" in ws[k:j])):
                return None  # "share a lineup", "have the same members": all of them, which is not read
            if j < b:
                # a relation noun, or a one-word cue in noun position ("share an author": a
                # registry's cue "author")
                size = 2 if any(c.noun and c.forward for c in self.index.cues.get(tuple(ws[j:j + 2]), ())) \
                    and j + 2 <= b else 1  # ("share a launch vehicle")
                found = self.index.cues.get(tuple(ws[j:j + size]), ())
                readings = frozenset(Cue(c.relation, True) for c in found if c.noun and c.forward) \
                    or frozenset(Cue(c.relation, True) for c in found if c.forward and not c.typed
                                 and ws[j] not in VERB_LIKE and not ws[j].endswith(("ed", "ing")))
                if ws[k] == "by" or ws[k + 1:k + 2] == ["by"]:
                    # "by the same N" names who made it ("is by the same city" says nothing): an
                    # author, or who made a part of it ("music by": "by the same composer")
                    readings = frozenset(c for c in readings if c.relation in self.index.by_relations)
                if readings:
                    return k, j + (3 if common else 1) + size - 1, readings
            return None
        return None
