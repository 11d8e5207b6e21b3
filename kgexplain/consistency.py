"""Consistency checker: every claim a text makes is proven against the graph, or the text is rejected.

:class:`ConsistencyChecker` reads an explanation with a blank English spaCy pipeline (tokenizer and
sentencizer only, no model to download) and finds its claims:

* **mentions**: spans matching an entity label or alias of the graph (a case-insensitive
  ``PhraseMatcher`` built once per graph and cached). A mention must name an entity of the
  evidence (the path hops and retrieved facts, plus the user).
* **assertions**: ``(head, relation, tail)`` between two mentions of a sentence. The relation cue
  phrases between them (each relation's ``phrase``, ``inverse_phrase``, ``cues`` and
  ``inverse_cues`` from the graph's registry) say which relation the text asserts; the graph must
  store an edge of that relation between the two entities, in either direction. A cue of another
  relation over a stored edge is a *swapped relation*; a cue over no edge at all is a claim the
  graph does not hold.
* **claims about the user** (``"you"`` is the ``user`` passed to :meth:`ConsistencyChecker.check`):
  "you loved / liked / enjoyed X" needs a rating of at least ``rating_threshold``; "you watched /
  rated / listened to X" needs an interaction edge; "you have not seen X" needs none.
* **numbers** (years, ratings) against the literal attributes of the entities mentioned nearby
  (``year`` of a movie) and the ratings of the user's edges.
* **unknown names**: capitalized words that name no entity (an invented entity). Sentence-initial
  capitals and function words are not names.

Verbalizing a relation flagged ``sensitive`` in the registry makes a text unsupported. Each claim
comes back as a :class:`~kgexplain.records.Claim` with its character span, status and backing
triple; the :class:`~kgexplain.records.Verdict` is supported only when every claim is. A rejected
claim is data, never an exception. The checker never sees the verbalizer: it judges text only
against the graph.

>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples(
...     [("user:1", "rated", "movie:1", {"rating": 5.0}),
...      ("movie:1", "directed_by", "person:lasseter"),
...      ("movie:2", "directed_by", "person:lasseter")],
...     entities=[kgx.Entity("user:1", kind="user"),
...               kgx.Entity("movie:1", kind="item", label="Toy Story"),
...               kgx.Entity("movie:2", kind="item", label="A Bug's Life"),
...               kgx.Entity("person:lasseter", label="John Lasseter")],
...     relations=[kgx.Relation("rated", phrase="rated", cues=("loved",)),
...                kgx.Relation("directed_by", phrase="is directed by", inverse_phrase="directed",
...                             cues=("director",))])
>>> evidence = [kgx.Triple("user:1", "rated", "movie:1"),
...             kgx.Triple("movie:1", "directed_by", "person:lasseter"),
...             kgx.Triple("movie:2", "directed_by", "person:lasseter")]
>>> checker = kgx.ConsistencyChecker(kg)
>>> checker.check("You loved Toy Story; A Bug's Life shares its director, John Lasseter.",
...               evidence, user="user:1").supported
True
>>> v = checker.check("You loved Toy Story; A Bug's Life shares its director, Walt Morrow.",
...                   evidence, user="user:1")
>>> v.supported, [(c.text, c.status) for c in v.rejected]
(False, [('Walt Morrow', 'unknown_entity')])
"""

from __future__ import annotations

import logging
import math
import re
import threading
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterable, Sequence

from kgexplain.errors import ConfigError, UnknownEntityError
from kgexplain.records import Claim, Triple, Verdict

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc

    from kgexplain.graph import KnowledgeGraph

logger = logging.getLogger(__name__)

__all__ = ["ConsistencyChecker", "ClaimStatus", "STATUSES"]

ClaimStatus = str
STATUSES: dict[str, str] = {
    "supported": "the graph backs the claim",
    "partial_match": "a shortened form of an evidence entity's label (e.g. a surname)",
    "not_in_evidence": "names an entity of the graph that the evidence does not contain",
    "not_in_graph": "asserts a relation between two entities that the graph does not store",
    "wrong_relation": "the entities are linked, but by another relation than the text says",
    "not_rated": "claims the user interacted with an item they never rated or used",
    "low_rating": "claims the user liked an item they rated below the threshold",
    "high_rating": "claims the user disliked an item they rated at or above the threshold",
    "interacted": "claims the user has not seen an item they did interact with",
    "unknown_user": "makes a claim about 'you' but no user was given to check it against",
    "sensitive": "verbalizes a relation flagged sensitive in the registry",
    "wrong_value": "a number that differs from the literal attributes of the entities named",
    "unverified_number": "a number that no attribute of the named entities can confirm",
    "unknown_entity": "a capitalized name that matches no entity of the graph",
}
"""Every claim status the checker emits, with its meaning."""

# --------------------------------------------------------------------------------------------
# Word lists (language, not domain: the domain's words come from the relation registry)
# --------------------------------------------------------------------------------------------
_USER_WORDS = frozenset({"you", "your", "yours", "yourself", "yourselves"})
_POSITIVE = (
    "loved", "liked", "enjoyed", "adored", "love", "like", "enjoy", "were a fan of",
    "are a fan of", "were fond of", "are fond of", "favorite", "favourite", "favorites",
    "favourites", "rated highly", "highly rated", "appreciated", "really liked", "gave top marks",
)
_NEGATIVE = (
    "disliked", "hated", "dislike", "hate", "did not like", "did not enjoy", "were not fond of",
)
_INTERACTION = (
    "watched", "saw", "seen", "rated", "gave", "viewed", "listened to", "heard", "read",
    "played", "bought", "purchased", "visited", "tried", "streamed", "reviewed", "borrowed",
    "ordered", "used", "watch", "rate", "listen to",
)
_HIGHLY = frozenset({"highly", "high", "top"})
_MODALS = frozenset(
    {"might", "may", "will", "would", "could", "should", "can", "must", "shall", "'ll", "'d",
     "wo", "ca", "want", "wish"}
)
_NEGATIONS = frozenset({"not", "n't", "never", "no", "yet"})
_CLAUSE_PUNCT = frozenset({",", ";", ".", "!", "?", ":", "(", ")", "—", "–", "-", '"', "“", "”"})
_COORD = frozenset({",", "and", "or", "&", "as", "well", "also", "both", "nor", "plus", "either"})
_NAME_CONNECTORS = frozenset(
    {"of", "the", "de", "la", "le", "du", "des", "da", "di", "del", "von", "van", "der", "den",
     "and", "&", "-", "'s", "on", "in", "a", "an", "for", "to", "at", "y", "e", "el", "los"}
)
_APPOSITION_GAP = frozenset({",", ":"})
_OPENERS = frozenset({'"', "'", "(", "[", ":", "“", "‘", "—", "–", "-", "«"})
_NOT_NAMES = frozenset(
    {"i", "january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "st", "st.",
     "jr", "jr.", "sr", "sr."}
)
_ATTACH_GAP = frozenset({"is", "was", "are", "were", "also", "has", "had", "have", "too", ",", "which", "who", "that"})
_SHARE_WORDS = frozenset({"share", "shares", "shared", "same"})
_SUBJECT_VERBS = frozenset({"is", "was", "has", "had", "shares"})
_ARG_GAP = frozenset({"its", "their", "the", "a", "an", ",", "as", ":"})
_SENT_PUNCT = frozenset({".", "!", "?", "...", "…"})
_NUMBER_RE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$")
_SKIP_ATTRS = frozenset({"timestamp", "weight"})

_AddClaim = Callable[[int, int, str, bool, str, "Triple | None", "tuple[str, ...]"], None]
"""Records one claim: token span, kind, supported, status, backing triple, entities."""

_nlp_lock = threading.Lock()
_NLP: Language | None = None


def _nlp() -> Language:
    """The shared blank English pipeline (tokenizer + sentencizer); no model download."""
    global _NLP
    with _nlp_lock:
        if _NLP is None:
            import spacy

            nlp = spacy.blank("en")
            nlp.add_pipe("sentencizer")
            _NLP = nlp
        return _NLP


# --------------------------------------------------------------------------------------------
# Per-graph index (built once per graph version, cached)
# --------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class _Cue:
    relations: frozenset[str]
    strong: bool


class _GraphIndex:
    """Matchers and lookup tables for one version of one graph."""

    def __init__(self, kg: KnowledgeGraph) -> None:
        from spacy.matcher import PhraseMatcher

        nlp = _nlp()
        self.version = kg.version
        self.graph = kg.graph
        relations = kg.relations
        self.sensitive = frozenset(r for r, rel in relations.items() if rel.sensitive)

        # ---- entity labels and aliases -> ids
        self.info: dict[str, tuple[str, str, str, dict[str, float]]] = {}
        forms: dict[str, list[str]] = {}
        for ent in kg.entities():
            numeric: dict[str, float] = {}
            for key, value in ent.attrs.items():
                num = _as_number(value)
                if num is not None:
                    numeric[str(key)] = num
            self.info[ent.id] = (ent.kind, ent.type, fold(ent.label), numeric)
            for form in (ent.label, *ent.aliases):
                form = fold(" ".join(str(form).split()))
                if form:
                    forms.setdefault(form, []).append(ent.id)
        # keyed by the lowercased form without whitespace: a match's tokens joined give the same key
        self.label_ids: dict[str, tuple[str, ...]] = {}
        unique: dict[str, str] = {}  # one pattern per lowercased form (tokenizations may differ)
        for form, ids in forms.items():
            key = _key(form)
            unique.setdefault(form.lower(), form)
            old = self.label_ids.get(key)
            self.label_ids[key] = tuple(dict.fromkeys((old or ()) + tuple(ids)))
        patterns = list(nlp.tokenizer.pipe(list(unique.values()), batch_size=2048))
        # a sentence-final period can merge into a label's last token ("American History X.",
        # "U.N.C.L.E.."): such forms get a pattern with the period, trimmed again on a match
        self.period_keys: set[str] = set()
        short_end = [f for f in unique.values() if len(f.split()[-1]) <= 4 or f.endswith(".")]
        for form, doc in zip(short_end, nlp.tokenizer.pipe([f + "." for f in short_end], batch_size=2048)):
            if doc[-1].text != ".":
                key = _key(form + ".")
                if key not in self.label_ids:
                    self.label_ids[key] = self.label_ids[_key(form)]
                    self.period_keys.add(key)
                    patterns.append(doc)
        self.entity_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entity_matcher.add("ENTITY", patterns)

        # ---- relation signatures: which relations may link two entity types
        sig: dict[tuple[str, str], set[str]] = {}
        self.user_relations: set[str] = set()
        seen: set[tuple[str, str, str]] = set()
        for h, t, r in self.graph.edges(keys=True):
            ht = self.info[h][1]
            tt = self.info[t][1]
            if (ht, r, tt) in seen:
                continue
            seen.add((ht, r, tt))
            sig.setdefault((ht, tt), set()).add(r)
            sig.setdefault((tt, ht), set()).add(r)
            if self.info[h][0] == "user" or self.info[t][0] == "user":
                self.user_relations.add(r)
        for rel in relations.values():
            for d in rel.domain:
                for rg in rel.range:
                    sig.setdefault((d, rg), set()).add(rel.name)
                    sig.setdefault((rg, d), set()).add(rel.name)
        self.signatures = {k: frozenset(v) for k, v in sig.items()}
        rel_types: dict[str, set[str]] = {r: set() for r in relations}
        for (ta, tb), rels in sig.items():
            for r in rels:
                rel_types.setdefault(r, set()).update((ta, tb))
        self.rel_types = {r: frozenset(v) for r, v in rel_types.items()}

        # ---- cue phrases
        cue_map: dict[tuple[str, ...], tuple[set[str], bool]] = {}

        def add_cue(phrase: str, rel: str, strong: bool) -> None:
            phrase = " ".join(str(phrase).split())
            if not phrase:
                return
            key = tuple(t.lower_ for t in nlp.tokenizer(fold(phrase)))
            if not key or all(_is_stop(w) for w in key) and len(key) == 1:
                return
            rels, was_strong = cue_map.get(key, (set(), False))
            rels.add(rel)
            cue_map[key] = (rels, was_strong or strong or len(key) > 1)

        for rel in relations.values():
            for phrase in (rel.phrase, rel.inverse_phrase):
                add_cue(phrase, rel.name, True)
                stripped = _strip_auxiliaries(phrase)
                if stripped and stripped != phrase:
                    add_cue(stripped, rel.name, True)
            for phrase in (*rel.cues, *rel.inverse_cues):
                add_cue(phrase, rel.name, False)
        for name, noun in _template_nouns().items():
            if name in relations:
                # a relation noun ("shares its genre, X") names its relation: strong, so a pair
                # the graph links by another relation is a wrong relation, not a pass
                add_cue(noun, name, True)
                add_cue(noun + "s", name, True)
        self.cues: dict[tuple[str, ...], _Cue] = {
            k: _Cue(frozenset(v[0]), v[1]) for k, v in cue_map.items()
        }
        self.cue_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.cue_matcher.add("REL", [nlp.make_doc(" ".join(k)) for k in self.cues])
        # user sentiment / interaction words
        self.user_cues: dict[tuple[str, ...], str] = {}
        for words, label in ((_INTERACTION, "INT"), (_NEGATIVE, "NEG"), (_POSITIVE, "POS")):
            for w in words:
                self.user_cues[tuple(t.lower_ for t in nlp.tokenizer(w))] = label
        self.user_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.user_matcher.add("USER", [nlp.make_doc(" ".join(k)) for k in self.user_cues])
        logger.debug(
            "consistency index: %d surface forms, %d cue phrases", len(self.label_ids), len(self.cues)
        )

    def edges_between(self, a: str, b: str) -> list[tuple[Triple, dict[str, Any]]]:
        """Every stored edge linking ``a`` and ``b`` (either direction) with its attributes."""
        out: list[tuple[Triple, dict[str, Any]]] = []
        succ = self.graph._succ  # plain dict access: this runs for every pair of every text
        data = succ.get(a, {}).get(b)
        if data:
            out.extend((Triple(a, r, b), attrs) for r, attrs in data.items())
        if a != b:
            data = succ.get(b, {}).get(a)
            if data:
                out.extend((Triple(b, r, a), attrs) for r, attrs in data.items())
        return out

    def compatible(self, types_a: Iterable[str], types_b: Iterable[str]) -> frozenset[str]:
        out: set[str] = set()
        for ta in types_a:
            for tb in types_b:
                out |= self.signatures.get((ta, tb), frozenset())
        return frozenset(out)


_AUX = frozenset({"is", "are", "was", "were", "has", "have", "had", "be", "been", "a", "an", "the"})


_NOUNS: dict[str, str] | None = None


def _template_nouns() -> dict[str, str]:
    """Relation nouns of the shipped templates ("director" for ``directed_by``), read as data.

    They are cue words too ("shares its director, ..."). Reading ``templates/paths.yaml`` keeps
    the checker independent of the verbalizer's code.
    """
    global _NOUNS
    if _NOUNS is None:
        try:
            from importlib import resources

            import yaml

            text = (resources.files("kgexplain") / "templates" / "paths.yaml").read_text("utf-8")
            nouns = (yaml.safe_load(text) or {}).get("nouns") or {}
            _NOUNS = {str(k): str(v) for k, v in nouns.items() if v}
        except (OSError, ValueError, ImportError) as exc:  # pragma: no cover - data missing
            logger.debug("no template nouns: %s", exc)
            _NOUNS = {}
    return _NOUNS


_FOLD_TABLE: dict[int, str] | None = None


def fold(text: str) -> str:
    """Length-preserving fold for matching: accents dropped, typographic quotes and dashes
    made plain ("García Márquez" -> "Garcia Marquez", "Alice’s" -> "Alice's")."""
    global _FOLD_TABLE
    if _FOLD_TABLE is None:
        import unicodedata

        table: dict[int, str] = {}
        for code in range(0x80, 0x2000):
            base = unicodedata.normalize("NFKD", chr(code))[:1]
            if base and base.isascii() and base.isalnum() and base != chr(code):
                table[code] = base
        table.update({ord(c): "'" for c in "\u2018\u2019\u02bc"})
        table.update({ord(c): '"' for c in "\u201c\u201d"})
        table.update({ord(c): "-" for c in "\u2010\u2011\u2012\u2013"})
        _FOLD_TABLE = table
    return text.translate(_FOLD_TABLE)


def _key(form: str) -> str:
    return "".join(form.lower().split())


def _strip_auxiliaries(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].lower() in _AUX:
        words = words[1:]
    return " ".join(words)


_STOP: frozenset[str] | None = None


def _is_stop(word: str) -> bool:
    global _STOP
    if _STOP is None:
        from spacy.lang.en.stop_words import STOP_WORDS

        _STOP = frozenset(STOP_WORDS) | {"'s", "’s"}
    return word in _STOP


def _as_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        v = float(value)
        return v if math.isfinite(v) else None
    if isinstance(value, str) and _NUMBER_RE.match(value.strip()):
        return float(value.strip().replace(",", ""))
    if hasattr(value, "item") and callable(value.item):  # numpy scalars
        try:
            return _as_number(value.item())
        except (TypeError, ValueError):
            return None
    return None


_INDEX_LOCK = threading.Lock()
_INDEXES: "weakref.WeakKeyDictionary[Any, _GraphIndex]" = weakref.WeakKeyDictionary()


def _index_for(kg: KnowledgeGraph) -> _GraphIndex:
    """The cached index of ``kg`` (rebuilt when the graph has changed since)."""
    with _INDEX_LOCK:
        idx = _INDEXES.get(kg)
        if idx is not None and idx.version == kg.version:
            return idx
    idx = _GraphIndex(kg)
    with _INDEX_LOCK:
        _INDEXES[kg] = idx
    return idx


# --------------------------------------------------------------------------------------------
# Mentions
# --------------------------------------------------------------------------------------------
class _Mention:
    __slots__ = ("start", "end", "ids", "types", "kind", "in_evidence", "user", "sent", "pronoun")

    def __init__(self, start: int, end: int, ids: tuple[str, ...], types: frozenset[str],
                 kind: str, in_evidence: bool, user: bool, sent: int) -> None:
        self.start = start  # token offsets
        self.end = end
        self.ids = ids
        self.types = types
        self.kind = kind
        self.in_evidence = in_evidence
        self.user = user
        self.sent = sent
        self.pronoun = False  # "it" standing for an item named before


class ConsistencyChecker:
    """Checks that every claim of an explanation text is backed by the knowledge graph.

    Args:
        kg: the graph to check against. Its matchers are built on first use and cached per graph
            (and rebuilt if the graph changes).
        rating_threshold: the lowest rating that makes "you loved X" true.
        require_mention: a text that names none of the evidence's entities (besides the user) is
            not supported: it explains nothing.
        check_numbers: verify numbers (years, ratings) against literal attributes.
        check_unknown_names: reject capitalized names that match no entity.
        batch_size: texts per ``nlp.pipe`` batch in :meth:`check_many`.

    Example: see the module docstring.
    """

    def __init__(
        self,
        kg: KnowledgeGraph,
        rating_threshold: float = 4.0,
        *,
        require_mention: bool = True,
        check_numbers: bool = True,
        check_unknown_names: bool = True,
        batch_size: int = 256,
    ) -> None:
        if not hasattr(kg, "graph") or not hasattr(kg, "relations"):
            raise ConfigError(
                f"ConsistencyChecker needs a kgexplain.KnowledgeGraph, got {type(kg).__name__}; "
                "build one with KnowledgeGraph.from_triples(...) or KnowledgeGraph.load(path)"
            )
        try:
            self.rating_threshold = float(rating_threshold)
        except (TypeError, ValueError):
            raise ConfigError(
                f"rating_threshold must be a number such as 4.0, got {rating_threshold!r}"
            ) from None
        self.kg = kg
        self.require_mention = require_mention
        self.check_numbers = check_numbers
        self.check_unknown_names = check_unknown_names
        self.batch_size = int(batch_size)

    def __repr__(self) -> str:
        return f"ConsistencyChecker({self.kg!r}, rating_threshold={self.rating_threshold})"

    # ------------------------------------------------------------------------------ public API
    def build(self) -> "ConsistencyChecker":
        """Build (or fetch from cache) the graph's matchers now rather than on the first check."""
        _index_for(self.kg)
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
        return self.check_many([(text, evidence, user)])[0]

    def check_many(
        self, items: Sequence[tuple[str, Iterable[Any], str | None]]
    ) -> list[Verdict]:
        """Judge many ``(text, evidence, user)`` items; texts are tokenized in batches.

        Returns:
            One :class:`~kgexplain.records.Verdict` per item, in order.
        """
        index = _index_for(self.kg)
        prepared = []
        for n, item in enumerate(items):
            try:
                text, evidence, user = item
            except (TypeError, ValueError):
                raise ConfigError(
                    f"check_many item {n} must be a (text, evidence, user) tuple, got {item!r}"
                ) from None
            if not isinstance(text, str):
                raise ConfigError(f"item {n}: text must be a str, got {type(text).__name__}")
            if user is not None and user not in index.info:
                raise UnknownEntityError(user, hint="the `user` passed to the checker is not in the graph")
            prepared.append((text, _as_triples(evidence, n), user))
        nlp = _nlp()
        # matching runs on an accent-folded copy of the same length; claims quote the original
        docs = nlp.pipe((fold(p[0]) for p in prepared), batch_size=self.batch_size)
        return [
            self._judge(index, doc, original, ev, user)
            for doc, (original, ev, user) in zip(docs, prepared)
        ]

    # ------------------------------------------------------------------------------ internals
    def _judge(
        self, index: _GraphIndex, doc: Doc, original: str, evidence: tuple[Triple, ...],
        user: str | None,
    ) -> Verdict:
        text = doc.text
        if not text.strip():
            return Verdict(False, (), tuple(evidence), "empty text")
        ev_entities: set[str] = set()
        for t in evidence:
            ev_entities.add(t.head)
            ev_entities.add(t.tail)
        if user is not None:
            ev_entities.add(user)

        n = len(doc)
        # one pass over the Doc: each Token object is created once
        lowers: list[str] = []
        words: list[str] = []
        idx: list[int] = []
        ends: list[int] = []
        starts: list[bool] = []
        for i, t in enumerate(doc):
            w = t.text
            lowers.append(t.lower_)
            words.append(w)
            idx.append(t.idx)
            ends.append(t.idx + len(w))
            starts.append(i == 0 or bool(t.is_sent_start))
        sent = [0] * n
        s_id = -1
        for i in range(n):
            if starts[i]:
                s_id += 1
            sent[i] = s_id

        def char_span(a: int, b: int) -> tuple[int, int]:
            return idx[a], ends[b - 1]

        def initial(i: int) -> bool:
            return i == 0 or sent[i - 1] != sent[i] or words[i - 1] in _OPENERS

        # ---- relation cues (maximal matches only)
        cue_spans = _maximal([(s, e) for _, s, e in index.cue_matcher(doc)])
        # types a cue ending at token k expects next ("is tagged" -> tag), for lowercase arguments
        expects: dict[int, frozenset[str]] = {}
        follows: dict[int, frozenset[str]] = {}  # and the types a cue starting at k fits after
        for cs, ce in cue_spans:
            cue = index.cues.get(tuple(lowers[cs:ce]))
            if cue is not None:
                types = frozenset().union(*(index.rel_types[r] for r in cue.relations))
                expects[ce] = expects.get(ce, frozenset()) | types
                follows[cs] = follows.get(cs, frozenset()) | types
        # ---- entity mentions
        candidates = []
        trailing: set[tuple[int, int]] = set()
        for _, s, e in index.entity_matcher(doc):
            key = "".join(lowers[s:e])
            ids = index.label_ids.get(key)
            if not ids:
                continue
            if key in index.period_keys:
                trailing.add((s, e))
            ev_ids = tuple(i for i in ids if i in ev_entities)
            surface = text[idx[s]:ends[e - 1] - ((s, e) in trailing)]
            lowercase = not any(c.isupper() for c in surface)
            if ev_ids:
                if lowercase and any(cs <= s and e <= ce and (cs, ce) != (s, e) for cs, ce in cue_spans):
                    continue  # a word inside a longer relation cue ("music" in "has music by")
                if all(_is_stop(w) for w in lowers[s:e]) and not _looks_named(
                    words, lowers, s, e, initial, index, ids, surface
                ) and not any(index.info[i][2] == surface for i in ev_ids):
                    continue
                candidates.append((s, e, ev_ids, True))
            elif _looks_named(words, lowers, s, e, initial, index, ids, surface):
                candidates.append((s, e, ids, False))
            elif all(_is_stop(w) for w in lowers[s:e]) or not any(ch.isalpha() for ch in surface):
                continue
            elif s > 0 and words[s - 1] == ":":
                # "X has the same genre as Y, which you loved: Crime": the colon introduces the
                # argument of a cue earlier in the sentence
                types = frozenset().union(
                    *(t for ce, t in expects.items() if ce < s and sent[ce - 1] == sent[s])
                )
                fitting = tuple(i for i in ids if index.info[i][1] in types)
                if fitting:
                    candidates.append((s, e, fitting, False))
            elif initial(s) and (not lowercase or follows.get(e)):
                # a sentence-initial title is a name when a verb or a cue fitting its type follows
                if e < n and lowers[e] in _SUBJECT_VERBS and not any(cs < e and s < ce for cs, ce in cue_spans):
                    candidates.append((s, e, ids, False))
                    continue
                types = follows.get(e, frozenset()) | follows.get(e + 1, frozenset())
                fitting = tuple(i for i in ids if index.info[i][1] in types)
                if fitting:
                    candidates.append((s, e, fitting, False))
            else:
                # a lowercase argument right after a cue that expects its type ("is tagged sequel")
                k = s
                while k > 0 and lowers[k - 1] in _ARG_GAP and s - k < 2:
                    k -= 1
                types = expects.get(k, frozenset()) | expects.get(s, frozenset())
                fitting = tuple(i for i in ids if index.info[i][1] in types)
                if fitting:
                    candidates.append((s, e, fitting, False))
        candidates.sort(key=lambda c: (-(c[1] - c[0]), not c[3], c[0]))
        taken = [False] * n
        mentions: list[_Mention] = []
        for s, e, ids, in_ev in candidates:
            if any(taken[s:e]):
                continue
            for k in range(s, e):
                taken[k] = True
            info = index.info[ids[0]]
            mentions.append(
                _Mention(s, e, ids, frozenset(index.info[i][1] for i in ids), info[0], in_ev,
                         False, sent[s])
            )
        # sentence boundaries: one the sentencizer put after a title's own punctuation
        # ("Airplane!") is undone; a period absorbed into a title ("American History X.") ends one
        forced = set()
        for m in mentions:
            if (m.start, m.end) in trailing:
                ends[m.end - 1] -= 1  # the claim's span stops before the period
                forced.add(m.end)
        cover: list[_Mention | None] = [None] * n
        for m in mentions:
            for k in range(m.start, m.end):
                cover[k] = m
        new_start = [False] * n
        for i in range(1, n):
            if i in forced:
                new_start[i] = True
            elif starts[i]:
                m = cover[i]
                if m is not None and m.start < i:
                    # split inside a title ("...And Justice for All"): the sentence starts at the
                    # title when punctuation precedes it, else there is no boundary
                    if m.start > 0 and words[m.start - 1][-1:] in ".!?…":
                        new_start[m.start] = True
                    continue
                k = i - 1
                while k > 0 and k > i - 4 and words[k][-1:] not in ".!?…":
                    k -= 1
                if not taken[k]:
                    new_start[i] = True
        s_id = 0
        for i in range(1, n):
            if new_start[i]:
                s_id += 1
            sent[i] = s_id
        for m in mentions:
            m.sent = sent[m.start]
        # "Try Toy Story 2. It is directed by ...": a sentence-initial "it" before a verb or a
        # cue stands for the items named in the sentence before
        for i in range(1, n - 1):
            if lowers[i] != "it" or not new_start[i] or taken[i]:
                continue
            if not (lowers[i + 1] in _SUBJECT_VERBS or lowers[i + 1] == "also" or i + 1 in follows):
                continue
            before = [m for m in mentions if m.sent == sent[i] - 1 and m.kind == "item" and not m.pronoun]
            if before:
                ids = tuple(dict.fromkeys(x for m in before for x in m.ids))
                taken[i] = True
                ref = _Mention(i, i + 1, ids, frozenset().union(*(m.types for m in before)), "item",
                               all(m.in_evidence for m in before), False, sent[i])
                ref.pronoun = True
                mentions.append(ref)
        entity_taken = list(taken)
        for i in range(n):
            if lowers[i] in _USER_WORDS and not taken[i]:
                taken[i] = True
                mentions.append(
                    _Mention(i, i + 1, (user,) if user else (), frozenset({"user"}), "user",
                             user is not None, True, sent[i])
                )
        for m in mentions:
            m.sent = sent[m.start]
        mentions.sort(key=lambda m: m.start)
        cue_at: dict[int, list[tuple[int, _Cue]]] = {}
        for s, e in cue_spans:
            cue = index.cues.get(tuple(lowers[s:e]))
            if cue is not None and not any(entity_taken[s:e]):
                cue_at.setdefault(s, []).append((e, cue))

        def cues_in(a: int, b: int) -> list[_Cue]:
            """Relation cues inside tokens [a, b) that can link two non-user entities."""
            out = []
            for s in range(a, b):
                for e, cue in cue_at.get(s, ()):
                    if e <= b and not cue.relations <= index.user_relations:
                        out.append(cue)
            return out

        claims: list[Claim] = []
        covered: set[Triple] = set()
        mentioned: set[str] = set()

        def add(a: int, b: int, kind: str, ok: bool, status: str, triple: Triple | None,
                entities: tuple[str, ...]) -> None:
            cs, ce = char_span(a, b)
            claims.append(Claim(cs, ce, original[cs:ce], kind, ok, triple, status, entities))
            if ok and triple is not None:
                covered.add(triple)

        # ---- mention claims
        for m in mentions:
            if m.user:
                if user is not None:
                    mentioned.add(user)
                continue
            if m.pronoun:
                continue
            if m.in_evidence:
                mentioned.update(m.ids)
                add(m.start, m.end, "mention", True, "supported", None, m.ids)
            else:
                add(m.start, m.end, "mention", False, "not_in_evidence", None, m.ids)

        # ---- coordination groups and assertions, sentence by sentence
        by_sent: dict[int, list[_Mention]] = {}
        for m in mentions:
            by_sent.setdefault(m.sent, []).append(m)
        group_of: dict[int, list[_Mention]] = {}
        for sent_mentions in by_sent.values():
            groups = _coordinate(sent_mentions, lowers)
            for g in groups:
                for m in g:
                    group_of[m.start] = g
            paired: set[tuple[int, int]] = set()
            # cues that fit no mention before them wait for a later one they fit:
            # "X has the same director as Y, which you loved: A"
            pending: tuple[list[_Cue], list[list[_Mention]]] | None = None
            for gi in range(1, len(groups)):
                cur = groups[gi]
                if cur[0].user:
                    continue
                prev = groups[gi - 1]
                local = cues_in(prev[-1].end, cur[0].start)
                head_group = None
                fits = False
                new_pending = None
                if local and not prev[0].user and self._attached(cue_at, lowers, prev[-1].end, cur[0].start):
                    # "Steven Spielberg is a film of the genre Action": a relation phrase right
                    # after a mention has that mention as its subject, whatever its type
                    if not index.compatible(prev[0].types, cur[0].types) & frozenset().union(
                        *(c.relations for c in local)
                    ):
                        for h in prev:
                            for t in cur:
                                paired.add((h.start, t.start))
                                self._assertion(index, h, t, local, add, attached=True)
                        continue
                if local:
                    cued = frozenset().union(*(c.relations for c in local))
                    for gj in range(gi - 1, -1, -1):
                        g = groups[gj]
                        if g[0].user:
                            continue
                        if index.compatible(g[0].types, cur[0].types) & cued:
                            head_group = g
                            fits = True
                            break
                    if fits and self._shared(lowers, prev[-1].end, cur[0].start, cur[-1].end):
                        # "X; Y shares its director, A" / "Y is directed by A too": X has A too
                        for gk in range(gj - 1, -1, -1):
                            g = groups[gk]
                            if g[0].user or not (g[0].types & head_group[0].types):
                                continue
                            for h in g:
                                for t in cur:
                                    paired.add((h.start, t.start))
                                    self._assertion(index, h, t, local, add)
                            break
                    if head_group is None:
                        heads = [g for g in groups[:gi] if not g[0].user][-1:] + [cur]
                        new_pending = (local, heads)
                        if not prev[0].user:
                            head_group = prev
                elif not prev[0].user:
                    head_group = prev
                if not fits and pending is not None:
                    p_cues, p_heads = pending
                    p_cued = frozenset().union(*(c.relations for c in p_cues))
                    used = False
                    for hg in p_heads:
                        if index.compatible(hg[0].types, cur[0].types) & p_cued:
                            used = True
                            for h in hg:
                                for t in cur:
                                    paired.add((h.start, t.start))
                                    self._assertion(index, h, t, p_cues, add)
                    if used:
                        pending = None
                        continue
                if new_pending is not None:
                    pending = new_pending
                if head_group is None:
                    continue
                for h in head_group:
                    for t in cur:
                        paired.add((h.start, t.start))
                        self._assertion(index, h, t, local, add)
            # non-adjacent pairs: claims only where the graph links them and a cue says how
            non_user = [m for m in sent_mentions if not m.user]
            for i, a in enumerate(non_user):
                for b in non_user[i + 1:]:
                    if (a.start, b.start) in paired:
                        continue
                    edges = _edges(index, a, b)
                    if not edges:
                        continue
                    cued = frozenset().union(*(c.relations for c in cues_in(a.end, b.start)))
                    hit = [t for t, _ in edges if t.relation in cued]
                    if hit:
                        tr = hit[0]
                        ok = tr.relation not in index.sensitive
                        add(a.start, b.end, "assertion", ok, "supported" if ok else "sensitive",
                            tr, (a.ids[0], b.ids[0]))

            # a relation noun or phrase right before a mention names how that mention is linked
            # ("Y shares its genre, Crimson Tide"): some mention of the sentence must be linked
            # to it by that relation, whatever the types
            for t in non_user:
                k = t.start
                while k > 0 and lowers[k - 1] in _APPOSITION_GAP:
                    k -= 1
                named: set[str] = set()
                cue_start = None
                for s0 in range(max(0, k - 8), k):
                    for e, cue in cue_at.get(s0, ()):
                        if e == k and cue.strong and not cue.relations <= index.user_relations:
                            named |= cue.relations - index.user_relations
                            cue_start = s0 if cue_start is None else min(cue_start, s0)
                if not named or cue_start is None:
                    continue
                if any(c.kind == "assertion" and not c.supported and c.end == ends[t.end - 1]
                       for c in claims):
                    continue  # already rejected by the assertion rules
                linked = False
                other_edge = None
                for h in non_user:
                    if h is t:
                        continue
                    for tr, _ in _edges(index, h, t):
                        if tr.relation in named:
                            linked = True
                            break
                        other_edge = other_edge or tr
                    if linked:
                        break
                if not linked:
                    add(cue_start, t.end, "assertion", False,
                        "wrong_relation" if other_edge else "not_in_graph", other_edge, t.ids[:1])

        # ---- claims about the user
        self._user_claims(index, doc, mentions, lowers, sent, user, cue_at, group_of, add)

        # ---- numbers
        if self.check_numbers:
            self._numbers(index, mentions, words, sent, taken, user, ev_entities, add)

        # ---- invented names
        if self.check_unknown_names:
            cue_tokens = [False] * n
            for cs, ce in cue_spans:
                for k in range(cs, ce):
                    cue_tokens[k] = True
            self._unknown_names(index, words, lowers, sent, taken, initial, ev_entities,
                                cue_tokens, set(cue_at), add)

        claims.sort(key=lambda c: (c.start, c.end))
        if user is not None and any(m.user for m in mentions):
            mentioned.add(user)
        uncovered = tuple(
            t for t in evidence
            if t not in covered
            and t.relation not in index.sensitive
            and not (t.head in mentioned and t.tail in mentioned)
        )
        rejected = [c for c in claims if not c.supported]
        if rejected:
            reason = "; ".join(f"{c.status}: {c.text!r}" for c in rejected[:5])
            if len(rejected) > 5:
                reason += f"; and {len(rejected) - 5} more"
            return Verdict(False, tuple(claims), uncovered, reason)
        if self.require_mention and evidence and not (mentioned - {user}):
            return Verdict(False, tuple(claims), uncovered, "the text names no entity of the evidence")
        return Verdict(True, tuple(claims), uncovered, "")

    @staticmethod
    def _shared(lowers: list[str], gap_start: int, gap_end: int, tail_end: int) -> bool:
        """Whether the cue says the tail is shared with an earlier item ("shares", "too")."""
        if any(w in _SHARE_WORDS for w in lowers[gap_start:gap_end]):
            return True
        after = lowers[tail_end:tail_end + 2]
        return bool(after) and (after[0] == "too" or after == ["as", "well"])

    @staticmethod
    def _attached(cue_at: dict[int, list[tuple[int, _Cue]]], lowers: list[str], start: int,
                  stop: int) -> bool:
        """Whether a relation phrase (a strong cue) starts right after token ``start``."""
        k = start
        while k < stop and lowers[k] in _ATTACH_GAP:
            if any(cue.strong and e <= stop for e, cue in cue_at.get(k, ())):
                return True
            k += 1
        return k < stop and any(cue.strong and e <= stop for e, cue in cue_at.get(k, ()))

    def _assertion(
        self, index: _GraphIndex, h: _Mention, t: _Mention, local: list[_Cue], add: _AddClaim,
        attached: bool = False,
    ) -> None:
        """One ``(h, relation, t)`` assertion: the cue must name a relation the graph stores."""
        edges = _edges(index, h, t)
        cued = frozenset().union(*(c.relations for c in local)) if local else frozenset()
        compat = index.compatible(h.types, t.types)
        a, b = (h, t) if h.start < t.start else (t, h)
        ents = (h.ids[0], t.ids[0])
        if edges:
            hit = [tr for tr, _ in edges if tr.relation in cued]
            if hit:
                tr = hit[0]
                ok = tr.relation not in index.sensitive
                add(a.start, b.end, "assertion", ok, "supported" if ok else "sensitive", tr,
                    (tr.head, tr.tail))
                return
            strong_other = any(c.strong for c in local)
            if cued & compat or strong_other:
                add(a.start, b.end, "assertion", False, "wrong_relation", edges[0][0], ents)
                return
            plain = [tr for tr, _ in edges if tr.relation not in index.sensitive]
            if plain:
                add(a.start, b.end, "assertion", True, "supported", plain[0], (plain[0].head, plain[0].tail))
            else:
                add(a.start, b.end, "assertion", False, "sensitive", edges[0][0], ents)
            return
        if cued & compat or (attached and any(c.strong for c in local)):
            add(a.start, b.end, "assertion", False, "not_in_graph", None, ents)

    def _user_claims(
        self, index: _GraphIndex, doc: Doc, mentions: list[_Mention], lowers: list[str],
        sent: list[int], user: str | None, cue_at: dict[int, list[tuple[int, _Cue]]],
        group_of: dict[int, list[_Mention]], add: _AddClaim,
    ) -> None:
        """Claims about "you": loved / disliked (ratings), watched (an interaction), not seen."""
        n = len(lowers)
        user_spans = {}
        for _, s, e in index.user_matcher(doc):
            user_spans.setdefault(s, []).append(e)
        order = [m for m in mentions]
        for k, u in enumerate(order):
            if not u.user:
                continue
            # window: after "you" up to the next mention or clause punctuation
            j = u.end
            nxt = next((m for m in order[k + 1:] if m.start >= u.end), None)
            stop_at_mention = False
            while j < n and sent[j] == u.sent:
                if nxt is not None and j >= nxt.start:
                    stop_at_mention = True
                    break
                if lowers[j] in _CLAUSE_PUNCT:
                    break
                j += 1
            window = range(u.end, j)
            if not window and not stop_at_mention:
                continue
            words = [lowers[i] for i in window]
            if any(w in _MODALS for w in words) or (u.start > 0 and lowers[u.start - 1] in _MODALS):
                continue
            sentiment = None
            for i in window:
                for e in user_spans.get(i, ()):
                    if e <= j:
                        label = index.user_cues[tuple(lowers[i:e])]
                        if label == "POS" or sentiment is None or (label == "NEG" and sentiment == "INT"):
                            sentiment = label
            sensitive_cue = False
            rel_cue = False
            for i in window:
                for e, cue in cue_at.get(i, ()):
                    if e <= j:
                        if cue.relations & index.sensitive & index.user_relations:
                            sensitive_cue = True
                        if cue.relations & (index.user_relations - index.sensitive):
                            rel_cue = True
            if sentiment is None and rel_cue:
                sentiment = "INT"
            if sentiment is None and not sensitive_cue:
                continue
            negated = any(w in _NEGATIONS for w in words)
            # the claim is about the next group ("you loved X and Y") or the one before ("X, which you loved")
            targets: list[_Mention] = []
            after = stop_at_mention and nxt is not None and not nxt.user
            if after:
                group = group_of.get(nxt.start, [nxt])
                targets.extend(m for m in group if m.start >= nxt.start)
            else:
                before = [m for m in order[:k] if not m.user and m.sent == u.sent]
                if before:
                    targets.append(before[-1])
            if not targets:
                continue
            if after and sentiment == "INT":
                last = targets[-1].end
                if any(lowers[i] in _HIGHLY for i in range(last, min(n, last + 3))):
                    sentiment = "POS"
            for tgt in targets:
                if (user is not None and not sensitive_cue
                        and not index.compatible((index.info[user][1],), tgt.types)):
                    # "you loved <a genre>": no user relation can link the user to it, so the
                    # graph cannot back the claim — reject it rather than let it pass unchecked
                    lo = min(u.start, tgt.start)
                    hi = tgt.end if tgt.start > u.start else max(u.end, j)
                    add(lo, hi, "user", False, "not_rated", None, (user, tgt.ids[0]))
                    continue
                # the span runs from "you" to the item, or from the item over "you <verb>"
                lo = min(u.start, tgt.start)
                hi = tgt.end if tgt.start > u.start else max(u.end, j)
                if user is None:
                    add(lo, hi, "user", False, "unknown_user", None, tgt.ids[:1])
                    continue
                edges = []
                for i in tgt.ids:
                    edges.extend(index.edges_between(user, i))
                if sensitive_cue:
                    sens = [tr for tr, _ in edges if tr.relation in index.sensitive]
                    add(lo, hi, "user", False, "sensitive", sens[0] if sens else None,
                        (user, tgt.ids[0]))
                    continue
                plain = [(tr, at) for tr, at in edges if tr.relation not in index.sensitive]
                if negated:
                    if plain:
                        add(lo, hi, "user", False, "interacted", plain[0][0], (user, tgt.ids[0]))
                    else:
                        add(lo, hi, "user", True, "supported", None, (user, tgt.ids[0]))
                    continue
                if not plain:
                    add(lo, hi, "user", False, "not_rated", None, (user, tgt.ids[0]))
                    continue
                if sentiment == "INT":
                    add(lo, hi, "user", True, "supported", plain[0][0], (user, tgt.ids[0]))
                    continue
                rated = [(tr, _as_number(at.get("rating"))) for tr, at in plain]
                with_rating = [(tr, r) for tr, r in rated if r is not None]
                if not with_rating:
                    # implicit feedback: an interaction without a rating counts as liking
                    ok = sentiment == "POS"
                    add(lo, hi, "user", ok, "supported" if ok else "not_rated",
                        plain[0][0], (user, tgt.ids[0]))
                    continue
                best = max(with_rating, key=lambda x: x[1])
                worst = min(with_rating, key=lambda x: x[1])
                if sentiment == "POS":
                    ok = best[1] >= self.rating_threshold
                    add(lo, hi, "user", ok, "supported" if ok else "low_rating", best[0],
                        (user, tgt.ids[0]))
                else:  # NEG
                    ok = worst[1] < self.rating_threshold
                    add(lo, hi, "user", ok, "supported" if ok else "high_rating", worst[0],
                        (user, tgt.ids[0]))

    def _numbers(
        self, index: _GraphIndex, mentions: list[_Mention], words: list[str], sent: list[int],
        taken: list[bool], user: str | None, ev_entities: set[str], add: Any,
    ) -> None:
        """Numbers against literal attributes (``year``) and the user's ratings."""
        for i, w in enumerate(words):
            if taken[i] or not _NUMBER_RE.match(w):
                continue
            value = float(w.replace(",", ""))
            # "Title (1995)": the number belongs to the title right before it, and only to it
            owner = [m for m in mentions if not m.user and m.end == i - 1 and words[i - 1] == "("]
            if owner:
                near = owner
            else:
                near = [m for m in mentions if m.sent == sent[i] and not m.user]
                if not near:
                    near = [m for m in mentions if not m.user]
                near.sort(key=lambda m: min(abs(m.start - i), abs(m.end - 1 - i)))
            candidates = [eid for m in near for eid in m.ids]
            if not owner:
                # a literal of the evidence the text names without its label ("born in 1927")
                candidates += sorted(ev_entities - set(candidates) - {user})
            found: tuple[str, Triple | None] | None = None
            any_attr = False
            for eid in candidates:
                attrs = index.info[eid][3] if eid in index.info else {}
                any_attr = any_attr or bool(attrs)
                if any(abs(val - value) < 1e-6 for val in attrs.values()):
                    found = (eid, None)
                    break
                if user is not None and eid != user:
                    for tr, at in index.edges_between(user, eid):
                        r = _as_number(at.get("rating"))
                        if r is None or tr.relation in index.sensitive:
                            continue
                        any_attr = True
                        if abs(r - value) < 1e-6:
                            found = (eid, tr)
                            break
                    if found:
                        break
            if found is not None:
                eid, tr = found
                add(i, i + 1, "number", True, "supported", tr, (tr.head, tr.tail) if tr else (eid,))
            else:
                ents = tuple(m.ids[0] for m in near[:1])
                add(i, i + 1, "number", False, "wrong_value" if any_attr else "unverified_number",
                    None, ents)

    def _unknown_names(
        self, index: _GraphIndex, words: list[str], lowers: list[str], sent: list[int],
        taken: list[bool], initial: Callable[[int], bool], ev_entities: set[str],
        cue_tokens: list[bool], follows: set[int], add: _AddClaim,
    ) -> None:
        """Capitalized names outside every mention: a shortened evidence label or an invention."""
        n = len(words)
        ev_tokens: dict[str, set[str]] = {}
        i = 0
        runs: list[tuple[int, int]] = []
        while i < n:
            if taken[i] or cue_tokens[i] or not _capitalized(words[i]):
                i += 1
                continue
            j = i + 1
            while j < n and not taken[j] and not cue_tokens[j] and sent[j] == sent[i]:
                if _capitalized(words[j]) or (words[j][:1].isdigit() and _capitalized(words[j - 1])):
                    j += 1
                    continue
                if lowers[j] in _NAME_CONNECTORS and j + 1 < n and not taken[j + 1] and _capitalized(words[j + 1]) and sent[j + 1] == sent[i]:
                    j += 2
                    continue
                break
            runs.append((i, j))
            i = j
        if not runs:
            return
        for s, e in runs:
            # function words and sentence-initial capitals are not names
            while s < e and (_is_stop(lowers[s]) or lowers[s] in _NOT_NAMES or lowers[s] in _NAME_CONNECTORS):
                s += 1
            while e > s and (lowers[e - 1] in _NAME_CONNECTORS):
                e -= 1
            if s >= e:
                continue
            content = [k for k in range(s, e) if not _is_stop(lowers[k]) and lowers[k] not in _NOT_NAMES]
            if not content:
                continue
            if e - s == 1:
                w = words[s]
                if (w.isupper() and len(w) <= 3) or not w[:1].isalpha():
                    continue
                if initial(s) and not (e in follows or e + 1 in follows or (e < n and lowers[e] in _SUBJECT_VERBS)):
                    continue  # a capital that only starts the sentence, not a subject
            if not ev_tokens:
                for eid in ev_entities:
                    label = index.info[eid][2] if eid in index.info else ""
                    for tok in re.findall(r"\w+", label.lower()):
                        ev_tokens.setdefault(tok, set()).add(eid)
            parts = [t for k in content for t in re.findall(r"\w+", lowers[k])]
            owners = None
            for p in parts:
                ids = ev_tokens.get(p)
                owners = set(ids) if owners is None and ids else (owners & ids if owners and ids else None)
                if not owners:
                    break
            if owners:
                add(s, e, "mention", True, "partial_match", None, tuple(sorted(owners)))
            else:
                add(s, e, "unknown_entity", False, "unknown_entity", None, ())


# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------
def _as_triples(evidence: Iterable[Any], n: int) -> tuple[Triple, ...]:
    if evidence is None:
        return ()
    out = []
    for t in evidence:
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
                f"item {n}: evidence must hold Triple or (head, relation, tail) tuples, got {t!r}"
            ) from None
        out.append(Triple(str(h), str(r), str(tl)))
    return tuple(dict.fromkeys(out))


def _maximal(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Drop spans contained in a longer one."""
    spans = sorted(set(spans), key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if any(os <= s and e <= oe and (os, oe) != (s, e) for os, oe in out):
            continue
        out.append((s, e))
    return out


def _capitalized(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _looks_named(words, lowers, s, e, initial, index, ids, surface) -> bool:
    """Whether a match of an entity (outside the evidence) really reads as a name."""
    if not any(ch.isalpha() for ch in surface):
        return False
    for k in range(s, e):
        w = words[k]
        if w[:1].isupper() and not initial(k) and not _is_stop(lowers[k]) and lowers[k] not in _NOT_NAMES:
            return True
    if not initial(s) and any(ch.isupper() for ch in surface):
        labels = {index.info[i][2] for i in ids}
        if any(" ".join(label.split()) == surface for label in labels):
            return True
    return False


def _coordinate(mentions: list[_Mention], lowers: list[str]) -> list[list[_Mention]]:
    """Group mentions joined only by ``,`` / ``and`` / ``or`` into coordinated lists."""
    if not mentions:
        return []
    links: list[bool] = []
    seps: list[set[str]] = []
    for a, b in zip(mentions, mentions[1:]):
        gap = lowers[a.end:b.start]
        ok = (
            not a.user and not b.user and bool(a.types & b.types)
            and all(w in _COORD for w in gap)
        )
        links.append(ok)
        seps.append(set(gap))
    groups: list[list[_Mention]] = [[mentions[0]]]
    run_seps: list[set[str]] = []

    def close_run() -> None:
        # a run joined by commas only ("You loved X, Y shares ...") is not a list, nor are two
        # mentions joined by ", and" ("You loved X, and Y shares its director")
        group = groups[-1]
        seps_all = set().union(*run_seps) if run_seps else set()
        if len(group) > 1 and (
            all(sep <= {","} for sep in run_seps)
            or (len(group) == 2 and "," in seps_all and seps_all & {"and", "or"})
        ):
            groups.pop()
            groups.extend([m] for m in group)

    for k, ok in enumerate(links):
        if ok:
            groups[-1].append(mentions[k + 1])
            run_seps.append(seps[k])
        else:
            close_run()
            run_seps = []
            groups.append([mentions[k + 1]])
    close_run()
    return groups


def _edges(index: _GraphIndex, a: _Mention, b: _Mention) -> list[tuple[Triple, dict[str, Any]]]:
    out: list[tuple[Triple, dict[str, Any]]] = []
    for x in a.ids:
        for y in b.ids:
            out.extend(index.edges_between(x, y))
    return out
