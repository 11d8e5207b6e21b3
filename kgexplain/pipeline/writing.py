"""Writing a reason: model candidates (cached per input), segment-wise retries, the checked template
fallback, and the shape variation that keeps a user's reasons in one batch from reading alike."""

from __future__ import annotations

import dataclasses
import logging
from typing import Any, Iterator, Sequence


from kgexplain.errors import KGExplainError
from kgexplain.records import Explanation, Fact, Path, Verdict


from kgexplain.pipeline.reading import _anchors, _labels, _reads_well, _shape
from kgexplain.pipeline.resolve import _source_of

logger = logging.getLogger(__name__)


class _Writing:
    """The :class:`~kgexplain.pipeline.Explainer`'s text stage: candidates, checks, fallback and
    shape variation (a mixin: it reads the explainer's graph, config and stages)."""

    def _check_many(self, items: Sequence[tuple[str, Any, str]]) -> list[Verdict]:
        """``checker.check_many``, each distinct ``(text, evidence, user)`` of the batch judged
        once: a one-segment pair's joined text is its segment's text, with the same evidence
        (about 100 repeats per 1,000 pairs). The memo lives for one batch
        (:meth:`_explain_batch` starts it); the checker is a pure function of its input."""
        memo: dict[Any, Verdict] | None = getattr(self, "_verdicts", None)
        if memo is None:
            return list(self.checker.check_many(list(items)))
        keys = [(text, tuple(evidence), user) for text, evidence, user in items]
        todo: dict[Any, tuple[str, Any, str]] = {}
        for key, item in zip(keys, items):
            if key not in memo and key not in todo:
                todo[key] = item
        if todo:
            for key, verdict in zip(todo, self.checker.check_many(list(todo.values()))):
                memo[key] = verdict
        return [memo[key] for key in keys]

    def _generate_cached(
        self, verbalizer: Any, requests: list[tuple[list[Path], list[Fact]]], n: int
    ) -> list[list[str]]:
        """``verbalizer.explain_candidates_batch`` with identical requests generated once.

        The same fact (or path) recurs across pairs — every user recommended a movie gets its
        facts — and generation is deterministic, so texts are memoized per verbalizer, graph
        version, request and ``n`` (a bounded, least-recently-used cache).
        """
        from collections import OrderedDict

        cache = getattr(self, "_segment_cache", None)
        key0 = (id(verbalizer), self.kg.version, n)
        if cache is None or cache[0] != key0:
            cache = (key0, OrderedDict())
            self._segment_cache = cache
        memo: OrderedDict = cache[1]
        keys = [
            (tuple((p.nodes, p.hops) for p in paths), tuple(f.triple for f in facts))
            for paths, facts in requests
        ]
        todo: dict[Any, int] = {}
        for k, req in zip(keys, requests):
            if k not in memo and k not in todo:
                todo[k] = len(todo)
        if todo:
            first = {k: req for k, req in zip(keys, requests)}
            fresh = verbalizer.explain_candidates_batch(self.kg, [first[k] for k in todo], n)
            for k, texts in zip(todo, fresh):
                memo[k] = list(texts)
        out = []
        for k in keys:
            memo.move_to_end(k)
            out.append(list(memo[k]))
        while len(memo) > self._SEGMENT_CACHE_SIZE:
            memo.popitem(last=False)
        return out

    def _verbalize_segments(
        self,
        pairs: list[tuple[str, str]],
        idx: list[int],
        found: dict[int, list[Path]],
        facts: dict[int, list[Fact]],
    ) -> tuple[list[list[tuple[str, str] | None]], list[list[tuple[str, Verdict]]]]:
        """Verbalize and check segments in batches: greedy first, then N-best for the segments
        whose greedy text failed, then the template text for the segments still failing.

        Returns per pair the accepted ``(text, source)`` of each segment (``None``
        where nothing passed), and per pair the model's candidates with their verdicts.
        """
        cfg = self.config.verbalizer
        verb = self.verbalizer
        segs: list[tuple[int, list[Path], list[Fact]]] = []
        for j, i in enumerate(idx):
            if cfg.segments:
                for p in found[i]:
                    segs.append((j, [p], []))
                for f in facts[i]:
                    segs.append((j, [], [f]))
            else:
                segs.append((j, found[i], facts[i]))
        accepted: dict[int, tuple[str, str]] = {}
        tried: dict[int, list[tuple[str, Verdict]]] = {s: [] for s in range(len(segs))}

        def attempt(seg_ids: list[int], verbalizer: Any, n: int, source: str) -> list[int]:
            lists = self._generate_cached(verbalizer, [(segs[s][1], segs[s][2]) for s in seg_ids], n)
            if verbalizer is self.template:  # its texts are not kept: skip what cannot be used
                lists = self._usable_template_texts(pairs, idx, found, facts, segs, seg_ids, lists,
                                                    accepted, tried)
            checks, owners = [], []
            for s, texts in zip(seg_ids, lists):
                evidence = self._evidence(segs[s][1], segs[s][2])
                user = pairs[idx[segs[s][0]]][0]
                seen = {t for t, _ in tried[s]}
                for t in texts:
                    if t and t not in seen:
                        seen.add(t)
                        checks.append((t, evidence, user))
                        owners.append(s)
            verdicts = self._check_many(checks) if checks else []
            for (t, _, _), s, v in zip(checks, owners, verdicts):
                if verbalizer is not self.template:  # the model's candidates, kept in meta
                    tried[s].append((t, v))
                if s not in accepted and v.supported:
                    accepted[s] = (t, source)
            return [s for s in seg_ids if s not in accepted]

        open_ = list(range(len(segs)))
        n = max(1, cfg.n_candidates)
        if verb is not self.template:
            first_n = 1 if cfg.greedy_first and n > 1 else n
            open_ = self._joinable_segments(pairs, idx, found, facts, segs, verb, first_n)
            if cfg.greedy_first and n > 1 and open_:
                # short segments: the greedy text nearly always passes; N-best only for the rest
                open_ = attempt(open_, verb, 1, _source_of(verb))
            if open_:
                open_ = attempt(open_, verb, n, _source_of(verb))
        if open_:
            attempt(open_, self.template, 1, "template")
        per_pair: list[list[tuple[str, str] | None]] = [[] for _ in idx]
        cands: list[list[tuple[str, Verdict]]] = [[] for _ in idx]
        for s, (j, _, _) in enumerate(segs):
            per_pair[j].append(accepted.get(s))
            cands[j].extend(tried[s])
        return per_pair, cands

    def _joinable_segments(self, pairs: list[tuple[str, str]], idx: list[int],
                           found: dict[int, list[Path]], facts: dict[int, list[Fact]],
                           segs: list[tuple[int, list[Path], list[Fact]]], verbalizer: Any,
                           first_n: int) -> list[int]:
        """The segments worth checking: those of the pairs whose segments, each in the model's
        first text, join into a reason that reads well (:func:`_reads_well`).

        A pair whose first texts do not join well (three sentences, one sentence said twice as
        two paths read alike, the item named three times) gets the whole-pair template reason,
        and its model texts are not checked (nor listed in ``meta["candidates"]``). Checking
        them would only matter when one is rejected and a retry (N-best, then the template's
        segment text) reads differently enough to join well; that pair, too, now gets the
        whole-pair template reason (on the example graph: no pair of the export benchmark's
        1,000, one of 2,436). This spares about 1,600 of 3,700 checks per 1,000 pairs."""
        lists = self._generate_cached(verbalizer, [(s[1], s[2]) for s in segs], first_n)
        by_pair: dict[int, list[int]] = {}
        for s, (j, _, _) in enumerate(segs):
            by_pair.setdefault(j, []).append(s)
        keep: list[int] = []
        for j, members in by_pair.items():
            firsts = [lists[s][0] if lists[s] else "" for s in members]
            i = idx[j]
            if all(firsts) and not _reads_well(
                    " ".join(firsts), self.kg.label(pairs[i][1]), _labels(self.kg, found[i], facts[i]),
                    _anchors(self.kg, found[i])):
                continue
            keep.extend(members)
        return sorted(keep)

    def _usable_template_texts(self, pairs: list[tuple[str, str]], idx: list[int],
                               found: dict[int, list[Path]], facts: dict[int, list[Fact]],
                               segs: list[tuple[int, list[Path], list[Fact]]], seg_ids: list[int],
                               lists: list[list[str]], accepted: dict[int, tuple[str, str]],
                               tried: dict[int, list[tuple[str, Verdict]]]) -> list[list[str]]:
        """The template's segment texts, emptied for the pairs whose joined text could not be
        kept whatever the checker says of them: a segment left without a text, or a joined
        text that does not read well (:func:`_reads_well`), sends the pair to the whole-pair
        fallback anyway. The template's one text per segment is its only candidate and is not
        kept in ``meta``, so skipping these checks changes no output; it saves about 1,200 of
        3,500 checks per 1,000 pairs of a template-only export."""
        text_of: dict[int, str | None] = {}
        for s, texts in zip(seg_ids, lists):
            seen = {t for t, _ in tried[s]}
            text_of[s] = next((t for t in texts if t and t not in seen), None)
        by_pair: dict[int, list[int]] = {}
        for s, (j, _, _) in enumerate(segs):
            by_pair.setdefault(j, []).append(s)
        doomed: set[int] = set()
        for j in {segs[s][0] for s in seg_ids}:
            parts = [accepted[s][0] if s in accepted else text_of.get(s) for s in by_pair[j]]
            if any(t is None for t in parts):
                doomed.add(j)
                continue
            i = idx[j]
            if not _reads_well(" ".join(parts), self.kg.label(pairs[i][1]),  # type: ignore[arg-type]
                               _labels(self.kg, found[i], facts[i]), _anchors(self.kg, found[i])):
                doomed.add(j)
        return [[] if segs[s][0] in doomed else texts for s, texts in zip(seg_ids, lists)]

    def _fallback(self, user: str, paths: list[Path], facts: list[Fact]) -> tuple[tuple[str, Verdict], str]:
        """Template text; tries paraphrases, then fewer facts/paths, until the checker passes."""
        return self._fallback_many([(user, paths, facts)])[0]

    def _fallback_many(
        self, requests: Sequence[tuple[str, list[Path], list[Fact]]]
    ) -> list[tuple[tuple[str, Verdict], str]]:
        """:meth:`_fallback` for many pairs: each pair's template texts (its paraphrases, then
        fewer facts, then the first path alone) are checked in order until one passes, one text
        per pair per round, the rounds batched over the pairs (the first text nearly always
        passes, so the others are seldom checked)."""
        tpl = self.template
        attempts = [
            [(paths, facts), (paths, []), (paths[:1], [])] for _, paths, facts in requests
        ]
        evidence = [self._evidence(paths, facts) for _, paths, facts in requests]
        out: list[tuple[tuple[str, Verdict], str] | None] = [None] * len(requests)
        first: list[tuple[str, Verdict] | None] = [None] * len(requests)
        # per pair: the attempt it is at, that attempt's texts, the next text to check
        state = {r: [0, tpl.explain_candidates(self.kg, *attempts[r][0], 3), 0]
                 for r in range(len(requests))}
        while state:
            for r in list(state):  # an attempt whose texts are spent moves on to the next
                st = state[r]
                while st[2] >= len(st[1]):
                    st[0] += 1
                    if st[0] >= len(attempts[r]):
                        break
                    st[1], st[2] = tpl.explain_candidates(self.kg, *attempts[r][st[0]], 3), 0
                if st[0] >= len(attempts[r]):
                    del state[r]
            batch = list(state)
            verdicts = self._check_many(
                [(state[r][1][state[r][2]], evidence[r], requests[r][0]) for r in batch]
            ) if batch else []
            for r, v in zip(batch, verdicts):
                st = state[r]
                text = st[1][st[2]]
                st[2] += 1
                if first[r] is None:
                    first[r] = (text, v)
                if v.supported:
                    out[r] = ((text, v), "template")
                    del state[r]
        for r, got in enumerate(out):
            if got is None:
                user, found = requests[r][0], first[r]
                assert found is not None
                logger.warning("template text for %s failed the checker: %s", user, found[1].reason)
                out[r] = (found, "template")  # unsupported: _only_supported makes it an error
        return out  # type: ignore[return-value]


    def _vary_shapes(self, results: list[Explanation | None], found: dict[int, list[Path]],
                     facts: dict[int, list[Fact]],
                     pools: dict[int, list[Path]] | None = None) -> None:
        """A user's reasons in one batch do not share a shape (their text with every name
        masked): a repeat is replaced by the first checked template paraphrase of a new shape;
        when the paths have none (a ``co_liked`` link reads one way only), by a checked text
        that adds one more link from the same loved item (the finder's next best, from
        ``pools``: "Y is loved by many fans of X, which you loved. Z stars in Y too.")."""
        seen: dict[str, set[str]] = {}
        pairs_seen: set[tuple[str, str]] = set()
        for i, e in enumerate(results):
            if e is None or e.error or not e.text or i not in found:
                continue
            if (e.user, e.item) in pairs_seen:
                continue  # the same pair again reads the same (a resumed export writes the same)
            pairs_seen.add((e.user, e.item))
            labels = _labels(self.kg, found[i], facts[i])
            shapes = seen.setdefault(e.user, set())
            shape = _shape(e.text, labels)
            if shape not in shapes:
                shapes.add(shape)
                continue
            for paths in self._shape_alternatives(e.user, found[i], (pools or {}).get(i, [])):
                got = self._fresh_text(e, paths, facts[i], shapes)
                if got is None:
                    continue
                text, verdict, new_shape = got
                shapes.add(new_shape)
                meta = dict(e.meta)
                meta["segment_sources"] = ["template"]
                found[i] = paths
                results[i] = dataclasses.replace(
                    e, text=text, source="template", paths=tuple(paths), claims=tuple(verdict.claims),
                    verdict=verdict, meta=meta)
                break

    def _shape_alternatives(self, user: str, chosen: list[Path], pool: Sequence[Path],
                            limit: int = 6) -> Iterator[list[Path]]:
        """The chosen paths, then the best link plus one more from the same loved item (a
        different shared entity; the best of each relation first, then the rest by score), at
        most ``limit`` of them from ``pool``, then from one wider search), then at most ``limit``
        single links of the pool over another relation (a last resort: a weaker link that
        reads differently)."""
        yield chosen
        top = chosen[0]
        named = {n for p in chosen for n in p.nodes}

        def extras(paths: Sequence[Path]) -> list[Path]:
            ok = [p for p in sorted(paths, key=lambda q: -q.score)
                  if len(p.hops) >= 2 and p.nodes[1] == top.nodes[1] and p.nodes[-2] not in named
                  and p not in chosen and not self._collaborative_chain(p)
                  and self._loved(user, p.hops[0]) is not False]
            # the best link of each relation first (a new relation reads as a new shape)
            firsts: dict[str, Path] = {}
            for p in ok:
                firsts.setdefault(p.hops[-1].relation, p)
            rest = [p for p in ok if p not in firsts.values()]
            return (list(firsts.values()) + rest)[:limit]

        tried = extras(pool)
        for p in tried:
            yield [top, p]
        # the first search was crowded by other loved items: look wider, once
        try:
            wider = self.path_finder.find(user, top.nodes[-1], k=256,
                                          max_hops=self.config.paths.max_hops)
        except KGExplainError:
            return
        for p in extras([q for q in wider if q not in tried]):
            yield [top, p]
        # last: another single link of the pool (another anchor or relation reads as a new shape)
        others = [p for p in sorted(pool, key=lambda q: -q.score)
                  if p not in chosen and p.hops[-1].relation != top.hops[-1].relation
                  and not self._collaborative_chain(p) and self._loved(user, p.hops[0]) is not False]
        for p in others[:limit]:
            yield [p]

    def _fresh_text(self, e: Explanation, paths: list[Path], facts: list[Fact],
                    shapes: set[str]) -> tuple[str, Verdict, str] | None:
        """The first template text for ``paths`` whose shape is not in ``shapes``, that reads
        well and that the checker supports: (text, verdict, shape), or ``None``."""
        labels = _labels(self.kg, paths, facts)
        texts = self.template.explain_candidates(self.kg, paths, facts, 8)
        fresh = [t for t in texts if _shape(t, labels) not in shapes
                 and _reads_well(t, self.kg.label(e.item), labels, _anchors(self.kg, paths))]
        if not fresh:
            return None
        evidence = self._evidence(paths, facts)
        for t in fresh:  # one at a time: the first fresh text usually passes
            v = self._check_many([(t, evidence, e.user)])[0]
            if v.supported:
                return t, v, _shape(t, labels)
        return None

    _SEGMENT_CACHE_SIZE = 50_000
