"""A predicate applied to a mention: the claims it makes, and each claim judged.

A part of :class:`~kgexplain.consistency.parse.SentenceReader` (see its module for the grammar)."""

from __future__ import annotations

from dataclasses import replace

from kgexplain.consistency._reading.words import (
    ELLIPSIS_AUX,
    PREPOSITIONS,
    YEARS_APART,
    Spec,
    participle_cue,
    plural_relative,
    singular_verb,
    too_after,
)
from kgexplain.consistency._text import WORD_NUMBERS, number_at
from kgexplain.consistency.constructions import no_count_noun, own_type_after
from kgexplain.consistency.lexicon import COORDINATORS, RELATIVES, SEPARATORS, is_year
from kgexplain.consistency.mentions import Ref
from kgexplain.records import Triple

_HAVING = ("with", "has", "have", "had")
"""Words of having that open a predicate ("has a hatchback body and a V8 engine")."""


def _as_was(pre: list[str]) -> bool:
    """ "..., as was Z" / "as did Z" / "as were Z and W" / "and so is Z": ellipsis of the last
    predicate."""
    ws = [w for w in pre if w not in (",", ";")]
    if ws[:2] == ["and", "so"]:
        ws = ws[1:]  # "X is a Ridley Scott film, and so is Y"
    return len(ws) == 2 and ws[0] in ("as", "so") and ws[1] in ELLIPSIS_AUX


_SAME_YEAR_LEADS = (["came", "out"], ["was", "released"], ["released"], ["is", "from"], ["was", "from"],
                    ["premiered"], ["debuted"], ["opened"], ["was", "made"], ["appeared"])
"""The verbs of an item's own coming out before "(in) the same year as Y" ("in" dropped)."""


class LinkReading:
    """A predicate applied to a mention: the claims it makes, and each claim judged."""

    def _named_first(self, r: Ref) -> bool:
        """Whether ``r`` is the first name of its sentence ("You enjoyed Vertigo, which ...": not
        "Jaws and Vertigo, which ...", "Jaws as well as Vertigo, which ...", where the relative
        may be said of both, red teams 185, 186)."""
        return not any(x.end <= r.start and not x.user for x in self.sent.refs)  # (nor "it and X": 188)

    def _clause_facts(self) -> tuple[list[Triple], set[str]]:
        """The true facts this sentence stated, and its last predicate's subjects."""
        subjects = [r for r in (self.spec.subjects if self.spec is not None else []) if not r.user]
        subj = {i for r in subjects for i in r.ids}
        block = None  # "The Smiths, from Manchester, were signed to X, as were Y": not the apposition
        if self.spec is not None and subjects:
            end, start = max(r.end for r in subjects), self.spec.span[0]
            if end < start and self.lowers[end] == "," and self.lowers[start - 1] == ",":
                block = (end, start)
        return [t for sp, t in self.claimed if sp in self.main_spans
                and not (block is not None and block[0] <= sp[0] and sp[1] <= block[1])], subj

    def _in_name(self, k: int) -> bool:
        """Whether token ``k`` lies inside a name of the sentence ("Die Hard: With a Vengeance")."""
        return any(r.start <= k < r.end for r in self.sent.refs if not r.user and not r.pronoun)

    def _link(self, prev: Ref, cur: Ref, gap_words: list[str], starts_predicate: bool,
              a: int, b: int) -> None:
        """How ``cur`` joins what came before when no cue binds it."""
        group, spec, role = self.group, self.spec, self.role
        pre = [self.lowers[k] for k in range(a, b) if not self.consumed[k]]
        if pre in ([",", "and"], [",", "but"]) and role == "object" and spec is not None \
                and isinstance(spec.readings, str) and cur.kind == "item" and not cur.user and not cur.pronoun \
                and self.last_rating is not None and self.last_rating_at is not None \
                and prev.end <= self.last_rating_at < cur.start and self.lowers[cur.end:cur.end + 1] == [","] \
                and self.lowers[cur.end + 1:cur.end + 2] in (["which"], ["that"]):
            # "You gave A five stars, and B, which you also loved, is by X": after a number, B
            # opens a clause of its own (no rating of B is said by the list; "You loved A, and
            # B, which stars X" lists B)
            self._mark(a, b)
            self.group, self.role, self.subject = [cur], "free", None
            return
        pre_y = pre[:-1] if pre[-1:] == ["the"] and cur.kind == "item" else pre  # ("... as the Millau Viaduct")
        if gap_words and all(w in COORDINATORS or w in PREPOSITIONS or w in ("both", "as", "well", "also")
                             for w in gap_words) \
                and not ("," in self.lowers[a:b] and cur.end in self.cue_at):  # (", and A is ...": a clause)
            self._twice(group + [cur], cur)  # "Psycho (1960) and Psycho", "in A and in A"
        second_noun = role == "object" and spec is not None and not isinstance(spec.readings, str) \
            and self.lowers[spec.span[0]] not in _HAVING \
            and [w for w in self.lowers[a:b] if w not in self.index.type_nouns
                 and not is_year(w)] in (["and", "a"], ["and", "an"]) \
            and not (no_count_noun(self.index, self.lowers, cur)
                     and not any(r.start == cur.end and r.kind == "attribute" for r in self.sent.refs)) \
            and (not self.index.is_part(cur.types) or (self.lowers[cur.end:cur.end + 1] != [] and self.lowers[cur.end] in
                                              self.index.type_nouns and not own_type_after(self.index, self.lowers, cur))) \
            and bool(self._predicate_noun(prev))
        # (a part only before the item's noun: "a Ridley Scott film", not "a flat-six engine")
        if gap_words and all(w in COORDINATORS for w in gap_words) and not starts_predicate and not second_noun \
                and not cur.user and not cur.pronoun and prev.types & cur.types and self._compared_too(prev, cur):
            return
        compared = self.relative_of.get(id(prev)) if prev.user else None
        if compared is not None and compared in self.compared and "and" in gap_words \
                and all(w in COORDINATORS for w in gap_words) and not cur.user and not cur.pronoun \
                and cur.kind == compared.kind:
            # "X stars T, like A, which you loved, and B, which you liked": B is compared too
            # (its own clause on the user is then read as on A)
            self.role = "compared"
            if not self._compared_too(compared, cur):
                self.sink(a, b, "unverified", False, "no_subject", None, ())
            return
        prep = self.lowers[spec.span[1] - 1] if spec is not None and role == "object" else ""
        prep_at = None
        if prep in PREPOSITIONS and gap_words[-1:] == [prep] and len(gap_words) > 1:
            gap_words = gap_words[:-1]  # "appears in A and in B": the preposition again
            prep_at = max(k for k in range(a, b) if self.lowers[k] == prep)
        only_coord = bool(gap_words) and all(
            w in COORDINATORS or w in ("as", "well", "both", "also") for w in gap_words) \
            and ("as" not in gap_words or "well" in gap_words or bool(cur.pronoun))  # (", as Z was": no list)
        if only_coord and role == "years_apart" and cur.kind == "item" and not cur.user and not cur.pronoun:
            first, n = self.apart
            self._years_apart(first, cur, n, a, b)  # "... the same year as A and B": each
            return
        if only_coord and role == "same_year" and cur.kind == "item" and not cur.user and not cur.pronoun:
            self._compared_year(cur)  # "..., the same year as Bastion and Dark Souls": each
            self.attached.add(id(cur))
            self._mark(a, b)
            self.group = [*group, cur]
            return
        if only_coord:
            self._note_sharing(a, b)  # "directed A and also B": the list adds B
        outer = self.outer
        if only_coord and outer is not None and not starts_predicate and not cur.user \
                and any(cur.types & o.types for o in outer[1]):
            # "X directed A, a thriller, and B": the clause's predicate again, for B
            spec0, objects = outer
            if prep_at is not None and self.lowers[spec0.span[1] - 1] != prep:
                return
            for x in self._expand(cur):
                self._repeat(spec0.subjects, x, spec0)
            if prep_at is not None:
                self._mark(prep_at, prep_at + 1)
            self.spec, self.outer = spec0, None
            self.group, self.role = objects + [cur], "object"
            self.role_of[id(cur)] = "object"
            return
        same_type = bool(group) and bool(cur.types & group[-1].types)
        if not same_type and only_coord and group and spec is not None and not isinstance(spec.readings, str) \
                and cur.kind == "attribute" and group[-1].kind == "attribute" and len(spec.readings) > 1:
            # "has a hatchback body and an inline-four engine": a predicate of several readings
            # (what an item has) takes objects of each of their types
            takes = frozenset().union(*(self.index.subject_types.get((c.relation, not c.forward), frozenset())
                                        for c in spec.readings))
            having = self.lowers[spec.span[0]] in _HAVING
            # a part only where the predicate is had ("is a coupé and a flat-six engine": a car is
            # no engine), anything else where it is named by its type ("has a coupé body style and
            # a sports car": no)
            same_type = bool(cur.types & takes) and bool(group[-1].types & takes) and (
                having if self.index.is_part(cur.types) else not having or own_type_after(self.index, self.lowers, cur))
        elif not same_type and only_coord and group and spec is not None and not isinstance(spec.readings, str) \
                and cur.kind == group[-1].kind and not cur.user and not cur.pronoun and not group[-1].pronoun:
            # "made landfall in Puerto Rico and Dominica", "is located in Agra and India": names of
            # two types that one reading of the predicate takes as its objects (a territory and a
            # country) go on its list as one type's would
            same_type = any(cur.types & takes and group[-1].types & takes for takes in (
                self.index.subject_types.get((c.relation, not c.forward), frozenset()) for c in spec.readings))
        if same_type and spec is not None and not isinstance(spec.readings, str) and cur.kind == "attribute" \
                and self.lowers[spec.span[0]] in _HAVING and all(c.typed for c in spec.readings) \
                and not self.index.is_part(cur.types) and not own_type_after(self.index, self.lowers, cur):
            same_type = False  # "has a crime genre and a drama": a genre is had only when named so
        j = cur.end
        while j < len(self.lowers) and self.lowers[j] in self.index.type_nouns:
            j += 1
        if starts_predicate and only_coord and "," not in gap_words and role == "object" and same_type \
                and cur.kind == "attribute" and self._predicate_noun(prev) and any(
                    participle_cue(self.lowers[j:e]) or self.lowers[j:e] == ["with"]
                    for e, _ in self.cue_at.get(j, ())):
            starts_predicate = False  # "X is a romance and mystery (film) starring Y": the list goes on
        repeat = only_coord and role == "object" and spec is not None and same_type \
            and not starts_predicate and not (
                self.lowers[b - 1:b] in (["a"], ["an"]) and no_count_noun(self.index, self.lowers, cur))
        # ("Heat is a thriller and a crime": no genre said as a count noun it is not)
        if second_noun:
            repeat = True  # "X is a David Fincher film and a crime drama": a second predicate noun
        adjacent_attrs = not gap_words and role == "object" and spec is not None and (
            (same_type and prev.kind == "attribute" and cur.kind == "attribute")
            or cur.start in self.stacked)  # "is a Roman Polanski thriller"
        items = [r for r in group if not r.user and r.kind == "item"]
        if gap_words in ([",", "both"], [",", "all"]) and cur.kind == "attribute" and not self.index.is_part(cur.types) \
                and len(items) > 1 and role == "object" and self.index.copula:
            # "You loved Heat and Ronin, both thrillers": each is one
            for x in items:
                self._claim([x], cur, self.index.copula, False, False, (a, b))
            self._mark(a, b)
            self.group, self.role = [cur], "object"
            self.kind_of[id(cur)] = items  # "..., both comedies starring X": said of each
            return
        if prev in self.like_frame and gap_words == ["and"] and not cur.user and not cur.pronoun \
                and cur.kind == prev.kind and self.lowers[cur.end:cur.end + 1] == [","] \
                and self.lowers[cur.end + 1:cur.end + 2] not in (["which"], ["who"], ["that"], ["whose"]):
            # "Like Intel and Nvidia, TSMC ...": both are compared, the frame ends at the comma
            # (not before a relative clause on both: "Like A and B, which you loved, X ...", read
            # as before)
            self.like_frame.append(cur)
            self.compared.append(cur)
            self.group, self.role = [cur], "free"
        elif prev in self.like_frame and gap_words == [","]:
            self.group, self.role = [cur], "free"  # "Like X, Y ...": the frame ends at the comma
        elif gap_words == [","] and self.lowers[self.sent.start:self.sent.start + 1] in (["if"], ["since"], ["because"]) \
                and "," not in self.lowers[self.sent.start:prev.start] and not cur.user \
                and (self.lowers[cur.end:cur.end + 1] not in ([","], ["and"], ["or"]) or (
                    self.lowers[cur.end:cur.end + 1] == [","] and not any(
                        r.start == cur.end + 1 and not r.user for r in self.sent.refs)
                    and self.lowers[cur.end + 1:cur.end + 2] not in (["and"], ["or"]))):  # (not a list)
            # "If you enjoyed Alien, Aliens ...": the comma closes the opening clause ("Since
            # you loved Heat, Casino, also starring X, ...": an aside on Casino, no list)
            self.group, self.role, self.subject = [cur], "free", None
        elif cur.pronoun in ("latter", "former", "first", "second"):
            self.attached.update(id(r) for r in group)  # "Of A and B, the former ..."
            self.group, self.role, self.subject = [cur], "free", None
        elif only_coord and "," in gap_words and "and" in gap_words and (starts_predicate or (
                gap_words == [",", "and"] and role == "object" and len(group) > 1
                and self.lowers[group[-2].end:group[-1].start] == ["and"]
                and self.lowers[cur.end:cur.end + 1] == ["and"])) \
                and not (role == "free" and len(group) > 1 and spec is None and gap_words == [",", "and"]
                         and all(not r.user and not r.pronoun for r in group)):
            # ("stars A and B, and C and D composed its music": a list closed by "and" ends there)
            # "You loved X, and Y is ..."; but "A, B, and C appear in X" is one list (the comma
            # before "and" after a bare list of names)
            first = self.sent.refs[0] if self.sent.refs else None
            if role == "object" and len(group) > 1 and not cur.pronoun \
                    and self.lowers[cur.end:cur.end + 1] in (["are"], ["were"], ["have"]):
                # "You loved A, B, and C were directed by X": a plural verb after one name, the
                # list it belongs to is unclear
                self.sink(cur.start, cur.end + 1, "unverified", False, "no_subject", None, cur.ids[:1])
            elif first is not None and first is not cur and not first.user and not self._compared_word(first) \
                    and self.lowers[first.end:first.end + 1] == [","] and not cur.pronoun \
                    and [w for k, w in enumerate(self.lowers[first.end:cur.start], start=first.end)
                         if not self._in_name(k)].count("and") == 1 \
                    and not any(w in SEPARATORS for k, w in enumerate(self.lowers[first.end:cur.start], start=first.end)
                                if not self._in_name(k)) \
                    and not singular_verb(self.lowers[cur.end:cur.end + 1]) \
                    and not (cur.kind == "item" and self._closed_list(cur)
                             and (self.lowers[cur.end:cur.end + 1] in (["are"], ["were"])
                                  or self.lowers[cur.end:cur.end + 1] == ["both"])):
                # "Al Pacino, whom you saw in Heat, and Robin Williams star in Jumanji": the
                # described name opens a list the verb is said of (not read: rejected; "A,
                # which you loved, and B were both ...": read, see _subjects)
                self.sink(cur.start, cur.end + 1, "unverified", False, "no_subject", None, cur.ids[:1])
            self.group, self.role, self.subject = [cur], "free", None
        elif only_coord and "," not in gap_words and starts_predicate and role == "object" \
                and spec is not None and same_type and not isinstance(spec.readings, str) \
                and not singular_verb(self.lowers[cur.end:cur.end + 1]):
            # "The Beatles' members John Lennon and Keith Richards play guitar": Richards is a
            # member too, and both play guitar
            for x in self._expand(cur):
                self._repeat(spec.subjects, x, spec)
            self.group, self.role, self.subject = [r for r in group if not r.user] + [cur], "free", None
        elif repeat or adjacent_attrs:
            # "stars A and B" / "X is a crime drama": the last predicate again
            if prep_at is not None:
                self._mark(prep_at, prep_at + 1)
                self.own_phrase.add(id(cur))
            before = len(self.made)
            alongside = id(prev) in self.alongside and gap_words in (["and"], [","], [",", "and"])
            if alongside:  # "... alongside Pesci and Stone": Stone is the item's own too
                self.alongside.add(id(cur))
            for x in self._expand(cur):
                self._repeat(spec.subjects, x, replace(spec, shared=False, sharing=False) if alongside else spec)
            if spec.sharing and not alongside:  # "another James Cameron drama", "another film with A and B"
                # (an additive "also" as for the list's first name: "the film also stars A and B")
                self._check_shared(before, (cur.start, cur.end), not spec.additive)
            if too_after(self.lowers, cur.end):
                self._compared_year(cur)  # "directed Vertigo in 1958, and Psycho too"
                if adjacent_attrs and not repeat and not spec.sharing:
                    # "Heat is a crime thriller too": another item of the text is one (each
                    # modifier: the kind is checked whole once the sentence is read)
                    self._note_sharing(cur.end, min(cur.end + 2, len(self.lowers)))
                    self._check_shared(before, (cur.end, cur.end + 1), True)
                elif any(not r.user for r in group):
                    # "directed Jaws and E.T. as well": the list's items share the predicate
                    self._note_sharing(cur.end, min(cur.end + 2, len(self.lowers)))
            group.append(cur)
            self.role_of[id(cur)] = "object"
            if isinstance(spec.readings, str):
                # "You rated A and B five stars": the rating is said of both
                self.last_user_obj = cur
                self.rated_group.append(cur)
                rated_before = self.last_rating is not None and self.last_rating_at is not None \
                    and (prev.end <= self.last_rating_at < cur.start or id(prev) in self.rating_carried)
                size = len(self.lowers)
                nxt = self.lowers[cur.end] if cur.end < size else "."
                after = cur.end + 1 < size and (number_at(self.lowers, cur.end + 1, size) is not None
                                                or self.lowers[cur.end + 1] in WORD_NUMBERS)
                ends = nxt in SEPARATORS | {",", "and", "&"} and not after
                if rated_before and ends:
                    self.rating_carried.add(id(cur))  # "You gave A 4.5 stars, and B and C."
                if self.last_rating is not None and (too_after(self.lowers, cur.end)
                                                     or (rated_before and ends)):
                    # "You rated X five stars, and Y too": Y's rating is said as well; so it is in
                    # "You gave Jaws 4.5 stars, and Jurassic Park III."
                    ok, status, triple = self.judge.user_claim(cur, "INT", False, self.last_rating)
                    self.sink(cur.start, cur.end, "number", ok, status, triple, cur.ids[:1])
        elif only_coord and role == "free" and group and same_type:
            group.append(cur)
        elif ((_as_was(gap_words) or self._as_aux_after(gap_words, cur)) and not prev.user
              and spec is not None and role == "object" and not isinstance(spec.readings, str)) \
                or (role == "as" and only_coord):
            # "X was directed by Y, as was Z (and W)" / "Y directed X, as did Z": the last
            # predicate, said of Z with the same objects
            if role != "as":
                if self.outer is not None and not isinstance(self.outer[0].readings, str):
                    # "Y influenced X, a rock band, as was Z": Y's clause (not a claim of the
                    # user's: "You loved X, which stars Y, as does Z" says Z stars Y)
                    self.spec, self.as_objects = self.outer
                else:
                    self.as_objects = [r for r in group if not r.user]
                self.outer = None  # (the user's clause ends too: "as do Heat and Alien" are said of the relative's)
            spec = self.spec
            for o in self.as_objects:
                self._repeat([cur], o, spec)
            if role != "as":
                facts, subj = self._clause_facts()
                self._repeat_all(facts, subj, cur, (cur.start, cur.end))  # the whole predicate
            elif self._kind_not_shared({i for x in spec.subjects if not x.user for i in x.ids}, cur):
                # ("X is a star in Orion, as are Y and Z": the kind of Z too, red team 206)
                self.sink(cur.start, cur.end, "unverified", False, "not_in_graph", None, cur.ids[:1])
            self.compared.append(cur)
            self._compared_year(cur)  # "Vertigo is a 1958 thriller, as is Rebecca"
            self.attached.add(id(cur))
            if self.subject is None:
                self.subject = [r for r in spec.subjects if not r.user] or None
            self.group, self.role = [cur], "as"
        elif _as_was(gap_words):
            # "Vertigo came out in 1958, as did X": an ellipsis of no predicate the checker read
            self.sink(a, b, "unverified", False, "unknown_words", None, ())
            self.group, self.role = [cur], "free"
        elif len(pre_y) >= 3 and pre_y[-1] in ("after", "before") and pre_y[-2] in ("year", "years") \
                and pre_y[-3] in YEARS_APART and (pre_y[:-3] == [] or [w for w in pre_y[:-3] if w != "in"] in _SAME_YEAR_LEADS) \
                and self.year_said is None and prev.kind == "item" and not prev.user and not prev.pronoun \
                and cur.kind == "item" and not cur.user and not cur.pronoun and (
                    pre_y[:-3] or (self.spec is not None and prev in self.group and self.role == "object")):
            # "Jaws came out two years after X", "Gus Van Sant directed Psycho a year after Good
            # Will Hunting": the items' own years that far apart
            n = YEARS_APART[pre_y[-3]] * (1 if pre_y[-1] == "after" else -1)
            self._years_apart(prev, cur, n, a, b)
            self.year_words.update(range(a, b))
        elif pre_y[-4:] == ["the", "same", "year", "as"] and [w for w in pre_y[:-4] if w != "in"] in _SAME_YEAR_LEADS \
                and self.year_said is None and prev.kind == "item" and not prev.user and not prev.pronoun \
                and cur.kind == "item" and not cur.user and not cur.pronoun \
                and not any(r.end <= prev.start and not r.user and r.kind == "item" for r in self.sent.refs):
            # "Jaws came out (in) the same year as Nashville": both have that one year
            self._years_apart(prev, cur, 0, a, b)
        elif pre_y[-4:] == ["the", "same", "year", "as"] and (pre_y[:-4] == ["in"] or all(w == "," for w in pre_y[:-4])) \
                and self.year_said is not None and cur.kind == "item" and not cur.user and not cur.pronoun:
            # "Apocalypse Now came out in 1979, the same year as Alien": Alien's year too
            self._compared_year(cur)
            self.attached.add(id(cur))
            self._mark(a, b)
            self.group, self.role = [cur], "same_year"
            for k in range(cur.end, self.sent.end):
                if self.lowers[k] in ("both", "each", "all", "they", "them", "these", "those"):
                    # "..., the same year as Alien, both directed by X": both of which? Only the
                    # year was compared
                    self.sink(k, k + 1, "unverified", False, "unknown_words", None, ())
                    self.consumed[k] = True
        elif "like" in pre and any(w in RELATIVES for w in pre):
            rel = [w for w in pre if w not in (",", "just", "much")]
            if rel in (["which", "like"], ["who", "like"], ["that", "like"]) and not prev.user \
                    and not cur.user and not cur.pronoun and prev.kind == cur.kind \
                    and (self.spec is None or (self.spec.subjects and all(r.user for r in self.spec.subjects))) \
                    and self._named_first(prev):
                # "Try Aliens, which, like Alien, is a horror film": the relative's predicate is
                # said of the antecedent and of the compared name (also after a user's claim: "You
                # enjoyed Vertigo, which, like Psycho, has music by X")
                self.like_frame = [cur]
                self.like_host[id(cur)] = [prev]  # "..., which, like Y, which you loved, is ...": X
                self.compared.append(cur)
                self._compared_year(cur)
                self.attached.add(id(cur))
                self._mark(a, b)
                self.group, self.role, self.subject = [prev], "free", [prev]
            else:
                # "X, which, like Vertigo, came out in 1958" after a predicate: not read
                self.sink(a, b, "unverified", False, "unknown_words", None, ())
                self.group, self.role = [cur], "free"
        elif gap_words in (["in"], ["for"]) and role == "object" and spec is not None \
                and not isinstance(spec.readings, str) and self.index.membership \
                and not any(r.user for r in spec.subjects):
            # "Kurt Cobain plays guitar in Nirvana": the subject is a member of Nirvana
            self._claim(list(spec.subjects), cur, self.index.membership, spec.negated, False, (a, b))
            self._mark(a, b)
            self.group, self.role = [cur], "object"
        elif "like" in pre and (any(w in SEPARATORS for w in pre[:pre.index("like")]) or (
                pre[:pre.index("like")] in ([",", "and"], ["and"]) and self._subject_after(cur))):
            # "You loved X; like Y, it ...", "You loved X, and like Y(,) it ...": a new clause
            # opens with a comparison
            self.like_frame = [cur]
            self.compared, self.year_said = [cur], None
            self.attached.add(id(cur))
            self.group, self.role, self.subject = [cur], "free", None
        elif "like" in pre and "and" in pre[:pre.index("like")] and self.subject \
                and not any(r.user for r in self.subject):
            # "X was influenced by A and, like A, is signed to Y": the clause's subject again
            self.like_frame = [cur]
            self.like_host[id(cur)] = list(self.subject)  # (after "like A, which you loved,")
            self.compared.append(cur)
            self.attached.add(id(cur))
            self.group, self.role = list(self.subject), "free"
        elif "like" in pre and not prev.user and spec is not None and role == "object":
            # "..., just like X": the last predicate holds for X too
            objects = [r for r in group if not r.user]
            for o in objects:
                self._repeat([cur], o, spec)
            facts, subj = self._clause_facts()
            if self._apposed_like(cur):
                facts = []  # ("X directed Y, a comedy like Z": only the apposition's noun is Z's)
            self._repeat_all(facts, subj, cur, (cur.start, cur.end))  # every joined predicate
            self.like_repeat = (objects, spec, facts, subj)  # for "like X and Y"
            self.compared.append(cur)
            y = self.year_said[1] if self.year_said is not None else None
            if y is None or not (y < spec.span[0] and "," in self.lowers[y:spec.span[0]] and any(
                    r.end <= y and "," in self.lowers[r.end:y] for r in spec.subjects)):
                # "Vertigo came out in 1958, like North by Northwest"; not a year said in an
                # apposition before the predicate ("Jaws, a 1975 film, has a score by X, like
                # Hook"; "Jaws, released in 1975, is a horror film like Alien")
                self._compared_year(cur)
            self.attached.add(id(cur))
            if self.subject is None:
                self.subject = [r for r in spec.subjects if not r.user] or None
            self.group, self.role = [cur], "compared"
        elif "like" in pre and not prev.user:
            self.like_host[id(cur)] = list(group)  # "X, like Y, which you loved, was ...": X's
            self.like_frame.append(cur)
            self.compared.append(cur)
            self._compared_year(cur)
            self.attached.add(id(cur))
        elif any(w in RELATIVES for w in pre):
            described = self._predicate_noun(prev)
            self.relative_of[id(cur)] = described[0] if described else prev
            if len(pre) >= 2 and pre[-1] in ("which", "whom") \
                    and (pre[-2] in PREPOSITIONS or pre[-2] in ("under", "against", "after", "through", "into",
                                                                "over", "across", "alongside", "beside")) \
                    and not (pre[-2] == "of" and pre[-3:-2] in (["both"], ["all"], ["each"], ["one"], ["some"], ["none"])):
                # (not "A and B, both of which you loved": a quantifier, no preposition of the verb)
                self.relative_prep[id(cur)] = pre[-2]  # "Y, in which X stars": "X stars in Y"
                k = max(k for k in range(a, b) if self.lowers[k] in ("which", "whom"))
                self._mark(k - 1, k)
            if (described and self.spec is not None and self.spec.sharing) or "another" in pre:
                self.sharing_relative.add(id(cur))  # "another thriller/film that X directed"
            if described and len(described) > 1:  # "A and B are thrillers that X directed"
                self.relative_group[id(cur)] = described
            elif not described and len(group) > 1 and (plural_relative(pre) or (pre and pre[-1] in RELATIVES)) \
                    and id(prev) not in self.own_phrase and not self._each_relative(group, prev):
                # (not "X is an AMC thriller that Y created")
                # "A and B, which you loved": the verb after "you" cannot tell, so both
                self.relative_group[id(cur)] = [r for r in group if not r.user]
            self.group, self.role = [cur], "free"
        elif not gap_words and starts_predicate and self._predicate_noun(prev) and not (
                cur.user and self.spec is not None and self.spec.sharing):
            # "Vertigo is a thriller Alfred Hitchcock directed": a relative clause without "that";
            # "Alien, a horror film you loved", "a war drama you rated four stars"
            described = self._predicate_noun(prev)
            self.relative_of[id(cur)] = described[0]
            if self.spec is not None and self.spec.sharing:
                self.sharing_relative.add(id(cur))
            if len(described) > 1:
                self.relative_group[id(cur)] = described
            self.group, self.role = [cur], "free"
        elif not gap_words and prev in self.like_frame and not cur.user \
                and (cur.pronoun in ("item", "group") or (cur.kind == "item" and not cur.pronoun)):
            self.group, self.role, self.subject = [cur], "free", None  # "like Hollow Knight it is"
        elif not gap_words and self._its_item(prev, cur):
            self.group, self.role = [cur], "free"  # "You loved Olympic; its Hall of Mosses Trail is ..."
        elif not gap_words and all(w in ("the", "a", "an") for w in self.lowers[a:b]) and self._gapped_latter(prev, cur):
            self.group, self.role = [cur], "free"
        elif not gap_words:
            self.sink(prev.start, cur.end, "unverified", False, "adjacent_names", None, ())
            self.group, self.role = [cur], "free"
        else:
            nouns = self.index.type_nouns
            raw = self.lowers[a:b]
            if any(raw[k] in nouns and raw[k + 1] == "of" for k in range(len(raw) - 1)):
                # "X, the band of A and B, ...": a relation the graph's cues do not name
                self.sink(a, b, "unverified", False, "unknown_words", None, ())
            self.group, self.role, self.subject = [cur], "free", None

    # ------------------------------------------------------------------------ claims
    def _repeat(self, subjs: list[Ref], obj: Ref, spec: Spec) -> None:
        """The last predicate again, with every verb of its chain ("wrote and directed A and
        B": B was written and directed too)."""
        self._claim(subjs, obj, spec.readings, spec.negated, spec.shared, spec.span)
        for s1, e1, w1 in spec.chained:
            self._claim(subjs, obj, w1, spec.negated, spec.shared, (s1, e1))

    def _year_before(self, obj: Ref, what: object) -> object:
        """ "Sherlock Holmes first appeared in 1887 in A Scandal in Bohemia": a year said before
        "in" an item (past its article, a type noun, "both", names listed before it) says when the
        act with that item took place: false where the item is of another year (1891), and
        unverified where "first" stands before a verb whose relation does not say it (a later
        appearance of the same year is no first one, red team 195). Returns the readings to judge
        (``what``, or those of a first appearance), or None where the claim is false as said."""
        ws, index = self.lowers, self.index
        names = {k for r in self.sent.refs if not r.user for k in range(r.start, r.end)}
        k = obj.start - 1
        while k > self.sent.start and (k in names or ws[k] in ("the", "a", "an", "both", "and", ",")
                                       or ws[k] in index.type_nouns):
            k -= 1
        if obj.kind != "item" or not obj.ids or ws[k:k + 1] not in (["in"], ["at"], ["on"]):
            return what
        y = k - 1 - (ws[k - 1:k] == [","])
        if y < 1 or ws[y - 1] != "in" or not (ws[y].isdigit() and len(ws[y]) == 4):
            return what
        years = {index.info[i][3].get("year") for i in obj.ids if i in index.info}
        if years - {None, float(ws[y])}:
            return None
        v = y - 2
        if v >= 1 and ws[v - 1] == "first" and isinstance(what, frozenset):
            said = {c.relation for c in index.cues.get(("first", ws[v], ws[y - 1]), ())}
            return frozenset(c for c in what if c.relation in said) or None
        return what

    def _claim(self, subjs: list[Ref], obj: Ref, what: object, negated: bool, shared: bool,
               span: tuple[int, int], rating: float | None = None) -> None:
        """Judge ``subject <what> obj`` for each subject and report it."""
        judge = self.judge
        order = self.respective[0].get(obj.start) if self.respective is not None and not isinstance(what, str) else None
        named = sorted((s for s in subjs if not s.user and not s.pronoun), key=lambda r: r.start)
        if order is not None and len(named) == len(subjs) == len(self.respective[0]) and all(
                all(w in (",", "and", "the", "a", "an") for w in self.lowers[x.end:y.start]) for x, y in zip(named, named[1:])) \
                and "and" in self.lowers[named[-2].end:named[-1].start] \
                and self.lowers[named[0].start - 1:named[0].start] not in (["like"], ["as"], ["unlike"]):
            # (only subjects said as one list, "A and B": not "Like A, B ..." or "A shares an N
            # with B", which say a value both have, red team 138)
            subjs = [named[order]]  # "A and B are managed by X and Y respectively": A by X, B by Y
            self._mark(*self.respective[1])
        if what == "POS" and negated and any(w.startswith(("like", "enjoy")) for w in self.lowers[span[0]:span[1]]):
            # "You didn't like / enjoy X" says a dislike (not a 3.5 of 5); "You didn't love X"
            # only says not loved
            what, negated = "NEG", False
        for s in subjs:
            if s.user:
                kind = "user"
                if what == "INT" and rating is None and s.start - 1 > self.sent.start \
                        and self.lowers[s.start - 1] in ("as", "like") and not negated and obj.start > s.start:
                    # "You rated A 1 star, just as you rated B": the same rating (none said
                    # before: "rated A highly, as you rated B" is not read)
                    if self.last_rating is None or self.last_rating_at is None or self.last_rating_at > s.start:
                        self.sink(s.start - 1, obj.end, "unverified", False, "unverified_number", None, obj.ids[:1])
                        self.attached.update({id(s), id(obj)})
                        continue
                    rating = self.last_rating
                if isinstance(what, str):
                    ok, status, triple = judge.user_claim(obj, what, negated, rating)
                elif judge.user is None:
                    ok, status, triple = False, "unknown_user", None
                else:
                    me = Ref(s.start, s.end, (judge.user,), "user", user=True)
                    ok, status, triple = judge.relation(me, obj, what, negated, False, [])
            else:
                kind = "assertion"
                self._placed_claim(s, obj, what, span)
                if isinstance(what, str):
                    ok, status, triple = False, "not_in_graph", None
                else:
                    judge.partner = None
                    every = [r for r in self.others if r.kind == "item" and r.end <= span[0]
                             and not set(r.ids) & set(s.ids)] if shared and self.same_all else []
                    said = self._year_before(obj, what)
                    if said is None:
                        ok, status, triple = False, "wrong_value", None
                    else:  # ("first appeared in 1893 in W": only a relation of a first appearance)
                        ok, status, triple = judge.relation(s, obj, said, negated, shared, self.others, every)
                    if ok and shared and judge.partner is not None:
                        o, pt = judge.partner
                        self.sink(min(o.start, obj.start), max(o.end, obj.end), "assertion", True,
                                  "supported", pt, (pt.head, pt.tail))
            a, b = min(s.start, obj.start, span[0]), max(s.end, obj.end, span[1])
            who = s.ids[:1] if not s.user else ((judge.user,) if judge.user else ())
            self.sink(a, b, kind, ok, status, triple, who + obj.ids[:1])
            self.attached.update({id(s), id(obj)})
            if ok and triple is not None:
                self.made.append(triple)
                self.claimed.append((span, triple))
