"""Path-quality metrics: validity and the explanation-path metrics used in the field.

Each metric takes the explanation paths of a recommendation run, one selected :class:`Path` per
explained (user, item) pair (user first, item last), and returns one number. The per-user
metrics (ETD, PTD, PTC, LID, SED) group paths by their first node and average over users; LIR and
SEP average over paths. Definitions follow the hopwise evaluator
(``tail-unica/hopwise``, ``hopwise/evaluator/metrics.py``: classes ``LIR``, ``SEP``, ``LID``,
``SED``, ``PTD``, ``PTC`` and ``PathQualityMetric.normalized_ema``) and, for ETD, Balloccu et al.,
*Post Processing Recommender Systems with Knowledge Graphs for Recency, Popularity, and Diversity
of Explanations*, SIGIR 2022 (https://dl.acm.org/doi/10.1145/3477495.3532041), whose evaluation
code hopwise grew from. In their terms, the *linking interaction* of a path is its second node
(the item the user interacted with), the *shared entity* its penultimate node and the *path type*
the relation of its last hop.

>>> import kgexplain as kgx
>>> from kgexplain.paths import metrics
>>> kg = kgx.KnowledgeGraph.from_triples([
...     ("user:1", "rated", "movie:1", {"timestamp": 10}),
...     ("user:1", "rated", "movie:2", {"timestamp": 20}),
...     ("movie:1", "directed_by", "person:A"), ("movie:3", "directed_by", "person:A"),
...     ("movie:2", "has_genre", "genre:X"), ("movie:4", "has_genre", "genre:X")])
>>> finder = kgx.PathFinder(kg)
>>> paths = [finder.find("user:1", m, k=1)[0] for m in ("movie:3", "movie:4")]
>>> metrics.path_validity(kg, paths), metrics.shared_entity_diversity(paths)
(1.0, 1.0)
>>> round(metrics.linking_interaction_recency(kg, paths), 3)
0.5
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from typing import Iterable, Mapping, Sequence

import numpy as np

from kgexplain.errors import ConfigError, InvalidArgumentError
from kgexplain.graph import KnowledgeGraph
from kgexplain.records import Path

logger = logging.getLogger(__name__)

__all__ = [
    "is_valid_path",
    "path_validity",
    "normalized_ema",
    "linking_interaction_recency",
    "shared_entity_popularity",
    "explanation_type_diversity",
    "path_type_diversity",
    "path_type_concentration",
    "linked_interaction_diversity",
    "shared_entity_diversity",
    "path_quality",
]


# --------------------------------------------------------------------------- validity
def is_valid_path(
    kg: KnowledgeGraph,
    path: Path,
    *,
    max_hops: int | None = None,
    allow_users: bool = False,
    explainable_only: bool = True,
) -> bool:
    """Whether ``path`` is a valid reasoning path of ``kg``.

    Valid means: every hop is a triple stored in the graph (in its stored direction) that links
    the two consecutive nodes of the walk; the walk is simple (no node twice); it has at least
    one and at most ``max_hops`` hops; with ``explainable_only`` every relation is explainable
    and not sensitive; without ``allow_users`` no node after the first is a user.
    """
    nodes, hops = path.nodes, path.hops
    if not hops or len(nodes) != len(hops) + 1 or len(set(nodes)) != len(nodes):
        return False
    if max_hops is not None and len(hops) > max_hops:
        return False
    relations = kg.relations
    for j, hop in enumerate(hops):
        if not kg.has_triple(hop.head, hop.relation, hop.tail):
            return False
        if {hop.head, hop.tail} != {nodes[j], nodes[j + 1]}:
            return False
        if explainable_only:
            rel = relations[hop.relation]
            if not rel.usable:
                return False
    if not allow_users:
        if any(kg.entity(n).kind == "user" for n in nodes[1:]):
            return False
    return True


def path_validity(kg: KnowledgeGraph, paths: Iterable[Path], **kwargs) -> float:
    """The fraction of ``paths`` that are valid (:func:`is_valid_path`); 1.0 for no paths."""
    paths = list(paths)
    if not paths:
        return 1.0
    return sum(is_valid_path(kg, p, **kwargs) for p in paths) / len(paths)


# --------------------------------------------------------------------------- helpers
def normalized_ema(values: Sequence[float]) -> np.ndarray:
    """Exponentially weighted moving average, min-max normalized to ``[0, 1]``.

    As hopwise's ``PathQualityMetric.normalized_ema``: pandas ``Series.ewm(span=n).mean()``
    (``adjust=True``, ``alpha = 2 / (n + 1)``) over the values in the given order, where equal
    values are first replaced by their positions ``0..n-1``, then min-max normalized. A single
    value (or an all-equal EMA) gives NaN, as in hopwise.

    >>> normalized_ema([1, 2, 3]).round(4).tolist()
    [0.0, 0.4667, 1.0]
    """
    x = np.asarray(values, dtype=np.float64)
    n = x.size
    if n == 0:
        return x
    if x.max() == x.min():
        x = np.arange(n, dtype=np.float64)
    from scipy.signal import lfilter

    decay = 1.0 - 2.0 / (n + 1.0)
    num = lfilter([1.0], [1.0, -decay], x)
    den = lfilter([1.0], [1.0, -decay], np.ones(n))
    ema = num / den
    lo, hi = ema.min(), ema.max()
    with np.errstate(invalid="ignore", divide="ignore"):
        return (ema - lo) / (hi - lo)


def _by_user(paths: Iterable[Path]) -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = defaultdict(list)
    for p in paths:
        if p.hops:
            out[p.nodes[0]].append(p)
    return out


def _path_type(path: Path) -> str:
    return path.hops[-1].relation


def default_path_types(kg: KnowledgeGraph) -> int:
    """How many path types exist: explainable, non-sensitive relations with an edge that does not
    touch a user (the last hop of a path reaches the item from an entity)."""
    kinds = {e.id: e.kind for e in kg.entities()}
    rels = kg.relations
    seen = set()
    for t in kg.triples():
        rel = rels[t.relation]
        if rel.usable and "user" not in (kinds[t.head], kinds[t.tail]):
            seen.add(t.relation)
    return max(len(seen), 1)


# --------------------------------------------------------------------------- LIR / SEP
def linking_interaction_recency(
    kg: KnowledgeGraph,
    paths: Iterable[Path],
    interaction_relations: Iterable[str] | None = None,
) -> float:
    """LIR, *linking interaction recency*: how recent the interaction a path starts from is.

    hopwise ``LIR``: each user's interactions are sorted by timestamp and
    ``LIR = normalized_ema(timestamps)`` assigns each one a value in ``[0, 1]`` (0 oldest,
    1 newest; the docstring writes the EMA recursively, ``LIR_i = (1 - b) LIR_{i-1} + b t_i``,
    the code uses pandas' ``ewm(span=n)``, reproduced here). A path's LIR is that of its linking
    interaction (user, second node); paths whose second node is not an item are left out, and an
    item the user has no timestamped interaction with (or a user with one interaction) counts 0,
    as in hopwise. The result is the mean over paths (0.0 when no path counts).

    Args:
        interaction_relations: relations that are interactions (default: any edge from a user
            to an item with a ``timestamp`` attribute).
    """
    paths = [p for p in paths if len(p.nodes) > 1]
    users = {p.nodes[0] for p in paths}
    rels = None if interaction_relations is None else set(interaction_relations)
    lir: dict[str, dict[str, float]] = {}
    g = kg.graph
    for user in users:
        if user not in g:
            continue
        events = []
        for _, item, rel, data in g.out_edges(user, keys=True, data=True):
            if rels is not None and rel not in rels:
                continue
            ts = data.get("timestamp")
            if ts is None or kg.entity(item).kind != "item":
                continue
            events.append((float(ts), item))
        events.sort(key=lambda e: e[0])  # stable: ties keep edge order
        values = normalized_ema([t for t, _ in events]) if events else np.zeros(0)
        if np.isnan(values).any():
            values = np.zeros(len(events))
        lir[user] = {item: float(v) for (_, item), v in zip(events, values)}
    scores = []
    for p in paths:
        link = p.nodes[1]
        if link not in g or kg.entity(link).kind != "item":
            continue
        scores.append(lir.get(p.nodes[0], {}).get(link, 0.0))
    return float(np.mean(scores)) if scores else 0.0


def shared_entity_popularity(
    kg: KnowledgeGraph,
    paths: Iterable[Path],
    degree: Mapping[str, int] | None = None,
) -> float:
    """SEP, *shared entity popularity*: how popular the entity a path goes through is.

    hopwise ``SEP``: the entities of each type are sorted by degree (ascending; ties by id here)
    and ``SEP = normalized_ema(degrees)`` gives each a value in ``[0, 1]`` (0 least popular). A
    path's SEP is that of its shared entity (penultimate node, looked up among entities of its
    own type); the result is the mean over paths (0.0 for no paths). Lower is more novel
    (``SEN = 1 - SEP``).

    Args:
        degree: popularity per entity id (default: the number of explainable, non-sensitive
            edges of the entity that do not touch a user, i.e. its links in the KG proper).
    """
    paths = [p for p in paths if len(p.nodes) > 2]
    if not paths:
        return 0.0
    if degree is None:
        degree = _kg_degree(kg)
    by_type: dict[str, list[str]] = defaultdict(list)
    for ent in kg.entities():
        by_type[ent.type].append(ent.id)
    cache: dict[str, dict[str, float]] = {}
    scores = []
    for p in paths:
        shared = kg.entity(p.nodes[-2])
        table = cache.get(shared.type)
        if table is None:
            ids = sorted(by_type[shared.type], key=lambda e: (degree.get(e, 0), e))
            vals = normalized_ema([degree.get(e, 0) for e in ids])
            vals = np.nan_to_num(vals, nan=0.0)
            table = cache[shared.type] = dict(zip(ids, vals.tolist()))
        scores.append(table[shared.id])
    return float(np.mean(scores))


def _kg_degree(kg: KnowledgeGraph) -> dict[str, int]:
    kinds = {e.id: e.kind for e in kg.entities()}
    rels = kg.relations
    deg: Counter[str] = Counter()
    for t in kg.triples():
        rel = rels[t.relation]
        if rel.usable and "user" not in (kinds[t.head], kinds[t.tail]):
            deg[t.head] += 1
            deg[t.tail] += 1
    return dict(deg)


# --------------------------------------------------------------------------- diversity
def explanation_type_diversity(
    paths: Iterable[Path], k: int | None = None, n_path_types: int | None = None,
    kg: KnowledgeGraph | None = None,
) -> float:
    """ETD, *explanation type diversity* (Balloccu et al. 2022).

    Per user: ``|distinct path types| / min(k, |path types|)``, averaged over users, where
    ``k`` is the length of the recommendation list being explained (default: the user's number
    of paths, which makes ETD equal PTD) and ``|path types|`` the number of path types that exist
    (``n_path_types``, or counted from ``kg``; one of them is needed).
    """
    n_types = _n_types(n_path_types, kg)
    out = []
    for user_paths in _by_user(paths).values():
        types = {_path_type(p) for p in user_paths}
        kk = len(user_paths) if k is None else k
        out.append(len(types) / min(kk, n_types))
    return float(np.mean(out)) if out else 0.0


def path_type_diversity(
    paths: Iterable[Path], n_path_types: int | None = None, kg: KnowledgeGraph | None = None
) -> float:
    """PTD, *path type diversity* (hopwise ``PTD``).

    Per user: ``|T_u| / min(|P_u|, |T|)``, the distinct path types among the user's paths over
    the smaller of its number of paths and the number of path types; averaged over users.
    """
    n_types = _n_types(n_path_types, kg)
    out = []
    for user_paths in _by_user(paths).values():
        types = {_path_type(p) for p in user_paths}
        out.append(len(types) / min(len(user_paths), n_types))
    return float(np.mean(out)) if out else 0.0


def path_type_concentration(paths: Iterable[Path]) -> float:
    """PTC, *path type concentration* (hopwise ``PTC``; a Simpson index).

    Per user: ``1 - sum_t n_t (n_t - 1) / (N (N - 1))`` with ``n_t`` paths of type ``t`` among
    the user's ``N`` paths (0 when ``N <= 1``, as in hopwise); averaged over users. Despite the
    name, higher means *less* concentrated (more diverse) path types.
    """
    out = []
    for user_paths in _by_user(paths).values():
        n = len(user_paths)
        if n <= 1:
            out.append(0.0)
            continue
        counts = Counter(_path_type(p) for p in user_paths)
        out.append(1.0 - sum(c * (c - 1) for c in counts.values()) / (n * (n - 1)))
    return float(np.mean(out)) if out else 0.0


def linked_interaction_diversity(paths: Iterable[Path]) -> float:
    """LID, *linked interaction diversity* (hopwise ``LID``).

    Per user: distinct linking interactions (second nodes) over the number of paths; averaged
    over users.
    """
    out = [
        len({p.nodes[1] for p in user_paths}) / len(user_paths)
        for user_paths in _by_user(paths).values()
    ]
    return float(np.mean(out)) if out else 0.0


def shared_entity_diversity(paths: Iterable[Path]) -> float:
    """SED, *shared entity diversity* (hopwise ``SED``).

    Per user: distinct shared entities (penultimate nodes) over the number of paths; averaged
    over users.
    """
    out = [
        len({p.nodes[-2] for p in user_paths}) / len(user_paths)
        for user_paths in _by_user(paths).values()
    ]
    return float(np.mean(out)) if out else 0.0


def _n_types(n_path_types: int | None, kg: KnowledgeGraph | None) -> int:
    if n_path_types is not None:
        if n_path_types < 1:
            raise ConfigError(f"n_path_types must be >= 1, got {n_path_types}")
        return int(n_path_types)
    if kg is None:
        raise InvalidArgumentError("pass n_path_types=... or kg=... to know how many path types exist")
    return default_path_types(kg)


def path_quality(kg: KnowledgeGraph, paths: Iterable[Path], k: int | None = None) -> dict[str, float]:
    """Every metric of this module at once, keyed by its usual abbreviation."""
    paths = list(paths)
    n_types = default_path_types(kg)
    return {
        "validity": path_validity(kg, paths),
        "LIR": linking_interaction_recency(kg, paths),
        "SEP": shared_entity_popularity(kg, paths),
        "ETD": explanation_type_diversity(paths, k=k, n_path_types=n_types),
        "PTD": path_type_diversity(paths, n_path_types=n_types),
        "PTC": path_type_concentration(paths),
        "LID": linked_interaction_diversity(paths),
        "SED": shared_entity_diversity(paths),
    }

