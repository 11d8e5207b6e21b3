"""Evaluation of the consistency checker on one graph: recall on corrupted texts, false rejects on faithful ones.

:func:`evaluate_corrupted` samples user→item reasoning paths from a graph
(:func:`~kgexplain.evaluation.sampling.sample_cases`), has the
:class:`~kgexplain.verbalize.TemplateVerbalizer` write every paraphrase of each, and then

* counts **false rejects** on those faithful texts (and on the same texts with a correct year
  inserted after an entity that has a ``year`` attribute), on the shipped seq2seq model's outputs
  when the model is available (all outputs, and the subset an independent rule judges faithful),
  and on WebNLG dev references checked against a graph built from their own triples
  (:func:`~kgexplain.evaluation.webnlg.webnlg_graph`);
* builds a **corrupted set** from the faithful texts, one error kind at a time
  (:mod:`kgexplain.evaluation.corruption`), and counts how many the checker catches (recall);
* measures **checks/s** of :meth:`~kgexplain.consistency.ConsistencyChecker.check_many` on one
  process.

It takes any graph (the benchmark runs it on a books graph the checker has never seen); the
adversarial suite of ``kgexplain evaluate checker`` (:mod:`kgexplain.evaluation.checker`) is the
other, hand-curated measurement. This module sits above the stages: it uses the verbalizer to
write faithful texts, while the checker it evaluates never imports the verbalizer.
"""

from __future__ import annotations

import logging
import random
import re
import time
from collections import Counter
from pathlib import Path as FsPath
from typing import Any, Sequence

from kgexplain.evaluation.corruption import ERROR_KINDS, Corruptor
from kgexplain.evaluation.sampling import sample_cases
from kgexplain.records import Triple

logger = logging.getLogger(__name__)

__all__ = ["evaluate_corrupted"]

Item = tuple[str, tuple[Triple, ...], str | None]
"""A text to check: (text, evidence triples, the user "you" names)."""


def _rate(rejected: int, total: int) -> float | None:
    return round(rejected / total, 4) if total else None


def _fr_block(texts: list[Item], verdicts: Sequence[Any], examples: int = 5) -> dict:
    rejected = [(t, v) for (t, _, _), v in zip(texts, verdicts) if not v.supported]
    return {
        "texts": len(texts),
        "rejected": len(rejected),
        "false_reject_rate": _rate(len(rejected), len(texts)),
        "examples": [{"text": t, "reason": v.reason} for t, v in rejected[:examples]],
    }


def evaluate_corrupted(
    kg: Any = None,
    *,
    n: int = 500,
    seed: int = 0,
    webnlg_dir: str | FsPath | None = None,
    webnlg_limit: int | None = 1000,
    seq2seq: bool = True,
    n_seq2seq: int = 200,
    checker: Any = None,
    examples: int = 5,
) -> dict[str, Any]:
    """Evaluate a consistency checker on ``kg`` (see the module docstring for what is measured).

    Args:
        kg: the graph; the shipped example graph when ``None``.
        n: reasoning paths to sample (each gives several faithful paraphrases and one corrupted
            text per error kind, where the kind applies).
        seed: seed of the sampling and the corruptions.
        webnlg_dir: WebNLG 2020 folder for the false-reject rate on dev references; ``None`` looks
            for ``../shared/data/webnlg`` and skips the block when it is absent.
        webnlg_limit: at most this many dev references (``None``: all).
        seq2seq: also check the shipped seq2seq model's outputs, when it is installed.
        n_seq2seq: paths given to the seq2seq model.
        checker: a ready :class:`~kgexplain.consistency.ConsistencyChecker` (default: a new one).
        examples: how many misses / false rejects to include per block.

    Returns:
        A JSON-ready dict: ``recall`` per error kind, ``false_reject`` per text source,
        ``checks_per_s``, ``build_s`` and sizes.
    """
    from kgexplain.consistency import ConsistencyChecker
    from kgexplain.graph import KnowledgeGraph

    if kg is None:
        kg = KnowledgeGraph.example()
    t0 = time.perf_counter()
    checker = checker or ConsistencyChecker(kg)
    checker.build()
    build_s = time.perf_counter() - t0

    cases = sample_cases(kg, n, seed=seed)
    faithful, per_case = _faithful_texts(kg, cases)
    with_year, corrupted, user_sub = _corrupted_texts(kg, cases, per_case, seed, checker.rating_threshold)

    # ---- run the checker (timed on everything it sees)
    all_items = faithful + with_year + [x for k in ERROR_KINDS for x in corrupted[k]]
    t1 = time.perf_counter()
    verdicts = checker.check_many(all_items)
    check_s = time.perf_counter() - t1
    result: dict[str, Any] = {
        "graph": repr(kg),
        "cases": len(cases),
        "build_s": round(build_s, 3),
        "checks": len(all_items),
        "checks_per_s": round(len(all_items) / check_s, 1) if check_s > 0 else None,
        "false_reject": {},
        "recall": {},
    }
    done = len(faithful) + len(with_year)
    result["false_reject"]["template"] = _fr_block(faithful, verdicts[:len(faithful)], examples)
    result["false_reject"]["template_with_year"] = _fr_block(with_year, verdicts[len(faithful):done],
                                                             examples)
    result["recall"] = _recall_blocks(corrupted, user_sub, verdicts[done:], examples)
    statuses: Counter[str] = Counter()
    for v in verdicts[done:]:
        for c in v.rejected:
            statuses[c.status] += 1
    result["rejected_statuses_on_corrupted"] = dict(statuses.most_common())

    # ---- seq2seq outputs
    if seq2seq:
        result["false_reject"]["seq2seq"] = _seq2seq_block(kg, checker, cases[:n_seq2seq], examples)
    # ---- WebNLG dev references
    result["false_reject"]["webnlg_dev"] = _webnlg_block(webnlg_dir, webnlg_limit, examples, seed)
    return result


def _faithful_texts(kg: Any, cases: list[dict[str, Any]]) -> tuple[list[Item], list[list[str]]]:
    """Every template paraphrase of each case (its evidence stored on the case), flat and per case."""
    from kgexplain.verbalize import TemplateVerbalizer

    tv = TemplateVerbalizer(kg)
    faithful: list[Item] = []
    per_case: list[list[str]] = []
    for case in cases:
        evidence = tuple(case["path"].hops) + tuple(case["facts"])
        case["evidence"] = evidence
        texts = tv.explain_candidates(kg, [case["path"]], case["facts"], n=12)
        per_case.append(texts)
        faithful.extend((t, evidence, case["user"]) for t in texts)
    return faithful, per_case


def _corrupted_texts(kg: Any, cases: list[dict[str, Any]], per_case: list[list[str]], seed: int,
                     threshold: float) -> tuple[list[Item], dict[str, list[Item]], list[str]]:
    """One seeded faithful text per case, corrupted each way that applies: (faithful texts with a
    correct year, corrupted texts per error kind, the kind of each false user claim)."""
    rng = random.Random(seed)
    corruptor = Corruptor(kg, seed)
    with_year: list[Item] = []
    corrupted: dict[str, list[Item]] = {k: [] for k in ERROR_KINDS}
    user_sub: list[str] = []
    for case, texts in zip(cases, per_case):
        if not texts:
            continue
        ev, user = case["evidence"], case["user"]
        text = rng.choice(texts)
        for kind in ("tail_swap", "tail_swap_in_evidence"):
            bad = corruptor.tail_swap(text, case, ev, in_evidence=kind.endswith("evidence"))
            if bad:
                corrupted[kind].append((bad, ev, user))
        bad = corruptor.relation_swap(text, case, ev)
        if bad:
            corrupted["relation_swap"].append((bad, ev, user))
        bad = corruptor.invented(text, case, ev)
        if bad:
            corrupted["invented_entity"].append((bad, ev, user))
        got = corruptor.false_user_claim(text, case, ev, threshold)
        if got:
            corrupted["false_user_claim"].append((got[0], ev, user))
            user_sub.append(got[1])
        got = corruptor.changed_year(text, case, ev)
        if got:
            with_year.append((got[0], ev, user))
            corrupted["changed_year"].append((got[1], ev, user))
    return with_year, corrupted, user_sub


def _recall_blocks(corrupted: dict[str, list[Item]], user_sub: list[str], verdicts: Sequence[Any],
                   examples: int) -> dict[str, dict[str, Any]]:
    """Per error kind: how many corrupted texts the checker caught (``verdicts`` in kind order)."""
    out: dict[str, dict[str, Any]] = {}
    pos = 0
    for kind in ERROR_KINDS:
        items = corrupted[kind]
        vs = verdicts[pos:pos + len(items)]
        pos += len(items)
        caught = sum(1 for v in vs if not v.supported)
        block: dict[str, Any] = {
            "n": len(items),
            "caught": caught,
            "recall": round(caught / len(items), 4) if items else None,
            "missed_examples": [t for (t, _, _), v in zip(items, vs) if v.supported][:examples],
        }
        if kind == "false_user_claim":
            for sub in ("not_rated", "low_rating"):
                idx = [i for i, s in enumerate(user_sub) if s == sub]
                block[sub] = {
                    "n": len(idx),
                    "caught": sum(1 for i in idx if not vs[i].supported),
                }
        out[kind] = block
    return out


def _seq2seq_block(kg: Any, checker: Any, cases: list[dict], examples: int) -> dict[str, Any]:
    from kgexplain.errors import KGExplainError
    from kgexplain import verbalize

    cls = getattr(verbalize, "Seq2SeqVerbalizer", None)
    if cls is None or not hasattr(cls, "default"):
        return {"skipped": "kgexplain.verbalize has no Seq2SeqVerbalizer.default()"}
    requests = [([c["path"]], c["facts"]) for c in cases]
    t0 = time.perf_counter()
    try:  # the model loads lazily: a missing checkpoint shows up on first use
        outputs = cls.default().explain_candidates_batch(kg, requests, 1)
    except (KGExplainError, OSError, ImportError) as exc:
        return {"skipped": f"no seq2seq model: {exc}"}
    gen_s = time.perf_counter() - t0
    items, judged = [], []
    for case, outs in zip(cases, outputs):
        if not outs:
            continue
        text = outs[0]
        items.append((text, case["evidence"], case["user"]))
        label_triples = verbalize.reason_triples(kg, [case["path"]], case["facts"])
        judged.append(_judged_faithful(text, label_triples))
    verdicts = checker.check_many(items)
    all_block = _fr_block(items, verdicts, examples)
    faithful_items = [it for it, ok in zip(items, judged) if ok]
    faithful_verdicts = [v for v, ok in zip(verdicts, judged) if ok]
    return {
        "outputs": len(items),
        "generation_s": round(gen_s, 2),
        "accepted_share_all_outputs": _rate(sum(v.supported for v in verdicts), len(items)),
        "judged_faithful": len(faithful_items),
        "false_reject_rate": _rate(sum(not v.supported for v in faithful_verdicts), len(faithful_items)),
        "judge": ("each input triple stated as 'head phrase tail' (nearest labels around each "
                  "input phrase), no other names or numbers; reads the input only"),
        "faithful": _fr_block(faithful_items, faithful_verdicts, examples),
        "all_outputs": all_block,
    }


def _judged_faithful(text: str, label_triples: Sequence[Sequence[str]]) -> bool:
    """An independent, conservative rule for "this output says what its input says".

    It reads only the model's input (label triples), never the graph: each input relation phrase
    found in the text has, as nearest label before it and nearest label after it, a pair the
    input states with that phrase; every input triple is stated that way; no other capitalized
    name or number appears.
    """
    low = text.lower()
    phrases: dict[str, set[tuple[str, str]]] = {}
    labels: set[str] = set()
    for h, r, t in label_triples:
        h, r, t = h.lower(), r.lower(), t.lower()
        phrases.setdefault(r, set()).add((h, t))
        for lab in (h, t):
            if lab != "you":
                labels.add(lab)
                if lab not in low:
                    return False
    if not label_triples:
        return False
    # label and phrase occurrences, longest first, without overlaps
    taken = [False] * len(low)
    marks: list[tuple[int, int, str, str]] = []  # (start, end, kind, value)
    items = [(lab, "label") for lab in labels | {"you"}] + [(p, "phrase") for p in phrases]
    for value, kind in sorted(items, key=lambda x: -len(x[0])):
        for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", low):
            if any(taken[m.start():m.end()]):
                continue
            for k in range(m.start(), m.end()):
                taken[k] = True
            marks.append((m.start(), m.end(), kind, value))
    marks.sort()
    said: set[tuple[str, str, str]] = set()
    for n, (_, _, kind, value) in enumerate(marks):
        if kind != "phrase":
            continue
        before = [m for m in marks[:n] if m[2] == "label"]
        after = next((m for m in marks[n + 1:] if m[2] == "label"), None)
        later_phrase = next((m for m in marks[n + 1:] if m[2] == "phrase"), None)
        if not before or after is None or (later_phrase and later_phrase[0] < after[0]):
            return False
        if (before[-1][3], after[3]) not in phrases[value]:
            return False
        said.add((before[-1][3], value, after[3]))
    if said != {(h.lower(), r.lower(), t.lower()) for h, r, t in label_triples}:
        return False  # every input triple stated (an omission is not judged)
    rest = text
    for lab in sorted(labels, key=len, reverse=True):
        rest = re.sub(re.escape(lab), " ", rest, flags=re.IGNORECASE)
    if re.search(r"\d", rest):
        return False
    # a capitalized word that is not sentence-initial is a name the input did not give
    for m in re.finditer(r"(?<![.!?;:]\s)(?<!^)\b[A-Z][a-z]+", rest.strip()):
        if m.group(0) not in {"You", "I"}:
            return False
    return True


def _webnlg_block(webnlg_dir: Any, limit: int | None, examples: int, seed: int) -> dict[str, Any]:
    from kgexplain.consistency import ConsistencyChecker

    if limit == 0:  # disabled wins over a missing folder: the same answer on every machine
        return {"skipped": "disabled (webnlg_limit=0)"}
    if webnlg_dir is None:
        for cand in (FsPath("../shared/data/webnlg"),):
            if cand.is_dir():
                webnlg_dir = cand
                break
    if webnlg_dir is None or not FsPath(webnlg_dir).is_dir():
        return {"skipped": "WebNLG folder not found (pass webnlg_dir=...)"}
    from kgexplain.datasets.webnlg import read_webnlg

    entries = read_webnlg(webnlg_dir, "dev")
    from kgexplain.evaluation.webnlg import webnlg_entry_graphs

    refs = [(e.key, ref) for e in entries for ref in e.references]
    if limit is not None and len(refs) > limit:
        refs = random.Random(seed).sample(refs, limit)
    # each reference against its own entry's small graph (as evaluate_webnlg: issue 17's measure)
    by_entry: dict[Any, list[str]] = {}
    for key, ref in refs:
        by_entry.setdefault(key, []).append(ref)
    found: dict[Any, tuple[Any, Any]] = {}
    for e, kg, evidence in webnlg_entry_graphs([e for e in entries if e.key in by_entry], context=entries):
        mine = by_entry[e.key]
        found[e.key] = (evidence, dict(zip(mine, ConsistencyChecker(kg).check_many(
            [(ref, evidence, None) for ref in mine]))))
    items = [(ref, found[key][0], None) for key, ref in refs]
    verdicts = [found[key][1][ref] for key, ref in refs]
    block = _fr_block(items, verdicts, examples)
    statuses: Counter[str] = Counter(c.status for v in verdicts for c in v.rejected)
    block["rejected_statuses"] = dict(statuses.most_common())
    block["graph"] = f"one graph per entry ({len(by_entry)} entries)"
    block["note"] = ("references are free human paraphrases checked against the predicates' "
                     "phrases, the cue lexicon written from WebNLG train "
                     "(kgexplain/evaluation/data/webnlg_relations.yaml) and aliases derived from "
                     "each label; a high rate here is expected")
    return block

