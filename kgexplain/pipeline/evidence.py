"""Which evidence a reason rests on: the paths that start from an item the user loved (the anchor),
collaborative links read one way, and supporting facts about the recommended item only."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from kgexplain.errors import KGExplainError
from kgexplain.records import Fact, Path, Triple


class _Evidence:
    """The :class:`~kgexplain.pipeline.Explainer`'s choice of reason paths and facts (a mixin:
    it reads the explainer's graph, config and stages)."""

    def _loved(self, user: str, hop: Triple) -> bool | None:
        """Whether the user's hop is an interaction at or above the rating threshold (``None``
        when it carries no rating: the template then reads it with its own verb)."""
        rating = self.kg.edge_attrs(hop.head, hop.relation, hop.tail).get("rating")
        if rating is None:
            return None
        try:
            return float(rating) >= self.config.checker.rating_threshold
        except (TypeError, ValueError):
            return False

    def _interacted(self, user: str, item: str) -> bool:
        """Whether the graph already holds an interaction between the user and the item."""
        return any(True for _ in self.kg.triples_between(user, item))

    def _reason_paths(self, user: str, item: str, paths: list[Path]) -> tuple[list[Path], str | None]:
        """The paths a reader wants, from the finder's strongest (best first): each starts at an
        item the user loved (rating >= threshold), none is the user's own interaction with the
        item; the best link (for one anchor and one shared entity, the relation with the
        highest learned lift, so the director before the producer) plus at most one more link
        from the same anchor, or the same shared entity from another anchor, that scores at
        least half as well. Returns ``([], why)`` when nothing fits."""
        cfg = self.config
        if not paths:
            g = self.kg.graph
            if not any(self.kg.entity(n).kind == "item"
                       for n in (*g.successors(user), *g.predecessors(user))):
                return [], (f"{user} has interacted with no item in the graph, so nothing they "
                            "did can explain a recommendation")
            return [], (f"no path of at most {cfg.paths.max_hops} hops links {user} to {item} "
                        "through explainable relations")
        usable = [p for p in paths if len(p.hops) >= 2]
        loved = [p for p in usable if self._loved(user, p.hops[0]) is not False]
        # a collaborative link (co_liked) reads well from a loved item straight to this one,
        # not chained through a third item ("A and B are loved by many fans of both X and Y");
        # when the search found only chains, one wider search looks for anything else
        plain = [p for p in loved if not self._collaborative_chain(p)]
        if loved and not plain:
            try:
                wider = self.path_finder.find(user, item, k=256, max_hops=cfg.paths.max_hops)
            except KGExplainError:
                wider = []
            plain = [p for p in wider if len(p.hops) >= 2 and not self._collaborative_chain(p)
                     and self._loved(user, p.hops[0]) is not False]
        loved = plain or loved
        if not loved:
            threshold = cfg.checker.rating_threshold
            if not any(self._loved(user, t) for t in self.kg.triples_of(user) if t.head == user):
                return [], (f"{user} rated nothing at or above {threshold:g}, so there is no "
                            f"item they loved to explain {item} from")
            return [], (f"none of the items {user} loved (rated {threshold:g} or more) links to "
                        f"{item} within {cfg.paths.max_hops} hops; only items they rated lower do")
        scorer = getattr(self.path_finder, "scorer", None)
        lift = getattr(scorer, "relation_lift_", {}) or {}

        def same(p: Path) -> bool:
            return len(p.hops) == 3 and p.hops[1].relation == p.hops[2].relation

        groups: dict[tuple[str, str], list[Path]] = {}
        for p in loved:
            groups.setdefault((p.nodes[1], p.nodes[-2]), []).append(p)
        links: list[tuple[float, Path]] = []
        for members in groups.values():
            best = max(p.score for p in members)
            rep = max(members, key=lambda p: (same(p), lift.get(p.hops[-1].relation, 0.0), p.score))
            links.append((best, rep))
        links.sort(key=lambda x: -x[0])
        top_score, top = links[0]
        chosen = [top]
        for score, p in links[1:]:
            if score < 0.5 * top_score:
                break
            same_anchor = p.nodes[1] == top.nodes[1]
            same_shared = p.nodes[-2] == top.nodes[-2]
            if (same_anchor or same_shared) and (same(p) or len(p.hops) == 2):
                chosen.append(p)
                break
        return chosen, None

    def _collaborative_chain(self, path: Path) -> bool:
        """Whether ``path`` walks a collaborative relation (``co_liked``) anywhere but as the
        one hop from the loved item to the recommended item."""
        scorer = getattr(self.path_finder, "scorer", None)
        collab = getattr(scorer, "collaborative_relations", None) or frozenset({"co_liked"})
        hops = path.hops[1:]
        return any(h.relation in collab for h in hops) and len(hops) != 1

    def _reason_facts(self, item: str, paths: Sequence[Path], facts: Sequence[Fact]) -> list[Fact]:
        """At most one fact: about the item, naming something no path names, and the most
        telling one (the other end's specificity x salience times the relation's relevance,
        at least 0.3, so no hub genre or popular tag)."""
        on_path = {n for p in paths for n in p.nodes}
        said = {h for p in paths for h in p.hops}
        scorer = getattr(self.path_finder, "scorer", None)
        weight = getattr(scorer, "node_log_weight_", None)
        relevance = getattr(scorer, "relation_relevance_", {}) or {}
        cg = self.kg.compile()
        best: tuple[float, Fact] | None = None
        for f in facts:
            head, rel, tail = f.triple
            if f.triple in said or item not in (head, tail):
                continue
            other = tail if head == item else head
            if other in on_path:
                continue
            value = 1.0
            if weight is not None and len(weight) == cg.num_nodes:
                value = float(np.exp(weight[cg.node(other)])) * relevance.get(rel, 1.0)
            if value >= 0.3 and (best is None or value > best[0]):
                best = (value, f)
        return [best[1]] if best else []


    @staticmethod
    def _evidence(paths: Sequence[Path], facts: Sequence[Fact]) -> list[Triple]:
        ev: dict[Triple, None] = {}
        for p in paths:
            for h in p.hops:
                ev[h] = None
        for f in facts:
            ev[f.triple] = None
        return list(ev)
