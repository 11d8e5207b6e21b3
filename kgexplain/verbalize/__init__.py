"""Verbalizer stage: turn reasoning paths and facts (as label triples) into a short reason.

Two implementations share the :class:`Verbalizer` interface:

* :class:`TemplateVerbalizer` renders Jinja2 templates (``templates/*.j2``, sandboxed: labels are
  data, never template code) from the graph's relation phrases. It states only what the triples
  say, so it is the always-faithful fallback and the source of path→reason training pairs.
* :class:`Seq2SeqVerbalizer` runs a T5 model (trained by the project, shipped in
  ``kgexplain/models/``) over linearized triples. Entity labels are *delexicalized* to placeholders
  (``<E0>``, ``<E1>``, …) before the model and restored after, so names come out exactly and unseen
  entities work. Two backends: ``transformers`` (the reference) and CTranslate2 int8 (fast CPU).

Input format (documented, stable)::

    <H> <E0> <R> is directed by <T> <E1> <H> you <R> loved <T> <E0>

The user is always the literal word ``you`` (never a placeholder).
"""

from __future__ import annotations

import contextlib
import contextvars
import hashlib
import json
import logging
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path as FsPath
from typing import Any, Iterable, Iterator, Literal, Sequence

logger = logging.getLogger(__name__)

__all__ = [
    "Verbalizer",
    "TemplateVerbalizer",
    "Seq2SeqVerbalizer",
    "Delexicalized",
    "delexicalize",
    "delexicalize_text",
    "relexicalize",
    "linearize",
    "reason_triples",
    "path_training_pairs",
    "default_model_dir",
]

LabelTriple = tuple[str, str, str]

HEAD, REL, TAIL = "<H>", "<R>", "<T>"
MAX_PLACEHOLDERS = 32
PLACEHOLDERS = tuple(f"<E{i}>" for i in range(MAX_PLACEHOLDERS))
USER_WORD = "you"
_PLACEHOLDER_RE = re.compile(r"<E(\d+)>(\.?)")
# a space the tokenizer drops before a placeholder (it absorbs left whitespace) is put back
_SPACE_BEFORE_RE = re.compile(r"(?<=[^\s(\[\"'“‘/-])(<E\d+>)")
_SPACE_BEFORE_PUNCT_RE = re.compile(r"\s+([,.;:!?])")


# ---------------------------------------------------------------------------------------------
# Delexicalization
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Delexicalized:
    """A triple set with its entity labels replaced by placeholders.

    Args:
        source: the linearized model input (placeholders instead of labels).
        labels: ``labels[i]`` is the label behind ``<Ei>``.
    """

    source: str
    labels: tuple[str, ...]

    def restore(self, text: str) -> str | None:
        """Put the labels back into a model output (``None`` if it names an unknown placeholder)."""
        return relexicalize(text, self.labels)


def _is_user(label: str) -> bool:
    return label.strip().lower() == USER_WORD


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", str(text)).strip()


def delexicalize(triples: Iterable[Sequence[str]]) -> Delexicalized:
    """Linearize label triples with each distinct entity label replaced by a placeholder.

    Placeholders are numbered in order of first appearance; the user (``"you"``) stays literal.

    >>> d = delexicalize([("Toy Story", "is directed by", "John Lasseter"),
    ...                   ("you", "loved", "Toy Story")])
    >>> d.source
    '<H> <E0> <R> is directed by <T> <E1> <H> you <R> loved <T> <E0>'
    >>> d.labels
    ('Toy Story', 'John Lasseter')
    """
    index: dict[str, int] = {}
    labels: list[str] = []
    parts: list[str] = []

    def slot(label: str) -> str:
        label = _clean(label)
        if _is_user(label):
            return USER_WORD
        if label not in index:
            if len(labels) >= MAX_PLACEHOLDERS:
                # beyond the placeholder budget a label stays literal (rare: > 32 entities)
                return label
            index[label] = len(labels)
            labels.append(label)
        return PLACEHOLDERS[index[label]]

    for triple in triples:
        head, rel, tail = (str(x) for x in triple)
        parts.append(f"{HEAD} {slot(head)} {REL} {_clean(rel)} {TAIL} {slot(tail)}")
    return Delexicalized(" ".join(parts), tuple(labels))


def linearize(triples: Iterable[Sequence[str]]) -> str:
    """Linearize label triples without delexicalization (for display and logs).

    >>> linearize([("Toy Story", "is directed by", "John Lasseter")])
    '<H> Toy Story <R> is directed by <T> John Lasseter'
    """
    return " ".join(
        f"{HEAD} {_clean(h)} {REL} {_clean(r)} {TAIL} {_clean(t)}" for h, r, t in triples
    )


def relexicalize(text: str, labels: Sequence[str]) -> str | None:
    """Replace placeholders in a model output by their labels.

    Returns ``None`` when the text names a placeholder that has no label (the model invented an
    entity slot), so callers can drop that candidate.

    >>> relexicalize("<E0> is directed by <E1>.", ["Toy Story", "John Lasseter"])
    'Toy Story is directed by John Lasseter.'
    >>> relexicalize("<E3> is great.", ["Toy Story"]) is None
    True
    >>> relexicalize("It is abbreviated <E0>.", ["Acta Math. Hungar."])
    'It is abbreviated Acta Math. Hungar.'

    """
    text = _SPACE_BEFORE_RE.sub(r" \1", text)
    bad = False

    def sub(m: re.Match[str]) -> str:
        nonlocal bad
        i = int(m.group(1))
        if i >= len(labels):
            bad = True
            return m.group(0)
        stop = m.group(2)
        if stop and labels[i].endswith("."):  # "Acta Math. Hungar." ends the sentence itself
            stop = ""
        return labels[i] + stop

    out = _PLACEHOLDER_RE.sub(sub, text)
    if bad:
        return None
    out = _SPACE_BEFORE_PUNCT_RE.sub(r"\1", out)
    return re.sub(r"\s+", " ", out).strip()


_LOOP_RE = re.compile(r"(\b(?:\S+\s+){1,8}?)\1{2,}")


def strip_loop(text: str) -> str:
    """Cut a degenerate repetition loop ("the capital is the capital is the capital is …").

    The text is cut where a word sequence starts repeating for the third time in a row, then
    back to the last full sentence when there is one.

    >>> strip_loop("Rome is in Italy. The leader is the leader is the leader is the leader is")
    'Rome is in Italy.'
    >>> strip_loop("Toy Story is directed by John Lasseter.")
    'Toy Story is directed by John Lasseter.'
    """
    m = _LOOP_RE.search(text + " ")
    if not m:
        return text
    head = text[: m.start()].rstrip(" ,;:")
    end = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    if head.endswith((".", "!", "?")):
        return head
    if end > 0:
        return head[: end + 1]
    return (head + ".") if head else ""


def _surface_variants(label: str) -> list[str]:
    """Surface forms under which a reference text may mention a label (longest first)."""
    variants = {label}
    no_paren = re.sub(r"\s*\([^)]*\)\s*$", "", label).strip()
    variants.add(no_paren)
    if "," in no_paren:
        variants.add(no_paren.split(",")[0].strip())
    for suffix in (" language", " people", " Americans", " cuisine", " music"):
        if no_paren.endswith(suffix) and len(no_paren) > len(suffix) + 2:
            variants.add(no_paren[: -len(suffix)])
    if no_paren.lower().startswith("the "):
        variants.add(no_paren[4:])
    # "1.8" vs "1.80", "5000.0" vs "5000" vs "5,000"
    number = re.fullmatch(r"(-?\d+)(\.\d+)?", no_paren)
    if number:
        whole, frac = number.group(1), number.group(2) or ""
        if re.fullmatch(r"\.0+", frac):
            variants.add(whole)
            frac = ""
        if len(whole.lstrip("-")) > 3:
            variants.add(f"{int(whole):,}{frac}")
    date = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", no_paren)
    if date:
        year, month, day = int(date.group(1)), int(date.group(2)), int(date.group(3))
        if 1 <= month <= 12 and 1 <= day <= 31:
            name = _MONTHS[month - 1]
            suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
            for d in (f"{day}", f"{day}{suffix}"):
                variants.update({f"{name} {d}, {year}", f"{name} {d} {year}", f"{d} {name} {year}",
                                 f"{d} {name}, {year}", f"{d} of {name} {year}",
                                 f"{d} of {name}, {year}", f"{name} {d}"})
    return sorted((v for v in variants if len(v) >= 2 or v.isdigit()), key=len, reverse=True)


# Abbreviations references use for a few very common labels; matched with their letter case, so
# "US" never matches the pronoun "us".
_ABBREVIATIONS = {
    "united states": ("U.S.A.", "U.S.", "USA", "US"),
    "united kingdom": ("U.K.", "UK"),
    "united states of america": ("U.S.A.", "U.S.", "USA", "US"),
}


def _variant_pattern(variant: str) -> str:
    """A regex for a folded variant that tolerates the punctuation references drop or change.

    Dots, colons, apostrophes and commas may be left out (``"A.F.C. Fylde"`` matches
    ``"AFC Fylde"``); a space or hyphen may be either or nothing (``"Mid-Atlantic"`` matches
    ``"Mid Atlantic"``); ``"&"`` may be written ``"and"``.
    """
    parts = []
    for k, ch in enumerate(variant):
        between_digits = 0 < k < len(variant) - 1 and variant[k - 1].isdigit() and variant[k + 1].isdigit()
        if ch in ".:'’," and not between_digits:  # "1.8" never matches "18"
            parts.append(re.escape(ch) + "?")
        elif ch in " -":
            parts.append(r"[\s-]?")
        elif ch == "&":
            parts.append("(?:&|and)")
        else:
            parts.append(re.escape(ch))
    return r"(?<!\w)" + "".join(parts) + r"(?!\w)"


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def _fold(text: str) -> str:
    """Length-preserving fold for matching: no accents, one kind of dash, lower case."""
    out = []
    for ch in text:
        if ord(ch) > 127:
            base = unicodedata.normalize("NFKD", ch)[:1] or ch
            ch = "-" if ch in "\u2010\u2011\u2012\u2013\u2014\u2212" else base
        out.append(ch)
    return "".join(out).lower()


def delexicalize_text(text: str, labels: Sequence[str]) -> str | None:
    """Replace each label's mentions in a reference text by its placeholder.

    Used to build training targets. Matching is case-insensitive on word boundaries, tries a
    few surface variants (``"English language"`` also matches ``"English"``, ``"4100.0"`` also
    ``"4,100"``, ``"United States"`` also ``"U.S."``) and tolerates dropped dots, colons and
    commas, a hyphen written as a space, and ``"and"`` for ``"&"`` (``"A.F.C. Fylde"`` matches
    ``"AFC Fylde"``). Returns ``None`` when some label is not found: such a reference would
    teach the model to drop or invent names.

    >>> delexicalize_text("John Lasseter directed Toy Story.", ["Toy Story", "John Lasseter"])
    '<E1> directed <E0>.'
    """
    text = _clean(text)
    candidates: list[tuple[int, str, bool]] = []
    for i, label in enumerate(labels):
        for v in _surface_variants(_clean(label)):
            candidates.append((i, v, False))
        for abbreviation in _ABBREVIATIONS.get(_clean(label).lower(), ()):
            candidates.append((i, abbreviation, True))
    candidates.sort(key=lambda c: len(c[1]), reverse=True)
    folded = _fold(text)
    taken = [False] * len(text)
    spans: list[tuple[int, int, int]] = []
    found = [False] * len(labels)
    for i, variant, exact_case in candidates:
        if exact_case:
            # a final dot that ends the text is the sentence's, not the abbreviation's
            head = re.escape(variant[:-1]) + r"(?:\.(?!$))?" if variant.endswith(".") else re.escape(variant)
            matches = re.finditer(r"(?<!\w)" + head + r"(?!\w)", text)
        else:
            matches = re.finditer(_variant_pattern(_fold(variant)), folded)
        for m in matches:
            s, e = m.span()
            if any(taken[s:e]):
                continue
            for k in range(s, e):
                taken[k] = True
            spans.append((s, e, i))
            found[i] = True
    if not all(found):
        return None
    out = []
    last = 0
    for s, e, i in sorted(spans):
        out.append(text[last:s])
        out.append(PLACEHOLDERS[i])
        last = e
    out.append(text[last:])
    return "".join(out)


def _plain_sentence(head: str, rel: str, tail: str) -> str:
    """``"Toy Story is directed by John Lasseter."`` (``you`` capitalized as a subject)."""
    head = _clean(head)
    if _is_user(head):
        head, rel = "You", _you_form(_clean(rel))
    return f"{head} {_clean(rel)} {_clean(tail)}."


def _you_form(phrase: str) -> str:
    """Agree a third-person verb phrase with "you" ("is" → "are", "plays" → "play")."""
    first, _, rest = phrase.partition(" ")
    low = first.lower()
    irregular = {"is": "are", "was": "were", "has": "have", "does": "do"}
    if low in irregular:
        first = irregular[low]
    elif re.search(r"(ches|shes|sses|xes|zzes)$", low):
        first = first[:-2]
    elif re.search(r"[^aeiou]ies$", low):
        first = first[:-3] + "y"
    elif re.search(r"[^su]s$", low) and len(low) > 3:
        first = first[:-1]
    return f"{first} {rest}".strip()


# ---------------------------------------------------------------------------------------------
# From paths and facts (ids) to label triples
# ---------------------------------------------------------------------------------------------


_LOVED_MIN: "contextvars.ContextVar[float | None]" = contextvars.ContextVar("loved_min", default=None)


@contextlib.contextmanager
def loved_threshold(value: float | None) -> Iterator[None]:
    """Within the block, templates say "loved" for ratings >= ``value`` (the Explainer passes
    its checker's ``rating_threshold``, so the template and the checker agree)."""
    token = _LOVED_MIN.set(value)
    try:
        yield
    finally:
        _LOVED_MIN.reset(token)


def _rating_words() -> tuple[float, str, str]:
    spec = _path_templates().get("rating", {})
    loved_min = _LOVED_MIN.get()
    if loved_min is None:
        loved_min = float(spec.get("loved_min", 4.0))
    return float(loved_min), str(spec.get("loved", "loved")), str(spec.get("watched", "watched"))


def _hop_phrase(kg: Any, triple: Any) -> str | None:
    """The phrase for a stored triple, or ``None`` when its relation must not be verbalized."""
    head, rel, tail = triple
    relation = kg.relation(rel)
    if relation.sensitive or not relation.explainable:
        return None
    if rel == "rated":
        attrs = kg.edge_attrs(head, rel, tail)
        rating = attrs.get("rating")
        loved_min, loved, watched = _rating_words()
        try:
            return loved if rating is not None and float(rating) >= loved_min else watched
        except (TypeError, ValueError):
            return watched
    return relation.phrase


def _node_label(kg: Any, entity_id: str, you: str | None = None) -> str:
    """``"you"`` for the explained user (any user when ``you`` is None), else the label."""
    entity = kg.entity(entity_id)
    if you is not None:
        return USER_WORD if entity_id == you else entity.label
    return USER_WORD if entity.kind == "user" else entity.label


def _path_user(kg: Any, paths: Sequence[Any]) -> str | None:
    for path in paths:
        if path.nodes and kg.entity(path.nodes[0]).kind == "user":
            return path.nodes[0]
    return None


def reason_triples(kg: Any, paths: Iterable[Any], facts: Iterable[Any] = ()) -> list[LabelTriple]:
    """Turn paths and facts (entity ids) into the label triples the verbalizers read.

    Hops come in path order (user first), each in its stored direction; the user reads ``"you"``;
    a ``rated`` hop reads ``"loved"`` (rating >= 4) or ``"watched"``; sensitive and unexplainable
    relations are dropped; duplicates are kept once. Other users on a path (collaborative
    paths) keep their labels: only the path's own user is "you".

    Args:
        kg: the :class:`~kgexplain.graph.KnowledgeGraph` the ids belong to.
        paths: :class:`~kgexplain.records.Path` records.
        facts: :class:`~kgexplain.records.Fact` records (or plain triples of ids).

    Returns:
        ``(head_label, relation_phrase, tail_label)`` triples.
    """
    out: list[LabelTriple] = []
    seen: set[tuple[str, str, str]] = set()
    paths = list(paths)
    you = _path_user(kg, paths)

    def add(triple: Any) -> None:
        head, rel, tail = tuple(triple)
        key = (head, rel, tail)
        if key in seen:
            return
        phrase = _hop_phrase(kg, key)
        if phrase is None:
            return
        seen.add(key)
        out.append((_node_label(kg, head, you), phrase, _node_label(kg, tail, you)))

    for path in paths:
        for hop in path.hops:
            add(hop)
    for fact in facts:
        add(getattr(fact, "triple", fact))
    return out


# ---------------------------------------------------------------------------------------------
# Base class
# ---------------------------------------------------------------------------------------------


class Verbalizer:
    """Base class: turns label triples into text.

    Subclasses implement :meth:`candidates`; the other methods derive from it.
    ``explain_candidates`` is the pipeline's entry point: paths and facts (ids) in, candidate
    reasons out (best first).
    """

    name = "verbalizer"

    def verbalize(self, triples: Sequence[Sequence[str]]) -> str:
        """One text for a triple set (``(head_label, relation_phrase, tail_label)`` triples)."""
        found = self.candidates(triples, 1)
        return found[0] if found else ""

    def verbalize_batch(self, batch: Sequence[Sequence[Sequence[str]]]) -> list[str]:
        """One text per triple set."""
        return [self.verbalize(triples) for triples in batch]

    def candidates(self, triples: Sequence[Sequence[str]], n: int) -> list[str]:
        """Up to ``n`` distinct texts for a triple set, best first."""
        raise NotImplementedError

    def explain_candidates(self, kg: Any, paths: Sequence[Any], facts: Sequence[Any] = (),
                           n: int = 3) -> list[str]:
        """Up to ``n`` candidate reasons for one (user, item) pair's paths and facts."""
        return self.candidates(reason_triples(kg, paths, facts), n)

    def explain_candidates_batch(self, kg: Any, requests: Sequence[tuple[Sequence[Any], Sequence[Any]]],
                                 n: int = 3) -> list[list[str]]:
        """:meth:`explain_candidates` for many ``(paths, facts)`` requests."""
        return [self.explain_candidates(kg, paths, facts, n) for paths, facts in requests]


# ---------------------------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------------------------

_TEMPLATE_CACHE: dict[str, Any] = {}


def _path_templates() -> dict[str, Any]:
    if "paths" not in _TEMPLATE_CACHE:
        from importlib import resources

        import yaml

        text = (resources.files("kgexplain") / "templates" / "paths.yaml").read_text("utf-8")
        _TEMPLATE_CACHE["paths"] = yaml.safe_load(text) or {}
    return _TEMPLATE_CACHE["paths"]


def _jinja_env() -> Any:
    if "env" not in _TEMPLATE_CACHE:
        from jinja2 import StrictUndefined
        from jinja2.sandbox import SandboxedEnvironment

        _TEMPLATE_CACHE["env"] = SandboxedEnvironment(
            autoescape=False, undefined=StrictUndefined, keep_trailing_newline=False)
    return _TEMPLATE_CACHE["env"]


def _compiled(source: str) -> Any:
    key = "t:" + source
    if key not in _TEMPLATE_CACHE:
        _TEMPLATE_CACHE[key] = _jinja_env().from_string(source)
    return _TEMPLATE_CACHE[key]


def _reason_template() -> Any:
    if "reason" not in _TEMPLATE_CACHE:
        from importlib import resources

        text = (resources.files("kgexplain") / "templates" / "reason.j2").read_text("utf-8")
        _TEMPLATE_CACHE["reason"] = _jinja_env().from_string(text)
    return _TEMPLATE_CACHE["reason"]


def _render(source: str, **context: Any) -> str:
    return re.sub(r"\s+", " ", _compiled(source).render(**context)).strip()


#: Entity types read with "who" in relative clauses ("Alfred Hitchcock, who also directed...").
_PERSON_TYPES = frozenset({"person", "actor", "director", "artist", "member", "musician",
                           "writer", "composer", "producer"})


@dataclass(frozen=True)
class _Hop:
    """One hop of a path, with the two clause readings."""

    start: str       # label of the node walked from
    end: str         # label of the node walked to
    relation: str    # relation name
    forward: bool    # walked head -> tail
    clause: str      # verb phrase read from start ("is directed by John Lasseter")
    back_clause: str # verb phrase read from end ("directed Toy Story")


class TemplateVerbalizer(Verbalizer):
    """Faithful template reasons from relation phrases (Jinja2, sandboxed).

    Works for any relation declared with a ``phrase`` and an ``inverse_phrase``: a stored triple
    ``(h, r, t)`` reads ``"h <phrase> t"`` from its head and ``"t <inverse_phrase> h"`` from its
    tail. Path shapes (user→item in 1, 2 or 3 hops) have several paraphrases in
    ``templates/paths.yaml``; longer paths get one sentence per hop.

    Args:
        kg: default graph for :meth:`explain_candidates` (the methods also take one).
        seed: rotates which paraphrase comes first (0 keeps the canonical order).

    >>> import kgexplain as kgx
    >>> kg = kgx.KnowledgeGraph.from_triples([
    ...     ("user:1", "rated", "movie:1", {"rating": 5.0}),
    ...     ("movie:1", "directed_by", "person:1"), ("movie:2", "directed_by", "person:1")],
    ...     entities=[kgx.Entity("user:1", kind="user"),
    ...               kgx.Entity("movie:1", kind="item", label="Toy Story"),
    ...               kgx.Entity("movie:2", kind="item", label="Toy Story 2"),
    ...               kgx.Entity("person:1", label="John Lasseter")],
    ...     relations=[kgx.Relation("rated", phrase="rated"),
    ...                kgx.Relation("directed_by", phrase="is directed by", inverse_phrase="directed")])
    >>> path = kgx.Path(("user:1", "movie:1", "person:1", "movie:2"),
    ...     (kgx.Triple("user:1", "rated", "movie:1"), kgx.Triple("movie:1", "directed_by", "person:1"),
    ...      kgx.Triple("movie:2", "directed_by", "person:1")))
    >>> TemplateVerbalizer().explain_candidates(kg, [path], n=1)
    ['Toy Story 2 is directed by John Lasseter, who also directed Toy Story, which you loved.']
    """

    name = "template"

    def __init__(self, kg: Any = None, seed: int = 0) -> None:
        self.kg = kg
        self.seed = seed

    # -- label triples ----------------------------------------------------------------------
    def candidates(self, triples: Sequence[Sequence[str]], n: int) -> list[str]:
        """Faithful texts for label triples: one sentence per triple, in a few orders/joins."""
        triples = [tuple(_clean(x) for x in t) for t in triples]
        if not triples or n <= 0:
            return []
        sentences = [_plain_sentence(*t) for t in triples]
        options = [" ".join(sentences)]
        # join consecutive triples that share a subject: "X is A and is B."
        joined: list[str] = []
        i = 0
        while i < len(triples):
            head, rel, tail = triples[i]
            group = [(rel, tail)]
            while i + 1 < len(triples) and triples[i + 1][0] == head:
                i += 1
                group.append(triples[i][1:])
            subject = "You" if _is_user(head) else head
            fix = _you_form if _is_user(head) else (lambda p: p)
            parts = [f"{fix(r)} {t}" for r, t in group]
            body = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
            joined.append(f"{subject} {body}.")
            i += 1
        options.append(" ".join(joined))
        options.append(" ".join(reversed(sentences)))
        return _dedupe(options)[:n]

    # -- paths ------------------------------------------------------------------------------
    def explain_candidates(self, kg: Any, paths: Sequence[Any], facts: Sequence[Any] = (),
                           n: int = 3) -> list[str]:
        """Template reasons for a pair: the strongest path in each paraphrase, further paths and
        facts in their canonical form."""
        kg = kg if kg is not None else self.kg
        if kg is None:
            from kgexplain.errors import ConfigError

            raise ConfigError("TemplateVerbalizer needs a graph: pass kg to explain_candidates "
                              "or to TemplateVerbalizer(kg=...)")
        reasons = self.reason_texts(kg, paths, facts)
        if reasons:
            # the aggregated reasons first; the first path's plain sentence as a last resort
            start = self.seed % len(reasons)
            reasons = reasons[start:] + reasons[:start]
            plain = self.path_sentences(kg, paths[0])[:1]
            return _dedupe([*reasons, *plain])[:n]
        return self._each_path_candidates(kg, paths, facts, n)

    def _each_path_candidates(self, kg: Any, paths: Sequence[Any], facts: Sequence[Any],
                              n: int) -> list[str]:
        """Every path and fact said on its own (the strongest path in each paraphrase): what the
        seq2seq model is trained to say for any input."""
        you = _path_user(kg, paths)
        path_options = [self.path_sentences(kg, p) for p in paths]
        path_options = [p for p in path_options if p]
        covered = {tuple(h) for p in paths for h in p.hops}
        fact_sentences = []
        for fact in facts:
            triple = tuple(getattr(fact, "triple", fact))
            if triple in covered:
                continue
            covered.add(triple)
            sentence = self.fact_sentence(kg, triple, you)
            if sentence:
                fact_sentences.append(sentence)
        if not path_options:
            return [_tidy(" ".join(fact_sentences))][:n] if fact_sentences and n > 0 else []
        first = path_options[0]
        rest = [opts[0] for opts in path_options[1:]]
        start = self.seed % len(first)
        texts = []
        for k in range(len(first)):
            lead = first[(start + k) % len(first)]
            texts.append(_reason_template().render(paths=[lead, *rest], facts=fact_sentences))
        return _dedupe(_tidy(t) for t in texts)[:n]

    def reason_texts(self, kg: Any, paths: Sequence[Any], facts: Sequence[Any] = ()) -> list[str]:
        """One-sentence (two at most) reasons aggregating up to two paths around one anchor.

        Handles the shapes a reader wants (``reasons`` in ``templates/paths.yaml``): one anchor
        with one or two shared entities, two anchors sharing one entity, or the item linked to
        the anchor itself; at most one fact about the item rides along. Every clause is a
        relation's ``phrase`` or ``inverse_phrase``, so any graph works. Returns ``[]`` when the
        paths do not fit (then :meth:`explain_candidates` says each path on its own).
        """
        if not paths or len(paths) > 2:
            return []
        links = [self._link(kg, p) for p in paths]
        if any(link is None for link in links):
            return []
        first = links[0]
        if any(link["x_id"] != first["x_id"] and link["a_id"] != first["a_id"] for link in links):
            return []
        if any(link["verb"] != first["verb"] for link in links):
            return []
        shapes = _path_templates().get("reasons") or {}
        fact = self._item_fact(kg, facts, paths)
        ctx = dict(first)
        out: list[tuple[str, str]] = []  # (shape source, key)
        second_sentence = None
        if len(links) == 1:
            if first["a_id"] is None:
                out = [(src, "direct") for src in shapes.get("direct", [])]
            elif first["same"]:
                out = [(src, "link_same") for src in shapes.get("link_same", [])]
            else:
                out = [(src, "link") for src in shapes.get("link", [])]
        else:
            second = links[1]
            if first["a_id"] is None or second["a_id"] is None:
                direct, other = (first, second) if first["a_id"] is None else (second, first)
                if other["a_id"] is None or not other["same"] or other["x_id"] != direct["x_id"]:
                    return self.reason_texts(kg, paths[:1], facts)
                ctx = dict(direct)
                out = [(src, "direct") for src in shapes.get("direct", [])]
                second_sentence = [_render(src, a=other["a"], a_verb=other["a_verb"],
                                           x=direct["x"], item=direct["item"])
                                   for src in shapes.get("direct_second", [])]
            elif second["x_id"] == first["x_id"]:  # one anchor, two shared entities
                if not (first["same"] and second["same"]):
                    return self.reason_texts(kg, paths[:1], facts)
                ctx.update(b=second["a"], i_to_b=second["i_to_a"])
                if first["a_verb"] == second["a_verb"] and first["i_verb"] == second["i_verb"]:
                    ctx.update(ab_verb=_you_form(first["a_verb"]), i_verb=first["i_verb"])
                    out += [(src, "two") for src in shapes.get("two_links_same_verb", [])]
                out += [(src, "two") for src in shapes.get("two_links", [])]
            else:  # two anchors, one shared entity
                if not (first["same"] and second["same"] and first["a_verb"] == second["a_verb"]):
                    return self.reason_texts(kg, paths[:1], facts)
                ctx.update(x2=second["x"])
                out = [(src, "anchors") for src in shapes.get("two_anchors", [])]
        texts: list[str] = []
        item_tail = "{{ item }}{{ tail }}."
        for src, _ in out:
            carries = src.rstrip().endswith(item_tail)
            text = _render(src, **{**ctx, "tail": f", which {fact}" if fact and carries else ""})
            if second_sentence:
                text = f"{text} {second_sentence[0]}"
            elif fact and not carries:
                extra = [_render(f_src, item=ctx["item"], fact=fact)
                         for f_src in shapes.get("fact_sentence", [])]
                if extra and text.count(ctx["item"]) < 2:
                    text = f"{text} {extra[0]}"
            texts.append(_tidy(text))
        return _dedupe(texts)

    def _link(self, kg: Any, path: Any) -> dict[str, Any] | None:
        """The reading of a user-first path of 2 or 3 hops as a link from its anchor."""
        if not path.nodes or kg.entity(path.nodes[0]).kind != "user" or len(path.hops) not in (2, 3):
            return None
        hops: list[_Hop] = []
        for i, triple in enumerate(path.hops):
            head, rel, tail = tuple(triple)
            if _hop_phrase(kg, (head, rel, tail)) is None:
                return None
            hops.append(self._hop(kg, triple, head == path.nodes[i], path.nodes[0]))
        if any(USER_WORD in (h.start, h.end) for h in hops[1:]):
            return None
        you = hops[0]
        verb = you.clause[: len(you.clause) - len(you.end)].strip()
        item_id, item = path.nodes[-1], kg.entity(path.nodes[-1]).label
        last = hops[-1]
        link: dict[str, Any] = {"item": item, "item_id": item_id, "x": you.end,
                                "x_id": path.nodes[1], "verb": verb}
        if len(hops) == 2:
            link.update(a=None, a_id=None, i_to_x=last.back_clause, same=False)
            return link
        mid = hops[1]
        a_id = path.nodes[2]
        a_entity = kg.entity(a_id)
        # a's clause to x ("directed Vertigo") and its verb alone; the same for the item
        a_verb = mid.back_clause[: len(mid.back_clause) - len(mid.start)].strip()
        a_to_i = last.clause[: len(last.clause) - len(last.end)].strip()
        i_verb = last.back_clause[: len(last.back_clause) - len(last.start)].strip()
        link.update(
            a=mid.end, a_id=a_id, a_to_x=mid.back_clause, a_also=_with_also(mid.back_clause),
            a_verb=a_verb, a_verb_also=_with_also(a_verb), i_to_a=last.back_clause,
            i_verb=i_verb, same=(mid.relation == last.relation and a_verb == a_to_i),
            who="who" if a_entity.type in _PERSON_TYPES else "which",
        )
        return link

    @staticmethod
    def _item_fact(kg: Any, facts: Sequence[Any], paths: Sequence[Any]) -> str | None:
        """The first fact about the item read from the item ("has music by Bernard Herrmann")."""
        item = paths[0].nodes[-1]
        said = {tuple(h) for p in paths for h in p.hops}
        for fact in facts:
            head, rel, tail = tuple(getattr(fact, "triple", fact))
            if (head, rel, tail) in said or item not in (head, tail) or head == tail:
                continue
            relation = kg.relation(rel)
            if _hop_phrase(kg, (head, rel, tail)) is None:
                continue
            other = tail if head == item else head
            if kg.entity(other).kind == "user":
                continue
            phrase = relation.phrase if head == item else relation.inverse_phrase
            return f"{phrase} {kg.entity(other).label}"
        return None

    def fact_sentence(self, kg: Any, triple: Sequence[str], you: str | None = None) -> str | None:
        """One sentence for a stored triple, read from its head (``None`` if not verbalizable)."""
        head, rel, tail = triple
        phrase = _hop_phrase(kg, (head, rel, tail))
        if phrase is None:
            return None
        subject = _node_label(kg, head, you)
        if subject == USER_WORD:
            subject, phrase = "You", _you_form(phrase) if rel != "rated" else phrase
        source = _path_templates()["fact"][0]
        return _render(source, subject=subject, clause=f"{phrase} {_node_label(kg, tail, you)}")

    def path_sentences(self, kg: Any, path: Any) -> list[str]:
        """Every paraphrase of one path (canonical first); empty when a hop may not be said."""
        hops: list[_Hop] = []
        for i, triple in enumerate(path.hops):
            head, rel, tail = tuple(triple)
            if _hop_phrase(kg, (head, rel, tail)) is None:
                return []
            forward = head == path.nodes[i]
            hops.append(self._hop(kg, triple, forward, path.nodes[0]))
        if not hops:
            return []
        shapes = _path_templates()["shapes"]
        user_first = kg.entity(path.nodes[0]).kind == "user"
        item = kg.entity(path.nodes[-1]).label
        ctx: dict[str, Any] = {"item": item}
        if user_first and len(hops) in (1, 2, 3):
            you_clause = hops[0].clause
            ctx["you_clause"] = you_clause
            ctx["you_verb"] = you_clause[: len(you_clause) - len(hops[0].end)].strip()
            if len(hops) == 1:
                return [_render(s, **ctx) for s in shapes["one_hop"]]
            last = hops[-1]
            ctx["item_clause"] = last.back_clause
            if len(hops) == 2:
                ctx["x"] = hops[0].end
                return [_render(s, **ctx) for s in shapes["two_hop"]]
            mid = hops[1]
            ctx.update(x=mid.start, a=mid.end, x_clause=mid.clause, a_clause=mid.back_clause)
            out: list[str] = []
            same = mid.relation == last.relation and mid.forward != last.forward
            if same:
                # hop 2 walked x -> a, hop 3 walked a -> item: item relates to a as x does
                noun = (_path_templates().get("nouns") or {}).get(mid.relation)
                if noun and mid.forward:
                    out += [_render(s, noun=noun, **ctx) for s in shapes["three_hop_noun"]]
                out += [_render(s, **ctx) for s in shapes["three_hop_same"]]
            out += [_render(s, **ctx) for s in shapes["three_hop"]]
            return _dedupe(out)
        # any other shape: one sentence per hop, read from its stored head
        sentences = [self.fact_sentence(kg, tuple(t), path.nodes[0]) for t in path.hops]
        if any(s is None for s in sentences):
            return []
        return [" ".join(s for s in sentences if s)]

    @staticmethod
    def _hop(kg: Any, triple: Any, forward: bool, you: str | None) -> _Hop:
        head, rel, tail = tuple(triple)
        relation = kg.relation(rel)
        phrase = _hop_phrase(kg, (head, rel, tail)) or relation.phrase
        h, t = _node_label(kg, head, you), _node_label(kg, tail, you)
        inverse = relation.inverse_phrase
        if h == USER_WORD and rel != "rated":
            phrase = _you_form(phrase)
        if t == USER_WORD:
            inverse = _you_form(inverse)
        read_from_head = f"{phrase} {t}"
        read_from_tail = f"{inverse} {'you' if h == USER_WORD else h}"
        if forward:
            return _Hop(h, t, rel, True, read_from_head, read_from_tail)
        return _Hop(t, h, rel, False, read_from_tail, read_from_head)


def _with_also(clause: str) -> str:
    """``"also directed Vertigo"``, ``"is also the genre of Fantasia"``."""
    first, _, rest = clause.partition(" ")
    if first.lower() in {"is", "are", "was", "were", "has", "have"} and rest:
        return f"{first} also {rest}"
    return f"also {clause}"


def _tidy(text: str) -> str:
    """One space between words; a label ending in "." ends its sentence ("Warner Bros.")."""
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"(?<=\.)\.(?=\s|$)", "", text)


def _named(text: str, labels: Sequence[str]) -> int:
    """How many of the labels appear verbatim in the text."""
    return sum(1 for lab in labels if lab in text)


def _drops_entity(texts: Sequence[str], labels: Sequence[str] | None) -> bool:
    """Whether the best of ranked texts misses an input label (or there is no text); False for a
    model that does not delexicalize (no labels)."""
    return bool(labels) and (not texts or _named(texts[0], labels) < len(labels))


def _invents(texts: Sequence[str], labels: Sequence[str] | None,
             triples: Sequence[Sequence[str]]) -> bool:
    """Whether the best of ranked texts names or numbers something absent from the input (see
    :func:`_rank_key`); False for a model that does not delexicalize (no labels)."""
    return bool(labels) and bool(texts) and _invented(texts[0], _context(triples)) > 0


_NAME_OR_NUMBER = re.compile(r"(?<![.!?]\s)(?<!^)\b(?:[A-Z][\w'-]*|\d[\d.,]*\d|\d)")


def _rank_key(text: str, labels: Sequence[str], context: str) -> tuple[int, int]:
    """Candidate order: more input labels named first, then fewer names or numbers the input
    does not contain (a capitalized word not starting a sentence, or a number, absent from the
    input's labels and relation phrases, ``context`` lower-cased): the model's inventions."""
    return -_named(text, labels), _invented(text, context)


def _invented(text: str, context: str) -> int:
    """How many names or numbers of ``text`` (see :func:`_rank_key`) ``context`` lacks."""
    return sum(1 for m in _NAME_OR_NUMBER.finditer(text) if m.group().lower() not in context)


def _context(triples: Sequence[Sequence[str]]) -> str:
    """The input's labels and relation phrases, lower-cased, for containment tests."""
    return " | ".join(x for t in triples for x in t).lower()


def _join_segments(plan: Sequence[Sequence[Any]], found: Sequence[list[str]],
                   n: int) -> list[list[str]]:
    """Per input, up to ``n`` texts: the i-th candidate of every segment joined (a segment with
    fewer candidates repeats its last); no text when a segment has none."""
    out: list[list[str]] = []
    pos = 0
    for segments in plan:
        parts = found[pos:pos + len(segments)]
        pos += len(segments)
        if any(not c for c in parts):
            out.append([])
        else:
            width = max(len(c) for c in parts)
            out.append(_dedupe(" ".join(c[min(i, len(c) - 1)] for c in parts)
                               for i in range(width))[:n])
    return out


def _dedupe(texts: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for t in texts:
        if t and t not in seen:
            seen.add(t)
            out.append(t)
    return out


def path_training_pairs(kg: Any, n: int, seed: int = 0, max_hops: int = 3,
                        facts_per_pair: int = 2, find_paths: Any = None,
                        multi_path_share: float = 0.5) -> list[tuple[list[LabelTriple], list[str]]]:
    """Path→reason training pairs from the template verbalizer over a graph.

    Samples user→item paths of 2-3 hops by seeded random walks (user → rated item → attribute →
    other item), appends up to ``facts_per_pair`` random explainable facts about the item or a
    movie on the path, and pairs each input with all of its template paraphrases.

    Args:
        find_paths: optional ``(user, item) -> list[Path]`` (e.g. ``PathFinder(kg).find`` with
            ``k=3``): for a ``multi_path_share`` of the pairs, the reason explains the 2-3
            strongest paths between the sampled user and item, as the explainer does.

    Returns:
        ``[(label_triples, reference_texts), ...]`` of length ``n`` (fewer if the graph is tiny).
    """
    import random

    from kgexplain.records import Path, Triple

    rng = random.Random(seed)
    tv = TemplateVerbalizer(seed=0)
    users = kg.users()
    g = kg.graph
    pairs: list[tuple[list[LabelTriple], list[str]]] = []
    seen: set[tuple[Any, ...]] = set()
    attempts = 0

    def neighbours(node: str) -> list[tuple[Triple, str]]:
        out = []
        for _, nbr, rel in g.out_edges(node, keys=True):
            out.append((Triple(node, rel, nbr), nbr))
        for nbr, _, rel in g.in_edges(node, keys=True):
            out.append((Triple(nbr, rel, node), nbr))
        return [(t, v) for t, v in out if _hop_phrase(kg, tuple(t)) is not None]

    while len(pairs) < n and attempts < n * 30 and users:
        attempts += 1
        user = rng.choice(users)
        hops: list[Triple] = []
        nodes = [user]
        length = rng.choice([3, 3, 3, 3, 2]) if max_hops >= 3 else rng.randint(1, max_hops)
        ok = True
        for _ in range(length):
            options = [(t, v) for t, v in neighbours(nodes[-1])
                       if v not in nodes and kg.entity(v).kind != "user"]
            if not options:
                ok = False
                break
            t, v = rng.choice(options)
            hops.append(t)
            nodes.append(v)
        if not ok or kg.entity(nodes[-1]).kind != "item":
            continue
        if length > 1 and kg.triples_between(user, nodes[-1]):
            continue  # the user already knows this item: not a recommendation
        key = tuple(hops)
        if key in seen:
            continue
        seen.add(key)
        paths = [Path(tuple(nodes), tuple(hops))]
        if find_paths is not None and rng.random() < multi_path_share:
            found = list(find_paths(user, nodes[-1]))[: rng.randint(2, 3)]
            if found:
                paths = found
        on_path = {t for p in paths for t in p.hops}
        anchor = rng.choice([nodes[-1], nodes[-1], *[v for p in paths for v in p.nodes[1:-1]
                                                      if kg.entity(v).kind == "item"]])
        facts = [t for t, _ in neighbours(anchor) if t not in on_path
                 and kg.entity(t.head).kind != "user" and kg.entity(t.tail).kind != "user"]
        rng.shuffle(facts)
        facts = facts[: rng.randint(0, facts_per_pair)]
        texts = tv._each_path_candidates(kg, paths, facts, n=8)
        if not texts:
            continue
        pairs.append((reason_triples(kg, paths, facts), texts))
    return pairs


# ---------------------------------------------------------------------------------------------
# Seq2seq
# ---------------------------------------------------------------------------------------------

Backend = Literal["auto", "torch", "ct2"]
_CT2_MODEL_TYPES = {"t5", "mt5", "bart", "mbart", "marian", "pegasus", "m2m_100", "nllb_moe"}


def default_model_dir() -> FsPath:
    """Folder of the verbalizer checkpoint shipped in the package (``kgexplain/models/verbalizer``)."""
    from importlib import resources

    return FsPath(str(resources.files("kgexplain") / "models" / "verbalizer"))


def _cache_root() -> FsPath:
    base = os.environ.get("KGEXPLAIN_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
        "kgexplain")
    return FsPath(base)


class Seq2SeqVerbalizer(Verbalizer):
    """A seq2seq transformer (T5 by default) over delexicalized, linearized triples.

    Weights load lazily on first use (safetensors only). Inputs are sorted by length and batched;
    ``candidates`` returns the beam's N best, texts naming more input entities first;
    ``verbalize``/``verbalize_batch`` return the first of ``rerank_beams`` such candidates
    (``rerank_beams=1``: plain greedy decoding, the fastest). Outputs are cut at a length cap
    that grows with the number of triples, and degenerate repetition loops are cut off.

    Args:
        model_dir: a model directory: ``config.json``, ``model.safetensors`` and
            ``tokenizer.json`` (``kgexplain.json`` marks a kgexplain-trained, delexicalizing
            model; any other local Hugging Face seq2seq checkpoint is read with plain labels).
        device: ``"cpu"``, ``"cuda"``…; default: a GPU when one is available, else the CPU.
        backend: ``"torch"`` (``transformers``, the reference), ``"ct2"`` (CTranslate2, int8 on
            CPU, converted once and cached under ``~/.cache/kgexplain``) or ``"auto"`` (CTranslate2
            when it is installed and supports the architecture, else torch).
        batch_size: texts per generation batch.
        num_beams: beam width for :meth:`candidates` (at least ``n``).
        max_new_tokens: longest generated text, in tokens.
        threads: CPU threads for generation (CTranslate2: batches decoded in parallel, one
            thread each, default all cores up to 4; torch: ``set_num_threads`` when set).
        compute_type: CTranslate2 weight type (``"int8"``, ``"int8_float32"``, ``"float32"``…).
        rerank_beams: ``verbalize`` runs a beam this wide and returns the hypothesis that names
            the most input entities (then the one inventing the fewest names or numbers, then
            beam order); 1 decodes greedily (fastest).
        max_triples: when the best text of an input misses one of its entities or names or
            numbers something the input lacks, the input is also verbalized in segments of at
            most this many triples (cut in input order, at least two, sizes as even as
            possible) and the joined texts join the candidates; None: every input is verbalized
            whole only.

    >>> v = Seq2SeqVerbalizer.default()
    >>> text = v.verbalize([("Toy Story", "is directed by", "John Lasseter")])
    >>> "Toy Story" in text and "John Lasseter" in text
    True
    """

    name = "seq2seq"

    def __init__(self, model_dir: str | os.PathLike[str], device: str | None = None,
                 backend: Backend = "auto", batch_size: int = 32, num_beams: int = 4,
                 max_new_tokens: int = 160, threads: int | None = None,
                 compute_type: str = "int8", rerank_beams: int = 4,
                 max_triples: int | None = 3) -> None:
        if backend not in ("auto", "torch", "ct2"):
            from kgexplain.errors import ConfigError

            raise ConfigError(f"backend must be 'auto', 'torch' or 'ct2', got {backend!r}")
        self.model_dir = FsPath(model_dir)
        self.device = device
        self.backend = backend
        self.batch_size = batch_size
        self.num_beams = num_beams
        self.max_new_tokens = max_new_tokens
        self.threads = threads
        self.compute_type = compute_type
        self.rerank_beams = max(1, int(rerank_beams))
        self.max_triples = max(1, int(max_triples)) if max_triples else None
        self.fallbacks_ = 0
        self._loaded = False

    @classmethod
    def default(cls, **kwargs: Any) -> "Seq2SeqVerbalizer":
        """The checkpoint shipped with the package (trained by ``kgexplain train-verbalizer``)."""
        return cls(default_model_dir(), **kwargs)

    def __repr__(self) -> str:
        return (f"Seq2SeqVerbalizer({str(self.model_dir)!r}, backend={self.backend!r}, "
                f"device={self.device!r})")

    # -- loading ----------------------------------------------------------------------------
    @property
    def backend_(self) -> str:
        """The backend in use (``"torch"`` or ``"ct2"``), after loading."""
        self._load()
        return self._backend

    def _load(self) -> None:
        if self._loaded:
            return
        from kgexplain.errors import ModelNotFoundError

        d = self.model_dir
        if not (d / "config.json").is_file():
            raise ModelNotFoundError(
                f"no seq2seq model in {d}: the folder needs config.json, model.safetensors and "
                "tokenizer.json (train one with `kgexplain train-verbalizer`, or pass the folder "
                "of a local Hugging Face seq2seq checkpoint)")
        if not any(d.glob("*.safetensors")):
            raise ModelNotFoundError(
                f"{d} holds no .safetensors weights; kgexplain loads safetensors only (convert a "
                "pickle checkpoint with transformers' save_pretrained(safe_serialization=True))")
        from kgexplain._safe_weights import refuse_pickled_weights

        refuse_pickled_weights(d)
        meta_path = d / "kgexplain.json"
        self.meta_ = json.loads(meta_path.read_text()) if meta_path.is_file() else {}
        self._delex = bool(self.meta_.get("format", "").startswith("kgexplain-verbalizer"))
        self._model_type = json.loads((d / "config.json").read_text()).get("model_type", "")
        self._load_tokenizer()
        device = self.device
        if device is None:
            device = "cpu"
            try:
                import torch

                if torch.cuda.is_available():
                    device = "cuda"
            except ImportError:  # pragma: no cover - torch is a dependency
                pass
        self._device = device
        backend = self.backend
        if backend == "auto":
            backend = "ct2" if self._ct2_usable(device) else "torch"
        if backend == "ct2":
            self._load_ct2(device)
        else:
            self._load_torch(device)
        self._backend = backend
        self._loaded = True
        logger.info("loaded verbalizer %s (%s on %s)", d, backend, device)

    def _load_tokenizer(self) -> None:
        d = self.model_dir
        if (d / "tokenizer.json").is_file():
            from tokenizers import Tokenizer

            self._tok = Tokenizer.from_file(str(d / "tokenizer.json"))
            self._hf_tok = None
        else:  # a checkpoint with a slow (sentencepiece) tokenizer only
            from transformers import AutoTokenizer

            self._hf_tok = AutoTokenizer.from_pretrained(str(d), local_files_only=True)
            self._tok = self._hf_tok.backend_tokenizer if hasattr(self._hf_tok, "backend_tokenizer") else None
        tok = self._tok
        self._pad_id = tok.token_to_id("<pad>") if tok is not None else 0
        self._eos_id = tok.token_to_id("</s>") if tok is not None else 1
        self._pad_id = 0 if self._pad_id is None else self._pad_id
        self._eos_id = 1 if self._eos_id is None else self._eos_id

    def _ct2_usable(self, device: str) -> bool:
        try:
            import ctranslate2
        except ImportError:
            return False
        if self._model_type not in _CT2_MODEL_TYPES or self._tok is None:
            return False
        if device.startswith("cuda") and ctranslate2.get_cuda_device_count() == 0:
            return False
        return True

    def _load_torch(self, device: str) -> None:
        import torch
        from transformers import AutoModelForSeq2SeqLM

        if self.threads:
            torch.set_num_threads(self.threads)
        model = AutoModelForSeq2SeqLM.from_pretrained(
            str(self.model_dir), local_files_only=True, use_safetensors=True)
        self._model = model.to(device).eval()

    def _ct2_dir(self) -> FsPath:
        import ctranslate2

        h = hashlib.sha256()
        for name in ("config.json", "tokenizer.json"):
            p = self.model_dir / name
            if p.is_file():
                h.update(p.read_bytes())
        for p in sorted(self.model_dir.glob("*.safetensors")):
            # the weights' content, not size and mtime: every checkpoint of one architecture has
            # the same size, and copies and wheel installs keep or reset mtimes
            h.update(p.name.encode())
            with p.open("rb") as fh:
                h.update(hashlib.file_digest(fh, "sha256").digest())
        h.update(f"{ctranslate2.__version__}:{self.compute_type}".encode())
        return _cache_root() / "ct2" / h.hexdigest()[:20]

    def _load_ct2(self, device: str) -> None:
        import ctranslate2

        target = self._ct2_dir()
        if not (target / "model.bin").is_file():
            self._convert_ct2(target)
        compute_type = self.compute_type
        if device.startswith("cuda") and compute_type == "int8":
            compute_type = "int8_float16"
        # a model this small decodes faster with one thread per batch and batches in parallel
        # (measured on 2 cores: 860 vs 530 segments/s for 1 vs 2 intra-op threads)
        cpus = os.cpu_count() or 1
        self._inter = 1 if device.startswith("cuda") else max(1, min(4, self.threads or cpus))
        self._model = ctranslate2.Translator(
            str(target), device="cuda" if device.startswith("cuda") else "cpu",
            compute_type=compute_type, intra_threads=1, inter_threads=self._inter)

    def _convert_ct2(self, target: FsPath) -> None:
        """Convert the checkpoint to CTranslate2 (quantized at load time) into ``target``."""
        from ctranslate2.converters import TransformersConverter

        from kgexplain._safe_weights import SAFE_MODEL_SUFFIXES, refuse_pickled_weights

        class _SafetensorsConverter(TransformersConverter):
            def load_model(self, model_class, model_name_or_path, **kwargs):  # noqa: ANN001
                return model_class.from_pretrained(model_name_or_path, use_safetensors=True, **kwargs)

        refuse_pickled_weights(self.model_dir)
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
            src = FsPath(tmp) / "src"
            src.mkdir()
            for p in self.model_dir.iterdir():  # configs, vocabularies and safetensors only
                if p.is_file() and p.suffix.lower() in SAFE_MODEL_SUFFIXES:
                    os.symlink(p.resolve(), src / p.name)
            if not (src / "tokenizer_config.json").exists():
                (src / "tokenizer_config.json").write_text(json.dumps({
                    "tokenizer_class": "PreTrainedTokenizerFast", "pad_token": "<pad>",
                    "eos_token": "</s>", "unk_token": "<unk>"}))
            out = FsPath(tmp) / "ct2"
            # weights stored as float32; int8 (or another compute_type) is applied at load time
            _SafetensorsConverter(str(src)).convert(str(out), quantization=None, force=True)
            try:
                out.rename(target)
            except OSError:  # another process converted it first
                if not (target / "model.bin").is_file():
                    raise
        logger.info("converted %s to CTranslate2 in %s", self.model_dir, target)

    # -- encoding ---------------------------------------------------------------------------
    def _prepare(self, triples: Sequence[Sequence[str]]) -> tuple[str, tuple[str, ...] | None]:
        self._load()
        if self._delex:
            d = delexicalize(triples)
            return d.source, d.labels
        return linearize(triples), None

    def _encode(self, text: str) -> list[int]:
        limit = 256
        if self._hf_tok is not None and self._tok is None:
            return self._hf_tok(text, truncation=True, max_length=limit)["input_ids"]
        if self._delex:
            ids = self._tok.encode(text, add_special_tokens=False).ids[: limit - 1]
            return ids + [self._eos_id]
        return self._tok.encode(text).ids[:limit]

    def _decode(self, ids: Sequence[int]) -> str:
        ids = [i for i in ids if i not in (self._pad_id, self._eos_id)]
        if self._hf_tok is not None and self._tok is None:
            return self._hf_tok.decode(ids, skip_special_tokens=True)
        return self._tok.decode(ids, skip_special_tokens=not self._delex)

    def _finish(self, raw: str, labels: tuple[str, ...] | None) -> str | None:
        text = strip_loop(raw.strip())
        if labels is not None:
            text = relexicalize(text, labels)
            if text is None:
                return None
        if not text:
            return None
        if text.startswith("you "):
            text = "Y" + text[1:]
        return text

    # -- generation -------------------------------------------------------------------------
    def _generate(self, sources: Sequence[str], n: int) -> list[list[str]]:
        """Raw decoded texts, ``n`` per source (greedy when ``n == 1``), sources batched by length."""
        self._load()
        encoded = [self._encode(s) for s in sources]
        # a cap on output length from the number of triples: loops end early, batches stay short
        caps = [min(self.max_new_tokens, 24 + 24 * max(1, s.count(HEAD))) for s in sources]
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
        out: list[list[str]] = [[] for _ in sources]
        beams = 1 if n == 1 else max(n, self.num_beams)
        # CTranslate2 splits a chunk into batches of batch_size and decodes them in parallel
        chunk = self.batch_size * (getattr(self, "_inter", 1) if self._backend == "ct2" else 1)
        for s in range(0, len(order), chunk):
            idx = order[s : s + chunk]
            batch = [encoded[i] for i in idx]
            cap = max(caps[i] for i in idx)
            if self._backend == "ct2":
                results = self._model.translate_batch(
                    [[self._tok.id_to_token(t) for t in ids] for ids in batch],
                    beam_size=beams, num_hypotheses=n, max_decoding_length=cap,
                    return_scores=False, max_batch_size=self.batch_size)
                for i, res in zip(idx, results):  # each text cut at its own cap
                    out[i] = [self._decode([self._tok.token_to_id(t) for t in hyp[: caps[i]]])
                              for hyp in res.hypotheses]
            else:
                out_ids = self._torch_generate(batch, beams, n, cap)
                for j, i in enumerate(idx):
                    out[i] = [self._decode(row[: caps[i]]) for row in out_ids[j * n : (j + 1) * n]]
        return out

    def _torch_generate(self, batch: Sequence[Sequence[int]], beams: int, n: int,
                        cap: int) -> list[list[int]]:
        import torch

        width = max(len(b) for b in batch)
        ids = torch.full((len(batch), width), self._pad_id, dtype=torch.long)
        mask = torch.zeros((len(batch), width), dtype=torch.long)
        for r, b in enumerate(batch):
            ids[r, : len(b)] = torch.tensor(b, dtype=torch.long)
            mask[r, : len(b)] = 1
        with torch.inference_mode():
            gen = self._model.generate(
                input_ids=ids.to(self._device), attention_mask=mask.to(self._device),
                max_new_tokens=cap, num_beams=beams, num_return_sequences=n,
                do_sample=False, early_stopping=True if beams > 1 else False)
        return [row[1:] for row in gen.tolist()]  # drop the decoder start token

    def verbalize(self, triples: Sequence[Sequence[str]]) -> str:
        """One text for a triple set (labels restored exactly)."""
        return self.verbalize_batch([triples])[0]

    def verbalize_batch(self, batch: Sequence[Sequence[Sequence[str]]]) -> list[str]:
        """One text per triple set; same output as :meth:`verbalize` one by one.

        Greedy when ``rerank_beams == 1``, else the beam hypothesis naming the most input
        entities. An input the model cannot verbalize (every hypothesis names a placeholder the
        input lacks, or is empty: rare) gets the faithful one-sentence-per-triple text and is
        counted in ``fallbacks_``.
        """
        if self.rerank_beams > 1:
            found = self.candidates_batch(batch, self.rerank_beams)
            raw_texts = [c[0] if c else None for c in found]
        else:
            prepared = [self._prepare(t) for t in batch]
            raw = self._generate([p[0] for p in prepared], 1)
            raw_texts = [self._finish(outs[0], labels) if outs else None
                         for (_, labels), outs in zip(prepared, raw)]
        texts = []
        for triples, text in zip(batch, raw_texts):
            if not triples:
                texts.append("")
                continue
            if text is None:
                self.fallbacks_ += 1
                text = TemplateVerbalizer().verbalize(triples)
            texts.append(text)
        return texts

    def candidates(self, triples: Sequence[Sequence[str]], n: int) -> list[str]:
        """The beam's ``n`` best texts (fewer when some are duplicates or unusable); texts that
        name more of the input's entities come first (stable, so beam order breaks ties).
        ``n == 1`` decodes an input of several triples greedily, and again with the beam when
        the greedy text drops an input entity; a one-triple input goes straight to the beam."""
        return self.candidates_batch([triples], n)[0]

    def candidates_batch(self, batch: Sequence[Sequence[Sequence[str]]], n: int) -> list[list[str]]:
        """:meth:`candidates` for many triple sets, generated in length-sorted batches.

        With ``max_triples``, an input of several triples whose best text misses one of its
        entities, or names or numbers something the input does not contain, is generated again
        in segments, and the joined segment texts compete with the whole-input texts (more
        entities named first, then fewer invented names; the whole input wins remaining ties).
        """
        if n <= 0:
            return [[] for _ in batch]
        found, labels = self._ranked(batch, n)
        retry = [i for i, t in enumerate(batch)
                 if self.max_triples and len(t) > 1
                 and (_drops_entity(found[i], labels[i]) or _invents(found[i], labels[i], t))]
        if retry:
            plan = [self._segments(batch[i]) for i in retry]
            seg_found, _ = self._ranked([seg for segs in plan for seg in segs], n)
            for i, extra in zip(retry, _join_segments(plan, seg_found, n)):
                pool = _dedupe(found[i] + extra)
                pool.sort(key=lambda t, lab=labels[i], ctx=_context(batch[i]): _rank_key(t, lab, ctx))
                found[i] = pool[:n]
        return found

    def _ranked(self, batch: Sequence[Sequence[Sequence[str]]],
                n: int) -> tuple[list[list[str]], list[tuple[str, ...] | None]]:
        """The ``n`` best texts per input, naming more input entities first, and each input's
        entity labels (None for a model that does not delexicalize)."""
        prepared = [self._prepare(t) for t in batch]
        nonempty = [i for i, t in enumerate(batch) if len(t)]
        out: list[list[str]] = [[] for _ in batch]

        def rank(todo: list[int], width: int) -> None:
            raw = self._generate([prepared[i][0] for i in todo], width)
            for i, outs in zip(todo, raw):
                labels = prepared[i][1]
                texts = _dedupe(t for t in (self._finish(o, labels) for o in outs) if t)
                if labels:  # texts naming every input entity first, inventing least next, beam order
                    ctx = _context(batch[i])
                    texts.sort(key=lambda t: _rank_key(t, labels, ctx))
                out[i] = texts[:n]

        if n == 1 and self.num_beams > 1:
            # one-triple inputs go straight to the (short, cheap) beam; a greedy text of a longer
            # input that drops an entity (the first word chose the wrong one, say) is decoded
            # again with the beam, whose best text usually names them all
            single = [i for i in nonempty if len(batch[i]) == 1]
            longer = [i for i in nonempty if len(batch[i]) > 1]
            if single:
                rank(single, self.num_beams)
            if longer:
                rank(longer, 1)
            weak = [i for i in longer if _drops_entity(out[i], prepared[i][1])]
            if weak:
                rank(weak, self.num_beams)
        else:
            rank(nonempty, n)
        return out, [p[1] for p in prepared]

    def _segments(self, triples: Sequence[Sequence[str]]) -> list[Sequence[Sequence[str]]]:
        """The input cut in its own order into at least two segments of at most
        ``max_triples`` triples, sizes as even as possible (a path's hops stay in order; an
        explanation of several paths of one length is cut between them)."""
        m = min(self.max_triples or len(triples), -(-len(triples) // 2))
        parts = -(-len(triples) // m)
        size, extra = divmod(len(triples), parts)
        segments, lo = [], 0
        for k in range(parts):
            hi = lo + size + (1 if k < extra else 0)
            segments.append(triples[lo:hi])
            lo = hi
        return segments

    def explain_candidates_batch(self, kg: Any, requests: Sequence[tuple[Sequence[Any], Sequence[Any]]],
                                 n: int = 3) -> list[list[str]]:
        """N-best generated reasons for many ``(paths, facts)`` requests, batched."""
        return self.candidates_batch([reason_triples(kg, p, f) for p, f in requests], n)
