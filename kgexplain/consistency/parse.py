"""Reading a sentence into claims: who is said to do what to whom, and every word accounted for.

A sentence is a row of mentions (entities, "you", references) with word gaps between them. Each
gap is read by a small closed grammar:

* a **relation cue** right before a mention (only determiners, commas, colons or a type noun
  between) binds the mention as object; its subject is the mention group before the gap, or the
  antecedent of "which / who / that", or the clause's subject after "and" ("X stars A and is
  directed by B"). A forward cue asserts ``(subject, relation, object)``, an inverse cue
  ``(object, relation, subject)``; the graph must store exactly that edge.
* a **user cue** after "you" ("you loved X", "X, which you loved") is a claim about the user's
  own ratings or interactions.
* **coordination** ("A, B and C") repeats the last predicate for each member, or widens a subject.
* **comparison** ("Like X, ...", "..., just like X") makes X a subject of the same predicate: it
  must hold for X too. "shares its director" / "the same director as" need another item to share it.
* **negation** ("not", "never", "no longer") turns a stored fact into a false claim and any other
  into an unverified one (the graph cannot prove a negative), except "you have not seen X".
* **numbers** bind to the entity they describe: "X (1962)" and "the 1962 film X" check X's
  ``year``; "you rated X 4 stars" checks the user's rating.

Every other word must be glue (:data:`~kgexplain.consistency.lexicon.GLUE`); anything else is an
``unverified`` claim, and so is a mention that takes part in no claim.

This module holds the reader's state and its main loop (:meth:`SentenceReader.read`); the grammar's
parts are mixins in :mod:`kgexplain.consistency._reading`, one topic a module: the words between two
mentions (``gaps``), a predicate applied to a mention (``links``), lists of subjects and objects
(``lists``), clauses without their verb (``ellipsis``), relative clauses (``relatives``), names
described by kinds and roles (``descriptions``), what items share (``sharing``), places after a
name (``places``), years and numbers (``years``, ``numbers``), claims about the user (``users``),
which mentions are references and what they stand for (``references``), and the frame of
suggestions, headers and credit lines (``frames``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from kgexplain.consistency._reading.credits import CreditFrameReading
from kgexplain.consistency._reading.descriptions import DescriptionReading
from kgexplain.consistency._reading.ellipsis import EllipsisReading
from kgexplain.consistency._reading.frames import FrameReading
from kgexplain.consistency._reading.gaps import GapReading
from kgexplain.consistency._reading.links import LinkReading
from kgexplain.consistency._reading.lists import ListReading
from kgexplain.consistency._reading.numbers import NumberReading
from kgexplain.consistency._reading.places import PlaceReading
from kgexplain.consistency._reading.references import ReferenceReading
from kgexplain.consistency._reading.relatives import RelativeReading
from kgexplain.consistency._reading.sharing import SharingReading
from kgexplain.consistency._reading.users import UserReading
from kgexplain.consistency._reading.words import (
    DEBUTED,
    FRAME_TRIGGERS,
    FRAME_WORDS,
    HEADER_TRIGGERS,
    MODALS,
    SENT_END_WORDS,
    SHARE,
    THAT_ONE,
    Found,
    Spec,
)
from kgexplain.consistency._reading.years import YearReading
from kgexplain.consistency._text import WORD_NUMBERS, number_at, span_around
from kgexplain.consistency.constructions import COUNT_GENRES, Modifier, Player
from kgexplain.consistency.index import GraphIndex, named_person_type, person_like_type, type_words
from kgexplain.consistency.judge import Judge
from kgexplain.consistency.lexicon import (
    ADVERBS,
    AUXILIARIES,
    CLAUSE_ENDS,
    COMPARED_AFTER,
    COORDINATORS,
    DETERMINERS,
    EVALUATIVE_HINT,
    GLUE,
    NEGATIONS,
    PAST_FORMS,
    RELATIVES,
    SEPARATORS,
    Cue,
    participle,
    is_year,
)
from kgexplain.consistency.mentions import Ref, resolve_reference
from kgexplain.records import Triple

__all__ = ["Sentence", "SentenceReader", "ClaimSink", "attribute_year_stated", "entity_year_stated"]


_OWNER_PRONOUNS = frozenset({"his", "her", "their", "your", "my", "our"})
_OWN_ADJECTIVES = frozenset({"later", "earlier", "latest", "last", "first", "next", "new", "own", "other",
                             "second", "third", "previous", "debut", "final"})
"""Words between an owner pronoun and the item that keep it the owner's ("his later film X")."""
_NOT_ONE_CLAUSE = frozenset({"or", "as", "when", "if", "although", "though", "after", "before", "than",
                             "like", "unlike", "until", "once", "where", "whose", "whereas", "yet", "then",
                             "try", "think", "says", "said", "say"})
"""Words between a name and a later "it" after which "it" may name it again ("Jaws is a film
that, if you try it, ..."): elsewhere in one clause "it" is not the clause's subject."""
_NEG_PHRASES = (("no", "longer"),)
ClaimSink = Callable[..., None]
"""``sink(start_tok, end_tok, kind, supported, status, triple, entities)`` records one claim."""


_NOT_A_NAME_START = frozenset({"for", "of", "with", "in", "on", "at", "by", "from", "about", "to", "the", "a", "an"})
"""Words that open a mention but no name ("for children", a genre said with its preposition)."""


@dataclass
class Sentence:
    """A sentence's mentions (with resolved references) and its token range."""

    start: int
    end: int
    refs: list[Ref] = field(default_factory=list)


def _verb_before_in(lowers: Sequence[str], k: int) -> int:
    """Where the verb of "<verb> in <year at k>" stands, past auxiliaries and adverbs ("was first
    released in"); -1 when the sentence opens there."""
    j = k - 2
    while j >= 0 and lowers[j] in ("first", "originally", "also", "both", "all", "was", "were", "is", "are"):
        j -= 1
    return j


def attribute_year_stated(lowers: Sequence[str], k: int, year_verbs: frozenset[str]) -> bool:
    """Whether the year at token ``k``, said of an item whose year is an attribute (a film's
    release year), is said with no verb that dates only the graph's other items ("Heat was
    commissioned / founded / erected in 1995" where ships are commissioned and parks founded)."""
    if k < 2 or lowers[k - 1] != "in":
        return True
    j = _verb_before_in(lowers, k)
    w = lowers[j] if j >= 0 else ""
    return w not in year_verbs or w in _ATTRIBUTE_YEAR_VERBS


def striking_year_stated(lowers: Sequence[str], k: int, entity: str, struck: frozenset[str],
                         launched: bool) -> bool:
    """Whether the year at token ``k`` is said of ``entity`` with no verb of striking ("struck",
    "minted in 1794") or introduction ("introduced in 1967", where the entity is no product,
    ``launched`` false) unless the graph says it was struck (``GraphIndex.struck_items``): a cast
    coin, a cast medal or the regalia were never struck (red team 175)."""
    if k < 2 or lowers[k - 1] != "in":
        return True
    j = _verb_before_in(lowers, k)
    w = lowers[j] if j >= 0 else ""
    if w in ("struck", "minted") or (w == "introduced" and not launched):
        return entity in struck or (w == "introduced" and not struck)
    return True


_ATTRIBUTE_YEAR_VERBS = frozenset({"released", "premiered", "published", "debuted", "issued", "launched", "made",
                                   "produced"})
"""What dates an item whose year is an attribute, on a graph whose other items are dated by
relations of their own."""


def entity_year_stated(lowers: Sequence[str], k: int, family: frozenset[str],
                       nouns: frozenset[str] = frozenset()) -> bool:
    """Whether the year at token ``k`` is said of an item whose year the graph gives by a
    relation of one event (``family``: "commissioned"; see ``GraphIndex.year_family``): by a verb
    of that event right before "in" ("was commissioned in 1778", "Commissioned in 1778, ..."), or
    with no verb at all ("a 1778 ship", "X (1778)", "is from 1778"). Any other verb ("built in
    1778"), a year after the clause ("Y built X in 1778") or a year opening it ("In 1778, ...")
    says an event the graph does not date."""
    if not 0 <= k < len(lowers) or not is_year(lowers[k]):
        return False
    before = lowers[k - 1] if k else ""
    if before in ("(", "a", "an", "another", "the", "'s"):
        return True  # ("HBO's 2019 series": a possessive, then the year)
    if before == "from":  # "is from 1778", "a game from 2001", "Ico, from 2001," (not "built from 1778")
        ahead = lowers[k - 2] if k >= 2 else ""
        return ahead in ("is", "was", "are", "were", "dates", "date", "dated", "dating", ",") or ahead in nouns \
            or ahead in COUNT_GENRES  # ("an ABC mystery drama from 2004")
    if before != "in":
        return False
    j = _verb_before_in(lowers, k)

    def verb_at(i: int) -> str:
        w = lowers[i] if i >= 0 else ""
        if w == "out" and i >= 1 and lowers[i - 1] in ("came", "comes", "come"):
            return "released"
        return w

    w = verb_at(j)
    if w in ("it", "them") and j >= 1:
        w = lowers[j - 1]  # "Sierra published it in 1998"
    prep = next((i for i in range(j - 1, max(-1, j - 8), -1) if lowers[i] in ("by", "on", "for", "at")), None)
    if w not in family and prep is not None and prep >= 1 \
            and not any(x in (",", ";", ".", "and", "which", "that", "who") for x in lowers[prep + 1:k - 1]):
        w = verb_at(prep - 1)  # "published by Bandai Namco in 2022", "came out on the Switch in 2018", "premiered at X in 1900"
    return w in family


_IF_TASTE = (("appeals",), ("is", "your", "thing"), ("sounds", "good"), ("is", "your", "kind", "of", "thing"),
             ("is", "more", "your", "style"), ("is", "your", "style"), ("is", "your", "cup", "of", "tea"))
"""What may follow "If <name>" before a comma: the reader's taste, not a claim ("If X appeals, ...")."""


def _if_taste(lowers: Sequence[str], k: int) -> int | None:
    """Where the comma after a taste phrase of :data:`_IF_TASTE` starting at ``k`` stands, or None."""
    for phrase in _IF_TASTE:
        end = k + len(phrase)
        if tuple(lowers[k:end]) == phrase and lowers[end:end + 1] == [","]:
            return end
    return None


def _plural_kind(reader: "SentenceReader", k: int) -> bool:
    """Whether token ``k`` is a plural noun of the graph's item kinds ("films", "languages") with
    a relative clause or a participle after it (not "one of the films." alone)."""
    ws = reader.lowers
    if not (ws[k] in reader.index.type_nouns and ws[k].endswith("s")) or k + 1 >= len(ws):
        return False
    return ws[k + 1] in ("that", "which") or participle(ws[k + 1]) or any(
        r.start == k + 1 and not r.pronoun and not r.user for r in reader.all_refs)


_SERVED = frozenset({"served", "serves", "serve", "acted", "acts", "act", "worked", "works"})
"""Verbs that say "was" before "as" and a role noun ("served as producer on X", "worked as editor on")."""


class SentenceReader(
        YearReading,
        NumberReading,
        UserReading,
        FrameReading,
        CreditFrameReading,
        RelativeReading,
        DescriptionReading,
        SharingReading,
        ListReading,
        EllipsisReading,
        PlaceReading,
        ReferenceReading,
        GapReading,
        LinkReading,
):
    """Reads one sentence left to right, mention by mention, reporting claims to a sink.

    Args:
        index: the graph's lookup tables.
        lowers: the text's lowercase tokens; ``original`` the tokens as written.
        sent: the sentence (token range and mentions).
        cue_at / user_at: relation and user cues by start token: ``[(end, readings), ...]``.
        judge: checks single claims against the graph.
        sink: receives every claim, backed or not.
        all_refs: every mention of the text (references resolve against them).
        made: facts the text asserted so far (shared by its sentences; "also" reads them).
        glued: tokens already accounted for by a construction read before the grammar (the
            "'s director" of "Y is X's director", see :mod:`~kgexplain.consistency.constructions`).
        describes: cue positions said of the name right before them (an apposition ", a grunge
            band", "whose director is"), never of the clause's subject.
        modifiers: names that describe the name after them ("the thriller Vertigo", "Alfred
            Hitchcock's Vertigo"): judged first, then read as part of the name they describe.
        stacked: names that repeat the claim of the name before them ("is a Roman Polanski
            thriller").
    """

    def __init__(self, index: GraphIndex, lowers: list[str], original: list[str], sent: Sentence,
                 cue_at: dict[int, list[tuple[int, frozenset[Cue]]]],
                 user_at: dict[int, list[tuple[int, str]]], judge: Judge, sink: ClaimSink,
                 all_refs: list[Ref], made: list[Triple], glued: frozenset[int] = frozenset(),
                 describes: frozenset[int] = frozenset(), modifiers: Sequence[Modifier] = (),
                 stacked: frozenset[int] = frozenset(), complete: frozenset[int] = frozenset(),
                 players: Sequence[Player] = (), carry: dict[str, object] | None = None,
                 conjoined: dict[int, list[Found]] | None = None) -> None:
        self.index = index
        self.lowers = lowers
        self.original = original
        self.sent = sent
        self.cue_at = cue_at
        self.user_at = user_at
        self.judge = judge
        self.sink = sink
        self.all_refs = all_refs
        self.made = made
        self.others = [r for r in all_refs if not r.user and not r.pronoun]
        self.consumed = [k in glued for k in range(len(lowers))]
        self.glued = glued
        self.its_noun: set[int] = set()  # "its" read in "X was its director"
        self.its_after_and: set[int] = set()  # "its" opening a clause after ", and"
        self.shared_with: list[Ref] = []  # "A shares a director with B": B, not the subject
        self.like_repeat: tuple[Any, ...] | None = None  # what "like X" repeated, for "and Y"
        self.gapped: Ref | None = None  # the object of the last clause read without its verb
        self.respective = self._respective_objects()  # "A and B ... X and Y respectively"
        self.gap_ahead: set[int] = set()  # names whose "<prep> Y" after them may be a gapped clause
        self.describes = describes
        self.modifiers = modifiers
        self.stacked = stacked
        self.complete = complete
        self.players = players
        self.carry = carry if carry is not None else {}
        self.shared_groups: dict[int, list[Triple]] = {}  # "another" / "also" -> the facts it shares
        self.shared_kinds: set[int] = set()  # those words that begin a kind ("also a X film by Y")
        self.year_words: set[int] = set()  # "from the same year": read, and no sharing of the clause
        self.conjoined = conjoined or {}  # "wrote its music and lyrics": the second part's cue
        self.complete_spans: list[tuple[int, int]] = []  # predicates whose object list is complete
        self.claimed: list[tuple[tuple[int, int], Triple]] = []  # (predicate span, fact) of true claims
        self.attached: set[int] = set()  # ids of refs that took part in a claim
        self.subject: list[Ref] | None = None  # the clause's subject group
        self.group: list[Ref] = []
        self.role = "free"  # "free" (no predicate yet), "object" (last group is an object)
        self.spec: Spec | None = None
        self.like_frame: list[Ref] = []
        self.like_host: dict[int, list[Ref]] = {}  # id(Y) of "X, like Y" -> the group then ([X])
        self.pending: Spec | None = None  # "the same director as X: ..." waits for its object
        self.pending_more: list[frozenset[Cue]] = []  # "the same director and composer as X": the others
        self.relative_of: dict[int, Ref] = {}  # id(ref) -> antecedent (which/who/that)
        self.counted_noun: tuple[int, int] | None = None  # ", one of the three hops in X": 3, where
        self.closed_at: dict[int, list[Ref]] = {}  # the comma that closed a relative clause -> its items
        self.share_partner: set[int] = set()  # B in "A shares X with B": read with A
        self.whose_user: dict[int, Ref] = {}  # "you" in "X, whose Y you loved" -> X
        self.relative_group: dict[int, list[Ref]] = {}  # "A and B, both of which ...": both
        self.relative_prep: dict[int, str] = {}  # "Y, in which X stars": id(X) -> "in"
        self.co_subjects: dict[int, list[Ref]] = {}  # "X, which A and B created": id(B) -> [A, B]
        self.kind_of: dict[int, list[Ref]] = {}  # "A and B, both comedies": id(comedies) -> [A, B]
        self.role_of: dict[int, str] = {}  # id(ref) -> "object" once a predicate took it
        self.last_user_obj: Ref | None = None
        self.taken: set[int] = set()  # names a reading of several names took (see _take)
        self.all_same: set[int] = set()  # noun positions of "the same Ns as X" (every one)
        self.taken_person: Ref | None = None  # X of "X, whom you saw in Y"
        self.apart: tuple[Ref, int] | None = None  # "X came out N years after A (and B)"
        self.rated_group: list[Ref] = []  # user-claim objects a following rating number is said of
        self.last_rating: float | None = None  # "rated X five stars, and Y too": Y's rating too
        self.last_rating_at: int | None = None  # where that rating was said
        self.rating_carried: set[int] = set()  # objects that took that rating without their own
        self.as_objects: list[Ref] = []  # "..., as was Z": the objects the ellipsis repeats
        self.describing = False  # the predicate being read only describes a name (apposition)
        self.alongside: set[int] = set()  # ids of names after "alongside" / "with" (co-agents)
        self.described_only: list[Ref] = []  # names whose only claims so far only describe
        # the clause's predicate and objects before an apposition or relative clause on its last
        # object: "X directed A, a thriller, and B" goes on with "X directed B"
        self.outer: tuple[Spec, list[Ref]] | None = None
        self.apposed: list[Ref] = []  # the name an apposition describes (", a band signed to ...")
        self.via_noun = False  # the predicate being read is said through a predicate noun
        self.like_carry: tuple[list[Ref], list[int]] | None = None  # "Like X, Y ... and ..."
        self.main_spans: set[tuple[int, int]] = set()  # cue spans of the clauses' own predicates
        self.shared_checked: set[int] = set()  # tokens of sharing words a check took
        self.lead_year: tuple[float, int] | None = None  # "In 1958, ...": value, token
        self.lead_all = False  # "Dating from 1504, A and B ...": the year of every item of the sentence
        self.lead_first_only = False
        self.lead_verb = ""  # "Founded in 1878, X ...": the participle
        self.its_checked: set[int] = set()  # "its" tokens read as an item's possessive (_its_item)
        self.sharing_relative: set[int] = set()  # ids of refs opening a relative on "another N"
        # listed names with their own preposition ("in A and in B"): a relative clause after
        # one is said of it alone ("in A and in B, which X directed": of B)
        self.own_phrase: set[int] = set()
        self.dated: set[int] = set()  # ids of refs whose year the text gave ("in 1958")
        self.compared: list[Ref] = []  # names compared with the clause ("like X", "as was X")
        self.year_said: tuple[float, int] | None = None  # a year said of an item: value, token
        self.year_judged: set[int] = set()  # compared refs whose year was judged
        self.same_all = False  # the predicate says "the same N": every item before must share it
        self.fav_end: int | None = None  # where a "one of your favourites" claim ends
        self.same_fragment = False  # a fragment "same N, X" was read ("..., and the same M, Y")
        # "a museum in Rome", "the National Theatre in London": id(name) -> (the place, the span
        # of "in <place>", whether a claim on the name checked it)
        self.placed: dict[int, tuple[Ref, tuple[int, int], bool, str]] = {}
        self.located: set[tuple[int, int]] = set()  # (id(name), id(item)) judged so
        self.placed_names: dict[int, Ref] = {}
        self.cleft: Ref | None = None  # X of "It was X who V Y", which the relative clause asserts

    # ------------------------------------------------------------------------------ reading
    def read(self) -> None:
        """Read the sentence; every claim and every unexplained span goes to the sink."""
        refs = self._kept_refs()
        lowers = self.lowers
        before = list(self.carry.get("items") or [])  # type: ignore[arg-type]  # the last sentence's
        self.carry["items"] = [r for r in self.sent.refs if r.kind == "item" and not r.pronoun and not r.user]
        for r in refs:
            resolve_reference(r, self.all_refs)
            if r.pronoun == "group" and not r.group and lowers[r.start] in ("they", "them"):
                self._plural_team(r)
            pair = {"latter": "former", "second": "first"}.get(r.pronoun or "")
            mate = next((x for x in reversed(self.all_refs) if pair and x.pronoun == pair and x.start < r.start), None)
            if mate is not None:
                # "the former was edited by X, the latter by Y": the same two names as the former's
                resolve_reference(r, self.all_refs, skip=[x for x in self.all_refs if x.start >= mate.start])
            elif r.pronoun in ("latter", "former", "first", "second") and r.group and (subject := next(
                    (x for x in reversed(self.all_refs) if x.start < r.start and not x.user and not x.pronoun
                     and self._own_subject(r, x) and (x is r.group[0] or x.types & r.group[0].types)), None)):
                # "De Niro appears in Heat and Goodfellas, and Scorsese directed the latter": not
                # the clause's own subject, one of the names before its clause (nor a pair the
                # subject closes: "Goldsmith scored Alien and Chinatown, and Scott directed the
                # former")
                resolve_reference(r, self.all_refs, skip=[x for x in self.all_refs if x.start >= subject.start])
            if r.pronoun in ("latter", "former", "first", "second") and any(
                    e == r.start for s in range(max(0, r.start - 4), r.start) for e, _ in self.user_at.get(s, ())):
                # "you loved the first": of the items named before (not "Tarantino and Bender")
                resolve_reference(r, [x for x in self.all_refs if x.kind == "item"])
            if r.pronoun in ("latter", "former") and r.group and mate is None:
                self._fitting_pair(r)
            if r.pronoun in ("latter", "former") and r.group and self._three_of_a_kind(r):
                # "Kurtzman influenced Crumb and Spiegelman; the former": of three, the one pair
                # joined by "and" ("Lyra and Cygnus border Vulpecula; the former" is Lyra, red
                # team 150); with no such pair, or two, which one is unclear
                pair = self._joined_pair(r)
                r.group = [pair[0] if r.pronoun == "former" else pair[1]] if pair else []
                r.ids = r.group[0].ids if r.group else ()
            self._salient_item(r, before)
            named = self._items_before(r) if id(r) in self.its_after_and else []
            if len(named) > 1:
                # "Led Zeppelin was influenced by Muddy Waters, and its label is X": both must hold
                r.group, r.ids = named, ()
            if r.pronoun == "group" and r.group and lowers[r.start] != "both":
                # "they", "them", "each", "these films": every item the sentence named before
                # (a list with a year, an apposition or "as well as" in it is still one list)
                named = self._items_before(r)
                if len(named) < 2:  # "You loved A (1997), B and C. Alfred Hitchcock directed them."
                    named = before
                if len(named) > len(r.group):
                    r.group = named
            if r.pronoun == "group" and lowers[r.start] == "all" and r.group and r.end - r.start > 1 \
                    and len(r.group) != WORD_NUMBERS.get(lowers[r.start + 1], 0):
                r.group, r.ids = [], ()  # "all three" after two names, or after four: which?
            if r.pronoun in ("item", "item_possessive") and len(r.group) == 1 and r.group[0].end < r.start \
                    and self._done_by_user(r.group[0]) and self._suggests_after(r.group[0].end, r.start):
                # "You loved Jaws, so try Emma: Roy Scheider is among its stars": the text suggests
                # something it did not name as an item, and "its" is not the film the user loved
                r.ids, r.group = (), []
            items_before = [x for x in self.all_refs if x.kind == "item" and not x.pronoun and x.start < r.start]
            if id(r) in self.its_noun and len({x.ids for x in [x for x in items_before if not self._done_by_user(x)]
                                               or items_before}) != 1:
                # "Blade Runner, like Alien, ...; Jerry Goldsmith was its composer": which one?
                # ("You loved Jaws, so try Jurassic Park: John Williams wrote its score": the
                # one the user did not act on)
                r.ids, r.group = (), []
            x = r.group[0] if r.pronoun == "item" and r.group else None
            same = [g for g in r.group if g.end < r.start and not any(
                w in SEPARATORS or w in SENT_END_WORDS or w in COORDINATORS or w in RELATIVES
                or w in _NOT_ONE_CLAUSE for w in lowers[g.end:r.start])] if r.pronoun == "item" and lowers[r.start] == "it" else []
            if same and lowers[r.start + 1:r.start + 2] != ["is"]:
                # "Helvetica was inspired by it": not Helvetica, the clause's subject (that would
                # be "itself")
                if len(r.group) > 1:
                    r.group = [g for g in r.group if g is not same[0]]
                    r.ids = r.group[0].ids if len(r.group) == 1 else ()
                else:
                    resolve_reference(r, self.all_refs, skip=[x])
                x = r.group[0] if r.group else None
            if r.pronoun == "person" and lowers[r.start] in ("him", "her") and len(r.group) > 1:
                # "Murray won Wimbledon, and Ivan Lendl coached him": not Lendl, the clause's
                # own subject (that would be "himself"); the others named before stay
                own = [g for g in r.group if g.end < r.start and not any(
                    w in SEPARATORS or w in SENT_END_WORDS or w in COORDINATORS or w in RELATIVES
                    or w in _NOT_ONE_CLAUSE for w in lowers[g.end:r.start])]
                rest = [g for g in r.group if all(g is not o for o in own)]
                if own and rest and all(named_person_type(g.types) for g in rest):
                    # (only where people by their types remain: a character's sex is unread,
                    # "Wonder Woman first appeared in it. Gal Gadot portrays him", red team 167)
                    r.group = rest
                    r.ids = r.group[0].ids if len(r.group) == 1 else ()
            x = self._repeated_other(r, x)
            like_at = x.start - 1 - (lowers[x.start - 1:x.start] == ["the"]) if x is not None else 0
            if x is not None and like_at >= 0 and lowers[like_at] == "like" \
                    and x.end < r.start and all(w == "," for w in lowers[x.end:r.start]):
                resolve_reference(r, self.all_refs, skip=[x])  # "Like X, it is ...": not X
            elif x is not None and x.start > 0 and not self._in_brackets_after(x, r) \
                    and ((self._subordinate(x) and lowers[r.start:r.end] not in THAT_ONE)
                         or self._compared_word(x)):
                # (not the verb: "you may like Titanic: James Cameron directed it"); an item
                # named in a relative clause, an ellipsis or "the director of X" is no surer
                # "Y, like X, was directed by Z; it stars ...", "Y has the same director as X,
                # and it ...": Y or X? The claim must hold for both
                resolve_reference(r, self.all_refs, skip=[x])
                if r.group and r.group[0] is not x:
                    r.group, r.ids = [r.group[0], x], ()
            if r.pronoun and not r.ids and not r.group:
                self.sink(r.start, r.end, "unverified", False, "unresolved_reference", None, ())
                self.attached.add(id(r))
        self._kinds(refs)
        self._bands(refs)
        self._practitioners(refs)
        refs = self._modified(refs)
        refs = self._placed_in(refs)
        refs = self._role_lists(refs)
        self._vocative()
        cue_ends = {e for found in self.cue_at.values() for e, _ in found}
        cue_inside = {k for s0, found in self.cue_at.items() for e, _ in found if e - s0 > 1 for k in range(s0, e)}
        # (the last word of "are films of the genre" before "Drama" is the cue's own)
        for r in refs:  # "the Hercule Poirot series", "the Drama genre": the name's own type
            if r.kind == "item" or r.pronoun or r.user:
                continue
            own = {w for t in r.types for w in (t.lower(), t.lower() + "s")}
            if r.end < self.sent.end \
                    and (r.end not in self.cue_at or r.end + 1 >= self.sent.end
                         or lowers[r.end + 1] in SEPARATORS | {",", "and", "."}) \
                    and r.start > 0 and (lowers[r.start - 1] in DETERMINERS or r.start in cue_ends) \
                    and lowers[r.end] in own:
                self.consumed[r.end] = True  # ("serves Indian cuisine")
            if r.start > 0 and lowers[r.start - 1] in own and not self.consumed[r.start - 1] \
                    and r.start - 1 not in cue_inside and self.original[r.start - 1][:1].isupper() \
                    and (r.start == 1 or lowers[r.start - 2] in DETERMINERS | SEPARATORS | {",", "and", "by"}
                         or r.start - 1 in cue_ends):
                self.consumed[r.start - 1] = True  # "Chef Priya Nair runs ..." (a title)
            if lowers[r.end:r.end + 2] == [",", "the"] and r.end + 3 < self.sent.end \
                    and lowers[r.end + 2] in own and lowers[r.end + 3] in ("that", "which", "who"):
                self.consumed[r.end + 2] = True  # "Radiotopia, the network that produces X": its own kind
        dropped = self._star_ratings(refs)
        dropped |= self._worth_a_look(refs) | self._rating_phrases(refs) | self._known_as(refs)
        refs = [r for r in refs if id(r) not in dropped]
        names = {k for r in self.all_refs if not r.user for k in range(r.start, r.end)}  # ("Just Married")
        for k in range(self.sent.start, self.sent.end - 1):
            if lowers[k] == "just" and self.original[k].lower() == "just" and lowers[k + 1] not in ("like", "as") \
                    and not self.consumed[k] and k not in names \
                    and number_at(lowers, k + 1, self.sent.end) is None and lowers[k + 1:k + 4] != ["half", "a", "star"]:
                # "You just watched Fargo": when, the graph does not say ("just like X" is glue, and
                # so is "not only"; "rated it just 3" is the rating's, checked with it)
                self.sink(k, k + 1, "unverified", False, "unknown_words", None, ())
                self.consumed[k] = True
            elif lowers[k] in ("exactly", "much") and lowers[k + 1] in ("like", "as") and k not in names \
                    and (k == self.sent.start or lowers[k - 1] in (",", ";", ":", "and", "—")):
                self.consumed[k] = True  # ", much like X", "exactly as X was": as "just like X"
            elif k > self.sent.start and lowers[k - 1] in ("is", "was") and k not in names and (
                    (lowers[k:k + 3] == ["one", "of", "the"] and k + 3 < self.sent.end and _plural_kind(self, k + 3))
                    or (lowers[k:k + 2] == ["among", "the"] and k + 2 < self.sent.end and _plural_kind(self, k + 2))):
                # "Jaws is one of the films (that) Steven Spielberg directed": a film he directed
                self.consumed[k] = True
                if lowers[k] == "one":
                    self.consumed[k + 1] = True
            elif lowers[k:k + 2] == ["in", "turn"] and k not in names and k > self.sent.start \
                    and lowers[k - 1] in ("which", "who", "that", "and", ","):
                self.consumed[k] = self.consumed[k + 1] = True  # "X, which in turn influenced Y"
        self._later(refs)
        self._older_than(refs)
        if self._sentence_ellipsis(refs) or self._header(refs) or self._header_kinds(refs) \
                or self._list_header(refs):
            return
        if self._field_list(refs, before):
            self._complete_lists()
            return
        for k in range(self.sent.start, self.sent.end - 1):
            if self.lowers[k] == "another" and self.lowers[k + 1] in CLAUSE_ENDS:
                # "You loved Vertigo, a 1958 thriller, and Rebecca, another.": another what?
                self.sink(k, k + 1, "unverified", False, "unknown_words", None, ())
        items = [r for r in refs if r.kind == "item" and not r.pronoun and not r.user]
        for r in items:
            if r.start > 0 and self.lowers[r.start - 1] == "another":
                # "Another Jaws came out in 1975": a film like it, which the graph does not name
                self.sink(r.start - 1, r.end, "unverified", False, "unknown_words", None, r.ids[:1])
            if self.lowers[r.end:r.end + 2] == ["-", "like"]:
                self.sink(r.start, r.end + 2, "unverified", False, "unknown_words", None, r.ids[:1])  # "a Jaws-like film"
        nouns, n = self.index.type_nouns, len(self.lowers)
        described = {k for x in self.sent.refs if x.kind == "attribute" and not x.user and not x.pronoun
                     for k in range(x.start, x.end)}  # (genres, kinds: "his comedy film X")
        described |= {k for k in range(self.sent.start, self.sent.end)
                      if self.lowers[k] in _OWN_ADJECTIVES}  # "his later film X"
        for r in refs:
            after = self.lowers[r.end] if r.end < n else ""
            if r.kind == "item" and not r.pronoun and after.endswith("s") and after[:-1] in nouns:
                # "Both Psycho films", "the Cape Fear movies": several items under one name,
                # which no claim about one entity can stand for
                self.sink(r.start, r.end + 1, "unverified", False, "plural_name", None, r.ids[:1])
            k = r.start
            while k > 0 and (self.lowers[k - 1] in nouns or k - 1 in described or self.lowers[k - 1] == "-"
                             or is_year(self.lowers[k - 1])
                             or (self.lowers[k - 1] == "," and k == r.start and k >= 2 and self.lowers[k - 2] in nouns)):
                k -= 1  # (over "1996 comedy film": "his 1996 comedy film X", "his film, X," are still his)
            j = r.end + 1
            while r.kind == "item" and j < n and self.lowers[r.end] == "," and j > r.end and (
                    self.lowers[j] in _OWNER_PRONOUNS and j == r.end + 1 or j > r.end + 1 and (
                        self.lowers[j] in nouns or j in described or self.lowers[j] == "-" or is_year(self.lowers[j]))):
                j += 1  # "Heat, his film, ...": his too
            if r.kind == "item" and not r.pronoun and not r.user:
                self._is_his(r)  # "Casino is his too" (what stands before the name is read below)
            if j > r.end + 2 and not r.pronoun and not r.user and not self._his_work(r, r.end + 1):
                self.sink(r.end + 1, j, "unverified", False, "possessive_pronoun", None, r.ids[:1])
            if not r.pronoun and not r.user and k > 0 and self.lowers[k - 1] in _OWNER_PRONOUNS:
                for q in range(k, r.start):
                    if self.lowers[q] in _OWN_ADJECTIVES - {"own", "other"} and not self.consumed[q]:
                        # "his later film X": later than what, the graph does not say
                        self.sink(q, q + 1, "unverified", False, "unknown_words", None, r.ids[:1])
                        self.consumed[q] = True
                if not self._his_work(r, k - 1):
                    # "her film Aliens", "your Dune", "their Heat": whose it is goes unchecked
                    self.sink(k - 1, r.end, "unverified", False, "possessive_pronoun", None, r.ids[:1])
        if not refs:
            self._leftovers(self.sent.start, self.sent.end, GLUE)
            return
        refs = self._fronted_credit(self._on_credits(self._credit_line(refs, before)))
        self._year_gaps(refs)
        self._apart(refs)
        self._titled_people(refs)
        self._lead(refs[0])
        aside: tuple[int, Ref, dict[str, Any]] | None = None
        for i in range(1, len(refs) + 1):
            prev = refs[i - 1]
            cur = refs[i] if i < len(refs) else None
            if aside is None and cur is not None:
                aside = self._aside(prev, refs)
            if cur is not None and i + 1 < len(refs) and (self._acting_with(prev, cur, refs[i + 1])
                                                          or self._user_saw_in(prev, cur, refs[i + 1])
                                                          or self._as_he_did(prev, cur, refs[i + 1])
                                                          or self._gapped(prev, cur, refs[i + 1])
                                                          or self._value_shared_with(prev, cur, refs[i + 1])):
                continue
            if cur is not None and self._coordinated_relative(prev, cur):
                continue
            a = self._close_relative(prev, cur, prev.end, cur.start if cur else self.sent.end)
            if cur is not None and self._second_relative(prev, cur, a):
                continue
            if cur is not None and id(cur) in self.taken:
                # read with the names before it ("whom you saw in Y (and Z)", "co-stars with X in
                # Y", gapping); after "X, whom you saw in Y," the clause goes on with X, its
                # subject (a year after it is not Y's)
                person = self.taken_person
                self.group, self.role = [person or cur], "free"
                if person is not None and self.subject is None:
                    self.subject = [person]
                continue
            b = cur.start if cur is not None else self.sent.end
            if aside is not None and cur is not None and a <= aside[0] < b and aside[1] is not prev:
                # the aside's last words, then the sentence goes on from the name before it
                close, host, state = aside
                self._numbers(a, close, prev, None)
                self._leftovers(a, close, GLUE)
                for name, value in state.items():
                    setattr(self, name, value)
                self._mark(host.end, host.end + 1)
                self._mark(close, close + 1)
                prev, a, aside = host, close + 1, None
            self._favourites(prev, a, b)
            self._same_year(prev, a, b)
            if cur is None:
                self._numbers(a, b, prev, None)
                shared = self._share_noun(a, b)
                end, second = self._second_noun(shared[1], b, article=True) if shared is not None else (0, None)
                if shared is not None and self.pending is None and self.role == "free" \
                        and len(self.group) > 1 and not any(r.user for r in self.group) \
                        and all(w in (".", "!", "too") for w in self.lowers[end:b]):
                    # "A and B share a director (and a composer)."
                    items = [x for r in self.group for x in self._expand(r)]
                    if second is not None:  # each noun: one value both have
                        self._shared_value(Spec(items, second, self._negated(a, shared[1]), False, (shared[0], end)))
                    self.pending = Spec(items, shared[2], self._negated(a, shared[1]), False, shared[:2])
                    self._mark(a, end)
                elif shared is not None and self.pending is None and self.role == "free" \
                        and len(self.group) == 1 and not self.group[0].user \
                        and (not self.group[0].pronoun or (self.group[0].pronoun == "item" and self.group[0].ids)) \
                        and "same" in self.lowers[shared[0]:shared[1]] \
                        and all(w in (".", "!") for w in self.lowers[self._second_noun(shared[1], b)[0]:b]):
                    # "You loved Jurassic Park. Jaws has the same director.": the one other item
                    # named before
                    mine = set(self.group[0].ids)
                    others = {r.ids: r for r in self.all_refs if r.kind == "item" and not r.user
                              and not r.pronoun and r.end <= self.group[0].start and not set(r.ids) & mine}
                    if len(others) == 1:
                        end, second = self._second_noun(shared[1], b)
                        if second is not None:  # "Jaws has the same director and composer": each
                            self._shared_value(Spec([*others.values(), self.group[0]], second,
                                                     self._negated(a, shared[1]), False, (shared[0], end)))
                        self.pending = Spec([*others.values(), self.group[0]], shared[2],
                                             self._negated(a, shared[1]), False, shared[:2])
                        self._mark(a, end)
                        self._note_sharing(a, shared[1])  # ("Jaws also has the same director")
                self._leftovers(a, b, GLUE)  # "..., but that is not so": no claim took the "not"
                break
            if self._user_passive(prev, cur, a, b):
                continue
            if self._shared_before_colon(cur, a, b):
                continue
            self._numbers(a, b, prev, cur)
            if self._route_end(prev, cur, a, b) or self._gapped_preposition(prev, cur, a, b) \
                    or self._share_value(prev, cur, a, b) \
                    or self._whose_item(prev, cur, a, b) \
                    or self._value_shared_with(prev, cur) or self._brings_together(prev, cur, a, b) \
                    or self._team_behind(prev, cur, a, b) \
                    or self._co_agent(prev, cur, a, b) \
                    or self._user_apposition(prev, cur, a, b):
                continue
            if not self._bound_gap(prev, cur, a, b):
                nxt = refs[i + 1] if i + 1 < len(refs) else None
                self._unbound_gap(prev, cur, nxt, a, b)
        if self.pending is not None:
            self._shared_value(self.pending)
        for r in self.like_frame:
            # "X was one of your five-star reads, like Y", "(two stars, like Y)": no predicate
            # took the comparison, so nothing was checked of Y
            self.sink(r.start, r.end, "unverified", False, "nothing_shared", None, r.ids[:1])
        self.like_frame = []
        first = next((r for r in refs if not r.user), refs[0])
        lead = self.lowers[self.sent.start:first.start]
        framed = bool(lead) and lead[-1] in (":", "-", "—") \
            and any(w in FRAME_TRIGGERS | HEADER_TRIGGERS for w in lead) \
            and all(w in FRAME_WORDS or w in (":", "-", "—") for w in lead)  # "Our pick for you:"
        if self.described_only and not self.main_spans \
                and not any(r.user for r in refs if r.start >= first.start) \
                and (framed or (first is refs[0] and all(w in ("-", "•", "·", "*") for w in lead))) \
                and first is self.described_only[0] \
                and self.lowers[first.end:first.end + 1] in ([","], ["("]):
            self.attached.update(id(r) for r in refs if r.user and r.end <= first.start)
            # "Chinatown (1974), directed by Roman Polanski.": a fragment that opens with the
            # name and whose only claim is the description, which it asserts ("Also Chinatown,
            # a thriller." says more: an ellipsis)
            self.attached.update(id(r) for r in self.described_only)
        if self.cleft is not None and any(r is self.cleft for r in self.described_only):
            self._cleft_claims(self.cleft)
        for name, (place, span, done, prep) in self.placed.items():
            if not done:  # "Michigan in the United States" where no claim took the name: its own place
                named = self.placed_names[name]
                if prep in ("in", "at") and any(person_like_type(t) for t in named.types):
                    # (a person's own place is no one place: born, lived or died there? "X was born
                    # to Anna Verhoef in Leiden", where she died, red team 228)
                    self.sink(span[0], span[1], "assertion", False, "not_in_graph", None,
                              (*named.ids[:1], *place.ids[:1]))
                    continue
                self._locate(named, named, place, span, prep)
        names = {k for r in self.sent.refs if not r.user and not r.pronoun for k in range(r.start, r.end)}
        starts = {r.start for r in self.sent.refs if not r.user}
        for k in range(self.sent.start, self.sent.end):
            w, nxt = self.lowers[k], self.lowers[k + 1] if k + 1 < self.sent.end else ""
            owner = w in ("his", "hers", "theirs") or (w in ("her", "their") and (
                nxt in self.index.type_nouns or k + 1 in starts or is_year(nxt) or nxt in _OWN_ADJECTIVES))
            if owner and self.index.relation_noun_at(self.lowers, k + 1):
                owner = False  # "and his record label is X", "his teacher was X": the relation noun's reading
            if owner and not self.consumed[k] and k not in names and not any(
                    r.start == k and r.pronoun == "person" and id(r) in self.attached for r in self.sent.refs):
                # (not a "his" read as a reference to a person: "it bears his name")
                # "Heat (1995), his film, ...", "Jaws, a film of his, ...": whose work, no reading
                # above checked
                self.sink(k, k + 1, "unverified", False, "possessive_pronoun", None, ())
                self.consumed[k] = True
        self._complete_lists()
        self.carry["spec"] = (self.spec, [r for r in self.group if not r.user]) \
            if self.spec is not None and self.role == "object" else None
        self.carry["facts"] = self._clause_facts()
        self.carry["items"] = self._items_before(Ref(self.sent.end, self.sent.end, (), ""))  # with "it"
        self.carry["year"] = self.year_said[0] if self.year_said is not None else (
            self.lead_year[0] if self.lead_year is not None else None)
        self._co_partners()
        self._unchecked_sharing()
        self._unchecked_its()
        self._shared_together()
        for c in self.compared:  # "Psycho (1960) was directed by X, as was Psycho": itself
            k = c.start
            while k > self.sent.start and self.lowers[k - 1] not in (";", ":"):
                k -= 1
            first = next((r for r in self.sent.refs if k <= r.start < c.start and not r.user
                          and not r.pronoun), None)  # the clause's subject
            if first is not None:
                self._twice([first, c], c)
        if self.lead_year is not None:
            value, k = self.lead_year
            items = [r for r in refs if r.kind == "item" and not r.user and not r.pronoun]
            if self.lead_first_only and items and not self.lead_all:  # "Released in 1958, A and B were ...": the subjects
                items = self._listed_from(items[0])
            shown = {c.relation for c in self.index.shown}
            origin = {c.relation for c in self.index.origin}
            # (a participle before the year says what it dates: "Released in 1958, X is ...")
            later = not self.lead_first_only and (any(self._later_act(span) for span in self.main_spans) \
                or self.fav_end is not None \
                or any(t.relation in origin and not {"formed", "founded"} & set(self.lowers[sp[0]:sp[1]])
                       for sp, t in self.claimed) \
                or any(set(self.lowers[sp[0]:sp[1]]) & (DEBUTED | {"opened"}) and (
                    self.index.tail_count(t.head, t.relation) > 1
                    or (self.lowers[sp[0]] == "opened" and self.lowers[sp[0] - 1] not in ("first", "originally")))
                       for sp, t in self.claimed) \
                or any(t.relation in shown and self.index.tail_count(t.head, t.relation) > 1
                       for sp, t in self.claimed))
            # ("In 1975, Jaws was one of your favourites": when? "In 2014, X came out on the
            # Switch": the graph has one year for X, not one per platform)
            for r in items:
                if id(r) in self.year_judged:
                    continue
                ok, status = self.judge.year(r, value)
                if ok and later:  # "In 1605, Edith Grossman translated Don Quixote"
                    ok, status = False, "unverified_number"
                if ok and not self._dates_item(self.lead_verb, r):  # "Built in 1485, The Birth of Venus"
                    ok, status = False, "unverified_number"
                if ok and self.index.people_items and self.lead_verb != "born":
                    ok, status = False, "unverified_number"  # "In 1885, Niels Bohr won X": not his birth
                self.sink(k, k + 1, "number", ok, status, None, r.ids[:1])
        for r in refs:
            if id(r) not in self.attached and r is refs[0] and r.kind == "item" and not r.pronoun \
                    and not r.user and self.lowers[r.end:r.end + 1] == [":"] and any(
                        x.pronoun and id(x) in self.attached and set(x.ids) == set(r.ids) for x in refs):
                continue  # "Heat: Michael Mann directed it.": a title, then what is said of it
            if id(r) not in self.attached:
                self.sink(r.start, r.end, "unverified", False, "unattached_mention", None,
                          () if r.user else r.ids[:1])

    def _compared_word(self, x: Ref) -> bool:
        """Whether item ``x`` follows a word of comparison ("like X"; not the verb: "you'll like X")."""
        ws = self.lowers
        k = x.start - (ws[x.start - 1:x.start] == ["the"])  # ("like the Peach Melba")
        return k > 0 and ws[k - 1] in COMPARED_AFTER and not (
            ws[k - 1] == "like" and k > 1 and ws[k - 2] in MODALS | {"you", "also", "to", "really", "would"})

    def _lead(self, first: Ref) -> None:
        """The words before the first mention: framing only ("Because", "Like", "As a fan of")."""
        lowers, a, b = self.lowers, self.sent.start, first.start
        if any(lowers[k] == "like" for k in range(a, b)):
            self.like_frame.append(first)
            self.compared.append(first)
            self._mark(a, b)
        lead = lowers[a:b]
        if "fan" in lead or "fans" in lead:
            k = max(i for i, w in enumerate(lead) if w in ("fan", "fans"))
            if lead[k + 1:] == ["of"] and "as" not in lead[:k]:
                self.attached.add(id(first))  # "Fans of X should try Y": framing, no claim
                self._mark(a + k, b)
            elif lead[k + 1:] == ["of"] and self.judge.user is not None:
                # "As a fan of X, you ...": a claim that the user loved X
                me = Ref(first.start, first.start, (), "user", user=True)
                self._claim([me], first, "POS", self._negated(a, b), False, (a + k, b))
                self._mark(a + k, b)  # the words before "fan of" must still be glue
        if self._frame(a, b):
            self.attached.add(id(first))
            if first.kind == "item" and not first.user and not first.pronoun:
                self._suggested(first, "SUGGEST", False, (a, b))
            self._frame_words(a, b)
        asked = tuple(lead[:-1]) if lead[-1:] == ["the"] else tuple(lead)  # "Liked the DC-3?"
        if not first.user and first.end < len(lowers) and lowers[first.end] == "?" \
                and asked in self.index.user_cues and self.judge.user is not None:
            # "Loved Young Frankenstein? ...": said to the user, a claim that they loved it
            me = Ref(a, a, (), "user", user=True)
            self._claim([me], first, self.index.user_cues[asked], False, False, (a, b))
            self._mark(a, b)
            self.consumed[first.end] = True
        the = lead[-1:] == ["the"] and first.kind == "item"  # ("Completed in 1402, the Charles Bridge")
        if the:
            lead, b = lead[:-1], b - 1
        first_word = lead[:1] in (["first"], ["originally"]) and len(lead) == 5  # "First released in 1991, X"
        core = lead[1:] if first_word else lead
        if lead[-1:] == [","] and len(lead) >= 3 and lead[-3:-2] == ["in"] and lead[-2].isdigit() \
                and len(lead[-2]) in (2, 3, 4) and (core[:-3] in ([], ["released"], ["made"])
                                            or (len(core) == 4 and self._dating_participle(core[0], first_word)
                                                and first.kind == "item" and not first.user)) \
                and not (first_word and not core[:-3]) and not any(r.user for r in self.sent.refs) \
                and any(r.kind == "item" and not r.pronoun for r in self.sent.refs):
            # "In 1958, Alfred Hitchcock directed Vertigo", "Released in 1958, Vertigo ...": the
            # year of the sentence's items (where it names one: "In 801, Charlemagne was crowned
            # in Rome" dates nothing the graph has, red team 159)
            self.lead_year = (float(lead[-2]), b - 2)
            self.lead_first_only = bool(lead[:-3])  # "Released in 1958, Vertigo ...": of Vertigo
            self.lead_verb = core[0] if core[:-3] else ""
            self._mark(a, b)
        elif lead[-1:] == [","] and lead[:-2] in (["dating", "from"], ["dating", "back", "to"], ["dating", "to"]) \
                and lead[-2].isdigit() and len(lead[-2]) in (2, 3, 4) and first.kind == "item" and not first.user \
                and not any(r.user for r in self.sent.refs):
            # "Dating from 1609, Himeji Castle ...": the item's year, as "X dates from 1609" (every
            # item of the sentence: "Dating from 1504, the David and the Pietà ...", red team 144)
            self.lead_year, self.lead_first_only, self.lead_verb = (float(lead[-2]), b - 2), True, ""
            self.lead_all = True
            self._mark(a, b)
        elif len(lead) == 2 and lead[0] == "in" and lead[1].isdigit() and len(lead[1]) == 4 and a == self.sent.start \
                and not any(r.user for r in self.sent.refs):
            # "In 1995 Martin Scorsese directed Casino": the same without the comma
            self.lead_year, self.lead_first_only, self.lead_verb = (float(lead[1]), b - 1), False, ""
            self._mark(a, b)
        if the:
            lead, b = [*lead, "the"], b + 1
        if lead[-1:] == ["if"] and (first.user or (
                first.kind == "item" and not first.pronoun
                and lowers[first.end:first.end + 4] in (["was", "one", "of", "your"], ["is", "one", "of", "your"]))):
            # "If you loved X, ...": read as "You loved X" (and checked); so is "If X was one of
            # your favourites, ..."
            self._mark(b - 1, b)
        taste = _if_taste(lowers, first.end) if lead[-1:] == ["if"] and not first.user and not first.pronoun else None
        if taste is not None:
            # "If the Milford Track appeals, try ...", "If Cryptography is your thing, ...": a
            # condition on the reader's taste, no claim about X
            self._mark(b - 1, b)
            self._mark(first.end, taste)  # (the comma closes the opening clause: see _link)
            self.attached.add(id(first))
        self._numbers(a, b, None, first)
        self._leftovers(a, b, GLUE)
        self.group = [first]

    def _three_of_a_kind(self, r: Ref) -> bool:
        """Whether "the latter" / "the former" was resolved among three or more entities of its
        type named in the sentence that named its pick, so that no pair is plain ("Lyra and
        Cygnus border Vulpecula; the former ..."; "A, B and C; the latter" too)."""
        pick = r.group[0]
        start = span_around(self.lowers, pick.start, SENT_END_WORDS)[0]
        same = {x.ids for x in self.all_refs if start <= x.start < r.start and not x.user and not x.pronoun
                and x.types & pick.types}
        return len(same) >= 3

    def _joined_pair(self, r: Ref) -> tuple[Ref, Ref] | None:
        """The one pair "A and B" of names of one type (the type of ``r``'s pick) in the sentence
        that named the pick, the last two of that type there and not the end of a list, or ``None``."""
        pick = r.group[0]
        start = span_around(self.lowers, pick.start, SENT_END_WORDS)[0]
        names = [x for x in self.all_refs if start <= x.start < r.start and not x.user and not x.pronoun
                 and x.types & pick.types]
        pairs = [(a, b) for i, (a, b) in enumerate(zip(names, names[1:]))
                 if self.lowers[a.end:b.start] == ["and"] and a.ids != b.ids
                 and not (i > 0 and self.lowers[names[i - 1].end:a.start] in ([","], ["and"]))]
        # (the last two names of the kind, and no list's end: "A, B and C; the former" is A, and
        # "A and B ..., and so did C; the latter" is C, red team 217: both left unresolved)
        return pairs[0] if len(pairs) == 1 and pairs[0][1] is names[-1] else None

    def _fitting_pair(self, r: Ref) -> None:
        """ "Iguanodon was named by Gideon Mantell and Megalosaurus by William Buckland; the latter
        lived during the Middle Jurassic": where the verb after "the latter" / "the former"
        cannot be said of the pair it stands for, it is of the other pair, exactly two entities
        of one type the verb can be said of, named in the sentence that named something last
        (this one or, where "the former" opens its own, the one before: "Denali and K2 were first
        climbed by A and B. The former lies in ..."; no person lived during a period on this
        graph)."""
        k = r.end
        while k < self.sent.end and k not in self.cue_at and self.lowers[k] in AUXILIARIES | ADVERBS:
            k += 1
        readings = [c for _, found in self.cue_at.get(k, ()) if not isinstance(found, str) for c in found]
        able = frozenset().union(*(self.index.subject_types.get((c.relation, c.forward), frozenset())
                                   for c in readings)) if readings else frozenset()
        if not able or r.types & able:
            return
        named = [x for x in self.all_refs if x.start < r.start and not x.user and not x.pronoun]
        if not named:
            return
        # the pairs of the sentence that named something last: this one, or the one before where
        # "the latter" opens its own ("Denali and K2 were first climbed by A and B. The former ...")
        start = span_around(self.lowers, named[-1].start, SENT_END_WORDS)[0]
        others = [x for x in named if x.start >= start and x.types & able and not x.types & r.types]
        kinds = {t for x in others for t in x.types & able}
        if len(kinds) == 1 and len({x.ids for x in others}) == 2:
            resolve_reference(r, others)

    _ASIDE_STATE = ("group", "role", "subject", "spec", "outer", "describing", "apposed", "via_noun",
                    "pending", "pending_more", "like_frame", "like_carry")

    def _aside(self, prev: Ref, refs: list[Ref]) -> tuple[int, Ref, dict[str, Any]] | None:
        """An aside in brackets right after name ``prev`` that names something and is followed
        by more of the sentence ("James Horner, who scored Apollo 13 (you gave it four stars),
        also scored Titanic"): where it closes, and the reading's state to go on with after it
        (as if the brackets were not there)."""
        ws, k = self.lowers, prev.end
        if ws[k:k + 1] != ["("] or prev.user or prev.pronoun or any(r.start < k < r.end for r in refs):
            return None
        close = next((j for j in range(k + 1, self.sent.end) if ws[j] in (")", "(")), None)
        inside = [r for r in refs if k < r.start and r.end <= close] if close is not None else []
        if close is None or ws[close] != ")" or close + 2 >= self.sent.end or not any(r.user for r in inside) \
                or any(not r.user and not r.pronoun for r in inside):
            return None  # (a user's aside naming no one else: "(like Heat)" compares, and is read)
        state = {name: getattr(self, name) for name in self._ASIDE_STATE}
        return close, prev, {n: list(v) if isinstance(v, list) else v for n, v in state.items()}

    def _own_type_noun(self, x: int) -> bool:
        """Whether token ``x`` is the type noun of the name right after it, after "the" / "a" or
        opening the sentence ("the company 20th Century Fox", "the novel Castle")."""
        kind = self.index.attribute_type_nouns.get(self.lowers[x])
        if kind is None:
            return False
        k = x - 1 if x > self.sent.start and self._type_word_before(x - 1, kind) else x
        return (k == self.sent.start or self.lowers[k - 1] in ("the", "a", "an")) \
            and any(r.start == x + 1 and not r.pronoun and not r.user and kind in r.types for r in self.sent.refs)

    def _own_noun_after(self, x: int) -> bool:
        """Whether token ``x`` is the type noun of the name right before it, said as its apposition
        or predicate and followed by a relative clause or a comma ("Gretsch, a company, ...",
        "Sega is the company that put out the Saturn"): a noun that says only what the graph's
        type of that name says."""
        ws = self.lowers
        kind = self.index.attribute_type_nouns.get(ws[x])
        if kind is None or x < 3 or ws[x - 1] not in ("a", "an", "the") or not (
                x + 1 >= self.sent.end or ws[x + 1] in (",", "that", "which", "who", ".", ";")
                or (self.consumed[x + 1] and ws[x - 2] in ("is", "was"))):
            return False  # (or the noun of a predicate read on: "Ayam penyet is a dish from Malaysia")
        k = x - 2
        if ws[k] not in (",", "is", "was"):
            return False
        return any(r.end == k and not r.pronoun and not r.user and kind in r.types for r in self.sent.refs)

    def _own_noun_trailing(self, x: int) -> bool:
        """Whether token ``x`` is the type noun (or a plural of it) of the name right before it,
        which "the" opens: "the Harland and Wolff yard(s)", "the Electric Boat yard"."""
        ws = self.lowers
        kind = self.index.attribute_type_nouns.get(ws[x]) or self.index.attribute_plural_nouns.get(ws[x]) \
            or (self.index.attribute_type_nouns.get(ws[x][:-1]) if ws[x].endswith("s") else None)
        return kind is not None and any(
            r.end == x and r.start > self.sent.start and ws[r.start - 1] == "the" and not r.pronoun and not r.user
            and kind in r.types for r in self.sent.refs)

    def _type_word_before(self, x: int, kind: str) -> bool:
        """Whether token ``x`` is a word of the compound type ``kind`` said before its noun ("the
        comics character Bolt", "the comic character Bolt" of a "comics_character")."""
        words = type_words(kind)[:-1]
        w = self.lowers[x]
        return w in words or (w + "s") in words

    def _in_brackets_after(self, x: Ref, r: Ref) -> bool:
        """Whether ``r`` stands in brackets that open right after ``x`` ("like The Usual
        Suspects (you rated it 5 stars)": "it" is that film)."""
        ws = self.lowers
        return x.end < len(ws) and ws[x.end] == "(" and x.end < r.start and ")" not in ws[x.end:r.start]

    def _subordinate(self, x: Ref) -> bool:
        """Whether item ``x`` stands in a subordinate phrase of its clause ("who also directed
        Alien", "as was Alien", "the director of Alien") after another item of its sentence."""
        ws, k = self.lowers, x.start
        while k > 0 and ws[k - 1] not in (",", ";", ":") and ws[k - 1] not in SENT_END_WORDS:
            k -= 1
        phrase = ws[k:x.start]
        if not (any(w in RELATIVES for w in phrase) or phrase[:1] == ["as"] or "of" in phrase[-1:]):
            return False
        j = k
        while j > 0 and ws[j - 1] not in SENT_END_WORDS:
            j -= 1
        return any(r.kind == "item" and not r.pronoun and not r.user and j <= r.start < k
                   and set(r.ids) != set(x.ids) for r in self.all_refs)

    def _twice(self, refs: list[Ref], last: Ref) -> None:
        """Two names of one list or comparison that stand for the same entity (a label written
        once bare and once with the year of its namesake) say nothing true of two things."""
        seen: list[frozenset[str]] = []
        for r in refs:
            if r.user or r.pronoun or not r.ids:
                continue
            ids = frozenset(r.ids)
            if ids in seen:
                self.sink(last.start, last.end, "unverified", False, "plural_name", None, r.ids[:1])
                return
            seen.append(ids)

    def _shared_before_colon(self, cur: Ref, a: int, b: int) -> bool:
        """ "A and B share a composer: both have music by X": the sharing clause ends at the colon
        (some one value both have), and the reference after it opens a clause of its own."""
        if not cur.pronoun or cur.user or self.role != "free" or len(self.group) < 2 \
                or any(r.user for r in self.group) or self.pending is not None \
                or b - 1 <= a or self.lowers[b - 1] not in (":", ";"):
            return False
        shared = self._share_noun(a, b - 1)
        if shared is None:
            return False
        end, second = self._second_noun(shared[1], b - 1, article=True)
        if end != b - 1:
            return False
        items = [x for r in self.group for x in self._expand(r)]
        negated = self._negated(a, shared[1])
        if second is not None:
            self._shared_value(Spec(items, second, negated, False, (shared[0], end)))
        self._shared_value(Spec(items, shared[2], negated, False, shared[:2]))
        self._mark(a, b)
        self.group, self.role, self.subject = [cur], "free", None
        return True

    def _leftovers(self, a: int, b: int, allowed: frozenset[str]) -> None:
        """Report the words of [a, b) that are neither consumed nor glue."""
        lowers, original, nouns = self.lowers, self.original, self.index.type_nouns
        # an item noun after "by the X" / "on the X" where X is no item ("directed by the Steven
        # Spielberg movie", "aired on the HBO series") names a work that is not there
        odd = {r.end for r in self.sent.refs if r.kind != "item" and not r.user and not r.pronoun
               and r.start >= 2 and lowers[r.start - 1] == "the"
               and lowers[r.start - 2] in ("by", "on", "of", "to", "in", "from")}

        named_at = {r.start: r for r in self.sent.refs if not r.pronoun and not r.user
                    and lowers[r.start] not in _NOT_A_NAME_START}
        # (a name, "k.d. lang" and "50 Cent" too: not "a film for children", a genre, red teams 170, 171)
        names = [r for r in self.sent.refs if not r.pronoun and not r.user]
        items_to: dict[int, Ref] = {}
        for r in names:
            if r.kind != "item":
                continue
            if r.start == self.sent.start or lowers[r.start - 1] == "the":
                items_to[r.end] = r  # "The In Bruges programme": the item named
            elif lowers[r.start - 1] in ("a", "an"):
                # "X is a Survivor song", "X, a Leica handset,": a maker before the kind, which
                # is said of the item named before it
                said_of = [y for y in names if y.kind == "item" and y.end <= r.start - 1]
                if said_of:
                    items_to[r.end] = said_of[-1]

        def misnamed(x: int) -> bool:
            """An item noun said of a name that is no item of its kind: "the film Ridley Scott",
            "the show NBC", "the In Bruges programme" (a film), "the Leica M3 is a Leica handset"
            (a camera)."""
            near = named_at.get(x + 1) or (items_to.get(x) if (x + 1) not in named_at else None)
            return near is not None and not self.index.noun_fits(lowers[x], near.kind, near.types)

        def glue(x: int) -> bool:  # "well" only in "as well" ("You rated X well" says how)
            if self.consumed[x] or (lowers[x] in nouns and x not in odd and not misnamed(x)):
                return True
            if lowers[x] in _SERVED and lowers[x + 1:x + 2] == ["as"] and any(
                    not isinstance(rd, str) and rd and all(c.noun for c in rd)
                    for j in (x + 2, x + 3) for _, rd in self.cue_at.get(j, ())) \
                    and (self.consumed[x + 2] or self.consumed[x + 3] if x + 3 < len(lowers) else False):
                return True  # "Joel Silver served as producer on The Matrix": "was producer on"
            if lowers[x] == "first" and lowers[x + 2:x + 3] == ["in"] and x + 3 < len(lowers) \
                    and lowers[x + 3].isdigit() and self.consumed[x + 1] and self.consumed[x + 3] \
                    and self._released_at(x + 1):
                return True  # "first aired in 2002 on HBO": the year is the item's (its verb took "on")
            if lowers[x] == "even" and lowers[x + 1:x + 2] == ["though"]:
                return True  # "even though" is "though"
            if lowers[x] == "note" and lowers[x + 1:x + 2] == ["that"] and (x == self.sent.start or lowers[x - 1] in (",", ":", ";")):
                return True  # "Since you enjoyed X, note that Y wrote its music": framing
            if lowers[x] == "once" and x + 1 < len(lowers) and self.consumed[x + 1] \
                    and (lowers[x + 1].endswith("ed") or lowers[x + 1] in PAST_FORMS):
                return True  # "Richard Wagner once led it": at some time, as the past tense says
            if self._own_noun_after(x) or self._own_noun_trailing(x):
                return True  # "Gretsch, a company, builds it", "Sega is the company that put out the Saturn"
                # ("came out of the Harland and Wolff yard": the name's own type after it)
            if lowers[x] in ("one", "person") and lowers[x - 2:x] in (["is", "the"], ["was", "the"]) \
                    and lowers[x + 1:x + 2] in (["who"], ["that"]) and x + 2 < len(lowers) and self.consumed[x + 2]:
                return True  # "X was the one who designed Y": X designed Y (its verb read)
            if self._own_type_noun(x) or (x + 1 < len(lowers) and self._own_type_noun(x + 1) and self._type_word_before(
                    x, self.index.attribute_type_nouns[lowers[x + 1]])):  # ("the comic character Bolt": "comic")
                return True  # "the company 20th Century Fox": the name's own type before it (not "in the
                # town of X", which may say where the verb's subject is: red team 122)
            if lowers[x] not in allowed or (lowers[x] == "well" and (x == 0 or lowers[x - 1] != "as")):
                return False
            if lowers[x] in ("fans", "fan"):  # "for fans of X" frames; "made for fans" says who for
                return lowers[x + 1:x + 2] == ["of"]
            if lowers[x] in ("whereas", "whilst") and x == self.sent.start:
                return False  # (not read opening a sentence: "Whereas X directed Y." has no main clause;
                # "Whereas A, B." is rejected too, where "While A, B." is read)
            return not (lowers[x] == "while" and x > 0 and lowers[x - 1] in ("a", "the"))  # "for a while"

        k = a
        while k < b:
            if glue(k):
                k += 1
                continue
            j = k
            while j < b and not glue(j):
                j += 1
            named = any(original[x][:1].isupper() for x in range(k, j)
                        if x != self.sent.start and original[x - 1] not in (":", '"', "(", "“"))
            status = ("evaluative" if any(w in EVALUATIVE_HINT for w in lowers[k:j])
                      else "unverified_negation" if any(w in NEGATIONS for w in lowers[k:j])
                      else "unknown_entity" if named else "unknown_words")
            self.sink(k, j, "unverified", False, status, None, ())
            k = j

    # ------------------------------------------------------------------------ references
    @staticmethod
    def _expand(r: Ref) -> list[Ref]:
        """A plural reference stands for each entity it names."""
        return r.group if r.pronoun and len(r.group) > 1 else [r]

    def _mark(self, a: int, b: int) -> None:
        for k in range(a, b):
            self.consumed[k] = True

    def _negated(self, a: int, b: int) -> bool:
        ws = self.lowers[a:b]
        return any(w in NEGATIONS for w in ws) or any(
            tuple(ws[k:k + len(p)]) == p for p in _NEG_PHRASES for k in range(len(ws)))

    def _shared(self, a: int, b: int) -> bool:
        return any(w in SHARE for k, w in enumerate(self.lowers[a:b], start=a) if k not in self.year_words
                   and not (w == "also" and self.index.declared_also(self.lowers, k)))

