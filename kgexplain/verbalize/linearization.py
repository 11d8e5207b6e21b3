"""Linearization and delexicalization: label triples to the seq2seq model's input and back.

:func:`linearize` writes triples as ``<H> head <R> relation <T> tail``; :func:`delexicalize` also
replaces each entity label by a placeholder (``<E0>``, ``<E1>``, …) so the model copies names
exactly, and :func:`relexicalize` puts the labels back into its output. :func:`delexicalize_text`
finds the labels in a reference text (training targets), :func:`strip_loop` cuts a degenerate
repetition loop off a generated text. Pure string code: no model, no template.

Input format (documented, stable)::

    <H> <E0> <R> is directed by <T> <E1> <H> you <R> loved <T> <E0>

The user is always the literal word ``you`` (never a placeholder).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable, Sequence

__all__ = [
    "HEAD",
    "REL",
    "TAIL",
    "MAX_PLACEHOLDERS",
    "PLACEHOLDERS",
    "USER_WORD",
    "Delexicalized",
    "delexicalize",
    "delexicalize_text",
    "linearize",
    "relexicalize",
    "strip_loop",
]

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
