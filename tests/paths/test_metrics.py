"""Tests for kgexplain.paths.metrics against small hand-computed cases."""

from __future__ import annotations

import math

import numpy as np
import pytest

import kgexplain as kgx
from kgexplain.paths import metrics as M
from kgexplain.records import Path, Relation, Triple


@pytest.fixture
def kg() -> kgx.KnowledgeGraph:
    triples = [
        ("user:1", "rated", "movie:1", {"timestamp": 10}),
        ("user:1", "rated", "movie:2", {"timestamp": 20}),
        ("user:1", "rated", "movie:3", {"timestamp": 30}),
        ("user:2", "rated", "movie:1", {"timestamp": 5}),
        ("user:2", "rated", "movie:4", {"timestamp": 6}),
        ("movie:1", "directed_by", "person:A"),
        ("movie:4", "directed_by", "person:A"),
        ("movie:2", "starring", "person:B"),
        ("movie:4", "starring", "person:B"),
        ("movie:5", "starring", "person:B"),
        ("movie:6", "starring", "person:C"),
        ("movie:3", "has_genre", "genre:X"),
        ("movie:5", "has_genre", "genre:X"),
        ("movie:2", "links_to", "page:P"),
        ("movie:5", "links_to", "page:P"),
    ]
    return kgx.KnowledgeGraph.from_triples(
        triples, relations=[Relation("links_to", explainable=False)]
    )


def path(*steps: str) -> Path:
    """path("user:1", "rated>", "movie:3", "has_genre>", "genre:X", "<has_genre", "movie:5")"""
    nodes = list(steps[0::2])
    hops = []
    for j, rel in enumerate(steps[1::2]):
        a, b = nodes[j], nodes[j + 1]
        hops.append(Triple(a, rel[:-1], b) if rel.endswith(">") else Triple(b, rel[1:], a))
    return Path(tuple(nodes), tuple(hops))


@pytest.fixture
def paths() -> list[Path]:
    return [
        path("user:1", "rated>", "movie:3", "has_genre>", "genre:X", "<has_genre", "movie:5"),
        path("user:1", "rated>", "movie:2", "starring>", "person:B", "<starring", "movie:4"),
        path("user:1", "rated>", "movie:2", "starring>", "person:B", "<starring", "movie:5"),
        path("user:2", "rated>", "movie:1", "directed_by>", "person:A", "<directed_by", "movie:4"),
    ]


# --------------------------------------------------------------------------- normalized EMA
def _ewm_reference(x):
    """pandas Series.ewm(span=n, adjust=True).mean(), written out (O(n^2))."""
    n = len(x)
    w = 1 - 2 / (n + 1)
    return np.array([
        sum(w**j * x[t - j] for j in range(t + 1)) / sum(w**j for j in range(t + 1))
        for t in range(n)
    ])


def test_normalized_ema_hand_computed():
    # alpha = 0.5: ema = 1, 2.5/1.5, 4.25/1.75 -> min-max -> 0, 0.4667, 1
    assert M.normalized_ema([1, 2, 3]) == pytest.approx([0.0, (2.5 / 1.5 - 1) / (4.25 / 1.75 - 1), 1.0])
    assert M.normalized_ema([2, 2]).tolist() == [0.0, 1.0]  # ties -> positions 0..n-1
    assert math.isnan(M.normalized_ema([7])[0])


@pytest.mark.parametrize("values", [[3, 1, 4, 1, 5, 9, 2, 6], list(range(40)), [10, 10, 20]])
def test_normalized_ema_matches_reference(values):
    x = np.asarray(values, dtype=float)
    if x.max() == x.min():
        x = np.arange(len(x), dtype=float)
    ref = _ewm_reference(x)
    ref = (ref - ref.min()) / (ref.max() - ref.min())
    assert M.normalized_ema(values) == pytest.approx(ref)


# --------------------------------------------------------------------------- validity
def test_validity(kg, paths):
    assert all(M.is_valid_path(kg, p) for p in paths)
    assert M.path_validity(kg, paths) == 1.0
    wrong_direction = Path(("user:1", "movie:2", "person:B", "movie:4"),
                           (Triple("user:1", "rated", "movie:2"),
                            Triple("person:B", "starring", "movie:2"),  # not stored this way
                            Triple("movie:4", "starring", "person:B")))
    not_linking = Path(("user:1", "movie:2", "person:B"),
                       (Triple("user:1", "rated", "movie:2"), Triple("movie:4", "starring", "person:B")))
    not_simple = path("user:1", "rated>", "movie:2", "starring>", "person:B", "<starring", "movie:2")
    noisy = path("user:1", "rated>", "movie:2", "links_to>", "page:P", "<links_to", "movie:5")
    via_user = path("user:1", "rated>", "movie:1", "<rated", "user:2", "rated>", "movie:4")
    for bad in (wrong_direction, not_linking, not_simple, noisy, via_user):
        assert not M.is_valid_path(kg, bad), bad
    assert M.is_valid_path(kg, noisy, explainable_only=False)
    assert M.is_valid_path(kg, via_user, allow_users=True)
    assert not M.is_valid_path(kg, paths[0], max_hops=2)
    assert M.path_validity(kg, [paths[0], wrong_direction]) == 0.5
    assert M.path_validity(kg, []) == 1.0


def test_finder_paths_are_valid(kg):
    finder = kgx.PathFinder(kg)
    found = [p for u in ("user:1", "user:2") for i in ("movie:4", "movie:5", "movie:6")
             for p in finder.find(u, i, k=5)]
    assert found and M.path_validity(kg, found, max_hops=3) == 1.0


# --------------------------------------------------------------------------- LIR / SEP
def test_lir_hand_computed(kg, paths):
    # user:1 ratings at 10, 20, 30 -> LIR 0, 0.4667, 1 for movie:1, movie:2, movie:3
    # user:2 ratings at 5, 6 -> LIR 0, 1 for movie:1, movie:4
    mid = (2.5 / 1.5 - 1) / (4.25 / 1.75 - 1)
    expected = (1.0 + mid + mid + 0.0) / 4
    assert M.linking_interaction_recency(kg, paths) == pytest.approx(expected)
    assert M.linking_interaction_recency(kg, paths[:1]) == pytest.approx(1.0)


def test_lir_edge_cases(kg):
    lone = kgx.KnowledgeGraph.from_triples([
        ("user:9", "rated", "movie:1", {"timestamp": 3}),
        ("movie:1", "has_genre", "genre:X"), ("movie:2", "has_genre", "genre:X")])
    p = path("user:9", "rated>", "movie:1", "has_genre>", "genre:X", "<has_genre", "movie:2")
    assert M.linking_interaction_recency(lone, [p]) == 0.0  # one interaction: undefined -> 0
    assert M.linking_interaction_recency(kg, []) == 0.0
    p2 = path("user:1", "rated>", "movie:2", "starring>", "person:B", "<starring", "movie:4")
    assert M.linking_interaction_recency(kg, [p2], interaction_relations=["other"]) == 0.0


def test_sep_hand_computed(kg, paths):
    # persons by KG degree: C 1, A 2, B 3 -> SEP 0, 0.4667, 1; genre:X is its type's only
    # entity (normalized EMA undefined) -> 0
    mid = (2.5 / 1.5 - 1) / (4.25 / 1.75 - 1)
    assert M.shared_entity_popularity(kg, paths) == pytest.approx((0.0 + 1.0 + 1.0 + mid) / 4)
    assert M.shared_entity_popularity(kg, paths[1:2]) == pytest.approx(1.0)
    # a custom popularity reverses the order of A and B
    pop = {"person:A": 10, "person:B": 1, "person:C": 5}
    assert M.shared_entity_popularity(kg, paths[1:2], degree=pop) == pytest.approx(0.0)


# --------------------------------------------------------------------------- diversity
def test_diversity_hand_computed(kg, paths):
    assert M.default_path_types(kg) == 3  # directed_by, starring, has_genre
    # user:1 -> 3 paths, types {has_genre, starring}; user:2 -> 1 path, type directed_by
    assert M.path_type_diversity(paths, kg=kg) == pytest.approx((2 / 3 + 1 / 1) / 2)
    assert M.explanation_type_diversity(paths, kg=kg) == pytest.approx((2 / 3 + 1) / 2)
    assert M.explanation_type_diversity(paths, k=10, n_path_types=3) == pytest.approx(
        (2 / 3 + 1 / 3) / 2
    )
    assert M.path_type_concentration(paths) == pytest.approx((1 - 2 / 6 + 0.0) / 2)
    assert M.linked_interaction_diversity(paths) == pytest.approx((2 / 3 + 1) / 2)
    assert M.shared_entity_diversity(paths) == pytest.approx((2 / 3 + 1) / 2)


def test_diversity_extremes():
    same = [path("user:1", "rated>", "movie:1", "g>", "genre:X", "<g", f"movie:{j}") for j in (2, 3, 4)]
    assert M.path_type_concentration(same) == 0.0
    assert M.path_type_diversity(same, n_path_types=5) == pytest.approx(1 / 3)
    assert M.linked_interaction_diversity(same) == pytest.approx(1 / 3)
    assert M.shared_entity_diversity(same) == pytest.approx(1 / 3)
    mixed = [path("user:1", "rated>", "movie:1", f"r{j}>", f"x:{j}", f"<r{j}", f"movie:{j + 2}")
             for j in range(3)]
    assert M.path_type_concentration(mixed) == 1.0
    assert M.path_type_diversity(mixed, n_path_types=5) == 1.0
    assert M.explanation_type_diversity([], n_path_types=3) == 0.0
    with pytest.raises(TypeError):
        M.path_type_diversity(mixed)


def test_path_quality_bundle(kg, paths):
    q = M.path_quality(kg, paths)
    assert set(q) == {"validity", "LIR", "SEP", "ETD", "PTD", "PTC", "LID", "SED"}
    assert q["validity"] == 1.0
    assert q["PTC"] == pytest.approx(M.path_type_concentration(paths))


def test_the_first_address_still_serves_the_metrics():
    from kgexplain import metrics

    assert set(metrics.__all__) == set(M.__all__)
    assert all(getattr(metrics, name) is getattr(M, name) for name in M.__all__)
