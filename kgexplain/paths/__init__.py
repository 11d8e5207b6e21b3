"""Path finder: the strongest reasoning paths from a user to an item.

A reasoning path is a simple walk ``user -> ... -> item`` of at most ``max_hops`` hops whose
edges may be walked in either direction (``user -[rated]-> movie -[starring]-> person
<-[starring]- item``). Relations marked ``explainable=False`` or ``sensitive=True`` are never
walked, and other users may not appear on a path unless ``allow_users=True``.

**The score** (:class:`PathScorer`, pluggable) of a path with hops ``e_1..e_L`` through the
intermediate nodes ``v_1..v_{L-1}`` is

.. code-block:: text

    score = prod_j strength(e_j) * prod_j specificity(v_j) * salience(v_j) * length_decay ** (L - 1)

where ``strength`` is the edge's ``weight`` (else ``rating`` divided by the largest rating of that
relation, else 1), optionally times a recency factor ``0.5 ** (age / recency_half_life)``, and
``specificity(v) = log(1 + N / deg(v)) / log(1 + N)`` is an IDF-like penalty on hubs (``N``
entities; ``deg`` counts the node's usable edges, not counting interactions unless the node is
itself a user), so a path through ``genre:Drama`` explains less than one through a director.
``salience(v)`` is learned from the interaction data at fit (see :class:`PathScorer`): how much
sharing ``v`` (a director, a star, a genre, a tag) raises the chance that a user who loved one
of its items loves another, over the base rate, so a hub genre or a noise tag weighs little;
an interaction below the "loved" strength is discounted, so paths start at items the user loved.
Every factor lies in ``(0, 1]`` and the score is their product.

**The search** is exact. Scores are sums of per-edge, per-node and per-length terms in log space,
so the finder runs a meet-in-the-middle search over the compiled CSR arrays
(:meth:`KnowledgeGraph.compile`): frontiers grow from the user and from the item (numpy,
vectorized over all partial paths), are joined on the middle edge by expanding whichever side is
cheaper, and every joined candidate is scored at once. Frontiers larger than ``max_frontier`` keep
only their best partial paths; the best score any dropped partial path could still reach is
bounded, and if that bound could beat the k-th path found, the search is rerun without the cap,
so the answer always equals exhaustive enumeration.

>>> import kgexplain as kgx
>>> kg = kgx.KnowledgeGraph.from_triples([
...     ("user:1", "rated", "movie:1", {"rating": 5.0}),
...     ("movie:1", "starring", "person:Robin_Williams"),
...     ("movie:2", "starring", "person:Robin_Williams"),
...     ("movie:1", "has_genre", "genre:Comedy"),
...     ("movie:2", "has_genre", "genre:Comedy"),
...     ("movie:3", "has_genre", "genre:Comedy")])
>>> finder = kgx.PathFinder(kg)
>>> for path in finder.find("user:1", "movie:2", k=2):
...     print(path)
user:1 -[rated]-> movie:1 -[starring]-> person:Robin_Williams <-[starring]- movie:2  (score 0.325)
user:1 -[rated]-> movie:1 -[has_genre]-> genre:Comedy <-[has_genre]- movie:2  (score 0.257)

The package: :mod:`~kgexplain.paths.scorer` (the score), :mod:`~kgexplain.paths.salience` (what
the interactions say about shared attributes), :mod:`~kgexplain.paths.finder` (the search),
:mod:`~kgexplain.paths.metrics` (path-quality metrics of a recommendation run).
"""

from __future__ import annotations

from kgexplain.paths._csr import usable_edge_mask, usable_relations
from kgexplain.paths.finder import PathFinder
from kgexplain.paths.scorer import CATEGORY_TYPES, COLLABORATIVE_RELATIONS, PathScorer

__all__ = ["PathScorer", "PathFinder", "usable_edge_mask", "usable_relations", "CATEGORY_TYPES",
           "COLLABORATIVE_RELATIONS"]
