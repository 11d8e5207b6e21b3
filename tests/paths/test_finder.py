"""Tests for kgexplain.paths (the finder and its scorer): exactness against brute force, validity,
options and errors."""

from __future__ import annotations

import math
from collections import defaultdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kgexplain as kgx
from kgexplain.errors import ConfigError, UnknownEntityError, UnknownRelationError
from kgexplain.paths import PathFinder, PathScorer
from kgexplain.records import Entity, Relation, Triple

# --------------------------------------------------------------------------- brute force
RELATIONS = [
    Relation("rated"),
    Relation("has_a"),
    Relation("has_b"),
    Relation("similar"),
    Relation("broader"),
    Relation("friend"),
    Relation("links", explainable=False),
    Relation("secret", sensitive=True),
]


def _strength(kg: kgx.KnowledgeGraph) -> dict[Triple, float]:
    """Edge strength from the attributes, written independently of graph.compile()."""
    max_rating: dict[str, float] = defaultdict(float)
    for t, attrs in kg.edges():
        if attrs.get("weight") is None and attrs.get("rating") is not None:
            max_rating[t.relation] = max(max_rating[t.relation], float(attrs["rating"]))
    out = {}
    for t, attrs in kg.edges():
        if attrs.get("weight") is not None:
            w = float(attrs["weight"])
        elif attrs.get("rating") is not None:
            w = float(attrs["rating"]) / max_rating[t.relation]
        else:
            w = 1.0
        out[t] = w
    return out


def brute_force(kg, user, item, max_hops, allow_users=False, meta_paths=None,
                length_decay=0.8, recency_half_life=None, specificity=True,
                unloved_factor=0.25):
    """Every simple path user..item with its score, by plain DFS over kg.graph (the scorer's
    learned salience is off: ``check_exact`` passes ``salience=False``)."""
    usable = {
        name for name, rel in kg.relations.items() if rel.explainable and not rel.sensitive
    }
    if meta_paths is not None:
        usable &= {r for p in meta_paths for r in p}
    kind = {e.id: e.kind for e in kg.entities()}
    strength = _strength(kg)
    adj: dict[str, list[tuple[str, Triple]]] = defaultdict(list)
    for t, _ in kg.edges():
        if t.relation in usable:
            adj[t.head].append((t.tail, t))
            if t.head != t.tail:
                adj[t.tail].append((t.head, t))
    # degree for specificity: explainable, non-sensitive edges (meta paths do not matter)
    deg: dict[str, int] = defaultdict(int)
    for t, _ in kg.edges():
        rel = kg.relation(t.relation)
        if not rel.explainable or rel.sensitive:
            continue
        touches_user = kind[t.head] == "user" or kind[t.tail] == "user"
        for node in (t.head, t.tail):
            if (kind[node] == "user") == touches_user:
                deg[node] += 1
    n = max(kg.num_entities, 2)

    def spec(v):
        if not specificity:
            return 1.0
        return math.log1p(n / max(deg[v], 1)) / math.log1p(n)

    recency: dict[Triple, float] = {}
    if recency_half_life is not None:
        newest: dict[str, float] = {}
        for t, attrs in kg.edges():
            if attrs.get("timestamp") is not None:
                newest[t.head] = max(newest.get(t.head, -math.inf), float(attrs["timestamp"]))
        for t, attrs in kg.edges():
            if attrs.get("timestamp") is not None:
                age = newest[t.head] - float(attrs["timestamp"])
                recency[t] = 0.5 ** (age / recency_half_life)

    results = []

    def dfs(node, nodes, hops):
        if node == item and hops:
            rels = tuple(h.relation for h in hops)
            if meta_paths is None or rels in {tuple(p) for p in meta_paths}:
                s = 1.0
                for h in hops:
                    s *= strength[h] * recency.get(h, 1.0)
                    if (kind[h.head] == "user" or kind[h.tail] == "user") and strength[h] < 0.8:
                        s *= unloved_factor  # an interaction below "loved" is discounted
                for v in nodes[1:-1]:
                    s *= spec(v)
                s *= length_decay ** (len(hops) - 1)
                results.append((tuple(nodes), tuple(hops), s))
            return
        if len(hops) == max_hops:
            return
        for nbr, t in adj[node]:
            if nbr in nodes:
                continue
            if nbr != item and kind[nbr] == "user" and not allow_users:
                continue
            dfs(nbr, nodes + [nbr], hops + [t])

    if user != item:
        dfs(user, [user], [])
    results.sort(key=lambda r: -r[2])
    return results


def assert_valid(kg, path, user, item, max_hops):
    assert path.nodes[0] == user and path.nodes[-1] == item
    assert 1 <= len(path.hops) <= max_hops
    assert len(set(path.nodes)) == len(path.nodes), "path is not simple"
    for i, hop in enumerate(path.hops):
        assert isinstance(hop, Triple)
        assert kg.has_triple(hop.head, hop.relation, hop.tail), f"{hop} is not a stored edge"
        assert {hop.head, hop.tail} == {path.nodes[i], path.nodes[i + 1]}


def check_exact(kg, user, item, k, max_hops, **kw):
    scorer_kw = {x: kw.pop(x) for x in ("length_decay", "recency_half_life", "specificity") if x in kw}
    finder = PathFinder(kg, max_hops=max_hops, scorer=PathScorer(salience=False, **scorer_kw), **kw)
    got = finder.find(user, item, k=k)
    want = brute_force(kg, user, item, max_hops, allow_users=kw.get("allow_users", False),
                       meta_paths=kw.get("meta_paths"), **scorer_kw)
    assert len(got) == min(k, len(want))
    by_key = {(nodes, hops): s for nodes, hops, s in want}
    for p, (_, _, s) in zip(got, want):
        assert p.score == pytest.approx(s, rel=1e-9, abs=1e-300)
    for p in got:
        assert_valid(kg, p, user, item, max_hops)
        key = (p.nodes, p.hops)
        assert key in by_key, f"{p} is not a path the brute force found"
        assert p.score == pytest.approx(by_key[key], rel=1e-9, abs=1e-300)
        assert math.prod(p.parts.values()) == pytest.approx(p.score, rel=1e-9, abs=1e-300)
    assert len({(p.nodes, p.hops) for p in got}) == len(got)
    scores = [p.score for p in got]
    assert scores == sorted(scores, reverse=True)
    return got, want


# --------------------------------------------------------------------------- random graphs
@st.composite
def random_graphs(draw):
    n_users = draw(st.integers(1, 3))
    n_items = draw(st.integers(2, 6))
    n_attrs = draw(st.integers(1, 5))
    users = [f"user:{j}" for j in range(n_users)]
    items = [f"movie:{j}" for j in range(n_items)]
    attrs = [f"genre:{j}" for j in range(n_attrs)]
    ents = (
        [Entity(u, kind="user") for u in users]
        + [Entity(m, kind="item") for m in items]
        + [Entity(a, kind="attribute") for a in attrs]
    )
    rel_ends = {
        "rated": (users, items),
        "has_a": (items, attrs),
        "has_b": (items, attrs),
        "similar": (items, items),
        "broader": (attrs, attrs),
        "friend": (users, users),
        "links": (items, attrs),
        "secret": (users, attrs),
    }
    triples = []
    # the first user rated a few movies, so most drawn graphs have paths to find
    for m in draw(st.lists(st.sampled_from(items), min_size=1, max_size=3)):
        triples.append((users[0], "rated", m, {"timestamp": draw(st.integers(0, 1000))}))
    n_edges = draw(st.integers(1, 26))
    for _ in range(n_edges):
        rel = draw(st.sampled_from(sorted(rel_ends)))
        heads, tails = rel_ends[rel]
        h = draw(st.sampled_from(heads))
        t = draw(st.sampled_from(tails))
        a = {}
        if rel == "rated":
            if draw(st.booleans()):
                a["rating"] = draw(st.sampled_from([1.0, 2.5, 3.0, 4.0, 5.0]))
            a["timestamp"] = draw(st.integers(0, 1000))
        elif draw(st.integers(0, 3)) == 0:
            a["weight"] = draw(st.sampled_from([0.2, 0.5, 1.0, 2.0, 3.5]))
        triples.append((h, rel, t, a))
    kg = kgx.KnowledgeGraph.from_triples(triples, entities=ents, relations=RELATIONS)
    user = draw(st.sampled_from([users[0], users[0], users[-1]]))
    item = draw(st.sampled_from(items))
    return kg, user, item


SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@SETTINGS
@given(random_graphs(), st.integers(1, 6), st.integers(1, 4))
def test_matches_brute_force(data, k, max_hops):
    kg, user, item = data
    check_exact(kg, user, item, k, max_hops)


@SETTINGS
@given(random_graphs(), st.integers(1, 5), st.integers(1, 4), st.integers(1, 3))
def test_matches_brute_force_with_tiny_frontier(data, k, max_hops, cap):
    """A frontier cap of 1-3 partial paths forces pruning; the bound keeps the answer exact."""
    kg, user, item = data
    check_exact(kg, user, item, k, max_hops, max_frontier=cap)


@SETTINGS
@given(random_graphs(), st.integers(1, 5), st.integers(2, 4))
def test_matches_brute_force_with_users_and_recency(data, k, max_hops):
    kg, user, item = data
    check_exact(kg, user, item, k, max_hops, allow_users=True, recency_half_life=300.0,
                length_decay=0.5, max_frontier=2)


@SETTINGS
@given(random_graphs(), st.integers(1, 4))
def test_matches_brute_force_with_meta_paths(data, k):
    kg, user, item = data
    metas = [("rated", "has_a", "has_a"), ("rated", "similar"), ("rated", "has_b", "broader", "has_b")]
    check_exact(kg, user, item, k, 4, meta_paths=metas)


@SETTINGS
@given(random_graphs(), st.integers(1, 4))
def test_iter_paths_yields_every_path_best_first(data, max_hops):
    kg, user, item = data
    got = list(PathFinder(kg, max_hops=max_hops, scorer=PathScorer(salience=False))
               .iter_paths(user, item))
    want = brute_force(kg, user, item, max_hops)
    assert sorted((p.nodes, p.hops) for p in got) == sorted((n, h) for n, h, _ in want)
    assert [p.score for p in got] == pytest.approx([s for _, _, s in want], rel=1e-9)


@SETTINGS
@given(random_graphs())
def test_find_many_equals_find(data):
    kg, _, _ = data
    finder = PathFinder(kg, max_hops=3)
    users = [e.id for e in kg.entities(kind="user")]
    items = [e.id for e in kg.entities(kind="item")]
    pairs = [(u, i) for u in users for i in items]
    many = finder.find_many(pairs, k=2)
    assert many == [finder.find(u, i, k=2) for u, i in pairs]


# --------------------------------------------------------------------------- hand-made graph
@pytest.fixture
def movies() -> kgx.KnowledgeGraph:
    triples = [
        ("user:1", "rated", "movie:1", {"rating": 5.0, "timestamp": 100}),
        ("user:1", "rated", "movie:2", {"rating": 2.0, "timestamp": 200}),
        ("user:2", "rated", "movie:1", {"rating": 4.0, "timestamp": 150}),
        ("user:2", "rated", "movie:9", {"rating": 5.0, "timestamp": 160}),
        ("user:1", "tagged", "tag:funny"),
        ("movie:9", "has_tag", "tag:funny"),
        ("movie:1", "directed_by", "person:Lee"),
        ("movie:9", "directed_by", "person:Lee"),
        ("movie:1", "has_genre", "genre:Drama"),
        ("movie:2", "has_genre", "genre:Drama"),
        ("movie:9", "has_genre", "genre:Drama"),
        ("movie:3", "has_genre", "genre:Drama"),
        ("movie:4", "has_genre", "genre:Drama"),
        ("movie:2", "links_to", "page:X"),
        ("movie:9", "links_to", "page:X"),
        ("movie:5", "has_genre", "genre:Noir"),
    ]
    rels = [
        Relation("tagged", explainable=False, sensitive=True),
        Relation("has_tag"),
        Relation("links_to", explainable=False),
    ]
    return kgx.KnowledgeGraph.from_triples(triples, relations=rels)


def test_best_path_goes_through_the_specific_director(movies):
    paths = PathFinder(movies).find("user:1", "movie:9", k=3)
    assert [p.nodes[2] for p in paths[:1]] == ["person:Lee"]
    assert all(p.score > 0 for p in paths)
    assert paths[0].hops[-1] == Triple("movie:9", "directed_by", "person:Lee")  # as stored
    assert "<-[directed_by]-" in str(paths[0])


def test_hub_is_penalized(movies):
    paths = PathFinder(movies).find("user:1", "movie:9", k=5)
    via = {p.nodes[2]: p for p in paths if p.nodes[1] == "movie:1"}
    assert via["person:Lee"].parts["specificity"] > via["genre:Drama"].parts["specificity"]
    assert via["person:Lee"].parts["strength"] == pytest.approx(1.0)


def test_non_explainable_and_sensitive_relations_never_walked(movies):
    for p in PathFinder(movies, max_hops=4).iter_paths("user:1", "movie:9"):
        assert not {"tagged", "links_to"} & set(p.relations)


def test_other_users_only_when_allowed(movies):
    off = list(PathFinder(movies, max_hops=3).iter_paths("user:1", "movie:9"))
    assert all(not n.startswith("user:") for p in off for n in p.nodes[1:])
    on = list(PathFinder(movies, max_hops=3, allow_users=True).iter_paths("user:1", "movie:9"))
    assert any(p.nodes[2] == "user:2" for p in on)


def test_no_path_is_empty_list(movies):
    assert PathFinder(movies).find("user:1", "movie:5") == []
    assert PathFinder(movies, max_hops=1).find("user:1", "movie:9") == []
    assert PathFinder(movies).find("user:1", "user:1") == []


def test_unknown_ids_raise_naming_the_id(movies):
    finder = PathFinder(movies)
    with pytest.raises(UnknownEntityError, match="user:404"):
        finder.find("user:404", "movie:9")
    with pytest.raises(KeyError, match="movie:404"):
        finder.find("user:1", "movie:404")
    with pytest.raises(UnknownEntityError, match="movie:404"):
        finder.find_many([("user:1", "movie:9"), ("user:1", "movie:404")])


def test_bad_settings_raise_config_errors(movies):
    with pytest.raises(ConfigError):
        PathFinder(movies, max_hops=0)
    with pytest.raises(ConfigError):
        PathFinder(movies).find("user:1", "movie:9", k=0)
    with pytest.raises(ConfigError):
        PathScorer(length_decay=0)
    with pytest.raises(UnknownRelationError):
        PathFinder(movies, meta_paths=[("rated", "nope")]).find("user:1", "movie:9")
    with pytest.raises(ConfigError, match="not explainable"):
        PathFinder(movies, meta_paths=[("rated", "links_to", "links_to")]).fit()
    with pytest.raises(ConfigError, match="max_hops"):
        PathFinder(movies, max_hops=2, meta_paths=[("rated", "has_genre", "has_genre")]).fit()


def test_meta_paths_restrict(movies):
    finder = PathFinder(movies, meta_paths=[("rated", "has_genre", "has_genre")])
    paths = finder.find("user:1", "movie:9", k=10)
    assert paths and all(p.relations == ("rated", "has_genre", "has_genre") for p in paths)


def test_max_hops_override_and_iter_paths_lazy(movies):
    finder = PathFinder(movies, max_hops=2)
    assert finder.find("user:1", "movie:9") == []
    assert finder.find("user:1", "movie:9", max_hops=3)
    gen = finder.iter_paths("user:1", "movie:9", max_hops=3)
    first = next(gen)
    assert first == finder.find("user:1", "movie:9", k=1, max_hops=3)[0]


def test_scorer_parts_and_score_of_external_path(movies):
    finder = PathFinder(movies, scorer=PathScorer(recency_half_life=100.0))
    p = finder.find("user:1", "movie:9", k=1)[0]
    assert set(p.parts) == {"strength", "recency", "loved", "relevance", "specificity",
                            "salience", "length"}
    assert finder.scorer.score(p) == pytest.approx(p.score)
    assert finder.scorer.score_parts(p) == pytest.approx(dict(p.parts))
    # movie:1 was rated 100 s before the user's newest rating: half a half-life... a full one
    assert p.parts["recency"] == pytest.approx(0.5)
    bogus = kgx.Path(("user:1", "movie:9"), (Triple("user:1", "rated", "movie:9"),))
    with pytest.raises(UnknownEntityError):
        finder.scorer.score(bogus)


def test_graph_changes_are_seen(movies):
    finder = PathFinder(movies)
    assert finder.find("user:1", "movie:5") == []
    movies.add_triple("movie:1", "has_genre", "genre:Noir")
    paths = finder.find("user:1", "movie:5")
    assert paths and paths[0].nodes == ("user:1", "movie:1", "genre:Noir", "movie:5")


def test_custom_scorer_is_used_and_exact():
    class NoSpecificity(PathScorer):
        def node_log_specificity(self, cg, degree):
            import numpy as np

            return np.zeros(cg.num_nodes)

    kg = kgx.KnowledgeGraph.from_triples([
        ("user:1", "rated", "movie:1"),
        ("movie:1", "has_genre", "genre:A"),
        ("movie:2", "has_genre", "genre:A"),
        ("movie:3", "has_genre", "genre:A"),
    ])
    p = PathFinder(kg, scorer=NoSpecificity(length_decay=0.5)).find("user:1", "movie:2")[0]
    assert p.score == pytest.approx(0.25)
    assert p.parts["specificity"] == 1.0


def test_scorer_shared_between_graphs_stays_consistent(movies):
    other = kgx.KnowledgeGraph.from_triples([
        ("user:1", "rated", "movie:1", {"weight": 0.5}),
        ("movie:1", "has_genre", "genre:A"),
        ("movie:2", "has_genre", "genre:A"),
    ])
    scorer = PathScorer()
    f1, f2 = PathFinder(movies, scorer=scorer), PathFinder(other, scorer=scorer)
    a = f1.find("user:1", "movie:9")
    b = f2.find("user:1", "movie:2")
    again = f1.find("user:1", "movie:9")
    assert again == a
    assert math.prod(again[0].parts.values()) == pytest.approx(again[0].score)
    assert f2.find("user:1", "movie:2") == b
    assert math.prod(b[0].parts.values()) == pytest.approx(b[0].score)


def test_registry_salience_is_a_reader_prior_the_scorer_applies():
    """A relation's ``salience`` in the registry multiplies links through it; explicit
    ``relation_factors`` override it."""
    def graph(salience: float) -> kgx.KnowledgeGraph:
        return kgx.KnowledgeGraph.from_triples(
            [("user:1", "rated", "movie:1", {"rating": 5.0}),
             ("movie:1", "starring", "person:a"), ("movie:2", "starring", "person:a"),
             ("movie:1", "written_by", "person:b"), ("movie:2", "written_by", "person:b")],
            relations=[kgx.Relation("rated", phrase="rated"),
                       kgx.Relation("starring", phrase="stars", inverse_phrase="stars in",
                                    salience=salience),
                       kgx.Relation("written_by", phrase="is written by", inverse_phrase="wrote")])

    def top_relation(kg: kgx.KnowledgeGraph, **kw) -> str:
        finder = kgx.PathFinder(kg, scorer=kgx.PathScorer(**kw)) if kw else kgx.PathFinder(kg)
        return finder.find("user:1", "movie:2", k=1)[0].hops[-1].relation

    assert top_relation(graph(50.0)) == "starring"
    assert top_relation(graph(0.02)) == "written_by"
    assert top_relation(graph(0.02), relation_factors={"starring": 50.0}) == "starring"
    with pytest.raises(kgx.KGExplainError):
        kgx.Relation("starring", salience=-1)
