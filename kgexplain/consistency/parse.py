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
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Callable, Sequence

from kgexplain._english import IRREGULAR_PLURALS, plural
from kgexplain.consistency._text import WORD_NUMBERS, as_number, number_at
from kgexplain.consistency.constructions import (COUNT_GENRES, TOUCH_NOUNS, TOUCH_PLURALS, Modifier, Player, no_count_noun,
                                                 own_type_after, paren_year)
from kgexplain.consistency.index import (
    DATING_VERBS,
    EVENT_KINDS,
    FOUNDED_KINDS,
    PERSON_TYPES,
    PROPER_TYPES,
    RELEASED_KINDS,
    SHOWN_KINDS,
    STAGED_KINDS,
    WORK_TYPES,
    GraphIndex,
)
from kgexplain.consistency.judge import DISLIKE_MARGIN, YEAR_KEYS, Judge
from kgexplain.consistency.lexicon import (
    MADE_IN,
    participle_of,
    making_participle,
    verb_lemmas,
    conceiving_verb,
    BARE_COPULAS,
    CLAUSE_ENDS,
    CLASS_NOUNS,
    COMPARED_AFTER,
    type_word_set,
    kind_type,
    ADVERBS,
    participle,
    AUXILIARIES,
    COLLECTIVE,
    COORDINATORS,
    DETERMINERS,
    EVALUATIVE_HINT,
    GLUE,
    GROUP_NOUNS,
    INCLUDE,
    NEGATIONS,
    PAST_FORMS,
    RELATIVES,
    SEPARATORS,
    SOLO_NOUNS,
    Cue,
)
from kgexplain.consistency.mentions import Ref, resolve_reference
from kgexplain.records import Triple

__all__ = ["Sentence", "SentenceReader", "ClaimSink"]

_OBJ_PRE = DETERMINERS | frozenset({",", ":", "both", "fellow", "same"})
_BULLETS = frozenset({"•", "*", "·", "|", "-", "–", "—", "▪", "‣"})
"""Marks that open a field of a card ("• Director: X"); lines themselves become spaces."""
_CARD_HEAD = frozenset({"recommended", "recommendation", "why", "we", "picked", "pick", "our", "top",
                        "for", "you", "next", "up", "try", "?", ":", "!", "(", ")", "—", "-"})
"""Words of a card's header around the item ("Why Forbidden Island?", "Recommended: Jaws")."""
_YEAR_FIELDS = frozenset({("year",), ("released",), ("release",), ("release", "year"), ("published",),
                          ("first", "published"), ("premiered",), ("first", "aired")})

_OWNER_PRONOUNS = frozenset({"his", "her", "their", "your", "my", "our"})
_OWN_ADJECTIVES = frozenset({"later", "earlier", "latest", "last", "first", "next", "new", "own", "other",
                             "second", "third", "previous", "debut", "final"})
"""Words between an owner pronoun and the item that keep it the owner's ("his later film X")."""
_RELEASED = frozenset({"released", "made", "formed", "founded", "published", "premiered", "opened", "began", "started",
                       "debuted", "dates", "date", "dated", "is", "was", "completed", "finished",
                       "built", "constructed", "created", "appeared"})
"""Participles before "in <year>" that say the year is the item's own ("released in 1958",
"completed in 1930")."""
_SENT_END_WORDS = frozenset({".", "!", "?"})
_LATER_ACTS = ("translat", "illustrat", "sign", "distribut", "licens", "acquir", "remaster", "transfer", "moved",
               "reissu", "cover", "member", "join", "play", "drummer", "guitarist", "bassist",
               "singer", "vocalist", "pianist", "keyboardist")
"""Verb stems of acts whose year is not the item's own ("translated X in 1605")."""
_EARLIER_ACTS = ("shot", "film", "edit", "photograph", "lens")
"""Verb stems of acts done before the item came out ("shot Jaws in 1974")."""
_SHARE = frozenset({"share", "shares", "shared", "sharing", "same", "common"})
_TOGETHER = (("reunites",), ("reunite",), ("reunited",), ("pairs",), ("pair",), ("paired",),
             ("brings", "together"), ("bring", "together"), ("brought", "together"),
             ("brings", "back"), ("bring", "back"), ("brought", "back"), ("unites",), ("united",))
"""Verbs that say an item has several people on it ("Heat brings together A and B")."""
_BROUGHT_BACK = frozenset({("reunites",), ("reunite",), ("reunited",), ("brings", "back"), ("bring", "back"),
                           ("brought", "back")})
"""Of those, the ones that say an earlier item had them too."""
_NOT_ONE_CLAUSE = frozenset({"or", "as", "when", "if", "although", "though", "after", "before", "than",
                             "like", "unlike", "until", "once", "where", "whose", "whereas", "yet", "then",
                             "try", "think", "says", "said", "say"})
"""Words between a name and a later "it" after which "it" may name it again ("Jaws is a film
that, if you try it, ..."): elsewhere in one clause "it" is not the clause's subject."""
_FRAME_TRIGGERS = frozenset({"try",
                             "recommend", "recommended", "check", "here", "suggest", "suggests"})
_THAT_ONE = (["that", "one"], ["this", "one"])
"""A demonstrative "one": the item named last, as "the latter" ("you gave that one four stars")."""
_YEAR_GAP = {"before": 1, "after": -1, "earlier": -1}
"""How "N years <word>" orders the item named before it and the one named after it."""
_SUGGESTED_AS = (("should", "be", "next", "on", "your", "list"), ("could", "be", "next", "on", "your", "list"),
                 ("is", "next", "on", "your", "list"), ("is", "next", "on", "the", "list"),
                 ("should", "be", "on", "your", "list"), ("belongs", "on", "your", "list"),
                 ("should", "be", "next", "on", "the", "list"), ("could", "be", "your", "next", "watch"),
                 ("might", "be", "your", "next", "watch"), ("could", "be", "your", "next", "pick"),
                 ("should", "appeal", "to", "you"), ("should", "appeal"), ("might", "appeal", "to", "you"),
                 ("might", "appeal"), ("could", "appeal"), ("may", "appeal", "to", "you"), ("may", "appeal"),
                 ("could", "appeal", "to", "you"), ("fits",), ("should", "fit"), ("might", "fit"), ("may", "fit"),
                 ("could", "fit"),
                 ("could", "be", "next"), ("might", "be", "next"), ("is", "next"), ("is", "up", "next"),
                 ("is", "our", "next", "pick"), ("is", "our", "pick"), ("is", "our", "top", "pick"),
                 ("is", "our", "suggestion"), ("is", "our", "recommendation"),
                 *((m, "suit", "you") for m in ("should", "might", "may", "could", "will")), ("suits", "you"),
                 *((m, "be", "your", "next", n) for m in ("should", "might", "may", "could", "will", "would")
                   for n in ("pick", "watch", "read", "listen", "play", "choice", "step")),
                 *((m, "be", "a", a, n) for m in ("should", "might", "may", "could", "will", "would")
                   for a in ("good", "natural", "safe", "solid", "smart", "logical") for n in ("pick", "bet", "choice", "fit", "match")),
                 *(("is", "your", "next", n) for n in ("pick", "watch", "read", "listen", "play")),
                 *((m, "be", "worth", "a", n) for m in ("should", "might", "may", "could", "would")
                   for n in ("look", "try", "shot", "watch", "read", "listen")))
"""What may follow an item to suggest it ("The Good Place could be next", "X might be your next
pick", "X could be a good fit", "X might be worth a look")."""
_SUGGESTED_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    w: tuple(p for p in _SUGGESTED_AS if p[0] == w) for w in dict.fromkeys(p[0] for p in _SUGGESTED_AS)}
"""_SUGGESTED_AS by first word, in its order."""


def _suggested_as(ws: list[str], k: int) -> int | None:
    """Where the first suggestion of _SUGGESTED_AS that starts at ``ws[k]`` ends, or None."""
    for phrase in _SUGGESTED_BY_FIRST.get(ws[k] if k < len(ws) else "", ()):
        if tuple(ws[k:k + len(phrase)]) == phrase:
            return k + len(phrase)
    return None


_HAVING = ("with", "has", "have", "had")
"""Words of having that open a predicate ("has a hatchback body and a V8 engine")."""
_PICK_ADJECTIVES = frozenset({"easy", "natural", "obvious", "safe", "good", "logical", "solid", "smart"})
_PICK_NOUNS = (["pick"], ["bet"], ["choice"], ["fit"], ["match"], ["follow-up"], ["follow", "-", "up"],
               ["next", "pick"], ["next", "choice"], ["next", "step"], ["next", "watch"], ["next", "read"])
"""'X is an easy pick / a safe bet / a natural fit': a suggestion (no word about the item's worth)."""
_A_TRY = (["try"], ["go"], ["shot"], ["chance"], ["look"], ["listen"], ["watch"], ["read"], ["spin"])
"""What "give X a ..." offers: a suggestion ("give Chinatown a try")."""
_OPENING_TRIGGERS = frozenset({"look", "meet", "discover", "consider", "watch", "stream", "read"})
"""Words that frame a suggestion where a clause opens after a comma or colon ("..., have a look
at X", "...: meet X"); never after "and" ("directed Jaws and look at Alien" is no suggestion)."""
_HEADER_TRIGGERS = frozenset({"picked", "pick", "picks", "next"})
"""Words that frame a suggestion only at the start of a sentence ("Why we picked X:", "Our pick for
you:", "Up next:"); mid-sentence they are words like any other ("directed Jaws and next Alien")."""
_FRAME_WORDS = frozenset({
    "try", "recommend", "recommended", "recommending", "check", "out", "so", "then", "next", "also",
    "might", "may", "should", "could", "would", "will", "shall", "'ll", "'d", "we", "you", "i",
    "suggest", "why", "not", "give", "it", "a", "go", "to", "us", "here", "is", "are", "our",
    "picked", "for", "now", "just", "definitely", "maybe", "perhaps", "watching", "listening",
    "reading", "see", "watch", "listen", "read", "want", "too", "as", "well", "your", "up", "pick",
    "picks", "why", "our", "think", "enjoy", "like", "love", "have", "take", "look", "at", "meet",
    "discover", "consider", "probably", "surely", "certainly", "likely", "must", "ought", "need",
    "which", "chose", "chosen", "selected"})
"""The words of a suggestion around a framing trigger ("so you should try", "we also recommend",
"why not give ... a go"); other words in a framed gap are reported."""
_TEAMS = {"team": 0, "crew": 0, "collaborators": 0, "partnership": 2, "pair": 2, "duo": 2, "pairing": 2,
          "trio": 3}
"""Nouns of the people a clause named, together ("the same team behind X")."""
_TEAM_TYPES = PROPER_TYPES - {"city", "country", "place", "location", "venue"}
"""Who may be in a team: people and companies, not places."""
_USER_PARTICIPLES = ([",", "giving"], [",", "rating"])
"""A participle clause after a user's claim, whose subject is the user ("..., giving it 4.5")."""
_TOUCH_GLUE = TOUCH_NOUNS | TOUCH_PLURALS | {"a", "an", "of"}
"""Glued words of a genre's touch ("with a comic streak"), passed by as "with <genre>"."""
_MODALS = frozenset({"might", "may", "could", "would", "should", "will", "shall", "'ll", "'d"})
"""A clause with a modal says what may be, which the graph cannot prove: "X will star Y" is
unverified; "you will love X" is the explanation's suggestion (checked against the user's own
rating when the user already rated X)."""
_KIND_LEAD = frozenset({"a", "an", "another", "the", "one", "of", "your", "my", "our", "favourite",
                        "favorite", "five-star", "top"})
"""Words between an item's copula and a kind noun ("is one of your favourite films")."""
_SEE_AFTER = _MODALS | {"must", "to"}
"""Words after which "see" frames a suggestion ("you should see X", "you ought to see X")."""
_NEG_PHRASES = (("no", "longer"),)
_SCALES = frozenset({"5", "five"})
_TOP_MARKS = (["perfect", "score"], ["perfect", "rating"], ["full", "marks"], ["top", "marks"],
              ["top", "rating"], ["perfect", "five"])
"""The top of the five-star scale in words: "you gave Fargo a perfect score"."""
_RATING_UNITS = frozenset({"stars", "star", "points", "/", "out", "of", "a", "rating", "score",
                           "5", "10", "five", "ten", "each", "apiece", "★"})

ClaimSink = Callable[..., None]
"""``sink(start_tok, end_tok, kind, supported, status, triple, entities)`` records one claim."""

Found = tuple[int, int, object]
"""A cue found in a gap: token start, token end, and its readings (or a user-cue label)."""


@dataclass
class Sentence:
    """A sentence's mentions (with resolved references) and its token range."""

    start: int
    end: int
    refs: list[Ref] = field(default_factory=list)


@dataclass
class _Spec:
    """The last predicate read, so coordination and comparison can repeat it."""

    subjects: list[Ref]
    readings: object  # frozenset[Cue] for a relation, or a user-cue label ("POS", "INT", ...)
    negated: bool
    shared: bool
    span: tuple[int, int]
    chained: tuple[tuple[int, int, object], ...] = ()  # "wrote and directed": the other verbs
    sharing: bool = False  # "also" / "another" / "too": another item of the text must share it
    in_noun: bool = False  # said through a predicate noun ("a thriller from Alfred Hitchcock")


class SentenceReader:
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
        self.spec: _Spec | None = None
        self.like_frame: list[Ref] = []
        self.like_host: dict[int, list[Ref]] = {}  # id(Y) of "X, like Y" -> the group then ([X])
        self.pending: _Spec | None = None  # "the same director as X: ..." waits for its object
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
        self.outer: tuple[_Spec, list[Ref]] | None = None
        self.apposed: list[Ref] = []  # the name an apposition describes (", a band signed to ...")
        self.via_noun = False  # the predicate being read is said through a predicate noun
        self.like_carry: tuple[list[Ref], list[int]] | None = None  # "Like X, Y ... and ..."
        self.main_spans: set[tuple[int, int]] = set()  # cue spans of the clauses' own predicates
        self.shared_checked: set[int] = set()  # tokens of sharing words a check took
        self.lead_year: tuple[float, int] | None = None  # "In 1958, ...": value, token
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
            elif r.pronoun in ("latter", "former") and r.group and self._own_subject(r, r.group[0]):
                # "De Niro appears in Heat and Goodfellas, and Scorsese directed the latter": not
                # the clause's own subject, one of the names before its clause
                resolve_reference(r, self.all_refs, skip=[x for x in self.all_refs if x.start >= r.group[0].start])
            if r.pronoun in ("latter", "former", "first", "second") and any(
                    e == r.start for s in range(max(0, r.start - 4), r.start) for e, _ in self.user_at.get(s, ())):
                # "you loved the first": of the items named before (not "Tarantino and Bender")
                resolve_reference(r, [x for x in self.all_refs if x.kind == "item"])
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
                w in SEPARATORS or w in _SENT_END_WORDS or w in COORDINATORS or w in RELATIVES
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
            x = self._repeated_other(r, x)
            like_at = x.start - 1 - (lowers[x.start - 1:x.start] == ["the"]) if x is not None else 0
            if x is not None and like_at >= 0 and lowers[like_at] == "like" \
                    and x.end < r.start and all(w == "," for w in lowers[x.end:r.start]):
                resolve_reference(r, self.all_refs, skip=[x])  # "Like X, it is ...": not X
            elif x is not None and x.start > 0 and not self._in_brackets_after(x, r) \
                    and ((self._subordinate(x) and lowers[r.start:r.end] not in _THAT_ONE)
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
                             or _is_year(self.lowers[k - 1])
                             or (self.lowers[k - 1] == "," and k == r.start and k >= 2 and self.lowers[k - 2] in nouns)):
                k -= 1  # (over "1996 comedy film": "his 1996 comedy film X", "his film, X," are still his)
            j = r.end + 1
            while r.kind == "item" and j < n and self.lowers[r.end] == "," and j > r.end and (
                    self.lowers[j] in _OWNER_PRONOUNS and j == r.end + 1 or j > r.end + 1 and (
                        self.lowers[j] in nouns or j in described or self.lowers[j] == "-" or _is_year(self.lowers[j]))):
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
        refs = self._fronted_credit(self._credit_line(refs, before))
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
                shared = _share_noun(self, a, b)
                end, second = self._second_noun(shared[1], b, article=True) if shared is not None else (0, None)
                if shared is not None and self.pending is None and self.role == "free" \
                        and len(self.group) > 1 and not any(r.user for r in self.group) \
                        and all(w in (".", "!", "too") for w in self.lowers[end:b]):
                    # "A and B share a director (and a composer)."
                    items = [x for r in self.group for x in self._expand(r)]
                    if second is not None:  # each noun: one value both have
                        self._shared_value(_Spec(items, second, self._negated(a, shared[1]), False, (shared[0], end)))
                    self.pending = _Spec(items, shared[2], self._negated(a, shared[1]), False, shared[:2])
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
                            self._shared_value(_Spec([*others.values(), self.group[0]], second,
                                                     self._negated(a, shared[1]), False, (shared[0], end)))
                        self.pending = _Spec([*others.values(), self.group[0]], shared[2],
                                             self._negated(a, shared[1]), False, shared[:2])
                        self._mark(a, end)
                        self._note_sharing(a, shared[1])  # ("Jaws also has the same director")
                self._leftovers(a, b, GLUE)  # "..., but that is not so": no claim took the "not"
                break
            if self._user_passive(prev, cur, a, b):
                continue
            self._numbers(a, b, prev, cur)
            if self._gapped_preposition(prev, cur, a, b) or self._share_value(prev, cur, a, b) \
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
            and any(w in _FRAME_TRIGGERS | _HEADER_TRIGGERS for w in lead) \
            and all(w in _FRAME_WORDS or w in (":", "-", "—") for w in lead)  # "Our pick for you:"
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
        for name, (place, span, done, prep) in self.placed.items():
            if not done:  # "Michigan in the United States" where no claim took the name: its own place
                named = self.placed_names[name]
                self._locate(named, named, place, span, prep)
        names = {k for r in self.sent.refs if not r.user and not r.pronoun for k in range(r.start, r.end)}
        starts = {r.start for r in self.sent.refs if not r.user}
        for k in range(self.sent.start, self.sent.end):
            w, nxt = self.lowers[k], self.lowers[k + 1] if k + 1 < self.sent.end else ""
            owner = w in ("his", "hers", "theirs") or (w in ("her", "their") and (
                nxt in self.index.type_nouns or k + 1 in starts or _is_year(nxt) or nxt in _OWN_ADJECTIVES))
            if owner and any(c.noun for size in (1, 2, 3) for c in self.index.cues.get(
                    tuple(self.lowers[k + 1:k + 1 + size]), ())):
                owner = False  # "and his record label is X": the relation noun's reading (its subject's)
            if owner and not self.consumed[k] and k not in names:
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
            if self.lead_first_only and items:  # "Released in 1958, A and B were ...": the subjects
                items = self._listed_from(items[0])
            shown = {c.relation for c in self.index.shown}
            origin = {c.relation for c in self.index.origin}
            # (a participle before the year says what it dates: "Released in 1958, X is ...")
            later = not self.lead_first_only and (any(self._later_act(span) for span in self.main_spans) \
                or self.fav_end is not None \
                or any(t.relation in origin and not {"formed", "founded"} & set(self.lowers[sp[0]:sp[1]])
                       for sp, t in self.claimed) \
                or any(set(self.lowers[sp[0]:sp[1]]) & (_DEBUTED | {"opened"}) and (
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

    def _apart(self, refs: list[Ref]) -> None:
        """ "Vertigo and Psycho came out two years apart", "A and B, released two years apart,
        ...", "..., two years apart.": the years of the two items listed before the words differ
        by that many (the graph's years; exactly two items, listed "A and B")."""
        ws = self.lowers
        for k in range(self.sent.start, self.sent.end - 2):
            if ws[k] not in _YEARS_APART or ws[k + 1] not in ("year", "years") or ws[k + 2] != "apart" \
                    or self.consumed[k] or (ws[k + 1] == "year") != (_YEARS_APART[ws[k]] == 1):
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
                ok = ya is not None and yb is not None and abs(ya - yb) == _YEARS_APART[ws[k]]
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
            ok = ya is not None and yb is not None and abs(ya - yb) == _YEARS_APART[ws[k]]
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
                    or ws[k] not in _YEARS_APART or not (ws[k + 2] == "and" or ws[k - 1:k] in ([","], ["and"])):
                continue  # ("X came out two years after Y": read with the verb, see _years_apart)
            gap = _YEARS_APART[ws[k]]
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

    def _opening_credit(self, a: int | None = None) -> tuple[int, frozenset[Cue]] | None:
        """A passive participle cue that opens the sentence ("Directed by", "Written by"; of
        place: "Born in", "Based in"), or starts at ``a``: where it ends and its readings."""
        a = self.sent.start if a is None else a
        cue = max(((e, what) for e, what in self.cue_at.get(a, ()) if not isinstance(what, str)),
                  key=lambda x: x[0], default=None)
        if cue is None and self._chained_credit(a):
            cue = self._opening_credit(a + 2)  # "Written and directed by X": the last verb's
        part = cue is not None and cue[0] - a == 2 and self.lowers[a + 1] == "by" \
            and all(c.forward and not c.noun for c in cue[1])  # "Music by John Williams."
        if cue is None or not (part or _participle_cue(self.lowers[a:cue[0]])) or (
                self.lowers[cue[0] - 1] != "by" and not (cue[0] - a == 1 and self.lowers[a].endswith("ing"))
                and not (self.lowers[cue[0] - 1] in _FRONTED_PLACE and cue[0] - a == 2)):
            return None  # ("Directed by X", "Starring X", "Born in X", "Based in X")
        return cue

    def _chained_credit(self, a: int) -> list[frozenset[Cue]]:
        """The readings of "Written and" before a credit "directed by X" at ``a``."""
        if self.lowers[a + 1:a + 2] == ["and"] and (self.lowers[a], "by") in self.index.cues:
            return [frozenset(self.index.cues[(self.lowers[a], "by")])]
        return []

    def _credit_line(self, refs: list[Ref], before: list[Ref]) -> list[Ref]:
        """A sentence that is only a credit, after a line about one item: "Stand by Me (1986) —
        Drama. Directed by Rob Reiner." The credit is said of that item, as if it opened the
        sentence (not of an item the user watched: "You loved Alien. Directed by X." says of
        which film?)."""
        a, cue = self.sent.start, self._opening_credit()
        prior = self.carry.pop("credit_of", None)  # the item of the sentence before, a credit line
        if cue is None or refs[0].start != cue[0] or refs[0].user:
            return refs
        if isinstance(prior, Ref):
            # "Try Jaws. Directed by X. Music by Y.": a second credit line, of the same item
            # (never of one the line before named: "Try X. Inspired by Y. Released by Z.")
            before = [prior]
        # the one item the sentence before is about (not what the user did, nor one compared
        # or named in a relative clause: "X: directed by Y, whose Z you rated 4 stars. Music by W.")
        about = [r for r in before if r.ids and not self._done_by_user(r) and not self._in_relative(r)
                 and not self._compared_word(r) and not self._fans_of(r)]
        if len({r.ids for r in about}) != 1 or any(
                r.kind != "item" and not r.user and not r.pronoun and about[-1].end <= r.start < self.sent.start
                and self.lowers[r.start - 1:r.start] in (["try"], ["watch"], ["see"], ["consider"])
                for r in self.all_refs):
            return refs  # ("Fans of Heat should try Titanic.", Titanic read as a tag: which film?)
        item = about[-1]
        self.carry["credit_of"] = item
        return [Ref(a, a, item.ids, item.kind, in_evidence=item.in_evidence, types=item.types), *refs]

    def _fronted_credit(self, refs: list[Ref]) -> list[Ref]:
        """A credit that opens the sentence is said of the subject after it: "Directed by Steven
        Spielberg, Jaws stars Roy Scheider." (one subject; "..., A and B are" is not read)."""
        ws, a, cue = self.lowers, self.sent.start, self._opening_credit()
        early_year = None
        if cue is None and ws[a + 1:a + 2] == ["in"] and ws[a + 3:a + 4] == ["by"] and ws[a + 2].isdigit() \
                and len(ws[a + 2]) == 4 and participle(ws[a]) and (ws[a], "by") in self.index.cues \
                and all(c.forward and not c.noun for c in self.index.cues[(ws[a], "by")]):
            # "Founded in 1821 by John Edward Taylor, The Guardian ...": the year before the name
            cue, early_year = (a + 4, frozenset(self.index.cues[(ws[a], "by")])), a + 2
        if cue is None:
            return refs
        j, m = cue[0], 0
        # ("Born in Knightsbridge, Airey Neave ...": one place, then the subject; a credit "by"
        # may list its people: "Directed by A, B and C, Jaws ...")
        placed = ws[cue[0] - 1] in _FRONTED_PLACE
        credits: list[tuple[int, tuple[int, frozenset[Cue]], int]] = []  # (start, cue, first name)
        start, first = a, 0
        while m < len(refs) and refs[m].start == j and refs[m].kind != "item" and not refs[m].user \
                and not refs[m].pronoun and not (placed and m):
            j = refs[m].end
            m += 1
            if placed:
                continue
            if ws[j:j + 1] == ["and"] or (ws[j:j + 1] == [","] and ws[j + 1:j + 2] != [","]
                                           and m < len(refs) and refs[m].start == j + 1
                                           and refs[m].kind != "item"):
                j += 1
            nxt = j if ws[j - 1:j] == ["and"] else j + 1 + (ws[j + 1:j + 2] == ["and"]) \
                if ws[j:j + 1] == [","] else None
            again = self._opening_credit(nxt) if nxt is not None and nxt < self.sent.end else None
            if again is not None and ws[again[0] - 1] != "by":
                again = None  # (a credit "by" goes on; "..., born in Dublin, Godot ..." is not one)
            if again is not None and (m >= len(refs) or refs[m].start >= again[0]):
                # "Directed by Robert Zemeckis and scored by Alan Silvestri, Back to the Future ..."
                credits.append((start, cue, first))
                start, cue, first, j = nxt, again, m, again[0]
        credits.append((start, cue, first))
        year_at = None
        if ws[j:j + 1] == ["in"] and j + 2 < len(ws) and ws[j + 1].isdigit() and len(ws[j + 1]) == 4 \
                and ws[j + 2] == ",":
            year_at, j = j + 1, j + 2  # "Painted by Claude Monet in 1872, Impression, Sunrise ..."
        elif early_year is not None:
            year_at = early_year
        if m == first or m >= len(refs) or ws[j:j + 1] != [","]:
            return refs
        subjects = [refs[m]]
        while True:  # "Directed by X, Jaws and Jurassic Park are ...": each
            last, p = subjects[-1], m + len(subjects)
            gap = ws[last.end:refs[p].start] if p < len(refs) else []
            if gap not in (["and"], [","], [",", "and"]) or refs[p].kind != "item" or refs[p].pronoun \
                    or refs[p].user:
                break
            subjects.append(refs[p])
        subject = subjects[0]
        opens = j + 1 + (ws[j + 1:j + 2] == ["the"])  # ("Designed by X, the Fiat 500 ...")
        if subject.start not in (j + 1, opens) or any((x.kind != "item" and not placed) or x.user for x in subjects) \
                or (subject.pronoun and not (subject.pronoun == "item" and subject.ids)) \
                or ws[subjects[-1].end:subjects[-1].end + 1] in ([","], ["and"], ["&"], ["'s"], ["’s"], ["'"], ["plus"],
                                                                 ["as"], ["with"], ["along"], ["together"]):
            # (not "Founded by X, The Guardian's publisher ...": the publisher is the subject; nor
            # "The Guardian as well as The Economist are ...")
            return refs  # ("Directed by X, it stars Y": the item "it" names)
        for n_, (s_, c_, f_) in enumerate(credits):
            upto = credits[n_ + 1][2] if n_ + 1 < len(credits) else m
            for r in refs[f_:upto]:
                for readings in [c_[1], *self._chained_credit(s_)]:
                    self._claim(subjects, r, readings, False, False, (s_, c_[0]))
        if year_at is not None:
            made = {c.relation for c in self.index.authorship}
            if all((c.relation in made or ws[s_] in DATING_VERBS) and (
                    making_participle(ws[s_]) or ws[s_] in DATING_VERBS) for s_, c_, _ in credits for c in c_[1]) \
                    and not any(w.startswith(_LATER_ACTS + _EARLIER_ACTS) for w in ws[a:year_at]) \
                    and not (self.index.venue_items and any(conceiving_verb(w) for w in ws[a:year_at])):
                # ("Designed by Horace Jones in 1894, Tower Bridge": a design comes before the bridge)
                for x in subjects:  # the year the credited people made it: the item's own
                    self._said_year(x, float(ws[year_at]), year_at)
            else:
                self.sink(year_at, year_at + 1, "number", False, "unverified_number", None, ())
        self._mark(a, j + 1)
        for k in range(a, j + 1):
            if any(r.start <= k < r.end for r in refs[:m]):
                self.consumed[k] = True
        return refs[m:]

    def _vocative(self) -> None:
        """ "Ana, you read ...", "..., Ana.": the user addressed by name (the user's own label)."""
        user = self.judge.user
        if user is None:
            return
        name = self.index.info.get(user, ("", "", "", {}))[2].lower().split()
        if not name:
            return
        ws, a, b = self.lowers, self.sent.start, self.sent.end
        if ws[a:a + len(name)] == name and ws[a + len(name):a + len(name) + 1] == [","]:
            self._mark(a, a + len(name) + 1)
        end = b - 1 if ws[b - 1:b] in ([","], ["."], ["!"], ["?"]) else b
        if end - len(name) - 1 > a and ws[end - len(name):end] == name and ws[end - len(name) - 1] == ",":
            self._mark(end - len(name) - 1, end)

    def _later(self, refs: list[Ref]) -> None:
        """ "X starred in Seinfeld and later in Veep": the item after "later" came out after the
        one before it (both years known); anything else about time is not read."""
        items = [r for r in refs if r.kind == "item" and not r.user and not r.pronoun and r.ids]
        for k in range(self.sent.start, self.sent.end):
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

    def _star_ratings(self, refs: list[Ref]) -> set[int]:
        """ "Your five-star pick X", "X was one of your 4.5-star reads", "X, a five-star hike for
        you": the user's rating of X. Returns the refs ("you") that take part in no other claim."""
        lowers, n = self.lowers, self.sent.end
        dropped: set[int] = set()
        starts = {r.start: r for r in refs if r.kind == "item" and not r.user and not r.pronoun}
        ends = {r.end: r for r in starts.values()}
        for k in range(self.sent.start, n - 3):
            if (lowers[k] not in ("your", "a") and _COUNTS.get(lowers[k]) is None) \
                    or lowers[k + 2:k + 4] not in (["-", "star"], ["-", "rated"]) or self.consumed[k]:
                continue
            if lowers[k + 3] == "rated":  # "your top-rated show", "your highest-rated book"
                value = self.judge.top_rating() if lowers[k + 1] in ("top", "highest", "best") else None
            else:
                value = number_at(lowers, k + 1, k + 2)
                if value is None and lowers[k + 1] in WORD_NUMBERS:
                    value = float(WORD_NUMBERS[lowers[k + 1]])
            if value is None:
                continue
            j = k + 4
            while j < n and j - k < 7 and (lowers[j] in _STAR_NOUNS or lowers[j] in self.index.type_nouns):
                j += 1
            count = _COUNTS.get(lowers[k])
            if count is not None:
                # "A and B, both five-star films for you, ...", "A and B are both five-star
                # films for you": each of the list, which must have that many items
                lead = k - 1
                if lowers[lead] not in (",", "are", "were") or lead not in ends \
                        or lowers[j:j + 2] != ["for", "you"] or not lowers[j - 1].endswith("s") \
                        or self.consumed[j + 1]:
                    continue
                items = self._list_ending(ends[lead])
                if len(items) != count:
                    continue
                dropped.update(id(r) for r in refs if r.user and r.start == j + 1)
                for x in items:
                    ok, status, triple = self.judge.user_claim(x, "INT", False, value)
                    self.sink(k + 1, k + 2, "number", ok, status, triple, x.ids[:1])
                    self.attached.add(id(x))
                self._mark(lead, j + 2)
                continue
            if lowers[k] == "a":
                # "X, a five-star hike for you, ...", "X (a five-star dish for you)", "X was a
                # five-star dish for you": "your" said after the noun
                if j == k + 4 or lowers[j:j + 2] != ["for", "you"] or self.consumed[j + 1]:
                    continue
                dropped.update(id(r) for r in refs if r.user and r.start == j + 1)
                j += 2
                item = None
                if j < n and lowers[j] == ")" and k >= 1 and lowers[k - 1] == "(" and (k - 1) in ends:
                    item, lead = ends[k - 1], k - 1  # "Lobster Newberg (a five-star dish for you)"
                    j += 1
            else:
                item = starts.get(j)
            if item is not None and lowers[k] == "a":
                pass  # (its lead is found)
            elif item is None and j < n and lowers[j] in SEPARATORS | {",", "and"} and j > k + 4 \
                    and lowers[k - 3:k] in (["is", "one", "of"], ["was", "one", "of"]) and (k - 3) in ends \
                    and (ends[k - 3].start == self.sent.start
                         or lowers[ends[k - 3].start - 1] in SEPARATORS | {",", "and", "but", "so"}):
                item = ends[k - 3]  # "X was one of your five-star reads" (not "a book like X was")
                lead = k - 3
            elif item is None and j < n and lowers[j] in SEPARATORS | {",", "and"} and j > k + 4 \
                    and lowers[k - 3:k] == [",", "one", "of"] and (k - 3) in ends:
                item = ends[k - 3]  # "Casino, one of your 4.5-star ratings, ..."
                lead = k - 3
            elif item is None and j > k + 4 and (j >= n or lowers[j] in (",", ".", "!", ";")) and k >= 1 \
                    and lowers[k - 1] == "," and (k - 1) in ends:
                item = ends[k - 1]  # "The Little Prince, your five-star read, was ...", "..., X, your top-rated show."
                lead = k - 1
                j += 1 if j < n and lowers[j] == "," else 0
            elif item is None and j > k + 4 and (j >= n or lowers[j] in SEPARATORS | {",", "and"}) \
                    and k >= 2 and lowers[k - 1] in ("is", "was") and (k - 1) in ends:
                item = ends[k - 1]  # "Breaking Bad is your highest-rated show"
                lead = k - 1
            elif item is not None and j >= k + 4:
                lead = k  # "Your five-star pick X", "Your four-star Almaviva"
            else:
                continue
            items = [item]
            if lead == k and any(w.endswith("s") for w in lowers[k + 4:j]):
                items = self._listed_from(item)  # "your five-star films A and B": each
            for x in items:
                ok, status, triple = self.judge.user_claim(x, "INT", False, value)
                self.sink(k + 1, k + 2, "number", ok, status, triple, x.ids[:1])
            self._mark(lead, j)
            if lead < k:
                self.attached.add(id(item))
        return dropped

    def _rating_phrases(self, refs: list[Ref]) -> set[int]:
        """Ratings and love said around the item: "You gave five stars to X", "X got 4.5 stars
        from you", "Based on your love of X", "Your favourite, X, ...".
        The user's rating of X must agree; the "you" they use takes part in no other claim."""
        ws, n = self.lowers, self.sent.end
        items = {r.start: r for r in refs if r.kind == "item" and not r.user and not r.pronoun}
        ends = {r.end: r for r in items.values()}
        you = {r.start: r for r in refs if r.user}
        dropped: set[int] = set()

        def stars(k: int) -> tuple[float, int] | None:
            """A rating at token k ("five stars", "4.5 stars", "5/5", "a 5") and where it ends."""
            value = number_at(ws, k, n)
            if value is None and ws[k:k + 1] and ws[k] in WORD_NUMBERS:
                value = float(WORD_NUMBERS[ws[k]])
            if value is None:
                return None
            j = k + 1
            if ws[j:j + 3] == ["and", "a", "half"]:
                value, j = value + 0.5, j + 3  # "four and a half stars"
            if ws[j:j + 2] == ["/", "5"]:
                j += 2
            elif ws[j:j + 1] in (["stars"], ["star"]):
                j += 1
            else:
                return None
            return value, j

        for k in range(self.sent.start, n):
            if self.consumed[k]:
                continue
            me = you.get(k)
            if me is not None and (ws[k + 1:k + 2] in (["gave"], ["give"])
                                   or ws[k + 1:k + 3] in (["'ve", "given"], ["have", "given"])):
                v = k + (2 if ws[k + 1] in ("gave", "give") else 3)
                rated = stars(v) if v < n else None
                j = rated[1] + 1 + (ws[rated[1] + 1:rated[1] + 2] == ["both"]) if rated is not None else 0
                item = items.get(j) if rated is not None and ws[rated[1]:rated[1] + 1] == ["to"] else None
                if rated is not None and item is not None:  # "You gave five stars to (both) X (and Y)"
                    listed = self._items_from(item)
                    for x in listed:
                        self._claim([me], x, "INT", False, False, (k, rated[1] + 1), rated[0])
                    self.taken = self.taken | {id(x) for x in listed[1:]}  # (read here)
                    self._mark(k, j)
                    self._rated_when(listed[-1].end)
                    dropped.add(id(me))
                continue
            item = ends.get(k)
            if item is not None and ws[k:k + 1] in (["got"], ["gets"], ["received"], ["earned"]) \
                    and ws[k + 1:k + 2] == ["your"] and not self.consumed[k + 1]:
                rated = stars(k + 2)  # "X earned your five stars": your rating of X
                if rated is not None and self.judge.user is not None and (
                        rated[1] >= n or ws[rated[1]] in SEPARATORS | {",", ";", "and"}):
                    me = Ref(k, k, (), "user", user=True)
                    self._claim([me], item, "INT", False, False, (k, rated[1]), rated[0])
                    self._mark(k, rated[1])
                continue
            got = (["got"], ["gets"], ["received"], ["earned"])
            listed, at = [], None  # the items rated and where their rating begins
            if item is None and ws[k:k + 1] in got and ws[k - 1:k] == [","]:
                # "Aliens, another James Cameron film, got four stars from you": past the apposition
                j = k - 2
                while j > self.sent.start and ws[j] not in (",", ";", ":", "(", ")") and j not in ends:
                    j -= 1
                if ws[j:j + 1] == [","] and j in ends and not any(
                        r.kind == "item" and j < r.start < k for r in refs if not r.user):
                    item = ends[j]
            if item is not None and ws[k:k + 1] in got:
                listed, at = [item], k + 1  # "X got five stars from you"
            elif ws[k:k + 1] in (["which"], ["that"]) and k >= 2 and ws[k - 1] == "," and (k - 1) in ends \
                    and ws[k + 1:k + 2] in got:
                # "A and B, which got five stars from you": the relative says it of the list
                listed, at = self._list_ending(ends[k - 1]), k + 2
            elif ws[k:k + 1] == ["("] and k in ends:
                listed, at = [ends[k]], k + 1  # "Heat (five stars from you)"
            if at is not None:
                close = ws[k] == "("
                at += not close and ws[at:at + 1] in (["only"], ["just"])  # "got only 2.5 stars"
                rated = stars(at)
                if rated is not None and ws[rated[1]:rated[1] + 1] == ["from"] and rated[1] + 1 in you \
                        and (not close or ws[rated[1] + 2:rated[1] + 3] == [")"]):
                    me = you[rated[1] + 1]
                    for x in listed:
                        self._claim([me], x, "INT", False, False, (k, rated[1] + 2), rated[0])
                    self._mark(k, rated[1] + 2 + close)
                    self._rated_when(rated[1] + 2 + close)
                    dropped.add(id(me))
                if not close:
                    continue
            if ws[k:k + 2] == ["your", "love"] and ws[k + 2:k + 3] in (["of"], ["for"]) and k + 3 in items \
                    and self.judge.user is not None:
                me = Ref(k, k, (), "user", user=True)  # "Based on your love of X": loved
                self._claim([me], items[k + 3], "POS", False, False, (k, k + 3))
                self._mark(k, k + 3)
                lead = ws[self.sent.start:k]
                if lead in (["based", "on"], ["given"], ["because", "of"], ["for"], ["with"]):
                    self._mark(self.sent.start, k)
            elif ws[k:k + 1] == ["your"] and ws[k + 1:k + 2] and ws[k + 1] in _FAVOURITES \
                    and ws[k + 2:k + 3] == [","] and k + 3 in items and self.judge.user is not None \
                    and ws[items[k + 3].end:items[k + 3].end + 1] == [","]:
                me = Ref(k, k, (), "user", user=True)  # "Your favourite, X, ...": loved
                self._claim([me], items[k + 3], "POS", False, False, (k, k + 3))
                self._mark(k, k + 3)
                self.consumed[items[k + 3].end] = True
        return dropped

    def _rated_when(self, k: int) -> None:
        """ "X got four stars from you in 1995": when the rating was given, the graph does not
        say (and the year is not the film's)."""
        ws = self.lowers
        k += ws[k:k + 1] in ([","], ["-"], ["—"], ["–"], ["("])  # ", in 1995", "— in 1995"
        if ws[k:k + 1] == ["in"] and k + 1 < self.sent.end and _number_word(ws[k + 1]) is not None:
            self.sink(k, k + 2, "unverified", False, "unknown_words", None, ())
            self._mark(k, k + 2)

    def _known_as(self, refs: list[Ref]) -> set[int]:
        """ "Long Jing, also known as Dragon Well, ...", "X (also called Y)": another name of the
        same entity (a label or an alias of it); the second name says nothing more."""
        ws = self.lowers
        dropped: set[int] = set()
        starting = {r.start: r for r in refs if not r.user and not r.pronoun}
        for r in refs:
            if r.user or r.pronoun or id(r) in dropped:
                continue
            k = r.end + (ws[r.end:r.end + 1] in ([","], ["("]))
            for words in (["also", "known", "as"], ["also", "called"], ["better", "known", "as"], ["aka"]):
                if ws[k:k + len(words)] != words:
                    continue
                other = starting.get(k + len(words))
                if other is None or ws[other.end:other.end + 1] not in ([","], ["."], [")"], [";"], []):
                    break
                if not set(r.ids) & set(other.ids):
                    break  # (another entity: a relation of the graph may say so, "alternative name")
                self.sink(r.start, other.end, "assertion", True, "supported", None, r.ids[:1])
                for x in range(k, other.end + (ws[other.end:other.end + 1] == [")"] and ws[k - 1] == "(")):
                    self.consumed[x] = True
                if ws[k - 1] == "(":
                    self.consumed[k - 1] = True
                self.attached.add(id(other))
                dropped.add(id(other))
                break
        return dropped

    def _worth_a_look(self, refs: list[Ref]) -> set[int]:
        """ "Heat is (well) worth a look", "The Good Place could be next", "X is our next pick
        (for you)": a suggestion, no claim about the item."""
        ws = self.lowers
        dropped: set[int] = set()
        for r in refs:
            if r.kind != "item" or r.user:
                continue
            k, end = self._past_year(r.end), None  # ("Heat (1995) is worth a look")
            if ws[k:k + 1] == [","]:
                # "Heat, which stars Al Pacino, is worth a look": past the clause between commas
                # (past two such clauses too: "X, another Stanford course, taught by Y, may suit you")
                j = k
                for _ in range(2):
                    j = next((j for j in range(j + 1, self.sent.end) if ws[j] in CLAUSE_ENDS
                              and not any(x.start < j < x.end for x in refs)), None)  # (a name's hyphen)
                    if j is None or ws[j] != ",":
                        break
                    if ws[j + 1:j + 2] in (["is"], ["'s"]) or _suggested_as(ws, j + 1) is not None:
                        k = j + 1  # (", should suit you")
                        break
            if ws[k:k + 1] in (["is"], ["'s"]):
                j = k + 1 + (ws[k + 1:k + 2] == ["well"])
                if ws[j:j + 2] == ["worth", "a"] and ws[j + 2:j + 3] in _A_TRY:
                    end = j + 3
            if end is None:
                end = _suggested_as(ws, k)
            if end is None and ws[k:k + 1] in (["is"], ["'s"]) and ws[k + 1:k + 2] in (["a"], ["an"], ["the"]) \
                    and ws[k + 2:k + 3] and ws[k + 2] in _PICK_ADJECTIVES:
                # "Aliens is an easy pick", "a natural follow-up": a suggestion
                end = next((k + 3 + len(n) for n in _PICK_NOUNS if ws[k + 3:k + 3 + len(n)] == n), None)
            you = None
            if end is not None and ws[end - 1] == "you":  # "should appeal to you"
                you = next((x for x in refs if x.user and x.start == end - 1), None)
            if end is not None and ws[end:end + 2] == ["for", "you"]:
                you = next((x for x in refs if x.user and x.start == end + 1), None)
                end += 2
            if end is not None and end <= self.sent.end and (end == self.sent.end or ws[end] in CLAUSE_ENDS):
                self._suggested(r, "SUGGEST", False, (k, end))
                self._mark(k, end)
                self.attached.add(id(r))
                self.group, self.role = [r], "free"
                if you is not None:
                    dropped.add(id(you))  # "... is our next pick for you": no claim about the user
        return dropped

    def _suggested(self, item: Ref, what: str, negated: bool, span: tuple[int, int]) -> None:
        """A suggestion of an item the user already rated ("you will love X", "X is an easy
        pick") must agree with the rating, in the evidence or not: it states no fact of its own,
        it only must not contradict one."""
        user = self.judge.user
        # every item of the name: "The Mummy could be your next pick" suggests the one the user
        # rated low too, whichever reading the rest of the text takes
        ids = (*item.ids, *(x for g in item.group or () for x in g.ids))  # ("both could be a good fit")
        named = (*ids, *(x for i in ids if i in self.index.info
                         for x in self.index.form_ids.get("".join(str(self.index.info[i][2]).lower().split()), ()))) \
            if what == "SUGGEST" and self.lowers[item.end:item.end + 1] != ["("] else ids  # ("X (2017)")
        if user is None or not any(r in self.index.user_relations for x in named
                                   for _, r, _, _ in self.index.edges_between(user, x)):
            return
        if what == "SUGGEST":  # "try X", "X is an easy pick": never an item the user disliked
            ratings = [as_number(attrs.get("rating")) for x in dict.fromkeys(named)
                       for _, r, _, attrs in self.index.edges_between(user, x) if r in self.index.user_relations]
            if any(v is not None and v <= self.judge.threshold - DISLIKE_MARGIN for v in ratings):
                self.sink(span[0], span[1], "user", False, "low_rating", None, (user, *item.ids[:1]))
            return
        me = Ref(span[0], span[0], (), "user", user=True)
        saved, self.judge.outside_evidence = self.judge.outside_evidence, True
        try:
            self._claim([me], item, what, negated, False, span)
        finally:
            self.judge.outside_evidence = saved

    def _header(self, refs: list[Ref]) -> bool:
        """ "The Producers (1968). Because you ...": a text that opens with the item's title
        alone (a UI header) names it and claims nothing but its year."""
        ws = self.lowers
        why = ws[:1] == ["why"] and ws[self.sent.end - 1:self.sent.end] == ["?"]  # "Why Hanabi?"
        if self.sent.start != 0 or len(refs) != 1 or refs[0].kind != "item" or refs[0].start != int(why):
            return False
        r = refs[0]
        rest = ws[r.end:self.sent.end]
        if why and rest[-1:] == ["?"]:
            rest = rest[:-1]
        if rest[-1:] in ([":"], ["."], ["!"], ["·"], ["|"], ["—"]):
            rest = rest[:-1]
        if rest and not (len(rest) == 3 and rest[0] == "(" and rest[1].isdigit() and rest[2] == ")"):
            return False
        if rest:
            ok, status = self.judge.year(r, float(rest[1]))
            self.sink(r.end + 1, r.end + 2, "number", ok, status, None, r.ids[:1])
        self._mark(r.end, self.sent.end)
        return True

    def _header_kinds(self, refs: list[Ref]) -> bool:
        """UI lines that open with the item: "Fargo (1996): crime, comedy, thriller." (its year,
        then attributes its copula relation, the genre, reads) and the metadata line "Heat (1995)
        · Michael Mann · crime" (names and a year between dots or bars, each linked to the item
        by some relation of the graph, item first: the line names no relation)."""
        if len(refs) < 2 or refs[0].kind != "item" or refs[0].start != self.sent.start \
                or refs[0].pronoun or refs[0].user:
            return False
        r, ws, b = refs[0], self.lowers, self.sent.end
        while b > r.end and ws[b - 1] in (".", "!"):
            b -= 1
        k = r.end
        years = []
        if ws[k:k + 1] == ["("] and k + 2 < b and ws[k + 1].isdigit() and ws[k + 2] == ")":
            years.append(k + 1)
            k += 3
        if k >= b or ws[k] not in (":", "—", "–", "·", "|", "-"):
            return False
        seps = ("·", "|") if ws[k] in ("·", "|") else (ws[k],) if ws[k] in ("—", "–") \
            and ws[k + 1:b].count(ws[k]) >= 1 else ()
        dots = bool(seps)  # "Heat (1995) · Michael Mann · crime", "Curb — 2000 — HBO — sitcom"
        readings = self.index.metadata if dots else self.index.copula
        if not readings:
            return False
        starting = {x.start: x for x in refs[1:]}
        attrs, j = [], k + 1
        said: list[tuple[Ref, frozenset[Cue], tuple[int, int]]] = []  # "· created by X ·"
        while j < b:  # the attributes (and, on a metadata line, a year) one after the other
            x = starting.get(j)
            cue = next(((e, rd) for e, rd in self.cue_at.get(j, ()) if e in starting
                        and not isinstance(rd, str) and not any(c.noun for c in rd)),
                       None) if (ws[j - 1] in seps if dots else ws[j - 1] in (",", ":", ";")) else None
            # (a noun, "composer X", may say the only one)
            if x is not None and x.kind == "attribute" and not x.pronoun and not x.user:
                attrs.append(x)
                j = x.end
            elif cue is not None and starting[cue[0]].kind != "item" and (
                    cue[0] + starting[cue[0]].end - cue[0] >= b
                    or ws[starting[cue[0]].end] in seps + (",", "and")):
                x = starting[cue[0]]  # a segment with its own relation words: "created by X"
                said.append((x, cue[1], (j, cue[0])))
                attrs.append(x)
                j = x.end
                while not dots and j + 1 < b and ws[j] in (",", "and") and (j + 1) in starting \
                        and starting[j + 1].kind != "item" and (j + 1) not in self.cue_at:
                    x = starting[j + 1]  # "influenced by R.E.M. and Pixies": each
                    said.append((x, cue[1], (said[-1][2])))
                    attrs.append(x)
                    j = x.end
            elif ws[j] in ((",", "and", "/", "&", ";") if not dots else seps + (",",)) and (attrs or years[1:]
                                                                                     or (dots and years)):
                j += 1
            elif dots and ws[j].isdigit() and len(ws[j]) == 4 and (j == k + 1 or ws[j - 1] in seps):
                years.append(j)
                j += 1
            elif attrs and not years and j + 3 == b and ws[j] == "(" and ws[j + 1].isdigit() \
                    and len(ws[j + 1]) == 4 and ws[j + 2] == ")":
                years.append(j + 1)  # "Back to the Future — Adventure, Comedy, Sci-Fi (1985)."
                j += 3
            else:
                return False
        if not attrs or len(attrs) != len(refs) - 1:
            return False
        for y in years:
            ok, status = self.judge.year(r, float(ws[y]))
            self.sink(y, y + 1, "number", ok, status, None, r.ids[:1])
        own = {id(x): (rd, span) for x, rd, span in said}
        for x in attrs:
            rd, span = own.get(id(x), (readings, (k, k + 1)))
            self._claim([r], x, rd, False, False, span)
            self.attached.add(id(x))
        self.attached.add(id(r))
        self._mark(r.end, self.sent.end)
        return True

    def _salient_item(self, r: Ref, last_sentence: list[Ref]) -> None:
        """ "it", "its" or "the music" where several items were named (before it in the
        sentence, else in the sentence before): the one not named as something the user did
        ("We picked Heat because you loved Jaws. It stars ...": Heat); with none or several
        such, each of them, and the claim must hold for all ("Jaws and Alien are horror films.
        The music is by X": both)."""
        if r.pronoun not in ("item", "item_possessive") or len(r.group) != 1 \
                or self.lowers[r.start:r.end] in _THAT_ONE:
            return  # ("that one": the item named last, as "the latter")
        here = [x for x in self.all_refs if x.kind == "item" and not x.user and not x.pronoun
                and self.sent.start <= x.start < r.start]
        window: list[Ref] = []
        for x in here or self._named_back([x for x in last_sentence if x.kind == "item"
                                           and not x.user and not x.pronoun]):
            if all(set(x.ids) != set(y.ids) for y in window):
                window.append(x)
        if len(window) < 2 or any(self._compared_word(x) for x in window):
            return  # (a comparison, "like X", has its own reading below)
        aside = [x for x in window if self._done_by_user(x) or self._in_relative(x) or self._fans_of(x)]
        pick = [x for x in window if x not in aside] or window
        if len(pick) == 1:
            r.group, r.ids = pick, pick[0].ids
        else:
            r.group, r.ids = pick, ()

    def _repeated_other(self, r: Ref, x: Ref | None) -> Ref | None:
        """ "Jurassic Park and it", "A, as well as it", ", as it was", ", as was it", "..., and so
        was it", "it was too", "and also it": "it" is another item than the one it is listed with
        or whose clause it repeats (those of that clause are skipped); "A and it <verb>" (a list,
        or a clause about A?) must hold for both. Returns the item ``r`` now names first."""
        ws = self.lowers
        named = [y for y in self.all_refs if y.kind == "item" and not y.pronoun and not y.user and y.end <= r.start]
        if r.pronoun != "item" or not named or ws[r.start] not in ("it", "this", "that"):
            return x
        x0 = named[-1]  # the item named right before, whatever the salience rules made of "it"
        gap = ws[x0.end:r.start]
        after = ws[r.end] if r.end < len(ws) else "."
        ends = after in SEPARATORS or after == ","
        listed = bool(gap) and all(w in COORDINATORS or w in (",", "as", "well", "both") for w in gap) \
            and (ends or after in ("were", "are", "both", "have", "share"))
        as_aux = (ws[r.start - 1:r.start] == ["as"] and after in _ELLIPSIS_AUX
                  and ws[r.end + 1:r.end + 2] in ([], ["."], [","], [";"], ["!"])) \
            or (r.start >= 2 and ws[r.start - 2] == "as" and ws[r.start - 1] in _ELLIPSIS_AUX and ends)
        again = ws[r.start] == "it" and (
            (r.start >= 2 and ws[r.start - 2] == "so" and ws[r.start - 1] in _ELLIPSIS_AUX)
            or ws[r.start - 1:r.start] == ["also"]
            or (ws[r.start - 1:r.start] == ["and"]  # (not "X directed it too": of it, like Y)
                and (ws[r.end:r.end + 1] in (["too"], ["likewise"], ["similarly"])
                     or ws[r.end:r.end + 2] in ([",", "too"], ["as", "well"])))
            or (ws[r.end:r.end + 1] and ws[r.end] in _ELLIPSIS_AUX
                and (ws[r.end + 1:r.end + 2] == ["too"] or ws[r.end + 1:r.end + 3] == ["as", "well"]
                     or ws[r.end + 1:r.end + 3] == [",", "too"])))
        if listed or as_aux or again:
            k = x0.start  # the clause it repeats: back to its boundary ("since X is ..., as is it")
            while not listed and k > self.sent.start and ws[k - 1] not in (
                    ",", ";", ":", "—", "-", "since", "because", "while", "whereas", "so"):
                k -= 1
            skip = [y for y in named if k <= y.start]
            resolve_reference(r, self.all_refs, skip=skip)
            if r.group and any(set(r.group[0].ids) == set(y.ids) for y in skip):
                r.ids, r.group = (), []  # "Try C. Go was influenced by C, and also it": C again?
        elif gap == ["and"] and r.group:
            # "Matilda and it was distributed by X": a list, or a clause of its own about Matilda?
            resolve_reference(r, self.all_refs, skip=[x0])
            if r.group and r.group[0] is not x0:
                r.group, r.ids = [r.group[0], x0], ()
        else:
            return x
        return r.group[0] if r.group else None

    def _fans_of(self, x: Ref) -> bool:
        """Whether item ``x`` is named as what the reader is a fan of ("Fans of Heat should try
        Alien": Heat is the comparison, Alien the film a sentence after it is about)."""
        ws, k = self.lowers, x.start
        while k >= 2 and ws[k - 1] in (",", "and"):  # "Fans of A, B and C should try D"
            j = k - 1 - (ws[k - 2:k] == [",", "and"])
            prior = next((y for y in self.all_refs if y.end == j and y.kind == "item" and not y.pronoun
                          and not y.user), None)
            if prior is None:
                return False
            k = prior.start
        return k >= 2 and ws[k - 2:k] in (["fans", "of"], ["fan", "of"])

    def _compared_word(self, x: Ref) -> bool:
        """Whether item ``x`` follows a word of comparison ("like X"; not the verb: "you'll like X")."""
        ws = self.lowers
        k = x.start - (ws[x.start - 1:x.start] == ["the"])  # ("like the Peach Melba")
        return k > 0 and ws[k - 1] in COMPARED_AFTER and not (
            ws[k - 1] == "like" and k > 1 and ws[k - 2] in _MODALS | {"you", "also", "to", "really", "would"})

    def _named_back(self, last: list[Ref]) -> list[Ref]:
        """The items of the sentence before, and, while those are only what the user did, of
        the sentences before it ("Try Heat. You loved Jaws. It ...": Heat and Jaws)."""
        out = list(last)
        if not out or not all(self._done_by_user(x) for x in out):
            return out
        inside = {k for x in self.all_refs for k in range(x.start + 1, x.end)}

        def opening(i: int) -> int:  # the first token of the sentence holding token i
            while i > 0 and not (self.lowers[i - 1] in _SENT_END_WORDS and (i - 1) not in inside):
                i -= 1
            return i

        k = opening(min(x.start for x in out))
        while k > 0:
            j = opening(k - 1)
            found = [x for x in self.all_refs if x.kind == "item" and not x.user and not x.pronoun
                     and j <= x.start < k and all(x is not y for y in out)]
            out = found + out
            if any(not self._done_by_user(x) for x in found):
                break
            k = j
        return out

    def _in_relative(self, x: Ref) -> bool:
        """Whether item ``x`` is named inside a relative clause ("Ridley Scott, who directed
        Alien, directed Blade Runner")."""
        k = x.start
        while k > 0 and self.lowers[k - 1] not in (",", ";", ":") and self.lowers[k - 1] not in _SENT_END_WORDS:
            k -= 1
        names = [r for r in self.all_refs if not r.user and not r.pronoun and k <= r.start < x.start]
        return any(w in RELATIVES and not any(r.start <= j < r.end for r in names)
                   for j, w in enumerate(self.lowers[k:x.start], start=k))  # (not "Guess Who's Coming ...")

    def _done_by_user(self, x: Ref) -> bool:
        """Whether item ``x`` is named as the object of a user cue ("you loved X", "you gave X
        five stars", "X, which you loved")."""
        k = x.start
        while k > 0 and self.lowers[k - 1] in DETERMINERS:
            k -= 1
        if any(e == k and "you" in self.lowers[max(0, s - 3):s] and not _MODALS & set(self.lowers[max(0, s - 3):s])
               for s in range(max(0, k - 4), k) for e, _ in self.user_at.get(s, ())):
            return True  # (not "like Nirvana", nor "we think you'll like Heat")
        if self.lowers[k - 1:k] == ["whose"] and self.lowers[x.end:x.end + 1] == ["you"] \
                and any(x.end + 1 == s for s in self.user_at):
            return True  # "Steven Spielberg, whose Jaws you loved, ..."
        after = self.lowers[x.end:x.end + 6]
        if ({"your", "yours"} & set(after)) and any(w in _FAVOURITES for w in after):
            return True  # "Jaws is one of your favourites", "a favourite of yours"
        if after[:1] == [","] and "you" in after[1:5] and not any(x.end < y.start < x.end + 5 for y in self.all_refs
                                                                 if not y.user and not y.pronoun):
            return True  # "Jaws, the film you loved, ..."
        if k > 0 and self.lowers[k - 1] in ("and", ",") and (
                self.lowers[k - 1] == "and" or self.lowers[x.end:x.end + 1] in ([","], ["and"], ["or"])):
            # "you loved Alien and Jaws": both ("If you liked Alien, Jaws stars ...": a comma
            # alone is a list only when the list goes on after it)
            j = k - 1 - (self.lowers[k - 2:k] == [",", "and"])
            prior = next((y for y in self.all_refs if y.end == j and y.kind == "item" and not y.pronoun), None)
            if prior is not None and self._done_by_user(prior):
                return True
        after = self.lowers[x.end:x.end + 8]
        if after[:1] in (["got"], ["gets"], ["received"], ["earned"]) and any(
                after[j:j + 2] == ["from", "you"] for j in range(2, 6)):
            return True  # "Jaws got five stars from you"
        return after[:1] == [","] and after[1:2] in (["which"], ["that"]) and after[2:3] == ["you"]

    def _field_list(self, refs: list[Ref], before: list[Ref]) -> bool:
        """A card of fields under the item, one per bullet: "Recommended: Jaws • Director: Steven
        Spielberg • Music: John Williams • Year: 1975" (lines become spaces; the bullets stay).
        The item is the header's one name ("Why Forbidden Island?") or, with no header, the one
        item of the sentence before. A field is a relation noun of the item ("Director",
        "Genres", "Cast", "Music") or "Year", then a colon and its names or year; a singular
        noun names them all ("Director: X" is X alone)."""
        ws, a, n = self.lowers, self.sent.start, self.sent.end
        while n > a and ws[n - 1] in (".", "!"):
            n -= 1
        inside = {k for r in refs for k in range(r.start + 1, r.end)}
        marks = [k for k in range(a, n) if ws[k] in _BULLETS and k not in inside]
        if not marks or any(r.user or r.pronoun for r in refs):
            return False
        head = [r for r in refs if r.end <= marks[0]]
        if head:
            if len(head) != 1 or head[0].kind != "item" \
                    or any(w not in _CARD_HEAD for k, w in enumerate(ws[a:marks[0]], start=a)
                           if not head[0].start <= k < head[0].end):
                return False
            item = head[0]
        else:
            named = {r.ids for r in before if r.ids}
            if ws[a:marks[0]] or len(named) != 1 or self._done_by_user(before[-1]):
                return False  # ("You loved Alien. • Director: X": Alien is no card's item)
            item = before[-1]
        bounds = [*marks, n]
        fields = []
        for k, end in zip(bounds, bounds[1:]):
            colon = next((j for j in range(k + 1, end) if ws[j] == ":"), None)
            if colon is None or colon == k + 1:
                return False
            names = [r for r in refs if colon < r.start < end]
            field = tuple(ws[k + 1:colon])
            if field in _YEAR_FIELDS and not names and colon + 2 == end and ws[colon + 1].isdigit():
                fields.append((k, colon, None, [colon + 1]))
                continue
            readings = frozenset(c for c in self.index.cues.get(field, ()) if c.forward and not c.typed) \
                or frozenset(self.index.cues.get((*field, "is", "by"), ()))  # "Music: X": its music is by X
            works = {id(r) for r in names if r.kind == "item" and ws[r.start - 1] == "("}
            if not readings or not names or any(r.kind == "item" and id(r) not in works for r in names):
                return False
            j, last, also = colon + 1, None, []
            for r in names:  # "A, B and C"; "Matt Leacock (Pandemic)": his other work
                if id(r) in works:
                    if last is None or j != r.start or ws[r.end:r.end + 1] != [")"]:
                        return False
                    also.append((r, last))
                    j = r.end + 1
                    continue
                while j < r.start and ws[j] in (",", "and", "&"):
                    j += 1
                if j != r.start:
                    return False
                j, last = r.end, r
                if ws[j:j + 1] == ["("]:
                    j += 1
            if j != end:
                return False
            fields.append((k, colon, readings, [r for r in names if id(r) not in works]))
            for work, r in also:
                self._claim([work], r, readings, False, False, (work.start, work.end))
        for k, colon, readings, names in fields:
            span = (k + 1, colon)
            if readings is None:
                y = names[0]
                ok, status = self.judge.year(item, float(ws[y]))
                self.sink(y, y + 1, "number", ok, status, None, item.ids[:1])
                continue
            for r in names:
                self._claim([item], r, readings, False, False, span)
            head = ws[k + 1]  # "Director", "Written (by)", "Runs (on)", "Starring", "Stars"
            if not head.endswith("ing") and (colon - k > 2 or not head.endswith("s") or head == "cast"):
                self.complete_spans.append(span)  # "Director: X", "Written by: X", "Cast: X": all of them
        self.attached.update(id(r) for r in refs)
        self._mark(a, self.sent.end)
        return True

    def _list_header(self, refs: list[Ref]) -> bool:
        """A list under a header that says what its items share: "Films directed by Steven
        Spielberg: Jaws and E.T.", "Films with a score by X: A (1974) and B", "More from X: A, B",
        "Starring Keanu Reeves: The Matrix", "Horror films: Jaws and Alien". Each item must hold."""
        ws, n = self.lowers, self.sent.end
        while n > self.sent.start and ws[n - 1] in (".", "!"):
            n -= 1
        colon = next((k for k in range(self.sent.start, n) if ws[k] == ":"), None)
        if colon is None or any(r.user or r.pronoun for r in refs):
            return False
        head = [r for r in refs if r.end <= colon]
        items = [r for r in refs if r.start > colon]
        if len(head) != 1 or not items or any(r.kind != "item" for r in items) or head[0].kind == "item":
            return False
        years, j = [], colon + 1
        for r in items:  # "A (1974), B and C": names, years in brackets, commas and "and"
            while j < r.start and ws[j] in (",", "and", "&"):
                j += 1
            if j != r.start:
                return False
            j = r.end
            if ws[j:j + 1] == ["("] and j + 2 < n and ws[j + 1].isdigit() and ws[j + 2] == ")":
                years.append((r, j + 1))
                j += 3
        if j != n:
            return False
        x = head[0]
        lead = [w for w in ws[self.sent.start:x.start] if w not in DETERMINERS]
        tail = ws[x.end:colon]
        nouns = self.index.type_nouns
        readings: frozenset[Cue] | None = None
        span = (self.sent.start, colon)
        if not tail and lead[:2] in (["more", "from"], ["more", "by"]):
            readings = self.index.authorship if lead[1] == "from" else self.index.by_authorship
        elif not lead and tail and all(w in nouns for w in tail):
            readings = self.index.attributive  # "Horror films:", "Steven Spielberg films:"
        else:
            k = 0
            while k < len(lead) and lead[k] in nouns:
                k += 1
            rest = lead[k:]
            if rest[:1] == ["with"]:
                rest = rest[1:]  # "Films with a score by X"
            found = [rd for s0 in range(self.sent.start, x.start) for e, rd in self.cue_at.get(s0, ())
                     if not isinstance(rd, str) and all(w in DETERMINERS for w in ws[e:x.start])
                     and [w for w in ws[s0:e] if w not in DETERMINERS] == rest]
            if not tail and found and rest:
                readings = found[0]
        if not readings:
            return False
        for r in items:
            self._claim([r], x, readings, False, False, span)
        for r, k in years:
            ok, status = self.judge.year(r, float(ws[k]))
            self.sink(k, k + 1, "number", ok, status, None, r.ids[:1])
        self.attached.update(id(r) for r in refs)
        self._mark(self.sent.start, self.sent.end)
        return True

    def _sentence_ellipsis(self, refs: list[Ref]) -> bool:
        """ "Vertigo was scored by Bernard Herrmann. So was Psycho." / "Psycho was too.": the
        last predicate of the sentence before, said of the one name of this sentence."""
        prior = self.carry.get("spec")
        ws0, a0 = self.lowers, self.sent.start
        opens_so = ws0[a0:a0 + 1] == ["so"] and ws0[a0 + 1:a0 + 2] and ws0[a0 + 1] in _ELLIPSIS_AUX \
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
        aux = _ELLIPSIS_AUX
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

    def _repeat_prior(self, r: Ref, spec: _Spec, objects: list[Ref]) -> None:
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
            self._mark(*p.noun)
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

    def _kept_refs(self) -> list[Ref]:
        """The sentence's mentions, without nouns and adverbs that only look like references."""
        lowers = self.lowers
        kept = []
        starts_at = {r.start for r in self.sent.refs if not r.pronoun}
        ends_at = {r.end for r in self.sent.refs if not r.pronoun and not r.user and r.kind == "item"}
        for r in self.sent.refs:
            if r.pronoun and r.end in starts_at and lowers[r.end - 1] in self.index.type_nouns:
                continue  # "the film Heat": a noun before the name, not a reference
            if r.pronoun == "item" and r.end - r.start == 2 and lowers[r.start] == "the" \
                    and r.start >= 2 and lowers[r.start - 1] == "," and r.start - 1 in ends_at \
                    and r.end < len(lowers) and lowers[r.end] in ("by", "from"):
                continue  # "Midnight Ferry, the album by Juniper Vale": an apposition, as ", an album by"
            if r.pronoun == "item_possessive":
                # "Its director, X, ...": a subject only where a clause starts
                if r.start == self.sent.start or lowers[r.start - 1] in CLAUSE_ENDS:
                    r.pronoun = "item"  # "Its director, X, ..."
                elif lowers[r.start - 1] == "and" and r.start >= 2 and lowers[r.start - 2] == ",":
                    r.pronoun = "item"  # "..., and its composer is X": whose, when the clause
                    self.its_after_and.add(id(r))  # before named two items, is unclear
                elif lowers[r.start - 1] == "among" and r.start - 1 in self.glued and (
                        r.start - 1 == self.sent.start or lowers[r.start - 2] in CLAUSE_ENDS):
                    r.pronoun = "item"  # "Among its stars is X": its stars include X
                elif (lowers[r.start - 1] in ("is", "was", "are", "were")
                      or (lowers[r.start - 2:r.start] in (["is", "among"], ["are", "among"], ["was", "among"],
                                                           ["were", "among"]) and r.start - 1 in self.glued)
                      or (lowers[r.start - 3:r.start] in (["is", "one", "of"], ["was", "one", "of"])
                          and r.start - 1 in self.glued)
                      or any(e == r.start for e, _ in self.cue_at.get(r.start - 1, ()))) \
                        and r.end in self.glued:
                    # "X was its director", "X composed its score": only where one item came before
                    r.pronoun = "item"
                    self.its_noun.add(id(r))
                else:
                    continue
            opens = r.start == self.sent.start or lowers[r.start - 1] in (
                ";", ":", "as", "for", "and", "since", "because", "so", "but", "while")
            if r.pronoun == "group" and lowers[r.start] == "each" and r.end - r.start == 1 and not (
                    r.start > 0 and lowers[r.start - 1] not in _RATING_UNITS
                    and (lowers[r.start - 1] in ("for", "of", "in", "to", "by", "on")
                                     or any(e == r.start for s in range(max(0, r.start - 6), r.start)
                                            for e, _ in self.cue_at.get(s, ())))
                    and r.end < len(lowers) and lowers[r.end] in CLAUSE_ENDS):
                continue  # "John Williams scored the music for each."; "five stars each" is read
                # with the rating, "each film" names no one
            if not r.pronoun and r.end - r.start == 1 and lowers[r.start] in _PICK_ADJECTIVES \
                    and lowers[r.start - 1:r.start] in (["a"], ["an"]) \
                    and any(lowers[r.end:r.end + len(n)] == n for n in _PICK_NOUNS):
                continue  # "X is a good next pick": a suggestion, not the tag "good"
            name_next = r.end in starts_at or (lowers[r.end:r.end + 1] == ["the"] and r.end + 1 in starts_at)
            if r.pronoun == "group" and lowers[r.start] == "both" and r.end - r.start == 1 \
                    and not (opens and not name_next):
                # "X and Y both star Z" is an adverb; "... star in both." a reference, and so
                # is a clause that opens with "Both" ("Both were scored by X")
                after_cue = r.start > 0 and (lowers[r.start - 1] in ("in", "of", "to", "by") or any(
                    e == r.start for s in range(max(0, r.start - 6), r.start)
                    for e, _ in self.cue_at.get(s, ())))
                nxt = lowers[r.end] if r.end < len(lowers) else "."
                after_user = any(e == r.start for s in range(max(0, r.start - 4), r.start)
                                 for e, _ in self.user_at.get(s, ()))
                highly = lowers[r.end:r.end + 2] in (["highly", "."], ["highly", ","], ["highly", ";"])
                if after_user and (nxt in SEPARATORS | {",", "?"} or number_at(lowers, r.end, len(lowers))
                                   is not None or nxt in WORD_NUMBERS or highly) and not name_next:
                    pass  # "you loved both", "you gave both five stars", "you rated both highly"
                elif not (after_cue and nxt in SEPARATORS | {",", "too", "?", "and"}) or name_next:
                    continue  # "a tag of both While You Were Sleeping and ...": a name follows
            kept.append(r)
        return kept

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
                and len(lead[-2]) == 4 and (core[:-3] in ([], ["released"], ["made"])
                                            or (len(core) == 4 and self._dating_participle(core[0])
                                                and first.kind == "item" and not first.user)) \
                and not (first_word and not core[:-3]) and not any(r.user for r in self.sent.refs):
            # "In 1958, Alfred Hitchcock directed Vertigo", "Released in 1958, Vertigo ...": the
            # year of the sentence's items
            self.lead_year = (float(lead[-2]), b - 2)
            self.lead_first_only = bool(lead[:-3])  # "Released in 1958, Vertigo ...": of Vertigo
            self.lead_verb = core[0] if core[:-3] else ""
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

    def _plural_team(self, ref: Ref) -> None:
        """ "Manchester City play at the Etihad, and they are managed by Pep Guardiola": "they"
        for the one item the sentence named, where that name took a plural verb (a team, a
        band, a company said as its people); no other item is named before it."""
        lowers = self.lowers
        named = [r for r in self.all_refs if r.end <= ref.start and not r.user and not r.pronoun
                 and r.start >= self.sent.start]
        items = [r for r in named if r.kind == "item"]
        if not items or len({r.ids for r in items}) != 1 or not items[0].ids:
            return
        first = items[0]
        verb = lowers[first.end] if first.end < len(lowers) else ""
        plural_verb = verb in ("are", "were", "have") or (
            verb.isalpha() and not verb.endswith("s") and any(k[0] == verb + "s" for k in self.index.cues))
        if plural_verb:
            ref.group, ref.ids, ref.kind, ref.types = [first], first.ids, first.kind, first.types
            ref.in_evidence = first.in_evidence

    def _dates_item(self, verb: str, item: Ref) -> bool:
        """Whether the participle ``verb`` of "<verb> in 1878, X ..." says the making of the item
        ``item``: "released" or "made" any item; a verb of a relation the item has ("Founded",
        "Painted", "Published" where it was founded, painted, published by someone); founding an
        item that comes from a place; opening or building one located somewhere; and an item's
        own family of dating verbs (see ``GraphIndex.year_family``)."""
        index = self.index
        if verb == "released" and index.venue_items and set(item.types) <= index.venue_types:
            return False  # "Released in 1894, Tower Bridge ...": a bridge opens
        if verb in ("", "made"):
            return True
        if any(verb in index.year_family.get(i, ()) for i in item.ids):
            return True
        if verb in _RELEASE_PARTICIPLES | _DEBUTED:
            return self._dated_kind(verb, item)  # "Launched in 1932, SS Normandie ...", as ", launched in 1932,"
        relations = {c.relation for c in index.cues.get((verb, "by"), ())}
        if verb in ("opened", "built", "completed", "constructed", "erected", "inaugurated", "dedicated"):
            # a museum, a stadium, a restaurant, a bridge opens and is built (not a painting
            # that hangs somewhere: "Opened in 1839, the Fighting Temeraire")
            return bool(set(item.types) & index.venue_types)
        if verb in ("founded", "established", "formed") and index.founded_items:
            relations |= {c.relation for c in index.origin}
        return any(index.tail_count(i, rel) for i in item.ids for rel in relations)

    def _dating_participle(self, word: str) -> bool:
        """Whether a participle opening "<word> in 1905, X ..." dates X itself: a verb of making,
        founding or first showing ("Founded", "Published", "Painted" where the graph has "was
        painted by"), never a later act ("Translated in 1970, ...")."""
        if word.startswith(_LATER_ACTS + _EARLIER_ACTS) or (
                word in ("formed", "founded") and not self.index.founded_items):
            return False  # (a band or a club is founded; a film is not)
        return word in self.index.year_verbs or word in DATING_VERBS or word in _RELEASE_PARTICIPLES | _DEBUTED \
            or self._made_by_verb(word)

    def _made_by_verb(self, word: str) -> bool:
        """Whether ``word`` is the participle of a relation of making ("painted" where the graph
        has "was painted by", "recorded" for "was recorded by"): the making an item's year dates,
        as "made" does; never a later act ("translated", "illustrated") nor a verb of conceiving
        ("designed in 1402", "written in 1989": a design, a draft, come before)."""
        if word.startswith(_LATER_ACTS + _EARLIER_ACTS) or conceiving_verb(word):
            return False
        index = self.index
        made = {c.relation for c in index.authorship}
        # (the made thing must be the graph's items, the maker not: "The Beatles were recorded in
        # 1960" on a graph where bands record songs says nothing of a band's year)
        for c in index.cues.get((word, "by"), ()):
            things = index.subject_types.get((c.relation, c.forward), frozenset())
            makers = index.subject_types.get((c.relation, not c.forward), frozenset())
            if c.relation in made and things and things <= index.item_types and not makers & index.item_types:
                return True
        return False

    def _close_relative(self, prev: Ref, cur: Ref | None, a: int, b: int) -> int:
        """A cue closing a relative clause ("X, which you loved, ..." / "X, which Kurosawa
        directed, ...") makes the antecedent its object. Returns where the gap goes on."""
        antecedent = self.relative_of.get(id(prev))
        if antecedent is None:
            return a
        lead = self._leading_cue(a, b, prev.user)
        if lead is None and prev.user and a < b and self.lowers[a] in _MODALS:
            lead = self._leading_cue(a + 1, b, True)  # "a thriller you may like"
            if lead is not None and not isinstance(lead[2], str):
                lead = None
        binding = self._binding_cue(a, b, prev.user) if cur is not None else None
        if id(prev) in self.relative_prep:
            lead, binding = self._stranded_cue(a, b, self.relative_prep[id(prev)]), None
        if lead is None or (binding is not None and binding[0] == lead[0]):
            return a
        s0, e0, what = lead
        neg = self._negated(a, e0)
        antecedents = self.relative_group.get(id(prev)) or [antecedent]
        acting = self.index.cues.get(("appears", "in"), frozenset())
        if prev.user and isinstance(what, str) and cur is not None and cur.kind == "item" \
                and not cur.user and not cur.pronoun and self.lowers[e0:b] == ["in"] and acting \
                and all(r.kind != "item" and not r.user and not r.pronoun for r in antecedents) \
                and not neg and not self.lowers[a:s0] and self.lowers[prev.start - 1:prev.start] in (["whom"], ["who"]) \
                and self.lowers[cur.end:cur.end + 1] not in (["in"], ["("]) \
                and not any(w.isdigit() for w in self.lowers[cur.end:self.sent.end]):
            # (not "... in Y in 1969", nor "X, whom you saw in Y, came out in 1992": whose year?)
            # "Bill Murray, whom you watched in Rushmore": you watched Rushmore, and he is in it
            listed = self._items_from(cur)  # "... in Rushmore and Ed Wood": each
            for item in listed:
                self._claim([prev], item, what, False, False, (s0, e0))
                for ante in antecedents:
                    self._claim([ante], item, acting, False, False, (e0, b))
            self._mark(a, b)
            self.attached.update({id(prev), *(id(x) for x in listed)})
            self.last_user_obj = listed[-1]
            self._take(listed, antecedent)
            return b
        if prev.user and isinstance(what, str) and any(w in _MODALS for w in self.lowers[a:s0]):
            # "Heat, a thriller you may like": a suggestion, which must agree with a rating
            if self.judge.user is None:
                self.sink(s0, e0, "unverified", False, "unknown_user", None, ())
            if neg:  # "a tragedy you may not like": no suggestion, and nothing the graph says
                self.sink(s0, e0, "unverified", False, "modal", None, ())
            for ante in antecedents:
                self._suggested(ante, "SUGGEST" if what == "INT" else what, neg, (s0, e0))
            self.attached.update({id(prev), *(id(x) for x in antecedents)})
        elif prev.user and isinstance(what, str):
            for ante in antecedents:
                self._claim([prev], ante, what, neg, False, (s0, e0))
            also = _sharing_word(self.lowers[a:e0]) or _too_after(self.lowers, e0)
            if (id(prev) in self.sharing_relative or also) and not self._user_shared(antecedents, what, neg):
                # "Alien is another horror film that you loved": another one you loved; "Hanabi,
                # which you also loved": so did you another item of the text
                self.sink(s0, e0, "unverified", False, "nothing_shared", None, ())
            if also:
                self._note_sharing(a, min(e0 + 2, len(self.lowers)))
            self.last_user_obj = antecedent
            self.rated_group = list(antecedents)
        elif not prev.user and not isinstance(what, str):
            before = len(self.made)
            subjects = [x for s in self.co_subjects.get(id(prev), [prev]) for x in self._expand(s)]
            for ante in antecedents:  # "A and B, both of which X directed": said of both
                self._claim(subjects, ante, what, neg, False, (s0, e0))
            sharing_words = _sharing_word(self.lowers[a:e0]) or _too_after(self.lowers, e0)
            if id(prev) in self.sharing_relative or sharing_words:
                # "Vertigo is another thriller that X directed", "Titanic, which James Cameron
                # also directed": another item of the text shares it
                self._note_sharing(a, min(e0 + 2, len(self.lowers)))
                self._check_shared(before, (s0, e0), id(prev) in self.sharing_relative, set(prev.ids))
            # "X, which Y directed(, wrote) and produced, ...": each chained verb is said of X
            steps: list[tuple[int, int, object]] = []
            end = e0
            while True:
                j = end
                while j < b and self.lowers[j] in (",", "and"):
                    j += 1
                more = [(e, w) for e, w in self.cue_at.get(j, ()) if e <= b and not isinstance(w, str)
                        and (binding is None or j != binding[0])]
                if j == end or not more:
                    break
                e1, w1 = max(more, key=lambda x: x[0])
                steps.append((j, e1, w1))
                if "and" in self.lowers[end:j]:
                    for s1, e2, w2 in steps:
                        for ante in antecedents:
                            self._claim(self._expand(prev), ante, w2, neg, False, (s1, e2))
                    steps, e0 = [], e1
                end = e1
        else:
            self.sink(s0, e0, "unverified", False, "unknown_words", None, ())
        self._mark(a, e0)
        year = number_at(self.lowers, e0 + 1, e0 + 2) if self.lowers[e0:e0 + 1] == ["in"] else None
        if year is not None and len(self.lowers[e0 + 1]) == 4 and not prev.user \
                and not isinstance(what, str) and (e0 + 2 >= len(self.lowers)
                                                   or self.lowers[e0 + 2] in SEPARATORS | {",", "and", "."}):
            # "Raging Bull, which Martin Scorsese directed in 1980": the item's year (not after a
            # later act: "which Edith Grossman translated in 2003")
            if self._later_act((s0, e0)):
                self.sink(e0 + 1, e0 + 2, "number", False, "unverified_number", None, ())
            else:
                for ante in antecedents:
                    if ante.kind == "item":
                        self._said_year(ante, year, e0 + 1)
            self._mark(e0, e0 + 2)
            e0 += 2
        # the relative clause is closed: what follows is said of the antecedent again
        host = [r for r in self.subject or () if not r.user and r is not antecedent]
        k = e0
        nxt = min((r.start for r in self.sent.refs if r.start >= e0), default=self.sent.end)
        while k < nxt and self.lowers[k] not in (",", ";", ".", "!", "?"):
            k += 1  # (past what the clause goes on to say: "which you rated 5 stars,")
        after = self.lowers[k + 1:max((e for e, _ in self.cue_at.get(k + 1, ())), default=k + 1)]
        if antecedent in self.like_frame:
            # "Like Y, which you loved, X ...": none yet; "X, like Y, which you loved, was ...": X
            self.group, self.role = self.like_host.get(id(antecedent), []), "free"
        elif antecedent in self.compared and host and self.lowers[k:k + 1] == [","] and after \
                and not _participle_cue(after) and _singular_verb(after) and self._apposed_like(antecedent):
            # "Gladiator, an action film like Highlander, which you loved, stars X": the
            # apposition closes, and the verb is Gladiator's
            self.group, self.role = host, "free"
        elif id(prev) in self.whose_user:
            # "... by X, whose Y you loved, and shot by Z": the clause goes on as before "whose"
            self.group, self.role = [self.whose_user[id(prev)]], "object"
        else:
            # "A and B, which you loved, were directed by X": said of both again (not in a
            # comparison: "Like A and B, which you loved, X is ...")
            self.group = [antecedent] if any(x in self.compared for x in antecedents) \
                else list(antecedents)
            s = antecedent.start
            listed = self.closed_at.get(s - 2) if self.lowers[s - 2:s] == [",", "and"] else None
            if listed is not None and len(self.group) == 1 and self.role_of.get(id(antecedent), "free") == "free":
                # "A, which you loved, and B, which you liked, are both ...": the list
                self.group = [*listed, *self.group]
            self.role = self.role_of.get(id(antecedent), "free")
            if self.role == "free":
                self.subject = None
            k = e0  # (past what the clause goes on to say: "which you rated 5 stars,")
            nxt = min((r.start for r in self.sent.refs if r.start >= e0), default=self.sent.end)
            while k < nxt and self.lowers[k] not in (",", ";", ".", "!", "?"):
                k += 1
            if self.lowers[k:k + 1] == [","] and self.role == "free":
                self.closed_at[k] = list(self.group)
        return e0

    def _relative_host(self, prev: Ref, what: object) -> Ref | None:
        """The item a relative clause right after the name ``prev`` is about, where the
        graph never says the clause's relation of anything of ``prev``'s type but does of that
        item's ("a cheese from Nottinghamshire that pairs with port", "a trail in Banff that
        leads to X"): the nearest item before ``prev`` in its sentence, with only attributes
        between them."""
        if prev.user or prev.pronoun or isinstance(what, str) or not what:
            return None
        index = self.index

        def able(r: Ref) -> bool:
            return any(r.types & (index.head_types if c.forward else index.tail_types).get(c.relation, set())
                       for c in what)

        if able(prev):
            return None
        before = [r for r in self.sent.refs if r.end <= prev.start]
        host = next((r for r in reversed(before) if r is not prev and (r.kind == "item" or r.user)), None)
        if host is None or host.user or (host.pronoun and len(host.ids) != 1) or not able(host) \
                or any(r.kind != "attribute" for r in before if r.start >= host.end):
            return None
        named = {k for r in before if r.start >= host.end for k in range(r.start, r.end)}
        for k in range(host.end, prev.start):
            w = self.lowers[k]
            if k in named or w in self.index.type_nouns or _is_year(w) or w in _HOST_GLUE:
                continue
            if w in ("is", "was", "'s", "’s") and self.lowers[k + 1:k + 2] in (["a"], ["an"]):
                continue  # "X is a cheese from Y that ...": a predicate noun, no verb of its own
            return None  # ("Stichelton pairs with port, which ...": the clause's verb stands between)
        return host

    def _coordinated_relative(self, prev: Ref, cur: Ref) -> bool:
        """ "Sherlock, which Steven Moffat and Mark Gatiss created, ...": "and" joins a second
        subject to the relative clause's first, and one verb (a relation, right after the second
        name) closes the clause: the verb is checked for each subject by :meth:`_close_relative`."""
        antecedent = self.relative_of.get(id(prev))
        if antecedent is None or self.lowers[prev.end:cur.start] != ["and"] or id(prev) in self.relative_prep \
                or prev.user or cur.user or prev.pronoun or cur.pronoun or cur.kind == "item" or prev.kind == "item":
            return False
        if not self._verb_closes_relative(cur):
            return False  # ("which A and B directed in 1995": whose year? not read)
        self._join_relative(prev, cur, antecedent)
        self.co_subjects[id(cur)] = [*self.co_subjects.get(id(prev), [prev]), cur]
        self._mark(prev.end, cur.start)
        self.attached.add(id(prev))
        self.group, self.role = [cur], "free"
        return True

    def _second_relative(self, prev: Ref, cur: Ref, a: int) -> bool:
        """"X, which A directed and B edited, ...": a second subject of the same relative clause.

        ``prev`` (A) closed its relative clause at ``a`` with its verb; only "and" stands before
        ``cur`` (B), a name, and a cue right after B ends its clause (a comma or the sentence's
        end). B's clause is then read as a relative on the same antecedent, and its verb is
        checked by :meth:`_close_relative` on the next step."""
        antecedent = self.relative_of.get(id(prev))
        if antecedent is None or a <= prev.end or self.lowers[a:cur.start] != ["and"] \
                or prev.user or cur.user or cur.pronoun or cur.kind == "item" \
                or id(prev) in self.relative_prep:
            return False
        if not self._verb_closes_relative(cur):
            return False  # ("which A directed and B wrote in 1995", "... and B stars X": not closed)
        self._join_relative(prev, cur, antecedent)
        self._mark(a, cur.start)
        self.group, self.role = [cur], "free"
        return True

    def _verb_closes_relative(self, cur: Ref) -> bool:
        """Whether a relation's cue right after ``cur`` ends its relative clause (a comma, a
        semicolon, a separator or the sentence's end after it)."""
        lead = self._leading_cue(cur.end, self.sent.end, False)
        if lead is None or lead[0] != cur.end or isinstance(lead[2], str):
            return False
        after = self.lowers[lead[1]:lead[1] + 1]
        return after in ([","], [";"]) or lead[1] >= self.sent.end or after[0] in SEPARATORS

    def _join_relative(self, prev: Ref, cur: Ref, antecedent: Ref) -> None:
        """``cur`` is a subject of the relative clause ``prev`` is in: the same antecedent."""
        self.relative_of[id(cur)] = antecedent
        if id(prev) in self.relative_group:
            self.relative_group[id(cur)] = self.relative_group[id(prev)]

    # ------------------------------------------------------------------ a cue binds `cur`
    def _stranded_cue(self, a: int, b: int, prep: str) -> Found | None:
        """The cue of "Y, in which X stars": the words after X with the preposition before
        "which" at their end ("stars in"), read as in "Y, which X stars in". Only the longest such
        form that closes the clause counts; any other gap is not understood."""
        k = a
        while k < b and (self.lowers[k] in AUXILIARIES or self.lowers[k] in ADVERBS
                         or self.lowers[k] in NEGATIONS):
            k += 1
        for e in range(b, k, -1):
            if e < len(self.lowers) and self.lowers[e] not in (",", ";", ".", "!", "?", ")", "—") \
                    and not (e == b and e == self.sent.end):
                continue
            readings = self.index.cues.get((*self.lowers[k:e], prep))
            if readings:
                return k, e, readings
        return None

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
        if e0 - s0 == 1 and self.lowers[s0] == "with" and any(
                w not in (",", "a", "an", "another", "the", "also", "is", "are", "was", "were", "both", "all")
                and w not in self.index.type_nouns
                for k, w in enumerate(self.lowers[a:s0], start=a) if not self.consumed[k]):
            return False  # "shares a composer with X": "with" alone only after a noun
        for k in self._restated(e0, b, what):
            self.consumed[k] = True
        chained, pre_end = self._chain(a, bind)
        pre = [self.lowers[k] for k in range(a, pre_end) if not self.consumed[k]]
        modal = any(w in _MODALS for w in self.lowers[a:e0])
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
                    and all(x.types & able for x in alt) and _participle_cue(self.lowers[s0:e0]):
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
                and not (pre == [","] and self.lowers[s0] in _VERB_LIKE
                         and _participle_cue(self.lowers[prior.span[0]:prior.span[1]])))
            # (not the main verb after a participle apposition: "Part II, also directed by X,
            # stars A": the film stars A, shared or not)
            # ("reunites director A, star B and, as composer, C", "shares star A and director
            # B", "has the same star, A, and director, B": each one, another item's too)
            gap = self.lowers[a:e0]
            if gap[:2] in (["too", ","], ["likewise", ","]) or gap[:3] == ["as", "well", ","]:
                gap = gap[gap.index(",") + 1:]  # "X is in Y too, a 1989 film by Z": the last clause's
            sharing = _too_after(self.lowers, after) or _sharing_word(gap) \
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
            if sharing and not shared:
                # "another" and what a predicate noun goes on to say need another item; "also"
                # and "too" may also be another fact about the same two ("directed it too")
                items_only = "another" in self.lowers[a:e0] or reunites or (self.via_noun and "," not in pre) \
                    or (prior is not None and prior.sharing and ("and" in pre or _too_after(self.lowers, after)))
                # ("Titanic, also directed by X, stars Y too": another item stars Y)
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
            self.spec = _Spec(subjs, what, neg, shared, (s0, e0), tuple(chained), sharing,
                              self.via_noun)
            if not describing:  # the clause's own predicate, not an apposition's
                self.main_spans.update([(s0, e0), *((s1, e1) for s1, e1, _ in chained)])
        self._mark(s0, e0)
        noun = not isinstance(what, str) and any(c.noun for c in what)
        plural_noun = noun and any(w.endswith("s") or w in IRREGULAR_PLURALS for w in self.lowers[s0:e0])
        the_name = prev.end == s0 and prev.start > 0 and self.lowers[prev.start - 1] == "the"
        owner = self.lowers[s0 - 1:s0] in (["'s"], ["'"], ["its"], ["their"]) \
            and not any(w in _SHARE for w in self.lowers[a:s0])  # not "shares its star, Y"
        definite = ("the" in self.lowers[s0:e0] or owner or the_name) \
            and any(w in ("are", "were") for w in self.lowers[s0:b])
        if noun and not plural_noun and (owner or (":" in self.lowers[e0:b]
                                                   and self.lowers[prev.end:s0] in ([], [","]))) \
                and any(w in ("is", "was", ",", ":") for w in self.lowers[e0:b]):
            definite = True  # "Annie Hall's writer is Y" / "Annie Hall's writer, Y," / "Heat,
            # genre: crime": the only one ("X shares its star, Y" is said of a shared one)
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
                and _count_word(self.lowers[s0 - 1]) is not None)  # "is one of / among the stars of"
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
        self._leftovers(a, b, GLUE | NEGATIONS | light | (_SHARE if shared else frozenset()))
        self.group, self.role = [cur], "object"
        self.role_of[id(cur)] = "object"
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
        self._shared_value(_Spec([*self._expand(prev), cur], readings, self._negated(a, b), False, (a, b)))
        self._mark(a, b)
        self._mark(cur.end, end)
        self.attached.update({id(prev), id(cur)})
        if self.subject is None:
            self.subject = [prev]
        self.group, self.role = [cur], "object"
        return True

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
            j = r.end + 1 if ws[r.end:r.end + 1] == [","] or ws[r.end:r.end + 1] in (["is"], ["was"]) else None
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
            if j < end and ws[j] in self.index.type_nouns and (
                    j + 1 >= end or ws[j + 1] in (",", ".", ";", "!", "?", "and", "who", "that", "which")):
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
            while j - 1 in ends and ends[j - 1].kind != "item" and not ends[j - 1].user:
                j = ends[j - 1].start
            before = None
            if after is None and j >= 2 and ws[j - 1] in ("a", "an", "the") and ws[j - 2] in ("is", "was", ","):
                before = next((r for r in named if r.end == j - 2), None)
            r = after or before
            person = r is not None and bool({t.lower() for t in r.types} & PERSON_TYPES)
            hit = None if not person else next(
                (Triple(h, rel, t) for i in r.ids for f in fields[ws[k]]
                 for h, rel, t, _ in self.index.edges_between(i, f) if h == i
                 and rel in self.index.field_relations), None)
            self.sink(k, k + 1, "assertion", hit is not None, "supported" if hit else "not_in_graph",
                      hit, r.ids[:1] if r is not None else ())
            if hit is not None and before is not None and ws[j - 2] in ("is", "was") \
                    and (k + 1 >= self.sent.end or ws[k + 1] in (".", "!", ";")):
                self.attached.add(id(r))  # "Henri Becquerel was a physicist.": the clause's claim
                self._mark(j - 2, j)

    def _past_year(self, k: int) -> int:
        """Where the words after a name at ``k`` go on, past a year in brackets ("Heat (1995)")."""
        ws = self.lowers
        return k + 3 if ws[k:k + 1] == ["("] and ws[k + 2:k + 3] == [")"] and _is_year(ws[k + 1]) else k

    def _suggests_after(self, a: int, b: int) -> bool:
        """Whether tokens [a, b) suggest something ("so try X", "you should see X", "we picked X")."""
        ws = self.lowers
        return any(w in _FRAME_TRIGGERS or w in _HEADER_TRIGGERS or w in _OPENING_TRIGGERS
                   or (w == "see" and k > 0 and ws[k - 1] in _SEE_AFTER)
                   or (w == "give" and ws[k + 2:k + 3] in _A_TRY)
                   for k, w in enumerate(ws[a:b], start=a))

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
        if ws[end:end + 1] == [","] and end + 1 < b and _is_year(ws[end + 1]) \
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

    def _favourites(self, prev: Ref, a: int, b: int) -> None:
        """ "X, one of your favourites" / "A and B, two of your favorites" / "X, one of your
        five-star films": user claims on the item(s) before (a count must match the list)."""
        ws = self.lowers
        spec = self.spec
        h = a + 1 if ws[a:a + 1] in (["so"], ["very"], ["really"], ["quite"]) else a  # "rated it so highly"
        if ws[h:h + 1] in (["highly"], ["well"]) and ws[h + 1:h + 2] != ["as"] and spec is not None and spec.readings == "INT" and not spec.negated \
                and ws[spec.span[0]] in ("rated", "rate") and prev in self.group and not prev.user:
            me = Ref(a, a, (), "user", user=True)  # "You rated Jaws (and E.T.) highly": loved
            for item in [x for r in self.group if not r.user for x in self._expand(r)]:  # ("both")
                self._claim([me], item, "POS", False, False, (a, h + 1))
            self._mark(a, h + 1)
            self.spec = _Spec(spec.subjects, "POS", False, False, spec.span)  # "..., as well as Y": loved too
            return
        if ws[a:a + 2] in (["very", "much"], ["a", "lot"]) and spec is not None and spec.readings == "POS" \
                and prev in self.group and not prev.user and not self.consumed[a]:
            # "You liked Jaws very much": liked, checked as such; "You didn't like Jaws very
            # much": not loved, checked as such (a rating below the threshold)
            self._mark(a, a + 2)
            return
        if ws[a:a + 1] == ["("] and ws[a + 2:a + 4] == [")", ","] and _is_year(ws[a + 1]):
            a += 3  # ("The Thing (1982), one of your five-star films": the year is the name's)
        k = a + 1 if ws[a:a + 1] in ([","], ["("]) else a  # (also "X (one of your favourites)")
        copula = ws[k:k + 1] in (["is"], ["was"], ["are"], ["were"]) and a == prev.end  # "X is one of"
        if copula:
            k += 1
        listed = [r for r in self.group if not r.user and r.kind == "item"]
        of_yours = False
        if copula and ws[k:k + 2] == ["among", "your"] and k + 2 < b and ws[k + 2] in _FAVOURITES:
            # "X is among your favourites", "A and B are among your favourites"
            count, j = (len(listed) if ws[k - 1] in ("are", "were") else 1), k + 2
        elif (copula or k > a) and ws[k:k + 1] in (["a"], ["an"]) and k + 4 <= b and ws[k + 1] in _FAVOURITES \
                and ws[k + 2:k + 4] == ["of", "yours"]:
            count, j = 1, k + 1  # "X is a favourite of yours", "X, a favourite of yours, ..."
        elif (copula or k > a) and ws[k:k + 1] in (["a"], ["an"]) and ws[k + 2:k + 4] == ["-", "star"] \
                and _yours_after(ws, k + 4, b):
            count, j, of_yours = 1, k + 1, True  # "X, a five-star pick of yours"
        else:
            count = 1 if ws[k:k + 1] == ["one"] else _COUNTS.get(ws[k] if k < b else "")
            if count is None or ws[k + 1:k + 3] != ["of", "your"] or prev.user:
                return
            j = k + 3
        if prev.user:
            return
        total = None  # "one of your two five-star beers": the user has two
        if ws[j - 1] == "your" and j + 1 < b and _count_word(ws[j]) is not None \
                and (ws[j + 1] in _FAVOURITES or ws[j + 2:j + 4] == ["-", "star"]):
            total, j = (_count_word(ws[j]), j), j + 1
        stars = None
        if ws[j + 1:j + 3] == ["-", "star"] and _number_word(ws[j]) in (1.0, 2.0, 3.0, 4.0, 5.0):
            stars, j = _number_word(ws[j]), j + 3  # "one of your five-star films", "four-star"
        nouns = self.index.type_nouns
        if stars is None and j < b and ws[j] in _FAVOURITES:
            j += 1
            while j < b and ws[j] in nouns:
                j += 1  # "one of your favourite films"
            if ws[j:j + 2] == ["of", "yours"]:
                j += 2
        elif stars is not None and j < b and (ws[j] in nouns or (of_yours and ws[j] in _STAR_NOUNS)):
            while j < b and (ws[j] in nouns or (of_yours and ws[j] in _STAR_NOUNS)):
                j += 1
            if of_yours:
                if ws[j:j + 2] != ["of", "yours"]:
                    return  # ("X, a five-star film of 1990": whose stars?)
                j += 2
        else:
            return
        items = listed if count > 1 else [prev]
        if count > 1 and len(items) != count:
            self.sink(k, k + 1, "number", False, "unverified_number", None, ())
        me = Ref(k, k, (), "user", user=True)
        for item in items:
            if stars is None:
                self._claim([me], item, "POS", False, False, (k, j))
            else:
                ok, status, triple = self.judge.user_claim(item, "INT", False, stars)
                self.sink(k, j, "number", ok, status, triple, item.ids[:1])
                if copula:
                    self.attached.add(id(item))  # "X is one of your two five-star films"
        if total is not None:
            self._user_total(total, stars, ws[j - 1], max(count, len(items)))
        plural = ws[j - 1].endswith("s") and count == 1  # "one of your (two) five-star beers"
        if (total is not None or plural) and self._said_of_the_set(j, b):
            # "one of your two five-star beers hopped with X" (which two?), "..., both / which
            # are hopped with X": said of the user's whole set, which is not read
            self.sink(k, j, "unverified", False, "unknown_words", None, ())
        if ws[a] == "(":
            if ws[j:j + 1] != [")"]:
                return
            j += 1
        self._mark(a, j)
        self.fav_end = j  # ("one of your favourites in 1975": not the film's year)

    def _said_of_the_set(self, j: int, b: int) -> bool:
        """Whether the words after "one of your (N) five-star Ns" (ending at ``j``) go on about
        the whole set: a modifier ("... beers hopped with X"), a dash, or a plural reference
        (", both / which are / and these are ...")."""
        ws, n = self.lowers, self.sent.end
        if j < n and ws[j] in ("-", "—", "–"):
            return True  # ("- both hopped with X")
        if j >= n or ws[j] in SEPARATORS or ws[j] == ")":
            return False
        if j < b and ws[j] not in (",", "and", "but", "so", "&", "plus", "yet"):
            return True
        plural = ("both", "all", "each", "they", "them", "these", "those", "are", "were", "have")
        q = j
        while q < n and ws[q] in (",", "and", "but", "so", "&", "plus", "yet", "also", "then"):
            q += 1  # (", and", ", &", ", plus", ", yet", ...)
        after = ws[q:q + 3]
        if after[:1] in (["which"], ["that"], ["who"], ["whose"]):
            return True  # ("..., which star X": of the set, as the plural verb says)
        return bool(after) and after[0] in plural

    def _user_total(self, total: tuple[int, int], stars: float | None, noun: str, listed: int) -> None:
        """ "your two five-star beers", "your three favourites": how many items (of the kind the
        noun names) the user rated so (loved, for favourites); the graph holds every rating."""
        n, at = total
        types = self.index.noun_types.get(noun)
        info = self.index.info
        best = [v for item, v in self.index.ratings_of(self.judge.user or "").items()
                if item in info and info[item][0] == "item" and (types is None or info[item][1] in types)]
        have = sum(v == stars if stars is not None else v >= self.judge.threshold for v in best)
        ok = self.judge.user is not None and have == n and n >= listed
        self.sink(at, at + 1, "number", ok, "supported" if ok else "wrong_value", None, ())

    def _user_passive(self, prev: Ref, cur: Ref, a: int, b: int) -> bool:
        """ "The Usual Suspects, rated five stars by you", "A and B, both loved by you": a user
        claim in the passive on the item(s) before ``you``."""
        ws = self.lowers
        if not cur.user or prev.user or self.judge.user is None or ws[b - 1:b] != ["by"]:
            return False
        k = a + 1 if ws[a:a + 1] == [","] else a
        both = ws[k:k + 1] in (["both"], ["all"])
        k += both
        found = [(e, label) for e, label in self.user_at.get(k, ()) if e <= b - 1]
        if not found or ws[a:a + 1] != [","]:
            return False
        e, label = max(found)
        listed = self._listed_to(prev)
        if both and len(listed) < 2:
            return False
        # "A and B, loved by you" is said of both, as "A and B, which you loved" is
        items = listed
        me = Ref(k, k, (), "user", user=True)
        value = number_at(ws, e, b - 1) if e < b - 1 else None
        j = e
        if value is not None:
            j = e + 1
            while j < b - 1 and ws[j] in _RATING_UNITS:
                j += 1
        if j != b - 1:
            return False  # words the passive does not account for
        for item in items:
            if value is None:
                self._claim([me], item, label, False, False, (k, e))
            else:
                ok, status, triple = self.judge.user_claim(item, "INT", False, value)
                self.sink(e, j, "number", ok, status, triple, item.ids[:1])
        self.attached.update({id(cur), *(id(r) for r in items)})
        self._mark(a, b)
        if self.spec is None:  # "Vertigo, rated five stars by you, was directed by ..."
            self.group, self.role, self.subject = list(items), "free", None
            self.attached.difference_update(id(r) for r in items)
        else:
            self.group, self.role = list(items), "object"
        return True

    def _repeat_all(self, facts: list[Triple], subject_ids: set[str], new: Ref,
                    span: tuple[int, int]) -> None:
        """Every fact stated of the clause's subject, said of ``new`` too ("X plays guitar and
        is a member of Nirvana, like Y"; "X was scored by A and directed by B. So was Y.")."""
        if new.user or not new.ids:
            return
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

    def _in_name(self, k: int) -> bool:
        """Whether token ``k`` lies inside a name of the sentence ("Die Hard: With a Vengeance")."""
        return any(r.start <= k < r.end for r in self.sent.refs if not r.user and not r.pronoun)

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
                or gap[1:] not in ([], [prep] if prep in _PREPOSITIONS else []):
            return False
        listed = self._items_from(nxt)  # "... Aliens and Titanic": each
        for item in listed:
            self._repeat([r for r in spec.subjects if not r.user], item, spec)
        self._numbers(prev.end, cur.start, prev, cur)  # ("Titanic (1997), as ...": its year)
        self._mark(prev.end, nxt.start)
        self.attached.update({id(cur), *(id(x) for x in listed)})
        self._take(listed)
        return True

    def _user_saw_in(self, prev: Ref, cur: Ref, nxt: Ref) -> bool:
        """ "You loved Julia Roberts in Notting Hill (and Pretty Woman)": the user claim is said
        of the item(s), and the person acts in each (the graph's acting relation). ``nxt`` and
        the items listed after it are then taken as read (see :meth:`_take`)."""
        ws = self.lowers
        acting = self.index.cues.get(("appears", "in"), frozenset())
        if not acting or not prev.user or cur.user or (cur.pronoun and cur.pronoun != "person") \
                or cur.kind == "item" or nxt.kind != "item" or nxt.user or nxt.pronoun \
                or ws[cur.end:nxt.start] not in (["in"], ["in", "both"]):
            return False
        if cur.pronoun and (not cur.group or any(r.kind == "item" for r in cur.group)):
            return False  # "You loved him in Heat": whom the pronoun names (each, if several)
        lead = self._leading_cue(prev.end, cur.start, True)
        if lead is None or lead[1] != cur.start or not isinstance(lead[2], str) \
                or self._negated(prev.end, cur.start) or ws[nxt.end:nxt.end + 1] in (["in"], ["("]) \
                or any(w.isdigit() for w in ws[nxt.end:self.sent.end]):
            return False  # (not "... in Y in 1969": whose year?)
        listed = self._items_from(nxt)  # "... in Rushmore and Ed Wood": each
        if ws[nxt.start - 1] == "both" and len(listed) != 2:
            return False
        for item in listed:
            self._claim([prev], item, lead[2], False, False, lead[:2])
            for person in cur.group if cur.pronoun else [cur]:
                self._claim([person], item, acting, False, False, (cur.end, nxt.start))
        self._mark(prev.end, nxt.start)
        self.attached.update({id(prev), id(cur), *(id(x) for x in listed)})
        self.last_user_obj = listed[-1]
        self.rated_group = list(listed)
        self._take(listed)
        return True

    def _each_relative(self, group: list[Ref], prev: Ref) -> bool:
        """ "A, which you loved, and B, which ...": a list whose members each have a relative
        clause of their own (the last one is said of B alone)."""
        return bool(group) and group[0] is not prev \
            and any(w in RELATIVES for w in self.lowers[group[0].end:prev.start])

    def _user_apposition(self, prev: Ref, cur: Ref, a: int, b: int) -> bool:
        """ "Titanic, a film you liked", "Heat and Ronin, two films you rated highly", "Titanic
        is a film you liked": a relative clause without "which" on the item(s) before ``you``
        (the user cue after ``you`` is then read as in "X, which you liked")."""
        if not cur.user or prev.user:
            return False
        raw = [w for k, w in enumerate(self.lowers[a:b], start=a) if not self.consumed[k]]
        nouns = self.index.type_nouns
        if raw[:1] in (["are"], ["were"]) and len(raw) > 1 and raw[1] in nouns:
            raw = [raw[0], "all", *raw[1:]]  # "A and B are films you loved": each
        if raw[:1] in (["are"], ["were"]) and raw[1:2] in (["both"], ["all"]) and self.spec is None \
                and prev in self.group and all(w in nouns for w in raw[2:]) and len(raw) > 2:
            # "A and B are (both / two) films you loved": the items of the clause's subject
            items = [r for r in self.group if not r.user and r.kind == "item"]
            if len(items) < 2 or len(items) != len(self.group) or (raw[1] == "both" and len(items) != 2):
                return False
            self.relative_of[id(cur)] = prev
            self.relative_group[id(cur)] = items
            self.attached.update(id(r) for r in items)
            self._mark(a, b)
            self.group, self.role = [cur], "free"
            return True
        if not raw and prev.kind != "item" and prev.lowercase:
            return self._genre_apposition_user(prev, cur, a, b)
        if not raw and prev.kind == "item" and not prev.pronoun and b == a:
            # "Like the Peach Melba you loved, ...": a relative clause without "which"
            j = self._user_cue_after(cur, modal=False)
            if j is None or any(isinstance(w, str) and w not in ("POS", "INT", "NEG", "SAW")
                                for _, w in self.user_at[j]):
                return False
            self.relative_of[id(cur)] = prev
            self.attached.add(id(prev))
            self.group, self.role = [cur], "free"
            return True
        if raw[1:4] == ["one", "of", "the"] and len(raw) > 4 and all(w in nouns and w.endswith("s") for w in raw[4:]):
            raw = [raw[0], "a", *raw[4:]]  # "X, one of the courses you liked": a course you liked
        copula = raw[:1] in (["is"], ["was"])
        if not (copula or raw[:1] == [","]) or len(raw) < 3 or not all(w in nouns for w in raw[2:]):
            return False
        word = raw[1]
        count = _COUNTS.get(word)
        if word not in ("a", "an", "another", "the") and count is None:
            return False
        if word == "the" and (copula or prev.kind != "item" or any(w.endswith("s") for w in raw[2:])
                              or len([r for r in self.group if r.kind == "item" and not r.user]) > 1):
            return False  # "Alien, the film you loved, ...": an apposition on one item alone
        if copula and (self.spec is not None or prev not in self.group or count):
            return False  # "Titanic is a film you liked": only where the copula opens the clause
        items = [r for r in self.group if not r.user and r.kind == "item"] if count else [prev]
        if count and len(items) != count and prev.kind == "item" and not prev.pronoun:
            # "Jaws is a Spielberg film, as are A and B, two films you loved": the list that ends
            # with the name before (its names joined by "and" or commas alone)
            run = [prev]
            for r in reversed([r for r in self.sent.refs if r.end <= prev.start]):
                if r.user or r.pronoun or r.kind != "item":
                    break
                if any(w not in (",", "and") for w in self.lowers[r.end:run[0].start]):
                    break
                run.insert(0, r)
            if len(run) == count:
                items = run
        if count and len(items) != count:
            self.sink(a, b, "number", False, "unverified_number", None, ())
        self.relative_of[id(cur)] = prev
        if len(items) > 1:
            self.relative_group[id(cur)] = items
        if word == "another":
            self.sharing_relative.add(id(cur))  # "Titanic, another film you loved": one more
        self.attached.update(id(r) for r in items)
        self._mark(a, b)
        self.group, self.role = [cur], "free"
        return True

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
            if not roles or not all(c.noun for c in found) or _plural_noun(ws[k]) or not verb_after:
                continue  # (a verb too: "..., stars Sigourney Weaver"; a list: "shares star A and director B")
            # (of an item the clause names after the person: "Commander Jim Lovell flew on Apollo 8"
            # is not backed by his command of Apollo 13)
            items = [x for x in self.sent.refs if x.kind == "item" and not x.user and x.start > r.start and x.ids]
            ok = any(self.index.stored(i, rel, p) for x in items for i in x.ids for p in r.ids for rel in roles)
            self.sink(k, r.end, "assertion", ok, "supported" if ok else "not_in_graph", None, r.ids[:1])
            self.consumed[k] = True

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
        if ws[a:a + 1] == ["("] and ws[a + 2:a + 3] == [")"] and _is_year(ws[a + 1]):
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
                held = role if _plural_noun(ws[j]) else frozenset()
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
            if ws[k] in _SENT_END_WORDS or ws[k] in (";", ":"):
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

    def _whose_item(self, prev: Ref, cur: Ref, a: int, b: int) -> bool:
        """ "directed by Steven Spielberg, whose Jaws you loved": Jaws is his ("Steven Spielberg's
        Jaws", an authorship) and the user clause after it is said of Jaws ("which you loved").
        Returns True for both pairs it reads (the person and the item, the item and "you")."""
        if id(cur) in self.whose_user and cur.user and not [k for k in range(a, b) if not self.consumed[k]]:
            return True
        if prev.user or prev.pronoun or prev.kind == "item" or cur.kind != "item" or cur.user or cur.pronoun \
                or self.lowers[a:b] != [",", "whose"] or not self.index.possessive:
            return False
        you = next((r for r in self.sent.refs if r.user and r.start == cur.end), None)
        if you is None or not self.user_at.get(you.end) and not self.lowers[you.end:you.end + 1] == ["also"]:
            return False
        self._describe(cur, prev, self.index.possessive, (a, cur.end))
        self.relative_of[id(you)] = cur
        self.whose_user[id(you)] = prev
        self.attached.update({id(cur), id(prev)})
        self._mark(a, b)
        return True

    def _user_cue_after(self, you: Ref, modal: bool) -> int | None:
        """Where a user cue starts after ``you`` past adverbs (and modals, with ``modal``): "you
        (really) loved", "you may like"; None where the words after it are no user claim."""
        j = you.end
        while j < self.sent.end and (self.lowers[j] in ADVERBS or self.lowers[j] in ("really", "also")
                                     or (modal and self.lowers[j] in _MODALS)):
            j += 1
        return j if j in self.user_at else None

    def _genre_apposition_user(self, prev: Ref, cur: Ref, a: int, b: int) -> bool:
        """ "Heat, a thriller you loved, ...", "A and B, two thrillers you rated highly, ...": the
        apposition's genre is read by its own cue (", a"); the relative clause on ``you`` is said
        of the item(s) before the comma."""
        first = prev
        for r in reversed([r for r in self.sent.refs if r.end <= prev.start]):
            if r.end != first.start or r.user or r.kind == "item":
                break
            first = r  # ("another fantasy drama you may like")
        k = first.start
        word = self.lowers[k - 1] if k > 0 else ""
        count = _COUNTS.get(word)  # ("two" is read as "both" by now)
        cued = any(e == first.end or e == first.start for e, _ in self.cue_at.get(k - 1, ()))
        if (word not in ("a", "an", "another") and count is None) or self.lowers[k - 2:k - 1] != [","] \
                or not (cued or count):
            return False
        before = [r for r in self.sent.refs if r.end == k - 2 and not r.user and r.kind == "item"]
        if not before or self._user_cue_after(cur, modal=True) is None:
            return False  # ("a thriller you should try": no claim the clause can read)
        items = [before[0]]
        if count:
            items = self._listed_to(before[0])  # the list that ends before the comma ("A and B, two ...")
            if len(items) != count:
                return False
            if not cued:  # "A and B, two thrillers you loved": each is one (never a tag)
                kinds = self.index.copula & self.index.attributive
                if not kinds:
                    return False
                for r in [x for x in self.sent.refs if first.start <= x.start and x.end <= prev.end]:
                    for item in items:
                        self._claim([item], r, kinds, False, False, (k - 1, r.end))
                self._mark(k - 1, prev.end)
        self.relative_of[id(cur)] = before[0]
        if len(items) > 1:
            self.relative_group[id(cur)] = items
        if word == "another":
            self.sharing_relative.add(id(cur))
        self.attached.update(id(r) for r in items)
        self.group, self.role = [cur], "free"
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

    def _closed_list(self, r: Ref) -> list[Ref] | None:
        """The items before ", and (the) ``r``" whose relative clause closed at that comma ("A,
        which you loved, and (the) B are both ...")."""
        k = r.start - (self.lowers[r.start - 1:r.start] == ["the"])
        return self.closed_at.get(k - 2) if self.lowers[k - 2:k] == [",", "and"] else None

    def _subjects(self, prev: Ref, pre: list[str], cue: tuple[int, int], what: object) -> list[Ref]:
        """Who a predicate is said of, from the words between the last mention and its cue."""
        s0, e0 = cue
        lowers, subject, spec = self.lowers, self.subject, self.spec
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
        noun_apposed = pre == [",", "the"] and not isinstance(what, str) and bool(what) \
            and all(c.noun for c in what) and lowers[e0 - 1] == "of" and not prev.user and prev.kind == "item" \
            and self.role == "object" and subject is not None and prev not in subject
        # ("Norman Foster designed Wembley, the home of X", "You disliked Fenway Park, the home
        # ground of the Red Sox": the noun's apposition is the object's, not the subject's)
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
        words = [w for w in pre if w not in ADVERBS and w not in self.index.type_nouns]
        if words[:1] == ["from"] and len(words) >= 2 and _is_year(words[1]):
            words = words[2:]  # "an animated film from 1986 with music by Y" (the year: _numbers)
        if described and words in ([], [","], ["which"], ["that"], [",", "which"], [",", "that"], ["with"], ["who"]) and (
                    pre or _participle_cue(lowers[s0:e0]) or lowers[s0] in self.index.type_nouns
                    or lowers[s0] in ("by", "with", "from", "on", "for", "available", "about")
                    or (lowers[s0:s0 + 2] == ["in", "the"] and not isinstance(what, str) and what
                        and all(c.noun for c in what))):  # ("a museum in the Art Deco style")
            # "X is a thriller (,) (which was) directed by Y", "Z, a thriller written by Y", "a
            # thriller with music by Y", "a platformer available on Z": of X
            self.via_noun = True
            return described
        kinded = [w for w in pre if w not in ADVERBS]
        if len(kinded) >= 4 and kinded[0] in ("is", "was") and kinded[1] in ("a", "an") \
                and (kinded[-1] in ("that", "which") or kinded[-1] == "who" and self.index.people_items) \
                and all(w in self.index.type_nouns for w in kinded[2:-1]) \
                and not prev.user and prev.kind == "item" \
                and (prev.start == self.sent.start or self.lowers[prev.start - 1] in (",", ":")) \
                and (subject is None or subject == [prev]):
            # "Jaws is a film that was directed by X": the subject's own predicate, through its
            # kind noun (not a description: the relative clause is the clause's claim)
            self.via_noun = True
            self.subject = [prev]
            return [prev]
        if any(w in RELATIVES for w in pre):
            if _plural_relative(pre + lowers[s0:e0]) and len(self.group) > 1 \
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
        participle = _participle_cue(lowers[s0:e0])
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
                and not participle and not isinstance(what, str) and _singular_verb(lowers[s0:e0]) \
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
        if participle and bare == [","] and self.role == "free" \
                and self.spec is None and self.group == [prev]:
            self.describing = True  # "Ticket to Ride, designed by X, uses Y": X only describes
        counted = _count_word(bare[-1]) if len(bare) == 5 or bare[:2] == [",", "the"] else None
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
                    c.noun for c in spec.readings) and not participle:
                if "," in lowers[spec.span[1]:prev.start] and spec.span[0] > 0 and not prev.user \
                        and lowers[spec.span[0] - 1] in ("'s", "'", "its", "their", "the"):
                    return [prev]  # "X's director, Y, also wrote it": Y is the subject (not the
                    # "you" of "..., which you loved,")
                # "A, the birthplace of B, wrote C": the apposition ends, A goes on
                return list(subject) if subject is not None else list(spec.subjects)
            if not participle and subject is not None:
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
        if participle and ("both" in pre or "all" in pre) and not [w for w in pre if w not in ADVERBS] \
                and self.role == "object" and not isinstance(what, str) \
                and len([r for r in self.group if not r.user]) > 1:
            return [r for r in self.group if not r.user]  # "You loved A and B both directed by X"
        a_noun = prev.kind == "attribute" and prev.start > 0 and lowers[prev.start - 1] in ("a", "an")
        if self.apposed and pre and all(w in self.index.type_nouns for w in pre):
            self.via_noun = True
            return list(self.apposed)  # "..., an alternative rock band signed to Sub Pop"
        if subject is not None and ((pre and all(w in self.index.type_nouns for w in pre))
                                    or (not pre and participle and a_noun)):
            self.via_noun = True
            return list(subject)  # "X is a horror film directed by Y", "X is a thriller directed by Y"
        if subject is not None and not pre and a_noun and lowers[s0:e0] == ["with"] and self.role == "object" \
                and kind_type(prev.types) and not isinstance(what, str):
            able = self._able(what)
            doers = [r for r in subject if not r.user]
            if doers and not prev.types & able and all(r.types & able for r in doers):
                # "Mitsouko is a chypre with peach and oakmoss": a kind has no notes; the item of
                # that kind does
                self.via_noun = True
                return doers
        if not pre and (participle or lowers[s0] == "with") and prev.kind == "attribute" and not prev.user \
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
        if [w for w in pre if w not in ADVERBS] in ([":"], ["—"], ["–"], ["-"]) and participle \
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
        if any(w in SEPARATORS for w in pre):
            return []
        if [w for w in pre if w not in ADVERBS] == ["and"] and participle and subject is not None \
                and all(r.user for r in subject) and spec is not None and not isinstance(what, str) \
                and not isinstance(spec.readings, str) and spec.subjects \
                and not any(r.user for r in spec.subjects) and _participle_cue(lowers[spec.span[0]:spec.span[1]]):
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
        self.subject = list(self.group)
        return list(self.group)

    def _apposed_like(self, x: Ref) -> bool:
        """Whether the comparison "like X" ends an apposition: ", a crime comedy like X"."""
        k = x.start - (self.lowers[x.start - 1:x.start] == ["the"]) - 1
        j = k - 1
        while j > 0 and self.lowers[j] not in (",", ";", ":") and self.lowers[j] not in _SENT_END_WORDS:
            j -= 1
        if self.lowers[j] != "," or self.lowers[j + 1:j + 2] not in (["a"], ["an"]):
            return False
        names = {t for r in self.sent.refs for t in range(r.start, r.end)}
        return j + 2 < k and all(t in names or self.lowers[t] in self.index.type_nouns or _is_year(self.lowers[t])
                                 or self.lowers[t] in ("and", "-") for t in range(j + 2, k))

    def _with_like(self, k: int) -> bool:
        """Whether the cue at ``k`` adds a part of the work: "with music by X", "from a script by X"."""
        return self.lowers[k] == "with" or (self.lowers[k] == "from" and self.lowers[k + 1:k + 2] in (["a"], ["an"], ["the"]))

    def _after_kind_noun(self, k: int) -> bool:
        """Whether token ``k`` follows "is a <kind noun(s)>" or ", a <kind noun(s)>" ("Queen is a
        band from ...", "Queen, a rock band from ...", "an oolong from ...": genre names too)."""
        ws, nouns = self.lowers, self.index.type_nouns
        j = k
        while j > self.sent.start and (ws[j - 1] in nouns or any(
                r.end == j and r.kind == "attribute" and not r.user and not r.pronoun for r in self.sent.refs)):
            ref = next((r for r in self.sent.refs if r.end == j and r.kind == "attribute"), None)
            j = ref.start if ref is not None and ws[j - 1] not in nouns else j - 1
        return j < k and j >= 2 and ws[j - 1] in ("a", "an") and ws[j - 2] in ("is", "was", ",")

    def _able(self, what: object) -> frozenset[str]:
        """The entity types that may be the subject of readings ``what``."""
        return frozenset().union(*(self.index.subject_types.get((c.relation, c.forward), ())
                                   for c in what))  # type: ignore[union-attr]

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

    def _shared_value(self, spec: _Spec) -> None:
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
            self._shared_value(_Spec(spec.subjects, readings, spec.negated, False, spec.span))

    def _named_type(self, spec: _Spec) -> frozenset[str] | None:
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
        self._shared_value(_Spec([prev, cur], owned, neg, False, (a, s0)))
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

    def _complete_lists(self) -> None:
        """ "The members of X are A and B" names all of X's members, "The writer of X is Y" its
        only writer: a list that leaves out one the graph has is ``incomplete_list`` ("X's
        members include A" does not say all; "Y is a writer of X" does not say only)."""
        for span in self.complete_spans:
            facts = [t for sp, t in self.claimed if sp == span]
            for owner in dict.fromkeys(t.head for t in facts):
                named = {t.tail for t in facts if t.head == owner}
                rels = {t.relation for t in facts if t.head == owner}
                stored = {z for z, data in self.index.graph._succ.get(owner, {}).items()
                          if rels & set(data)}
                if stored - named:
                    self.sink(span[0], span[1], "unverified", False, "incomplete_list", None, (owner,))

    def _enter_description(self, prev: Ref) -> None:
        """An apposition or relative clause on ``prev`` begins: it describes ``prev`` but is not
        the clause's claim about it (a name only described is unattached: "Also Chinatown, a
        thriller."), and the clause's predicate waits for a coordinated object after it."""
        self.describing = True
        if self.outer is None and self.role == "object" and self.spec is not None and prev in self.group:
            self.outer = (self.spec, [r for r in self.group if not r.user])

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
        the = k >= 2 and self.lowers[k - 1] == "the" and self.lowers[k - 2] == "," \
            and k - 1 == spec.span[0] and prev.end < len(self.lowers) \
            and ((self.lowers[prev.end] in self.index.type_nouns and not self.lowers[prev.end].endswith("s"))
                 or (prev.end == prev.start + 1 and self.lowers[prev.start] in COUNT_GENRES))
        # (", the 1942 romance that X directed": a count genre ends the noun phrase itself)
        # ", the 1979 horror film" (an apposition, see constructions); not ", the horror films"
        bare = k == spec.span[1] and self.lowers[k - 1] in ("is", "was", "'s")
        # "The Hobbit is fantasy by J. R. R. Tolkien": a genre said without an article
        if not plural_copula and not the and not bare and (
                k < 1 or self.lowers[k - 1] not in ("a", "an", "another")):
            return []  # "is a thriller", "are thrillers"; not "is a film of the genre Action"
        return [r for r in spec.subjects if not r.user]

    # --------------------------------------------------------------- no cue binds `cur`
    def _unbound_gap(self, prev: Ref, cur: Ref, nxt: Ref | None, a: int, b: int) -> None:
        """Read a gap with no cue before ``cur``: coordination, comparison, relative pronoun,
        a clause boundary, a framing phrase, or words the checker cannot read."""
        lowers = self.lowers
        gap_words = [w for k, w in enumerate(lowers[a:b], start=a) if not self.consumed[k]
                     and w not in DETERMINERS and w not in self.index.type_nouns]
        e = self._past_year(cur.end)  # ("give Titanic (1997) a try": the year is read with the name)
        give_try = b - 1 >= a and lowers[b - 1] == "give" and not self.consumed[b - 1] \
            and lowers[e:e + 1] == ["a"] and lowers[e + 1:e + 2] in _A_TRY
        if give_try:  # "so give Chinatown a try": a suggestion
            self._mark(e, e + 2)
        suits = cur.user and not prev.user and prev.kind == "item" and (
            (len(gap_words) == 2 and gap_words[0] in _MODALS and gap_words[1] == "suit")  # "so Alien should suit you"
            or gap_words == ["is", "for"] or (len(gap_words) == 3 and gap_words[0] in _MODALS
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
        same = _same_as(self, a, b)
        shared = _share_noun(self, a, b)
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
            self.pending = _Spec([x for r in owners for x in self._expand(r)] + [cur], what,
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

    def _respective_names(self, pending: _Spec, cur: Ref, a: int, b: int) -> bool:
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
        if found is None and nxt is None and _share_noun(self, na, nb) is not None:
            return True  # "You loved A, and B has the same director."
        if found is None and nxt is not None and self.lowers[na:nb] in (["shares", "its"], ["share", "its"]) \
                and nxt.kind == "attribute":
            return True  # "You liked A, and B shares its lemon": B's clause
        if found is None or (found[1] - found[0] == 1 and self.lowers[found[0]] in ("on", "for")):
            return False  # ("A and B for Netflix": a preposition starts no clause)
        lead = self.lowers[na:found[0]]
        if _participle_cue(self.lowers[found[0]:found[1]]) and self.lowers[found[1] - 1] == "by" \
                and not any(w in AUXILIARIES for w in lead):
            return False  # "You loved A and B (both) directed by X": a passive participle, no verb
        listed = cur.start > 0 and self.lowers[cur.start - 1] in ("and", ",") and any(
            r.end == cur.start - 1 and r.kind == "attribute" for r in self.sent.refs)
        if (lead or listed) and all(w in self.index.type_nouns for w in lead) and cur.kind == "attribute" \
                and self.lowers[found[0]] in ("by", "from"):
            # "an action and horror film by X", "historical fiction and crime fiction by X": the
            # noun phrase goes on
            return False
        if lead[-1:] == ["and"] and self.lowers[na] not in AUXILIARIES and not _participle_cue(lead[:-1]) \
                and any(e == found[0] - 1 and not isinstance(w, str) for e, w in self.cue_at.get(na, ())):
            return True  # "..., and John Ottman scored and edited both": two verbs, one clause
        return not any(w in RELATIVES or w in COORDINATORS or w in SEPARATORS for w in lead)

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
        if gap_words and all(w in COORDINATORS or w in _PREPOSITIONS or w in ("both", "as", "well", "also")
                             for w in gap_words) \
                and not ("," in self.lowers[a:b] and cur.end in self.cue_at):  # (", and A is ...": a clause)
            self._twice(group + [cur], cur)  # "Psycho (1960) and Psycho", "in A and in A"
        second_noun = role == "object" and spec is not None and not isinstance(spec.readings, str) \
            and self.lowers[spec.span[0]] not in _HAVING \
            and [w for w in self.lowers[a:b] if w not in self.index.type_nouns
                 and not _is_year(w)] in (["and", "a"], ["and", "an"]) \
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
        if prep in _PREPOSITIONS and gap_words[-1:] == [prep] and len(gap_words) > 1:
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
        if same_type and spec is not None and not isinstance(spec.readings, str) and cur.kind == "attribute" \
                and self.lowers[spec.span[0]] in _HAVING and all(c.typed for c in spec.readings) \
                and not self.index.is_part(cur.types) and not own_type_after(self.index, self.lowers, cur):
            same_type = False  # "has a crime genre and a drama": a genre is had only when named so
        j = cur.end
        while j < len(self.lowers) and self.lowers[j] in self.index.type_nouns:
            j += 1
        if starts_predicate and only_coord and "," not in gap_words and role == "object" and same_type \
                and cur.kind == "attribute" and self._predicate_noun(prev) and any(
                    _participle_cue(self.lowers[j:e]) or self.lowers[j:e] == ["with"]
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
        if prev in self.like_frame and gap_words == [","]:
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
                    and not _singular_verb(self.lowers[cur.end:cur.end + 1]) \
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
                and not _singular_verb(self.lowers[cur.end:cur.end + 1]):
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
                self._check_shared(before, (cur.start, cur.end), True)
            if _too_after(self.lowers, cur.end):
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
                if self.last_rating is not None and (_too_after(self.lowers, cur.end)
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
                if self.outer is not None:  # "Y influenced X, a rock band, as was Z": Y's clause
                    self.spec, self.as_objects = self.outer
                    self.outer = None
                else:
                    self.as_objects = [r for r in group if not r.user]
            spec = self.spec
            for o in self.as_objects:
                self._repeat([cur], o, spec)
            if role != "as":
                facts, subj = self._clause_facts()
                self._repeat_all(facts, subj, cur, (cur.start, cur.end))  # the whole predicate
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
                and pre_y[-3] in _YEARS_APART and (pre_y[:-3] == [] or [w for w in pre_y[:-3] if w != "in"] in _SAME_YEAR_LEADS) \
                and self.year_said is None and prev.kind == "item" and not prev.user and not prev.pronoun \
                and cur.kind == "item" and not cur.user and not cur.pronoun and (
                    pre_y[:-3] or (self.spec is not None and prev in self.group and self.role == "object")):
            # "Jaws came out two years after X", "Gus Van Sant directed Psycho a year after Good
            # Will Hunting": the items' own years that far apart
            n = _YEARS_APART[pre_y[-3]] * (1 if pre_y[-1] == "after" else -1)
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
                    and not cur.user and not cur.pronoun and prev.kind == cur.kind and self.spec is None:
                # "Try Aliens, which, like Alien, is a horror film": the relative's predicate is
                # said of the antecedent and of the compared name
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
            if len(pre) >= 2 and pre[-1] in ("which", "whom") and pre[-2] in _PREPOSITIONS \
                    and not (pre[-2] == "of" and pre[-3:-2] in (["both"], ["all"], ["each"], ["one"], ["some"], ["none"])):
                # (not "A and B, both of which you loved": a quantifier, no preposition of the verb)
                self.relative_prep[id(cur)] = pre[-2]  # "Y, in which X stars": "X stars in Y"
                k = max(k for k in range(a, b) if self.lowers[k] in ("which", "whom"))
                self._mark(k - 1, k)
            if (described and self.spec is not None and self.spec.sharing) or "another" in pre:
                self.sharing_relative.add(id(cur))  # "another thriller/film that X directed"
            if described and len(described) > 1:  # "A and B are thrillers that X directed"
                self.relative_group[id(cur)] = described
            elif not described and len(group) > 1 and (_plural_relative(pre) or (pre and pre[-1] in RELATIVES)) \
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
    def _repeat(self, subjs: list[Ref], obj: Ref, spec: _Spec) -> None:
        """The last predicate again, with every verb of its chain ("wrote and directed A and
        B": B was written and directed too)."""
        self._claim(subjs, obj, spec.readings, spec.negated, spec.shared, spec.span)
        for s1, e1, w1 in spec.chained:
            self._claim(subjs, obj, w1, spec.negated, spec.shared, (s1, e1))

    def _own_type_noun(self, x: int) -> bool:
        """Whether token ``x`` is the type noun of the name right after it, after "the" / "a" or
        opening the sentence ("the company 20th Century Fox", "the novel Castle")."""
        kind = self.index.attribute_type_nouns.get(self.lowers[x])
        return kind is not None and (x == self.sent.start or self.lowers[x - 1] in ("the", "a", "an")) \
            and any(r.start == x + 1 and not r.pronoun and not r.user and kind in r.types for r in self.sent.refs)

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

    def _gapped_preposition(self, prev: Ref, cur: Ref, a: int, b: int) -> bool:
        """"A performs at X, and B at Y": a clause without its verb whose object comes after the
        verb's preposition again, read as :meth:`_gapped_latter` reads "and B Y"."""
        said = [w for w in self.lowers[a:b] if w not in DETERMINERS]  # (read as a place too: "B at Y")
        spec = self.spec
        # "Hans Meyer made the first ascent of Kilimanjaro, and Matthias Zurbriggen did the same on
        # Aconcagua": "did the same" stands for the verb, with or without a preposition of its own
        same = self.lowers[a:a + 3] in (["did", "the", "same"], ["does", "the", "same"]) and len(said) <= 3 \
            and all(w in _PREPOSITIONS or w in _MORE_PREPOSITIONS for w in said[2:])
        kept = same or (bool(said) and len(said) <= 2 and all(w in _PREPOSITIONS or w in _MORE_PREPOSITIONS for w in said))
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
        if not set(said.types) & set(cur.types):
            return False  # ("..., the MCG the 2015 final": a name of the first object's type; "the
            # former is a chypre, the latter a lemon": a kind, not a note, red team 121)
        said_as = {t.relation for sp, t in self.claimed if sp == spec.span}
        readings = frozenset(c for c in spec.readings if not said_as or c.relation in said_as)
        # (the relation the first clause was read with: "Daisy Cutter is brewed in Chicago, and
        # Heady Topper in Waterbury" is "is brewed in", never "was first brewed in", red team 122)
        self._claim([prev], cur, readings, False, False, (prev.start, prev.end))
        self.attached.update({id(prev), id(cur)})
        self.gapped = cur
        return True

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
                    ok, status, triple = judge.relation(s, obj, what, negated, shared, self.others, every)
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

    def _note_sharing(self, a: int, b: int) -> None:
        """Record that the sharing words of tokens [a, b) were checked ("..., too." as well)."""
        if b < len(self.lowers) and self.lowers[b - 1] == "," and self.lowers[b] == "too":
            b += 1
        for k in range(a, b):
            if self.lowers[k] in _SHARING or self.lowers[k:k + 2] == ["as", "well"]:
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
            if w == "also" and (k == self.sent.start or ws[k - 1] in SEPARATORS or _also_named(ws, k)):
                continue  # "Also, ...": a connective; "also known as": another name
            self.sink(k, k + 1, "unverified", False, "nothing_shared", None, ())

    def _co_partners(self) -> None:
        """ "Michael Mann co-wrote Heat": for each fact a "co-" cue stated (in any clause, list,
        relative clause or ellipsis), someone else stands in that relation too."""
        for span, t in self.claimed:
            co = any(self.lowers[k:k + 2] == ["co", "-"] for k in range(span[0], span[1]))
            if co and not self._has_partner(t):  # (also "was co-created by")
                self.sink(span[0], span[1], "unverified", False, "nothing_shared", t, (t.head, t.tail))

    def _released_at(self, j: int) -> bool:
        """Whether token ``j`` is a verb of the item's own making or first showing ("released",
        "premiered", "first aired")."""
        w = self.lowers[j]
        if w in self.index.year_verbs:
            return True  # (a verb that dates the graph's items: the checker keeps each to its own)
        if w in _SHOWING and not self.index.shows_works:
            return False  # "Cologne Cathedral first aired in 1248": a graph of no shown works
        if w in ("formed", "founded", "established") and not self.index.founded_items \
                and not ({"found", "establish"} & verb_lemmas(w) & self.index.said_verbs):
            return False  # a band or a restaurant is formed or founded; a film is not (a graph whose
            # relations say "founded by" dates what they found: see _made_here)
        if w == "established":
            return True  # "Yellowstone was established in 1872" (what comes from a place is founded)
        if w in _DEBUTED and w != "launched" and self.index.founded_items and not self.index.shows_works:
            return False  # and its year is when it formed, not when it debuted (a launch is a start;
            # on a graph with shown works too, each item's kind decides: see _dated_kind)
        if w in _BUILT_VERBS and not self.index.venue_items:
            return False  # "Heat was built in 1995", "Mona Lisa opened in 1503": no film or painting
        if w in _RELEASE_PARTICIPLES | {"came", "comes", "come"} and self.index.venue_items \
                and self.index.item_types <= self.index.venue_types:
            return False  # "Tower Bridge was released in 1894": a bridge opens
        if self.index.people_items:  # a person's year is the birth ("Marie Curie, born in 1867"),
            return w in ("born", "is", "was", "are", "were")  # on a graph of people (no person is released)
        if w == "born":
            return False
        if self._made_by_verb(w):
            return True  # "was painted in 1642": the making its year dates
        if j > 0 and self.lowers[j - 1] in ("first", "originally") and w not in _FIRST_ANY \
                and w not in self.index.first_verbs and not verb_lemmas(w) & self.index.said_verbs \
                and not (w in _PERFORMED_FIRST and self.index.said_verbs & _PERFORMING) \
                and w not in _RELEASE_PARTICIPLES:
            return False  # "K2 was first brewed / composed / staged in 1954": a first act no relation
            # of the graph says (red teams 127, 128); a release, a first showing or an opening has
            # its own guards (a premiere's graph may say it "was first performed"; "published"
            # needs a graph of published kinds, see _PUBLISHED_KINDS in the year reading)
        return w in _RELEASED or w in _DEBUTED or (
            w in _FIRST_VERBS and j > 0 and self.lowers[j - 1] in ("first", "originally")) or (
            w in self.index.first_verbs and j > 0 and self.lowers[j - 1] == "first")  # "first flew in 1952"

    def _own_subject(self, r: Ref, pick: Ref) -> bool:
        """Whether ``pick`` is the subject of the clause ``r`` ends: the name right before a verb
        (a cue) that ends at ``r`` ("Scorsese directed the latter")."""
        return pick.end <= r.start and any(
            all(w in AUXILIARIES or w in ADVERBS for w in self.lowers[pick.end:s]) and not isinstance(found, str)
            for s in range(pick.end, r.start) for e, found in self.cue_at.get(s, ()) if e == r.start)

    def _dated_kind(self, verb: str, item: Ref) -> bool:
        """Whether an item of ``item``'s kind has the year a verb of :meth:`_released_at` says:
        a first showing only of a work that is shown ("Cologne Cathedral first aired in 1248",
        "Hollow Knight first aired in 2017" on a graph that also has series); a release, a
        publication or a coming out only of a work or a product (``RELEASED_KINDS``; no band, bank
        or river: "Radiohead was released in 1985"); no debut of an organization, nor of what the
        graph says comes from a place, unless it is a work. An item of no known type word is left
        to the graph's kinds (see :meth:`_released_at`)."""
        words = type_word_set(item.types)
        if verb in ("flew", "flown"):
            return bool(words & _FLYING_TYPES)  # ("The Matterhorn first flew in 1865": red team 127)
        if verb == "sailed":  # ("RMS Titanic first sailed in 1912"; no castle, nor a "carrier pigeon")
            return any((t.lower().replace("_", " ").split() or [""])[-1] in _SAILING_TYPES for t in item.types)
        if verb == "held":  # (only what the graph says is held somewhere: no castle is "first held")
            return bool(set(item.types) & self.index.held_types)
        if not self._made_here(verb, item, words):
            return False
        if item.kind != "item" or not words:
            return True
        shown = bool(words & SHOWN_KINDS)
        if verb in _DEBUTED and verb != "launched" and not words & WORK_TYPES and (words & FOUNDED_KINDS or any(
                self.index.tail_count(i, c.relation) for i in item.ids for c in self.index.origin)):
            return False  # (a band, or what comes from a place, formed: it did not debut)
        if verb in _SHOWING:
            return shown
        if verb in _RELEASE_PARTICIPLES and verb != "premiered" or verb in ("came", "comes", "debuted", "launched"):
            # only a work or a product is released, published or comes out (not a cathedral, a
            # bank, a person, a river or a pizza: "Cologne Cathedral was released in 1248"); a
            # staged work premieres ("Swan Lake was released in 1877": no)
            if words & STAGED_KINDS and not words & RELEASED_KINDS and verb != "debuted":
                return False  # (a musical debuts: "arrived in 2010")
            return shown or bool(words & (WORK_TYPES | RELEASED_KINDS)) or verb == "launched"
        return True

    def _made_here(self, verb: str, item: Ref, words: set[str]) -> bool:
        """Whether a verb of building, founding or making can date an item of this kind, on a
        graph that holds other kinds too (red teams 130, 131): a place or a structure opens and
        is built, not a painting or a show; what runs for years (a series, an aired show, a
        festival, a company) is not "completed" in its first year (a painting is); an
        organization, a publication or an event is founded, or what the graph says someone
        founded; only a printed work is "published"; a relation's verb of making ("painted")
        dates only what the graph says was made so."""
        index = self.index
        if verb in ("published", "issued") and (not words & _PUBLISHED_KINDS or words & _SCREEN_KINDS) \
                and not self._made_edge({c.relation for c in index.cues.get((verb, "by"), ())}, item):
            return False  # ("Friends was published in 1994" on a graph with newspapers too, red team 131)
        if any(verb in index.year_family.get(i, ()) for i in item.ids):
            return True  # (the item's own family of dating verbs: "was established in" a year entity)
        venue = bool(set(item.types) & index.venue_types)
        if verb in _BUILT_VERBS and index.venue_items and not venue:
            return False  # ("The Night Watch opened in 1642", "Guernica was built in 1937")
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
        elif verb not in _RELEASED and self._made_by_verb(verb) and not self._made_edge(relations, item):
            return False  # ("Alnwick Castle was painted in 1096")
        return True

    def _made_edge(self, relations: set[str], item: Ref) -> bool:
        """Whether the item has an edge of one of ``relations``, either way ("Google launched
        Gmail": stored from the maker)."""
        graph = self.index.graph
        return any(rel in data for i in item.ids for rel in relations
                   for side in (graph._succ.get(i, {}), graph._pred.get(i, {})) for data in side.values())

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

    def _as_aux_after(self, gap_words: list[str], cur: Ref) -> bool:
        """ "..., (just) as Vertigo was, ...", "as Soundgarden does": the ellipsis with its verb
        after the name (the verb, and "been", are marked read)."""
        lead = [w for w in gap_words if w not in (",", ";", "just")]
        if lead not in (["as"], ["and"], []):
            return False
        ws, k = self.lowers, cur.end
        if k >= len(ws) or ws[k] not in _ELLIPSIS_AUX:
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

    def _in_brackets_after(self, x: Ref, r: Ref) -> bool:
        """Whether ``r`` stands in brackets that open right after ``x`` ("like The Usual
        Suspects (you rated it 5 stars)": "it" is that film)."""
        ws = self.lowers
        return x.end < len(ws) and ws[x.end] == "(" and x.end < r.start and ")" not in ws[x.end:r.start]

    def _subordinate(self, x: Ref) -> bool:
        """Whether item ``x`` stands in a subordinate phrase of its clause ("who also directed
        Alien", "as was Alien", "the director of Alien") after another item of its sentence."""
        ws, k = self.lowers, x.start
        while k > 0 and ws[k - 1] not in (",", ";", ":") and ws[k - 1] not in _SENT_END_WORDS:
            k -= 1
        phrase = ws[k:x.start]
        if not (any(w in RELATIVES for w in phrase) or phrase[:1] == ["as"] or "of" in phrase[-1:]):
            return False
        j = k
        while j > 0 and ws[j - 1] not in _SENT_END_WORDS:
            j -= 1
        return any(r.kind == "item" and not r.pronoun and not r.user and j <= r.start < k
                   and set(r.ids) != set(x.ids) for r in self.all_refs)

    def _later_act(self, span: tuple[int, int]) -> bool:
        """Whether the cue at ``span`` names an act that may come after the item itself: a
        translation, an illustration, a signing, a distribution. (A publisher's publication is
        the book's release, as a director's film is the film's: "published by X in 1965".)"""
        words = self.lowers[span[0]:span[1]]
        if any(w.startswith(_LATER_ACTS) or w.startswith(_EARLIER_ACTS) for w in words):
            return True  # (or before it: "Bill Butler shot Jaws in 1975" is not when it came out)
        members = {c.relation for c in self.index.membership}  # "was in Nirvana in 1987": when?
        if any(e == span[1] and not isinstance(what, str) and any(c.relation in members for c in what)
               for e, what in self.cue_at.get(span[0], ())):
            return True
        # only a verb of making, releasing, first showing or starring gives the item's year; any
        # other act ("stole", "bought", "restored", "banned", "visited X in 1503") has its own
        found = [what for e, what in self.cue_at.get(span[0], ()) if e == span[1]]
        if not found or any(isinstance(what, str) for what in found):
            return False  # (what the user did: "You loved Heat, which came out in 1995")
        if _first_showing(words) or any(w in _BRINGING_OUT and n == "out" for w, n in zip(words, words[1:])):
            return False  # "was first danced by X in 1877", "gave the first performance of", "brought out"
        verbs = [w for w in words if w not in _PHRASE_WORDS and w not in ("came", "comes", "come")  # ("came out on")
                 and w not in self.index.type_nouns]  # ("is another sandbox game": no act)
        if self.index.venue_items and any(conceiving_verb(w) for w in verbs):
            return True  # ("Norman Foster designed the Millau Viaduct in 2004": designed before it opened)
        return bool(verbs) and not any(
            making_participle(w) or w in DATING_VERBS or w in _RELEASED or w in _DEBUTED
            or w in _SHOWING or w in _STARRING or self._made_by_verb(w) or w in self.index.year_verbs
            for w in verbs)

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

    def _placed_in(self, refs: list[Ref]) -> list[Ref]:
        """ "MAXXI, a museum in Rome", "premiered at the National Theatre in London", "Casa Batlló
        in Barcelona", "created by Mike Saboe at Toppling Goliath": "in / at <place>" after a
        name says where. The place is read with the name: on an item, the item is there; on
        another name, when a claim takes that name (see :meth:`_placed_claim`). Only for a place
        of a type that some relation read "in" ends in ("is located in", "premiered in"), or,
        after "at", that a relation read "at" or "by" does ("premiered at", "is brewed by")."""
        in_types = (self.index.located_in[1] if self.index.located_in else frozenset()) | self.index.origin_types
        for prep, types in (("in", in_types), ("at", self.index.located_at[1] if self.index.located_at else None)):
            if types:  # ("by X at Stone Brewing in Escondido": the brewery's place first)
                refs = self._placed_by(refs, prep, types)
        return refs

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
            brewed_in = self._same_verb_in(r) if r.pronoun == "item" and r.kind == "item" and prep == "in" else None
            said_it = said_it or bool(brewed_in)
            if nxt is None or ws[r.end:nxt.start] not in ([prep], [prep, "the"]) or r.user \
                    or (r.pronoun and not said_it) or nxt.user or nxt.pronoun \
                    or nxt.kind != "attribute" or self.consumed[r.end] or r.lowercase and r.kind != "attribute" \
                    or not nxt.types & types or ws[nxt.end:nxt.end + 1] in (["'s"], ["of"], ["-"], ["’s"]) \
                    or r.end in inside:
                continue
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
                verb = next((ws[e - 1] for s, found in self.cue_at.items() for e, rd in found
                             if e == head.start and not isinstance(rd, str) and rd and not any(c.noun for c in rd)), None)
                only = brewed_in or (self.index.made_at if said_it else None)
                if verb is not None and prep == "at":
                    # "Y produced X at Tannery Sound": where it was made, after a verb of making
                    # only ("Driftwood Records released X at Blackbird Studio" says no such place)
                    # (not after a verb of conceiving: "wrote X at Atlantic Studios" is not where
                    # it was recorded)
                    only = self.index.made_at if making_participle(verb) and not conceiving_verb(verb) \
                        or verb in _MADE_VERBS else frozenset()
                    if verb in _PREMIERE_WORDS:  # "NYCB premiered Agon at City Center": where it premiered
                        only = frozenset(r for r, w in self.index.phrase_words.items() if w & _PREMIERE_WORDS)
                if verb is None and prep == "in" and self.index.located_in:
                    # "is brewed in Chicago by X and Two Hearted in Kalamazoo by Y": a verb left
                    # out; the place is read with the sentence's earlier verb ("is brewed in")
                    earlier = {c.relation for s_, found in self.cue_at.items() if self.sent.start <= s_ < head.start
                               for e_, rd in found if e_ <= head.start and not isinstance(rd, str) and rd
                               for c in rd if not c.noun}
                    only = self._in_of(earlier, True) or only
                if verb is not None and prep == "in" and self.index.located_in:
                    # "Goose Island brews X in Chicago", "Penfolds makes Grange in Barossa": where the
                    # verb's act is done, by the relation of the same verb read "in" ("is brewed
                    # in"), else one of making ("is made in") after a verb of making, no other
                    # place (not where it is sold, nor where it was first brewed); after another
                    # verb, where the item is
                    only = self._same_verb_in(head) or (frozenset(
                        r for r in self.index.located_in[0] if self.index.phrase_words[r] & MADE_IN
                        and not self.index.phrase_words[r] & _ONCE)
                        if _made_verb(verb) else None)  # ("Grizzly bears roam Denali in Alaska": the park's)
                listed = [x for x in refs[:i] if x.kind == "item" and head.start <= x.start < r.start and not x.pronoun]
                for x in [*listed, r]:  # ("produced A and B at X": each was made there)
                    self._locate(x, x, nxt, (x.start, nxt.end), prep, only=only)
            else:
                self.placed[id(r)] = (nxt, (r.start, nxt.end), False, prep)
            self.placed_names[id(r)] = r
        return out

    def _by_after_place(self, prev: Ref, prior: _Spec | None, what: object, s0: int, e0: int,
                        pre: list[str]) -> frozenset[Cue] | None:
        """The readings of a bare "by" after the place a claim of the same verb ends in ("is
        brewed in Chicago by Goose Island": "is brewed by"), or None."""
        if prior is None or isinstance(what, str) or isinstance(prior.readings, str) or pre \
                or self.lowers[s0:e0] != ["by"] or prev.kind != "attribute" or not prior.subjects \
                or any(w not in DETERMINERS for w in self.lowers[prior.span[1]:prev.start]) \
                or any(x.user or x.kind != "item" for x in prior.subjects):
            return None
        words = self.index.phrase_words
        verbs = set().union(*(verb_lemmas(*words.get(c.relation, ())) for c in prior.readings))
        same = frozenset(c for c in what if c.forward and c.relation not in {x.relation for x in prior.readings}
                         and verb_lemmas(*words.get(c.relation, ())) & verbs)
        return same or None

    def _same_verb_in(self, r: Ref) -> frozenset[str] | None:
        """The relations read "in" that share the verb of the claim right before ``r`` ("brews"
        it -> "is brewed in"), if any."""
        if not self.index.located_in or not r.ids:
            return None
        said = {c.relation for s, found in self.cue_at.items() for e, rd in found
                if e == r.start and s < e and not isinstance(rd, str) and rd for c in rd if not c.noun}
        return self._in_of(said, False)

    def _in_of(self, said: set[str], itself: bool) -> frozenset[str] | None:
        """The relations read "in" (not of a past first time: "was first brewed in") that share a
        verb with the relations ``said`` (and, where ``itself``, those of ``said`` read "in")."""
        if not said or not self.index.located_in:
            return None
        verbs = [verb_lemmas(*self.index.phrase_words.get(x, ())) for x in said]
        same = frozenset(rel for rel in self.index.located_in[0] if (rel not in said or itself)
                         and not self.index.phrase_words[rel] & _ONCE and (
                             (itself and rel in said) or any(verb_lemmas(*self.index.phrase_words[rel]) & v for v in verbs)))
        return same or None

    def _locate(self, item: Ref, name: Ref, place: Ref, span: tuple[int, int], prep: str,
                of_item: bool = True, only: frozenset[str] | None = None) -> None:
        """Judge "<name> in / at <place>" said of ``item``: the name is there, or (where
        ``of_item``) the item is (by a relation whose phrase ends in "in" / "at" or "by")."""
        found = self.index.located_in if prep == "in" else self.index.located_at
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
        own = self.index.place_relations | {c.relation for c in self.index.copula} | (
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
        of_item = not isinstance(what, str) and any(c.relation in own for c in what)
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
        self._locate(subject, obj, place, (min(span[0], where[0]), where[1]), prep, of_item, only=only)
        self.placed[id(obj)] = (place, where, True, prep)
        self._placed_claim(subject, place, "", span)  # "at Stone Brewing in Escondido": the brewery's

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

    def _user_shared(self, own: list[Ref], label: str, negated: bool) -> bool:
        """Whether another item of the text holds the same user claim ("another film you loved")."""
        mine = {i for r in own for i in r.ids}
        return any(self.judge.user_claim(o, label, negated)[0] for o in self.all_refs
                   if o.kind == "item" and not o.user and not o.pronoun and not set(o.ids) & mine)

    def _rating(self, item: str) -> float:
        """The user's best rating of ``item`` (-inf without one)."""
        best = float("-inf")
        for _, r, _, attrs in self.index.edges_between(self.judge.user, item):
            value = as_number(attrs.get("rating")) if r in self.index.user_relations else None
            if value is not None:
                best = max(best, value)
        return best

    def _release_with(self, before: Ref, k: int) -> bool:
        """ "Alien was released in 1979 with music by X", "Seven came out in 1995 with Brad Pitt",
        "came out in 1967 under the direction of X", "Le Male came out in 1995 from Jean Paul
        Gaultier": the item's release year, then "with" (or a cue's "under" or "from") as after a
        comma (", with music by X")."""
        lowers = self.lowers
        if before.kind != "item" or before.user or lowers[k - 1] != "in" or not (
                lowers[k + 1:k + 2] == ["with"] or (lowers[k + 1:k + 2] in (["under"], ["from"]) and k + 1 in self.cue_at)):
            return False  # (", under the direction of X": a cue)
        verb = lowers[before.end:k - 1]
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
                self.sink(k, k + 1, "number", ok, status, None, before.ids[:1])
                self._mark(k - 1, k + 2)
            elif before is not None and (not before.user or self._closes_relative(before)) and (
                    self._copula_ends_at(k) or (k == before.end + 2 and lowers[k - 2] in ("is", "was")
                                                and lowers[k - 1] in ("a", "an"))  # (no "is a" relation)
                    or (k == before.end + 2 and lowers[k - 2] == "," and lowers[k - 1] == "the"
                        and k + 1 < b and lowers[k + 1] in self.index.type_nouns and not _plural_noun(lowers[k + 1])
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
            elif before is not None and before.kind == "item" and not before.user and k >= a + 2 \
                    and lowers[k - 1] == "in" and k + 2 < b + 1 and (lowers[k + 1] == "by" or (
                        lowers[k + 1] in ("on", "at", "to") and lowers[k - 2] in _DEBUTED | _FIRST_VERBS) or (
                        lowers[k + 1] == "through" and lowers[k - 2] == "released")) \
                    and (lowers[k - 2], lowers[k + 1]) in self.index.cues and not self.consumed[k - 2]:
                # "The Silmarillion was published in 1977 by Allen & Unwin": the year is the
                # book's, as in "published by X in 1977" (not after a later act: "translated in
                # 1970 by X"); the verb's cue spans it. So for a verb of the item's first
                # showing with its own preposition ("launched in 2011 on an Atlas V", "released in
                # 1975 through Universal Studios")
                readings = self.index.cues[(lowers[k - 2], lowers[k + 1])]
                self.cue_at.setdefault(k - 2, []).append((k + 2, readings))
                owners = [before]
                if (before in self.compared or before in self.shared_with) and self.subject:
                    # "Rebecca, a thriller like Vertigo, was released in 1958 by X": both
                    owners = [r for r in self.subject if r.kind == "item" and not r.user] + [before]
                if not lowers[k - 2].startswith(_LATER_ACTS) \
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
                    and (lowers[k - 1] in ("in", "from") or _dates_back(lowers, k) is not None or (
                        (lowers[k - 1] == "released" or (lowers[k - 1] == "born" and self.index.people_items))
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
                    described = self._agent_of_items(before, k) or self._released_after_maker(before, k) \
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
                    and not self._released_at(k - 2) and _dates_back(lowers, k) is None
                # (not "X, first published in 1605", "..., which opened its doors in 2004")
                published = set(lowers[max(a, k - 4):k]) & {"published", "issued"}
                if published and not any(verb_lemmas(w) & self.index.said_verbs for w in published) \
                        and not type_word_set(self.index.item_types) & _PUBLISHED_KINDS:
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
                if (_dates_back(lowers, k) or -1) >= a:
                    lead = _dates_back(lowers, k) or lead  # "Rangers date back to 1872": the clause's claim
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
                    if lowers[lead] in ("is", "was", "dates", "date", "premiered", "debuted", "launched",
                                        "opened", "first", "originally", "formed", "began", "started",
                                        "appeared"):
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
                        and _number_word(lowers[k + 2]) is not None:
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
                    while end < b and lowers[end] in _RATING_UNITS:
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
                while j < b and lowers[j] in _RATING_UNITS:
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
            v = _number_word(ws[q])
            if v is None or v > 10:
                break
            out.insert(0, (q, v))
            if q - 1 >= a and ws[q - 1] == ",":
                q -= 2
            else:
                break
        return out

    def _said_year(self, r: Ref, value: float, k: int) -> None:
        """Judge the year ``value`` said of ``r`` at token ``k``; a name compared with it ("Like
        Rebecca, Citizen Kane came out in 1941") must have that year too, and so must a name the
        clause is later repeated for ("Vertigo is a 1958 thriller. So is Rebecca.")."""
        ok, status = self.judge.year(r, value)
        ws = self.lowers
        if ok and self.index.people_items and r.kind == "item" and not (
                ws[k - 1:k] == ["born"] or ws[max(0, k - 2):k] == ["born", "in"] or (ws[k - 1:k] == ["("] and r.end == k - 1)):
            # a person's year is the birth: "Monet painted X in 1840", "was painted in 1840" say
            # another year ("born in 1840", "Claude Monet (1840)" say it)
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

    def _compared_year(self, c: Ref) -> None:
        """The year said in this clause, judged for a name compared with or repeating it."""
        said = self.year_said or self.lead_year
        if said is None or c.kind != "item" or id(c) in self.year_judged:
            return
        value, k = said
        self.year_judged.add(id(c))
        ok, status = self.judge.year(c, value)
        self.sink(k, k + 1, "number", ok, status, None, c.ids[:1])

    def _another_year(self, r: Ref, value: float, k: int) -> None:
        """ "Vertigo, another 1958 thriller": another item of the text has that year."""
        others = [o for o in self.all_refs if o.kind == "item" and not o.user and not o.pronoun
                  and not set(o.ids) & set(r.ids)]
        if not any(self.judge.year(o, value)[0] for o in others):
            self.sink(k, k + 1, "unverified", False, "nothing_shared", None, r.ids[:1])

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
        if cue_words[:1] in (["opened"], ["opens"]):
            # "The Kessler Museum opened in Rotterdam in 1996": where it opened, and when (its one
            # place: the graph has one year per item)
            made |= {c.relation for c in spec.readings
                     if all(self.index.tail_count(i, c.relation) == 1 for r in spec.subjects for i in r.ids)}
        if any(w in _DEBUTED or (w == "opened" and self.lowers[j - 1] in ("first", "originally"))
               for j, w in enumerate(cue_words, start=spec.span[0])) or _first_showing(cue_words):
            # "Rent premiered at New York Theatre Workshop in 1996", "Swan Lake was first danced
            # by the Bolshoi Ballet in 1877": the item's year where that was its one premiere
            # (the graph has one year per item)
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

    def _closing_year(self, before: Ref, k: int) -> bool:
        """ "Jaws, starring Roy Scheider, came out in 1975": a year of making after an
        apposition or relative clause on the subject (``before`` ends it)."""
        return before.kind != "item" and not before.user and k >= 2 and (
            self.lowers[k - 1] == "in" and (
                self._released_at(k - 2) or self.lowers[k - 3:k - 1] in (["came", "out"], ["comes", "out"]))
            or self.lowers[k - 2:k] in (["dates", "from"], ["dated", "from"])) \
            and "," in self.lowers[before.end:k] \
            and self._closes_relative(before) \
            and not any(w.startswith(_LATER_ACTS) for w in self.lowers[self.sent.start:before.start])
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
        if ws[k - 2] not in _RELEASE_PARTICIPLES:
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
            and self.role == "object" and k >= 3 and ws[k - 1] == "in" and ws[k - 2] in _RELEASE_PARTICIPLES \
            and _noun_gap(ws[before.end:k - 2], self.index.type_nouns) and bool(spec.subjects) \
            and all(r.kind == "item" and not r.user and id(r) != id(before) for r in spec.subjects)

    def _predicate_noun_items(self, spec: _Spec) -> list[Ref]:
        """The items a predicate noun the clause's maker credit hangs on describes ("X is an RPG
        made by Y": X), else nothing."""
        nouns = [r for r in spec.subjects if r.kind != "item" and not r.user]
        return [x for r in nouns[:1] for x in self._predicate_noun(r) if x.kind == "item"] if len(nouns) == 1 else []

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
        if gap[:1] != ["and"] or not rest or not all(w in _RELEASE_WORDS or w in _RELEASED or w in self.index.year_verbs for w in rest) \
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

    def _closes_relative(self, last: Ref) -> bool:
        """Whether ``last`` ends a relative clause on the clause's subject ("Alien, which you
        loved, is ...", "Alien, which Ridley Scott directed, is ..."): the copula is the subject's."""
        antecedent = self.relative_of.get(id(last))  # "which you loved", "which X directed"
        subject = [antecedent] if antecedent is not None and antecedent.kind == "item" \
            else [r for r in self.subject or [] if not r.user] \
            or [r for r in self.described_only if r.kind == "item"][:1]  # "Jaws, starring X, ..."
        rest = self.lowers[last.end:self.sent.end]
        if not subject or last in subject or "," not in rest[:6] \
                or any(w in SEPARATORS for w in rest[:rest.index(",")]):
            return False  # ("which you loved, is", "which Ridley Scott directed, is", "which you
            # rated 3 stars, is")
        words = self.lowers[subject[-1].end:last.start]
        starts = {r.start for r in self.sent.refs if not r.pronoun}
        if words[:2] in ([",", "which"], [",", "who"], [",", "that"], [",", "where"]) and any(
                self.lowers[j] == "," and j + 1 not in starts and self.lowers[j + 1:j + 2] != ["and"]
                for j in range(subject[-1].end + 2, last.start)):
            return False  # the relative clause closed before ``last`` ("X, which you rated 4 stars,
            # shares a director with Ico, a 2001 game": Ico ends no relative clause)
        return (words[:2] in ([",", "which"], [",", "who"], [",", "that"], [",", "where"])
                or (words[:1] == [","] and len(words) > 1 and (words[1] in _APPOSED
                                                               or (participle(words[1]) and any(
                                                                   not isinstance(rd, str) for _, rd in
                                                                   self.cue_at.get(subject[-1].end + 1, ())))
                                                               or (words[1] == "also" and len(words) > 2
                                                                   and participle(words[2]) and any(
                                                                       not isinstance(rd, str) for _, rd in
                                                                       self.cue_at.get(subject[-1].end + 2, ())))
                                                               or subject[-1].end in self.describes
                                                               or subject[-1].end + 1 in self.describes
                                                               or self._possessive_apposition(subject[-1].end + 1)))) \
            and not any(w in SEPARATORS for w in words)

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

    def _leftovers(self, a: int, b: int, allowed: frozenset[str]) -> None:
        """Report the words of [a, b) that are neither consumed nor glue."""
        lowers, original, nouns = self.lowers, self.original, self.index.type_nouns
        # an item noun after "by the X" / "on the X" where X is no item ("directed by the Steven
        # Spielberg movie", "aired on the HBO series") names a work that is not there
        odd = {r.end for r in self.sent.refs if r.kind != "item" and not r.user and not r.pronoun
               and r.start >= 2 and lowers[r.start - 1] == "the"
               and lowers[r.start - 2] in ("by", "on", "of", "to", "in", "from")}

        def glue(x: int) -> bool:  # "well" only in "as well" ("You rated X well" says how)
            if self.consumed[x] or (lowers[x] in nouns and x not in odd):
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
            if self._own_type_noun(x):
                return True  # "the company 20th Century Fox": the name's own type before it (not "in the
                # town of X", which may say where the verb's subject is: red team 122)
            if lowers[x] not in allowed or (lowers[x] == "well" and (x == 0 or lowers[x - 1] != "as")):
                return False
            if lowers[x] in ("fans", "fan"):  # "for fans of X" frames; "made for fans" says who for
                return lowers[x + 1:x + 2] == ["of"]
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
                        and _plural_noun(self.lowers[s]) and self.lowers[s - 1] not in _NOUN_OWNERS \
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

    def _mark(self, a: int, b: int) -> None:
        for k in range(a, b):
            self.consumed[k] = True

    def _negated(self, a: int, b: int) -> bool:
        ws = self.lowers[a:b]
        return any(w in NEGATIONS for w in ws) or any(
            tuple(ws[k:k + len(p)]) == p for p in _NEG_PHRASES for k in range(len(ws)))

    def _shared(self, a: int, b: int) -> bool:
        return any(w in _SHARE for k, w in enumerate(self.lowers[a:b], start=a) if k not in self.year_words)

    def _frame(self, a: int, b: int) -> bool:
        return any(not self.consumed[k] and (  # (not "your five-star picks")
            w in _FRAME_TRIGGERS or (w in ("see", "watch") and k > a and self.lowers[k - 1] in _SEE_AFTER)
            or (w in ("picked", "chose", "chosen", "selected") and k > a and self.lowers[k - 1] in ("we", "'ve"))
            or (w in _HEADER_TRIGGERS and all(
                x in _FRAME_WORDS for x in self.lowers[self.sent.start:k]))
            or (w in _OPENING_TRIGGERS and (k == self.sent.start or any(
                x in (",", ";", ":", "—", "-") for x in self.lowers[a:k])) and all(
                self.consumed[j] or x in _FRAME_WORDS or x in (",", ";", ":", "—", "-")
                for j, x in enumerate(self.lowers[a:k], start=a))))  # (read words: "four stars")
            for k, w in enumerate(self.lowers[a:b], start=a))

    def _frame_words(self, a: int, b: int) -> None:
        """A suggestion ("so try", "we recommend", "you might also like"): its own words are
        read, any other word between is reported ("You gave Vertigo a perfect score, so try X",
        "try the sequel, Aliens")."""
        for k in range(a, b):
            if self.lowers[k] in _FRAME_WORDS:
                self.consumed[k] = True
        self._leftovers(a, b, GLUE)


def _share_noun(rd: "SentenceReader", a: int, b: int) -> tuple[int, int, frozenset[Cue]] | None:
    """ "share(s) a / the same / a common N" in tokens [a, b): where it is and the relation
    noun's forward readings (N's owner as subject: "director" -> directed_by)."""
    ws = rd.lowers
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
        if not all(w in AUXILIARIES or w in ADVERBS or w in NEGATIONS or w == "," or rd.consumed[j]
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
            size = 2 if any(c.noun and c.forward for c in rd.index.cues.get(tuple(ws[j:j + 2]), ())) \
                and j + 2 <= b else 1  # ("share a launch vehicle")
            found = rd.index.cues.get(tuple(ws[j:j + size]), ())
            readings = frozenset(Cue(c.relation, True) for c in found if c.noun and c.forward) \
                or frozenset(Cue(c.relation, True) for c in found if c.forward and not c.typed
                             and ws[j] not in _VERB_LIKE and not ws[j].endswith(("ed", "ing")))
            if ws[k] == "by" or ws[k + 1:k + 2] == ["by"]:
                # "by the same N" names who made it ("is by the same city" says nothing): an
                # author, or who made a part of it ("music by": "by the same composer")
                readings = frozenset(c for c in readings if c.relation in rd.index.by_relations)
            if readings:
                return k, j + (3 if common else 1) + size - 1, readings
        return None
    return None


_ELLIPSIS_AUX = frozenset({"was", "is", "were", "are", "did", "does", "do", "has", "had", "have"})
"""The auxiliaries an ellipsis repeats a predicate with ("as was X", "So did X", "X was too")."""
_MADE_THE = frozenset({"wrote", "writes", "composed", "composes", "scored", "designed", "created"})
"""Verbs that, before "the <noun> for/of X", say the one thing of X made ("the score")."""
_SHOWING = frozenset({"aired", "screened", "broadcast", "premiered", "televised", "streamed"})
"""Verbs of a first showing: they date only works that are shown (series, films, plays, podcasts)."""
_DEBUTED = frozenset({"premiered", "debuted", "launched"})
_STARRING = frozenset({"stars", "starred", "starring", "star", "features", "featured", "acted", "acts", "plays", "played"})
"""Verbs of a work's cast: "X starred in Jaws in 1975" is the film's year."""
_HAVE = frozenset({"has", "have", "had", "'ve"})
"""The forms of "have" (only the noun's own forward reading follows them: "X has director Y")."""
_NOT_BEFORE_NOUNS = _HAVE | {"does", "do", "did"}
"""Auxiliaries that do not link a subject to a role noun after them ("X has director of Y")."""
_PHRASE_WORDS = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had", "by", "in", "on", "at", "to",
                           "for", "from", "of", "with", "the", "a", "an", "also", "both", "all", "first", "originally",
                           "later", "then", "out", "up", "it", "them", "into", "as", "another", "one", "other",
                           "same", "too", "again", "its", "their", "his", "her"})
"""Words of a cue that are not its verb."""
"""Verbs of a first showing: "premiered on Netflix in 2016" gives the item's year."""
_PUBLISHED_KINDS = WORK_TYPES | frozenset({"magazine", "newspaper", "journal", "comic", "typeface", "font", "edition",
                                            "record", "ep", "album", "single", "game", "software", "app", "map",
                                            "publication", "periodical", "paper", "book", "novel", "poem", "collection",
                                            "series", "title", "issue", "zine", "anthology", "report"})
"""Kinds of item that are published or issued (not an aircraft, a peak or a wine)."""
_FIRST_ANY = frozenset({"aired", "broadcast", "issued", "opened", "released", "appeared", "shown", "screened",
                        "premiered", "debuted", "flew", "flown", "sailed"})
"""Verbs of an item's first time read after "first" on any graph (each with its own guard: a first
showing of a shown work, a release of a work or product, an opening of a venue, a flight of what
flies, a voyage of what sails); any other ("first brewed", "first composed") only where the graph's relations say it."""
_PERFORMED_FIRST = frozenset({"performed", "staged", "heard", "played", "given", "mounted", "danced", "sung"})
_PERFORMING = frozenset({"premiered", "premiere", "premieres", "debuted", "debut", "performed", "perform", "staged",
                         "stage"})
"""A graph of performed works (its relations say premieres or performances): "was first staged /
performed / sung in 1877" is the work's first performance."""
_FIRST_VERBS = frozenset({"aired", "broadcast", "issued", "opened", "released", "published",
                          "appeared", "shown", "screened", "brewed", "served", "made", "produced",
                          "performed", "staged", "taught", "offered", "built", "sold", "launched",
                          "cooked", "created", "written", "composed", "designed", "played", "flew", "flown", "sailed"})
"""Verbs that give the item's year after "first": "first aired on HBO in 1999"."""
_FLYING_TYPES = frozenset({"aircraft", "airplane", "aeroplane", "plane", "airliner", "jet", "fighter", "bomber",
                           "helicopter", "airship", "glider", "drone", "spacecraft", "rocket", "balloon"})
"""Item types that fly: only they "first flew in 1969"."""
_FRONTED_PLACE = frozenset({"in", "at"})
"""Prepositions that end a participle opening the sentence besides "by" ("Born in X, Y ...",
"Based in X, Y ...": said of the subject after the comma)."""
_SAILING_TYPES = frozenset({"ship", "liner", "vessel", "boat", "ferry", "yacht", "steamship", "steamer", "frigate",
                            "cruiser", "battleship", "schooner", "icebreaker", "tanker", "galleon",
                            "clipper", "warship", "destroyer", "submarine", "sloop", "barque", "brig", "corvette"})
"""Head nouns of item types that sail: only they "first sailed in 1912" (by the type's last word:
not a "cruiser motorcycle" or a "ship canal")."""
_FROM_THE_SAME = (["comes", "from"], ["come", "from"], ["came", "from"], ["is", "from"],
                  ["is", "by"], ["was", "by"], ["are", "by"], ["were", "by"], ["are", "from"])
_TEENS = {"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
          "fifty": 50}
"""Counts of years in words beyond :data:`WORD_NUMBERS` ("fourteen years later")."""
_APPOSED = frozenset({"starring", "featuring", "with", "directed", "written", "produced", "scored",
                      "edited", "shot", "created", "designed", "developed", "published", "by", "a",
                      "an", "the", "another", "released", "composed", "illustrated", "translated", "in",
                      "from"})
"""Words that open an apposition after the clause's subject ("Jaws, starring X, came out in
1975"): once it closes, the clause goes on with the subject."""
_STAR_NOUNS = frozenset({"pick", "picks", "read", "reads", "favourite", "favourites", "favorite",
                         "favorites", "choice", "choices", "watch", "watches", "listen", "listens",
                         "title", "titles", "rating", "ratings"})
"""Nouns of "your five-star pick X" / "one of your five-star reads"."""
_FAVOURITES = frozenset({"favourites", "favorites", "favourite", "favorite"})
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}


_HOST_GLUE = frozenset({",", "a", "an", "the", "another", "from", "in", "of", "at", "on", "within", "near", "by",
                        "about", "for"})
"""What may stand between an item and the name a relative clause follows, for the clause to be
the item's: an attributive noun phrase ("a cheese from", ", an easy trail in", "a game by")."""


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
    if not 0 <= k < len(lowers) or not _is_year(lowers[k]):
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


_PREMIERE_WORDS = frozenset({"premiered", "premiere", "premieres", "first", "debuted", "debut"})
"""Words of a relation's phrase that name a first showing ("was first danced by", "premiered at")."""
_BRINGING_OUT = frozenset({"brought", "bring", "brings", "bringing", "put", "puts", "putting"})
"""Verbs that release a work with "out" ("brought out X in 1977", "put out X")."""


def _first_showing(words: Sequence[str]) -> bool:
    """Whether a cue's words name a first showing: "first" before a participle ("was first danced
    by", "first staged at") or before a showing's noun ("gave the first performance of")."""
    return any(w == "first" and (participle(n) or n in ("performance", "performances", "staging", "production"))
               for w, n in zip(words, words[1:]))


_RELEASE_PARTICIPLES = frozenset({"released", "published", "premiered", "debuted", "issued"})
"""Participles of an item's release, which no maker, person or company, undergoes."""

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
_MADE_VERBS = frozenset({"recorded", "made", "shot", "filmed", "cut", "mixed", "built", "brewed"})
"""Verbs of making an item somewhere that are no maker's credit ("recorded it at X")."""


def _noun_gap(gap: Sequence[str], nouns: frozenset[str]) -> bool:
    """Whether the words between a name and ", released in" are a comma or kind nouns ("a
    Survivor song, released in", "a Pixar film released in")."""
    words = list(gap[:-1]) if gap[-1:] == [","] else list(gap)
    return bool(gap) and all(w in nouns for w in words)


def _dates_back(lowers: Sequence[str], k: int) -> int | None:
    """Where an idiom that dates the item with the year at token ``k`` begins: "dates / goes back
    to" ("Rangers date back to 1872"), "opened its doors in" ("X opened its doors in 2004")."""
    if k >= 3 and lowers[k - 2:k] == ["back", "to"] and lowers[k - 3] in ("date", "dates", "dated", "dating",
                                                                        "goes", "go", "went"):
        return k - 3  # ("Prague Castle goes back to 880")
    if k >= 4 and lowers[k - 3:k] in (["its", "doors", "in"], ["their", "doors", "in"]) \
            and lowers[k - 4] in ("opened", "opens", "open"):
        return k - 4
    return None


def _is_year(word: str) -> bool:
    """Whether a token is a year ("1996")."""
    return word.isdigit() and len(word) == 4


def _number_word(word: str) -> float | None:
    """The number a token says, in words or digits ("four", "4", "4.5")."""
    return float(WORD_NUMBERS[word]) if word in WORD_NUMBERS else as_number(word)


def _count_word(word: str) -> int | None:
    """A count of two or more, in words or digits ("three", "3")."""
    value = _number_word(word) if word in WORD_NUMBERS or word.isdigit() else None
    return int(value) if value is not None and value >= 2 and value == int(value) else None


def _shared_role(spec: _Spec) -> bool:
    """Whether the predicate ``spec`` said something shared ("also", "another", "reunites") or a
    role noun of "shares" / "the same" ("shares star A"): the role nouns after it in its clause
    must be another item's too."""
    return spec.sharing or (spec.shared and not isinstance(spec.readings, str)
                            and any(c.noun for c in spec.readings))  # type: ignore[attr-defined]


_LIGHT_VERBS = frozenset({"features", "featured", "featuring", "boasts", "boasting", "has", "have",
                          "had", "having", "with", "offers", "includes", "its", "their"})
"""Verbs that only carry a noun cue ending in "by": "features a score by X" says "score by X"."""
_PREPOSITIONS = frozenset({"in", "by", "of", "to", "from", "with", "on", "for", "at"})
_MORE_PREPOSITIONS = frozenset({"after", "into", "onto", "over", "across", "near", "under", "through", "as"})
"""Prepositions a gapped clause may keep besides :data:`_PREPOSITIONS` ("X is named after A, and
Y after B")."""
_VERB_LIKE = frozenset({"is", "are", "was", "were", "has", "have", "had", "stars", "plays"})


def _plural_kind(reader: "SentenceReader", k: int) -> bool:
    """Whether token ``k`` is a plural noun of the graph's item kinds ("films", "languages") with
    a relative clause or a participle after it (not "one of the films." alone)."""
    ws = reader.lowers
    if not (ws[k] in reader.index.type_nouns and ws[k].endswith("s")) or k + 1 >= len(ws):
        return False
    return ws[k + 1] in ("that", "which") or participle(ws[k + 1]) or any(
        r.start == k + 1 and not r.pronoun and not r.user for r in reader.all_refs)


def _as_was(pre: list[str]) -> bool:
    """ "..., as was Z" / "as did Z" / "as were Z and W" / "and so is Z": ellipsis of the last
    predicate."""
    ws = [w for w in pre if w not in (",", ";")]
    if ws[:2] == ["and", "so"]:
        ws = ws[1:]  # "X is a Ridley Scott film, and so is Y"
    return len(ws) == 2 and ws[0] in ("as", "so") and ws[1] in _ELLIPSIS_AUX


def _singular_verb(words: list[str]) -> bool:
    """Whether ``words`` open with a verb that takes one subject ("was", "plays"): "X was
    influenced by A and B was ...": B alone begins the new clause."""
    w = words[0] if words else ""
    return w in ("is", "was", "has", "does") or (w.isalpha() and w.endswith("s") and not w.endswith("ss")
                                                 and w not in _NOT_VERBS)


_NOT_VERBS = frozenset({"as", "his", "its", "this", "thus", "always", "perhaps"})


def _plural_relative(pre: list[str]) -> bool:
    """Whether a relative clause is said of a whole group: "both of which", "which were all",
    and any verb that is not plainly singular ("A and B, which come from X", "which came from
    X": a reader cannot tell, so it is said of both); "which comes from X" is said of B."""
    if any(w in ("both", "all", "were", "are", "have") for w in pre):
        return True
    for k, w in enumerate(pre[:-1]):
        if w in RELATIVES:
            verb = next((x for x in pre[k + 1:] if x not in ADVERBS), "")
            if verb in ("is", "was", "has", "does") or (verb.endswith("s") and not verb.endswith("ss")):
                return False
            return verb.isalpha() and verb not in NEGATIONS
    return False


def _apposition(pre: list[str], nouns: frozenset[str]) -> bool:
    """Whether the words before a cue open an apposition: ", a band (from ...)"."""
    return len(pre) >= 3 and pre[0] == "," and pre[1] in ("a", "an", "the") \
        and all(w in nouns for w in pre[2:])


def _release_words(gap: list[str], extra: frozenset[str] = frozenset()) -> bool:
    """Whether a gap from a relative clause's end to "in" / "from" says only that the item came
    out ("Jaws, which you loved, came out in 1975", "..., is from 1975"), not when the user did
    something ("Jaws, which you watched in 1975, ...")."""
    commas = [i for i, w in enumerate(gap) if w == ","]
    after = gap[commas[-1] + 1:] if commas else []
    return bool(after) and all(w in _RELEASE_WORDS or w in extra for w in after)


_RELEASE_WORDS = frozenset({"came", "comes", "out", "was", "is", "were", "are", "released", "first",
                            "originally", "published", "premiered", "debuted", "launched", "opened", "formed"})


def _participle_cue(words: list[str]) -> bool:
    """Whether a cue reads as a participle ("directed by", "signed to"), not a finite verb: a
    lone "directed" before its object is the past tense ("..., also directed Vertigo")."""
    if words[:2] == ["co", "-"]:
        words = words[2:]  # "a sitcom co-created by X"
    if words[:1] in (["first"], ["originally"]) and len(words) > 2:
        words = words[1:]  # "a stratovolcano first climbed by X"
    if len(words) == 1 and words[0].endswith("ing") and len(words[0]) > 5:
        return True  # "a comedy starring X", "a band featuring X"
    if words in (["tagged"], ["labelled"], ["labeled"]):
        return True  # "a comedy tagged pixar": a work is tagged, it tags nothing
    return len(words) > 1 and words[0] not in AUXILIARIES and (
        words[0].endswith("wn") or participle(words[0]) or words[0] == "born")


def _too_after(lowers: list[str], k: int) -> bool:
    """ "... directed by X too" / "as well" / "likewise": the predicate is shared with an item
    named before."""
    if lowers[k:k + 2] in ([",", "too"], [",", "likewise"]) and lowers[k + 2:k + 3] in ([], ["."], ["!"], [";"]):
        j = k
        while j > 0 and lowers[j - 1] not in (".", "!", "?", ";", ":"):
            j -= 1
        return "," not in lowers[j:k]  # "Alien is a horror film, too." (not "Chinatown, a thriller, too.")
    return lowers[k:k + 1] in (["too"], ["likewise"], ["similarly"]) \
        or (lowers[k:k + 2] == ["as", "well"] and lowers[k + 2:k + 3] != ["as"])  # (not "as well as")


_SHARING = frozenset({"also", "too", "another", "likewise", "similarly"})
"""Words that say the fact is shared with another item of the text ("as well" too)."""


def _sharing_word(words: list[str]) -> bool:
    """Whether ``words`` hold a word of sharing: "also", "too", "likewise", "as well", ...
    ("also known as" / "also called" name the thing again: no sharing)."""
    return any(w in _SHARING and not _also_named(words, k) for k, w in enumerate(words)) or any(
        words[k:k + 2] == ["as", "well"] and words[k + 2:k + 3] != ["as"] for k in range(len(words) - 1))


_NOUN_OWNERS = frozenset({"'s", "'", "its", "their", "his", "her", "whose", "the", "your", "my", "our"})
"""Words before a bare role noun that make it a noun ("its hosts", "X's judges"): without one, a
plural role noun between names is the verb it also spells ("Jeopardy hosts Alex Trebek")."""


def _plural_noun(word: str) -> bool:
    """Whether a role noun is plural ("writers", "alumni"; not "actress")."""
    return word.endswith("s") and not word.endswith("ss") or word in IRREGULAR_PLURALS


def _yours_after(words: list[str], k: int, b: int) -> bool:
    """Whether "of yours" follows the nouns from ``k`` ("a five-star pick of yours")."""
    while k < b and words[k] not in ("of", ",", "."):
        k += 1
    return words[k:k + 2] == ["of", "yours"]


def _also_named(words: list[str], k: int) -> bool:
    """ "also" in "also known as" / "also called": another name, not another item."""
    return words[k] == "also" and words[k + 1:k + 2] in (["known"], ["called"])


def _here_because(lowers: list[str], a: int, b: int) -> bool:
    """ "X is here because you ...": claim-free framing of the recommended item."""
    ws = lowers[a:b]
    return any(ws[k:k + 3] == ["is", "here", "because"] for k in range(len(ws)))


def _same_as(rd: "SentenceReader", a: int, b: int) -> tuple[int, int, object, tuple[frozenset[Cue], ...]] | None:
    """A "the same <noun> as" comparison in tokens [a, b): the noun cue it names, and the readings
    of the nouns listed after it ("the same director and composer as X": each is shared)."""
    ws = rd.lowers
    for k in range(a, b - 2):
        # "the same producers as X": every one of them, and more than one (see Judge.same_values);
        # not a group ("the same lineup as X")
        if ws[k] == "same" and ws[k + 1] not in COLLECTIVE:
            lead = ws[a:k]
            origin = len(lead) >= 2 and lead[-2:] in (["by", "the"], ["from", "the"]) \
                and all(w in AUXILIARIES or w in ADVERBS or w in ("comes", "come", "came", ",")
                        for w in lead[:-2])  # "comes from / is by the same director as X"
            for e, readings in rd.cue_at.get(k + 1, ()):
                every = ws[e - 1].endswith("s")  # ("the same mission types as X")
                if every and (isinstance(readings, str) or not any(c.noun for c in readings)):
                    continue
                if origin and ws[k - 2] == "by":
                    readings = frozenset(c for c in readings if c.relation in rd.index.by_relations)
                more, e = _more_nouns(rd, e, b, origin and ws[k - 2] == "by")
                if readings and e < b and ws[e] == "as" and (origin or all(
                        ws[j] in DETERMINERS | AUXILIARIES | ADVERBS | {"share", "shares", ","}
                        or ws[j] in rd.index.type_nouns or rd.consumed[j] for j in range(a, k))) \
                        and (e + 1 == b or (e + 2 == b and ws[e + 1] == "the")) and None not in more \
                        and not (every and more):
                    if every:
                        rd.all_same.add(k + 1)
                    return k + 1, e, readings, tuple(more)  # type: ignore[arg-type]
            # "X is signed to / was directed by the same label / person as Y": the verb's relation
            # (forward), and the noun's where it names one
            ne = max((e1 for e1, rd_ in rd.cue_at.get(k + 1, ()) if not isinstance(rd_, str)
                      and any(c.noun for c in rd_)), default=k + 2)  # ("the same launch vehicle")
            every = ws[ne - 1].endswith("s")  # "was produced by the same producers as Y"
            if k - 1 > a and ws[k - 1] == "the" and ne < b + 1 and ws[ne:ne + 1] == ["as"] \
                    and (ne + 1 == b or (ne + 2 == b and ws[ne + 1] == "the")):  # ("as the Hubble")
                verb = [(j, rd_) for j in range(a, k - 1) for e1, rd_ in rd.cue_at.get(j, ()) if e1 == k - 1][:1]
                if verb and all(w in AUXILIARIES or w in ADVERBS or w == ","
                                          for w in ws[a:verb[0][0]]):
                    found = verb[0][1]
                    readings = frozenset(c for c in found if c.forward and not c.typed and not c.noun) \
                        if not isinstance(found, str) else frozenset()
                    noun = [c.relation for _, rd_ in rd.cue_at.get(k + 1, ()) if not isinstance(rd_, str)
                            for c in rd_ if c.noun]
                    if noun:
                        readings = frozenset(c for c in readings if c.relation in noun)
                    elif (ws[k + 1] not in _SAME_ONE and ws[k + 1] not in rd.index.type_nouns) \
                            or ws[verb[0][0]] in ("has", "have", "had"):
                        readings = frozenset()  # ("AC Milan has the same club as Juventus": no relation)
                    if readings:
                        if every:
                            rd.all_same.add(verb[0][0])
                        return verb[0][0], ne, readings, ()
    return None


def _more_nouns(rd: "SentenceReader", e: int, b: int, by: bool) -> tuple[list[frozenset[Cue] | None], int]:
    """The relation nouns listed from ``e`` ("and composer", ", writer and composer") and where
    the list ends; ``None`` for a listed word that is no relation noun (or no maker's, after "by")."""
    ws = rd.lowers
    more: list[frozenset[Cue] | None] = []
    while e + 1 < b and (ws[e] == "and" or (ws[e] == "," and "and" in ws[e:b])):
        if ws[e + 1] in COLLECTIVE or ws[e + 1].endswith("s"):
            more.append(None)  # "the same director and stars as X": all of them, not read
            break
        nxt = [(e2, frozenset(c for c in r if c.noun and c.forward and (not by or c.relation in rd.index.by_relations)))
               for e2, r in rd.cue_at.get(e + 1, ()) if not isinstance(r, str)]
        nxt = [(e2, r) for e2, r in nxt if r]
        if not nxt:
            more.append(None)
            break
        e2, found = max(nxt, key=lambda x: x[0])
        more.append(found)
        e = e2
    return more, e


_APART_VERBS = frozenset({("came", "out"), ("were", "released"), ("released",), ("premiered",),
                          ("were", "made"), ("appeared",), ("arrived",), ("debuted",), ("were", "published")})
"""Verbs of an item's coming out before "N years apart" ("A and B came out two years apart")."""

_YEARS_APART = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, **{str(k): k for k in range(1, 100)}}
"""How many years apart "N year(s) after / before" says."""
_SAME_YEAR_LEADS = (["came", "out"], ["was", "released"], ["released"], ["is", "from"], ["was", "from"],
                    ["premiered"], ["debuted"], ["opened"], ["was", "made"], ["appeared"])
"""The verbs of an item's own coming out before "(in) the same year as Y" ("in" dropped)."""

_SAME_ONE = frozenset({"person", "people", "one", "team", "company", "studio"})
"""Nouns that name no relation of their own in "directed by the same person as X"."""
_HUMAN_NOUNS = frozenset({"person", "individual"})
"""Nouns for any person: "was directed by the same person, Hidetaka Miyazaki" (not "man" or
"woman": the graph says no one's sex)."""
_SERVED = frozenset({"served", "serves", "serve", "acted", "acts", "act", "worked", "works"})
"""Verbs that say "was" before "as" and a role noun ("served as producer on X", "worked as editor on")."""
_ONCE = frozenset({"first", "originally", "once", "formerly", "previously", "initially"})
"""Words of a relation's phrase that say a past fact ("was first brewed in"): no place said now."""


def _made_verb(verb: str) -> bool:
    """Whether ``verb`` (any tense: "makes", "brewed", "created") is a verb of making."""
    made = participle_of(verb)[1] if not verb.endswith("ed") else verb
    return any(making_participle(w) or w in _MADE_VERBS for w in (verb, made))


_COMPANY_TYPES = frozenset({"company", "studio", "label", "record label", "publisher", "brand", "manufacturer",
                            "developer", "distributor", "foundry", "brewery", "winery", "distillery", "network",
                            "channel", "organisation", "organization", "agency", "operator", "maker", "team",
                            "firm", "corporation", "producer", "broadcaster", "airline", "retailer"})
"""Types whose entities a writer calls a company ("the same company as X")."""


def _dated_end(ws: list[str], k: int, end: int) -> bool:
    """Whether a year in parentheses at ``k`` ends the sentence ("six years after Terminator 2 (1991).")."""
    return paren_year(ws, k) and (k + 3 >= end or ws[k + 3] in (".", ";", "!", "?"))
