"""Extra training pairs that teach the verbalizer to say what a relation phrase says.

The shipped model memorized the example graph's phrases ("is a film of the genre") and writes
them, or WebNLG words, for relations it never saw. Two generators fix the data, not the model:

* :func:`random_phrase_pairs`: path→reason pairs from the graph with its relations re-phrased
  from a pool (:func:`phrase_pool`: the graph's own phrases moved to other relations, WebNLG
  predicates as "has the P" / "is the P of", and made-up verb pairs). A target is kept only when
  it says every re-phrased relation with its new phrase or inverse phrase, word for word, so
  copying the given phrase is the one thing the pairs teach. The music graph's phrases are never
  in the pool: that graph is the second-domain validation.
* :func:`reason_shaped_pairs`: inputs of one or two paths around one anchor plus a fact, with the
  aggregated one-sentence reasons of :meth:`TemplateVerbalizer.reason_texts` as targets (the
  shape the explainer exports).

:func:`kgexplain.training.train_verbalizer` adds them when ``TrainConfig.random_phrase_pairs``
or ``TrainConfig.reason_pairs`` is > 0. The graph is re-phrased in place and restored after.
"""

from __future__ import annotations

import random
import re
from typing import Any, Sequence

__all__ = ["MADE_UP_PHRASES", "phrase_pool", "random_phrase_pairs", "reason_shaped_pairs"]

#: Verb pairs (phrase, inverse phrase) of no graph shipped with kgexplain.
MADE_UP_PHRASES: tuple[tuple[str, str], ...] = (
    ("is owned by", "owns"), ("is made by", "makes"), ("is sold by", "sells"),
    ("is featured in", "features"), ("is set in", "is the setting of"), ("serves", "is served by"),
    ("belongs to", "includes"), ("is hosted by", "hosts"), ("uses", "is used by"),
    ("is named after", "gave its name to"), ("is located in", "is the location of"),
    ("supports", "is supported by"), ("is published by", "publishes"),
    ("is based in", "is the base of"), ("is part of", "contains"), ("covers", "is covered by"),
    ("is sponsored by", "sponsors"), ("is translated by", "translated"),
    ("is designed by", "designed"), ("is run by", "runs"), ("is funded by", "funds"),
    ("is narrated by", "narrated"), ("is curated by", "curates"), ("is taught by", "teaches"),
    ("is managed by", "manages"), ("is built by", "built"), ("is cooked with", "is an ingredient of"),
    ("is recommended by", "recommends"), ("is reviewed by", "reviewed"), ("opens for", "is opened for by"),
)

_VERBISH = re.compile(r"^(is|was|are|were|has|had|have)\b|\b(of|in|by|to|for|at|from|on|with)$")


def phrase_pool(kg: Any = None, webnlg_properties: Sequence[str] = (), exclude: Sequence[str] = ()
                ) -> list[tuple[str, str]]:
    """(phrase, inverse phrase) pairs: made-up ones, the graph's own, WebNLG nouns.

    Args:
        kg: a graph whose explainable relations' phrases join the pool.
        webnlg_properties: cleaned WebNLG property names; noun-like ones (``"birth place"``)
            become ``("has the birth place", "is the birth place of")``.
        exclude: phrases never to use (the validation graph's).

    >>> ("has the birth place", "is the birth place of") in phrase_pool(None, ["birth place"])
    True
    """
    pool = list(MADE_UP_PHRASES)
    if kg is not None:
        pool += [(r.phrase, r.inverse_phrase) for r in kg.relations.values()
                 if r.usable and r.phrase and r.inverse_phrase
                 and r.name != "rated"]
    for prop in sorted(set(webnlg_properties)):
        if prop and not _VERBISH.search(prop) and len(prop.split()) <= 3 and prop.isascii():
            pool.append((f"has the {prop}", f"is the {prop} of"))
    banned = {p.lower() for p in exclude}
    seen: set[tuple[str, str]] = set()
    out = []
    for phrase, inverse in pool:
        key = (phrase.lower(), inverse.lower())
        if key in seen or key[0] in banned or key[1] in banned or key[0] == key[1]:
            continue
        seen.add(key)
        out.append((phrase, inverse))
    return out


def _says(text: str, phrases: Sequence[str]) -> bool:
    low = " ".join(text.lower().split())
    return any(re.search(r"(?<!\w)" + re.escape(p.lower()) + r"(?!\w)", low) for p in phrases)


def random_phrase_pairs(kg: Any, n: int, pool: Sequence[tuple[str, str]], seed: int = 0,
                        per_round: int = 40, find_paths: Any = None
                        ) -> list[tuple[list[tuple[str, str, str]], list[str]]]:
    """``n`` path→reason pairs, each round of ``per_round`` under a fresh random re-phrasing.

    Every explainable relation but ``rated`` gets a pool pair per round; a target survives only
    when each re-phrased relation of its input is said with its new phrase or inverse phrase.
    The graph's relations are restored before returning (also on error).
    """
    from dataclasses import replace

    from kgexplain.verbalize import path_training_pairs

    rng = random.Random(seed)
    original = dict(kg.relations)
    names = [r.name for r in original.values()
             if r.usable and r.name != "rated"]
    out: list[tuple[list[tuple[str, str, str]], list[str]]] = []
    rounds = 0
    try:
        while len(out) < n and rounds < 4 * max(1, n // per_round) + 4:
            rounds += 1
            drawn = rng.sample(list(pool), min(len(names), len(pool)))
            mapping = {}
            for name, (phrase, inverse) in zip(names, drawn):
                mapping[phrase] = (phrase, inverse)
                kg.add_relation(replace(original[name], phrase=phrase, inverse_phrase=inverse,
                                        cues=(), inverse_cues=()))
            for triples, texts in path_training_pairs(kg, per_round, seed=rng.randrange(1 << 30),
                                                      find_paths=find_paths):
                needed = [mapping[r] for _, r, _ in triples if r in mapping]
                kept = [t for t in texts if all(_says(t, pair) for pair in needed)]
                if kept:
                    out.append((triples, kept))
    finally:
        for relation in original.values():
            kg.add_relation(relation)
    return out[:n]


def reason_shaped_pairs(kg: Any, n: int, seed: int = 0, max_hops: int = 3
                        ) -> list[tuple[list[tuple[str, str, str]], list[str]]]:
    """``n`` inputs shaped like the explainer's reasons (1-2 paths of a random user to an item
    they did not rate, plus one fact about the item half the time) with the template's
    aggregated reasons (:meth:`TemplateVerbalizer.reason_texts`) as targets."""
    from kgexplain.paths import PathFinder
    from kgexplain.verbalize import TemplateVerbalizer, reason_triples

    rng = random.Random(seed)
    finder = PathFinder(kg)
    template = TemplateVerbalizer(kg=kg)
    users, items = sorted(kg.users()), sorted(kg.items())
    out: list[tuple[list[tuple[str, str, str]], list[str]]] = []
    seen: set[tuple[Any, ...]] = set()
    attempts = 0
    while len(out) < n and attempts < n * 20 and users and items:
        attempts += 1
        user, item = rng.choice(users), rng.choice(items)
        if kg.triples_between(user, item):
            continue
        paths = list(finder.find(user, item, k=2, max_hops=max_hops))[: rng.choice([1, 2])]
        if not paths:
            continue
        facts = [t for t in kg.triples_of(item) if kg.entity(t.head).kind != "user"
                 and kg.entity(t.tail).kind != "user" and not any(t in p.hops for p in paths)]
        chosen = [rng.choice(facts)] if facts and rng.random() < 0.5 else []
        key = tuple(h for p in paths for h in p.hops) + tuple(chosen)
        if key in seen:
            continue
        texts = template.reason_texts(kg, paths, chosen)
        if texts:
            seen.add(key)
            out.append((reason_triples(kg, paths, chosen), texts))
    return out
