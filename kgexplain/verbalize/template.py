"""The template verbalizer: faithful reasons from relation phrases and Jinja2 templates.

:class:`TemplateVerbalizer` renders the sandboxed Jinja2 templates shipped in
``kgexplain/templates/`` (``paths.yaml`` for path shapes and aggregated reasons, ``reason.j2``
for a whole reason; labels are data, never template code) from the graph's relation phrases. It
states only what the triples say, so it is the always-faithful fallback and, through
:func:`path_training_pairs`, the source of path→reason training pairs for the seq2seq model.
No model code: this module never imports torch, transformers or CTranslate2.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Sequence

from kgexplain._english import plural
from kgexplain.verbalize.base import (
    _TEMPLATE_CACHE,
    LabelTriple,
    Verbalizer,
    _dedupe,
    _hop_phrase,
    _node_label,
    _path_templates,
    _path_user,
    reason_triples,
)
from kgexplain.verbalize.linearization import USER_WORD, _clean, _is_user

__all__ = ["TemplateVerbalizer", "path_training_pairs"]

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


def _plural_form(phrase: str) -> str:
    """Agree a verb phrase with a plural subject ("A and B"): "is the genre of" → "are the
    genres of", "is a tag of" → "are tags of", "stars in" → "star in"."""
    words = _you_form(phrase).split()
    if len(words) == 4 and words[0] in ("are", "were") and words[3] == "of":
        if words[1] == "the":
            return " ".join([words[0], "the", plural(words[2]), "of"])
        if words[1] in ("a", "an"):
            return " ".join([words[0], plural(words[2]), "of"])
    return " ".join(words)


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


_SPACES = re.compile(r"\s+")
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?=\s|$)|\.\.\.\.(?=\s|$)")
"""A label's own "." (or "...") and the sentence's period: one stop ("Warner Bros.", "Hush...")."""
_VARIABLE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


def _plain_parts(source: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A template made only of text and ``{{ name }}`` as (texts, names), texts around names;
    ``None`` for any other Jinja syntax (statements, comments, filters, whitespace control)."""
    key = "p:" + source
    if key not in _TEMPLATE_CACHE:
        pieces = _VARIABLE.split(source)
        texts, names = tuple(pieces[0::2]), tuple(pieces[1::2])
        plain = not any(mark in t for t in texts for mark in ("{{", "{%", "{#"))
        _TEMPLATE_CACHE[key] = (texts, names) if plain else None
    return _TEMPLATE_CACHE[key]


def _render(source: str, **context: Any) -> str:
    """A template rendered and tidied. The shipped shapes (text and ``{{ name }}`` only) are
    filled in directly, as Jinja renders them (``str`` of each value, no escaping) but without
    its per-render overhead; any other template, or a missing name (StrictUndefined raises), is
    rendered by Jinja's sandbox."""
    parts = _plain_parts(source)
    if parts is not None and all(name in context for name in parts[1]):
        texts, names = parts
        out = [texts[0]]
        for name, after in zip(names, texts[1:]):
            out.append(str(context[name]))
            out.append(after)
        raw = "".join(out)
    else:
        raw = _compiled(source).render(**context)
    text = _SPACES.sub(" ", raw).strip()
    text = _AN.sub("an ", text)  # "is a interview" -> "is an interview"
    text = _STOP_AFTER_MARK.sub(r"\1", text)  # "Sushi Go!." -> "Sushi Go!"
    return text[:1].upper() + text[1:]  # a sentence may open with a lowercase tag ("hit men")


_AN = re.compile(r"(?<![\w'])a (?=[aeioAEIO][a-z])")
_STOP_AFTER_MARK = re.compile(r"([!?])\.(?=\s|$)")


#: Entity types read with "who" in relative clauses ("Alfred Hitchcock, who also directed...").
_PERSON_TYPES = frozenset({"person", "actor", "director", "artist", "member", "musician",
                           "writer", "composer", "producer", "author", "designer", "host",
                           "guest", "creator", "illustrator", "narrator", "player", "singer",
                           "chef", "editor", "presenter"})


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
        kg = _dated(kg, paths, facts)
        reasons = self.reason_texts(kg, paths, facts)
        if reasons:
            # the aggregated reasons first; the first path's plain sentence as a last resort
            start = self.seed % len(reasons)
            reasons = reasons[start:] + reasons[:start]
            if len(reasons) >= n:  # distinct already: the plain sentence would come after the n-th
                return reasons[:n]
            plain = self.path_sentences(kg, paths[0], limit=1)
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
                                   for src in shapes.get("direct_second", [])[:1]]  # the first is used
            elif second["x_id"] == first["x_id"]:  # one anchor, two shared entities
                if not (first["same"] and second["same"]):
                    return self.reason_texts(kg, paths[:1], facts)
                ctx.update(b=second["a"], i_to_b=second["i_to_a"])
                if first["a_verb"] == second["a_verb"] and first["i_verb"] == second["i_verb"]:
                    ctx.update(ab_verb=_plural_form(first["a_verb"]), i_verb=first["i_verb"])
                    out += [(src, "two") for src in shapes.get("two_links_same_verb", [])]
                out += [(src, "two") for src in shapes.get("two_links", [])]
            else:  # two anchors, one shared entity
                if not (first["same"] and second["same"] and first["a_verb"] == second["a_verb"]):
                    return self.reason_texts(kg, paths[:1], facts)
                ctx.update(x2=second["x"])
                out = [(src, "anchors") for src in shapes.get("two_anchors", [])]
        texts: list[str] = []
        item_tail = "{{ item }}{{ tail }}."
        extra: list[str] | None = None  # the fact's own sentence, rendered once when needed
        for src, _ in out:
            carries = src.rstrip().endswith(item_tail)
            text = _render(src, **{**ctx, "tail": f", which {fact}" if fact and carries else ""})
            if second_sentence:
                text = f"{text} {second_sentence[0]}"
            elif fact and not carries:
                if extra is None:
                    extra = [_render(f_src, item=ctx["item"], fact=fact)
                             for f_src in shapes.get("fact_sentence", [])[:1]]
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
            link.update(a=None, a_id=None, i_to_x=last.back_clause, x_to_i=last.clause, same=False)
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

    def path_sentences(self, kg: Any, path: Any, limit: int | None = None) -> list[str]:
        """Every paraphrase of one path (canonical first), or the first ``limit`` of them (only
        those are rendered); empty when a hop may not be said."""
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
                return [_render(s, **ctx) for s in shapes["one_hop"][:limit]]
            last = hops[-1]
            ctx["item_clause"] = last.back_clause
            if len(hops) == 2:
                ctx["x"] = hops[0].end
                return [_render(s, **ctx) for s in shapes["two_hop"][:limit]]
            mid = hops[1]
            ctx.update(x=mid.start, a=mid.end, x_clause=mid.clause, a_clause=mid.back_clause)
            groups: list[tuple[Sequence[str], dict[str, Any]]] = []
            same = mid.relation == last.relation and mid.forward != last.forward
            if same:
                # hop 2 walked x -> a, hop 3 walked a -> item: item relates to a as x does
                noun = (_path_templates().get("nouns") or {}).get(mid.relation)
                if noun and mid.forward:
                    groups.append((shapes["three_hop_noun"], {**ctx, "noun": noun}))
                groups.append((shapes["three_hop_same"], ctx))
            groups.append((shapes["three_hop"], ctx))
            rendered = (_render(s, **c) for sources, c in groups for s in sources)
            if limit is None:
                return _dedupe(rendered)
            out: list[str] = []
            for text in rendered:  # the first `limit` distinct texts, as _dedupe keeps them
                if text and text not in out:
                    out.append(text)
                    if len(out) >= limit:
                        break
            return out
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


class _DatedView:
    """The graph as one reason names it: items that share a label there ("Psycho", 1960 and
    1998) carry their year ("Psycho (1998)"), which the checker reads as naming that one film."""

    def __init__(self, kg: Any, dated: dict[str, Any]) -> None:
        self._kg = kg
        self._dated = dated

    def entity(self, entity_id: str) -> Any:
        return self._dated.get(entity_id) or self._kg.entity(entity_id)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._kg, name)


def _dated(kg: Any, paths: Sequence[Any], facts: Sequence[Any]) -> Any:
    """``kg``, or a :class:`_DatedView` when two items of one reason share a label."""
    import dataclasses

    ids = {n for p in paths for n in p.nodes}
    for fact in facts:
        triple = tuple(getattr(fact, "triple", fact))
        ids.update((triple[0], triple[2]))
    by_label: dict[str, list[Any]] = {}
    for x in ids:
        entity = kg.entity(x)
        if entity.kind == "item":
            by_label.setdefault(entity.label, []).append(entity)
    dated = {}
    for same in by_label.values():
        years = [e.attrs.get("year") for e in same]
        if len(same) > 1 and None not in years and len(set(years)) == len(years):
            dated.update({e.id: dataclasses.replace(e, label=f"{e.label} ({int(e.attrs['year'])})")
                          for e in same})
    return _DatedView(kg, dated) if dated else kg


def _with_also(clause: str) -> str:
    """``"also directed Vertigo"``, ``"is also the genre of Fantasia"``."""
    first, _, rest = clause.partition(" ")
    if first.lower() in {"is", "are", "was", "were", "has", "have"} and rest:
        return f"{first} also {rest}"
    return f"also {clause}"


def _tidy(text: str) -> str:
    """One space between words; a label ending in "." ends its sentence ("Warner Bros.")."""
    text = _SPACES.sub(" ", text).strip()
    return _DOUBLE_STOP.sub(lambda m: m.group()[:-1], text)


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
