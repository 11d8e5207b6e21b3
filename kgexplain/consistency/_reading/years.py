"""Years said of items: how far apart, which came first, and the year a verb dates.

A part of :class:`~kgexplain.consistency.parse.SentenceReader` (see its module for the grammar)."""

from __future__ import annotations

from typing import Sequence

from kgexplain.consistency._reading.words import (
    DEBUTED,
    EARLIER_ACTS,
    FIRST_VERBS,
    LATER_ACTS,
    LAUNCHED,
    PUBLISHED_KINDS,
    RELEASE_PARTICIPLES,
    RELEASED,
    YEARS_APART,
    first_showing,
)
from kgexplain.consistency._text import WORD_NUMBERS, as_number
from kgexplain.consistency.constructions import paren_year
from kgexplain.consistency.index import (
    BUILDING_WORDS,
    DATING_VERBS,
    EVENT_KINDS,
    FOUNDED_KINDS,
    PERSON_TYPE_WORDS,
    PHOTOGRAPHING,
    RELEASED_KINDS,
    SHOWN_KINDS,
    STAGED_KINDS,
    VENUE_WORDS,
    WORK_TYPES,
    character_type,
    founded_words,
    launched_good,
    type_last_word,
)
from kgexplain.consistency.judge import YEAR_KEYS
from kgexplain.consistency.lexicon import (
    CLAUSE_ENDS,
    SEPARATORS,
    conceiving_verb,
    making_participle,
    participle_of_past,
    verb_lemmas,
    is_year,
)
from kgexplain.consistency.mentions import Ref


_YEAR_GAP = {"before": 1, "after": -1, "earlier": -1}
"""How "N years <word>" orders the item named before it and the one named after it."""
_SHOWING = frozenset({"aired", "screened", "broadcast", "premiered", "televised", "streamed"})
"""Verbs of a first showing: they date only works that are shown (series, films, plays, podcasts)."""
_STARRING = frozenset({"stars", "starred", "starring", "star", "features", "featured", "acted", "acts", "plays", "played"})
"""Verbs of a work's cast: "X starred in Jaws in 1975" is the film's year."""
_PHRASE_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "by", "in", "on", "at", "to",
                           "for", "from", "of", "with", "the", "a", "an", "also", "both", "all", "first", "originally",
                           "later", "then", "out", "up", "it", "them", "into", "as", "another", "one", "other",
                           "same", "too", "again", "its", "their", "his", "her"})
"""Words of a cue that are not its verb."""
_FIRST_ANY = frozenset({"aired", "broadcast", "issued", "opened", "released", "appeared", "shown", "screened",
                        "premiered", "debuted", "flew", "flown", "sailed"})
"""Verbs of an item's first time read after "first" on any graph (each with its own guard: a first
showing of a shown work, a release of a work or product, an opening of a venue, a flight of what
flies, a voyage of what sails); any other ("first brewed", "first composed") only where the graph's relations say it."""
_MAKING_ON_FINDS = frozenset({"built", "builds", "build", "constructed", "completed", "launched", "made", "created",
                              "erected", "opened", "manufactured", "assembled", "commissioned"})
"""Verbs of making or launching a thing: on a graph of discoveries (``GraphIndex.discovering``) an
item's year is its find, never its making (red team 155: "The Titanic was built in 1985", the year
its wreck was found)."""
_FIGHTING = frozenset({"fought", "happened", "occurred", "won", "lost", "took", "place"})
"""Words of a battle's own happening: its year ("was fought in 1863", "In 1805, Nelson won X")."""
_PERFORMED_FIRST = frozenset({"performed", "staged", "heard", "played", "given", "mounted", "danced", "sung"})
_PERFORMING = frozenset({"premiered", "premiere", "premieres", "debuted", "debut", "performed", "perform", "staged",
                         "stage"})
"""A graph of performed works (its relations say premieres or performances): "was first staged /
performed / sung in 1877" is the work's first performance."""
_AWARDING = frozenset({"awarded", "presented", "contested", "given", "won", "handed"})
"""Verbs of a prize's first year ("was first awarded / contested in 1935", "First awarded in 1935,
..."): of a prize the graph awards; the others keep their own readings ("won" a battle)."""
_ONLY_PRIZES = frozenset({"awarded", "contested", "handed"})
"""Of them, the verbs only a prize's year is said with (read after "first" on a graph that awards
prizes; "first presented" is read by its relation where the graph presents them)."""
_FLYING_TYPES = frozenset({"aircraft", "airplane", "aeroplane", "plane", "airliner", "jet", "fighter", "bomber",
                           "helicopter", "airship", "glider", "drone", "spacecraft", "rocket", "balloon"})
"""Item types that fly: only they "first flew in 1969"."""
_SAILING_TYPES = frozenset({"ship", "liner", "vessel", "boat", "ferry", "yacht", "steamship", "steamer", "frigate",
                            "cruiser", "battleship", "schooner", "icebreaker", "tanker", "galleon",
                            "clipper", "warship", "destroyer", "submarine", "sloop", "barque", "brig", "corvette"})
"""Head nouns of item types that sail: only they "first sailed in 1912" (by the type's last word:
not a "cruiser motorcycle" or a "ship canal")."""
_TEENS = {"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
          "fifty": 50}
"""Counts of years in words beyond :data:`WORD_NUMBERS` ("fourteen years later")."""
_BRINGING_OUT = frozenset({"brought", "bring", "brings", "bringing", "put", "puts", "putting"})
"""Verbs that release a work with "out" ("brought out X in 1977", "put out X")."""
_SCREEN_KINDS = frozenset({"series", "show", "sitcom", "tv", "programme", "program", "film", "movie", "anime",
                           "miniseries", "docuseries", "telenovela", "episode", "documentary", "cartoon"})
"""Type words of works shown on screens: premiered, aired or released, never published or issued."""
_FOUNDED_BODIES = frozenset({"newspaper", "paper", "magazine", "journal", "publication", "airline", "society",
                             "association", "organization", "organisation", "foundation", "charity", "league", "party",
                             "institute", "network", "channel", "airport"})
"""Type words of what is founded besides ``FOUNDED_KINDS`` (publications, bodies): dated by "founded"."""
_RUNNING_KINDS = frozenset({"series", "sitcom", "programme", "program", "podcast", "anime", "telenovela",
                            "docuseries", "miniseries", "magazine", "newspaper", "journal", "comic", "manga",
                            "festival", "fest", "league", "tournament", "webcomic"})
"""Type words of what runs over years: "finished / completed in 1994" is not its first year (not
"show", also a stage show, which is completed before it opens)."""
_BUILT_VERBS = frozenset({"opened", "built", "constructed", "erected", "inaugurated"})
"""Verbs of a place's or a structure's year: they date no film, painting or band."""
_PREMISES = frozenset({"restaurant", "bar", "cafe", "café", "pub", "club", "nightclub", "shop", "store", "bistro",
                       "brasserie", "diner", "boutique", "bakery", "tavern", "saloon", "teahouse"})
"""Type words of businesses that open in premises built before them (not buildings themselves)."""
_APART_VERBS = frozenset({("came", "out"), ("were", "released"), ("released",), ("premiered",),
                          ("were", "made"), ("appeared",), ("arrived",), ("debuted",), ("were", "published")})
"""Verbs of an item's coming out before "N years apart" ("A and B came out two years apart")."""


def _dated_end(ws: list[str], k: int, end: int) -> bool:
    """Whether a year in parentheses at ``k`` ends the sentence ("six years after Terminator 2 (1991).")."""
    return paren_year(ws, k) and (k + 3 >= end or ws[k + 3] in (".", ";", "!", "?"))


_KEEPING = frozenset({"own", "run", "operate", "manage", "host", "present", "organize", "organise", "teach"})
"""Verbs of authorship that make nothing: a year is not when a thing was run, owned or hosted."""

_MINTING = frozenset({"struck", "minted"})
"""Participles of a coin's striking, which its year dates (see ``GraphIndex.struck_items``)."""


_DYING = frozenset({"died", "dies", "death", "killed", "executed", "assassinated", "murdered", "buried", "perished"})
"""Words of a death: after one, "later" says what the graph cannot order."""
_BEFORE_BIRTH = frozenset({"born", "sired", "foaled", "conceived", "bred", "hatched"})
"""Verbs of what comes before or at a birth: never "later" than it."""



_ORIGIN_VERBS = frozenset({"formed", "created", "made", "founded", "established", "appeared", "built", "opened",
                           "began", "started", "dates", "date", "dated", "dating", "originated", "emerged", "arose",
                           "born", "is", "was", "are", "were", "existed", "exists", "exist"})
"""Verbs (or the copula) that say when a thing came to be ("was formed in 1643", "is from 1643")."""


def _origin_word(ws: Sequence[str], k: int) -> bool:
    """Whether the year at ``k`` is said with a word of origin: "from", "since", "back to", "(",
    an article before it ("the 1643 Loch Dorran", "a 1643 lake"), or a verb of coming to be before
    "in" ("was formed in 1643", "first appeared in 1643")."""
    before = ws[k - 1] if k >= 1 else ""
    if before in ("from", "since", "(", "the", "a", "an") or ws[max(0, k - 2):k] == ["back", "to"]:
        return True
    return before == "in" and k >= 2 and (ws[k - 2] in _ORIGIN_VERBS or (k >= 3 and ws[k - 3] in _ORIGIN_VERBS
                                                                         and ws[k - 2] in ("first", "originally")))

class YearReading:
    """Years said of items: how far apart, which came first, and the year a verb dates."""

    def _apart(self, refs: list[Ref]) -> None:
        """ "Vertigo and Psycho came out two years apart", "A and B, released two years apart,
        ...", "..., two years apart.": the years of the two items listed before the words differ
        by that many (the graph's years; exactly two items, listed "A and B")."""
        ws = self.lowers
        for k in range(self.sent.start, self.sent.end - 2):
            if ws[k] not in YEARS_APART or ws[k + 1] not in ("year", "years") or ws[k + 2] != "apart" \
                    or self.consumed[k] or (ws[k + 1] == "year") != (YEARS_APART[ws[k]] == 1):
                continue
            before = [r for r in refs if r.end <= k]
            items = [r for r in before if r.kind == "item" and not r.user and not r.pronoun]
            trailing = ws[k - 1] == "," and ws[k + 3:k + 4] in ([], ["."], [";"], ["!"]) and len(before) >= 2 \
                and before[0] is refs[0] and all(r.kind == "item" and not r.user and not r.pronoun for r in before[:2]) \
                and ws[before[0].end:before[1].start] == ["and"] and ws[self.sent.start:before[0].start] in ([], ["both"]) \
                and (len(before) == 2 or before[2].kind != "item")
            if trailing:
                # "A and B both premiered at La Fenice, two years apart.": the clause's two subjects
                a, b = before[:2]
                ya, yb = self.judge.year_of(a), self.judge.year_of(b)
                ok = ya is not None and yb is not None and abs(ya - yb) == YEARS_APART[ws[k]]
                status = "supported" if ok else ("wrong_value" if ya is not None and yb is not None
                                                 else "unverified_number")
                self.sink(k, k + 3, "number", ok, status, None, a.ids[:1] + b.ids[:1])
                self._mark(k - 1, k + 3)
                continue
            if len(items) < 2 or before[-2:] != items[-2:] or ws[items[-2].end:items[-1].start] != ["and"]:
                continue
            a, b = items[-2:]
            verb = ws[b.end:k]
            if verb[-1:] == ["both"] or verb[:1] == ["both"]:
                verb = [w for w in verb if w != "both"]
            alone = tuple(verb) in _APART_VERBS and a is refs[0] and len(refs) == 2 \
                and ws[self.sent.start:a.start] in ([], ["both"])
            told = verb in ([","], [",", "released"], [",", "made"]) and ws[k + 3:k + 4] in ([","], ["."], [";"], [])
            if not alone and not told:
                continue
            ya, yb = self.judge.year_of(a), self.judge.year_of(b)
            ok = ya is not None and yb is not None and abs(ya - yb) == YEARS_APART[ws[k]]
            status = "supported" if ok else ("wrong_value" if ya is not None and yb is not None
                                             else "unverified_number")
            self.sink(k, k + 3, "number", ok, status, None, a.ids[:1] + b.ids[:1])
            start = b.end if alone else b.end + 1  # (the comma stays the clause's)
            for x in range(start, k + 3):
                self.consumed[x] = True
            if ws[self.sent.start:a.start] == ["both"]:
                self.consumed[self.sent.start] = True
            if alone:
                self.attached.update({id(a), id(b)})

    def _year_gaps(self, refs: list[Ref]) -> None:
        """ "American Graffiti, four years before Star Wars", "Aliens (1986), and two years
        earlier he directed The Terminator": the gap between the years of the item named last
        before the words and the first one after them, both in the sentence ("later": see
        :meth:`_later`)."""
        ws, said = self.lowers, self.original
        for k in range(self.sent.start, self.sent.end - 2):
            word = said[k + 2].lower()  # ("before he made X" reads "and he made X": see constructions)
            if ws[k + 1] not in ("years", "year") or word not in _YEAR_GAP or self.consumed[k] \
                    or ws[k] not in YEARS_APART or not (ws[k + 2] == "and" or ws[k - 1:k] in ([","], ["and"])):
                continue  # ("X came out two years after Y": read with the verb, see _years_apart)
            gap = YEARS_APART[ws[k]]
            items = [r for r in refs if r.kind == "item" and not r.user and (r.ids or r.group)]
            first = [r for r in items if r.end <= k][-1:]
            then = [r for r in items if r.start >= k + 3][:1]
            years = [self._one_year(r.ids) if r.ids else None for r in first + then]
            known = len(years) == 2 and None not in years
            ok = known and (years[1] - years[0]) * _YEAR_GAP[word] == gap  # type: ignore[operator]
            self.sink(k, k + 3, "number", ok,
                      "supported" if ok else "wrong_year_gap" if known else "unverified_number", None, ())
            if ws[k + 2] == "and":
                self._mark(k, k + 2)  # "four years before he made Star Wars": a clause of its own
            elif word == "earlier" and ws[k + 3:k + 4] in (["he"], ["she"], ["they"], ["it"]):
                self._mark(k, k + 3)  # "..., and four years earlier he directed Heat"
            elif first and then and len(refs) > 1 and (then[0].start == k + 3 or then[0].start == k + 4
                                                       and ws[k + 3] == "the") and (then[0].end >= self.sent.end
                                                      or ws[then[0].end] in (".", ";", "!", "?")
                                                      or _dated_end(ws, then[0].end, self.sent.end)):
                # ", two years before Pulp Fiction.": the second item only dates the first
                e = then[0].end
                if _dated_end(ws, e, self.sent.end):  # "..., six years after Terminator 2 (1991).": its year
                    year = self._one_year(then[0].ids)
                    ok = year is not None and year == int(ws[e + 1])
                    self.sink(e + 1, e + 2, "number", ok, "supported" if ok else "wrong_value", None, then[0].ids[:1])
                    self._mark(e, e + 3)
                self._mark(k, then[0].end)
                self.attached.add(id(then[0]))
                refs.remove(then[0])
            elif not then:
                self._mark(k, k + 3)

    def _after_birth(self, k: int, width: int = 1) -> bool:
        """Whether "later" at ``k`` (or "went on to", ``width`` 3) follows a birth said of the one
        person or animal of its sentence or the sentence before ("X was born in Rome in 42 BC and
        later ...", "X was born in Rome. He went on to ..."), on a graph whose items are people or
        animals: whatever one did, one did after being born."""
        if not (self.index.people_items or self.index.animal_items):
            return False
        start = self.sent.start
        j = start - 1
        while j > 0 and self.lowers[j - 1] not in (".", "!", "?"):
            j -= 1  # the sentence before (its own start)
        span = self.lowers[max(0, j):k]
        # (the one item of the whole sentence: not "X was born in A and later Y was born in B",
        # "later was sired by Z"; and no death said before "later": "born in A, died in B and
        # later recorded for C", red team 197)
        people = {i for r in self.all_refs if max(0, j) <= r.start < k and r.kind == "item"
                  and not r.user and not r.pronoun for i in r.ids}
        after = k + width
        named_next = any(r.start == after + (self.lowers[after:after + 1] == ["the"]) for r in self.all_refs)
        return "born" in span and len(people) == 1 and self.lowers[k - 1] in ("and", "he", "she", "it", ",", "then") \
            and not named_next and not set(span) & _DYING and not set(self.lowers[after:after + 3]) & _BEFORE_BIRTH

    def _later(self, refs: list[Ref]) -> None:
        """ "X starred in Seinfeld and later in Veep": the item after "later" came out after the
        one before it (both years known); anything else about time is not read."""
        items = [r for r in refs if r.kind == "item" and not r.user and not r.pronoun and r.ids]
        for k in range(self.sent.start, self.sent.end):
            if self.lowers[k:k + 3] == ["went", "on", "to"] and not any(self.consumed[k:k + 3]) \
                    and self._after_birth(k, 3):
                self._mark(k, k + 3)  # "X was born in Auckland. He went on to win Y": after the birth
                continue
            if self.lowers[k] != "later" or self.consumed[k]:
                continue
            gap, a = None, k  # "fourteen years later": exactly that many
            if k >= 2 and self.lowers[k - 1] in ("years", "year"):
                w = self.lowers[k - 2]
                gap = as_number(w) if as_number(w) is not None else {**WORD_NUMBERS, **_TEENS, "a": 1}.get(w)
                gap = None if w == "a" and self.lowers[k - 1] != "year" else gap  # ("a year later"; "a years" is no English)
                if gap is None:
                    continue
                a = k - 2
            if gap is None and self._after_birth(k):
                self._mark(k, k + 1)  # "X was born in Lutjegast and later explored Tasmania"
                continue
            if (self.index.people_items or self.index.animal_items) \
                    and set(self.lowers[self.sent.start:k]) & _DYING:
                continue  # ("Nerva was born in Narni, died in Rome and later adopted Trajan": after his
                # death? the graph's years do not order it, red team 197)
            before = [r for r in items if r.end <= a]
            after = [r for r in items if r.start > k]
            year_of = self.judge.year_of
            if gap is not None and not after and len(before) >= 2 and before[-1].end == a \
                    and self.lowers[before[-2].end:before[-1].start][-1:] == ["and"] \
                    and (k + 1 >= self.sent.end or self.lowers[k + 1] in CLAUSE_ENDS) \
                    and not any(r.user for r in self.sent.refs if r.start < k):  # (not what the user did)
                # "Ridley Scott directed Alien in 1979 and Blade Runner three years later": the
                # item before the words came out that many years after the one before it
                years = [year_of(before[-2]), year_of(before[-1])]
                ok = None not in years and years[1] - years[0] == gap  # type: ignore[operator]
                self.sink(a, k + 1, "number", ok, "supported" if ok else "unverified_number", None,
                          (before[-2].ids[0], before[-1].ids[0]))
                self._mark(a, k + 1)
                continue
            years = [year_of(before[-1]) if before else None, year_of(after[0]) if after else None]
            ok = None not in years and years[1] > years[0] and (  # type: ignore[operator]
                gap is None or years[1] - years[0] == gap)  # type: ignore[operator]
            # "A, B and later C": after every item listed before it; never after what the user did
            # ("You watched Jaws and later Alien": when, the graph does not say)
            later = self._listed_from(after[0]) if after else []  # "and later E.T. and Jaws": both
            ok = ok and all(year_of(x) is not None and (year_of(r) or 0) < year_of(x)  # type: ignore[operator]
                            for r in before for x in later) \
                and (not any(r.user for r in self.sent.refs if r.start < k)
                     or self.lowers[k + 1:k + 2] in (["he"], ["she"]))  # ("..., which you loved, and
            # five years later he directed X": what he did, not the user)
            self.sink(a, k + 1, "number", ok, "supported" if ok else "unverified_number", None,
                      (before[-1].ids[0], after[0].ids[0]) if before and after else ())
            self._mark(a, k + 1)

    def _older_than(self, refs: list[Ref]) -> None:
        """ "The Brooklyn Bridge is older than Tower Bridge", "X predates Y": the item before the
        words has the earlier year (both known; of people, the earlier birth); the clause says
        nothing else. Only right between two items, each named alone, the second ending the
        sentence (no list, no user, no relative clause after it)."""
        ws = self.lowers
        items = [r for r in refs if r.kind == "item" and not r.user and not r.pronoun and r.ids]
        for first, then in zip(items, items[1:]):
            gap = ws[first.end:then.start]
            gap = gap[:-1] if gap[-1:] == ["the"] else gap
            verb = gap[:1] in (["is"], ["was"]) and gap[1:] in (["older", "than"], ["newer", "than"], ["younger", "than"])
            if not verb and gap not in (["predates"], ["postdates"]):
                continue
            if not self._aged(first) or not self._aged(then):
                continue  # (a tree's year may be when it was named: no age, held-out writer 144)
            if any(r.user for r in self.sent.refs) or ws[first.start - 1:first.start] in (["and"], [","]) \
                    or not (then.end >= self.sent.end or ws[then.end] in (".", ";", "!", "?")) \
                    or self._negated(first.end, then.start):
                continue  # ("A and B are older than C", "older than C, which ...": not read)
            years = [self.judge.year_of(first), self.judge.year_of(then)]
            earlier = gap[-2:] == ["older", "than"] or gap == ["predates"]
            ok = None not in years and (years[0] < years[1] if earlier else years[0] > years[1])  # type: ignore[operator]
            self.sink(first.end, then.start, "number", ok, "supported" if ok else "unverified_number", None,
                      (first.ids[0], then.ids[0]))
            self._mark(first.end, then.end)
            self.attached.update({id(first), id(then)})
            refs.remove(then)  # (it only dates the first, as in "two years before Pulp Fiction.")

    def _aged(self, item: Ref) -> bool:
        """Whether an item's year is its beginning, so that "older than" compares it: a person's
        (born), a work's (made), a release's, a founding's, a venue's or a building's (opened,
        built); not a tree's or a comet's, whose year may be when it was named or seen."""
        words = founded_words(item.types)
        return self.index.birth_years or bool(
            words & (WORK_TYPES | RELEASED_KINDS | FOUNDED_KINDS | VENUE_WORDS | BUILDING_WORDS | STAGED_KINDS))

    def _dates_item(self, verb: str, item: Ref) -> bool:
        """Whether the participle ``verb`` of "<verb> in 1878, X ..." says the making of the item
        ``item``: "released" or "made" any item; a verb of a relation the item has ("Founded",
        "Painted", "Published" where it was founded, painted, published by someone); founding an
        item that comes from a place; opening or building one located somewhere; and an item's
        own family of dating verbs (see ``GraphIndex.year_family``)."""
        index = self.index
        if verb in _AWARDING and self._awarded(item):
            return True  # ("First awarded in 1935, the Heisman Trophy ...")
        if verb in _ONLY_PRIZES:
            return False  # (no tower is "first awarded")
        if verb == "released" and index.venue_items and set(item.types) <= index.venue_types:
            return False  # "Released in 1894, Tower Bridge ...": a bridge opens
        if verb in ("", "made") or verb in index.discovering:
            return True  # ("Discovered in 1853, Heard Island ...": on a graph of discoveries)
        if verb == "born":  # ("Born in 1756, Mozart ...": on a graph of people or animals whose
            return index.birth_years  # items declare their year a birth)
        if any(verb in index.year_family.get(i, ()) for i in item.ids):
            return True
        if verb in RELEASE_PARTICIPLES | DEBUTED | LAUNCHED | _MINTING:
            return self._dated_kind(verb, item)  # "Launched in 1932, SS Normandie ...", as ", launched in 1932,"
        relations = {c.relation for c in index.cues.get((verb, "by"), ())}
        if verb in ("opened", "built", "completed", "constructed", "erected", "inaugurated", "dedicated"):
            # a museum, a stadium, a restaurant, a bridge opens and is built (not a painting
            # that hangs somewhere: "Opened in 1839, the Fighting Temeraire"; a restaurant or a
            # club only opens: "Built in 1949, Birdland", red team 214)
            if verb not in ("opened", "inaugurated", "dedicated") and self._opens_only(item):
                return False
            return bool(set(item.types) & index.venue_types)
        if verb in ("founded", "established", "formed") and index.founded_items:
            relations |= {c.relation for c in index.origin}
        if verb in ("founded", "established", "formed") and founded_words(item.types) & (FOUNDED_KINDS | _FOUNDED_BODIES):
            return True  # ("Founded in 1936, Aer Lingus ...": an airline is founded)
        return any(index.tail_count(i, rel) for i in item.ids for rel in relations)

    def _dating_participle(self, word: str, first: bool = False) -> bool:
        """Whether a participle opening "<word> in 1905, X ..." dates X itself: a verb of making,
        founding or first showing ("Founded", "Published", "Painted" where the graph has "was
        painted by"), never a later act ("Translated in 1970, ..."); after ``first``, a prize's
        first award ("First awarded in 1935, ...") on a graph of prizes."""
        if first and word in _ONLY_PRIZES and self.index.awarded_types:
            return True  # (not "first given / won", which a show or a ceremony may be said: red team 164)
        if word.startswith(LATER_ACTS + EARLIER_ACTS) or (
                word in ("formed", "founded") and not self.index.founded_items
                and not founded_words(self.index.item_types) & (FOUNDED_KINDS | _FOUNDED_BODIES)):
            return False  # (a band or a club is founded; a film is not)
        return word in self.index.year_verbs or word in DATING_VERBS or word in RELEASE_PARTICIPLES | DEBUTED | LAUNCHED \
            or (word in _MINTING and bool(self.index.struck_items)) \
            or self._made_by_verb(word) or word in self.index.discovering \
            or (word == "born" and self.index.birth_years)

    def _made_by_verb(self, word: str, first: bool = False) -> bool:
        """Whether ``word`` is the participle of a relation of making ("painted" where the graph
        has "was painted by", "recorded" for "was recorded by"): the making an item's year dates,
        as "made" does; never a later act ("translated", "illustrated") nor a verb of conceiving
        ("designed in 1402", "written in 1989": a design, a draft, come before)."""
        index = self.index
        done = participle_of_past(word)
        if (word, "by") not in index.cues and (making_participle(done) or verb_lemmas(done) & PHOTOGRAPHING):
            word = done  # (the active past of making: "Robert Doisneau took it in 1950")
        if word.startswith(LATER_ACTS + EARLIER_ACTS) or conceiving_verb(word):
            return False
        lemmas = verb_lemmas(word)
        if lemmas & {"perform", "sing"} and not first:
            return False  # (a song's performer made the recording, not the song: "Frank Sinatra
            # performed Yesterday in 1965", a cover, red team 105)
        if lemmas & {"award", "hand", "contest", "win"} or (lemmas & _KEEPING and not first):
            return False  # (a prize's award: "was awarded by" of "is presented by" makes nothing; nor
            # does running, owning or hosting a thing, but after ``first``: "Harrods was run by
            # Michael Ward in 1849", red team 166; "The Orient Express, first run in 1883")
        made = {c.relation for c in index.authorship}
        if lemmas & ({"deliver", "give", "cast"} | PHOTOGRAPHING) \
                and not all(c.relation in made for c in index.cues.get((word, "by"), ())):
            return False  # (a speech's delivery, a bell's casting: not where a ship too is "delivered by"
            # its captain, red team 165; the year would not say which)
        # (the made thing must be the graph's items, the maker not: "The Beatles were recorded in
        # 1960" on a graph where bands record songs says nothing of a band's year)
        for c in index.cues.get((word, "by"), ()):
            things = index.subject_types.get((c.relation, c.forward), frozenset())
            makers = index.subject_types.get((c.relation, not c.forward), frozenset())
            if c.relation in made and things and things <= index.item_types and not makers & index.item_types:
                return True
        return False

    def _past_year(self, k: int) -> int:
        """Where the words after a name at ``k`` go on, past a year in brackets ("Heat (1995)")."""
        ws = self.lowers
        return k + 3 if ws[k:k + 1] == ["("] and ws[k + 2:k + 3] == [")"] and is_year(ws[k + 1]) else k

    def _same_year(self, prev: Ref, a: int, b: int) -> None:
        """ "Young Frankenstein, from the same year, ...", "X came out the same year": with no
        "as", the year of the one other item named before (else which one?)."""
        ws = self.lowers
        k = a + 1 if ws[a:a + 1] in ([","], ["and"]) else a
        for lead in (["from"], ["is", "from"], ["was", "from"], ["came", "out"], ["came", "out", "in"],
                     ["was", "released"], ["was", "released", "in"], ["released"], ["released", "in"]):
            if ws[k:k + len(lead)] == lead and ws[k + len(lead):k + len(lead) + 3] == ["the", "same", "year"]:
                end = k + len(lead) + 3
                break
        else:
            return
        subject = [r for r in self.subject or [] if r.kind == "item" and not r.user and not r.pronoun]
        if ws[a:a + 1] == ["and"] and (prev.kind != "item" or prev.user or prev.pronoun) and len(subject) == 1:
            prev = subject[0]  # "Casino also stars X and came out the same year": Casino
        elif ws[a:a + 1] == ["and"]:
            return
        said = prev
        if prev.pronoun == "item" and prev.ids and len(prev.group) == 1:
            prev = prev.group[0]  # "try Heat: it came out the same year": Heat's and Casino's
        if end > b or prev.kind != "item" or prev.user or prev.pronoun or any(self.consumed[a:end]) \
                or ws[end:end + 1] == ["as"] or (ws[a:a + 1] == [","] and ws[end:end + 1] != [","]):
            return  # (the same year as X is read elsewhere; an apposition closes with a comma)
        listed = [r for r in self.group if r.kind == "item" and not r.user and not r.pronoun]
        if k == a and len(listed) > 1 and prev in listed and self.spec is None:
            years = [self._year_of(x) for x in listed]  # "Heat and Casino came out the same year"
            ok = None not in years and len(set(years)) == 1
            self.sink(k, end, "number", ok, "supported" if ok else "wrong_value", None, prev.ids[:1])
            self.attached.update(id(x) for x in listed)
            self._mark(k, end)
            self.year_words.update(range(k, end))
            return
        others = {r.ids: r for r in self.all_refs if r.kind == "item" and not r.user and not r.pronoun
                  and r.end <= prev.start and not set(r.ids) & set(prev.ids)}
        years = [self._year_of(x) for x in (prev, *others.values())]
        ok = len(others) == 1 and None not in years and len(set(years)) == 1
        if ws[end:end + 1] == [","] and end + 1 < b and is_year(ws[end + 1]) \
                and (end + 2 >= b or ws[end + 2] in SEPARATORS | {",", "and"}):
            ok = ok and years[0] == float(ws[end + 1])  # "the same year, 1995": that year too
            end += 2
        self.sink(k, end, "number", ok, "supported" if ok else "nothing_shared", None,
                  prev.ids[:1] + (next(iter(others.values())).ids[:1] if others else ()))
        self.attached.update((id(prev), id(said)))
        self._mark(k, end)
        self.year_words.update(range(k, end))

    def _year_of(self, r: Ref) -> float | None:
        """The one year the graph gives a mention, else None."""
        return self._one_year(r.ids)

    def _one_year(self, ids: Sequence[str]) -> float | None:
        """The one year the graph gives these entities, else None."""
        values = set()
        for eid in ids:
            attrs = self.index.info.get(eid, ("", "", "", {}))[3]
            values |= {attrs[key] for key in YEAR_KEYS if key in attrs}
        return values.pop() if len(values) == 1 else None

    def _years_apart(self, item: Ref, other: Ref, n: int, a: int, b: int) -> None:
        """``item`` came out ``n`` years after ``other`` (0: the same year), both by the graph's
        years; only where the clause ends there or a list of items goes on ("... the same year
        as A and B"; not "... after Alien and was directed by X": whose?)."""
        ws, k = self.lowers, other.end
        if paren_year(ws, k):
            k += 3  # "six years after Terminator 2 (1991)": its year, read as such
        j = k + (ws[k:k + 1] == [","])
        j += ws[j:j + 1] == ["and"]
        listed = j > k and any(r.start == j and r.kind == "item" and not r.user and not r.pronoun
                               for r in self.sent.refs)
        y1, y2 = self._year_of(item), self._year_of(other)
        ok = y1 is not None and y2 is not None and y1 - y2 == n \
            and (k >= self.sent.end or ws[k] in (".", "!", "?", ";") or listed)
        self.sink(a, b, "number", ok, "supported" if ok else "wrong_value", None, item.ids[:1] + other.ids[:1])
        self.attached.update({id(item), id(other)})
        self.compared.append(other)
        self._mark(a, b)
        self.apart = (item, n)
        self.group, self.role = [other], "years_apart"

    def _released_at(self, j: int) -> bool:
        """Whether token ``j`` is a verb of the item's own making or first showing ("released",
        "premiered", "first aired"), or of a battle's happening ("was fought in 1863", "took
        place in 1805")."""
        w = self.lowers[j]
        if w in self.index.discovering:
            return True  # "Germanium, discovered in 1886, ...": the item's year on a graph of discoveries
        if self.index.discovering and w in _MAKING_ON_FINDS:
            return False  # (its year is the find: "The Titanic was built in 1985" on a graph of wrecks found, red team 155)
        if self.index.fought_items and (w in _FIGHTING or (
                w == "place" and j > 0 and self.lowers[j - 1] in ("took", "takes"))):
            return True
        if w in self.index.year_verbs:
            return True  # (a verb that dates the graph's items: the checker keeps each to its own)
        if w in _SHOWING and not self.index.shows_works:
            return False  # "Cologne Cathedral first aired in 1248": a graph of no shown works
        if w in ("formed", "founded", "established") and not self.index.founded_items \
                and not ({"found", "establish"} & verb_lemmas(w) & self.index.said_verbs) \
                and not founded_words(self.index.item_types) & (FOUNDED_KINDS | _FOUNDED_BODIES):
            return False  # a band or a restaurant is formed or founded; a film is not (a graph whose
            # relations say "founded by" dates what they found, and an airline or a newspaper is
            # founded: see _made_here, which keeps each item to its kind)
        if w == "established":
            return True  # "Yellowstone was established in 1872" (what comes from a place is founded)
        if w in DEBUTED and w != "launched" and self.index.founded_items and not self.index.shows_works:
            return False  # and its year is when it formed, not when it debuted (a launch is a start;
            # on a graph with shown works too, each item's kind decides: see _dated_kind)
        if w in _BUILT_VERBS and not self.index.venue_items:
            return False  # "Heat was built in 1995", "Mona Lisa opened in 1503": no film or painting
        if w in RELEASE_PARTICIPLES | {"came", "comes", "come"} and self.index.venue_items \
                and self.index.item_types <= self.index.venue_types:
            return False  # "Tower Bridge was released in 1894": a bridge opens
        if self.index.animal_items:  # an animal's year is its birth ("Zenyatta, born in 2004"), where declared
            return self.index.birth_years and w in ("born", "foaled", "whelped")
        if self.index.people_items:  # a person's year is the birth ("Marie Curie, born in 1867"),
            # on a graph of people that declares it (no person is released)
            return w in ("is", "was", "are", "were") or (w == "born" and self.index.birth_years)
        if w == "born":
            return False
        if w in _MINTING:
            # "The Flowing Hair Dollar was first struck in 1794": a coin's year is its striking
            return bool(self.index.struck_items)  # (each item's own: the checker's sink)
        if w in LAUNCHED:
            # "introduced in 1954": on a graph of products (each item's kind: _dated_kind; not
            # "first sold in": a beer first brewed in 1759 was not first sold then, red team 128;
            # not on a graph of inventions, whose years are the inventing, red team 174)
            return (launched_good(self.index.item_types) or bool(self.index.struck_items)) \
                and not self.index.discovering  # (a coin too: "introduced in 1967")
        if self._made_by_verb(w, first=j > 0 and self.lowers[j - 1] in ("first", "originally")):
            return True  # "was painted in 1642": the making its year dates
        if w in _ONLY_PRIZES and j > 0 and self.lowers[j - 1] == "first" and self.index.awarded_types:
            return True  # "The Heisman Trophy was first awarded in 1935": a prize's first year
        if w in ("presented", "conferred") and j > 0 and self.lowers[j - 1] == "first" and self.index.awarded_types \
                and self.index.item_types <= self.index.awarded_types:
            return True  # "The Hugo Award was first presented in 1953", where every item is a prize
            # (a play or a show is "first presented" too)
        if j > 0 and self.lowers[j - 1] in ("first", "originally") and w not in _FIRST_ANY \
                and w not in self.index.first_verbs and not verb_lemmas(w) & self.index.said_verbs \
                and not (w in _PERFORMED_FIRST and self.index.said_verbs & _PERFORMING) \
                and w not in RELEASE_PARTICIPLES:
            return False  # "K2 was first brewed / composed / staged in 1954": a first act no relation
            # of the graph says (red teams 127, 128); a release, a first showing or an opening has
            # its own guards (a premiere's graph may say it "was first performed"; "published"
            # needs a graph of published kinds, see PUBLISHED_KINDS in the year reading)
        return w in RELEASED or w in DEBUTED or (
            w in FIRST_VERBS and j > 0 and self.lowers[j - 1] in ("first", "originally")) or (
            w in self.index.first_verbs and j > 0 and self.lowers[j - 1] == "first")  # "first flew in 1952"

    def _dated_kind(self, verb: str, item: Ref) -> bool:
        """Whether an item of ``item``'s kind has the year a verb of :meth:`_released_at` says:
        a first showing only of a work that is shown ("Cologne Cathedral first aired in 1248",
        "Hollow Knight first aired in 2017" on a graph that also has series); a release, a
        publication or a coming out only of a work or a product (``RELEASED_KINDS``; no band, bank
        or river: "Radiohead was released in 1985"); no debut of an organization, nor of what the
        graph says comes from a place, unless it is a work. An item of no known type word is left
        to the graph's kinds (see :meth:`_released_at`)."""
        words = founded_words(item.types)
        if verb in LAUNCHED | DEBUTED and item.kind == "item" and character_type(item.types):
            return True  # a character's year is its first appearance: "Introduced in 1998, Precious Ramotswe"
        if verb in ("flew", "flown"):
            return bool(words & _FLYING_TYPES)  # ("The Matterhorn first flew in 1865": red team 127)
        if verb == "sailed":  # ("RMS Titanic first sailed in 1912"; no castle, nor a "carrier pigeon")
            return any(type_last_word(t) in _SAILING_TYPES for t in item.types)
        if verb in _AWARDING and self._awarded(item):
            return True
        if verb in _ONLY_PRIZES:  # ("The Eiffel Tower was first awarded in 1889": no prize)
            return False
        if verb == "held":  # (only what the graph says is held somewhere: no castle is "first held")
            return bool(set(item.types) & self.index.held_types)
        if verb in LAUNCHED and verb not in self.index.discovering:
            # (a product: no film, river or cathedral is "introduced in 1954"; on a graph of
            # inventions its years are no introductions; a constellation "introduced" by its
            # finder, on a graph of such finds, see _released_at)
            return (launched_good(item.types) or bool(set(item.ids) & self.index.struck_items)) \
                and not self.index.discovering
        if verb in _MINTING:
            return bool(set(item.ids) & self.index.struck_items)  # ("Struck in 1794, X": a struck coin)
        if not self._made_here(verb, item, words):
            return False
        if item.kind != "item" or not words:
            return True
        shown = bool(words & SHOWN_KINDS)
        if verb in DEBUTED and verb != "launched" and not words & WORK_TYPES and (words & FOUNDED_KINDS or any(
                self.index.tail_count(i, c.relation) for i in item.ids for c in self.index.origin)):
            return False  # (a band, or what comes from a place, formed: it did not debut)
        if verb in _SHOWING:
            return shown
        if verb in RELEASE_PARTICIPLES and verb != "premiered" or verb in ("came", "comes", "debuted", "launched"):
            # only a work or a product is released, published or comes out (not a cathedral, a
            # bank, a person, a river or a pizza: "Cologne Cathedral was released in 1248"); a
            # staged work premieres ("Swan Lake was released in 1877": no)
            if words & STAGED_KINDS and not words & RELEASED_KINDS and verb != "debuted":
                return False  # (a musical debuts: "arrived in 2010")
            if words & PERSON_TYPE_WORDS:
                return False  # ("Shakuntala Devi was released in 1929", a human calculator, red team 179)
            return shown or bool(words & (WORK_TYPES | RELEASED_KINDS)) or verb == "launched" \
                or (verb in ("published", "came", "comes")  # (a dictionary; by the type's head noun: no
                    and any(type_last_word(t) in PUBLISHED_KINDS for t in item.types))  # map_publisher, red team 171)
        return True

    def _awarded(self, item: Ref) -> bool:
        """Whether ``item`` is a prize the graph says is awarded (see ``GraphIndex.awarded_types``)."""
        return bool(set(item.types) & self.index.awarded_types)

    def _made_here(self, verb: str, item: Ref, words: set[str]) -> bool:
        """Whether a verb of building, founding or making can date an item of this kind, on a
        graph that holds other kinds too (red teams 130, 131): a place or a structure opens and
        is built, not a painting or a show; what runs for years (a series, an aired show, a
        festival, a company) is not "completed" in its first year (a painting is); an
        organization, a publication or an event is founded, or what the graph says someone
        founded; only a printed work is "published"; a relation's verb of making ("painted")
        dates only what the graph says was made so."""
        index = self.index
        if verb in ("published", "issued") and (not words & PUBLISHED_KINDS or words & _SCREEN_KINDS) \
                and not self._made_edge({c.relation for c in index.cues.get((verb, "by"), ())}, item):
            return False  # ("Friends was published in 1994" on a graph with newspapers too, red team 131)
        if any(verb in index.year_family.get(i, ()) for i in item.ids):
            return True  # (the item's own family of dating verbs: "was established in" a year entity)
        venue = bool(set(item.types) & index.venue_types)
        if verb in _BUILT_VERBS and index.venue_items and not venue:
            return False  # ("The Night Watch opened in 1642", "Guernica was built in 1937")
        if verb in (_BUILT_VERBS - {"opened", "inaugurated"}) | {"completed", "finished"} and venue \
                and self._opens_only(item):
            return False  # (a restaurant, a bar, a jazz club opens in rooms built before it: "The
            # Village Vanguard was built in 1935", red team 214)
        if verb in ("completed", "finished") and (
                words & _RUNNING_KINDS or set(item.types) & index.aired_types
                or (words & (FOUNDED_KINDS | _FOUNDED_BODIES | EVENT_KINDS) and not venue)):
            return False  # ("Friends was finished in 1994", "Sony / HBO was finished in 1946"; a
            # painting is completed in its year: "The Starry Night was completed in 1889")
        relations = {c.relation for c in index.cues.get((verb, "by"), ())}
        if verb in ("founded", "established", "formed"):
            relations |= {c.relation for c in index.origin} if index.founded_items else set()
            if not words & (FOUNDED_KINDS | EVENT_KINDS | _FOUNDED_BODIES) and not self._made_edge(relations, item):
                return False  # ("The Book of Kells was founded in 800")
        elif verb not in RELEASED and self._made_by_verb(verb) \
                and not self._made_edge(relations & {c.relation for c in index.authorship}, item):
            return False  # ("Alnwick Castle was painted in 1096"; a ship "delivered in 1850" where
            # speeches are delivered: its delivery made nothing, red team 165)
        return True

    def _opens_only(self, item: Ref) -> bool:
        """Whether the item is a business that opens in premises (a restaurant, a jazz club), no
        building of its own: it opens, it is not built."""
        return bool(founded_words(item.types) & _PREMISES) and not set(item.types) & self.index.building_types

    def _made_edge(self, relations: set[str], item: Ref) -> bool:
        """Whether the item has an edge of one of ``relations``, either way ("Google launched
        Gmail": stored from the maker)."""
        graph = self.index.graph
        return any(rel in data for i in item.ids for rel in relations
                   for side in (graph._succ.get(i, {}), graph._pred.get(i, {})) for data in side.values())

    def _later_act(self, span: tuple[int, int]) -> bool:
        """Whether the cue at ``span`` names an act that may come after the item itself: a
        translation, an illustration, a signing, a distribution. (A publisher's publication is
        the book's release, as a director's film is the film's: "published by X in 1965".)"""
        words = self.lowers[span[0]:span[1]]
        if any(w.startswith(LATER_ACTS) or w.startswith(EARLIER_ACTS) for w in words):
            return True  # (or before it: "Bill Butler shot Jaws in 1975" is not when it came out)
        if self.index.discovering and set(words) & _MAKING_ON_FINDS and not set(words) & self.index.discovering:
            return True  # ("In 1985, Harland and Wolff built the Titanic" on a graph of wrecks found)
        members = {c.relation for c in self.index.membership}  # "was in Nirvana in 1987": when?
        if any(e == span[1] and not isinstance(what, str) and any(c.relation in members for c in what)
               for e, what in self.cue_at.get(span[0], ())):
            return True
        # only a verb of making, releasing, first showing or starring gives the item's year; any
        # other act ("stole", "bought", "restored", "banned", "visited X in 1503") has its own
        found = [what for e, what in self.cue_at.get(span[0], ()) if e == span[1]]
        if not found or any(isinstance(what, str) for what in found):
            return False  # (what the user did: "You loved Heat, which came out in 1995")
        if self.index.fought_items and set(words) & _FIGHTING:
            return False  # "In 1805, Nelson won the Battle of Trafalgar": the battle itself
        if set(words) & self.index.discovering:
            return False  # "In 1894, Ramsay discovered argon": the item's year (see _released_at)
        if first_showing(words) or any(w in _BRINGING_OUT and n == "out" for w, n in zip(words, words[1:])):
            return False  # "was first danced by X in 1877", "gave the first performance of", "brought out"
        verbs = [w for w in words if w not in _PHRASE_WORDS and w not in ("came", "comes", "come")  # ("came out on")
                 and w not in self.index.type_nouns]  # ("is another sandbox game": no act)
        if self.index.venue_items and any(conceiving_verb(w) for w in verbs):
            return True  # ("Norman Foster designed the Millau Viaduct in 2004": designed before it opened)
        return bool(verbs) and not any(
            making_participle(w) or w in DATING_VERBS or w in RELEASED or w in DEBUTED
            or w in _SHOWING or w in _STARRING or self._made_by_verb(w) or w in self.index.year_verbs
            for w in verbs)

    def _another_year(self, r: Ref, value: float, k: int) -> None:
        """ "Vertigo, another 1958 thriller": another item of the text has that year."""
        others = [o for o in self.all_refs if o.kind == "item" and not o.user and not o.pronoun
                  and not set(o.ids) & set(r.ids)]
        if not any(self.judge.year(o, value)[0] for o in others):
            self.sink(k, k + 1, "unverified", False, "nothing_shared", None, r.ids[:1])

    def _compared_year(self, c: Ref) -> None:
        """The year said in this clause, judged for a name compared with or repeating it."""
        said = self.year_said or self.lead_year
        if said is None or c.kind != "item" or id(c) in self.year_judged:
            return
        value, k = said
        self.year_judged.add(id(c))
        ok, status = self.judge.year(c, value)
        self.sink(k, k + 1, "number", ok, status, None, c.ids[:1])

    def _born_place_before(self, k: int) -> Ref | None:
        """The place named in "born in <place> in <year>" right before the year at ``k``."""
        ws = self.lowers
        place = next((x for x in self.sent.refs if x.end == k - 1 and not x.pronoun and not x.user
                      and x.kind != "item"), None)
        if place is None or ws[k - 1:k] != ["in"] or ws[max(0, place.start - 2):place.start] != ["born", "in"]:
            return None
        return place

    def _born_there(self, place: Ref, k: int) -> list[Ref]:
        """ "Raphael was born in Urbino in 1483": on a graph of people or animals, the year after
        the birthplace is the birth's, said of the clause's subject."""
        if not self.index.birth_years or self._born_place_before(k) is not place:
            return []
        return [r for r in self.subject or [] if r.kind == "item" and not r.user]

    def _said_year(self, r: Ref, value: float, k: int) -> None:
        """Judge the year ``value`` said of ``r`` at token ``k``; a name compared with it ("Like
        Rebecca, Citizen Kane came out in 1941") must have that year too, and so must a name the
        clause is later repeated for ("Vertigo is a 1958 thriller. So is Rebecca.")."""
        ok, status = self.judge.year(r, value)
        ws = self.lowers
        if ok and self.index.people_items and r.kind == "item" and (not self.index.birth_years or not (
                ws[k - 1:k] == ["born"] or ws[max(0, k - 2):k] == ["born", "in"] or (ws[k - 1:k] == ["("] and r.end == k - 1)
                or self._born_place_before(k))):
            # a person's year is the birth: "Monet painted X in 1840", "was painted in 1840" say
            # another year ("born in 1840", "Claude Monet (1840)" say it); where the graph does not
            # declare it a birth, no year of a person is read (an emperor's may be his accession)
            ok, status = False, "unverified_number"
        if ok and r.ids and all(i in self.index.undated_features for i in r.ids) and _origin_word(ws, k):
            # "Lake Baikal dates from 1643", "was formed in 1643", "the 1643 Loch Dorran": a
            # natural feature is not from the year the graph gives it (a survey, an exploration;
            # a verb of the graph's own relations, "was first climbed in 1865 by", still dates it)
            ok, status = False, "unverified_number"
        if ok and self._named_after_linked_item(r):
            # "a Survivor song that came out in 1978", "built at Ferguson Marine in 1903": an item
            # named after another item it is linked to (its maker, its place, its work); whose
            # year this is, the words cannot tell ("Ferguson Marine built Isle of Mull in 1903"
            # is the ship's), so none is read
            ok, status = False, "unverified_number"
        self.sink(k, k + 1, "number", ok, status, None, r.ids[:1])
        if r.kind != "item":
            return
        self.year_said = (value, k)
        for c in self.compared:
            if not any(w in (";", ":") for w in self.lowers[c.end:min(k, r.start)]):
                self._compared_year(c)  # (not across "; ": "Like X, Y is ...; it is from 1958")
