"""Evaluate a verbalizer: WebNLG dev scores, and whether it generalizes (``kgexplain evaluate verbalizer``).

:func:`evaluate_verbalizer` reports, for WebNLG (all references per entry):

* corpus BLEU and chrF++ (:func:`~kgexplain.evaluation.text_scores.corpus_scores`); the DBpedia
  labels are first rendered as a reader writes them
  (:func:`kgexplain.datasets.webnlg.readable_label`: no disambiguation suffix, units spelled out,
  ISO dates spelled), the same input for any verbalizer;
* ``label_verbatim``: the share of input entity labels that appear verbatim in the output;
* ``foreign_entity_rate``: the share of outputs that name an entity label of the corpus which is
  not in their input (a hallucinated entity);
* ``texts_per_s``: generation throughput over the whole split (batched, length-sorted).

On a graph's paths (``kg``): the same two entity shares plus the distinct-output ratio (USR).

:func:`evaluate_generalization` measures three things the WebNLG dev score hides:

* **Held-out categories** (:func:`webnlg_groups`): WebNLG dev entries of
  :data:`HELDOUT_CATEGORIES` (3 of the 16 train categories) next to dev entries of the other 13,
  each with corpus BLEU and chrF++ (sacrebleu, all references), labels verbatim and the
  foreign-entity rate (:func:`~kgexplain.evaluation.text_scores.entity_shares`). Whether the held-out
  categories are *unseen* depends on the model: a model trained with
  ``TrainConfig(heldout_categories=...)`` records them in its ``kgexplain.json`` and never saw
  them; every other model (the shipped one included) trained on all 16 categories, and the report
  says so (``heldout_unseen_by_model: false``). The staged WebNLG has no test split, so WebNLG's
  own unseen categories (Film, MusicalWork, Scientist of the 2020 test set) cannot be scored here;
  dev holds seen categories only. A third group, ``dev_unseen_entity``, holds the dev entries that
  name an entity no train entry names (the only unseen material dev has). When the model held the
  categories out, ``train_heldout`` adds a larger sample of their *train* entries.
* **Second domain** (:func:`second_domain_report`): the music graph's facts (one triple each) and
  user→item paths, verbalized by the model; the share the closed-world
  :class:`~kgexplain.consistency.ConsistencyChecker` accepts (top text, and any of the N-best), the
  share that copies each relation phrase (the relation's ``phrase`` or ``inverse_phrase``, word
  for word, letter case ignored), the share with movie words (:data:`MOVIE_WORDS`), with failure
  examples of each kind; the template verbalizer's acceptance on the same inputs beside them.
* **Template copies** (:func:`template_identity_report`): on a graph's random (user, item) pairs
  explained by the :class:`~kgexplain.pipeline.Explainer` (no fact retrieval), the share of
  model texts that won (``source == "seq2seq"``: accepted by the checker) and, among them, the
  share identical to the template text for the same paths and facts.

Everything is measured on real model output; nothing feeds back into generation.
"""

from __future__ import annotations

import json
import logging
import os
import random
import re
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path as FsPath
from typing import Any, Sequence

logger = logging.getLogger(__name__)

__all__ = ["VerbalizerReport", "evaluate_verbalizer",
           "HELDOUT_CATEGORIES", "MOVIE_WORDS", "GeneralizationReport", "model_heldout_categories",
           "webnlg_groups", "second_domain_report", "template_identity_report",
           "evaluate_generalization"]

#: The 3 WebNLG train categories held out (a person, an organisation and a place category;
#: 1,143 of 13,211 train entries, 147 of 1,667 dev entries).
HELDOUT_CATEGORIES = ("Astronaut", "Company", "Monument")

#: Words of the movie domain that have no place in a text about another domain ("watched" is a
#: user claim the checker accepts, but no one watches a band).
MOVIE_WORDS = re.compile(
    r"\b(films?|movies?|directed|director|directors|stars|starring|starred|watched|cinema)\b", re.I)


@dataclass(frozen=True)
class VerbalizerReport:
    """Scores of one verbalizer. Fields that were not measured are ``None``."""

    model: str
    backend: str
    webnlg_entries: int = 0
    bleu: float | None = None
    chrf_pp: float | None = None
    label_verbatim: float | None = None
    foreign_entity_rate: float | None = None
    texts_per_s: float | None = None
    fallback_rate: float | None = None
    path_inputs: int = 0
    path_label_verbatim: float | None = None
    path_foreign_entity_rate: float | None = None
    path_distinct_ratio: float | None = None
    path_texts_per_s: float | None = None
    examples: tuple[dict[str, str], ...] = field(default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["examples"] = list(self.examples)
        return out


def evaluate_verbalizer(
    verbalizer: Any = None,
    webnlg_dir: str | os.PathLike[str] | None = "../shared/data/webnlg",
    split: str = "dev",
    limit: int | None = None,
    kg: Any = "example",
    path_inputs: int = 300,
    seed: int = 20260,
    model_dir: str | os.PathLike[str] | None = None,
) -> VerbalizerReport:
    """Score a verbalizer on WebNLG and/or a graph's paths.

    Args:
        verbalizer: defaults to ``Seq2SeqVerbalizer(model_dir)``, or the shipped model.
        webnlg_dir: WebNLG folder, or ``None`` to skip WebNLG.
        split: ``"dev"`` (the default; ``"test"`` when you have it).
        limit: score only ``limit`` evenly spaced entries (all sizes and categories).
        kg: a graph whose sampled user→item paths (plus item facts) are verbalized;
            ``"example"`` (default) loads ``KnowledgeGraph.example()``; ``None`` skips.
        path_inputs: how many path inputs to sample from ``kg``.
        seed: sampling seed for the path inputs (differs from the training seed).
        model_dir: a model folder, used when ``verbalizer`` is not given.

    Returns:
        A :class:`VerbalizerReport` (``.to_dict()`` for JSON).
    """
    if verbalizer is None:
        from kgexplain.verbalize import Seq2SeqVerbalizer

        verbalizer = (Seq2SeqVerbalizer(model_dir) if model_dir is not None
                      else Seq2SeqVerbalizer.default())
    if isinstance(kg, str) and kg == "example":
        from kgexplain.graph import KnowledgeGraph

        kg = KnowledgeGraph.example()
    fields: dict[str, Any] = {
        "model": str(getattr(verbalizer, "model_dir", type(verbalizer).__name__)),
        "backend": str(getattr(verbalizer, "backend_", getattr(verbalizer, "name", ""))),
    }
    examples: list[dict[str, str]] = []
    if webnlg_dir is not None:
        fields.update(_webnlg_dev_scores(verbalizer, webnlg_dir, split, limit, examples))
    if kg is not None and path_inputs > 0:
        fields.update(_path_scores(verbalizer, kg, path_inputs, seed, examples))
    return VerbalizerReport(examples=tuple(examples), **fields)


def _webnlg_dev_scores(verbalizer: Any, webnlg_dir: str | os.PathLike[str], split: str,
                       limit: int | None, examples: list[dict[str, str]]) -> dict[str, Any]:
    """The WebNLG fields of :class:`VerbalizerReport`; five examples appended to ``examples``."""
    from kgexplain.datasets.webnlg import read_webnlg, readable_label
    from kgexplain.evaluation.text_scores import EntityIndex, corpus_scores, entity_shares

    # evenly spaced: the split is ordered by triple-set size, its head is all 1-triple sets
    entries = _spaced(read_webnlg(webnlg_dir, split), limit)  # type: ignore[arg-type]
    # DBpedia ids -> what a reader writes ("Washington (state)" -> "Washington")
    inputs = [[(readable_label(h), r, readable_label(t)) for h, r, t in e.triples] for e in entries]
    before = getattr(verbalizer, "fallbacks_", 0)
    start = time.perf_counter()
    outputs = verbalizer.verbalize_batch(inputs)
    elapsed = time.perf_counter() - start
    fallbacks = getattr(verbalizer, "fallbacks_", 0) - before
    with_refs = [i for i, e in enumerate(entries) if e.references]
    bleu, chrf = corpus_scores([outputs[i] for i in with_refs], [entries[i].references for i in with_refs])
    labels = [readable_label(x) for e in read_webnlg(webnlg_dir, "train")
              for t in e.triples for x in (t[0], t[2])]
    labels += [x for triples in inputs for t in triples for x in (t[0], t[2])]
    verbatim, foreign = entity_shares(outputs, inputs, EntityIndex(labels))
    for i in range(0, len(entries), max(1, len(entries) // 5))[:5]:
        examples.append({"input": str(inputs[i]), "output": outputs[i],
                         "reference": entries[i].references[0] if entries[i].references else ""})
    return dict(webnlg_entries=len(entries), bleu=bleu, chrf_pp=chrf, label_verbatim=verbatim,
                foreign_entity_rate=foreign, texts_per_s=len(entries) / max(elapsed, 1e-9),
                fallback_rate=fallbacks / max(len(entries), 1))


def _path_scores(verbalizer: Any, kg: Any, path_inputs: int, seed: int,
                 examples: list[dict[str, str]]) -> dict[str, Any]:
    """The path fields of :class:`VerbalizerReport` on ``kg``'s sampled template inputs; three
    examples appended to ``examples``."""
    from kgexplain.evaluation.text_scores import EntityIndex, entity_shares
    from kgexplain.verbalize import path_training_pairs

    pairs = path_training_pairs(kg, path_inputs, seed=seed)
    inputs = [p[0] for p in pairs]
    start = time.perf_counter()
    outputs = verbalizer.verbalize_batch(inputs)
    elapsed = time.perf_counter() - start
    index = EntityIndex(e.label for e in kg.entities() if e.kind != "user")
    verbatim, foreign = entity_shares(outputs, inputs, index)
    for i in range(min(3, len(inputs))):
        examples.append({"input": str(inputs[i]), "output": outputs[i], "reference": pairs[i][1][0]})
    return dict(path_inputs=len(inputs), path_label_verbatim=verbatim, path_foreign_entity_rate=foreign,
                path_distinct_ratio=len(set(outputs)) / max(len(outputs), 1),
                path_texts_per_s=len(inputs) / max(elapsed, 1e-9))


@dataclass(frozen=True)
class GeneralizationReport:
    """Figures of :func:`evaluate_generalization` (see the module docstring)."""

    model: str
    heldout_categories: tuple[str, ...]
    model_heldout_categories: tuple[str, ...]
    heldout_unseen_by_model: bool
    webnlg: dict[str, Any] = field(default_factory=dict)
    second_domain: dict[str, Any] = field(default_factory=dict)
    template_identity: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"model": self.model, "heldout_categories": list(self.heldout_categories),
                "model_heldout_categories": list(self.model_heldout_categories),
                "heldout_unseen_by_model": self.heldout_unseen_by_model,
                "webnlg": self.webnlg, "second_domain": self.second_domain,
                "template_identity": self.template_identity, "seconds": round(self.seconds, 1)}


def model_heldout_categories(model_dir: str | os.PathLike[str] | None) -> tuple[str, ...]:
    """The WebNLG categories a model folder says it was trained without (``()`` when none)."""
    if model_dir is None:
        return ()
    meta = FsPath(model_dir) / "kgexplain.json"
    if not meta.is_file():
        return ()
    cfg = json.loads(meta.read_text(encoding="utf-8")).get("train_config", {})
    return tuple(cfg.get("heldout_categories") or ())


def _spaced(items: Sequence[Any], n: int | None) -> list[Any]:
    """``n`` evenly spaced items (all triple-set sizes: the corpus is ordered by size)."""
    if n is None or n >= len(items):
        return list(items)
    return [items[i * len(items) // n] for i in range(n)]


def _score_group(verbalizer: Any, entries: Sequence[Any], index: Any) -> dict[str, Any]:
    from kgexplain.datasets.webnlg import readable_label
    from kgexplain.evaluation.text_scores import corpus_scores, entity_shares

    if not entries:
        return {"entries": 0}
    inputs = [[(readable_label(h), r, readable_label(t)) for h, r, t in e.triples] for e in entries]
    start = time.perf_counter()
    outputs = verbalizer.verbalize_batch(inputs)
    elapsed = time.perf_counter() - start
    bleu, chrf = corpus_scores(outputs, [e.references for e in entries])
    verbatim, foreign = entity_shares(outputs, inputs, index)
    return {"entries": len(entries), "bleu": round(bleu, 2), "chrf_pp": round(chrf, 2),
            "label_verbatim": round(verbatim, 4), "foreign_entity_rate": round(foreign, 4),
            "texts_per_s": round(len(entries) / max(elapsed, 1e-9), 1),
            "examples": [{"category": entries[i].category, "input": str(inputs[i]),
                          "output": outputs[i], "reference": entries[i].references[0]}
                         for i in range(0, len(entries), max(1, len(entries) // 3))][:3]}


def webnlg_groups(verbalizer: Any, webnlg_dir: str | os.PathLike[str],
                  heldout: Sequence[str] = HELDOUT_CATEGORIES, per_group: int | None = 150,
                  model_heldout: Sequence[str] = ()) -> dict[str, Any]:
    """Scores of WebNLG dev groups: seen categories, held-out categories, unseen entities.

    Args:
        verbalizer: any :class:`~kgexplain.verbalize.Verbalizer`.
        webnlg_dir: the WebNLG 2020 folder (train and dev).
        heldout: the held-out category names.
        per_group: at most this many evenly spaced entries per group (``None``: all).
        model_heldout: the categories the model was trained without; when they include
            ``heldout``, a ``train_heldout`` group of their train entries is scored too.

    Returns:
        ``{group: {entries, bleu, chrf_pp, label_verbatim, foreign_entity_rate, texts_per_s,
        examples}}`` plus ``"bleu_gap"`` (seen minus held-out BLEU).
    """
    from kgexplain.datasets.webnlg import read_webnlg, readable_label
    from kgexplain.evaluation.text_scores import EntityIndex

    train = read_webnlg(webnlg_dir, "train")
    dev = [e for e in read_webnlg(webnlg_dir, "dev") if e.references]
    known = {c for e in train for c in (e.category,)}
    unknown = [c for c in heldout if c not in known]
    if unknown:
        from kgexplain.errors import ConfigError

        raise ConfigError(f"no WebNLG train category {unknown}; pick from {sorted(known)}")
    held = set(heldout)
    train_entities = {x for e in train for h, _, t in e.triples for x in (h, t)}
    index = EntityIndex([readable_label(x) for x in train_entities]
                        + [readable_label(x) for e in dev for h, _, t in e.triples for x in (h, t)])
    groups = {
        "dev_seen": [e for e in dev if e.category not in held],
        "dev_heldout": [e for e in dev if e.category in held],
        "dev_unseen_entity": [e for e in dev if any(x not in train_entities
                                                    for h, _, t in e.triples for x in (h, t))],
    }
    if held and held <= set(model_heldout):
        groups["train_heldout"] = [e for e in train if e.category in held and e.references]
    out: dict[str, Any] = {}
    for name, entries in groups.items():
        out[name] = _score_group(verbalizer, _spaced(entries, per_group), index)
        out[name]["available"] = len(entries)
    if out["dev_seen"].get("bleu") is not None and out["dev_heldout"].get("bleu") is not None:
        out["bleu_gap"] = round(out["dev_seen"]["bleu"] - out["dev_heldout"]["bleu"], 2)
    return out


# --------------------------------------------------------------------------- graphs
def _copies_phrases(text: str, kg: Any, evidence: Sequence[Any]) -> bool:
    """Every non-user relation of the evidence is said with its phrase or inverse phrase."""
    low = " ".join(text.lower().split())
    for triple in evidence:
        head, rel, tail = tuple(triple)
        if kg.entity(head).kind == "user":
            continue
        relation = kg.relation(rel)
        phrases = [p.lower() for p in (relation.phrase, relation.inverse_phrase) if p]
        if not any(re.search(r"(?<!\w)" + re.escape(p) + r"(?!\w)", low) for p in phrases):
            return False
    return True


def _graph_inputs(kg: Any, n_facts: int, n_paths: int, seed: int) -> list[dict[str, Any]]:
    """Fact inputs (one explainable triple between two non-users) and path inputs (1-2 paths
    of a random user to a random item, with one fact about the item half the time)."""
    from kgexplain.paths import PathFinder
    from kgexplain.verbalize import reason_triples

    rng = random.Random(seed)
    facts = [t for t in kg.triples(explainable=True)
             if kg.entity(t.head).kind != "user" and kg.entity(t.tail).kind != "user"
             and not kg.relation(t.relation).sensitive]
    rng.shuffle(facts)
    fact_set = set(facts)
    inputs: list[dict[str, Any]] = []
    for t in facts[:n_facts]:
        inputs.append({"kind": "fact", "evidence": [tuple(t)], "user": None,
                       "paths": [], "facts": [t], "triples": reason_triples(kg, [], [t])})
    finder = PathFinder(kg)
    users, items = sorted(kg.users()), sorted(kg.items())
    attempts = 0
    while sum(x["kind"] == "path" for x in inputs) < n_paths and attempts < n_paths * 20 and users:
        attempts += 1
        user, item = rng.choice(users), rng.choice(items)
        if kg.triples_between(user, item):
            continue
        found = list(finder.find(user, item, k=2, max_hops=3))
        if not found:
            continue
        paths = found[: rng.choice([1, 2])]
        item_facts = [t for t in kg.triples_of(item) if t in fact_set and not any(
            t in p.hops for p in paths)]
        chosen = [rng.choice(item_facts)] if item_facts and rng.random() < 0.5 else []
        evidence = [tuple(h) for p in paths for h in p.hops] + [tuple(t) for t in chosen]
        inputs.append({"kind": "path", "evidence": evidence, "user": user, "paths": paths,
                       "facts": chosen, "triples": reason_triples(kg, paths, chosen)})
    return inputs


def second_domain_report(verbalizer: Any, kg: Any = None, n_facts: int = 200, n_paths: int = 200,
                         nbest: int = 4, seed: int = 7, n_examples: int = 10) -> dict[str, Any]:
    """How the model says facts and paths of a graph it was not trained on (default: the music
    graph): checker acceptance, relation-phrase copies, movie words, with failure examples."""
    from kgexplain.consistency import ConsistencyChecker
    from kgexplain.verbalize import TemplateVerbalizer

    if kg is None:
        from kgexplain.datasets import music_graph

        kg = music_graph()
    inputs = _graph_inputs(kg, n_facts, n_paths, seed)
    checker = ConsistencyChecker(kg)
    start = time.perf_counter()
    nbests = verbalizer.candidates_batch([x["triples"] for x in inputs], nbest)
    tops = verbalizer.verbalize_batch([x["triples"] for x in inputs])
    elapsed = time.perf_counter() - start
    top_ok = [v.supported for v in checker.check_many(
        [(t, x["evidence"], x["user"]) for t, x in zip(tops, inputs)])]
    flat = [(c, x["evidence"], x["user"], i) for i, (cands, x) in enumerate(zip(nbests, inputs))
            for c in cands]
    any_ok = [False] * len(inputs)
    for (_, _, _, i), v in zip(flat, checker.check_many([f[:3] for f in flat])):
        any_ok[i] = any_ok[i] or v.supported
    template = TemplateVerbalizer(kg=kg)
    tpl = []
    for x in inputs:
        if x["kind"] == "fact":
            s = template.fact_sentence(kg, x["evidence"][0])
            tpl.append(s or "")
        else:
            c = template.explain_candidates(kg, x["paths"], x["facts"], 1)
            tpl.append(c[0] if c else "")
    tpl_ok = [v.supported for v in checker.check_many(
        [(t, x["evidence"], x["user"]) for t, x in zip(tpl, inputs)])]
    copies = [_copies_phrases(t, kg, x["evidence"]) for t, x in zip(tops, inputs)]
    movie = [bool(MOVIE_WORDS.search(t)) for t in tops]

    def share(flags: Sequence[bool], kind: str | None = None) -> float | None:
        sel = [f for f, x in zip(flags, inputs) if kind is None or x["kind"] == kind]
        return round(sum(sel) / len(sel), 4) if sel else None

    def examples(flags: Sequence[bool], bad_when: bool) -> list[dict[str, str]]:
        idx = [i for i, f in enumerate(flags) if f == bad_when]
        step = max(1, len(idx) // n_examples)
        return [{"kind": inputs[i]["kind"], "input": str(inputs[i]["triples"]), "output": tops[i],
                 "template": tpl[i]} for i in idx[::step][:n_examples]]

    out: dict[str, Any] = {"graph": getattr(kg, "name", None) or "music", "inputs": len(inputs),
                           "facts": sum(x["kind"] == "fact" for x in inputs),
                           "paths": sum(x["kind"] == "path" for x in inputs), "nbest": nbest}
    for kind in (None, "fact", "path"):
        suffix = "" if kind is None else f"_{kind}"
        out[f"accepted_top{suffix}"] = share(top_ok, kind)
        out[f"accepted_any_nbest{suffix}"] = share(any_ok, kind)
        out[f"phrase_copy{suffix}"] = share(copies, kind)
        out[f"movie_words{suffix}"] = share(movie, kind)
        out[f"template_accepted{suffix}"] = share(tpl_ok, kind)
    out["texts_per_s"] = round(len(inputs) * 2 / max(elapsed, 1e-9), 1)
    out["failures"] = {"rejected": examples(top_ok, False), "no_phrase_copy": examples(copies, False),
                       "movie_words": examples(movie, True)}
    return out


def template_identity_report(verbalizer: Any = None, kg: Any = None, n: int = 150, seed: int = 0,
                             n_examples: int = 5) -> dict[str, Any]:
    """On ``n`` random (user, item) pairs explained with ``verbalizer`` (default: the shipped
    model; no fact retrieval):
    the share of explained pairs whose text is the model's (accepted by the checker) and, among
    those, the share identical to the template text of the same paths and facts."""
    from kgexplain.pipeline import Explainer

    if kg is None:
        from kgexplain.graph import KnowledgeGraph

        kg = KnowledgeGraph.example()
    explainer = Explainer(kg, retriever=None,
                          verbalizer=verbalizer if verbalizer is not None else "seq2seq")
    rng = random.Random(seed)
    users, items = sorted(kg.users()), sorted(kg.items())
    pairs = [(rng.choice(users), rng.choice(items)) for _ in range(n)]
    exps = [e for e in explainer.explain_many(pairs, batch_size=64) if e.error is None]
    model = [e for e in exps if e.source == "seq2seq"]
    same, differ = [], []
    for e in model:
        tpl = explainer.template.explain_candidates(kg, list(e.paths), list(e.facts), 1)
        (same if tpl and tpl[0] == e.text else differ).append((e.text, tpl[0] if tpl else ""))
    return {"pairs": n, "explained": len(exps), "model_texts": len(model),
            "model_share": round(len(model) / len(exps), 4) if exps else None,
            "template_identical_share": round(len(same) / len(model), 4) if model else None,
            "examples_identical": [{"model": a, "template": b} for a, b in same[:n_examples]],
            "examples_different": [{"model": a, "template": b} for a, b in differ[:n_examples]]}


def evaluate_generalization(
    verbalizer: Any = None,
    model_dir: str | os.PathLike[str] | None = None,
    webnlg_dir: str | os.PathLike[str] | None = "../shared/data/webnlg",
    heldout: Sequence[str] = HELDOUT_CATEGORIES,
    per_group: int | None = 150,
    second_domain: Any = "music",
    n_facts: int = 200,
    n_paths: int = 200,
    template_pairs: int = 150,
    seed: int = 7,
) -> GeneralizationReport:
    """Held-out categories, second-domain graph and template copies in one report.

    Args:
        verbalizer: defaults to ``Seq2SeqVerbalizer(model_dir)`` or the shipped model.
        model_dir: the model folder (its ``kgexplain.json`` says which categories it held out).
        webnlg_dir: WebNLG folder, or ``None`` to skip the WebNLG groups.
        heldout: the held-out categories.
        per_group: entries per WebNLG group (``None``: all).
        second_domain: ``"music"``, a graph, or ``None`` to skip.
        n_facts, n_paths: second-domain inputs of each kind.
        template_pairs: example-graph pairs for the template-copy share (0 skips).
        seed: sampling seed.
    """
    from kgexplain.verbalize import Seq2SeqVerbalizer, default_model_dir

    start = time.perf_counter()
    if verbalizer is None:
        verbalizer = (Seq2SeqVerbalizer(model_dir) if model_dir is not None
                      else Seq2SeqVerbalizer.default())
    folder = model_dir if model_dir is not None else getattr(verbalizer, "model_dir", None)
    if folder is None and isinstance(verbalizer, Seq2SeqVerbalizer):
        folder = default_model_dir()
    model_held = model_heldout_categories(folder)
    report: dict[str, Any] = {}
    if webnlg_dir is not None:
        report["webnlg"] = webnlg_groups(verbalizer, webnlg_dir, heldout, per_group, model_held)
    if second_domain is not None:
        kg = None if isinstance(second_domain, str) and second_domain == "music" else second_domain
        report["second_domain"] = second_domain_report(verbalizer, kg, n_facts, n_paths, seed=seed)
    if template_pairs > 0:
        report["template_identity"] = template_identity_report(verbalizer, n=template_pairs, seed=seed)
    return GeneralizationReport(
        model=str(folder or type(verbalizer).__name__), heldout_categories=tuple(heldout),
        model_heldout_categories=model_held,
        heldout_unseen_by_model=bool(heldout) and set(heldout) <= set(model_held),
        seconds=time.perf_counter() - start, **report)
