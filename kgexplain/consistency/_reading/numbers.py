"""Numbers in a sentence, bound to the entity they describe.

A part of :class:`~kgexplain.consistency.parse.SentenceReader` (see its module for the grammar)."""

from __future__ import annotations

from typing import Sequence

from kgexplain.consistency._reading.words import (
    DEBUTED,
    EARLIER_ACTS,
    FIRST_VERBS,
    LATER_ACTS,
    PUBLISHED_KINDS,
    RATING_UNITS,
    RELEASE_PARTICIPLES,
    RELEASED,
    Spec,
    first_showing,
    is_plural_role,
    number_word,
)
from kgexplain.consistency._text import WORD_NUMBERS, number_at
from kgexplain.consistency.index import EVENT_KINDS, animal_type, named_person_type
from kgexplain.consistency.lexicon import (
    AUXILIARIES,
    CLAUSE_ENDS,
    RELATIVES,
    SEPARATORS,
    conceiving_verb,
    kind_type,
    type_word_set,
    verb_lemmas,
)
from kgexplain.consistency.mentions import Ref

_SCALES = frozenset({"5", "five"})
_TOP_MARKS = (["perfect", "score"], ["perfect", "rating"], ["full", "marks"], ["top", "marks"],
              ["top", "rating"], ["perfect", "five"])
"""The top of the five-star scale in words: "you gave Fargo a perfect score"."""


_RECURRING = EVENT_KINDS | frozenset({"run", "marathons", "races", "festivals", "events", "season", "seasons",
                                     "edition", "editions", "award", "prize", "prizes"})
"""Type words of items that come back every year: "the X of <year>" is one edition, not the item's year."""


def _noun_gap(gap: Sequence[str], nouns: frozenset[str]) -> bool:
    """Whether the words between a name and ", released in" are a comma or kind nouns ("a
    Survivor song, released in", "a Pixar film released in")."""
    words = list(gap[:-1]) if gap[-1:] == [","] else list(gap)
    return bool(gap) and all(w in nouns for w in words)


def _dates_back(lowers: Sequence[str], k: int) -> int | None:
    """Where an idiom that dates the item with the year at token ``k`` begins: "dates (back) to",
    "goes back to" ("Rangers date back to 1872"), "opened its doors in" ("X opened its doors in 2004")."""
    if k >= 3 and lowers[k - 2:k] == ["back", "to"] and lowers[k - 3] in ("date", "dates", "dated", "dating",
                                                                        "goes", "go", "went"):
        return k - 3  # ("Prague Castle goes back to 880")
    if k >= 2 and lowers[k - 1] == "to" and lowers[k - 2] in ("date", "dates", "dated", "dating"):
        return k - 2  # ("Pietà dates to 1499", "The Battle of Tours, dated to 732, ...")
    if k >= 4 and lowers[k - 3:k] in (["its", "doors", "in"], ["their", "doors", "in"]) \
            and lowers[k - 4] in ("opened", "opens", "open"):
        return k - 4
    return None


def _around_since(lowers: Sequence[str], k: int) -> int | None:
    """Where "has been around / existed / been in existence since" before the year at token ``k``
    begins ("Cherry Ripe has been around since 1924": since its first year)."""
    for since in _AROUND_SINCE:
        if k >= len(since) + 1 and lowers[k - len(since):k] == since and lowers[k - len(since) - 1] in ("has", "have"):
            return k - len(since) - 1
    return None


_HELD_ONCE = frozenset({"show", "edition", "expedition", "voyage", "battle", "siege", "war", "election", "launch",
                        "mission", "flight", "tour", "speech", "address", "treaty", "premiere"})
"""Type words of things that happen once (beside ``EVENT_KINDS``): none of them "has been around"."""
_AROUND_SINCE = (["been", "around", "since"], ["existed", "since"], ["been", "in", "existence", "since"])
"""What "has" says before the item's first year: "has been around / existed / been in existence since"."""


def _release_words(gap: list[str], extra: frozenset[str] = frozenset()) -> bool:
    """Whether a gap from a relative clause's end to "in" / "from" says only that the item came
    out ("Jaws, which you loved, came out in 1975", "..., is from 1975"), not when the user did
    something ("Jaws, which you watched in 1975, ...")."""
    commas = [i for i, w in enumerate(gap) if w == ","]
    after = gap[commas[-1] + 1:] if commas else []
    return bool(after) and all(w in _RELEASE_WORDS or w in extra for w in after)


_RELEASE_WORDS = frozenset({"came", "comes", "out", "was", "is", "were", "are", "released", "first",
                            "originally", "published", "premiered", "debuted", "launched", "opened", "formed"})


_LATER_BY = ("consecrat", "rededicat", "restor", "renovat", "refurbish", "rebuil", "repair", "convert", "used",
             "reus", "reopen", "refit", "moderni", "enlarg", "expand", "extend", "demolish", "damag", "destroy",
             "bomb", "sack", "captur", "occupi", "visit", "bought", "sold", "purchas", "inherit", "award",
             "renam", "adapt", "revis", "rework", "own", "held", "hold", "chart", "operat", "manag", "govern",
             "sponsor", "coach", "captain", "skipper", "stol", "attack", "vandal", "loot", "excavat", "unearth",
             "reassembl", "remodel", "redecorat", "portray", "inaugurat", "dedicat")
"""Verb stems of acts that come after a thing is made, or of holding it: a year said between one
and "by" ("was restored in 1869 by X", "was owned in 1926 by X") is not the item's own (red teams
159, 160; the acts of ``LATER_ACTS``, "translated", "acquired", are refused where the year is read)."""


class NumberReading:
    """Numbers in a sentence, bound to the entity they describe."""

    def _release_with(self, before: Ref, k: int) -> bool:
        """ "Alien was released in 1979 with music by X", "Seven came out in 1995 with Brad Pitt",
        "came out in 1967 under the direction of X", "Le Male came out in 1995 from Jean Paul
        Gaultier": the item's release year, then "with" (or a cue's "under" or "from") as after a
        comma (", with music by X")."""
        lowers = self.lowers
        verb = lowers[before.end:k - 1]
        if before.kind == "item" and not before.user and lowers[k - 1] == "in" and k + 2 < len(lowers) \
                and lowers[k + 1] in ("from", "through", "via") and k + 1 not in self.cue_at:
            # "Jaws came out in 1975 through Universal": the verb's own cue with the preposition
            # after the year ("came out through"), said of the company named after it
            said_with = frozenset(c for c in self.index.cues.get((*verb, lowers[k + 1]), ()) if c.forward and not c.noun)
            if said_with and lowers[k + 1] != "from":
                self.cue_at[k + 1] = [(k + 2, said_with)]
        if before.kind != "item" or before.user or lowers[k - 1] != "in" or not (
                lowers[k + 1:k + 2] == ["with"]
                or (lowers[k + 1:k + 2] in (["under"], ["from"], ["through"], ["via"]) and k + 1 in self.cue_at)):
            return False  # (", under the direction of X": a cue)
        said = verb in (["came", "out"], ["comes", "out"], ["was", "released"], ["were", "released"],
                        ["premiered"], ["debuted"], ["arrived"], ["aired"], ["launched"], ["opened"]) \
            or (len(verb) == 2 and verb[0] in ("both", "all") and verb[1] in ("premiered", "debuted"))
        if said and lowers[k + 1] == "from":
            # "came out in 1995 from X": who released it (not its maker: a perfumer composed it)
            found = [(e, rd if isinstance(rd, str) else frozenset(c for c in rd if c.relation in self.index.releasing))
                     for e, rd in self.cue_at.get(k + 1, ())]
            self.cue_at[k + 1] = [(e, rd) for e, rd in found if rd]
            return bool(self.cue_at[k + 1])
        return said

    def _numbers(self, a: int, b: int, before: Ref | None, after: Ref | None) -> None:
        """Bind the numbers of [a, b) to the entity they describe, or report them unverified."""
        lowers, judge = self.lowers, self.judge
        for k in range(a, b):
            value = number_at(lowers, k, b)
            top = value is None and lowers[k:k + 2] in _TOP_MARKS and self.last_user_obj is not None \
                and judge.user is not None and not self.consumed[k]
            if top:
                value = 5.0  # "you gave Fargo a perfect score / full marks": five of five
            half = value is None and lowers[k:k + 3] == ["half", "a", "star"] and self.last_user_obj is not None \
                and judge.user is not None and not self.consumed[k]
            if half:
                value = 0.5  # "You gave Alien (just) half a star"
            if value is None and lowers[k] in WORD_NUMBERS and self.last_rating is not None \
                    and self.last_user_obj is not None and self.last_user_obj.end <= k \
                    and (k + 1 >= b or lowers[k + 1] in CLAUSE_ENDS):
                value = float(WORD_NUMBERS[lowers[k]])  # "five stars, and Psycho two"
            if value is None or self.consumed[k]:
                continue
            if self.fav_end is not None and k >= 1 and k - 1 == self.fav_end and lowers[k - 1] == "in":
                # "Jaws was one of your favourites in 1975": when, the graph does not say
                self.sink(k, k + 1, "number", False, "unverified_number", None, ())
                self._mark(k - 1, k + 1)
                continue
            if before is not None and k == before.end + 1 and lowers[k - 1] == "(" and lowers[k].isdigit() and (
                    k + 1 < len(lowers) and lowers[k + 1] == ")"):  # "X (1962)" (not "X (5/5)", a rating)
                ok, status = judge.year(before, value)
                if ok and before.ids and all(i in self.index.undated_features for i in before.ids):
                    ok, status = False, "unverified_number"  # "Loch Dorran (1643)": a natural feature's survey
                if ok and before.kind == "item" and not self.index.birth_years and (
                        self.index.people_items or self.index.animal_items or animal_type(before.types)
                        or named_person_type(before.types)):
                    # "Roger Federer (2003)": a person's year in brackets reads as a birth, which
                    # the graph does not declare (red team 198: the year of a first title)
                    ok, status = False, "unverified_number"
                self.sink(k, k + 1, "number", ok, status, None, before.ids[:1])
                self._mark(k - 1, k + 2)
            elif before is not None and k == before.end + 1 and lowers[k - 1] == "of" and before.kind == "item" \
                    and not before.user and not before.pronoun and len(lowers[k]) in (3, 4) and lowers[k].isdigit() \
                    and before.start > 0 and lowers[before.start - 1] in ("the", "'s", "’s") \
                    and not type_word_set(before.types) & _RECURRING:
                # "The Amsterdam-Rhine Canal of 1952 passes through Utrecht", "Hartford's Charter
                # Oak of 1687": the item's year (not an event held every year: "the Berlin
                # Marathon of 1974" is that year's race, red team 147)
                ok, status = judge.year(before, value)
                self.sink(k, k + 1, "number", ok, status, None, before.ids[:1])
                self._mark(k - 1, k + 1)
            elif before is not None and (not before.user or self._closes_relative(before)) and (
                    self._copula_ends_at(k) or (k == before.end + 2 and lowers[k - 2] in ("is", "was")
                                                and lowers[k - 1] in ("a", "an"))  # (no "is a" relation)
                    or (k == before.end + 2 and lowers[k - 2] == "," and lowers[k - 1] == "the"
                        and k + 1 < b and lowers[k + 1] in self.index.type_nouns and not is_plural_role(lowers[k + 1])
                        and lowers[before.start - 1:before.start] not in ([","], ["and"]))  # ("X, the 1995 film")
                    or (k >= before.end + 2 and lowers[k - 2] in (",", "and")
                                                and lowers[k - 1] in ("a", "an")
                                                and (k == before.end + 2 or all(
                                                    w in self.index.type_nouns for w in lowers[before.end:k - 2])))) and (
                    (after is not None and after.kind != "item" and after.start == k + 1)
                    or (k + 1 < b and lowers[k + 1] in self.index.type_nouns)):
                # "X is a 1958 thriller", "X, a 1958 film by ...": the year is X's (the clause
                # subject's after a compared item: "Rebecca, a thriller like Vertigo, is a 1958
                # film", where the compared one must have it too, or after a relative clause:
                # "Alien, which you loved, is a 1979 horror film")
                owners = [r for r in self.subject or [] if r.kind == "item" and not r.user] \
                    if (before in self.compared or before in self.shared_with) \
                    and not (k == before.end + 2 and lowers[k - 2] == ",") else []
                # (an apposition right after the compared name is its own: "X shares a director
                # with Ico, a 2001 action-adventure")
                if not owners and before.kind != "item" and lowers[k - 2] in (",", "and"):
                    owners = self._predicate_noun(before)  # "X is a Ridley Scott film, a 1979 ...": X's
                if self._closes_relative(before):
                    antecedent = self.relative_of.get(id(before))
                    owners = [antecedent] if antecedent is not None and antecedent.kind == "item" \
                        else [r for r in self.subject or [] if r.kind == "item" and not r.user]
                    listed = self.relative_group.get(id(before))  # "A and B, which X directed, are"
                    if listed:
                        owners = [r for r in listed if r.kind == "item" and not r.user] or owners
                for r in owners or [before]:
                    self._said_year(r, value, k)
                j = k + 1
                while j < b and lowers[j] in self.index.type_nouns:
                    j += 1
                if k == before.end + 2 and lowers[k - 2] in ("is", "was") and before.kind == "item" \
                        and not owners and j > k + 1 and (j >= b or lowers[j] in SEPARATORS | {",", "."}):
                    # "Heat is a 1995 film.": the year is the predicate's claim about Heat
                    self.attached.add(id(before))
                    self._mark(k - 2, j)
                if not owners and (before in self.compared or before in self.shared_with) \
                        and self.subject is None and not self._closes_relative(before):
                    # "Blade Runner, which X directed, like Alien, is a 1979 film": whose year?
                    self.sink(k, k + 1, "number", False, "unverified_number", None, ())
                    self._mark(k, k + 1)
                    continue
                if owners:
                    self._compared_year(before)
                if "another" in lowers[max(a, k - 3):k]:
                    self._another_year(before, value, k)  # "Vertigo, another 1958 thriller"
                self._mark(k, k + 1)
            elif after is not None and lowers[k - 1] == "in" and lowers[k + 1:k + 2] == [","] \
                    and k >= 2 and lowers[k - 2] in (",", "and"):
                # "directed Vertigo and, in 1958, Psycho": the year of the name after it, which
                # the checker does not read
                self.sink(k, k + 1, "number", False, "unverified_number", None, ())
                self._mark(k - 1, k + 1)
            elif before is not None and (before.kind == "item" or self._set_off_subject(before, k)) \
                    and not before.user and k >= a + 2 and not self._later_by(lowers[k - 2], lowers[k + 1]) \
                    and lowers[k - 1] == "in" and k + 2 < b + 1 and (lowers[k + 1] == "by" or (
                        lowers[k + 1] in ("on", "at", "to", "in") and lowers[k - 2] in DEBUTED | FIRST_VERBS) or (
                        lowers[k + 1] == "through" and lowers[k - 2] == "released")) \
                    and (lowers[k - 2], lowers[k + 1]) in self.index.cues and not self.consumed[k - 2]:
                # "The Silmarillion was published in 1977 by Allen & Unwin": the year is the
                # book's, as in "published by X in 1977" (not after a later act: "translated in
                # 1970 by X"); the verb's cue spans it. So for a verb of the item's first
                # showing with its own preposition ("launched in 2011 on an Atlas V", "released in
                # 1975 through Universal Studios"); not a later act before "by" ("was used /
                # consecrated / restored in 139 by X", red team 159; see _LATER_BY)
                readings = self.index.cues[(lowers[k - 2], lowers[k + 1])]
                self.cue_at.setdefault(k - 2, []).append((k + 2, readings))
                owners = [before] if before.kind == "item" else self._set_off_subject(before, k)
                if before in self.group and self.role == "free" and len(self.group) > 1:
                    # "SpaceX and Neuralink were founded in 2016 by X": each subject's year (red
                    # team 160, an old reading checked the last only)
                    owners = [r for r in self.group if r.kind == "item" and not r.user] or owners
                hosts = [r for r in self.like_host.get(id(before), ()) if r.kind == "item" and not r.user
                         and r is not before] if before in self.compared else []
                if hosts:
                    # "Vertigo, like Psycho, was released in 1960 by X": the name compared with
                    # has the year too (not the compared one alone)
                    owners = hosts + [before]
                elif (before in self.compared or before in self.shared_with) and self.subject:
                    # "Rebecca, a thriller like Vertigo, was released in 1958 by X": both
                    owners = [r for r in self.subject if r.kind == "item" and not r.user] + [before]
                if not lowers[k - 2].startswith(LATER_ACTS) \
                        and not (conceiving_verb(lowers[k - 2]) and self.index.venue_items):
                    for r in owners:
                        self._said_year(r, value, k)
                        self.dated.add(id(r))
                else:  # "translated in 1970 by X": not the book's year
                    self.sink(k, k + 1, "number", False, "unverified_number", None, ())
                self._mark(k - 1, k + 1)
            elif before is not None and ((before.kind == "item" or self._agent_of_items(before, k)
                                          or self._closing_year(before, k) or self._coordinated_year(before, k)
                                          or self._released_after_maker(before, k)
                                          or self._apposed_year(before, k) or (
                        lowers[k - 1] == "from" and self._predicate_noun(before))) and not before.user
                                         or self._released_after_relative(before, k)) \
                    and (lowers[k - 1] in ("in", "from") or _dates_back(lowers, k) is not None
                         or self._around_item(before, k) or (
                        (lowers[k - 1] == "released" or (lowers[k - 1] == "born" and self.index.birth_years))
                        and lowers[k - 2:k - 1] == ["("])) \
                    and (k + 1 >= b or lowers[k + 1] in SEPARATORS | {",", "and"} or (
                        lowers[k - 1] == "from" and before.kind != "item" and self._predicate_noun(before)
                        and k + 1 in self.cue_at) or self._release_with(before, k)
                         or self._year_then_place(before, after, k, b)) \
                    and not (self.spec is not None and isinstance(self.spec.readings, str)
                             and before in self.group and self.role != "free"
                             and not self._dating_relative(before, k)):
                # "Gus Van Sant directed Psycho in 1998", "Vertigo, released in 1958, ...";
                # said after a list, of each item ("directed A and B in 1960"); never of what
                # the user did ("You watched X in 1999" is not X's year); after a passive, of
                # its items ("Vertigo was directed by Alfred Hitchcock in 1958")
                described = [r for r in self.group if r.kind == "item" and id(r) not in self.dated] \
                    if before in self.group and (self.role == "object" or (
                        self.role == "free" and (self._released_at(k - 2) or lowers[k - 2] in ("both", "all")
                                                 or lowers[k - 3:k - 1] in (["came", "out"], ["comes", "out"])
                                                 or "," in lowers[before.end:k]))) else [before]
                # ("Jaws and Alien, which both came out in 1979", "A and B, from 1979": each)
                if described == [before] and before in self.group and lowers[before.end:k] == ["in"]:
                    # "David Livingstone discovered Lake Bangweulu and Lake Malawi in 1859": each
                    # name of the list the year ends, not its last only (red team 158)
                    listed = [r for r in self.group if r.kind == "item" and not r.user and id(r) not in self.dated]
                    if len(listed) > 1:
                        described = listed
                released = self._released_after_maker(before, k)
                if released:  # "a Survivor song, released in 1982": the song's, not the band's
                    described = released
                elif before.kind == "item" and self._released_after_object(before, k):
                    # "an album recorded at Abbey Road Studios, released in 1969": whose? a
                    # studio, a restaurant or a theatre is never released; the clause's subject is
                    described = [r for r in self.spec.subjects if r.kind == "item" and not r.user] \
                        if self.spec is not None else []
                if before.kind == "item" and self._coordinated_year(before, k, agents=True):
                    # "Michael Mann directed Heat and came out in 1995": said of the director
                    self.sink(k, k + 1, "number", False, "unverified_number", None, ())
                    self._mark(k - 1, k + 1)
                    continue
                in_relative = before.kind == "item" and not before.user and "," in lowers[before.end:k] \
                    and id(before) in self.relative_of and (self.relative_of[id(before)].kind != "item"
                                                            or self.relative_of[id(before)].user)
                if (before.kind == "item" and not before.user and lowers[k - 1] in ("in", "from")
                        and "," in lowers[before.end:k] and self._closes_relative(before)) or in_relative:
                    # "Roy Scheider, who starred in Jaws, came out in 1975": the subject's year,
                    # and a person has none ("The Public Theater, where Hamilton premiered,
                    # opened in 2015": the theatre's, which the graph does not give)
                    described = [] if in_relative else \
                        [r for r in self.subject or [] if r.kind == "item" and not r.user]
                    if not described:
                        self.sink(k, k + 1, "number", False, "unverified_number", None, ())
                        self._mark(k - 1, k + 1)
                        continue
                elif (before.user or before.kind != "item") and self._released_after_relative(before, k):
                    # "Jaws, which you loved (which Steven Spielberg directed), came out in 1975":
                    # the antecedent's
                    antecedent = self.relative_of.get(id(before))
                    described = [r for r in self.relative_group.get(id(before)) or [antecedent]
                                 if r is not None and r.kind == "item" and not r.user] \
                        or [r for r in self.subject or [] if r.kind == "item" and not r.user]
                    if not described:
                        self.sink(k, k + 1, "number", False, "unverified_number", None, ())
                        self._mark(k - 1, k + 1)
                        continue
                elif before.kind != "item":  # "Vertigo was directed by X in 1958", "a band from 1975"
                    described = self._born_there(before, k) or self._agent_of_items(before, k) \
                        or self._released_after_maker(before, k) \
                        or self._predicate_noun(before) \
                        or self._coordinated_year(before, k) or self._apposed_year(before, k) or (
                        # "Jaws, starring Roy Scheider, came out in 1975": Jaws
                        ([r for r in self.subject or [] if r.kind == "item" and not r.user]
                         or [r for r in self.described_only if r.kind == "item"][:1])
                        if self._closing_year(before, k) else [])
                elif (before in self.compared or before in self.shared_with) and self.subject:
                    # "Alien shares a director with Blade Runner and came out in 1979": Alien's;
                    # "Rebecca, a thriller like Vertigo, came out in 1940", "Alien shares a
                    # composer with Chinatown, a film from 1979": whose? both must hold
                    described = [r for r in self.subject if r.kind == "item"]
                    if "and" not in lowers[before.end:k]:
                        described = described + [before]
                noun_year = before.kind != "item" and not self._agent_of_items(before, k) \
                    and not (self._apposed_year(before, k) and "," in lowers[before.end:k])
                act_year = self.spec is not None and self._later_act(self.spec.span) and not noun_year \
                    and not (before.kind != "item" and self._born_there(before, k)) \
                    and not self._released_at(k - 2) and _dates_back(lowers, k) is None \
                    and not self._around_item(before, k)
                # (not "X, first published in 1605", "..., which opened its doors in 2004")
                published = set(lowers[max(a, k - 4):k]) & {"published", "issued"}
                if published and not any(verb_lemmas(w) & self.index.said_verbs for w in published) \
                        and not type_word_set(self.index.item_types) & PUBLISHED_KINDS:
                    act_year = True  # "Concorde was (first) published in 1969": a publication on a
                    # graph of nothing published (red team 128; earlier releases read it)
                if act_year:
                    # "Edith Grossman translated Don Quixote in 1605": the item's year is not
                    # the year of a translation, a signing or a later edition
                    self.sink(k, k + 1, "number", False, "unverified_number", None, ())
                    described = []
                for r in [x for r in described or ([] if act_year else [before]) for x in self._expand(r)]:
                    # ("they premiered in 2016": each of them)
                    self.dated.add(id(r))  # "directed A in 1958 and B in 1960": B's alone
                    self._said_year(r, value, k)
                    if noun_year and self.spec is not None and self.spec.sharing:
                        self._another_year(r, value, k)  # "another thriller from 1958"
                also = next((j for j in range(max(a, k - 5), k - 1) if lowers[j] == "also"
                             and all(w in _RELEASE_WORDS for w in lowers[j + 1:k - 1])), None)
                if also is not None and not act_year:
                    # "Westworld also premiered in 2016": another item of the text did
                    for r in [x for r in described or [before] for x in self._expand(r)]:
                        self._another_year(r, value, k)
                    self._note_sharing(also, also + 1)
                lead = k - 1
                idiom = _dates_back(lowers, k)
                if idiom is None and self._around_item(before, k):
                    idiom = _around_since(lowers, k)
                if (idiom or -1) >= a:
                    lead = idiom or lead  # "Rangers date back to 1872": the clause's claim
                    if lowers[lead] in ("opened", "opens", "open") and not all(
                            self._dates_item("opened", r) for r in described or [before]):
                        self.sink(k, k + 1, "number", False, "unverified_number", None, ())  # (a painting has no doors)
                    self.attached.update(id(r) for r in described or [before])
                elif lead - 2 >= a and lowers[lead - 2:lead] in (["came", "out"], ["comes", "out"]):
                    lead -= 2  # "Dead Cells came out in 2018": the clause's claim about it
                    if self.index.venue_items and any(set(r.types) <= self.index.venue_types
                                                      for r in described or [before]) \
                            or not all(self._dated_kind("came", r) for r in described or [before]):
                        self.sink(k, k + 1, "number", False, "unverified_number", None, ())  # (a bridge opens)
                    self.attached.update(id(r) for r in described or [before])
                elif lead - 1 >= a and self._released_at(lead - 1):
                    lead -= 1
                    if not all(self._dated_kind(lowers[lead], r) for r in described or [before]):
                        self.sink(k, k + 1, "number", False, "unverified_number", None, ())
                    if lead - 1 >= a and lowers[lead - 1] in ("first", "originally") \
                            and (lowers[lead].endswith("ed") or lowers[lead] in self.index.first_verbs
                                 or lowers[lead] in ("flew", "flown")):  # ("first flew in 1969")
                        lead -= 1  # "first published in 1965": the same year
                    if lowers[lead] == "place" and lead - 1 >= a and lowers[lead - 1] in ("took", "takes"):
                        lead -= 1  # "The Battle of Trafalgar took place in 1805" (see _released_at)
                    if lowers[lead] in ("is", "was", "dates", "date", "premiered", "debuted", "launched",
                                        "opened", "first", "originally", "formed", "began", "started",
                                        "appeared", "took", "takes", "happened", "occurred", "dating"):
                        # "Vertigo is from 1958", "dates from 1958", "premiered in 1958", "The
                        # Beatles formed in 1960", "The Name of the Rose appeared in 1980"
                        self.attached.update(id(r) for r in described or [before])
                    elif lead - 1 >= a and lowers[lead - 1] in ("was", "were", "is", "are"):
                        lead -= 1  # "X was released in 1958": the clause's claim about X
                        self.attached.update(id(r) for r in described or [before])
                    if lead - 1 >= a and lowers[lead - 1] in ("all", "both") \
                            and len([r for r in described if r.kind == "item"]) > 1:
                        lead -= 1  # "A, B and C all premiered in 2016": each
                        self.attached.update(id(r) for r in described)
                end = k + 1
                if lowers[k - 2:k - 1] == ["("] and lowers[k - 1] in ("released", "born") \
                        and lowers[k + 1:k + 2] == [")"]:
                    lead, end = k - 2, k + 2  # "Jaws (released 1975) stars X": the brackets with it
                self._mark(lead, end)
            elif after is not None and all(x in self.index.type_nouns or x == "'s" or self.consumed[j]
                                           for j, x in enumerate(lowers[k + 1:b], start=k + 1)):
                # "the 1962 film X", "Alfred Hitchcock's 1958 thriller Vertigo"
                described = [after]
                if any(x.endswith("s") and x != "'s" for x in lowers[k + 1:b]):
                    described = self._listed_from(after)  # "the 1995 films Heat and Ronin"
                for r in described:
                    self._said_year(r, value, k)
                self._mark(k, b)
            elif self.last_user_obj is not None and judge.user is not None:
                # "you rated X 4 stars", "gave it a 5", "rated X and Y five stars" (both)
                if not top and lowers[k + 1:k + 2] in ([","], ["and"]) and k + 2 < b \
                        and number_word(lowers[k + 2]) is not None:
                    continue  # "4 and 5 stars": read with the last of the list (_respective)
                j = k + 2 if top or half else k + 1
                if lowers[k + 1:k + 4] == ["and", "a", "half"]:
                    value, j = value + 0.5, k + 4  # "four and a half stars"
                rated = self.rated_group or [self.last_user_obj]
                bracket = before is not None and k == before.end + 1 and lowers[k - 1] == "(" \
                    and before.kind == "item" and not before.user and not before.pronoun
                if bracket:
                    rated = [before]  # "You read A (five stars) and B (three stars)": A's alone
                elif before is not None and k == before.end + 1 and lowers[k - 1] == "(":
                    # "... is by Steven Spielberg (five stars)", "influenced by them (five stars)"
                    self.sink(k, k + 1, "number", False, "unverified_number", None, ())
                    self._mark(k, k + 1)
                    continue
                objs = [x for o in rated for x in self._expand(o)]
                said = self._respective(k, a, value)
                if len(said) > 1 and len(said) == len(objs):
                    # "You rated A and B four and five stars (respectively)": in that order (the
                    # order they were named in: "You loved A and B and gave them 4 and 5")
                    for obj, (at, v) in zip(sorted(objs, key=lambda r: r.start), said):
                        ok, status, triple = judge.user_claim(obj, "INT", False, v)
                        self.sink(at, at + 1, "number", ok, status, triple, obj.ids[:1])
                    self._mark(said[0][0], k)
                    objs = []
                    end = j
                    while end < b and lowers[end] in RATING_UNITS:
                        end += 1
                    if lowers[end:end + 1] == ["respectively"]:
                        self.consumed[end] = True
                    elif lowers[end:end + 2] == [",", "respectively"]:
                        self._mark(end, end + 2)
                elif len(said) > 1:
                    self.sink(said[0][0], k, "number", False, "unverified_number", None, ())
                    self._mark(said[0][0], k)
                for obj in objs:
                    ok, status, triple = judge.user_claim(obj, "INT", False, value)  # ("gave both 5")
                    self.sink(k, k + 1, "number", ok, status, triple, obj.ids[:1])
                self.rated_group = []
                self.last_rating = value
                self.last_rating_at = k
                while j < b and lowers[j] in RATING_UNITS:
                    if lowers[j] in ("of", "/") and j + 1 < b and lowers[j + 1] not in _SCALES:
                        # "3 out of 3": a scale the ratings do not use
                        self.sink(j + 1, j + 2, "number", False, "unverified_number", None, ())
                        self._mark(j, j + 2)
                        break
                    j += 1
                self._mark(k, j)
                if bracket and lowers[j:j + 1] == [")"]:
                    self._mark(k - 1, j + 1)  # the brackets belong to the rating
                if k > a + 1 and lowers[k - 2:k] in (["a", "mere"], ["a", "full"]):
                    self._mark(k - 2, k)  # ("gave it a mere two stars": the value is checked)
                elif k > a and lowers[k - 1] in ("a", "an", "only", "just", "merely"):
                    self.consumed[k - 1] = True  # ("gave it only two stars": the value is checked)
                elif k > a + 1 and lowers[k - 2:k] == ["a", "perfect"] and value == 5:
                    self._mark(k - 2, k)  # "gave it a perfect 5"
            else:
                self.sink(k, k + 1, "number", False, "unverified_number", None, ())
                self._mark(k, k + 1)

    def _respective(self, k: int, a: int, value: float) -> list[tuple[int, float]]:
        """The ratings listed before the one at ``k`` ("four and five stars", "4, 5 and 3
        stars"), with their positions; ``[(k, value)]`` alone when none is."""
        ws, out = self.lowers, [(k, value)]
        q = k - 2
        if k - 1 < a or ws[k - 1] != "and":
            return out
        while q >= a and not self.consumed[q]:
            v = number_word(ws[q])
            if v is None or v > 10:
                break
            out.insert(0, (q, v))
            if q - 1 >= a and ws[q - 1] == ",":
                q -= 2
            else:
                break
        return out

    def _named_after_linked_item(self, r: Ref) -> bool:
        """Whether item ``r`` comes after another item of its sentence that the graph links to it
        (either way): ``r`` is then a maker, a place or a work said of that item, and a year next
        to it may be either's."""
        if r.kind != "item" or r.user or not r.ids:
            return False
        mine = set(r.ids)
        return any(self.index.edges_between(a, b) for x in self.sent.refs
                   if x.end <= r.start and x.kind == "item" and not x.user and not x.pronoun and x.ids
                   and not set(x.ids) & mine for a in x.ids for b in r.ids)

    def _agent_of_items(self, before: Ref, k: int | None = None) -> list[Ref]:
        """The items a passive clause of making or first showing ending with ``before`` is about
        ("Vertigo was directed by Alfred Hitchcock": Vertigo; "Transistor came out on PlayStation
        4 in 2014": Transistor), else nothing."""
        spec = self.spec
        if spec is None or isinstance(spec.readings, str) or self.role != "object" \
                or before not in self.group or before.kind == "item":
            return []
        if k is not None and any(w in (",", ";", "—", "(") or w in RELATIVES for w in self.lowers[before.end:k]):
            return []  # "published by Nintendo, founded in 1994", "at X, which opened in 1996": its own
        made = {c.relation for c in self.index.authorship}
        if self.lowers[spec.span[1] - 1] in ("on", "for", "the"):
            # "came out on PlayStation 4 in 2014": the item's year only where it came out on
            # that one platform (the graph has one year per item, not one per platform)
            made |= {c.relation for c in self.index.shown
                     if all(self.index.tail_count(i, c.relation) == 1 for r in spec.subjects for i in r.ids)}
        cue_words = self.lowers[spec.span[0]:spec.span[1]]
        if "formed" in cue_words:  # "formed in Crawley in 1978"
            made |= {c.relation for c in spec.readings}
        if self.index.discovering & set(cue_words):
            # "Comet Borrelly was discovered by Alphonse Borrelly in 1904": on a graph of
            # discoveries an item's year is its discovery (see YearReading._released_at); "found
            # in Sri Lanka in 1951" only of the item's one such place (code review 49)
            made |= {c.relation for c in spec.readings if cue_words[-1] == "by" or all(
                self.index.tail_count(i, c.relation) == 1 for r in spec.subjects for i in r.ids)}
        if cue_words[:1] in (["opened"], ["opens"]):
            # "The Kessler Museum opened in Rotterdam in 1996": where it opened, and when (its one
            # place: the graph has one year per item)
            made |= {c.relation for c in spec.readings
                     if all(self.index.tail_count(i, c.relation) == 1 for r in spec.subjects for i in r.ids)}
        if any(w in DEBUTED or (w == "opened" and self.lowers[j - 1] in ("first", "originally"))
               for j, w in enumerate(cue_words, start=spec.span[0])) or first_showing(cue_words):
            # "Rent premiered at New York Theatre Workshop in 1996", "Swan Lake was first danced
            # by the Bolshoi Ballet in 1877": the item's year where that was its one premiere
            # (the graph has one year per item)
            made |= {c.relation for c in spec.readings
                     if all(self.index.tail_count(i, c.relation) == 1 for r in spec.subjects for i in r.ids)}
        verb = next((w for w in cue_words if w not in AUXILIARIES and w not in ("first", "originally")), "")
        if k is not None and self.lowers[before.end:k] == ["in"] and cue_words[-1:] in (["in"], ["at"], ["by"]) \
                and verb and all(r.kind == "item" and not r.user and self._dates_item(verb, r) for r in spec.subjects):
            # "Sub Pop was founded in Seattle in 1986", "Sutton Hoo was excavated by Basil Brown
            # in 1939": the verb that dates the item ("Founded in 1986, Sub Pop ...") with its
            # object between, of the item's one such place or agent (the graph has one year per
            # item: of two founders or places, the year may be another's)
            made |= {c.relation for c in spec.readings
                     if all(self.index.tail_count(i, c.relation) == 1 for r in spec.subjects for i in r.ids)}
        if not any(c.relation in made for c in spec.readings):
            return []  # "The Beatles came from Liverpool in 1960" is not the year they were made
        if any(conceiving_verb(w) for w in cue_words) and self.index.venue_items \
                and (k is None or self.lowers[before.end:k] == ["in"]):
            return []  # "Tower Bridge was designed by Horace Jones in 1894": a design comes years before
            # (not "designed by X and opened in 1931": the opening's year)
        items = [r for r in spec.subjects if not r.user and r.kind == "item"]
        return items if len(items) == len(spec.subjects) else []

    def _begun_items(self) -> bool:
        """Whether the graph's item years are beginnings, which "has been around since" says: not
        a discovery ("Lascaux has existed since 1940"), a birth or a foaling (red team 169)."""
        index = self.index
        return not (index.discovering or index.people_items or index.animal_items)

    def _lasting(self, item: Ref) -> bool:
        """Whether ``item`` may "have been around" since its year: no event or edition, whose year
        is when it was held ("Live Aid has been around since 1985", red team 171)."""
        return not type_word_set(item.types) & (EVENT_KINDS | _HELD_ONCE)

    def _around_item(self, before: Ref, k: int) -> bool:
        """ "Cherry Ripe has been around since 1924": the idiom right after the item (or after an
        apposition on it, see :meth:`_closing_year`), never after a relative clause's object
        ("Rezso Seress, who wrote Gloomy Sunday, has been around since 1941")."""
        start = _around_since(self.lowers, k)
        return start is not None and self._begun_items() and (
            (start == before.end and before.kind == "item" and self._lasting(before))
            or (self._closing_year(before, k) and all(self._lasting(r) for r in self.subject if r.kind == "item")))

    def _closing_year(self, before: Ref, k: int) -> bool:
        """ "Jaws, starring Roy Scheider, came out in 1975": a year of making after an
        apposition or relative clause on the subject (``before`` ends it)."""
        return before.kind != "item" and not before.user and k >= 2 and (
            self.lowers[k - 1] == "in" and (
                self._released_at(k - 2) or self.lowers[k - 3:k - 1] in (["came", "out"], ["comes", "out"]))
            or self.lowers[k - 2:k] in (["dates", "from"], ["dated", "from"]) or _dates_back(self.lowers, k) is not None
            or (_around_since(self.lowers, k) is not None and self._begun_items())) \
            and "," in self.lowers[before.end:k] \
            and self._closes_relative(before) \
            and not any(w.startswith(LATER_ACTS) for w in self.lowers[self.sent.start:before.start])
        # ("Don Quixote, illustrated by Gustave Doré, came out in 1605": which edition?)

    def _year_then_place(self, before: Ref, after: Ref | None, k: int, b: int) -> bool:
        """ "The Maracanã opened in 1950 in Rio de Janeiro", "McGill University was founded in 1821
        in Montreal": the item's year of opening, then "in" the place that ends the gap, read as
        the item's place (as in "opened in Rio de Janeiro in 1950")."""
        return after is not None and before.kind == "item" and not before.user and after.kind != "item" \
            and not after.pronoun and bool(set(after.types) & self.index.locality_types) and k + 2 == b \
            and self.lowers[k + 1] in ("in", "at") and self.lowers[k - 1] == "in" and k >= 2 \
            and self._released_at(k - 2)  # (a place: not "premiered in 1975 in sketch comedy")

    def _released_after_maker(self, before: Ref, k: int) -> list[Ref]:
        """ "Hades is a roguelike from Supergiant Games, released in 2020", "X is an RPG made by
        Toby Fox, released in 2015", "X is an RPG released in 2015": a participle of release right
        after the item's maker (no maker is released) or its predicate noun says the item's year."""
        spec, ws = self.spec, self.lowers
        if spec is None or isinstance(spec.readings, str) or before not in self.group \
                or before.user or k < 3 or ws[k - 1] != "in":
            return []
        gap = ws[before.end:k - 2]
        if ws[k - 2] not in RELEASE_PARTICIPLES:
            # "Harvard University is a private research university founded in 1636": another
            # verb dating the item, after its predicate noun alone
            if gap or not ws[k - 2].endswith("ed") or not self._released_at(k - 2):
                return []
            return [r for r in self._predicate_noun(before) if r.kind == "item"]
        makers = {a.relation for a in self.index.authorship}
        if gap in ([","], []) and self.role == "object" and any(c.relation in makers for c in spec.readings):
            items = [r for r in spec.subjects if r.kind == "item" and not r.user]
            items = items if items and len(items) == len(spec.subjects) else self._predicate_noun_items(spec)
            # (its maker, by the graph: "a song from the album 25, released in 2015" is the album's year)
            return [r for r in items if any(self.index.stored(i, rel, x) for i in r.ids for x in before.ids
                                            for rel in makers)] if len(items) == 1 else []
        if all(w in self.index.type_nouns for w in gap):  # "X is an RPG (game) released in 2015"
            return [r for r in self._predicate_noun(before) if r.kind == "item"]
        return []

    def _released_after_object(self, before: Ref, k: int) -> bool:
        """Whether the year at ``k`` follows ", released in" right after ``before``, an item that is
        the object of a claim about other items ("an album recorded at Abbey Road Studios,
        released in 1969"): the year is then the subjects' (see :meth:`_released_after_maker`)."""
        spec, ws = self.spec, self.lowers
        return spec is not None and not isinstance(spec.readings, str) and before in self.group \
            and self.role == "object" and k >= 3 and ws[k - 1] == "in" and ws[k - 2] in RELEASE_PARTICIPLES \
            and _noun_gap(ws[before.end:k - 2], self.index.type_nouns) and bool(spec.subjects) \
            and all(r.kind == "item" and not r.user and id(r) != id(before) for r in spec.subjects)

    def _predicate_noun_items(self, spec: Spec) -> list[Ref]:
        """The items a predicate noun the clause's maker credit hangs on describes ("X is an RPG
        made by Y": X), else nothing."""
        nouns = [r for r in spec.subjects if r.kind != "item" and not r.user]
        return [x for r in nouns[:1] for x in self._predicate_noun(r) if x.kind == "item"] if len(nouns) == 1 else []

    def _later_by(self, verb: str, after: str) -> bool:
        """Whether "<verb> in <year> by X" says an act after the item was made ("was stolen / attacked
        / excavated / opened in 1173 by X"; "discovered" where the graph's years are no finds' years)
        or, of a shown work, before its release, whose year the graph gives ("Jaws was shot /
        written in 1975 by X"), red team 188."""
        return after == "by" and (verb.startswith(_LATER_BY) or verb == "opened" or (
            verb in ("discovered", "found", "rediscovered") and verb not in self.index.discovering) or (
            self.index.shows_works and verb.startswith((*EARLIER_ACTS, "writ", "record"))))

    def _set_off_subject(self, before: Ref, k: int) -> list[Ref]:
        """ "Vertigo, a thriller, was released in 1958 by X", "GOSH, in London, was founded in
        1852 by X": where ``before`` ends words set off by commas right after the clause's one
        subject, an item, and "was" / "were" and the verb follow, that subject (else none)."""
        ws, subject = self.lowers, self.subject
        e = before.end
        while e < k - 2 and ws[e] in self.index.type_nouns:
            e += 1  # ("Heat, a crime film, was released in 1995 by X": the kind's noun)
        if not subject or len(subject) != 1 or subject[0].kind != "item" or subject[0].user \
                or subject[0].pronoun or ws[e:k - 2] not in ([",", "was"], [",", "were"]) \
                or ws[subject[0].end:subject[0].end + 1] != [","] or subject[0].end >= before.start \
                or "," in ws[subject[0].end + 1:before.start]:
            return []
        return [subject[0]]

    def _apposed_year(self, before: Ref, k: int) -> list[Ref]:
        """ "Zion, another Utah park, established in 1919", "Undertale, a role-playing game released
        in 2015": a year of making after an apposition on an item, whose noun phrase ends with
        ``before`` and a kind noun, is the item's ("another" reaches it only without a comma)."""
        spec, ws = self.spec, self.lowers
        if spec is None or isinstance(spec.readings, str) or before not in self.group or self.role != "object" \
                or before.kind == "item" or before.user or ws[k - 1] != "in" \
                or ws[spec.span[0]] not in ("a", "an", "another") or spec.span[0] < 1 or ws[spec.span[0] - 1] != "," \
                or not spec.subjects or spec.subjects[-1].end != spec.span[0] - 1 or spec.subjects[-1].kind != "item":
            return []
        gap = ws[before.end:k - 1]
        cut = gap.index(",") if "," in gap else next((j for j, w in enumerate(gap) if w not in self.index.type_nouns), 0)
        noun, verb = gap[:cut], gap[cut + ("," in gap):]
        # (", a role-playing game released in 2015": the kind noun may end the attribute's name)
        if not all(w in self.index.type_nouns for w in noun) \
                or not (noun or ws[before.end - 1] in self.index.type_nouns or kind_type(before.types)) \
                or not verb \
                or not self._released_at(k - 2) or not all(w in ("was", "first", "originally") for w in verb[:-1]):
            return []
        return [spec.subjects[-1]]

    def _coordinated_year(self, before: Ref, k: int, agents: bool = False) -> list[Ref]:
        """ "Heat stars Al Pacino and came out in 1995": a second predicate of coming out, joined
        after the first one's object (``before``), is said of that predicate's items (with
        ``agents``, of its subjects that are no items: "X directed Heat and came out in 1995")."""
        spec, ws = self.spec, self.lowers
        if (before.kind == "item") != agents or before.user or k < 2 or ws[k - 1] != "in":
            return []
        gap = ws[before.end:k - 1]
        if gap[:1] == [","]:
            gap = gap[1:]  # "Heat stars Al Pacino, and came out in 1995"
        rest = [w for w in gap[1:] if w not in ("both", "all")]
        if gap[:1] != ["and"] or not rest or not all(w in _RELEASE_WORDS or w in RELEASED or w in self.index.year_verbs for w in rest) \
                or ("came" in rest or "comes" in rest) != ("out" in rest):
            return []
        if spec is not None and not isinstance(spec.readings, str) and self.role == "object" and before in self.group:
            subjects = list(spec.subjects)
        else:  # (a predicate read without a cue: "Bell's Brewery brews Hopslam, and ...": its first names)
            first = next((r for r in self.sent.refs if not r.pronoun), None)
            subjects = self._listed_from(first) if first is not None and first is not before else []
            if agents and not subjects:
                return []
        return [r for r in subjects if (r.kind == "item") != agents and not r.user and not r.pronoun]

    def _released_after_relative(self, last: Ref, k: int) -> bool:
        """Whether a year at ``k`` follows a relative clause ending with ``last`` and words that
        only say its antecedent came out ("Jaws, which you loved, came out in 1975")."""
        return id(last) in self.relative_of and self._closes_relative(last) \
            and _release_words(self.lowers[last.end:k - 1], self.index.year_verbs)

    def _dating_relative(self, item: Ref, k: int) -> bool:
        """Whether a year at ``k`` ends a relative clause or a participle on ``item`` that only
        dates it ("You loved Bryce Canyon, which was established in 1928", "You loved Casa Milà,
        completed in 1912"): the item's year, not a rating."""
        gap = self.lowers[item.end:k - 1]
        lead = 2 if gap[:2] in ([",", "which"], [",", "that"]) else 1 if gap[:1] == [","] else 0
        # (", which was established in 1928", ", completed in 1912")
        return item.kind == "item" and not item.user and self.lowers[k - 1] == "in" and lead \
            and len(gap) > lead and (self._released_at(item.end + len(gap) - 1) or (
                lead == 2 and gap[-2:] in (["came", "out"], ["comes", "out"]))) \
            and all(w in (_RELEASE_WORDS if lead == 2 else ("first", "originally")) for w in gap[lead:-1])

    def _possessive_apposition(self, k: int) -> bool:
        """Whether a possessive name opens an apposition at ``k`` ("Heat, Michael Mann's crime film
        starring Al Pacino, came out in 1995")."""
        return any(r.start == k and not r.pronoun and not r.user and self.lowers[r.end:r.end + 1] == ["'s"]
                   for r in self.sent.refs)

    def _copula_ends_at(self, k: int) -> bool:
        """Whether a copula ("is a", the apposition ", a") ends right before token ``k``."""
        return any(e == k and not isinstance(rd, str) and rd
                   and all((c.relation, c.forward) in self.index.describing_pairs for c in rd)
                   for s in range(max(0, k - 4), k) for e, rd in self.cue_at.get(s, ()))
