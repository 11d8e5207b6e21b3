"""Lists of subjects and objects: who a predicate is said of, and whether a list is complete.

A part of :class:`~kgexplain.consistency.parse.SentenceReader` (see its module for the grammar)."""

from __future__ import annotations

from operator import attrgetter

from kgexplain.consistency._reading.words import (
    PREPOSITIONS,
    SENT_END_WORDS,
    Spec,
    count_word,
    participle_cue,
    plural_relative,
    singular_verb,
)
from kgexplain.consistency.index import PERSON_TYPES, person_like_type
from kgexplain.consistency.lexicon import (
    ADVERBS,
    AUXILIARIES,
    COORDINATORS,
    NOW_ADVERBS,
    REFLEXIVES,
    RELATIVES,
    SEPARATORS,
    Cue,
    kind_type,
    participle,
    is_year,
)
from kgexplain.consistency.mentions import Ref
from kgexplain.records import Triple


def _apposition(pre: list[str], nouns: frozenset[str]) -> bool:
    """Whether the words before a cue open an apposition: ", a band (from ...)"."""
    return len(pre) >= 3 and pre[0] == "," and pre[1] in ("a", "an", "the") \
        and all(w in nouns for w in pre[2:])


_AFTER_KIND = (["with"], ["over"], ["across"], ["from"], ["near"], ["along"], ["through"], ["during"])
"""Bare prepositions of a relation said after the item's kind noun, of the item when the kind may not
be the relation's subject ("a chypre with peach", "a bascule bridge over the Thames")."""


_RELATIVE_LEADS = (["who"], ["which"], ["that"], ["whose"])
"""Words that open a relative clause, inside which "and" joins its own predicates."""


class ListReading:
    """Lists of subjects and objects: who a predicate is said of, and whether a list is complete."""

    def _listed_to(self, last: Ref, articles: bool = False) -> list[Ref]:
        """``last`` and the items listed right before it ("Notorious and Vertigo": both; with
        ``articles``, "death and the meaning of existence" too)."""
        refs = [r for r in self.sent.refs if not r.pronoun and not r.user and r.end <= last.start
                and r.kind == last.kind]
        out = [last]
        k = last.start
        glue = (",", "and", "&", "the", "a", "an", "also", "as", "well", "plus", "along", "with", "but",
                "yet", "alongside", "together") if articles \
            else (",", "and")  # (with articles: "A as well as B, themes of X", "A plus B", "A & B", ...)
        for r in reversed(refs):
            gap = self.lowers[r.end:k]
            if not gap or not all(w in glue for w in gap):
                break
            out.insert(0, r)
            k = r.start
        if len(out) > 1 and "and" not in self.lowers[out[-2].end:out[-1].start] and not articles:
            return [last]
        return out

    def _take(self, names: list[Ref], person: Ref | None = None) -> None:
        """Mark ``names`` read by a reading of several names: the main loop passes them by, the
        clause going on with ``person`` (else with the name)."""
        self.taken = {id(r) for r in names}
        self.taken_person = person

    def _closed_list(self, r: Ref) -> list[Ref] | None:
        """The items before ", and (the) ``r``" whose relative clause closed at that comma ("A,
        which you loved, and (the) B are both ...")."""
        k = r.start - (self.lowers[r.start - 1:r.start] == ["the"])
        return self.closed_at.get(k - 2) if self.lowers[k - 2:k] == [",", "and"] else None

    def _subjects(self, prev: Ref, pre: list[str], cue: tuple[int, int], what: object) -> list[Ref]:
        """Who a predicate is said of, from the words between the last mention and its cue."""
        s0, e0 = cue
        lowers, subject, spec = self.lowers, self.subject, self.spec
        if pre in (["as"], ["as", "the"], ["as", "a"], ["as", "an"]) and spec is not None and not isinstance(spec.readings, str) \
                and spec.readings \
                and subject is not None and not prev.user \
                and all(c.relation in self.index.succession_relations for c in spec.readings):
            # "X succeeded / took over from Y as N of Z": the post is the one both held, so it is
            # said of each (not of Y alone, red team 223)
            return [*(r for r in subject if not r.user), prev]
        listed = self._closed_list(prev) if prev.kind == "item" and not prev.user and pre in ([], ["both"]) else None
        if listed and (lowers[s0] in ("are", "were") or "both" in lowers[s0:e0] or pre == ["both"]):
            if subject is None:  # ("... and distributed by Y": still both)
                self.subject = [*listed, prev]
            return [*listed, prev]  # "A, which you loved, and B were both directed by X / both star X"
        renamed = [w for w in pre if w not in self.index.type_nouns] == [","] and lowers[s0:e0] in (["a"], ["an"]) \
            and self._predicate_noun(prev)
        if renamed:
            # "X is a crime drama, a David Fincher film": the apposition renames the predicate
            # noun, which is X
            self.via_noun = True
            return renamed
        head = s0 + (pre == [","] and lowers[s0] in ("a", "an", "the"))  # (the cue may take the article)
        noun_apposed = (pre in ([",", "the"], [",", "a"], [",", "an"]) or head > s0) \
            and not isinstance(what, str) and bool(what) and head < e0 - 1 \
            and (all(c.noun for c in what) or not participle(lowers[head])) \
            and lowers[e0 - 1] in ("of", "by") and not prev.user and prev.kind == "item" \
            and self.role == "object" and subject is not None and prev not in subject
        # ("Norman Foster designed Wembley, the home of X", "You disliked Fenway Park, the home
        # ground of the Red Sox", "X was a rival of the Davy lamp, an invention by Y", red team
        # 218: the noun's apposition is the object's, not the subject's)
        if s0 in self.describes or _apposition(pre, self.index.type_nouns) or noun_apposed \
                or (pre == [","] and lowers[s0:s0 + 2] in (["home", "to"], ["home", "of"]) and not prev.user):
            # (", home to Y" describes the name before it, as ", a park with Y" does)
            if prev.user:
                return []  # "..., which you loved, a band from ...": whose apposition is unclear
            # "Oasis was influenced by The Beatles, a band from Liverpool": said of The Beatles;
            # "Nirvana, a grunge band, was signed to ...": Nirvana is also the clause's subject
            if subject is None:
                self.subject = [prev]
            self.apposed = [prev]
            self._enter_description(prev)
            return [prev]
        if pre == [","] and e0 - s0 == 1 and lowers[s0] in ("in", "at", "on") and prev.kind == "item" \
                and not prev.user and not prev.pronoun and subject and any(r.user for r in subject) \
                and not isinstance(what, str) and what:
            # "You disliked Kronborg Castle, in Denmark": where the item is (the user's own
            # whereabouts the graph never says), as in "Kronborg Castle, in Denmark, ..."
            self.apposed = [prev]
            self._enter_description(prev)
            return [prev]
        described = self._predicate_noun(prev)
        if all(w in AUXILIARIES or w in ADVERBS for w in pre) and not described and spec is not None \
                and spec.span[0] in self.describes \
                and self.role == "object" and subject is not None and prev in self.group:
            return list(subject)  # "Vertigo by Alfred Hitchcock is a thriller": back to Vertigo
        if not pre and lowers[s0] == "with" and e0 - s0 >= 3 and lowers[e0 - 1] == "by" and not described \
                and spec is not None and not isinstance(spec.readings, str) and self.role == "object" \
                and prev in self.group and prev.kind != "item" and not prev.user and spec.subjects \
                and all(r.kind == "item" and not r.user for r in spec.subjects):
            # "Aliens, a film starring Sigourney Weaver with music by James Horner": the music
            # is the film's, as the star is (a person has no music by anyone)
            return list(spec.subjects)
        if not pre and lowers[s0] == "by" and e0 - s0 == 1 and spec is not None and not isinstance(spec.readings, str) \
                and not isinstance(what, str) and what and self.role == "object" and prev in self.group \
                and prev.kind != "item" and not prev.user and not prev.pronoun and spec.subjects \
                and all(r.kind == "item" and not r.user for r in spec.subjects) \
                and lowers[spec.span[1] - 1] in ("in", "of", "on", "about", "from") \
                and prev.start - spec.span[1] == (lowers[spec.span[1]:spec.span[1] + 1] == ["the"]) \
                and not any(participle(w) and w not in AUXILIARIES for w in lowers[spec.span[0]:spec.span[1]]) \
                and not any(set(prev.types) & (self.index.head_types.get(c.relation, frozenset()) if c.forward
                                               else self.index.tail_types.get(c.relation, frozenset()))
                            for c in what):
            # "Salome is an opera in German by Richard Strauss", "a treatise of political
            # philosophy by Thomas Hobbes": "by" after the one attribute of a noun's phrase that
            # no such relation starts from (a language, a field is by no one) is said of the
            # item the phrase describes; never after a verb, whose agent it is ("was published
            # in London by X", "sold in London by X", red teams 122 and 182)
            return list(spec.subjects)
        words = [w for w in pre if w not in ADVERBS and w not in self.index.type_nouns]
        if words[:1] == ["from"] and len(words) >= 2 and is_year(words[1]):
            words = words[2:]  # "an animated film from 1986 with music by Y" (the year: _numbers)
        if described and words in ([], [","], ["which"], ["that"], [",", "which"], [",", "that"], ["with"], ["who"]) and (
                    pre or participle_cue(lowers[s0:e0]) or lowers[s0] in self.index.type_nouns
                    or lowers[s0] in ("by", "with", "from", "on", "for", "available", "about", "in", "at")
                    or (lowers[s0:s0 + 2] == ["in", "the"] and not isinstance(what, str) and what
                        and all(c.noun for c in what))):  # ("a museum in the Art Deco style")
            # "X is a thriller (,) (which was) directed by Y", "Z, a thriller written by Y", "a
            # thriller with music by Y", "a platformer available on Z": of X
            self.via_noun = True
            return described
        kinded = [w for w in pre if w not in ADVERBS]
        opening = prev.start == self.sent.start or self.lowers[prev.start - 1] in (",", ":") or (
            prev.start == self.sent.start + 1 and self.lowers[self.sent.start] == "the")
        if len(kinded) >= 4 and kinded[0] in ("is", "was") and kinded[1] in ("a", "an", "the") \
                and (kinded[-1] in ("that", "which") or kinded[-1] == "who" and (
                    self.index.people_items or (prev.kind != "item" and prev.types & PERSON_TYPES))) \
                and self._own_kind_nouns(prev, kinded[2:-1], kinded[1] == "the") \
                and not prev.user and not prev.pronoun and opening and (subject is None or subject == [prev]):
            # "Jaws is a film that was directed by X", "Sega is the company that put out the
            # Saturn": the subject's own predicate, through its kind noun (not a description:
            # the relative clause is the clause's claim)
            self.via_noun = True
            self.subject = [prev]
            return [prev]
        if any(w in RELATIVES for w in pre):
            if plural_relative(pre + lowers[s0:e0]) and len(self.group) > 1 \
                    and not any(r.user for r in self.group) and not self._each_relative(self.group, prev):
                listed = list(self.group)  # "A and B, which were both directed by X": of both
                if subject is None and self.role == "free":
                    # "A and B, who both star in Heat, appear in Y": the main clause goes on
                    # with both
                    self.subject = listed
                    self._enter_description(prev)
                return listed
            host = self._relative_host(prev, what) if not {"who", "whom"} & set(pre) else None  # (no item is "who")
            if host is not None:
                # "Stilton, a blue cheese from Nottinghamshire that pairs with port": a place pairs
                # with nothing; the cheese does
                if subject is None:
                    self.subject = [host]
                self._enter_description(host)
                return [host]
            if subject is None:
                # "X, who wrote Y, was published by Z": once the relative clause closes, the
                # main clause goes on with X, never with Y
                self.subject = [prev]
            self._enter_description(prev)
            return [prev]
        participial = participle_cue(lowers[s0:e0])
        plural_words = ("are", "were", "have", "do", "both", "all")
        bare = [w for w in pre if w not in ADVERBS]
        if [w for w in bare if w not in plural_words] == [","] and prev in self.compared and subject is not None \
                and not isinstance(what, str) and (
                any(w in plural_words for w in bare) or "both" in lowers[s0:e0]
                or lowers[s0] in ("are", "were", "have", "do", "share")) and self._apposed_like(prev):
            # "Heat, a crime film like Casino, (both) were directed by X": a plural verb, said
            # of both
            return [r for r in subject if not r.user] + [prev]
        if bare == [","] and prev in self.compared and subject is not None \
                and not participial and not isinstance(what, str) and singular_verb(lowers[s0:e0]) \
                and self._apposed_like(prev):
            # "Gladiator, an action film like Highlander, stars Russell Crowe": the comparison
            # is the apposition's; the verb after it is the subject's alone
            return [r for r in subject if not r.user]
        if bare in ([","], ["—"], ["-"]) \
                and (prev in self.compared or prev in self.shared_with) and subject is not None \
                and not isinstance(what, str) and not (e0 > s0 and lowers[s0] in AUXILIARIES):
            # "Emma is a romance like Pride and Prejudice, set in Surrey": said of which? both;
            # "A shares a label with B, both from Seattle": both
            return [r for r in subject if not r.user] + [prev]
        if participial and bare == [","] and self.role == "free" \
                and self.spec is None and self.group == [prev]:
            self.describing = True  # "Ticket to Ride, designed by X, uses Y": X only describes
        counted = count_word(bare[-1]) if len(bare) == 5 or bare[:2] == [",", "the"] else None
        counted_the = len(bare) == 3 and bare[:2] == [",", "the"] and counted is not None  # "the two instructors of X"
        one_of = (bare == [",", "one", "of", "the"] or (bare[:4] == [",", "one", "of", "the"] and counted)) \
            and any(w.endswith("s") for w in lowers[s0:e0])  # ", one of the (three) hops in X"
        only = bare in ([",", "the", "only"], [",", "the", "single"], [",", "the", "sole"])  # "the only hop in X"
        listed = self._listed_to(prev, articles=True) \
            if bare in ([","], [",", "both"], [",", "all"], [",", "the"]) and e0 - s0 >= 2 \
            and lowers[e0 - 2].endswith("s") and not prev.user and prev.kind != "item" else []
        nouns = not isinstance(what, str) and bool(what) and all(
            c.noun or (Cue(c.relation, c.forward, True) in what and lowers[s0] not in AUXILIARIES)
            for c in what)  # ("the home of": a noun, and the verb "is home of" without its copula)
        if len(listed) > 1 and nouns and lowers[e0 - 1] in ("of", "behind", "in", "on", "at", "for"):
            # "A and B, (the) themes of Y", "A, but B, both stars of Y": each of the list,
            # whatever joined it
            self._enter_description(prev)
            return listed
        some = bare in ([",", "a"], [",", "an"]) and not lowers[e0 - 2].endswith("s")  # ", a theme of X"
        if (bare in ([",", "the"], [","]) or one_of or only or counted_the or some) and self.role == "object" \
                and nouns and lowers[e0 - 1] in ("of", "behind", "in", "on", "at", "for") and not prev.user \
                and prev.kind != "item":
            # "Psycho was directed by Alfred Hitchcock, the director of Vertigo": of him
            if only:
                self._mark(s0 - 1, s0)  # (the definite noun says it all)
            if counted_the:
                self.counted_noun = (counted, s0 - 1)  # "the two instructors of X": X has two
            if one_of:
                self._mark(s0 - 3 - bool(counted), s0 - 1 - bool(counted))  # ("one of": some of them)
                if counted:
                    self.counted_noun = (counted, s0 - 1)  # "the three hops in X": X has three
            self._enter_description(prev)
            listed = self._listed_to(prev)
            if counted_the and len(listed) == counted:
                return listed  # "A and B, the two instructors of X": both
            return [prev]
        if [w for w in pre if w not in ADVERBS] == [","] and self.role == "object" \
                and not isinstance(what, str):
            listed = [r for r in self.group if not r.user]
            if ("both" in pre or "all" in pre) and len(listed) > 1:
                return listed  # "You loved A and B, both from Seattle": said of each

            if spec is not None and not isinstance(spec.readings, str) and any(
                    c.noun for c in spec.readings) and not participial:
                if "," in lowers[spec.span[1]:prev.start] and spec.span[0] > 0 and not prev.user \
                        and lowers[spec.span[0] - 1] in ("'s", "'", "its", "their", "the"):
                    return [prev]  # "X's director, Y, also wrote it": Y is the subject (not the
                    # "you" of "..., which you loved,")
                # "A, the birthplace of B, wrote C": the apposition ends, A goes on
                return list(subject) if subject is not None else list(spec.subjects)
            if subject is not None and self._parenthetical_closed(subject, prev):
                # "X, who was a rival of Y, raced for Z", "X, Y's sibling, specialized in Z": the
                # relative clause or apposition on X closes, and the verb after it is X's (not
                # a reduced relative on Y, red team 212)
                return list(subject)
            if not participial and subject is not None:
                able = self._able(what)
                if self._with_like(s0) and able and prev.types & able and not any(
                        x.types & able for x in subject if not x.user):
                    return [prev]  # "Y directed X, with music by Z": a person has no music
                return list(subject)  # "X, directed by Y, has music by Z": back to X
            able = self._able(what)
            listed = [r for r in self.group if not r.user and r.types & able]
            if "both" in pre or "all" in pre or len(listed) > 1:
                # "... Vertigo and Psycho, (both) scored by Y": said of each ("stars A and B,
                # with a score by Y": people have no score, so of the clause's subject)
                if listed or subject is None:
                    return [r for r in self.group if not r.user]
                return list(subject)
            if able and not prev.types & able and subject is not None \
                    and all(x.types & able for x in subject if not x.user):
                # "Public Enemy, whose members include Chuck D, signed to Def Jam": a person
                # signs to no label in this graph; the clause's subject does ("..., meet X: a
                # sitcom created by Y, starring Z": X, not the user)
                if all(x.user for x in subject) and spec is not None and spec.subjects \
                        and all(not x.user and x.types & able for x in spec.subjects):
                    return list(spec.subjects)
                return list(subject)
            self._enter_description(prev)
            return [prev]  # "You loved X, directed by Y": a reduced relative clause
        if participial and ("both" in pre or "all" in pre) and not [w for w in pre if w not in ADVERBS] \
                and self.role == "object" and not isinstance(what, str) \
                and len([r for r in self.group if not r.user]) > 1:
            return [r for r in self.group if not r.user]  # "You loved A and B both directed by X"
        a_noun = prev.kind == "attribute" and prev.start > 0 and lowers[prev.start - 1] in ("a", "an")
        if self.apposed and pre and all(w in self.index.type_nouns for w in pre):
            self.via_noun = True
            return list(self.apposed)  # "..., an alternative rock band signed to Sub Pop"
        if subject is not None and ((pre and all(w in self.index.type_nouns for w in pre))
                                    or (not pre and participial and a_noun)):
            self.via_noun = True
            return list(subject)  # "X is a horror film directed by Y", "X is a thriller directed by Y"
        if subject is not None and not pre and a_noun and lowers[s0:e0] in _AFTER_KIND and self.role == "object" \
                and (kind_type(prev.types) or self._after_kind_noun(s0)) and not isinstance(what, str):
            able = self._able(what)
            # the name the kind noun describes, standing right before it ("...; take the Tyne
            # Bridge, an arch bridge over X": the Tyne Bridge, not the clause's subject; none
            # after "which is a ...", red team 142)
            named = self._kind_described(s0)
            doers = [named] if named is not None else []
            if doers and not prev.types & able and all(r.types & able for r in doers):
                # "Mitsouko is a chypre with peach and oakmoss": a kind has no notes; the item of
                # that kind does ("Tower Bridge is a bascule bridge over the Thames")
                self.via_noun = True
                return doers
        if not pre and (participial or lowers[s0] == "with") and prev.kind == "attribute" and not prev.user \
                and self.role == "object" \
                and subject is not None and spec is not None and not isinstance(spec.readings, str) \
                and not isinstance(what, str) and self._after_kind_noun(spec.span[0]):
            able = self._able(what)
            doers = [r for r in subject if not r.user]
            if doers and not prev.types & able and all(r.types & able for r in doers):
                # "Queen is a band from London signed to EMI", "an oolong from Anxi with notes of
                # orchid": no city signs to a label; the band the kind noun names does
                self.via_noun = True
                return doers
        if [w for w in pre if w not in ADVERBS] in ([":"], ["—"], ["–"], ["-"]) and participial \
                and prev.kind == "item" and not prev.user and self.role != "object":
            # "Misery (1990): directed by Rob Reiner": a title, then what is said of it
            self.subject = [prev]
            return [prev]
        if pre[-1:] == ["same"] and not isinstance(what, str) and what and all(c.noun for c in what) \
                and (any(w in SEPARATORS for w in pre)
                     or (self.same_fragment and [w for w in pre if w not in (",", "and", "the")] == ["same"])):
            # "Because you watched Young Frankenstein: same director, Mel Brooks." (a UI
            # fragment): every item named so far has that director ("..., and the same
            # composer, John Williams": the next fragment too)
            items = [r for r in self.all_refs if r.kind == "item" and not r.user and not r.pronoun
                     and r.end <= s0]
            if len(items) > 1:
                self.same_fragment = True
                return items
        if [w for w in pre if w != ","] == ["but"] and subject is not None \
                and any(r.user for r in subject) and isinstance(what, str):
            return list(subject)  # "You watched Veep but gave it two stars": the user again
        if [w for w in pre if w not in ADVERBS and w != ","] == ["but"] and subject is not None \
                and self.role == "object" and not isinstance(what, str) and lowers[s0] in AUXILIARIES \
                and not any(r.user for r in subject) \
                and not any(w in RELATIVES for w in lowers[max(r.end for r in subject):s0]):
            # "Burberry was founded in Basingstoke but is headquartered in London" (not after a
            # relative clause: "X created Y, which ... but was born in Z" is Y's or X's? red team 146)
            return list(subject)
        if any(w in SEPARATORS for w in pre):
            return []
        if [w for w in pre if w not in ADVERBS] == ["and"] and participial and subject is not None \
                and all(r.user for r in subject) and spec is not None and not isinstance(what, str) \
                and not isinstance(spec.readings, str) and spec.subjects \
                and not any(r.user for r in spec.subjects) and participle_cue(lowers[spec.span[0]:spec.span[1]]):
            # "You loved Heat, directed by X and scored by Y": the participles' item, not the user
            return list(spec.subjects)
        if any(w in COORDINATORS for w in pre) and subject is not None and (
                self.role == "object" or ((prev in self.compared or prev in self.shared_with)
                                          and self.role in ("free", "compared", "as"))):
            # "X stars A and is directed by B"; "A shares a director with B and is a horror
            # film", "A was directed by X, like B, and is ...": the clause's subject, not B
            return list(subject)
        if not self.group:
            return []
        if not pre and (e0 - s0 == 1 or lowers[s0 + 1:e0] == ["the"]) and lowers[s0] in ("on", "for") \
                and not isinstance(what, str) \
                and subject is not None and self.role == "object":
            # "created by Matt Duffer for Netflix": no person airs on a network; the clause's
            # subject does
            able = self._able(what)
            doers = [r for r in subject if not r.user]
            if not doers and spec is not None and not any(r.user for r in spec.subjects):
                # "You loved A and B, (both) developed by X for the N64": the participle's items
                doers = list(spec.subjects)
            if not any(r.types & able for r in self.group) and all(r.types & able for r in doers) \
                    and (doers or not any(r.user for r in subject)):
                return doers
        if not pre and self._with_like(s0) and not isinstance(what, str) and self.role == "object" \
                and spec is not None and not isinstance(spec.readings, str):
            # "X was directed by Y with music by Z": Y has no music; the subject does
            able = self._able(what)
            doers = [r for r in subject or () if not r.user] or [r for r in spec.subjects if not r.user]
            if able and doers and not any(r.types & able for r in self.group) \
                    and all(r.types & able for r in doers):
                return doers
        reduced = self._after_reduced(prev, subject, s0, what) if subject is not None else None
        if reduced is not None:
            # "The ALCO RS-3 built by Montreal Locomotive Works has a four-stroke engine": the
            # participle only describes; the clause's verb is the subject's (none, where the
            # described name is an object: "You loved X built by Y is based in Z")
            return reduced
        self.subject = list(self.group)
        return list(self.group)

    def _after_reduced(self, prev: Ref, subject: list[Ref], s0: int, what: object) -> list[Ref] | None:
        """The subject of the cue at ``s0`` where it follows a name X described by a participle or
        a place without commas ("X built by Y has Z", "X located in Y is owned by Z", "X at Y is
        owned by Z"; only claim-free words between Y and the cue): X where X opens its clause
        and the cue is a finite verb; no one (``[]``) where X does not open it ("You loved X
        built by Y is based in Z") or the verb may be another participle ("X run by Y located
        in Z": a fragment, whose "located" is X's or Y's); ``None`` for any other shape (Y is
        then the subject, as before: "X built by Y in London", "X built by Y featuring Z")."""
        spec, lowers = self.spec, self.lowers
        if spec is None or isinstance(spec.readings, str) or isinstance(what, str) or self.role != "object" \
                or len(subject) != 1 or subject[0].pronoun or self.group != [prev]:
            return None
        x = subject[0]
        if x.user and spec.subjects and not spec.subjects[0].user:
            x = spec.subjects[0]  # ("You loved X built by Y ...": the participle's X)
        gap = lowers[prev.end:s0]
        if x.user or [id(r) for r in spec.subjects] != [id(x)] or spec.span[0] != x.end or spec.chained \
                or not (participle_cue(lowers[spec.span[0]:spec.span[1]])
                        or lowers[spec.span[0]:spec.span[1]] in (["in"], ["at"], ["from"])
                        or lowers[spec.span[0]] == "with") \
                or lowers[spec.span[1]:prev.start] not in ([], ["the"]) \
                or not all(w in ADVERBS or w in AUXILIARIES or w in REFLEXIVES or w in NOW_ADVERBS for w in gap):
            return None
        verb = lowers[s0]
        finite = any(w in AUXILIARIES for w in gap) or verb in AUXILIARIES
        if not finite and (verb in PREPOSITIONS or verb.endswith("ing")):
            return None  # (a place or an "-ing" after Y may be Y's: left as it was read)
        k = x.start - (lowers[x.start - 1:x.start] == ["the"])
        opens = k == self.sent.start or lowers[k - 1] in (";", ":")
        return [x] if opens and (finite or not participle(verb)) else []

    def _apposed_like(self, x: Ref) -> bool:
        """Whether the comparison "like X" ends an apposition: ", a crime comedy like X"."""
        k = x.start - (self.lowers[x.start - 1:x.start] == ["the"]) - 1
        j = k - 1
        while j > 0 and self.lowers[j] not in (",", ";", ":") and self.lowers[j] not in SENT_END_WORDS:
            j -= 1
        if self.lowers[j] != "," or self.lowers[j + 1:j + 2] not in (["a"], ["an"]):
            return False
        names = {t for r in self.sent.refs for t in range(r.start, r.end)}
        return j + 2 < k and all(t in names or self.lowers[t] in self.index.type_nouns or is_year(self.lowers[t])
                                 or self.lowers[t] in ("and", "-") for t in range(j + 2, k))

    def _with_like(self, k: int) -> bool:
        """Whether the cue at ``k`` adds a part of the work: "with music by X", "from a script by X"."""
        return self.lowers[k] == "with" or (self.lowers[k] == "from" and self.lowers[k + 1:k + 2] in (["a"], ["an"], ["the"]))

    def _after_kind_noun(self, k: int) -> bool:
        """Whether token ``k`` follows "is a <kind noun(s)>" or ", a <kind noun(s)>" ("Queen is a
        band from ...", "Queen, a rock band from ...", "an oolong from ...": genre names too)."""
        return self._kind_article(k) is not None

    def _kind_described(self, k: int) -> Ref | None:
        """The name right before "is a <kind>" / ", a <kind>" that token ``k`` follows ("Tower
        Bridge" in "Tower Bridge is a bascule bridge over ..."), if one stands there."""
        j = self._kind_article(k)
        if j is None:
            return None
        return next((r for r in self.sent.refs if r.end == j - 1 and not r.user and not r.pronoun), None)

    def _kind_article(self, k: int) -> int | None:
        """Where the article of "is a <kind noun(s)>" / ", a <kind noun(s)>" before token ``k`` stands."""
        ws, nouns = self.lowers, self.index.type_nouns
        j = k
        while j > self.sent.start and (ws[j - 1] in nouns or any(
                r.end == j and r.kind == "attribute" and not r.user and not r.pronoun for r in self.sent.refs)):
            ref = next((r for r in self.sent.refs if r.end == j and r.kind == "attribute"), None)
            j = ref.start if ref is not None and (ws[j - 1] not in nouns or ws[ref.start - 1:ref.start] in (["a"], ["an"])) \
                else j - 1  # (a kind's whole name: "a bascule bridge", where "bridge" is a type noun too)
        return j - 1 if j < k and j >= 2 and ws[j - 1] in ("a", "an") and ws[j - 2] in ("is", "was", ",") else None

    def _able(self, what: object) -> frozenset[str]:
        """The entity types that may be the subject of readings ``what``."""
        return frozenset().union(*(self.index.subject_types.get((c.relation, c.forward), ())
                                   for c in what))  # type: ignore[union-attr]

    def _complete_lists(self) -> None:
        """ "The members of X are A and B" names all of X's members, "The writer of X is Y" its
        only writer: a list that leaves out one the graph has is ``incomplete_list`` ("X's
        members include A" does not say all; "Y is a writer of X" does not say only)."""
        for span in self.complete_spans:
            facts = [t for sp, t in self.claimed if sp == span]
            # whose list: the name the noun is said of ("X's N is", "Y is X's N", "The N of X is";
            # not "Y is in the country of X", where "of X" names the country), the stored fact's
            # head or its tail ("Humphrey Bogart's resting place is Forest Lawn": Bogart's resting
            # places, not all who rest at Forest Lawn; "Y is the N of X": X's, where N names the
            # head, "Hume is the author of the Treatise"; "X, whose N is Y": X's; "his pupils
            # were Y": his, red team 205)
            owning = {i for r in self.sent.refs if not r.user and span[0] > 0
                      and (r.end == span[0] - 1 and self.lowers[span[0] - 1] in ("'s", "’s")
                           or r.end == span[0] and self.lowers[span[0] - 1:span[0]] in (["'"], ["’"])
                           or (r.end == span[0] and self.lowers[span[0]] in ("is", "are", "was", "were")
                               and self.lowers[r.start - 1:r.start] in (["of"], ["the"]))
                           or (r.start == span[1] and self.lowers[r.end:r.end + 1] in (["'s"], ["’s"], ["'"]))
                           or (r.start - (self.lowers[r.start - 1:r.start] == ["the"]) == span[1]
                               and self.lowers[span[1] - 1] == "of"
                               and (self.lowers[span[0]:span[0] + 2] in (["is", "the"], ["was", "the"], ["are", "the"],
                                                                         ["were", "the"])
                                    or self.lowers[span[0] - 1] == "the"))
                           or self._whose_at(r.end, span[0])
                           or (r.pronoun and r.end == span[0] and self.lowers[r.start] in ("its", "his", "her", "their"))
                           or (r.pronoun and r.start == span[1] and self.lowers[r.start] in ("its", "his", "her", "their")))
                      for i in r.ids}
            if not owning and facts and all(t.relation in self.index.symmetric for t in facts):
                common = set.intersection(*({t.head, t.tail} for t in facts))
                if len(common) == 1:
                    owning = common  # ("X had two rivals: A and B" of rivalries stored either way)
            if any(t.tail in owning for t in facts) and not any(t.head in owning for t in facts):
                owning |= {t.tail for t in facts}  # ("Y is the architect of A and B": A's and B's, red team 206)
            by_tail = bool(facts) and all(t.tail in owning and t.head not in owning for t in facts)
            own, other = (attrgetter("tail"), attrgetter("head")) if by_tail else (attrgetter("head"), attrgetter("tail"))
            side = self.index.graph._pred if by_tail else self.index.graph._succ
            # (a relation said the same both ways, stored the other way round: the owner's end first,
            # "Marc Girardelli's rivals" of a rivalry stored from Tomba to him)
            facts = [Triple(t.tail, t.relation, t.head) if t.relation in self.index.symmetric
                     and own(t) not in owning and other(t) in owning else t for t in facts]
            for owner in dict.fromkeys(own(t) for t in facts):
                named = {other(t) for t in facts if own(t) == owner}
                rels = {t.relation for t in facts if own(t) == owner}
                stored = {z for z, data in side.get(owner, {}).items() if rels & set(data)} \
                    | {z for r in rels & self.index.symmetric for z in self.index.both_ways(owner, r)}
                # (a relation said the same both ways, stored either way: all of a skier's siblings)
                if stored - named:
                    self.sink(span[0], span[1], "unverified", False, "incomplete_list", None, (owner,))

    def _whose_at(self, e: int, c: int) -> bool:
        """Whether "whose" follows a name ending at ``e`` (a comma between) and its noun runs
        to ``c`` ("X, whose designer is Y": X's designers)."""
        w = e + (self.lowers[e:e + 1] == [","])
        return w < c <= w + 4 and self.lowers[w] == "whose"

    def _own_kind_nouns(self, prev: Ref, nouns: list[str], definite: bool) -> bool:
        """Whether ``nouns`` ("film", "company", "one") name only the kind of ``prev``: an item's
        type nouns, or the type of a name that is no item ("Sega is the company that ..."); "the
        one" ("X was the one who ...") says nothing of its kind."""
        if nouns == ["one"]:
            return definite
        if nouns == ["person"]:
            return definite and bool(prev.types) and all(map(person_like_type, prev.types))  # "the person who"
        if not nouns:
            return False
        if prev.kind == "item":
            return all(w in self.index.type_nouns for w in nouns)
        kinds = {self.index.attribute_type_nouns.get(w) for w in nouns}
        return len(nouns) == 1 and None not in kinds and kinds <= set(prev.types)

    def _parenthetical_closed(self, subject: list[Ref], prev: Ref) -> bool:
        """Whether ``prev`` stands in a relative clause or an apposition set off by commas right
        after the clause's subject, and the comma after ``prev`` closes it ("X, who was a rival
        of Y, ..."; "X, Y's sibling, ...")."""
        named = [r for r in subject if not r.user and not r.pronoun]
        if not named or prev in subject:
            return False
        x = max(named, key=lambda r: r.end)
        lowers = self.lowers
        inner = lowers[x.end + 1:prev.start]
        close = prev.end + 2 if lowers[prev.end:prev.end + 1] in (["'s"], ["’s"]) else prev.end  # ("Y's sibling,")
        listed = inner[-1:] == ["and"] and prev.start >= 2 and (prev.start - 1) in {r.end for r in self.sent.refs}
        # ("X, a rival of A and B, ...": the apposition's objects listed)
        body = inner[:-1] if listed else inner
        lead = body[:1]
        # (the parenthetical opens with a relative pronoun, an article or a relation's noun with
        # none, "X, sibling of Y, ...", red team 214)
        return lowers[x.end:x.end + 1] == [","] and x.end < prev.start and lowers[close:close + 1] == [","] \
            and not any(w in (",", ";", ":", ".", "or", "but") or (w == "and" and lead not in _RELATIVE_LEADS)
                        for w in body) \
            and (lead in (*_RELATIVE_LEADS, ["a"], ["an"], ["the"]) or not inner
                 or (bool(lead) and ((lead[0],) in self.index.cues or (lead[0], "of") in self.index.cues)))

    def _enter_description(self, prev: Ref) -> None:
        """An apposition or relative clause on ``prev`` begins: it describes ``prev`` but is not
        the clause's claim about it (a name only described is unattached: "Also Chinatown, a
        thriller."), and the clause's predicate waits for a coordinated object after it."""
        self.describing = True
        if self.outer is None and self.role == "object" and self.spec is not None and prev in self.group:
            self.outer = (self.spec, [r for r in self.group if not r.user])

    def _respective_names(self, pending: Spec, cur: Ref, a: int, b: int) -> bool:
        """ "X has the same director and composer as Y: A and B": as many names as nouns, in
        their order, the list closing the clause; each name is its noun's, for X and Y."""
        names = self._listed_from(cur)
        readings = [pending.readings, *self.pending_more]
        end = names[-1].end
        if len(names) != len(readings) or any(r.user or r.pronoun for r in names) \
                or not (end >= self.sent.end or self.lowers[end] in (".", "!", ";")):
            return False
        for name, rd in zip(names, readings):
            for x in self._expand(name):
                self._claim(pending.subjects, x, rd, pending.negated, False, pending.span)
        self._mark(a, b)
        for x, y in zip(names, names[1:]):
            self._mark(x.end, y.start)
        self.attached.update(id(r) for r in names)
        self._take(names[1:])
        self.pending, self.pending_more = None, []
        self.group, self.role = [cur], "free"
        return True

    def _respective_objects(self) -> tuple[dict[int, int], tuple[int, int]] | None:
        """The list of names right before "(,) respectively" ("... by X, Y and Z respectively"):
        each name's start and its place in the list, and the span of the word (``None`` without
        one, or with a list of fewer than two names)."""
        ws, refs = self.lowers, [r for r in self.sent.refs if not r.user and not r.pronoun]
        k = next((k for k in range(self.sent.start, self.sent.end) if ws[k] == "respectively"), None)
        if k is None:
            return None
        j = k - (ws[k - 1:k] == [","])
        names: list[Ref] = []
        cur = next((r for r in refs if r.end == j), None)
        while cur is not None:
            names.append(cur)
            p = cur.start - (ws[cur.start - 1:cur.start] == ["the"])
            q = p - (ws[p - 1:p] == ["and"])
            q -= ws[q - 1:q] == [","]
            cur = next((r for r in refs if r.end == q), None) if q < p else None
        if len(names) < 2:
            return None
        return {r.start: i for i, r in enumerate(reversed(names))}, (j, k + 1)

    def _list_ending(self, last: Ref) -> list[Ref]:
        """``last`` and the items listed right before it ("A, B and C": all three)."""
        out = [last]
        for r in sorted((r for r in self.sent.refs if r.end <= last.start and r.kind == "item"
                         and not r.user and not r.pronoun), key=lambda r: -r.start):
            gap = self.lowers[r.end:out[-1].start]
            if not gap or not all(w in (",", "and") for w in gap) or len(gap) > 2:
                break
            out.append(r)
        return out[::-1]

    def _items_before(self, ref: Ref) -> list[Ref]:
        """The distinct items named in this sentence before ``ref`` (with what the item pronouns
        among them stand for)."""
        out: list[Ref] = []
        for x in self.all_refs:
            if not (self.sent.start <= x.start < ref.start) or x.user or x is ref:
                continue
            for y in (x.group if x.pronoun == "item" else [x] if not x.pronoun else []):
                if y.kind == "item" and all(set(y.ids) != set(z.ids) for z in out):
                    out.append(y)
        return out

    def _items_from(self, first: Ref) -> list[Ref]:
        """``first`` and the items listed right after it ("A, B and C"); the commas and "and"
        between them are marked read."""
        listed, k = [first], first.end
        while True:
            j = k + (self.lowers[k:k + 1] == [","])
            j += self.lowers[j:j + 1] == ["and"]
            after = next((r for r in self.sent.refs if j > k and r.start == j and r.kind == "item"
                          and not r.user and not r.pronoun), None)
            if after is None:
                return listed
            self._mark(k, j)
            listed.append(after)
            k = after.end

    def _listed_from(self, first: Ref) -> list[Ref]:
        """``first`` and the names listed right after it ("Heat, Ronin and Casino")."""
        out = [first]
        refs = [r for r in self.sent.refs if r.start >= first.end and not r.pronoun and not r.user]
        end = first.end
        for r in refs:
            if all(w in (",", "and", "&") for w in self.lowers[end:r.start]) and r.start > end:
                out.append(r)
                end = r.end
            else:
                break
        return out
