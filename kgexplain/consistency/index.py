"""Per-graph lookup tables for the checker: entity surface forms, relation cues, edges.

Built once per graph version and cached (:func:`index_for`). Entity forms are labels and aliases;
attributes (genres, tags) also match in lower case and in the plural ("comedies"). Relation cues
come from :func:`~kgexplain.consistency.lexicon.relation_cues` over the graph's registry, plus the
relation nouns of the shipped templates (``templates/paths.yaml``, read as data).
"""

from __future__ import annotations

import logging
import threading
import weakref
from typing import TYPE_CHECKING, Any

from kgexplain.consistency._text import as_number, fold, nlp
from kgexplain.consistency.lexicon import (
    COPULA_FORMS,
    INTERACTION,
    NEGATIVE,
    POSITIVE,
    Cue,
    plural,
    relation_cues,
)

if TYPE_CHECKING:  # pragma: no cover
    from kgexplain.graph import KnowledgeGraph

logger = logging.getLogger(__name__)

__all__ = ["GraphIndex", "index_for"]


def _plurals(form: str) -> list[str]:
    """The plural of a multi-word form's last word ("science fiction film" -> "... films")."""
    words = form.split()
    if not words[-1].isalpha() or len(words[-1]) < 3:
        return []
    return [" ".join(words[:-1] + [plural(words[-1])])]


_TYPE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "movie": ("film", "picture"), "film": ("movie", "picture"),
    "artist": ("band", "group", "act", "musician", "singer"), "band": ("group", "act", "artist"),
    "book": ("novel", "title"), "restaurant": ("place", "spot"), "song": ("track",),
    "album": ("record",),
}
"""Nouns a writer uses for an item type ("the 1976 band Joy Division" on a graph of artists).
They are glue next to a name: they name the kind of item, never a relation."""


def _template_nouns() -> dict[str, tuple[str, ...]]:
    """Relation nouns of the shipped templates ("director" for ``directed_by``), read as data."""
    try:
        from importlib import resources

        import yaml

        text = (resources.files("kgexplain") / "templates" / "paths.yaml").read_text("utf-8")
        nouns = (yaml.safe_load(text) or {}).get("nouns") or {}
    except (OSError, ValueError, ImportError) as exc:  # pragma: no cover - data missing
        logger.debug("no template nouns: %s", exc)
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for k, v in nouns.items():
        if isinstance(v, str) and v:
            out[str(k)] = (v,)
        elif isinstance(v, (list, tuple)):
            out[str(k)] = tuple(str(x) for x in v if x)
    return out


class GraphIndex:
    """Matchers and lookup tables for one version of one graph."""

    def __init__(self, kg: KnowledgeGraph) -> None:
        from spacy.matcher import PhraseMatcher

        pipe = nlp()
        self.version = kg.version
        self.graph = kg.graph
        relations = kg.relations
        self.sensitive = frozenset(r for r, rel in relations.items() if rel.sensitive)

        # ---- entities: id -> (kind, type, label, numeric attributes); surface form -> ids
        self.info: dict[str, tuple[str, str, str, dict[str, float]]] = {}
        self.form_ids: dict[str, tuple[str, ...]] = {}
        self.lower_ok: set[str] = set()  # forms that may match in lower case (attributes)
        forms: dict[str, list[str]] = {}
        cased: dict[str, str] = {}  # one cased spelling per form: tokenizer exceptions are cased
        for ent in kg.entities():
            numeric = {}
            for key, value in ent.attrs.items():
                num = as_number(value)
                if num is not None:
                    numeric[str(key)] = num
            self.info[ent.id] = (ent.kind, ent.type, ent.label, numeric)
            if ent.kind == "user":
                continue
            for form in (ent.label, *ent.aliases):
                form = " ".join(fold(str(form)).split())
                if not form:
                    continue
                variants = [form]
                if ent.kind == "attribute":
                    variants += _plurals(form)
                for v in variants:
                    forms.setdefault(v.lower(), []).append(ent.id)
                    cased.setdefault(v.lower(), v)
                    if ent.kind == "attribute":
                        self.lower_ok.add(v.lower())
        # nouns naming the graph's item types may stand beside a name ("the film Heat",
        # "a comedy film"); "film"/"movie" only on a graph whose items are movies
        item_types = {t for k, t, _, _ in self.info.values() if k == "item" and t}
        nouns = set()
        for t in item_types:
            for word in (t.lower(), *_TYPE_SYNONYMS.get(t.lower(), ())):
                nouns |= {word, plural(word)}
        self.type_nouns = frozenset(nouns)
        self.canonical = cased  # lowercase form -> a cased spelling (for casing checks)
        keyed: dict[str, list[str]] = {}
        for form, ids in forms.items():
            keyed.setdefault(_key(form), []).extend(ids)
        self.form_ids = {k: tuple(dict.fromkeys(v)) for k, v in keyed.items()}
        patterns = list(pipe.tokenizer.pipe(list(cased.values()), batch_size=2048))
        # a sentence-final period can merge into a label's last token ("Warner Bros..",
        # "U.N.C.L.E.."): such forms get a pattern with the period too
        self.period_keys: set[str] = set()
        short_end = [f for f in cased.values()
                     if len(f.split()[-1]) <= 4 or f[-1:] in ".!?" or "-" in f.split()[-1]
                     or f.split()[-1][-1:].isupper()]
        for form, doc in zip(short_end, pipe.tokenizer.pipe([f + "." for f in short_end], batch_size=2048)):
            if doc[-1].text != ".":
                key = _key(form + ".")
                if key not in self.form_ids:
                    self.form_ids[key] = self.form_ids[_key(form)]
                    self.period_keys.add(key)
                    patterns.append(doc)
        self.entity_matcher = PhraseMatcher(pipe.vocab, attr="LOWER")
        self.entity_matcher.add("E", patterns)

        # ---- relation cues
        nouns = _template_nouns()
        self.cues: dict[tuple[str, ...], frozenset[Cue]] = {}
        cue_sets: dict[tuple[str, ...], set[Cue]] = {}
        self.user_relations: set[str] = set()
        for h, t, r in self.graph.edges(keys=True):
            if self.info[h][0] == "user" or self.info[t][0] == "user":
                self.user_relations.add(r)
        copular = _copular_relations(relations, self.info)
        for rel in relations.values():
            if rel.name in self.user_relations:
                continue  # the user's own relations are read by the user cues below
            table = relation_cues(rel.name, rel.phrase, rel.inverse_phrase, tuple(rel.cues),
                                  tuple(rel.inverse_cues), nouns.get(rel.name, ()))
            if not rel.cues and rel.name in copular:
                table = {**table, **{f: {Cue(rel.name, True)} | table.get(f, set())
                                     for f in COPULA_FORMS}}
            for form, readings in table.items():
                key = tuple(t.lower_ for t in pipe.tokenizer(form))
                cue_sets.setdefault(key, set()).update(readings)
        self.cues = {k: frozenset(v) for k, v in cue_sets.items()}
        self.cue_matcher = PhraseMatcher(pipe.vocab, attr="LOWER")
        self.cue_matcher.add("R", [pipe.make_doc(" ".join(k)) for k in self.cues])

        # ---- user cues: "you loved X" (POS), "you watched X" (INT), "you disliked X" (NEG)
        self.user_cues: dict[tuple[str, ...], str] = {}
        user_words = [(w, "INT") for w in INTERACTION] + [(w, "NEG") for w in NEGATIVE]
        user_words += [(w, "POS") for w in POSITIVE]
        for r in self.user_relations:
            rel = relations.get(r)
            if rel is not None:
                table = relation_cues(r, rel.phrase, rel.inverse_phrase, tuple(rel.cues))
                label = "SENS" if rel.sensitive else "INT"
                user_words += [(f, label) for f, rd in table.items() if any(c.forward for c in rd)]
        for w, label in user_words:
            key = tuple(t.lower_ for t in pipe.tokenizer(w))
            if label in ("INT", "SENS") and self.user_cues.get(key) in ("POS", "NEG"):
                continue  # "loved" listed as a cue of `rated` keeps its stronger meaning
            self.user_cues[key] = label
        self.user_matcher = PhraseMatcher(pipe.vocab, attr="LOWER")
        self.user_matcher.add("U", [pipe.make_doc(" ".join(k)) for k in self.user_cues])
        logger.debug("checker index: %d forms, %d cues", len(self.form_ids), len(self.cues))

    def stored(self, head: str, relation: str, tail: str) -> bool:
        """Whether the edge ``(head, relation, tail)`` is stored (in that direction)."""
        data = self.graph._succ.get(head, {}).get(tail)
        return bool(data) and relation in data

    def edges_between(self, a: str, b: str) -> list[tuple[str, str, str, dict[str, Any]]]:
        """Every stored edge linking ``a`` and ``b``, either direction: (head, rel, tail, attrs)."""
        out = []
        succ = self.graph._succ
        for h, t in ((a, b), (b, a)):
            data = succ.get(h, {}).get(t)
            if data:
                out.extend((h, r, t, attrs) for r, attrs in data.items())
            if a == b:
                break
        return out


def _copular_relations(relations: Any, info: dict[str, tuple[str, str, str, dict[str, float]]]) -> set[str]:
    """Relations from items to attributes (by the registry's domain and range): "X is a grunge
    band" can state them.

    A registry that declares no ``cues`` for such a relation gets the copula forms
    (:data:`~kgexplain.consistency.lexicon.COPULA_FORMS`) as forward cues; one that declares cues
    keeps exactly its own."""
    kinds: dict[str, set[str]] = {}
    for kind, type_, _, _ in info.values():
        if type_:
            kinds.setdefault(type_, set()).add(kind)
    return {r.name for r in relations.values()
            if r.domain and r.range
            and all(kinds.get(t) == {"item"} for t in r.domain)
            and all(kinds.get(t) == {"attribute"} for t in r.range)}


def _key(form: str) -> str:
    return "".join(form.lower().split())


_LOCK = threading.Lock()
_INDEXES: "weakref.WeakKeyDictionary[Any, GraphIndex]" = weakref.WeakKeyDictionary()


def index_for(kg: KnowledgeGraph) -> GraphIndex:
    """The cached index of ``kg`` (rebuilt when the graph has changed since)."""
    with _LOCK:
        idx = _INDEXES.get(kg)
        if idx is not None and idx.version == kg.version:
            return idx
    idx = GraphIndex(kg)
    with _LOCK:
        _INDEXES[kg] = idx
    return idx
