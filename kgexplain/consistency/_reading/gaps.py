"""The words between two mentions: a cue that binds the next mention, or none.

A part of :class:`~kgexplain.consistency.parse.SentenceReader` (see its module for the grammar)."""

from __future__ import annotations

from kgexplain._english import IRREGULAR_PLURALS, plural
from kgexplain.consistency._reading.words import (
    A_TRY,
    MODALS,
    SHARE,
    VERB_LIKE,
    Found,
    Spec,
    count_word,
    is_plural_role,
    participle_cue,
    sharing_word,
    too_after,
)
from kgexplain.consistency.index import PERSON_TYPES
from kgexplain.consistency.lexicon import (
    ADVERBS,
    AUXILIARIES,
    BARE_COPULAS,
    CLASS_NOUNS,
    COLLECTIVE,
    COORDINATORS,
    DETERMINERS,
    GLUE,
    INCLUDE,
    NEGATIONS,
    RELATIVES,
    SEPARATORS,
    Cue,
    type_word_set,
)
from kgexplain.consistency.mentions import Ref

_OBJ_PRE = DETERMINERS | frozenset({",", ":", "both", "fellow", "same"})
_USER_PARTICIPLES = ([",", "giving"], [",", "rating"])
"""A participle clause after a user's claim, whose subject is the user ("..., giving it 4.5")."""
_MADE_THE = frozenset({"wrote", "writes", "composed", "composes", "scored", "designed", "created"})
"""Verbs that, before "the <noun> for/of X", say the one thing of X made ("the score")."""
_HAVE = frozenset({"has", "have", "had", "'ve"})
"""The forms of "have" (only the noun's own forward reading follows them: "X has director Y")."""
_NOT_BEFORE_NOUNS = _HAVE | {"does", "do", "did"}
"""Auxiliaries that do not link a subject to a role noun after them ("X has director of Y")."""
_FROM_THE_SAME = (["comes", "from"], ["come", "from"], ["came", "from"], ["is", "from"],
                  ["is", "by"], ["was", "by"], ["are", "by"], ["were", "by"], ["are", "from"])


def _shared_role(spec: Spec) -> bool:
    """Whether the predicate ``spec`` said something shared ("also", "another", "reunites") or a
    role noun of "shares" / "the same" ("shares star A"): the role nouns after it in its clause
    must be another item's too."""
    return spec.sharing or (spec.shared and not isinstance(spec.readings, str)
                            and any(c.noun for c in spec.readings))  # type: ignore[attr-defined]


_LIGHT_VERBS = frozenset({"features", "feature", "featured", "featuring", "boasts", "boast", "boasting", "has", "have",
                          "had", "having", "with", "offers", "offer", "includes", "include", "its", "their"})
"""Verbs that only carry a noun cue ending in "by": "features a score by X" says "score by X"."""
_NOUN_OWNERS = frozenset({"'s", "'", "its", "their", "his", "her", "whose", "the", "your", "my", "our"})
"""Words before a bare role noun that make it a noun ("its hosts", "X's judges"): without one, a
plural role noun between names is the verb it also spells ("Jeopardy hosts Alex Trebek")."""


def _here_because(lowers: list[str], a: int, b: int) -> bool:
    """ "X is here because you ...": claim-free framing of the recommended item."""
    ws = lowers[a:b]
    return any(ws[k:k + 3] == ["is", "here", "because"] for k in range(len(ws)))


_SAME_ONE = frozenset({"person", "people", "one", "team", "company", "studio"})
"""Nouns that name no relation of their own in "directed by the same person as X"."""
_HUMAN_NOUNS = frozenset({"person", "individual"})
"""Nouns for any person: "was directed by the same person, Hidetaka Miyazaki" (not "man" or
"woman": the graph says no one's sex)."""
_PLACE_KINDS = frozenset(form for w in ("city", "town", "village", "state", "country", "region", "province", "county",
                                        "island", "district", "municipality", "borough", "commune", "prefecture",
                                        "canton", "nation", "territory", "kingdom", "republic", "continent")
                         for form in (w, plural(w)))
"""Nouns of a place's kind, singular and plural: "the country of X" / "the country X" names X a
country (not X's country; constructions' "in the city of X" reads the same nouns)."""


class GapReading:
    """The words between two mentions: a cue that binds the next mention, or none."""

    def _bound_gap(self, prev: Ref, cur: Ref, a: int, b: int) -> bool:
        """Read a gap whose cue takes ``cur`` as object; ``False`` when no cue binds it."""
        gap = self.lowers[a:b]
        subject = self.subject
        user_subject = any(r.user for r in self.group) or prev.user or (
            # "You loved X and gave it a 5": the user carries over an "and"
            subject is not None and any(r.user for r in subject) and ("and" in gap or [
                w for k, w in enumerate(gap, start=a) if not self.consumed[k]][:1] == ["but"]
                # "You liked X a lot, giving it 4.5": a participle's subject is the clause's
                or [w for k, w in enumerate(gap, start=a) if not self.consumed[k]][-2:] in _USER_PARTICIPLES)
            and "like" not in gap)  # ("You rated X 3 stars but loved Y": after the rating's words)
        if self._maker_of(prev, cur, a, b):
            return True
        bind = self._binding_cue(a, b, user_subject)
        if bind is None or (bind[1] - bind[0] == 1 and bind[0] > a and self.lowers[bind[0] - 1] == "as"
                            and self.lowers[bind[0]] in AUXILIARIES):
            return False  # "..., as were Z and W": an ellipsis, not the copula
        s0, e0, what = bind
        if cur.pronoun and any(w in (":", ";") for w in self.lowers[e0:cur.start]):
            return False  # "A and B share a composer: both have music by X": a new clause
        if e0 - s0 == 1 and self.lowers[s0] == "with" and any(
                w not in (",", "a", "an", "another", "the", "also", "is", "are", "was", "were", "both", "all")
                and w not in self.index.type_nouns
                for k, w in enumerate(self.lowers[a:s0], start=a) if not self.consumed[k]):
            return False  # "shares a composer with X": "with" alone only after a noun
        for k in self._restated(e0, b, what):
            self.consumed[k] = True
        chained, pre_end = self._chain(a, bind)
        pre = [self.lowers[k] for k in range(a, pre_end) if not self.consumed[k]]
        modal = any(w in MODALS for w in self.lowers[a:e0])
        if self._frame(a, s0) or (modal and user_subject and isinstance(what, str)):
            # "you might also like X": a suggestion; said of an item the user already rated,
            # it must agree with the rating ("you will love X" after a 2-star rating is false)
            if modal and self.judge.user is None:
                self.sink(s0, e0, "unverified", False, "unknown_user", None, ())
            elif modal:  # ("you should watch X" says no more than "try X")
                self._suggested(cur, "SUGGEST" if what == "INT" else what, self._negated(a, e0), (s0, e0))
            self.attached.update({id(cur), id(prev)})
            self._mark(s0, e0)
            self._frame_words(a, s0)
            self._frame_words(e0, b)
            self.group, self.role = [cur], "object"
            return True
        if modal:  # "Titanic will star Vince Vaughn": not something the graph can prove
            self.sink(s0, e0, "unverified", False, "modal", None, ())
            self.attached.update({id(cur), id(prev)})
            self._mark(a, b)
            self.group, self.role = [cur], "object"
            return True
        if not isinstance(what, str) and all(c.noun for c in what) and s0 - a >= 4 \
                and self.lowers[s0 - 2:s0] == ["the", "same"] and (
                    self.lowers[s0 - 4:s0 - 2] in _FROM_THE_SAME
                    or (self.lowers[s0 - 3] in ("by", "from") and self.lowers[s0 - 4] in AUXILIARIES | {","})) \
                and ("by" not in self.lowers[s0 - 3:s0 - 2]
                     or {c.relation for c in what} <= {c.relation for c in self.index.authorship}):
            # ("is by the same city" says nothing)
            # "Y comes from / is by the same director, X": Y's director is X, and shared ("Y,
            # from the same director, X, ...": the apposition's)
            self._mark(s0 - 4 + (self.lowers[s0 - 4] == ","), s0 - 2)
            pre = [self.lowers[k] for k in range(a, pre_end) if not self.consumed[k]]
        neg = self._negated(a, e0)
        # "and C is by / has the same director, X": the same as every item named before
        self.same_all = any(w == "same" and k not in self.year_words for k, w in enumerate(self.lowers[a:b], start=a)) \
            and "as" not in self.lowers[a:b]  # (also "aired
        # on the same network, AMC")
        if self._owner_noun(prev, cur, pre, a, s0, what, neg):
            return True
        shared = self._shared(a, b)
        prior, self.via_noun = self.spec, False
        subjs = self._subjects(prev, pre, (s0, e0), what)
        same_verb = self._by_after_place(prev, prior, what, s0, e0, pre)
        if same_verb:
            # "is brewed in Chicago by Goose Island": who brews it, not the place
            subjs, what = list(prior.subjects), same_verb
        if not isinstance(what, str) and subjs and prior is not None and prior.in_noun \
                and not isinstance(prior.readings, str) and not pre:
            # "a thriller from Alfred Hitchcock starring Cary Grant": a person stars in nothing;
            # the item the last predicate was said of does
            able = self._able(what)
            alt = [x for x in prior.subjects if not x.user]
            if able and not any(x.types & able for x in subjs if not x.user) and alt \
                    and all(x.types & able for x in alt) and participle_cue(self.lowers[s0:e0]):
                subjs = alt
        ids_now = {i for r in subjs for i in r.ids}
        if any(set(r.ids) <= ids_now for r in self.like_frame):
            self.sink(s0, e0, "unverified", False, "nothing_shared", None, ())  # "Like X, X ..."
        said_of = list(subjs)  # "They were scored by X": the reference itself takes part
        describing, self.describing = self.describing, False
        was_attached = {id(r) for r in said_of if id(r) in self.attached}
        subjs = [x for r in subjs for x in self._expand(r)]
        if self.like_frame:
            self.like_carry = (list(self.like_frame), [id(x) for x in subjs])
        elif self.like_carry is not None and ("and" in pre or [w for w in pre if w not in ADVERBS] in ([], [","])) \
                and [id(x) for x in subjs] == self.like_carry[1] \
                and not any(w in (";", ":") for x in self.like_carry[0] for w in self.lowers[x.end:s0]):
            # "Like Rebecca, Vertigo was directed by X and scored by Y": Rebecca both times; also
            # "Like Casino, Goodfellas is a film directed by X(,) starring Y" (every predicate of
            # the compared subject in its clause)
            subjs = subjs + [x for x in self.like_carry[0] if x not in subjs]
        own_subject = bool(subjs)
        # (not past "; ": "Like X, Y is a dessert; it is made with Z" says Z of Y)
        subjs = subjs + [x for x in self.like_frame
                         if not any(w in (";", ":") for w in self.lowers[x.end:s0])]
        self.like_frame = []
        if not own_subject:
            # "Like X, which you loved, was directed by Y": the compared name is no subject (a
            # subject the reader did not find, "54, like X, ...", leaves the claim unproved)
            subjs = []
        if prior is not None and subjs and not isinstance(what, str) and any(c.noun for c in what) \
                and "same" in self.lowers[max(0, prior.span[0] - 3):prior.span[0]] \
                and pre and not any(w in SEPARATORS for w in pre) \
                and {id(x) for x in subjs} < {id(x) for x in prior.subjects}:
            # "has the same director as A, X, and star, Y": A's star too
            subjs = list(prior.subjects)
        if not subjs:
            self.sink(s0, e0, "unverified", False, "no_subject", None, ())
        else:
            before = len(self.made)
            objects = self._expand(cur)
            if cur.pronoun == "group" and self.lowers[cur.start:cur.end] == ["them"]:
                # "You loved The Beatles, and Oasis was influenced by them": not the subject
                others = [x for x in objects if not any(set(x.ids) & set(s.ids) for s in subjs)]
                objects = others or objects
            if self.counted_noun is not None and not isinstance(what, str):
                count, at = self.counted_noun
                self.counted_noun = None
                ok = all(any(self.index.tail_count(i, c.relation) == count
                             for c in what if not c.forward for i in x.ids) for x in objects) \
                    and "both" not in self.lowers[at:cur.start] \
                    and not any(r.kind == "item" and not r.user and r.start > cur.end
                                and all(w in (",", "and", "or") for w in self.lowers[cur.end:r.start])
                                for r in self.sent.refs)  # (of one item only, not of a list)
                self.sink(at, at + 1, "number", ok, "supported" if ok else "wrong_count", None, ())
                self._mark(at, at + 1)
            for x in objects:
                self._claim(subjs, x, what, neg, shared, (s0, e0))
                for s1, e1, w1 in chained:
                    self._claim(subjs, x, w1, neg, shared, (s1, e1))
                    self._mark(s1, e1)
            after = cur.end  # "Alien is a horror film too": past the kind noun
            while after < len(self.lowers) and self.lowers[after] in self.index.type_nouns \
                    and cur.kind != "item":
                after += 1
            while after < len(self.lowers) and after in self.glued and id(cur) in self.its_noun:
                after += 1  # "X wrote its music too": past the glued part
            reunites = self._reunites(a, s0, what) or (
                prior is not None and _shared_role(prior) and not isinstance(what, str)
                and any(c.noun for c in what) and pre and not any(w in SEPARATORS for w in pre)
                and [id(x) for x in prior.subjects] == [id(x) for x in subjs]
                and not (pre == [","] and self.lowers[s0] in VERB_LIKE
                         and participle_cue(self.lowers[prior.span[0]:prior.span[1]])))
            # (not the main verb after a participle apposition: "Part II, also directed by X,
            # stars A": the film stars A, shared or not)
            # ("reunites director A, star B and, as composer, C", "shares star A and director
            # B", "has the same star, A, and director, B": each one, another item's too)
            gap = [w for k, w in enumerate(self.lowers[a:e0], start=a)
                   if not (w == "also" and self.index.declared_also(self.lowers, k))]  # ("also worked as a")
            if gap[:2] in (["too", ","], ["likewise", ","]) or gap[:3] == ["as", "well", ","]:
                gap = gap[gap.index(",") + 1:]  # "X is in Y too, a 1989 film by Z": the last clause's
            sharing = too_after(self.lowers, after) or sharing_word(gap) \
                or "another" in self.lowers[a:s0] or reunites \
                or (self.via_noun and "," not in pre and prior is not None and prior.sharing) \
                or (prior is not None and prior.sharing and "and" in pre and "," not in pre
                    and [id(x) for x in prior.subjects] == [id(x) for x in subjs]
                    and not (self.lowers[s0] in BARE_COPULAS or any(w in BARE_COPULAS for w in pre)))
            # ("is also in Utah and is known for X": a copula of its own opens a new predicate)
            if sharing:
                self._note_sharing(a, min(after + 2, len(self.lowers)))
            # "also" inside the cue too ("is also directed by", "is also a Rob Reiner film"),
            # "another" before the noun ("another film directed by X"), and what a predicate
            # noun with "another" goes on to say ("another thriller directed by X"; not after a
            # comma: "another thriller, starring X" adds a fact of its own)
            additive = False  # ("also": another fact of the same subject may be what is shared)
            if sharing and not shared:
                # "another" and what a predicate noun goes on to say need another item; "also"
                # and "too" may also be another fact about the same two ("directed it too")
                items_only = "another" in self.lowers[a:e0] or reunites or (self.via_noun and "," not in pre) \
                    or (prior is not None and prior.sharing and ("and" in pre or too_after(self.lowers, after)))
                # ("Titanic, also directed by X, stars Y too": another item stars Y)
                additive = not items_only
                self._check_shared(before, (cur.end, cur.end + 1), items_only,
                                   {i for x in subjs for i in x.ids})
            self.attached.add(id(cur))
            self.attached.update(id(r) for r in said_of if r.pronoun and r.group)
            if describing:  # the described name still needs a claim of its own clause
                detached = [r for r in said_of if id(r) not in was_attached]
                self.attached.difference_update(id(r) for r in detached)
                self.described_only.extend(detached)
            if isinstance(what, str):
                self.last_user_obj = cur
                self.rated_group = [cur]
            if self.year_said is not None and self.year_said[1] < a and not self.via_noun:
                self.year_said = None  # a new predicate: "X, a 1987 band, is signed to Y"
            self.spec = Spec(subjs, what, neg, shared, (s0, e0), tuple(chained), sharing,
                              self.via_noun, additive)
            if not describing:  # the clause's own predicate, not an apposition's
                self.main_spans.update([(s0, e0), *((s1, e1) for s1, e1, _ in chained)])
        self._mark(s0, e0)
        noun = not isinstance(what, str) and any(c.noun for c in what)
        plural_noun = noun and any(w.endswith("s") or w in IRREGULAR_PLURALS for w in self.lowers[s0:e0])
        the_name = prev.end == s0 and prev.start > 0 and self.lowers[prev.start - 1] == "the"
        owner = self.lowers[s0 - 1:s0] in (["'s"], ["'"], ["its"], ["their"], ["his"], ["her"]) \
            and not any(w in SHARE for w in self.lowers[a:s0])  # not "shares its star, Y"
        # (a name after "the" makes a noun's list definite, not a verb's: "A and the Swiss Psalm
        # are sung in French" names one of their languages, not all of them)
        definite = ("the" in self.lowers[s0:e0] or owner or (the_name and noun)) \
            and any(w in ("are", "were") for w in self.lowers[s0:b])
        if noun and not plural_noun and (owner or (":" in self.lowers[e0:b]
                                                   and self.lowers[prev.end:s0] in ([], [","]))) \
                and any(w in ("is", "was", ",", ":") for w in self.lowers[e0:b]):
            definite = True  # "Annie Hall's writer is Y" / "Annie Hall's writer, Y," / "Heat,
            # genre: crime": the only one ("X shares its star, Y" is said of a shared one)
        if noun and plural_noun and owner and self.lowers[e0:b] == [","]:
            definite = True  # "Ayrton Senna's rivals, A and B, ...": all of them (red team 214)
        if not isinstance(what, str) and e0 - s0 == 3 and self.lowers[s0 + 1] in ("is", "was", "comes", "came") \
                and self.lowers[e0 - 1] in ("by", "from"):
            definite = True  # "The Rock's score is by Hans Zimmer": all of its score
        lead = self.lowers[a:s0]  # "was the director and" before "producer of"
        if noun and all(c.noun for c in what) and "the" in self.lowers[a:e0] \
                and self.lowers[e0 - 1] in ("of", "behind", "in", "on", "at", "for") and (any(w in ("is", "was", "are", "were")
                                                         for w in self.lowers[a:e0])
                                                     or lead[:1] == [","]):
            definite = True  # "Y is the producer of X": the only one (a registry's own
            # phrase, "is the genre of", is not a noun form and says no more than the relation)
        shared_list = "both" in self.lowers[e0:b] or "all" in self.lowers[e0:b]
        if not noun and not isinstance(what, str) and e0 - s0 >= 3 and "the" in self.lowers[s0 + 1:e0 - 1] \
                and self.lowers[e0 - 1] in ("for", "of") and self.lowers[s0] in _MADE_THE \
                and tuple(self.lowers[s0:e0]) not in self.index.own_phrases:
            # "wrote the score for X", "composed the music for X": the only one (a registry's
            # own phrase, "runs the kitchen of", says no more than its relation)
            definite = True
        some = bool({"one", "among"} & set(self.lowers[s0:e0])) \
            or self.lowers[max(a, s0 - 4):s0] == [",", "one", "of", "the"] \
            or (self.lowers[max(a, s0 - 5):s0 - 1] == [",", "one", "of", "the"]
                and count_word(self.lowers[s0 - 1]) is not None)  # "is one of / among the stars of"
        if noun and self.lowers[max(a, s0 - 4):s0] == [",", "one", "of", "the"]:
            self._mark(s0 - 3, s0)  # "Robin Williams, one of the stars of X, ...": an apposition
        if not shared_list and not some and (s0 in self.complete or ((noun or definite) and definite)):
            # "X's members are A and B", "A and B are the members of X": all of them ("are the
            # genres of both X and Y" names what they share, not all); each noun of a chain
            # too ("the writer and director of X")
            self.complete_spans.append((s0, e0))
            self.complete_spans.extend((s1, e1) for s1, e1, w1 in chained
                                       if not isinstance(w1, str) and any(c.noun for c in w1))
        if noun and (plural_noun and (self.lowers[e0 - 1].endswith("s") or self.lowers[e0 - 1] in IRREGULAR_PLURALS)
                     or self.lowers[e0 - 1] in COLLECTIVE):
            self._mark(e0, b)  # "Nirvana's members include X": "include" binds like "are"
        light = frozenset()
        first = self.lowers[s0]
        if not isinstance(what, str) and self.lowers[e0 - 1] == "by" and e0 - s0 > 1 \
                and not first.endswith(("ed", "en", "wn")) and first not in AUXILIARIES:
            light = _LIGHT_VERBS  # "features a score by X", "boasts cinematography by X"
        if shared and noun and self.lowers[e0 - 1].endswith("s"):
            for k in range(a, s0 - 2):
                if self.lowers[k:k + 3] in (["one", "of", "its"], ["one", "of", "their"]):
                    self._mark(k, k + 2)  # "shares one of its stars, X": as "shares its star X"
        self._leftovers(a, b, GLUE | NEGATIONS | light | (SHARE if shared else frozenset()))
        self.group, self.role = [cur], "object"
        self.role_of[id(cur)] = "object"
        return True

    # --------------------------------------------------------------- no cue binds `cur`
    def _unbound_gap(self, prev: Ref, cur: Ref, nxt: Ref | None, a: int, b: int) -> None:
        """Read a gap with no cue before ``cur``: coordination, comparison, relative pronoun,
        a clause boundary, a framing phrase, or words the checker cannot read."""
        lowers = self.lowers
        gap_words = [w for k, w in enumerate(lowers[a:b], start=a) if not self.consumed[k]
                     and w not in DETERMINERS and w not in self.index.type_nouns]
        e = self._past_year(cur.end)  # ("give Titanic (1997) a try": the year is read with the name)
        give_try = b - 1 >= a and lowers[b - 1] == "give" and not self.consumed[b - 1] \
            and lowers[e:e + 1] == ["a"] and lowers[e + 1:e + 2] in A_TRY
        if give_try:  # "so give Chinatown a try": a suggestion
            self._mark(e, e + 2)
        suits = cur.user and not prev.user and prev.kind == "item" and (
            (len(gap_words) == 2 and gap_words[0] in MODALS and gap_words[1] == "suit")  # "so Alien should suit you"
            or gap_words == ["is", "for"] or (len(gap_words) == 3 and gap_words[0] in MODALS
                                              and gap_words[1:] == ["be", "for"])) \
            and (cur.end >= len(lowers) or lowers[cur.end] in SEPARATORS | {",", ":", "!", "too"})
        # ("If you loved Jaws, Jurassic Park is for you")
        if suits:
            self._mark(a, b)
            self.attached.add(id(prev))
        if self._frame(a, b) or give_try or suits or _here_because(lowers, a, b):
            self.attached.add(id(cur))
            offered = prev if suits else cur
            if offered.kind == "item" and not offered.user and not offered.pronoun:
                self._suggested(offered, "SUGGEST", False, (a, b))  # ("try X" after a 2-star rating)
            if prev.user and cur.kind == "item" and not cur.user:
                self.attached.add(id(prev))  # "You should try X": the suggestion's "you"
            self.attached.update(id(r) for r in self.all_refs  # "Fans of A, B and C should try D": framing
                                 if self.sent.start <= r.start < cur.start and r.kind == "item" and not r.user
                                 and not r.pronoun and self._fans_of(r))
            if _here_because(lowers, a, b):
                self.attached.add(id(prev))
            if prev.kind == "attribute" and not prev.pronoun and cur.kind == "item" and not cur.user \
                    and prev.start >= 2 and lowers[prev.start - 2:prev.start] in (["fans", "of"], ["fan", "of"]) \
                    and self.index.metadata:
                # "Fans of Jack Nicholson should try Heat": Heat must be linked to him
                self._claim([cur], prev, self.index.metadata, False, False, (a, b))
            self.group, self.role = [cur], "free"
            self._frame_words(a, b)
            return
        same = self._same_as(a, b)
        shared = self._share_noun(a, b)
        if same is None and shared is not None:
            more, e = self._shared_nouns(shared[1], b)
            if more is not None and self.lowers[e:b] == ["with"]:
                # "A shares a director with B(: Z)", "... a director and a composer with B: Y and Z"
                same = (shared[0], e, shared[2], tuple(more))
        if same is not None:
            # "Y has the same director as X(, which you loved): Z" -> both Y and X have Z
            s0, e0, what, more = same
            owners = self.group
            if "," in lowers[a:s0] and self.role == "object" and self.subject is not None:
                owners = self.subject  # "X, a crime film, has the same editor as Y"
            self.pending = Spec([x for r in owners for x in self._expand(r)] + [cur], what,
                                 self._negated(a, b), False, (s0, e0))
            self.pending_more = list(more)  # ("the same director and composer as X": each)
            self.attached.add(id(cur))
            self._mark(a, b)
            self.shared_with.append(cur)
            if self.subject is None and any(not r.user for r in owners):
                self.subject = [r for r in owners if not r.user]  # "A shares X with B and is ..."
            self.group, self.role = [cur], "free"
            return
        pending = self.pending
        if pending is not None and self.pending_more and gap_words in ([":"], ["—"], ["-"]) \
                and self._respective_names(pending, cur, a, b):
            return
        if pending is not None and self.pending_more and all(w in (":", ",", "—", "-") for w in gap_words):
            # "the same director and composer as X, A and B": which is which is not read here
            self.sink(a, b, "unverified", False, "unknown_words", None, ())
            self.pending, self.pending_more = None, []
        if pending is not None and all(w in (":", ",", "—", "-") for w in gap_words):
            for x in self._expand(cur):
                self._claim(pending.subjects, x, pending.readings, pending.negated, False, pending.span)
            self.spec, self.pending = pending, None
            self.group, self.role = [cur], "object"
            self._leftovers(a, b, GLUE)
            return
        self._link(prev, cur, gap_words, self._starts_predicate(cur, nxt), a, b)
        self._leftovers(a, b, GLUE)

    def _subject_after(self, cur: Ref) -> bool:
        """Whether an item or "it" / "they" follows ``cur`` (after a comma at most) as the
        subject of a clause ("..., and like Hollow Knight(,) it is ...")."""
        k = cur.end + (1 if self.lowers[cur.end:cur.end + 1] == [","] else 0)
        return any(r.start == k and not r.user and (r.kind == "item" and not r.pronoun or r.pronoun in ("item", "group"))
                   and self._starts_predicate(r, next((x for x in self.sent.refs if x.start >= r.end), None))
                   for r in self.sent.refs)

    def _starts_predicate(self, cur: Ref, nxt: Ref | None) -> bool:
        """Whether a cue follows ``cur`` directly, making it the subject of a new clause."""
        na = cur.end
        nb = nxt.start if nxt is not None else self.sent.end
        found = (self._binding_cue(na, nb, cur.user) if nxt is not None
                 else self._leading_cue(na, nb, cur.user))
        if found is None and nxt is None and self._share_noun(na, nb) is not None:
            return True  # "You loved A, and B has the same director."
        if found is None and nxt is not None and self.lowers[na:nb] in (["shares", "its"], ["share", "its"]) \
                and nxt.kind == "attribute":
            return True  # "You liked A, and B shares its lemon": B's clause
        if found is None or (found[1] - found[0] == 1 and self.lowers[found[0]] in ("on", "for")):
            return False  # ("A and B for Netflix": a preposition starts no clause)
        lead = self.lowers[na:found[0]]
        if participle_cue(self.lowers[found[0]:found[1]]) and self.lowers[found[1] - 1] == "by" \
                and not any(w in AUXILIARIES for w in lead):
            return False  # "You loved A and B (both) directed by X": a passive participle, no verb
        listed = cur.start > 0 and self.lowers[cur.start - 1] in ("and", ",") and any(
            r.end == cur.start - 1 and r.kind == "attribute" for r in self.sent.refs)
        if (lead or listed) and all(w in self.index.type_nouns for w in lead) and cur.kind == "attribute" \
                and self.lowers[found[0]] in ("by", "from"):
            # "an action and horror film by X", "historical fiction and crime fiction by X": the
            # noun phrase goes on
            return False
        v = na + (self.lowers[na] == "both" and na + 1 < found[0])  # ("..., and X both wrote and directed it")
        if lead[-1:] == ["and"] and self.lowers[v] not in AUXILIARIES and not participle_cue(self.lowers[v:found[0] - 1]) \
                and any(e == found[0] - 1 and not isinstance(w, str) for e, w in self.cue_at.get(v, ())):
            return True  # "..., and John Ottman scored and edited both": two verbs, one clause
        return not any(w in RELATIVES or w in COORDINATORS or w in SEPARATORS for w in lead)

    # ------------------------------------------------------------------------ gap words
    def _binding_cue(self, a: int, b: int, user_subject: bool) -> Found | None:
        """The earliest, longest cue in [a, b) followed only by object determiners up to b."""
        best = None
        kind_at = {b - 1} if b - 1 > a and self._own_type_noun(b - 1) else set()
        # ("distributed by the company 20th Century Fox": the object's own type before it)
        for s in range(a, b):
            if self.consumed[s] and s not in self.glued:
                continue  # "rated it two stars, is a thriller": "stars" is the rating's unit
            options: list[tuple[int, object]] = list(self.user_at.get(s, ())) if user_subject else []
            options += list(self.cue_at.get(s, ()))
            for e, what in options:
                if e > b:
                    continue
                if e == s + 1 and s > self.sent.start and not isinstance(what, str) and all(c.noun for c in what) \
                        and is_plural_role(self.lowers[s]) and self.lowers[s - 1] not in _NOUN_OWNERS \
                        and self.lowers[e:e + 1] != [":"]:  # (a field: "Alien, genres: horror and sci-fi")
                    continue  # a plural role noun with no owner before it is a verb: "Jeopardy hosts Alex Trebek"
                if s > self.sent.start and self.lowers[s - 1] in ("a", "an") and self.lowers[s] in CLASS_NOUNS \
                        and not isinstance(what, str) and all(c.noun for c in what):
                    continue  # "Sitcom is a type of X": a narrower class of X, not X's type
                if s > a and self.lowers[s - 1] in _NOT_BEFORE_NOUNS and not isinstance(what, str) \
                        and all(c.noun and not (c.forward and self.lowers[s - 1] in _HAVE) for c in what):
                    continue  # a role noun takes a copula: "X is / has been director of Y", not "X has
                    # director of Y" or "X does director of Y" ("X has director Y" is the noun's own reading)
                # a name that describes the object is part of it ("scored the thriller Vertigo")
                restated = self._restated(e, b, what)
                named = self._restated_relations(e, b, what)
                if named and not isinstance(what, str) and not self._of_named_kind(b, named):
                    # "is within the country (of / called) X": the noun names X as one of its
                    # relation's objects ("within" of a part and of a country: X must be a country
                    # the graph knows, not Travis County, red teams 219, 222)
                    continue
                between = [w for k, w in enumerate(self.lowers[e:b], start=e) if not self.consumed[k]
                           and k not in restated and k not in kind_at]
                # "scored by the same composer, X": the noun takes the comma
                noun = bool(restated) or (not isinstance(what, str) and any(c.noun for c in what))
                if ("," in between or ":" in between) and not noun:
                    continue  # only a noun takes its object after a comma ("its director, X")
                plural_noun = noun and (self.lowers[e - 1].endswith("s") or self.lowers[e - 1] in IRREGULAR_PLURALS
                                        or self.lowers[e - 1] in COLLECTIVE)
                if all(w in _OBJ_PRE or w in self.index.type_nouns or (noun and w in AUXILIARIES)
                       or (plural_noun and w in INCLUDE) for w in between):
                    if best is None or s < best[0] or (s == best[0] and e > best[1]):
                        best = (s, e, what)
        return best

    def _restated_relations(self, e: int, b: int, what: object) -> set[str]:
        """The cue's relations that the noun of [e, b) names again right before the object ("is
        within the country of X", "the country X", "the country called X")."""
        if isinstance(what, str) or e >= b or self.lowers[e] not in ("the", "its", "their"):
            return set()
        rels = {c.relation for c in what}
        end = b - (self.lowers[b - 1] == "the")
        end -= self.lowers[end - 1:end] == ["of"]
        if self.lowers[end - 1] not in _PLACE_KINDS:
            return set()  # (a relation's own noun, "in the cast of Aliens": Aliens's cast, as before)
        return {c.relation for k in range(e, end) for e2, readings in self.cue_at.get(k, ())
                if e2 == end and not isinstance(readings, str) for c in readings if c.noun and c.relation in rels}

    def _of_named_kind(self, b: int, named: set[str]) -> bool:
        """Whether the name at ``b`` is an object of one of the ``named`` relations somewhere in
        the graph (a country the graph knows as some place's country)."""
        obj = next((r for r in self.sent.refs if r.start == b and not r.user and not r.pronoun), None)
        if obj is None:
            return False
        pred = self.index.graph._pred
        return any(rel in data for i in obj.ids for data in pred.get(i, {}).values() for rel in named)

    def _restated(self, e: int, b: int, what: object) -> set[int]:
        """Tokens of [e, b) that only name the relation of the cue ending at ``e`` again as a
        noun: "scored by the same composer, X", "directed by the same director, X"."""
        if isinstance(what, str) or e >= b or self.lowers[e] not in ("the", "its", "their"):
            return set()
        rels = {c.relation for c in what}
        out: set[int] = set()
        for k in range(e, b):
            for e2, readings in self.cue_at.get(k, ()):
                if e2 <= b and not isinstance(readings, str) and any(
                        c.noun and c.relation in rels for c in readings):
                    out.update(range(k, e2))
        obj = next((r for r in self.sent.refs if r.start == b and not r.user and not r.pronoun), None)
        if obj is not None and self.lowers[e:e + 2] == ["the", "same"] and self.lowers[b - 1:b] == [","] \
                and e + 3 == b - 1 and (self.lowers[e + 2] in type_word_set(obj.types) or (
                    self.lowers[e + 2] in _HUMAN_NOUNS and obj.types and obj.types <= PERSON_TYPES)) \
                and (self.lowers[e + 2] not in _HUMAN_NOUNS | {"people"} or any(
                    r.end <= e and set(r.ids) == set(obj.ids) for r in self.all_refs if not r.pronoun and not r.user)):
            # "is in the same park, Zion": the object's own type noun; "the same person, X" only where
            # X was named before (after "Cabaret has music by John Kander", "the same person" is Kander)
            out.add(e + 2)
        return out

    def _leading_cue(self, a: int, b: int, user_subject: bool) -> Found | None:
        """A cue that starts the gap after only auxiliaries, adverbs or negations."""
        k = a
        while k < b and (self.lowers[k] in AUXILIARIES or self.lowers[k] in ADVERBS
                         or self.lowers[k] in NEGATIONS or self.lowers[k] == "really") \
                and not (k == a and k in self.cue_at and not user_subject):
            k += 1  # (a cue that starts with the auxiliary is taken whole: "is spoken")
        options: list[tuple[int, object]] = list(self.user_at.get(k, ())) if user_subject else []
        options += list(self.cue_at.get(k, ()))
        best = None
        for e, what in options:
            if e <= b and (best is None or e > best[1]):
                best = (k, e, what)
        return best

    def _chain(self, a: int, bind: Found) -> tuple[list[Found], int]:
        """ "X wrote, directed and produced Y": the cues chained before the binding one.

        Returns the chained cues and where the words before the chain end."""
        chained: list[Found] = list(self.conjoined.get(bind[0], ()))
        k = bind[0]
        if isinstance(bind[2], str):
            return chained, k
        while True:
            j = k
            while j > a and self.lowers[j - 1] in (",", "and"):
                j -= 1
            if j == k:
                break
            found = [(s1, e1, w1) for s1 in range(a, j) for e1, w1 in self.cue_at.get(s1, ())
                     if e1 == j and not (self.consumed[s1] and s1 not in self.glued)]
            # "written and directed by", "the director and producer of": the chained word takes
            # the binding cue's preposition ("written by", "director of") where that is a cue
            last = self.lowers[bind[1] - 1]
            shared_prep = self.index.cues.get((self.lowers[j - 1], last)) if j - 1 >= a else None
            if shared_prep and last in ("by", "of", "to", "from", "in", "with"):
                found = [(j - 1, j, shared_prep)]
            if not found:
                break
            s1, e1, w1 = min(found, key=lambda x: x[0])
            chained.append((s1, e1, w1))
            self._mark(j, k)
            k = s1
        return chained, k

    def _same_as(self, a: int, b: int) -> tuple[int, int, object, tuple[frozenset[Cue], ...]] | None:
        """A "the same <noun> as" comparison in tokens [a, b): the noun cue it names, and the readings
        of the nouns listed after it ("the same director and composer as X": each is shared)."""
        ws = self.lowers
        for k in range(a, b - 2):
            # "the same producers as X": every one of them, and more than one (see Judge.same_values);
            # not a group ("the same lineup as X")
            if ws[k] == "same" and ws[k + 1] not in COLLECTIVE:
                lead = ws[a:k]
                origin = len(lead) >= 2 and lead[-2:] in (["by", "the"], ["from", "the"]) \
                    and all(w in AUXILIARIES or w in ADVERBS or w in ("comes", "come", "came", ",")
                            for w in lead[:-2])  # "comes from / is by the same director as X"
                for e, readings in self.cue_at.get(k + 1, ()):
                    every = ws[e - 1].endswith("s")  # ("the same mission types as X")
                    if every and (isinstance(readings, str) or not any(c.noun for c in readings)):
                        continue
                    if origin and ws[k - 2] == "by":
                        readings = frozenset(c for c in readings if c.relation in self.index.by_relations)
                    more, e = self._more_nouns(e, b, origin and ws[k - 2] == "by")
                    if readings and e < b and ws[e] == "as" and (origin or all(
                            ws[j] in DETERMINERS | AUXILIARIES | ADVERBS | {"share", "shares", ","}
                            or ws[j] in self.index.type_nouns or self.consumed[j] for j in range(a, k))) \
                            and (e + 1 == b or (e + 2 == b and ws[e + 1] == "the")) and None not in more \
                            and not (every and more):
                        if every:
                            self.all_same.add(k + 1)
                        return k + 1, e, readings, tuple(more)  # type: ignore[arg-type]
                # "X is signed to / was directed by the same label / person as Y": the verb's relation
                # (forward), and the noun's where it names one
                ne = max((e1 for e1, rd_ in self.cue_at.get(k + 1, ()) if not isinstance(rd_, str)
                          and any(c.noun for c in rd_)), default=k + 2)  # ("the same launch vehicle")
                every = ws[ne - 1].endswith("s")  # "was produced by the same producers as Y"
                if k - 1 > a and ws[k - 1] == "the" and ne < b + 1 and ws[ne:ne + 1] == ["as"] \
                        and (ne + 1 == b or (ne + 2 == b and ws[ne + 1] == "the")):  # ("as the Hubble")
                    verb = [(j, rd_) for j in range(a, k - 1) for e1, rd_ in self.cue_at.get(j, ()) if e1 == k - 1][:1]
                    if verb and all(w in AUXILIARIES or w in ADVERBS or w == ","
                                              for w in ws[a:verb[0][0]]):
                        found = verb[0][1]
                        readings = frozenset(c for c in found if c.forward and not c.typed and not c.noun) \
                            if not isinstance(found, str) else frozenset()
                        noun = [c.relation for _, rd_ in self.cue_at.get(k + 1, ()) if not isinstance(rd_, str)
                                for c in rd_ if c.noun]
                        if noun:
                            readings = frozenset(c for c in readings if c.relation in noun)
                        elif (ws[k + 1] not in _SAME_ONE and ws[k + 1] not in self.index.type_nouns) \
                                or ws[verb[0][0]] in ("has", "have", "had"):
                            readings = frozenset()  # ("AC Milan has the same club as Juventus": no relation)
                        if readings:
                            if every:
                                self.all_same.add(verb[0][0])
                            return verb[0][0], ne, readings, ()
        return None

    def _more_nouns(self, e: int, b: int, by: bool) -> tuple[list[frozenset[Cue] | None], int]:
        """The relation nouns listed from ``e`` ("and composer", ", writer and composer") and where
        the list ends; ``None`` for a listed word that is no relation noun (or no maker's, after "by")."""
        ws = self.lowers
        more: list[frozenset[Cue] | None] = []
        while e + 1 < b and (ws[e] == "and" or (ws[e] == "," and "and" in ws[e:b])):
            if ws[e + 1] in COLLECTIVE or ws[e + 1].endswith("s"):
                more.append(None)  # "the same director and stars as X": all of them, not read
                break
            nxt = [(e2, frozenset(c for c in r if c.noun and c.forward and (not by or c.relation in self.index.by_relations)))
                   for e2, r in self.cue_at.get(e + 1, ()) if not isinstance(r, str)]
            nxt = [(e2, r) for e2, r in nxt if r]
            if not nxt:
                more.append(None)
                break
            e2, found = max(nxt, key=lambda x: x[0])
            more.append(found)
            e = e2
        return more, e
