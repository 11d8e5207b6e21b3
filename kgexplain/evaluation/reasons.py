"""Reason quality: do the explanations read well and rest on evidence a reader cares about?

:func:`evaluate_reasons` explains ``n`` pairs the built-in recommender picks (each user's top
three) and ``n`` random (user, item) pairs, and measures the texts, not the model:

* ``median_words``, ``median_sentences``, ``median_item_mentions`` (and the largest item count);
* ``specific_share``: among pairs where the item shares a *specific* entity (a person, company,
  member, label: any attribute whose type is not in :data:`HUB_TYPES`) with an item the user
  loved, the share of texts naming one of those entities; ``director_star_share`` the same for a
  shared director or star (relations ``directed_by``/``starring``, where the graph has them);
* ``co_liked_share``: texts stating a collaborative link (``co_liked``: "Y is loved by many fans
  of X");
* ``hub_only_share``: texts whose every stated link (a non-user triple of the evidence with both
  ends named) has a hub end (genre, tag...), i.e. the reason rests on hub attributes alone;
* ``patterns_per_100``: distinct sentences per 100 texts once every entity name is masked;
* ``duplicate_sentences``: sentences said twice within one text (summed);
* ``off_topic_facts``: facts touching neither the item nor a path's shared entity (the node next
  to the item), plus facts repeating a path hop;
* ``template_identical_share``: model (seq2seq) texts equal to the template text of the same
  paths and facts; ``seq2seq_share``; ``checker_acceptance`` (supported among explained pairs);
* ``loved_below_threshold``: texts saying the user loved an item they rated below the threshold;
* ``top3_same_shape_users``: users whose top three reasons include two of the same masked shape.

Everything is measured on real pipeline output; nothing here feeds back into generation.
"""

from __future__ import annotations

import logging
import random
import re
import statistics
import time
from dataclasses import dataclass, field
from typing import Any, Iterable, Sequence

logger = logging.getLogger(__name__)

__all__ = ["HUB_TYPES", "ReasonReport", "reason_pairs", "measure_reasons", "evaluate_reasons"]

#: Attribute types that are categories shared by many items: a reason resting only on these is a
#: "hub" reason. Every other attribute type (person, company, member, label...) is specific.
HUB_TYPES = frozenset({"genre", "tag", "style", "mood", "decade", "era", "year", "country",
                       "city", "language", "instrument", "keyword", "category"})

_COLLABORATIVE = frozenset({"co_liked"})  # relations derived from the interactions
_MASK = "\u2039E\u203a"  # one placeholder for every entity name
_SENT_END = re.compile(r"(?<=[.!?])\s+")
_LOVED = re.compile(r"\b(loved|liked|enjoyed)\b", re.I)
_WORD = re.compile(r"[\w\u2039\u203a]+(?:['\u2019-][\w]+)*")


@dataclass(frozen=True)
class ReasonReport:
    """Figures of one set of explanations (see the module docstring)."""

    name: str
    pairs: int
    explained: int
    errors: int
    figures: dict[str, Any] = field(default_factory=dict)
    examples: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "pairs": self.pairs, "explained": self.explained,
                "errors": self.errors, **self.figures}


# --------------------------------------------------------------------------- pairs
def reason_pairs(explainer: Any, n: int, seed: int = 0) -> tuple[list[tuple[str, str]],
                                                                  list[tuple[str, str]]]:
    """``(recommended, random)`` pair lists of about ``n`` each: the top three picks of
    ``explainer.recommend`` for ``ceil(n / 3)`` random users (rank order kept per user), and
    ``n`` uniformly random (user, item) pairs."""
    kg = explainer.kg
    rng = random.Random(seed)
    users = sorted(kg.users())
    items = sorted(kg.items())
    rec: list[tuple[str, str]] = []
    order = users[:]
    rng.shuffle(order)
    for u in order:
        if len(rec) >= n:
            break
        rec.extend((u, it) for it, _ in explainer.recommend(u, k=3)[:3])
    rnd = [(rng.choice(users), rng.choice(items)) for _ in range(n)]
    return rec[: max(n, 0) + 2], rnd


# --------------------------------------------------------------------------- text helpers
def _names(kg: Any, ids: Iterable[str]) -> list[tuple[str, str]]:
    """(surface, entity id) for the labels and aliases of ``ids``, longest first."""
    out = []
    for eid in set(ids):
        if eid not in kg:
            continue
        e = kg.entity(eid)
        if e.kind == "user":
            continue
        for s in {e.label, *getattr(e, "aliases", ())}:
            if s and len(s) > 1:
                out.append((s, eid))
    out.sort(key=lambda x: -len(x[0]))
    return out


def mask_names(text: str, names: Sequence[tuple[str, str]],
               uniform: bool = True) -> tuple[str, list[str]]:
    """``text`` with every name replaced by one placeholder (``uniform``; else one per entity),
    and the ids found in order of replacement (longest names first, so "Toy Story 2" is not
    read as "Toy Story")."""
    found: list[str] = []
    keys: dict[str, int] = {}
    for surface, eid in names:
        pat = re.compile(r"(?<![\w])" + re.escape(surface) + r"(?![\w])")
        hits = len(pat.findall(text))
        if hits:
            found.extend([eid] * hits)
            text = pat.sub(_MASK if uniform else
                           "\u2039" + chr(0xE000 + keys.setdefault(eid, len(keys))) + "\u203a", text)
    return text, found


def sentences(masked: str) -> list[str]:
    """Sentences of a masked text (names can no longer hide a full stop)."""
    return [s.strip() for s in _SENT_END.split(masked.strip()) if s.strip()]


def _shared_nodes(e: Any) -> set[str]:
    """The node next to the item on each path (unless it is a user)."""
    out = set()
    for p in e.paths:
        if len(p.nodes) >= 2:
            out.add(p.nodes[-2])
    return out


def _offers_specific(kg: Any, user: str, item: str, loved: set[str],
                     relations: Sequence[str] | None = None) -> set[str]:
    """Specific entities the item shares with an item the user loved (via usable relations)."""
    out = set()
    for t in kg.triples_of(item):
        other = t.tail if t.head == item else t.head
        rel = kg.relation(t.relation)
        if not rel.usable or (relations and t.relation not in relations):
            continue
        ent = kg.entity(other)
        if ent.kind != "attribute" or ent.type in HUB_TYPES:
            continue
        for t2 in kg.triples_of(other):
            o2 = t2.tail if t2.head == other else t2.head
            if o2 != item and o2 in loved and t2.relation == t.relation:
                out.add(other)
                break
    return out


def _loved_items(kg: Any, user: str, threshold: float) -> set[str]:
    out = set()
    for t in kg.triples_of(user):
        if t.head != user:
            continue
        r = kg.edge_attrs(t.head, t.relation, t.tail).get("rating")
        try:
            if r is None or float(r) >= threshold:
                out.add(t.tail)
        except (TypeError, ValueError):
            continue
    return out


# --------------------------------------------------------------------------- measuring
@dataclass
class _Tally:
    """Counts gathered over the explained pairs of one set (see :func:`measure_reasons`)."""

    words: list[int] = field(default_factory=list)
    sents: list[int] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)
    patterns: list[list[str]] = field(default_factory=list)
    shapes: dict[str, list[str]] = field(default_factory=dict)
    examples: list[dict[str, Any]] = field(default_factory=list)
    dup: int = 0
    off_topic: int = 0
    repeated: int = 0
    hub_only: int = 0
    co_liked: int = 0
    spec_offered: int = 0
    spec_named: int = 0
    ds_offered: int = 0
    ds_named: int = 0
    seq: int = 0
    same_tpl: int = 0
    loved_low: int = 0


def measure_reasons(kg: Any, explanations: Sequence[Any], name: str = "reasons",
                    threshold: float = 4.0, template: Any = None, checker: Any = None,
                    top3_groups: bool = False, seconds: float | None = None) -> ReasonReport:
    """Figures of finished explanations (see the module docstring).

    Args:
        kg: the graph the explanations were made on.
        explanations: :class:`~kgexplain.records.Explanation` records.
        name: label of the set.
        threshold: rating that makes "you loved X" true.
        template: a template verbalizer, for ``template_identical_share`` (skipped when None).
        checker: a consistency checker; when given, ``checks_per_s`` times it on the texts.
        top3_groups: the explanations are users' top picks in rank order (consecutive per user).
        seconds: wall time the explanations took (gives ``reasons_per_s``).
    """
    ok = [e for e in explanations if not e.error and e.text]
    tally = _Tally()
    loved_cache: dict[str, set[str]] = {}
    has_ds = all(r in kg.relations for r in ("directed_by", "starring"))
    for e in ok:
        named = _measure_text(kg, e, tally)
        hops = _measure_facts(e, tally)
        if e.user not in loved_cache:
            loved_cache[e.user] = _loved_items(kg, e.user, threshold)
        _measure_evidence(kg, e, hops, named, loved_cache[e.user], has_ds, tally)
        tally.loved_low += _loved_below_threshold(kg, e, hops, named, threshold)
        if e.source == "seq2seq":
            tally.seq += 1
            if template is not None:
                tpl = template.explain_candidates(kg, list(e.paths), list(e.facts), 1)
                tally.same_tpl += bool(tpl) and tpl[0] == e.text
        if len(tally.examples) < 5:
            tally.examples.append({"user": e.user, "item": e.item, "text": e.text, "source": e.source})
    figures = _figures(tally, ok, has_ds, template is not None)
    if top3_groups:
        same = 0
        for texts in tally.shapes.values():
            top = texts[:3]
            same += len(set(top)) < len(top)
        figures["top3_users"] = len(tally.shapes)
        figures["top3_same_shape_users"] = same
    if seconds is not None and explanations:
        figures["reasons_per_s"] = round(len(explanations) / max(seconds, 1e-9), 1)
    if checker is not None and ok:
        items = [(e.text, [h for p in e.paths for h in p.hops] + [f.triple for f in e.facts], e.user)
                 for e in ok]
        t0 = time.perf_counter()
        checker.check_many(items)
        figures["checks_per_s"] = round(len(items) / max(time.perf_counter() - t0, 1e-9), 1)
    return ReasonReport(name, len(explanations), len(ok), len(explanations) - len(ok), figures,
                        tuple(tally.examples))


def _measure_text(kg: Any, e: Any, tally: _Tally) -> set[str]:
    """Words, sentences, item mentions, repeated sentences and the masked shape of ``e.text``;
    the ids of the entities it names."""
    ids = {n for p in e.paths for n in p.nodes} | {x for f in e.facts for x in (f.triple.head, f.triple.tail)}
    ids.add(e.item)
    keyed, found = mask_names(e.text, _names(kg, ids), uniform=False)
    masked = re.sub("\u2039[^\u203a]*\u203a", _MASK, keyed)
    ss = sentences(masked)
    raw = sentences(keyed)
    tally.words.append(len(_WORD.findall(masked.replace(_MASK, " X "))) + sum(
        len(_WORD.findall(kg.label(i))) - 1 for i in found))
    tally.sents.append(len(ss))
    tally.mentions.append(sum(1 for i in found if i == e.item))
    tally.dup += len(raw) - len(set(raw))
    tally.patterns.append(ss)
    tally.shapes.setdefault(e.user, []).append(masked)
    return set(found)


def _measure_facts(e: Any, tally: _Tally) -> set[tuple[str, str, str]]:
    """Facts repeating a path hop, or about neither the item nor a path's shared entity; the
    path hops."""
    shared = _shared_nodes(e)
    hops = {tuple(h) for p in e.paths for h in p.hops}
    for f in e.facts:
        t = tuple(f.triple)
        if t in hops:
            tally.repeated += 1
        elif e.item not in (t[0], t[2]) and not (shared & {t[0], t[2]}):
            tally.off_topic += 1
    return hops


def _measure_evidence(kg: Any, e: Any, hops: set[tuple[str, str, str]], named: set[str],
                      loved: set[str], has_ds: bool, tally: _Tally) -> None:
    """What the text rests on: a collaborative link, hub attributes only, and whether it names a
    specific entity (a director or star) the item shares with an item the user loved."""
    links = []
    for t in list(hops) + [tuple(f.triple) for f in e.facts]:
        h, _, tl = t
        if kg.entity(h).kind == "user" or kg.entity(tl).kind == "user":
            continue
        if h in named and tl in named:
            links.append(t)
    tally.co_liked += any(t[1] in _COLLABORATIVE for t in links)
    if links and all(any(kg.entity(x).kind == "attribute" and kg.entity(x).type in HUB_TYPES
                         for x in (t[0], t[2])) for t in links):
        tally.hub_only += 1
    offered = _offers_specific(kg, e.user, e.item, loved)
    if offered:
        tally.spec_offered += 1
        tally.spec_named += bool(offered & named)
    if has_ds:
        ds = _offers_specific(kg, e.user, e.item, loved, ("directed_by", "starring"))
        if ds:
            tally.ds_offered += 1
            tally.ds_named += bool(ds & named)


def _loved_below_threshold(kg: Any, e: Any, hops: set[tuple[str, str, str]], named: set[str],
                           threshold: float) -> bool:
    """Whether the text says the user loved an item they rated below ``threshold``."""
    for t in hops:
        if kg.entity(t[0]).kind == "user" and t[2] in named:
            r = kg.edge_attrs(*t).get("rating")
            if r is not None and float(r) < threshold:
                label = kg.label(t[2])
                if any(label in s and _LOVED.search(s) for s in _SENT_END.split(e.text)):
                    return True
    return False


def _figures(tally: _Tally, ok: Sequence[Any], has_ds: bool, with_template: bool) -> dict[str, Any]:
    """The report's figures from the tally of the ``ok`` (explained) pairs."""
    # distinct masked sentence patterns per 100 texts (mean over full chunks of 100)
    per100 = []
    for lo in range(0, len(tally.patterns), 100):
        chunk = tally.patterns[lo:lo + 100]
        distinct = len({s for ss in chunk for s in ss})
        per100.append(distinct * 100.0 / len(chunk))
    words, sents, mentions, seq = tally.words, tally.sents, tally.mentions, tally.seq
    return {
        "median_words": statistics.median(words) if words else None,
        "median_sentences": statistics.median(sents) if sents else None,
        "median_item_mentions": statistics.median(mentions) if mentions else None,
        "max_item_mentions": max(mentions) if mentions else None,
        "specific_offered": tally.spec_offered,
        "specific_share": round(tally.spec_named / tally.spec_offered, 3) if tally.spec_offered else None,
        "director_star_offered": tally.ds_offered if has_ds else None,
        "director_star_share": round(tally.ds_named / tally.ds_offered, 3) if tally.ds_offered else None,
        "hub_only_share": round(tally.hub_only / len(ok), 3) if ok else None,
        "co_liked_share": round(tally.co_liked / len(ok), 3) if ok else None,
        "patterns_per_100": round(statistics.mean(per100), 1) if per100 else None,
        "duplicate_sentences": tally.dup,
        "off_topic_facts": tally.off_topic,
        "repeated_facts": tally.repeated,
        "seq2seq_share": round(seq / len(ok), 3) if ok else None,
        "template_identical_share": round(tally.same_tpl / seq, 3) if seq and with_template else None,
        "checker_acceptance": round(sum(bool(e.verdict and e.verdict.supported) for e in ok)
                                    / len(ok), 3) if ok else None,
        "loved_below_threshold": tally.loved_low,
    }


def evaluate_reasons(kg: Any, n: int = 200, verbalizer: str = "seq2seq", seed: int = 0,
                     explainer: Any = None, batch_size: int = 64) -> dict[str, Any]:
    """Explain ``n`` recommended and ``n`` random pairs of ``kg`` and measure the reasons.

    Returns ``{"recommended": {...}, "random": {...}}`` (see :class:`ReasonReport`).
    """
    if explainer is None:
        from kgexplain.pipeline import Explainer

        explainer = Explainer(kg, verbalizer=verbalizer)
    threshold = float(explainer.config.checker.rating_threshold)
    rec, rnd = reason_pairs(explainer, n, seed)
    out: dict[str, Any] = {}
    for name, pairs in (("recommended", rec), ("random", rnd)):
        t0 = time.perf_counter()
        exps = list(explainer.explain_many(pairs, batch_size=batch_size))
        took = time.perf_counter() - t0
        rep = measure_reasons(kg, exps, name, threshold, template=explainer.template,
                              checker=explainer.checker, top3_groups=(name == "recommended"),
                              seconds=took)
        out[name] = rep.to_dict()
        out[name]["examples"] = list(rep.examples)
    return out
