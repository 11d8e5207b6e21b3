"""The closed-world consistency checker: a text passes only if every assertion in it is understood
and true.

:class:`ConsistencyChecker` tokenizes a text (blank spaCy English, no model), finds its mentions
(:mod:`~kgexplain.consistency.mentions`), splits it into sentences and reads each with the closed
grammar of :mod:`~kgexplain.consistency.parse`. Every claim comes back as a
:class:`~kgexplain.records.Claim` with its character span, status and backing triple; the
:class:`~kgexplain.records.Verdict` is supported only when every claim is. Words that bind no
known relation, reversed roles, negated facts, evaluative language, numbers on the wrong entity,
false claims about the user and names the evidence does not contain all make a text unsupported.
A rejected claim is data, never an exception. The checker never sees the verbalizer: relation
phrases reach it from the graph's registry.

>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples(
...     [("user:1", "rated", "movie:1", {"rating": 5.0}),
...      ("movie:1", "directed_by", "person:lasseter"),
...      ("movie:2", "directed_by", "person:lasseter")],
...     entities=[kgx.Entity("user:1", kind="user"),
...               kgx.Entity("movie:1", kind="item", label="Toy Story"),
...               kgx.Entity("movie:2", kind="item", label="A Bug's Life"),
...               kgx.Entity("person:lasseter", label="John Lasseter")],
...     relations=[kgx.Relation("rated", phrase="rated"),
...                kgx.Relation("directed_by", phrase="is directed by", inverse_phrase="directed")])
>>> evidence = [("user:1", "rated", "movie:1"), ("movie:1", "directed_by", "person:lasseter"),
...             ("movie:2", "directed_by", "person:lasseter")]
>>> checker = kgx.ConsistencyChecker(kg)
>>> checker.check("You loved Toy Story, which is directed by John Lasseter; "
...               "A Bug's Life is directed by him too.", evidence, user="user:1").supported
True
>>> v = checker.check("John Lasseter is directed by Toy Story.", evidence, user="user:1")
>>> v.supported, [(c.text, c.status) for c in v.rejected]
(False, [('John Lasseter is directed by Toy Story', 'wrong_direction')])
>>> v = checker.check("Toy Story headlines John Lasseter.", evidence, user="user:1")
>>> [(c.text, c.status) for c in v.rejected]
[('Toy Story', 'unattached_mention'), ('headlines', 'unknown_words'), ('John Lasseter', 'unattached_mention')]
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import re
from typing import TYPE_CHECKING, AbstractSet, Any, Iterable, Sequence

from kgexplain.consistency._text import fold, nlp, span_around
from kgexplain.consistency.index import GraphIndex, index_for, launched_good
from kgexplain.consistency.constructions import (
    distributive_each,
    kind_from_places,
    made_possessive,
    bears_names,
    option_frames,
    language_adjectives,
    passive_parts,
    sea_levels,
    in_common,
    year_gap_clauses,
    appositions,
    article_lists,
    connected_pairs,
    by_authors,
    fronted_crafts,
    in_its_name,
    modifiers,
    one_of_kinds,
    split_phrases,
    type_phrases,
    players,
    made_its,
    noun_relatives,
    whose_parts,
    lead_roles,
    one_of_groups,
    own_kind_relatives,
    place_of_names,
    there_is_frames,
    where_frames,
    there_places,
    cast_lines,
    counted_lists,
    role_nouns,
    past_role_nouns,
    between_pairs,
    where_clauses,
    name_before_noun,
    shown_on,
    typed_copulas,
    shared_auxiliaries,
    past_reduced_relatives,
    shared_having,
    found_at_frames,
    nationalities,
    at_once_copulas,
    brought_to_screens,
    find_frames,
    place_pairs,
    counted_agents,
    dated_releases,
    people_from,
    premodified_parts,
    genre_touches,
    question_frames,
    in_the_kind,
    type_words,
    counted_copulas,
    hyphen_pairs,
    chained_prepositions,
    present_led,
    gapped_by,
    gapped_copulas,
    shared_in,
    by_agent_nouns,
    part_of_item,
    seat_of_names,
    the_before,
)
from kgexplain.consistency.lexicon import BARE_COPULAS, NOW_ADVERBS, REFLEXIVES, SEPARATORS
from kgexplain.consistency.mentions import Ref, find_mentions, vocatives
from kgexplain.consistency.judge import Judge
from kgexplain.consistency.parse import Sentence, SentenceReader, attribute_year_stated, entity_year_stated, striking_year_stated
from kgexplain.errors import ConfigError, UnknownEntityError
from kgexplain.records import Claim, Triple, Verdict

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from kgexplain.graph import KnowledgeGraph

logger = logging.getLogger(__name__)

__all__ = ["ConsistencyChecker", "STATUSES", "MAX_TEXT_CHARS"]

MAX_TEXT_CHARS = 20_000
"""Longer texts are rejected without being read (an explanation is a sentence or two)."""

STATUSES: dict[str, str] = {
    "supported": "the graph backs the claim",
    "not_in_evidence": "true in the graph, but not part of the evidence the text was written from",
    "not_in_graph": "asserts a relation between two entities that the graph does not store",
    "wrong_relation": "the entities are linked, but by another relation than the words say",
    "wrong_direction": "the relation holds the other way round (roles reversed)",
    "negated_fact": "denies a fact the graph stores",
    "unverified_negation": "denies something the graph cannot prove false",
    "nothing_shared": "says an entity is shared, but no other item named has it",
    "not_rated": "claims the user interacted with an item they never rated or used",
    "low_rating": "claims the user liked an item they rated below the threshold",
    "high_rating": "claims the user disliked an item they rated at or above the threshold",
    "no_rating": "claims the user liked an item, but the interaction carries no rating",
    "interacted": "claims the user has not seen an item they did interact with",
    "unknown_user": "makes a claim about 'you' but no user was given to check it against",
    "sensitive": "verbalizes a relation flagged sensitive in the registry",
    "wrong_value": "a number that differs from the attribute of the entity it describes",
    "unverified_number": "a number the checker cannot tie to an attribute of the entity",
    "unknown_words": "words that bind no known relation and are not glue",
    "evaluative": "evaluative or unbackable language ('acclaimed', 'the best ...')",
    "unattached_mention": "a name the sentence says nothing checkable about",
    "unresolved_reference": "a reference ('it', 'the latter') with nothing to refer to",
    "adjacent_names": "two names side by side with no words saying how they relate",
    "plural_name": "one name said of several items ('both Psycho films'): no single entity",
    "modal": "a claim in a modal or future clause ('will star', 'might be'): the graph cannot prove it",
    "possessive_pronoun": "'his Titanic', 'your Dune': whose item it is, is not checked",
    "incomplete_list": "'the members of X are A and B' or 'the writer of X is Y' leaves out ones the graph has",
    "no_subject": "a relation phrase with no subject it can belong to",
    "too_long": f"the text is longer than {MAX_TEXT_CHARS} characters",
    "empty": "the text is empty",
}
"""Every claim status the checker emits, with its meaning."""

_SENT_END = frozenset({".", "!", "?", "...", "…"})
_CONTRACTED = frozenset({"it", "he", "she", "that", "there", "who", "which"})
"""Words after which "'s" is "is" ("it's", "he's"), not a possessive."""


class ConsistencyChecker:
    """Checks that every assertion of an explanation text is understood and backed by the graph.

    Args:
        kg: the graph to check against. Its matchers are built on first use and cached per graph
            (and rebuilt if the graph changes).
        rating_threshold: the lowest rating that makes "you loved X" true.
        outside_evidence: accept a claim that is true in the graph but not among the evidence
            triples the text was written from (default ``False``: an explanation talks about its
            own evidence only).
        require_mention: a text that names no entity of the evidence explains nothing.
        batch_size: texts per ``nlp.pipe`` batch in :meth:`check_many`.

    Example: see the module docstring.
    """

    def __init__(
        self,
        kg: KnowledgeGraph,
        rating_threshold: float = 4.0,
        *,
        outside_evidence: bool = False,
        require_mention: bool = True,
        batch_size: int = 256,
    ) -> None:
        if not hasattr(kg, "graph") or not hasattr(kg, "relations"):
            raise ConfigError(
                f"ConsistencyChecker needs a kgexplain.KnowledgeGraph, got {type(kg).__name__}; "
                "build one with KnowledgeGraph.from_triples(...) or KnowledgeGraph.load(path)"
            )
        try:
            threshold = float(rating_threshold)
        except (TypeError, ValueError):
            threshold = float("nan")
        if threshold != threshold or threshold in (float("inf"), float("-inf")):
            raise ConfigError(f"rating_threshold must be a finite number such as 4.0, got {rating_threshold!r}")
        self.kg = kg
        self.rating_threshold = threshold
        self.outside_evidence = bool(outside_evidence)
        self.require_mention = bool(require_mention)
        self.batch_size = max(1, int(batch_size))

    def __repr__(self) -> str:
        return f"ConsistencyChecker({self.kg!r}, rating_threshold={self.rating_threshold})"

    def build(self) -> "ConsistencyChecker":
        """Build (or fetch from cache) the graph's matchers now rather than on the first check."""
        index_for(self.kg)
        return self

    def check(self, text: str, evidence: Iterable[Any], user: str | None = None) -> Verdict:
        """Judge one text against the graph.

        Args:
            text: the explanation.
            evidence: the triples (entity ids) the text may talk about: the path hops and the
                retrieved facts. :class:`~kgexplain.records.Triple` or ``(head, relation, tail)``.
            user: the id of the user "you" refers to.

        Returns:
            A :class:`~kgexplain.records.Verdict`; ``supported`` only if every claim is backed.
        """
        if not isinstance(text, str):
            raise ConfigError(f"text must be a str, got {type(text).__name__}")
        if user is not None and user not in index_for(self.kg).info:
            raise UnknownEntityError(str(user)[:80], hint="the `user` passed to the checker is not in the graph")
        return self.check_many([(text, evidence, user)])[0]

    def check_many(self, items: Sequence[tuple[str, Iterable[Any], str | None]]) -> list[Verdict]:
        """Judge many ``(text, evidence, user)`` items; texts are tokenized in batches."""
        index = index_for(self.kg)
        prepared = []
        out: list[Verdict | None] = [None] * len(items)
        for n, item in enumerate(items):
            try:
                text, evidence, user = item
            except (TypeError, ValueError):
                raise ConfigError(
                    f"check_many item {n} must be a (text, evidence, user) tuple, got {type(item).__name__}"
                ) from None
            ev = _as_triples(evidence, n)
            prepared.append((text, ev, user))
            # a bad item is judged, not raised: one bad row never fails its batch
            if not isinstance(text, str):
                out[n] = Verdict(False, (), (), f"bad_input: text must be a str, got {type(text).__name__}")
            elif user is not None and user not in index.info:
                out[n] = Verdict(False, (), ev, f"unknown_user: {str(user)[:80]!r} is not in the graph")
        todo = []
        for k, (text, ev, user) in enumerate(prepared):
            if out[k] is not None:
                continue
            if not text.strip():
                out[k] = Verdict(False, (), ev, "empty: the text is empty")
            elif len(text) > MAX_TEXT_CHARS:
                out[k] = Verdict(False, (), ev, f"too_long: {len(text)} characters")
            else:
                todo.append(k)
        docs = nlp().pipe((_clean(fold(prepared[k][0]), index.naming_nouns) for k in todo),
                          batch_size=self.batch_size)
        for k, doc in zip(todo, docs):
            text, ev, user = prepared[k]
            out[k] = self._judge(index, doc, text, ev, user)
        return out  # type: ignore[return-value]

    # ------------------------------------------------------------------------------ internals
    def _judge(self, index: GraphIndex, doc: Doc, original: str, evidence: tuple[Triple, ...],
               user: str | None) -> Verdict:
        text = doc.text
        ev_entities = {t.head for t in evidence} | {t.tail for t in evidence}
        if user is not None:
            ev_entities.add(user)
        lowers: list[str] = []
        words: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        where = None
        if len(text) != len(original):  # quotes or emphasis marks were dropped
            text = _blank_controls(fold(original))
            where = _offsets(text, index.naming_nouns)
        for t in doc:  # one pass: each Token object is created once
            w = t.text
            lowers.append(t.lower_)
            words.append(w)
            if where is None:
                starts.append(t.idx)
                ends.append(t.idx + len(w))
            else:  # quotes or emphasis marks were dropped: positions in the original
                starts.append(where[t.idx])
                ends.append(where[t.idx + len(w) - 1] + 1)
        n = len(lowers)

        cue_at = _matches(index.cue_matcher, index.cues, doc, lowers)
        _sexed_makers(index, lowers, cue_at)  # "Rudolf Diesel is the man behind the diesel engine"
        _inner_adverbs(index, lowers, cue_at)  # "is operated jointly by", "is currently run by"
        dated_releases(index, lowers, cue_at)  # "a 1995 release": a 1995 film
        fronted_crafts(index, lowers, cue_at)  # "On Heat, ... X handled the cinematography."
        describes: set[int] = set()  # cue positions said of the name right before them
        appositions(index, lowers, cue_at, describes)
        year_gap_clauses(lowers)  # "four years before he made Y": a clause of its own
        user_at = _matches(index.user_matcher, index.user_cues, doc, lowers)
        cue_spans = [(s, e) for found in (cue_at, user_at) for s, ends_ in found.items() for e, _ in ends_]
        type_phrases(index, lowers, words)  # "a roller coaster": the type's own noun
        refs = find_mentions(index, lowers, words, text, starts, ends, ev_entities, cue_spans, doc,
                             self.outside_evidence, user, original=original if len(original) == len(text) else None)
        refs, spoken_to = vocatives(lowers, refs)  # "Ben, you gave Kotlin five stars"
        refs = language_adjectives(index, lowers, refs)  # "a German-language play"
        one_of_kinds(index, lowers, refs)  # "is one of the roller coasters at X": "is a roller coaster"
        _inner_adverbs(index, lowers, cue_at, refs)  # "is operated jointly by A and B"
        article_lists(index, lowers, refs, cue_at, describes)  # "has a pagoda, a palm house and a dome"
        one_of_groups(index, lowers, words, refs, cue_at, describes)  # "is one of the World Marathon Majors"
        for r in refs:
            if r.trailing_period:
                ends[r.end - 1] -= 1  # the claim's span stops before the sentence's period
        # cues inside a mention are part of a name ("The Man Who Knew Too Much")
        inside = [False] * n
        for r in refs:
            if not r.pronoun and not r.user:
                for k in range(r.start, r.end):
                    inside[k] = True
        cue_at = {s: [(e, x) for e, x in v if not any(inside[s:e])] for s, v in cue_at.items()}
        items = sorted((r for r in refs if r.kind == "item" and not r.pronoun and not r.user), key=lambda r: r.start)
        renamed = [(x, y) for x, y in zip(items, items[1:]) if _said_to_be_one(lowers, x, y)]
        for k in [k for k in describes if lowers[k] == "the"]:
            # "A, the B and the C are all ...": the kind noun ends an item's name ("the London
            # Philharmonic Orchestra"), which no apposition renames: a list, not "A is a B". Still
            # an apposition: a kind noun after B, or ", the B," closed by a comma before a verb
            # ("Ely Cathedral, the Durham Cathedral, is ..." says they are one, red team 139)
            named = next((r for r in refs if r.start == k + 1 and r.kind == "item" and not r.pronoun), None)
            if named is not None and not (named.end < n and lowers[named.end] in index.type_nouns) \
                    and not _comma_closes(lowers, named.end, ("and", "the")):
                cue_at.pop(k, None)
                describes.discard(k)
        _contractions(index, lowers, inside, cue_at)
        refs = distributive_each(lowers, refs)  # "A and B each depict nudes"
        common_glue = in_common(lowers, refs, cue_at)  # "have a perfumer in common": "share a perfumer"
        shared_in(index, lowers, refs, cue_at)  # "share a director in Ridley Scott"
        by_agent_nouns(lowers, refs, cue_at)  # "cut by editor X"
        shown_on(index, lowers, refs, cue_at)  # (before the copulas: "a drama on HBO" ends a noun)
        touches = genre_touches(lowers, refs)  # "a thriller with a comic streak"
        counted_copulas(index, lowers, refs, cue_at)  # "A and B are two thrillers"
        place_pairs(index, lowers, refs, cue_at, describes)  # "in Athens, Greece"
        place_of_names(index, lowers, refs, cue_at)  # "in the city of Amritsar"
        frame_glue, refs = find_frames(index, lowers, refs, cue_at)  # "You'll find X in Y."
        found_glue, refs = found_at_frames(index, lowers, refs, cue_at)  # "Y is where you'll find X."
        frame_glue |= found_glue
        frame_glue |= there_is_frames(index, lowers, refs, cue_at)  # "There is a pagoda at Kew."
        frame_glue |= where_frames(index, lowers, refs, cue_at)  # "Fribourg is where Gruyère is produced."
        split_glue, refs = split_phrases(index, lowers, refs, cue_at)  # "counted X among its members"
        frame_glue |= split_glue
        connected_pairs(index, lowers, refs, cue_at)  # "links the North Sea with the Baltic Sea"
        frame_glue |= own_kind_relatives(index, lowers, refs, cue_at)  # "X is a mathematician who proved Y"
        frame_glue |= brought_to_screens(index, lowers, refs, cue_at)  # "X brought Y to cinemas"
        frame_glue |= at_once_copulas(index, lowers, cue_at)  # "is at once a comedy and a drama"
        kind_from_places(index, lowers, refs, cue_at)  # "X was a tenor from Modena"
        nationality_glue = nationalities(index, lowers, refs, cue_at, describes)  # "Lino Lacedelli is Italian"
        typed_copulas(index, lowers, refs, cue_at)
        named_noun_glue = name_before_noun(index, lowers, refs, cue_at)  # "X is a Princeton alumnus"
        complete: set[int] = set()  # cue positions whose object list must be complete
        glued = touches | role_nouns(index, lowers, refs, cue_at, describes, complete) | _adverbs(index, lowers, refs, cue_at) \
            | past_role_nouns(index, lowers, refs, cue_at, describes, complete) \
            | _now_words(index, lowers, cue_at)
        glued |= common_glue | nationality_glue | frame_glue | counted_agents(lowers, refs, cue_at, complete)  # "by two people, A and B"
        glued |= spoken_to | named_noun_glue | passive_parts(index, lowers, refs, cue_at)  # "its premiere was directed by"
        glued |= sea_levels(index, lowers, refs, cue_at)  # "X is 84 metres above sea level"
        glued |= in_its_name(index, lowers, refs, cue_at)  # "honours X in its name"
        glued |= made_possessive(index, lowers, refs, cue_at)  # "X wrote Casablanca's score"
        glued |= option_frames(lowers, refs)  # "A and B are two options: ..."
        name_glue, refs = bears_names(index, lowers, refs, cue_at)  # "it bears his name"
        glued |= name_glue
        made_glue, refs, conjoined = made_its(index, lowers, refs, cue_at, complete)  # "X composed its score"
        glued |= made_glue
        for k in where_clauses(index, lowers, refs, cue_at, complete):
            lowers[k] = "which"  # read as the relative pronoun it stands for
            cue_at.pop(k, None)  # (not a cue of its own: "is where" of a place, read "where")
        glued |= noun_relatives(index, lowers, refs, cue_at)  # "X, a film Y directed"
        whose_glue, refs = whose_parts(index, lowers, refs, cue_at, complete)  # "X, whose music Y composed"
        glued |= whose_glue
        part_glue, refs = part_of_item(index, lowers, refs, cue_at)  # "The music for X was composed by Y"
        glued |= part_glue | seat_of_names(index, lowers, refs, cue_at)  # "The headquarters of X are in Y"
        refs = cast_lines(index, lowers, refs, cue_at)  # "X and Y star."
        refs = there_places(index, lowers, refs, cue_at)  # "B premiered there too"
        glued |= counted_lists(index, lowers, refs)  # "A and B, two films by X"
        lead_glue, leads = lead_roles(index, lowers, refs, cue_at)  # "with Sigourney Weaver in the lead"
        glued |= lead_glue
        glued |= type_words(index, lowers, refs)  # "an SUV body"
        glued |= premodified_parts(index, lowers, refs, cue_at)  # "with a John Williams score"
        glued |= in_the_kind(index, lowers, refs, cue_at)  # "a museum in the Deconstructivism style"
        hyphen_pairs(index, lowers, refs)  # "a comedy-drama"
        present_led(index, lowers, cue_at)  # "The Fram expedition is led by X": no past
        shared_auxiliaries(index, lowers, cue_at)  # "was built by X and operated by Y"
        past_reduced_relatives(index, lowers, cue_at)  # "was a clipper commanded by X"
        shared_having(index, lowers, cue_at)  # "has a length of X and a width of Y"
        chained_prepositions(index, lowers, refs, cue_at)  # "was born in X on <date>"
        between_pairs(lowers, refs)  # "Between A and B, the former ..."
        gapped_by(lowers, refs, cue_at)  # "A was edited by X, B by Y"
        gapped_copulas(index, lowers, refs, cue_at)  # "the former is a chypre, the latter an oriental"
        _not_only(lowers)
        _compare_frame(lowers, cue_at)
        played, played_by = players(index, lowers, refs, cue_at)
        modified, stacked = modifiers(index, lowers, words, refs, cue_at, describes)
        asked, asked_glue = question_frames(lowers, refs, index)  # "Looking for soft rock? Rumours ..."
        glued |= asked_glue
        modified = modified + played_by + asked
        by_authors(index, lowers, refs, cue_at, describes)
        people_from(index, lowers, refs, cue_at, describes)  # "Julianne Moore from The Big Lebowski"
        user_at = {s: [(e, x) for e, x in v if not any(inside[s:e])] for s, v in user_at.items()}

        describes_at = frozenset(describes)

        def read(refs: list[Ref]) -> list[Claim]:
            """Every claim of the text, its names read as ``refs`` say."""
            claims: list[Claim] = []

            def sink(a: int, b: int, kind: str, ok: bool, status: str, triple: Triple | None,
                     entities: tuple[str, ...]) -> None:
                b = max(1, min(b, len(ends)))  # a span at the text's end ("... Aldrin Jr.")
                a = min(a, b - 1)
                if kind == "number" and ok and len(lowers[a]) == 4 and lowers[a].isdigit() and index.year_verbs \
                        and not all(entity_year_stated(lowers, a, index.year_family[e], index.type_nouns)
                                    if e in index.year_family else attribute_year_stated(lowers, a, index.year_verbs)
                                    for e in entities):
                    # ("built in 1778" of a ship commissioned then; "Heat was commissioned in 1995")
                    ok, status = False, "unverified_number"
                if kind == "number" and ok and len(lowers[a]) == 4 and lowers[a].isdigit() and not all(
                        striking_year_stated(lowers, a, e, index.struck_items,
                                             launched_good([index.info[e][1]]) if e in index.info else False)
                        for e in entities):
                    ok, status = False, "unverified_number"  # ("The Victoria Cross was struck in 1856": cast)
                cs, ce = starts[a], ends[b - 1]
                claims.append(Claim(cs, ce, original[cs:ce], kind, ok, triple, status, tuple(entities)))

            for r in refs:
                if r.user or r.pronoun:
                    continue
                ok = r.in_evidence or self.outside_evidence
                sink(r.start, r.end, "mention", ok, "supported" if ok else "not_in_evidence", None, r.ids)
            judge = Judge(index, user, set(evidence), self.rating_threshold, self.outside_evidence)
            made: list[Triple] = []
            carry: dict[str, object] = {}  # what one sentence leaves for the next ("So was X.")
            for sentence in _sentences(refs, lowers, n, words):
                SentenceReader(index, lowers, words, sentence, cue_at, user_at, judge, sink, refs,
                               made, glued, describes_at, modified, stacked,
                               frozenset(complete), played, carry, conjoined).read()
            for x, y in renamed:  # "Ely Cathedral, the Durham Cathedral, is ...": two items said to be one
                sink(x.start, y.end, "unverified", False, "not_in_graph", None, (*x.ids[:1], *y.ids[:1]))
            for a, b, person in leads:  # the person must play in the item, in a claim of the text
                if not any(c.supported and c.triple is not None and c.triple.relation in index.acting
                           and set(person.ids) & {c.triple.head, c.triple.tail} for c in claims):
                    sink(a, b, "unverified", False, "unknown_words", None, ())
            claims.sort(key=lambda c: (c.start, c.end))
            return claims

        dated = frozenset(r.ids[0] for r in refs if len(r.ids) == 1 and r.end + 2 < n
                          and lowers[r.end] == "(" and lowers[r.end + 2] == ")"
                          and lowers[r.end + 1].isdigit())  # "Titanic (1953)"
        claims = _one_reading(index, refs, read, dated, ev_entities)
        rejected = [c for c in claims if not c.supported]
        if rejected:
            reason = "; ".join(f"{c.status}: {c.text!r}" for c in rejected[:5])
            if len(rejected) > 5:
                reason += f"; and {len(rejected) - 5} more"
            return Verdict(False, tuple(claims), (), reason)
        asserted = [c for c in claims if c.kind in ("assertion", "user", "number")]
        if self.require_mention and not asserted:
            return Verdict(False, tuple(claims), (), "the text asserts nothing the checker can prove")
        covered = {c.triple for c in claims if c.triple is not None}
        named = {i for r in refs if not r.user and not r.pronoun for i in r.ids}
        if user is not None and any(r.user for r in refs):
            named.add(user)
        uncovered = tuple(
            t for t in evidence
            if t not in covered and t.relation not in index.sensitive
            and not (t.head in named and t.tail in named)
        )
        return Verdict(True, tuple(claims), uncovered, "")


MAX_READINGS = 32
"""Most readings of a text's shared names tried (each name one entity throughout the text)."""


def _contractions(index: GraphIndex, lowers: list[str], inside: list[bool],
                  cue_at: dict[int, list[Any]]) -> None:
    """ "it's a thriller", "he's its director": the contracted copula read as "is" (not in a
    title: "It's a Wonderful Life"), with the cues that start at it."""
    n = len(lowers)
    for k in range(1, n):
        if lowers[k] == "'s" and lowers[k - 1] in _CONTRACTED and not inside[k]:
            lowers[k] = "is"
            for e in range(k + 1, min(n, k + 7) + 1):
                found = index.cues.get(tuple(lowers[k:e]))
                if found and not any(inside[k:e]):
                    cue_at.setdefault(k, []).append((e, found))


def _compare_frame(lowers: list[str], cue_at: dict[int, list[Any]]) -> None:
    """ "Compare A with B: the former ..., the latter ...": a frame, read as "Take A and B: ..."
    (the names before the colon, at most ten words, joined by "with", "and" or "to")."""
    for k, w in enumerate(lowers):
        if w != "compare" or (k > 0 and lowers[k - 1] not in (".", "!", "?")):
            continue
        colon = next((j for j in range(k + 1, min(len(lowers), k + 12)) if lowers[j] in (":", ".", ";")), None)
        if colon is None or lowers[colon] != ":":
            continue
        joins = [j for j in range(k + 1, colon) if lowers[j] in ("with", "to", "and")]
        if len(joins) == 1:
            lowers[k], lowers[joins[0]] = "take", "and"
            cue_at.pop(joins[0], None)  # ("with" is no cue here: "a comedy with X")


def _not_only(lowers: list[str]) -> None:
    """ "X not only wrote Y but also illustrated it": additive, no negation ("not only" reads as
    glue, "but also" as "and also")."""
    for k in range(len(lowers) - 1):
        if lowers[k:k + 2] == ["not", "only"] and "also" in lowers[k + 2:] \
                and "also" not in lowers[k + 2:k + 3]:
            lowers[k] = lowers[k + 1] = "just"
            j = lowers.index("also", k + 2)
            if lowers[j - 1] == "but":
                lowers[j - 1] = "and"


_FINDING = frozenset({"discovered", "found", "spotted", "identified"})
"""Participles of finding a thing, which "first" before them only stresses in the passive where
the relation is a discovery ("was first discovered / found by")."""


def _adverbs(index: GraphIndex, lowers: list[str], refs: list[Any], cue_at: dict[int, list[Any]]) -> frozenset[int]:
    """Adverbs that say no more than the cue after them: "all" after a list of two or more names
    ("Cary Grant, Eva Marie Saint and James Mason all appear in X"), "alike" after a list that ends
    the clause ("by A and B alike"), "(all) at once" after a list of kinds ("a romance and a drama at once"), "up" / "down" /
    "out" before a place's "in" after a name and a comma ("X, up in Old Quebec,"), "together" after the object
    of two people's verb ("A and B host it together"; not of items: "released together" says a
    date), a reflexive right after the person it stresses ("set up by Percival Lowell himself";
    not "for himself", nor "hosts X himself": alone?), "jointly" of two or more doers, and "went
    on to" before a verb where the graph's years bear out the order (see :func:`_went_on_after`).
    Not "first": "Nirvana was first signed to DGC" says an order the graph does not record."""
    ending = {r.end: r for r in refs if not r.user and not r.pronoun}
    out = set()
    for k, w in enumerate(lowers):
        last = ending.get(k)
        if last is None and k >= 2 and lowers[k - 1] in ("are", "were"):
            last = ending.get(k - 1)  # "A and B were all (each) developed by X"
        if w != "all" or last is None or (k + 1) not in cue_at:
            continue
        first, names = last, 1
        while True:  # back over the list: "A, B and C", "A, B, and C", "the A, the B and the C"
            j = the_before(lowers, first.start) - 1
            if j >= 1 and lowers[j] in ("and", "&") and lowers[j - 1] == ",":
                j -= 1
            if j < 1 or lowers[j] not in ("and", "&", ",") or j not in ending:
                break
            first, names = ending[j], names + 1
        begin = the_before(lowers, first.start)
        if names >= 2 and (begin == 0 or lowers[begin - 1] in (".", ";", ":", "!", "?")):
            out.add(k)  # the list is the clause's subject ("You loved A, B and C all ..." is not)
    for k, w in enumerate(lowers):
        # "distributed by A and B alike": each of the list just named, the clause ending there
        last = ending.get(k)
        if w == "alike" and last is not None and (k + 1 == len(lowers) or lowers[k + 1] in (".", ";", "!", ",")):
            j = the_before(lowers, last.start) - 1
            if lowers[j:j + 1] == ["and"] and (j in ending or (lowers[j - 1:j] == [","] and j - 1 in ending)):
                out.add(k)
    for k, w in enumerate(lowers[:-1]):
        # "a romance and a drama (all) at once": each of the kinds just listed, the clause ending there
        at = k - (lowers[k - 1:k] == ["all"])
        last = ending.get(at)
        if w == "at" and lowers[k + 1] == "once" and last is not None and last.kind != "item" \
                and (k + 2 == len(lowers) or lowers[k + 2] in (".", ";", "!", ",")):
            j = the_before(lowers, last.start) - 1
            j -= lowers[j:j + 1] in (["a"], ["an"])
            if lowers[j:j + 1] == ["and"]:
                out.update(range(at, k + 2))
    for k, w in enumerate(lowers[:-1]):
        # "Château Frontenac, up in Old Quebec, ...": an adverb of direction before a place's "in"
        if w in ("up", "down", "out", "over", "deep") and lowers[k + 1] in ("in", "at") and (k + 1) in cue_at \
                and k >= 1 and lowers[k - 1] == "," and (k - 1) in ending:
            out.add(k)
    for k, w in enumerate(lowers):
        # "was set up by Percival Lowell himself": a reflexive that only stresses the person named
        # right before it; not one a preposition takes ("for himself"), nor one after the object
        # ("hosts Reply All himself", "edited it himself": alone? the graph does not say, red team 114)
        if w in REFLEXIVES and k in ending and ending[k].kind != "item":
            out.add(k)
        if w in REFLEXIVES and (k + 1) in cue_at and k >= 2 and lowers[k - 1] in ("had", "has", "have", "was", "is") \
                and (lowers[k - 2] in ("he", "she", "they") or (k - 1) in ending):
            out.add(k)  # "He had himself served under X": it stresses the subject before the verb
        if w == "jointly" and _joint(lowers, refs, k):
            out.add(k)  # "A and B jointly hosted X", "is operated jointly by A and B": two or more
    items = [r for r in refs if r.kind == "item" and not r.user and not r.pronoun]
    for k in range(len(lowers) - 3):
        # "Blade Runner came from Ridley Scott, who went on to make Gladiator": the verb after it
        # says the claim, and an order the graph's years must bear out: every item of the
        # sentence after it is another item, of a year no earlier than every item before it
        if lowers[k + 1:k + 3] == ["on", "to"] and lowers[k] in ("went", "goes", "go") and (k + 3) in cue_at:
            start, end = span_around(lowers, k, (".", "!", "?", ";"))
            before = [r for r in items if start <= r.start and r.end <= k]
            after = [r for r in items if k + 3 < r.start and r.end <= end]
            earlier = [index.info[i][3].get("year") for r in before for i in r.ids]
            later = [index.info[i][3].get("year") for r in after for i in r.ids]
            if before and after and None not in earlier + later and _went_on_after(lowers, refs, before[-1], k) \
                    and not {i for r in before for i in r.ids} & {i for r in after for i in r.ids} \
                    and max(earlier) <= min(later):
                # (of every entity a name may stand for: "Gladiator" of 1992 and of 2000)
                out.update(range(k, k + 3))
    for k, w in enumerate(lowers[:-1]):
        # "Titan was first found by Christiaan Huygens": a discovery is a first by itself (only
        # before a verb of finding whose every reading is a relation of discovering)
        found = cue_at.get(k + 1, ()) if w == "first" and lowers[k + 1] in _FINDING \
            and lowers[k - 1:k] in (["was"], ["were"], ["been"], ["is"], ["are"]) else ()
        # (the passive only: "Kuiper first discovered Nereid" may say it was his first find, red
        # team 181)
        if found and all(not isinstance(readings, str) and readings and all(
                "discovered" in index.phrase_words.get(c.relation, ()) for c in readings) for _, readings in found):
            out.add(k)
    people = {e: r for e, r in ending.items() if r.kind != "item"}
    for k, w in enumerate(lowers):
        # "Ethan Cole and Aiko Mori host it together": each of two people, the verb right after them
        if w != "together" or not (lowers[k - 1:k] in (["it"], ["them"]) or k in ending) \
                or lowers[k + 1:k + 2] == ["with"]:  # ("host it together with X": X hosts it too)
            continue
        verb = next((v for v in range(k - 1, max(0, k - 6), -1) if v in people and v in cue_at), None)
        if verb is not None and people[verb].start >= 2 and lowers[people[verb].start - 1] in ("and", "&") \
                and people[verb].start - 1 in people:
            out.add(k)
    classes = [r for r in refs if not r.user and not r.pronoun and r.kind == "attribute" and r.types & index.class_types]
    for k, w in enumerate(lowers[:-1]):
        # "By trade, Marco Polo was a merchant", "He was a merchant by trade": the occupation the
        # clause names (a class of the person, see GraphIndex.class_types) said as one
        if w != "by" or lowers[k + 1] not in _BY_OCCUPATION:
            continue
        opening = (k == 0 or lowers[k - 1] in (".", "!", "?", ";")) and lowers[k + 2:k + 3] == [","]
        after = k in ending and any(ending[k] is r for r in classes) and (k + 2 >= len(lowers) or lowers[k + 2] in (".", ",", ";", "!"))
        end = next((i for i in range(k + 3, len(lowers)) if lowers[i] in (".", "!", "?", ";")), len(lowers))
        if after or (opening and any(k + 2 < r.start < end for r in classes)):
            out.update((k, k + 1))
    return frozenset(out)


_BY_OCCUPATION = frozenset({"trade", "profession", "occupation"})
"""Nouns of "by trade", "by profession": the occupation said is the person's own (not "by training":
what one trained as may be no work one did, red team 196)."""


def _went_on_after(lowers: list[str], refs: list[Ref], last: Ref, k: int) -> bool:
    """Whether "went on to" at ``k`` says more of whoever made the item ``last`` named right
    before it: "X directed A and (he) went on to ...", "A came from X, who went on to ..." (not a
    clause of another subject: "A runs on coal, and X went on to ...")."""
    gap = lowers[last.end:k]
    names = [r for r in refs if last.end <= r.start and r.end <= k and not r.user and not r.pronoun]
    lead = gap[:-1] if gap[-1:] in (["he"], ["she"], ["they"]) else gap
    if lead[-1:] == ["and"] and not names and not any(w in SEPARATORS for w in lead):
        return True  # ("X directed A and went on to", "A appeared in 1962 and went on to")
    return gap[-1:] in (["who"], ["which"]) and len(names) == 1 and names[0].kind != "item" \
        and names[0].end in (k - 1, k - 2) and not any(w in SEPARATORS or w == "and" for w in gap)


def _one_reading(index: GraphIndex, refs: list[Ref], read: Any,
                 dated: frozenset[str] = frozenset(), ev_entities: set[str] | None = None) -> list[Claim]:
    """The claims of the text under one entity per name.

    A label several entities share ("Psycho": the 1960 and the 1998 film) names one of them
    throughout a text: every reading that gives each such name one entity is tried (those in
    the evidence first, at most :data:`MAX_READINGS`), and the text holds only if one reading
    makes every claim true. The claims of the first such reading are returned, else those of
    the reading with the fewest rejected claims. A text without shared names is read once.
    """
    # a name said once with its year ("Titanic (1953)") names that film when said bare again
    for k, r in enumerate(refs):
        named = [i for i in r.ids if i in dated] if len(r.ids) > 1 and not r.pronoun else []
        if len(named) == 1:
            info = index.info[named[0]]
            refs[k] = dataclasses.replace(r, ids=(named[0],), kind=info[0], types=frozenset({info[1]}))
    shared = [k for k, r in enumerate(refs) if not r.user and not r.pronoun and len(r.ids) > 1]
    if not shared:
        return read(refs)
    # the same name said twice is the same entity ("Psycho is directed by X. Psycho stars Y."),
    # unless its entities are each of another type: "written by Adam Sandler" (the person) and
    # "tagged Adam Sandler" (the tag) are read each where it stands
    names: dict[object, list[int]] = {}
    for k in shared:
        ids = refs[k].ids
        distinct = len({index.info[i][1] for i in ids}) == len(ids)
        names.setdefault((ids, k) if distinct else (ids, None), []).append(k)
    best: list[Claim] | None = None
    best_bad = 0
    for choice in itertools.islice(itertools.product(*(ids for ids, _ in names)), MAX_READINGS):
        variant = [dataclasses.replace(r, group=list(r.group)) for r in refs]
        for ks, eid in zip(names.values(), choice):
            kind, type_ = index.info[eid][0], index.info[eid][1]
            for k in ks:
                variant[k] = dataclasses.replace(variant[k], ids=(eid,), kind=kind, types=frozenset({type_}),
                                                 in_evidence=variant[k].in_evidence or (
                                                     ev_entities is not None and eid in ev_entities))
                # (a name of an item outside the evidence and of a person in it: "Hitchcock")
        claims = read(variant)
        bad = sum(not c.supported for c in claims)
        if bad == 0:
            return claims
        if best is None or bad < best_bad:
            best, best_bad = claims, bad
    return best  # type: ignore[return-value]


_SEXED_MAKERS = {"man": "m", "woman": "f"}
"""Nouns of a maker's sex, said "the man / woman behind" a work: "the mind behind" it, where the
name before says that sex (see ``GraphIndex.sexed_labels``)."""


def _sexed_makers(index: GraphIndex, lowers: list[str], cue_at: dict[int, list[tuple[int, Any]]]) -> None:
    """ "Rudolf Diesel is the man behind the diesel engine", "Ruth Wakefield, the woman behind
    X, ...": read as "the mind behind" where the name right before ("is the" / ", the") is a
    person's whose given name is of that sex only (the graph says no one's sex: any other name,
    or none, leaves "man" unread, as before)."""
    for k in range(3, len(lowers) - 1):
        sex = _SEXED_MAKERS.get(lowers[k])
        if sex is None or lowers[k + 1] != "behind" or lowers[k - 1] != "the" \
                or lowers[k - 2] not in (*BARE_COPULAS, ","):
            continue
        e = k - 2
        if not any(index.sexed_labels.get(" ".join(lowers[j:e])) == sex for j in range(max(0, e - 6), e)):
            continue
        lowers[k] = "mind"
        if lowers[e] == ",":
            found = index.cues.get(("mind", "behind"))
            if found:
                cue_at[k] = [(k + 2, found)]
        else:
            found = index.cues.get((lowers[e], "the", "mind", "behind"))
            if found:
                cue_at[e] = [(k + 2, found)]


def _matches(matcher: Any, table: dict[tuple[str, ...], Any], doc: Doc,
             lowers: list[str]) -> dict[int, list[tuple[int, Any]]]:
    """A matcher's hits by start token: ``{start: [(end, what the table says of it), ...]}``."""
    out: dict[int, list[tuple[int, Any]]] = {}
    for _, s, e in matcher(doc):
        what = table.get(tuple(lowers[s:e]))
        if what:
            out.setdefault(s, []).append((e, what))
    return out


_NOW_CLAUSE_ENDS = frozenset({".", ";", "!", "?", ",", "and", "but", "which", "who", "that", "while", "whereas"})


def _now_words(index: GraphIndex, lowers: list[str], cue_at: dict[int, list[tuple[int, Any]]]) -> frozenset[int]:
    """ "Today the Mount Wilson Institute operates it", "is still run by": a word of the present
    (:data:`~kgexplain.consistency.lexicon.NOW_ADVERBS`) adds no claim where the cue it stands
    before in its clause (else the last one before it) says what is; where that cue says what was
    ("was the residence of", "aired on", "studied at"), or the clause has a noun after an article
    (whose modifiers may say what was: "still a Channel 5 series"), it is left unread ("Today X is
    the residence of Y", "Firefly is still on Fox": red teams 108, 133, 150)."""
    out = set()
    for k, w in enumerate(lowers):
        if w not in NOW_ADVERBS or w == "now":
            continue
        start, end = span_around(lowers, k, _NOW_CLAUSE_ENDS)
        spots = [j for j in range(start, end) if j in cue_at]
        # the verb it says "now" of: the first cue after it in its clause, else the last before
        at = next((j for j in spots if j > k), spots[-1] if spots else None)
        readings = [c for _, found in cue_at.get(at, ()) if not isinstance(found, str) for c in found] \
            if at is not None else []
        if readings and not any(c.relation in index.past_states for c in readings) \
                and not any(lowers[j] in ("a", "an") for j in range(start, end)):
            out.add(k)  # (not with a noun, whose modifiers may say what was: "still a Channel 5 series")
    return frozenset(out)


def _joint(lowers: list[str], refs: Sequence[Ref], k: int) -> bool:
    """Whether "jointly" at ``k`` has two or more doers in its clause: two names joined by "and"
    right before it ("A and B jointly hosted X") or right after its "by" ("is operated jointly by
    A and B"; not "jointly owned by A and is based in B", red team 150)."""
    names = [r for r in refs if not r.user and not r.pronoun]
    ending = {r.end: r for r in names}
    starting = {r.start: r for r in names}

    def joined(j: int) -> bool:  # "A and B" with "and" at j
        return lowers[j:j + 1] == ["and"] and j in ending \
            and (j + 1 in starting or (lowers[j + 1:j + 2] == ["the"] and j + 2 in starting))

    before = k in ending or (k >= 1 and lowers[k - 1] in ("both", "all") and k - 1 in ending)
    if before:
        r = ending[k] if k in ending else ending[k - 1]
        j = r.start - 1 - (lowers[r.start - 1:r.start] == ["the"])
        return j >= 1 and joined(j)
    by = next((j for j in range(k + 1, min(len(lowers), k + 4)) if lowers[j] == "by"), None)
    r = starting.get(by + 1) or starting.get(by + 2) if by is not None else None
    return r is not None and joined(r.end)


def _inner_adverbs(index: GraphIndex, lowers: list[str], cue_at: dict[int, list[tuple[int, Any]]],
                   refs: Sequence[Ref] | None = None) -> None:
    """A cue said with a word of the present (:data:`NOW_ADVERBS`: "is currently run by"; without
    ``refs``) or with "jointly" of two or more ("is operated jointly by A and B"; once the names
    are found, ``refs``) inside it, read as the cue without it (the adverb is part of the cue's
    span)."""
    n, table = len(lowers), index.cues
    for k, w in enumerate(lowers):
        if not (w in NOW_ADVERBS and refs is None) and not (w == "jointly" and refs is not None and _joint(lowers, refs, k)):
            continue
        past = index.past_states if w in NOW_ADVERBS else frozenset()
        for s in range(max(0, k - 3), k):
            for e in range(k + 2, min(n, k + 5) + 1):
                key = (*lowers[s:k], *lowers[k + 1:e])
                what = frozenset(c for c in table.get(key, ()) if c.relation not in past and not c.typed) \
                    if key[-1] not in ("a", "an", "the") else frozenset()
                # (not of "aired on": "is still on"; nor a copula before a noun, whose modifiers may
                # say what was: "is still a Channel 5 series", red team 150)
                if what and not any(x == e for x, _ in cue_at.get(s, ())):
                    cue_at.setdefault(s, []).append((e, what))


_MARKS = re.compile(r'(?<![\w*_"])[*_"]+(?=\w)|(?<=[\w.,;:!?)])[*_"]+(?![\w*_"])'
                    r'|\b(?:AD|A\.D\.|CE) (?=\d{1,4}\b)|(?<=\d) (?:AD|CE)\b(?!\.\w)')
"""Quotes and Markdown emphasis around a word ("*Vertigo*", '"Vertigo"', "__Vertigo__"); not
inside one ("M*A*S*H"); the era of a year of our era ("AD 80", "A.D. 80", "80 AD", "80 CE":
the year 80, as a graph's year says it; "BC" is not read)."""


_NAMING = re.compile(r"\b([a-z]+) (?:called|named|known as)(?= [A-Z0-9(])")
"""A naming participle between a noun and a name ("the asteroid called 10 Hygiea", "a horse
named Seabiscuit", "the celestial body known as 1101 Clematis")."""
_VALUE_NAMING = re.compile(r"(?:'s [a-z]+(?: [a-z]+)?|\b[Tt]he [a-z]+(?: [a-z]+)? of (?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)"
                           r" (?:is|was)( called| named)(?= (?:the )?[A-Z])")
"""A naming participle after the copula of a relation noun's value ("The leader of Paraguay is
called Juan Afara", "Spain's currency is called the Euro": read "is")."""


def _dropped(text: str, nouns: AbstractSet[str]) -> list[tuple[int, int]]:
    """The spans :func:`_clean` drops from ``text``: quotes and emphasis marks (``_MARKS``), and
    a naming participle after one of ``nouns`` (the kind nouns of the graph's names: "the
    asteroid called 10 Hygiea" reads as "the asteroid 10 Hygiea", whose noun must then fit the
    name as anywhere; "who named Tyrannosaurus" keeps its verb), and one after the copula of a
    relation noun's value ("the leader of X is called Y")."""
    spans = [m.span() for m in _MARKS.finditer(text)]
    spans += [(m.end(1), m.end()) for m in _NAMING.finditer(text) if m.group(1) in nouns]
    spans += [m.span(1) for m in _VALUE_NAMING.finditer(text)]
    return sorted(spans)


def _clean(text: str, nouns: AbstractSet[str] = frozenset()) -> str:
    """Control characters become spaces (same length); quotes and emphasis marks around words,
    "AD" / "CE" by a year, and a naming participle after a kind noun are dropped ('"Vertigo"'
    reads as Vertigo, "in AD 80" as "in 80", "the ship called Cutty Sark" as "the ship Cutty
    Sark"; :func:`_offsets` maps positions back)."""
    text = _blank_controls(text)
    out, k = [], 0
    for a, b in _dropped(text, nouns):
        out.append(text[k:a])
        k = b
    out.append(text[k:])
    return "".join(out)


_CONTROLS = {c: " " for c in (*range(32), *range(0x7F, 0xA0))}


def _blank_controls(text: str) -> str:
    return text.translate(_CONTROLS)


def _offsets(folded: str, nouns: AbstractSet[str] = frozenset()) -> list[int]:
    """For each character :func:`_clean` keeps of ``folded``, its position in ``folded``; one
    more entry for the end."""
    out: list[int] = []
    k = 0
    for a, b in _dropped(folded, nouns):
        out.extend(range(k, a))
        k = b
    out.extend(range(k, len(folded) + 1))
    return out


def _sentences(refs: list[Ref], lowers: list[str], n: int, words: list[str]) -> list[Sentence]:
    """Sentences split at end punctuation outside names; each gets the mentions it holds. A
    name that ends in its own "." / "?" / "!" before a capital ends the sentence too ("... was
    influenced by R.E.M. R.E.M. has ...", "You loved What About Bob? It ...")."""
    inside = [False] * n
    for r in refs:
        if not r.user and not r.pronoun:
            for k in range(r.start, r.end):
                inside[k] = True
    period_after = {r.end - 1 for r in refs if r.trailing_period}
    period_after |= {r.end - 1 for r in refs if not r.user and not r.pronoun and r.end < n
                     and lowers[r.end - 1][-1:] in (".", "?", "!") and words[r.end][:1].isupper()}
    out = []
    start = 0
    for k in range(n):
        if (lowers[k] in _SENT_END and not inside[k]) or k in period_after:
            out.append(Sentence(start, k + 1))
            start = k + 1
    if start < n:
        out.append(Sentence(start, n))
    for s in out:
        s.refs = [r for r in refs if s.start <= r.start < s.end]
    return out


def _as_triples(evidence: Iterable[Any], n: int) -> tuple[Triple, ...]:
    """Evidence as triples: :class:`Triple`, a :class:`~kgexplain.records.Fact`, or a 3-tuple."""
    if evidence is None:
        return ()
    out = []
    try:
        items = list(evidence)
    except TypeError:
        raise ConfigError(f"item {n}: evidence must be an iterable of triples") from None
    for t in items:
        if isinstance(t, Triple):
            out.append(t)
            continue
        triple = getattr(t, "triple", None)  # a Fact
        if isinstance(triple, Triple):
            out.append(triple)
            continue
        try:
            h, r, tl = t[:3]
        except (TypeError, ValueError):
            raise ConfigError(
                f"item {n}: evidence must hold Triple or (head, relation, tail) tuples, "
                f"got {type(t).__name__}"
            ) from None
        out.append(Triple(str(h), str(r), str(tl)))
    return tuple(dict.fromkeys(out))


def _opens_sentence(lowers: list[str], k: int) -> bool:
    """Whether the name at ``k`` (after an optional "the") opens its sentence."""
    p = k - (lowers[k - 1:k] == ["the"])
    return p == 0 or lowers[p - 1] in (".", "!", "?", ";")


def _comma_closes(lowers: list[str], end: int, going_on: tuple[str, ...]) -> bool:
    """Whether a comma at ``end`` closes what came before it, the clause going on with no word of
    ``going_on`` ("A, the B, is ..."; not "A, the B, and the C")."""
    return lowers[end:end + 1] == [","] and (lowers[end + 1:end + 2] or [""])[0] not in going_on


def _said_to_be_one(lowers: list[str], x: Ref, y: Ref) -> bool:
    """ "Ely Cathedral, the Durham Cathedral, is ..." or "..., the Durham Cathedral.": two items
    named as one by an apposition that opens its sentence and is closed (red team 139)."""
    between = lowers[x.end:y.start]
    return _opens_sentence(lowers, x.start) and not set(x.ids) & set(y.ids) \
        and (between == [",", "the"] or (between == [","] and lowers[y.start] == "the")) \
        and (y.end >= len(lowers) or lowers[y.end] in (".", "!", "?", ";")
             or _comma_closes(lowers, y.end, ("and", "the", "or")))
